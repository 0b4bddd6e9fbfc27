"""Blind evaluation corpus — area: onsen (温泉旅館・日帰りスパのチェーン「ひのでの湯」を運営する
日の出産業株式会社 温泉事業部): 宿泊者名簿, バリアフリー・医療上のご要望, タトゥー（入れ墨）に
関するお問い合わせ, 忘れ物, 浴場内の事故, 旅行会社, OTA, 訪日外国人のお客様, 地元のタクシー・
バス会社とのやり取り。

Every person, number, address, e-mail address and outside company in this file is invented
(My Numbers and card numbers come from build.py's helpers and belong to no one).
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime
import itertools
import random
import unicodedata

from build import card_number, my_number

SEED = 14401
rng = random.Random(SEED)
_serial = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_serial))


def next_card() -> str:
    return card_number(next(_serial))


# -- small helpers for writing the data -------------------------------------------------

_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(text: str) -> str:
    """ASCII digits and separators → full-width (as typed with IME on)."""
    return text.translate(_FW)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, n: int) -> str:
    return text + " " * max(n - width(text), 1)


def columns(rows: list[list[str]], rule: str = "-") -> str:
    """Columns padded with ASCII spaces under a header and a rule, as pasted from Excel."""
    ws = [max(width(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
    out = ["".join(pad(c, w) for c, w in zip(rows[0], ws)).rstrip()]
    out.append(rule * (sum(ws) - 2))
    for r in rows[1:]:
        out.append("".join(pad(c, w) for c, w in zip(r, ws)).rstrip())
    return "\n".join(out)


def wareki(d: datetime.date, style: str = "kanji") -> str:
    if d >= datetime.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "short_fw":
        return zen(f"{short}{y}.{d.month}.{d.day}").replace(short, chr(ord(short) + 0xFEE0))
    if style == "kanji_fw":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    return f"{era}{y}年{d.month}月{d.day}日"


def corporate_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("佐久間", "サクマ", "Sakuma"), ("長谷部", "ハセベ", "Hasebe"),
    ("雲母", "キララ", "Kirara"), ("宍戸", "シシド", "Shishido"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("猪狩", "イガリ", "Igari"),
    ("相楽", "サガラ", "Sagara"), ("鵜飼", "ウカイ", "Ukai"),
    ("南雲", "ナグモ", "Nagumo"), ("蓮見", "ハスミ", "Hasumi"),
    ("日下部", "クサカベ", "Kusakabe"), ("秋葉", "アキバ", "Akiba"),
    ("舘野", "タテノ", "Tateno"), ("江頭", "エガシラ", "Egashira"),
    ("栗原", "クリハラ", "Kurihara"), ("水戸部", "ミトベ", "Mitobe"),
    ("鬼塚", "オニヅカ", "Onizuka"), ("穂積", "ホヅミ", "Hozumi"),
    ("雫石", "シズクイシ", "Shizukuishi"), ("丹羽", "ニワ", "Niwa"),
    ("神保", "ジンボ", "Jimbo"), ("樋渡", "ヒワタシ", "Hiwatashi"),
    ("羽賀", "ハガ", "Haga"), ("今泉", "イマイズミ", "Imaizumi"),
    ("唐沢", "カラサワ", "Karasawa"), ("若狭", "ワカサ", "Wakasa"),
    ("沼尻", "ヌマジリ", "Numajiri"), ("真壁", "マカベ", "Makabe"),
    ("御子柴", "ミコシバ", "Mikoshiba"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("八木沼", "ヤギヌマ", "Yaginuma"), ("土屋", "ツチヤ", "Tsuchiya"),
    ("桐生", "キリュウ", "Kiryu"), ("瀬戸口", "セトグチ", "Setoguchi"),
]
GIVEN = [
    ("美咲", "ミサキ", "Misaki"), ("健太", "ケンタ", "Kenta"), ("陽菜", "ヒナ", "Hina"),
    ("蒼", "アオイ", "Aoi"), ("翔太", "ショウタ", "Shota"), ("千尋", "チヒロ", "Chihiro"),
    ("和子", "カズコ", "Kazuko"), ("武", "タケシ", "Takeshi"), ("由紀子", "ユキコ", "Yukiko"),
    ("誠", "マコト", "Makoto"), ("紗季", "サキ", "Saki"), ("功", "イサオ", "Isao"),
    ("里美", "サトミ", "Satomi"), ("大輔", "ダイスケ", "Daisuke"), ("恵子", "ケイコ", "Keiko"),
    ("隆", "タカシ", "Takashi"), ("悠斗", "ユウト", "Yuto"), ("節子", "セツコ", "Setsuko"),
    ("拓海", "タクミ", "Takumi"), ("友香", "トモカ", "Tomoka"), ("清", "キヨシ", "Kiyoshi"),
    ("直美", "ナオミ", "Naomi"), ("昭二", "ショウジ", "Shoji"), ("瑞穂", "ミズホ", "Mizuho"),
    ("幸雄", "ユキオ", "Yukio"), ("乃愛", "ノア", "Noa"), ("芳江", "ヨシエ", "Yoshie"),
]
PLACES = [
    ("東京都", "世田谷区", "桜新町", "154-0015"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("群馬県", "高崎市", "江木町", "370-0046"), ("栃木県", "宇都宮市", "東宿郷", "321-0953"),
    ("静岡県", "沼津市", "大岡", "410-0022"), ("愛知県", "名古屋市千種区", "覚王山通", "464-0841"),
    ("大阪府", "吹田市", "江坂町", "564-0063"), ("宮城県", "仙台市青葉区", "国分町", "980-0803"),
    ("茨城県", "つくば市", "竹園", "305-0032"), ("長野県", "松本市", "中央", "390-0811"),
    ("新潟県", "長岡市", "東坂之上町", "940-0066"), ("東京都", "練馬区", "石神井町", "177-0041"),
    ("兵庫県", "西宮市", "甲子園口", "663-8113"), ("神奈川県", "小田原市", "栄町", "250-0011"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def people(n: int, born=(1942, 2002)) -> list[dict]:
    out = []
    for s, g in zip(rng.sample(SURNAMES, n), [rng.choice(GIVEN) for _ in range(n)]):
        pref, city, town, zipc = rng.choice(PLACES)
        dob = datetime.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        out.append({
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
            "sei": s[0], "zip": zipc,
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "tel": mobile(), "dob": dob, "age": 2025 - dob.year,
            "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(2, 98)}@{rng.choice(FREEMAIL)}",
        })
    return out


# -- signatures and disclaimers (the senders' own; never labelled) -----------------------

SIG_HAKONE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 温泉事業部
ひのでの湯 箱根強羅館　フロント課
宇佐美 和也（Usami Kazuya）
〒250-0408 神奈川県足柄下郡箱根町強羅1300-88
TEL 0460-82-4126 ／ FAX 0460-82-4127
usami.k@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_YOYAKU = """
--
日の出産業株式会社
温泉事業部 予約センター　佐伯 美帆
TEL: 0120-26-1126（9:00～18:00）
Mail: saeki.miho@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/onsen/"""

SIG_KUSATSU = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出温泉 草津 湯畑亭
支配人　御手洗 剛
〒377-1711 群馬県吾妻郡草津町草津480-2
TEL 0279-88-6610　FAX 0279-88-6611
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_EIGYO = """
-----------------------------------------
日の出産業株式会社 温泉事業部 営業課
椎名 隆之 / Takayuki Shiina
〒104-0031 東京都中央区京橋2-9-14 日の出京橋ビル6F
TEL 03-5200-7381 / Mobile 080-4410-2763
shiina.t@hinode-sangyo.co.jp
-----------------------------------------"""

SIG_EN = """
Best regards,

Kaori Tachibana
Inbound Sales, Onsen Division
Hinode Sangyo Co., Ltd.
2-9-14 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel: +81-3-5200-7390
tachibana.k@hinode-sangyo.co.jp"""

SIG_SOUMU = """
==============================
日の出産業株式会社　総務部
望月 拓真（もちづき たくま）
内線 2214 ／ 直通 03-5200-7302
=============================="""

SIG_JINJI = """
―――――――――――――――――――
日の出産業株式会社 人事部 労務課
鰐部 千尋
TEL 03-5200-7315（直通）
―――――――――――――――――――"""

SIG_SPA = """
*:..。o○☆*:..。o○☆*:..。o○☆
スパ ひので 大宮（日帰り温泉）
運営：日の出産業株式会社
店長　真田 彩乃
〒330-0854 埼玉県さいたま市大宮区桜木町4-211
TEL 048-640-2611
*:..。o○☆*:..。o○☆*:..。o○☆"""

SIG_KEIRI = """
――
日の出産業株式会社 経理部　一ノ瀬 智美
TEL 03-5200-7330 / FAX 03-5200-7331"""

SIG_SYS = """
--
情報システム部　栗栖 悠（Kurisu Haruka）
日の出産業株式会社
TEL 03-5200-7350"""

SIG_ANZEN = """
-------------------------------
日の出産業株式会社 温泉事業部
安全衛生推進室　須賀 恵理
TEL 03-5200-7388
-------------------------------"""

SIG_KINUGAWA = """
■□■━━━━━━━━━━━━━━━━━
ひのでの湯 鬼怒川別邸
接客課　仁科 涼子
〒321-2526 栃木県日光市鬼怒川温泉滝5-31
TEL 0288-77-1261
■□■━━━━━━━━━━━━━━━━━"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- 001 団体の宿泊者名簿 → 旅行会社
_g = people(8)
add({
    "id": "onsen-001", "expect": "stop",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["星空ツアーズ 団体手配課 神田様 <kanda@hoshizora-tours.co.jp>"],
    "subject": "【ご確認】11/22(土)ご宿泊 日吉OB会様 宿泊者名簿",
    "charset": "iso-2022-jp",
    "body": "株式会社星空ツアーズ\n団体手配課　神田様\n\nいつも大変お世話になっております。\n"
            "日の出産業 予約センターの佐伯でございます。\n\n"
            "11月22日（土）ひのでの湯 箱根強羅館へご宿泊の「日吉OB会」様につきまして、\n"
            "旅館業法に基づく宿泊者名簿の記載事項を下記のとおり頂戴しております。\n"
            "誤りがないか、幹事様にご確認いただけますでしょうか。\n\n"
            + columns([["No", "氏名", "フリガナ", "携帯電話", "ご住所"]]
                      + [[str(i + 1), p["name"], p["kana"], p["tel"], p["addr"]] for i, p in enumerate(_g)])
            + "\n\n以上8名様、和室3室（3・3・2）でご用意いたします。\n"
              "ご確認のほど、よろしくお願い申し上げます。\n" + SIG_YOYAKU,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8 guests' names, mobiles and home addresses in padded columns to a travel agency",
})

# ---------------------------------------------------------------- 002 返信: 引用部分だけに名簿
_g = people(6)
_quoted = "\n".join(f"> {p['name']}（{p['kana']}）　TEL {p['tel']}" for p in _g)
add({
    "id": "onsen-002", "expect": "pass",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["近隣トラベル 小金井 <koganei@kinrin-travel.co.jp>"],
    "subject": "Re: 12/6 鬼怒川別邸 ご一行様 部屋割りの件",
    "charset": "cp932",
    "body": "小金井様\n\nお世話になっております。鬼怒川別邸の仁科です。\n"
            "部屋割り承知いたしました。和室10畳×2室、洋室ツイン×1室で確保済みです。\n"
            "夕食は18:30から個室「萩」にてご用意いたします。\n\n"
            "当日は15時以降のチェックインとなりますので、添乗の方へお伝えください。\n"
            + SIG_KINUGAWA + "\n\n"
            "-----Original Message-----\n"
            "From: 小金井 [mailto:koganei@kinrin-travel.co.jp]\n"
            "Sent: Tuesday, November 18, 2025 4:12 PM\n"
            "To: nishina.r@hinode-sangyo.co.jp\n"
            "Subject: 12/6 鬼怒川別邸 ご一行様 部屋割りの件\n\n"
            "> 仁科様\n> 下記6名様の部屋割りでお願いいたします。\n"
            + _quoted + "\n> よろしくお願いいたします。\n",
    "entities": [],
    "detectors": [],
    "note": "the six guests' phones appear only in the quoted original from the agency itself",
})

# ---------------------------------------------------------------- 003 インバウンド rooming list (passport)
_nat = [("CHEN", "Wei-Lun", "Taiwan"), ("LIN", "Yu-Ting", "Taiwan"), ("HUANG", "Chia-Hui", "Taiwan"),
        ("TAN", "Mei Ling", "Singapore"), ("LIM", "Jun Jie", "Singapore"), ("WONG", "Ka Ho", "Hong Kong"),
        ("LEUNG", "Hoi Yan", "Hong Kong"), ("NG", "Siew Wah", "Malaysia"), ("CHAN", "Tsz Kin", "Hong Kong")]
_rows = [["Hinode Onsen Hakone Gora - Rooming List / Arrival 2025-12-19 (2 nights)"], [],
         ["Room", "Surname", "Given name", "Nationality", "Passport No.", "Date of Birth", "Sex"]]
for i, (sn, gn, nat) in enumerate(_nat):
    _pp = {"Taiwan": f"3{rng.randint(10000000, 99999999)}", "Singapore": f"K{rng.randint(1000000, 9999999)}A",
           "Hong Kong": f"H{rng.randint(10000000, 99999999)}", "Malaysia": f"A{rng.randint(10000000, 99999999)}"}[nat]
    _rows.append([f"{301 + i // 2}", sn, gn, nat, _pp,
                  f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1958, 1999)}",
                  rng.choice(["M", "F"])])
add({
    "id": "onsen-003", "expect": "stop",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Ms. Grace Tan <grace.tan@asiabridge-travel.com>"],
    "subject": "Rooming list with passport details - Dec 19 group (ABT-25-1219)",
    "charset": "utf-8",
    "body": "Dear Grace,\n\nThank you for the final numbers.\n"
            "Attached is the rooming list we filled in from the scans your tour leader sent. "
            "Under the Japanese Hotel Business Act we must keep the nationality and passport number "
            "of every foreign guest, so could you double-check the passport numbers and dates of birth "
            "before Friday? Two of the scans were hard to read.\n\n"
            "Rooms 301-305 are all Japanese-style rooms with futon; two guests asked for beds, "
            "which we can arrange in 305.\n" + SIG_EN,
    "attachments": [{"kind": "xlsx", "name": "RoomingList_ABT-25-1219.xlsx",
                     "sheets": {"Rooming": _rows,
                                "Notes": [["Item", "Detail"], ["Dinner", "18:30 Kaiseki, room Ayame"],
                                          ["Coach", "Arrives Gora 15:40"]]}}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX rooming list of 9 foreign guests with passport numbers and dates of birth to an agency",
})

# ---------------------------------------------------------------- 004 振替客の人工透析（1名・文中）
add({
    "id": "onsen-004", "expect": "stop",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["さくらホテル草津 宿泊課 <shukuhaku-kusatsu@sakura-hotel.jp>"],
    "subject": "ボイラー故障に伴う振替のお願い（12/11～12/13 1名様）",
    "charset": "iso-2022-jp",
    "body": "さくらホテル草津\n宿泊課 ご担当者様\n\n平素より大変お世話になっております。\n"
            "湯畑亭の御手洗でございます。\n\n"
            "先ほどお電話でご相談いたしました振替の件、改めてお願い申し上げます。\n"
            "当館ボイラーの不具合により、12月11日から2泊ご予約の 蓮見 節子 様（78歳）を\n"
            "貴館へお振替させていただきたく存じます。\n\n"
            "蓮見様は慢性腎不全で週3回の人工透析を受けておられ、12日（金）は午前9時から\n"
            "草津町内の湯の里クリニックで透析のご予定です。8時30分頃の送迎について\n"
            "ご配慮いただけますと幸いです。差額は当社にてご負担いたします。\n\n"
            "何卒よろしくお願いいたします。\n" + SIG_KUSATSU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named guest's kidney failure and dialysis schedule, in a sentence, to a partner hotel",
})

# ---------------------------------------------------------------- 005 タトゥーのお問い合わせへの回答
add({
    "id": "onsen-005", "expect": "pass",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Liam Harrington <liam.harrington82@gmail.com>"],
    "subject": "Re: Tattoo policy at Hinode Onsen Hakone",
    "charset": "utf-8",
    "body": "Dear Mr. Harrington,\n\nThank you for your inquiry about our tattoo policy.\n\n"
            "- Small tattoos that can be covered with one of our skin-coloured cover stickers "
            "(10 x 12 cm, free at the front desk) are welcome in the large public baths.\n"
            "- Larger tattoos: please use one of our three private family baths (kashikiri-buro). "
            "They can be booked at check-in for 50 minutes, JPY 3,300 per session.\n"
            "- All rooms on the 4th floor have their own open-air bath on the balcony.\n\n"
            "If you let us know your booking number, we can reserve a private bath slot in advance.\n"
            "We look forward to welcoming you in March.\n" + SIG_EN,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "policy answer to one private guest on free mail; no personal data",
})

# ---------------------------------------------------------------- 006 タクシー4社を To に並べた
add({
    "id": "onsen-006", "expect": "stop",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["湯本タクシー 配車センター <haisha@yumoto-taxi.co.jp>",
           "ごうら交通 <info@gora-kotsu.jp>",
           "丸山ハイヤー 営業所 <eigyo@maruyama-hire.co.jp>",
           "みかど観光タクシー <dispatch@mikado-kanko-taxi.com>"],
    "subject": "年末年始 送迎タクシー配車のお願い（12/29～1/3）",
    "charset": "iso-2022-jp",
    "body": "各社 配車ご担当者様\n\nいつもお世話になっております。\n"
            "ひのでの湯 箱根強羅館の宇佐美でございます。\n\n"
            "年末年始期間中、箱根湯本駅～当館間のお客様送迎につきまして、\n"
            "例年どおり配車のご協力をお願いしたく、ご連絡いたしました。\n\n"
            "　期間　　：12月29日（月）～1月3日（土）\n"
            "　時間帯　：14:00～17:30（チェックイン）／9:30～11:00（チェックアウト）\n"
            "　想定台数：1日あたり15～20台（ジャンボ含む）\n\n"
            "各社様の対応可能台数を12月12日までにご返信いただけますと幸いです。\n"
            "料金は従来どおりチケット精算とさせていただきます。\n" + SIG_HAKONE,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four taxi companies can see each other in To; should have been Bcc",
})

# ---------------------------------------------------------------- 007 OTA掲載用のアクセス情報（事業者リスト）
add({
    "id": "onsen-007", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["やどナビ 施設サポート <facility-support@yadonavi.jp>"],
    "subject": "施設ページ「アクセス」欄の更新依頼（湯畑亭）",
    "charset": "cp932",
    "body": "やどナビ 施設サポート ご担当者様\n\nお世話になっております。日の出産業の佐伯です。\n"
            "日の出温泉 草津 湯畑亭の施設ページ「アクセス」欄を下記に差し替えをお願いします。\n\n"
            "■路線バス\n"
            "　JR長野原草津口駅 → 草津温泉バスターミナル（約25分）、徒歩6分\n"
            "■高速バス\n"
            "　バスタ新宿 → 草津温泉（約4時間）\n"
            "■タクシー（草津温泉BTから約3分）\n"
            "　・草津観光ハイヤー　　0279-88-2211\n"
            "　・湯の町タクシー　　　0279-88-3155\n"
            "　・しらね交通　　　　　0279-88-0707\n"
            "■駐車場\n"
            "　20台（無料・先着順）、大型バス2台\n\n"
            "反映予定日をお知らせいただけますと助かります。\n" + SIG_YOYAKU,
    "entities": [],
    "detectors": [],
    "note": "access info with taxi company switchboards: a list of businesses, not people",
})

# ---------------------------------------------------------------- 008 忘れ物問い合わせCSV → リネン業者
_g = people(6)
_items = [("腕時計", "シルバー、革ベルト茶"), ("補聴器", "右耳用・ベージュ"), ("指輪", "プラチナ、内側に刻印"),
          ("メガネ", "黒縁・ケース無し"), ("ネックレス", "金・細いチェーン"), ("スマートウォッチ", "黒バンド")]
_rows = [["受付日", "お客様氏名", "連絡先", "品名", "特徴", "ご利用日", "客室"]]
for i, p in enumerate(_g):
    _rows.append([f"2025/11/{3 + i * 3:02d}", p["name"], p["tel"], _items[i][0], _items[i][1],
                  f"2025/11/{1 + i * 3:02d}", f"{rng.randint(2, 5)}{rng.randint(1, 18):02d}"])
add({
    "id": "onsen-008", "expect": "stop",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["白妙リネンサービス 鬼怒川工場 <kinugawa@shirotae-linen.co.jp>"],
    "subject": "シーツ・浴衣への混入確認のお願い（11月分 忘れ物問い合わせ）",
    "charset": "cp932",
    "body": "白妙リネンサービス\n鬼怒川工場 ご担当者様\n\nいつもお世話になっております。\n"
            "11月にお客様からお問い合わせのあった忘れ物の一覧をお送りします。\n"
            "シーツや浴衣に紛れて工場に入っていないか、ご確認をお願いできますでしょうか。\n"
            "見つかりましたら、お客様へは当館から直接ご連絡いたします。\n" + SIG_KINUGAWA,
    "attachments": [{"kind": "csv", "name": "忘れ物問合せ一覧_202511.csv", "encoding": "cp932",
                     "rows": _rows}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of six guests' names and mobiles (lost-property claims) to a linen contractor",
})

# ---------------------------------------------------------------- 009 浴場事故報告書（DOCX）→ 損保
_p = people(1, born=(1940, 1950))[0]
add({
    "id": "onsen-009", "expect": "stop",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["東海火災海上保険 損害サービス課 飯塚様 <iizuka.m@tokai-kasai.co.jp>"],
    "subject": "施設賠償責任保険 事故報告書の送付（箱根強羅館 大浴場転倒事故）",
    "charset": "iso-2022-jp",
    "body": "東海火災海上保険株式会社\n損害サービス課　飯塚様\n\n"
            "いつもお世話になっております。日の出産業 安全衛生推進室の須賀でございます。\n\n"
            "先日お電話でご報告いたしました、箱根強羅館 大浴場での転倒事故につきまして、\n"
            "事故報告書を添付にてお送りいたします。\n"
            "診断書の写しは、お客様のご了承をいただき次第、別途郵送いたします。\n\n"
            "ご確認のほど、よろしくお願い申し上げます。\n" + SIG_ANZEN,
    "attachments": [{"kind": "docx", "name": "事故報告書_箱根強羅館_20251108.docx",
                     "title": "事故報告書",
                     "paragraphs": [
                         "事故報告書", "",
                         "1. 発生日時：2025年11月8日（土）21時40分頃",
                         "2. 発生場所：ひのでの湯 箱根強羅館 大浴場（男湯）露天風呂へ向かう洗い場通路",
                         f"3. 被災者：{_p['name']}（{_p['kana']}）様　{_p['age']}歳",
                         f"   生年月日：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日",
                         f"   住所：〒{_p['zip']} {_p['addr']}",
                         f"   連絡先：{_p['tel']}",
                         "4. 状況：洗い場から露天風呂へ向かう途中、石畳で足を滑らせ転倒。左腰部を強打。",
                         "   当直スタッフが119番通報し、小田原市内の救急病院へ搬送。",
                         "5. 診断：左大腿骨頸部骨折（手術予定）。",
                         "   既往歴：高血圧・2型糖尿病（ご家族より聴取）。入浴前に飲酒あり。",
                         "6. 当社対応：翌朝、支配人がご家族へ謝罪。滑り止めマット追加を手配済み。"]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "accident report DOCX: injured guest's identity, diagnosis and medical history to an insurer",
})

# ---------------------------------------------------------------- 010 社内のみ: サウナ失神事故（保険証記号番号あり）
_p = people(1, born=(1955, 1970))[0]
add({
    "id": "onsen-010", "expect": "pass",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["温泉事業部 部長 <onsen-bucho@hinode-sangyo.co.jp>",
           "スパ ひので 大宮 店長 <sanada.a@hinode-sangyo.co.jp>"],
    "cc": ["法務部 <houmu@hinode-sangyo.co.jp>"],
    "subject": "【速報】スパ ひので 大宮 サウナ室内での体調不良（救急搬送）",
    "charset": "utf-8",
    "body": "関係各位\n\n安全衛生推進室の須賀です。本日発生した事案の速報です（社内限り）。\n\n"
            "・発生：11/24 15:05頃、スパ ひので 大宮 男性サウナ室\n"
            f"・お客様：{_p['name']} 様（{_p['age']}歳・会員）\n"
            f"・連絡先：{_p['tel']}\n"
            f"・保険証：協会けんぽ 記号 {rng.randint(10000000, 99999999)} 番号 {rng.randint(10, 999)}\n"
            "・状況：サウナ室内で意識消失、他のお客様の通報でスタッフ駆けつけ、AED準備・119番\n"
            "・搬送先：さいたま市内の総合病院。奥様によると心房細動で通院中とのこと\n"
            "・現況：意識回復、一晩経過観察入院\n\n"
            "続報は明朝お送りします。\n" + SIG_ANZEN,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "insurance card number and heart condition, but every recipient is internal",
})

# ---------------------------------------------------------------- 011 似た綴りのドメイン sakura-hoteI.jp
add({
    "id": "onsen-011", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 企画部 水谷様 <mizutani@sakura-hoteI.jp>"],
    "subject": "相互送客キャンペーン 連泊プラン料金表（2026年1月～3月）",
    "charset": "iso-2022-jp",
    "body": "さくらホテル株式会社\n企画部　水谷様\n\nいつもお世話になっております。日の出産業の椎名です。\n"
            "先日お打ち合わせした相互送客キャンペーンの、当社側連泊プラン料金をお送りします。\n\n"
            "　プラン名　　　　　　　　　　　平日　　　休前日\n"
            "　--------------------------------------------------\n"
            "　湯めぐり2泊（和室・2食）　　　32,000円　38,500円\n"
            "　湯めぐり3泊（和室・2食）　　　45,000円　―\n"
            "　露天風呂付客室 2泊　　　　　　58,000円　66,000円\n"
            "　※お一人様あたり・税込・入湯税別\n\n"
            "ご不明点があればお知らせください。\n" + SIG_EIGYO,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hoteI.jp (capital I for l) imitates partner sakura-hotel.jp",
})

# ---------------------------------------------------------------- 012 社外秘スタンプのPDF → OTA
add({
    "id": "onsen-012", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["やどナビ 営業本部 関口様 <sekiguchi@yadonavi.jp>"],
    "subject": "送客手数料の改定についてのご相談",
    "charset": "utf-8",
    "body": "株式会社やどナビ\n営業本部　関口様\n\nお世話になっております。日の出産業の椎名です。\n\n"
            "来期の送客手数料について、当社の考え方をまとめた資料を添付いたします。\n"
            "次回のお打ち合わせ（12/9）までにご一読いただけますと幸いです。\n" + SIG_EIGYO,
    "attachments": [{"kind": "pdf", "name": "送客手数料改定案_2026.pdf", "title": "送客手数料改定案",
                     "page_header": "社外秘",
                     "lines": ["送客手数料改定案（2026年度）", "日の出産業株式会社 温泉事業部",
                               "", "1. 現状：OTA経由比率 62%（前年比 +4pt）",
                               "2. 提案：基本手数料 12% → 10%、連泊プラン 8%",
                               "3. 代替案：公式サイト限定プランの価格差を容認いただく場合は現行維持",
                               "4. 当社の下限ライン：10.5%（交渉時のみ提示）"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 社外秘 in its page header sent to an OTA",
})

# ---------------------------------------------------------------- 013 PPAP: パスワード付きZIP
_g = people(7)
add({
    "id": "onsen-013", "expect": "stop",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["近隣トラベル 小金井 <koganei@kinrin-travel.co.jp>"],
    "subject": "12/6 鬼怒川別邸 ご一行様 名簿（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": "小金井様\n\nお世話になっております。\n12/6 ご一行様の名簿をお送りします。\n"
            "添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。\n"
            + SIG_YOYAKU,
    "attachments": [{"kind": "zip", "name": "meibo_20251206.zip", "password": "Kg#1206rz",
                     "files": [{"kind": "xlsx", "name": "名簿_20251206.xlsx",
                                "sheets": {"名簿": [["氏名", "電話", "住所"]]
                                           + [[p["name"], p["tel"], p["addr"]] for p in _g]}}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

# ---------------------------------------------------------------- 014 パスワードのお知らせ
add({
    "id": "onsen-014", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["近隣トラベル 小金井 <koganei@kinrin-travel.co.jp>"],
    "subject": "パスワードのお知らせ",
    "charset": "iso-2022-jp",
    "body": "小金井様\n\n先ほどお送りしたファイルのパスワードをお知らせします。\n\n"
            "　Kg#1206rz\n\n"
            "※当社では来年度より、ファイルの受け渡しをクラウドストレージに切り替える予定です。\n"
            + SIG_YOYAKU,
    "entities": [],
    "detectors": [],
    "note": "only a password, no attachment and no personal data",
})

# ---------------------------------------------------------------- 015 ノーショー: カード番号 → OTA
_p = people(1)[0]
_card = next_card()
add({
    "id": "onsen-015", "expect": "stop",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["たびすけ 宿泊施設サポート <partner-support@tabisuke.jp>"],
    "subject": "ノーショー料金の請求エラーについて（予約番号 TS-88213405）",
    "charset": "utf-8",
    "body": "たびすけ 宿泊施設サポート ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 経理部の一ノ瀬です。\n\n"
            "11/15ご宿泊予定で無連絡不泊となったご予約について、キャンセル規定に基づき\n"
            "ノーショー料金を請求したところ、決済エラーとなりました。\n\n"
            "  予約番号：TS-88213405\n"
            f"  予約者　：{_p['name']} 様\n"
            f"  カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}\n"
            "  有効期限：08/28\n"
            "  請求額　：28,600円（100%）\n\n"
            "管理画面に表示されていた番号をそのまま入力しております。\n"
            "御社側で登録内容に誤りがないかご確認いただけますでしょうか。\n" + SIG_KEIRI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a guest's full credit card number sent to an OTA",
})

# ---------------------------------------------------------------- 016 NDAのドラフト（機密の語はあるがマーキングではない）
add({
    "id": "onsen-016", "expect": "pass",
    "sender": "情報システム部 栗栖 <kurisu.h@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 大場様 <ohba@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "charset": "iso-2022-jp",
    "body": "株式会社ツバサシステム\n営業部　大場様\n\nお世話になっております。情報システム部の栗栖です。\n\n"
            "新予約システム導入検討に伴う秘密保持契約書（案）について、当社法務からの\n"
            "コメントを反映した版を添付いたします。主な修正点は以下の3点です。\n\n"
            "　1. 第2条「機密情報」の定義に、口頭で開示した情報を含める\n"
            "　2. 第6条 有効期間を契約終了後3年 → 5年\n"
            "　3. 第9条 個人情報の取扱いについて別途覚書を締結する旨を追記\n\n"
            "ご確認のうえ、問題なければ押印手続きに進めさせてください。\n"
            + SIG_SYS + "\n" + DISC_JA,
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_v3.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という）と株式会社ツバサシステム（以下「乙」という）は、"
                                    "予約システム導入の検討に関し、以下のとおり契約を締結する。",
                                    "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定める。",
                                    "第2条（定義）本契約において機密情報とは、書面、電磁的記録又は口頭により開示された"
                                    "技術上又は営業上の一切の情報をいう。",
                                    "第6条（有効期間）本契約の有効期間は締結日から2年間とし、終了後5年間は存続する。",
                                    "第9条（個人情報）個人情報の取扱いについては、別途覚書を定める。"]}],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and the NDA draft itself; 機密 is a word in it, not a marking",
})

# ---------------------------------------------------------------- 017 送迎バス乗車名簿（HTMLのみ・カナ）
_g = people(12)
_stops = ["新宿西口", "新宿西口", "池袋東口", "新宿西口", "横浜駅東口", "池袋東口",
          "横浜駅東口", "新宿西口", "池袋東口", "新宿西口", "横浜駅東口", "新宿西口"]
_tr = "".join(f"<tr><td>{i + 1}</td><td>{p['kana']}</td><td>{p['tel']}</td><td>{_stops[i]}</td><td>{rng.choice(['大人', '大人', 'シニア'])}</td></tr>"
              for i, p in enumerate(_g))
add({
    "id": "onsen-017", "expect": "stop",
    "sender": "草津 湯畑亭 フロント <kusatsu-front@hinode-sangyo.co.jp>",
    "to": ["山麓バス 貸切課 <kashikiri@sanroku-bus.co.jp>"],
    "subject": "12/5 無料送迎バス 乗車名簿",
    "charset": "cp932",
    "html": "<html><body><p>山麓バス株式会社 貸切課 御中</p>"
            "<p>いつもお世話になっております。湯畑亭フロントです。<br>"
            "12月5日（金）無料送迎バス（東京発 8:00）の乗車名簿をお送りします。<br>"
            "乗務員様にお渡しください。</p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>No</th><th>お名前（カナ）</th><th>携帯番号</th>"
            "<th>乗車地</th><th>区分</th></tr>" + _tr + "</table>"
            "<p>当日連絡先：湯畑亭フロント 0279-88-6610</p></body></html>",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 12 passengers' kana names and mobiles to a bus company",
})

# ---------------------------------------------------------------- 018 送迎バス時刻表の変更（業務情報のみ）
add({
    "id": "onsen-018", "expect": "pass",
    "sender": "草津 湯畑亭 フロント <kusatsu-front@hinode-sangyo.co.jp>",
    "to": ["山麓バス 運行管理 <unko@sanroku-bus.co.jp>"],
    "subject": "1月以降 送迎バス時刻の変更について",
    "charset": "iso-2022-jp",
    "html": "<html><body><p>山麓バス 運行管理ご担当者様</p>"
            "<p>冬季ダイヤに合わせ、1月5日から送迎バスの時刻を下記のとおり変更したく存じます。</p>"
            "<table border=\"1\"><tr><th>便</th><th>新宿西口</th><th>池袋東口</th><th>横浜駅東口</th><th>湯畑亭着</th></tr>"
            "<tr><td>1便</td><td>8:00</td><td>8:25</td><td>-</td><td>12:10</td></tr>"
            "<tr><td>2便</td><td>-</td><td>-</td><td>7:40</td><td>12:40</td></tr>"
            "<tr><td>帰り</td><td>16:50</td><td>16:20</td><td>17:30</td><td>(発) 12:00</td></tr></table>"
            "<p>運賃・台数は現行どおりです。ご確認をお願いいたします。</p></body></html>",
    "entities": [],
    "detectors": [],
    "note": "timetable table only; no people",
})

# ---------------------------------------------------------------- 019 DM宛名（カナ・全角数字）→ 錦印刷
_g = people(6, born=(1945, 1975))
_lines = "\n".join(
    f"・{p['kana']} 様　〒{zen(p['zip'])}　{zen(p['addr'])}　ＴＥＬ {zen(p['tel'])}" for p in _g)
add({
    "id": "onsen-019", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "会員様向け 冬のご優待DM 宛名追加分",
    "charset": "iso-2022-jp",
    "body": "錦印刷 制作部 ご担当者様\n\nいつもお世話になっております。スパ ひので 大宮の真田です。\n"
            "先日お渡しした宛名データに、下記の会員様の追加をお願いします。\n"
            "（会員システムからコピーしたため、全角のままで失礼します）\n\n"
            + _lines + "\n\n発送日は12月15日のままで大丈夫です。\n" + SIG_SPA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six members in kana with full-width postcodes, addresses and phones to a printer",
})

# ---------------------------------------------------------------- 020 講師のマイナンバー → 税理士法人
_p = people(1, born=(1955, 1965))[0]
_mn = next_my_number()
add({
    "id": "onsen-020", "expect": "stop",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["税理士法人みなと会計 担当 高畑様 <takahata@minato-kaikei.jp>"],
    "subject": "支払調書作成用　講師謝礼の受領者情報",
    "charset": "cp932",
    "body": "税理士法人みなと会計\n高畑様\n\nいつもお世話になっております。日の出産業 経理部の一ノ瀬です。\n\n"
            "10月に開催した「温泉療法セミナー」の講師謝礼について、支払調書の作成をお願いします。\n\n"
            f"　受領者氏名：{_p['name']}\n"
            f"　住所　　　：{_p['addr']}\n"
            f"　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
            "　支払金額　：150,000円（源泉徴収税額 15,315円）\n\n"
            "個人番号確認書類の写しは郵送いたします。\n" + SIG_KEIRI,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a lecturer's My Number and home address sent to an outside tax accountant",
})

# ---------------------------------------------------------------- 021 社内のみ: パートのマイナンバー一覧
_g = people(6, born=(1965, 2003))
_tab = "氏名\t所属\t個人番号\n" + "\n".join(
    f"{p['name']}\t{rng.choice(['箱根強羅館', '湯畑亭', '大宮'])}\t{next_my_number()}" for p in _g)
add({
    "id": "onsen-021", "expect": "pass",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "11月入社パートの個人番号（給与システム登録用）",
    "charset": "utf-8",
    "body": "給与チーム各位\n\n11月入社のパートスタッフ6名分の個人番号です。\n"
            "給与システムへの登録が終わったら、このメールは削除してください。\n\n"
            + _tab + "\n" + SIG_JINJI,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "My Numbers of six part-timers, but the mail stays inside hinode-sangyo.co.jp",
})

# ---------------------------------------------------------------- 022 ムスリムのお客様（名指し）→ 給食業者
add({
    "id": "onsen-022", "expect": "stop",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "12/14 夕朝食 特別対応のご相談",
    "charset": "cp932",
    "body": "北国フーズ株式会社\n業務用営業部 ご担当者様\n\nお世話になっております。鬼怒川別邸の仁科です。\n\n"
            "12月14日ご宿泊の アブドゥル・ラフマン様ご一家（大人2名・お子様2名）はムスリムで、\n"
            "豚肉・アルコールを含まないハラール対応のお食事をご希望です。\n"
            "またご滞在中、1日5回のお祈りの時間があるとのことで、夕食は19時30分以降を予定しています。\n\n"
            "ハラール認証のある牛肉・鶏肉と、みりんを使わない調味料の手配は可能でしょうか。\n"
            "12月5日までにご回答いただけますと助かります。\n" + SIG_KINUGAWA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest family's religion (Muslim) told to a food supplier",
})

# ---------------------------------------------------------------- 023 ハラールメニュー開発（個人の特定なし）
add({
    "id": "onsen-023", "expect": "pass",
    "sender": "鬼怒川別邸 料理長 <chef-kinugawa@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 業務用営業部 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "来期 多言語・食の多様性対応メニューのご提案依頼",
    "charset": "cp932",
    "body": "北国フーズ株式会社 業務用営業部 御中\n\n鬼怒川別邸 料理長の戸倉です。\n"
            "インバウンドのお客様が増えており、来期から下記の対応メニューを常設したいと考えています。\n\n"
            "　・ハラール対応会席（認証食材使用、アルコール不使用の調味料）\n"
            "　・ヴィーガン会席（出汁は昆布・椎茸）\n"
            "　・グルテンフリー朝食\n\n"
            "昨年度の実績は、ハラール対応が月平均12件、ヴィーガンが8件程度です。\n"
            "食材の規格書と概算単価をご提案いただけますでしょうか。\n\n"
            "ひのでの湯 鬼怒川別邸　料理長 戸倉 誠一\nTEL 0288-77-1261",
    "entities": [],
    "detectors": [],
    "note": "menu development for Muslim/vegan guests in general, counts only, no identifiable person",
})

# ---------------------------------------------------------------- 024 福祉タクシー: 障害・住所・電話
_p = people(1, born=(1960, 1980))[0]
add({
    "id": "onsen-024", "expect": "stop",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["湯本タクシー 福祉タクシー係 <fukushi@yumoto-taxi.co.jp>"],
    "subject": "福祉タクシー（リフト付）ご予約のお願い 12/20",
    "charset": "iso-2022-jp",
    "body": "湯本タクシー株式会社\n福祉タクシー係 御中\n\nいつもお世話になっております。箱根強羅館の宇佐美です。\n"
            "下記のとおり、リフト付き車両のご予約をお願いいたします。\n\n"
            "【ご利用日時】12月20日（土）10:30 ご自宅お迎え → 箱根強羅館 14:00頃着\n"
            f"【お客様】{_p['name']} 様（{_p['kana']}）\n"
            f"【お迎え先】〒{_p['zip']} {_p['addr']}\n"
            f"【ご連絡先】{_p['tel']}\n"
            "【備考】脊髄損傷により車椅子をご使用（身体障害者手帳1級）。電動車椅子のため重量約90kg。\n"
            "　　　　奥様が介助者として同乗されます。\n\n"
            "お手数ですが、ご予約確定のご連絡をお願いいたします。\n" + SIG_HAKONE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one guest's disability (spinal injury, 手帳1級) with home address to a taxi company",
})

# ---------------------------------------------------------------- 025 本人宛: ペースメーカー（either）
add({
    "id": "onsen-025", "expect": "either",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["<y.tateno1957@yahoo.co.jp>"],
    "subject": "Re: 電気風呂の利用について",
    "charset": "iso-2022-jp",
    "body": "舘野 芳江 様\n\nお問い合わせいただきありがとうございます。スパ ひので 大宮の真田でございます。\n\n"
            "舘野様は心臓ペースメーカーをご使用とのことですので、誠に恐れ入りますが\n"
            "当館の「電気風呂」および「低周波ジェットバス」のご利用はお控えください。\n"
            "その他の浴槽（炭酸泉・露天岩風呂など）は、主治医の先生のご指示の範囲でお楽しみいただけます。\n\n"
            "ご来館の際はフロントにお声がけいただければ、ご案内いたします。\n" + SIG_SPA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a medical fact (pacemaker) sent back to the very person it concerns on free mail",
})

# ---------------------------------------------------------------- 026 従業員の逮捕 → 弁護士
add({
    "id": "onsen-026", "expect": "stop",
    "sender": "総務部 望月 <mochizuki.t@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：従業員逮捕の件（湯畑亭）",
    "charset": "utf-8",
    "body": "白川法律事務所\n白川 先生\n\nいつもお世話になっております。日の出産業 総務部の望月です。\n\n"
            "急ぎご相談させてください。\n"
            "湯畑亭の清掃スタッフ 樋渡 功（42歳・契約社員）が、11月3日に女湯脱衣所での\n"
            "盗撮の容疑で長野原警察署に逮捕されました。本人は容疑を認めていると聞いています。\n\n"
            "・懲戒処分の進め方\n・被害に遭われたお客様への連絡と公表の要否\n・報道対応\n\n"
            "について、明日以降お時間をいただけますでしょうか。\n" + SIG_SOUMU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest (criminal matter) sent to an outside law firm",
})

# ---------------------------------------------------------------- 027 ロッカー盗難の被害者 → 警備会社
_p = people(1)[0]
add({
    "id": "onsen-027", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["立神警備保障 埼玉支社 <saitama@tategami-keibi.co.jp>"],
    "subject": "11/29 ロッカー盗難事案 防犯カメラ映像提供のお願い",
    "charset": "cp932",
    "body": "立神警備保障株式会社 埼玉支社 ご担当者様\n\nお世話になっております。スパ ひので 大宮の真田です。\n\n"
            "11月29日（土）18時台に女性脱衣所のロッカーがこじ開けられ、\n"
            f"会員の {_p['name']} 様（{_p['tel']}）が財布と車の鍵を盗まれる被害に遭われました。\n"
            "ご本人が大宮警察署に被害届を提出済みで、警察から映像提出の依頼が来ています。\n\n"
            "脱衣所入口・ロッカー前通路カメラの、11/29 17:30～19:30の映像を抽出いただけますでしょうか。\n"
            + SIG_SPA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names a member as a theft victim (crime victim = 要配慮) with her phone, to a security firm",
})

# ---------------------------------------------------------------- 028 忘れ物返送のご案内（本人宛・フリーメール）
add({
    "id": "onsen-028", "expect": "pass",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["沼尻様 <numajiri.ha0612@gmail.com>"],
    "subject": "お忘れ物（腕時計）発送のご連絡",
    "charset": "iso-2022-jp",
    "body": "沼尻 様\n\nこの度はひのでの湯 箱根強羅館をご利用いただき、誠にありがとうございました。\n\n"
            "お問い合わせいただいたお忘れ物の腕時計を、本日、青葉運輸の宅急便（着払い）にて\n"
            "ご指定のご住所あてに発送いたしました。\n\n"
            "　お問い合わせ番号：4418-2630-9175\n"
            "　お届け予定　　　：12月3日（水）午前中\n\n"
            "またのお越しを心よりお待ちしております。\n" + SIG_HAKONE,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "notice to the owner herself with a tracking number; one free-mail recipient",
})

# ---------------------------------------------------------------- 029 振替予約一覧（XLSX）→ さくらホテル
_g = people(10)
_res = [["振替予約一覧（2025年12月27日～29日 湯畑亭 → さくらホテル草津）"], [],
        ["予約番号", "代表者氏名", "フリガナ", "人数", "電話番号", "メールアドレス", "チェックイン", "泊数"]]
for p in _g:
    _res.append([f"HY{rng.randint(250000, 259999)}", p["name"], p["kana"], rng.randint(1, 4), p["tel"], p["mail"],
                 f"2025/12/{rng.randint(27, 29)}", rng.randint(1, 2)])
add({
    "id": "onsen-029", "expect": "stop",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["さくらホテル草津 宿泊課 <shukuhaku-kusatsu@sakura-hotel.jp>"],
    "cc": ["予約センター 佐伯 <saeki.miho@hinode-sangyo.co.jp>"],
    "subject": "年末 客室改装に伴う振替予約一覧（10件）",
    "charset": "utf-8",
    "body": "さくらホテル草津 宿泊課 ご担当者様\n\nいつも大変お世話になっております。湯畑亭の御手洗です。\n\n"
            "年末の客室改装工事に伴い、先日ご了承いただいた振替分の予約一覧をお送りします。\n"
            "各お客様へは当館から振替のご案内済みです。前日の確認連絡は貴館からお願いできますと助かります。\n"
            + SIG_KUSATSU,
    "attachments": [{"kind": "xlsx", "name": "振替予約一覧_202512.xlsx",
                     "sheets": {"概要": [["振替概要"], ["対象期間", "2025/12/27-29"], ["件数", 10],
                                        ["差額負担", "日の出産業"]],
                                "予約明細": _res}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row over the header, 2 sheets) of 10 guests' names, phones, e-mails to a partner hotel",
})

# ---------------------------------------------------------------- 030 OTA向け 月次販売実績（集計のみ）
add({
    "id": "onsen-030", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["たびすけ 施設営業 杉浦様 <sugiura@tabisuke.jp>"],
    "subject": "11月 販売実績のご共有",
    "charset": "utf-8",
    "body": "杉浦様\n\nお世話になっております。佐伯です。\n11月のたびすけ経由の販売実績を添付いたします。\n"
            "露天風呂付客室プランが前年比130%と好調でした。12月の特集枠についてもご相談させてください。\n"
            + SIG_YOYAKU,
    "attachments": [{"kind": "xlsx", "name": "たびすけ販売実績_202511.xlsx",
                     "sheets": {"施設別": [["11月 たびすけ経由 販売実績"], [],
                                        ["施設", "予約件数", "室泊数", "売上（税込）", "前年比"],
                                        ["箱根強羅館", 212, 318, 9840000, "112%"],
                                        ["湯畑亭", 176, 251, 6720000, "104%"],
                                        ["鬼怒川別邸", 98, 140, 5110000, "131%"]],
                                "プラン別": [["プラン", "件数"], ["スタンダード2食", 241],
                                          ["露天風呂付客室", 118], ["素泊まり", 127]]}}],
    "entities": [],
    "detectors": [],
    "note": "aggregated sales figures per facility and plan; no people",
})

# ---------------------------------------------------------------- 031 名前なし・和暦の会員データ → ベンダー
_g = people(7, born=(1940, 1995))
_lines = "\n".join(
    f"H{rng.randint(100000, 999999)}\t{wareki(p['dob'], rng.choice(['short', 'kanji']))}\t{p['tel']}\t{p['addr']}"
    for p in _g)
add({
    "id": "onsen-031", "expect": "stop",
    "sender": "情報システム部 栗栖 <kurisu.h@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <donyu@tsubasa-system.jp>"],
    "subject": "会員データ移行テスト：変換エラーのサンプル",
    "charset": "cp932",
    "body": "ツバサシステム 導入支援チーム 御中\n\nお世話になっております。栗栖です。\n"
            "会員データ移行テストで、生年月日の和暦変換がエラーになったレコードを抜粋します。\n"
            "（本番データからそのままコピーしています）\n\n"
            "会員番号\t生年月日\t電話番号\t住所\n" + _lines + "\n\n"
            "「S58.4.2」形式の略記と「昭和○年○月○日」表記が混在しているのが原因と思われます。ご確認ください。\n" + SIG_SYS,
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven member records without a name column (和暦 DOB, phone, address) to a vendor",
})

# ---------------------------------------------------------------- 032 転送: お客様の喘息の申告 → 設備業者
add({
    "id": "onsen-032", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["川崎電機 設備保守課 <hoshu@kawasaki-denki.co.jp>"],
    "subject": "FW: サウナ室の煙とにおいについて",
    "charset": "iso-2022-jp",
    "body": "川崎電機 設備保守課 御中\n\nお世話になっております。大宮の真田です。\n"
            "下記のとおりお客様からご指摘をいただきました。ロウリュ用ストーブと換気の点検をお願いできますか。\n\n"
            "---------- Forwarded message ----------\n"
            "From: 南雲 恵子 <keiko.nagumo55@gmail.com>\n"
            "Date: 2025年11月27日(木) 21:14\n"
            "Subject: サウナ室の煙とにおいについて\n"
            "To: info-omiya@hinode-sangyo.co.jp\n\n"
            "本日夕方に利用した南雲と申します（会員番号 OM-20417）。\n"
            "女性サウナのストーブから焦げたようなにおいと煙が出ていました。\n"
            "私は小児喘息の既往があり、今も吸入薬を使っているのですが、サウナ室を出たあと\n"
            "軽い発作が起きてしまいました。改善されるまで利用を控えます。\n"
            "連絡は 080-3316-7742 までお願いします。\n",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded complaint (new text to the vendor) with a named guest's asthma history and phone",
})

# ---------------------------------------------------------------- 033 お客様本人への返信（引用のみに持病）
add({
    "id": "onsen-033", "expect": "pass",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["坂巻 透 <toru.sakamaki@outlook.jp>"],
    "subject": "Re: 高濃度炭酸泉の利用について",
    "charset": "utf-8",
    "body": "坂巻 様\n\nご丁寧なお問い合わせをありがとうございます。\n"
            "高濃度炭酸泉は湯温37℃前後のため、長めにお入りいただけますが、\n"
            "ご心配な点は主治医の先生にご相談のうえご利用いただけますと安心です。\n"
            "ご来館をお待ちしております。\n" + SIG_SPA + "\n\n"
            "2025/11/20 10:02、坂巻 透 <toru.sakamaki@outlook.jp> のメール:\n"
            "> スパ ひので 大宮 ご担当者様\n"
            "> 昨年、脳梗塞で入院し、現在は血液をサラサラにする薬を飲んでいます。\n"
            "> 炭酸泉は利用しても問題ないでしょうか。\n"
            "> 坂巻\n",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the medical history is only in the quoted mail from the guest himself; reply to one free-mail address",
})

# ---------------------------------------------------------------- 034 モニター会参加者5名を To に並べた
add({
    "id": "onsen-034", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["<aoi.kirara@gmail.com>", "<setoguchi_y@yahoo.co.jp>", "<hina-igari@icloud.com>",
           "<m.yaginuma@docomo.ne.jp>", "<tsuchiya.kiyo@ezweb.ne.jp>"],
    "subject": "【ひのでの湯】新館モニター宿泊会のご案内（1/17・18）",
    "charset": "iso-2022-jp",
    "body": "モニターにご応募いただいた皆様\n\nこの度は当社のモニター宿泊会にご応募いただき、ありがとうございます。\n"
            "厳正な抽選の結果、皆様にご参加いただけることになりました。\n\n"
            "　日程：2026年1月17日（土）～18日（日）1泊2食\n"
            "　会場：ひのでの湯 箱根強羅館 新館「山翠」\n"
            "　集合：15:00 フロント\n\n"
            "ご参加の可否を12月20日までにご返信ください。\n" + SIG_EIGYO,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private persons' addresses visible to each other in To; should have been Bcc",
})

# ---------------------------------------------------------------- 035 会員イベントを Bcc で一斉送信
add({
    "id": "onsen-035", "expect": "pass",
    "sender": "スパ ひので 大宮 <info-omiya@hinode-sangyo.co.jp>",
    "to": ["スパ ひので 大宮 <info-omiya@hinode-sangyo.co.jp>"],
    "bcc": ["<kazuko.s1949@yahoo.co.jp>", "<daisuke.haga@gmail.com>", "<saki_onizuka@icloud.com>",
            "<yoshie-mk@softbank.ne.jp>", "<t.kiryu@outlook.jp>", "<noa.hozumi@gmail.com>"],
    "subject": "【会員様限定】新春 ゆず湯と福袋のお知らせ",
    "charset": "utf-8",
    "body": "会員の皆様\n\n平素よりスパ ひので 大宮をご愛顧いただき、ありがとうございます。\n\n"
            "◆1月1日～3日　ゆず湯（露天岩風呂）\n"
            "◆1月2日 10時～　福袋販売（入館回数券11枚綴り＋タオルセット 5,500円／限定80袋）\n"
            "◆会員様は期間中、岩盤浴が半額になります\n\n"
            "※本メールは送信専用です。配信停止はフロントにお申し付けください。\n" + SIG_SPA,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "member newsletter correctly sent with recipients in Bcc",
})

# ---------------------------------------------------------------- 036 hinode-sangyo.jp（co. 抜け）へシフト表
_g = people(6, born=(1970, 2004))
_shift = columns([["氏名", "携帯", "12/1", "12/2", "12/3", "12/4"]]
                 + [[p["name"], p["tel"]] + [rng.choice(["早", "遅", "夜", "休"]) for _ in range(4)] for p in _g])
add({
    "id": "onsen-036", "expect": "stop",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["湯畑亭 フロント <kusatsu-front@hinode-sangyo.jp>"],
    "subject": "12月第1週 フロントシフト（確定版）",
    "charset": "iso-2022-jp",
    "body": "フロントの皆さん\n\nお疲れさまです。12月第1週のシフトが確定しました。\n"
            "交代が必要な場合は、各自で相手を見つけてから御手洗まで連絡してください。\n\n"
            + _shift + "\n\n早=6:30-15:30　遅=12:00-21:00　夜=21:00-翌7:00\n\n御手洗",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for staff, but the domain hinode-sangyo.jp drops the co. of the company's own domain",
})

# ---------------------------------------------------------------- 037 健診の有所見者（PDF）→ 外部の産業医
_g = people(6, born=(1960, 1995))
_find = ["血圧高値（要治療）", "肝機能異常（γ-GTP 182）", "空腹時血糖 138 要精密検査", "心電図異常（要再検）",
         "脂質異常（LDL 196）", "尿蛋白（2+）"]
add({
    "id": "onsen-037", "expect": "stop",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["ゆもとクリニック 産業医 岩城先生 <iwaki@yumoto-clinic.or.jp>"],
    "subject": "定期健康診断 有所見者一覧（就業判定のお願い）",
    "charset": "utf-8",
    "body": "ゆもとクリニック\n岩城 先生\n\nいつもお世話になっております。日の出産業 人事部の鰐部です。\n"
            "箱根強羅館の定期健康診断で有所見となった従業員の一覧をお送りします。\n"
            "就業区分のご判定をお願いいたします。夜勤者には印を付けています。\n" + SIG_JINJI,
    "attachments": [{"kind": "pdf", "name": "有所見者一覧_箱根強羅館_2025.pdf",
                     "lines": ["2025年度 定期健康診断 有所見者一覧（箱根強羅館）", ""],
                     "table": [["社員番号", "氏名", "年齢", "所見", "夜勤"]]
                              + [[f"E{rng.randint(10000, 99999)}", p["name"], str(p["age"]), _find[i],
                                  rng.choice(["○", ""])] for i, p in enumerate(_g)]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of six employees' health check findings to an outside doctor",
})

# ---------------------------------------------------------------- 038 健診日程の調整（人数のみ）
add({
    "id": "onsen-038", "expect": "pass",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["ゆもとクリニック 健診センター <kenshin@yumoto-clinic.or.jp>"],
    "subject": "2026年度 巡回健診の日程について",
    "charset": "iso-2022-jp",
    "body": "ゆもとクリニック 健診センター ご担当者様\n\nお世話になっております。人事部の鰐部です。\n"
            "来年度の巡回健診について、下記の日程・人数で調整をお願いできますでしょうか。\n\n"
            "　施設　　　　　希望日　　　　対象人数（うち夜勤者）\n"
            "　箱根強羅館　　5/19（火）　　46名（12名）\n"
            "　湯畑亭　　　　5/21（木）　　38名（9名）\n"
            "　鬼怒川別邸　　5/26（火）　　29名（7名）\n\n"
            "会場は各施設の宴会場を予定しています。\n" + SIG_JINJI,
    "entities": [],
    "detectors": [],
    "note": "scheduling and head counts only",
})

# ---------------------------------------------------------------- 039 在留カード番号 → 人材会社
_rc = f"{rng.choice(['AB', 'EH', 'UK'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JP'])}"
add({
    "id": "onsen-039", "expect": "stop",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["グローバル人材パートナーズ 菅野様 <kanno@global-jinzai.co.jp>"],
    "subject": "在留期間更新の件（NGUYEN THI LAN さん）",
    "charset": "utf-8",
    "body": "グローバル人材パートナーズ株式会社\n菅野様\n\nお世話になっております。日の出産業 人事部の鰐部です。\n\n"
            "湯畑亭で客室清掃を担当している NGUYEN THI LAN さんの在留期間が近づいていますので、\n"
            "更新申請のサポートをお願いいたします。\n\n"
            "  氏名（Name）    : NGUYEN THI LAN\n"
            "  生年月日（DOB） : 1998年7月14日\n"
            "  国籍            : ベトナム\n"
            f"  在留カード番号  : {_rc}\n"
            "  在留資格        : 特定技能1号（宿泊）\n"
            "  在留期間満了日  : 2026年2月3日\n\n"
            "雇用条件書の写しは来週郵送します。\n" + SIG_JINJI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign worker's residence card number and DOB sent to a staffing firm",
})

# ---------------------------------------------------------------- 040 救急搬送されたお客様の保険証 → 病院
_p = people(1, born=(1945, 1958))[0]
add({
    "id": "onsen-040", "expect": "stop",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["鬼怒川中央病院 医事課 <iji@kinugawa-chuo-hp.or.jp>"],
    "subject": "本日搬送のお客様の保険証情報",
    "charset": "iso-2022-jp",
    "body": "鬼怒川中央病院 医事課 御中\n\n本日午前に救急搬送されたお客様について、\n"
            "客室に残されていたお荷物の中の保険証を、ご家族の了解のうえ確認しましたのでお知らせします。\n\n"
            f"　氏名：{_p['name']}（{_p['kana']}）\n"
            f"　生年月日：{wareki(_p['dob'], 'short_fw')}\n"
            f"　保険者番号：{rng.randint(10000000, 39999999)}\n"
            f"　記号：{rng.randint(100, 999)}　番号：{rng.randint(1000, 9999)}\n\n"
            "ご家族は夕方に到着される予定です。\n" + SIG_KINUGAWA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a guest's health insurance card symbol/number with 和暦 DOB to a hospital",
})

# ---------------------------------------------------------------- 041 損保と弁護士（2組織）への日程調整
add({
    "id": "onsen-041", "expect": "pass",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["東海火災海上保険 飯塚様 <iizuka.m@tokai-kasai.co.jp>"],
    "cc": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "浴場事故発生時の対応フロー見直し 打合せ日程",
    "charset": "iso-2022-jp",
    "body": "飯塚様\n（cc：白川先生）\n\nお世話になっております。日の出産業の須賀です。\n"
            "浴場内事故が起きた際の初動対応と、保険会社様・弁護士の先生へのご連絡フローを\n"
            "見直したく、三者で打合せの機会をいただけますでしょうか。\n\n"
            "候補日：12/10（水）14時～、12/12（金）10時～、12/16（火）15時～\n"
            "場所：当社京橋本社 6F会議室 またはオンライン\n\n"
            "ご都合をお知らせください。\n" + SIG_ANZEN,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "an insurer and a law firm in To/Cc: two external organisations, normal three-way meeting",
})

# ---------------------------------------------------------------- 042 部外秘ヘッダの事業計画DOCX → 銀行
add({
    "id": "onsen-042", "expect": "stop",
    "sender": "総務部 望月 <mochizuki.t@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 桑原様 <kuwabara@midori-ginko.co.jp>"],
    "subject": "鬼怒川別邸 新館建設計画書の送付",
    "charset": "cp932",
    "body": "株式会社みどり銀行\n法人営業部　桑原様\n\nいつもお世話になっております。日の出産業 総務部の望月です。\n"
            "設備資金のご相談に関し、鬼怒川別邸 新館建設計画書をお送りします。\n"
            "収支計画は3案（標準・保守・楽観）を記載しております。\n" + SIG_SOUMU,
    "attachments": [{"kind": "docx", "name": "鬼怒川別邸_新館建設計画書.docx",
                     "page_header": "部外秘　日の出産業株式会社 経営企画",
                     "paragraphs": ["鬼怒川別邸 新館建設計画書", "1. 計画概要：露天風呂付客室 24室の新館を増築",
                                    "2. 総事業費：18億6,000万円（うち借入 14億円）",
                                    "3. 開業予定：2027年10月",
                                    "4. 収支計画：標準案 稼働率72%、客単価 42,000円"],
                     "tables": [[["年度", "売上", "営業利益"], ["2028", "9.8億", "1.2億"],
                                 ["2029", "11.4億", "1.9億"]]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is stamped 部外秘 sent to the bank",
})

# ---------------------------------------------------------------- 043 銀行への返済予定の確認（免責文あり）
add({
    "id": "onsen-043", "expect": "pass",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 桑原様 <kuwabara@midori-ginko.co.jp>"],
    "subject": "Re: 証書貸付 返済予定表のご送付",
    "charset": "cp932",
    "body": "桑原様\n\nお世話になっております。経理部の一ノ瀬です。\n"
            "返済予定表、確かに受領いたしました。\n"
            "12月25日の約定返済（元金 5,000,000円＋利息）は、当社の返済用口座\n"
            "（みどり銀行 京橋支店 当座 0081234）から引落しで問題ございません。\n\n"
            "引き続きよろしくお願いいたします。\n" + SIG_KEIRI + "\n" + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "company account on a loan repayment and the standard 機密 disclaimer: ordinary business mail",
})

# ---------------------------------------------------------------- 044 壊れたXLSX
add({
    "id": "onsen-044", "expect": "stop",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["近隣トラベル 経理課 <keiri@kinrin-travel.co.jp>"],
    "subject": "11月分 送客精算書の送付",
    "charset": "iso-2022-jp",
    "body": "近隣トラベル株式会社 経理課 御中\n\nいつもお世話になっております。\n"
            "11月分の送客精算書をお送りいたします。ご確認のほどよろしくお願いいたします。\n" + SIG_KEIRI,
    "attachments": [{"kind": "corrupt", "name": "送客精算書_202511.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

# ---------------------------------------------------------------- 045 パスワード付きPDF
add({
    "id": "onsen-045", "expect": "stop",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["たびすけ 精算チーム <seisan@tabisuke.jp>"],
    "subject": "手数料請求明細（11月）について",
    "charset": "utf-8",
    "body": "たびすけ 精算チーム ご担当者様\n\nお世話になっております。日の出産業 経理部の一ノ瀬です。\n"
            "御社からの手数料請求について、当社照合結果の明細をお送りします。\n"
            "PDFには閲覧パスワードを設定しております（パスワードは施設コード＋年月です）。\n" + SIG_KEIRI,
    "attachments": [{"kind": "pdf", "name": "手数料照合明細_202511.pdf", "password": "HN0311202511",
                     "lines": ["手数料照合明細 2025年11月", "予約番号 / 宿泊日 / 手数料 / 差異"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

# ---------------------------------------------------------------- 046 適格請求書（T番号・会社口座）
_t = corporate_number(f"{rng.randint(10**11, 10**12 - 1)}")
add({
    "id": "onsen-046", "expect": "pass",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["星空ツアーズ 経理部 <keiri@hoshizora-tours.co.jp>"],
    "subject": "ご請求書送付のご案内（請求書番号 INV-2511-0382）",
    "charset": "cp932",
    "body": "株式会社星空ツアーズ 経理部 御中\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "下記のとおりご請求申し上げます。\n\n"
            "　請求書番号　：INV-2511-0382\n"
            "　件名　　　　：11/22 日吉OB会様 ご宿泊代金\n"
            "　ご請求金額　：298,650円（うち消費税 27,150円）\n"
            "　お支払期限　：2025年12月31日\n"
            "　お振込先　　：みどり銀行 京橋支店 普通 1234567 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ\n"
            f"　登録番号　　：T{_t}\n\n"
            "請求書原本（PDF）は請求書発行システムからも別途お送りしております。\n" + SIG_KEIRI,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own T-number and bank account: business data, not people",
})

# ---------------------------------------------------------------- 047 新入社員の基礎年金番号 → 社労士
_p = people(1, born=(1985, 2000))[0]
add({
    "id": "onsen-047", "expect": "stop",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["社会保険労務士法人かえで 手続課 <tetsuzuki@sr-kaede.jp>"],
    "subject": "資格取得届の作成依頼（12/1入社 1名）",
    "charset": "iso-2022-jp",
    "body": "社会保険労務士法人かえで\n手続課 ご担当者様\n\nいつもお世話になっております。日の出産業 人事部の鰐部です。\n"
            "12月1日入社の正社員1名について、健康保険・厚生年金の資格取得届の作成をお願いします。\n\n"
            "■氏名　　　　：" + _p["name"] + "（" + _p["kana"] + "）\n"
            "■生年月日　　：" + wareki(_p["dob"], "kanji_fw") + "\n"
            "■住所　　　　：〒" + _p["zip"] + " " + _p["addr"] + "\n"
            f"■基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}\n"
            "■報酬月額　　：265,000円（通勤手当含む）\n"
            "■勤務先　　　：ひのでの湯 箱根強羅館（調理）\n\n"
            "よろしくお願いいたします。\n" + SIG_JINJI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's basic pension number, 和暦 DOB (full-width) and address to a 社労士 firm",
})

# ---------------------------------------------------------------- 048 運転免許証番号 → 駐車場管理会社
_p = people(1, born=(1975, 1995))[0]
add({
    "id": "onsen-048", "expect": "stop",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["パークワン 北関東営業所 <kitakanto@parkone.co.jp>"],
    "subject": "第2駐車場 ゲートバー破損の件（当事者情報）",
    "charset": "utf-8",
    "body": "パークワン株式会社 北関東営業所 ご担当者様\n\nいつもお世話になっております。湯畑亭の御手洗です。\n\n"
            "11月30日 22時頃、当館第2駐車場の出口ゲートバーが宿泊客の車両との接触で破損しました。\n"
            "ご本人から修理費のご負担について了承をいただいております。当事者情報は以下のとおりです。\n\n"
            f"  運転者氏名　　 {_p['name']}\n"
            f"  運転免許証番号 第{rng.randint(10, 62)}{rng.randint(10**9, 10**10 - 1)}号\n"
            f"  連絡先　　　　 {_p['tel']}\n"
            "  車両　　　　　 品川 300 ほ 12-34（白のミニバン）\n\n"
            "修理のお見積もりをお送りいただけますでしょうか。\n" + SIG_KUSATSU,
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a guest's driver's licence number and mobile to a parking operator",
})

# ---------------------------------------------------------------- 049 ツアーバスの駐車・乗務員休憩室
add({
    "id": "onsen-049", "expect": "pass",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["はるかぜ観光 手配課 <tehai@harukaze-kanko.co.jp>"],
    "subject": "Re: 大型バスでのご来館について",
    "charset": "iso-2022-jp",
    "body": "はるかぜ観光 手配課 ご担当者様\n\nお問い合わせありがとうございます。\n\n"
            "・大型バス駐車スペース：2台（事前予約制・無料）\n"
            "・乗務員様休憩室：1階「待合」をご利用いただけます（仮眠不可）\n"
            "・乗務員様ご宿泊：別館シングル 1泊2食 9,800円（税込）\n"
            "・到着時は正面玄関ではなく、北側の団体入口へお回りください\n\n"
            "ほかにご不明点があればお気軽にお問い合わせください。\n" + SIG_HAKONE,
    "entities": [],
    "detectors": [],
    "note": "facility information for a tour operator; nothing personal",
})

# ---------------------------------------------------------------- 050 OTA: ローマ字名・メール・電話の差異リスト
_g = people(6)
_lines = "\n".join(
    f"{i + 1}. Booking GS-{rng.randint(4000000, 4999999)} | {p['ROMAJI']} | {p['mail']} | "
    f"+81-{p['tel'][1:]} | arr. Dec {rng.randint(1, 28)}"
    for i, p in enumerate(_g))
add({
    "id": "onsen-050", "expect": "stop",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["GlobalStay Partner Services <partners-apac@globalstay.com>"],
    "subject": "Bookings missing from our PMS - please resend (Hinode Onsen Hakone Gora)",
    "charset": "utf-8",
    "body": "Hello Partner Services team,\n\n"
            "The following December bookings appear in the GlobalStay extranet but never reached our "
            "property management system. Could you check the channel-manager logs and resend them?\n\n"
            + _lines + "\n\n"
            "We have contacted two of the guests directly to confirm their stay.\n" + SIG_EN + "\n" + DISC_EN,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six guests in romaji with e-mail and phone, numbered lines, to an OTA",
})

# ---------------------------------------------------------------- 051 OTA: 予約番号のみの照会
add({
    "id": "onsen-051", "expect": "pass",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["GlobalStay Partner Services <partners-apac@globalstay.com>"],
    "subject": "Rate mismatch on booking GS-4418207",
    "charset": "utf-8",
    "body": "Hello,\n\nBooking GS-4418207 (arrival Jan 9, 2 nights, Japanese-style room with open-air bath) "
            "came through at JPY 48,000 per night, while our rate plan RP-WINTER-26 for that date is "
            "JPY 56,000. It looks like the early-bird discount was applied twice.\n\n"
            "Could you confirm which amount the guest was charged? We will honour the booking either way.\n"
            + SIG_EN + "\n" + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "booking reference and rates only; disclaimer at the end",
})

# ---------------------------------------------------------------- 052 キャンセル返金の振込リスト（ZIP内CSV）→ 銀行
_g = people(6)
_rows = [["受取人名（カナ）", "銀行名", "支店名", "種目", "口座番号", "金額", "予約番号"]]
for p in _g:
    _rows.append([p["kana"].replace(" ", "　"), rng.choice(["ゆうちょ銀行", "三つ葉銀行", "あさひ信用金庫", "みどり銀行"]),
                  rng.choice(["本店", "浦和支店", "高崎駅前支店", "日吉支店"]), "普通", f"{rng.randint(1000000, 9999999)}",
                  str(rng.choice([12800, 25600, 38400, 9800])), f"HY{rng.randint(250000, 259999)}"])
add({
    "id": "onsen-052", "expect": "stop",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 京橋支店 法人窓口 <kyobashi-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込データ送付（キャンセル返金分 12/5実行）",
    "charset": "iso-2022-jp",
    "body": "みどり銀行 京橋支店 法人窓口 御中\n\nいつもお世話になっております。日の出産業 経理部の一ノ瀬です。\n"
            "12月5日実行分の総合振込データ（宿泊キャンセル返金 6件）をお送りします。\n"
            "インターネットバンキングの障害中のため、今回のみメールでの送付となります。\n" + SIG_KEIRI,
    "attachments": [{"kind": "zip", "name": "furikomi_20251205.zip",
                     "files": [{"kind": "csv", "name": "henkin_20251205.csv", "encoding": "utf-8",
                                "rows": _rows}]}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP → UTF-8 CSV of six guests' bank accounts for refunds, sent to a bank",
})

# ---------------------------------------------------------------- 053 社内監査へ宿泊者名簿ZIP
_g = people(8)
add({
    "id": "onsen-053", "expect": "pass",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "宿泊者名簿の保管状況監査：サンプル提出",
    "charset": "cp932",
    "body": "内部監査室 御中\n\n鬼怒川別邸の仁科です。\n"
            "ご指示のあった11月第2週分の宿泊者名簿（電子化分）をZIPにまとめて提出します。\n"
            "紙の原本は事務所キャビネット（施錠）で保管しています。\n\n仁科",
    "attachments": [{"kind": "zip", "name": "宿泊者名簿_202511_w2.zip",
                     "files": [{"kind": "csv", "name": "meibo_20251110.csv", "encoding": "cp932",
                                "rows": [["宿泊日", "氏名", "住所", "電話", "人数"]]
                                        + [[f"2025/11/{10 + i % 4}", p["name"], p["addr"], p["tel"], rng.randint(1, 4)]
                                           for i, p in enumerate(_g)]}]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "guest register sample for internal audit; recipient is internal",
})

# ---------------------------------------------------------------- 054 転送(.eml添付): お客様のカード番号入り予約メール
_p = people(1)[0]
_card = next_card()
add({
    "id": "onsen-054", "expect": "stop",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["さくらホテル箱根 予約課 <yoyaku-hakone@sakura-hotel.jp>"],
    "subject": "FW: 1月の予約について（満室のためご紹介）",
    "charset": "iso-2022-jp",
    "body": "さくらホテル箱根 予約課 ご担当者様\n\nお世話になっております。日の出産業 予約センターの佐伯です。\n"
            "当館が満室のため、お客様のご了承を得て貴館をご紹介させていただきました。\n"
            "お客様からのメールを添付しますので、直接ご連絡いただけますでしょうか。\n" + SIG_YOYAKU,
    "attachments": [{"kind": "eml", "name": "1月の予約について.eml",
                     "message": {
                         "sender": f"{_p['name']} <{_p['mail']}>",
                         "to": ["予約センター <yoyaku@hinode-sangyo.co.jp>"],
                         "subject": "1月の予約について",
                         "charset": "iso-2022-jp",
                         "body": "予約センター様\n\n1月10日から2泊、大人2名で露天風呂付客室を希望します。\n"
                                 "支払いはカードでお願いします。\n"
                                 f"カード番号 {_card}　有効期限 11/27\n"
                                 f"名前 {_p['name']}　電話 {_p['tel']}\n\nよろしくお願いします。"}}],
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded guest mail attached as .eml carries her card number and phone to another hotel",
})

# ---------------------------------------------------------------- 055 転送(.eml添付): バス会社のダイヤ改正案内
add({
    "id": "onsen-055", "expect": "pass",
    "sender": "草津 湯畑亭 フロント <kusatsu-front@hinode-sangyo.co.jp>",
    "to": ["星空ツアーズ 団体手配課 神田様 <kanda@hoshizora-tours.co.jp>"],
    "subject": "FW: 【山麓バス】冬季ダイヤ改正のお知らせ",
    "charset": "iso-2022-jp",
    "body": "神田様\n\nお世話になっております。湯畑亭フロントです。\n"
            "山麓バスさんからダイヤ改正の案内が届きましたので、ご参考まで転送いたします。\n"
            "1月以降の団体様の行程作成時にご確認ください。\n\n湯畑亭 フロント\nTEL 0279-88-6610",
    "attachments": [{"kind": "eml", "name": "冬季ダイヤ改正のお知らせ.eml",
                     "message": {"sender": "山麓バス 運行管理 <unko@sanroku-bus.co.jp>",
                                 "to": ["<kusatsu-front@hinode-sangyo.co.jp>"],
                                 "subject": "【山麓バス】冬季ダイヤ改正のお知らせ",
                                 "charset": "iso-2022-jp",
                                 "body": "関係各位\n\n12月15日より冬季ダイヤに移行します。\n"
                                         "長野原草津口発 草津温泉行き：9:05 / 10:35 / 12:05 / 14:35 / 16:05\n"
                                         "草津温泉発 長野原草津口行き：8:20 / 10:00 / 13:10 / 15:40\n\n山麓バス株式会社 運行管理課"}}],
    "entities": [],
    "detectors": [],
    "note": "forwarded bus timetable notice: a business mail with no personal data",
})

# ---------------------------------------------------------------- 056 Confidential フッタのPPTX → 設計事務所
add({
    "id": "onsen-056", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["アトリエ弓削 設計室 弓削様 <yuge@atelier-yuge.co.jp>"],
    "subject": "箱根強羅館 リニューアル基本構想（社内検討資料）",
    "charset": "utf-8",
    "body": "アトリエ弓削\n弓削様\n\nお世話になっております。椎名です。\n"
            "来週の打合せに先立ち、社内で検討中の基本構想資料をお送りします。\n"
            "大浴場の動線と、サウナ増設の位置についてご意見をいただければと思います。\n" + SIG_EIGYO,
    "attachments": [{"kind": "pptx", "name": "箱根強羅館_リニューアル基本構想_v2.pptx",
                     "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                     "slides": [["リニューアル基本構想", "対象：大浴場・露天エリア・サウナ", "工期：2026年6月～11月（部分営業）"],
                                ["課題", "サウナ待ちの滞留", "露天風呂への段差（バリアフリー未対応）"],
                                ["投資額", "総額 3.2億円", "うちサウナ棟 9,000万円"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with a Confidential footer on every slide sent to an outside architect",
})

# ---------------------------------------------------------------- 057 冬季プラン紹介のPPTX → 旅行会社
add({
    "id": "onsen-057", "expect": "pass",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["近隣トラベル 商品企画 <kikaku@kinrin-travel.co.jp>"],
    "subject": "冬季 団体・グループ向けプランのご案内",
    "charset": "iso-2022-jp",
    "body": "近隣トラベル 商品企画ご担当者様\n\nいつもお世話になっております。日の出産業の椎名です。\n"
            "冬季の団体・グループ向けプランの資料をお送りします。パンフレット掲載のご検討をお願いいたします。\n" + SIG_EIGYO,
    "attachments": [{"kind": "pptx", "name": "冬季団体プラン_2026.pptx",
                     "slides": [["冬の湯めぐり 団体プラン", "対象：15名様以上", "期間：2026/1/6～3/19"],
                                ["料金", "1泊2食 15,800円～（税込・入湯税別）", "添乗員1名無料（15名様毎）"],
                                ["特典", "貸切風呂 1回無料", "地酒の飲み比べセット"]]}],
    "entities": [],
    "detectors": [],
    "note": "a sales deck without any marking or personal data",
})

# ---------------------------------------------------------------- 058 名指しの食物アレルギー（either）
add({
    "id": "onsen-058", "expect": "either",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 草津営業所 <kusatsu@kitaguni-foods.co.jp>"],
    "subject": "12/20 仕出し弁当 アレルギー対応1食の追加",
    "charset": "cp932",
    "body": "北国フーズ 草津営業所 御中\n\nお世話になっております。湯畑亭の御手洗です。\n"
            "12月20日の昼食弁当（団体 24食）のうち1食を、そば・小麦不使用でお願いします。\n"
            "対象は幹事の 丹羽 瑞穂 様で、そばアレルギーをお持ちとのことです。\n"
            "お弁当には「丹羽様」と付箋を貼ってお届けください。\n" + SIG_KUSATSU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named guest's food allergy to a caterer: health data or just a meal instruction — arguable",
})

# ---------------------------------------------------------------- 059 英語: てんかん発作（1名）→ 台湾の旅行会社
add({
    "id": "onsen-059", "expect": "stop",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Formosa Joy Travel - Operations <ops@formosajoy-travel.com.tw>"],
    "subject": "Incident report - guest of tour FJ-1126 (Hakone Gora)",
    "charset": "utf-8",
    "body": "Dear Operations team,\n\n"
            "We are writing to let you know about an incident last night involving one of your guests.\n\n"
            "At about 22:10, Mr. HUANG Chih-Ming (room 412), who had told our staff at check-in that he "
            "has epilepsy and takes medication, had a seizure while in the outdoor bath. Another guest "
            "called our staff, and he was lifted out of the water within a minute. The ambulance took "
            "him to Odawara City Hospital; he was discharged this morning and has rejoined the tour.\n\n"
            "Your tour leader, Ms. Lin, was present throughout. Please let us know if the family "
            "needs any documents from us for their travel insurance.\n" + SIG_EN,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English: a named guest's epilepsy and seizure reported to a foreign agency",
})

# ---------------------------------------------------------------- 060 敬老DM: 一人1ブロック・和暦（DM発送代行）
_g = people(6, born=(1932, 1950))
_blocks = "\n\n".join(
    f"【{i + 1}】\nお名前：{p['name']}\n生年月日：{wareki(p['dob'], rng.choice(['kanji', 'kanji_fw', 'short']))}\n"
    f"ご住所：〒{p['zip']}\n　　　　{p['addr']}" for i, p in enumerate(_g))
add({
    "id": "onsen-060", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["DM発送センター 受付 <uketsuke@dm-hassou.co.jp>"],
    "subject": "敬老の日 ご招待券 発送先（追加6件）",
    "charset": "cp932",
    "body": "DM発送センター 受付ご担当者様\n\nお世話になっております。スパ ひので 大宮の真田です。\n"
            "敬老の日ご招待券（75歳以上の会員様）の発送先に、下記6件を追加してください。\n\n"
            + _blocks + "\n\n以上です。よろしくお願いいたします。\n" + SIG_SPA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six elderly members, one block each, with 和暦 birth dates and addresses to a mailing house",
})

# ---------------------------------------------------------------- 061 印刷発注（仕様と価格）
add({
    "id": "onsen-061", "expect": "pass",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "新春チラシ 印刷発注",
    "charset": "iso-2022-jp",
    "body": "錦印刷 営業部 ご担当者様\n\nお世話になっております。お見積りありがとうございました。\n"
            "下記内容で正式に発注いたします。\n\n"
            "　品名　：新春イベントチラシ（A4・両面カラー）\n"
            "　用紙　：コート90kg\n"
            "　部数　：8,000部\n"
            "　金額　：52,800円（税込）　見積番号 NS-25-1187\n"
            "　納品　：12月19日（金）店舗着\n\n"
            "入稿データは本日中にお送りします。\n" + SIG_SPA,
    "entities": [],
    "detectors": [],
    "note": "print order with quote number and price",
})

# ---------------------------------------------------------------- 062 aoba-unyu.com（TLD違い）
add({
    "id": "onsen-062", "expect": "stop",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 小田原営業所 <odawara@aoba-unyu.com>"],
    "subject": "集荷のお願い（12/2 午後）",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 小田原営業所 御中\n\nいつもお世話になっております。箱根強羅館の宇佐美です。\n"
            "12月2日（火）午後に集荷をお願いします。\n\n"
            "　個数：段ボール4個（備品）、お忘れ物の返送2個\n"
            "　場所：従業員通用口\n\n"
            "よろしくお願いいたします。\n" + SIG_HAKONE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.com instead of the partner's aoba-unyu.co.jp (TLD swap)",
})

# ---------------------------------------------------------------- 063 正しい宛先: 忘れ物の返送1件
_p = people(1)[0]
add({
    "id": "onsen-063", "expect": "pass",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 小田原営業所 <odawara@aoba-unyu.co.jp>"],
    "subject": "お忘れ物 返送1件の送り状作成のお願い",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 小田原営業所 御中\n\nお世話になっております。箱根強羅館の宇佐美です。\n"
            "本日集荷分のうち1件、送り状の作成をお願いします（着払い）。\n\n"
            f"　お届け先：{_p['name']} 様\n"
            f"　住所　　：〒{_p['zip']} {_p['addr']}\n"
            f"　電話　　：{_p['tel']}\n"
            "　品名　　：眼鏡・衣類（割れ物）\n\n"
            "よろしくお願いいたします。\n" + SIG_HAKONE,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's delivery address to the partner carrier: a single record, may be warned",
})

# ---------------------------------------------------------------- 064 マオリ系のお客様（出自）→ OTA
add({
    "id": "onsen-064", "expect": "stop",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["温泉たび.com 施設サポート <support@onsen-tabi.com>"],
    "subject": "ご予約 OT-7730215 のお客様について（貸切風呂のご案内）",
    "charset": "utf-8",
    "body": "温泉たび.com 施設サポート ご担当者様\n\nお世話になっております。鬼怒川別邸の仁科です。\n\n"
            "1月8日ご宿泊の Wiremu Parata 様について、お客様からメッセージをいただきました。\n"
            "マオリ族のご出身で、顔と両腕に伝統的な入れ墨（タ・モコ）があるため、\n"
            "大浴場の利用可否を確認したいとのことです。\n\n"
            "当館としては、貸切風呂（無料・2回）をご用意してご案内したいと考えています。\n"
            "御社のメッセージ機能で英語にてお伝えいただけますでしょうか。\n" + SIG_KINUGAWA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's ethnic origin (Māori) told to an OTA with the tattoo question",
})

# ---------------------------------------------------------------- 065 タトゥーポリシー（OTA掲載用）
add({
    "id": "onsen-065", "expect": "pass",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["温泉たび.com 施設サポート <support@onsen-tabi.com>"],
    "subject": "施設ページ「タトゥー・入れ墨について」の文言変更",
    "charset": "utf-8",
    "body": "温泉たび.com 施設サポート ご担当者様\n\n施設ページの注意事項を、下記の日英併記に差し替えてください。\n\n"
            "―――――\n"
            "【タトゥー・入れ墨について】\n"
            "大浴場は、カバーシール（10×12cm）で隠れる大きさまでご利用いただけます。\n"
            "それ以上の場合は、貸切風呂（予約制・50分）をご利用ください。\n"
            "[Tattoos] Guests with tattoos small enough to be covered by our cover sticker (10x12 cm) "
            "may use the public baths. Otherwise please book a private bath (50 min).\n"
            "―――――\n\n"
            "反映後にご連絡いただけますと幸いです。\n" + SIG_KINUGAWA,
    "entities": [],
    "detectors": [],
    "note": "policy wording for a listing page; no person",
})

# ---------------------------------------------------------------- 066 タクシー予約3件（CSV・短いリスト）
_g = people(3)
add({
    "id": "onsen-066", "expect": "pass",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["湯本タクシー 配車センター <haisha@yumoto-taxi.co.jp>"],
    "subject": "12/7 チェックアウト後のタクシー予約（3件）",
    "charset": "cp932",
    "body": "湯本タクシー 配車センター御中\n\nいつもありがとうございます。箱根強羅館の宇佐美です。\n"
            "12/7分のタクシー予約を添付のとおりお願いします。\n" + SIG_HAKONE,
    "attachments": [{"kind": "csv", "name": "taxi_20251207.csv", "encoding": "cp932",
                     "rows": [["時刻", "お客様名", "携帯", "人数", "行先"],
                              ["10:00", _g[0]["name"], _g[0]["tel"], "2", "箱根湯本駅"],
                              ["10:30", _g[1]["name"], _g[1]["tel"], "4", "小田原駅"],
                              ["11:15", _g[2]["name"], _g[2]["tel"], "1", "大涌谷"]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names and mobiles for taxi bookings: under five people, may be warned",
})

# ---------------------------------------------------------------- 067 スタッフ緊急連絡網（TSV）→ 清掃委託先
_g = people(10, born=(1965, 2003))
_rel = ["母", "夫", "妻", "父", "姉", "妻", "夫", "母", "兄", "妻"]
_tsv = "氏名\t部署\t本人携帯\t緊急連絡先（続柄）\n" + "\n".join(
    f"{p['name']}\t{rng.choice(['フロント', '客室', '調理', '浴場管理'])}\t{p['tel']}\t{mobile()}（{_rel[i]}）"
    for i, p in enumerate(_g))
add({
    "id": "onsen-067", "expect": "stop",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["きれいサービス 草津事業所 <kusatsu@kirei-service.co.jp>"],
    "subject": "合同防災訓練（12/16）用 緊急連絡網",
    "charset": "utf-8",
    "body": "きれいサービス 草津事業所 ご担当者様\n\nお世話になっております。湯畑亭の御手洗です。\n"
            "12月16日の合同防災訓練で使用する、当館夜間帯スタッフの緊急連絡網を貼り付けます。\n"
            "御社スタッフの分も同じ形式で頂戴できますでしょうか。\n\n"
            + _tsv + "\n" + SIG_KUSATSU,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated contact sheet of ten staff with personal and family mobiles to a contractor",
})

# ---------------------------------------------------------------- 068 社内: 連絡網の更新（住所入り）
_g = people(5, born=(1970, 2000))
add({
    "id": "onsen-068", "expect": "pass",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["鬼怒川別邸 全スタッフ <kinugawa-all@hinode-sangyo.co.jp>"],
    "subject": "連絡網の更新（12月）",
    "charset": "iso-2022-jp",
    "body": "鬼怒川別邸の皆さん\n\n転居・番号変更があった方の分を更新しました。\n\n"
            + "\n".join(f"・{p['name']}　{p['tel']}　{p['addr']}" for p in _g)
            + "\n\n印刷した連絡網は古いものと差し替えてください。\n仁科",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "staff contact updates to an internal distribution list only",
})

# ---------------------------------------------------------------- 069 tsubasa-systern.jp（m→rn）
add({
    "id": "onsen-069", "expect": "stop",
    "sender": "情報システム部 栗栖 <kurisu.h@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-systern.jp>"],
    "subject": "【障害】予約管理システム 在庫連携の遅延",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム サポートデスク御中\n\n日の出産業 情報システム部の栗栖です。\n"
            "本日10時頃から、OTA在庫連携が30分以上遅延しています。\n"
            "契約番号 TS-HN-0042、対象施設は3施設すべてです。至急ご確認ください。\n" + SIG_SYS,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp (rn for m) imitates partner tsubasa-system.jp",
})

# ---------------------------------------------------------------- 070 正しいサポート宛: エラーログ
add({
    "id": "onsen-070", "expect": "pass",
    "sender": "情報システム部 栗栖 <kurisu.h@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "Re: 【障害】予約管理システム 在庫連携の遅延（ログ送付）",
    "charset": "utf-8",
    "body": "ツバサシステム サポートデスク御中\n\n栗栖です。ご依頼のログを抜粋します。\n\n"
            "2025-12-01 10:02:11 WARN  sync-worker-2  queue depth=1843 (threshold 500)\n"
            "2025-12-01 10:02:41 ERROR ota-adapter    HTTP 429 from channel CH-03 retry=3\n"
            "2025-12-01 10:05:12 ERROR ota-adapter    timeout 30000ms host=10.20.4.17\n"
            "2025-12-01 10:31:55 INFO  sync-worker-2  queue depth=112\n\n"
            "チケット番号 #58127 でご対応中と理解しています。\n" + SIG_SYS,
    "entities": [],
    "detectors": [],
    "note": "system logs with internal IPs and ticket numbers; nothing personal",
})

# ---------------------------------------------------------------- 071 社員旅行の持病一覧（HTMLのみ）→ 旅行会社
_g = people(6, born=(1955, 1985))
_cond = [("高血圧", "降圧剤"), ("2型糖尿病", "インスリン注射"), ("狭心症", "ニトログリセリン携帯"),
         ("てんかん", "抗てんかん薬"), ("気管支喘息", "吸入薬"), ("心房細動", "抗凝固薬")]
_tr = "".join(f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{_cond[i][0]}</td><td>{_cond[i][1]}</td>"
              f"<td>{rng.choice(['長湯・サウナ注意', '単独入浴を避ける', '水風呂不可'])}</td></tr>"
              for i, p in enumerate(_g))
add({
    "id": "onsen-071", "expect": "stop",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["はるかぜ観光 法人旅行課 <houjin@harukaze-kanko.co.jp>"],
    "subject": "1/24 慰安旅行ご一行様 入浴時のご注意が必要な方",
    "charset": "utf-8",
    "html": "<html><body><p>はるかぜ観光 法人旅行課 ご担当者様</p>"
            "<p>いつもお世話になっております。箱根強羅館の宇佐美です。<br>"
            "幹事様からいただいた事前アンケートをもとに、入浴時に配慮が必要な方を整理しました。"
            "添乗員様と共有いただけますでしょうか。</p>"
            "<table border=\"1\" cellspacing=\"0\"><tr><th>氏名</th><th>年齢</th><th>既往症</th><th>服薬</th><th>当館での配慮</th></tr>"
            + _tr + "</table><p>箱根強羅館 フロント課 宇佐美<br>TEL 0460-82-4126</p></body></html>",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table: six named participants' illnesses and medication to a travel agency",
})

# ---------------------------------------------------------------- 072 OTA・旅行会社・バス会社の3社を To/Cc
add({
    "id": "onsen-072", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["やどナビ 関口様 <sekiguchi@yadonavi.jp>", "星空ツアーズ 神田様 <kanda@hoshizora-tours.co.jp>"],
    "cc": ["山麓バス 営業課 <eigyo@sanroku-bus.co.jp>"],
    "subject": "草津 冬の送迎付きキャンペーン キックオフのご案内",
    "charset": "iso-2022-jp",
    "body": "関係者各位\n\nいつもお世話になっております。日の出産業の椎名です。\n"
            "「草津 冬の送迎付きキャンペーン」のキックオフ会議を下記のとおり開催します。\n\n"
            "　日時：12月11日（木）15:00～16:30\n"
            "　場所：オンライン（URLは前日にお送りします）\n"
            "　議題：販売期間、送迎バスの枠配分、広告素材\n\n"
            "ご出席者のお名前を12/8までにお知らせください。\n" + SIG_EIGYO,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations see each other's addresses in To/Cc",
})

# ---------------------------------------------------------------- 073 旅行会社＋バス会社（2組織）
add({
    "id": "onsen-073", "expect": "pass",
    "sender": "草津 湯畑亭 フロント <kusatsu-front@hinode-sangyo.co.jp>",
    "to": ["星空ツアーズ 神田様 <kanda@hoshizora-tours.co.jp>"],
    "cc": ["山麓バス 貸切課 <kashikiri@sanroku-bus.co.jp>"],
    "subject": "1/31 草津雪見ツアー 行程の最終確認",
    "charset": "cp932",
    "body": "神田様（cc：山麓バス様）\n\nお世話になっております。湯畑亭フロントです。\n"
            "1/31の行程、下記で最終確認をお願いします。\n\n"
            "　13:30　草津温泉BT着（山麓バス）\n"
            "　13:45　湯畑散策（自由行動）\n"
            "　15:00　湯畑亭チェックイン\n"
            "　翌 9:30　出発 → 白根火山ロープウェイ方面\n\n"
            "バスの駐車は当館第1駐車場をご利用ください。\n湯畑亭 フロント",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way itinerary mail",
})

# ---------------------------------------------------------------- 074 全角のカード番号（電話予約メモ）→ さくらホテル
_p = people(1)[0]
_card = next_card()
add({
    "id": "onsen-074", "expect": "stop",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["さくらホテル草津 宿泊課 <shukuhaku-kusatsu@sakura-hotel.jp>"],
    "subject": "お電話予約のお客様 ご紹介（1/3 1泊）",
    "charset": "iso-2022-jp",
    "body": "さくらホテル草津 宿泊課 ご担当者様\n\nお世話になっております。予約センターの佐伯です。\n"
            "当館満室のため、お電話のお客様を貴館へご紹介させていただきます。\n"
            "お電話で伺った内容をそのままお送りしますので、事前決済の手配をお願いします。\n\n"
            f"　お名前　　：{_p['kana']} 様\n"
            f"　ご連絡先　：{zen(_p['tel'])}\n"
            "　ご宿泊　　：１月３日（土）１泊　大人２名\n"
            f"　カード番号：{zen(_card[:4])}－{zen(_card[4:8])}－{zen(_card[8:12])}－{zen(_card[12:])}\n"
            "　有効期限　：０９／２８\n\n" + SIG_YOYAKU,
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width card number and phone of a caller, typed from a phone memo, to another hotel",
})

# ---------------------------------------------------------------- 075 チャージバック照会（下4桁のみ）
add({
    "id": "onsen-075", "expect": "pass",
    "sender": "経理部 一ノ瀬 <ichinose.t@hinode-sangyo.co.jp>",
    "to": ["Jカード決済サービス 加盟店サポート <kameiten@jcard-kessai.co.jp>"],
    "subject": "チャージバック通知への回答（受付番号 CB-2025-118342）",
    "charset": "utf-8",
    "body": "Jカード決済サービス 加盟店サポート 御中\n\n加盟店番号 0310-228741 日の出産業株式会社 経理部の一ノ瀬です。\n"
            "受付番号 CB-2025-118342 のチャージバックについて、下記のとおり回答いたします。\n\n"
            "　カード番号：************4821（下4桁）\n"
            "　承認番号　：073915\n"
            "　利用日　　：2025年10月18日　金額 64,900円\n"
            "　回答　　　：宿泊実績あり（チェックイン・チェックアウト記録、署名済み明細を郵送します）\n\n"
            "ご確認のほどよろしくお願いいたします。\n" + SIG_KEIRI,
    "entities": [],
    "detectors": [],
    "note": "masked card (last four digits), approval and merchant numbers only",
})

# ---------------------------------------------------------------- 076 名前なしPDF（会員ID・生年月日・電話・メール）→ 広告代理店
_g = people(8, born=(1960, 2000))
add({
    "id": "onsen-076", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["アドかぜ 西川様 <nishikawa@ad-kaze.co.jp>"],
    "subject": "休眠会員向けSMS配信テストの対象抽出",
    "charset": "iso-2022-jp",
    "body": "アドかぜ株式会社\n西川様\n\nお世話になっております。大宮の真田です。\n"
            "SMS・メール配信のテスト対象として、半年以上ご来館のない会員様を抽出しました（PDF）。\n"
            "配信文面のご提案と合わせてご検討ください。\n" + SIG_SPA,
    "attachments": [{"kind": "pdf", "name": "休眠会員抽出_テスト.pdf",
                     "lines": ["休眠会員抽出（最終来館 2025/5以前）テスト配信用"],
                     "table": [["会員ID", "性別", "生年月日", "携帯番号", "メールアドレス", "最終来館"]]
                              + [[f"OM-{rng.randint(10000, 39999)}", rng.choice(["男", "女"]),
                                  p["dob"].strftime("%Y/%m/%d"), p["tel"], p["mail"],
                                  f"2025/{rng.randint(1, 5)}/{rng.randint(1, 28)}"] for p in _g]}],
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight members without a name column (DOB, mobile, e-mail) to an ad agency",
})

# ---------------------------------------------------------------- 077 会員属性の集計PDF → 広告代理店
add({
    "id": "onsen-077", "expect": "pass",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["アドかぜ 西川様 <nishikawa@ad-kaze.co.jp>"],
    "subject": "会員属性の集計（媒体選定用）",
    "charset": "iso-2022-jp",
    "body": "西川様\n\nお世話になっております。会員属性の集計をPDFでお送りします。\n"
            "個人が特定される情報は含んでおりません。\n" + SIG_SPA,
    "attachments": [{"kind": "pdf", "name": "会員属性集計_2025.pdf",
                     "lines": ["スパ ひので 大宮 会員属性（2025年11月末 有効会員 4,812名）"],
                     "table": [["年代", "男性", "女性", "構成比"], ["20代", "212", "301", "10.7%"],
                               ["30代", "388", "455", "17.5%"], ["40代", "502", "611", "23.1%"],
                               ["50代", "489", "540", "21.4%"], ["60代以上", "611", "703", "27.3%"]]}],
    "entities": [],
    "detectors": [],
    "note": "aggregated member statistics; nobody identifiable",
})

# ---------------------------------------------------------------- 078 派遣スタッフのうつ病（1名）→ 派遣会社
add({
    "id": "onsen-078", "expect": "stop",
    "sender": "箱根強羅館 宇佐美 <usami.k@hinode-sangyo.co.jp>",
    "to": ["ホスピタリティスタッフ 小田原支店 <odawara@hospitality-staff.co.jp>"],
    "subject": "派遣スタッフ 秋葉さんの勤務について",
    "charset": "iso-2022-jp",
    "body": "ホスピタリティスタッフ株式会社 小田原支店 ご担当者様\n\nいつもお世話になっております。箱根強羅館の宇佐美です。\n\n"
            "フロントに派遣いただいている 秋葉 美咲 さんについてご相談です。\n"
            "昨日ご本人から、うつ病と診断されて心療内科に通院しており、夜勤を外してほしいとの申し出がありました。\n"
            "当館としては日勤のみで継続いただきたいと考えていますが、契約条件の変更について\n"
            "御社からご本人と面談いただけますでしょうか。\n" + SIG_HAKONE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named temp worker's depression diagnosis in a sentence to her staffing agency",
})

# ---------------------------------------------------------------- 079 社内: 休職の連絡（診断名あり）
add({
    "id": "onsen-079", "expect": "pass",
    "sender": "人事部 鰐部 <wanibe.c@hinode-sangyo.co.jp>",
    "to": ["湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>"],
    "cc": ["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    "subject": "調理課 鬼塚さんの休職について",
    "charset": "cp932",
    "body": "御手洗支配人\n\n人事部の鰐部です。\n調理課の鬼塚 大輔さんから、適応障害の診断書（3か月の休養を要する）が提出されました。\n"
            "12月8日から休職扱いとします。復職時は産業医面談を行います。\n"
            "シフトの調整をお願いいたします。本件は関係者限りでお願いします。\n" + SIG_JINJI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "employee's diagnosis, but only internal recipients",
})

# ---------------------------------------------------------------- 080 【取扱注意】の分類表示 → 観光協会
add({
    "id": "onsen-080", "expect": "stop",
    "sender": "箱根強羅館 支配人 <gora-shihainin@hinode-sangyo.co.jp>",
    "to": ["強羅観光協会 事務局 <jimukyoku@gora-kanko.or.jp>"],
    "subject": "【取扱注意】会員施設 稼働実績（11月）",
    "charset": "iso-2022-jp",
    "body": "━━━━━━━━━━━━━━━━\n　取扱注意　（協会理事会資料・転送禁止）\n━━━━━━━━━━━━━━━━\n\n"
            "強羅観光協会 事務局 御中\n\n11月の当館稼働実績を報告いたします。\n\n"
            "　客室稼働率　　　：84.2%（前年 79.6%）\n"
            "　ADR（平均客室単価）：38,400円\n"
            "　外国人宿泊比率　：31%\n"
            "　12月オンハンド　：71%\n\n"
            "ひのでの湯 箱根強羅館　支配人 石動 正志\nTEL 0460-82-4120",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 取扱注意 in subject and as a banner, sent outside",
})

# ---------------------------------------------------------------- 081 「取扱注意」は荷扱いの指示（マーキングではない）
add({
    "id": "onsen-081", "expect": "pass",
    "sender": "鬼怒川別邸 仁科 <nishina.r@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 日光営業所 <nikko@aoba-unyu.co.jp>"],
    "subject": "施設間移送の集荷依頼（陶器類）",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 日光営業所 御中\n\nいつもお世話になっております。鬼怒川別邸の仁科です。\n"
            "湯畑亭への食器移送について、集荷をお願いします。\n\n"
            "　集荷日：12月4日（木）14時以降\n"
            "　個数　：6箱（うち4箱は有田焼の器）\n"
            "　お届け先：日の出温泉 草津 湯畑亭（群馬県吾妻郡草津町草津480-2）\n\n"
            "陶器の箱には「取扱注意」「天地無用」のシールを貼っておきますので、\n"
            "積み付けの際にご配慮をお願いします。\n" + SIG_KINUGAWA,
    "entities": [],
    "detectors": [],
    "note": "「取扱注意」 is a handling sticker for crockery, not a classification of the mail",
})

# ---------------------------------------------------------------- 082 極秘ヘッダのXLSX → コンサル
add({
    "id": "onsen-082", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["観光マネジメント研究所 大槻様 <otsuki@kanko-mgmt.jp>"],
    "subject": "ダイナミックプライシング検討用データ",
    "charset": "utf-8",
    "body": "大槻様\n\nお世話になっております。椎名です。\n"
            "次回の分科会用に、料金シミュレーションのシートをお送りします。\n"
            "「前提」シートの数値は仮置きです。\n" + SIG_EIGYO,
    "attachments": [{"kind": "xlsx", "name": "料金シミュレーション_2026.xlsx",
                     "page_header": "極秘",
                     "sheets": {"前提": [["項目", "値"], ["目標RevPAR", 31500], ["競合平均ADR", 36200],
                                        ["下限価格", 19800]],
                                "シミュレーション": [["需要指数", "推奨価格", "想定稼働"], [0.6, 21800, "58%"],
                                               [0.8, 27500, "74%"], [1.0, 34800, "88%"], [1.2, 42000, "95%"]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX whose printed header is 極秘 sent to an outside consultant",
})

# ---------------------------------------------------------------- 083 英語: 引用部分にだけカード番号（本人への返信）
_card = next_card()
add({
    "id": "onsen-083", "expect": "pass",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Emma Whitfield <emma.whitfield@icloud.com>"],
    "subject": "Re: Deposit for our stay in February",
    "charset": "utf-8",
    "body": "Dear Ms. Whitfield,\n\nThank you for your message. For your security, please do not send card "
            "details by e-mail. We have not stored the number below, and we will send you a secure "
            "payment link (valid for 72 hours) within the hour instead.\n\n"
            "Your reservation HN-26-0214 (Feb 14-16, 2 adults, room with private open-air bath) is "
            "confirmed.\n" + SIG_EN + "\n\n"
            "On Mon, 1 Dec 2025 at 08:41, Emma Whitfield <emma.whitfield@icloud.com> wrote:\n"
            "> Hello, please take the deposit from my Visa card:\n"
            f"> {_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}, exp 04/28, name Emma Whitfield.\n"
            "> Thanks!\n",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the card number is only in the guest's own quoted mail; the reply goes back to her",
})

# ---------------------------------------------------------------- 084 警察の照会への回答（DOCX・1人1ブロック）
_g = people(5, born=(1960, 2000))
_paras = ["捜査関係事項照会書（小田原警察署 刑第1182号）に対する回答", "",
          "照会事項：2025年11月14日から15日にかけて当館に宿泊した者のうち、指定の客室の宿泊者", ""]
for i, p in enumerate(_g):
    _paras += [f"■宿泊者{i + 1}", f"氏名：{p['name']}（{p['kana']}）", f"生年月日：{wareki(p['dob'], 'short')}",
               f"住所：{p['addr']}", f"電話：{p['tel']}", f"職業：{rng.choice(['会社員', '自営業', '公務員', '学生', '無職'])}", ""]
add({
    "id": "onsen-084", "expect": "stop",
    "sender": "総務部 望月 <mochizuki.t@hinode-sangyo.co.jp>",
    "to": ["小田原警察署 刑事課 <keiji-odawara@police.pref.kanagawa.lg.jp>"],
    "subject": "捜査関係事項照会への回答（刑第1182号）",
    "charset": "iso-2022-jp",
    "body": "小田原警察署 刑事課 御中\n\n日の出産業株式会社 総務部の望月でございます。\n"
            "標記照会につき、回答書を添付にてお送りいたします。\n"
            "原本は本日、郵送にて発送いたしました。\n" + SIG_SOUMU,
    "attachments": [{"kind": "docx", "name": "回答書_刑第1182号.docx", "paragraphs": _paras}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX with five guests, one block each (和暦 DOB, address, phone) sent to the police by mail",
})

# ---------------------------------------------------------------- 085 警察への受領連絡（引用部分に氏名）
add({
    "id": "onsen-085", "expect": "pass",
    "sender": "総務部 望月 <mochizuki.t@hinode-sangyo.co.jp>",
    "to": ["小田原警察署 刑事課 <keiji-odawara@police.pref.kanagawa.lg.jp>"],
    "subject": "RE: 照会書送付のご連絡",
    "charset": "cp932",
    "body": "小田原警察署 刑事課 ご担当者様\n\n照会書、確かに受領いたしました。\n"
            "回答は書面にて、12月10日までに持参いたします。\n" + SIG_SOUMU + "\n\n"
            "差出人: 小田原警察署 刑事課 <keiji-odawara@police.pref.kanagawa.lg.jp>\n"
            "送信日時: 2025年12月1日 9:12\n"
            "宛先: mochizuki.t@hinode-sangyo.co.jp\n"
            "件名: 照会書送付のご連絡\n\n"
            "日の出産業株式会社 総務部 望月様\n"
            "本日、捜査関係事項照会書を郵送しました。照会対象は11月14日宿泊の\n"
            "宍戸 健太（昭和63年5月2日生）ほか関係者です。よろしくお願いします。\n",
    "entities": [],
    "detectors": [],
    "note": "the named person and DOB are only in the police's own quoted mail",
})

# ---------------------------------------------------------------- 086 XLS（旧形式）年間パス会員 → POSベンダー
_g = people(20, born=(1950, 2003))
add({
    "id": "onsen-086", "expect": "stop",
    "sender": "スパ ひので 大宮 真田 <sanada.a@hinode-sangyo.co.jp>",
    "to": ["ポスクリエイト 導入チーム <donyu@pos-create.co.jp>"],
    "subject": "年間パス会員データ（新POS移行用）",
    "charset": "cp932",
    "body": "ポスクリエイト株式会社 導入チーム御中\n\nお世話になっております。スパ ひので 大宮の真田です。\n"
            "旧レジから出力した年間パス会員のデータをお送りします（Excel97-2003形式）。\n"
            "新POSへの取り込みをお願いいたします。\n" + SIG_SPA,
    "attachments": [{"kind": "xls", "name": "annual_pass_members.xls",
                     "sheets": {"年間パス": [["会員No", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "電話", "有効期限"]]
                                + [[f"AP{2400 + i}", p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"),
                                    p["tel"], "2026/03/31"] for i, p in enumerate(_g)]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with twenty members' names, DOBs and phones to a POS vendor",
})

# ---------------------------------------------------------------- 087 XLS 料金表（入湯税）→ 旅行会社
add({
    "id": "onsen-087", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["星空ツアーズ 仕入課 <shiire@hoshizora-tours.co.jp>"],
    "subject": "2026年度 団体料金表（ネット）",
    "charset": "cp932",
    "body": "星空ツアーズ 仕入課 御中\n\nお世話になっております。2026年度の団体ネット料金表をお送りします。\n"
            "入湯税（150円）は別途現地でのお支払いとなります。\n" + SIG_YOYAKU,
    "attachments": [{"kind": "xls", "name": "group_rate_2026.xls",
                     "sheets": {"料金": [["施設", "部屋タイプ", "平日", "休前日", "入湯税"],
                                        ["箱根強羅館", "和室10畳", 14500, 18500, 150],
                                        ["箱根強羅館", "露天付和洋室", 24000, 29000, 150],
                                        ["湯畑亭", "和室8畳", 12800, 16800, 150],
                                        ["鬼怒川別邸", "和室12.5畳", 15800, 19800, 150]]}}],
    "entities": [],
    "detectors": [],
    "note": "rate sheet: prices per facility and room type",
})

# ---------------------------------------------------------------- 088 kitaguni-fods.co.jp（o 抜け）
add({
    "id": "onsen-088", "expect": "stop",
    "sender": "鬼怒川別邸 料理長 <chef-kinugawa@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 宇都宮営業所 <utsunomiya@kitaguni-fods.co.jp>"],
    "subject": "12月第2週 食材発注",
    "charset": "cp932",
    "body": "北国フーズ 宇都宮営業所 御中\n\n鬼怒川別邸の戸倉です。12月第2週分の発注です。\n\n"
            "　KF-20418　湯葉（生）1kg　×6\n"
            "　KF-33102　和牛ロース（A4）5kg　×2\n"
            "　KF-51077　ます甘露煮 20尾入　×3\n\n"
            "納品は12/8（月）午前でお願いします。\n戸倉",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-fods.co.jp drops a letter of partner kitaguni-foods.co.jp",
})

# ---------------------------------------------------------------- 089 正しいドメインへの発注書
add({
    "id": "onsen-089", "expect": "pass",
    "sender": "湯畑亭 御手洗 <mitarai.t@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 草津営業所 <kusatsu@kitaguni-foods.co.jp>"],
    "subject": "発注書 PO-YB-251203",
    "charset": "utf-8",
    "body": "北国フーズ 草津営業所 御中\n\nいつもお世話になっております。発注書をCSVでお送りします。\n" + SIG_KUSATSU,
    "attachments": [{"kind": "csv", "name": "PO-YB-251203.csv", "encoding": "utf-8",
                     "rows": [["商品コード", "品名", "規格", "数量", "単価"],
                              ["KF-10255", "花豆甘煮", "1kg", "4", "2380"],
                              ["KF-20418", "湯葉（生）", "1kg", "3", "3150"],
                              ["KF-40961", "舞茸", "500g", "10", "620"]]}],
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes to the real partner domain",
})

# ---------------------------------------------------------------- 090 hinode-sangyo-co.jp（ドットがハイフン）
add({
    "id": "onsen-090", "expect": "stop",
    "sender": "総務部 望月 <mochizuki.t@hinode-sangyo.co.jp>",
    "to": ["経営企画 <keiki@hinode-sangyo-co.jp>"],
    "subject": "取締役会資料（温泉事業）ドラフト",
    "charset": "iso-2022-jp",
    "body": "経営企画ご担当\n\n総務の望月です。\n来週の取締役会資料のうち、温泉事業部分のドラフトです。\n\n"
            "・鬼怒川別邸 新館：借入14億円、金利交渉中\n"
            "・草津 湯畑亭：客室改装の前倒しを提案\n"
            "・大宮：来期の会費値上げ（月額 +500円）を検討\n\n望月",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp (hyphen for the dot) imitates the company's own domain",
})

# ---------------------------------------------------------------- 091 社内サブドメイン宛の名簿
_g = people(5)
add({
    "id": "onsen-091", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["箱根強羅館 フロント <front@gora.hinode-sangyo.co.jp>"],
    "cc": ["<saeki.miho@mail.hinode-sangyo.co.jp>"],
    "subject": "本日の電話予約（5件）転記お願いします",
    "charset": "utf-8",
    "body": "フロントご担当\n\n本日受けた電話予約です。PMSへの転記をお願いします。\n\n"
            + "\n".join(f"- {p['name']} 様 / {p['tel']} / 12/{rng.randint(5, 27)} {rng.randint(1, 2)}泊 {rng.randint(1, 4)}名"
                        for p in _g) + "\n\n佐伯",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "five guests' phones, but both recipients are on internal subdomains",
})

# ---------------------------------------------------------------- 092 英語: 韓国の旅行会社へ名簿（箇条書き）
_kr = [("KIM", "Min-jun"), ("PARK", "Ji-woo"), ("LEE", "Seo-yeon"), ("CHOI", "Hyun-woo"), ("JUNG", "Ha-eun"), ("KANG", "Do-yoon")]
_lines = "\n".join(
    f"* {sn} {gn} - mobile +82-10-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)} - "
    f"{gn.lower().replace('-', '')}.{sn.lower()}{rng.randint(10, 99)}@naver.com" for sn, gn in _kr)
add({
    "id": "onsen-092", "expect": "stop",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Hanbit Tour Japan Desk <japan@hanbit-tour.co.kr>"],
    "subject": "FIT guests Jan 5 - contact details for pick-up",
    "charset": "utf-8",
    "body": "Dear Japan Desk,\n\nFor the Jan 5 pick-up at Odawara Station, our driver will call the guests below "
            "if the train is delayed. Could you confirm these contacts are correct?\n\n"
            + _lines + "\n\nPick-up point: Odawara Station east exit, 14:20.\n" + SIG_EN,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six guests in romaji with mobiles and e-mails, as bullets, to a Korean agency",
})

# ---------------------------------------------------------------- 093 添乗員1名の連絡先 → 中国の旅行会社
add({
    "id": "onsen-093", "expect": "pass",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Silk Road Holidays <groups@silkroad-holidays.com>"],
    "subject": "Re: Tour leader contact for group SRH-0117",
    "charset": "utf-8",
    "body": "Dear Mr. Zhou,\n\nThank you. We have noted your tour leader's details for our front desk:\n\n"
            "  Tour leader: Ms. WANG Li\n  Mobile (Japan): 080-5527-3109\n\n"
            "Our night manager will contact her directly if anything comes up after 22:00.\n" + SIG_EN,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a single contact person's name and mobile; one record",
})

# ---------------------------------------------------------------- 094 熱中症・のぼせの搬送一覧 → 保健所
_g = people(5, born=(1938, 1990))
_sym = ["熱中症（中等症）", "のぼせ・意識もうろう", "脱水症", "一過性脳虚血発作の疑い", "不整脈（既往：心筋梗塞）"]
_lines = "\n".join(f"{i + 1}) {p['name']}（{p['age']}）　{_sym[i]}　搬送先：{rng.choice(['吾妻中央病院', '草津町立診療所', '長野原総合病院'])}"
                   for i, p in enumerate(_g))
add({
    "id": "onsen-094", "expect": "stop",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["吾妻保健福祉事務所 生活衛生係 <seikatsueisei@pref.gunma.lg.jp>"],
    "subject": "入浴中の救急搬送事例について（ご依頼の件）",
    "charset": "iso-2022-jp",
    "body": "吾妻保健福祉事務所 生活衛生係 ご担当者様\n\nお世話になっております。日の出産業 安全衛生推進室の須賀です。\n"
            "ご依頼いただいた、今夏（7～9月）湯畑亭における入浴中の救急搬送事例です。\n\n"
            + _lines + "\n\n"
            "いずれも浴場内で発見し、119番通報しております。掲示物の改善案は別途ご相談させてください。\n" + SIG_ANZEN,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five named guests with diagnoses of emergency transport, to a public health office",
})

# ---------------------------------------------------------------- 095 浴槽水の水質検査結果 → 保健所
add({
    "id": "onsen-095", "expect": "pass",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["吾妻保健福祉事務所 生活衛生係 <seikatsueisei@pref.gunma.lg.jp>"],
    "subject": "浴槽水 水質検査結果の報告（湯畑亭 2025年度下期）",
    "charset": "cp932",
    "body": "吾妻保健福祉事務所 生活衛生係 御中\n\n湯畑亭の浴槽水の水質検査結果をご報告します。\n\n"
            "　浴槽　　　　　レジオネラ属菌　　大腸菌群　　濁度\n"
            "　-----------------------------------------------------\n"
            "　大浴場（男）　10CFU/100mL未満　陰性　　　　0.8度\n"
            "　大浴場（女）　10CFU/100mL未満　陰性　　　　0.6度\n"
            "　露天風呂　　　10CFU/100mL未満　陰性　　　　1.1度\n\n"
            "検査機関：群馬環境分析センター（報告書番号 GE-25-4471）\n" + SIG_ANZEN,
    "entities": [],
    "detectors": [],
    "note": "water quality figures per bath; no people",
})

# ---------------------------------------------------------------- 096 旅行会社の添乗員5名の携帯（either）
_g = people(5, born=(1975, 1998))
add({
    "id": "onsen-096", "expect": "either",
    "sender": "草津 湯畑亭 フロント <kusatsu-front@hinode-sangyo.co.jp>",
    "to": ["山麓バス 運行管理 <unko@sanroku-bus.co.jp>"],
    "subject": "1月の団体 添乗員連絡先（乗務員様用）",
    "charset": "iso-2022-jp",
    "body": "山麓バス 運行管理ご担当者様\n\n1月の団体送迎で、乗務員様から直接連絡いただく添乗員の方の社用携帯です。\n"
            "（星空ツアーズ様より共有の了承をいただいています）\n\n"
            + columns([["団体", "添乗員", "社用携帯"]]
                      + [[f"1/{10 + i * 4} {c}", p["name"], p["tel"]]
                         for i, (p, c) in enumerate(zip(_g, ["日吉OB会", "さくら会", "浦和ゴルフ同好会", "宇都宮商工会", "松本市民吟詠会"]))])
            + "\n\n湯畑亭 フロント\nTEL 0279-88-6610",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people, but as tour guides' business mobiles shared with consent: arguable list of people",
})

# ---------------------------------------------------------------- 097 壊れたDOCX → 損保
add({
    "id": "onsen-097", "expect": "stop",
    "sender": "安全衛生推進室 須賀 <suga.eri@hinode-sangyo.co.jp>",
    "to": ["東海火災海上保険 飯塚様 <iizuka.m@tokai-kasai.co.jp>"],
    "subject": "Re: 事故報告書（修正版）",
    "charset": "utf-8",
    "body": "飯塚様\n\nご指摘の箇所を修正した事故報告書をお送りします。\n"
            "前回版との差分は「6. 当社対応」のみです。\n" + SIG_ANZEN,
    "attachments": [{"kind": "corrupt", "name": "事故報告書_修正版.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
})

# ---------------------------------------------------------------- 098 地図画像つき道案内 → 外国人のお客様（フリーメール）
add({
    "id": "onsen-098", "expect": "pass",
    "sender": "Kaori Tachibana <tachibana.k@hinode-sangyo.co.jp>",
    "to": ["Pierre Laurent <pierre.laurent@icloud.com>"],
    "subject": "How to get to Hinode Onsen Kinugawa",
    "charset": "utf-8",
    "body": "Dear Mr. Laurent,\n\nPlease find a map attached. From Kinugawa-Onsen Station, our free shuttle "
            "leaves every 30 minutes from 14:00 to 18:00 (look for the orange \"HINODE\" sign). By taxi it "
            "takes about 7 minutes.\n\nSee you on Saturday!\n" + SIG_EN,
    "attachments": [{"kind": "png", "name": "map_kinugawa.png"}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "directions and a map image to one private guest",
})

# ---------------------------------------------------------------- 099 アンケート回答CSV（UTF-8）→ 調査会社
_g = people(8, born=(1950, 2003))
_rows = [["回答日", "氏名", "年代", "メールアドレス", "満足度", "自由記述"]]
_cm = ["露天風呂が最高でした", "夕食の量が多すぎる", "サウナが混んでいた", "スタッフの対応が丁寧",
       "駐車場が狭い", "また来たい", "Wi-Fiが遅い", "朝食バイキングが良かった"]
for i, p in enumerate(_g):
    _rows.append([f"2025/11/{rng.randint(1, 30)}", p["name"], f"{p['age'] // 10 * 10}代", p["mail"],
                  str(rng.randint(2, 5)), _cm[i]])
add({
    "id": "onsen-099", "expect": "stop",
    "sender": "営業課 椎名 <shiina.t@hinode-sangyo.co.jp>",
    "to": ["リサーチひかり 分析チーム <analysis@research-hikari.co.jp>"],
    "subject": "顧客満足度調査 生データ（11月回収分）",
    "charset": "utf-8",
    "body": "リサーチひかり 分析チーム御中\n\nお世話になっております。日の出産業の椎名です。\n"
            "11月回収分のアンケート生データをお送りします。集計・分析をお願いいたします。\n" + SIG_EIGYO,
    "attachments": [{"kind": "csv", "name": "survey_202511_raw.csv", "encoding": "utf-8", "rows": _rows}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of eight respondents' names and e-mail addresses to a research firm",
})

# ---------------------------------------------------------------- 100 施設一覧（HTMLのみ・事業所の住所と代表番号）
add({
    "id": "onsen-100", "expect": "pass",
    "sender": "予約センター 佐伯 美帆 <saeki.miho@hinode-sangyo.co.jp>",
    "to": ["温泉たび.com 掲載担当 <listing@onsen-tabi.com>"],
    "subject": "ブランドページ用 施設一覧",
    "charset": "utf-8",
    "html": "<html><body><p>温泉たび.com 掲載ご担当者様</p>"
            "<p>ブランドページに掲載する施設一覧です。代表番号は各施設のフロントです。</p>"
            "<table border=\"1\"><tr><th>施設名</th><th>所在地</th><th>代表電話</th><th>チェックイン</th></tr>"
            "<tr><td>ひのでの湯 箱根強羅館</td><td>神奈川県足柄下郡箱根町強羅1300-88</td><td>0460-82-4126</td><td>15:00</td></tr>"
            "<tr><td>日の出温泉 草津 湯畑亭</td><td>群馬県吾妻郡草津町草津480-2</td><td>0279-88-6610</td><td>15:00</td></tr>"
            "<tr><td>ひのでの湯 鬼怒川別邸</td><td>栃木県日光市鬼怒川温泉滝5-31</td><td>0288-77-1261</td><td>14:00</td></tr>"
            "<tr><td>スパ ひので 大宮（日帰り）</td><td>埼玉県さいたま市大宮区桜木町4-211</td><td>048-640-2611</td><td>-</td></tr>"
            "<tr><td>スパ ひので 船橋（日帰り）</td><td>千葉県船橋市本町7-12-3</td><td>047-420-2611</td><td>-</td></tr>"
            "</table><p>日の出産業株式会社 予約センター 佐伯</p></body></html>",
    "entities": [],
    "detectors": [],
    "note": "HTML table of the chain's own facilities with addresses and switchboards: businesses, not people",
})
