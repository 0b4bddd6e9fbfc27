"""Blind evaluation corpus — AREA: keiyaku (契約管理・法務デスク).

契約書のドラフト回覧、電子契約サービス、業務委託契約・秘密保持契約・個人情報の取扱いに関する
覚書、相手方の担当者とのやり取り、締結済み契約の台帳 — mail as the legal desk of 日の出産業
and the departments around it (購買・人事・経理・総務・営業) really send it.

Everything here is invented: people, My Numbers (check-digit valid, from build.my_number),
card numbers (Luhn valid, from build.card_number), addresses, accounts, companies other than
the partners named in the brief. Written blind, from bench/blind/BRIEF.md, bench/blind/build.py
and shared/SPEC.md only — without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 32601
_rng = random.Random(SEED)

_mn_k = 0
_cc_k = 0


def _next_mn() -> str:
    global _mn_k
    v = my_number(SEED + _mn_k)
    _mn_k += 1
    return v


def _next_card() -> str:
    global _cc_k
    v = card_number(SEED + _cc_k)
    _cc_k += 1
    return v


def _mn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    total = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def _not_my_number(base11: str) -> str:
    for c in "0123456789":
        if not _mn_ok(base11 + c):
            return base11 + c
    raise ValueError(base11)


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _not_luhn(base15: str) -> str:
    for c in "0123456789":
        if not _luhn_ok(base15 + c):
            return base15 + c
    raise ValueError(base15)


def _corp_no(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-/()", "０１２３４５６７８９－／（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cols(rows, gap: int = 2, rule: str = "-") -> str:
    """columns padded with ASCII spaces under a header and a rule"""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


_SUR = [("四十物", "アイモノ", "Aimono"), ("東海林", "ショウジ", "Shoji"), ("薬袋", "ミナイ", "Minai"),
        ("百目鬼", "ドウメキ", "Domeki"), ("五百旗頭", "イオキベ", "Iokibe"),
        ("栗花落", "ツユリ", "Tsuyuri"), ("釜萢", "カマヤチ", "Kamayachi"),
        ("小鳥遊", "タカナシ", "Takanashi"), ("岩渕", "イワブチ", "Iwabuchi"),
        ("森本", "モリモト", "Morimoto"), ("久保田", "クボタ", "Kubota"),
        ("野々村", "ノノムラ", "Nonomura"), ("芦刈", "アシカリ", "Ashikari"),
        ("宇佐美", "ウサミ", "Usami"), ("羽生", "ハニュウ", "Hanyu"), ("蔵元", "クラモト", "Kuramoto"),
        ("比嘉", "ヒガ", "Higa"), ("嵯峨", "サガ", "Saga"), ("勅使河原", "テシガワラ", "Teshigawara"),
        ("田村", "タムラ", "Tamura"), ("中西", "ナカニシ", "Nakanishi"), ("吉岡", "ヨシオカ", "Yoshioka"),
        ("福留", "フクドメ", "Fukudome"), ("神田", "カンダ", "Kanda"), ("斉藤", "サイトウ", "Saito"),
        ("梶原", "カジワラ", "Kajiwara"), ("柳瀬", "ヤナセ", "Yanase"), ("真栄田", "マエダ", "Maeda"),
        ("一ノ瀬", "イチノセ", "Ichinose"), ("阿久津", "アクツ", "Akutsu"), ("猪股", "イノマタ", "Inomata"),
        ("日比野", "ヒビノ", "Hibino"), ("海老原", "エビハラ", "Ebihara"), ("鬼頭", "キトウ", "Kito"),
        ("政所", "マンドコロ", "Mandokoro"), ("帯刀", "タテワキ", "Tatewaki"),
        ("伊集院", "イジュウイン", "Ijuin"), ("鷲尾", "ワシオ", "Washio"), ("堀之内", "ホリノウチ", "Horinouchi"),
        ("香月", "カツキ", "Katsuki")]
_GIV = [("美咲", "ミサキ", "Misaki"), ("健太", "ケンタ", "Kenta"), ("陽菜", "ヒナ", "Hina"),
        ("大輔", "ダイスケ", "Daisuke"), ("千尋", "チヒロ", "Chihiro"), ("翔", "ショウ", "Sho"),
        ("恵子", "ケイコ", "Keiko"), ("誠", "マコト", "Makoto"), ("由香里", "ユカリ", "Yukari"),
        ("隆之", "タカユキ", "Takayuki"), ("奈々", "ナナ", "Nana"), ("悠人", "ユウト", "Yuto"),
        ("和子", "カズコ", "Kazuko"), ("剛", "ツヨシ", "Tsuyoshi"), ("彩乃", "アヤノ", "Ayano"),
        ("修", "オサム", "Osamu"), ("さくら", "サクラ", "Sakura"), ("拓海", "タクミ", "Takumi"),
        ("智子", "トモコ", "Tomoko"), ("浩二", "コウジ", "Koji"), ("瑞穂", "ミズホ", "Mizuho"),
        ("光太郎", "コウタロウ", "Kotaro"), ("早紀", "サキ", "Saki"), ("俊介", "シュンスケ", "Shunsuke")]
_PLACES = [("東京都", "世田谷区", "太子堂", "154"), ("神奈川県", "川崎市中原区", "新丸子町", "211"),
           ("埼玉県", "さいたま市浦和区", "高砂", "330"), ("千葉県", "船橋市", "本町", "273"),
           ("大阪府", "豊中市", "岡町", "561"), ("愛知県", "名古屋市千種区", "今池", "464"),
           ("福岡県", "福岡市早良区", "西新", "814"), ("北海道", "札幌市白石区", "本通", "003"),
           ("兵庫県", "西宮市", "甲子園口", "663"), ("宮城県", "仙台市青葉区", "上杉", "980"),
           ("京都府", "京都市左京区", "北白川", "606"), ("静岡県", "浜松市中央区", "佐鳴台", "432"),
           ("広島県", "広島市南区", "皆実町", "734"), ("茨城県", "つくば市", "竹園", "305"),
           ("東京都", "練馬区", "石神井町", "177"), ("神奈川県", "藤沢市", "鵠沼海岸", "251"),
           ("東京都", "府中市", "若松町", "183"), ("埼玉県", "川越市", "新富町", "350"),
           ("千葉県", "柏市", "豊四季", "277"), ("岡山県", "倉敷市", "阿知", "710")]
_BANKS = [("東都銀行", "神田支店"), ("あおい銀行", "本店営業部"), ("港南信用金庫", "鶴見支店"),
          ("みちのく中央銀行", "仙台駅前支店"), ("瀬戸内銀行", "福山支店"), ("ひばり信用組合", "本店"),
          ("なにわ商工銀行", "梅田支店"), ("みどり銀行", "渋谷支店"), ("東都銀行", "吉祥寺支店")]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp"]


def _people(n: int) -> list[dict]:
    out = []
    for s in _rng.sample(_SUR, n):
        g = _rng.choice(_GIV)
        y, m, d = _rng.randint(1958, 2001), _rng.randint(1, 12), _rng.randint(1, 28)
        if y == 1989 and m == 1:
            m = 2
        pref, city, town, zp = _rng.choice(_PLACES)
        a, b, c = _rng.randint(1, 6), _rng.randint(1, 28), _rng.randint(1, 19)
        bank, branch = _rng.choice(_BANKS)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2].upper()}",
            "dob": (y, m, d),
            "zip": f"{zp}-{_rng.randint(1, 99):04d}",
            "pref": pref, "city": city,
            "addr": f"{pref}{city}{town}{a}-{b}-{c}",
            "addr_k": f"{pref}{city}{town}{a}丁目{b}番{c}号",
            "tel": f"0{_rng.choice('789')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
            "mail": f"{g[2].lower()}.{s[2].lower()}{_rng.randint(1, 98)}@{_rng.choice(_FREE)}",
            "bank": bank, "branch": branch, "acct": f"{_rng.randint(1000000, 9999999)}",
        })
    return out


def _ymd(p: dict, sep: str = "/") -> str:
    y, m, d = p["dob"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def _jdate(p: dict) -> str:
    y, m, d = p["dob"]
    return f"{y}年{m}月{d}日"


def _wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["dob"]
    if (y, m, d) >= (1989, 1, 8):
        era, abbr, ey = "平成", "H", y - 1988
    else:
        era, abbr, ey = "昭和", "S", y - 1925
    if style == "abbr":
        return f"{abbr}{ey}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenabbr":
        return {"H": "Ｈ", "S": "Ｓ"}[abbr] + _zen(f"{ey}.{m}.{d}").replace(".", "．")
    return f"{era}{ey}年{m}月{d}日"


def _spaced(num: str) -> str:
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


# -- the people of the legal desk and around it ------------------------------------------

SAEGUSA = "三枝 典子 <saegusa.noriko@hinode-sangyo.co.jp>"
HASEBE = "長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>"
KOMINE = "小峰 亜希 <komine.aki@hinode-sangyo.co.jp>"
TACHIBANA = "Ryo Tachibana <r.tachibana@hinode-sangyo.co.jp>"
OKUBO = "大久保 敏 <okubo-satoshi@hinode-sangyo.co.jp>"
MIYAGI = "宮城 里美 <miyagi@hinode-sangyo.co.jp>"
INOUE = "井上 拓也 <t.inoue@mail.hinode-sangyo.co.jp>"
NOGAMI = "野上 まどか <nogami.madoka@hinode-sangyo.co.jp>"
FUJIEDA = "藤枝 康介 <fujieda.kosuke@hinode-sangyo.co.jp>"
CHIHAYA = "千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"

SIG_SAEGUSA = """--
日の出産業株式会社　法務部 契約管理課
三枝 典子（さえぐさ のりこ）
〒105-0014 東京都港区芝３－１８－６ 日の出産業ビル７階
TEL 03-5442-7731（直通）／ FAX 03-5442-7739
saegusa.noriko@hinode-sangyo.co.jp"""

SIG_HASEBE = """────────────────────
日の出産業株式会社
法務部 法務課　長谷部 慎吾
TEL: 03-5442-7730（代表） 内線 4412
Mail: s-hasebe@hinode-sangyo.co.jp
────────────────────"""

SIG_KOMINE = """***************************************
日の出産業株式会社 法務部 契約管理課
電子契約推進チーム　小峰 亜希
〒105-0014 東京都港区芝3-18-6
TEL 03-5442-7734 / 携帯 080-4417-2290
***************************************"""

SIG_TACHIBANA = """Best regards,

Ryo Tachibana
Legal Department (International Contracts)
Hinode Sangyo Co., Ltd.
3-18-6 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5442-7736"""

SIG_OKUBO = """======================================
日の出産業株式会社　購買部 購買二課
大久保 敏
TEL 03-5442-7810　FAX 03-5442-7819
======================================"""

SIG_MIYAGI = """--
日の出産業(株) 人事部 人事企画グループ
宮城 里美
TEL 03-5442-7620（直通）"""

SIG_INOUE = """_____________________________
日の出産業株式会社 経理部 経理課
井上 拓也
〒105-0014 東京都港区芝3丁目18番6号
TEL 03-5442-7701 / FAX 03-5442-7709
_____________________________"""

SIG_NOGAMI = """-----------------------------------
日の出産業株式会社 総務部 総務課
野上 まどか（のがみ まどか）
TEL：03-5442-7650
-----------------------------------"""

SIG_FUJIEDA = """━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
営業本部 営業企画部　藤枝 康介
〒105-0014 東京都港区芝３－１８－６
TEL 03-5442-7760 ／ 携帯 090-6120-3385
━━━━━━━━━━━━━━━━━━━━━"""

SIG_CHIHAYA = """--
日の出産業株式会社 法務部長
千早 玲司
TEL 03-5442-7730"""

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除していただきますようお願いいたします。"""

DISC_EN = """This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited."""

_M: list[dict] = []


def _add(**kw) -> None:
    _M.append(kw)


# ======================================================================================
# STOP
# ======================================================================================

# -- 給与計算の業務委託先へ初期データ（CSV, CP932, 12名） ----------------------------------
_p = _people(12)
_add(
    sender=MIYAGI,
    to=["ペイロールワークス株式会社 導入支援チーム <onboarding@payroll-works.co.jp>"],
    cc=["三枝 典子 <saegusa.noriko@hinode-sangyo.co.jp>"],
    subject="給与計算業務委託契約に基づく初期登録データの送付（本社分）",
    charset="iso-2022-jp",
    body=f"""ペイロールワークス株式会社
導入支援チーム　御中

いつもお世話になっております。日の出産業 人事部の宮城です。

先月締結いたしました「給与計算業務委託契約」に基づき、
並行稼働用の初期登録データをお送りします。

　・添付：初期登録データ_本社分.csv（{len(_p)}名分、Shift_JIS）
　・対象：本社管理部門のうち、10月支給分から切り替える社員
　・項目：社員番号／氏名／フリガナ／生年月日／住所／給与振込口座

工場分は来週中に別途お送りします。
取込時にエラーが出た行がありましたらお知らせください。

{SIG_MIYAGI}
""",
    attachments=[{
        "kind": "csv", "name": "初期登録データ_本社分.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "銀行名", "支店名",
                  "口座種別", "口座番号"]]
        + [[f"H{20104 + i * 7}", p["name"], p["kana"], _ymd(p), p["zip"], p["addr"], p["bank"],
            p["branch"], "普通", p["acct"]] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="12 employees' names, DOB, addresses and bank accounts in a CSV to an outsourced payroll vendor",
)

# -- 個人事業主の個人番号を税理士法人へ（1名、本文） ---------------------------------------
_p = _people(1)[0]
_mn = _next_mn()
_add(
    sender=INOUE,
    to=["小椋 様 <k.ogura@minato-zeirishi.jp>"],
    subject="支払調書作成用　個人番号のご連絡（技術顧問契約分）",
    charset="iso-2022-jp",
    body=f"""みなと税理士法人
小椋 様

いつも大変お世話になっております。日の出産業 経理部の井上でございます。

先日ご依頼のありました、報酬の支払調書作成に必要な情報をお送りいたします。
技術顧問として業務委託契約を締結している個人の方の分です。

　氏名　　：{_p['name']}（{_p['kana']}）
　住所　　：〒{_p['zip']} {_p['addr_k']}
　個人番号：{_spaced(_mn)}
　支払金額：1,320,000円（源泉徴収税額 134,772円）

本人確認書類の写しは当社で保管しております。
何卒よろしくお願いいたします。

{SIG_INOUE}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a contractor's My Number with name and address sent to an external tax accountant",
)

# -- 社外秘ヘッダ付きの社内レビュー版ドラフトを相手方へ ---------------------------------
_add(
    sender=SAEGUSA,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    cc=["長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>"],
    subject="Re: 業務委託基本契約書（案）修正版のご送付",
    charset="utf-8",
    body=f"""川崎電機株式会社
法務部　松永様

いつもお世話になっております。日の出産業 法務部の三枝です。

ご指摘いただいた第12条（損害賠償）と第18条（再委託）を反映した修正版をお送りします。
変更箇所は見え消しにしております。ご確認のほどよろしくお願いいたします。

{SIG_SAEGUSA}

> 第12条の上限額について、弊社としては委託料の12か月分を希望いたします。
> また、再委託の事前承諾は書面によるものに限定していただけますでしょうか。
> 
> 川崎電機株式会社 法務部 松永
""",
    attachments=[{
        "kind": "docx", "name": "業務委託基本契約書_修正案_v3.docx",
        "page_header": "社外秘（法務部内レビュー用）",
        "title": "業務委託基本契約書（案）v3",
        "paragraphs": [
            "業務委託基本契約書（案）",
            "【法務部内コメント：上限額は最終的に委託料6か月分までなら譲歩可。営業本部了承済み。相手方には未開示】",
            "日の出産業株式会社（以下「甲」という。）と川崎電機株式会社（以下「乙」という。）は、次のとおり業務委託基本契約を締結する。",
            "第12条（損害賠償）甲又は乙は、本契約に違反して相手方に損害を与えた場合、直近3か月間に支払われた委託料の総額を上限として賠償する。",
            "第18条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、本業務の一部を第三者に再委託することができる。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="draft carries a 社外秘 page header (internal review copy with negotiation notes) going to the counterparty",
)

# -- パスワード付きPDF（締結済み契約書） --------------------------------------------------
_add(
    sender=OKUBO,
    to=["根岸 様 <negishi@aoba-unyu.co.jp>"],
    subject="運送業務委託契約書（締結済）PDFのご送付",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 総務部
根岸様

お世話になっております。日の出産業 購買部の大久保です。

双方の押印が完了した運送業務委託契約書のPDFをお送りいたします。
PDFにはパスワードを設定しております。パスワードは別メールにてお知らせします。
原本（貴社控え）は本日レターパックにて発送いたしました。

引き続きよろしくお願いいたします。

{SIG_OKUBO}
""",
    attachments=[{
        "kind": "pdf", "name": "運送業務委託契約書_締結版.pdf", "password": "Aoba#2025kt",
        "lines": ["運送業務委託契約書", "日の出産業株式会社（甲）と青葉運輸株式会社（乙）は、",
                  "甲の製品の運送業務の委託に関し、以下のとおり契約を締結する。",
                  "第1条（目的）", "第2条（委託業務の範囲）", "第3条（運賃及び支払）"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# -- PPAP ZIP（署名済みNDA） --------------------------------------------------------------
_add(
    sender=HASEBE,
    to=["株式会社ミライデザイン 高杉様 <takasugi@miraidesign.co.jp>"],
    subject="【ファイル送付】秘密保持契約書（署名済）",
    charset="cp932",
    body=f"""株式会社ミライデザイン
高杉様

お世話になっております。日の出産業の長谷部です。
先日ご署名いただいた秘密保持契約書につき、当社側の署名も完了しましたので
一式をお送りいたします。

添付ファイル：NDA_ミライデザイン_署名済.zip
※解凍パスワードは別途お送りいたします。

{SIG_HASEBE}
""",
    attachments=[{
        "kind": "zip", "name": "NDA_ミライデザイン_署名済.zip", "password": "mD7#q2Lw",
        "files": [
            {"kind": "docx", "name": "秘密保持契約書_署名済.docx",
             "paragraphs": ["秘密保持契約書", "第1条（秘密情報の定義）", "第2条（目的外使用の禁止）"]},
            {"kind": "pdf", "name": "秘密保持契約書_署名済.pdf", "lines": ["秘密保持契約書", "署名欄"]},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="AES-encrypted ZIP (PPAP) of the signed NDA cannot be inspected",
)

# -- 壊れたスキャンPDF ---------------------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["今泉 様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="覚書（価格改定）押印済みスキャンデータ",
    charset="utf-8",
    body=f"""北国フーズ株式会社
管理部　今泉様

お世話になっております。日の出産業の三枝です。
4月1日付の価格改定に関する覚書について、当社押印済みのスキャンデータをお送りします。
原本2通は郵送にてお送りしますので、1通にご押印のうえご返送ください。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "corrupt", "name": "覚書_価格改定_押印済.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the scanned PDF is corrupt and cannot be read",
)

# -- 白川法律事務所の look-alike（l → 1） -------------------------------------------------
_add(
    sender=HASEBE,
    to=["桐生 先生 <kiryu@shirakawa-1aw.jp>"],
    cc=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    subject="販売代理店契約 第9条（競業避止）に関するご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
弁護士 桐生先生

いつも大変お世話になっております。日の出産業 法務部の長谷部です。

現在交渉中の販売代理店契約について、相手方から第9条（競業避止）の削除を求められております。
当社案では契約終了後3年間、同種製品の取扱いを禁止する内容ですが、
期間・地域の限定がないことから有効性に疑義があるとの指摘です。

つきましては、
　1. 期間を1年・地域を関東圏に限定した場合の有効性の見込み
　2. 代償措置（販売奨励金の上乗せ）を設ける場合の書きぶり
についてご意見を頂戴できますでしょうか。

来週中にご面談の機会をいただけますと幸いです。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp is a look-alike of the partner law firm's shirakawa-law.jp",
)

# -- 川崎電機の look-alike（co. 脱落） -----------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["川崎電機 松永様 <matsunaga.k@kawasaki-denki.jp>"],
    subject="秘密保持契約書（案）送付の件",
    charset="utf-8",
    body=f"""川崎電機株式会社
法務部 松永様

お世話になっております。日の出産業の三枝です。
共同開発の検討開始にあたり、当社ひな形ベースの秘密保持契約書（案）をお送りします。
有効期間は2年、秘密保持義務は終了後3年存続としております。
ご確認のうえ、コメントをいただけますと幸いです。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_川崎電機様.docx",
        "paragraphs": ["秘密保持契約書（案）", "第1条（目的）本契約は、甲乙間の共同開発の検討のために開示される情報の取扱いを定める。",
                       "第2条（秘密情報）", "第8条（有効期間）本契約の有効期間は締結日から2年間とする。"],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp",
)

# -- ツバサシステムの look-alike（s 脱落） ---------------------------------------------------
_add(
    sender=KOMINE,
    to=["sakaguchi@tsubasa-sytem.jp"],
    subject="電子署名のお願い：システム保守契約（2025年度）",
    charset="utf-8",
    body=f"""株式会社ツバサシステム
坂口様

お世話になっております。日の出産業 法務部の小峰です。

2025年度のシステム保守契約につきまして、電子契約サービスから署名依頼をお送りしました。
「サインポート」から届く通知メールのリンクより、内容のご確認とご署名をお願いいたします。
署名期限は今月25日です。

ご不明点がございましたら私までご連絡ください。

{SIG_KOMINE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp",
)

# -- 自社ドメインの look-alike（文字入れ替え） ----------------------------------------------
_add(
    sender=SAEGUSA,
    to=["長谷部さん <s-hasebe@hinode-sanygo.co.jp>"],
    cc=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    subject="契約審査依頼 #2025-0412 差戻し後の再提出",
    charset="iso-2022-jp",
    body="""長谷部さん

お疲れさまです。三枝です。
先週差し戻した審査依頼 #2025-0412（株式会社ヤマビコ工業との部品供給契約）ですが、
営業から再提出がありました。

・第7条の検収期間：10日 → 14日に修正済み
・瑕疵担保 → 契約不適合責任への文言修正：対応済み
・支払サイト：末締め翌々月10日払いのまま（購買部了承済みとのこと）

残る論点は責任上限のみですので、明日の定例で方針を決めたいです。
千早部長にもCcしています。

三枝
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sanygo.co.jp, a letter-swap look-alike of the own domain",
)

# -- みどり銀行の look-alike（TLD違い） -------------------------------------------------------
_add(
    sender=INOUE,
    to=["戸田 様 <toda.y@midori-ginko.com>"],
    subject="金銭消費貸借契約書（案）へのコメント",
    charset="cp932",
    body=f"""株式会社みどり銀行
法人営業部　戸田様

平素より大変お世話になっております。日の出産業 経理部の井上です。

ご送付いただいた金銭消費貸借契約書（案）につき、法務部と確認のうえ
以下の2点についてご相談させてください。

（1）第14条（期限の利益喪失）第1項第5号「その他債権保全を必要とする相当の事由」
　　 → 具体的な事由の例示を追加いただけないでしょうか。
（2）第21条（財務制限条項）純資産維持の基準
　　 → 前期末比75％を、前期末比70％としていただけないか検討をお願いします。

お手数ですが、ご検討のほどよろしくお願いいたします。

{SIG_INOUE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.com swaps the TLD of partner midori-ginko.co.jp",
)

# -- 錦印刷の look-alike（i → l） ------------------------------------------------------------
_add(
    sender=FUJIEDA,
    to=["堀 様 <hori@nishiki-lnsatsu.co.jp>"],
    subject="個別契約書（会社案内パンフレット2026年版）のご確認",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部　堀様

いつもお世話になっております。日の出産業の藤枝です。

印刷業務委託基本契約に基づく個別契約書をお送りします。
　品名　　：会社案内パンフレット（A4・24頁・中綴じ）
　部数　　：5,000部
　納期　　：2026年1月16日
　金額　　：1,287,000円（税抜）
　納品場所：当社本社 1階 総務受付

内容に問題なければ、電子契約にて署名依頼をお送りします。

{SIG_FUJIEDA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp replaces i with l in partner nishiki-insatsu.co.jp",
)

# -- 北国フーズの look-alike（ドットをハイフンに） -------------------------------------------
_add(
    sender=OKUBO,
    to=["imaizumi@kitaguni-foods-co.jp"],
    subject="取引基本契約の自動更新について",
    charset="utf-8",
    body=f"""北国フーズ株式会社
今泉様

お世話になっております。日の出産業 購買部の大久保です。

2019年4月1日付で締結しております取引基本契約は、第25条により
本年3月31日をもって1年間自動更新となります。
今回、更新にあわせて支払条件（第11条）の見直しをご相談したく、
来月上旬にお打合せの時間をいただけないでしょうか。

候補日：2月4日（火）14時～／2月6日（木）10時～

{SIG_OKUBO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods-co.jp turns the dot of partner kitaguni-foods.co.jp into a hyphen",
)

# -- 青葉運輸の look-alike（u 追加）＋ドライバー2名 ------------------------------------------
_p = _people(2)
_add(
    sender=OKUBO,
    to=["根岸様 <negishi@aoba-unyuu.co.jp>"],
    subject="構内入構証の発行について（運送委託 個別条件書 別紙2）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
根岸様

お世話になっております。日の出産業の大久保です。
個別条件書 別紙2（構内ルール）に基づき、入構証を発行いたします。
ご連絡いただいたドライバーの方の情報を念のため確認させてください。

　{_p[0]['name']}様　携帯 {_p[0]['tel']}
　{_p[1]['name']}様　携帯 {_p[1]['tel']}

誤りがなければ、来週月曜から川崎倉庫の守衛所でお受け取りいただけます。

{SIG_OKUBO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyuu.co.jp adds a letter to partner aoba-unyu.co.jp (two drivers' mobiles ride along)",
)

# -- 白川法律事務所の look-alike（.jp → .co.jp） --------------------------------------------
_add(
    sender=CHIHAYA,
    to=["白川 先生 <shirakawa@shirakawa-law.co.jp>"],
    cc=["長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>"],
    subject="訴訟委任契約書および委任状の件",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

平素より格別のご高配を賜り、厚く御礼申し上げます。日の出産業の千早でございます。

先日ご相談いたしました未払代金請求の件につき、正式にご依頼申し上げたく、
訴訟委任契約書の内容を社内で確認いたしました。
着手金・報酬金の算定方法について異存はございません。

委任状への代表者印の押印手続きを進めておりますので、
原本は来週中にお届けいたします。

{SIG_CHIHAYA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is another-TLD look-alike of the law firm's shirakawa-law.jp",
)

# -- 取引先6社を To に並べた電子契約切替の案内 ------------------------------------------------
_add(
    sender=KOMINE,
    to=["川崎電機株式会社 松永様 <matsunaga.k@kawasaki-denki.co.jp>",
        "青葉運輸株式会社 根岸様 <negishi@aoba-unyu.co.jp>",
        "錦印刷株式会社 堀様 <hori@nishiki-insatsu.co.jp>",
        "北国フーズ株式会社 今泉様 <imaizumi@kitaguni-foods.co.jp>",
        "ヤマビコ工業 営業部 <eigyo@yamabiko-kogyo.co.jp>",
        "東海パッケージ 木下様 <kinoshita@tokai-package.co.jp>"],
    subject="【ご案内】契約締結方法の電子化について",
    charset="iso-2022-jp",
    body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

当社では2025年7月より、取引基本契約・個別契約・覚書等の締結について、
電子契約サービス「サインポート」を利用した電子締結へ順次切り替えてまいります。

　・ご利用にあたり、貴社側でのアカウント登録・費用負担は不要です
　・署名依頼は「noreply@signport.jp」から届きます
　・書面での締結をご希望の場合は、従来どおり対応いたします

詳細は添付のご案内をご覧ください。ご不明点は下記までお問い合わせください。

{SIG_KOMINE}
""",
    attachments=[{
        "kind": "pdf", "name": "電子契約導入のご案内.pdf",
        "lines": ["電子契約導入のご案内", "日の出産業株式会社 法務部", "1. 対象となる契約",
                  "2. 署名の手順", "3. よくあるご質問"],
    }],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="six client companies put in To of one announcement: each sees the others (should be Bcc)",
)

# -- 個人翻訳者3名（フリーメール）を To に並べる -----------------------------------------------
_add(
    sender=TACHIBANA,
    to=["y.horinouchi.trans@gmail.com", "mizuho_katsuki@yahoo.co.jp", "k.ebihara.en@icloud.com"],
    subject="2026年度 翻訳業務委託契約書のご送付",
    charset="utf-8",
    body="""翻訳者の皆さま

いつも契約書翻訳でお世話になっております。日の出産業 法務部の立花です。

2026年度の翻訳業務委託契約書をお送りします。
単価（1文字あたり／1ワードあたり）は昨年度から据え置きです。
内容をご確認のうえ、電子契約の署名依頼メールから署名をお願いいたします。

なお、インボイス登録番号をお持ちの方は、署名画面の所定欄にご入力ください。

日の出産業株式会社 法務部 国際法務グループ
立花 亮
""",
    attachments=[{
        "kind": "docx", "name": "翻訳業務委託契約書_2026年度.docx",
        "paragraphs": ["翻訳業務委託契約書", "第1条（委託業務）甲は乙に対し、甲が指定する契約書等の翻訳業務を委託する。",
                       "第4条（委託料）", "第9条（秘密保持）"],
    }],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private translators on free mail see each other's addresses in To",
)

# -- 購買：To 1社＋Cc 4社 ---------------------------------------------------------------------
_add(
    sender=OKUBO,
    to=["錦印刷株式会社 堀様 <hori@nishiki-insatsu.co.jp>"],
    cc=["yamada@sanko-seimitsu.co.jp", "order@marutake-shiko.co.jp",
        "青葉運輸 根岸様 <negishi@aoba-unyu.co.jp>", "ishizuka@tokai-package.co.jp"],
    subject="発注書・注文請書の様式変更について（下請法対応）",
    charset="cp932",
    body=f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 購買部の大久保です。

下請代金支払遅延等防止法の改正を踏まえ、来月発注分より発注書・注文請書の様式を変更いたします。
主な変更点は以下のとおりです。

　1. 支払期日の明記（検収日ではなく、支払予定日を記載）
　2. 手形による支払の廃止
　3. 価格協議の申出窓口の記載

新様式は添付のとおりです。ご不明点は私までお問い合わせください。

{SIG_OKUBO}
""",
    attachments=[{
        "kind": "xlsx", "name": "発注書_新様式.xlsx",
        "sheets": {"発注書": [["発注書"], [], ["発注番号", "品名", "数量", "単価", "金額", "納期", "支払期日"]]},
    }],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five supplier companies across To and Cc can see each other (should have been Bcc)",
)

# -- パートナー2社＋個人コンサル（Cc） ---------------------------------------------------------
_add(
    sender=HASEBE,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    cc=["坂口 様 <sakaguchi@tsubasa-system.jp>", "日比野 様 <hibino.consult@outlook.jp>"],
    subject="共同開発契約 キックオフ会議の日程調整",
    charset="iso-2022-jp",
    body=f"""関係者各位

お世話になっております。日の出産業 法務部の長谷部です。

三者間の共同開発契約の締結に向け、キックオフ会議を開催したく存じます。
知財の帰属（第10条）と成果物の利用範囲（第11条）を中心に議論する予定です。

候補日（いずれも1時間、当社会議室またはオンライン）
　① 11月12日（水）15:00～
　② 11月14日（金）10:00～
　③ 11月18日（火）13:30～

ご都合をお知らせください。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two partner companies plus a private consultant on outlook.jp: three external parties visible in To/Cc",
)

# -- 同じ gmail の個人講師4名を To に並べる ------------------------------------------------------
_add(
    sender=MIYAGI,
    to=["kuramoto.sensei@gmail.com", "hanyu.tomoko.lecture@gmail.com",
        "tatewaki-osamu@gmail.com", "nonomura.career@gmail.com"],
    subject="研修講師 業務委託契約 説明会のご案内",
    charset="utf-8",
    body=f"""講師の皆さま

いつも社員研修にご協力いただきありがとうございます。日の出産業 人事部の宮城です。

来年度から、講師の皆さまとの契約を「講師業務委託契約」に一本化いたします。
変更点（報酬の支払時期、教材の著作権の取扱い、再委託の禁止）について
オンライン説明会を開催しますので、ご都合のよい回にご参加ください。

　第1回　12月3日（水）19:00～19:45
　第2回　12月6日（土）10:00～10:45

参加URLは前日にお送りします。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private lecturers (each a party of their own) see each other's gmail addresses in To",
)

# -- 反社チェック：取引予定先代表者の逮捕歴（1名） ------------------------------------------
_p = _people(1)[0]
_add(
    sender=HASEBE,
    to=["桐生 先生 <kiryu@shirakawa-law.jp>"],
    subject="新規取引先の反社チェック結果についてご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桐生先生

お世話になっております。日の出産業の長谷部です。

新規取引予定先である株式会社グランツエステート（法人番号 {_corp_no('010401187263')}）について、
調査会社の報告書を受領しました。同社代表取締役の{_p['name']}氏（{_jdate(_p)}生）について、
2019年に詐欺容疑で逮捕された旨の新聞記事が確認されたとの記載があります（その後の処分は不明）。

取引基本契約の締結を見送るべきか、または表明保証条項・暴排条項の追加で対応可能か、
ご見解をお聞かせいただけますでしょうか。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="an identified person's arrest record (要配慮個人情報) sent outside, even to the company's lawyer",
)

# -- 個人の受託者の診断名（適応障害）をエージェントへ -----------------------------------------
_p = _people(1)[0]
_add(
    sender=FUJIEDA,
    to=["株式会社フリーランスリンク 契約管理チーム <contract@freelance-link.co.jp>"],
    subject="業務委託契約の中途解約についてのご相談",
    charset="utf-8",
    body=f"""株式会社フリーランスリンク
契約管理チーム ご担当者様

お世話になっております。日の出産業 営業企画部の藤枝です。

貴社経由で業務委託契約を締結しているWebディレクターの{_p['sei']}様について、ご相談です。
先週ご本人から、心療内科で適応障害との診断を受け、医師から2か月の休養を指示されたと
連絡がありました。プロジェクトの納期の関係で、契約第15条に基づき
今月末での中途解約とさせていただきたく、手続きをご案内いただけますでしょうか。

ご本人には私から直接もお伝えする予定です。

{SIG_FUJIEDA}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named contractor's diagnosis (要配慮個人情報, one person) sent to an external agency",
)

# -- 事故の被害者の診断名・住所を損保へ -----------------------------------------------------
_p = _people(1)[0]
_add(
    sender=SAEGUSA,
    to=["東邦損害保険 企業損害サービス課 <kigyo-claims@toho-sonpo.co.jp>"],
    subject="賠償責任保険 事故報告（受付番号 TS-25-118804）追加資料",
    charset="iso-2022-jp",
    body=f"""東邦損害保険株式会社
企業損害サービス課 御中

お世話になっております。日の出産業 法務部の三枝です。
先日ご報告した、当社委託先の配送車両による接触事故の件で、追加資料をお送りします。

■被害者
　氏名　：{_p['name']}様（{_p['kana']}）
　住所　：〒{_p['zip']} {_p['addr']}
　診断名：右橈骨遠位端骨折、頸椎捻挫（全治8週間の見込み）
　通院先：市立病院 整形外科

■当社の対応
　運送業務委託契約第16条に基づき、委託先（青葉運輸）と対応を協議中です。

示談交渉の進め方についてご指示いただけますと幸いです。

{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an accident victim's name, address and diagnosis (medical, one person) to an insurer",
)

# -- 派遣スタッフの障害の内容を派遣元へ ------------------------------------------------------
_p = _people(1)[0]
_add(
    sender=MIYAGI,
    to=["ネクストスタッフ 営業担当 柴田様 <shibata@nextstaff.co.jp>"],
    subject="労働者派遣個別契約（12月更新分）の確認事項",
    charset="cp932",
    body=f"""ネクストスタッフ株式会社
柴田様

お世話になっております。日の出産業 人事部の宮城です。

12月更新分の個別契約書案を拝見しました。1点確認させてください。

派遣スタッフの{_p['name']}さんについては、精神障害者保健福祉手帳（2級）をお持ちで、
通院のため月2回の午後休を取られている旨を前回伺っております。
個別契約の「就業条件」欄に、この配慮事項（通院日の業務調整）を
明記しておく方がよいと考えますが、いかがでしょうか。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named dispatched worker's disability and hospital visits (要配慮個人情報) to the staffing agency",
)

# -- 電子契約サービスの有料プラン：法人カード番号を本文に --------------------------------------
_cc = _next_card()
_add(
    sender=KOMINE,
    to=["サインポート カスタマーサクセス <cs@signport.jp>"],
    subject="ビジネスプランへの変更申込（日の出産業株式会社）",
    charset="utf-8",
    body=f"""サインポート カスタマーサクセス ご担当者様

お世話になっております。日の出産業の小峰です。
送信件数の増加に伴い、来月から「ビジネスプラン（年払い）」への変更をお願いします。
お支払いは法人カードでお願いいたします。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　：09/28
　カード名義：AKI KOMINE
　契約ID　　：SP-HINODE-00217

請求書の宛名は「日の出産業株式会社 法務部」でお願いします。

{SIG_KOMINE}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full credit card number with holder name in the body to the e-contract vendor",
)

# -- 判例DB 利用申込書（PDF）にカード番号 ---------------------------------------------------
_cc = _next_card()
_add(
    sender=HASEBE,
    to=["判例ナビ 法人営業部 <hojin@hanrei-navi.jp>"],
    subject="判例データベース利用契約　申込書送付",
    charset="iso-2022-jp",
    body=f"""株式会社判例ナビ
法人営業部 御中

お世話になっております。日の出産業 法務部の長谷部です。
判例データベースの法人利用契約（3ID）について、申込書を記入しましたのでお送りします。
利用開始は来月1日希望です。

{SIG_HASEBE}
""",
    attachments=[{
        "kind": "pdf", "name": "利用申込書_日の出産業.pdf",
        "lines": ["判例ナビ 法人利用申込書", "申込日：2025年10月2日",
                  "契約者：日の出産業株式会社 法務部", "利用ID数：3", "お支払方法：クレジットカード",
                  f"カード番号：{_spaced(_cc)}", "有効期限：11/27", "名義人：SHINGO HASEBE",
                  "署名：長谷部 慎吾"],
    }],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="application form PDF carries a full card number and holder name",
)

# -- リース契約の使用者登録：運転免許証番号（1名） ----------------------------------------------
_p = _people(1)[0]
_dl = f"{_rng.randint(30, 63)}{_rng.randint(10, 99)}{_rng.randint(10000000, 99999999)}"
_add(
    sender=NOGAMI,
    to=["ひかりリース 車両部 <sharyo@hikari-lease.co.jp>"],
    subject="社用車リース契約（契約番号 HL-7731-02）使用者追加のお届け",
    charset="iso-2022-jp",
    body=f"""ひかりリース株式会社
車両部 ご担当者様

いつもお世話になっております。日の出産業 総務部の野上です。
標記リース契約の車両について、使用者を1名追加いたします。

　使用者氏名　　：{_p['name']}
　生年月日　　　：{_wareki(_p)}
　住所　　　　　：{_p['addr_k']}
　運転免許証番号：第{_dl}号（免許の色：ブルー）

任意保険の運転者限定の変更もあわせてお願いいたします。

{SIG_NOGAMI}
""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's driver's licence number with DOB and address sent to the leasing company",
)

# -- 通訳者（外国籍）の在留カード番号を派遣元へ ---------------------------------------------------
_rc = f"{_rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_rng.randint(10000000, 99999999)}{_rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
_add(
    sender=TACHIBANA,
    to=["グローバル通訳サービス 契約課 <keiyaku@global-tsuyaku.co.jp>"],
    subject="通訳業務委託契約 就労資格の確認について",
    charset="utf-8",
    body=f"""グローバル通訳サービス株式会社
契約課 ご担当者様

お世話になっております。日の出産業 法務部の立花です。

来月から当社の海外案件でお願いする通訳者の方について、
契約締結前に就労資格を確認させていただきました。念のため内容をお送りします。

　氏名　　　：NGUYEN THI LAN（グエン ティ ラン）
　生年月日　：1991年8月17日
　在留カード番号：{_rc}
　在留資格　：技術・人文知識・国際業務
　在留期間満了日：2027年3月9日

相違があればご指摘ください。

{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a foreign interpreter's residence card number and DOB sent to an outside agency",
)

# -- 英文：工場訪問者のパスポート番号を海外パートナーへ -----------------------------------------
_pp = f"T{_rng.choice('KRZ')}{_rng.randint(1000000, 9999999)}"
_p = _people(1)[0]
_add(
    sender=TACHIBANA,
    to=["Emma Lindqvist <e.lindqvist@brightwater-comp.com>"],
    subject="Site visit under the NDA - visitor details",
    charset="utf-8",
    body=f"""Dear Emma,

Thank you for countersigning the Mutual NDA. As agreed, our engineer will visit your
Ohio plant on 18 November for the technical review under Section 3 of the NDA.

For your security registration, please find his details below:

  Name:             {_p['ROMA']}
  Date of birth:    {_p['dob'][2]} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][_p['dob'][1]-1]} {_p['dob'][0]}
  Nationality:      Japan
  Passport No.:     {_pp}
  Passport expiry:  2031-06-30

Please let me know if anything else is needed for the visitor badge.

{SIG_TACHIBANA}
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's passport number and date of birth sent to a foreign partner",
)

# -- 出向契約：基礎年金番号（1名） --------------------------------------------------------------
_p = _people(1)[0]
_bp = f"{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}"
_add(
    sender=MIYAGI,
    to=["川崎電機 人事部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    cc=["三枝 典子 <saegusa.noriko@hinode-sangyo.co.jp>"],
    subject="出向契約書締結に伴う社会保険手続き情報のご連絡",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 厚生課 御中

お世話になっております。日の出産業 人事部の宮城です。
先日締結しました出向契約（在籍出向、期間2年）に基づき、
4月1日付で貴社へ出向する社員の社会保険手続き情報をお送りします。

　氏名　　　　：{_p['name']}（{_p['kana']}）
　生年月日　　：{_ymd(_p, '-')}
　基礎年金番号：{_bp}
　標準報酬月額：410千円

出向期間中の社会保険は出向契約第8条のとおり貴社での加入となります。
よろしくお願いいたします。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a seconded employee's basic pension number and DOB sent to the host company",
)

# -- 出向者2名の健康保険証 記号・番号（XLSX） ----------------------------------------------------
_p = _people(2)
_add(
    sender=MIYAGI,
    to=["坂口 様 <sakaguchi@tsubasa-system.jp>"],
    subject="出向者受入れに関する覚書　別紙（出向者情報）",
    charset="utf-8",
    body=f"""株式会社ツバサシステム
坂口様

いつもお世話になっております。日の出産業の宮城です。
出向者の受入れに関する覚書の別紙として、出向者情報の一覧をお送りします。
健康保険は当社の健康保険組合に継続加入のため、保険証の記号・番号も記載しております。

{SIG_MIYAGI}
""",
    attachments=[{
        "kind": "xlsx", "name": "別紙_出向者情報.xlsx",
        "sheets": {"出向者情報": [
            ["出向者受入れに関する覚書　別紙1"],
            [],
            ["No", "氏名", "生年月日", "出向開始日", "健康保険 記号", "健康保険 番号", "備考"],
        ] + [[i + 1, p["name"], _ymd(p), "2025/04/01", f"{_rng.randint(100, 999)}{_rng.randint(10, 99)}",
              str(_rng.randint(10, 999)), "在籍出向"] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two seconded employees' health insurance card symbols and numbers in an XLSX to the host",
)

# -- 電子契約サービスのアカウント登録申請（社員8名、XLSX、タイトル行あり、2シート） -------------
_p = _people(8)
_depts = ["法務部", "法務部", "購買部", "購買部", "営業本部", "営業本部", "総務部", "経理部"]
_roles = ["管理者", "送信者", "送信者", "承認者", "送信者", "承認者", "閲覧者", "閲覧者"]
_add(
    sender=KOMINE,
    to=["サインポート 導入サポート <onboarding@signport.jp>"],
    subject="アカウント一括登録のお願い（日の出産業）",
    charset="iso-2022-jp",
    body=f"""サインポート 導入サポート ご担当者様

お世話になっております。日の出産業の小峰です。
ご利用契約の締結が完了しましたので、初期アカウントの一括登録をお願いいたします。
対象者と権限は添付のExcel（1枚目）、承認フローは2枚目のとおりです。

初回ログイン案内は各自のメールアドレス宛てにお送りいただければ結構です。

{SIG_KOMINE}
""",
    attachments=[{
        "kind": "xlsx", "name": "アカウント登録申請_日の出産業.xlsx",
        "sheets": {
            "アカウント一覧": [["電子契約サービス アカウント登録申請書（日の出産業株式会社）"], ["申請日", "2025/06/20"], [],
                            ["No", "部署", "氏名", "フリガナ", "メールアドレス", "直通電話", "携帯電話", "権限"]]
            + [[i + 1, _depts[i], p["name"], p["kana"],
                f"{p['roma'].split()[1].lower()}.{p['roma'].split()[0][0].lower()}@hinode-sangyo.co.jp",
                f"03-5442-{7700 + _rng.randint(10, 99)}", p["tel"], _roles[i]] for i, p in enumerate(_p)],
            "承認フロー": [["契約種別", "第1承認", "第2承認"], ["NDA", "法務部", "-"],
                         ["取引基本契約", "法務部", "法務部長"], ["個別契約", "購買部", "-"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight employees' names, e-mails and mobile numbers in an XLSX to the e-contract vendor",
)

# -- 一括送信の署名者リスト：個人事業主6名（タブ区切り、本文） -----------------------------------
_p = _people(6)
_yago = ["デザイン工房あおい", "オフィスK", "(屋号なし)", "T's Translation", "みらい設計室", "(屋号なし)"]
_tsv = "氏名\t屋号\tメールアドレス\t携帯電話\n" + "\n".join(
    f"{p['name']}\t{y}\t{p['mail']}\t{p['tel']}" for p, y in zip(_p, _yago))
_add(
    sender=KOMINE,
    to=["support@signport.jp"],
    subject="一括送信機能の設定について（問い合わせ番号 #48817）",
    charset="utf-8",
    body=f"""サインポート サポートご担当者様

お世話になっております。日の出産業の小峰です。
先日ご案内いただいた一括送信機能で、個人事業主の方との業務委託契約の更新覚書を送りたいのですが、
CSV取込がエラーになるため、送信先を以下に貼り付けます。設定をお願いできますでしょうか。

{_tsv}

SMS認証を使うため携帯番号も入れています。テンプレートは「更新覚書_2025」を使用します。

{SIG_KOMINE}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six sole proprietors' names, private e-mails and mobiles pasted tab-separated for the vendor",
)

# -- 委託データのサンプル（氏名列なし、スペース区切り） --------------------------------------------
_p = _people(6)
_rows = [["顧客ID", "生年月日", "電話番号", "住所"]] + [
    [f"C{_rng.randint(1000000, 9999999)}", _ymd(p, "-"), p["tel"], p["addr"]] for p in _p]
_add(
    sender=FUJIEDA,
    to=["データプロセス株式会社 石黒様 <ishiguro@dataproc.co.jp>"],
    subject="Re: 個人情報の取扱いに関する覚書 別紙2（委託データ項目）の確認",
    charset="cp932",
    body=f"""データプロセス株式会社
石黒様

お世話になっております。日の出産業の藤枝です。
覚書の別紙2について、実データのイメージがあった方がよいとのことでしたので、
本番データから数件抜き出して貼り付けます。氏名列は外してあります。

{_cols(_rows)}

この形式でのデータ受け渡しで問題ないか、ご確認をお願いいたします。

{SIG_FUJIEDA}
""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six real customer records (DOB, phone, address) without a name column, pasted as a sample",
)

# -- 契約台帳（相手方担当者の携帯・メール付き、7件）を移行用に送付 ---------------------------------
_p = _people(7)
_led = [("KY-2019-0031", "取引基本契約", "株式会社ヤマビコ工業", "yamabiko-kogyo.co.jp", "450001032211"),
        ("KY-2020-0114", "業務委託基本契約", "川崎電機株式会社", "kawasaki-denki.co.jp", "020001077413"),
        ("KY-2021-0007", "運送業務委託契約", "青葉運輸株式会社", "aoba-unyu.co.jp", "370001014476"),
        ("KY-2021-0152", "秘密保持契約", "株式会社ミライデザイン", "miraidesign.co.jp", "011001093358"),
        ("KY-2022-0043", "印刷業務委託基本契約", "錦印刷株式会社", "nishiki-insatsu.co.jp", "130001025512"),
        ("KY-2023-0098", "システム保守契約", "株式会社ツバサシステム", "tsubasa-system.jp", "011001120874"),
        ("KY-2024-0011", "取引基本契約", "北国フーズ株式会社", "kitaguni-foods.co.jp", "430001066129")]
_add(
    sender=KOMINE,
    to=["サインポート 移行支援 <migration@signport.jp>"],
    subject="既存契約の取込データ（締結済み契約台帳）",
    charset="iso-2022-jp",
    body=f"""サインポート 移行支援チーム ご担当者様

お世話になっております。日の出産業の小峰です。
紙で締結済みの契約を契約管理機能に取り込むため、契約台帳を抜粋してお送りします。
相手方担当者の連絡先は、更新時のリマインド送付先として使いたいため含めています。

{SIG_KOMINE}
""",
    attachments=[{
        "kind": "xlsx", "name": "締結済み契約台帳_抜粋.xlsx",
        "sheets": {"契約台帳": [["締結済み契約台帳（2025年3月末時点）"],
                             ["管理番号", "契約名", "相手方", "法人番号", "締結日", "期間満了日", "自動更新",
                              "相手方担当者", "担当者携帯", "担当者メール"]]
                   + [[l[0], l[1], l[2], _corp_no(l[4]), f"{l[0][3:7]}/04/01", "2026/03/31", "有",
                       p["name"], p["tel"], f"{p['roma'].split()[1].lower()}@{l[3]}"]
                      for l, p in zip(_led, _p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="contract ledger with seven counterpart contacts' names, mobiles and e-mails sent to the vendor",
)

# -- 転送：退職者の競業避止誓約書の取得状況（5名）を法律事務所へ ------------------------------------
_p = _people(5)
_lines = "\n".join(
    f"{i + 1}. {p['name']}　退職日 2025/0{i + 4}/30　転職先 同業他社（{['A社', 'B社', '未確認', 'C社', '未確認'][i]}）"
    f"　誓約書 {['取得済', '未取得', '取得済', '未取得', '未取得'][i]}\n    住所 {p['addr']}　携帯 {p['tel']}"
    for i, p in enumerate(_p))
_add(
    sender=HASEBE,
    to=["桐生 先生 <kiryu@shirakawa-law.jp>"],
    subject="FW: 退職者の競業避止誓約書 取得状況",
    charset="utf-8",
    body=f"""桐生先生

お世話になっております。長谷部です。
昨日ご相談した件、人事部からの一覧を転送いたします。
誓約書未取得の3名について、営業秘密の持ち出しの有無を確認したいと考えております。

-------- Forwarded Message --------
差出人: 宮城 里美 <miyagi@hinode-sangyo.co.jp>
宛先: 長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>
件名: 退職者の競業避止誓約書 取得状況

長谷部さん

ご依頼の件、今年度の営業部門の退職者をまとめました。

{_lines}

宮城
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward (new text to the lawyer) of five former employees' addresses and mobiles",
)

# -- 個人の受託者5名の振込先（ブロック形式）を経理BPOへ --------------------------------------------
_p = _people(5)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n"
    f"　住所：〒{p['zip']} {p['addr_k']}\n"
    f"　電話：{p['tel']}\n"
    f"　振込先：{p['bank']} {p['branch']} 普通 {p['acct']}"
    for i, p in enumerate(_p))
_add(
    sender=INOUE,
    to=["アカウンティングサポート 支払代行チーム <shiharai@acct-support.co.jp>"],
    subject="業務委託報酬の支払先登録（11月新規契約分）",
    charset="iso-2022-jp",
    body=f"""アカウンティングサポート株式会社
支払代行チーム 御中

いつもお世話になっております。日の出産業 経理部の井上です。
11月に業務委託契約を新規締結した個人の方5名の支払先登録をお願いいたします。

{_blocks}

初回の支払は12月25日です。よろしくお願いいたします。

{SIG_INOUE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five contractors' addresses, phones and bank accounts, one record per block, to a BPO",
)

# -- 連帯保証人の一覧（PDF表）をリース会社へ --------------------------------------------------------
_p = _people(5)
_add(
    sender=NOGAMI,
    to=["ひかりリース 審査部 <shinsa@hikari-lease.co.jp>"],
    subject="社宅備品リース契約　保証人一覧の送付",
    charset="utf-8",
    body=f"""ひかりリース株式会社
審査部 御中

お世話になっております。日の出産業 総務部の野上です。
単身赴任者向け社宅の備品リースについて、各入居者の連帯保証人の一覧をお送りします。
契約書の保証人欄と照合のうえ、審査をお願いいたします。

{SIG_NOGAMI}
""",
    attachments=[{
        "kind": "pdf", "name": "連帯保証人一覧.pdf", "title": "連帯保証人一覧",
        "lines": ["社宅備品リース契約　連帯保証人一覧", "日の出産業株式会社 総務部", ""],
        "table": [["入居者", "保証人氏名", "続柄", "生年月日", "住所", "電話番号"]]
        + [[f"社員{i + 1}", p["name"], ["父", "母", "兄", "配偶者", "父"][i], _jdate(p), p["addr"], p["tel"]]
           for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a PDF table of five guarantors' DOB, addresses and phones sent to the lessor",
)

# -- DM発送の業務委託：会員CSV（UTF-8）をZIPで（パスワードなし） ------------------------------------
_p = _people(20)
_add(
    sender=FUJIEDA,
    to=["堀 様 <hori@nishiki-insatsu.co.jp>"],
    subject="DM発送業務（冬季キャンペーン）宛名データのご送付",
    charset="cp932",
    body=f"""錦印刷株式会社
堀様

いつもお世話になっております。日の出産業の藤枝です。
先日締結いたしました「個人情報の取扱いに関する覚書」に基づき、DM発送用の宛名データをお送りします。
今回はテスト印刷用の先行分（20件）です。本番分は来週お送りします。

発送完了後は、覚書第6条のとおりデータの消去証明書のご提出をお願いいたします。

{SIG_FUJIEDA}
""",
    attachments=[{
        "kind": "zip", "name": "宛名データ_先行分.zip",
        "files": [
            {"kind": "csv", "name": "atena_test.csv", "encoding": "utf-8",
             "rows": [["会員番号", "氏名", "郵便番号", "住所", "電話番号"]]
             + [[f"M{300400 + i * 13}", p["name"], p["zip"], p["addr"], p["tel"]] for i, p in enumerate(_p)]},
            {"kind": "txt", "name": "readme.txt",
             "text": "宛名データ（テスト印刷用）\n文字コード：UTF-8\n件数：20件\n"},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="twenty members' names, addresses and phones in a CSV inside an unencrypted ZIP to the mailing vendor",
)

# -- 派遣スタッフ一覧（HTMLのみのメール、表） -------------------------------------------------------
_p = _people(6)
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['tel']}</td><td>{_ymd(p)}</td><td>{d}</td></tr>"
    for p, d in zip(_p, ["物流管理", "物流管理", "受発注事務", "受発注事務", "経理補助", "経理補助"]))
_add(
    sender=MIYAGI,
    to=["柴田 様 <shibata@nextstaff.co.jp>"],
    subject="労働者派遣契約（1月更新）対象スタッフの確認",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ネクストスタッフ株式会社<br>柴田様</p>
<p>お世話になっております。日の出産業 人事部の宮城です。<br>
1月更新の個別契約の対象スタッフを一覧にしました。契約書の記載と相違がないかご確認ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>携帯電話</th><th>生年月日</th><th>業務</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業(株) 人事部 人事企画グループ<br>宮城 里美<br>TEL 03-5442-7620（直通）</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six dispatched workers' mobiles and birth dates",
)

# -- 研修講師の委託契約：旧形式XLSで住所・口座（6名） -----------------------------------------------
_p = _people(6)
_add(
    sender=MIYAGI,
    to=["まなびクリエイト 運営事務局 <jimukyoku@manabi-create.co.jp>"],
    subject="講師業務の再委託に関する確認書　講師リスト",
    charset="cp932",
    body=f"""株式会社まなびクリエイト
運営事務局 御中

お世話になっております。日の出産業 人事部の宮城です。
研修運営業務委託契約の第7条（再委託）に関する確認書の別添として、
貴社から謝礼をお支払いいただく講師のリストをお送りします（旧形式のExcelです）。

{SIG_MIYAGI}
""",
    attachments=[{
        "kind": "xls", "name": "講師リスト.xls",
        "sheets": {"講師": [["氏名", "ふりがな", "住所", "振込先金融機関", "支店", "口座番号", "担当研修"]]
                   + [[p["name"], p["kana"], p["addr"], p["bank"], p["branch"], p["acct"], t]
                      for p, t in zip(_p, ["新任管理職", "ハラスメント防止", "契約実務", "コーチング",
                                           "情報セキュリティ", "新入社員"])]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="legacy XLS with six lecturers' addresses and bank accounts to a training company",
)

# -- 反社チェック依頼：取引予定先の役員6名（PPTX） --------------------------------------------------
_p = _people(6)
_titles = ["代表取締役社長", "専務取締役", "取締役", "取締役", "監査役", "執行役員"]
_add(
    sender=HASEBE,
    to=["リスクリサーチ株式会社 調査部 <chosa@risk-research.co.jp>"],
    subject="反社会的勢力調査のご依頼（株式会社グランツエステート）",
    charset="iso-2022-jp",
    body=f"""リスクリサーチ株式会社
調査部 ご担当者様

いつもお世話になっております。日の出産業 法務部の長谷部です。
取引基本契約の締結予定先について、役員の調査をお願いいたします。
対象者は添付資料（社内の審査会議で使用したもの）のとおりです。
通常コースで、報告は2週間後を希望します。

{SIG_HASEBE}
""",
    attachments=[{
        "kind": "pptx", "name": "新規取引先審査_グランツエステート.pptx",
        "slides": [["新規取引先審査　株式会社グランツエステート", "業種：不動産賃貸・仲介", "設立：2012年",
                    "取引予定：倉庫賃貸借契約"],
                   ["役員一覧（登記簿より）"] + [f"{t}　{p['name']}（{_wareki(p)}生）" for t, p in zip(_titles, _p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a slide listing six named officers with their birth dates sent to an investigation firm",
)

# -- 身元保証：全角数字・和暦・「・」箇条書き（5名） -------------------------------------------------
_p = _people(5)
_bul = "\n".join(f"・{p['name']}（{_wareki(p, 'zen')}生）　{_zen(p['addr'])}" for p in _p)
_add(
    sender=SAEGUSA,
    to=["東邦損害保険 法人営業第二課 森 様 <mori.h@toho-sonpo.co.jp>"],
    subject="身元信用保険契約の被保険者追加について",
    charset="iso-2022-jp",
    body=f"""東邦損害保険株式会社
法人営業第二課　森様

平素より大変お世話になっております。日の出産業 法務部の三枝です。
身元信用保険契約につき、経理・資金担当に配属となった以下の者を被保険者に追加願います。

{_bul}

追加日は来月１日付でお願いいたします。保険料の差額は請求書にてご請求ください。

{SIG_SAEGUSA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five employees with 和暦 birth dates and full-width addresses as bullets to an insurer",
)

# -- 件名に【社外秘】：株式譲渡契約の社内検討版を法律事務所へ --------------------------------------
_add(
    sender=CHIHAYA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>"],
    subject="【社外秘】株式譲渡契約書（案）当社修正版および交渉方針",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の千早です。
標記の件、当社修正版と交渉方針メモをお送りします。
表明保証の範囲（別紙4）と補償の上限について、明後日の打合せでご意見を頂戴できれば幸いです。

　・株式譲渡契約書（案）_当社修正版.docx
　・交渉方針メモ.docx

{SIG_CHIHAYA}
""",
    attachments=[
        {"kind": "docx", "name": "株式譲渡契約書（案）_当社修正版.docx",
         "paragraphs": ["株式譲渡契約書（案）", "第5条（表明及び保証）", "第9条（補償）補償の上限額は譲渡価額の20％とする。"]},
        {"kind": "docx", "name": "交渉方針メモ.docx",
         "paragraphs": ["交渉方針メモ", "1. 譲渡価額は当初提示から最大5％まで上積み可", "2. 従業員の雇用維持は3年間を約束"]},
    ],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【社外秘】 on an M&A draft and negotiation memo going to the outside law firm",
)

# -- XLSX ヘッダに「取扱注意」：契約条件比較表をベンダーへ ------------------------------------------
_add(
    sender=OKUBO,
    to=["坂口 様 <sakaguchi@tsubasa-system.jp>"],
    subject="保守契約の条件比較（ご参考）",
    charset="utf-8",
    body=f"""株式会社ツバサシステム
坂口様

お世話になっております。日の出産業 購買部の大久保です。
来年度の保守契約の条件について、社内で整理した比較表をお送りします。
SLAと単価の水準感のご参考にしていただければと思います。

{SIG_OKUBO}
""",
    attachments=[{
        "kind": "xlsx", "name": "保守契約_条件比較表.xlsx", "page_header": "取扱注意",
        "sheets": {"比較": [["【取扱注意】保守契約 条件比較表（購買部作成）"], [],
                           ["項目", "ツバサシステム", "他社A（見積）", "他社B（見積）", "社内評価"],
                           ["年間保守料", "4,800,000", "4,150,000", "5,020,000", "A社が最安"],
                           ["障害対応", "24h365d", "平日9-18", "24h365d", ""],
                           ["責任上限", "年間保守料", "月額×3", "年間保守料", ""]]},
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="spreadsheet stamped 取扱注意 (with competitors' quotes) sent to the vendor",
)

# -- 英文：CONFIDENTIAL ヘッダのタームシート（PDF） -----------------------------------------------
_add(
    sender=TACHIBANA,
    to=["Daniel Okafor <d.okafor@brightwater-comp.com>"],
    subject="Distribution Agreement - our internal term sheet",
    charset="utf-8",
    body=f"""Dear Daniel,

Further to yesterday's call, I attach the term sheet we prepared for the exclusive
distribution agreement for the Japanese market. It reflects our current position on
minimum purchase volumes and the termination fee.

Please treat the figures with care; we would like to discuss them on Thursday.

{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "pdf", "name": "TermSheet_Distribution_Hinode.pdf", "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo - Confidential - Do not distribute",
        "lines": ["TERM SHEET - EXCLUSIVE DISTRIBUTION AGREEMENT (JAPAN)", "",
                  "Territory: Japan", "Term: 5 years, renewable", "Minimum purchase: USD 2.4m / year",
                  "Walk-away position: USD 1.9m / year (internal)", "Termination fee: 6 months of margin"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL in header and footer sent to a foreign partner",
)

# -- 本文に【部外秘】スタンプの審査メモを相手方へ誤って転送 -----------------------------------------
_add(
    sender=FUJIEDA,
    to=["今泉 様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="FW: 【契約審査結果】北国フーズ 取引基本契約 改定案",
    charset="iso-2022-jp",
    body="""今泉様

お世話になっております。藤枝です。
改定案について法務から回答がありましたので、お送りします。

-----Original Message-----
From: 三枝 典子
Sent: Tuesday, October 14, 2025 6:12 PM
To: 藤枝 康介
Subject: 【契約審査結果】北国フーズ 取引基本契約 改定案

【部外秘】法務部 契約審査メモ　審査番号 2025-0377

藤枝さん

北国フーズ様の改定案、以下のとおりです。
1. 第11条（支払条件）：相手方案の60日サイトは受入可。ただし交渉の余地あり、まずは45日で押し返すこと。
2. 第19条（責任制限）：当社の上限撤廃は不可。過去の品質クレーム（2023年）を材料に交渉。
3. 第25条（更新）：問題なし。

三枝
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="a forward to the counterparty of an internal review memo stamped 【部外秘】 (forwarded text counts)",
)

# -- PPTX フッタに「極秘」：交渉方針を外部コンサルへ ------------------------------------------------
_add(
    sender=FUJIEDA,
    to=["ストラテジーパートナーズ 西條様 <saijo@strategy-partners.co.jp>"],
    subject="販売代理店契約の交渉方針（ご意見伺い）",
    charset="utf-8",
    body=f"""ストラテジーパートナーズ株式会社
西條様

お世話になっております。日の出産業の藤枝です。
来週の打合せに先立ち、代理店契約の交渉方針の資料をお送りします。
特に3枚目の撤退ラインについて、ご意見をいただけますと幸いです。

{SIG_FUJIEDA}
""",
    attachments=[{
        "kind": "pptx", "name": "代理店契約_交渉方針.pptx", "page_footer": "極秘　日の出産業株式会社 営業本部",
        "slides": [["販売代理店契約　交渉方針", "営業本部 営業企画部"],
                   ["相手方の要求", "独占販売権", "最低購入量の撤廃", "販売奨励金の上乗せ"],
                   ["当社の撤退ライン", "独占は関東のみ", "最低購入量は年8,000台まで減額可", "奨励金は2%が上限"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="slides footed 極秘 (negotiation walk-away lines) sent to an outside consultant",
)

# -- DOCX 文書区分「機密」：社内決裁資料を印刷会社へ ------------------------------------------------
_add(
    sender=OKUBO,
    to=["堀 様 <hori@nishiki-insatsu.co.jp>"],
    subject="単価改定の件（資料送付）",
    charset="cp932",
    body=f"""錦印刷株式会社
堀様

お世話になっております。大久保です。
先日お話しした単価改定の件、資料をお送りします。
改定後の単価で個別契約を更新したいと考えておりますので、ご検討をお願いいたします。

{SIG_OKUBO}
""",
    attachments=[{
        "kind": "docx", "name": "印刷単価改定_決裁資料.docx", "title": "印刷単価改定について（決裁）",
        "paragraphs": ["文書区分：機密　　保存期間：5年　　作成：購買部",
                       "印刷業務委託 単価改定について（決裁申請）",
                       "1. 背景：用紙価格の上昇を受け、錦印刷より8％の値上げ要請あり。",
                       "2. 方針：4％までは受入れ。5％以上の場合は他社（2社）への切替を検討する。",
                       "3. 他社見積：A社 現行比＋2％、B社 現行比＋3％。"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="internal approval document classified 文書区分：機密 sent to the supplier",
)

# -- 委託先の事故報告メール（7名の一覧）を添付メールで保険会社へ --------------------------------------
_p = _people(7)
_inner = "\n".join(f"{i + 1}\t{p['name']}\t{p['tel']}\t{p['addr']}" for i, p in enumerate(_p))
_add(
    sender=SAEGUSA,
    to=["東邦損害保険 サイバー保険担当 <cyber-claims@toho-sonpo.co.jp>"],
    subject="サイバー保険 事故通知（委託先における誤送付）",
    charset="utf-8",
    body=f"""東邦損害保険株式会社
サイバー保険ご担当者様

お世話になっております。日の出産業 法務部の三枝です。
当社が発送業務を委託している先で、顧客宛て書類の誤送付が発生しました。
委託先からの報告メールを添付いたします（対象者の一覧が含まれております）。
保険金請求の手続きについてご案内をお願いいたします。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "eml", "name": "【事故報告】誤送付のご報告.eml",
        "message": {
            "sender": "ロジメール株式会社 品質管理部 <quality@logimail.co.jp>",
            "to": ["三枝 典子 <saegusa.noriko@hinode-sangyo.co.jp>"],
            "subject": "【事故報告】ご契約者様宛て書類の誤送付について",
            "charset": "iso-2022-jp",
            "body": f"""日の出産業株式会社
法務部　三枝様

このたびは大変申し訳ございません。
10月20日発送分において、封入作業の誤りにより、以下の7名様の書類が
別のお客様宛ての封筒に同封されていたことが判明いたしました。

No\t氏名\t電話番号\t住所
{_inner}

現在、誤って届いたお客様への回収のお願いを進めております。
詳細な原因と再発防止策は、業務委託契約第14条に基づき書面にてご報告いたします。

ロジメール株式会社 品質管理部
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="attached vendor mail lists seven affected customers' phones and addresses; sent to the insurer",
)

# -- 産業医業務委託：健康診断結果（8名、XLSX）をクリニックへ --------------------------------------
_p = _people(8)
_fin = [("A", "異常なし"), ("C", "要経過観察（脂質異常）"), ("D", "要精密検査（糖尿病疑い）"), ("B", "軽度所見"),
        ("D", "要精密検査（心電図異常）"), ("A", "異常なし"), ("C", "要経過観察（高血圧）"), ("E", "治療中（うつ病）")]
_add(
    sender=MIYAGI,
    to=["青山メディカルクリニック 産業保健窓口 <sangyo@aoyama-mc.jp>"],
    subject="産業医業務委託契約に基づく就業判定のご依頼（本社・10月健診分）",
    charset="iso-2022-jp",
    body=f"""青山メディカルクリニック
産業保健窓口 御中

いつもお世話になっております。日の出産業 人事部の宮城です。
産業医業務委託契約第3条に基づき、10月実施の定期健康診断で所見のあった者等について、
就業判定をお願いいたします。一覧は添付のとおりです。

{SIG_MIYAGI}
""",
    attachments=[{
        "kind": "xlsx", "name": "就業判定依頼_2025年10月.xlsx",
        "sheets": {"判定依頼": [["氏名", "生年月日", "所属", "総合判定", "所見", "就業判定（産業医記入）"]]
                   + [[p["name"], _ymd(p), "本社", f[0], f[1], ""] for p, f in zip(_p, _fin)]},
    }],
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="eight employees' health check findings with names and DOB sent to an external clinic",
)

# -- 支払調書：個人6名のマイナンバー（DOCX表）を税理士法人へ ---------------------------------------
_p = _people(6)
_add(
    sender=INOUE,
    to=["みなと税理士法人 小椋様 <k.ogura@minato-zeirishi.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書　作成資料",
    charset="utf-8",
    body=f"""小椋様

いつもお世話になっております。日の出産業の井上です。
今年分の支払調書の作成資料をお送りします。
業務委託契約（講師・翻訳・技術顧問）の個人の支払先6名分です。

{SIG_INOUE}
""",
    attachments=[{
        "kind": "docx", "name": "支払調書作成資料_2025.docx",
        "paragraphs": ["支払調書作成資料（2025年分）", "日の出産業株式会社 経理部"],
        "tables": [[["氏名", "住所", "個人番号", "区分", "支払金額"]]
                   + [[p["name"], p["addr"], _next_mn(), k, f"{a:,}"]
                      for p, k, a in zip(_p, ["講師謝金", "翻訳料", "技術顧問料", "講師謝金", "翻訳料", "原稿料"],
                                         [480000, 1260000, 1320000, 360000, 845000, 150000])]],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six individuals' My Numbers and addresses in a DOCX table to the tax accountant",
)

# -- 壊れたXLSX（契約台帳）を監査法人へ -------------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["あけぼの監査法人 田辺様 <tanabe@akebono-audit.or.jp>"],
    subject="期末監査資料：重要な契約の一覧",
    charset="iso-2022-jp",
    body=f"""あけぼの監査法人
田辺様

お世話になっております。日の出産業 法務部の三枝です。
ご依頼のありました「重要な契約の一覧（期末時点）」をお送りします。
開けない等ございましたらお知らせください。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "corrupt", "name": "重要契約一覧_期末.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# -- PPAP：契約書一式（ZIP暗号化）を監査法人へ --------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["田辺様 <tanabe@akebono-audit.or.jp>"],
    cc=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    subject="Re: 契約書写しのご提出（サンプル抽出分）",
    charset="cp932",
    body=f"""田辺様

お世話になっております。三枝です。
サンプルとして抽出いただいた12件の契約書の写しを、ZIPにまとめてお送りします。
パスワードは追ってお送りいたします。

{SIG_SAEGUSA}

> 日の出産業株式会社 三枝様
> 契約台帳から抽出した以下12件について、契約書の写しをご提出ください。
> KY-2019-0031, KY-2020-0114, KY-2021-0007 ほか
""",
    attachments=[{
        "kind": "zip", "name": "契約書写し_サンプル12件.zip", "password": "Akb-2025-0331",
        "files": [{"kind": "pdf", "name": f"KY-{n}.pdf", "lines": ["契約書写し", n]}
                  for n in ["2019-0031", "2020-0114", "2021-0007", "2021-0152"]],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP of contract copies (PPAP) cannot be inspected",
)

# -- フリーメールの個人通訳者へ、参加者5名の携帯を文中に -------------------------------------------
_p = _people(5)
_prose = "、".join(f"{p['name']}様（{p['tel']}）" for p in _p[:4]) + f"、そして{_p[4]['name']}様（{_p[4]['tel']}）"
_add(
    sender=TACHIBANA,
    to=["ichinose.interpret@gmail.com"],
    subject="11/20 契約交渉（通訳）当日の連絡先",
    charset="utf-8",
    body=f"""一ノ瀬様

お世話になっております。日の出産業の立花です。
20日の契約交渉の通訳、どうぞよろしくお願いいたします。

当日は、相手方の来日メンバーと当社側の出席者が品川駅で合流してから会場に向かいます。
万一はぐれた場合に備えて、出席者の携帯番号をお伝えしておきます。
{_prose}です。
集合は9時15分、港南口の改札前です。

日の出産業株式会社 法務部 立花
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="five people's names and mobile numbers in running text to a private interpreter on gmail",
)

# ======================================================================================
# PASS
# ======================================================================================

# -- NDAドラフト回覧：条文に「機密」「秘密情報」、末尾に免責文 ------------------------------------
_add(
    sender=SAEGUSA,
    to=["株式会社オリオン化成 法務室 真壁様 <makabe@orion-kasei.co.jp>"],
    subject="秘密保持契約書（案）のご送付",
    charset="iso-2022-jp",
    body=f"""株式会社オリオン化成
法務室　真壁様

はじめてご連絡いたします。日の出産業株式会社 法務部の三枝と申します。
貴社営業部の方から、新素材の共同評価に先立って秘密保持契約を締結したいと伺いました。
当社ひな形をベースにした案を添付いたしますので、ご検討いただけますでしょうか。

主なポイント
　・相互開示型（双方が開示者・受領者となる形）
　・秘密情報は「秘密である旨を明示して開示された情報」に限定
　・有効期間2年、終了後も3年間は秘密保持義務が存続

修正のご希望があれば、Wordの変更履歴でお戻しください。

{SIG_SAEGUSA}

{DISC_JA}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_オリオン化成様.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "第1条（目的）甲及び乙は、新素材の共同評価（以下「本目的」という。）のため、相互に秘密情報を開示する。",
                       "第2条（秘密情報）本契約において「秘密情報」とは、開示者が書面により機密である旨を明示して開示した技術上又は営業上の情報をいう。",
                       "第3条（秘密保持義務）受領者は、秘密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく第三者に開示してはならない。",
                       "第9条（有効期間）本契約の有効期間は、締結日から2年間とする。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="NDA draft: 機密/秘密情報 appear only in the clauses and the standard disclaimer, no marking",
)

# -- 業務委託契約の見え消し協議（引用付きの返信） --------------------------------------------------
_add(
    sender=HASEBE,
    to=["坂口 様 <sakaguchi@tsubasa-system.jp>"],
    subject="Re: Re: システム開発業務委託契約（見え消し版）",
    charset="utf-8",
    body=f"""坂口様

お世話になっております。長谷部です。
ご回答ありがとうございます。以下、当社の考えをお返しします。

・第8条（検収）：検収期間を10営業日とする案で了解しました。
・第15条（再委託）：再委託先の事前通知で足りるとのご提案ですが、
　個人情報を扱う工程については事前承諾とさせてください。その他の工程は通知で結構です。
・第21条（責任制限）：上限を「本契約に基づき受領済みの委託料」とする案で合意できればと思います。

この内容で清書版を作成しますので、問題があれば今週中にお知らせください。

{SIG_HASEBE}

> 長谷部様
> 
> お世話になっております。ツバサシステムの坂口です。
> 見え消し版を拝見しました。第8条の検収期間は10営業日でお願いできればと存じます。
> 第15条は、再委託先の事前通知に変更いただけないでしょうか。
> 第21条の上限は、受領済み委託料を上限とすることでいかがでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary clause negotiation with one partner, quoted text only",
)

# -- 調印式：相手方出席者6名の連絡先は引用部分のみ ----------------------------------------------------
_p = _people(6)
_q = "\n".join(f"> {p['name']}　{t}　携帯 {p['tel']}" for p, t in
               zip(_p, ["代表取締役", "取締役", "法務部長", "法務部", "広報部", "秘書室"]))
_add(
    sender=FUJIEDA,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    subject="Re: 資本業務提携契約 調印式の出席者について",
    charset="iso-2022-jp",
    body=f"""松永様

お世話になっております。藤枝です。
出席者のご連絡ありがとうございます。受付名簿に反映いたしました。
当日は10時30分に本社1階ロビーにてお待ちしております。
当社側の出席者は社長、管理本部長、法務部長、私の4名です。

{SIG_FUJIEDA}

> 藤枝様
> 
> 調印式の弊社出席者は以下の6名です。当日の緊急連絡先として携帯も記載します。
> 
{_q}
> 
> 川崎電機 法務部 松永
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six attendees' mobiles appear only in the quoted mail of the recipient himself",
)

# -- 署名者リストは「-----Original Message-----」の下だけ -------------------------------------------
_p = _people(5)
_q = "\n".join(f"{p['name']}（{t}）{p['roma'].split()[1].lower()}.{p['roma'].split()[0][0].lower()}@aoba-unyu.co.jp"
               for p, t in zip(_p, ["代表取締役", "常務取締役", "総務部長", "経理部長", "総務部"]))
_add(
    sender=KOMINE,
    to=["根岸 様 <negishi@aoba-unyu.co.jp>"],
    subject="RE: 電子契約の署名者・閲覧者のご連絡",
    charset="cp932",
    body=f"""根岸様

お世話になっております。小峰です。
署名者・閲覧者のご連絡ありがとうございました。
ご指定のとおり、代表取締役様を署名者、その他の方を閲覧者として設定いたしました。
来週月曜に署名依頼をお送りします。

{SIG_KOMINE}

-----Original Message-----
From: 根岸 <negishi@aoba-unyu.co.jp>
Sent: Thursday, September 11, 2025 4:40 PM
To: 小峰 亜希 <komine.aki@hinode-sangyo.co.jp>
Subject: 電子契約の署名者・閲覧者のご連絡

小峰様

運送業務委託契約の電子締結について、弊社の署名者・閲覧者は以下のとおりです。

{_q}

よろしくお願いいたします。
青葉運輸 総務部 根岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five signers listed only under -----Original Message----- sent back to their own company",
)

# -- 英文の返信：相手方の訪問者リストは引用のみ -----------------------------------------------------
_p = _people(5)
_mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_q = "\n".join(f"> - {p['roma']}, born {p['dob'][2]} {_mon[p['dob'][1] - 1]} {p['dob'][0]}" for p in _p)
_add(
    sender=TACHIBANA,
    to=["Emma Lindqvist <e.lindqvist@brightwater-comp.com>"],
    subject="Re: Audit visit under Section 7 of the Supply Agreement",
    charset="utf-8",
    body=f"""Dear Emma,

Thank you for the list. Visitor passes will be ready at the reception of our Kawasaki
plant on 3 December. Please note that photography is not permitted on the production floor
(Appendix 2 of the Supply Agreement).

{SIG_TACHIBANA}

On Mon, 24 Nov 2025 at 09:12, Emma Lindqvist <e.lindqvist@brightwater-comp.com> wrote:
> Dear Ryo,
>
> As required by Section 7.2, here are the members of our audit team:
>
{_q}
>
> Kind regards,
> Emma
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the visitors' birth dates are only in the quoted 'wrote:' part",
)

# -- 社内：契約台帳（担当者連絡先つき）を法務部内で共有 ----------------------------------------------
_p = _people(9)
_add(
    sender=SAEGUSA,
    to=["長谷部 慎吾 <s-hasebe@hinode-sangyo.co.jp>", "小峰 亜希 <komine.aki@hinode-sangyo.co.jp>"],
    cc=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    subject="【法務部内】契約台帳 2025年9月末更新版",
    charset="utf-8",
    body="""各位

お疲れさまです。三枝です。
契約台帳の9月末更新版を共有します。
今回から相手方担当者の連絡先列を追加しました（更新リマインド用）。
期間満了が3か月以内の契約は黄色セルにしています。

三枝
""",
    attachments=[{
        "kind": "xlsx", "name": "契約台帳_202509.xlsx",
        "sheets": {"台帳": [["契約台帳（2025年9月末）"],
                          ["管理番号", "契約名", "相手方", "法人番号", "期間満了日", "相手方担当者", "携帯", "メール"]]
                   + [[f"KY-20{21 + i % 4}-0{100 + i * 9}", ["取引基本契約", "NDA", "業務委託契約"][i % 3],
                       f"取引先{chr(65 + i)}社", _corp_no(f"0{_rng.randint(10000000000, 99999999999)}"),
                       f"2026/0{1 + i % 9}/31", p["name"], p["tel"], p["mail"]] for i, p in enumerate(_p)],
                   "凡例": [["色", "意味"], ["黄", "3か月以内に期間満了"]]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_CORPORATE_NUMBER"],
    detectors=[],
    note="ledger with nine contacts' details, but every recipient is internal",
)

# -- 社内サブドメイン宛：個人事業主のマイナンバー ---------------------------------------------------
_p = _people(1)[0]
_mn = _next_mn()
_add(
    sender=SAEGUSA,
    to=["井上 拓也 <t.inoue@mail.hinode-sangyo.co.jp>"],
    subject="技術顧問契約（新規）の支払先情報",
    charset="iso-2022-jp",
    body=f"""井上さん

お疲れさまです。法務部の三枝です。
10月から技術顧問契約を締結した方の支払先情報です。経理システムへの登録をお願いします。

氏名：{_p['name']}（{_p['kana']}）
生年月日：{_wareki(_p)}
住所：{_p['addr']}
個人番号：{_mn}
振込先：{_p['bank']} {_p['branch']} 普通 {_p['acct']}

番号確認書類（通知カードの写し）は法務部の金庫で保管しています。

三枝
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="My Number of a contractor sent only to an internal subdomain address (mail.hinode-sangyo.co.jp)",
)

# -- 社内：【社外秘】の株式譲渡契約ドラフトを部内で回覧 ---------------------------------------------
_add(
    sender=HASEBE,
    to=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    cc=["三枝 典子 <saegusa.noriko@hinode-sangyo.co.jp>", "経営企画部 <keiki@hinode-sangyo.co.jp>"],
    subject="【社外秘】株式譲渡契約書（案）v4 社内確認のお願い",
    charset="utf-8",
    body="""千早部長

お疲れさまです。長谷部です。
相手方の修正を反映したv4を添付します。白川先生に送る前に、以下の3点についてご判断をお願いします。

1. 表明保証違反の補償上限（相手方：譲渡価額の10％／当社案：20％）
2. クロージング前の従業員の退職に関する誓約
3. 競業避止期間（相手方：2年／当社案：5年）

長谷部
""",
    attachments=[{
        "kind": "docx", "name": "株式譲渡契約書_v4.docx", "page_header": "社外秘",
        "paragraphs": ["株式譲渡契約書（案）v4", "第9条（補償）", "第12条（競業避止）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 draft circulated among internal recipients only",
)

# -- 原本返送のお願い（免責文つき） -----------------------------------------------------------------
_add(
    sender=OKUBO,
    to=["根岸 様 <negishi@aoba-unyu.co.jp>"],
    subject="契約書原本ご返送のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
総務部　根岸様

いつもお世話になっております。日の出産業 購買部の大久保です。

先日お送りした「倉庫保管業務に関する覚書」の原本2通のうち、
貴社ご押印済みの1通を同封の返信用封筒にてご返送いただけますでしょうか。
お手数ですが、今月20日までに到着するようお願いいたします。

なお、収入印紙は当社負担分を貼付済みです。

{SIG_OKUBO}

{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="routine request to return the signed original; only the standard disclaimer mentions 機密",
)

# -- 英文：供給契約へのコメント（英文免責文つき） ------------------------------------------------------
_add(
    sender=TACHIBANA,
    to=["Daniel Okafor <d.okafor@brightwater-comp.com>"],
    cc=["r.tachibana@hinode-sangyo.co.jp"],
    subject="Supply Agreement - our comments on Clauses 9 and 14",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for the revised draft of the Supply Agreement. We can accept most of your changes.
Our remaining comments are:

1. Clause 9 (Warranty): we propose 18 months from delivery instead of 12, in line with
   our warranty to end customers.
2. Clause 14 (Limitation of Liability): the cap should not apply to breaches of
   Clause 16 (Confidentiality) or to indemnities for third-party IP claims.
3. Clause 22 (Governing Law): we are fine with the laws of Japan and arbitration under
   the JCAA rules in Tokyo, as you suggested.

I attach a marked-up copy. Happy to have a call on Wednesday if that helps.

{SIG_TACHIBANA}

{DISC_EN}
""",
    attachments=[{
        "kind": "docx", "name": "Supply_Agreement_Hinode_markup_v2.docx",
        "paragraphs": ["SUPPLY AGREEMENT", "9. Warranty", "14. Limitation of Liability", "16. Confidentiality",
                       "22. Governing Law and Dispute Resolution"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="English contract comments; 'confidential' only in a clause title and the standard disclaimer",
)

# -- 監査法人へ：契約台帳（会社のみ、法人番号つき） ------------------------------------------------------
_cos2 = [("株式会社ヤマビコ工業", "450001032211", "取引基本契約", "2019/04/01", "自動更新", "—"),
         ("川崎電機株式会社", "020001077413", "業務委託基本契約", "2020/10/01", "2026/09/30", "年48,000千円"),
         ("青葉運輸株式会社", "370001014476", "運送業務委託契約", "2021/04/01", "自動更新", "単価契約"),
         ("株式会社みどり銀行", "010001034455", "金銭消費貸借契約", "2022/03/31", "2029/03/31", "1,500,000千円"),
         ("錦印刷株式会社", "130001025512", "印刷業務委託基本契約", "2022/07/01", "自動更新", "単価契約"),
         ("株式会社ツバサシステム", "011001120874", "システム保守契約", "2023/04/01", "2026/03/31", "年4,800千円"),
         ("北国フーズ株式会社", "430001066129", "取引基本契約", "2024/04/01", "自動更新", "—"),
         ("株式会社さくらホテル", "010401056680", "会場利用基本契約", "2024/09/01", "2025/08/31", "単価契約")]
_add(
    sender=SAEGUSA,
    to=["あけぼの監査法人 田辺様 <tanabe@akebono-audit.or.jp>"],
    subject="Re: 重要な契約の一覧（再送）",
    charset="iso-2022-jp",
    body=f"""田辺様

お世話になっております。三枝です。
先ほどのファイルが開けなかったとのことで、失礼いたしました。
あらためて作成し直したものをお送りします。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "xlsx", "name": "重要契約一覧_期末_再送.xlsx",
        "sheets": {"重要契約": [["重要な契約の一覧（2025年3月31日現在）"],
                             ["相手方", "法人番号", "契約種別", "締結日", "期間満了", "金額"]]
                   + [[c[0], _corp_no(c[1]), c[2], c[3], c[4], c[5]] for c in _cos2]},
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="list of contracts with companies only (corporate numbers, no people) to the auditor",
)

# -- 電子契約の署名依頼の事前連絡（相手方担当者1名） ------------------------------------------------
_add(
    sender=KOMINE,
    to=["今泉 様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="取引基本契約 変更覚書の電子署名について（事前のご連絡）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
管理部　今泉様

お世話になっております。日の出産業の小峰です。
先日合意いたしました変更覚書について、本日15時頃に電子契約サービスから署名依頼が届きます。

　送信元　：サインポート（noreply@signport.jp）
　件名　　：【署名依頼】取引基本契約 変更覚書（日の出産業株式会社）
　署名者　：今泉様（ご指定のとおり）
　署名期限：10月31日

迷惑メールフォルダに入ってしまうことがあるようですので、届かない場合はご連絡ください。

{SIG_KOMINE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="signing notice to the counterpart's one contact person; only business contact data",
)

# -- 三者打合せ：パートナー＋法律事務所（外部2組織） --------------------------------------------------
_add(
    sender=HASEBE,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    cc=["桐生 先生 <kiryu@shirakawa-law.jp>", "千早 玲司 <chihaya.r@hinode-sangyo.co.jp>"],
    subject="ライセンス契約 最終調整のお打合せ（11/7）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 松永様
白川法律事務所 桐生先生

お世話になっております。日の出産業の長谷部です。
特許ライセンス契約の最終調整について、11月7日（金）14時から当社会議室にて
お打合せをお願いいたします。論点は以下の2点です。

　1. ロイヤルティの算定基礎（正味販売価格の定義）
　2. 改良発明のグラントバック条項

資料は前日までにお送りします。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To/Cc",
)

# -- フリーランスのデザイナー（gmail）へ本人の契約書案 -----------------------------------------------
_p = _people(1)[0]
_add(
    sender=FUJIEDA,
    to=[f"{_p['name']} 様 <{_p['sei'] and 'design.'}{_p['roma'].split()[1].lower()}@gmail.com>"],
    subject="業務委託契約書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""{_p['sei']}様

お世話になっております。日の出産業の藤枝です。
先日お打合せしたカタログデザインの件、業務委託契約書（案）をお送りします。
乙の欄にはお伺いしたご住所を記載しています。誤りがないかご確認ください。

著作権の扱い（第11条）は、お打合せのとおり納品時に当社へ譲渡、
ただし制作実績としての公開は可能という内容にしております。

{SIG_FUJIEDA}
""",
    attachments=[{
        "kind": "docx", "name": "業務委託契約書_案_カタログデザイン.docx",
        "paragraphs": ["業務委託契約書（案）",
                       "委託者　日の出産業株式会社（以下「甲」という。）",
                       f"受託者　{_p['name']}（住所：{_p['addr']}）（以下「乙」という。）",
                       "第11条（著作権）成果物の著作権は、納品時に乙から甲に移転する。"],
    }],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one free-mail recipient gets a draft naming only herself; one person's address may be warned",
)

# -- 個人情報の取扱いに関する覚書（案）：別紙は項目名だけ ---------------------------------------------
_add(
    sender=SAEGUSA,
    to=["データプロセス株式会社 石黒様 <ishiguro@dataproc.co.jp>"],
    subject="個人情報の取扱いに関する覚書（案）",
    charset="iso-2022-jp",
    body=f"""データプロセス株式会社
石黒様

お世話になっております。日の出産業 法務部の三枝です。
データ入力業務委託契約に付随する「個人情報の取扱いに関する覚書」の案をお送りします。

別紙1に委託する個人情報の項目を記載しております。
　・氏名、住所、電話番号、生年月日、購入履歴
　・マイナンバー（個人番号）及び要配慮個人情報は委託の対象に含みません
　・クレジットカード番号は取り扱いません（決済代行会社で処理）

再委託の禁止（第5条）、安全管理措置（第7条）、事故時の報告（第9条）、
契約終了時の返還・消去（第11条）についてご確認をお願いいたします。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "docx", "name": "個人情報の取扱いに関する覚書_案.docx",
        "paragraphs": ["個人情報の取扱いに関する覚書（案）",
                       "第1条（目的）本覚書は、甲乙間のデータ入力業務委託契約に基づき、甲が乙に委託する個人情報の取扱いを定める。",
                       "第7条（安全管理措置）乙は、個人情報の漏えい、滅失又は毀損の防止のため、必要かつ適切な措置を講じる。"],
        "tables": [[["別紙1　委託する個人情報の項目", "備考"], ["氏名", ""], ["住所", "郵便番号を含む"],
                    ["電話番号", ""], ["生年月日", ""], ["購入履歴", "直近3年分"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="memorandum on personal data handling: names the categories only, carries no one's data",
)

# -- 他の電子契約サービスへの見積依頼（料金表） ---------------------------------------------------------
_add(
    sender=KOMINE,
    to=["ケイヤククラウド 営業部 <sales@keiyaku-cloud.jp>"],
    subject="お見積りのお願い（電子契約サービス 乗換え検討）",
    charset="utf-8",
    body=f"""株式会社ケイヤククラウド
営業部 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 法務部の小峰と申します。
現在利用中の電子契約サービスの更新時期を迎えるにあたり、貴社サービスを比較検討しております。
以下の条件でお見積りをいただけますでしょうか。

　・月間送信件数：約120件
　・ユーザー数：25名（うち送信権限 10名）
　・必要機能：ワークフロー承認、契約書台帳の検索、IPアドレス制限、SSO連携
　・既存契約（約1,800件）の取込支援の有無と費用

参考までに、現行サービスの料金は以下のとおりです。
　基本料金　月額 30,000円／送信料 1件 200円／ユーザー追加 1名 1,000円

{SIG_KOMINE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="request for a quote with a price table; no personal data",
)

# -- 経理：請求書と適格請求書の登録番号 ---------------------------------------------------------------
_add(
    sender=INOUE,
    to=["錦印刷 経理ご担当 <keiri@nishiki-insatsu.co.jp>"],
    subject="請求書の記載事項について（請求書番号 NI-2025-10-0442）",
    charset="cp932",
    body=f"""錦印刷株式会社
経理ご担当者様

お世話になっております。日の出産業 経理部の井上です。
10月分のご請求書（請求書番号 NI-2025-10-0442、発注番号 PO-25-031877）につきまして、
登録番号の記載が「T{_corp_no('130001025512')}」となっておりましたが、
国税庁の公表サイトで確認したところ、貴社の登録番号と一致いたしました。念のためのご確認でした。

なお、当社の登録番号は T{_corp_no('010401099512')} です。
支払は印刷業務委託基本契約のとおり、11月30日にお振込みいたします。

{SIG_INOUE}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice, order and T (corporate) numbers of two companies; no personal data",
)

# -- 納品場所一覧（事業所の住所・代表電話） -------------------------------------------------------------
_add(
    sender=OKUBO,
    to=["今泉 様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="個別契約書 別紙（納品場所一覧）の差替え",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
今泉様

お世話になっております。大久保です。
個別契約書の別紙「納品場所一覧」を差し替えさせてください。
千葉物流センターの移転に伴い、住所と代表電話が変わっております。

事業所名　　　　　　住所　　　　　　　　　　　　　　　　　　　代表電話
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
本社　　　　　　　　東京都港区芝３－１８－６　　　　　　　　　03-5442-7700
川崎倉庫　　　　　　神奈川県川崎市川崎区東扇島１２－４　　　　044-270-5511
千葉物流センター　　千葉県習志野市茜浜２－７－１（新）　　　　047-408-3320（新）
大阪営業所　　　　　大阪府大阪市淀川区西中島５－９－２　　　　06-6307-2281
福岡営業所　　　　　福岡県福岡市博多区博多駅東２－１１－５　　092-433-8170

差替日は来月1日納品分からでお願いいたします。

{SIG_OKUBO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of the company's own sites with switchboard numbers: businesses, not people",
)

# -- 会場（さくらホテル）へ調印式出席者3名の連絡先 --------------------------------------------------
_p = _people(3)
_add(
    sender=FUJIEDA,
    to=["浅野 様 <asano@sakura-hotel.jp>"],
    subject="12/2 調印式（桜の間）当日の連絡先",
    charset="utf-8",
    body=f"""さくらホテル
宴会営業部　浅野様

お世話になっております。日の出産業の藤枝です。
12月2日の調印式について、当日の当社側連絡先をお知らせします。
設営・進行で確認事項がありましたら、以下のいずれかにお電話ください。

・{_p[0]['name']}（総務部）　{_p[0]['tel']}
・{_p[1]['name']}（広報部）　{_p[1]['tel']}
・{_p[2]['name']}（営業企画部）　{_p[2]['tel']}

控室は11時から使用させていただく予定です。

{SIG_FUJIEDA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff members' mobile numbers for the event: under five people, may be warned",
)

# -- 承認者4名の登録（電子契約） ---------------------------------------------------------------------
_p = _people(4)
_add(
    sender=KOMINE,
    to=["support@signport.jp"],
    subject="承認者の追加登録のお願い",
    charset="iso-2022-jp",
    body=f"""サインポート サポートご担当者様

お世話になっております。日の出産業の小峰です。
組織変更に伴い、以下の4名を承認者として追加登録をお願いします。
SMS認証用に携帯番号を記載しています。

氏名, 部署, メールアドレス, 携帯
{chr(10).join(f"{p['name']}, {d}, {p['roma'].split()[1].lower()}@hinode-sangyo.co.jp, {p['tel']}" for p, d in zip(_p, ['購買部', '営業本部', '総務部', '経理部']))}

{SIG_KOMINE}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four employees' records (comma-separated) to the vendor: below the five-person threshold",
)

# -- 個人向け業務委託契約のひな形（空欄のみ） ---------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["フリーランスリンク 契約管理チーム <contract@freelance-link.co.jp>"],
    subject="個人受託者向け契約書ひな形の改定版",
    charset="utf-8",
    body=f"""株式会社フリーランスリンク
契約管理チーム ご担当者様

お世話になっております。日の出産業 法務部の三枝です。
フリーランス保護法の施行を踏まえ、個人の受託者の方向けの業務委託契約書ひな形を改定しました。
今後、貴社経由でご紹介いただく方との契約にはこちらを使用いたします。

主な改定点：取引条件の明示（第3条）、報酬の支払期日（第6条）、中途解約の予告（第15条）

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "docx", "name": "業務委託契約書ひな形_個人受託者用_2025.docx",
        "paragraphs": ["業務委託契約書", "受託者（乙）",
                       "氏名：＿＿＿＿＿＿＿＿＿＿＿＿　　生年月日：　　　年　　月　　日",
                       "住所：〒　　　－　　　　　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                       "電話番号：　　　－　　　　－　　　　　メールアドレス：＿＿＿＿＿＿＿＿＿＿",
                       "個人番号は本契約書には記載せず、別途所定の様式で提出するものとする。",
                       "第6条（報酬の支払）甲は、成果物の受領日から60日以内に報酬を支払う。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank contract template: the personal-data fields are empty",
)

# -- 「極秘」を文中で言及するだけ ---------------------------------------------------------------------
_add(
    sender=HASEBE,
    to=["桐生 先生 <kiryu@shirakawa-law.jp>"],
    subject="Re: 和解契約書案の取扱いについて",
    charset="iso-2022-jp",
    body=f"""桐生先生

お世話になっております。長谷部です。
和解契約書案の社内回覧についてご質問をいただいた件、社内で確認しました。

本件は和解金額も小さく、相手方も公表を前提にしているため、
極秘扱いや社外秘指定にするほどの内容ではないとの判断になりました。
通常の稟議ルートで回覧し、来週中に決裁を取る予定です。

口外禁止条項（第6条）の文言は、先生ご提案のとおりで問題ございません。

{SIG_HASEBE}

> 長谷部様
> 和解契約書案の社内回覧は、どの範囲で行う予定でしょうか。
> 白川法律事務所 桐生
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="極秘/社外秘 are only talked about in running text, nothing is marked",
)

# -- 英文：相互秘密保持契約の協議 -------------------------------------------------------------------
_add(
    sender=TACHIBANA,
    to=["Lars Nordhavn <lars@nordhavn-marine.com>"],
    subject="Mutual Confidentiality Agreement - draft for your review",
    charset="utf-8",
    body=f"""Dear Lars,

It was a pleasure meeting you in Yokohama last week. As discussed, before we exchange
technical drawings for the hull-coating project, we would like to sign a Mutual
Confidentiality Agreement.

I attach our standard draft. A few points to note:
- Confidential Information covers information marked as such or identified as
  confidential within 30 days of oral disclosure.
- Term: 3 years; obligations survive for 5 years after termination.
- Governing law: Japan; courts of Tokyo.

Please feel free to send us your comments in track changes.

{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "docx", "name": "Mutual_Confidentiality_Agreement_Hinode_draft.docx",
        "title": "Mutual Confidentiality Agreement",
        "paragraphs": ["MUTUAL CONFIDENTIALITY AGREEMENT", "1. Definition of Confidential Information",
                       "2. Obligations of the Receiving Party", "8. Term and Survival"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA; 'Confidentiality Agreement' is the document's name, not a marking",
)

# -- 原本郵送：追跡番号 -------------------------------------------------------------------------------
_add(
    sender=INOUE,
    to=["戸田 様 <toda.y@midori-ginko.co.jp>"],
    subject="金銭消費貸借契約証書 原本発送のご連絡",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行
法人営業部　戸田様

お世話になっております。日の出産業の井上です。
本日、金銭消費貸借契約証書および関連書類の原本を発送いたしました。

　発送方法：レターパックプラス
　追跡番号：3847-2290-1165
　同封書類：金銭消費貸借契約証書 1通、印鑑証明書 1通、取締役会議事録（写し）1通

明日午前中に到着予定です。ご査収のほどよろしくお願いいたします。

{SIG_INOUE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="original sent by post: a tracking number and document names only",
)

# -- 取引先への一斉案内を正しく Bcc で ---------------------------------------------------------------
_add(
    sender=OKUBO,
    to=["日の出産業 購買部 <kobai@hinode-sangyo.co.jp>"],
    bcc=["matsunaga.k@kawasaki-denki.co.jp", "negishi@aoba-unyu.co.jp", "hori@nishiki-insatsu.co.jp",
         "imaizumi@kitaguni-foods.co.jp", "eigyo@yamabiko-kogyo.co.jp", "kinoshita@tokai-package.co.jp",
         "yamada@sanko-seimitsu.co.jp", "order@marutake-shiko.co.jp"],
    subject="年末年始の発注・検収スケジュールについて",
    charset="cp932",
    body=f"""お取引先各位
（本メールはBccにて一斉にお送りしております）

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始の発注・検収スケジュールを下記のとおりご案内いたします。

　最終発注日　　：12月19日（金）
　年内最終検収日：12月26日（金）
　年始発注開始日：1月6日（火）

取引基本契約に定める支払条件に変更はございません。
本年も大変お世話になりました。来年もよろしくお願い申し上げます。

{SIG_OKUBO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="announcement to eight suppliers correctly in Bcc; To is the purchasing team itself",
)

# -- パスワードなしZIP（契約書PDFのみ） --------------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["今泉 様 <imaizumi@kitaguni-foods.co.jp>"],
    subject="締結済み契約書の写し（一式）",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。三枝です。
ご依頼のあった、貴社との締結済み契約書の写しをZIPにまとめてお送りします。
（取引基本契約、品質保証協定書、価格改定覚書の3点です）

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "zip", "name": "北国フーズ様_契約書写し.zip",
        "files": [{"kind": "pdf", "name": "01_取引基本契約書.pdf", "lines": ["取引基本契約書", "第1条（目的）"]},
                  {"kind": "pdf", "name": "02_品質保証協定書.pdf", "lines": ["品質保証協定書", "第1条（適用範囲）"]},
                  {"kind": "pdf", "name": "03_価格改定覚書.pdf", "lines": ["覚書（価格改定）", "改定後単価は別表のとおり"]}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="unencrypted ZIP of contract copies with no personal data",
)

# -- 別便のパスワード通知 ---------------------------------------------------------------------------
_add(
    sender=HASEBE,
    to=["株式会社ミライデザイン 高杉様 <takasugi@miraidesign.co.jp>"],
    subject="【パスワード】秘密保持契約書（署名済）",
    charset="cp932",
    body=f"""高杉様

先ほどお送りしたファイルのパスワードをお知らせします。

　mD7#q2Lw

よろしくお願いいたします。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="separate mail with only the ZIP password: no attachment, no personal data",
)

# -- 融資契約の書類：法人の登記情報（代表者名のみ） ---------------------------------------------------
_add(
    sender=INOUE,
    to=["戸田 様 <toda.y@midori-ginko.co.jp>"],
    subject="Re: ご融資契約に必要な書類について",
    charset="iso-2022-jp",
    body=f"""戸田様

お世話になっております。井上です。
ご案内いただいた書類のうち、以下を本日PDFでお送りします。原本は別途郵送いたします。

　・履歴事項全部証明書（発行日 10月6日）
　・印鑑証明書
　・直近3期分の決算書

念のため、登記上の情報は以下のとおりです。
　商号　　　：日の出産業株式会社
　法人番号　：{_corp_no('010401099512')}
　本店　　　：東京都港区芝三丁目18番6号
　代表取締役：朝比奈 宗一郎

{SIG_INOUE}
""",
    attachments=[{"kind": "pdf", "name": "履歴事項全部証明書.pdf",
                  "lines": ["履歴事項全部証明書", "商号 日の出産業株式会社", "本店 東京都港区芝三丁目18番6号",
                            "役員に関する事項 代表取締役 朝比奈 宗一郎"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="company registry data and the representative's name alone: business data, not a person's record",
)

# -- 当社担当者の変更のお知らせ ---------------------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["堀 様 <hori@nishiki-insatsu.co.jp>"],
    subject="契約窓口変更のお知らせ",
    charset="utf-8",
    body="""錦印刷株式会社
営業部　堀様

いつもお世話になっております。日の出産業 法務部の三枝です。
11月1日付の人事異動により、貴社との契約関係の窓口を下記の者に引き継ぐことになりました。

　後任：法務部 契約管理課　小峰 亜希
　電話：03-5442-7734
　メール：komine.aki@hinode-sangyo.co.jp

これまで大変お世話になりました。今後とも変わらぬご愛顧のほど、よろしくお願いいたします。

--
日の出産業株式会社　法務部 契約管理課
三枝 典子
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="handover notice giving one colleague's business contact details",
)

# -- 社内：反社チェックで逮捕歴ヒット（社内のみ） -----------------------------------------------------
_p = _people(1)[0]
_add(
    sender=HASEBE,
    to=["コンプライアンス室 <compliance@hinode-sangyo.co.jp>"],
    cc=["千早 玲司 <chihaya.r@hinode-sangyo.co.jp>", "藤枝 康介 <fujieda.kosuke@hinode-sangyo.co.jp>"],
    subject="反社チェック結果の報告（新規取引予定先）",
    charset="iso-2022-jp",
    body=f"""コンプライアンス室 各位

法務部の長谷部です。
営業本部から審査依頼のあった新規取引予定先について、調査会社の報告を受領しました。

　対象：株式会社グランツエステート 代表取締役 {_p['name']}氏
　結果：2019年に詐欺容疑で逮捕された旨の報道記事あり（処分結果は不明）

取引可否の判断のため、来週のコンプライアンス委員会の議題に追加をお願いします。
それまでの間、契約交渉は保留とするよう営業本部（藤枝さん）に伝えています。

長谷部
""",
    expect="pass",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=[],
    note="arrest record of a named person, but all recipients are internal",
)

# -- 英文：準拠法・紛争解決条項の協議（英国の法律事務所） ---------------------------------------------
_add(
    sender=TACHIBANA,
    to=["Sophie Harrow <s.harrow@harrowfinch.co.uk>"],
    subject="Governing law for the UK distribution agreement",
    charset="utf-8",
    body=f"""Dear Sophie,

Thank you for your memo on the governing law question. Having discussed it internally,
we would prefer English law with LCIA arbitration in London rather than the courts of
England, mainly because enforcement in Japan is easier under the New York Convention.

Could you please:
1. amend Clause 27 accordingly in the next draft, and
2. let us know whether a three-member tribunal is advisable given the contract value
   (approx. GBP 3 million over five years)?

We look forward to your revised draft by the end of next week.

{SIG_TACHIBANA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English legal discussion with one outside counsel; no personal data",
)

# -- 委託先一覧（会社のみ）を保険会社へ（CSV） --------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["森 様 <mori.h@toho-sonpo.co.jp>"],
    subject="個人情報漏えい賠償責任保険　告知書の補足資料",
    charset="iso-2022-jp",
    body=f"""東邦損害保険株式会社
森様

お世話になっております。三枝です。
告知書の補足資料として、個人データの取扱いを委託している委託先の一覧をお送りします。
各社とは「個人情報の取扱いに関する覚書」を締結済みです。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "csv", "name": "個人データ委託先一覧.csv", "encoding": "cp932",
        "rows": [["委託先", "法人番号", "所在地", "代表電話", "委託業務", "覚書締結日"],
                 ["ペイロールワークス株式会社", _corp_no("010401140022"), "東京都千代田区神田須田町1-7", "03-3251-0880", "給与計算", "2025/08/01"],
                 ["錦印刷株式会社", _corp_no("130001025512"), "京都府京都市下京区四条通室町東入", "075-221-4410", "DM発送", "2025/09/15"],
                 ["データプロセス株式会社", _corp_no("020001101563"), "神奈川県横浜市西区みなとみらい2-2-1", "045-222-6001", "データ入力", "2025/10/01"],
                 ["ロジメール株式会社", _corp_no("040001088217"), "千葉県千葉市美浜区中瀬1-3", "043-296-7715", "発送代行", "2024/04/01"],
                 ["アカウンティングサポート株式会社", _corp_no("010001205548"), "東京都中央区日本橋3-4-5", "03-6225-3300", "支払代行", "2025/11/01"],
                 ["青山メディカルクリニック", "", "東京都港区南青山2-26-1", "03-3403-1188", "産業医業務", "2024/04/01"]],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="list of vendor companies with addresses and switchboards: businesses, not people",
)

# -- 会場利用契約（さくらホテル） --------------------------------------------------------------------
_add(
    sender=NOGAMI,
    to=["浅野 様 <asano@sakura-hotel.jp>"],
    subject="会場利用契約書の内容確認（2月14日 取引先懇親会）",
    charset="utf-8",
    body=f"""さくらホテル
宴会営業部　浅野様

いつもお世話になっております。日の出産業 総務部の野上です。
会場利用契約書（案）を拝受しました。以下の内容で問題ございません。

　利用日時：2026年2月14日（土）18:00～20:30
　会場　　：2階「鳳凰の間」
　人数　　：120名（立食）
　料金　　：お一人様 12,000円（税・サ込）、会場使用料 250,000円
　キャンセル料：30日前から20％、7日前から50％、前日以降100％

1点だけ、不可抗力による中止の場合のキャンセル料の扱い（第9条）について、
免除としていただけないかご検討いただけますでしょうか。

{SIG_NOGAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="venue contract terms and prices with a partner hotel",
)

# -- 識別子に見える番号（契約管理番号12桁・発注番号16桁） -----------------------------------------------
_kn = _not_my_number("20250415003")
_po = _not_luhn("700125031877004")
_add(
    sender=OKUBO,
    to=["坂口 様 <sakaguchi@tsubasa-system.jp>"],
    subject="注文書・注文請書の番号体系について",
    charset="iso-2022-jp",
    body=f"""株式会社ツバサシステム
坂口様

お世話になっております。購買部の大久保です。
電子化に伴い、来月から注文書の番号体系が変わります。

　契約管理番号（12桁）：{_kn}　※年月日＋連番
　発注番号（16桁）　　：{_po[:4]}-{_po[4:8]}-{_po[8:12]}-{_po[12:]}
　見積番号　　　　　　：TS-Q-2025-0913

注文請書にはこの発注番号をご記載ください。
システム保守契約の個別契約（第4期）はこの新しい番号体系で発行いたします。

{SIG_OKUBO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="12- and 16-digit internal contract and order numbers (not a valid My Number or card number)",
)

# -- 個人の受託者（gmail）への返信：本人の振込先は引用のみ ----------------------------------------------
_p = _people(1)[0]
_addr = f"{_p['roma'].split()[1].lower()}.{_p['roma'].split()[0].lower()}.works@gmail.com"
_add(
    sender=INOUE,
    to=[f"{_p['name']} <{_addr}>"],
    subject="RE: 振込先の変更について",
    charset="utf-8",
    body=f"""{_p['sei']}様

ご連絡ありがとうございます。日の出産業 経理部の井上です。
振込先の変更、承知いたしました。12月支払分から新しい口座にお振込みいたします。
業務委託契約書の変更は不要ですので、お手続きはこれで完了です。

{SIG_INOUE}

差出人: {_p['name']} <{_addr}>
送信日時: 2025年11月18日 21:03
宛先: 井上 拓也 <t.inoue@mail.hinode-sangyo.co.jp>
件名: 振込先の変更について

井上様

いつもお世話になっております。{_p['sei']}です。
報酬の振込先を以下に変更していただけますでしょうか。

{_p['bank']} {_p['branch']}
普通 {_p['acct']}
口座名義 {_p['kana']}

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to a contractor on gmail: her bank account is only in her own quoted mail",
)

# -- 交渉議事録（出席者の氏名のみ） --------------------------------------------------------------------
_add(
    sender=HASEBE,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    subject="10/21 契約交渉 議事録（案）",
    charset="utf-8",
    body=f"""松永様

お世話になっております。長谷部です。
先日の交渉の議事録案を作成しましたので、ご確認をお願いいたします。
修正があれば金曜までにお知らせください。

{SIG_HASEBE}
""",
    attachments=[{
        "kind": "docx", "name": "議事録_20251021_業務委託基本契約.docx",
        "paragraphs": ["業務委託基本契約 交渉議事録（案）", "日時：2025年10月21日 15:00～16:30",
                       "場所：日の出産業 本社 7階会議室",
                       "出席者：川崎電機 松永様、大河内様／日の出産業 千早、長谷部、三枝",
                       "1. 損害賠償の上限：委託料の6か月分とする方向で合意。",
                       "2. 再委託：書面による事前承諾。",
                       "3. 次回：11月上旬に清書版で最終確認。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="minutes naming the attendees only, no other data about them",
)

# -- 電子契約サービスへの不具合問い合わせ ----------------------------------------------------------------
_add(
    sender=KOMINE,
    to=["サインポート サポート <support@signport.jp>"],
    subject="署名済みPDFのダウンロードでエラー（E-4031）",
    charset="iso-2022-jp",
    body=f"""サインポート サポートご担当者様

お世話になっております。日の出産業の小峰です（契約ID：SP-HINODE-00217）。

本日午前から、締結済み文書のPDFをダウンロードしようとすると
「E-4031 ファイルの生成に失敗しました」と表示されます。

　発生日時：2025年10月28日 9:40頃～
　対象文書：文書ID DOC-88120457、DOC-88120461
　ブラウザ：Microsoft Edge 最新版（Chrome でも同様）

監査法人への提出期限が明後日のため、至急ご確認をお願いできますでしょうか。

{SIG_KOMINE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="support inquiry about an error; document IDs only",
)

# -- 社宅の貸主（個人・yahoo）：本人の振込先の確認 -------------------------------------------------------
_p = _people(1)[0]
_add(
    sender=NOGAMI,
    to=[f"{_p['sei']}様 <{_p['roma'].split()[1].lower()}_{_rng.randint(1950, 1975)}@yahoo.co.jp>"],
    subject="社宅賃貸借契約の賃料振込先のご確認",
    charset="iso-2022-jp",
    body=f"""{_p['name']} 様

いつもお世話になっております。日の出産業 総務部の野上でございます。
社宅としてお借りしている「グリーンハイツ203号室」の賃貸借契約更新に伴い、
賃料の振込先を確認させていただきたく、ご連絡いたしました。

　{_p['bank']} {_p['branch']}　普通預金 {_p['acct']}　名義 {_p['kana']}

上記で相違なければ、ご返信いただけますと幸いです。
更新契約書は来週、ご自宅宛てに郵送いたします。

{SIG_NOGAMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["freemail_recipient", "personal_data"],
    note="the private landlord's own bank account sent to him on yahoo.co.jp: one person, may be warned",
)

# -- 税理士法人へ：印紙税の取扱い ---------------------------------------------------------------------
_add(
    sender=SAEGUSA,
    to=["小椋 様 <k.ogura@minato-zeirishi.jp>"],
    subject="業務委託契約書の印紙税について（ご相談）",
    charset="utf-8",
    body=f"""みなと税理士法人
小椋様

お世話になっております。日の出産業 法務部の三枝です。
印紙税の取扱いについてご教示いただきたく、ご連絡いたしました。

当社と保守業者との「システム保守契約」（期間1年、自動更新、月額40万円）は、
継続的取引の基本となる契約書（第7号文書）に該当し、4,000円の印紙が必要との理解で
よろしいでしょうか。請負の要素もあるため、第2号文書との関係が気になっております。

なお、電子契約で締結する分については印紙不要との理解です。

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="stamp-duty question to the tax accountant; no personal data",
)

# -- 当社の振込先口座変更（会社の口座） -------------------------------------------------------------------
_add(
    sender=INOUE,
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【重要】当社振込先口座変更のお知らせ",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理部 御中

拝啓　時下ますますご清栄のこととお慶び申し上げます。
さて、このたび当社の取引銀行の統合に伴い、売掛金のお振込先口座を下記のとおり変更いたします。

　　　　　　　　　　　記
　変更日　　：2026年1月1日お振込み分より
　新振込先　：みどり銀行 芝支店　当座預金 0412277
　口座名義　：ヒノデサンギヨウ（カ

取引基本契約第12条の支払方法に変更はございません。
なお、口座変更を装った詐欺にご注意ください。本件は当社代表電話（03-5442-7700）でもご確認いただけます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

{SIG_INOUE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the company's own bank account on a notice: business data, not personal",
)

# -- 「Internal Only」を除いて送付（言及のみ） ---------------------------------------------------------
_add(
    sender=TACHIBANA,
    to=["Emma Lindqvist <e.lindqvist@brightwater-comp.com>"],
    subject="Supply Agreement - signed copy and exhibits",
    charset="utf-8",
    body=f"""Dear Emma,

Please find attached the fully executed Supply Agreement together with Exhibits A to C.
Exhibit D (our internal cost breakdown) was marked Internal Only on our side and is not
part of the agreement, so I have left it out as agreed.

The originals will be sent by courier (DHL, waybill 4517 8820 36).

{SIG_TACHIBANA}
""",
    attachments=[{
        "kind": "pdf", "name": "Supply_Agreement_executed.pdf",
        "lines": ["SUPPLY AGREEMENT", "between Hinode Sangyo Co., Ltd. and Brightwater Components Inc.",
                  "Exhibit A - Products", "Exhibit B - Prices", "Exhibit C - Quality Requirements"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="'Internal Only' is only mentioned about a document that is not attached",
)

# -- HTML＋テキスト：契約書ひな形改定のお知らせ（ロゴ画像つき） -------------------------------------------
_add(
    sender=SAEGUSA,
    to=["浅野 様 <asano@sakura-hotel.jp>"],
    subject="当社契約書ひな形の改定について",
    charset="utf-8",
    body="""さくらホテル
浅野様

いつもお世話になっております。日の出産業 法務部の三枝です。
民法改正・フリーランス保護法への対応として、当社の契約書ひな形を改定しました。
次回の会場利用契約から改定後のひな形をベースにご相談させていただきます。

・主な改定点：契約不適合責任、不可抗力条項、反社会的勢力の排除
・改定版はお打合せの際にお持ちします

日の出産業株式会社 法務部 三枝 典子
""",
    html="""<html><body>
<p>さくらホテル<br>浅野様</p>
<p>いつもお世話になっております。日の出産業 法務部の三枝です。<br>
民法改正・フリーランス保護法への対応として、当社の契約書ひな形を改定しました。<br>
次回の会場利用契約から改定後のひな形をベースにご相談させていただきます。</p>
<ul><li>主な改定点：契約不適合責任、不可抗力条項、反社会的勢力の排除</li>
<li>改定版はお打合せの際にお持ちします</li></ul>
<p><img src="cid:image001.png"><br>日の出産業株式会社 法務部 三枝 典子</p>
</body></html>""",
    attachments=[{"kind": "png", "name": "image001.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="multipart notice about revised contract templates to one partner",
)

# ======================================================================================
# EITHER
# ======================================================================================

# -- 相手方自身の「Confidential」表示のあるNDA案をその相手方へ返送 ------------------------------------
_add(
    sender=SAEGUSA,
    to=["真壁 様 <makabe@orion-kasei.co.jp>"],
    subject="Re: 秘密保持契約書 貴社修正案への当社コメント",
    charset="iso-2022-jp",
    body=f"""真壁様

お世話になっております。三枝です。
貴社修正案を拝見し、当社コメントを変更履歴で追記しました。
貴社ファイルにそのままコメントを入れておりますので、ヘッダー等はそのままです。

{SIG_SAEGUSA}
""",
    attachments=[{
        "kind": "docx", "name": "NDA_オリオン化成修正案_日の出コメント.docx",
        "page_header": "Confidential / 株式会社オリオン化成",
        "paragraphs": ["秘密保持契約書（オリオン化成修正案）",
                       "第2条（秘密情報）…口頭で開示された情報を含む。【日の出コメント：30日以内の書面化を条件としてください】",
                       "第9条（有効期間）3年間とする。【日の出コメント：2年でお願いします】"],
    }],
    expect="either",
    entities=[],
    detectors=["confidential_marking"],
    note="the Confidential header is the counterparty's own marking on its own draft sent back to it",
)

# -- 相手方担当者5名（会社の直通電話・会社メールのみ） -----------------------------------------------------
_p = _people(5)
_cos3 = [("ヤマビコ工業", "yamabiko-kogyo.co.jp", "0256-33-"), ("三光精密", "sanko-seimitsu.co.jp", "048-552-"),
         ("丸武紙工", "marutake-shiko.co.jp", "0545-61-"), ("東海パッケージ", "tokai-package.co.jp", "052-871-"),
         ("北斗ロジテム", "hokuto-logitem.co.jp", "011-783-")]
_add(
    sender=KOMINE,
    to=["サインポート 移行支援 <migration@signport.jp>"],
    subject="Re: 更新リマインドの送付先（取引先窓口）",
    charset="utf-8",
    body=f"""移行支援チーム ご担当者様

小峰です。ご依頼の、更新リマインドの送付先（各社の契約窓口）です。

{_cols([['会社', '部署', '担当者', '直通電話', 'メール']] + [[c[0], '総務部', p['name'], c[2] + str(_rng.randint(1000, 9999)), p['roma'].split()[1].lower() + '@' + c[1]] for c, p in zip(_cos3, _p)])}

いずれも各社の契約窓口として公表・通知されている連絡先です。

{SIG_KOMINE}
""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five counterpart contact persons with business lines and work e-mails: a people list or business contacts",
)

# -- グループ会社（別ドメイン）を含む3者の Cc ---------------------------------------------------------
_add(
    sender=HASEBE,
    to=["松永 様 <matsunaga.k@kawasaki-denki.co.jp>"],
    cc=["坂口 様 <sakaguchi@tsubasa-system.jp>", "日の出ロジスティクス 法務担当 <legal@hinode-logi.co.jp>"],
    subject="三者間業務委託契約（物流システム）の締結手続き",
    charset="iso-2022-jp",
    body=f"""各位

お世話になっております。日の出産業の長谷部です。
当社・川崎電機様・ツバサシステム様の三者間業務委託契約について、
当社グループの日の出ロジスティクスが運用主体となるため、同社法務担当もCcに入れております。

締結は電子契約で行い、署名順は川崎電機様 → ツバサシステム様 → 当社の順とします。
来週水曜に署名依頼をお送りします。

{SIG_HASEBE}
""",
    expect="either",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="two partners plus the company's own subsidiary on another domain: three external parties or two",
)

# ======================================================================================

_order = list(range(len(_M)))
_rng.shuffle(_order)
MESSAGES: list[dict] = []
for _i, _k in enumerate(_order, 1):
    _m = dict(_M[_k])
    _m["id"] = f"keiyaku-{_i:03d}"
    MESSAGES.append(_m)
