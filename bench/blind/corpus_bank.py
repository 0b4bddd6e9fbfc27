"""Blind corpus, area: bank — 日の出産業 財務部 and its group finance company
日の出ファイナンス (finance.hinode-sangyo.co.jp, internal).

Payroll transfers with banks (給与振込・全銀データ), employee loans (社内融資) and their
guarantee company, garnishment orders (差押命令・第三債務者陳述書), account verification
(口座確認), mistaken transfers (誤振込・組戻し) and recovery, KYC / 実質的支配者 documents,
and English mail with overseas correspondent banks.

my_number / card_number seeds start at 3801.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

# -- seeds ------------------------------------------------------------------------------

_MN_SEEDS = iter(range(3801, 3900))
_CN_SEEDS = iter(range(3801, 3900))


def MN() -> str:
    return my_number(next(_MN_SEEDS))


def CN() -> str:
    return card_number(next(_CN_SEEDS))


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- invented people ----------------------------------------------------------------------

_SEI = [
    ("栗栖", "クリス", "Kurisu"), ("薬袋", "ミナイ", "Minai"), ("百目鬼", "ドウメキ", "Domeki"),
    ("御手洗", "ミタライ", "Mitarai"), ("猪狩", "イカリ", "Ikari"), ("榎並", "エナミ", "Enami"),
    ("宍戸", "シシド", "Shishido"), ("嵯峨", "サガ", "Saga"), ("及川", "オイカワ", "Oikawa"),
    ("外山", "トヤマ", "Toyama"), ("七海", "ナナミ", "Nanami"), ("刈谷", "カリヤ", "Kariya"),
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"), ("鬼頭", "キトウ", "Kito"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("四十物", "アイモノ", "Aimono"),
    ("一色", "イッシキ", "Isshiki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("相楽", "サガラ", "Sagara"), ("比嘉", "ヒガ", "Higa"), ("我那覇", "ガナハ", "Ganaha"),
    ("宇佐美", "ウサミ", "Usami"), ("早乙女", "サオトメ", "Saotome"), ("千葉", "チバ", "Chiba"),
    ("佐々木", "ササキ", "Sasaki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡部", "ワタナベ", "Watanabe"), ("山内", "ヤマウチ", "Yamauchi"), ("三輪", "ミワ", "Miwa"),
    ("須藤", "スドウ", "Sudo"), ("平良", "タイラ", "Taira"), ("熊谷", "クマガイ", "Kumagai"),
    ("安住", "アズミ", "Azumi"), ("目黒", "メグロ", "Meguro"), ("砂川", "スナガワ", "Sunagawa"),
    ("二階堂", "ニカイドウ", "Nikaido"), ("木全", "キマタ", "Kimata"), ("能登", "ノト", "Noto"),
    ("石動", "イスルギ", "Isurugi"), ("蓮見", "ハスミ", "Hasumi"), ("畔上", "アゼガミ", "Azegami"),
    ("金城", "キンジョウ", "Kinjo"), ("日下部", "クサカベ", "Kusakabe"), ("大庭", "オオバ", "Oba"),
    ("門脇", "カドワキ", "Kadowaki"), ("伊集院", "イジュウイン", "Ijuin"), ("桧山", "ヒヤマ", "Hiyama"),
]
_MEI = [
    ("大翔", "ヒロト", "Hiroto"), ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("悠真", "ユウマ", "Yuma"), ("彩乃", "アヤノ", "Ayano"),
    ("拓海", "タクミ", "Takumi"), ("直樹", "ナオキ", "Naoki"), ("恵美", "エミ", "Emi"),
    ("浩二", "コウジ", "Koji"), ("裕子", "ユウコ", "Yuko"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("真由美", "マユミ", "Mayumi"), ("隆之", "タカユキ", "Takayuki"), ("里奈", "リナ", "Rina"),
    ("修", "オサム", "Osamu"), ("聡子", "サトコ", "Satoko"), ("翔太", "ショウタ", "Shota"),
    ("香織", "カオリ", "Kaori"), ("勝也", "カツヤ", "Katsuya"), ("瑞穂", "ミズホ", "Mizuho"),
    ("和也", "カズヤ", "Kazuya"), ("沙織", "サオリ", "Saori"), ("亮介", "リョウスケ", "Ryosuke"),
    ("紗希", "サキ", "Saki"), ("篤", "アツシ", "Atsushi"), ("奈々子", "ナナコ", "Nanako"),
    ("義明", "ヨシアキ", "Yoshiaki"), ("千夏", "チナツ", "Chinatsu"), ("秀樹", "ヒデキ", "Hideki"),
    ("静香", "シズカ", "Shizuka"), ("昌平", "ショウヘイ", "Shohei"), ("智美", "トモミ", "Tomomi"),
]
_TOWNS = [
    ("東京都", "大田区", "西蒲田", "144-0051"), ("神奈川県", "川崎市中原区", "小杉町", "211-0063"),
    ("埼玉県", "川口市", "芝新町", "333-0851"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("東京都", "練馬区", "石神井台", "177-0045"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("東京都", "町田市", "成瀬台", "194-0043"), ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"),
    ("千葉県", "市川市", "南八幡", "272-0023"), ("東京都", "江戸川区", "西葛西", "134-0088"),
    ("神奈川県", "相模原市南区", "相南", "252-0324"), ("東京都", "府中市", "白糸台", "183-0011"),
    ("大阪府", "吹田市", "千里山東", "565-0842"), ("愛知県", "名古屋市天白区", "植田", "468-0051"),
    ("福岡県", "福岡市南区", "大橋", "815-0033"), ("宮城県", "仙台市若林区", "沖野", "984-0831"),
    ("静岡県", "浜松市中央区", "佐藤", "430-0807"), ("兵庫県", "西宮市", "甲子園口", "663-8113"),
]
_BANKS = [
    ("みどり銀行", "0177", [("蒲田支店", "214"), ("川崎支店", "305"), ("本店営業部", "001"),
                          ("船橋支店", "412"), ("浦和支店", "233")]),
    ("星空銀行", "0563", [("丸の内支店", "101"), ("横浜駅前支店", "520"), ("町田支店", "618")]),
    ("東都信用金庫", "1399", [("本店", "001"), ("西葛西支店", "027"), ("府中支店", "041")]),
    ("ゆうちょ銀行", "9900", [("〇一八店", "018"), ("〇二八店", "028"), ("四〇八店", "408")]),
    ("あさなぎ銀行", "0531", [("吹田支店", "132"), ("天白支店", "207"), ("大橋支店", "354")]),
]
_DEPTS = ["営業一部", "営業二部", "物流センター", "品質保証部", "経理部", "総務部", "生産管理部",
          "情報システム部", "川崎工場", "浜松工場", "購買部", "人事部"]

_FW = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    """ASCII digits and separators to full width."""
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    return f"{era}{y}年{d.month}月{d.day}日"


def people(seed: int, n: int) -> list[dict]:
    rng = random.Random(f"bank-{seed}")
    sei = rng.sample(_SEI, n) if n <= len(_SEI) else [rng.choice(_SEI) for _ in range(n)]
    out = []
    for i in range(n):
        s = sei[i]
        m = rng.choice(_MEI)
        pref, city, town, zipc = rng.choice(_TOWNS)
        bank, code, branches = rng.choice(_BANKS)
        branch, bno = rng.choice(branches)
        dob = date(rng.randint(1961, 2002), rng.randint(1, 12), rng.randint(1, 28))
        out.append({
            "name": f"{s[0]} {m[0]}", "name_nosp": s[0] + m[0],
            "kana": f"{s[1]} {m[1]}", "hkana": _hankaku(f"{s[1]} {m[1]}"),
            "romaji": f"{m[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {m[2].upper()}",
            "zip": zipc,
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "tel": f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "dob": dob,
            "bank": bank, "bank_code": code, "branch": branch, "branch_no": bno,
            "acct": f"{rng.randint(1000000, 9999999)}",
            "kind": rng.choice(["普通", "普通", "普通", "当座"]) if i % 7 == 6 else "普通",
            "emp": f"{rng.choice(['H', 'S'])}{rng.randint(10000, 39999)}",
            "dept": rng.choice(_DEPTS),
            "amount": rng.randint(180, 520) * 1000 + rng.randint(0, 999),
            "mail": f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp'])}",
        })
    return out


_HK = {
    "ア": "ｱ", "イ": "ｲ", "ウ": "ｳ", "エ": "ｴ", "オ": "ｵ", "カ": "ｶ", "キ": "ｷ", "ク": "ｸ", "ケ": "ｹ",
    "コ": "ｺ", "サ": "ｻ", "シ": "ｼ", "ス": "ｽ", "セ": "ｾ", "ソ": "ｿ", "タ": "ﾀ", "チ": "ﾁ", "ツ": "ﾂ",
    "テ": "ﾃ", "ト": "ﾄ", "ナ": "ﾅ", "ニ": "ﾆ", "ヌ": "ﾇ", "ネ": "ﾈ", "ノ": "ﾉ", "ハ": "ﾊ", "ヒ": "ﾋ",
    "フ": "ﾌ", "ヘ": "ﾍ", "ホ": "ﾎ", "マ": "ﾏ", "ミ": "ﾐ", "ム": "ﾑ", "メ": "ﾒ", "モ": "ﾓ", "ヤ": "ﾔ",
    "ユ": "ﾕ", "ヨ": "ﾖ", "ラ": "ﾗ", "リ": "ﾘ", "ル": "ﾙ", "レ": "ﾚ", "ロ": "ﾛ", "ワ": "ﾜ", "ヲ": "ｦ",
    "ン": "ﾝ", "ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ",
    "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ",
    "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ",
    "ペ": "ﾍﾟ", "ポ": "ﾎﾟ", "ャ": "ﾔ", "ュ": "ﾕ", "ョ": "ﾖ", "ッ": "ﾂ", "ァ": "ｱ", "ィ": "ｲ", "ゥ": "ｳ",
    "ェ": "ｴ", "ォ": "ｵ", "ー": "-", " ": " ", "ヴ": "ｳﾞ",
}


def _hankaku(kana: str) -> str:
    """全銀 style half-width kana (small kana written large, as banks print them)."""
    return "".join(_HK.get(ch, ch) for ch in kana)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1 for ch in str(s))


def padded(rows: list[list], gap: str = "  ", rule: str = "-") -> str:
    """Columns padded with spaces under a header and a rule, as pasted from a terminal."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    lines = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        lines.append(gap.join(cells).rstrip())
        if k == 0 and rule:
            lines.append(rule * (sum(widths) + len(gap) * (ncol - 1)))
    return "\n".join(lines)


def zpadded(rows: list[list]) -> str:
    """Columns padded with full-width spaces (as typed in Word / a mailer)."""
    ncol = max(len(r) for r in rows)
    widths = [max(len(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    lines = []
    for k, r in enumerate(rows):
        lines.append("　".join(str(c) + "　" * (widths[i] - len(str(c))) for i, c in enumerate(r)).rstrip("　"))
        if k == 0:
            lines.append("―" * (sum(widths) + ncol - 1))
    return "\n".join(lines)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def yen(n: int) -> str:
    return f"{n:,}"


# -- recurring senders, signatures, disclaimers --------------------------------------------

SHIOMI = "汐見 遼子 <shiomi.ryoko@hinode-sangyo.co.jp>"
TATEWAKI = "帯刀 誠 <tatewaki.makoto@hinode-sangyo.co.jp>"
OTOBE = "乙部 美咲 <otobe.misaki@hinode-sangyo.co.jp>"
MAKABE = "Kenta Makabe <makabe.kenta@hinode-sangyo.co.jp>"
SODA = "左右田 健吾 <soda.kengo@finance.hinode-sangyo.co.jp>"
KATONO = "上遠野 千尋 <katono.chihiro@finance.hinode-sangyo.co.jp>"
HASEBE = "長谷部 律 <hasebe.ritsu@hinode-sangyo.co.jp>"

SIG_SHIOMI = """--
日の出産業株式会社 財務部 資金グループ
汐見 遼子（しおみ りょうこ）
〒105-0012 東京都港区芝大門2-9-4 日の出ビル7F
TEL 03-5472-8810（直通） FAX 03-5472-8819
shiomi.ryoko@hinode-sangyo.co.jp"""

SIG_TATEWAKI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
財務部 資金グループ 課長  帯刀 誠
TEL：03-5472-8811 / 携帯：080-4471-2093
〒105-0012 東京都港区芝大門2-9-4
━━━━━━━━━━━━━━━━━━━━"""

SIG_OTOBE = """----------------------------------------
日の出産業（株） 財務部 給与・送金チーム
乙部 美咲  Misaki Otobe
TEL 03-5472-8815  内線 2815
----------------------------------------"""

SIG_MAKABE = """Kenta Makabe
Treasury & International Payments, Finance Department
Hinode Sangyo Co., Ltd.
2-9-4 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel +81-3-5472-8823 | makabe.kenta@hinode-sangyo.co.jp"""

SIG_SODA = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出ファイナンス株式会社（日の出産業グループ）
融資課　左右田 健吾
〒105-0012 東京都港区芝大門2-9-4 日の出ビル8F
TEL 03-5472-8860　FAX 03-5472-8869
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KATONO = """--------------------------------------
日の出ファイナンス株式会社 債権管理課
上遠野 千尋（かとうの ちひろ）
TEL 03-5472-8864 / katono.chihiro@finance.hinode-sangyo.co.jp
--------------------------------------"""

SIG_HASEBE = """--
日の出産業株式会社 財務部 管理グループ
長谷部 律
TEL 03-5472-8817"""

DISC_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Hinode Sangyo Co., Ltd."""

MESSAGES: list[dict] = []


# ========================================================================================
# 001-010
# ========================================================================================

_p = people(1, 8)
MESSAGES.append({
    "id": "bank-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター 給与振込係 <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "【日の出産業】10月度 給与振込 口座変更分のご連絡（8名）",
    "body": f"""みどり銀行 事務センター
給与振込ご担当者様

いつも大変お世話になっております。
日の出産業 財務部の乙部でございます。

10月25日支給分の給与振込につき、振込先口座の変更があった社員は下記8名です。
全銀データは別途伝送いたしますが、念のため変更前後の内容を本文にてお送りします。

{padded([["社員番号", "氏名", "カナ", "銀行", "支店(店番)", "種別", "口座番号"]] + [[p["emp"], p["name"], p["kana"], p["bank"], f'{p["branch"]}({p["branch_no"]})', p["kind"], p["acct"]] for p in _p])}

※上記以外の社員は前月から変更ございません。
ご不明点があればご連絡ください。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "8 employees' payroll accounts as a space-padded table in the body, to an external bank",
})

MESSAGES.append({
    "id": "bank-002", "expect": "pass", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["仁平 卓也 <nihei.takuya@midori-ginko.co.jp>"],
    "subject": "Re: 年末年始の給与・賞与振込 指定日について",
    "body": f"""みどり銀行 法人営業部
仁平様

いつもお世話になっております。日の出産業の汐見です。
ご案内ありがとうございました。

弊社の年末年始の振込予定は以下のとおりです。
　・冬季賞与　　12月10日（水）　データ伝送 12月5日（金）15時まで
　・12月度給与　12月25日（木）　データ伝送 12月22日（月）15時まで
　・1月度給与　 1月23日（金）　 データ伝送 1月20日（火）15時まで

件数は例月並み（約1,850件）の見込みです。
伝送後の受付結果は、従来どおりFAX（03-5472-8819）でいただけますと幸いです。

引き続きよろしくお願いいたします。

{SIG_SHIOMI}

{DISC_JA}
""",
    "entities": [], "detectors": [],
    "note": "ordinary scheduling mail to the partner bank: signature and standard disclaimer only",
})

_p = people(3, 15)
_rows = [["ﾃﾞｰﾀ区分", "銀行番号", "支店番号", "預金種目", "口座番号", "受取人名", "振込金額", "社員番号", "新規コード"]]
for _x in _p:
    _rows.append(["2", _x["bank_code"], _x["branch_no"], "1" if _x["kind"] == "普通" else "2",
                  _x["acct"], _x["hkana"], str(_x["amount"]), _x["emp"], "0"])
_rows.append(["8", "", "", "", "", "", str(sum(x["amount"] for x in _p)), "15件", ""])
MESSAGES.append({
    "id": "bank-003", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "臨時給与振込データ（出向者精算分）送付の件",
    "body": f"""みどり銀行 事務センター御中

お世話になっております。日の出産業 財務部 乙部です。

出向者の精算分につき、臨時の給与振込をお願いしたく、
データ（CSV、15件）を添付いたします。
振込指定日：11月14日（金）
合計金額はファイル末尾のトレーラ行をご確認ください。

伝送システムの障害で本日は伝送ができないため、
恐縮ですがメール添付での受付をお願いできますでしょうか。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "csv", "name": "kyuyo_rinji_1114.csv", "encoding": "cp932", "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 15 payees (kana name, bank/branch, account) sent to a bank",
})

_p = people(4, 1)[0]
MESSAGES.append({
    "id": "bank-004", "expect": "stop", "charset": "utf-8",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "社内融資（特別生活資金）保証審査のお願い／申込番号 HF-25-0412",
    "body": f"""日本従業員ローン保証株式会社
審査部 ご担当者様

平素より大変お世話になっております。
日の出ファイナンス 融資課の左右田でございます。

下記申込につき、保証審査をお願いいたします。

■申込番号：HF-25-0412
■申込人：{_p["name"]}（{_p["kana"]}）
■生年月日：{wareki(_p["dob"])}
■住所：〒{_p["zip"]} {_p["addr"]}
■携帯：{_p["tel"]}
■所属：日の出産業㈱ {_p["dept"]}　勤続12年
■申込金額：1,800,000円（返済期間60回、給与天引き）
■資金使途：本人の治療費および療養期間中の生活資金
　（本年8月に大腸がん（ステージⅡ）と診断され、9月に手術。現在、抗がん剤治療のため通院中。
　　傷病手当金の支給開始までのつなぎ資金として申込）

診断書の写しは郵送にてお送りいたします。
審査結果は10営業日を目安にご回答いただけますと幸いです。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one applicant's diagnosis (cancer, treatment) with identity data sent to an external guarantor: 要配慮個人情報",
})

_p = people(5, 1)[0]
MESSAGES.append({
    "id": "bank-005", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HASEBE,
    "to": ["白川法律事務所 弁護士 真柴 <mashiba@shirakawa-law.jp>"],
    "subject": "令和7年(ル)第3127号 債権差押命令 第三債務者陳述の件",
    "body": f"""白川法律事務所
弁護士 真柴 様

いつもお世話になっております。日の出産業 財務部の長谷部です。

標記事件につき、本日当社に差押命令が送達されました。
陳述書は裁判所へ期限内に郵送いたしますが、債権者代理人である貴職へも
陳述内容を事前にお知らせいたします。

　債務者　　：{_p["name"]}
　債務者住所：{_p["addr"]}
　差押債権　：給料債権（手取額の4分の1）
　弁済の意思：あり（11月支給分から控除・供託予定）
　他の差押え：なし

控除額は支給ごとに算定し、第1回は11月25日頃の見込みです。
取立ての方法についてご希望があれば、ご指示ください。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one debtor's record (name, address, garnishment) to the creditor's lawyer: one person, may warn",
})

_p = people(6, 6)
_cases = ["令和7年(ル)第2218号", "令和7年(ル)第2560号", "令和6年(ル)第7731号", "令和7年(ル)第1049号",
          "令和7年(ル)第3127号", "令和7年(ナ)第412号"]
_cred = ["ひかりクレジット㈱", "みなと債権回収㈱", "個人（元配偶者）", "アクア信販㈱", "白川法律事務所（代理人）",
         "東京都港区（滞納処分）"]
MESSAGES.append({
    "id": "bank-006", "expect": "stop", "charset": "utf-8",
    "sender": HASEBE,
    "to": ["ツバサシステム サポートデスク <payroll-support@tsubasa-system.jp>"],
    "subject": "給与システム 差押控除マスタ登録のお願い（11月支給分）",
    "body": f"""ツバサシステム株式会社
サポートデスク 御中

お世話になっております。日の出産業 財務部の長谷部です。

11月支給分から差押控除を開始する社員について、
控除マスタへの登録をお願いしたく、一覧（Excel）を添付します。
「控除設定」シートの内容で設定いただければ結構です。

設定完了後、テスト計算の結果をお送りいただけますでしょうか。
よろしくお願いいたします。

{SIG_HASEBE}
""",
    "attachments": [{
        "kind": "xlsx", "name": "差押控除対象者_202511.xlsx",
        "sheets": {
            "控除設定": [["差押控除対象者一覧（2025年11月支給分～）", "", "", "", "", ""],
                      ["社員番号", "氏名", "住所", "事件番号", "債権者", "控除方法"]]
                     + [[p["emp"], p["name"], p["addr"], _cases[i], _cred[i],
                         "手取の1/4" if i != 2 else "手取の1/2（扶養料）"] for i, p in enumerate(_p)],
            "送金先": [["事件番号", "送金先", "備考"]]
                    + [[c, "債権者指定口座（別紙）", "毎月末"] for c in _cases],
        },
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row, two sheets) listing 6 garnished employees with addresses to the payroll vendor",
})

_p = people(7, 1)[0]
MESSAGES.append({
    "id": "bank-007", "expect": "pass", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["星空銀行 丸の内支店 為替課 <kawase.marunouchi@hoshizora-bank.co.jp>"],
    "subject": "組戻し依頼の件（11/4 総合振込 誤振込分）",
    "body": f"""星空銀行 丸の内支店
為替課 ご担当者様

いつもお世話になっております。日の出産業 財務部の汐見です。

11月4日に貴行経由で実行した総合振込のうち、1件を誤った口座へ振り込んでしまいました。
お手数ですが、組戻しの手続きをお願いいたします。

　振込日　　：2025年11月4日
　振込金額　：286,000円
　誤振込先　：{_p["bank"]} {_p["branch"]} {_p["kind"]} {_p["acct"]}
　受取人名義：{_p["hkana"]}
　正しい振込先：株式会社北国フーズ（取引先マスタの登録誤り）

組戻依頼書は本日中に原本を支店窓口へ持参いたします。
受取人の承諾が必要とのこと承知しております。ご連絡をお待ちしております。

{SIG_SHIOMI}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "recall request naming one mistaken payee's account: one person's record, may warn",
})

_p = people(8, 1)[0]
MESSAGES.append({
    "id": "bank-008", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": ["みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>"],
    "subject": "誤入金（受取人からの返金申出）について",
    "body": f"""みどり銀行 蒲田支店
ご担当者様

お世話になっております。日の出ファイナンス 債権管理課の上遠野です。

10月30日付で、弊社の返済用口座に身に覚えのない入金（420,000円）がありました件、
振込人の方からお電話があり事情がわかりましたのでご連絡いたします。

振込人：{_p["name"]}様（{_p["kana"]}）
振込元：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}

ご本人のお話では、「日の出ファイナンス」を名乗る者から融資保証金の名目で
振込を指示されたとのことで、いわゆる融資保証金詐欺の被害に遭われたものです。
すでに蒲田警察署に被害届を提出済みとのことでした（受理番号は未確認）。

弊社としては全額を返金したいと考えておりますので、
返金の手続き（組戻しによるか、弊社からの振込によるか）についてご指示ください。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "identifies a private person as the victim of a fraud (crime victim: 要配慮個人情報) to a bank",
})

_d = people(9, 2)
MESSAGES.append({
    "id": "bank-009", "expect": "stop", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Onboarding Team <kyc.onboarding@pacificharbor-bank.com>"],
    "subject": "RE: Account opening – Hinode Sangyo Co., Ltd. – outstanding KYC items",
    "body": f"""Dear Ms. Tan,

Thank you for your patience. Please find below the outstanding KYC items for our
corporate account application (ref. PHB-SG-CO-88214).

Authorised signatories
1) Name: {_d[0]["ROMAJI"]}
   Title: Director, Finance
   Date of birth: {_d[0]["dob"].strftime("%d %b %Y")}
   Passport No.: TR{random.Random(91).randint(1000000, 9999999)}  (Japan, expiry 14 Mar 2032)
2) Name: {_d[1]["ROMAJI"]}
   Title: General Manager, Treasury
   Date of birth: {_d[1]["dob"].strftime("%d %b %Y")}
   Passport No.: TK{random.Random(92).randint(1000000, 9999999)}  (Japan, expiry 2 Aug 2029)

Certified copies of both passports will follow by courier via our Singapore office.
The board resolution and the certificate of incorporation were sent last week.

Kind regards,

{SIG_MAKABE}

{DISC_EN}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "two signatories' passport numbers and dates of birth to an overseas bank: identity documents",
})

_d = people(10, 3)
_cn = corp_number("010401087345")
MESSAGES.append({
    "id": "bank-010", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "取引時確認（実質的支配者）の届出内容について",
    "body": f"""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 財務部の汐見です。

定期の取引時確認につき、ご依頼のあった項目を以下のとおり回答いたします。

【法人】
　商号：日の出産業株式会社
　法人番号：{_cn}
　本店所在地：東京都港区芝大門2-9-4

【実質的支配者（議決権25％超の保有者はいないため、業務執行役員を記載）】
　1. {_d[0]["name"]}　代表取締役社長　{wareki(_d[0]["dob"])}生
　　 {_d[0]["addr"]}
　2. {_d[1]["name"]}　代表取締役専務　{wareki(_d[1]["dob"])}生
　　 {_d[1]["addr"]}
　3. {_d[2]["name"]}　取締役CFO　{wareki(_d[2]["dob"])}生
　　 {_d[2]["addr"]}

申告書の原本は押印のうえ郵送いたします。

{SIG_SHIOMI}
""",
    "entities": ["JP_CORPORATE_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three officers' records for a KYC declaration to the partner bank: under five people, may warn",
})


# ========================================================================================
# 011-025
# ========================================================================================

MESSAGES.append({
    "id": "bank-011", "expect": "stop", "charset": "shift_jis",
    "sender": TATEWAKI,
    "to": ["みどり銀行 法人営業部 仁平様 <nihei.takuya@midori-ginko.co.jp>",
           "星空銀行 丸の内支店 法人課 <hojin.marunouchi@hoshizora-bank.co.jp>",
           "東都信用金庫 本店営業部 <honten-eigyo@toto-shinkin.jp>"],
    "subject": "【ご通知】決済口座の集約および口座振替契約の変更について",
    "body": f"""各金融機関 ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 財務部の帯刀でございます。

弊社では2026年4月より、グループ各社の決済口座をみどり銀行本店営業部に集約する予定です。
これに伴い、現在貴行・貴庫にてご契約いただいている口座振替（社会保険料・リース料等）につき、
順次引落口座の変更手続きをお願いすることになります。

詳細なスケジュールは12月中旬に改めてご案内いたします。
ご不明の点は帯刀までお問い合わせください。

{SIG_TATEWAKI}
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three different banks in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "bank-012", "expect": "pass", "charset": "shift_jis",
    "sender": TATEWAKI,
    "to": ["帯刀 誠 <tatewaki.makoto@hinode-sangyo.co.jp>"],
    "bcc": ["nihei.takuya@midori-ginko.co.jp", "hojin.marunouchi@hoshizora-bank.co.jp",
            "honten-eigyo@toto-shinkin.jp", "hojin@asanagi-bank.co.jp",
            "tokyo-hojin@kaede-shinkin.or.jp"],
    "subject": "年末のご挨拶および年始の営業開始日のお知らせ",
    "body": f"""お取引金融機関 ご担当者各位
（本メールはBCCにて一斉送信しております）

本年も格別のお引き立てをいただき、誠にありがとうございました。

弊社の年末年始休業は12月27日（土）から1月4日（日）までとさせていただきます。
休業期間中の入出金のご連絡は、財務部当番（TEL 03-5472-8810）までお願いいたします。

来年も変わらぬご厚誼のほど、よろしくお願い申し上げます。

{SIG_TATEWAKI}
""",
    "entities": [], "detectors": [],
    "note": "five banks only in Bcc, To is the sender himself: nobody sees anyone; plain greeting",
})

MESSAGES.append({
    "id": "bank-013", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginkou.co.jp>"],
    "subject": "賞与振込データ 伝送予定のご連絡",
    "body": f"""みどり銀行 事務センター
ご担当者様

お世話になっております。日の出産業の乙部です。

冬季賞与の振込データは12月5日（金）14時頃に伝送予定です。
件数 1,862件、合計金額は伝送後に受付票でご確認ください。

前回、受付票のFAXが届かなかったため、今回はメールでもお送りいただけると助かります。

{SIG_OTOBE}
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp: a letter added to the partner bank's domain midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "bank-014", "expect": "pass", "charset": "utf-8",
    "sender": OTOBE,
    "to": ["錦印刷 営業部 水無瀬様 <minase@nishiki-insatsu.co.jp>"],
    "subject": "新入社員向け「給与振込口座のご案内」リーフレット 原稿",
    "body": f"""錦印刷株式会社
営業部 水無瀬様

お世話になっております。日の出産業 財務部の乙部です。
先日ご相談したリーフレットの原稿をお送りします。
裏面に掲載する提携金融機関の店舗一覧は以下のとおりです。

{padded([["金融機関", "店舗名", "住所", "代表電話"],
         ["みどり銀行", "本店営業部", "東京都港区芝大門1-3-8", "03-3431-0011"],
         ["みどり銀行", "川崎支店", "神奈川県川崎市川崎区駅前本町12-1", "044-211-3301"],
         ["みどり銀行", "浜松支店", "静岡県浜松市中央区鍛冶町320", "053-452-7710"],
         ["星空銀行", "丸の内支店", "東京都千代田区丸の内2-4-1", "03-3211-5520"],
         ["東都信用金庫", "府中支店", "東京都府中市宮町1-40", "042-361-2281"],
         ["あさなぎ銀行", "天白支店", "愛知県名古屋市天白区植田3-1201", "052-801-4420"]])}

色校は11月20日頃にいただけますでしょうか。
部数は300部でお願いいたします。

{SIG_OTOBE}
""",
    "entities": [], "detectors": [],
    "note": "a list of bank branches with switchboard numbers: businesses, not people",
})

_p = people(15, 1)[0]
_m = MN()
MESSAGES.append({
    "id": "bank-015", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": ["大平税理士事務所 <office@ohira-tax.jp>"],
    "subject": "社内預金利子の支払調書（1件追加）",
    "body": f"""大平税理士事務所
大平先生

お世話になっております。日の出ファイナンスの上遠野です。

先日お送りした社内預金利子の支払調書データに1件漏れがありました。
下記を追加いただけますでしょうか。

　氏名　　：{_p["name"]}
　住所　　：{_p["addr"]}
　個人番号：{_m[:4]} {_m[4:8]} {_m[8:]}
　支払金額：18,240円（源泉徴収税額 2,793円）
　区分　　：勤務先預金利子（中途退職者・精算分）

お手数をおかけして申し訳ありません。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number in the body to an outside tax accountant",
})

MESSAGES.append({
    "id": "bank-016", "expect": "stop", "charset": "shift_jis",
    "sender": TATEWAKI,
    "to": ["仁平 卓也 <nihei.takuya@midori-ginko.co.jp>"],
    "subject": "【社外秘】2026年度上期 資金繰り見通し（融資枠見直しのご相談）",
    "body": f"""みどり銀行 法人営業部
仁平様

いつもお世話になっております。日の出産業の帯刀です。

コミットメントライン更新に向けて、上期の資金繰り見通しをお送りします。
　・月次売上入金　平均 48.2億円
　・仕入支払　　　平均 39.5億円
　・設備投資　　　浜松工場第2ライン 22億円（6月・9月に分割支払）
　・月末最低残高　15億円を想定

現行の融資枠30億円から40億円への増額を検討いただけますでしょうか。
来週中にお打ち合わせのお時間をいただけますと幸いです。

{SIG_TATEWAKI}
""",
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the subject carries a 【社外秘】 classification and goes to an external bank",
})

_p = people(17, 9)
MESSAGES.append({
    "id": "bank-017", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "退職金振込データ送付（パスワードは別送）",
    "body": f"""みどり銀行 事務センター
ご担当者様

お世話になっております。日の出産業の乙部です。

11月末退職者の退職金振込データをZIPファイルにてお送りします。
解凍パスワードは別メールにてお知らせいたします。

振込指定日：11月28日（金）

{SIG_OTOBE}
""",
    "attachments": [{"kind": "zip", "name": "taishokukin_1128.zip", "password": "Hnd#1128xq",
                     "files": [{"kind": "csv", "name": "taishokukin_1128.csv",
                                "rows": [["氏名", "銀行", "支店", "口座", "金額"]] +
                                        [[p["name"], p["bank"], p["branch"], p["acct"], p["amount"] * 20] for p in _p]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an external bank: cannot be inspected",
})

_p = people(18, 6)
_reasons = ["本人 うつ病により休職中（傷病手当金受給）", "配偶者の難病（指定難病）医療費", "子の心臓手術費用",
            "住宅修繕（台風被害）", "本人 糖尿病性腎症 透析導入に伴う転居費用", "教育資金（大学入学金）"]
MESSAGES.append({
    "id": "bank-018", "expect": "pass", "charset": "utf-8",
    "sender": SODA,
    "to": ["帯刀 誠 <tatewaki.makoto@hinode-sangyo.co.jp>"],
    "cc": ["上遠野 千尋 <katono.chihiro@finance.hinode-sangyo.co.jp>"],
    "subject": "11月 社内融資審査会 付議案件一覧",
    "body": f"""帯刀課長

お疲れさまです。日の出ファイナンス 融資課の左右田です。
11月18日の審査会に付議する案件は以下の6件です。

{padded([["申込No", "社員番号", "氏名", "所属", "申込額", "資金使途・事情"]] + [[f"HF-25-04{20 + i}", p["emp"], p["name"], p["dept"], f"{(i + 3) * 300}千円", _reasons[i]] for i, p in enumerate(_p)])}

※1・2・5は生活資金枠のため、保証会社の事前審査結果を添えて付議します。
資料一式は共有フォルダ（\\\\fs01\\finance\\融資審査\\2025-11）に格納済みです。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health details of six applicants, but every recipient is internal (finance subdomain included)",
})

_p = people(19, 7)
MESSAGES.append({
    "id": "bank-019", "expect": "stop", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["青嵐監査法人 大槻 <otsuki.m@seiran-kansa.jp>"],
    "subject": "残高確認（従業員貸付金）の明細送付",
    "body": f"""青嵐監査法人
大槻様

お世話になっております。日の出ファイナンス 債権管理課の上遠野です。

ご依頼の従業員貸付金の残高確認サンプル7件につき、明細をPDFでお送りします。
確認状の発送先住所は明細の右端に記載しております。

{SIG_KATONO}
""",
    "attachments": [{
        "kind": "pdf", "name": "kashitsuke_meisai_sample.pdf", "title": "従業員貸付金 残高明細（サンプル）",
        "lines": ["従業員貸付金 残高明細（2025年9月30日現在）", "日の出ファイナンス株式会社 債権管理課", ""],
        "table": [["契約番号", "氏名", "生年月日", "貸付日", "残高(円)", "確認状送付先"]] +
                 [[f"K{2019 + i}-{1042 + i * 37}", p["name"], p["dob"].isoformat(), f"{2019 + i}-04-01",
                   yen(p["amount"] * 3), p["addr"]] for i, p in enumerate(_p)],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of 7 borrowers (name, birth date, home address, balance) to the external auditor",
})

MESSAGES.append({
    "id": "bank-020", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 法人営業部 仁平様 <nihei.takuya@midori-ginko.co.jp>"],
    "subject": "給与振込の金融機関別内訳（手数料見直しのご相談資料）",
    "body": f"""みどり銀行
仁平様

お世話になっております。日の出産業の乙部です。
先日お話のあった給与振込手数料の見直しに関し、直近6か月の実績をまとめました。

{padded([["振込先", "平均件数/月", "構成比", "平均金額/月"],
         ["みどり銀行（同行）", "1,104", "59.6%", "3億1,820万円"],
         ["ゆうちょ銀行", "284", "15.3%", "7,410万円"],
         ["星空銀行", "198", "10.7%", "5,630万円"],
         ["信用金庫・信用組合", "141", "7.6%", "3,880万円"],
         ["その他", "125", "6.8%", "3,390万円"],
         ["合計", "1,852", "100.0%", "5億2,130万円"]])}

他行宛の比率が4割を超えているため、他行宛手数料の優遇をご検討いただけますと幸いです。

{SIG_OTOBE}
""",
    "entities": [], "detectors": [],
    "note": "aggregate payroll statistics by bank: no individual appears",
})

_p = people(21, 1)[0]
MESSAGES.append({
    "id": "bank-021", "expect": "stop", "charset": "utf-8",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "Re: 申込番号 HF-25-0398 本人確認書類の件",
    "body": f"""日本従業員ローン保証
審査部 御中

お世話になっております。左右田です。
ご指摘の本人確認書類につき、画像が不鮮明とのことでしたので記載事項をお知らせします。

　氏名：{_p["name"]}
　生年月日：{_p["dob"].year}年{_p["dob"].month}月{_p["dob"].day}日
　住所：{_p["addr"]}
　運転免許証番号：第 30{random.Random(211).randint(1000000000, 9999999999)} 号
　有効期限：2028年{_p["dob"].month}月{_p["dob"].day}日まで（ゴールド）

改めて鮮明なコピーを社内便経由で郵送いたします。

{SIG_SODA}

> 日の出ファイナンス 左右田様
> 先日ご提出いただいた運転免許証の写しが不鮮明で番号が判読できません。
> お手数ですが再提出をお願いいたします。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a borrower's driver's licence number (with DOB and address) typed into new text to the guarantor",
})

_p = people(22, 6)
MESSAGES.append({
    "id": "bank-022", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "Re: 【照会】10月度給与振込 不能分について",
    "body": f"""みどり銀行 事務センター
ご担当者様

ご連絡ありがとうございます。日の出産業の乙部です。
下記6件、社員本人に確認のうえ、10月31日に現金書留および再振込で対応済みです。
照会は完了扱いとしていただいて差し支えありません。

{SIG_OTOBE}

----- 元のメッセージ -----
> 日の出産業株式会社 財務部 御中
> 10月24日の給与振込のうち、以下6件が不能となりましたのでご連絡いたします。
>
""" + "\n".join(f"> {i + 1}. {p['hkana']}  {p['bank']} {p['branch']} 普通 {p['acct']}  不能事由：口座解約済"
                for i, p in enumerate(_p)) + """
>
> 資金は本日付で貴社口座へ返却済みです。
> みどり銀行 事務センター
""",
    "entities": [], "detectors": [],
    "note": "the six failed transfers are only in the quoted bank mail (> lines); the new text names no one",
})

_p = people(23, 7)
_html_rows = "".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['bank']}</td>"
    f"<td>{p['branch']}</td><td>{p['kind']}</td><td>{p['acct']}</td><td>{'一致' if i % 3 else '名義相違'}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "bank-023", "expect": "stop", "charset": "utf-8",
    "sender": OTOBE,
    "to": ["ツバサシステム 導入支援 秋津様 <akitsu@tsubasa-system.jp>"],
    "subject": "口座確認（名義照合）結果のご連絡",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ツバサシステム株式会社<br>秋津様</p>
<p>お世話になっております。日の出産業 財務部の乙部です。</p>
<p>新給与システムへの移行前に実施した口座確認（名義照合）の結果、<br>
要対応となった社員は以下のとおりです。マスタ修正をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>カナ</th><th>銀行</th><th>支店</th><th>種別</th><th>口座番号</th><th>照合結果</th></tr>
{_html_rows}
</table>
<p>「名義相違」の3名は旧姓のままの口座です。本人に確認中です。</p>
<p>--<br>日の出産業株式会社 財務部 給与・送金チーム<br>乙部 美咲<br>TEL 03-5472-8815</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 7 employees' accounts sent to the system vendor",
})

_p = people(24, 1)[0]
MESSAGES.append({
    "id": "bank-024", "expect": "stop", "charset": "utf-8",
    "sender": OTOBE,
    "to": ["星空銀行 横浜駅前支店 <yokohama-eki@hoshizora-bank.co.jp>"],
    "subject": "外国籍社員の給与口座開設について（事前相談）",
    "body": f"""星空銀行 横浜駅前支店
ご担当者様

いつもお世話になっております。日の出産業 財務部の乙部です。

12月入社予定の外国籍社員について、給与受取口座の開設をお願いしたく、
事前に確認書類の内容をお送りします。来店予約は12月3日（水）10時を希望します。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　国籍：ベトナム
　生年月日：1998年7月19日
　住所：神奈川県横浜市鶴見区生麦3-12-5 ハイツ生麦202
　在留カード番号：UH{random.Random(241).randint(10000000, 99999999)}FC
　在留資格：技術・人文知識・国際業務（在留期限 2028年12月1日）

入社日以降の雇用証明書は当社にて発行いたします。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a new hire's residence card number with identity data sent to a bank",
})

MESSAGES.append({
    "id": "bank-025", "expect": "pass", "charset": "shift_jis",
    "sender": TATEWAKI,
    "to": ["フィンブリッジ 法務 <legal@finbridge.co.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": f"""株式会社フィンブリッジ
法務ご担当者様

お世話になっております。日の出産業 財務部の帯刀です。

給与前払いサービス導入検討に伴う秘密保持契約書（案）を拝受しました。
当社法務と確認のうえ、以下の点についてご検討をお願いいたします。

1. 第2条（秘密情報の定義）：口頭開示の場合の書面化期限を「30日以内」に延長
2. 第5条（目的外使用の禁止）：グループ会社（日の出ファイナンス）を開示先に追加
3. 第9条（有効期間）：契約終了後の存続期間を3年から5年に変更
4. 第12条（管轄）：東京地方裁判所を専属的合意管轄とする

修正版をWordでお送りいただければ、押印手続きを進めます。

{SIG_TATEWAKI}
""",
    "entities": [], "detectors": [],
    "note": "mail about an NDA (秘密保持契約): the word is discussed, nothing is marked confidential",
})


# ========================================================================================
# 026-050
# ========================================================================================

_p = people(26, 5)
MESSAGES.append({
    "id": "bank-026", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["ツバサシステム サポートデスク <payroll-support@tsubasa-system.jp>"],
    "subject": "FW: 12月入社者 給与振込口座の登録依頼",
    "body": f"""ツバサシステム サポートデスク御中

お世話になっております。日の出産業の乙部です。
人事部から下記の依頼が来ております。
システム側で一括登録いただけるとのことでしたので、転送いたします。
12月15日までに登録をお願いできますでしょうか。

乙部

-------- 転送メッセージ --------
差出人: 人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>
日付: 2025/11/10 17:42
宛先: 乙部 美咲 <otobe.misaki@hinode-sangyo.co.jp>
件名: 12月入社者 給与振込口座の登録依頼

乙部さん
お疲れさまです。12月1日入社の5名分、振込口座の届出が揃いました。

""" + "\n".join(
        f"""{i + 1}）{p['name']}（{p['kana']}）　生年月日 {wareki(p['dob'], 'short')}
　　{p['bank']} {p['branch']}（{p['branch_no']}） {p['kind']} {p['acct']}"""
        for i, p in enumerate(_p)) + """

よろしくお願いします。
人事部 給与担当 猪瀬
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a forwarded internal mail listing 5 new hires' accounts and birth dates: a forward is new text for the vendor",
})

_p = people(27, 1)[0]
MESSAGES.append({
    "id": "bank-027", "expect": "stop", "charset": "utf-8",
    "sender": KATONO,
    "to": ["帯刀 誠 <tatewaki.makoto@hinode-sanygo.co.jp>"],
    "subject": "延滞先の件（社内融資 K2021-1189）",
    "body": f"""帯刀課長

お疲れさまです。上遠野です。
社内融資の延滞先について、給与天引きの再開可否のご判断をお願いします。

　契約番号：K2021-1189
　借主：{_p["name"]}（{_p["dept"]}）
　返済口座：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}
　延滞：3か月（残高 842,300円）

本人とは面談済みで、12月から天引き再開に同意しています。

上遠野
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sanygo.co.jp: swapped letters in the company's own domain; a borrower's data would leak",
})

_p = people(28, 1)[0]
MESSAGES.append({
    "id": "bank-028", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": [f"{_p['name']} <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "社内融資 残債のご精算について（ご退職に伴うご案内）",
    "body": f"""{_p["name"]} 様

日の出ファイナンス 債権管理課の上遠野でございます。
このたびはご退職にあたり、個人メールアドレスへのご連絡をご了承いただきありがとうございます。

社内融資（住宅資金）の残債につきまして、下記のとおりご案内いたします。

　契約番号：K2018-0733
　精算日現在残高：1,126,400円（11月30日時点）
　お届けの返済口座：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}

退職金からの一括精算、または口座振替による分割返済（最長24回）のいずれかを
11月21日までにご選択いただけますでしょうか。

ご不明な点はお気軽にお問い合わせください。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "one free-mail recipient receiving their own loan data: a single person, may warn",
})

_p = people(29, 9)
MESSAGES.append({
    "id": "bank-029", "expect": "stop", "charset": "shift_jis",
    "sender": OTOBE,
    "to": ["あさひの信託銀行 財形事務課 <zaikei@asahino-trust.co.jp>"],
    "subject": "財形住宅貯蓄 新規加入者の件（11月分）",
    "body": f"""あさひの信託銀行
財形事務課 御中

お世話になっております。日の出産業 財務部の乙部です。
11月度の財形住宅貯蓄の新規加入者をお知らせします。
（Excelから貼り付けておりますので、タブ区切りになっています）

{tsv([["社員番号", "氏名", "フリガナ", "生年月日", "積立額(月)", "賞与時", "払出口座"]] + [[p["emp"], p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"), "20,000", "50,000", f'{p["bank"]}{p["branch"]} {p["acct"]}'] for p in _p])}

申込書の原本は社内便でまとめて送付いたします。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 9 savings-plan members (DOB, accounts) pasted into the body to a trust bank",
})

MESSAGES.append({
    "id": "bank-030", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Correspondent Banking Desk <cbdesk@lionrockbank.com.hk>"],
    "subject": "Inquiry: lifting fees on USD transfers to our HK subsidiary",
    "body": f"""Dear Mr. Chow,

I hope this finds you well.

Over the past quarter we have noticed that USD transfers from our Tokyo account
to Hinode Trading (HK) Ltd. arrive with a deduction of USD 15-25 per payment,
although we send them with charge code OUR. Examples:

  Our ref.      Value date   Amount (USD)   Credited (USD)
  HS-TT-25-0912 2025-09-12   184,500.00     184,480.00
  HS-TT-25-1003 2025-10-03    92,000.00      91,975.00
  HS-TT-25-1024 2025-10-24   310,250.00     310,235.00

Could you confirm whether these are lifting fees charged by an intermediary bank,
and whether routing via your New York branch would avoid them?

Best regards,

{SIG_MAKABE}

{DISC_EN}
""",
    "entities": [], "detectors": [],
    "note": "English mail to an overseas bank about fees on company transfers: no personal data",
})

_p = people(31, 6)
_txt = "Hinode Sangyo Co., Ltd. - Expatriate allowance remittance list (Nov 2025)\n" + \
       "Remitting account: MIDORI BANK, HEAD OFFICE, 1234-5678901 (company)\n\n" + \
       padded([["No", "Beneficiary", "HK account", "Amount HKD", "Home address in Japan", "Mobile"]] +
              [[str(i + 1), p["ROMAJI"], f"{random.Random(310 + i).randint(100, 999)}-{random.Random(320 + i).randint(100000, 999999)}-{random.Random(330 + i).randint(100, 999)}",
                f"{(i + 2) * 4150:,}.00", p["addr"], p["tel"]] for i, p in enumerate(_p)]) + "\n"
MESSAGES.append({
    "id": "bank-031", "expect": "stop", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Payments Operations <payments.ops@lionrockbank.com.hk>"],
    "subject": "Bulk remittance Nov-2025 – expatriate housing allowance (6 payees)",
    "body": f"""Dear Payments Operations team,

Please find attached the beneficiary list for this month's expatriate housing
allowance. The total is HKD 112,050.00, value date 28 November.

As before, please debit our USD account and convert at the spot rate.
Let me know if any beneficiary details need to be re-validated.

Best regards,
Kenta

{SIG_MAKABE}
""",
    "attachments": [{"kind": "txt", "name": "remittance_list_202511.txt", "encoding": "utf-8", "text": _txt}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text attachment listing 6 employees (account, home address, mobile) to a Hong Kong bank",
})

_p = people(32, 1)[0]
_c = CN()
MESSAGES.append({
    "id": "bank-032", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HASEBE,
    "to": ["ひなたカード 法人カードセンター <corp-center@hinata-card.co.jp>"],
    "subject": "法人カード紛失のご連絡と再発行のお願い",
    "body": f"""ひなたカード株式会社
法人カードセンター 御中

お世話になっております。日の出産業 財務部の長谷部です。
本日お電話でご連絡した法人カードの紛失について、書面でもご連絡いたします。

　使用者　：{_p["name"]}（{_p["dept"]}）
　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　紛失日　：11月12日（出張先の名古屋駅付近）
　利用停止：11月12日 19時15分 お電話にて依頼済み（受付番号 LC-58812）

再発行カードは財務部宛にお送りください。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full card number with its holder's name sent to the card company",
})

_p = people(33, 8)
MESSAGES.append({
    "id": "bank-033", "expect": "pass", "charset": "utf-8",
    "sender": KATONO,
    "to": ["長谷部 律 <hasebe.ritsu@hinode-sangyo.co.jp>"],
    "subject": "支払調書用 個人番号の確認（社内預金 中途解約者）",
    "body": f"""長谷部さん

お疲れさまです。上遠野です。
社内預金の中途解約者8名の個人番号を人事から取り寄せました。
支払調書の作成前に、番号の照合をお願いできますか。

{padded([["社員番号", "氏名", "個人番号", "解約日"]] + [[p["emp"], p["name"], MN(), f"2025-{(i % 9) + 1:02d}-{10 + i}"] for i, p in enumerate(_p)])}

確認後、このメールは削除してください（番号はPC上に残さないようお願いします）。

上遠野
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers of 8 people but sent from the finance subdomain to the parent's finance department: internal only",
})

_p = people(34, 1)[0]
MESSAGES.append({
    "id": "bank-034", "expect": "stop", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["星空銀行 丸の内支店 為替課 <kawase.marunouchi@hoshizora-bank.co.jp>",
           "みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>"],
    "cc": ["白川法律事務所 真柴 <mashiba@shirakawa-law.jp>"],
    "subject": "誤振込金の返還に関する三者協議（日程調整）",
    "body": f"""関係各位

お世話になっております。日の出産業 財務部の汐見です。

11月4日の誤振込（286,000円）につき、受取人の方と連絡がとれない状況が続いております。
仕向銀行・被仕向銀行・当社代理人の三者で今後の対応を協議したく、日程調整をお願いします。

　受取人：{_p["name"]}様
　被仕向口座：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}

候補日：11月19日（水）14時／20日（木）10時／21日（金）16時
場所：当社会議室（オンライン参加も可）

{SIG_SHIOMI}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "two banks and a law firm see each other in To/Cc (three external organisations)",
})

MESSAGES.append({
    "id": "bank-035", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "cc": ["ツバサシステム 秋津様 <akitsu@tsubasa-system.jp>"],
    "subject": "全銀フォーマット変更（EDI情報欄の追加）に関するお打ち合わせ",
    "body": f"""みどり銀行 事務センター ご担当者様
ツバサシステム 秋津様

お世話になっております。日の出産業の乙部です。

来年1月からの給与振込データのレイアウト変更（EDI情報欄20桁の追加）について、
三者で仕様を確認する打ち合わせを設定させてください。

　日時：11月26日（水）15:00～16:00
　場所：Teams（URLは別途お送りします）
　議題：①新レイアウトの項目定義　②テスト伝送の日程　③切替日の運用

資料は前日までに共有いたします。

{SIG_OTOBE}
""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc for a three-way meeting: normal",
})

_p = people(36, 1)[0]
MESSAGES.append({
    "id": "bank-036", "expect": "stop", "charset": "utf-8",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "保証依頼書（住宅改修資金）HF-25-0431",
    "body": f"""日本従業員ローン保証 審査部 御中

お世話になっております。日の出ファイナンスの左右田です。
標記案件の保証依頼書を添付いたします。ご審査のほどよろしくお願いいたします。

{SIG_SODA}
""",
    "attachments": [{
        "kind": "docx", "name": "保証依頼書_HF-25-0431.docx", "title": "保証依頼書",
        "paragraphs": ["保証依頼書", "日本従業員ローン保証株式会社 御中", "日の出ファイナンス株式会社 融資課",
                       "下記の者に対する社内融資について、保証を依頼します。"],
        "tables": [[["項目", "内容"],
                    ["氏名", _p["name"]], ["フリガナ", _p["kana"]],
                    ["生年月日", wareki(_p["dob"])], ["現住所", f'〒{_p["zip"]} {_p["addr"]}'],
                    ["電話番号", _p["tel"]], ["勤務先・所属", f'日の出産業株式会社 {_p["dept"]}'],
                    ["借入金額", "2,400,000円"], ["資金使途", "自宅のバリアフリー改修（段差解消・手すり設置）"],
                    ["特記事項", "本人が身体障害者手帳（肢体不自由2級）を所持。車いす使用のため改修が必要。"
                                 "障害者向け住宅改修の自治体補助金（上限20万円）を併用予定。"]]],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX loan form stating the applicant's disability (身体障害者手帳) to an external guarantor",
})

_p = people(37, 5)
MESSAGES.append({
    "id": "bank-037", "expect": "stop", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["社会保険労務士法人 金沢事務所 <info@sr-kanazawa.jp>"],
    "subject": "給与差押え対応 研修資料（ご監修のお願い）",
    "body": f"""社会保険労務士法人 金沢事務所
金沢先生

お世話になっております。日の出産業 財務部の長谷部です。
来月の給与担当者向け研修で使用するスライドを作成しました。
実際の事例を使った演習ページ（4枚目）を含め、内容のご確認をお願いできますでしょうか。

{SIG_HASEBE}
""",
    "attachments": [{
        "kind": "pptx", "name": "差押対応研修_v2.pptx", "title": "給与差押え 実務対応",
        "slides": [
            ["給与差押え 実務対応", "財務部 管理グループ", "2025年12月 給与担当者研修"],
            ["差押命令が届いたら", "送達日を記録（陳述書の期限は2週間）", "差押禁止範囲の計算",
             "複数差押え・供託の判断"],
            ["控除額の計算", "手取額＝総支給－所得税－住民税－社会保険料", "手取の3/4（上限33万円）は差押禁止"],
            ["演習：当社の現在の事例"] + [f"{p['name']}（{p['emp']}・{p['addr']}）　控除 {(i + 2) * 13500:,}円/月"
                                      for i, p in enumerate(_p)],
            ["よくある質問", "退職したらどうなる？", "賞与も対象になる？"],
        ],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PPTX exercise slide lists 5 real garnished employees with addresses, sent to an outside consultant",
})

MESSAGES.append({
    "id": "bank-038", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["ツバサシステム 秋津様 <akitsu@tsubasa-system.jp>"],
    "subject": "みどり銀行の新しいご担当者について",
    "body": f"""ツバサシステム
秋津様

お世話になっております。日の出産業の汐見です。

みどり銀行の弊社担当が11月から交代となりました。
伝送テストの件は、今後は下記の方に直接ご連絡いただいて構いません。

　みどり銀行 法人営業部 調査役　東雲 啓介 様
　TEL 03-3431-0157（直通）
　shinonome.keisuke@midori-ginko.co.jp

よろしくお願いいたします。

{SIG_SHIOMI}
""",
    "entities": [], "detectors": [],
    "note": "one business contact of a bank (work phone and address): not personal data to list",
})

MESSAGES.append({
    "id": "bank-039", "expect": "stop", "charset": "utf-8",
    "sender": TATEWAKI,
    "to": ["仁平 卓也 <nihei.takuya@midori-ginko.co.jp>"],
    "subject": "資金調達計画の件",
    "body": f"""仁平様

お世話になっております。帯刀です。
先日の面談でお話しした資金調達計画の資料をお送りします。
取締役会前の段階ですので、取扱いにはご配慮ください。

{SIG_TATEWAKI}
""",
    "attachments": [{
        "kind": "pdf", "name": "funding_plan_FY2026.pdf", "title": "FY2026 資金調達計画",
        "page_header": "極秘　取締役会付議前資料", "page_footer": "日の出産業株式会社 財務部",
        "lines": ["2026年度 資金調達計画（案）", "", "1. 調達総額：120億円",
                  "   ・シンジケートローン 70億円（みどり銀行アレンジ）",
                  "   ・社債 30億円（5年、無担保）", "   ・グリーンローン 20億円（浜松工場 省エネ設備）",
                  "2. 既存借入の借換え：45億円（2026年9月満期分）",
                  "3. 財務制限条項：純資産維持 / 2期連続経常赤字回避"],
    }],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF whose page header is stamped 極秘, sent to an external bank",
})

MESSAGES.append({
    "id": "bank-040", "expect": "stop", "charset": "shift_jis",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "口座振替依頼データ（12月分）",
    "body": f"""みどり銀行 事務センター 御中

お世話になっております。日の出産業の乙部です。
12月分の口座振替依頼データ（社内融資返済分）をExcelで添付いたします。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "corrupt", "name": "furikae_irai_202512.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

_p = people(41, 5)
MESSAGES.append({
    "id": "bank-041", "expect": "pass", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>"],
    "subject": "RE: 口座振替結果（11月27日引落分）",
    "body": f"""みどり銀行 蒲田支店 ご担当者様

お世話になっております。日の出ファイナンスの上遠野です。
振替不能の明細をお送りいただきありがとうございました。
いずれも残高不足とのことですので、当方から各人に連絡し、12月10日に再振替を依頼いたします。
再振替データは12月5日までに伝送します。

上遠野

-----Original Message-----
From: みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>
Sent: Thursday, November 27, 2025 4:12 PM
To: 上遠野 千尋 <katono.chihiro@finance.hinode-sangyo.co.jp>
Subject: 口座振替結果（11月27日引落分）

日の出ファイナンス株式会社 御中

11月27日引落分のうち、振替不能となった明細は以下のとおりです。

""" + "\n".join(f"{p['hkana']:<16} {p['branch']} 普通 {p['acct']}  {yen(p['amount'] // 10)}円  残高不足"
                for p in _p) + """

よろしくお願いいたします。
みどり銀行 蒲田支店 預金課
""",
    "entities": [], "detectors": [],
    "note": "the list of 5 failed debits is inside the quoted original (-----Original Message-----); new text names no one",
})

_p = people(42, 4)
MESSAGES.append({
    "id": "bank-042", "expect": "pass", "charset": "utf-8",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "再振込分の口座情報（4件）",
    "body": f"""みどり銀行 事務センター
ご担当者様

お世話になっております。日の出産業の乙部です。
先日不能となった給与のうち、正しい口座が判明した4件を再振込いたします。
口座情報をCSV（UTF-8）で添付しますので、受付時の照合にお使いください。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "csv", "name": "saifurikomi_4ken.csv", "encoding": "utf-8",
                     "rows": [["氏名カナ", "銀行", "支店", "種別", "口座番号", "金額"]] +
                             [[p["hkana"], p["bank"], p["branch"], p["kind"], p["acct"], p["amount"]] for p in _p]}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV with only four payees' accounts: under the five-person threshold, may warn",
})

_p = people(43, 5)
MESSAGES.append({
    "id": "bank-043", "expect": "either", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["みどり銀行 法人営業部 セミナー事務局 <seminar@midori-ginko.co.jp>"],
    "subject": "職域セミナー（資産形成・NISA）参加申込",
    "body": f"""みどり銀行 セミナー事務局 御中

お世話になっております。日の出産業の汐見です。
12月9日開催の職域セミナーに、以下5名が参加を希望しております。

""" + "\n".join(f"・{p['name']}（{p['kana']}）　{p['dept']}" for p in _p) + f"""

会場は当社7階大会議室をご用意いたします。
個別相談をご希望の方がいる場合は、別途ご連絡します。

{SIG_SHIOMI}
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five employees but only name, kana and department for a seminar: a list of people, yet no contact data",
})

_p = people(44, 1)[0]
MESSAGES.append({
    "id": "bank-044", "expect": "stop", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["あさひの信託銀行 年金信託部 <nenkin-shintaku@asahino-trust.co.jp>"],
    "subject": "企業年金 受給者登録（年金開始分）",
    "body": f"""あさひの信託銀行 年金信託部
ご担当者様

いつもお世話になっております。
日の出ファイナンスの上遠野です（日の出産業 企業年金基金の事務局を受託しております）。

12月から年金受給を開始する退職者1名の登録をお願いいたします。

　氏名：{_p["name"]}
　生年月日：{wareki(_p["dob"], "zen")}
　基礎年金番号：{random.Random(441).randint(1000, 9999)}-{random.Random(442).randint(100000, 999999)}
　受取口座：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}
　給付区分：退職年金（10年確定）

年金請求書の原本は本日発送しました。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a retiree's 基礎年金番号 sent to a trust bank",
})

_p = people(45, 3)
MESSAGES.append({
    "id": "bank-045", "expect": "pass", "charset": "utf-8",
    "sender": HASEBE,
    "to": ["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    "cc": ["帯刀 誠 <tatewaki.makoto@hinode-sangyo.co.jp>"],
    "subject": "【要対応】差押命令 3件 送達のお知らせ（11月分控除から）",
    "body": f"""人事部 給与担当 各位

お疲れさまです。財務部の長谷部です。
今週、給与債権の差押命令が3件送達されました。11月支給分から控除をお願いします。

""" + "\n\n".join(f"""■{i + 1}件目　{["令和7年(ル)第3127号", "令和7年(ル)第3350号", "令和7年(ナ)第455号"][i]}
　債務者：{p['name']}（社員番号 {p['emp']}）
　住所：{p['addr']}
　債権者：{["白川法律事務所（代理人）", "みなと債権回収㈱", "元配偶者（養育費）"][i]}
　控除：{["手取の1/4", "手取の1/4", "手取の1/2"][i]}""" for i, p in enumerate(_p)) + f"""

陳述書は財務部で作成・提出します。
本人への通知は人事部からお願いできますでしょうか。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "garnishment details of employees, all recipients internal",
})

_p = people(46, 1)[0]
MESSAGES.append({
    "id": "bank-046", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "申込番号 HF-25-0440 本人確認書類（健康保険証）",
    "body": f"""日本従業員ローン保証 審査部 御中

お世話になっております。左右田です。
申込人は運転免許証をお持ちでないため、健康保険証で本人確認をしております。
記載内容は以下のとおりです。

　氏名：{_p["name"]}　（{_p["kana"]}）
　生年月日：{_p["dob"].strftime("%Y年%m月%d日")}
　保険者：日の出産業健康保険組合（保険者番号 06130527）
　記号：2140　番号：{random.Random(461).randint(100, 999)}
　資格取得日：2013年4月1日

住所確認は住民票（原本）にて行いました。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "health insurance card 記号・番号 of an applicant to the external guarantor",
})

_p = people(47, 1)[0]
MESSAGES.append({
    "id": "bank-047", "expect": "stop", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["白川法律事務所 真柴先生 <mashiba@shirakawa-1aw.jp>"],
    "subject": "Re: 令和7年(ル)第3127号 控除額のご報告（11月分）",
    "body": f"""真柴先生

お世話になっております。日の出産業 財務部の長谷部です。
11月分の控除額をご報告します。

　債務者：{_p["name"]}
　11月支給 手取額：268,410円
　控除額（1/4）：67,102円
　お支払い予定日：12月1日（ご指定口座へ振込）

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-1aw.jp: the digit 1 in place of l in the partner law firm's domain",
})

MESSAGES.append({
    "id": "bank-048", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
    "subject": "【日の出ファイナンス】リース料 ご請求書送付のご案内（請求番号 HF-INV-2511-0387）",
    "body": f"""川崎電機株式会社
経理部 ご担当者様

いつもお世話になっております。日の出ファイナンスの左右田でございます。
11月分のリース料のご請求書をPDFにてお送りいたします。

　請求番号：HF-INV-2511-0387
　ご請求金額：1,452,000円（税込）
　お支払期日：2025年12月26日
　お振込先：みどり銀行 本店営業部 普通 4418207
　　　　　　口座名義 ヒノデファイナンス（カ
　登録番号：T{corp_number("010401155208")}

恐れ入りますが、振込手数料は貴社にてご負担ください。

{SIG_SODA}
""",
    "attachments": [{"kind": "pdf", "name": "HF-INV-2511-0387.pdf", "title": "ご請求書",
                     "lines": ["ご請求書", "川崎電機株式会社 御中", "請求番号 HF-INV-2511-0387",
                               "品名：フォークリフト（FL-25）リース料 11月分  1,320,000円",
                               "消費税(10%)  132,000円", "合計  1,452,000円",
                               "振込先：みどり銀行 本店営業部 普通 4418207 ヒノデファイナンス（カ"]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's own bank account and T-number: business data, not a person's",
})

_p = people(49, 10)
MESSAGES.append({
    "id": "bank-049", "expect": "stop", "charset": "utf-8",
    "sender": KATONO,
    "to": ["青嵐監査法人 大槻 <otsuki.m@seiran-kansa.jp>"],
    "subject": "社内預金 残高明細（期末監査用）",
    "body": f"""大槻様

お世話になっております。日の出ファイナンスの上遠野です。
社内預金の残高明細をお送りします。
システムからの出力の都合で旧形式（.xls）となっております。ご容赦ください。

{SIG_KATONO}
""",
    "attachments": [{"kind": "xls", "name": "shanai_yokin_zandaka_0930.xls",
                     "sheets": {"残高明細": [["預金者番号", "氏名", "生年月日", "所属", "残高", "利率"]] +
                                         [[f"Y{3000 + i * 17}", p["name"], p["dob"].strftime("%Y/%m/%d"), p["dept"],
                                           p["amount"] * 7, "0.50%"] for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "legacy XLS listing 10 depositors with birth dates and balances to the auditor",
})

_p = people(50, 8)
MESSAGES.append({
    "id": "bank-050", "expect": "stop", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>"],
    "subject": "預金口座振替依頼書 データ化分の送付",
    "body": f"""みどり銀行 蒲田支店 ご担当者様

お世話になっております。日の出ファイナンスの上遠野です。
社内融資の返済用に提出を受けた預金口座振替依頼書（8件）について、
ご依頼のとおりデータ化したものをZIPにまとめて添付します。

{SIG_KATONO}
""",
    "attachments": [{"kind": "zip", "name": "furikae_irai_8ken.zip", "files": [
        {"kind": "csv", "name": "furikae_irai.csv", "encoding": "cp932",
         "rows": [["委託者コード", "氏名", "住所", "銀行", "支店", "口座番号", "開始月"]] +
                 [["00412", p["name"], p["addr"], p["bank"], p["branch"], p["acct"], "2026-01"] for p in _p]},
        {"kind": "txt", "name": "readme.txt", "text": "口座振替依頼書 8件分。原本は別送。\n"},
    ]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a plain ZIP holding a CSV of 8 debtors' addresses and accounts, to a bank",
})


# ========================================================================================
# 051-075
# ========================================================================================

MESSAGES.append({
    "id": "bank-051", "expect": "pass", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["青嵐監査法人 大槻 <otsuki.m@seiran-kansa.jp>"],
    "subject": "従業員貸付金 ポートフォリオ概要（9月末）",
    "body": f"""大槻様

お世話になっております。上遠野です。
ご依頼の従業員貸付金の概要（9月末）です。個人別明細は別途サンプル分のみお送りします。

【商品別】
{padded([["区分", "件数", "残高（千円）", "平均残高", "延滞件数"],
         ["住宅資金", "214", "1,482,310", "6,927", "2"],
         ["教育資金", "96", "188,440", "1,963", "1"],
         ["生活資金", "158", "121,905", "772", "5"],
         ["災害・緊急", "12", "9,860", "822", "0"],
         ["合計", "480", "1,802,515", "3,755", "8"]])}

貸倒引当金は一般債権として貸倒実績率（0.18％）で計上しております。
延滞8件のうち3か月超は2件で、いずれも給与天引き再開の合意済みです。

{SIG_KATONO}
""",
    "entities": [], "detectors": [],
    "note": "portfolio statistics without any individual",
})

_p = people(52, 1)[0]
MESSAGES.append({
    "id": "bank-052", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": ["日本従業員ローン保証 債権管理部 <kanri@jel-hosho.co.jp>"],
    "subject": "期限の利益喪失予定先のご報告（K2020-0561）",
    "body": f"""日本従業員ローン保証
債権管理部 ご担当者様

お世話になっております。日の出ファイナンス 債権管理課の上遠野です。
保証対象の社内融資について、期限の利益喪失が見込まれる先が発生しましたのでご報告します。

　契約番号：K2020-0561（住宅資金、残高 4,210,000円）
　借主：{_p["name"]}（{_p["dept"]}）
　住所：{_p["addr"]}
　事由：10月28日に業務上横領の容疑で逮捕され、現在起訴に向けて勾留中。
　　　　当社は懲戒解雇の手続きを進めており、12月付で退職となる見込み。

退職金との相殺後の残額について、代位弁済請求の手続きをご案内ください。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named borrower's arrest (犯罪の経歴に準ずる逮捕情報) sent to the guarantor",
})

MESSAGES.append({
    "id": "bank-053", "expect": "stop", "charset": "utf-8",
    "sender": SHIOMI,
    "to": ["kurisu.hina0412@gmail.com", "taka.minai@gmail.com", "enami-kaori.77@gmail.com"],
    "subject": "【日の出産業】お振込金額訂正のお詫びとご返金のお願い",
    "body": f"""株主優待（QUOカード）送料精算をお受取りの皆様

日の出産業株式会社 財務部の汐見でございます。
11月7日にお振込した送料精算金につき、弊社の処理誤りにより、
本来の金額（1,280円）ではなく12,800円をお振込してしまいました。
大変申し訳ございません。

差額11,520円につき、お手数ですが下記口座へご返金いただけますでしょうか。
振込手数料は後日弊社よりお支払いいたします。

　みどり銀行 本店営業部 普通 4410985　ヒノデサンギヨウ（カ

ご不明な点は財務部（03-5472-8810）までお電話ください。

{SIG_SHIOMI}
""",
    "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "bank-054", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Grace Lim <grace.lim@pacificharbor-bank.com>"],
    "subject": "Re: Returned payment – beneficiary name mismatch",
    "body": f"""Dear Grace,

Thank you. We have confirmed with our employee that the account is held in her
maiden name. We will resend the payment tomorrow with the beneficiary name exactly
as it appears on the account; no other details change.

Best regards,
Kenta

{SIG_MAKABE}

On Tue, 18 Nov 2025 at 10:41, Grace Lim <grace.lim@pacificharbor-bank.com> wrote:
> Dear Mr. Makabe,
>
> The payment below was returned by the beneficiary bank (reason: name mismatch).
>
>   Beneficiary : HOSHINO YUKA
>   Account     : 0123-448921-001 (PHB Singapore)
>   Address     : 18 Marina View #32-04, Singapore 018961
>   Amount      : SGD 6,400.00
>
> Please advise the correct beneficiary details.
> Grace Lim, Payments Investigations
""",
    "entities": [], "detectors": [],
    "note": "the beneficiary's details are only in the quoted 'On … wrote:' part; the new text has none",
})

_p = people(55, 6)
MESSAGES.append({
    "id": "bank-055", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": ["大平税理士事務所 大平先生 <ohira@ohira-tax.jp>"],
    "subject": "利子等の支払調書 作成用データ（令和7年分）",
    "body": f"""大平先生

いつもお世話になっております。日の出ファイナンスの上遠野です。
令和7年分の社内預金利子に係る支払調書の作成用データをお送りします。
対象は年間支払額が基準を超える6名です。

よろしくお願いいたします。

{SIG_KATONO}
""",
    "attachments": [{"kind": "xlsx", "name": "支払調書_利子_R7.xlsx", "title": "利子等の支払調書 作成データ",
                     "sheets": {
                         "対象者": [["令和7年分 利子等の支払調書 作成用データ", "", "", "", ""],
                                 ["", "", "", "", ""],
                                 ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]] +
                                [[p["name"], p["addr"], MN(), p["amount"] // 8, (p["amount"] // 8) * 15315 // 100000]
                                 for p in _p],
                         "集計": [["区分", "人数", "支払金額計"], ["勤務先預金利子", 6, "—"]],
                     }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with six depositors' My Numbers and addresses to an outside tax accountant",
})

_p = people(56, 2)
MESSAGES.append({
    "id": "bank-056", "expect": "pass", "charset": "shift_jis",
    "sender": OTOBE,
    "to": ["みどり銀行 事務センター <kyuyo-furikomi@midori-ginko.co.jp>"],
    "subject": "口座名義照会のお願い（2件）",
    "body": f"""みどり銀行 事務センター 御中

お世話になっております。日の出産業の乙部です。
新規登録の振込先2件について、口座名義の照会をお願いいたします。

　①船橋支店 普通 {_p[0]["acct"]}　届出名義：{_p[0]["hkana"]}
　②本店営業部 普通 {_p[1]["acct"]}　届出名義：{_p[1]["hkana"]}

照会結果はお電話（03-5472-8815）でも結構です。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "account-name verification for two people: under the list threshold, may warn",
})

MESSAGES.append({
    "id": "bank-057", "expect": "stop", "charset": "utf-8",
    "sender": TATEWAKI,
    "to": ["星空銀行 法人ファイナンス部 <corp-finance@hoshizora-bank.co.jp>"],
    "subject": "タームローン条件案（ご提示用）",
    "body": f"""星空銀行 法人ファイナンス部
ご担当者様

お世話になっております。日の出産業 財務部の帯刀です。
先日ご相談したタームローンについて、当社希望条件をまとめたタームシートを添付します。
ご検討のほどよろしくお願いいたします。

{SIG_TATEWAKI}
""",
    "attachments": [{"kind": "docx", "name": "TermSheet_Hinode_draft.docx", "title": "Term Sheet (draft)",
                     "page_header": "取扱注意", "page_footer": "Hinode Sangyo / Treasury",
                     "paragraphs": ["タームシート（当社希望条件）", "借入人：日の出産業株式会社",
                                    "金額：50億円", "期間：7年（据置2年）", "金利：TIBOR＋0.45%",
                                    "資金使途：浜松工場第2ライン設備資金",
                                    "コベナンツ：純資産維持（前期比75%）"]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX with the page header 取扱注意 (handling classification) to an external bank",
})

_p = people(58, 1)[0]
MESSAGES.append({
    "id": "bank-058", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HASEBE,
    "to": ["楠法律事務所 <info@kusunoki-law.jp>"],
    "subject": "陳述書写しの送付（令和7年(ル)第3350号）",
    "body": f"""楠法律事務所 御中

お世話になっております。日の出産業 財務部の長谷部です。
標記事件の第三債務者陳述書の写しをPDF（パスワード付）でお送りします。
パスワードは事務所代表番号へお電話でお伝えいたします。

{SIG_HASEBE}
""",
    "attachments": [{"kind": "pdf", "name": "chinjutsusho_3350.pdf", "password": "kusu3350",
                     "lines": ["第三債務者の陳述書", f"債務者 {_p['name']}", "差押債権の存否：あり"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an external law office: cannot be inspected",
})

MESSAGES.append({
    "id": "bank-059", "expect": "pass", "charset": "shift_jis",
    "sender": TATEWAKI,
    "to": ["経営企画部 <keiki@hinode-sangyo.co.jp>"],
    "cc": ["左右田 健吾 <soda.kengo@finance.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】グループ資金計画 FY2026（取締役会資料案）",
    "body": f"""経営企画部 各位

財務部の帯刀です。
取締役会資料のうち、資金計画パートの案をお送りします。
ファイルはパスワード付ZIPです（パスワードはTeamsでお送りします）。

社外秘につき、社外への転送はご遠慮ください。

{SIG_TATEWAKI}
""",
    "attachments": [{"kind": "zip", "name": "shikin_keikaku_FY2026.zip", "password": "Keiki2026!",
                     "files": [{"kind": "xlsx", "name": "shikin_keikaku.xlsx",
                                "sheets": {"計画": [["項目", "金額"], ["調達", "120億円"]]}}]}],
    "entities": [], "detectors": [],
    "note": "confidential stamp and an encrypted ZIP, but every recipient is internal",
})

_p = people(60, 7)
MESSAGES.append({
    "id": "bank-060", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["ツバサシステム サポートデスク <payroll-support@tsubasa-system.jp>"],
    "subject": "FW: 浜松工場 振込口座変更届（7名分）",
    "body": f"""ツバサシステム サポートデスク御中

お世話になっております。日の出産業の乙部です。
浜松工場の総務から届いた口座変更届のメールを添付（転送）します。
マスタの一括更新をお願いできますでしょうか。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "eml", "name": "浜松工場_口座変更届.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "浜松工場 総務課 桧山 <hiyama.soumu@hinode-sangyo.co.jp>",
        "to": [OTOBE],
        "subject": "振込口座変更届（7名分）",
        "body": "乙部さん\n\nお疲れさまです。浜松工場総務の桧山です。\n今月の口座変更届を取りまとめました。\n\n" +
                padded([["社員番号", "氏名", "新口座", "携帯"]] +
                       [[p["emp"], p["name"], f'{p["bank"]} {p["branch"]} {p["kind"]} {p["acct"]}', p["tel"]] for p in _p]) +
                "\n\n原本は社内便で送ります。\n桧山\n",
    }}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached (forwarded) mail listing 7 employees' new accounts and mobiles, to the vendor",
})

_p = people(61, 1)[0]
MESSAGES.append({
    "id": "bank-061", "expect": "stop", "charset": "shift_jis",
    "sender": MAKABE,
    "to": ["みどり銀行 外為センター <gaitame@midori-ginko.co.jp>"],
    "subject": "海外送金（社員の赴任支度金）に係る本人確認情報",
    "body": f"""みどり銀行 外為センター
ご担当者様

お世話になっております。日の出産業 財務部の真壁です。
12月にシンガポールへ赴任する社員の支度金を、本人名義の現地口座へ送金いたします。
犯収法上の確認事項として、受取人の情報をお知らせします。

　受取人：{_p["name"]}（{_p["ROMAJI"]}）
　生年月日：{_p["dob"].isoformat()}
　国内住所：{_p["addr"]}
　旅券番号：TZ{random.Random(611).randint(1000000, 9999999)}
　送金額：SGD 12,000
　受取口座：Pacific Harbor Bank, Orchard Branch, 0127-553810-001

{SIG_MAKABE}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "an employee's passport number with DOB and address in a remittance request to a bank",
})

_p = people(62, 4)
MESSAGES.append({
    "id": "bank-062", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["星空銀行 丸の内支店 法人課 <hojin.marunouchi@hoshizora-bank.co.jp>"],
    "subject": "インターネットバンキング操作説明会 出席者のご連絡",
    "body": f"""星空銀行 丸の内支店 法人課
ご担当者様

お世話になっております。日の出産業の汐見です。
12月2日の操作説明会には、以下4名が出席いたします。
当日の緊急連絡先として携帯番号を記載しておきます。

""" + "\n".join(f"　{p['name']}（{p['dept']}）　携帯 {p['tel']}" for p in _p) + f"""

よろしくお願いいたします。

{SIG_SHIOMI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four attendees with mobile numbers: below five people, may warn",
})

_p = people(63, 5)
_inc = ["年収 620万円", "年収 540万円", "年収 810万円", "年収 455万円", "年収 700万円"]
MESSAGES.append({
    "id": "bank-063", "expect": "stop", "charset": "utf-8",
    "sender": SODA,
    "to": ["星空銀行 横浜駅前支店 住宅ローンプラザ <loanplaza.yokohama@hoshizora-bank.co.jp>"],
    "subject": "提携住宅ローン ご紹介（5名）",
    "body": f"""星空銀行 住宅ローンプラザ
ご担当者様

お世話になっております。日の出ファイナンス 融資課の左右田です。
職域提携住宅ローンについて、社内融資からの借換えを希望する社員5名をご紹介します。
各人に直接ご連絡いただいて構わない旨、本人の了承を得ております。

""" + "\n".join(f"""■ {i + 1}人目
　氏名　　　{p['name']}（{p['kana']}）
　生年月日　{wareki(p['dob'], 'short')}
　連絡先　　{p['tel']}
　現住所　　{p['addr']}
　{_inc[i]}／勤続{8 + i * 3}年
""" for i, p in enumerate(_p)) + f"""
お手数ですが、事前審査の結果を当方にもご共有ください。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five employees, one record per block (DOB, mobile, address, income), sent to a bank",
})

MESSAGES.append({
    "id": "bank-064", "expect": "pass", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["みどり銀行 法人営業部 東雲様 <shinonome.keisuke@midori-ginko.co.jp>"],
    "cc": ["白川法律事務所 真柴先生 <mashiba@shirakawa-law.jp>"],
    "subject": "預金差押えへの対応手順について（ご相談）",
    "body": f"""東雲様
（cc：白川法律事務所 真柴先生）

お世話になっております。日の出産業 財務部の長谷部です。

当社の取引先が当社名義の預金を差し押さえた場合の、貴行内での処理の流れについて
一般論として教えていただけますでしょうか。
真柴先生には、当社側で準備すべき書類についてご助言をお願いしております。

特定の事案が発生しているわけではなく、社内規程の整備のためのご相談です。

{SIG_HASEBE}
""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two partner organisations (bank and law firm) in To/Cc: a normal three-way mail",
})

_p = people(65, 1)[0]
MESSAGES.append({
    "id": "bank-065", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 蒲田支店 <kamata-eigyo@midori-ginko.co.jp>"],
    "subject": "社員の給与受取口座に関するご相談（無利息口座）",
    "body": f"""みどり銀行 蒲田支店
ご担当者様

お世話になっております。日の出産業の乙部です。

当社社員の{_p["name"]}さん（{_p["dept"]}）から、信仰上の理由（イスラム教の教義により
利息の受け取りができない）で、給与受取口座を無利息型の決済用預金に変更したいとの
申し出がありました。

現在の口座：蒲田支店 普通 {_p["acct"]}

同じ口座番号のまま決済用預金へ切り替えることは可能でしょうか。
また、社内融資の返済（利息含む）についても配慮が必要か、本人と相談しております。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's religion (信条) disclosed to a bank: 要配慮個人情報 of one person",
})

MESSAGES.append({
    "id": "bank-066", "expect": "stop", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["東雲 啓介 <shinonome.keisuke@midori-ginko.jp>"],
    "subject": "ご挨拶と今後の定例会について",
    "body": f"""みどり銀行 法人営業部
東雲様

先日はご丁寧にご挨拶いただきありがとうございました。日の出産業の汐見です。
前任の仁平様と同様、月次の定例会（第2火曜 15時）を継続させていただければ幸いです。
次回は12月9日を予定しております。

{SIG_SHIOMI}
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginko.jp: the partner bank's domain with co. dropped",
})

MESSAGES.append({
    "id": "bank-067", "expect": "pass", "charset": "utf-8",
    "sender": SODA,
    "to": ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    "subject": "日の出グループ各社 お支払口座一覧（口座集約に伴う変更）",
    "body": f"""青葉運輸株式会社
経理課 ご担当者様

いつもお世話になっております。日の出ファイナンスの左右田です。
2026年4月からの口座集約に伴い、グループ各社へのお支払口座が変わります。
お手数ですが、支払先マスタの更新をお願いいたします。

{padded([["会社名", "銀行・支店", "種別", "口座番号", "口座名義"],
         ["日の出産業（株）", "みどり銀行 本店営業部", "当座", "0219934", "ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ"],
         ["日の出ファイナンス（株）", "みどり銀行 本店営業部", "普通", "4418207", "ﾋﾉﾃﾞﾌｱｲﾅﾝｽ(ｶ"],
         ["日の出ロジテック（株）", "みどり銀行 本店営業部", "当座", "0220041", "ﾋﾉﾃﾞﾛｼﾞﾃﾂｸ(ｶ"],
         ["日の出フードサービス（株）", "みどり銀行 本店営業部", "当座", "0220158", "ﾋﾉﾃﾞﾌｰﾄﾞｻｰﾋﾞｽ(ｶ"],
         ["浜松日の出精工（株）", "みどり銀行 浜松支店", "当座", "0108872", "ﾊﾏﾏﾂﾋﾉﾃﾞｾｲｺｳ(ｶ"],
         ["日の出エステート（株）", "みどり銀行 本店営業部", "普通", "4420176", "ﾋﾉﾃﾞｴｽﾃｰﾄ(ｶ"]])}

変更通知書（押印版）は郵送いたします。

{SIG_SODA}
""",
    "entities": [], "detectors": [],
    "note": "a list of group companies' bank accounts: businesses, not people",
})

_p = people(68, 1)[0]
_c = CN()
MESSAGES.append({
    "id": "bank-068", "expect": "stop", "charset": "utf-8",
    "sender": HASEBE,
    "to": ["ひなたカード 不正利用調査室 <fusei-chosa@hinata-card.co.jp>"],
    "subject": "不正利用の調査依頼（社員個人カード・会社立替精算に関連）",
    "body": f"""ひなたカード株式会社
不正利用調査室 御中

お世話になっております。日の出産業 財務部の長谷部です。

当社社員が出張費の立替に使用した個人カードに身に覚えのない利用があるとのことで、
会社経由で調査を依頼したいと本人から申し出がありました。

　会員氏名：{_p["name"]}
　カード番号：{_c}
　連絡先：{_p["tel"]}
　不審な利用：10月31日 海外EC加盟店 USD 1,280.00 ほか2件

本人の同意書は別途FAXいたします。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a private card number with the holder's name and mobile sent to the card company",
})

_p = people(69, 3)
MESSAGES.append({
    "id": "bank-069", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["ツバサシステム 秋津様 <akitsu@tsubasa-system.jp>"],
    "subject": "振込不能の再発防止（マスタ修正3件）",
    "body": f"""秋津様

お世話になっております。日の出産業の乙部です。
10月度に不能となった3件について、マスタの修正内容をPDFにまとめました。
お手すきの際にご確認ください。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "pdf", "name": "master_shusei_3ken.pdf",
                     "lines": ["給与振込マスタ修正（3件）", ""],
                     "table": [["社員番号", "氏名", "修正前口座", "修正後口座"]] +
                              [[p["emp"], p["name"], f"{p['branch']} {int(p['acct']) - 11}", f"{p['branch']} {p['acct']}"] for p in _p]}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "PDF with three employees' accounts: under five people, may warn",
})

MESSAGES.append({
    "id": "bank-070", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Daniel Ortega <d.ortega@meridiantrust.com>"],
    "subject": "Mutual NDA – cash pooling feasibility study",
    "body": f"""Dear Daniel,

Thank you for the call yesterday. Before we share our group entity structure and
account balances for the cash pooling feasibility study, our legal team would like
to have a mutual non-disclosure agreement in place.

Attached comments in short:
 - Clause 3: please include our group finance company (Hinode Finance Co., Ltd.)
   as a permitted recipient.
 - Clause 7: term of confidentiality obligations 5 years after termination.
 - Governing law: Japan; venue: Tokyo District Court.

If acceptable, we can sign electronically via DocuSign next week.

Best regards,
Kenta

{SIG_MAKABE}

{DISC_EN}
""",
    "entities": [], "detectors": [],
    "note": "English mail about an NDA plus the standard disclaimer: no marking, no personal data",
})

_p = people(71, 1)[0]
MESSAGES.append({
    "id": "bank-071", "expect": "stop", "charset": "shift_jis",
    "sender": SODA,
    "to": ["ひばり生命 団体保険部 <dantai@hibari-life.co.jp>"],
    "subject": "団体信用生命保険 告知内容の照会（HF-25-0447）",
    "body": f"""ひばり生命保険 団体保険部
ご担当者様

お世話になっております。日の出ファイナンス 融資課の左右田です。
社内住宅融資の団信加入にあたり、告知書の内容について引受可否を照会いたします。

　被保険者：{_p["name"]}（{wareki(_p["dob"])}生）
　保険金額：18,000,000円
　告知事項：
　　・2023年の健康診断でHbA1c 7.4%、2型糖尿病と診断。内服治療中。
　　・2024年に狭心症の疑いで心臓カテーテル検査（異常なし）。

主治医の意見書が必要であればお知らせください。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health-check results and diagnoses of a named borrower sent to an insurer",
})

MESSAGES.append({
    "id": "bank-072", "expect": "stop", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Grace Lim <grace.lim@pacificharbor-bank.com>",
           "Correspondent Banking Desk <cbdesk@lionrockbank.com.hk>",
           "Daniel Ortega <d.ortega@meridiantrust.com>"],
    "cc": ["帯刀 誠 <tatewaki.makoto@hinode-sangyo.co.jp>"],
    "subject": "RFP: Regional cash management (APAC) – Q&A session",
    "body": f"""Dear all,

Thank you for your interest in our RFP for regional cash management services.

We will hold a joint Q&A session for all invited banks:
  Date: 3 December 2025, 10:00-11:30 JST
  Format: Microsoft Teams (link to follow)

Please send your questions by 28 November. Answers will be shared with all
participants in anonymised form.

Best regards,

{SIG_MAKABE}
""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing overseas banks in To can see each other: should have been Bcc",
})

_p = people(73, 1)[0]
MESSAGES.append({
    "id": "bank-073", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "Re: Re: 申込番号 HF-25-0398 本人確認書類の件",
    "body": f"""日本従業員ローン保証 審査部 御中

お世話になっております。左右田です。
ご確認いただきありがとうございます。コピー原本は昨日郵送済みです。
審査結果をお待ちしております。

左右田

> 日の出ファイナンス 左右田様
>
> 番号の記載ありがとうございました。以下の内容で照合できました。
> 　氏名：{_p["name"]}
> 　運転免許証番号：第 30{random.Random(731).randint(1000000000, 9999999999)} 号
> 　住所：{_p["addr"]}
> 念のため、コピー原本もご郵送ください。
> 日本従業員ローン保証 審査部 芦田
""",
    "entities": [], "detectors": [],
    "note": "the licence number and address appear only in the quoted reply; the new text has nothing",
})

_p = people(74, 6)
MESSAGES.append({
    "id": "bank-074", "expect": "stop", "charset": "shift_jis",
    "sender": KATONO,
    "to": ["東都信用金庫 府中支店 <fuchu@toto-shinkin.jp>"],
    "subject": "社内融資返済の口座振替開始について（６名）",
    "body": f"""東都信用金庫 府中支店
ご担当者様

お世話になっております。日の出ファイナンスの上遠野です。
来年１月から社内融資の返済を口座振替とする社員のうち、
貴庫に口座をお持ちの方は下記６名です。依頼書の原本と照合をお願いいたします。

{zpadded([["氏名", "支店", "口座番号", "電話番号"]] + [[p["name_nosp"], ["本店", "府中支店", "西葛西支店"][i % 3], zen(p["acct"]), zen(p["tel"])] for i, p in enumerate(_p)])}

よろしくお願いいたします。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width padded table of 6 debtors (full-width account and phone numbers) to a shinkin bank",
})

_p = people(75, 6)
MESSAGES.append({
    "id": "bank-075", "expect": "pass", "charset": "utf-8",
    "sender": HASEBE,
    "to": ["左右田 健吾 <soda.kengo@finance.hinode-sangyo.co.jp>"],
    "subject": "法人カード 利用者一覧（限度額見直し用）",
    "body": f"""左右田さん

お疲れさまです。財務部の長谷部です。
限度額見直しの対象となる法人カードの利用者一覧です。グループ内の確認用です。

{tsv([["利用者", "所属", "カード番号", "現限度額"]] + [[p["name"], p["dept"], CN(), "500,000"] for p in _p])}

見直し案は来週の財務会議で説明します。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": [],
    "note": "card numbers of six cardholders, but sent only to the group finance company's internal subdomain",
})


# ========================================================================================
# 076-100
# ========================================================================================

MESSAGES.append({
    "id": "bank-076", "expect": "stop", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Grace Lim <grace.lim@pacificharbor-bank.com>"],
    "subject": "FX hedging policy and exposure summary for the facility review",
    "body": f"""Dear Grace,

As requested for the annual facility review, please find attached our FX hedging
policy and a summary of open exposures as of 31 October.

Happy to walk you through the figures on our call on Thursday.

Best regards,
Kenta

{SIG_MAKABE}
""",
    "attachments": [{"kind": "xlsx", "name": "FX_exposure_Oct2025.xlsx", "title": "FX exposure summary",
                     "page_header": "CONFIDENTIAL - Hinode Sangyo Treasury",
                     "sheets": {
                         "Summary": [["Hinode Sangyo Group - FX exposure (as of 31 Oct 2025)", "", "", ""],
                                     ["Currency", "Exposure (m)", "Hedged (m)", "Hedge ratio"],
                                     ["USD", 42.5, 31.0, "73%"], ["EUR", 8.2, 4.0, "49%"],
                                     ["CNY", 96.0, 48.0, "50%"], ["SGD", 6.1, 0.0, "0%"]],
                         "Policy": [["Item", "Rule"], ["Hedge horizon", "up to 12 months"],
                                    ["Min. ratio", "50% of forecast exposure"],
                                    ["Instruments", "FX forwards, plain vanilla options"]],
                     }}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "XLSX with a CONFIDENTIAL page header sent to an overseas bank",
})

MESSAGES.append({
    "id": "bank-077", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["日本従業員ローン保証 審査部 <shinsa@jel-hosho.co.jp>"],
    "subject": "審査資料の再送（HF-25-0452）",
    "body": f"""日本従業員ローン保証 審査部 御中

お世話になっております。左右田です。
先ほどお送りした源泉徴収票のPDFが開けないとのことでしたので、再送いたします。
こちらでも開けない場合はお知らせください。

{SIG_SODA}
""",
    "attachments": [{"kind": "corrupt", "name": "gensen_HF-25-0452.pdf"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt: its content cannot be checked",
})

MESSAGES.append({
    "id": "bank-078", "expect": "pass", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["社会保険労務士法人 金沢事務所 <info@sr-kanazawa.jp>"],
    "subject": "給与差押えの受付件数（年度推移）",
    "body": f"""金沢先生

お世話になっております。長谷部です。
研修資料に使う統計として、当社の差押命令の受付件数をまとめました。
（前回のスライドは個人名の入った演習ページを削除し、こちらに差し替えます）

{padded([["年度", "受付件数", "うち扶養料等", "うち滞納処分", "平均控除期間"],
         ["2021", "14", "3", "2", "19か月"], ["2022", "17", "4", "3", "16か月"],
         ["2023", "12", "2", "1", "21か月"], ["2024", "19", "5", "4", "14か月"],
         ["2025(10月まで)", "15", "4", "2", "—"]])}

よろしくお願いいたします。

{SIG_HASEBE}
""",
    "entities": [], "detectors": [],
    "note": "yearly garnishment counts: statistics without people",
})

_p = people(79, 1)[0]
MESSAGES.append({
    "id": "bank-079", "expect": "either", "charset": "utf-8",
    "sender": KATONO,
    "to": ["日本従業員ローン保証 債権管理部 <kanri@jel-hosho.co.jp>"],
    "subject": "返済猶予の申出について（K2022-0874）",
    "body": f"""日本従業員ローン保証 債権管理部 御中

お世話になっております。日の出ファイナンスの上遠野です。

契約番号 K2022-0874（借主：{_p["name"]}様）について、
ご本人が9月から療養のため休職しており、給与の支給が停止しているため、
復職までの間（最長6か月）元金の返済猶予を認めたいと考えております。

保証条件上、猶予にあたって貴社の事前承諾が必要とのことですので、
ご検討をお願いいたします。休職期間の見込みは人事部に確認中です。

{SIG_KATONO}
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named borrower on sick leave (療養のため休職) without a diagnosis: health-related or not is debatable",
})

_p = people(80, 10)
MESSAGES.append({
    "id": "bank-080", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["ツバサシステム 導入支援 秋津様 <akitsu@tsubasa-system.jp>"],
    "subject": "中途入社者 登録票（Word）送付",
    "body": f"""秋津様

お世話になっております。日の出産業の乙部です。
1月入社の中途採用者10名分の登録票をWordでお送りします。
新システムの移行テストにもお使いいただけるとのことでしたので、まとめて1ファイルにしています。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "docx", "name": "中途入社者登録票_202601.docx",
                     "paragraphs": ["中途入社者 登録票（2026年1月入社）", "日の出産業株式会社 財務部",
                                    "※給与振込口座および住所は本人届出のとおり"],
                     "tables": [[["No", "氏名", "住所", "振込先", "口座番号"]] +
                                [[str(i + 1), p["name"], f"〒{p['zip']} {p['addr']}", f"{p['bank']} {p['branch']}",
                                  f"{p['kind']} {p['acct']}"] for i, p in enumerate(_p)]]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 10 new hires with addresses and payroll accounts, to the vendor",
})

MESSAGES.append({
    "id": "bank-081", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["mizuho.kimata@icloud.com"],
    "subject": "社内融資（教育資金）の申込書類について",
    "body": f"""木全 様

日の出ファイナンス 融資課の左右田です。
育児休業中とのことで、ご指定の個人アドレス宛にお送りいたします。

お問い合わせの教育資金の申込書類は、社内ポータルの「各種申請＞社内融資」から
ダウンロードいただけます。休業中でポータルに入れない場合は、ご自宅へ郵送いたしますので
お知らせください。

申込の締切は毎月10日、審査会は同月第3火曜です。

{SIG_SODA}
""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "a single free-mail recipient (employee on leave), no personal data beyond the salutation",
})

MESSAGES.append({
    "id": "bank-082", "expect": "pass", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["星空銀行 丸の内支店 為替課 <kawase.marunouchi@hoshizora-bank.co.jp>"],
    "subject": "Re: 振込先口座の名義確認（外注先 1件）",
    "body": f"""星空銀行 丸の内支店 為替課
ご担当者様

お世話になっております。日の出産業の汐見です。
名義相違で保留となっている振込の件、外注先（個人事業主）に確認が取れました。

　振込先名義：ﾖｼｵｶ ｱﾂｼ（屋号なし）
　口座：星空銀行 町田支店 普通 5830217
　連絡先：090-6612-4073（ご本人携帯）

屋号「ヨシオカデザイン」での登録は誤りでしたので、個人名義で処理をお願いいたします。

{SIG_SHIOMI}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one sole proprietor's account and mobile for a name check: a single person, may warn",
})

MESSAGES.append({
    "id": "bank-083", "expect": "stop", "charset": "utf-8",
    "sender": TATEWAKI,
    "to": ["左右田 健吾 <soda.kengo@hinode-sangyo-co.jp>"],
    "subject": "月末のグループ内資金移動について",
    "body": f"""左右田さん

お疲れさまです。帯刀です。
月末の資金移動は以下で進めてください。

・日の出産業 → 日の出ファイナンス：貸付 3億円（11/28実行、CMS経由）
・日の出ファイナンス → 浜松日の出精工：貸付 1.2億円（設備資金）
・日の出ロジテック → 日の出産業：返済 0.8億円

CMSの承認は私が28日午前中に行います。

帯刀
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp: a hyphen in place of the dot in the company's own domain",
})

MESSAGES.append({
    "id": "bank-084", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["北国フーズ 経理部 雪村様 <yukimura@kitaguni-foods.co.jp>"],
    "subject": "二重入金のご返金について",
    "body": f"""北国フーズ株式会社
経理部 雪村様

いつもお世話になっております。日の出産業 財務部の汐見です。

10月31日に請求書番号 HS-2510-0412（3,245,000円）のお振込を2回いただいておりました。
重複分につきまして、下記の貴社口座へ11月14日にご返金いたします。

　返金先：北国銀行 札幌中央支店 当座 0048813 キタグニフーズ（カ
　返金額：3,245,000円（振込手数料は弊社負担）

ご確認のほどよろしくお願いいたします。
ご不明点は私（直通 03-5472-8810）までご連絡ください。

{SIG_SHIOMI}

{DISC_JA}
""",
    "entities": [], "detectors": [],
    "note": "refund to a partner company's business account, one business contact: no personal data",
})

MESSAGES.append({
    "id": "bank-085", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Grace Lim <grace.lim@pacificharbor-bank.com>"],
    "cc": ["Correspondent Banking Desk <cbdesk@lionrockbank.com.hk>"],
    "subject": "Standby L/C for Hinode Trading (HK) – issuing and advising bank coordination",
    "body": f"""Dear Grace, dear Mr. Chow,

As discussed, Pacific Harbor Bank will issue the standby letter of credit in favour of
our Hong Kong subsidiary's landlord, and Lion Rock Bank will act as advising bank.

  Applicant: Hinode Sangyo Co., Ltd.
  Beneficiary: Harbourfront Properties Ltd.
  Amount: HKD 2,400,000.00
  Expiry: 30 November 2026

Could you please align directly on the SWIFT MT760 format? I am copying both of
you so that we avoid another round trip.

Best regards,
Kenta

{SIG_MAKABE}
""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external banks in To/Cc for a three-way coordination: normal",
})

_p = people(86, 5)
MESSAGES.append({
    "id": "bank-086", "expect": "stop", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["楠法律事務所 弁護士 楠 <kusunoki@kusunoki-law.jp>"],
    "subject": "差押え取下げ・取消の状況確認のお願い",
    "body": f"""楠先生

お世話になっております。日の出産業 財務部の長谷部です。
貴職が債権者代理人となっている差押えのうち、弊社で控除を継続している社員は以下のとおりです。
取下げ・完済の見込みがあれば教えていただけますでしょうか。

""" + "\n".join(f"・{p['name']}（{p['addr']}）　控除開始 {2022 + i % 3}年{i + 3}月／累計控除 {yen((i + 4) * 61200)}円"
                for i, p in enumerate(_p)) + f"""

控除額の明細は別途お送りできます。

{SIG_HASEBE}
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "bullet list of 5 garnished employees with home addresses to a law office",
})

_d = people(87, 3)
MESSAGES.append({
    "id": "bank-087", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["星空銀行 丸の内支店 法人課 <hojin.marunouchi@hoshizora-bank.co.jp>"],
    "subject": "日の出ファイナンス 取引時確認（役員情報の更新）",
    "body": f"""星空銀行 丸の内支店 法人課
ご担当者様

お世話になっております。日の出ファイナンスの左右田です。
役員変更に伴い、取引時確認の登録情報の更新をお願いいたします。

　代表取締役　{_d[0]["name"]}　{_d[0]["dob"].strftime("%Y/%m/%d")}生
　取締役　　　{_d[1]["name"]}　{_d[1]["dob"].strftime("%Y/%m/%d")}生（新任）
　監査役　　　{_d[2]["name"]}　{_d[2]["dob"].strftime("%Y/%m/%d")}生

履歴事項全部証明書（11月10日取得）は郵送いたします。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three officers' names and birth dates for KYC: under five people, may warn",
})

_p = people(88, 5)
_nat = [("TRAN VAN DUC", "ベトナム"), ("SITI NURHALIZA", "インドネシア"), ("MAUNG THET NAING", "ミャンマー"),
        ("REYES MARIA CLARA", "フィリピン"), ("NGUYEN MINH KHOA", "ベトナム")]
MESSAGES.append({
    "id": "bank-088", "expect": "stop", "charset": "utf-8",
    "sender": OTOBE,
    "to": ["星空銀行 横浜駅前支店 <yokohama-eki@hoshizora-bank.co.jp>"],
    "subject": "技能実習生の給与口座 一括開設（5名）の事前送付資料",
    "body": f"""星空銀行 横浜駅前支店
ご担当者様

お世話になっております。日の出産業の乙部です。
1月に川崎工場へ配属される技能実習生5名の口座開設について、
事前に本人情報をCSVでお送りします。来店時は監理団体の通訳が同行します。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "csv", "name": "jisshusei_kouza_kaisetsu.csv", "encoding": "utf-8",
                     "rows": [["氏名（ローマ字）", "国籍", "生年月日", "在留カード番号", "住所（寮）"]] +
                             [[n, c, date(1996 + i, 3 + i, 7 + i * 4).isoformat(),
                               f"{'ABCDE'[i]}{'KLMNP'[i]}{random.Random(880 + i).randint(10000000, 99999999)}{'FGHJK'[i]}{'QRSTU'[i]}",
                               f"神奈川県川崎市川崎区浅田2-8-{i + 1} 日の出寮"] for i, (n, c) in enumerate(_nat)]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV with five trainees' residence card numbers and birth dates to a bank",
})

_d = people(89, 5)
MESSAGES.append({
    "id": "bank-089", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Shota Kumagai <kumagai.shota@hinode-sangyo.co.jp>"],
    "subject": "Signatory list for the new Singapore account",
    "body": f"""Kumagai-san,

For the Singapore account opening, here are the signatories' passport details as
collected by HR. Please check them against the copies before I send anything to the bank.

{padded([["Name", "Date of birth", "Passport No.", "Expiry"]] + [[p["ROMAJI"], p["dob"].isoformat(), f"T{'KRZSM'[i]}{random.Random(890 + i).randint(1000000, 9999999)}", f"203{i}-0{i + 2}-15"] for i, p in enumerate(_d)])}

Thanks,
Kenta
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": [],
    "note": "passport numbers of five people, but the only recipient is an internal colleague",
})

_p = people(90, 1)[0]
MESSAGES.append({
    "id": "bank-090", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTOBE,
    "to": ["みどり銀行 川崎支店 <kawasaki-eigyo@midori-ginko.co.jp>"],
    "subject": "社員の口座に関する情報開示制限のご相談",
    "body": f"""みどり銀行 川崎支店
ご担当者様

お世話になっております。日の出産業 財務部の乙部です。

当社社員の{_p["name"]}さんが、元配偶者からのDV被害により、現在、警察および市の支援を受けて
避難中です（住民基本台帳の閲覧制限の支援措置を受けております）。
本人の給与受取口座（川崎支店 普通 {_p["acct"]}）について、
第三者からの照会があっても住所等を開示しないよう、支店内でご配慮いただくことは可能でしょうか。

本人の同意を得てご相談しております。

{SIG_OTOBE}
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee as a victim of domestic violence (crime victim) disclosed to a bank",
})

MESSAGES.append({
    "id": "bank-091", "expect": "stop", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Daniel Ortega <d.ortega@meridiantrust.com>"],
    "subject": "Cash pooling – our current structure (for the feasibility study)",
    "body": f"""Dear Daniel,

Now that the NDA is signed, please find attached a short deck on our current
account structure and the pooling options we are considering.

Best regards,
Kenta

{SIG_MAKABE}
""",
    "attachments": [{"kind": "pptx", "name": "Hinode_CashPooling_Structure.pptx", "title": "Cash pooling study",
                     "page_footer": "Internal Only – Hinode Sangyo Treasury",
                     "slides": [["Hinode Group – current account structure", "14 entities, 6 countries",
                                 "62 bank accounts at 11 banks", "Average idle cash: JPY 9.8bn"],
                                ["Pooling options", "Physical pooling (ZBA) in JPY",
                                 "Notional pooling in USD/SGD", "In-house bank via Hinode Finance"],
                                ["Next steps", "Tax review (transfer pricing)", "Bank RFP in Q1 2026"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX stamped 'Internal Only' on every slide, sent to an external bank",
})

MESSAGES.append({
    "id": "bank-092", "expect": "stop", "charset": "shift_jis",
    "sender": HASEBE,
    "to": ["白川法律事務所 真柴先生 <mashiba@shirakawa-law.jp>"],
    "subject": "控除額計算書（令和7年(ル)第3127号）",
    "body": f"""真柴先生

お世話になっております。長谷部です。
11月分の控除額計算書をWordでお送りします。

{SIG_HASEBE}
""",
    "attachments": [{"kind": "corrupt", "name": "koujogaku_keisan_3127.docx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "bank-093", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SHIOMI,
    "to": ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    "cc": ["みどり銀行 法人営業部 東雲様 <shinonome.keisuke@midori-ginko.co.jp>"],
    "subject": "運賃お支払いの一括ファクタリング移行について",
    "body": f"""青葉運輸株式会社 経理課 ご担当者様
（cc：みどり銀行 東雲様）

いつもお世話になっております。日の出産業 財務部の汐見です。

来年4月から、貴社への運賃のお支払いを、みどり銀行の一括ファクタリングに移行したいと考えております。
貴社は期日前に資金化が可能となり、手数料は日割り（年1.2％程度）と伺っています。
制度の詳細はみどり銀行の東雲様からご説明いただく予定です。

12月中に一度、三社でお打ち合わせの場を設けさせてください。

{SIG_SHIOMI}
""",
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two partner organisations (a carrier and a bank) in To/Cc: a normal three-way mail",
})

MESSAGES.append({
    "id": "bank-094", "expect": "pass", "charset": "shift_jis",
    "sender": OTOBE,
    "to": ["錦印刷 営業部 水無瀬様 <minase@nishiki-insatsu.co.jp>"],
    "subject": "振込依頼書（当社専用）の版下修正",
    "body": f"""水無瀬様

お世話になっております。日の出産業の乙部です。
当社専用の振込依頼書について、ロゴを新しいものに差し替えてください。
ロゴデータ（PNG）を添付します。

・受取人欄：「日の出産業株式会社」→「日の出産業（株）財務部」
・振込先の印字：みどり銀行 本店営業部 当座 0219934
・部数：2,000部

{SIG_OTOBE}
""",
    "attachments": [{"kind": "png", "name": "hinode_logo_2025.png"}],
    "entities": [], "detectors": [],
    "note": "a print order with the company's own account and a logo image: nothing personal",
})

MESSAGES.append({
    "id": "bank-095", "expect": "either", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Correspondent Banking Desk <cbdesk@lionrockbank.com.hk>",
           "LRB Singapore Ops <sg.ops@lionrockbank.com.sg>"],
    "cc": ["みどり銀行 外為センター <gaitame@midori-ginko.co.jp>"],
    "subject": "Onboarding of our SG entity – document flow between your HK and SG offices",
    "body": f"""Dear Lion Rock team (HK / SG),
Dear Midori Bank FX Center,

To speed up the onboarding of Hinode Trading (Singapore) Pte. Ltd., we suggest that
Lion Rock Hong Kong forwards the KYC file it already holds to Lion Rock Singapore,
and that Midori Bank (as our relationship bank in Japan) provides the bank reference
letter directly to Singapore.

Could each of you confirm that this flow is acceptable?

Best regards,
Kenta

{SIG_MAKABE}
""",
    "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external domains visible, but two are the same bank group (.com.hk/.com.sg): two or three parties",
})

_p = people(96, 1)[0]
_m = MN()
MESSAGES.append({
    "id": "bank-096", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KATONO,
    "to": ["大平税理士事務所 <office@ohira-tax.jp>"],
    "subject": "退職所得の源泉徴収票（控え）送付",
    "body": f"""大平税理士事務所 御中

お世話になっております。日の出ファイナンスの上遠野です。
社内融資の相殺を行った退職者について、退職所得の源泉徴収票（控え）をPDFでお送りします。
相殺処理の税務上の取扱いについてご確認をお願いいたします。

{SIG_KATONO}
""",
    "attachments": [{"kind": "pdf", "name": "taishoku_gensen_hikae.pdf", "title": "退職所得の源泉徴収票（控）",
                     "lines": ["令和7年分 退職所得の源泉徴収票・特別徴収票（控）",
                               f"支払を受ける者　住所：{_p['addr']}",
                               f"氏名：{_p['name']}　個人番号：{_m}",
                               "支払金額：18,600,000円　源泉徴収税額：512,340円",
                               "退職所得控除額：15,800,000円（勤続32年）",
                               "社内融資残債相殺額：1,126,400円"]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF withholding slip carrying a retiree's My Number, sent to an outside tax office",
})

_p = people(97, 1)[0]
_m = MN()
MESSAGES.append({
    "id": "bank-097", "expect": "stop", "charset": "shift_jis",
    "sender": OTOBE,
    "to": ["あさひの信託銀行 財形事務課 <zaikei@asahino-trust.co.jp>"],
    "subject": "財形年金貯蓄 非課税申告書（記載内容のご確認）",
    "body": f"""あさひの信託銀行 財形事務課 御中

お世話になっております。日の出産業の乙部です。
財形年金貯蓄の非課税申告書につき、個人番号欄の記載内容を入力したファイルを添付します。
原本との照合をお願いいたします。

{SIG_OTOBE}
""",
    "attachments": [{"kind": "docx", "name": "財形年金_非課税申告書_入力内容.docx",
                     "paragraphs": ["財産形成年金貯蓄非課税申告書（入力内容）", "勤務先：日の出産業株式会社"],
                     "tables": [[["項目", "記載内容"], ["氏名", _p["name"]], ["フリガナ", _p["kana"]],
                                 ["生年月日", wareki(_p["dob"])], ["住所", _p["addr"]],
                                 ["個人番号", " ".join([_m[:4], _m[4:8], _m[8:]])],
                                 ["最高限度額", "5,500,000円"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX with an employee's My Number for a tax-exempt savings declaration, to a trust bank",
})

_p = people(98, 1)[0]
MESSAGES.append({
    "id": "bank-098", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SODA,
    "to": ["人事部 労務グループ <romu@hinode-sangyo.co.jp>"],
    "subject": "社内融資申込者の在籍・休職状況の確認",
    "body": f"""人事部 労務グループ ご担当者様

お疲れさまです。日の出ファイナンス 融資課の左右田です。
下記の申込者について、在籍状況と休職予定の有無を確認させてください。

　氏名：{_p["name"]}（社員番号 {_p["emp"]}）
　生年月日：{wareki(_p["dob"], "short")}
　申込内容：生活資金 800,000円
　本人申告：パニック障害の治療のため、12月から1か月程度の休職を予定

休職中の返済は賞与からの一括返済を希望されています。

{SIG_SODA}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an applicant's diagnosis, but only between the group finance subdomain and HR: internal",
})

_p = people(99, 1)[0]
MESSAGES.append({
    "id": "bank-099", "expect": "pass", "charset": "utf-8",
    "sender": MAKABE,
    "to": ["Payments Operations <payments.ops@lionrockbank.com.hk>"],
    "subject": "Payment instruction – relocation allowance (1 payee)",
    "body": f"""Dear Payments Operations team,

Please process the following single payment from our USD account:

  Beneficiary : {_p["ROMAJI"]}
  Account     : 582-114093-838 (Lion Rock Bank, Central)
  Amount      : HKD 38,500.00
  Reference   : RELOCATION ALLOWANCE NOV25
  Value date  : 21 November 2025

The beneficiary is our employee seconded to Hinode Trading (HK) Ltd.

Best regards,
Kenta

{SIG_MAKABE}

{DISC_EN}
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one employee's name and overseas account in a payment instruction: a single person",
})

MESSAGES.append({
    "id": "bank-100", "expect": "pass", "charset": "shift_jis",
    "sender": SHIOMI,
    "to": ["みどり銀行 法人営業部 東雲様 <shinonome.keisuke@midori-ginko.co.jp>"],
    "subject": "Re: 年末年始の窓口営業および伝送受付時間のご案内",
    "body": f"""東雲様

お世話になっております。日の出産業の汐見です。
ご案内ありがとうございます。社内の関係部署に周知いたします。
12月30日の伝送受付が正午までとなる点、承知いたしました。

引き続きよろしくお願いいたします。

{SIG_SHIOMI}

差出人: 東雲 啓介 <shinonome.keisuke@midori-ginko.co.jp>
送信日時: 2025年11月20日 10:05
宛先: 汐見 遼子 <shiomi.ryoko@hinode-sangyo.co.jp>
件名: 年末年始の窓口営業および伝送受付時間のご案内

日の出産業株式会社 財務部 汐見様

いつもお世話になっております。みどり銀行の東雲でございます。
年末年始の窓口営業および伝送受付時間をご案内いたします。
　12月30日（火）窓口 9:00～15:00／伝送受付 ～12:00
　12月31日（水）～1月3日（土）休業
　1月5日（月）通常営業

みどり銀行 法人営業部 調査役 東雲 啓介
TEL 03-3431-0157
""",
    "entities": [], "detectors": [],
    "note": "a short reply with the bank's notice quoted under 差出人/送信日時: ordinary business mail",
})
