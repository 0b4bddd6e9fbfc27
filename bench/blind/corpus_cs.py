"""Blind evaluation corpus — area: cs (カスタマーサクセス).

Customer success for 日の出産業's SaaS product 「ひのでワークス」 (クラウド勤怠・ワークフロー):
導入支援, 利用者一覧の受け取りと返送, 問い合わせ対応, 障害報告, 解約手続き, and day-to-day
mail with the customer companies' administrators and the reseller ツバサシステム.

Every person, address, phone number, account and identifier here is invented.  The file
was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md
only (no mailguard code, rules or tests were read).  This wave leans to ordinary mail:
most pass messages come close to the line without crossing it.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 36001
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# -- people pools (all invented) ---------------------------------------------------------

_SEI = [
    ("鬼頭", "キトウ", "Kito"), ("東海林", "ショウジ", "Shoji"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("百目鬼", "ドウメキ", "Domeki"), ("甘粕", "アマカス", "Amakasu"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("御手洗", "ミタライ", "Mitarai"), ("四十物", "アイモノ", "Aimono"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("小鳥遊", "タカナシ", "Takanashi"), ("九十九", "ツクモ", "Tsukumo"),
    ("十文字", "ジュウモンジ", "Jumonji"), ("宍戸", "シシド", "Shishido"), ("丹生谷", "ニュウノヤ", "Nyunoya"),
    ("雫石", "シズクイシ", "Shizukuishi"), ("大河内", "オオコウチ", "Okochi"), ("丸吉", "マルヨシ", "Maruyoshi"),
    ("二宮", "ニノミヤ", "Ninomiya"), ("立花", "タチバナ", "Tachibana"), ("須藤", "ストウ", "Suto"),
    ("生駒", "イコマ", "Ikoma"), ("相良", "サガラ", "Sagara"), ("有働", "ウドウ", "Udo"),
    ("安曇", "アズミ", "Azumi"), ("鷲尾", "ワシオ", "Washio"), ("桐生", "キリュウ", "Kiryu"),
    ("深見", "フカミ", "Fukami"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("朝比奈", "アサヒナ", "Asahina"), ("帯刀", "タテワキ", "Tatewaki"), ("千々岩", "チヂイワ", "Chijiiwa"),
    ("蓮見", "ハスミ", "Hasumi"), ("館林", "タテバヤシ", "Tatebayashi"), ("外山", "トヤマ", "Toyama"),
    ("砂川", "スナガワ", "Sunagawa"), ("梶原", "カジワラ", "Kajiwara"), ("乙部", "オトベ", "Otobe"),
    ("日下部", "クサカベ", "Kusakabe"), ("早乙女", "サオトメ", "Saotome"), ("能登", "ノト", "Noto"),
    ("真壁", "マカベ", "Makabe"), ("舟橋", "フナハシ", "Funahashi"), ("糸数", "イトカズ", "Itokazu"),
    ("柳瀬", "ヤナセ", "Yanase"), ("葛西", "カサイ", "Kasai"), ("藤ヶ谷", "フジガヤ", "Fujigaya"),
    ("宇佐美", "ウサミ", "Usami"), ("吉良", "キラ", "Kira"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("米倉", "ヨネクラ", "Yonekura"), ("岩動", "イスルギ", "Isurugi"), ("法月", "ノリヅキ", "Noriduki"),
]
_MEI = [
    ("勝", "マサル", "Masaru"), ("芳子", "ヨシコ", "Yoshiko"), ("遥", "ハルカ", "Haruka"),
    ("詩織", "シオリ", "Shiori"), ("誠", "マコト", "Makoto"), ("航", "ワタル", "Wataru"),
    ("悠真", "ユウマ", "Yuma"), ("千尋", "チヒロ", "Chihiro"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("健", "ケン", "Ken"), ("蒼", "アオイ", "Aoi"), ("美咲", "ミサキ", "Misaki"),
    ("拓海", "タクミ", "Takumi"), ("結衣", "ユイ", "Yui"), ("颯太", "ソウタ", "Sota"),
    ("真由美", "マユミ", "Mayumi"), ("和也", "カズヤ", "Kazuya"), ("里奈", "リナ", "Rina"),
    ("隆之", "タカユキ", "Takayuki"), ("恵子", "ケイコ", "Keiko"), ("大輔", "ダイスケ", "Daisuke"),
    ("菜々子", "ナナコ", "Nanako"), ("修", "オサム", "Osamu"), ("陽菜", "ヒナ", "Hina"),
    ("俊介", "シュンスケ", "Shunsuke"), ("沙耶", "サヤ", "Saya"), ("浩二", "コウジ", "Koji"),
    ("綾乃", "アヤノ", "Ayano"), ("翔", "ショウ", "Sho"), ("智子", "トモコ", "Tomoko"),
    ("雄一", "ユウイチ", "Yuichi"), ("彩", "アヤ", "Aya"), ("直樹", "ナオキ", "Naoki"),
    ("瑞穂", "ミズホ", "Mizuho"), ("光太郎", "コウタロウ", "Kotaro"), ("佳奈", "カナ", "Kana"),
    ("賢治", "ケンジ", "Kenji"), ("由紀", "ユキ", "Yuki"), ("康平", "コウヘイ", "Kohei"),
    ("紗希", "サキ", "Saki"), ("文雄", "フミオ", "Fumio"), ("朋美", "トモミ", "Tomomi"),
]

# surnames of the named contacts in the mails below stay out of the generated lists
_FIXED = {"鬼頭", "東海林", "薬師寺", "一ノ瀬", "百目鬼", "甘粕", "勅使河原", "御手洗", "四十物",
          "五百旗頭", "小鳥遊", "九十九", "十文字", "大河内", "桐生", "相良", "早乙女", "吉良"}
_SEI = [s for s in _SEI if s[0] not in _FIXED]
_used: set[tuple[str, str]] = set()


def person(domain: str = "example.co.jp", style: int | None = None) -> dict:
    """One invented person; never the same name twice in this file."""
    while True:
        s = rng.choice(_SEI)
        m = rng.choice(_MEI)
        if (s[0], m[0]) not in _used:
            _used.add((s[0], m[0]))
            break
    st = rng.randrange(4) if style is None else style
    sr, mr = s[2].lower(), m[2].lower()
    local = [f"{sr}.{mr}", f"{mr[0]}-{sr}", f"{sr}{mr[0]}", f"{sr}_{mr}"][st]
    dob = _dt.date(rng.randint(1962, 2001), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
        "roma": f"{m[2]} {s[2]}", "ROMA": f"{s[2].upper()} {m[2].upper()}",
        "email": f"{local}@{domain}",
        "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "dob": dob, "empno": f"{rng.randint(10000, 99999)}",
    }


def people(n: int, domain: str = "example.co.jp", style: int | None = None) -> list[dict]:
    return [person(domain, style) for _ in range(n)]


_Z = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_Z)


def wareki(d: _dt.date, short: bool = False) -> str:
    if d >= _dt.date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if short:
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{y}年{d.month}月{d.day}日"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(width - w, 1)


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _mn_valid(d: str) -> bool:
    body = [int(c) for c in d[:11]]
    total = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        total += body[11 - n] * q
    r = total % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def not_my_number() -> str:
    """A 12-digit number (tracking / ticket) whose My Number check digit is wrong."""
    while True:
        d = str(rng.randint(10**11, 10**12 - 1))
        if not _mn_valid(d):
            return d


def _luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def not_card(prefix: str = "00") -> str:
    """A 16-digit customer / contract number that fails Luhn."""
    while True:
        d = prefix + "".join(str(rng.randrange(10)) for _ in range(16 - len(prefix)))
        if not _luhn_ok(d):
            return d


def g4(d: str, sep: str = "-") -> str:
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


_k_mn = 0
_k_cc = 0


def next_my_number() -> str:
    global _k_mn
    v = my_number(SEED + _k_mn)
    _k_mn += 1
    return v


def next_card() -> str:
    global _k_cc
    v = card_number(SEED + _k_cc)
    _k_cc += 1
    return v


# -- our staff and signatures ---------------------------------------------------------------

MORIMOTO = f"森本 彩花 <ayaka.morimoto@{DOM}>"
TAKAOKA = f"高岡 俊介 <s.takaoka@{DOM}>"
NIKAIDO = f"二階堂 玲奈 <r.nikaido@{DOM}>"
YUZUKI = f"柚木 大翔 <h.yuzuki@{DOM}>"
EBATO = f"江波戸 真一 <s.ebato@{DOM}>"
DESK = f"ひのでワークス サポートデスク <works-support@{DOM}>"
PRICE = f"Daniel Price <d.price@{DOM}>"
KANZAKI = f"神崎 由香里 <y.kanzaki@{DOM}>"

ADDR = "〒105-0013 東京都港区浜松町2-7-19 日の出浜松町ビル8F"


def sig(name: str, roma: str, mail: str, direct: str, title: str = "") -> str:
    t = f"{title}\n" if title else ""
    return (
        "\n――――――――――――――――――――――――\n"
        "日の出産業株式会社\n"
        "クラウド事業本部 カスタマーサクセス部\n"
        f"{t}{name}（{roma}）\n"
        f"{ADDR}\n"
        f"TEL：03-5401-2260（代表）／直通：{direct}\n"
        f"E-mail：{mail}@{DOM}\n"
        "ひのでワークス https://works.hinode-sangyo.co.jp/\n"
        "――――――――――――――――――――――――\n"
    )


SIG_MORIMOTO = sig("森本 彩花", "Ayaka Morimoto", "ayaka.morimoto", "03-5401-2274", "マネージャー")
SIG_TAKAOKA = sig("高岡 俊介", "Shunsuke Takaoka", "s.takaoka", "03-5401-2277")
SIG_NIKAIDO = sig("二階堂 玲奈", "Rena Nikaido", "r.nikaido", "03-5401-2281", "導入支援グループ")
SIG_YUZUKI = (
    "\n--\n柚木 大翔 / Hiroto Yuzuki\n日の出産業株式会社 カスタマーサクセス部\n"
    "TEL 03-5401-2283  Mobile 080-4127-3390\nh.yuzuki@hinode-sangyo.co.jp\n"
)
SIG_EBATO = (
    "\n*****************************************\n"
    " 日の出産業株式会社 クラウド事業本部\n 導入支援グループ リーダー  江波戸 真一\n"
    f" {ADDR}\n TEL: 03-5401-2260 FAX: 03-5401-2261\n s.ebato@hinode-sangyo.co.jp\n"
    "*****************************************\n"
)
SIG_DESK = (
    "\n==================================================\n"
    " ひのでワークス サポートデスク（日の出産業株式会社）\n"
    " 受付時間：平日 9:00～18:00（土日祝・年末年始を除く）\n"
    " TEL：0120-610-245  Mail：works-support@hinode-sangyo.co.jp\n"
    " FAQ：https://works.hinode-sangyo.co.jp/faq/\n"
    "==================================================\n"
)
SIG_PRICE = (
    "\nBest regards,\n\nDaniel Price\nCustomer Success Engineer, HINODE WORKS\n"
    "Hinode Sangyo Co., Ltd.\n2-7-19 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
    "Tel: +81-3-5401-2286\n"
)
SIG_KANZAKI = sig("神崎 由香里", "Yukari Kanzaki", "y.kanzaki", "03-5401-2279", "契約管理チーム")

DISCLAIMER_JP = (
    "\n※本メールおよび添付ファイルには機密情報が含まれている場合があります。\n"
    "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。\n"
)
DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information. If you are not "
    "the intended recipient, please notify the sender immediately and delete this e-mail. "
    "Any unauthorised copying, disclosure or distribution is prohibited.\n"
)

MESSAGES: list[dict] = []


def add(**m) -> None:
    # JIS mail clients write the wave dash as U+301C; CP932 and UTF-8 senders keep U+FF5E.
    if m.get("charset") == "iso-2022-jp":
        for key in ("body", "html"):
            if m.get(key):
                m[key] = m[key].replace("\uff5e", "\u301c")
    MESSAGES.append(m)


# ========================================================================================
# 001 — kickoff date proposal to a customer with the reseller in Cc: two organisations.
add(
    id="cs-001", expect="pass", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    cc=["九十九 遼 <tsukumo@tsubasa-system.jp>", MORIMOTO],
    subject="【ひのでワークス】導入キックオフ会議 日程候補のご連絡",
    body=(
        "川崎電機株式会社\n情報システム部 鬼頭様\n\n"
        "（Cc：ツバサシステム 九十九様、弊社 森本）\n\n"
        "いつも大変お世話になっております。日の出産業の高岡でございます。\n"
        "先日はご契約のご連絡をいただき、誠にありがとうございました。\n\n"
        "導入キックオフ会議の日程につきまして、下記の候補でご都合はいかがでしょうか。\n\n"
        "  ① 6月10日（火） 14:00～15:30\n"
        "  ② 6月11日（水） 10:00～11:30\n"
        "  ③ 6月13日（金） 15:00～16:30\n\n"
        "場所：貴社 川崎本社 会議室（Teams併用）\n"
        "議題（案）：\n"
        "  1. 導入スケジュールの確認（本稼働 9月1日予定）\n"
        "  2. 就業規則・勤務パターンのヒアリング\n"
        "  3. 利用者一覧（アカウント登録用）のご提出方法\n"
        "  4. 打刻端末（ICカードリーダー）の設置場所\n\n"
        "弊社からは高岡・森本の2名、ツバサシステム様からは九十九様にご出席いただく予定です。\n"
        "恐れ入りますが、6月4日（水）までにご希望の番号をご返信いただけますと幸いです。\n\n"
        "何卒よろしくお願い申し上げます。\n" + SIG_TAKAOKA
    ),
    entities=[], detectors=["multiple_external_domains"],
    note="customer + reseller in To/Cc is a normal three-way meeting mail; two external organisations, nothing personal",
)

# 002 — issued accounts returned as XLSX: 12 users with names, e-mail, initial passwords.
_p002 = people(12, "aoba-unyu.co.jp", style=0)
_depts002 = ["総務部", "総務部", "経理部", "運行管理課", "運行管理課", "整備課", "倉庫管理課",
             "倉庫管理課", "営業部", "営業部", "人事部", "人事部"]
add(
    id="cs-002", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="アカウント発行完了のご連絡（第1陣 12名分）",
    body=(
        "青葉運輸株式会社\n総務部 東海林様\n\n"
        "いつもお世話になっております。日の出産業 導入支援の二階堂です。\n\n"
        "先日ご提出いただいた利用者一覧のうち、本社ご所属の第1陣12名分のアカウントを発行いたしました。\n"
        "ログインIDと初期パスワードを添付のファイルにまとめましたので、各利用者の方へご案内をお願いいたします。\n"
        "初回ログイン時にパスワードの変更が求められます。\n\n"
        "第2陣（各営業所の皆様）は来週中の発行を予定しております。\n\n"
        "よろしくお願いいたします。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "xlsx", "name": "ひのでワークス_アカウント発行結果_青葉運輸様_第1陣.xlsx",
        "sheets": {
            "発行結果": [["ひのでワークス アカウント発行結果（第1陣）", "", "", "", "発行日：2025/06/02"], []]
            + [["No", "ログインID", "氏名", "フリガナ", "所属", "メールアドレス", "初期パスワード", "権限"]]
            + [[i + 1, f"aoba{p['empno']}", p["name"], p["kana"], _depts002[i], p["email"],
                f"Aw{rng.randint(100000, 999999)}!", "管理者" if i < 2 else "一般"]
               for i, p in enumerate(_p002)],
            "ご注意": [["初期パスワードは初回ログイン後に必ず変更してください。"],
                     ["パスワードを失念した場合は管理者画面からリセットできます。"]],
        },
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="list of 12 users (name, kana, e-mail, login) in an XLSX to the customer: five or more people's records",
)

# 003 — reply that quotes the customer's list with '>' only.
_p003 = people(8, "kitaguni-foods.co.jp", style=3)
add(
    id="cs-003", expect="pass", charset="shift_jis",
    sender=DESK,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="Re: 利用者追加のお願い（8名）",
    body=(
        "北国フーズ株式会社\n人事部 薬師寺様\n\n"
        "ひのでワークス サポートデスクの柳田でございます。\n"
        "ご依頼いただきました8名様の追加、承知いたしました。\n"
        "本日18時までに登録を完了し、完了次第あらためてご連絡いたします。\n"
        "なお、今回の追加によりご契約ライセンス数（150）の残りは 6 となります。\n\n"
        "引き続きよろしくお願いいたします。\n" + SIG_DESK + "\n"
        "> ひのでワークス サポートデスク御中\n>\n"
        "> いつもお世話になっております。北国フーズの薬師寺です。\n"
        "> 7月1日付の中途入社者について、アカウントの追加をお願いします。\n>\n"
        + "".join(f"> {p['name']}\t{p['email']}\t{d}\n"
                  for p, d in zip(_p003, ["製造一課", "製造一課", "製造二課", "品質管理課", "品質管理課",
                                           "物流課", "営業企画課", "人事部"]))
        + ">\n> 以上、よろしくお願いいたします。\n"
    ),
    entities=[], detectors=[],
    note="the eight-person list is only in '>' quoted text from the customer's own mail; new text has no personal data",
)

# 004 — first incident report with four customers' administrators visible in To.
add(
    id="cs-004", expect="stop", charset="utf-8",
    sender=MORIMOTO,
    to=["kito.masaru@kawasaki-denki.co.jp", "shoji-y@aoba-unyu.co.jp",
        "yakushiji.haruka@kitaguni-foods.co.jp", "soumu-system@nishiki-insatsu.co.jp"],
    subject="【障害第一報】ひのでワークス 打刻画面にアクセスしづらい事象について",
    body=(
        "ひのでワークスをご利用の管理者各位\n\n"
        "いつもひのでワークスをご利用いただき、誠にありがとうございます。\n"
        "本日 8:42 頃より、打刻画面の表示に時間がかかる、または「504 Gateway Timeout」と表示される事象が発生しております。\n\n"
        "■ 発生日時：2025年6月16日（月）8:42 頃～（継続中）\n"
        "■ 影響範囲：Web打刻・スマートフォンアプリからの打刻（ICカード打刻は正常です）\n"
        "■ 現在の状況：原因を調査中です\n"
        "■ お願い：打刻ができない場合は、後ほど打刻修正申請にてご対応ください\n\n"
        "続報は 10:00 を目途にご連絡いたします。\n"
        "ご迷惑をおかけしておりますこと、深くお詫び申し上げます。\n\n"
        "日の出産業株式会社 カスタマーサクセス部 森本\n"
    ),
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="outage notice with four customer companies' administrators in To: they see each other, should have been Bcc",
)

# 005 — second incident report, done right: To ourselves, customers in Bcc.
add(
    id="cs-005", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=[f"works-support@{DOM}"],
    bcc=["kito.masaru@kawasaki-denki.co.jp", "shoji-y@aoba-unyu.co.jp",
         "yakushiji.haruka@kitaguni-foods.co.jp", "soumu-system@nishiki-insatsu.co.jp",
         "jinji@minato-kensetsu.co.jp", "system@tokai-seimitsu.co.jp"],
    subject="【障害第二報・復旧】ひのでワークス 打刻画面にアクセスしづらい事象について",
    body=(
        "ひのでワークスをご利用の管理者各位\n\n"
        "（本メールは管理者の皆様へBccにてお送りしております）\n\n"
        "本日発生しておりました打刻画面の障害につきまして、10:17 に復旧いたしました。\n\n"
        "【概要】\n"
        "・発生時間：2025年6月16日 8:42～10:17（約95分）\n"
        "・影響：Web打刻・アプリ打刻の遅延／タイムアウト\n"
        "・原因：ロードバランサーの証明書更新処理に伴う設定不整合\n"
        "・対処：設定を切り戻し、全サーバーの正常応答を確認済み\n\n"
        "障害発生時間帯に打刻できなかった利用者の方は、打刻修正申請にてご対応をお願いいたします。\n"
        "管理者様による一括修正をご希望の場合は、サポートデスクまでご連絡ください。\n\n"
        "詳細な障害報告書は6月20日（金）までにお送りいたします。\n"
        "このたびはご迷惑をおかけし、誠に申し訳ございませんでした。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="the same kind of outage notice sent correctly with customers in Bcc; 障害 here means a system failure",
)

# 006 — one new administrator's business e-mail: one person.
add(
    id="cs-006", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="Re: 管理者権限の追加について",
    body=(
        "株式会社さくらホテル\n管理部 一ノ瀬様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n\n"
        "ご依頼の件、下記の方へ「勤怠管理者」権限を付与いたしました。\n\n"
        "  経理課　小鳥遊 詩織 様（takanashi.shiori@sakura-hotel.jp）\n\n"
        "次回ログイン時から、メニューに「勤怠締め処理」が表示されます。\n"
        "なお、給与連携の権限は付与しておりませんので、必要な場合はあらためてお申し付けください。\n\n"
        "よろしくお願いいたします。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one colleague's name and work e-mail to the customer: a single person's business contact, may warn",
)

# 007 — pasted table, full-width digits: six users' mobile numbers.
_p007 = people(6, "nishiki-insatsu.co.jp")
_rows007 = "".join(
    f"　{pad(p['name'].replace(' ', '　'), 14)}{pad(d, 12)}{zen(p['mobile'])}\n"
    for p, d in zip(_p007, ["製版課", "製版課", "印刷一課", "印刷一課", "製本課", "営業部"]))
add(
    id="cs-007", expect="stop", charset="shift_jis",
    sender=YUZUKI,
    to=["四十物 由紀 様 <aimono@nishiki-insatsu.co.jp>"],
    subject="SMS認証が未設定の利用者について（6名）",
    body=(
        "錦印刷株式会社\n総務部 四十物様\n\n"
        "お世話になっております。日の出産業の柚木です。\n\n"
        "7月1日から二要素認証（SMS）を必須化される件で、現時点で携帯番号の登録が済んでいない方を抽出しました。\n"
        "登録済みの番号がSMSを受信できない番号（固定電話など）の方も含まれています。\n\n"
        "　氏名　　　　　所属　　　　携帯電話番号\n"
        "　――――――――――――――――――――――――――――\n"
        + _rows007 +
        "\n上記の方々には、ログイン後の「個人設定＞二要素認証」から番号の確認をご案内いただけますでしょうか。\n"
        "期限までに設定がない場合、7月1日以降ログインできなくなりますのでご注意ください。\n" + SIG_YUZUKI
    ),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six users' names with mobile numbers (full-width) in a padded table to the customer",
)

# 008 — four drivers' mobiles only: under the list threshold.
_p008 = people(4, "aoba-unyu.co.jp")
add(
    id="cs-008", expect="pass", charset="utf-8",
    sender=TAKAOKA,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="Re: アプリ打刻ができないドライバーの方について",
    body=(
        "東海林様\n\nお世話になっております。高岡です。\n"
        "お問い合わせの件、ログを確認したところ、下記4名の方はアプリのバージョンが古いまま（2.3.1）でした。\n\n"
        "氏名            営業所        携帯番号          アプリ版\n"
        "--------------  ------------  ----------------  -------\n"
        + "".join(f"{pad(p['name'], 16)}{pad(o, 14)}{pad(p['mobile'], 18)}2.3.1\n"
                  for p, o in zip(_p008, ["厚木営業所", "厚木営業所", "相模原営業所", "八王子営業所"]))
        + "\nストアから最新版（2.6.0）に更新いただければ打刻できるようになります。\n"
        "SMSで更新をご案内する場合は、管理画面の「お知らせ配信」もご利用いただけます。\n" + SIG_TAKAOKA
    ),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's names and mobiles: below the five-person list threshold, a warning at most",
)

# 009 — PPAP: the user list in a password-protected ZIP.
_p009 = people(18, "minato-kensetsu.co.jp")
add(
    id="cs-009", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["勅使河原 直樹 様 <teshigawara@minato-kensetsu.co.jp>"],
    subject="【送付】利用者一覧（登録内容ご確認用）",
    body=(
        "湊建設株式会社\n工務管理部 勅使河原様\n\n"
        "お世話になっております。日の出産業の二階堂です。\n\n"
        "登録内容のご確認用に、利用者一覧をお送りいたします。\n"
        "ファイルにはパスワードを設定しております。パスワードは別途メールにてお知らせいたします。\n\n"
        "  添付：利用者一覧_湊建設様_20250603.zip\n\n"
        "内容に誤りがございましたら、該当箇所を赤字にしてご返送ください。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "zip", "name": "利用者一覧_湊建設様_20250603.zip", "password": "Mk7#tR2q",
        "files": [{"kind": "xlsx", "name": "利用者一覧_湊建設様.xlsx",
                   "sheets": {"利用者": [["社員番号", "氏名", "メール", "所属", "携帯"]]
                              + [[p["empno"], p["name"], p["email"], "工務部", p["mobile"]] for p in _p009]}}],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external recipient: the attachment cannot be inspected",
)

# 010 — the password mail that follows: no attachment, nothing personal.
add(
    id="cs-010", expect="pass", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["勅使河原 直樹 様 <teshigawara@minato-kensetsu.co.jp>"],
    subject="【パスワード】利用者一覧（登録内容ご確認用）",
    body=(
        "勅使河原様\n\n"
        "先ほどお送りしたファイルの解凍パスワードをお知らせいたします。\n\n"
        "  対象ファイル：利用者一覧_湊建設様_20250603.zip\n"
        "  パスワード　：Mk7#tR2q\n\n"
        "なお、次回以降は弊社のファイル共有サービス（ひのでBOX）でのお受け渡しに切り替えさせていただければと存じます。\n"
        "ご検討のほどよろしくお願いいたします。\n\n二階堂\n"
    ),
    entities=[], detectors=[],
    note="the separate password mail: a password and a file name, no attachment, no personal data",
)

# 011 — forward to the reseller: one employee's sick leave with its diagnosis.
add(
    id="cs-011", expect="stop", charset="utf-8",
    sender=YUZUKI,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    subject="FW: 休職者のアカウント取扱いについて（東海精密様）",
    body=(
        "九十九さん\n\nお世話になっております、柚木です。\n"
        "東海精密様から下記のご相談をいただきました。オンサイトでの設定変更をツバサさんにお願いしたく、転送します。\n"
        "作業日程をご調整いただけますでしょうか。\n\n"
        "---------- Forwarded message ---------\n"
        "From: 御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>\n"
        "Date: 2025年6月9日(月) 11:20\n"
        "Subject: 休職者のアカウント取扱いについて\n"
        "To: 柚木 大翔 <h.yuzuki@hinode-sangyo.co.jp>\n\n"
        "日の出産業 柚木様\n\n"
        "いつもお世話になっております。東海精密の御手洗です。\n"
        "製造部の 十文字 航（社員番号 T-20417）が、うつ病の診断を受け 6月10日から9月末まで休職することになりました。\n"
        "休職期間中は打刻漏れアラートが本人と上長に飛ばないよう設定したいのですが、\n"
        "アカウントを停止するのと休職ステータスにするのと、どちらがよいでしょうか。\n"
        "復職時に有休残日数が引き継がれることが条件です。\n\n"
        "御手洗\n" + SIG_YUZUKI
    ),
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
    note="forward (new text to the reseller) naming one employee with a medical diagnosis: 要配慮個人情報 of one person",
)

# 012 — final incident report as PDF: 障害 = outage, no people.
add(
    id="cs-012", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    subject="障害報告書（6月16日 打刻画面の障害）のご送付",
    body=(
        "川崎電機株式会社\n情報システム部 鬼頭様\n\n"
        "いつもお世話になっております。日の出産業の森本です。\n"
        "6月16日に発生いたしました障害につきまして、障害報告書を添付にてお送りいたします。\n"
        "再発防止策として、証明書更新作業の手順書改訂とステージング環境での事前検証を義務化いたしました。\n\n"
        "ご不明点がございましたら、お気軽にお問い合わせください。\n" + SIG_MORIMOTO
    ),
    attachments=[{
        "kind": "pdf", "name": "障害報告書_20250616_打刻画面.pdf", "title": "障害報告書",
        "lines": [
            "障害報告書（最終報）", "", "日の出産業株式会社 クラウド事業本部  2025年6月20日", "",
            "1. 発生日時：2025年6月16日 8:42 ～ 10:17（95分間）",
            "2. 影響範囲：Web打刻、スマートフォンアプリ打刻（全テナントの約38%）",
            "3. 事象：打刻画面の応答遅延、504 Gateway Timeout",
            "4. 原因：ロードバランサー証明書更新時のリスナー設定の不整合",
            "5. 対応：8:55 検知、9:40 原因特定、10:05 設定切り戻し、10:17 復旧確認",
            "6. 再発防止策：手順書の改訂、更新作業の事前検証の義務化、監視閾値の見直し",
            "7. お客様へのお願い：障害時間帯の打刻は打刻修正申請にてご対応ください",
        ],
    }],
    entities=[], detectors=[],
    note="incident report PDF with timeline and cause; the word 障害 is a system failure, no personal data",
)

# 013 — look-alike: the customer's domain without 'co.'.
add(
    id="cs-013", expect="stop", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.jp>"],
    subject="次回定例会（6/24）のアジェンダ",
    body=(
        "鬼頭様\n\nお世話になっております。高岡です。\n"
        "6月24日（火）の定例会のアジェンダをお送りします。\n\n"
        "1. 勤務パターン設定の進捗（夜勤シフト 3パターン追加分）\n"
        "2. 36協定アラートの閾値\n"
        "3. 給与システム連携用CSVのレイアウト確認\n"
        "4. 次回までの宿題事項\n\n"
        "追加の議題がございましたらお知らせください。\n" + SIG_TAKAOKA
    ),
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denki.jp is the partner kawasaki-denki.co.jp with 'co.' dropped: look-alike",
)

# 014 — a real subdomain of the customer: not a look-alike.
add(
    id="cs-014", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["川崎電機 経理部 支払担当 <keiri-shiharai@hq.kawasaki-denki.co.jp>"],
    cc=["kito.masaru@kawasaki-denki.co.jp"],
    subject="請求書送付先変更のご確認",
    body=(
        "川崎電機株式会社\n経理部 支払ご担当者様\n\n"
        "いつもお世話になっております。日の出産業 契約管理チームの神崎でございます。\n"
        "情報システム部 鬼頭様より、7月分以降の請求書送付先を経理部様へ変更するようご依頼をいただきました。\n\n"
        "  変更後送付先：〒210-0024 神奈川県川崎市川崎区日進町1-14 川崎電機本社ビル5F 経理部 御中\n"
        "  請求書発行日：毎月末日（翌月末払い）\n\n"
        "上記の内容で相違ございませんでしょうか。ご確認のほどお願いいたします。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="hq.kawasaki-denki.co.jp is a subdomain of the partner, not a look-alike; the address is a company office",
)

# 015 — My Numbers pasted from an import error log into a reply.
_mn015a, _mn015b = next_my_number(), next_my_number()
add(
    id="cs-015", expect="stop", charset="shift_jis",
    sender=DESK,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="Re: 年末調整オプション 扶養控除申告データの取込エラー",
    body=(
        "北国フーズ株式会社 人事部 薬師寺様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n"
        "取込エラーの件、サーバーのログを確認いたしました。エラーとなっているのは下記の1行のみでした。\n\n"
        "----- 取込ログ（抜粋） -----\n"
        "2025-11-12 14:03:27 ERROR line=12 code=E-2207 扶養親族の個人番号が本人の個人番号と重複しています\n"
        f"  社員番号=F00812 氏名=五百旗頭 悠真 個人番号={_mn015a}\n"
        f"  扶養親族1 氏名=五百旗頭 美咲 続柄=配偶者 個人番号={_mn015a}\n"
        f"  扶養親族2 氏名=五百旗頭 颯太 続柄=子 個人番号={_mn015b}\n"
        "----------------------------\n\n"
        "配偶者の方の個人番号欄に、ご本人の番号が入力されているようです。\n"
        "CSVの該当箇所を修正のうえ、再度取り込みをお試しください。\n" + SIG_DESK
    ),
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="log excerpt with My Numbers of an employee and dependants sent to the customer",
)

# 016 — reply that asks the customer not to mail My Numbers; the number is only in the quote.
_mn016 = next_my_number()
add(
    id="cs-016", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    subject="RE: 個人番号が登録できません",
    body=(
        "東海精密株式会社 御手洗様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n\n"
        "恐れ入りますが、個人番号（マイナンバー）はメールに記載いただかないようお願いいたします。\n"
        "お送りいただいたメールは弊社側で削除いたしました。\n\n"
        "登録できない原因は、入力欄にハイフンやスペースが含まれていることが多いです。\n"
        "12桁の数字のみで入力いただき、それでもエラーとなる場合は、画面に表示されるエラー番号（E-で始まる番号）だけをお知らせください。\n"
        "エラー番号から調査が可能です。\n" + SIG_DESK + "\n"
        "-----Original Message-----\n"
        "差出人: 御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>\n"
        "送信日時: 2025年11月20日 9:12\n"
        "宛先: works-support@hinode-sangyo.co.jp\n"
        "件名: 個人番号が登録できません\n\n"
        "サポートデスク様\n"
        "以下の従業員の個人番号を登録しようとするとエラーになります。\n"
        f"  氏名：早乙女 智子　個人番号：{g4(_mn016, ' ')}\n"
        "確認をお願いします。\n"
    ),
    entities=[], detectors=[],
    note="the My Number is only in the quoted original from the customer; the new text has none",
)

# 017 — forward to the payment agency with a full card number.
_cc017 = next_card()
add(
    id="cs-017", expect="stop", charset="utf-8",
    sender=KANZAKI,
    to=["ペイリンク 加盟店サポート <merchant-support@paylink-service.co.jp>"],
    subject="FW: 支払カード変更のお願い（契約番号 HW-2024-00871）",
    body=(
        "ペイリンク株式会社\n加盟店サポート ご担当者様\n\n"
        "いつもお世話になっております。日の出産業の神崎です。\n"
        "弊社サービスのお客様から、継続課金のカード変更のご依頼をメールでいただきました。\n"
        "管理画面から変更ができないため、貴社側での差し替えをお願いできますでしょうか。\n\n"
        "-------- 転送メッセージ --------\n"
        "件名: 支払カード変更のお願い\n"
        "日付: 2025/07/28 21:44\n"
        "差出人: アイモノ デザイン事務所 <info@aimono-design.jp>\n\n"
        "ひのでワークス ご担当者様\n\n"
        "来月分から支払いのカードを下記に変更してください。\n"
        f"カード番号：{g4(_cc017)}\n"
        "有効期限：08/29\n"
        "名義：KAZUKI AIMONO\n\n"
        "四十物 和也\n" + SIG_KANZAKI
    ),
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="forwarded card number with holder name and expiry sent to the payment agency",
)

# 018 — card mentioned only by brand and last four digits.
add(
    id="cs-018", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    subject="ご登録クレジットカードの有効期限について",
    body=(
        "青葉運輸株式会社\n経理部 ご担当者様\n\n"
        "いつもひのでワークスをご利用いただき、ありがとうございます。\n"
        "ご登録いただいているお支払い用クレジットカード（VISA 末尾 4417）の有効期限が 2025年8月 となっております。\n\n"
        "9月分のご請求以降も引き続きカード払いをご希望の場合は、8月25日までに\n"
        "管理画面「契約情報＞お支払い方法」から新しいカード情報をご登録ください。\n"
        "※セキュリティ上、カード番号をメールでお送りいただくことはお控えください。\n\n"
        "請求書払い（銀行振込）への切り替えも可能です。ご希望の際はご返信ください。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="only the card brand and last four digits; a reminder not to mail card numbers",
)

# 019 — mail about an NDA with the draft attached.
add(
    id="cs-019", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["白川法律事務所 弁護士 吉良 様 <kira@shirakawa-law.jp>"],
    subject="秘密保持契約書（山吹学園様向け）のレビューのお願い",
    body=(
        "白川法律事務所\n吉良先生\n\n"
        "いつも大変お世話になっております。日の出産業 カスタマーサクセス部の森本でございます。\n\n"
        "学校法人山吹学園様への導入にあたり、先方から秘密保持契約の締結を求められております。\n"
        "先方のひな形に弊社の修正案を反映したものを添付いたしますので、ご確認いただけますでしょうか。\n\n"
        "特に以下の点についてご意見を頂戴できれば幸いです。\n"
        "・第2条（機密情報の範囲）に、学生・教職員の個人情報が含まれる点\n"
        "・第7条（有効期間）の残存期間5年が妥当か\n\n"
        "6月末までに先方へ回答したく、お忙しいところ恐縮ですがよろしくお願いいたします。\n" + SIG_MORIMOTO
    ),
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_山吹学園様_日の出修正案.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "学校法人山吹学園（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "クラウドサービス「ひのでワークス」の導入検討に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される機密情報の取扱いを定めることを目的とする。",
            "第2条（機密情報）本契約において機密情報とは、開示者が相手方に開示する技術上・営業上の情報をいい、"
            "甲の学生及び教職員の個人情報を含む。",
            "第3条（秘密保持義務）受領者は、機密情報を第三者に開示又は漏えいしてはならない。",
            "第7条（有効期間）本契約の有効期間は締結日から1年間とし、第3条の義務は終了後5年間存続する。",
        ],
    }],
    entities=[], detectors=[],
    note="mail about an NDA with the draft contract: the word 機密 is a mention in clauses, not a classification stamp",
)

# 020 — the internal version of the incident report, stamped 社外秘, sent to the customer.
add(
    id="cs-020", expect="stop", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    subject="Re: 障害報告書について追加のご質問",
    body=(
        "鬼頭様\n\nお世話になっております。森本です。\n"
        "ご質問いただいた検知から切り戻しまでの時系列について、詳細版の報告書を添付いたします。\n"
        "9:10～9:40 の間は、原因の切り分けのため複数の設定を順に確認しておりました。\n\n"
        "引き続きよろしくお願いいたします。\n" + SIG_MORIMOTO
    ),
    attachments=[{
        "kind": "pdf", "name": "障害報告書_20250616_詳細版.pdf", "title": "障害報告書 詳細版（社内用）",
        "page_header": "社外秘",
        "lines": [
            "【社外秘】障害報告書 詳細版（社内検討用）", "",
            "作成：クラウド基盤グループ  2025/06/18", "",
            "8:42 LB証明書の自動更新ジョブ実行（担当者承認なし）",
            "8:55 監視アラート（応答遅延）→ 当番が一次対応開始",
            "9:10 アプリ側の問題と誤認し、APサーバーを順次再起動（効果なし）",
            "9:40 LBリスナー設定の不整合を特定",
            "10:05 切り戻し実施、10:17 復旧確認",
            "振り返り：手順書に承認ステップがなかった。監視の閾値が甘く検知が13分遅れた。",
            "顧客影響額の試算：SLA返金対象 4社（詳細は別紙）",
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="attached PDF stamped 社外秘 (page header and title) goes to a customer",
)

# 021 — ordinary Q&A with the standard Japanese disclaimer.
add(
    id="cs-021", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="Re: 打刻修正の承認フローを2段階にしたい",
    body=(
        "株式会社さくらホテル 管理部 一ノ瀬様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n\n"
        "打刻修正の承認を「所属長 → 管理部」の2段階にすることは可能です。手順は以下のとおりです。\n\n"
        "1. 管理画面「ワークフロー設定＞申請種別」で「打刻修正」を選択\n"
        "2. 「承認経路」タブで［ステップを追加］をクリック\n"
        "3. 第2承認者に「管理部（ロール：勤怠管理者）」を指定して保存\n\n"
        "設定後に申請されたものから新しい経路が適用されます。\n"
        "設定済みの申請に遡って適用されることはございませんのでご注意ください。\n"
        + SIG_DESK + DISCLAIMER_JP
    ),
    entities=[], detectors=[],
    note="plain how-to answer ending with the standard disclaimer mentioning 機密情報",
)

# 022 — a corrupt XLSX returned to the customer.
add(
    id="cs-022", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="利用者一覧のご返送（第2陣・営業所分）",
    body=(
        "東海林様\n\nお世話になっております。二階堂です。\n"
        "第2陣（営業所の皆様）の登録結果を、ご提出いただいた一覧に追記してご返送いたします。\n"
        "「登録結果」列が「保留」となっている方は、所属コードが未設定の方です。\n\n"
        "ご確認のほどよろしくお願いいたします。\n" + SIG_NIKAIDO
    ),
    attachments=[{"kind": "corrupt", "name": "利用者一覧_返送_青葉運輸様_第2陣.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read, so it cannot be checked",
)

# 023 — business list: branches with addresses and switchboards (CSV).
add(
    id="cs-023", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="打刻端末の設置先一覧（ご確認のお願い）",
    body=(
        "青葉運輸株式会社 総務部 東海林様\n\n"
        "お世話になっております。日の出産業の江波戸でございます。\n"
        "ICカードリーダーの発送先として、各営業所の一覧を添付いたしました。\n"
        "住所・代表電話・受取可能時間に誤りがないか、ご確認をお願いいたします。\n"
        "7月7日（月）の週に一斉発送の予定です。\n" + SIG_EBATO
    ),
    attachments=[{
        "kind": "csv", "name": "打刻端末_設置先一覧.csv", "encoding": "cp932",
        "rows": [["拠点名", "郵便番号", "住所", "代表電話", "台数", "受取可能時間"],
                 ["本社", "243-0021", "神奈川県厚木市岡田3-9-14", "046-228-5100", "3", "9:00-17:00"],
                 ["厚木営業所", "243-0801", "神奈川県厚木市上依知1221-3", "046-245-3310", "2", "8:00-18:00"],
                 ["相模原営業所", "252-0331", "神奈川県相模原市南区大野台7-2-8", "042-757-2241", "2", "8:00-18:00"],
                 ["八王子営業所", "192-0011", "東京都八王子市滝山町1-355", "042-691-4020", "2", "8:00-17:00"],
                 ["川越営業所", "350-0833", "埼玉県川越市芳野台2-8-61", "049-225-7781", "1", "9:00-17:00"],
                 ["春日部営業所", "344-0057", "埼玉県春日部市南栄町12-5", "048-738-1192", "1", "9:00-17:00"],
                 ["千葉北営業所", "263-0002", "千葉県千葉市稲毛区山王町157-4", "043-422-6030", "2", "8:00-18:00"],
                 ["市原倉庫", "290-0045", "千葉県市原市五井南海岸8-12", "0436-23-5567", "1", "8:00-16:00"],
                 ["平塚営業所", "254-0012", "神奈川県平塚市大神8-2-1", "0463-55-0918", "1", "9:00-17:00"],
                 ["小田原営業所", "250-0862", "神奈川県小田原市成田475-2", "0465-37-1140", "1", "9:00-17:00"]],
    }],
    entities=[], detectors=[],
    note="a list of ten branch offices with company addresses and switchboards: businesses, not people",
)

# 024 — records without a name column: e-mail + date of birth for 20 users (UTF-8 CSV).
_p024 = people(20, "kitaguni-foods.co.jp", style=2)
add(
    id="cs-024", expect="stop", charset="utf-8",
    sender=TAKAOKA,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="パスワードリセット時の本人確認データ 取込結果",
    body=(
        "薬師寺様\n\nお世話になっております。高岡です。\n"
        "セルフパスワードリセットで使う本人確認用データの取込が完了しました。\n"
        "念のため、取り込んだ内容をCSVで添付しますので、突合をお願いします。\n"
        "（氏名列は取込対象外のため、社員番号とメールアドレスでご確認ください）\n\n"
        "高岡\n" + SIG_TAKAOKA
    ),
    attachments=[{
        "kind": "csv", "name": "reset_verify_import_result.csv", "encoding": "utf-8",
        "rows": [["employee_no", "mail", "birth_date", "dept_code", "result"]]
        + [[f"K{p['empno']}", p["email"], p["dob"].strftime("%Y/%m/%d"),
            rng.choice(["D110", "D120", "D210", "D310"]), "OK"] for p in _p024],
    }],
    entities=["EMAIL_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="20 rows of employee number, e-mail and date of birth with no name column: still a list of people",
)

# 025 — internal escalation to development with a full user export: all recipients internal.
_p025 = people(30, "kitaguni-foods.co.jp", style=1)
add(
    id="cs-025", expect="pass", charset="utf-8",
    sender=TAKAOKA,
    to=[f"二宮 康平 <k.ninomiya@dev.{DOM}>"],
    cc=[MORIMOTO],
    subject="[ESC-2291] 北国フーズ様 シフト自動作成で一部利用者が除外される件",
    body=(
        "二宮さん\n\nお疲れさまです。高岡です。\n"
        "北国フーズ様のシフト自動作成で、一部の利用者が候補から除外される件のエスカレーションです。\n"
        "再現用に、お客様から許可をいただいて利用者マスタのエクスポートを添付します。\n"
        "除外されているのは「雇用区分=パート」かつ「所属=D310」の方のようです。\n\n"
        "検証が終わったらファイルは削除をお願いします。\n\n高岡\n"
    ),
    attachments=[{
        "kind": "csv", "name": "kitaguni_users_export_20250610.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "メール", "携帯", "所属", "雇用区分"]]
        + [[p["empno"], p["name"], p["email"], p["mobile"], rng.choice(["D110", "D310"]),
            rng.choice(["正社員", "パート", "パート", "契約社員"])] for p in _p025],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="a 30-person export, but every recipient is internal (dev. subdomain): nothing leaves the organisation",
)

# 026 — an inline forward of the customer's new-user list to the reseller.
_p026 = people(8, "minato-kensetsu.co.jp", style=0)
add(
    id="cs-026", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    subject="転送: 追加利用者の件（湊建設様・現場事務所）",
    body=(
        "ツバサシステム 九十九様\n\n"
        "お世話になっております。日の出産業の二階堂です。\n"
        "湊建設様の現場事務所分、ICカードの発行をツバサ様にお願いしている件で、対象者の一覧が届きましたので転送いたします。\n\n"
        "---------- 転送メッセージ ----------\n"
        "差出人: 勅使河原 直樹 <teshigawara@minato-kensetsu.co.jp>\n"
        "日時: 2025年6月12日 16:05\n"
        "件名: 追加利用者の件\n\n"
        "二階堂様\n\n現場事務所の追加8名です。カードの発行もお願いします。\n\n"
        "氏名,メールアドレス,携帯,現場\n"
        + "".join(f"{p['name']},{p['email']},{p['mobile']},{s}\n"
                  for p, s in zip(_p026, ["品川再開発", "品川再開発", "品川再開発", "横浜港北",
                                          "横浜港北", "横浜港北", "幕張", "幕張"]))
        + "\n勅使河原\n" + SIG_NIKAIDO
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward is new text to the reseller: eight people's names, e-mails and mobiles",
)

# 027 — one private free-mail recipient: the customer's admin writing from gmail during a mail outage.
add(
    id="cs-027", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["shoji.yoshiko.aoba@gmail.com"],
    subject="Re: （個人アドレスより失礼します）管理画面にログインできません",
    body=(
        "青葉運輸株式会社 東海林様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n"
        "社内メールが復旧されるまでの間、こちらのアドレス宛にご連絡させていただきます。\n\n"
        "ログインできない件ですが、二要素認証のコードが会社のメールアドレスに送信される設定となっているため、\n"
        "現在コードが受け取れない状態と思われます。\n"
        "お電話（0120-610-245）にてご本人確認をさせていただければ、一時的にSMS認証へ切り替えることが可能です。\n\n"
        "お手数ですが、受付時間内にお電話いただけますでしょうか。\n" + SIG_DESK
    ),
    entities=[], detectors=["freemail_recipient"],
    note="a single free-mail recipient (the customer's own admin) and no personal data of others",
)

# 028 — webinar thank-you to three private persons, all visible in To.
add(
    id="cs-028", expect="stop", charset="utf-8",
    sender=YUZUKI,
    to=["tatewaki.kohei.office@gmail.com", "usami.design.studio@gmail.com", "kiryu.sharoushi@gmail.com"],
    subject="【ひのでワークス】小規模事業者向けオンライン説明会 ご参加のお礼",
    body=(
        "説明会にご参加の皆さま\n\n"
        "本日は「ひのでワークス スモールプラン」オンライン説明会にご参加いただき、誠にありがとうございました。\n"
        "説明会で使用した資料と録画は、下記URLからご覧いただけます（公開期限：7月31日）。\n\n"
        "  https://works.hinode-sangyo.co.jp/seminar/2025-0618/\n\n"
        "30日間の無料トライアルのお申込みもこちらから可能です。\n"
        "ご不明な点がございましたら、お気軽に本メールへご返信ください。\n" + SIG_YUZUKI
    ),
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons (each a party) see each other's addresses in To: should have been Bcc",
)

# 029 — customer and the customer's SI vendor: two organisations.
add(
    id="cs-029", expect="pass", charset="iso-2022-jp",
    sender=PRICE,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    cc=["東海情報システム 桐生 <kiryu@tokai-joho.co.jp>"],
    subject="SSO（SAML）設定に必要な情報について",
    body=(
        "東海精密株式会社 御手洗様\n東海情報システム株式会社 桐生様\n\n"
        "いつもお世話になっております。日の出産業のプライスです。\n"
        "シングルサインオン（SAML 2.0）の設定にあたり、IdP側で以下の情報が必要となります。\n\n"
        "  ・ACS URL：https://works.hinode-sangyo.co.jp/saml/acs/tokai-seimitsu\n"
        "  ・エンティティID：https://works.hinode-sangyo.co.jp/saml/metadata\n"
        "  ・NameID形式：emailAddress\n\n"
        "IdPのメタデータ（XML）をお送りいただければ、弊社側の設定は1営業日で完了いたします。\n"
        "テスト用アカウントで動作確認後、全社切り替えの日程をご相談させてください。\n" + SIG_PRICE
    ),
    entities=[], detectors=["multiple_external_domains"],
    note="customer and its SI vendor in To/Cc: two external organisations, technical content only",
)

# 030 — HTML-only mail with a table of six inactive users and their e-mails.
_p030 = people(6, "tokai-seimitsu.co.jp", style=2)
_tr030 = "".join(
    f"<tr><td>{p['name']}</td><td>{d}</td><td>{p['email']}</td><td>2025/0{rng.randint(1, 3)}/{rng.randint(10, 28)}</td></tr>\n"
    for p, d in zip(_p030, ["製造部", "製造部", "品質保証部", "購買部", "総務部", "技術開発部"]))
add(
    id="cs-030", expect="stop", charset="utf-8",
    sender=TAKAOKA,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    subject="90日以上ログインのない利用者について",
    html=(
        "<html><body style=\"font-family:'Yu Gothic',sans-serif;font-size:14px\">"
        "<p>東海精密株式会社<br>御手洗様</p>"
        "<p>いつもお世話になっております。日の出産業の高岡です。</p>"
        "<p>ライセンス見直しのご参考として、90日以上ログインのない利用者を抽出いたしました。<br>"
        "退職済み・休職中の方がいらっしゃいましたら、アカウントの停止をご検討ください。</p>"
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr style=\"background:#dde\"><th>氏名</th><th>所属</th><th>メールアドレス</th><th>最終ログイン</th></tr>\n"
        + _tr030 +
        "</table><p>よろしくお願いいたします。</p>"
        "<p>--<br>日の出産業株式会社 カスタマーサクセス部<br>高岡 俊介<br>TEL 03-5401-2277</p>"
        "</body></html>"
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of six users' names and e-mails to the customer",
)

# 031 — HTML-only mail with a table of five care facilities (businesses).
add(
    id="cs-031", expect="pass", charset="utf-8",
    sender=EBATO,
    to=["ほしぞら福祉会 法人本部 <honbu@hoshizora-kaigo.or.jp>"],
    subject="導入説明会の開催日程（各事業所）",
    html=(
        "<html><body>"
        "<p>社会福祉法人ほしぞら福祉会<br>法人本部 ご担当者様</p>"
        "<p>お世話になっております。日の出産業の江波戸です。<br>"
        "各事業所での職員向け説明会の日程案を以下のとおりお送りします。</p>"
        "<table border=\"1\">"
        "<tr><th>事業所</th><th>所在地</th><th>代表電話</th><th>説明会日時</th><th>アカウント数</th></tr>"
        "<tr><td>特別養護老人ホーム ほしぞらの郷</td><td>埼玉県入間市宮寺2418-1</td><td>04-2934-7711</td><td>7/8 14:00</td><td>62</td></tr>"
        "<tr><td>ほしぞらデイサービス武蔵</td><td>埼玉県入間市豊岡4-3-22</td><td>04-2962-3380</td><td>7/9 10:00</td><td>18</td></tr>"
        "<tr><td>グループホーム ひかり</td><td>埼玉県狭山市柏原385-7</td><td>04-2952-6145</td><td>7/9 15:00</td><td>14</td></tr>"
        "<tr><td>ほしぞら訪問介護ステーション</td><td>埼玉県所沢市北秋津741-2</td><td>04-2990-1128</td><td>7/10 10:00</td><td>23</td></tr>"
        "<tr><td>障害者支援施設 あおぞら園</td><td>埼玉県飯能市川寺553</td><td>042-974-0861</td><td>7/10 14:00</td><td>31</td></tr>"
        "</table>"
        "<p>ご都合の悪い日程がございましたらお知らせください。</p>"
        "<p>日の出産業株式会社 導入支援グループ 江波戸</p>"
        "</body></html>"
    ),
    entities=[], detectors=[],
    note="five facilities with addresses and switchboards: a list of businesses; 障害者支援施設 is a facility name",
)

# 032 — DOCX roster for an administrator training run by an outside training company.
_p032 = people(10)
_co032 = [("kawasaki-denki.co.jp", "川崎電機"), ("aoba-unyu.co.jp", "青葉運輸"), ("kitaguni-foods.co.jp", "北国フーズ"),
          ("sakura-hotel.jp", "さくらホテル"), ("nishiki-insatsu.co.jp", "錦印刷"), ("tokai-seimitsu.co.jp", "東海精密"),
          ("minato-kensetsu.co.jp", "湊建設"), ("midori-ginko.co.jp", "みどり銀行"), ("yamabuki-gakuen.ac.jp", "山吹学園"),
          ("hoshizora-kaigo.or.jp", "ほしぞら福祉会")]
add(
    id="cs-032", expect="stop", charset="iso-2022-jp",
    sender=YUZUKI,
    to=["まなびや研修 運営事務局 <jimukyoku@manabiya-kenshu.co.jp>"],
    subject="7/15 管理者向け研修 受講者名簿の送付",
    body=(
        "株式会社まなびや研修\n運営事務局 御中\n\n"
        "いつもお世話になっております。日の出産業の柚木です。\n"
        "7月15日（火）の「ひのでワークス 管理者向け研修」の受講者名簿を添付いたします。\n"
        "受付用の名札と、欠席時の連絡にご利用ください。\n\n"
        "会場の設営は前回と同じくスクール形式でお願いいたします。\n" + SIG_YUZUKI
    ),
    attachments=[{
        "kind": "docx", "name": "受講者名簿_管理者研修_0715.docx", "title": "受講者名簿",
        "paragraphs": ["ひのでワークス 管理者向け研修（2025年7月15日）受講者名簿", ""],
        "tables": [[["No", "会社名", "氏名", "メールアドレス", "携帯電話"]]
                   + [[str(i + 1), c[1], p["name"], p["email"].split("@")[0] + "@" + c[0], p["mobile"]]
                      for i, (p, c) in enumerate(zip(_p032, _co032))]],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX roster of ten trainees with e-mails and mobiles to an outside training company",
)

# 033 — meeting minutes: attendees' names only.
add(
    id="cs-033", expect="pass", charset="shift_jis",
    sender=TAKAOKA,
    to=["百目鬼 誠司 様 <domeki@nishiki-insatsu.co.jp>"],
    cc=["aimono@nishiki-insatsu.co.jp"],
    subject="6/19 定例会 議事録の送付",
    body=(
        "錦印刷株式会社\n百目鬼様、四十物様\n\n"
        "お世話になっております。高岡です。\n"
        "昨日の定例会の議事録を添付いたします。内容にご確認いただき、修正があればお知らせください。\n" + SIG_TAKAOKA
    ),
    attachments=[{
        "kind": "docx", "name": "議事録_20250619_定例会.docx",
        "paragraphs": [
            "ひのでワークス導入プロジェクト 定例会 議事録",
            "日時：2025年6月19日（木）15:00～16:00　場所：錦印刷 本社3F会議室",
            "出席者：錦印刷 百目鬼様、四十物様、製版課 真壁様／日の出産業 高岡、二階堂",
            "1. 変形労働時間制（1か月単位）の設定 → 7月分から適用で合意",
            "2. 深夜帯の打刻丸め → 15分単位切り捨てを廃止し1分単位とする",
            "3. 宿題：錦印刷様 → 製本課のシフトパターン一覧（6/26まで）",
            "4. 宿題：日の出産業 → 給与連携CSVのサンプル出力（6/26まで）",
        ],
    }],
    entities=[], detectors=[],
    note="minutes naming attendees without any other data about them: names alone are not a record",
)

# 034 — EITHER: names, company and job titles of eight seminar attendees sent to the venue.
_p034 = people(8)
add(
    id="cs-034", expect="either", charset="iso-2022-jp",
    sender=YUZUKI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="7/3 ユーザー会 出席者一覧（名札作成用）",
    body=(
        "株式会社さくらホテル 宴会予約ご担当者様\n\n"
        "いつもお世話になっております。日の出産業の柚木です。\n"
        "7月3日（木）の「ひのでワークス ユーザー会」の出席者一覧をお送りいたします。名札の作成をお願いいたします。\n\n"
        "会社名　　　　　　　部署　　　　　　　役職　　　　氏名\n"
        "------------------------------------------------------------\n"
        + "".join(f"{pad(c, 20)}{pad(d, 18)}{pad(t, 12)}{p['name']}\n"
                  for p, c, d, t in zip(_p034,
                                        ["川崎電機株式会社", "青葉運輸株式会社", "北国フーズ株式会社", "錦印刷株式会社",
                                         "東海精密株式会社", "湊建設株式会社", "学校法人山吹学園", "ほしぞら福祉会"],
                                        ["情報システム部", "総務部", "人事部", "総務部", "総務部", "工務管理部", "法人事務局", "法人本部"],
                                        ["部長", "課長", "主任", "係長", "課長", "部長代理", "事務長", "主事"]))
        + "\n当日の受付開始は13:30です。よろしくお願いいたします。\n" + SIG_YUZUKI
    ),
    entities=["PERSON_NAME"], detectors=[],
    note="eight attendees' names with company, department and title but no contact data: a business roster or a list of people",
)

# 035 — legacy XLS: 15 staff with 和暦 dates of birth, returned after a migration check.
_p035 = people(15, "yamabuki-gakuen.ac.jp", style=2)
add(
    id="cs-035", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["学校法人山吹学園 法人事務局 相良 様 <sagara@yamabuki-gakuen.ac.jp>"],
    subject="教職員データ移行 チェック結果のご報告",
    body=(
        "学校法人山吹学園\n法人事務局 相良様\n\n"
        "お世話になっております。日の出産業の二階堂です。\n"
        "旧システムから出力いただいた教職員データの移行チェックを行いました。\n"
        "生年月日が和暦・西暦混在のため変換できなかった方など、要確認の15名を添付の一覧にまとめております。\n"
        "（旧システムの形式に合わせ、xls形式でお送りします）\n\n"
        "ご確認のうえ、正しい値をご記入いただけますと幸いです。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "xls", "name": "移行チェック結果_要確認.xls",
        "sheets": {"要確認": [["職員番号", "氏名", "フリガナ", "生年月日（旧データ）", "採用日", "メール", "確認事項"]]
                   + [[f"Y{p['empno']}", p["name"], p["kana"],
                       wareki(p["dob"], short=bool(i % 2)), f"20{rng.randint(10, 24)}/04/01", p["email"],
                       rng.choice(["生年月日の形式", "フリガナ未入力", "採用日不正", "生年月日の形式"])]
                      for i, p in enumerate(_p035)]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="XLS of 15 staff with names, 和暦 dates of birth and e-mails sent to the customer",
)

# 036 — usage report: aggregates by department only.
add(
    id="cs-036", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="【月次】ひのでワークス ご利用状況レポート（5月分）",
    body=(
        "株式会社みどり銀行\n事務統括部 甘粕様\n\n"
        "いつもお世話になっております。日の出産業の森本でございます。\n"
        "5月分のご利用状況レポートをお送りいたします。\n"
        "全体のログイン率は 96.2%（前月比 +1.4pt）、打刻修正申請は 1人あたり 0.8件と改善傾向です。\n\n"
        "次回の定例で、残業申請の事前承認率についてご提案させてください。\n" + SIG_MORIMOTO
    ),
    attachments=[{
        "kind": "xlsx", "name": "利用状況レポート_202505_みどり銀行様.xlsx",
        "sheets": {
            "サマリ": [["ご利用状況レポート 2025年5月"], [], ["項目", "値"], ["契約ライセンス", 1200],
                     ["有効アカウント", 1168], ["月間ログイン率", "96.2%"], ["打刻修正申請", 934]],
            "部署別": [["部署", "利用者数", "ログイン率", "平均残業時間(h)", "打刻修正(件)"],
                    ["本店営業部", 212, "97.6%", 18.2, 160], ["事務統括部", 85, "98.8%", 12.4, 41],
                    ["融資部", 64, "95.3%", 21.7, 58], ["システム部", 58, "99.0%", 24.1, 22],
                    ["支店（合計）", 749, "95.6%", 15.9, 653]],
        },
    }],
    entities=[], detectors=[],
    note="aggregate usage statistics by department: no records of individual people",
)

# 037 — disability grades of three employees in a CSV: sensitive, even below five.
_p037 = people(3, "hoshizora-kaigo.or.jp")
add(
    id="cs-037", expect="stop", charset="shift_jis",
    sender=DESK,
    to=["ほしぞら福祉会 法人本部 人事 <jinji@hoshizora-kaigo.or.jp>"],
    subject="Re: 障害者雇用状況レポートの人数が合わない",
    body=(
        "社会福祉法人ほしぞら福祉会 法人本部 人事ご担当者様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n"
        "障害者雇用状況レポートの算定人数が合わない件、調査結果をご報告いたします。\n\n"
        "下記3名の方は「障害者手帳の種別」が登録されているものの「等級」が空欄のため、算定から除外されていました。\n"
        "該当データを添付のCSVにまとめましたので、人事マスタの修正をお願いいたします。\n" + SIG_DESK
    ),
    attachments=[{
        "kind": "csv", "name": "算定除外_対象者.csv", "encoding": "cp932",
        "rows": [["職員番号", "氏名", "事業所", "手帳種別", "等級", "障害の内容", "週所定労働時間"],
                 [f"H{_p037[0]['empno']}", _p037[0]["name"], "ほしぞらの郷", "身体障害者手帳", "", "下肢機能障害", "30"],
                 [f"H{_p037[1]['empno']}", _p037[1]["name"], "あおぞら園", "療育手帳", "", "知的障害", "20"],
                 [f"H{_p037[2]['empno']}", _p037[2]["name"], "デイサービス武蔵", "精神障害者保健福祉手帳", "", "統合失調症", "25"]],
    }],
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=["personal_data"],
    note="three named employees with disability certificate type and condition: 要配慮個人情報, stop even below five",
)

# 038 — describing the health-management option: no person at all.
add(
    id="cs-038", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["学校法人山吹学園 法人事務局 相良 様 <sagara@yamabuki-gakuen.ac.jp>"],
    subject="健康管理オプション（ストレスチェック）のご案内",
    body=(
        "山吹学園 相良様\n\n"
        "お世話になっております。森本です。\n"
        "先日お問い合わせいただいた健康管理オプションについてご案内いたします。\n\n"
        "■ 主な機能\n"
        "・ストレスチェック（57項目版／80項目版）の実施と集団分析\n"
        "・高ストレス者への面接指導の勧奨メール（本人の同意取得フロー付き）\n"
        "・健康診断結果の取込（産業医・保健師のみ閲覧可能な権限設定）\n"
        "・長時間労働者（月80時間超）の自動抽出と産業医面談の記録\n\n"
        "■ 個人情報の取扱い\n"
        "健康情報は要配慮個人情報に該当するため、閲覧権限を「健康管理者」ロールに限定し、\n"
        "人事担当者や上長からは閲覧できない設計としております。\n\n"
        "■ 料金：1アカウントあたり月額 100円（税別）\n\n"
        "デモ環境のご用意も可能です。ご希望の日程をお知らせください。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="product description that names health data and 要配慮個人情報 as topics; no one's data",
)

# 039 — one new hire's pension number and health insurance symbol/number in a troubleshooting reply.
_p039 = person("minato-kensetsu.co.jp")
add(
    id="cs-039", expect="stop", charset="iso-2022-jp",
    sender=DESK,
    to=["湊建設 人事部 <jinji@minato-kensetsu.co.jp>"],
    subject="Re: 入社手続き 電子申請がエラーで戻ってくる",
    body=(
        "湊建設株式会社 人事部 ご担当者様\n\n"
        "お世話になっております。ひのでワークス サポートデスクでございます。\n"
        "電子申請が差し戻される件、申請データを確認いたしました。\n\n"
        "【差し戻しとなっている申請】\n"
        f"  氏名　　　　：{_p039['name']}（{_p039['kana']}）\n"
        f"  生年月日　　：{_p039['dob'].year}年{_p039['dob'].month}月{_p039['dob'].day}日\n"
        f"  基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}\n"
        f"  被保険者証　：記号 {rng.randint(10000000, 99999999)}　番号 {rng.randint(1, 300)}\n\n"
        "基礎年金番号の下6桁が、前職の資格喪失時の番号と一致していないことが差し戻しの理由のようです。\n"
        "ご本人の年金手帳（または基礎年金番号通知書）をご確認のうえ、再申請をお願いいたします。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one person's 基礎年金番号 and 健康保険証 記号・番号 (with name and birth date) to the customer",
)

# 040 — explaining the My Number collection feature; no number in it.
add(
    id="cs-040", expect="pass", charset="utf-8",
    sender=TAKAOKA,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="Re: マイナンバー収集機能について教えてください",
    body=(
        "東海林様\n\nお世話になっております。高岡です。\n"
        "マイナンバー収集機能についてのご質問にお答えします。\n\n"
        "Q1. 従業員はどうやって提出しますか？\n"
        "  → スマートフォンアプリでマイナンバーカード（個人番号カード）を撮影し、本人確認書類とあわせて提出します。\n"
        "Q2. 管理者は番号を見られますか？\n"
        "  → 「マイナンバー管理者」ロールの方のみ、閲覧理由を入力したうえで閲覧できます。閲覧はすべてログに残ります。\n"
        "Q3. 退職者の番号はどうなりますか？\n"
        "  → 法定保存期間（7年）経過後、自動で削除されます。\n\n"
        "なお、個人番号はメールやチャットでやり取りしないよう、従業員の皆様へのご案内をお願いいたします。\n" + SIG_TAKAOKA
    ),
    entities=[], detectors=[],
    note="explains the My Number feature; the word マイナンバー appears but no number does",
)

# 041 — two drivers' licence numbers in a reply about the licence-expiry alert.
_p041 = people(2, "aoba-unyu.co.jp")
add(
    id="cs-041", expect="stop", charset="shift_jis",
    sender=YUZUKI,
    to=["青葉運輸 運行管理課 <unkou@aoba-unyu.co.jp>"],
    subject="Re: 免許証の有効期限アラートが誤って出ている",
    body=(
        "青葉運輸株式会社 運行管理課 ご担当者様\n\n"
        "お世話になっております。日の出産業の柚木です。\n"
        "免許証有効期限アラートの件、登録データを確認いたしました。\n\n"
        f"  {_p041[0]['name']} 様　免許証番号 {rng.randint(30, 39)}{rng.randint(10**9, 10**10 - 1)}　有効期限 登録値 2025/06/30（更新後 2028/07/14 が未反映）\n"
        f"  {_p041[1]['name']} 様　免許証番号 {rng.randint(30, 39)}{rng.randint(10**9, 10**10 - 1)}　有効期限 登録値 2025/07/05（更新後 2030/08/02 が未反映）\n\n"
        "いずれも免許更新後の画像は登録されていますが、有効期限欄が手入力のままで更新されていませんでした。\n"
        "「ドライバー管理＞免許証」から有効期限を修正いただくとアラートは解除されます。\n" + SIG_YUZUKI
    ),
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="two drivers' 運転免許証 numbers with their names: an identity document number, stop at any count",
)

# 042 — a 12-digit tracking number (not a valid My Number) for the starter kit.
_trk042 = not_my_number()
add(
    id="cs-042", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="導入キット（ICカードリーダー）発送のお知らせ",
    body=(
        "北国フーズ株式会社 人事部 薬師寺様\n\n"
        "お世話になっております。日の出産業の江波戸です。\n"
        "本日、導入キットを発送いたしましたのでお知らせいたします。\n\n"
        "  配送業者　　：ヤマト運輸\n"
        f"  伝票番号　　：{g4(_trk042)}\n"
        "  お届け予定　：6月25日（水）午前中\n"
        "  内容　　　　：ICカードリーダー 12台、ICカード 200枚、設置マニュアル 1部\n"
        "  注文番号　　：HW-ORD-2025-04417\n\n"
        "到着後、同梱の検品表で数量をご確認ください。\n" + SIG_EBATO
    ),
    entities=[], detectors=[],
    note="a 12-digit tracking number and an order number: no person, not a My Number",
)

# 043 — bullets: six users with mobiles who do not receive shift SMS.
_p043 = people(6, "kitaguni-foods.co.jp")
add(
    id="cs-043", expect="stop", charset="iso-2022-jp",
    sender=DESK,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="シフト確定通知（SMS）が届いていない方の件",
    body=(
        "薬師寺様\n\nお世話になっております。ひのでワークス サポートデスクです。\n"
        "シフト確定通知のSMSが届いていないとのお問い合わせについて、送信ログを確認しました。\n"
        "以下の方は、登録されている番号への送信が「宛先不明」で失敗しています。\n\n"
        + "".join(f"・{p['name']} 様（{d}）　{p['mobile']}\n"
                  for p, d in zip(_p043, ["物流センター", "物流センター", "第二工場", "第二工場", "第二工場", "本社"]))
        + "\n番号の変更がないか、ご本人にご確認いただけますでしょうか。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="「・」 bullets with six users' names and mobile numbers to the customer",
)

# 044 — bullets: six hotel properties' front desks (businesses).
add(
    id="cs-044", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="打刻端末の設置日程（各館）",
    body=(
        "一ノ瀬様\n\nお世話になっております。江波戸です。\n"
        "各館への打刻端末の設置日程を、下記のとおり調整いたしました。\n"
        "当日は作業員から各館のフロントへお電話のうえ伺います。\n\n"
        "・さくらホテル東京ベイ　　7/14（月）10:00　フロント 03-6457-2100\n"
        "・さくらホテル横浜関内　　7/14（月）15:00　フロント 045-662-8811\n"
        "・さくらホテル大宮　　　　7/15（火）10:00　フロント 048-641-3900\n"
        "・さくらホテル千葉中央　　7/15（火）15:00　フロント 043-227-5511\n"
        "・さくらホテル箱根湯本　　7/17（木）11:00　フロント 0460-85-6120\n"
        "・さくらホテル軽井沢　　　7/18（金）11:00　フロント 0267-42-7070\n\n"
        "作業時間は各館30分程度です。よろしくお願いいたします。\n" + SIG_EBATO
    ),
    entities=[], detectors=[],
    note="six hotel properties with front-desk switchboards: a list of businesses",
)

# 045 — weekly pipeline report to the reseller: companies, not people.
add(
    id="cs-045", expect="pass", charset="utf-8",
    sender=YUZUKI,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    cc=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="【週次】共同案件 進捗共有（6/23週）",
    body=(
        "ツバサシステム 九十九様\n\nお疲れさまです。柚木です。\n今週の共同案件の進捗を共有します。\n\n"
        "| 顧客                 | ライセンス | フェーズ       | 本稼働予定 |\n"
        "|----------------------|-----------:|----------------|------------|\n"
        "| 川崎電機             |        850 | 設定           | 2025/09/01 |\n"
        "| 湊建設               |        320 | 利用者登録     | 2025/08/01 |\n"
        "| 東海精密             |        410 | SSO検証        | 2025/08/01 |\n"
        "| 若葉町役場           |        260 | 契約手続き     | 2025/10/01 |\n"
        "| ほしぞら福祉会       |        148 | 説明会         | 2025/08/01 |\n\n"
        "湊建設様はICカードの追加発行分（8枚）をツバサさんにお願いしています。\n"
        "若葉町様は入札の結果待ちです（7/4 開札）。\n" + SIG_YUZUKI
    ),
    entities=[], detectors=[],
    note="a list of customer companies with license counts to the reseller: businesses only",
)

# 046 — English mail to a foreign integration partner about API limits.
add(
    id="cs-046", expect="pass", charset="utf-8",
    sender=PRICE,
    to=["Marcus Lim <marcus.lim@lumenapi.sg>"],
    subject="Re: Webhook retries and API rate limits for the HINODE WORKS connector",
    body=(
        "Hi Marcus,\n\n"
        "Thanks for the quick turnaround on the connector build. Answers to your questions:\n\n"
        "1. Rate limits: 600 requests per minute per tenant; bursts of up to 100 requests per second are "
        "accepted. A 429 response carries a Retry-After header.\n"
        "2. Webhook retries: we retry failed deliveries 8 times with exponential backoff (1 min up to 4 h). "
        "Each delivery has an idempotency key in the X-Hinode-Delivery header.\n"
        "3. Sandbox: your sandbox tenant is lumenapi-sbx; the API key was sent through our partner portal, "
        "not by e-mail.\n\n"
        "Let me know if you need the OpenAPI spec for v2.4 — it adds the /shifts/bulk endpoint.\n"
        + SIG_PRICE + DISCLAIMER_EN
    ),
    entities=[], detectors=[],
    note="technical English mail to a foreign partner with the standard confidentiality disclaimer",
)

# 047 — look-alike of our own domain: .com instead of .co.jp.
add(
    id="cs-047", expect="stop", charset="iso-2022-jp",
    sender=YUZUKI,
    to=["森本 彩花 <ayaka.morimoto@hinode-sangyo.com>"],
    subject="ヘルススコア低下の顧客（6月第4週）",
    body=(
        "森本さん\n\nお疲れさまです。柚木です。\n"
        "今週ヘルススコアが下がったお客様を共有します。\n\n"
        "・錦印刷様：ログイン率 71%（-12pt）、問い合わせ増加。定例で原因ヒアリング予定\n"
        "・東海精密様：SSO切替の遅れで利用が停滞\n"
        "・ほしぞら福祉会様：説明会前のため低いのは想定内\n\n"
        "錦印刷様は更新月が10月なので、早めに打ち手を相談させてください。\n\n柚木\n"
    ),
    entities=[], detectors=["lookalike_domain"],
    note="a colleague addressed at hinode-sangyo.com: our own domain with another TLD, a look-alike",
)

# 048 — internal discussion of a sick employee's account: all recipients internal.
add(
    id="cs-048", expect="pass", charset="iso-2022-jp",
    sender=YUZUKI,
    to=[MORIMOTO],
    cc=[f"法務・コンプライアンス室 <compliance@{DOM}>"],
    subject="【相談】休職者情報をメールで受け取ってしまった件（東海精密様）",
    body=(
        "森本さん、コンプライアンス室 各位\n\n"
        "お疲れさまです。柚木です。\n"
        "東海精密様の御手洗様から、製造部 十文字 航様がうつ病で休職する旨のメールを受け取りました。\n"
        "アカウント設定の相談のためとはいえ、病名まで記載されており、要配慮個人情報にあたると思います。\n\n"
        "・受信メールの保管をどうするか（チケットシステムへの転記は病名を伏せる予定）\n"
        "・お客様へ今後は病名を記載しないよう案内してよいか\n\n"
        "ご指示をお願いいたします。\n\n柚木\n"
    ),
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"], detectors=[],
    note="a named employee's diagnosis, but every recipient is internal",
)

# 049 — 【社外秘】 in the subject and on the body, sent to the reseller.
add(
    id="cs-049", expect="stop", charset="shift_jis",
    sender=MORIMOTO,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    subject="【社外秘】解約リスク顧客と今期の対応方針",
    body=(
        "━━━━━━━━━━━━━━━━━━\n"
        "社外秘　取扱注意（日の出産業 CS部内限り）\n"
        "━━━━━━━━━━━━━━━━━━\n\n"
        "九十九さん\n\nお世話になっております。森本です。\n"
        "共同で担当しているお客様のうち、解約リスクが高いと判断した先と対応方針です。\n\n"
        "1. 錦印刷様（更新10月）：競合A社の提案を受領済み。値引き上限 15% まで社内承認済み\n"
        "2. 湊建設様（更新12月）：現場のICカード運用に不満。ツバサさんのオンサイト支援で挽回したい\n"
        "3. 北国フーズ様（更新3月）：シフト機能の不具合が続いている。開発の修正は8月リリース予定\n\n"
        "値引き条件はお客様には絶対に出さないようお願いします。\n\n森本\n"
    ),
    entities=[], detectors=["confidential_marking"],
    note="the mail itself is classified 社外秘／取扱注意 (subject and banner) and goes to an external partner",
)

# 050 — EITHER: a deck marked 「お客様限り」 sent to that same customer.
add(
    id="cs-050", expect="either", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="四半期レビュー資料のご送付",
    body=(
        "東海林様\n\nお世話になっております。高岡です。\n"
        "先日の四半期レビューでご説明した資料をお送りいたします。\n"
        "今後の機能ロードマップを含むため、貴社内でのご利用に限らせていただけますと幸いです。\n" + SIG_TAKAOKA
    ),
    attachments=[{
        "kind": "pptx", "name": "四半期レビュー_2025Q1_青葉運輸様.pptx",
        "page_footer": "お客様限り／無断転載・第三者開示禁止",
        "slides": [
            ["四半期レビュー 2025年度 第1四半期", "青葉運輸株式会社様", "日の出産業株式会社"],
            ["ご利用状況", "ログイン率 94%", "打刻修正申請 前期比 -22%", "残業申請の事前承認率 81%"],
            ["今後のロードマップ", "9月：ドライバー点呼記録との連携", "12月：拘束時間アラート（2024年問題対応）"],
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="「お客様限り」 footer on a deck sent to that very customer: a restriction marking, or not a confidentiality class",
)

# 051 — a plain ZIP (no password) with a PDF roster and a CSV of 22 staff, to a town office.
_p051 = people(22, "town.wakaba.lg.jp", style=3)
add(
    id="cs-051", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["若葉町役場 総務課 情報係 <johou@town.wakaba.lg.jp>"],
    subject="アカウント申請内容の確認資料（先行導入課）",
    body=(
        "若葉町役場 総務課 情報係 御中\n\n"
        "お世話になっております。日の出産業の二階堂でございます。\n"
        "先行導入の3課（総務課・税務課・住民課）の職員の皆様について、アカウント申請内容の確認資料をお送りいたします。\n"
        "ZIPファイルには、確認用のPDFと、修正用のCSVが入っております。\n\n"
        "修正がございましたらCSVを編集のうえご返送ください。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "zip", "name": "アカウント申請確認_若葉町様.zip",
        "files": [
            {"kind": "pdf", "name": "申請内容確認表.pdf",
             "lines": ["アカウント申請内容 確認表（若葉町役場 先行導入課）", ""],
             "table": [["課", "氏名", "メール", "内線"]]
             + [[rng.choice(["総務課", "税務課", "住民課"]), p["name"], p["email"], f"{rng.randint(200, 299)}"]
                for p in _p051[:12]]},
            {"kind": "csv", "name": "account_request.csv", "encoding": "cp932",
             "rows": [["課", "氏名", "フリガナ", "メール", "緊急連絡先（携帯）"]]
             + [[rng.choice(["総務課", "税務課", "住民課"]), p["name"], p["kana"], p["email"], p["mobile"]]
                for p in _p051]},
        ],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an unencrypted ZIP holding a PDF table and a CSV of 22 staff with e-mails and mobiles",
)

# 052 — a plain ZIP of manuals.
add(
    id="cs-052", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["ほしぞら福祉会 法人本部 <honbu@hoshizora-kaigo.or.jp>"],
    subject="職員向けマニュアル一式のご送付",
    body=(
        "ほしぞら福祉会 法人本部 ご担当者様\n\n"
        "お世話になっております。江波戸です。\n"
        "説明会でお配りする職員向けマニュアル一式をZIPにまとめてお送りします（パスワードはかけておりません）。\n"
        "各事業所で印刷してご利用ください。\n" + SIG_EBATO
    ),
    attachments=[{
        "kind": "zip", "name": "ひのでワークス_職員向けマニュアル.zip",
        "files": [
            {"kind": "pdf", "name": "01_打刻のしかた.pdf",
             "lines": ["打刻のしかた", "1. ICカードをリーダーにかざします", "2. 画面に「出勤」と表示されれば完了です",
                       "3. スマートフォンの場合はアプリの［出勤］ボタンを押します"]},
            {"kind": "pdf", "name": "02_休暇申請.pdf",
             "lines": ["休暇申請のしかた", "1. メニューから［申請］→［休暇］を選びます", "2. 日付と種別（有休・特休）を選びます"]},
            {"kind": "docx", "name": "03_よくある質問.docx",
             "paragraphs": ["よくある質問", "Q. 打刻を忘れたら？ A. 打刻修正申請を出してください。",
                            "Q. パスワードを忘れたら？ A. ログイン画面の「パスワードを忘れた方」から再設定できます。"]},
        ],
    }],
    entities=[], detectors=[],
    note="unencrypted ZIP of manuals: readable, nothing personal",
)

# 053 — a PDF completion report: tasks and dates, staff named only as owners.
add(
    id="cs-053", expect="pass", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["勅使河原 直樹 様 <teshigawara@minato-kensetsu.co.jp>"],
    subject="導入完了報告書のご送付",
    body=(
        "湊建設株式会社 勅使河原様\n\n"
        "お世話になっております。二階堂です。\n"
        "8月1日の本稼働をもちまして導入支援の全工程が完了いたしましたので、導入完了報告書をお送りいたします。\n"
        "今後のお問い合わせはサポートデスク（0120-610-245）にて承ります。\n"
        "長期間にわたりご協力いただき、誠にありがとうございました。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "pdf", "name": "導入完了報告書_湊建設様.pdf",
        "lines": ["導入完了報告書", "湊建設株式会社 御中", "日の出産業株式会社 2025年8月5日", ""],
        "table": [["工程", "期間", "担当", "状態"],
                  ["キックオフ", "2025/05/12", "日の出 二階堂", "完了"],
                  ["勤務パターン設定", "05/13-06/06", "日の出 二階堂", "完了"],
                  ["利用者登録（320名）", "06/09-06/27", "湊建設 勅使河原様", "完了"],
                  ["ICカード発行", "06/16-07/11", "ツバサシステム", "完了"],
                  ["並行稼働", "07/01-07/31", "両社", "完了"],
                  ["本稼働", "2025/08/01", "-", "完了"]],
    }],
    entities=[], detectors=[],
    note="project report listing tasks and owners by name only; a user count, not a list of users",
)

# 054 — invoice PDF with our T-number and our company bank account.
_t054 = corp_number("051200017843")
add(
    id="cs-054", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["川崎電機 経理部 支払担当 <keiri-shiharai@hq.kawasaki-denki.co.jp>"],
    subject="【ご請求書】ひのでワークス 2025年7月分",
    body=(
        "川崎電機株式会社 経理部 御中\n\n"
        "いつもお世話になっております。日の出産業 契約管理チームの神崎です。\n"
        "2025年7月分のご請求書をお送りいたします。\n"
        "お支払期限：2025年8月31日\n\n"
        "ご査収のほどよろしくお願いいたします。\n" + SIG_KANZAKI
    ),
    attachments=[{
        "kind": "pdf", "name": "請求書_HW-INV-202507-0318.pdf", "title": "請求書",
        "lines": ["御請求書", "請求書番号：HW-INV-202507-0318　発行日：2025年7月31日", "",
                  "川崎電機株式会社 御中", "",
                  "日の出産業株式会社　" + ADDR, f"登録番号：T{_t054}", "",
                  "ご請求金額：935,000円（税込）", ""],
        "table": [["品目", "数量", "単価", "金額"],
                  ["ひのでワークス スタンダード（HW-STD）", "850", "1,000", "850,000"],
                  ["消費税（10%）", "", "", "85,000"],
                  ["合計", "", "", "935,000"],
                  [""], ["お振込先：みどり銀行 浜松町支店 普通 3318024 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ"]],
    }],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with our registration T-number (法人番号) and our company bank account: business data only",
)

# 055 — one foreign employee's residence card number.
_rc055 = f"{rng.choice(['AB', 'EF', 'UH', 'NK'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JR'])}"
add(
    id="cs-055", expect="stop", charset="utf-8",
    sender=TAKAOKA,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="Re: 在留期限アラートの対象者が表示されない",
    body=(
        "薬師寺様\n\nお世話になっております。高岡です。\n"
        "在留期限アラートに表示されないとのことでした件、原因がわかりました。\n\n"
        "  対象：グエン・ヴァン・ナム 様（第二工場）\n"
        f"  在留カード番号：{_rc055}\n"
        "  在留資格：特定技能1号　在留期間満了日：2025年9月30日\n\n"
        "在留カード番号は登録されていましたが、「外国籍フラグ」がOFFのため、アラートの対象外になっていました。\n"
        "人事マスタでフラグをONにしていただければ、翌朝のバッチから表示されます。\n" + SIG_TAKAOKA
    ),
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="one named employee's 在留カード number and status: an identity document number",
)

# 056 — cancellation accepted: contract and customer numbers (16 digits, not a card).
_cust056 = not_card("00")
add(
    id="cs-056", expect="pass", charset="shift_jis",
    sender=KANZAKI,
    to=["錦印刷 総務部 <soumu-system@nishiki-insatsu.co.jp>"],
    subject="ご解約手続き受付のお知らせ",
    body=(
        "錦印刷株式会社 総務部 御中\n\n"
        "いつもひのでワークスをご利用いただき、誠にありがとうございます。\n"
        "下記のとおり、ご解約のお手続きを受け付けました。\n\n"
        "  契約番号　　：HW-2022-00413\n"
        f"  お客様番号　：{g4(_cust056, ' ')}\n"
        "  ご解約日　　：2025年10月31日（契約満了日）\n"
        "  最終ご請求　：2025年10月分（11月上旬発行）\n"
        "  データ保持　：解約日から30日間（11月30日まで）。期間中はデータのエクスポートが可能です\n"
        "  データ削除　：2025年12月1日以降、バックアップを含め完全に削除し、削除証明書を発行します\n\n"
        "これまでのご利用に心より御礼申し上げます。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="cancellation notice with contract and 16-digit customer numbers (not Luhn-valid cards)",
)

# 057 — refund to the customer's corporate bank account.
add(
    id="cs-057", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["湊建設 経理部 <keiri@minato-kensetsu.co.jp>"],
    subject="ご返金のお手続きについて（ライセンス減数分）",
    body=(
        "湊建設株式会社 経理部 ご担当者様\n\n"
        "お世話になっております。日の出産業の神崎です。\n"
        "ライセンス数の減数（320→290）に伴う年額費用の差額を、下記口座へ返金いたします。\n"
        "口座情報は貴社より頂戴した支払通知書の記載に基づいております。\n\n"
        "  返金額　：198,000円（税込）\n"
        "  返金予定：2025年9月10日\n"
        "  振込先　：みどり銀行 横浜支店 当座 0084127 ミナトケンセツ（カ\n\n"
        "相違がございましたら9月3日までにご連絡ください。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="refund to the customer company's own corporate account: a business account, not a person's",
)

# 058 — the customer and its logistics subsidiary: two organisations.
add(
    id="cs-058", expect="pass", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    cc=["北国ロジスティクス 総務課 <soumu@kitaguni-logi.co.jp>"],
    subject="Re: グループ会社（北国ロジスティクス様）への展開について",
    body=(
        "薬師寺様\n北国ロジスティクス 総務課 ご担当者様\n\n"
        "お世話になっております。日の出産業の高岡です。\n"
        "北国ロジスティクス様へのご展開について、別テナントとして契約いただく方法と、\n"
        "北国フーズ様のテナントに組織を追加する方法の2案がございます。\n\n"
        "  案1：別テナント … 就業規則が異なる場合に推奨。請求も別\n"
        "  案2：組織追加 … 管理者を共通化できる。ライセンスは合算\n\n"
        "一度お打ち合わせの場を設けさせていただけますでしょうか。\n" + SIG_TAKAOKA
    ),
    entities=[], detectors=["multiple_external_domains"],
    note="customer plus its subsidiary in Cc: two external organisations, no personal data",
)

# 059 — five people of one customer in To/Cc: one party only.
add(
    id="cs-059", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["shoji-y@aoba-unyu.co.jp", "unkou@aoba-unyu.co.jp"],
    cc=["keiri@aoba-unyu.co.jp", "jinji@aoba-unyu.co.jp", "t-kasai@aoba-unyu.co.jp", TAKAOKA],
    subject="拘束時間アラート機能 説明会のご案内（7/22）",
    body=(
        "青葉運輸株式会社\n総務部・運行管理課・経理部・人事部 ご担当者各位\n\n"
        "いつもお世話になっております。日の出産業の森本です。\n"
        "改正改善基準告示に対応した「拘束時間アラート」機能の説明会を、下記のとおり開催いたします。\n\n"
        "  日時：7月22日（火）14:00～15:00\n  場所：貴社本社 2F 大会議室\n"
        "  内容：アラートの閾値設定、月次レポート、点呼記録との連携予定\n\n"
        "関係部署の皆様にご参加いただけますと幸いです。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="several addresses but all of one customer organisation: one party, not a Bcc case",
)

# 060 — one record per block: five administrators' contacts.
_p060 = people(5, "midori-ginko.co.jp", style=0)
add(
    id="cs-060", expect="stop", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="管理者登録内容のご確認（5名）",
    body=(
        "株式会社みどり銀行 事務統括部 甘粕様\n\n"
        "お世話になっております。日の出産業の二階堂です。\n"
        "管理者として登録する5名の方の情報を、下記のとおり登録いたしました。\n"
        "障害時・緊急時の連絡先としても使用いたしますので、お間違いがないかご確認ください。\n\n"
        + "".join(
            f"■{i + 1}\n  氏名　：{p['name']}（{p['kana']}）\n  所属　：{d}\n"
            f"  メール：{p['email']}\n  直通　：03-3{rng.randint(100, 999)}-{rng.randint(1000, 9999)}\n"
            f"  携帯　：{p['mobile']}\n\n"
            for i, (p, d) in enumerate(zip(_p060, ["事務統括部", "事務統括部", "人事部", "システム部", "システム部"])))
        + "以上、よろしくお願いいたします。\n" + SIG_NIKAIDO
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people's contact blocks (name, e-mail, direct line, mobile) to the customer: a list of five",
)

# 061 — four administrators in blocks: under the threshold.
_p061 = people(4, "tokai-seimitsu.co.jp", style=1)
add(
    id="cs-061", expect="pass", charset="utf-8",
    sender=DESK,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    subject="障害連絡先のご登録完了",
    body=(
        "東海精密株式会社 御手洗様\n\n"
        "ひのでワークス サポートデスクです。\n"
        "障害発生時の連絡先として、下記4名様を登録いたしました。\n\n"
        + "".join(f"【{i + 1}】{p['name']} 様\n    {p['email']}\n    携帯 {p['mobile']}\n"
                  for i, p in enumerate(_p061))
        + "\n連絡先に変更がある場合は、管理画面の「障害連絡先」から直接編集いただけます。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's contact blocks: below five, a warning at most",
)

# 062 — English reply; the customer's list is only in the "On … wrote:" quote.
_p062 = people(7, "orchid-logistics.com.sg", style=0)
add(
    id="cs-062", expect="pass", charset="utf-8",
    sender=PRICE,
    to=["Priya Raman <priya.raman@orchid-logistics.com.sg>"],
    subject="Re: New user accounts for the Singapore office",
    body=(
        "Hi Priya,\n\n"
        "Thanks — all seven accounts are now active. Each user will get an invitation e-mail from "
        "no-reply@works.hinode-sangyo.co.jp within the hour; the link is valid for 72 hours.\n"
        "The time zone for the Singapore org unit is set to Asia/Singapore (UTC+8).\n"
        + SIG_PRICE + "\n"
        "On Mon, 16 Jun 2025 at 10:41, Priya Raman <priya.raman@orchid-logistics.com.sg> wrote:\n"
        "> Hi Daniel,\n> Could you please create accounts for the following staff?\n>\n"
        + "".join(f"> {p['roma']}, {p['email']}, Operations\n" for p in _p062)
        + ">\n> Thanks,\n> Priya\n"
    ),
    entities=[], detectors=[],
    note="the seven-person list is only in the quoted original sent by the recipient",
)

# 063 — forward as attachment: the customer's mail with a CSV of nine users, to the reseller.
_p063 = people(9, "kawasaki-denki.co.jp", style=0)
add(
    id="cs-063", expect="stop", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    subject="FW: 工場勤務者のアカウント申請（川崎電機様）",
    body=(
        "九十九さん\n\nお世話になっております。高岡です。\n"
        "川崎電機様から工場勤務者のアカウント申請が届きました。元のメールを添付で転送します。\n"
        "ICカードの紐付けをツバサさん側でお願いします。\n\n高岡\n"
    ),
    attachments=[{
        "kind": "eml", "name": "工場勤務者のアカウント申請.eml",
        "message": {
            "sender": "鬼頭 勝 <kito.masaru@kawasaki-denki.co.jp>",
            "to": [TAKAOKA],
            "subject": "工場勤務者のアカウント申請",
            "charset": "iso-2022-jp",
            "body": "高岡様\n\n工場勤務者9名のアカウント申請です。CSVを添付します。\n\n鬼頭\n",
            "attachments": [{
                "kind": "csv", "name": "account_request_factory.csv", "encoding": "cp932",
                "rows": [["氏名", "フリガナ", "メールアドレス", "所属", "役職", "ICカード番号"]]
                + [[p["name"], p["kana"], p["email"], "川崎工場", rng.choice(["", "班長", "主任"]),
                    f"IC-{rng.randint(100000, 999999)}"] for p in _p063],
            }],
        },
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forwarded mail attached as .eml, carrying a CSV of nine people: new to the reseller",
)

# 064 — forward as attachment of a harmless feature request.
add(
    id="cs-064", expect="pass", charset="iso-2022-jp",
    sender=YUZUKI,
    to=["九十九 遼 <tsukumo@tsubasa-system.jp>"],
    subject="FW: 打刻端末の音量について（錦印刷様からのご要望）",
    body=(
        "九十九さん\n\nお疲れさまです。柚木です。\n"
        "錦印刷様から、工場内で打刻音が聞こえにくいとのご要望をいただきました（元メールを添付します）。\n"
        "端末の音量設定はツバサさんのキッティング時の設定かと思いますので、変更可能かご確認ください。\n\n柚木\n"
    ),
    attachments=[{
        "kind": "eml", "name": "打刻端末の音量について.eml",
        "message": {
            "sender": "百目鬼 誠司 <domeki@nishiki-insatsu.co.jp>",
            "to": [YUZUKI],
            "subject": "打刻端末の音量について",
            "charset": "iso-2022-jp",
            "body": ("柚木様\n\nいつもお世話になっております。錦印刷の百目鬼です。\n"
                     "印刷一課の打刻端末ですが、輪転機の音で打刻完了音が聞こえず、二度打ちが多発しています。\n"
                     "音量を上げるか、ランプの点灯時間を長くできないでしょうか。\n\n百目鬼\n"),
        },
    }],
    entities=[], detectors=[],
    note="a forwarded (attached) customer mail containing only a feature request",
)

# 065 — a password-protected PDF (cancellation agreement).
add(
    id="cs-065", expect="stop", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["錦印刷 総務部 <soumu-system@nishiki-insatsu.co.jp>"],
    subject="解約合意書のご送付",
    body=(
        "錦印刷株式会社 総務部 御中\n\n"
        "お世話になっております。日の出産業 契約管理チームの神崎です。\n"
        "解約合意書をPDFにてお送りいたします。ご署名のうえ、ご返送をお願いいたします。\n"
        "PDFを開くためのパスワードは、ご契約時にご登録いただいたお客様番号の下6桁です。\n" + SIG_KANZAKI
    ),
    attachments=[{
        "kind": "pdf", "name": "解約合意書_錦印刷様.pdf", "password": "734118",
        "lines": ["解約合意書", "錦印刷株式会社（以下「甲」）と日の出産業株式会社（以下「乙」）は、",
                  "ひのでワークス利用契約（契約番号 HW-2022-00413）を2025年10月31日をもって解約することに合意する。"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to an external recipient: it cannot be inspected",
)

# 066 — a security questionnaire answered in XLSX: mentions only.
add(
    id="cs-066", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    cc=["みどり銀行 システムリスク管理室 <sysrisk@midori-ginko.co.jp>"],
    subject="外部委託先セキュリティチェックシートのご回答",
    body=(
        "みどり銀行 甘粕様、システムリスク管理室 ご担当者様\n\n"
        "お世話になっております。日の出産業の森本です。\n"
        "ご依頼いただいた外部委託先セキュリティチェックシートに回答いたしました。\n"
        "ISMS（ISO/IEC 27001）認証書とSOC2 Type2報告書は、NDA締結後に共有ポータルへ掲載いたします。\n" + SIG_MORIMOTO
    ),
    attachments=[{
        "kind": "xlsx", "name": "セキュリティチェックシート_日の出産業_回答.xlsx",
        "sheets": {
            "組織的対策": [["外部委託先セキュリティチェックシート（回答）"], [],
                      ["No", "確認項目", "回答", "補足"],
                      [1, "機密情報の取扱いに関する規程を定めているか", "はい", "情報セキュリティ基本方針・機密情報管理規程"],
                      [2, "個人情報保護管理者を任命しているか", "はい", "CS部長が兼務"],
                      [3, "従業員と秘密保持誓約を締結しているか", "はい", "入社時および毎年"]],
            "技術的対策": [["No", "確認項目", "回答", "補足"],
                      [11, "保存データは暗号化されているか", "はい", "AES-256"],
                      [12, "要配慮個人情報を扱う機能のアクセス制御", "はい", "ロールベース、閲覧ログ保存"],
                      [13, "通信の暗号化", "はい", "TLS1.2以上"]],
        },
    }],
    entities=[], detectors=[],
    note="security questionnaire whose questions mention 機密情報 and 個人情報: mentions, no marking, no data",
)

# 067 — a customer asks whether 社外秘 documents may be uploaded.
add(
    id="cs-067", expect="pass", charset="shift_jis",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="Re: 稟議の添付ファイルに社外秘の資料を付けてもよいか",
    body=(
        "一ノ瀬様\n\nお世話になっております。ひのでワークス サポートデスクです。\n\n"
        "ワークフロー（稟議）の添付ファイルに、社外秘・部外秘といった区分の資料を添付いただくことは可能です。\n"
        "添付ファイルは申請者・承認者・閲覧権限を付与された方のみが参照でき、保存時は暗号化されます。\n\n"
        "より厳しく管理されたい場合は、申請種別ごとに「添付ファイルのダウンロード禁止」を設定することもできます。\n"
        "（管理画面＞ワークフロー設定＞申請種別＞セキュリティ）\n" + SIG_DESK
    ),
    entities=[], detectors=[],
    note="the words 社外秘・部外秘 are the topic of a question, not a marking on this mail",
)

# 068 — application confirmation quoting the customer's 法人番号.
_cn068 = corp_number("180301042217")
add(
    id="cs-068", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["東海精密 総務部 <system@tokai-seimitsu.co.jp>"],
    subject="お申込内容のご確認（ひのでワークス スタンダード）",
    body=(
        "東海精密株式会社 総務部 御中\n\n"
        "この度はひのでワークスをお申込みいただき、誠にありがとうございます。\n"
        "お申込内容を下記のとおり承りました。\n\n"
        "  ご契約者名：東海精密株式会社\n"
        f"  法人番号　：{_cn068}\n"
        "  所在地　　：静岡県浜松市中央区高丘西3-18-7\n"
        "  代表電話　：053-437-2200\n"
        "  プラン　　：スタンダード 410ライセンス（年額）\n"
        "  利用開始日：2025年8月1日\n\n"
        "内容に誤りがございましたら、7月18日までにご連絡ください。\n" + SIG_KANZAKI
    ),
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a company's 法人番号, office address and switchboard: business data of the customer",
)

# 069 — tab-separated from Excel: licences per site (businesses).
add(
    id="cs-069", expect="pass", charset="utf-8",
    sender=YUZUKI,
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="川崎電機様 拠点別ライセンス内訳",
    body=(
        "ツバサシステム 営業部 ご担当者様\n\n"
        "お世話になっております。日の出産業の柚木です。\n"
        "川崎電機様の拠点別ライセンス内訳です（Excelから貼り付けています）。\n\n"
        "拠点\t所在地\tライセンス\tICリーダー\n"
        "川崎本社\t神奈川県川崎市川崎区日進町1-14\t310\t4\n"
        "川崎工場\t神奈川県川崎市川崎区浮島町9-2\t240\t6\n"
        "横浜テクニカルセンター\t神奈川県横浜市鶴見区末広町2-1-5\t120\t2\n"
        "北関東工場\t栃木県小山市横倉新田520\t150\t4\n"
        "大阪営業所\t大阪府大阪市淀川区西中島5-11-8\t30\t1\n\n"
        "キッティングの台数はICリーダー列をご参照ください。\n" + SIG_YUZUKI
    ),
    entities=[], detectors=[],
    note="tab-separated list of sites with office addresses and counts: businesses, not people",
)

# 070 — tab-separated: three users only.
_p070 = people(3, "yamabuki-gakuen.ac.jp", style=1)
add(
    id="cs-070", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["学校法人山吹学園 法人事務局 相良 様 <sagara@yamabuki-gakuen.ac.jp>"],
    subject="Re: 非常勤講師のアカウント作成",
    body=(
        "相良様\n\nお世話になっております。ひのでワークス サポートデスクです。\n"
        "非常勤講師3名様のアカウントを作成いたしました。\n\n"
        "氏名\tメールアドレス\t雇用区分\n"
        + "".join(f"{p['name']}\t{p['email']}\t非常勤\n" for p in _p070)
        + "\n非常勤講師の方は「授業コマ打刻」モードでご利用いただけます。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="three people's names and e-mails: below five, a warning at most",
)

# 071 — look-alike: nishiki-insatu.co.jp (an 's' dropped).
add(
    id="cs-071", expect="stop", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["百目鬼 誠司 様 <domeki@nishiki-insatu.co.jp>"],
    subject="最終ご請求とデータエクスポートのご案内",
    body=(
        "錦印刷株式会社 百目鬼様\n\n"
        "お世話になっております。日の出産業の神崎です。\n"
        "ご解約に伴う最終ご請求（10月分）は11月5日に発行いたします。\n"
        "また、勤怠データのエクスポートは11月30日まで管理画面から行っていただけます。\n"
        "勤怠締め済みの月のみ出力対象となりますので、10月分の締め処理をお忘れなくお願いいたします。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an 's' from the partner nishiki-insatsu.co.jp: look-alike",
)

# 072 — a real group company with a distinct domain: not a look-alike.
add(
    id="cs-072", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["青葉ロジスティクス 管理部 <kanri@aoba-logistics.co.jp>"],
    cc=["shoji-y@aoba-unyu.co.jp"],
    subject="ひのでワークス 導入のご相談について（青葉運輸様からのご紹介）",
    body=(
        "青葉ロジスティクス株式会社 管理部 ご担当者様\n\n"
        "はじめてご連絡いたします。日の出産業株式会社の森本と申します。\n"
        "グループ会社の青葉運輸様（総務部 東海林様）からご紹介をいただき、ご連絡いたしました。\n\n"
        "青葉運輸様では昨年よりひのでワークスをご利用いただいており、ドライバーの拘束時間管理にご活用いただいております。\n"
        "貴社の倉庫部門でのシフト管理についてご相談があると伺いましたので、一度オンラインでお話を伺えますでしょうか。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=["multiple_external_domains"],
    note="aoba-logistics.co.jp is a distinct group company, not a typo of aoba-unyu.co.jp; two organisations",
)

# 073 — contract list: one row per contract.
add(
    id="cs-073", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    subject="ご契約一覧と更新時期のご案内",
    body=(
        "鬼頭様\n\nお世話になっております。日の出産業の神崎です。\n"
        "貴社のご契約一覧です。グループ各社分を含めてまとめました。\n\n"
        "契約番号          契約者                  プラン        数量   開始日       更新日\n"
        "----------------  ----------------------  ------------  -----  -----------  -----------\n"
        "HW-2025-01102     川崎電機株式会社        スタンダード    850  2025/09/01   2026/08/31\n"
        "HW-2025-01103     川崎電機株式会社        健康管理OP      850  2025/09/01   2026/08/31\n"
        "HW-2023-00655     川崎電機サービス株式会社 ライト          120  2023/04/01   2026/03/31\n"
        "HW-2024-00981     かわさきテクノ株式会社  スタンダード     75  2024/10/01   2025/09/30\n"
        "HW-2024-00982     かわさきテクノ株式会社  ICカード保守      1  2024/10/01   2025/09/30\n\n"
        "かわさきテクノ様のご契約は9月末で更新となります。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="five contract rows of companies: a business list with contract numbers and dates",
)

# 074 — 和暦 dates that are contract periods, not birthdays.
add(
    id="cs-074", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["学校法人山吹学園 法人事務局 相良 様 <sagara@yamabuki-gakuen.ac.jp>"],
    subject="契約書の日付表記について",
    body=(
        "相良様\n\nお世話になっております。神崎です。\n"
        "契約書の日付を和暦で記載してほしいとのご要望、承知いたしました。以下のとおり修正いたします。\n\n"
        "  契約期間：令和７年４月１日から令和８年３月３１日まで\n"
        "  自動更新：期間満了の３か月前（令和７年１２月３１日）までに申出がない場合、１年間更新\n"
        "  旧契約　：平成３１年４月１日締結の「勤怠管理サービス利用契約」は本契約の開始日をもって終了\n\n"
        "修正版は明日中にお送りいたします。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="和暦 contract dates (full-width digits), none of them anyone's date of birth",
)

# 075 — internal mail (two internal domains) with the customers' contact people.
_p075 = people(10, "example.co.jp")
_co075 = ["kawasaki-denki.co.jp", "aoba-unyu.co.jp", "kitaguni-foods.co.jp", "sakura-hotel.jp",
          "nishiki-insatsu.co.jp", "tokai-seimitsu.co.jp", "minato-kensetsu.co.jp", "midori-ginko.co.jp",
          "yamabuki-gakuen.ac.jp", "hoshizora-kaigo.or.jp"]
add(
    id="cs-075", expect="pass", charset="utf-8",
    sender=MORIMOTO,
    to=[f"CSチーム <cs-team@cs.{DOM}>"],
    cc=[f"営業部 <sales@{DOM}>"],
    subject="担当替えに伴うお客様窓口一覧（7月1日付）",
    body=(
        "CSチーム各位、営業部各位\n\nお疲れさまです。森本です。\n"
        "7月1日付の担当替えに伴い、お客様側の窓口の方の一覧を更新しました。\n"
        "社内共有用です。社外への転送はしないでください。\n\n"
        + "".join(f"{c:<26}{p['name']:<10}{p['email'].split('@')[0]}@{c}  {p['mobile']}\n"
                  for p, c in zip(_p075, _co075))
        + "\n森本\n"
    ),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="ten contact people with mobiles, but only internal recipients (cs. subdomain and main domain)",
)

# 076 — phishing warning: the company, not a person, is the target.
add(
    id="cs-076", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    subject="【注意喚起】弊社を装ったフィッシングメールについて",
    body=(
        "川崎電機株式会社 情報システム部 鬼頭様\n\n"
        "いつもお世話になっております。日の出産業の森本です。\n"
        "弊社サービス「ひのでワークス」を装い、パスワードの再設定を促すフィッシングメールが確認されております。\n\n"
        "  差出人の例：works-support@hinode-sangyou.net\n"
        "  件名の例　：【重要】アカウント停止のお知らせ\n\n"
        "弊社からメールでパスワードの入力をお願いすることはございません。\n"
        "本件は警察（サイバー犯罪相談窓口）にも相談済みです。\n"
        "万一リンクを開いてしまった方がいらっしゃる場合は、サポートデスクまでご連絡ください。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="warning about a phishing campaign; the sample sender domain is text in the body, not a recipient",
)

# 077 — data processing terms mentioning 要配慮個人情報 as a category.
add(
    id="cs-077", expect="pass", charset="iso-2022-jp",
    sender=MORIMOTO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="個人データの取扱いに関する覚書（案）について",
    body=(
        "甘粕様\n\nお世話になっております。森本です。\n"
        "ご依頼のありました「個人データの取扱いに関する覚書」の案について、弊社の考え方をお送りします。\n\n"
        "1. 委託する個人データの項目：氏名、社員番号、所属、勤怠記録、メールアドレス\n"
        "2. 要配慮個人情報（健康診断結果等）は、健康管理オプションをご契約の場合のみ取り扱います\n"
        "3. 再委託先：クラウド基盤事業者1社（国内リージョン）。変更時は30日前に通知\n"
        "4. 漏えい等の事案発生時：把握から24時間以内に第一報\n\n"
        "貴行の標準書式に合わせて修正することも可能です。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="lists categories of personal data as contract terms; no person's data",
)

# 078 — notice of revised terms of use, recipients in Bcc.
add(
    id="cs-078", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=[f"works-support@{DOM}"],
    bcc=["kito.masaru@kawasaki-denki.co.jp", "shoji-y@aoba-unyu.co.jp", "yakushiji.haruka@kitaguni-foods.co.jp",
         "ichinose@sakura-hotel.jp", "soumu-system@nishiki-insatsu.co.jp", "system@tokai-seimitsu.co.jp",
         "teshigawara@minato-kensetsu.co.jp", "amakasu.koji@midori-ginko.co.jp", "sagara@yamabuki-gakuen.ac.jp"],
    subject="【重要】ひのでワークス利用規約 改定のお知らせ（10月1日施行）",
    body=(
        "ひのでワークスをご利用のお客様各位\n\n"
        "平素より格別のご高配を賜り、厚く御礼申し上げます。\n"
        "2025年10月1日付で、ひのでワークス利用規約およびプライバシーポリシーを改定いたします。\n\n"
        "【主な改定内容】\n"
        "・第12条（データの保管場所）国内リージョンへの限定を明記\n"
        "・第18条（秘密保持）お客様の機密情報の範囲を明確化\n"
        "・第25条（サービスレベル）月間稼働率 99.9% の保証と返金基準を追加\n\n"
        "改定後の全文は下記URLからご確認いただけます。\n  https://works.hinode-sangyo.co.jp/terms/2025-10/\n\n"
        "※本メールは送信専用アドレスからBccにてお送りしております。\n" + SIG_DESK + DISCLAIMER_JP
    ),
    entities=[], detectors=[],
    note="notice to nine customers correctly in Bcc; 秘密保持 and 機密情報 only as clause titles",
)

# 079 — three external organisations in To/Cc: customer, reseller, subcontractor.
add(
    id="cs-079", expect="stop", charset="iso-2022-jp",
    sender=EBATO,
    to=["若葉町役場 総務課 情報係 <johou@town.wakaba.lg.jp>"],
    cc=["九十九 遼 <tsukumo@tsubasa-system.jp>", "雲テック 現地作業チーム <onsite@kumo-tech.co.jp>", NIKAIDO],
    subject="庁舎内 打刻端末設置作業のご案内（8/18）",
    body=(
        "若葉町役場 総務課 情報係 御中\n"
        "（Cc：ツバサシステム様、雲テック様）\n\n"
        "お世話になっております。日の出産業の江波戸です。\n"
        "庁舎内への打刻端末の設置作業について、下記のとおりご案内いたします。\n\n"
        "  日時：8月18日（月）9:00～12:00\n"
        "  場所：本庁舎 1F 職員通用口、2F 総務課前、3F 税務課前\n"
        "  作業：雲テック様（配線・設置）、ツバサシステム様（キッティング）\n"
        "  立会：情報係のご担当者様 1名\n\n"
        "作業当日は庁舎駐車場の利用をお願いできれば幸いです。\n" + SIG_EBATO
    ),
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (town office, reseller, subcontractor) see each other in To/Cc",
)

# 080 — a text log attachment: request IDs, IPs, user IDs, no names.
add(
    id="cs-080", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    subject="Re: SSOログインで403になる件の調査結果",
    body=(
        "御手洗様\n\nお世話になっております。サポートデスクです。\n"
        "403エラーの件、アクセスログを抜粋して添付いたします。\n"
        "IdPから送られてくるNameIDが社員番号形式（例：T-20xxx）になっており、メールアドレスと一致しないため拒否されていました。\n"
        "IdP側のNameID設定を emailAddress に変更いただけますでしょうか。\n" + SIG_DESK
    ),
    attachments=[{
        "kind": "txt", "name": "access_log_excerpt.txt",
        "text": "".join(
            f"2025-07-22T09:{m:02d}:{s:02d}+09:00 req={rng.randrange(16**12):012x} src=203.0.113.{rng.randint(2, 250)} "
            f"tenant=tokai-seimitsu path=/saml/acs status=403 reason=nameid_mismatch uid=u-{rng.randint(100000, 999999)}\n"
            for m, s in [(1, 12), (1, 48), (3, 5), (4, 31), (7, 2), (9, 44), (12, 9)]),
    }],
    entities=[], detectors=[],
    note="log lines with request IDs, documentation IPs and opaque user IDs: no personal data types",
)

# 081 — card brand and expiry only, with a warning not to mail card numbers.
add(
    id="cs-081", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["アイモノ デザイン事務所 <info@aimono-design.jp>"],
    subject="Re: 支払カード変更のお願い",
    body=(
        "アイモノ デザイン事務所 四十物様\n\n"
        "お世話になっております。ひのでワークス 契約管理チームの神崎です。\n"
        "カード変更のお手続きが完了いたしました。9月分のご請求から新しいカードでの決済となります。\n\n"
        "  変更後：MasterCard（末尾 **** 2291）／有効期限 2029年8月\n\n"
        "なお、カード番号は今後メールではお送りいただかないようお願いいたします。\n"
        "次回からは管理画面「契約情報＞お支払い方法」から直接ご変更いただけます。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="only a masked card (last four digits) and an expiry; the full number is not in the mail",
)

# 082 — reply to a mail that said an employee is in hospital; only the quote carries it.
add(
    id="cs-082", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="Re: 承認者不在時の代理承認について",
    body=(
        "一ノ瀬様\n\nお世話になっております。サポートデスクです。\n"
        "代理承認の設定方法をご案内いたします。\n\n"
        "1. 管理画面「ワークフロー設定＞代理承認者」を開く\n"
        "2. 不在となる承認者を選び、代理承認者と期間（開始日・終了日）を入力\n"
        "3. 期間中は代理承認者に承認依頼が届き、期間終了後は自動で元に戻ります\n\n"
        "期間を未定とする場合は終了日を空欄にしてください。\n" + SIG_DESK + "\n"
        "> サポートデスク御中\n"
        "> 経理課長の大河内が入院のため、8月末まで承認ができません。\n"
        "> その間、経理課の申請を管理部長が承認できるようにしたいのですが、どう設定すればよいでしょうか。\n"
        "> 一ノ瀬\n"
    ),
    entities=[], detectors=[],
    note="the hospital stay is only in the '>' quote from the recipient; the new text is a how-to",
)

# 083 — NPS survey invitation.
add(
    id="cs-083", expect="pass", charset="utf-8",
    sender=MORIMOTO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="【ご協力のお願い】ひのでワークス 満足度アンケート（所要3分）",
    body=(
        "みどり銀行 甘粕様\n\n"
        "いつもひのでワークスをご利用いただき、ありがとうございます。\n"
        "サービス改善のため、満足度アンケートへのご協力をお願いいたします。\n\n"
        "  回答URL：https://survey.hinode-sangyo.co.jp/nps/2025h1?t=8f3a2c\n"
        "  回答期限：7月31日（木）\n\n"
        "いただいた回答は統計的に処理し、個人が特定される形で公表することはございません。\n"
        "個人情報の取扱いについては https://www.hinode-sangyo.co.jp/privacy/ をご覧ください。\n" + SIG_MORIMOTO
    ),
    entities=[], detectors=[],
    note="survey invitation mentioning 個人情報 policy; no data",
)

# 084 — data return on cancellation by download link, password by phone.
add(
    id="cs-084", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["錦印刷 総務部 <soumu-system@nishiki-insatsu.co.jp>"],
    subject="勤怠データ（全期間）のご返却について",
    body=(
        "錦印刷株式会社 総務部 御中\n\n"
        "お世話になっております。日の出産業の神崎です。\n"
        "ご解約に伴い、ご依頼のありました全期間の勤怠データをご用意いたしました。\n"
        "データには従業員の皆様の個人情報が含まれるため、メール添付ではなく、下記のダウンロードURLでお渡しいたします。\n\n"
        "  URL　　：https://box.hinode-sangyo.co.jp/s/Nk4QpZ7w\n"
        "  有効期限：2025年11月14日 23:59\n"
        "  内容　　：勤怠実績（2022/11～2025/10）、休暇取得履歴、申請履歴（CSV 14ファイル）\n\n"
        "ダウンロード用のパスワードは、ご担当の百目鬼様へお電話でお伝えいたします。\n" + SIG_KANZAKI
    ),
    entities=[], detectors=[],
    note="says the data contains personal information but sends only a link; no data in the mail",
)

# 085 — one user's date of birth in an identity check during a password reset.
_p085 = person("aoba-unyu.co.jp")
add(
    id="cs-085", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["東海林 芳子 様 <shoji-y@aoba-unyu.co.jp>"],
    subject="Re: パスワード初期化のご依頼（本人確認の結果）",
    body=(
        "東海林様\n\nお世話になっております。サポートデスクです。\n"
        f"{_p085['name']} 様のパスワード初期化のご依頼について、ご申告いただいた生年月日（{zen(wareki(_p085['dob']))}）が\n"
        "人事マスタの登録値と一致しなかったため、初期化を保留しております。\n\n"
        "人事マスタ側の登録誤りの可能性もございますので、管理者様にて登録内容をご確認のうえ、\n"
        "管理画面から直接初期化いただくか、再度ご依頼をお願いいたします。\n" + SIG_DESK
    ),
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one person's name and 和暦 date of birth (full-width digits): a single record, may warn",
)

# 086 — HTML + text release notes to one customer.
add(
    id="cs-086", expect="pass", charset="utf-8",
    sender=DESK,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="【リリースノート】ひのでワークス v5.8（7月8日リリース）",
    body=(
        "北国フーズ株式会社 薬師寺様\n\n"
        "ひのでワークス v5.8 を7月8日にリリースいたします。主な変更点は以下のとおりです。\n\n"
        "・シフト自動作成：パート従業員が候補から除外される不具合を修正（ESC-2291）\n"
        "・在留期限アラート：外国籍フラグ未設定でも在留カード登録があれば対象に\n"
        "・CSV出力：文字コード（UTF-8 / Shift_JIS）を選択可能に\n\n"
        "メンテナンス時間：7月8日（火）2:00～4:00（サービス停止あり）\n" + SIG_DESK
    ),
    html=(
        "<html><body><p>北国フーズ株式会社 薬師寺様</p>"
        "<p>ひのでワークス <b>v5.8</b> を7月8日にリリースいたします。</p>"
        "<ul><li>シフト自動作成：パート従業員が候補から除外される不具合を修正（ESC-2291）</li>"
        "<li>在留期限アラート：外国籍フラグ未設定でも在留カード登録があれば対象に</li>"
        "<li>CSV出力：文字コード（UTF-8 / Shift_JIS）を選択可能に</li></ul>"
        "<p>メンテナンス時間：7月8日（火）2:00～4:00（サービス停止あり）</p>"
        "<p>ひのでワークス サポートデスク（日の出産業株式会社）<br>TEL：0120-610-245</p></body></html>"
    ),
    entities=[], detectors=[],
    note="multipart release notes; mentions 在留カード as a feature, no one's data",
)

# 087 — XLSX with title row, four locked accounts, no name column.
add(
    id="cs-087", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["四十物 由紀 様 <aimono@nishiki-insatsu.co.jp>"],
    subject="ロックされたアカウントの一覧（4件）",
    body=(
        "四十物様\n\nお世話になっております。サポートデスクです。\n"
        "ログイン失敗によりロックされているアカウントが4件ございましたので、一覧をお送りします。\n"
        "管理画面の「利用者＞ロック解除」から解除いただけます。\n" + SIG_DESK
    ),
    attachments=[{
        "kind": "xlsx", "name": "locked_accounts_20250714.xlsx",
        "sheets": {"ロック中": [["ロック中アカウント一覧（2025/07/14 9:00時点）"], [],
                             ["ログインID", "メールアドレス", "SMS番号", "ロック日時", "失敗回数"]]
                   + [[f"nsk{p['empno']}", p["email"], p["mobile"], f"2025/07/1{i} 0{7 + i}:1{i}", 5]
                      for i, p in enumerate(people(4, "nishiki-insatsu.co.jp", style=2))]},
    }],
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four rows of e-mail and mobile without names: four people, below five",
)

# 088 — role definitions in XLSX: no people.
add(
    id="cs-088", expect="pass", charset="iso-2022-jp",
    sender=NIKAIDO,
    to=["学校法人山吹学園 法人事務局 相良 様 <sagara@yamabuki-gakuen.ac.jp>"],
    subject="権限ロール設計書（案）のご送付",
    body=(
        "相良様\n\nお世話になっております。二階堂です。\n"
        "先日のヒアリング内容をもとに、権限ロールの設計書（案）を作成いたしました。\n"
        "「健康管理者」ロールは保健室の方のみに付与する想定です。ご確認ください。\n" + SIG_NIKAIDO
    ),
    attachments=[{
        "kind": "xlsx", "name": "権限ロール設計書_山吹学園様_v0.3.xlsx",
        "sheets": {
            "ロール一覧": [["ロール", "対象", "勤怠閲覧", "勤怠締め", "給与連携", "健康情報", "マイナンバー"],
                       ["システム管理者", "法人事務局 2名", "全体", "○", "○", "×", "×"],
                       ["勤怠管理者", "各校 事務長", "所属校", "○", "×", "×", "×"],
                       ["承認者", "教頭・部長", "部下", "×", "×", "×", "×"],
                       ["健康管理者", "保健室", "×", "×", "×", "○", "×"],
                       ["マイナンバー管理者", "法人事務局 1名", "×", "×", "×", "×", "○"],
                       ["一般", "教職員", "本人", "×", "×", "×", "×"]],
            "改訂履歴": [["版", "日付", "内容"], ["0.1", "2025/06/20", "初版"], ["0.3", "2025/07/02", "健康管理者を追加"]],
        },
    }],
    entities=[], detectors=[],
    note="role design sheet: roles and head-counts, no individuals",
)

# 089 — health-check results of two named employees in an import-error reply.
_p089 = people(2, "sakura-hotel.jp")
add(
    id="cs-089", expect="stop", charset="shift_jis",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="Re: 健康診断結果の取込で2件エラーになる",
    body=(
        "一ノ瀬様\n\nお世話になっております。サポートデスクです。\n"
        "健康診断結果の取込エラーの件、エラーとなった2行を確認いたしました。\n\n"
        f"行5　{_p089[0]['name']}（{_p089[0]['dob'].strftime('%Y/%m/%d')}生）　収縮期血圧 168／拡張期 104　HbA1c 7.9　総合判定 D2（要精密検査）\n"
        f"行17　{_p089[1]['name']}（{_p089[1]['dob'].strftime('%Y/%m/%d')}生）　γ-GTP 212　既往歴 糖尿病　総合判定 C（要経過観察）\n\n"
        "いずれも「判定区分」列に、弊社の区分表にない値（D2）や全角文字が含まれていることがエラーの原因です。\n"
        "健診機関の区分をひのでワークスの区分に対応付ける設定を追加いたしますので、少々お待ちください。\n" + SIG_DESK
    ),
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="health-check results and medical history of two named employees: 要配慮個人情報",
)

# 090 — import format for health-check data: column definitions only.
add(
    id="cs-090", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["一ノ瀬 彩 様 <ichinose@sakura-hotel.jp>"],
    subject="健康診断結果 取込フォーマット（定義書）",
    body=(
        "一ノ瀬様\n\nお世話になっております。サポートデスクです。\n"
        "健康診断結果の取込フォーマットの定義書をお送りいたします。\n"
        "健診機関へデータ作成を依頼される際にお渡しください。\n" + SIG_DESK
    ),
    attachments=[{
        "kind": "xlsx", "name": "健診結果取込フォーマット定義書_v2.xlsx",
        "sheets": {"項目定義": [["健康診断結果 取込フォーマット 定義書 v2"], [],
                             ["No", "項目名", "型", "必須", "例", "備考"],
                             [1, "社員番号", "文字列", "○", "S00001", "ひのでワークスのログインIDと一致"],
                             [2, "受診日", "日付", "○", "2025/05/20", "YYYY/MM/DD"],
                             [3, "収縮期血圧", "数値", "", "120", ""],
                             [4, "HbA1c", "数値", "", "5.6", "小数1桁"],
                             [5, "総合判定", "区分", "○", "A", "A/B/C/D/E のいずれか"],
                             [6, "既往歴", "文字列", "", "", "自由記述、200文字以内"]]},
    }],
    entities=[], detectors=[],
    note="a format definition for health data with example values, no person",
)

# 091 — customer plus the customer's freelance consultant on gmail: two parties.
add(
    id="cs-091", expect="pass", charset="iso-2022-jp",
    sender=TAKAOKA,
    to=["勅使河原 直樹 様 <teshigawara@minato-kensetsu.co.jp>"],
    cc=["社会保険労務士 桐生 <kiryu.sharoushi@gmail.com>"],
    subject="変形労働時間制の設定内容のご確認",
    body=(
        "湊建設株式会社 勅使河原様\n桐生先生\n\n"
        "お世話になっております。日の出産業の高岡です。\n"
        "現場勤務者向けの1年単位の変形労働時間制について、下記のとおり設定いたしました。\n"
        "社労士の桐生先生にもご確認いただけますと幸いです。\n\n"
        "  対象期間：2025年4月1日～2026年3月31日\n"
        "  1日の上限：10時間　1週の上限：52時間\n"
        "  連続労働日数：6日（特定期間は12日）\n"
        "  年間休日：105日（カレンダー「現場2025」）\n" + SIG_TAKAOKA
    ),
    entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="the customer plus one private consultant on free mail: two parties, one free-mail recipient",
)

# 092 — three hotels of one customer, same domain.
add(
    id="cs-092", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["さくらホテル東京ベイ 総務 <tokyobay-soumu@sakura-hotel.jp>",
        "さくらホテル横浜関内 総務 <yokohama-soumu@sakura-hotel.jp>",
        "さくらホテル大宮 総務 <omiya-soumu@sakura-hotel.jp>"],
    cc=["ichinose@sakura-hotel.jp"],
    subject="打刻端末設置後の動作確認のお願い",
    body=(
        "さくらホテル 東京ベイ・横浜関内・大宮 総務ご担当者様\n（Cc：管理部 一ノ瀬様）\n\n"
        "お世話になっております。日の出産業の江波戸です。\n"
        "先週設置いたしました打刻端末について、下記の動作確認をお願いいたします。\n\n"
        "1. 任意の職員のICカードで出勤・退勤の打刻ができること\n"
        "2. 管理画面の「打刻ログ」に1分以内に反映されること\n"
        "3. 停電復旧後に端末が自動で再起動すること（任意）\n\n"
        "不具合がございましたら、サポートデスク（0120-610-245）までご連絡ください。\n" + SIG_EBATO
    ),
    entities=[], detectors=[],
    note="four addresses that all belong to one customer organisation: not three parties",
)

# 093 — the recipient's own address appears in the error message being explained.
add(
    id="cs-093", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="Re: 通知メールが届かない",
    body=(
        "甘粕様\n\nお世話になっております。サポートデスクです。\n"
        "通知メールの送信ログを確認したところ、甘粕様宛のメールは下記のとおり貴行のメールサーバーで拒否されていました。\n\n"
        "  宛先：amakasu.koji@midori-ginko.co.jp\n"
        "  応答：550 5.7.1 Message rejected by policy (SPF check failed)\n\n"
        "貴行のメールゲートウェイで、送信元 no-reply@works.hinode-sangyo.co.jp の許可設定をお願いできますでしょうか。\n"
        "SPFレコードは include:_spf.works.hinode-sangyo.co.jp です。\n" + SIG_DESK
    ),
    entities=[], detectors=[],
    note="the only address quoted is the recipient's own; technical content",
)

# 094 — EITHER: a list of nine employee numbers (no other data) whose accounts were deleted.
add(
    id="cs-094", expect="either", charset="iso-2022-jp",
    sender=DESK,
    to=["御手洗 隆之 <mitarai@tokai-seimitsu.co.jp>"],
    subject="退職者アカウントの削除完了（9件）",
    body=(
        "御手洗様\n\nお世話になっております。サポートデスクです。\n"
        "ご依頼いただいた退職者アカウントの削除が完了しました。\n\n"
        "  削除した社員番号：\n"
        + "".join(f"    T-{rng.randint(10000, 29999)}\n" for _ in range(9))
        + "\nライセンス数は次回更新時に調整いたします。勤怠データは5年間保持されます。\n" + SIG_DESK
    ),
    entities=[], detectors=[],
    note="nine bare employee numbers of leavers, nothing else: identifiers of people or just account keys",
)

# 095 — our two staff's mobiles for a bank's visitor registration.
add(
    id="cs-095", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["甘粕 浩二 様 <amakasu.koji@midori-ginko.co.jp>"],
    subject="7/29 ご訪問時の入館申請について",
    body=(
        "甘粕様\n\nお世話になっております。江波戸です。\n"
        "7月29日（火）の本店ご訪問につき、入館申請に必要な情報をお送りします。\n\n"
        "  訪問者1：江波戸 真一（導入支援グループ）　当日連絡先 080-2214-6637\n"
        "  訪問者2：二階堂 玲奈（導入支援グループ）　当日連絡先 090-7530-1842\n"
        "  持込機器：ノートPC 2台（資産番号 HN-PC-0471、HN-PC-0503）\n\n"
        "当日は 13:45 に通用口の受付へ伺います。\n" + SIG_EBATO
    ),
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two of our staff with mobile numbers for visitor registration: two people, may warn",
)

# 096 — a bank's security pledge to sign: mentions 機密 and 個人情報.
add(
    id="cs-096", expect="pass", charset="iso-2022-jp",
    sender=EBATO,
    to=["みどり銀行 システムリスク管理室 <sysrisk@midori-ginko.co.jp>"],
    subject="Re: 作業者の情報セキュリティ誓約書について",
    body=(
        "システムリスク管理室 ご担当者様\n\n"
        "お世話になっております。日の出産業の江波戸です。\n"
        "ご送付いただいた情報セキュリティ誓約書のひな形について、1点確認させてください。\n"
        "第3条「業務上知り得た機密情報及び個人情報を第三者に開示しない」の対象に、弊社の再委託先（ツバサシステム）の作業者も含めるべきでしょうか。\n"
        "含める場合は、ツバサシステムの作業者にも個別に誓約書をご提出いただく形でよろしいでしょうか。\n" + SIG_EBATO
    ),
    entities=[], detectors=[],
    note="question about a pledge whose clause mentions 機密情報 and 個人情報: a mention, no marking",
)

# 097 — a quotation in XLSX with product codes and amounts.
add(
    id="cs-097", expect="pass", charset="shift_jis",
    sender=KANZAKI,
    to=["鬼頭 勝 様 <kito.masaru@kawasaki-denki.co.jp>"],
    subject="御見積書（健康管理オプション追加）",
    body=(
        "鬼頭様\n\nお世話になっております。神崎です。\n"
        "健康管理オプション追加の御見積書をお送りいたします。有効期限は発行日から30日間です。\n" + SIG_KANZAKI
    ),
    attachments=[{
        "kind": "xlsx", "name": "御見積書_Q-2025-0722-03.xlsx",
        "sheets": {
            "御見積書": [["御見積書", "", "", "見積番号：Q-2025-0722-03"],
                      ["川崎電機株式会社 御中", "", "", "発行日：2025/07/22"], [],
                      ["品番", "品名", "数量", "単価", "金額"],
                      ["HW-OPT-HLT", "健康管理オプション（月額）", 850, 100, 85000],
                      ["HW-SET-HLT", "初期設定費用", 1, 150000, 150000],
                      ["HW-TRN-ADM", "産業医・保健師向け操作研修", 1, 80000, 80000],
                      ["", "小計", "", "", 315000], ["", "消費税", "", "", 31500], ["", "合計", "", "", 346500]],
            "条件": [["支払条件", "月末締め翌月末払い"], ["納期", "ご発注から2週間"]],
        },
    }],
    entities=[], detectors=[],
    note="quotation with product codes, quantities and prices: business data",
)

# 098 — maintenance notice to one customer with product and ticket numbers.
add(
    id="cs-098", expect="pass", charset="iso-2022-jp",
    sender=DESK,
    to=["青葉運輸 運行管理課 <unkou@aoba-unyu.co.jp>"],
    subject="ICカードリーダー（型番 HW-RD-200）ファームウェア更新のお知らせ",
    body=(
        "青葉運輸株式会社 運行管理課 ご担当者様\n\n"
        "ひのでワークス サポートデスクです。\n"
        "貴社でご利用中のICカードリーダー（型番 HW-RD-200、ロット 2403-A～2405-C）について、\n"
        "ファームウェア更新（v1.8.2 → v1.9.0）を自動配信いたします。\n\n"
        "  配信日時：7月30日（水）3:00～3:30\n"
        "  対象台数：16台\n"
        "  受付番号：INC-20250718-0087\n\n"
        "更新中の約3分間は打刻ができません。夜間帯の打刻がある拠点では、アプリ打刻をご案内ください。\n" + SIG_DESK
    ),
    entities=[], detectors=[],
    note="model, lot and ticket numbers in a maintenance notice: no personal data",
)

# 099 — cancellation reply; three users named only in the quoted request.
_p099 = people(3, "kitaguni-foods.co.jp", style=0)
add(
    id="cs-099", expect="pass", charset="iso-2022-jp",
    sender=KANZAKI,
    to=["薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>"],
    subject="Re: 一部ライセンスの解約について",
    body=(
        "薬師寺様\n\nお世話になっております。神崎です。\n"
        "ライセンス3件の減数、承りました。9月分のご請求から147ライセンスでの計算となります。\n"
        "該当の方のアカウントは8月31日をもって停止いたします。\n" + SIG_KANZAKI + "\n"
        "差出人: 薬師寺 遥 <yakushiji.haruka@kitaguni-foods.co.jp>\n"
        "送信日時: 2025年8月4日 17:22\n"
        "宛先: 神崎 由香里 <y.kanzaki@hinode-sangyo.co.jp>\n"
        "件名: 一部ライセンスの解約について\n\n"
        "神崎様\n\n8月末で以下の3名が退職するため、ライセンスを3件減らしたいです。\n"
        + "".join(f"  {p['name']}（{p['email']}）\n" for p in _p099)
        + "\n薬師寺\n"
    ),
    entities=[], detectors=[],
    note="the three leavers are named only in the quoted original (差出人/送信日時) from the recipient",
)

# 100 — full-width order number and the support desk's numbers.
add(
    id="cs-100", expect="pass", charset="shift_jis",
    sender=EBATO,
    to=["錦印刷 総務部 <soumu-system@nishiki-insatsu.co.jp>"],
    subject="ICカード追加購入のご注文受付",
    body=(
        "錦印刷株式会社 総務部 御中\n\n"
        "お世話になっております。日の出産業の江波戸です。\n"
        "ICカードの追加購入のご注文を承りました。\n\n"
        f"　ご注文番号：{zen('2025-0718-4471')}\n"
        f"　品番　　　：ＨＷ－ＣＡＲＤ－ＦＥＬ（５０枚入）×２箱\n"
        f"　金額　　　：{zen('33,000')}円（税込）\n"
        f"　お届け予定：{zen('7/25')}（金）\n\n"
        f"お問い合わせはサポートデスク（{zen('0120-610-245')}）または導入支援グループ直通（{zen('03-5401-2262')}）まで。\n"
        + SIG_EBATO
    ),
    entities=[], detectors=[],
    note="full-width order number, price and our support numbers: business contact only",
)
