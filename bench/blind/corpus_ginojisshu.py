"""Blind corpus: 技能実習・特定技能 (area "ginojisshu").

日の出産業株式会社 as an accepting company (外国人材事業部 / 受入れ支援課) and, through its
group 監理団体 「日の出国際事業協同組合」 (mail on the internal subdomain
kyodo.hinode-sangyo.co.jp), as the supervising organisation for technical intern trainees
(技能実習生) and 特定技能 workers: sending organisations in Viet Nam, Indonesia and the
Philippines, 実習実施者 (北国フーズ, 川崎電機 and others), 外国人技能実習機構 (OTIT) reports,
行政書士 for immigration filings, 社労士 / 税理士, dormitory housing, health checks, pay slips,
airport transfers, interpreters on free mail; mail in Japanese and English.

Every person, company outside the brief's list, address, phone number, passport, residence
card, My Number, card number, bank account and corporate number in this file is invented.
My Numbers and card numbers come from build.py's helpers (seeds from 9201 upwards).
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 9201
rng = random.Random(SEED)
_next_seed = [SEED]


def _mn() -> str:
    s = _next_seed[0]
    _next_seed[0] += 1
    return my_number(s)


def _cc() -> str:
    s = _next_seed[0]
    _next_seed[0] += 1
    return card_number(s)


_FW = str.maketrans("0123456789-()/", "０１２３４５６７８９－（）／")


def fw(s: str) -> str:
    return s.translate(_FW)


def corp_no(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def rc() -> str:
    """在留カード番号 shape: 2 letters, 8 digits, 2 letters."""
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    return (rng.choice(L) + rng.choice(L) + "".join(str(rng.randrange(10)) for _ in range(8))
            + rng.choice(L) + rng.choice(L))


def pp(prefix: str = "C", n: int = 7, suffix: str = "") -> str:
    return prefix + "".join(str(rng.randrange(10)) for _ in range(n)) + suffix


def dob(lo: int = 1994, hi: int = 2005) -> tuple[int, int, int]:
    return (rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


def ymd(d: tuple[int, int, int], sep: str = "/") -> str:
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def jdate(d: tuple[int, int, int]) -> str:
    return f"{d[0]}年{d[1]}月{d[2]}日"


def wareki(d: tuple[int, int, int]) -> str:
    y, m, dd = d
    if y >= 1989:
        return f"平成{y - 1988}年{m}月{dd}日"
    return f"昭和{y - 1925}年{m}月{dd}日"


def wareki_short(d: tuple[int, int, int]) -> str:
    y, m, dd = d
    return f"H{y - 1988}.{m}.{dd}" if y >= 1989 else f"S{y - 1925}.{m}.{dd}"


def mob() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def acct() -> str:
    return f"{rng.randrange(1000000, 10000000)}"


VN = [
    ("NGUYEN VAN AN", "グエン・ヴァン・アン"), ("TRAN THI HOA", "チャン・ティ・ホア"),
    ("LE VAN DUC", "レ・ヴァン・ドゥック"), ("PHAM THI LAN", "ファム・ティ・ラン"),
    ("HOANG MINH TUAN", "ホアン・ミン・トゥアン"), ("VU THI THU", "ヴー・ティ・トゥー"),
    ("DANG QUOC HUY", "ダン・クオック・フイ"), ("BUI THI NGOC", "ブイ・ティ・ゴック"),
    ("DO VAN KHANH", "ド・ヴァン・カイン"), ("NGO THI MAI", "ゴー・ティ・マイ"),
    ("DUONG VAN LONG", "ズオン・ヴァン・ロン"), ("LY THI HANG", "リー・ティ・ハン"),
    ("PHAN THANH SON", "ファン・タイン・ソン"), ("TRINH THI YEN", "チン・ティ・イエン"),
    ("MAI VAN PHUC", "マイ・ヴァン・フック"), ("NGUYEN THI THAO", "グエン・ティ・タオ"),
    ("TA QUANG VINH", "ター・クアン・ヴィン"), ("LUONG THI NHUNG", "ルオン・ティ・ニュン"),
    ("CAO VAN THANG", "カオ・ヴァン・タン"), ("KIEU THI DIEP", "キエウ・ティ・ディエップ"),
]
ID = [
    ("AGUS SETIAWAN", "アグス・スティアワン"), ("SITI NURHALIZA", "シティ・ヌルハリザ"),
    ("BUDI SANTOSO", "ブディ・サントソ"), ("DEWI LESTARI", "デウィ・レスタリ"),
    ("RIZKY PRATAMA", "リズキ・プラタマ"), ("PUTRI AYU WULANDARI", "プトリ・アユ・ウランダリ"),
    ("EKO PRASETYO", "エコ・プラセティョ"), ("WAHYU HIDAYAT", "ワヒュ・ヒダヤット"),
    ("NUR AINI", "ヌル・アイニ"), ("FAJAR RAMADHAN", "ファジャル・ラマダン"),
    ("INDAH PERMATASARI", "インダ・プルマタサリ"), ("YOGA ADI SAPUTRA", "ヨガ・アディ・サプトラ"),
]
PH = [
    ("DELA CRUZ, MARIA SANTOS", "デラクルス・マリア"), ("REYES, JOSE MIGUEL", "レイエス・ホセ"),
    ("BAUTISTA, ANGELICA", "バウティスタ・アンジェリカ"),
    ("VILLANUEVA, MARK ANTHONY", "ビジャヌエバ・マークアンソニー"),
    ("OCAMPO, KRISTINE MAE", "オカンポ・クリスティンメイ"), ("CASTILLO, JEROME", "カスティージョ・ジェローム"),
    ("AQUINO, ROWENA", "アキノ・ロウェナ"), ("MENDOZA, RAMON GARCIA", "メンドーサ・ラモン"),
]


def female(romaji: str) -> bool:
    return " THI " in f" {romaji} " or romaji.split(",")[-1].strip().split(" ")[0] in (
        "SITI", "DEWI", "PUTRI", "NUR", "INDAH", "MARIA", "ANGELICA", "KRISTINE", "ROWENA")


# -- senders and signatures -------------------------------------------------------------

YAMAGUCHI = "山口 千里 <c.yamaguchi@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 拓也 <t.iwabuchi@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美帆 <m.onodera@kyodo.hinode-sangyo.co.jp>"
TOJO = "東條 誠 <m.tojo@hinode-sangyo.co.jp>"
HIGA = "比嘉 さやか <s.higa@hinode-sangyo.co.jp>"
TRANG = "Le Thi Thu Trang <trang.le@hinode-sangyo.co.jp>"
DIMAS = "Dimas Arya Nugraha <d.nugraha@hinode-sangyo.co.jp>"
MIYAGI = "宮城 玲奈 <r.miyagi@hinode-sangyo.co.jp>"

SIG_YAMAGUCHI = """――――――――――――――――――――
日の出産業株式会社
外国人材事業部 受入れ支援課
山口 千里（やまぐち ちさと）
〒438-0071 静岡県磐田市今之浦4丁目7番2号
TEL 0538-36-4410 / FAX 0538-36-4411
Mail c.yamaguchi@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_IWABUCHI = """--
日の出産業株式会社 外国人材事業部 監理課
岩渕 拓也
TEL: 0538-36-4412（直通） 携帯: 080-4471-2093
〒438-0071 静岡県磐田市今之浦4-7-2"""

SIG_ONODERA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出国際事業協同組合（日の出産業グループ）
監理事業部　小野寺 美帆
〒104-0032 東京都中央区八丁堀3-12-8 日の出ビル6F
TEL 03-5542-7180　FAX 03-5542-7181
監理団体許可番号：許1913000842（一般監理事業）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_ONODERA_EN = """Miho Onodera
Supervising Division
Hinode International Business Cooperative (Hinode Sangyo Group)
6F Hinode Bldg., 3-12-8 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel +81-3-5542-7180"""

SIG_TOJO = """────────────
日の出産業株式会社 総務部
東條 誠（とうじょう まこと）
TEL 03-5542-7100（代表）"""

SIG_HIGA = """*************************
日の出産業株式会社
外国人材事業部 生活支援担当　比嘉 さやか
〒438-0071 静岡県磐田市今之浦4-7-2
TEL 0538-36-4415
*************************"""

SIG_TRANG = """Le Thi Thu Trang（レ・ティ・トゥー・チャン）
Interpreter / Coordinator — Vietnam Desk
Hinode Sangyo Co., Ltd.  外国人材事業部
Tel +81-538-36-4418"""

SIG_DIMAS = """Best regards,
Dimas Arya Nugraha
Indonesia Desk, Foreign Talent Division
Hinode Sangyo Co., Ltd.
4-7-2 Imanoura, Iwata, Shizuoka 438-0071 Japan
Tel +81-538-36-4419"""

SIG_MIYAGI = """-------------------------------------
日の出産業株式会社　経理部
宮城 玲奈
TEL 03-5542-7105 / FAX 03-5542-7199
-------------------------------------"""

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが"
           "送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =====================================================================================
# 001 — stop: pre-arrival list to the Vietnamese sending organisation, padded columns
# =====================================================================================
_rows = []
for i, (ro, _ka) in enumerate(rng.sample(VN, 8), 1):
    d = dob(1997, 2005)
    _rows.append(f"{i:<4}{ro:<22}{ymd(d, '-'):<13}{'F' if female(ro) else 'M':<5}{pp('C')}")
add(
    id="ginojisshu-001",
    charset="utf-8",
    sender=ONODERA,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    cc=["岩渕 拓也 <t.iwabuchi@hinode-sangyo.co.jp>"],
    subject="Batch 14 (Kitaguni Foods) - pre-arrival list for COE filing",
    body=f"""Dear Ms. Ha,

Thank you for your continued support.

Before we file the Certificate of Eligibility applications for Batch 14 (food processing,
Kitaguni Foods, Ebetsu plant), please double-check the data below against the original
passports. Last time two birth dates were typed in the wrong order (DD/MM vs MM/DD), and
the immigration office returned the file to us.

No  Full name             Date of birth  Sex  Passport No.
--  --------------------  -------------  ---  ------------
""" + "\n".join(_rows) + f"""

Please reply by Friday 12 June. If any passport will be renewed before departure, tell
us now so that we do not have to re-file.

Best regards,

{SIG_ONODERA_EN}
""",
    attachments=[],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="8 trainees' names, birth dates and passport numbers in padded columns to the sending organisation",
)

# =====================================================================================
# 002 — pass: internal only (group subdomain → head office), full roster XLSX
# =====================================================================================
_sheet = [["技能実習生名簿（令和8年6月1日現在）　日の出国際事業協同組合"], [],
          ["No", "氏名（ローマ字）", "氏名（カナ）", "国籍", "生年月日", "在留カード番号",
           "在留期限", "住所"]]
for i, (ro, ka) in enumerate(rng.sample(VN, 6) + rng.sample(ID, 4), 1):
    d = dob()
    nat = "ベトナム" if (ro, ka) in VN else "インドネシア"
    _sheet.append([i, ro, ka, nat, ymd(d), rc(), f"2027/{rng.randrange(1, 13):02d}/30",
                   f"静岡県磐田市中泉{rng.randrange(1, 5)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 9)} "
                   f"日の出第二寮{rng.randrange(101, 306)}号"])
add(
    id="ginojisshu-002",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=[TOJO],
    cc=[HIGA],
    subject="【組合→本社】6月1日現在の実習生名簿（磐田）",
    body=f"""東條さん

お疲れさまです。小野寺です。
定期監査の事前準備として、磐田の実習生名簿（6/1現在）を添付します。
在留期限が来年前半に来る方が4名いますので、更新スケジュールの確認をお願いします。

比嘉さん、住所欄は先月の部屋替えを反映済みです。違っていたら教えてください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "実習生名簿_磐田_20260601.xlsx",
                  "sheets": {"名簿": _sheet,
                             "集計": [["国籍", "人数"], ["ベトナム", 6], ["インドネシア", 4]]}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=[],
    note="full roster with residence cards, but every recipient is internal (group subdomain and head office)",
)

# =====================================================================================
# 003 — stop: one trainee's residence card number in running text to the 行政書士
# =====================================================================================
_d = dob(1998, 2000)
_rc = rc()
add(
    id="ginojisshu-003",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=["星野 行政書士事務所 星野様 <hoshino@hoshino-gyosei.jp>"],
    subject="在留資格変更許可申請（川崎電機 配属 1名）のご依頼",
    body=f"""星野先生

いつも大変お世話になっております。日の出産業の岩渕です。

川崎電機様に配属中の技能実習生1名について、2号→3号への移行に伴う
在留資格変更許可申請をお願いしたく、ご連絡いたしました。

対象者はレ・ヴァン・ドゥック（LE VAN DUC）さん、{jdate(_d)}生で、
現在お持ちの在留カード番号は {_rc}、在留期限は2026年9月30日です。
技能検定随時3級は先月合格済みで、合格証明書の写しは郵送いたします。

必要書類の一覧をいただければ、こちらで揃えてお届けします。
どうぞよろしくお願いいたします。

{SIG_IWABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one trainee's residence card number (with name and DOB) in running text to an external scrivener",
)

# =====================================================================================
# 004 — pass: airport pickup to 青葉運輸, head count only
# =====================================================================================
add(
    id="ginojisshu-004",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.co.jp>"],
    subject="中部国際空港 お迎え便のお願い（6/18 着 12名）",
    body=f"""青葉運輸株式会社
配車センター 木下様

いつもお世話になっております。日の出産業の比嘉です。
下記のとおり、新規入国者の空港送迎をお願いいたします。

　日時　　：6月18日（木）　VN346便 ハノイ発 中部国際空港 07:05 着予定
　人数　　：実習生12名＋引率（当社）1名
　荷物　　：スーツケース12個、段ボール6箱程度
　行き先　：さくらホテル浜松（入国後講習の宿泊先）
　車両　　：マイクロバス1台（前回と同じ手配で結構です）

遅延があった場合は当日朝、比嘉の社用携帯からご連絡いたします。
お見積りは前回単価でお願いできれば幸いです。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary transport order to a partner; a head count and a flight number, no person's data",
)

# =====================================================================================
# 005 — stop: one worker's health check result (hypertension) in English to the
#       Indonesian sending organisation
# =====================================================================================
add(
    id="ginojisshu-005",
    charset="utf-8",
    sender=DIMAS,
    to=["Ibu Ratna Sari <ratna.sari@nusantara-karya.co.id>"],
    subject="Health check follow-up: Budi Santoso (Kawasaki Denki assignment)",
    body=f"""Dear Ibu Ratna,

I hope you are well.

I am writing about the annual health check held on 2 June at Iwata Kenshin Center.
Mr. Budi Santoso (2nd year, assigned to Kawasaki Denki, Hamamatsu) was found to have
high blood pressure (168/102 mmHg) and the doctor diagnosed stage 2 hypertension.
He has been told to see an internal medicine clinic within two weeks and the doctor
recommends he stops night shifts until then.

Could you please contact his family in Semarang and explain the situation? He was
worried that his parents would hear about it from someone else first. We will
accompany him to the clinic with an interpreter on 15 June.

{SIG_DIMAS}

{DISC_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named worker's diagnosis (hypertension) to an external sending organisation: 要配慮個人情報",
)

# =====================================================================================
# 006 — pass: four escorts' emergency numbers to さくらホテル (1-4 people)
# =====================================================================================
_esc = [("比嘉 さやか", mob()), ("岩渕 拓也", mob()), ("Le Thi Thu Trang", mob()),
        ("長嶺 勇気", mob())]
add(
    id="ginojisshu-006",
    charset="cp932",
    sender=HIGA,
    to=["さくらホテル浜松 宿泊営業 新垣様 <eigyo-hamamatsu@sakura-hotel.jp>"],
    subject="入国後講習期間中の当社連絡先（引率者4名）",
    body=f"""さくらホテル浜松
宿泊営業ご担当 新垣様

いつもお世話になっております。日の出産業の比嘉でございます。
6/18〜7/17の入国後講習期間中、夜間に何かあった場合の連絡先をお知らせします。
上から順にお電話いただければ、いずれかが対応いたします。

　1. 比嘉 さやか　　　{_esc[0][1]}
　2. 岩渕 拓也　　　　{_esc[1][1]}
　3. Le Thi Thu Trang {_esc[2][1]}（ベトナム語通訳）
　4. 長嶺 勇気　　　　{_esc[3][1]}

なお、実習生本人の部屋割りは前日までに別途お送りします。

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four escorts' mobile numbers to a partner hotel: under five people, may warn",
)

# =====================================================================================
# 007 — stop: look-alike of 北国フーズ (letter dropped), ordinary content
# =====================================================================================
add(
    id="ginojisshu-007",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-food.co.jp>"],
    subject="実習日誌・賃金台帳の写しのご提出期限について",
    body=f"""北国フーズ株式会社
総務課 佐々木様

いつもお世話になっております。日の出国際事業協同組合の小野寺です。

7月の定期監査に向けて、4月〜6月分の技能実習日誌と賃金台帳の写しを
7月3日（金）までにご準備いただけますでしょうか。
監査当日は、江別工場の寮の居室確認もあわせてお願いいたします。

ご不明な点がございましたらお知らせください。

{SIG_ONODERA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain kitaguni-food.co.jp is a one-letter look-alike of partner kitaguni-foods.co.jp",
)

# =====================================================================================
# 008 — stop: three sending organisations in To (should be Bcc)
# =====================================================================================
add(
    id="ginojisshu-008",
    charset="utf-8",
    sender=ONODERA,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>",
        "Ratna Sari <ratna.sari@nusantara-karya.co.id>",
        "Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>"],
    subject="Online briefing on the new 'Ikusei Shuro' system - 9 July",
    body=f"""Dear partners,

As you know, the Technical Intern Training system will be replaced by the new
"Ikusei Shuro" (employment for skill development) system. We will hold an online
briefing for our sending organisations:

  Date:   Thursday 9 July, 14:00-15:30 (JST)
  Tool:   Microsoft Teams (link to follow)
  Topics: transition schedule, job-change rules, fee caps, Japanese language levels

Please let us know by 1 July who will attend from your side.

Kind regards,

{SIG_ONODERA_EN}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external sending organisations (VN, ID, PH) see each other in To: should have been Bcc",
)

# =====================================================================================
# 009 — pass: NDA draft with a new Indonesian sending organisation
# =====================================================================================
add(
    id="ginojisshu-009",
    charset="utf-8",
    sender=DIMAS,
    to=["Bapak Hendra Wijaya <hendra@lpk-binacipta.id>"],
    cc=[YAMAGUCHI],
    subject="Draft Non-Disclosure Agreement - LPK Bina Cipta / Hinode Sangyo",
    body=f"""Dear Bapak Hendra,

Thank you for the productive meeting in Bandung last week.

As discussed, attached is our draft Non-Disclosure Agreement (秘密保持契約) to be signed
before we exchange candidate information and cost structures. Our legal counsel has
reviewed it; the main points are:

 - Article 2: definition of "Confidential Information"
 - Article 5: personal data of candidates may only be used for the selection process
 - Article 9: term of three years after termination

Please send us your comments or a marked-up version by 20 June. Once agreed, we will
prepare two originals for signature.

{SIG_DIMAS}
""",
    attachments=[{"kind": "docx", "name": "NDA_draft_LPK-BinaCipta_v2.docx",
                  "title": "Non-Disclosure Agreement (draft)",
                  "paragraphs": [
                      "NON-DISCLOSURE AGREEMENT (DRAFT v2)",
                      "This Agreement is made between Hinode Sangyo Co., Ltd. (\"Hinode\") and "
                      "LPK Bina Cipta (\"LPK\").",
                      "Article 1 (Purpose) The parties will exchange information for the purpose "
                      "of considering the dispatch of technical intern trainees.",
                      "Article 2 (Confidential Information) \"Confidential Information\" means any "
                      "technical, business or personal information disclosed by one party to the "
                      "other and designated as confidential at the time of disclosure.",
                      "Article 5 (Personal Data) Personal data of candidates shall be handled in "
                      "accordance with the Act on the Protection of Personal Information of Japan.",
                      "Article 9 (Term) The obligations under this Agreement survive for three (3) "
                      "years after its termination.",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the draft attached; 'Confidential Information' is a defined term, not a marking",
)

# =====================================================================================
# 010 — stop: password-protected ZIP (PPAP) to the 社労士
# =====================================================================================
_ppap_rows = [["氏名", "生年月日", "基礎年金番号"]] + [
    [ro, ymd(dob()), f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"]
    for ro, _ in rng.sample(ID, 5)]
add(
    id="ginojisshu-010",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["あおぞら社会保険労務士法人 中里様 <nakazato@aozora-sr.jp>"],
    subject="算定基礎届用データ送付（特定技能）",
    body=f"""あおぞら社会保険労務士法人
中里様

お世話になっております。日の出産業総務部の東條です。
算定基礎届の作成用データを、パスワード付きZIPにてお送りします。
パスワードは別メールにてお知らせいたします。

{SIG_TOJO}
""",
    attachments=[{"kind": "zip", "name": "santei_20260610.zip", "password": "Hn2026sr!",
                  "files": [{"kind": "csv", "name": "santei.csv", "rows": _ppap_rows}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected, to an external office",
)

# =====================================================================================
# 011 — pass: reply to OTIT; the list of trainees is only in the quoted text
# =====================================================================================
_q = []
for ro, ka in rng.sample(VN, 5):
    _q.append(f"> {ka}（{ro}） 在留カード番号 {rc()}")
add(
    id="ginojisshu-011",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["外国人技能実習機構 静岡事務所 指導課 <shidou-shizuoka@otit-kiko.go.jp>"],
    subject="Re: 実習実施者変更に伴う届出内容の確認について",
    body=f"""外国人技能実習機構 静岡事務所
指導課 ご担当者様

ご連絡ありがとうございます。日の出国際事業協同組合の小野寺です。
ご指摘の5名分、内容に相違ないことを確認いたしました。
訂正後の届出書は明日中に電子申請いたします。

引き続きよろしくお願いいたします。

{SIG_ONODERA}

2026年6月8日(月) 10:12 外国人技能実習機構 静岡事務所 指導課 <shidou-shizuoka@otit-kiko.go.jp>:
> 日の出国際事業協同組合 ご担当者様
>
> 先日ご提出いただいた届出について、以下の実習生の記載内容をご確認ください。
>
""" + "\n".join(_q) + """
>
> 以上、よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five trainees' residence card numbers appear only in quoted text from OTIT; new text has none",
)

# =====================================================================================
# 012 — stop: XLSX roster with title row and two sheets to 北国フーズ
# =====================================================================================
_s1 = [["技能実習生名簿（第3期生・江別工場配属予定）"], ["作成：日の出国際事業協同組合　2026/06/05"],
       ["No", "氏名", "フリガナ", "性別", "生年月日", "在留カード番号", "入居予定先"]]
_s2 = [["緊急連絡先"], ["No", "氏名", "本人携帯", "母国の家族（続柄）", "家族電話"]]
for i, (ro, ka) in enumerate(rng.sample(VN, 9), 1):
    d = dob(1999, 2005)
    _s1.append([i, ro, ka, "女" if female(ro) else "男", wareki(d), rc(),
                f"北海道江別市野幌町{rng.randrange(1, 80)}-{rng.randrange(1, 20)} 北国フーズ社員寮{rng.randrange(1, 4)}号棟"])
    _s2.append([i, ro, mob(), rng.choice(["父", "母", "兄", "姉", "夫"]),
                f"+84 9{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"])
add(
    id="ginojisshu-012",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
    cc=["北国フーズ 製造部 高嶋様 <takashima@kitaguni-foods.co.jp>"],
    subject="第3期生 名簿および緊急連絡先のご送付",
    body=f"""北国フーズ株式会社
総務課 佐々木様
（CC：製造部 高嶋様）

いつもお世話になっております。日の出国際事業協同組合の小野寺です。

7月に配属予定の第3期生9名の名簿と緊急連絡先一覧をお送りします。
寮の鍵の準備と、労働条件通知書の作成にお役立てください。

よろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "xlsx", "name": "第3期生名簿_江別.xlsx",
                  "sheets": {"名簿": _s1, "緊急連絡先": _s2}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX roster of 9 trainees (title rows, two sheets) with residence cards and phones to the 実習実施者",
)

# =====================================================================================
# 013 — pass: list of clinics (businesses) to 川崎電機
# =====================================================================================
add(
    id="ginojisshu-013",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["川崎電機 浜松工場 人事課 鈴木様 <suzuki.r@kawasaki-denki.co.jp>"],
    subject="外国語対応可能な協力医療機関の一覧",
    body=f"""川崎電機株式会社
浜松工場 人事課 鈴木様

お世話になっております。日の出産業の比嘉です。
先日お問い合わせのあった、外国語での受診に対応できる医療機関をまとめました。
夜間・休日の急病時は、まず当社の24時間窓口（0538-36-4499）へご連絡ください。

医療機関名                 診療科          電話            対応言語
-------------------------  --------------  --------------  ----------------
浜松みなみクリニック        内科・小児科    053-441-2870    英語・ベトナム語
医療法人 湖東会 湖東病院    総合（救急）    053-478-1100    英語・ポルトガル語
さなる歯科医院              歯科            053-455-6032    英語
はまきた皮膚科              皮膚科          053-587-3314    英語
磐田健診センター            健診            0538-32-7710    英語・インドネシア語

所在地や受付時間は各院のホームページでご確認いただけます。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of clinics (businesses) with switchboard numbers, no person's data",
)

# =====================================================================================
# 014 — stop: CSV (CP932) of salary transfer accounts to みどり銀行
# =====================================================================================
_rows14 = [["社員番号", "氏名（カナ）", "支店名", "預金種目", "口座番号", "振込開始月"]]
for ro, ka in rng.sample(VN, 4) + rng.sample(PH, 2):
    _rows14.append([f"T{rng.randrange(24000, 24999)}", ka.replace("・", " "),
                    rng.choice(["磐田支店", "浜松駅前支店", "袋井支店"]), "普通", acct(), "2026年7月"])
add(
    id="ginojisshu-014",
    charset="iso-2022-jp",
    sender=MIYAGI,
    to=["みどり銀行 法人営業部 大城様 <oshiro.t@midori-ginko.co.jp>"],
    subject="給与振込口座の登録依頼（特定技能 6名）",
    body=f"""みどり銀行 法人営業部
大城様

いつもお世話になっております。日の出産業経理部の宮城です。
7月支給分から給与振込の対象となる特定技能外国人6名の口座情報を
CSVにてお送りします。総合振込の受取人マスタへの登録をお願いいたします。

{SIG_MIYAGI}
""",
    attachments=[{"kind": "csv", "name": "furikomi_touroku_202607.csv", "encoding": "cp932",
                  "rows": _rows14}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSV of six workers' names and bank accounts to a partner bank",
)

# =====================================================================================
# 015 — stop: tenant list without a name column to the housing company
# =====================================================================================
_rows15 = []
for room in ("101", "102", "103", "201", "202", "203"):
    d = dob(1996, 2004)
    _rows15.append(f"{room}号室\t{wareki_short(d)}\t{mob()}\t{rng.choice(['ベトナム', 'インドネシア'])}\t2026/07/01")
add(
    id="ginojisshu-015",
    charset="cp932",
    sender=HIGA,
    to=["東海住宅サービス 賃貸管理課 <chintai@tokai-jutaku.co.jp>"],
    subject="コーポ今之浦 入居者情報（7/1入居分）",
    body=f"""東海住宅サービス株式会社
賃貸管理課 ご担当者様

いつもお世話になっております。日の出産業 生活支援担当の比嘉です。
社宅として借上げているコーポ今之浦（磐田市今之浦3丁目）の
7/1入居者の情報をお送りします。氏名は契約書の別紙でお渡ししますので、
こちらは緊急時の連絡用としてお使いください。

部屋\t生年月日\t携帯電話\t国籍\t入居日
""" + "\n".join(_rows15) + f"""

鍵の受け渡しは6/30午後、当社立会いのもとでお願いします。

{SIG_HIGA}
""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six tenants' birth dates and mobiles by room (no name column) to an external housing company",
)

# =====================================================================================
# 016 — pass: interpreter on gmail, booking request without health data
# =====================================================================================
add(
    id="ginojisshu-016",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["Tran Minh <tran.minh.interp@gmail.com>"],
    subject="6/24 健康診断の通訳のお願い",
    body=f"""Tran Minh 様

いつも通訳をお引き受けいただきありがとうございます。日の出産業の比嘉です。

6月24日（水）8:30〜12:00、磐田健診センターでの定期健康診断の通訳を
お願いできますでしょうか。受診者はベトナム人実習生6名です。
問診票の記入補助と、結果説明はありません（受付〜採血〜X線の付き添いのみ）。

謝礼は前回同様、半日 15,000円＋交通費でお願いします。
ご都合をお知らせください。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="booking a freelance interpreter on free mail; a head count only, no names or results",
)

# =====================================================================================
# 017 — stop: forward of the police call note (arrest) to 白川法律事務所
# =====================================================================================
_d17 = dob(2000, 2003)
add(
    id="ginojisshu-017",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="FW: 【至急】浜松中央署からの連絡メモ",
    body=f"""白川先生

お世話になっております。日の出産業の岩渕です。
本日、所轄署から実習生の件で連絡がありました。社内で共有したメモを転送します。
明日、接見と今後の対応（実習継続の可否、送出機関への報告）についてご相談させてください。

----- Forwarded Message -----
From: 岩渕 拓也 <t.iwabuchi@hinode-sangyo.co.jp>
To: 東條 誠 <m.tojo@hinode-sangyo.co.jp>
Subject: 【至急】浜松中央署からの連絡メモ

東條部長

15:40 浜松中央署 生活安全課より電話。
・対象：ホアン・ミン・トゥアン（HOANG MINH TUAN）、{jdate(_d17)}生、川崎電機配属 2号2年目
・内容：市内のドラッグストアでの窃盗容疑で本日午後逮捕、現在署にて取調べ中
・本人は容疑を一部否認。通訳の手配を署が行っている
・身元引受人について明日改めて連絡あり

以上、取り急ぎ。
岩渕

{SIG_IWABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded note on a named trainee's arrest (criminal record/arrest is 要配慮) to an external law firm",
)

# =====================================================================================
# 018 — pass: invoice for 監理費 with T-number and the company's bank account
# =====================================================================================
_tno = corp_no("010005018342")
add(
    id="ginojisshu-018",
    charset="iso-2022-jp",
    sender=MIYAGI,
    to=["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書】2026年6月分 監理費のご請求",
    body=f"""北国フーズ株式会社
経理課 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年6月分の監理費につきまして、下記のとおりご請求申し上げます。

　請求書番号：HK-2026-0612
　品目　　　：監理費（技能実習生 18名 × 30,000円）
　小計　　　：540,000円
　消費税(10%)：54,000円
　合計　　　：594,000円
　お支払期限：2026年7月31日

　お振込先：みどり銀行 八丁堀支店 普通 3308172
　　　　　　ﾋﾉﾃﾞｺｸｻｲｼﾞｷﾞﾖｳｷﾖｳﾄﾞｳｸﾐｱｲ
　適格請求書発行事業者登録番号：T{_tno}

請求書原本（PDF）は別途郵送いたします。

{SIG_MIYAGI}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the cooperative's T-number and its own bank account: business data, not personal",
)

# =====================================================================================
# 019 — stop: HTML-only candidate table forwarded to 北国フーズ
# =====================================================================================
_tr = []
for ro, ka in rng.sample(VN, 7):
    d = dob(1999, 2006)
    _tr.append(f"<tr><td>{ro}</td><td>{ka}</td><td>{ymd(d, '.')}</td>"
               f"<td>{rng.choice(['Nghe An', 'Thanh Hoa', 'Ha Tinh', 'Thai Binh', 'Nam Dinh'])}</td>"
               f"<td>{rng.randrange(150, 178)} cm</td><td>{rng.choice(['高校卒', '短大卒', '専門学校卒'])}</td></tr>")
add(
    id="ginojisshu-019",
    charset="utf-8",
    sender=ONODERA,
    to=["北国フーズ 製造部 高嶋様 <takashima@kitaguni-foods.co.jp>"],
    subject="第4期 面接候補者（ホアセン社より）",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>北国フーズ株式会社<br>製造部 高嶋様</p>
<p>いつもお世話になっております。日の出国際事業協同組合の小野寺です。</p>
<p>送出機関ホアセン社から、第4期の面接候補者7名のプロフィールが届きましたので共有します。
7月のオンライン面接で選考いただく予定です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>カナ</th><th>生年月日</th><th>出身省</th><th>身長</th><th>学歴</th></tr>
""" + "\n".join(_tr) + """
</table>
<p>希望の面接日時があればお知らせください。</p>
<p>日の出国際事業協同組合 監理事業部 小野寺 美帆<br>TEL 03-5542-7180</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 candidates (names, birth dates) to an external company",
)

# =====================================================================================
# 020 — stop: trainee who was the victim of an assault, English, to the sending org
# =====================================================================================
add(
    id="ginojisshu-020",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="Incident report - Ms. Tran Thi Hoa",
    body=f"""Dear Ms. Ha,

I am sorry to inform you that on the evening of 6 June, Ms. Tran Thi Hoa (Batch 11,
Kitaguni Foods) was the victim of an assault by an unknown man near the Nopporo station
on her way back to the dormitory. She suffered bruises on her arm and the police have
accepted her victim report (被害届). She is now back at work and is being supported by
our staff and a counsellor.

She asked us to inform her family carefully, without frightening them. Could your
Hanoi office call her mother this week? I will join the call to interpret if needed.

Best regards,
{SIG_TRANG}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee who was a crime victim (要配慮) reported to an external organisation",
)

# =====================================================================================
# 021 — pass: two external organisations in To/Cc (normal three-way meeting)
# =====================================================================================
add(
    id="ginojisshu-021",
    charset="utf-8",
    sender=ONODERA,
    to=["北国フーズ 製造部 高嶋様 <takashima@kitaguni-foods.co.jp>"],
    cc=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="第4期 オンライン面接の日程 / Interview schedule for Batch 4",
    body=f"""高嶋様
Ms. Ha (cc)

お世話になっております。日の出国際事業協同組合の小野寺です。
第4期のオンライン面接を、下記の日程で調整しております。

　7月14日（火）13:00〜16:00（日本時間）／11:00〜14:00（ベトナム時間）
　会場：ホアセン社 ハノイ研修センター（オンライン接続）
　面接官：北国フーズ様 2名、当組合 1名

Ms. Ha, the interview is planned on 14 July, 11:00-14:00 Vietnam time. Please prepare
the training-centre meeting room and a stable connection.

ご都合が悪ければお知らせください。

{SIG_ONODERA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc arranging a meeting: normal, no personal data",
)

# =====================================================================================
# 022 — stop: named Muslim trainees (religion) to the hotel
# =====================================================================================
_m22 = rng.sample(ID, 3)
add(
    id="ginojisshu-022",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["さくらホテル浜松 料飲部 金城様 <fb-hamamatsu@sakura-hotel.jp>"],
    subject="入国後講習 食事のご相談（ハラール対応）",
    body=f"""さくらホテル浜松
料飲部 金城様

いつもお世話になっております。日の出産業のディマスです。
7月の入国後講習に参加するインドネシア人実習生のうち、下記3名がイスラム教徒のため、
豚肉・アルコールを含まない食事をお願いしたく存じます。

　・{_m22[0][1]}（{_m22[0][0]}）
　・{_m22[1][1]}（{_m22[1][0]}）
　・{_m22[2][1]}（{_m22[2][0]}）

また、3名ともラマダン期間外ではありますが、1日5回の礼拝のため
研修室の一角を昼休みにお借りできると助かります。

ご検討のほど、よろしくお願いいたします。

{SIG_DIMAS}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="three named trainees' religion (Muslim) to a hotel: 信条 is 要配慮 even for a few people",
)

# =====================================================================================
# 023 — pass: halal catering inquiry without names
# =====================================================================================
add(
    id="ginojisshu-023",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["浜松仕出し弁当 まるよし 受注係 <order@maruyoshi-bento.co.jp>"],
    subject="ハラール対応弁当のお見積り依頼",
    body=f"""まるよし 受注ご担当者様

はじめてご連絡いたします。日の出産業株式会社の比嘉と申します。
当社工場で働く外国人社員向けに、ハラール対応のお弁当を定期的にお願いできる
仕出し業者を探しております。

　・数量：平日昼 20食前後（月〜金）
　・納品先：静岡県磐田市今之浦4-7-2 日の出産業 磐田工場 食堂
　・条件：豚由来の原材料・アルコール不使用、できればハラール認証品
　・開始：2026年8月から

対応可否と概算単価をお知らせいただけますと幸いです。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="catering inquiry mentions halal needs of a group, no identifiable person",
)

# =====================================================================================
# 024 — stop: work injury diagnosis of one trainee to the insurer
# =====================================================================================
_d24 = dob(1999, 2002)
add(
    id="ginojisshu-024",
    charset="cp932",
    sender=IWABUCHI,
    to=["ひなた損害保険 外国人保険サービス課 <gaikokujin@hinata-sonpo.co.jp>"],
    subject="技能実習生総合保険 事故報告（証券番号 HS-88-204517）",
    body=f"""ひなた損害保険株式会社
外国人保険サービス課 ご担当者様

お世話になっております。日の出産業の岩渕です。
下記のとおり事故が発生しましたので、ご報告いたします。

■被保険者　：ズオン・ヴァン・ロン（DUONG VAN LONG）
■生年月日　：{ymd(_d24)}
■事故日時　：2026年6月9日 10:20頃
■事故状況　：川崎電機 浜松工場 第2ラインにて、金型交換中に右手を挟む
■受診先　　：医療法人 湖東会 湖東病院 整形外科
■診断名　　：右示指末節骨骨折・挫創（全治6週間の見込み）
■労災　　　：労働基準監督署へ様式第5号提出予定

治療費の立替分について、必要書類をご教示ください。

{SIG_IWABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named trainee's diagnosis (fracture) and DOB to an insurer: 要配慮",
)

# =====================================================================================
# 025 — stop: six pay slips (PDF) to an interpreter on gmail for a translation check
# =====================================================================================
_t25 = [["氏名", "支給額", "控除計", "差引支給額", "振込先"]]
for ro, ka in rng.sample(VN, 6):
    g = rng.randrange(205000, 248000)
    k = rng.randrange(52000, 68000)
    _t25.append([ka, f"{g:,}", f"{k:,}", f"{g - k:,}", f"みどり銀行 磐田支店 普通 {acct()}"])
add(
    id="ginojisshu-025",
    charset="iso-2022-jp",
    sender=TRANG,
    to=["Vo Thi Kim <kim.vo.dich@gmail.com>"],
    subject="給与明細のベトナム語訳チェックのお願い",
    body=f"""Kim さん

いつもありがとうございます。日の出産業のチャンです。
今月から給与明細にベトナム語の説明を付けることになりました。
実際の5月分の明細（6名分）に訳語を入れてみたので、
表現がおかしいところがないか見ていただけますか。

急ぎませんが、来週中だと助かります。

{SIG_TRANG}
""",
    attachments=[{"kind": "pdf", "name": "kyuyo_meisai_202605_vi.pdf",
                  "lines": ["給与明細書 / PHIẾU LƯƠNG　2026年5月分",
                            "日の出産業株式会社 磐田工場", ""],
                  "table": _t25}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data", "freemail_recipient"],
    note="six real pay slips (names, pay, bank accounts) in a PDF to a free-mail interpreter",
)

# =====================================================================================
# 026 — pass: class-level progress report with the standard disclaimer
# =====================================================================================
add(
    id="ginojisshu-026",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["Ibu Ratna Sari <ratna.sari@nusantara-karya.co.id>"],
    subject="日本語学習の進捗（5月度）/ Japanese study progress - May",
    body=f"""Ibu Ratna,

いつもお世話になっております。日の出産業のディマスです。
5月度の日本語学習の状況をご報告します（クラス単位）。

　クラスA（1年目・10名）：「みんなの日本語」第18課まで。N4模試 平均 62点
　クラスB（2年目・8名） ：N3対策。6月の模試で合格ライン到達 5名
　クラスC（特定技能・6名）：業務用語中心。週1回 オンライン

7月のJLPTに向けて、送出機関側でも母国語での文法解説動画を
共有いただけると助かります。

{SIG_DIMAS}

────────────────────────
{DISC_JA}
{DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="class-level figures only; the confidentiality text is the standard disclaimer, not a marking",
)

# =====================================================================================
# 027 — stop: 「・」 bullets of seven trainees' mobiles to 青葉運輸
# =====================================================================================
_b27 = "\n".join(f"・{ka}　{mob()}" for ro, ka in rng.sample(VN, 7))
add(
    id="ginojisshu-027",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.co.jp>"],
    subject="6/27 技能講習 送迎バス 乗車者連絡先",
    body=f"""木下様

お世話になっております。日の出産業の比嘉です。
6/27（土）フォークリフト技能講習の送迎について、乗車者7名の携帯番号をお知らせします。
集合時刻に遅れている人がいた場合、運転手さんから直接お電話いただいて構いません。
（皆さん簡単な日本語は通じます）

{_b27}

集合：7:15 日の出第二寮 前
よろしくお願いいたします。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of seven trainees' names and mobile numbers to an external bus company",
)

# =====================================================================================
# 028 — stop: one block per applicant (five) to the estate agent
# =====================================================================================
_blocks = []
for ro, ka in rng.sample(ID, 3) + rng.sample(PH, 2):
    d = dob(1995, 2003)
    _blocks.append(f"""【入居者{len(_blocks) + 1}】
　氏名　　：{ka}（{ro}）
　生年月日：{wareki(d)}
　国籍　　：{'フィリピン' if ',' in ro else 'インドネシア'}
　勤務先　：日の出産業株式会社 磐田工場
　携帯電話：{fw(mob())}""")
add(
    id="ginojisshu-028",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["浜名エステート 法人営業 伊波様 <iha@hamana-estate.co.jp>"],
    subject="入居申込書の記載事項（ハイツ見付 5名分）",
    body=f"""浜名エステート株式会社
法人営業 伊波様

いつもお世話になっております。日の出産業の比嘉です。
ハイツ見付（2LDK×3室）の法人契約について、入居予定者の情報をお送りします。
申込書への転記をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

保証会社の審査に必要な書類があればお知らせください。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five records in blocks (name, 和暦 DOB, full-width mobile) to an estate agent",
)

# =====================================================================================
# 029 — stop: My Numbers of three workers to the tax accountant
# =====================================================================================
_m29 = [(ka, _mn()) for ro, ka in rng.sample(PH, 3)]
add(
    id="ginojisshu-029",
    charset="iso-2022-jp",
    sender=MIYAGI,
    to=["神田税理士事務所 松永様 <matsunaga@kanda-tax.jp>"],
    subject="中途入社3名の個人番号（源泉徴収票作成用）",
    body=f"""神田税理士事務所
松永様

お世話になっております。日の出産業経理部の宮城です。
4月に入社した特定技能外国人3名の個人番号をお知らせします。
源泉徴収簿への登録をお願いいたします。

""" + "\n".join(f"　{ka}　　個人番号：{n}" for ka, n in _m29) + f"""

本人確認書類（在留カードの写し）は、来所時にお持ちします。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three workers' My Numbers to an external tax office",
)

# =====================================================================================
# 030 — pass: three candidates for a skills test, to the testing body
# =====================================================================================
_c30 = [(ro, ymd(dob(1999, 2004))) for ro, ka in rng.sample(VN, 3)]
add(
    id="ginojisshu-030",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["食品技能検定協会 試験部 <shiken@shokuhin-kentei.or.jp>"],
    subject="技能検定（随時3級）受検申請 3名分の確認",
    body=f"""食品技能検定協会 試験部 御中

お世話になっております。日の出国際事業協同組合の小野寺です。
先日郵送した随時3級（惣菜製造作業）の受検申請3名分について、
受検番号の通知が届いておりませんので、受付状況をご確認いただけますでしょうか。

　受検者氏名　　　　　　生年月日
　{_c30[0][0]:<22}{_c30[0][1]}
　{_c30[1][0]:<22}{_c30[1][1]}
　{_c30[2][0]:<22}{_c30[2][1]}

実習実施者：北国フーズ株式会社 江別工場
希望試験日：2026年8月下旬

{SIG_ONODERA}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three candidates' names and birth dates to the testing body: under five, may warn",
)

# =====================================================================================
# 031 — stop: basic pension number of a returnee (lump-sum withdrawal) to the 社労士
# =====================================================================================
add(
    id="ginojisshu-031",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["あおぞら社会保険労務士法人 中里様 <nakazato@aozora-sr.jp>"],
    subject="脱退一時金の代理請求について（帰国者1名）",
    body=f"""中里様

いつもお世話になっております。日の出産業総務部の東條です。

3月に帰国したブイ・ティ・ゴック（BUI THI NGOC）さんから、脱退一時金の
代理請求をお願いしたいと連絡がありました。本人から届いた情報は以下のとおりです。

基礎年金番号は {rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}、
被保険者期間は2023年4月〜2026年3月（36か月）です。
帰国後の住所・受取口座はベトナムの銀行で、書類は本人から郵送されてきます。

委任状の様式をお送りいただけますでしょうか。

{SIG_TOJO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one named returnee's 基礎年金番号 in running text to an external 社労士",
)

# =====================================================================================
# 032 — pass: internal pay transfer list (CSV) to 経理, all recipients internal
# =====================================================================================
_r32 = [["社員番号", "氏名", "差引支給額", "銀行", "支店", "口座番号"]]
for ro, ka in rng.sample(VN, 8) + rng.sample(ID, 4):
    _r32.append([f"T{rng.randrange(24000, 24999)}", ro, rng.randrange(148000, 196000),
                 "みどり銀行", rng.choice(["磐田支店", "浜松駅前支店"]), acct()])
add(
    id="ginojisshu-032",
    charset="utf-8",
    sender=TOJO,
    to=[MIYAGI],
    cc=["経理部 共有 <keiri@hinode-sangyo.co.jp>"],
    subject="6月支給 技能実習生・特定技能 振込明細データ",
    body=f"""宮城さん

総務の東條です。6月支給分の振込明細データを送ります。
前月からの変更は2名（口座変更1名、退職1名）です。
総合振込の締めは22日なので、それまでにFB登録をお願いします。

{SIG_TOJO}
""",
    attachments=[{"kind": "csv", "name": "furikomi_202606.csv", "encoding": "utf-8",
                  "rows": _r32}],
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="pay transfer list of 12 workers, but sent only to internal addresses",
)

# =====================================================================================
# 033 — stop: health insurance card number of one trainee to a clinic
# =====================================================================================
_d33 = dob(2001, 2004)
add(
    id="ginojisshu-033",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["浜松みなみクリニック 受付 <uketsuke@hm-minami-clinic.jp>"],
    subject="明日受診予定の患者さんの保険証情報",
    body=f"""浜松みなみクリニック 受付ご担当者様

お世話になっております。日の出産業の比嘉です。
明日10時に予約しているヴー・ティ・トゥー（VU THI THU）さんの件です。
本人が保険証を寮に忘れたとのことで、情報を先にお送りします。

　氏名：VU THI THU
　生年月日：{ymd(_d33)}
　保険者番号：06220417
　被保険者証 記号：{rng.randrange(100, 999)}　番号：{rng.randrange(10, 99)}

当日は通訳の者が付き添います。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one trainee's health insurance card 記号・番号 to an external clinic",
)

# =====================================================================================
# 034 — stop: company credit card number for flight tickets to the travel agency
# =====================================================================================
add(
    id="ginojisshu-034",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["そらトラベル 法人デスク <houjin@sora-travel.co.jp>"],
    subject="帰国便 航空券のお支払いについて",
    body=f"""そらトラベル 法人デスク 御中

いつもお世話になっております。日の出産業の山口です。
先日お見積りいただいた帰国便（名古屋→ハノイ 7/30 VN347、4名分）について、
今回は法人カードで決済をお願いいたします。

　カード番号：{_cc()}
　有効期限　：09/28
　名義　　　：CHISATO YAMAGUCHI（日の出産業株式会社）

領収書は会社宛でお願いいたします。

{SIG_YAMAGUCHI}
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number in the body to a travel agency",
)

# =====================================================================================
# 035 — pass: question to OTIT about a form
# =====================================================================================
add(
    id="ginojisshu-035",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["外国人技能実習機構 静岡事務所 審査課 <shinsa-shizuoka@otit-kiko.go.jp>"],
    subject="実習実施者の名称変更に伴う届出様式について（質問）",
    body=f"""外国人技能実習機構 静岡事務所
審査課 ご担当者様

いつもお世話になっております。日の出国際事業協同組合の小野寺です。

当組合傘下の実習実施者が10月1日付で商号変更を予定しております。
この場合、
　(1) 実習実施者届出の変更届（省令様式第8号）のみで足りるか
　(2) 技能実習計画の軽微変更届も併せて必要か
をご教示いただけますでしょうか。
登記事項証明書は変更登記後に取得予定です。

お忙しいところ恐れ入りますが、よろしくお願いいたします。

{SIG_ONODERA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="procedural question to OTIT, no personal data",
)

# =====================================================================================
# 036 — stop: look-alike of the group subdomain (hyphen for a dot), five addresses
# =====================================================================================
_a36 = []
for ro, ka in rng.sample(VN, 5):
    _a36.append(f"{ka}\t静岡県袋井市高尾{rng.randrange(1, 30)}-{rng.randrange(1, 15)} レオハイツ{rng.randrange(101, 210)}")
add(
    id="ginojisshu-036",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["小野寺 美帆 <m.onodera@kyodo-hinode-sangyo.co.jp>"],
    subject="袋井寮 転居後住所（住居地届出の確認用）",
    body=f"""小野寺さん

お疲れさまです、比嘉です。
袋井の5名、先週末に転居が終わりました。
市役所での住居地届出も済んでいます。新住所は以下のとおりです。

""" + "\n".join(_a36) + f"""

組合側の名簿の更新をお願いします。

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for the internal kyodo.hinode-sangyo.co.jp but sent to kyodo-hinode-sangyo.co.jp (hyphen for dot); five addresses",
)

# =====================================================================================
# 037 — stop: three free-mail interpreters see each other in To
# =====================================================================================
add(
    id="ginojisshu-037",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["Tran Minh <tran.minh.interp@gmail.com>",
        "Indah Kusuma <indah.penerjemah@yahoo.co.jp>",
        "Maricel Tan <maricel-t@docomo.ne.jp>"],
    subject="7月 通訳シフトのご確認",
    body=f"""通訳者の皆さま

いつもありがとうございます。日の出産業の比嘉です。
7月の通訳シフト（案）をお送りします。

　7/3（金）　入国後講習 生活オリエンテーション　ベトナム語：Tranさん
　7/10（金）　同上　インドネシア語：Indahさん
　7/16（木）　定期面談（磐田）　タガログ語：Maricelさん
　7/24（金）　安全衛生教育　ベトナム語：Tranさん

ご都合が悪い日があれば、6/26までにご連絡ください。

{SIG_HIGA}
""",
    expect="stop",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="three private persons on free mail / carrier addresses can see each other in To: should have been Bcc",
)

# =====================================================================================
# 038 — pass: reply with passports only under -----Original Message-----
# =====================================================================================
_o38 = "\n".join(f"{ro} / {pp('P', 7, rng.choice('ABC'))}" for ro, ka in rng.sample(PH, 5))
add(
    id="ginojisshu-038",
    charset="utf-8",
    sender=YAMAGUCHI,
    to=["Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>"],
    subject="RE: Flight booking for the 5 workers (Manila - Nagoya)",
    body=f"""Dear Ms. Ramos,

Thank you. The tickets are booked on PR438 (MNL 09:25 - NGO 14:40) on 20 July,
booking reference K7QX2L. The e-tickets will follow from the travel agency.

Best regards,
Chisato Yamaguchi
Hinode Sangyo Co., Ltd.

-----Original Message-----
From: Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>
Sent: Monday, June 15, 2026 4:02 PM
To: c.yamaguchi@hinode-sangyo.co.jp
Subject: Flight booking for the 5 workers (Manila - Nagoya)

Dear Ms. Yamaguchi,

Please book the flight for the following workers (name as in passport / passport no.):

{_o38}

Thank you,
Jocelyn
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="passport numbers appear only in the quoted original from the recipient; new text holds none",
)

# =====================================================================================
# 039 — stop: plain ZIP with an XLSX address list and a PDF plan, to OTIT
# =====================================================================================
_x39 = [["実習生住居一覧（第1号・第2号）"], ["氏名", "生年月日", "住居地", "居室面積(㎡)", "同居人数"]]
for ro, ka in rng.sample(ID, 6):
    _x39.append([ro, ymd(dob(), "-"),
                 f"静岡県浜松市中央区天神町{rng.randrange(1, 9)}-{rng.randrange(1, 30)} 天神ハイム{rng.randrange(101, 305)}",
                 rng.choice([14.5, 16.2, 18.0]), rng.choice([2, 3])])
add(
    id="ginojisshu-039",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["外国人技能実習機構 静岡事務所 指導課 <shidou-shizuoka@otit-kiko.go.jp>"],
    subject="実地検査に係る追加資料の提出（川崎電機 浜松工場）",
    body=f"""外国人技能実習機構 静岡事務所
指導課 ご担当者様

お世話になっております。日の出国際事業協同組合の小野寺です。
先日の実地検査でご依頼のあった追加資料をZIPにまとめてお送りします。

　1. 実習生住居一覧（Excel）
　2. 宿泊施設の改善計画（PDF）

ご確認のほど、よろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "tsuika_shiryo_kawasaki.zip",
                  "files": [{"kind": "xlsx", "name": "jukyo_ichiran.xlsx",
                             "sheets": {"住居一覧": _x39}},
                            {"kind": "pdf", "name": "kaizen_keikaku.pdf",
                             "lines": ["宿泊施設の改善計画", "1. 居室面積の確保（1人当たり4.5㎡以上）",
                                       "2. 消火器の増設（各階1本）", "3. 共用トイレの増設（2026年9月）"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP holding an XLSX of six trainees' names, birth dates and addresses, to an external authority",
)

# =====================================================================================
# 040 — pass: aggregate statistics by nationality
# =====================================================================================
add(
    id="ginojisshu-040",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["川崎電機 人事部 外国人材担当 <global-hr@kawasaki-denki.co.jp>"],
    subject="グループ受入れ状況（2026年6月1日現在）",
    body=f"""川崎電機株式会社
人事部 外国人材ご担当者様

いつもお世話になっております。日の出産業の山口です。
ご依頼のあった、当社グループ全体の受入れ状況をお送りします。

　在留資格　　　　ベトナム　インドネシア　フィリピン　計
　技能実習1号　　　　 14　　　　　 6　　　　　 0　　20
　技能実習2号　　　　 31　　　　　12　　　　　 4　　47
　技能実習3号　　　　  8　　　　　 2　　　　　 0　　10
　特定技能1号　　　　 11　　　　　 5　　　　　 7　　23
　合計　　　　　　　　64　　　　　25　　　　　11　 100

失踪・途中帰国は前年度 2件でした。

{SIG_YAMAGUCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate head counts by status and nationality; no person is identifiable",
)

# =====================================================================================
# 041 — stop: disappearance (失踪) report with residence card and passport to the scrivener
# =====================================================================================
_d41 = dob(2000, 2003)
add(
    id="ginojisshu-041",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=["星野 行政書士事務所 星野様 <hoshino@hoshino-gyosei.jp>"],
    cc=[ONODERA],
    subject="【至急】実習生の行方不明について（届出のご相談）",
    body=f"""星野先生

お世話になっております。日の出産業の岩渕です。
北国フーズ様配属の実習生1名が、6月12日朝から連絡が取れず、寮にも戻っていません。
私物の多くがなくなっており、失踪の可能性が高いと判断しています。

　氏名　　　　：カオ・ヴァン・タン（CAO VAN THANG）
　生年月日　　：{ymd(_d41)}
　在留カード　：{rc()}
　旅券番号　　：{pp('C')}
　最終確認　　：6/11 22時 寮の点呼

OTITへの技能実習実施困難時届出書と、入管への報告の順番・期限について
ご助言をいただけますでしょうか。本日中にお電話でも構いません。

{SIG_IWABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="one trainee's residence card and passport numbers to an external scrivener",
)

# =====================================================================================
# 042 — stop: 【社外秘】 in the subject, negotiation plan to a sending organisation
# =====================================================================================
add(
    id="ginojisshu-042",
    charset="utf-8",
    sender=YAMAGUCHI,
    to=["Nguyen Duc Manh <manh.nd@songhong-manpower.vn>"],
    subject="【社外秘】2027年度 受入れ枠と送出し費用の見直し方針",
    body=f"""Mr. Manh

いつもお世話になっております。日の出産業の山口です。
（日本語で失礼します。必要であれば英訳をお送りします）

2027年度の受入れについて、当社の方針案をお伝えします。
　・受入れ枠：食品製造 24名 → 18名、電子機器組立 12名 → 16名
　・送出し費用：実習生本人負担の上限を現行より引き下げる方向で交渉したい
　・事前講習：日本語N4レベル到達を必須条件に

7月の訪問時に、貴社の見積りと合わせて協議させてください。

{SIG_YAMAGUCHI}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 【社外秘】 in the subject and sent to an external organisation",
)

# =====================================================================================
# 043 — pass: talks about 社外秘 handling, is not itself marked
# =====================================================================================
add(
    id="ginojisshu-043",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
    subject="監査資料のやり取りについてのお願い",
    body=f"""佐々木様

お世話になっております。日の出国際事業協同組合の小野寺です。

先日、御社の「社外秘」と書かれた社内規程がメールで届きましたが、
こうした資料や実習生の個人情報を含むファイルは、メール添付ではなく
当組合の共有フォルダ（ツバサシステムの監理ポータル）へのアップロードで
お願いできますでしょうか。アップロード手順は来週お送りします。

お手数をおかけしますが、ご協力をお願いいたします。

{SIG_ONODERA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions the word 社外秘 in running text; the mail carries no marking and no personal data",
)

# =====================================================================================
# 044 — stop: CONFIDENTIAL stamp only in the PDF page header
# =====================================================================================
add(
    id="ginojisshu-044",
    charset="utf-8",
    sender=DIMAS,
    to=["Ibu Ratna Sari <ratna.sari@nusantara-karya.co.id>"],
    subject="Cost breakdown for the 2027 intake",
    body=f"""Dear Ibu Ratna,

As promised, please find attached our cost breakdown for the 2027 intake
(food processing and welding). We would appreciate your comments by the end of June.

{SIG_DIMAS}
""",
    attachments=[{"kind": "pdf", "name": "cost_breakdown_2027.pdf",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["Cost breakdown per trainee - 2027 intake (JPY)", ""],
                  "table": [["Item", "Food processing", "Welding"],
                            ["Supervising fee (monthly)", "30,000", "35,000"],
                            ["Pre-departure training", "120,000", "150,000"],
                            ["Post-arrival training", "95,000", "95,000"],
                            ["Airfare (one way)", "60,000", "60,000"],
                            ["Health check (pre-departure)", "8,000", "8,000"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL page header stamp; the mail body does not",
)

# =====================================================================================
# 045 — stop: legacy XLS of six health check results to the sending organisation
# =====================================================================================
_x45 = [["定期健康診断結果（2026/06/02 実施）"],
        ["氏名", "年齢", "血圧", "尿蛋白", "胸部X線", "所見", "判定"]]
for ro, ka in rng.sample(VN, 6):
    _x45.append([ro, rng.randrange(20, 31), f"{rng.randrange(108, 162)}/{rng.randrange(64, 100)}",
                 rng.choice(["(-)", "(-)", "(±)", "(+)"]),
                 rng.choice(["異常なし", "異常なし", "陳旧性陰影"]),
                 rng.choice(["特記なし", "肝機能軽度上昇", "貧血", "B型肝炎抗原陽性", "高血圧"]),
                 rng.choice(["A", "B", "C（要再検査）", "D（要精密検査）"])])
add(
    id="ginojisshu-045",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="Kết quả khám sức khỏe định kỳ tháng 6 / 6月定期健診結果",
    body=f"""Chị Hà thân mến,

Em gửi chị kết quả khám sức khỏe định kỳ tháng 6 của 6 thực tập sinh Batch 11.
Có 2 bạn cần khám lại, nhờ chị liên lạc với gia đình giúp em.

（6月の定期健診結果6名分をお送りします。再検査2名について家族への連絡をお願いします）

{SIG_TRANG}
""",
    attachments=[{"kind": "xls", "name": "kenshin_202606_batch11.xls",
                  "sheets": {"結果": _x45}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS of six named trainees' health check findings to an external organisation",
)

# =====================================================================================
# 046 — pass: one returnee's pickup to 青葉運輸 (one person)
# =====================================================================================
_p46 = mob()
add(
    id="ginojisshu-046",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.co.jp>"],
    subject="7/30 帰国者 空港までの送りのお願い（1名）",
    body=f"""木下様

お世話になっております。日の出産業の比嘉です。
実習を修了して帰国する1名の、空港までの送りをお願いします。

　日時：7月30日（木）5:30 出発（日の出第二寮 前）
　行先：中部国際空港 第1ターミナル（VN347 10:30発）
　乗客：ター・クアン・ヴィンさん（携帯 {_p46}）
　荷物：スーツケース2個、段ボール3箱

当日は当社社員は同乗しません。何かあれば本人の携帯か比嘉までお願いします。

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one passenger's name and mobile to a partner: a single person's contact, may warn",
)

# =====================================================================================
# 047 — stop: protected PDF to the scrivener
# =====================================================================================
add(
    id="ginojisshu-047",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=["星野 行政書士事務所 事務局 <office@hoshino-gyosei.jp>"],
    subject="在留資格変更（特定技能）申請書類一式",
    body=f"""星野行政書士事務所
事務局 ご担当者様

お世話になっております。日の出産業の岩渕です。
特定技能への変更申請書類一式をPDFでお送りします。
社内規程によりパスワードを設定しています。パスワードはお電話でお伝えします。

{SIG_IWABUCHI}
""",
    attachments=[{"kind": "pdf", "name": "henko_shinsei_ichishiki.pdf", "password": "hinode0613",
                  "lines": ["在留資格変更許可申請書", "申請人：（別紙のとおり）"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF that cannot be scanned, to an external office",
)

# =====================================================================================
# 048 — stop: forwarded mail (.eml attached) with eight candidates to 川崎電機
# =====================================================================================
_l48 = []
for i, (ro, ka) in enumerate(rng.sample(ID, 8), 1):
    d = dob(1999, 2005)
    _l48.append(f"{i}. {ro}, lahir {d[2]:02d}-{d[1]:02d}-{d[0]} ({ymd(d)}), "
                f"{rng.choice(['Jawa Tengah', 'Jawa Timur', 'Lampung', 'NTB', 'Sulawesi Selatan'])}, "
                f"SMK {rng.choice(['Teknik Mesin', 'Teknik Listrik', 'Otomotif'])}")
add(
    id="ginojisshu-048",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["川崎電機 浜松工場 人事課 鈴木様 <suzuki.r@kawasaki-denki.co.jp>"],
    subject="FW: 溶接職種 候補者リスト（ヌサンタラ社）",
    body=f"""鈴木様

お世話になっております。日の出産業のディマスです。
ヌサンタラ社から溶接職種の候補者リストが届きましたので、元メールごと転送します。
学歴・出身地はインドネシア語のままですが、面接前に日本語版を作成します。

{SIG_DIMAS}
""",
    attachments=[{"kind": "eml", "name": "kandidat_pengelasan.eml",
                  "message": {
                      "sender": "Ratna Sari <ratna.sari@nusantara-karya.co.id>",
                      "to": [DIMAS],
                      "subject": "Daftar kandidat - pengelasan (8 orang)",
                      "charset": "utf-8",
                      "body": "Pak Dimas,\n\nBerikut daftar kandidat untuk pekerjaan pengelasan:\n\n"
                              + "\n".join(_l48) + "\n\nSalam,\nRatna\nPT Nusantara Karya Mandiri\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forwarded .eml with eight candidates' names and birth dates, new to the recipient",
)

# =====================================================================================
# 049 — pass: three candidates' interview slots (names only), English
# =====================================================================================
_n49 = rng.sample(PH, 3)
add(
    id="ginojisshu-049",
    charset="utf-8",
    sender=YAMAGUCHI,
    to=["Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>"],
    subject="Interview time slots - caregiving (Specified Skilled Worker)",
    body=f"""Dear Ms. Ramos,

Thank you for shortlisting the candidates. Our client would like to interview the
following three on Tuesday 7 July (Japan time):

  10:00-10:30  {_n49[0][0]}
  10:40-11:10  {_n49[1][0]}
  11:20-11:50  {_n49[2][0]}

Please make sure each of them has a quiet room and a headset. We will send the Zoom
link the day before.

Kind regards,
Chisato Yamaguchi
Foreign Talent Division, Hinode Sangyo Co., Ltd.
Tel +81-538-36-4410
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="three names with interview times only, to the agency that proposed them: no contact data or identifiers",
)

# =====================================================================================
# 050 — stop: DOCX audit report with a table of six trainees to OTIT
# =====================================================================================
_t50 = [["氏名", "在留カード番号", "実習開始日", "区分", "基本給（月額）"]]
for ro, ka in rng.sample(VN, 6):
    _t50.append([ka, rc(), f"2025/{rng.randrange(1, 13):02d}/01", rng.choice(["1号", "2号"]),
                 f"{rng.randrange(190, 215)},000円"])
add(
    id="ginojisshu-050",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["外国人技能実習機構 静岡事務所 指導課 <shidou-shizuoka@otit-kiko.go.jp>"],
    subject="監査報告書（北国フーズ株式会社 2026年第1四半期）",
    body=f"""外国人技能実習機構 静岡事務所 指導課 御中

日の出国際事業協同組合の小野寺です。
北国フーズ株式会社に対する定期監査（2026年第1四半期）の監査報告書を提出いたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "docx", "name": "監査報告書_北国フーズ_2026Q1.docx",
                  "paragraphs": ["監査報告書（省令様式第22号 添付資料）",
                                 "実習実施者：北国フーズ株式会社（北海道江別市）",
                                 "監査実施日：2026年6月4日　監査責任者：小野寺 美帆",
                                 "1. 実習生との面談結果：全員と面談。賃金・労働時間に関する申出なし。",
                                 "2. 対象技能実習生一覧"],
                  "tables": [_t50]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="DOCX audit report with a table of six trainees' residence card numbers, to an external authority",
)

# =====================================================================================
# 051 — stop: one trainee's pregnancy (health) to the sending organisation
# =====================================================================================
add(
    id="ginojisshu-051",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    cc=[ONODERA],
    subject="Ms. Ngo Thi Mai - pregnancy and continuation of training",
    body=f"""Dear Ms. Ha,

Ms. Ngo Thi Mai (Batch 12, Kitaguni Foods, Ebetsu) told us yesterday that she is
pregnant (about 11 weeks, confirmed at Nopporo Ladies Clinic on 10 June). She has
morning sickness but wants to continue her training and to give birth in Japan if
possible.

Please note that under Japanese law she cannot be dismissed or sent home because of
pregnancy, and we have explained this to the company as well. We will arrange lighter
duties and maternity check-ups with the company.

She asked that her family be told only by herself. Please do not contact them
without her consent. We will keep you updated.

Best regards,
{SIG_TRANG}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's pregnancy and clinic visit (health information) to an external organisation",
)

# =====================================================================================
# 052 — pass: a list of candidate properties (buildings, not people)
# =====================================================================================
add(
    id="ginojisshu-052",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["東海住宅サービス 法人営業 大嶺様 <omine@tokai-jutaku.co.jp>"],
    subject="Re: 社宅候補物件の件",
    body=f"""大嶺様

お世話になっております。日の出産業の比嘉です。
ご紹介いただいた物件のうち、下記4件を内見したいと考えております。

物件名             所在地                          間取り  賃料      駐輪場
-----------------  ------------------------------  ------  --------  ------
ルミエール中泉      静岡県磐田市中泉2丁目8-11       2DK     58,000円  あり
グリーンヒル見付    静岡県磐田市見付3014-2          3DK     66,000円  あり
コーポ今之浦Ⅱ      静岡県磐田市今之浦5丁目3-7      2LDK    62,000円  なし
サンライズ福田      静岡県磐田市福田1980-5          2DK     49,000円  あり

第1希望は6/20（土）午前です。1部屋あたり2名入居（1人4.5㎡以上）を想定しています。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of rental properties with building addresses: businesses/places, not people",
)

# =====================================================================================
# 053 — stop: look-alike of みどり銀行 (letter added), account opening for one worker
# =====================================================================================
_d53 = dob(1998, 2002)
add(
    id="ginojisshu-053",
    charset="iso-2022-jp",
    sender=MIYAGI,
    to=["みどり銀行 磐田支店 渉外 <iwata-shogai@midori-ginkou.co.jp>"],
    subject="口座開設のご予約（当社外国人社員 1名）",
    body=f"""みどり銀行 磐田支店
渉外ご担当者様

いつもお世話になっております。日の出産業経理部の宮城です。
7月入社の特定技能外国人1名の普通預金口座開設をお願いしたく、ご予約のご連絡です。

　氏名：オカンポ・クリスティンメイ（OCAMPO, KRISTINE MAE）
　生年月日：{jdate(_d53)}
　住所：静岡県磐田市中泉2丁目8-11 ルミエール中泉203
　来店希望：7月6日（月）14:00、当社社員同行

ご都合をお知らせください。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp (letter added)",
)

# =====================================================================================
# 054 — stop: look-alike of 白川法律事務所 (l → 1)
# =====================================================================================
add(
    id="ginojisshu-054",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    subject="実習実施者の残業代未払いに関するご相談",
    body=f"""白川先生

いつもお世話になっております。日の出産業総務部の東條です。

組合傘下の実習実施者1社で、固定残業代の運用に問題がある可能性が
監査で判明しました。監理団体としての是正指導の進め方と、
OTITへの報告の要否について、来週ご相談のお時間をいただけますでしょうか。

候補日：6/23（火）15時以降、6/25（木）終日

{SIG_TOJO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp imitates partner shirakawa-law.jp with a digit 1 for the letter l",
)

# =====================================================================================
# 055 — stop: six 特定技能 workers' full-width phone numbers to the registered support org
# =====================================================================================
_l55 = []
for ro, ka in rng.sample(PH, 4) + rng.sample(ID, 2):
    _l55.append(f"{ka}　　{fw(mob())}　　{rng.choice(['日本語', '英語', 'タガログ語', 'インドネシア語'])}")
add(
    id="ginojisshu-055",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["あすか外国人支援センター 支援担当 <shien@asuka-shien.or.jp>"],
    subject="定期面談（7月）対象者の連絡先",
    body=f"""あすか外国人支援センター
支援ご担当者様

お世話になっております。日の出産業の山口です。
7月の定期面談（登録支援機関による3か月に1回の面談）の対象者6名の
連絡先をお送りします。日程調整は直接ご本人とお願いいたします。

氏名　　　　　　　　　　　　携帯電話　　　　　　　希望言語
""" + "\n".join(_l55) + f"""

{SIG_YAMAGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six workers' names and full-width mobile numbers to an external support organisation",
)

# =====================================================================================
# 056 — pass: internal draft of a disappearance report (all internal)
# =====================================================================================
_d56 = dob(2000, 2003)
add(
    id="ginojisshu-056",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=[TOJO, ONODERA],
    cc=[YAMAGUCHI],
    subject="【社内限り】技能実習実施困難時届出書（案）",
    body=f"""東條部長、小野寺さん

岩渕です。OTITへ提出する困難時届出書の案を作りました。ご確認ください。

　技能実習生：カオ・ヴァン・タン（CAO VAN THANG）　{ymd(_d56)}生
　在留カード番号：{rc()}
　旅券番号：{pp('C')}
　事由：失踪（6/12 朝から所在不明、6/14 捜索願提出済み）
　経緯：5月頃から副業の勧誘を受けていたと同室者が証言

送出機関（ソンホン社）への報告は小野寺さんからお願いできますか。

{SIG_IWABUCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=[],
    note="identity numbers of one trainee, marked 社内限り, but every recipient is internal",
)

# =====================================================================================
# 057 — stop: comma-separated records of five trainees to the language school
# =====================================================================================
_c57 = []
for ro, ka in rng.sample(VN, 3) + rng.sample(ID, 2):
    d = dob(1998, 2004)
    _c57.append(f"{ro},{ka},{wareki_short(d)},技能実習2号ロ,2027/{rng.randrange(1, 13):02d}/{rng.randrange(10, 29)}")
add(
    id="ginojisshu-057",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["ひかり日本語教室 事務局 <jimu@hikari-nihongo.jp>"],
    subject="秋期N3対策クラス 受講申込（5名）",
    body=f"""ひかり日本語教室 事務局様

お世話になっております。日の出産業の比嘉です。
秋期N3対策クラス（土曜午前）の受講を、下記5名で申し込みます。
受講料は当社負担で、請求書は会社宛でお願いいたします。

氏名,カナ,生年月日,在留資格,在留期限
""" + "\n".join(_c57) + f"""

{SIG_HIGA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="comma-separated records of five trainees (names, 和暦 DOB, status, expiry) to a school",
)

# =====================================================================================
# 058 — pass: health check booking, head count only
# =====================================================================================
add(
    id="ginojisshu-058",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["磐田健診センター 予約係 <yoyaku@iwata-kenshin.or.jp>"],
    subject="雇入時健康診断の予約（7/2 5名）",
    body=f"""磐田健診センター 予約係 御中

いつもお世話になっております。日の出産業の比嘉です。
7月2日（木）午前に、雇入時健康診断を5名分予約したく存じます。

　・コース：雇入時健診（法定項目）＋ 胸部X線
　・人数：5名（インドネシア 3名、フィリピン 2名）
　・通訳：当社で同行します
　・請求：会社宛（いつもの請求先）

氏名と生年月日は、当日持参する問診票に記入してお渡しします。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="booking a health check for five unnamed people: no personal data",
)

# =====================================================================================
# 059 — stop: two people's residence cards and passports, tab-separated, to the scrivener
# =====================================================================================
_t59 = []
for ro, ka in rng.sample(VN, 2):
    _t59.append(f"{ro}\t{rc()}\t{pp('C')}\t2026/{rng.randrange(8, 13):02d}/{rng.randrange(10, 29)}")
add(
    id="ginojisshu-059",
    charset="utf-8",
    sender=IWABUCHI,
    to=["星野 行政書士事務所 星野様 <hoshino@hoshino-gyosei.jp>"],
    subject="特定技能1号への移行 2名分 申請準備",
    body=f"""星野先生

お世話になっております。日の出産業の岩渕です。
3号修了後に特定技能1号へ移行する2名の申請準備をお願いします。

氏名\t在留カード番号\t旅券番号\t在留期限
""" + "\n".join(_t59) + f"""

雇用契約書・支援計画書は当社で作成中です。来週お届けします。

{SIG_IWABUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="only two people, but residence card and passport numbers: identity documents stop at any count",
)

# =====================================================================================
# 060 — stop: 社外秘 only in the PPTX footer, to 北国フーズ
# =====================================================================================
add(
    id="ginojisshu-060",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["北国フーズ 取締役 製造本部長 村上様 <murakami@kitaguni-foods.co.jp>"],
    subject="来期の受入れ計画（ご説明資料）",
    body=f"""北国フーズ株式会社
製造本部長 村上様

いつもお世話になっております。日の出産業の山口です。
来週のお打合せでご説明する資料を先にお送りします。
お目通しいただけますと幸いです。

{SIG_YAMAGUCHI}
""",
    attachments=[{"kind": "pptx", "name": "受入れ計画_2027_北国フーズ様.pptx",
                  "page_footer": "社外秘　日の出産業株式会社 外国人材事業部",
                  "slides": [["2027年度 受入れ計画（案）", "食品製造：第5期 12名（2027年4月入国）",
                              "特定技能への移行：3号修了者 6名"],
                             ["費用見込み", "監理費：月30,000円/人", "講習費：95,000円/人",
                              "住居整備：江別寮 2号棟改修 約400万円"],
                             ["スケジュール", "9月 面接（ハノイ）", "11月 計画認定申請",
                              "2月 COE交付見込み"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the PPTX carries a 社外秘 footer on every slide; the mail text does not mention it",
)

# =====================================================================================
# 061 — stop: three external organisations in To/Cc
# =====================================================================================
add(
    id="ginojisshu-061",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["東海住宅サービス 賃貸管理課 <chintai@tokai-jutaku.co.jp>"],
    cc=["ひなた損害保険 外国人保険サービス課 <gaikokujin@hinata-sonpo.co.jp>",
        "川崎電機 浜松工場 総務 <soumu-hamamatsu@kawasaki-denki.co.jp>"],
    subject="天神ハイム 漏水事故の対応について（関係各社）",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業の比嘉です。
6/16夜、川崎電機様の実習生が入居する天神ハイム305号室で、
洗濯機ホースの外れによる漏水が発生し、階下の205号室に被害が出ました。

　・東海住宅サービス様：階下の修繕見積りと、オーナー様へのご報告をお願いします
　・ひなた損害保険様：個人賠償責任特約の適用可否をご確認ください
　・川崎電機様：入居者への再発防止の説明は当社で行います

現場写真は各社に個別にお送りします。

{SIG_HIGA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (housing, insurer, client) see each other in To/Cc",
)

# =====================================================================================
# 062 — pass: textbook order, English
# =====================================================================================
add(
    id="ginojisshu-062",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="Textbooks for Batch 15 pre-departure training",
    body=f"""Dear Ms. Ha,

For the Batch 15 pre-departure course, we would like the trainees to use the
same textbooks as our post-arrival training so that they can continue smoothly:

  - Minna no Nihongo Shokyu I, 2nd ed. (main text + Vietnamese translation)
  - "Anzen Eisei" safety handbook for food factories (we will send 20 copies by EMS)

Last year's N4 pass rate before departure was 58%. Our target for Batch 15 is 70%.
Please tell us if you need more copies.

Best regards,
{SIG_TRANG}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary training logistics in English, no personal data",
)

# =====================================================================================
# 063 — stop: XLSX of six candidates' interview evaluations to the sending organisation
# =====================================================================================
_e63 = [["面接評価シート（2026/06/09 ハノイ）"], [],
        ["候補者", "生年月日", "日本語", "体力テスト", "総合", "コメント"]]
for ro, ka in rng.sample(VN, 6):
    _e63.append([ro, ymd(dob(2000, 2006)), rng.choice(["A", "B", "C"]), rng.choice(["A", "B"]),
                 rng.choice(["合格", "合格", "補欠", "不合格"]),
                 rng.choice(["受け答えが明瞭", "緊張していた", "手先が器用", "寮生活に不安あり"])])
add(
    id="ginojisshu-063",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["Nguyen Duc Manh <manh.nd@songhong-manpower.vn>"],
    subject="面接結果のご連絡（電子機器組立・6名）",
    body=f"""Mr. Manh

お世話になっております。日の出産業の山口です。
6/9のハノイでの面接結果を添付のとおりお知らせします。
合格者には貴社から連絡をお願いいたします。補欠の方は7月中に確定します。

{SIG_YAMAGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "mensetsu_kekka_20260609.xlsx",
                  "sheets": {"評価": _e63, "メモ": [["面接官", "山口・鈴木（川崎電機）"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with six candidates' names, birth dates and evaluations to an external agency",
)

# =====================================================================================
# 064 — stop: English, five workers' passport numbers for return flights
# =====================================================================================
_r64 = []
for ro, ka in rng.sample(PH, 5):
    _r64.append(f"{ro}\t{ymd(dob(1990, 2000), '-')}\t{pp('P', 7, rng.choice('ABC'))}")
add(
    id="ginojisshu-064",
    charset="utf-8",
    sender=YAMAGUCHI,
    to=["Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>"],
    subject="Home leave flights - 5 workers (August)",
    body=f"""Dear Ms. Ramos,

Five of our Specified Skilled Workers will take home leave in August. Could your
travel team book Nagoya-Manila return tickets (out 8 Aug, back 22 Aug)?

Name\tDate of birth\tPassport No.
""" + "\n".join(_r64) + f"""

The company will pay the fares. Please send the quotation first.

Kind regards,
Chisato Yamaguchi
Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="five workers' names, birth dates and passport numbers, tab-separated, to an external agency",
)

# =====================================================================================
# 065 — pass: EMS tracking numbers for COE originals
# =====================================================================================
add(
    id="ginojisshu-065",
    charset="utf-8",
    sender=ONODERA,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="COE originals sent by EMS / 在留資格認定証明書 原本の発送",
    body=f"""Dear Ms. Ha,

We have sent the original Certificates of Eligibility for Batch 14 (14 persons)
by EMS today.

  Tracking No.: EJ 482 915 063 JP (2 envelopes: EJ482915063JP, EJ482915077JP)
  Expected delivery: 23-25 June

Please confirm receipt and start the visa applications at the Embassy.

小野寺

{SIG_ONODERA_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and a head count: no personal data",
)

# =====================================================================================
# 066 — pass: TB screening announced for a dormitory, no names
# =====================================================================================
add(
    id="ginojisshu-066",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["東海住宅サービス 賃貸管理課 <chintai@tokai-jutaku.co.jp>"],
    subject="コーポ今之浦 共用部の使用について（7/8 検診車）",
    body=f"""東海住宅サービス株式会社
賃貸管理課 ご担当者様

お世話になっております。日の出産業の比嘉です。
保健所の指導により、7月8日（水）に当社社宅入居者全員を対象とした
結核の定期検診（胸部X線）を実施することになりました。
当日9時〜12時、コーポ今之浦の駐車場に検診車を停めさせていただけますでしょうか。

入居者の皆さんには当社から案内を配布します。
近隣の方へのお知らせが必要であればご指示ください。

{SIG_HIGA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a group screening is announced; no person is named or identified with a result",
)

# =====================================================================================
# 067 — stop: a trainee's mental health diagnosis to the Indonesian sending org
# =====================================================================================
_p67 = rng.choice(ID)
add(
    id="ginojisshu-067",
    charset="utf-8",
    sender=DIMAS,
    to=["Ibu Ratna Sari <ratna.sari@nusantara-karya.co.id>"],
    subject="Kondisi kesehatan peserta magang / 実習生の体調について",
    body=f"""Ibu Ratna,

Saya ingin melaporkan kondisi {_p67[0].title()} (penempatan Kawasaki Denki).
Sejak bulan Mei ia sulit tidur dan sering menangis. Pada 11 Juni dokter di Hamamatsu
Minami Clinic mendiagnosis depresi (うつ病) dan memberikan obat. Dokter menyarankan
cuti kerja selama dua minggu.

（{_p67[1]}さんが6/11にうつ病と診断され、2週間の休業を勧められました。
ご家族への説明について相談させてください。）

{SIG_DIMAS}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named trainee's depression diagnosis (Indonesian/Japanese) to an external organisation",
)

# =====================================================================================
# 068 — pass: reply; the health details are only in the quoted "On … wrote:" text
# =====================================================================================
add(
    id="ginojisshu-068",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="Re: Anh Phuc - kết quả tái khám",
    body=f"""Chị Hà,

Cảm ơn chị đã báo. Em sẽ nói chuyện với bạn ấy trong buổi phỏng vấn định kỳ tuần sau.
（ご連絡ありがとうございます。来週の定期面談で本人と話します。）

Trang

On Mon, 15 Jun 2026 at 09:41, Pham Thu Ha <ha.pham@hoasen-hr.com.vn> wrote:
> Em Trang oi,
> Gia dinh anh Mai Van Phuc bao la ket qua tai kham cho thay anh ay bi viem gan B
> man tinh. Bac si o Viet Nam noi can uong thuoc lau dai.
> Nho em de y giup suc khoe cua anh ay.
> Ha
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the hepatitis B information is only in the quoted mail from the recipient; the new text adds none",
)

# =====================================================================================
# 069 — stop: corrupt XLSX to the 社労士
# =====================================================================================
add(
    id="ginojisshu-069",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["あおぞら社会保険労務士法人 中里様 <nakazato@aozora-sr.jp>"],
    subject="7月入社者 資格取得届用データ",
    body=f"""中里様

お世話になっております。東條です。
7月入社の特定技能5名の資格取得届用データをお送りします。
ご確認をお願いいたします。

{SIG_TOJO}
""",
    attachments=[{"kind": "corrupt", "name": "shikaku_shutoku_202607.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# =====================================================================================
# 070 — stop: look-alike of 青葉運輸 (co. dropped)
# =====================================================================================
add(
    id="ginojisshu-070",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.jp>"],
    subject="8月の通勤バス運行表",
    body=f"""木下様

お世話になっております。日の出産業の比嘉です。
8月の通勤バス運行表をお送りします。お盆期間（8/12〜8/16）は運休です。

　平日　第二寮 6:50発 → 磐田工場 7:15着 / 工場 17:40発 → 寮 18:05着
　土曜　第二寮 7:50発（隔週、出勤日のみ）

変更があれば前週の金曜までにご連絡します。

{SIG_HIGA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp: look-alike domain",
)

# =====================================================================================
# 071 — stop: 取扱注意 in the XLSX page header only, to the hotel
# =====================================================================================
add(
    id="ginojisshu-071",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["さくらホテル浜松 宿泊営業 新垣様 <eigyo-hamamatsu@sakura-hotel.jp>"],
    subject="入国後講習 年間利用計画と料金のご相談",
    body=f"""新垣様

いつもお世話になっております。日の出産業の山口です。
来年度の入国後講習での年間利用計画をまとめました。
長期契約の料金についてご検討いただけますでしょうか。

{SIG_YAMAGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "2027_kousyu_keikaku.xlsx",
                  "page_header": "取扱注意",
                  "sheets": {"計画": [["2027年度 入国後講習 利用計画"], [],
                                      ["期", "期間", "人数", "泊数", "希望単価（朝夕食付）"],
                                      ["第1期", "4/10-5/10", 12, 30, "5,800円"],
                                      ["第2期", "7/1-7/31", 18, 30, "5,800円"],
                                      ["第3期", "10/5-11/4", 10, 30, "6,000円"],
                                      ["第4期", "1/12-2/11", 14, 30, "5,600円"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the XLSX carries a 取扱注意 print header; nothing in the mail text says so",
)

# =====================================================================================
# 072 — pass: room booking, head count only
# =====================================================================================
add(
    id="ginojisshu-072",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["さくらホテル浜松 宿泊営業 新垣様 <eigyo-hamamatsu@sakura-hotel.jp>"],
    subject="Re: 7月講習 客室ブロックの件",
    body=f"""新垣様

ご調整ありがとうございます。下記で確定をお願いします。

　期間：7/1（水）〜7/31（金）30泊
　客室：ツイン 9室（実習生18名）、シングル 1室（引率者）
　食事：朝夕食付（うちハラール対応 6食）
　研修室：平日 9:00-17:00 「はまな」

請求書は月末締めで、日の出産業 外国人材事業部宛にお願いします。

比嘉

> 新垣です。7月の客室は9室までならツインでご用意できます。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="booking with counts only; halal meals are counted, not tied to any person",
)

# =====================================================================================
# 073 — stop: salary accounts keyed by employee number (no names) to the bank
# =====================================================================================
_r73 = []
for _ in range(5):
    _r73.append(f"  T{rng.randrange(24000, 24999)}   {rng.choice(['磐田', '袋井', '浜松駅前'])}支店   普通   {acct()}   → {rng.choice(['磐田', '豊田町'])}支店 普通 {acct()}")
add(
    id="ginojisshu-073",
    charset="iso-2022-jp",
    sender=MIYAGI,
    to=["みどり銀行 法人営業部 大城様 <oshiro.t@midori-ginko.co.jp>"],
    subject="総合振込 受取人口座の変更（5件）",
    body=f"""大城様

お世話になっております。日の出産業経理部の宮城です。
寮の移転に伴い、下記5名の振込先口座が変わりました。
社員番号で管理しておりますので、受取人コードとして登録をお願いします。

  社員番号  変更前                          変更後
""" + "\n".join(_r73) + f"""

7月支給分から適用でお願いいたします。

{SIG_MIYAGI}
""",
    expect="stop",
    entities=["JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five employees' bank accounts keyed by employee number (no name column) to the bank",
)

# =====================================================================================
# 074 — stop: HTML-only table of tenants with family emergency contacts
# =====================================================================================
_h74 = []
for ro, ka in rng.sample(VN, 6):
    _h74.append(f"<tr><td>{rng.randrange(101, 306)}</td><td>{ka}</td><td>{mob()}</td>"
                f"<td>{rng.choice(['父', '母', '妻', '兄'])}</td>"
                f"<td>+84-{rng.randrange(90, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}</td></tr>")
add(
    id="ginojisshu-074",
    charset="utf-8",
    sender=HIGA,
    to=["東海住宅サービス 賃貸管理課 <chintai@tokai-jutaku.co.jp>"],
    subject="天神ハイム 入居者の緊急連絡先（管理会社控え）",
    html="""<html><body>
<div style="font-family:sans-serif">
<p>東海住宅サービス株式会社<br>賃貸管理課 ご担当者様</p>
<p>お世話になっております。日の出産業の比嘉です。<br>
先日の漏水事故を受けて、夜間に当社へ連絡がつかない場合に備え、
入居者本人と家族の連絡先を共有いたします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>部屋</th><th>入居者</th><th>本人携帯</th><th>続柄</th><th>家族（ベトナム）</th></tr></thead>
<tbody>
""" + "\n".join(_h74) + """
</tbody></table>
<p>日の出産業株式会社 外国人材事業部 生活支援担当 比嘉 さやか<br>TEL 0538-36-4415</p>
</div></body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of six tenants' names, mobiles and family phone numbers to a housing company",
)

# =====================================================================================
# 075 — stop: one candidate's religion and ethnic origin to 川崎電機
# =====================================================================================
_d75 = dob(2001, 2004)
add(
    id="ginojisshu-075",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["川崎電機 浜松工場 人事課 鈴木様 <suzuki.r@kawasaki-denki.co.jp>"],
    subject="補欠合格者のプロフィール（1名）",
    body=f"""鈴木様

お世話になっております。ディマスです。
辞退者が出たため、補欠の1名を繰り上げたいと考えています。
ヌサンタラ社の資料から、プロフィールを抜粋します。

　氏名：ヨガ・アディ・サプトラ（YOGA ADI SAPUTRA）
　生年月日：{jdate(_d75)}
　出身：西ジャワ州 ガルット県
　民族：スンダ人
　宗教：イスラム教（礼拝時間の配慮を希望）
　日本語：N4合格

ご了承いただければ、COE申請の準備に入ります。

{SIG_DIMAS}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named candidate's ethnicity and religion (要配慮) to an external company",
)

# =====================================================================================
# 076 — pass: two arrivals' names and birth dates for an airport pickup
# =====================================================================================
_a76 = [(ro, ka, dob(1998, 2003)) for ro, ka in rng.sample(ID, 2)]
add(
    id="ginojisshu-076",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.co.jp>"],
    subject="7/3 羽田着 2名 お迎えのお願い",
    body=f"""木下様

お世話になっております。日の出産業のディマスです。
特定技能で入国する2名のお迎えをお願いします。
空港の案内カウンターで本人確認をされる場合に備え、氏名と生年月日をお知らせします。

　{_a76[0][1]}（{_a76[0][0]}）　{ymd(_a76[0][2])}生
　{_a76[1][1]}（{_a76[1][0]}）　{ymd(_a76[1][2])}生

　便名：GA874 ジャカルタ発 羽田空港 第3ターミナル 08:20着
　行先：磐田市 日の出第二寮（途中、浜松SAで朝食休憩をお願いします）

{SIG_DIMAS}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two people's names and birth dates to a partner: under five, no identity document, may warn",
)

# =====================================================================================
# 077 — stop: DOCX tenant annex with six residence card numbers to the estate agent
# =====================================================================================
_t77 = [["No", "入居者氏名", "国籍", "生年月日", "在留カード番号", "部屋"]]
for i, (ro, ka) in enumerate(rng.sample(PH, 3) + rng.sample(ID, 3), 1):
    _t77.append([i, ro, "フィリピン" if "," in ro else "インドネシア", wareki(dob(1993, 2002)), rc(),
                 f"{rng.choice(['A', 'B', 'C'])}-{rng.randrange(1, 3)}0{rng.randrange(1, 4)}"])
add(
    id="ginojisshu-077",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["浜名エステート 法人営業 伊波様 <iha@hamana-estate.co.jp>"],
    subject="ハイツ見付 法人契約 別紙（入居者一覧）",
    body=f"""伊波様

お世話になっております。日の出産業の比嘉です。
契約書の別紙「入居者一覧」を作成しましたので、ご確認ください。
問題なければ、この内容で製本をお願いいたします。

{SIG_HIGA}
""",
    attachments=[{"kind": "docx", "name": "別紙_入居者一覧_ハイツ見付.docx",
                  "paragraphs": ["別紙　入居者一覧",
                                 "賃貸借契約（契約番号 HE-2026-0415）に基づく入居者は以下のとおりとする。"],
                  "tables": [_t77]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="DOCX table of six tenants with 和暦 birth dates and residence card numbers to an estate agent",
)

# =====================================================================================
# 078 — stop: forward (new text to the recipient) of five families' contacts
# =====================================================================================
_f78 = []
for ro, ka in rng.sample(VN, 5):
    _f78.append(f"- {ro}: bo/me {rng.choice(['NGUYEN', 'TRAN', 'LE', 'PHAM'])} {rng.choice(['VAN', 'THI'])} "
                f"{rng.choice(['BINH', 'HUNG', 'LIEN', 'CUC', 'TAM'])}, "
                f"+84 9{rng.randrange(10, 99)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}, "
                f"{rng.choice(['Nghe An', 'Thanh Hoa', 'Hai Duong'])}")
add(
    id="ginojisshu-078",
    charset="utf-8",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
    subject="転送: Family contacts - Batch 12",
    body=f"""佐々木様

お世話になっております。小野寺です。
台風接近時などの緊急連絡用に、送出機関から届いた第12期生の家族連絡先を転送します。
寮の事務室に控えを置いていただけますでしょうか。

{SIG_ONODERA}

---------- Forwarded message ---------
From: Pham Thu Ha <ha.pham@hoasen-hr.com.vn>
Date: Tue, 9 Jun 2026 17:22
Subject: Family contacts - Batch 12
To: m.onodera@kyodo.hinode-sangyo.co.jp

Dear Ms. Onodera,

Here are the family contacts of Batch 12 (trainee: parent, phone, province):

""" + "\n".join(_f78) + """

Best regards,
Ha
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of the sending organisation's list of five trainees' family contacts: new to the recipient",
)

# =====================================================================================
# 079 — stop: new text adds one passport number; the quoted part is harmless
# =====================================================================================
_p79 = pp("C")
add(
    id="ginojisshu-079",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["そらトラベル 法人デスク 安里様 <houjin@sora-travel.co.jp>"],
    subject="Re: 一時帰国便の予約について",
    body=f"""安里様

ご返信ありがとうございます。山口です。
ご依頼の旅券情報をお知らせします。

　氏名（旅券表記）：PHAN THANH SON
　旅券番号：{_p79}
　旅券有効期限：2031年3月2日

上記でお手配をお願いいたします。

> 日の出産業 山口様
> お世話になっております。そらトラベルの安里です。
> 8/10発 名古屋→ハノイの件、仮押さえいたしました。
> 発券にあたり、ご搭乗者様の旅券番号をお知らせいただけますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="the new (unquoted) text carries one trainee's passport number to a travel agency",
)

# =====================================================================================
# 080 — stop: four client companies in To (should have been Bcc)
# =====================================================================================
add(
    id="ginojisshu-080",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>",
        "川崎電機 浜松工場 人事課 鈴木様 <suzuki.r@kawasaki-denki.co.jp>",
        "三河精工 総務部 <soumu@mikawa-seiko.co.jp>",
        "遠州化成 人事総務課 <jinji@enshu-kasei.co.jp>"],
    subject="【ご案内】実習実施者向け 技能実習責任者講習（9月）",
    body=f"""組合員 各位

平素より当組合の事業にご協力いただき、ありがとうございます。
日の出国際事業協同組合の小野寺です。

技能実習責任者・指導員向けの講習会を下記のとおり開催します。

　日時：2026年9月10日（木）13:30〜16:30
　会場：日の出ビル 6F 会議室（東京都中央区八丁堀3-12-8）／オンライン併用
　内容：育成就労制度への移行、監査での指摘事例、ハラスメント防止

出欠は8月28日までにご返信ください。

{SIG_ONODERA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external client companies see each other's addresses in To: should have been Bcc",
)

# =====================================================================================
# 081 — pass: the same kind of notice sent properly with Bcc
# =====================================================================================
add(
    id="ginojisshu-081",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["日の出国際事業協同組合 監理事業部 <kanri@kyodo.hinode-sangyo.co.jp>"],
    bcc=["sasaki.k@kitaguni-foods.co.jp", "suzuki.r@kawasaki-denki.co.jp",
         "soumu@mikawa-seiko.co.jp", "jinji@enshu-kasei.co.jp", "somu@tenryu-mokko.co.jp"],
    subject="【組合からのお知らせ】夏季の熱中症対策について",
    body=f"""組合員 各位
（本メールはBCCにてお送りしています）

日の出国際事業協同組合の小野寺です。
連日の猛暑を受け、実習生の熱中症対策について改めてお願いいたします。

　・WBGT値の測定と作業時間の調整
　・寮のエアコンの稼働確認（故障時は早急に修理を）
　・水分・塩分補給の声かけ（母国語の掲示物もご活用ください）

掲示用ポスター（ベトナム語・インドネシア語・英語）は組合ポータルからダウンロードできます。

{SIG_ONODERA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a notice to several client companies correctly sent in Bcc; To is internal",
)

# =====================================================================================
# 082 — pass: one external recipient plus internal Cc
# =====================================================================================
add(
    id="ginojisshu-082",
    charset="iso-2022-jp",
    sender=IWABUCHI,
    to=["川崎電機 浜松工場 人事課 鈴木様 <suzuki.r@kawasaki-denki.co.jp>"],
    cc=[ONODERA, HIGA, "外国人材事業部 <gaikokujin@hinode-sangyo.co.jp>"],
    subject="7月 巡回指導の日程",
    body=f"""鈴木様

お世話になっております。日の出産業の岩渕です。
7月の巡回指導（1号実習生対象の月1回訪問）の日程をご相談させてください。

　候補：7/7（火）14時〜、7/9（木）10時〜、7/14（火）14時〜
　内容：実習状況の確認、実習日誌の確認、実習生との個別面談（各15分程度）

面談にはベトナム語通訳が同席します。会議室を1室ご用意いただけますと助かります。

{SIG_IWABUCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one external company with internal colleagues in Cc; scheduling only",
)

# =====================================================================================
# 083 — pass: English mail with a CONFIDENTIALITY NOTICE disclaimer footer
# =====================================================================================
add(
    id="ginojisshu-083",
    charset="utf-8",
    sender=YAMAGUCHI,
    to=["Jocelyn Ramos <j.ramos@bayanihan-placement.com.ph>"],
    subject="Pre-departure orientation materials",
    body=f"""Dear Ms. Ramos,

Thank you for the update on the pre-departure orientation (PDOS). We would like the
workers to also watch our 20-minute video on life in Iwata (garbage sorting, bicycle
rules, bank and post office). The link is on our partner portal under "Orientation".

We will visit Manila from 24 to 26 August and would like to see the training centre.

Best regards,
Chisato Yamaguchi
Foreign Talent Division, Hinode Sangyo Co., Ltd.
4-7-2 Imanoura, Iwata, Shizuoka 438-0071, Japan / Tel +81-538-36-4410

CONFIDENTIALITY NOTICE: {DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="'CONFIDENTIALITY NOTICE' is the standard footer disclaimer, not a classification of the mail",
)

# =====================================================================================
# 084 — pass: clinic's health check results forwarded internally
# =====================================================================================
_h84 = "\n".join(f"{ro:<22}{rng.choice(['A', 'B', 'C 要再検査', 'D 要精密'])}  {rng.choice(['特記なし', '肝機能', '貧血', '血圧', '尿糖'])}"
                 for ro, ka in rng.sample(VN, 7))
add(
    id="ginojisshu-084",
    charset="iso-2022-jp",
    sender=HIGA,
    to=[IWABUCHI, TRANG],
    subject="FW: 定期健診結果（6/2実施分）",
    body=f"""岩渕さん、チャンさん

健診センターから結果が届いたので転送します。
C・D判定の人には、来週の面談で受診を勧めてください。通訳はチャンさんお願いします。

-------- 転送メッセージ --------
差出人: 磐田健診センター <kekka@iwata-kenshin.or.jp>
件名: 定期健診結果（6/2実施分）

日の出産業株式会社 御中
6/2実施分の判定結果です。

{_h84}

{SIG_HIGA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="seven named health check results, but forwarded only to internal colleagues",
)

# =====================================================================================
# 085 — pass: XLSX training schedule (no people) to the language school
# =====================================================================================
add(
    id="ginojisshu-085",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["ひかり日本語教室 講師 宮里先生 <miyazato@hikari-nihongo.jp>"],
    subject="7月 入国後講習 日本語授業の時間割",
    body=f"""宮里先生

お世話になっております。日の出産業の比嘉です。
7月の入国後講習の時間割を添付します。
先生のご担当は「日本語（午前）」の枠です。ご確認ください。

{SIG_HIGA}
""",
    attachments=[{"kind": "xlsx", "name": "kousyu_jikanwari_202607.xlsx",
                  "sheets": {"時間割": [["2026年7月 入国後講習 時間割"], [],
                                        ["週", "月", "火", "水", "木", "金"],
                                        ["第1週", "開講式", "日本語", "日本語", "生活一般", "日本語"],
                                        ["第2週", "日本語", "日本語", "法的保護講習", "日本語", "施設見学"],
                                        ["第3週", "日本語", "安全衛生", "日本語", "日本語", "防災訓練"],
                                        ["第4週", "日本語", "日本語", "生活一般", "日本語", "修了試験"]],
                             "講師": [["科目", "講師"], ["日本語（午前）", "宮里先生（ひかり日本語教室）"],
                                      ["法的保護講習", "白川法律事務所"],
                                      ["生活一般", "日の出産業 生活支援担当"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="training timetable with subjects and a teacher's name only; no personal data",
)

# =====================================================================================
# 086 — pass: fee table PDF to a prospective client company
# =====================================================================================
add(
    id="ginojisshu-086",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["三河精工 総務部 本多様 <honda.k@mikawa-seiko.co.jp>"],
    subject="技能実習生受入れにかかる費用のご案内",
    body=f"""三河精工株式会社
総務部 本多様

先日はお時間をいただき、ありがとうございました。日の出産業の山口です。
ご質問のあった受入れ費用の一覧をPDFでお送りします。
職種（金属プレス加工）や人数によって変わる部分もありますので、
詳しくは次回のお打合せでご説明します。

{SIG_YAMAGUCHI}
""",
    attachments=[{"kind": "pdf", "name": "ukeire_hiyou_annai_2026.pdf",
                  "lines": ["技能実習生 受入れ費用のご案内（2026年度）",
                            "日の出国際事業協同組合／日の出産業株式会社", ""],
                  "table": [["項目", "金額（1名あたり）", "備考"],
                            ["組合加入金", "100,000円", "初回のみ（1社）"],
                            ["監理費", "月額 30,000円", "3号は 25,000円"],
                            ["入国前講習費", "120,000円", "送出機関に支払い"],
                            ["入国後講習費", "95,000円", "宿泊費込み"],
                            ["渡航費", "実費", "片道 6万円前後"],
                            ["技能実習生総合保険", "約 20,000円", "3年分"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a fee table PDF to a prospective client: business information only",
)

# =====================================================================================
# 087 — pass: plain ZIP of multilingual life guides for printing
# =====================================================================================
add(
    id="ginojisshu-087",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["錦印刷 営業部 野村様 <nomura@nishiki-insatsu.co.jp>"],
    subject="生活ガイドブック（4言語）入稿データ",
    body=f"""錦印刷株式会社
営業部 野村様

お世話になっております。日の出産業の比嘉です。
生活ガイドブック（日本語・ベトナム語・インドネシア語・英語）の入稿データを
ZIPでお送りします。A5中綴じ、各200部でお見積りをお願いいたします。

{SIG_HIGA}
""",
    attachments=[{"kind": "zip", "name": "seikatsu_guide_4lang.zip",
                  "files": [{"kind": "docx", "name": "guide_ja.docx",
                             "paragraphs": ["生活ガイドブック", "1. ごみの出し方：燃えるごみは月・木",
                                            "2. 自転車のルール：夜はライトをつける",
                                            "3. 困ったときの相談窓口：日の出産業 0538-36-4415（24時間）"]},
                            {"kind": "docx", "name": "guide_vi.docx",
                             "paragraphs": ["Sổ tay sinh hoạt", "1. Cách đổ rác: rác cháy được vào thứ Hai, thứ Năm"]},
                            {"kind": "docx", "name": "guide_id.docx",
                             "paragraphs": ["Buku panduan kehidupan", "1. Cara membuang sampah"]},
                            {"kind": "docx", "name": "guide_en.docx",
                             "paragraphs": ["Life guide", "1. Garbage: burnable waste on Mon and Thu"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP (not encrypted) of printable guides; only the company's own help line",
)

# =====================================================================================
# 088 — pass: one worker's new address to the client company
# =====================================================================================
add(
    id="ginojisshu-088",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
    subject="実習生1名の住所変更について",
    body=f"""佐々木様

お世話になっております。小野寺です。
3号に移行したチン・ティ・イエンさん（TRINH THI YEN）が、
寮から民間アパートに転居しましたのでお知らせします。

　新住所：北海道江別市大麻中町{rng.randrange(1, 30)}-{rng.randrange(1, 12)} メゾン大麻{rng.randrange(101, 210)}号室
　転居日：2026年6月6日

社会保険・住民税関係の住所変更をお願いいたします。

{SIG_ONODERA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one worker's new address to her employer: a single person's record, may warn",
)

# =====================================================================================
# 089 — pass: one worker's emergency contact to the client company
# =====================================================================================
add(
    id="ginojisshu-089",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["川崎電機 浜松工場 総務 <soumu-hamamatsu@kawasaki-denki.co.jp>"],
    subject="緊急連絡先の追加（エコ・プラセティョさん）",
    body=f"""川崎電機 浜松工場 総務ご担当者様

お世話になっております。日の出産業のディマスです。
エコ・プラセティョさん（EKO PRASETYO）から、緊急連絡先として
大阪に住む兄を追加したいと申し出がありました。

　続柄：兄（ANDI PRASETYO）
　電話：{mob()}（日本語少し可）

社内の緊急連絡網への追加をお願いいたします。

{SIG_DIMAS}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one worker's emergency contact (a relative's phone) to the employer: under five people",
)

# =====================================================================================
# 090 — pass: seminar flyer PDF to a prospective client
# =====================================================================================
add(
    id="ginojisshu-090",
    charset="iso-2022-jp",
    sender=YAMAGUCHI,
    to=["遠州化成 人事総務課 内山様 <uchiyama@enshu-kasei.co.jp>"],
    subject="外国人材受入れセミナーのご案内（8/20 浜松）",
    body=f"""遠州化成株式会社
人事総務課 内山様

いつもお世話になっております。日の出産業の山口です。
8月20日に浜松で、外国人材の受入れを検討中の企業様向けセミナーを開催します。
育成就労制度への移行スケジュールや、特定技能との違いをご説明します。
ご案内チラシを添付しますので、ご関心があればぜひご参加ください。

{SIG_YAMAGUCHI}
""",
    attachments=[{"kind": "pdf", "name": "seminar_20260820.pdf",
                  "lines": ["外国人材受入れセミナー 2026",
                            "日時：2026年8月20日（木）14:00〜16:00",
                            "会場：アクトシティ浜松 研修交流センター 52会議室",
                            "講師：白川法律事務所 弁護士 白川 順一／日の出産業 外国人材事業部",
                            "定員：40名（参加無料）",
                            "お申込み：日の出産業 外国人材事業部 TEL 0538-36-4410"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="seminar flyer with a speaker's name and company contact: no personal data",
)

# =====================================================================================
# 091 — pass: four trainees' names and birth dates for return tickets, English
# =====================================================================================
_r91 = [(ro, ymd(dob(1998, 2004), "-")) for ro, ka in rng.sample(VN, 4)]
add(
    id="ginojisshu-091",
    charset="utf-8",
    sender=TRANG,
    to=["Pham Thu Ha <ha.pham@hoasen-hr.com.vn>"],
    subject="Batch 9 completion - 4 trainees returning on 30 July",
    body=f"""Dear Ms. Ha,

Four trainees of Batch 9 will complete their training and return on 30 July
(VN347, NGO 10:30 - HAN 14:05). Please arrange the pickup at Noi Bai airport.

  1. {_r91[0][0]}  (DOB {_r91[0][1]})
  2. {_r91[1][0]}  (DOB {_r91[1][1]})
  3. {_r91[2][0]}  (DOB {_r91[2][1]})
  4. {_r91[3][0]}  (DOB {_r91[3][1]})

Their completion certificates will be handed over in Japan on 28 July.

Best regards,
{SIG_TRANG}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="four people's names and birth dates to the sending organisation: under the five-person threshold",
)

# =====================================================================================
# 092 — pass: support ticket to the system vendor, screenshot only
# =====================================================================================
add(
    id="ginojisshu-092",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="監理ポータル：在留期限アラートが表示されない件",
    body=f"""ツバサシステム サポートデスク御中

いつもお世話になっております。日の出国際事業協同組合の小野寺です。

監理ポータル（v3.8）で、在留期限の90日前アラートが6月から表示されなくなりました。
・発生画面：ダッシュボード > 期限管理
・再現手順：テスト用ダミー実習生（TEST TARO）の期限を90日後に設定 → アラート出ず
・ブラウザ：Edge 最新版

画面キャプチャを添付します。ご確認をお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "png", "name": "alert_screen.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="vendor support request with a dummy test record and a screenshot; no real personal data",
)

# =====================================================================================
# 093 — either: six names with line assignments (no contact data) to the bus company
# =====================================================================================
_s93 = "\n".join(f"　{ka:<16}{rng.choice(['第1ライン', '第2ライン', '包装', '検品'])}　{rng.choice(['A便', 'B便'])}"
                 for ro, ka in rng.sample(VN, 6))
add(
    id="ginojisshu-093",
    charset="iso-2022-jp",
    sender=HIGA,
    to=["青葉運輸 配車センター 木下様 <haisha@aoba-unyu.co.jp>"],
    subject="7月からの通勤バス 乗車割り当て（追加6名）",
    body=f"""木下様

お世話になっております。比嘉です。
7月から通勤バスに乗る実習生が6名増えます。配属と乗車便は以下のとおりです。
乗車確認の際に名簿としてお使いください。

　氏名　　　　　　　　配属　　　　乗車便
{_s93}

{SIG_HIGA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six names with workplace line and bus run only: a passenger list without contact data, arguable",
)

# =====================================================================================
# 094 — either: one trainee off sick, no diagnosis, to the sending organisation
# =====================================================================================
add(
    id="ginojisshu-094",
    charset="utf-8",
    sender=TRANG,
    to=["Nguyen Duc Manh <manh.nd@songhong-manpower.vn>"],
    subject="Absence of Mr. Dang Quoc Huy",
    body=f"""Dear Mr. Manh,

Just to let you know: Mr. Dang Quoc Huy (Kawasaki Denki) has been absent since
Monday because he is not feeling well. He saw a local doctor on Tuesday and is resting
in the dormitory. He expects to be back at work next week.

His mother called our office yesterday, so you may hear from her as well.

Best regards,
{SIG_TRANG}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="a named trainee's sick leave and doctor's visit, no diagnosis: health data or ordinary attendance news",
)

# =====================================================================================
# 095 — either: aggregated results per dorm where one group has two people
# =====================================================================================
add(
    id="ginojisshu-095",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["北国フーズ 総務課 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
    subject="定期健診の集計結果（寮別）",
    body=f"""佐々木様

お世話になっております。小野寺です。
6月の定期健診の結果を寮別に集計しましたので、ご参考までにお送りします。
個人の結果は本人にのみ通知しています。

　寮　　　　　　受診者　A・B判定　要再検査　要精密検査
　1号棟（男性）　　9　　　　7　　　　2　　　　0
　2号棟（女性）　　7　　　　6　　　　1　　　　0
　3号棟（女性）　　2　　　　1　　　　0　　　　1

要精密検査の方には、当組合から受診先をご案内しています。

{SIG_ONODERA}
""",
    expect="either",
    entities=[],
    detectors=[],
    note="aggregate health figures, but the 2-person dorm makes one result guessable by the employer",
)

# =====================================================================================
# 096 — pass: two external offices (law firm + scrivener), general question
# =====================================================================================
add(
    id="ginojisshu-096",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["星野 行政書士事務所 星野様 <hoshino@hoshino-gyosei.jp>"],
    subject="育成就労への移行に伴う社内規程の見直し（打合せのお願い）",
    body=f"""白川先生
（CC：星野先生）

いつもお世話になっております。日の出産業総務部の東條です。

育成就労制度の施行に向けて、当社の外国人材関連規程
（受入れ規程、寮規則、転籍時の取扱い）を見直したいと考えております。
労務面を白川先生、在留手続面を星野先生にご確認いただきたく、
三者でのお打合せをお願いできませんでしょうか。

候補：7/2（木）14時、7/6（月）10時　於：当社八丁堀本社

{SIG_TOJO}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external offices in To/Cc for a three-way meeting; no personal data",
)

# =====================================================================================
# 097 — pass: notification to OTIT with a client's corporate number
# =====================================================================================
_cn97 = corp_no("080101017254")
add(
    id="ginojisshu-097",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["外国人技能実習機構 静岡事務所 審査課 <shinsa-shizuoka@otit-kiko.go.jp>"],
    subject="実習実施者届出の提出について（遠州化成株式会社）",
    body=f"""外国人技能実習機構 静岡事務所
審査課 ご担当者様

お世話になっております。日の出国際事業協同組合の小野寺です。
新たに組合員となった下記実習実施者について、実習実施者届出書を郵送いたしました。

　名称　　：遠州化成株式会社
　法人番号：{_cn97}
　所在地　：静岡県浜松市浜名区貴布祢{rng.randrange(100, 999)}番地
　職種　　：プラスチック成形（射出成形作業）
　発送日　：2026年6月15日（簡易書留）

到着のご確認をいただけますと幸いです。

{SIG_ONODERA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a client company's 法人番号 and office address: business data, no person's data",
)

# =====================================================================================
# 098 — stop: look-alike of さくらホテル (.com for .jp) with a room list of four
# =====================================================================================
_r98 = "\n".join(f"　{room}　{ka}（{ro}）"
                 for room, (ro, ka) in zip(["812", "812", "814", "814"], rng.sample(ID, 4)))
add(
    id="ginojisshu-098",
    charset="iso-2022-jp",
    sender=DIMAS,
    to=["さくらホテル浜松 フロント <front-hamamatsu@sakura-hotel.com>"],
    subject="追加4名の部屋割り（7/3チェックイン）",
    body=f"""さくらホテル浜松 フロント御中

お世話になっております。日の出産業のディマスです。
7/3にチェックインする追加4名の部屋割りです。

{_r98}

到着は20時頃の予定です。よろしくお願いいたします。

{SIG_DIMAS}
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain"],
    note="sakura-hotel.com instead of partner sakura-hotel.jp (TLD swap): look-alike domain",
)

# =====================================================================================
# 099 — stop: 社外秘 only in the DOCX page header
# =====================================================================================
add(
    id="ginojisshu-099",
    charset="iso-2022-jp",
    sender=TOJO,
    to=["東海住宅サービス 法人営業 大嶺様 <omine@tokai-jutaku.co.jp>"],
    subject="社宅運用方針（改定案）の送付",
    body=f"""大嶺様

お世話になっております。日の出産業総務部の東條です。
来年度からの社宅運用方針（改定案）をお送りします。
借上げ戸数の見込みなど、物件確保のご参考にしていただければ幸いです。

{SIG_TOJO}
""",
    attachments=[{"kind": "docx", "name": "shataku_unyou_houshin_2027.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["社宅運用方針（2027年度 改定案）",
                                 "1. 借上げ戸数：磐田地区 24戸 → 32戸（外国人材の増員に対応）",
                                 "2. 入居者負担：1人あたり月額 上限 25,000円（光熱費別）",
                                 "3. 退去時の原状回復費用は会社負担とする（故意・重過失を除く）",
                                 "4. 2028年度以降、自社寮の新築を検討（予算 1億2千万円）"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX is stamped 社外秘 in its page header; the mail text is plain",
)

# =====================================================================================
# 100 — stop: IDN homoglyph of 北国フーズ (Cyrillic о), ordinary content
# =====================================================================================
_idn = "kitaguni-f\u043e\u043eds.co.jp".encode("idna").decode("ascii")
add(
    id="ginojisshu-100",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=[f"北国フーズ 製造部 高嶋様 <takashima@{_idn}>"],
    subject="第3期生 配属前研修の日程",
    body=f"""高嶋様

お世話になっております。日の出国際事業協同組合の小野寺です。
第3期生の配属前研修（工場見学・安全教育）を7月20日（月）に実施したいと考えております。
当日は通訳1名と当組合職員1名が同行します。

ご都合はいかがでしょうか。

{SIG_ONODERA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note=f"{_idn} is an IDN homoglyph (Cyrillic о) of partner kitaguni-foods.co.jp",
)
