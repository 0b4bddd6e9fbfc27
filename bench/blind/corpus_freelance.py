"""Blind corpus — AREA = freelance.

日の出産業株式会社 クリエイティブ制作部 (and its subsidiary 日の出クリエイティブ株式会社,
creative.hinode-sangyo.co.jp) commissions freelancers: designers, copywriters, writers,
photographers, illustrators, translators, narrators; it books models through talent
agencies and staffs events with short-term crews.  Its mail covers 業務委託契約 and NDAs,
invoices carrying 適格請求書発行事業者の登録番号 (T-numbers), 源泉徴収 on fees, the annual
報酬・料金の支払調書 that needs the payees' My Numbers, bank accounts for fee transfers
(総合振込), casting lists and model profiles, event staff rosters for venues and insurers,
call sheets, quotes and rate cards.

Every person, company (apart from the partner organisations named in BRIEF.md), address,
phone number, account, My Number, card number and other identifier in this file is
invented.  My Numbers and card numbers come from build.my_number() / build.card_number()
(seeds from 9001 upward, one per call); 法人番号 / T-numbers are invented with a valid
check digit.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 9001
rng = random.Random(SEED)
_next_seed = [SEED]


def _mn() -> str:
    v = my_number(_next_seed[0])
    _next_seed[0] += 1
    return v


def _cc() -> str:
    v = card_number(_next_seed[0])
    _next_seed[0] += 1
    return v


def _corp(base12: str | None = None) -> str:
    """A 13-digit 法人番号 (check digit first) — invented."""
    if base12 is None:
        base12 = "".join(str(rng.randrange(10)) for _ in range(12))
    digits = [int(c) for c in base12]
    total = 0
    for i in range(1, 13):
        total += digits[12 - i] * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


def _mn_valid(s: str) -> bool:
    d = [int(c) for c in s]
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += d[11 - n] * q
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_FW)


def fmt_mn(s: str, style: int = 0) -> str:
    if style == 1:
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if style == 2:
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    if style == 3:
        return zen(f"{s[:4]} {s[4:8]} {s[8:]}").replace(" ", "　")
    return s


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


# -- pools of invented people ------------------------------------------------------------

SURNAMES = [
    ("柘植", "つげ", "Tsuge"), ("鬼塚", "おにづか", "Onizuka"), ("相楽", "さがら", "Sagara"),
    ("一ノ瀬", "いちのせ", "Ichinose"), ("御手洗", "みたらい", "Mitarai"),
    ("榊原", "さかきばら", "Sakakibara"), ("東海林", "しょうじ", "Shoji"),
    ("百瀬", "ももせ", "Momose"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("五十嵐", "いがらし", "Igarashi"), ("小鳥遊", "たかなし", "Takanashi"),
    ("九重", "ここのえ", "Kokonoe"), ("真壁", "まかべ", "Makabe"), ("仲宗根", "なかそね", "Nakasone"),
    ("比嘉", "ひが", "Higa"), ("阿久津", "あくつ", "Akutsu"), ("神保", "じんぼ", "Jinbo"),
    ("猪俣", "いのまた", "Inomata"), ("帯刀", "たてわき", "Tatewaki"), ("栗栖", "くるす", "Kurusu"),
    ("宍戸", "ししど", "Shishido"), ("有働", "うどう", "Udo"), ("千々岩", "ちぢいわ", "Chijiiwa"),
    ("朝比奈", "あさひな", "Asahina"), ("冨樫", "とがし", "Togashi"), ("鮫島", "さめじま", "Samejima"),
    ("早乙女", "さおとめ", "Saotome"), ("竹之内", "たけのうち", "Takenouchi"),
    ("長谷部", "はせべ", "Hasebe"), ("日下部", "くさかべ", "Kusakabe"), ("三ツ矢", "みつや", "Mitsuya"),
    ("乙部", "おとべ", "Otobe"), ("安座間", "あざま", "Azama"), ("井筒", "いづつ", "Izutsu"),
    ("森岡", "もりおか", "Morioka"), ("高畑", "たかはた", "Takahata"), ("佐藤", "さとう", "Sato"),
    ("鈴木", "すずき", "Suzuki"), ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"),
    ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("山本", "やまもと", "Yamamoto"), ("吉岡", "よしおか", "Yoshioka"), ("松浦", "まつうら", "Matsuura"),
    ("石動", "いするぎ", "Isurugi"), ("蓮見", "はすみ", "Hasumi"), ("波多野", "はたの", "Hatano"),
    ("水谷", "みずたに", "Mizutani"), ("岩佐", "いわさ", "Iwasa"), ("菅生", "すごう", "Sugo"),
    ("桐谷", "きりたに", "Kiritani"), ("南雲", "なぐも", "Nagumo"), ("砂川", "すながわ", "Sunagawa"),
    ("大曽根", "おおぞね", "Ozone"), ("八木沼", "やぎぬま", "Yaginuma"), ("丹羽", "にわ", "Niwa"),
]
GIVEN_F = [
    ("美咲", "みさき", "Misaki"), ("かおり", "かおり", "Kaori"), ("彩花", "あやか", "Ayaka"),
    ("千尋", "ちひろ", "Chihiro"), ("葵", "あおい", "Aoi"), ("真由", "まゆ", "Mayu"),
    ("琴音", "ことね", "Kotone"), ("紗季", "さき", "Saki"), ("菜々子", "ななこ", "Nanako"),
    ("優花", "ゆうか", "Yuka"), ("瑞穂", "みずほ", "Mizuho"), ("遥", "はるか", "Haruka"),
    ("杏奈", "あんな", "Anna"), ("理沙", "りさ", "Risa"), ("小春", "こはる", "Koharu"),
    ("佳織", "かおり", "Kaori"), ("朋美", "ともみ", "Tomomi"), ("結衣", "ゆい", "Yui"),
]
GIVEN_M = [
    ("悠人", "ゆうと", "Yuto"), ("拓海", "たくみ", "Takumi"), ("健太郎", "けんたろう", "Kentaro"),
    ("大輔", "だいすけ", "Daisuke"), ("陽介", "ようすけ", "Yosuke"), ("翔", "しょう", "Sho"),
    ("慎吾", "しんご", "Shingo"), ("直樹", "なおき", "Naoki"), ("颯太", "そうた", "Sota"),
    ("航", "わたる", "Wataru"), ("蒼", "あおい", "Aoi"), ("隆之", "たかゆき", "Takayuki"),
    ("啓介", "けいすけ", "Keisuke"), ("亮平", "りょうへい", "Ryohei"), ("湊", "みなと", "Minato"),
    ("充", "みつる", "Mitsuru"), ("圭", "けい", "Kei"), ("雄一", "ゆういち", "Yuichi"),
]
PLACES = [
    ("154-0024", "東京都", "世田谷区", "三軒茶屋2丁目"), ("166-0001", "東京都", "杉並区", "阿佐谷北4丁目"),
    ("211-0025", "神奈川県", "川崎市中原区", "木月1丁目"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂3丁目"),
    ("273-0005", "千葉県", "船橋市", "本町6丁目"), ("176-0012", "東京都", "練馬区", "豊玉北5丁目"),
    ("152-0035", "東京都", "目黒区", "自由が丘3丁目"), ("223-0062", "神奈川県", "横浜市港北区", "日吉本町2丁目"),
    ("185-0011", "東京都", "国分寺市", "本多3丁目"), ("530-0016", "大阪府", "大阪市北区", "中崎1丁目"),
    ("606-8267", "京都府", "京都市左京区", "北白川西町"), ("810-0022", "福岡県", "福岡市中央区", "薬院4丁目"),
    ("115-0055", "東京都", "北区", "赤羽西1丁目"), ("332-0017", "埼玉県", "川口市", "栄町2丁目"),
    ("182-0024", "東京都", "調布市", "布田4丁目"), ("272-0021", "千葉県", "市川市", "八幡3丁目"),
    ("110-0001", "東京都", "台東区", "谷中5丁目"), ("165-0027", "東京都", "中野区", "野方6丁目"),
    ("180-0004", "東京都", "武蔵野市", "吉祥寺本町2丁目"), ("251-0025", "神奈川県", "藤沢市", "鵠沼石上1丁目"),
    ("460-0011", "愛知県", "名古屋市中区", "大須3丁目"), ("060-0061", "北海道", "札幌市中央区", "南一条西9丁目"),
]
BUILDINGS = ["", "", "", " メゾン桜203", " コーポ緑川101", " グランエール402", " ハイツ若葉2F",
             " アトリエ棟B", " シャトー青葉305", " パークサイド三番館1102"]
BANKS = [("みどり銀行", "新宿支店"), ("東都銀行", "渋谷支店"), ("湊銀行", "横浜駅前支店"),
         ("関東中央信用金庫", "中野支店"), ("青空ネット銀行", "ソラ支店"), ("北辰銀行", "池袋支店"),
         ("みどり銀行", "吉祥寺支店"), ("若葉信用金庫", "本店営業部"), ("東都銀行", "三軒茶屋支店")]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp",
            "docomo.ne.jp", "ezweb.ne.jp"]


def _phone() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def _dob(lo: int = 1968, hi: int = 2002) -> _dt.date:
    return _dt.date(rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def wareki(d: _dt.date, short: bool = False) -> str:
    if d.year >= 1989:
        era, y, s = "平成", d.year - 1988, "H"
    else:
        era, y, s = "昭和", d.year - 1925, "S"
    if short:
        return f"{s}{y}.{d.month}.{d.day}"
    return f"{era}{y}年{d.month}月{d.day}日"


def people(n: int, female: bool | None = None) -> list[dict]:
    out = []
    sur = rng.sample(SURNAMES, n)
    for s in sur:
        fem = rng.random() < 0.5 if female is None else female
        g = rng.choice(GIVEN_F if fem else GIVEN_M)
        z, pref, city, town = rng.choice(PLACES)
        bank, branch = rng.choice(BANKS)
        user = rng.choice([
            f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{g[2][0].lower()}{rng.randrange(10, 99)}",
            f"{g[2].lower()}_{rng.choice(['design', 'photo', 'works', 'studio', 'text'])}",
            f"{s[2].lower()}.{g[2].lower()}{rng.randrange(1, 9)}"])
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_z": f"{s[0]}　{g[0]}",
            "kana": f"{s[1]} {g[1]}", "kata": kata(f"{s[1]} {g[1]}"),
            "kata_h": kata(f"{s[1]} {g[1]}"),
            "romaji": f"{g[2]} {s[2]}", "roma_up": f"{s[2].upper()} {g[2].upper()}",
            "female": fem, "phone": _phone(),
            "email": f"{user}@{rng.choice(FREEMAIL)}",
            "zip": z, "addr": f"{pref}{city}{town}{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
                              f"{rng.choice(BUILDINGS)}",
            "dob": _dob(), "bank": bank, "branch": branch,
            "acct": f"{rng.randrange(1000000, 9999999)}",
        })
    return out


# -- the organisation ----------------------------------------------------------------------

OFFICE = "〒104-0061 東京都中央区銀座7-14-3 日の出産業ビル8F"
STAFF = {
    "morishita": ("森下 彩", "morishita.aya@hinode-sangyo.co.jp", "クリエイティブ制作部 制作進行グループ",
                  "03-5568-2214", "Aya Morishita"),
    "hayase": ("早瀬 拓真", "hayase.takuma@hinode-sangyo.co.jp", "クリエイティブ制作部 プロデューサー",
               "03-5568-2217", "Takuma Hayase"),
    "onodera": ("小野寺 ゆかり", "onodera.yukari@hinode-sangyo.co.jp", "経理部 支払グループ",
                "03-5568-2130", "Yukari Onodera"),
    "miyasaka": ("宮坂 亮", "miyasaka.ryo@creative.hinode-sangyo.co.jp",
                 "日の出クリエイティブ株式会社 キャスティング", "03-5568-2290", "Ryo Miyasaka"),
    "ukai": ("鵜飼 智子", "ukai.tomoko@hinode-sangyo.co.jp", "クリエイティブ制作部 翻訳・ローカライズ担当",
             "03-5568-2231", "Tomoko Ukai"),
    "shinonome": ("東雲 蓮", "shinonome.ren@hinode-sangyo.co.jp", "クリエイティブ制作部 イベント制作課",
                  "03-5568-2245", "Ren Shinonome"),
    "arima": ("有馬 健二", "arima.kenji@hinode-sangyo.co.jp", "Creative Production Dept., International Desk",
              "+81-3-5568-2250", "Kenji Arima"),
    "takeuchi": ("竹内 沙織", "takeuchi.saori@hinode-sangyo.co.jp", "総務部 契約管理課",
                 "03-5568-2105", "Saori Takeuchi"),
    "kurokawa": ("黒川 潤", "kurokawa.jun@creative.hinode-sangyo.co.jp",
                 "日の出クリエイティブ株式会社 デザイン室", "03-5568-2296", "Jun Kurokawa"),
}


def frm(key: str) -> str:
    n, a, *_ = STAFF[key]
    return f"{n} <{a}>"


def sig(key: str, style: int = 0) -> str:
    n, a, dept, tel, roman = STAFF[key]
    company = "日の出クリエイティブ株式会社" if "creative." in a else "日の出産業株式会社"
    dept_s = dept.replace("日の出クリエイティブ株式会社 ", "")
    if style == 1:
        return (f"\n--\n{company}\n{dept_s}\n{n}（{roman}）\n{OFFICE}\n"
                f"TEL: {tel}　FAX: 03-5568-2299\nMail: {a}\n")
    if style == 2:
        return f"\n{n}\n{company} {dept_s}\n{tel}\n"
    if style == 3:  # English
        return (f"\nBest regards,\n\n{roman}\n{dept if 'International' in dept else 'Creative Production Dept.'}\n"
                f"Hinode Sangyo Co., Ltd.\n7-14-3 Ginza, Chuo-ku, Tokyo 104-0061, Japan\n"
                f"Tel: {tel if tel.startswith('+') else '+81-' + tel[1:]}\n{a}\n")
    return (f"\n――――――――――――――――――――――――――\n{company}\n{dept_s}\n{n}\n"
            f"{OFFICE}\nTEL {tel}\n{a}\n――――――――――――――――――――――――――\n")


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.\n")

MESSAGES: list[dict] = []


def add(n: int, expect: str, sender: str, to: list[str], subject: str, body: str | None = None, *,
        cc: list[str] | None = None, bcc: list[str] | None = None, html: str | None = None,
        attachments: list[dict] | None = None, charset: str = "utf-8",
        entities: list[str] | None = None, detectors: list[str] | None = None,
        note: str = "") -> None:
    m: dict = {"id": f"freelance-{n:03d}", "expect": expect, "sender": sender, "to": to,
               "subject": subject, "charset": charset, "entities": entities or [],
               "detectors": detectors or [], "note": note}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if cc:
        m["cc"] = cc
    if bcc:
        m["bcc"] = bcc
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# some fixed corporate numbers (invented)
T_HINODE = _corp("010401099871")
T_OMI = _corp("011001077452")
T_NISHIKI = _corp("020001068833")


import unicodedata as _ud


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 1)


# =========================================================================================
# 001 — 支払調書 data for 12 payees (My Numbers on the 2nd sheet) to the tax accountant
_p = people(12)
_rows1 = [["2025年分 報酬支払先一覧（クリエイティブ制作部）", "", "", ""], ["", "", "", ""],
          ["No.", "区分", "氏名", "支払金額（税込）", "源泉徴収税額"]]
_kinds = ["デザイン料", "原稿料", "撮影料", "翻訳料", "イラスト料", "ナレーション出演料"]
for i, p in enumerate(_p, 1):
    amt = rng.randrange(8, 160) * 10000
    _rows1.append([i, rng.choice(_kinds), p["name"], amt, int(amt * 0.1021)])
_rows1b = [["本人確認情報（支払調書記載用）"], ["氏名", "フリガナ", "住所", "個人番号"]]
for p in _p:
    _rows1b.append([p["name"], p["kata"], p["addr"], _mn()])
add(1, "stop", frm("onodera"), ["税理士法人みなと会計 森川様 <morikawa@minato-kaikei.jp>"],
    "【ご送付】2025年分 報酬支払調書 作成用データ",
    "税理士法人みなと会計\n森川 様\n\nいつも大変お世話になっております。\n日の出産業 経理部の小野寺でございます。\n\n"
    "標記の件、2025年分「報酬、料金、契約金及び賞金の支払調書」作成用のデータをお送りいたします。\n"
    "クリエイティブ制作部が業務委託しているフリーランスの方のうち、年間支払額が5万円を超える12名分です。\n\n"
    "　・シート「支払明細」：支払先ごとの報酬額・源泉徴収税額\n　・シート「本人確認」：住所・個人番号\n\n"
    "提出期限が迫っており恐縮ですが、1月20日頃までにご作成いただけますと助かります。\n"
    "ご不明点がございましたらご連絡ください。\n" + sig("onodera"),
    attachments=[{"kind": "xlsx", "name": "2025_支払調書作成用_制作部.xlsx",
                  "sheets": {"支払明細": _rows1, "本人確認": _rows1b}}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="12 freelancers' names, addresses and My Numbers (2nd sheet) to an outside tax accountant")

# 002 — contract draft to a freelance designer (free mail), NDA clause talk only
add(2, "pass", frm("takeuchi"), ["柘植 かおり <kaori.tsuge.design@gmail.com>"],
    "業務委託契約書（案）のご確認のお願い",
    "柘植 かおり 様\n\nお世話になっております。日の出産業 総務部契約管理課の竹内です。\n"
    "先日クリエイティブ制作部の森下からご相談させていただいた、北国フーズ様パッケージリニューアル案件の\n"
    "業務委託契約書（案）をお送りします。\n\n"
    "主な条件は以下のとおりです。\n"
    "　・委託業務：パッケージデザイン（3SKU）および展開用バナー制作\n"
    "　・委託料：総額 420,000円（税別）、源泉徴収あり\n"
    "　・納期：2026年2月13日（金）\n"
    "　・第9条（秘密保持）：本件で知り得た情報は契約終了後3年間、第三者に開示しない\n"
    "　・第12条（著作権）：成果物の著作権は納品・検収をもって当社へ譲渡\n\n"
    "第9条の秘密保持については、別途NDAを結ぶ代わりに本契約に含める形としております。\n"
    "ご住所・ご署名欄は空欄にしてありますので、内容にご異存なければご記入のうえ\n"
    "PDFでご返送いただけますでしょうか。修正のご希望があればコメントでお知らせください。\n" + sig("takeuchi", 1),
    attachments=[{"kind": "docx", "name": "業務委託契約書（案）_柘植様.docx", "title": "業務委託契約書（案）",
                  "paragraphs": [
                      "業務委託契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と柘植かおり（以下「乙」という。）は、"
                      "次のとおり業務委託契約を締結する。",
                      "第1条（目的）甲は乙に対し、別紙記載の業務（以下「本業務」という。）を委託し、乙はこれを受託する。",
                      "第5条（委託料）甲は乙に対し、本業務の対価として金420,000円（消費税別）を支払う。"
                      "甲は所得税法の定めにより源泉徴収を行う。",
                      "第9条（秘密保持）乙は、本業務に関して知り得た甲及び甲の取引先の秘密情報を、"
                      "甲の事前の書面による承諾なく第三者に開示し又は漏洩してはならない。",
                      "第12条（著作権）成果物の著作権（著作権法第27条及び第28条の権利を含む。）は、検収完了をもって乙から甲に移転する。",
                      "甲　東京都中央区銀座7-14-3　日の出産業株式会社　代表取締役　　　　　　印",
                      "乙　住所：　　　　　　　　　　　　　　　氏名：　　　　　　　　　印",
                  ]}],
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="contract draft and NDA clause for one freelancer, address fields blank: ordinary mail to free mail")

# 003 — event staff roster (8 people, space padded, full-width) to the hotel venue
_p = people(8)
_roles = ["受付", "受付", "誘導", "誘導", "クローク", "物販", "進行補助", "撮影補助"]
_lines = [pad("氏名", 14) + pad("フリガナ", 22) + pad("担当", 10) + "携帯電話",
          "-" * 62]
for p, r in zip(_p, _roles):
    _lines.append(pad(p["name_z"], 14) + pad(p["kata"], 22) + pad(r, 10) + zen(p["phone"]))
add(3, "stop", frm("shinonome"), ["さくらホテル 宴会営業部 岩城様 <iwaki@sakura-hotel.jp>"],
    "【11/8 北国フーズ様 発表会】運営スタッフ名簿の送付",
    "さくらホテル 宴会営業部\n岩城様\n\nいつもお世話になっております。日の出産業イベント制作課の東雲です。\n"
    "11月8日（土）「北国フーズ 冬の新商品発表会」当日の運営スタッフ名簿をお送りいたします。\n"
    "入館証の発行と、従業員通用口の入館登録にご利用ください。\n\n"
    + "\n".join(_lines) +
    "\n\n集合は当日 8:30、B1F 従業員通用口を予定しております。\n"
    "名簿に変更があれば前日17時までにご連絡いたします。よろしくお願いいたします。\n" + sig("shinonome"),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="roster of 8 event staff with mobile numbers in padded columns to the hotel")

# 004 — one freelancer's My Number, in running text, full-width, to the tax accountant
_n4 = _mn()
add(4, "stop", frm("onodera"), ["森川 <morikawa@minato-kaikei.jp>"],
    "Re: 支払調書データの不足について",
    "森川様\n\nご指摘ありがとうございます。確認不足で失礼いたしました。\n"
    "イラストレーターの鬼塚 真由さんの分のみ、本人確認シートに個人番号が入っておりませんでした。\n"
    f"ご本人から番号確認書類の写しを受領済みで、個人番号は {fmt_mn(_n4, 3)} です。\n"
    "住所は前回のシートのとおり変更ございません。\n\n"
    "お手数をおかけしますが、追記のうえ作成をお願いいたします。\n" + sig("onodera", 2) +
    "\n> 小野寺様\n> データ拝受いたしました。1点、鬼塚様の個人番号が空欄となっております。\n"
    "> ご確認をお願いできますでしょうか。\n> 税理士法人みなと会計 森川\n",
    charset="iso-2022-jp",
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="one illustrator's My Number (full-width) in new running text to an outside accountant")

# 005 — invoice received from a design company, T-number, withholding not applicable
add(5, "pass", frm("morishita"), ["有限会社デザインオフィス青海 経理ご担当者様 <keiri@omi-design.jp>"],
    "ご請求書受領のご連絡（No. OD-2025-118）",
    "有限会社デザインオフィス青海\n経理ご担当者様\n\nいつもお世話になっております。日の出産業の森下です。\n"
    "12月分のご請求書を受領いたしました。ありがとうございます。\n\n"
    "　請求書番号：OD-2025-118\n"
    f"　登録番号　：T{T_OMI}\n"
    "　件名　　　：北国フーズ様 冬季キャンペーン POP・リーフレット制作\n"
    "　金額　　　：638,000円（うち消費税 58,000円）\n\n"
    "貴社は法人様のため源泉徴収の対象外として処理いたします。\n"
    "お支払いは弊社規定により1月末日、ご登録口座へのお振込みとなります。\n"
    "今後ともよろしくお願いいたします。\n" + sig("morishita", 1),
    entities=["JP_CORPORATE_NUMBER"],
    note="a design company's invoice number and T-number: business data, must go")

# 006 — kickoff sent to three freelancers openly in To
add(6, "stop", frm("hayase"),
    ["相楽 菜々子 <sagara.nanako.works@gmail.com>", "御手洗 颯太 <sota_photo@yahoo.co.jp>",
     "Hasebe Yui <yui.hasebe.illust@gmail.com>"],
    "【キックオフ】みどり銀行 ブランドブック制作のご案内",
    "皆さま\n\nお世話になっております。日の出産業 クリエイティブ制作部の早瀬です。\n"
    "みどり銀行様ブランドブック制作につき、以下のとおりキックオフを行います。\n\n"
    "　日時：12月4日（木）14:00〜15:30\n　場所：弊社8F 会議室C（オンライン参加可）\n"
    "　内容：全体スケジュール、トンマナ、撮影・イラストの役割分担\n\n"
    "参加可否を12月1日までにご返信ください。資料は当日共有します。\n" + sig("hayase"),
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three freelancers (private persons) visible to each other in To: should have been Bcc")

# 007 — reply to the talent agency; the model list is only in the quoted text
_p = people(6, female=True)
_q = "\n".join(f"> {i}. {p['name']}（{p['kata']}）　{p['phone']}" for i, p in enumerate(_p, 1))
add(7, "pass", frm("miyasaka"), ["アトリエ・ルミエール 白石様 <shiraishi@lumiere-models.co.jp>"],
    "Re: 1/22 撮影 モデル候補のご提案",
    "白石様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "早速のご提案ありがとうございます。クライアントと確認のうえ、\n"
    "明日中に2名に絞ってご連絡いたします。引き続きよろしくお願いいたします。\n" + sig("miyasaka", 2) +
    "\n白石 <shiraishi@lumiere-models.co.jp> wrote:\n> 宮坂様\n> いつもお世話になっております。\n"
    "> 1/22（木）のスチール撮影につき、スケジュールの空いているモデルは以下のとおりです。\n"
    f"{_q}\n> ご検討よろしくお願いいたします。\n",
    charset="iso-2022-jp",
    note="six models' phone numbers appear only in the quoted text of the agency's own mail")

# 008 — HTML-only table: 7 photographers / stylists with mobile + mail to the client
_p = people(7)
_jobs = ["フォトグラファー", "フォトグラファー", "撮影アシスタント", "スタイリスト", "ヘアメイク",
         "フードスタイリスト", "レタッチャー"]
_tr = "".join(f"<tr><td>{j}</td><td>{p['name']}</td><td>{p['phone']}</td><td>{p['email']}</td></tr>"
              for p, j in zip(_p, _jobs))
add(8, "stop", frm("morishita"), ["北国フーズ株式会社 宣伝部 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "撮影当日の外部スタッフ連絡先一覧",
    html=("<html><body style=\"font-family:'Meiryo',sans-serif\"><p>北国フーズ株式会社<br>宣伝部 佐伯様</p>"
          "<p>お世話になっております。日の出産業の森下です。<br>"
          "12/10のカタログ撮影に入る外部スタッフの連絡先をまとめました。当日何かあれば直接ご連絡いただいて構いません。</p>"
          "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr style=\"background:#eee\"><th>担当</th><th>氏名</th><th>携帯</th><th>メール</th></tr>"
          f"{_tr}</table><p>よろしくお願いいたします。</p>"
          "<p>日の出産業株式会社 クリエイティブ制作部<br>森下 彩<br>TEL 03-5568-2214</p></body></html>"),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only table of 7 freelance crew with personal mobiles and mail to the client")

# 009 — look-alike of the printing partner (nishiki-insatu: 's' dropped)
add(9, "stop", frm("kurokawa"), ["錦印刷 製版課 <seihan@nishiki-insatu.co.jp>"],
    "入稿データのご案内（みどり銀行 ブランドブック 本文16P）",
    "錦印刷株式会社 製版課 御中\n\nいつもお世話になっております。日の出クリエイティブの黒川です。\n"
    "標記の入稿データを弊社ストレージにアップしました。\n\n"
    "　・ファイル：MB_brandbook_p01-16_1205.zip（約1.2GB）\n　・カラー：4C/4C、ニス引きなし\n"
    "　・特色：表紙のみDIC 2588（別途指示書参照）\n\n"
    "ダウンロード期限は12/12です。色校は12/15着でお願いできれば幸いです。\n" + sig("kurokawa", 1),
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: a dropped letter in the printing partner's domain")

# 010 — rate card to a new client (business data only)
add(10, "pass", frm("hayase"), ["株式会社ハルカコスメティクス 販促企画部 野間様 <noma@haruka-cosme.co.jp>"],
    "制作費の目安（単価表）のご送付",
    "株式会社ハルカコスメティクス\n販促企画部 野間様\n\n先日はお時間をいただきありがとうございました。\n"
    "日の出産業 クリエイティブ制作部の早瀬です。\n"
    "お打ち合わせでお話しした制作費の目安を、単価表としてお送りいたします。\n"
    "実際のお見積りは仕様確定後に改めてご提出いたします。\n" + sig("hayase") + DISC_JA,
    attachments=[{"kind": "xlsx", "name": "制作単価表_2026.xlsx", "sheets": {
        "単価表": [["日の出産業 クリエイティブ制作部　制作単価表（2026年度）"], [],
                 ["区分", "項目", "単位", "単価（税別）", "備考"],
                 ["デザイン", "A4チラシ片面", "1点", 60000, "初校から2回修正まで"],
                 ["デザイン", "パッケージ（1SKU）", "1点", 180000, "展開図データ支給時"],
                 ["撮影", "スチール撮影（半日）", "1回", 150000, "カメラマン・アシスタント込み"],
                 ["撮影", "物撮り（白背景）", "1カット", 8000, "10カット以上"],
                 ["コピー", "キャッチコピー", "1案件", 80000, "3案提示"],
                 ["翻訳", "日→英", "400字", 4800, "ネイティブチェック込み"],
                 ["進行管理", "ディレクション費", "一式", "制作費の15%", ""]],
        "注意事項": [["・価格はすべて税別です。"], ["・交通費・機材費は実費を頂戴します。"]]}}],
    note="a price list of creative services: no personal data")

# 011 — a writer's mental-health diagnosis explained to the client (one person)
add(11, "stop", frm("morishita"), ["北国フーズ株式会社 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "Web連載「北の食卓」第8回 入稿遅延のお詫び",
    "佐伯様\n\nいつもお世話になっております。日の出産業の森下です。\n\n"
    "Web連載「北の食卓」第8回につきまして、入稿が遅れておりますこと大変申し訳ございません。\n"
    "執筆をお願いしているライターの稲垣 千尋さんが、先月末に適応障害と診断され、\n"
    "医師の指示で1か月ほど休養されることになりました。\n\n"
    "第8回は弊社で取材メモをもとに代筆し、12/19に初稿をお送りする形でいかがでしょうか。\n"
    "第9回以降は稲垣さんの復帰状況を見て、改めてご相談させてください。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named writer's diagnosis (適応障害) told to the client: 要配慮個人情報 of one person")

# 012 — internal only: My Number list to the accounting colleagues
_p = people(9)
_rows = [["氏名", "フリガナ", "郵便番号", "住所", "個人番号", "区分"]]
for p in _p:
    _rows.append([p["name"], p["kata"], p["zip"], p["addr"], _mn(), rng.choice(_kinds)])
add(12, "pass", frm("onodera"),
    ["経理部 支払グループ <shiharai@hinode-sangyo.co.jp>"], "制作部フリーランス分 個人番号データ（社内）",
    "支払グループ各位\n\n制作部から回収したフリーランス9名分の個人番号をCSVにまとめました。\n"
    "支払調書システムへの取込後、共有フォルダのファイルは削除してください。\n"
    "取扱いは特定個人情報取扱規程に従ってください。\n\n小野寺\n",
    cc=["森下 彩 <morishita.aya@hinode-sangyo.co.jp>"],
    attachments=[{"kind": "csv", "name": "mynumber_seisakubu.csv", "rows": _rows, "encoding": "cp932"}],
    charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    note="My Numbers of 9 people, but every recipient is internal")

# 013 — PPAP: password ZIP with the payee's 支払調書 copy to the freelancer
add(13, "stop", frm("onodera"), ["yosuke.kiritani@gmail.com"],
    "支払調書（写し）の送付について",
    "桐谷 陽介 様\n\nお世話になっております。日の出産業 経理部の小野寺です。\n"
    "確定申告用に2025年分の支払調書（写し）をお送りいたします。\n"
    "ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。\n\n"
    "ご不明な点がございましたらお問い合わせください。\n" + sig("onodera"),
    attachments=[{"kind": "zip", "name": "shiharai_chosho_2025.zip", "password": "Hn2025#kiri",
                  "files": [{"kind": "pdf", "name": "支払調書_桐谷様.pdf",
                             "lines": ["令和7年分 報酬、料金、契約金及び賞金の支払調書", "支払を受ける者 桐谷 陽介",
                                       "支払金額 1,280,000円  源泉徴収税額 130,688円"]}]}],
    charset="iso-2022-jp",
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP cannot be inspected (PPAP) to a freelancer's free-mail address")

# 014 — model candidates (6) tab separated, with birth dates, to the ad agency
_p = people(6, female=True)
_lines = ["No\t氏名\tフリガナ\t生年月日\t身長\t3サイズ\t所属"]
for i, p in enumerate(_p, 1):
    d = p["dob"].replace(year=rng.randrange(1996, 2005))
    _lines.append(f"{i}\t{p['name']}\t{p['kata']}\t{d:%Y/%m/%d}\t{rng.randrange(160, 176)}cm\t"
                  f"{rng.randrange(78, 88)}-{rng.randrange(56, 62)}-{rng.randrange(82, 90)}\t"
                  f"{rng.choice(['アトリエ・ルミエール', 'オフィス翠', 'フリー'])}")
add(14, "stop", frm("miyasaka"), ["株式会社ブルーミント 制作局 江口様 <eguchi@bluemint-ad.co.jp>"],
    "春キャンペーン モデル候補リスト",
    "ブルーミント 江口様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "春キャンペーンのモデル候補です（Excelから貼り付けのため見づらかったら申し訳ありません）。\n\n"
    + "\n".join(_lines) +
    "\n\nコンポジットは各事務所から取り寄せ中です。1次選考のご意見をいただければ、\n"
    "オーディションの日程を調整します。\n" + sig("miyasaka"),
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six models' names and dates of birth with body measurements, tab separated, to an agency")

# 015 — three-way meeting: printing partner + client (two organisations)
add(15, "pass", frm("hayase"),
    ["北国フーズ株式会社 宣伝部 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "【日程確定】カタログ色校立会いのご案内",
    "北国フーズ 佐伯様\n（cc：錦印刷 営業部 丸山様）\n\nお世話になっております。日の出産業の早瀬です。\n"
    "冬季カタログの本機色校立会いの日程が確定しましたのでご案内いたします。\n\n"
    "　日時：12月17日（水）10:00〜12:00\n　場所：錦印刷株式会社 戸田工場（埼玉県戸田市美女木4-21-8）\n"
    "　持ち物：前回の校正紙（ご用意がなければ当日こちらでお持ちします）\n\n"
    "戸田公園駅から工場まではタクシーで10分ほどです。当日は9:45に正門前でお待ちしております。\n" + sig("hayase"),
    cc=["丸山 <maruyama@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting: client and printing partner, two external organisations")

# 016 — 社外秘 only in the DOCX header, brief sent to a freelance copywriter
add(16, "stop", frm("hayase"), ["三ツ矢 航 <mitsuya.wataru@outlook.jp>"],
    "新商品コピー開発のオリエン資料",
    "三ツ矢さん\n\nお疲れさまです、早瀬です。\n先日お話しした北国フーズの新商品（春発売）のコピー開発、オリエン資料を添付します。\n"
    "ターゲットとトーンは資料の3ページ目にまとめてあります。\n"
    "キャッチ案を10本程度、来週金曜までにいただけると助かります。\n\nよろしくお願いします。\n" + sig("hayase", 2),
    attachments=[{"kind": "docx", "name": "オリエンシート_北国フーズ春新商品.docx", "page_header": "社外秘",
                  "title": "オリエンシート", "paragraphs": [
                      "北国フーズ 春の新商品 コピー開発 オリエンテーションシート",
                      "商品：十勝産小豆を使った冷凍和菓子シリーズ（3月発売予定、商品名未定）",
                      "ターゲット：30〜40代の共働き世帯、週末に少し贅沢をしたい層",
                      "競合：大手コンビニPB和スイーツ",
                      "トーン：あたたかく、手仕事感のある言葉。『北の』は使いすぎない。",
                      "提出物：キャッチコピー10案、ボディコピー2案（各120字程度）"]}],
    charset="iso-2022-jp",
    detectors=["confidential_marking", "freemail_recipient"],
    note="the attached brief carries a 社外秘 page header; the mail text does not mention it")

# 017 — corporate card number given to an equipment rental shop
_c17 = _cc()
add(17, "stop", frm("morishita"), ["株式会社トーキョーライトレンタル 予約係 <yoyaku@tokyo-lightrental.co.jp>"],
    "機材レンタルの予約と決済について（12/10 撮影分）",
    "トーキョーライトレンタル ご担当者様\n\nお世話になっております。日の出産業の森下です。\n"
    "12/10（水）の撮影用に、下記機材の予約をお願いいたします。\n\n"
    "　・Profoto B10X Plus ×3\n　・ソフトボックス 90cm ×2\n　・Cスタンド ×4\n"
    "　・引取り：12/9 17:00　返却：12/11 12:00\n\n"
    "お支払いは今回も法人カードでお願いします。\n"
    f"　カード番号：{_c17[:4]} {_c17[4:8]} {_c17[8:12]} {_c17[12:]}\n"
    "　有効期限：08/28\n　名義：HINODE SANGYO CO LTD\n\n"
    "領収書の宛名は「日の出産業株式会社」でお願いいたします。\n" + sig("morishita"),
    charset="iso-2022-jp",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number with expiry sent by mail to a rental shop")

# 018 — asking a freelancer for her My Number through the portal (no number in the mail)
add(18, "pass", frm("onodera"), ["比嘉 琴音 <kotone.higa@icloud.com>"],
    "マイナンバーご提出のお願い（支払調書作成のため）",
    "比嘉 琴音 様\n\nお世話になっております。日の出産業 経理部の小野寺です。\n"
    "今年度から翻訳業務をお願いしておりますので、支払調書作成のため個人番号（マイナンバー）の\n"
    "ご提出をお願いしております。\n\n"
    "お手数ですが、下記の専用フォームから番号と本人確認書類の画像をアップロードしてください。\n"
    "　https://mynumber.hinode-sangyo.co.jp/submit （ログインIDは別途SMSでお送りします）\n\n"
    "※セキュリティのため、マイナンバーはメールに記載したり、このメールへの返信で送ったりしないでください。\n"
    "※ご提出いただいた番号は、支払調書の作成以外には利用いたしません。\n" + sig("onodera", 1),
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="asks for a My Number via a form; no number in the mail; free-mail recipient")

# 019 — translator contacts without a name column, to the partner's localisation team
_p = people(7)
_lang = ["英→日", "日→英", "日→中(簡体)", "日→韓", "英→日", "日→英", "日→越"]
_lines = ["言語ペア   | 連絡先メール                      | 携帯            | 単価(円/字)",
          "-----------+-----------------------------------+-----------------+------------"]
for p, l in zip(_p, _lang):
    _lines.append(f"{pad(l, 10)} | {p['email']:<33} | {p['phone']:<15} | {rng.choice([10, 11, 12, 13, 15])}")
add(19, "stop", frm("ukai"), ["ツバサシステム ローカライズ推進室 堀様 <hori@tsubasa-system.jp>"],
    "Re: 多言語マニュアル案件 翻訳者の手配について",
    "堀様\n\nお世話になっております。日の出産業の鵜飼です。\n"
    "ご依頼の多言語マニュアル案件、弊社登録の翻訳者で対応可能な方の連絡先をお送りします。\n"
    "お名前は伏せておりますが、用語の確認などは直接ご連絡いただいて問題ありません。\n\n"
    + "\n".join(_lines) + "\n\n契約・支払いは従来どおり弊社経由となります。\n" + sig("ukai", 2),
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven translators' private mail and mobile numbers without a name column to a partner")

# 020 — list of rental photo studios (businesses) to the client
add(20, "pass", frm("morishita"), ["北国フーズ 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "撮影スタジオ候補のご共有",
    "佐伯様\n\nお世話になっております。森下です。\n春カタログの撮影スタジオ候補を挙げました。いずれも自然光の入るキッチンスタジオです。\n\n"
    "■スタジオ・ハルカ 代官山\n　東京都渋谷区代官山町17-6　TEL 03-6416-0281\n　1日 120,000円（8h）、駐車場2台\n\n"
    "■キッチンスタジオ ルポ\n　東京都世田谷区奥沢5-33-2　TEL 03-3725-4470\n　1日 98,000円、搬入EVなし（2F）\n\n"
    "■スタジオ ソラリス 三宿\n　東京都世田谷区池尻1-4-12　TEL 03-5779-3012\n　1日 135,000円、ロケバス横付け可\n\n"
    "■アトリエ・ナギ 清澄白河\n　東京都江東区白河2-9-1　TEL 03-6240-8855\n　1日 88,000円、平日のみ\n\n"
    "■ハウススタジオ 月白\n　神奈川県川崎市麻生区王禅寺東4-2-7　TEL 044-712-3098\n　1日 110,000円、庭あり\n\n"
    "候補を2つほどに絞っていただければ、仮押さえいたします。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    note="a list of five studios with their switchboards and addresses: businesses, not people")


def _non_mn(prefix: str = "") -> str:
    """A 12-digit number that is NOT a valid My Number (tracking numbers, licences)."""
    while True:
        s = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
        if not _mn_valid(s):
            return s


# 021 — 総合振込 data (15 payees) to the bank
_p = people(15)
_bcode = {"みどり銀行": ("0721", "ﾐﾄﾞﾘ"), "東都銀行": ("0588", "ﾄｳﾄ"), "湊銀行": ("0613", "ﾐﾅﾄ"),
          "関東中央信用金庫": ("1377", "ｶﾝﾄｳﾁﾕｳｵｳｼﾝｷﾝ"), "青空ネット銀行": ("0049", "ｱｵｿﾞﾗﾈﾂﾄ"),
          "北辰銀行": ("0532", "ﾎｸｼﾝ"), "若葉信用金庫": ("1290", "ﾜｶﾊﾞｼﾝｷﾝ")}
_rows = [["銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "受取人名", "振込金額", "EDI情報"]]
for p in _p:
    code, _kn = _bcode[p["bank"]]
    _rows.append([code, p["bank"], f"{rng.randrange(100, 999)}", p["branch"], "1", p["acct"],
                  p["kata"].replace(" ", "　"), rng.randrange(3, 90) * 10000 - rng.randrange(0, 9000),
                  f"HNS-FL-2512-{rng.randrange(100, 999)}"])
add(21, "stop", frm("onodera"), ["みどり銀行 法人営業部 瀬川様 <segawa@midori-ginko.co.jp>"],
    "総合振込 初回登録データのご確認のお願い",
    "みどり銀行 法人営業部\n瀬川様\n\nいつもお世話になっております。日の出産業 経理部の小野寺です。\n"
    "先日ご相談した、フリーランスへの報酬振込を総合振込に切り替える件です。\n"
    "取込形式の確認のため、12月支払分の振込先データを添付いたします。\n"
    "列の並び・文字コード（Shift_JIS）で問題がないか、ご確認いただけますでしょうか。\n\n"
    "取込テストは12/20（土）のメンテナンス前までに実施できればと考えております。\n" + sig("onodera"),
    attachments=[{"kind": "csv", "name": "sogo_furikomi_202512.csv", "rows": _rows, "encoding": "cp932"}],
    charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="15 payees' bank accounts and names in a CP932 CSV sent to the bank's sales desk")

# 022 — look-alike of the client's domain (kitaguni-food: 's' dropped)
add(22, "stop", frm("morishita"), ["佐伯 様 <saeki@kitaguni-food.co.jp>"],
    "ロケ撮影日程のご相談（1月下旬・帯広）",
    "佐伯様\n\nお世話になっております。日の出産業の森下です。\n"
    "帯広ロケの件、カメラマンとコーディネーターのスケジュールを確認したところ、\n"
    "1月27日（火）〜28日（水）であれば全員が確保できそうです。\n\n"
    "現地の天候次第で1日予備日をいただきたく、29日も仮押さえさせていただけますでしょうか。\n"
    "航空券の手配があるため、今週中にご回答いただけると助かります。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp: the partner kitaguni-foods.co.jp with a letter dropped")

# 023 — withholding-tax explanation to one freelancer
add(23, "pass", frm("onodera"), ["宍戸 航 <wataru.shishido@yahoo.co.jp>"],
    "Re: 振込額が請求額と異なる件について",
    "宍戸 航 様\n\nお問い合わせありがとうございます。日の出産業 経理部の小野寺です。\n\n"
    "ご請求額との差額は、所得税及び復興特別所得税の源泉徴収によるものです。\n"
    "デザイン料などの報酬は、支払額が100万円以下の部分について10.21%を源泉徴収することが\n"
    "所得税法で定められております。今回の内訳は以下のとおりです。\n\n"
    "　報酬額（税抜）　　　 150,000円\n　消費税（10%）　　　 　15,000円\n"
    "　源泉徴収税額　　　　 △15,315円（150,000円×10.21%）\n　お振込額　　　　　　 149,685円\n\n"
    "※請求書で報酬額と消費税額が区分されているため、税抜額に対して計算しております。\n"
    "徴収した税額は翌月10日までに弊社が納付し、年明けに支払調書（写し）をお送りします。\n" + sig("onodera"),
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="explains withholding tax on one fee to the freelancer himself: amounts only")

# 024 — DOCX appendix: six writers' addresses and phones, to the law firm
_p = people(6)
_tbl = [["No.", "氏名（筆名）", "住所", "電話番号", "委託内容"]]
for i, p in enumerate(_p, 1):
    _tbl.append([str(i), p["name"] + rng.choice(["", "", "（筆名：あおばしずく）", "（筆名：kuro）"]),
                 f"〒{p['zip']} {p['addr']}", p["phone"], rng.choice(["連載記事執筆", "取材・執筆", "コラム執筆", "書籍構成"])])
add(24, "stop", frm("takeuchi"), ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    "ライター向け業務委託契約書の作成依頼（別紙：契約当事者一覧）",
    "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業 総務部の竹内です。\n"
    "先日ご相談しましたWebメディア立ち上げに伴うライターとの業務委託契約について、\n"
    "個別契約書の作成をお願いいたします。契約当事者の一覧を別紙にまとめました。\n\n"
    "いずれも個人事業主で、フリーランス新法（特定受託事業者に係る取引の適正化等に関する法律）の\n"
    "取引条件明示にも対応した書式にしていただければ幸いです。\n" + sig("takeuchi", 1),
    attachments=[{"kind": "docx", "name": "別紙_契約当事者一覧.docx", "paragraphs": ["別紙　契約当事者一覧（Webメディア「ひので暮らし」）"],
                  "tables": [_tbl]}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six writers' home addresses and phone numbers in a DOCX table to a law firm")

# 025 — PDF table: 20 event staff with birth dates and addresses to the insurer
_p = people(20)
_tbl = [["No", "氏名", "生年月日", "性別", "住所"]]
for i, p in enumerate(_p, 1):
    d = p["dob"].replace(year=rng.randrange(1975, 2005))
    _tbl.append([str(i), p["name"], wareki(d, True), "女" if p["female"] else "男", p["addr"]])
add(25, "stop", frm("shinonome"), ["常盤損害保険 企業営業課 <kigyo-eigyo@tokiwa-sonpo.co.jp>"],
    "イベント傷害保険 加入者名簿の送付（2/14-15 展示会）",
    "常盤損害保険株式会社\n企業営業課 ご担当者様\n\nいつもお世話になっております。日の出産業 イベント制作課の東雲です。\n"
    "2月14日・15日の展示会運営にかかるイベント傷害保険について、加入者名簿（20名）をPDFでお送りします。\n"
    "保険期間は2/13（設営日）〜2/16（撤去日）でお願いいたします。\n\n"
    "見積書と申込書は、名簿確認後にお送りいただければ押印して返送いたします。\n" + sig("shinonome", 1),
    attachments=[{"kind": "pdf", "name": "加入者名簿_展示会運営スタッフ.pdf", "title": "加入者名簿",
                  "lines": ["イベント傷害保険 加入者名簿", "契約者：日の出産業株式会社　行事名：ひので展2026 運営", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="20 staff with 和暦 birth dates and home addresses in a PDF table to an insurer")

# 026 — one model's own mobile for the shoot day, to the studio (one person)
add(26, "pass", frm("miyasaka"), ["スタジオ・ハルカ 受付 <reception@studio-haruka.jp>"],
    "1/22 撮影 入り時間と当日連絡先",
    "スタジオ・ハルカ ご担当者様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "1/22（木）Aスタジオの件、モデルの入り時間が確定しましたのでお知らせします。\n\n"
    "　モデル：百瀬 杏奈さん（9:30入り）\n　当日直通：080-3327-6409（ご本人携帯）\n\n"
    "私は9:00にはスタジオに入っております。モデルが受付に来られたら控室へご案内ください。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one model's name and mobile number for the shoot day: one person, may warn")

# 027 — three external organisations openly in To/Cc
add(27, "stop", frm("kurokawa"),
    ["デザインオフィス青海 大西様 <onishi@omi-design.jp>", "錦印刷 丸山様 <maruyama@nishiki-insatsu.co.jp>"],
    "【共有】冬季カタログ 最終データの受け渡しについて",
    "関係者各位\n\nお世話になっております。日の出クリエイティブの黒川です。\n"
    "冬季カタログの最終データについて、受け渡しの段取りを共有します。\n\n"
    "　12/8（月）青海様 → 弊社：最終データ納品\n　12/9（火）弊社 → 北国フーズ様：最終確認\n"
    "　12/10（水）弊社 → 錦印刷様：入稿\n\n"
    "各社ご都合の悪い点があれば、このメールに全員返信でお知らせください。\n" + sig("kurokawa"),
    cc=["北国フーズ 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (design office, printer, client) see each other in To/Cc")

# 028 — three attendees of a location scout with their mobiles (short list)
add(28, "pass", frm("morishita"), ["北国フーズ 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "帯広ロケハン 同行メンバーのご連絡",
    "佐伯様\n\nお世話になっております。森下です。\n来週のロケハンの同行メンバーと当日の連絡先です。\n\n"
    "　・森下 彩（日の出産業）080-4410-2285\n　・鮫島 隆之（フォトグラファー）090-7713-0462\n"
    "　・九重 瑞穂（現地コーディネーター）070-2298-5531\n\n"
    "帯広空港の到着口で10:40集合です。よろしくお願いいたします。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's names and mobiles for a location scout: a short attendee list, may warn")

# 029 — look-alike of the company's own domain (.com instead of .co.jp)
add(29, "stop", frm("hayase"), ["小田切 <odagiri.makoto@hinode-sangyo.com>"],
    "来期 外注費予算のたたき台",
    "小田切さん\n\nお疲れさまです。早瀬です。\n来期の外注費予算のたたき台です。部長レビュー前に一度見ていただけますか。\n\n"
    "　デザイン外注　　　1,850万円（前年比 +6%）\n　撮影・ロケ　　　　1,120万円（+2%）\n"
    "　ライティング　　　　640万円（±0）\n　翻訳　　　　　　　　480万円（+15%、多言語案件増）\n"
    "　イベント運営人件費　920万円（+4%）\n\n"
    "翻訳の伸びはツバサシステム様の多言語マニュアル案件を見込んでいます。\n\n早瀬\n",
    charset="iso-2022-jp",
    detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sangyo.com: a TLD swap of the company's own domain")

# 030 — a model's past arrest told to the client
add(30, "stop", frm("miyasaka"), ["ブルーミント 江口様 <eguchi@bluemint-ad.co.jp>"],
    "【ご相談】春キャンペーン 起用モデルについて",
    "江口様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "春キャンペーンで内定しているモデルの早乙女 悠人さんについて、所属事務所から連絡がありました。\n"
    "昨年、飲酒運転の疑いで逮捕され、その後不起訴になっていたことが分かったそうです。\n"
    "報道はされていませんが、クライアント様のコンプライアンス基準に照らして起用を続けるか、\n"
    "ご判断をいただきたくご連絡いたしました。\n\n"
    "差し替えの場合、第2候補の方は1/22の撮影日程も確保できています。\n" + sig("miyasaka"),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named model's arrest (criminal record) disclosed to an outside agency")

# 031 — schedule mail to the studio with the standard Japanese disclaimer
add(31, "pass", frm("morishita"), ["スタジオ・ハルカ 予約担当 <booking@studio-haruka.jp>"],
    "2月のスタジオ仮押さえについて",
    "スタジオ・ハルカ ご予約ご担当者様\n\nいつもお世話になっております。日の出産業の森下です。\n"
    "2月分として、以下の日程でAスタジオの仮押さえをお願いできますでしょうか。\n\n"
    "　2/5（木）9:00〜18:00\n　2/6（金）9:00〜13:00\n\n"
    "本押さえは1/20までにご連絡いたします。キッチン設備も利用予定です。\n" + sig("morishita") + DISC_JA,
    charset="iso-2022-jp",
    note="ordinary booking mail ending in the standard confidentiality disclaimer")

# 032 — a translator's passport data to the travel agency
add(32, "stop", frm("ukai"), ["株式会社旅プラネット 法人旅行課 <houjin@tabi-planet.co.jp>"],
    "台北出張 航空券手配のお願い（同行通訳者分）",
    "旅プラネット 法人旅行課 ご担当者様\n\nお世話になっております。日の出産業の鵜飼です。\n"
    "2月の台北出張に同行いただく通訳者（業務委託）の航空券手配をお願いいたします。\n\n"
    "　氏名（パスポート表記）：NAKASONE KOHARU\n　生年月日：1991年7月19日\n"
    "　旅券番号：TR4817253\n　旅券有効期限：2031年3月2日\n\n"
    "往路 2/9 羽田発、復路 2/12 桃園発で、私（鵜飼）と同じ便をお願いします。\n" + sig("ukai"),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a freelance interpreter's passport number and birth date to a travel agency")

# 033 — tracking and order numbers (a 12-digit tracking number) to a freelancer
_trk = _non_mn("4")
add(33, "pass", frm("kurokawa"), ["長谷部 結衣 <yui.hasebe.illust@gmail.com>"],
    "見本誌発送のご連絡",
    "長谷部さん\n\nお世話になっております。黒川です。\nイラストをご担当いただいたブランドブックの見本誌を本日発送しました。\n\n"
    f"　発注番号：PO-2025-0412\n　配送：ヤマト運輸 宅急便\n　お問い合わせ伝票番号：{_trk[:4]}-{_trk[4:8]}-{_trk[8:]}\n"
    "　部数：3部\n\n到着は明後日の午前中の予定です。今回は本当にありがとうございました。\n" + sig("kurokawa", 2),
    detectors=["freemail_recipient"],
    note="order number and a 12-digit tracking number (not a My Number) to a freelancer")

# 034 — billing details of five freelancers, one block each, to the accounting BPO
_p = people(5)
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(
        f"【{i}】{p['name']}（{p['kata']}）\n　住所：〒{p['zip']} {p['addr']}\n"
        f"　登録番号：T{_corp()}\n　振込先：{p['bank']} {p['branch']} 普通 {p['acct']}\n"
        f"　12月請求額：{rng.randrange(5, 60) * 11000:,}円（税込）")
add(34, "stop", frm("onodera"), ["株式会社ケイリサポート 受託業務部 <jutaku@keiri-support.co.jp>"],
    "【新規取引先登録】フリーランス5名分の支払先マスタ",
    "ケイリサポート 受託業務部 ご担当者様\n\nいつもお世話になっております。日の出産業 経理部の小野寺です。\n"
    "1月支払分から新たに取引を開始するフリーランス5名の支払先マスタ登録をお願いします。\n\n"
    + "\n\n".join(_blocks) +
    "\n\n5名とも適格請求書発行事業者です。源泉徴収対象として登録をお願いいたします。\n" + sig("onodera"),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="five freelancers' addresses, T-numbers and bank accounts, one block each, to a BPO")

# 035 — English mail to an overseas illustrator with the English disclaimer
add(35, "pass", frm("arima"), ["Lena Fischer <lena.fischer.art@gmail.com>"],
    "Illustration brief — Midori Bank brand book (spot illustrations)",
    "Dear Lena,\n\nThank you for your quick reply. I am glad you can take on the spot illustrations.\n\n"
    "Scope: 8 spot illustrations (monochrome + one accent colour)\nFee: JPY 360,000 in total\n"
    "Rough sketches: by 9 January\nFinal artwork: by 23 January\n\n"
    "As discussed, Japanese withholding tax does not apply if you submit the tax treaty form "
    "(Form 3) before payment; I will send it together with the purchase order.\n" + sig("arima", 3) + DISC_EN,
    detectors=["freemail_recipient"],
    note="English brief to one freelance illustrator with the standard disclaimer")


# 036 — PPTX whose footer says Confidential / Internal Only, to a freelance illustrator
add(36, "stop", frm("arima"), ["Marco Bellini <marco.bellini.draws@gmail.com>"],
    "Character concepts — reference deck",
    "Hi Marco,\n\nAs promised on our call, here is the reference deck for the mascot character.\n"
    "Slides 3-5 show the directions the client liked; slide 6 lists what to avoid.\n"
    "Could you send two or three rough concepts by the 15th?\n\nThanks,\nKenji\n" + sig("arima", 3),
    attachments=[{"kind": "pptx", "name": "mascot_reference_v2.pptx", "title": "Mascot reference",
                  "page_footer": "Confidential – Hinode Sangyo Internal Only",
                  "slides": [["Mascot project — reference", "Client: Kitaguni Foods (spring 2026 launch)"],
                             ["Goals", "Friendly, hand-drawn feel", "Works in one colour", "Readable at 16 px"],
                             ["Direction A", "Round shapes, snow motifs"],
                             ["Direction B", "Red bean character, simple face"],
                             ["Direction C", "Northern fox, scarf"],
                             ["Avoid", "Realistic animals", "Gradients", "Existing characters"]]}],
    detectors=["confidential_marking", "freemail_recipient"],
    note="the attached deck's footer is an Internal Only / Confidential classification")

# 037 — one event staff member's disability explained to the venue
add(37, "stop", frm("shinonome"), ["さくらホテル 岩城様 <iwaki@sakura-hotel.jp>"],
    "当日スタッフの配置についてのご相談",
    "岩城様\n\nお世話になっております。東雲です。\n"
    "発表会当日の受付スタッフのうち、有働 圭さんは車いすを使用されています（身体障害者手帳2級）。\n"
    "受付カウンターの高さと、控室からの動線について事前に確認させていただきたく、\n"
    "スロープまたは業務用エレベーターの利用が可能か教えていただけますでしょうか。\n\n"
    "また、当日は多目的トイレの近くに控室を割り当てていただけると助かります。\n" + sig("shinonome", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named staff member's disability (障害者手帳) sent to the hotel")

# 038 — the word 社外秘 is only mentioned, not a marking
add(38, "pass", frm("hayase"), ["デザインオフィス青海 大西様 <onishi@omi-design.jp>"],
    "Re: 参考資料のご依頼について",
    "大西様\n\nお世話になっております。早瀬です。\n"
    "ご依頼いただいた北国フーズ様の販売データですが、先方で社外秘扱いの資料のため、\n"
    "申し訳ありませんが外部の方にはお渡しできない決まりになっております。\n"
    "代わりに、先方が公開しているIR資料とニュースリリースのURLをお送りしますので、\n"
    "トーン検討の参考にしていただけますでしょうか。\n\n"
    "　https://www.kitaguni-foods.co.jp/ir/\n　https://www.kitaguni-foods.co.jp/news/\n\n"
    "不足があれば、打ち合わせで口頭にて補足いたします。\n" + sig("hayase", 2) +
    "\n> 早瀬様\n> 方向性の検討のため、主要商品の地域別の売上推移など頂けますと幸いです。\n> 大西\n",
    charset="iso-2022-jp",
    note="社外秘 is only mentioned as a reason for not sending; no marked document")

# 039 — forwarded agency mail (attached .eml) with six models' data, to the photo studio
_p = people(6, female=True)
_lines = []
for p in _p:
    d = p["dob"].replace(year=rng.randrange(1995, 2004))
    _lines.append(f"■{p['name']}（{p['kata']}）\n　生年月日：{d.year}年{d.month}月{d.day}日\n"
                  f"　身長：{rng.randrange(158, 175)}cm　靴：{rng.choice(['23.5', '24', '24.5', '25'])}\n"
                  f"　携帯：{p['phone']}")
_inner = {"sender": "白石 <shiraishi@lumiere-models.co.jp>", "to": [frm("miyasaka")],
          "subject": "1/22 撮影 モデル詳細", "charset": "iso-2022-jp",
          "body": "宮坂様\n\nお世話になっております。アトリエ・ルミエールの白石です。\n"
                  "1/22撮影のモデル詳細をお送りします。当日の連絡は各自の携帯へお願いします。\n\n"
                  + "\n\n".join(_lines) + "\n\n株式会社アトリエ・ルミエール\n白石 理沙\nTEL 03-6455-7120\n"}
add(39, "stop", frm("miyasaka"), ["スタジオ・ハルカ 制作担当 <staff@studio-haruka.jp>"],
    "FW: 1/22 撮影 モデル詳細",
    "スタジオ・ハルカ ご担当者様\n\n事務所からの連絡を転送します。衣装合わせの際の靴のサイズなど、\n"
    "こちらをご参照ください。\n\n宮坂\n",
    attachments=[{"kind": "eml", "name": "1_22撮影_モデル詳細.eml", "message": _inner}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forwarded agency mail (attached eml) with six models' birth dates and mobiles")

# 040 — announcement to 20 freelancers, all in Bcc
_p = people(20)
add(40, "pass", frm("takeuchi"), ["creative-vendor@hinode-sangyo.co.jp"],
    "【ご案内】年末年始の請求書締め日について",
    "業務委託先の皆さま\n\n（本メールはBCCにて一斉送信しております）\n\n"
    "いつも日の出産業クリエイティブ制作部の業務にご協力いただき、ありがとうございます。\n"
    "年末年始の請求書締め日についてご案内いたします。\n\n"
    "　・12月分の請求書締め日：12月24日（水）必着\n　・お支払日：1月30日（金）\n"
    "　・年末年始休業：12月27日（土）〜1月4日（日）\n\n"
    "請求書には適格請求書発行事業者の登録番号の記載をお願いいたします（登録のない方は記載不要です）。\n" + sig("takeuchi"),
    bcc=[p["email"] for p in _p],
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="20 freelancers correctly in Bcc; only an internal address in To")

# 041 — a foreign staff member's residence card number to the labour consultant
add(41, "stop", frm("shinonome"), ["あおぞら社会保険労務士事務所 <info@aozora-sr.jp>"],
    "短期アルバイト採用に伴う外国人雇用状況届出の件",
    "あおぞら社会保険労務士事務所\n野村先生\n\nお世話になっております。日の出産業 イベント制作課の東雲です。\n"
    "2月の展示会で短期アルバイトとして雇用する外国籍の方が1名いらっしゃいますので、\n"
    "外国人雇用状況届出の作成をお願いいたします。\n\n"
    "　氏名：NGUYEN THI LAN（グエン ティ ラン）\n　生年月日：2001年10月3日\n"
    "　国籍：ベトナム\n　在留資格：留学（資格外活動許可あり）\n"
    "　在留カード番号：UH48210397FA\n　在留期間満了日：2027年4月30日\n"
    "　雇用期間：2026年2月13日〜2月16日\n\n"
    "在留カードの写しは本日郵送いたしました。\n" + sig("shinonome", 1),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a residence card number, nationality and birth date of one worker to a labour consultant")

# 042 — internal only: 30-person event roster XLSX (main domain + subsidiary subdomain)
_p = people(30)
_rows = [["ひので展2026 運営スタッフ名簿（社内用）"], [], ["No", "氏名", "フリガナ", "生年月日", "携帯", "メール", "担当"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["kata"], f"{p['dob']:%Y/%m/%d}", p["phone"], p["email"],
                  rng.choice(["受付", "誘導", "ブース", "クローク", "撮影補助", "物販"])])
add(42, "pass", frm("shinonome"),
    ["イベント制作課 <event-team@hinode-sangyo.co.jp>", "黒川 潤 <kurokawa.jun@creative.hinode-sangyo.co.jp>"],
    "ひので展 運営スタッフ名簿（最新版）",
    "各位\n\n展示会の運営スタッフ名簿を更新しました（30名）。シフト表作成に使ってください。\n"
    "社外への送付は不要です。会場・保険会社には必要な項目だけ別途出します。\n\n東雲\n",
    attachments=[{"kind": "xlsx", "name": "運営スタッフ名簿_v5.xlsx", "sheets": {"名簿": _rows,
                  "シフト": [["日付", "時間帯", "人数"], ["2/14", "9-13", 12], ["2/14", "13-18", 12],
                            ["2/15", "9-13", 10], ["2/15", "13-18", 10]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    note="30-person roster, but the recipients are internal (incl. the subsidiary subdomain)")

# 043 — an event staffer's driver's licence number to the truck rental company
_lic = _non_mn("30")
add(43, "stop", frm("shinonome"), ["ひまわりレンタカー 銀座店 <ginza@himawari-rentacar.co.jp>"],
    "2tトラック予約 運転者情報のご連絡",
    "ひまわりレンタカー 銀座店 ご担当者様\n\nお世話になっております。日の出産業の東雲です。\n"
    "2/13（金）〜2/16（月）でご予約の2tトラックについて、運転者情報をお送りします。\n\n"
    "　運転者氏名：竹之内 亮平\n"
    f"　運転免許証番号：第{_lic}号\n"
    "　免許の種類：準中型\n　有効期限：令和10年11月22日まで\n\n"
    "当日は免許証原本をご本人が持参いたします。\n" + sig("shinonome", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a named driver's 12-digit licence number to a rental company")

# 044 — Outlook-style reply; the staffing agency's 10-person roster is only quoted
_p = people(10)
_q = "\n".join(f"{p['name']}\t{p['kata']}\t{p['phone']}" for p in _p)
add(44, "pass", frm("shinonome"), ["イベントワークス東京 手配課 真鍋様 <manabe@eventworks-tokyo.co.jp>"],
    "RE: 【ひので展】派遣スタッフ確定のご連絡",
    "真鍋様\n\nご手配ありがとうございます。10名分確かに受領いたしました。\n"
    "当日の集合場所と時間は、別途タイムテーブルでお送りします。\n\n東雲\n\n"
    "-----Original Message-----\n差出人: 真鍋 <manabe@eventworks-tokyo.co.jp>\n"
    "送信日時: 2026年1月28日 16:02\n宛先: 東雲 蓮 <shinonome.ren@hinode-sangyo.co.jp>\n"
    "件名: 【ひので展】派遣スタッフ確定のご連絡\n\n東雲様\n\n"
    "2/14・15の派遣スタッフが確定いたしましたのでご連絡いたします。\n\n"
    f"氏名\tフリガナ\t携帯\n{_q}\n\n株式会社イベントワークス東京 手配課 真鍋\n",
    charset="iso-2022-jp",
    note="the 10-person roster is only in the quoted original, sent back to the agency that wrote it")

# 045 — basic pension numbers of three short-term staff to the labour consultant
_p = people(3)
_lines = []
for p in _p:
    d = p["dob"].replace(year=rng.randrange(1980, 2003))
    _lines.append(f"・{p['name']}（{p['kata']}）　生年月日 {wareki(d)}　"
                  f"基礎年金番号 {rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}")
add(45, "stop", frm("shinonome"), ["あおぞら社労士事務所 野村先生 <nomura@aozora-sr.jp>"],
    "短期雇用スタッフ3名の資格取得手続きについて",
    "野村先生\n\nいつもお世話になっております。東雲です。\n"
    "2月から3か月間、イベント制作課で週30時間勤務の契約スタッフを3名雇用します。\n"
    "社会保険の資格取得届の作成をお願いいたします。\n\n"
    + "\n".join(_lines) +
    "\n\n雇用契約書の写しは別途共有フォルダに格納しております。\n" + sig("shinonome", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="three people's basic pension numbers and 和暦 birth dates to a labour consultant")

# 046 — HTML-only event programme table (sessions, companies): not people's data
add(46, "pass", frm("shinonome"), ["さくらホテル 宴会営業部 岩城様 <iwaki@sakura-hotel.jp>"],
    "発表会 進行表（確定版）",
    html=("<html><body><p>岩城様</p><p>お世話になっております。東雲です。<br>"
          "発表会の進行表が確定しましたのでお送りします。照明・音響のキューは右端の列をご確認ください。</p>"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
          "<tr><th>時刻</th><th>内容</th><th>登壇</th><th>照明/音響</th></tr>"
          "<tr><td>13:00</td><td>開場・受付</td><td>-</td><td>BGM（小）</td></tr>"
          "<tr><td>13:30</td><td>開会挨拶</td><td>北国フーズ株式会社 代表取締役</td><td>客電落とし・SS</td></tr>"
          "<tr><td>13:40</td><td>新商品プレゼンテーション</td><td>北国フーズ 商品開発部</td><td>スクリーン投影</td></tr>"
          "<tr><td>14:10</td><td>試食タイム</td><td>さくらホテル 調理部</td><td>BGM・客電UP</td></tr>"
          "<tr><td>14:40</td><td>フォトセッション</td><td>報道各社</td><td>フラット</td></tr>"
          "<tr><td>15:00</td><td>閉会</td><td>司会</td><td>BGM</td></tr></table>"
          "<p>日の出産業株式会社 イベント制作課<br>東雲 蓮<br>TEL 03-5568-2245</p></body></html>"),
    charset="utf-8",
    note="an HTML table of an event programme: times, sessions, company roles, no personal data")

# 047 — two people's postal addresses for sample copies, to the printer
add(47, "pass", frm("kurokawa"), ["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    "見本誌の直送先（2件）",
    "錦印刷 発送センター ご担当者様\n\nお世話になっております。日の出クリエイティブの黒川です。\n"
    "ブランドブックの見本誌のうち、以下2件は撮影スタッフへ直送をお願いします（各2部）。\n\n"
    "　1）鮫島 隆之 様\n　　〒182-0024 東京都調布市布田4-18-6 コーポ緑川101\n　　TEL 090-7713-0462\n"
    "　2）神保 紗季 様\n　　〒251-0025 神奈川県藤沢市鵠沼石上1-7-3\n　　TEL 080-5562-1937\n\n"
    "残りは弊社宛に一括でお送りください。\n" + sig("kurokawa", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two freelancers' shipping addresses to the printer: fewer than five people, may warn")

# 048 — injured model: health-insurance card number and diagnosis to the studio
add(48, "stop", frm("miyasaka"), ["スタジオ・ハルカ 管理部 三浦様 <miura@studio-haruka.jp>"],
    "撮影中の事故に関する保険請求書類について",
    "スタジオ・ハルカ 管理部\n三浦様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "先日の撮影中、セット転倒によりモデルが負傷した件で、施設賠償保険の請求に必要な情報をお送りします。\n\n"
    "　被害者氏名：朝比奈 小春（アサヒナ コハル）\n　生年月日：1999年2月8日\n"
    "　健康保険証：記号 31140827　番号 52\n"
    "　受診先：目黒中央整形外科クリニック\n　診断名：右足関節捻挫（全治3週間）\n\n"
    "診断書と領収書の原本は郵送いたします。ご確認のほどよろしくお願いいたします。\n" + sig("miyasaka", 1),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a model's health-insurance card number and injury diagnosis to the studio")

# 049 — 【社外秘】 classification in the subject line, to a film production company
add(49, "stop", frm("hayase"), ["株式会社カゼフィルムズ 石動様 <isurugi@kaze-films.co.jp>"],
    "【社外秘】北国フーズ 春TVCM 企画コンテ（第2稿）",
    "石動様\n\nお世話になっております。早瀬です。\n春TVCMの企画コンテ第2稿です。クライアント提案前の段階ですので、\n"
    "取り扱いにはご注意ください。\n\n"
    "　・A案「雪どけ」：15秒×2、家族の朝食シーン\n　・B案「ひとくちの北」：15秒、商品アップ中心\n\n"
    "撮影日数とロケ地の概算を、来週水曜までにお見積りいただけますか。\n" + sig("hayase", 2),
    charset="iso-2022-jp",
    detectors=["confidential_marking"],
    note="the subject is stamped 【社外秘】 and the mail goes to an outside production company")

# 050 — list of candidate venues (hotels, halls) with switchboards
add(50, "pass", frm("shinonome"), ["北国フーズ 総務部 高木様 <takagi@kitaguni-foods.co.jp>"],
    "秋の販売店向け説明会 会場候補",
    "高木様\n\nお世話になっております。日の出産業の東雲です。\n"
    "秋の販売店向け説明会（約150名、着席・スクール形式）の会場候補です。\n\n"
    "会場名                         所在地              代表電話        収容  概算\n"
    "------------------------------ ------------------- --------------- ----- --------\n"
    "さくらホテル 鳳凰の間          東京都港区          03-3433-1150    200   68万円\n"
    "ベルサール新川 Room A          東京都中央区        03-5542-0811    180   52万円\n"
    "TKPカンファレンス東日本橋      東京都中央区        03-5829-6633    160   45万円\n"
    "大手町グランホール 3F          東京都千代田区      03-6212-7700    220   80万円\n"
    "品川シーサイド会議センター     東京都品川区        03-5783-2001    150   40万円\n\n"
    "仮押さえのご希望があればお知らせください。\n" + sig("shinonome"),
    note="five venues with switchboards and prices: a list of businesses")

# 051 — corrupt XLSX shooting schedule to a photographer on iCloud
add(51, "stop", frm("morishita"), ["鮫島 隆之 <t.samejima.photo@icloud.com>"],
    "帯広ロケ 撮影スケジュール表",
    "鮫島さん\n\nお疲れさまです、森下です。\n帯広ロケの撮影スケジュール表を添付します。\n"
    "カット数が多いので、午前中の順番を見ていただいてご意見ください。\n\n森下\n",
    attachments=[{"kind": "corrupt", "name": "帯広ロケ_撮影スケジュール.xlsx"}],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the attached XLSX is corrupt and cannot be inspected")

# 052 — five contact persons at small vendor companies, with direct mobiles (either)
add(52, "either", frm("hayase"), ["ブルーミント 江口様 <eguchi@bluemint-ad.co.jp>"],
    "制作協力会社の窓口一覧",
    "江口様\n\nお世話になっております。早瀬です。\n今回の春キャンペーンで協力いただく制作会社の窓口をまとめました。\n"
    "急ぎの確認は各窓口の携帯に直接連絡いただいて構いません。\n\n"
    "・デザインオフィス青海　　大西 直樹　090-2231-7780　onishi@omi-design.jp\n"
    "・カゼフィルムズ　　　　　石動 啓介　080-6604-1189　isurugi@kaze-films.co.jp\n"
    "・スタジオ・ハルカ　　　　三浦 朋美　070-3318-4402　miura@studio-haruka.jp\n"
    "・アトリエ・ルミエール　　白石 理沙　090-5527-0931　shiraishi@lumiere-models.co.jp\n"
    "・錦印刷　　　　　　　　　丸山 雄一　080-1142-6675　maruyama@nishiki-insatsu.co.jp\n\n"
    "よろしくお願いいたします。\n" + sig("hayase", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five business contacts with work mobiles: a list of people or of companies' desks")


# 053 — English: six photographers' mobiles and mails to an overseas studio
_p = people(6)
_lines = [f"- {p['romaji']} — {rng.choice(['food', 'portrait', 'product', 'landscape', 'event'])} — "
          f"mobile +81-{p['phone'][1:]} — {p['email']}" for p in _p]
add(53, "stop", frm("arima"), ["Hannah Cole <hannah.cole@brightframe-studio.com>"],
    "Tokyo photographers for your April shoot",
    "Hi Hannah,\n\nGreat to hear that BrightFrame will shoot in Tokyo in April. As requested, here are the "
    "freelance photographers we work with regularly and who speak some English. Feel free to contact "
    "them directly; please mention Hinode Sangyo so they know where you got their details.\n\n"
    + "\n".join(_lines) +
    "\n\nDay rates are usually JPY 80,000-150,000 plus assistant and equipment.\n" + sig("arima", 3),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six freelance photographers' private mobiles and e-mail addresses sent abroad")

# 054 — catalogue product codes (JAN 13 digits) to the printer: no personal data
_jan = []
for _ in range(8):
    b = "45" + "".join(str(rng.randrange(10)) for _ in range(10))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    _jan.append(b + str((10 - s % 10) % 10))
_items = ["十勝あずき最中 6個入", "十勝あずき最中 12個入", "北のバターどら焼 5個入", "雪どけプリン 4個入",
          "ハスカップゼリー 6個入", "じゃがバタースープ 3食", "鮭ほぐし茶漬け 8袋", "昆布だし醤油 500ml"]
add(54, "pass", frm("kurokawa"), ["錦印刷 丸山様 <maruyama@nishiki-insatsu.co.jp>"],
    "冬季カタログ 商品コード差し替えのお願い（P.12-13）",
    "丸山様\n\nお世話になっております。黒川です。\nP.12-13の商品コードに誤りがあったため、差し替えをお願いします。\n\n"
    "品番      JANコード        商品名                 価格(税込)\n"
    + "\n".join(f"KF-{2601 + i:04d}   {j}    {pad(n, 22)} {rng.randrange(6, 40) * 100:,}円"
                for i, (j, n) in enumerate(zip(_jan, _items))) +
    "\n\n修正後のPDFは本日中にお送りいただけますでしょうか。\n" + sig("kurokawa", 2),
    note="product codes, 13-digit JAN codes and prices: business data only")

# 055 — password-protected PDF to the printer
add(55, "stop", frm("morishita"), ["錦印刷 営業部 丸山様 <maruyama@nishiki-insatsu.co.jp>"],
    "ご発注書の送付（冬季カタログ増刷分）",
    "丸山様\n\nお世話になっております。森下です。\n冬季カタログ増刷分のご発注書をお送りします。\n"
    "社内規定によりPDFにパスワードを設定しております。パスワードは別途お電話でお伝えします。\n" + sig("morishita", 2),
    attachments=[{"kind": "pdf", "name": "発注書_HNS-PO-2512-031.pdf", "password": "nishiki1216",
                  "lines": ["発注書 HNS-PO-2512-031", "冬季カタログ 増刷 5,000部", "納期 2025年12月26日"]}],
    charset="iso-2022-jp",
    detectors=["unscannable_attachment"],
    note="a password-protected PDF attachment cannot be inspected")

# 056 — English reply; the illustrator's home address appears only in the quote
add(56, "pass", frm("arima"), ["Lena Fischer <lena.fischer.art@gmail.com>"],
    "Re: Invoice and shipping address",
    "Dear Lena,\n\nThank you — we have received your invoice INV-LF-0117 and will pay it by 31 January.\n"
    "The printed copies will go out next week by EMS.\n" + sig("arima", 3) +
    "\nOn Mon, 12 Jan 2026 at 09:14, Lena Fischer <lena.fischer.art@gmail.com> wrote:\n"
    "> Hi Kenji,\n> attached is my invoice. For the sample copies, please use my home address:\n"
    "> Lena Fischer, Gneisenaustr. 41, 10961 Berlin, Germany\n> Phone +49 176 2384 1190\n> Best, Lena\n",
    detectors=["freemail_recipient"],
    note="the illustrator's address is only in her own quoted mail, replied to her")

# 057 — bullet list of five extras with ages and mobiles to the production company
_p = people(5)
_lines = [f"・{p['name']}（{rng.randrange(24, 68)}歳・{'女性' if p['female'] else '男性'}）　{zen(p['phone'])}　"
          f"{rng.choice(['会社員役', '主婦役', '店主役', '祖父役', '学生役'])}" for p in _p]
add(57, "stop", frm("miyasaka"), ["カゼフィルムズ 制作部 南雲様 <nagumo@kaze-films.co.jp>"],
    "TVCM エキストラ確定メンバー",
    "南雲様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "2/3（火）撮影分のエキストラが確定しましたのでお知らせします。\n\n"
    + "\n".join(_lines) +
    "\n\n集合は7:00、ロケバス乗り場（新宿西口）です。遅刻の連絡は各自から南雲様の携帯へ入るようにしています。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five extras with ages and full-width mobile numbers in a 「・」 list")

# 058 — quotation PDF to a client: the company's own registration number only
add(58, "pass", frm("hayase"), ["ハルカコスメティクス 野間様 <noma@haruka-cosme.co.jp>"],
    "お見積書送付のご案内（春ノベルティ制作）",
    "野間様\n\nお世話になっております。日の出産業の早瀬です。\n春ノベルティ制作のお見積書をお送りいたします。\n"
    "有効期限は発行日から30日間です。ご不明点がございましたらお気軽にお問い合わせください。\n" + sig("hayase", 1),
    attachments=[{"kind": "pdf", "name": "御見積書_HNS-Q-2601-007.pdf", "title": "御見積書",
                  "lines": ["御見積書　No. HNS-Q-2601-007", "株式会社ハルカコスメティクス 御中",
                            "日の出産業株式会社 クリエイティブ制作部", f"登録番号 T{T_HINODE}", ""],
                  "table": [["項目", "数量", "単価", "金額"], ["ノベルティデザイン", "1式", "180,000", "180,000"],
                            ["撮影（物撮り）", "12カット", "8,000", "96,000"], ["進行管理費", "1式", "41,400", "41,400"],
                            ["小計", "", "", "317,400"], ["消費税(10%)", "", "", "31,740"], ["合計", "", "", "349,140"]]}],
    charset="iso-2022-jp",
    entities=["JP_CORPORATE_NUMBER"],
    note="a quotation with the company's own T-number: business document")

# 059 — forward (in the body) of the staffing agency's roster with emergency contacts, to the venue
_p = people(10)
_lines = []
for p in _p:
    kin = rng.choice(SURNAMES)[0]
    _lines.append(f"{p['name']}／{p['phone']}／緊急連絡先：{rng.choice(['母', '父', '配偶者', '兄'])} {_phone()}")
add(59, "stop", frm("shinonome"), ["さくらホテル 警備室 <security@sakura-hotel.jp>"],
    "FW: 【ひので展】派遣スタッフ確定のご連絡",
    "さくらホテル 警備室 ご担当者様\n\n日の出産業の東雲です。\n搬入日の入館者リストとして、派遣会社からの連絡をそのまま転送いたします。\n"
    "緊急時にはこちらの連絡先をご利用ください。\n\n"
    "---------- Forwarded message ---------\nFrom: 真鍋 <manabe@eventworks-tokyo.co.jp>\n"
    "Date: 2026年1月28日(水) 16:02\nSubject: 【ひので展】派遣スタッフ確定のご連絡\nTo: 東雲 蓮 <shinonome.ren@hinode-sangyo.co.jp>\n\n"
    "東雲様\n\n派遣スタッフが確定いたしました。\n\n" + "\n".join(_lines) +
    "\n\n株式会社イベントワークス東京 手配課 真鍋\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded roster of ten staff with mobiles and emergency contacts: new text to the hotel")

# 060 — blank contract template with an empty 個人番号 field, to a freelancer
add(60, "pass", frm("takeuchi"), ["井筒 健太郎 <izutsu.k.writer@outlook.jp>"],
    "取引先登録書のご記入のお願い",
    "井筒 健太郎 様\n\nお世話になっております。日の出産業 総務部の竹内です。\n"
    "新規のお取引にあたり、取引先登録書のご記入をお願いいたします。\n"
    "個人番号欄は空欄のままで結構です（番号は別途、専用フォームでご提出いただきます）。\n" + sig("takeuchi", 2),
    attachments=[{"kind": "docx", "name": "取引先登録書（個人事業主用）.docx", "title": "取引先登録書",
                  "paragraphs": ["取引先登録書（個人事業主用）", "記入日：　　年　　月　　日"],
                  "tables": [[["項目", "記入欄"], ["氏名", ""], ["屋号", ""], ["住所", "〒"],
                              ["電話番号", ""], ["メールアドレス", ""], ["適格請求書発行事業者登録番号", "T"],
                              ["振込先金融機関・支店", ""], ["口座種別・番号", "普通・当座　　No."],
                              ["個人番号", "※記入不要"]]]}],
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="an empty registration form: field labels only, no data")

# 061 — a model's religion (dietary requirement) told to the caterer
add(61, "stop", frm("miyasaka"), ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    "1/22撮影 ロケ弁の手配について（ハラール対応1名）",
    "北国フーズ ケータリング事業部 ご担当者様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "1/22撮影のロケ弁（昼12食）の件で追加のお願いです。\n"
    "モデルのアザマ・ライラさんがイスラム教徒のため、1食はハラール対応でお願いできますでしょうか。\n"
    "ラマダン期間ではないとのことで、昼食は通常どおりの時間で問題ありません。\n\n"
    "他の11食は前回と同じ幕の内弁当でお願いいたします。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named model's religion (Muslim) disclosed to the caterer")

# 062 — four team leaders with mobiles to the venue (just under five)
_p = people(4)
add(62, "pass", frm("shinonome"), ["さくらホテル 岩城様 <iwaki@sakura-hotel.jp>"],
    "当日の各チームリーダー連絡先",
    "岩城様\n\n東雲です。当日、ホテル側から直接連絡いただく場合の各チームリーダーです。\n\n"
    + "\n".join(f"{t}：{p['name']}（{p['phone']}）" for t, p in zip(["受付", "誘導", "クローク", "ステージ"], _p)) +
    "\n\n全体の責任者は私（東雲）です。よろしくお願いいたします。\n" + sig("shinonome", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four team leaders with mobiles: under the five-record threshold, may warn")

# 063 — look-alike of the law firm (letters swapped: shriakawa)
add(63, "stop", frm("takeuchi"), ["白川先生 <shirakawa@shriakawa-law.jp>"],
    "秘密保持契約書（カゼフィルムズ様）のレビュー依頼",
    "白川先生\n\nお世話になっております。日の出産業 総務部の竹内です。\n"
    "カゼフィルムズ様とのTVCM制作にあたり、先方から秘密保持契約書のひな形が届きました。\n"
    "第4条の有効期間（契約終了後5年）と、第7条の損害賠償の上限がない点について\n"
    "ご意見をいただけますでしょうか。ひな形は共有フォルダに格納しております。\n\n"
    "ご多忙のところ恐縮ですが、来週中にご回答いただけますと幸いです。\n" + sig("takeuchi", 1),
    charset="iso-2022-jp",
    detectors=["lookalike_domain"],
    note="shriakawa-law.jp: two letters of the law firm's domain swapped")

# 064 — the freelancer's own 支払調書 PDF with her My Number, to her free mail
_n64 = _mn()
add(64, "stop", frm("onodera"), ["帯刀 葵 <aoi.tatewaki@gmail.com>"],
    "2025年分 支払調書（写し）の送付",
    "帯刀 葵 様\n\nいつもお世話になっております。日の出産業 経理部の小野寺です。\n"
    "確定申告のご参考として、2025年分の支払調書（写し）をPDFでお送りいたします。\n"
    "内容にお気づきの点がございましたら、1月末までにご連絡ください。\n" + sig("onodera", 1),
    attachments=[{"kind": "pdf", "name": "支払調書_2025_帯刀様.pdf", "title": "支払調書",
                  "lines": ["令和7年分　報酬、料金、契約金及び賞金の支払調書", "",
                            "支払を受ける者", "　住所（居所）：東京都杉並区阿佐谷北4丁目11-3 ハイツ若葉2F",
                            "　氏名：帯刀 葵", f"　個人番号：{fmt_mn(_n64, 1)}", "",
                            "区分：デザイン料　　細目：Web・パッケージデザイン",
                            "支払金額：1,960,000円　　源泉徴収税額：200,116円", "",
                            "支払者：日の出産業株式会社　東京都中央区銀座7-14-3"]}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="a PDF carrying a My Number, even though it is the recipient's own, to free mail")

# 065 — internal only, stamped 社外秘, subsidiary subdomain
add(65, "pass", frm("hayase"),
    ["黒川 潤 <kurokawa.jun@creative.hinode-sangyo.co.jp>", "宮坂 亮 <miyasaka.ryo@creative.hinode-sangyo.co.jp>"],
    "【社外秘】来期 外注先見直し方針（案）",
    "黒川さん、宮坂さん\n\n早瀬です。来期の外注先見直し方針の案です。社外秘でお願いします。\n\n"
    "1. 撮影：カメラマンの固定化（3名→2名）、単価の見直し\n2. デザイン：青海さんへの依存度を下げるため、新規2社を試験発注\n"
    "3. キャスティング：ルミエール以外の事務所との口座開設\n\n来週の定例で議論させてください。\n\n早瀬\n",
    attachments=[{"kind": "docx", "name": "外注先見直し方針_案.docx", "page_header": "社外秘",
                  "paragraphs": ["来期 外注先見直し方針（案）", "作成：クリエイティブ制作部 早瀬"]}],
    charset="iso-2022-jp",
    note="社外秘 marking, but all recipients are internal (subsidiary subdomain)")

# 066 — UTF-8 CSV: contributors' birth dates (和暦) and mails, no name column, to a publisher
_p = people(7)
_rows = [["執筆者ID", "生年月日", "メールアドレス", "担当コーナー", "原稿料(円)"]]
for i, p in enumerate(_p, 1):
    d = p["dob"]
    _rows.append([f"W-{i:03d}", wareki(d, rng.random() < 0.5), p["email"],
                  rng.choice(["旅コラム", "食レポ", "インタビュー", "書評", "街歩き"]), rng.choice([15000, 20000, 30000])])
add(66, "stop", frm("morishita"), ["月刊たびびと編集部 小池様 <koike@gekkan-tabibito.co.jp>"],
    "寄稿者データのご送付（3月号特集）",
    "月刊たびびと編集部\n小池様\n\nお世話になっております。日の出産業の森下です。\n"
    "3月号特集の寄稿者データです。プロフィール欄の年齢表記と、校正の直接やり取り用にお使いください。\n"
    "氏名はIDで管理しておりますので、対応表は別途お渡しします。\n" + sig("morishita", 2),
    attachments=[{"kind": "csv", "name": "contributors_202603.csv", "rows": _rows, "encoding": "utf-8"}],
    entities=["DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="seven writers' birth dates (和暦) and personal mail in a UTF-8 CSV without a name column")

# 067 — unencrypted ZIP of design assets and a readme to the printer
add(67, "pass", frm("kurokawa"), ["錦印刷 製版課 <seihan@nishiki-insatsu.co.jp>"],
    "ロゴデータ一式の送付",
    "錦印刷 製版課 御中\n\n日の出クリエイティブの黒川です。\nノベルティ用のロゴデータ一式をZIPでお送りします。\n"
    "色指定はreadmeに記載しています。\n" + sig("kurokawa", 2),
    attachments=[{"kind": "zip", "name": "logo_set_v3.zip", "files": [
        {"kind": "png", "name": "logo_color.png"}, {"kind": "png", "name": "logo_mono.png"},
        {"kind": "txt", "name": "readme.txt",
         "text": "ロゴデータ一式 v3\n- logo_color.png : DIC 2588 / CMYK 0-70-100-0\n- logo_mono.png : K100\n"
                 "最小使用サイズ：幅12mm\nアイソレーション：ロゴ高さの1/2\n"}]}],
    charset="iso-2022-jp",
    note="a plain ZIP of logo files and a readme: nothing personal, nothing encrypted")

# 068 — legacy XLS: eight round-table participants' addresses and phones to the client
_p = people(8)
_rows = [["座談会参加者 謝礼送付先"], ["No", "氏名", "年代", "郵便番号", "住所", "電話", "謝礼"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], f"{rng.choice([20, 30, 40, 50])}代", p["zip"], p["addr"], p["phone"], "QUOカード5,000円"])
add(68, "stop", frm("morishita"), ["北国フーズ お客様相談室 <soudan@kitaguni-foods.co.jp>"],
    "座談会参加者への謝礼発送について",
    "北国フーズ お客様相談室 ご担当者様\n\nお世話になっております。日の出産業の森下です。\n"
    "先日実施した「冬の食卓」座談会の参加者8名への謝礼を、御社から発送いただけると伺いました。\n"
    "送付先一覧を添付いたします（古いExcel形式で失礼します）。\n" + sig("morishita"),
    attachments=[{"kind": "xls", "name": "座談会_謝礼送付先.xls", "sheets": {"送付先": _rows}}],
    charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight participants' names, addresses and phones in a legacy XLS to the client")

# 069 — forwarding one freelancer's reply (her business signature only) to the client
add(69, "pass", frm("morishita"), ["北国フーズ 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "FW: レシピ撮影のフードスタイリングについて",
    "佐伯様\n\n森下です。フードスタイリストの神保さんから、器の持ち込みについて回答がありましたので転送します。\n"
    "器の追加費用は発生しないとのことです。\n\n"
    "-------- 転送メッセージ --------\n差出人: 神保 紗季 <jinbo.saki.food@gmail.com>\n件名: Re: レシピ撮影のフードスタイリングについて\n\n"
    "森下様\n\n器は私物から20点ほど持ち込めます。北欧系と和食器、両方ご用意しますね。\n"
    "当日は8時にスタジオ入りします。\n\n"
    "――――\nフードスタイリスト 神保 紗季\natelier SAKI\nTEL 080-5562-1937\nMail jinbo.saki.food@gmail.com\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forwarded reply with one freelancer's business signature: one person's contact")

# 070 — reply whose NEW text lists five stylists' mobiles (the quote is harmless)
_p = people(5, female=True)
add(70, "stop", frm("miyasaka"), ["カゼフィルムズ 南雲様 <nagumo@kaze-films.co.jp>"],
    "Re: ヘアメイク・スタイリストの当日連絡先",
    "南雲様\n\nお世話になっております。宮坂です。\nご依頼の当日連絡先です。\n\n"
    + "\n".join(f"{r}　{p['name']}　{p['phone']}" for r, p in
                zip(["ヘアメイク", "ヘアメイク（アシ）", "スタイリスト", "スタイリスト（アシ）", "衣装管理"], _p)) +
    "\n\nよろしくお願いいたします。\n宮坂\n\n"
    "> 宮坂様\n> 撮影当日、ヘアメイクとスタイリストの皆さんの連絡先をいただけますか。\n"
    "> 控室の割り振りに使います。\n> カゼフィルムズ 南雲\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five stylists' mobiles in the new text of a reply (only the request is quoted)")

# 071 — notice that password ZIPs are abolished (no attachment)
add(71, "pass", frm("onodera"), ["ハルカコスメティクス 経理部 <keiri@haruka-cosme.co.jp>"],
    "請求書送付方法の変更について（パスワード付きZIPの廃止）",
    "株式会社ハルカコスメティクス 経理部 ご担当者様\n\nいつもお世話になっております。日の出産業 経理部の小野寺です。\n\n"
    "弊社では2月より、パスワード付きZIPファイルによる請求書の送付を廃止いたします。\n"
    "今後は請求書PDFをダウンロードリンク（有効期限7日間）にてお送りいたします。\n"
    "リンク先ではメールアドレス宛のワンタイムコードで認証いただく形となります。\n\n"
    "ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。\n" + sig("onodera") + DISC_JA,
    charset="iso-2022-jp",
    note="a notice about abolishing PPAP; no attachment, no personal data")

# 072 — look-alike of the bank (midori-ginkou: a letter added)
add(72, "stop", frm("onodera"), ["瀬川様 <segawa@midori-ginkou.co.jp>"],
    "Re: 総合振込の取込テスト日程",
    "瀬川様\n\nお世話になっております。小野寺です。\n取込テストは12/18（木）午後でお願いできますでしょうか。\n"
    "当日は弊社の情報システム部も同席いたします。\n\n小野寺\n",
    charset="iso-2022-jp",
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp: the bank's domain with a letter added")

# 073 — a freelancer having been a stalking victim, forwarded to the client
add(73, "stop", frm("morishita"), ["月刊たびびと編集部 小池様 <koike@gekkan-tabibito.co.jp>"],
    "寄稿者プロフィールの掲載について（お願い）",
    "小池様\n\nお世話になっております。森下です。\n3月号に寄稿いただく写真家の蓮見 遥さんについてお願いがございます。\n"
    "蓮見さんは以前ストーカー被害に遭われ、現在も警察に相談中とのことで、\n"
    "プロフィールには活動拠点（鎌倉）や顔写真を載せないでほしいとのご希望です。\n\n"
    "お名前は筆名「はすみ」での掲載でお願いできますでしょうか。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named photographer having been a crime (stalking) victim, told to a publisher")

# 074 — English meeting mail to two external organisations
add(74, "pass", frm("arima"),
    ["Daniel Ortiz <d.ortiz@polyglot-works.com>", "堀様 <hori@tsubasa-system.jp>"],
    "Kick-off: multilingual manuals (EN/ZH/KO/VI)",
    "Dear Daniel, dear Hori-san,\n\nThank you both for joining the project. Let us meet online on "
    "Thursday 15 January, 10:00 JST (02:00 CET is too early, so Daniel, would 17:00 JST suit you?).\n\n"
    "Agenda:\n1. Scope and volumes (approx. 180,000 characters)\n2. Terminology base and style guide\n"
    "3. Review workflow between Polyglot Works and Tsubasa System\n4. Schedule and invoicing\n\n"
    "The NDA between Hinode Sangyo and Polyglot Works was signed last week, so we can share the source "
    "files after the meeting.\n" + sig("arima", 3) + DISC_EN,
    detectors=["multiple_external_domains"],
    note="two external organisations in To; the NDA is only mentioned")

# 075 — DOCX: five narrators' birth dates and addresses to the radio station
_p = people(5)
_tbl = [["氏名", "芸名", "生年月日", "住所", "出演料"]]
for p in _p:
    _tbl.append([p["name"], rng.choice(["", "", "MAKI", "ソラ", "えいじ"]), f"{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日",
                 f"〒{p['zip']} {p['addr']}", f"{rng.choice([3, 5, 8])}万円"])
add(75, "stop", frm("hayase"), ["みなとFM 編成部 <hensei@minato-fm.co.jp>"],
    "ラジオCM ナレーター出演者情報のご提出",
    "みなとFM 編成部 ご担当者様\n\nお世話になっております。日の出産業の早瀬です。\n"
    "3月オンエアのラジオCM（北国フーズ様）にご出演いただくナレーターの情報を、\n"
    "出演者登録用にお送りします。\n" + sig("hayase", 1),
    attachments=[{"kind": "docx", "name": "出演者情報_北国フーズラジオCM.docx",
                  "paragraphs": ["出演者情報（ラジオCM 北国フーズ 春）", "制作：日の出産業株式会社"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="five narrators' birth dates and home addresses in a DOCX table to a broadcaster")

# 076 — XLSX of fees by project and vendor company: business data
add(76, "pass", frm("hayase"), ["北国フーズ 宣伝部 佐伯様 <saeki@kitaguni-foods.co.jp>"],
    "冬季キャンペーン 制作費実績のご報告",
    "佐伯様\n\nお世話になっております。早瀬です。\n冬季キャンペーンの制作費実績をまとめました。\n"
    "当初見積から約3%の減額で着地しております。\n" + sig("hayase", 2),
    attachments=[{"kind": "xlsx", "name": "制作費実績_冬季キャンペーン.xlsx", "sheets": {
        "サマリー": [["冬季キャンペーン 制作費実績"], [], ["区分", "見積", "実績", "差異"],
                  ["デザイン", 1280000, 1240000, -40000], ["撮影", 980000, 955000, -25000],
                  ["印刷", 2150000, 2080000, -70000], ["イベント", 1600000, 1630000, 30000]],
        "明細": [["区分", "発注先", "内容", "金額"], ["デザイン", "有限会社デザインオフィス青海", "POP・リーフレット", 580000],
               ["デザイン", "日の出クリエイティブ株式会社", "Web バナー", 660000],
               ["撮影", "スタジオ・ハルカ", "スタジオ使用料", 240000], ["撮影", "株式会社トーキョーライトレンタル", "機材", 115000],
               ["印刷", "錦印刷株式会社", "カタログ・POP", 2080000], ["イベント", "株式会社イベントワークス東京", "運営スタッフ", 980000]]}}],
    note="costs by project and vendor company: no personal data")

# 077 — look-alike of the partner (a dot for the hyphen: tsubasa.system.jp)
add(77, "stop", frm("ukai"), ["堀様 <hori@tsubasa.system.jp>"],
    "用語集ドラフトのご確認",
    "堀様\n\nお世話になっております。鵜飼です。\n多言語マニュアルの用語集ドラフト（日英・約420語）ができましたので、\n"
    "共有フォルダにアップしました。御社製品名の表記揺れがないかご確認いただけますでしょうか。\n" + sig("ukai", 2),
    charset="iso-2022-jp",
    detectors=["lookalike_domain"],
    note="tsubasa.system.jp: the partner tsubasa-system.jp with a dot for the hyphen")

# 078 — internal roster sent to a typo of the company's own domain
_p = people(6)
_lines = [f"{p['name']}, {p['phone']}, {p['addr']}" for p in _p]
add(78, "stop", frm("shinonome"), ["東雲チーム <event-team@hinode-sanngyo.co.jp>"],
    "設営日の送迎リスト",
    "チーム各位\n\n設営日（2/13）の早朝送迎リストです。ハイエースで回ります。\n\n"
    "氏名, 携帯, 住所（ピックアップ先）\n" + "\n".join(_lines) + "\n\n東雲\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="six staff's addresses and mobiles to hinode-sanngyo.co.jp, a typo of the company's own domain")

# 079 — one model's profile (with birth date) to the agency: one person
add(79, "pass", frm("miyasaka"), ["ブルーミント 江口様 <eguchi@bluemint-ad.co.jp>"],
    "差し替えモデルのプロフィール",
    "江口様\n\nお世話になっております。宮坂です。\n差し替え候補のモデルのプロフィールです。\n\n"
    "　氏名：栗栖 彩花（クルス アヤカ）\n　生年月日：2000年5月14日\n　身長：168cm\n"
    "　所属：オフィス翠\n　主な実績：化粧品ブランドWeb広告、アパレルカタログ\n\n"
    "1/22の撮影日程は確保済みです。ご検討よろしくお願いいたします。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one model's profile with birth date to the agency: one person, may warn")

# 080 — client + printer + a freelance designer (free mail): three parties visible
add(80, "stop", frm("kurokawa"), ["北国フーズ 佐伯様 <saeki@kitaguni-foods.co.jp>", "帯刀 葵 <aoi.tatewaki@gmail.com>"],
    "パッケージ校正のスケジュール共有",
    "佐伯様、帯刀さん\n（cc：錦印刷 丸山様）\n\nお世話になっております。黒川です。\n"
    "パッケージの校正スケジュールを共有します。\n\n　初校：1/9　再校：1/16　色校：1/23\n\n"
    "帯刀さんは各校正の前日までにデータ修正をお願いします。\n" + sig("kurokawa", 2),
    cc=["丸山 <maruyama@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="client, printer and a freelancer on free mail: three external parties in To/Cc")


# 081 — call sheet: names with call times only, to the studio
add(81, "pass", frm("morishita"), ["スタジオ・ハルカ 制作担当 <staff@studio-haruka.jp>"],
    "2/5 撮影 香盤表",
    "スタジオ・ハルカ ご担当者様\n\n森下です。2/5（木）の香盤表をお送りします。\n\n"
    "08:00　スタッフ入り（鮫島カメラマン、神保さん＝フードスタイリスト）\n"
    "08:30　機材セッティング\n09:30　モデル入り・ヘアメイク\n10:30　撮影開始（カット1〜6 料理アップ）\n"
    "12:30　昼休憩\n13:30　カット7〜12（モデル込み）\n17:00　撤収\n\n"
    "クライアント（北国フーズ 佐伯様ほか1名）は11時頃にお見えになります。\n" + sig("morishita", 2),
    charset="iso-2022-jp",
    note="a call sheet with a few names and times: names carry no personal data")

# 082 — 取扱注意 classification on a PDF casting brief, to the model agency
add(82, "stop", frm("miyasaka"), ["アトリエ・ルミエール 白石様 <shiraishi@lumiere-models.co.jp>"],
    "春キャンペーン キャスティング要件",
    "白石様\n\nお世話になっております。宮坂です。\n春キャンペーンのキャスティング要件をPDFでお送りします。\n"
    "来週中に候補を3〜5名ほどご提案いただけますと幸いです。\n" + sig("miyasaka", 2),
    attachments=[{"kind": "pdf", "name": "casting_brief_spring.pdf", "title": "キャスティング要件",
                  "page_header": "取扱注意", "lines": [
                      "北国フーズ 春キャンペーン キャスティング要件", "",
                      "起用：女性1名（20代後半〜30代前半）、男性1名（30代）",
                      "イメージ：自然体、家庭的、清潔感", "媒体：Web・交通広告・店頭POP（使用期間1年）",
                      "撮影：1月22日（木）都内スタジオ", "予算：お一人あたり 出演料 40万円まで（税別）",
                      "NG：競合食品メーカーの広告出演中の方"]}],
    charset="iso-2022-jp",
    detectors=["confidential_marking"],
    note="the PDF's page header is a 取扱注意 classification, sent outside")

# 083 — reply to a hospitalised freelancer; her health details are only in the quote
add(83, "pass", frm("morishita"), ["稲垣 千尋 <chihiro.inagaki.writer@gmail.com>"],
    "RE: 連載の件でご相談です",
    "稲垣さん\n\nご連絡ありがとうございます。どうかご無理なさらず、まずはゆっくり休んでください。\n"
    "北国フーズ様にはこちらからうまく説明しておきますので、ご心配なく。\n"
    "復帰の目処が立ったら、そのときに改めてご相談しましょう。\n\n森下\n\n"
    "-----Original Message-----\nFrom: 稲垣 千尋 <chihiro.inagaki.writer@gmail.com>\n"
    "Sent: Monday, December 1, 2025 8:12 AM\nTo: 森下 彩 <morishita.aya@hinode-sangyo.co.jp>\n"
    "Subject: 連載の件でご相談です\n\n森下さん\n\n急なご連絡ですみません。先週、心療内科で適応障害と診断され、\n"
    "1か月ほど仕事を休むよう言われてしまいました。第8回の原稿が間に合いそうにありません。\n"
    "本当に申し訳ありません。\n稲垣\n",
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="the writer's own diagnosis appears only in her quoted mail, replied to her alone")

# 084 — 部外秘 in the XLSX page header (budget sheet), to the design office
add(84, "stop", frm("hayase"), ["デザインオフィス青海 大西様 <onishi@omi-design.jp>"],
    "来期の発注予定について",
    "大西様\n\nお世話になっております。早瀬です。\n来期の発注予定をまとめましたので、体制検討のご参考にしてください。\n"
    "金額は現時点の想定です。\n" + sig("hayase", 2),
    attachments=[{"kind": "xlsx", "name": "来期発注予定_青海様.xlsx", "page_header": "部外秘",
                  "sheets": {"発注予定": [["案件", "時期", "想定金額"], ["北国フーズ 春カタログ", "4-5月", 1800000],
                                      ["みどり銀行 店頭ツール", "6月", 950000], ["ハルカコスメ ノベルティ", "9月", 600000],
                                      ["北国フーズ 冬季キャンペーン", "10-11月", 2400000]]}}],
    charset="iso-2022-jp",
    detectors=["confidential_marking"],
    note="the XLSX carries a 部外秘 page header; sent to an outside design office")

# 085 — registration details read back to the freelancer herself (one person)
_t85 = _corp()
add(85, "pass", frm("takeuchi"), ["仲宗根 小春 <koharu.nakasone@yahoo.co.jp>"],
    "取引先登録内容のご確認",
    "仲宗根 小春 様\n\nお世話になっております。日の出産業 総務部の竹内です。\n"
    "ご提出いただいた取引先登録書の内容を以下のとおり登録いたしました。相違がないかご確認ください。\n\n"
    "　氏名：仲宗根 小春（ナカソネ コハル）\n　屋号：こはる翻訳室\n"
    "　住所：〒810-0022 福岡県福岡市中央区薬院4-9-12\n"
    f"　登録番号：T{_t85}\n　振込先：湊銀行 横浜駅前支店 普通 3308154\n\n"
    "相違がなければ返信は不要です。\n" + sig("takeuchi", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_CORPORATE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="one freelancer's own registration data read back to her: one person, may warn")

# 086 — payment notice with a masked account number
add(86, "pass", frm("onodera"), ["百瀬 翔 <sho.momose@docomo.ne.jp>"],
    "お支払いのご案内（12月分）",
    "百瀬 翔 様\n\n日の出産業 経理部です。12月分の報酬のお支払いについてご案内いたします。\n\n"
    "　お支払日：2026年1月30日\n　お振込先：東都銀行 ****支店 普通 ****412\n"
    "　報酬額：220,000円　源泉徴収税額：20,420円　消費税：20,000円\n　お振込額：219,580円\n\n"
    "※口座番号は一部を伏せて表示しています。\n" + sig("onodera", 2),
    charset="iso-2022-jp",
    detectors=["freemail_recipient"],
    note="a payment notice with a masked account number to the payee himself")

# 087 — six translators' bank accounts and addresses, padded with full-width digits, to the accountant
_p = people(6)
_lines = [pad("氏名", 14) + pad("住所", 52) + "振込先"]
_lines.append("－" * 40)
for p in _p:
    _lines.append(pad(p["name_z"], 14) + pad(p["addr"], 52) + f"{p['bank']}{p['branch']} 普通 {zen(p['acct'])}")
add(87, "stop", frm("onodera"), ["税理士法人みなと会計 記帳代行チーム <kicho@minato-kaikei.jp>"],
    "翻訳者の支払先変更（6名）の反映のお願い",
    "みなと会計 記帳代行チーム ご担当者様\n\nいつもお世話になっております。日の出産業 経理部の小野寺です。\n"
    "翻訳者6名から住所・振込先の変更届が出ましたので、1月支払分から以下の内容で反映をお願いします。\n\n"
    + "\n".join(_lines) + "\n\n変更届の原本は弊社で保管しております。\n" + sig("onodera"),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six translators' addresses and bank accounts in padded columns with full-width digits")

# 088 — a model's pregnancy, told to the client (either)
add(88, "either", frm("miyasaka"), ["ハルカコスメティクス 野間様 <noma@haruka-cosme.co.jp>"],
    "ノベルティ撮影のモデルについて",
    "野間様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "ノベルティ撮影にご起用予定の九重 葵さんですが、事務所から妊娠中（安定期）との連絡がありました。\n"
    "ご本人は撮影に意欲的で、長時間の立ち仕事を避ければ問題ないとのことです。\n"
    "撮影を半日に短縮する形でよろしいか、ご確認いただけますでしょうか。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named model's pregnancy: health-related but not a diagnosis; judgement call")

# 089 — vendor companies with their 法人番号 to the accountant: businesses
_vend = ["有限会社デザインオフィス青海", "株式会社カゼフィルムズ", "株式会社アトリエ・ルミエール",
         "株式会社イベントワークス東京", "株式会社トーキョーライトレンタル", "合同会社リンガブリッジ"]
_lines = [f"{pad(v, 34)}T{_corp()}　{rng.choice(['東京都渋谷区', '東京都港区', '東京都中央区', '東京都目黒区'])}" for v in _vend]
add(89, "pass", frm("onodera"), ["森川 <morikawa@minato-kaikei.jp>"],
    "インボイス登録番号の確認済み取引先一覧",
    "森川様\n\nお世話になっております。小野寺です。\n国税庁の公表サイトで登録番号を確認済みの法人取引先一覧です。\n"
    "仕入税額控除の区分確認にお使いください。\n\n"
    + pad("取引先名", 34) + "登録番号　　　　　所在地\n" + "\n".join(_lines) +
    "\n\n個人事業主の方の分は、確認が済み次第お送りします。\n" + sig("onodera", 2),
    charset="iso-2022-jp",
    entities=["JP_CORPORATE_NUMBER"],
    note="companies' T-numbers and locations: a list of businesses")

# 090 — plain ZIP with a CSV of model profiles (six people) to the ad agency
_p = people(6)
_rows = [["name", "kana", "birth", "height", "agency", "mobile"]]
for p in _p:
    d = p["dob"].replace(year=rng.randrange(1994, 2004))
    _rows.append([p["name"], p["kata"], d.isoformat(), rng.randrange(158, 186), rng.choice(["オフィス翠", "アトリエ・ルミエール", "フリー"]), p["phone"]])
add(90, "stop", frm("miyasaka"), ["ブルーミント 江口様 <eguchi@bluemint-ad.co.jp>"],
    "オーディション参加者データ",
    "江口様\n\n宮坂です。1/14オーディション参加者のデータと宣材写真をZIPにまとめました。\n" + sig("miyasaka", 2),
    attachments=[{"kind": "zip", "name": "audition_0114.zip", "files": [
        {"kind": "csv", "name": "participants.csv", "rows": _rows, "encoding": "utf-8"},
        {"kind": "png", "name": "photos/001.png"}, {"kind": "png", "name": "photos/002.png"}]}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a ZIP holding a CSV of six models' birth dates and mobiles")

# 091 — model / talent agencies (companies) with switchboards
add(91, "pass", frm("miyasaka"), ["ハルカコスメティクス 野間様 <noma@haruka-cosme.co.jp>"],
    "モデル事務所のご紹介",
    "野間様\n\nお世話になっております。宮坂です。\n先日お話しした、弊社がよくお取引しているモデル事務所です。\n\n"
    "・株式会社アトリエ・ルミエール（渋谷区神宮前）TEL 03-6455-7120　女性モデル中心\n"
    "・オフィス翠株式会社（港区南青山）TEL 03-5774-0318　ナチュラル系に強い\n"
    "・スターフィールド・エージェンシー（目黒区青葉台）TEL 03-3780-2241　男性・シニア\n"
    "・キッズプロダクション ひまわり（世田谷区太子堂）TEL 03-3418-9050　子役\n"
    "・株式会社マリンブルー（大阪市北区）TEL 06-6372-1188　関西ロケ対応\n\n"
    "キャスティングは弊社で一括して手配できますので、お気軽にご相談ください。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    note="five agencies with switchboards: a list of businesses")

# 092 — two models' asthma and allergy noted for the location studio
add(92, "stop", frm("miyasaka"), ["ハウススタジオ月白 <info@tsukishiro-studio.jp>"],
    "2/5 撮影 出演者の健康上の配慮について",
    "ハウススタジオ月白 ご担当者様\n\nお世話になっております。日の出クリエイティブの宮坂です。\n"
    "2/5の撮影に際し、出演者の健康面で事前にお伝えしておきたいことがあります。\n\n"
    "【高畑 菜々子さん】\n　小児喘息の既往があり、スモークマシンの使用は控えてください。\n\n"
    "【栗栖 航さん】\n　猫アレルギー（医師の診断あり）。お庭の撮影で猫が入らないよう配慮をお願いします。\n\n"
    "当日は念のため、エピペン等の持参もお願いしております。\n" + sig("miyasaka", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="two named models' medical history (asthma, allergy) to a studio")

# 093 — six freelancers with public portfolio URLs and specialties only (either)
_p = people(6)
add(93, "either", frm("hayase"), ["ハルカコスメティクス 野間様 <noma@haruka-cosme.co.jp>"],
    "イラストレーター候補のご提案",
    "野間様\n\nお世話になっております。早瀬です。\nノベルティのイラストレーター候補です。作風はポートフォリオをご覧ください。\n\n"
    + "\n".join(f"{i}. {p['name']}　{rng.choice(['水彩', '線画', 'コラージュ', '版画風', '3DCG', 'ゆるキャラ'])}　"
                f"https://portfolio.example-art.jp/{p['romaji'].split()[1].lower()}"
                for i, p in enumerate(_p, 1)) +
    "\n\n気になる方がいれば、スケジュールと費用を確認いたします。\n" + sig("hayase", 2),
    charset="iso-2022-jp",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six freelancers' names with public portfolio links and styles: people list without contact data")

# 094 — forward (in body) of a freelancer's mail with her My Number, to the payroll BPO
_n94 = _mn()
add(94, "stop", frm("onodera"), ["ケイリサポート 支払調書チーム <chosho@keiri-support.co.jp>"],
    "転送：マイナンバーのご連絡（南雲様）",
    "ケイリサポート 支払調書チーム ご担当者様\n\n小野寺です。フォームがうまく使えなかったとのことで、\n"
    "ご本人からメールで届いてしまいました。支払調書の作成に使ってください。\n\n"
    "---------- 転送メッセージ ----------\nFrom: 南雲 瑞穂 <mizuho.nagumo@ezweb.ne.jp>\n日付: 2026年1月8日\n"
    "件名: マイナンバーのご連絡\n\n日の出産業 経理部 小野寺様\n\n"
    "フォームからアップロードできなかったので、こちらでお送りします。\n"
    f"マイナンバー：{fmt_mn(_n94, 2)}\n住所：千葉県市川市八幡3-22-5\n\nよろしくお願いいたします。\n南雲\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="a forwarded freelancer's mail with her My Number: a forward counts as new text")

# 095 — NDA draft with the design office (the document is about 機密, not marked)
add(95, "pass", frm("takeuchi"), ["デザインオフィス青海 大西様 <onishi@omi-design.jp>"],
    "秘密保持契約書（案）のご送付",
    "大西様\n\nお世話になっております。日の出産業 総務部の竹内です。\n"
    "来期の新規案件に先立ち、御社と秘密保持契約を締結させていただきたく、弊社ひな形をお送りします。\n"
    "修正のご希望があれば、変更履歴付きでお戻しください。\n" + sig("takeuchi", 1),
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_青海様.docx", "title": "秘密保持契約書",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」）と有限会社デザインオフィス青海（以下「乙」）は、"
                                 "甲乙間の取引に関して開示される機密情報の取扱いについて、次のとおり契約を締結する。",
                                 "第1条（機密情報の定義）本契約において機密情報とは、開示者が秘密である旨を明示して開示した"
                                 "技術上又は営業上の情報をいう。",
                                 "第2条（秘密保持義務）受領者は、機密情報を厳に秘密として保持し、第三者に開示してはならない。",
                                 "第5条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    charset="iso-2022-jp",
    note="an NDA draft: the words 機密/秘密 define terms, no classification stamp")

# 096 — XLSX with a title row, 25 staff with uniform sizes and mobiles, to the uniform rental shop
_p = people(25)
_rows = [["ひので展2026 ユニフォーム手配表"], ["提出日：2026/01/20"], ["No", "氏名", "性別", "身長", "サイズ", "靴", "携帯"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], "女" if p["female"] else "男", rng.randrange(150, 186),
                  rng.choice(["S", "M", "L", "XL"]), rng.choice([23, 24, 25, 26, 27, 28]), p["phone"]])
add(96, "stop", frm("shinonome"), ["ユニフォームレント東京 受注係 <order@uniform-rent.co.jp>"],
    "展示会スタッフ ユニフォームレンタルのご依頼",
    "ユニフォームレント東京 受注係 ご担当者様\n\nお世話になっております。日の出産業の東雲です。\n"
    "2月の展示会スタッフ25名分のユニフォーム（ポロシャツ・パンツ・スニーカー）のレンタルをお願いします。\n"
    "サイズは添付の手配表のとおりです。サイズ違いがあった場合は各自から直接ご連絡することがあります。\n" + sig("shinonome"),
    attachments=[{"kind": "xlsx", "name": "ユニフォーム手配表.xlsx", "sheets": {
        "手配表": _rows, "集計": [["サイズ", "枚数"], ["S", 5], ["M", 9], ["L", 8], ["XL", 3]]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="25 staff with body sizes and mobiles in an XLSX (title rows above the header)")

# 097 — English mail to an overseas translation agency about rates and the NDA
add(97, "pass", frm("arima"), ["Daniel Ortiz <d.ortiz@polyglot-works.com>"],
    "Re: Rates for Vietnamese and Korean",
    "Dear Daniel,\n\nThank you for the rate sheet. The rates for Korean (USD 0.11/word) and Vietnamese "
    "(USD 0.12/word) are within our budget. For Chinese we would need the 0.10 rate we discussed.\n\n"
    "Regarding the NDA: our legal team accepted your changes to clause 6 (return or destruction of "
    "confidential information). I will send the signed copy by DocuSign tomorrow.\n" + sig("arima", 3) + DISC_EN +
    "\n> Kenji,\n> please find our rates attached. Let me know about the NDA.\n> Daniel\n",
    note="rates and NDA talk with one overseas agency; disclaimer only")

# 098 — the manufacturer partner and a look-alike of it (co. dropped) in Cc
add(98, "stop", frm("hayase"), ["川崎電機 広報部 宮本様 <miyamoto@kawasaki-denki.co.jp>"],
    "会社紹介映像 ナレーション原稿（初稿）",
    "宮本様\n（cc：広報部 野口様）\n\nお世話になっております。日の出産業の早瀬です。\n"
    "会社紹介映像のナレーション原稿（初稿）を共有フォルダにアップしました。\n"
    "尺は約4分、読み上げで1,050字程度です。社名・製品名の読み方をご確認ください。\n" + sig("hayase", 2),
    cc=["野口様 <noguchi@kawasaki-denki.jp>"],
    charset="iso-2022-jp",
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="kawasaki-denki.jp in Cc: the partner's domain with 'co.' dropped")

# 099 — internal forward of a freelancer's invoice (bank account, T-number) to accounting
add(99, "pass", frm("morishita"), ["経理部 支払グループ <shiharai@hinode-sangyo.co.jp>"],
    "FW: 12月分ご請求書（阿久津）",
    "支払グループ御中\n\n制作部の森下です。カメラマンの阿久津さんから届いた請求書を転送します。\n検収済みです。\n\n"
    "---------- Forwarded message ---------\nFrom: 阿久津 拓海 <akutsu.photo@gmail.com>\n\n"
    "日の出産業 森下様\n\n12月分の請求書です。\n\n"
    f"　請求書番号：AK-2512\n　登録番号：T{_corp()}\n　撮影料：180,000円＋消費税18,000円\n"
    "　振込先：北辰銀行 池袋支店 普通 5512083 アクツ タクミ\n　住所：東京都練馬区豊玉北5-3-17\n\n阿久津\n",
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    note="a freelancer's invoice with bank account forwarded inside the company only")

# 100 — PPTX casting deck: five child models with birth dates and guardians' mobiles
_p = people(5)
_slides = [["子役キャスティング候補（TVCM 北国フーズ 春）", "候補5名 / 2月3日撮影"]]
for p in _p:
    d = _dob(2014, 2019)
    g = rng.choice(GIVEN_F)
    _slides.append([f"{p['name']}（{p['kata']}）", f"生年月日：{d.year}年{d.month}月{d.day}日",
                    f"身長：{rng.randrange(110, 145)}cm", f"保護者：{p['sei']} {g[0]}（母）",
                    f"保護者連絡先：{_phone()}", f"所属：キッズプロダクション ひまわり"])
add(100, "stop", frm("miyasaka"), ["カゼフィルムズ 南雲様 <nagumo@kaze-films.co.jp>"],
    "子役候補の資料",
    "南雲様\n\n宮坂です。TVCMの子役候補5名の資料です。\n監督とご確認いただき、2名に絞っていただけますか。\n" + sig("miyasaka", 2),
    attachments=[{"kind": "pptx", "name": "子役候補_北国フーズTVCM.pptx", "slides": _slides}],
    charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five child models' birth dates and their guardians' mobiles, one slide each")
