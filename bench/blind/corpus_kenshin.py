"""Blind evaluation corpus — area: kenshin (健診センター serving corporate clients).

The mail comes from 日の出産業株式会社 ヘルスケア事業部「ひので健診センター」: examinee lists
(受診者名簿), results and follow-up recommendations (判定・二次検査の受診勧奨), specific
health guidance (特定保健指導), corporate clients' HR, health insurance societies (健保組合),
outside laboratories and image-reading centres, re-examination reminders to examinees.

Every person, number, address, examinee and organisation in this file is invented; the
partner domains are the fictional ones named in BRIEF.md, every other domain is made up.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 15201
rng = random.Random(SEED)
_counter = [SEED]


def _next() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def new_my_number() -> str:
    return my_number(_next())


def new_card() -> str:
    return card_number(_next())


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- layout helpers ----------------------------------------------------------------------

def dw(s: object) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(s: object, w: int, fill: str = " ") -> str:
    s = str(s)
    gap = max(w - dw(s), 0)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + fill * gap


def columns(rows: list[list[object]], gap: int = 2, rule: str | None = "-", fill: str = " ",
            indent: str = "") -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(dw(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    sep = " " * gap if fill == " " else "　" * max(gap // 2, 1)
    out = []
    for k, r in enumerate(rows):
        cells = [pad(c, widths[i], fill) for i, c in enumerate(r)]
        out.append((indent + sep.join(cells)).rstrip())
        if k == 0 and rule:
            out.append(indent + rule * min(sum(widths) + dw(sep) * (ncol - 1), 76))
    return "\n".join(out)


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def tsv(rows: list[list[object]]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "fw":
        return f"{era}{fw(str(ey))}年{fw(str(m))}月{fw(str(d))}日"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


# -- invented people -----------------------------------------------------------------------

SEI = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
       ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
       ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
       ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
       ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
       ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
       ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
       ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
       ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
       ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
       ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
       ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
       ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
       ("中川", "ナカガワ", "Nakagawa"), ("勅使河原", "テシガワラ", "Teshigawara"),
       ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
       ("御手洗", "ミタライ", "Mitarai"), ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"),
       ("五十嵐", "イガラシ", "Igarashi"), ("宇佐美", "ウサミ", "Usami"), ("及川", "オイカワ", "Oikawa"),
       ("比嘉", "ヒガ", "Higa"), ("新垣", "アラカキ", "Arakaki"), ("外間", "ホカマ", "Hokama"),
       ("鬼頭", "キトウ", "Kito"), ("雲母", "キララ", "Kirara"), ("甲斐", "カイ", "Kai"),
       ("猪狩", "イガリ", "Igari"), ("秋葉", "アキバ", "Akiba"), ("嶋津", "シマヅ", "Shimazu"),
       ("瀬戸口", "セトグチ", "Setoguchi"), ("丹羽", "ニワ", "Niwa"), ("能登", "ノト", "Noto")]
MEI_M = [("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"),
         ("誠", "マコト", "Makoto"), ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"),
         ("和彦", "カズヒコ", "Kazuhiko"), ("修", "オサム", "Osamu"), ("隆之", "タカユキ", "Takayuki"),
         ("悠斗", "ユウト", "Yuto"), ("浩二", "コウジ", "Koji"), ("剛", "ツヨシ", "Tsuyoshi"),
         ("亮介", "リョウスケ", "Ryosuke"), ("博", "ヒロシ", "Hiroshi"), ("慎吾", "シンゴ", "Shingo"),
         ("正樹", "マサキ", "Masaki"), ("敦", "アツシ", "Atsushi"), ("陸", "リク", "Riku")]
MEI_F = [("陽子", "ヨウコ", "Yoko"), ("美咲", "ミサキ", "Misaki"), ("裕子", "ユウコ", "Yuko"),
         ("由美", "ユミ", "Yumi"), ("彩香", "アヤカ", "Ayaka"), ("恵", "メグミ", "Megumi"),
         ("智子", "トモコ", "Tomoko"), ("千尋", "チヒロ", "Chihiro"), ("真由美", "マユミ", "Mayumi"),
         ("奈々", "ナナ", "Nana"), ("久美子", "クミコ", "Kumiko"), ("遥", "ハルカ", "Haruka"),
         ("和子", "カズコ", "Kazuko"), ("沙織", "サオリ", "Saori"), ("紗希", "サキ", "Saki")]

KANTO = [("212-0024", "神奈川県川崎市幸区", "塚越"), ("330-0843", "埼玉県さいたま市大宮区", "吉敷町"),
         ("273-0005", "千葉県船橋市", "本町"), ("185-0012", "東京都国分寺市", "本町"),
         ("231-0062", "神奈川県横浜市中区", "桜木町"), ("120-0034", "東京都足立区", "千住"),
         ("359-1111", "埼玉県所沢市", "緑町"), ("260-0013", "千葉県千葉市中央区", "中央"),
         ("192-0083", "東京都八王子市", "旭町"), ("252-0231", "神奈川県相模原市中央区", "相模原"),
         ("350-1123", "埼玉県川越市", "脇田本町"), ("243-0018", "神奈川県厚木市", "中町"),
         ("336-0017", "埼玉県さいたま市南区", "南浦和"), ("214-0014", "神奈川県川崎市多摩区", "登戸")]
HOKKAIDO = [("060-0807", "北海道札幌市北区", "北七条西"), ("067-0004", "北海道江別市", "大麻"),
            ("062-0020", "北海道札幌市豊平区", "月寒中央通"), ("061-1121", "北海道北広島市", "中央")]
FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
        "softbank.ne.jp"]
_used: set[str] = set()


def person(sex: str | None = None, born: tuple[int, int] = (1962, 2002),
           places: list[tuple[str, str, str]] | None = None, emp: str = "") -> dict:
    while True:
        s = rng.choice(SEI)
        sx = sex or rng.choice("男女")
        m = rng.choice(MEI_M if sx == "男" else MEI_F)
        if s[0] + m[0] not in _used:
            _used.add(s[0] + m[0])
            break
    y, mo, d = rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28)
    zipc, city, town = rng.choice(places or KANTO)
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name_z": f"{s[0]}　{m[0]}",
        "kana": f"{s[1]} {m[1]}", "kana_z": f"{s[1]}　{m[1]}",
        "romaji": f"{m[2]} {s[2].upper()}", "roma_lf": f"{s[2].upper()} {m[2]}",
        "sex": sx, "y": y, "m": mo, "d": d, "dob": f"{y}/{mo:02d}/{d:02d}",
        "dob_iso": f"{y}-{mo:02d}-{d:02d}",
        "age": 2025 - y - (1 if (mo, d) > (10, 1) else 0),
        "zip": zipc,
        "addr": f"{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "email": f"{m[2].lower()}.{s[2].lower()}{rng.randint(10, 99)}@{rng.choice(FREE)}",
        "emp": f"{emp}{rng.randint(10000, 69999)}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def finding(p: dict) -> tuple[str, str, str]:
    """(判定区分, 判定, 所見) — invented values."""
    k = rng.randrange(12)
    if k == 0:
        return "D2", "要精密検査", f"血圧 {rng.randint(162, 188)}/{rng.randint(98, 112)}（高血圧）"
    if k == 1:
        return "C", "要経過観察", f"LDLコレステロール {rng.randint(142, 179)}（脂質異常）"
    if k == 2:
        return "D1", "要治療", f"HbA1c {rng.randint(65, 89) / 10}%（糖尿病疑い）"
    if k == 3:
        return "D2", "要精密検査", "胸部X線 右上肺野 結節影"
    if k == 4:
        return "D2", "要精密検査", "便潜血 陽性（2日法 1回）"
    if k == 5:
        return "C", "要経過観察", f"γ-GTP {rng.randint(88, 190)}（肝機能障害）"
    if k == 6:
        return "D2", "要精密検査", "心電図 ST-T異常"
    if k == 7:
        return "D2", "要精密検査", "胃部X線 胃体部 隆起性病変疑い"
    if k == 8:
        return "D1", "要治療", f"尿酸 {rng.randint(85, 99) / 10}（高尿酸血症）"
    if k == 9 and p["sex"] == "女":
        return "C", "要経過観察", f"Hb {rng.randint(96, 111) / 10}（貧血）"
    if k == 10:
        return "B", "軽度異常", f"BMI {rng.randint(251, 289) / 10}"
    return "A", "異常なし", "なし"


# -- the organisation's senders and signatures ---------------------------------------------

YOYAKU = "ひので健診センター 予約課 <kenshin-yoyaku@hinode-sangyo.co.jp>"
HASEBE = "長谷部 健 <hasebe.ken@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 真理子 <ishiguro.mariko@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美穂 <onodera.miho@hinode-sangyo.co.jp>"
YUKI = "結城 航 <yuki.wataru@hinode-sangyo.co.jp>"
TASHIRO = "田代 祐介 <tashiro.yusuke@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 隆 <saotome.takashi@hinode-sangyo.co.jp>"
SEKIGUCHI = "関口 友梨 <sekiguchi.yuri@hinode-sangyo.co.jp>"

SIG_YOYAKU = """--------------------------------------------------
日の出産業株式会社 ヘルスケア事業部
ひので健診センター 予約課　森下 彩
〒330-0802 埼玉県さいたま市大宮区宮町2-41 ひのでメディカルビル3F
TEL 048-640-2210（予約専用）／FAX 048-640-2219
Mail kenshin-yoyaku@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_HASEBE = """━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
ヘルスケア事業部 法人営業課　長谷部 健（はせべ けん）
〒330-0802 さいたま市大宮区宮町2-41
TEL: 048-640-2200（代表）  携帯: 080-4471-2208
https://www.hinode-sangyo.co.jp/kenshin/
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ISHIGURO = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
ひので健診センター 保健指導室
保健師　石黒 真理子
日の出産業株式会社 ヘルスケア事業部
TEL 048-640-2230（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_ONODERA = """――――――――――――――――――――
ひので健診センター 結果報告担当
小野寺 美穂
日の出産業株式会社 ヘルスケア事業部
〒330-0802 埼玉県さいたま市大宮区宮町2-41
TEL 048-640-2215 / FAX 048-640-2219
――――――――――――――――――――"""

SIG_YUKI = """--
日の出産業株式会社 ヘルスケア事業部 業務課（請求担当）
結城 航  Wataru Yuki
TEL 048-640-2240  FAX 048-640-2249"""

SIG_TASHIRO = """--
田代 祐介 / Yusuke Tashiro
日の出産業株式会社 情報システム部（ヘルスケア事業部 兼務）
内線 3312 / 外線 048-640-2290"""

SIG_SAOTOME = """────────────────────
ひので健診センター センター長
医師　早乙女 隆
日の出産業株式会社 ヘルスケア事業部
TEL 048-640-2200（代表）
────────────────────"""

SIG_SEKIGUCHI = """==============================
ひので健診センター 検査科（臨床検査技師）
関口 友梨
日の出産業株式会社 ヘルスケア事業部
TEL 048-640-2260 / 検体受付 048-640-2261
=============================="""

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.")

# -- clients and partners (invented people at the BRIEF's fictional domains) ----------------

KAWA = "川崎電機株式会社 人事部 小川 恵美 <ogawa.emi@kawasaki-denki.co.jp>"
AOBA = "村井 克也 <murai.k@aoba-unyu.co.jp>"
KITA = "北国フーズ 人事総務部 佐久間 <sakuma@kitaguni-foods.co.jp>"
NISHIKI_K = "今井 真琴 <kenko-kanri@nishiki-insatsu.co.jp>"
TOHO = "東邦精工株式会社 人事課 平野 <kenko@tohoseiko.co.jp>"
KOHOKU = "杉本 啓介 <anzen@kohoku-logi.co.jp>"
MINATO = "桐生 美和 <soumu@minato-chem.co.jp>"
MIDORI = "みどり銀行 人事部 厚生グループ <kousei@midori-ginko.co.jp>"
KDK_KENPO = "川崎電機健康保険組合 保健事業課 <hokenjigyo@kdk-kenpo.or.jp>"
KANKI_KENPO = "関東機械工業健康保険組合 データヘルス担当 <data@kanki-kenpo.or.jp>"
TKLAB = "東京臨床検査センター 営業部 <eigyo@tk-rinsho.co.jp>"
MEDILAB = "メディラボ東日本 検査依頼受付 <irai@medilab-east.co.jp>"
KKBIO = "北関東バイオ検査 営業課 <sales@kitakanto-bio.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"kenshin-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ============================================================================================
# 001 stop — results list of 12 employees pasted in the body, space-padded columns
_p = people(12, emp="K")
_rows = [["社員番号", "氏名", "性別", "年齢", "判定", "主な所見"]]
for _x in _p:
    _g, _j, _f = finding(_x)
    _rows.append([_x["emp"], _x["name"], _x["sex"], _x["age"], f"{_g} {_j}", _f])
add(expect="stop", sender=ONODERA, to=[KAWA], cc=[HASEBE],
    subject="【川崎電機様】2025年度 定期健康診断 判定結果一覧（本社・第1回受診分）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 健康推進課
小川 様

いつもお世話になっております。ひので健診センターの小野寺でございます。

9月8日〜12日に本社会場でご受診いただいた皆様のうち、判定会議が終了した12名分の
判定結果一覧をお送りいたします。個人結果票はご本人様宛に簡易書留で発送済みです。

{columns(_rows)}

D判定の方には当センターより二次検査のご案内を同封しております。
受診状況の確認につきましては、11月末時点で改めてご報告いたします。

何卒よろしくお願いいたします。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="12 employees' health-check judgements in a padded table to a client's HR")

# 002 pass — business list of the client's sales offices for a mobile check-up round
add(expect="pass", sender=HASEBE, to=[AOBA], cc=["森下 彩 <kenshin-yoyaku@hinode-sangyo.co.jp>"],
    subject="巡回健診（営業所）日程のご確認",
    charset="cp932",
    body=f"""青葉運輸株式会社
総務部 安全衛生課　村井様

いつも大変お世話になっております。日の出産業の長谷部です。
先日お打合せしました巡回健診の日程を、営業所ごとに整理いたしました。

　営業所　　　住所　　　　　　　　　　　　　　　電話　　　　　　実施日　　予定人数
　――――――――――――――――――――――――――――――――――――――――――
　厚木営業所　神奈川県厚木市上依知3011-5　　　046-245-3301　　11/4(火)　 48名
　所沢営業所　埼玉県所沢市中富1542-2　　　　　04-2944-7710　　11/6(木)　 36名
　船橋営業所　千葉県船橋市高瀬町24-9　　　　　047-431-5520　　11/11(火)　52名
　八王子営業所　東京都八王子市石川町2970-1　　042-642-0081　　11/13(木)　29名

健診車2台（胸部X線車・婦人科車）で伺います。駐車スペースは各営業所とも
大型車1台分＋乗用車1台分をご確保いただけますと助かります。

ご不明点がございましたらお気軽にお申し付けください。

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="list of the client's offices (businesses, not people) with office phones")

# 003 stop — XLSX roster with health insurance card numbers and DOB, two sheets
_sap = people(8, places=HOKKAIDO, emp="KF")
_ebe = people(7, places=HOKKAIDO, emp="KF")


def _roster(ps: list[dict], site: str) -> list[list[object]]:
    rows: list[list[object]] = [[f"2025年度 生活習慣病予防健診 受診者名簿（確定）　{site}"], [],
                                ["No", "社員番号", "氏名", "フリガナ", "性別", "生年月日",
                                 "保険証記号", "保険証番号", "受診日", "コース"]]
    for i, x in enumerate(ps, 1):
        rows.append([i, x["emp"], x["name"], x["kana"], x["sex"], x["dob"],
                     rng.randint(1001, 1099), rng.randint(2, 480),
                     f"11/{rng.randint(17, 21)}", rng.choice(["一般健診", "一般＋付加", "人間ドック"])])
    return rows


add(expect="stop", sender=YOYAKU, to=[KITA],
    subject="受診者名簿（確定版）送付の件",
    charset="utf-8",
    body=f"""北国フーズ株式会社
人事総務部 佐久間様

お世話になっております。ひので健診センター予約課の森下です。
11月の巡回健診につきまして、予約確定後の受診者名簿をお送りします。
札幌本社・江別工場の2シートに分けております。保険証の記号・番号に誤りがないか
ご確認いただき、修正があれば赤字でご返送ください。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "xlsx", "name": "受診者名簿_確定版_北国フーズ様.xlsx",
                  "sheets": {"札幌本社": _roster(_sap, "札幌本社"),
                             "江別工場": _roster(_ebe, "江別工場")}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="XLSX roster of 15 examinees with DOB and 保険証記号・番号 to client HR")

# 004 stop — CSV (cp932) mailing list of examinees' home addresses to the printing partner
_p = people(22)
_rows = [["管理番号", "郵便番号", "住所", "氏名", "敬称", "封入物"]]
for i, _x in enumerate(_p, 1):
    _rows.append([f"R1011-{i:04d}", _x["zip"], _x["addr"], _x["name"], "様", "結果票A4×3/返信用封筒"])
add(expect="stop", sender=ONODERA, to=["錦印刷 第二営業部 <eigyo2@nishiki-insatsu.co.jp>"],
    subject="結果票 封入・発送データ（10月第2便）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
第二営業部 ご担当者様

いつもお世話になっております。ひので健診センターの小野寺です。
10月第2便の封入・発送データを添付いたします（22件）。
前回同様、宛名ラベル印字→封入→10/14（火）午前中の差出しでお願いいたします。

件数に相違がございましたらご一報ください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "csv", "name": "hassou_1011.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="CSV of 22 examinees' names and home addresses to an outside printer")

# 005 pass — system vendor, maintenance window, ticket numbers only
add(expect="pass", sender=TASHIRO, to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="【依頼】健診基幹システム 定期メンテナンス日程（TS-2025-0412）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業 情報システム部の田代です。
標記の件、下記日程で作業をお願いできますでしょうか。

  作業日時   : 2025年11月22日(土) 20:00 〜 23日(日) 06:00
  対象       : 健診基幹システム HSK-Pro v8.2 → v8.3（本番・検証）
  停止範囲   : 予約画面、結果入力、帳票出力（判定会議用）
  チケット   : TS-2025-0412（前回分 TS-2025-0377 はクローズで結構です）

作業は当センター内のサーバ室にてお願いいたします。受診者データを含む媒体の
持ち出しはご遠慮ください（前回同様、作業ログのみお持ち帰りください）。

{SIG_TASHIRO}
""",
    entities=[], detectors=[],
    note="vendor maintenance scheduling; no personal data")

# 006 stop — one employee's secondary examination result and diagnosis, in prose
add(expect="stop", sender=SAOTOME, to=[TOHO], cc=[ONODERA],
    subject="二次検査結果のご報告（製造二課 御手洗様）",
    charset="iso-2022-jp",
    body=f"""東邦精工株式会社
人事課 平野様

お世話になっております。ひので健診センターの早乙女です。

製造二課 御手洗 修様（社員番号 T-10472）につきまして、9月の定期健診で心電図異常
（心房細動の疑い）を認めたため、10月2日に当センター外来にて精査を行いました。
ホルター心電図の結果、発作性心房細動と診断し、近隣の循環器内科あてに紹介状を
発行しております。

就業上の配慮といたしましては、治療方針が決まるまでの間、夜勤および高所作業は
控えていただくことが望ましいと考えます。ご本人には説明済みです。

ご不明な点はお気軽にお問い合わせください。

{SIG_SAOTOME}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's diagnosis (要配慮個人情報) to the client's HR")

# 007 stop — PPAP: password-protected ZIP of results
_p = people(10, emp="A")
add(expect="stop", sender=ONODERA, to=[AOBA],
    subject="健診結果データ送付の件（2025年度上期）",
    charset="cp932",
    body=f"""青葉運輸株式会社 村井様

お世話になっております。ひので健診センター 小野寺です。
2025年度上期分の健診結果データを添付にてお送りいたします。
解凍用のパスワードは別メールにてお知らせいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "青葉運輸様_健診結果_2025上期.zip", "password": "Aoba#2025kh",
                  "files": [{"kind": "xlsx", "name": "結果一覧.xlsx",
                             "sheets": {"上期": [["氏名", "判定", "所見"]] +
                                        [[x["name"], *finding(x)[1:]] for x in _p]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password ZIP (PPAP) cannot be inspected")

# 008 pass — HTML-only price list of courses to a prospective client
add(expect="pass", sender=HASEBE, to=["疾風工業 総務部 仁科様 <soumu@hayate-kogyo.co.jp>"],
    subject="健診コースと料金のご案内（2026年度）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>疾風工業株式会社<br>総務部 仁科様</p>
<p>先日はお時間をいただきありがとうございました。日の出産業 ヘルスケア事業部の長谷部です。<br>
ご依頼のありました法人向けコースの料金表をお送りいたします（税込・1名あたり）。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dfefff"><th>コース</th><th>主な内容</th><th>施設健診</th><th>巡回健診</th></tr>
<tr><td>定期健診（法定項目）</td><td>身体計測・血圧・胸部X線・血液・尿・心電図</td><td>8,800円</td><td>7,700円</td></tr>
<tr><td>生活習慣病予防健診</td><td>法定項目＋胃部X線・便潜血・腹部エコー</td><td>19,800円</td><td>17,600円</td></tr>
<tr><td>人間ドック（日帰り）</td><td>上記＋眼底・眼圧・肺機能・医師面談</td><td>44,000円</td><td>－</td></tr>
<tr><td>特殊健診（有機溶剤）</td><td>代謝物検査・問診</td><td>3,300円</td><td>3,300円</td></tr>
</table>
<p>※ 50名以上の巡回健診は出張費無料です。<br>※ オプション検査の一覧は別途お送りします。</p>
<p>━━━━━━━━━━━━━━━━<br>日の出産業株式会社 ヘルスケア事業部 法人営業課<br>長谷部 健<br>
TEL 048-640-2200 / hasebe.ken@hinode-sangyo.co.jp<br>━━━━━━━━━━━━━━━━</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML price list of health-check courses; business information only")

# 009 stop — look-alike of the partner kawasaki-denki.co.jp (i → l)
add(expect="stop", sender=YOYAKU, to=["小川 恵美 <ogawa.emi@kawasaki-denkl.co.jp>"],
    subject="Re: 追加受診枠のご相談",
    charset="iso-2022-jp",
    body=f"""小川様

お世話になっております。予約課の森下です。
追加枠の件、以下の日程でしたらお受けできます。

　・11月25日（火）午前　10名
　・11月27日（木）午後　 8名
　・12月 2日（火）午前　12名

ご希望の枠をお知らせいただけましたら仮押さえいたします。

{SIG_YOYAKU}

> 森下様
> 中途入社の方が多く、年内にあと20名ほど受診させたいのですが、
> 空いている枠はありますでしょうか。
> 川崎電機 小川
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denkl.co.jp is a look-alike of partner kawasaki-denki.co.jp")

# 010 stop — four client companies' HR in To, visible to each other
add(expect="stop", sender=HASEBE,
    to=[TOHO, KOHOKU, MINATO, KITA],
    subject="【ご案内】2025年度 健診受診期限（年度末）のお知らせ",
    charset="utf-8",
    body=f"""ご担当者各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 ヘルスケア事業部の長谷部でございます。

2025年度の契約健診につきまして、受診期限は2026年3月27日（金）となっております。
2月・3月は予約が大変混み合いますので、未受診の方がいらっしゃる場合は
お早めにご予約いただきますようお願い申し上げます。

なお、年度内の未受診者リストの作成をご希望の場合は、担当営業までお申し付けください。

今後ともよろしくお願い申し上げます。

{SIG_HASEBE}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external client companies in To can see each other; should be Bcc")

# 011 pass — the same kind of notice sent properly in Bcc
add(expect="pass", sender=YOYAKU, to=[YOYAKU],
    bcc=[TOHO, KOHOKU, MINATO, KITA, NISHIKI_K, MIDORI],
    subject="11月・12月 健診予約枠の空き状況（10/15時点）",
    charset="iso-2022-jp",
    body=f"""法人ご担当者様

いつもお世話になっております。ひので健診センター予約課です。
10月15日時点の予約枠の空き状況をお知らせいたします。

{columns([["日付", "午前", "午後", "婦人科"],
          ["11/18(火)", "12", "6", "×"],
          ["11/20(木)", "3", "0", "2"],
          ["11/26(水)", "18", "10", "4"],
          ["12/3(水)", "20", "15", "5"],
          ["12/10(水)", "7", "休", "○"]], gap=4)}

※本メールはBCCにて一斉送信しております。

{SIG_YOYAKU}
""",
    entities=[], detectors=[],
    note="announcement to clients in Bcc; table of free slots, no people")

# 012 stop — TSV of specific health guidance targets with insurance numbers, 和暦 DOB
_p = people(9, born=(1961, 1985))
_rows = [["記号", "番号", "カナ氏名", "生年月日", "性別", "腹囲", "BMI", "階層化"]]
for _x in _p:
    _rows.append([rng.randint(3101, 3199), rng.randint(1, 350), _x["kana"],
                  wareki(_x["y"], _x["m"], _x["d"], "short"), "1" if _x["sex"] == "男" else "2",
                  rng.randint(86, 104), rng.randint(251, 318) / 10,
                  rng.choice(["積極的支援", "動機付け支援"])])
add(expect="stop", sender=ISHIGURO, to=[KDK_KENPO],
    subject="特定保健指導 対象者リスト（2025年度 第2四半期受診分）",
    charset="cp932",
    body=f"""川崎電機健康保険組合
保健事業課 ご担当者様

いつもお世話になっております。ひので健診センター保健指導室の石黒です。
7〜9月受診分の特定保健指導対象者を以下のとおりご報告いたします。
（Excelに貼り付けられるようタブ区切りにしております）

{tsv(_rows)}

初回面談は11月中旬から順次ご案内予定です。

{SIG_ISHIGURO}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="9 insured persons: 記号・番号, kana names, 和暦 DOB and guidance level from results")

# 013 pass — internal: full list of examinees needing follow-up to the in-house doctors
_p = people(8)
_rows = [["氏名", "生年月日", "所属会社", "所見"]]
for _x in _p:
    _rows.append([_x["name"], _x["dob"], rng.choice(["川崎電機", "東邦精工", "港北ロジ", "青葉運輸"]),
                  finding(_x)[2]])
add(expect="pass", sender=ONODERA,
    to=["判定医チーム <dr-team@kenshin.hinode-sangyo.co.jp>"], cc=[SAOTOME],
    subject="判定会議資料（10/15）要精密者一覧",
    charset="utf-8",
    body=f"""判定医の先生方

お疲れさまです。結果報告担当の小野寺です。
10/15の判定会議で確認いただきたい8名の一覧です。画像は読影端末に上げてあります。

{columns(_rows, gap=3)}

よろしくお願いいたします。
小野寺
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="all recipients internal (subdomain kenshin.hinode-sangyo.co.jp): allowed")

# 014 stop — kana-only names with re-examination items, full-width spacing
_p = people(7)
_lines = []
for _x in _p:
    _lines.append(f"　{pad(_x['kana_z'], 20, '　')}{pad(_x['sex'], 4, '　')}"
                  f"{rng.choice(['要精密検査（胃部Ｘ線）', '要精密検査（便潜血）', '要再検査（肝機能）', '要精密検査（眼底）', '要再検査（尿蛋白）'])}")
add(expect="stop", sender=ONODERA, to=[KOHOKU],
    subject="再検査未受診の方（9月末時点）",
    charset="iso-2022-jp",
    body=f"""港北ロジスティクス株式会社
総務部 杉本様

お世話になっております。ひので健診センターの小野寺です。
9月末時点で、二次検査の受診報告をまだいただいていない方は以下の7名です。
社内でのお声がけをお願いできますと幸いです。

　氏名（カナ）　　　　性別　項目
{chr(10).join(_lines)}

紹介状を紛失された方には再発行いたしますのでお知らせください。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="7 kana names with their re-examination items (health results) to a client")

# 015 stop — CSV without a name column: employee number + DOB + results
_rows = [["社員番号", "生年月日", "性別", "収縮期血圧", "拡張期血圧", "HbA1c", "LDL", "服薬_血圧", "喫煙", "判定"]]
for _ in range(20):
    _x = person(emp="KK")
    _rows.append([_x["emp"], _x["dob_iso"], "M" if _x["sex"] == "男" else "F",
                  rng.randint(108, 176), rng.randint(64, 108), rng.randint(51, 82) / 10,
                  rng.randint(82, 188), rng.choice(["有", "無", "無"]), rng.choice(["有", "無"]),
                  rng.choice(["A", "B", "C", "D1", "D2"])])
add(expect="stop", sender=ISHIGURO, to=[KANKI_KENPO],
    subject="データヘルス計画用 健診データ抽出（サンプル20件）",
    charset="utf-8",
    body=f"""関東機械工業健康保険組合
データヘルス担当 ご担当者様

お世話になっております。石黒です。
先日ご依頼のありました抽出フォーマットの確認用に、実データから20件を抜き出して
お送りします。氏名は外してありますので、項目・桁数のご確認をお願いいたします。

{SIG_ISHIGURO}
""",
    attachments=[{"kind": "csv", "name": "kenshin_extract_sample.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="20 rows with employee number, DOB and results but no name column: still a list")

# 016 pass — reply: the list of six is only in the quoted text
_p = people(6)
_quoted = "\n".join(f"> {pad(x['name'], 14)}{x['dob']}  {x['mobile']}" for x in _p)
add(expect="pass", sender=YOYAKU, to=[NISHIKI_K],
    subject="Re: 10月受診者の予約依頼",
    charset="iso-2022-jp",
    body=f"""今井様

いつもお世話になっております。予約課の森下です。
ご依頼いただいた6名様、全員10月14日（火）8:30受付で確定いたしました。
受診票と検便容器は本日発送いたしますので、各部署への配布をお願いいたします。

{SIG_YOYAKU}

2025年10月6日(月) 17:42 今井 真琴 <kenko-kanri@nishiki-insatsu.co.jp>:
> 森下様
> 下記6名の予約をお願いします。
>
{_quoted}
>
> 錦印刷 今井
""",
    entities=[], detectors=[],
    note="the six people's details are only in quoted text the recipient sent")

# 017 stop — look-alike of the organisation's own domain (letter added), with results
_p = people(6)
add(expect="stop", sender=ONODERA, to=["田代 祐介 <tashiro.yusuke@hinode-sangyou.co.jp>"],
    subject="結果再登録のお願い（入力ミス6件）",
    charset="utf-8",
    body=f"""田代さん

お疲れさまです。小野寺です。
先週のCSV取込で判定がずれてしまった6件です。システム側で再登録をお願いします。

""" + "\n".join(f"・{x['name']}（{x['dob']}）→ 正：{' '.join(finding(x)[:2])}" for x in _p) + """

よろしくお願いします。
小野寺
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a look-alike of the own domain; carries 6 people's results")

# 018 pass — NDA / data-processing memorandum talk with the law firm
add(expect="pass", sender=HASEBE, to=["白川 拓真 <t.shirakawa@shirakawa-law.jp>"],
    subject="業務委託契約書・個人情報の取扱いに関する覚書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の長谷部です。
疾風工業様との健診業務委託契約に付随する「個人情報の取扱いに関する覚書」の案を
添付いたします。先方からは第5条（再委託）と第8条（秘密保持）の文言について
修正の希望が出ております。

特に、健診結果の第三者提供について「安衛法に基づく事業者への提供」と
「保険者への特定健診データ提供」を明記すべきかご意見をいただけますと幸いです。

{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "覚書_個人情報の取扱い_案v3.docx",
                  "title": "個人情報の取扱いに関する覚書（案）",
                  "paragraphs": [
                      "個人情報の取扱いに関する覚書（案）",
                      "疾風工業株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                      "甲乙間の健康診断業務委託契約に関し、次のとおり覚書を締結する。",
                      "第1条（目的）本覚書は、乙が委託業務の遂行のため取り扱う個人情報の適正な取扱いを定める。",
                      "第5条（再委託）乙は、甲の書面による事前の承諾なく、委託業務の全部又は一部を第三者に再委託してはならない。",
                      "第8条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の秘密情報を第三者に開示又は漏えいしてはならない。",
                      "第10条（事故時の対応）乙は、個人情報の漏えい等が発生したときは、直ちに甲に報告する。",
                      "（以下略）"]}],
    entities=[], detectors=[],
    note="mail about an NDA / data-processing memorandum; no marking, no personal data")

# 019 stop — pricing proposal PDF stamped 社外秘 in the page header
add(expect="stop", sender=HASEBE, to=[KITA],
    subject="2026年度 健診単価改定のご提案",
    charset="utf-8",
    body=f"""佐久間様

お世話になっております。長谷部です。
来年度の単価改定につきまして、ご提案資料をお送りいたします。
ご検討のほどよろしくお願いいたします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "2026年度_健診単価改定のご提案.pdf",
                  "title": "2026年度 健診単価改定のご提案", "page_header": "社外秘",
                  "lines": ["2026年度 健診単価改定のご提案", "北国フーズ株式会社 御中",
                            "日の出産業株式会社 ヘルスケア事業部", "",
                            "1. 改定の背景：人件費・試薬費の上昇（前年比 +6.2%）",
                            "2. 改定案：一般健診 8,800円 → 9,350円／生活習慣病予防健診 据え置き",
                            "3. 原価内訳（社内資料より抜粋）：検査外注費 2,140円、読影費 880円",
                            "4. 他社比較（当社調べ）"]}],
    entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a 社外秘 stamp in its page header")

# 020 stop — corrupt XLSX to a laboratory
add(expect="stop", sender=SEKIGUCHI, to=[TKLAB],
    subject="外注検査依頼書（10/14分）",
    charset="cp932",
    body=f"""東京臨床検査センター 営業部 御中

お世話になっております。ひので健診センター検査科の関口です。
本日分の外注検査依頼書を添付いたします。検体は17時の集荷でお渡しします。

{SIG_SEKIGUCHI}
""",
    attachments=[{"kind": "corrupt", "name": "外注検査依頼書_1014.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="attached XLSX is corrupt and cannot be inspected")

# 021 pass — laboratory pickup schedule, counts and tracking numbers only
add(expect="pass", sender=SEKIGUCHI, to=[TKLAB],
    subject="11月 検体集荷スケジュールのご連絡",
    charset="utf-8",
    body=f"""東京臨床検査センター
営業部 ご担当者様

お世話になっております。関口です。11月の集荷予定をお知らせします。

- 11/4(火)〜11/7(金)：各日17:00　冷蔵 約120検体／日
- 11/11(火)：巡回健診分あり 19:30 追加集荷をお願いします（約260検体）
- 11/22(土)：休診のため集荷なし

先週発送分の送り状番号：4821-0039-1174（クール便）、4821-0039-1185
検体ラック 18本の返却もあわせてお願いいたします。

{SIG_SEKIGUCHI}
""",
    entities=[], detectors=[],
    note="pickup schedule with counts and tracking numbers; no personal data")

# 022 stop — CSV list of samples with kana names and DOB to a second laboratory
_p = people(8, born=(1958, 1980))
_rows = [["検体ID", "氏名カナ", "性別", "生年月日", "依頼項目", "採血日"]]
for i, _x in enumerate(_p, 1):
    _rows.append([f"HK25-1016-{i:03d}", _x["kana"], "M" if _x["sex"] == "男" else "F", _x["dob"],
                  "PSA" if _x["sex"] == "男" else rng.choice(["CA125", "CEA;CA19-9"]), "2025/10/16"])
add(expect="stop", sender=SEKIGUCHI, to=[MEDILAB],
    subject="追加検査（腫瘍マーカー）依頼分のデータ",
    charset="utf-8",
    body=f"""メディラボ東日本 検査依頼受付 ご担当者様

お世話になっております。ひので健診センターの関口です。
本日集荷分の追加検査（腫瘍マーカー）8検体の依頼データを添付いたします。
結果は従来どおりWeb報告でお願いいたします。

{SIG_SEKIGUCHI}
""",
    attachments=[{"kind": "csv", "name": "tsuika_irai_1016.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="8 examinees' kana names and DOB in a CSV to an outside laboratory")

# 023 pass — booking confirmation to one private examinee on free mail
add(expect="pass", sender=YOYAKU, to=["藤崎 和樹 <k.fujisaki1987@gmail.com>"],
    subject="【ひので健診センター】人間ドック ご予約確定のお知らせ（11/20）",
    charset="iso-2022-jp",
    body=f"""藤崎 和樹 様

このたびはひので健診センターをご予約いただき、誠にありがとうございます。
以下の内容でご予約が確定いたしました。

　■ご予約日時　2025年11月20日（木）8:15 受付
　■コース　　　人間ドック（日帰り）
　■ご料金　　　44,000円（税込）※当日窓口でお支払いください

【前日・当日のご注意】
　・前日の夕食は21時までに済ませ、以降は水・お茶以外はお控えください。
　・当日朝は絶食でお越しください（常用薬については事前にご相談ください）。
　・検便容器は同封の説明書に沿って2日分ご提出ください。

ご不明な点は予約課（048-640-2210）までお問い合わせください。

{SIG_YOYAKU}
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, a booking confirmation without results")

# 024 stop — full credit card number to the payment processor
_card = new_card()
add(expect="stop", sender=YUKI, to=["ペイライン 加盟店サポート <support@payline-jp.com>"],
    subject="返金処理のお願い（取引ID PL-88213047）",
    charset="utf-8",
    body=f"""ペイライン株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 ヘルスケア事業部の結城です。
オプション検査のキャンセルに伴い、以下の取引の一部返金をお願いいたします。
管理画面で取引IDから検索できなかったため、カード情報を記載いたします。

  取引ID      : PL-88213047（2025/10/09 決済）
  カード番号  : {_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
  名義        : TAKASHI MINAI
  有効期限    : 08/28
  返金額      : 5,500円（腫瘍マーカー CEA・CA19-9 キャンセル分）

お手数をおかけしますが、よろしくお願いいたします。

{SIG_YUKI}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number with the holder's name to an external processor")

# 025 stop — HTML-only table of 7 employees recommended for secondary examination
_p = people(7)
_tr = "\n".join(
    f"<tr><td>{rng.choice(['製造一課', '製造二課', '品質管理課', '技術部', '総務課'])}</td>"
    f"<td>{x['name']}</td><td>{finding(x)[2]}</td><td>{rng.choice(['D1', 'D2'])}</td>"
    f"<td>2025/12/26</td></tr>" for x in _p)
add(expect="stop", sender=ONODERA, to=[TOHO],
    subject="二次検査 受診勧奨対象者のご連絡",
    charset="utf-8",
    html=f"""<html><body>
<p>東邦精工株式会社<br>人事課 平野様</p>
<p>お世話になっております。ひので健診センターの小野寺です。<br>
10月受診分のうち、二次検査の受診勧奨対象となった方の一覧です。事業者としての受診勧奨にご活用ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>所属</th><th>氏名</th><th>対象項目</th><th>判定</th><th>受診期限</th></tr>
{_tr}
</table>
<p>--<br>ひので健診センター 結果報告担当 小野寺 美穂<br>TEL 048-640-2215</p>
</body></html>""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="HTML-only table of 7 named employees with their abnormal findings")

# 026 pass — PPTX report of aggregate statistics only (no individuals)
add(expect="pass", sender=HASEBE, to=[KAWA],
    subject="2025年度 健診実施報告書（速報版）送付",
    charset="iso-2022-jp",
    body=f"""小川様

いつもお世話になっております。長谷部です。
2025年度の健診実施報告書（速報版）をお送りします。
集計値のみで、個人が特定できる情報は含めておりません。
衛生委員会でのご説明にお使いください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "2025年度_健診実施報告_川崎電機様.pptx",
                  "title": "2025年度 健診実施報告",
                  "slides": [["2025年度 健診実施報告（速報）", "川崎電機株式会社 御中",
                              "ひので健診センター"],
                             ["受診状況", "対象者 1,321名／受診者 1,284名（受診率 97.2%）",
                              "二次検査対象 236名、うち受診報告あり 141名（59.7%）"],
                             ["有所見率（全体）", "有所見率 54.1%（全国平均 58.9%）",
                              "血中脂質 31.8%／血圧 17.2%／肝機能 15.9%／血糖 11.3%"],
                             ["年代別の傾向", "40代以降で血圧の有所見率が上昇（40代 19%、50代 28%）",
                              "20代でもBMI25以上が14%"],
                             ["次年度に向けて", "特定保健指導の実施率向上（現状 38%→目標 55%）",
                              "二次検査の受診勧奨を事業場ごとに実施"]]}],
    entities=[], detectors=[],
    note="aggregate statistics only; health words but no identifiable person")

# 027 stop — DOCX work-fitness opinion for one driver (diagnosis, DOB)
_d = person(sex="男", born=(1966, 1974), emp="A")
add(expect="stop", sender=SAOTOME, to=[AOBA], cc=[ONODERA],
    subject="就業判定意見書の送付（厚木営業所）",
    charset="cp932",
    body=f"""青葉運輸株式会社
総務部 安全衛生課 村井様

お世話になっております。早乙女です。
厚木営業所の乗務員1名につき、就業判定意見書を作成しましたので添付いたします。
早急に運行管理者の方と共有いただき、乗務の調整をお願いいたします。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "就業判定意見書_厚木営業所.docx",
                  "title": "就業判定意見書",
                  "paragraphs": ["就業判定意見書", "",
                                 f"氏名：{_d['name']}（{_d['kana']}）",
                                 f"生年月日：{wareki(_d['y'], _d['m'], _d['d'])}",
                                 "所属：厚木営業所 乗務課（大型ドライバー）",
                                 "健診日：2025年9月30日",
                                 "所見：血圧 186/114 mmHg（Ⅲ度高血圧）、空腹時血糖 168 mg/dL",
                                 "判定：就業制限 ― 降圧治療開始まで乗務を停止し、2週間後に再評価する。",
                                 "ひので健診センター 医師 早乙女 隆"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX with one named driver's blood pressure, glucose and work restriction")

# 028 stop — forward (new text to its recipient) of a client's list of new hires
_p = people(6, born=(1999, 2003))
_fw = "\n".join(f"{i}. {x['name']}　{x['dob']}生　携帯 {x['mobile']}" for i, x in enumerate(_p, 1))
add(expect="stop", sender=YOYAKU, to=["青空クリニック 健診受付 <uketsuke@aozora-clinic.jp>"],
    subject="FW: 雇入時健診のお願い（川崎電機 新入社員6名）",
    charset="utf-8",
    body=f"""青空クリニック 健診受付ご担当者様

いつもお世話になっております。ひので健診センター予約課の森下です。
川崎電機様の新入社員の方の雇入時健診を、提携施設として貴院でお願いしたく、
先方からのご依頼メールを転送いたします。ご本人へ直接お電話いただいて構いません。

---------- Forwarded message ---------
From: 小川 恵美 <ogawa.emi@kawasaki-denki.co.jp>
Date: 2025年10月7日(火) 11:20
Subject: 雇入時健診のお願い
To: ひので健診センター 予約課 <kenshin-yoyaku@hinode-sangyo.co.jp>

森下様

10/20入社予定の6名について、雇入時健診をお願いします。
勤務地が静岡事業所のため、近隣の提携施設で受けられると助かります。

{_fw}

川崎電機 人事部 小川

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward of a client's list of 6 new hires (DOB, mobile) to another clinic")

# 029 pass — three-way meeting mail: client HR + its health insurance society
add(expect="pass", sender=ISHIGURO, to=[KAWA], cc=[KDK_KENPO, HASEBE],
    subject="特定保健指導の実施体制に関するお打合せ日程",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 人事部 小川様
川崎電機健康保険組合 保健事業課 ご担当者様

お世話になっております。ひので健診センター保健指導室の石黒です。
来年度の特定保健指導（就業時間内の面談実施）について、三者でのお打合せを
お願いしたく、候補日をお送りいたします。

　・11月12日（水）14:00〜15:00
　・11月14日（金）10:00〜11:00
　・11月19日（水）15:00〜16:00

場所は川崎電機様本社の会議室、またはオンライン（Teams）を想定しております。
ご都合のよい日時をお知らせください。

{SIG_ISHIGURO}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc is a normal three-way meeting mail")

# 030 stop — 和暦 DOB and full-width mobile numbers of 6 night-shift workers
_p = people(6, sex="男", born=(1965, 1995), emp="A")
_lines = [f"　{pad(x['name_z'], 14, '　')}　{pad(wareki(x['y'], x['m'], x['d'], 'fw'), 22, '　')}　"
          f"{fw(x['mobile'])}" for x in _p]
add(expect="stop", sender=YOYAKU, to=[AOBA],
    subject="特定業務従事者健診（深夜業）受診予定者のご確認",
    charset="cp932",
    body=f"""村井様

お世話になっております。予約課の森下です。
12月実施の特定業務従事者健診（深夜業）の受診予定者を下記の通り承りました。
当日連絡用の携帯番号もあわせてご確認ください。

　氏名　　　　　　　　生年月日　　　　　　　　　　携帯電話
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{chr(10).join(_lines)}

以上６名、１２月９日（火）夜間２１時〜　所沢営業所にて実施いたします。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="6 people with 和暦 full-width DOB and full-width mobile numbers to a client")

# 031 stop — an examinee's My Number sent to the health insurance society
_x = person(born=(1975, 1990))
_mn = new_my_number()
add(expect="stop", sender=YOYAKU, to=["川崎電機健保 資格担当 <shikaku@kdk-kenpo.or.jp>"],
    subject="資格確認のお願い（10/9受診者）",
    charset="utf-8",
    body=f"""川崎電機健康保険組合
資格担当 ご担当者様

いつもお世話になっております。ひので健診センター予約課の森下です。
10月9日にご受診の方について、受付時にマイナ保険証の読み取りがエラーとなり、
資格確認ができませんでした。ご本人から番号の控えをご提示いただきましたので、
お手数ですが資格の有無をご確認いただけますでしょうか。

  氏名　　：{_x['name']}（{_x['kana']}）
  生年月日：{_x['dob']}
  個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

ご確認のほど、よろしくお願いいたします。

{SIG_YOYAKU}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a person's マイナンバー (check-digit valid) to an external organisation")

# 032 pass — four attendees of the client's own staff with mobiles (under five)
_p = people(4)
_att = "\n".join(f"  {pad(x['name'], 12)}{pad(d, 14)}{x['mobile']}"
                 for x, d in zip(_p, ["総務課 課長", "総務課", "製造部 衛生管理者", "労働組合"]))
add(expect="pass", sender=HASEBE, to=[MINATO],
    subject="Re: 健診説明会（11/6）ご参加者の確認",
    charset="utf-8",
    body=f"""桐生様

お世話になっております。長谷部です。
11/6の説明会、以下4名様のご参加で承知いたしました。当日の緊急連絡先として
伺った携帯番号も念のため記載しておりますので、お間違いないかご確認ください。

{_att}

会場は弊社3F会議室（さいたま市大宮区宮町2-41）です。

{SIG_HASEBE}

> 長谷部様
> 説明会の参加者が決まりましたのでお知らせします。
> ミナトケミカル 桐生
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's names and mobiles to one client: under five records, may warn")

# 033 stop — three private examinees in To can see each other's addresses
add(expect="stop", sender=YOYAKU,
    to=["新垣 ゆき <yuki.arakaki@yahoo.co.jp>", "m-kitou0412@docomo.ne.jp",
        "Haruka Oikawa <haruka.oikawa.88@gmail.com>"],
    subject="【ひので健診センター】人間ドック 当日のご案内（11/8ご予約の皆様）",
    charset="iso-2022-jp",
    body=f"""11月8日（土）に人間ドックをご予約の皆様

ひので健診センターです。ご予約ありがとうございます。
当日は駐車場工事のため、正面入口が使用できません。北側の通用口（ひのでメディカルビル
裏手）からお入りいただき、3階受付までお越しください。

受付時間：7:50〜8:20
お持ちいただくもの：保険証、問診票、検便容器（2日分）

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

{SIG_YOYAKU}
""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To see each other's addresses: should be Bcc")

# 034 pass — English mail to a foreign assistance partner, counts only
add(expect="pass", sender=HASEBE, to=["Emily Carter <emily.carter@globalcare-assist.com>"],
    subject="Health check arrangements for assignees – Q1 2026",
    charset="utf-8",
    body=f"""Dear Ms Carter,

Thank you for your call yesterday. As discussed, we can accommodate the pre-assignment
medicals for your client's staff in January and February 2026:

  * 12 assignees (adult), comprehensive course incl. chest X-ray and ECG
  * English-speaking reception on Tuesdays and Thursdays
  * Results in English within 10 business days, sent directly to each assignee
  * Fee: JPY 52,800 per person (tax incl.), invoiced monthly to your company

Please send the booking request form once the assignment list is final; we do not need
any personal details before that.

Best regards,

Ken Hasebe
Corporate Sales, Healthcare Division
Hinode Sangyo Co., Ltd.
Tel +81-48-640-2200

{DISC_EN}
""",
    entities=[], detectors=[],
    note="English business mail with counts and fees; standard disclaimer")

# 035 stop — English mail with two employees' passport numbers and DOB
_a = person(sex="男", born=(1980, 1990))
_b = person(sex="女", born=(1985, 1995))
add(expect="stop", sender=YOYAKU, to=["Emily Carter <emily.carter@globalcare-assist.com>"],
    subject="Pre-departure medicals – passport details for the certificates",
    charset="utf-8",
    body=f"""Dear Ms Carter,

The medical certificates for the two assignees leaving in December must show their
passport data, so please find the details below for your check before we print them.

  1) {_a['roma_lf']}   DOB {_a['dob_iso']}   Passport No. TK{rng.randint(1000000, 9999999)}
  2) {_b['roma_lf']}   DOB {_b['dob_iso']}   Passport No. TR{rng.randint(1000000, 9999999)}

Both examinations are booked for 18 November at 9:00.

Kind regards,
Aya Morishita
Hinode Health Check Center, Reservations
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers of two people to an external company")

# 036 stop — one foreign examinee's residence card number to an interpreting service
_rc = f"{rng.choice(['AB', 'EH', 'UK'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JC'])}"
add(expect="stop", sender=YOYAKU, to=["つうやくリンク 手配窓口 <coordinator@tsuyaku-link.jp>"],
    subject="ベトナム語通訳の手配依頼（11/12 健診）",
    charset="utf-8",
    body=f"""つうやくリンク株式会社
手配窓口 ご担当者様

お世話になっております。ひので健診センター予約課の森下です。
下記の受診者様の健診に、ベトナム語の通訳（対面）をお願いしたくご連絡いたしました。

 ・日時：2025年11月12日（水）8:30〜11:00
 ・受診者：NGUYEN VAN AN 様（北国フーズ様 江別工場）
 ・生年月日：1998年6月14日
 ・在留カード番号：{_rc}（受付時の本人確認用に控えております）
 ・検査内容：雇入時健診（問診・胸部X線・採血・心電図）

ご手配の可否をご連絡いただけますと幸いです。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a named person's 在留カード number to an external service")

# 037 pass — blank questionnaire template (health words, no person)
add(expect="pass", sender=YOYAKU, to=[KOHOKU],
    subject="問診票（2025年度版）の様式送付",
    charset="iso-2022-jp",
    body=f"""杉本様

お世話になっております。予約課の森下です。
ご依頼の問診票の様式（Word）をお送りします。事前配布用に印刷してお使いください。
記入済みの問診票は、当日受付でご本人からお預かりします（メール・FAXでの送付は不要です）。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "docx", "name": "問診票_2025年度版.docx", "title": "問診票",
                  "paragraphs": ["健康診断 問診票", "氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿＿＿年＿＿月＿＿日",
                                 "1. 現在治療中の病気はありますか（高血圧・糖尿病・脂質異常症・その他）",
                                 "2. これまでにかかった大きな病気（脳卒中・心臓病・がん・その他）",
                                 "3. 現在服用している薬（血圧・血糖・コレステロール）",
                                 "4. 喫煙（吸う・やめた・吸わない）　飲酒（毎日・時々・飲まない）",
                                 "5. 女性の方：妊娠の可能性（あり・なし）"],
                  "tables": [[["項目", "はい", "いいえ"], ["20歳の時から体重が10kg以上増えた", "□", "□"],
                              ["1回30分以上の運動を週2日以上", "□", "□"]]]}],
    entities=[], detectors=[],
    note="blank questionnaire form: sensitive categories named but no one's data")

# 038 stop — proposal PPTX with an internal-only marking in its footer
add(expect="stop", sender=HASEBE, to=["疾風工業 総務部 仁科様 <soumu@hayate-kogyo.co.jp>"],
    subject="健康経営支援サービスのご提案資料",
    charset="utf-8",
    body=f"""仁科様

お世話になっております。長谷部です。
先日お話しした健康経営支援サービスのご提案資料をお送りいたします。
ご不明な点がございましたらご連絡ください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "ご提案_健康経営支援_疾風工業様.pptx",
                  "page_footer": "INTERNAL ONLY／社内検討用",
                  "slides": [["健康経営支援サービスのご提案", "疾風工業株式会社 御中"],
                             ["価格設定の考え方（社内用）", "目標粗利率 32%", "競合A社より5%低く設定",
                              "値引き上限：10%（部長決裁）"],
                             ["サービス内容", "健診・ストレスチェック・保健指導をワンストップで"]]}],
    entities=[], detectors=["confidential_marking"],
    note="attached PPTX carries an INTERNAL ONLY／社内検討用 marking on every slide")

# 039 pass — invoice notice with company T-number and bank account, JA disclaimer
_tno = corp_number(f"{rng.randint(10**11, 10**12 - 1)}")
add(expect="pass", sender=YUKI, to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】2025年10月分 健診費用（HS-2025-10-0387）",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 ヘルスケア事業部 業務課の結城です。
2025年10月分の健診費用につきまして、請求書を郵送にてお送りいたしました。

　請求書番号：HS-2025-10-0387
　ご請求金額：2,316,400円（税込）
　お支払期日：2025年11月30日
　お振込先　：みどり銀行 大宮支店 普通 1204578 ヒノデサンギヨウ（カ
　登録番号　：T{_tno}

ご査収のほど、よろしくお願いいたします。

{SIG_YUKI}

{DISC_JA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice notice: company T-number and company account, standard disclaimer")

# 040 stop — plain ZIP with an XLSX of 15 people's results and a cover PDF
_p = people(15, emp="M")
_xl = [["ミナトケミカル株式会社 様　健診結果一覧（10月受診分）"],
       ["社員番号", "氏名", "年齢", "性別", "判定", "所見"]]
for _x in _p:
    _g, _j, _f = finding(_x)
    _xl.append([_x["emp"], _x["name"], _x["age"], _x["sex"], _g, _f])
add(expect="stop", sender=ONODERA, to=[MINATO],
    subject="10月受診分 健診結果一覧の送付",
    charset="iso-2022-jp",
    body=f"""桐生様

お世話になっております。ひので健診センターの小野寺です。
10月受診分（15名）の結果一覧と送付状をまとめてお送りします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "健診結果_ミナトケミカル様_10月分.zip",
                  "files": [{"kind": "xlsx", "name": "結果一覧_10月.xlsx", "sheets": {"10月": _xl}},
                            {"kind": "pdf", "name": "送付状.pdf",
                             "lines": ["送付状", "ミナトケミカル株式会社 総務部 桐生様",
                                       "健診結果一覧（10月受診分）15名分を送付いたします。",
                                       "ひので健診センター"]}]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="unencrypted ZIP holding an XLSX of 15 named employees' results")

# 041 stop — TLD swap of partner aoba-unyu.co.jp (.com) with two drivers' findings
_p = people(2, sex="男", emp="A")
add(expect="stop", sender=ONODERA, to=["村井 克也 <murai.k@aoba-unyu.com>"],
    subject="要再検査の方 2名について",
    charset="utf-8",
    body=f"""村井様

お世話になっております。小野寺です。
先日ご相談のあった件、乗務に関わる所見のある方は以下の2名です。

  {_p[0]['name']}様（船橋営業所）：眼底検査で両眼に高血圧性変化、血圧 172/104
  {_p[1]['name']}様（八王子営業所）：心電図 ST低下、運動負荷心電図での精査を推奨

いずれもご本人には結果票にて通知済みです。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.com is a TLD look-alike of partner aoba-unyu.co.jp; two people's findings")

# 042 pass — internal: own staff's check-up roster to the head-office HR
_p = people(9, emp="HS")
add(expect="pass", sender=YOYAKU, to=["本社人事部 厚生担当 <jinji@mail.hinode-sangyo.co.jp>"],
    subject="FW: 健診受診者名簿（日の出産業 本社分）",
    charset="iso-2022-jp",
    body=f"""人事部 厚生担当 各位

お疲れさまです。予約課の森下です。
本社社員の定期健診（11/25・11/26）の受診者名簿です。連絡先に誤りがあればお知らせください。

{columns([['社員番号', '氏名', '生年月日', '携帯']] + [[x['emp'], x['name'], x['dob'], x['mobile']] for x in _p])}

森下
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="all recipients internal (mail.hinode-sangyo.co.jp subdomain)")

# 043 stop — one person's mental illness mentioned in a single sentence
add(expect="stop", sender=ISHIGURO, to=[NISHIKI_K],
    subject="保健指導面談の日程について（ご相談）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
総務課 今井様

いつもお世話になっております。保健指導室の石黒です。
来週からの特定保健指導の面談日程について、1点ご相談させてください。

印刷二課の東海林 直樹様ですが、問診票でうつ病により通院中（服薬あり）と記載があり、
早朝の時間帯は体調が優れないことが多いとのことでしたので、面談は午後の枠で
調整させていただければと存じます。

その他の方は、お送りした日程表どおりで進めさせていただきます。

{SIG_ISHIGURO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's depression and treatment in a sentence (要配慮個人情報)")

# 044 pass — reply; the diagnosis is only in the quoted Outlook header block
add(expect="pass", sender=YOYAKU, to=[TOHO],
    subject="RE: 再検査の予約について",
    charset="cp932",
    body=f"""平野様

ご連絡ありがとうございます。予約課の森下です。
ご依頼の件、11月6日（木）10:00で仮押さえいたしました。
当日は保険証と紹介状をご持参いただくよう、ご本人へお伝えください。

{SIG_YOYAKU}

-----Original Message-----
差出人: 平野 <kenko@tohoseiko.co.jp>
送信日時: 2025年10月20日 9:12
宛先: ひので健診センター 予約課 <kenshin-yoyaku@hinode-sangyo.co.jp>
件名: 再検査の予約について

森下様

製造二課の御手洗ですが、先日の二次検査で発作性心房細動との診断を受け、
主治医から追加の心エコーを受けるよう言われたそうです。
貴センターで11月上旬に予約は可能でしょうか。

東邦精工 人事課 平野
""",
    entities=[], detectors=[],
    note="sensitive detail is only in the quoted original from the recipient")

# 045 stop — password-protected PDF result sheet
add(expect="stop", sender=ONODERA, to=[KITA],
    subject="個人結果票（再発行分）",
    charset="utf-8",
    body=f"""佐久間様

お世話になっております。小野寺です。
ご依頼のあった個人結果票の再発行分を、パスワード付PDFでお送りします。
パスワードは社員番号（半角）です。ご本人へお渡しください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "個人結果票_再発行_1021.pdf", "password": "KF48213",
                  "lines": ["個人結果票", "総合判定 C 要経過観察"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

# 046 pass — list of partner clinics (businesses) with addresses and switchboards
_cl = [["施設名", "所在地", "電話", "対応コース"],
       ["青空クリニック", "静岡県静岡市葵区呉服町2-3-8", "054-251-7730", "定期・雇入時"],
       ["みなと台健診プラザ", "千葉県千葉市美浜区中瀬1-9-2", "043-296-1180", "定期・ドック"],
       ["北辰メディカルセンター", "北海道札幌市中央区北三条西4-1", "011-222-4105", "定期・ドック・婦人科"],
       ["さざなみ内科", "神奈川県横須賀市若松町3-11", "046-825-0092", "定期"],
       ["東雲健診クリニック", "宮城県仙台市青葉区本町1-14-6", "022-215-6631", "定期・特殊健診"],
       ["はくさん総合健診センター", "石川県金沢市広岡2-1-30", "076-231-8804", "定期・ドック"],
       ["ひばり野医院", "群馬県高崎市八島町58", "027-322-5517", "定期・雇入時"]]
add(expect="pass", sender=YOYAKU, to=[AOBA],
    subject="遠隔地営業所向け 提携医療機関一覧",
    charset="cp932",
    body=f"""村井様

お世話になっております。森下です。
巡回健診でお伺いできない遠隔地の営業所向けに、提携医療機関の一覧をまとめました。
予約は各施設へ直接お電話いただくか、当センター経由でも承ります。

{tsv(_cl)}

{SIG_YOYAKU}
""",
    entities=[], detectors=[],
    note="list of clinics (businesses) with their switchboards; no people")

# 047 stop — a basic pension number in prose (full-width digits)
_x = person(born=(1996, 2002))
_pn = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(expect="stop", sender=YOYAKU, to=[KAWA],
    subject="誤って同封されていた書類のご返送について",
    charset="iso-2022-jp",
    body=f"""小川様

お世話になっております。予約課の森下です。
先日お送りいただいた雇入時健診の書類一式に、健診とは関係のない書類が
同封されておりましたので、ご連絡いたします。

　{_x['name']}様の年金手帳の写し（基礎年金番号　{fw(_pn).replace('－', '−')}）

本日、簡易書留にてご返送いたしましたので、ご確認ください。
当センターでは写しを保管しておりません。

{SIG_YOYAKU}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="a named person's 基礎年金番号 (full-width) to an external client")

# 048 stop — XLSX of drivers: licence numbers and sleep-apnoea screening results
_p = people(6, sex="男", born=(1964, 1990), emp="A")
_xl = [["SAS（睡眠時無呼吸症候群）スクリーニング結果　2025年10月"], [],
       ["氏名", "所属営業所", "運転免許証番号", "免許種別", "ODI(3%)", "判定"]]
for _x in _p:
    _xl.append([_x["name"], rng.choice(["厚木", "所沢", "船橋", "八王子"]),
                f"{rng.choice(['45', '30', '40', '55'])}{rng.randint(10, 23)}{rng.randint(10000000, 99999999)}",
                rng.choice(["大型", "中型", "大型・けん引"]), rng.randint(6, 41),
                rng.choice(["問題なし", "要精密（PSG）", "重症疑い・要受診"])])
add(expect="stop", sender=SEKIGUCHI, to=[AOBA], cc=[HASEBE],
    subject="SASスクリーニング結果（10月実施分）",
    charset="utf-8",
    body=f"""青葉運輸株式会社 村井様

お世話になっております。検査科の関口です。
10月に実施したSASスクリーニングの結果をお送りします。運行管理台帳との
照合用に、ご提供いただいた免許証番号も列に残しております。

{SIG_SEKIGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "SASスクリーニング結果_202510.xlsx",
                  "sheets": {"結果": _xl, "判定基準": [["ODI", "判定"], ["<5", "問題なし"],
                                                       ["5-15", "要精密"], [">15", "重症疑い"]]}}],
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="6 drivers' licence numbers with sleep-apnoea results in an XLSX")

# 049 pass — parking arrangements for the health-check bus; vehicle numbers only
add(expect="pass", sender=HASEBE, to=["青葉運輸 施設管理 <shisetsu@aoba-unyu.co.jp>"], cc=[AOBA],
    subject="健診車の駐車位置と電源のご相談（11/4 厚木営業所）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
施設管理ご担当者様

お世話になっております。日の出産業の長谷部です。
11月4日の巡回健診で伺う健診車2台について、駐車位置と電源のご確認をお願いします。

　1号車（胸部X線）　大宮 800 さ 12-34　全長 9.5m　電源 200V 30A
　2号車（婦人科）　　大宮 800 さ 56-78　全長 7.1m　電源 100V 15A

到着は7:15頃を予定しております。構内の誘導をお願いできれば幸いです。

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="vehicle registration numbers and power requirements; no personal data")

# 050 stop — 部外秘 marking in the subject and at the top of the body
add(expect="stop", sender=HASEBE, to=[MIDORI],
    subject="【部外秘】次年度 健診委託費のお見積りについて",
    charset="utf-8",
    body=f"""┏━━━━━━┓
┃　部外秘　┃
┗━━━━━━┛
みどり銀行 人事部 厚生グループ ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
次年度の健診委託費について、社内の原価試算をもとにした見積りの考え方を
ご説明いたします。

・一般健診：8,800円（据え置き、原価率 71%）
・人間ドック：44,000円 → 45,100円（外注検査費の上昇分）
・巡回健診の出張費：支店ごとに別途（50名未満の場合）

正式なお見積書は来週お送りいたします。

{SIG_HASEBE}
""",
    entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 部外秘 (subject and body)")

# 051 either — re-examination reminder with the finding, to the examinee's own free mail
add(expect="either", sender=YOYAKU, to=["渡辺 慶 <kei.watanabe.0707@outlook.jp>"],
    subject="【再検査のご案内】便潜血検査の結果について",
    charset="iso-2022-jp",
    body=f"""渡辺 慶 様

先日は当センターで人間ドックをご受診いただき、ありがとうございました。
9月24日のご受診時の便潜血検査（2日法）で1回陽性となっており、
大腸内視鏡検査による精密検査をお勧めしております。

結果票を郵送しておりますが、ご予約の状況が確認できませんでしたので、
念のためメールでもご案内いたしました。当センター提携の消化器内科で
予約をお取りすることも可能です。

　ご予約・ご相談：予約課 048-640-2210（平日 9:00〜17:00）

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["freemail_recipient", "personal_data"],
    note="the data subject's own result to his own free-mail address: health data leaves, but to the person himself")

# 052 pass — health newsletter to clients in Bcc; disease words, nobody's data
add(expect="pass", sender=ISHIGURO, to=[ISHIGURO],
    bcc=[KAWA, AOBA, KITA, TOHO, KOHOKU, MINATO, NISHIKI_K, MIDORI],
    subject="ひので健康だより Vol.12（冬の血圧管理）",
    charset="utf-8",
    body=f"""法人ご担当者様（BCCにて配信しております）

いつもお世話になっております。ひので健診センター保健指導室です。
社内掲示や社内報にご活用いただける「ひので健康だより」をお届けします。

■ 冬は血圧が上がりやすい季節です
 寒さで血管が収縮し、血圧が上がりやすくなります。高血圧は脳卒中や心臓病の
 最大の危険因子です。朝晩の家庭血圧の測定をおすすめします。

■ 糖尿病予備群はまず「体重の3%」から
 HbA1c 5.6〜6.4%の方は、体重を3%減らすだけでも数値の改善が期待できます。

■ 二次検査は「年内」に
 健診で「要精密検査」と判定された方は、年内の受診をおすすめしています。

{SIG_ISHIGURO}
""",
    entities=[], detectors=[],
    note="general health newsletter sent in Bcc; no individual's data")

# 053 stop — XLSX of dependants' results without names: voucher no, DOB, address
_xl = [["被扶養者健診 受診結果（2025年9月受診分）"], ["作成：ひので健診センター"],
       ["受診券番号", "生年月日", "性別", "郵便番号", "住所", "身長", "体重", "血圧", "HbA1c", "判定"]]
for _ in range(12):
    _x = person(sex="女", born=(1962, 1988))
    _xl.append([f"25{rng.randint(10000000, 99999999)}", _x["dob"], "女", _x["zip"], _x["addr"],
                rng.randint(148, 168), rng.randint(42, 78),
                f"{rng.randint(104, 168)}/{rng.randint(62, 102)}", rng.randint(51, 72) / 10,
                rng.choice(["異常なし", "要指導", "要医療"])])
add(expect="stop", sender=ISHIGURO, to=[KANKI_KENPO],
    subject="被扶養者健診 9月受診分の結果データ",
    charset="cp932",
    body=f"""関東機械工業健康保険組合
データヘルス担当 ご担当者様

お世話になっております。ひので健診センターの石黒です。
9月に受診された被扶養者の方の結果データ（12件）をお送りします。
「集計」シートに判定区分別の人数をまとめております。

{SIG_ISHIGURO}
""",
    attachments=[{"kind": "xlsx", "name": "被扶養者健診結果_202509.xlsx",
                  "sheets": {"9月受診分": _xl,
                             "集計": [["判定", "人数"], ["異常なし", 4], ["要指導", 5], ["要医療", 3]]}}],
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="12 rows of DOB, home address and results with no name column")

# 054 stop — DOCX table of 5 guidance clients' medication notes to an outsourced vendor
_p = people(5, born=(1962, 1984))
_tbl = [["氏名", "年齢", "支援区分", "服薬状況", "初回面談メモ"]]
_memo = ["降圧剤服用中。減塩に関心あり", "禁煙希望、ニコチン依存の既往", "インスリン導入を主治医と相談中",
         "夜勤あり、間食多い", "脂質異常症で通院中（スタチン）"]
for _x, _m in zip(_p, _memo):
    _tbl.append([_x["name"], _x["age"], rng.choice(["積極的支援", "動機付け支援"]),
                 rng.choice(["あり", "なし"]), _m])
add(expect="stop", sender=ISHIGURO, to=["ヘルスパートナーズ 保健指導チーム <hokenshido@healthpartners-jp.com>"],
    subject="継続支援の引継ぎ（錦印刷様 5名）",
    charset="utf-8",
    body=f"""ヘルスパートナーズ株式会社
保健指導チーム ご担当者様

お世話になっております。ひので健診センターの石黒です。
錦印刷様分の継続支援（3か月目以降）を貴社へ再委託する件、初回面談の記録を
Word でお送りいたします。ご確認をお願いいたします。

{SIG_ISHIGURO}
""",
    attachments=[{"kind": "docx", "name": "初回面談記録_引継ぎ_錦印刷様.docx",
                  "paragraphs": ["特定保健指導 初回面談記録（引継ぎ用）", "対象：錦印刷株式会社 5名"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of 5 named people with medication and medical history to a vendor")

# 055 pass — the same vendor: schedule and counts only
add(expect="pass", sender=ISHIGURO, to=["ヘルスパートナーズ 保健指導チーム <hokenshido@healthpartners-jp.com>"],
    subject="12月の継続支援 実施予定（件数のご連絡）",
    charset="iso-2022-jp",
    body=f"""ヘルスパートナーズ株式会社 保健指導チーム様

お世話になっております。石黒です。
12月の継続支援の予定件数をお知らせします。対象者の詳細は、従来どおり
保健指導システム上でご確認ください（メールではお送りしません）。

　・錦印刷様　　　　 電話支援 12件／面談 3件
　・川崎電機様　　　 電話支援 31件／面談 8件
　・ミナトケミカル様 電話支援  6件

実施率目標は60%です。よろしくお願いいたします。

{SIG_ISHIGURO}
""",
    entities=[], detectors=[],
    note="counts per client; details deliberately kept out of mail")

# 056 stop — client HR, its health insurance society and a lab all in To/Cc
add(expect="stop", sender=TASHIRO,
    to=[KAWA, KDK_KENPO], cc=[TKLAB, HASEBE],
    subject="健診データ連携（XML形式）仕様調整会議のご案内",
    charset="utf-8",
    body=f"""関係者各位

お世話になっております。日の出産業 情報システム部の田代です。
来年度から開始する健診結果データのXML連携について、仕様調整会議を
下記のとおり開催いたします。

  日時：2025年11月18日(火) 15:00-16:30
  場所：オンライン（Teams、URLは前日にお送りします）
  議題：1) 特定健診XML（第4期様式）の項目対応
        2) 外注検査結果の取込タイミング
        3) 送受信方法（SFTP／暗号化）

ご出席の可否を11/11までにお知らせください。

{SIG_TASHIRO}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (client, insurer, lab) see each other in To/Cc")

# 057 pass — client + its insurer, aggregate figures only
add(expect="pass", sender=HASEBE, to=[MINATO], cc=[KANKI_KENPO],
    subject="2025年度 上期 健診・特定保健指導 実施状況のご報告",
    charset="iso-2022-jp",
    body=f"""ミナトケミカル株式会社 総務部 桐生様
関東機械工業健康保険組合 データヘルス担当様

いつもお世話になっております。日の出産業の長谷部です。
上期の実施状況を、以下のとおりご報告いたします。

　　項目　　　　　　　　　　　被保険者　　被扶養者
　　受診者数　　　　　　　　　　２１４名　　　６８名
　　受診率　　　　　　　　　　　９６．４％　　４１．２％
　　特定保健指導 対象者数　　　　３７名　　　　９名
　　初回面談 実施済み　　　　　　２２名　　　　２名

詳細な内訳は次回の定例会でご説明いたします。

{SIG_HASEBE}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations; aggregate numbers only (full-width digits)")

# 058 stop — English results summary with romaji names and DOB
_p = people(6, born=(1970, 1992))
_en = {"D2": "Further examination required", "D1": "Treatment required", "C": "Follow-up",
       "B": "Minor abnormality", "A": "Normal"}
_rows = [["Name", "DOB", "Overall", "Main finding"]]
_fx = ["Hypertension (168/102)", "Elevated ALT/AST – fatty liver suspected", "Normal",
       "Positive fecal occult blood", "HbA1c 7.2% – diabetes suspected", "Abnormal ECG (ST depression)"]
for _x, _f in zip(_p, _fx):
    _g = "A" if _f == "Normal" else rng.choice(["D1", "D2", "C"])
    _rows.append([_x["roma_lf"], _x["dob_iso"], f"{_g} {_en[_g]}", _f])
add(expect="stop", sender=ONODERA, to=["Sarah Lindqvist <s.lindqvist@norrland-pharma.com>"],
    subject="Annual health check – results summary (Tokyo office, October)",
    charset="utf-8",
    body=f"""Dear Ms Lindqvist,

Please find below the summary of the annual health check results for the six staff
members of your Tokyo office who were examined in October. Individual reports in
English have been mailed to their home addresses.

{columns(_rows, gap=3)}

Staff with D1/D2 results will receive a referral letter from us.

Best regards,
Miho Onodera
Result Reporting, Hinode Health Check Center
Tel +81-48-640-2215
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="6 romaji-named staff with DOB and diagnoses to an external HR manager")

# 059 pass — English reply; the five names are only in the quoted part
_p = people(5, born=(1978, 1995))
_q = "\n".join(f"> - {x['roma_lf']}, born {x['dob_iso']}, mobile {x['mobile']}" for x in _p)
add(expect="pass", sender=YOYAKU, to=["Sarah Lindqvist <s.lindqvist@norrland-pharma.com>"],
    subject="Re: Booking request – new joiners",
    charset="utf-8",
    body=f"""Dear Ms Lindqvist,

Thank you for your request. All five of them are confirmed for Tuesday 4 November,
reception 9:00–9:30, at our centre in Omiya. Appointment letters in English will be
posted to your office by Friday.

Kind regards,
Aya Morishita
Reservations, Hinode Health Check Center

On Mon, 27 Oct 2025 at 10:02, Sarah Lindqvist <s.lindqvist@norrland-pharma.com> wrote:
> Dear Ms Morishita,
> Could you please book the pre-employment check for our five new joiners:
{_q}
> Many thanks,
> Sarah
""",
    entities=[], detectors=[],
    note="the five people's details are only in the quoted mail from the recipient")

# 060 stop — PDF table of examinees sent to a partner clinic
_p = people(7, places=HOKKAIDO)
_tab = [["氏名", "フリガナ", "生年月日", "電話", "受診日", "コース"]]
for _x in _p:
    _tab.append([_x["name"], _x["kana"], _x["dob"], _x["mobile"], f"11/{rng.randint(4, 28)}",
                 rng.choice(["定期", "生活習慣病", "雇入時"])])
add(expect="stop", sender=YOYAKU, to=["北辰メディカルセンター 健診課 <kenshin@hokushin-mc.jp>"],
    subject="提携施設での受診者一覧（北国フーズ様 11月分）",
    charset="utf-8",
    body=f"""北辰メディカルセンター 健診課 ご担当者様

お世話になっております。ひので健診センター予約課の森下です。
北国フーズ様の11月受診分（7名）の一覧をPDFでお送りします。
請求は従来どおり当センター宛にお願いいたします。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "pdf", "name": "提携施設受診者一覧_北国フーズ_11月.pdf",
                  "title": "提携施設受診者一覧",
                  "lines": ["提携施設受診者一覧（北国フーズ株式会社 11月分）", ""], "table": _tab}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of 7 examinees with DOB and phone to another clinic")

# 061 pass — one appointment change confirmed to the client's contact
add(expect="pass", sender=YOYAKU, to=[KOHOKU],
    subject="Re: 受診日変更のお願い",
    charset="iso-2022-jp",
    body=f"""杉本様

お世話になっております。予約課の森下です。
受診日変更の件、承知いたしました。営業部の高橋様は10月21日（火）8:30受付に
変更いたしました。受診票の再送は不要です（当日受付で日付を訂正いたします）。

{SIG_YOYAKU}

> 森下様
> 営業部の高橋が出張のため、10/14の受診を別日に変更できますか。
> 港北ロジ 杉本
""",
    entities=[], detectors=[],
    note="one person's appointment date only; name without other personal data")

# 062 stop — one named employee's pregnancy stated to the client
add(expect="stop", sender=YOYAKU, to=[NISHIKI_K],
    subject="受診当日の検査項目変更について",
    charset="cp932",
    body=f"""今井様

いつもお世話になっております。予約課の森下です。
10月14日にご受診予定の総務課 五十嵐 美咲様から、妊娠中（16週）とのお申し出が
ありましたので、胸部X線と胃部X線は中止し、その分の費用はご請求から差し引きます。
腹部エコーは実施可能です。

請求書の内訳に反映いたしますのでご承知おきください。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's pregnancy (health information) told to the employer")

# 063 stop — look-alike of partner midori-ginko.co.jp (ginkou); invoice PDF with T-number
add(expect="stop", sender=YUKI, to=["みどり銀行 人事部 厚生グループ <kousei@midori-ginkou.co.jp>"],
    subject="【請求書】2025年10月分 健診費用",
    charset="utf-8",
    body=f"""みどり銀行 人事部 厚生グループ 御中

いつもお世話になっております。日の出産業の結城です。
10月分の請求書をPDFにてお送りいたします。ご査収ください。

{SIG_YUKI}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2025-10-0412.pdf",
                  "lines": ["請求書", "株式会社みどり銀行 御中", "請求書番号 HS-2025-10-0412",
                            "ご請求金額 4,118,800円（税込）",
                            f"登録番号 T{_tno}", "日の出産業株式会社",
                            "振込先：みどり銀行 大宮支店 普通 1204578"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp")

# 064 pass — quotation to the real partner domain
add(expect="pass", sender=HASEBE, to=[MIDORI],
    subject="お見積書送付（2026年度 支店巡回健診）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 人事部 厚生グループ 御中

いつもお世話になっております。日の出産業の長谷部です。
2026年度の支店巡回健診のお見積りを下記のとおりお送りいたします。

{columns([['区分', '単価', '予定人数', '金額'],
          ['定期健診（巡回）', '7,700円', '412名', '3,172,400円'],
          ['生活習慣病予防健診', '17,600円', '128名', '2,252,800円'],
          ['婦人科オプション', '5,500円', '96名', '528,000円'],
          ['出張費（50名未満支店）', '33,000円', '4支店', '132,000円']], gap=3)}

見積番号：Q-2026-0031（有効期限 2026年1月31日）

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="price quotation to a partner; no people")

# 065 stop — TSV of reminder recipients (name, mobile, e-mail, pattern) to an SMS vendor
_p = people(10)
_rows = [["受診者ID", "氏名", "携帯番号", "メール", "文面"]]
for i, _x in enumerate(_p, 1):
    _rows.append([f"HK-{rng.randint(200000, 299999)}", _x["name"], _x["mobile"].replace("-", ""),
                  _x["email"], rng.choice(["A_再検査", "B_精密検査", "B_精密検査"])])
add(expect="stop", sender=YOYAKU, to=["ひらりメール 運用担当 <ops@hirari-mail.jp>"],
    subject="再検査リマインド 配信リスト（10/28配信分）",
    charset="utf-8",
    body=f"""ひらりメール株式会社 運用ご担当者様

お世話になっております。ひので健診センターの森下です。
10/28 10:00配信分のリストです。文面はA（再検査）／B（精密検査）の2種類です。

{tsv(_rows)}

配信結果レポートは翌営業日にお送りください。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="10 people's names, mobiles and e-mails with their re-examination type to a vendor")

# 066 pass — SMS template with placeholders, counts only
add(expect="pass", sender=YOYAKU, to=["ひらりメール 運用担当 <ops@hirari-mail.jp>"],
    subject="11月配信分の文面（テンプレート）確認のお願い",
    charset="utf-8",
    body=f"""ひらりメール 運用ご担当者様

お世話になっております。森下です。
11月配信分の文面を以下のとおり変更したいので、文字数のご確認をお願いします。

【文面A】
{{氏名}}様 ひので健診センターです。健診後の再検査のご予約はお済みでしょうか。
ご予約は048-640-2210まで。※本SMSは送信専用です

【文面B】
{{氏名}}様 ひので健診センターです。結果票でご案内した精密検査の受診をお願いします。

配信予定件数：A 184件／B 128件（リストは別途システムでアップロードします）

{SIG_YOYAKU}
""",
    entities=[], detectors=[],
    note="message templates with placeholders; no one's data")

# 067 stop — forward of an internal mail (attached .eml) with five people's revised results
_p = people(5, emp="KL")
_inner = "\n".join(f"  {x['emp']}  {x['name']}  {' / '.join(finding(x))}" for x in _p)
add(expect="stop", sender=ONODERA, to=[KOHOKU],
    subject="FW: 判定会議後の修正一覧",
    charset="iso-2022-jp",
    body=f"""杉本様

お世話になっております。小野寺です。
先日お送りした判定一覧のうち、判定会議で修正のあった方について、
社内の連絡メールをそのまま添付で転送いたします。差し替えをお願いします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "eml", "name": "判定会議後の修正一覧.eml",
                  "message": {"sender": SAOTOME, "to": [ONODERA],
                              "subject": "判定会議後の修正一覧（港北ロジ様）",
                              "charset": "iso-2022-jp",
                              "body": f"小野寺さん\n\n本日の判定会議で修正した5名です。"
                                      f"先方への差し替えをお願いします。\n\n{_inner}\n\n早乙女\n"}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached forwarded mail lists 5 named employees' revised judgements")

# 068 pass — forward of an internal mail (attached .eml) about the venue layout only
add(expect="pass", sender=HASEBE, to=[TOHO],
    subject="FW: 巡回健診 当日の会場レイアウトについて",
    charset="utf-8",
    body=f"""平野様

お世話になっております。長谷部です。
当日の会場レイアウトについて、現場責任者からの連絡を転送いたします。
第2会議室の机の配置だけご協力をお願いできれば幸いです。

{SIG_HASEBE}
""",
    attachments=[{"kind": "eml", "name": "会場レイアウト.eml",
                  "message": {"sender": "巡回健診課 現場責任者 <junkai@hinode-sangyo.co.jp>",
                              "to": [HASEBE], "subject": "東邦精工様 会場レイアウト",
                              "charset": "utf-8",
                              "body": "長谷部さん\n\n東邦精工様の会場は以下でお願いします。\n"
                                      "・第1会議室：受付・問診・身体計測\n・第2会議室：採血・心電図（机6台）\n"
                                      "・駐車場：X線車・婦人科車\n動線は受付→計測→採血→X線の一方通行です。\n"}}],
    entities=[], detectors=[],
    note="forwarded internal mail about room layout; no personal data")

# 069 stop — CSV (UTF-8 with BOM) of specific health check data for 30 insured persons
_rows = [["保険者番号", "記号", "番号", "氏名", "生年月日", "性別", "受診日", "腹囲", "BMI",
          "収縮期血圧", "HbA1c", "服薬_血圧", "服薬_血糖"]]
for _ in range(30):
    _x = person(born=(1961, 1986))
    _rows.append(["06139204", rng.randint(3101, 3199), rng.randint(1, 420), _x["name"], _x["dob"],
                  "1" if _x["sex"] == "男" else "2", f"2025/{rng.randint(7, 9)}/{rng.randint(1, 28)}",
                  rng.randint(68, 108), rng.randint(182, 331) / 10, rng.randint(102, 178),
                  rng.randint(50, 86) / 10, rng.choice(["1", "2", "2"]), rng.choice(["1", "2", "2", "2"])])
add(expect="stop", sender=ISHIGURO, to=[KDK_KENPO],
    subject="特定健診データ（第2四半期）送付",
    charset="utf-8",
    body=f"""川崎電機健康保険組合 保健事業課 ご担当者様

お世話になっております。石黒です。
第2四半期の特定健診データ（30件）をCSVにてお送りします。
XML変換前の確認用データです。

{SIG_ISHIGURO}
""",
    attachments=[{"kind": "csv", "name": "tokutei_kenshin_2025Q2.csv", "encoding": "utf-8-sig",
                  "rows": _rows}],
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV of 30 insured persons with insurance numbers, DOB and results")

# 070 stop — one person's health insurance 記号・番号 in full-width digits
add(expect="stop", sender=YOYAKU, to=["川崎電機健保 資格担当 <shikaku@kdk-kenpo.or.jp>"],
    subject="受診券の有効期限についてのお問い合わせ",
    charset="iso-2022-jp",
    body=f"""川崎電機健康保険組合 資格担当 ご担当者様

お世話になっております。ひので健診センター予約課の森下です。
被扶養者の方の受診券について1点お伺いいたします。

　保険証　記号　{fw(str(rng.randint(3101, 3199)))}　番号　{fw(str(rng.randint(1, 99)))}
　被扶養者　佐々木　裕子様

ご提示いただいた受診券の有効期限が２０２５年９月３０日となっておりました。
１１月のご予約で受診券を使用できるか、ご確認いただけますでしょうか。

{SIG_YOYAKU}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"], detectors=["personal_data"],
    note="a named dependant's health insurance 記号・番号 (full-width)")

# 071 pass — billing summary to the insurer: counts and amounts only
add(expect="pass", sender=YUKI, to=["川崎電機健保 給付・請求担当 <seikyu@kdk-kenpo.or.jp>"],
    subject="9月分 受診券利用件数および請求額のご連絡",
    charset="cp932",
    body=f"""川崎電機健康保険組合
給付・請求担当 御中

お世話になっております。日の出産業 業務課の結城です。
9月分の受診券利用状況を以下のとおりご連絡いたします。

　・特定健診（被扶養者）　　 52件　　572,000円
　・人間ドック補助　　　　　 18件　　360,000円
　・婦人科検診補助　　　　　 23件　　115,000円
　　合計　　　　　　　　　　 93件　1,047,000円

明細は代行機関経由で送付済みです。

{SIG_YUKI}
""",
    entities=[], detectors=[],
    note="aggregate billing figures to an insurer")

# 072 stop — request for quotation to three competing labs, all in To
add(expect="stop", sender=SEKIGUCHI, to=[TKLAB, MEDILAB, KKBIO],
    subject="外注検査 相見積もりのお願い（2026年度）",
    charset="utf-8",
    body=f"""各社 ご担当者様

いつもお世話になっております。ひので健診センター検査科の関口です。
2026年度の外注検査について、相見積もりをお願いしたくご連絡いたしました。

 - 対象項目：HbA1c、LDL-C（直接法）、eGFR、腫瘍マーカー（CEA, CA19-9, PSA）
 - 想定件数：年間 約28,000件（HbA1c）、その他は別紙のとおり
 - 提出期限：2025年11月28日（金）

ご不明な点は関口までお問い合わせください。

{SIG_SEKIGUCHI}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing laboratories in To can see each other; should be Bcc")

# 073 pass — the same kind of request sent to one laboratory only
add(expect="pass", sender=SEKIGUCHI, to=[KKBIO],
    subject="2026年度 外注検査のお見積り依頼",
    charset="iso-2022-jp",
    body=f"""北関東バイオ検査株式会社
営業課 ご担当者様

お世話になっております。ひので健診センター検査科の関口です。
来年度の外注検査について、お見積りをお願いできますでしょうか。
（他社様にも同様にご依頼しております）

　・HbA1c　　　　　　　　年間 約28,000件
　・LDL-C（直接法）　　　年間 約26,500件
　・腫瘍マーカー　　　　　年間 約3,200件
　・集荷：平日1回（17時）、巡回健診日は追加集荷あり

提出期限は11月28日（金）です。よろしくお願いいたします。

{SIG_SEKIGUCHI}
""",
    entities=[], detectors=[],
    note="single external recipient; volumes and items only")

# 074 stop — XLSX of per-client contract prices marked 極秘 (title row and page header)
_xl = [["【極秘】法人別 契約単価一覧（2026年度案）"], [],
       ["法人名", "一般健診", "生活習慣病予防健診", "人間ドック", "値引率"],
       ["川崎電機株式会社", 7920, 16720, 39600, "10%"],
       ["青葉運輸株式会社", 8360, 17600, 41800, "5%"],
       ["北国フーズ株式会社", 8800, 18700, 44000, "0%"],
       ["東邦精工株式会社", 8140, 17160, 40700, "7.5%"],
       ["みどり銀行", 7700, 16500, 38500, "12.5%"]]
add(expect="stop", sender=HASEBE, to=[NISHIKI_K],
    subject="単価表の件",
    charset="utf-8",
    body=f"""今井様

お世話になっております。長谷部です。
先日お話しした単価の件、参考までに資料を添付いたします。
ご検討のほどよろしくお願いいたします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "2026年度_法人契約単価表.xlsx", "page_header": "極秘",
                  "sheets": {"単価表": _xl}}],
    entities=[], detectors=["confidential_marking"],
    note="attached XLSX is marked 極秘 in its title row and page header")

# 075 pass — the word 社外秘 only mentioned (a refusal), not a marking
add(expect="pass", sender=HASEBE, to=[KOHOKU],
    subject="Re: 他社事例資料のご依頼について",
    charset="iso-2022-jp",
    body=f"""杉本様

お世話になっております。長谷部です。
ご依頼いただいた他社様の健康経営の事例資料ですが、弊社の規程上「社外秘」扱いの
資料となっており、メールでのお送りは控えさせていただいております。
次回ご訪問の際にお持ちし、その場でご覧いただく形でもよろしいでしょうか。

公開可能な事例（弊社Webサイト掲載分）のURLは以下です。
https://www.hinode-sangyo.co.jp/kenshin/case/

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="mentions 社外秘 as the reason not to send a document; not a marking")

# 076 stop — DOCX manual excerpt stamped 部外秘 in its header, to a partner clinic
add(expect="stop", sender=SEKIGUCHI, to=["青空クリニック 健診受付 <uketsuke@aozora-clinic.jp>"],
    subject="採血・検体取扱い手順（抜粋）の共有",
    charset="utf-8",
    body=f"""青空クリニック 健診受付ご担当者様

お世話になっております。ひので健診センター検査科の関口です。
提携施設として受診者を受け入れていただくにあたり、当センターの検体取扱い手順の
抜粋をお送りします。冷蔵保管と集荷時刻だけご確認いただければ結構です。

{SIG_SEKIGUCHI}
""",
    attachments=[{"kind": "docx", "name": "健診業務マニュアル_検体取扱い_抜粋.docx",
                  "page_header": "部外秘　ひので健診センター 検査科",
                  "title": "健診業務マニュアル（抜粋）",
                  "paragraphs": ["健診業務マニュアル 第4章 検体の取扱い（抜粋）",
                                 "4.1 採血管は採血後30分以内に遠心分離する。",
                                 "4.2 血清は2〜8℃で冷蔵保管し、当日17時の集荷で外注先へ引き渡す。",
                                 "4.3 溶血・凝固を認めた場合は再採血の可否を医師に確認する。",
                                 "4.4 検体ラベルの受診者IDと依頼書の照合を二名で行う。"]}],
    entities=[], detectors=["confidential_marking"],
    note="attached DOCX carries a 部外秘 marking in its page header")

# 077 stop — one block per person: five new hires with home address and mobile
_p = people(5, born=(2000, 2003))
_blk = "\n\n".join(
    f"【{i}】\n　氏名　　：{x['name']}（{x['kana']}）\n　生年月日：{x['dob']}\n"
    f"　住所　　：〒{x['zip']} {x['addr']}\n　携帯　　：{x['mobile']}"
    for i, x in enumerate(_p, 1))
add(expect="stop", sender=YOYAKU, to=[MINATO],
    subject="雇入時健診 受診票作成のための登録内容確認",
    charset="utf-8",
    body=f"""ミナトケミカル株式会社
総務部 桐生様

いつもお世話になっております。予約課の森下です。
受診票（ご自宅郵送分）を作成するにあたり、お預かりした登録内容を下記のとおり
入力いたしました。誤りがないかご確認ください。

{_blk}

ご確認後、問題なければ11/4に受診票を発送いたします。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five records (one block per person) with DOB, home address and mobile")

# 078 pass — three new hires on one line each (under five records)
_p = people(3, born=(2001, 2003))
add(expect="pass", sender=YOYAKU, to=[TOHO],
    subject="Re: 中途入社者の雇入時健診",
    charset="cp932",
    body=f"""平野様

お世話になっております。予約課の森下です。
ご依頼の3名様、11月11日（火）9:00で承りました。当日の連絡先として以下で
登録しております。

""" + "\n".join(f"{i}) {x['name']}様（{x['dob']}生・携帯 {x['mobile']}）" for i, x in enumerate(_p, 1)) + f"""

受診票は御社宛にまとめてお送りします。

{SIG_YOYAKU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's records to a client: under five, may warn")

# 079 pass — internal only: password-protected ZIP to head-office HR
add(expect="pass", sender=ONODERA, to=["本社人事部 <jinji@hinode-sangyo.co.jp>"],
    cc=["産業保健スタッフ <sangyo-hoken@mail.hinode-sangyo.co.jp>"],
    subject="【社内】本社社員 健診結果データ（パスワード付）",
    charset="iso-2022-jp",
    body="""人事部 ご担当者様

お疲れさまです。健診センターの小野寺です。
本社社員分の健診結果データ（11月受診分）をパスワード付ZIPでお送りします。
パスワードは社内チャットでお伝えします。

小野寺（内線 3215）
""",
    attachments=[{"kind": "zip", "name": "本社社員_健診結果_202511.zip", "password": "hs-honsha-1125",
                  "files": [{"kind": "csv", "name": "result.csv",
                             "rows": [["社員番号", "判定"], ["HS10021", "C"], ["HS10388", "A"]]}]}],
    entities=[], detectors=[],
    note="encrypted ZIP but every recipient is internal: allowed")

# 080 pass — bulleted list of optional tests and prices
add(expect="pass", sender=HASEBE, to=[KITA],
    subject="オプション検査のご案内（2026年度）",
    charset="iso-2022-jp",
    body=f"""佐久間様

お世話になっております。長谷部です。
来年度のオプション検査の一覧をお送りします。従業員の方への周知にご活用ください。

・腫瘍マーカー（CEA・CA19-9）……3,300円
・PSA（前立腺がん、50歳以上の男性）……2,750円
・乳がん検診（マンモグラフィ2方向）……5,500円
・子宮頸がん検診（細胞診）……3,850円
・ピロリ菌抗体……2,200円
・骨密度（DXA）……2,750円

いずれも当日追加が可能です（マンモグラフィは要予約）。

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="price list of optional tests; no person")

# 081 stop — look-alike of partner kitaguni-foods.co.jp (co. dropped)
add(expect="stop", sender=YOYAKU, to=["佐久間 <sakuma@kitaguni-foods.jp>"],
    subject="巡回健診 当日のタイムスケジュール（江別工場）",
    charset="utf-8",
    body=f"""佐久間様

お世話になっております。予約課の森下です。
11月19日の江別工場での巡回健診、当日の流れをお送りします。

  7:00  健診車到着・設営
  7:45  受付開始（夜勤明けの方を優先）
  9:30  第1班（製造ライン）
 11:00  第2班（品質管理・物流）
 13:30  第3班（事務所）
 15:30  撤収

休憩室を待合としてお借りできますと助かります。

{SIG_YOYAKU}
""",
    entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods.jp drops co. from partner domain kitaguni-foods.co.jp")

# 082 stop — look-alike of partner tsubasa-system.jp; error log with three examinees
_p = people(3)
_log = "\n".join(
    f"2025-10-22 09:{14 + i:02d}:{rng.randint(10, 59)} ERROR ImportResult: duplicate key "
    f"(name={x['name']}, birth={x['dob_iso']}, course=DOCK01)" for i, x in enumerate(_p))
add(expect="stop", sender=TASHIRO, to=["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
    subject="【障害】結果取込で重複エラー（TS-2025-0431）",
    charset="utf-8",
    body=f"""ツバサシステム サポートデスク ご担当者様

日の出産業の田代です。本日朝の結果取込バッチで下記エラーが出ております。
ログを貼り付けますので、原因の調査をお願いいたします。

{_log}

取込対象 412件中 3件がエラー、残りは正常終了しています。

{SIG_TASHIRO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp; log has 3 people's names/DOB")

# 083 stop — password ZIP with the password written in the same mail
add(expect="stop", sender=ONODERA, to=[TOHO],
    subject="健診結果一覧（10月分）",
    charset="cp932",
    body=f"""平野様

お世話になっております。小野寺です。
10月分の健診結果一覧をお送りします。

　添付ファイル：東邦精工様_結果一覧_202510.zip
　パスワード　：Toho2510!

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "東邦精工様_結果一覧_202510.zip", "password": "Toho2510!",
                  "files": [{"kind": "xlsx", "name": "結果一覧.xlsx",
                             "sheets": {"10月": [["氏名", "判定"]] +
                                        [[x["name"], finding(x)[0]] for x in people(11)]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP cannot be inspected, even with the password in the mail")

# 084 pass — plain ZIP of a brochure PDF and a price CSV
add(expect="pass", sender=HASEBE, to=["疾風工業 総務部 仁科様 <soumu@hayate-kogyo.co.jp>"],
    subject="パンフレット一式の送付",
    charset="utf-8",
    body=f"""仁科様

お世話になっております。長谷部です。
社内回覧用にパンフレットと料金表をZIPにまとめました（パスワードはありません）。

{SIG_HASEBE}
""",
    attachments=[{"kind": "zip", "name": "ひので健診センター_ご案内.zip",
                  "files": [{"kind": "pdf", "name": "パンフレット.pdf",
                             "lines": ["ひので健診センター ご案内", "大宮駅西口から徒歩5分",
                                       "土曜・早朝健診に対応", "女性専用フロアあり"]},
                            {"kind": "csv", "name": "料金表.csv", "encoding": "cp932",
                             "rows": [["コース", "料金"], ["定期健診", "8800"],
                                      ["生活習慣病予防健診", "19800"], ["人間ドック", "44000"]]}]}],
    entities=[], detectors=[],
    note="unencrypted ZIP of a brochure and price list")

# 085 stop — text + HTML: stress-check high-stress list to an outside occupational physician
_p = people(6)
_st = [[x["name"], rng.choice(["配車課", "倉庫管理課", "営業部", "経理課"]),
        rng.choice(["高ストレス（A）", "高ストレス（B）"]), rng.choice(["希望あり", "未回答"])] for x in _p]
add(expect="stop", sender=ISHIGURO, to=["霞産業医事務所 黒川先生 <dr.kurokawa@kasumi-sangyoi.jp>"],
    subject="ストレスチェック 高ストレス者一覧（港北ロジ様）",
    charset="utf-8",
    body=f"""黒川先生

いつもお世話になっております。保健指導室の石黒です。
港北ロジ様のストレスチェックで高ストレスと判定された方の一覧です。
面接指導の日程調整をお願いいたします。

{columns([['氏名', '所属', '判定', '面接指導']] + _st)}

{SIG_ISHIGURO}
""",
    html="<html><body><p>黒川先生</p><p>港北ロジ様のストレスチェックで高ストレスと判定された方の一覧です。</p>"
         "<table border='1'><tr><th>氏名</th><th>所属</th><th>判定</th><th>面接指導</th></tr>"
         + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _st)
         + "</table><p>石黒 真理子</p></body></html>",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="6 named employees' stress-check results (mental health) to an outside physician")

# 086 pass — health committee agenda to the same physician, aggregates only
add(expect="pass", sender=ISHIGURO, to=["霞産業医事務所 黒川先生 <dr.kurokawa@kasumi-sangyoi.jp>"],
    subject="11月 衛生委員会の議題（港北ロジ様）",
    charset="iso-2022-jp",
    body=f"""黒川先生

お世話になっております。石黒です。
11月20日の衛生委員会の議題案をお送りします。

　１．定期健診の受診状況（受診率９８．１％、未受診７名）
　２．二次検査の受診勧奨状況（対象４２名、受診報告２６名）
　３．ストレスチェック集団分析の結果（部署別の傾向）
　４．冬季の感染症対策

集団分析は１０名未満の部署を合算して表示しております。

{SIG_ISHIGURO}
""",
    entities=[], detectors=[],
    note="committee agenda with aggregate figures only")

# 087 pass — internal mail marked 社外秘 with a list of examinees
_p = people(5)
add(expect="pass", sender=SAOTOME, to=["判定医チーム <dr-team@kenshin.hinode-sangyo.co.jp>"],
    cc=[SEKIGUCHI],
    subject="【社外秘】精度管理 内部監査の指摘事項と該当受診者",
    charset="cp932",
    body="""【社外秘】

判定医の先生方、検査科 関口さん

内部監査で、外注検査結果の転記誤りが5件見つかりました。該当受診者は以下のとおりです。
結果票の再発行要否を今週中に判断してください。

""" + "\n".join(f"　・{x['name']}（{x['dob']}）　{finding(x)[2]} の転記" for x in _p) + f"""

早乙女
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="marked 社外秘 and carries results, but every recipient is internal")

# 088 pass — branch-level schedule (businesses) padded with full-width spaces
_br = [["支店", "実施日", "予定人数", "会場"],
       ["大宮支店", "1/13", "42", "2F会議室"], ["浦和支店", "1/15", "38", "3F会議室"],
       ["川越支店", "1/20", "27", "応接室"], ["所沢支店", "1/22", "31", "2F会議室"],
       ["春日部支店", "1/27", "19", "健診車"], ["熊谷支店", "1/29", "24", "健診車"]]
add(expect="pass", sender=YOYAKU, to=[MIDORI],
    subject="1月 支店巡回健診の日程（確定）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 人事部 厚生グループ 御中

いつもお世話になっております。ひので健診センター予約課の森下です。
1月の支店巡回健診の日程が確定しましたのでお知らせします。

{columns([[fw(c) for c in r] for r in _br], gap=2, fill='　', rule='─')}

各支店のご担当者様への周知をお願いいたします。

{SIG_YOYAKU}
""",
    entities=[], detectors=[],
    note="schedule per bank branch; businesses, not people")

# 089 stop — the subject line names a person and his liver test results
add(expect="stop", sender=ONODERA, to=[KAWA],
    subject="設計部 鈴木 一郎様 肝機能再検査の結果について",
    charset="utf-8",
    body=f"""小川様

お世話になっております。小野寺です。
標記の件、10月17日の再検査の結果、AST 88／ALT 132／γ-GTP 214 と引き続き高値で、
腹部エコーでは中等度の脂肪肝を認めました。消化器内科への紹介状を発行済みです。
ご本人には飲酒量の見直しについても医師から説明しております。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's re-examination results in the subject and body")

# 090 pass — reply in '>' style; the person's condition is only in the quote
add(expect="pass", sender=YOYAKU, to=[KAWA],
    subject="Re: 再検査日程のご相談",
    charset="iso-2022-jp",
    body=f"""小川様

お世話になっております。予約課の森下です。
ご相談の件、11月5日（水）9:30で枠をお取りしました。
前日21時以降は絶食でお越しいただくよう、お伝えいただけますと幸いです。

{SIG_YOYAKU}

小川 恵美 wrote:
> 森下様
> 設計部の鈴木ですが、肝機能の数値が悪く、紹介先で腹部CTも受けるよう
> 言われたそうです。貴センターでCTの予約は取れますでしょうか。
> 11月第1週でお願いできれば助かります。
""",
    entities=[], detectors=[],
    note="the health detail is only in the quoted text from the recipient")

# 091 stop — legacy XLS of ECG reading requests (names, findings, history) to a reading centre
_p = people(6, born=(1958, 1980))
_xls = [["受診番号", "氏名", "性別", "年齢", "自動解析所見", "既往歴"]]
for _x in _p:
    _xls.append([f"D{rng.randint(250000, 259999)}", _x["name"], _x["sex"], _x["age"],
                 rng.choice(["ST低下", "左室肥大", "心房細動疑い", "陰性T波", "QT延長"]),
                 rng.choice(["高血圧", "なし", "狭心症（ステント留置）", "糖尿病", "なし"])])
add(expect="stop", sender=SEKIGUCHI, to=["遠隔読影センター 受付 <request@ydc-imaging.jp>"],
    subject="心電図 判読依頼（10/20分）",
    charset="cp932",
    body=f"""遠隔読影センター 受付ご担当者様

お世話になっております。ひので健診センター検査科の関口です。
本日の心電図判読依頼分（6件）の依頼票をお送りします。波形データはポータルに
アップロード済みです。

{SIG_SEKIGUCHI}
""",
    attachments=[{"kind": "xls", "name": "心電図判読依頼_1020.xls", "sheets": {"依頼": _xls}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="legacy XLS of 6 named examinees with ECG findings and medical history")

# 092 pass — upload notice to the reading centre, counts only
add(expect="pass", sender=SEKIGUCHI, to=["遠隔読影センター 受付 <request@ydc-imaging.jp>"],
    subject="胸部X線 本日分アップロード完了のご連絡",
    charset="utf-8",
    body=f"""遠隔読影センター 受付ご担当者様

お世話になっております。関口です。
本日分の画像をポータルにアップロードしました。

  - 胸部X線（直接）：124件　バッチ番号 CXR-20251021-A
  - 胃部X線：38件　バッチ番号 UGI-20251021-A

読影結果は10/24（金）までにお願いいたします。

{SIG_SEKIGUCHI}
""",
    entities=[], detectors=[],
    note="batch numbers and counts only")

# 093 stop — a full card number repeated back to the examinee's own free-mail address
_card = new_card()
add(expect="stop", sender=YUKI, to=["小鳥遊 奈々 <n.takanashi@icloud.com>"],
    subject="オプション検査料金のお支払いについて",
    charset="utf-8",
    body=f"""小鳥遊 奈々 様

ひので健診センター 業務課の結城でございます。
先日のご受診時のオプション検査料金につきまして、決済が完了しておりませんでした。
お電話で伺った下記のカードで再度決済いたしますので、内容をご確認ください。

  カード番号：{_card}
  有効期限　：11/27
  金額　　　：8,250円（マンモグラフィ・骨密度）

お手数ですが、相違がございましたらご返信ください。

{SIG_YUKI}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["freemail_recipient", "personal_data"],
    note="a full credit card number in the mail, to a free-mail address")

# 094 either — department aggregates with a cell so small it points at one person
add(expect="either", sender=HASEBE, to=[KITA],
    subject="部署別 有所見率の集計（ご依頼分）",
    charset="cp932",
    body=f"""佐久間様

お世話になっております。長谷部です。
ご依頼の部署別集計をお送りします。

{columns([['部署', '受診者数', '有所見者', '要精密検査'],
          ['製造部', '184', '97', '21'],
          ['物流部', '62', '35', '8'],
          ['営業部', '41', '19', '4'],
          ['品質保証課', '3', '2', '1（胸部X線）'],
          ['総務部', '17', '6', '1']], gap=3)}

品質保証課は人数が少ないため、取扱いにはご注意ください。

{SIG_HASEBE}
""",
    entities=[], detectors=[],
    note="aggregate table, but a 3-person department's cell may single out one person's X-ray finding")

# 095 stop — XLSX of dependants with a My Number column to the insurer
_rows = [["被扶養者健診 申込者一覧"], [],
         ["被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "個人番号", "住所"]]
for _ in range(6):
    _h = person(sex="男", born=(1965, 1985))
    _s = person(sex="女", born=(1966, 1988))
    _mn = new_my_number()
    _rows.append([_h["name"], f"{_h['sei']} {_s['mei']}", "配偶者", _s["dob"], _mn,
                  f"〒{_h['zip']} {_h['addr']}"])
add(expect="stop", sender=YOYAKU, to=[KANKI_KENPO],
    subject="被扶養者健診の申込者一覧（ミナトケミカル様分）",
    charset="utf-8",
    body=f"""関東機械工業健康保険組合 ご担当者様

お世話になっております。ひので健診センター予約課の森下です。
ミナトケミカル様経由でお申込みのあった被扶養者健診6名分の一覧を添付いたします。
貴組合の様式に合わせて個人番号の列も入力しております。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "xlsx", "name": "被扶養者健診_申込者一覧_ミナトケミカル.xlsx",
                  "sheets": {"申込者": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 dependants with マイナンバー, DOB and address in an XLSX")

# 096 pass — internal: a part-time doctor's My Number for the payment record
_x = person(sex="男", born=(1960, 1975))
_mn = new_my_number()
add(expect="pass", sender=YUKI, to=["経理部 支払調書担当 <keiri@hinode-sangyo.co.jp>"],
    subject="非常勤医師の報酬支払調書用 個人番号のご連絡",
    charset="iso-2022-jp",
    body=f"""経理部 支払調書ご担当者様

お疲れさまです。ヘルスケア事業部 業務課の結城です。
今年度から判定医として勤務いただいている非常勤医師の個人番号をご連絡します。
本人確認書類の写しは社内便でお送りしました。

　氏名　　：{_x['name']}
　住所　　：〒{_x['zip']} {_x['addr']}
　個人番号：{_mn}

よろしくお願いいたします。
結城
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="My Number, but the only recipient is internal")

# 097 either — overtime interview request for one named employee to the contracted physician
add(expect="either", sender=ISHIGURO, to=["霞産業医事務所 黒川先生 <dr.kurokawa@kasumi-sangyoi.jp>"],
    subject="長時間労働者の面接指導のお願い（港北ロジ様）",
    charset="iso-2022-jp",
    body=f"""黒川先生

お世話になっております。石黒です。
港北ロジ様より、10月の時間外労働が月98時間となった配車課の外間 浩二様について、
面接指導の申出があったと連絡がありました。ご本人の希望は11月上旬の夕方です。
ご都合のよい日時をお知らせいただけますでしょうか。

{SIG_ISHIGURO}
""",
    entities=["PERSON_NAME"], detectors=[],
    note="one named worker's overtime-interview request to the client's own occupational physician; no diagnosis")

# 098 pass — hotel venue + client (two organisations); four staff mobiles on the day
_p = people(4)
add(expect="pass", sender=HASEBE,
    to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"], cc=[NISHIKI_K],
    subject="12/2 会場健診（鳳凰の間）当日の連絡先",
    charset="utf-8",
    body=f"""さくらホテル 宴会営業ご担当者様
（cc：錦印刷株式会社 今井様）

お世話になっております。日の出産業の長谷部です。
12月2日の会場健診について、当日の現場スタッフの連絡先をお知らせします。
搬入は7:00、撤収は16:30を予定しております。

""" + "\n".join(f"　{pad(x['name'], 14)}{pad(r, 16)}{x['mobile']}"
                for x, r in zip(_p, ["現場責任者", "受付リーダー", "X線技師", "看護師"])) + f"""

電源（100V×6口）と長机12台のご用意をお願いいたします。

{SIG_HASEBE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["multiple_external_domains", "personal_data"],
    note="two external organisations; four staff members' mobiles (under five)")

# 099 pass — map image and a general guide PDF
add(expect="pass", sender=YOYAKU, to=[KOHOKU],
    subject="受診の手引きと地図の送付",
    charset="iso-2022-jp",
    body=f"""杉本様

お世話になっております。予約課の森下です。
受診者の皆様へ配布いただく「受診の手引き」と地図をお送りします。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "png", "name": "map_omiya.png"},
                 {"kind": "pdf", "name": "受診の手引き.pdf", "title": "受診の手引き",
                  "lines": ["受診の手引き", "1. 前日21時以降は絶食してください。",
                            "2. 当日は保険証と問診票をお持ちください。",
                            "3. 検便は2日分を採取してください。",
                            "4. 受付：ひのでメディカルビル3F（JR大宮駅西口 徒歩5分）"]}],
    entities=[], detectors=[],
    note="general guide and a map; no personal data")

# 100 stop — CSV (cp932) of foreign trainees with romaji names and residence card numbers
_rows = [["No", "氏名（ローマ字）", "フリガナ", "生年月日", "在留カード番号", "通訳"]]
_tr = [("NGUYEN THI HOA", "グエン ティ ホア"), ("TRAN VAN MINH", "チャン ヴァン ミン"),
       ("PHAM THI LAN", "ファム ティ ラン"), ("LE VAN DUC", "レ ヴァン ドゥック"),
       ("SANTOS MARIA CLARA", "サントス マリア クララ"), ("REYES JOHN PAUL", "レイエス ジョン ポール")]
for i, (rn, kn) in enumerate(_tr, 1):
    _rows.append([i, rn, kn, f"{rng.randint(1996, 2004)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                  f"{rng.choice(['AB', 'EH', 'UK', 'RJ'])}{rng.randint(10000000, 99999999)}"
                  f"{rng.choice(['CD', 'FA', 'JC', 'ZE'])}",
                  "ベトナム語" if i <= 4 else "英語"])
add(expect="stop", sender=YOYAKU, to=[KITA],
    subject="技能実習生の雇入時健診 受診者確認",
    charset="cp932",
    body=f"""佐久間様

お世話になっております。予約課の森下です。
江別工場の技能実習生6名の雇入時健診につきまして、受付時の本人確認用に
在留カード番号を含む一覧を作成しました。内容をご確認ください。

{SIG_YOYAKU}
""",
    attachments=[{"kind": "csv", "name": "jisshusei_kakunin.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="CSV of 6 romaji-named trainees with DOB and 在留カード numbers")

assert len(MESSAGES) == 100, len(MESSAGES)
