"""Blind corpus: SaaS area (日の出産業 クラウド事業部 — "Hinode Cloud HR").

Hinode Sangyo's cloud software business: a cloud HR / attendance / payroll / expense
service sold to Japanese and overseas customers, built and run with overseas vendors
(helpdesk, hosting, offshore development, payments, auditors).  Mixed English and
Japanese mail: user exports, support tickets, account provisioning, audit logs,
data-migration files, incident reports, GDPR/APPI data requests, invoices.

Every person, number and address below is invented.
"""

from __future__ import annotations

import random
from datetime import date

from build import card_number, my_number

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# -- fictional people ---------------------------------------------------------------------

_SEI = [
    ("東海林", "しょうじ", "Shoji"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("五十嵐", "いがらし", "Igarashi"), ("御手洗", "みたらい", "Mitarai"),
    ("鬼頭", "きとう", "Kito"), ("百目鬼", "どうめき", "Domeki"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("九十九", "つくも", "Tsukumo"),
    ("小野寺", "おのでら", "Onodera"), ("長谷川", "はせがわ", "Hasegawa"),
    ("佐々木", "ささき", "Sasaki"), ("高畑", "たかはた", "Takahata"),
    ("宍戸", "ししど", "Shishido"), ("栗城", "くりき", "Kuriki"),
    ("今泉", "いまいずみ", "Imaizumi"), ("真壁", "まかべ", "Makabe"),
    ("相馬", "そうま", "Soma"), ("蓮見", "はすみ", "Hasumi"),
    ("瀬戸口", "せとぐち", "Setoguchi"), ("穂積", "ほづみ", "Hozumi"),
    ("南雲", "なぐも", "Nagumo"), ("雨宮", "あまみや", "Amamiya"),
    ("柘植", "つげ", "Tsuge"), ("能登", "のと", "Noto"),
    ("石黒", "いしぐろ", "Ishiguro"), ("菅野", "かんの", "Kanno"),
    ("大庭", "おおば", "Oba"), ("日向", "ひなた", "Hinata"),
    ("桐生", "きりゅう", "Kiryu"), ("水越", "みずこし", "Mizukoshi"),
    ("伊集院", "いじゅういん", "Ijuin"), ("早乙女", "さおとめ", "Saotome"),
    ("舘野", "たての", "Tateno"), ("諏訪部", "すわべ", "Suwabe"),
    ("生田目", "なまため", "Namatame"), ("猪狩", "いがり", "Igari"),
    ("甲斐", "かい", "Kai"), ("望月", "もちづき", "Mochizuki"),
    ("竹之内", "たけのうち", "Takenouchi"), ("比嘉", "ひが", "Higa"),
    ("我妻", "わがつま", "Wagatsuma"), ("仲宗根", "なかそね", "Nakasone"),
    ("三ツ矢", "みつや", "Mitsuya"), ("西園寺", "さいおんじ", "Saionji"),
]

_MEI = [
    ("直人", "なおと", "Naoto"), ("由香里", "ゆかり", "Yukari"), ("翔太", "しょうた", "Shota"),
    ("美咲", "みさき", "Misaki"), ("健一", "けんいち", "Kenichi"), ("真理子", "まりこ", "Mariko"),
    ("拓海", "たくみ", "Takumi"), ("沙織", "さおり", "Saori"), ("康弘", "やすひろ", "Yasuhiro"),
    ("千尋", "ちひろ", "Chihiro"), ("大輔", "だいすけ", "Daisuke"), ("彩花", "あやか", "Ayaka"),
    ("悠斗", "ゆうと", "Yuto"), ("恵", "めぐみ", "Megumi"), ("修", "おさむ", "Osamu"),
    ("葵", "あおい", "Aoi"), ("隆之", "たかゆき", "Takayuki"), ("奈々", "なな", "Nana"),
    ("誠司", "せいじ", "Seiji"), ("瑞穂", "みずほ", "Mizuho"), ("浩二", "こうじ", "Koji"),
    ("莉子", "りこ", "Riko"), ("圭介", "けいすけ", "Keisuke"), ("陽菜", "ひな", "Hina"),
    ("文昭", "ふみあき", "Fumiaki"), ("小百合", "さゆり", "Sayuri"), ("亘", "わたる", "Wataru"),
    ("朋美", "ともみ", "Tomomi"), ("泰造", "たいぞう", "Taizo"), ("紗季", "さき", "Saki"),
    ("一輝", "かずき", "Kazuki"), ("詩織", "しおり", "Shiori"),
]

_PLACES = [
    ("135-0061", "東京都江東区豊洲"), ("211-0063", "神奈川県川崎市中原区小杉町"),
    ("330-0061", "埼玉県さいたま市浦和区常盤"), ("273-0005", "千葉県船橋市本町"),
    ("564-0063", "大阪府吹田市江坂町"), ("464-0850", "愛知県名古屋市千種区今池"),
    ("814-0002", "福岡県福岡市早良区西新"), ("001-0014", "北海道札幌市北区北十四条西"),
    ("980-0803", "宮城県仙台市青葉区国分町"), ("663-8113", "兵庫県西宮市甲子園口"),
    ("606-0801", "京都府京都市左京区下鴨宮河町"), ("730-0013", "広島県広島市中区八丁堀"),
    ("430-0933", "静岡県浜松市中央区鍛冶町"), ("951-8063", "新潟県新潟市中央区古町通"),
    ("156-0052", "東京都世田谷区経堂"), ("185-0012", "東京都国分寺市本町"),
    ("252-0303", "神奈川県相模原市南区相模大野"), ("260-0013", "千葉県千葉市中央区中央"),
    ("370-0841", "群馬県高崎市栄町"), ("900-0015", "沖縄県那覇市久茂地"),
]

_BUILDINGS = ["パークハイツ", "メゾン", "グランシャリオ", "コーポ", "レジデンス", "サンライズ"]

_FOREIGN = [
    ("Priya", "Raman"), ("Lukas", "Brenner"), ("Wei-Lin", "Chen"), ("Mai", "Nguyen"),
    ("Olivia", "Hart"), ("Mateo", "Ruiz"), ("Aisha", "Bello"), ("Tomasz", "Wojcik"),
    ("Hannah", "Lindqvist"), ("Rahul", "Menon"), ("Siobhan", "Doyle"), ("Kenji", "Morrow"),
    ("Farah", "Haddad"), ("Isabel", "Ferreira"), ("Noah", "Fischer"), ("Grace", "Lim"),
    ("Marcus", "Tan"), ("Chloe", "Dubois"), ("Ethan", "Brooks"), ("Jun Hao", "Goh"),
    ("Deepa", "Krishnan"), ("Samuel", "Achterberg"), ("Nur Aina", "Rahim"), ("Liam", "Gallagher"),
]


def kata(s: str) -> str:
    """ひらがな → カタカナ."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(s: str) -> str:
    """ASCII digits → full-width."""
    return s.translate(_FW)


def wareki(d: date, short: bool = False) -> str:
    if d >= date(2019, 5, 1):
        era, y, ab = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if short:
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def people(seed: str, n: int, domain: str | None = None, style: str = "dot") -> list[dict]:
    """n invented people (deterministic from seed)."""
    rng = random.Random(f"saas-people-{seed}")
    seen: set[tuple[str, str]] = set()
    out: list[dict] = []
    while len(out) < n:
        s, g = rng.choice(_SEI), rng.choice(_MEI)
        if (s[0], g[0]) in seen:
            continue
        seen.add((s[0], g[0]))
        zipc, town = rng.choice(_PLACES)
        addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.45:
            addr += f" {rng.choice(_BUILDINGS)}{s[0] if rng.random() < 0.2 else ''}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
        dob = date(rng.randint(1961, 2002), rng.randint(1, 12), rng.randint(1, 28))
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if domain:
            if style == "dot":
                local = f"{g[2].lower()}.{s[2].lower()}"
            elif style == "initial":
                local = f"{g[2][0].lower()}.{s[2].lower()}"
            elif style == "sei":
                local = f"{s[2].lower()}-{g[2][0].lower()}"
            else:
                local = f"{s[2].lower()}{rng.randint(10, 99)}"
            email = f"{local}@{domain}"
        else:
            fm = rng.choice(["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp"])
            email = f"{g[2].lower()}{s[2][:4].lower()}{rng.randint(1, 999)}@{fm}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nospace": s[0] + g[0],
            "kana": f"{kata(s[1])} {kata(g[1])}", "hira": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
            "email": email, "mobile": mob, "zip": zipc, "addr": addr, "dob": dob,
            "emp": f"{rng.randint(1, 9)}{rng.randint(1000, 9999)}",
            "rng": rng.random(),
        })
    return out


def foreigners(seed: str, n: int, domain: str, cc: str = "+65") -> list[dict]:
    rng = random.Random(f"saas-foreign-{seed}")
    picks = rng.sample(_FOREIGN, n)
    out = []
    for first, last in picks:
        if cc == "+65":
            phone = f"+65 {rng.choice('89')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        elif cc == "+44":
            phone = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        elif cc == "+1":
            phone = f"+1 ({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        else:
            phone = f"+49 15{rng.randint(1, 9)} {rng.randint(1000000, 9999999)}"
        local = f"{first.split()[0].lower()}.{last.lower()}"
        out.append({"first": first, "last": last, "name": f"{first} {last}",
                    "email": f"{local}@{domain}", "phone": phone,
                    "id": f"E{rng.randint(10000, 99999)}"})
    return out


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_T = "T" + corp_number("010401087352")   # 日の出産業株式会社 (fictional)

# -- signatures ----------------------------------------------------------------------------

HQ = "〒105-0014 東京都港区芝2-14-6 日の出芝ビル7F"


def sig(name: str, dept: str, mail: str, tel: str = "03-5412-7780", extra: str = "") -> str:
    return (f"\n--\n日の出産業株式会社 クラウド事業部 {dept}\n{name}\n{HQ}\n"
            f"TEL {tel}  FAX 03-5412-7799\n{extra}Mail: {mail}\n")


def sig_bar(name: str, dept: str, mail: str, mobile: str = "") -> str:
    m = f"携帯：{mobile}\n" if mobile else ""
    return ("\n━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nクラウド事業部 " + dept + "\n"
            + name + "\n" + HQ + "\nTEL：03-5412-7780（代表）\n" + m + "E-mail：" + mail
            + "\n━━━━━━━━━━━━━━━━━━━━━━━━\n")


def sig_en(name: str, title: str, mail: str, phone: str = "+81-3-5412-7780") -> str:
    return (f"\nBest regards,\n\n{name}\n{title}\nHinode Sangyo Co., Ltd. | Cloud Business Division\n"
            f"2-14-6 Shiba, Minato-ku, Tokyo 105-0014, Japan\nTel: {phone}\nEmail: {mail}\n")


DISCLAIMER_EN = (
    "\n________________________________\nThis e-mail and any attachments may contain confidential "
    "and privileged information intended solely for the addressee. If you are not the intended "
    "recipient, please notify the sender immediately and delete this e-mail. Any unauthorised "
    "copying, disclosure or distribution is prohibited.\n")

DISCLAIMER_JA = (
    "\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが"
    "送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。\n")

# senders
TANABE = "田辺 健吾 <k.tanabe@hinode-sangyo.co.jp>"            # カスタマーサクセス
MORISHITA = "森下 彩 <a.morishita@hinode-sangyo.co.jp>"         # サポート
OKOCHI = "Sho Okochi <s.okochi@hinode-sangyo.co.jp>"           # SRE
SHIRAISHI = "白石 ルミ <r.shiraishi@hinode-sangyo.co.jp>"       # 営業
HASEBE = "長谷部 誠 <m.hasebe@hinode-sangyo.co.jp>"             # 経理
SEKI = "関 美穂 <m.seki@hinode-sangyo.co.jp>"                   # 法務・個人情報保護
KASAI = "葛西 大地 <d.kasai@hinode-sangyo.co.jp>"               # 導入・データ移行
WARD = "Emily Ward <e.ward@hinode-sangyo.co.jp>"               # Global partnerships
SAKUMA = "佐久間 順 <j.sakuma@hinode-sangyo.co.jp>"             # 情報システム
FUKAMI = "深見 亮 <r.fukami@hinode-sangyo.co.jp>"               # 開発
SUPPORT = "Hinode Cloud サポート <support@cloud.hinode-sangyo.co.jp>"


# =========================================================================================
# STOP — lists of people
# =========================================================================================

_p = people("001", 38, "minato-kogyo.co.jp", "initial")
_depts = ["製造一課", "製造二課", "品質保証課", "総務課", "経理課", "営業部", "設備保全課"]
add(
    id="saas-001", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 38 customer employees (name, kana, e-mail, mobile) sent to the SI partner for migration",
    sender=KASAI,
    to=["ツバサシステム 岡部様 <okabe@tsubasa-system.jp>"],
    cc=["田辺 健吾 <k.tanabe@hinode-sangyo.co.jp>"],
    subject="【港工業様】利用者データ移行用ファイル送付の件",
    charset="iso-2022-jp",
    body=(
        "ツバサシステム株式会社\n岡部様\n\nいつもお世話になっております。\n日の出産業の葛西です。\n\n"
        "先日の定例でお話しした、港工業様の旧勤怠システムから抽出した利用者マスタを\n"
        "お送りいたします。\n\n"
        "・件数：38名（2025/9/12 時点の在籍者）\n"
        "・文字コード：Shift_JIS、改行 CRLF\n"
        "・携帯電話は打刻アプリのSMS認証に使用するため、そのまま取り込みをお願いします\n\n"
        "取り込み後、テナント側で所属コードの紐付けを行いますので、\n完了しましたらご一報いただけますと幸いです。\n"
        "よろしくお願いいたします。\n" + sig("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "csv", "name": "minato_users_20250912.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "メールアドレス", "携帯電話", "所属", "雇用区分"]] + [
            [p["emp"], p["name"], p["kana"], p["email"], p["mobile"], _depts[i % 7],
             "正社員" if p["rng"] > 0.25 else "パート"] for i, p in enumerate(_p)],
    }],
)

_p = people("002", 7, "yamabuki-shoji.co.jp", "dot")
_rows = "\n".join(
    f"{p['romaji']:<21}{p['email']:<42}{'+81-' + p['mobile'][1:]:<17}2025-09-{10 + i:02d} {8 + i % 3:02d}:{(17 * i + 5) % 60:02d}"
    for i, p in enumerate(_p))
add(
    id="saas-002", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="space-padded table of 7 customer users (name, e-mail, mobile) pasted into a ticket to the US helpdesk vendor",
    sender=OKOCHI,
    to=["Jordan Miles <jmiles@brightdesk.io>"],
    subject="SSO login failures - tenant yamabuki-shoji (Ticket BD-48211)",
    charset="utf-8",
    body=(
        "Hi Jordan,\n\nFollowing up on BD-48211. Since your 9/9 release, the SAML assertions from the\n"
        "customer's IdP are rejected for a subset of users. Everyone below gets \"NameID mismatch\"\n"
        "after MFA. The others in the same tenant (about 400) are fine.\n\n"
        f"{'Name':<21}{'Email':<42}{'Mobile (SMS MFA)':<17}Last success (JST)\n"
        f"{'-' * 19}  {'-' * 40}  {'-' * 15}  {'-' * 18}\n{_rows}\n\n"
        "All of them changed their surname or e-mail alias in the last 30 days, so my guess is the\n"
        "cached NameID on your side. Could you check and flush it?\n"
        + sig_en("Sho Okochi", "Site Reliability Engineering", "s.okochi@hinode-sangyo.co.jp")),
)

_p = people("003", 14, "kawasaki-denki.co.jp", "sei")
_q = people("003b", 5, "kawasaki-denki.co.jp", "sei")
add(
    id="saas-003", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX (3 sheets, title row) of 14+5+3 user accounts with names and e-mails sent to the customer",
    sender=SAKUMA,
    to=["川崎電機 情報システム部 真鍋様 <manabe.t@kawasaki-denki.co.jp>"],
    subject="Re: 10月1日付 アカウント発行・停止のご依頼について",
    charset="cp932",
    body=(
        "川崎電機株式会社\n情報システム部 真鍋様\n\nお世話になっております。日の出産業 佐久間でございます。\n\n"
        "ご依頼いただいた10月1日付のアカウント発行・利用停止・権限変更の処理が完了しました。\n"
        "結果を添付のExcelにまとめましたのでご確認ください。\n\n"
        "　シート「新規発行」：14件\n　シート「利用停止」：5件\n　シート「権限変更」：3件\n\n"
        "初期パスワードは各ご本人様宛に自動送信済みです。\n何卒よろしくお願い申し上げます。\n"
        + sig_bar("佐久間 順", "カスタマー運用グループ", "j.sakuma@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "xlsx", "name": "川崎電機様_アカウント処理結果_20251001.xlsx",
        "sheets": {
            "新規発行": [["川崎電機様 アカウント発行一覧（2025年10月1日付）"], [],
                     ["No", "社員番号", "氏名", "メールアドレス", "権限", "所属"]] + [
                [i + 1, "KD" + p["emp"], p["name"], p["email"],
                 "一般" if i % 5 else "承認者", ["設計部", "生産管理部", "総務部"][i % 3]]
                for i, p in enumerate(_p)],
            "利用停止": [["利用停止一覧"], [], ["No", "社員番号", "氏名", "メールアドレス", "停止日", "理由"]] + [
                [i + 1, "KD" + p["emp"], p["name"], p["email"], "2025/09/30", "退職"]
                for i, p in enumerate(_q)],
            "権限変更": [["権限変更一覧"], [], ["No", "氏名", "変更前", "変更後"],
                     [1, _p[2]["name"], "一般", "承認者"], [2, _p[6]["name"], "承認者", "管理者"],
                     [3, _q[0]["name"], "管理者", "一般"]],
        },
    }],
)

_p = foreigners("004", 6, "vantage-retail.sg", "+65")
_tsv = "\n".join(f"{p['id']}\t{p['name']}\t{p['email']}\t{p['phone']}\t{h}\t{g}"
                 for p, h, g in zip(_p, [41.5, 38.0, 52.25, 44.0, 61.5, 39.75],
                                    [39.5, 36.0, 49.25, 44.0, 58.5, 37.75]))
add(
    id="saas-004", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 6 employees of a customer (name, e-mail, phone, hours) sent to the offshore dev vendor",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>"],
    cc=["Hinode Dev <hchr-dev@hinode-sangyo.co.jp>"],
    subject="HCHR-2291 overtime calc off by 0.5h - repro data",
    charset="utf-8",
    body=(
        "Hi Arjun,\n\nHere is the repro data for HCHR-2291 from the Vantage Retail tenant (SG). Column 5 is\n"
        "what the customer expects for September, column 6 is what we calculate. The difference\n"
        "always appears when a shift crosses midnight on a public holiday.\n\n"
        "emp_id\tname\temail\tmobile\texpected_ot\tactual_ot\n" + _tsv + "\n\n"
        "Please add a unit test for the holiday+midnight case before touching the rounding code.\n"
        "Target: hotfix 4.18.2.\n\nThanks,\nRyo\n--\nRyo Fukami / Dev Lead, Hinode Cloud HR\n"
        "Hinode Sangyo Co., Ltd.  +81-3-5412-7786\n"),
)

_p = people("005", 9)
_cos = ["北斗精機株式会社", "株式会社ルミナス薬局", "有限会社丸岡製作所", "株式会社ネオ・ライフ",
        "桜川信用金庫", "株式会社アトラス不動産", "医療法人 緑風会", "株式会社カナエ商会", "浜名湖観光株式会社"]
_trs = "".join(
    f"<tr><td>{i + 1}</td><td>{c}</td><td>{['人事部', '総務課', '管理本部', '経営企画室'][i % 4]}</td>"
    f"<td>{p['name']}</td><td>{p['email']}</td><td>{p['mobile']}</td></tr>\n"
    for i, (p, c) in enumerate(zip(_p, _cos)))
add(
    id="saas-005", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 9 webinar registrants (name, e-mail, mobile) sent to the co-hosting partner",
    sender=SHIRAISHI,
    to=["クモパートナーズ 樋口様 <higuchi@kumo-partners.co.jp>"],
    subject="共催ウェビナー（10/22）お申込者一覧の共有",
    charset="utf-8",
    html=(
        "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:10pt\">"
        "<p>株式会社クモパートナーズ<br>樋口様</p>"
        "<p>いつも大変お世話になっております。日の出産業の白石です。</p>"
        "<p>10/22開催の共催ウェビナー「勤怠管理DXの最前線」の、本日時点のお申込者を共有いたします。<br>"
        "当日のフォローコールの割り振りについては、来週の打合せでご相談させてください。</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr style=\"background:#dde\"><th>No</th><th>会社名</th><th>部署</th><th>氏名</th>"
        "<th>メールアドレス</th><th>電話番号</th></tr>\n" + _trs + "</table>"
        "<p>引き続きよろしくお願いいたします。</p>"
        "<p>――――――――――――<br>日の出産業株式会社 クラウド事業部 営業グループ<br>白石 ルミ<br>"
        "TEL 03-5412-7783 / r.shiraishi@hinode-sangyo.co.jp</p></body></html>"),
)

_p = people("006", 6, "yamabuki-shoji.co.jp", "initial")
_bul = "\n".join(
    f"・{p['name']}（{p['email']}／社員番号 {p['emp']}／退職日 {d}）"
    for p, d in zip(_p, ["2025/7/31", "2025/8/15", "2025/8/31", "2025/8/31", "2025/9/20", "2025/9/30"]))
add(
    id="saas-006", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="bulleted list of 6 former employees (name, e-mail, employee no., leaving date) sent to the backup vendor",
    sender=SAKUMA,
    to=["ソラリスバックアップ サポート窓口 <support@solaris-backup.co.jp>"],
    subject="バックアップデータ個別削除のご依頼（山吹商事様テナント）",
    charset="iso-2022-jp",
    body=(
        "株式会社ソラリスバックアップ\nサポート窓口 御中\n\n"
        "いつもお世話になっております。日の出産業株式会社の佐久間です。\n\n"
        "弊社顧客の山吹商事様より、退職者データの削除依頼を受けております。\n"
        "下記6名について、世代バックアップ（2025年7月以降分）からの個別削除をお願いできますでしょうか。\n\n"
        + _bul + "\n\n"
        "テナントID：yb-0193\n対象バケット：hchr-prod-tokyo-03\n\n"
        "削除完了後、作業報告書（削除ログ）のご送付をお願いいたします。\n"
        + sig("佐久間 順", "カスタマー運用グループ", "j.sakuma@hinode-sangyo.co.jp", "03-5412-7785")),
)

_p = people("007", 5, "hinode-sangyo.co.jp", "initial")
_roles = ["Primary on-call (SRE)", "Secondary on-call (SRE)", "DB owner", "Escalation manager",
          "Security incident lead"]
_blocks = "\n\n".join(
    f"[{i + 1}] {p['romaji']} ({p['name']})\n    Role   : {r}\n    Mobile : +81 {p['mobile'][1:]}\n"
    f"    Home   : {p['zip']} {p['addr']}\n    Private: {p['romaji'].split()[0].lower()}.{p['romaji'].split()[1][:3].lower()}{i + 7}@gmail.com"
    for i, (p, r) in enumerate(zip(_p, _roles)))
add(
    id="saas-007", expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one block per person: 5 staff with private mobiles, home addresses and private e-mail sent to the hosting NOC",
    sender=OKOCHI,
    to=["Nimbus Data NOC <noc@nimbusdata.com.sg>"],
    cc=["Grace Tan <grace.tan@nimbusdata.com.sg>"],
    subject="Updated out-of-hours escalation contacts - Hinode Cloud HR (contract NDS-20417)",
    charset="utf-8",
    body=(
        "Dear NOC team,\n\nPlease replace the escalation contacts on file for contract NDS-20417 with the list\n"
        "below, effective 1 October. Call in this order; if nobody answers within 15 minutes, go to\n"
        "the next person. Home addresses are included for the physical-key procedure at our DR site.\n\n"
        + _blocks + "\n\nPlease confirm once the runbook has been updated.\n"
        + sig_en("Sho Okochi", "Site Reliability Engineering", "s.okochi@hinode-sangyo.co.jp")),
)

_p = people("008", 8, "fujinami-logi.co.jp", "dot")
_csvbody = "\n".join(
    f"{p['name']},{p['kana']},{wareki(p['dob'])},2026/04/01,{p['email']},{['本社', '厚木センター', '岩槻センター'][i % 3]}"
    for i, p in enumerate(_p))
add(
    id="saas-008", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward (FW) of a customer's mail: comma-separated list of 8 new hires with 和暦 birth dates and e-mails sent to a dev subcontractor",
    sender=KASAI,
    to=["星空ソフト 小林様 <kobayashi@hoshizora-soft.co.jp>"],
    subject="FW: 【一括登録】新入社員データ（4月入社分）",
    charset="cp932",
    body=(
        "小林さん\n\nお疲れさまです、葛西です。\n下記、藤波ロジ様から届いたデータで一括登録がエラーになるとのことです。\n"
        "生年月日が和暦のまま入っているのが原因かと思いますが、\nインポータ側で和暦を受けられるようにできないか見ていただけますか。\n\n"
        "葛西\n\n"
        "-----Original Message-----\n差出人: 藤波ロジスティクス 人事部 雨宮 <amamiya.k@fujinami-logi.co.jp>\n"
        "送信日時: 2026年3月9日 15:02\n宛先: 葛西 大地 <d.kasai@hinode-sangyo.co.jp>\n件名: 【一括登録】新入社員データ（4月入社分）\n\n"
        "日の出産業 葛西様\n\nお世話になっております。4月入社の8名分です。\n一括登録画面で取り込もうとするとエラーになってしまいます。\n\n"
        "氏名,フリガナ,生年月日,入社日,メールアドレス,配属\n" + _csvbody + "\n\nよろしくお願いします。\n雨宮\n"),
)

_j = people("009", 11, "hinode-sangyo.co.jp", "initial")
_l = people("009b", 6, "hinode-sangyo.co.jp", "initial")
add(
    id="saas-009", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (no password) of a CSV and an XLSX listing 11 joiners and 6 leavers with names and e-mails sent to the SOC 2 auditor",
    sender=WARD,
    to=["Marcus Reed <mreed@auditpeak.com>"],
    subject="SOC 2 Type II - PBC item CC6.2 (joiners/leavers, Q2)",
    charset="utf-8",
    body=(
        "Hi Marcus,\n\nAttached is the population for PBC item CC6.2 (logical access provisioning and\n"
        "de-provisioning) for the period 1 April - 30 June:\n\n"
        "  - joiners_Q2.csv   : new starters with access granted to the production console\n"
        "  - leavers_Q2.xlsx  : leavers with the date their access was removed\n\n"
        "Let us know which samples you pick and we will pull the tickets.\n"
        + sig_en("Emily Ward", "Global Partnerships & Compliance", "e.ward@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "zip", "name": "CC6.2_population_Q2.zip",
        "files": [
            {"kind": "csv", "name": "joiners_Q2.csv", "encoding": "utf-8",
             "rows": [["employee_id", "name", "email", "department", "start_date", "access_granted", "ticket"]] + [
                 [f"H{p['emp']}", p["romaji"], p["email"], ["SRE", "Support", "Dev", "CS"][i % 4],
                  f"2025-0{4 + i % 3}-0{1 + i % 7}", f"2025-0{4 + i % 3}-0{2 + i % 7}", f"ITSM-{31200 + i * 7}"]
                 for i, p in enumerate(_j)]},
            {"kind": "xlsx", "name": "leavers_Q2.xlsx",
             "sheets": {"Leavers": [["Leavers Q2 FY2025"], ["employee_id", "name", "email", "last_day", "access_removed"]] + [
                 [f"H{p['emp']}", p["romaji"], p["email"], f"2025-0{4 + i % 3}-30", f"2025-0{4 + i % 3}-30"]
                 for i, p in enumerate(_l)]}},
        ],
    }],
)

_p = people("010", 30, "tokiwa-gakuen.ac.jp", "sei")
add(
    id="saas-010", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of 30 school staff (name, user ID, e-mail) sent to the printing partner to print login cards",
    sender=MORISHITA,
    to=["錦印刷 営業部 三浦様 <miura@nishiki-insatsu.co.jp>"],
    subject="ログインカード印刷データ送付（常盤学園様 30枚）",
    charset="iso-2022-jp",
    body=(
        "錦印刷株式会社\n営業部 三浦様\n\nいつもお世話になっております。日の出産業の森下です。\n\n"
        "先日お見積りいただいた、常盤学園様向けログインカードの印刷データをお送りします。\n"
        "添付PDFの一覧1行がカード1枚分です（計30枚）。\n"
        "カード裏面のQRコードはユーザーIDから生成をお願いいたします。\n\n"
        "納期：10月20日（月）必着\n納品先：常盤学園 事務局 宛\n\nよろしくお願いいたします。\n"
        + sig("森下 彩", "サポートグループ", "a.morishita@hinode-sangyo.co.jp", "03-5412-7784")),
    attachments=[{
        "kind": "pdf", "name": "tokiwa_logincard_data.pdf", "title": "ログインカード印刷データ",
        "lines": ["常盤学園様 ログインカード印刷データ（2025年10月）", ""],
        "table": [["No", "ユーザーID", "氏名", "メールアドレス", "区分"]] + [
            [i + 1, f"tkw{1000 + i * 13}", p["name"], p["email"], "教員" if i % 4 else "職員"]
            for i, p in enumerate(_p)],
    }],
)

_p = people("011", 8, None)
_cos = ["港工業", "港工業", "港工業", "山吹商事", "山吹商事", "涼風不動産", "涼風不動産", "涼風不動産"]
add(
    id="saas-011", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 8 training attendees (name, e-mail, mobile) sent to the external training contractor",
    sender=TANABE,
    to=["カナデ研修 講師 久保田様 <kubota@kanade-training.jp>"],
    subject="管理者向け導入研修（11/6）受講者名簿のご送付",
    charset="iso-2022-jp",
    body=(
        "カナデ研修株式会社\n久保田様\n\nお世話になっております。日の出産業の田辺です。\n"
        "11月6日の管理者向け導入研修の受講者名簿を添付いたします。\n\n"
        "当日連絡が取れない方がいた場合は、名簿の携帯番号へ直接ご連絡いただいて構いません。\n"
        "会場は弊社7F セミナールームAです。\n\n何卒よろしくお願いいたします。\n"
        + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")),
    attachments=[{
        "kind": "docx", "name": "受講者名簿_20251106.docx", "title": "受講者名簿",
        "paragraphs": ["Hinode Cloud HR 管理者向け導入研修　受講者名簿", "日時：2025年11月6日（木）13:30〜17:00"],
        "tables": [[["No", "会社名", "氏名", "メールアドレス", "携帯電話"]] + [
            [str(i + 1), c, p["name"], p["email"], p["mobile"]] for i, (p, c) in enumerate(zip(_p, _cos))]],
    }],
)

_p = people("012", 15)
add(
    id="saas-012", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS employee master of 15 people (birth date, home address, phone) sent to the SI partner",
    sender=KASAI,
    to=["ツバサシステム 今井様 <imai.s@tsubasa-system.jp>"],
    subject="北国フーズ様 旧給与システム社員マスタ（抽出結果）",
    charset="cp932",
    body=(
        "ツバサシステム 今井様\n\nお世話になっております。葛西です。\n"
        "北国フーズ様の旧給与システム（オンプレ）から社員マスタを抽出しました。\n"
        "旧システムの仕様でxls形式しか出せないため、そのまま添付します。\n\n"
        "住所の番地が全角・半角混在しているので、クレンジングの際にご注意ください。\n\n葛西\n"
        + sig("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "xls", "name": "社員マスタ_旧システム.xls",
        "sheets": {"社員マスタ": [["社員CD", "氏名", "カナ", "生年月日", "郵便番号", "住所", "自宅電話"]] + [
            [p["emp"], p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"), p["zip"],
             fw(p["addr"]) if i % 3 == 0 else p["addr"],
             f"0{['11', '138', '155', '166'][i % 4]}-{20 + i}-{4000 + i * 37}"]
            for i, p in enumerate(_p)]},
    }],
)

_p = people("013", 6, "vantage-retail.sg")
_f = foreigners("013", 6, "vantage-retail.sg", "+65")
add(
    id="saas-013", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX QBR deck whose slide lists 6 customer key users with e-mails and phones, sent to a reseller",
    sender=WARD,
    to=["樋口 聡 <higuchi@kumo-partners.co.jp>"],
    subject="QBR deck for Vantage Retail (draft v3) - for our joint meeting on Thu",
    charset="utf-8",
    body=(
        "Higuchi-san,\n\nAttached is draft v3 of the Vantage Retail quarterly business review. Slides 2-3 are\n"
        "the usage numbers, slide 4 is the stakeholder map you asked for, slide 5 the renewal plan.\n"
        "Could you add your support-hours figures on slide 3 before Thursday?\n\nThanks!\nEmily\n"
        "--\nEmily Ward | Global Partnerships, Hinode Sangyo | +81-3-5412-7790\n"),
    attachments=[{
        "kind": "pptx", "name": "Vantage_Retail_QBR_FY25Q2_v3.pptx", "title": "Vantage Retail QBR",
        "slides": [
            ["Vantage Retail Pte. Ltd. - Quarterly Business Review", "FY2025 Q2", "Hinode Cloud HR / Kumo Partners"],
            ["Adoption", "Active users: 1,126 / 1,200 licences (93.8%)", "Mobile clock-in share: 71%",
             "Payroll runs on time: 3 / 3"],
            ["Support", "Tickets: 48 (P1: 0, P2: 3)", "Median first response: 42 min", "CSAT: 4.6 / 5"],
            ["Stakeholder map - key users"] + [
                f"{f['name']} - {r} - {f['email']} - {f['phone']}"
                for f, r in zip(_f, ["HR Director (sponsor)", "Payroll lead", "IT admin", "Store ops manager",
                                     "Finance controller", "HRIS analyst"])],
            ["Renewal plan", "Contract end: 2026-03-31", "Proposal: 3-year term, +200 licences", "Next step: pricing call"],
        ],
    }],
)

_p = people("014", 5, "suzukaze-fudosan.co.jp", "sei")
_inner_list = "\n".join(f"{i + 1}. {p['name']}　{p['email']}　携帯 {p['mobile']}" for i, p in enumerate(_p))
add(
    id="saas-014", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="customer's mail forwarded as an attached .eml: 5 users with e-mails and mobiles, sent to the helpdesk vendor",
    sender=MORISHITA,
    to=["Brightdesk Support <support@brightdesk.io>"],
    subject="FW: [P2] Push notifications not delivered - Suzukaze Fudosan tenant",
    charset="utf-8",
    body=(
        "Hello Brightdesk team,\n\nForwarding the original customer report as an attachment (it is in Japanese).\n"
        "Summary: five users of tenant sz-0442 stopped receiving push notifications for shift\n"
        "approvals on 14 Oct. All are on Android 15. Your notification gateway is the suspect.\n\n"
        "Our case number: HC-2025-10-0871. Please treat as P2.\n\n"
        "Regards,\nAya Morishita\nHinode Cloud HR Support\n"),
    attachments=[{
        "kind": "eml", "name": "【至急】通知が届かない件.eml",
        "message": {
            "sender": "涼風不動産 総務部 宍戸 <shishido-m@suzukaze-fudosan.co.jp>",
            "to": ["Hinode Cloud サポート <support@cloud.hinode-sangyo.co.jp>"],
            "subject": "【至急】承認通知が届かない件",
            "charset": "iso-2022-jp",
            "body": (
                "日の出産業 サポートご担当者様\n\nいつもお世話になっております。涼風不動産の宍戸です。\n"
                "10/14頃から、下記の者のスマホにシフト承認の通知が届かなくなっています。\n"
                "アプリの再インストールも試しましたが改善しません。\n\n" + _inner_list + "\n\n"
                "至急ご確認をお願いいたします。\n\n涼風不動産株式会社 総務部\n宍戸 真理子\nTEL 03-6271-3300（代表）\n"),
        },
    }],
)

_p = people("015", 6)
_banks = [("みどり銀行", "芝支店", "普通"), ("みどり銀行", "新宿西口支店", "普通"), ("さくら信用金庫", "本店営業部", "普通"),
          ("みどり銀行", "横浜駅前支店", "当座"), ("北斗銀行", "札幌中央支店", "普通"), ("みどり銀行", "梅田支店", "普通")]
_W = "\u3000"
_fwrows = "\n".join(
    f"{p['kana'].replace(' ', _W):{_W}<12}{b[0]:{_W}<8}{b[1]:{_W}<8}{b[2]}{_W}{fw(str(1000000 + int(p['emp']) * 7 % 8999999))}{_W}{_W}{fw(f'{(i + 3) * 31 % 97 * 1000 + 184000:,}')}"
    for i, (p, b) in enumerate(zip(_p, _banks)))
add(
    id="saas-015", expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="full-width-padded table of 6 employees' payee names and bank account numbers sent to the bank for a test transfer",
    sender=HASEBE,
    to=["みどり銀行 法人営業部 石原様 <ishihara.k@midori-ginko.co.jp>"],
    subject="総合振込データ連携テストの件（給与振込サンプル）",
    charset="iso-2022-jp",
    body=(
        "株式会社みどり銀行\n法人営業部 石原様\n\nいつも大変お世話になっております。\n日の出産業 経理の長谷部でございます。\n\n"
        "Hinode Cloud HR の給与振込データ連携（全銀フォーマット出力）のテストについて、\n"
        "11月の検証環境で使用する振込先サンプルを下記にお送りいたします。\n"
        "弊社社員の実口座で少額（1円）振込の着金確認まで行いたいと考えております。\n\n"
        f"受取人名（カナ）{_W * 5}銀行{_W * 6}支店{_W * 6}種別{_W}口座番号{_W * 3}金額\n"
        + "－" * 44 + "\n" + _fwrows + "\n\n"
        "実施日程につきましては改めてご相談させてください。\n何卒よろしくお願い申し上げます。\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
)

_f = foreigners("016", 7, "example.invalid", "+49")
_dom = ["gmx.de", "outlook.com", "web.de", "orange.fr", "gmail.com", "libero.it", "gmail.com"]
_ctry = ["DE", "IE", "DE", "FR", "NL", "IT", "ES"]
_typ = ["Access (Art. 15)", "Erasure (Art. 17)", "Access (Art. 15)", "Rectification (Art. 16)",
        "Portability (Art. 20)", "Erasure (Art. 17)", "Objection (Art. 21)"]
_pipe = "\n".join(
    f"| DSAR-25-{41 + i:03d} | {f['name']:<19} | {(f['first'].split()[0].lower() + '.' + f['last'].lower() + str(i) + '@' + d):<36} | {c}  | {t:<23} | {'2025-10-' + str(3 + i * 2).zfill(2)} | {['open', 'ID check', 'done', 'open', 'done', 'ID check', 'open'][i]:<8} |"
    for i, (f, d, c, t) in enumerate(zip(_f, _dom, _ctry, _typ)))
add(
    id="saas-016", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="pipe table of 7 GDPR data-subject requests (requester name, private e-mail, country) sent to the EU representative",
    sender=SEKI,
    to=["EU Rep Desk <dpo@eurep-privacy.eu>"],
    subject="GDPR requests tracker - October status (Hinode Cloud HR)",
    charset="utf-8",
    body=(
        "Dear colleagues,\n\nAs agreed in our Art. 27 representation contract, please find the status of the\n"
        "data-subject requests received for Hinode Cloud HR in October. Two are waiting for identity\n"
        "verification; could you chase the requesters from your side?\n\n"
        "| Ref         | Requester           | E-mail                               | Ctry | Type                    | Received   | Status   |\n"
        "|-------------|---------------------|--------------------------------------|------|-------------------------|------------|----------|\n"
        + _pipe + "\n\nThe one-month deadline for DSAR-25-041 falls on 3 November.\n\n"
        "Kind regards,\nMiho Seki\nLegal & Privacy Office, Hinode Sangyo Co., Ltd.\n+81-3-5412-7792\n"),
)

_u = people("017", 9, "minato-kogyo.co.jp", "initial")
_acts = ["LOGIN", "LOGIN", "EXPORT_PAYSLIP", "UPDATE_EMPLOYEE", "LOGIN_FAILED", "APPROVE_TIMESHEET", "LOGOUT",
         "DOWNLOAD_REPORT", "CHANGE_ROLE"]
_rng = random.Random("saas-017-log")
_log = [["timestamp", "actor", "action", "target", "source_ip", "result"]]
for _i in range(64):
    _a = _rng.choice(_u)
    _act = _rng.choice(_acts)
    _t = _rng.choice(_u)["email"] if _act in ("UPDATE_EMPLOYEE", "CHANGE_ROLE", "APPROVE_TIMESHEET") else ""
    _log.append([f"2025-09-{1 + _i // 3:02d}T{8 + _i % 11:02d}:{_rng.randint(0, 59):02d}:{_rng.randint(0, 59):02d}+09:00",
                 _a["email"], _act, _t, f"203.0.113.{_rng.randint(2, 250)}",
                 "FAILURE" if _act == "LOGIN_FAILED" else "SUCCESS"])
add(
    id="saas-017", expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data", "multiple_external_domains"],
    note="audit-log CSV naming 9 users by e-mail (actions, IPs) sent to the customer's outside audit firm (customer in Cc)",
    sender=SAKUMA,
    to=["あさぎ監査法人 システム監査チーム 野村様 <nomura@asagi-audit.jp>"],
    cc=["港工業 情報システム課 山根様 <yamane@minato-kogyo.co.jp>"],
    subject="港工業様 監査ログ（2025年9月分）ご提供の件",
    charset="utf-8",
    body=(
        "あさぎ監査法人\n野村様\n\n（cc：港工業 山根様）\n\nお世話になっております。日の出産業の佐久間です。\n"
        "港工業様のご承認をいただきましたので、IT全般統制の監査用として\n"
        "Hinode Cloud HR の監査ログ（2025年9月1日〜21日）をCSVでお送りします。\n\n"
        "・actor：操作したユーザー（ログインID＝メールアドレス）\n・target：操作対象の従業員\n"
        "・source_ip：接続元IP\n\nご不明点がございましたらお知らせください。\n"
        + sig("佐久間 順", "カスタマー運用グループ", "j.sakuma@hinode-sangyo.co.jp", "03-5412-7785")),
    attachments=[{"kind": "csv", "name": "audit_log_minato_202509.csv", "encoding": "utf-8", "rows": _log}],
)

_p = people("018", 22)
_subj = ["パスワードリセットができない", "有給残日数の表示がおかしい", "打刻修正の承認方法", "給与明細がダウンロードできない",
         "CSV取込でエラー", "スマホアプリにログインできない", "年末調整の入力期限", "残業申請の差戻し"]
add(
    id="saas-018", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX ticket export: 22 end users (name, private e-mail, phone) sent to the helpdesk vendor for migration",
    sender=MORISHITA,
    to=["Jordan Miles <jmiles@brightdesk.io>"],
    cc=["Kayla Brooks <kbrooks@brightdesk.io>"],
    subject="Ticket history sample for migration test (22 rows)",
    charset="utf-8",
    body=(
        "Hi Jordan, hi Kayla,\n\nAs discussed on the onboarding call, here is a sample of our current ticket\n"
        "history so your team can test the import mapping before we move to Brightdesk. Sheet 1 is\n"
        "the tickets, sheet 2 the field definitions. Requester e-mails are the end users' own\n"
        "addresses, as they write to us directly.\n\n"
        "Please delete the file once the mapping test is done.\n\nBest,\nAya\n"
        "--\nAya Morishita | Support Lead, Hinode Cloud HR | +81-3-5412-7784\n"),
    attachments=[{
        "kind": "xlsx", "name": "tickets_sample_export.xlsx",
        "sheets": {
            "tickets": [["Hinode Cloud HR - ticket export 2025-10-01..2025-10-07"],
                        ["ticket_no", "opened", "requester_name", "requester_email", "requester_phone", "subject", "status"]] + [
                [f"HC-2025-10-{300 + i * 3:04d}", f"2025-10-0{1 + i % 7} {9 + i % 8}:{i * 7 % 60:02d}",
                 p["name"], p["email"], p["mobile"], _subj[i % 8], ["closed", "open", "pending"][i % 3]]
                for i, p in enumerate(_p)],
            "fields": [["field", "type", "note"], ["ticket_no", "string", "HC-YYYY-MM-NNNN"],
                       ["requester_*", "string", "end user"], ["status", "enum", "open/pending/closed"]],
        },
    }],
)

_p = people("019", 5, "kitaguni-foods.co.jp", "sei")
_json = "\n".join(
    '{"id": %d, "tenant": "kf-0077", "name": "%s", "name_kana": "%s", "email": "%s", "mobile": "%s", '
    '"birth_date": "%s", "hired_on": "20%02d-04-01"}' % (
        90210 + i, p["name"], p["kana"], p["email"], p["mobile"], p["dob"].isoformat(), 10 + i * 2)
    for i, p in enumerate(_p))
add(
    id="saas-019", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="JSON records of 5 production employees (name, e-mail, mobile, birth date) pasted into mail to the offshore dev vendor",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>", "Deepa Krishnan <deepa.k@tessellate-labs.in>"],
    subject="HCHR-2317: serializer drops birth_date for kana names",
    charset="utf-8",
    body=(
        "Arjun, Deepa,\n\nThe v2 employees API returns birth_date = null for some rows of tenant kf-0077. I pulled the\n"
        "affected records straight from prod (read replica) so you can see the exact payloads:\n\n"
        + _json + "\n\n"
        "All five have a half-width space inside name_kana. My bet is the kana normaliser throws and\n"
        "the serializer swallows the exception. Can you take this in today's sprint?\n\nRyo\n"),
)

_f = foreigners("020", 5, "vantage-retail.sg", "+65")
_fwd = "\n".join(f"{i + 1}) {f['name']}, {f['email']}, mobile {f['phone']}, staff ID {f['id']}"
                 for i, f in enumerate(_f))
add(
    id="saas-020", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of a customer's mail listing 5 staff (e-mail, mobile, staff ID) to the hosting vendor",
    sender=OKOCHI,
    to=["Grace Tan <grace.tan@nimbusdata.com.sg>"],
    subject="Fwd: VPN access for our new HR admins",
    charset="utf-8",
    body=(
        "Grace,\n\nCould you add these five to the allow-list for the SG admin VPN? Their mobiles are needed for\n"
        "the OTP enrolment on your side. Ticket on our side: OPS-7781.\n\nThanks, Sho\n\n"
        "---------- Forwarded message ---------\nFrom: Jun Hao Goh <junhao.goh@vantage-retail.sg>\n"
        "Date: Mon, 13 Oct 2025 at 10:12\nSubject: VPN access for our new HR admins\nTo: <s.okochi@hinode-sangyo.co.jp>\n\n"
        "Hi Sho,\n\nPlease set up admin VPN access for the following people joining our HR ops team:\n\n"
        + _fwd + "\n\nThey start on 20 Oct.\n\nCheers,\nJun Hao\nIT Manager, Vantage Retail Pte. Ltd.\n"),
)

_p = people("021", 5, "fujinami-logi.co.jp", "dot")
_blk = "\n".join(
    f"■{i + 1}件目\n　氏名　　：{p['name']}（{p['kana']}）\n　生年月日：{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日\n"
    f"　住所　　：〒{p['zip']} {p['addr']}\n　エラー　：{e}\n"
    for i, (p, e) in enumerate(zip(_p, ["住所の都道府県コード不一致", "住民税の特別徴収 市区町村コード未設定",
                                       "番地に全角ハイフン", "前職分の源泉徴収額が未入力", "住所の都道府県コード不一致"])))
add(
    id="saas-021", expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one block per person: 5 employees' birth dates and home addresses (migration errors) sent to the customer",
    sender=KASAI,
    to=["藤波ロジスティクス 人事部 雨宮様 <amamiya.k@fujinami-logi.co.jp>"],
    subject="給与データ移行 エラー5件のご確認のお願い",
    charset="iso-2022-jp",
    body=(
        "藤波ロジスティクス株式会社\n人事部 雨宮様\n\nいつもお世話になっております。日の出産業の葛西です。\n"
        "給与データの本番移行リハーサルを実施したところ、下記5件でエラーとなりました。\n"
        "お手数ですが、正しい内容をご確認いただけますでしょうか。\n\n" + _blk + "\n"
        "11/14（金）までにご回答いただければ、本番移行に間に合います。\nよろしくお願いいたします。\n"
        + sig_bar("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
)

_p = people("022", 12)
_bcos = [("港工業株式会社", "minato-kogyo.co.jp"), ("山吹商事株式会社", "yamabuki-shoji.co.jp"),
         ("涼風不動産株式会社", "suzukaze-fudosan.co.jp"), ("学校法人常盤学園", "tokiwa-gakuen.ac.jp"),
         ("藤波ロジスティクス株式会社", "fujinami-logi.co.jp"), ("北国フーズ株式会社", "kitaguni-foods.co.jp"),
         ("株式会社ルミナス薬局", "luminous-ph.co.jp"), ("有限会社丸岡製作所", "maruoka-ss.co.jp"),
         ("株式会社アトラス不動産", "atlas-re.co.jp"), ("北斗精機株式会社", "hokuto-seiki.co.jp"),
         ("株式会社カナエ商会", "kanae-shokai.co.jp"), ("浜名湖観光株式会社", "hamanako-kanko.co.jp")]
add(
    id="saas-022", expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 12 named billing contacts at customer companies (direct e-mail, mobile) sent to a billing-agency vendor",
    sender=HASEBE,
    to=["ネクストビル 導入担当 <onboarding@nextbill.co.jp>"],
    subject="請求代行サービス 初期登録データ（請求先担当者）",
    charset="cp932",
    body=(
        "株式会社ネクストビル\n導入ご担当者様\n\nお世話になっております。日の出産業 経理の長谷部です。\n"
        "請求代行サービスの初期登録用に、請求先の担当者一覧をCSV（UTF-8 BOM付）でお送りします。\n"
        "督促のお電話は担当者の携帯ではなく、なるべく代表番号へお願いいたします。\n\n長谷部\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
    attachments=[{
        "kind": "csv", "name": "billing_contacts.csv", "encoding": "utf-8-sig",
        "rows": [["顧客コード", "会社名", "担当者名", "担当者メール", "担当者携帯", "締日", "支払条件"]] + [
            [f"C{1001 + i * 4}", c, p["name"], p["email"].split("@")[0] + "@" + d, p["mobile"],
             "末日", "翌月末"] for i, (p, (c, d)) in enumerate(zip(_p, _bcos))],
    }],
)


# =========================================================================================
# STOP — identity numbers and card numbers
# =========================================================================================

def _grp(n: str, sep: str = " ") -> str:
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


add(
    id="saas-023", expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="My Numbers of two employees and a dependant in a bug report to the dev subcontractor",
    sender=FUKAMI,
    to=["星空ソフト 小林様 <kobayashi@hoshizora-soft.co.jp>"],
    subject="【年末調整】ERR-YA-114 扶養親族の個人番号重複エラーの件",
    charset="iso-2022-jp",
    body=(
        "星空ソフト 小林さん\n\nお疲れさまです。深見です。\n"
        "年末調整モジュールの取込で ERR-YA-114（扶養親族の個人番号重複）が出ている件、\n"
        "港工業様のデータで再現したので共有します。\n\n"
        f"  行12  従業員：猪狩 翔太（社員番号 30418）本人 個人番号 {_grp(my_number(2301))}\n"
        f"        扶養親族：猪狩 莉子（長女）個人番号 {_grp(my_number(2303))}\n"
        f"  行13  従業員：猪狩 美咲（社員番号 30422）本人 個人番号 {_grp(my_number(2302))}\n"
        f"        扶養親族：猪狩 莉子（長女）個人番号 {_grp(my_number(2303))}\n\n"
        "共働きの夫婦がそれぞれ子を扶養親族として入力しているケースです。\n"
        "本来は「16歳未満の扶養親族」欄なので重複チェックの対象外にすべきだと思います。\n"
        "仕様確認のうえ、修正方針をご連絡ください。\n\n深見\n"
        "--\n日の出産業株式会社 クラウド事業部 開発グループ 深見 亮\nTEL 03-5412-7786\n"),
)

_cc = card_number(2401)
add(
    id="saas-024", expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="full credit card number (with holder name and expiry) copied from a support ticket into mail to the payment processor",
    sender=MORISHITA,
    to=["QuellPay Merchant Support <merchant-support@quellpay.de>"],
    cc=["Lena Vogt <l.vogt@quellpay.de>"],
    subject="Declined renewal charge - merchant HINODE-CLOUD-JP, order INV-2025-10-4471",
    charset="utf-8",
    body=(
        "Hello QuellPay team,\n\nOne of our customers' annual renewal was declined three times with code 05\n"
        "(do not honour), although the card issuer told the customer there is no block.\n"
        "The customer pasted the card details into our ticket, so here they are to speed things up:\n\n"
        f"  Cardholder : AKANE SUWABE\n  Card number: {_grp(_cc)}\n  Expiry     : 07/28\n"
        "  Amount     : JPY 356,400 (INV-2025-10-4471)\n  Attempts   : 2025-10-01 03:00, 03:15, 03:30 JST\n\n"
        "Could you check on your side whether 3-D Secure was triggered for these attempts?\n\n"
        "Kind regards,\nAya Morishita\nHinode Cloud HR Support | +81-3-5412-7784\n"),
)

add(
    id="saas-025", expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two visiting engineers' passport numbers and birth dates sent to an outside 行政書士 for invitation papers",
    sender=WARD,
    to=["あさひ行政書士事務所 加納様 <kano@asahi-gyosei.jp>"],
    subject="短期商用ビザ 招へい書類作成のお願い（インド籍エンジニア2名）",
    charset="utf-8",
    body=(
        "あさひ行政書士事務所\n加納先生\n\nいつもお世話になっております。日の出産業のウォードです。\n"
        "12月に弊社開発委託先（Tessellate Labs, Bengaluru）からエンジニア2名を招へいいたします。\n"
        "招へい理由書・滞在予定表の作成をお願いできますでしょうか。\n\n"
        "1. Rahul MENON\n   生年月日：1991年3月14日\n   旅券番号：T4829175　（有効期限 2031/06/30）\n"
        "   役職：Senior Engineer\n\n"
        "2. Deepa KRISHNAN\n   生年月日：1994年11月2日\n   旅券番号：U1670342　（有効期限 2033/01/18）\n"
        "   役職：QA Lead\n\n"
        "滞在期間：2025年12月1日〜12月12日（12日間）\n滞在先：さくらホテル 浜松町\n"
        "用務：Hinode Cloud HR の受入テストおよび打合せ\n\nお手数ですが、ご対応よろしくお願いいたします。\n"
        "--\nEmily Ward（エミリー・ウォード）\n日の出産業株式会社 クラウド事業部 グローバルパートナーシップ\n"
        "TEL 03-5412-7790\n"),
)

add(
    id="saas-026", expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a foreign contractor's residence card number and expiry sent to the staffing agency",
    sender=MORISHITA,
    to=["ブリッジスタッフ 派遣営業 井口様 <iguchi@bridge-staff.co.jp>"],
    subject="派遣スタッフ グエン様の在留期間更新について",
    charset="cp932",
    body=(
        "株式会社ブリッジスタッフ\n井口様\n\nお世話になっております。日の出産業 サポートグループの森下です。\n\n"
        "弊社サポートセンターにご就業いただいているグエン・ティ・ホア様ですが、\n"
        "入館証の更新手続きで在留カードを確認したところ、在留期間の満了が近いようです。\n\n"
        "　氏名：NGUYEN THI HOA\n　在留カード番号：UH48213957FA\n　在留期間（満了日）：2025年12月4日\n"
        "　在留資格：技術・人文知識・国際業務\n\n"
        "更新申請の状況をご確認いただき、申請中であれば受付票の写しをご提出いただけますでしょうか。\n"
        "よろしくお願いいたします。\n" + sig("森下 彩", "サポートグループ", "a.morishita@hinode-sangyo.co.jp", "03-5412-7784")),
)

add(
    id="saas-027", expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a user's driver's licence number and birth date in a bug report to the eKYC vendor",
    sender=FUKAMI,
    to=["ミライeKYC 技術サポート <tech@mirai-ekyc.jp>"],
    subject="OCR結果の免許証番号が1桁ずれる事象について（問い合わせ番号 MK-55102）",
    charset="iso-2022-jp",
    body=(
        "ミライeKYC 技術サポートご担当者様\n\nお世話になっております。日の出産業 開発グループの深見です。\n"
        "入社手続き機能の本人確認で、免許証OCRの結果が1桁ずれる事象が発生しています。\n\n"
        "■該当ユーザー\n　氏名：百目鬼 沙織\n　生年月日：平成4年8月27日\n"
        "　免許証番号（券面）：第 3 0 1 8 2 4 5 6 7 9 1 0 号 → 301824567910\n"
        "　OCR結果：30182456791\n\n"
        "■発生日時：2025/10/16 11:42 頃\n■SDKバージョン：iOS 3.8.1\n\n"
        "券面画像はお送りできませんが、ログIDは ekyc-req-7f3a91c2 です。\n調査をお願いいたします。\n"
        "--\n日の出産業株式会社 クラウド事業部 開発グループ\n深見 亮  TEL 03-5412-7786\n"),
)

add(
    id="saas-028", expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's basic pension number and health-insurance card symbol/number sent to an outside 社労士 office",
    sender=TANABE,
    to=["花村社会保険労務士事務所 花村様 <hanamura@sr-hanamura.jp>"],
    subject="Re: 資格取得届の電子申請エラーについて（涼風不動産様）",
    charset="iso-2022-jp",
    body=(
        "花村先生\n\nお世話になっております。日の出産業の田辺です。\n"
        "電子申請でエラーになった件、Hinode Cloud HR に登録されている値を確認しました。\n\n"
        "　被保険者氏名：相馬 一輝（ソウマ カズキ）\n　生年月日：1998年6月3日\n"
        "　基礎年金番号：4127-308561\n　健康保険証　記号：3152　番号：418\n\n"
        "基礎年金番号は前職の源泉徴収票から転記されたもので、\n"
        "ハイフン位置は正しいのですが、先頭4桁が年金手帳と異なる可能性があります。\n"
        "お手数ですがご本人確認のうえ、修正値をお知らせください。\n\n"
        "> 電子申請で「基礎年金番号の誤り」のエラーが返ってきました。\n> 登録内容をご確認いただけますか。\n\n"
        + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")),
)

_p = people("029", 9, None)
add(
    id="saas-029", expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX year-end-adjustment migration sample with My Numbers, birth dates and addresses of 9 employees, to the SI",
    sender=KASAI,
    to=["ツバサシステム 岡部様 <okabe@tsubasa-system.jp>"],
    subject="年末調整データ移行 サンプル（北国フーズ様）",
    charset="iso-2022-jp",
    body=(
        "岡部さん\n\nお疲れさまです。葛西です。\n年末調整データ移行のマッピング確認用に、北国フーズ様の前年データから\n"
        "9名分を抜き出しました。個人番号の列の書式（ハイフン有無）がバラバラなので、\n"
        "変換ルールの検討にお使いください。\n\n確認が終わったら削除をお願いします。\n\n葛西\n"
        + sig("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "xlsx", "name": "nencho_sample_kitaguni.xlsx",
        "sheets": {
            "従業員": [["北国フーズ様 令和6年分 年末調整データ（抜粋）"],
                    ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所", "扶養人数"]] + [
                [p["emp"], p["name"], p["kana"], wareki(p["dob"], short=True),
                 my_number(2900 + i) if i % 3 else "-".join([my_number(2900 + i)[:4], my_number(2900 + i)[4:8], my_number(2900 + i)[8:]]),
                 p["zip"] + " " + p["addr"], i % 3]
                for i, p in enumerate(_p)],
            "変換メモ": [["項目", "旧システム", "新システム"], ["個人番号", "ハイフン混在", "12桁数字"],
                     ["生年月日", "和暦略記", "YYYY-MM-DD"]],
        },
    }],
)

_cc = card_number(3001)
add(
    id="saas-030", expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a corporate card number in full-width digits copied from the billing console into mail to the customer",
    sender=HASEBE,
    to=["ルミナス薬局 経理部 竹之内様 <takenouchi@luminous-ph.co.jp>"],
    subject="ご登録クレジットカードの有効期限について",
    charset="iso-2022-jp",
    body=(
        "株式会社ルミナス薬局\n経理部　竹之内様\n\nいつもお世話になっております。\n日の出産業 経理の長谷部でございます。\n\n"
        "Hinode Cloud HR の月額利用料のお支払いにご登録いただいているカードにつきまして、\n"
        "有効期限が今月末となっておりますのでご案内いたします。\n\n"
        f"　カード名義：ＴＡＫＥＮＯＵＣＨＩ　ＳＨＩＯＲＩ\n　カード番号：{fw(_grp(_cc, '－'))}\n"
        "　有効期限：１０／２５\n\n"
        "管理画面の「契約情報＞お支払い方法」から新しいカードへの変更をお願いいたします。\n"
        "ご不明点がございましたらお気軽にお問い合わせください。\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
)


# =========================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# =========================================================================================

add(
    id="saas-031", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named user's depression diagnosis and sick leave explained in running text to the SI partner",
    sender=TANABE,
    to=["ツバサシステム 今井様 <imai.s@tsubasa-system.jp>"],
    subject="港工業様 アカウント停止除外の件",
    charset="iso-2022-jp",
    body=(
        "今井さん\n\nお疲れさまです。田辺です。\n"
        "明日の一括停止バッチですが、港工業の鬼頭 千尋さん（社員番号 20817）は対象から外してください。\n\n"
        "人事の山根様から伺ったところ、鬼頭さんは先月うつ病と診断されて10月から3か月休職に入るそうで、\n"
        "休職中も傷病手当金の申請書類を給与明細画面から出せるようにしておきたい、とのことです。\n"
        "ロールだけ「閲覧のみ」に変えておいていただけると助かります。\n\n"
        "よろしくお願いします。\n田辺\n"
        + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")),
)

add(
    id="saas-032", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer user's blindness (disability) described to an accessibility consultancy",
    sender=WARD,
    to=["Clearpath Accessibility <hello@clearpath-a11y.com>"],
    subject="Screen-reader issues in the timesheet grid - user feedback",
    charset="utf-8",
    body=(
        "Hi Tom,\n\nThanks again for the audit last spring. We now have concrete feedback from a real user that\n"
        "I would like you to look at before the WCAG re-test.\n\n"
        "Kaori Hinata, a payroll officer at one of our customers (Yamabuki Shoji), has been blind since\n"
        "childhood and holds a grade-1 disability certificate. She uses NVDA with Firefox. In the monthly\n"
        "timesheet grid the focus jumps back to the first cell after every edit, and the approve button\n"
        "is announced only as \"button\". She has to ask a colleague to approve on her behalf, which her\n"
        "manager has now raised as a reasonable-accommodation issue.\n\n"
        "Could you propose fixes and an estimate? She has agreed to join a test session in November.\n"
        + sig_en("Emily Ward", "Global Partnerships", "e.ward@hinode-sangyo.co.jp")),
)

add(
    id="saas-033", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named guest's religion (Muslim: halal meals, prayer) sent to the partner hotel",
    sender=WARD,
    to=["さくらホテル浜松町 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="12月ご宿泊のご依頼（日の出産業・法人契約 HNS-0042）",
    charset="iso-2022-jp",
    body=(
        "さくらホテル浜松町\n宿泊予約課 御中\n\nいつもお世話になっております。日の出産業株式会社のウォードです。\n"
        "法人契約（HNS-0042）にて、下記の通り宿泊を予約させてください。\n\n"
        "・宿泊者：Mr. Farid HADDAD（ファリード・ハッダード様）\n・日程：2025年12月1日（月）〜12月6日（土）5泊\n"
        "・部屋タイプ：シングル 禁煙\n\n"
        "ハッダード様は敬虔なムスリムでいらっしゃるため、朝食はハラール対応メニューをご用意いただき、\n"
        "また1日5回のお祈りのため、客室にキブラ（メッカの方角）の表示をお願いできますでしょうか。\n"
        "金曜日はお昼にモスクへ行かれる予定です。\n\nよろしくお願いいたします。\n"
        "--\n日の出産業株式会社 クラウド事業部\nEmily Ward　TEL 03-5412-7790\n"),
)

add(
    id="saas-034", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a candidate's criminal conviction from a background check, in mail to the staffing agency",
    sender=SAKUMA,
    to=["ブリッジスタッフ 派遣営業 井口様 <iguchi@bridge-staff.co.jp>"],
    subject="特権ID運用担当 候補者の件",
    charset="cp932",
    body=(
        "井口様\n\nお世話になっております。日の出産業 佐久間です。\n"
        "ご紹介いただいた特権ID運用担当の候補者 舘野 修 様の件でご連絡いたします。\n\n"
        "弊社の委託先審査（バックグラウンドチェック）の結果、舘野様には2019年に業務上横領で\n"
        "有罪判決（執行猶予付き）を受けた経歴があることが判明しました。\n"
        "本人も面談の中でお認めになっています。\n\n"
        "本番環境の特権IDを扱うポジションのため、大変恐縮ですが今回は見送りとさせてください。\n"
        "別の候補者のご紹介をお待ちしております。\n\n"
        + sig("佐久間 順", "情報システムグループ", "j.sakuma@hinode-sangyo.co.jp", "03-5412-7785")),
)

add(
    id="saas-035", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named municipal employee is a domestic-violence victim (crime victim) — told to the offshore dev vendor",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>"],
    subject="URGENT: hide address field for one user in city.hoshimi tenant",
    charset="utf-8",
    body=(
        "Arjun,\n\nWe need a quick data fix in the Hoshimi City tenant today, before their org chart is published.\n\n"
        "Ms. Yukari Wagatsuma (employee 40552) is a victim of domestic violence; her former husband was\n"
        "arrested for assault in August and the city has put her under the DV support measure, so her\n"
        "home address must never be displayed to anyone, including her managers. Right now the org\n"
        "chart export shows the address of every employee.\n\n"
        "Please set address_visibility = 'hr_only' for her record and confirm the org-chart export\n"
        "respects that flag. Do not copy her record to staging.\n\nRyo\n"),
)

_p = people("036", 3, None)
add(
    id="saas-036", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX of 3 named employees' health-check results (blood pressure, HbA1c, findings) sent to the dev subcontractor",
    sender=KASAI,
    to=["星空ソフト 小林様 <kobayashi@hoshizora-soft.co.jp>"],
    subject="健康管理オプション 取込テストデータ",
    charset="iso-2022-jp",
    body=(
        "小林さん\n\n葛西です。健康管理オプションの健診結果取込で、判定区分が落ちる件の\n"
        "テストデータです。涼風不動産様からいただいた実データの一部なので取扱いにご注意ください。\n\n葛西\n"),
    attachments=[{
        "kind": "xlsx", "name": "kenshin_import_test.xlsx",
        "sheets": {"健診結果": [["令和7年度 定期健康診断結果（抜粋）"],
                             ["社員番号", "氏名", "生年月日", "受診日", "血圧(上/下)", "HbA1c", "γ-GTP", "総合判定", "所見"],
                             [_p[0]["emp"], _p[0]["name"], _p[0]["dob"].isoformat(), "2025-06-12", "168/104", 6.9, 142, "D2",
                              "高血圧、糖尿病の疑い 要精密検査"],
                             [_p[1]["emp"], _p[1]["name"], _p[1]["dob"].isoformat(), "2025-06-12", "118/72", 5.4, 24, "A", "異常なし"],
                             [_p[2]["emp"], _p[2]["name"], _p[2]["dob"].isoformat(), "2025-06-13", "132/88", 5.9, 310, "C",
                              "肝機能障害 要経過観察"]]},
    }],
)

add(
    id="saas-037", expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named UK employee's ethnic origin quoted from a customer's HR record, sent to the analytics vendor",
    sender=WARD,
    to=["Niamh Byrne <niamh.byrne@ostara-analytics.ie>"],
    subject="Diversity dashboard mapping error - Hollis & Grant",
    charset="utf-8",
    body=(
        "Hi Niamh,\n\nHollis & Grant (our UK customer) spotted a mapping problem in the diversity dashboard your\n"
        "pipeline feeds. Example: Daniel Okafor, a warehouse supervisor in their Leeds site, is recorded\n"
        "in their HRIS with ethnic origin \"Black British - Nigerian\", but your dashboard puts him in\n"
        "\"Other / not stated\". The free-text values seem to be matched case-sensitively.\n\n"
        "Can you fix the matching and re-run the September load? Their equality report goes to the board\n"
        "on 5 November.\n\nThanks,\nEmily\n--\nEmily Ward | Hinode Sangyo | +81-3-5412-7790\n"),
)


# =========================================================================================
# STOP — three or more external parties visible in To/Cc
# =========================================================================================

add(
    id="saas-038", expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="incident notice sent to five customer companies in To: each can see the others (should have been Bcc)",
    sender=SUPPORT,
    to=["港工業 山根様 <yamane@minato-kogyo.co.jp>", "山吹商事 総務部 <soumu@yamabuki-shoji.co.jp>",
        "涼風不動産 宍戸様 <shishido-m@suzukaze-fudosan.co.jp>", "藤波ロジスティクス 雨宮様 <amamiya.k@fujinami-logi.co.jp>",
        "北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
    cc=["田辺 健吾 <k.tanabe@hinode-sangyo.co.jp>"],
    subject="【障害報告】10/21 朝の打刻不可事象について（第1報）",
    charset="cp932",
    body=(
        "Hinode Cloud HR をご利用のお客様各位\n\nいつも Hinode Cloud HR をご利用いただき誠にありがとうございます。\n\n"
        "本日 10月21日（火）7:52〜8:37 の間、スマートフォンアプリおよびICカードリーダーからの\n"
        "打刻ができない障害が発生しておりました。現在は復旧しております。\n\n"
        "■影響範囲\n　東京リージョンをご利用のお客様（打刻のみ。給与・申請機能への影響はありません）\n"
        "■原因\n　認証基盤の証明書更新作業における設定誤り（詳細調査中）\n"
        "■お客様へのお願い\n　該当時間帯の打刻は、管理画面の「打刻修正」から一括補正いただけます。\n\n"
        "第2報は本日17時までにお送りいたします。\nご迷惑をおかけし、誠に申し訳ございません。\n\n"
        "日の出産業株式会社 クラウド事業部\nHinode Cloud サポートセンター\nTEL 0120-58-1770（平日 9:00〜18:00）\n"),
)

add(
    id="saas-039", expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="beta-test invitation to four private persons on free mail, all in To",
    sender=SHIRAISHI,
    to=["tomomi.kanno55@gmail.com", "s_hozumi_1988@yahoo.co.jp", "rikohina@icloud.com",
        "wataru-k.0312@docomo.ne.jp"],
    subject="【Hinode Cloud HR】新モバイルアプリ βテストご参加のお礼とご案内",
    charset="iso-2022-jp",
    body=(
        "βテストにご応募いただいた皆さま\n\nこのたびは新モバイルアプリのβテストにご応募いただき、誠にありがとうございます。\n"
        "日の出産業 クラウド事業部の白石です。\n\n"
        "テスト期間：11月4日（火）〜11月28日（金）\n"
        "参加方法：下記URLからテスト版アプリをインストールしてください。\n"
        "　https://beta.hinode-cloud.example/join?code=HC-BETA-25\n\n"
        "ご感想はアプリ内の「フィードバック」ボタンからお寄せください。\n"
        "テスト終了後、Amazonギフトカード（2,000円分）をお送りいたします。\n\nよろしくお願いいたします。\n"
        + sig("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp", "03-5412-7783")),
)

add(
    id="saas-040", expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="cutover plan addressed to three different vendors in To/Cc",
    sender=OKOCHI,
    to=["Grace Tan <grace.tan@nimbusdata.com.sg>", "Jordan Miles <jmiles@brightdesk.io>"],
    cc=["Arjun Nair <arjun.nair@tessellate-labs.in>", "SRE <sre@hinode-sangyo.co.jp>"],
    subject="Cutover plan: Tokyo DC -> Osaka DC, Sat 15 Nov (v2)",
    charset="utf-8",
    body=(
        "All,\n\nHere is v2 of the cutover plan for the weekend of 15 November. Changes since v1 in [brackets].\n\n"
        "  T-7d  (Sat 8 Nov)   Nimbus: final storage replication test, report by 18:00 JST\n"
        "  T-1d  (Fri 14 Nov)  Brightdesk: banner on the customer portal [text attached to the ticket]\n"
        "  T0    (Sat 15 Nov)  22:00 JST freeze; 22:15 DNS TTL already at 60s\n"
        "  T+1h               Tessellate: smoke tests (login, clock-in, payslip download) [added payroll export]\n"
        "  T+3h               Go / no-go call; rollback window closes at 04:00 JST\n\n"
        "Bridge: https://meet.example/hinode-cutover (PIN 4471 0925)\n"
        "Please reply-all with any objection by Wednesday.\n"
        + sig_en("Sho Okochi", "SRE Lead", "s.okochi@hinode-sangyo.co.jp")),
)

add(
    id="saas-041", expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="price-revision notice to three reseller companies visible to each other in To/Cc",
    sender=SHIRAISHI,
    to=["クモパートナーズ 樋口様 <higuchi@kumo-partners.co.jp>"],
    cc=["ツバサシステム 営業部 <sales@tsubasa-system.jp>", "あおぞらIT 森本様 <morimoto@aozora-it.co.jp>"],
    subject="2026年4月 価格改定のご案内（販売パートナー各位）",
    charset="cp932",
    body=(
        "販売パートナー各位\n\n平素より Hinode Cloud HR の販売にご協力いただき、誠にありがとうございます。\n\n"
        "2026年4月1日より、下記の通り標準価格を改定させていただくことになりました。\n\n"
        "　勤怠プラン　　　　　 月額 300円／ID → 350円／ID\n"
        "　勤怠＋給与プラン　　 月額 600円／ID → 680円／ID\n"
        "　フルパッケージ　　　 月額 900円／ID → 980円／ID\n\n"
        "既存のお客様は、次回更新日まで現行価格が適用されます。\n"
        "パートナー様向けの卸価格は、別途担当より個別にご案内いたします。\n\n何卒ご理解賜りますようお願い申し上げます。\n"
        + sig_bar("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp")),
)

add(
    id="saas-042", expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two client companies plus a freelance consultant on gmail all in To/Cc: three external parties",
    sender=TANABE,
    to=["港工業 山根様 <yamane@minato-kogyo.co.jp>"],
    cc=["ツバサシステム 岡部様 <okabe@tsubasa-system.jp>", "小野寺 隆之 <onodera.takayuki.pm@gmail.com>"],
    subject="Re: 本番移行判定会議の日程について",
    charset="iso-2022-jp",
    body=(
        "港工業 山根様\n（cc：ツバサシステム 岡部様、PMO 小野寺様）\n\nお世話になっております。日の出産業の田辺です。\n\n"
        "本番移行判定会議は、11月18日（火）15:00〜16:00 で確定とさせてください。\n"
        "場所は港工業様 本社3F会議室、オンライン参加の方向けにTeamsのURLも別途お送りします。\n\n"
        "議題：\n　1. 並行稼働結果のご報告（ツバサシステム様）\n　2. 未解決課題の確認\n　3. 移行判定\n\n"
        "よろしくお願いいたします。\n" + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")
        + "\n> 田辺様\n> 判定会議ですが、18日午後でいかがでしょうか。\n> 山根\n"),
)


# =========================================================================================
# STOP — look-alike recipient domains
# =========================================================================================

add(
    id="saas-043", expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp",
    sender=KASAI,
    to=["岡部 様 <okabe@tsubasa-sytem.jp>"],
    subject="港工業様 本番移行スケジュール（確定版）",
    charset="iso-2022-jp",
    body=(
        "岡部さん\n\nお疲れさまです。葛西です。\n港工業様の本番移行スケジュールが確定しましたので共有します。\n\n"
        "　11/18（火）移行判定会議\n　11/21（金）18:00 旧システム入力停止\n"
        "　11/22（土）データ最終抽出・取込（ツバサシステム様作業）\n　11/23（日）検証、切替判断\n"
        "　11/25（火）本番稼働\n\n当日の連絡体制は別途お送りします。\n葛西\n"
        + sig("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
)

add(
    id="saas-044", expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the 'co.' of partner bank midori-ginko.co.jp",
    sender=HASEBE,
    to=["石原様 <ishihara.k@midori-ginko.jp>"],
    subject="口座振替データ連携仕様書（ドラフト）について",
    charset="iso-2022-jp",
    body=(
        "みどり銀行\n法人営業部 石原様\n\nお世話になっております。日の出産業の長谷部でございます。\n\n"
        "先日お打合せいたしました口座振替データ連携について、仕様の確認事項を3点お送りします。\n\n"
        "1. 委託者コードは既存の「1048392011」を流用してよいか\n"
        "2. 振替結果ファイルの返却タイミング（振替日の翌営業日 10時で可か）\n"
        "3. テスト環境のファイル受渡しはSFTPで可能か\n\n"
        "ご確認のほど、よろしくお願い申し上げます。\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
)

add(
    id="saas-045", expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal weekly report sent to hinode-sangyo.com, a TLD swap of the company's own domain",
    sender=TANABE,
    to=["森下 彩 <a.morishita@hinode-sangyo.com>"],
    cc=["佐久間 順 <j.sakuma@hinode-sangyo.co.jp>"],
    subject="CS週報 10/27週",
    charset="utf-8",
    body=(
        "森下さん\n\n今週のCS週報です。サポート側の数字と合わせて月曜の部会で使います。\n\n"
        "・新規稼働：3社（ルミナス薬局、丸岡製作所、カナエ商会）\n・解約予告：1社（アトラス不動産、2026/3末）\n"
        "・ヘルススコア要注意：北斗精機（ログイン率 41%）、浜名湖観光（問い合わせ急増）\n"
        "・NRR（直近12か月）：108.4%\n\n北斗精機は来週オンサイト訪問を入れています。\n\n田辺\n"),
)

add(
    id="saas-046", expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp: 'i' replaced by 'l' in partner kawasaki-denki.co.jp",
    sender=SHIRAISHI,
    to=["川崎電機 購買部 平田様 <hirata@kawasaki-denkl.co.jp>"],
    subject="Hinode Cloud HR 保守契約更新のお見積りについて",
    charset="cp932",
    body=(
        "川崎電機株式会社\n購買部 平田様\n\nいつもお世話になっております。日の出産業の白石でございます。\n"
        "2026年度の保守契約更新のお見積書を、別途郵送にてお送りいたしました。\n\n"
        "　見積番号：Q-2025-1107\n　契約期間：2026年4月1日〜2027年3月31日\n"
        "　金額：年額 4,536,000円（税抜）\n\n"
        "ご不明な点がございましたら、お気軽にお申し付けください。\n"
        + sig("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp", "03-5412-7783")),
)

add(
    id="saas-047", expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="xn--skura-hotel-yij.jp is a homoglyph (Cyrillic а) of partner sakura-hotel.jp",
    sender=WARD,
    to=["Reservations <reservation@xn--skura-hotel-yij.jp>"],
    subject="Booking change - Hinode Sangyo corporate account HNS-0042",
    charset="utf-8",
    body=(
        "Dear Reservations team,\n\nPlease change our booking under corporate account HNS-0042 as follows:\n\n"
        "  Guests : Mr. Rahul Menon, Ms. Deepa Krishnan\n  Old    : 1-12 December 2025 (2 single rooms)\n"
        "  New    : 30 November - 12 December 2025 (2 single rooms, non-smoking)\n\n"
        "Billing stays with Hinode Sangyo (invoice to the corporate account).\n"
        + sig_en("Emily Ward", "Global Partnerships", "e.ward@hinode-sangyo.co.jp")),
)


# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

add(
    id="saas-048", expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="body stamped 【社外秘】 (partner wholesale price list) sent to a reseller",
    sender=SHIRAISHI,
    to=["クモパートナーズ 樋口様 <higuchi@kumo-partners.co.jp>"],
    subject="2026年度 パートナー卸価格のご案内",
    charset="iso-2022-jp",
    body=(
        "【社外秘】\n\n株式会社クモパートナーズ\n樋口様\n\nいつもお世話になっております。日の出産業の白石です。\n"
        "2026年度のパートナー卸価格を下記の通りご案内いたします。\n\n"
        "　　　　　　　　　　　標準価格　　卸価格（Gold）　卸価格（Silver）\n"
        "　勤怠プラン　　　　　350円　　　245円　　　　　266円\n"
        "　勤怠＋給与プラン　　680円　　　476円　　　　　517円\n"
        "　フルパッケージ　　　980円　　　686円　　　　　745円\n\n"
        "※御社は2026年度も Gold ランクでございます。\n\n"
        + sig("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp", "03-5412-7783")),
)

add(
    id="saas-049", expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL page header (SOC 2 report) — marking only inside the attachment",
    sender=WARD,
    to=["Chloe Dubois <c.dubois@hollisgrant.co.uk>"],
    subject="Security review: SOC 2 Type II bridge letter and summary",
    charset="utf-8",
    body=(
        "Dear Chloe,\n\nThank you for sending the countersigned mutual NDA. As promised, attached is the summary of our\n"
        "SOC 2 Type II report for the period 1 April 2024 - 31 March 2025, together with the bridge letter\n"
        "covering April to September 2025. The full report is available on our trust portal.\n\n"
        "Happy to set up a call with our security team if your reviewers have questions.\n"
        + sig_en("Emily Ward", "Global Partnerships & Compliance", "e.ward@hinode-sangyo.co.jp")),
    attachments=[{
        "kind": "pdf", "name": "HinodeCloudHR_SOC2_TypeII_summary_FY2024.pdf",
        "title": "SOC 2 Type II summary", "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "page_footer": "Do not distribute without written permission",
        "lines": ["Hinode Cloud HR - SOC 2 Type II report summary", "Period: 1 April 2024 to 31 March 2025",
                  "Service auditor: AuditPeak LLP", "Opinion: unqualified", "",
                  "Trust services criteria in scope: Security, Availability, Confidentiality", "",
                  "Exceptions noted: 1 (CC6.2 - one leaver's access removed 3 days late)",
                  "Management response: automated de-provisioning implemented in June 2025", "",
                  "Bridge letter: no significant changes to the system between 1 April and 30 September 2025."],
    }],
)

add(
    id="saas-050", expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX incident-report draft whose footer is stamped 取扱注意, sent to the customer",
    sender=OKOCHI,
    to=["港工業 情報システム課 山根様 <yamane@minato-kogyo.co.jp>"],
    subject="10/21 障害 報告書（ドラフト）ご確認のお願い",
    charset="iso-2022-jp",
    body=(
        "港工業株式会社\n情報システム課 山根様\n\nお世話になっております。日の出産業 SREの大河内です。\n"
        "10月21日の打刻障害について、報告書のドラフトを添付いたします。\n"
        "御社の社内報告にご利用いただけるよう、時系列と再発防止策を詳しめに記載しました。\n"
        "表現などご要望がございましたら、11/4までにお知らせください。\n\n"
        "--\n日の出産業株式会社 クラウド事業部 SREグループ\n大河内 翔　TEL 03-5412-7788\n"),
    attachments=[{
        "kind": "docx", "name": "障害報告書_20251021_draft.docx", "title": "障害報告書",
        "page_footer": "取扱注意　日の出産業株式会社",
        "paragraphs": ["障害報告書（ドラフト）", "1. 概要", "2025年10月21日 7:52〜8:37、打刻APIが認証エラーを返し、打刻ができない状態となった。",
                       "2. 原因", "認証基盤のTLS証明書更新時、中間証明書の設定が欠落していた。",
                       "3. 再発防止策", "証明書更新手順のチェックリスト化、ステージングでの事前検証の必須化、外形監視の追加。"],
        "tables": [[["時刻", "事象"], ["7:52", "打刻APIのエラー率上昇を検知"], ["8:20", "原因特定"], ["8:37", "証明書差し替え、復旧"]]],
    }],
)

add(
    id="saas-051", expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject classified 【極秘】 (acquisition project) sent to the outside law firm",
    sender=SEKI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【極秘】Project Kestrel 株式譲渡契約書ドラフトへのコメント",
    charset="iso-2022-jp",
    body=(
        "白川先生\n\nいつもお世話になっております。日の出産業 法務の関でございます。\n"
        "Project Kestrel（対象会社：勤怠SaaS事業者）の株式譲渡契約書ドラフトについて、\n"
        "事業部からのコメントを取りまとめましたのでお送りいたします。\n\n"
        "1. 表明保証：対象会社の顧客データの越境移転（シンガポール）に関する条項を追加したい\n"
        "2. クロージング条件：主要顧客上位10社の契約承継の同意取得\n"
        "3. 補償：個人情報漏えいに起因する損害の補償上限を別枠としたい\n\n"
        "来週のお打合せでご相談させてください。\n\n関 美穂\n日の出産業株式会社 法務・個人情報保護室\nTEL 03-5412-7792\n"),
)

add(
    id="saas-052", expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX with page header 'Internal Only' and a 部外秘 title row, sent to the offshore vendor",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>"],
    subject="FY2026 H1 roadmap + effort budget for your team",
    charset="utf-8",
    body=(
        "Arjun,\n\nAttached is the H1 roadmap with the effort budget we have for Tessellate. Please check the\n"
        "person-month estimates on the second sheet before our call on Friday.\n\nRyo\n"),
    attachments=[{
        "kind": "xlsx", "name": "roadmap_FY2026H1.xlsx", "page_header": "Internal Only",
        "sheets": {
            "Roadmap": [["部外秘 — Hinode Cloud HR ロードマップ FY2026 H1"], [],
                        ["Epic", "Quarter", "Owner", "Status"],
                        ["Shift planning AI", "Q1", "Tessellate", "Discovery"],
                        ["Payroll for Singapore", "Q1-Q2", "Hinode", "Planned"],
                        ["SCIM 2.0 provisioning", "Q1", "Tessellate", "In progress"],
                        ["Audit log streaming", "Q2", "Hinode", "Planned"]],
            "Budget": [["Epic", "PM (Tessellate)", "Rate USD", "Total USD"],
                       ["Shift planning AI", 14, 6200, 86800], ["SCIM 2.0 provisioning", 5, 6200, 31000]],
        },
    }],
)


# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

_p = people("053", 10, None)
add(
    id="saas-053", expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of payslip data: contents cannot be inspected",
    sender=SUPPORT,
    to=["北国フーズ 人事課 蓮見様 <hasumi@kitaguni-foods.co.jp>"],
    subject="【Hinode Cloud HR】給与明細再発行データの送付",
    charset="iso-2022-jp",
    body=(
        "北国フーズ株式会社\n人事課 蓮見様\n\nいつも Hinode Cloud HR をご利用いただきありがとうございます。\n"
        "ご依頼いただいた9月分給与明細の再発行データを、パスワード付きZIPにてお送りいたします。\n"
        "パスワードは別メールにてお送りいたします。\n\n"
        "Hinode Cloud サポートセンター\nTEL 0120-58-1770\n"),
    attachments=[{
        "kind": "zip", "name": "payslip_reissue_202509.zip", "password": "Kf#2025-0930",
        "files": [{"kind": "csv", "name": "payslip_202509.csv", "encoding": "cp932",
                   "rows": [["社員番号", "氏名", "総支給額", "控除合計", "差引支給額"]] + [
                       [p["emp"], p["name"], 280000 + i * 11000, 61000 + i * 2300, 219000 + i * 8700]
                       for i, p in enumerate(_p)]}],
    }],
)

add(
    id="saas-054", expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted (password-protected) PDF attachment cannot be inspected",
    sender=HASEBE,
    to=["涼風不動産 経理部 <keiri@suzukaze-fudosan.co.jp>"],
    subject="10月分 ご利用明細書（パスワード付PDF）",
    charset="cp932",
    body=(
        "涼風不動産株式会社\n経理部 御中\n\nいつもお世話になっております。日の出産業 経理の長谷部です。\n"
        "10月分のご利用明細書をお送りいたします。\n"
        "PDFには、ご契約時にお届けいただいたパスワードを設定しております。\n\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
    attachments=[{
        "kind": "pdf", "name": "利用明細_202510_涼風不動産.pdf", "password": "sz0442",
        "lines": ["ご利用明細書 2025年10月分", "涼風不動産株式会社 御中", "フルパッケージ 412 ID × 900円 = 370,800円"],
    }],
)

add(
    id="saas-055", expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment that cannot be opened",
    sender=OKOCHI,
    to=["Deepa Krishnan <deepa.k@tessellate-labs.in>"],
    subject="Load test results - payroll batch 4.19 RC1",
    charset="utf-8",
    body=(
        "Deepa,\n\nAttached are the load-test results for the payroll batch (4.19 RC1, 12k employees).\n"
        "p95 went from 41 min to 58 min versus 4.18; sheet 'diff' has the per-step timings.\n\nSho\n"),
    attachments=[{"kind": "corrupt", "name": "loadtest_payroll_4.19rc1.xlsx"}],
)

add(
    id="saas-056", expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt DOCX attachment (truncated) that cannot be inspected",
    sender=MORISHITA,
    to=["常盤学園 事務局 南雲様 <nagumo@tokiwa-gakuen.ac.jp>"],
    subject="教職員向け 操作マニュアル（改訂版）の送付",
    charset="iso-2022-jp",
    body=(
        "学校法人常盤学園\n事務局 南雲様\n\nお世話になっております。日の出産業 サポートの森下です。\n"
        "先日ご指摘いただいた箇所を修正した、教職員向け操作マニュアルの改訂版をお送りします。\n"
        "変更点は巻末の改訂履歴をご覧ください。\n\n"
        + sig("森下 彩", "サポートグループ", "a.morishita@hinode-sangyo.co.jp", "03-5412-7784")),
    attachments=[{"kind": "corrupt", "name": "操作マニュアル_教職員向け_v2.1.docx"}],
)


# =========================================================================================
# PASS — the everyday mail that must go
# =========================================================================================

add(
    id="saas-057", expect="pass",
    entities=[],
    detectors=[],
    note="ordinary vendor mail about SLA credits; the standard English confidentiality disclaimer is not a marking",
    sender=OKOCHI,
    to=["Jordan Miles <jmiles@brightdesk.io>"],
    subject="SLA credit for September outage (contract BD-ENT-2231)",
    charset="utf-8",
    body=(
        "Hi Jordan,\n\nPer section 7.2 of our enterprise agreement, the 3h 12m portal outage on 18 September\n"
        "brings monthly availability to 99.55%, below the 99.9% commitment. That corresponds to a 10%\n"
        "service credit on the September invoice (BD-INV-093381, USD 14,200 -> credit USD 1,420).\n\n"
        "Could you confirm the credit will appear on the October invoice?\n"
        + sig_en("Sho Okochi", "SRE Lead", "s.okochi@hinode-sangyo.co.jp") + DISCLAIMER_EN),
)

add(
    id="saas-058", expect="pass",
    entities=[],
    detectors=[],
    note="release schedule to one customer; the Japanese 機密情報 disclaimer is boilerplate, not a marking",
    sender=TANABE,
    to=["港工業 情報システム課 山根様 <yamane@minato-kogyo.co.jp>"],
    subject="Hinode Cloud HR 4.19 リリース予定のご案内",
    charset="iso-2022-jp",
    body=(
        "港工業株式会社\n情報システム課 山根様\n\nいつもお世話になっております。日の出産業の田辺です。\n\n"
        "次期バージョン 4.19 のリリース予定をご案内いたします。\n\n"
        "　リリース日：2025年12月9日（火）\n　主な変更：シフト作成画面の刷新、有休の時間単位取得、SCIM連携（β）\n"
        "　影響：12月9日 1:00〜3:00 は管理画面がご利用いただけません（打刻は可能です）\n\n"
        "詳細なリリースノートは12月1日に公開予定です。\n引き続きよろしくお願いいたします。\n"
        + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")
        + DISCLAIMER_JA),
)

add(
    id="saas-059", expect="pass",
    entities=[],
    detectors=[],
    note="mail about concluding an NDA with the NDA template attached; 機密情報 appears only as a defined term",
    sender=SEKI,
    to=["青葉運輸 総務部 法務課 岩淵様 <iwabuchi@aoba-unyu.co.jp>"],
    subject="秘密保持契約書（案）のご送付",
    charset="iso-2022-jp",
    body=(
        "青葉運輸株式会社\n総務部 法務課 岩淵様\n\nお世話になっております。日の出産業 法務の関でございます。\n\n"
        "Hinode Cloud HR 導入検討に先立ち、御社の勤怠データをお預かりしてPoCを行うにあたって、\n"
        "秘密保持契約を締結させていただきたく、弊社ひな形をお送りいたします。\n"
        "第2条（機密情報の定義）および第8条（返還・破棄）について、御社のご要望があれば\n"
        "修正案をお知らせください。\n\nよろしくお願い申し上げます。\n"
        "--\n日の出産業株式会社 法務・個人情報保護室\n関 美穂　TEL 03-5412-7792\n"),
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "青葉運輸株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲乙間の勤怠管理システム導入検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）本契約は、本目的のために開示される機密情報の取扱いを定める。",
            "第2条（機密情報の定義）本契約において機密情報とは、開示者が受領者に開示した技術上・営業上の情報であって、"
            "開示の際に機密である旨を明示したものをいう。",
            "第3条（秘密保持義務）受領者は、機密情報を第三者に開示・漏えいしてはならない。",
            "第8条（返還・破棄）受領者は、本契約終了時または開示者の請求があったときは、機密情報を速やかに返還または破棄する。",
            "第10条（有効期間）本契約の有効期間は、締結日から2年間とする。",
        ],
    }],
)

add(
    id="saas-060", expect="pass",
    entities=[],
    detectors=[],
    note="meeting confirmation; only the sender's own signature carries phone numbers",
    sender=SHIRAISHI,
    to=["北斗精機 管理本部 大庭様 <oba@hokuto-seiki.co.jp>"],
    subject="Re: 11/12 ご訪問の件",
    charset="cp932",
    body=(
        "北斗精機株式会社\n管理本部 大庭様\n\nご返信ありがとうございます。\n"
        "それでは11月12日（水）14:00に、御社 浜松本社へお伺いいたします。\n"
        "当日は弊社CSの田辺と2名で参ります。\n\n"
        "ご利用状況のレビューと、シフト機能の活用についてご提案させていただく予定です。\n"
        "所要時間は1時間程度を見込んでおります。\n\nどうぞよろしくお願いいたします。\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nクラウド事業部 営業グループ\n白石 ルミ（Shiraishi Rumi）\n"
        + HQ + "\nTEL：03-5412-7783（直通）／03-5412-7780（代表）\nFAX：03-5412-7799\n携帯：080-4471-2093\n"
        "E-mail：r.shiraishi@hinode-sangyo.co.jp\nURL：https://www.hinode-sangyo.co.jp/cloud/\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "> 白石様\n> 12日14時でお待ちしております。受付で私の名前をお伝えください。\n> 大庭\n"),
)

add(
    id="saas-061", expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer contact (name, e-mail, direct line) registered with the helpdesk vendor — one person, may warn",
    sender=MORISHITA,
    to=["Brightdesk Support <support@brightdesk.io>"],
    subject="Add authorised contact for org HINODE-CLOUD (account 77120)",
    charset="utf-8",
    body=(
        "Hello,\n\nPlease add the following person as an authorised contact for our organisation\n"
        "(account 77120). She replaces Kenta Sato, who has moved to another team.\n\n"
        "  Name : Misaki Yakushiji\n  Email: m.yakushiji@hinode-sangyo.co.jp\n"
        "  Phone: +81-3-5412-7795 (direct), +81-90-3318-6624 (mobile, P1 escalations only)\n"
        "  Role : Support Operations Manager\n\nThank you,\nAya Morishita\nHinode Cloud HR Support\n"),
)

add(
    id="saas-062", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visiting staff with mobile numbers sent to the customer's reception — short attendee list, may warn",
    sender=TANABE,
    to=["川崎電機 総務部 受付 <uketsuke@kawasaki-denki.co.jp>"],
    subject="11/19 ご来訪者登録のお願い（日の出産業 3名）",
    charset="iso-2022-jp",
    body=(
        "川崎電機株式会社\n総務部 受付ご担当者様\n\nお世話になっております。日の出産業の田辺です。\n"
        "11月19日（水）10:00〜、情報システム部 真鍋様とのお打合せのため、下記3名で伺います。\n"
        "入館登録をお願いいたします。\n\n"
        "　田辺 健吾（携帯 080-2265-9013）\n　大河内 翔（携帯 090-7731-4408）\n　深見 亮　（携帯 070-1184-5527）\n\n"
        "当日は車1台（品川 300 さ 12-34）で参ります。\n"
        + sig("田辺 健吾", "カスタマーサクセスグループ", "k.tanabe@hinode-sangyo.co.jp", "03-5412-7781")),
)

add(
    id="saas-063", expect="pass",
    entities=[],
    detectors=[],
    note="directory of partner offices (company switchboards and office addresses) — businesses, not people",
    sender=SHIRAISHI,
    to=["あおぞらIT 森本様 <morimoto@aozora-it.co.jp>"],
    subject="導入支援パートナー一覧（地域別）",
    charset="utf-8",
    body=(
        "あおぞらIT 森本様\n\nお世話になっております。白石です。\nお問い合わせの、地域別の導入支援パートナー一覧です。\n\n"
        "地域      会社名                      所在地                                  代表電話\n"
        "--------  --------------------------  --------------------------------------  -------------\n"
        "北海道    株式会社ノースリンク         札幌市中央区北二条西3-1 札幌駅前ビル5F      011-221-4470\n"
        "東北      みちのくシステム株式会社     仙台市青葉区中央2-8-13                    022-263-1180\n"
        "関東      ツバサシステム株式会社       東京都千代田区神田錦町1-6                 03-5280-7711\n"
        "中部      東海ソリューションズ株式会社 名古屋市中区栄3-15-27                     052-251-9030\n"
        "関西      株式会社ナニワデータ         大阪市北区梅田1-11-4 大阪駅前第4ビル12F   06-6344-2215\n"
        "九州      九州クラウドワークス株式会社 福岡市博多区博多駅前2-19-24               092-412-5566\n"
        "沖縄      株式会社うるまIT             那覇市久茂地3-21-1                        098-861-0734\n\n"
        "いずれも Hinode Cloud HR 認定パートナーです。\n" + sig("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp", "03-5412-7783")),
)

add(
    id="saas-064", expect="pass",
    entities=[],
    detectors=[],
    note="price list sent to a prospect",
    sender=SHIRAISHI,
    to=["Liam Gallagher <liam.gallagher@hollisgrant.co.uk>"],
    subject="Hinode Cloud HR - pricing for 350 employees (UK entity)",
    charset="utf-8",
    body=(
        "Dear Liam,\n\nThank you for the call yesterday. Below is our standard pricing for the UK entity (350\n"
        "employees), billed annually in GBP:\n\n"
        "  Plan                     Per employee / month   350 employees / year\n"
        "  -----------------------  ---------------------  --------------------\n"
        "  Time & Attendance        GBP 2.10               GBP  8,820\n"
        "  Attendance + Payroll     GBP 4.20               GBP 17,640\n"
        "  Full suite (incl. HRIS)  GBP 6.00               GBP 25,200\n\n"
        "  One-off implementation   GBP 6,500 (data migration, SSO set-up, 2 admin trainings)\n\n"
        "Prices exclude VAT. This quote (Q-UK-2025-0318) is valid until 31 December 2025.\n"
        + sig_en("Rumi Shiraishi", "Sales", "r.shiraishi@hinode-sangyo.co.jp", "+81-3-5412-7783")),
)

add(
    id="saas-065", expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice PDF with the company's registration number (T-number) and company bank account — no personal data",
    sender=HASEBE,
    to=["北斗精機 経理課 <keiri@hokuto-seiki.co.jp>"],
    subject="請求書送付のご案内（請求書番号 INV-2025-11-0217）",
    charset="iso-2022-jp",
    body=(
        "北斗精機株式会社\n経理課 御中\n\nいつもお世話になっております。日の出産業株式会社 経理の長谷部でございます。\n"
        "11月分のご利用料金の請求書をお送りいたします。\n\n"
        "　請求書番号：INV-2025-11-0217\n　ご請求金額：217,800円（税込）\n　お支払期限：2025年12月31日\n\n"
        f"適格請求書発行事業者登録番号：{HINODE_T}\n\n"
        + sig("長谷部 誠", "経理グループ", "m.hasebe@hinode-sangyo.co.jp", "03-5412-7787")),
    attachments=[{
        "kind": "pdf", "name": "INV-2025-11-0217.pdf", "title": "請求書 INV-2025-11-0217",
        "lines": ["請求書", "北斗精機株式会社 御中", "請求書番号：INV-2025-11-0217　発行日：2025年11月30日",
                  "日の出産業株式会社　" + HQ, f"登録番号：{HINODE_T}", ""],
        "table": [["品目", "数量", "単価", "金額"],
                  ["Hinode Cloud HR 勤怠＋給与プラン（11月分）", "330 ID", "600", "198,000"],
                  ["", "", "小計", "198,000"], ["", "", "消費税（10%）", "19,800"], ["", "", "合計", "217,800"],
                  [], ["お振込先：みどり銀行 芝支店 普通 4417208 ヒノデサンギヨウ（カ"]],
    }],
)

add(
    id="saas-066", expect="pass",
    entities=[],
    detectors=[],
    note="shipment notice with order number, delivery slip (tracking) numbers and serial numbers",
    sender=SUPPORT,
    to=["浜名湖観光 総務課 <soumu@hamanako-kanko.co.jp>"],
    subject="【出荷のご案内】ICカードリーダー（ご注文番号 HC-ORD-25-10482）",
    charset="cp932",
    body=(
        "浜名湖観光株式会社\n総務課 御中\n\nこの度はご注文いただき誠にありがとうございます。\n"
        "下記の通り本日出荷いたしましたのでお知らせいたします。\n\n"
        "　ご注文番号：HC-ORD-25-10482\n　商品：ICカードリーダー HR-R3（USB）× 6台\n"
        "　製造番号：R3-2510-004417 〜 R3-2510-004422\n"
        "　配送業者：青葉運輸\n　お問い合わせ伝票番号：4480-2917-3306、4480-2917-3317\n"
        "　お届け予定日：2025年11月7日（金）午前中\n\n"
        "設置手順は同梱のクイックガイドをご覧ください。\n\nHinode Cloud サポートセンター\nTEL 0120-58-1770\n"),
)

_p = people("067", 6, "yamabuki-shoji.co.jp", "dot")
_quoted = "\n".join(f"> {p['name']}　{p['email']}　{p['mobile']}" for p in _p)
add(
    id="saas-067", expect="pass",
    entities=[],
    detectors=[],
    note="the list of 6 users is only in quoted text of the customer's own mail; the new text carries no personal data",
    sender=SUPPORT,
    to=["山吹商事 総務部 今泉様 <imaizumi@yamabuki-shoji.co.jp>"],
    subject="Re: MFAリセットのお願い（6名）",
    charset="iso-2022-jp",
    body=(
        "山吹商事株式会社\n総務部 今泉様\n\nいつも Hinode Cloud HR をご利用いただきありがとうございます。\n"
        "ご依頼の6名様のMFA（二要素認証）リセットが完了いたしました。\n"
        "次回ログイン時に、各ご本人様にて再登録をお願いいたします。\n\n"
        "Hinode Cloud サポートセンター 森下\n\n"
        "2025年10月20日(月) 9:14 今泉 <imaizumi@yamabuki-shoji.co.jp>:\n"
        "> 日の出産業 サポートご担当者様\n>\n> 機種変更に伴い、下記6名のMFAリセットをお願いします。\n>\n"
        + _quoted + "\n>\n> 山吹商事 総務部 今泉\n"),
)

_p = people("068", 7, "hinode-sangyo.co.jp", "initial")
_rota = "\n".join(f"{d}  {p['name']:　<6}  {p['mobile']}  {p['email']}"
                  for d, p in zip(["11/3(月)", "11/4(火)", "11/5(水)", "11/6(木)", "11/7(金)", "11/8(土)", "11/9(日)"], _p))
add(
    id="saas-068", expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="on-call rota with 7 staff mobiles sent only to an internal list — internal mail passes",
    sender=OKOCHI,
    to=["SRE <sre@hinode-sangyo.co.jp>"],
    cc=["サポート <support-team@hinode-sangyo.co.jp>"],
    subject="オンコール当番表（11/3週）",
    charset="utf-8",
    body=(
        "SREの皆さん\n\n来週のオンコール当番表です。交代がある場合はこのスレッドに返信してください。\n\n"
        "日付      担当          携帯            メール\n" + "-" * 70 + "\n" + _rota + "\n\n大河内\n"),
)

add(
    id="saas-069", expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Number of an employee sent between internal addresses (subdomain is internal) — internal mail passes",
    sender="人事部 給与担当 猪狩 <igari@hinode-sangyo.co.jp>",
    to=["人事部 労務 <roumu@mail.hinode-sangyo.co.jp>"],
    subject="扶養控除等申告書 個人番号の確認",
    charset="iso-2022-jp",
    body=(
        "労務チーム各位\n\n給与担当の猪狩です。\n"
        "クラウド事業部 舘野 一輝さんの扶養控除等申告書、配偶者の個人番号が申告書とシステムで一致しません。\n\n"
        f"　申告書記載：{_grp(my_number(6901), '-')}\n　システム登録：{_grp(my_number(6902), '-')}\n\n"
        "ご本人に確認済みで、申告書の方が正しいとのことです。システム側の修正をお願いします。\n\n猪狩\n"),
)

add(
    id="saas-070", expect="pass",
    entities=[],
    detectors=[],
    note="invitation to a mental-health seminar: health words about a topic, not about any person",
    sender=SHIRAISHI,
    to=["ルミナス薬局 人事部 伊集院様 <ijuin@luminous-ph.co.jp>"],
    subject="【ご案内】無料セミナー「ストレスチェック後のメンタルヘルス対策」12/4開催",
    charset="iso-2022-jp",
    body=(
        "株式会社ルミナス薬局\n人事部 伊集院様\n\nいつもお世話になっております。日の出産業の白石です。\n\n"
        "産業医の先生をお招きし、ストレスチェック実施後の職場環境改善とメンタルヘルス不調の\n"
        "予防策についてお話しいただくオンラインセミナーを開催いたします。\n\n"
        "　日時：2025年12月4日（木）15:00〜16:00\n　講師：産業医・労働衛生コンサルタント\n"
        "　内容：高ストレス者面談の進め方／休職・復職支援の社内ルール作り／Hinode Cloud HR 健康管理オプションのご紹介\n"
        "　参加費：無料\n\nご関心がございましたら、ぜひご参加ください。\n"
        + sig("白石 ルミ", "営業グループ", "r.shiraishi@hinode-sangyo.co.jp", "03-5412-7783")),
)

add(
    id="saas-071", expect="pass",
    entities=[],
    detectors=[],
    note="release notes of the health-management module: field names for health data, no person",
    sender=SUPPORT,
    to=["涼風不動産 総務部 宍戸様 <shishido-m@suzukaze-fudosan.co.jp>"],
    subject="健康管理オプション 4.19 アップデート内容のお知らせ",
    charset="utf-8",
    body=(
        "涼風不動産株式会社\n総務部 宍戸様\n\nHinode Cloud HR 健康管理オプションの 4.19 アップデート内容をお知らせします。\n\n"
        "1. 健診結果の取込項目に「HbA1c」「eGFR」「尿酸」を追加しました\n"
        "2. 総合判定（A〜E）ごとの受診勧奨メールのテンプレートを編集できるようになりました\n"
        "3. ストレスチェックの集団分析（部署別）をPDFで出力できるようになりました\n"
        "4. 要配慮個人情報にあたる健診結果の閲覧権限を「産業保健スタッフ」ロールに限定できるようになりました\n\n"
        "詳しくはヘルプセンターの記事「健康管理オプション 4.19 の変更点」をご覧ください。\n\n"
        "Hinode Cloud サポートセンター\n"),
)

add(
    id="saas-072", expect="pass",
    entities=[],
    detectors=[],
    note="security questionnaire answers: 機密性 used as an ISMS term, not a classification of the mail",
    sender=SAKUMA,
    to=["青葉運輸 情報システム部 <joho@aoba-unyu.co.jp>"],
    subject="Re: セキュリティチェックシートのご回答",
    charset="iso-2022-jp",
    body=(
        "青葉運輸株式会社\n情報システム部 御中\n\nお世話になっております。日の出産業 佐久間です。\n"
        "セキュリティチェックシートの追加ご質問について回答いたします。\n\n"
        "Q1. 情報の機密性・完全性・可用性を確保するための体制は？\n"
        "A1. ISO/IEC 27001 認証（2019年取得）の範囲に Hinode Cloud HR を含めており、情報セキュリティ委員会を四半期ごとに開催しています。\n\n"
        "Q2. 機密情報の取扱いに関する従業員教育は？\n"
        "A2. 全従業員に年1回のeラーニングと理解度テストを実施し、受講率は100%です。\n\n"
        "Q3. データの暗号化は？\n"
        "A3. 通信はTLS1.2以上、保存データはAES-256で暗号化しています。\n\n"
        + sig("佐久間 順", "情報システムグループ", "j.sakuma@hinode-sangyo.co.jp", "03-5412-7785")),
)

add(
    id="saas-073", expect="pass",
    entities=[],
    detectors=[],
    note="maintenance calendar: many dates, none of them birth dates",
    sender=SUPPORT,
    to=["北国フーズ 人事課 蓮見様 <hasumi@kitaguni-foods.co.jp>"],
    subject="2026年上期 定期メンテナンス日程のお知らせ",
    charset="cp932",
    body=(
        "北国フーズ株式会社\n人事課 蓮見様\n\n2026年上期の定期メンテナンス日程をお知らせいたします。\n"
        "いずれも日曜日の 2:00〜5:00 を予定しております（打刻は可能です）。\n\n"
        "　2026年1月18日（日）\n　2026年2月15日（日）\n　2026年3月15日（日）※年度末のため短縮（2:00〜3:30）\n"
        "　2026年4月19日（日）\n　2026年5月17日（日）\n　2026年6月21日（日）\n\n"
        "なお、昭和62年4月1日以前のデータを保持しているお客様は、4月のメンテナンス後に\n"
        "和暦表示の切替設定をご確認ください。\n\nHinode Cloud サポートセンター\nTEL 0120-58-1770\n"),
)

add(
    id="saas-074", expect="pass",
    entities=[],
    detectors=[],
    note="cloud account IDs, tenant IDs, ticket and change numbers: digits that look like ID numbers but are not personal",
    sender=OKOCHI,
    to=["Grace Tan <grace.tan@nimbusdata.com.sg>"],
    subject="Cross-account access for DR bucket (CHG-20251104-0031)",
    charset="utf-8",
    body=(
        "Hi Grace,\n\nFor change CHG-20251104-0031, please grant read access on the DR bucket to the following\n"
        "accounts:\n\n"
        "  Production account : 481520347781\n  DR account         : 736018225904\n"
        "  Audit account      : 209417736655\n\n"
        "Tenants in scope: 100482, 100517, 100533 (tenant IDs, all Tokyo region).\n"
        "KMS key: arn:aws:kms:ap-northeast-1:481520347781:key/3f6e2a1c-90b4-4c7e-a2d1-5be7c01f9a44\n"
        "Related ticket on your side: NDS-CASE-88120914.\n\nThanks,\nSho\n"),
)

add(
    id="saas-075", expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
    sender=KASAI,
    to=["港工業 情報システム課 山根様 <yamane@minato-kogyo.co.jp>"],
    cc=["ツバサシステム 岡部様 <okabe@tsubasa-system.jp>", "田辺 健吾 <k.tanabe@hinode-sangyo.co.jp>"],
    subject="並行稼働 第2週 定例のご案内",
    charset="iso-2022-jp",
    body=(
        "港工業 山根様\n（cc：ツバサシステム 岡部様）\n\nお世話になっております。日の出産業の葛西です。\n"
        "並行稼働 第2週の定例を下記で開催させてください。\n\n"
        "　日時：11月11日（火）16:00〜17:00\n　場所：オンライン（Teams、URLは別途招待をお送りします）\n"
        "　議題：差異レポート（残業時間・有休残日数）、課題管理表の更新\n\nよろしくお願いいたします。\n"
        + sig("葛西 大地", "導入支援グループ", "d.kasai@hinode-sangyo.co.jp")),
)

add(
    id="saas-076", expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one freelance translator on gmail: a single free-mail recipient, ordinary work",
    sender=WARD,
    to=["Saionji Aoi <aoi.saionji.translate@gmail.com>"],
    subject="Translation request: release notes 4.19 (JA -> EN), ~2,400 chars",
    charset="utf-8",
    body=(
        "Hi Aoi,\n\nCould you take another release-notes job? Japanese source is about 2,400 characters,\n"
        "same glossary as last time (勤怠 = time & attendance, 打刻 = clock-in/out, 有休 = paid leave).\n\n"
        "  Deadline: Wed 26 November, 12:00 JST\n  Rate: JPY 11 per source character, as agreed\n\n"
        "I'll send the text once you confirm. Please invoice to accounts-payable@hinode-sangyo.co.jp.\n\n"
        "Thanks!\nEmily\n"),
)

add(
    id="saas-077", expect="pass",
    entities=[],
    detectors=[],
    note="announcement sent To the sender's own address with all customers in Bcc — nobody sees the others",
    sender=SUPPORT,
    to=["Hinode Cloud サポート <support@cloud.hinode-sangyo.co.jp>"],
    bcc=["yamane@minato-kogyo.co.jp", "soumu@yamabuki-shoji.co.jp", "shishido-m@suzukaze-fudosan.co.jp",
         "amamiya.k@fujinami-logi.co.jp", "jinji@kitaguni-foods.co.jp", "oba@hokuto-seiki.co.jp",
         "ijuin@luminous-ph.co.jp", "nagumo@tokiwa-gakuen.ac.jp"],
    subject="【Hinode Cloud HR】年末年始のサポート窓口について",
    charset="iso-2022-jp",
    body=(
        "お客様各位\n\n平素より Hinode Cloud HR をご利用いただき、誠にありがとうございます。\n\n"
        "年末年始のサポート窓口の営業について、下記の通りご案内いたします。\n\n"
        "　休業期間：2025年12月27日（土）〜2026年1月4日（日）\n"
        "　休業中のお問い合わせ：ヘルプセンターのフォームより受け付け、1月5日（月）より順次回答いたします。\n"
        "　※システム障害の緊急連絡は、24時間受付の障害窓口（0120-58-1771）をご利用ください。\n\n"
        "本メールはBCCにて一斉にお送りしております。\n\n日の出産業株式会社 クラウド事業部\nHinode Cloud サポートセンター\n"),
)

_rng = random.Random("saas-078")
_apilog = "\n".join(
    f"2025-11-0{3 + i // 6}T{(i * 37) % 24:02d}:{(i * 13) % 60:02d}:{(i * 29) % 60:02d}Z  req={_rng.getrandbits(48):012x}  "
    f"principal=svc-{_rng.choice(['payroll-batch', 'scim-sync', 'report-gen'])}-0{_rng.randint(1, 3)}  "
    f"{_rng.choice(['GET', 'POST', 'PUT'])} /v2/tenants/1005{_rng.randint(10, 40)}/{_rng.choice(['timesheets', 'payruns', 'exports'])}  "
    f"src=10.20.{_rng.randint(0, 15)}.{_rng.randint(2, 254)}  status={_rng.choice([200, 200, 200, 429, 503])}  {_rng.randint(12, 4800)}ms"
    for i in range(18))
add(
    id="saas-078", expect="pass",
    entities=[],
    detectors=[],
    note="API gateway log of service accounts and private IPs, no human users — not personal data",
    sender=OKOCHI,
    to=["Nimbus Data NOC <noc@nimbusdata.com.sg>"],
    subject="Intermittent 503 from LB pool tky-b (our ref OPS-7802)",
    charset="utf-8",
    body=(
        "Hi team,\n\nWe see intermittent 503s from your load balancer pool tky-b since 3 Nov 02:00 UTC. Sample from\n"
        "our API gateway log below (service accounts only):\n\n" + _apilog + "\n\n"
        "The 503s line up with your maintenance notice MN-2511-07. Could you confirm whether the pool was\n"
        "drained during that window?\n\nSho Okochi / SRE, Hinode Sangyo\n"),
)

add(
    id="saas-079", expect="pass",
    entities=[],
    detectors=[],
    note="explains the GDPR/APPI request procedure to a customer; no data about anyone",
    sender=SEKI,
    to=["Chloe Dubois <c.dubois@hollisgrant.co.uk>"],
    subject="Re: How do we handle access requests from our employees?",
    charset="utf-8",
    body=(
        "Dear Chloe,\n\nGood question. Under our DPA you remain the controller, and we act as your processor, so:\n\n"
        "1. If one of your employees sends a subject access request (Art. 15 UK GDPR) to you, your HR admins\n"
        "   can export the person's data themselves: Admin > Employees > (person) > Export personal data.\n"
        "2. If the request reaches us directly, we forward it to your designated privacy contact within\n"
        "   2 business days and do not answer the requester ourselves.\n"
        "3. For erasure requests, use Admin > Employees > Delete permanently; backups roll off after 35 days.\n\n"
        "Japanese employees of your group are covered the same way under APPI (開示請求).\n\n"
        "Kind regards,\nMiho Seki\nLegal & Privacy Office, Hinode Sangyo Co., Ltd.\n"),
)

add(
    id="saas-080", expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="answer to a data-subject access request: one person's own data sent to that person's own address",
    sender=SEKI,
    to=["柘植 紗季 <saki.tsuge.0214@gmail.com>"],
    subject="保有個人データの開示請求へのご回答（受付番号 APPI-2025-019）",
    charset="iso-2022-jp",
    body=(
        "柘植 紗季 様\n\n日の出産業株式会社 個人情報保護窓口の関でございます。\n"
        "2025年10月28日付でいただいた保有個人データの開示請求（受付番号 APPI-2025-019）について、\n"
        "本人確認が完了しましたので、弊社が保有するお客様の情報を下記の通り開示いたします。\n\n"
        "　氏名：柘植 紗季（ツゲ サキ）\n　生年月日：1993年2月14日\n"
        "　住所：〒330-0061 埼玉県さいたま市浦和区常盤4-11-7\n　電話番号：080-6614-2209\n"
        "　利用目的：Hinode Cloud HR 無料トライアルのご案内\n　取得日：2025年4月3日（展示会での名刺交換）\n\n"
        "本件に関するお問い合わせは、本メールへのご返信にてお願いいたします。\n\n"
        "日の出産業株式会社 個人情報保護窓口\n" + HQ + "\nTEL 03-5412-7792\n"),
)

add(
    id="saas-081", expect="pass",
    entities=[],
    detectors=[],
    note="incident report to one customer with affected counts only, no individual records",
    sender=OKOCHI,
    to=["港工業 情報システム課 山根様 <yamane@minato-kogyo.co.jp>"],
    subject="【第2報】10/21 打刻障害の影響範囲について",
    charset="iso-2022-jp",
    body=(
        "港工業株式会社\n情報システム課 山根様\n\nお世話になっております。日の出産業 SREの大河内です。\n"
        "10月21日の打刻障害について、御社テナントの影響範囲が確定しましたのでご報告いたします。\n\n"
        "　打刻エラーとなった件数：1,284件（対象従業員 412名）\n"
        "　うち自動再送で記録済み：1,197件\n　手動補正が必要な件数：87件（対象従業員 63名）\n\n"
        "手動補正が必要な打刻の一覧は、管理画面「打刻エラー一覧」からダウンロードいただけます。\n"
        "なお、個人情報の漏えいは発生しておりません。\n\n"
        "--\n日の出産業株式会社 クラウド事業部 SREグループ\n大河内 翔　TEL 03-5412-7788\n"),
)

add(
    id="saas-082", expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics by prefecture (counts only) sent to a partner",
    sender=SHIRAISHI,
    to=["クモパートナーズ 樋口様 <higuchi@kumo-partners.co.jp>"],
    subject="都道府県別 利用者数データ（共同プレスリリース用）",
    charset="utf-8",
    body=(
        "樋口様\n\nお世話になっております。白石です。\n共同プレスリリース用に、都道府県別の利用者数（2025年10月末時点）を\n"
        "CSVでお送りします。5社未満の県は「その他」にまとめています。\n\n白石\n"),
    attachments=[{
        "kind": "csv", "name": "users_by_prefecture_202510.csv", "encoding": "utf-8",
        "rows": [["都道府県", "導入社数", "利用者数", "前年同月比"],
                 ["東京都", 412, 98210, "112%"], ["神奈川県", 133, 24118, "108%"], ["大阪府", 121, 22904, "115%"],
                 ["愛知県", 96, 19870, "109%"], ["埼玉県", 71, 11230, "104%"], ["福岡県", 58, 9855, "121%"],
                 ["北海道", 44, 7012, "110%"], ["静岡県", 39, 6660, "106%"], ["その他", 187, 30417, "111%"]],
    }],
)

_p = people("083", 4, "hinode-sangyo.co.jp", "initial")
add(
    id="saas-083", expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four agents' names and e-mails for seat provisioning — below the five-person threshold, may warn",
    sender=MORISHITA,
    to=["Kayla Brooks <kbrooks@brightdesk.io>"],
    subject="Agent seats for the new Osaka support team (4)",
    charset="utf-8",
    body=(
        "Hi Kayla,\n\nPlease create agent seats for our new Osaka team members, starting 1 December:\n\n"
        + "\n".join(f"  - {p['romaji']} <{p['email']}>  (Tier 1, Japanese queue)" for p in _p) + "\n\n"
        "They should be in the group 'JP-Osaka' with the default macros. Invoice the 4 extra seats on the\n"
        "usual PO (PO-HS-2025-0419).\n\nThanks,\nAya\n"),
)

add(
    id="saas-084", expect="pass",
    entities=[],
    detectors=[],
    note="document stamped 社外秘 sent to internal recipients only",
    sender=SHIRAISHI,
    to=["営業グループ <cloud-sales@hinode-sangyo.co.jp>"],
    cc=["田辺 健吾 <k.tanabe@hinode-sangyo.co.jp>"],
    subject="【社外秘】2026年度 値引き承認基準",
    charset="iso-2022-jp",
    body=(
        "社外秘\n\n営業グループ各位\n\n2026年度の値引き承認基準が決まりましたので共有します。社外への転送は厳禁です。\n\n"
        "　〜10%：営業担当の判断で可\n　10〜20%：グループ長承認\n　20%超：事業部長承認（稟議必須）\n"
        "　パートナー経由案件：卸価格からの追加値引きは不可\n\n白石\n"),
    attachments=[{
        "kind": "pdf", "name": "値引き承認基準_2026.pdf", "page_header": "社外秘",
        "lines": ["2026年度 値引き承認基準", "クラウド事業部 営業グループ", "", "1. 値引き率と承認者", "2. 例外の扱い"],
    }],
)

add(
    id="saas-085", expect="pass",
    entities=[],
    detectors=[],
    note="password-protected ZIP sent to a colleague — all recipients internal",
    sender=KASAI,
    to=["深見 亮 <r.fukami@hinode-sangyo.co.jp>"],
    subject="藤波ロジ様 移行データ一式（パスワード別送）",
    charset="utf-8",
    body=(
        "深見さん\n\n藤波ロジ様の移行データ一式です。パスワードはTeamsで送ります。\n"
        "星空ソフトには渡さず、社内の検証環境でだけ使ってください。\n\n葛西\n"),
    attachments=[{
        "kind": "zip", "name": "fujinami_migration_set.zip", "password": "fjn-2025-mig!",
        "files": [{"kind": "txt", "name": "README.txt", "text": "移行データ一式\n"}],
    }],
)

add(
    id="saas-086", expect="pass",
    entities=[],
    detectors=[],
    note="separate password mail for an earlier ZIP: no attachment, no personal data",
    sender=SUPPORT,
    to=["北国フーズ 人事課 蓮見様 <hasumi@kitaguni-foods.co.jp>"],
    subject="【パスワードのご連絡】給与明細再発行データの送付",
    charset="iso-2022-jp",
    body=(
        "北国フーズ株式会社\n人事課 蓮見様\n\n先ほどお送りしたファイルのパスワードをお知らせいたします。\n\n"
        "　パスワード：Kf#2025-0930\n\n"
        "※次回以降は、Hinode Cloud HR のファイル共有機能（ダウンロードURL方式）でのお渡しに切り替えさせていただきます。\n\n"
        "Hinode Cloud サポートセンター\n"),
)

add(
    id="saas-087", expect="pass",
    entities=[],
    detectors=[],
    note="release note showing masked card and My Number examples — no full number of anyone",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>"],
    subject="Masking spec for 4.19 (payment + My Number screens)",
    charset="utf-8",
    body=(
        "Arjun,\n\nAgreed masking rules for 4.19, please implement exactly like this:\n\n"
        "  Card on file (billing page)     : **** **** **** 4242   (last 4 only, brand icon)\n"
        "  My Number (year-end adjustment) : **** **** 1234         (last 4, only for users with role nencho_admin)\n"
        "  Bank account (payroll)          : ******7 (last digit)\n"
        "  Phone (employee profile)        : 090-****-5678\n\n"
        "Unmasked values must never reach the browser; masking happens in the API layer, not in the UI.\n"
        "Unit tests: tests/masking/test_masks.py.\n\nRyo\n"),
)

add(
    id="saas-088", expect="pass",
    entities=[],
    detectors=[],
    note="import template CSV with a header and one obviously fictitious sample row (山田太郎 / example.com)",
    sender=SUPPORT,
    to=["カナエ商会 総務部 <soumu@kanae-shokai.co.jp>"],
    subject="従業員一括登録用テンプレートの送付",
    charset="cp932",
    body=(
        "株式会社カナエ商会\n総務部 御中\n\nお問い合わせいただいた従業員一括登録用のCSVテンプレートをお送りします。\n"
        "2行目は記入例ですので、削除してからご登録ください。\n"
        "文字コードはShift_JIS、日付は YYYY/MM/DD 形式でご入力ください。\n\nHinode Cloud サポートセンター\n"),
    attachments=[{
        "kind": "csv", "name": "employee_import_template.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "メールアドレス", "入社日", "所属コード", "雇用区分"],
                 ["000001", "山田 太郎", "ヤマダ タロウ", "taro.yamada@example.com", "2025/04/01", "D100", "正社員"]],
    }],
)

add(
    id="saas-089", expect="pass",
    entities=[],
    detectors=[],
    note="payment advice with the vendor company's IBAN and invoice number — a company account, not a person",
    sender=HASEBE,
    to=["AuditPeak Accounts Receivable <ar@auditpeak.com>"],
    subject="Remittance advice - invoice AP-2025-3318",
    charset="utf-8",
    body=(
        "Dear Accounts Receivable,\n\nPlease be advised that we have remitted payment for the following invoice today:\n\n"
        "  Invoice      : AP-2025-3318 (SOC 2 Type II audit, 2nd instalment)\n  Amount       : USD 38,500.00\n"
        "  Value date   : 2025-11-14\n  Beneficiary  : AuditPeak LLP\n"
        "  IBAN         : GB33 BUKB 2020 1555 5555 55\n  SWIFT/BIC    : BUKBGB22\n"
        "  Our reference: HS-PAY-251114-07\n\nBank charges on our side are borne by us (SHA).\n"
        + sig_en("Makoto Hasebe", "Accounting", "m.hasebe@hinode-sangyo.co.jp", "+81-3-5412-7787")),
)

add(
    id="saas-090", expect="pass",
    entities=[],
    detectors=[],
    note="sprint reply; the users' e-mails appear only in the quoted 'On … wrote:' part; new text has no personal data",
    sender=FUKAMI,
    to=["Arjun Nair <arjun.nair@tessellate-labs.in>"],
    subject="Re: HCHR-2291 fixed in 4.18.2?",
    charset="utf-8",
    body=(
        "Arjun,\n\nConfirmed on staging: all six cases now give the expected overtime. Please merge to the release\n"
        "branch; I'll schedule 4.18.2 for Thursday 22:00 JST.\n\nRyo\n--\nRyo Fukami / Dev Lead, Hinode Cloud HR\n"
        "Hinode Sangyo Co., Ltd.  +81-3-5412-7786 / mobile +81-80-5520-1947\n\n"
        "On Tue, 14 Oct 2025 at 18:02, Arjun Nair <arjun.nair@tessellate-labs.in> wrote:\n"
        "> Ryo, fix is on branch fix/HCHR-2291. I re-ran your six repro rows:\n"
        + "\n".join(f"> {f['id']}  {f['email']}  OK" for f in foreigners("004", 6, "vantage-retail.sg")) + "\n"
        "> Can you verify on staging?\n> Arjun\n"),
)

add(
    id="saas-091", expect="pass",
    entities=[],
    detectors=[],
    note="list of hotels with switchboard numbers and addresses — businesses, not people",
    sender=WARD,
    to=["Deepa Krishnan <deepa.k@tessellate-labs.in>"],
    subject="Hotels near our Tokyo office for your December visit",
    charset="utf-8",
    body=(
        "Hi Deepa,\n\nAs requested, some hotels within 10 minutes' walk of our office in Shiba. We have a corporate\n"
        "rate at the first one; any of them is fine for the travel policy (max JPY 18,000/night).\n\n"
        "  Sakura Hotel Hamamatsucho   1-3-9 Hamamatsucho, Minato-ku   +81-3-5401-2281   corporate rate\n"
        "  Hotel Shiba Park Annex      2-5-20 Shibakoen, Minato-ku     +81-3-3433-4170\n"
        "  Daimon Station Inn          1-8-2 Shibadaimon, Minato-ku    +81-3-5472-0088\n"
        "  Tamachi Business Hotel      4-1-6 Shiba, Minato-ku          +81-3-3452-9011\n\n"
        "Let me know which you prefer and I'll book through our travel desk.\n\nEmily\n"),
)

add(
    id="saas-092", expect="pass",
    entities=[],
    detectors=[],
    note="monthly SLA report PDF with uptime and ticket statistics",
    sender=TANABE,
    to=["Jun Hao Goh <junhao.goh@vantage-retail.sg>"],
    subject="Monthly service report - October 2025",
    charset="utf-8",
    body=(
        "Dear Jun Hao,\n\nPlease find attached the service report for October. Availability was 99.97% against the\n"
        "99.9% SLA; the one incident (21 Oct, Tokyo region) did not affect the Singapore region.\n\n"
        "Best regards,\nKengo Tanabe\nCustomer Success, Hinode Sangyo | +81-3-5412-7781\n"),
    attachments=[{
        "kind": "pdf", "name": "Service_Report_VantageRetail_2025-10.pdf", "title": "Service report October 2025",
        "lines": ["Hinode Cloud HR - Monthly service report", "Customer: Vantage Retail Pte. Ltd.  Period: October 2025", ""],
        "table": [["Metric", "Target", "Actual"], ["Availability (SG region)", "99.9%", "99.97%"],
                  ["P1 incidents", "0", "0"], ["Tickets opened", "-", "17"], ["Median first response", "< 2 h", "38 min"],
                  ["Payroll runs on schedule", "100%", "100%"]],
    }],
)

add(
    id="saas-093", expect="pass",
    entities=[],
    detectors=[],
    note="vendor questionnaire answers where 'Confidentiality' is a SOC 2 criterion name, not a marking",
    sender=SEKI,
    to=["Chloe Dubois <c.dubois@hollisgrant.co.uk>"],
    subject="Completed supplier questionnaire (HG-SQ-2025)",
    charset="utf-8",
    body=(
        "Dear Chloe,\n\nAttached is our completed supplier security questionnaire. Evidence documents are available on\n"
        "request once the NDA is in place.\n\nKind regards,\nMiho Seki\nLegal & Privacy Office, Hinode Sangyo Co., Ltd.\n"),
    attachments=[{
        "kind": "xlsx", "name": "HG-SQ-2025_HinodeSangyo.xlsx",
        "sheets": {
            "Questionnaire": [["Hollis & Grant supplier questionnaire - Hinode Sangyo Co., Ltd."], [],
                              ["#", "Question", "Answer"],
                              [1, "Which SOC 2 trust services criteria are in scope?", "Security, Availability, Confidentiality"],
                              [2, "How do you protect the confidentiality of customer data?", "Encryption at rest (AES-256) and in transit (TLS 1.2+), role-based access"],
                              [3, "Do you hold ISO/IEC 27001?", "Yes, certificate IS 712044, valid until 2027-03"],
                              [4, "Where is customer data stored?", "Tokyo and Osaka (Japan); Singapore for APAC customers"],
                              [5, "Breach notification timeline?", "Within 48 hours of confirmation"]],
            "Contacts": [["Role", "Contact"], ["Security", "security@hinode-sangyo.co.jp"], ["Privacy", "privacy@hinode-sangyo.co.jp"]],
        },
    }],
)

add(
    id="saas-094", expect="pass",
    entities=[],
    detectors=[],
    note="DOCX data-field specification listing field names (生年月日, 個人番号, 健診結果) — a schema, no data about anyone",
    sender=KASAI,
    to=["ツバサシステム 岡部様 <okabe@tsubasa-system.jp>"],
    subject="移行項目定義書 v1.3 の送付",
    charset="iso-2022-jp",
    body=(
        "岡部さん\n\nお疲れさまです。葛西です。\n移行項目定義書を v1.3 に更新しました。\n"
        "個人番号と健診結果は今回の移行対象外（お客様側で再登録）としています。\n\n葛西\n"),
    attachments=[{
        "kind": "docx", "name": "移行項目定義書_v1.3.docx", "title": "移行項目定義書",
        "paragraphs": ["Hinode Cloud HR 移行項目定義書 v1.3", "対象：従業員マスタ"],
        "tables": [[["項目名", "型", "桁", "必須", "備考"],
                    ["社員番号", "文字", "10", "○", "英数字"], ["氏名", "文字", "40", "○", "姓と名の間は全角スペース"],
                    ["生年月日", "日付", "10", "○", "YYYY-MM-DD（和暦不可）"], ["個人番号", "数字", "12", "×", "今回移行対象外"],
                    ["健診結果", "-", "-", "×", "要配慮個人情報のため対象外"], ["メールアドレス", "文字", "254", "○", "ログインIDとして使用"]]],
    }],
)

add(
    id="saas-095", expect="pass",
    entities=[],
    detectors=[],
    note="the health/leave details are only in the quoted original (差出人/送信日時) from the recipient; new text is neutral",
    sender=SUPPORT,
    to=["涼風不動産 総務部 宍戸様 <shishido-m@suzukaze-fudosan.co.jp>"],
    subject="RE: 休職者のアカウント設定について",
    charset="cp932",
    body=(
        "涼風不動産株式会社\n総務部 宍戸様\n\nお問い合わせありがとうございます。\n"
        "休職中の従業員の方は、従業員設定の「在籍区分」を「休職」に変更いただくと、\n"
        "打刻・申請はできなくなり、給与明細の閲覧のみ可能な状態になります。\n"
        "復職時は「在籍」に戻していただくだけで元の設定に戻ります。\n\nHinode Cloud サポートセンター 森下\n\n"
        "-----Original Message-----\n差出人: 宍戸 真理子 <shishido-m@suzukaze-fudosan.co.jp>\n"
        "送信日時: 2025年11月5日 10:21\n宛先: support@cloud.hinode-sangyo.co.jp\n件名: 休職者のアカウント設定について\n\n"
        "お世話になっております。\n営業部の石黒 拓海が、腰椎椎間板ヘルニアの手術のため12月から2か月休職します。\n"
        "休職中のアカウントはどのように設定すればよいでしょうか。\n\n宍戸\n"),
)

add(
    id="saas-096", expect="pass",
    entities=[],
    detectors=[],
    note="support-hours notice with toll-free numbers and a logo image",
    sender=SUPPORT,
    to=["常盤学園 事務局 南雲様 <nagumo@tokiwa-gakuen.ac.jp>"],
    subject="サポート窓口 電話番号変更のお知らせ",
    charset="iso-2022-jp",
    body=(
        "学校法人常盤学園\n事務局 南雲様\n\n2026年1月5日より、サポート窓口の電話番号が変わります。\n\n"
        "　通常窓口：0120-58-1770 → 0120-61-2200（平日 9:00〜18:00）\n"
        "　障害窓口：0120-58-1771 → 0120-61-2299（24時間）\n"
        "　海外から：+81-3-5412-7780\n\n旧番号も2026年3月末まではご利用いただけます。\n\nHinode Cloud サポートセンター\n"),
    attachments=[{"kind": "png", "name": "hinode_cloud_logo.png"}],
)

add(
    id="saas-097", expect="pass",
    entities=[],
    detectors=[],
    note="audit follow-up with control IDs, counts and dates only",
    sender=WARD,
    to=["Marcus Reed <mreed@auditpeak.com>"],
    subject="Re: PBC status - 12 of 14 items delivered",
    charset="utf-8",
    body=(
        "Hi Marcus,\n\nStatus of the PBC list as of today:\n\n"
        "  CC6.1  logical access policy          delivered 2025-10-06\n"
        "  CC6.2  joiners/leavers population     delivered 2025-10-08\n"
        "  CC7.2  monitoring alerts sample (25)  delivered 2025-10-15\n"
        "  CC8.1  change tickets sample (40)     due 2025-11-21\n"
        "  A1.2   backup restore test evidence   due 2025-11-21\n\n"
        "The two open items depend on the 15 November cutover; we will deliver the week after.\n"
        + sig_en("Emily Ward", "Global Partnerships & Compliance", "e.ward@hinode-sangyo.co.jp")),
)

_p = people("098", 26, "fujinami-logi.co.jp", "dot")
add(
    id="saas-098", expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="full user export sent to an internal subdomain address only — internal mail passes",
    sender=KASAI,
    to=["導入支援チーム <impl-team@cloud.hinode-sangyo.co.jp>"],
    subject="藤波ロジ様 利用者一覧（本番移行後）",
    charset="utf-8",
    body=("チーム各位\n\n藤波ロジ様の本番移行後の利用者一覧です。問い合わせ対応時の確認用にどうぞ。\n"
          "社外には出さないでください。\n\n葛西\n"),
    attachments=[{
        "kind": "xlsx", "name": "fujinami_users_after_cutover.xlsx",
        "sheets": {"users": [["社員番号", "氏名", "メール", "携帯", "権限"]] + [
            [p["emp"], p["name"], p["email"], p["mobile"], "一般" if i % 6 else "承認者"] for i, p in enumerate(_p)]},
    }],
)


# =========================================================================================
# EITHER — a privacy officer could honestly judge these either way
# =========================================================================================

add(
    id="saas-099", expect="either",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="public test card numbers (Luhn-valid) for the payment sandbox: card numbers, but nobody's card",
    sender=FUKAMI,
    to=["Lena Vogt <l.vogt@quellpay.de>"],
    subject="Sandbox: 3-D Secure test cards not triggering challenge",
    charset="utf-8",
    body=(
        "Hi Lena,\n\nIn the QuellPay sandbox, the 3DS challenge flow never starts for the test cards from your docs:\n\n"
        "  4000 0000 0000 3220   (3DS2 challenge expected)  -> frictionless\n"
        "  4000 0027 6000 3184   (challenge, auth required) -> frictionless\n"
        "  5200 8282 8282 8210   (Mastercard debit)         -> OK as expected\n\n"
        "Merchant: HINODE-CLOUD-JP-SBX, API version 2025-06-01. Is there a sandbox setting we are missing?\n\n"
        "Ryo Fukami\nDev Lead, Hinode Cloud HR\n"),
)

_p = people("100", 5, "kitaguni-foods.co.jp", "sei")
add(
    id="saas-100", expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five of the customer's own admin users (name + work e-mail only) sent back to that customer's IT manager to confirm",
    sender=SAKUMA,
    to=["北国フーズ 情報システム課 水越様 <mizukoshi-k@kitaguni-foods.co.jp>"],
    subject="管理者権限の棚卸しのお願い（年次）",
    charset="iso-2022-jp",
    body=(
        "北国フーズ株式会社\n情報システム課 水越様\n\nお世話になっております。日の出産業 佐久間です。\n"
        "年次の管理者権限棚卸しのため、現在「システム管理者」権限をお持ちの方を記載します。\n"
        "不要な方がいらっしゃいましたらお知らせください。\n\n"
        + "\n".join(f"　{i + 1}. {p['name']}　{p['email']}" for i, p in enumerate(_p)) + "\n\n"
        "ご回答は11月28日までにお願いいたします。\n"
        + sig("佐久間 順", "カスタマー運用グループ", "j.sakuma@hinode-sangyo.co.jp", "03-5412-7785")),
)
