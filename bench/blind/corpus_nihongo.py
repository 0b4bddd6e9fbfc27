"""Blind corpus, area "nihongo": 日の出日本語学院 — the Japanese-language school for foreign
students run by 日の出産業株式会社 (日本語教育事業部; Shinjuku main campus and a Kawaguchi
campus).  Mail of the school office: admissions and agents abroad (Vietnam, Nepal, Sri Lanka,
Myanmar, Mongolia, Indonesia, Uzbekistan…), visa / residence card (在留カード) procedures with the
immigration bureau through a licensed 行政書士, dormitories and apartment contracts, attendance
records, part-time work permits (資格外活動許可) and part-time employers, health checks and TB
screening, JLPT registration, city-hall procedures (国民健康保険, 国民年金), and mail to students in
Japanese, English and やさしい日本語.

Every person, student, guarantor, address, phone number, residence card, passport, pension,
insurance, bank account, card number and My Number in this file is invented.  My Numbers and
card numbers come from build.my_number() / build.card_number() (check digits valid), seeded from
SEED upwards; all other values come from random.Random(SEED) or were made up by hand.
Organisations other than 日の出産業 and its listed partners are fictional.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 8701
rng = random.Random(SEED)
_next = [SEED]


def next_my_number() -> str:
    v = my_number(_next[0])
    _next[0] += 1
    return v


def next_card() -> str:
    v = card_number(_next[0])
    _next[0] += 1
    return v


_FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fw(s: str) -> str:
    """full-width digits, hyphens and capitals, as some staff type them"""
    return s.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def zairyu() -> str:
    """residence card number: 2 letters, 8 digits, 2 letters"""
    return (rng.choice(_L) + rng.choice(_L) + f"{rng.randint(0, 99999999):08d}"
            + rng.choice(_L) + rng.choice(_L))


def passport(country: str) -> str:
    if country == "VN":
        return f"C{rng.randint(1000000, 9999999)}"
    if country == "NP":
        return f"PA{rng.randint(1000000, 9999999)}"
    if country == "LK":
        return f"N{rng.randint(1000000, 9999999)}"
    if country == "CN":
        return f"E{rng.randint(10000000, 99999999)}"
    if country == "MN":
        return f"E{rng.randint(1000000, 9999999)}"
    if country == "MM":
        return f"MH{rng.randint(100000, 999999)}"
    if country == "ID":
        return f"X{rng.randint(100000, 999999)}{rng.choice(_L)}"
    if country == "UZ":
        return f"FA{rng.randint(1000000, 9999999)}"
    if country == "BD":
        return f"A{rng.randint(10000000, 99999999)}"
    return f"P{rng.randint(1000000, 9999999)}{rng.choice(_L)}"


def dob(y0: int = 1999, y1: int = 2006) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def ymd(d: tuple[int, int, int], sep: str = "/") -> str:
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def dmy(d: tuple[int, int, int]) -> str:
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec"][d[1] - 1]
    return f"{d[2]:02d} {mon} {d[0]}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """columns padded with spaces under a header and a rule, as pasted from Excel"""
    n = max(len(r) for r in rows)
    ws = [max(width(str(r[i])) for r in rows if i < len(r)) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (ws[i] - width(str(c))) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(ws) + gap * (n - 1)))
    return "\n".join(out)


SCHOOL = "日の出産業株式会社 日本語教育事業部　日の出日本語学院"
ADDR_MAIN = "〒169-0073 東京都新宿区百人町二丁目48-6 日の出ビル4F"
TEL_MAIN = "TEL 03-5937-2218 / FAX 03-5937-2219"
ADDR_KAWA = "〒332-0012 埼玉県川口市本町五丁目3-27 川口校"
TEL_KAWA = "TEL 048-226-7731"

STAFF = {
    "ukai": ("鵜飼 健太", "ukai.k@hinode-sangyo.co.jp", "留学生事務室（入管手続担当）",
             "Kenta UKAI", "Student Office (Immigration Procedures)"),
    "hojo": ("北条 真理子", "hojo.m@hinode-sangyo.co.jp", "教務部 教務主任",
             "Mariko HOJO", "Head of Academic Affairs"),
    "mashiba": ("真柴 佳代", "mashiba.k@hinode-sangyo.co.jp", "学生寮・生活支援担当",
                "Kayo MASHIBA", "Housing & Student Life"),
    "nguyen": ("グエン・ティ・ラン", "nguyen.l@hinode-sangyo.co.jp", "学生支援コーディネーター",
               "NGUYEN Thi Lan", "Student Support Coordinator"),
    "okuma": ("大隈 俊介", "okuma.s@hinode-sangyo.co.jp", "募集・海外連携課 課長",
              "Shunsuke OKUMA", "Manager, International Admissions"),
    "teshi": ("勅使河原 修", "teshigawara.o@hinode-sangyo.co.jp", "学院長",
              "Osamu TESHIGAWARA", "Principal"),
    "hoashi": ("帆足 由紀", "hoashi.y@hinode-sangyo.co.jp", "総務・経理係",
               "Yuki HOASHI", "General Affairs & Accounts"),
    "hatsu": ("廿日出 亮", "hatsukade.r@school.hinode-sangyo.co.jp", "専任講師（進学・JLPT担当）",
              "Ryo HATSUKADE", "Lecturer, JLPT & Further Education"),
    "shoji": ("東海林 さやか", "shoji.s@hinode-sangyo.co.jp", "保健担当（看護師）",
              "Sayaka SHOJI", "School Nurse"),
    "iokibe": ("五百旗頭 隆", "iokibe.t@hinode-sangyo.co.jp", "川口校 教務・事務",
               "Takashi IOKIBE", "Kawaguchi Campus Office"),
}


def frm(key: str) -> str:
    name, addr = STAFF[key][0], STAFF[key][1]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, addr, dept, _, _ = STAFF[key]
    if style == 0:
        return (f"--\n{SCHOOL}\n{dept}　{name}\n{ADDR_MAIN}\n{TEL_MAIN}\nMail: {addr}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n日の出日本語学院（日の出産業株式会社）\n{dept}\n"
                f"{name}\n{ADDR_MAIN}\n{TEL_MAIN}\n{addr}\n━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return (f"________________________________\n{name}（{dept}）\n日の出日本語学院 川口校\n"
                f"{ADDR_KAWA}\n{TEL_KAWA}\n{addr}")
    return f"{name}\n日の出日本語学院 / {addr}\n{TEL_MAIN}"


def sig_en(key: str) -> str:
    _, addr, _, ename, edept = STAFF[key]
    return (f"--\n{ename}\n{edept}\nHinode Japanese Language Institute (Hinode Sangyo Co., Ltd.)\n"
            f"2-48-6 Hyakunincho, Shinjuku-ku, Tokyo 169-0073, Japan\n"
            f"Tel +81-3-5937-2218 | {addr}")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete this "
                 "e-mail. Any unauthorised use or disclosure is prohibited.")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"nihongo-{len(MESSAGES) + 1:03d}"
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MESSAGES.append(m)


# ---------------------------------------------------------------- 001  stop: intake list to agent
_rows = [["No", "Name (as in passport)", "DOB", "Sex", "Passport No.", "Course"]]
for i, nm in enumerate(["NGUYEN VAN HUNG", "TRAN THI MAI", "LE HOANG PHUC", "PHAM MINH TUAN",
                        "VO THI HONG NHUNG", "DANG QUOC BAO", "BUI THI THU HA"], 1):
    _rows.append([str(i), nm, dmy(dob(2001, 2005)), "F" if "THI" in nm else "M",
                  passport("VN"), rng.choice(["2yr", "1.5yr"])])
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Pham Thu Trang <trang.pt@vietstar-study.com>"],
    subject="April 2026 intake - final check of COE applicants (Vietstar)",
    charset="utf-8",
    body=f"""Dear Ms. Trang,

Thank you for your continued cooperation.
Before we file the COE applications with the Immigration Services Agency next week, could you
please check the data below against the original passports once more? Last term two
applications were returned because of a wrong date of birth, so we would like to be careful.

{table(_rows)}

If anything is wrong, please reply by Friday 28 November (JST).
The tuition invoices will follow once the COEs are issued.

Best regards,

{sig_en("okuma")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="7 applicants with DOB and passport numbers in a padded table to an agent abroad",
)

# ---------------------------------------------------------------- 002  pass: easy-Japanese reminder to one student
add(
    expect="pass",
    sender=frm("nguyen"),
    to=["Karki Anjali <anjali.karki2004@gmail.com>"],
    subject="【だいじ】ざいりゅうカードの きげんに ついて",
    charset="iso-2022-jp",
    body=f"""カルキ・アンジャリさん

こんにちは。日の出日本語学院の グエンです。

あなたの 在留カード（ざいりゅうカード）の きげんが もうすぐ おわります。
きげんの 3か月まえから、「在留期間更新（こうしん）」の しんせいが できます。

つぎの ものを もって、12月3日（水）の 15時に じむしつへ きてください。
・在留カード
・パスポート
・しゃしん（たて4cm × よこ3cm）1まい
・アルバイトの きゅうよめいさい（さいきん 3か月ぶん）

わからない ことが あったら、じむしつに きいて ください。
ベトナム語、ネパール語、えいごでも だいじょうぶです。

{sig("nguyen", 3)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one student on free mail, told what to bring for renewal; no card number or other identifiers",
)

# ---------------------------------------------------------------- 003  stop: residence cards to warehouse employer (tabs)
_lines = ["氏名\t在留カード番号\t資格外活動許可\t携帯"]
for nm in ["シャルマ・ビカシュ", "グルン・シタ", "タパ・ラジェシュ", "タマン・ペンバ",
           "ライ・スニタ", "シュレスタ・プラカシュ"]:
    _lines.append(f"{nm}\t{zairyu()}\t{rng.choice(['有（包括）', '有（包括）', '申請中'])}\t{mobile()}")
_tsv = "\n".join(_lines)
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["青葉運輸 戸田倉庫 採用担当 <saiyo-toda@aoba-unyu.co.jp>"],
    subject="Re: 夜間仕分けアルバイトの件（日の出日本語学院）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
戸田物流センター 採用ご担当　須佐様

いつもお世話になっております。日の出日本語学院のグエンでございます。
先日ご相談いただいた夜間仕分けのアルバイトについて、希望者6名の情報をお送りします。
雇用契約の際に在留カードの確認が必要とのことでしたので、番号も記載しております。

{_tsv}

※「申請中」の学生は、許可が下り次第あらためてご連絡いたします。
※ 留学生は週28時間以内（長期休業期間は1日8時間以内）ですので、シフト作成の際はご配慮ください。

よろしくお願いいたします。

{sig("nguyen", 0)}
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 students with residence card numbers and mobiles, tab-separated, to a partner employer",
)

# ---------------------------------------------------------------- 004  pass: internal attendance list
_rows = [["学籍番号", "氏名", "クラス", "10月出席率", "在留カード番号", "携帯"]]
for sid, nm, cl in [("N24-0311", "ドー・タイン・ロン", "中級2"), ("N24-0358", "マガル・ディパク", "中級1"),
                    ("N25-0042", "アウン・コ・コ", "初級3"), ("N24-0290", "リウ・ズーハオ", "上級1"),
                    ("N25-0077", "トシュマトフ・ベクゾド", "初級2")]:
    _rows.append([sid, nm, cl, f"{rng.randint(61, 79)}%", zairyu(), mobile()])
add(
    expect="pass",
    sender=frm("hojo"),
    to=["勅使河原 修 <teshigawara.o@hinode-sangyo.co.jp>", "鵜飼 健太 <ukai.k@hinode-sangyo.co.jp>"],
    cc=["iokibe.t@hinode-sangyo.co.jp"],
    subject="10月 出席率80%未満の学生（個別面談の対象）",
    charset="iso-2022-jp",
    body=f"""学院長、鵜飼さん

教務の北条です。10月の出席率が80%を下回った学生は以下の5名です。
入管の定期報告（出席率5割未満）の対象者はいませんが、更新申請を控えている学生が2名いるため、
今週中に個別面談を行います。面談記録は共有フォルダ「教務/面談/2025-10」に保存します。

{table(_rows)}

川口校の五百旗頭さんにもCCしています。トシュマトフさんは川口校の所属です。

北条
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=[],
    note="student list with residence cards, but every recipient is internal",
)

# ---------------------------------------------------------------- 005  stop: 社外秘 only in the DOCX header
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Bikram Shrestha <bikram@everest-edu.com.np>"],
    subject="Tuition for the October 2026 intake (draft for your comments)",
    charset="utf-8",
    body=f"""Dear Mr. Bikram,

I hope this finds you well.
As discussed on our video call, I attach the draft of the revised tuition and fee table for the
October 2026 intake. We would be grateful for your comments, especially on how students and
parents in Pokhara may react to the higher dormitory fee.

Please let me have your feedback by 12 December.

Kind regards,

{sig_en("okuma")}
""",
    attachments=[{
        "kind": "docx", "name": "2026年10月期_学費改定案_v3.docx",
        "page_header": "社外秘　日の出日本語学院 募集・海外連携課",
        "title": "2026年10月期 学費改定案",
        "paragraphs": ["2026年10月期 入学生 学費改定案（第3版）",
                       "改定理由：教材費・寮光熱費の上昇、専任講師の増員",
                       "代理店手数料は現行（授業料の12%）を据え置く予定。"],
        "tables": [[["費目", "現行（円）", "改定案（円）"],
                    ["選考料", "22,000", "22,000"],
                    ["入学金", "55,000", "66,000"],
                    ["授業料（1年）", "660,000", "715,000"],
                    ["教材・施設費（1年）", "66,000", "77,000"],
                    ["寮費（月額・2人部屋）", "33,000", "38,500"]]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 stamped only in the page header of the attached DOCX, sent to an agent abroad",
)

# ---------------------------------------------------------------- 006  pass: price list to agent with disclaimer
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Nimal Wickramasinghe <nimal@lanka-nihongo.lk>"],
    subject="Fees and intake dates 2026 - Hinode Japanese Language Institute",
    charset="utf-8",
    body=f"""Dear Mr. Nimal,

Thank you for your interest in sending students to our school.
Here is our fee schedule for 2026 (in JPY, tax included):

  Item                          2-year course   1.5-year course
  ----------------------------  -------------   ---------------
  Screening fee                        22,000            22,000
  Admission fee                        55,000            55,000
  Tuition (first year)                660,000           660,000
  Materials & facilities               66,000            49,500
  Health insurance / check-up          12,000            10,000
  Dormitory (6 months, twin)          198,000           198,000

Application periods:
  April 2026 intake   : 1 Sep - 31 Oct 2025 (COE result late Feb)
  October 2026 intake : 1 Mar - 30 Apr 2026 (COE result late Aug)

Bank details for the first-year payment will be printed on the invoice issued after the COE.
Our brochure in English and Sinhala can be downloaded from our website.

Best regards,

{sig_en("okuma")}

{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="price list and intake dates with the standard disclaimer; no personal data",
)

# ---------------------------------------------------------------- 007  stop: one My Number in running text
_mn = next_my_number()
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["北国フーズ 人事部 給与課 <kyuyo@kitaguni-foods.co.jp>"],
    subject="扶養控除等申告書の個人番号について（ダン・クオック・バオ）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
人事部 給与課　楢崎様

お世話になっております。日の出日本語学院のグエンです。
御社の新宿センターキッチンでアルバイトをしている当校のダン・クオック・バオさんについて、
「給与所得者の扶養控除等（異動）申告書」の個人番号欄が未記入だったとのご連絡をいただきました。

本人に確認しましたところ、マイナンバーは {_mn[:4]} {_mn[4:8]} {_mn[8:]} とのことです。
本人は日本語の書類の記入に慣れておらず、ご迷惑をおかけしました。
原本は本人が次回出勤時（11月20日）に持参いたします。

何卒よろしくお願いいたします。

{sig("nguyen", 1)}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a student's My Number written in the running text to the employer's payroll",
)

# ---------------------------------------------------------------- 008  pass: reply, list only in the quoted text
_q = [["No.", "Ho ten", "Ngay sinh", "So ho chieu"]]
for nm in ["TRUONG VAN DUC", "LY THI PHUONG", "HOANG MINH KHOA", "CAO THI YEN", "PHAN DUC ANH",
           "NGO THI KIM NGAN"]:
    _q.append([str(len(_q)), nm, ymd(dob(2002, 2006), "-"), passport("VN")])
_quoted = "\n".join("> " + ln for ln in table(_q).split("\n"))
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Doan Minh Chau <chau.dm@saigon-bridge.edu.vn>"],
    subject="Re: Danh sach hoc vien ky thang 4 / April intake list",
    charset="utf-8",
    body=f"""Dear Ms. Chau,

Thank you. We have received the list of the six applicants and will check the documents
this week. The screening interviews (online) are proposed for 9 and 10 December, 14:00 JST.
I will send the Zoom link separately.

Best regards,
Shunsuke Okuma

On Mon, 17 Nov 2025 at 11:02, Doan Minh Chau <chau.dm@saigon-bridge.edu.vn> wrote:
> Dear Mr. Okuma,
>
> Please find the list of our applicants for April 2026 below.
>
{_quoted}
>
> Best regards,
> Chau
""",
    entities=[],
    detectors=[],
    note="the applicant list sits only in the quoted text of the agent's own mail; new text is harmless",
)

# ---------------------------------------------------------------- 009  stop: three agents visible in To
add(
    expect="stop",
    sender=frm("okuma"),
    to=["trang.pt@vietstar-study.com", "bikram@everest-edu.com.np", "nimal@lanka-nihongo.lk",
        "info@yangon-hikari.com"],
    subject="Online briefing for partner agents - 10 December 2025",
    charset="utf-8",
    body=f"""Dear partners,

We will hold an online briefing for our partner agents on Wednesday 10 December 2025,
from 13:00 to 14:30 (JST).

Agenda:
 1. Results of the October 2025 intake and the COE approval rate
 2. New rules for the proof of financial support (from the April 2026 intake)
 3. Dormitory changes at the Kawaguchi campus
 4. Q&A

Please reply with the names of the people who will attend. The Zoom link will be sent the
day before.

Best regards,

{sig_en("okuma")}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four agents of four countries in To can see each other; should have been Bcc",
)

# ---------------------------------------------------------------- 010  pass: students in Bcc
add(
    expect="pass",
    sender=frm("hojo"),
    to=["北条 真理子 <hojo.m@hinode-sangyo.co.jp>"],
    bcc=["rizky.pratama03@gmail.com", "ayu.rahma.jp@yahoo.co.jp", "fajar.n.tokyo@gmail.com",
         "indah_permatasari@outlook.jp", "bayu.saputra.2005@icloud.com", "jasur.rustamov@gmail.com",
         "madina.yusupova@gmail.com"],
    subject="中級1クラス　12月の じゅぎょうの へんこう",
    charset="iso-2022-jp",
    body=f"""中級1クラスの みなさん

12月の じゅぎょうの へんこうを おしらせします。

・12月5日（金）　学校の けんこうしんだんの ため、じゅぎょうは 10時40分から です。
・12月12日（金）　JLPTの もぎしけんを します。えんぴつと けしゴムを もってきて ください。
・12月19日（金）　きまつしけん（はなす テスト）です。

ちこくや けっせきを するときは、かならず 8時50分までに 学校へ れんらくして ください。

北条（きょうむ）
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="class notice to seven students properly in Bcc; no personal data",
)

# ---------------------------------------------------------------- 011  stop: HTML-only attendance table
_tr = []
for sid, nm in [("N24-0402", "AUNG KO KO"), ("N24-0403", "THANDAR WIN"), ("N24-0410", "ZAW MIN HTET"),
                ("N24-0415", "MAY THU KYAW"), ("N24-0417", "HTET NAING LIN"), ("N24-0421", "SU MYAT NOE"),
                ("N24-0422", "KYAW ZIN OO")]:
    _tr.append(f"<tr><td>{sid}</td><td>{nm}</td><td>{rng.randint(72, 99)}.{rng.randint(0, 9)}%</td>"
               f"<td>{rng.choice(['N4', 'N3', 'N3', 'N2'])}</td><td>{mobile()}</td></tr>")
add(
    expect="stop",
    sender=frm("hojo"),
    to=["Hikari Education Yangon <info@yangon-hikari.com>"],
    subject="【ご報告】10月生 出席状況（2025年10月分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>ひかりエデュケーション<br>ご担当者様</p>
<p>いつもお世話になっております。日の出日本語学院 教務の北条です。<br>
貴社からご紹介いただいた学生の10月の出席状況をご報告いたします。<br>
出席率が80%を下回っている学生には、ご家族にもお声がけいただけますと幸いです。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>学籍番号</th><th>氏名</th><th>出席率</th><th>JLPT目標</th><th>携帯電話</th></tr>
{''.join(_tr)}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出日本語学院 教務部　北条 真理子<br>TEL 03-5937-2218</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only table of 7 students with attendance and mobile numbers to an agent",
)

# ---------------------------------------------------------------- 012  pass: dormitory list (buildings, not people)
add(
    expect="pass",
    sender=frm("mashiba"),
    to=["Batbayar Oyunaa <oyunaa@ulaan-study.mn>"],
    subject="学生寮のご案内（2026年4月期）",
    charset="utf-8",
    body=f"""Ulaan Study Center
Oyunaa様

いつもお世話になっております。日の出日本語学院 寮担当の真柴です。
2026年4月期の学生寮の一覧をお送りします。ご家族への説明にお使いください。

・日の出寮 百人町（女子寮）
　東京都新宿区百人町三丁目21-14　TEL 03-5937-2230（管理人室）
　2人部屋 月額33,000円／個室 月額45,000円　学校まで徒歩6分
・日の出寮 大久保（男子寮）
　東京都新宿区大久保一丁目9-30　TEL 03-5937-2231（管理人室）
　2人部屋 月額31,000円　学校まで徒歩9分
・川口ハイツ（男女別フロア）
　埼玉県川口市本町四丁目17-2　TEL 048-226-7740（管理会社 メゾン管理）
　個室 月額36,000円　川口校まで徒歩4分

いずれも家具・Wi-Fi付き、光熱費は月額定額（5,500円）です。
入寮は入国日当日から可能です。空港からの送迎もご利用いただけます。

{sig("mashiba", 0)}
""",
    entities=[],
    detectors=[],
    note="a list of dormitory buildings with their management phone numbers: business data, not people",
)

# ---------------------------------------------------------------- 013  stop: one student's hospitalisation to dorm management
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["メゾン管理 川口営業所 <kawaguchi@mezon-kanri.co.jp>"],
    subject="川口ハイツ 305号室 入居者の入院について",
    charset="iso-2022-jp",
    body=f"""メゾン管理株式会社 川口営業所
百目鬼様

お世話になっております。日の出日本語学院の真柴です。

川口ハイツ305号室に入居している当校学生のフイン・ザー・フイさん（ベトナム、20歳）が、
昨夜急性虫垂炎で川口中央総合病院に救急搬送され、本日手術を受けました。
術後の経過は良好ですが、1週間ほど入院の見込みです。

入院中は部屋が無人になりますので、巡回の際にご留意いただけますでしょうか。
また、退院後しばらくは重い物を持てないため、ごみ出しの件で同室の学生に相談しております。

何かございましたら私の携帯までご連絡ください。

{sig("mashiba", 2)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student's diagnosis and hospitalisation (要配慮個人情報) to the dorm management company",
)

# ---------------------------------------------------------------- 014  pass: four arrivals for the airport pick-up
_arr = []
for nm, fl in [("Gurung Sita", "TG682 / 04月03日 07:35 成田T1"), ("Karki Anjali", "TG682 / 04月03日 07:35 成田T1"),
               ("Magar Dipak", "RA401 / 04月03日 15:50 羽田T3"), ("Poudel Aashish", "RA401 / 04月03日 15:50 羽田T3")]:
    _arr.append(f"■ {nm}\n　便名：{fl}\n　到着後の連絡先（ネパール携帯／WhatsApp）：+977-98{rng.randint(10000000, 99999999)}")
add(
    expect="pass",
    sender=frm("mashiba"),
    to=["スカイライン送迎サービス 予約センター <yoyaku@skyline-sougei.co.jp>"],
    subject="空港送迎のご依頼（4月3日・4名）",
    charset="iso-2022-jp",
    body=f"""スカイライン送迎サービス
予約センター御中

いつもお世話になっております。日の出日本語学院の真柴です。
4月期入学生の空港送迎を以下のとおりお願いいたします。

""" + "\n\n".join(_arr) + f"""

行き先はいずれも「日の出寮 百人町／大久保」（東京都新宿区）です。
プラカードは「HINODE JAPANESE SCHOOL」でお願いします。
見積書は前回同様、総務の帆足宛にお送りください。

{sig("mashiba", 0)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four arriving students with flights and mobiles: under five people, may be warned",
)

# ---------------------------------------------------------------- 015  stop: password ZIP (PPAP) to the 行政書士
add(
    expect="stop",
    sender=frm("ukai"),
    to=["白川法律事務所 行政書士 十河様 <sogo@shirakawa-law.jp>"],
    subject="在留資格認定証明書交付申請 書類一式（4月期 第2陣）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
行政書士　十河 様

いつも大変お世話になっております。日の出日本語学院の鵜飼です。
4月期第2陣（ネパール・スリランカ 9名）の申請書類一式をお送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

・申請書（所属機関作成用・申請人作成用）
・経費支弁書、預金残高証明書、在職証明書（写し）
・日本語学習証明書

不備がございましたらご指摘ください。

{sig("ukai", 0)}
""",
    attachments=[{
        "kind": "zip", "name": "COE_4月期_第2陣.zip", "password": "Hn2025#coe02",
        "files": [{"kind": "xlsx", "name": "申請人一覧.xlsx",
                   "sheets": {"一覧": [["氏名", "生年月日", "旅券番号"],
                                      ["THAPA RAJESH", "2003/04/11", passport("NP")]]}},
                  {"kind": "txt", "name": "readme.txt", "text": "申請書類一式"}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP of visa application files: the attachment cannot be inspected",
)

# ---------------------------------------------------------------- 016  pass: the password mail that follows
add(
    expect="pass",
    sender=frm("ukai"),
    to=["sogo@shirakawa-law.jp"],
    subject="【パスワード】在留資格認定証明書交付申請 書類一式（4月期 第2陣）",
    charset="iso-2022-jp",
    body=f"""十河様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn2025#coe02

なお、来期からはファイル共有サービス（ダウンロードURL方式）に切り替える予定です。
切り替えの際はあらためてご案内いたします。

{sig("ukai", 3)}
""",
    entities=[],
    detectors=[],
    note="the separate password mail: no attachment, no personal data",
)

# ---------------------------------------------------------------- 017  stop: look-alike of the partner hotel
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["さくらホテル 新宿 団体予約 <group@sakura-hotei.jp>"],
    subject="留学生の一時宿泊のご予約（12月14日〜16日）",
    charset="iso-2022-jp",
    body=f"""さくらホテル新宿
団体予約ご担当者様

いつもお世話になっております。日の出日本語学院の真柴です。
寮の改修工事のため、学生2名分の一時宿泊をお願いしたく、ご連絡いたしました。

　期間：2025年12月14日（日）〜16日（火）2泊
　部屋：ツイン1室（学生2名、女性）
　お支払い：当校への請求書払い（いつもどおり）

学生の氏名は前日までにお知らせいたします。
空室状況をご確認いただけますでしょうか。

{sig("mashiba", 0)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotei.jp is a one-letter look-alike of the partner sakura-hotel.jp",
)

# ---------------------------------------------------------------- 018  pass: clinics list to one student
add(
    expect="pass",
    sender=frm("shoji"),
    to=["Zhang Yutong <zhangyutong0815@outlook.jp>"],
    subject="中国語が通じる病院のリスト",
    charset="utf-8",
    body=f"""張 雨桐さん

保健室の東海林です。きのう質問してくれた件、中国語で受診できる近くの病院をまとめました。友だちにも教えてあげてください。

・新宿さくら通りクリニック（内科・小児科）
　東京都新宿区百人町一丁目5-8 2F　TEL 03-3361-4402　月〜土 9:00-18:00
・大久保国際メディカルセンター（内科・婦人科）
　東京都新宿区大久保二丁目12-1　TEL 03-3209-7785　中国語スタッフ常駐
・高田馬場みなみ歯科
　東京都新宿区高田馬場四丁目2-33　TEL 03-3371-0917　予約制・英語可

保険証をわすれずに持っていってください。受診のときに通訳が必要なら、保健室でも手配できます。

東海林（保健室）
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of clinics (businesses) to one student on free mail; nothing about her health is written",
)

# ---------------------------------------------------------------- 019  stop: arrest reported to the agent
add(
    expect="stop",
    sender=frm("teshi"),
    to=["Doan Minh Chau <chau.dm@saigon-bridge.edu.vn>"],
    cc=["okuma.s@hinode-sangyo.co.jp"],
    subject="Urgent: about your student NGO VAN THANG",
    charset="utf-8",
    body=f"""Dear Ms. Chau,

I regret to inform you that our student Mr. NGO VAN THANG (born 2003, enrolled October 2024,
introduced by your agency) was arrested by the Shinjuku police on 18 November on suspicion of
shoplifting at a drugstore, together with another person who is not our student.

He is currently detained at Shinjuku police station. The police told us that the case may be
sent to the prosecutor. We have informed the Immigration Services Agency as required.

Could you please contact his family in Nam Dinh today and explain the situation? The school
cannot provide legal advice, but we can introduce a lawyer who speaks Vietnamese.

Sincerely,

{sig_en("teshi")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student's arrest (criminal record, 要配慮個人情報) told to an agent abroad",
)

# ---------------------------------------------------------------- 020  pass: invoice with the T-number to a corporate client
_tno = corp_number("010401093527")
add(
    expect="pass",
    sender=frm("hoashi"),
    to=["川崎電機 人材開発部 <jinzai-kaihatsu@kawasaki-denki.co.jp>"],
    subject="【請求書送付】外国人技術者向け日本語研修（11月分）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人材開発部　研修ご担当者様

いつもお世話になっております。日の出産業 日本語教育事業部 経理の帆足でございます。
11月分の日本語研修費用の請求書を添付にてお送りいたします。

　請求書番号：HN-2511-0147
　ご請求金額：528,000円（税込）
　お支払期日：2025年12月31日
　登録番号：T{_tno}

ご査収のほど、よろしくお願い申し上げます。

{sig("hoashi", 0)}
""",
    attachments=[{
        "kind": "pdf", "name": "請求書_HN-2511-0147.pdf",
        "lines": ["請求書", "川崎電機株式会社 御中", "請求書番号 HN-2511-0147",
                  f"日の出産業株式会社　登録番号 T{_tno}",
                  "外国人技術者向け日本語研修（ビジネス日本語 中級）11月分 24コマ",
                  "小計 480,000円　消費税(10%) 48,000円　合計 528,000円",
                  "振込先：みどり銀行 新宿支店 普通 1184407 ヒノデサンギョウ（カ"],
    }],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice with the company's registration (T-)number and company bank account: business data",
)

# ---------------------------------------------------------------- 021  stop: health check results XLSX to the clinic
_hc = [["2025年度 秋季定期健康診断 結果一覧（日の出日本語学院 新宿校）"], [],
       ["学籍番号", "氏名", "生年月日", "性別", "身長", "体重", "血圧", "胸部X線", "尿検査", "判定"]]
_re = [["再検査対象者（12月中に受診）"], [], ["学籍番号", "氏名", "生年月日", "項目", "所見"]]
for sid, nm in [("N24-0203", "ワン・ハオラン"), ("N24-0207", "リー・ジアイー"), ("N24-0215", "チェン・スーユエン"),
                ("N24-0311", "ドー・タイン・ロン"), ("N24-0358", "マガル・ディパク"), ("N25-0042", "アウン・コ・コ"),
                ("N25-0051", "ホサイン・ラキブ"), ("N25-0063", "アクテル・シリン")]:
    d = ymd(dob(2000, 2006))
    xr = rng.choice(["異常なし", "異常なし", "異常なし", "右上肺野に淡い陰影"])
    ur = rng.choice(["(-)", "(-)", "(-)", "蛋白(+)"])
    bp = f"{rng.randint(104, 148)}/{rng.randint(62, 94)}"
    judge = "要再検査" if ("陰影" in xr or "+" in ur) else "A"
    _hc.append([sid, nm, d, rng.choice(["男", "女"]), rng.randint(150, 182), rng.randint(44, 86), bp, xr,
                ur, judge])
    if judge != "A":
        _re.append([sid, nm, d, "胸部X線" if "陰影" in xr else "尿検査", xr if "陰影" in xr else "尿蛋白(+)"])
if len(_re) == 3:
    _re.append(["N25-0051", "ホサイン・ラキブ", "2002/07/19", "胸部X線", "右上肺野に淡い陰影（結核除外要）"])
add(
    expect="stop",
    sender=frm("shoji"),
    to=["百人町クリニック 健診センター <kenshin@hyakunin-clinic.jp>"],
    subject="秋季健康診断 結果一覧の確認と再検査のご相談",
    charset="iso-2022-jp",
    body=f"""百人町クリニック 健診センター
御手洗先生

いつもお世話になっております。日の出日本語学院 保健担当の東海林です。
先日の秋季健康診断の結果を当校の様式に転記しましたので、誤りがないかご確認いただけますでしょうか。
あわせて、再検査が必要な学生の受診日程をご相談させてください（別シート「再検査」）。

{sig("shoji", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "2025秋_健診結果一覧_新宿校.xlsx",
                  "sheets": {"結果一覧": _hc, "再検査": _re}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health check results of 8 named students (要配慮) in an XLSX with a title row, to a clinic",
)

# ---------------------------------------------------------------- 022  pass: health check schedule (counts only)
add(
    expect="pass",
    sender=frm("shoji"),
    to=["kenshin@hyakunin-clinic.jp"],
    subject="2026年度 春季健康診断の日程について",
    charset="iso-2022-jp",
    body=f"""百人町クリニック 健診センター　ご担当者様

お世話になっております。日の出日本語学院の東海林です。
来年度春季の定期健康診断について、下記日程で巡回健診をお願いできますでしょうか。

　4月21日（火）　9:00〜12:00　新宿校 5階ホール　初級クラス 6クラス（約110名）
　4月22日（水）　9:00〜12:00　新宿校 5階ホール　中級・上級 5クラス（約95名）
　4月24日（金）　13:30〜16:00　川口校 2階教室　全クラス（約60名）

項目は昨年同様（身長・体重・視力・血圧・胸部X線・尿検査）で、問診票は英語・ベトナム語・
ネパール語・中国語版をご用意いただけると助かります。
お見積りを12月中にいただけますと幸いです。

{sig("shoji", 1)}
""",
    entities=[],
    detectors=[],
    note="health check dates and head counts per class: no person is identified",
)

# ---------------------------------------------------------------- 023  stop: several students visible in To
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["wang.haoran.jp@gmail.com", "li_jiayi2003@yahoo.co.jp", "chensiyuan.tokyo@icloud.com",
        "zhao.xinyan@outlook.jp", "sun.meiqi0412@gmail.com"],
    subject="【しんがく】あしたの だいがく せつめいかい は 中止（ちゅうし）です",
    charset="utf-8",
    body=f"""しんがくクラスの みなさん

あした（11月22日）の 「武蔵野国際大学 せつめいかい」は、大学の つごうで 中止に なりました。
かわりに 12月6日（土）14時から、学校の 501きょうしつで せつめいかいを します。

がんしょの かきかたも おしえますので、りれきしょの したがきを もってきて ください。

廿日出（しんがく たんとう）
日の出日本語学院
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five students' private addresses in To can all see each other; should have been Bcc",
)

# ---------------------------------------------------------------- 024  pass: internal, health results to the campus office
add(
    expect="pass",
    sender=frm("shoji"),
    to=["五百旗頭 隆 <iokibe.t@hinode-sangyo.co.jp>"],
    cc=["hatsukade.r@school.hinode-sangyo.co.jp"],
    subject="川口校 再検査対象者（結核健診）",
    charset="iso-2022-jp",
    body=f"""五百旗頭さん

保健の東海林です。川口校の結核健診で要精密検査となった学生です。
本人には私から連絡済みです。授業の欠席扱いにならないよう、出席簿の調整をお願いします。

・トシュマトフ・ベクゾド（N25-0077）　胸部X線 左上肺野に結節影 → 12/3 川口市立医療センター 呼吸器内科
・カリモワ・ディルノザ（N25-0079）　喀痰検査 再提出 → 12/4 同上
・レイエス・マーク・アンソニー（N25-0085）　ツベルクリン反応 強陽性 → IGRA検査 12/4

廿日出先生は進学面接の日程の件でCCしています。結果が出るまで面接は保留でお願いします。

東海林
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health findings of three named students, but To and Cc are internal (school. subdomain included)",
)

# ---------------------------------------------------------------- 025  stop: CSV of residents to the partner hotel
_csv = [["部屋番号", "氏名（ローマ字）", "氏名（カナ）", "国籍", "携帯電話", "チェックイン", "チェックアウト"]]
for rn, kana, nat in [("PERERA KASUN", "ペレラ・カスン", "スリランカ"),
                      ("FERNANDO NIMASHA", "フェルナンド・ニマシャ", "スリランカ"),
                      ("JAYASINGHE DILAN", "ジャヤシンハ・ディラン", "スリランカ"),
                      ("BANDARA CHAMARA", "バンダラ・チャマラ", "スリランカ"),
                      ("GANBOLD TEMUULEN", "ガンボルド・テムーレン", "モンゴル"),
                      ("ODGEREL SARNAI", "オドゲレル・サルナイ", "モンゴル"),
                      ("HOSSAIN RAKIB", "ホサイン・ラキブ", "バングラデシュ"),
                      ("AKTER SHIRIN", "アクテル・シリン", "バングラデシュ")]:
    _csv.append([str(rng.randint(601, 915)), rn, kana, nat, mobile(), "2025/12/14", "2025/12/21"])
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["さくらホテル新宿 フロント 古謝様 <front-shinjuku@sakura-hotel.jp>"],
    subject="寮改修期間中の宿泊者名簿（12/14〜12/21）",
    charset="cp932",
    body=f"""さくらホテル新宿
フロント　古謝様

いつもお世話になっております。日の出日本語学院の真柴です。
寮の改修工事期間中にお世話になる学生8名の宿泊者名簿を添付いたします。
チェックイン時の本人確認はパスポートでお願いいたします。
夜間に何かございましたら、学生本人の携帯か私までご連絡ください。

{sig("mashiba", 0)}
""",
    attachments=[{"kind": "csv", "name": "宿泊者名簿_1214-1221.csv", "encoding": "cp932", "rows": _csv}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 8 students with mobile numbers to a partner hotel",
)

# ---------------------------------------------------------------- 026  pass: three-way meeting mail (two organisations)
add(
    expect="pass",
    sender=frm("ukai"),
    to=["Pham Thu Trang <trang.pt@vietstar-study.com>"],
    cc=["白川法律事務所 十河様 <sogo@shirakawa-law.jp>"],
    subject="Meeting on 3 December: new financial-support documents / 経費支弁書類の打合せ",
    charset="utf-8",
    body=f"""Dear Ms. Trang,
(cc: 十河先生)

Thank you for your time yesterday. As agreed, the three of us will meet online on
Wednesday 3 December, 16:00 JST (14:00 Hanoi), to go through the new requirements for the
proof of financial support:

  - bank balance certificates: issue date within 3 months of the application
  - sponsor's income certificates for the last 3 years
  - translation format (Vietnamese → Japanese)

十河先生、当日はベトナム側の書類サンプルを画面共有いたしますので、入管の審査の観点から
ご助言をいただけますと幸いです。

Best regards,

{sig_en("ukai")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="an agent and the school's lawyer in To/Cc: two external organisations, a normal meeting mail",
)

# ---------------------------------------------------------------- 027  stop: list without a name column, to a university
_rows = [["受験番号", "学籍番号", "生年月日", "携帯電話", "メールアドレス", "志望学科"]]
for k, (sid, mail) in enumerate([("N24-0203", "wang.haoran.jp@gmail.com"), ("N24-0207", "li_jiayi2003@yahoo.co.jp"),
                                  ("N24-0215", "chensiyuan.tokyo@icloud.com"), ("N24-0219", "zhao.xinyan@outlook.jp"),
                                  ("N24-0223", "sun.meiqi0412@gmail.com"), ("N24-0230", "zhou.bowen.98@gmail.com")]):
    _rows.append([f"MK-{2601 + k}", sid, ymd(dob(2002, 2005), "."), mobile(), mail,
                  rng.choice(["経営学科", "国際コミュニケーション学科", "情報システム学科"])])
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["武蔵野国際大学 入試課 <nyushi@musashino-kokusai.ac.jp>"],
    subject="指定校推薦（留学生）出願者データのご送付",
    charset="iso-2022-jp",
    body=f"""武蔵野国際大学 入試課
ご担当者様

平素より大変お世話になっております。日の出日本語学院 進学担当の廿日出です。
指定校推薦の出願者6名のデータをお送りいたします。
氏名は願書原本（12月1日発送予定）でご確認いただけますので、本メールでは学籍番号のみとしております。

{table(_rows, gap=3)}

面接日程のご連絡は各学生の携帯またはメールへ直接お願いできますでしょうか。

{sig("hatsu", 0)}
""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6 applicants without a name column, but with DOB, mobile and private e-mail, to a university",
)

# ---------------------------------------------------------------- 028  pass: one student's contact to an employer
add(
    expect="pass",
    sender=frm("nguyen"),
    to=["北国フーズ 新宿センターキッチン 採用担当 <shinjuku-ck@kitaguni-foods.co.jp>"],
    subject="アルバイト面接のご依頼（日の出日本語学院 学生1名）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 新宿センターキッチン
採用ご担当　小鳥遊様

お世話になっております。日の出日本語学院のグエンです。
先日お問い合わせのあった調理補助のアルバイトに、当校の学生1名が応募を希望しております。

　氏名：レ・ホアン・フック（LE HOANG PHUC）
　日本語レベル：JLPT N3 合格、中級2クラス在籍
　携帯：{mobile()}
　メール：lhphuc.2003@gmail.com
　希望：平日 17:00〜22:00、週3日程度

資格外活動許可は取得済みです。面接日時を本人に直接ご連絡いただけますと幸いです。

{sig("nguyen", 0)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one student's contact details to a partner employer, with consent: under five people",
)

# ---------------------------------------------------------------- 029  stop: look-alike of the partner employer
_sh = "\n".join(f"  {d}  {nm:<18} {mobile()}" for d, nm in
                [("12/1(月)", "Rizky Pratama"), ("12/2(火)", "Bayu Saputra"), ("12/4(木)", "Fajar Nugroho")])
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["北国フーズ 新宿センターキッチン <shinjuku-ck@kitaguni-food.co.jp>"],
    subject="Re: 12月第1週のシフト（日の出日本語学院）",
    charset="iso-2022-jp",
    body=f"""小鳥遊様

お世話になっております。日の出日本語学院のグエンです。
12月第1週のシフト、学生の希望をまとめました。

{_sh}

いずれも 17:00〜22:00 です。3名とも週28時間の範囲内に収まっております。

{sig("nguyen", 3)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp",
)

# ---------------------------------------------------------------- 030  pass: NDA talk with a new agent
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Jasur Tursunov <jasur@tashkent-japan.uz>"],
    subject="Non-disclosure agreement before the agency contract",
    charset="utf-8",
    body=f"""Dear Mr. Tursunov,

Thank you for the productive meeting in Tashkent last week.
Before we exchange the details of our commission structure and the student support manual,
our legal team asks that we sign a mutual non-disclosure agreement (秘密保持契約).

I attach our standard NDA template (English / Japanese). The main points are:
  - confidential information: commission rates, internal manuals, applicant data
  - term: 3 years after the end of the agency contract
  - governing law: Japan, Tokyo District Court

If your lawyer would like to change anything, please mark the changes in the Word file.

Best regards,

{sig_en("okuma")}

{DISCLAIMER_EN}
""",
    attachments=[{"kind": "docx", "name": "NDA_template_EN_JA.docx",
                  "title": "Mutual Non-Disclosure Agreement",
                  "paragraphs": ["MUTUAL NON-DISCLOSURE AGREEMENT / 相互秘密保持契約書",
                                 "Hinode Sangyo Co., Ltd. (\"Hinode\") and ______________ (\"Agent\") agree as follows.",
                                 "Article 1 (Confidential Information) \"Confidential Information\" means any "
                                 "information disclosed by either party that is marked as confidential ...",
                                 "Article 2 (Obligations) The receiving party shall not disclose ...",
                                 "Article 7 (Term) This Agreement shall remain in force for three (3) years ..."]}],
    entities=[],
    detectors=[],
    note="mail about an NDA with an empty template: talk of confidentiality, no marking, no data",
)

# ---------------------------------------------------------------- 031  stop: corrupt XLSX to an agent
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Sakura Jakarta Education <admission@jakarta-sakura.co.id>"],
    subject="Hasil seleksi / Screening results - April 2026",
    charset="utf-8",
    body=f"""Dear Ms. Wulandari,

Please find attached the screening results of your applicants for the April 2026 intake.
Successful applicants will receive the application documents checklist next week.

Best regards,

{sig_en("okuma")}
""",
    attachments=[{"kind": "corrupt", "name": "screening_results_April2026_JKT.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# ---------------------------------------------------------------- 032  pass: reply under -----Original Message-----
_orig = "\n".join(f"{i}. {nm} / {passport('NP')} / {ymd(dob(2002, 2005), '-')}" for i, nm in enumerate(
    ["SHARMA BIKASH", "THAPA RAJESH", "BHATTARAI SUSHMA", "KC NABIN", "POUDEL AASHISH"], 1))
add(
    expect="pass",
    sender=frm("ukai"),
    to=["Bikram Shrestha <bikram@everest-edu.com.np>"],
    subject="RE: Passport copies for October intake",
    charset="utf-8",
    body=f"""Dear Mr. Bikram,

Thank you. We have received the passport copies of all five applicants and confirmed that
the numbers match the application forms. We will submit the applications on 5 December.

Best regards,
Kenta Ukai

-----Original Message-----
From: Bikram Shrestha <bikram@everest-edu.com.np>
Sent: Tuesday, November 18, 2025 6:41 PM
To: ukai.k@hinode-sangyo.co.jp
Subject: Passport copies for October intake

Dear Mr. Ukai,

Here are the passport details of our five applicants (copies attached in my previous mail):

{_orig}

Regards,
Bikram
Everest Education Consultancy, Kathmandu
""",
    entities=[],
    detectors=[],
    note="passport numbers appear only in the quoted original from the agent; the new text is a receipt",
)

# ---------------------------------------------------------------- 033  stop: forward of a student's mail with her IDs
_zc, _pp = zairyu(), passport("PH")
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["ほしぞらマート 人事部 <jinji@hoshizora-mart.co.jp>"],
    subject="FW: アルバイトの書類について",
    charset="utf-8",
    body=f"""ほしぞらマート株式会社 人事部
ご担当者様

お世話になっております。日の出日本語学院のグエンです。
御社の大久保店で採用いただいた当校の学生から、下記のメールが届きましたので転送いたします。
雇用契約書の作成にお使いください。

---------- Forwarded message ---------
From: Joanna Santos <joanna.santos.ph@gmail.com>
Date: 2025年11月19日(水) 21:14
Subject: アルバイトの書類について
To: nguyen.l@hinode-sangyo.co.jp

グエン先生

こんばんは。ジョアンナです。
ほしぞらマートの人に、在留カードとパスポートの番号をおしえてくださいと言われました。
わたしは日本語でうまく説明できないので、先生から送ってもらえますか。

在留カード番号：{_zc}
パスポート番号：{_pp}
生年月日：2004年2月9日
電話：{mobile()}

よろしくおねがいします。
ジョアンナ・サントス
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward is new text to the employer: a student's residence card and passport numbers",
)

# ---------------------------------------------------------------- 034  pass: statistics by nationality
add(
    expect="pass",
    sender=frm("teshi"),
    to=["日本語教育振興協議会 調査係 <chosa@nihongo-shinko.or.jp>"],
    subject="在籍者数調査（2025年10月1日現在）のご回答",
    charset="iso-2022-jp",
    body=f"""日本語教育振興協議会 調査係 御中

平素より大変お世話になっております。日の出日本語学院 学院長の勅使河原でございます。
標記調査につきまして、下記のとおりご回答申し上げます。

　国籍・地域別在籍者数（2025年10月1日現在）
　　ベトナム　　　　　　 84名
　　ネパール　　　　　　 61名
　　ミャンマー　　　　　 27名
　　中国　　　　　　　　 25名
　　スリランカ　　　　　 18名
　　インドネシア　　　　 14名
　　モンゴル　　　　　　　9名
　　ウズベキスタン　　　　8名
　　その他（5か国）　　　 11名
　　合計　　　　　　　　257名

　2025年3月修了生の進路：大学院 4名、大学 31名、専門学校 58名、就職 12名、帰国 6名

ご査収のほど、よろしくお願い申し上げます。

{sig("teshi", 0)}
""",
    entities=[],
    detectors=[],
    note="aggregate numbers by nationality and career path: no individual",
)

# ---------------------------------------------------------------- 035  stop: a student who is a victim of stalking
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["大久保不動産 賃貸管理部 <chintai@okubo-fudosan.co.jp>"],
    subject="メゾン大久保 203号室の入居者について（ご相談）",
    charset="iso-2022-jp",
    body=f"""大久保不動産株式会社 賃貸管理部
薬袋様

いつもお世話になっております。日の出日本語学院の真柴です。
当校が連帯保証人となっているメゾン大久保203号室のバンダラ・チャマラさん（男性）ですが、
以前のアルバイト先の元同僚からつきまといの被害を受けており、先週、戸塚警察署に被害届を提出しました。
警察からはしばらく自宅周辺の見回りを強化すると聞いております。

つきましては、オートロックの暗証番号の変更と、ポストの名札を外す対応をお願いできませんでしょうか。
また、不審な人物が本人の部屋を訪ねてきた場合は、当校にもご一報いただけますと幸いです。

{sig("mashiba", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student who has been a crime victim (被害届): 要配慮個人情報 to the landlord",
)

# ---------------------------------------------------------------- 036  pass: brochure PDF to a new agent
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Bandung Nihongo Center <info@bandung-nihongo.co.id>"],
    subject="School brochure 2026 and agency partnership",
    charset="utf-8",
    body=f"""Dear Mr. Hendra,

It was a pleasure to meet you at the Japan Education Fair in Bandung.
As promised, I attach our school brochure for 2026. Our office contacts for agents are:

  Admissions (English)   : Shunsuke Okuma, okuma.s@hinode-sangyo.co.jp
  Visa / documents       : Kenta Ukai, ukai.k@hinode-sangyo.co.jp
  Housing                : Kayo Mashiba, mashiba.k@hinode-sangyo.co.jp
  Main office            : +81-3-5937-2218 (weekdays 9:00-18:00 JST)

We currently work with agents in seven countries and would be glad to welcome students
from West Java.

Best regards,

{sig_en("okuma")}

{DISCLAIMER_EN}
""",
    attachments=[{"kind": "pdf", "name": "Hinode_JLI_brochure_2026_EN.pdf", "title": "Hinode JLI 2026",
                  "lines": ["Hinode Japanese Language Institute 2026",
                            "Courses: 2-year / 1.5-year / 1-year (University preparation)",
                            "Class size: max. 20 students, JLPT N5 to N1",
                            "Results 2025: JLPT N2 pass rate 58%, university admission 31 students",
                            "Dormitories: 3 buildings, furnished, Wi-Fi, 4-9 minutes on foot",
                            "Contact: admissions@hinode-sangyo.co.jp / +81-3-5937-2218"]}],
    entities=[],
    detectors=[],
    note="brochure and staff business contacts to a prospective agent, with the disclaimer",
)

# ---------------------------------------------------------------- 037  stop: disability accommodation request to the JLPT office
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["日本語能力試験 関東地区実施委員会 <jlpt-kanto@jlpt-moshikomi.or.jp>"],
    subject="受験上の配慮申請について（団体申込 日の出日本語学院）",
    charset="iso-2022-jp",
    body=f"""日本語能力試験 関東地区実施委員会
受験上の配慮 ご担当者様

いつもお世話になっております。日の出日本語学院の廿日出です。
12月試験に団体申込をしている当校学生1名について、受験上の配慮をお願いしたくご連絡いたしました。

　氏名：ガンボルド・テムーレン（GANBOLD TEMUULEN）
　受験レベル：N2
　生年月日：2003年8月14日
　障害の状況：感音性難聴（両耳、身体障害者手帳4級相当の診断あり）。補聴器を使用。
　希望する配慮：聴解試験の際、スピーカーに近い最前列の座席、補聴器の使用許可

母国の医師の診断書（英訳付き）は郵送いたします。
申請様式に不足がありましたらご教示ください。

{sig("hatsu", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named student's disability and diagnosis (要配慮) with DOB, to the test organiser",
)

# ---------------------------------------------------------------- 038  pass: the word 社外秘 only mentioned
add(
    expect="pass",
    sender=frm("hatsu"),
    to=["武蔵野国際大学 国際交流センター 月見里様 <yamanashi@musashino-kokusai.ac.jp>"],
    subject="Re: 日本語学校からの進学実績データについて",
    charset="iso-2022-jp",
    body=f"""武蔵野国際大学 国際交流センター
月見里様

お世話になっております。日の出日本語学院の廿日出です。
ご依頼の「学生別の進学先一覧」は、当校では社外秘扱いの資料のため、そのままお送りすることが
できません。申し訳ございません。代わりに、公表している範囲の数字をお伝えいたします。

　2025年3月修了生：大学進学 31名（うち貴学 4名）、専門学校 58名
　2024年3月修了生：大学進学 27名（うち貴学 3名）、専門学校 62名

学生別のデータが必要な場合は、本人の同意書を取ったうえで個別にご相談させてください。

{sig("hatsu", 1)}
""",
    entities=[],
    detectors=[],
    note="社外秘 is only mentioned (why a file is not sent); no marking, only aggregate figures",
)

# ---------------------------------------------------------------- 039  stop: religion list to a dormitory operator
_rel = [["部屋", "氏名", "国籍", "宗教", "配慮事項"]]
for room, nm, nat, rel, care in [
        ("A-201", "ラフマン・タンビル", "バングラデシュ", "イスラム教", "1日5回の礼拝、金曜昼は外出、豚肉・アルコール不可"),
        ("A-202", "イスラム・ヌスラット", "バングラデシュ", "イスラム教", "礼拝、ヒジャブ着用、ラマダン中は食事時間変更"),
        ("A-305", "リズキー・プラタマ", "インドネシア", "イスラム教", "礼拝場所の確保、ハラール食"),
        ("B-110", "シャルマ・ビカシュ", "ネパール", "ヒンドゥー教", "牛肉不可、ダサイン期間の帰省"),
        ("B-112", "ラスタモフ・ジャスル", "ウズベキスタン", "イスラム教", "豚肉不可"),
        ("B-208", "ティダー・ウィン", "ミャンマー", "仏教（上座部）", "特になし（寺院への外出あり）")]:
    _rel.append([room, nm, nat, rel, care])
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["グリーンドーミー 運営部 <unei@green-dormy.co.jp>"],
    subject="新寮への入居者の宗教上の配慮事項",
    charset="utf-8",
    body=f"""グリーンドーミー株式会社 運営部
ご担当者様

お世話になっております。日の出日本語学院 寮担当の真柴です。
1月から貴社の「グリーンドーミー高田馬場」に入居する学生のうち、宗教上の配慮が必要な学生を
まとめました。食堂のメニューと共用スペース（礼拝場所）のご準備の参考にしてください。

{table(_rel)}

ご不明な点はお気軽にお問い合わせください。

{sig("mashiba", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 named students with their religion (信条, 要配慮個人情報) to a dormitory operator",
)

# ---------------------------------------------------------------- 040  either: halal meal for one named student
add(
    expect="either",
    sender=frm("hojo"),
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="校外学習（12/12）お弁当のご注文と特別食について",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 ケータリング事業部
ご担当者様

お世話になっております。日の出日本語学院 教務の北条です。
12月12日（金）の校外学習（鎌倉）のお弁当を、下記のとおり注文いたします。

　通常弁当（幕の内）：58個
　ベジタリアン弁当：3個
　ハラール対応弁当：1個（上級1クラス　イスラム・ヌスラットさん用）
　お届け：12月12日 8:30　新宿校1階ロビー

ハラール対応のものはほかのお弁当と分けて、名札を付けていただけますと助かります。

{sig("hojo", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a halal meal for a named student implies her religion; a catering order a privacy officer could judge either way",
)

# ---------------------------------------------------------------- 041  stop: PDF list with addresses to the ward office
_pdf = [["氏名", "国籍", "生年月日", "住所（転入先）", "在留期間満了日"]]
for nm, nat, adr in [("NGUYEN VAN HUNG", "ベトナム", "東京都新宿区大久保一丁目9-30 日の出寮大久保 204"),
                     ("PHAM MINH TUAN", "ベトナム", "東京都新宿区大久保一丁目9-30 日の出寮大久保 207"),
                     ("TRAN THI MAI", "ベトナム", "東京都新宿区百人町三丁目21-14 日の出寮百人町 311"),
                     ("VO THI HONG NHUNG", "ベトナム", "東京都新宿区百人町三丁目21-14 日の出寮百人町 312"),
                     ("KC NABIN", "ネパール", "東京都新宿区北新宿四丁目6-18 コーポ柏木 102"),
                     ("BHATTARAI SUSHMA", "ネパール", "東京都中野区中央二丁目40-7 ハイツ中野 3F")]:
    _pdf.append([nm, nat, ymd(dob(2001, 2006)), adr, "2027/10/14"])
add(
    expect="stop",
    sender=frm("ukai"),
    to=["新宿区役所 国民健康保険課 <kokuho-madoguchi@shinjuku-kuyakusho.lg.jp>"],
    subject="留学生の国民健康保険 一括加入手続きについて（日の出日本語学院）",
    charset="iso-2022-jp",
    body=f"""新宿区役所 国民健康保険課
留学生窓口ご担当者様

いつもお世話になっております。日の出日本語学院の鵜飼です。
10月期入学生のうち、転入届を済ませた6名の国民健康保険加入手続きについて、
事前に一覧をお送りいたします。11月27日（木）午後に学生を引率して窓口に伺います。

添付のPDFに氏名・生年月日・住所を記載しております。ご確認のほどお願いいたします。

{sig("ukai", 0)}
""",
    attachments=[{"kind": "pdf", "name": "国保加入予定者一覧_10月期.pdf",
                  "lines": ["国民健康保険 加入予定者一覧（日の出日本語学院 2025年10月期入学生）", ""],
                  "table": _pdf}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of 6 students with DOB and home addresses to a ward office",
)

# ---------------------------------------------------------------- 042  pass: print order to the partner printer
add(
    expect="pass",
    sender=frm("hoashi"),
    to=["錦印刷 営業部 一口様 <imoarai@nishiki-insatsu.co.jp>"],
    subject="学校案内パンフレット 増刷のご発注（注文番号 PO-25-1193）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 営業部
一口様

いつもお世話になっております。日の出産業 日本語教育事業部の帆足です。
学校案内パンフレットの増刷を下記のとおり発注いたします。

　注文番号　：PO-25-1193
　品名　　　：日の出日本語学院 学校案内2026（A4・16頁・中綴じ）
　　　　　　　日本語版 3,000部／英語版 2,000部／ベトナム語版 1,500部／ネパール語版 1,000部
　単価　　　：42.5円（お見積書 No.NI-2510-0884 のとおり）
　納期　　　：2026年1月16日（金）
　納品先　　：新宿校 4階 事務室

前回（注文番号 PO-25-0712）と同じ版で、裏表紙の電話番号のみ修正をお願いします。

{sig("hoashi", 0)}
""",
    entities=[],
    detectors=[],
    note="a purchase order with order and quotation numbers: ordinary business",
)

# ---------------------------------------------------------------- 043  stop: DOCX table for the JLPT group application
_jl = [["No.", "氏名（ローマ字）", "生年月日", "国籍", "レベル", "メールアドレス"]]
for i, (nm, nat, mail) in enumerate([
        ("GURUNG SITA", "ネパール", "sita.gurung.np@gmail.com"),
        ("THAPA RAJESH", "ネパール", "rajesh.thapa22@gmail.com"),
        ("RAI SUNITA", "ネパール", "sunita_rai@yahoo.co.jp"),
        ("ENKHJARGAL NOMIN", "モンゴル", "nomin.enkh@gmail.com"),
        ("RAHMAN TANVIR", "バングラデシュ", "tanvir.rahman.bd@outlook.jp"),
        ("AYU RAHMAWATI", "インドネシア", "ayu.rahma.jp@yahoo.co.jp"),
        ("TOSHMATOV BEKZOD", "ウズベキスタン", "bekzod.t@icloud.com"),
        ("DELA CRUZ PAOLO", "フィリピン", "paolo.dc.jp@gmail.com")], 1):
    _jl.append([str(i), nm, ymd(dob(2000, 2006)), nat, rng.choice(["N3", "N2", "N2", "N1"]), mail])
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["日本語能力試験 受付センター <dantai@jlpt-moshikomi.or.jp>"],
    subject="2026年7月試験 団体申込（日の出日本語学院）",
    charset="iso-2022-jp",
    body=f"""日本語能力試験 受付センター
団体申込ご担当者様

お世話になっております。日の出日本語学院の廿日出です。
2026年7月試験の団体申込者一覧（第1次・8名）を添付にてお送りいたします。
受験料は本日、指定口座へ振り込みました（振込名義：ヒノデニホンゴガクイン）。

{sig("hatsu", 0)}
""",
    attachments=[{"kind": "docx", "name": "JLPT2026-07_団体申込者一覧_第1次.docx",
                  "paragraphs": ["日本語能力試験 2026年第1回 団体申込者一覧", "申込団体：日の出日本語学院（団体番号 G-13-0482）"],
                  "tables": [_jl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 8 candidates with DOB and private e-mail to the test organiser",
)

# ---------------------------------------------------------------- 044  pass: internal forward of an agent's list
_ag = "\n".join(f"{nm}, {ymd(dob(2003, 2006), '-')}, {passport('LK')}, +94 7{rng.randint(10000000, 99999999)}"
                for nm in ["WICKRAMASINGHE THARUSHI", "PERERA KASUN", "FERNANDO NIMASHA", "SILVA RAVINDU",
                           "DISSANAYAKE HASINI"])
add(
    expect="pass",
    sender=frm("okuma"),
    to=["鵜飼 健太 <ukai.k@hinode-sangyo.co.jp>"],
    cc=["nihongo-office@mail.hinode-sangyo.co.jp"],
    subject="FW: Applicants for April 2026 (Lanka Nihongo)",
    charset="utf-8",
    body=f"""鵜飼さん

ランカ日本語センターから4月期の申請者リストが届いたので転送します。
旅券番号の桁数が1名おかしい気がするので、COE申請前に確認をお願いします。

大隈

---------- Forwarded message ---------
From: Nimal Wickramasinghe <nimal@lanka-nihongo.lk>
Date: Wed, 19 Nov 2025 14:22 +0530
Subject: Applicants for April 2026

Dear Mr. Okuma,

Name, DOB, Passport, Mobile
{_ag}

Regards,
Nimal
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=[],
    note="a forwarded applicant list with passports, but only to internal addresses (mail. subdomain)",
)

# ---------------------------------------------------------------- 045  stop: ZIP (no password) with arrivals and passports
_ar = [["Name", "Passport", "DOB", "Flight", "Arrival", "Dormitory"]]
for nm, c in [("NGUYEN VAN HUNG", "VN"), ("TRAN THI MAI", "VN"), ("LE HOANG PHUC", "VN"),
              ("PHAM MINH TUAN", "VN"), ("DANG QUOC BAO", "VN"), ("BUI THI THU HA", "VN")]:
    _ar.append([nm, passport(c), ymd(dob(2001, 2005), "-"), rng.choice(["VN300", "VJ822"]),
                "2026-04-02 " + rng.choice(["06:55 NRT", "07:40 NRT"]), rng.choice(["Okubo", "Hyakunincho"])])
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["スカイライン送迎サービス <yoyaku@skyline-sougei.co.jp>"],
    subject="4月2日 成田着 ベトナム学生6名の送迎（名簿添付）",
    charset="iso-2022-jp",
    body=f"""スカイライン送迎サービス
予約センター御中

お世話になっております。日の出日本語学院の真柴です。
4月2日成田着の学生6名の送迎をお願いいたします。
到着ロビーでの本人確認用に、旅券番号入りの名簿をZIPにまとめて添付しました。

{sig("mashiba", 0)}
""",
    attachments=[{"kind": "zip", "name": "arrival_0402_VN.zip",
                  "files": [{"kind": "csv", "name": "arrival_0402_VN.csv", "encoding": "utf-8", "rows": _ar},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "ベトナム航空・ベトジェットの2便に分かれています。\n寮の鍵は真柴が持参します。"}]}],
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a plain ZIP holding a CSV of 6 students with passport numbers and DOB, to a transport company",
)

# ---------------------------------------------------------------- 046  pass: EMS tracking numbers per agent
add(
    expect="pass",
    sender=frm("ukai"),
    to=["海外エクスプレス 法人窓口 <hojin@kaigai-express.co.jp>"],
    subject="EMS配達状況の確認のお願い（在留資格認定証明書 送付分）",
    charset="iso-2022-jp",
    body=f"""海外エクスプレス株式会社
法人窓口ご担当者様

お世話になっております。日の出日本語学院の鵜飼です。
11月14日に発送した下記EMSのうち、2件の追跡情報が「引受」のまま更新されておりません。
配達状況をご確認いただけますでしょうか。

　追跡番号　　　　　宛先（代理店）　　　　　　　　　状況
　EN 482 913 775 JP　Vietstar Study（ハノイ）　　　　配達済
　EN 482 913 789 JP　Saigon Bridge（ホーチミン）　　 配達済
　EN 482 913 792 JP　Everest Education（カトマンズ）　引受のまま ★
　EN 482 913 801 JP　Lanka Nihongo（コロンボ）　　　 引受のまま ★
　EN 482 913 815 JP　Hikari Education（ヤンゴン）　　通関中

法人契約番号：KX-110482

{sig("ukai", 1)}
""",
    entities=[],
    detectors=[],
    note="tracking numbers addressed to agencies (businesses): no personal data",
)

# ---------------------------------------------------------------- 047  stop: forwarded mail (attached .eml) with an applicant list
_inner = "\n".join(f"{i}) {nm} - DOB {dmy(dob(2002, 2006))} - PP {passport('MM')} - Tel +95 9 {rng.randint(100000000, 999999999)}"
                   for i, nm in enumerate(["AUNG KO KO", "THANDAR WIN", "ZAW MIN HTET", "MAY THU KYAW",
                                           "HTET NAING LIN", "SU MYAT NOE", "KYAW ZIN OO"], 1))
add(
    expect="stop",
    sender=frm("ukai"),
    to=["横浜行政書士事務所 <info@yokohama-gyosei.jp>"],
    subject="転送：ミャンマー申請者の件（ご相談）",
    charset="iso-2022-jp",
    body=f"""横浜行政書士事務所
四月一日先生

突然のご連絡失礼いたします。日の出日本語学院の鵜飼です。
白川法律事務所の十河先生からご紹介いただきました。
ミャンマーの代理店から届いたメールを添付いたします。7名の申請について、経費支弁者が全員同一人物
となっており、審査上問題がないかご意見を伺えますでしょうか。

{sig("ukai", 0)}
""",
    attachments=[{"kind": "eml", "name": "Applicants_Myanmar_Oct2026.eml", "message": {
        "sender": "Hikari Education Yangon <info@yangon-hikari.com>",
        "to": ["ukai.k@hinode-sangyo.co.jp"],
        "subject": "Applicants for October 2026",
        "charset": "utf-8",
        "body": f"""Dear Mr. Ukai,

Please find below our applicants for October 2026. The sponsor of all seven is
Mr. U Myint Swe (businessman, Mandalay).

{_inner}

Best regards,
Hikari Education
""",
    }}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an agent's mail with 7 applicants (DOB, passport, phone) forwarded as an attached .eml to a new office",
)

# ---------------------------------------------------------------- 048  pass: bank account-opening session with the partner bank
add(
    expect="pass",
    sender=frm("nguyen"),
    to=["みどり銀行 新宿支店 法人営業課 <shinjuku-hojin@midori-ginko.co.jp>"],
    subject="留学生向け口座開設説明会の開催について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 新宿支店 法人営業課
石動様

いつもお世話になっております。日の出日本語学院 学生支援のグエンです。
4月期入学生向けの口座開設説明会を、今年も当校で開催させていただけますでしょうか。

　候補日：2026年4月9日（木）または10日（金）13:30〜15:30
　会場：新宿校 5階ホール
　対象：4月期入学生 約80名（入国後6か月未満の学生を含む）
　言語：やさしい日本語＋当校スタッフによるベトナム語・ネパール語通訳

入国後6か月未満の学生の口座開設に必要な書類（在学証明書の様式など）について、
最新の取扱いを事前に教えていただけますと助かります。

{sig("nguyen", 0)}
""",
    entities=[],
    detectors=[],
    note="a session with the partner bank: dates and head counts, no individual",
)

# ---------------------------------------------------------------- 049  stop: one block per student for apartment contracts
_blocks = []
for nm, nat in [("ジャヤシンハ・ディラン", "スリランカ"), ("ガンボルド・テムーレン", "モンゴル"),
                ("オドゲレル・サルナイ", "モンゴル"), ("ホサイン・ラキブ", "バングラデシュ"), ("ペレラ・カスン", "スリランカ")]:
    d = dob(2001, 2005)
    _blocks.append(f"【{nm}】\n国籍：{nat}\n生年月日：{d[0]}年{d[1]}月{d[2]}日\n"
                   f"在留カード番号：{zairyu()}\n携帯：{mobile()}\n希望：1K、家賃6万円以内、高田馬場〜大久保")
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["大久保不動産 賃貸仲介 <chukai@okubo-fudosan.co.jp>"],
    subject="修了後にアパートへ移る学生5名（入居審査用）",
    charset="utf-8",
    body=f"""大久保不動産株式会社 賃貸仲介ご担当　薬袋様

いつもお世話になっております。日の出日本語学院の真柴です。
3月で寮を退去し、4月から専門学校に進学する学生5名のお部屋探しをお願いいたします。
入居審査に必要とのことでしたので、在留カード番号も記載しております。

""" + "\n\n".join(_blocks) + f"""

保証会社はいつもの「あんしん保証」でお願いできればと思います。

{sig("mashiba", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five students in one block each with DOB, residence card and mobile, to an estate agent",
)

# ---------------------------------------------------------------- 050  pass: general residence-card guidance to one student
add(
    expect="pass",
    sender=frm("ukai"),
    to=["tanvir-bd.0307@docomo.ne.jp"],
    subject="じゅうしょが かわったときの てつづき",
    charset="iso-2022-jp",
    body=f"""ラフマン・タンビルさん

じむしつの 鵜飼です。しつもん ありがとう ございます。

ひっこしを したときは、あたらしい じゅうしょに すんでから 14日いないに、
くやくしょ（または しやくしょ）で 「転入届（てんにゅうとどけ）」を だして ください。
そのとき 在留カードを もっていくと、カードの うらに あたらしい じゅうしょを かいて くれます。

・もっていく もの：在留カード、パスポート、まえの くやくしょで もらった 「転出証明書」
・国民健康保険の じゅうしょ へんこうも おなじ まどぐちで できます。
・学校にも あたらしい じゅうしょを おしえて ください（じむしつの ようしに かいて ください）。

在留カードの 番号を メールに かかないで くださいね。まどぐちで みせれば だいじょうぶです。

鵜飼（じむしつ）
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="general procedure advice to one student's carrier address; no number, no address of his",
)

# ---------------------------------------------------------------- 051  stop: bullets with full-width phones and mails
_bl = []
for nm, mail in [("シャルマ・ビカシュ", "bikash.sharma05@gmail.com"), ("アディカリ・ロジナ", "rojina.adk@gmail.com"),
                 ("ワン・ハオラン", "wang.haoran.jp@gmail.com"), ("カリモワ・ディルノザ", "dilnoza.k@outlook.jp"),
                 ("サントス・ジョアンナ", "joanna.santos.ph@gmail.com")]:
    _bl.append(f"・{nm}　ＴＥＬ：{fw(mobile())}　Ｍａｉｌ：{mail}")
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["北国フーズ 人事部 採用課 <saiyo@kitaguni-foods.co.jp>"],
    subject="新店舗オープニングスタッフ 応募者のご連絡",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社 人事部 採用課
ご担当者様

お世話になっております。日の出日本語学院のグエンです。
高田馬場の新店舗オープニングスタッフに、当校から以下の5名が応募を希望しております。

""" + "\n".join(_bl) + f"""

全員、資格外活動許可を取得済みで、日本語はN3以上です。
面接のご連絡は各自へ直接お願いいたします。

{sig("nguyen", 0)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="「・」 bullets of five students with full-width phone numbers and private e-mail, to an employer",
)

# ---------------------------------------------------------------- 052  pass: room allocation in numbers only
add(
    expect="pass",
    sender=frm("mashiba"),
    to=["メゾン管理 川口営業所 <kawaguchi@mezon-kanri.co.jp>"],
    subject="川口ハイツ 4月期の部屋割り（人数のみ）",
    charset="iso-2022-jp",
    body=f"""メゾン管理株式会社 川口営業所
百目鬼様

お世話になっております。日の出日本語学院の真柴です。
4月期の川口ハイツの部屋割り（予定）をお知らせします。

　2階（女子フロア）　201〜208号室：8室・8名（うち2室は継続入居）
　3階（男子フロア）　301〜310号室：10室・10名（305号室は4月10日入居）
　4階（男子フロア）　401〜406号室：6室・5名（406号室は空室のまま）

入居者の氏名は入国が確定してから（3月下旬）お送りします。
各部屋の鍵の交換と、エアコンのフィルター清掃を3月中にお願いいたします。

{sig("mashiba", 2)}
""",
    entities=[],
    detectors=[],
    note="room allocation by floor and head count: no names, no personal data",
)

# ---------------------------------------------------------------- 053  stop: hyphen-for-dot look-alike of the internal subdomain
_att = [["学籍番号", "氏名", "11月出席率", "累計出席率", "携帯"]]
for sid, nm in [("N25-0101", "ヴォー・ティ・ホン・ニュン"), ("N25-0104", "ゴー・ティ・キム・ガン"),
                ("N25-0109", "カーシー・ナビン"), ("N25-0112", "タン・ピューピュー"), ("N25-0118", "スン・メイチー"),
                ("N25-0120", "イェン・ダワー")]:
    _att.append([sid, nm, f"{rng.randint(55, 99)}%", f"{rng.randint(70, 98)}%", mobile()])
add(
    expect="stop",
    sender=frm("hojo"),
    to=["廿日出 亮 <hatsukade.r@school-hinode-sangyo.co.jp>"],
    subject="11月出席状況（初級3クラス）",
    charset="iso-2022-jp",
    body=f"""廿日出先生

北条です。初級3クラスの11月の出席状況です。面談の際にお使いください。

{table(_att)}

スンさんは12月から川口校に移ります。
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="school-hinode-sangyo.co.jp (hyphen for the dot of school.hinode-sangyo.co.jp) is external: a look-alike",
)

# ---------------------------------------------------------------- 054  pass: internal forward with guarantor data
add(
    expect="pass",
    sender=frm("mashiba"),
    to=["帆足 由紀 <hoashi.y@hinode-sangyo.co.jp>"],
    subject="FW: 連帯保証人の変更届（チャン・ティ・マイさん）",
    charset="iso-2022-jp",
    body=f"""帆足さん

寮費の引落し口座の件と一緒に確認をお願いします。保証人の変更届が本人経由で届きました。

真柴

-----Original Message-----
差出人: 小林 正道 <m-kobayashi1962@yahoo.co.jp>
送信日時: 2025年11月17日 20:05
宛先: mashiba.k@hinode-sangyo.co.jp
件名: 連帯保証人の変更届

日の出日本語学院 真柴様

チャン・ティ・マイさんの連帯保証人を、本日から私が引き受けることになりました。
　氏名：小林 正道（こばやし まさみち）
　生年月日：昭和37年5月20日
　住所：〒173-0004 東京都板橋区板橋三丁目41-9
　電話：{fw(mobile())}
　勤務先：株式会社コバヤシ精機（代表取締役）
よろしくお願いいたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="a guarantor's details forwarded between two internal staff only",
)

# ---------------------------------------------------------------- 055  stop: guarantors list with 和暦 dates to a guarantee company
_gu = [["学生氏名", "保証人氏名", "続柄", "保証人生年月日", "保証人住所", "保証人電話"]]
for st, gu, rel, adr in [
        ("ワン・ハオラン", "高 建華", "叔父", "東京都江戸川区西葛西六丁目8-11-504"),
        ("リー・ジアイー", "上原 敏江", "知人", "神奈川県川崎市中原区小杉町二丁目276-3"),
        ("レ・ホアン・フック", "グエン・ヴァン・ティエン", "兄", "埼玉県川口市芝新町19-6 ハイム芝 201"),
        ("アディカリ・ロジナ", "阿部 一輝", "元雇用主", "東京都豊島区南大塚一丁目33-2"),
        ("チェン・スーユエン", "陳 志強", "叔父", "千葉県松戸市常盤平三丁目14-8"),
        ("ダン・クオック・バオ", "鈴木 ハル子", "知人", "東京都新宿区下落合二丁目5-17")]:
    gy = rng.choice([("昭和", rng.randint(30, 63)), ("平成", rng.randint(1, 5))])
    _gu.append([st, gu, rel, f"{gy[0]}{gy[1]}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", adr, mobile()])
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="緊急連絡先・連帯保証人一覧（法人契約 No.AH-30218）",
    charset="cp932",
    body=f"""あんしん保証株式会社 審査部 御中

お世話になっております。日の出日本語学院の真柴です。
法人契約（No.AH-30218）で保証をお願いしている学生6名について、保証人情報の更新分をお送りします。

{table(_gu, gap=2, rule="=")}

ご確認のほどよろしくお願いいたします。

{sig("mashiba", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 guarantors with 和暦 DOB, home addresses and phones, to a guarantee company",
)

# ---------------------------------------------------------------- 056  pass: three addresses, two organisations
add(
    expect="pass",
    sender=frm("ukai"),
    to=["Pham Thu Trang <trang.pt@vietstar-study.com>", "Le Quang Vinh <vinh.lq@vietstar-study.com>"],
    cc=["sogo@shirakawa-law.jp"],
    subject="Re: Translation format for the sponsor's income certificate",
    charset="utf-8",
    body=f"""Dear Ms. Trang, Mr. Vinh,

Thank you for the sample translation. Mr. Sogo (cc) checked it and has two comments:

  1. The translator's name, address and signature must appear at the end of each translation.
  2. Please translate the seal text of the People's Committee as well, not only the body.

From the April 2026 intake, please use the corrected template attached to my mail of
12 November. We will send back any translation in the old format.

Best regards,
Kenta Ukai

{sig_en("ukai")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three external addresses but only two organisations (agent + law office): a normal three-way mail",
)

# ---------------------------------------------------------------- 057  stop: scholarship accounts to the bank
_bk = []
for nm, kana in [("NGO THI KIM NGAN", "ゴ- テイ キム ガン"), ("SHARMA BIKASH", "シヤルマ ビカシユ"),
                 ("LI JIAYI", "リ- ジアイ-"), ("ENKHJARGAL NOMIN", "エンフジヤルガル ノミン"),
                 ("PERERA KASUN", "ペレラ カスン")]:
    _bk.append(f"{nm}\tみどり銀行 {rng.choice(['新宿支店(101)', '高田馬場支店(118)', '川口支店(342)'])}\t"
               f"普通 {rng.randint(1000000, 9999999)}\t{kana}\t50,000")
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["みどり銀行 新宿支店 法人営業課 <shinjuku-hojin@midori-ginko.co.jp>"],
    subject="学院奨学金（12月支給分）振込依頼",
    charset="iso-2022-jp",
    body=f"""みどり銀行 新宿支店 法人営業課
ご担当者様

いつもお世話になっております。日の出産業 日本語教育事業部 経理の帆足です。
学院奨学金の12月支給分について、下記のとおり振込をお願いいたします。
振込元は当社口座（新宿支店 当座 0048817）です。

氏名\t振込先\t口座\t口座名義（カナ）\t金額
""" + "\n".join(_bk) + f"""

振込指定日：2025年12月10日
合計：250,000円

{sig("hoashi", 0)}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five students' personal bank accounts, even if sent to the partner bank for payment",
)

# ---------------------------------------------------------------- 058  pass: XLSX of courses and fees, several sheets
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Doan Minh Chau <chau.dm@saigon-bridge.edu.vn>"],
    subject="Course and fee table 2026-2027 (Excel)",
    charset="utf-8",
    body=f"""Dear Ms. Chau,

As requested, here is our course and fee table for 2026-2027 in Excel, with a sheet for
each intake and one for the dormitories. You may translate it into Vietnamese for your
seminars; please keep the amounts unchanged.

Best regards,

{sig_en("okuma")}
""",
    attachments=[{"kind": "xlsx", "name": "Hinode_courses_fees_2026-2027.xlsx", "title": "Courses and fees",
                  "sheets": {
                      "April 2026": [["April 2026 intake (2-year course)"], [],
                                     ["Item", "JPY", "Due"],
                                     ["Screening fee", 22000, "with application"],
                                     ["Admission fee", 55000, "after COE"],
                                     ["Tuition year 1", 660000, "after COE"],
                                     ["Tuition year 2", 660000, "by 2027-02-28"]],
                      "October 2026": [["October 2026 intake (1.5-year course)"], [],
                                       ["Item", "JPY", "Due"],
                                       ["Screening fee", 22000, "with application"],
                                       ["Admission fee", 55000, "after COE"],
                                       ["Tuition (1.5 years)", 990000, "in 2 instalments"]],
                      "Dormitories": [["Dormitory", "Room", "Monthly JPY", "Walk to school"],
                                      ["Hyakunincho (women)", "twin", 33000, "6 min"],
                                      ["Okubo (men)", "twin", 31000, "9 min"],
                                      ["Kawaguchi Heights", "single", 36000, "4 min"]]}}],
    entities=[],
    detectors=[],
    note="an Excel fee table with several sheets and title rows: prices, no people",
)

# ---------------------------------------------------------------- 059  stop: basic pension number of one student
add(
    expect="stop",
    sender=frm("ukai"),
    to=["新宿区役所 国民年金係 <nenkin@shinjuku-kuyakusho.lg.jp>"],
    subject="学生納付特例申請の件（問い合わせ）",
    charset="iso-2022-jp",
    body=f"""新宿区役所 国民年金係 ご担当者様

お世話になっております。日の出日本語学院の鵜飼です。
先月窓口で学生納付特例を申請した当校の学生について、本人宛に納付書が届いたと相談がありました。
申請が受理されているかご確認いただけますでしょうか。

　氏名：バット・エルデネ・ツォグト（BAT-ERDENE TSOGT）
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　申請日：2025年10月24日（当校職員付き添い）

本人は日本語での電話対応が難しいため、回答は当校宛にいただけますと幸いです。

{sig("ukai", 0)}
""",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one student's 基礎年金番号 in the body, to the ward office",
)

# ---------------------------------------------------------------- 060  pass: blank application form template
add(
    expect="pass",
    sender=frm("ukai"),
    to=["Batbayar Oyunaa <oyunaa@ulaan-study.mn>"],
    subject="入学願書の新様式（2026年10月期から）",
    charset="utf-8",
    body=f"""Ulaan Study Center
Oyunaa様

お世話になっております。日の出日本語学院の鵜飼です。
2026年10月期から入学願書の様式が変わりますので、空欄の様式をお送りします。
主な変更点は「学歴欄の卒業証明書番号」と「経費支弁者の職業欄」の追加です。
旧様式でご提出いただいた場合は、書き直しをお願いすることになりますのでご注意ください。

{sig("ukai", 0)}
""",
    attachments=[{"kind": "docx", "name": "入学願書_2026年10月期_様式.docx",
                  "paragraphs": ["日の出日本語学院 入学願書 / Application for Admission",
                                 "記入日 Date：　　年　　月　　日"],
                  "tables": [[["項目 Item", "記入欄"],
                              ["氏名 Full name（旅券どおり）", ""],
                              ["生年月日 Date of birth", "　　年　　月　　日"],
                              ["国籍 Nationality", ""],
                              ["旅券番号 Passport No.", ""],
                              ["現住所 Address", ""],
                              ["電話番号 Phone", ""],
                              ["経費支弁者 氏名・職業 Sponsor", ""]]]}],
    entities=[],
    detectors=[],
    note="an empty application form: field labels only, nobody's data",
)

# ---------------------------------------------------------------- 061  stop: health insurance card number of one student
add(
    expect="stop",
    sender=frm("shoji"),
    to=["大久保内科クリニック 受付 <uketsuke@okubo-naika.jp>"],
    subject="本日受診した当校学生の保険証情報について",
    charset="iso-2022-jp",
    body=f"""大久保内科クリニック
受付ご担当者様

お世話になっております。日の出日本語学院 保健担当の東海林です。
本日午前に受診した当校の学生が、保険証を寮に忘れたため10割負担でお支払いしたと聞きました。
学校で保管している写しから、保険証の情報をお知らせいたします。

　氏名：ユスポワ・マディナ（YUSUPOVA MADINA）
　生年月日：2004年3月27日
　保険者：新宿区国民健康保険
　記号：{fw('13-52')}　番号：{fw(str(rng.randint(100000, 999999)))}

差額の返金手続きについて、本人が明日あらためて伺いますのでよろしくお願いいたします。

{sig("shoji", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one student's 国民健康保険 記号・番号 (full-width) with DOB, to a clinic",
)

# ---------------------------------------------------------------- 062  pass: health check day notice to one student
add(
    expect="pass",
    sender=frm("shoji"),
    to=["Hossain Rakib <rakib.hossain.jp@yahoo.co.jp>"],
    subject="けんこうしんだん の ひ（やすんだ ひと）",
    charset="iso-2022-jp",
    body=f"""ホサイン・ラキブさん

ほけんしつの 東海林です。
11月11日の けんこうしんだんの ひに、あなたは やすみでした。
けんこうしんだんは みんな かならず うけます。べつの ひに うけて ください。

・ひにち：12月3日（水）　10時
・ばしょ：百人町クリニック（学校の となりの ビル 2かい）
・もっていく もの：保険証（ほけんしょう）、学生証

あさごはんは たべても だいじょうぶです。
その ひの 1じかんめと 2じかんめの じゅぎょうは、けっせきに なりません。

わからない ことが あったら、ほけんしつに きて ください。

東海林（ほけんしつ）
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="make-up health check date to one student on free mail; no result or diagnosis is written",
)

# ---------------------------------------------------------------- 063  stop: a parent's card number relayed to the payment service
_cc = next_card()
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["Global Pay Gateway Support <support@global-pay-gateway.com>"],
    subject="Failed card payment - application fee, merchant ID HJLI-0932",
    charset="utf-8",
    body=f"""Dear Global Pay Gateway Support,

We are the merchant Hinode Japanese Language Institute (merchant ID HJLI-0932).
The father of one of our applicants tried three times to pay the screening fee (JPY 22,000)
through our online form, and each time the payment failed with error code 05.

He sent us his card details and asked us to check with you. The details are:

  Cardholder : RAJENDRA THAPA
  Card number: {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
  Expiry     : 08/28
  Applicant  : THAPA RAJESH (April 2026 intake)

Could you tell us whether the card was declined by the issuer or blocked by your fraud
filter?

Regards,

{sig_en("hoashi")}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a parent's full credit card number in the body, to a payment service",
)

# ---------------------------------------------------------------- 064  pass: excursion with two organisations
add(
    expect="pass",
    sender=frm("hojo"),
    to=["湘南観光バス 営業所 <eigyo@shonan-kanko-bus.co.jp>"],
    cc=["鎌倉体験工房 予約係 <yoyaku@kamakura-taiken.jp>"],
    subject="12月12日 校外学習（鎌倉）の行程確認",
    charset="iso-2022-jp",
    body=f"""湘南観光バス株式会社 営業所　ご担当者様
（CC：鎌倉体験工房 予約係様）

お世話になっております。日の出日本語学院 教務の北条です。
12月12日（金）の校外学習の行程を、バス会社様・体験工房様の両方にご確認いただきたく、
同じメールでお送りいたします。

　 8:30　新宿校 出発（大型バス2台、学生62名・教職員6名）
　10:30　鎌倉体験工房 到着（鎌倉彫体験 2グループ交代制）
　12:30　昼食（お弁当・バス車内ではなく工房の休憩室をお借りします）
　14:00　鶴岡八幡宮・小町通り 自由散策
　16:30　鎌倉駅 東口ロータリー 出発
　18:30　新宿校 到着・解散

雨天の場合も実施いたします。変更があればご連絡ください。

{sig("hojo", 0)}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for one itinerary: a normal three-way mail",
)

# ---------------------------------------------------------------- 065  stop: volunteer drivers' licence numbers to the insurer
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["ひなた損保 代理店営業部 <dairiten@hinata-sonpo.co.jp>"],
    subject="ボランティア運転者の追加（自動車保険 証券番号 HS-8841-2207）",
    charset="iso-2022-jp",
    body=f"""ひなた損害保険株式会社 代理店営業部
ご担当者様

お世話になっております。日の出産業 日本語教育事業部の帆足です。
校外活動用ワゴン車（証券番号 HS-8841-2207）の運転者に、地域ボランティアの方2名を追加したく、
必要事項をお送りいたします。

1. 鬼頭 房江（きとう ふさえ）
　 生年月日：昭和47年9月3日
　 運転免許証番号：第{rng.randint(30, 30)}{rng.randint(1000000000, 9999999999)}号
　 免許の色：ゴールド

2. 百目鬼 勝（どうめき まさる）
　 生年月日：昭和33年1月29日
　 運転免許証番号：第{rng.randint(10, 50)}{rng.randint(1000000000, 9999999999)}号
　 免許の色：ブルー

運転者年齢条件（26歳以上）の変更は不要と認識しておりますが、ご確認ください。

{sig("hoashi", 0)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="two volunteers' driving licence numbers with 和暦 DOB, to an insurer",
)

# ---------------------------------------------------------------- 066  pass: the words 取扱注意 about a system field
add(
    expect="pass",
    sender="真柴 佳代 <mashiba.k@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="学生管理システム：「取扱注意」フラグの表示について（要望）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出日本語学院の真柴です。
学生管理システム（契約ID TS-NJ-0127）について要望がございます。

学生詳細画面の「取扱注意」フラグが画面右下に小さく表示されており、窓口で気づきにくいとの声が
職員から出ています。フラグがオンの学生は、氏名欄の横に赤いアイコンで表示するよう
変更できますでしょうか。あわせて、CSV出力時にこのフラグの列を含めない設定もご検討ください。

次回の定例会（12月9日）で見積りをいただけますと幸いです。

{sig("mashiba", 1)}
""",
    entities=[],
    detectors=[],
    note="取扱注意 is the name of a system field under discussion, not a marking on the mail",
)

# ---------------------------------------------------------------- 067  stop: 【社外秘】 stamp on the mail itself
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Nimal Wickramasinghe <nimal@lanka-nihongo.lk>"],
    subject="【社外秘】2026年度 募集方針と代理店別目標",
    charset="utf-8",
    body=f"""【社外秘】

Nimal様

お世話になっております。日の出日本語学院の大隈です。
2026年度の募集方針について、貴社担当分の概要をお伝えします。

　・スリランカからの受入目標：4月期 12名、10月期 8名
　・COE交付率が80%を下回った場合、翌期の推薦枠を見直します。
　・代理店手数料：授業料の12% → 2026年10月期から「1年目修了時に追加2%」の成功報酬を導入予定
　・他国代理店の手数料率は開示しておりません。

この内容は他の代理店には共有しないようお願いいたします。

{sig("okuma", 0)}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 in subject and body, sent to an agent",
)

# ---------------------------------------------------------------- 068  pass: English reply, data only under "wrote:"
add(
    expect="pass",
    sender=frm("hatsu"),
    to=["Admissions Office <admissions@musashino-kokusai.ac.jp>"],
    subject="Re: Missing JLPT certificates for two applicants",
    charset="utf-8",
    body=f"""Dear Admissions Office,

Thank you for letting us know. Both students will bring their original JLPT certificates
to your office on Monday 1 December before noon.

Kind regards,
Ryo Hatsukade
Hinode Japanese Language Institute

On Thu, Nov 20, 2025 at 4:12 PM Admissions Office <admissions@musashino-kokusai.ac.jp> wrote:
> Dear Mr. Hatsukade,
>
> For the following applicants we have not yet received the JLPT certificate:
>   - ZHOU BOWEN, born 2002-11-05, application no. MK-2606, tel {mobile()}
>   - SUN MEIQI, born 2003-04-12, application no. MK-2605, tel {mobile()}
>
> Please submit them by 5 December.
>
> Musashino Kokusai University, Admissions Office
""",
    entities=[],
    detectors=[],
    note="the students' data is only in the university's quoted mail; the new text has none",
)

# ---------------------------------------------------------------- 069  stop: CONFIDENTIAL footer on a PDF contract
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Batbayar Oyunaa <oyunaa@ulaan-study.mn>"],
    subject="Agency agreement 2026 - draft for signature",
    charset="utf-8",
    body=f"""Dear Ms. Oyunaa,

Please find attached the draft of our agency agreement for 2026. The main change from 2025
is Article 6 (refunds when a COE is not issued). If you agree, we will send two signed
originals by post.

Best regards,

{sig_en("okuma")}
""",
    attachments=[{"kind": "pdf", "name": "Agency_Agreement_2026_UlaanStudy_draft.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["AGENCY AGREEMENT (DRAFT 2026-11)",
                            "between Hinode Sangyo Co., Ltd. and Ulaan Study Center LLC",
                            "Article 4 Commission: 12% of the first-year tuition actually paid",
                            "Article 6 Refund: if the COE is not issued, the screening fee is not refunded,",
                            "  all other fees are refunded within 30 days",
                            "Article 9 Term: 1 April 2026 - 31 March 2027"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL footer on every page",
)

# ---------------------------------------------------------------- 070  pass: internal To, partner in Cc, ordinary business
add(
    expect="pass",
    sender=frm("hoashi"),
    to=["大隈 俊介 <okuma.s@hinode-sangyo.co.jp>"],
    cc=["錦印刷 一口様 <imoarai@nishiki-insatsu.co.jp>"],
    subject="ネパール語版パンフレットの校正（第2校）",
    charset="iso-2022-jp",
    body=f"""大隈さん
（CC：錦印刷 一口様）

帆足です。錦印刷さんからネパール語版の第2校が届きました。
翻訳者のチェックが済んでいないのは p.6（学費）と p.14（寮）の2か所です。
12月5日までに校了できれば、1月の留学フェアに間に合うとのことです。

一口様、第3校はPDFでいただければ十分です。よろしくお願いいたします。

{sig("hoashi", 3)}
""",
    entities=[],
    detectors=[],
    note="internal To with one partner in Cc about proofreading: nothing sensitive",
)

# ---------------------------------------------------------------- 071  stop: 取扱注意 stamped on the XLSX title row
add(
    expect="stop",
    sender=frm("ukai"),
    to=["sogo@shirakawa-law.jp"],
    subject="更新申請の予定者（1月期限分）",
    charset="iso-2022-jp",
    body=f"""十河先生

お世話になっております。鵜飼です。
1月に在留期限を迎える学生の更新申請予定表をお送りします。
今回は2名のみです。申請日程のご都合をお聞かせください。

{sig("ukai", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "更新申請予定表_2026-01.xlsx",
                  "sheets": {"1月期限": [["【取扱注意】在留期間更新 申請予定表（2026年1月期限）"], [],
                                        ["学籍番号", "氏名", "在留期限", "出席率", "申請予定日"],
                                        ["N24-0142", "ヴォー・ティ・ホン・ニュン", "2026/01/22", "96.2%", "2025/12/08"],
                                        ["N24-0150", "マガル・ディパク", "2026/01/29", "78.4%", "2025/12/08"]]}}],
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="【取扱注意】 on the title row of the attached sheet, to an external law office",
)

# ---------------------------------------------------------------- 072  pass: HTML-only timetable to an agent
add(
    expect="pass",
    sender=frm("hojo"),
    to=["Vietstar Study <info@vietstar-study.com>"],
    subject="Timetable / 時間割 2026",
    charset="utf-8",
    html="""<html><body>
<p>Vietstar Study ご担当者様</p>
<p>日の出日本語学院 教務の北条です。2026年度の時間割をお送りします。説明会でご活用ください。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>時限</th><th>午前クラス</th><th>午後クラス</th></tr>
<tr><td>1</td><td>9:00-9:45</td><td>13:15-14:00</td></tr>
<tr><td>2</td><td>9:50-10:35</td><td>14:05-14:50</td></tr>
<tr><td>3</td><td>10:50-11:35</td><td>15:05-15:50</td></tr>
<tr><td>4</td><td>11:40-12:25</td><td>15:55-16:40</td></tr>
</table>
<p>初級は午後クラス、中級以上は午前クラスが中心です。アルバイトは授業のない時間帯で週28時間までです。</p>
<p>北条 真理子<br>日の出日本語学院 教務部<br>TEL 03-5937-2218</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="HTML-only timetable: a table, but not of people",
)

# ---------------------------------------------------------------- 073  stop: 部外秘 only in the XLSX page header
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["一口様 <imoarai@nishiki-insatsu.co.jp>"],
    subject="来年度の印刷物 予算枠（お見積り依頼の前提）",
    charset="iso-2022-jp",
    body=f"""錦印刷 一口様

お世話になっております。帆足です。
来年度の印刷物について、お見積りをお願いする前提として予算表をお送りします。
品目ごとの部数と上限額をご確認のうえ、年明けにお見積りをいただけますでしょうか。

{sig("hoashi", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "2026年度_印刷物予算.xlsx",
                  "page_header": "部外秘（日本語教育事業部）",
                  "sheets": {"予算": [["品目", "部数", "予算上限（円）", "備考"],
                                     ["学校案内（5言語）", 9000, 420000, "16頁"],
                                     ["募集要項", 4000, 96000, "8頁"],
                                     ["学生便覧", 600, 180000, "60頁・くるみ製本"],
                                     ["修了証書用紙", 300, 45000, "透かし入り"]]}}],
    entities=[],
    detectors=["confidential_marking"],
    note="部外秘 appears only in the page header of the attached XLSX, sent to the printer",
)

# ---------------------------------------------------------------- 074  pass: plain ZIP of brochure and fee CSV
add(
    expect="pass",
    sender=frm("okuma"),
    to=["Hendra Wijaya <hendra@bandung-nihongo.co.id>"],
    subject="Materials for your seminar on 6 December",
    charset="utf-8",
    body=f"""Dear Mr. Hendra,

For your seminar on 6 December, here are our brochure (PDF) and the fee table (CSV) in one ZIP
file. There is no password. Feel free to print them.

Best regards,

{sig_en("okuma")}
""",
    attachments=[{"kind": "zip", "name": "Hinode_seminar_materials.zip",
                  "files": [{"kind": "pdf", "name": "brochure_short_EN.pdf",
                             "lines": ["Hinode Japanese Language Institute", "Study Japanese in Tokyo",
                                       "2-year course / 1.5-year course", "Dormitory from JPY 31,000 / month"]},
                            {"kind": "csv", "name": "fees_2026.csv", "encoding": "utf-8",
                             "rows": [["item", "2yr_JPY", "1.5yr_JPY"], ["screening", 22000, 22000],
                                      ["admission", 55000, 55000], ["tuition_y1", 660000, 660000],
                                      ["materials", 66000, 49500]]}]}],
    entities=[],
    detectors=[],
    note="a readable ZIP with a brochure and a fee CSV: no people",
)

# ---------------------------------------------------------------- 075  stop: reply whose new text adds a list
_new = "\n".join(f"  {nm:<22}{mobile()}   {r}" for nm, r in [
    ("SHARMA BIKASH", "N3 合格"), ("ADHIKARI ROJINA", "N3 合格"), ("KC NABIN", "N4 合格"),
    ("BHATTARAI SUSHMA", "N2 不合格（次回再受験）"), ("POUDEL AASHISH", "N3 合格")])
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["Bikram Shrestha <bikram@everest-edu.com.np>"],
    subject="Re: JLPT results of our students?",
    charset="utf-8",
    body=f"""Bikram様

お世話になっております。廿日出です。
7月試験の結果と、学生の日本の携帯番号をお送りします。ご家族への連絡にお使いください。

  氏名                  携帯              結果
{_new}

廿日出

> Dear Mr. Hatsukade,
> Could you tell us the JLPT results of the students we sent in October 2024?
> The parents are asking us.
> Bikram
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="the quoted question is harmless, but the new text lists five students with mobiles and results",
)

# ---------------------------------------------------------------- 076  pass: CSV of employers (businesses)
add(
    expect="pass",
    sender=frm("nguyen"),
    to=["大久保国際交流協会 事務局 <jimukyoku@okubo-kokusai-koryu.or.jp>"],
    subject="留学生アルバイト受入れ企業一覧（交流会資料）",
    charset="cp932",
    body=f"""大久保国際交流協会 事務局 御中

お世話になっております。日の出日本語学院のグエンです。
12月の企業交流会でお配りいただく「留学生アルバイト受入れ企業一覧」をCSVでお送りします。
掲載については各社の了承をいただいております。

{sig("nguyen", 0)}
""",
    attachments=[{"kind": "csv", "name": "受入れ企業一覧_2025.csv", "encoding": "cp932", "rows": [
        ["企業名", "業種", "所在地", "代表電話", "受入れ職種"],
        ["北国フーズ株式会社 新宿センターキッチン", "食品製造", "東京都新宿区西新宿七丁目20-5", "03-5338-4410", "調理補助"],
        ["青葉運輸株式会社 戸田物流センター", "物流", "埼玉県戸田市美女木東一丁目3-1", "048-421-7700", "仕分け"],
        ["ほしぞらマート株式会社 大久保店", "小売", "東京都新宿区大久保二丁目4-12", "03-3200-1185", "レジ・品出し"],
        ["さくらホテル新宿", "宿泊", "東京都新宿区西新宿三丁目9-2", "03-5322-8801", "客室清掃"],
        ["株式会社クリーンワークス東京", "清掃", "東京都中野区中央一丁目22-8", "03-5342-6620", "ビル清掃"],
        ["ラーメン一颯 高田馬場店", "飲食", "東京都新宿区高田馬場二丁目18-4", "03-6233-9902", "ホール"]]}],
    entities=[],
    detectors=[],
    note="a CSV of companies with switchboard numbers and office addresses: businesses, not people",
)

# ---------------------------------------------------------------- 077  stop: reply adding one residence card number
_z = zairyu()
add(
    expect="stop",
    sender=frm("ukai"),
    to=["十河 <sogo@shirakawa-law.jp>"],
    subject="RE: 資格外活動許可の申請書の件",
    charset="iso-2022-jp",
    body=f"""十河先生

ご指摘ありがとうございます。申請書の在留カード番号欄が空欄でした。失礼いたしました。
チャン・ティ・マイさんの在留カード番号は {_z} です。
申請書を修正のうえ、明日の申請に間に合うよう学生を事務所へ向かわせます。

鵜飼

-----Original Message-----
差出人: 十河 <sogo@shirakawa-law.jp>
送信日時: 2025年11月20日 10:41
宛先: ukai.k@hinode-sangyo.co.jp
件名: 資格外活動許可の申請書の件

鵜飼様
お預かりした申請書のうち1通、在留カード番号欄が空欄です。ご確認ください。
十河
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="the quoted text is harmless; the new reply gives a named student's residence card number",
)

# ---------------------------------------------------------------- 078  pass: results without identifying anyone
add(
    expect="pass",
    sender=frm("shoji"),
    to=["Doan Minh Chau <chau.dm@saigon-bridge.edu.vn>"],
    subject="Health check of the October 2025 students",
    charset="utf-8",
    body=f"""Dear Ms. Chau,

The autumn health check of our students took place on 11 November. Of the 14 students
introduced by your agency, 12 had no findings. Two students were asked to take a follow-up
examination; we have contacted them directly, and the school nurse will accompany them.

Under Japanese privacy law we cannot share individual results with third parties without
the student's consent. If a family asks you, please ask them to contact the student.

Kind regards,

{sig_en("shoji")}
""",
    entities=[],
    detectors=[],
    note="aggregate health check figures; the two students are not identified",
)

# ---------------------------------------------------------------- 079  stop: an applicant's mental-health history in interview notes
add(
    expect="stop",
    sender=frm("okuma"),
    to=["サイゴンブリッジ 日本語担当 <nihongo@saigon-bridge.edu.vn>"],
    subject="面接結果（10月期 オンライン面接 第3回）",
    charset="utf-8",
    body=f"""サイゴンブリッジ
日本語ご担当　ハン様

お世話になっております。日の出日本語学院の大隈です。
11月19日の面接結果をお知らせします。

1. フイン・ティ・タオさん：合格
2. ルー・ヴァン・ナムさん：合格（日本語はN5レベル、入学前の学習を継続してください）
3. ドアン・ティ・ビックさん：保留
　面接の中で、高校3年のときにうつ病と診断されて半年間休学し、現在も月1回通院・服薬中であると
　本人から説明がありました。来日後の通院先と服薬の継続について、ご家族と確認のうえ、
　主治医の意見書（英文）を提出していただけますでしょうか。内容を見て判断いたします。

よろしくお願いいたします。

{sig("okuma", 0)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's diagnosis and treatment (要配慮個人情報) in running text to the agent",
)

# ---------------------------------------------------------------- 080  pass: one guarantor's contact to the guarantee company
add(
    expect="pass",
    sender=frm("mashiba"),
    to=["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="緊急連絡先の変更（契約 No.AH-30218-11）",
    charset="iso-2022-jp",
    body=f"""あんしん保証株式会社 審査部 御中

お世話になっております。日の出日本語学院の真柴です。
契約 No.AH-30218-11（入居者：当校学生）の緊急連絡先が変更になりましたのでご連絡いたします。

　新しい緊急連絡先：四月一日 保（わたぬき たもつ）様
　住所：〒１６９－００７２ 東京都新宿区大久保三丁目１４－２－３０１
　電話：{fw(mobile())}
　続柄：アルバイト先の店長（本人の了承済み）

変更届の原本は本日郵送いたしました。

{sig("mashiba", 0)}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's contact (full-width address and phone) to the guarantee company: may warn, not hold",
)

# ---------------------------------------------------------------- 081  stop: residence cards without names
_rc = "\n".join(f"　{k}. {zairyu()}　在留期限 2026年2月{rng.randint(1, 28)}日　（{c}）"
                for k, c in enumerate(["初級3", "中級1", "中級1", "中級2", "上級1"], 1))
add(
    expect="stop",
    sender=frm("ukai"),
    to=["白川法律事務所 <sogo@shirakawa-law.jp>"],
    subject="2月期限の更新申請 5件（番号のみ先行してお送りします）",
    charset="iso-2022-jp",
    body=f"""十河先生

いつもお世話になっております。日の出日本語学院の鵜飼です。
2月に在留期限を迎える学生5名について、申請書の下書きを作っていただくため、
在留カード番号と期限を先にお送りします。氏名は書類一式と一緒に郵送いたします。

{_rc}

出席率はいずれも90%以上、学費の滞納もありません。

{sig("ukai", 0)}
""",
    entities=["JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="five residence card numbers with expiry dates and no names, to a law office",
)

# ---------------------------------------------------------------- 082  pass: internal My Number list to accounts
_mns = [(nm, next_my_number()) for nm in ["ペレラ・カスン", "グエン・ヴァン・フン", "ワン・ハオラン",
                                         "エンフジャルガル・ノミン", "カリモワ・ディルノザ"]]
add(
    expect="pass",
    sender=frm("nguyen"),
    to=["帆足 由紀 <hoashi.y@hinode-sangyo.co.jp>"],
    cc=["keiri-nenmatsu@mail.hinode-sangyo.co.jp"],
    subject="年末調整：通訳アルバイト（TA）学生のマイナンバー",
    charset="iso-2022-jp",
    body=f"""帆足さん

グエンです。学内で通訳アシスタント（TA）として雇用している学生5名のマイナンバーです。
本人確認書類（在留カード）は原本で確認済みです。

""" + "\n".join(f"　{nm}　{mn[:4]}-{mn[4:8]}-{mn[8:]}" for nm, mn in _mns) + """

取得後はこのメールを削除します。保管は経理の鍵付きキャビネットの様式でお願いします。

グエン
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Numbers of five student TAs, but only to internal accounts (mail. subdomain included)",
)

# ---------------------------------------------------------------- 083  stop: legacy XLS of unpaid dormitory fees
_xl = [["部屋番号", "氏名", "国籍", "未納月", "未納額（円）", "携帯電話"]]
for room, nm, nat in [("201", "ブイ・ティ・トゥー・ハー", "ベトナム"), ("204", "リー・ジアイー", "中国"),
                      ("302", "タパ・ラジェシュ", "ネパール"), ("305", "フイン・ザー・フイ", "ベトナム"),
                      ("308", "ゾー・ミン・テッ", "ミャンマー"), ("402", "バヨ・サプトラ", "インドネシア"),
                      ("405", "ラスタモフ・ジャスル", "ウズベキスタン")]:
    m = rng.randint(1, 3)
    _xl.append([room, nm, nat, f"{m}か月", 36000 * m, mobile()])
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["メゾン管理 川口営業所 <kawaguchi@mezon-kanri.co.jp>"],
    subject="川口ハイツ 寮費未納者一覧（11月末時点）",
    charset="cp932",
    body=f"""百目鬼様

お世話になっております。日の出日本語学院の真柴です。
11月末時点の寮費未納者一覧を添付いたします（旧形式のExcelで失礼いたします）。
督促は学校から行いますので、貴社からの直接のご連絡はお控えください。

{sig("mashiba", 2)}
""",
    attachments=[{"kind": "xls", "name": "寮費未納者一覧_202511.xls", "sheets": {"未納者": _xl}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a legacy .xls of 7 residents with arrears and mobile numbers, to the dorm management company",
)

# ---------------------------------------------------------------- 084  either: names and nationality for the ceremony seating
add(
    expect="either",
    sender=frm("hojo"),
    to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    subject="修了式の席次（代表スピーチの学生）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会営業　古謝様

お世話になっております。日の出日本語学院 教務の北条です。
3月13日の修了式で、各国代表としてスピーチをする学生の席次をお送りします。
ステージ横の前列にお名前のカード（国旗付き）をご用意いただけますでしょうか。

　1　グエン・ヴァン・フン　　　ベトナム
　2　シャルマ・ビカシュ　　　　ネパール
　3　ワン・ハオラン　　　　　　中国
　4　ペレラ・カスン　　　　　　スリランカ
　5　エンフジャルガル・ノミン　モンゴル

登壇順も上記のとおりです。

{sig("hojo", 0)}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with nationality only, for place cards at a ceremony venue: a list of people, but barely data",
)

# ---------------------------------------------------------------- 085  stop: PPTX with testimonials and private addresses
add(
    expect="stop",
    sender=frm("okuma"),
    to=["Sakura Jakarta Education <admission@jakarta-sakura.co.id>"],
    subject="Slides for the study-in-Japan seminar (graduates' messages)",
    charset="utf-8",
    body=f"""Dear Ms. Wulandari,

Here are the slides with messages from our graduates for your seminar on 13 December.
The graduates are happy to answer questions from prospective students by e-mail; their
addresses are on each slide.

Best regards,

{sig_en("okuma")}
""",
    attachments=[{"kind": "pptx", "name": "Graduates_messages_2025.pptx", "slides": [
        ["Messages from our graduates", "Hinode Japanese Language Institute", "Seminar, Jakarta, 13 Dec 2025"],
        ["Rizky Pratama (Indonesia)", "Now: Musashino Kokusai University, Business", "E-mail: rizky.pratama03@gmail.com",
         "\"Study hard for JLPT N2 from the first year!\""],
        ["Ayu Rahmawati (Indonesia)", "Now: Tokyo IT College, Web design", "E-mail: ayu.rahma.jp@yahoo.co.jp",
         "\"The dormitory was like a family.\""],
        ["Fajar Nugroho (Indonesia)", "Now: working at a hotel in Shinjuku", "E-mail: fajar.n.tokyo@gmail.com",
         "\"Part-time work taught me keigo.\""],
        ["Indah Permatasari (Indonesia)", "Now: Kanto Nursing College", "E-mail: indah_permatasari@outlook.jp",
         "\"Teachers helped me with the interview.\""],
        ["Bayu Saputra (Indonesia)", "Now: Automobile engineering school", "E-mail: bayu.saputra.2005@icloud.com",
         "\"Japan is safe and clean.\""]]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX: one slide per graduate (five) with their private e-mail, to an agent abroad",
)

# ---------------------------------------------------------------- 086  pass: one student's appointment with the law office
add(
    expect="pass",
    sender=frm("ukai"),
    to=["十河 <sogo@shirakawa-law.jp>"],
    subject="12月8日の来所予定（更新申請 1名）",
    charset="iso-2022-jp",
    body=f"""十河先生

お世話になっております。鵜飼です。
来週月曜（12月8日）11時に、更新申請の書類確認で学生1名が事務所に伺います。

　氏名：マガル・ディパク（学籍番号 N24-0150）
　携帯：{mobile()}
　日本語：N4程度（ゆっくり話せば通じます）

出席率が80%を少し下回っているため、理由書の書き方について助言をいただけますと幸いです。
当日は私も同行いたします。

鵜飼
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one student's name and mobile to the school's law office: one person, may warn",
)

# ---------------------------------------------------------------- 087  stop: look-alike (dropped "co.") next to the real partner
add(
    expect="stop",
    sender=frm("hojo"),
    to=["川崎電機 人材開発部 宇治原様 <ujihara@kawasaki-denki.co.jp>"],
    cc=["川崎電機 技術部 嘉手納様 <kadena@kawasaki-denki.jp>"],
    subject="1月からの日本語研修（技術者向け）クラス編成のご相談",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人材開発部　宇治原様
（CC：技術部 嘉手納様）

いつもお世話になっております。日の出日本語学院 教務の北条です。
1月からの技術者向け日本語研修について、レベルチェックの結果を踏まえたクラス編成案をお送りします。

　Aクラス（N2目標）：6名　火・木 18:30〜20:00
　Bクラス（N3目標）：8名　月・水 18:30〜20:00
　Cクラス（初級）　：5名　土 10:00〜13:00

受講者ごとの判定は次回の打合せでお渡しします。
嘉手納様には、技術用語の教材作成にご協力いただきたくCCに入れております。

{sig("hojo", 0)}
""",
    entities=[],
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="the Cc kawasaki-denki.jp drops the co. of the partner kawasaki-denki.co.jp",
)

# ---------------------------------------------------------------- 088  pass: JLPT procedural question, no names
add(
    expect="pass",
    sender=frm("hatsu"),
    to=["dantai@jlpt-moshikomi.or.jp"],
    subject="団体申込の人数変更と受験料の振込について（質問）",
    charset="iso-2022-jp",
    body=f"""日本語能力試験 受付センター ご担当者様

いつもお世話になっております。日の出日本語学院（団体番号 G-13-0482）の廿日出です。
2026年7月試験の団体申込について、2点質問させてください。

1. 第1次申込（8名）の後、追加で10名程度を申し込む予定ですが、第2次申込の締切はいつでしょうか。
2. 受験料は申込ごとに振り込む必要がありますか。それとも全員分を一括で振り込めますか。

また、会場は昨年同様、都内の会場を希望しております。

{sig("hatsu", 0)}
""",
    entities=[],
    detectors=[],
    note="procedural questions with head counts and a group number: no people",
)

# ---------------------------------------------------------------- 089  stop: three other schools visible in Cc
add(
    expect="stop",
    sender=frm("hatsu"),
    to=["朝日語学院 教務 <kyomu@asahi-gogaku.jp>"],
    cc=["富士日本語学校 進学指導 <shingaku@fuji-nihongo.jp>", "Minato Language Academy <office@minato-language.com>",
        "北条 真理子 <hojo.m@hinode-sangyo.co.jp>"],
    subject="4校合同 JLPT模擬試験（1月）の会場と採点分担",
    charset="iso-2022-jp",
    body=f"""朝日語学院、富士日本語学校、港ランゲージアカデミーの先生方

いつもお世話になっております。日の出日本語学院の廿日出です。
1月の4校合同JLPT模擬試験について、会場と採点の分担案をお送りします。

　日時：2026年1月17日（土）9:30〜15:00
　会場：日の出日本語学院 新宿校 5階ホール（N1・N2）、4階教室（N3）
　採点：N1 朝日語学院／N2 富士日本語学校／N3 港ランゲージアカデミー・日の出
　受験者数（見込み）：4校合計 約180名

各校の受験者名簿は、当日までに各校で管理し、答案には受験番号のみ記入する形にします。

{sig("hatsu", 0)}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three other schools (three external organisations) in To/Cc can see each other",
)

# ---------------------------------------------------------------- 090  either: a masked residence card number
add(
    expect="either",
    sender=frm("nguyen"),
    to=["ほしぞらマート 大久保店 店長 <okubo-ten@hoshizora-mart.co.jp>"],
    subject="Re: 在留カードの確認について（バヨ・サプトラさん）",
    charset="iso-2022-jp",
    body=f"""ほしぞらマート 大久保店
店長　嘉数様

お世話になっております。日の出日本語学院のグエンです。
バヨ・サプトラさんの在留カードについて、学校で保管している写しを確認しました。

　在留カード番号：{zairyu()[:2]}＊＊＊＊＊＊＊＊{zairyu()[-2:]}（一部伏せ字）
　在留期間満了日：2027年4月2日
　資格外活動許可：裏面に「許可（原則週28時間以内・風俗営業等の従事を除く）」の記載あり

番号の全桁は、本人が出勤時にカード原本をお見せしますので、そちらでご確認ください。

{sig("nguyen", 3)}
""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="the residence card number is masked except first and last letters: an officer could judge either way",
)

# ---------------------------------------------------------------- 091  stop: TB screening result of an applicant (English)
add(
    expect="stop",
    sender=frm("shoji"),
    to=["Bikram Shrestha <bikram@everest-edu.com.np>"],
    cc=["okuma.s@hinode-sangyo.co.jp"],
    subject="Pre-entry TB screening - applicant LAMA DORJEE",
    charset="utf-8",
    body=f"""Dear Mr. Bikram,

We have received the pre-entry tuberculosis screening certificate of your applicant
Mr. LAMA DORJEE (date of birth 14 March 2004).

The certificate states "sputum culture positive, under treatment since October 2025".
Under the current rules he cannot receive the certificate of no active TB, and therefore
his COE application for April 2026 cannot proceed. He may apply again for October 2026 once
the treatment is completed and a new certificate is issued by a designated panel clinic.

Please explain this to him and his family kindly.

Best regards,

{sig_en("shoji")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's TB diagnosis and treatment (要配慮) with DOB, to the agent",
)

# ---------------------------------------------------------------- 092  stop: UTF-8 CSV of students who went missing
_ms = [["student_no", "name", "nationality", "date_of_birth", "residence_card_no", "last_attendance", "status"]]
for sid, nm, nat in [("N24-0288", "PHAN DUC ANH", "Vietnam"), ("N24-0291", "CAO THI YEN", "Vietnam"),
                     ("N24-0297", "TRUONG VAN DUC", "Vietnam"), ("N24-0305", "LY THI PHUONG", "Vietnam"),
                     ("N24-0309", "HOANG MINH KHOA", "Vietnam")]:
    _ms.append([sid, nm, nat, ymd(dob(2000, 2004), "-"), zairyu(),
                f"2025-{rng.randint(9, 10):02d}-{rng.randint(1, 28):02d}", "withdrawn (missing)"])
add(
    expect="stop",
    sender=frm("ukai"),
    to=["Doan Minh Chau <chau.dm@saigon-bridge.edu.vn>"],
    subject="Withdrawal of five students (missing since October)",
    charset="utf-8",
    body=f"""Dear Ms. Chau,

I am sorry to inform you that five students introduced by your agency have not attended
classes or answered our calls since October. We visited their rooms; they had moved out.
The school has withdrawn them as of 20 November and reported them to the Immigration
Services Agency as missing (所在不明).

The attached file lists them. If you or their families know where they are, please ask them
to contact the school or the immigration bureau immediately.

Regards,

{sig_en("ukai")}
""",
    attachments=[{"kind": "csv", "name": "withdrawn_students_2025-11.csv", "encoding": "utf-8", "rows": _ms}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="UTF-8 CSV of five withdrawn students with DOB and residence card numbers, to an agent",
)

# ---------------------------------------------------------------- 093  stop: My Numbers in a text attachment to the tax accountant
_tx = "\n".join(f"{nm}\t{d}\t{next_my_number()}\t{pay}" for nm, d, pay in [
    ("PERERA KASUN", "2002/06/18", "412,500"), ("NGUYEN VAN HUNG", "2003/01/07", "388,000"),
    ("WANG HAORAN", "2002/09/30", "456,250")])
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["黒沢税理士事務所 <office@kurosawa-zeirishi.jp>"],
    subject="源泉徴収票作成用データ（TA学生3名）",
    charset="iso-2022-jp",
    body=f"""黒沢税理士事務所
黒沢先生

お世話になっております。日の出産業 日本語教育事業部の帆足です。
今年、学内で通訳アシスタントとして雇用した学生3名分の源泉徴収票作成用データをお送りします。
テキストファイル（タブ区切り）で、氏名・生年月日・個人番号・支払総額の順です。

{sig("hoashi", 0)}
""",
    attachments=[{"kind": "txt", "name": "TA_2025_gensen.txt", "encoding": "utf-8",
                  "text": "氏名\t生年月日\t個人番号\t支払総額\n" + _tx + "\n"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three students' My Numbers with DOB in a tab-separated text attachment, to a tax accountant",
)

# ---------------------------------------------------------------- 094  stop: corrupt PDF
add(
    expect="stop",
    sender=frm("ukai"),
    to=["sogo@shirakawa-law.jp"],
    subject="在留カード写し（スキャン）再送",
    charset="iso-2022-jp",
    body=f"""十河先生

先ほどのスキャンが読めないとのこと、失礼いたしました。
複合機の設定を変えて再度スキャンしましたので、お送りします。

鵜飼
""",
    attachments=[{"kind": "corrupt", "name": "zairyu_copy_scan_1121.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# ---------------------------------------------------------------- 095  stop: homoglyph look-alike of the own domain (0 for o)
add(
    expect="stop",
    sender=frm("hoashi"),
    to=["真柴 佳代 <mashiba.k@hinode-sangy0.co.jp>"],
    subject="寮費の口座振替 不能分（11月）",
    charset="iso-2022-jp",
    body=f"""真柴さん

帆足です。11月の寮費の口座振替で、残高不足により引き落とせなかった学生が3名いました。

　・ゴー・ティ・キム・ガン（百人町 311）　33,000円
　・カーシー・ナビン（大久保 102）　31,000円
　・オドゲレル・サルナイ（川口ハイツ 207）　36,000円

本人への連絡と、12月分との合算引落しの説明をお願いできますか。

帆足
""",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangy0.co.jp (zero for o) is a look-alike of the own domain",
)

# ---------------------------------------------------------------- 096  stop: added letter in the partner bank's domain
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["みどり銀行 新宿支店 石動様 <shinjuku-hojin@midori-ginkou.co.jp>"],
    subject="Re: 留学生向け口座開設説明会の開催について",
    charset="iso-2022-jp",
    body=f"""石動様

お世話になっております。日の出日本語学院のグエンです。
4月10日（金）13:30からで確定とさせてください。会場は新宿校5階ホールです。
プロジェクターとマイクは当校でご用意します。
当日は通訳スタッフ2名（ベトナム語・ネパール語）が同席いたします。

{sig("nguyen", 0)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to the partner bank's midori-ginko.co.jp",
)

# ---------------------------------------------------------------- 097  stop: TLD swap of the partner carrier
add(
    expect="stop",
    sender=frm("nguyen"),
    to=["青葉運輸 戸田物流センター <saiyo-toda@aoba-unyu.com>"],
    subject="1月の夜間仕分け 勤務可能人数",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 戸田物流センター
須佐様

お世話になっております。日の出日本語学院のグエンです。
1月の夜間仕分けアルバイトの勤務可能人数をお知らせします。

　1月5日〜9日：12名（冬休み期間のため1日8時間まで可）
　1月13日以降：9名（授業期間のため週28時間以内）

個別のシフトは学生から直接ご連絡させます。

{sig("nguyen", 3)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.com swaps the TLD of the partner aoba-unyu.co.jp",
)

# ---------------------------------------------------------------- 098  stop: rn-for-m look-alike of the system vendor
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    subject="学生管理システム ログインエラーの件",
    charset="iso-2022-jp",
    body=f"""ツバサシステム サポートご担当者様

日の出日本語学院の真柴です。本日9時ごろから、学生管理システムにログインすると
「セッションの有効期限が切れました（E-4031）」と表示され、操作ができません。
職員6名全員で同じ状況です。

契約ID：TS-NJ-0127
ブラウザ：Microsoft Edge 最新版

至急ご確認いただけますでしょうか。

{sig("mashiba", 0)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systern.jp (rn for m) imitates the partner tsubasa-system.jp",
)

# ---------------------------------------------------------------- 099  stop: agent, dorm company and a student in To/Cc
add(
    expect="stop",
    sender=frm("mashiba"),
    to=["Huynh Gia Huy <huynhgiahuy.2005@gmail.com>"],
    cc=["nihongo@saigon-bridge.edu.vn", "kawaguchi@mezon-kanri.co.jp"],
    subject="りょうの へやの いどう（Room change）",
    charset="utf-8",
    body=f"""フイン・ザー・フイさん
（CC：サイゴンブリッジ ハン様、メゾン管理 百目鬼様）

りょうの へやが かわります。
12月1日（月）から、川口ハイツ 305 → 102 に いどう します。
1かいの へやなので、かいだんを つかわなくて いいです。

にもつは 11月30日（日）の 10時から いっしょに はこびます。
メゾン管理さん、かぎの こうかんを おねがいします。
ハンさん、ごかぞくにも つたえて ください。

真柴（りょう たんとう）
日の出日本語学院　TEL 03-5937-2218
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a student, his agent and the dorm company (three external parties) see each other in To/Cc",
)

# ---------------------------------------------------------------- 100  stop: password-protected PDF to a student
add(
    expect="stop",
    sender=frm("ukai"),
    to=["Thandar Win <thandarwin.mm@gmail.com>"],
    subject="ざいせきしょうめいしょ（在籍証明書）",
    charset="iso-2022-jp",
    body=f"""ティダー・ウィンさん

じむしつの 鵜飼です。
たのまれた 在籍証明書（ざいせきしょうめいしょ）を PDFで おくります。
PDFには パスワードが あります。パスワードは あなたの たんじょうびの 8けた（れい：20040101）です。

ほんものの しょうめいしょ（はんこが ある もの）は、あした じむしつで わたします。

鵜飼
""",
    attachments=[{"kind": "pdf", "name": "在籍証明書_N24-0403.pdf", "password": "20040917",
                  "lines": ["在籍証明書", "氏名 THANDAR WIN", "上記の者は本学院に在籍していることを証明する。"]}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="a password-protected PDF cannot be inspected; sent to a student's free-mail address",
)
