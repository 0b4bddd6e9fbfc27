"""Blind evaluation corpus, area "taxfree": the department-store and duty-free retail office
of 日の出産業 (日の出百貨店 銀座本店 / 空港免税店): tax-exemption (輸出免税) records with
tourists' passport data, customs (税関) and tax office (税務署) inquiries, lost passports, card
payments and chargebacks, tour operators and interpreters.

Every person, passport, card, phone number, address, organisation and domain below is
invented (fictional); any likeness to a real one is a coincidence. My Numbers and card
numbers come from build.py's helpers (check-digit / Luhn valid), counting up from SEED.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 14601
rng = random.Random(SEED)

_counter = [SEED]


def _next_n() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def mynum() -> str:
    return my_number(_next_n())


def card() -> str:
    return card_number(_next_n())


def card4(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def mask(c: str) -> str:
    return "****-****-****-" + c[-4:]


_FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ.:/ ",
                    "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ．：／　")


def fw(s: str) -> str:
    """ASCII → full-width, as some people type."""
    return s.translate(_FW)


def digits(k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def letter() -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_NAMES = {
    "CHN": (["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU",
             "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LUO", "GAO", "TANG", "FENG"],
            ["WEI", "FANG", "NA", "XIUYING", "MIN", "JING", "QIANG", "LEI", "JUN", "YONG",
             "YAN", "JIE", "TAO", "MING", "CHAO", "XIULAN", "XIA", "PING", "HAOYU", "ZIHAN",
             "YUTONG", "SHUANG", "ZHIHAO", "RUOXI"]),
    "KOR": (["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM",
             "HAN", "SHIN"],
            ["MINJUN", "SEOYEON", "JIHO", "HAEUN", "DOYUN", "SUBIN", "JIWOO", "YEJIN",
             "HYUNWOO", "EUNJI", "SOYEON", "TAEHYUN"]),
    "TWN": (["CHEN", "LIN", "HUANG", "CHANG", "LI", "WANG", "WU", "LIU", "TSAI", "YANG",
             "HSU", "CHENG"],
            ["CHIA-HAO", "YU-TING", "CHIH-WEI", "HSIN-YI", "CHUN-CHIEH", "YI-CHEN",
             "SHU-FEN", "WEN-HSIUNG", "PEI-SHAN", "KUAN-LIN"]),
    "HKG": (["CHAN", "WONG", "LEUNG", "CHEUNG", "LAU", "HO", "YEUNG", "TSANG", "KWOK"],
            ["KA MAN", "WING SZE", "CHI HO", "HOI YAN", "TSZ CHING", "MAN KIT", "SUK YEE"]),
    "THA": (["SRISUK", "WONGSAWAT", "CHAIYAPORN", "RATTANAKUL", "PHROMMA", "KAEWMANEE",
             "BOONYARAT", "THONGCHAI"],
            ["SOMCHAI", "SIRIPORN", "ANAN", "KANYA", "NATTAPONG", "PIMCHANOK", "WARUNEE",
             "THANAKORN"]),
    "SGP": (["TAN", "LIM", "NG", "ONG", "GOH", "CHUA", "KOH"],
            ["WEI LING", "JUN HAO", "HUI MIN", "KAI XIANG", "SHU QI", "ZHI WEI"]),
    "USA": (["MILLER", "JOHNSON", "GARCIA", "ANDERSON", "THOMPSON", "NGUYEN", "PATEL"],
            ["EMILY", "JAMES", "OLIVIA", "MICHAEL", "SOPHIA", "DANIEL", "GRACE"]),
    "AUS": (["WILLIAMS", "BROWN", "TAYLOR", "MITCHELL", "CAMPBELL", "O'CONNOR"],
            ["CHLOE", "LIAM", "ISLA", "JACK", "RUBY", "NOAH"]),
    "VNM": (["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"],
            ["THI HOA", "VAN NAM", "MINH ANH", "THU TRANG", "DUC THANH", "NGOC LAN"]),
    "MYS": (["ABDULLAH", "RAHMAN", "ISMAIL", "TAN", "LEE"],
            ["NUR AISYAH", "AHMAD FAUZI", "SITI AMINAH", "WEI JIAN", "MEI LING"]),
}


def passport_no(nat: str) -> str:
    if nat == "CHN":
        return rng.choice(["E" + digits(8), "EJ" + digits(7), "EH" + digits(7)])
    if nat == "KOR":
        return "M" + digits(8)
    if nat == "TWN":
        return rng.choice("3") + digits(8)
    if nat == "HKG":
        return "K" + digits(8)
    if nat == "THA":
        return "A" + letter() + digits(7)
    if nat == "SGP":
        return "K" + digits(7) + letter()
    if nat == "USA":
        return rng.choice("56") + digits(8)
    if nat == "AUS":
        return "P" + letter() + digits(7)
    if nat == "VNM":
        return "C" + digits(7)
    if nat == "MYS":
        return "A" + digits(8)
    return "T" + letter() + digits(7)  # JPN


def tourist(nat: str, born: tuple[int, int] = (1955, 2004)) -> dict:
    sur, giv = _NAMES[nat]
    y = rng.randrange(*born)
    return {"name": f"{rng.choice(sur)} {rng.choice(giv)}", "nat": nat,
            "pp": passport_no(nat), "y": y, "m": rng.randrange(1, 13),
            "d": rng.randrange(1, 29), "amt": rng.randrange(500, 90000) * 10}


def tourists(k: int, nats: list[str], born: tuple[int, int] = (1955, 2004)) -> list[dict]:
    return [tourist(rng.choice(nats), born) for _ in range(k)]


def ymd(t: dict, sep: str = "/") -> str:
    return f"{t['y']}{sep}{t['m']:02d}{sep}{t['d']:02d}"


_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy(t: dict) -> str:
    return f"{t['d']:02d} {_MON[t['m'] - 1]} {t['y']}"


def mobile(prefix: str = "090") -> str:
    return f"{prefix}-{digits(4)}-{digits(4)}"


def yen(v: int) -> str:
    return f"{v:,}"


NAT_JA = {"CHN": "中国", "KOR": "韓国", "TWN": "台湾", "HKG": "香港", "THA": "タイ",
          "SGP": "シンガポール", "USA": "米国", "AUS": "豪州", "VNM": "ベトナム",
          "MYS": "マレーシア", "JPN": "日本"}

# -- recurring people of 日の出産業 (senders; their signatures are not labelled) ---------

SAEKI = "佐伯 美咲 <saeki.misaki@hinode-sangyo.co.jp>"
TAXFREE = "日の出百貨店 免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>"
MAKINO = "槙野 健 <makino.ken@hinode-sangyo.co.jp>"
WANG_LH = "王 麗華 <wang.lihua@hinode-sangyo.co.jp>"
SHIINA = "椎名 透 <shiina.toru@hinode-sangyo.co.jp>"
ASAKURA = "浅倉 由紀子 <asakura.yukiko@hinode-sangyo.co.jp>"
KOMINE = "小峰 大輔 <komine.daisuke@hinode-sangyo.co.jp>"
HARADA = "Harada Ken <harada.ken@hinode-sangyo.co.jp>"
TOGASHI = "富樫 里奈 <togashi.rina@hinode-sangyo.co.jp>"

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　日の出百貨店 銀座本店
インバウンド推進部　免税カウンター
佐伯 美咲（さえき みさき）
〒104-0061 東京都中央区銀座4-12-8
TEL：03-5512-7730（免税カウンター直通）　FAX：03-5512-7731
Mail：saeki.misaki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MAKINO = """
--
日の出産業株式会社 経理部 売上管理課
槙野 健
〒104-0061 東京都中央区銀座4-12-8 日の出銀座ビル6F
TEL 03-5512-7001 / 内線 6214"""

SIG_WANG = """
----------------------------------------
日の出産業株式会社
インバウンド推進部 海外営業グループ
王 麗華 (WANG Lihua)
TEL: 03-5512-7742  Mobile: 080-2291-7742
wang.lihua@hinode-sangyo.co.jp
----------------------------------------"""

SIG_SHIINA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出百貨店 銀座本店 総務部 保安課
椎名 透
TEL 03-5512-7100（防災センター）
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_ASAKURA = """
------------------------------
日の出産業株式会社 人事総務部
浅倉 由紀子
TEL 03-5512-7020 FAX 03-5512-7021
------------------------------"""

SIG_KOMINE = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
 日の出産業株式会社 空港免税事業部
 羽田第3ターミナル店 店長　小峰 大輔
 〒144-0041 東京都大田区羽田空港2-6-5
 TEL 03-6428-3310
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/"""

SIG_HARADA = """
Ken Harada
Inbound Sales, Hinode Department Store (Hinode Sangyo Co., Ltd.)
4-12-8 Ginza, Chuo-ku, Tokyo 104-0061, Japan
Tel: +81-3-5512-7745"""

SIG_TOGASHI = """
……………………………………………………
日の出産業株式会社　経理部 債権管理課
富樫 里奈（とがし りな）
TEL 03-5512-7008（直通）
……………………………………………………"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []
M = MESSAGES.append

# ---------------------------------------------------------------------------------------
# 001 — 顧問税理士へ 免税販売記録 CSV (cp932)
_t1 = tourists(12, ["CHN", "CHN", "TWN", "KOR", "HKG", "THA", "SGP"])
_rows1 = [["伝票番号", "販売日", "旅券等の種類", "旅券等番号", "国籍", "氏名", "生年月日",
           "上陸年月日", "在留資格", "一般物品(税抜)", "消耗品(税抜)"]]
for i, t in enumerate(_t1):
    _rows1.append([f"TF2608-{1203 + i * 7:05d}", f"2026/08/{3 + i * 2:02d}", "旅券", t["pp"],
                   NAT_JA[t["nat"]], t["name"], ymd(t), f"2026/07/{26 + i % 4:02d}",
                   "短期滞在", t["amt"], rng.randrange(50, 500) * 10 if i % 2 else 0])
M({
    "id": "taxfree-001",
    "expect": "stop",
    "sender": MAKINO,
    "to": ["森岡 敏行 <morioka@morioka-tax.jp>"],
    "subject": "8月分 免税販売の購入記録データ送付の件",
    "charset": "iso-2022-jp",
    "body": """森岡税理士事務所
森岡 先生

いつもお世話になっております。日の出産業 経理部の槙野です。

先日ご依頼いただきました、8月分の輸出免税売上の購入記録データを
添付にてお送りいたします。
免税販売管理システムから出力したものを、そのままCSVにしております。

・対象：2026年8月1日〜8月31日（銀座本店分のみ）
・件数：12件（抽出分）
・金額は税抜です

消費税申告の際の突合にご利用ください。
ご不明な点がございましたらご連絡ください。

よろしくお願いいたします。
""" + SIG_MAKINO,
    "attachments": [{"kind": "csv", "name": "kounyu_kiroku_202608.csv", "encoding": "cp932",
                     "rows": _rows1}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "12 tourists' purchase records with passport numbers and DOB in a CSV to an outside tax accountant",
})

# 002 — 社内（経理）宛て、旅券番号付きの不一致リストを本文にタブ区切り
_t2 = tourists(6, ["CHN", "KOR", "TWN"])
_tab2 = "\n".join(f"{t['name']}\t{NAT_JA[t['nat']]}\t{t['pp']}\t{yen(t['amt'])}" for t in _t2)
M({
    "id": "taxfree-002",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["槙野 健 <makino.ken@hinode-sangyo.co.jp>"],
    "cc": ["免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>"],
    "subject": "Re: 8月分 POSと免税システムの件数差異について",
    "charset": "iso-2022-jp",
    "body": f"""槙野さん

お疲れさまです。免税カウンター佐伯です。
ご指摘の差異6件、カウンターの控えと照合しました。
いずれも取消→再登録の際にPOS側の返品処理が漏れていたものです。

氏名\t国籍\t旅券番号\t金額(税抜)
{_tab2}

POS側は本日中に売場で訂正伝票を起こしてもらいます。
経理側で必要な処理があれば教えてください。

佐伯
""",
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": [],
    "note": "internal only (経理 and the counter's own address): passport list never leaves the company",
})

# 003 — 旅券紛失、ツアー会社へ旅券番号を一文で
_t3 = tourist("TWN")
M({
    "id": "taxfree-003",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>"],
    "subject": "【至急】貴社ツアーご参加のお客様 旅券紛失の件",
    "charset": "iso-2022-jp",
    "body": f"""株式会社海洋トラベル
手配課 ご担当者様

いつも大変お世話になっております。
日の出百貨店 インバウンド推進部の王でございます。

本日15時20分頃、貴社ツアー「秋の東京・箱根5日間（KT-1017）」にご参加の
{_t3['name']} 様（台湾籍、旅券番号 {_t3['pp']}）より、7階免税カウンターで
手続きを終えた後に旅券が見当たらないとのお申し出がございました。

館内放送および売場・トイレ等を捜索いたしましたが、現時点で発見に至っておりません。
お客様には最寄りの交番で遺失届を出していただくようご案内し、
ガイドの方が同行されています。

旅券が見つかりましたら、すぐにご連絡いたします。
明日以降の行程（出国日）への影響につきまして、貴社でもご確認いただけますと幸いです。
""" + SIG_WANG,
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one tourist's passport number in a sentence to a tour operator: any 旅券 number must stop",
})

# 004 — 旅券紛失、本人（gmail）へ英語で、番号なし
M({
    "id": "taxfree-004",
    "expect": "pass",
    "sender": HARADA,
    "to": ["chen.peishan.tw@gmail.com"],
    "subject": "Re: My passport lost at your store",
    "charset": "utf-8",
    "body": """Dear Ms. Chen,

Thank you for your message, and we are very sorry for the trouble.

Our staff searched the 7th floor tax-free counter, the fitting rooms and the
restrooms again this morning, but unfortunately we have not found your passport.
It has not been handed in to our lost-and-found desk either.

As the police told you yesterday, please contact your country's representative
office in Tokyo to apply for a re-entry document. They usually ask for the police
acceptance number of your lost property report, so please keep it with you.

If your passport is found, we will contact you immediately by e-mail and by phone.

Kind regards,
""" + SIG_HARADA,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to the tourist herself on free mail, no passport number or other data: one free-mail recipient is allowed",
})

# 005 — チャージバック、カード番号を全桁記載
_c5 = card()
M({
    "id": "taxfree-005",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["チャージバック担当 <chargeback@jpcard-kessai.co.jp>"],
    "subject": "売上照会（照会番号 CB26-08841）への回答",
    "charset": "cp932",
    "body": f"""ジャパンカード決済株式会社
加盟店サポート チャージバック担当 御中

いつもお世話になっております。
日の出産業 経理部 債権管理課の富樫でございます。

9月2日付でご照会いただいた下記取引につき、回答いたします。

　照会番号　　：CB26-08841
　加盟店番号　：0031-882710
　取引日時　　：2026/08/14 16:42
　金額　　　　：￥386,400（免税・税抜）
　カード番号　：{card4(_c5)}
　会員名　　　：ZHAO MIN 様
　承認番号　　：702214

当該取引は、ご本人様が来店のうえ旅券を提示し、IC取引（暗証番号入力）にて
決済されたものです。売上票控え（サイン欄なし・PIN認証）を別途郵送いたします。

以上、よろしくお願いいたします。
""" + SIG_TOGASHI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full card number with the cardholder name sent to the acquirer",
})

# 006 — チャージバック回答、下4桁のみ＋PDF
M({
    "id": "taxfree-006",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["チャージバック担当 <chargeback@jpcard-kessai.co.jp>"],
    "subject": "Re: 売上照会（照会番号 CB26-09102）",
    "charset": "iso-2022-jp",
    "body": """ジャパンカード決済株式会社
チャージバック担当 御中

お世話になっております。日の出産業 富樫です。
CB26-09102 の件、売上票の控えをPDFにてお送りします。

  取引日　　2026/08/22
  金額　　　128,700円
  カード　　下4桁 4417
  承認番号　118390
  端末番号　HND-TF-03

商品は当日お渡し済みで、受領のご署名もいただいております。
ご確認のほどお願いいたします。
""" + SIG_TOGASHI,
    "attachments": [{"kind": "pdf", "name": "uriagehyo_CB26-09102.pdf",
                     "title": "売上票控え",
                     "lines": ["売上票（加盟店控え）", "",
                               "加盟店名：日の出百貨店 羽田第3ターミナル店",
                               "端末番号：HND-TF-03　伝票番号：00412",
                               "取引日時：2026/08/22 09:14",
                               "カード番号：****-****-****-4417",
                               "取引内容：売上　一括払い",
                               "金額：¥128,700",
                               "承認番号：118390",
                               "※本控えは加盟店保管用です"]}],
    "entities": [],
    "detectors": [],
    "note": "chargeback answer with only the last four card digits, approval and terminal numbers: no personal data",
})

# 007 — ツアー会社3社を To に並べたキャンペーン案内
M({
    "id": "taxfree-007",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["海洋トラベル 営業部 <eigyo@kaiyo-travel.co.jp>",
           "はなたび 仕入担当 <shiire@hanatabi.jp>",
           "Sunbridge Tours Japan <japan-desk@sunbridge-tours.com>"],
    "subject": "【ご案内】国慶節期間 団体客様向け 免税+5%優待キャンペーン",
    "charset": "iso-2022-jp",
    "body": """旅行会社各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出百貨店 インバウンド推進部の王でございます。

国慶節期間（10月1日〜10月8日）に、団体のお客様向けの優待キャンペーンを
実施いたします。

　■内容　　免税手続きをされたお客様に、当館共通優待カード（5%OFF）を進呈
　■対象　　事前にご予約いただいた団体様（10名以上）
　■特典　　添乗員様・ガイド様用の休憩ラウンジ（9階）をご用意
　■予約　　9月25日までに、本メールへの返信にてご連絡ください

送客手数料は通常どおり（月末締め・翌月末払い）です。
ご不明点は王までお問い合わせください。
""" + SIG_WANG,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three different tour operators can see each other in To: should have been Bcc",
})

# 008 — 同様の一斉案内、Bcc で正しく
M({
    "id": "taxfree-008",
    "expect": "pass",
    "sender": TAXFREE,
    "to": ["日の出百貨店 免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>"],
    "bcc": ["eigyo@kaiyo-travel.co.jp", "shiire@hanatabi.jp", "japan-desk@sunbridge-tours.com",
            "tokyo@dragonwing-travel.com", "japan@hangang-tour.co.kr",
            "ops@siam-smile-travel.co.th", "jp-office@formosa-holiday.com.tw"],
    "subject": "年末年始 免税カウンター営業時間のお知らせ",
    "charset": "iso-2022-jp",
    "body": """旅行会社・ランドオペレーター各位
（本メールはBCCにて一斉送信しております）

平素より日の出百貨店をご利用いただき、誠にありがとうございます。
年末年始の免税カウンター（銀座本店7階）の営業時間をお知らせいたします。

　12月31日（木）　10:00〜18:00
　 1月 1日（金）　休業
　 1月 2日（土）　 9:30〜20:00（初売り）
　 1月 3日（日）　10:00〜20:00

初売り当日は大変な混雑が予想されます。団体様でお越しの際は、
前日までにご一報いただけますと、専用レーンをご用意いたします。

日の出百貨店 銀座本店 免税カウンター
TEL 03-5512-7730
""",
    "entities": [],
    "detectors": [],
    "note": "mass notice to operators correctly sent as Bcc; no personal data",
})

# 009 — さくらホテル look-alike（.co.jp）
M({
    "id": "taxfree-009",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["さくらホテル ベルデスク <belldesk@sakura-hotel.co.jp>"],
    "subject": "ハンズフリー配送（ホテル着）9/18分のご連絡",
    "charset": "iso-2022-jp",
    "body": """さくらホテル ベルデスク ご担当者様

いつもお世話になっております。日の出百貨店 免税カウンターの佐伯です。

本日ご購入のお客様のお荷物を、下記のとおり貴ホテルへ配送いたします。

　配送業者：青葉運輸
　お届け予定：9月18日（金）17:00〜19:00
　個口数：3個（伝票番号 4471-2290-8815 〜 8817）

フロントでのお預かりをお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is a TLD look-alike of the partner sakura-hotel.jp",
})

# 010 — PPAP: パスワード付きZIP
_t10 = tourists(18, ["CHN", "CHN", "HKG"])
M({
    "id": "taxfree-010",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["はなたび 精算担当 <seisan@hanatabi.jp>"],
    "subject": "9月度 送客実績明細の送付",
    "charset": "iso-2022-jp",
    "body": """株式会社はなたび
精算ご担当者様

お世話になっております。日の出百貨店の王です。
9月度の送客実績明細（免税手続き分）を送付いたします。

添付ファイルはパスワード付きZIPです。
パスワードは別メールにてお送りいたします。

手数料請求書は10月5日までにお送りいただけますと幸いです。
""" + SIG_WANG,
    "attachments": [{"kind": "zip", "name": "soukyaku_202609.zip", "password": "Hnd#2609tf",
                     "files": [{"kind": "xlsx", "name": "送客実績_202609.xlsx",
                                "sheets": {"明細": [["ツアー番号", "氏名", "旅券番号", "金額"]] +
                                           [["HT-0927", t["name"], t["pp"], t["amt"]] for t in _t10]}}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the guard cannot read it",
})

# 011 — 急病、ツアー会社へ病名
M({
    "id": "taxfree-011",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["Sunbridge Tours Japan 緊急窓口 <emergency@sunbridge-tours.com>"],
    "subject": "ご報告：貴社ツアー参加のお客様の救急搬送について",
    "charset": "iso-2022-jp",
    "body": """サンブリッジツアーズ ジャパンデスク
ご担当者様

日の出百貨店 銀座本店 保安課の椎名でございます。
取り急ぎ、本日発生した事案についてご報告いたします。

本日11時05分頃、6階催事場にて、貴社ツアー（SB-0923）ご参加の
NGUYEN THI HOA 様（ベトナム国籍・女性）が意識を失って倒れられ、
救急車にて聖ルカ記念病院（仮称）へ搬送されました。

同行のガイド様によると、ご本人は持病の糖尿病があり、インスリンを使用されているとのことです。
搬送先の医師からは「低血糖発作の疑い、念のため一泊入院」と伺っております。

お荷物（免税購入品2点）は当館防災センターでお預かりしております。
今後のご対応についてご指示をいただけますでしょうか。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named tourist's medical condition and diagnosis (要配慮個人情報) to a tour operator",
})

# 012 — スリ被害（犯罪被害）
_ph12 = mobile("080")
M({
    "id": "taxfree-012",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["Dragonwing Travel 東京支店 <tokyo@dragonwing-travel.com>"],
    "cc": ["椎名 透 <shiina.toru@hinode-sangyo.co.jp>"],
    "subject": "本日のスリ被害の件（GUO JIE様）",
    "charset": "cp932",
    "body": f"""ドラゴンウィング・トラベル 東京支店
劉 様

お世話になっております。日の出百貨店 保安課の椎名です。
お電話でお伝えした件、念のため文書でもお送りします。

・被害者：GUO JIE 様（貴社ツアー DW-1102 ご参加）
・日時　：10月2日 13時40分頃
・場所　：地下1階 食品売場（和菓子コーナー付近）
・内容　：リュックから財布（現金約8万円、クレジットカード2枚）をすられた
・届出　：中央東警察署にて被害届受理済み（受理番号 第2026-4418号）
・連絡先：ご本人携帯 {_ph12}（日本で使用中のSIM）

カードの利用停止はご本人が手続き済みです。
警察から追加の聴取がある場合、ガイドの方の同行をお願いできればと思います。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "named tourist as a crime (theft) victim, with police report and phone, to a tour operator",
})

# 013 — 万引き逮捕、警備会社へ
M({
    "id": "taxfree-013",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["アルファ警備保障 銀座営業所 <ginza@keibi-alpha.co.jp>"],
    "subject": "10/9 万引き事案の報告（警備日報添付用）",
    "charset": "iso-2022-jp",
    "body": """アルファ警備保障株式会社
銀座営業所 所長 大河内様

お世話になっております。保安課 椎名です。
10月9日の事案について、日報添付用に概要をお送りします。

――――――――――――――――
発生日時：2026年10月9日（金）17時12分
発生場所：3階 婦人雑貨売場
被疑者　：戸塚 誠一（とつか せいいち）　54歳
住所　　：東京都江東区大島7丁目21番3-402
被害品　：ブランドスカーフ 2点（販売価格 計64,900円）
経過　　：出口にて貴社 佐野隊員が声かけ、防災センターにて事情聴取。
　　　　　中央東警察署へ通報し、17時58分に窃盗の容疑で現行犯逮捕。
　　　　　本人は過去にも同種の前歴があると供述。
――――――――――――――――

佐野隊員の対応は適切でした。感謝状の件は別途ご相談させてください。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named suspect's arrest and prior record (要配慮) with home address to an outside security firm",
})

# 014 — 通訳者のマイナンバー（支払調書）
_i14 = [("汐見 かおり", "東京都世田谷区経堂3-18-6", mynum()),
        ("ファム・ティ・ラン", "神奈川県川崎市中原区木月2-4-11 コーポ木月205", mynum()),
        ("呉 志強", "東京都豊島区池袋本町1-33-9", mynum())]
_rows14 = "\n".join(f"  {n:<14}{a:<34}{fw(m) if k == 1 else m}" for k, (n, a, m) in enumerate(_i14))
M({
    "id": "taxfree-014",
    "expect": "stop",
    "sender": ASAKURA,
    "to": ["森岡税理士事務所 <office@morioka-tax.jp>"],
    "subject": "支払調書作成用：通訳報酬の支払先情報",
    "charset": "iso-2022-jp",
    "body": f"""森岡税理士事務所 御中

いつもお世話になっております。日の出産業 人事総務部の浅倉です。

「報酬、料金、契約金及び賞金の支払調書」の作成に必要な、
個人の通訳者3名の情報をお送りします。

  氏名          住所                              個人番号
  ------------------------------------------------------------------------
{_rows14}

支払金額は別途、経理の槙野からお送りします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ASAKURA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three interpreters' My Numbers (one in full-width digits) with addresses to an outside tax office",
})

# 015 — 在留カード番号、派遣会社へ
_rc15 = f"{letter()}{letter()}{digits(8)}{letter()}{letter()}"
M({
    "id": "taxfree-015",
    "expect": "stop",
    "sender": ASAKURA,
    "to": ["スタッフネクサス 人材コーディネーター <coordinator@staff-nexus.co.jp>"],
    "subject": "Re: 11月着任予定の通訳スタッフについて",
    "charset": "iso-2022-jp",
    "body": f"""スタッフネクサス株式会社
村井 様

お世話になっております。日の出産業の浅倉です。
ご紹介いただいた通訳スタッフの方について、就労資格の確認のため
先日ご提示いただいた在留カードの内容を、当社控えと照合しました。

　氏名　　　　：SRISUK KANYA（スリスック・カンヤ）
　在留カード番号：{_rc15}
　在留資格　　：技術・人文知識・国際業務
　在留期間満了日：2028年3月14日

当社控えと相違ございませんでした。念のため貴社の登録内容もご確認ください。
着任初日は9時に7階免税カウンターへお越しいただくようお伝えください。

> 村井です。タイ語通訳の件、スリスック様で確定となりました。
> 在留カードの写しは郵送済みです。
""" + SIG_ASAKURA,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence card number (identity document) of a named worker to a staffing agency",
})

# 016 — 通訳派遣依頼（通常業務）
M({
    "id": "taxfree-016",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["リンガブリッジ通訳 派遣窓口 <haken@lingua-bridge.co.jp>"],
    "subject": "通訳派遣のご依頼（10月1日〜3日）",
    "charset": "iso-2022-jp",
    "body": """株式会社リンガブリッジ
派遣窓口 ご担当者様

いつもお世話になっております。日の出百貨店 免税カウンターの佐伯です。
国慶節期間の通訳派遣を下記のとおりお願いいたします。

　期間　　10月1日（木）〜10月3日（土）
　時間　　10:00〜19:00（休憩60分）
　場所　　銀座本店 7階 免税カウンター
　言語　　中国語（普通話）2名／タイ語 1名
　服装　　黒のスーツ（名札は当館でご用意します）

単価は年間契約の条件どおりでお願いいたします。
人選が決まりましたら、お名前のみお知らせください。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "ordinary dispatch request to an interpreter agency; no personal data",
})

# 017 — 通訳者1名（gmail）へシフト確認
M({
    "id": "taxfree-017",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["Kaori Shiomi <kaori.shiomi.interp@gmail.com>"],
    "subject": "来週土曜のシフトについて",
    "charset": "iso-2022-jp",
    "body": """汐見さん

こんにちは、免税カウンターの佐伯です。
来週土曜（9/26）ですが、韓国の団体様が2組入ることになりましたので、
可能であれば開始を10時から9時半に早めていただけないでしょうか。

終了時刻は変わらず18時です。
ご都合をお知らせいただけると助かります。

佐伯
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance interpreter on free mail, about her own shift: allowed",
})

# 018 — 通訳者5名を To に並べる
M({
    "id": "taxfree-018",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["kaori.shiomi.interp@gmail.com", "lan.pham.jp@yahoo.co.jp", "wu.zhiqiang88@outlook.jp",
           "m.kanzaki@icloud.com", "leejiyoung.tsuyaku@gmail.com"],
    "subject": "【通訳の皆様へ】10月シフト表",
    "charset": "iso-2022-jp",
    "body": """通訳スタッフの皆様

いつもありがとうございます。免税カウンターの佐伯です。
10月のシフト表をお送りします。

日付      中国語        タイ語/ベトナム語   韓国語
--------  ------------  ------------------  --------
10/1(木)  呉／汐見      ファム              李
10/2(金)  呉            ファム              李
10/3(土)  汐見          ―                   神崎
10/10(土) 呉／汐見      ファム              神崎

変更希望は9/25までにご連絡ください。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "five private persons' addresses visible to each other in To (should be Bcc)",
})

# 019 — HTMLのみ、本日の免税手続き済み団体客一覧
_t19 = tourists(8, ["KOR"])
_html19_rows = "".join(
    f"<tr><td>{i + 1}</td><td>{t['name']}</td><td>韓国</td><td>{t['pp']}</td>"
    f"<td>{ymd(t, '.')}</td><td style='text-align:right'>{yen(t['amt'])}</td></tr>"
    for i, t in enumerate(_t19))
M({
    "id": "taxfree-019",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["はなたび 添乗手配 <tenjo@hanatabi.jp>"],
    "subject": "HT-1018 免税手続き完了のお客様（本日分）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社はなたび<br>添乗手配ご担当者様</p>
<p>お世話になっております。日の出百貨店の王です。<br>
本日、HT-1018 ご一行様のうち、下記8名様の免税手続きが完了しました。<br>
購入記録は国税庁へ送信済みです。出国時の確認のため、添乗員様へご共有ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f2"><th>No</th><th>氏名</th><th>国籍</th><th>旅券番号</th><th>生年月日</th><th>購入額(円)</th></tr>
{_html19_rows}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 インバウンド推進部<br>王 麗華<br>TEL 03-5512-7742</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of eight tourists with passport numbers and DOB to a tour operator",
})

# 020 — HTMLのみ、館内の免税取扱店舗一覧（事業者リスト）
M({
    "id": "taxfree-020",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["海洋トラベル 商品企画 <kikaku@kaiyo-travel.co.jp>"],
    "subject": "免税取扱ショップ一覧（ガイド用資料）",
    "charset": "utf-8",
    "html": """<html><body>
<p>海洋トラベル 商品企画部<br>久我 様</p>
<p>お世話になっております。日の出百貨店の王です。<br>
ガイド様向け資料用に、人気の免税取扱ショップをまとめました。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<thead><tr><th>ショップ名</th><th>フロア</th><th>取扱</th><th>直通電話</th><th>備考</th></tr></thead>
<tbody>
<tr><td>化粧品 ルミエール</td><td>1F</td><td>消耗品</td><td>03-5512-7811</td><td>中国語スタッフ常駐</td></tr>
<tr><td>時計 クロノ銀座</td><td>2F</td><td>一般物品</td><td>03-5512-7822</td><td>修理受付あり</td></tr>
<tr><td>和食器 うつわ処 花筏</td><td>5F</td><td>一般物品</td><td>03-5512-7851</td><td>海外発送可</td></tr>
<tr><td>家電 ヒノデ電化</td><td>6F</td><td>一般物品</td><td>03-5512-7861</td><td>海外仕様モデルあり</td></tr>
<tr><td>銘菓 匠庵</td><td>B1F</td><td>消耗品</td><td>03-5512-7891</td><td>特殊包装対応</td></tr>
<tr><td>抹茶スイーツ 翠</td><td>B1F</td><td>消耗品</td><td>03-5512-7893</td><td>―</td></tr>
</tbody></table>
<p>ご不明点はお気軽にどうぞ。<br>王 麗華（内線 7742）</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "list of shops with their direct lines: a list of businesses, not people",
})

# 021 — 監査法人へ XLSX（複数シート、表題行つき）
_t21 = tourists(15, ["CHN", "TWN", "HKG", "USA", "AUS", "SGP"])
M({
    "id": "taxfree-021",
    "expect": "stop",
    "sender": MAKINO,
    "to": ["清和監査法人 監査チーム <tf-audit@seiwa-audit.jp>"],
    "cc": ["槙野 健 <makino.ken@hinode-sangyo.co.jp>"],
    "subject": "【期中監査】輸出免税売上 サンプル抽出分のご提出",
    "charset": "iso-2022-jp",
    "body": """清和監査法人
平松様、楢崎様

お世話になっております。日の出産業 経理部の槙野です。
ご依頼のサンプル15件について、購入記録の該当項目を抽出しました。
シート「抽出条件」に抽出方法を記載しております。

証憑（購入者誓約の控え等）の原本は、往査時にご覧いただけるよう準備いたします。
""" + SIG_MAKINO,
    "attachments": [{"kind": "xlsx", "name": "免税売上サンプル_2026Q2.xlsx",
                     "sheets": {
                         "抽出条件": [["抽出条件"], ["対象期間", "2026/04/01-2026/06/30"],
                                      ["母集団", "銀座本店 輸出免税売上 8,412件"],
                                      ["抽出方法", "監査人指定の乱数による15件"]],
                         "サンプル一覧": [["2026年度第1四半期 輸出免税売上 サンプル（監査用）"], [],
                                          ["No", "伝票番号", "氏名", "国籍", "旅券番号", "生年月日", "売上額(税抜)"]] +
                                         [[i + 1, f"TF26{4 + i % 3:02d}-{rng.randrange(10000, 99999)}", t["name"],
                                           NAT_JA[t["nat"]], t["pp"], ymd(t, "-"), t["amt"]]
                                          for i, t in enumerate(_t21)],
                         "集計": [["区分", "件数", "金額"], ["一般物品", 11, 2884300], ["消耗品", 4, 412900]],
                     }}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX sheet (title row above header) with 15 tourists' passport numbers and DOB to an audit firm",
})

# 022 — DOCX のヘッダに「社外秘」
M({
    "id": "taxfree-022",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["スタッフネクサス 研修担当 <kenshu@staff-nexus.co.jp>"],
    "subject": "派遣スタッフ様 事前研修資料の送付",
    "charset": "iso-2022-jp",
    "body": """スタッフネクサス株式会社
研修ご担当 様

お世話になっております。日の出百貨店 免税カウンターの佐伯です。
11月から着任いただくスタッフの方の事前研修用に、
カウンター業務の手順書（抜粋）を添付いたします。

初日までにご一読いただくようお伝えください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "docx", "name": "免税カウンター業務手順書_抜粋.docx",
                     "page_header": "社外秘　日の出百貨店 インバウンド推進部",
                     "page_footer": "無断複製・転載禁止",
                     "title": "免税カウンター業務手順書",
                     "paragraphs": ["免税カウンター業務手順書（抜粋）", "",
                                    "1. 旅券の確認：上陸許可の証印または電子的記録を確認する。",
                                    "2. 在留資格が「短期滞在」等、免税対象であることを確認する。",
                                    "3. 購入記録情報を免税販売管理システムに登録し、送信する。",
                                    "4. 消耗品は指定の袋に封入し、開封した場合の注意を説明する。",
                                    "5. 手続き完了後、旅券を返却し、返却確認のサインを得る。",
                                    "※ 不正が疑われる場合は、直ちに責任者へ連絡すること。"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached DOCX carries 社外秘 in its page header: a confidentiality stamp inside an attachment",
})

# 023 — 本文で「社外秘」に言及するだけ
M({
    "id": "taxfree-023",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["スタッフネクサス 研修担当 <kenshu@staff-nexus.co.jp>"],
    "subject": "Re: 業務マニュアルのご提供について",
    "charset": "iso-2022-jp",
    "body": """スタッフネクサス株式会社
研修ご担当 様

お世話になっております。佐伯です。

お問い合わせの業務マニュアル全体版ですが、当社の規程で社外秘の扱いとなって
おりますため、メールでのお渡しは控えさせていただきます。
初日の研修（2時間）の中で、紙の資料をお見せしながらご説明いたします。

事前にお読みいただくものとしては、観光庁の公開資料で十分かと存じます。

> 研修担当の西川です。
> 事前学習用に、業務マニュアルをご提供いただくことは可能でしょうか。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "社外秘 only mentioned (the manual is NOT sent): no marking on this mail",
})

# 024 — パスワード付き PDF を税関へ
M({
    "id": "taxfree-024",
    "expect": "stop",
    "sender": KOMINE,
    "to": ["東京税関 羽田税関支署 審査部門 <shinsa-haneda@tokyo-zeikan.go.jp>"],
    "subject": "照会事項に係る資料の提出について（羽田第3ターミナル店）",
    "charset": "iso-2022-jp",
    "body": """東京税関 羽田税関支署
審査部門 御中

平素よりお世話になっております。
日の出産業株式会社 空港免税事業部 羽田第3ターミナル店の小峰でございます。

10月6日付でご照会のありました件につき、資料をPDFにて提出いたします。
ファイルにはパスワードを設定しております。パスワードはお電話にてお伝えいたします。

何卒よろしくお願い申し上げます。
""" + SIG_KOMINE,
    "attachments": [{"kind": "pdf", "name": "shoukai_kaitou_20261009.pdf", "password": "hnd3310",
                     "lines": ["照会事項に対する回答", "", "1. 該当取引の有無", "2. 販売時の確認手順"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to customs: the guard cannot read it",
})

# 025 — 壊れた XLSX
M({
    "id": "taxfree-025",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["はなたび 精算担当 <seisan@hanatabi.jp>"],
    "subject": "10月度 送客実績（再送）",
    "charset": "iso-2022-jp",
    "body": """はなたび 精算ご担当者様

お世話になっております。王です。
先ほどのファイルが開けないとのことで、再送いたします。
こちらでも開けない場合はお知らせください。
""" + SIG_WANG,
    "attachments": [{"kind": "corrupt", "name": "送客実績_202610.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX attachment that cannot be inspected",
})

# 026 — 社内転送：税関照会（旅券番号入り）を法務へ
_t26 = tourist("CHN")
M({
    "id": "taxfree-026",
    "expect": "pass",
    "sender": KOMINE,
    "to": ["法務部 <houmu@hinode-sangyo.co.jp>"],
    "cc": ["槙野 健 <makino.ken@hinode-sangyo.co.jp>"],
    "subject": "FW: 【東京税関】免税購入品に係る照会について",
    "charset": "iso-2022-jp",
    "body": f"""法務部 ご担当者様

羽田店の小峰です。税関から下記の照会がありました。
回答の範囲について、ご相談させてください（回答期限 10/16）。

-------- Forwarded Message --------
件名: 免税購入品に係る照会について
差出人: 東京税関 羽田税関支署 審査部門

日の出産業株式会社 羽田第3ターミナル店 御中

出国時の確認において、下記の者が免税購入品を所持していなかったため、
販売時の状況について照会します。

　氏名　　：{_t26['name']}
　旅券番号：{_t26['pp']}
　生年月日：{ymd(_t26)}
　購入日　：2026年9月28日
　購入品　：腕時計 1点（販売価格 1,980,000円）

販売時の本人確認の方法、購入記録情報の送信時刻をご回答ください。
""" + SIG_KOMINE,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "forward of a customs inquiry with a passport number, but only to internal addresses",
})

# 027 — 観光客のメールを外部へ転送（旅券・電話・メール入り）
_t27 = tourist("SGP")
_ph27 = "+65 9" + digits(3) + " " + digits(4)
M({
    "id": "taxfree-027",
    "expect": "stop",
    "sender": HARADA,
    "to": ["海洋トラベル インバウンド課 <inbound@kaiyo-travel.co.jp>"],
    "subject": "FW: Tax refund for my purchase on 3 Oct",
    "charset": "utf-8",
    "body": f"""海洋トラベル インバウンド課
島田様

お世話になっております。日の出百貨店の原田です。
貴社ツアーのお客様から下記の問い合わせが届きました。
帰国後の返金のご相談のようですので、貴社からもご本人へご連絡いただけますでしょうか。

---------- Forwarded message ---------
From: {_t27['name'].title()} <{_t27['name'].split()[0].lower()}.{_t27['name'].split()[-1].lower()}@singnet-mail.com.sg>
Date: Mon, 5 Oct 2026 at 21:14
Subject: Tax refund for my purchase on 3 Oct
To: taxfree-ginza@hinode-sangyo.co.jp

Hello,
I bought a handbag at your store on 3 Oct with the tour group of Kaiyo Travel,
but I forgot to do the tax-free procedure at the counter. Can I still get the refund?
My details:
  Name: {_t27['name']}
  Passport No.: {_t27['pp']}
  Mobile: {_ph27}
Thank you.
""" + SIG_HARADA,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forward of a tourist's mail is new text to the tour operator: passport number, phone, e-mail",
})

# 028 — 返信、旅券番号は引用部（>）のみ
_t28 = tourists(5, ["THA"])
_q28 = "\n".join(f"> {i + 1}. {t['name']}  {t['pp']}" for i, t in enumerate(_t28))
M({
    "id": "taxfree-028",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["Siam Smile Travel <ops@siam-smile-travel.co.th>"],
    "subject": "Re: 事前登録のお客様 (SST-1105)",
    "charset": "iso-2022-jp",
    "body": f"""Siam Smile Travel
ご担当 様

お世話になっております。日の出百貨店の佐伯です。
リストを受領いたしました。当日はカウンターに専用レーンをご用意いたします。
到着予定時刻が変わる場合は、お電話でご連絡ください。

佐伯

2026/11/03 15:12、Siam Smile Travel のメッセージ:
> 日の出百貨店 佐伯様
> 11/5 ご来店予定のお客様のうち、高額購入予定の5名です。
{_q28}
> よろしくお願いします。
""",
    "entities": [],
    "detectors": [],
    "note": "the passport numbers are only in the quoted text of the operator's own mail",
})

# 029 — 返信、新しい本文に旅券番号を書き直す
_t29 = tourist("CHN")
M({
    "id": "taxfree-029",
    "expect": "stop",
    "sender": MAKINO,
    "to": ["清和監査法人 楢崎 <narasaki@seiwa-audit.jp>"],
    "subject": "Re: サンプルNo.7 の購入記録について",
    "charset": "iso-2022-jp",
    "body": f"""楢崎様

お世話になっております。槙野です。
ご質問のサンプルNo.7ですが、{_t29['name']} 様（旅券番号 {_t29['pp']}）の
6月12日の購入で、同日に2回に分けて手続きされています。
（1回目 一般物品 88,000円、2回目 消耗品 12,400円）

合算で判定しておりますので、問題はないものと考えております。

槙野
""" + SIG_MAKINO + """

-----Original Message-----
From: narasaki@seiwa-audit.jp
Sent: Thursday, October 8, 2026 10:02 AM
Subject: サンプルNo.7 の購入記録について

槙野様
サンプルNo.7 について、同一日に同一人物の記録が2件ありますが、
経緯をご教示ください。
""",
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "the new reply text itself repeats a named tourist's passport number",
})

# 030 — 自社ドメインの look-alike（u が一文字多い）
M({
    "id": "taxfree-030",
    "expect": "stop",
    "sender": KOMINE,
    "to": ["佐伯 美咲 <saeki.misaki@hinode-sangyou.co.jp>"],
    "subject": "羽田店 10月上旬 免税売上速報",
    "charset": "iso-2022-jp",
    "body": """佐伯さん

羽田の小峰です。10月上旬の速報です。

              件数     売上(税抜)      前年比
  一般物品     412    48,220,300      118%
  消耗品       1,883   31,904,100      131%
  合計        2,295   80,124,400      125%

国慶節明けの反動は思ったより小さかったです。
銀座の数字も分かれば共有してください。

小峰
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp is a look-alike of the company's own domain (one letter added)",
})

# 031 — 適格請求書（T番号）
_t31 = corporate_number("010401" + digits(6))
M({
    "id": "taxfree-031",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["海洋トラベル 経理部 <keiri@kaiyo-travel.co.jp>"],
    "subject": "ご請求書（10月分 ラウンジ利用料）送付のご案内",
    "charset": "cp932",
    "body": f"""株式会社海洋トラベル
経理部 御中

いつもお世話になっております。日の出産業 経理部 富樫です。
10月分の団体ラウンジ利用料のご請求書をお送りいたします。

　請求書番号：INV-2610-0388
　請求金額　：￥88,000（税込、うち消費税 ￥8,000）
　お支払期日：2026年11月30日
　振込先　　：みどり銀行 銀座中央支店 普通 1182736　ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ
　登録番号　：T{_t31}

請求書原本はPDFにて添付しております。
""" + SIG_TOGASHI,
    "attachments": [{"kind": "pdf", "name": "INV-2610-0388.pdf",
                     "lines": ["請求書", "株式会社海洋トラベル 御中", "",
                               "請求書番号 INV-2610-0388　発行日 2026/10/31",
                               f"日の出産業株式会社　登録番号 T{_t31}",
                               "品目：団体ラウンジ利用料（10月分）　￥80,000",
                               "消費税（10%）　￥8,000", "合計　￥88,000"]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own T-number and company bank account: business data, not personal",
})

# 032 — 氏名列なしの顧客リスト（DM用）を印刷会社へ
_rows32 = [["会員番号", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日", "ランク"]]
_pref32 = [("東京都", "港区南麻布4-", "106-0047"), ("東京都", "目黒区自由が丘2-", "152-0035"),
           ("神奈川県", "横浜市青葉区美しが丘3-", "225-0002"), ("東京都", "文京区本駒込6-", "113-0021"),
           ("千葉県", "浦安市舞浜2-", "279-0031"), ("東京都", "世田谷区成城5-", "157-0066"),
           ("埼玉県", "さいたま市浦和区高砂1-", "330-0063"), ("東京都", "渋谷区広尾3-", "150-0012")]
_mail32 = ["rin.k", "takeshi-h", "mayumi_0412", "y.ozaki", "shoko.n", "kenji.mori", "asako1979", "hiro-t"]
_dom32 = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp", "yahoo.co.jp"]
for i, (pref, city, zipc) in enumerate(_pref32):
    _rows32.append([f"H{digits(8)}", zipc, f"{pref}{city}{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
                    mobile(rng.choice(["090", "080", "070"])), f"{_mail32[i]}@{_dom32[i]}",
                    f"{rng.randrange(1950, 1995)}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}",
                    rng.choice(["ゴールド", "プラチナ"])])
M({
    "id": "taxfree-032",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["錦印刷 DM制作 <dm@nishiki-insatsu.co.jp>"],
    "subject": "外商顧客向け 冬のご招待会DM 宛先データ（テスト分）",
    "charset": "utf-8",
    "body": """錦印刷株式会社
DM制作ご担当 堀様

お世話になっております。日の出産業の富樫です。
ご招待会DMの宛先データ（テスト出力8件）をお送りします。
宛名の氏名は別ファイルで会員番号をキーに結合する形になりますので、
まずは住所の分割（都道府県／市区町村／番地）がうまくいくかご確認ください。
""" + SIG_TOGASHI,
    "attachments": [{"kind": "csv", "name": "dm_test_8.csv", "encoding": "utf-8", "rows": _rows32}],
    "entities": ["JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "eight customers' addresses, phones, e-mails and DOB without a name column, to a printer",
})

# 033 — 研修参加者4名（先方社員）の連絡先
M({
    "id": "taxfree-033",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["海洋トラベル 人材開発 <jinzai@kaiyo-travel.co.jp>"],
    "subject": "免税手続き研修（11/12）ご参加者の確認",
    "charset": "iso-2022-jp",
    "body": """海洋トラベル 人材開発 ご担当者様

お世話になっております。日の出百貨店の佐伯です。
11月12日の免税手続き研修について、ご登録いただいた4名様を確認いたしました。
当日の緊急連絡先として、以下で相違ないかご確認ください。

　・岩佐 真琴 様　　携帯 090-3318-4420　m.iwasa@kaiyo-travel.co.jp
　・橘 陽菜 様　　　携帯 080-7719-2054　h.tachibana@kaiyo-travel.co.jp
　・ド・ヴァン・ナム 様　携帯 070-1284-9931　nam.do@kaiyo-travel.co.jp
　・諸星 航 様　　　携帯 090-6620-1187　w.morohoshi@kaiyo-travel.co.jp

集合は13時、7階免税カウンター前です。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four attendees' contacts sent back to their own employer: under five people, may be warned",
})

# 034 — 添乗員6名の携帯（「・」箇条書き）をバス会社へ
_g34 = ["今泉 綾乃", "リ・ミンジュン（李 珉俊）", "陳 佩珊", "東海林 亮", "ブンヤラット・ワルニー", "千代田 朋美"]
_b34 = "\n".join(f"・{n}（{c}）　{mobile(rng.choice(['090', '080']))}"
                 for n, c in zip(_g34, ["KT-1101", "HT-1102", "DW-1102", "KT-1103", "SST-1105", "HT-1106"]))
M({
    "id": "taxfree-034",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["青葉運輸 貸切バス運行管理 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "11/1～11/6 銀座本店 乗降の添乗員連絡先",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
運行管理ご担当 様

お世話になっております。日の出百貨店 王です。
11月第1週の当館前での乗降について、各ツアーの添乗員の携帯番号をお送りします。
乗降場所が混雑した場合は、直接添乗員へご連絡ください。

{_b34}

当館側の窓口は王（080-2291-7742）です。
""" + SIG_WANG,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six named tour conductors with mobile numbers (bullets) to a bus company",
})

# 035 — 全角の旅券番号、ホテルへ
_t35 = tourist("CHN")
M({
    "id": "taxfree-035",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
    "subject": "お忘れ物（旅券）のお預かりについて",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル フロント ご担当者様

突然のご連絡失礼いたします。日の出百貨店 銀座本店 保安課の椎名と申します。

本日、当館1階化粧品売場にて旅券のお忘れ物がございました。
挟まっていたカードキーから、貴ホテルにご宿泊のお客様と思われます。

　旅券番号：{fw(_t35['pp'])}
　氏名　　：{fw(_t35['name'])}
　国籍　　：中華人民共和国

お客様にお伝えいただき、当館防災センター（TEL 03-5512-7100）まで
ご連絡くださるようお願いできますでしょうか。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number written in full-width characters, with the holder's name, to a hotel",
})

# 036 — 国外居住の日本人、和暦の生年月日、税務署へ
_j36 = [("ミナセ　ケイコ", "昭和５８年４月２日", "米国"), ("ヒラツカ　ユウジ", "昭和４６年１１月１９日", "シンガポール"),
        ("オオトモ　サヤカ", "平成２年７月３０日", "英国"), ("クスノキ　タカシ", "昭和３９年２月８日", "タイ"),
        ("ハセベ　ミドリ", "平成７年１２月２５日", "オーストラリア")]
_b36 = "\n".join(f"{i + 1}．{n}　生年月日：{d}　旅券番号：{fw('T' + letter() + digits(7))}　在留国：{c}"
                 for i, (n, d, c) in enumerate(_j36))
M({
    "id": "taxfree-036",
    "expect": "stop",
    "sender": MAKINO,
    "to": ["麹町税務署 法人課税第一部門 <houjin1@kojimachi-zeimu.go.jp>"],
    "subject": "ご照会の件（国外居住者である日本国籍の方への免税販売）",
    "charset": "iso-2022-jp",
    "body": f"""麹町税務署
法人課税第一部門　小田切様

いつもお世話になっております。日の出産業株式会社 経理部の槙野でございます。
先日お電話でご照会いただいた、国外に居住する日本国籍の方への免税販売
（在留証明等により確認したもの）のうち、8月分の該当者を下記のとおりご報告いたします。

{_b36}

いずれも、在留証明（発行から6か月以内）の原本を確認のうえ販売しております。
写しは保管しておりますので、必要でしたらお申し付けください。
""" + SIG_MAKINO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "five kana names with 和暦 full-width DOB and passport numbers to the tax office",
})

# 037 — 税務署へ月別集計（個人なし）
M({
    "id": "taxfree-037",
    "expect": "pass",
    "sender": MAKINO,
    "to": ["麹町税務署 法人課税第一部門 <houjin1@kojimachi-zeimu.go.jp>"],
    "subject": "Re: 輸出免税売上の月別内訳について",
    "charset": "iso-2022-jp",
    "body": """小田切様

お世話になっております。日の出産業 経理部の槙野です。
ご依頼の月別内訳は以下のとおりです（銀座本店・羽田店の合計、税抜、単位：千円）。

　月　　　　 件数　　　一般物品　　　消耗品　　　　合計
　―――――――――――――――――――――――――――――――――
　2026年4月　 7,912　　 612,330　　 288,140　　 900,470
　2026年5月　 8,104　　 640,915　　 301,288　　 942,203
　2026年6月　 6,877　　 533,402　　 249,611　　 783,013
　2026年7月　 9,655　　 781,224　　 355,070　 1,136,294

個別の購入記録が必要な場合は、閲覧の方法についてご相談させてください。
""" + SIG_MAKINO,
    "entities": [],
    "detectors": [],
    "note": "aggregated monthly figures to the tax office; no individual records",
})

# 038 — 税関へ一般的な質問
M({
    "id": "taxfree-038",
    "expect": "pass",
    "sender": KOMINE,
    "to": ["東京税関 相談官室 <soudan@tokyo-zeikan.go.jp>"],
    "subject": "消耗品の包装方法に関するお問い合わせ",
    "charset": "cp932",
    "body": """東京税関 相談官室 御中

日の出産業株式会社 空港免税事業部の小峰と申します。
消耗品の免税販売における包装について、1点お伺いしたくご連絡いたしました。

当店で販売している日本酒（720ml瓶）を、破損防止のため緩衝材入りの化粧箱に
入れたうえで、指定の透明袋に封入したいと考えております。
この場合、化粧箱ごと袋に入れて封印する方法で差し支えないでしょうか。

お手数ですが、ご教示いただけますと幸いです。
""" + SIG_KOMINE,
    "entities": [],
    "detectors": [],
    "note": "general question to customs about packaging rules; nothing personal",
})

# 039 — 件名と本文冒頭に【社外秘】スタンプ
M({
    "id": "taxfree-039",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["Sunbridge Tours Japan 営業 <sales-jp@sunbridge-tours.com>"],
    "subject": "【社外秘】2027年度 送客手数料率 改定案",
    "charset": "iso-2022-jp",
    "body": """━━━━━━━━━━━━━━━━━━━━━━━
　社外秘　／　取扱注意（日の出産業 インバウンド推進部）
━━━━━━━━━━━━━━━━━━━━━━━

サンブリッジツアーズ
営業部 ジェイソン・リー様

いつもお世話になっております。王です。
来期の手数料率について、社内で検討中の案をお送りします。

　区分　　　　　　　現行　　改定案
　一般物品　　　　　 5.0%　　 4.5%
　消耗品　　　　　　 7.0%　　 7.0%
　高額品（50万円超） 3.0%　　 3.5%

まだ決裁前ですので、参考程度にお受け取りください。
""" + SIG_WANG,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is stamped 社外秘 / 取扱注意 in subject and header block, sent outside",
})

# 040 — NDA の話（ドラフト添付、マーキングなし）
M({
    "id": "taxfree-040",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["Formosa Holiday 日本事務所 <jp-office@formosa-holiday.com.tw>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "charset": "utf-8",
    "body": """福爾摩沙假期 日本事務所
蔡 様

いつもお世話になっております。日の出百貨店の王です。
来年からの送客提携に先立ち、秘密保持契約（NDA）を締結させていただきたく、
当社標準のひな形を添付いたします。

第2条の秘密情報の範囲、および第8条の有効期間（3年）について、
修正のご希望があれば、赤字でご指摘ください。
締結後、送客実績の共有方法についてご相談させていただければと存じます。
""" + SIG_WANG,
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_v1.docx",
                     "title": "秘密保持契約書（案）",
                     "paragraphs": ["秘密保持契約書（案）", "",
                                    "日の出産業株式会社（以下「甲」という。）と福爾摩沙假期股份有限公司"
                                    "（以下「乙」という。）は、以下のとおり秘密保持契約を締結する。",
                                    "第1条（目的）本契約は、甲乙間の送客提携の検討のために開示される情報の取扱いを定める。",
                                    "第2条（秘密情報）秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
                                    "第3条（秘密保持義務）受領者は、秘密情報を第三者に開示してはならない。",
                                    "第8条（有効期間）本契約の有効期間は、締結日から3年間とする。"]}],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a draft contract that defines 秘密情報: no marking, no personal data",
})

# 041 — 通常業務＋定型の免責文
M({
    "id": "taxfree-041",
    "expect": "pass",
    "sender": "土橋 純 <dobashi.jun@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>"],
    "subject": "免税用の特殊包装（バター菓子）について",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
営業部 大曲様

いつもお世話になっております。日の出百貨店 食品部の土橋です。

免税販売の際、消耗品は指定の袋に封入する必要がございます。
貴社のバター菓子（12個入・24個入）について、袋のサイズを確認したところ
24個入は箱の高さが合わず、封入が難しいことが分かりました。

つきましては、来月の納品分から、24個入の外箱を2cmほど低くしていただくことは
可能でしょうか。難しい場合は、12個入×2の組み合わせで対応いたします。

ご検討のほど、よろしくお願いいたします。

日の出産業株式会社 日の出百貨店 食品部
土橋 純
TEL 03-5512-7890
""" + DISCLAIMER_JA + "\n" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "ordinary product talk with a partner; the closing disclaimer mentions 機密情報 / confidential only as boilerplate",
})

# 042 — PPTX のフッターに Confidential
M({
    "id": "taxfree-042",
    "expect": "stop",
    "sender": HARADA,
    "to": ["Dragonwing Travel HQ <partnership@dragonwing-travel.com>"],
    "subject": "Proposal: Spring Festival 2027 shopping programme",
    "charset": "utf-8",
    "body": """Dear Mr. Feng,

Thank you for the meeting in Shanghai last week.
As promised, please find attached our proposal for the Spring Festival 2027
shopping programme, including the lounge service and the commission scheme.

We would be happy to discuss it in a video call next week.

Best regards,
""" + SIG_HARADA,
    "attachments": [{"kind": "pptx", "name": "Hinode_SpringFestival2027_Proposal.pptx",
                     "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                     "title": "Spring Festival 2027 Proposal",
                     "slides": [["Spring Festival 2027", "Shopping programme for Dragonwing Travel groups"],
                                ["What we offer", "Private lounge (9F)", "Fast-track tax-free lane",
                                 "Chinese-speaking staff on every floor"],
                                ["Commission", "General goods 4.5%", "Consumables 7.0%",
                                 "Settlement: monthly"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide of the attached PPTX is stamped CONFIDENTIAL",
})

# 043 — PPTX 提案、マーキングなし
M({
    "id": "taxfree-043",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Hangang Tour Japan Desk <japan@hangang-tour.co.kr>"],
    "subject": "Shopping course proposal for winter groups",
    "charset": "utf-8",
    "body": """Dear Ms. Han,

Thank you for your interest in including our store in your winter courses.
Attached is a short overview of the course we suggest (90 minutes), with
the meeting point and the bus drop-off area.

Please let me know the expected group sizes when they are fixed.

Best regards,
""" + SIG_HARADA,
    "attachments": [{"kind": "pptx", "name": "Ginza_shopping_course.pptx",
                     "slides": [["Ginza shopping course (90 min)", "Meeting point: Main entrance, Chuo-dori"],
                                ["Route", "B1 Food hall (Japanese sweets)", "1F Cosmetics", "7F Tax-free counter"],
                                ["Bus", "Drop-off: Harumi-dori side, bay 2", "Pick-up: same place"]]}],
    "entities": [],
    "detectors": [],
    "note": "ordinary proposal deck, no marking, no personal data",
})

# 044 — ZIP（暗号化なし）の中の CSV に旅券リスト
_t44 = tourists(9, ["CHN", "KOR", "TWN", "VNM"])
M({
    "id": "taxfree-044",
    "expect": "stop",
    "sender": MAKINO,
    "to": ["清和監査法人 平松 <hiramatsu@seiwa-audit.jp>"],
    "subject": "追加サンプル（返品・取消分）",
    "charset": "iso-2022-jp",
    "body": """平松様

お世話になっております。槙野です。
追加でご依頼のあった返品・取消9件のデータをZIPにまとめてお送りします。
（容量の都合で圧縮しているだけで、パスワードはかけておりません）

中のreadmeに項目の説明を入れております。
""" + SIG_MAKINO,
    "attachments": [{"kind": "zip", "name": "henpin_torikeshi_9.zip",
                     "files": [{"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                                "text": "返品・取消データ\n項目：伝票番号、取消日、氏名、旅券番号、国籍、金額、理由\n"},
                               {"kind": "csv", "name": "henpin_torikeshi.csv", "encoding": "cp932",
                                "rows": [["伝票番号", "取消日", "氏名", "旅券番号", "国籍", "金額", "理由"]] +
                                        [[f"TF2606-{rng.randrange(10000, 99999)}", f"2026/06/{5 + i * 3:02d}",
                                          t["name"], t["pp"], NAT_JA[t["nat"]], -t["amt"],
                                          rng.choice(["サイズ交換", "購入取りやめ", "二重登録"])]
                                         for i, t in enumerate(_t44)]}]}],
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "an unencrypted ZIP holding a CSV of nine tourists with passport numbers",
})

# 045 — ZIP 内の XLSX に「取扱注意」
M({
    "id": "taxfree-045",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["はなたび 商品企画 <kikaku@hanatabi.jp>"],
    "subject": "来期 提携条件の資料一式",
    "charset": "iso-2022-jp",
    "body": """株式会社はなたび
商品企画 ご担当者様

お世話になっております。王です。
来期の提携条件について、資料一式をZIPでお送りします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_WANG,
    "attachments": [{"kind": "zip", "name": "teikei_2027.zip",
                     "files": [{"kind": "xlsx", "name": "提携条件_2027.xlsx",
                                "page_header": "取扱注意",
                                "sheets": {"条件": [["【取扱注意】2027年度 旅行会社別 提携条件一覧"], [],
                                                   ["旅行会社", "手数料(一般)", "手数料(消耗品)", "ラウンジ"],
                                                   ["A社", "4.5%", "7.0%", "あり"],
                                                   ["B社", "5.0%", "7.5%", "あり"],
                                                   ["C社", "4.0%", "6.5%", "なし"]]}},
                               {"kind": "txt", "name": "説明.txt", "encoding": "utf-8",
                                "text": "2027年度の提携条件（案）です。"}]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX inside the ZIP carries a 取扱注意 marking in its title row and page header",
})

# 046 — 売場からの社内メール（カード番号入り）を .eml で外部へ転送
_c46 = card()
M({
    "id": "taxfree-046",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["Asia Card Service Dispute Team <dispute@asia-card-service.com>"],
    "subject": "FW: 二重決済のお申し出（2Fクロノ銀座）",
    "charset": "iso-2022-jp",
    "body": """Asia Card Service
Dispute Team 御中

お世話になっております。日の出産業 経理部の富樫です。
売場から報告のあった二重決済の件、売場担当者のメールを添付でお送りします。
1件目の取消処理をお願いいたします。
""" + SIG_TOGASHI,
    "attachments": [{"kind": "eml", "name": "二重決済報告.eml",
                     "message": {"sender": "クロノ銀座 売場 <chrono-2f@hinode-sangyo.co.jp>",
                                 "to": ["富樫 里奈 <togashi.rina@hinode-sangyo.co.jp>"],
                                 "subject": "二重決済のお申し出",
                                 "charset": "iso-2022-jp",
                                 "body": f"""富樫さん

2F クロノ銀座の宮地です。
本日14時頃の腕時計の販売で、端末エラー後に再度決済したところ、
二重に売上が上がってしまいました。

お客様：TANG RUOXI 様
カード番号：{card4(_c46, ' ')}
金額：648,000円 × 2件（承認番号 330871 / 330902）

お客様は明日帰国のため、早めの取消をお願いしたいとのことです。
"""}}],
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "an attached .eml carries a customer's full card number and name to an outside card company",
})

# 047 — 行程メール（.eml）をバス会社へ、個人情報なし
M({
    "id": "taxfree-047",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["青葉運輸 貸切バス運行管理 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "FW: KT-1120 行程の確定",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 運行管理ご担当 様

お世話になっております。王です。
海洋トラベル様から行程確定の連絡がありましたので、元メールを添付いたします。
当館への到着は11/20 14:30、出発は16:00です。
""" + SIG_WANG,
    "attachments": [{"kind": "eml", "name": "KT-1120_行程確定.eml",
                     "message": {"sender": "海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>",
                                 "to": ["王 麗華 <wang.lihua@hinode-sangyo.co.jp>"],
                                 "subject": "KT-1120 行程の確定",
                                 "charset": "iso-2022-jp",
                                 "body": """日の出百貨店 王様

KT-1120（32名）の行程が確定しました。
11/20　13:00 浅草 → 14:30 貴館（銀座） → 16:00 出発 → 17:00 ホテル
バスは青葉運輸の大型1台です。
よろしくお願いします。
海洋トラベル 手配課 久保"""}}],
    "entities": [],
    "detectors": [],
    "note": "forwarded itinerary as an attached mail: group size and times only, no personal data",
})

# 048 — 3社（旅行会社・通訳会社・バス会社）を To に
M({
    "id": "taxfree-048",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>",
           "リンガブリッジ通訳 派遣窓口 <haken@lingua-bridge.co.jp>",
           "青葉運輸 貸切バス運行管理 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "12/5 大型団体（240名）受入れの事前打合せ日程",
    "charset": "cp932",
    "body": """関係各社 ご担当者様

お世話になっております。日の出百貨店の王です。
12月5日の大型団体（バス6台・240名）受入れについて、事前打合せを行いたく、
下記の候補日からご都合をお知らせください。

　① 11/24（火）14:00～15:00
　② 11/25（水）10:00～11:00
　③ 11/26（木）16:00～17:00

場所：銀座本店 9階 会議室B（オンライン参加も可）
""" + SIG_WANG,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations see each other's addresses in To",
})

# 049 — 2社（旅行会社＋ホテル）の三者打合せ
M({
    "id": "taxfree-049",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["はなたび 添乗手配 <tenjo@hanatabi.jp>"],
    "cc": ["さくらホテル 団体営業 <group-sales@sakura-hotel.jp>"],
    "subject": "ハンズフリー配送の運用見直し（三者打合せ）",
    "charset": "iso-2022-jp",
    "body": """株式会社はなたび 添乗手配 ご担当者様
（CC：さくらホテル 団体営業 ご担当者様）

お世話になっております。日の出百貨店の佐伯です。
ホテル着の配送で、お客様のチェックイン前に荷物が届いてしまう件について、
三者で運用を見直したく、打合せのお時間をいただけますでしょうか。

候補：12/2（水）15時、12/3（木）11時　（いずれも1時間、オンライン）
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# 050 — カタカナ氏名のタブ区切りリストをレストランへ
_k50 = ["チョウ　ハオユー", "リン　ペイシャン", "キム　ソヨン", "グエン　ミン・アイン", "タン　ウェイリン",
        "ワン　ジン", "パク　テヒョン"]
_r50 = "\n".join(f"{n}\t{c}\t{mobile(rng.choice(['090', '080', '070']))}"
                 for n, c in zip(_k50, ["中国", "台湾", "韓国", "ベトナム", "シンガポール", "中国", "韓国"]))
M({
    "id": "taxfree-050",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["銀座食堂 予約係 <yoyaku@ginza-shokudo.jp>"],
    "subject": "11/8 VIP昼食会 ご招待客のお名前",
    "charset": "iso-2022-jp",
    "body": f"""銀座食堂 予約係 ご担当者様

お世話になっております。日の出百貨店の佐伯です。
11月8日の昼食会（個室・7名様）のお客様です。
お席札の作成と、遅れる方がいた場合のご連絡にお使いください。

お名前\t国籍\t携帯（日本滞在中）
{_r50}

当日は12時に当館スタッフがご案内いたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven guests with katakana names and mobile numbers, tab-separated, to a restaurant",
})

# 051 — ローマ字氏名＋メール（イベント招待）
_t51 = tourists(7, ["USA", "AUS", "SGP", "HKG"], born=(1960, 1995))
_cc51 = {"USA": lambda: f"+1 {rng.randrange(201, 989)}-{digits(3)}-{digits(4)}",
         "AUS": lambda: f"+61 4{digits(2)} {digits(3)} {digits(3)}",
         "SGP": lambda: f"+65 {rng.choice('89')}{digits(3)} {digits(4)}",
         "HKG": lambda: f"+852 {rng.choice('569')}{digits(3)} {digits(4)}"}


def _mail51(t: dict) -> str:
    sur, given = t["name"].split()[0], t["name"].split()[1:]
    local = f"{given[0].lower()}.{sur.lower().replace(chr(39), '')}{rng.choice(['', '', str(rng.randrange(1, 99))])}"
    return f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com'])}"


_r51 = "\n".join(f"{t['name'].title():<22}{_mail51(t):<38}{_cc51[t['nat']]()}" for t in _t51)
M({
    "id": "taxfree-051",
    "expect": "stop",
    "sender": HARADA,
    "to": ["プリズムイベント 制作部 <seisaku@prism-event.co.jp>"],
    "subject": "12/10 Private Shopping Night 招待状送付先",
    "charset": "utf-8",
    "body": f"""プリズムイベント株式会社
制作部 江頭様

お世話になっております。日の出百貨店の原田です。
Private Shopping Night の英文招待状（eメール版）の送付先7名です。
送信は貴社のシステムからお願いいたします。

Name                  E-mail                                Phone
--------------------------------------------------------------------------------
{_r51}

送付は11/20（金）午前中でお願いします。
""" + SIG_HARADA,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven overseas customers (romaji names) with e-mails and phones to an event agency",
})

# 052 — ホテル一覧（事業者）をバス会社へ
M({
    "id": "taxfree-052",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["青葉運輸 貸切バス運行管理 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "シャトル運行ルート案（ホテル一覧）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 運行管理ご担当 様

お世話になっております。王です。
冬季のシャトル運行で立ち寄るホテルの一覧です。

　ホテル名　　　　　　　　　　所在地　　　　　　　　　　　　代表電話
　---------------------------------------------------------------------------
　さくらホテル 東京ベイ　　　　東京都江東区有明3-7-2　　　　03-6457-2200
　ホテル翠嵐 日本橋　　　　　　東京都中央区日本橋室町1-9-4　03-3241-8800
　グランヴェール浅草　　　　　東京都台東区雷門2-16-1　　　　03-5828-1100
　ステイイン新宿南口　　　　　東京都渋谷区代々木2-3-9　　　 03-5358-6600
　ホテルかもめ 浜松町　　　　　東京都港区浜松町1-21-5　　　 03-3433-9100

各ホテルの乗降場所は別途、地図をお送りします。
""" + SIG_WANG,
    "entities": [],
    "detectors": [],
    "note": "list of hotels with switchboards and addresses: businesses, not people",
})

# 053 — みどり銀行の look-alike（ginkou）
M({
    "id": "taxfree-053",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["みどり銀行 銀座中央支店 法人営業 <hojin-ginza@midori-ginkou.co.jp>"],
    "subject": "外貨両替機の売上金 入金スケジュールについて",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 銀座中央支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理部の富樫です。

年末年始期間中の外貨両替機（1階・7階）の売上金入金について、
下記のスケジュールでお願いできますでしょうか。

　12/30（水）通常どおり
　12/31（木）〜 1/3（日）　入金なし（館内金庫保管）
　1/4（月）　4日分まとめて入金

警送会社への連絡は当社から行います。
""" + SIG_TOGASHI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp",
})

# 054 — 川崎電機のホモグリフ（IDN）
M({
    "id": "taxfree-054",
    "expect": "stop",
    "sender": "村瀬 拓也 <murase.takuya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 量販営業部 <ryohan@xn--kawsaki-denki-y1k.co.jp>"],
    "subject": "海外仕様炊飯器 在庫確認のお願い",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
量販営業部 ご担当者様

いつもお世話になっております。日の出百貨店 家電売場の村瀬です。

免税のお客様に人気の海外仕様炊飯器（220V）について、年末商戦に向けて
下記の在庫をご確認いただけますでしょうか。

　品番 KR-X10E（5.5合・220V）　30台
　品番 KR-X18E（1升・220V）　　15台

12月第2週の納品を希望しております。

日の出百貨店 6階 家電売場
村瀬 拓也　TEL 03-5512-7861
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain is an IDN homoglyph (Cyrillic а) of the partner kawasaki-denki.co.jp",
})

# 055 — 北国フーズへ弁当の発注（通常業務）
M({
    "id": "taxfree-055",
    "expect": "pass",
    "sender": "土橋 純 <dobashi.jun@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
    "subject": "発注：12/5 団体様向け弁当（注文番号 HF-26-1205）",
    "charset": "cp932",
    "body": """北国フーズ株式会社 受注センター 御中

いつもお世話になっております。日の出百貨店 食品部の土橋です。
下記のとおり発注いたします。

　注文番号：HF-26-1205
　納品日時：12月5日（土）11:30
　納品場所：銀座本店 搬入口（晴海通り側）
　品目　　：北海道海鮮弁当（商品コード KF-B220）　240個
　　　　　　ハラール対応弁当（商品コード KF-H105）　 18個
　　　　　　ベジタリアン弁当（商品コード KF-V090）　 12個

請求は月末締めでお願いいたします。

日の出百貨店 食品部　土橋 純（内線 7890）
""",
    "entities": [],
    "detectors": [],
    "note": "an order with product codes and counts (halal box counts tied to no person): ordinary business",
})

# 056 — ツバサシステムへ免税端末の障害問い合わせ
M({
    "id": "taxfree-056",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "【障害】免税端末 TF-GZ-07 で送信エラー（E-4031）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
サポートデスク 御中

日の出百貨店 免税カウンターの佐伯です。
本日10:40頃から、下記端末で購入記録情報の送信エラーが続いています。

　端末ID　　：TF-GZ-07（7階 カウンター3番）
　エラー　　：E-4031 送信タイムアウト
　発生頻度　：5件中3件程度
　他端末　　：TF-GZ-01〜06 は正常

再起動（2回）でも改善しません。至急ご確認をお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "support request to the partner system vendor with terminal IDs and error codes",
})

# 057 — 派遣スタッフの病名を派遣元へ
M({
    "id": "taxfree-057",
    "expect": "stop",
    "sender": ASAKURA,
    "to": ["スタッフネクサス 人材コーディネーター <coordinator@staff-nexus.co.jp>"],
    "subject": "派遣スタッフ 吉川様の勤務について",
    "charset": "iso-2022-jp",
    "body": """スタッフネクサス株式会社
村井 様

お世話になっております。日の出産業 人事総務部の浅倉です。

免税カウンターに派遣いただいている吉川さくら様ですが、本日ご本人から連絡があり、
心療内科でうつ病と診断され、医師から1か月の休養を指示されたとのことです。
診断書の写しは本人が貴社へ提出されると伺っております。

つきましては、12月末までの代替スタッフ（中国語可）のご手配をお願いできますでしょうか。
""" + SIG_ASAKURA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named worker's psychiatric diagnosis (要配慮個人情報) in one sentence, to a staffing agency",
})

# 058 — 宗教（ムスリム）を氏名と結びつけてレストランへ
M({
    "id": "taxfree-058",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["銀座食堂 予約係 <yoyaku@ginza-shokudo.jp>"],
    "subject": "Re: 12/3 昼食会のお料理について",
    "charset": "iso-2022-jp",
    "body": """銀座食堂 予約係 ご担当者様

お世話になっております。佐伯です。
お料理の件、ご参加の4名様のうち、
ABDULLAH AHMAD FAUZI 様とRAHMAN SITI AMINAH 様はムスリムでいらっしゃるため、
豚肉・アルコール（みりん含む）を使わないハラール対応でお願いいたします。
お祈りの時間（13時頃）に、15分ほど別室をお借りできると助かります。

残りのお2人は通常のコースで結構です。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "religion (要配慮個人情報) of two named guests sent to a restaurant",
})

# 059 — 車椅子貸出の依頼（障害か判断が分かれる）
M({
    "id": "taxfree-059",
    "expect": "either",
    "sender": WANG_LH,
    "to": ["はなたび 添乗手配 <tenjo@hanatabi.jp>"],
    "subject": "HT-1210 車椅子のご用意について",
    "charset": "iso-2022-jp",
    "body": """はなたび 添乗手配 ご担当者様

お世話になっております。王です。
HT-1210 のKANG MINJUN様（車椅子ご利用）について、当日は1階正面入口に
館内用の車椅子を1台ご用意し、スタッフがエレベーターでご案内いたします。

ご本人の車椅子をお持ちの場合は、そのままご来館いただいて問題ございません。
""" + SIG_WANG,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest who uses a wheelchair: a mobility need, arguably disability information",
})

# 060 — 視覚障害のお客様（氏名・携帯）
_ph60 = "+852 " + digits(4) + " " + digits(4)
M({
    "id": "taxfree-060",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["Sunbridge Tours Japan <japan-desk@sunbridge-tours.com>"],
    "subject": "盲導犬同伴のお客様のご来館について",
    "charset": "iso-2022-jp",
    "body": f"""サンブリッジツアーズ ジャパンデスク ご担当者様

日の出百貨店 保安課の椎名です。
12月8日ご来館予定の WONG KA MAN 様は全盲で、盲導犬を同伴されると伺いました。
当館は補助犬の同伴に対応しておりますので、ご安心ください。

当日は保安課のスタッフが1名、館内をご案内いたします。
万一はぐれた場合の連絡先として、ご本人の携帯（{_ph60}）を控えさせていただきました。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a named tourist's disability (全盲) with her phone number to a tour operator",
})

# 061 — バリアフリー案内（個人なし）
M({
    "id": "taxfree-061",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Hangang Tour Japan Desk <japan@hangang-tour.co.kr>"],
    "subject": "Re: Accessibility information for your guests",
    "charset": "utf-8",
    "body": """Dear Ms. Han,

Thank you for your question. Here is the accessibility information for our Ginza store:

  - Wheelchairs can be borrowed free of charge at the 1F information desk.
  - All floors are served by elevators; accessible toilets are on 1F, 4F, 7F and 9F.
  - Assistance dogs are welcome throughout the store.
  - The tax-free counter (7F) has a low desk for wheelchair users.

No reservation is needed, but if you let us know the day of your visit,
we can have a staff member waiting at the entrance.

Best regards,
""" + SIG_HARADA,
    "entities": [],
    "detectors": [],
    "note": "general accessibility information, no person concerned",
})

# 062 — 韓国人観光客1名の旅券と生年月日（英語）
_t62 = tourist("KOR")
M({
    "id": "taxfree-062",
    "expect": "stop",
    "sender": HARADA,
    "to": ["Hangang Tour Japan Desk <japan@hangang-tour.co.kr>"],
    "subject": "Cancellation of tax-free record - your guest",
    "charset": "utf-8",
    "body": f"""Dear Ms. Han,

One of your guests returned a coat today, and we had to cancel her tax-free record.
Please inform her that the cancellation has been registered in the national system,
so no export check is needed for this item at departure.

  Guest name   : {_t62['name']}
  Passport No. : {_t62['pp']}
  Date of birth: {dmy(_t62)}
  Item         : Cashmere coat (JPY 264,000) - refunded in cash

The remaining items (2 handbags) are still tax-free and must be exported.

Best regards,
""" + SIG_HARADA,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one guest's passport number and date of birth to a foreign tour operator",
})

# 063 — 英語、HTMLのみの手数料表
M({
    "id": "taxfree-063",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Siam Smile Travel <ops@siam-smile-travel.co.th>"],
    "subject": "Commission rates and lounge fees 2027",
    "charset": "utf-8",
    "html": """<html><body>
<p>Dear Khun Warunee,</p>
<p>Thank you for your continued partnership. Please find our standard rates for 2027 below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial">
<tr><th>Category</th><th>Commission</th><th>Note</th></tr>
<tr><td>General goods</td><td>4.5%</td><td>tax-exclusive amount</td></tr>
<tr><td>Consumables</td><td>7.0%</td><td>tax-exclusive amount</td></tr>
<tr><td>Luxury watches &amp; jewellery</td><td>3.0%</td><td>over JPY 500,000 per item</td></tr>
<tr><td>Lounge (9F), per group</td><td>JPY 8,000</td><td>up to 45 guests, 60 minutes</td></tr>
</table>
<p>Invoices are settled at the end of the following month.</p>
<p>Best regards,<br>Ken Harada<br>Hinode Department Store</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "price/commission table in an HTML-only mail: no personal data",
})

# 064 — 英語、空白揃えの団体名簿（タイ、旅券つき）
_t64 = tourists(9, ["THA"], born=(1958, 2003))
_r64 = "\n".join(f"{i + 1:>2}  {t['name']:<28}{t['pp']:<13}{dmy(t)}"
                 for i, t in enumerate(_t64))
M({
    "id": "taxfree-064",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["Siam Smile Travel <ops@siam-smile-travel.co.th>"],
    "subject": "SST-1205 pre-registration check",
    "charset": "utf-8",
    "body": f"""Dear Khun Warunee,

Thank you for sending the pre-registration data for SST-1205.
We have typed it into our system; could you please check the list below,
especially the passport numbers, before the group arrives on 5 December?

No  Name                        Passport     Date of birth
--  --------------------------- ------------ -------------
{_r64}

If anything is wrong, please let me know by 3 December.

Best regards,
Misaki Saeki
Tax-free counter, Hinode Department Store
""",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "nine guests in padded columns with passport numbers and DOB (new text, not a quote)",
})

# 065 — 日計表（端末・加盟店情報のみ）
M({
    "id": "taxfree-065",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["ジャパンカード決済 加盟店サポート <merchant-support@jpcard-kessai.co.jp>"],
    "subject": "11/23 日計データ不一致のご確認",
    "charset": "iso-2022-jp",
    "body": """ジャパンカード決済株式会社
加盟店サポート 御中

お世話になっております。日の出産業 経理部の富樫です。
11月23日分の日計について、当社集計と貴社精算データに差異がございます。

  端末ID      当社集計件数  当社金額       貴社データ件数  貴社金額
  ----------  ------------  -------------  --------------  -------------
  GZ-TF-01    142           18,220,400     142             18,220,400
  GZ-TF-02    118           14,905,700     117             14,777,000
  GZ-TF-03    96            11,430,100     96              11,430,100

GZ-TF-02 の1件（128,700円、承認番号 448120）が未計上となっているようです。
ご確認をお願いいたします。
""" + SIG_TOGASHI,
    "entities": [],
    "detectors": [],
    "note": "settlement totals by terminal with one approval number: merchant data, nothing personal",
})

# 066 — 返金依頼、カード番号を文中に
_c66 = card()
M({
    "id": "taxfree-066",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["ジャパンカード決済 加盟店サポート <merchant-support@jpcard-kessai.co.jp>"],
    "subject": "返品に伴う返金（売上取消）のお願い",
    "charset": "cp932",
    "body": f"""ジャパンカード決済 加盟店サポート 御中

お世話になっております。富樫です。
11月20日の売上について、お客様（LIU YANG 様）がご帰国済みで端末での取消ができないため、
カード番号{_c66}への返金処理を貴社側でお願いできますでしょうか。
金額は86,900円、承認番号は509316です。

よろしくお願いいたします。
""" + SIG_TOGASHI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full card number run into a sentence, with the cardholder's name, to the acquirer",
})

# 067 — 英語の返金依頼、承認番号と下4桁
M({
    "id": "taxfree-067",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["Asia Card Service Merchant Desk <merchant@asia-card-service.com>"],
    "subject": "Refund request - approval code 771042",
    "charset": "utf-8",
    "body": """Dear Merchant Desk,

We would like to request a refund for the following transaction, as the goods
were returned by post from overseas and the card cannot be presented in store.

  Merchant ID    : HND-GZ-000418
  Transaction    : 2026-11-14 15:22 JST
  Amount         : JPY 52,800
  Approval code  : 771042
  Card           : UnionPay, ending 6631

Please let us know if you need the signed return form.

Kind regards,
Rina Togashi
Accounts Receivable, Hinode Sangyo Co., Ltd.
""",
    "entities": [],
    "detectors": [],
    "note": "refund request with merchant ID, approval code and last four digits only",
})

# 068 — 基礎年金番号・健康保険の記号番号を社労士へ
_p68 = [("ヤマブキ　ハルカ", "山吹 遥", "平成9年5月14日", f"{digits(4)}-{digits(6)}", f"記号 {digits(4)} 番号 {rng.randrange(1, 400)}"),
        ("チョウ　ギョクラン", "張 玉蘭", "1993年8月3日", f"{digits(4)}-{digits(6)}", f"記号 {digits(4)} 番号 {rng.randrange(1, 400)}")]
_b68 = "\n\n".join(f"【{k + 1}】{kanji}（{kana}）\n　生年月日：{dob}\n　基礎年金番号：{pen}\n　健康保険証（前職）：{hi}"
                   for k, (kana, kanji, dob, pen, hi) in enumerate(_p68))
M({
    "id": "taxfree-068",
    "expect": "stop",
    "sender": ASAKURA,
    "to": ["広瀬社会保険労務士事務所 <info@hirose-sr.jp>"],
    "subject": "資格取得届のお願い（通訳パート2名）",
    "charset": "iso-2022-jp",
    "body": f"""広瀬社会保険労務士事務所
広瀬先生

いつもお世話になっております。日の出産業 人事総務部の浅倉です。
12月1日付で、免税カウンターの通訳パート2名が社会保険の加入要件を満たしますので、
資格取得届の作成をお願いいたします。

{_b68}

標準報酬月額の算定資料は、明日郵送いたします。
""" + SIG_ASAKURA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers and health-insurance symbols/numbers of two people to an outside consultant",
})

# 069 — 社内人事宛て：年金番号（社内のみ）
M({
    "id": "taxfree-069",
    "expect": "pass",
    "sender": "人事総務部 給与G 井ノ口 <inokuchi.mao@hinode-sangyo.co.jp>",
    "to": ["浅倉 由紀子 <asakura.yukiko@hinode-sangyo.co.jp>"],
    "subject": "Re: 通訳パート2名の年金番号",
    "charset": "iso-2022-jp",
    "body": f"""浅倉さん

給与Gの井ノ口です。年金番号、本人確認書類と照合できました。

　山吹 遥　　　基礎年金番号 {digits(4)}-{digits(6)}
　張 玉蘭　　　基礎年金番号 {digits(4)}-{digits(6)}

社労士さんへは浅倉さんから送っていただけますか。
（送るときはパスワード付きではなく、先生の共有フォルダ経由でお願いします）

井ノ口
""",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": [],
    "note": "pension numbers between two internal colleagues only",
})

# 070 — 運転免許証番号（外商顧客の本人確認）をカード会社へ
_dl70 = "3" + digits(11)
M({
    "id": "taxfree-070",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["ジャパンカード決済 不正検知チーム <fraud@jpcard-kessai.co.jp>"],
    "subject": "Re: 高額決済に関するご本人確認の結果",
    "charset": "iso-2022-jp",
    "body": f"""ジャパンカード決済 不正検知チーム 御中

お世話になっております。日の出産業 富樫です。
11/27 の宝飾品売場での高額決済（3,850,000円）について、売場で確認した結果をご報告します。

　ご購入者：外商顧客 鷲尾 直人 様（当社外商 顧客番号 G-20811）
　確認書類：運転免許証（番号 {_dl70}、有効期限 令和10年8月）
　確認者　：外商部 担当 日下部

ご本人による正当な取引と判断しております。保留解除をお願いいたします。
""" + SIG_TOGASHI,
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a named customer's driver's licence number sent to a card company",
})

# 071 — 旧形式 XLS、フロア別売上（個人なし）
M({
    "id": "taxfree-071",
    "expect": "pass",
    "sender": MAKINO,
    "to": ["清和監査法人 監査チーム <tf-audit@seiwa-audit.jp>"],
    "subject": "フロア別 免税売上（旧システム出力）",
    "charset": "iso-2022-jp",
    "body": """清和監査法人 監査チーム 御中

お世話になっております。槙野です。
旧POSからの出力のため .xls 形式ですが、フロア別の免税売上をお送りします。
""" + SIG_MAKINO,
    "attachments": [{"kind": "xls", "name": "floor_taxfree_FY2025.xls",
                     "sheets": {"FY2025": [["フロア", "件数", "売上(税抜)"],
                                           ["B1F", 28410, 412880300], ["1F", 33102, 1288410200],
                                           ["2F", 2890, 880214000], ["5F", 4102, 201334500],
                                           ["6F", 3371, 318990100], ["7F", 1208, 96120300]]}}],
    "entities": [],
    "detectors": [],
    "note": "aggregated sales by floor in a legacy XLS: nothing personal",
})

# 072 — 商品マスタ XLSX（JANコード、免税区分）
M({
    "id": "taxfree-072",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["ツバサシステム 導入支援 <setup@tsubasa-system.jp>"],
    "subject": "免税区分マスタの更新データ（12月分）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム 導入支援 ご担当者様

お世話になっております。佐伯です。
12月から取扱いを始める商品の免税区分マスタを添付します。
12/1 開店前までに端末へ反映をお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "xlsx", "name": "免税区分マスタ_202612.xlsx",
                     "sheets": {"追加": [["2026年12月 追加商品 免税区分"], [],
                                         ["JANコード", "商品名", "区分", "売価(税抜)"],
                                         ["4901234567894", "抹茶バウム 8個入", "消耗品", 2400],
                                         ["4909876543219", "南部鉄器 急須 0.6L", "一般物品", 18000],
                                         ["4905551234560", "純米大吟醸 720ml", "消耗品", 5500],
                                         ["4907771112223", "有田焼 マグ", "一般物品", 4800]],
                                "削除": [["JANコード", "商品名"], ["4901112223334", "柚子ゼリー 6個入"]]}}],
    "entities": [],
    "detectors": [],
    "note": "product master (JAN codes, categories, prices) to the partner system vendor",
})

# 073 — DOCX の表：苦情記録5名（氏名・電話）をコンサルへ
_t73 = tourists(5, ["CHN", "KOR", "USA", "TWN"])
_doc73 = [["受付日", "お客様氏名", "国籍", "連絡先", "宿泊先", "内容"]]
for i, t in enumerate(_t73):
    _doc73.append([f"2026/11/{3 + i * 4:02d}", t["name"], NAT_JA[t["nat"]],
                   mobile(rng.choice(["090", "080"])), rng.choice(["さくらホテル東京ベイ", "ホテル翠嵐 日本橋", "グランヴェール浅草"]),
                   rng.choice(["待ち時間が長い", "説明が分かりにくい", "袋を開けてはいけないと知らなかった",
                               "返金額が違う", "通訳が不在だった"])])
M({
    "id": "taxfree-073",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["CXパートナーズ 分析チーム <analysis@cx-partners.co.jp>"],
    "subject": "免税カウンター お客様の声（11月分）",
    "charset": "iso-2022-jp",
    "body": """CXパートナーズ株式会社
分析チーム 御中

お世話になっております。日の出百貨店の佐伯です。
顧客体験改善プロジェクトの分析用に、11月にカウンターで受け付けた
ご意見・苦情をWordにまとめてお送りします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "docx", "name": "お客様の声_202611.docx",
                     "paragraphs": ["免税カウンター お客様の声（2026年11月）",
                                    "※ 受付票より転記。ご連絡はお客様の了承を得た場合のみ。"],
                     "tables": [_doc73]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five complaining tourists with names and phone numbers to a consulting firm",
})

# 074 — 議事録 DOCX（出席者の名前のみ）
M({
    "id": "taxfree-074",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>"],
    "subject": "11/24 打合せ議事録の送付",
    "charset": "iso-2022-jp",
    "body": """海洋トラベル 手配課
久保様

本日はありがとうございました。議事録をお送りします。
修正点があれば、11/27までにお知らせください。
""" + SIG_WANG,
    "attachments": [{"kind": "docx", "name": "議事録_20261124.docx",
                     "paragraphs": ["打合せ議事録", "日時：2026年11月24日 14:00-15:00",
                                    "出席：海洋トラベル 久保様、島田様／日の出百貨店 王、佐伯",
                                    "1. 12/5 大型団体の受入れ：バス6台を2台ずつ30分間隔で到着させる。",
                                    "2. 免税手続き：事前登録リストは12/3までに共有（方法は別途相談）。",
                                    "3. 次回：12/1 電話会議"]}],
    "entities": [],
    "detectors": [],
    "note": "minutes naming business attendees only, no other data about them",
})

# 075 — PDF の表：購入記録を税関へ
_t75 = tourists(6, ["CHN", "HKG"])
M({
    "id": "taxfree-075",
    "expect": "stop",
    "sender": KOMINE,
    "to": ["東京税関 羽田税関支署 審査部門 <shinsa-haneda@tokyo-zeikan.go.jp>"],
    "subject": "ご照会（同一人物による反復購入）への回答",
    "charset": "iso-2022-jp",
    "body": """東京税関 羽田税関支署 審査部門 御中

日の出産業 羽田第3ターミナル店の小峰です。
ご照会の件、該当期間の購入記録を抽出し、PDFにて提出いたします。
""" + SIG_KOMINE,
    "attachments": [{"kind": "pdf", "name": "kaitou_hanpuku_kounyu.pdf",
                     "title": "照会回答",
                     "lines": ["照会に対する回答（購入記録抜粋）", "日の出産業株式会社 羽田第3ターミナル店", ""],
                     "table": [["No", "販売日", "氏名", "旅券番号", "生年月日", "品名", "金額"]] +
                              [[str(i + 1), f"2026/10/{2 + i * 4:02d}", t["name"], t["pp"], ymd(t),
                                rng.choice(["化粧品セット", "腕時計", "ウイスキー"]), yen(t["amt"])]
                               for i, t in enumerate(_t75)]}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of six purchasers with passport numbers and DOB to customs",
})

# 076 — PDF 案内（個人なし）
M({
    "id": "taxfree-076",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["Formosa Holiday 日本事務所 <jp-office@formosa-holiday.com.tw>"],
    "subject": "免税手続きのご案内（繁体字版）",
    "charset": "utf-8",
    "body": """福爾摩沙假期 日本事務所
蔡 様

お世話になっております。王です。
ガイド様向けに、免税手続きの流れを繁体字でまとめたPDFをお送りします。
11月からのリファンド方式への移行にも対応した内容です。
""" + SIG_WANG,
    "attachments": [{"kind": "pdf", "name": "taxfree_guide_zh-TW.pdf",
                     "lines": ["日之出百貨 免稅手續流程", "",
                               "1. 購物時出示護照", "2. 於7樓免稅櫃台辦理手續",
                               "3. 出境時於海關確認商品", "4. 確認後退還消費稅"]}],
    "entities": [],
    "detectors": [],
    "note": "general procedure guide with no personal data",
})

# 077 — To 社内 + Cc 外部（通訳会社）で旅券リスト
_t77 = tourists(5, ["CHN"])
_r77 = "\n".join(f"　{t['name']:<18} {t['pp']}" for t in _t77)
M({
    "id": "taxfree-077",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>",
           "王 麗華 <wang.lihua@hinode-sangyo.co.jp>"],
    "cc": ["リンガブリッジ通訳 呉 <wu.zhiqiang@lingua-bridge.co.jp>"],
    "subject": "明日のVIP5名様（事前入力済み）",
    "charset": "iso-2022-jp",
    "body": f"""カウンターの皆さん、王さん
（CC：通訳の呉さん）

明日11時ご来店のVIP5名様、旅券情報を事前入力済みです。
当日は旅券の現物と照合するだけで大丈夫です。

{_r77}

呉さんは10時45分にカウンター集合でお願いします。
佐伯
""",
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "mostly internal, but one external interpreter in Cc receives five passport numbers",
})

# 078 — 社内サブドメイン宛て、カード番号
_c78 = card()
M({
    "id": "taxfree-078",
    "expect": "pass",
    "sender": "クロノ銀座 売場 <chrono-2f@hinode-sangyo.co.jp>",
    "to": ["経理部 債権管理課 <saiken@mail.hinode-sangyo.co.jp>"],
    "subject": "カード売上の手書き伝票（端末故障時）",
    "charset": "cp932",
    "body": f"""債権管理課 御中

2F クロノ銀座の宮地です。
本日、端末故障のため手書きの売上伝票で1件処理しました。
後日処理をお願いします。

　お客様：HUANG ZIHAN 様
　カード：{card4(_c78)}（有効期限 08/29）
　金額　：462,000円
　承認　：電話承認 番号 20871

伝票原本は本日の集金袋に入れています。
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "card number sent to an internal subdomain (mail.hinode-sangyo.co.jp): internal only",
})

# 079 — Bcc で旅行会社へ、本文にお忘れ物リスト6名
_t79 = tourists(6, ["CHN", "KOR", "TWN", "THA"])
_r79 = "\n".join(f"■ {t['name']}\n   お忘れ物：{item}\n   連絡先：{mobile(rng.choice(['080', '090']))}"
                 for t, item in zip(_t79, ["紙袋（化粧品）", "折りたたみ傘", "免税購入品（菓子）",
                                            "ダウンジャケット", "スマートフォン充電器", "帽子"]))
M({
    "id": "taxfree-079",
    "expect": "stop",
    "sender": TAXFREE,
    "to": ["日の出百貨店 免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>"],
    "bcc": ["tehai@kaiyo-travel.co.jp", "tenjo@hanatabi.jp", "japan-desk@sunbridge-tours.com"],
    "subject": "お忘れ物のお預かり（11月第4週）",
    "charset": "iso-2022-jp",
    "body": f"""旅行会社各位（BCC送信）

日の出百貨店 免税カウンターです。
11月第4週に、団体のお客様のお忘れ物を下記のとおりお預かりしております。
お心当たりのツアーがございましたら、ご連絡ください。

{_r79}

保管期限は3か月です。
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Bcc hides the recipients, but six named guests with phone numbers still leave the company",
})

# 080 — 観光客3名（フリーメール）を To に並べる
M({
    "id": "taxfree-080",
    "expect": "stop",
    "sender": HARADA,
    "to": ["yutong.zhou1999@qq.com", "soyeon.p@naver.com", "chiawei.lin@gmail.com"],
    "subject": "Your items left at Hinode Department Store",
    "charset": "utf-8",
    "body": """Dear customers,

You left some items at our 7F tax-free counter on 28 November.
We are keeping them at our lost-and-found desk until 28 February.

To collect them, or to have them sent to you, please reply to this e-mail
with the item and your receipt number.

Best regards,
""" + SIG_HARADA,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons (free-mail tourists) see each other's addresses in To",
})

# 081 — 観光客1名（icloud）へお忘れ物の連絡
M({
    "id": "taxfree-081",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Grace Miller <grace.miller.travels@icloud.com>"],
    "subject": "Re: Lost scarf",
    "charset": "utf-8",
    "body": """Dear Ms. Miller,

Good news: we found a grey cashmere scarf that matches your description at the
1F cosmetics area. We can send it to your hotel before your departure on Friday,
or keep it at the 1F information desk for you to collect.

Please let us know which you prefer.

Best regards,
""" + SIG_HARADA + """

On Tue, 1 Dec 2026 at 08:12, Grace Miller wrote:
> Hello, I think I left a grey scarf in your store yesterday afternoon.
> I am staying at the Sakura Hotel Tokyo Bay until Friday.
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one tourist on free mail, about her own lost item; her hotel appears only in the quote",
})

# 082 — チャージバック一覧 CSV（氏名・メール・電話・下4桁）
_t82 = tourists(6, ["CHN", "USA", "AUS", "KOR"], born=(1965, 2000))
_rows82 = [["case_id", "txn_date", "amount_jpy", "card_last4", "cardholder", "email", "phone", "reason"]]
for i, t in enumerate(_t82):
    _sur = t["name"].split()[0].lower().replace("'", "")
    _rows82.append([f"ACS-CB-{rng.randrange(100000, 999999)}", f"2026-10-{4 + i * 3:02d}", t["amt"],
                    digits(4), t["name"], f"{_sur}{rng.randrange(10, 99)}@{rng.choice(['gmail.com', '163.com', 'hotmail.com'])}",
                    f"+{rng.choice(['86', '1', '61', '82'])}-{digits(3)}-{digits(4)}-{digits(4)}",
                    rng.choice(["4837 no authorization", "13.1 not received", "10.4 fraud card-absent"])])
M({
    "id": "taxfree-082",
    "expect": "stop",
    "sender": TOGASHI,
    "to": ["Asia Card Service Dispute Team <dispute@asia-card-service.com>"],
    "subject": "Chargeback cases October - our responses",
    "charset": "utf-8",
    "body": """Dear Dispute Team,

Please find attached our responses for the six October chargeback cases.
We have added the customers' contact details from our tax-free records,
in case you need to reach them for the "not received" cases.

Kind regards,
Rina Togashi
Accounts Receivable, Hinode Sangyo Co., Ltd.
""",
    "attachments": [{"kind": "csv", "name": "chargeback_responses_2026-10.csv", "encoding": "utf-8",
                     "rows": _rows82}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six cardholders with names, e-mails and phones in a CSV to a card company",
})

# 083 — チャージバック一覧（取引情報のみ）
M({
    "id": "taxfree-083",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["Asia Card Service Dispute Team <dispute@asia-card-service.com>"],
    "subject": "Re: Chargeback cases November - status",
    "charset": "utf-8",
    "body": """Dear Dispute Team,

Status of the November cases on our side:

case_id          txn_date    amount_jpy  reason_code  our status
---------------  ----------  ----------  -----------  ---------------------------
ACS-CB-551203    2026-11-02     128,000  13.1         goods collected, proof sent
ACS-CB-551877    2026-11-06      46,200  12.6.1       duplicate - refunded 11/09
ACS-CB-552410    2026-11-11     392,500  10.4         PIN verified, disputing
ACS-CB-553026    2026-11-15      18,900  13.3         accepting
ACS-CB-553991    2026-11-19     860,000  10.4         PIN verified, disputing

Kind regards,
Rina Togashi
""",
    "entities": [],
    "detectors": [],
    "note": "case IDs, amounts and reason codes only: no person identified in any row",
})

# 084 — 団体保険：6名、和暦（Ｈ２．１１．３形式）と住所
_p84 = [("能登 久美子", "Ｓ５５．３．１８", "東京都練馬区石神井町５－１２－８"),
        ("ワン・シンイー", "Ｈ２．１１．３", "東京都江戸川区西葛西６－２３－１－３０４"),
        ("苫米地 翔", "Ｈ８．６．２１", "埼玉県川口市芝中田１－４－１６"),
        ("グエン・ゴック・ラン", "Ｈ１０．１．９", "東京都新宿区大久保２－７－３"),
        ("鬼頭 ひとみ", "Ｓ６２．９．３０", "神奈川県相模原市南区相模大野４－２－５"),
        ("パク・スビン", "Ｈ１２．４．２７", "東京都荒川区東日暮里３－１９－１１")]
_b84 = "\n".join(f"{i + 1:>2}. {n}\u3000{d}\u3000{a}" for i, (n, d, a) in enumerate(_p84))
M({
    "id": "taxfree-084",
    "expect": "stop",
    "sender": ASAKURA,
    "to": ["ときわ損保 法人営業 <houjin@tokiwa-sonpo.co.jp>"],
    "subject": "団体傷害保険 加入者追加（免税カウンター通訳6名）",
    "charset": "cp932",
    "body": f"""ときわ損害保険株式会社
法人営業部 須賀様

いつもお世話になっております。日の出産業 人事総務部の浅倉です。
団体傷害保険に、12月1日付で下記6名の追加をお願いいたします。

（氏名／生年月日／住所）
{_b84}

保険料は翌月分から給与控除とします。
""" + SIG_ASAKURA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six staff with 和暦 abbreviated full-width DOB and home addresses to an insurer",
})

# 085 — 制服の発注（サイズ別枚数のみ）
M({
    "id": "taxfree-085",
    "expect": "pass",
    "sender": ASAKURA,
    "to": ["ユニフォームのミヤビ 法人受注 <order@miyabi-uniform.co.jp>"],
    "subject": "免税カウンター用 制服の追加発注",
    "charset": "iso-2022-jp",
    "body": """株式会社ミヤビ 法人受注 ご担当者様

お世話になっております。日の出産業 人事総務部の浅倉です。
免税カウンター用ジャケット（品番 MY-J2207 ネイビー）を追加で発注します。

　サイズ　　S　　M　　L　　LL
　枚数　　　2　　3　　1　　 1　（計7着）

名入れ刺繍は不要です。納品先は銀座本店 人事総務部までお願いいたします。
""" + SIG_ASAKURA,
    "entities": [],
    "detectors": [],
    "note": "an order by size counts, no person attached",
})

# 086 — 壊れた PDF を税関へ
M({
    "id": "taxfree-086",
    "expect": "stop",
    "sender": KOMINE,
    "to": ["東京税関 羽田税関支署 審査部門 <shinsa-haneda@tokyo-zeikan.go.jp>"],
    "subject": "追加資料の提出（スキャンデータ）",
    "charset": "iso-2022-jp",
    "body": """東京税関 羽田税関支署 審査部門 御中

小峰です。先日の照会に関する追加資料（販売時の確認記録のスキャン）をお送りします。
複合機でのスキャンのため、表示に不具合がある場合はご連絡ください。
""" + SIG_KOMINE,
    "attachments": [{"kind": "corrupt", "name": "scan_20261203_0915.pdf"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a corrupt PDF attachment that cannot be inspected",
})

# 087 — フロアマップ画像
M({
    "id": "taxfree-087",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Siam Smile Travel <ops@siam-smile-travel.co.th>"],
    "subject": "Floor map and meeting point",
    "charset": "utf-8",
    "body": """Dear Khun Warunee,

Attached is the floor map of the 7th floor with the tax-free counter and the
group meeting point (marked in red). Please share it with your guides.

Best regards,
""" + SIG_HARADA,
    "attachments": [{"kind": "png", "name": "7F_floor_map.png"}],
    "entities": [],
    "detectors": [],
    "note": "floor map image, no personal data",
})

# 088 — 青葉運輸の look-alike（ハイフンとドット）
M({
    "id": "taxfree-088",
    "expect": "stop",
    "sender": KOMINE,
    "to": ["青葉運輸 空港センター <airport-center@aoba-unyu-co.jp>"],
    "subject": "12月 空港受取サービスの集荷時刻変更",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 空港センター ご担当者様

お世話になっております。羽田第3ターミナル店の小峰です。
12月の繁忙期に合わせて、銀座本店からの空港受取便の集荷時刻を
下記のとおり変更いただけますでしょうか。

　現行：1日2便（11:00／16:00）
　変更：1日3便（10:00／14:00／18:00）　期間 12/18〜1/5

よろしくお願いいたします。
""" + SIG_KOMINE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu-co.jp puts a hyphen for the dot of the partner aoba-unyu.co.jp",
})

# 089 — 青葉運輸（正しいドメイン）、追跡番号
M({
    "id": "taxfree-089",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["青葉運輸 空港センター <airport-center@aoba-unyu.co.jp>"],
    "subject": "空港受取便 12/10 発送分の追跡番号",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 空港センター ご担当者様

お世話になっております。日の出百貨店 免税カウンターの佐伯です。
本日発送の空港受取分（羽田第3ターミナル 出発ロビー受渡し）です。

　注文番号　　　　追跡番号　　　　　　個口　受渡し予定
　HS-261210-014　 4471-3308-2215　　　2　　12/11 07:30
　HS-261210-022　 4471-3308-2226　　　1　　12/11 09:10
　HS-261210-031　 4471-3308-2231　　　3　　12/12 06:45

受渡し時の本人確認は、注文番号の控えと旅券の提示にてお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "order and tracking numbers only, to the correct partner domain",
})

# 090 — 法律事務所へ逮捕事案（氏名つき）
M({
    "id": "taxfree-090",
    "expect": "stop",
    "sender": SHIINA,
    "to": ["白川法律事務所 北見 <kitami@shirakawa-law.jp>"],
    "subject": "ご相談：免税購入品の転売目的購入の疑いについて",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
北見先生

いつもお世話になっております。日の出百貨店 保安課の椎名です。

11月に当館で繰り返し化粧品を免税購入していたSUN LEI 氏が、
12月2日、消費税法違反（免税購入品の国内転売）の容疑で警視庁に逮捕されたと
報道されました。捜査機関から当館への照会も予想されます。

当館の販売記録の提出範囲と、販売員の事情聴取への同行について、
ご相談のお時間をいただけますでしょうか。
""" + SIG_SHIINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest (要配慮) to the company's outside law firm: partner or not, it must stop",
})

# 091 — 法律事務所へ一般的な相談
M({
    "id": "taxfree-091",
    "expect": "pass",
    "sender": MAKINO,
    "to": ["白川法律事務所 北見 <kitami@shirakawa-law.jp>"],
    "subject": "リファンド方式移行に伴う規約改定のご相談",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
北見先生

いつもお世話になっております。日の出産業 経理部の槙野です。

11月から免税制度がリファンド方式に移行したことに伴い、
当館の「免税販売に関するご案内（お客様向け規約）」を改定したいと考えております。

特に、出国時に確認が取れなかった場合の消費税相当額の取扱いと、
返金手数料をお客様負担とする条項の有効性について、ご意見を伺えますでしょうか。
現行の規約は来週お持ちいたします。
""" + SIG_MAKINO,
    "entities": [],
    "detectors": [],
    "note": "general legal consultation with the partner law firm, no person concerned",
})

# 092 — 防犯カメラ画像つきの不審者情報（氏名なし）
M({
    "id": "taxfree-092",
    "expect": "either",
    "sender": SHIINA,
    "to": ["中央東警察署 生活安全課 <seian@chuo-higashi-ps.lg.jp>"],
    "subject": "不審者情報の提供（防犯カメラ画像）",
    "charset": "iso-2022-jp",
    "body": """中央東警察署 生活安全課 御中

日の出百貨店 保安課の椎名です。先ほどお電話した件で、画像をお送りします。

本日15時頃、1階化粧品売場で、免税手続き後の商品を開封して別の紙袋に
詰め替えている男性（30代、黒のダウン、グレーのリュック）を従業員が目撃しました。
複数の外国人客から購入品を受け取っていた様子もあり、転売目的の疑いがあります。

添付は出口付近のカメラ画像（15:42）です。
""" + SIG_SHIINA,
    "attachments": [{"kind": "png", "name": "cam_1F_east_1542.png"}],
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "unnamed suspect described with a CCTV still, to the police: identifiable by image or not is debatable",
})

# 093 — 通訳者5名の氏名と言語・登録番号（判断が分かれる）
M({
    "id": "taxfree-093",
    "expect": "either",
    "sender": SAEKI,
    "to": ["海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>"],
    "subject": "12/5 当館配置の通訳案内士",
    "charset": "iso-2022-jp",
    "body": """海洋トラベル 手配課
久保様

12月5日に当館に配置する通訳案内士は下記の5名です。
ガイドの方との引継ぎの際、名札でご確認ください。

　氏名　　　　　　言語　　　　　全国通訳案内士 登録番号
　汐見 かおり　　中国語　　　　東京都 第1287号
　呉 志強　　　　中国語　　　　東京都 第2044号
　ファム・ティ・ラン　ベトナム語　神奈川県 第0391号
　李 知英　　　　韓国語　　　　東京都 第1762号
　神崎 真人　　　英語　　　　　東京都 第0958号

""" + SIG_SAEKI,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five named freelance guides with their public guide registration numbers: a list of people or of professional contacts",
})

# 094 — 返信スレッド、新規本文に5名のタブ区切り
_g94 = [("添乗員", "今泉 綾乃"), ("ガイド", "趙 雪梅"), ("ガイド", "ホアン・ヴァン・ドゥック"),
        ("ドライバー", "比嘉 勇"), ("ドライバー", "猪狩 修平")]
_r94 = "\n".join(f"{r}\t{n}\t{mobile(rng.choice(['090', '080', '070']))}" for r, n in _g94)
M({
    "id": "taxfree-094",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["はなたび 添乗手配 <tenjo@hanatabi.jp>"],
    "subject": "Re: Re: 12/12 HT-1212 当日の連絡体制",
    "charset": "iso-2022-jp",
    "body": f"""はなたび 添乗手配 ご担当者様

王です。ご連絡ありがとうございます。
当館側で把握している当日の連絡先を整理しました。念のためご確認ください。

役割\t氏名\t携帯
{_r94}

相違があればお知らせください。

> 王様
> 当日の連絡体制について、当社の添乗員は今泉となります。
> ガイド・ドライバーの連絡先は貴館でお持ちのものでお願いします。
> はなたび 添乗手配 三木
>
>> はなたび 三木様
>> 12/12 の連絡体制について、添乗員様のお名前を教えてください。
>> 王
""" + SIG_WANG,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the new text of a reply adds five named people with mobile numbers (tab-separated)",
})

# 095 — 返信、カード番号は -----Original Message----- の下のみ
_c95 = card()
M({
    "id": "taxfree-095",
    "expect": "pass",
    "sender": TOGASHI,
    "to": ["ジャパンカード決済 加盟店サポート <merchant-support@jpcard-kessai.co.jp>"],
    "subject": "RE: 売上取消のご依頼について",
    "charset": "cp932",
    "body": f"""ジャパンカード決済 加盟店サポート
鶴見様

お世話になっております。富樫です。
取消処理の完了、承知いたしました。ご対応ありがとうございました。

富樫

-----Original Message-----
From: 鶴見 <tsurumi@jpcard-kessai.co.jp>
Sent: Friday, December 4, 2026 3:18 PM
To: 富樫 里奈
Subject: 売上取消のご依頼について

日の出産業 富樫様

ご依頼の下記取引の取消処理が完了しました。
　カード番号：{card4(_c95)}
　金額：86,900円　承認番号：509316
お客様への返金は、カード会社の締め日により翌月または翌々月となります。
""",
    "entities": [],
    "detectors": [],
    "note": "the card number is only in the quoted original from the card company itself",
})

# 096 — 英語返信、"On … wrote:" の下に旅券リスト
_t96 = tourists(6, ["AUS", "USA"])
_q96 = "\n".join(f"> {t['name'].title()}, passport {t['pp']}, born {dmy(t)}" for t in _t96)
M({
    "id": "taxfree-096",
    "expect": "pass",
    "sender": HARADA,
    "to": ["Wattle & Gum Journeys <groups@wattlegum-journeys.com.au>"],
    "subject": "Re: Group of six - tax-free shopping on 14 Dec",
    "charset": "utf-8",
    "body": f"""Dear Sophie,

Thank you, we have received the details. Your group will have a reserved lane
at the 7F tax-free counter from 14:00 on 14 December.

Best regards,
Ken

On Wed, 9 Dec 2026 at 17:40, Sophie Campbell <groups@wattlegum-journeys.com.au> wrote:
> Hi Ken,
> Here are the six guests who will be shopping on the 14th:
{_q96}
> Cheers, Sophie
""",
    "entities": [],
    "detectors": [],
    "note": "the passport list is only in the quoted mail of the recipient herself",
})

# 097 — XLSX のヘッダに「極秘」
M({
    "id": "taxfree-097",
    "expect": "stop",
    "sender": WANG_LH,
    "to": ["Sunbridge Tours Japan 営業 <sales-jp@sunbridge-tours.com>"],
    "subject": "送客実績と手数料の年間サマリー",
    "charset": "iso-2022-jp",
    "body": """サンブリッジツアーズ 営業部
ジェイソン・リー様

お世話になっております。王です。
年間の送客実績と手数料のサマリーをお送りします。
来期の条件のご相談の材料にしていただければ幸いです。
""" + SIG_WANG,
    "attachments": [{"kind": "xlsx", "name": "annual_summary_2026.xlsx",
                     "page_header": "極秘",
                     "page_footer": "日の出産業株式会社 インバウンド推進部",
                     "sheets": {"サマリー": [["極秘　2026年 旅行会社別 送客実績・手数料"], [],
                                            ["旅行会社", "送客人数", "免税売上(税抜)", "手数料"],
                                            ["サンブリッジツアーズ", 4120, 388204100, 17469185],
                                            ["他社平均", 2890, 240112000, 10805040]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached XLSX is stamped 極秘 in its title row and page header",
})

# 098 — 社内のみの「極秘」メール
M({
    "id": "taxfree-098",
    "expect": "pass",
    "sender": "インバウンド推進部長 真鍋 <manabe.osamu@hinode-sangyo.co.jp>",
    "to": ["王 麗華 <wang.lihua@hinode-sangyo.co.jp>", "佐伯 美咲 <saeki.misaki@hinode-sangyo.co.jp>",
           "小峰 大輔 <komine.daisuke@hinode-sangyo.co.jp>"],
    "subject": "【極秘】来期 空港店の出店計画について",
    "charset": "iso-2022-jp",
    "body": """【極秘】部内限り

王さん、佐伯さん、小峰さん

来期、関西の空港に2店舗目を出す方向で役員会に諮ることになりました。
正式決定まで、取引先・派遣スタッフを含め、社外には一切話さないでください。

来週火曜に部内で打合せをします。
真鍋
""",
    "entities": [],
    "detectors": [],
    "note": "a 極秘 mail, but all recipients are internal",
})

# 099 — 旅行会社＋ホテル＋通訳者（gmail）の3者が To/Cc で見える
M({
    "id": "taxfree-099",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["海洋トラベル 手配課 <tehai@kaiyo-travel.co.jp>",
           "さくらホテル 団体営業 <group-sales@sakura-hotel.jp>"],
    "cc": ["Kaori Shiomi <kaori.shiomi.interp@gmail.com>"],
    "subject": "12/19 ホテル内 出張免税カウンターの件",
    "charset": "iso-2022-jp",
    "body": """海洋トラベル 手配課 久保様
さくらホテル 団体営業 ご担当者様
（CC：通訳 汐見さん）

お世話になっております。日の出百貨店の佐伯です。
12/19 にさくらホテル東京ベイのロビーで実施する出張免税カウンターについて、
設営は15時、受付は16時〜19時で確定しました。
通訳は汐見さんに入っていただきます。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two organisations and a private free-mail address (three external parties) see each other",
})

# 100 — 旅行会社1社、添乗員1名の連絡先（警告どまり）
M({
    "id": "taxfree-100",
    "expect": "pass",
    "sender": WANG_LH,
    "to": ["Dragonwing Travel 東京支店 <tokyo@dragonwing-travel.com>"],
    "cc": ["佐伯 美咲 <saeki.misaki@hinode-sangyo.co.jp>", "免税カウンター <taxfree-ginza@hinode-sangyo.co.jp>"],
    "subject": "12/26 DW-1226 ご来館の確認",
    "charset": "iso-2022-jp",
    "body": """ドラゴンウィング・トラベル 東京支店
劉 様

お世話になっております。日の出百貨店の王です。
12月26日のDW-1226（28名様）のご来館について、下記で承りました。

　到着　　14:00（晴海通り側 乗降場）
　添乗員　馮 暁東 様（携帯 080-6613-2079）
　ラウンジ　14:00〜15:00 9階

当日、到着が遅れる場合は添乗員様から直接ご連絡いただければ結構です。
""" + SIG_WANG,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one tour conductor's name and mobile to his own operator: one person's contact, may be warned",
})
