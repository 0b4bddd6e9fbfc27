"""Blind corpus — area ``minpaku``: 日の出産業株式会社 民泊事業部 (vacation-rental management).

The division runs 住宅宿泊事業法 (民泊新法) listings and 旅館業法 簡易宿所 for private and
overseas owners: it keeps the 宿泊者名簿 (for foreign guests without an address in Japan the
law asks for nationality and passport number), lists the rooms on booking platforms, sends
cleaning crews and linen, hands keys over through key-exchange shops and smart locks, answers
neighbours' complaints, reports to the 保健所 and the ward office, claims damage from guests
and platforms, and writes English mail to guests and to owners abroad.

Every person, company (other than the partner names fixed by BRIEF.md), address, phone
number, passport / card / My Number, reservation code and domain in this file is invented.
My Numbers and card numbers come from build.py's helpers (check-digit valid, fictional).
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 11101
rng = random.Random(SEED)
_seed = [SEED]


def _next() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mn() -> str:
    return my_number(_next())


def cc() -> str:
    return card_number(_next())


def digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mobile() -> str:
    return f"0{rng.choice('789')}0-{digits(4)}-{digits(4)}"


def grp4(n: str, sep: str = " ") -> str:
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def corp(base12: str) -> str:
    """法人番号 with a valid check digit (first digit)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def passport(kind: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind in ("US", "UK", "TW"):
        return digits(9)
    if kind == "CN":
        return "E" + digits(8)
    if kind == "KR":
        return "M" + digits(8)
    if kind == "AU":
        return rng.choice("NPR") + rng.choice(up) + digits(7)
    if kind == "FR":
        return digits(2) + rng.choice(up) + rng.choice(up) + digits(5)
    if kind == "DE":
        return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if kind == "SG":
        return "K" + digits(7) + rng.choice(up)
    if kind == "TH":
        return "A" + rng.choice(up) + digits(7)
    if kind == "JP":
        return rng.choice(["TK", "TR", "TZ", "MU", "TS"]) + digits(7)
    return rng.choice(up) + digits(8)


def residence_card() -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(up) + rng.choice(up) + digits(8) + rng.choice(up) + rng.choice(up)


# -- the organisation ---------------------------------------------------------------------

D = "hinode-sangyo.co.jp"
DS = "stay.hinode-sangyo.co.jp"

MAKABE = f"真壁 聡 <makabe@{D}>"
ONODERA = f"小野寺 美咲 <onodera.m@{D}>"
FUJISAWA = f"Kenta Fujisawa <fujisawa.k@{D}>"
HORI = f"堀 翔太 <hori.s@{DS}>"
MIYAWAKI = f"宮脇 里美 <miyawaki@{D}>"
SAWAI = f"沢井 恭平 <sawai.k@{D}>"
KIRYU = f"Sara Kiryu <kiryu@{D}>"

SIG_MAKABE = """
--
日の出産業株式会社 民泊事業部 運営課
課長 真壁 聡（まかべ さとし）
〒130-0022 東京都墨田区江東橋２－１４－７ 日の出ビル６Ｆ
TEL 03-5638-4410 / FAX 03-5638-4419
makabe@hinode-sangyo.co.jp
"""

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　民泊事業部　運営課
小野寺 美咲（Misaki Onodera）
〒130-0022 東京都墨田区江東橋2-14-7 日の出ビル6F
TEL：03-5638-4412　携帯：080-4471-2290
Mail：onodera.m@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_FUJISAWA = """
Best regards,

Kenta Fujisawa
Guest Relations, Vacation Rental Division
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 2-14-7 Kotobashi, Sumida-ku, Tokyo 130-0022, Japan
Tel: +81-3-5638-4415 (9:00-21:00 JST)
"""

SIG_HORI = """
------------------------------
日の出産業(株) 民泊事業部 清掃・リネン手配担当
堀 翔太
TEL 03-5638-4417（清掃手配直通）
hori.s@stay.hinode-sangyo.co.jp
------------------------------
"""

SIG_MIYAWAKI = """
***********************************
日の出産業株式会社
民泊事業部　地域・コンプライアンス担当
宮脇 里美
〒130-0022 東京都墨田区江東橋２丁目１４番７号
TEL 03-5638-4420　FAX 03-5638-4419
***********************************
"""

SIG_SAWAI = """
--------
日の出産業株式会社 管理本部 経理課（民泊事業担当）
沢井 恭平
TEL 03-5638-4301 内線 214
--------
"""

SIG_KIRYU = """
Kind regards,
Sara Kiryu (桐生 紗良)
Owner Relations | Vacation Rental Division
Hinode Sangyo Co., Ltd. | Tokyo
T +81 3 5638 4418 | kiryu@hinode-sangyo.co.jp
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd.
"""

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    MESSAGES.append({"id": f"minpaku-{len(MESSAGES) + 1:03d}", "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note, **msg})


# =========================================================================================
# 1. 宿泊者名簿 (guest registers)
# =========================================================================================

_reg1 = [["施設", "部屋", "氏名", "国籍", "旅券番号", "住所", "職業", "チェックイン", "チェックアウト"]]
for name, nat, kind, addr, job, ci, co in [
    ("Olivia BENNETT", "アメリカ", "US", "1418 Alder St, Portland, OR", "会社員", "2025/10/03", "2025/10/07"),
    ("Noah BENNETT", "アメリカ", "US", "1418 Alder St, Portland, OR", "学生", "2025/10/03", "2025/10/07"),
    ("CHEN Yu-ting", "台湾", "TW", "Fuxing S. Rd Sec.2, Da'an Dist., Taipei", "デザイナー", "2025/10/04", "2025/10/06"),
    ("PARK Min-jun", "韓国", "KR", "Yeonnam-dong, Mapo-gu, Seoul", "エンジニア", "2025/10/04", "2025/10/09"),
    ("Lucas MOREAU", "フランス", "FR", "12 rue Sainte-Croix, Lyon", "教員", "2025/10/05", "2025/10/08"),
    ("Camille MOREAU", "フランス", "FR", "12 rue Sainte-Croix, Lyon", "看護師", "2025/10/05", "2025/10/08"),
    ("Ingrid HALVORSEN", "ノルウェー", "NO", "Thereses gate 9, Oslo", "公務員", "2025/10/06", "2025/10/10"),
    ("Rahul MEHTA", "インド", "IN", "B-22 Vasant Kunj, New Delhi", "医師", "2025/10/06", "2025/10/08"),
]:
    _reg1.append(["浅草蔵ハウス", rng.choice(["101", "102", "201", "202"]), name, nat, passport(kind),
                  addr, job, ci, co])

add("stop", ["PERSON_NAME", "JP_PASSPORT"], ["personal_data"],
    "宿泊者名簿 CSV (8 foreign guests with passport numbers) attached by mistake to the cleaning contractor",
    sender=ONODERA, to=["清掃管理部 <schedule@pika-clean.co.jp>"],
    subject="10月第1週 清掃スケジュールの件", charset="iso-2022-jp",
    body="""ピカクリーン株式会社
清掃管理部 ご担当者様

いつも大変お世話になっております。日の出産業の小野寺です。

10月第1週（10/3〜10/10）の浅草蔵ハウスの清掃スケジュールをお送りします。
チェックアウト後の清掃は原則11:00開始、次のチェックインが15:00のため
14:30までの完了をお願いいたします。

添付ファイルをご確認のうえ、人員の手配をお願いできますでしょうか。
ご不明点がございましたらお気軽にご連絡ください。

よろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "csv", "name": "宿泊者名簿_浅草蔵ハウス_202510.csv", "encoding": "cp932",
                  "rows": _reg1}])

_reg2_rows = []
for name, nat, kind, dob, ci, nights in [
    ("WHITAKER, James Edward", "United Kingdom", "UK", "1979-03-14", "01 Sep", 4),
    ("WHITAKER, Fiona Claire", "United Kingdom", "UK", "1981-11-02", "01 Sep", 4),
    ("TAN, Wei Ming", "Singapore", "SG", "1990-07-21", "06 Sep", 3),
    ("LIM, Hui Shan", "Singapore", "SG", "1992-01-09", "06 Sep", 3),
    ("SCHNEIDER, Jonas", "Germany", "DE", "1986-05-30", "12 Sep", 6),
    ("O'CONNOR, Liam", "Ireland", "IE", "1995-12-17", "19 Sep", 2),
    ("SUKSAWAT, Nattaya", "Thailand", "TH", "1988-08-08", "24 Sep", 5),
]:
    _reg2_rows.append([name, nat, passport(kind), dob, ci, nights, "Tourism"])

add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "English mail to an overseas owner company with an XLSX guest register: 7 guests with passport numbers and dates of birth",
    sender=KIRYU, to=["Daniel Whitfield <daniel.whitfield@harborlight-holdings.com>"],
    subject="Guest register - Yanaka Terrace - September 2025", charset="utf-8",
    body="""Dear Daniel,

As requested on our call last week, please find attached the guest register for
Yanaka Terrace for September 2025. The first sheet is the register as we keep it
for the ward office; the second sheet has the nightly summary you asked for.

Occupancy for the month came to 78% (23 of 30 nights sold), and there were no
incidents or neighbour complaints.

Let me know if your accountant needs anything else for the quarter.
""" + SIG_KIRYU + DISC_EN,
    attachments=[{"kind": "xlsx", "name": "Yanaka_Terrace_Guest_Register_2025-09.xlsx",
                  "title": "Guest Register",
                  "sheets": {
                      "Register": [["Guest Register - Yanaka Terrace (Notification No. M130028871)"], [],
                                   ["Guest name", "Nationality", "Passport No.", "Date of birth",
                                    "Check-in", "Nights", "Purpose"]] + _reg2_rows,
                      "Summary": [["Month", "Nights sold", "Guests", "Revenue (JPY)"],
                                  ["2025-09", 23, 7, 912400]],
                  }}])

_police = [("ZHAO Lei", "中国", "CN", "9/12〜9/14"), ("SUN Jiayi", "中国", "CN", "9/12〜9/14"),
           ("NGUYEN Van Duc", "ベトナム", "VN", "9/13〜9/15"), ("TRAN Thi Mai", "ベトナム", "VN", "9/13〜9/15"),
           ("Mateo RUIZ", "スペイン", "ES", "9/13〜9/16"), ("Aisha RAHMAN", "マレーシア", "MY", "9/14〜9/15")]
_police_lines = "\n".join(f"{n:<18}{nat:<8}{passport(k):<13}{p}" for n, nat, k, p in _police)
add("stop", ["PERSON_NAME", "JP_PASSPORT"], ["personal_data"],
    "reply to a police inquiry (捜査関係事項照会) pasting 6 guests with passport numbers in padded columns: external list, must be held for review",
    sender=MIYAWAKI, to=["浅草南警察署 生活安全課 <seian-ka@asakusaminami-ps.keishicho.lg.jp>"],
    subject="捜査関係事項照会書（９月１２日付）へのご回答", charset="iso-2022-jp",
    body=f"""浅草南警察署 生活安全課
警部補 岩城様

いつもお世話になっております。日の出産業株式会社 民泊事業部の宮脇でございます。

9月18日付でご照会いただきました件につき、対象期間（9月12日〜9月16日）に
「押上リバーサイド民泊」へ宿泊された方の宿泊者名簿の該当部分を以下のとおり
ご回答申し上げます。

氏名              国籍    旅券番号     宿泊期間
----------------------------------------------------
{_police_lines}

なお、正式な回答書（公印付）は本日郵送いたしました。
旅券の写しにつきましては、改めてご指示をいただけましたら対応いたします。

以上、よろしくお願い申し上げます。
""" + SIG_MIYAWAKI)

_p4 = passport("CN")
add("stop", ["PERSON_NAME", "JP_PASSPORT"], ["personal_data", "freemail_recipient"],
    "one guest's passport number in running text, sent to a private owner on gmail",
    sender=ONODERA, to=["高畑 誠一 <s.takahata.home@gmail.com>"],
    subject="本日のチェックイン状況（押上２０２号室）", charset="iso-2022-jp",
    body=f"""高畑様

いつもお世話になっております。日の出産業の小野寺です。

本日15時過ぎに、押上リバーサイド民泊202号室へ王 浩（WANG HAO）様ご一行3名が
チェックインされました。タブレットでの本人確認も完了しており、代表者の旅券番号
{_p4} と顔写真の一致を確認済みです。

ご滞在は10月14日（火）までの4泊です。
騒音についてはハウスルールを口頭でも改めてご説明しております。

取り急ぎご報告まで。
""" + SIG_ONODERA)

add("pass", [], ["freemail_recipient"],
    "reply to a guest: her passport number appears only in the quoted text of her own mail",
    sender=FUJISAWA, to=["Megan Caldwell <megan.caldwell.travels@gmail.com>"],
    subject="Re: Pre-arrival check-in form (Asakusa Kura House, Oct 18-22)", charset="utf-8",
    body=f"""Hi Megan,

Thank you for filling in the form so quickly - everything is in order. Please bring
your passport with you on arrival; the tablet at the entrance will ask you to scan it,
as Japanese law requires us to check it in person.

Your door code will be sent on the morning of October 18.

{SIG_FUJISAWA}
On Sat, 11 Oct 2025 at 09:12, Megan Caldwell <megan.caldwell.travels@gmail.com> wrote:
> Hello Kenta,
>
> Here are the details you asked for:
> Full name: Megan Rose Caldwell
> Nationality: USA
> Passport number: {passport("US")}
> Home address: 77 Larkspur Lane, Boulder, CO 80302
> Phone: +1 720 555 0148
>
> We land at Haneda around 2 pm.
> Megan
""")

_int_reg = "\n".join(
    f"{i}. {n} / {nat} / 旅券 {passport(k)} / {ci}"
    for i, (n, nat, k, ci) in enumerate([
        ("KIM Seo-yeon", "韓国", "KR", "10/20-10/23"), ("KIM Do-hyun", "韓国", "KR", "10/20-10/23"),
        ("Sophie KELLER", "スイス", "CH", "10/21-10/25"), ("Emma LINDQVIST", "スウェーデン", "SE", "10/22-10/24"),
        ("Diego FERNÁNDEZ", "アルゼンチン", "AR", "10/22-10/26"), ("WONG Ka-ho", "香港", "HK", "10/23-10/27"),
    ], 1))
add("pass", ["PERSON_NAME", "JP_PASSPORT"], [],
    "full guest register with passport numbers, but every recipient is internal",
    sender=ONODERA, to=[f"真壁 聡 <makabe@{D}>", f"京都拠点 <kyoto-office@{DS}>"],
    subject="【共有】10月下旬 宿泊者名簿（浅草・押上）", charset="iso-2022-jp",
    body=f"""真壁課長、京都拠点の皆さま

お疲れさまです。小野寺です。
来週の保健所の立入りに備え、10月下旬分の宿泊者名簿（外国籍のお客様分）を
共有します。原本はPMSにありますので、確認用としてご利用ください。

{_int_reg}

旅券写しの保管フォルダは従来どおり「運営課共有＞名簿＞2025」です。
社外への転送はしないようお願いします。
""" + SIG_ONODERA)


# =========================================================================================
# 2. guests: booking platforms, cards, keys, house rules
# =========================================================================================

_c7 = cc()
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "full credit card number of a guest pasted into a chargeback dispute sent to the booking platform",
    sender=FUJISAWA, to=["StayLink Host Support <host-support@staylink.com>"],
    subject="Chargeback dispute - reservation SL-7730918 (Oshiage Riverside Stay)", charset="utf-8",
    body=f"""Hello StayLink Support team,

We received a chargeback notice for reservation SL-7730918 (Oshiage Riverside Stay,
room 301, 2-6 September 2025). The guest, Mr. Brandon Hale, stayed all four nights -
our smart lock log shows entries on every day of the stay.

For your investigation, the card used for the on-site extra-cleaning fee was:
  Card holder: BRANDON T HALE
  Card number: {grp4(_c7)}
  Expiry: 08/28

The extra fee (JPY 22,000) was for the smoke odour treatment described in our damage
report of 7 September. Photos are available on request.

Could you please confirm whether the payout hold will be lifted?
{SIG_FUJISAWA}""")

add("pass", [], ["freemail_recipient"],
    "damage claim to a guest on free mail: itemised repair costs and invoice number, no personal data beyond the addressee",
    sender=FUJISAWA, to=["Tomasz Wierzbicki <t.wierzbicki@outlook.com>"],
    subject="Damage report and repair costs - Asakusa Kura House, stay of Sep 26-29", charset="utf-8",
    body="""Dear Mr. Wierzbicki,

Thank you for staying at Asakusa Kura House. During the check-out inspection our
cleaning team found the following damage, which we have documented with photos:

  1. Glass top of the living-room table cracked          JPY 38,500
  2. Futon mattress stained (red wine), not washable       JPY 16,800
  3. Shoji screen in the tatami room torn (2 panels)       JPY  9,900
                                                   Total   JPY 65,200

Our invoice no. DC-2025-0147 is attached to the claim we have opened in the
platform's Resolution Center. You can accept or comment on it there within 14 days.

We understand accidents happen, and we appreciate your cooperation.
""" + SIG_FUJISAWA)

add("pass", [], ["freemail_recipient"],
    "key-handover instructions to one guest on free mail: door code and the property's address (a business facility)",
    sender=FUJISAWA, to=["Hannah Lowe <hannahlowe.mel@gmail.com>"],
    subject="Your check-in details for tomorrow - Oshiage Riverside Stay #301", charset="utf-8",
    body="""Hi Hannah,

Welcome to Tokyo! Here is everything you need for tomorrow's check-in (from 3 pm).

Address:  2-8-14 Oshiage, Sumida-ku, Tokyo 131-0045 (Oshiage Riverside Stay)
          東京都墨田区押上２－８－１４
Nearest:  Oshiage Station, exit B3, 4 minutes on foot
Entrance: the building door opens with code 4-7-1-9 then the # key
Room 301: the smart lock opens with the 6-digit PIN 508213 (valid from 15:00 on
          Oct 15 until 10:00 on Oct 19)

Please scan your passport on the tablet inside the entrance before going up;
it only takes a minute. Quiet hours are 22:00-8:00 - the neighbours are lovely
but close by.

If anything goes wrong, call us any time on +81-3-5638-4415.
""" + SIG_FUJISAWA)

_p10 = passport("AU")
add("stop", ["JP_PASSPORT", "PERSON_NAME"], ["personal_data"],
    "a guest's passport number in the subject and first line of a reply to the platform (the quoted part adds nothing new)",
    sender=ONODERA, to=["旅宿ネット 施設サポート <facility-support@tabiyado-net.jp>"],
    subject=f"Re: 予約番号 TY25-440281 旅券番号 {_p10} の照合について", charset="iso-2022-jp",
    body=f"""旅宿ネット 施設サポート ご担当者様

お世話になっております。日の出産業の小野寺です。

ご照会の件、予約番号 TY25-440281 の宿泊者 Charlotte EVANS 様について、
当日タブレットで読み取った旅券番号は {_p10} で、予約時のご登録内容と一致しております。
名前の綴り（Charlotte / Charlote）の相違は予約時の入力誤りと思われます。

お手数ですが、貴社側の登録情報の修正をお願いいたします。

--- 以下、前回のメール ---
> 日の出産業株式会社 ご担当者様
> 予約番号 TY25-440281 につき、宿泊者氏名の綴りが旅券と異なる旨の
> 通知がございました。ご確認をお願いいたします。
""" + SIG_ONODERA)

_c11 = cc()
add("stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "card number a guest read out by phone, passed on in English to a private owner on free mail",
    sender=KIRYU, to=["Greg Thornton <greg.thornton.jp@icloud.com>"],
    subject="Extra night for the guest in Unit B - card details for your terminal", charset="utf-8",
    body=f"""Hi Greg,

The guest in Unit B (Yanaka Terrace) asked to extend by one night, to Nov 3. As the
platform won't let him extend (the 3rd is blocked in your calendar), he would like to
pay you directly. He gave me his card over the phone this afternoon:

  Name on card:  MARCUS J OYELARAN
  Card no.:      {grp4(_c11, '-')}
  Valid thru:    11/27   (he will tell you the CVC himself)
  Mobile:        +44 7700 900 418

Rate we agreed: JPY 24,000 incl. cleaning. Could you run it through your terminal
tonight and let me know? Then I will reset the door PIN.

Thanks,
Sara
""")

add("pass", [], ["freemail_recipient"],
    "house rules (DOCX, bilingual) sent to one guest on free mail: no personal data",
    sender=FUJISAWA, to=["Aiko Nakamura-Reyes <aiko.reyes@yahoo.com>"],
    subject="House rules and guide - Hinode-an Higashiyama (Kyoto)", charset="utf-8",
    body="""Dear Aiko,

Thank you for booking Hinode-an Higashiyama for your family trip. Attached is our
house guide in English and Japanese - please share it with everyone in your group.

The most important points: no shoes inside, quiet after 22:00, garbage sorted into
the three bins under the sink (Kyoto is strict about this!), and no smoking anywhere
on the premises, including the garden.

We look forward to welcoming you on November 8.
""" + SIG_FUJISAWA,
    attachments=[{"kind": "docx", "name": "HouseGuide_Higashiyama_EN_JA.docx",
                  "title": "House Guide",
                  "paragraphs": [
                      "Hinode-an Higashiyama — House Guide / ハウスガイド",
                      "Check-in 16:00 / Check-out 10:00 (チェックイン16時／チェックアウト10時)",
                      "Quiet hours 22:00–8:00. 夜22時以降はお静かにお願いします。",
                      "Garbage: burnable / cans & bottles / plastics. ごみは3種類に分別してください。",
                      "No smoking. 敷地内全面禁煙です。違反時は清掃費30,000円を申し受けます。",
                      "Emergency: 119 (fire/ambulance), 110 (police). Host: +81-3-5638-4415",
                  ],
                  "tables": [[["Item", "Where"], ["Wi-Fi router", "TV shelf"],
                              ["Fire extinguisher", "Kitchen, left of the sink"],
                              ["First-aid kit", "Bathroom cabinet"]]]}])

add("pass", [], ["freemail_recipient"],
    "directions to the property for one guest: a facility address and landmarks, nothing personal",
    sender=ONODERA, to=["Jessica Park <jess.park88@icloud.com>"],
    subject="ひので庵 東山へのアクセス / Directions to Hinode-an Higashiyama", charset="utf-8",
    body="""Jessica 様

このたびはご予約ありがとうございます。施設までのアクセスをご案内いたします。

■所在地：〒605-0826 京都府京都市東山区桝屋町３６３－２（簡易宿所 ひので庵 東山）
■京都駅から：市バス206系統「東山安井」下車、徒歩5分
■目印：八坂の塔を右手に見て坂を上り、2本目の路地を左へ。格子戸の町家です。
■チェックイン：16:00以降、玄関横のキーボックス（暗証番号は当日朝にお送りします）

Please note that taxis cannot enter the lane; ask the driver to stop at
"Higashiyama-Yasui" bus stop.

お気をつけてお越しください。
""" + SIG_ONODERA)

add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named guest's passing illness (fever) told to the cleaning contractor to skip a room: health data of one person, or a mere scheduling remark",
    sender=HORI, to=["星空サービス 配車係 <haisha@hoshizora-service.jp>"],
    subject="本日 押上401 清掃スキップのお願い", charset="iso-2022-jp",
    body="""星空サービス 配車係 ご担当者様

お疲れさまです。日の出産業の堀です。

本日14時予定の押上リバーサイド民泊401号室の中間清掃ですが、
ご滞在中のKIM Ji-woo様が発熱で体調を崩されており、室内で休まれているため
本日は実施を見送らせてください。タオルとリネンのみドア前に置いていただければ結構です。

明日の清掃については、朝10時までに改めてご連絡いたします。
""" + SIG_HORI)

add("pass", [], [],
    "lost-property report to the police lost-and-found: a guest's surname only, no data about him",
    sender=ONODERA, to=["遺失物センター <ishitsubutsu@keishicho-ishitsu.lg.jp>"],
    subject="拾得物の届出（民泊施設内の忘れ物）", charset="iso-2022-jp",
    body="""遺失物センター ご担当者様

日の出産業株式会社 民泊事業部の小野寺と申します。
当社が運営する「浅草蔵ハウス」（台東区浅草３丁目）で、10月12日チェックアウトの
宿泊者（Anderson様）の忘れ物が見つかりました。ご本人とは連絡が取れず、
保管期間を過ぎたため、以下のとおり届出をさせていただきます。

・黒のダウンジャケット（メンズ、Lサイズ）　1点
・一眼レフカメラ用レンズ（35mm）　1点
・充電ケーブル類　3点

明日午前中に浅草南警察署へお持ちする予定です。手続きに必要な書類があれば
ご教示いただけますと幸いです。
""" + SIG_ONODERA)

add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "the repair estimate sent to a guest is a corrupt DOCX: the guard cannot read it",
    sender=FUJISAWA, to=["Ryan Castellano <ryan.castellano@gmail.com>"],
    subject="Repair estimate for the bathroom door", charset="utf-8",
    body="""Dear Ryan,

As promised, attached is the contractor's estimate for replacing the bathroom
door that came off its hinges on the night of Oct 9. The total is JPY 47,300 incl.
tax. We will submit it through the platform unless you prefer to settle directly.

Please let me know by Friday.
""" + SIG_FUJISAWA,
    attachments=[{"kind": "corrupt", "name": "Repair_estimate_Oshiage301.docx"}])


# =========================================================================================
# 3. cleaning crews and linen
# =========================================================================================

_crew = [("勅使河原 美帆", "墨田区立花３－１１－２"), ("東海林 健吾", "江東区亀戸６－３２－８"),
         ("百目鬼 亜紀", "葛飾区四つ木２－４－１７"), ("薬師寺 隆", "台東区竜泉１－２２－５"),
         ("グエン・ティ・ハー", "墨田区京島３－５０－１"), ("御子柴 玲奈", "江戸川区平井５－１－９"),
         ("鬼頭 大輔", "荒川区南千住７－１４－３")]
_crew_tsv = "\n".join(f"{n}\t{mobile()}\t東京都{a}\t{rng.choice(['月水金', '火木土', '土日', '平日のみ', '全日'])}"
                      for n, a in _crew)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "7 of the company's own cleaning part-timers with mobile numbers and home addresses (tab-separated) sent to a new contractor",
    sender=HORI, to=["星空サービス株式会社 業務部 <gyomu@hoshizora-service.jp>"],
    subject="業務移管に伴う清掃スタッフ情報の共有", charset="cp932",
    body=f"""星空サービス株式会社
業務部 ご担当者様

お世話になっております。日の出産業の堀です。
11月から墨田区エリアの清掃業務を貴社へ移管するにあたり、現在当社で
登録している清掃スタッフの一覧をお送りします（Excelから貼り付けています）。
移籍を希望するスタッフには貴社から直接ご連絡いただいて構いません。

氏名\t携帯\t住所\t勤務可能日
{_crew_tsv}

面談日程が決まりましたら、こちらにもcc頂けますと助かります。
""" + SIG_HORI)

add("pass", [], [],
    "weekly cleaning schedule to the contractor: properties, rooms, times and booking codes, no people",
    sender=HORI, to=["ピカクリーン 手配センター <tehai@pika-clean.co.jp>"],
    subject="清掃依頼（10/20〜10/26）", charset="iso-2022-jp",
    body="""ピカクリーン 手配センター 御中

いつもありがとうございます。日の出産業 堀です。
来週分の清掃依頼です。よろしくお願いします。

日付    施設              部屋  作業      開始   完了期限  予約コード
------------------------------------------------------------------------
10/20  浅草蔵ハウス        101   退室清掃  11:00  15:00     SL-7781204
10/20  浅草蔵ハウス        202   退室清掃  10:30  15:00     TY25-451907
10/21  押上リバーサイド    301   中間清掃  13:00  16:00     SL-7779310
10/22  押上リバーサイド    401   退室清掃  11:00  16:00     DIRECT-0932
10/23  谷中テラス          A棟   退室清掃  10:00  16:00     SL-7790072
10/25  谷中テラス          B棟   リネンのみ 12:00  15:00    TY25-455220
10/26  浅草蔵ハウス        全室  定期点検  09:00  12:00     ―

※10/25は谷中テラスの給湯器点検（川崎電機さん）と時間が重なります。
  鍵は玄関キーボックス（番号は前回と同じ）からお取りください。
""" + SIG_HORI)

add("stop", [], ["unscannable_attachment"],
    "monthly cleaning record XLSX to the contractor is corrupt: cannot be inspected",
    sender=HORI, to=["ピカクリーン 経理 <keiri@pika-clean.co.jp>"],
    subject="9月分 清掃実績の突合せ", charset="iso-2022-jp",
    body="""ピカクリーン 経理ご担当 様

お世話になっております。日の出産業 堀です。
9月分の清掃実績（当社集計）を添付いたします。貴社請求書との差異が3件ございましたので、
黄色セルの行をご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_HORI,
    attachments=[{"kind": "corrupt", "name": "清掃実績_2025年9月.xlsx"}])

add("stop", [], ["confidential_marking"],
    "operations manual DOCX whose page header carries 社外秘, sent to a new linen partner; the mail text does not mention it",
    sender=HORI, to=["リネン工房 営業部 水谷様 <mizutani@linen-kobo.co.jp>"],
    subject="リネン交換フローの資料送付", charset="iso-2022-jp",
    body="""リネン工房株式会社
営業部 水谷様

先日はお打ち合わせのお時間をいただきありがとうございました。
当社のリネン交換の流れがわかる資料を添付しますので、回収・配送ルートの
ご検討にお役立てください。

12月の試行開始に向けて、引き続きよろしくお願いいたします。
""" + SIG_HORI,
    attachments=[{"kind": "docx", "name": "民泊運営マニュアル_第3章_リネン.docx",
                  "page_header": "社外秘　日の出産業株式会社 民泊事業部",
                  "title": "民泊運営マニュアル 第3章",
                  "paragraphs": [
                      "第3章　リネン・アメニティ管理",
                      "3.1 交換基準：退室清掃時は全交換、連泊時は3泊目に交換する。",
                      "3.2 在庫：各施設の在庫は2回転分を上限とし、超過分は倉庫（錦糸町）へ戻す。",
                      "3.3 原価：シーツ1枚あたりクリーニング単価は現行148円（目標125円）。",
                      "3.4 委託先評価：遅配率・汚損率を月次で集計し、四半期ごとに見直す。",
                  ],
                  "tables": [[["施設", "ベッド数", "月間交換枚数（見込）"],
                              ["浅草蔵ハウス", "12", "410"], ["押上リバーサイド", "16", "520"],
                              ["谷中テラス", "8", "230"]]]}])

add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three outside contractors (two cleaning companies and a linen supplier) in To, visible to each other",
    sender=HORI, to=["ピカクリーン 手配センター <tehai@pika-clean.co.jp>",
                     "星空サービス 業務部 <gyomu@hoshizora-service.jp>",
                     "リネン工房 配送課 <haiso@linen-kobo.co.jp>"],
    subject="年末年始（12/27〜1/5）の清掃・リネン体制について", charset="iso-2022-jp",
    body="""協力会社の皆さま

いつも大変お世話になっております。日の出産業 民泊事業部の堀です。

年末年始は全施設がほぼ満室となる見込みです。つきましては以下の点についてご協力をお願いします。

1. 12/27〜1/5の清掃可能人員数を、11/14（金）までにご回答ください。
2. 12/31と1/1はリネン配送が止まるため、12/30に2日分を前倒しで納品いただきます。
3. 清掃単価は通常料金に年末年始加算（25%）を適用します。

各社の担当エリアは追ってご連絡いたします。
""" + SIG_HORI)

_rc = residence_card()
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign cleaner's residence-card number and birth date sent to the contractor for dispatch registration",
    sender=HORI, to=["ピカクリーン 人事 <jinji@pika-clean.co.jp>"],
    subject="派遣登録：ラクシュミ・タパさんの在留資格確認", charset="utf-8",
    body=f"""ピカクリーン 人事ご担当者様

お世話になっております。日の出産業の堀です。
11月から貴社経由で浅草エリアの清掃に入っていただく方の情報です。

氏名：ラクシュミ・タパ（THAPA LAXMI）
生年月日：1998年6月23日
国籍：ネパール
在留カード番号：{_rc}
在留資格：特定技能1号（ビルクリーニング）　在留期限：2027年3月31日

資格外活動の有無は貴社でもご確認ください。カードの表裏の写しは別途お渡しします。
""" + SIG_HORI)

_hi_no = f"記号 {digits(4)}  番号 {digits(3)}"
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a cleaner's health-insurance card symbol/number and the injury she was treated for, sent to the contractor",
    sender=HORI, to=["星空サービス 総務 <soumu@hoshizora-service.jp>"],
    subject="清掃中の負傷について（10/9 谷中テラス）", charset="iso-2022-jp",
    body=f"""星空サービス 総務ご担当者様

お世話になっております。日の出産業の堀です。
10月9日に谷中テラスA棟の清掃中、貴社の設楽 由紀子さんが割れたグラスで右手を切り、
近隣の谷中クリニックで５針縫う処置を受けました。

本人は健康保険証（協会けんぽ　{_hi_no}）で受診してしまったとのことですので、
労災への切替え手続きをお願いできますでしょうか。診断書の写しは本人が持っています。

当社としてもガラス製品の置き場所を見直します。ご迷惑をおかけしました。
""" + SIG_HORI)

_pay = [["勤怠・振込一覧（2025年10月度）"], [],
        ["氏名", "電話", "振込先銀行", "支店", "種別", "口座番号", "稼働時間", "支給額"]]
for n in ["汐見 拓海", "宇佐美 千尋", "真柴 茜", "神宮寺 由香里", "左右田 修", "ファム・ヴァン・ロン"]:
    _pay.append([n, mobile(), rng.choice(["みどり銀行", "東都信用金庫", "ゆうちょ銀行"]),
                 rng.choice(["錦糸町支店", "押上支店", "浅草橋支店", "〇一八店"]), "普通", digits(7),
                 rng.randrange(40, 120), rng.randrange(45, 140) * 1000])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], ["personal_data"],
    "legacy XLS timesheet with 6 cleaners' phones and bank accounts sent to an outside payroll service",
    sender=SAWAI, to=["ペイロールパートナーズ 受託チーム <jutaku@payroll-partners.co.jp>"],
    subject="10月度 清掃スタッフ勤怠データ送付", charset="iso-2022-jp",
    body="""ペイロールパートナーズ株式会社
受託チーム ご担当者様

いつもお世話になっております。日の出産業 経理課の沢井です。
10月度の清掃スタッフ（民泊事業部所属パート）の勤怠・振込データを送付いたします。
支給日は11月25日でお願いいたします。
""" + SIG_SAWAI,
    attachments=[{"kind": "xls", "name": "kintai_seisou_202510.xls", "sheets": {"10月": _pay}}])

_fwd_staff = "\n".join(f"> {n}（{k}）　携帯 {mobile()}" for n, k in [
    ("五十嵐 葵", "リーダー"), ("小鳥遊 瑞穂", ""), ("坂之上 伸也", ""), ("マリア・サントス", ""),
    ("芦田 清", "運転")]).replace("（）", "")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward (転送) of the contractor's staff list with 5 mobile numbers to another outside company: forwarded text is new to its recipient",
    sender=HORI, to=["キーステーション 浅草店 <asakusa@keystation.jp>"],
    subject="FW: 11月 浅草担当チームのご連絡", charset="iso-2022-jp",
    body=f"""キーステーション浅草店 ご担当者様

日の出産業の堀です。
11月から浅草の鍵の受け渡しに清掃スタッフが伺います。ピカクリーンさんからの連絡を
転送しますので、来店時の確認にお使いください。

-----Original Message-----
From: ピカクリーン 手配センター <tehai@pika-clean.co.jp>
Sent: Monday, October 27, 2025 10:41 AM
To: hori.s@stay.hinode-sangyo.co.jp
Subject: 11月 浅草担当チームのご連絡

> 日の出産業 堀様
> 11月の浅草担当チームは以下の5名です。
{_fwd_staff}
> 以上よろしくお願いします。
""" + SIG_HORI)

add("pass", [], [],
    "mail about the NDA (秘密保持契約) with a new cleaning partner, draft attached: talk of confidentiality is not a marking",
    sender=MAKABE, to=["星空サービス株式会社 代表取締役 新庄様 <shinjo@hoshizora-service.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い", charset="iso-2022-jp",
    body="""星空サービス株式会社
代表取締役 新庄 様

いつもお世話になっております。日の出産業株式会社 民泊事業部の真壁でございます。

業務委託契約の締結に先立ち、秘密保持契約書（案）をお送りいたします。
当社法務と白川法律事務所で確認済みのひな形ですが、第5条（秘密情報の範囲）と
第9条（有効期間）について貴社のご意見を伺えればと存じます。

ご確認のうえ、11月7日（金）までにご返信いただけますと幸いです。
""" + SIG_MAKABE + DISC_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_星空サービス.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と星空サービス株式会社（以下「乙」という。）は、"
                      "甲の民泊施設における清掃業務の委託に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、前記業務の検討及び遂行のために開示される情報の取扱いを定める。",
                      "第5条（秘密情報の範囲）施設の解錠番号、宿泊者に関する情報その他甲が指定した情報をいう。",
                      "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
                  ]}])

add("pass", [], [],
    "mentions that the manual is 社外秘 and cannot be shared: a mere mention, nothing marked is sent",
    sender=HORI, to=["リネン工房 配送課 <haiso@linen-kobo.co.jp>"],
    subject="Re: 配送ルート検討用の資料について", charset="iso-2022-jp",
    body="""リネン工房 配送課 ご担当者様

ご連絡ありがとうございます。堀です。
ご依頼の運営マニュアル全文は社外秘の扱いとなっているため、そのままお渡しすることが
できません。申し訳ございません。

代わりに、配送に必要な情報（各施設の所在地・搬入口・搬入可能時間）を下記にまとめました。

・浅草蔵ハウス　　　裏口（北側）　10:00〜14:00
・押上リバーサイド　1F倉庫前　　 9:00〜16:00
・谷中テラス　　　　A棟玄関脇　　11:00〜15:00

ほかに必要な項目があればお知らせください。

> 日の出産業 堀様
> ルート検討のため、運営マニュアルをお送りいただくことは可能でしょうか。
""" + SIG_HORI)

add("pass", [], [],
    "reply to the contractor quoting their own staff list under '>' lines: quoted text only, new text has no data",
    sender=HORI, to=["ピカクリーン 手配センター <tehai@pika-clean.co.jp>"],
    subject="Re: 11月 浅草担当チームのご連絡", charset="iso-2022-jp",
    body=f"""ピカクリーン 手配センター ご担当者様

ご連絡ありがとうございます。承知いたしました。
五十嵐さんがリーダーということで、初日（11/1）は私も現地に伺います。
鍵の受け渡しについては、キーステーションさんにも当社から伝えておきます。

{SIG_HORI}
> 日の出産業 堀様
> 11月の浅草担当チームは以下の5名です。
> 五十嵐 葵（リーダー）　携帯 090-6612-3057
> 小鳥遊 瑞穂　携帯 080-2291-7740
> 坂之上 伸也　携帯 070-4418-9023
> マリア・サントス　携帯 090-3307-5561
> 芦田 清（運転）　携帯 080-9154-0286
> 以上よろしくお願いします。
""")

add("pass", [], [],
    "infection-control cleaning procedure (norovirus, vomit) for the contractor: health words but no person",
    sender=HORI, to=["ピカクリーン 品質管理 <hinshitsu@pika-clean.co.jp>"],
    subject="冬季の感染症対策（嘔吐物処理手順）の徹底について", charset="iso-2022-jp",
    body="""ピカクリーン 品質管理ご担当者様

お世話になっております。日の出産業の堀です。
例年11月からノロウイルスなどの感染性胃腸炎が増えるため、清掃時の手順を再確認させてください。

1. 嘔吐物・汚物を見つけた場合は換気し、使い捨て手袋・マスク・エプロンを着用する
2. ペーパータオルで外側から内側へ拭き取り、ビニール袋で二重に密閉する
3. 0.1%次亜塩素酸ナトリウムで床・便座・ドアノブを拭き、10分後に水拭きする
4. リネンは他と分けて袋に入れ、「汚染」シールを貼ってリネン工房へ回収依頼
5. 作業後は当社（堀）へ施設名・部屋番号・時刻のみ報告する（宿泊者への聞き取りは不要）

手順書のPDFは来週お送りします。
""" + SIG_HORI)

add("pass", [], [],
    "cleaning checklist PDF for the contractor: rooms and items only",
    sender=HORI, to=["星空サービス 業務部 <gyomu@hoshizora-service.jp>"],
    subject="谷中テラス 清掃チェックリスト（改訂版）", charset="iso-2022-jp",
    body="""星空サービス 業務部 ご担当者様

谷中テラスの清掃チェックリストを改訂しましたので添付します。
主な変更は「エアコンフィルター（月1回）」と「庭の喫煙痕跡確認」の追加です。
""" + SIG_HORI,
    attachments=[{"kind": "pdf", "name": "谷中テラス_清掃チェックリスト_v3.pdf",
                  "title": "清掃チェックリスト",
                  "lines": ["谷中テラス　清掃チェックリスト（v3　2025年10月改訂）", ""],
                  "table": [["区分", "項目", "頻度", "確認"],
                            ["寝室", "シーツ・枕カバー交換", "毎回", "□"],
                            ["浴室", "排水口の髪の毛除去", "毎回", "□"],
                            ["台所", "冷蔵庫内の残置物処分", "毎回", "□"],
                            ["共通", "エアコンフィルター清掃", "月1回", "□"],
                            ["庭", "吸い殻・喫煙痕跡の確認（写真添付）", "毎回", "□"],
                            ["玄関", "キーボックス電池残量", "週1回", "□"]]}])

add("pass", [], [],
    "job advert for cleaning staff sent to a recruiting media company: no personal data",
    sender=HORI, to=["ジョブタウン 掲載受付 <keisai@jobtown-media.jp>"],
    subject="求人広告掲載のお申込み（民泊清掃スタッフ）", charset="iso-2022-jp",
    body="""ジョブタウン 掲載受付 ご担当者様

以下の内容で求人広告の掲載をお願いいたします。

【職種】民泊施設の清掃スタッフ（パート・アルバイト）
【勤務地】東京都台東区浅草／墨田区押上（各施設へ直行直帰）
【時給】1,300円〜（土日祝 +100円）、交通費全額支給
【時間】10:00〜15:00のうち3時間以上、週2日〜
【応募】当社採用窓口 03-5638-4417（堀）まで
【掲載期間】11月10日〜12月7日（4週間）

原稿の校正をいただけましたら、確認のうえご返信いたします。
""" + SIG_HORI)

add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one guest's name and phone given to the contractor for an early check-in: a single person's contact",
    sender=ONODERA, to=["ピカクリーン 手配センター <tehai@pika-clean.co.jp>"],
    subject="【至急】10/24 浅草101 アーリーチェックイン対応", charset="iso-2022-jp",
    body=f"""ピカクリーン 手配センター ご担当者様

お疲れさまです。小野寺です。
10/24（金）浅草蔵ハウス101号室のお客様から13時のアーリーチェックインのご希望があり、
お受けしました。清掃を12:30までに終えていただけますでしょうか。

清掃が押しそうな場合は、お客様に直接ご連絡いただいて構いません。
　代表者：鳥羽 千秋 様
　携帯：{mobile()}

お手数ですがよろしくお願いします。
""" + SIG_ONODERA)


# =========================================================================================
# 4. keys, luggage, platforms, front desk
# =========================================================================================

_keys = []
for code, t, shop, local, dom in [
        ("SL-7790415", "15:30", "浅草店", "mika.h", "gmail.com"),
        ("SL-7791002", "16:00", "浅草店", "j.smithson", "outlook.com"),
        ("TY25-458813", "17:15", "押上店", "travelbug", "icloud.com"),
        ("SL-7792237", "18:40", "浅草店", "kwon.hyejin", "naver.com"),
        ("DIRECT-0951", "19:00", "押上店", "lena.brandt", "gmx.de"),
        ("TY25-459120", "20:30", "押上店", "t.tanabe", "yahoo.co.jp")]:
    local += digits(2)
    phone = rng.choice([mobile(), f"+1 206 555 {digits(4)}", f"+82 10-{digits(4)}-{digits(4)}"])
    _keys.append(f"{code:<13}{phone:<20}{local}@{dom:<16}{t:<7}{shop}")
add("stop", ["PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "key-pickup list without a name column: 6 reservations each with the guest's phone and e-mail, to the key-exchange shop",
    sender=ONODERA, to=["キーステーション 予約受付 <yoyaku@keystation.jp>"],
    subject="10/31 鍵受け取り予定一覧", charset="iso-2022-jp",
    body="""キーステーション 予約受付 ご担当者様

お世話になっております。日の出産業の小野寺です。
10/31（金）の鍵受け取り予定をお送りします。来店が遅れる場合は、下記の連絡先に
直接ご連絡いただけますと助かります。

予約番号     連絡先電話          メール                          来店予定 店舗
------------------------------------------------------------------------------------
""" + "\n".join(_keys) + """

本人確認は予約番号と身分証の提示でお願いします。
""" + SIG_ONODERA)

_lug = "\n".join(f"・{n}様（{g}名）　{p}　→ {h}　{b}個"
                 for n, g, p, h, b in [
                     ("Thomas KRÜGER", 2, f"+49 151 {digits(8)}", "さくらホテル 成田空港", 3),
                     ("LEE Ji-eun", 1, f"+82 10-{digits(4)}-{digits(4)}", "さくらホテル 羽田", 1),
                     ("Isabella ROSSI", 4, f"+39 347 {digits(7)}", "成田空港 第2ターミナル", 6),
                     ("HUANG Zhi-wei", 3, f"+886 912 {digits(3)} {digits(3)}", "羽田空港 第3ターミナル", 4),
                     ("Ethan BROOKS", 2, f"+1 312 555 {digits(4)}", "東京駅 八重洲口", 2),
                     ("Chloé DUBOIS", 2, f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", "成田空港 第1ターミナル", 3)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "luggage pickup order to the partner carrier listing 6 guests with their phone numbers (bullets)",
    sender=ONODERA, to=["青葉運輸 手ぶら観光窓口 <tebura@aoba-unyu.co.jp>"],
    subject="手荷物配送のご依頼（11/2 集荷分）", charset="utf-8",
    body=f"""青葉運輸株式会社
手ぶら観光窓口 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
11月2日（日）10時〜11時に浅草蔵ハウスで集荷をお願いしたい荷物は以下のとおりです。

{_lug}

配送先での受取時にお客様へ連絡が必要な場合は、上記の番号へお願いします。
伝票は現地で記入いたします。
""" + SIG_ONODERA)

add("pass", [], [],
    "tracking numbers of luggage shipments to the partner carrier: no personal data",
    sender=ONODERA, to=["青葉運輸 お客様センター <support@aoba-unyu.co.jp>"],
    subject="配送状況の確認（伝票番号3件）", charset="iso-2022-jp",
    body="""青葉運輸 お客様センター ご担当者様

お世話になっております。日の出産業の小野寺です。
10月28日に浅草蔵ハウスで集荷いただいた以下3件が、まだ配達完了になっておりません。
状況をご確認いただけますでしょうか。

　伝票番号 4410-2287-3091　（成田空港 第1ターミナル宛）
　伝票番号 4410-2287-3105　（成田空港 第1ターミナル宛）
　伝票番号 4410-2287-3112　（さくらホテル 羽田宛）

お客様のフライトが明日午前のため、本日中にご回答いただけますと幸いです。
""" + SIG_ONODERA)

add("pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "two guests (a couple) with contact details sent to the key-exchange shop: under the five-record threshold",
    sender=ONODERA, to=["キーステーション 押上店 <oshiage@keystation.jp>"],
    subject="11/3 鍵受け取り（2組）のお願い", charset="iso-2022-jp",
    body=f"""キーステーション押上店 ご担当者様

お世話になっております。日の出産業の小野寺です。
11/3（月・祝）の鍵受け取りは以下の2組です。

(1) 予約 SL-7793380　Felix WAGNER 様　{f"+43 664 {digits(7)}"}　felix.wagner{digits(2)}@gmx.at　18:00頃
(2) 予約 TY25-461044　安曇 美紀 様　{mobile()}　miki.azumi{digits(2)}@docomo.ne.jp　21:00頃

21時以降のお受け取りになる場合は、閉店前にお電話をお願いします。
""" + SIG_ONODERA)

add("either", ["PERSON_NAME"], [],
    "five guests by first name only with pickup times to the key shop: a list of people, but with no contact data or identifiers",
    sender=ONODERA, to=["キーステーション 浅草店 <asakusa@keystation.jp>"],
    subject="本日の受け取り予定（浅草店）", charset="iso-2022-jp",
    body="""キーステーション浅草店 様

本日分です。よろしくお願いします。

15:00　Sophie様（浅草101）
15:30　Jun様（浅草102）
17:00　Mei様（浅草201）
18:00　Oliver様（浅草202）
20:00　Priya様（押上301）

小野寺
""")

_ft_rows = "".join(
    f"<tr><td>{r}</td><td>{n}</td><td>{nat}</td><td>{passport(k)}</td><td>{p}</td><td>{ci}</td></tr>\n"
    for r, n, nat, k, p, ci in [
        ("201", "Gabriel SANTOS", "Brazil", "BR", f"+55 11 9{digits(4)}-{digits(4)}", "11/05"),
        ("201", "Beatriz SANTOS", "Brazil", "BR", f"+55 11 9{digits(4)}-{digits(4)}", "11/05"),
        ("202", "Yusuf DEMIR", "Türkiye", "TR", f"+90 532 {digits(3)} {digits(4)}", "11/05"),
        ("301", "Aroha NGATA", "New Zealand", "NZ", f"+64 21 {digits(3)} {digits(4)}", "11/06"),
        ("302", "LIU Xin", "China", "CN", f"+86 139 {digits(4)} {digits(4)}", "11/06"),
        ("302", "MA Rui", "China", "CN", f"+86 186 {digits(4)} {digits(4)}", "11/06"),
    ])
add("stop", ["PERSON_NAME", "JP_PASSPORT", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail with a table of 6 guests (passport numbers, phones) sent to the outsourced front desk",
    sender=ONODERA, to=["フロンティア・コンシェルジュ 夜間フロント <night@frontier-concierge.jp>"],
    subject="11/5-11/6 到着予定者リスト（押上リバーサイド）", charset="utf-8",
    html=f"""<html><body>
<p>フロンティア・コンシェルジュ 夜間フロント ご担当者様</p>
<p>いつもお世話になっております。日の出産業の小野寺です。<br>
11/5〜11/6に押上リバーサイド民泊へ深夜到着予定のお客様の一覧です。<br>
対面での旅券確認の際に照合用としてお使いください。</p>
<table border="1" cellpadding="3">
<tr><th>部屋</th><th>氏名</th><th>国籍</th><th>旅券番号</th><th>連絡先</th><th>到着日</th></tr>
{_ft_rows}</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 民泊事業部 運営課<br>小野寺 美咲<br>TEL 03-5638-4412</p>
</body></html>""")

_emg = [["ツアー参加者 緊急連絡先一覧（京都・ひので庵 東山 11/12〜11/15）"],
        ["No.", "参加者氏名", "緊急連絡先（氏名）", "続柄", "電話番号"]]
for i, (n, e, rel) in enumerate([("Margaret HOLLOWAY", "Peter HOLLOWAY", "Husband"),
                                 ("Susan PRICE", "Amy PRICE-DAVIS", "Daughter"),
                                 ("Helen McALLISTER", "Iain McALLISTER", "Son"),
                                 ("Dorothy FENWICK", "Clare FENWICK", "Daughter"),
                                 ("Barbara QUINN", "Robert QUINN", "Husband"),
                                 ("Patricia ODUYA", "Kemi ODUYA", "Niece"),
                                 ("Joan ASHWORTH", "Mark ASHWORTH", "Son")], 1):
    _emg.append([str(i), n, e, rel, f"+44 7{digits(3)} {digits(6)}"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "DOCX table of a tour group's 7 participants with emergency contacts and phone numbers sent to the tour operator",
    sender=FUJISAWA, to=["Nippon Tabi Tours Operations <ops@nippon-tabi-tours.com>"],
    subject="Emergency contact sheet - Kyoto group, Nov 12-15", charset="utf-8",
    body="""Hello Operations team,

Please find attached the emergency contact sheet for your group staying at
Hinode-an Higashiyama from 12 to 15 November, compiled from the forms your guests
sent us. Could your tour leader check that it is complete before arrival?

Note the house has steep stairs; we have put the two ground-floor rooms aside for
guests who prefer not to climb.
""" + SIG_FUJISAWA,
    attachments=[{"kind": "docx", "name": "Emergency_contacts_Kyoto_Nov12-15.docx",
                  "paragraphs": ["Emergency contacts — Hinode-an Higashiyama, 12–15 Nov 2025"],
                  "tables": [_emg[1:]]}])

_zip_csv = [["reservation", "guest_name", "nationality", "passport_no", "email", "nights"]]
for r, n, nat, k in [("SL-7794510", "Oskar NILSSON", "SE", "SE"), ("SL-7794522", "Freya NILSSON", "SE", "SE"),
                     ("SL-7794871", "Kofi MENSAH", "GH", "GH"), ("TY25-463301", "Valentina CRUZ", "MX", "MX"),
                     ("TY25-463377", "Ahmed FAROUK", "EG", "EG"), ("SL-7795006", "Hiroshi ONO (USA)", "US", "US")]:
    _zip_csv.append([r, n, nat, passport(k),
                     n.split()[0].lower() + "." + n.split()[1].lower().strip("()") + "@" +
                     rng.choice(["gmail.com", "hotmail.com", "proton.me"]), rng.randrange(2, 7)])
add("stop", ["PERSON_NAME", "JP_PASSPORT", "EMAIL_ADDRESS"], ["personal_data"],
    "plain (unencrypted) ZIP holding a UTF-8 CSV of 6 guests with passport numbers and e-mails, sent to an owner company",
    sender=KIRYU, to=["Accounts <accounts@pacific-nest-partners.com>"],
    subject="October data pack - Oshiage Riverside Stay", charset="utf-8",
    body="""Hello,

Attached is the October data pack for Oshiage Riverside Stay (bookings export and
the readme describing the columns). Revenue and payout figures are in the separate
statement we sent on Monday.
""" + SIG_KIRYU,
    attachments=[{"kind": "zip", "name": "oshiage_2025-10_datapack.zip", "files": [
        {"kind": "csv", "name": "bookings_2025-10.csv", "encoding": "utf-8", "rows": _zip_csv},
        {"kind": "txt", "name": "README.txt",
         "text": "bookings_2025-10.csv: one row per guest registered at check-in.\nColumns are as exported from the PMS."},
    ]}])

_plat = "\n".join(f"予約番号: {c}\nゲスト: {n}\n電話: {p}\nメール: {e}\n期間: {d}\n"
                  for c, n, p, e, d in [
                      ("SL-7796120", "Nora Schmidt", f"+49 170 {digits(7)}", "nora.schmidt@web.de", "11/20-11/23"),
                      ("SL-7796188", "Kaito Yamashiro", mobile(), "kaito.y@icloud.com", "11/21-11/22"),
                      ("SL-7796203", "Priya Nair", f"+91 98{digits(3)} {digits(5)}", "priya.nair.trips@gmail.com", "11/21-11/25"),
                      ("SL-7796240", "Jack Sullivan", f"+61 4{digits(2)} {digits(3)} {digits(3)}", "jsullivan@bigpond.com", "11/22-11/26"),
                      ("SL-7796311", "Mariana Costa", f"+351 91{digits(1)} {digits(3)} {digits(3)}", "mariana.costa@sapo.pt", "11/23-11/24"),
                  ])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "the platform's booking notification (5 guests with phone and e-mail, one block each) forwarded to an owner as an attached mail",
    sender=KIRYU, to=["Harborlight Holdings - Daniel Whitfield <daniel.whitfield@harborlight-holdings.com>"],
    subject="FW: New reservations for Yanaka Terrace (5)", charset="utf-8",
    body="""Daniel,

Forwarding StayLink's summary of the new bookings for late November, as you asked to
see who is coming during the renovation of the neighbouring house.

Sara
""",
    attachments=[{"kind": "eml", "name": "New reservations for Yanaka Terrace.eml", "message": {
        "sender": "StayLink <no-reply@staylink.com>", "to": [f"kiryu@{D}"],
        "subject": "New reservations for Yanaka Terrace (5)", "charset": "utf-8",
        "body": "日の出産業株式会社 様\n\n以下の予約が確定しました。\n\n" + _plat +
                "\nStayLink ホストサポート\n"}}])

_nopass = "\n".join(f"{nat}\t{passport(k)}\t{dob}\t{ci}"
                    for nat, k, dob in [("USA", "US", "1987-02-11"), ("KOR", "KR", "1993-09-30"),
                                        ("FRA", "FR", "1979-12-05"), ("TWN", "TW", "2001-04-18"),
                                        ("AUS", "AU", "1969-07-27"), ("CHN", "CN", "1990-10-01")]
                    for ci in ["2025-09-1" + str(rng.randrange(10))])
add("stop", ["JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "list with no name column: 6 real guests' passport numbers and birth dates sent to the lock vendor as 'test data'",
    sender=ONODERA, to=["川崎電機 スマートロック開発 <smartlock-dev@kawasaki-denki.co.jp>"],
    subject="本人確認連携テスト用データ", charset="iso-2022-jp",
    body=f"""川崎電機株式会社
スマートロック開発ご担当 様

お世話になっております。日の出産業の小野寺です。
旅券読取と解錠コード発行の連携テストについて、実運用に近いデータが欲しいとの
ことでしたので、9月の実績から6件を抜き出しました（氏名は削除済みです）。

国籍\t旅券番号\t生年月日\tチェックイン
{_nopass}

テスト完了後は削除をお願いいたします。
""" + SIG_ONODERA)

_dl = digits(12)
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data", "freemail_recipient"],
    "a Japanese guest's driver's-licence number and birth date sent to a private owner on carrier mail",
    sender=ONODERA, to=["設楽オーナー <shitara.k-owner@ezweb.ne.jp>"],
    subject="谷中テラスB棟 本人確認の件", charset="iso-2022-jp",
    body=f"""設楽様

いつもお世話になっております。日の出産業の小野寺です。
ご心配いただいていた11/8〜長期滞在のお客様ですが、本日対面で本人確認を行いました。

　氏名：{'御手洗 光太郎'}（みたらい こうたろう）
　生年月日：昭和６１年２月１９日
　運転免許証番号：第{_dl}号（東京都公安委員会）

ご予約の名義と一致しており、問題ございませんでした。
滞在中の様子は引き続きご報告いたします。
""" + SIG_ONODERA)

add("pass", [], [],
    "bug report to the PMS vendor (partner) with booking codes and API error text only",
    sender=ONODERA, to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="【不具合報告】予約同期で重複ブッキングが発生", charset="cp932",
    body="""ツバサシステム サポートデスク ご担当者様

いつもお世話になっております。日の出産業 民泊事業部の小野寺です。
昨日より、旅宿ネットとの予約同期で以下の重複が発生しています。

・施設ID 10442（押上リバーサイド）301号室　11/14-11/16
　SL-7797004 と TY25-465118 が同一日程で確定
・同期ログ：2025-11-03 02:15:07 WARN channel=tabiyado status=409 "inventory mismatch"
・発生件数：2件（上記以外に谷中テラスA棟 11/21 でも同様）

お手数ですが原因の調査と、当面の回避策をご教示ください。
""" + SIG_ONODERA)

add("pass", [], [],
    "list of the division's properties (facility names, addresses, notification numbers, capacity) to a booking platform: businesses, not people",
    sender=MAKABE, to=["旅宿ネット 施設開発部 <kaihatsu@tabiyado-net.jp>"],
    subject="新規掲載施設の登録情報", charset="iso-2022-jp",
    body="""旅宿ネット株式会社 施設開発部 ご担当者様

いつもお世話になっております。日の出産業の真壁です。
12月から貴サイトに掲載をお願いする施設の登録情報をお送りします。

施設名                  所在地                                 届出・許可番号       定員
------------------------------------------------------------------------------------------
浅草蔵ハウス            東京都台東区浅草３－２１－５           M130012345            8
押上リバーサイド民泊    東京都墨田区押上２－８－１４           M130019027           12
谷中テラス              東京都台東区谷中５－９－２             M130028871            6
ひので庵 東山           京都府京都市東山区桝屋町３６３－２     簡易宿所 第2024-118号 10
朝日ゲストハウス 新今宮 大阪府大阪市浪速区恵美須西２－３－１０ 簡易宿所 第R5-0441号 16

写真素材は別途ストレージでお渡しします。
""" + SIG_MAKABE)

add("pass", [], ["multiple_external_domains"],
    "three-way meeting mail with two partner companies (lock maker and PMS vendor) in To/Cc",
    sender=MAKABE, to=["川崎電機 営業部 江藤様 <eto@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 開発部 早乙女様 <saotome@tsubasa-system.jp>", f"小野寺 美咲 <onodera.m@{D}>"],
    subject="スマートロック×PMS連携 定例会（11/12）のご案内", charset="iso-2022-jp",
    body="""川崎電機 江藤様
ツバサシステム 早乙女様

お世話になっております。日の出産業の真壁です。
スマートロックとPMSの連携について、下記のとおり定例会を開催いたします。

日時：11月12日（水）14:00〜15:30
場所：当社6F 会議室B（オンライン参加も可、URLは前日にお送りします）
議題：
　1. 解錠コード自動発行のテスト結果（川崎電機様）
　2. 予約変更時のコード再発行仕様（ツバサシステム様）
　3. 年末年始の本番切替スケジュール

ご都合が悪い場合はお知らせください。
""" + SIG_MAKABE)

add("pass", [], [],
    "damage claim to the platform's resolution centre with reservation code, amounts and photos",
    sender=FUJISAWA, to=["StayLink Resolution Center <resolution@staylink.com>"],
    subject="Damage claim - reservation SL-7788143 (Yanaka Terrace, Unit A)", charset="utf-8",
    body="""Hello,

We would like to file a damage claim for reservation SL-7788143 (Yanaka Terrace,
Unit A, check-out 24 October 2025). The guest has not responded to our request in
the message thread for 72 hours.

  - Wall scuffed and plaster chipped in the hallway: JPY 33,000 (contractor quote)
  - Missing: 2 bath towels, 1 hair dryer: JPY 7,480

Photos taken at check-out (time-stamped) are attached.
""" + SIG_FUJISAWA,
    attachments=[{"kind": "png", "name": "hallway_wall_1.png"},
                  {"kind": "png", "name": "hallway_wall_2.png"},
                  {"kind": "png", "name": "bathroom_missing_items.png"}])

add("pass", [], [],
    "overflow booking request to the partner hotel listing its branches and room counts: business list",
    sender=ONODERA, to=["さくらホテル 法人営業部 <houjin@sakura-hotel.jp>"],
    subject="12/30〜1/2 振替用客室の仮押さえのお願い", charset="iso-2022-jp",
    body="""さくらホテル株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
年末年始に設備点検が重なるため、当社民泊のお客様の振替先として、下記の仮押さえを
お願いできますでしょうか。

・さくらホテル 浅草雷門　（TEL 03-3841-2200）　ツイン3室
・さくらホテル 錦糸町　　（TEL 03-3631-5500）　ツイン2室、トリプル1室
・さくらホテル 羽田　　　（TEL 03-5756-8800）　ダブル1室

料金は昨年と同じ法人契約レートでお願いいたします。
""" + SIG_ONODERA)


# =========================================================================================
# 5. neighbours, the 保健所, the lawyers
# =========================================================================================

_nb = []
for n, a, note in [("山際 武雄", "台東区谷中５－９－４", "隣家（東側）。夜間の話し声について苦情2回"),
                   ("宍戸 弘子", "台東区谷中５－９－１", "向かい。ごみ出しの曜日違いを指摘"),
                   ("鍋島 義明", "台東区谷中５－８－２２", "町会の防犯担当。協定書の窓口"),
                   ("土屋 ふみ", "台東区谷中５－９－６", "西側。スーツケースの音が気になるとのこと"),
                   ("Kevin HARTLEY", "台東区谷中５－１０－１", "英語可。タクシーの路上待機に苦情"),
                   ("乙部 澄江", "台東区谷中５－９－３", "高齢の一人暮らし。緊急時の声掛け希望")]:
    _nb.append(f"■{n}\n　住所：東京都{a}\n　電話：{rng.choice([mobile(), '03-' + digits(4) + '-' + digits(4)])}\n　メモ：{note}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "neighbours' contact list (6 residents, one block each with address and phone) sent to a private owner on free mail",
    sender=MIYAWAKI, to=["松平 直人 <n.matsudaira.owner@icloud.com>"],
    subject="谷中テラス 近隣の方の連絡先一覧", charset="iso-2022-jp",
    body="""松平様

いつもお世話になっております。日の出産業の宮脇です。
先日ご要望のあった、谷中テラス周辺の近隣住民の皆さまの連絡先をまとめました。
オーナー様から直接ご挨拶に伺う際にお使いください。

""" + "\n\n".join(_nb) + """

ご挨拶の際は、当社の24時間窓口（03-5638-4420）もあわせてお伝えいただけますと幸いです。
""" + SIG_MIYAWAKI)

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "running text tells an owner company that a named complaining neighbour is treated for a mental illness (要配慮)",
    sender=MIYAWAKI, to=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="押上リバーサイド 近隣苦情の経過報告（10月）", charset="iso-2022-jp",
    body="""株式会社グローブ・レジデンス
管理部 御中

お世話になっております。日の出産業の宮脇です。
押上リバーサイド民泊の近隣苦情について、10月の経過をご報告します。

・10月中の苦情件数：4件（すべて隣家の鬼頭 正和様から）
・内容：深夜の話し声、ベランダでの喫煙、インターホン誤押し
・対応：該当のお客様へ即時注意、ベランダに多言語の禁煙表示を追加

なお、鬼頭様のご家族から、ご本人が統合失調症で通院中であり、最近は症状が
強く出ているとの話がありました。訪問時は複数名で伺い、刺激しないよう配慮しております。

引き続き状況をご報告いたします。
""" + SIG_MIYAWAKI)

_cmp = [["受付日", "申出人", "住所", "電話", "内容"]]
for d, n, a, t in [("8/2", "大河内 恵", "大阪府大阪市浪速区恵美須西２－３－８", "騒音（深夜）"),
                   ("8/15", "芝田 勝", "大阪府大阪市浪速区恵美須西２－３－１２", "ごみの放置"),
                   ("8/30", "李 美玲", "大阪府大阪市浪速区恵美須西２－４－１", "路上喫煙"),
                   ("9/6", "西園寺 薫", "大阪府大阪市浪速区恵美須西２－３－９", "自転車の無断駐輪"),
                   ("9/21", "堤 信吾", "大阪府大阪市浪速区恵美須西２－２－１５", "騒音（早朝）"),
                   ("10/4", "大河内 恵", "大阪府大阪市浪速区恵美須西２－３－８", "騒音・張り紙")]:
    _cmp.append([d, n, a, f"06-{digits(4)}-{digits(4)}", t])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "PDF table of neighbour complaints with 5 complainants' names, addresses and phones sent to the partner law firm",
    sender=MIYAWAKI, to=["白川法律事務所 弁護士 白川 遼 先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="朝日ゲストハウス 近隣紛争のご相談資料", charset="iso-2022-jp",
    body="""白川法律事務所
弁護士 白川 遼 先生

いつもお世話になっております。日の出産業の宮脇です。
来週のご相談に先立ち、朝日ゲストハウス（新今宮）の苦情受付記録を添付いたします。
大河内様からは区への通報と営業停止を求める申入書が届いており、その写しも当日お持ちします。

お目通しのほど、よろしくお願いいたします。
""" + SIG_MIYAWAKI,
    attachments=[{"kind": "pdf", "name": "苦情受付記録_朝日GH_2025.pdf", "title": "苦情受付記録",
                  "lines": ["朝日ゲストハウス 新今宮　近隣苦情受付記録（2025年8月〜10月）", ""],
                  "table": _cmp}])

add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["confidential_marking", "personal_data"],
    "【取扱注意】 in the subject marks the mail itself, sent to the partner law firm",
    sender=MIYAWAKI, to=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="【取扱注意】谷中テラス 近隣住民との協定書改定について", charset="iso-2022-jp",
    body="""白川法律事務所 ご担当者様

お世話になっております。日の出産業の宮脇です。
谷中テラスの近隣協定書の改定案について、ご意見を伺いたくご連絡しました。

町会側の窓口は引き続き山際 武雄様（東京都台東区谷中５－９－４）で、
「22時以降の出入り禁止」を協定に盛り込むよう強く求めておられます。
当社としては、チェックイン時刻の制限（21時まで）で代替できないかと考えております。

改定案の条文は来週お送りします。
""" + SIG_MIYAWAKI)

add("pass", [], ["freemail_recipient"],
    "apology to one neighbour on free mail: only the addressee's own name, nothing about other people",
    sender=MIYAWAKI, to=["宍戸 弘子 <shishido.h1952@yahoo.co.jp>"],
    subject="ごみ出しの件のお詫び（谷中テラス）", charset="iso-2022-jp",
    body="""宍戸 弘子 様

日の出産業株式会社の宮脇でございます。
このたびは、当社施設「谷中テラス」の宿泊者が収集日以外にごみを出していた件で、
ご迷惑をおかけし誠に申し訳ございませんでした。

本日、清掃業者による全量回収を行い、施設内のごみ置き場に施錠式の
ストッカーを設置いたしました。あわせて多言語の分別案内を見直しております。

今後また気になる点がございましたら、24時間窓口（03-5638-4420）まで
いつでもお知らせください。
""" + SIG_MIYAWAKI)

_nbi = "\n".join(f"{n}／{a}／{mobile()}／{m}" for n, a, m in [
    ("大河内 恵", "大阪市浪速区恵美須西2-3-8", "区へ通報済み。弁護士相談の意向あり"),
    ("芝田 勝", "大阪市浪速区恵美須西2-3-12", "ごみの件は解決済み"),
    ("西園寺 薫", "大阪市浪速区恵美須西2-3-9", "駐輪場所を案内済み"),
    ("堤 信吾", "大阪市浪速区恵美須西2-2-15", "早朝の出発時間帯に配慮してほしい"),
    ("李 美玲", "大阪市浪速区恵美須西2-4-1", "中国語での掲示を希望")])
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "neighbour list with addresses and phones escalated internally (subdomain included): all recipients internal",
    sender=MIYAWAKI, to=[f"真壁 聡 <makabe@{D}>", f"大阪拠点 <osaka-office@{DS}>"], cc=[f"法務課 <houmu@{D}>"],
    subject="【エスカレーション】朝日GH 近隣対応の状況", charset="iso-2022-jp",
    body=f"""真壁課長、大阪拠点の皆さま、法務課 各位

宮脇です。朝日ゲストハウスの近隣対応について、現時点の状況を共有します。
白川先生への相談は11/13（木）10時です。

{_nbi}

大河内様には、来週中に真壁課長と私で改めて訪問したいと考えています。
""" + SIG_MIYAWAKI)

add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "four neighbours who will attend the residents' meeting, with phones, to the neighbourhood association head: under five records",
    sender=MIYAWAKI, to=["鍋島 義明 <nabeshima.yanaka@yahoo.co.jp>"],
    subject="住民説明会（11/16）ご出席予定者のご報告", charset="cp932",
    body=f"""鍋島様

いつもお世話になっております。日の出産業の宮脇です。
11月16日（日）の住民説明会について、当社にご連絡をいただいた出席予定の方は
以下の4名です。会場の椅子の手配の参考になさってください。

・山際 武雄 様　{'03-' + digits(4) + '-' + digits(4)}
・土屋 ふみ 様　{mobile()}
・宍戸 弘子 様　{mobile()}
・乙部 澄江 様　{'03-' + digits(4) + '-' + digits(4)}（当日の送迎をご希望）

当社からは真壁と宮脇の2名で伺います。
""" + SIG_MIYAWAKI)

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "report to the health centre of a suspected norovirus case naming three guests with their symptoms and a contact phone",
    sender=MIYAWAKI, to=["東山保健センター 衛生課 <eisei-higashiyama@city.kyoto-higashiyama.lg.jp>"],
    subject="【報告】ひので庵 東山 宿泊者の体調不良（感染性胃腸炎の疑い）", charset="iso-2022-jp",
    body=f"""東山保健センター 衛生課 ご担当者様

簡易宿所「ひので庵 東山」（許可番号 第2024-118号）を運営しております
日の出産業株式会社の宮脇でございます。

11月4日夜から、同一グループの宿泊者3名に嘔吐・下痢の症状があり、
本日午前、京都東山総合病院で感染性胃腸炎（ノロウイルス疑い）と診断されました。

　・Hugo LAMBERT 様（42歳）　嘔吐・発熱38.5℃、点滴治療
　・Élise LAMBERT 様（40歳）　嘔吐・下痢
　・Manon LAMBERT 様（9歳）　下痢
　代表者連絡先：+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}

該当客室は使用を停止し、手順に従って消毒を実施いたしました。
今後の対応についてご指導いただけますと幸いです。
""" + SIG_MIYAWAKI)

_hc_detail = [["氏名", "国籍", "旅券番号", "生年月日", "宿泊日数"]]
for n, nat, k, dob in [("LOPEZ, Andrea", "スペイン", "ES", "1991/03/07"), ("HASSAN, Omar", "エジプト", "EG", "1984/11/23"),
                       ("KOWALSKA, Zofia", "ポーランド", "PL", "1999/06/14"), ("NAKAGAWA, Ken (米国籍)", "アメリカ", "US", "1975/01/30"),
                       ("PHAN, Thi Hoa", "ベトナム", "VN", "1996/08/19"), ("SILVA, Rafael", "ポルトガル", "PT", "1988/12/02")]:
    _hc_detail.append([n, nat, passport(k), dob, rng.randrange(1, 6)])
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "periodic report to the ward office: the first sheet is aggregate, but a second sheet 明細 lists 6 guests with passport numbers",
    sender=ONODERA, to=["台東区 生活衛生課 住宅宿泊事業担当 <minpaku@city.taito-ku.lg.jp>"],
    subject="住宅宿泊事業 定期報告（8月・9月分）", charset="iso-2022-jp",
    body="""台東区 生活衛生課 住宅宿泊事業担当 御中

いつもお世話になっております。日の出産業株式会社 民泊事業部の小野寺です。
住宅宿泊事業法第14条に基づく定期報告（8月・9月分）を提出いたします。
届出番号：M130012345（浅草蔵ハウス）

報告様式は添付のExcelのとおりです。ご確認をお願いいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "xlsx", "name": "定期報告_浅草蔵ハウス_2025年8-9月.xlsx", "sheets": {
        "報告": [["住宅宿泊事業 定期報告書"], ["届出番号", "M130012345"], [],
                 ["項目", "8月", "9月"], ["宿泊日数", 27, 24], ["宿泊者数", 61, 52], ["延べ宿泊者数", 188, 149],
                 ["国籍別内訳", "", ""], ["アメリカ", 14, 9], ["中国", 11, 12], ["韓国", 9, 8], ["その他", 27, 23]],
        "明細": [["宿泊者明細（9月・外国籍）"]] + _hc_detail}}])

add("pass", [], [],
    "periodic report to the health office as a PDF of aggregate counts by nationality: no person",
    sender=ONODERA, to=["墨田区保健所 生活衛生課 <seikatsu-eisei@city.sumida-ku.lg.jp>"],
    subject="住宅宿泊事業 定期報告の提出（押上リバーサイド民泊）", charset="iso-2022-jp",
    body="""墨田区保健所 生活衛生課 ご担当者様

お世話になっております。日の出産業の小野寺です。
押上リバーサイド民泊（届出番号 M130019027）の8月・9月分の定期報告を
PDFにて提出いたします。原本は民泊制度運営システムにも登録済みです。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "定期報告_押上_2025-08_09.pdf", "title": "定期報告",
                  "lines": ["住宅宿泊事業 定期報告書（2025年8月・9月）", "届出番号 M130019027　押上リバーサイド民泊", ""],
                  "table": [["国籍", "8月 宿泊者数", "9月 宿泊者数"], ["中国", "18", "15"], ["台湾", "12", "10"],
                            ["韓国", "9", "14"], ["アメリカ", "7", "6"], ["オーストラリア", "5", "3"],
                            ["その他", "11", "9"], ["合計", "62", "57"], ["宿泊日数", "29", "26"]]}])

add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "the three staff who will attend the health centre's on-site inspection, with mobile numbers: under five records",
    sender=MAKABE, to=["東山保健センター 衛生課 <eisei-higashiyama@city.kyoto-higashiyama.lg.jp>"],
    subject="立入検査（11/19）立会者のご連絡", charset="iso-2022-jp",
    body=f"""東山保健センター 衛生課 ご担当者様

お世話になっております。日の出産業の真壁です。
11月19日（水）10時からの「ひので庵 東山」立入検査には、当社から下記3名が立ち会います。
当日、門の前でお待ちしております。

　真壁 聡（民泊事業部 課長）　携帯 {mobile()}
　宮脇 里美（地域・コンプライアンス担当）　携帯 {mobile()}
　井筒 和也（京都拠点 管理者）　携帯 {mobile()}

宿泊者名簿と消防設備点検の記録は現地でご覧いただけるよう準備いたします。
""" + SIG_MAKABE)


# =========================================================================================
# 6. damage, accidents, insurance; guests' special needs
# =========================================================================================

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], ["personal_data"],
    "accident report to the insurer: a named guest's diagnosis (fractured ankle) and hospital treatment",
    sender=MAKABE, to=["みなと損害保険 事故受付センター <jiko-uketsuke@minato-sonpo.co.jp>"],
    subject="施設賠償責任保険 事故報告（証券番号 MS-88-4471902）", charset="iso-2022-jp",
    body="""みなと損害保険株式会社
事故受付センター ご担当者様

いつもお世話になっております。日の出産業株式会社 民泊事業部の真壁でございます。
施設賠償責任保険（証券番号 MS-88-4471902）に関し、下記のとおり事故のご報告をいたします。

【事故日時】2025年10月30日（木）22時40分頃
【場所】浅草蔵ハウス　1階から2階への内階段
【被害者】Nathan COLE 様（カナダ国籍、1971年5月8日生）
【状況】階段を降りる途中で足を滑らせ転落。救急搬送され、浅草中央病院にて
　　　　右足関節骨折（全治8週間）と診断。11月1日に手術予定。
【当社対応】階段に滑り止めを追加。ご家族の来日費用についてご相談あり。

必要書類をご案内いただけますでしょうか。
""" + SIG_MAKABE)

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "insurance mail naming a guest who was the victim of a robbery and assault near the property (crime victim: 要配慮)",
    sender=FUJISAWA, to=["Claims Desk <claims@globalcare-travel-ins.com>"],
    subject="Incident involving your policyholder - Oshiage, 2 Nov 2025", charset="utf-8",
    body="""Dear Claims Desk,

We manage Oshiage Riverside Stay in Tokyo. Your policyholder Ms. Fatima AL-SAYED
(policy TR-55018842) was our guest from 31 October to 5 November.

On the night of 2 November she was assaulted and robbed of her bag on the street
about 200 m from the property. The Mukojima police took her report (receipt no.
R7-1102-088); she was examined at Sumida Hospital for bruising and released.

She asked us to confirm her stay and the incident to you. Our CCTV covers only the
entrance, but we have kept the footage of that night in case the police need it.
""" + SIG_FUJISAWA)

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "English mail telling an owner company that a named guest was arrested at the property (criminal matter: 要配慮)",
    sender=KIRYU, to=["Li Na Goh <lina.goh@pacific-nest-partners.com>"],
    subject="Urgent: police incident at Oshiage Riverside Stay, room 402", charset="utf-8",
    body="""Dear Ms. Goh,

I am sorry to report that last night (Nov 6, around 23:30) police officers came to
room 402 after a call from a neighbour. The guest, Mr. Dmitri VOLKOV (booked via
StayLink, SL-7798215), was arrested on suspicion of possessing cannabis and taken to
Mukojima police station. His two companions left the property this morning.

The room has been sealed until the police finish their search this afternoon; we
will then clean and inspect it. Bookings for Nov 8 onward are not affected.

I will call you at 5 pm your time to go over the details.
""" + SIG_KIRYU)

add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "damage discussion with the guest (gmail), the owner (icloud) and the cleaning contractor all in To: three external parties see each other",
    sender=FUJISAWA, to=["Ryan Castellano <ryan.castellano@gmail.com>",
                         "Greg Thornton <greg.thornton.jp@icloud.com>",
                         "ピカクリーン 手配センター <tehai@pika-clean.co.jp>"],
    subject="Bathroom door - Oshiage 301 - next steps", charset="utf-8",
    body="""Dear all,

To keep everyone on the same page about the bathroom door in room 301:

- Pika Clean found the door off its hinges at check-out on Oct 10 (photos sent).
- The contractor's estimate is JPY 47,300; repair is booked for Oct 16, 10:00.
- Ryan has agreed to cover the cost through the platform.
- Greg, as the owner, please confirm the repair slot works for you.

Thank you all.
""" + SIG_FUJISAWA)

add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named guest's severe peanut allergy passed to the welcome-basket supplier: health data of one person, or an ordinary dietary request",
    sender=ONODERA, to=["北国フーズ ギフト受注 <gift@kitaguni-foods.co.jp>"],
    subject="ウェルカムバスケット（11/14 谷中テラスA棟）ご注文", charset="iso-2022-jp",
    body="""北国フーズ株式会社 ギフト受注ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
下記のとおりウェルカムバスケットを注文いたします。

・お届け日時：11月14日（金）12時〜14時
・お届け先：谷中テラスA棟（東京都台東区谷中５－９－２）
・内容：北海道スイーツセット（4名様用）

なお、ご宿泊のEleanor WRIGHT様は重度のピーナッツアレルギー（エピペン携帯）を
お持ちとのことですので、ナッツ類を含む商品・同一ラインで製造された商品は
除外してください。代替品のご提案をいただけますと助かります。
""" + SIG_ONODERA)

_halal = "\n".join(f"　{n}\t{rel}\t{meal}" for n, rel, meal in [
    ("Ahmad bin ISMAIL", "イスラム教", "ハラール・豚由来不可・アルコール不可"),
    ("Nurul AINI", "イスラム教", "ハラール"),
    ("Siti HAJAR", "イスラム教", "ハラール"),
    ("Rajesh KUMAR", "ヒンドゥー教", "牛肉不可・ベジタリアン"),
    ("Muhammad FARHAN", "イスラム教", "ハラール・豚由来不可"),
    ("Daniel TEO", "（特になし）", "制限なし")])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "catering order listing 6 guests by name with their religion (宗教・信条: 要配慮) to an outside caterer",
    sender=ONODERA, to=["サラーム・キッチン 受注担当 <order@salam-kitchen.jp>"],
    subject="11/21 朝食ケータリングのご依頼（6名・宗教上の配慮あり）", charset="utf-8",
    body=f"""サラーム・キッチン 受注ご担当者様

はじめてご連絡いたします。日の出産業株式会社 民泊事業部の小野寺と申します。
11月21日（金）朝7時30分、浅草蔵ハウスへの朝食ケータリング（6名分）をお願いしたく、
宗教上の配慮が必要な方を含めた一覧をお送りします。

　氏名\t宗教\t食事制限
{_halal}

ご対応可能かどうか、お見積りとあわせてご返信いただけますと幸いです。
""" + SIG_ONODERA)

add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "taxi booking telling the cab company a named guest's physical disability grade and wheelchair use, with her phone",
    sender=ONODERA, to=["あさひ交通 配車センター <haisha@asahi-kotsu-taxi.co.jp>"],
    subject="福祉タクシーのご予約（11/9 浅草→羽田空港）", charset="iso-2022-jp",
    body=f"""あさひ交通 配車センター ご担当者様

お世話になっております。日の出産業の小野寺です。
福祉タクシーの予約をお願いいたします。

・日時：11月9日（日）8時00分　浅草蔵ハウス前（台東区浅草３－２１－５）
・行先：羽田空港 第3ターミナル
・ご利用者：塙 さゆり 様（身体障害者手帳1級、下肢機能障害）
　電動でない車椅子をご利用、付き添い1名
・当日の連絡先：{mobile()}

スロープ付き車両でのご手配をお願いいたします。
""" + SIG_ONODERA)

_fwreg = []
for n, kana, era, a, t in [("陸奥 晴美", "ムツ ハルミ", "昭和５８年４月２日", "宮城県仙台市青葉区上杉３－７－１２", "０９０－３３８１－４４０７"),
                           ("陸奥 蒼", "ムツ アオイ", "平成２３年１１月３日", "宮城県仙台市青葉区上杉３－７－１２", "（同上）"),
                           ("九十九 昌平", "ツクモ ショウヘイ", "Ｈ２．１１．３", "福岡県福岡市中央区薬院２－１８－５", "０８０－５５１７－２９０３"),
                           ("一色 まどか", "イッシキ マドカ", "S61.7.25", "北海道札幌市中央区南三条西９－１－４", "０７０－２２０４－６６１８"),
                           ("東雲 徹", "シノノメ トオル", "昭和４９年１月１５日", "愛知県名古屋市千種区覚王山通８－３３", "０９０－７７１０－５２４１")]:
    _fwreg.append(f"{n}（{kana}）　{era}生　{a}　{t}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "long-stay guest register (5 Japanese guests, 和暦 and full-width birth dates, addresses, phones) to a private owner on carrier mail",
    sender=ONODERA, to=["設楽オーナー <shitara.k-owner@ezweb.ne.jp>"],
    subject="谷中テラスB棟 マンスリー利用者のご報告（１０月）", charset="utf-8",
    body="""設楽様

いつもお世話になっております。日の出産業の小野寺です。
１０月のマンスリー（３０泊以上）ご利用者を、ご依頼どおり名簿の形でお送りします。

""" + "\n".join(_fwreg) + """

いずれも転勤・研修に伴うご利用で、近隣からの苦情はございません。
""" + SIG_ONODERA)


# =========================================================================================
# 7. owners, money, tax, payroll
# =========================================================================================

_ref = [["返金振込依頼一覧（宿泊キャンセル返金分）"], ["依頼日", "2025/11/05"], [],
        ["No", "受取人名（カナ）", "銀行名", "支店名", "種別", "口座番号", "金額", "予約番号"]]
for i, (kana, bank, br) in enumerate([("ハセクラ ユウタ", "みどり銀行", "仙台駅前支店"),
                                      ("オオツキ レイコ", "東都信用金庫", "本店営業部"),
                                      ("ヤマブキ ソウスケ", "さつき銀行", "博多支店"),
                                      ("ワタヌキ ミユ", "ゆうちょ銀行", "〇二八店"),
                                      ("カザマ ケンジ", "みどり銀行", "名古屋支店")], 1):
    _ref.append([i, kana, bank, br, "普通", digits(7), rng.randrange(8, 60) * 1000, f"DIRECT-0{digits(3)}"])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "XLSX of 5 guests' refund transfers (names in kana with bank accounts) sent to the partner bank",
    sender=SAWAI, to=["みどり銀行 錦糸町支店 法人営業課 <kinshicho-houjin@midori-ginko.co.jp>"],
    subject="総合振込データ送付の件（返金分・11/5依頼）", charset="cp932",
    body="""みどり銀行 錦糸町支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理課の沢井です。
インターネットバンキングの障害により本日の総合振込が登録できないため、
先日ご案内いただいたとおり、振込データをExcelでお送りします。
振込指定日は11月7日（金）でお願いいたします。
""" + SIG_SAWAI,
    attachments=[{"kind": "xlsx", "name": "返金振込依頼_20251105.xlsx", "sheets": {"振込依頼": _ref}}])

_own = [["オーナー", "住所", "振込先", "10月売上", "管理料", "送金額"]]
_own_acc = [["オーナー", "銀行", "支店", "口座番号"]]
for n, a in [("設楽 浩一", "東京都文京区千駄木２－１９－６"), ("松平 直人", "神奈川県横浜市港北区日吉本町１－４－２２"),
             ("高畑 誠一", "東京都杉並区阿佐谷北４－１１－８"), ("Gregory THORNTON", "東京都港区南麻布３－９－１５－７０２"),
             ("千早 ルミ子", "千葉県浦安市美浜５－２－３"), ("雲井 直樹", "埼玉県さいたま市浦和区常盤６－８－１")]:
    sales = rng.randrange(300, 1500) * 1000
    _own.append([n, a, "別シート参照", sales, int(sales * 0.2), int(sales * 0.8)])
    _own_acc.append([n, rng.choice(["みどり銀行", "東都信用金庫", "さつき銀行"]),
                     rng.choice(["本店", "千駄木支店", "日吉支店", "阿佐谷支店"]), f"普通 {digits(7)}"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], ["personal_data"],
    "owner payout workbook (6 private owners with home addresses and bank accounts, two sheets) sent to the outside tax accountant",
    sender=SAWAI, to=["小坂税理士事務所 小坂先生 <kosaka@kosaka-tax.jp>"],
    subject="10月分 オーナー送金明細の送付", charset="iso-2022-jp",
    body="""小坂税理士事務所
小坂 先生

いつもお世話になっております。日の出産業 経理課の沢井です。
10月分のオーナー送金明細をお送りします。シート「送金」が集計、シート「口座」が
振込先です。源泉徴収の要否（非居住者オーナー分）についてご確認をお願いいたします。
""" + SIG_SAWAI,
    attachments=[{"kind": "xlsx", "name": "オーナー送金明細_2025年10月.xlsx",
                  "sheets": {"送金": [["オーナー送金明細（2025年10月分）"], []] + _own, "口座": _own_acc}}])

_mn18 = mn()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "one owner's My Number (個人番号) in running text to the accountant for the 支払調書",
    sender=SAWAI, to=["小坂税理士事務所 小坂先生 <kosaka@kosaka-tax.jp>"],
    subject="Re: 支払調書作成に必要な情報（設楽様分）", charset="iso-2022-jp",
    body=f"""小坂先生

お世話になっております。沢井です。
ご依頼の件、設楽様分の情報をお送りします。

不動産の使用料等の支払調書
　支払を受ける者：設楽 浩一 様
　住所：東京都文京区千駄木２－１９－６
　個人番号：{grp4(_mn18)}
　支払金額：年間 8,412,000円

本人確認書類の写しは郵送いたします。
ほかのオーナー様分は揃い次第お送りします。

> 沢井様
> 設楽様分の支払調書を先に作成したいので、住所と個人番号を教えていただけますか。
> 小坂
""" + SIG_SAWAI)

_mnx = [["不動産の使用料等の支払調書 作成用データ（令和7年分）"], [],
        ["支払を受ける者", "住所", "個人番号", "区分", "支払金額"]]
for n, a in [("松平 直人", "神奈川県横浜市港北区日吉本町１－４－２２"), ("高畑 誠一", "東京都杉並区阿佐谷北４－１１－８"),
             ("千早 ルミ子", "千葉県浦安市美浜５－２－３"), ("雲井 直樹", "埼玉県さいたま市浦和区常盤６－８－１"),
             ("汐留 佳乃", "東京都品川区東五反田３－１４－１－１２０３")]:
    _mnx.append([n, a, mn(), "家賃（民泊転貸）", rng.randrange(200, 900) * 10000])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "XLSX of 5 owners' My Numbers and addresses for the 支払調書, with a title row, sent to the accountant",
    sender=SAWAI, to=["小坂税理士事務所 事務担当 <office@kosaka-tax.jp>"],
    subject="支払調書用データ（残り5名分）", charset="iso-2022-jp",
    body="""小坂税理士事務所 事務ご担当者様

お世話になっております。日の出産業 経理課の沢井です。
支払調書作成用の残り5名分のデータを添付いたします。
提出期限の関係で、年内に一度ドラフトを拝見できますと助かります。
""" + SIG_SAWAI,
    attachments=[{"kind": "xlsx", "name": "支払調書データ_R7_残り5名.xlsx", "sheets": {"データ": _mnx}}])

_sr = []
for n, dob in [("ンドゥール・アワ", "1997年2月14日"), ("蓮見 陽菜", "2003年8月1日"), ("栗花落 充", "1968年10月27日")]:
    _sr.append(f"【{n}】\n　生年月日：{dob}\n　基礎年金番号：{digits(4)}-{digits(6)}\n　個人番号：{mn()}\n　雇用形態：パート（清掃）週20時間")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"], ["personal_data"],
    "three new part-timers' basic pension numbers and My Numbers sent to an outside labour and social-security consultant",
    sender=SAWAI, to=["ひかり社会保険労務士法人 手続課 <tetsuzuki@hikari-sr.jp>"],
    subject="資格取得届の作成依頼（清掃パート3名・11/1入社）", charset="utf-8",
    body="""ひかり社会保険労務士法人
手続課 ご担当者様

いつもお世話になっております。日の出産業 経理課の沢井です。
11月1日入社の清掃パート3名について、社会保険・雇用保険の資格取得届の作成をお願いします。

""" + "\n\n".join(_sr) + """

雇用契約書の写しは別途郵送いたします。
""" + SIG_SAWAI)

add("stop", [], ["unscannable_attachment"],
    "password ZIP (PPAP) of the guest register sent to an owner company, password to follow: cannot be inspected",
    sender=KIRYU, to=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="宿泊者名簿（10月分）の送付", charset="iso-2022-jp",
    body="""株式会社グローブ・レジデンス 管理部 御中

お世話になっております。日の出産業の桐生です。
ご依頼の押上リバーサイド民泊 10月分の宿泊者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

桐生
""",
    attachments=[{"kind": "zip", "name": "meibo_oshiage_202510.zip", "password": "Osh1ge#2510",
                  "files": [{"kind": "csv", "name": "宿泊者名簿_202510.csv", "encoding": "cp932",
                             "rows": [["氏名", "国籍", "旅券番号"],
                                      ["Lars EKLUND", "スウェーデン", passport("SE")],
                                      ["Mia EKLUND", "スウェーデン", passport("SE")],
                                      ["CHOI Yuna", "韓国", passport("KR")]]}]}])

add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "password-protected PDF quarterly report to a private overseas owner on free mail: cannot be inspected",
    sender=KIRYU, to=["Greg Thornton <greg.thornton.jp@icloud.com>"],
    subject="Q3 owner report - Yanaka Terrace Unit B (password protected)", charset="utf-8",
    body="""Hi Greg,

Attached is the Q3 owner report for Unit B. As agreed, the PDF is password-
protected; I'll text you the password on WhatsApp.

Highlights: 81% occupancy, ADR up 6% on Q2, one minor damage claim recovered in full.
""" + SIG_KIRYU,
    attachments=[{"kind": "pdf", "name": "Q3_Owner_Report_YanakaB.pdf", "password": "yanakaB-Q3",
                  "lines": ["Owner report Q3 2025 - Yanaka Terrace Unit B", "Occupancy 81%", "ADR JPY 21,400"]}])

add("stop", [], ["confidential_marking"],
    "owner report PDF whose footer reads CONFIDENTIAL - Internal Only, sent to an owner company; the mail text is harmless",
    sender=KIRYU, to=["Daniel Whitfield <daniel.whitfield@harborlight-holdings.com>"],
    subject="Yanaka Terrace - 2026 pricing outlook", charset="utf-8",
    body="""Dear Daniel,

Ahead of our budget call, here is the pricing outlook we prepared for 2026. Please
have a look at pages 2-3 in particular; I'd value your view on the winter rates.
""" + SIG_KIRYU,
    attachments=[{"kind": "pdf", "name": "2026_Pricing_Outlook_Yanaka.pdf", "title": "2026 Pricing Outlook",
                  "page_footer": "CONFIDENTIAL - Internal Only - Hinode Sangyo Vacation Rental Division",
                  "lines": ["2026 Pricing Outlook - Yanaka Terrace", "",
                            "Base rate Jan-Feb: JPY 17,500 (-8% vs 2025)",
                            "Cherry blossom (Mar 20-Apr 10): JPY 32,000, min. 3 nights",
                            "Competitor set: 6 listings within 500 m, median JPY 19,800",
                            "Our management fee review: 20% -> 18% for owners above 75% occupancy"]}])

add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "notice to three private owners on three free-mail domains, all in To instead of Bcc",
    sender=KIRYU, to=["高畑 誠一 <s.takahata.home@gmail.com>", "千早 ルミ子 <rumiko.chihaya@yahoo.co.jp>",
                      "松平 直人 <n.matsudaira.owner@icloud.com>"],
    subject="宿泊税の改定に伴う料金設定変更のお知らせ", charset="iso-2022-jp",
    body="""オーナーの皆さま

いつも大変お世話になっております。日の出産業 民泊事業部の桐生です。

2026年4月から東京都の宿泊税が改定され、民泊施設も課税対象が拡大されます。
これに伴い、各プラットフォームの料金設定を3月中に変更いたします。

・1人1泊あたりの税額：宿泊料金の区分に応じて100円〜300円
・お客様へは宿泊料金と別に表示（プラットフォーム上で自動計算）
・オーナー様の収支への影響は軽微と見込んでおります

詳細は来月のオーナー会でご説明いたします。
""" + SIG_KIRYU)

add("stop", [], ["confidential_marking"],
    "XLSX whose printed page header is 社外秘 (rate strategy, no people) sent to the partner hotel",
    sender=MAKABE, to=["さくらホテル 法人営業部 <houjin@sakura-hotel.jp>"],
    subject="共同販売プランの料金案", charset="iso-2022-jp",
    body="""さくらホテル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の真壁です。
先日お話しした「ホテル＋町家ステイ」共同販売プランの料金案をお送りします。
ご意見をいただけますと幸いです。
""" + SIG_MAKABE,
    attachments=[{"kind": "xlsx", "name": "共同販売プラン_料金案.xlsx", "page_header": "社外秘",
                  "sheets": {"料金案": [["共同販売プラン 料金案（2026年春）"], [],
                                        ["プラン", "ホテル泊数", "民泊泊数", "販売価格", "当社取り分"],
                                        ["浅草2+2", 2, 2, 96000, 41000], ["京都1+3", 1, 3, 118000, 63000],
                                        ["羽田前泊+浅草3", 1, 3, 104000, 52000]]}}])

add("stop", [], ["confidential_marking", "freemail_recipient"],
    "English mail to an owner on free mail classified 'Internal Only' at the top: a marking of the mail itself",
    sender=KIRYU, to=["Hannah Brooks-Sato <hbrooks.sato@outlook.com>"],
    subject="Management fee review - draft", charset="utf-8",
    body="""Classification: INTERNAL ONLY

Hi Hannah,

Here is the draft of the management fee review we discussed. None of this is final
and the numbers may still change after our board meets on the 20th.

- Current fee: 20% of gross booking revenue
- Proposal A: 18% + JPY 3,000 per cleaning
- Proposal B: 15% flat, owner pays linen separately

I'd be grateful for your first reaction before I present it to the other owners.
""" + SIG_KIRYU)


# =========================================================================================
# 8. look-alike domains
# =========================================================================================

add("stop", [], ["lookalike_domain"],
    "internal shift table sent to hinode-sangyou.co.jp (an extra 'u'): a look-alike of the company's own domain",
    sender=HORI, to=["井筒 和也 <izutsu.k@hinode-sangyou.co.jp>"],
    subject="京都拠点 12月の清掃立会いシフト", charset="iso-2022-jp",
    body="""井筒さん

お疲れさまです。堀です。
12月の「ひので庵 東山」清掃立会いシフト案です。ご確認ください。

　12/1〜12/7　　井筒
　12/8〜12/14　 森岡
　12/15〜12/21　井筒
　12/22〜12/28　森岡（12/27のみ本社から堀が応援）

年末の大掃除は12/29に業者と一緒に実施します。
""" + SIG_HORI)

add("stop", [], ["lookalike_domain"],
    "question to the PMS vendor sent to tsubasa-systems.jp (an added 's'): look-alike of the partner domain",
    sender=ONODERA, to=["ツバサシステム サポート <support@tsubasa-systems.jp>"],
    subject="Re: 【不具合報告】予約同期で重複ブッキングが発生", charset="iso-2022-jp",
    body="""ツバサシステム サポートデスク ご担当者様

ご回答ありがとうございます。小野寺です。
ご案内いただいた回避策（在庫同期の間隔を5分→15分に変更）を本日設定しました。
恒久対応のリリース予定日が決まりましたら、お知らせいただけますでしょうか。

> 日の出産業 小野寺様
> 暫定対応として、在庫同期間隔を15分に変更いただけますでしょうか。
""" + SIG_ONODERA)

add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "overflow booking with one guest's name and phone sent to sakura-hoteI.jp (capital I for l): homoglyph of the partner domain",
    sender=ONODERA, to=["さくらホテル 浅草雷門 フロント <front-asakusa@sakura-hoteI.jp>"],
    subject="振替宿泊のお願い（11/15 1泊）", charset="iso-2022-jp",
    body=f"""さくらホテル 浅草雷門 フロントご担当者様

お世話になっております。日の出産業の小野寺です。
当社施設の給湯器故障により、下記のお客様の振替宿泊をお願いできますでしょうか。

　宿泊日：11月15日（土）1泊　ツイン1室
　ご宿泊者：Benjamin ROUSSEAU 様 ほか1名
　連絡先：+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}
　料金：法人契約レート（当社請求）

20時頃のチェックインになる見込みです。
""" + SIG_ONODERA)

add("stop", [], ["lookalike_domain"],
    "consultation to the law firm sent to shirakawa-law.co.jp (a 'co.' added): look-alike of the partner domain",
    sender=MIYAWAKI, to=["白川 遼 先生 <r.shirakawa@shirakawa-law.co.jp>"],
    subject="損害賠償請求の進め方についてのご相談", charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。日の出産業の宮脇です。
押上リバーサイド301号室の扉破損の件で、ゲストがプラットフォーム経由の支払に
応じないまま帰国してしまいました。請求額は47,300円です。

少額ですが、同種の事案が今年3件目となるため、今後の対応方針（少額訴訟の可否、
プラットフォームへの申立ての限界など）についてご助言いただけますでしょうか。
""" + SIG_MIYAWAKI)

add("stop", [], ["lookalike_domain"],
    "question to the bank sent to midori-ginko.jp (the 'co.' dropped): look-alike of the partner bank",
    sender=SAWAI, to=["みどり銀行 錦糸町支店 <kinshicho-houjin@midori-ginko.jp>"],
    subject="外貨送金（オーナー様向け）の手数料について", charset="iso-2022-jp",
    body="""みどり銀行 錦糸町支店 法人営業課 ご担当者様

お世話になっております。日の出産業 経理課の沢井です。
海外在住のオーナー様への毎月の送金（米ドル・シンガポールドル）について、
来年から件数が増える見込みのため、手数料の優遇プランがあればご案内いただけますでしょうか。

月間見込み：12件前後、1件あたり平均30万円相当
""" + SIG_SAWAI)

add("stop", [], ["lookalike_domain"],
    "smart-lock order sent to kawasakl-denki.co.jp (l for i): look-alike of the partner domain",
    sender=HORI, to=["川崎電機 スマートロック受注 <lock-order@kawasakl-denki.co.jp>"],
    subject="スマートロック交換用電池・予備機の注文", charset="iso-2022-jp",
    body="""川崎電機株式会社 スマートロック受注ご担当者様

お世話になっております。日の出産業の堀です。
以下を注文いたします。

・KD-SL300 専用リチウム電池パック　　12個
・KD-SL300 本体（予備機）　　　　　　 2台
・納品先：日の出産業 民泊事業部（墨田区江東橋２－１４－７ 日の出ビル6F）

請求書は経理課 沢井宛でお願いします。
""" + SIG_HORI)

add("stop", [], ["lookalike_domain"],
    "mail meant for a colleague sent to hinode-sangyo-co.jp (a hyphen for the dot): look-alike of the company's own domain",
    sender=MAKABE, to=["森岡 由依 <morioka.y@hinode-sangyo-co.jp>"],
    subject="来期の京都拠点の体制について", charset="iso-2022-jp",
    body="""森岡さん

お疲れさまです。真壁です。
来期、京都拠点の施設を2棟増やす方向で検討しています。
現場の負担感を率直に聞きたいので、来週どこかで30分ほど時間をもらえますか。

候補：11/18（火）15時、11/19（水）16時、11/20（木）10時
""" + SIG_MAKABE)


# =========================================================================================
# 9. hard must-go cases: owners, statements, internal, quoted
# =========================================================================================

_mn_int = mn()
_cc_int = cc()
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "CREDIT_CARD"], [],
    "an owner's My Number and a guest's card number, but sent only to colleagues (a subdomain of the company counts as internal)",
    sender=SAWAI, to=[f"京都拠点 <kyoto-office@{DS}>"], cc=[f"桐生 紗良 <kiryu@{D}>"],
    subject="【社内】雲井オーナーの個人番号・返金カードの件", charset="iso-2022-jp",
    body=f"""京都拠点 各位、桐生さん

経理の沢井です。2点、社内共有です。

1. 雲井 直樹オーナーの個人番号を受領しました（支払調書用）。
   個人番号：{_mn_int}
   京都拠点で保管している届出書類の控えにも記載があれば、確認のうえ破棄してください。

2. 11/2 ひので庵 東山のキャンセル返金は、カード会社経由で処理します。
   カード番号：{grp4(_cc_int, '-')}（予約 TY25-462215、名義 OKAFOR CHIDI）

どちらも社外への転送は厳禁でお願いします。
""" + SIG_SAWAI)

add("pass", [], [],
    "monthly owner statement to an owner company: revenue figures, booking codes and the standard disclaimer",
    sender=KIRYU, to=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="押上リバーサイド民泊 10月度 収支報告", charset="iso-2022-jp",
    body="""株式会社グローブ・レジデンス 管理部 御中

いつもお世話になっております。日の出産業の桐生です。
押上リバーサイド民泊の10月度収支をご報告いたします。

　宿泊売上　　　　　　 3,284,600円（稼働率 84.2%、平均単価 21,760円）
　プラットフォーム手数料　 -492,690円
　清掃・リネン費　　　　　-418,000円
　当社管理料（20%）　　 -656,920円
　送金額　　　　　　　 1,716,990円（11/10 送金予定）

騒音苦情が1件ございましたが、当日中に対応済みです（詳細は別途ご報告済み）。
""" + SIG_KIRYU + DISC_JA)

add("pass", [], [],
    "comparison of cleaning companies (company names, switchboards, prices) for an owner: a list of businesses",
    sender=HORI, to=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="清掃会社の比較（押上エリア）", charset="cp932",
    body="""グローブ・レジデンス 管理部 御中

お世話になっております。日の出産業の堀です。
押上リバーサイドの清掃委託先の見直しについて、候補3社の比較をお送りします。

・ピカクリーン株式会社（代表 03-6659-1100）
　退室清掃 1室 5,800円／リネン込み／当日対応可
・星空サービス株式会社（代表 03-5610-2288）
　退室清掃 1室 5,200円／リネン別 1,200円／前日17時締切
・株式会社ハウスケア錦糸（代表 03-3633-7070）
　退室清掃 1室 6,100円／リネン込み／写真報告あり

品質面では現行のピカクリーンさんが最も安定しています。
""" + SIG_HORI)

_t_no = "T" + corp("030100" + digits(6))
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "management-fee invoice to an owner company with the company's T-number and its own bank account: business data only",
    sender=SAWAI, to=["Harborlight Holdings Accounts <accounts@harborlight-holdings.com>"],
    subject="ご請求書送付（2025年10月分 運営管理料）", charset="utf-8",
    body=f"""Harborlight Holdings ご担当者様

いつもお世話になっております。日の出産業 経理課の沢井です。
2025年10月分の運営管理料のご請求書をお送りします。

　請求書番号：HS-MP-2510-031
　対象施設：谷中テラス（A棟・B棟）
　ご請求金額：¥418,660（税込）
　お支払期日：2025年11月30日

　振込先：みどり銀行 錦糸町支店 普通 4417023 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　登録番号：{_t_no}（日の出産業株式会社）

Please let me know if you need an English version of the invoice.
""" + SIG_SAWAI,
    attachments=[{"kind": "pdf", "name": "請求書_HS-MP-2510-031.pdf", "title": "請求書",
                  "lines": ["御請求書", "Harborlight Holdings 御中", f"登録番号 {_t_no}",
                            "請求書番号 HS-MP-2510-031", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["運営管理料（A棟）", "1", "198,000", "198,000"],
                            ["運営管理料（B棟）", "1", "182,600", "182,600"],
                            ["消費税（10%）", "", "", "38,060"],
                            ["合計", "", "", "418,660"]]}])

add("pass", [], [],
    "seasonal rate table (XLSX) for an owner company: prices only",
    sender=KIRYU, to=["Li Na Goh <lina.goh@pacific-nest-partners.com>"],
    subject="Oshiage Riverside Stay - proposed rates Dec 2025 to Mar 2026", charset="utf-8",
    body="""Dear Ms. Goh,

Attached are the proposed nightly rates for the winter season. The main change is a
higher weekend premium in late March for the cherry blossoms. If you are happy with
them, we will load them into the channel manager on November 20.
""" + SIG_KIRYU,
    attachments=[{"kind": "xlsx", "name": "Oshiage_rates_2025-12_2026-03.xlsx", "sheets": {
        "Rates": [["Oshiage Riverside Stay - nightly rates (JPY)"], [],
                  ["Period", "Room type", "Weekday", "Weekend", "Min nights"],
                  ["Dec 1-Dec 25", "2BR (up to 6)", 24000, 29000, 2],
                  ["Dec 26-Jan 4", "2BR (up to 6)", 42000, 42000, 3],
                  ["Jan 5-Feb 28", "2BR (up to 6)", 19500, 24000, 2],
                  ["Mar 1-Mar 19", "2BR (up to 6)", 23000, 28000, 2],
                  ["Mar 20-Apr 10", "2BR (up to 6)", 36000, 45000, 3]],
        "Notes": [["Cleaning fee JPY 9,000 per stay"], ["Accommodation tax collected separately"]]}}])

add("pass", [], [],
    "English monthly performance report with an XLSX of occupancy and revenue per unit, to an owner company",
    sender=KIRYU, to=["Daniel Whitfield <daniel.whitfield@harborlight-holdings.com>"],
    cc=["Accounts <accounts@harborlight-holdings.com>"],
    subject="October performance - Yanaka Terrace", charset="utf-8",
    body="""Dear Daniel,

October was a strong month for Yanaka Terrace: combined occupancy reached 87%, the
highest since you joined us, and the average daily rate held at JPY 21,900 despite
two new competitors opening nearby. Review score: 4.86 (31 reviews).

The detail by unit is in the attached workbook. Payout of JPY 1,122,480 will reach
your account on November 10.
""" + SIG_KIRYU + DISC_EN,
    attachments=[{"kind": "xlsx", "name": "Yanaka_Terrace_2025-10_performance.xlsx", "sheets": {
        "Summary": [["Yanaka Terrace - October 2025"], [],
                    ["Unit", "Nights sold", "Occupancy", "ADR (JPY)", "Revenue (JPY)"],
                    ["A", 28, "90%", 22400, 627200], ["B", 26, "84%", 21350, 555100]],
        "Reviews": [["Month", "Reviews", "Average"], ["2025-08", 22, 4.79], ["2025-09", 19, 4.81],
                    ["2025-10", 31, 4.86]]}}])

_fw_int = "\n".join(f"{n}\t{nat}\t{passport(k)}\t{mobile() if nat == '日本' else '+1 646 555 ' + digits(4)}"
                    for n, nat, k in [("Ava MITCHELL", "アメリカ", "US"), ("Leo MITCHELL", "アメリカ", "US"),
                                      ("Grace KIM", "アメリカ", "US"), ("Owen PATEL", "アメリカ", "US"),
                                      ("Ruby CHANG", "アメリカ", "US")])
add("pass", ["PERSON_NAME", "JP_PASSPORT", "PHONE_NUMBER"], [],
    "forward of a tour company's guest list with passport numbers, but only to colleagues",
    sender=FUJISAWA, to=[f"小野寺 美咲 <onodera.m@{D}>", f"堀 翔太 <hori.s@{DS}>"],
    subject="FW: Group arrival list - Nov 27 (5 pax)", charset="utf-8",
    body=f"""小野寺さん、堀さん

藤沢です。11/27到着の学生グループの名簿が旅行会社から届いたので転送します。
部屋割りとリネン数の準備をお願いします。

---------- Forwarded message ---------
From: Bright Path Study Tours <groups@brightpath-tours.com>
Date: Mon, Nov 10, 2025 at 8:14 AM
Subject: Group arrival list - Nov 27 (5 pax)

Name\tNationality\tPassport\tPhone
{_fw_int}
""")

_orig = "\n".join(f"{n}　{nat}　{passport(k)}" for n, nat, k in [
    ("Samuel OKAFOR", "ナイジェリア", "NG"), ("Chidi OKAFOR", "ナイジェリア", "NG"),
    ("Hana SVOBODOVÁ", "チェコ", "CZ"), ("Marco BIANCHI", "イタリア", "IT"), ("Giulia BIANCHI", "イタリア", "IT")])
add("pass", [], [],
    "reply to an owner company: the guest list with passport numbers is only in the quoted original (-----Original Message-----) that the owner sent",
    sender=KIRYU, to=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="RE: 11月前半の宿泊者名簿について", charset="iso-2022-jp",
    body=f"""グローブ・レジデンス 管理部 御中

ご連絡ありがとうございます。桐生です。
ご指摘のとおり、11月前半分の名簿のうち旅券写しが未取得のものはございません。
当社保管分と照合し、すべて一致していることを確認いたしました。

今後、名簿はメールではなく共有ポータルでご覧いただく形に切り替えたいと考えております。
来週の定例でご相談させてください。
{SIG_KIRYU}
-----Original Message-----
From: グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>
Sent: Tuesday, November 18, 2025 4:02 PM
To: kiryu@hinode-sangyo.co.jp
Subject: 11月前半の宿泊者名簿について

日の出産業 桐生様

区の調査に備え、当社でも以下の宿泊者の旅券写しが揃っているか確認したく存じます。
{_orig}

よろしくお願いします。
""")

add("pass", [], [],
    "newsletter to the owners sent with every owner in Bcc and only the sender's own address in To",
    sender=KIRYU, to=[f"Sara Kiryu <kiryu@{D}>"],
    bcc=["kanri@globe-residence.co.jp", "accounts@pacific-nest-partners.com",
         "daniel.whitfield@harborlight-holdings.com", "owner-desk@kotobuki-estate.co.jp",
         "info@minato-asset-partners.jp"],
    subject="【日の出産業 民泊事業部】オーナー様向けニュース 2025年11月号", charset="iso-2022-jp",
    body="""オーナーの皆さま

いつもお世話になっております。日の出産業 民泊事業部です。
11月号のトピックをお届けします。

1. 年末年始の予約状況：全施設平均で12/27〜1/3の予約率は91%です。
2. 宿泊税の改定（2026年4月〜）：料金設定の変更は当社で対応いたします。
3. スマートロックの更新：12月中に全施設で新型（KD-SL300）へ交換します。費用は当社負担です。
4. オーナー会のご案内：12月6日（土）14時〜、当社6F会議室（オンライン併用）

ご不明な点は担当までお問い合わせください。
""" + DISC_JA)

add("pass", [], ["freemail_recipient"],
    "noise warning to one guest on free mail about a neighbour's complaint: no third party is named",
    sender=FUJISAWA, to=["Connor Fitzgerald <connor.fitz93@outlook.com>"],
    subject="Please keep the noise down after 10 pm - Asakusa Kura House", charset="utf-8",
    body="""Hi Connor,

I hope you're enjoying Tokyo. We received a complaint from a neighbour last night about
loud voices on the balcony after midnight. I'm sure it wasn't intentional, but the
house is in a quiet residential street and the walls between houses are thin.

Could you and your friends please keep the balcony closed after 10 pm and talk quietly
inside? Under our house rules, a second complaint may mean we have to ask you to leave
without a refund, which none of us want.

Thank you for understanding, and enjoy the rest of your stay.
""" + SIG_FUJISAWA)

add("pass", [], [],
    "explains to an overseas owner company why passport copies cannot be shared: talks about passports, carries no number",
    sender=KIRYU, to=["Li Na Goh <lina.goh@pacific-nest-partners.com>"],
    subject="Re: Access to guest passport copies", charset="utf-8",
    body="""Dear Ms. Goh,

Thank you for your question. Under Japan's Private Lodging Business Act we, as the
registered management company, must record each foreign guest's nationality and
passport number and keep a copy of the passport for three years. The same rules say
the register may be shown to the authorities on request, but we may not pass it on
for other purposes without a legal basis.

What we can share with you each month is the aggregate report (nights, number of
guests by nationality) and any incident reports. If your insurer ever needs to
confirm a specific stay, we can confirm it directly to them on your instruction.

I hope this clarifies our position.
""" + SIG_KIRYU)

add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "multiple_external_domains"],
    "damage-claim follow-up to the partner law firm with the owner company in Cc: two organisations, one guest's contact",
    sender=MIYAWAKI, to=["白川法律事務所 弁護士 白川 遼 先生 <r.shirakawa@shirakawa-law.jp>"],
    cc=["株式会社グローブ・レジデンス 管理部 <kanri@globe-residence.co.jp>"],
    subject="押上301 扉破損の損害賠償請求（内容証明の送付先）", charset="iso-2022-jp",
    body=f"""白川先生
（cc：グローブ・レジデンス 管理部 御中）

お世話になっております。日の出産業の宮脇です。
先日ご相談した押上リバーサイド301号室の件、請求書の送付先をお知らせします。

　宿泊者：Ryan CASTELLANO 様
　電話：+1 415 555 {digits(4)}
　予約番号：SL-7781990（2025/10/6〜10/10）
　請求額：47,300円（修理見積書のとおり）

オーナーのグローブ・レジデンス様にも経過を共有するため、ccに入れております。
""" + SIG_MIYAWAKI)

add("pass", [], [],
    "HTML-only monthly newsletter to one owner with a table of properties and occupancy: no personal data",
    sender=KIRYU, to=["寿エステート オーナー窓口 <owner-desk@kotobuki-estate.co.jp>"],
    subject="【月次サマリー】10月の稼働状況", charset="utf-8",
    html="""<html><body>
<p>寿エステート株式会社 オーナー窓口 御中</p>
<p>いつもお世話になっております。日の出産業 民泊事業部の桐生です。<br>
10月の稼働状況をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>施設</th><th>所在地</th><th>稼働率</th><th>平均単価</th><th>レビュー</th></tr>
<tr><td>浅草蔵ハウス</td><td>台東区浅草</td><td>88%</td><td>¥27,300</td><td>4.91</td></tr>
<tr><td>押上リバーサイド民泊</td><td>墨田区押上</td><td>84%</td><td>¥21,760</td><td>4.72</td></tr>
<tr><td>谷中テラス</td><td>台東区谷中</td><td>87%</td><td>¥21,900</td><td>4.86</td></tr>
<tr><td>ひので庵 東山</td><td>京都市東山区</td><td>93%</td><td>¥34,500</td><td>4.95</td></tr>
<tr><td>朝日ゲストハウス 新今宮</td><td>大阪市浪速区</td><td>71%</td><td>¥9,800</td><td>4.40</td></tr>
</table>
<p>朝日ゲストハウスは近隣対応のため10月中旬に3日間販売を停止しました。</p>
<p>日の出産業株式会社 民泊事業部 オーナーリレーション<br>桐生 紗良　TEL 03-5638-4418</p>
</body></html>""")

add("pass", [], [],
    "unencrypted ZIP of damage photos and a short text report to the insurer: reservation code and amounts, no person",
    sender=MAKABE, to=["みなと損害保険 事故受付センター <jiko-uketsuke@minato-sonpo.co.jp>"],
    subject="事故受付番号 J-2511-0772 追加資料の送付", charset="iso-2022-jp",
    body="""みなと損害保険 事故受付センター ご担当者様

お世話になっております。日の出産業の真壁です。
受付番号 J-2511-0772（谷中テラスA棟 漏水事故）の追加資料として、
被害箇所の写真と修理業者の所見をZIPにまとめてお送りします。
""" + SIG_MAKABE,
    attachments=[{"kind": "zip", "name": "J-2511-0772_追加資料.zip", "files": [
        {"kind": "png", "name": "01_天井しみ.png"}, {"kind": "png", "name": "02_床材浮き.png"},
        {"kind": "txt", "name": "修理業者所見.txt", "encoding": "utf-8",
         "text": "谷中テラスA棟 2階浴室の給水管継手からの漏水。\n1階天井ボード約2.4㎡、床材約3.1㎡の張替えが必要。\n概算 286,000円（税込）。"}]}])

add("pass", [], [],
    "English mail that asks an owner to keep the new door code confidential: the word is used in passing, not as a marking",
    sender=KIRYU, to=["Daniel Whitfield <daniel.whitfield@harborlight-holdings.com>"],
    subject="Owner access code for your visit on Dec 3", charset="utf-8",
    body="""Dear Daniel,

For your inspection visit on December 3, I've created a one-day owner code for both
units of Yanaka Terrace: 2-0-4-8-6-1, valid from 9:00 to 18:00 that day.

Please keep it confidential and don't forward this mail - the code also opens the
storage room. Both units are vacant between 11:00 and 15:00, so that window is best.
I'll meet you at the gate at 11:00 if that suits you.
""" + SIG_KIRYU)
