"""Blind corpus — area: bus (日の出産業 自動車事業部: 路線バス・貸切バス).

Drivers' rosters, alcohol check records, health checks and sleep-apnoea (SAS) screening,
accident reports with injured passengers, lost and found, charter bookings with passenger
lists, commuter pass holders, the transport bureau (運輸局), insurers and travel agencies.

Every person, phone number, address, licence/card/My Number and organisation in this file
is invented; any resemblance to real people or companies is accidental.
Seeds for my_number()/card_number() start at 7701 (7701, 7702, … in order of use).
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

R = random.Random(7701)

SEI = [("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
       ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
       ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
       ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
       ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
       ("清水", "しみず", "Shimizu"), ("森田", "もりた", "Morita"), ("岡本", "おかもと", "Okamoto"),
       ("石川", "いしかわ", "Ishikawa"), ("荒井", "あらい", "Arai"), ("関口", "せきぐち", "Sekiguchi"),
       ("金子", "かねこ", "Kaneko"), ("大野", "おおの", "Ono"), ("福田", "ふくだ", "Fukuda"),
       ("増田", "ますだ", "Masuda"), ("須藤", "すどう", "Sudo"), ("野口", "のぐち", "Noguchi"),
       ("横山", "よこやま", "Yokoyama"), ("栗原", "くりはら", "Kurihara"), ("島田", "しまだ", "Shimada")]
RARE = [("四十物", "あいもの", "Aimono"), ("月見里", "やまなし", "Yamanashi"),
        ("小鳥遊", "たかなし", "Takanashi"), ("百目鬼", "どうめき", "Domeki"),
        ("東海林", "しょうじ", "Shoji"), ("五月女", "そうとめ", "Sotome"), ("薬袋", "みない", "Minai"),
        ("九十九", "つくも", "Tsukumo"), ("勘解由小路", "かでのこうじ", "Kadenokoji"),
        ("一番ヶ瀬", "いちばんがせ", "Ichibangase"), ("御手洗", "みたらい", "Mitarai"),
        ("左右田", "そうだ", "Soda"), ("鬼頭", "きとう", "Kito"), ("王生", "いくるみ", "Ikurumi"),
        ("栗花落", "つゆり", "Tsuyuri"), ("服部", "はっとり", "Hattori"), ("目黒", "めぐろ", "Meguro"),
        ("雲母", "きら", "Kira"), ("京極", "きょうごく", "Kyogoku"), ("日下部", "くさかべ", "Kusakabe")]
MEI_M = [("健一", "けんいち", "Kenichi"), ("誠", "まこと", "Makoto"), ("大輔", "だいすけ", "Daisuke"),
         ("隆", "たかし", "Takashi"), ("浩二", "こうじ", "Koji"), ("翔太", "しょうた", "Shota"),
         ("剛", "つよし", "Tsuyoshi"), ("和也", "かずや", "Kazuya"), ("秀樹", "ひでき", "Hideki"),
         ("勝", "まさる", "Masaru"), ("拓海", "たくみ", "Takumi"), ("正人", "まさと", "Masato"),
         ("悠斗", "ゆうと", "Yuto"), ("陽向", "ひなた", "Hinata"), ("茂", "しげる", "Shigeru"),
         ("武志", "たけし", "Takeshi"), ("昌平", "しょうへい", "Shohei"), ("蓮", "れん", "Ren"),
         ("義男", "よしお", "Yoshio"), ("康弘", "やすひろ", "Yasuhiro")]
MEI_F = [("美咲", "みさき", "Misaki"), ("恵", "めぐみ", "Megumi"), ("陽子", "ようこ", "Yoko"),
         ("真由美", "まゆみ", "Mayumi"), ("彩", "あや", "Aya"), ("由紀", "ゆき", "Yuki"),
         ("千尋", "ちひろ", "Chihiro"), ("結衣", "ゆい", "Yui"), ("さくら", "さくら", "Sakura"),
         ("智子", "ともこ", "Tomoko"), ("葵", "あおい", "Aoi"), ("芽依", "めい", "Mei"),
         ("和子", "かずこ", "Kazuko"), ("澄江", "すみえ", "Sumie")]
TOWNS = [("350-0043", "埼玉県川越市新富町"), ("350-1101", "埼玉県川越市的場"),
         ("350-0214", "埼玉県坂戸市千代田"), ("350-2203", "埼玉県鶴ヶ島市脚折町"),
         ("350-1305", "埼玉県狭山市入間川"), ("350-1231", "埼玉県日高市鹿山"),
         ("359-1141", "埼玉県所沢市小手指町"), ("356-0004", "埼玉県ふじみ野市上福岡"),
         ("350-0151", "埼玉県比企郡川島町平沼"), ("355-0016", "埼玉県東松山市材木町"),
         ("354-0021", "埼玉県富士見市鶴馬"), ("358-0003", "埼玉県入間市豊岡"),
         ("350-1126", "埼玉県川越市旭町"), ("350-0274", "埼玉県坂戸市溝端町")]

FWT = str.maketrans("0123456789-.", "０１２３４５６７８９－．")


def fw(s: str) -> str:
    return s.translate(FWT)


def kata(h: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in h)


def people(n: int, rng: random.Random, female: float = 0.25, rare: float = 0.3) -> list[dict]:
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        s = rng.choice(RARE) if rng.random() < rare else rng.choice(SEI)
        g = rng.choice(MEI_F if rng.random() < female else MEI_M)
        name = f"{s[0]} {g[0]}"
        if name in used:
            continue
        used.add(name)
        out.append({"name": name, "sei": s[0], "mei": g[0], "name2": s[0] + g[0],
                    "kana": kata(s[1]) + " " + kata(g[1]), "hira": s[1] + " " + g[1],
                    "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}"})
    return out


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(rng: random.Random) -> str:
    return f"049-{rng.randint(200, 299)}-{rng.randint(1000, 9999)}"


def addr(rng: random.Random, zip_: bool = True) -> str:
    z, t = rng.choice(TOWNS)
    a = f"{t}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    return f"〒{z} {a}" if zip_ else a


def dob(rng: random.Random, lo: int = 1962, hi: int = 1995) -> _dt.date:
    return _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def wareki(d: _dt.date, style: str = "long") -> str:
    if d.year >= 2019 and d >= _dt.date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "long":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "fwlong":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{e}{y}.{d.month}.{d.day}"


def iso(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def licence(rng: random.Random) -> str:
    return f"{rng.choice(['30', '40', '43'])}{rng.randint(10**9, 10**10 - 1)}"


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"


def zairyu(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + str(rng.randint(10**7, 10**8 - 1))
            + rng.choice(L) + rng.choice(L))


def corp_number(base12: str) -> str:
    """法人番号: check digit (1 digit) + 12 digits"""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def pad(rows: list[list[str]], gap: int = 2) -> str:
    """columns padded with spaces (full-width chars count double) under a rule"""
    def w(s: str) -> int:
        return sum(2 if ord(c) > 0x2000 else 1 for c in s)
    widths = [max(w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append("".join(str(c) + " " * (widths[i] - w(str(c)) + gap)
                             for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append("-" * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


# -- our people ----------------------------------------------------------------------
HQ = "〒350-1124 埼玉県川越市新宿町3-18-7"
STAFF = {
    "hojo": ("北条 誠", "ほうじょう まこと", "m.hojo", "自動車事業部 運行管理課", "049-241-5510"),
    "okochi": ("大河内 修", "おおこうち おさむ", "o.okochi", "安全統括管理者（安全推進室）", "049-241-5501"),
    "mikami": ("三上 沙織", "みかみ さおり", "s.mikami", "自動車事業部 貸切営業課", "049-241-5530"),
    "nonomura": ("野々村 恵", "ののむら めぐみ", "nonomura", "自動車事業部 路線営業課（定期券担当）", "049-241-5540"),
    "sugimoto": ("杉本 亮", "すぎもと りょう", "r.sugimoto", "川越営業所 お客様係", "049-243-7711"),
    "jonouchi": ("城之内 久美子", "じょうのうち くみこ", "jonouchi", "総務部 人事労務課", "049-241-5002"),
    "niwa": ("丹羽 浩二", "にわ こうじ", "k.niwa", "安全推進室 事故担当", "049-241-5505"),
    "tachibana": ("橘 遼平", "たちばな りょうへい", "r.tachibana", "狭山営業所 運行管理者", "04-2950-3312"),
    "ebihara": ("海老原 千晶", "えびはら ちあき", "ebihara", "総務部 経理課", "049-241-5020"),
    "kuze": ("久世 直樹", "くぜ なおき", "n.kuze", "自動車事業部 整備管理課", "049-241-5560"),
}


STAFF_ROMAJI = {"hojo": ("Hojo", "Makoto"), "okochi": ("Okochi", "Osamu"), "mikami": ("Mikami", "Saori"),
                "nonomura": ("Nonomura", "Megumi"), "sugimoto": ("Sugimoto", "Ryo"),
                "jonouchi": ("Jonouchi", "Kumiko"), "niwa": ("Niwa", "Koji"),
                "tachibana": ("Tachibana", "Ryohei"), "ebihara": ("Ebihara", "Chiaki"), "kuze": ("Kuze", "Naoki")}


def addr_of(key: str) -> str:
    n, _, local, _, _ = STAFF[key]
    return f"{n} <{local}@hinode-sangyo.co.jp>"


def sig(key: str, style: int = 0) -> str:
    n, h, local, dept, tel = STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"--\n日の出産業株式会社 {dept}\n{n}（{h}）\n{HQ}\n"
                f"TEL {tel} / FAX 049-241-5599\n{mail}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n日の出バス（日の出産業株式会社）\n{dept}　{n}\n"
                f"TEL：{fw(tel)}\nMail：{mail}\n━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"日の出産業(株) {dept} {n.split()[0]}\n内線 {tel[-4:]}"
    return (f"**************************************\n  日の出産業株式会社\n  {dept}\n  {n}\n"
            f"  {HQ}\n  TEL: {tel}\n**************************************")


def sig_en(key: str) -> str:
    n, h, local, dept, tel = STAFF[key]
    last, first = STAFF_ROMAJI[key]
    return (f"Best regards,\n\n{first} {last}\nHinode Sangyo Co., Ltd. - Bus Division\n"
            f"3-18-7 Arajuku-machi, Kawagoe, Saitama 350-1124, Japan\nTel +81-{tel[1:]}\n{local}@hinode-sangyo.co.jp")


DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、削除していただきますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail.")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, charset: str,
        sender: str, to: list[str], subject: str, body: str | None = None, *,
        cc: list[str] | None = None, bcc: list[str] | None = None, html: str | None = None,
        attachments: list[dict] | None = None) -> None:
    m = {"expect": expect, "entities": entities, "detectors": detectors, "note": note,
         "charset": charset, "sender": sender, "to": to, "cc": cc or [], "bcc": bcc or [],
         "subject": subject if charset == "utf-8" else subject.replace("～", "〜")}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)

# ---------------------------------------------------------------------------------------
# 001 修学旅行 乗車名簿 CSV → 旅行会社
_st = people(40, R, female=0.5, rare=0.2)
_rows = [["号車", "座席", "クラス", "氏名", "フリガナ", "保護者緊急連絡先"]]
for i, p in enumerate(_st):
    _rows.append([f"{i // 20 + 1}号車", f"{i % 20 + 1}", f"2年{(i // 10) + 1}組", p["name"], p["kana"], mobile(R)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "40 students with guardians' phones in a CSV to a travel agency", "iso-2022-jp",
    addr_of("mikami"), ["ひかりツーリスト 団体旅行課 江藤様 <eto@hikari-tourist.co.jp>"],
    "【星稜学園様 修学旅行】乗車名簿（号車割り）送付",
    f"""ひかりツーリスト
江藤様

いつもお世話になっております。日の出産業の三上です。

星稜学園様 2年生 修学旅行（10/14～10/16）の乗車名簿を号車割りで作成しましたので
添付にてお送りいたします。
学校様からいただいた保護者緊急連絡先も、乗務員携行用としてそのまま列に入れております。

座席位置に変更がありましたら、前日17時までにご連絡いただけますと助かります。

{sig("mikami")}
""",
    attachments=[{"kind": "csv", "name": "星稜学園_乗車名簿_1-2号車.csv", "rows": _rows}])

# 002 社内: 乗務員勤務表（携帯番号入り）→ 営業所内のみ
_dr = people(9, R, female=0.1)
_t = [["乗務員", "携帯", "10/1", "10/2", "10/3", "10/4"]]
for p in _dr:
    _t.append([p["name"], mobile(R)] + [R.choice(["早番", "遅番", "中休", "公休", "貸切"]) for _ in range(4)])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "drivers' roster with mobile numbers, internal recipients only", "cp932",
    addr_of("tachibana"), ["狭山営業所 乗務員各位 <sayama-drivers@hinode-sangyo.co.jp>"],
    "10月第1週 勤務表（確定版）",
    f"""乗務員各位

お疲れさまです。橘です。
10月第1週の勤務表が確定しました。急な交代は必ず点呼場に一報のうえ、
下記携帯同士で直接調整してください。

{pad(_t)}

※貸切はいずれも星稜学園様（10/14～）の前週回送分です。

{sig("tachibana", 2)}
""")

# 003 SAS 精密検査の依頼 → 外部の睡眠検査機関（1名・要配慮）
_p = people(1, R, rare=1.0)[0]
_d = dob(R, 1966, 1976)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one driver's sleep-apnoea screening result and referral (health data) to an outside clinic",
    "utf-8", addr_of("okochi"), ["スリープケアセンター 予約受付 <yoyaku@sleepcare-lab.co.jp>"],
    "精密検査（PSG）のお願い／当社乗務員1名",
    f"""スリープケアセンター
予約ご担当者様

日の出産業株式会社 安全推進室の大河内でございます。
先月実施いたしました簡易検査の結果、下記乗務員について精密検査（終夜睡眠ポリグラフ検査）を
お願いしたく、ご連絡いたしました。

　氏名　　　：{_p['name']}（{_p['hira']}）
　生年月日　：{wareki(_d)}
　所属　　　：川越営業所（路線・大型二種）
　簡易検査　：AHI 34.2／ODI 29.8（中等症～重症の疑い）
　自覚症状　：日中の強い眠気、家族からいびき・無呼吸の指摘あり
　既往　　　：高血圧（内服治療中）

本人は現在、夜間帯の乗務から外しております。
1泊入院での検査日程候補を3つほどいただけますでしょうか。

{sig("okochi", 0)}
""")

# 004 運賃改定のお知らせ（旅行会社3社を To に並べる）
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three travel agencies of different companies visible to each other in To", "iso-2022-jp",
    addr_of("mikami"),
    ["ひかりツーリスト 江藤様 <eto@hikari-tourist.co.jp>",
     "彩の国トラベル 仕入課 <shiire@sainokuni-travel.jp>",
     "めぐりツアーズ 手配センター <tehai@meguri-tours.co.jp>"],
    "貸切バス運賃・料金の改定について（2026年4月1日以降ご乗車分）",
    f"""旅行会社各位

平素より日の出バスの貸切をご利用いただき、誠にありがとうございます。

国土交通省の公示運賃の見直しに伴い、2026年4月1日以降ご乗車分より
当社貸切バスの運賃・料金を改定させていただくことになりました。

・時間制運賃（大型）　　6,870円/h → 7,330円/h
・キロ制運賃（大型）　　  170円/km → 180円/km
・深夜早朝運行料金、交替運転者配置料金は据え置き

すでにお見積り済みの案件については、3月末までのご契約分は旧運賃にて承ります。
何卒ご理解を賜りますようお願い申し上げます。

{sig("mikami", 1)}
""")

# 005 遺失物の連絡（持ち主1名・フリーメール）
add("pass", [], ["freemail_recipient"],
    "lost-property notice to the owner herself on free mail; no one else's data", "cp932",
    addr_of("sugimoto"), ["ishikawa.yoko55@gmail.com"],
    "お忘れ物（紺色の折りたたみ傘・定期入れ）のご連絡／日の出バス川越営業所",
    f"""石川 様

日の出バス川越営業所 お客様係の杉本と申します。
お問い合わせいただきました10月3日（金）「川越駅西口→的場」線車内のお忘れ物について、
紺色の折りたたみ傘と、茶色の定期入れを当営業所でお預かりしております。

保管期限は10月17日（金）までです。受け取りの際は、ご本人様確認のできるものを
お持ちのうえ、営業所窓口（平日9時～18時）までお越しください。
ご家族の方がお受け取りになる場合は、委任状をお持ちください。

{sig("sugimoto", 3)}
""")

# 006 アルコールチェック記録 XLSX → 運輸局（監査での提出依頼）
_dr6 = people(12, R, female=0.1)
_ids6 = [f"K{R.randint(1000, 1999)}" for _ in _dr6]
_sheets6 = {}
for month, days in (("9月", (1, 2, 3)), ("10月", (1, 2))):
    rows = [["アルコールチェック記録簿（川越営業所） 令和7年" + month], [],
            ["日付", "社員番号", "乗務員氏名", "点呼区分", "測定時刻", "測定値(mg/L)", "酒気帯び", "確認者"]]
    for dd in days:
        for i, p in enumerate(_dr6):
            for kind, hh in (("乗務前", 5 + i % 3), ("乗務後", 14 + i % 5)):
                rows.append([f"{month}{dd}日", _ids6[i], p["name"], kind, f"{hh}:{R.randint(10, 59)}",
                             "0.00", "無", "北条"])
    _sheets6[month] = rows
add("stop", ["PERSON_NAME"], ["personal_data"],
    "alcohol-check log for 12 named drivers (records with employee numbers) sent to the transport bureau",
    "iso-2022-jp", addr_of("okochi"), ["関東運輸局 埼玉運輸支局 輸送監査担当 <kansa-saitama@kanto-unyu.go.jp>"],
    "アルコールチェック記録簿の提出について（日の出産業 川越営業所）",
    f"""埼玉運輸支局
輸送監査ご担当 御中

日の出産業株式会社 安全統括管理者の大河内でございます。
先日の監査時にご指示のありました、川越営業所の点呼におけるアルコール検知器使用記録を
9月・10月分抜粋でお送りいたします（Excel、月別シート）。

検知器は全数、毎日の動作確認を実施しております。
不足の資料がございましたらお申し付けください。

{sig("okochi", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "アルコールチェック記録簿_川越_9-10月.xlsx", "sheets": _sheets6,
                  "title": "アルコールチェック記録簿"}])

# 007 見積り（学校宛・価格のみ）
add("pass", [], [],
    "charter quotation to a school; prices and itinerary only", "iso-2022-jp",
    addr_of("mikami"), ["県立川越北高等学校 事務室 <jimu@kawagoekita-h.ed.jp>"],
    "貸切バスお見積り（2年生校外学習 11/20）",
    f"""県立川越北高等学校
事務室 御中

いつも大変お世話になっております。
11月20日（木）の校外学習につきまして、お見積りをお送りします。

　行程　　：学校 8:00発 → 国営武蔵丘陵森林公園 → 学校 15:30着
　車種　　：大型（正席53）×4台
　運賃　　：1台あたり 98,450円（税込）
　有料道路：実費（概算 1台 2,400円）
　合計　　：403,400円（税込・有料道路概算込み）

お見積番号：HK-2025-1107　有効期限：2025年10月31日

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("mikami", 0)}
""")

# 008 事故報告 → 保険会社（負傷した乗客3名・要配慮）
_inj = people(3, R, female=0.6)
_blocks = []
for k, p in enumerate(_inj):
    age = R.randint(24, 81)
    inj = ["頸椎捻挫（全治2週間）", "右前腕打撲・擦過傷", "腰椎捻挫、既往に骨粗しょう症あり"][k]
    _blocks.append(f"""【負傷者{k + 1}】
  氏名：{p['name']}（{age}歳）
  住所：{addr(R, zip_=False)}
  電話：{mobile(R)}
  傷病：{inj}
  搬送：{R.choice(['川越中央病院', '埼玉西部医療センター', '武蔵野整形外科'])}""")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "accident report to the insurer naming three injured passengers with injuries and contacts",
    "cp932", addr_of("niwa"), ["東和損害保険 自動車事故サービスセンター 林様 <jiko-center@towa-sonpo.co.jp>"],
    "【事故報告】10/6 路線バス 急ブレーキによる車内事故（証券番号 FB-7731029）",
    f"""東和損害保険
自動車事故サービスセンター 林様

お世話になっております。日の出産業 安全推進室の丹羽です。
本日発生した車内事故について、第一報をお送りします。

■発生日時　令和7年10月6日（月）7時42分ごろ
■場所　　　川越市脇田本町 市道交差点付近（川越駅東口→霞ヶ関線）
■車両　　　大宮200か・12-34（いすゞエルガ）
■概要　　　自転車の飛び出しを避けるため急制動、立席の乗客3名が転倒

{chr(10).join(_blocks)}

運転士はドライブレコーダー映像を保存済みです。詳細報告は明日お送りします。

{sig("niwa", 0)}
""")

# 009 NDA のやり取り（ツバサシステム・IC定期システム）
add("pass", [], [],
    "mail about the NDA with a partner; no marking and no personal data", "iso-2022-jp",
    addr_of("nonomura"), ["ツバサシステム 営業部 真壁様 <makabe@tsubasa-system.jp>"],
    "Re: 秘密保持契約書（IC定期券システム更改）の件",
    f"""真壁様

お世話になっております。日の出産業の野々村です。

秘密保持契約書のドラフト、法務にて確認が終わりました。
第5条（秘密情報の範囲）に「定期券購入者の個人情報」を明記いただいた点、
ありがとうございます。当社側の修正はございませんので、
このまま製本・押印の手続きに進めていただけますでしょうか。

原本2部を郵送いただければ、押印のうえ1部ご返送いたします。

> 野々村様
> 秘密保持契約書のドラフトを添付いたします。
> ご確認のほどよろしくお願いいたします。
> ツバサシステム 真壁

{sig("nonomura", 0)}
""")

# 010 通学定期 購入者名簿 PDF → 学校
_st10 = people(15, R, female=0.5, rare=0.25)
_tab10 = [["学年", "氏名", "区間", "有効期限", "保護者電話"]]
for p in _st10:
    _tab10.append([R.choice(["1年", "2年", "3年"]), p["name"],
                   R.choice(["川越駅～北高前", "的場～北高前", "霞ヶ関駅～北高前", "南古谷駅～北高前"]),
                   "2026/03/31", mobile(R)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "15 commuter-pass holders with guardians' phones sent to the school in a PDF", "utf-8",
    addr_of("nonomura"), ["川越北高等学校 生徒指導部 小野寺先生 <onodera@kawagoekita-h.ed.jp>"],
    "通学定期券 購入者一覧（後期分）のご送付",
    f"""小野寺先生

お世話になっております。日の出バスの野々村です。
先日ご依頼のありました、後期の通学定期券購入者の一覧をPDFでお送りいたします。
バス通学許可の照合にお使いください。

よろしくお願いいたします。

{sig("nonomura", 2)}
""",
    attachments=[{"kind": "pdf", "name": "通学定期購入者一覧_後期.pdf",
                  "lines": ["通学定期券 購入者一覧（川越北高等学校 後期）", "作成：日の出バス 路線営業課", ""],
                  "table": _tab10, "title": "通学定期券 購入者一覧"}])

# 011 社内: 健康診断結果一覧（社内のみ）
_dr11 = people(6, R, female=0.15)
_lines11 = []
for p in _dr11:
    bp = f"{R.randint(128, 176)}/{R.randint(82, 108)}"
    _lines11.append(f"・{p['name']}　血圧 {bp}　判定：{R.choice(['要再検査', '要精密検査', '要治療（高血圧）', '経過観察'])}")
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "health-check results of drivers, but every recipient is internal", "iso-2022-jp",
    addr_of("jonouchi"), ["大河内 修 <o.okochi@hinode-sangyo.co.jp>", "tachibana@mail.hinode-sangyo.co.jp"],
    "定期健診 有所見者（狭山営業所分）",
    f"""大河内室長、橘さん

お疲れさまです。人事労務の城之内です。
今年度の定期健康診断で有所見となった狭山営業所の乗務員は以下の6名です。

{chr(10).join(_lines11)}

「要治療」の方は産業医面談を優先で組みます。乗務可否の判断は面談後にご連絡します。
本件は該当者のプライバシーに関わるため、営業所内での共有は最小限でお願いします。

城之内
""")

# 012 傭車依頼 → 青葉運輸のつもりが aoba-unyu.jp（co. 抜け）
add("stop", [], ["lookalike_domain"],
    "recipient domain aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (co. dropped)",
    "cp932", addr_of("mikami"), ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    "【傭車のお願い】11/3 大型2台（北国フーズ様 社員旅行）",
    f"""青葉運輸 配車センター御中

いつもお世話になっております。日の出産業 貸切営業課の三上です。

11月3日（月・祝）、北国フーズ様の社員旅行で当社車両が不足するため、
大型2台の傭車をお願いできませんでしょうか。

　運行日：11月3日（月・祝）日帰り
　行程　：北国フーズ川越工場 7:30発 → 日光（東照宮・華厳の滝）→ 同工場 19:00着
　車種　：大型（正席45以上・トイレ不要）
　金額　：前回同様の条件でお願いできれば幸いです

お手数ですが、可否を10月10日までにご返信ください。

{sig("mikami", 1)}
""")

# 013 【社外秘】PDF（運賃改定案）→ ツバサシステム
add("stop", [], ["confidential_marking"],
    "fare-revision draft stamped 社外秘 in its page header sent to a vendor", "iso-2022-jp",
    addr_of("nonomura"), ["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    "運賃改定に伴うIC運賃テーブル改修のご相談",
    f"""ツバサシステム 開発部 御中

お世話になっております。日の出産業の野々村です。

来春予定の運賃改定について、IC運賃テーブルの改修をご相談したく、
改定案の資料を添付いたします。改修範囲と概算工数をご教示ください。

{sig("nonomura", 0)}
""",
    attachments=[{"kind": "pdf", "name": "運賃改定案_2026.pdf", "page_header": "社外秘",
                  "title": "路線バス運賃改定（案）",
                  "lines": ["路線バス運賃改定（案）", "1. 初乗り運賃 180円 → 200円", "2. 対キロ区間制の区界見直し",
                            "3. IC割引率の統一（1.5%）", "4. 実施予定日 2026年4月1日"]}])

# 014 乗客名簿 ZIP（パスワード付き）→ 旅行会社
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP (PPAP) cannot be inspected", "cp932",
    addr_of("mikami"), ["彩の国トラベル 仕入課 宮坂様 <miyasaka@sainokuni-travel.jp>"],
    "ご依頼の乗客名簿（パスワード別送）",
    f"""宮坂様

お世話になっております。三上です。
ご依頼の乗客名簿を圧縮して添付いたします。
パスワードは別メールにてお送りいたします。

{sig("mikami", 2)}
""",
    attachments=[{"kind": "zip", "name": "乗客名簿_1025.zip", "password": "Hinode1025",
                  "files": [{"kind": "csv", "name": "乗客名簿.csv",
                             "rows": [["氏名", "電話"]] + [[p["name"], mobile(R)] for p in people(22, R)]}]}])

# 015 旅行会社・ホテルとの三者打合せ（2社）
add("pass", [], ["multiple_external_domains"],
    "normal three-way meeting mail: two external organisations in To/Cc", "iso-2022-jp",
    addr_of("mikami"), ["さくらホテル 宴会営業 柴田様 <shibata@sakura-hotel.jp>"],
    "11/22 北国フーズ様 周年旅行 三者打合せ日程",
    f"""柴田様
（Cc：めぐりツアーズ 根岸様）

お世話になっております。日の出バスの三上です。
北国フーズ様の創立50周年旅行の件、三者での打合せ候補日をお送りします。

　① 10月15日（水）14:00～
　② 10月16日（木）10:00～
　③ 10月17日（金）15:00～

場所はさくらホテル様の会議室をお借りできれば幸いです。
バス乗降場所（ホテル正面車寄せ）の使用時間もあわせてご相談させてください。

{sig("mikami", 0)}
""",
    cc=["根岸 <negishi@meguri-tours.co.jp>"])

# 016 カード番号 → 決済代行会社
_card16 = card_number(7702)
_p16 = people(1, R, rare=1.0)[0]
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's full credit card number sent to a payment vendor", "utf-8",
    addr_of("ebihara"), ["ペイネクスト サポート <support@paynext.co.jp>"],
    "オーソリエラーの原因確認のお願い（加盟店ID HNB-00418）",
    f"""ペイネクスト サポートご担当者様

日の出産業 経理課の海老原です。加盟店ID HNB-00418 で利用しております。
貸切バスの予約金決済で、下記カードが昨日から3回続けてエラーになっております。
お客様からは「限度額には余裕がある」と伺っており、原因をご確認いただけますでしょうか。

　カード番号：{_card16[:4]} {_card16[4:8]} {_card16[8:12]} {_card16[12:]}
　有効期限　：08/28
　名義　　　：{_p16['ROMAJI']}
　金額　　　：55,000円（予約金）
　エラーコード：G12

{sig("ebihara", 0)}
""")

# 017 特定技能ドライバー → 登録支援機関（在留カード番号）
_fn = [("グエン・ヴァン・ナム", "NGUYEN VAN NAM", "ベトナム"), ("チャン・ティ・ラン", "TRAN THI LAN", "ベトナム"),
       ("サントス・マリオ", "SANTOS MARIO", "フィリピン"), ("バトバヤル・ガンゾリグ", "BATBAYAR GANZORIG", "モンゴル")]
_rows17 = ["No.  氏名（ローマ字）        国籍        生年月日      在留カード番号   在留期限"]
for i, (k, r, c) in enumerate(_fn):
    d = dob(R, 1990, 2000)
    _rows17.append(f"{i + 1:<4} {r:<24}{c:<8}{iso(d)}    {zairyu(R)}     2026/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "residence-card numbers of four foreign drivers sent to an outside support organisation",
    "utf-8", addr_of("jonouchi"), ["ミライ人材サポート 支援担当 <shien@mirai-jinzai.or.jp>"],
    "特定技能（自動車運送業）4名 定期面談・届出の件",
    f"""ミライ人材サポート
支援ご担当者様

お世話になっております。日の出産業 人事労務課の城之内です。
第3四半期の定期届出に必要な情報をお送りします。4名とも現在は
バス運転者としての新任教育（路線見習い）中です。

{chr(10).join(_rows17)}

在留期限の近い方の更新手続きについても、ご案内をお願いいたします。

{sig("jonouchi", 0)}
""")

# 018 営業所一覧（事業所リスト）→ バス協会
add("pass", [], [],
    "list of the company's depots with office phones: businesses, not people", "iso-2022-jp",
    addr_of("okochi"), ["埼玉県バス協会 事務局 <jimukyoku@saitama-bus.or.jp>"],
    "会員名簿掲載事項の更新（日の出産業）",
    f"""埼玉県バス協会 事務局御中

いつもお世話になっております。日の出産業の大河内です。
会員名簿の掲載事項について、営業所の一覧を更新いたします。

{pad([["営業所", "所在地", "電話", "保有車両"],
      ["川越営業所", "川越市新宿町3-18-7", "049-243-7711", "路線42/貸切8"],
      ["狭山営業所", "狭山市入間川2-9-1", "04-2950-3312", "路線28/貸切4"],
      ["坂戸営業所", "坂戸市溝端町5-2", "049-281-6620", "路線19"],
      ["東松山車庫", "東松山市材木町11-4", "0493-22-8051", "路線9"]])}

安全統括管理者の変更はございません。

{sig("okochi", 2)}
""")

# 019 運転者5名の個人携帯 → 学校（林間学校）
_dr19 = people(5, R, female=0.2)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five drivers' private mobile numbers sent to a school: a list of five people", "cp932",
    addr_of("tachibana"), ["狭山市立入間川小学校 教頭 湯浅先生 <yuasa@irumagawa-es.ed.jp>"],
    "林間学校（7/17～7/18）乗務員連絡先",
    "湯浅先生\n\nお世話になっております。日の出バス狭山営業所の橘です。\n"
    "林間学校当日の各号車乗務員の携帯番号をお知らせします。\n現地での集合時刻変更などは直接ご連絡いただいて構いません。\n\n"
    + "\n".join(f"{i + 1}号車　{p['name']}　{fw(mobile(R))}" for i, p in enumerate(_dr19))
    + "\n\n当日は6:40に学校正門前へ到着予定です。\n\n" + sig("tachibana", 1) + "\n")

# 020 保険会社 宛（事故受付番号の進捗、個人を特定しない）
add("pass", [], [],
    "claim follow-up by claim number; no identifiable person", "iso-2022-jp",
    addr_of("niwa"), ["東和損害保険 林様 <jiko-center@towa-sonpo.co.jp>"],
    "Re: 事故受付番号 A25-0931-447 示談進捗",
    f"""林様

お世話になっております。丹羽です。
標記の件、当社の過失割合について社内決裁が下りましたので、
提示いただいた内容で進めていただいて結構です。

修理費の請求書（整備工場発行、請求番号 R-88213）は本日郵送しました。

> 丹羽様
> 相手方保険会社より過失割合 20:80 の提示がありました。
> ご確認のうえご回答ください。

{sig("niwa", 2)}
""")
# ---------------------------------------------------------------------------------------
# 021 事故報告書 DOCX → 運輸支局（運転者の免許証番号）
_p21 = people(1, R, rare=0.0)[0]
_d21 = dob(R, 1970, 1985)
_lic21 = licence(R)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "accident report to the transport bureau with the driver's licence number and date of birth",
    "iso-2022-jp", addr_of("okochi"), ["埼玉運輸支局 首席運輸企画専門官 <kikaku-saitama@kanto-unyu.go.jp>"],
    "自動車事故報告書の提出（令和7年10月6日発生分）",
    f"""埼玉運輸支局
首席運輸企画専門官 殿

日の出産業株式会社の大河内です。
自動車事故報告規則第2条に該当する車内事故（重傷者1名）につき、
自動車事故報告書（第1号様式）を添付のとおり提出いたします。
原本は本日付で郵送いたします。

{sig("okochi", 0)}
""",
    attachments=[{"kind": "docx", "name": "自動車事故報告書_20251006.docx", "title": "自動車事故報告書",
                  "paragraphs": ["自動車事故報告書（第1号様式）", "事業者名：日の出産業株式会社", "事故の種類：車内事故（重傷1名）",
                                 "発生日時：令和7年10月6日 7時42分", "発生場所：埼玉県川越市脇田本町 市道交差点"],
                  "tables": [[["項目", "内容"], ["運転者氏名", _p21["name"]], ["生年月日", wareki(_d21)],
                              ["運転免許証番号", _lic21], ["免許の種類", "大型二種"],
                              ["選任年月日", "平成28年4月1日"], ["事故前の乗務状況", "出庫後1時間12分、休憩基準適合"]]]}])

# 022 社内: 事故時の運転士の飲酒（懲戒）→ 社内のみ
_p22 = people(1, R, rare=1.0)[0]
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a driver's arrest discussed among internal recipients only", "cp932",
    addr_of("jonouchi"), ["大河内 修 <o.okochi@hinode-sangyo.co.jp>", "社長室 <shachoshitsu@hinode-sangyo.co.jp>"],
    "【至急】坂戸営業所 運転士の逮捕について（第一報）",
    f"""大河内室長
社長室各位

人事労務の城之内です。取り急ぎ第一報です。

坂戸営業所の運転士 {_p22['name']}（勤続9年）が、昨夜、私用車での帰宅途中に
酒気帯び運転の疑いで現行犯逮捕されたと、ご家族から連絡がありました。
本日の乗務はありませんでしたが、明日以降の勤務はすべて外しています。

就業規則に基づく処分は、事実確認ののち懲戒委員会にて審議します。
報道対応は総務部長に一本化してください。

城之内
""")

# 023 HTML-only: ツアー参加者（配慮事項）→ さくらホテル
_p23 = people(6, R, female=0.6)
_need = ["車椅子使用（折りたたみ式・車内持込）", "人工透析中（2日目午前に外出）", "糖尿病のため食事制限あり",
         "なし", "杖使用・階段介助希望", "なし"]
_tr = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{R.randint(62, 84)}</td><td>{mobile(R)}</td>"
              f"<td>{_need[i]}</td></tr>" for i, p in enumerate(_p23))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "six tour participants with phones and medical/disability needs in an HTML table to a hotel",
    "utf-8", addr_of("mikami"), ["さくらホテル フロント 宿泊予約係 <reserve@sakura-hotel.jp>"],
    "11/22-23 日の出バスツアー「秩父紅葉めぐり」配慮が必要なお客様",
    html=f"""<html><body>
<p>さくらホテル 宿泊予約係 御中</p>
<p>いつもお世話になっております。日の出バス 貸切営業課の三上です。<br>
11/22-23 のツアーで、お部屋割り・お食事に配慮が必要なお客様をお知らせします。</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>お名前</th><th>年齢</th><th>携帯</th><th>配慮事項</th></tr>
{_tr}
</table>
<p>バリアフリールームを1室確保いただけますと幸いです。</p>
<p>日の出産業株式会社 貸切営業課 三上 沙織<br>TEL 049-241-5530</p>
</body></html>""")

# 024 国交省への輸送実績報告（数字のみ）
add("pass", [], [],
    "statistical report to the transport bureau: counts only", "iso-2022-jp",
    addr_of("hojo"), ["埼玉運輸支局 輸送担当 <yuso-saitama@kanto-unyu.go.jp>"],
    "一般乗合旅客自動車運送事業 輸送実績報告書（令和6年度）",
    f"""埼玉運輸支局 輸送担当御中

日の出産業株式会社 運行管理課の北条です。
令和6年度の輸送実績報告書を提出いたします。

　運行系統数　　　　　　  37系統
　走行キロ（実車）　　2,418,330 km
　輸送人員　　　　　　5,912,406 人
　うち定期　　　　　　2,204,118 人
　運送収入　　　　1,284,551 千円

様式の控えは添付のExcelのとおりです。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "輸送実績報告書_R6.xlsx",
                  "sheets": {"第1表": [["輸送実績報告書 令和6年度 日の出産業株式会社"], [],
                                      ["区分", "走行キロ", "輸送人員", "運送収入(千円)"],
                                      ["定期", 0, 2204118, 402110], ["定期外", 0, 3708288, 882441],
                                      ["合計", 2418330, 5912406, 1284551]]}}])

# 025 川崎電機 送迎バス利用者名簿 CSV(UTF-8) → 青葉運輸（委託先）
_e25 = people(18, R, female=0.35)
_rows25 = [["社員番号", "氏名", "所属", "乗車停留所", "携帯電話"]]
for p in _e25:
    _rows25.append([f"KD{R.randint(20000, 29999)}", p["name"], R.choice(["製造1課", "製造2課", "品証", "物流"]),
                    R.choice(["南大塚駅", "笠幡団地", "鶴ヶ島駅西口", "工場正門"]), mobile(R)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "18 client employees with mobiles forwarded to a subcontractor in a CSV", "utf-8",
    addr_of("hojo"), ["青葉運輸 配車 今泉様 <imaizumi@aoba-unyu.co.jp>"],
    "川崎電機様 工場送迎便（夜勤シフト）利用者名簿",
    f"""今泉様

お世話になっております。日の出産業 運行管理課の北条です。
来週から夜勤シフト便を青葉運輸様に委託する件、
川崎電機様からいただいた利用者名簿を添付します（UTF-8 CSV）。
遅延時は各自の携帯へ連絡する運用です。

{sig("hojo", 1)}
""",
    attachments=[{"kind": "csv", "name": "kawasaki_yakin_riyousha.csv", "rows": _rows25, "encoding": "utf-8"}])

# 026 旅行会社への返信（引用部に名簿、新しい本文は確認のみ）
_q26 = people(8, R)
add("pass", [], [],
    "reply whose passenger list is only in the quoted text from the recipient", "iso-2022-jp",
    addr_of("mikami"), ["めぐりツアーズ 手配センター 根岸様 <negishi@meguri-tours.co.jp>"],
    "Re: 10/25 佐野厄除け大師ツアー 乗客名簿",
    "根岸様\n\nお世話になっております。三上です。\n名簿、たしかに受領いたしました。1号車（大型）で座席表を作成し、"
    "前日までにお送りします。\n乗車地は川越駅西口・坂戸駅北口の2か所で承知しました。\n\n三上\n\n"
    "-----Original Message-----\n差出人: 根岸 <negishi@meguri-tours.co.jp>\n送信日時: 2025年10月8日 11:02\n"
    "宛先: 三上 沙織\n件名: 10/25 佐野厄除け大師ツアー 乗客名簿\n\n三上様\n\n乗客名簿をお送りします。\n\n"
    + "\n".join(f"{p['name']}　{mobile(R)}　{R.choice(['川越駅西口', '坂戸駅北口'])}" for p in _q26)
    + "\n\nめぐりツアーズ 根岸\n")

# 027 SAS スクリーニング結果（タブ区切り・7名）→ 外部検査機関
_p27 = people(7, R, female=0.1)
_tsv = "社員番号\t氏名\t年齢\tESS\tODI\t判定\n" + "\n".join(
    f"{R.randint(1000, 1999)}\t{p['name']}\t{R.randint(34, 63)}\t{R.randint(6, 18)}\t{R.randint(4, 38)}\t"
    f"{R.choice(['要精密検査', '要精密検査', '経過観察', '異常なし'])}" for p in _p27)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "sleep-apnoea screening results of seven named drivers sent to an outside lab", "cp932",
    addr_of("okochi"), ["スリープケアセンター 健診営業部 <kenshin@sleepcare-lab.co.jp>"],
    "SAS スクリーニング 二次検査対象者の件",
    f"""スリープケアセンター 健診営業部御中

日の出産業の大河内です。
先月の SAS スクリーニング（パルスオキシメータ）結果を社内で集約しました。
「要精密検査」の方について、二次検査の枠をご用意いただけますでしょうか。

{_tsv}

{sig("okochi", 1)}
""")

# 028 社内: SAS 検査日程（社内のみ）
_p28 = people(5, R, female=0.0)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "sleep-apnoea follow-up schedule among internal staff only", "iso-2022-jp",
    addr_of("okochi"), ["川越営業所 運行管理 <kawagoe-unkan@hinode-sangyo.co.jp>"],
    "SAS 精密検査の日程（勤務調整お願い）",
    "川越営業所 運行管理各位\n\n精密検査の日程が決まりました。前日夜勤・当日乗務を外してください。\n\n"
    + "\n".join(f"　{p['name']}：{R.choice(['10/20', '10/22', '10/27', '10/29'])} 入院（1泊）" for p in _p28)
    + "\n\n検査結果（AHI）が出たら、本人同意のうえ安全推進室で管理します。\n\n" + sig("okochi", 2) + "\n")

# 029 【社外秘】件名の路線再編計画 → コンサル
add("stop", [], ["confidential_marking"],
    "mail subject stamped 【社外秘】 sent to an outside consultant", "utf-8",
    addr_of("hojo"), ["交通計画研究所 主任研究員 樋渡様 <hiwatashi@kotsu-keikaku.co.jp>"],
    "【社外秘】2026年度 路線再編計画（減便・廃止系統案）",
    f"""樋渡様

お世話になっております。日の出産業の北条です。
来年度の路線再編計画案をお送りします。
乗務員不足により、以下の系統の減便・廃止を検討しています。

・川越12系統（的場循環）　平日 42便 → 30便
・狭山3系統（入間川～堀兼）　廃止、デマンド交通へ転換
・坂戸7系統　土休日運休

需要予測の観点からご意見をいただけますと幸いです。
まだ沿線自治体には説明前です。

{sig("hojo", 0)}
""")

# 030 遺失物リスト（持ち主の連絡先つき6件・タブ区切り）→ 警察署
_p30 = people(6, R, female=0.5)
_items = ["財布（黒・革）", "スマートフォン", "定期入れ", "眼鏡ケース", "キーケース", "手提げ紙袋（衣類）"]
_lst30 = "受付番号\t拾得日\t品名\t拾得場所\t持ち主（判明）\t連絡先\n" + "\n".join(
    f"KW-{1040 + i}\t10/{R.randint(1, 9)}\t{_items[i]}\t{R.choice(['川越12系統', '川越3系統', '霞ヶ関線'])} 車内\t{p['name']}\t{mobile(R)}"
    for i, p in enumerate(_p30))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six lost items with their owners' names and phones sent to the police", "iso-2022-jp",
    addr_of("sugimoto"), ["川越警察署 会計課 遺失物係 <ishitsubutsu@kawagoe-ps.police-saitama.lg.jp>"],
    "拾得物の提出について（日の出バス川越営業所 10月上旬分）",
    f"""川越警察署 会計課 遺失物係 御中

日の出バス川越営業所の杉本です。
保管期間を経過した拾得物を明日提出いたします。
持ち主が判明しているものの、連絡がつかなかった分は連絡先を添えております。

{_lst30}

{sig("sugimoto", 0)}
""")

# 031 英文: 海外メーカーに部品発注（注文番号のみ）
add("pass", [], [],
    "English parts order to a foreign supplier; order numbers only", "utf-8",
    addr_of("kuze"), ["Meridian Coachworks Parts Desk <parts@meridian-coach.com>"],
    "PO HS-25-0412 / brake chamber kits for MC-12 coaches",
    f"""Dear Parts Desk,

Please find our purchase order HS-25-0412 below.

  Item                           Part No.        Qty   Unit (USD)
  ------------------------------------------------------------------
  Brake chamber kit, front       MC12-BR-2210     6      184.00
  ABS sensor, rear axle          MC12-AB-0917     4       96.50
  Door actuator seal set         MC12-DR-0033    10       22.80

Delivery to our Kawagoe workshop by DHL, incoterm DAP. Kindly send the pro-forma
invoice and the expected shipping date.

{sig_en("kuze")}

{DISC_EN}
""")

# 032 運転者台帳（7名）DOCX → 運輸局
_p32 = people(7, R, female=0.1)
_tab32 = [["氏名", "生年月日", "住所", "運転免許証番号", "選任日"]]
for p in _p32:
    _tab32.append([p["name"], wareki(dob(R, 1963, 1992), "short"), addr(R, zip_=False), licence(R),
                   R.choice(["H27.4.1", "H30.10.1", "R2.6.15", "R5.4.1"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "drivers' register (7 people: DOB, home address, licence numbers) sent to the transport bureau",
    "cp932", addr_of("hojo"), ["埼玉運輸支局 監査担当 <kansa-saitama@kanto-unyu.go.jp>"],
    "運転者台帳（狭山営業所）の写し送付",
    f"""監査ご担当者様

日の出産業 運行管理課の北条です。
ご指示いただいた狭山営業所の運転者台帳（抜粋）をWordでお送りします。
写真欄は省略しております。

{sig("hojo", 2)}
""",
    attachments=[{"kind": "docx", "name": "運転者台帳_狭山_抜粋.docx", "title": "運転者台帳",
                  "paragraphs": ["運転者台帳（抜粋）", "日の出産業株式会社 狭山営業所"], "tables": [_tab32]}])

# 033 乗務員1名の連絡先 → 学校（引率者とのやり取り、1名）
_p33 = people(1, R)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one driver's contact for the day given to the school: a single person's data, may warn",
    "iso-2022-jp", addr_of("tachibana"), ["入間川小学校 湯浅先生 <yuasa@irumagawa-es.ed.jp>"],
    "Re: 社会科見学 当日の連絡先",
    f"""湯浅先生

お世話になっております。橘です。
当日の担当乗務員は {_p33['name']} です。
現地で連絡が必要な場合は、乗務員携帯（{mobile(R)}）へお願いします。

橘

> 橘様
> 当日、現地で乗務員の方に直接連絡できる番号があれば教えてください。
> 入間川小 湯浅
""")

# 034 健康保険証の記号番号 → 病院（乗務中に倒れた運転士）
_p34 = people(1, R)[0]
_d34 = dob(R, 1960, 1972)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a driver's health-insurance symbol/number and condition sent to a hospital", "iso-2022-jp",
    addr_of("jonouchi"), ["埼玉西部医療センター 医事課 <iji@saitama-seibu-mc.or.jp>"],
    "本日搬送された当社社員の保険証情報について",
    f"""埼玉西部医療センター 医事課 御中

日の出産業株式会社 人事労務課の城之内と申します。
本日午前、当社営業所の点呼後に意識を失い、救急搬送された社員について、
保険証を持参していなかったため、情報をお送りします。

　氏名　　　　：{_p34['name']}（{_p34['kana']}）
　生年月日　　：{iso(_d34, '-')}
　保険者番号　：06130412
　記号・番号　：記号 3107　番号 428
　既往　　　　：不整脈（ペースメーカー なし）、本人申告による

ご家族（奥様）は12時ごろ到着予定です。保険証原本はご家族が持参します。

{sig("jonouchi", 0)}
""")

# 035 停留所一覧 CSV（場所）→ 地図ベンダー
_stops = [["停留所コード", "停留所名", "所在地", "緯度", "経度"]]
for i, (nm, ad) in enumerate([("川越駅西口", "川越市脇田本町"), ("的場", "川越市的場"), ("北高前", "川越市笠幡"),
                              ("霞ヶ関駅北口", "川越市霞ケ関北"), ("川越市役所", "川越市元町1丁目"),
                              ("南大塚駅", "川越市南大塚"), ("鶴ヶ島駅西口", "鶴ヶ島市脚折町")]):
    _stops.append([f"KW{101 + i}", nm, "埼玉県" + ad, f"35.9{R.randint(100, 999)}", f"139.4{R.randint(100, 999)}"])
add("pass", [], [],
    "bus-stop master with locations: places, not people", "cp932",
    addr_of("hojo"), ["ジオマップス データ受付 <data@geomaps.co.jp>"],
    "停留所マスタ（2025年10月改正）",
    f"""ジオマップス データ受付ご担当者様

日の出バスの北条です。10月改正の停留所マスタをお送りします。
新設は「北高前」、移設は「霞ヶ関駅北口」です。経路検索への反映をお願いします。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "csv", "name": "stops_202510.csv", "rows": _stops}])

# 036 新入社員のマイナンバー → 社労士事務所
_p36 = people(1, R)[0]
_d36 = dob(R, 1985, 1995)
_mn36 = my_number(7701)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "a new driver's My Number and pension number sent to an outside labour-law office", "cp932",
    addr_of("jonouchi"), ["いなほ社会保険労務士事務所 <info@inaho-sr.jp>"],
    "資格取得届の件（10/1入社 乗務員1名）",
    f"""いなほ社労士事務所
担当 真田様

いつもお世話になっております。日の出産業の城之内です。
10月1日入社の乗務員について、社会保険の資格取得届をお願いします。

氏名：{_p36['name']}
フリガナ：{_p36['kana']}
生年月日：{wareki(_d36)}
個人番号：{_mn36[:4]}-{_mn36[4:8]}-{_mn36[8:]}
基礎年金番号：{pension(R)}
標準報酬月額：32万円（見込み）

扶養家族はなしです。よろしくお願いいたします。

{sig("jonouchi", 2)}
""")

# 037 保険会社: 車両一覧（登録番号）→ 車両入替の通知
add("pass", [], [],
    "fleet vehicle list (plates, chassis numbers) to the insurer: vehicles, not people", "iso-2022-jp",
    addr_of("kuze"), ["東和損害保険 企業営業第三課 <kigyo3@towa-sonpo.co.jp>"],
    "フリート契約 車両入替のご連絡（11月分）",
    f"""東和損害保険 企業営業第三課 御中

お世話になっております。日の出産業 整備管理課の久世です。
11月の車両入替は以下のとおりです。

【抹消】
　大宮200か・10-88　いすゞエルガ　　車台番号 LV290N2-10233
　大宮200か・11-02　日野レインボー　車台番号 KR290J3-4021
【新規】
　大宮200か・31-15　いすゞエルガEV　車台番号 ZAA-LV828L1-0118
　大宮230あ・55　　 日野セレガ　　　車台番号 2DG-RU1ASDA-5522

{sig("kuze", 0)}
""")

# 038 口座情報（給与振込口座の変更6名）→ みどり銀行
_p38 = people(6, R)
_lines38 = "\n".join(f"{i + 1}. {p['name']}／{R.choice(['川越支店', '坂戸支店', '狭山支店'])}／普通／{R.randint(1000000, 9999999)}"
                     for i, p in enumerate(_p38))
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six employees' personal bank accounts sent to the (partner) bank", "iso-2022-jp",
    addr_of("ebihara"), ["みどり銀行 川越支店 法人営業 <kawagoe-hojin@midori-ginko.co.jp>"],
    "給与振込 口座変更の反映依頼（10月支給分より）",
    f"""みどり銀行 川越支店 法人営業ご担当者様

日の出産業 経理課の海老原です。
10月25日支給分の給与振込データ作成にあたり、以下6名の振込先口座が変更となります。
総合振込の登録内容の更新をお願いいたします。

{_lines38}

{sig("ebihara", 3)}
""")

# 039 保険会社: 破損した見積 XLSX
add("stop", [], ["unscannable_attachment"],
    "the attached workbook is corrupt and cannot be inspected", "cp932",
    addr_of("kuze"), ["東和損害保険 技術アジャスター 浅見様 <asami@towa-sonpo.co.jp>"],
    "事故車両 修理見積書の送付（大宮200か・12-34）",
    f"""浅見様

お世話になっております。日の出産業 整備管理課の久世です。
10/6 事故車両の修理見積書をお送りします。
車内手すり・床面の交換が主です。ご確認ください。

{sig("kuze", 2)}
""",
    attachments=[{"kind": "corrupt", "name": "修理見積_12-34.xlsx"}])

# 040 ツアー参加者 ZIP（パスワードなし・CSV 2本）→ 旅行会社
def _tour_rows(n):
    rows = [["No", "氏名", "フリガナ", "携帯", "乗車地"]]
    for i, p in enumerate(people(n, R, female=0.55)):
        rows.append([i + 1, p["name"], p["kana"], mobile(R), R.choice(["川越駅西口", "本川越駅", "坂戸駅北口"])])
    return rows
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "ZIP (not encrypted) of tour participant lists with mobiles sent to a travel agency", "utf-8",
    addr_of("mikami"), ["めぐりツアーズ 根岸様 <negishi@meguri-tours.co.jp>"],
    "日帰りツアー2本 参加者名簿（10/25・10/26）",
    f"""根岸様

お世話になっております。三上です。
今週末の日帰りツアー2本の参加者名簿をまとめてお送りします。
当日の遅刻連絡用に携帯番号も入っています。

{sig("mikami", 0)}
""",
    attachments=[{"kind": "zip", "name": "参加者名簿_1025_1026.zip",
                  "files": [{"kind": "csv", "name": "1025_佐野.csv", "rows": _tour_rows(24)},
                            {"kind": "csv", "name": "1026_益子.csv", "rows": _tour_rows(19)}]}])
# ---------------------------------------------------------------------------------------
# 041 転送: 乗客からの苦情（負傷・通院）→ 保険会社
_p41 = people(1, R, female=1.0)[0]
_tel41 = mobile(R)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward of a passenger's mail with her injury diagnosis and phone to the insurer (forward counts)",
    "iso-2022-jp", addr_of("niwa"), ["東和損害保険 林様 <jiko-center@towa-sonpo.co.jp>"],
    "FW: バス車内で転倒した件（お客様より）",
    f"""林様

丹羽です。本件、お客様から当社お問い合わせ窓口に届いたメールを転送します。
対人賠償での対応をご検討ください。

---------- Forwarded message ---------
From: {_p41['name']} <{_p41['romaji'].split()[0].lower()}.{_p41['romaji'].split()[1].lower()}@icloud.com>
Date: 2025年10月9日(木) 21:14
Subject: バス車内で転倒した件
To: <otoiawase@hinode-sangyo.co.jp>

日の出バス お客様窓口 御中

10月6日朝の霞ヶ関線で、急ブレーキの際に転倒した{_p41['name']}と申します。
翌日整形外科を受診したところ「腰椎捻挫」と診断され、現在週2回リハビリに通院しています。
パートを休まざるを得ず、治療費と休業の補償についてご連絡をお願いします。
連絡先：{_tel41}（日中はつながりにくいです）
""")

# 042 旅行会社＋学校（2者）→ 修学旅行 打合せ
add("pass", [], ["multiple_external_domains"],
    "school and travel agency (two external organisations) in a planning mail", "cp932",
    addr_of("mikami"), ["星稜学園 学年主任 舘野先生 <tateno@seiryo-gakuen.ed.jp>"],
    "修学旅行 バス行程の最終確認（10/14〜16）",
    f"""舘野先生
（Cc：ひかりツーリスト 江藤様）

いつもお世話になっております。日の出バスの三上です。
バス行程の最終版をお送りします。

　10/14　学校 7:00発 → 東名 → 京都市内（三十三間堂・清水寺）→ 宿舎 17:30
　10/15　班別自主研修のためバスは待機（宿舎駐車場）
　10/16　宿舎 8:30発 → 奈良公園 → 新幹線 京都駅 14:30 着（バスはここまで）

乗務員は各号車2名体制です。何かあれば江藤様経由でも、私へ直接でも結構です。

{sig("mikami", 0)}
""",
    cc=["江藤 <eto@hikari-tourist.co.jp>"])

# 043 酒気帯び運転の逮捕 → 白川法律事務所（要配慮：犯罪の経歴）
_p43 = people(1, R, rare=1.0)[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named driver's arrest (criminal matter) sent to the outside law firm", "utf-8",
    addr_of("jonouchi"), ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "ご相談：運転士の逮捕と懲戒処分の進め方",
    f"""白川先生

いつもお世話になっております。日の出産業 人事労務課の城之内です。
至急ご相談させてください。

坂戸営業所の運転士 {_p43['name']}（46歳、勤続9年）が、10月11日夜、私用車で帰宅中に
酒気帯び運転（呼気0.25mg/L）で現行犯逮捕され、現在勾留中です。
過去にも平成29年に同種の罰金刑を受けていたことが、今回本人の弁護人から判明しました。

就業規則上は懲戒解雇も可能ですが、起訴前の段階でどこまで処分を進めてよいか、
また乗務停止中の賃金の扱いについてご助言をお願いいたします。

{sig("jonouchi", 0)}
""")

# 044 社内: 遺失物の申告メールを添付で営業所へ（社内のみ）
_p44 = people(1, R, female=1.0)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "internal forward (attached mail) of an owner's lost-property enquiry; recipients internal",
    "iso-2022-jp", addr_of("sugimoto"), ["狭山営業所 お客様係 <sayama-info@hinode-sangyo.co.jp>"],
    "FW: 忘れ物の問い合わせ（狭山3系統）",
    "狭山営業所 お客様係 御中\n\n川越の杉本です。狭山3系統の車内忘れ物の問い合わせが川越に届きました。\n"
    "元メールを添付しますので、車内点検の記録を確認して、直接ご本人へ連絡をお願いします。\n\n杉本\n",
    attachments=[{"kind": "eml", "name": "忘れ物問い合わせ.eml", "message": {
        "charset": "utf-8", "sender": f"{_p44['name']} <{_p44['romaji'].split()[1].lower()}-{R.randint(10, 99)}@yahoo.co.jp>",
        "to": ["otoiawase@hinode-sangyo.co.jp"], "subject": "バスに忘れ物をしました",
        "body": f"昨日18時ごろ、入間川発の狭山3系統のバスに白い紙袋（中身は子供服）を置き忘れました。\n"
                f"{_p44['name']}\n電話 {mobile(R)}\n"}}])

# 045 ドライバー派遣会社へ5名の携帯（全角）
_p45 = people(5, R)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five dispatched drivers' mobiles (full-width digits) sent to the staffing agency", "iso-2022-jp",
    addr_of("tachibana"), ["ドライバーズワーク 埼玉支店 <saitama@driverswork.co.jp>"],
    "11月 派遣乗務員のシフト連絡先（狭山）",
    "ドライバーズワーク 埼玉支店\n担当 吉岡様\n\nお世話になっております。日の出バス狭山営業所の橘です。\n"
    "11月から狭山で乗務いただく派遣乗務員5名の連絡先を確認させてください。\n"
    "当社の点呼簿に登録している番号は以下のとおりです。誤りがあればご指摘ください。\n\n"
    + "\n".join(f"　・{p['name']}（{p['kana']}）　{fw(mobile(R))}" for p in _p45)
    + "\n\n" + sig("tachibana", 0) + "\n")

# 046 通学定期の価格表 → 学校
add("pass", [], [],
    "commuter-pass price table to a school; no personal data", "utf-8",
    addr_of("nonomura"), ["入間川小学校 事務 <jimu@irumagawa-es.ed.jp>"],
    "通学定期券 運賃表（2026年度）",
    f"""入間川小学校 事務ご担当者様

日の出バス 路線営業課の野々村です。
来年度の通学定期券（小児）の運賃表をお送りします。

　区間                   1か月     3か月     6か月
　----------------------------------------------
　入間川～堀兼            3,120     8,890    16,850
　狭山市駅～入間川小前    2,480     7,070    13,390
　新狭山駅～入間川小前    3,760    10,720    20,310

申込書は各営業所窓口のほか、当社ウェブサイトからもダウンロードできます。

{sig("nonomura", 1)}
""")

# 047 ホテル一覧（宿泊先候補）→ 旅行会社
add("pass", [], [],
    "list of candidate hotels with switchboard numbers: businesses", "iso-2022-jp",
    addr_of("mikami"), ["彩の国トラベル 宮坂様 <miyasaka@sainokuni-travel.jp>"],
    "乗務員宿泊先（会津方面）候補のご連絡",
    f"""宮坂様

お世話になっております。三上です。
11/8-9 会津ツアーの乗務員宿泊先候補です。大型バスの駐車が可能な宿を挙げております。

・さくらホテル会津若松　　　0242-22-1150（大型2台可）
・ホテル鶴ヶ城パーク　　　　0242-27-3301（大型1台、要予約）
・東山温泉 旅館みやび　　　 0242-26-0088（近隣の市営駐車場利用）

手配が可能なところからお知らせいただければ助かります。

{sig("mikami", 2)}
""")

# 048 健診結果 PDF（パスワード付き）→ 産業医クリニック
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF cannot be inspected", "cp932",
    addr_of("jonouchi"), ["みなみ内科クリニック 産業医 南先生 <minami@minami-naika.jp>"],
    "10月度 産業医面談対象者の健診結果（パスワード別送）",
    f"""南先生

いつもお世話になっております。日の出産業の城之内です。
10月の面談対象者の健診結果をPDFでお送りします。
開封用のパスワードは、別途お電話でお伝えいたします。

{sig("jonouchi", 0)}
""",
    attachments=[{"kind": "pdf", "name": "面談対象者_健診結果_10月.pdf", "password": "mn2025oct",
                  "lines": ["面談対象者 健診結果"] + [f"{p['name']} 血圧 {R.randint(150, 180)}/{R.randint(90, 110)} 要治療"
                                                 for p in people(5, R)]}])

# 049 乗務員を騙る hinode-sangyo.com（自社のなりすまし風 TLD 違い）へ勤務表
_p49 = people(8, R, female=0.1)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "roster with 8 drivers' mobiles to hinode-sangyo.com, a look-alike of the company's own domain",
    "cp932", addr_of("hojo"), ["坂戸営業所 関口 <sekiguchi@hinode-sangyo.com>"],
    "Re: 坂戸 応援乗務員の連絡先",
    "関口さん\n\nお疲れさまです。北条です。\n来週、坂戸に応援に行く川越の乗務員と携帯番号です。\n\n"
    + pad([["氏名", "携帯", "応援日"]] + [[p["name"], mobile(R), R.choice(["10/20", "10/21", "10/22"])] for p in _p49])
    + "\n\n北条\n\n> 北条さん\n> 応援の方の連絡先をまとめて送ってもらえますか。\n> 坂戸 関口\n")

# 050 インバウンド旅行会社（英文）ガイド1名の連絡先
_p50 = people(1, R)[0]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "English mail giving one tour guide's mobile to a foreign agency: one person, may warn", "utf-8",
    addr_of("mikami"), ["Ms. Lin, Formosa Holidays <lin.yating@formosa-holidays.com.tw>"],
    "Re: Group TW-1108 Kawagoe & Chichibu day tour - bus and guide",
    f"""Dear Ms. Lin,

Thank you for your confirmation. For group TW-1108 on 8 November we have arranged:

- Bus: one 45-seat coach, pick-up at Ikebukuro Sunshine City, 08:00
- Driver-guide: {_p50['romaji']} (speaks English and some Mandarin)
- Guide's mobile on the day: +81-{mobile(R)[1:]}

The itinerary is unchanged: Kawagoe old town, lunch, Nagatoro river boat, back by 18:30.

{sig_en("mikami")}

{DISC_EN}

> Dear Mikami-san,
> Could you tell us the guide's name and contact number for the day?
> Lin Ya-ting
""")

# 051 てんかん既往の事故事例を含む PPTX → バス協会の研修会
_p51 = people(1, R, rare=1.0)[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "seminar slides name a driver and his epilepsy history: health data of an identifiable person",
    "iso-2022-jp", addr_of("okochi"), ["埼玉県バス協会 安全研修担当 <kenshu@saitama-bus.or.jp>"],
    "11月 安全研修会 事例発表スライド",
    f"""埼玉県バス協会 安全研修ご担当者様

日の出産業の大河内です。
11月の安全研修会で当社が発表する「健康起因事故」の事例スライドをお送りします。
配布資料として印刷をお願いできますでしょうか。

{sig("okochi", 0)}
""",
    attachments=[{"kind": "pptx", "name": "健康起因事故_事例発表_日の出産業.pptx", "title": "健康起因事故 事例",
                  "slides": [["健康起因事故の事例と対策", "日の出産業株式会社 安全推進室"],
                             ["事例：回送中の意識消失", f"運転者：{_p51['name']}（52歳・大型二種）",
                              "既往歴：てんかん（20代で発作、服薬中断していた）", "回送中に発作、縁石に接触し停止"],
                             ["対策", "既往歴の申告制度の見直し", "服薬状況の確認を点呼項目に追加", "脳MRI健診の導入"]]}])

# 052 一人のお客様へ貸切見積（個人・outlook.jp）
add("pass", [], ["freemail_recipient"],
    "charter quote to a private customer on free mail; only the recipient's own details", "iso-2022-jp",
    addr_of("mikami"), ["森 様 <mori.kazuhiro@outlook.jp>"],
    "マイクロバス貸切のお見積り（11/29 ご親族法要）",
    f"""森 様

このたびは日の出バスにお問い合わせいただき、ありがとうございます。
11月29日（土）のご法要の送迎について、お見積りをお送りします。

　車種　　：中型（正席27名）
　行程　　：ご自宅近く 9:30 → 霊園 → 会食会場 → ご自宅近く 15:00
　運賃　　：78,100円（税込・有料道路なし）
　お支払い：ご乗車日の3日前までにお振込み

お申込みの際はご返信いただくか、お電話（049-241-5530）でお知らせください。

{sig("mikami", 0)}
""")

# 053 在籍乗務員の基礎年金番号（5名）→ 社労士
_p53 = people(5, R, female=0.2)
_tab53 = "氏名,生年月日,基礎年金番号\n" + "\n".join(
    f"{p['name']},{wareki(dob(R, 1961, 1990), 'short')},{pension(R)}" for p in _p53)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "five employees' basic pension numbers with birth dates sent to an outside office", "cp932",
    addr_of("jonouchi"), ["いなほ社会保険労務士事務所 真田様 <sanada@inaho-sr.jp>"],
    "Re: 算定基礎届 不明分の年金番号",
    f"""真田様

お世話になっております。城之内です。
算定基礎届で基礎年金番号が空欄になっていた5名分、確認できましたのでお送りします。

{_tab53}

ほかに不足があればお知らせください。

{sig("jonouchi", 2)}
""")

# 054 時刻表データ → 錦印刷（印刷依頼）
add("pass", [], [],
    "timetable data for printing to a partner printer; no personal data", "cp932",
    addr_of("hojo"), ["錦印刷 営業部 長尾様 <nagao@nishiki-insatsu.co.jp>"],
    "10月改正 停留所時刻表の印刷データ（入稿）",
    f"""長尾様

いつもお世話になっております。日の出バスの北条です。
10月改正の停留所掲出用時刻表データを入稿します（Excel 1ファイル、系統別シート）。
ポール掲出用 B4 ラミネート、各 2 部でお願いします。
納期は 10/20（月）必着でお願いできますでしょうか。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "時刻表_202510改正.xlsx",
                  "sheets": {"川越12系統": [["川越12系統 的場循環 平日"], ["時", "分"], [6, "15 40"], [7, "05 25 45"],
                                          [8, "10 35"], [9, "00 30"]],
                             "狭山3系統": [["狭山3系統 入間川～堀兼 平日"], ["時", "分"], [6, "50"], [7, "20 50"],
                                         [8, "30"]]}}])

# 055 適性診断結果 XLS（6名）→ 安全コンサル
_p55 = people(6, R, female=0.15)
_rows55 = [["適性診断 受診結果一覧（川越営業所）"], ["氏名", "生年月日", "受診日", "診断種別", "総合評価", "指導事項"]]
for p in _p55:
    _rows55.append([p["name"], iso(dob(R, 1958, 1998)), "2025/09/" + str(R.randint(10, 28)),
                    R.choice(["初任診断", "適齢診断", "一般診断"]), R.randint(1, 5),
                    R.choice(["車間距離の不足", "動作の正確さに課題", "状況判断が早すぎる傾向", "特になし"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "six drivers' aptitude-test results with birth dates in a legacy XLS to an outside consultant",
    "iso-2022-jp", addr_of("okochi"), ["セーフティドライブ研究所 指導員 奥寺様 <okudera@safety-drive.co.jp>"],
    "適性診断結果（個別指導の対象者）",
    f"""奥寺様

いつもお世話になっております。日の出産業の大河内です。
11月の個別指導の対象者6名について、適性診断の受診結果をお送りします。
指導計画の作成をお願いいたします。

{sig("okochi", 3)}
""",
    attachments=[{"kind": "xls", "name": "適性診断結果_川越.xls", "sheets": {"結果一覧": _rows55}}])

# 056 安全報告書（公表用・統計のみ）PPTX → バス協会
add("pass", [], [],
    "public safety report slides with statistics only", "utf-8",
    addr_of("okochi"), ["埼玉県バス協会 事務局 <jimukyoku@saitama-bus.or.jp>"],
    "令和6年度 安全報告書（公表版）の写し",
    f"""埼玉県バス協会 事務局御中

日の出産業の大河内です。
当社ウェブサイトで公表した令和6年度の安全報告書（概要版スライド）をお送りします。

{sig("okochi", 0)}
""",
    attachments=[{"kind": "pptx", "name": "安全報告書_R6_概要.pptx",
                  "slides": [["令和6年度 安全報告書", "日の出産業株式会社"],
                             ["事故の発生状況", "有責事故 14件（前年比 -3）", "車内事故 6件", "重大事故 1件"],
                             ["安全投資", "ドライバー異常時対応システム 12台導入", "デジタコ更新 全車完了"]]}])

# 057 敬老パス（８名・和暦）→ 市役所
_p57 = people(8, R, female=0.5)
_blk57 = "\n\n".join(f"■ {p['name']}（{p['kana']}）\n　生年月日：{wareki(dob(R, 1935, 1955), 'fwlong')}\n"
                     f"　住所　　：{addr(R)}" for p in _p57)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "eight senior-pass applicants with 和暦 birth dates and home addresses sent to the city office",
    "iso-2022-jp", addr_of("nonomura"), ["川越市 高齢福祉課 <koreifukushi@city.kawagoe-s.lg.jp>"],
    "シルバーパス 再発行申請者の照会",
    f"""川越市 高齢福祉課 御中

日の出バス 路線営業課の野々村です。
シルバーパス（市補助）の再発行申請のうち、市の名簿と照合できなかった8名分です。
住民登録の確認をお願いいたします。

{_blk57}

{sig("nonomura", 0)}
""")

# 058 社内: アルコール検知（0.08mg）報告（社内）
_p58 = people(1, R)[0]
add("pass", ["PERSON_NAME"], [],
    "an alcohol-check failure reported internally; every recipient is internal", "cp932",
    addr_of("tachibana"), ["大河内 修 <o.okochi@hinode-sangyo.co.jp>"],
    "【報告】乗務前点呼 アルコール検知（狭山営業所）",
    f"""大河内室長

狭山営業所の橘です。本日の乗務前点呼で検知がありましたのでご報告します。

　日時：10月14日 5:12
　乗務員：{_p58['name']}
　測定値：0.08 mg/L（再測定 5:27 も 0.06 mg/L）
　措置：乗務させず、代替乗務員（予備）で6:00発を運行。遅延なし。

本人は前夜23時まで飲酒していたと申告しています。聞き取り記録は明日提出します。

橘
""")

# 059 英文: Confidential の DOCX → 海外メーカー
add("stop", [], ["confidential_marking"],
    "English report whose DOCX header is stamped CONFIDENTIAL, sent to a foreign manufacturer",
    "utf-8", addr_of("kuze"), ["Meridian Coachworks Technical Support <techsupport@meridian-coach.com>"],
    "Brake fade incidents on MC-12 units - our investigation report",
    f"""Dear Technical Support team,

As discussed on the call yesterday, attached is our internal investigation report on the
three brake-fade incidents observed on our MC-12 units (chassis MC12-0088, -0091, -0104).
We would appreciate your engineering team's view before the end of the month.

{sig_en("kuze")}
""",
    attachments=[{"kind": "docx", "name": "MC12_brake_investigation.docx", "page_header": "CONFIDENTIAL",
                  "title": "MC-12 brake fade investigation",
                  "paragraphs": ["MC-12 brake fade investigation", "1. Summary of incidents",
                                 "2. Data from digital tachographs", "3. Preliminary findings: drum temperature above 300C"]}])

# 060 運行依頼の確認（旅行会社・予約番号・乗務員名のみ）
add("pass", [], [],
    "booking confirmation with reservation numbers and drivers' names only", "iso-2022-jp",
    addr_of("mikami"), ["ひかりツーリスト 手配課 <tehai@hikari-tourist.co.jp>"],
    "【配車確定】予約番号 HT-88120 / HT-88121",
    f"""ひかりツーリスト 手配課 御中

お世話になっております。日の出バスの三上です。
以下のとおり配車が確定しました。

　予約番号 HT-88120　10/30　大型1台　車番 31-15　乗務員 鈴木・荒井
　予約番号 HT-88121　10/31　中型1台　車番 22-40　乗務員 野口

運行指示書は前日までにFAXいたします。

{sig("mikami", 2)}
""")
# ---------------------------------------------------------------------------------------
# 061 健診結果 XLSX（8名）→ 産業医クリニック
_p61 = people(8, R, female=0.15)
_rows61 = [["令和7年度 定期健康診断 有所見者一覧（乗務員）"], [],
           ["社員番号", "氏名", "生年月日", "血圧", "HbA1c", "心電図", "既往歴", "判定"]]
for p in _p61:
    _rows61.append([R.randint(1000, 1999), p["name"], iso(dob(R, 1960, 1985)),
                    f"{R.randint(130, 182)}/{R.randint(80, 112)}", round(R.uniform(5.4, 8.9), 1),
                    R.choice(["異常なし", "ST低下", "心房細動疑い", "異常なし"]),
                    R.choice(["なし", "糖尿病", "高血圧", "脳梗塞（H30）", "なし"]),
                    R.choice(["要精密検査", "要治療", "経過観察"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "health-check findings of eight named drivers in an XLSX sent to the outside occupational doctor",
    "cp932", addr_of("jonouchi"), ["みなみ内科クリニック 南先生 <minami@minami-naika.jp>"],
    "有所見者一覧（乗務可否のご意見をお願いします）",
    f"""南先生

いつもお世話になっております。日の出産業 人事労務課の城之内です。
今年度健診の有所見者8名の一覧をお送りします。
就業判定（乗務可／条件付き／不可）についてご意見をいただけますでしょうか。

{sig("jonouchi", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "有所見者一覧_R7.xlsx",
                  "sheets": {"有所見者": _rows61, "判定基準": [["区分", "内容"], ["要治療", "医療機関受診を指示"],
                                                           ["要精密検査", "2か月以内に再検査"]]}}])

# 062 パートナー青葉運輸へ：応援乗務員2名（氏名・免許種別のみ）
_p62 = people(2, R)
add("pass", ["PERSON_NAME"], ["personal_data"],
    "two drivers' names with licence class to a partner: two people, may warn", "iso-2022-jp",
    addr_of("hojo"), ["青葉運輸 配車 今泉様 <imaizumi@aoba-unyu.co.jp>"],
    "Re: 11/3 応援乗務員のお名前",
    f"""今泉様

お世話になっております。北条です。
11/3 に当社から応援に出す乗務員は次の2名です。

　{_p62[0]['name']}（大型二種・貸切経験10年）
　{_p62[1]['name']}（大型二種・貸切経験3年）

当日は7:00に貴社車庫へ直接伺います。

北条
""")

# 063 保護者3名（フリーメール）を To に並べた連絡
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three parents on different free-mail domains visible to each other in To", "iso-2022-jp",
    addr_of("mikami"),
    ["sasaki.family@gmail.com", "kawabata_m@yahoo.co.jp", "t-ogino@icloud.com"],
    "川越ジュニアFC 遠征バス 集合時間の変更",
    f"""川越ジュニアFC 保護者代表の皆様

日の出バスの三上です。
10月19日（日）の遠征バスについて、先方グラウンドの都合により
出発時刻が 6:30 → 6:00 に繰り上がりました。集合は 5:45 に川越運動公園 第2駐車場です。

お手数ですが、チームの皆様への周知をお願いいたします。

{sig("mikami", 1)}
""")

_T64 = "T" + corp_number("030001098765")
# 064 適格請求書（法人の登録番号）→ 企業顧客
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice to a corporate customer with the company's registration (T) number; no personal data",
    "utf-8", addr_of("ebihara"), ["北国フーズ 総務部 経理ご担当 <keiri@kitaguni-foods.co.jp>"],
    "ご請求書送付（請求番号 INV-2510-0187）社員旅行 貸切運賃",
    f"""北国フーズ株式会社
総務部 経理ご担当者様

いつもお世話になっております。日の出産業 経理課の海老原です。
10月4日の社員旅行（貸切バス2台）のご請求書をお送りします。

　請求番号　：INV-2510-0187
　ご請求額　：352,000円（うち消費税10% 32,000円）
　お支払期限：2025年11月30日
　登録番号　：{_T64}（日の出産業株式会社）

お振込先は請求書に記載の当社口座（みどり銀行 川越支店）です。

{sig("ebihara", 0)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2510-0187.pdf",
                  "lines": ["請求書", "北国フーズ株式会社 御中", "請求番号 INV-2510-0187",
                            f"適格請求書発行事業者 登録番号 {_T64}", "貸切バス運賃（大型2台）  320,000",
                            "消費税(10%)  32,000", "合計  352,000円",
                            "振込先 みどり銀行 川越支店 普通 1234567 ﾆﾂｼｭﾂｻﾝｷﾞｮｳ(ｶ"]}])

# 065 IC 定期移行データ（20名）CSV → ツバサシステム
_p65 = people(20, R, female=0.45)
_rows65 = [["定期ID", "氏名", "カナ", "生年月日", "住所", "電話", "区間", "種別"]]
for p in _p65:
    _rows65.append([f"T{R.randint(100000, 999999)}", p["name"], p["kana"], iso(dob(R, 1950, 2010)), addr(R, zip_=False),
                    R.choice([mobile(R), landline(R)]), R.choice(["川越駅～的場", "霞ヶ関駅～笠幡", "本川越駅～市役所"]),
                    R.choice(["通勤", "通学", "通勤"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "20 commuter-pass holders with birth dates, addresses and phones sent to the system vendor",
    "cp932", addr_of("nonomura"), ["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
    "IC定期移行テスト用データ（川越営業所分の抜粋）",
    f"""ツバサシステム 移行チーム御中

日の出産業の野々村です。
IC定期移行のテスト用に、磁気定期の購入者データを抜粋してお送りします。
本番データからそのまま抜き出したものですので、テスト後は削除をお願いします。

{sig("nonomura", 0)}
""",
    attachments=[{"kind": "csv", "name": "teiki_ikou_test_kawagoe.csv", "rows": _rows65}])

# 066 乗務員採用の応募者へ（gmail・1名）
add("pass", [], ["freemail_recipient"],
    "interview scheduling with one applicant on free mail", "iso-2022-jp",
    addr_of("jonouchi"), ["yuto.kinoshita.bus@gmail.com"],
    "【日の出バス】乗務員採用 面接日程のご案内",
    f"""木下 様

このたびは日の出バスの乗務員採用にご応募いただき、ありがとうございます。
書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：10月22日（水）10:00～（所要 約1時間半・適性検査含む）
　場所：日の出産業株式会社 本社 2階会議室（川越市新宿町3-18-7）
　持ち物：運転免許証、筆記用具

大型二種免許をお持ちでない方には、入社後の養成制度もご説明いたします。
ご都合が悪い場合は、本メールにご返信ください。

{sig("jonouchi", 0)}
""")

# 067 川崎電機 構内入構用：送迎乗務員の免許証番号（6名）XLSX
_p67 = people(6, R, female=0.0)
_rows67 = [["送迎バス乗務員 入構申請"], ["氏名", "フリガナ", "免許証番号", "免許の種類", "有効期限"]]
for p in _p67:
    _rows67.append([p["name"], p["kana"], licence(R), "大型二種", f"令和{R.randint(8, 11)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"])
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "six drivers' licence numbers in an XLSX sent to a customer (partner) for site access", "iso-2022-jp",
    addr_of("hojo"), ["川崎電機 川越工場 総務課 入構受付 <nyuko@kawasaki-denki.co.jp>"],
    "送迎バス乗務員の入構申請（11月からの担当替え）",
    f"""川崎電機株式会社 川越工場
総務課 入構受付ご担当者様

いつもお世話になっております。日の出産業 運行管理課の北条です。
11月から送迎便の担当乗務員が入れ替わるため、入構申請書をお送りします。
ご指示のとおり免許証番号を記載しております。

{sig("hojo", 3)}
""",
    attachments=[{"kind": "xlsx", "name": "入構申請_送迎乗務員_11月.xlsx", "sheets": {"申請": _rows67}}])

# 068 HTML-only お知らせ（旅行会社は Bcc）
add("pass", [], [],
    "HTML-only announcement with agencies in Bcc only; To is internal", "utf-8",
    addr_of("mikami"), ["貸切営業課 <kashikiri@hinode-sangyo.co.jp>"],
    "【日の出バス】新型ハイデッカー導入のお知らせ",
    html="""<html><body>
<p>旅行会社ご担当者様</p>
<p>平素より格別のお引き立てを賜り、厚く御礼申上げます。<br>
このたび日の出バスでは、新型ハイデッカー車（正席53・トイレ付）を2台導入いたしました。</p>
<table border="1" cellpadding="3">
<tr><th>車種</th><th>座席</th><th>設備</th><th>運行開始</th></tr>
<tr><td>日野セレガ HD</td><td>53</td><td>トイレ・USB電源・Wi-Fi</td><td>2025年11月</td></tr>
<tr><td>いすゞガーラ HD</td><td>53</td><td>トイレ・USB電源</td><td>2025年12月</td></tr>
</table>
<p>ご予約・お見積りは貸切営業課（049-241-5530）までお問い合わせください。</p>
<p>日の出産業株式会社 貸切営業課</p>
</body></html>""",
    bcc=["eto@hikari-tourist.co.jp", "shiire@sainokuni-travel.jp", "tehai@meguri-tours.co.jp",
         "info@formosa-holidays.com.tw"])

# 069 1件明細ブロック形式：貸切個人客6名 → 錦印刷（DM 宛名）
_p69 = people(6, R, female=0.5)
_blk69 = "\n".join(f"―――――――――――\n{p['name']} 様\n{addr(R)}\nTEL {R.choice([landline(R), mobile(R)])}" for p in _p69)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "six individual customers' names, addresses and phones sent to the printer for a mailing",
    "cp932", addr_of("mikami"), ["錦印刷 DM制作 <dm@nishiki-insatsu.co.jp>"],
    "年末ツアーDM 宛名データ（追加分）",
    f"""錦印刷 DM制作ご担当者様

日の出バスの三上です。
年末ツアーDMの宛名、Excel で送った分に加えて下記6件を追加してください。
（電話番号は不要ですが、コピーしたまま入っています）

{_blk69}
―――――――――――

{sig("mikami", 2)}
""")

# 070 社内: 事故報告の転送（負傷乗客の情報・社内のみ）
_p70 = people(2, R, female=1.0)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], [],
    "forward of an accident report with injured passengers among internal recipients only", "iso-2022-jp",
    addr_of("niwa"), ["川越営業所 所長 <kawagoe-shocho@hinode-sangyo.co.jp>", "o.okochi@hinode-sangyo.co.jp"],
    "FW: 【事故速報】霞ヶ関線 車内転倒",
    f"""所長、大河内室長

丹羽です。営業所からの速報を共有します。

-------- 転送メッセージ --------
件名: 【事故速報】霞ヶ関線 車内転倒
送信者: 川越営業所 運行管理

負傷者：
　{_p70[0]['name']}（78歳）右大腿骨頸部骨折の疑い、救急搬送　家族連絡先 {mobile(R)}
　{_p70[1]['name']}（65歳）左手首打撲、自力で帰宅
""")

# 071 障害者手帳を持つお客様（1名・要配慮）→ 旅行会社
_p71 = people(1, R, female=0.0)[0]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one passenger's disability certificate grade and wheelchair use sent to a travel agency",
    "iso-2022-jp", addr_of("mikami"), ["彩の国トラベル 宮坂様 <miyasaka@sainokuni-travel.jp>"],
    "会津ツアー 障害者割引の適用について",
    f"""宮坂様

お世話になっております。三上です。
会津ツアーのお客様のうち、障害者割引の適用を申請された方の情報です。

　お名前：{_p71['name']}様
　手帳　：身体障害者手帳 1種2級（両下肢機能障害）
　移動　：車椅子（電動ではありません）、乗降時介助が必要
　連絡先：{mobile(R)}

リフト付き車両での運行とし、運賃は介助者1名まで5割引で計算しています。

{sig("mikami", 0)}
""")

# 072 4校を To/Cc に並べたスクールバス時刻変更
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four schools of different domains visible to each other in To/Cc", "cp932",
    addr_of("nonomura"),
    ["入間川小学校 <jimu@irumagawa-es.ed.jp>", "川越北高等学校 <jimu@kawagoekita-h.ed.jp>"],
    "スクールバス・通学便 時刻変更のお知らせ（11/4〜）",
    f"""各学校 ご担当者様

日の出バス 路線営業課の野々村です。
11月4日より冬ダイヤとなり、通学便の時刻を以下のとおり変更いたします。

　入間川小学校 行き　7:25 → 7:20
　川越北高等学校 行き　7:40 → 7:35（霞ヶ関駅北口発）
　星稜学園 行き　　　7:05 → 7:00
　武蔵野台大学 行き　8:10 → 8:05（本川越駅発）

生徒・学生の皆様へのご周知をお願いいたします。

{sig("nonomura", 1)}
""",
    cc=["星稜学園 事務局 <office@seiryo-gakuen.ed.jp>", "武蔵野台大学 学生課 <gakusei@musashinodai.ac.jp>"])

# 073 委託先へ 6名の勤務割（氏名＋乗務時刻のみ）
_p73 = people(6, R, female=0.15)
add("either", ["PERSON_NAME"], ["personal_data"],
    "six drivers' names with shift times only (no contact data) to a partner operator: borderline list",
    "iso-2022-jp", addr_of("hojo"), ["青葉運輸 運行管理 <unkan@aoba-unyu.co.jp>"],
    "共同運行便（川越～羽田空港線）11月第1週の乗務割",
    "青葉運輸 運行管理ご担当者様\n\n日の出産業の北条です。\n共同運行便の当社担当分の乗務割をお知らせします。\n\n"
    + pad([["便", "出発", "乗務員"]] + [[f"{R.choice(['101', '103', '105', '201', '203'])}便",
                                         f"{R.randint(4, 9)}:{R.choice(['00', '20', '40'])}", p["name"]] for p in _p73])
    + "\n\n交代の際は前日までにご連絡します。\n\n" + sig("hojo", 2) + "\n")

# 074 乗車券・定期券の問い合わせへの返信（yahoo・1名）
add("pass", [], ["freemail_recipient"],
    "reply to a private person's commuter-pass enquiry on free mail", "cp932",
    addr_of("nonomura"), ["k_tsuchiya1971@yahoo.co.jp"],
    "Re: 定期券の払い戻しについて",
    f"""土屋 様

日の出バス 路線営業課の野々村です。お問い合わせありがとうございます。

通勤定期券の払い戻しは、有効期間の開始日から1か月単位で計算いたします。
ご購入の6か月定期（10/1開始）を11月中に払い戻す場合、
使用済み期間を1か月定期運賃で差し引き、手数料220円を控除した額となります。

払い戻しは定期券と、ご購入時の領収書をお持ちのうえ各営業所窓口でお手続きください。

> 10月から6か月の定期を買いましたが、転勤のため11月で不要になります。
> いくら戻ってきますか。

{sig("nonomura", 0)}
""")

# 075 破損した PDF → 運輸支局
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is damaged and cannot be read", "iso-2022-jp",
    addr_of("hojo"), ["埼玉運輸支局 輸送担当 <yuso-saitama@kanto-unyu.go.jp>"],
    "事業計画変更届（系統廃止）の添付資料",
    f"""埼玉運輸支局 輸送担当御中

日の出産業の北条です。
狭山3系統の廃止に係る事業計画変更届の添付資料（地図・利用実績）をお送りします。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "狭山3系統_廃止資料.pdf"}])

# 076 英文マニフェスト（10名）→ 海外旅行会社
_p76 = people(10, R, female=0.5)
_man = "\n".join(f"{i + 1:>2}. {p['ROMAJI']:<24} DOB {iso(dob(R, 1950, 2005), '-')}  "
                 f"{p['romaji'].split()[0].lower()}{R.randint(1, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}"
                 for i, p in enumerate(_p76))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], ["personal_data"],
    "passenger manifest of ten people with birth dates and e-mails sent to a foreign agency", "utf-8",
    addr_of("mikami"), ["Operations, Pacific Link Tours <ops@pacificlink-tours.com>"],
    "Manifest for airport transfer PLT-2291 (Narita -> Kawagoe, 12 Nov)",
    f"""Hello team,

As requested, the passenger manifest for transfer PLT-2291 is below. These are the
Japanese-resident guests joining your group at Narita on 12 November.

{_man}

Please let us know if the flight (NH 812, arr. 15:40) changes.

{sig_en("mikami")}
""")

# 077 「社外秘ではない」と書いただけの資料送付
add("pass", [], [],
    "mentions that the material is NOT 社外秘; no marking on any document", "iso-2022-jp",
    addr_of("hojo"), ["交通計画研究所 樋渡様 <hiwatashi@kotsu-keikaku.co.jp>"],
    "乗降調査の集計結果（共有可）",
    f"""樋渡様

お世話になっております。北条です。
9月に実施した乗降調査の集計表をお送りします。
先日の資料と違い、こちらは社外秘扱いではありませんので、
貴社内や市の担当者様と共有いただいて構いません。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "乗降調査_202509_集計.xlsx",
                  "sheets": {"系統別": [["系統", "平日乗車", "休日乗車"], ["川越12", 3120, 1840],
                                       ["狭山3", 412, 205], ["坂戸7", 880, 390]]}}])

# 078 返信スレッドで新しく負傷者情報を書き足す → 保険会社
_p78 = people(1, R, female=1.0)[0]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "reply whose new text adds an injured passenger's name, phone and diagnosis for the insurer",
    "cp932", addr_of("niwa"), ["東和損害保険 林様 <jiko-center@towa-sonpo.co.jp>"],
    "Re: 事故受付番号 A25-1006-512 負傷者情報のご提供依頼",
    f"""林様

丹羽です。ご依頼の負傷者情報です。

　{_p78['name']}様（{_p78['kana']}）
　診断：右橈骨遠位端骨折（手術予定）
　入院先：埼玉西部医療センター 整形外科
　ご連絡先：{mobile(R)}（ご長男様）

ご本人は高齢のため、連絡はご長男様経由をご希望です。

-----Original Message-----
差出人: 林 <jiko-center@towa-sonpo.co.jp>
送信日時: 2025年10月7日 9:15
件名: 事故受付番号 A25-1006-512 負傷者情報のご提供依頼

丹羽様
重傷の方について、お名前・診断名・連絡先をお知らせください。
""")

# 079 遺失物の統計（件数のみ）→ 警察署
add("pass", [], [],
    "lost-property statistics (counts only) to the police", "iso-2022-jp",
    addr_of("sugimoto"), ["川越警察署 遺失物係 <ishitsubutsu@kawagoe-ps.police-saitama.lg.jp>"],
    "9月分 拾得物件数のご報告",
    f"""川越警察署 遺失物係 御中

日の出バス川越営業所の杉本です。9月分の拾得物の件数をご報告します。

　傘　　　　　　 64件（返還 11）
　財布・現金　　 17件（返還 15）
　携帯電話　　　 12件（返還 12）
　衣類・袋物　　 38件（返還 9）
　その他　　　　 22件（返還 6）

提出物件は明日10時に持参いたします。

{sig("sugimoto", 2)}
""")

# 080 マイナンバー（扶養控除・3名）XLSX → 税理士事務所
_p80 = people(3, R)
_rows80 = [["扶養控除等申告書 個人番号一覧"], ["区分", "氏名", "続柄", "生年月日", "個人番号"]]
_seed = 7703
for p in _p80:
    _rows80.append(["本人", p["name"], "本人", iso(dob(R, 1965, 1990)), my_number(_seed)])
    _seed += 1
    _rows80.append(["扶養", p["sei"] + " " + R.choice(["花子", "陽菜", "翔"]), R.choice(["妻", "子"]),
                    iso(dob(R, 1968, 2015)), my_number(_seed)])
    _seed += 1
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], ["personal_data"],
    "My Numbers of three drivers and dependants in an XLSX to an outside tax office", "iso-2022-jp",
    addr_of("ebihara"), ["あさぎ税理士法人 給与計算チーム <kyuyo@asagi-tax.jp>"],
    "年末調整：中途入社3名の個人番号",
    f"""あさぎ税理士法人 給与計算チーム御中

日の出産業 経理課の海老原です。
年末調整用に、中途入社の乗務員3名と扶養親族の個人番号をお送りします。

{sig("ebihara", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "個人番号_中途入社3名.xlsx", "sheets": {"個人番号": _rows80}}])
# ---------------------------------------------------------------------------------------
# 081 北国フーズのつもりが kitagunl-foods.co.jp（i→l のホモグリフ）
add("stop", [], ["lookalike_domain"],
    "kitagunl-foods.co.jp imitates partner kitaguni-foods.co.jp (i replaced by l)", "iso-2022-jp",
    addr_of("mikami"), ["北国フーズ 総務部 河野様 <kono@kitagunl-foods.co.jp>"],
    "Re: 来春の社員旅行 バスのお見積り",
    f"""河野様

いつもお世話になっております。日の出バスの三上です。
来年4月の社員旅行（1泊2日・箱根）のお見積りをお送りします。

　大型バス 3台 × 2日間　　1,188,000円（税込）
　乗務員宿泊費　　　　　　　 実費（1名 12,000円目安）
　有料道路・駐車場代　　　　 実費

ご予算に合わせて中型への変更も可能です。ご検討ください。

{sig("mikami", 0)}

> 三上様
> 昨年と同じ規模で、来春の社員旅行の見積もりをお願いできますか。
> 北国フーズ 河野
""")

# 082 保険更新の連絡（免責文つき）
add("pass", [], [],
    "insurance renewal talk with the standard confidentiality disclaimer at the end", "cp932",
    addr_of("kuze"), ["東和損害保険 企業営業第三課 <kigyo3@towa-sonpo.co.jp>"],
    "フリート契約の更新条件について",
    f"""企業営業第三課 御中

お世話になっております。日の出産業 整備管理課の久世です。
12月1日更新のフリート契約について、ご提示の条件（優良割引 70%、対物無制限）で
進めていただいて問題ございません。
ドライバー異常時対応システム装着車の割引について、対象台数を12台でご確認ください。

{sig("kuze", 0)}

{DISC_JA}
""")

# 083 【取扱注意】XLSX のヘッダー（人件費計画）→ 人材会社
add("stop", [], ["confidential_marking"],
    "workbook carries a 取扱注意 page-header stamp and goes to an outside staffing firm", "utf-8",
    addr_of("jonouchi"), ["ドライバーズワーク 営業部 吉岡様 <yoshioka@driverswork.co.jp>"],
    "来期の派遣乗務員 必要人数の見込み",
    f"""吉岡様

いつもお世話になっております。日の出産業の城之内です。
来期の派遣乗務員の必要人数について、営業所別の見込みをまとめました。
単価のご提案をいただく際の参考にしてください。

{sig("jonouchi", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "来期_乗務員要員計画.xlsx", "page_header": "取扱注意",
                  "sheets": {"要員計画": [["来期 乗務員要員計画（営業所別）"], ["営業所", "必要数", "正社員", "派遣", "不足"],
                                         ["川越", 118, 102, 10, 6], ["狭山", 74, 61, 8, 5], ["坂戸", 45, 40, 3, 2]]}}])

# 084 乗務員3名の連絡先 → 企業（社員旅行の幹事・3名）
_p84 = people(3, R)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three drivers' day-of-trip mobiles to the customer: under five people, may warn", "iso-2022-jp",
    addr_of("mikami"), ["北国フーズ 総務部 河野様 <kono@kitaguni-foods.co.jp>"],
    "11/3 社員旅行 当日の乗務員連絡先",
    "河野様\n\nお世話になっております。三上です。\n11/3 当日の各号車の乗務員と連絡先をお知らせします。\n\n"
    + "\n".join(f"{i + 1}号車：{p['name']}　{mobile(R)}" for i, p in enumerate(_p84))
    + "\n\n集合場所の変更などは、各号車の乗務員へ直接ご連絡ください。\n\n" + sig("mikami", 2) + "\n")

# 085 貸切の返金先カード番号（返信の新しい本文）→ 旅行会社
_c85 = card_number(7709)
_p85 = people(1, R, female=1.0)[0]
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's card number for a refund written in new reply text to a travel agency", "utf-8",
    addr_of("ebihara"), ["めぐりツアーズ 精算担当 <seisan@meguri-tours.co.jp>"],
    "Re: キャンセル分の返金処理（予約 MT-40577）",
    f"""精算ご担当者様

日の出産業 経理課の海老原です。
MT-40577（10/25 キャンセル分）の返金先について、お客様よりお電話で伺った内容です。
貴社の決済端末で返金処理をお願いします。

　名義：{_p85['name']} 様
　カード番号：{_c85}
　返金額：18,400円

> 海老原様
> お客様が当社経由ではなくカードで直接お支払いのため、返金先のカード情報をご確認ください。
""")

# 086 社内: マイナンバー収集の督促（社内のみ）
_p86 = people(1, R)[0]
_mn86 = my_number(7710)
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "a My Number passed between HR and accounting, both internal", "iso-2022-jp",
    addr_of("jonouchi"), ["海老原 千晶 <ebihara@hinode-sangyo.co.jp>"],
    "個人番号 未提出者1名分（届きました）",
    f"""海老原さん

お疲れさまです。城之内です。
未提出だった坂戸営業所の {_p86['name']} さんから、番号確認書類が届きました。

　個人番号：{_mn86}

本人確認（運転免許証）は済んでいます。源泉徴収票の作成に使ってください。
このメールは処理後に削除をお願いします。

城之内
""")

# 087 宗教団体の参拝旅行：信徒名簿（6名）→ さくらホテル
_p87 = people(6, R, female=0.6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "participant list identifying people as members of a religious group (creed) sent to a hotel",
    "cp932", addr_of("mikami"), ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    "11/15 団体参拝 ご宿泊者（先発隊）",
    "さくらホテル 団体予約ご担当者様\n\n日の出バスの三上です。\n"
    "11/15 の「光明会 川越支部」様 本山参拝旅行で、前日入りされる先発隊6名の名簿です。\n"
    "朝のおつとめのため、5時に大広間のご使用をご希望されています。\n\n"
    + "\n".join(f"{p['name']}（光明会 川越支部 {R.choice(['支部長', '世話人', '信徒', '信徒'])}）　{mobile(R)}" for p in _p87)
    + "\n\n" + sig("mikami", 1) + "\n")

# 088 保険会社へ事故の匿名報告（個人を特定する情報なし？）
add("either", ["SENSITIVE_CATEGORY"], ["personal_data"],
    "injury of an unnamed elderly passenger with exact date, route and stop: identifiability debatable",
    "iso-2022-jp", addr_of("niwa"), ["東和損害保険 林様 <jiko-center@towa-sonpo.co.jp>"],
    "車内事故の報告（10/17 川越12系統）",
    f"""林様

丹羽です。10月17日に発生した車内事故の概要をご報告します。

　日時：10月17日（金）14時08分
　場所：川越12系統「的場」停留所 発車直後
　内容：座席から立ち上がった70代の女性のお客様が転倒
　負傷：右手首骨折（ご本人からの連絡による）

お客様のご連絡先は、ご本人の了承を得てから改めてお知らせします。

{sig("niwa", 2)}
""")

# 089 添付の転送メール（eml）→ 保険会社（営業所の事故速報：負傷者の病名・連絡先）
_p89 = people(1, R, female=0.0)[0]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "attached internal accident mail (eml) with an injured passenger's diagnosis and phone sent to the insurer",
    "utf-8", addr_of("niwa"), ["東和損害保険 浅見様 <asami@towa-sonpo.co.jp>"],
    "営業所からの事故速報（添付）",
    "浅見様\n\n丹羽です。営業所からの速報メールをそのまま添付します。\n詳細は添付をご覧ください。\n\n丹羽\n",
    attachments=[{"kind": "eml", "name": "事故速報_坂戸7系統.eml", "message": {
        "charset": "iso-2022-jp", "sender": "坂戸営業所 運行管理 <sakado-unkan@hinode-sangyo.co.jp>",
        "to": ["k.niwa@hinode-sangyo.co.jp"], "subject": "【事故速報】坂戸7系統 乗降時の転落",
        "body": f"丹羽さん\n\n本日16:40、坂戸駅北口で降車時に男性のお客様がステップから転落しました。\n"
                f"お客様：{_p89['name']}様（71歳）\n病院：坂戸中央病院　診断：左足関節骨折、入院\n"
                f"ご家族（奥様）連絡先：{mobile(R)}\n"
                f"ご本人は糖尿病の持病があり、足元がふらついていたとのことです。\n\n坂戸営業所 運行管理\n"}}])

# 090 健診予約（人数のみ）→ クリニック
add("pass", [], [],
    "health-check booking by headcount only; no names", "iso-2022-jp",
    addr_of("jonouchi"), ["みなみ内科クリニック 受付 <uketsuke@minami-naika.jp>"],
    "11月 乗務員健診（雇入時・特定業務）のご予約",
    f"""みなみ内科クリニック 受付ご担当者様

いつもお世話になっております。日の出産業 人事労務課の城之内です。
11月の乗務員健診のご予約をお願いします。

　11月11日（火）午前　雇入時健診　3名
　11月13日（木）午前　深夜業従事者健診　8名
　11月18日（火）午前　深夜業従事者健診　7名

受診者のお名前は、前週までに受診票でお送りします。

{sig("jonouchi", 0)}
""")

# 091 派遣元へ乗務員の診断書の内容（脳梗塞・1名）
_p91 = people(1, R)[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a dispatched driver's diagnosis (stroke, unfit to drive) sent to the staffing agency",
    "cp932", addr_of("tachibana"), ["ドライバーズワーク 埼玉支店 吉岡様 <saitama@driverswork.co.jp>"],
    "派遣乗務員 乗務停止のご連絡",
    f"""吉岡様

お世話になっております。日の出バス狭山営業所の橘です。
貴社から派遣いただいている {_p91['name']} さんについて、本人から提出のあった診断書の内容をお伝えします。

　診断名：ラクナ梗塞（10/8 発症、10/15 退院）
　所見　：軽度の右手のしびれが残存。主治医の意見は「3か月間は大型車の運転を控えること」

当社としては、主治医の許可が出るまで乗務をお願いできません。
代わりの方の手配についてご相談させてください。

{sig("tachibana", 0)}
""")

# 092 運行実績（車両別）XLS → 青葉運輸
add("pass", [], [],
    "per-vehicle operating figures (legacy XLS) to a partner operator", "cp932",
    addr_of("hojo"), ["青葉運輸 運行管理 <unkan@aoba-unyu.co.jp>"],
    "共同運行便 10月分 運行実績（精算用）",
    f"""青葉運輸 運行管理ご担当者様

日の出産業の北条です。共同運行便（川越～羽田空港線）10月分の当社運行実績です。
精算の基礎数値としてご確認ください。

{sig("hojo", 1)}
""",
    attachments=[{"kind": "xls", "name": "共同運行_10月実績_日の出.xls",
                  "sheets": {"10月": [["車番", "運行回数", "実車キロ", "輸送人員", "運賃収入"],
                                      ["31-15", 52, 6240, 1411, 1862520], ["31-16", 48, 5760, 1297, 1712040],
                                      ["22-40", 12, 1440, 188, 248160]]}}])

# 093 車両保険の運転者限定：免許証番号（8名）PDF → 保険会社
_p93 = people(8, R, female=0.1)
_t93 = [["氏名", "生年月日", "免許証番号", "種類"]] + [
    [p["name"], wareki(dob(R, 1960, 1993), "short"), licence(R), "大型二種"] for p in _p93]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "eight drivers' licence numbers and birth dates in a PDF table sent to the insurer", "iso-2022-jp",
    addr_of("kuze"), ["東和損害保険 企業営業第三課 <kigyo3@towa-sonpo.co.jp>"],
    "貸切車両 運転者登録の追加（8名）",
    f"""企業営業第三課 御中

日の出産業の久世です。
貸切車両の運転者登録に追加する8名の一覧をPDFでお送りします。
12月1日の更新時から反映をお願いします。

{sig("kuze", 2)}
""",
    attachments=[{"kind": "pdf", "name": "運転者登録_追加8名.pdf", "title": "運転者登録 追加",
                  "lines": ["貸切車両 運転者登録（追加分）", "日の出産業株式会社", ""], "table": _t93}])

# 094 返信（差出人：…送信日時：…の下に事故の詳細。新しい本文はお礼のみ）
_q94 = people(2, R, female=0.5)
add("pass", [], [],
    "new text only thanks the insurer; injured passengers' details are in the quoted original", "utf-8",
    addr_of("niwa"), ["東和損害保険 林様 <jiko-center@towa-sonpo.co.jp>"],
    "RE: 【ご確認】10/6 事故 負傷者の通院状況",
    f"""林様

ご連絡ありがとうございます。丹羽です。
内容承知しました。社内でも共有いたします。引き続きよろしくお願いいたします。

丹羽

差出人: 林 <jiko-center@towa-sonpo.co.jp>
送信日時: 2025年11月4日 10:21
宛先: 丹羽 浩二 <k.niwa@hinode-sangyo.co.jp>
件名: 【ご確認】10/6 事故 負傷者の通院状況

丹羽様
> {_q94[0]['name']}様：頸椎捻挫、10/31 で通院終了、示談交渉に移行
> {_q94[1]['name']}様：右前腕打撲、通院終了済み
以上、ご報告いたします。
""")

# 095 遺失物：持ち主3名（別々のフリーメール）を To に並べて一斉連絡
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three lost-property owners (private persons) put together in To instead of Bcc", "cp932",
    addr_of("sugimoto"), ["m.aimono@gmail.com", "haruka_0312@ezweb.ne.jp", "nakamura-s@docomo.ne.jp"],
    "お忘れ物 保管期限のお知らせ（日の出バス川越営業所）",
    f"""お客様各位

日の出バス川越営業所です。
先日お問い合わせいただいたお忘れ物について、保管期限が近づいております。
10月24日（金）を過ぎますと警察署へ引き渡しとなりますので、
お早めに営業所窓口までお越しください。

{sig("sugimoto", 3)}
""")

# 096 路線図 PDF（ZIP・暗号化なし）→ 錦印刷
add("pass", [], [],
    "unencrypted ZIP of route maps for printing; nothing personal", "iso-2022-jp",
    addr_of("hojo"), ["錦印刷 営業部 長尾様 <nagao@nishiki-insatsu.co.jp>"],
    "路線図リーフレット 校了データ",
    f"""長尾様

お世話になっております。北条です。
路線図リーフレットの校了データをZIPでお送りします（PDF 2点）。
部数は前回と同じく各 20,000 部でお願いします。

{sig("hojo", 0)}
""",
    attachments=[{"kind": "zip", "name": "rosenzu_2025aki.zip",
                  "files": [{"kind": "pdf", "name": "rosenzu_kawagoe.pdf", "lines": ["川越エリア 路線図", "川越駅西口 — 的場 — 北高前"]},
                            {"kind": "pdf", "name": "rosenzu_sayama.pdf", "lines": ["狭山エリア 路線図", "狭山市駅 — 入間川 — 堀兼"]}]}])

# 097 健康起因事故報告（急性心筋梗塞）→ 運輸局
_p97 = people(1, R, rare=1.0)[0]
_d97 = dob(R, 1962, 1970)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "health-caused accident report naming the driver with his heart attack and medical history",
    "iso-2022-jp", addr_of("okochi"), ["関東運輸局 自動車安全監査官 <anzen-kansa@kanto-unyu.go.jp>"],
    "健康起因事故の速報（運転者の疾病による運行中止）",
    f"""関東運輸局 自動車安全監査官 殿

日の出産業株式会社 安全統括管理者の大河内です。
運転者の疾病により事業用自動車の運行を継続できなくなった事案が発生しましたので、速報いたします。

　発生日時：令和7年10月21日 8時55分
　系統　　：狭山3系統（入間川→堀兼）
　運転者　：{_p97['name']}（{wareki(_d97)}生）
　状況　　：運転中に胸痛を訴え、路肩に停車。ドライバー異常時対応システムは不使用
　診断　　：急性心筋梗塞（搬送先にて緊急カテーテル治療）
　既往歴　：高血圧・脂質異常症（内服中）、直近の健診では要精密検査
　乗客　　：4名、負傷なし

事故報告書は規則に基づき期限内に提出いたします。

{sig("okochi", 0)}
""")

# 098 引受書 DOCX（法人の取引先情報のみ）→ 企業
add("pass", [], [],
    "charter contract (引受書) with company details only, sent to the corporate customer", "utf-8",
    addr_of("mikami"), ["川崎電機 総務部 <somu@kawasaki-denki.co.jp>"],
    "貸切バス運送引受書（11/27 工場見学会）",
    f"""川崎電機株式会社 総務部 御中

いつもお世話になっております。日の出バスの三上です。
11月27日（木）工場見学会の運送引受書をお送りします。
内容をご確認のうえ、相違なければご返信ください。

{sig("mikami", 0)}
""",
    attachments=[{"kind": "docx", "name": "運送引受書_川崎電機_1127.docx", "title": "運送引受書",
                  "paragraphs": ["貸切バス運送引受書", "契約責任者：川崎電機株式会社 総務部（代表 049-299-1000）",
                                 "運送事業者：日の出産業株式会社（一般貸切旅客自動車運送事業 関自旅二第1234号）"],
                  "tables": [[["項目", "内容"], ["運行日", "2025年11月27日"], ["車種・台数", "大型 2台"],
                              ["配車場所", "本川越駅 東口 ロータリー 9:00"], ["行程", "本川越駅 → 川越工場 → 本川越駅"],
                              ["運賃・料金", "184,800円（税込）"], ["支払方法", "月末締め翌月末振込"]]]}])

# 099 乗務員5名の社用携帯 → 学校（会社支給の番号）
_p99 = people(5, R, female=0.2)
add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five drivers listed with company-issued phones (business contacts?) sent to a school: borderline",
    "iso-2022-jp", addr_of("mikami"), ["星稜学園 学年主任 舘野先生 <tateno@seiryo-gakuen.ed.jp>"],
    "修学旅行 各号車の乗務員（社用携帯）",
    "舘野先生\n\nお世話になっております。三上です。\n各号車の乗務員と、乗務中に持たせる社用携帯の番号です。\n"
    "番号は会社支給のもので、旅行終了後は別の乗務員が使用します。\n\n"
    + "\n".join(f"　{i + 1}号車　{p['name']}　社用携帯 080-4471-{3301 + i:04d}" for i, p in enumerate(_p99))
    + "\n\n" + sig("mikami", 0) + "\n")

# 100 白川法律事務所のつもりが shirakwa-law.jp（a 抜け）：示談交渉（後遺障害）
_p100 = people(1, R, female=1.0)[0]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["lookalike_domain", "personal_data"],
    "settlement details with an injured passenger's after-effects to shirakwa-law.jp, a look-alike of the partner law firm",
    "iso-2022-jp", addr_of("niwa"), ["白川法律事務所 白川先生 <shirakawa@shirakwa-law.jp>"],
    "示談交渉のご相談（10/6 車内事故・後遺障害）",
    f"""白川先生

いつもお世話になっております。日の出産業 安全推進室の丹羽です。
10月6日の車内事故で負傷された {_p100['name']} 様（68歳）について、
症状固定後に後遺障害14級9号（頸部痛）の認定が出たとのことで、
相手方代理人から示談金 420万円の提示がありました。

保険会社の提示額との差が大きく、訴訟になった場合の見通しをご相談させてください。
診断書と後遺障害診断書の写しは明日郵送いたします。

{sig("niwa", 0)}
""")

# ---------------------------------------------------------------------------------------
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"bus-{_i:03d}"
