"""Blind evaluation corpus — area: gaibukenshu (外部研修・資格取得の人事事務).

Mail of 日の出産業株式会社 人事部 (人材開発課) and its neighbours (総務・安全衛生・経理・
情報システム・採用) about external training and certifications: 外部研修・公開講座の申込,
受講者名簿を研修会社へ, 資格試験の団体申込, 受講料の請求・支払, 修了証, e-learning の
アカウント登録, 技能講習, 海外研修, 内定者研修, 講師謝金.

Everything here is invented: every person, company (except the fictional organisation
and partners named in BRIEF.md), address, phone number, account and identifier.  The file
was written blind, from BRIEF.md, build.py and SPEC.md only, without reading mailguard's
code, rules, tests or the other corpus files.  My Numbers come from ``my_number(SEED + k)``
and card numbers from ``card_number(SEED + k)``; all other randomness from
``random.Random(SEED)``.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 33201
rng = random.Random(SEED)

MESSAGES: list[dict] = []

# -- small helpers ------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-./:()@", "０１２３４５６７８９－．／：（）＠")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as some people type them."""
    return s.translate(_ZEN)


def kata(s: str) -> str:
    """ひらがな → カタカナ."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, k, e = "平成", y - 1988, "H"
    else:
        era, k, e = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{k}年{m}月{d}日"
    if style == "short":
        return f"{e}{k}.{m}.{d}"
    if style == "zen":
        return zen(f"{e}{k}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "kanji_zen":
        return f"{era}{zen(str(k))}年{zen(str(m))}月{zen(str(d))}日"
    raise ValueError(style)


def corp_number(base12: str) -> str:
    """法人番号 (13 digits) with its check digit in front."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_MN = [0]
_CN = [0]


def next_my_number() -> str:
    v = my_number(SEED + _MN[0])
    _MN[0] += 1
    return v


def next_card() -> str:
    v = card_number(SEED + _CN[0])
    _CN[0] += 1
    return v


def add(n: int, expect: str, sender: str, to: list[str], subject: str, *,
        entities: list[str], detectors: list[str], note: str, **kw) -> None:
    m = {"id": f"gaibukenshu-{n:03d}", "sender": sender, "to": to, "subject": subject,
         "expect": expect, "entities": entities, "detectors": detectors, "note": note}
    m.update(kw)
    MESSAGES.append(m)


# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("五十嵐", "いがらし", "Igarashi"),
    ("長谷部", "はせべ", "Hasebe"), ("小鳥遊", "たかなし", "Takanashi"),
    ("百目鬼", "どうめき", "Domeki"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("九十九", "つくも", "Tsukumo"), ("鬼頭", "きとう", "Kito"), ("仁科", "にしな", "Nishina"),
    ("相楽", "さがら", "Sagara"), ("皆川", "みながわ", "Minagawa"), ("蓮見", "はすみ", "Hasumi"),
    ("乙部", "おとべ", "Otobe"), ("宍戸", "ししど", "Shishido"), ("日下部", "くさかべ", "Kusakabe"),
    ("鷲尾", "わしお", "Washio"), ("桐生", "きりゅう", "Kiryu"), ("外山", "とやま", "Toyama"),
    ("田中", "たなか", "Tanaka"), ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"),
    ("高橋", "たかはし", "Takahashi"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"), ("阿部", "あべ", "Abe"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡本", "おかもと", "Okamoto"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"), ("比嘉", "ひが", "Higa"),
    ("金城", "きんじょう", "Kinjo"), ("名嘉真", "なかま", "Nakama"), ("牛島", "うしじま", "Ushijima"),
    ("栗栖", "くりす", "Kurisu"), ("榊原", "さかきばら", "Sakakibara"), ("沓掛", "くつかけ", "Kutsukake"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("雲母", "きら", "Kira"), ("猪狩", "いかり", "Ikari"),
    ("東雲", "しののめ", "Shinonome"), ("馬場", "ばば", "Baba"), ("水野", "みずの", "Mizuno"),
    ("菅原", "すがわら", "Sugawara"), ("千葉", "ちば", "Chiba"), ("平野", "ひらの", "Hirano"),
]

GIVEN = [
    ("健太", "けんた", "Kenta", "男"), ("翔", "しょう", "Sho", "男"), ("大輔", "だいすけ", "Daisuke", "男"),
    ("悠斗", "ゆうと", "Yuto", "男"), ("直樹", "なおき", "Naoki", "男"), ("誠", "まこと", "Makoto", "男"),
    ("隆之", "たかゆき", "Takayuki", "男"), ("浩二", "こうじ", "Koji", "男"), ("蓮", "れん", "Ren", "男"),
    ("陽介", "ようすけ", "Yosuke", "男"), ("和也", "かずや", "Kazuya", "男"), ("啓太", "けいた", "Keita", "男"),
    ("修平", "しゅうへい", "Shuhei", "男"), ("昌弘", "まさひろ", "Masahiro", "男"),
    ("剛", "つよし", "Tsuyoshi", "男"), ("匠", "たくみ", "Takumi", "男"), ("優作", "ゆうさく", "Yusaku", "男"),
    ("彩香", "あやか", "Ayaka", "女"), ("真由美", "まゆみ", "Mayumi", "女"), ("由紀", "ゆき", "Yuki", "女"),
    ("千尋", "ちひろ", "Chihiro", "女"), ("葵", "あおい", "Aoi", "女"), ("結衣", "ゆい", "Yui", "女"),
    ("奈々", "なな", "Nana", "女"), ("理恵", "りえ", "Rie", "女"), ("香織", "かおり", "Kaori", "女"),
    ("恵子", "けいこ", "Keiko", "女"), ("智子", "ともこ", "Tomoko", "女"), ("亜希子", "あきこ", "Akiko", "女"),
    ("詩織", "しおり", "Shiori", "女"), ("麻衣", "まい", "Mai", "女"), ("早紀", "さき", "Saki", "女"),
]

PLACES = [
    ("神奈川県", "川崎市中原区", "新丸子東", "211-0004"), ("東京都", "大田区", "西蒲田", "144-0051"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("愛知県", "名古屋市昭和区", "御器所通", "466-0015"), ("大阪府", "豊中市", "庄内栄町", "561-0834"),
    ("静岡県", "浜松市中央区", "富塚町", "432-8002"), ("北海道", "札幌市白石区", "本通", "003-0026"),
    ("福岡県", "北九州市小倉北区", "三萩野", "802-0062"), ("宮城県", "仙台市若林区", "連坊", "984-0073"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113"), ("茨城県", "つくば市", "竹園", "305-0032"),
    ("群馬県", "高崎市", "飯塚町", "370-0069"), ("新潟県", "長岡市", "殿町", "940-0061"),
    ("東京都", "練馬区", "豊玉北", "176-0012"), ("神奈川県", "相模原市南区", "相模大野", "252-0303"),
    ("埼玉県", "川口市", "並木", "332-0034"), ("栃木県", "宇都宮市", "駒生町", "320-0072"),
]
BUILDINGS = ["", "", "", "", "コーポ若葉201", "メゾン緑ヶ丘305", "サンハイツ102", "グランシャリオ707",
             "ハイム桜1-B", "レジデンス東雲1104"]

DEPTS = ["営業一部", "営業二部", "製造部", "品質保証部", "物流部", "経理部", "総務部", "技術開発部",
         "購買部", "大阪支店", "名古屋営業所", "北関東工場 製造課", "北関東工場 保全課", "情報システム部",
         "海外事業部", "カスタマーサポート部"]
TITLES = ["", "", "", "主任", "係長", "課長代理", "課長"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def _person(i: int) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if (s[0], g[0]) not in _USED:
            _USED.add((s[0], g[0]))
            break
    y, mo, d = rng.randint(1966, 2002), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town, zipc = rng.choice(PLACES)
    street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    bld = rng.choice(BUILDINGS)
    mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "kata": kata(f"{s[1]} {g[1]}"),
        "roma": f"{g[2]} {s[2]}", "ROMA": f"{s[2].upper()} {g[2].upper()}",
        "sex": g[3], "dob": (y, mo, d), "age": 2025 - y - (1 if mo > 4 else 0),
        "pref": pref, "city": city, "town": town, "zip": zipc, "street": street, "bld": bld,
        "addr": f"{pref}{city}{town}{street}" + (f" {bld}" if bld else ""),
        "mobile": mob,
        "mail": f"{g[2].lower()}.{s[2].lower()}@hinode-sangyo.co.jp",
        "mail2": f"{s[2][0].lower()}-{g[2].lower()}@hinode-sangyo.co.jp",
        "private": f"{g[2].lower()}.{s[2][:4].lower()}{rng.randint(10, 99)}@{rng.choice(FREEMAIL)}",
        "emp": f"{rng.choice('1234')}{rng.randint(10000, 99999)}",
        "dept": rng.choice(DEPTS), "title": rng.choice(TITLES),
        "hire": (rng.randint(max(y + 18, 1990), 2024), rng.randint(1, 12), 1),
    }


_USED: set = set()
POOL = [_person(i) for i in range(520)]


def take(n: int) -> list[dict]:
    out = POOL[:n]
    del POOL[:n]
    return out


def ymd(p: dict, sep: str = "/") -> str:
    y, m, d = p["dob"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def ymd_kanji(p: dict) -> str:
    y, m, d = p["dob"]
    return f"{y}年{m}月{d}日"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2), as people align columns."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 1)


# -- senders and their signatures ---------------------------------------------------------

ONODERA = "小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 健 <saotome.ken@hinode-sangyo.co.jp>"
USAMI = "宇佐美 翔太 <usami.shota@hinode-sangyo.co.jp>"
SHOJI = "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>"
HOSAKA = "保坂 亜紀 <hosaka.aki@hinode-sangyo.co.jp>"
MAKABE = "真壁 拓海 <makabe.takumi@hinode-sangyo.co.jp>"
KUSUNOKI = "楠木 沙織 <kusunoki.saori@hinode-sangyo.co.jp>"
ENOMOTO = "榎本 由紀 <enomoto.yuki@hinode-sangyo.co.jp>"
HR_ADDR = "jinzai-kaihatsu@hinode-sangyo.co.jp"

SIG_ONODERA = """
――――――――――――――――――――
日の出産業株式会社 人事部 人材開発課
小野寺 美咲（おのでら みさき）
〒105-0014 東京都港区芝2-8-3 日の出ビル7F
TEL 03-5432-1180（直通）／内線 2231
E-mail onodera.misaki@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SAOTOME = """
--
日の出産業株式会社
人事部 人材開発課 課長　早乙女 健
TEL: 03-5432-1181  FAX: 03-5432-1199
saotome.ken@hinode-sangyo.co.jp"""

SIG_USAMI = """
****************************************
 日の出産業株式会社　人事部 人事課
 宇佐美 翔太  Shota Usami
 〒105-0014 東京都港区芝二丁目8番3号
 TEL 03-5432-1100（代表） 内線2204
****************************************"""

SIG_SHOJI = """
─────────────────
日の出産業(株) 総務部 安全衛生課
東海林 誠
北関東工場 〒370-0801 群馬県高崎市上並榎町1120
TEL 027-361-4400 / 携帯 080-2291-6634
─────────────────"""

SIG_HOSAKA = """
-------------------------------
日の出産業株式会社 経理部 経理課
保坂 亜紀
TEL 03-5432-1150 FAX 03-5432-1159
-------------------------------"""

SIG_MAKABE = """
==
Hinode Sangyo Co., Ltd. / 情報システム部
真壁 拓海 (Takumi Makabe)
03-5432-1170 / makabe.takumi@hinode-sangyo.co.jp"""

SIG_KUSUNOKI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 人事部 採用課
楠木 沙織
TEL：03-5432-1186
Mail：kusunoki.saori@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_ENOMOTO = """
------------------------------------------
日の出産業株式会社 北関東工場 総務課
榎本 由紀
TEL 027-361-4410（直通）
------------------------------------------"""

SIG_EN = """
Best regards,
Misaki Onodera
Human Resources Development, Hinode Sangyo Co., Ltd.
2-8-3 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5432-1180"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。宛先に誤りがある場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


# =========================================================================================
# 001–025
# =========================================================================================

# 001 — 公開講座の申込、6名を空白揃えの表で本文に貼付
_p = take(6)
_rows = "\n".join(
    f"{i + 1:>2}  {pad(p['name'], 14)}{pad(p['dept'], 20)}{pad(p['title'] or '－', 10)}"
    f"{pad(p['mail'], 38)}{p['mobile']}" for i, p in enumerate(_p))
add(1, "stop", ONODERA, ["公開講座事務局 <koukai-kouza@manabi-partners.co.jp>"],
    "【申込】新任管理者研修（7月15日・16日開催分）6名",
    charset="iso-2022-jp",
    body=f"""株式会社マナビ・パートナーズ
公開講座事務局 ご担当者様

いつもお世話になっております。
日の出産業の小野寺でございます。

標記講座につきまして、弊社より下記6名の受講を申し込みます。
当日の緊急連絡先として携帯番号も記載しておりますので、
受講票は各人のメールアドレス宛にお送りいただけますと幸いです。

No  氏名          所属                役職      メールアドレス                        携帯
--  ------------  ------------------  --------  ------------------------------------  -------------
{_rows}

請求書は人事部 人材開発課 小野寺宛にお願いいたします。
どうぞよろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six attendees with e-mail and mobile in a padded table to a training company: list of people")

# 002 — 一人分の申込（携帯つき）
_p = take(1)[0]
add(2, "pass", USAMI, ["東邦能率センター セミナー係 <seminar@toho-nouritsu.co.jp>"],
    "ロジカルシンキング基礎（8/22）受講申込",
    charset="shift_jis",
    body=f"""東邦能率センター
セミナー係 御中

お世話になります。日の出産業 人事課の宇佐美です。
貴センターの公開セミナー「ロジカルシンキング基礎」(8月22日・東京会場)に
1名申し込みをお願いいたします。

　受講者：{_p['name']}（{_p['kata']}）
　所　属：{_p['dept']}
　当日連絡先：{_p['mobile']}（本人携帯）

受講料は請求書払い（月末締め翌月末払い）でお願いできれば助かります。
ご確認のほどよろしくお願いいたします。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one attendee's name and mobile to a seminar organiser: one person, may warn, must go")

# 003 — 資格試験の団体申込（XLSX、タイトル行つき、自宅住所）
_p = take(8)
_sheet = [["2025年度 第2回 ビジネス実務検定 団体申込書"], ["団体名：日の出産業株式会社"], [],
          ["No", "受験級", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所（合否通知送付先）"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, rng.choice(["2級", "3級", "2級"]), p["name"], p["kata"], ymd(p), p["sex"],
                   p["zip"], p["addr"]])
add(3, "stop", ONODERA, ["団体受付係 <dantai@jbjk.or.jp>"],
    "第2回ビジネス実務検定 団体申込書の送付（日の出産業）",
    charset="shift_jis",
    body=f"""一般社団法人 日本ビジネス実務検定協会
団体受付係 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の小野寺です。

第2回ビジネス実務検定の団体申込書を添付にてお送りいたします。
今回は2級・3級あわせて8名の申込です。
合否通知は受験者の自宅宛に直接ご送付いただけるとのことでしたので、
住所欄には各自の自宅住所を記載しております。

検定料の振込は請求書到着後に手配いたします。
ご査収のほど、よろしくお願いいたします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "団体申込書_日の出産業_第2回.xlsx",
                  "sheets": {"申込者一覧": _sheet,
                             "申込担当": [["担当者", "小野寺 美咲"], ["部署", "人事部 人材開発課"],
                                          ["電話", "03-5432-1180"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight examinees with birth dates and home addresses in an XLSX to the exam body")

# 004 — e-learning アカウント登録 CSV（氏名列なし、社員番号とメール）
_p = take(40)
_rows = [["login_id", "email", "dept_code", "role", "course_group"]]
for p in _p:
    _rows.append([p["emp"], p["mail"], f"D{rng.randint(100, 399)}", "learner",
                  rng.choice(["COMP2025", "COMP2025", "SEC-BASIC"])])
add(4, "stop", MAKABE, ["SkillCloud 導入支援 <cs-onboarding@skillcloud.jp>"],
    "アカウント一括登録用CSVの送付（日の出産業 / 第1弾 40名）",
    charset="utf-8",
    body=f"""株式会社スキルクラウド
導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の真壁です。

先日のお打ち合わせで決めたフォーマットで、一括登録用のCSVを作成しました。
まず第1弾として40名分です。氏名は不要とのことでしたので、
社員番号をログインIDとし、会社のメールアドレスと部署コードのみ入れています。
文字コードは UTF-8 (BOMなし) です。

登録完了後、初期パスワード通知メールの送信日をご連絡ください。
{SIG_MAKABE}
""",
    attachments=[{"kind": "csv", "name": "hinode_users_batch1.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forty employees' login id + e-mail rows, no name column, to the e-learning vendor")

# 005 — e-learning 導入の相談（個人情報・秘密保持の言及のみ）
add(5, "pass", MAKABE, ["SkillCloud サポート <support@skillcloud.jp>"],
    "SAML連携と受講データの取扱いについての確認",
    charset="utf-8",
    body=f"""スキルクラウド サポートご担当者様

お世話になっております。日の出産業の真壁です。
導入前の確認事項として、以下3点教えてください。

1. SAML 2.0 によるSSO連携は Standardプランでも利用可能でしょうか。
   IdP は社内の Entra ID を想定しています。
2. 受講履歴データ（個人情報を含む）の保管場所は国内リージョンのみでしょうか。
3. 秘密保持契約（NDA）は貴社ひな形での締結で問題ありません。
   法務確認のため、最新版のひな形をお送りいただけますか。

なお、個人情報の取扱いに関する委託先チェックシートも別途ご記入を
お願いすることになるかと思います。その際はあらためてご連絡します。
{SIG_MAKABE}
""",
    entities=[], detectors=[],
    note="questions about SSO, data location and an NDA: mentions only, no personal data")

# 006 — フォークリフト技能講習、5名分を1人1ブロックで（免許証番号・生年月日・住所）
_p = take(5)
_blocks = []
for i, p in enumerate(_p):
    lic = f"{rng.choice(['45', '48', '30', '52'])}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.randint(0, 2)}"
    _blocks.append(f"""■{i + 1}人目
　氏名　　　：{p['name']}（{p['kana']}）
　生年月日　：{wareki(*p['dob'])}
　住所　　　：〒{p['zip']} {p['addr']}
　運転免許証：第{lic}号（普通）""")
_blocks = "\n\n".join(_blocks)
add(6, "stop", SHOJI, ["中部安全技能講習センター 受付 <uketsuke@chubu-anzen.or.jp>"],
    "フォークリフト運転技能講習（31時間コース）受講申込について",
    charset="iso-2022-jp",
    body=f"""中部安全技能講習センター
受付ご担当　様

いつもお世話になっております。
日の出産業 北関東工場の東海林です。

9月期のフォークリフト運転技能講習（31時間コース）に、
当社従業員5名の受講を申し込みます。
申込書の記載内容を以下に転記します。本人確認書類は運転免許証です。

{_blocks}

受講料は一括で当社より振り込みます。
不足事項がございましたらご指摘ください。
{SIG_SHOJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="five workers' licence numbers, birth dates and home addresses, one block each, to a training centre")

# 007 — 受講料を法人カードで支払う（カード番号を本文に）
_c = next_card()
_c_fmt = " ".join(_c[i:i + 4] for i in range(0, 16, 4))
add(7, "stop", HOSAKA, ["セミナー係 <seminar@toho-nouritsu.co.jp>"],
    "Re: 受講料のお支払い方法について（日の出産業）",
    charset="iso-2022-jp",
    body=f"""東邦能率センター セミナー係 ご担当者様

お世話になっております。日の出産業 経理部の保坂です。
受講料（2名分 96,800円）は、ご案内いただいたとおりカード決済でお願いいたします。

　カード番号：{_c_fmt}
　有効期限　：11/28
　名義　　　：HINODE SANGYO CO LTD
　セキュリティコードはお電話でお伝えします。

決済完了後、領収書をPDFでお送りいただけますと助かります。
{SIG_HOSAKA}
""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a corporate card number written out in the body to a seminar organiser")

# 008 — 請求書の再発行依頼（相手方の登録番号＝法人番号）
_t = corp_number("0104" + f"{rng.randint(0, 99999999):08d}")
add(8, "pass", HOSAKA, ["マナビ・パートナーズ 経理 <seikyu@manabi-partners.co.jp>"],
    "請求書再発行のお願い（請求書No. MP-2507-0412）",
    charset="shift_jis",
    body=f"""株式会社マナビ・パートナーズ
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の保坂です。

7月分の研修費用のご請求（請求書No. MP-2507-0412、金額 ￥363,000-）について、
適格請求書の記載事項として登録番号の記載が漏れておりました。
貴社の登録番号は T{_t} と伺っておりますので、
こちらを記載のうえ再発行いただけますでしょうか。

あわせて、宛名を「日の出産業株式会社 人事部」に修正願います。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_HOSAKA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice re-issue with the vendor's T-number and an invoice number: business data, must go")

# 009 — 聴覚障害のある受講者の配慮依頼（1名でも要配慮）
_p = take(1)[0]
add(9, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "受講にあたっての配慮のお願い（7/15 新任管理者研修）",
    charset="iso-2022-jp",
    body=f"""マナビ・パートナーズ
平塚様

お世話になっております。日の出産業の小野寺です。

先日お申し込みした新任管理者研修の受講者のうち、{_p['dept']}の{_p['name']}について
ご相談です。{_p['sei']}は感音性難聴による聴覚障害があり（身体障害者手帳 4級）、
講義の音声だけでは内容を追うのが難しい状況です。

つきましては、
　・前方の席のご用意
　・要約筆記、またはUDトーク等の文字表示のご検討
　・グループワーク時に話者が分かるような進行
をお願いできないでしょうか。本人の了承は得ております。

ご対応可否をご教示ください。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named attendee's hearing disability and disability certificate grade: 要配慮個人情報 of one person")

# 010 — 返信（受講者一覧は相手からの引用部分のみ）
_p = take(4)
_q = "\n".join(f"> ・{p['name']} 様（{p['dept']}）携帯 {p['mobile']}" for p in _p)
add(10, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "Re: 受講票送付のご案内（新任管理者研修）",
    charset="iso-2022-jp",
    body=f"""平塚様

受講票の送付、ありがとうございました。
会場地図も本人たちに転送済みです。当日はよろしくお願いいたします。

小野寺

> 日の出産業株式会社 小野寺様
>
> いつもお世話になっております。マナビ・パートナーズの平塚です。
> 以下の皆様宛に受講票をメールでお送りしましたのでご確認ください。
>
{_q}
>
> 当日は9:30より受付を開始いたします。
""",
    entities=[], detectors=[],
    note="the attendee list is only in the quoted vendor mail (> lines); new text is a thank-you")

# 011 — 修了証印刷データ（錦印刷、28名、和暦の生年月日）
_p = take(28)
_sheet = [["第12期 中堅社員研修 修了証 印刷データ"], [],
          ["修了証番号", "氏名", "生年月日", "修了年月日"]]
for i, p in enumerate(_p):
    _sheet.append([f"HS-12-{i + 1:03d}", p["name2"], wareki(*p["dob"]), "令和7年6月27日"])
add(11, "stop", ONODERA, ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "修了証の印刷依頼（データ送付）",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
先日お見積りいただいた修了証（A4・賞状用紙・金枠）の印刷データをお送りします。

・部数：28枚（予備用紙 5枚）
・差し込み項目：修了証番号／氏名／生年月日／修了年月日
・納期：7月4日（金）弊社着

氏名の外字（「﨑」「髙」など）がある場合はご連絡ください。
{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "修了証差込データ_第12期.xlsx",
                  "sheets": {"差込データ": _sheet}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="28 names with birth dates (和暦) for certificate printing, XLSX to a partner printer")

# 012 — 錦印刷へ用紙の注文（品番・単価のみ）
add(12, "pass", ENOMOTO, ["錦印刷 受注センター <juchu@nishiki-insatsu.co.jp>"],
    "賞状用紙・修了証ホルダーの追加注文",
    charset="shift_jis",
    body=f"""錦印刷株式会社 受注センター 御中

いつもお世話になっております。
日の出産業 北関東工場 総務課の榎本です。
下記のとおり追加で注文いたします。

　品番　　　　品名　　　　　　　　　数量　　単価
　SJ-A4-GK　賞状用紙A4 金枠　　　　200枚　　 ＠38
　HD-A4-NV　証書ホルダー 紺　　　　 50冊　　＠420
　EN-K2-WH　角2封筒 白　　　　　　 100枚　　 ＠12

納品先：北関東工場 総務課（〒370-0801 群馬県高崎市上並榎町1120）
前回の注文番号は NS-240918-033 です。
{SIG_ENOMOTO}
""",
    entities=[], detectors=[],
    note="stationery order with product codes, prices and the company's own delivery address")

# 013 — ツバサシステムの綴り違い（sytem）
add(13, "stop", MAKABE, ["ツバサシステム 川端様 <kawabata@tsubasa-sytem.jp>"],
    "LMS更新作業の日程について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
川端様

お世話になっております。日の出産業の真壁です。

研修管理システム（LMS）のバージョンアップ作業ですが、
8月9日（土）10:00〜15:00 で社内調整がつきました。
作業中は e-learning の受講を停止する旨、社内告知を出しておきます。

当日の立会いは私と人事の小野寺の2名です。
よろしくお願いいたします。
{SIG_MAKABE}
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a one-letter typo of partner tsubasa-system.jp")

# 014 — 合同新入社員研修の案内を3社の人事に To で一斉送信
add(14, "stop", SAOTOME,
    ["川崎電機 人事部 三好様 <miyoshi.h@kawasaki-denki.co.jp>",
     "北国フーズ 総務人事課 大泉様 <oizumi@kitaguni-foods.co.jp>",
     "青葉運輸 管理部 須藤様 <sudo-k@aoba-unyu.co.jp>"],
    "2026年度 合同新入社員研修 日程（案）のご共有",
    charset="iso-2022-jp",
    body=f"""各社ご担当者様

いつもお世話になっております。日の出産業 人材開発課の早乙女です。
来年度の合同新入社員研修について、日程案を共有いたします。

　4月7日（火）　オリエンテーション・ビジネスマナー（日の出ビル 大会議室）
　4月8日（水）　報連相・ロジカルコミュニケーション
　4月9日（木）　グループワーク（4社混成チーム）
　4月10日（金）　工場見学（川崎電機様 川崎事業所）

各社の参加予定人数を、1月末までにお知らせいただけますでしょうか。
講師は例年どおりマナビ・パートナーズ様に依頼予定です。
{SIG_SAOTOME}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three partner companies' HR contacts openly in To: should have been Bcc")

# 015 — 研修会社と会場ホテルの2社（通常の三者間）
add(15, "pass", ONODERA,
    ["平塚 様 <hiratsuka@manabi-partners.co.jp>", "さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "9/4 管理職研修 会場レイアウトの件",
    cc=["早乙女 健 <saotome.ken@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""マナビ・パートナーズ 平塚様
さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業の小野寺です。
9月4日の管理職研修（会場：さくらホテル 2F 「桜の間」）について、
講師の平塚様からのご要望をふまえ、レイアウトを以下でお願いできればと存じます。

・島型 6名×5卓（計30名）
・プロジェクター・スクリーン 1式、ホワイトボード 2台
・講師用ピンマイク 1本
・昼食は11:45〜 同会場内でお弁当

平塚様、機材で不足があればホテル様に直接ご相談いただいて構いません。
{SIG_ONODERA}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="training company and venue hotel in one mail: two external organisations, normal three-way mail")

# 016 — パスワード付きZIP（PPAP）
_p = take(9)
_csv = [["氏名", "所属", "携帯電話"]] + [[p["name"], p["dept"], p["mobile"]] for p in _p]
add(16, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "【マナビ・パートナーズ様】受講者名簿の送付（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""平塚様

お世話になっております。日の出産業の小野寺です。
9月4日の管理職研修の受講者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "受講者名簿_0904.zip", "password": "Kz7#mP2q",
                  "files": [{"kind": "csv", "name": "受講者名簿_0904.csv", "rows": _csv}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected")

# 017 — パスワードの別送メール
add(17, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "【パスワード】受講者名簿の送付（パスワード別送）",
    charset="iso-2022-jp",
    body="""平塚様

先ほどお送りしたファイルのパスワードをお知らせします。

　Kz7#mP2q

よろしくお願いいたします。
日の出産業 小野寺
""",
    entities=[], detectors=[],
    note="only the ZIP password follows: no attachment, no personal data")

# 018 — 海外研修、旅行会社へ旅券番号
_p = take(3)
_lines = "\n".join(
    f"  {i + 1}. {p['ROMA']:<22} DOB {p['dob'][2]:02d}/{p['dob'][1]:02d}/{p['dob'][0]}  "
    f"旅券番号 T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}  有効期限 20{rng.randint(27, 34)}/0{rng.randint(1, 9)}/1{rng.randint(0, 9)}"
    for i, p in enumerate(_p))
add(18, "stop", ONODERA, ["旅路トラベル 法人営業部 <corporate@tabiji-travel.co.jp>"],
    "シンガポール海外研修（10/20〜10/25）航空券手配の情報",
    charset="utf-8",
    body=f"""旅路トラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 人材開発課の小野寺です。
海外研修（シンガポール）の航空券・ホテル手配に必要な情報をお送りします。
パスポート記載どおりのローマ字表記です。

{_lines}

座席は3名並びでお願いできればと思います。
ホテルはシングル×3室、朝食付きで結構です。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="three trainees' passport numbers and birth dates to a travel agency")

# 019 — 日本語研修、在留カード番号
_f = [("グエン・ヴァン・ミン", "NGUYEN VAN MINH", "ベトナム", "1997年3月14日"),
      ("ラマ・スマン", "LAMA SUMAN", "ネパール", "1995年11月2日")]
_lines = "\n".join(
    f"{i + 1}）{j}（{r}）\n　　国籍：{c}　生年月日：{d}\n　　在留カード番号：{a}{rng.randint(10000000, 99999999)}{b}"
    for i, ((j, r, c, d), a, b) in enumerate(zip(_f, ["UH", "RN"], ["FA", "KC"])))
add(19, "stop", KUSUNOKI, ["みらい日本語アカデミー 法人窓口 <houjin@mirai-nihongo.jp>"],
    "外国籍社員向け日本語研修（N3対策コース）の申込",
    charset="utf-8",
    body=f"""みらい日本語アカデミー
法人窓口 ご担当者様

お世話になっております。日の出産業 人事部の楠木です。
N3対策コース（火・木 18:30〜20:00）に、下記2名の受講を申し込みます。
入学手続きに在留カード情報が必要とのことでしたので記載します。

{_lines}

いずれも北関東工場勤務のため、オンラインクラスを希望します。
{SIG_KUSUNOKI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="two employees' residence card numbers to a language school: identity document numbers")

# 020 — 社労士にマイナンバー研修の講師依頼（言葉の言及のみ）
add(20, "pass", SAOTOME, ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
    "社内研修「マイナンバー・個人情報の取扱い」講師ご依頼の件",
    charset="iso-2022-jp",
    body=f"""やまぶき社会保険労務士事務所
山吹先生

いつも大変お世話になっております。日の出産業の早乙女です。
先日お電話でご相談した社内研修の件、正式にご依頼申し上げます。

　日時　：10月16日（木）14:00〜16:00
　対象　：人事・総務・経理の実務担当者 約25名
　テーマ：マイナンバー（個人番号）と特定個人情報の安全管理措置
　　　　　／要配慮個人情報の取扱い／漏えい時の報告義務

社内で実際にあった「名簿の誤送信」のヒヤリハット事例も
ご紹介いただけるとありがたいです（事例は匿名化してお渡しします）。
謝金・交通費は前回同様の条件でお願いできますでしょうか。
{SIG_SAOTOME}
""",
    entities=[], detectors=[],
    note="talks about My Number and sensitive data as training topics: no one's data")

# 021 — 助成金申請で社労士へ1名分の基礎年金番号
_p = take(1)[0]
add(21, "stop", USAMI, ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
    "人材開発支援助成金　追加資料の件",
    charset="shift_jis",
    body=f"""山吹先生

お世話になっております。日の出産業 人事課の宇佐美です。
労働局から照会のあった受講者1名分について、確認できた情報をお送りします。

　氏名　　　　　　　：{_p['name']}
　生年月日　　　　　：{wareki(*_p['dob'], style='kanji')}
　雇用保険被保険者番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}
　基礎年金番号　　　：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　訓練期間中の賃金　：支給済み（7月度給与明細を後送します）

他に必要なものがあればご指示ください。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one employee's basic pension number and birth date to a labour consultant")

# 022 — 社内のみ：マイナンバー入りの一覧を給与担当へ
_p = take(4)
_lines = "\n".join(f"{p['emp']}\t{p['name']}\t{next_my_number()}\t{p['dept']}" for p in _p)
add(22, "pass", USAMI, ["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    "教育訓練給付関連の雇用保険手続き（個人番号）",
    cc=["早乙女 健 <saotome.ken@hinode-sangyo.co.jp>"],
    charset="utf-8",
    body=f"""給与チーム各位

人事課 宇佐美です。
専門実践教育訓練給付の受給資格確認に伴う雇用保険の手続きで、
下記4名の個人番号が必要になりました。個人番号台帳から転記しています。
手続き終了後は本メールを削除してください。

社員番号\t氏名\t個人番号\t所属
{_lines}

宇佐美
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of four employees, but every recipient is internal: must go")

# 023 — 本人の申告（てんかん）を講習所へ転送
_p = take(1)[0]
add(23, "stop", SHOJI, ["中部安全技能講習センター 受付 <uketsuke@chubu-anzen.or.jp>"],
    "FW: 技能講習の受講について相談です",
    charset="iso-2022-jp",
    body=f"""受付ご担当　様

東海林です。先日お電話でご相談した件、本人から届いたメールを転送します。
実技講習の際の配慮についてご検討いただけますでしょうか。

-------- 転送メッセージ --------
差出人: {_p['name']} <{_p['mail']}>
宛先: 東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>
件名: 技能講習の受講について相談です

東海林さん

{_p['dept']}の{_p['sei']}です。
来月の玉掛け技能講習の件で、事前にお伝えしておきたいことがあります。
私は高校生の頃からてんかんの持病があり、現在も服薬でコントロールしています。
ここ5年ほど発作は出ていませんが、睡眠不足のときに不安があるため、
講習が連日朝早い場合は配慮いただけると助かります。
主治医の意見書が必要であれば用意します。

{_p['sei']}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to the recipient) of an employee's epilepsy disclosure: 病歴 of a named person")

# 024 — 返信：元メール（Original Message）に名簿、新しい本文は日程のみ
_p = take(6)
_q = "\n".join(f"{p['name']}　{p['dept']}　{p['mobile']}" for p in _p)
add(24, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "RE: 【申込】OJTトレーナー研修",
    charset="shift_jis",
    body=f"""平塚様

日程変更（10/2 → 10/9）の件、承知いたしました。
6名とも10/9で参加可能であることを確認済みです。
会場は変わらず御社研修ルームとのこと、ありがとうございます。

小野寺

-----Original Message-----
From: 小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>
Sent: Wednesday, August 20, 2025 4:12 PM
To: 平塚 <hiratsuka@manabi-partners.co.jp>
Subject: 【申込】OJTトレーナー研修

平塚様

OJTトレーナー研修に以下6名を申し込みます。

{_q}

よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted original (-----Original Message-----); the recipient already has it")

# 025 — HTMLのみのメール、英語研修会社へ7名の表
_p = take(7)
_tr = "\n".join(
    f"<tr><td>{p['roma']}</td><td>{p['dept']}</td><td>{p['mail']}</td>"
    f"<td>+81-{p['mobile'][1:]}</td><td>{rng.randint(38, 86) * 10}</td></tr>" for p in _p)
add(25, "stop", ONODERA, ["LingoBridge Corporate Training <training@lingobridge.com>"],
    "Participants for the Business English Intensive (Nov cohort)",
    charset="utf-8",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ms. Tan,</p>
<p>Thank you for the placement test arrangements. Please find below the seven participants
from Hinode Sangyo for the November cohort of the Business English Intensive.
Their mobile numbers are for the trainer's WhatsApp group only.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Name</th><th>Department</th><th>E-mail</th><th>Mobile</th><th>TOEIC</th></tr>
{_tr}
</table>
<p>Could you send the login details for the online sessions to each participant directly?</p>
<p>Best regards,<br>Misaki Onodera<br>Human Resources Development, Hinode Sangyo Co., Ltd.<br>
Tel: +81-3-5432-1180</p>
</body></html>""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of seven participants' e-mail and mobile to a foreign trainer")

# =========================================================================================
# 026–050
# =========================================================================================

# 026 — 英語研修会社への日程・料金の相談（英文ディスクレーマーのみ）
add(26, "pass", ONODERA, ["Grace Tan <grace.tan@lingobridge.com>"],
    "RE: Quotation for Business English Intensive - FY2025",
    charset="utf-8",
    body=f"""Dear Grace,

Thank you for the revised quotation (Ref. LB-Q-25-0917).
We would like to go ahead with the following:

  Course                          Sessions   Fee per head (JPY)
  ------------------------------  ---------  ------------------
  Business English Intensive B1   12 x 90m   118,000
  Presentation Skills Workshop    2 x 180m    46,000

We expect around 8 participants for the November cohort; I will send the final
names once the internal nomination closes on 10 October.
Could you also confirm whether the placement test can be taken from a smartphone?
{SIG_EN}
{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="price table and a quotation reference with the standard confidentiality disclaimer")

# 027 — 英語の研修ニーズ調査（Internal Only のマーキング付き DOCX）
add(27, "stop", SAOTOME, ["Grace Tan <grace.tan@lingobridge.com>"],
    "Training needs summary for your proposal",
    charset="utf-8",
    body="""Dear Grace,

As discussed, I attach our internal summary of the English training needs by division
so that you can tailor the proposal. Please let me know if anything is unclear.

Kind regards,
Ken Saotome
Manager, Human Resources Development
Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "docx", "name": "Training_Needs_FY2025.docx",
                  "title": "Training Needs Assessment FY2025",
                  "page_header": "CONFIDENTIAL - INTERNAL ONLY",
                  "paragraphs": ["Training Needs Assessment FY2025 (Hinode Sangyo)",
                                 "1. Overseas expansion plan (ASEAN) requires 30 English-capable staff by FY2027.",
                                 "2. Current TOEIC average by division is below 500 in Sales and Logistics.",
                                 "3. Budget ceiling for external language training: JPY 9.6m."],
                  "tables": [[["Division", "Headcount", "Target level", "Priority"],
                              ["Overseas Business", "24", "B2", "High"],
                              ["Sales", "118", "B1", "Medium"],
                              ["Logistics", "63", "A2", "Low"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="attached DOCX carries a 'CONFIDENTIAL - INTERNAL ONLY' header stamp, sent outside")

# 028 — 選抜研修の候補者一覧（氏名なし、部外秘ヘッダ）をコンサルへ
_p = take(10)
_sheet = [["次世代リーダー育成プログラム 候補者一覧（2025年度）"], [],
          ["社員番号", "生年月日", "入社年", "等級", "直近評価(2期)", "上長推薦コメント"]]
for p in _p:
    _sheet.append([p["emp"], ymd(p, "-"), p["hire"][0], rng.choice(["M1", "S3", "S2"]),
                   rng.choice(["A/A", "A/B+", "S/A", "B+/A"]),
                   rng.choice(["視座が高い", "部下育成に課題", "海外志向あり", "数値管理に強い"])])
add(28, "stop", SAOTOME, ["人材開発コンサルティング 安斎様 <anzai@jinzai-kaihatsu.jp>"],
    "アセスメント対象者リスト送付の件",
    charset="iso-2022-jp",
    body=f"""人材開発コンサルティング株式会社
安斎様

お世話になっております。日の出産業の早乙女です。
次世代リーダー育成プログラムの事前アセスメント対象者のリストをお送りします。
氏名は伏せて社員番号のみとしております。
当日の受付で照合用の氏名一覧をお渡しします。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "xlsx", "name": "アセスメント対象者_2025.xlsx",
                  "page_header": "部外秘", "sheets": {"対象者": _sheet}}],
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data", "confidential_marking"],
    note="ten candidates' birth dates and appraisal grades by employee number (no names), XLSX stamped 部外秘")

# 029 — 社内のみ：選抜候補者（部外秘）を役員へ
_p = take(8)
_lines = "\n".join(f"　{i + 1}. {p['name']}（{p['dept']}）　評価 {rng.choice(['A/A', 'S/A', 'A/B+'])}"
                   for i, p in enumerate(_p))
add(29, "pass", SAOTOME, ["常務取締役 蔵前 <kuramae.t@hinode-sangyo.co.jp>"],
    "【部外秘】次世代リーダー育成プログラム 候補者のご報告",
    cc=["人事部長 宮永 <miyanaga.s@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""蔵前常務

人材開発課の早乙女です。
標記プログラムの候補者8名が各本部から推薦されましたのでご報告します。

{_lines}

10月の経営会議で最終承認をいただく予定です。
本メールは部外秘につき、転送はお控えください。

早乙女
""",
    entities=["PERSON_NAME"], detectors=[],
    note="部外秘 candidate list with names and grades, but all recipients are internal")

# 030 — 玉掛け技能講習、旧形式 XLS（半角カナ・電話・住所）
_p = take(12)
_sheet = [["No", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話番号"]]


def _hankaku(s: str) -> str:
    table = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポャュョッー ",
                     ["ｱ", "ｲ", "ｳ", "ｴ", "ｵ", "ｶ", "ｷ", "ｸ", "ｹ", "ｺ", "ｻ", "ｼ", "ｽ", "ｾ", "ｿ", "ﾀ", "ﾁ", "ﾂ", "ﾃ", "ﾄ",
                      "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", "ﾊ", "ﾋ", "ﾌ", "ﾍ", "ﾎ", "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ", "ﾔ", "ﾕ", "ﾖ",
                      "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｶﾞ", "ｷﾞ", "ｸﾞ", "ｹﾞ", "ｺﾞ", "ｻﾞ", "ｼﾞ", "ｽﾞ",
                      "ｾﾞ", "ｿﾞ", "ﾀﾞ", "ﾁﾞ", "ﾂﾞ", "ﾃﾞ", "ﾄﾞ", "ﾊﾞ", "ﾋﾞ", "ﾌﾞ", "ﾍﾞ", "ﾎﾞ", "ﾊﾟ", "ﾋﾟ",
                      "ﾌﾟ", "ﾍﾟ", "ﾎﾟ", "ｬ", "ｭ", "ｮ", "ｯ", "ｰ", " "]))
    return "".join(table.get(c, c) for c in s)


for i, p in enumerate(_p):
    _sheet.append([i + 1, p["name"], _hankaku(p["kata"]), wareki(*p["dob"], style="short"),
                   p["addr"], p["mobile"]])
add(30, "stop", SHOJI, ["関東クレーン技能協会 講習課 <koushu@kanto-ginou.or.jp>"],
    "玉掛け技能講習　受講者名簿（日の出産業・12名）",
    charset="shift_jis",
    body=f"""関東クレーン技能協会
講習課　御中

お世話になっております。日の出産業 北関東工場 安全衛生課の東海林です。
11月期 玉掛け技能講習の受講者名簿（12名）を添付いたします。
協会指定の様式が古いExcel形式でしたので、そのまま .xls で保存しています。

受講票の送付先は工場総務課（榎本）宛でお願いします。
{SIG_SHOJI}
""",
    attachments=[{"kind": "xls", "name": "tamakake_meibo_hinode.xls",
                  "sheets": {"名簿": _sheet}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="twelve trainees with birth dates, home addresses and phones in a legacy XLS")

# 031 — 研修会場の候補一覧（施設の代表番号・住所のみ）
add(31, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "合宿研修の会場候補について",
    charset="utf-8",
    body=f"""平塚様

お世話になっております。日の出産業の小野寺です。
2泊3日の合宿研修の会場候補を総務でリストアップしました。
講師のお立場から、設備面で気になる点があればご意見ください。

施設名                    所在地                          代表電話       定員
------------------------  ------------------------------  -------------  ----
さくらホテル 箱根          神奈川県足柄下郡箱根町仙石原1285  0460-84-5511    60
研修センター森の郷         静岡県御殿場市東山932-4          0550-82-3301    80
ホテル湖月                 山梨県南都留郡富士河口湖町船津27  0555-72-1170    45
KKR高原ロッジ（旧保養所）  長野県北佐久郡軽井沢町長倉2140   0267-45-0218    40

いずれも9月の平日は空きがあるとのことです。
{SIG_ONODERA}
""",
    entities=[], detectors=[],
    note="a list of venues with switchboard numbers and addresses: businesses, not people")

# 032 — 取引先人事へ研修会社の紹介（会社の代表番号のみ）
add(32, "pass", SAOTOME, ["川崎電機 人事部 三好様 <miyoshi.h@kawasaki-denki.co.jp>"],
    "Re: おすすめの研修会社について",
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。早乙女です。
先日の人事交流会でお話しした研修会社ですが、弊社で実績のあるところを挙げておきます。

・株式会社マナビ・パートナーズ（階層別・公開講座）　代表 03-6811-2400
・東邦能率センター（ロジカルシンキング、問題解決）　代表 03-3288-7001
・LingoBridge Pte. Ltd.（英語研修、オンライン可）　 +65-6221-0900
・中部安全技能講習センター（フォークリフト等の技能講習） 代表 052-611-0843

いずれも窓口は代表電話から「法人研修の相談」と伝えれば担当につないでもらえます。
弊社からの紹介と言っていただいて構いません。
{SIG_SAOTOME}

> 早乙女様
> 先日はありがとうございました。お話に出ていた研修会社の連絡先を
> 教えていただけますでしょうか。
> 川崎電機 三好
""",
    entities=[], detectors=[],
    note="training companies' switchboards for a partner's HR: a business list")

# 033 — PDFの受験者一覧（受験番号・氏名・生年月日）
_p = take(6)
_tab = [["受験番号", "氏名", "フリガナ", "生年月日", "受験区分"]]
for i, p in enumerate(_p):
    _tab.append([f"25B{rng.randint(10000, 99999)}", p["name"], p["kata"], ymd_kanji(p), "一般"])
add(33, "stop", USAMI, ["CBT検定センター 団体窓口 <dantai@cbt-kentei.jp>"],
    "情報セキュリティ実務検定　団体受験者一覧の提出",
    charset="iso-2022-jp",
    body=f"""CBT検定センター
団体窓口 ご担当者様

お世話になっております。日の出産業株式会社 人事課の宇佐美です。
10月実施分の団体受験者一覧（6名）をPDFにてお送りします。
受験番号は貴センターの申込システムで払い出されたものを転記しています。
{SIG_USAMI}
""",
    attachments=[{"kind": "pdf", "name": "団体受験者一覧_日の出産業.pdf",
                  "title": "団体受験者一覧", "lines": ["情報セキュリティ実務検定 団体受験者一覧",
                                                    "団体名：日の出産業株式会社　担当：人事課 宇佐美", ""],
                  "table": _tab}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six examinees' names, birth dates and exam numbers in a PDF table")

# 034 — 4名（5名未満）の当日連絡先
_p = take(4)
_lines = "\n".join(f"{p['name']}（{p['dept']}）　{p['mobile']}" for p in _p)
add(34, "pass", ONODERA, ["公開講座事務局 <koukai-kouza@manabi-partners.co.jp>"],
    "明日の「問題解決力強化講座」受講者の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""マナビ・パートナーズ 公開講座事務局 御中

日の出産業の小野寺です。
明日の講座に参加する弊社4名の当日連絡先をお知らせします。
遅延等でご連絡が必要な場合は、各人の携帯にお願いいたします。

{_lines}

よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees' mobiles: under the five-person threshold, may warn, must go")

# 035 — 5名の当日連絡先（「・」の箇条書き）
_p = take(5)
_lines = "\n".join(f"・{p['name']}　{p['mobile']}" for p in _p)
add(35, "stop", USAMI, ["セミナー係 <seminar@toho-nouritsu.co.jp>"],
    "10/3 クレーム対応実践セミナー　参加者の連絡先",
    charset="shift_jis",
    body=f"""東邦能率センター セミナー係 様

日の出産業の宇佐美です。いつもお世話になっております。
10/3のセミナー、カスタマーサポート部から5名が参加します。
当日の連絡先（本人携帯）は以下のとおりです。

{_lines}

当日はどうぞよろしくお願いいたします。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five named people with mobile numbers as bullets: a list of people")

# 036 — 1名の健康状態（高血圧・服薬）をフルハーネス講習へ
_p = take(1)[0]
add(36, "stop", SHOJI, ["関東クレーン技能協会 講習課 <koushu@kanto-ginou.or.jp>"],
    "フルハーネス特別教育　受講者の健康状態について",
    charset="iso-2022-jp",
    body=f"""講習課　ご担当者様

日の出産業の東海林です。
来週のフルハーネス型墜落制止用器具の特別教育について、
受講予定の{_p['name']}（{_p['age']}歳）の健康状態を念のためお伝えします。

6月の定期健康診断で血圧が 168/102 と高く、現在高血圧症で通院中、
降圧剤を服用しています。産業医からは「高所での実技は無理のない範囲で」との
意見が出ております。実技の際はご配慮をお願いできますでしょうか。
{SIG_SHOJI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's health-check result and treatment: 要配慮個人情報 of one person")

# 037 — 講習機関への一般的な質問（健康に触れるが個人なし）
add(37, "pass", SHOJI, ["関東クレーン技能協会 講習課 <koushu@kanto-ginou.or.jp>"],
    "講習受講時の健康診断書の要否について",
    charset="iso-2022-jp",
    body=f"""講習課　ご担当者様

いつもお世話になっております。日の出産業の東海林です。
一般的な質問で恐縮ですが、高所作業車運転技能講習を受講する際、
健康診断書や医師の意見書の提出は必要でしょうか。
持病のある従業員が受講を希望した場合に、事前にどのような手続きが
必要になるのか社内で説明できるようにしておきたく、お尋ねしました。
{SIG_SHOJI}
""",
    entities=[], detectors=[],
    note="a general question about health certificates: no identifiable person")

# 038 — 宗教上の理由による食事配慮（名前つき）
_p = take(2)
add(38, "stop", KUSUNOKI, ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "新入社員研修合宿（4/14〜4/16）お食事のご相談",
    charset="utf-8",
    body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業 人事部 採用課の楠木です。
4月の新入社員研修合宿（42名）のお食事について、ご相談させてください。

参加者のうち、アフマド・ラフマン（Ahmad Rahman）さんはイスラム教徒のため、
豚肉・アルコールを含まないハラール対応の食事が必要です。
また、同じく{_p[0]['name']}さんも宗教上の理由（菜食）で肉・魚を召し上がりません。

朝・昼・夕の計8食について、個別にご用意いただくことは可能でしょうか。
お祈りのための小部屋（15分程度）をお借りできるかもあわせてご教示ください。
{SIG_KUSUNOKI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named trainees' religion (halal, religious vegetarian) sent to the venue hotel: 信条 tied to persons")

# 039 — 名前つきの食物アレルギー（判断が分かれる）
_p = take(1)[0]
add(39, "either", KUSUNOKI, ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "Re: 新入社員研修合宿 お食事のご相談",
    charset="utf-8",
    body=f"""さくらホテル ご担当者様

ご回答ありがとうございます。もう1点追加でお願いがございます。
参加者の{_p['name']}さんに卵アレルギーがあり、加熱したものも含め
卵を使ったメニューは避けていただきたいとのことです（つなぎ・ドレッシング含む）。
席札に目印をつけていただけると助かります。

楠木
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's egg allergy to the hotel: health data, but routinely shared with caterers")

# 040 — アレルギー対応の人数のみ（氏名なし）
add(40, "pass", ENOMOTO, ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "安全大会・研修会（11/8）お弁当の件",
    charset="shift_jis",
    body=f"""さくらホテル 宴会営業 御中

日の出産業 北関東工場の榎本です。
11/8の安全大会・研修会のお弁当は、以下の内訳でお願いいたします。

　松花堂弁当（1,800円）　…　58個
　アレルギー対応弁当　　…　 2個（そば・えび不使用）
　お茶（ペットボトル）　…　60本

アレルギー対応の2名分は当日受付で本人にお渡しします。
{SIG_ENOMOTO}
""",
    entities=[], detectors=[],
    note="catering numbers incl. two allergy meals without names: nobody identifiable")

# 041 — 内定者5名の個人アドレスを To に並べて送信
_p = take(5)
add(41, "stop", KUSUNOKI,
    [f"{p['name']} <{p['roma'].split()[0].lower()}.{p['roma'].split()[1].lower()}.{rng.randint(1, 99)}@gmail.com>"
     for p in _p],
    "【日の出産業】内定者e-learningのご案内",
    charset="iso-2022-jp",
    body=f"""内定者の皆さん

こんにちは。日の出産業 人事部採用課の楠木です。
入社前学習として、e-learning「社会人基礎講座」を用意しました。
11月末までに全8講座の受講をお願いします。

　受講サイト：https://hinode.skillcloud.jp/
　ログインID・初期パスワード：明日、個別メールでお送りします

わからないことがあれば、このメールに返信してください。
{SIG_KUSUNOKI}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five prospective hires' private Gmail addresses visible to each other in To: should have been Bcc")

# 042 — 内定者1名へ個別のログイン情報（フリーメール1件）
_p = take(1)[0]
add(42, "pass", KUSUNOKI, [f"{_p['name']} <{_p['roma'].split()[0].lower()}_{rng.randint(100, 999)}@yahoo.co.jp>"],
    "【日の出産業】e-learning ログイン情報",
    charset="iso-2022-jp",
    body=f"""{_p['name']}さん

日の出産業 人事部の楠木です。
昨日ご案内した e-learning のログイン情報をお送りします。

　ログインID：N26{rng.randint(1000, 9999)}
　初期パスワード：初回ログイン時に変更してください（別途SMSで通知）

受講で困ったことがあれば、いつでも連絡してください。
{SIG_KUSUNOKI}
""",
    entities=[], detectors=["freemail_recipient"],
    note="one prospective hire on free mail, only a login id: one free-mail recipient")

# 043 — 内定者名簿 CSV（CP932）を e-learning 会社へ
_p = take(15)
_univ = ["東都大学", "北陵大学", "関東工科大学", "南山学院大学", "中央理科大学", "港北大学"]
_rows = [["氏名", "フリガナ", "出身校", "携帯電話", "メールアドレス（個人）", "配属予定"]]
for p in _p:
    _rows.append([p["name"], p["kata"], rng.choice(_univ), p["mobile"], p["private"],
                  rng.choice(["営業", "技術", "管理"])])
add(43, "stop", KUSUNOKI, ["SkillCloud 導入支援 <cs-onboarding@skillcloud.jp>"],
    "内定者向けアカウント作成のお願い（15名）",
    charset="shift_jis",
    body=f"""スキルクラウド 導入支援チーム様

お世話になっております。日の出産業 採用課の楠木です。
内定者向けのアカウント作成をお願いしたく、名簿をCSVでお送りします。
内定者はまだ社内アドレスがないため、個人のメールアドレスで登録をお願いします。
{SIG_KUSUNOKI}
""",
    attachments=[{"kind": "csv", "name": "naiteisha_2026.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="fifteen prospective hires with mobiles and private e-mail in a CP932 CSV to a vendor")

# 044 — 社内のみ：SSO 設定用の氏名・メール一覧（50名）
_p = take(50)
_lines = "\n".join(f"{p['emp']},{p['name']},{p['mail']}" for p in _p)
add(44, "pass", ONODERA, ["真壁 拓海 <makabe.takumi@hinode-sangyo.co.jp>"],
    "e-learning SSO 対象者リスト（第2弾）",
    charset="utf-8",
    body=f"""真壁さん

人材開発課の小野寺です。
第2弾でSSOを有効にする対象者50名のリストです（社員番号,氏名,メール）。
ベンダーには社員番号とメールだけ渡す想定で、氏名は社内確認用です。

{_lines}

よろしくお願いします。
小野寺
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="fifty names and e-mails, but sent only to an internal colleague")

# 045 — 自社ドメインの綴り違い（hinode-sangyou）へ名簿
_p = take(8)
_lines = "\n".join(f"{p['name']}\t{ymd(p)}\t{p['dept']}\t{p['mobile']}" for p in _p)
add(45, "stop", ONODERA, ["大阪支店 総務 中西 <nakanishi.r@hinode-sangyou.co.jp>"],
    "大阪会場 階層別研修の受講者（生年月日入り）",
    charset="utf-8",
    body=f"""中西さん

お疲れさまです。本社人材開発課の小野寺です。
大阪会場の階層別研修（11/12）の受講者一覧です。
会場の入館証作成に生年月日が必要とのことでしたので入れています。

氏名\t生年月日\t所属\t携帯
{_lines}

入館証の手配、よろしくお願いします。
小野寺
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague, but the domain hinode-sangyou.co.jp is a look-alike of the company's own; carries an eight-person list")

# 046 — 社内サブドメイン（工場）へ免許証番号入りの修了者一覧
_p = take(7)
_lines = "\n".join(
    f"{p['name']:<8}　修了証 第{rng.randint(1000, 9999)}号　免許証 {rng.choice(['45', '48'])}{rng.randint(1000000000, 9999999999)}"
    for p in _p)
add(46, "pass", SHOJI, ["北関東工場 総務課 <soumu@plant.hinode-sangyo.co.jp>"],
    "フォークリフト技能講習 修了者一覧（資格台帳更新用）",
    charset="iso-2022-jp",
    body=f"""総務課 各位

安全衛生課 東海林です。
9月期の技能講習修了者7名分です。資格台帳の更新をお願いします。

{_lines}

修了証の原本は本人保管、写しは安全衛生課で保管しています。
東海林
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=[],
    note="licence numbers of seven people to plant.hinode-sangyo.co.jp: an internal subdomain")

# 047 — 取引先ドメインの co. 抜け（kawasaki-denki.jp）
add(47, "stop", SAOTOME, ["川崎電機 人事部 三好様 <miyoshi.h@kawasaki-denki.jp>"],
    "合同研修 工場見学の受入れ人数について",
    charset="iso-2022-jp",
    body=f"""三好様

いつもお世話になっております。日の出産業の早乙女です。
4月10日の工場見学について、受入れ可能な人数の上限を教えていただけますでしょうか。
弊社からは新入社員42名と引率3名の予定です。
見学時の服装（安全靴・ヘルメットの要否）もあわせてご教示ください。
{SIG_SAOTOME}
""",
    entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the 'co.' of partner kawasaki-denki.co.jp: look-alike domain")

# 048 — rn と m の取り違え（rnidori-ginko）
add(48, "stop", SAOTOME, ["みどり銀行 法人営業部 <houjin-eigyo@rnidori-ginko.co.jp>"],
    "若手社員向け金融リテラシー研修の講師派遣について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつも大変お世話になっております。日の出産業の早乙女です。
先日支店長様からご紹介いただいた「若手社員向け金融リテラシー研修」について、
講師派遣をお願いしたくご連絡しました。

　希望日：11月下旬の平日午後（2時間程度）
　対象　：入社1〜3年目 約35名
　内容　：資産形成の基礎、確定拠出年金の活用

ご都合のよい候補日をいくつかお知らせいただけますと幸いです。
{SIG_SAOTOME}
""",
    entities=[], detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates partner midori-ginko.co.jp with 'rn' for 'm'")

# 049 — ハイフンとドットの取り違え（hinode-sangyo-co.jp）
add(49, "stop", MAKABE, ["人材開発課 <jinzai-kaihatsu@hinode-sangyo-co.jp>"],
    "e-learning 受講状況レポート（9月末時点）",
    charset="utf-8",
    body="""人材開発課 御中

情報システム部の真壁です。
9月末時点の受講状況を部門別に集計しました。

部門        対象者  修了  修了率
----------  ------  ----  ------
営業本部       182   131   72.0%
製造本部       240   205   85.4%
管理本部        96    90   93.8%
合計           518   426   82.2%

未修了者への督促メールは10/6に一斉送信予定です。
真壁
""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp (hyphen for the dot) imitates the company's own domain")

# 050 — TLD 違い（nishiki-insatsu.com）
add(50, "stop", ENOMOTO, ["錦印刷 営業部 <eigyo@nishiki-insatsu.com>"],
    "研修テキスト印刷のお見積り依頼",
    charset="shift_jis",
    body=f"""錦印刷株式会社 営業部 ご担当者様

いつもお世話になっております。日の出産業 北関東工場の榎本です。
安全教育用テキストの印刷について、お見積りをお願いいたします。

　仕様：A4 モノクロ 48ページ 中綴じ
　部数：300部
　納期：10月末

原稿データは入稿時にお送りします。
{SIG_ENOMOTO}
""",
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.com swaps the TLD of partner nishiki-insatsu.co.jp")

# =========================================================================================
# 051–075
# =========================================================================================

# 051 — 壊れた XLSX
add(51, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "受講後アンケートの集計結果をお送りします",
    charset="iso-2022-jp",
    body=f"""平塚様

お世話になっております。日の出産業の小野寺です。
9/4 管理職研修の受講後アンケートを集計しましたので、添付にてお送りします。
次回のカリキュラム見直しの参考にしていただければ幸いです。
（ファイルが開けない場合はお知らせください。）
{SIG_ONODERA}
""",
    attachments=[{"kind": "corrupt", "name": "受講後アンケート集計_0904.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

# 052 — パスワード保護 PDF（修了証の写し）を社労士へ
add(52, "stop", USAMI, ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
    "助成金申請用　修了証の写し（PDF）",
    charset="iso-2022-jp",
    body=f"""山吹先生

お世話になっております。日の出産業の宇佐美です。
人材開発支援助成金の支給申請用に、受講者の修了証の写しをPDFにまとめました。
PDFには閲覧パスワードを設定しています（いつもの事務所用のものです）。
{SIG_USAMI}
""",
    attachments=[{"kind": "pdf", "name": "修了証写し_2025上期.pdf", "password": "yamabuki2025",
                  "lines": ["修了証（写し）", "受講者：別紙のとおり"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected")

# 053 — 研修案内 PDF（個人情報なし）を取引先へ
add(53, "pass", SAOTOME, ["北国フーズ 総務人事課 大泉様 <oizumi@kitaguni-foods.co.jp>"],
    "合同研修「食品安全と品質管理」ご案内（PDF）",
    charset="iso-2022-jp",
    body=f"""大泉様

いつもお世話になっております。日の出産業の早乙女です。
先日お話しした合同研修のご案内をPDFでお送りします。
御社からのご参加人数を10月10日までにお知らせいただけますと助かります。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "pdf", "name": "合同研修のご案内_食品安全.pdf",
                  "title": "合同研修のご案内",
                  "lines": ["合同研修「食品安全と品質管理」のご案内",
                            "日時：2025年11月6日（木）13:00〜17:00",
                            "会場：日の出ビル 7F 大会議室（東京都港区芝2-8-3）",
                            "講師：株式会社マナビ・パートナーズ 品質管理コース担当講師",
                            "参加費：無料（テキスト代 1名 1,100円）",
                            "申込締切：2025年10月10日（金）"]}],
    entities=[], detectors=[],
    note="an event flyer PDF with only the venue's business address")

# 054 — 社外秘スタンプ付きの研修計画（DOCX）
add(54, "stop", SAOTOME, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "来期研修体系の見直しについて（資料送付）",
    charset="iso-2022-jp",
    body=f"""平塚様

お世話になっております。早乙女です。
来期の研修体系の見直しについて、社内で検討中の資料をお送りします。
これをたたき台に、次回の打合せでご提案をいただけますでしょうか。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "2026年度_人材育成体系（検討案）.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["2026年度 人材育成体系（検討案）",
                                 "1. 基本方針：管理職層の早期育成、DX人材の内製化",
                                 "2. 研修予算：前年比 112%（約 4,200万円）",
                                 "3. 新設：課長候補向け選抜研修（年2回）、データ活用基礎（全社員）",
                                 "4. 廃止：新任主任研修（OJTに統合）"],
                  "tables": [[["階層", "研修名", "対象人数", "外部委託"],
                              ["新入社員", "ビジネス基礎", "45", "有"],
                              ["中堅", "問題解決", "60", "有"],
                              ["管理職", "評価者研修", "38", "有"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached plan carries a 社外秘 header stamp and goes to a training company")

# 055 — 「社外秘」への言及のみ
add(55, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "Re: 事前課題について",
    charset="iso-2022-jp",
    body=f"""平塚様

事前課題のご案内ありがとうございます。
「自部署の課題」をテーマにするとのことですが、受講者には、社外秘の数値や
取引先名は伏せて記載するよう周知しておきます。
発表資料に社外秘扱いの情報を載せないよう、当日も一言添えていただけると助かります。

小野寺

> 事前課題：自部署の課題を1つ取り上げ、A4 1枚にまとめてください。
""",
    entities=[], detectors=[],
    note="talks about 社外秘 information (a mention, not a marking of this mail or a file)")

# 056 — NDA のやりとり（弁護士事務所へ契約書案）
add(56, "pass", MAKABE, ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "e-learningベンダーとの秘密保持契約書（案）のご確認",
    charset="utf-8",
    body=f"""白川先生

いつもお世話になっております。日の出産業 情報システム部の真壁です。
e-learning サービス導入に伴い、ベンダー（株式会社スキルクラウド）と
秘密保持契約を締結する予定です。先方ひな形をベースに当社で修正した案を
添付しますので、第5条（再委託）と第8条（返還・廃棄）を中心にご確認いただけますか。

ご多忙のところ恐縮ですが、10月20日頃までにご意見をいただけますと幸いです。
{SIG_MAKABE}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_スキルクラウド.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社スキルクラウド（以下「乙」という。）は、"
                                 "甲の従業員向け教育サービスの提供に関し、以下のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                 "第5条（再委託）乙は、甲の書面による事前の承諾なく秘密情報の取扱いを第三者に委託してはならない。",
                                 "第8条（返還・廃棄）乙は、本契約終了後速やかに秘密情報を返還又は廃棄する。"]}],
    entities=[], detectors=[],
    note="a draft NDA sent to the company's law firm: mail about an NDA, no marking, no personal data")

# 057 — 【極秘】再就職支援研修の対象者リスト
_p = take(6)
_lines = "\n".join(
    f"{p['name']}｜{p['age']}歳｜{p['dept']}｜自宅 {p['pref']}{p['city']}｜携帯 {p['mobile']}"
    for p in _p)
add(57, "stop", SAOTOME, ["キャリアブリッジ 法人サービス部 <support@career-bridge.co.jp>"],
    "【極秘】キャリア再設計研修　対象者について",
    charset="iso-2022-jp",
    body=f"""キャリアブリッジ株式会社
法人サービス部 ご担当者様

いつもお世話になっております。日の出産業の早乙女です。
【極秘】本件は社内でもごく限られた者のみで進めております。

キャリア再設計研修（個別面談つき）の対象者は以下6名です。
面談日程の調整は、各人の携帯に直接ご連絡いただいて構いません。

{_lines}

取扱いには十分ご注意ください。
{SIG_SAOTOME}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "confidential_marking"],
    note="【極秘】-marked mail with six employees' ages, home towns and mobiles to an outplacement firm")

# 058 — 暗号化なし ZIP の中に通信教育の申込 CSV（自宅住所）
_p = take(20)
_rows = [["社員番号", "氏名", "講座コード", "教材送付先郵便番号", "教材送付先住所", "電話"]]
for p in _p:
    _rows.append([p["emp"], p["name"], rng.choice(["B-204", "K-118", "E-330"]), p["zip"], p["addr"],
                  p["mobile"]])
add(58, "stop", USAMI, ["ユーキャリ学習 法人受付 <houjin@yucari-gakushu.co.jp>"],
    "通信教育 下期申込データ（20名）",
    charset="shift_jis",
    body=f"""株式会社ユーキャリ学習
法人受付 御中

日の出産業 人事課の宇佐美です。いつもお世話になっております。
下期の通信教育の申込データをZIPでお送りします。
在宅で学習する者が多いため、教材は各自の自宅へ直送をお願いします。
{SIG_USAMI}
""",
    attachments=[{"kind": "zip", "name": "tsushin_2025H2.zip",
                  "files": [{"kind": "csv", "name": "tsushin_2025H2.csv", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "講座コード一覧は貴社カタログ2025年版によります。\n"}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an unencrypted ZIP holding a CSV of twenty people's home addresses and phones")

# 059 — ZIP の研修テキスト（個人情報なし）を印刷会社へ
add(59, "pass", ENOMOTO, ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "安全教育テキスト 入稿データ",
    charset="shift_jis",
    body=f"""錦印刷株式会社 営業部 ご担当者様

日の出産業 北関東工場の榎本です。
お見積りどおりで発注いたします（お見積りNo. NS-Q-2509-118）。
入稿データをZIPでお送りしますので、ご確認をお願いいたします。
{SIG_ENOMOTO}
""",
    attachments=[{"kind": "zip", "name": "安全教育テキスト_入稿.zip",
                  "files": [{"kind": "pdf", "name": "表紙.pdf", "lines": ["安全教育テキスト 2025年版", "日の出産業株式会社 北関東工場"]},
                            {"kind": "pdf", "name": "本文.pdf",
                             "lines": ["第1章 リスクアセスメントの基本", "第2章 KY活動の進め方",
                                       "第3章 フォークリフト作業の安全", "第4章 ヒヤリハット事例集"]}]}],
    entities=[], detectors=[],
    note="a ZIP of textbook PDFs with no personal data, to the partner printer")

# 060 — 営業部長の推薦メール（社内）を研修会社へ転送：名簿は新しい本文
_p = take(6)
_lines = "\n".join(f"　{p['name']}（{p['title'] or '担当'}）内線なし／携帯 {p['mobile']}／{p['mail']}"
                   for p in _p)
add(60, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "FW: 営業力強化研修 推薦者の件",
    charset="iso-2022-jp",
    body=f"""平塚様

お世話になっております。小野寺です。
営業本部長から推薦者の連絡がありましたので、そのまま転送いたします。
受講者登録をお願いいたします。

---------- Forwarded message ----------
From: 営業本部長 新堀 <shinbori.k@hinode-sangyo.co.jp>
Date: 2025年9月9日(火) 18:02
Subject: 営業力強化研修 推薦者の件
To: 小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>

小野寺さん

営業力強化研修の推薦者は下記6名でお願いします。
皆外回りが多いので、連絡は携帯かメールでお願いします。

{_lines}

新堀
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded internal mail (new text to the vendor) with six people's mobiles and e-mails")

# 061 — 添付メール（eml）：上長からの報告（うつ病による休職歴）を EAP へ
_p = take(1)[0]
add(61, "stop", SAOTOME, ["こころケア EAP窓口 <eap@kokoro-care.co.jp>"],
    "復職支援プログラムのご相談（上長からの報告を添付します）",
    charset="utf-8",
    body=f"""こころケア株式会社 EAP窓口 ご担当者様

お世話になっております。日の出産業 人材開発課の早乙女です。
復職支援（リワーク）プログラムの利用について相談させてください。
対象者の上長からの報告メールを添付しますので、経緯はそちらをご覧ください。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "eml", "name": "上長からの報告.eml",
                  "message": {"sender": "物流部長 吉武 <yoshitake.m@hinode-sangyo.co.jp>",
                              "to": [SAOTOME], "subject": f"{_p['sei']}さんの復職について",
                              "charset": "iso-2022-jp",
                              "body": f"""早乙女さん

物流部の吉武です。
{_p['name']}さん（{_p['age']}歳）ですが、昨年12月からうつ病で休職しており、
主治医から「来月から短時間勤務で復職可」との診断書が出ました。
本人は復職に前向きですが、いきなり現場に戻すのは不安があるため、
外部のリワークプログラムを挟めないか相談したいです。

吉武
"""}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached mail names an employee and his depression and sick leave: 要配慮個人情報")

# 062 — EAP：ラインケア研修の日程調整（個人なし）
add(62, "pass", SAOTOME, ["こころケア 研修担当 <kenshu@kokoro-care.co.jp>"],
    "管理職向けラインケア研修の日程候補",
    charset="utf-8",
    body=f"""こころケア株式会社 研修担当 ご担当者様

お世話になっております。日の出産業の早乙女です。
管理職向けラインケア研修（90分・オンライン）の日程候補です。

　① 11月11日（火）15:00〜
　② 11月13日（木）10:00〜
　③ 11月18日（火）15:00〜

対象は課長以上 約40名です。ストレスチェック結果の集団分析（部署単位）を
事前にお渡しすることも可能ですので、必要であればお申し付けください。
{SIG_SAOTOME}
""",
    entities=[], detectors=[],
    note="scheduling a mental-health training for managers: no individual's data")

# 063 — 安全運転研修：酒気帯び運転で検挙された運転者
_p = take(1)[0]
add(63, "stop", SHOJI, ["安全ドライブ研修 <kenshu@anzen-drive.co.jp>"],
    "個別指導コースの申込（社有車運転者1名）",
    charset="iso-2022-jp",
    body=f"""株式会社安全ドライブ研修 ご担当者様

日の出産業の東海林です。
社有車運転者向けの個別指導コース（1日）に1名申し込みます。

　受講者：{_p['name']}（{_p['dept']}、{_p['age']}歳）
　経緯　：本年6月、私有車で酒気帯び運転により検挙され、
　　　　　免許停止処分（90日）を受けています。処分明けの乗務再開前に
　　　　　飲酒運転防止を中心とした指導をお願いしたいと考えています。

実施日はご都合に合わせます。
{SIG_SHOJI}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named driver's arrest for drink-driving: criminal record / arrest is 要配慮個人情報")

# 064 — PPTX の成果発表会資料、受講者一覧スライド（6名・メール）
_p = take(6)
add(64, "stop", SAOTOME, ["北国フーズ 総務人事課 大泉様 <oizumi@kitaguni-foods.co.jp>"],
    "合同研修 成果発表会の資料をお送りします",
    charset="iso-2022-jp",
    body=f"""大泉様

お世話になっております。日の出産業の早乙女です。
先日の合同研修の成果発表会資料をお送りします。
最後のスライドに弊社受講者の連絡先を載せていますので、
御社チームとの継続的な情報交換にお使いください。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "pptx", "name": "成果発表会_日の出産業チーム.pptx",
                  "slides": [["品質改善プロジェクト 成果報告", "日の出産業チーム", "2025年10月"],
                             ["取り組みの概要", "不良率 2.4% → 1.1%", "工程内検査の見直し"],
                             ["受講者一覧（日の出産業）"] +
                             [f"{p['name']}　{p['dept']}　{p['mail']}" for p in _p]]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a PPTX slide lists six trainees with their e-mail addresses, sent to a partner")

# 065 — 企画提案の PPTX（個人なし）
add(65, "pass", SAOTOME, ["川崎電機 人事部 三好様 <miyoshi.h@kawasaki-denki.co.jp>"],
    "次年度合同研修の企画案（たたき台）",
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。早乙女です。
次年度の合同研修の企画案を作りました。たたき台としてご覧ください。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "pptx", "name": "合同研修企画案_2026.pptx",
                  "slides": [["2026年度 合同研修 企画案", "日の出産業 人材開発課"],
                             ["ねらい", "異業種の視点に触れる", "若手のネットワークづくり"],
                             ["構成案", "第1回 4月：新入社員合同", "第2回 9月：中堅社員 問題解決",
                              "第3回 1月：管理職 評価者研修"],
                             ["費用分担", "講師料は参加人数で按分", "会場は持ち回り"]]}],
    entities=[], detectors=[],
    note="a planning deck without personal data to a partner's HR")

# 066 — 健康保険証の記号・番号を本人確認として記載（1名）
_p = take(1)[0]
add(66, "stop", USAMI, ["CBT検定センター 団体窓口 <dantai@cbt-kentei.jp>"],
    "Re: 本人確認書類の件（受験者1名）",
    charset="iso-2022-jp",
    body=f"""CBT検定センター 団体窓口 ご担当者様

お世話になっております。日の出産業の宇佐美です。
ご指摘の受験者1名（運転免許証・パスポートをお持ちでない方）について、
健康保険証で本人確認をお願いしたく、記載事項をお知らせします。

　氏名：{_p['name']}
　生年月日：{wareki(*_p['dob'], style='kanji_zen')}
　被保険者証　記号 {rng.randint(1000, 9999)}　番号 {rng.randint(10, 999)}
　保険者番号：06{rng.randint(100000, 999999)}

当日は原本を持参させます。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one examinee's health insurance card symbol and number: an identity document number")

# 067 — 受験番号のみの問い合わせ
add(67, "pass", USAMI, ["CBT検定センター 団体窓口 <dantai@cbt-kentei.jp>"],
    "受験会場の変更可否について（受験番号 25B40718）",
    charset="iso-2022-jp",
    body=f"""CBT検定センター 団体窓口 ご担当者様

日の出産業の宇佐美です。
受験番号 25B40718 の受験者が大阪へ出張となったため、
受験会場を「東京・田町」から「大阪・梅田」に変更できるか教えてください。
申込番号は DA-2025-08813 です。
{SIG_USAMI}
""",
    entities=[], detectors=[],
    note="an exam number and an application number, no name or other personal data")

# 068 — 講師謝金の支払調書のため、講師のマイナンバーを税理士へ
_mn = next_my_number()
add(68, "stop", HOSAKA, ["倉田税理士事務所 倉田先生 <kurata@kurata-tax.jp>"],
    "外部講師謝金の支払調書作成について",
    charset="shift_jis",
    body=f"""倉田先生

いつもお世話になっております。日の出産業 経理部の保坂です。
今年度、社内研修の外部講師としてお招きした方の報酬について、
支払調書の作成をお願いいたします。講師から提出いただいた情報は以下のとおりです。

　氏名：氷室 玲子（ひむろ れいこ）
　住所：東京都世田谷区経堂3-22-9 パークサイド経堂402
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額：330,000円（源泉徴収税額 33,690円）

よろしくお願いいたします。
{SIG_HOSAKA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a lecturer's My Number and home address to a tax accountant")

# 069 — 講師（Gmail）へマイナンバー提出方法の案内（番号そのものはなし）
add(69, "pass", HOSAKA, ["氷室 玲子 様 <reiko.himuro.coaching@gmail.com>"],
    "講師謝金のお支払いに関するお願い（個人番号のご提出）",
    charset="iso-2022-jp",
    body=f"""氷室 玲子 様

先日は弊社の管理職研修にご登壇いただき、誠にありがとうございました。
日の出産業 経理部の保坂と申します。

謝金のお支払いにあたり、税務上の支払調書作成のため個人番号（マイナンバー）の
ご提出をお願いしております。恐れ入りますが、番号はメールには記載せず、
別途郵送する専用の提出用封筒（簡易書留）にて、番号確認書類と身元確認書類の
写しを同封のうえご返送ください。
{SIG_HOSAKA}
""",
    entities=[], detectors=["freemail_recipient"],
    note="asks a lecturer on Gmail to submit her My Number by post: no number in the mail")

# 070 — 外部講師5名の住所・個人口座を経理代行へ
_p = take(5)
_banks = ["みどり銀行", "東都信用金庫", "はるかぜ銀行", "北関東銀行", "さくら第一銀行"]
_blocks = "\n".join(
    f"{i + 1}. {p['name']}　〒{p['zip']} {p['addr']}\n"
    f"   振込先：{rng.choice(_banks)} {rng.choice(['本店', '浦和支店', '高崎支店', '新宿支店'])} 普通 {rng.randint(1000000, 9999999)} {p['kata']}"
    for i, p in enumerate(_p))
add(70, "stop", HOSAKA, ["決済サポート BPOセンター <bpo@kessai-support.co.jp>"],
    "講師謝金の振込依頼（10月支払分・5名）",
    charset="utf-8",
    body=f"""決済サポート株式会社 BPOセンター ご担当者様

いつもお世話になっております。日の出産業 経理部の保坂です。
10月支払分の外部講師謝金について、振込手続きをお願いいたします。
（源泉徴収後の金額は別添の支払明細のとおりです。）

{_blocks}

振込予定日：10月31日
{SIG_HOSAKA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five lecturers' home addresses and personal bank accounts to an outsourcing firm")

# 071 — 受講料の振込連絡（先方の会社口座）
add(71, "pass", HOSAKA, ["東邦能率センター 経理課 <keiri@toho-nouritsu.co.jp>"],
    "受講料お振込みのご連絡（請求書No. TN-25-1187）",
    charset="iso-2022-jp",
    body=f"""東邦能率センター 経理課 御中

日の出産業 経理部の保坂です。
下記のとおり受講料をお振込みいたしましたのでご連絡します。

　請求書番号：TN-25-1187
　金額　　　：145,200円（消費税込）
　振込日　　：2025年9月30日
　振込先　　：東都銀行 神田支店 普通 1234567 ザイ）トウホウノウリツセンター

振込手数料は弊社にて負担しております。
{SIG_HOSAKA}
""",
    entities=[], detectors=[],
    note="payment notice to the vendor's corporate account: business data")

# 072 — 講師（Gmail）・会場ホテル・研修会社の3者を To に
add(72, "stop", ONODERA,
    ["氷室 玲子 様 <reiko.himuro.coaching@gmail.com>",
     "さくらホテル 宴会営業 <banquet@sakura-hotel.jp>",
     "平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "11/20 評価者研修　当日の進行と搬入について",
    charset="iso-2022-jp",
    body=f"""氷室先生、さくらホテル ご担当者様、平塚様

お世話になっております。日の出産業の小野寺です。
11/20の評価者研修について、関係者の皆様に一括でご連絡いたします。

・8:30　教材搬入（マナビ・パートナーズ様 → ホテル搬入口）
・9:00　講師入り（氷室先生）・機材確認
・9:30　受付開始、10:00 開講
・17:00　終了、17:30 撤収

ご不明点は小野寺までご連絡ください。
{SIG_ONODERA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a lecturer on Gmail, the hotel and the training company all visible in To: three external parties")

# 073 — 講師の個人事務所と研修会社の2者（通常の三者間）
add(73, "pass", SAOTOME,
    ["葛城 様 <katsuragi@katsuragi-office.jp>", "平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "Re: 評価者研修 ケーススタディの差し替え",
    charset="iso-2022-jp",
    body=f"""葛城先生、平塚様

お世話になっております。早乙女です。
ケーススタディ3の差し替え案、拝見しました。
製造現場の事例に変えていただいたことで、受講者にも身近になると思います。
この内容で確定とさせてください。
{SIG_SAOTOME}

> 早乙女様、平塚様
> ケーススタディ3を製造業向けの事例に差し替えました。ご確認ください。
> 葛城
""",
    entities=[], detectors=["multiple_external_domains"],
    note="lecturer's office and training company: two external organisations, a normal three-way mail")

# 074 — 異業種交流研修の参加者（5社）を Cc に並べる
add(74, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "【異業種交流研修】グループ課題の提出について（Cグループ）",
    cc=["鶴見 <tsurumi.a@kawasaki-denki.co.jp>", "浅香 <asaka@kitaguni-foods.co.jp>",
        "羽生 <hanyu-t@aoba-unyu.co.jp>", "Lim <lim.kh@lingobridge.com>",
        "沢渡 <sawatari@marufuku-shoji.co.jp>"],
    charset="iso-2022-jp",
    body=f"""平塚様
（Cc：Cグループの皆様）

日の出産業の小野寺です。
異業種交流研修 Cグループの課題（「新規事業のアイデア」）を提出いたします。
グループの皆様、ご協力ありがとうございました。
発表は持ち時間10分、代表者は鶴見さんにお願いしています。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pptx", "name": "Cグループ_課題.pptx",
                  "slides": [["新規事業のアイデア", "Cグループ"],
                             ["背景", "物流の人手不足", "地方の食品ロス"],
                             ["提案", "共同配送×規格外食品のマッチング"]]}],
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="participants of five other companies in Cc plus the training company: should have been Bcc")

# 075 — 同じ種類の連絡を Bcc で正しく送る
add(75, "pass", ONODERA, ["小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>"],
    "【異業種交流研修】次回（第3回）の事前課題のお知らせ",
    bcc=["tsurumi.a@kawasaki-denki.co.jp", "asaka@kitaguni-foods.co.jp", "hanyu-t@aoba-unyu.co.jp",
         "lim.kh@lingobridge.com", "sawatari@marufuku-shoji.co.jp"],
    charset="iso-2022-jp",
    body=f"""異業種交流研修 Cグループの皆様
（Bccにて失礼いたします）

幹事役の日の出産業 小野寺です。
第3回（12/4）の事前課題が講師から届きましたのでお知らせします。

　課題：自社の「強み」を他業界で活かすとしたら？（A4 1枚）
　提出：12/1（月）までに小野寺宛

よろしくお願いいたします。
{SIG_ONODERA}
""",
    entities=[], detectors=[],
    note="five external participants in Bcc, To is the sender herself: nobody sees anyone")

# =========================================================================================
# 076–100
# =========================================================================================

# 076 — タブ区切りで貼り付け（和暦略記の生年月日）
_p = take(8)
_lines = "\n".join(f"{p['emp']}\t{p['name']}\t{p['kata']}\t{wareki(*p['dob'], style='short')}\t{p['dept']}"
                   for p in _p)
add(76, "stop", SAOTOME, ["人材開発コンサルティング 受付 <uketsuke@jinzai-kaihatsu.jp>"],
    "管理職アセスメント研修　受講者情報",
    charset="shift_jis",
    body=f"""人材開発コンサルティング株式会社
受付ご担当者様

日の出産業の早乙女です。
11月のアセスメント研修の受講者情報です。Excelからそのまま貼り付けています。

社員番号\t氏名\tフリガナ\t生年月日\t所属
{_lines}

アセスメント結果の報告書は人事部宛にお送りください。
{SIG_SAOTOME}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="eight names with 和暦 birth dates pasted tab-separated from Excel")

# 077 — 全角数字・全角スペース揃えの一覧（12名・携帯）
_p = take(12)
_lines = "\n".join(f"{zen(str(i + 1)).rjust(2, '　')}　{p['sei']}　{p['mei']}{'　' * (4 - len(p['sei'] + p['mei']))}　{zen(p['mobile'])}"
                   for i, p in enumerate(_p))
add(77, "stop", ENOMOTO, ["日本マネジメント協議会 研修部 <kenshu@jmk-seminar.or.jp>"],
    "職長・安全衛生責任者教育　受講者の連絡先",
    charset="iso-2022-jp",
    body=f"""日本マネジメント協議会
研修部　御中

日の出産業 北関東工場 総務課の榎本です。
職長・安全衛生責任者教育（２日間）の受講者１２名の連絡先をお知らせします。
交代勤務の者が多いため、連絡は各自の携帯にお願いいたします。

ＮＯ　氏　　名　　　　　　携帯電話
－－　－－－－－－－－　－－－－－－－－－－－－－
{_lines}

以上、よろしくお願いいたします。
{SIG_ENOMOTO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="twelve names with full-width mobile numbers aligned with full-width spaces")

# 078 — 1人1ブロック（【】見出し）、教材送付先の自宅住所と自宅電話
_p = take(5)
_blocks = "\n\n".join(
    f"【受講者{zen(str(i + 1))}】{p['name']}\n"
    f"　送付先：〒{p['zip']}　{p['pref']}{p['city']}{p['town']}{p['street']}{(' ' + p['bld']) if p['bld'] else ''}\n"
    f"　電話：{p['mobile']}　／　講座：{rng.choice(['簿記2級合格コース', '衛生管理者（第一種）', 'ITパスポート'])}"
    for i, p in enumerate(_p))
add(78, "stop", USAMI, ["ユーキャリ学習 法人受付 <houjin@yucari-gakushu.co.jp>"],
    "追加申込（5名）教材送付先のご連絡",
    charset="iso-2022-jp",
    body=f"""ユーキャリ学習 法人受付 御中

日の出産業の宇佐美です。先日の下期申込に、5名追加をお願いします。
教材は本人の自宅へ送付をお願いいたします。

{_blocks}

費用は前回分とまとめてご請求ください。
{SIG_USAMI}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five records, one per block, with home address and phone for textbook delivery")

# 079 — 教材は会社に一括送付、氏名は本文中に並べるだけ
_p = take(8)
_names = "、".join(p["sei"] for p in _p)
add(79, "pass", USAMI, ["ユーキャリ学習 法人受付 <houjin@yucari-gakushu.co.jp>"],
    "教材送付先の変更（本社一括送付）",
    charset="iso-2022-jp",
    body=f"""ユーキャリ学習 法人受付 御中

日の出産業の宇佐美です。
経理部の受講者8名（{_names}）の教材は、個別送付ではなく
本社 人事部 宇佐美宛に一括でお送りいただけますでしょうか。

　送付先：〒105-0014 東京都港区芝2-8-3 日の出ビル7F
　　　　　日の出産業株式会社 人事部 宇佐美
　電話　：03-5432-1100（代表）

社内便で各人に配布いたします。
{SIG_USAMI}
""",
    entities=[], detectors=[],
    note="surnames only, no data about them; the address is the company's own office")

# 080 — 本文の文章中に名前と生年月日・携帯（体験型研修の保険加入用）
_p = take(5)
_sent = "、".join(
    f"{p['name']}さん（{p['dob'][0]}年{p['dob'][1]}月{p['dob'][2]}日生、携帯{p['mobile']}）" for p in _p[:4])
add(80, "stop", SAOTOME, ["やまびこアウトドア 法人研修係 <houjin@yamabiko-outdoor.jp>"],
    "チームビルディング研修（ラフティング）傷害保険加入の情報",
    charset="utf-8",
    body=f"""やまびこアウトドア 法人研修係 ご担当者様

お世話になっております。日の出産業の早乙女です。
来月のラフティング研修の傷害保険加入に必要な情報をお送りします。
参加は{_sent}、
それから引率として{_p[4]['name']}さん（{wareki(*_p[4]['dob'])}生、携帯{_p[4]['mobile']}）の計5名です。

当日の集合は現地9:00でよろしかったでしょうか。
{SIG_SAOTOME}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's birth dates and mobiles written in running prose, not a table")

# 081 — 名前のみを文章で（データなし）
_p = take(5)
add(81, "pass", ONODERA, ["公開講座事務局 <koukai-kouza@manabi-partners.co.jp>"],
    "Re: 【受付完了】プレゼンテーション実践講座",
    charset="iso-2022-jp",
    body=f"""公開講座事務局 御中

受付完了のご連絡ありがとうございます。
今回は{_p[0]['sei']}、{_p[1]['sei']}、{_p[2]['sei']}、{_p[3]['sei']}、{_p[4]['sei']}の5名が参加いたします。
当日はそれぞれノートPCを持参させますので、電源タップのご用意をお願いできれば幸いです。

日の出産業 小野寺
""",
    entities=[], detectors=[],
    note="five surnames in running text with no other data about them")

# 082 — 名札用に氏名・部署・役職（連絡先なし）6名（判断が分かれる）
_p = take(6)
_lines = "\n".join(f"{p['name']} / {p['kana']} / {p['dept']} / {p['title'] or '一般'}" for p in _p)
add(82, "either", ONODERA, ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    "11/20 評価者研修　名札・席札の作成依頼",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会営業 ご担当者様

日の出産業の小野寺です。
11/20の研修で使用する名札・席札の作成をお願いします（氏名 / ふりがな / 所属 / 役職）。

{_lines}

残りの受講者分は明日お送りします。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six names with kana, department and title for name badges: no contact data, a judgement call")

# 083 — 修了者一覧を取引先（構内作業許可）へ
_p = take(7)
_sheet = [["構内作業者 資格一覧（フォークリフト運転技能講習 修了者）"], ["提出元：日の出産業株式会社"],
          ["氏名", "生年月日", "修了証番号", "修了年月日", "講習機関"]]
for p in _p:
    _sheet.append([p["name"], ymd(p), f"第{rng.randint(10000, 99999)}号",
                   f"20{rng.randint(10, 24)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                   "中部安全技能講習センター"])
add(83, "stop", SHOJI, ["青葉運輸 川越物流センター 須藤様 <sudo-k@aoba-unyu.co.jp>"],
    "構内作業許可申請　有資格者一覧",
    charset="shift_jis",
    body=f"""青葉運輸株式会社
川越物流センター 須藤様

お世話になっております。日の出産業の東海林です。
御社センター内でのフォークリフト作業にあたり、有資格者の一覧を提出いたします。
修了証の写しが必要でしたら別途お送りします。
{SIG_SHOJI}
""",
    attachments=[{"kind": "xlsx", "name": "有資格者一覧_日の出産業.xlsx",
                  "sheets": {"一覧": _sheet, "備考": [["更新日", "2025/10/01"], ["作成", "安全衛生課"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="seven operators with birth dates and certificate numbers in an XLSX to a partner")

# 084 — 取引先へ1名分の修了証番号と生年月日
_p = take(1)[0]
add(84, "pass", SHOJI, ["青葉運輸 川越物流センター 須藤様 <sudo-k@aoba-unyu.co.jp>"],
    "Re: 構内作業許可申請　追加の1名",
    charset="shift_jis",
    body=f"""須藤様

東海林です。追加の1名について、ご依頼の情報です。

　{_p['name']}　生年月日 {ymd_kanji(_p)}
　フォークリフト運転技能講習 修了証 第{rng.randint(10000, 99999)}号（2023年5月修了）

よろしくお願いいたします。
{SIG_SHOJI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one operator's birth date and certificate number to a partner: one person, may warn")

# 085 — 合否一覧の転送（FW）を共同受験の取引先へ
_p = take(8)
_sc = [rng.randint(48, 96) for _ in _p]
_lines = "\n".join(
    f"{rng.randint(100000, 999999)}  {pad(p['name'], 14)} {ymd(p, '.')}  {sc:>3}点  "
    f"{'合格' if sc >= 60 else '不合格'}" for p, sc in zip(_p, _sc))
add(85, "stop", SAOTOME, ["北国フーズ 総務人事課 大泉様 <oizumi@kitaguni-foods.co.jp>"],
    "FW: 【結果通知】食品衛生責任者実務試験 団体受験結果",
    charset="iso-2022-jp",
    body=f"""大泉様

お世話になっております。早乙女です。
共同で申し込んだ実務試験の結果が協会から届きましたので、転送します。
弊社分の結果もそのまま入っていますがご容赦ください。

-----Forwarded Message-----
From: 日本食品衛生実務協会 試験部 <shiken@shokuei-jitsumu.or.jp>
To: 早乙女 健 <saotome.ken@hinode-sangyo.co.jp>
Subject: 【結果通知】食品衛生責任者実務試験 団体受験結果

日の出産業株式会社 早乙女様

団体受験の結果を下記のとおり通知いたします。

受験番号  氏名           生年月日     得点  判定
{_lines}

合格者には後日、合格証書を郵送いたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a forward (new text to its recipient) of exam results: eight names, birth dates and scores")

# 086 — 社内のみ：合否一覧を部門長へ転送
_p = take(6)
_lines = "\n".join(f"> {p['name']}　{ymd(p)}　{rng.randint(52, 96)}点" for p in _p)
add(86, "pass", SAOTOME, ["製造本部 部長各位 <seizo-bucho@hinode-sangyo.co.jp>"],
    "FW: 食品衛生責任者実務試験 結果（製造本部分）",
    charset="iso-2022-jp",
    body=f"""製造本部 部長各位

人材開発課 早乙女です。
協会から届いた結果のうち、製造本部の受験者分を抜粋して共有します。

{_lines}

不合格者は来年度の再受験を予定しています。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="exam results with birth dates, but sent to an internal mailing list only")

# 087 — LMS 移行データ（XLSX 2シート）をパートナー企業へ
_p = take(30)
_m = [["受講者マスタ（移行用）"], ["社員番号", "氏名", "メールアドレス", "入社年月日", "生年月日", "所属コード"]]
_h = [["受講履歴（2022-2025）"], ["社員番号", "コースID", "修了日", "得点"]]
for p in _p:
    _m.append([p["emp"], p["name"], p["mail2"], f"{p['hire'][0]}/{p['hire'][1]:02d}/01", ymd(p),
               f"D{rng.randint(100, 399)}"])
    for _ in range(rng.randint(1, 3)):
        _h.append([p["emp"], f"C-{rng.randint(100, 480)}", f"20{rng.randint(22, 25)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                   rng.randint(60, 100)])
add(87, "stop", MAKABE, ["ツバサシステム 川端様 <kawabata@tsubasa-system.jp>"],
    "LMS移行テスト用データ（本番データ30名分）",
    charset="utf-8",
    body=f"""ツバサシステム 川端様

お世話になっております。真壁です。
移行テスト用のデータをお送りします。
ダミーでは文字化けの検証にならないため、本番データから30名分を抽出しました。
テスト完了後は削除をお願いします。
{SIG_MAKABE}
""",
    attachments=[{"kind": "xlsx", "name": "lms_migration_test.xlsx",
                  "sheets": {"受講者マスタ": _m, "受講履歴": _h}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="thirty real employee records (name, e-mail, birth date) to a partner IT vendor: still external")

# 088 — 移行フォーマット（見出しと記入例のみ）
add(88, "pass", MAKABE, ["ツバサシステム 川端様 <kawabata@tsubasa-system.jp>"],
    "Re: LMS移行フォーマットの確認",
    charset="utf-8",
    body=f"""川端様

フォーマットのご確認ありがとうございます。
列の並びを修正したものを添付します。記入例の行以外は空です。
本番データはテスト環境の準備ができ次第、別途お渡しします。
{SIG_MAKABE}
""",
    attachments=[{"kind": "xlsx", "name": "lms_migration_format_v2.xlsx",
                  "sheets": {"受講者マスタ": [["社員番号", "氏名", "メールアドレス", "入社年月日", "所属コード"],
                                             ["（記入例）000000", "（氏名）", "（会社メール）", "YYYY/MM/DD", "D000"]],
                             "受講履歴": [["社員番号", "コースID", "修了日", "得点"]]}}],
    entities=[], detectors=[],
    note="an empty template with placeholder example row: no one's data")

# 089 — タイトル行に「取扱注意」、10名の名簿（XLSX）
_p = take(10)
_sheet = [["受講者名簿（取扱注意）"], ["研修名：評価者研修（11/20）"], [],
          ["No", "氏名", "所属", "役職", "内線", "メールアドレス"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["name"], p["dept"], p["title"] or "－", f"{rng.randint(2000, 4999)}", p["mail"]])
add(89, "stop", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "評価者研修 受講者名簿（確定版）",
    charset="iso-2022-jp",
    body=f"""平塚様

お世話になっております。小野寺です。
11/20 評価者研修の受講者名簿（確定版・10名）をお送りします。
前回お送りした暫定版は破棄をお願いいたします。
{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "受講者名簿_評価者研修_確定.xlsx",
                  "sheets": {"名簿": _sheet}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data", "confidential_marking"],
    note="ten people with e-mails in an XLSX whose title row is marked 取扱注意")

# 090 — 大学の公開講座、日程調整（和文ディスクレーマー）
add(90, "pass", SAOTOME, ["清陵大学 エクステンションセンター <ext@seiryo-u.ac.jp>"],
    "企業向け公開講座「データ活用入門」の開講日程について",
    charset="iso-2022-jp",
    body=f"""清陵大学 エクステンションセンター ご担当者様

お世話になっております。日の出産業の早乙女です。
企業向け公開講座「データ活用入門」（全6回）について、弊社から10名程度の参加を
検討しております。今年度の開講日程と、法人割引の有無を教えていただけますか。
{SIG_SAOTOME}
{DISCLAIMER_JA}
""",
    entities=[], detectors=[],
    note="an ordinary inquiry ending with the standard 機密情報 disclaimer")

# 091 — 研修会社からの質問（車椅子利用者）を引用して返信、新しい本文は了承のみ
_p = take(1)[0]
add(91, "pass", ONODERA, ["平塚 様 <hiratsuka@manabi-partners.co.jp>"],
    "Re: 会場のバリアフリー対応について",
    charset="utf-8",
    body=f"""平塚様

ご確認ありがとうございます。その内容で進めていただいて問題ございません。
よろしくお願いいたします。

小野寺

On 2025/10/02 17:41, 平塚 <hiratsuka@manabi-partners.co.jp> wrote:
> 小野寺様
>
> 受講者の{_p['name']}様が車椅子をご利用とのことで、会場を確認しました。
> エレベーターは搬入用のものを使っていただく形になり、
> 座席は出入口に近い最前列の端をご用意いたします。
> 多目的トイレは同フロアにございます。
> この内容でよろしいでしょうか。
""",
    entities=[], detectors=[],
    note="the wheelchair detail is only in the quoted vendor mail (On … wrote:); new text is an OK")

# 092 — 見積依頼（価格表）
add(92, "pass", ENOMOTO, ["日本マネジメント協議会 研修部 <kenshu@jmk-seminar.or.jp>"],
    "出張研修のお見積り依頼",
    charset="shift_jis",
    body=f"""日本マネジメント協議会 研修部 御中

日の出産業 北関東工場の榎本です。
下記の出張研修についてお見積りをお願いいたします。

　コースコード　　コース名　　　　　　　　　　　　日数　想定人数
　JMK-S-101　　　　職長・安全衛生責任者教育　　　　2日　　20名
　JMK-S-215　　　　危険予知（KYT）トレーナー　　　1日　　15名
　JMK-Q-330　　　　なぜなぜ分析実践　　　　　　　1日　　12名

会場は弊社北関東工場の研修室（〒370-0801 群馬県高崎市上並榎町1120）です。
講師の交通費・宿泊費の扱いもあわせてご記載ください。
{SIG_ENOMOTO}
""",
    entities=[], detectors=[],
    note="a quotation request with course codes and the company's own address")

# 093 — 本人が個人カードで決済してしまった件（カード番号を本文に）
_p = take(1)[0]
_c = next_card()
add(93, "stop", HOSAKA, ["東邦能率センター 経理課 <keiri@toho-nouritsu.co.jp>"],
    "受講料の二重払いについて（返金のお願い）",
    charset="iso-2022-jp",
    body=f"""東邦能率センター 経理課 御中

日の出産業 経理部の保坂です。
9/12開催のセミナーの受講料について、弊社から請求書払いで振り込んだ後、
受講者本人（{_p['name']}）が申込サイトで個人のクレジットカードでも決済してしまいました。

　決済カード：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　名義：{_p['ROMA']}
　決済日：2025/09/03　金額：48,400円

お手数ですが、カード決済分の取消（返金）をお願いいたします。
{SIG_HOSAKA}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="an employee's personal credit card number written in the body")

# 094 — 教材の配送（追跡番号）
add(94, "pass", USAMI, ["ユーキャリ学習 法人受付 <houjin@yucari-gakushu.co.jp>"],
    "Re: 教材発送のご連絡",
    charset="iso-2022-jp",
    body=f"""ユーキャリ学習 法人受付 御中

発送のご連絡ありがとうございます。
お知らせいただいた送り状番号（ヤマト運輸 4412-8830-2917、4412-8830-2928）で
追跡したところ、2箱とも本日午前に本社へ到着しておりました。
ご対応ありがとうございました。

日の出産業 宇佐美
""",
    entities=[], detectors=[],
    note="parcel tracking numbers only")

# 095 — UTF-8(BOM) CSV：大学の公開講座、受講票送付用の自宅住所
_p = take(6)
_rows = [["氏名", "ふりがな", "郵便番号", "住所", "電話番号", "生年月日"]]
for p in _p:
    _rows.append([p["name"], p["kana"], p["zip"], p["addr"], p["mobile"], ymd(p, "-")])
add(95, "stop", SAOTOME, ["清陵大学 エクステンションセンター <ext@seiryo-u.ac.jp>"],
    "公開講座「データ活用入門」受講申込（6名）",
    charset="utf-8",
    body=f"""清陵大学 エクステンションセンター ご担当者様

お世話になっております。日の出産業の早乙女です。
公開講座「データ活用入門」に6名申し込みます。
個人受講扱いとのことで、受講票は各人の自宅に郵送されると伺いましたので、
自宅住所を含めた申込情報をCSVで添付します。
{SIG_SAOTOME}
{DISCLAIMER_JA}
""",
    attachments=[{"kind": "csv", "name": "seiryo_moushikomi.csv", "encoding": "utf-8-sig", "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six applicants' home addresses, phones and birth dates in a UTF-8 CSV (the disclaimer changes nothing)")

# 096 — 大学の公開講座：駐車場・受講料の問い合わせ（署名のみ）
add(96, "pass", ENOMOTO, ["清陵大学 エクステンションセンター <ext@seiryo-u.ac.jp>"],
    "公開講座の受講にあたっての確認",
    charset="iso-2022-jp",
    body=f"""清陵大学 エクステンションセンター ご担当者様

北関東工場の榎本と申します。
「データ活用入門」の受講にあたり、2点お伺いします。

1. キャンパス内の駐車場は受講者も利用できますか。
2. 受講料（1名 38,500円）は会社名義の請求書払いが可能でしょうか。

ご回答は私宛（027-361-4410）にお電話いただいても構いません。
{SIG_ENOMOTO}
""",
    entities=[], detectors=[],
    note="an inquiry with the sender's own work phone and signature only")

# 097 — 妊娠中の受講者への配慮依頼（判断が分かれる）
_p = take(1)[0]
add(97, "either", ONODERA, ["セミナー係 <seminar@toho-nouritsu.co.jp>"],
    "合宿型リーダー研修（11/5〜7）受講者の配慮について",
    charset="iso-2022-jp",
    body=f"""東邦能率センター セミナー係 ご担当者様

日の出産業の小野寺です。
11/5〜7の合宿型リーダー研修に参加予定の{_p['name']}ですが、
現在妊娠6か月のため、夜間のグループワーク（21時以降）と
2日目午後の屋外アクティビティは見学扱いにしていただけないでしょうか。
本人からは、可能な範囲で参加したいとの意向を聞いております。
{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's pregnancy: health-related but not clearly 要配慮個人情報, a judgement call")

# 098 — 添付メール（eml）の中に昨年度受講者8名の一覧
_p = take(8)
_lines = "\n".join(f"{pad(p['name'], 14)}{pad(p['dept'], 20)}{p['mail']}" for p in _p)
add(98, "stop", SAOTOME, ["日本マネジメント協議会 研修部 <kenshu@jmk-seminar.or.jp>"],
    "昨年度の受講者について（重複確認のお願い）",
    charset="iso-2022-jp",
    body=f"""日本マネジメント協議会 研修部 御中

日の出産業の早乙女です。
今年度の職長教育の受講者が昨年度と重複していないか確認したく、
昨年度の受講者を社内に連絡した際のメールを添付します。
貴会の受講記録と照合いただけますでしょうか。
{SIG_SAOTOME}
""",
    attachments=[{"kind": "eml", "name": "昨年度受講者のお知らせ.eml",
                  "message": {"sender": SAOTOME, "to": ["製造本部 部長各位 <seizo-bucho@hinode-sangyo.co.jp>"],
                              "subject": "2024年度 職長教育 受講者のお知らせ", "charset": "iso-2022-jp",
                              "body": f"""製造本部 部長各位

2024年度の職長教育の受講者は以下のとおりです。

氏名          所属                メール
------------  ------------------  ------------------------------
{_lines}

早乙女
"""}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an attached mail carries eight people's names, departments and e-mails to an external body")

# 099 — 英語：3名の参加者（名前と会社メール）
_p = take(3)
add(99, "pass", ONODERA, ["Grace Tan <grace.tan@lingobridge.com>"],
    "Presentation Skills Workshop - 3 participants",
    charset="utf-8",
    body=f"""Dear Grace,

For the Presentation Skills Workshop on 12 December, we will send three participants:

  - {_p[0]['roma']} ({_p[0]['mail']})
  - {_p[1]['roma']} ({_p[1]['mail']})
  - {_p[2]['roma']} ({_p[2]['mail']})

Please send the pre-reading materials to them directly.
{SIG_EN}
{DISCLAIMER_EN}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three participants' names and work e-mails: under five people, may warn")

# 100 — 障害者雇用の社員向け研修：障害種別・手帳等級つきの名簿
_p = take(5)
_kinds = ["精神障害（双極性障害）／精神保健福祉手帳2級", "知的障害／療育手帳B2",
          "肢体不自由（下肢）／身体障害者手帳3級", "発達障害（ASD）／精神保健福祉手帳3級",
          "聴覚障害／身体障害者手帳6級"]
_tab = [["氏名", "所属", "障害種別／手帳", "配慮事項"]]
for p, k in zip(_p, _kinds):
    _tab.append([p["name"], p["dept"], k, rng.choice(["口頭指示はメモで補足", "休憩を多めに", "座席は出入口付近",
                                                    "急な予定変更を避ける"])])
add(100, "stop", KUSUNOKI, ["ひかり就労支援センター ジョブコーチ <coach@hikari-shuro.or.jp>"],
    "ビジネスマナー研修（障害者雇用枠社員向け）受講者情報",
    charset="utf-8",
    body=f"""ひかり就労支援センター
ジョブコーチ ご担当者様

お世話になっております。日の出産業 人事部の楠木です。
来月のビジネスマナー研修の受講者5名について、研修中の配慮事項をまとめましたので
DOCXでお送りします。プログラム調整の参考にしてください。
{SIG_KUSUNOKI}
""",
    attachments=[{"kind": "docx", "name": "受講者情報_配慮事項.docx",
                  "paragraphs": ["ビジネスマナー研修 受講者情報（2025年11月）"],
                  "tables": [_tab]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named employees with disability types and certificate grades in a DOCX table")
