# -*- coding: utf-8 -*-
"""Blind corpus — apartment: 日の出産業株式会社 賃貸管理事業部 (rental apartment management).

Tenant applications (income, employer), guarantor companies, rent arrears, move-out
inspections, noise complaints between tenants, lonely deaths (孤独死) and special cleaning,
contractors and owners' remittances.  Every person, number, building and address below
is invented; My Number / card seeds start at 3701.
"""

from __future__ import annotations

import random

from build import card_number, my_number

# --------------------------------------------------------------------------------------
# small data helpers (fictional people; formats are chosen per message)

_SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("五十嵐", "イガラシ", "Igarashi"),
    ("長谷部", "ハセベ", "Hasebe"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("宇佐美", "ウサミ", "Usami"), ("百目鬼", "ドウメキ", "Domeki"),
    ("鬼塚", "オニヅカ", "Onizuka"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("相馬", "ソウマ", "Soma"), ("舘野", "タテノ", "Tateno"),
    ("猪狩", "イカリ", "Ikari"), ("村主", "スグリ", "Suguri"),
    ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("阿久津", "アクツ", "Akutsu"), ("御手洗", "ミタライ", "Mitarai"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("柿沼", "カキヌマ", "Kakinuma"),
    ("小野寺", "オノデラ", "Onodera"), ("芦田", "アシダ", "Ashida"),
    ("真壁", "マカベ", "Makabe"), ("汐見", "シオミ", "Shiomi"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("日下部", "クサカベ", "Kusakabe"),
    ("穂積", "ホヅミ", "Hozumi"), ("桐生", "キリュウ", "Kiryu"),
    ("若月", "ワカツキ", "Wakatsuki"), ("蓮見", "ハスミ", "Hasumi"),
    ("乙部", "オトベ", "Otobe"), ("深町", "フカマチ", "Fukamachi"),
    ("巽", "タツミ", "Tatsumi"), ("能登谷", "ノトヤ", "Notoya"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("纐纈", "コウケツ", "Koketsu"),
    ("四十物", "アイモノ", "Aimono"), ("安孫子", "アビコ", "Abiko"),
    ("名嘉真", "ナカマ", "Nakama"), ("砂川", "スナガワ", "Sunagawa"),
    ("寒河江", "サガエ", "Sagae"), ("及川", "オイカワ", "Oikawa"),
    ("平良", "タイラ", "Taira"), ("新垣", "アラカキ", "Arakaki"),
    ("仁科", "ニシナ", "Nishina"), ("宍戸", "シシド", "Shishido"),
    ("財前", "ザイゼン", "Zaizen"), ("廿日出", "ハツカデ", "Hatsukade"),
]
_GIVEN = [
    ("健斗", "ケント", "Kento"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("由衣", "ユイ", "Yui"), ("翔", "ショウ", "Sho"), ("千尋", "チヒロ", "Chihiro"),
    ("隆之", "タカユキ", "Takayuki"), ("沙織", "サオリ", "Saori"), ("蒼", "アオイ", "Aoi"),
    ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"), ("恵子", "ケイコ", "Keiko"),
    ("正樹", "マサキ", "Masaki"), ("彩花", "アヤカ", "Ayaka"), ("勝", "マサル", "Masaru"),
    ("智恵", "チエ", "Chie"), ("蓮", "レン", "Ren"), ("陽菜", "ヒナ", "Hina"),
    ("直人", "ナオト", "Naoto"), ("久美子", "クミコ", "Kumiko"), ("豊", "ユタカ", "Yutaka"),
    ("瑞穂", "ミズホ", "Mizuho"), ("拓海", "タクミ", "Takumi"), ("奈々", "ナナ", "Nana"),
    ("康介", "コウスケ", "Kosuke"), ("絢子", "アヤコ", "Ayako"), ("信夫", "ノブオ", "Nobuo"),
    ("貴子", "タカコ", "Takako"), ("陸", "リク", "Riku"), ("ひかり", "ヒカリ", "Hikari"),
    ("昭二", "ショウジ", "Shoji"), ("トシ子", "トシコ", "Toshiko"),
]
_TOWNS = [
    "東京都世田谷区上北沢四丁目", "東京都杉並区下高井戸二丁目", "埼玉県川口市並木三丁目",
    "神奈川県川崎市中原区木月一丁目", "東京都大田区池上六丁目", "千葉県市川市八幡二丁目",
    "東京都練馬区豊玉北五丁目", "東京都板橋区常盤台三丁目", "埼玉県さいたま市浦和区岸町七丁目",
    "東京都足立区梅島一丁目", "東京都中野区野方五丁目", "神奈川県横浜市港北区菊名四丁目",
    "東京都北区赤羽西二丁目", "千葉県船橋市本町六丁目", "東京都府中市住吉町三丁目",
    "茨城県つくば市吾妻二丁目", "静岡県沼津市大手町四丁目", "宮城県仙台市青葉区柏木一丁目",
]
_EMPLOYERS = [
    "株式会社ミナセ工業", "東和ロジスティクス株式会社", "医療法人社団清和会", "有限会社丸福商店",
    "株式会社アトラスデザイン", "派遣（株式会社テンプワークス）", "自営業（飲食店）",
    "城北大学（学生）", "社会福祉法人あおぞら会", "株式会社ベイサイド電装", "年金受給",
    "株式会社カネヨ食品", "合同会社ノースウィンド", "株式会社トライ不動産サービス",
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def fw(s: str) -> str:
    """Full-width digits and punctuation, as typed with an IME."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if y >= 2019:
        era, short, n = "令和", "R", y - 2018
    elif y >= 1989:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "fw":
        return f"{era}{fw(str(n))}年{fw(str(m))}月{fw(str(d))}日"
    return f"{era}{n}年{m}月{d}日"


def people(seed: int, n: int, old: bool = False) -> list[dict]:
    """n fictional tenants, stable for a seed."""
    rng = random.Random(f"apartment-{seed}")
    out = []
    used = set()
    rooms = [f"{f}0{u}" for f in range(1, 6) for u in range(1, 9)]
    rng.shuffle(rooms)
    for i in range(n):
        while True:
            s = rng.choice(_SURNAMES)
            g = rng.choice(_GIVEN)
            if (s[0], g[0]) not in used:
                used.add((s[0], g[0]))
                break
        y = rng.randint(1936, 1956) if old else rng.randint(1962, 2004)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        pre = rng.choice(["090", "080", "070", "090"])
        phone = f"{pre}-{rng.randint(1000, 9899)}-{rng.randint(1000, 9999)}"
        town = rng.choice(_TOWNS)
        addr = f"{town}{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
        if rng.random() < 0.5:
            addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランデ'])}{rng.choice(['桜', '若葉', '緑ヶ丘', '白鷺', '朝霧'])}{rng.randint(1, 4)}0{rng.randint(1, 8)}"
        local = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
        if rng.random() < 0.4:
            local = f"{s[2].lower()}_{g[2][0].lower()}{y % 100:02d}"
        email = f"{local}@{rng.choice(_FREEMAIL)}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
            "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
            "phone": phone, "addr": addr, "email": email,
            "employer": rng.choice(_EMPLOYERS),
            "income": rng.choice([218, 264, 295, 312, 340, 386, 412, 455, 520, 610, 148, 186]),
            "room": rooms[i],
            "arrears": rng.choice([62000, 68500, 71000, 124000, 137000, 142000, 205500, 213000]),
            "months": rng.choice([1, 2, 2, 3, 3, 4]),
            "contract": f"HK-{rng.randint(20180, 20249)}-{rng.randint(100, 999)}",
        })
    return out


def pad(cells: list[str], widths: list[int]) -> str:
    """Left-justify cells by display width (full-width = 2)."""
    def w(s: str) -> int:
        return sum(2 if ord(c) > 0xFF else 1 for c in s)
    return "  ".join(c + " " * max(widths[i] - w(c), 0) for i, c in enumerate(cells)).rstrip()


# --------------------------------------------------------------------------------------
# signatures of the sending staff (their own contacts: never labelled)

_OFFICE = "〒151-0053 東京都渋谷区代々木二丁目41番3号 日の出代々木ビル6F"


def sig(who: str) -> str:
    if who == "morishita":
        return ("\n--\n日の出産業株式会社 賃貸管理事業部 管理一課\n森下 亮（もりした りょう）\n"
                f"{_OFFICE}\nTEL 03-5309-4471 / FAX 03-5309-4479\nmorishita.r@hinode-sangyo.co.jp\n")
    if who == "kuga":
        return ("\n━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n賃貸管理事業部 滞納管理チーム\n久我 まどか\n"
                "TEL：03-5309-4475（直通）\nMail：kuga.madoka@hinode-sangyo.co.jp\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if who == "onuki":
        return ("\n========================\n日の出産業株式会社\n賃貸管理事業部 リーシング課\n大貫 翔太 / Shota Onuki\n"
                f"{_OFFICE}\nTEL 03-5309-4472  携帯 080-3318-2207\n========================\n")
    if who == "shiina":
        return ("\n------------------------------------------\n日の出産業(株) 賃貸管理事業部 建物管理課\n椎名 和彦\n"
                "〒332-0034 埼玉県川口市並木元町8-15 日の出産業 川口営業所\nTEL 048-257-3310　FAX 048-257-3318\n"
                "shiina.k@hinode-sangyo.co.jp\n------------------------------------------\n")
    if who == "saotome":
        return ("\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n日の出産業株式会社 賃貸管理事業部\nオーナー業務課　早乙女 紗季\n"
                f"{_OFFICE}\nTEL 03-5309-4476\nsaotome.s@hinode-sangyo.co.jp\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n")
    if who == "hojo":
        return ("\n北条 康弘\n日の出産業株式会社 賃貸管理事業部 部長\n"
                f"{_OFFICE}\nTEL 03-5309-4470\n")
    if who == "mikami":
        return ("\n-- \n日の出産業株式会社 賃貸管理事業部\n入居者相談窓口 三上 唯\nフリーダイヤル 0120-61-4470（平日9:00〜18:00）\n"
                "mikami.yui@hinode-sangyo.co.jp\n")
    if who == "en":
        return ("\nBest regards,\n\nShota Onuki\nLeasing Section, Rental Management Division\nHinode Sangyo Co., Ltd.\n"
                "6F Hinode Yoyogi Bldg., 2-41-3 Yoyogi, Shibuya-ku, Tokyo 151-0053\nTel +81-3-5309-4472\n")
    raise KeyError(who)


DISCLAIMER = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
              "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete this e-mail.\n")

MORISHITA = "森下 亮 <morishita.r@hinode-sangyo.co.jp>"
KUGA = "久我 まどか <kuga.madoka@hinode-sangyo.co.jp>"
ONUKI = "大貫 翔太 <onuki.s@hinode-sangyo.co.jp>"
SHIINA = "椎名 和彦 <shiina.k@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 紗季 <saotome.s@hinode-sangyo.co.jp>"
HOJO = "北条 康弘 <hojo.y@hinode-sangyo.co.jp>"
MIKAMI = "三上 唯 <mikami.yui@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **spec) -> None:
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": f"apartment-{n:03d}", "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note, **spec})


# ======================================================================================
# STOP — lists of people, identifiers, sensitive data, visibility, look-alikes, markings,
# unreadable attachments
# ======================================================================================

# 001 — arrears list pasted as a space-padded table, to a guarantor company
_p = people(1, 7)
_rows = [pad(["部屋", "契約者", "携帯", "滞納額", "月数"], [6, 16, 15, 10, 4]),
         "-" * 60]
for r in _p:
    _rows.append(pad([r["room"], r["name"], r["phone"], f"{r['arrears']:,}", str(r["months"])],
                     [6, 16, 15, 10, 4]))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "7 tenants' names, mobiles and arrears pasted as a padded table to a guarantor company",
    charset="iso-2022-jp", sender=KUGA,
    to=["あんしん保証株式会社 求償管理部 <kyusho@anshin-hosho.co.jp>"],
    subject="【日の出ハイツ北沢】5月分 家賃未入金者のご報告",
    body=("あんしん保証株式会社\n求償管理部 ご担当者様\n\nいつもお世話になっております。\n"
          "日の出産業 滞納管理チームの久我です。\n\n"
          "日の出ハイツ北沢（保証委託契約対象）の5月分未入金者を下記のとおりご報告いたします。\n"
          "5/27時点で当社督促（電話・SMS）に応答のない方を含んでおります。\n\n"
          + "\n".join(_rows) +
          "\n\n代位弁済のご請求は別途書式にて月末までにお送りいたします。\n"
          "よろしくお願いいたします。\n" + sig("kuga")))

# 002 — subrogation claim CSV (CP932) to another guarantor
_p = people(2, 8)
_csv = [["契約番号", "契約者氏名", "フリガナ", "生年月日", "物件名", "号室", "電話番号", "滞納月", "請求額"]]
for r in _p:
    _csv.append([r["contract"], r["name"].replace(" ", "　"), r["kana"], r["dob"], "ヒノデコート三軒茶屋",
                 r["room"], r["phone"], "2025年5月" if r["months"] < 2 else f"2025年{6 - r['months']}月〜5月", str(r["arrears"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "CP932 CSV of 8 tenants with birth dates and phones sent for a subrogation claim",
    charset="shift_jis", sender=KUGA,
    to=["ヤチンガード株式会社 代位弁済受付 <daiben@yachin-guard.co.jp>"],
    subject="代位弁済請求（ヒノデコート三軒茶屋 2025年5月度）",
    body=("ヤチンガード株式会社\n代位弁済受付 御中\n\n"
          "お世話になっております。日の出産業の久我でございます。\n"
          "標記の件、代位弁済請求データを添付いたします（CSV 8件）。\n"
          "貴社指定フォーマット Ver.3 に合わせておりますが、不備がございましたらご指摘ください。\n\n"
          "※うち2件は退去予定のため、原状回復費用は確定後に追加請求いたします。\n" + sig("kuga")),
    attachments=[{"kind": "csv", "name": "daiben_20250531_sangenjaya.csv", "encoding": "cp932",
                  "rows": _csv}])

# 003 — one applicant with driving licence number, to guarantor screening
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    ["personal_data"],
    "an applicant's driving licence number (identity document) goes to the guarantor company",
    charset="iso-2022-jp", sender=ONUKI,
    to=["日本賃貸保証 審査センター <shinsa@nihon-chintai-hosho.co.jp>"],
    subject="保証審査のお願い（サンライズ経堂 302号室）",
    body=("日本賃貸保証株式会社\n審査センター ご担当者様\n\n"
          "いつもお世話になっております。日の出産業リーシング課の大貫です。\n"
          "下記お申込みにつきまして、保証審査をお願いいたします。\n\n"
          "■物件　サンライズ経堂 302号室（1LDK／賃料 128,000円・共益費 8,000円）\n"
          "■申込者　蓮見 悠真（ハスミ ユウマ）\n"
          "　生年月日　1991年8月17日（33歳）\n"
          "　現住所　東京都中野区野方五丁目19番4号 メゾン白鷺203\n"
          "　携帯　090-6614-2085\n"
          "　勤務先　株式会社アトラスデザイン（勤続6年／正社員）\n"
          "　年収　486万円\n"
          "　本人確認書類　運転免許証 第308812345670号（有効期限 令和9年9月17日）\n"
          "■入居予定日　2025年7月1日\n\n"
          "緊急連絡先は父（同居なし）で別途書面にてお送りします。\n"
          "お手数ですが、結果は本日中にいただけますと助かります。\n" + sig("onuki")))

# 004 — foreign applicant: residence card and passport, in English and Japanese
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_RESIDENCE_CARD",
             "JP_PASSPORT"],
    ["personal_data"],
    "a foreign applicant's residence card and passport numbers sent to the brokerage",
    charset="utf-8", sender=ONUKI,
    to=["Grace Home Realty <leasing@gracehome-realty.jp>"],
    subject="RE: Application – Hinode Residence Kawaguchi #205 / 申込書類の確認",
    body=("Grace Home Realty\nMs. Lin,\n\n"
          "Thank you for sending the application. Before we pass it to the guarantor, could you check "
          "the details below against the original documents? 以下、申込書から転記した内容です。\n\n"
          "Applicant: NGUYEN VAN THANH（グエン ヴァン タン）\n"
          "Date of birth: 1998-03-09\n"
          "Nationality: Viet Nam\n"
          "Residence card (在留カード): UH48271963KA  在留資格: 技術・人文知識・国際業務  期限: 2027/03/31\n"
          "Passport: C7731842\n"
          "Mobile: 080-2290-4417\n"
          "E-mail: thanh.nguyenvan98@gmail.com\n"
          "Employer: 東和ロジスティクス株式会社（2023年入社）  Annual income: JPY 3,600,000\n\n"
          "The residence card number on page 2 looks like it has one digit missing in the copy — "
          "please confirm.\n" + sig("en")))

# 005 — owner's My Number to a corporate tenant (支払調書)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "the owner's My Number is sent to a corporate tenant for the rent payment record (支払調書)",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["川崎電機 総務部 社宅担当 <shataku@kawasaki-denki.co.jp>"],
    subject="支払調書作成用 貸主情報のご連絡（グランドール木月 401号室）",
    body=("川崎電機株式会社\n総務部 社宅ご担当　戸叶様\n\n"
          "いつも大変お世話になっております。日の出産業の早乙女です。\n"
          "先日ご依頼のありました「不動産の使用料等の支払調書」作成用の貸主情報をお知らせいたします。\n"
          "貸主様ご本人の了承を得ております。\n\n"
          "　貸主氏名：　纐纈 信夫（コウケツ ノブオ）\n"
          "　住所：　　　神奈川県川崎市中原区木月一丁目22番7号\n"
          f"　個人番号：　{my_number(3701)}\n\n"
          "取扱いには十分ご注意いただき、ご利用後は速やかに廃棄くださいますようお願い申し上げます。\n"
          + sig("saotome")))

# 006 — card number to a payment agent
_cn = card_number(3701)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"], ["personal_data"],
    "a tenant's full credit card number is e-mailed to the payment agent",
    charset="utf-8", sender=ONUKI,
    to=["ペイスムーズ 加盟店サポート <support@pay-smooth.co.jp>"],
    subject="初期費用カード決済 手動処理のお願い",
    body=("ペイスムーズ株式会社\n加盟店サポート ご担当者様\n\n"
          "お世話になっております。加盟店ID HS-22019 日の出産業の大貫です。\n"
          "決済端末の不具合で、下記お客様の初期費用の決済が通りませんでした。\n"
          "お客様から電話でお聞きしたカード情報をお送りしますので、手動での売上処理をお願いできますでしょうか。\n\n"
          "お客様名：宇佐美 千尋 様\n"
          "連絡先：070-4418-9036\n"
          f"カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}\n"
          "有効期限：08/28\n"
          "金額：412,300円（一括）\n\n"
          "処理完了のご連絡をいただけましたら、お客様に領収書を発行いたします。\n" + sig("onuki")))

# 007 — lonely death with chronic illness, to a private owner on free mail
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "lonely-death report naming the tenant and his dialysis/diabetes history, to the owner's gmail",
    charset="iso-2022-jp", sender=MORISHITA,
    to=["穂積 昭二 <hozumi.shoji1948@gmail.com>"],
    subject="コーポ若葉 103号室の件（ご報告）",
    body=("穂積様\n\nいつもお世話になっております。日の出産業の森下でございます。\n"
          "お電話でお伝えしたとおり、コーポ若葉103号室の入居者 我妻 豊様（71歳）が、\n"
          "6月12日に室内でお亡くなりになっているのが発見されました。\n\n"
          "警察の説明では死後10日ほど経過しており、事件性はないとのことです。\n"
          "ご親族（姪御様）のお話では、我妻様は糖尿病で週3回人工透析に通われており、\n"
          "最近は透析を休みがちだったとのことでした。\n\n"
          "今後の流れとしては、\n"
          "　1. 特殊清掃（消臭・汚染箇所撤去）の見積取得\n"
          "　2. ご親族との残置物・契約解除の協議\n"
          "　3. 原状回復工事\n"
          "を進めてまいります。見積が揃い次第またご相談させてください。\n\n"
          "突然のことで大変ご心配をおかけいたします。\n" + sig("morishita")))

# 008 — special cleaning request with cause of death
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], ["personal_data"],
    "special-cleaning order gives the deceased tenant's name, birth date and cause of death",
    charset="shift_jis", sender=MORISHITA,
    to=["きらめきクリーンサービス <order@kirameki-clean.co.jp>"],
    subject="特殊清掃のご依頼（ハイツ朝霧 205号室）",
    body=("きらめきクリーンサービス\n営業部 佐久間様\n\n"
          "お世話になります。日の出産業 管理一課の森下です。\n"
          "先日お電話した件、正式にご依頼いたします。\n\n"
          "【物件】ハイツ朝霧 205号室（1K・23.1㎡）東京都足立区梅島一丁目\n"
          "【故人】芦田 隆之 様（昭和32年2月11日生）\n"
          "【状況】6/3発見、死後約2週間。警察・監察医の所見では死因は急性心筋梗塞、\n"
          "　　　　もともとアルコール依存症で通院歴あり、室内に空き缶多数。\n"
          "【作業】汚染箇所（洋室フローリング・畳下地）撤去、オゾン脱臭、害虫駆除\n"
          "【鍵】当社で保管、立会いは6/18（水）10時希望\n\n"
          "ご遺族（弟様）は遠方のため、作業前の残置物確認は当社で行います。\n"
          "見積書は当社宛てでお願いいたします。\n" + sig("morishita")))

# 009 — noise complaint: neighbour's psychiatric treatment, to owner's management company
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "noise report tells the owner company that the named tenant is in psychiatric treatment",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="メゾン緑ヶ丘 騒音苦情の経過報告（203号室）",
    body=("黒羽興産株式会社\n不動産管理部　三宅様\n\n"
          "いつもお世話になっております。日の出産業 入居者相談窓口の三上です。\n"
          "メゾン緑ヶ丘の騒音苦情について、経過をご報告いたします。\n\n"
          "・苦情元：103号室、204号室（深夜の物音・壁を叩く音）\n"
          "・原因となっている203号室：村主 直人 様\n"
          "・6/9に緊急連絡先のお母様と面談。お母様によると、村主様は昨年から統合失調症で\n"
          "　精神科に通院中で、服薬が不規則になると夜間に大きな音を立ててしまうとのこと。\n"
          "・お母様が通院に付き添い、服薬管理を行うとのお約束をいただきました。\n\n"
          "当面は注意文の再掲示と、苦情元への経過説明で対応したいと考えております。\n"
          "契約解除等のご判断が必要な段階ではないと考えますが、ご意見をお聞かせください。\n"
          + sig("mikami")))

# 010 — tenant arrested, to guarantor company
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "tells the guarantor company that a named tenant was arrested (criminal record)",
    charset="utf-8", sender=KUGA,
    to=["あんしん保証 求償管理部 <kyusho@anshin-hosho.co.jp>"],
    subject="契約者連絡不通の件（パークサイド大宮 507号室）",
    body=("あんしん保証株式会社\n求償管理部 ご担当者様\n\n"
          "お世話になっております。日の出産業の久我です。\n"
          "保証番号 AH-2291847 の契約者 鬼塚 拓海 様（携帯 090-3172-6650）について、\n"
          "6月分家賃が未入金となっており、本人と連絡が取れない状態が続いておりました。\n\n"
          "本日、同居の交際相手の方から、鬼塚様が6月4日に窃盗の容疑で埼玉県警に逮捕され、\n"
          "現在勾留中であると連絡がありました。\n"
          "交際相手の方は今月中に退去したい意向です。\n\n"
          "明渡し・残置物の扱いについて、貴社のご方針を伺えますでしょうか。\n" + sig("kuga")))

# 011 — wheelchair applicant, disability certificate grade, to the owner
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "asks the owner to approve barrier-free works for a named applicant with a disability certificate",
    charset="shift_jis", sender=ONUKI,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="入居申込と室内改修のご相談（シャトレ菊名 101号室）",
    body=("株式会社ハツカデ地所\n廿日出 社長様\n\n"
          "いつもお世話になっております。日の出産業の大貫でございます。\n"
          "シャトレ菊名101号室にお申込みがありましたので、ご相談させてください。\n\n"
          "申込者は 小野寺 康介 様（42歳、株式会社ベイサイド電装勤務、年収520万円、携帯 080-5527-1934）です。\n"
          "小野寺様は脊髄損傷による下肢機能障害で身体障害者手帳1級をお持ちで、車椅子を使用されています。\n\n"
          "入居にあたり、\n"
          "　・玄関上がり框のスロープ設置（置き型、退去時撤去）\n"
          "　・浴室手すり2か所の取付\n"
          "を希望されており、費用はご本人負担（市の住宅改修助成を利用予定）とのことです。\n"
          "原状回復の条件を付けたうえでご承諾いただけないか、ご検討をお願いいたします。\n"
          + sig("onuki")))

# 012 — DV victim, emergency lock change, to locksmith
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "lock-change order reveals the named tenant is a DV victim under a protection order",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["キー110番 関東センター <kanto@key110-kanto.com>"],
    subject="至急：シリンダー交換のお願い（コーポ白鷺 202号室）",
    body=("キー110番 関東センター様\n\nお世話になっております。日の出産業の三上です。\n"
          "至急でシリンダー交換をお願いしたく、ご連絡いたしました。\n\n"
          "物件：コーポ白鷺 202号室（東京都北区赤羽西二丁目）\n"
          "入居者：汐見 奈々 様　携帯 070-3391-8824\n"
          "事情：元配偶者からのDV被害で、裁判所の保護命令が出ています。元配偶者が合鍵を持っている\n"
          "　　　可能性があるため、本日中の交換を希望されています。\n"
          "作業時：ご本人在室。訪問前に必ず上記携帯へご連絡ください。インターホン越しの社名確認をお願いします。\n"
          "費用：当社請求（ディンプルキー、鍵3本）\n\n"
          "元配偶者から問い合わせがあっても、作業の有無を含め一切お答えにならないようお願いいたします。\n"
          + sig("mikami")))

# 013 — religious gatherings, named tenant, to owner on free mail
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "complaint report names a tenant and his religious organisation (creed), to the owner",
    charset="utf-8", sender=MIKAMI,
    to=["真壁様 <makabe.toshiko@yahoo.co.jp>"],
    subject="グランデ桜 301号室の来客について",
    body=("真壁様\n\nいつもお世話になっております。日の出産業の三上でございます。\n"
          "グランデ桜の他の入居者様から、301号室への来客が多く、週末に共用廊下が混雑するとのご意見が複数寄せられております。\n\n"
          "301号室の 金城 陸 様にお話を伺ったところ、金城様はある宗教団体（〇〇の光教会）の信者で、\n"
          "毎週日曜日に信者の方10名ほどを自室に集めて礼拝・勉強会を開いているとのことでした。\n"
          "契約上、住居以外の用途には当たらないかとも思いますが、人数が多い点と騒音については\n"
          "改善をお願いしております。\n\n"
          "信仰自体を理由とした対応はできませんので、あくまで共用部の利用マナーとして注意喚起を行う予定です。\n"
          "ご意見がございましたらお知らせください。\n" + sig("mikami")))

# 014 — XLSX tenant roster with employer and income, several sheets, to owner company
_p = people(14, 12)
_sheet1 = [["メゾン緑ヶ丘 入居者一覧（2025年6月1日現在）"], [],
           ["号室", "契約者", "フリガナ", "生年月日", "携帯電話", "勤務先", "年収(万円)", "入居日"]]
for i, r in enumerate(_p):
    _sheet1.append([f"{(i // 4) + 1}0{(i % 4) + 1}", r["name"], r["kana"], r["dob"], r["phone"],
                    r["employer"], r["income"], f"20{19 + i % 6}/04/01"])
_sheet2 = [["駐車場契約"], ["区画", "契約者", "車種", "登録番号"],
           ["P1", _p[0]["name"], "プリウス", "練馬 330 さ 12-48"],
           ["P2", _p[5]["name"], "N-BOX", "練馬 580 あ 77-03"],
           ["P3", "空き", "", ""]]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "XLSX roster of 12 tenants (birth date, mobile, employer, income) sent to the owner company",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="メゾン緑ヶ丘 入居者一覧の送付",
    body=("黒羽興産株式会社\n不動産管理部　三宅様\n\n"
          "お世話になっております。日の出産業の早乙女です。\n"
          "金融機関提出用にご依頼いただいた入居者一覧をお送りします。\n"
          "シート「入居者」に全12戸、シート「駐車場」に駐車場契約をまとめております。\n\n"
          "ご確認のほどよろしくお願いいたします。\n" + sig("saotome")),
    attachments=[{"kind": "xlsx", "name": "メゾン緑ヶ丘_入居者一覧_202506.xlsx",
                  "sheets": {"入居者": _sheet1, "駐車場": _sheet2}}])

# 015 — DOCX move-out schedule with forwarding addresses, to the interior contractor
_p = people(15, 6)
_tbl = [["退去日", "物件・号室", "退去者", "連絡先", "転居先住所", "立会い"]]
for i, r in enumerate(_p):
    _tbl.append([f"6/{21 + i}", f"日の出ハイツ北沢 {r['room']}", r["name"], r["phone"], r["addr"],
                 ["10:00", "13:30", "15:00"][i % 3]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "DOCX move-out schedule: 6 departing tenants with phones and forwarding addresses, to a contractor",
    charset="utf-8", sender=SHIINA,
    to=["匠内装 工務課 <koumu@takumi-naisou.co.jp>"],
    subject="6月下旬 退去立会いスケジュール",
    body=("匠内装株式会社\n工務課 野々村様\n\n"
          "お世話になっております。日の出産業 建物管理課の椎名です。\n"
          "6月下旬の退去立会いスケジュールを添付いたします。\n"
          "立会い後そのまま原状回復の見積をお願いしたく、ご同行いただけますと助かります。\n"
          "当日連絡がつかない場合は、表の連絡先に直接お電話いただいて構いません。\n"
          "敷金精算の書類送付に使うため、転居先も入れてあります。\n" + sig("shiina")),
    attachments=[{"kind": "docx", "name": "退去立会い予定_6月下旬.docx",
                  "title": "退去立会い予定",
                  "paragraphs": ["退去立会い予定表（2025年6月下旬）", "日の出産業株式会社 建物管理課"],
                  "tables": [_tbl]}])

# 016 — PPTX owner meeting deck with a slide of arrears tenants
_p = people(16, 5)
_slide = ["滞納状況（2か月以上）"] + [
    f"{r['room']}号室　{r['name']}様　{r['months']}か月 {r['arrears']:,}円　携帯 {r['phone']}　督促状況：内容証明送付済"
    for r in _p]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "owner-meeting PPTX has a slide listing 5 named tenants in arrears with their mobiles",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="上期オーナー報告会 資料（シャトレ菊名）",
    body=("株式会社ハツカデ地所\n廿日出様\n\n"
          "お世話になっております。\n来週の報告会で使用する資料を先にお送りいたします。\n"
          "p.4 に長期滞納の状況をまとめております。\n\n早乙女\n" + sig("saotome")),
    attachments=[{"kind": "pptx", "name": "シャトレ菊名_上期報告.pptx", "title": "上期オーナー報告会",
                  "slides": [["シャトレ菊名 上期管理報告", "2025年1月〜6月", "日の出産業株式会社 賃貸管理事業部"],
                             ["稼働状況", "全24戸中 入居22戸（稼働率91.7%）", "新規契約3件・解約2件"],
                             ["修繕実績", "給湯器交換 2件", "共用廊下照明LED化"],
                             _slide,
                             ["下期の取り組み", "外壁塗装の見積取得", "家賃改定の検討"]]}])

# 017 — PDF list of renewal candidates with phones and e-mails, to the broker
_p = people(17, 6)
_tab = [["契約者", "号室", "満了日", "電話", "メール", "更新意向"]]
for i, r in enumerate(_p):
    _tab.append([r["name"], r["room"], f"2025/0{8 + i % 2}/{10 + i:02d}", r["phone"], r["email"],
                 ["更新", "未回答", "退去予定", "更新"][i % 4]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "PDF of 6 tenants due for renewal with their phones and e-mail addresses, to the broker",
    charset="utf-8", sender=ONUKI,
    to=["湊不動産 賃貸仲介部 <chintai@minato-fudosan.co.jp>"],
    subject="8〜9月 更新予定者リスト（更新業務委託分）",
    body=("湊不動産株式会社\n賃貸仲介部 菅沼様\n\n"
          "いつもお世話になっております。日の出産業の大貫です。\n"
          "更新業務をお願いしている物件の、8〜9月満了分のリストをお送りします。\n"
          "更新意向が未回答の方には、貴社から直接ご連絡いただけますと幸いです。\n" + sig("onuki")),
    attachments=[{"kind": "pdf", "name": "koushin_list_2025_08-09.pdf", "title": "更新予定者リスト",
                  "lines": ["更新予定者リスト（2025年8月・9月満了）", "物件：ヒノデコート三軒茶屋", ""],
                  "table": _tab}])

# 018 — ZIP (no password) with CSV + XLSX of tenants, to the fire-equipment inspector
_p = people(18, 10)
_csv = [["部屋番号", "氏名", "電話番号", "在宅可能時間"]] + [
    [r["room"], r["name"], r["phone"], ["平日午前", "土曜終日", "平日18時以降", "不在（鍵預かり）"][i % 4]]
    for i, r in enumerate(_p)]
_xl = [["消防設備点検 入室調整表"], ["号室", "入居者", "電話", "備考"]] + [
    [r["room"], r["name"], r["phone"], "ペットあり" if i % 3 == 0 else ""] for i, r in enumerate(_p)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "ZIP with a CSV and an XLSX listing 10 tenants' names and phones for the inspection company",
    charset="iso-2022-jp", sender=SHIINA,
    to=["東京防災設備 点検課 <tenken@tokyo-bousai-setsubi.co.jp>"],
    subject="日の出レジデンス川口 消防設備点検 入室調整",
    body=("東京防災設備株式会社\n点検課 御中\n\n"
          "お世話になっております。日の出産業 川口営業所の椎名です。\n"
          "7月2日の消防設備点検の入室調整表をお送りします（zipにCSVとExcelを入れています）。\n"
          "不在の部屋は当社の鍵預かりで対応しますので、当日朝に営業所へお立ち寄りください。\n\n"
          "よろしくお願いします。\n" + sig("shiina")),
    attachments=[{"kind": "zip", "name": "kawaguchi_tenken_0702.zip",
                  "files": [{"kind": "csv", "name": "nyuushitsu.csv", "encoding": "cp932", "rows": _csv},
                            {"kind": "xlsx", "name": "nyuushitsu_chosei.xlsx", "sheets": {"調整表": _xl}}]}])

# 019 — HTML-only mail with an arrears table
_p = people(19, 6)
_tr = "".join(
    f"<tr><td>{r['contract']}</td><td>{r['name']}</td><td>{r['room']}</td><td>{r['phone']}</td>"
    f"<td>{r['email']}</td><td align=\"right\">{r['arrears']:,}</td></tr>" for r in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "HTML-only mail whose table lists 6 tenants in arrears with phones and e-mails",
    charset="utf-8", sender=KUGA,
    to=["日本賃貸保証 督促センター <tokusoku@nihon-chintai-hosho.co.jp>"],
    subject="未入金一覧（日の出レジデンス川口）",
    html=("<html><body style=\"font-family:'Meiryo UI',sans-serif;font-size:10pt\">"
          "<p>日本賃貸保証株式会社<br>督促センター ご担当者様</p>"
          "<p>いつもお世話になっております。日の出産業の久我です。<br>"
          "6月10日時点の未入金者一覧です。督促のご対応をお願いいたします。</p>"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
          "<tr style=\"background:#dde\"><th>保証契約番号</th><th>契約者</th><th>号室</th><th>電話</th>"
          "<th>メール</th><th>未入金額</th></tr>" + _tr + "</table>"
          "<p>※105号室は分納の申し出があり、当社で誓約書を取得予定です。</p>"
          "<p>--<br>日の出産業株式会社 賃貸管理事業部 滞納管理チーム<br>久我 まどか<br>TEL 03-5309-4475</p>"
          "</body></html>"))

# 020 — internal mail with the move-out list attached as .eml, sent to the restoration contractor
_p = people(20, 7)
_inner = ("椎名さん\n\n7月の退去予定です。業者手配よろしくお願いします。\n\n"
          + "\n".join(f"・{r['room']} {r['name']}（{r['phone']}）退去日 7/{5 + 3 * i} 転居先：{r['addr']}"
                      for i, r in enumerate(_p)) + "\n\n大貫\n")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "an attached internal mail carries 7 departing tenants with phones and new addresses to a contractor",
    charset="iso-2022-jp", sender=SHIINA,
    to=["長田建装 <info@osada-kensou.jp>"],
    subject="7月退去予定の件",
    body=("長田建装\n長田様\n\nいつもありがとうございます。日の出産業の椎名です。\n"
          "7月の退去予定、社内で回ってきたメールをそのまま添付します。\n"
          "立会い後の原状回復、今月も順次お願いできればと思います。\n\n椎名\n" + sig("shiina")),
    attachments=[{"kind": "eml", "name": "FW_7月退去予定.eml",
                  "message": {"charset": "iso-2022-jp", "sender": ONUKI, "to": [SHIINA],
                              "subject": "7月退去予定", "body": _inner}}])

# 021 — forward (new text to the recipient) of an internal list of emergency contacts
_p = people(21, 8)
_q = people(121, 8, old=True)
_fwd = "\n".join(
    f"{r['room']}\t{r['name']}\t{r['phone']}\t緊急連絡先：{q['sei']} {q['mei']}（{['父', '母', '兄', '姉', '叔父'][i % 5]}）{q['phone']}"
    for i, (r, q) in enumerate(zip(_p, _q)))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forwarded internal mail lists 8 tenants and their emergency contacts, sent to the insurer",
    charset="iso-2022-jp", sender=MORISHITA,
    to=["すまい少額短期保険 事故受付 <jiko@sumai-ssi.co.jp>"],
    subject="FW: 漏水事故 被害住戸の入居者連絡先",
    body=("すまい少額短期保険株式会社\n事故受付ご担当 様\n\n"
          "お世話になっております。日の出産業の森下です。\n"
          "6/14に発生したヒノデコート三軒茶屋の漏水事故（受付番号 SJ-250614-033）について、\n"
          "被害が想定される住戸の入居者連絡先を、社内メールのまま転送いたします。\n"
          "家財保険のご加入状況の確認と、鑑定人の訪問調整をお願いいたします。\n\n"
          "---------- Forwarded message ---------\n"
          "From: 椎名 和彦 <shiina.k@hinode-sangyo.co.jp>\n"
          "Date: 2025年6月14日(土) 16:42\n"
          "Subject: 三軒茶屋 漏水 被害想定住戸\n"
          "To: 森下 亮 <morishita.r@hinode-sangyo.co.jp>\n\n"
          "森下さん\n\n501の給湯管破損で、下階の縦系統に被害が出ています。連絡先まとめました。\n\n"
          + _fwd + "\n\n椎名\n" + sig("morishita")))

# 022 — TSV pasted in body: parking tenants to the parking operator
_p = people(22, 6)
_tsv = "区画\t氏名\t電話\t車両番号\t契約開始\n" + "\n".join(
    f"{i + 1:02d}\t{r['name']}\t{r['phone']}\t{['大宮', '川口', '所沢', '春日部'][i % 4]} {300 + i * 7} "
    f"{'さすたなは'[i % 5]} {10 + i * 13}-{20 + i * 7}\t2024/{(i % 12) + 1:02d}/01"
    for i, r in enumerate(_p))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "tab-separated list of 6 parking tenants with phones and plates pasted to the parking operator",
    charset="shift_jis", sender=SHIINA,
    to=["パークライン株式会社 <kanri@parkline.co.jp>"],
    subject="パークサイド大宮 駐車場 契約者リスト（管理移管分）",
    body=("パークライン株式会社\n管理部 御中\n\n"
          "お世話になります。日の出産業の椎名です。\n"
          "7月から駐車場の管理を貴社へ移管するにあたり、現契約者のリストをお送りします。\n"
          "（エクセルから貼り付けたのでずれていたらすみません）\n\n" + _tsv +
          "\n\n区画07〜10は空きです。\n" + sig("shiina")))

# 023 — full-width digits: key exchange appointments
_p = people(23, 5)
_lines = []
for i, r in enumerate(_p):
    _lines.append(f"{fw(str(i + 1))}．{r['room']}号室　{r['name']}様　ＴＥＬ：{fw(r['phone'])}　"
                  f"希望日：{fw('7/' + str(3 + i))}　{['午前', '午後', '夕方'][i % 3]}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "5 tenants' names and full-width mobile numbers for key replacement, to the locksmith",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["キー110番 関東センター <kanto@key110-kanto.com>"],
    subject="オートロック更新に伴う鍵交換 日程（コーポ桜）",
    body=("キー１１０番　関東センター様\n\nお世話になっております。日の出産業の三上です。\n"
          "コーポ桜のオートロック更新に伴う各戸の鍵交換につき、入居者様と調整できた分をお送りします。\n\n"
          + "\n".join(_lines) +
          "\n\n残り３戸は調整中です。訪問前日に各入居者様へお電話いただけますと助かります。\n" + sig("mikami")))

# 024 — wareki birth dates and care levels of elderly tenants, to a watch-over service
_p = people(24, 6, old=True)
_blk = []
for i, r in enumerate(_p):
    _blk.append(pad([r["room"], r["name"], wareki(r["y"], r["m"], r["d"]), r["phone"],
                     ["要介護2", "自立", "要支援1", "要介護1（認知症）", "自立", "心臓ペースメーカー"][i]],
                    [5, 14, 18, 15, 18]))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "6 elderly tenants with Showa birth dates, phones and care levels / conditions, to a watch-over firm",
    charset="utf-8", sender=MORISHITA,
    to=["みまもりリンク 導入担当 <dounyu@mimamori-link.co.jp>"],
    subject="見守りサービス導入 対象者情報（コーポ若葉）",
    body=("みまもりリンク株式会社\n導入担当　樋渡様\n\n"
          "お世話になっております。日の出産業の森下です。\n"
          "先日の孤独死事案を受け、コーポ若葉で見守りサービスを導入することになりました。\n"
          "ご同意をいただいた入居者様の情報を下記のとおりお送りします。\n\n"
          + pad(["号室", "氏名", "生年月日", "電話", "状況"], [5, 14, 18, 15, 18]) + "\n"
          + "－" * 40 + "\n" + "\n".join(_blk) +
          "\n\n人感センサーの設置日程は入居者様へ直接ご連絡ください。\n" + sig("morishita")))

# 025 — one block per person: joint guarantors, to the law firm (partner, still external)
_p = people(25, 5)
_g = people(125, 5, old=True)
_blocks = []
for r, g in zip(_p, _g):
    _blocks.append(f"【{r['room']}号室】契約者 {r['name']}（滞納 {r['arrears']:,}円）\n"
                   f"　連帯保証人：{g['name']}（{g['kana']}）\n"
                   f"　住所：{g['addr']}\n　電話：{g['phone']}\n　生年月日：{g['dob']}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "five blocks of joint guarantors' addresses, phones and birth dates sent to the law firm",
    charset="iso-2022-jp", sender=KUGA,
    to=["白川法律事務所 <office@shirakawa-law.jp>"],
    subject="連帯保証人への請求について（資料送付）",
    body=("白川法律事務所\n白川 先生\n\n"
          "いつもお世話になっております。日の出産業の久我でございます。\n"
          "先日ご相談した、保証会社を利用していない旧契約5件の連帯保証人情報をお送りいたします。\n"
          "内容証明の発送をお願いできればと存じます。\n\n"
          + "\n\n".join(_blocks) + "\n\n契約書の写しは別便で郵送いたします。\n" + sig("kuga")))

# 026 — three external parties visible: tenant (gmail), contractor, guarantor
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "move-out arrangement with the tenant, a contractor and the guarantor all visible in To/Cc",
    charset="iso-2022-jp", sender=SHIINA,
    to=["tatsumi.ren55@gmail.com", "匠内装 工務課 <koumu@takumi-naisou.co.jp>"],
    cc=["あんしん保証 求償管理部 <kyusho@anshin-hosho.co.jp>"],
    subject="退去立会いの日時について（日の出ハイツ北沢 104号室）",
    body=("巽様\n匠内装 野々村様\nあんしん保証 ご担当者様\n\n"
          "お世話になっております。日の出産業の椎名です。\n"
          "日の出ハイツ北沢104号室の退去立会いを、下記で確定させていただきます。\n\n"
          "　日時：6月28日（土）10:00〜\n　場所：現地（104号室前）\n\n"
          "巽様には鍵3本をご返却いただきます。精算額は立会い後に改めてご案内いたします。\n"
          "未精算分がある場合は保証会社様へご報告いたします。\n" + sig("shiina")))

# 027 — three contractors can see each other (estimate request)
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "estimate request sent to three competing contractors in To, all visible to each other",
    charset="shift_jis", sender=SHIINA,
    to=["匠内装 <koumu@takumi-naisou.co.jp>", "長田建装 <info@osada-kensou.jp>",
        "リフォーム青木 <estimate@reform-aoki.co.jp>"],
    subject="【見積依頼】パークサイド大宮 外壁・鉄部塗装",
    body=("各位\n\nお世話になっております。日の出産業 建物管理課の椎名です。\n"
          "パークサイド大宮の外壁・鉄部塗装について、相見積をお願いいたします。\n\n"
          "・建物：RC造5階建 24戸（さいたま市大宮区）\n・範囲：外壁全面、鉄部（階段・手摺）\n"
          "・現地調査：7/8〜7/12の間でご都合の良い日\n・見積提出期限：7/25（金）\n\n"
          "図面は現地調査時にお渡しします。\n" + sig("shiina")))

# 028 — five private owners in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "notice to five private owners with all their addresses in To instead of Bcc",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["穂積 昭二 <hozumi.shoji1948@gmail.com>", "真壁 トシ子 <makabe.toshiko@yahoo.co.jp>",
        "sagae.family@icloud.com", "能登谷 様 <notoya-m@outlook.jp>", "aimono.kenji@ezweb.ne.jp"],
    subject="【オーナー様各位】夏季休業と送金日のお知らせ",
    body=("オーナー様各位\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
          "日の出産業 賃貸管理事業部 オーナー業務課の早乙女でございます。\n\n"
          "弊社夏季休業（8月13日〜8月16日）に伴い、8月分のご送金日を\n"
          "通常の8月15日から8月12日（火）に前倒しいたします。\n"
          "送金明細書は従来どおり郵送にてお届けいたします。\n\n"
          "今後ともよろしくお願い申し上げます。\n" + sig("saotome")))

# 029 — water leak: upstairs tenant, downstairs tenant, insurer, plumber visible
add("stop", ["PERSON_NAME", "PHONE_NUMBER"],
    ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    "leak coordination mail shows two tenants, the insurer and the plumber to one another",
    charset="utf-8", sender=MORISHITA,
    to=["財前様 <zaizen.takako@yahoo.co.jp>", "shishido-m0214@docomo.ne.jp"],
    cc=["すまい少額短期保険 <jiko@sumai-ssi.co.jp>", "丸山設備 <info@maruyama-setsubi.co.jp>"],
    subject="402号室からの漏水について（ヒノデコート三軒茶屋）",
    body=("財前様、宍戸様\n（CC：保険会社様、丸山設備様）\n\n"
          "日の出産業の森下です。昨夜の漏水の件、ご不便をおかけしております。\n"
          "原因は402号室（財前様）洗濯機の給水ホース外れと判明しました。\n\n"
          "・6/16（月）14時：丸山設備様による302号室（宍戸様）天井点検\n"
          "・保険会社様の鑑定人訪問は別途調整\n\n"
          "当日のご連絡は宍戸様の携帯（080-7729-3140）へ丸山設備様から直接お願いします。\n" + sig("morishita")))

# 030 — look-alike of the own domain (extra "u")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
    charset="iso-2022-jp", sender=KUGA,
    to=["森下 亮 <morishita.r@hinode-sangyou.co.jp>"],
    subject="Re: 302号室 分納の件",
    body=("森下さん\n\n302号室の柿沼さん（090-2217-6643）、本日お電話があり、\n"
          "滞納分を7月から3回に分けて払いたいとのことです。\n"
          "誓約書の雛形を使って進めてよいでしょうか。\n\n久我\n"))

# 031 — look-alike of the partner law firm (l → i)
add("stop", [], ["lookalike_domain"],
    "the law firm's domain is typed shirakawa-iaw.jp (l replaced by i)",
    charset="shift_jis", sender=KUGA,
    to=["白川法律事務所 <office@shirakawa-iaw.jp>"],
    subject="建物明渡請求訴訟の進め方についてご相談",
    body=("白川法律事務所\n白川 先生\n\n"
          "いつも大変お世話になっております。日の出産業の久我です。\n"
          "パークサイド大宮507号室の件、賃料6か月滞納となり、保証会社からも明渡し訴訟の\n"
          "提起を検討したいとの連絡がありました。\n"
          "来週どこかで30分ほどお打合せのお時間をいただけますでしょうか。\n"
          "候補：7/1（火）午後、7/2（水）10時以降\n" + sig("kuga")))

# 032 — look-alike of the partner bank
add("stop", [], ["lookalike_domain"],
    "remittance instruction addressed to midori-ginkou.co.jp, a look-alike of the partner bank",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="6月分 オーナー送金（総合振込）の件",
    body=("みどり銀行 法人営業部\n岩渕様\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "6月分のオーナー様送金（総合振込 42件、合計 18,336,420円）を\n"
          "本日15時までにFBで送信いたします。指定日は6月25日です。\n"
          "念のため事前にご連絡いたします。\n" + sig("saotome")))

# 033 — look-alike of the partner manufacturer (i → 1)
add("stop", [], ["lookalike_domain"],
    "corporate-housing mail addressed to kawasaki-denk1.co.jp (digit one for i)",
    charset="utf-8", sender=ONUKI,
    to=["川崎電機 総務部 <shataku@kawasaki-denk1.co.jp>"],
    subject="社宅契約 更新書類のご案内（グランドール木月 401・402号室）",
    body=("川崎電機株式会社\n総務部 社宅ご担当　戸叶様\n\n"
          "いつもお世話になっております。日の出産業の大貫です。\n"
          "グランドール木月401・402号室の法人契約が8月末で満了となりますので、\n"
          "更新契約書を本日郵送いたしました。ご捺印のうえ7/31までにご返送ください。\n"
          "更新料は賃料の0.5か月分、請求書は別途お送りします。\n" + sig("onuki")))

# 034 — look-alike of the own domain (co. dropped)
add("stop", [], ["lookalike_domain"],
    "sent to hinode-sangyo.jp, the own domain without co.",
    charset="iso-2022-jp", sender=HOJO,
    to=["早乙女 紗季 <saotome.s@hinode-sangyo.jp>"],
    subject="来期の管理手数料改定について",
    body=("早乙女さん\n\n来期の管理手数料の改定案、オーナー様向けの説明文を作っておいてください。\n"
          "現行5%→5.5%、送金明細の電子化とセットで案内する想定です。\n"
          "来週の部会で確認します。\n\n北条\n"))

# 035 — look-alike of the system vendor (letter dropped)
add("stop", [], ["lookalike_domain"],
    "mail to the rental-system vendor goes to tsubasa-sytem.jp (dropped s)",
    charset="utf-8", sender=SHIINA,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="賃貸管理システム 入金消込エラーについて",
    body=("ツバサシステム株式会社\nサポートセンター 御中\n\n"
          "お世話になっております。日の出産業の椎名です。\n"
          "本日、口座振替結果ファイル（6月27日分）の取込時に「E-2041 契約番号不一致」が\n"
          "38件発生し、消込ができません。画面のスクリーンショットは別途お送りします。\n"
          "バージョンは 5.2.1 です。至急ご確認をお願いいたします。\n" + sig("shiina")))

# 036 — PDF stamped 社外秘 sent to a prospective owner
add("stop", [], ["confidential_marking"],
    "management proposal PDF carries a 社外秘 page header, sent to a prospective owner",
    charset="iso-2022-jp", sender=HOJO,
    to=["旭開発 資産管理部 <shisan@asahi-kaihatsu.co.jp>"],
    subject="管理受託のご提案（旭ヶ丘レジデンス）",
    body=("旭開発株式会社\n資産管理部 部長 笹森様\n\n"
          "先日はお時間をいただきありがとうございました。日の出産業の北条でございます。\n"
          "旭ヶ丘レジデンスの管理受託につきまして、ご提案書をお送りいたします。\n"
          "ご不明点があればいつでもお問い合わせください。\n" + sig("hojo")),
    attachments=[{"kind": "pdf", "name": "提案書_旭ヶ丘レジデンス.pdf", "title": "管理受託提案書",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 賃貸管理事業部",
                  "lines": ["旭ヶ丘レジデンス 管理受託のご提案", "",
                            "1. 現状分析：稼働率 86.4%（周辺相場比 -5.1pt）",
                            "2. 当社の提案：募集条件の見直し、滞納保証の全戸導入",
                            "3. 管理手数料：賃料収入の 4.5%（通常 5.0%）",
                            "4. 収支シミュレーション（5年）"],
                  "table": [["年度", "賃料収入", "管理費", "修繕費", "NOI"],
                            ["2026", "48,600,000", "2,187,000", "3,100,000", "43,313,000"],
                            ["2027", "50,200,000", "2,259,000", "2,400,000", "45,541,000"]]}])

# 037 — 【取扱注意】 classification on the mail itself
add("stop", [], ["confidential_marking"],
    "the mail is classified 【取扱注意】 in subject and header line, going to the owner company",
    charset="utf-8", sender=SAOTOME,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="【取扱注意】メゾン緑ヶ丘 長期修繕計画（改定案）",
    body=("取扱注意\n━━━━━━━━━━━━━━━━━━━━━━\n\n黒羽興産株式会社\n不動産管理部　三宅様\n\n"
          "お世話になっております。日の出産業の早乙女です。\n"
          "メゾン緑ヶ丘の長期修繕計画の改定案をご報告します。\n\n"
          "・屋上防水：2027年実施予定 → 2026年に前倒し（概算 680万円）\n"
          "・給排水管更生：2029年（概算 1,450万円）\n"
          "・エレベーター：該当なし\n\n"
          "金融機関への開示前の段階ですので、社内でのご検討にとどめていただけますと幸いです。\n"
          + sig("saotome")))

# 038 — DOCX with 部外秘 header, to a broker
add("stop", [], ["confidential_marking"],
    "rent-revision policy DOCX has a 部外秘 header and is sent to the brokerage",
    charset="shift_jis", sender=ONUKI,
    to=["湊不動産 賃貸仲介部 <chintai@minato-fudosan.co.jp>"],
    subject="募集条件の変更について（7月以降）",
    body=("湊不動産株式会社\n賃貸仲介部 菅沼様\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "7月以降の募集条件の変更方針をまとめた資料を添付します。\n"
          "広告掲載の修正をお願いできますでしょうか。\n" + sig("onuki")),
    attachments=[{"kind": "docx", "name": "募集条件変更方針_2025下期.docx", "page_header": "部外秘",
                  "title": "募集条件変更方針",
                  "paragraphs": ["2025年下期 募集条件変更方針", "賃貸管理事業部 リーシング課",
                                 "1. 空室期間3か月超の住戸は賃料を2〜3%引下げ",
                                 "2. フリーレント1か月を上限に許容（オーナー承諾済物件のみ）",
                                 "3. 広告料（AD）は原則1か月、繁忙期明けは2か月まで"],
                  "tables": [[["物件", "現行賃料", "変更後", "備考"],
                              ["ヒノデコート三軒茶屋 1K", "98,000", "95,000", "FR1か月"],
                              ["サンライズ経堂 1LDK", "128,000", "128,000", "AD2か月"]]]}])

# 039 — XLSX with a Confidential header, English mail to an overseas fund owner
add("stop", [], ["confidential_marking"],
    "rent roll summary XLSX marked Confidential in its page header goes to the fund's asset manager",
    charset="utf-8", sender=ONUKI,
    to=["Harborpoint Capital AM <am-japan@harborpoint-capital.com>"],
    subject="Q2 operating summary – Hinode Residence Kawaguchi",
    body=("Dear Mr. Callahan,\n\nPlease find attached the Q2 operating summary for Hinode Residence "
          "Kawaguchi. Occupancy closed the quarter at 95.8%, and arrears over 60 days fell to two units.\n"
          "Capex for the entrance renovation came in 4% under budget.\n\n"
          "Happy to walk you through the numbers on our monthly call.\n" + sig("en")),
    attachments=[{"kind": "xlsx", "name": "HRK_Q2_2025_summary.xlsx", "title": "Q2 operating summary",
                  "page_header": "Confidential",
                  "sheets": {"Summary": [["Hinode Residence Kawaguchi – Q2 2025"], [],
                                         ["Item", "Apr", "May", "Jun"],
                                         ["Occupancy %", 94.2, 95.0, 95.8],
                                         ["Gross rent (JPY)", 5421000, 5466000, 5512000],
                                         ["Arrears >60d (units)", 4, 3, 2]],
                             "Capex": [["Project", "Budget", "Actual"],
                                       ["Entrance renovation", 3800000, 3648000]]}}])

# 040 — 極秘 stamp in body: sale of a building
add("stop", [], ["confidential_marking"],
    "body is stamped 極秘 (sale plan of a managed building) and goes to a brokerage",
    charset="iso-2022-jp", sender=HOJO,
    to=["東都リアルエステート 投資営業部 <invest@toto-realestate.co.jp>"],
    subject="物件売却のご相談",
    body=("【極秘】\n\n東都リアルエステート株式会社\n投資営業部 鳴海様\n\n"
          "ご無沙汰しております。日の出産業の北条です。\n"
          "当社管理物件のオーナー様より、下記物件の売却についてご相談を受けております。\n\n"
          "・物件：パークサイド大宮（RC造5階建・24戸・築19年）\n"
          "・想定価格：6億2,000万円前後（表面利回り 6.1%）\n"
          "・時期：年内の決済希望\n\n"
          "入居者様・他業者には未公表ですので、ご留意ください。\n"
          "一度ご面談の機会をいただけますでしょうか。\n" + sig("hojo")))

# 041 — PPAP: password ZIP of an application, to guarantor
add("stop", [], ["unscannable_attachment"],
    "application documents in a password-protected ZIP (PPAP) that cannot be inspected",
    charset="iso-2022-jp", sender=ONUKI,
    to=["日本賃貸保証 審査センター <shinsa@nihon-chintai-hosho.co.jp>"],
    subject="【審査依頼】ヒノデコート三軒茶屋 105号室 申込書一式",
    body=("日本賃貸保証株式会社\n審査センター 御中\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "105号室のお申込書一式（申込書・本人確認書類・源泉徴収票）をお送りいたします。\n"
          "解凍パスワードは別メールにてお送りいたします。\n" + sig("onuki")),
    attachments=[{"kind": "zip", "name": "申込書類_105.zip", "password": "Hs2025-105",
                  "files": [{"kind": "pdf", "name": "moushikomi_105.pdf",
                             "lines": ["入居申込書", "申込者：一ノ瀬 陽菜", "勤務先：医療法人社団清和会"]}]}])

# 042 — protected PDF settlement sent to the tenant's gmail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "deposit settlement sent as a password-protected PDF, unreadable by the guard",
    charset="utf-8", sender=SHIINA,
    to=["hasebe.ayaka@gmail.com"],
    subject="敷金精算書の送付（日の出ハイツ北沢 201号室）",
    body=("長谷部 彩花 様\n\n先日は退去立会いにご協力いただきありがとうございました。\n"
          "日の出産業の椎名です。敷金精算書をPDFでお送りします。\n"
          "パスワードはご契約時の電話番号下4桁です。\n"
          "内容にご同意いただけましたら、返信にてお知らせください。\n" + sig("shiina")),
    attachments=[{"kind": "pdf", "name": "敷金精算書_201.pdf", "password": "4471",
                  "lines": ["敷金精算書", "預り敷金 112,000円", "クリーニング 38,500円", "返還額 73,500円"]}])

# 043 — corrupt XLSX to the owner company
add("stop", [], ["unscannable_attachment"],
    "the attached remittance workbook is corrupt and cannot be inspected",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="5月分 送金明細（シャトレ菊名）",
    body=("株式会社ハツカデ地所\n経理ご担当者様\n\n"
          "お世話になっております。日の出産業の早乙女です。\n"
          "5月分の送金明細をお送りいたします。ご確認ください。\n" + sig("saotome")),
    attachments=[{"kind": "corrupt", "name": "送金明細_シャトレ菊名_202505.xlsx"}])

# 044 — password ZIP of photos to the special-cleaning contractor
add("stop", [], ["unscannable_attachment"],
    "room photos sent in an encrypted ZIP to the special-cleaning company",
    charset="shift_jis", sender=MORISHITA,
    to=["遺品整理ひかり <contact@ihin-hikari.jp>"],
    subject="コーポ若葉103 室内写真（見積用）",
    body=("遺品整理ひかり\n和泉様\n\nお世話になっております。日の出産業の森下です。\n"
          "コーポ若葉103号室の室内写真をお送りします（18枚）。\n"
          "パスワードはお電話でお伝えしたものです。\n"
          "残置物撤去と特殊清掃の概算をいただけますでしょうか。\n" + sig("morishita")),
    attachments=[{"kind": "zip", "name": "wakaba103_photos.zip", "password": "wakaba0612",
                  "files": [{"kind": "png", "name": f"IMG_{4410 + i}.png"} for i in range(3)]}])

# 045 — My Number copied from a resident record into the body
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "resident-record details including the applicant's My Number are typed out for the guarantor",
    charset="utf-8", sender=ONUKI,
    to=["ヤチンガード 審査部 <shinsa@yachin-guard.co.jp>"],
    subject="Re: 追加書類のご依頼（申込番号 YG-2506-1182）",
    body=("ヤチンガード株式会社\n審査部 ご担当者様\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "ご依頼の住民票の内容、お客様から届いた写しを転記いたします。\n"
          "（個人番号入りで取得されてしまったようです）\n\n"
          "氏名：能登谷 瑞穂\n生年月日：平成9年12月3日\n"
          "住所：千葉県船橋市本町六丁目14番2号\n"
          f"個人番号：{my_number(3702)}\n"
          "世帯主：能登谷 勝\n\n"
          "原本は当社で保管しております。以上、よろしくお願いいたします。\n" + sig("onuki")))

# 046 — XLSX of owners' My Numbers to the tax accountant
_o = people(46, 6, old=True)
_mn = [["2025年分 不動産の使用料等の支払調書 作成用"], ["日の出産業株式会社 オーナー業務課"], [],
       ["No", "貸主氏名", "フリガナ", "住所", "個人番号", "年間支払額"]]
for i, r in enumerate(_o):
    _mn.append([i + 1, r["name"], r["kana"], r["addr"], my_number(3703 + i), 1200000 + i * 374000])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "XLSX with six owners' My Numbers and addresses sent to the outside tax accountant",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["神田会計事務所 <info@kanda-kaikei.jp>"],
    subject="支払調書作成用データの送付",
    body=("神田会計事務所\n神田先生\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "法人借上げ物件の貸主様6名分のデータをお送りします。\n"
          "今年から個人番号欄も埋めております。\n" + sig("saotome")),
    attachments=[{"kind": "xlsx", "name": "shiharai_chosho_2025.xlsx",
                  "sheets": {"貸主一覧": _mn, "メモ": [["個人番号は本人確認済み（通知カード・免許証）"]]}}])

# 047 — basic pension number of an elderly applicant
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "an elderly applicant's 基礎年金番号 from the pension certificate, sent for guarantor screening",
    charset="iso-2022-jp", sender=ONUKI,
    to=["あんしん保証 審査課 <shinsa@anshin-hosho.co.jp>"],
    subject="高齢者プラン 審査書類（コーポ若葉 102号室）",
    body=("あんしん保証株式会社\n審査課 ご担当者様\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "高齢者プランでのお申込みにつき、収入確認書類として年金証書の内容をお知らせします。\n\n"
          "申込者：百目鬼 トシ子（ドウメキ トシコ）\n生年月日：昭和18年5月20日\n"
          "電話：048-262-5591\n"
          "基礎年金番号：4120-583916\n"
          "年金額：年額 1,932,000円（老齢基礎・厚生年金）\n"
          "預貯金：約600万円（通帳写しあり）\n\n"
          "緊急連絡先は長男様（同市内在住）です。\n" + sig("onuki")))

# 048 — health insurance card symbol/number as ID for a student
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "a student's health insurance card 記号・番号 are sent as the identity check to the brokerage",
    charset="shift_jis", sender=ONUKI,
    to=["駅前ホーム 学生課 <gakusei@ekimae-home.jp>"],
    subject="学生申込の本人確認について",
    body=("駅前ホーム株式会社\n学生課 森永様\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "ご紹介いただいた学生さんの件、免許証をお持ちでないため保険証で本人確認しました。\n\n"
          "　氏名：安孫子 蒼（アビコ アオイ）\n　生年月日：2006年10月2日\n"
          "　携帯：080-9013-5527\n"
          "　保険証：記号 73120411　番号 28　（本人）\n"
          "　学校：城北大学 理工学部1年\n\n"
          "親権者同意書の原本をご提出いただければ契約へ進めます。\n" + sig("onuki")))

# 049 — CSV of card numbers for rent card-payment registration
_p = people(49, 5)
_cc = [["契約番号", "契約者名", "カード番号", "有効期限", "引落開始"]]
for i, r in enumerate(_p):
    _cc.append([r["contract"], r["name"], card_number(3702 + i), f"{(i * 5) % 12 + 1:02d}/{27 + i % 3}", "2025/08"])
add("stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "CSV with five tenants' card numbers for rent card-payment registration sent to the collection agent",
    charset="utf-8", sender=KUGA,
    to=["ペイスムーズ 収納代行 <shuno@pay-smooth.co.jp>"],
    subject="家賃クレジット払い 登録依頼（8月開始分）",
    body=("ペイスムーズ株式会社\n収納代行 ご担当者様\n\n"
          "お世話になっております。日の出産業の久我です。\n"
          "家賃クレジット払いの新規登録分（5件）をお送りします。\n"
          "申込書の原本は月末にまとめて郵送いたします。\n" + sig("kuga")),
    attachments=[{"kind": "csv", "name": "card_touroku_202508.csv", "encoding": "utf-8", "rows": _cc}])

# 050 — UTF-8 CSV arrears status with sensitive remarks
_p = people(50, 7)
_rem = ["電話応答なし", "脳梗塞で入院中（妹様より連絡）", "分納中", "服役中との情報（元同居人より）",
        "勤務先倒産", "うつ病で休職中と本人申告", "連絡つかず"]
_st = [["保証番号", "契約者", "号室", "電話", "滞納額", "状況"]] + [
    [f"NC-{880100 + i * 37}", r["name"], r["room"], r["phone"], r["arrears"], _rem[i]] for i, r in enumerate(_p)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "CSV of 7 tenants in arrears whose remarks give hospitalisation, depression and imprisonment",
    charset="utf-8", sender=KUGA,
    to=["日本賃貸保証 督促センター <tokusoku@nihon-chintai-hosho.co.jp>"],
    subject="督促状況の共有（6月末）",
    body=("日本賃貸保証 督促センター御中\n\n日の出産業 久我です。\n"
          "6月末時点の督促状況をCSVで共有いたします。\n"
          "入院中・休職中の方については、分納のご相談に応じていただけると助かります。\n" + sig("kuga")),
    attachments=[{"kind": "csv", "name": "tokusoku_status_0630.csv", "encoding": "utf-8", "rows": _st}])

# 051 — legacy XLS key ledger to the locksmith
_p = people(51, 9)
_kl = [["鍵管理台帳（日の出ハイツ北沢）"], ["号室", "入居者", "電話", "鍵番号", "本数"]] + [
    [r["room"], r["name"], r["phone"], f"MIWA-U9 {43100 + i * 211}", 3] for i, r in enumerate(_p)]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "legacy .xls key ledger listing 9 tenants with phones sent to the locksmith",
    charset="iso-2022-jp", sender=SHIINA,
    to=["キー110番 関東センター <kanto@key110-kanto.com>"],
    subject="鍵管理台帳の件",
    body=("キー110番 関東センター 御中\n\n日の出産業の椎名です。\n"
          "ご依頼の鍵管理台帳を送ります。古いExcel形式ですみません。\n"
          "マスターキー作成の可否をご確認ください。\n" + sig("shiina")),
    attachments=[{"kind": "xls", "name": "kagi_daicho_kitazawa.xls", "sheets": {"台帳": _kl}}])

# 052 — TXT attachment with a padded table: water shut-off notice contacts
_p = people(52, 8)
_txt = ("断水工事 入居者連絡先（パークサイド大宮）\n\n"
        + pad(["号室", "氏名", "電話", "メール"], [6, 16, 15, 30]) + "\n" + "-" * 72 + "\n"
        + "\n".join(pad([r["room"], r["name"], r["phone"], r["email"]], [6, 16, 15, 30]) for r in _p) + "\n")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "text attachment with a padded table of 8 tenants' phones and e-mails sent to the plumber",
    charset="shift_jis", sender=SHIINA,
    to=["丸山設備 <info@maruyama-setsubi.co.jp>"],
    subject="給水ポンプ交換 断水のご案内先",
    body=("丸山設備株式会社\n丸山様\n\nお世話になっております。日の出産業の椎名です。\n"
          "7/9の給水ポンプ交換（断水 9:00〜15:00）について、前日にリマインドをお願いしたい入居者の\n"
          "連絡先をテキストで添付します。\n" + sig("shiina")),
    attachments=[{"kind": "txt", "name": "dansui_renrakusaki.txt", "encoding": "cp932", "text": _txt}])

# 053 — attached mail from a tenant's sister about his stroke, forwarded to the guarantor
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "attached family mail says the named tenant had a stroke and is in hospital; sent to the guarantor",
    charset="iso-2022-jp", sender=KUGA,
    to=["ヤチンガード 債権管理部 <saiken@yachin-guard.co.jp>"],
    subject="FW: 兄の部屋の件（パークサイド大宮 306号室）",
    body=("ヤチンガード株式会社\n債権管理部 ご担当者様\n\n"
          "日の出産業の久我です。\n306号室 宇佐美様の件、ご親族からのメールを添付いたします。\n"
          "6月分以降の家賃についてご相談させてください。\n" + sig("kuga")),
    attachments=[{"kind": "eml", "name": "兄の部屋の件.eml",
                  "message": {"charset": "iso-2022-jp", "sender": "宇佐美 智恵 <chie.usami77@icloud.com>",
                              "to": [KUGA], "subject": "兄の部屋の件",
                              "body": ("日の出産業 久我様\n\n306号室の宇佐美 正樹の妹です。\n"
                                       "兄は5月末に脳梗塞で倒れ、現在も大宮中央病院に入院しております。\n"
                                       "右半身に麻痺が残り、退院後は施設に入る予定です。\n"
                                       "家賃の引き落としが止まっているかもしれません。\n"
                                       "私の連絡先は 090-5516-2834 です。\n\n宇佐美 智恵\n")}}])

# 054 — bulk-transfer CSV of owners' bank accounts to the partner bank (correct domain)
_o = people(54, 7, old=True)
_banks = [("みどり銀行", "本店営業部"), ("ひばり信用金庫", "川口支店"), ("みどり銀行", "大宮支店"),
          ("東都銀行", "渋谷支店"), ("ゆうちょ銀行", "〇一八店"), ("みどり銀行", "浦和支店"), ("北辰銀行", "府中支店")]
_zb = [["受取人名（カナ）", "銀行名", "支店名", "種目", "口座番号", "金額"]]
for i, (r, b) in enumerate(zip(_o, _banks)):
    _zb.append([r["kana"].replace(" ", ""), b[0], b[1], "普通", f"{(i * 1234567 + 2233445) % 10000000:07d}",
                386000 + i * 41250])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "bulk-transfer sheet with seven private owners' bank accounts sent to the bank",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="総合振込 受取人口座の確認依頼",
    body=("みどり銀行 法人営業部\n岩渕様\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "先月の総合振込で組戻しになった件を受け、今月新規登録するオーナー様口座の確認をお願いしたく、\n"
          "一覧をお送りします。口座名義の表記に誤りがないかご確認いただけますでしょうか。\n" + sig("saotome")),
    attachments=[{"kind": "csv", "name": "furikomi_kakunin_202506.csv", "encoding": "cp932", "rows": _zb}])

# 055 — English: expatriate tenants list to a relocation agency
_p = people(55, 5)
_en = "\n".join(f"- {r['ROMAJI']} | Unit {r['room']} | {r['phone']} | {r['email']} | lease end 2025-{9 + i % 3}-30"
                for i, r in enumerate(_p))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "English mail listing five corporate-lease tenants with phones and e-mails, to a relocation agent",
    charset="utf-8", sender=ONUKI,
    to=["RelocBridge Japan <tokyo@relocbridge.com>"],
    subject="Lease renewals – your assignees at Hinode Residence Kawaguchi",
    body=("Hi Ms. Ferreira,\n\nAs discussed, below are the assignees whose leases end this autumn. "
          "Could you confirm with each of them whether they will renew, and let us know by 31 July?\n\n"
          + _en + "\n\nRenewal fee is 0.5 month's rent; the corporate tenant pays as before.\n" + sig("en")))

# ======================================================================================
# EITHER — a privacy officer could argue both ways
# ======================================================================================

# 056 — lonely death: "病死（事件性なし）" of a named tenant, to the owner company
add("either", ["PERSON_NAME"], ["personal_data"],
    "names the deceased tenant and says police found an illness death; thin health detail, owner needs to know",
    charset="iso-2022-jp", sender=MORISHITA,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="シャトレ菊名 305号室 入居者様ご逝去のご報告",
    body=("株式会社ハツカデ地所\n廿日出様\n\n"
          "日の出産業の森下です。取り急ぎご報告いたします。\n"
          "シャトレ菊名305号室の入居者 乙部 勝 様が、7月2日にご自宅でお亡くなりになっているのを、\n"
          "新聞の溜まりに気付いた隣室の方の通報で発見されました。\n"
          "警察によれば病死で事件性はなく、死後3日程度とのことです。\n\n"
          "臭気の発生はほぼなく、特殊清掃は簡易なもので済む見込みです。\n"
          "ご相続人との解約手続きは当社で進めます。\n" + sig("morishita")))

# 057 — noise complaint with the staff's guess about a tenant's mental state
add("either", ["PERSON_NAME"], ["personal_data"],
    "names a tenant and speculates he may be mentally ill; no diagnosis, but borderline sensitive",
    charset="utf-8", sender=MIKAMI,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="メゾン緑ヶ丘 402号室 夜間の騒音について",
    body=("黒羽興産株式会社\n三宅様\n\nお世話になっております。日の出産業の三上です。\n"
          "402号室の 深町 健斗 様について、深夜に大声での独り言や叫び声が続いているとの苦情が、\n"
          "今月に入って4件寄せられています。\n"
          "ご本人と玄関先でお話しした際も会話がかみ合わない場面があり、何らかのご病気を\n"
          "お持ちの可能性もあるかと感じました。\n"
          "緊急連絡先のご親族に一度ご相談してみようと考えておりますが、よろしいでしょうか。\n" + sig("mikami")))

# ======================================================================================
# PASS — ordinary business mail, a few people's records, internal mail, quoted text …
# ======================================================================================

# 058 — repair request with one tenant's name and phone
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one tenant's name and phone so the plumber can arrange access: one person's record",
    charset="iso-2022-jp", sender=SHIINA,
    to=["丸山設備 <info@maruyama-setsubi.co.jp>"],
    subject="修理依頼：給湯器エラー（日の出レジデンス川口 208号室）",
    body=("丸山設備株式会社\n丸山様\n\nいつもお世話になっております。日の出産業の椎名です。\n"
          "日の出レジデンス川口208号室で、給湯器にエラー「111」が表示され、お湯が出ないとの連絡がありました。\n"
          "機種：リンナイ RUF-A2005SAW（2014年製）\n\n"
          "入居者：柿沼 沙織 様　携帯 080-4471-2096\n"
          "平日は18時以降、土日は終日在宅とのことです。直接日程調整をお願いします。\n"
          "交換となる場合は事前にお見積りをください。\n" + sig("shiina")))

# 059 — one applicant (income, employer) to the guarantor, no ID numbers
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "a single applicant's details (birth date, address, employer, income) for screening: one person",
    charset="shift_jis", sender=ONUKI,
    to=["あんしん保証 審査課 <shinsa@anshin-hosho.co.jp>"],
    subject="審査依頼（パークサイド大宮 403号室）",
    body=("あんしん保証株式会社\n審査課 御中\n\n"
          "お世話になっております。日の出産業の大貫です。下記の審査をお願いいたします。\n\n"
          "物件：パークサイド大宮 403号室　賃料 86,000円／管理費 5,000円\n"
          "申込者：舘野 翔（タテノ ショウ）　H7.6.21生\n"
          "現住所：埼玉県さいたま市浦和区岸町七丁目3番11号\n"
          "携帯：090-8826-1407\n"
          "勤務先：株式会社カネヨ食品（営業職・勤続4年）\n"
          "税込年収：395万円\n"
          "入居者：本人のみ\n\n"
          "申込書原本はFAXにて送信済みです。\n" + sig("onuki")))

# 060 — applicant and joint guarantor (two people) to the owner company
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "applicant and joint guarantor, two people's details, sent to the owner for approval",
    charset="iso-2022-jp", sender=ONUKI,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="入居審査のご確認（シャトレ菊名 204号室）",
    body=("株式会社ハツカデ地所\n廿日出様\n\nお世話になっております。日の出産業の大貫です。\n"
          "204号室にお申込みがありました。ご承諾いただけるかご確認をお願いします。\n\n"
          "＜申込者＞\n　若月 奈々 様（1996年4月8日生）\n"
          "　株式会社トライ不動産サービス 事務職　年収 312万円\n　携帯 070-2284-6610\n\n"
          "＜連帯保証人＞\n　若月 信夫 様（父・1965年11月30日生）\n"
          "　静岡県内の製造業 勤続30年　年収 640万円\n　電話 055-931-2274\n\n"
          "保証会社（あんしん保証）の審査は承認済みです。\n" + sig("onuki")))

# 061 — move-out confirmation to the tenant (one free-mail recipient)
add("pass", [], ["freemail_recipient"],
    "move-out confirmation to the tenant's own free-mail address: one free-mail recipient",
    charset="iso-2022-jp", sender=SHIINA,
    to=["kiryu.daisuke@outlook.jp"],
    subject="解約届受理のお知らせ（ヒノデコート三軒茶屋 303号室）",
    body=("桐生 大輔 様\n\nこのたびは解約のご連絡をいただきありがとうございます。\n"
          "日の出産業 建物管理課の椎名でございます。\n"
          "解約届を受理いたしましたので、下記のとおりご案内いたします。\n\n"
          "・解約日：2025年7月31日\n・退去立会い：7月31日（木）11:00〜（約30分）\n"
          "・当日ご用意いただくもの：鍵（3本）、印鑑\n\n"
          "電気・ガス・水道の停止手続きはお客様ご自身でお願いいたします。\n" + sig("shiina")))

# 062 — reply quoting the guarantor's list with '>'
_p = people(62, 6)
_quoted = "\n".join(f"> {r['contract']}  {r['name']}  {r['phone']}  {r['arrears']:,}円" for r in _p)
add("pass", [], [],
    "the 6-row list is only in the quoted text of the guarantor's own mail; new text has no personal data",
    charset="iso-2022-jp", sender=KUGA,
    to=["あんしん保証 求償管理部 <kyusho@anshin-hosho.co.jp>"],
    subject="Re: 代位弁済実行のご連絡（6月実行分）",
    body=("あんしん保証株式会社\n求償管理部 植松様\n\n"
          "ご連絡ありがとうございます。日の出産業の久我です。\n"
          "6件とも当社口座への着金を確認いたしました。消込処理を行います。\n\n"
          "久我\n\n"
          "植松 <kyusho@anshin-hosho.co.jp> wrote:\n"
          "> 日の出産業 久我様\n>\n> 6月分の代位弁済を下記のとおり実行いたしました。\n>\n"
          + _quoted + "\n>\n> ご確認をお願いいたします。\n> あんしん保証 植松\n"))

# 063 — reply with -----Original Message----- quoting the owner's list
_p = people(63, 5)
_orig = "\n".join(f"{r['room']}　{r['name']}さん　{r['phone']}　（駐輪場に放置自転車）" for r in _p)
add("pass", [], ["freemail_recipient"],
    "tenant list appears only under -----Original Message----- from the owner himself; one free-mail owner",
    charset="shift_jis", sender=MIKAMI,
    to=["sagae.family@icloud.com"],
    subject="RE: 駐輪場の自転車の件",
    body=("寒河江様\n\nご連絡ありがとうございます。日の出産業の三上です。\n"
          "ご指摘の5台について、今週中に各戸へ撤去のお願い文を投函し、\n"
          "7月末までに移動がなければ、規約に沿って処分の手続きを進めます。\n\n"
          "三上\n\n"
          "-----Original Message-----\n"
          "From: 寒河江 <sagae.family@icloud.com>\n"
          "Sent: Monday, June 23, 2025 8:12 PM\n"
          "To: 三上 唯 <mikami.yui@hinode-sangyo.co.jp>\n"
          "Subject: 駐輪場の自転車の件\n\n"
          "三上さん\n駐輪場を見てきました。以下の方の自転車がずっと置きっぱなしです。\n"
          + _orig + "\n対応お願いします。\n寒河江\n"))

# 064 — English reply with the agent's list quoted under "On … wrote:"
_p = people(64, 5)
_oq = "\n".join(f"> {r['ROMAJI']}, unit {r['room']}, mobile {r['phone']}" for r in _p)
add("pass", [], [],
    "assignee list is only in the relocation agent's quoted mail; the reply adds nothing personal",
    charset="utf-8", sender=ONUKI,
    to=["RelocBridge Japan <tokyo@relocbridge.com>"],
    subject="Re: Renewal answers",
    body=("Hi Ms. Ferreira,\n\nThanks a lot — we will prepare the renewal agreements for all five and "
          "send them to the corporate tenant by 15 August.\n" + sig("en") +
          "\nOn Tue, Jul 22, 2025 at 10:04 AM Ana Ferreira <tokyo@relocbridge.com> wrote:\n"
          "> Dear Shota,\n> All five assignees will renew:\n" + _oq + "\n> Best, Ana\n"))

# 065 — internal only: arrears workbook
_p = people(65, 14)
_ar = [["滞納者一覧（2025/6/30）"], ["号室", "契約者", "電話", "生年月日", "滞納額", "保証会社"]] + [
    [r["room"], r["name"], r["phone"], r["dob"], r["arrears"], ["あんしん", "ヤチンガード", "日本賃貸保証", "なし"][i % 4]]
    for i, r in enumerate(_p)]
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], [],
    "a 14-row arrears workbook sent only to colleagues at hinode-sangyo.co.jp",
    charset="iso-2022-jp", sender=KUGA,
    to=[MORISHITA, HOJO], cc=["滞納管理チーム <tainou@hinode-sangyo.co.jp>"],
    subject="6月末 滞納者一覧",
    body=("北条部長、森下さん\n\n6月末の滞納者一覧を添付します。\n"
          "3か月以上が4件に増えています。保証なしの2件は白川先生への相談を検討したいです。\n\n久我\n"),
    attachments=[{"kind": "xlsx", "name": "滞納者一覧_20250630.xlsx", "sheets": {"一覧": _ar}}])

# 066 — internal only: lonely-death case report with cause of death
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], [],
    "case report with the deceased tenant's illness goes only to internal recipients",
    charset="utf-8", sender=MORISHITA,
    to=[HOJO], cc=[SAOTOME],
    subject="【事故報告】コーポ若葉103号室 孤独死",
    body=("北条部長\n（CC：早乙女さん）\n\nコーポ若葉103号室の件、事故報告をまとめました。\n\n"
          "■入居者：我妻 豊（昭和28年9月14日生、71歳、単身）\n"
          "■発見：6/12 14時頃、異臭の苦情で訪室→警察立会いで開錠\n"
          "■死因：警察の説明では糖尿病性の合併症による病死、死後約10日\n"
          "■既往：人工透析（週3回）、親族談\n"
          "■連帯保証人：なし（あんしん保証加入）\n"
          "■損害見込：特殊清掃 45万円、原状回復 約120万円、空室損\n"
          "■オーナー様：穂積様へ報告済み\n\n"
          "見守りサービス導入の稟議を別途上げます。\n\n森下\n"))

# 067 — internal (subdomain): My Number collection status
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "owners' My Numbers circulate between internal addresses (subdomain counts as internal)",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["経理部 法定調書担当 <houtei@mail.hinode-sangyo.co.jp>"],
    subject="貸主マイナンバー回収状況",
    body=("経理部 法定調書ご担当様\n\nオーナー業務課の早乙女です。\n"
          "支払調書対象の貸主様の個人番号、回収できた分をお知らせします。\n\n"
          f"・纐纈 信夫 様　{my_number(3701)}\n"
          f"・四十物 健二 様　{my_number(3709)}\n"
          f"・砂川 恵子 様　{my_number(3710)}\n"
          "・平良 様：未回収（再依頼中）\n\n"
          "原本写しは金庫に保管しています。\n\n早乙女\n"))

# 068 — two partner organisations: bank and law firm
add("pass", [], ["multiple_external_domains"],
    "ordinary three-way meeting mail with two partner organisations in To",
    charset="iso-2022-jp", sender=HOJO,
    to=["みどり銀行 法人営業部 岩渕様 <hojin-eigyo@midori-ginko.co.jp>",
        "白川法律事務所 白川先生 <office@shirakawa-law.jp>"],
    subject="旭ヶ丘レジデンス 管理移行に関するお打合せ",
    body=("みどり銀行 岩渕様\n白川法律事務所 白川先生\n\n"
          "いつもお世話になっております。日の出産業の北条です。\n"
          "旭ヶ丘レジデンスの管理移行に伴う賃料債権の譲渡と敷金承継について、\n"
          "三者でのお打合せをお願いしたく存じます。\n\n"
          "候補日：7/10（木）14:00〜／7/11（金）10:00〜\n"
          "場所：弊社 代々木本社 6階会議室（オンライン併用可）\n\n"
          "ご都合をお知らせいただけますと幸いです。\n" + sig("hojo")))

# 069 — two external organisations: guarantor and broker
add("pass", [], ["multiple_external_domains"],
    "scheduling mail to a guarantor and a broker: two external organisations",
    charset="utf-8", sender=ONUKI,
    to=["湊不動産 菅沼様 <chintai@minato-fudosan.co.jp>"],
    cc=["あんしん保証 営業部 <eigyo@anshin-hosho.co.jp>"],
    subject="保証プラン説明会の日程",
    body=("湊不動産 菅沼様\nあんしん保証 営業部 ご担当者様\n\n"
          "お世話になっております。日の出産業の大貫です。\n"
          "仲介店舗スタッフ向けの保証プラン説明会、7月17日（木）16時から当社会議室で確定とさせてください。\n"
          "資料はあんしん保証様でご準備いただけるとのことで、30部お願いいたします。\n" + sig("onuki")))

# 070 — list of our branch offices to a prospective owner
add("pass", [], [],
    "list of the company's branch offices (business addresses and switchboards), not people",
    charset="shift_jis", sender=HOJO,
    to=["旭開発 資産管理部 <shisan@asahi-kaihatsu.co.jp>"],
    subject="弊社営業所のご案内",
    body=("旭開発株式会社\n笹森様\n\nご質問いただいた弊社の管理拠点をご案内いたします。\n\n"
          + pad(["拠点", "所在地", "電話"], [14, 44, 14]) + "\n" + "-" * 76 + "\n"
          + pad(["代々木本社", "東京都渋谷区代々木二丁目41番3号", "03-5309-4470"], [14, 44, 14]) + "\n"
          + pad(["川口営業所", "埼玉県川口市並木元町8-15", "048-257-3310"], [14, 44, 14]) + "\n"
          + pad(["大宮営業所", "埼玉県さいたま市大宮区桜木町2-6-1", "048-641-2277"], [14, 44, 14]) + "\n"
          + pad(["武蔵小杉営業所", "神奈川県川崎市中原区小杉町3-240", "044-738-5120"], [14, 44, 14]) + "\n"
          + pad(["船橋営業所", "千葉県船橋市本町四丁目5-12", "047-460-3381"], [14, 44, 14]) + "\n\n"
          "旭ヶ丘レジデンスは大宮営業所の担当となる予定です。\n" + sig("hojo")))

# 071 — contractor list (companies) to the owner
add("pass", [], ["freemail_recipient"],
    "list of contractor companies with switchboard numbers to a private owner; businesses, not people",
    charset="iso-2022-jp", sender=SHIINA,
    to=["能登谷 様 <notoya-m@outlook.jp>"],
    subject="協力業者一覧のご送付",
    body=("能登谷様\n\nお世話になっております。日の出産業の椎名です。\n"
          "ご依頼の、当社が手配している協力業者の一覧です。緊急時は当社コールセンターが一次受付します。\n\n"
          "・給排水／給湯器　丸山設備株式会社　048-255-1180\n"
          "・内装／原状回復　匠内装株式会社　03-3412-8870\n"
          "・鍵　キー110番 関東センター　0120-110-482\n"
          "・消防設備点検　東京防災設備株式会社　03-5682-3301\n"
          "・特殊清掃　きらめきクリーンサービス　03-6458-2290\n"
          "・24時間コールセンター　0120-61-4499\n\n" + sig("shiina")))

# 072 — statistics XLSX: vacancy and arrears rates per building
add("pass", [], [],
    "vacancy and arrears rates per building: statistics without any person",
    charset="utf-8", sender=SAOTOME,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="上期 稼働率・滞納率レポート",
    body=("黒羽興産株式会社\n三宅様\n\nお世話になっております。日の出産業の早乙女です。\n"
          "上期の物件別 稼働率・滞納率をまとめましたのでお送りします。\n"
          "メゾン緑ヶ丘は3月の退去が重なり一時的に稼働率が下がりましたが、6月末で回復しています。\n"
          + sig("saotome")),
    attachments=[{"kind": "xlsx", "name": "上期レポート_黒羽興産様.xlsx",
                  "sheets": {"稼働率": [["物件別 稼働率（%）"], ["物件", "1月", "2月", "3月", "4月", "5月", "6月"],
                                       ["メゾン緑ヶ丘", 100, 100, 83.3, 91.7, 100, 100],
                                       ["グランデ桜", 95.0, 95.0, 90.0, 95.0, 100, 100]],
                             "滞納率": [["物件", "滞納戸数", "滞納率", "回収率"],
                                       ["メゾン緑ヶ丘", 1, "8.3%", "96.2%"],
                                       ["グランデ桜", 0, "0.0%", "100%"]]}}])

# 073 — aggregated remittance statement to a private owner (gmail)
add("pass", [], ["freemail_recipient"],
    "monthly remittance totals for the owner, no tenant data; one free-mail recipient",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["穂積 昭二 <hozumi.shoji1948@gmail.com>"],
    subject="6月分 ご送金のお知らせ（コーポ若葉）",
    body=("穂積様\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "6月分のご送金額をお知らせいたします（明細書は郵送いたします）。\n\n"
          "　賃料・共益費収入　　1,284,000円\n"
          "　管理手数料（5%）　 △64,200円\n"
          "　修繕費（給湯器交換）△187,000円\n"
          "　特殊清掃費（立替）　△451,000円\n"
          "　───────────────\n"
          "　ご送金額　　　　　　581,800円（6/25 お振込）\n\n"
          "特殊清掃費は保険会社へ請求中で、入金後に精算いたします。\n" + sig("saotome")))

# 074 — about an NDA (no marking)
add("pass", [], [],
    "mail about signing a 秘密保持契約 together with the management contract; no marking, no personal data",
    charset="shift_jis", sender=HOJO,
    to=["旭開発 資産管理部 <shisan@asahi-kaihatsu.co.jp>"],
    subject="秘密保持契約の締結について",
    body=("旭開発株式会社\n笹森様\n\nいつもお世話になっております。日の出産業の北条です。\n"
          "管理受託のご検討にあたり、レントロール等をご開示いただく前に、\n"
          "秘密保持契約を締結させていただきたく存じます。\n"
          "弊社雛形で問題なければ、2部製本してお送りいたします。\n"
          "秘密情報の範囲や有効期間（2年）について修正のご希望があればお知らせください。\n" + sig("hojo")))

# 075 — ordinary mail with the standard disclaimer
add("pass", [], [],
    "ordinary vacancy information to a broker ending with the standard confidentiality disclaimer",
    charset="iso-2022-jp", sender=ONUKI,
    to=["駅前ホーム 賃貸営業部 <chintai@ekimae-home.jp>"],
    subject="空室情報（7月第1週）",
    body=("駅前ホーム株式会社\n賃貸営業部 御中\n\nいつもお世話になっております。日の出産業の大貫です。\n"
          "今週の空室情報です。内見は鍵の現地キーボックス（暗証番号は都度お問い合わせください）。\n\n"
          "・サンライズ経堂 201　1LDK　126,000円　即入居可\n"
          "・日の出ハイツ北沢 104　1K　79,000円　8月上旬\n"
          "・ヒノデコート三軒茶屋 303　1K　95,000円　8月中旬\n\n"
          "AD100%、ペット相談は三軒茶屋のみです。\n" + sig("onuki") + DISCLAIMER))

# 076 — notice to all tenants, addresses in Bcc
add("pass", [], ["freemail_recipient"],
    "noise-manners notice to tenants sent with their addresses in Bcc, nobody sees the others",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["三上 唯 <mikami.yui@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in people(76, 9)],
    subject="【グランデ桜】生活音についてのお願い",
    body=("グランデ桜 入居者の皆様\n\n平素より当物件をご利用いただき、誠にありがとうございます。\n"
          "管理会社の日の出産業でございます。\n\n"
          "最近、夜間の足音や扉の開閉音、洗濯機の使用音について複数のご相談をいただいております。\n"
          "集合住宅では音が想像以上に響きます。特に22時以降は以下の点にご配慮ください。\n\n"
          "　・室内ではスリッパ等をご使用ください\n　・洗濯機・掃除機の使用はお控えください\n"
          "　・ドアはゆっくり閉めてください\n\n"
          "皆様が気持ちよく暮らせるよう、ご理解とご協力をお願いいたします。\n" + sig("mikami")))

# 077 — three attendees of a move-out inspection with phones
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three attendees of an inspection with their phone numbers: under five people",
    charset="utf-8", sender=SHIINA,
    to=["匠内装 工務課 <koumu@takumi-naisou.co.jp>"],
    subject="立会い参加者のご連絡（サンライズ経堂 202号室）",
    body=("匠内装 野々村様\n\nお世話になっております。日の出産業の椎名です。\n"
          "7/5（土）13時のサンライズ経堂202号室の立会い、参加者は以下のとおりです。\n\n"
          "・退去者　比嘉 美咲 様　090-7761-3082\n"
          "・連帯保証人（お父様）比嘉 正樹 様　098-862-4417（当日は電話参加）\n"
          "・当社　椎名（携帯 080-6638-1155）\n\n"
          "壁紙の損耗について争いがありそうなので、写真を多めにお願いします。\n" + sig("shiina")))

# 078 — four tenants' access arrangements
_p = people(78, 4)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four tenants' names and phones for a drain-cleaning visit: fewer than five people",
    charset="shift_jis", sender=SHIINA,
    to=["丸山設備 <info@maruyama-setsubi.co.jp>"],
    subject="排水管清掃 不在住戸の件",
    body=("丸山様\n\nお世話になっております。椎名です。\n"
          "先日の排水管高圧洗浄で不在だった4戸、再訪問の希望をいただきました。\n\n"
          + "\n".join(f"{r['room']}号室　{r['name']}様　{r['phone']}　{['7/12午前', '7/12午後', '7/13午前', '7/13午後'][i]}"
                      for i, r in enumerate(_p)) +
          "\n\n前日に各戸へお電話いただけると確実です。\n" + sig("shiina")))

# 079 — price list from the contractor, quoted and answered
add("pass", [], [],
    "discussion of a contractor's unit price list; no personal data",
    charset="iso-2022-jp", sender=SHIINA,
    to=["長田建装 <info@osada-kensou.jp>"],
    subject="Re: 2025年度 原状回復単価表",
    body=("長田様\n\n単価表ありがとうございます。\n"
          "クロス張替の単価が昨年から80円上がっていますが、材料費の値上げ分という理解でよろしいでしょうか。\n"
          "ハウスクリーニング（1K）は据え置きで助かります。\n\n椎名\n\n"
          "> 【2025年度 単価表】\n> クロス張替（量産品）　1,080円／㎡\n"
          "> クッションフロア張替　3,600円／㎡\n> ハウスクリーニング 1K　28,000円\n"
          "> ハウスクリーニング 1LDK　42,000円\n> 襖張替　4,800円／枚\n"))

# 080 — invoice with the company's T-number
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "management-fee invoice to the owner company with the qualified-invoice T-number; no personal data",
    charset="utf-8", sender=SAOTOME,
    to=["旭開発 経理部 <keiri@asahi-kaihatsu.co.jp>"],
    subject="請求書送付のご案内（請求書番号 HS-INV-2506-0412）",
    body=("旭開発株式会社\n経理部 御中\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "6月分の業務委託料の請求書をお送りします。\n\n"
          "請求書番号：HS-INV-2506-0412\n請求金額：396,000円（税込）\n"
          "お支払期日：2025年7月31日\n"
          "登録番号：T4011001087204\n"
          "振込先：みどり銀行 代々木支店 普通 0482731 ヒノデサンギョウ（カ\n\n"
          "PDFの原本は郵送いたしません。電子保存をお願いいたします。\n" + sig("saotome")))

# 081 — tracking number to the tenant (icloud)
add("pass", [], ["freemail_recipient"],
    "key delivery with a parcel tracking number to the tenant's own address: one free-mail recipient",
    charset="iso-2022-jp", sender=MIKAMI,
    to=["ichinose.hina@icloud.com"],
    subject="新しいカードキー発送のお知らせ",
    body=("一ノ瀬様\n\nお世話になっております。日の出産業の三上です。\n"
          "紛失届をいただいたカードキーの再発行分を、本日発送いたしました。\n\n"
          "　配送：ヤマト運輸 宅急便（本人限定受取）\n　伝票番号：4418-2093-7751\n"
          "　お届け予定：6月27日（金）午前中\n\n"
          "旧カードキーは本日付で無効化しております。再発行手数料 5,500円は7月分家賃と合わせて\n"
          "口座振替させていただきます。\n" + sig("mikami")))

# 082 — the word 機密 used in business (document shredding), not a marking
add("pass", [], [],
    "order for shredding old lease files; 機密書類 is the service name, not a classification",
    charset="shift_jis", sender=SAOTOME,
    to=["エコシュレッド関東 <uketsuke@eco-shred-kanto.co.jp>"],
    subject="機密書類溶解処理の回収依頼",
    body=("エコシュレッド関東株式会社\n受付ご担当者様\n\n"
          "いつもお世話になっております。日の出産業 賃貸管理事業部の早乙女です。\n"
          "保存期間の過ぎた賃貸借契約書・申込書の溶解処理をお願いいたします。\n\n"
          "・回収日：7月4日（金）午後\n・量：保存箱 38箱\n・場所：代々木本社 地下倉庫\n\n"
          "処理後、溶解証明書の発行をお願いいたします。\n" + sig("saotome")))

# 083 — English to a foreign private owner's agent, one business contact
add("pass", [], [],
    "English mail to an overseas owner's property agent about a lease renewal; one business contact",
    charset="utf-8", sender=ONUKI,
    to=["David Whitmore <d.whitmore@whitmore-estates.co.uk>"],
    subject="Unit 402, Sunrise Kyodo – renewal terms",
    body=("Dear Mr. Whitmore,\n\nThe current tenant of Unit 402 has asked to renew for another two years. "
          "Given the market, we recommend keeping the rent at JPY 132,000 and charging the standard renewal "
          "fee of one month. The guarantor company has already approved the renewal.\n\n"
          "Please reply with your approval and we will prepare the documents.\n" + sig("en") + DISCLAIMER_EN))

# 084 — statistics on lonely deaths to the city office, no individuals
add("pass", [], [],
    "aggregate lonely-death figures for a city liaison meeting: statistics without people",
    charset="iso-2022-jp", sender=MORISHITA,
    to=["旭ヶ丘市 福祉部 地域福祉課 <chiikifukushi@city.asahigaoka.lg.jp>"],
    subject="居住支援協議会 資料のご提供",
    body=("旭ヶ丘市 地域福祉課\n担当 吉良様\n\nお世話になっております。日の出産業の森下です。\n"
          "次回の居住支援協議会で使う資料として、当社管理物件の状況をお送りします。\n\n"
          "・管理戸数：3,412戸（うち65歳以上の単身世帯 286戸）\n"
          "・過去3年の室内死亡事案：9件（うち発見まで7日超 4件）\n"
          "・見守りサービス導入物件：5棟 118戸\n"
          "・高齢者の入居申込に対する審査承認率：71%\n\n"
          "個別の事案についてはお答えできませんのでご了承ください。\n" + sig("morishita")))

# 085 — owner's own bank account sent back to the owner for confirmation
add("pass", [], ["freemail_recipient"],
    "confirms the owner's own remittance account to the owner himself; one free-mail recipient",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["真壁 トシ子 <makabe.toshiko@yahoo.co.jp>"],
    subject="送金先口座変更の受付について",
    body=("真壁 トシ子 様\n\nいつもお世話になっております。日の出産業の早乙女です。\n"
          "送金先口座の変更届を受け付けました。念のため内容をご確認ください。\n\n"
          "　変更後：ひばり信用金庫 川口支店 普通 3318204 マカベ トシコ\n"
          "　適用：7月分のご送金（7/25）から\n\n"
          "相違がございましたら、お手数ですがお電話にてご連絡ください。\n" + sig("saotome")))

# 086 — special-cleaning quotation discussion without personal data
add("pass", [], [],
    "special-cleaning quote discussed by room number and works only; no personal data",
    charset="utf-8", sender=MORISHITA,
    to=["きらめきクリーンサービス <order@kirameki-clean.co.jp>"],
    subject="Re: お見積書（ハイツ朝霧 205号室）",
    body=("佐久間様\n\nお見積りありがとうございます。森下です。\n"
          "オーナー様に確認し、下記の内容で正式発注いたします。\n\n"
          "・汚染箇所撤去（フローリング6㎡・下地含む）　185,000円\n"
          "・オゾン脱臭（5日間）　120,000円\n"
          "・害虫駆除　35,000円\n"
          "・残置物撤去（2tトラック1台）　98,000円\n"
          "　合計 438,000円（税別）\n\n"
          "作業完了後、臭気測定の結果もご報告ください。\n" + sig("morishita")))

# 087 — settlement to the departing tenant himself (his own data)
add("pass", [], ["freemail_recipient"],
    "deposit settlement sent to the departing tenant's own free-mail address about himself",
    charset="iso-2022-jp", sender=SHIINA,
    to=["oikawa_r92@gmail.com"],
    subject="敷金精算のご案内（サンライズ経堂 105号室）",
    body=("及川 陸 様\n\n先日はお立会いありがとうございました。日の出産業の椎名です。\n"
          "敷金の精算内容をご案内いたします。\n\n"
          "　預り敷金　　　　　　130,000円\n"
          "　ハウスクリーニング　△42,000円\n"
          "　エアコン洗浄　　　　△12,100円\n"
          "　返還額　　　　　　　 75,900円\n\n"
          "ご指定の返金先口座へ、7月15日までにお振込みいたします。\n"
          "転居先へも書面を郵送いたしますので、到着までお待ちください。\n" + sig("shiina")))

# 088 — answer to the complaining tenant; the neighbour is not named
add("pass", [], ["freemail_recipient"],
    "reply to a tenant's noise complaint that does not identify the neighbour; one free-mail recipient",
    charset="utf-8", sender=MIKAMI,
    to=["t.wakatsuki@softbank.ne.jp"],
    subject="Re: 上の階の騒音について",
    body=("若月様\n\nご連絡ありがとうございます。日の出産業 入居者相談窓口の三上です。\n"
          "ご不便をおかけして申し訳ございません。\n"
          "本日、該当のお部屋に書面でお願いを投函し、あわせて全戸向けの注意文を掲示いたしました。\n"
          "1週間ほど様子を見ていただき、改善がなければ再度ご連絡ください。\n"
          "録音や日時のメモをお取りいただけると、次の対応がしやすくなります。\n\n"
          "三上\n\n"
          "> 毎晩0時過ぎまでドンドンという音が続いていて眠れません。\n"
          "> 何とかしてもらえませんか。\n"))

# 089 — internal mail with a card number (to accounting)
_cn2 = card_number(3707)
add("pass", ["PERSON_NAME", "CREDIT_CARD"], [],
    "a tenant's card number passed between internal addresses only",
    charset="iso-2022-jp", sender=ONUKI,
    to=["経理部 入金管理 <nyukin@hinode-sangyo.co.jp>"],
    subject="カード決済の返金処理について",
    body=("経理部 入金管理ご担当様\n\nリーシング課の大貫です。\n"
          "二重決済になった初期費用の返金をお願いします。\n\n"
          f"お客様：能登谷 瑞穂 様\nカード番号：{_cn2}\n"
          "金額：238,600円（6/20 2回目の決済分）\n\n"
          "決済代行の管理画面からの取消で対応できるはずです。よろしくお願いします。\n\n大貫\n"))

# 090 — two partner organisations: printer and system vendor
add("pass", [], ["multiple_external_domains"],
    "printing coordination with two partner organisations in To/Cc",
    charset="shift_jis", sender=MIKAMI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    cc=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="入居のしおり 改訂版の入稿について",
    body=("錦印刷 営業部 柳田様\nツバサシステム サポートご担当様\n\n"
          "お世話になっております。日の出産業の三上です。\n"
          "「入居のしおり」改訂版に、入居者アプリのQRコードを掲載します。\n"
          "QRコードの画像データはツバサシステム様から錦印刷様へ直接ご送付いただけますでしょうか。\n"
          "部数は3,000部、納期は8月8日です。\n" + sig("mikami")))

# 091 — one tenant and two emergency contacts (three people) to the guarantor
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "emergency-contact change: a tenant and two relatives, three people's records",
    charset="iso-2022-jp", sender=KUGA,
    to=["あんしん保証 契約管理課 <keiyaku@anshin-hosho.co.jp>"],
    subject="緊急連絡先変更のご連絡（保証番号 AH-2304418）",
    body=("あんしん保証株式会社\n契約管理課 御中\n\n日の出産業の久我です。\n"
          "下記契約者様より緊急連絡先の変更届が提出されましたので、ご登録をお願いいたします。\n\n"
          "契約者：瀬戸口 貴子 様（グランデ桜 205号室）携帯 080-2731-5046\n\n"
          "変更前：瀬戸口 豊 様（夫）　090-1184-6637\n"
          "変更後：仁科 久美子 様（姉）　東京都府中市住吉町三丁目9番2号　042-361-7728\n" + sig("kuga")))

# 092 — staff change notice (own staff only)
add("pass", [], [],
    "notice of a change of person in charge; only the company's own staff contacts",
    charset="utf-8", sender=SAOTOME,
    to=["黒羽興産 不動産管理部 <fudosan@kurobane-kosan.co.jp>"],
    subject="担当者変更のお知らせ",
    body=("黒羽興産株式会社\n不動産管理部　三宅様\n\n"
          "平素より大変お世話になっております。日の出産業の早乙女です。\n"
          "7月1日付の人事異動により、メゾン緑ヶ丘・グランデ桜の建物管理担当が\n"
          "椎名（建物管理課）に変わります。\n\n"
          "　新担当：椎名 和彦　TEL 048-257-3310／shiina.k@hinode-sangyo.co.jp\n\n"
          "引き続きよろしくお願い申し上げます。\n" + sig("saotome")))

# 093 — hotel booking for a tenant displaced by a leak (one guest)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "hotel booking for one displaced tenant with her phone: one person's record",
    charset="iso-2022-jp", sender=MORISHITA,
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="法人予約のお願い（6/16〜6/19 シングル1室）",
    body=("さくらホテル 予約センター御中\n\nいつもお世話になっております。日の出産業の森下です。\n"
          "当社管理物件の漏水事故で住めなくなった入居者様の宿泊をお願いいたします。\n\n"
          "　宿泊者：宍戸 瑞穂 様\n　連絡先：080-7729-3140\n"
          "　日程：6月16日（月）〜6月19日（木）3泊　シングル禁煙\n"
          "　お支払い：当社請求書払い（法人番号登録済）\n\n"
          "チェックインが遅くなる可能性があるとのことです。\n" + sig("morishita")))

# 094 — quote from the partner transport company, nothing personal
add("pass", [], [],
    "asks the partner transport company for a quote; no personal data",
    charset="utf-8", sender=MORISHITA,
    to=["青葉運輸 営業所 <eigyo@aoba-unyu.co.jp>"],
    subject="残置物搬出のお見積り依頼",
    body=("青葉運輸株式会社\n営業所 御中\n\nお世話になっております。日の出産業の森下です。\n"
          "コーポ若葉103号室（1DK、2階・エレベーターなし）の残置物搬出について、お見積りをお願いします。\n"
          "家具・家電一式、段ボール約40箱を想定しています。\n"
          "搬出先は当社指定の倉庫（川口市）です。7月第2週での作業を希望します。\n" + sig("morishita")))

# 095 — text + HTML flyer request to the printer
add("pass", [], [],
    "multipart text/HTML request for a tenants' event flyer; no personal data",
    charset="utf-8", sender=MIKAMI,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="夏祭りチラシの作成依頼（日の出レジデンス川口）",
    body=("錦印刷 柳田様\n\nいつもお世話になっております。日の出産業の三上です。\n"
          "入居者向け夏祭りのチラシをお願いします。\n"
          "日時：8月23日（土）16:00〜19:00／場所：中庭\nA4カラー片面 150部\n" + sig("mikami")),
    html=("<html><body><p>錦印刷 柳田様</p><p>いつもお世話になっております。日の出産業の三上です。<br>"
          "入居者向け夏祭りのチラシをお願いします。</p><ul><li>日時：8月23日（土）16:00〜19:00</li>"
          "<li>場所：中庭</li><li>A4カラー片面 150部</li></ul><p>日の出産業株式会社 三上 唯</p></body></html>"))

# 096 — NDA draft attached (text about secret information, no stamp)
add("pass", [], [],
    "draft NDA attached for review; it talks about 秘密情報 but carries no classification stamp",
    charset="iso-2022-jp", sender=HOJO,
    to=["Harborpoint Capital AM <am-japan@harborpoint-capital.com>"],
    subject="秘密保持契約書（案）のご送付 / Draft NDA",
    body=("Harborpoint Capital\nCallahan様\n\nお世話になっております。日の出産業の北条です。\n"
          "ご依頼の秘密保持契約書（案）をお送りします。英文版は来週お送りいたします。\n"
          "Please find attached our draft NDA in Japanese; the English version will follow next week.\n" + sig("hojo")),
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_Harborpoint.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "Harborpoint Capital（以下「甲」）と日の出産業株式会社（以下「乙」）は、"
                                 "乙による物件管理の検討に関し、以下のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、相手方から開示された技術上・営業上の情報をいう。",
                                 "第2条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"]}])

# 097 — list of buildings (not people) to the inspection company
add("pass", [], [],
    "list of managed buildings with addresses and unit counts: properties, not people",
    charset="shift_jis", sender=SHIINA,
    to=["東京防災設備 点検課 <tenken@tokyo-bousai-setsubi.co.jp>"],
    subject="下期 消防設備点検 対象物件",
    body=("東京防災設備株式会社\n点検課 御中\n\nお世話になっております。日の出産業の椎名です。\n"
          "下期の点検対象物件をお送りします。\n\n"
          "物件名\t所在地\t構造\t戸数\n"
          "日の出レジデンス川口\t埼玉県川口市並木三丁目\tRC5F\t36\n"
          "パークサイド大宮\tさいたま市大宮区\tRC5F\t24\n"
          "メゾン緑ヶ丘\t東京都練馬区豊玉北五丁目\tS3F\t12\n"
          "グランデ桜\t東京都板橋区常盤台三丁目\tRC4F\t20\n"
          "シャトレ菊名\t横浜市港北区菊名四丁目\tRC4F\t24\n"
          "コーポ若葉\t川口市並木元町\t木造2F\t8\n\n"
          "日程案をいただければ入居者への掲示を手配します。\n" + sig("shiina")))

# 098 — internal reply about a residence card
add("pass", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], [],
    "residence card details discussed between internal colleagues only",
    charset="utf-8", sender=MORISHITA,
    to=[ONUKI], cc=[HOJO],
    subject="Re: 外国籍の方の申込（在留期限）",
    body=("大貫さん\n\n在留期限が契約期間より短いのは問題ないです。更新時に新しいカードの写しをもらいましょう。\n"
          "念のため控えておきます。\n\n"
          "　グエン ヴァン タン 様　1998-03-09生\n　在留カード UH48271963KA　期限 2027/03/31\n\n森下\n\n"
          "> 森下さん\n> 在留期限が2027年3月までなのですが、2年契約で進めてよいでしょうか。\n> 大貫\n"))

# 099 — survey statistics PDF to the owner
add("pass", [], [],
    "tenant-satisfaction survey results as percentages in a PDF; no individuals",
    charset="iso-2022-jp", sender=SAOTOME,
    to=["株式会社ハツカデ地所 <info@hatsukade-jisho.co.jp>"],
    subject="入居者アンケート集計結果（シャトレ菊名）",
    body=("株式会社ハツカデ地所\n廿日出様\n\nお世話になっております。日の出産業の早乙女です。\n"
          "5月に実施した入居者アンケートの集計結果をお送りします（回答率 66.7%）。\n"
          "宅配ボックスの増設要望が多く、次回の報告会でご相談させてください。\n" + sig("saotome")),
    attachments=[{"kind": "pdf", "name": "アンケート集計_シャトレ菊名.pdf", "title": "入居者アンケート集計",
                  "lines": ["シャトレ菊名 入居者アンケート集計（2025年5月）", "回答 16戸 / 24戸", ""],
                  "table": [["設問", "満足", "普通", "不満"],
                            ["管理会社の対応", "62.5%", "31.3%", "6.2%"],
                            ["共用部の清掃", "75.0%", "18.8%", "6.2%"],
                            ["騒音・生活音", "43.8%", "37.5%", "18.7%"],
                            ["宅配ボックス", "25.0%", "31.3%", "43.7%"]]}])

# 100 — approval notice naming the applicant only
add("pass", [], [],
    "screening approval to the broker naming the applicant with no other data about her",
    charset="iso-2022-jp", sender=ONUKI,
    to=["湊不動産 賃貸仲介部 <chintai@minato-fudosan.co.jp>"],
    subject="審査結果のご連絡（ヒノデコート三軒茶屋 105号室）",
    body=("湊不動産株式会社\n菅沼様\n\nお世話になっております。日の出産業の大貫です。\n"
          "105号室 一ノ瀬様のお申込み、保証会社・オーナー様ともに承認となりました。\n"
          "契約日は7月5日（土）11時、当社代々木本社でお願いいたします。\n"
          "重要事項説明は貴社宅建士様にてお願いできますでしょうか。\n" + sig("onuki")))
