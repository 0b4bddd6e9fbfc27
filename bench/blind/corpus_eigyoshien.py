"""Blind evaluation corpus — area: eigyoshien (営業支援).

Sales support mail of 日の出産業株式会社: 提案書・事例紹介の作成, 顧客向けセミナーの運営,
導入事例の取材と掲載許諾, 見積の作成支援, 販売代理店への資料提供.

Everything in this file is invented: people, companies, domains, phone numbers,
addresses, My Numbers, card numbers, identity document numbers. It was written blind,
from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without reading
mailguard's code, rules, tests or the other corpus files.

This wave leans to ordinary mail: most pass messages come close to the line (short lists,
quoted lists, business lists, NDA talk, disclaimers, numbers that look like identifiers,
free-mail and three-way mail) without crossing it.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 39201
rng = random.Random(SEED)

ORG = "hinode-sangyo.co.jp"

# ---------------------------------------------------------------------------------------
# invented people

SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
    ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"),
    ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤原", "フジワラ", "fujiwara"),
    ("岡田", "オカダ", "okada"), ("後藤", "ゴトウ", "goto"), ("長谷川", "ハセガワ", "hasegawa"),
    ("村上", "ムラカミ", "murakami"), ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"),
    ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"), ("東海林", "ショウジ", "shoji"),
    ("四十物", "アイモノ", "aimono"), ("百目鬼", "ドウメキ", "domeki"),
    ("五百旗頭", "イオキベ", "iokibe"), ("薬袋", "ミナイ", "minai"),
    ("小鳥遊", "タカナシ", "takanashi"), ("鬼頭", "キトウ", "kito"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("一戸", "イチノヘ", "ichinohe"),
    ("久慈", "クジ", "kuji"), ("宇佐美", "ウサミ", "usami"), ("仲宗根", "ナカソネ", "nakasone"),
    ("比嘉", "ヒガ", "higa"), ("九十九", "ツクモ", "tsukumo"), ("猪狩", "イガリ", "igari"),
]
GIVEN = [
    ("翔太", "ショウタ", "shota"), ("美咲", "ミサキ", "misaki"), ("大輔", "ダイスケ", "daisuke"),
    ("由美子", "ユミコ", "yumiko"), ("健一", "ケンイチ", "kenichi"), ("彩花", "アヤカ", "ayaka"),
    ("拓也", "タクヤ", "takuya"), ("恵", "メグミ", "megumi"), ("誠", "マコト", "makoto"),
    ("奈々", "ナナ", "nana"), ("浩二", "コウジ", "koji"), ("千尋", "チヒロ", "chihiro"),
    ("隆", "タカシ", "takashi"), ("真由美", "マユミ", "mayumi"), ("亮", "リョウ", "ryo"),
    ("沙織", "サオリ", "saori"), ("修", "オサム", "osamu"), ("智子", "トモコ", "tomoko"),
    ("雄一", "ユウイチ", "yuichi"), ("優花", "ユウカ", "yuka"), ("和也", "カズヤ", "kazuya"),
    ("明美", "アケミ", "akemi"), ("慎吾", "シンゴ", "shingo"), ("香織", "カオリ", "kaori"),
    ("昌平", "ショウヘイ", "shohei"), ("紗希", "サキ", "saki"), ("達郎", "タツロウ", "tatsuro"),
]

_used: set[tuple[str, str]] = set()


def person() -> dict:
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if (s[0], g[0]) not in _used:
            _used.add((s[0], g[0]))
            break
    return {"name": f"{s[0]} {g[0]}", "name_nosp": s[0] + g[0], "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2].capitalize()} {s[2].capitalize()}",
            "ROMAJI": f"{s[2].upper()} {g[2].upper()}", "sur": s, "given": g}


def people(n: int) -> list[dict]:
    return [person() for _ in range(n)]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(ac: str) -> str:
    if len(ac) == 2:
        return f"{ac}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(ac) == 3:
        return f"{ac}-{rng.randint(200, 899)}-{rng.randint(1000, 9999)}"
    return f"{ac}-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


def email(p: dict, domain: str) -> str:
    g, s = p["given"][2], p["sur"][2]
    style = rng.randrange(4)
    local = [f"{g}.{s}", f"{s}-{g[0]}", f"{g[0]}.{s}", f"{s}{rng.randint(1, 99)}"][style]
    return f"{local}@{domain}"


ADDR = [
    ("東京都", "世田谷区桜丘"), ("東京都", "練馬区石神井町"), ("神奈川県", "横浜市港北区日吉本町"),
    ("埼玉県", "さいたま市浦和区常盤"), ("千葉県", "船橋市前原西"), ("大阪府", "豊中市本町"),
    ("愛知県", "名古屋市千種区覚王山通"), ("福岡県", "福岡市早良区西新"),
    ("北海道", "札幌市白石区本郷通"), ("宮城県", "仙台市青葉区上杉"), ("兵庫県", "西宮市甲子園口"),
    ("静岡県", "浜松市中央区高丘東"), ("京都府", "京都市左京区下鴨松原町"),
]


def address(with_zip: bool = True) -> str:
    pref, city = rng.choice(ADDR)
    a = f"{pref}{city}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    if with_zip:
        return f"〒{rng.randint(100, 989)}-{rng.randint(0, 9999):04d} {a}"
    return a


def dob() -> tuple[int, int, int]:
    return rng.randint(1962, 1999), rng.randint(1, 12), rng.randint(1, 28)


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if y >= 1989:
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if short:
        return f"{ab}{ey}.{m}.{d}"
    return f"{era}{ey}年{m}月{d}日"


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    gap = n - width(s)
    if fill == "　":
        return s + "　" * (gap // 2) + (" " if gap % 2 else "")
    return s + fill * max(gap, 0)


def columns(header: list[str], rows: list[list[str]], fill: str = " ", rule: str = "-") -> str:
    ws = [max(width(str(r[i])) for r in [header] + rows) + 2 for i in range(len(header))]
    lines = ["".join(pad(str(c), w, fill) for c, w in zip(header, ws)).rstrip()]
    lines.append(rule * ((sum(ws) - 2) // width(rule)))
    for r in rows:
        lines.append("".join(pad(str(c), w, fill) for c, w in zip(r, ws)).rstrip())
    return "\n".join(lines)


def html_table(header: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{h}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{c}</td>" for c in r)
        + "</tr>" for r in rows)
    return f"<table style=\"border-collapse:collapse\"><tr>{th}</tr>{body}</table>"


def corporate_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def my_number_ok(num: str) -> bool:
    body = [int(c) for c in num[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(num[11]) == (0 if r <= 1 else 11 - r)


def not_luhn(num: str) -> str:
    """Change the last digit until the number fails Luhn (an order number, not a card)."""
    while luhn_ok(num):
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    return num


def not_my_number(num: str) -> str:
    while my_number_ok(num):
        num = num[:-1] + str((int(num[-1]) + 1) % 10)
    return num


# ---------------------------------------------------------------------------------------
# invented organisations

CUSTOMERS = [
    ("湊精機株式会社", "minato-seiki.co.jp", "03"),
    ("東海化成工業株式会社", "tokai-kasei.co.jp", "052"),
    ("山彦建設株式会社", "yamabiko-kensetsu.co.jp", "022"),
    ("丸福ロジテック株式会社", "marufuku-logi.co.jp", "06"),
    ("朝凪化学株式会社", "asanagi-chem.co.jp", "082"),
    ("たちばな医療器株式会社", "tachibana-iryoki.co.jp", "03"),
    ("椿ファーマ株式会社", "tsubaki-pharma.co.jp", "06"),
    ("銀河フードサービス株式会社", "ginga-fs.co.jp", "092"),
    ("三ツ星電装株式会社", "mitsuboshi-denso.co.jp", "0566"),
    ("紅工業株式会社", "kurenai-kogyo.co.jp", "048"),
    ("花水木テック株式会社", "hanamizuki-tec.co.jp", "045"),
    ("常盤プラント株式会社", "tokiwa-plant.co.jp", "029"),
    ("学校法人青嵐学園", "seiran-u.ac.jp", "042"),
    ("北辰エンジニアリング株式会社", "hokushin-eng.co.jp", "011"),
]


def attendee(company: tuple[str, str, str] | None = None) -> dict:
    c = company or rng.choice(CUSTOMERS)
    p = person()
    p["company"], p["domain"] = c[0], c[1]
    p["tel"] = landline(c[2]) if rng.random() < 0.6 else mobile()
    p["mobile"] = mobile()
    p["email"] = email(p, c[1])
    p["dept"] = rng.choice(["総務部", "情報システム部", "製造部 生産技術課", "購買部", "経営企画室",
                            "設備保全課", "品質保証部", "営業部", "DX推進室", "物流管理部"])
    p["title"] = rng.choice(["部長", "課長", "係長", "主任", "", "", "マネージャー", "担当"])
    return p


# ---------------------------------------------------------------------------------------
# senders and signatures

MIURA = "三浦 梨沙 <r-miura@hinode-sangyo.co.jp>"
OMORI = "大森 健太 <k-omori@hinode-sangyo.co.jp>"
NOGUCHI = "野口 佳奈 <k-noguchi@hinode-sangyo.co.jp>"
SUGAWARA = "菅原 徹 <t-sugawara@hinode-sangyo.co.jp>"
HIYAMA = "檜山 直樹 <n-hiyama@hinode-sangyo.co.jp>"
MAKABE = "Shun Makabe <s-makabe@hinode-sangyo.co.jp>"
KIDO = "城戸 信也 <s-kido@hinode-sangyo.co.jp>"
SEMINAR = "日の出産業 セミナー事務局 <seminar@hinode-sangyo.co.jp>"

SIG_MIURA = """
──────────────────────────
日の出産業株式会社 営業支援部 販促企画課
三浦 梨沙（Risa Miura）
〒105-0013 東京都港区浜松町2-9-4 日の出ビル7F
TEL 03-5401-7720 ／ FAX 03-5401-7729
Mail r-miura@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OMORI = """
--
日の出産業株式会社
営業支援部 セミナー事務局　大森 健太
TEL：03-5401-7731（直通）　携帯：080-4417-2096
〒105-0013 東京都港区浜松町2-9-4
https://www.hinode-sangyo.co.jp/seminar/"""

SIG_NOGUCHI = """
*********************************
 日の出産業株式会社
 マーケティング部 コンテンツ企画グループ
 野口 佳奈 / Kana Noguchi
 〒105-0013 東京都港区浜松町2-9-4 日の出ビル8F
 TEL: 03-5401-7745
*********************************"""

SIG_SUGAWARA = """
――――――――――――――――
日の出産業(株) 営業支援部 見積センター
菅原 徹
TEL 03-5401-7760（内線 3412）
――――――――――――――――"""

SIG_HIYAMA = """
========================================
日の出産業株式会社　営業本部 代理店営業課
檜山 直樹（ひやま なおき）
〒530-0001 大阪府大阪市北区梅田1-8-17 梅田第二ビル12F（大阪営業所）
TEL 06-6345-2210　FAX 06-6345-2219
========================================"""

SIG_MAKABE = """
Best regards,

Shun Makabe
Overseas Sales Support, Hinode Sangyo Co., Ltd.
2-9-4 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-7788"""

SIG_KIDO = """
日の出産業株式会社
営業支援部 部長　城戸 信也
TEL 03-5401-7700"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
Any unauthorised use or disclosure is prohibited."""

OUR_CORP = corporate_number("010401087352")   # 日の出産業株式会社（架空）

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"eigyoshien-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 提案書の送付（免責文つき）
add(
    sender=MIURA,
    to=["石田 様 <ishida.k@minato-seiki.co.jp>"],
    cc=["s-kido@hinode-sangyo.co.jp"],
    subject="【ご提案】生産設備モニタリングシステム導入のご提案書送付の件",
    charset="iso-2022-jp",
    body="""湊精機株式会社
購買部 石田様

いつも大変お世話になっております。
日の出産業の三浦でございます。

先日のお打ち合わせでは貴重なお時間をいただき、誠にありがとうございました。
ご要望をいただいておりました「生産設備モニタリングシステム HS-MON」の
ご提案書を添付にてお送りいたします。

　・第1章　現状の課題整理（ヒアリング内容より）
　・第2章　ご提案構成（センサー32点、ゲートウェイ2台）
　・第3章　導入スケジュール案（2月着工・4月本稼働）
　・第4章　概算費用

概算費用は標準構成での試算となっております。正式なお見積は現地調査後に
改めてご提出いたします。
内容についてご不明な点がございましたら、お気軽にお問い合わせください。

引き続きどうぞよろしくお願いいたします。
""" + SIG_MIURA + "\n" + DISC_JA,
    attachments=[{"kind": "pdf", "name": "HS-MONご提案書_湊精機様.pdf", "title": "HS-MON ご提案書",
                  "lines": ["湊精機株式会社 御中", "生産設備モニタリングシステム HS-MON ご提案書",
                            "日の出産業株式会社 営業支援部", "",
                            "1. 現状の課題", "・設備停止の検知が巡回頼みで、復旧まで平均42分",
                            "・稼働率の集計が手作業（月末に2人日）", "",
                            "2. ご提案構成", "・振動／温度センサー 32点、ゲートウェイ 2台、クラウド監視画面",
                            "", "4. 概算費用（税別）"],
                  "table": [["品目", "型番", "数量", "単価", "金額"],
                            ["振動センサー", "HS-VS210", "24", "38,000", "912,000"],
                            ["温度センサー", "HS-TS105", "8", "21,500", "172,000"],
                            ["ゲートウェイ", "HS-GW300", "2", "148,000", "296,000"],
                            ["初期設定費", "SV-SET01", "1", "350,000", "350,000"],
                            ["合計", "", "", "", "1,730,000"]]}],
    expect="pass", entities=[], detectors=[],
    note="提案書 PDF to one customer; only products and prices; the disclaimer mentions 機密情報 but is no marking",
)

# 002 セミナー申込者 CSV を共催先へ（32名）
_rows = [["No", "氏名", "フリガナ", "会社名", "部署", "役職", "電話番号", "メールアドレス"]]
for i in range(32):
    a = attendee()
    _rows.append([str(i + 1), a["name"], a["kana"], a["company"], a["dept"], a["title"], a["tel"], a["email"]])
add(
    sender=OMORI,
    to=["ツバサシステム 西條様 <saijo@tsubasa-system.jp>", "ツバサシステム 福永様 <fukunaga@tsubasa-system.jp>"],
    cc=["k-omori@hinode-sangyo.co.jp"],
    subject="11/20 共催セミナー 申込者一覧（最新版）",
    charset="cp932",
    body="""ツバサシステム株式会社
西條様、福永様

お世話になっております。日の出産業セミナー事務局の大森です。

11/20（木）「製造現場のデータ活用入門」共催セミナーの申込者一覧を
添付いたします。本日9時時点で32名です。
当日の受付名簿と、御社側からのフォローアップのご連絡にご利用ください。

キャンセルが出ましたら都度ご連絡いたします。
よろしくお願いいたします。
""" + SIG_OMORI,
    attachments=[{"kind": "csv", "name": "申込者一覧_1120.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 32 seminar registrants (name, phone, e-mail) sent to the external co-host",
)

# 003 見積書（自社の登録番号入り）を代理店へ
_q = "HQ-2025-11-0387"
add(
    sender=SUGAWARA,
    to=["北斗商事 営業部 谷口様 <taniguchi@hokuto-shoji.co.jp>"],
    cc=["n-hiyama@hinode-sangyo.co.jp"],
    subject=f"御見積書送付（見積番号 {_q}）",
    charset="iso-2022-jp",
    body=f"""北斗商事株式会社
営業部 谷口様

お世話になっております。日の出産業 見積センターの菅原です。
ご依頼いただきました エンドユーザー様向け案件のお見積書を作成しましたので、
Excel にてお送りいたします。

　見積番号　：{_q}
　有効期限　：発行日より60日
　納期　　　：受注後 約6週間
　支払条件　：月末締め翌月末振込

代理店仕切り率は既存のお取り決め（基本契約 第5条）どおり反映済みです。
数量変更があればお知らせください。再見積いたします。
""" + SIG_SUGAWARA,
    attachments=[{"kind": "xlsx", "name": f"御見積書_{_q}.xlsx", "title": "御見積書",
                  "sheets": {"見積書": [
                      ["御見積書"],
                      [],
                      ["北斗商事株式会社 御中", "", "", "見積番号", _q],
                      ["", "", "", "発行日", "2025/11/12"],
                      ["", "", "", "日の出産業株式会社", ""],
                      ["", "", "", "登録番号", "T" + OUR_CORP],
                      [],
                      ["No", "品名", "型番", "数量", "単価", "金額"],
                      [1, "ハンディ計測ユニット", "HS-PX200", 10, 64800, 648000],
                      [2, "専用充電スタンド", "HS-CH020", 10, 8900, 89000],
                      [3, "データ連携ライセンス（年額）", "LIC-DC-Y1", 1, 120000, 120000],
                      [4, "現地講習（半日）", "SV-EDU-H", 1, 45000, 45000],
                      ["", "", "", "", "小計", 902000],
                      ["", "", "", "", "消費税(10%)", 90200],
                      ["", "", "", "", "合計", 992200]],
                      "条件": [["項目", "内容"], ["納期", "受注後約6週間"], ["納入場所", "別途ご指示"],
                               ["有効期限", "60日"]]}}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="quotation to a dealer: quote number, product codes, our own 登録番号 (T-number); no person's data",
)

# 004 取材日程の調整と掲載許諾書ひな形
add(
    sender=NOGUCHI,
    to=["千葉 様 <chiba-m@yamabiko-kensetsu.co.jp>"],
    subject="導入事例取材のお願いと日程候補について",
    charset="utf-8",
    body="""山彦建設株式会社
経営企画部 広報グループ　千葉様

お世話になっております。
日の出産業 マーケティング部の野口です。

先日は導入事例へのご協力をご快諾いただき、ありがとうございました。
取材の日程について、以下の候補からご都合のよい日時をお知らせいただけますでしょうか。

　(1) 12月3日（水）14:00～15:30
　(2) 12月5日（金）10:00～11:30
　(3) 12月9日（火）15:00～16:30

場所は御社仙台本社の会議室をお借りできれば幸いです。
当日は弊社から私とライター、カメラマンの計3名で伺います。

また、掲載にあたっての「導入事例 掲載許諾書」のひな形を添付しております。
記事の最終原稿をご確認いただいた後にご記入いただく書類ですので、
現時点では内容のご確認のみで結構です。

何卒よろしくお願いいたします。
""" + SIG_NOGUCHI,
    attachments=[{"kind": "docx", "name": "導入事例_掲載許諾書_ひな形.docx", "title": "導入事例 掲載許諾書",
                  "paragraphs": ["導入事例 掲載許諾書", "",
                                 "日の出産業株式会社 御中",
                                 "当社は、貴社が作成した導入事例記事（以下「本記事」）を、下記の媒体に掲載することを許諾します。",
                                 "1. 掲載媒体：貴社ウェブサイト、製品カタログ、展示会配布資料",
                                 "2. 掲載期間：許諾日から3年間（以後は自動更新）",
                                 "3. 写真の使用：□ 可　□ 不可",
                                 "4. 社名・ロゴの使用：□ 可　□ 不可"],
                  "tables": [[["会社名", ""], ["所在地", ""], ["ご担当者 部署・お名前", ""],
                              ["ご連絡先（電話）", ""], ["許諾日", "　　年　　月　　日"]]]}],
    expect="pass", entities=[], detectors=[],
    note="scheduling an interview with one customer contact; blank permission-form template with empty 氏名/電話 fields",
)

# 005 look-alike: kawasaki-denki.jp (co. dropped)
add(
    sender=OMORI,
    to=["河野 様 <kono.t@kawasaki-denki.jp>"],
    subject="Re: 共催セミナー講演資料（ドラフト）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
河野様

お世話になっております。日の出産業の大森です。

共催セミナーの講演資料ドラフトをお送りします。
御社パートは p.12～p.20 に差し込む想定で、枠だけ作ってあります。
差し替え版を 11/14 までにいただけると助かります。

よろしくお願いいたします。
""" + SIG_OMORI,
    attachments=[{"kind": "pptx", "name": "共催セミナー講演資料_draft_v2.pptx",
                  "slides": [["製造現場のデータ活用入門", "日の出産業株式会社 × 川崎電機株式会社", "2025年11月20日"],
                             ["本日のアジェンダ", "1. なぜ今データ活用か", "2. 事例紹介", "3. 川崎電機様パート", "4. 質疑応答"],
                             ["川崎電機様パート（差し込み予定）", "p.12～p.20"]]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp mistyped as kawasaki-denki.jp (co. dropped)",
)

# 006 返信: 引用部分に参加者6名の連絡先（新しい本文には個人情報なし）
_six = [attendee(CUSTOMERS[5]) for _ in range(6)]
_quoted = "\n".join(f"> {i + 1}. {a['name']}（{a['dept']}）TEL {a['tel']}  {a['email']}" for i, a in enumerate(_six))
add(
    sender=OMORI,
    to=["たちばな医療器 総務部 高木様 <takagi@tachibana-iryoki.co.jp>"],
    subject="Re: 12/4 ハンズオンセミナー 参加者のご連絡",
    charset="iso-2022-jp",
    body=f"""高木様

お世話になっております。日の出産業の大森です。
参加者のご連絡をありがとうございます。6名様分のお席を確保いたしました。

当日は 13:00 より受付を開始いたします。会場は弊社本社8階のセミナールームです。
PCは弊社でご用意しますので、お手ぶらでお越しください。

どうぞよろしくお願いいたします。
{SIG_OMORI}

2025/11/10 16:42、高木 <takagi@tachibana-iryoki.co.jp> のメール:
> 日の出産業 大森様
>
> いつもお世話になっております。たちばな医療器の高木です。
> 12/4 のハンズオンセミナーに、弊社から以下の6名が参加いたします。
>
{_quoted}
>
> 以上、よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="reply to the customer: the six attendees' contacts are only in the quoted text the customer wrote",
)

# 007 社内: 申込者リスト全件（内部宛のみ）
_rows7 = [["セミナー申込者一覧（11/20 共催セミナー）"], ["出力日: 2025/11/18"], [],
          ["受付番号", "氏名", "会社名", "部署", "電話", "メール", "アンケート"]]
for i in range(40):
    a = attendee()
    _rows7.append([f"S1120-{i + 1:03d}", a["name"], a["company"], a["dept"], a["tel"], a["email"],
                   rng.choice(["済", "未", "済"])])
add(
    sender=OMORI,
    to=["eigyo-tokyo@hinode-sangyo.co.jp"],
    cc=["k-noguchi@hinode-sangyo.co.jp", "r-miura@mail.hinode-sangyo.co.jp"],
    subject="【社内】11/20セミナー 申込者一覧とフォロー担当割り振りのお願い",
    charset="utf-8",
    body="""東京営業部の皆さん

お疲れさまです。セミナー事務局の大森です。
11/20 共催セミナーの申込者一覧（40名）を添付します。
既存顧客は担当営業の方、新規はインサイドセールスで一次フォローします。
シート右端の「担当」列にお名前を入れて、金曜までに返送してください。

※個人情報を含みますので、社外への転送はしないでください。
""" + SIG_OMORI,
    attachments=[{"kind": "xlsx", "name": "申込者一覧_1120_社内用.xlsx",
                  "sheets": {"申込者": _rows7, "集計": [["区分", "人数"], ["既存顧客", 23], ["新規", 17]]}}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="40-person list, but every recipient is internal (incl. mail.hinode-sangyo.co.jp)",
)

# 008 HTML-only: リード情報を代理店へ引き渡し（7件）
_leads = [attendee() for _ in range(7)]
_h = html_table(["会社名", "部署", "氏名", "電話", "メール", "関心製品", "備考"],
                [[a["company"], a["dept"], a["name"], a["tel"], a["email"],
                  rng.choice(["HS-MON", "HS-PX200", "データ連携", "HS-GW300"]),
                  rng.choice(["見積希望", "デモ希望", "資料のみ", "年度内検討"])] for a in _leads])
add(
    sender=HIYAMA,
    to=["瀬戸内システム 営業企画 岸本様 <kishimoto@setouchi-sys.jp>"],
    subject="中国・四国エリア 展示会リードのご共有（7件）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>瀬戸内システム株式会社<br>営業企画 岸本様</p>
<p>いつもお世話になっております。日の出産業 代理店営業課の檜山です。</p>
<p>先月の「ものづくりテクノフェア広島」で弊社ブースにお立ち寄りいただいた方のうち、
御社エリアのお客様7件をご共有いたします。<br>
フォローのご対応をお願いできますでしょうか。</p>
{_h}
<p>対応状況は月末の定例でご報告いただければ幸いです。</p>
<p>========================================<br>
日の出産業株式会社　営業本部 代理店営業課<br>
檜山 直樹<br>
TEL 06-6345-2210</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of 7 leads (name, phone, e-mail) handed to an external dealer",
)

# 009 三者間: 代理店と顧客の2社へデモ日程
add(
    sender=HIYAMA,
    to=["西海テクノ 中島様 <nakashima@saikai-techno.co.jp>"],
    cc=["朝凪化学 設備保全課 宮原様 <miyahara.s@asanagi-chem.co.jp>", "n-hiyama@hinode-sangyo.co.jp"],
    subject="HS-MON デモ実施日程のご相談（朝凪化学様 大竹工場）",
    charset="iso-2022-jp",
    body="""西海テクノ株式会社 中島様
（CC）朝凪化学株式会社 宮原様

お世話になっております。日の出産業の檜山です。
先日お話のあった大竹工場でのデモの件、三者で日程を合わせたく、ご連絡いたしました。

候補：
　12/8（月）午後
　12/10（水）終日
　12/11（木）午前

デモ機は弊社から工場へ直送し、当日は中島様と私で設置・説明を行います。
宮原様には、設置場所（コンプレッサー室付近）の立ち入り手続きをお願いできればと存じます。

ご都合をお知らせください。よろしくお願いいたします。
""" + SIG_HIYAMA,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way mail: a dealer and its end customer (two external organisations) in To/Cc",
)

# 010 セミナー案内を To に9社並べて送信
_inv = [("minato-seiki.co.jp", "ishida.k"), ("tokai-kasei.co.jp", "h.morishita"),
        ("marufuku-logi.co.jp", "yoneda"), ("ginga-fs.co.jp", "t-ohara"),
        ("mitsuboshi-denso.co.jp", "kanai.r"), ("kurenai-kogyo.co.jp", "sakaguchi"),
        ("hanamizuki-tec.co.jp", "m.nozaki"), ("tokiwa-plant.co.jp", "ebihara"),
        ("hokushin-eng.co.jp", "k.tsuji")]
add(
    sender=SEMINAR,
    to=[f"{u}@{d}" for d, u in _inv],
    subject="【ご案内】12/11 オンラインセミナー「設備保全DXの始め方」",
    charset="iso-2022-jp",
    body="""お客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 セミナー事務局でございます。

下記のとおりオンラインセミナーを開催いたします。
ご多忙中とは存じますが、ぜひご参加くださいますようご案内申し上げます。

■日時：2025年12月11日（木）15:00～16:00
■形式：オンライン（Zoom ウェビナー）
■内容：設備保全DXの始め方 ～センサー1台から始める予知保全～
■参加費：無料
■お申込み：https://www.hinode-sangyo.co.jp/seminar/1211/

定員（300名）に達し次第、締め切らせていただきます。
""" + SIG_OMORI,
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="invitation with nine customers of nine companies in To: they all see each other (should be Bcc)",
)

# 011 フリーランスのライター（gmail）へ取材メモ
add(
    sender=NOGUCHI,
    to=["Yoko Sasaki <yoko.sasaki.writer@gmail.com>"],
    subject="三ツ星電装様 取材メモと写真の件",
    charset="utf-8",
    body="""佐々木さん

お疲れさまです。野口です。
昨日の三ツ星電装様の取材、ありがとうございました。
私のメモを添付しますので、原稿作成の参考にしてください。

・お話しいただいたのは 生産技術部 部長の金井様 と 保全課 主任の伊吹様
・記事の軸は「停止時間の半減」。数字（月42時間→19時間）は先方確認済み
・写真は金井様のライン前のカットをメインに
・社内の組織図、具体的な顧客名は記事に出さないでほしいとのこと

初稿は 12/1 目処でお願いできると助かります。
""" + SIG_NOGUCHI,
    attachments=[{"kind": "docx", "name": "取材メモ_三ツ星電装様.docx",
                  "paragraphs": ["取材メモ　三ツ星電装株式会社 刈谷工場", "日時：11/13 10:00-11:30",
                                 "ご対応：生産技術部 部長 金井様、保全課 主任 伊吹様",
                                 "Q. 導入前の課題は？",
                                 "A.（金井様）突発停止が月に十数回。夜間は気づくのが朝になることもあった。",
                                 "Q. 導入の決め手は？",
                                 "A.（伊吹様）既存の PLC に後付けできたこと。工事が1日で済んだ。",
                                 "Q. 効果は？",
                                 "A.（金井様）停止時間が月42時間から19時間に。保全の残業も減った。"]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (freelance writer); interview notes name the interviewees only with their titles",
)

# 012 NDA に言及するだけの返信
add(
    sender=MIURA,
    to=["椿ファーマ 製造管理部 遠山様 <toyama.k@tsubaki-pharma.co.jp>"],
    subject="Re: 他社導入事例の詳細資料について",
    charset="iso-2022-jp",
    body="""椿ファーマ株式会社
製造管理部 遠山様

お世話になっております。日の出産業の三浦です。

お問い合わせの「同業他社での導入事例の詳細（構成図・効果測定の数値）」につきましては、
公開事例の範囲を超える内容のため、恐れ入りますが御社と弊社の間で
秘密保持契約（NDA）を締結させていただいた後にご説明させていただければと存じます。

弊社標準の秘密保持契約書のひな形を法務からお送りする手配をしております。
御社ひな形でのご締結をご希望の場合は、その旨お知らせください。

なお、公開済みの導入事例集（PDF）はこちらからご覧いただけます。
https://www.hinode-sangyo.co.jp/case/

何卒よろしくお願いいたします。
""" + SIG_MIURA,
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) before sharing details; mentions confidentiality but carries no marking",
)

# 013 提案書 PPTX のフッターに「社外秘」
add(
    sender=MIURA,
    to=["銀河フードサービス 情報システム部 大原様 <t-ohara@ginga-fs.co.jp>"],
    subject="セントラルキッチン温度監視のご提案資料",
    charset="iso-2022-jp",
    body="""銀河フードサービス株式会社
情報システム部 大原様

お世話になっております。日の出産業の三浦です。
先日ご説明したセントラルキッチン温度監視のご提案資料をお送りします。
ご検討のほど、よろしくお願いいたします。
""" + SIG_MIURA,
    attachments=[{"kind": "pptx", "name": "温度監視ご提案_銀河FS様.pptx", "page_footer": "社外秘　日の出産業株式会社 営業支援部",
                  "slides": [["セントラルキッチン温度監視のご提案", "銀河フードサービス株式会社 御中"],
                             ["価格戦略（社内検討用）", "標準価格から最大28%まで値引き可", "競合A社の提示価格：月額18万円",
                              "粗利率の下限：22%"],
                             ["ご提案構成", "温度センサー 60点", "HACCP 記録の自動化"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="proposal deck whose every slide carries the footer stamp 社外秘 (and an internal pricing slide)",
)

# 014 販売店一覧（事業者のリスト）をお客様へ
_shops = [
    ["北斗商事株式会社 仙台支店", "宮城県仙台市青葉区中央3-2-21", "022-215-4470"],
    ["北斗商事株式会社 盛岡営業所", "岩手県盛岡市大通2-7-5", "019-651-3380"],
    ["陸奥OAセンター株式会社 本社", "青森県青森市新町1-13-9", "017-722-6051"],
    ["陸奥OAセンター株式会社 八戸営業所", "青森県八戸市番町18-2", "0178-43-2217"],
    ["東邦ビジネスサービス株式会社 郡山支店", "福島県郡山市駅前2-4-11", "024-932-1185"],
    ["東邦ビジネスサービス株式会社 山形出張所", "山形県山形市香澄町1-3-15", "023-625-9902"],
]
add(
    sender=HIYAMA,
    to=["常盤プラント 資材課 佐野様 <sano@tokiwa-plant.co.jp>"],
    subject="東北エリアの販売代理店のご案内",
    charset="cp932",
    body="""常盤プラント株式会社
資材課 佐野様

お問い合わせいただきありがとうございます。日の出産業の檜山です。
東北エリアでは、以下の販売代理店から弊社製品をご購入いただけます。

""" + "\n".join(f"■{n}\n　{a}\n　TEL {t}（代表）" for n, a, t in _shops) + """

いずれの代理店でも同じ条件でお見積いたします。
ご希望の代理店がございましたら、弊社から先方にご紹介の連絡を入れますのでお知らせください。
""" + SIG_HIYAMA,
    expect="pass", entities=[], detectors=[],
    note="list of six dealer branches with office addresses and switchboard numbers: businesses, not people",
)

# 015 要配慮: 来場者の障害への配慮をイベント会社へ（氏名つき）
_w1, _w2 = attendee(CUSTOMERS[6]), attendee(CUSTOMERS[1])
add(
    sender=OMORI,
    to=["イベントプラス 運営チーム 秋元様 <akimoto@event-plus.jp>"],
    subject="12/4 会場運営：ご配慮が必要な来場者について",
    charset="iso-2022-jp",
    body=f"""イベントプラス株式会社
秋元様

お世話になっております。日の出産業の大森です。
12/4 のセミナーで、事前にご相談をいただいている来場者が2名いらっしゃいますので、
当日の受付・誘導でご配慮をお願いいたします。

・{_w1['company']} {_w1['name']}様
　車椅子をご利用です（下肢に障害があるとのこと）。エレベーター前の席を確保してください。
・{_w2['company']} {_w2['name']}様
　聴覚障害のため、手話通訳または要約筆記をご希望です。前方左側の席をお願いします。

手話通訳者の手配状況を、11/28 までにお知らせいただけますでしょうか。
""" + SIG_OMORI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="disabilities of two named attendees (要配慮個人情報) sent to an external event company",
)

# 016 ホテルへ当日スタッフ3名の携帯番号
_st = people(3)
add(
    sender=OMORI,
    to=["さくらホテル 宴会営業 三上様 <mikami@sakura-hotel.jp>"],
    subject="12/4 鳳凰の間 ご利用の件（当日の連絡先）",
    charset="cp932",
    body=f"""さくらホテル
宴会営業 三上様

いつもお世話になっております。日の出産業の大森です。
12/4（木）鳳凰の間でのセミナーにつきまして、当日の弊社側連絡先をお知らせいたします。

　責任者　{_st[0]['name']}　{zen(mobile())}
　受付　　{_st[1]['name']}　{zen(mobile())}
　機材　　{_st[2]['name']}　{zen(mobile())}

搬入は 10:30 から、撤収は 18:00 完了予定です。
お弁当（40個）の搬入時刻は 11:45 でお願いいたします。
""" + SIG_OMORI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three staff members' mobile numbers (full-width) to the partner hotel: under five people, may warn",
)

# 017 English: partner deck to a foreign partner, standard disclaimer
add(
    sender=MAKABE,
    to=["Daniel Lim <daniel.lim@brightwave-solutions.com>"],
    subject="HS-Series partner deck and price sheet (FY2026)",
    charset="utf-8",
    body="""Hi Daniel,

Thank you for the call yesterday. As promised, please find attached our partner deck for the
HS-Series and the FY2026 export price sheet (USD, FOB Yokohama).

A few notes:
- HS-PX200 ships with the multi-language firmware from January.
- Minimum order for the gateway HS-GW300 is 5 units per shipment.
- Demo units are available on loan for 60 days.

Let me know when your team would like the online product training; we can do Tuesdays or
Thursdays, 10:00 SGT.
""" + SIG_MAKABE + "\n" + DISC_EN,
    attachments=[{"kind": "pptx", "name": "HS-Series_PartnerDeck_FY2026.pptx",
                  "slides": [["HS-Series Partner Deck", "Hinode Sangyo Co., Ltd.", "FY2026"],
                             ["Line-up", "HS-PX200 handheld unit", "HS-GW300 gateway", "HS-MON cloud monitoring"],
                             ["Partner programme", "Demo loan 60 days", "Co-marketing fund 3%"]]},
                 {"kind": "xlsx", "name": "ExportPrice_FY2026.xlsx",
                  "sheets": {"USD": [["Model", "Description", "FOB USD"], ["HS-PX200", "Handheld unit", 455],
                                     ["HS-GW300", "Gateway", 1040], ["HS-VS210", "Vibration sensor", 268]]}}],
    expect="pass", entities=[], detectors=[],
    note="English mail to a foreign partner with deck and price sheet; the standard disclaimer is no marking",
)

# 018 PPAP: パスワード付き ZIP の提案書
add(
    sender=MIURA,
    to=["紅工業 生産管理部 坂口様 <sakaguchi@kurenai-kogyo.co.jp>"],
    subject="【ご提案書】生産ライン可視化のご提案",
    charset="cp932",
    body="""紅工業株式会社
生産管理部 坂口様

お世話になっております。日の出産業の三浦です。
ご依頼いただいておりました生産ライン可視化のご提案書を、
パスワード付きZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MIURA,
    attachments=[{"kind": "zip", "name": "ご提案書_紅工業様.zip", "password": "Kr2025#1114",
                  "files": [{"kind": "pdf", "name": "ご提案書_紅工業様.pdf",
                             "lines": ["生産ライン可視化のご提案", "紅工業株式会社 御中"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="proposal sent as a password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# 019 社内: 原価表（社外秘）を見積センター内で共有
add(
    sender=SUGAWARA,
    to=["mitsumori-center@hinode-sangyo.co.jp"],
    subject="【社外秘】2026年度 標準原価表・値引き承認基準",
    charset="iso-2022-jp",
    body="""見積センター各位

お疲れさまです。菅原です。
2026年度の標準原価表と値引き承認基準が確定しましたので共有します。
見積作成時は必ず本版を参照してください（旧版は本日付で廃止）。

※本資料は社外秘です。代理店・お客様への転送は厳禁です。
""" + SIG_SUGAWARA,
    attachments=[{"kind": "xlsx", "name": "標準原価表_FY2026.xlsx", "page_header": "社外秘",
                  "sheets": {"原価": [["型番", "品名", "標準原価", "標準売価", "粗利率"],
                                      ["HS-PX200", "ハンディ計測ユニット", 31200, 64800, "51.9%"],
                                      ["HS-GW300", "ゲートウェイ", 71800, 148000, "51.5%"]],
                             "値引き基準": [["値引率", "承認者"], ["～10%", "課長"], ["～20%", "部長"],
                                          ["20%超", "本部長"]]}}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 cost table, but every recipient is internal",
)

# 020 転送: 研修受講者6名（生年月日つき）を研修会社へ
_tr = [attendee(CUSTOMERS[8]) for _ in range(6)]
_tr_lines = []
for i, a in enumerate(_tr):
    y, mo, d = dob()
    a["dob"] = wareki(y, mo, d)
    _tr_lines.append(f"{i + 1}）{a['name']}（{a['kana']}）　社員番号 MD{rng.randint(10000, 99999)}　生年月日 {a['dob']}")
add(
    sender=HIYAMA,
    to=["研修ナビ 受付担当 <uketsuke@kenshu-navi.co.jp>"],
    subject="FW: 保全技能講習（1月期）受講者のご連絡",
    charset="iso-2022-jp",
    body="""研修ナビ株式会社
受付ご担当者様

お世話になっております。日の出産業の檜山です。
三ツ星電装様から受講者のご連絡をいただきましたので、転送いたします。
修了証の発行に生年月日が必要とのことで、先方から記載いただいています。
受講票の発行をお願いいたします。

-----Original Message-----
From: 金井 <kanai.r@mitsuboshi-denso.co.jp>
Sent: Tuesday, November 11, 2025 9:58 AM
To: 檜山 直樹 <n-hiyama@hinode-sangyo.co.jp>
Subject: 保全技能講習（1月期）受講者のご連絡

日の出産業 檜山様

お世話になっております。三ツ星電装の金井です。
1月期の保全技能講習に、以下6名を申し込みます。

""" + "\n".join(_tr_lines) + """

よろしくお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="forward (new text to the training company) of six trainees with 和暦 birth dates",
)

# 021 返信: Original Message の下に取材協力者5名の連絡先
_five = [attendee(CUSTOMERS[3]) for _ in range(5)]
add(
    sender=NOGUCHI,
    to=["丸福ロジテック 広報室 米田様 <yoneda@marufuku-logi.co.jp>"],
    subject="RE: 導入事例 取材にご協力いただく方のご連絡",
    charset="cp932",
    body="""米田様

お世話になっております。日の出産業の野口です。
取材にご協力いただく皆様のご連絡をありがとうございました。
当日は5名様それぞれに15分ずつお話を伺う段取りで進めます。
質問項目は今週中にお送りいたします。

引き続きよろしくお願いいたします。
""" + SIG_NOGUCHI + """

-----Original Message-----
From: 米田 <yoneda@marufuku-logi.co.jp>
Sent: Monday, November 10, 2025 5:12 PM
To: 野口 佳奈 <k-noguchi@hinode-sangyo.co.jp>
Subject: 導入事例 取材にご協力いただく方のご連絡

野口様

取材にご協力する社員は以下の5名です。当日の連絡は各自の携帯にお願いします。

""" + "\n".join(f"{a['name']}／{a['dept']}／携帯 {a['mobile']}／{a['email']}" for a in _five) + """

丸福ロジテック 広報室 米田
""",
    expect="pass", entities=[], detectors=[],
    note="reply: the five people's mobiles are only under -----Original Message----- from the recipient",
)

# 022 アンケート集計結果（集計値のみ）を共催先へ
add(
    sender=OMORI,
    to=["ツバサシステム 西條様 <saijo@tsubasa-system.jp>"],
    subject="11/20 共催セミナー アンケート集計結果",
    charset="iso-2022-jp",
    body="""西條様

お世話になっております。大森です。
11/20 共催セミナーのアンケート集計結果（PDF）をお送りします。
回答数は 27件（回答率 84%）でした。
自由記述は個人が特定できそうな記述を除いて掲載しています。

次回企画のご相談を、12月の定例でさせてください。
""" + SIG_OMORI,
    attachments=[{"kind": "pdf", "name": "アンケート集計_1120.pdf",
                  "lines": ["11/20 共催セミナー アンケート集計", "回答数 27 / 参加者 32",
                            "Q1 満足度：大変満足 11 / 満足 13 / 普通 3 / 不満 0",
                            "Q2 関心のある製品：HS-MON 15 / HS-PX200 8 / データ連携 9（複数回答）",
                            "Q3 導入検討時期：半年以内 6 / 1年以内 10 / 未定 11",
                            "自由記述（抜粋）",
                            "・事例の数字が具体的でわかりやすかった（製造業）",
                            "・後半のデモ時間をもっと長くしてほしい（物流業）"]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate survey results (counts and anonymised comments) to the co-host: no person's record",
)

# 023 look-alike: sakura-hote1.jp（l → 1）
add(
    sender=OMORI,
    to=["宴会営業 三上様 <mikami@sakura-hote1.jp>"],
    subject="RE: 12/4 鳳凰の間 レイアウト確定版",
    charset="iso-2022-jp",
    body="""三上様

お世話になっております。日の出産業の大森です。
レイアウトの確定版を添付いたします。スクール形式 40席、前方にスクリーン2面でお願いします。
受付テーブルは入口右手に2本ご用意ください。

よろしくお願いいたします。
""" + SIG_OMORI,
    attachments=[{"kind": "pdf", "name": "鳳凰の間_レイアウト確定.pdf",
                  "lines": ["鳳凰の間 レイアウト（12/4）", "スクール形式 40席", "スクリーン 2面", "受付テーブル 2本"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="partner sakura-hotel.jp typed as sakura-hote1.jp (digit 1 for l)",
)

# 024 サンプル発送: 送り状番号・注文番号（個人情報に見える数字）
_track = not_my_number("452188301276")
add(
    sender=SUGAWARA,
    to=["花水木テック 購買課 野崎様 <m.nozaki@hanamizuki-tec.co.jp>"],
    subject="評価用サンプル発送のご連絡（ご注文番号 PO-77120-3）",
    charset="iso-2022-jp",
    body=f"""花水木テック株式会社
購買課 野崎様

お世話になっております。日の出産業の菅原です。
評価用サンプルを本日発送いたしましたのでご連絡いたします。

　ご注文番号：PO-77120-3
　弊社受注番号：SO-2511-04417
　品名：HS-VS210 振動センサー（評価用）×3台
　運送会社：ヤマト運輸
　送り状番号：{_track[:4]}-{_track[4:8]}-{_track[8:]}
　到着予定：11/15（土）午前中

評価期間は到着から30日間です。返却用の伝票を同梱しております。
""" + SIG_SUGAWARA,
    expect="pass", entities=[], detectors=[],
    note="sample shipment: order numbers and a 12-digit tracking number (not a My Number), no person's data",
)

# 025 事例原稿（インタビュー対象者は氏名・役職のみ）を顧客の確認へ
add(
    sender=NOGUCHI,
    to=["千葉 様 <chiba-m@yamabiko-kensetsu.co.jp>"],
    subject="導入事例 原稿のご確認のお願い（山彦建設様）",
    charset="utf-8",
    body="""山彦建設株式会社
経営企画部 広報グループ　千葉様

お世話になっております。日の出産業の野口です。
先日の取材では大変お世話になりました。
導入事例の原稿ができましたので、ご確認をお願いいたします。

・事実関係（数値、時期、部署名）に誤りがないか
・お名前・肩書きの表記
・掲載を控えたい表現がないか

の3点を中心にご確認いただき、修正があれば Word の変更履歴でお戻しください。
12/19（金）までにご返信いただけますと幸いです。
""" + SIG_NOGUCHI,
    attachments=[{"kind": "docx", "name": "導入事例原稿_山彦建設様_v1.docx",
                  "paragraphs": ["現場の「見えない待ち時間」をゼロに ― 山彦建設株式会社",
                                 "東北6県で公共工事・民間建築を手がける山彦建設。資材の搬入待ちが工期を圧迫していた。",
                                 "「以前は、トラックがいつ着くか誰にもわからなかったんです」と語るのは、"
                                 "工務部 次長の氏家 勝利さん。",
                                 "導入を主導した DX推進室 の早坂 葵さんは「現場の職長が自分で画面を見られることが大きかった」と振り返る。",
                                 "導入から半年で、搬入待ちは1日平均47分から12分に短縮した。",
                                 "※本記事の内容は2025年11月の取材時点のものです。"]}],
    expect="pass", entities=[], detectors=[],
    note="case-study draft for the customer's check; interviewees appear only with name and title",
)

# 026 講師謝金: マイナンバーを税理士事務所へ
_lec = person()
_mn0 = my_number(SEED + 0)
add(
    sender=KIDO,
    to=["小野寺税理士事務所 担当 村井様 <murai@onodera-tax.jp>"],
    subject="外部講師 謝金の支払調書作成について",
    charset="cp932",
    body=f"""小野寺税理士事務所
村井様

いつもお世話になっております。日の出産業の城戸です。
10月のセミナーでご登壇いただいた外部講師の謝金について、
支払調書の作成をお願いいたします。講師から提出いただいた情報は以下のとおりです。

　氏名　　：{_lec['name']}（{_lec['kana']}）
　住所　　：{address()}
　個人番号：{_mn0[:4]} {_mn0[4:8]} {_mn0[8:]}
　支払金額：200,000円（源泉徴収税額 20,420円）
　支払日　：2025年10月31日

ご確認のほど、よろしくお願いいたします。
""" + SIG_KIDO,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="an external lecturer's My Number (個人番号) with name and address sent to the tax accountant",
)

# 027 代理店の担当者4名へ（同一ドメイン）カタログと価格表
add(
    sender=HIYAMA,
    to=["陸奥OAセンター 営業部 <eigyo@mutsu-oa.co.jp>", "kudo.t@mutsu-oa.co.jp",
        "sasamori@mutsu-oa.co.jp", "n-ebina@mutsu-oa.co.jp"],
    subject="2026年度版 製品カタログ・代理店価格表のご送付",
    charset="cp932",
    body="""陸奥OAセンター株式会社
営業部 皆様

いつもお世話になっております。日の出産業 代理店営業課の檜山です。
2026年度版の製品カタログと代理店価格表をお送りいたします。
1月1日受注分より新価格での適用となります。

主な変更点：
　・HS-PX200　据え置き
　・HS-GW300　148,000円 → 152,000円（部材価格高騰のため）
　・データ連携ライセンス　年額 120,000円 → 月額 11,000円プランを追加

カタログの冊子版（50部）は別便でお送りしております。
""" + SIG_HIYAMA,
    attachments=[{"kind": "pdf", "name": "製品カタログ2026.pdf",
                  "lines": ["日の出産業 製品カタログ 2026", "HS-PX200 ハンディ計測ユニット", "HS-GW300 ゲートウェイ",
                            "HS-MON クラウド監視サービス", "お問い合わせ：03-5401-7700（代表）"]},
                 {"kind": "xlsx", "name": "代理店価格表_2026.xlsx",
                  "sheets": {"価格表": [["型番", "品名", "標準価格", "代理店価格"],
                                     ["HS-PX200", "ハンディ計測ユニット", 64800, 45360],
                                     ["HS-GW300", "ゲートウェイ", 152000, 106400],
                                     ["LIC-DC-M", "データ連携（月額）", 11000, 7700]]}}],
    expect="pass", entities=[], detectors=[],
    note="catalogue and dealer price list to four people of one dealer (one external organisation)",
)

# 028 マイナンバー管理の導入事例（語としての言及のみ）
add(
    sender=MIURA,
    to=["青嵐学園 事務局 総務課 <soumu@seiran-u.ac.jp>"],
    subject="マイナンバー管理クラウド 導入事例のご紹介",
    charset="iso-2022-jp",
    body="""学校法人青嵐学園
事務局 総務課 御中

お世話になっております。日の出産業の三浦です。
先日の展示会でお問い合わせいただいた「マイナンバー管理クラウド」について、
教育機関での導入事例をご紹介いたします。

　・非常勤講師 約600名分のマイナンバー（個人番号）の収集を、紙からスマホ提出に切り替え
　・番号の閲覧は人事課の3名に限定、アクセスログを全件保存
　・支払調書の作成時間が年間約80時間削減

個人番号は暗号化して国内データセンターに保管され、弊社社員も閲覧できない設計です。
詳しくは添付の事例紹介をご覧ください。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "事例紹介_マイナンバー管理クラウド_教育機関.pdf",
                  "lines": ["導入事例：私立大学 A 様", "課題：非常勤講師のマイナンバー収集に毎年2か月",
                            "効果：収集期間 2か月 → 2週間", "※個人番号の実データは掲載していません"]}],
    expect="pass", entities=[], detectors=[],
    note="case study of a My Number management product: the word マイナンバー, no number of anyone",
)

# 029 Cc に4社: 事例公開のお礼を一斉送信
add(
    sender=NOGUCHI,
    to=["k-noguchi@hinode-sangyo.co.jp"],
    cc=["chiba-m@yamabiko-kensetsu.co.jp", "yoneda@marufuku-logi.co.jp",
        "kanai.r@mitsuboshi-denso.co.jp", "t-ohara@ginga-fs.co.jp"],
    subject="導入事例ページ公開のお知らせとお礼",
    charset="iso-2022-jp",
    body="""導入事例にご協力いただいた皆様

いつもお世話になっております。日の出産業の野口です。
このたび、皆様にご協力いただいた導入事例を弊社ウェブサイトに公開いたしました。

https://www.hinode-sangyo.co.jp/case/

取材・原稿確認と、お忙しい中ご対応いただき誠にありがとうございました。
冊子版ができましたら、各社様に10部ずつお送りいたします。
""" + SIG_NOGUCHI,
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four customers of four companies in Cc (should have been Bcc)",
)

# 030 お客様の個人アドレス（yahoo）1名へ
add(
    sender=OMORI,
    to=["kazu.hamaguchi@yahoo.co.jp"],
    subject="Re: セミナー資料ダウンロードのURL",
    charset="iso-2022-jp",
    body="""濱口様

お世話になっております。日の出産業の大森です。
会社のメールが使えない期間とのことで、こちらのアドレスにお送りします。
セミナー資料のダウンロードURLは以下です（公開資料です）。

https://www.hinode-sangyo.co.jp/seminar/1120/download/

12/31 まで有効です。何かあればお知らせください。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a customer's personal address) with a link to public slides",
)

# 031 旅券番号: 海外展示会の出張者5名を旅行会社へ
_tv = people(5)
_pp_rows = []
for p in _tv:
    y, mo, d = dob()
    _pp_rows.append([p["ROMAJI"], f"{rng.choice(['TK', 'TR', 'TZ', 'MU'])}{rng.randint(1000000, 9999999)}",
                     f"{y}/{mo:02d}/{d:02d}", f"20{rng.randint(28, 34)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"])
add(
    sender=MAKABE,
    to=["日和トラベル 法人営業部 上野様 <ueno@hiyori-travel.co.jp>"],
    subject="Hannover Messe 出張（4/18-4/26）航空券・ホテル手配のお願い",
    charset="utf-8",
    body="""日和トラベル株式会社
法人営業部 上野様

お世話になっております。日の出産業 海外営業支援の真壁です。
4月のハノーバーメッセ出展に伴う出張手配をお願いいたします。
出張者5名のパスポート情報は以下のとおりです（パスポートの表記どおり）。

""" + columns(["NAME", "PASSPORT No.", "DATE OF BIRTH", "EXPIRY"], _pp_rows) + """

・往路：4/18 羽田発 フランクフルト経由
・復路：4/25 ハノーバー発 → 4/26 羽田着
・ホテル：会場まで公共交通30分以内、シングル5室

お見積をいただけますでしょうか。
""" + SIG_MAKABE.replace("Best regards,\n\n", ""),
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="passport numbers and birth dates of five travellers sent to a travel agency",
)

# 032 セミナー案内: 顧客を正しく Bcc に
_bcc = ["ishida.k@minato-seiki.co.jp", "h.morishita@tokai-kasei.co.jp", "yoneda@marufuku-logi.co.jp",
        "miyahara.s@asanagi-chem.co.jp", "takagi@tachibana-iryoki.co.jp", "toyama.k@tsubaki-pharma.co.jp",
        "t-ohara@ginga-fs.co.jp", "kanai.r@mitsuboshi-denso.co.jp", "sakaguchi@kurenai-kogyo.co.jp",
        "m.nozaki@hanamizuki-tec.co.jp", "sano@tokiwa-plant.co.jp", "soumu@seiran-u.ac.jp",
        "k.tsuji@hokushin-eng.co.jp", "chiba-m@yamabiko-kensetsu.co.jp"]
add(
    sender=SEMINAR,
    to=["seminar@hinode-sangyo.co.jp"],
    bcc=_bcc,
    subject="【残席わずか】1/22 工場見学会＆ハンズオン のご案内",
    charset="iso-2022-jp",
    body="""※本メールは弊社とお取引のあるお客様に、BCCにてお送りしております。

お客様各位

日頃より大変お世話になっております。日の出産業 セミナー事務局です。
1月22日（木）に開催する浜松工場見学会＆ハンズオンの残席が、残り8席となりました。

　日時：2026年1月22日（木）13:30～17:00
　会場：日の出産業 浜松工場（静岡県浜松市中央区高丘東4-2-1）
　定員：20名（1社2名様まで）
　お申込み：https://www.hinode-sangyo.co.jp/seminar/0122/

工場内は撮影禁止となっております。あらかじめご了承ください。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="invitation to 14 customers correctly sent in Bcc (To is our own mailbox)",
)

# 033 代理店向け価格表（JANコード13桁入り）
def _jan13() -> str:
    """A JAN code with a valid JAN check digit whose digits do not form a valid 法人番号."""
    while True:
        body = "4589" + f"{rng.randint(0, 99999999):08d}"
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - s % 10) % 10)
        if corporate_number(code[1:]) != code:
            return code


_jan = [_jan13() for _ in range(5)]
add(
    sender=HIYAMA,
    to=["西海テクノ 商品部 <shohin@saikai-techno.co.jp>"],
    subject="消耗品 価格表（JANコード付き）送付の件",
    charset="cp932",
    body="""西海テクノ株式会社
商品部 御中

お世話になっております。日の出産業の檜山です。
御社の受発注システム登録用に、消耗品の価格表をJANコード付きでお送りします。
商品マスタへのご登録をお願いいたします。
""" + SIG_HIYAMA,
    attachments=[{"kind": "xlsx", "name": "消耗品価格表_JAN付.xlsx",
                  "sheets": {"消耗品": [["消耗品 価格表（2026年1月改定）"], [],
                                      ["JANコード", "型番", "品名", "入数", "代理店価格"],
                                      [_jan[0], "HS-BT01", "交換用バッテリー", 1, 4200],
                                      [_jan[1], "HS-PR05", "測定プローブ", 1, 6800],
                                      [_jan[2], "HS-CL10", "校正用治具", 1, 12500],
                                      [_jan[3], "HS-FL20", "保護フィルム", 10, 1800],
                                      [_jan[4], "HS-CS02", "キャリングケース", 1, 3900]]}}],
    expect="pass", entities=[], detectors=[],
    note="consumables price list with 13-digit JAN codes and product codes: no person's data",
)

# 034 破損ファイル: 見積書 xlsx が壊れている
add(
    sender=SUGAWARA,
    to=["東海化成工業 購買部 森下様 <h.morishita@tokai-kasei.co.jp>"],
    subject="御見積書（HQ-2025-11-0412）",
    charset="iso-2022-jp",
    body="""東海化成工業株式会社
購買部 森下様

お世話になっております。日の出産業の菅原です。
ご依頼の御見積書をお送りいたします。ご査収のほどよろしくお願いいたします。
""" + SIG_SUGAWARA,
    attachments=[{"kind": "corrupt", "name": "御見積書_HQ-2025-11-0412.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the quotation .xlsx is corrupt and cannot be read",
)

# 035 三者間: 顧客と制作会社の2社で取材の段取り
add(
    sender=NOGUCHI,
    to=["米田 様 <yoneda@marufuku-logi.co.jp>"],
    cc=["ことばワークス 編集部 寺田様 <terada@kotoba-works.co.jp>", "k-noguchi@hinode-sangyo.co.jp"],
    subject="取材当日の流れについて（丸福ロジテック様 導入事例）",
    charset="utf-8",
    body="""丸福ロジテック株式会社 広報室 米田様
（CC：ことばワークス 寺田様）

お世話になっております。日の出産業の野口です。
12/3 の取材当日の流れをお送りします。記事制作は ことばワークス の寺田様にお願いしております。

　13:30　御社 本社受付にて集合（弊社野口、寺田様、カメラマン）
　13:45　ご挨拶・趣旨説明
　14:00　インタビュー（1人15分×5名様）
　15:30　倉庫内の撮影（30分程度）
　16:00　終了

撮影NGのエリアがあれば事前に教えてください。
""" + SIG_NOGUCHI,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="customer and the writing agency (two external organisations) in To/Cc: a normal three-way mail",
)

# 036 要配慮: 取材対象者の病気休職をライター（gmail）へ
_sick = person()
add(
    sender=NOGUCHI,
    to=["Yoko Sasaki <yoko.sasaki.writer@gmail.com>"],
    subject="Re: 椿ファーマ様 取材の件（対象者変更）",
    charset="utf-8",
    body=f"""佐々木さん

お疲れさまです。野口です。
椿ファーマ様の取材ですが、お話を伺う予定だった製造管理部の{_sick['name']}様が、
うつ病で来月まで休職されることになったそうです（先方広報の方から内々に伺いました）。
代わりに遠山様が対応してくださいます。

記事では{_sick['sur'][0]}様のお名前は出さない方向で、構成を組み直させてください。
日程は変わらず 12/9 です。
""" + SIG_NOGUCHI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named person's illness and sick leave (要配慮個人情報) sent to a free-mail writer",
)

# 037 社内: パスワード付きZIP（宛先は全員社内）
add(
    sender=SUGAWARA,
    to=["t-sugawara@hinode-sangyo.co.jp", "kaneda.h@hinode-sangyo.co.jp"],
    subject="見積根拠資料（暗号化ZIP）",
    charset="iso-2022-jp",
    body="""金田さん

お疲れさまです。菅原です。
先ほどの案件の見積根拠資料を、念のため暗号化ZIPで送ります。
パスワードはいつものルールです。
""" + SIG_SUGAWARA,
    attachments=[{"kind": "zip", "name": "見積根拠_HQ0412.zip", "password": "mitsu0412",
                  "files": [{"kind": "xlsx", "name": "見積根拠.xlsx",
                             "sheets": {"根拠": [["項目", "金額"], ["部材", 410000], ["工数", 220000]]}}]}],
    expect="pass", entities=[], detectors=[],
    note="an encrypted ZIP, but both recipients are internal",
)

# 038 ホテルへ: アレルギー対応の人数のみ（氏名なし）
add(
    sender=OMORI,
    to=["さくらホテル 宴会営業 三上様 <mikami@sakura-hotel.jp>"],
    subject="12/4 お弁当の件（特別対応の数量）",
    charset="iso-2022-jp",
    body="""三上様

お世話になっております。日の出産業の大森です。
12/4 のお弁当40個のうち、特別対応分の数量をお知らせいたします。

　・卵アレルギー対応　2個
　・そばアレルギー対応　1個
　・ベジタリアン対応　1個
　・通常　36個

特別対応分には、蓋に対応内容のシールを貼っていただけますと助かります。
どなたの分かは当日こちらで配布いたしますので、お名前の記載は不要です。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="numbers of allergy-friendly lunches only: no identifiable person",
)

# 039 タブ区切り: 氏名列なしのリード12件を代理店へ
_t_rows = []
for _ in range(12):
    a = attendee()
    _t_rows.append("\t".join([a["company"], a["dept"], a["tel"], a["email"],
                              rng.choice(["A", "B", "B", "C"])]))
add(
    sender=HIYAMA,
    to=["北斗商事 営業部 谷口様 <taniguchi@hokuto-shoji.co.jp>"],
    subject="Webセミナー視聴者（関東・東北）リスト",
    charset="cp932",
    body="""谷口様

お世話になっております。檜山です。
先週のWebセミナー視聴者のうち、御社担当エリアの12件です。
Excelからそのまま貼り付けていますので、崩れていたらすみません。
ランクAの方から優先してお電話いただけると助かります。

会社名\t部署\t電話\tメール\tランク
""" + "\n".join(_t_rows) + "\n" + SIG_HIYAMA,
    expect="stop", entities=["PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="12 viewers' direct phones and e-mails, tab-separated with no name column, to an external dealer",
)

# 040 English reply quoting the partner's attendee list
add(
    sender=MAKABE,
    to=["Daniel Lim <daniel.lim@brightwave-solutions.com>"],
    subject="Re: Attendees for the factory visit on 3 Dec",
    charset="utf-8",
    body="""Hi Daniel,

Thanks, noted. We have booked the meeting room for six and lunch for eight (including two of
us). A car will pick you up at Hamamatsu station, north exit, at 9:30.

""" + SIG_MAKABE + """

On Tue, 11 Nov 2025 at 18:03, Daniel Lim <daniel.lim@brightwave-solutions.com> wrote:
> Hi Shun,
>
> Here are our attendees for the visit:
> 1. Daniel Lim, Sales Director, +65 9123 4471, daniel.lim@brightwave-solutions.com
> 2. Priya Nair, Product Manager, +65 8455 2093, priya.nair@brightwave-solutions.com
> 3. Tan Wei Ming, Field Engineer, +65 9730 6618, weiming.tan@brightwave-solutions.com
> 4. Sarah Koh, Marketing, +65 8012 7754, sarah.koh@brightwave-solutions.com
> 5. Marcus Goh, Field Engineer, +65 9266 3120, marcus.goh@brightwave-solutions.com
> 6. Aiko Tanabe, Interpreter, +65 8871 0452, aiko.tanabe@brightwave-solutions.com
>
> Best,
> Daniel
""",
    expect="pass", entities=[], detectors=[],
    note="English reply; the six attendees' contacts are only in the quoted text the partner wrote",
)

# 041 件名に【極秘】: 価格改定案を代理店へ
add(
    sender=KIDO,
    to=["東邦ビジネスサービス 取締役 営業本部長 藤巻様 <fujimaki@toho-bizserv.co.jp>"],
    subject="【極秘】2026年4月 価格改定案（代理店様限定・事前共有）",
    charset="cp932",
    body="""東邦ビジネスサービス株式会社
取締役 営業本部長 藤巻様

いつも大変お世話になっております。日の出産業の城戸でございます。
来年4月に予定しております価格改定案を、主要代理店様に限り事前に共有させていただきます。
正式発表（2月中旬）までは、御社内でも限られた方のみでのお取り扱いをお願い申し上げます。

　・本体製品：平均 +6.5%
　・保守サービス：+4%
　・消耗品：据え置き

詳細は添付の資料をご覧ください。
""" + SIG_KIDO,
    attachments=[{"kind": "pdf", "name": "2026年4月価格改定案.pdf", "page_header": "極秘",
                  "lines": ["2026年4月 価格改定案", "対象：全製品（消耗品を除く）", "平均改定率 +6.5%"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and PDF page header carry the classification 極秘, sent to a dealer",
)

# 042 「社外秘」に言及するだけ（公開版を送る）
add(
    sender=MIURA,
    to=["北辰エンジニアリング 営業企画 辻様 <k.tsuji@hokushin-eng.co.jp>"],
    subject="Re: 導入実績の資料について",
    charset="iso-2022-jp",
    body="""辻様

お世話になっております。日の出産業の三浦です。

お問い合わせいただいた「業種別の導入実績一覧」ですが、社内で社外秘扱いとなっている
資料のため、そのままではお渡しすることができません。申し訳ございません。
代わりに、お客様名の掲載許諾をいただいている事例のみをまとめた公開版の
事例集をお送りいたします。

業種別の件数だけであれば口頭でご説明可能ですので、次回のお打ち合わせでお話しいたします。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "導入事例集_2025秋_公開版.pdf",
                  "lines": ["導入事例集 2025 秋", "山彦建設株式会社 様", "三ツ星電装株式会社 様",
                            "丸福ロジテック株式会社 様", "銀河フードサービス株式会社 様"]}],
    expect="pass", entities=[], detectors=[],
    note="explains that an internal document is treated as 社外秘 and sends the public version: a mention, no marking",
)

# 043 掲載許諾書（お客様の法人番号入り）の控えを返送
_cust_corp = corporate_number("370001028164")
add(
    sender=NOGUCHI,
    to=["金井 様 <kanai.r@mitsuboshi-denso.co.jp>"],
    subject="導入事例 掲載許諾書（控え）のご送付",
    charset="iso-2022-jp",
    body="""三ツ星電装株式会社
生産技術部 金井様

お世話になっております。日の出産業の野口です。
先日ご返送いただいた掲載許諾書に弊社の記名押印をいたしましたので、
控えをPDFにてお送りいたします。原本は郵送いたしました。

このたびはご協力いただき、誠にありがとうございました。
""" + SIG_NOGUCHI,
    attachments=[{"kind": "pdf", "name": "掲載許諾書_三ツ星電装様_控.pdf",
                  "lines": ["導入事例 掲載許諾書", "日の出産業株式会社 御中",
                            "当社は、貴社が作成した導入事例記事の掲載を許諾します。",
                            "掲載媒体：ウェブサイト、製品カタログ、展示会配布資料",
                            "写真の使用：可　／　社名・ロゴの使用：可", "",
                            "会社名：三ツ星電装株式会社",
                            f"法人番号：{_cust_corp}",
                            "所在地：愛知県刈谷市東陽町3-21",
                            "代表者：代表取締役社長 森本 健三",
                            "許諾日：2025年11月7日"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="countersigned permission form back to the customer: company data and its 法人番号, no personal data",
)

# 044 フリーランス3名（gmail / icloud / outlook.jp）を To に並べる
add(
    sender=NOGUCHI,
    to=["yoko.sasaki.writer@gmail.com", "photo.okabe@icloud.com", "mio-illust@outlook.jp"],
    subject="事例冊子 制作スケジュールの共有",
    charset="utf-8",
    body="""佐々木さん、岡部さん、澪さん

お疲れさまです。日の出産業の野口です。
事例冊子（8社掲載）の制作スケジュールを共有します。

　原稿　　　：12/19 まで（佐々木さん）
　写真納品　：12/12 まで（岡部さん）
　イラスト　：1/9 まで（澪さん）
　入稿　　　：1/23

各社の確認状況はこちらで管理します。よろしくお願いします。
""" + SIG_NOGUCHI,
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three freelancers (three private persons on free mail) see each other's addresses in To",
)

# 045 カメラマン（icloud）1名へ撮影の段取り
add(
    sender=NOGUCHI,
    to=["岡部 様 <photo.okabe@icloud.com>"],
    subject="12/3 撮影の段取り（丸福ロジテック様 倉庫）",
    charset="iso-2022-jp",
    body="""岡部さん

お世話になっております。野口です。
12/3 の撮影の段取りです。

　集合：13:30 丸福ロジテック 本社1F受付
　　　　大阪府大阪市住之江区南港北1-6-30（南港ポートタウン線 中ふ頭駅 徒歩5分）
　撮影：15:30～16:00 倉庫内（ピッキングエリア、入荷バース）
　注意：倉庫内はヘルメット着用（先方で貸与）。フラッシュ使用不可。

当日、何かあれば私の携帯までご連絡ください。
""" + SIG_NOGUCHI,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail photographer; the only address is the customer's office",
)

# 046 社内: 見積依頼（顧客担当者1名の連絡先）
add(
    sender="小田切 悠 <y-otagiri@hinode-sangyo.co.jp>",
    to=["mitsumori-center@hinode-sangyo.co.jp"],
    subject="見積依頼：紅工業様 生産ライン可視化（追加分）",
    charset="cp932",
    body="""見積センター御中

東京営業部の小田切です。以下の見積作成をお願いします。

【顧客】紅工業株式会社 生産管理部 坂口様
　　　　TEL 048-556-2210　sakaguchi@kurenai-kogyo.co.jp
【内容】既存ライン3本への HS-VS210 追加（各8点）
【希望提出日】11/21
【備考】前回提案（HQ-2025-10-0288）からの追加扱い、値引率は前回同様

よろしくお願いします。
--
小田切 悠（東京営業部）内線 2218
""",
    expect="pass", entities=[], detectors=[],
    note="internal quote request with one customer's business contact",
)

# 047 クレジットカード番号: 有料セミナー参加費をイベント会社へ転送
_cc0 = card_number(SEED + 0)
_payer = attendee(CUSTOMERS[11])
add(
    sender=OMORI,
    to=["イベントプラス 決済窓口 <payment@event-plus.jp>"],
    subject="有料講座 参加費のカード決済依頼（電話受付分）",
    charset="iso-2022-jp",
    body=f"""イベントプラス 決済ご担当者様

お世話になっております。日の出産業セミナー事務局の大森です。
1/22 有料講座の参加費について、お電話でカード払いのお申し出がありましたので、
決済処理をお願いいたします。

　お申込者：{_payer['company']} {_payer['name']} 様
　金額　　：33,000円（税込）
　カード番号：{_cc0[:4]}-{_cc0[4:8]}-{_cc0[8:12]}-{_cc0[12:]}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　名義　　：{_payer['ROMAJI']}

処理完了後、ご連絡をお願いいたします。
""" + SIG_OMORI,
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a payer's full credit card number with name and expiry sent to an external company",
)

# 048 カード番号はメールで送らないで（下4桁のみ）
add(
    sender=OMORI,
    to=["辻 様 <k.tsuji@hokushin-eng.co.jp>"],
    subject="Re: 有料講座のお支払いについて",
    charset="iso-2022-jp",
    body="""辻様

お世話になっております。セミナー事務局の大森です。
お支払い方法についてお問い合わせいただきありがとうございます。

クレジットカードでのお支払いは、申込ページの決済画面からお願いいたします。
恐れ入りますが、カード番号をメールやお電話でお知らせいただくことはお控えください。

なお、先ほどの決済は正常に完了しております。
　決済番号：PAY-20251114-00382
　ご利用カード：**** **** **** 4471
　金額：33,000円

領収書は申込ページの「マイページ」からダウンロードいただけます。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="talks about credit cards and shows only a masked card (last four digits)",
)

# 049 XLS（旧形式）: 受講者名簿15名を研修センターへ
_x_rows = [["保全技能講習 受講者名簿（2月期）"], ["No", "氏名", "ふりがな", "会社名", "連絡先電話"]]
for i in range(15):
    a = attendee()
    _x_rows.append([i + 1, a["name"], a["kana"], a["company"], a["mobile"] if i % 3 else a["tel"]])
add(
    sender=HIYAMA,
    to=["中部技能研修センター 事務局 <jimukyoku@chubu-ginou.or.jp>"],
    subject="2月期 保全技能講習 受講者名簿",
    charset="cp932",
    body="""中部技能研修センター
事務局 御中

お世話になっております。日の出産業の檜山です。
2月期の保全技能講習の受講者名簿（15名）をお送りします。
会場の収容人数の確認と、テキストの手配をお願いいたします。
""" + SIG_HIYAMA,
    attachments=[{"kind": "xls", "name": "受講者名簿_2月期.xls", "sheets": {"名簿": _x_rows}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy .xls roster of 15 trainees with phone numbers sent to an external training centre",
)

# 050 代理店向け研修資料 PPTX（著作権表示のみ）
add(
    sender=HIYAMA,
    to=["setouchi-sys.jp 営業部 <sales@setouchi-sys.jp>"],
    subject="代理店様向け製品研修資料（HS-MON 操作編）",
    charset="utf-8",
    body="""瀬戸内システム株式会社
営業部 御中

お世話になっております。日の出産業 代理店営業課の檜山です。
12/2 のオンライン製品研修で使用する資料を事前にお送りします。
御社内での研修・お客様へのご説明にご自由にお使いください（改変はご遠慮ください）。
""" + SIG_HIYAMA,
    attachments=[{"kind": "pptx", "name": "代理店研修_HS-MON操作編.pptx", "page_footer": "© 2025 Hinode Sangyo Co., Ltd.",
                  "slides": [["HS-MON 操作編", "代理店様向け製品研修"],
                             ["ログインとダッシュボード", "初期パスワードは初回ログイン時に変更", "アラート一覧の見方"],
                             ["よくある質問", "センサー追加の手順", "帳票の出力"]]}],
    expect="pass", entities=[], detectors=[],
    note="dealer training deck with a copyright footer only; mentions passwords in general",
)

# 051 look-alike: 自社ドメインの TLD 違い（hinode-sangyo.com）
add(
    sender=MIURA,
    to=["野口さん <k-noguchi@hinode-sangyo.com>"],
    subject="事例集 表紙案（3パターン）",
    charset="iso-2022-jp",
    body="""野口さん

お疲れさまです。三浦です。
事例集の表紙案を3パターン作ってみました。
個人的にはB案推しですが、ご意見ください。

よろしくお願いします。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "事例集表紙案_ABC.pdf",
                  "lines": ["A案：工場の写真を全面に", "B案：8社のロゴを並べる", "C案：イラスト"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="colleague's address typed with our own name on another TLD (hinode-sangyo.com): a look-alike, external",
)

# 052 社内（サブドメイン）: 当日スタッフと来賓の連絡先一覧
_vip = [attendee() for _ in range(8)]
add(
    sender=OMORI,
    to=["seminar-staff@mail.hinode-sangyo.co.jp"],
    cc=["s-kido@hinode-sangyo.co.jp"],
    subject="12/4 セミナー 来賓・登壇者 緊急連絡先（当日スタッフ限り）",
    charset="iso-2022-jp",
    body="""当日スタッフの皆さん

お疲れさまです。大森です。
12/4 の来賓・登壇者の緊急連絡先です。到着が遅れている場合などにご利用ください。
当日終了後は削除をお願いします。

""" + columns(["氏名", "会社", "携帯"], [[a["name"], a["company"], a["mobile"]] for a in _vip], fill="　", rule="－") + "\n" + SIG_OMORI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="eight guests' mobiles, but recipients are internal (mail.hinode-sangyo.co.jp and hinode-sangyo.co.jp)",
)

# 053 DOCX 表: 取材対象者6名の連絡先を制作会社へ
_int6 = [attendee(CUSTOMERS[7]) for _ in range(6)]
add(
    sender=NOGUCHI,
    to=["ことばワークス 編集部 寺田様 <terada@kotoba-works.co.jp>"],
    subject="銀河フードサービス様 取材対象者リスト",
    charset="utf-8",
    body="""寺田様

お世話になっております。日の出産業の野口です。
銀河フードサービス様の取材対象者リストをお送りします。
個別の日程調整は、各自の携帯に直接ご連絡いただいて構わないと先方から了承をいただいています。
""" + SIG_NOGUCHI,
    attachments=[{"kind": "docx", "name": "取材対象者リスト_銀河FS様.docx",
                  "paragraphs": ["銀河フードサービス株式会社 導入事例 取材対象者", "取材期間：12/8～12/12"],
                  "tables": [[["氏名", "所属", "携帯電話", "メール"]] +
                             [[a["name"], a["dept"], a["mobile"], a["email"]] for a in _int6]]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of six interviewees with mobiles and e-mails sent to an external writing agency",
)

# 054 事例公開のお知らせ（1社宛）
add(
    sender=NOGUCHI,
    to=["金井 様 <kanai.r@mitsuboshi-denso.co.jp>"],
    cc=["伊吹 様 <ibuki.s@mitsuboshi-denso.co.jp>"],
    subject="導入事例 公開のお知らせ",
    charset="cp932",
    body="""三ツ星電装株式会社
金井様、伊吹様

お世話になっております。日の出産業の野口です。
本日、御社の導入事例を弊社ウェブサイトに公開いたしました。

https://www.hinode-sangyo.co.jp/case/mitsuboshi-denso/

掲載許諾書の範囲（ウェブ・カタログ・展示会）で使用させていただきます。
記事中の個人が特定される情報は、お名前・肩書き以外は掲載しておりません。
改めまして、ご協力いただき誠にありがとうございました。
""" + SIG_NOGUCHI,
    expect="pass", entities=[], detectors=[],
    note="publication notice to two people of one customer; talks about personal information without carrying any",
)

# 055 NDA 案文を法律事務所へ
add(
    sender=KIDO,
    to=["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    subject="販売代理店との秘密保持契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。日の出産業の城戸です。
新規の販売代理店と締結予定の秘密保持契約書（案）をお送りいたします。
第2条の秘密情報の定義と、第7条の有効期間について、ご意見をいただけますでしょうか。
12月第1週に先方へ提示したいと考えております。
""" + SIG_KIDO,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v3.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）と○○株式会社（以下「乙」という）は、"
                                 "以下のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲の製品の販売代理に関する検討のために開示される秘密情報の取扱いを定める。",
                                 "第2条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した技術上又は営業上の情報をいう。",
                                 "第3条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                                 "第7条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="NDA draft to the partner law firm: the text defines 秘密情報 but the document is not stamped",
)

# 056 在留カード番号: 外国籍社員の工場入構申請
_f1 = {"name": "NGUYEN VAN AN", "card": "UH" + f"{rng.randint(10000000, 99999999)}" + "FA"}
_f2 = {"name": "LI MEIHUA", "card": "RK" + f"{rng.randint(10000000, 99999999)}" + "CN"}
add(
    sender=HIYAMA,
    to=["東海化成工業 四日市工場 総務課 <yokkaichi-soumu@tokai-kasei.co.jp>"],
    subject="12/10 工場入構申請（日の出産業 3名）",
    charset="utf-8",
    body=f"""東海化成工業株式会社
四日市工場 総務課 御中

お世話になっております。日の出産業の檜山です。
12/10 の HS-MON 設置立会いにつき、入構申請をお願いいたします。
外国籍の社員は在留カードの番号が必要とのことでしたので、記載いたします。

1. 檜山 直樹（日本）
2. {_f1['name']}　在留カード番号：{_f1['card']}　生年月日：1996年8月14日
3. {_f2['name']}　在留カード番号：{_f2['card']}　生年月日：1993年2月27日

入構時間 9:00～17:00、車両1台（品川 400 さ 12-34）です。
""" + SIG_HIYAMA,
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two employees' residence card (在留カード) numbers and birth dates sent to a customer's plant",
)

# 057 社内: 講師のマイナンバーを経理へ（全員社内）
_lec2 = person()
_mn1 = my_number(SEED + 1)
add(
    sender=KIDO,
    to=["keiri@hinode-sangyo.co.jp"],
    subject="外部講師謝金 支払処理のお願い（個人番号あり）",
    charset="iso-2022-jp",
    body=f"""経理部 御中

営業支援部の城戸です。
11/20 セミナーの外部講師謝金の支払処理をお願いします。
講師から提出された個人番号カードの写しは別途、社内便で総務にお渡しします。

　講師氏名：{_lec2['name']}
　住所　　：{address()}
　個人番号：{_mn1}
　金額　　：150,000円（税込、源泉徴収前）
　振込予定：12/25

よろしくお願いいたします。
""" + SIG_KIDO,
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=[],
    note="a lecturer's My Number, but the only recipient is internal (経理部)",
)

# 058 共同出展: パートナーへ説明員2名の携帯
_b2 = people(2)
add(
    sender=OMORI,
    to=["川崎電機 販促課 河野様 <kono.t@kawasaki-denki.co.jp>"],
    subject="スマート工場EXPO 共同ブース 当日の説明員について",
    charset="iso-2022-jp",
    body=f"""河野様

お世話になっております。日の出産業の大森です。
共同ブースの弊社側説明員は以下の2名です。
設営日（1/20）にご挨拶させていただきます。

　{_b2[0]['name']}（営業支援部）携帯：{mobile()}
　{_b2[1]['name']}（技術サポート）携帯：{mobile()}

搬入車両は弊社で1台、13:00 着の予定です。
""" + SIG_OMORI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two staff members' mobiles to a partner for a joint booth: under five people, may warn",
)

# 059 本文に全角スペースで揃えた名札用リスト10名をホテルへ
_badge = [attendee() for _ in range(10)]
add(
    sender=OMORI,
    to=["mikami@sakura-hotel.jp"],
    subject="名札作成のお願い（12/4 セミナー）",
    charset="iso-2022-jp",
    body="""さくらホテル　三上様

お世話になっております。日の出産業の大森です。
名札の作成をお願いしたく、来場者リストをお送りします。
受付で到着確認の電話をかける場合があるため、電話番号も載せています。

""" + columns(["氏名", "会社名", "電話番号"], [[a["name"], a["company"], zen(a["tel"])] for a in _badge],
              fill="　", rule="―") + "\n\n" + SIG_OMORI,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ten attendees' names and phone numbers (full-width, padded columns) in the body to the hotel",
)

# 060 会場候補ホテル一覧（事業者）をイベント会社へ
add(
    sender=OMORI,
    to=["イベントプラス 秋元様 <akimoto@event-plus.jp>"],
    subject="2026年度 地方セミナー 会場候補",
    charset="cp932",
    body="""秋元様

お世話になっております。大森です。
来年度の地方セミナーの会場候補です。空き状況と見積をお願いできますでしょうか。

""" + columns(["都市", "会場", "所在地", "代表電話", "候補日"], [
        ["札幌", "ホテルノースゲート札幌", "北海道札幌市中央区北4条西5-1", "011-231-7700", "5/21"],
        ["仙台", "仙台リバーサイドホール", "宮城県仙台市青葉区本町2-16-10", "022-262-1180", "6/11"],
        ["名古屋", "ささしまカンファレンス", "愛知県名古屋市中村区平池町4-60", "052-582-4400", "6/25"],
        ["大阪", "中之島フォーラム", "大阪府大阪市北区中之島5-3-51", "06-6447-2100", "7/9"],
        ["福岡", "博多ベイサイドプラザ会議棟", "福岡県福岡市博多区築港本町13-6", "092-281-5560", "7/23"],
    ]) + "\n" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="a list of five venues with addresses and switchboard numbers: businesses, not people",
)

# 061 16桁の注文番号（カード番号ではない）
_order16 = not_luhn("2025111400073318")
add(
    sender=SUGAWARA,
    to=["購買システム窓口 <edi-support@ginga-fs.co.jp>"],
    subject="発注データの照合について（注文番号 " + _order16 + "）",
    charset="iso-2022-jp",
    body=f"""銀河フードサービス株式会社
購買システム窓口 御中

お世話になっております。日の出産業 見積センターの菅原です。
御社購買システムから受信した下記の注文について、見積との差異がございましたのでご確認ください。

　注文番号　：{_order16}
　見積番号　：HQ-2025-10-0355
　品目　　　：HS-TS105 温度センサー
　注文数量　：60　（見積数量：66）

見積は予備6個を含めた数量でしたが、予備分を除いたご発注でよろしいでしょうか。
""" + SIG_SUGAWARA,
    expect="pass", entities=[], detectors=[],
    note="a 16-digit purchase order number that fails Luhn: an order number, not a card",
)

# 062 "Internal Only" footer on a PDF sent to a foreign partner
add(
    sender=MAKABE,
    to=["Chen Yu-Ting <yuting.chen@lumencore-tech.com>"],
    subject="Competitive positioning notes for the Taipei tender",
    charset="utf-8",
    body="""Dear Yu-Ting,

As discussed, here are our notes on how the HS-Series compares with the two other bidders.
Please use them to prepare your answers for the tender Q&A next week.
""" + SIG_MAKABE,
    attachments=[{"kind": "pdf", "name": "Competitive_Positioning_HS.pdf",
                  "page_footer": "INTERNAL ONLY - Hinode Sangyo Sales Support", "title": "Competitive positioning",
                  "lines": ["Competitive positioning: HS-Series vs. competitors",
                            "Competitor A: weak in retrofit, strong on price (-15%)",
                            "Competitor B: cloud hosted outside Taiwan",
                            "Our floor price for the tender: USD 398 per unit"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF stamped INTERNAL ONLY on every page, sent to a foreign partner",
)

# 063 英語の CONFIDENTIALITY NOTICE（定型の免責文）
add(
    sender=MAKABE,
    to=["Chen Yu-Ting <yuting.chen@lumencore-tech.com>"],
    subject="Re: Demo unit shipment",
    charset="utf-8",
    body="""Dear Yu-Ting,

The demo unit (HS-PX200, serial PX2-250911-0042) left Narita this morning.
AWB: 131-48820176. Expected arrival in Taipei: Thursday.

Please keep the original carton; the unit has to come back within 60 days.

Kind regards,
Shun Makabe
Overseas Sales Support, Hinode Sangyo Co., Ltd.

------------------------------------------------------------
CONFIDENTIALITY NOTICE: The information contained in this e-mail
and any attachments is confidential and may be legally privileged.
It is intended only for the named recipient(s). If you are not
the intended recipient, please delete this e-mail and notify us.
------------------------------------------------------------
""",
    expect="pass", entities=[], detectors=[],
    note="shipping notice (serial, air waybill) with a standard CONFIDENTIALITY NOTICE footer: a disclaimer",
)

# 064 保護された PDF（パスワード）見積書を代理店へ
add(
    sender=SUGAWARA,
    to=["瀬戸内システム 岸本様 <kishimoto@setouchi-sys.jp>"],
    subject="御見積書（HQ-2025-11-0451）パスワード付PDF",
    charset="iso-2022-jp",
    body="""岸本様

お世話になっております。菅原です。
御見積書をパスワード付きPDFでお送りします。パスワードは檜山からお電話でお伝えします。
""" + SIG_SUGAWARA,
    attachments=[{"kind": "pdf", "name": "御見積書_HQ-2025-11-0451.pdf", "password": "setouchi0451",
                  "lines": ["御見積書", "瀬戸内システム株式会社 御中", "合計 2,640,000円（税込）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF quotation: cannot be inspected",
)

# 065 顧客担当者1名の連絡先を代理店へ（引き継ぎ）
add(
    sender=HIYAMA,
    to=["北斗商事 谷口様 <taniguchi@hokuto-shoji.co.jp>"],
    subject="【ご紹介】常盤プラント様 HS-PX200 ご検討の件",
    charset="iso-2022-jp",
    body="""谷口様

お世話になっております。檜山です。
弊社HPからお問い合わせのあった案件を、御社エリアのため引き継がせてください。

　常盤プラント株式会社 資材課 佐野様
　TEL 029-264-5518（資材課直通）
　sano@tokiwa-plant.co.jp

HS-PX200 を5台ほど、年度内導入でご検討とのことです。
佐野様には、北斗商事様からご連絡が入る旨をお伝え済みです。
""" + SIG_HIYAMA,
    expect="pass", entities=[], detectors=[],
    note="one customer contact's business details handed to a dealer: a business contact, one person",
)

# 066 ブロック形式: 展示会リード5名（携帯つき）を代理店へ
_blk = [attendee() for _ in range(5)]
add(
    sender=HIYAMA,
    to=["陸奥OAセンター 工藤様 <kudo.t@mutsu-oa.co.jp>"],
    subject="展示会名刺情報（東北エリア分）",
    charset="utf-8",
    body="""工藤様

お世話になっております。檜山です。
先日の展示会でいただいた名刺のうち、東北エリアの5名分です。

""" + "\n".join(f"""【{i + 1}】
氏名：{a['name']}（{a['kana']}）
会社：{a['company']} {a['dept']} {a['title']}
携帯：{a['mobile']}
Mail：{a['email']}
メモ：{rng.choice(['来期予算で検討', 'デモ希望', '他社と比較中', '情報収集'])}
""" for i, a in enumerate(_blk)) + SIG_HIYAMA,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five business-card records (one block each: name, mobile, e-mail) sent to an external dealer",
)

# 067 セミナープログラム（登壇者4名の略歴、連絡先なし）
add(
    sender=OMORI,
    to=["ツバサシステム 西條様 <saijo@tsubasa-system.jp>"],
    subject="1/28 セミナー プログラム最終版",
    charset="iso-2022-jp",
    body="""西條様

お世話になっております。大森です。
1/28 セミナーのプログラム最終版です。告知ページにこのまま掲載します。

13:30　開会挨拶　　日の出産業株式会社 営業支援部長 城戸 信也
13:40　基調講演　　青嵐学園大学 工学部 教授 五十嵐 透 氏
　　　　　　　　　（専門は生産システム工学。著書『止まらない工場』ほか）
14:30　事例講演　　三ツ星電装株式会社 生産技術部 部長 金井 隆 氏
15:10　製品紹介　　ツバサシステム株式会社 ソリューション部 西條 亜紀 氏
15:40　質疑応答・閉会

講師紹介文の長さを揃えていますので、ご確認ください。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="programme naming four speakers with titles and a public bio: no contact data",
)

# 068 either: デモ環境用のダミー顧客データ（架空と明記）
_demo = [["顧客ID", "氏名", "電話", "住所", "区分"]]
_dn = ["山田 太郎", "鈴木 花子", "佐藤 一郎", "高橋 次郎", "田中 三郎", "伊藤 桜", "渡辺 健", "中村 優子",
       "小林 学", "加藤 愛"]
for i, n in enumerate(_dn):
    _demo.append([f"DEMO{i + 1:04d}", n, f"03-0000-{i + 1:04d}", address(with_zip=False), rng.choice(["一般", "会員"])])
add(
    sender=HIYAMA,
    to=["西海テクノ 中島様 <nakashima@saikai-techno.co.jp>"],
    subject="デモ環境用のサンプルデータ",
    charset="utf-8",
    body="""中島様

お世話になっております。檜山です。
お客様向けデモ環境に投入するサンプルデータをお送りします。
氏名・電話・住所はすべて架空のダミーです（電話番号は 03-0000-xxxx の欠番帯）。
""" + SIG_HIYAMA,
    attachments=[{"kind": "csv", "name": "demo_customers.csv", "encoding": "utf-8", "rows": _demo}],
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="ten rows that look like a customer list but are declared dummy demo data: a judgement call",
)

# 069 差出人/送信日時 形式の引用の下に取材協力者のリスト
_q5 = [attendee(CUSTOMERS[0]) for _ in range(5)]
add(
    sender=NOGUCHI,
    to=["石田 様 <ishida.k@minato-seiki.co.jp>"],
    subject="RE: 事例取材 ご協力者の件",
    charset="cp932",
    body="""石田様

ご連絡ありがとうございます。野口です。
ご協力者5名様、承知いたしました。日程は後ほど個別にご相談させてください。

野口

差出人: 石田 <ishida.k@minato-seiki.co.jp>
送信日時: 2025年11月12日 10:21
宛先: 野口 佳奈 <k-noguchi@hinode-sangyo.co.jp>
件名: 事例取材 ご協力者の件

野口様

ご協力者は次の5名になります。

""" + "\n".join(f"・{a['name']}　{a['dept']}　内線直通 {a['tel']}　{a['email']}" for a in _q5) + """

湊精機 購買部 石田
""",
    expect="pass", entities=[], detectors=[],
    note="reply: the five people's contacts are only in the quoted 差出人:/送信日時: part the customer wrote",
)

# 070 暗号化なし ZIP: リード CSV（UTF-8）とパンフレット
_zrows = [["lead_id", "name", "company", "phone", "email", "interest"]]
for i in range(18):
    a = attendee()
    _zrows.append([f"L{2500 + i}", a["romaji"], a["company"], a["tel"], a["email"],
                   rng.choice(["HS-MON", "HS-PX200", "HS-GW300"])])
add(
    sender=HIYAMA,
    to=["東邦ビジネスサービス 営業推進部 <suishin@toho-bizserv.co.jp>"],
    subject="Webキャンペーン 資料請求者データ（11月分）",
    charset="iso-2022-jp",
    body="""東邦ビジネスサービス株式会社
営業推進部 御中

お世話になっております。檜山です。
11月のWebキャンペーンで資料請求のあった18件のデータと、
同梱用パンフレットをZIPにまとめてお送りします。
""" + SIG_HIYAMA,
    attachments=[{"kind": "zip", "name": "資料請求_202511.zip",
                  "files": [{"kind": "csv", "name": "leads_202511.csv", "encoding": "utf-8", "rows": _zrows},
                            {"kind": "pdf", "name": "パンフレット_HS-MON.pdf",
                             "lines": ["HS-MON クラウド監視サービス", "センサー1台から始める予知保全"]}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="ZIP holding a CSV of 18 requesters (romaji names, phones, e-mails) sent to a dealer",
)

# 071 請求書 PDF（会社の口座と登録番号）
add(
    sender=MIURA,
    to=["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
    cc=["saijo@tsubasa-system.jp"],
    subject="【請求書】11/20 共催セミナー 費用按分のご請求",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
経理部 御中

平素より大変お世話になっております。日の出産業の三浦でございます。
11/20 共催セミナーの費用（会場費・配信費）のうち、御社ご負担分の請求書をお送りいたします。

　請求番号：INV-2511-0098
　ご請求金額：418,000円（税込）
　お支払期限：2025年12月31日

お振込先は請求書に記載しております。よろしくお願い申し上げます。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "請求書_INV-2511-0098.pdf",
                  "lines": ["請求書", "ツバサシステム株式会社 御中", "請求番号 INV-2511-0098　発行日 2025/11/28",
                            "日の出産業株式会社", f"登録番号 T{OUR_CORP}",
                            "〒105-0013 東京都港区浜松町2-9-4 TEL 03-5401-7700",
                            "お振込先：みどり銀行 浜松町支店 普通 1234567 ヒノデサンギヨウ(カ"],
                  "table": [["項目", "数量", "金額"], ["会場費（按分 1/2）", "1", "240,000"],
                            ["配信費（按分 1/2）", "1", "140,000"], ["消費税", "", "38,000"],
                            ["合計", "", "418,000"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with our 登録番号 and the company's bank account: business data, no person's data",
)

# 072 参加受付の確認（本人宛1名）
add(
    sender=SEMINAR,
    to=["大原 健吾 様 <t-ohara@ginga-fs.co.jp>"],
    subject="【受付完了】1/22 工場見学会＆ハンズオン",
    charset="cp932",
    body="""銀河フードサービス株式会社
大原 健吾 様

このたびは工場見学会にお申し込みいただき、ありがとうございます。
以下の内容で受付いたしました。

　受付番号：F0122-0014
　お名前　：大原 健吾 様
　ご所属　：情報システム部
　ご連絡先：092-473-3316
　日時　　：2026年1月22日（木）13:30～17:00（受付 13:00～）

当日は本メールを印刷またはスマートフォンでご提示ください。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="registration confirmation to the registrant himself: only the recipient's own details",
)

# 073 パートナーのサブドメイン（正規）
add(
    sender=OMORI,
    to=["川崎電機 展示会事務局 <expo@eigyo.kawasaki-denki.co.jp>"],
    subject="スマート工場EXPO 共同ブース 電源容量の確認",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
展示会事務局 御中

お世話になっております。日の出産業の大森です。
共同ブースの電源について、弊社側の使用予定をお知らせします。

　・デモ機（HS-MON）　　　 400W
　・モニター 55型×2　　　 300W
　・ノートPC ×3　　　　　 200W

合計 900W のため、ブース全体の 3kW 契約の範囲に収まる見込みです。
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="a subdomain of the partner's real domain (eigyo.kawasaki-denki.co.jp): not a look-alike",
)

# 074 社内多数 + 外部1名（顧客）
add(
    sender=MIURA,
    to=["遠山 様 <toyama.k@tsubaki-pharma.co.jp>"],
    cc=["s-kido@hinode-sangyo.co.jp", "y-otagiri@hinode-sangyo.co.jp", "k-noguchi@hinode-sangyo.co.jp",
        "t-sugawara@hinode-sangyo.co.jp", "eigyo-osaka@hinode-sangyo.co.jp"],
    subject="Re: 秘密保持契約締結のご連絡",
    charset="iso-2022-jp",
    body="""遠山様

お世話になっております。日の出産業の三浦です。
秘密保持契約の締結完了のご連絡をありがとうございます。
弊社側の関係者を CC に入れております。

つきましては、詳細事例のご説明の場を設けたく、12/2～12/5 でご都合のよい日時を
お知らせいただけますでしょうか。弊社からは城戸、小田切、三浦の3名で伺います。
""" + SIG_MIURA,
    expect="pass", entities=[], detectors=[],
    note="one external recipient with five internal addresses in Cc; NDA mentioned only",
)

# 075 要配慮（信条）: 宗教上の食事制限を氏名つきでホテルへ
_rel = attendee(CUSTOMERS[10])
add(
    sender=OMORI,
    to=["さくらホテル 宴会料理 担当 <banquet@sakura-hotel.jp>"],
    subject="1/28 懇親会 お食事の個別対応について",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会料理ご担当者様

お世話になっております。日の出産業の大森です。
1/28 懇親会（30名）のお料理につき、1名様の個別対応をお願いいたします。

　{_rel['company']} {_rel['name']}様
　イスラム教を信仰されているため、ハラール対応のお料理をお願いいたします（アルコール不使用）。
　お席は2番テーブルです。

ご対応可否をお知らせください。
""" + SIG_OMORI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named guest's religion (要配慮個人情報: 信条) sent to the hotel",
)

# 076 提案書の「ペルソナ」（架空の人物像）
add(
    sender=MIURA,
    to=["広告制作 さくら組 吉岡様 <yoshioka@sakuragumi-design.jp>"],
    subject="Webサイト改修 ペルソナ資料",
    charset="utf-8",
    body="""吉岡様

お世話になっております。日の出産業の三浦です。
サイト改修のワイヤー作成用に、ターゲットのペルソナ資料をお送りします。
実在の人物ではなく、営業ヒアリングをもとに作った架空の人物像です。
""" + SIG_MIURA,
    attachments=[{"kind": "docx", "name": "ペルソナ資料.docx",
                  "paragraphs": ["ペルソナA：製造業 保全課長", "年齢：40代後半、勤続20年",
                                 "悩み：ベテランの退職で設備の「音で分かる」ノウハウが失われつつある",
                                 "情報収集：業界紙、展示会、同業の勉強会",
                                 "ペルソナB：中堅物流会社 DX推進担当", "年齢：30代前半",
                                 "悩み：現場の紙運用が多く、システム化の稟議が通らない"]}],
    expect="pass", entities=[], detectors=[],
    note="marketing personas (fictional archetypes with age ranges): no real person",
)

# 077 転送メール添付（eml）: 展示会来場者8名の一覧を代理店へ
_ex8 = [attendee() for _ in range(8)]
_inner = {
    "sender": "展示会受付システム <noreply@expo-reg.jp>",
    "to": ["n-hiyama@hinode-sangyo.co.jp"],
    "subject": "【来場者データ】スマート工場EXPO 日の出産業様ブース スキャン分",
    "charset": "utf-8",
    "body": "日の出産業株式会社 御中\n\nブースでスキャンされた来場者データをお送りします。\n\n"
            + "\n".join(f"{a['name']},{a['company']},{a['dept']},{a['tel']},{a['email']}" for a in _ex8)
            + "\n\n※本データの取扱いには十分ご注意ください。\n",
}
add(
    sender=HIYAMA,
    to=["西海テクノ 中島様 <nakashima@saikai-techno.co.jp>"],
    subject="FW: 【来場者データ】スマート工場EXPO ブーススキャン分",
    charset="iso-2022-jp",
    body="""中島様

お世話になっております。檜山です。
展示会の来場者データが届きましたので、転送します（元のメールを添付しています）。
九州エリアの方が多いので、フォローをお願いできますか。
""" + SIG_HIYAMA,
    attachments=[{"kind": "eml", "name": "来場者データ.eml", "message": _inner}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forwarded mail (attached .eml) with eight visitors' names, phones and e-mails, sent to a dealer",
)

# 078 共催先へ: 質問者4名の氏名とメール
_q4 = [attendee() for _ in range(4)]
add(
    sender=OMORI,
    to=["ツバサシステム 福永様 <fukunaga@tsubasa-system.jp>"],
    subject="セミナー中の質問（御社回答分）",
    charset="utf-8",
    body="""福永様

お世話になっております。大森です。
セミナー中にいただいた質問のうち、御社製品に関するものが4件ありました。
後日回答のお約束をしていますので、各質問者にメールでご回答いただけますでしょうか。

""" + "\n".join(f"{i + 1}. {a['name']}様（{a['company']}） {a['email']}\n   Q: "
                 + rng.choice(["既存の生産管理システムとのCSV連携は可能ですか",
                               "オンプレミス版の提供予定はありますか",
                               "ライセンスは拠点単位ですか、ユーザー単位ですか",
                               "導入時のトレーニングは何回まで含まれますか"]) for i, a in enumerate(_q4)) + "\n\n" + SIG_OMORI,
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four questioners' names and e-mails to the co-host: under five people, may warn",
)

# 079 配信停止依頼1名をメール配信代行会社へ
_unsub = attendee()
add(
    sender=SEMINAR,
    to=["メール配信サポート <support@haishin-cloud.jp>"],
    subject="配信停止の手動登録のお願い",
    charset="iso-2022-jp",
    body=f"""メール配信サポートご担当者様

いつもお世話になっております。日の出産業 セミナー事務局です。
お電話で配信停止のご依頼がありましたが、管理画面でエラーになるため、
手動での停止登録をお願いいたします。

　対象アドレス：{_unsub['email']}
　（{_unsub['company']} {_unsub['name']} 様）
　配信リスト：セミナー案内（全国）

エラー内容のスクリーンショットを添付します。
""" + SIG_OMORI,
    attachments=[{"kind": "png", "name": "error_screenshot.png"}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one person's name and e-mail to the mailing service for an unsubscribe: one record, may warn",
)

# 080 逮捕報道に触れる注意喚起（個人を特定しない）
add(
    sender=HIYAMA,
    to=["北斗商事 営業部 <eigyo@hokuto-shoji.co.jp>"],
    subject="【注意喚起】弊社名をかたる不審な見積依頼メールについて",
    charset="iso-2022-jp",
    body="""北斗商事株式会社
営業部 御中

いつもお世話になっております。日の出産業の檜山です。
最近、弊社の社名や担当者名をかたり、代理店様に「至急の見積依頼」や
「振込先変更」を求める不審なメールが確認されています。

先月、同様の手口で複数の企業から代金をだまし取ったとして詐欺グループが逮捕されたとの
報道もありました。弊社から振込先の変更をメールのみでお願いすることはございません。

不審なメールを受信された場合は、開封せず弊社までご連絡ください。
　送信元ドメインが hinode-sangyo.co.jp 以外（例：hinode-sangyo.com 等）のものは弊社からではありません。
""" + SIG_HIYAMA,
    expect="pass", entities=[], detectors=[],
    note="fraud warning that mentions arrests in the news and a look-alike domain in the text, about no identifiable person",
)

# 081 導入企業一覧（企業のリスト）を代理店へ
_corp_list = [["業種", "企業名", "所在地（都道府県）", "導入製品", "導入年"],
              ["建設", "山彦建設株式会社", "宮城県", "HS-MON", "2024"],
              ["電子部品", "三ツ星電装株式会社", "愛知県", "HS-MON / HS-VS210", "2023"],
              ["物流", "丸福ロジテック株式会社", "大阪府", "HS-GW300", "2024"],
              ["食品", "銀河フードサービス株式会社", "福岡県", "HS-TS105", "2025"],
              ["化学", "朝凪化学株式会社", "広島県", "HS-MON", "2025"],
              ["機械", "湊精機株式会社", "東京都", "HS-PX200", "2022"],
              ["プラント", "常盤プラント株式会社", "茨城県", "HS-PX200", "2025"]]
add(
    sender=MIURA,
    to=["陸奥OAセンター 営業部 <eigyo@mutsu-oa.co.jp>"],
    subject="提案書用 導入実績一覧（社名掲載許諾済み分）",
    charset="utf-8",
    body="""陸奥OAセンター株式会社
営業部 御中

お世話になっております。日の出産業 販促企画課の三浦です。
代理店様の提案書に掲載いただける導入実績一覧（社名の掲載許諾をいただいている企業のみ）をお送りします。
許諾範囲外の企業名は載せないようご注意ください。
""" + SIG_MIURA,
    attachments=[{"kind": "xlsx", "name": "導入実績一覧_掲載可.xlsx",
                  "sheets": {"導入実績": [["導入実績一覧（2025年11月現在・掲載許諾済み）"], []] + _corp_list}}],
    expect="pass", entities=[], detectors=[],
    note="reference list of seven customer companies (industry, prefecture, product): businesses, not people",
)

# 082 会社単位の申込数（人の記録なし）をイベント会社へ
add(
    sender=OMORI,
    to=["イベントプラス 秋元様 <akimoto@event-plus.jp>"],
    subject="1/28 セミナー 会社別申込人数（席配置用）",
    charset="cp932",
    body="""秋元様

お世話になっております。大森です。
席配置のご検討用に、会社別の申込人数をお送りします（個人名は入れていません）。
同じ会社の方はなるべく近くの席にしてください。
""" + SIG_OMORI,
    attachments=[{"kind": "xlsx", "name": "会社別申込人数_0128.xlsx",
                  "sheets": {"集計": [["1/28 セミナー 会社別申込人数"], [],
                                    ["会社名", "業種", "申込人数", "うち役員"],
                                    ["湊精機株式会社", "機械", 3, 1], ["東海化成工業株式会社", "化学", 2, 0],
                                    ["丸福ロジテック株式会社", "物流", 4, 1], ["紅工業株式会社", "金属", 2, 0],
                                    ["花水木テック株式会社", "電子", 5, 0], ["北辰エンジニアリング株式会社", "設備", 3, 1],
                                    ["学校法人青嵐学園", "教育", 1, 0], ["合計", "", 20, 3]]}}],
    expect="pass", entities=[], detectors=[],
    note="registrations counted per company (no names, no contacts): not a list of people",
)

# 083 本文に価格表（列揃え）
add(
    sender=SUGAWARA,
    to=["西海テクノ 中島様 <nakashima@saikai-techno.co.jp>"],
    subject="Re: 保守サービス 価格の確認",
    charset="iso-2022-jp",
    body="""中島様

お世話になっております。菅原です。
お問い合わせの保守サービス価格は以下のとおりです（代理店仕切り、税別）。

""" + columns(["型番", "サービス名", "期間", "標準価格", "仕切価格"], [
        ["MS-STD-1Y", "スタンダード保守", "1年", "48,000", "33,600"],
        ["MS-STD-3Y", "スタンダード保守", "3年", "129,600", "90,720"],
        ["MS-PRE-1Y", "プレミアム保守（翌営業日）", "1年", "86,400", "60,480"],
        ["MS-PRE-3Y", "プレミアム保守（翌営業日）", "3年", "233,280", "163,296"],
        ["MS-ONS-01", "オンサイト点検（年1回）", "1回", "55,000", "38,500"],
        ["MS-ONS-02", "オンサイト点検（年2回）", "1年", "99,000", "69,300"],
    ]) + """

3年契約は一括前払いのみとなります。
""" + SIG_SUGAWARA,
    expect="pass", entities=[], detectors=[],
    note="price table pasted with padded columns under a rule: products, not people",
)

# 084 代理店担当者6名の連絡先一覧を顧客へ
_reps = []
for dname, dom in [("北斗商事", "hokuto-shoji.co.jp"), ("北斗商事", "hokuto-shoji.co.jp"),
                   ("陸奥OAセンター", "mutsu-oa.co.jp"), ("東邦ビジネスサービス", "toho-bizserv.co.jp"),
                   ("東邦ビジネスサービス", "toho-bizserv.co.jp"), ("陸奥OAセンター", "mutsu-oa.co.jp")]:
    p = person()
    _reps.append([dname, rng.choice(["宮城", "岩手", "青森", "福島", "山形", "秋田"]), p["name"], mobile(), email(p, dom)])
add(
    sender=HIYAMA,
    to=["山彦建設 購買部 <kobai@yamabiko-kensetsu.co.jp>"],
    subject="東北各県の販売代理店 担当者のご案内",
    charset="iso-2022-jp",
    body="""山彦建設株式会社
購買部 御中

お世話になっております。日の出産業の檜山です。
各現場からのご発注窓口として、県ごとの代理店担当者をご案内いたします。
携帯に直接ご連絡いただいて構いません。

代理店名／担当県／担当者／携帯／メール
""" + "\n".join("／".join(r) for r in _reps) + "\n\n" + SIG_HIYAMA,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six dealer salespeople's names, mobiles and e-mails in one list to a customer: a list of people",
)

# 085 自社の営業所一覧（代表番号）
add(
    sender=MIURA,
    to=["花水木テック 野崎様 <m.nozaki@hanamizuki-tec.co.jp>"],
    subject="Re: 各拠点の窓口について",
    charset="iso-2022-jp",
    body="""野崎様

お世話になっております。三浦です。
弊社の営業拠点と代表番号は以下のとおりです。各工場からは最寄りの拠点へご連絡ください。

・本社（東京）　　〒105-0013 東京都港区浜松町2-9-4　　　 TEL 03-5401-7700
・大阪営業所　　　〒530-0001 大阪府大阪市北区梅田1-8-17　TEL 06-6345-2210
・名古屋営業所　　〒450-0002 愛知県名古屋市中村区名駅3-22-8 TEL 052-565-3300
・福岡営業所　　　〒812-0011 福岡県福岡市博多区博多駅前2-1-1 TEL 092-441-6600
・浜松工場　　　　〒431-1103 静岡県浜松市中央区高丘東4-2-1 TEL 053-437-1100
""" + SIG_MIURA,
    expect="pass", entities=[], detectors=[],
    note="our own five offices with addresses and switchboard numbers: businesses, not people",
)

# 086 運転免許証番号: 車両入構申請（3名）
_dr = people(3)
add(
    sender=SUGAWARA,
    to=["湊精機 相模原工場 守衛所 <gate-sagamihara@minato-seiki.co.jp>"],
    subject="車両入構申請（12/15 デモ機搬入）",
    charset="cp932",
    body="""湊精機株式会社 相模原工場
守衛所 御中

お世話になっております。日の出産業の菅原です。
12/15 のデモ機搬入につき、車両入構の申請をいたします。
運転者の免許証番号の記載が必要とのことでしたので、以下のとおりお知らせいたします。

""" + "\n".join(f"運転者{i + 1}：{p['name']}　運転免許証番号 第{not_my_number(f'{rng.randint(30, 63)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}')}号"
                for i, p in enumerate(_dr)) + """

車両：ハイエース（品川 400 ま 56-78）
入構予定：12/15 8:30～12:00
""" + SIG_SUGAWARA,
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="three drivers' licence numbers (運転免許証番号) sent to a customer's plant",
)

# 087 12桁の予約番号（マイナンバーではない）
_resv = not_my_number("5108" + f"{rng.randint(0, 99999999):08d}")
add(
    sender=OMORI,
    to=["ホテルノースゲート札幌 予約課 <reserve@northgate-sapporo.jp>"],
    subject="会議室予約の確認（予約番号 " + _resv + "）",
    charset="iso-2022-jp",
    body=f"""ホテルノースゲート札幌
予約課 御中

お世話になっております。日の出産業の大森です。
Web予約システムで会議室を予約いたしましたが、確認メールが届いておりません。
予約内容をご確認いただけますでしょうか。

　予約番号：{_resv}
　日時　　：2026年5月21日（木）12:00～18:00
　会場　　：2階 ライラック
　人数　　：40名（スクール形式）
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="a 12-digit reservation number that fails the My Number check digit: not personal data",
)

# 088 ライター（gmail）からの原稿に引用つきで返信
add(
    sender=NOGUCHI,
    to=["yoko.sasaki.writer@gmail.com"],
    subject="Re: 三ツ星電装様 初稿",
    charset="utf-8",
    body="""佐々木さん

初稿ありがとうございます！とても読みやすいです。
2点だけ修正をお願いします。

> 停止時間は月42時間から19時間へと、半分以下になった。
→「半分以下に」は先方NGなので「約55%削減」でお願いします。

> 金井部長は「正直、最初は半信半疑だった」と笑う。
→ このままでOKです（先方確認済み）。

よろしくお願いします。
野口
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail writer; reply with quoted lines of her own draft, no personal data",
)

# 089 認定機関へ受講者4名（生年月日つき）
_c4 = people(4)
_c4_rows = []
for p in _c4:
    y, mo, d = dob()
    _c4_rows.append([p["name"], p["kana"], wareki(y, mo, d, short=True), "日の出産業株式会社"])
add(
    sender=HIYAMA,
    to=["日本産業計測技能協会 認定事業部 <nintei@sangyo-keisoku.or.jp>"],
    subject="計測技能認定試験 受験申込（4名）",
    charset="cp932",
    body="""日本産業計測技能協会
認定事業部 御中

お世話になっております。日の出産業の檜山です。
2月の計測技能認定試験に、弊社社員4名の受験を申し込みます。
認定証発行のため生年月日が必要とのことでしたので記載いたします。

""" + columns(["氏名", "フリガナ", "生年月日", "所属"], _c4_rows) + """

受験料は請求書払いでお願いいたします。
""" + SIG_HIYAMA,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four employees' names and birth dates (S/H 和暦) to the certification body: under five, may warn",
)

# 090 セミナー後のお礼（1名宛）
add(
    sender=OMORI,
    to=["森下 様 <h.morishita@tokai-kasei.co.jp>"],
    subject="本日はご参加ありがとうございました",
    charset="cp932",
    body="""東海化成工業株式会社
森下様

本日はお忙しい中、セミナーにご参加いただき誠にありがとうございました。
質疑応答でいただいた「既存PLCとの接続可否」について、技術担当から改めて
ご回答いたします。今週中にご連絡させていただきます。

本日の資料は以下からダウンロードいただけます。
https://www.hinode-sangyo.co.jp/seminar/1211/download/
""" + SIG_OMORI,
    expect="pass", entities=[], detectors=[],
    note="thank-you mail to one attendee",
)

# 091 申込ページのスクリーンショット（画像のみ）
add(
    sender=OMORI,
    to=["椿ファーマ 遠山様 <toyama.k@tsubaki-pharma.co.jp>"],
    subject="Re: 申込フォームが表示されない件",
    charset="utf-8",
    body="""遠山様

お世話になっております。大森です。
申込フォームの件、ご不便をおかけしております。
正しく表示された場合の画面を添付しますので、同じ画面になるかご確認ください。
社内のプロキシで外部フォームが制限されている場合がありますので、
表示されない場合はこのメールにご返信いただければ、こちらで代理登録いたします。
""" + SIG_OMORI,
    attachments=[{"kind": "png", "name": "申込フォーム画面.png"}],
    expect="pass", entities=[], detectors=[],
    note="support mail with a screenshot image to one customer",
)

# 092 代理店2名 + 顧客1名（2組織）
add(
    sender=HIYAMA,
    to=["岸本様 <kishimoto@setouchi-sys.jp>", "瀬戸内システム 技術部 平岡様 <hiraoka@setouchi-sys.jp>"],
    cc=["朝凪化学 宮原様 <miyahara.s@asanagi-chem.co.jp>"],
    subject="朝凪化学様 HS-MON 本導入に向けた打合せ議事録",
    charset="iso-2022-jp",
    body="""瀬戸内システム 岸本様、平岡様
（CC）朝凪化学 宮原様

お世話になっております。日の出産業の檜山です。
本日の打合せの議事録をお送りします。

1. 導入範囲：大竹工場 第2プラント（センサー48点）
2. 発注：瀬戸内システム様経由、1月中旬目処
3. 工事：2月の定修期間に実施（平岡様が現地責任者）
4. 宿題：
　・朝凪化学様：ネットワーク構成図のご提供（NDA締結済みの範囲で）
　・瀬戸内システム様：工事見積
　・日の出産業：正式見積（代理店向け）

修正があればご指摘ください。
""" + SIG_HIYAMA,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="minutes to two people of a dealer and one of the customer: two external organisations",
)

# 093 見積（納入先は顧客の工場、担当1名）
add(
    sender=SUGAWARA,
    to=["紅工業 坂口様 <sakaguchi@kurenai-kogyo.co.jp>"],
    subject="御見積書（HQ-2025-11-0466）追加センサー分",
    charset="cp932",
    body="""紅工業株式会社
生産管理部 坂口様

お世話になっております。日の出産業 見積センターの菅原です。
追加センサー分の御見積書をお送りいたします。

納入先は下記で承っております。相違があればお知らせください。
　紅工業株式会社 川口工場 資材受入
　〒333-0844 埼玉県川口市上青木2-19-7
　TEL 048-251-4400（工場代表）
　受領ご担当：資材課 宮内様
""" + SIG_SUGAWARA,
    attachments=[{"kind": "pdf", "name": "御見積書_HQ-2025-11-0466.pdf",
                  "lines": ["御見積書", "紅工業株式会社 御中", "見積番号 HQ-2025-11-0466"],
                  "table": [["型番", "品名", "数量", "金額"], ["HS-VS210", "振動センサー", "24", "912,000"],
                            ["SV-SET01", "設定作業", "1", "150,000"], ["合計（税別）", "", "", "1,062,000"]]}],
    expect="pass", entities=[], detectors=[],
    note="quotation with the customer's plant address and switchboard; one receiving contact named only",
)

# 094 代理店自身の販売実績（マークなし）
add(
    sender=HIYAMA,
    to=["東邦ビジネスサービス 藤巻様 <fujimaki@toho-bizserv.co.jp>"],
    subject="上期 販売実績のご報告（御社分）",
    charset="iso-2022-jp",
    body="""藤巻様

お世話になっております。檜山です。
上期の御社経由の販売実績をまとめましたのでお送りします。
インセンティブの算定根拠としてご確認ください。
""" + SIG_HIYAMA,
    attachments=[{"kind": "xlsx", "name": "上期販売実績_東邦BS様.xlsx",
                  "sheets": {"月別": [["月", "受注件数", "売上（千円）", "目標比"],
                                     ["4月", 6, 4820, "96%"], ["5月", 4, 3110, "78%"], ["6月", 9, 7240, "121%"],
                                     ["7月", 5, 3980, "88%"], ["8月", 3, 2650, "71%"], ["9月", 11, 9130, "135%"]],
                             "製品別": [["型番", "台数"], ["HS-PX200", 52], ["HS-GW300", 14], ["HS-MON", 9]]}}],
    expect="pass", entities=[], detectors=[],
    note="the dealer's own sales figures, unmarked: business data",
)

# 095 English: agenda, NDA to be signed first
add(
    sender=MAKABE,
    to=["Chen Yu-Ting <yuting.chen@lumencore-tech.com>"],
    subject="Agenda for the Tokyo visit (2 Feb)",
    charset="utf-8",
    body="""Dear Yu-Ting,

Here is the proposed agenda for your visit on 2 February:

  10:00  Welcome and introductions
  10:30  Signing of the mutual NDA (our legal team will bring two originals)
  11:00  Roadmap briefing - only after the NDA is signed, as it covers unreleased models
  12:30  Lunch
  14:00  Showroom and demo
  16:00  Pricing and partner terms for 2026

Please let me know the names of your attendees by 23 January so we can prepare visitor badges.
""" + SIG_MAKABE + "\n" + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="English agenda that talks about an NDA and unreleased models: no marking, no personal data",
)

# 096 either: 共催3社（互いに既知の共同主催者）を To に
add(
    sender=OMORI,
    to=["ツバサシステム 西條様 <saijo@tsubasa-system.jp>", "川崎電機 河野様 <kono.t@kawasaki-denki.co.jp>",
        "北国フーズ 小松様 <komatsu@kitaguni-foods.co.jp>"],
    subject="【共催4社】2/18 食品工場DXセミナー 第2回打合せの日程",
    charset="iso-2022-jp",
    body="""共催各社ご担当者様

お世話になっております。日の出産業の大森です。
2/18 食品工場DXセミナー（4社共催）の第2回打合せ日程の候補です。
前回の打合せで皆様お顔合わせ済みですので、このメールで一括してご相談させてください。

　A：12/16（火）15:00～
　B：12/17（水）10:00～
　C：12/19（金）14:00～

各社の講演タイトル案も、当日までにお知らせいただけますと助かります。
""" + SIG_OMORI,
    expect="either", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external co-organisers who already work together in To: rule 4 says Bcc, but they know each other",
)

# 097 みどり銀行（パートナー）と共催: 銀行の支店情報のみ
add(
    sender=MIURA,
    to=["みどり銀行 法人営業部 新井様 <arai.y@midori-ginko.co.jp>"],
    subject="取引先向けセミナー 告知チラシ（校正1回目）",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部
新井様

お世話になっております。日の出産業の三浦です。
御行のお取引先様向けセミナーの告知チラシ（校正1回目）をお送りします。
会場として記載している支店の情報に誤りがないかご確認ください。

　会場：みどり銀行 浜松町支店 3階ホール
　　　　東京都港区浜松町1-12-5
　お問い合わせ：みどり銀行 法人営業部（03-3431-2200）

修正は12/5までにいただけますと、入稿に間に合います。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "告知チラシ_校正1.pdf",
                  "lines": ["みどり銀行 × 日の出産業", "中小製造業のための 設備投資と補助金活用セミナー",
                            "2026年2月5日（木）14:00～16:00", "会場：みどり銀行 浜松町支店 3階ホール",
                            "お申込み：お取引店の担当者まで"]}],
    expect="pass", entities=[], detectors=[],
    note="flyer proof for a partner bank: branch address and department number only",
)

# 098 匿名アンケートの個票（識別子なし）を共催先へ
_sv = [["回答No", "業種", "従業員規模", "役職区分", "満足度", "関心製品", "自由記述"]]
for i in range(30):
    _sv.append([i + 1, rng.choice(["製造", "物流", "食品", "化学", "建設"]),
                rng.choice(["～99名", "100～299名", "300～999名", "1000名～"]),
                rng.choice(["経営層", "管理職", "一般"]), rng.randint(2, 5),
                rng.choice(["HS-MON", "HS-PX200", "データ連携", "なし"]),
                rng.choice(["", "", "デモをもっと見たい", "事例が参考になった", "価格感が知りたい"])])
add(
    sender=OMORI,
    to=["ツバサシステム 福永様 <fukunaga@tsubasa-system.jp>"],
    subject="アンケート回答データ（匿名・個票）",
    charset="utf-8",
    body="""福永様

お世話になっております。大森です。
ご依頼のアンケート回答の個票データをお送りします。
氏名・会社名・連絡先の列は削除済みの匿名データです（業種・規模は区分のみ）。
クロス集計にご利用ください。
""" + SIG_OMORI,
    attachments=[{"kind": "csv", "name": "survey_anonymous.csv", "encoding": "utf-8", "rows": _sv}],
    expect="pass", entities=[], detectors=[],
    note="30 anonymous survey rows (industry band, size band, ratings) with no name, contact or identifier",
)

# 099 見積前提条件の確認（購買部へ）
add(
    sender=SUGAWARA,
    to=["常盤プラント 資材課 <shizai@tokiwa-plant.co.jp>"],
    subject="お見積にあたっての前提条件のご確認",
    charset="iso-2022-jp",
    body="""常盤プラント株式会社
資材課 御中

お世話になっております。日の出産業 見積センターの菅原です。
北斗商事様経由でいただいた HS-PX200 のお見積依頼につき、作成前に前提条件を確認させてください。

　1. 数量：5台（予備機を含むか）
　2. 校正証明書（JCSS）の要否
　3. 納入場所：本社（茨城県ひたちなか市）か、各プラントへの分納か
　4. お支払条件：御社規定（月末締め翌々月10日払い）でよろしいか
　5. 見積の宛名：御社宛か、北斗商事様宛か

ご回答いただき次第、2営業日以内にご提出いたします。
""" + SIG_SUGAWARA,
    expect="pass", entities=[], detectors=[],
    note="questions before quoting: conditions, delivery place, payment terms",
)

# 100 北国フーズ（パートナー）へ試食セミナーのチラシ（個人情報の取扱い文言つき）
add(
    sender=MIURA,
    to=["北国フーズ 販促企画 小松様 <komatsu@kitaguni-foods.co.jp>"],
    subject="試食会付きセミナー チラシ最終版",
    charset="cp932",
    body="""小松様

お世話になっております。日の出産業の三浦です。
試食会付きセミナーのチラシ最終版をお送りします。
申込欄の下に「個人情報の取扱いについて」の文言を追加しました。
""" + SIG_MIURA,
    attachments=[{"kind": "pdf", "name": "チラシ_試食会付きセミナー_最終.pdf",
                  "lines": ["北国フーズ × 日の出産業　食品工場の温度管理セミナー（試食会付き）",
                            "2026年3月4日（水）13:30～16:30　会場：日の出産業 本社8階",
                            "申込欄：会社名／部署／お名前／電話番号／メールアドレス（FAX 03-5401-7729）",
                            "個人情報の取扱いについて：ご記入いただいた個人情報は、本セミナーの運営および",
                            "両社からのご案内にのみ利用し、法令に基づく場合を除き第三者に提供いたしません。",
                            "食物アレルギーのある方は当日スタッフにお申し出ください。"]}],
    expect="pass", entities=[], detectors=[],
    note="flyer with an empty application form and a privacy statement: no person's data",
)
