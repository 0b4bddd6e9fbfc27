"""Blind evaluation corpus — area: sashiosae (差押え対応).

The payroll team (人事部 給与・社会保険グループ) of 日の出産業株式会社 and the mail it sends
while handling wage garnishment: 債権差押命令 from district courts (陳述書, 事情届, 供託),
滞納処分 attachments from tax offices and city tax departments, creditors' lawyers and
consumer-finance collection desks, debt-counselling referrals, employees' 自己破産 /
債務整理 notices (受任通知), 養育費 (child-support) deductions, and the ordinary mail to the
payroll vendor, the outsourced payroll bureau, the 社労士 and the bank.

Every person, number, address, case number and account in this file is invented.
Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only
(no code, rules or tests of the product were read, nor any other author's corpus file).
"""

from __future__ import annotations

import random
from datetime import date

from build import card_number, my_number

SEED = 18201
R = random.Random(SEED)


def mn(k: int) -> str:
    return my_number(SEED + k)


def cardno(k: int) -> str:
    return card_number(SEED + k)


_ZEN = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def corp_no(base12: str) -> str:
    """法人番号: check digit (first digit) = 9 - (sum P_n*Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SEI = [
    ("四十物", "ヨモノ", "Yomono"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("寒河江", "サガエ", "Sagae"),
    ("善養寺", "ゼンヨウジ", "Zenyoji"), ("廿楽", "ツヅラ", "Tsuzura"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("左右田", "ソウダ", "Soda"),
    ("能登谷", "ノトヤ", "Notoya"), ("阿比留", "アビル", "Abiru"),
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("漆原", "ウルシバラ", "Urushibara"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("柳楽", "ナギラ", "Nagira"), ("保科", "ホシナ", "Hoshina"), ("湊", "ミナト", "Minato"),
    ("椎名", "シイナ", "Shiina"), ("皆川", "ミナガワ", "Minagawa"), ("越智", "オチ", "Ochi"),
    ("神保", "ジンボ", "Jinbo"), ("宇佐美", "ウサミ", "Usami"), ("及川", "オイカワ", "Oikawa"),
    ("目黒", "メグロ", "Meguro"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("五味", "ゴミ", "Gomi"), ("八木橋", "ヤギハシ", "Yagihashi"), ("蛭田", "ヒルタ", "Hiruta"),
]
MEI = [
    ("健一", "ケンイチ", "Kenichi"), ("亜希子", "アキコ", "Akiko"), ("翔太", "ショウタ", "Shota"),
    ("真由美", "マユミ", "Mayumi"), ("大輔", "ダイスケ", "Daisuke"), ("千尋", "チヒロ", "Chihiro"),
    ("浩二", "コウジ", "Koji"), ("美咲", "ミサキ", "Misaki"), ("雄大", "ユウダイ", "Yudai"),
    ("里奈", "リナ", "Rina"), ("孝之", "タカユキ", "Takayuki"), ("沙織", "サオリ", "Saori"),
    ("和也", "カズヤ", "Kazuya"), ("恵", "メグミ", "Megumi"), ("隼人", "ハヤト", "Hayato"),
    ("理恵", "リエ", "Rie"), ("博", "ヒロシ", "Hiroshi"), ("陽子", "ヨウコ", "Yoko"),
    ("蓮", "レン", "Ren"), ("結衣", "ユイ", "Yui"), ("正樹", "マサキ", "Masaki"),
    ("典子", "ノリコ", "Noriko"), ("克也", "カツヤ", "Katsuya"), ("智美", "トモミ", "Tomomi"),
    ("勇気", "ユウキ", "Yuki"), ("早苗", "サナエ", "Sanae"), ("誠", "マコト", "Makoto"),
    ("由香里", "ユカリ", "Yukari"), ("康平", "コウヘイ", "Kohei"), ("麻衣", "マイ", "Mai"),
]
PLACES = [
    ("埼玉県", "川口市", "芝中田", "333-0848"), ("東京都", "足立区", "梅島", "121-0816"),
    ("神奈川県", "相模原市中央区", "淵野辺本町", "252-0235"), ("千葉県", "船橋市", "習志野台", "274-0063"),
    ("東京都", "江戸川区", "平井", "132-0035"), ("埼玉県", "所沢市", "小手指町", "359-1141"),
    ("神奈川県", "横浜市鶴見区", "矢向", "230-0001"), ("東京都", "八王子市", "長房町", "193-0824"),
    ("千葉県", "松戸市", "常盤平", "270-2261"), ("茨城県", "取手市", "戸頭", "302-0034"),
    ("東京都", "板橋区", "高島平", "175-0082"), ("神奈川県", "川崎市多摩区", "登戸", "214-0014"),
    ("岩手県", "北上市", "鬼柳町", "024-0056"), ("岩手県", "花巻市", "東町", "025-0075"),
    ("大阪府", "東大阪市", "長堂", "577-0056"), ("大阪府", "堺市北区", "百舌鳥梅町", "591-8032"),
    ("兵庫県", "尼崎市", "塚口町", "661-0001"), ("埼玉県", "春日部市", "粕壁", "344-0061"),
]
BRANCHES = ["本店営業部", "新橋支店", "川口支店", "北上支店", "船橋支店", "大宮支店", "堺東支店", "八王子支店"]
KANJI_NUM = "〇一二三四五六七八九"
_USED: set[str] = set()


def _kan(n: int) -> str:
    return KANJI_NUM[n] if n < 10 else ("十" + (KANJI_NUM[n % 10] if n % 10 else "")) if n < 20 else str(n)


def person(sex: str | None = None) -> dict:
    while True:
        s = R.choice(SEI)
        m = R.choice(MEI)
        if s[0] + m[0] not in _USED:
            _USED.add(s[0] + m[0])
            break
    pref, city, town, zipc = R.choice(PLACES)
    c1, c2, c3 = R.randint(1, 5), R.randint(1, 30), R.randint(1, 24)
    dob = date(R.randint(1962, 2002), R.randint(1, 12), R.randint(1, 28))
    tel = f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    apt = R.choice(["", "", f" コーポ{R.choice(['藤', '若葉', 'サンライズ', '清風'])}{R.randint(1, 3)}0{R.randint(1, 8)}"])
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name2": f"{s[0]}{m[0]}",
        "kana": f"{s[1]} {m[1]}", "roma": f"{m[2]} {s[2]}", "ROMA": f"{s[2].upper()} {m[2]}",
        "dob": dob, "zip": zipc,
        "addr": f"{pref}{city}{town}{c1}-{c2}-{c3}{apt}",
        "addr_k": f"{pref}{city}{town}{_kan(c1)}丁目{c2}番{c3}号{apt}",
        "addr_nopref": f"{city}{town}{c1}-{c2}-{c3}{apt}",
        "tel": tel, "emp": f"{R.randint(10, 99)}{R.randint(1000, 9999)}",
        "bank": (R.choice(BRANCHES), R.choice(["普通", "普通", "普通", "当座"]), f"{R.randint(1000000, 9999999)}"),
        "net": R.randrange(188000, 452000, 10),
        "mail": f"{m[2].lower()}.{s[2].lower()}{R.randint(1, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp'])}",
    }


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def wareki(d: date, style: int = 0) -> str:
    if d >= date(2019, 5, 1):
        era, ab, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == 2:
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return zen(f"{ab}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ").replace("R", "Ｒ")


def seizable(net: int) -> int:
    """民事執行法152条: 手取りの1/4 (手取り44万円超は33万円を超える部分)."""
    return net - 330000 if net > 440000 else net // 4


# -- senders and signatures ------------------------------------------------------------------
CO_ADDR = "〒105-0014 東京都港区芝二丁目14番5号 日の出ビル7階"

STAFF = {
    "murase": ("村瀬 千景", "c.murase@hinode-sangyo.co.jp", "人事部 給与・社会保険グループ 主任", "03-5412-7731"),
    "okochi": ("大河内 修", "o.okochi@hinode-sangyo.co.jp", "人事部 給与・社会保険グループ 課長", "03-5412-7730"),
    "kuri": ("栗林 美和", "m.kuribayashi@hinode-sangyo.co.jp", "人事部 給与・社会保険グループ", "03-5412-7733"),
    "niwa": ("丹羽 拓真", "t.niwa@hinode-sangyo.co.jp", "人事部 給与・社会保険グループ", "03-5412-7734"),
    "kiryu": ("桐生 沙耶", "s.kiryu@hinode-sangyo.co.jp", "法務部 法務課", "03-5412-7602"),
    "koba": ("小早川 久美", "k.kobayakawa@hinode-sangyo.co.jp", "経理部 出納課", "03-5412-7815"),
    "sasaki": ("佐々木 崇", "t.sasaki@kitakami.hinode-sangyo.co.jp", "北上工場 総務課", "0197-64-2210"),
    "saionji": ("西園寺 涼子", "r.saionji@hinode-sangyo.co.jp", "大阪支店 業務課", "06-6315-4402"),
    "soumu": ("総務部 文書受付", "bunsho@hinode-sangyo.co.jp", "総務部 総務課", "03-5412-7500"),
}


def frm(key: str) -> str:
    n, a, _, _ = STAFF[key]
    return f"{n} <{a}>"


def addr(key: str) -> str:
    return STAFF[key][1]


def sig(key: str, style: int = 0) -> str:
    n, a, dept, tel = STAFF[key]
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{n}\n{CO_ADDR}\nTEL {tel} / FAX 03-5412-7799\n"
                f"E-mail {a}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社　{dept}\n {n.replace(' ', '　')}\n"
                f" {CO_ADDR}\n TEL：{tel}（直通）\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{n.split()[0]}（{dept}）\n内線 {tel[-4:]}\n"
    return (f"\n-- \n{n} / {dept}\nHinode Sangyo Co., Ltd.\n2-14-5 Shiba, Minato-ku, Tokyo 105-0014\n"
            f"Tel +81-{tel[1:]}\n")


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender and delete this e-mail.\n")

MESSAGES: list[dict] = []

HINODE_HOJIN = corp_no("010401087524")

# ---- 001 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_kinds = ["債権差押（一般）", "債権差押（扶養）", "滞納処分（国税）", "債権差押（一般）", "滞納処分（市県民税）", "債権差押（一般）"]
_rows = "\n".join(
    f"{p['emp']:<9}{p['name']:<9}\u3000{ymd(p['dob'])}  {k:<14}{R.choice(['11月', '11月', '12月'])}支給分〜"
    for p, k in zip(_p, _kinds))
MESSAGES.append({
    "id": "sashiosae-001",
    "sender": frm("niwa"),
    "to": ["TSUBASA Payroll サポート窓口 <support@tsubasa-system.jp>"],
    "cc": [addr("murase")],
    "subject": "【設定依頼】差押控除項目の個別設定（11月支給分より）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム株式会社
サポート窓口 ご担当者様

いつもお世話になっております。日の出産業 給与グループの丹羽です。

先日お電話でご相談した差押控除の件、対象者が確定しましたので
下記のとおり個別控除の設定をお願いできますでしょうか。
（控除額は毎月変動するため、項目の設定のみで結構です。金額はこちらで入力します）

社員番号 氏名              生年月日    種別            開始
-------------------------------------------------------------------
{_rows}
-------------------------------------------------------------------

扶養義務等の債権（養育費）は差押可能額が2分の1になりますので、
上から2番目の方だけ計算区分を分けていただけると助かります。

よろしくお願いいたします。
{sig("niwa")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six garnished employees (name, DOB, garnishment type) in a padded table to the payroll-system vendor",
})

# ---- 002 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-002",
    "sender": frm("soumu"),
    "to": [addr("murase")],
    "cc": [addr("okochi")],
    "subject": "特別送達の受領（東京地裁　民事執行センター）",
    "charset": "cp932",
    "body": f"""給与グループ　村瀬さん

総務・文書受付です。
本日10:40、東京地方裁判所民事第21部より特別送達を受領しました。

　事件番号　令和8年（ル）第3318号　債権差押命令
　債務者　　{_p['name']}（北上工場　製造二課）
　第三債務者　日の出産業株式会社

陳述催告書が同封されており、送達日から2週間以内の回答が必要とのことです。
原本は給与グループのレターケース（施錠）に入れてあります。
受領簿への記載は済んでいます。

総務部　文書受付　牧
""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "internal only: court order received, debtor named with case number",
})

# ---- 003 -----------------------------------------------------------------------------------
_p = person()
_mn3 = mn(3)
MESSAGES.append({
    "id": "sashiosae-003",
    "sender": frm("kuri"),
    "to": ["弁護士 宮坂 透 <t.miyasaka@wakaba-sogo-law.jp>"],
    "subject": "源泉徴収票の送付（{}様の件）".format(_p["sei"]),
    "charset": "cp932",
    "body": f"""若葉総合法律事務所
弁護士　宮坂 透 先生

いつもお世話になっております。
日の出産業株式会社 人事部の栗林でございます。

先日ご依頼いただきました、弊社従業員 {_p['name']} 様の
破産手続開始申立てに必要な書類のうち、
令和7年分の給与所得の源泉徴収票をPDFにてお送りいたします。

退職金見込額証明書につきましては、社内決裁後に郵送いたしますので
今しばらくお待ちください。

ご確認のほど、よろしくお願いいたします。
{sig("kuri", 1)}""",
    "attachments": [{
        "kind": "pdf", "name": f"源泉徴収票_R7_{_p['emp']}.pdf", "title": "令和7年分 給与所得の源泉徴収票",
        "lines": [
            "令和 7 年分　給与所得の源泉徴収票",
            f"支払を受ける者　住所　{_p['addr_k']}",
            f"（受給者番号）{_p['emp']}　　（個人番号）{_mn3}",
            f"氏名　（フリガナ）{_p['kana']}　　{_p['name']}",
            "種別　給料・賞与　　支払金額　5,184,200　　給与所得控除後の金額　3,709,780",
            "所得控除の額の合計額　1,452,120　　源泉徴収税額　112,400",
            "社会保険料等の金額　768,312　　生命保険料の控除額　40,000",
            f"受給者生年月日　{wareki(_p['dob'])}",
            f"支払者　個人番号又は法人番号　{HINODE_HOJIN}",
            f"住所　{CO_ADDR[9:]}　　氏名又は名称　日の出産業株式会社　電話 03-5412-7700",
        ],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "withholding slip for a bankruptcy lawyer still carries the employee's My Number (should have been masked)",
})

# ---- 004 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-004",
    "sender": frm("murase"),
    "to": ["白川 奈央 <n.shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 給与差押えの控除額計算について",
    "charset": "utf-8",
    "body": f"""白川先生

ご回答ありがとうございました。大変よくわかりました。
追加で1点だけ確認させてください。

冬季賞与についても、差押命令の「給料及び賞与」に含まれる場合、
賞与の手取り額（所得税・社会保険料控除後）の4分の1を
月例給与とは別に計算する、という理解でよろしいでしょうか。
賞与の手取りが44万円を超える場合は33万円を超える部分全額、
という点も月例と同じ扱いと考えております。

お忙しいところ恐縮ですが、よろしくお願いいたします。

村瀬

> 村瀬様
>
> お問い合わせの件、民事執行法152条により、給料等の債権は
> 支払期に受けるべき給付の4分の3に相当する部分（その額が政令で
> 定める額＝月額33万円を超えるときは33万円）が差押禁止となります。
> したがって、手取り額から所得税・住民税・社会保険料を控除した額を
> 基準に計算してください。通勤手当は実費弁償的なものとして
> 控除対象から外す運用が一般的です。
>
> 白川法律事務所　弁護士　白川奈央
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legal question to the company's counsel, no personal data; quoted text is the lawyer's own",
})

# ---- 005 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-005",
    "sender": frm("kiryu"),
    "to": ["白川先生 <n.shirakawa@shirakawa-1aw.jp>"],
    "cc": [addr("murase")],
    "subject": "陳述書（案）のご確認お願い",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川 奈央 先生

お世話になっております。法務部の桐生です。

東京地裁から届いた債権差押命令（令和8年(ル)第3318号）について、
第三債務者としての陳述書の案を作成しました。
差押えの競合はなく、弁済の意思ありで回答する予定です。

債務者　{_p['name']}
住所　　{_p['addr']}
支給日　毎月25日（手取り概算 {_p['net']:,}円）

念のため文言をご確認いただけますと幸いです。
{sig("kiryu")}""",
    "attachments": [{
        "kind": "docx", "name": "陳述書_案_R8ル3318.docx",
        "paragraphs": [
            "陳　述　書", "東京地方裁判所民事第21部　御中",
            "第三債務者　日の出産業株式会社　代表取締役　日野 光一",
            f"債務者　{_p['name']}　（住所　{_p['addr_k']}）",
            "1　差押えに係る債権の存否　　ある",
            "2　差押債権の種類及び額　　給料（毎月25日払）",
            "3　弁済の意思の有無　　ある",
            "4　他の差押え（仮差押え・滞納処分）の有無　　なし",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "counsel's domain mistyped shirakawa-1aw.jp (l→1); carries one debtor's name and address",
})

# ---- 006 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-006",
    "sender": frm("okochi"),
    "to": ["弁護士法人アークライト 回収担当 <kaishu@arclight-law.com>"],
    "subject": "債権差押命令（令和8年(ル)第2051号）取立てについてのご回答",
    "charset": "cp932",
    "body": f"""弁護士法人アークライト
債権回収ご担当　様

日の出産業株式会社 人事部の大河内でございます。
10月20日付でお問い合わせいただいた取立ての件について回答いたします。

債務者 {_p['name']}（当社従業員）は、主治医の診断書により「うつ病」と診断され、
令和8年9月1日から休職しております。休職期間中は当社就業規則により無給となり、
健康保険組合から傷病手当金が支給されておりますが、これは当社が支払う給料債権では
ございませんので、9月支給分以降は取立て可能な金額がございません。

復職し給与の支払いが再開された時点で、改めて差押額の控除を再開いたします。
その際はこちらからご連絡申し上げます。

何卒ご理解のほどお願い申し上げます。
{sig("okochi", 1)}{DISC_JA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "tells a creditor's lawyer that a named employee is on sick leave with depression (medical, 要配慮)",
})

# ---- 007 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-007",
    "sender": frm("koba"),
    "to": ["みどり銀行 法人営業部 沢口様 <sawaguchi.k@midori-ginko.co.jp>"],
    "cc": [addr("murase")],
    "subject": "12月給与振込の指定日について",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行
法人営業部　沢口様

いつも大変お世話になっております。
日の出産業 経理部の小早川です。

12月の給与振込ですが、25日が金曜のため通常どおり25日付での指定を予定しております。
ただ、年末は賞与と重なりデータ件数が増えるため、
総合振込のデータ伝送は3営業日前（22日）の15時までで間に合うか確認させてください。

また、差押えに伴う取立金の送金（債権者側弁護士の預り金口座宛て）も
同日付でまとめて振り込みたいと考えております。手数料区分は通常の他行宛てで結構です。

お手数ですがご教示いただけますと幸いです。
沢口様の直通（03-3281-5520）にも後ほどお電話いたします。
{sig("koba", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary bank mail about transfer dates; the bank contact's direct line is a business contact",
})

# ---- 008 -----------------------------------------------------------------------------------
_act = [person() for _ in range(7)]
_end = [person() for _ in range(3)]
_cred = ["株式会社北斗ローンサービス", "ひまわりカード株式会社", "港南税務署", "旭丘市 納税課", "弁護士法人アークライト",
         "個人（養育費）", "サンライト信販株式会社"]
MESSAGES.append({
    "id": "sashiosae-008",
    "sender": frm("murase"),
    "to": ["星野社会保険労務士事務所 星野様 <hoshino@sr-hoshino.jp>"],
    "subject": "差押管理台帳の送付（定例相談用）",
    "charset": "utf-8",
    "body": f"""星野先生

いつもお世話になっております。日の出産業の村瀬です。
来週の定例相談に向けて、差押管理台帳の最新版を添付いたします。
「現在差押中」シートの4行目と6行目が、今回ご相談したい案件です
（税の滞納処分と民事の差押えが競合しているケース、養育費のケース）。

よろしくお願いいたします。
{sig("murase", 2)}""",
    "attachments": [{
        "kind": "xlsx", "name": "差押管理台帳_R8.10末.xlsx", "title": "差押管理台帳",
        "sheets": {
            "現在差押中": [["差押管理台帳（令和8年10月末現在）"], [],
                        ["No", "社員番号", "氏名", "フリガナ", "住所", "事件番号", "債権者", "請求残額"]]
            + [[i + 1, p["emp"], p["name"], p["kana"], p["addr"], f"令和8年(ル)第{R.randint(1000, 4999)}号",
                c, R.randrange(180000, 2400000, 1000)] for i, (p, c) in enumerate(zip(_act, _cred))],
            "終了分": [["No", "社員番号", "氏名", "住所", "終了理由", "終了日"]]
            + [[i + 1, p["emp"], p["name"], p["addr"], r, d] for i, (p, r, d) in
               enumerate(zip(_end, ["完済", "取下げ", "退職"], ["2026/04/25", "2026/06/25", "2026/08/31"]))],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "garnishment register of ten employees (name, kana, address, case, creditor) in XLSX to the outside 社労士",
})

# ---- 009 -----------------------------------------------------------------------------------
_p = [person() for _ in range(3)]
MESSAGES.append({
    "id": "sashiosae-009",
    "sender": frm("murase"),
    "to": [addr("kuri")],
    "subject": "年調：差押対象者の個人番号再確認",
    "charset": "cp932",
    "body": f"""栗林さん

年末調整の前に、差押対象者のうち扶養控除等申告書の個人番号欄が空欄だった3名です。
マイナンバー管理システムの登録値を転記しておきます。
本人へ確認のうえ、申告書側を補完してください（システム外には出さないように）。

{_p[0]['name']}　{grp(mn(9))}
{_p[1]['name']}　{grp(mn(10))}
{_p[2]['name']}　{grp(mn(11))}

作業が終わったらこのメールは削除でお願いします。
村瀬
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "My Numbers of three employees, but the mail stays inside hinode-sangyo.co.jp",
})

# ---- 010 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-010",
    "sender": frm("kiryu"),
    "to": ["北斗ローンサービス 債権管理部 <saiken@hokuto-loan.co.jp>",
           "ひまわりカード 回収センター <kaishu-center@himawari-card.co.jp>",
           "弁護士法人アークライト <kaishu@arclight-law.com>"],
    "cc": [addr("murase")],
    "subject": "差押えの競合に伴う供託のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""各位

日の出産業株式会社 法務部でございます。

弊社従業員 {_p['name']} 氏を債務者とする下記の債権差押命令について、
差押えが競合いたしましたので、民事執行法第156条第2項に基づき
11月支給分以降の差押部分を東京法務局に供託し、執行裁判所へ事情届を提出いたします。
今後、各債権者様への直接のお支払い（取立て）はいたしかねますので、
配当手続きにつきましては裁判所からの通知をお待ちください。

・令和8年(ル)第1874号（債権者：株式会社北斗ローンサービス）
・令和8年(ル)第2290号（債権者：ひまわりカード株式会社）
・令和8年(ル)第2415号（債権者代理人：弁護士法人アークライト）

ご不明な点は法務部 桐生までお問い合わせください。
{sig("kiryu", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three creditor organisations in To can see each other (and the debtor's name); should have been Bcc",
})

# ---- 011 -----------------------------------------------------------------------------------
_p = person()
_c1, _c2, _c3 = cardno(11), cardno(12), cardno(13)
MESSAGES.append({
    "id": "sashiosae-011",
    "sender": frm("kuri"),
    "to": ["くらし生活相談センター 相談受付 <uketsuke@kurashi-soudan.or.jp>"],
    "subject": "ご相談者のご紹介（家計・債務のご相談）",
    "charset": "utf-8",
    "body": f"""公益財団法人くらし生活相談センター
相談受付ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の栗林と申します。
弊社の従業員支援の一環として、債務整理のご相談をお願いしたくご紹介いたします。
ご本人の同意は得ております。

■ご相談者
{_p['name']}（{_p['kana']}）　携帯 {_p['tel']}
平日は18時以降であれば電話に出られるとのことです。

■ご本人が書き出した借入れの一覧（本人メモのまま）
1. ひまわりカード　カード番号 {grp(_c1, 4, '-')}　リボ残高 約62万円
2. サンライトカード　{_c2}　キャッシング 約30万円
3. 北斗ローン（カードローン）　会員番号 HK-88213　残高 約95万円
4. （家族名義）　{grp(_c3)}　※本人が利用、残高不明

給与については現在、北斗ローンからの債権差押えが入っており、
手取りの4分の1を控除している状況です。
ご対応の可否をご連絡いただけますと幸いです。
{sig("kuri")}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "debt-counselling referral pastes the employee's credit card numbers",
})

# ---- 012 -----------------------------------------------------------------------------------
_p = person()
_net = _p["net"]
MESSAGES.append({
    "id": "sashiosae-012",
    "sender": frm("niwa"),
    "to": ["旭丘市 納税課 徴収第二係 <nouzei-chosyu2@city.asahigaoka.lg.jp>"],
    "subject": "給与照会のご回答（照会番号 旭納第8-1472号）",
    "charset": "cp932",
    "body": f"""旭丘市役所　納税課　徴収第二係
ご担当　様

お世話になっております。
10月28日付の給与照会（旭納第8-1472号）につき、下記のとおり回答いたします。
書面の回答書も本日郵送いたしました。

　氏名　　　{_p['name']}
　住所　　　{_p['addr']}
　支給日　　毎月25日（前月21日〜当月20日締め）
　10月支給額　総支給 {_net + 78000:,}円／所得税 {R.randint(5, 9)},{R.randint(100, 999)}円／社会保険料 {R.randint(40, 58)},{R.randint(100, 999)}円
　他の差押え　なし

以上、よろしくお願いいたします。

日の出産業株式会社　人事部　給与・社会保険グループ
丹羽 拓真（TEL 03-5412-7734）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one taxpayer's salary details answered to the city tax office: a single person's record, may warn",
})

# ---- 013 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-013",
    "sender": frm("kuri"),
    "to": ["若葉総合法律事務所 事務局 <jimukyoku@wakaba-sogo-law.jp>"],
    "subject": "給与明細（直近3か月分）送付の件",
    "charset": "iso-2022-jp",
    "body": f"""若葉総合法律事務所
事務局　ご担当者様

お世話になっております。日の出産業 人事部の栗林です。
宮坂先生よりご依頼のありました、{_p['sei']}様の給与明細（8月〜10月支給分）を
パスワード付きZIPファイルにてお送りいたします。
パスワードは別のメールにてお知らせいたします。

何卒よろしくお願いいたします。
{sig("kuri", 2)}""",
    "attachments": [{
        "kind": "zip", "name": "kyuyomeisai_202608-10.zip", "password": "Hn8#q2Lw",
        "files": [
            {"kind": "pdf", "name": f"明細_{m}.pdf", "lines": [f"給与明細書 2026年{m}月支給", f"氏名 {_p['name']}",
                                                             f"差引支給額 {_p['net']:,}円"]}
            for m in (8, 9, 10)
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of payslips to an outside law office cannot be inspected",
})

# ---- 014 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-014",
    "sender": frm("kiryu"),
    "to": ["白川法律事務所 <office@shirakawa-law.jp>"],
    "subject": "当社事業所の所在地一覧（送達場所の件）",
    "charset": "utf-8",
    "body": """白川法律事務所　御中

お世話になっております。日の出産業 法務部の桐生です。
先日の打合せで話題に出ました、差押命令の送達先になりうる当社事業所の一覧です。
第三債務者としての送達は本社宛てにまとめていただくよう、
債権者側から問い合わせがあった際にご案内いただけますと幸いです。

事業所\t所在地\t代表電話
本社\t東京都港区芝二丁目14番5号 日の出ビル7階\t03-5412-7700
北上工場\t岩手県北上市相去町山田2-18\t0197-64-2200
大阪支店\t大阪府大阪市北区西天満4-9-3 天満橋第一ビル5F\t06-6315-4400
名古屋営業所\t愛知県名古屋市中村区名駅南1-23-11\t052-586-3310
福岡営業所\t福岡県福岡市博多区博多駅東2-6-17\t092-472-8801
物流センター（川口）\t埼玉県川口市領家5-4-12\t048-229-6020

以上です。よろしくお願いいたします。

桐生
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites and switchboards: businesses, not people",
})

# ---- 015 -----------------------------------------------------------------------------------
_dob15 = date(1994, 7, 19)
MESSAGES.append({
    "id": "sashiosae-015",
    "sender": frm("murase"),
    "to": ["みなみ総合法律事務所 弁護士 小田切様 <odagiri@minami-sogo-law.jp>"],
    "subject": "債務者の同一性について（令和8年(ル)第2677号）",
    "charset": "cp932",
    "body": f"""みなみ総合法律事務所
弁護士　小田切 様

お世話になっております。日の出産業株式会社 人事部の村瀬です。

標記の差押命令について、命令書の債務者表示が「グエン・ヴァン・ナム」となっておりますが、
弊社在籍者の登録上の表記は以下のとおりです。住所の記載も一部異なるため、
同一人物か念のためご確認いただけますでしょうか。

　氏名（在留カード記載）　NGUYEN VAN NAM
　在留カード番号　　　　　UH47182036KA
　生年月日　　　　　　　　{ymd(_dob15)}
　住所　　　　　　　　　　東京都江戸川区平井6-31-8 メゾン平井203

同一人物であれば、陳述書は「差押債権あり」で回答いたします。
{sig("murase", 0)}""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a foreign employee's residence card number and DOB sent to a creditor's lawyer to confirm identity",
})

# ---- 016 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_courts = ["東京地裁", "さいたま地裁", "横浜地裁川崎支部", "千葉地裁松戸支部", "盛岡地裁花巻支部", "大阪地裁"]
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['addr']}</td><td>{c}</td><td>令和8年(ル)第{R.randint(1000, 5999)}号</td>"
    f"<td style='text-align:right'>{R.randrange(120000, 1900000, 1000):,}</td></tr>"
    for p, c in zip(_p, _courts))
MESSAGES.append({
    "id": "sashiosae-016",
    "sender": frm("kiryu"),
    "to": [addr("murase"), addr("okochi")],
    "subject": "上期の差押命令受理状況（法務部集計）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>村瀬さん、大河内課長</p>
<p>法務部で受理した上期（4〜9月）の債権差押命令を一覧にしました。<br>
給与グループの台帳と突合をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>債務者</th><th>住所（命令書記載）</th><th>執行裁判所</th><th>事件番号</th><th>請求債権額</th></tr>
{_trs}
</table>
<p>法務部　桐生</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "HTML table of six debtors with addresses, but only internal recipients",
})

# ---- 017 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-017",
    "sender": frm("okochi"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "差押対応マニュアル改訂版のご確認",
    "charset": "iso-2022-jp",
    "body": f"""星野先生

お世話になっております。日の出産業の大河内です。
給与差押えの社内対応マニュアルを改訂しましたので、内容面のご確認をお願いできますでしょうか。
特に、滞納処分と民事執行が競合した場合の手順（第4章）と、
養育費の差押え（扶養義務等に係る債権）の計算例（第5章）を見ていただきたいと思っています。

月末の定例までで結構です。
{sig("okochi")}""",
    "attachments": [{
        "kind": "docx", "name": "給与差押対応マニュアル_v3.docx", "title": "給与差押対応マニュアル",
        "page_header": "社外秘　日の出産業株式会社 人事部",
        "paragraphs": [
            "給与差押対応マニュアル（第3版）",
            "第1章　特別送達を受領したら",
            "1-1　総務部文書受付は受領簿に記載し、当日中に給与グループへ引き渡す。",
            "1-2　陳述催告がある場合、送達日から2週間以内に陳述書を提出する。",
            "第2章　差押可能額の計算",
            "2-1　手取り額＝総支給額－所得税－住民税－社会保険料（通勤手当を除く）。",
            "2-2　手取り額が44万円以下はその4分の1、44万円超は33万円を超える部分。",
            "第4章　滞納処分と強制執行の競合",
            "4-1　先に送達された方を優先し、後行の執行機関へ事情届を提出する。",
            "第5章　扶養義務等に係る債権",
            "5-1　差押可能額は手取りの2分の1。期限未到来分も差押えの対象となる。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "manual stamped 社外秘 in its page header goes to an outside 社労士",
})

# ---- 018 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-018",
    "sender": frm("okochi"),
    "to": ["ツバサシステム 営業部 久我様 <kuga@tsubasa-system.jp>"],
    "subject": "Re: 差押管理オプションのお見積り／秘密保持契約について",
    "charset": "cp932",
    "body": f"""ツバサシステム株式会社
営業部　久我様

お世話になっております。日の出産業の大河内です。
差押管理オプションのお見積り（見積番号 TS-Q-260917-03）をありがとうございました。

導入検討にあたり、実データでの検証環境をご用意いただけるとのことですので、
先に秘密保持契約（NDA）を締結させていただきたいと考えております。
弊社の雛形を法務部から別途お送りしますので、御社の法務ご担当の方に
ご確認いただけますでしょうか。
機密保持の対象範囲には、従業員の差押情報を含めた給与データ全般を含める想定です。

引き続きよろしくお願いいたします。

> 大河内様
> 先日はお打合せのお時間をいただきありがとうございました。
> 差押管理オプション（品番 TSB-PR-OPT-GN2）のお見積りを添付いたします。
> 初期費用 480,000円、月額 18,000円（税別）となります。
{sig("okochi", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about concluding an NDA with the vendor; quote, product code, no marking, no personal data",
})

# ---- 019 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-019",
    "sender": frm("koba"),
    "to": ["みどり銀行 新橋支店 法人窓口 <shinbashi-hojin@midori-ginko.jp>"],
    "subject": "取立金の送金依頼（11月25日付）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 新橋支店
法人窓口　ご担当者様

いつもお世話になっております。日の出産業 経理部の小早川です。
11月25日付で、下記の送金をお願いいたします（振込依頼書は本日持参します）。

　1. 株式会社北斗ローンサービス　　あさひ銀行 本店営業部　当座 0482113　　86,250円
　2. 弁護士法人アークライト 預り金口　　みどり銀行 新橋支店　普通 2207815　41,500円
　3. ひまわりカード株式会社　　　　　　東都信用金庫 本店　普通 0913374　　52,000円

手数料は当社負担でお願いいたします。
{sig("koba", 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "bank domain midori-ginko.jp drops the co. of the partner midori-ginko.co.jp; accounts are companies'",
})

# ---- 020 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-020",
    "sender": frm("okochi"),
    "to": ["株式会社北斗ローンサービス 債権管理部 三上様 <mikami@hokuto-loan.co.jp>"],
    "subject": "ご連絡：差押債務者の今後の給与支払いについて",
    "charset": "iso-2022-jp",
    "body": f"""株式会社北斗ローンサービス
債権管理部　三上様

お世話になっております。日の出産業の大河内です。
お電話でお問い合わせいただいた件、書面でもご連絡いたします。

差押債務者の{_p['name']}は、9月下旬に窃盗の容疑で逮捕され、現在も勾留中です。
出勤できない状態が続いているため、10月以降は欠勤控除により支給額がなく、
差押額の控除もできておりません。
また、社内で懲戒処分を検討中であり、その結果によっては退職となる見込みです。
処分が決まりましたら改めてご連絡いたします。

よろしくお願いいたします。
{sig("okochi", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest and detention told to a creditor (criminal record, 要配慮)",
})

# ---- 021 -----------------------------------------------------------------------------------
_p = person()
_net = _p["net"]
MESSAGES.append({
    "id": "sashiosae-021",
    "sender": frm("murase"),
    "to": [f"{_p['name']} <{_p['mail']}>"],
    "subject": "給与からの差押え控除開始のお知らせ",
    "charset": "utf-8",
    "body": f"""{_p['name']}さん

人事部給与グループの村瀬です。
社用メールが見られないとのことでしたので、ご自宅のアドレスにお送りします。

先日お伝えした裁判所からの差押命令により、11月25日支給の給与から
差押え分の控除が始まります。11月分の見込みは次のとおりです。

　手取り額（見込み）　{_net:,}円
　差押え額（4分の1）　{seizable(_net):,}円
　お振込み額　　　　　{_net - seizable(_net):,}円

控除した額は会社から債権者へ直接支払います。
ご不明な点があれば、内線7731か、このメールにご返信ください。
債務整理などのご相談窓口（EAP）もご案内できますので、遠慮なくどうぞ。

村瀬
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one employee told about his own deduction at his private free-mail address",
})

# ---- 022 -----------------------------------------------------------------------------------
_p = [person() for _ in range(9)]
_cr = ["北斗ローンサービス", "ひまわりカード", "港南税務署", "個人（扶養）", "アークライト法律", "サンライト信販",
       "旭丘市", "北斗ローンサービス", "東都クレジット"]
MESSAGES.append({
    "id": "sashiosae-022",
    "sender": frm("niwa"),
    "to": ["ペイロールワークス 給与計算チーム <kyuyo-team@payroll-works.co.jp>"],
    "subject": "11月度 差押控除データ",
    "charset": "cp932",
    "body": f"""ペイロールワークス株式会社
給与計算チーム　各位

お世話になっております。日の出産業の丹羽です。
11月度の差押控除データをお送りします。前月から2名増えています（7行目・9行目）。
控除額は手取り確定後に再計算されるかと思いますので、参考値として扱ってください。

よろしくお願いします。
{sig("niwa", 2)}""",
    "attachments": [{
        "kind": "csv", "name": "sashiosae_202611.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "生年月日", "住所", "債権者", "当月控除額(参考)"]]
        + [[p["emp"], p["name"], wareki(p["dob"], 1), p["addr"], c, seizable(p["net"])] for p, c in zip(_p, _cr)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV of nine garnished employees (name, 和暦 DOB, address) to the outsourced payroll bureau",
})

# ---- 023 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-023",
    "sender": frm("niwa"),
    "to": ["弁護士法人アークライト 事務員 森本 <morimoto@arclight-law.com>"],
    "subject": "RE: 第三債務者への照会（在籍確認）",
    "charset": "cp932",
    "body": f"""弁護士法人アークライト
森本様

お世話になっております。日の出産業の丹羽です。
お問い合わせの方は、弊社に在籍しております。
陳述書は本日、執行裁判所宛てに簡易書留で発送いたしました。
取立ての開始時期については、陳述書の記載をご参照ください。

以上、よろしくお願いいたします。
丹羽

-----Original Message-----
From: 森本 <morimoto@arclight-law.com>
Sent: Monday, November 2, 2026 10:12 AM
To: t.niwa@hinode-sangyo.co.jp
Subject: 第三債務者への照会（在籍確認）

日の出産業株式会社　人事ご担当者様

弊所依頼者を債権者とする債権差押命令（令和8年(ル)第2415号）につき、
債務者の在籍状況をご教示ください。

　債務者　{_p['name']}（{_p['kana']}）
　生年月日　{wareki(_p['dob'])}
　住所　{_p['addr_k']}

弁護士法人アークライト　事務員　森本
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the debtor's data is only in the lawyer's own quoted message; the new text carries none",
})

# ---- 024 -----------------------------------------------------------------------------------
_p = [person() for _ in range(3)]
_p[0]["mail"] = _p[0]["mail"].split("@")[0] + "@gmail.com"
_p[1]["mail"] = _p[1]["mail"].split("@")[0] + "@yahoo.co.jp"
_p[2]["mail"] = _p[2]["mail"].split("@")[0] + "@icloud.com"
MESSAGES.append({
    "id": "sashiosae-024",
    "sender": frm("kuri"),
    "to": [f"{p['name']} <{p['mail']}>" for p in _p],
    "subject": "【ご案内】年末調整書類のご提出について（個別対応の方へ）",
    "charset": "iso-2022-jp",
    "body": f"""皆さま

人事部給与グループの栗林です。
現在、給与から差押えの控除がある方には、年末調整の精算額によって
12月の差押額が変わる場合があるため、個別にご案内しております。

扶養控除等申告書・保険料控除申告書を11月20日までに
ご提出いただけますようお願いいたします。
休職中・出向中などで社内便が使えない方は、郵送でも構いません。

〒105-0014 東京都港区芝2-14-5 日の出ビル7階
日の出産業株式会社 人事部 給与グループ 栗林宛
{sig("kuri", 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three employees' private addresses in To see each other (and learn each other is garnished)",
})

# ---- 025 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-025",
    "sender": frm("sasaki"),
    "to": [addr("murase")],
    "subject": "北上工場宛てに届いた差押命令（スキャン）",
    "charset": "cp932",
    "body": f"""本社 給与グループ　村瀬様

北上工場総務の佐々木です。お疲れさまです。
工場宛てに盛岡地裁花巻支部から差押命令が届きました。
本来は本社宛てのはずですが、債権者側が工場の住所で申し立てたようです。
スキャンを添付します。原本は本日の社内便で送ります。

佐々木
""",
    "attachments": [{
        "kind": "pdf", "name": "scan_20261105_1432.pdf",
        "lines": [
            "令和8年（ル）第482号",
            "債権差押命令",
            "当事者　別紙当事者目録記載のとおり",
            "当事者目録",
            "債権者　東都クレジット株式会社　東京都中央区日本橋室町3-2-1",
            f"債務者　{_p['name']}　{_p['addr_k']}",
            "第三債務者　日の出産業株式会社（北上工場）　岩手県北上市相去町山田2-18",
            "請求債権目録　金682,400円",
            "差押債権目録　債務者が第三債務者から支給される給料及び賞与",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "scanned court order from the plant's subdomain to head office: internal only",
})

# ---- 026 -----------------------------------------------------------------------------------
_p = person()
_mn26 = mn(26)
MESSAGES.append({
    "id": "sashiosae-026",
    "sender": frm("niwa"),
    "to": ["港南税務署 徴収部門 <chosyu-bumon@kounan-zeimusho.go.jp>"],
    "subject": "Re: 差押通知書（給料）の件",
    "charset": "iso-2022-jp",
    "body": f"""港南税務署　徴収部門
担当　有村様

お世話になっております。日の出産業 給与グループの丹羽です。
お電話でご指示いただいた本人確認の件、次のとおりお知らせします。
社内に同姓同名の者がいるため、個人番号で照合いたしました。

　氏名　　　{_p['name']}
　住所　　　{zen(_p['addr'])}
　個人番号　{zen(grp(_mn26))}

差押通知書に記載の滞納者と同一人物であることを確認しましたので、
11月支給分から国税徴収法第76条の範囲で差押額を控除し、
納付書にてお支払いいたします。
{sig("niwa")}""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number in full-width digits sent to the tax office by mail",
})

# ---- 027 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
_what = ["債権差押（ひまわりカード）", "滞納処分（市県民税）", "債権差押（養育費）", "債権差押（北斗ローン）", "滞納処分（国税）"]
MESSAGES.append({
    "id": "sashiosae-027",
    "sender": frm("okochi"),
    "to": ["川崎電機 人事部 給与課 <kyuyo@kawasaki-denki.co.jp>"],
    "subject": "出向者の給与差押え対応について（ご相談）",
    "charset": "cp932",
    "body": f"""川崎電機株式会社
人事部　給与課　ご担当者様

いつもお世話になっております。日の出産業 人事部の大河内でございます。

弊社から御社へ出向中の社員のうち、給与差押えを受けている者が5名おります。
給与は弊社から支給し、御社から出向負担金をいただく形のため、
差押対応は引き続き弊社で行いますが、賞与の負担割合が変わる予定の方について
念のため一覧を共有させてください（添付PDF）。

お手すきの際にご確認いただけますと幸いです。
{sig("okochi", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "出向者_差押状況_202611.pdf", "title": "出向者差押状況",
        "lines": ["出向者 給与差押え状況（2026年11月）", "日の出産業株式会社 人事部", ""],
        "table": [["氏名", "生年月日", "住所", "差押内容", "負担割合"]]
        + [[p["name"], ymd(p["dob"], "."), p["addr"], w, R.choice(["100%", "70%", "50%"])] for p, w in zip(_p, _what)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of five seconded employees (DOB, address, garnishment) to the partner company",
})

# ---- 028 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-028",
    "sender": frm("okochi"),
    "to": ["白川 奈央 <n.shirakawa@shirakawa-law.jp>"],
    "cc": ["星野 恭子 <hoshino@sr-hoshino.jp>", addr("murase")],
    "subject": "給与差押え実務研修（12/9）の進め方",
    "charset": "iso-2022-jp",
    "body": f"""白川先生
（cc：星野先生）

お世話になっております。日の出産業の大河内です。
12月9日（水）14:00〜16:30の社内研修の件、以下のとおり進めたいと考えております。

　14:00-15:00　民事執行法上の差押えと第三債務者の義務（白川先生）
　15:10-16:00　控除額の計算と給与システム上の処理（星野先生）
　16:00-16:30　質疑応答

会場は弊社本社7階 第2会議室です。参加者は人事・各拠点の総務担当の約20名です。
資料は12月2日までにご送付いただけますと、印刷が間に合います。
{sig("okochi", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal meeting mail to two outside offices (law firm and 社労士): two organisations only",
})

# ---- 029 -----------------------------------------------------------------------------------
_p = person()
_nenkin = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
_koyo = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}-{R.randint(0, 9)}"
MESSAGES.append({
    "id": "sashiosae-029",
    "sender": frm("kuri"),
    "to": ["司法書士法人みなと 担当 柏木 <kashiwagi@minato-shihoshoshi.jp>"],
    "subject": "個人再生申立て用資料（{}様）".format(_p["sei"]),
    "charset": "cp932",
    "body": f"""司法書士法人みなと
柏木様

お世話になっております。日の出産業の栗林です。
ご依頼の資料のうち、メールでお伝えできる項目を先にお送りします。

　氏名　　　　　　　　{_p['name']}（{_p['kana']}）
　生年月日　　　　　　{wareki(_p['dob'], 1)}
　入社日　　　　　　　2011年4月1日
　基礎年金番号　　　　{_nenkin}
　雇用保険被保険者番号　{_koyo}
　退職金見込額　　　　1,842,000円（自己都合・本年10月末時点）

証明書の原本は本日郵送いたしました。
{sig("kuri", 1)}""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "basic pension number of an employee in a 個人再生 case sent to a judicial scrivener",
})

# ---- 030 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-030",
    "sender": frm("kuri"),
    "to": ["弁護士 宮坂 透 <t.miyasaka@wakaba-sogo-law.jp>"],
    "subject": "退職金見込額証明書の件",
    "charset": "utf-8",
    "body": f"""宮坂先生

いつもお世話になっております。日の出産業の栗林です。
{_p['sei']}様の破産申立てに関して、退職金見込額証明書を作成いたしましたので、
PDF化したものをお送りします。原本は本日付で郵送いたしました。

なお、破産手続開始決定が出た場合、給与の差押え（北斗ローン分）は
中止されると理解しておりますが、決定が出ましたら写しをいただけますでしょうか。
それまでは差押額の控除を継続し、取立てがなければ社内で留保いたします。
{sig("kuri")}""",
    "attachments": [{
        "kind": "docx", "name": "退職金見込額証明書.docx",
        "paragraphs": [
            "退職金見込額証明書",
            f"氏名　{_p['name']}",
            f"住所　{_p['addr_k']}",
            "入社年月日　平成22年4月1日",
            "令和8年10月31日現在で自己都合退職した場合の退職金見込額　金1,136,000円",
            "上記のとおり証明します。　日の出産業株式会社　代表取締役　日野 光一",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one employee's bankruptcy paperwork to her lawyer: a single person's record; bankruptcy is not 要配慮",
})

# ---- 031 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-031",
    "sender": frm("niwa"),
    "to": ["旭丘市 納税課 <nouzei@city.asahigaoka.lg.jp>"],
    "subject": "差押えに係る給与支払状況報告書の送付",
    "charset": "cp932",
    "body": f"""旭丘市 納税課 ご担当者様

お世話になっております。日の出産業株式会社の丹羽です。
ご依頼のあった給与支払状況報告書をPDFでお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えいたします。

よろしくお願いいたします。
{sig("niwa", 0)}""",
    "attachments": [{
        "kind": "pdf", "name": "給与支払状況報告書.pdf", "password": "asahi1105",
        "lines": ["給与支払状況報告書", "（滞納処分に係る差押え）", "支払者 日の出産業株式会社"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to the city tax office cannot be inspected",
})

# ---- 032 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-032",
    "sender": frm("murase"),
    "to": ["Priya Raman <priya.raman@globalpay-asia.com>"],
    "subject": "Question: court-ordered deductions for our Japan entity",
    "charset": "utf-8",
    "body": f"""Hi Priya,

Thank you for the demo last Thursday. One follow-up question from our payroll team
before we can move to the proposal stage.

In Japan, when an employer receives a court garnishment order (債権差押命令), we must
withhold a portion of the employee's net pay: normally one quarter of net pay, or
everything above JPY 330,000 if net pay exceeds JPY 440,000, and one half for
child-support orders. Tax-office attachments follow a different formula.

Could your platform
  1. hold several concurrent orders per employee with a priority order,
  2. compute the protected amount from net pay after social insurance and income tax,
  3. export a monthly remittance report per creditor?

A short written answer would be fine; there is no need for another call.

Best regards,
{sig("murase", 3)}{DISC_EN}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English vendor question about garnishment features; no personal data",
})

# ---- 033 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-033",
    "sender": frm("okochi"),
    "to": ["NPO法人ささえ生活サポート 相談室 <soudan@sasae-support.or.jp>"],
    "subject": "金銭管理支援のご相談（当社従業員）",
    "charset": "iso-2022-jp",
    "body": f"""NPO法人ささえ生活サポート
相談室　ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の大河内と申します。
地域の就労支援センターから貴法人をご紹介いただき、ご連絡いたしました。

弊社の障害者雇用枠で勤務している{_p['name']}さん（療育手帳B2をお持ちです）が、
複数の消費者金融から借入れをしており、今月から給与の差押えが始まりました。
ご本人だけでは返済計画を立てることが難しく、日常の金銭管理の支援も含めて
ご相談に乗っていただけないでしょうか。ご本人とご家族（お母様）の了承は得ております。

ご本人の連絡先：{_p['tel']}（ショートメールの方が確実です）
{sig("okochi", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "names an employee with an intellectual-disability certificate (療育手帳) to an outside NPO",
})

# ---- 034 -----------------------------------------------------------------------------------
_p = [person() for _ in range(8)]
MESSAGES.append({
    "id": "sashiosae-034",
    "sender": frm("kuri"),
    "to": [addr("koba")],
    "cc": [addr("murase")],
    "subject": "10月分 供託金一覧（差押競合分）",
    "charset": "utf-8",
    "body": """小早川さん

10月支給分のうち、差押えが競合して供託が必要な分の一覧です。
東京法務局への供託は11/6に私が行きますので、出金の準備をお願いします。

栗林
""",
    "attachments": [{
        "kind": "xlsx", "name": "供託金一覧_202610.xlsx",
        "sheets": {"10月": [["供託金一覧（令和8年10月支給分）"], ["社員番号", "氏名", "事件番号", "執行裁判所", "供託額"]]
                   + [[p["emp"], p["name"], f"令和8年(ル)第{R.randint(1000, 5999)}号", R.choice(["東京地裁", "さいたま地裁", "横浜地裁"]),
                       seizable(p["net"])] for p in _p]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "deposit list of eight employees, but sent only within the company",
})

# ---- 035 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
MESSAGES.append({
    "id": "sashiosae-035",
    "sender": frm("niwa"),
    "to": ["ペイロールワークス 柴崎 <shibasaki@payroll-works.co.jp>"],
    "subject": "給与振込口座の変更（差押対象者）",
    "charset": "cp932",
    "body": f"""柴崎様

お世話になっております。日の出産業の丹羽です。
差押え対象者のうち、振込口座を変更した方の一覧をZIPでお送りします。
12月支給分から反映をお願いします。

丹羽
""",
    "attachments": [{
        "kind": "zip", "name": "koza_henko_202612.zip",
        "files": [{"kind": "csv", "name": "口座変更一覧.csv", "encoding": "cp932",
                   "rows": [["社員番号", "氏名", "銀行", "支店", "種別", "口座番号", "名義カナ"]]
                   + [[p["emp"], p["name"], "みどり銀行", p["bank"][0], p["bank"][1], p["bank"][2],
                       p["kana"].replace(" ", "　")] for p in _p]}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six employees' bank accounts in a CSV inside an unencrypted ZIP to the payroll bureau",
})

# ---- 036 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-036",
    "sender": frm("kiryu"),
    "to": ["白川法律事務所 白川先生 <n.shirakawa@shirakawa-law.jp>"],
    "subject": "【社外秘】上期の差押対応状況のご報告",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。法務部の桐生です。
上期の給与差押え対応状況をご報告いたします。

・受理した債権差押命令　14件（前年同期 11件）
・滞納処分による差押通知　5件
・競合により供託したもの　3件
・陳述書の提出期限を過ぎたもの　0件
・破産手続開始決定により中止したもの　2件

下期は、扶養義務等に係る差押え（養育費）が2件増える見込みです。
競合時の配当計算について、次回の顧問相談でご助言をいただければと存じます。
{sig("kiryu", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 【社外秘】 in its subject sent to outside counsel; aggregate figures only",
})

# ---- 037 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-037",
    "sender": frm("niwa"),
    "to": ["北斗ローンサービス 債権管理部 <saiken@hokuto-loan.co.jp>"],
    "subject": "陳述書発送のご連絡（令和8年(ル)第1874号）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社北斗ローンサービス
債権管理部　ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部給与グループでございます。

標記事件の陳述書を、本日、東京地方裁判所民事第21部宛てに
簡易書留にて発送いたしましたのでご連絡いたします。
写しが必要な場合はお申し付けください。
取立てのご連絡（振込先のご指定）は書面にてお願いいたします。

何卒よろしくお願いいたします。
{sig("niwa", 1)}{DISC_JA}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "routine notice to a creditor citing only the case number; the confidentiality disclaimer is standard",
})

# ---- 038 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
_lines38 = "\n".join(f"・{p['name']}（{p['emp']}）　控除予定 {seizable(p['net']):,}円　本人携帯 {p['tel']}" for p in _p)
MESSAGES.append({
    "id": "sashiosae-038",
    "sender": frm("murase"),
    "to": ["大河内 修 <o.okochi@hinode-sangyou.co.jp>"],
    "subject": "明日の面談対象者（差押開始の説明）",
    "charset": "cp932",
    "body": f"""課長

明日、差押え開始の説明面談を行う5名です。
連絡がつかない場合に備えて、本人の携帯番号も載せておきます。

{_lines38}

面談は第3応接で10時から30分刻みで予定しています。
村瀬
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for the boss, but the domain is hinode-sangyou.co.jp (look-alike of own); five employees' phones",
})

# ---- 039 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-039",
    "sender": frm("murase"),
    "to": ["こども養育費サポート 保証業務課 <hosho@kodomo-support.or.jp>"],
    "subject": "養育費に係る差押えの控除開始について",
    "charset": "utf-8",
    "body": f"""一般社団法人こども養育費サポート
保証業務課　ご担当者様

お世話になっております。日の出産業株式会社 人事部の村瀬です。
御法人が代位取得された養育費債権に基づく差押命令を受領しましたので、
12月支給分から控除を開始いたします。

対象者の確認のため、弊社登録の情報をお知らせします。
　氏名　　　{_p['name']}
　生年月日　{wareki(_p['dob'])}
　連絡先　　{_p['tel']}

扶養義務等に係る債権のため、手取り額の2分の1を上限として毎月控除し、
ご指定の口座へお振込みいたします。
{sig("murase", 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's identifying details to the child-support guarantor: a single record, may warn",
})

# ---- 040 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
_notes40 = ["市県民税の滞納処分が先行、後から民事の差押え", "養育費（扶養）と一般債権の二重差押え",
            "休職明けで支給額が不安定", "賞与のみ差押え対象との記載", "退職予定（12月末）"]
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}\n　生年月日：{wareki(p['dob'], i % 3)}\n　住所：{p['addr']}\n　状況：{n}"
    for i, (p, n) in enumerate(zip(_p, _notes40)))
MESSAGES.append({
    "id": "sashiosae-040",
    "sender": frm("okochi"),
    "to": ["白川 奈央 <n.shirakawa@shirakawa-law.jp>"],
    "subject": "顧問相談：差押えの個別案件5件",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

お世話になっております。日の出産業の大河内です。
次回の顧問相談で伺いたい個別案件を、事前にお送りします。

{_blocks}

いずれも控除額の計算方法と、債権者への回答内容についてご助言をお願いします。
{sig("okochi", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five employees as one-record-per-block (DOB in 和暦, address) to outside counsel",
})

# ---- 041 -----------------------------------------------------------------------------------
_hokuto_hojin = corp_no("011001072215")
MESSAGES.append({
    "id": "sashiosae-041",
    "sender": frm("koba"),
    "to": ["みどり銀行 法人営業部 沢口様 <sawaguchi.k@midori-ginko.co.jp>"],
    "subject": "総合振込の受取人登録（取立金送金先）",
    "charset": "cp932",
    "body": f"""みどり銀行　法人営業部
沢口様

お世話になっております。日の出産業 経理部の小早川です。
差押えの取立金を毎月送金する先が増えましたので、
総合振込の受取人マスタへの登録をお願いいたします。

受取人名（カナ）　　　　　　　金融機関・支店　　　　科目　口座番号
-------------------------------------------------------------------------
ｶ)ﾎｸﾄﾛｰﾝｻｰﾋﾞｽ　　　　　　　あさひ銀行 本店営業部　当座　0482113
ﾍﾞﾝｺﾞｼﾎｳｼﾞﾝｱｰｸﾗｲﾄ ｱｽﾞｶﾘｷﾝ　みどり銀行 新橋支店　　普通　2207815
ﾋﾏﾜﾘｶｰﾄﾞ(ｶ　　　　　　　　　東都信用金庫 本店　　　普通　0913374
ﾄｳﾄｸﾚｼﾞﾂﾄ(ｶ　　　　　　　　　みどり銀行 本店営業部　当座　0071650
-------------------------------------------------------------------------

北斗ローンサービスの法人番号（{_hokuto_hojin}）は、先方の請求書記載のものです。
EDI情報欄には、先方指定の照会番号（例：{grp("2611250000183472")}）を入れる予定です。
{sig("koba", 0)}""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payee list of creditor companies' accounts: business data; a company's 法人番号 and an EDI reference",
})

# ---- 042 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-042",
    "sender": frm("okochi"),
    "to": ["ツバサシステム 久我様 <kuga@tsubasa-system.jp>",
           "ペイロールワークス 柴崎様 <shibasaki@payroll-works.co.jp>",
           "星野社労士事務所 星野先生 <hoshino@sr-hoshino.jp>"],
    "subject": "年末調整と差押控除の処理順序に関する打合せ",
    "charset": "iso-2022-jp",
    "body": f"""関係各位

いつもお世話になっております。日の出産業の大河内です。

年末調整の還付・徴収と差押控除の処理順序について、
システム（ツバサシステム様）、計算代行（ペイロールワークス様）、
制度面（星野先生）の三者で認識を合わせたく、打合せをお願いできればと存じます。

候補日：11月24日（火）10時〜／11月26日（木）15時〜／11月27日（金）13時〜
場所：弊社本社7階 または Teams

ご都合のよい日時をご返信ください。
{sig("okochi", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside organisations in To can see each other's addresses",
})

# ---- 043 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-043",
    "sender": frm("kuri"),
    "to": [addr("okochi")],
    "subject": "面談記録（差押え開始説明）",
    "charset": "iso-2022-jp",
    "body": f"""大河内課長

本日の面談の記録です（社内限り）。

対象：{_p['name']}（{_p['emp']}・物流センター）
・差押え開始（12月支給分〜）について説明、本人了承。
・借入れの経緯について、本人より「双極性障害で躁状態のときに買い物が止まらなかった」との話あり。
　現在は月1回通院・服薬中とのこと。
・産業医面談を勧めたところ、希望あり。保健師に日程調整を依頼済み。
・債務整理についてはEAP窓口を案内した。

栗林
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "interview note with a diagnosis, but addressed only to an internal manager",
})

# ---- 044 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-044",
    "sender": frm("murase"),
    "to": ["藤枝司法書士事務所 <info@fujieda-shiho.jp>"],
    "subject": "本人確認資料の件（{}様・任意整理）".format(_p["sei"]),
    "charset": "cp932",
    "body": f"""藤枝司法書士事務所
藤枝先生

お世話になっております。日の出産業の村瀬です。
ご本人から、本人確認資料として会社の健康保険の情報を先生にお伝えしてほしいと
依頼がありましたので、お知らせいたします。

　氏名　　{_p['name']}
　生年月日　{wareki(_p['dob'], 3)}
　保険者　日の出産業健康保険組合（保険者番号 06139921）
　記号　4521　番号　{R.randint(100, 999)}

保険証のコピーはご本人から直接お送りするとのことです。
{sig("murase", 1)}""",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's health-insurance 記号・番号 sent to a judicial scrivener",
})

# ---- 045 -----------------------------------------------------------------------------------
_pw_hojin = corp_no("011101058830")
MESSAGES.append({
    "id": "sashiosae-045",
    "sender": frm("koba"),
    "to": ["ペイロールワークス 経理部 <keiri@payroll-works.co.jp>"],
    "subject": "10月分ご請求書の受領と支払予定日",
    "charset": "utf-8",
    "body": f"""ペイロールワークス株式会社
経理部　ご担当者様

お世話になっております。日の出産業 経理部の小早川です。
10月分の請求書（請求番号 PW-2610-0417）を受領いたしました。

　給与計算代行基本料　　　　　 180,000円
　差押控除対応オプション（9名）  27,000円
　消費税（10%）　　　　　　　　 20,700円
　合計　　　　　　　　　　　　 227,700円

適格請求書発行事業者登録番号 T{_pw_hojin} の記載も確認いたしました。
お支払いは11月30日（月）、みどり銀行からのお振込みを予定しております。
{sig("koba", 2)}""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice acknowledgement with the vendor's T-number; ordinary accounting mail",
})

# ---- 046 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
_t46 = "\n".join(f"{p['name']}\t{p['kana']}\t{p['zip']}\t{p['addr']}\t{p['tel']}\t{x}" for p, x in zip(
    _p, ["債権差押（一般）残 42万", "滞納処分（市県民税）", "債権差押（扶養）月額4万", "債権差押（一般）残 118万", "債権差押（一般）残 9万"]))
MESSAGES.append({
    "id": "sashiosae-046",
    "sender": frm("okochi"),
    "to": ["北国フーズ 総務部 人事課 <jinji@kitaguni-foods.co.jp>"],
    "subject": "転籍者の差押え引継ぎについて",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社
総務部 人事課　ご担当者様

お世話になっております。日の出産業 人事部の大河内です。
1月1日付で御社へ転籍となる社員のうち、給与差押えを受けている方の一覧です。
転籍後は御社が第三債務者となりますので、各債権者から改めて差押命令が
送達される見込みです。弊社からも各債権者・裁判所へ退職の旨の事情届を出します。

氏名\tフリガナ\t郵便番号\t住所\t電話\t差押内容
{_t46}

ご不明点があればご連絡ください。
{sig("okochi", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of five transferring employees with address and phone to the partner company",
})

# ---- 047 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-047",
    "sender": frm("niwa"),
    "to": ["東京地方裁判所民事第21部 書記官 <shokikan-21@tokyo-chisai.go.jp>"],
    "subject": "Re: 陳述書の記載不備について（令和8年(ル)第3318号）",
    "charset": "iso-2022-jp",
    "body": f"""東京地方裁判所民事第21部
書記官　様

ご連絡ありがとうございます。日の出産業株式会社の丹羽です。
ご指摘の記名押印漏れにつきまして、大変失礼いたしました。
代表者印を押印したものを本日中に再送付いたします。

日の出産業株式会社　人事部
丹羽 拓真

差出人: 東京地方裁判所民事第21部 書記官
送信日時: 2026年11月10日 9:31
宛先: t.niwa@hinode-sangyo.co.jp
件名: 陳述書の記載不備について（令和8年(ル)第3318号）

第三債務者　日の出産業株式会社　御中
標記事件につき、提出された陳述書に第三債務者の記名押印がありません。
お手数ですが、押印の上、再度ご提出ください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the court clerk; only the case number; quoted text is the clerk's own",
})

# ---- 048 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-048",
    "sender": frm("murase"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "ご相談：差押債務者からの問い合わせ対応",
    "charset": "cp932",
    "body": f"""星野先生

お世話になっております。村瀬です。
差押え中の社員から、控除額が多すぎるのではとの申し出があり、対応に苦慮しております。
これまでの経緯を記録にまとめましたので、ご意見をいただけますでしょうか。
{sig("murase", 2)}""",
    "attachments": [{
        "kind": "pdf", "name": "対応記録_{}.pdf".format(_p["emp"]), "page_header": "取扱注意",
        "lines": [
            "差押債務者 対応記録",
            f"対象者　{_p['name']}　携帯 {_p['tel']}",
            "10/25　差押え開始。控除額 58,400円（手取りの1/4）。",
            "10/27　本人より電話。「手取りの4分の1ではなく、基本給の4分の1のはず」と主張。",
            "10/30　計算根拠（所得税・社会保険料控除後の額）を書面で説明。",
            "11/04　本人より、差押禁止範囲の変更申立てをしたいとの相談。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "attached record stamped 取扱注意 in its header leaves for an outside 社労士",
})

# ---- 049 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-049",
    "sender": frm("niwa"),
    "to": ["ペイロールワークス 給与計算チーム <kyuyo-team@payroll-works.co.jp>"],
    "subject": "差押対象者の新規登録票",
    "charset": "iso-2022-jp",
    "body": f"""給与計算チーム　各位

お世話になっております。日の出産業の丹羽です。
中途入社者のうち、前職から差押えが引き継がれる方が1名いますので、
登録票をお送りします。入社手続き用の情報も同じシートに入れています。

丹羽
""",
    "attachments": [{
        "kind": "xlsx", "name": "新規登録票_{}.xlsx".format(_p["emp"]),
        "sheets": {"登録票": [
            ["差押対象者 新規登録票"], [],
            ["社員番号", _p["emp"]], ["氏名", _p["name"]], ["フリガナ", _p["kana"]],
            ["生年月日", ymd(_p["dob"])], ["住所", _p["addr"]], ["個人番号", mn(49)],
            ["差押", "債権差押（東都クレジット）令和8年(ル)第3902号"], ["控除開始", "2026年12月支給分"],
        ]},
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one employee's registration sheet with 個人番号 to the payroll bureau",
})

# ---- 050 -----------------------------------------------------------------------------------
_p = person()
_dm = _p["mail"].split("@")[0] + "@docomo.ne.jp"
MESSAGES.append({
    "id": "sashiosae-050",
    "sender": frm("kuri"),
    "to": [_dm],
    "subject": "取立届の写し",
    "charset": "cp932",
    "body": f"""{_p['sei']}さん

人事部の栗林です。
ご依頼のあった、債権者から会社宛てに届いた書面の写しの内容をお送りします
（携帯で見やすいようにテキストにしました）。

債権者　東都クレジット株式会社
債務者　{_p['name']}
債務者住所　{_p['addr']}
取立額　11月分 {seizable(_p['net']):,}円
振込先　東都クレジット株式会社 指定口座

原本のコピーが必要なら、出社時にお渡しします。
栗林
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "an employee's own garnishment details to his carrier mail address: one person, one free-mail recipient",
})

# ---- 051 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-051",
    "sender": frm("okochi"),
    "to": ["東都クレジット 回収部 <kaishu@toto-credit.co.jp>"],
    "subject": "差押債務者に関するお願い",
    "charset": "utf-8",
    "body": f"""東都クレジット株式会社
回収部　ご担当者様

いつもお世話になっております。日の出産業 人事部の大河内です。
差押命令（令和8年(ル)第3902号）の債務者である弊社社員 {_p['name']} の件で、
本人の了解のもと、事情をお伝えいたします。

本人は昨年、SNSで知り合った人物による投資詐欺の被害に遭い、
約400万円をだまし取られて、その補填のために借入れを重ねたとのことです。
警察には被害届を提出済みで、現在捜査中と聞いております。

本人は弁護士に債務整理を相談する意向です。
分割でのご相談に応じていただける余地があれば、本人から直接ご連絡させます。
{sig("okochi", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's having been a fraud (crime) victim is 要配慮, told to a creditor",
})

# ---- 052 -----------------------------------------------------------------------------------
_p = [person() for _ in range(12)]
MESSAGES.append({
    "id": "sashiosae-052",
    "sender": frm("kuri"),
    "to": [addr("murase"), addr("niwa")],
    "subject": "給与支払報告書作成用データ（差押対象者分）",
    "charset": "cp932",
    "body": """村瀬さん、丹羽さん

差押対象者12名分の給与支払報告書作成用データです。
共有フォルダに置くと他部署から見えてしまうので、メールで回します。
確認後は削除してください。

栗林
""",
    "attachments": [{
        "kind": "csv", "name": "kyuyo_houkoku_sashiosae.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "個人番号", "生年月日", "住所", "支払金額"]]
        + [[p["emp"], p["name"], mn(5200 + i), ymd(p["dob"], "-"), p["addr"], p["net"] * 14]
           for i, p in enumerate(_p)],
    }],
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "twelve employees' My Numbers, but the mail goes only to internal colleagues",
})

# ---- 053 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-053",
    "sender": frm("niwa"),
    "to": ["TSUBASA Payroll サポート窓口 <support@tsubasa-system.jp>"],
    "subject": "【問合せ】控除マスタ取込時のエラー（受付番号 SP-26110478）",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
サポート窓口　ご担当者様

お世話になっております。日の出産業の丹羽です。
差押控除のマスタを取り込もうとしたところ、「E-2041 項目数が一致しません」と表示されて
取込みができません。エクスポートしたファイルをそのまま添付しますので、
原因をご確認いただけますでしょうか。

バージョン：TSUBASA Payroll 8.3.2（build 2610）
{sig("niwa", 0)}""",
    "attachments": [{"kind": "corrupt", "name": "控除マスタ_export.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the exported master file is corrupt and cannot be inspected",
})

# ---- 054 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_rows54 = "\n".join(
    f"{p['ROMA']:<24}{ymd(p['dob'], '-')}   {p['mail']:<34}JPY {seizable(p['net']):>7,}" for p in _p)
MESSAGES.append({
    "id": "sashiosae-054",
    "sender": frm("murase"),
    "to": ["Priya Raman <priya.raman@globalpay-asia.com>"],
    "cc": ["Daniel Koh <daniel.koh@globalpay-asia.com>"],
    "subject": "Japan parallel run - garnishment roster (November)",
    "charset": "utf-8",
    "body": f"""Hi Priya, Daniel,

For the November parallel run, here is the roster of employees with active court or
tax garnishments, so you can set up the deduction codes in the test tenant.
Personal e-mail addresses are included because these employees receive their
payslips there.

Name                    DOB          Personal e-mail                   Monthly deduction
------------------------------------------------------------------------------------------
{_rows54}

Let me know if you need the creditor remittance details as well.

Best regards,
{sig("murase", 3)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English roster of six garnished employees with DOB and personal e-mail to a foreign vendor",
})

# ---- 055 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-055",
    "sender": frm("koba"),
    "to": ["みどり信用金庫 業務部 <gyomu@midori-shinkin.co.jp>"],
    "subject": "給与振込の受入れについてのお問い合わせ",
    "charset": "iso-2022-jp",
    "body": f"""みどり信用金庫
業務部　ご担当者様

はじめてご連絡いたします。日の出産業株式会社 経理部の小早川と申します。
北上工場の従業員から、給与の振込先を貴金庫の口座にしたいとの希望が複数出ております。

弊社はみどり銀行から総合振込を行っておりますが、
貴金庫の各支店宛ての振込に必要な金融機関コード・支店コードの一覧を
いただくことは可能でしょうか。また、振込指定日の前営業日着金の可否についても
ご教示いただけますと幸いです。
{sig("koba", 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a genuinely different credit union (midori-shinkin), not a look-alike; no personal data",
})

# ---- 056 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-056",
    "sender": frm("niwa"),
    "to": ["北斗ローンサービス 債権管理部 <saiken@hokuto-loan.co.jp>",
           "東都クレジット 回収部 <kaishu@toto-credit.co.jp>",
           "旭丘市 納税課 <nouzei@city.asahigaoka.lg.jp>",
           "弁護士法人アークライト <kaishu@arclight-law.com>"],
    "subject": "差押債務者の退職について（ご通知）",
    "charset": "cp932",
    "body": f"""関係各位

平素より大変お世話になっております。
日の出産業株式会社 人事部給与グループでございます。

弊社にて差押えの控除を行っておりました {_p['name']} 氏は、
令和8年11月30日付で退職いたしました。
11月25日支給分の給与が最終の控除となり、12月以降の給与支払いはございません。
なお、退職金は規程上支給対象外です。

各執行裁判所・執行機関には、別途書面にて事情をお届けいたします。
{sig("niwa", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four creditors and a city tax office in To can all see each other; should have been Bcc",
})

# ---- 057 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-057",
    "sender": frm("kiryu"),
    "to": [addr("murase")],
    "subject": "FW: 債務名義（判決）の内容確認",
    "charset": "utf-8",
    "body": f"""村瀬さん

差押命令に添付されていた債務名義（判決正本の写し）の要点です。
請求債権の元本・損害金の計算が陳述書の記載に関係するので共有します。

　事件　令和7年(ワ)第11482号 貸金返還請求事件
　原告　サンライト信販株式会社
　被告　{_p['name']}（{_p['addr_k']}）
　主文　被告は原告に対し、金1,284,600円及びこれに対する令和7年3月1日から
　　　　支払済みまで年14.6％の割合による金員を支払え。

遅延損害金は差押命令の請求債権目録では申立日までで確定しています。
毎月の取立額はあくまで給与の4分の1が上限です。

桐生
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "judgment summary naming the employee-defendant with his address, internal only",
})

# ---- 058 -----------------------------------------------------------------------------------
_p = person()
_dl = f"{R.randint(10, 99)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
MESSAGES.append({
    "id": "sashiosae-058",
    "sender": frm("murase"),
    "to": ["弁護士法人アークライト 森本 <morimoto@arclight-law.com>"],
    "subject": "同姓同名の件（令和8年(ル)第4410号）",
    "charset": "iso-2022-jp",
    "body": f"""弁護士法人アークライト
森本様

お世話になっております。日の出産業の村瀬です。
標記の差押命令ですが、弊社には同じ氏名の社員が2名在籍しております。
入社時に提出された運転免許証の写しで確認したところ、
住所が命令書の記載と一致するのは次の者です。

{_p['name']}　{wareki(_p['dob'], 1)}生
運転免許証番号　第{_dl}号（東京都公安委員会）

念のため、御依頼者様の契約時の本人確認記録と照合いただけますでしょうか。
照合が取れ次第、陳述書を提出いたします。
{sig("murase", 0)}""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's driver's licence number sent to a creditor's law firm",
})

# ---- 059 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-059",
    "sender": frm("kuri"),
    "to": ["弁護士 宮坂 透 <t.miyasaka@wakaba-sogo-law.jp>"],
    "cc": ["くらし生活相談センター 相談員 堀口様 <horiguchi@kurashi-soudan.or.jp>"],
    "subject": "受任通知の受領について",
    "charset": "iso-2022-jp",
    "body": f"""宮坂先生
（cc：くらし生活相談センター 堀口様）

お世話になっております。日の出産業の栗林です。
{_p['name']}様（北上工場勤務）に関する受任通知を、本日受領いたしました。
堀口様からのご紹介で先生にご依頼されたと伺っております。

弊社は社内貸付等の債権は有しておりませんので、債権者には該当いたしません。
給与差押えの有無などのお問い合わせは、私までご連絡ください。
{sig("kuri", 1)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["multiple_external_domains"],
    "note": "debtor's lawyer and the referring counselling centre: two outside organisations, one employee named",
})

# ---- 060 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
MESSAGES.append({
    "id": "sashiosae-060",
    "sender": frm("kiryu"),
    "to": ["司法書士法人みなと 柏木 <kashiwagi@minato-shihoshoshi.jp>"],
    "subject": "社内貸付金の回収についてのご依頼",
    "charset": "utf-8",
    "body": f"""司法書士法人みなと
柏木先生

お世話になっております。日の出産業 法務部の桐生です。
先日ご相談した社内貸付金（住宅・生活資金）の件で、
債務整理の受任通知が届いている社員の一覧をお送りします。
各代理人への債権届出と、今後の給与天引きの可否についてご助言ください。
{sig("kiryu", 2)}""",
    "attachments": [{
        "kind": "docx", "name": "社内貸付金_受任通知受領者一覧.docx",
        "paragraphs": ["社内貸付金　受任通知受領者一覧（令和8年11月）", "日の出産業株式会社 法務部"],
        "tables": [[["氏名", "住所", "貸付種別", "貸付残高", "受任代理人"]]
                   + [[p["name"], p["addr"], R.choice(["生活資金", "住宅資金", "教育資金"]),
                       f"{R.randrange(200000, 3000000, 10000):,}円", a] for p, a in
                      zip(_p, ["若葉総合法律事務所", "司法書士法人みなと", "弁護士 田所 修", "ひなた法律事務所", "若葉総合法律事務所"])]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five indebted employees with addresses to a judicial scrivener",
})

# ---- 061 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-061",
    "sender": frm("niwa"),
    "to": ["ペイロールワークス 柴崎 <shibasaki@payroll-works.co.jp>"],
    "subject": "取立金の送金先（債権者）連絡先一覧",
    "charset": "cp932",
    "body": f"""柴崎様

お世話になっております。丹羽です。
取立金の送金明細の送付先として、債権者側の連絡窓口をまとめました。
明細はそれぞれの窓口宛てにお送りください。

・株式会社北斗ローンサービス　債権管理部　　TEL 03-6205-1180　saiken@hokuto-loan.co.jp
・ひまわりカード株式会社　回収センター　　TEL 0570-031-552　kaishu-center@himawari-card.co.jp
・東都クレジット株式会社　回収部　　　　　TEL 03-5640-2217　kaishu@toto-credit.co.jp
・弁護士法人アークライト　回収担当　　　　TEL 03-3593-0846　kaishu@arclight-law.com
・サンライト信販株式会社　法務課　　　　　TEL 06-6226-4719　houmu@sunlight-shinpan.co.jp

よろしくお願いします。
丹羽
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contact list of creditor companies' departments: businesses, not people",
})

# ---- 062 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-062",
    "sender": frm("kuri"),
    "to": ["くらし生活相談センター 相談員 堀口様 <horiguchi@kurashi-soudan.or.jp>"],
    "subject": "先日ご紹介した方の件（補足）",
    "charset": "cp932",
    "body": f"""堀口様

お世話になっております。日の出産業の栗林です。
先週ご紹介した{_p['name']}さんについて、ご本人から補足があり、
面談前にお伝えしてほしいとのことでしたのでご連絡します。

借入れのきっかけは、ご本人が信仰している宗教団体への献金で、
「教団の行事ごとにまとまった額を納める必要があった」とのことです。
ご家族（ご両親）も同じ団体の信者で、家族には相談しにくいそうです。
面談の際はその点にご配慮いただけますと幸いです。
{sig("kuri", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's religious belief and donations (creed, 要配慮) to a counselling centre",
})

# ---- 063 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-063",
    "sender": frm("niwa"),
    "to": ["さいたま地方裁判所 第4民事部 執行係 <shikko@saitama-chisai.go.jp>"],
    "subject": "陳述書の写し送付（令和8年(ル)第1206号）",
    "charset": "iso-2022-jp",
    "body": f"""さいたま地方裁判所　第4民事部　執行係　御中

日の出産業株式会社 人事部の丹羽でございます。
標記事件の陳述書は本日郵送いたしましたが、お電話でご指示いただいたとおり
写しをメールでもお送りいたします。

なお、債務者は外国籍（フィリピン）の従業員のため、社内の登録氏名は
在留カードのとおりローマ字表記となっております。差押命令の
カタカナ表記（サントス・マリア・クリスティーナ）と同一人物であることは確認済みです。
{sig("niwa", 1)}""",
    "attachments": [{
        "kind": "docx", "name": "陳述書_R8ル1206.docx",
        "paragraphs": [
            "陳述書", "さいたま地方裁判所第4民事部　御中",
            "第三債務者　日の出産業株式会社",
            "債務者　SANTOS MARIA CRISTINA（サントス・マリア・クリスティーナ）",
            "債務者住所　埼玉県川口市芝中田2-9-14 グリーンハイツ102",
            "1　差押えに係る債権の存否　ある（給料　毎月25日払）",
            "2　弁済の意思　ある",
            "3　他の差押え　なし",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one debtor's statement to the court; nationality alone is not 要配慮 (not race/origin)",
})

# ---- 064 -----------------------------------------------------------------------------------
_p = [person() for _ in range(7)]
_tr64 = "".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}<br><small>{p['kana']}</small></td><td>{wareki(p['dob'], 0)}</td>"
    f"<td>{p['tel']}</td><td>{R.choice(['一般', '一般', '扶養', '国税', '住民税'])}</td></tr>" for p in _p)
MESSAGES.append({
    "id": "sashiosae-064",
    "sender": frm("murase"),
    "to": ["ペイロールワークス 給与計算チーム <kyuyo-team@payroll-works.co.jp>"],
    "subject": "差押対象者の照合用リスト",
    "charset": "utf-8",
    "html": f"""<div style="font-family:'Yu Gothic',sans-serif">
<p>給与計算チーム 各位</p>
<p>お世話になっております。日の出産業の村瀬です。<br>
前月の控除で社員番号の取り違えがあったため、照合用に氏名・生年月日・連絡先を付けたリストをお送りします。<br>
控除前に必ずこちらで突合をお願いします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>社員番号</th><th>氏名</th><th>生年月日</th><th>携帯</th><th>区分</th></tr></thead>
<tbody>{_tr64}</tbody></table>
<p>日の出産業株式会社 人事部 給与・社会保険グループ<br>村瀬 千景</p>
</div>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of seven employees (kana, 和暦 DOB, mobile) to the payroll bureau",
})

# ---- 065 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-065",
    "sender": frm("murase"),
    "to": [addr("kuri"), addr("niwa")],
    "subject": "FW: 受任通知（{}様）".format(_p["sei"]),
    "charset": "iso-2022-jp",
    "body": f"""栗林さん、丹羽さん

若葉総合法律事務所から受任通知が届きました。
当社は債権者ではないので回答は不要ですが、北斗ローンの差押えが入っている方なので、
今後、個人再生の申立てがあれば差押えが中止になる可能性があります。頭に入れておいてください。

村瀬

---------- Forwarded message ---------
From: 若葉総合法律事務所 <jimukyoku@wakaba-sogo-law.jp>
Subject: 受任通知

日の出産業株式会社　御中
当職らは、{_p['name']}（住所：{_p['addr']}）の代理人として、
同人の債務整理（個人再生申立て予定）を受任しましたので通知いたします。

債権者一覧（同人申告）
　株式会社北斗ローンサービス／ひまわりカード株式会社／東都クレジット株式会社／
　サンライト信販株式会社／株式会社マルミ商事

若葉総合法律事務所　弁護士　宮坂 透
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "forward of a lawyer's notice within the payroll team only",
})

# ---- 066 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-066",
    "sender": frm("niwa"),
    "to": ["TSUBASA サポート <support@tsubasa-sytem.jp>"],
    "subject": "差押控除の端数処理について",
    "charset": "cp932",
    "body": f"""ツバサシステム サポート窓口 ご担当者様

お世話になっております。日の出産業の丹羽です。
差押控除の自動計算で、手取り額の4分の1に1円未満の端数が出た場合の処理について質問です。
現在の設定では切り上げになっていますが、債権者側から「切り捨てでは」と指摘を受けました。
設定画面（控除マスタ＞計算区分＞SA01）で端数処理を変更できますでしょうか。

対象社員番号：27-4418（11月支給分で差額1円）
{sig("niwa", 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "vendor domain misspelt tsubasa-sytem.jp (dropped s) instead of partner tsubasa-system.jp",
})

# ---- 067 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-067",
    "sender": frm("murase"),
    "to": ["yukari.h0213@gmail.com"],
    "subject": "養育費の差押えに係るお振込みについて",
    "charset": "utf-8",
    "body": f"""ご担当の弁護士さんからご依頼いただいた件で、ご連絡いたします。
日の出産業株式会社 人事部の村瀬と申します。

{_p['name']}様の給与に対する差押命令（養育費）に基づき、
12月25日から毎月、ご指定の口座へお振込みいたします。
12月分は {R.randrange(38000, 62000, 100):,}円となる見込みです。

振込名義は「ヒノデサンギヨウ（カ」となります。
振込先の変更等がございましたら、書面にてご連絡ください。
{sig("murase", 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["freemail_recipient"],
    "note": "the child-support creditor (a private person) at one free-mail address; only the debtor's name and amount",
})

# ---- 068 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
MESSAGES.append({
    "id": "sashiosae-068",
    "sender": frm("murase"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "過去の差押履歴（旧システム出力）",
    "charset": "iso-2022-jp",
    "body": f"""星野先生

お世話になっております。村瀬です。
先日のご質問の件、旧給与システムから過去5年分の差押履歴を出力しました。
古い形式（.xls）ですがご容赦ください。

村瀬
""",
    "attachments": [{
        "kind": "xls", "name": "sashiosae_rireki_2021-2025.xls",
        "sheets": {"rireki": [["SHAIN_NO", "SHIMEI", "SEINENGAPPI", "TEL", "JIKEN", "KAISHI", "SHURYO"]]
                   + [[p["emp"], p["name"], ymd(p["dob"], ""), p["tel"].replace("-", ""),
                       f"R{R.randint(3, 7)}(ル){R.randint(100, 4999)}", f"20{R.randint(21, 24)}{R.randint(1, 12):02d}", "完済"]
                      for p in _p]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS export of six employees (DOB, phone) to the outside 社労士",
})

# ---- 069 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-069",
    "sender": frm("kuri"),
    "to": ["弁護士 宮坂 透 <t.miyasaka@wakaba-sogo-law.jp>"],
    "subject": "収入減少の理由についてのご回答",
    "charset": "iso-2022-jp",
    "body": f"""宮坂先生

お世話になっております。日の出産業の栗林です。
{_p['name']}様の再生計画に関し、6月以降に残業代が減っている理由についてのお問い合わせに回答いたします。

本年5月の定期健康診断で、肝機能の数値（γ-GTP・AST）が基準を大きく超えて「要精密検査」となり、
その後の受診で脂肪肝と診断されたため、産業医の意見に基づき6月から月20時間の残業制限をしております。
この措置は少なくとも来年3月まで継続する予定です。

ご本人の同意を得たうえでお伝えしております。
{sig("kuri", 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's health-check result and diagnosis told to his lawyer (要配慮, even with consent)",
})

# ---- 070 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-070",
    "sender": frm("murase"),
    "to": ["Global HR <global-hr@hinode-sangyo.co.jp>"],
    "cc": [addr("okochi")],
    "subject": "US income withholding order for an assignee in Tokyo",
    "charset": "utf-8",
    "body": f"""Hi team,

We received a copy of a US Income Withholding Order for Support (child support) for
Michael J. Hartley (DOB 1984-03-17), the US assignee in our Tokyo sales office.
He is paid from Japan payroll while on assignment, so we need guidance:

- The order asks for USD 1,150 per month, payable to the Texas State Disbursement Unit.
- A foreign order is not directly enforceable against us in Japan; we would need either
  a Japanese court order or a voluntary payroll deduction agreement signed by him.
- He told us he is willing to sign a voluntary deduction.

Could the global team confirm how this was handled for previous assignees?
This is internal only, please do not forward outside.

Chikage
{sig("murase", 3)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "English mail about an assignee's child-support order with DOB, to an internal list only",
})

# ---- 071 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-071",
    "sender": frm("kiryu"),
    "to": ["弁護士法人アークライト 森本 <morimoto@arclight-law.com>"],
    "subject": "陳述書・計算書一式の送付",
    "charset": "iso-2022-jp",
    "body": f"""弁護士法人アークライト
森本様

お世話になっております。日の出産業 法務部の桐生です。
ご依頼のあった陳述書の写しと、11月分の差押額計算書をお送りします。
弊社規程により、社外へのファイル送付はパスワード付きとしております。
パスワードは追ってお送りいたします。
{sig("kiryu", 0)}""",
    "attachments": [{
        "kind": "zip", "name": "R8ru2415_shiryo.zip", "password": "Ark-2415-hn",
        "files": [
            {"kind": "docx", "name": "陳述書_写し.docx", "paragraphs": ["陳述書（写し）", "差押えに係る債権の存否　ある"]},
            {"kind": "xlsx", "name": "差押額計算書_11月.xlsx",
             "sheets": {"計算書": [["項目", "金額"], ["総支給額", 342000], ["控除後手取り", 268400], ["差押額", 67100]]}},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP (PPAP) to a creditor's lawyer: contents cannot be inspected",
})

# ---- 072 -----------------------------------------------------------------------------------
def _bad_mn(k: int) -> str:
    good = my_number(SEED + k)
    return good[:11] + str((int(good[11]) + 3) % 10)


_uketsuke = _bad_mn(72)
MESSAGES.append({
    "id": "sashiosae-072",
    "sender": frm("niwa"),
    "to": ["ツバサシステム カスタマーサクセス <cs@tsubasa-system.jp>"],
    "subject": "Re: TSUBASA Payroll 8.4 バージョンアップのご案内",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム株式会社
カスタマーサクセス　ご担当者様

ご案内ありがとうございます。日の出産業の丹羽です。
8.4へのバージョンアップは、12月の給与確定後（12/28以降）を希望いたします。
11月〜12月は年末調整と差押控除の再計算が重なるため、
作業はそれ以降でお願いできますと助かります。

申込受付番号：{_uketsuke}
対象ライセンス：TSB-PR-ENT-500（本番1・検証1）

よろしくお願いいたします。
丹羽

> 日の出産業株式会社　ご担当者様
> TSUBASA Payroll 8.4 では、差押控除の計算区分（一般／扶養／滞納処分）の
> 自動判定機能が追加されます。作業希望日をご返信ください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vendor upgrade scheduling; a 12-digit application number (not a valid 個人番号) and licence codes",
})

# ---- 073 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_lbl = "\n\n".join(f"〒{zen(p['zip'])}\n{zen(p['addr'])}\n{p['name']}　様" for p in _p)
MESSAGES.append({
    "id": "sashiosae-073",
    "sender": frm("kuri"),
    "to": ["錦印刷 データ受付 <data@nishiki-insatsu.co.jp>"],
    "subject": "給与明細 個別郵送分の宛名データ（11月）",
    "charset": "cp932",
    "body": f"""錦印刷株式会社
データ受付ご担当者様

いつもお世話になっております。日の出産業 人事部の栗林です。
11月分給与明細のうち、社内配布ではなく自宅郵送とする方の宛名です。
（休職中・差押えに伴う書面同封の方を含みます。同封物は別途お持ちします）

{_lbl}

封入・発送は11月24日までにお願いいたします。
{sig("kuri", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six employees' home addresses in full-width digits (mailing labels) to the printing partner",
})

# ---- 074 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-074",
    "sender": frm("murase"),
    "to": ["ひなた法律事務所 弁護士 長浜様 <nagahama@hinata-law.jp>"],
    "subject": "養育費の差押え（令和8年(ル)第3077号）控除開始のご連絡",
    "charset": "cp932",
    "body": f"""ひなた法律事務所
弁護士　長浜 先生

お世話になっております。日の出産業株式会社 人事部の村瀬です。
標記の差押命令（債務者：{_p['name']}）につき、12月25日支給分から控除を開始いたします。

扶養義務等に係る定期金債権のため、確定期限の到来した分に加え、
差押命令の記載に従い今後の各月分も継続して控除いたします。
取立ての振込先は、先生からご指示のあった依頼者様名義の口座で承知いたしました。
{sig("murase", 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "child-support deduction start told to the creditor's lawyer; debtor named with the case only",
})

# ---- 075 -----------------------------------------------------------------------------------
_emp = person()
_emp.update(mei="浩二", name=f"{_emp['sei']} 浩二")
_fam_lines = "\n".join(
    f"　{rel}　{_emp['sei']} {mei}　{wareki(d, st)}"
    for rel, mei, d, st in zip(["配偶者", "長男", "長女", "二男"], ["沙織", "蓮", "結衣", "湊人"],
                               [date(1988, 11, 23), date(2014, 3, 14), date(2017, 7, 19), date(2021, 11, 7)],
                               [0, 1, 0, 2]))
MESSAGES.append({
    "id": "sashiosae-075",
    "sender": frm("kuri"),
    "to": ["ひなた法律事務所 弁護士 長浜様 <nagahama@hinata-law.jp>"],
    "subject": "扶養状況の証明について（差押範囲変更申立て用）",
    "charset": "utf-8",
    "body": f"""長浜先生

お世話になっております。日の出産業の栗林です。
{_emp['name']}様（{wareki(_emp['dob'])}生）の差押禁止範囲の変更申立てに添付される
扶養状況について、当社の扶養控除等申告書の記載を転記いたします。

　本人　{_emp['name']}　{_emp['addr']}
{_fam_lines}

いずれも本人と同居、健康保険の被扶養者です。
証明書の形式が必要であれば、会社の証明印を押したものを作成いたします。
{sig("kuri", 2)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people with DOB, but all one household of the employee's own court application: list or single record",
})

# ---- 076 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-076",
    "sender": frm("kiryu"),
    "to": ["弁護士 宮坂 透 <t.miyasaka@wakaba-sogo-law.jp>"],
    "cc": ["弁護士法人アークライト <kaishu@arclight-law.com>", "みなみ総合法律事務所 小田切様 <odagiri@minami-sogo-law.jp>"],
    "subject": "再生手続開始決定に伴う差押えの中止について",
    "charset": "iso-2022-jp",
    "body": f"""宮坂先生
（cc：債権者代理人の先生方）

日の出産業株式会社 法務部の桐生でございます。
{_p['name']}氏について再生手続開始決定が出た旨のご連絡、ありがとうございました。
決定正本の写しを確認いたしましたので、12月支給分から差押額の控除を中止いたします。
11月支給分までに控除し、取立てがされていない金額（計 48,200円）は
当社にて留保しておりますので、お取扱いをご指示ください。

債権者代理人の先生方にも、あわせてご報告申し上げます。
{sig("kiryu", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three different law offices in To/Cc see each other; should have used Bcc",
})

# ---- 077 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_dx = ["適応障害", "腰椎椎間板ヘルニア（術後）", "うつ病", "乳がん治療", "パニック障害", "脳梗塞後リハビリ"]
_rows77 = "\n".join(f"{p['emp']}  {p['name']:<8}\u3000{d:<14}\u3000{R.choice(['9/1', '9/16', '10/1', '10/14'])}〜" for p, d in zip(_p, _dx))
MESSAGES.append({
    "id": "sashiosae-077",
    "sender": frm("okochi"),
    "to": [addr("murase"), addr("kuri")],
    "subject": "休職中の差押対象者（控除停止の確認）",
    "charset": "iso-2022-jp",
    "body": f"""村瀬さん、栗林さん

差押対象者のうち、現在休職中で給与の支給がない人の一覧です（産業医面談記録より）。
控除停止の連絡を債権者にする際、病名は絶対に書かないでください。
「休職中につき支給なし」のみで十分です。

社員番号 氏名          事由              休職開始
-------------------------------------------------
{_rows77}

大河内
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnoses of six employees, but addressed only to internal colleagues",
})

# ---- 078 -----------------------------------------------------------------------------------
_p = person()
_sp = person()
_ch = person()
MESSAGES.append({
    "id": "sashiosae-078",
    "sender": frm("niwa"),
    "to": ["港南税務署 徴収部門 有村様 <chosyu-bumon@kounan-zeimusho.go.jp>"],
    "subject": "扶養親族の確認資料（国税徴収法第76条関係）",
    "charset": "utf-8",
    "body": f"""港南税務署 徴収部門
有村様

お世話になっております。日の出産業の丹羽です。
差押禁止額の計算に使用している扶養親族の人数の根拠として、
{_p['sei']}様の令和8年分扶養控除等申告書の写しをお送りします。
ZIPにまとめております。
{sig("niwa", 2)}""",
    "attachments": [{
        "kind": "zip", "name": "fuyo_shinkokusho_R8.zip",
        "files": [{"kind": "pdf", "name": "扶養控除等申告書_R8.pdf", "lines": [
            "令和8年分　給与所得者の扶養控除等（異動）申告書",
            f"あなたの氏名　{_p['name']}　（フリガナ）{_p['kana']}",
            f"あなたの個人番号　{mn(78)}",
            f"あなたの生年月日　{wareki(_p['dob'])}",
            f"あなたの住所　〒{_p['zip']}　{_p['addr']}",
            f"源泉控除対象配偶者　{_p['sei']} {_sp['mei']}　個人番号 {mn(79)}　{wareki(_sp['dob'], 1)}",
            f"控除対象扶養親族　{_p['sei']} {_ch['mei']}　個人番号 {mn(80)}　平成22年5月8日",
        ]}],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "dependants' declaration with three My Numbers in a plain ZIP to the tax office",
})

# ---- 079 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-079",
    "sender": frm("koba"),
    "to": ["みどり銀行 法人営業部 沢口様 <sawaguchi.k@midori-ginko.co.jp>"],
    "cc": ["ツバサシステム 久我様 <kuga@tsubasa-system.jp>"],
    "subject": "給与振込データ連携の仕様確認",
    "charset": "cp932",
    "body": f"""沢口様
（cc：ツバサシステム 久我様）

お世話になっております。日の出産業の小早川です。
給与システムから直接、御行の法人インターネットバンキングへ
振込データを連携する件で、仕様を確認させてください。

1. 全銀協フォーマット（120バイト固定長）で、差押えの取立金送金分を
   給与振込とは別ファイル（総合振込）にする必要がありますか。
2. 文字コードはJIS8、改行コードCRLFで問題ないでしょうか。
3. 依頼人コード（10桁）は現行の 0004821773 を継続利用できますか。

久我様には、システム側の出力設定をご確認いただければと思います。
{sig("koba", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "bank and system vendor in To/Cc: two outside organisations, technical questions only",
})

# ---- 080 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-080",
    "sender": frm("okochi"),
    "to": ["川崎電機 人事部 給与課 <kyuyo@kawasaki-denki.com>"],
    "subject": "出向者の差押え（賞与分）について",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社　人事部給与課　ご担当者様

お世話になっております。日の出産業の大河内です。
御社出向中の{_p['name']}（住所：{_p['addr']}）について、
賞与を含む差押命令が届きました。冬季賞与の御社負担分の精算時期を
ご教示いただけますでしょうか。
{sig("okochi", 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "kawasaki-denki.com is a TLD swap of the partner kawasaki-denki.co.jp",
})

# ---- 081 -----------------------------------------------------------------------------------
_p = [person() for _ in range(6)]
_inner = "\n".join(f"{i + 1}. {p['name']}／{ymd(p['dob'])}／{p['addr']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "sashiosae-081",
    "sender": frm("murase"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "FW: 差押命令の住所相違について",
    "charset": "iso-2022-jp",
    "body": f"""星野先生

お世話になっております。村瀬です。
法務部から来た下記メールの件、住所相違がある場合の陳述書の書き方について
ご意見をいただけますでしょうか。元のメールを添付します。
{sig("murase", 2)}""",
    "attachments": [{
        "kind": "eml", "name": "差押命令の住所相違について.eml",
        "message": {
            "sender": frm("kiryu"), "to": [addr("murase")],
            "subject": "差押命令の住所相違について", "charset": "iso-2022-jp",
            "body": f"""村瀬さん

命令書の債務者住所と社内登録住所が一致しない6件です。
（左：社内登録の生年月日と住所）

{_inner}

いずれも氏名・生年月日は一致しています。
桐生
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwards, as an attached .eml, an internal mail listing six employees with DOB and address",
})

# ---- 082 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
_q82 = "\n".join(f"{i + 1}　{p['name']}　{wareki(p['dob'])}　{p['addr']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "sashiosae-082",
    "sender": frm("niwa"),
    "to": ["東都クレジット 回収部 <kaishu@toto-credit.co.jp>"],
    "subject": "RE: 在籍確認のお願い（5件）",
    "charset": "cp932",
    "body": f"""東都クレジット株式会社
回収部　ご担当者様

お世話になっております。日の出産業の丹羽です。
お問い合わせの5件のうち、弊社に在籍しているのは1番と4番の方のみです。
その他の方は、過去を含め在籍記録がございません。
なお、在籍者についても、差押命令の送達前に給与額等をお答えすることはできかねます。

丹羽

差出人: 東都クレジット 回収部 <kaishu@toto-credit.co.jp>
送信日時: 2026年11月12日 14:05
宛先: t.niwa@hinode-sangyo.co.jp
件名: 在籍確認のお願い（5件）

日の出産業株式会社　人事ご担当者様
下記の方の在籍有無をご教示ください。

{_q82}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only in the creditor's own quoted mail; new text refers to row numbers",
})

# ---- 083 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-083",
    "sender": frm("murase"),
    "to": ["Daniel Koh <daniel.koh@globalpay-asia.com>"],
    "subject": "Deduction recalculation for one employee (reduced hours)",
    "charset": "utf-8",
    "body": f"""Hi Daniel,

One more case for the parallel run. Sanae {_p['ROMA'].split()[0].title()} (employee no. {_p['emp']}) has been working
reduced hours since October because she is undergoing chemotherapy for breast cancer,
three days a week at the hospital. Her net pay has dropped, so the court-ordered
deduction (one quarter of net pay) must be recalculated every month rather than fixed.

Please make sure the test tenant does not carry over the fixed amount of JPY 62,300.

Thanks,
{sig("murase", 3)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail telling a vendor a named employee is in cancer treatment (medical, 要配慮)",
})

# ---- 084 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-084",
    "sender": frm("kuri"),
    "to": ["錦印刷 営業部 三輪様 <miwa@nishiki-insatsu.co.jp>"],
    "subject": "親展封筒・窓付き封筒の追加発注",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部　三輪様

いつもお世話になっております。日の出産業の栗林です。
給与明細・差押関係書類の郵送用に、下記を追加で発注いたします。

品番　　　　　品名　　　　　　　　　　　数量　　単価
NS-K3-RED　　長3 親展印刷（赤）　　　　2,000　　8.2円
NS-MW-40　　 長40 窓付き・地紋入り　　 1,000　 11.5円
NS-HAG-01　　はがき 圧着（3面）　　　　 500　 24.0円

納品先：本社7階 人事部（12月4日希望）
見積番号 NI-2611-088 の条件でお願いいたします。
{sig("kuri", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "stationery order with product codes and prices; no personal data",
})

# ---- 085 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-085",
    "sender": frm("okochi"),
    "to": ["ツバサシステム 久我様 <kuga@tsubasa-system.jp>"],
    "subject": "差押業務の改善要望（資料送付）",
    "charset": "cp932",
    "body": f"""久我様

お世話になっております。大河内です。
先日お話しした差押業務の改善要望を、社内検討資料のまま添付いたします。
次期バージョンの要件検討にお役立ていただければ幸いです。
{sig("okochi", 0)}""",
    "attachments": [{
        "kind": "pptx", "name": "差押業務改善要望_2026.pptx", "title": "差押業務改善要望",
        "page_footer": "Confidential - 日の出産業株式会社 人事部",
        "slides": [
            ["差押業務の改善要望", "人事部 給与・社会保険グループ", "2026年11月"],
            ["現状の課題", "競合時の按分計算が手作業", "扶養債権の期限未到来分の管理が台帳頼み", "債権者ごとの送金明細作成に月8時間"],
            ["要望", "計算区分の自動判定", "供託・事情届の帳票出力", "債権者マスタと送金データの連携"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides carry a 'Confidential' footer on every page and go to the vendor",
})

# ---- 086 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-086",
    "sender": frm("okochi"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "委託先への差押情報の提供について",
    "charset": "utf-8",
    "body": f"""星野先生

お世話になっております。日の出産業の大河内です。
ひとつご相談です。社内では差押関係の書類を「取扱注意」の区分で管理していますが、
給与計算の委託先（ペイロールワークス社）に控除データを渡す場合、
委託契約の個人情報条項だけで足りるのか、別途覚書が必要なのか迷っております。

他社さんでの一般的な取扱いを教えていただけますでしょうか。
急ぎではありませんので、次回の定例で構いません。
{sig("okochi", 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions the 取扱注意 category in running text; not a marking on the mail or a document",
})

# ---- 087 -----------------------------------------------------------------------------------
import unicodedata as _ud

_HALF = {}
for _c in range(0xFF61, 0xFFA0):
    _HALF[_ud.normalize("NFKC", chr(_c))] = chr(_c)
_HALF["\u3099"], _HALF["\u309a"], _HALF[" "], _HALF["\u3000"] = "ﾞ", "ﾟ", " ", " "


def hankaku(kana: str) -> str:
    return "".join(_HALF.get(ch, ch) for ch in _ud.normalize("NFD", kana))


_p = [person() for _ in range(8)]
_bcode = {"本店営業部": "001", "新橋支店": "112", "川口支店": "231", "北上支店": "415", "船橋支店": "318",
          "大宮支店": "244", "堺東支店": "522", "八王子支店": "160"}
_recs = ["1210004821773ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ                             11250158ﾐﾄﾞﾘｷﾞﾝｺｳ     112ｼﾝﾊﾞｼ         10112233"]
_tot = 0
for p in _p:
    amt = p["net"] - seizable(p["net"])
    _tot += amt
    _recs.append(f"20158{'':15}{_bcode[p['bank'][0]]}{'':15}{'':4}{1 if p['bank'][1] == '普通' else 2}{p['bank'][2]}"
                 f"{hankaku(p['kana']):<30}{amt:010d}0{p['emp']:<20}")
_recs.append(f"8{len(_p):06d}{_tot:012d}")
_recs.append("9")
MESSAGES.append({
    "id": "sashiosae-087",
    "sender": frm("koba"),
    "to": ["みどり銀行 EB受付センター <eb-uketsuke@midori-ginko.co.jp>"],
    "subject": "給与振込データ再送（差押控除後の再計算分）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 EB受付センター　ご担当者様

日の出産業株式会社 経理部の小早川です（依頼人コード 0004821773）。
先ほど伝送した11月25日付給与振込データのうち、差押控除の再計算で
金額が変わった8件分を、差替え用として添付いたします。
伝送での再送ができなかったため、お手数ですが窓口での差替えをお願いします。
{sig("koba", 0)}""",
    "attachments": [{"kind": "txt", "name": "FURIKOMI_1125_SASHIKAE.txt", "encoding": "cp932",
                     "text": "\n".join(_recs) + "\n"}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "全銀-format transfer file: eight employees' kana names and account numbers to the bank by mail",
})

# ---- 088 -----------------------------------------------------------------------------------
_p = person()
_pp = f"{R.choice(['TK', 'TR', 'TZ', 'MU'])}{R.randint(1000000, 9999999)}"
MESSAGES.append({
    "id": "sashiosae-088",
    "sender": frm("murase"),
    "to": ["みなみ総合法律事務所 小田切様 <odagiri@minami-sogo-law.jp>"],
    "subject": "債務者の所在について（海外赴任中）",
    "charset": "cp932",
    "body": f"""小田切先生

お世話になっております。日の出産業の村瀬です。
差押命令の債務者{_p['name']}は、本年4月からベトナム現地法人へ赴任しており、
住民票は国外転出となっております。給与の一部は引き続き日本で支払っております。

命令書の住所（国内）との相違について、同一人であることの確認のため
赴任手続きの際に控えた旅券の情報をお知らせいたします。

　氏名　{_p['name']}（{_p['ROMA']}）
　旅券番号　{_pp}
　生年月日　{ymd(_p['dob'], '.')}

陳述書には「給料（国内払い分）あり」として回答する予定です。
{sig("murase", 1)}""",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's passport number sent to a creditor's lawyer",
})

# ---- 089 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-089",
    "sender": frm("murase"),
    "to": [addr("murase")],
    "bcc": ["saiken@hokuto-loan.co.jp", "kaishu@toto-credit.co.jp", "kaishu-center@himawari-card.co.jp",
            "kaishu@arclight-law.com", "houmu@sunlight-shinpan.co.jp"],
    "subject": "年末年始の取立金送金日程について",
    "charset": "iso-2022-jp",
    "body": f"""債権者ご担当者各位
（本メールはBCCにてお送りしております）

平素より大変お世話になっております。
日の出産業株式会社 人事部給与グループでございます。

年末年始の休業に伴い、取立金の送金日程を下記のとおりといたします。
　・12月分（12月25日支給分）　12月28日（月）送金
　・1月分（1月25日支給分）　　1月26日（火）送金
休業期間：12月29日（火）〜1月4日（月）

お問い合わせは休業期間明けに順次対応いたします。
{sig("murase", 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "five creditors correctly in Bcc (To is the sender herself): nobody sees anybody",
})

# ---- 090 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-090",
    "sender": frm("kuri"),
    "to": [f"{_p['name']} <{_p['mail'].split('@')[0]}@gmail.com>", "m.aizawa.1989@yahoo.co.jp"],
    "cc": ["ひなた法律事務所 長浜様 <nagahama@hinata-law.jp>"],
    "subject": "養育費の差押えに伴う控除と送金のご案内",
    "charset": "utf-8",
    "body": f"""関係者の皆さま

日の出産業株式会社 人事部の栗林です。
養育費に係る差押命令に基づき、12月支給分から次のとおり処理いたします。

・控除額：毎月の手取り額の2分の1を上限に、命令記載の月額 45,000円
・送金日：毎月25日（債権者様ご指定口座へ）
・初回：12月25日

ご不明な点は、私（栗林）までご連絡ください。
{sig("kuri", 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "debtor and creditor (two private persons) plus the creditor's lawyer see each other's addresses",
})

# ---- 091 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-091",
    "sender": frm("niwa"),
    "to": [addr("okochi")],
    "cc": [addr("murase")],
    "subject": "差押業務 年間集計（令和8年1〜10月）",
    "charset": "utf-8",
    "body": """課長

1〜10月の差押業務の集計をまとめました（人数ベース、個人名なし）。

　　　　　　　　　件数　　控除総額
債権差押（一般）　 11件　 4,182,300円
債権差押（扶養）　　3件　 1,215,000円
滞納処分（国税）　　2件　　 386,400円
滞納処分（地方税）　4件　　 702,900円
供託　　　　　　　　3件　　 914,600円

工数は月平均16時間です。来期の人員計画の資料にお使いください。
丹羽
""",
    "attachments": [{"kind": "xlsx", "name": "差押集計_R8.xlsx",
                     "sheets": {"月別": [["月", "件数", "控除総額"]] + [[f"{m}月", R.randint(14, 19), R.randrange(500000, 800000, 100)] for m in range(1, 11)]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal aggregate statistics without any person",
})

# ---- 092 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-092",
    "sender": frm("okochi"),
    "to": ["あおぞら家計再生ネット 受付 <info@aozora-kakei.or.jp>"],
    "subject": "家計再生プログラムへの参加申込（当社従業員）",
    "charset": "iso-2022-jp",
    "body": f"""あおぞら家計再生ネット　受付ご担当様

日の出産業株式会社 人事部の大河内です。
EAPの窓口経由で、当社従業員の家計再生プログラムへの参加をお申し込みいたします。

申込者　{_p['name']}（{_p['kana']}）
背景　　消費者金融3社からの借入れがあり、うち1社による給与差押えが進行中です。
　　　　本人はアルコール使用障害の診断を受けて専門外来に通院しており、
　　　　主治医からも家計管理の支援を受けるよう勧められているとのことです。

初回面談は平日夕方を希望しています。ご本人の同意書は郵送いたします。
{sig("okochi", 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "referral names an employee and his alcohol-use-disorder diagnosis (medical, 要配慮)",
})

# ---- 093 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-093",
    "sender": frm("niwa"),
    "to": ["東都クレジット 回収部 <kaishu@toto-credit.co.jp>"],
    "subject": "11月分の取立てについて",
    "charset": "cp932",
    "body": f"""東都クレジット株式会社
回収部　ご担当者様

お世話になっております。日の出産業の丹羽です。
差押債務者 {_p['name']} の11月支給分についてご連絡いたします。
本人は10月中旬から入院しており、10月21日以降は欠勤（無給）となっているため、
11月25日支給分は手取りがわずかで、差押額は 6,250円となります。
復帰の時期は現時点で未定です。

12月以降の見込みが分かりましたら、改めてご連絡いたします。
{sig("niwa", 2)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named debtor 'in hospital' with no diagnosis: health-related, but not clearly a medical history",
})

# ---- 094 -----------------------------------------------------------------------------------
_p = person()
_new = person()
MESSAGES.append({
    "id": "sashiosae-094",
    "sender": frm("niwa"),
    "to": ["港南税務署 徴収部門 有村様 <chosyu-bumon@kounan-zeimusho.go.jp>"],
    "subject": "滞納者の退職について（差押通知書 港徴第8-332号）",
    "charset": "iso-2022-jp",
    "body": f"""港南税務署 徴収部門
有村様

お世話になっております。日の出産業の丹羽です。
標記差押通知書の滞納者 {_p['name']} は、10月31日付で退職いたしました。
10月25日支給分が最終の支払いで、差押額は既に納付済みです。
退職時に本人から届出のあった転居先は次のとおりです。

　転居先　〒{_new['zip']} {_new['addr']}
　連絡先　{_p['tel']}

以上、ご報告いたします。
{sig("niwa", 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one former employee's forwarding address to the tax office: single record, may warn",
})

# ---- 095 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
MESSAGES.append({
    "id": "sashiosae-095",
    "sender": frm("kuri"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "滞納処分の差押禁止額の検算をお願いします",
    "charset": "utf-8",
    "body": f"""星野先生

お世話になっております。栗林です。
税の滞納処分による差押えについて、国税徴収法76条の差押禁止額（10万円＋扶養1人あたり4.5万円）を
5名分検算していただけますでしょうか。
扶養人数・税額等を含めたCSVを添付します（UTF-8です）。

栗林
""",
    "attachments": [{
        "kind": "csv", "name": "choshu76_kensan.csv", "encoding": "utf-8-sig",
        "rows": [["フリガナ", "生年月日", "扶養親族数", "支給額", "所得税", "住民税", "社会保険料", "差押禁止額(当社計算)"]]
        + [[p["kana"], wareki(p["dob"], 2), n, p["net"] + 60000, R.randint(4000, 12000), R.randint(9000, 21000),
            R.randint(38000, 60000), 100000 + 45000 * n] for p, n in zip(_p, [0, 2, 1, 3, 1])],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five employees by kana name with full-width 和暦 DOB and pay data in a UTF-8 CSV to the 社労士",
})

# ---- 096 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-096",
    "sender": frm("koba"),
    "to": ["みどり銀行 法人営業部 沢口様 <sawaguchi.k@midori-glnko.co.jp>"],
    "subject": "総合振込の限度額変更のお願い",
    "charset": "iso-2022-jp",
    "body": f"""沢口様

お世話になっております。日の出産業の小早川です。
12月は賞与と取立金の送金が重なるため、法人IBの総合振込の1日あたり限度額を
一時的に3億円から4億円へ引き上げていただきたく、ご連絡いたしました。
期間は12月21日から12月28日までを希望します。

必要な書類がございましたらお知らせください。
{sig("koba", 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "bank domain midori-glnko.co.jp (i→l homoglyph) instead of partner midori-ginko.co.jp",
})

# ---- 097 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-097",
    "sender": frm("murase"),
    "to": [addr("niwa")],
    "subject": "引継ぎメモ：差押命令を受け取ったときの流れ",
    "charset": "cp932",
    "body": """丹羽さん

来月から差押業務をメインでお願いするので、流れをまとめておきます。

1. 総務から特別送達を受け取ったら、受理簿に記入（送達日が起算日）
2. 陳述催告があれば2週間以内に陳述書（法務部の桐生さんに確認）
3. 控除額の計算
   例）総支給 360,000円、所得税 8,000円、住民税 15,000円、社会保険料 52,000円の場合
       手取り 285,000円 → 差押可能額は 4分の1 の 71,250円
   扶養（養育費）は2分の1、税の滞納処分は国税徴収法76条で別計算
4. 債権者から取立ての連絡（振込先）が来たら、経理へ送金依頼
5. 競合したら供託＋事情届（これは一緒にやりましょう）

分からないことは何でも聞いてください。
村瀬
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal handover note with a made-up worked example; no person",
})

# ---- 098 -----------------------------------------------------------------------------------
MESSAGES.append({
    "id": "sashiosae-098",
    "sender": frm("murase"),
    "to": ["星野 恭子 <hoshino@sr-hoshino.jp>"],
    "subject": "FW: 取立金の計算根拠について（債権者からの照会）",
    "charset": "utf-8",
    "body": f"""星野先生

お世話になっております。村瀬です。
債権者（サンライト信販）から、控除額の計算根拠を示すよう照会があり、
先方の照会書がPDFで届きました。開封にパスワードが必要なのですが、
先生にも見ていただきたく、そのまま転送いたします。
パスワードは先方から電話で聞いておりますので、お電話でお伝えします。

村瀬

---------- Forwarded message ---------
From: サンライト信販 法務課 <houmu@sunlight-shinpan.co.jp>
Subject: 取立金の計算根拠について

日の出産業株式会社　御中
添付の照会書をご確認ください（パスワードは別途ご連絡いたします）。
""",
    "attachments": [{"kind": "pdf", "name": "照会書_サンライト信販.pdf", "password": "sl-20261116",
                     "lines": ["照会書", "取立金の計算根拠についてご回答ください。"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "forwards a password-protected PDF to the 社労士: the attachment cannot be inspected",
})

# ---- 099 -----------------------------------------------------------------------------------
_p = person()
MESSAGES.append({
    "id": "sashiosae-099",
    "sender": frm("kiryu"),
    "to": ["弁護士 田所 修 <tadokoro@tadokoro-law.jp>"],
    "subject": "Re: 養育費の送金先について",
    "charset": "iso-2022-jp",
    "body": f"""田所先生

日の出産業 法務部の桐生です。
{_p['name']}様（先生のご依頼者）からの、債権者である元配偶者の方の現住所を
教えてほしいとのご要望について回答いたします。

債権者側の代理人から、元配偶者の方はDV被害を受けて保護命令が出ており、
住所を秘匿する必要があると伺っております。
そのため、当社から住所や送金先口座の情報をお伝えすることはできません。
何卒ご理解ください。
{sig("kiryu", 2)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the debtor's ex-spouse (identifiable through him) named a DV victim: crime-victim info, but no name or data",
})

# ---- 100 -----------------------------------------------------------------------------------
_p = [person() for _ in range(5)]
MESSAGES.append({
    "id": "sashiosae-100",
    "sender": frm("okochi"),
    "to": ["北国フーズ 人事課 皆川様 <minagawa@kitaguni-foods.co.jp>"],
    "subject": "グループ人事勉強会の資料（差押実務）",
    "charset": "cp932",
    "body": f"""北国フーズ株式会社
人事課　皆川様

お世話になっております。日の出産業の大河内です。
来週のグループ人事勉強会で使う「給与差押えの実務」の資料をお送りします。
事例のページは当社の実際のケースを使っていますので、当日は投影のみとし、
配布はしない予定です。
{sig("okochi", 0)}""",
    "attachments": [{
        "kind": "pptx", "name": "給与差押えの実務_グループ勉強会.pptx",
        "slides": [
            ["給与差押えの実務", "日の出産業株式会社 人事部", "グループ人事勉強会 2026.11"],
            ["差押可能額の基本", "手取り額の4分の1（44万円超は33万円超の部分）", "養育費は2分の1", "税の滞納処分は国税徴収法76条"],
            ["当社の事例（令和8年度）"] + [
                f"{p['name']}（{wareki(p['dob'], 1)}生・{p['emp']}）手取り{p['net']:,}円／差押{seizable(p['net']):,}円"
                for p in _p],
            ["まとめ", "送達日から2週間以内の陳述", "競合時は供託と事情届"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "study-session slides list five real garnished employees with 和暦 DOB and pay to a partner company",
})
