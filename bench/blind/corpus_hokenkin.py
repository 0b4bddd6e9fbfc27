"""Blind corpus — AREA: hokenkin (団体保険・保険金請求).

The general affairs team (総務部 総務課 福利厚生・団体保険担当) of 日の出産業 handles the
group insurance of employees and their families: enrolment and annual renewal of the
団体定期保険 / 団体医療保険 / GLTD / 団体傷害保険 with insurers and the agent
(代理店), claims for hospital stays, accidents at work and on the road, death benefits,
payouts to bank accounts, retirees' continued cover, and the paperwork around them
(支払調書 and マイナンバー, 健康保険証, 診断書, 労災).

Every person, number and address below is invented; My Numbers and card numbers come
from build.py's helpers.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 43401


def mn(k: int) -> str:
    """My Number #k of this file (k in 1..49, each used once)."""
    return my_number(SEED + k)


def cardno(k: int) -> str:
    """Card number #k of this file (k in 201..249, each used once)."""
    return card_number(SEED + k)


def corp_no(base12: str) -> str:
    """A 13-digit 法人番号 with its check digit in front."""
    s = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base12)))
    return str(9 - s % 9) + base12


# -- small text helpers ----------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.:/() SHRT", "０１２３４５６７８９－．：／（）　ＳＨＲＴ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wid(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - wid(s), 0)


def zpad(s: str, n: int) -> str:
    """pad with full-width spaces to n display columns"""
    return s + "　" * max((n - wid(s)) // 2, 0)


def wareki(d: date, style: str = "kanji") -> str:
    if d < date(1989, 1, 8):
        era, y, ab = "昭和", d.year - 1925, "S"
    elif d < date(2019, 5, 1):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "令和", d.year - 2018, "R"
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{ab}{y}.{d.month}.{d.day}")
    if style == "zenkanji":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    raise ValueError(style)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def age_on(d: date, on: date = date(2026, 12, 1)) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


# -- invented people ------------------------------------------------------------------

_SEI = [
    ("相葉", "アイバ", "Aiba"), ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("小豆沢", "アズサワ", "Azusawa"), ("薬袋", "ミナイ", "Minai"),
    ("鬼頭", "キトウ", "Kito"), ("比嘉", "ヒガ", "Higa"), ("漆原", "ウルシバラ", "Urushibara"),
    ("百目鬼", "ドウメキ", "Domeki"), ("一戸", "イチノヘ", "Ichinohe"), ("丹羽", "ニワ", "Niwa"),
    ("日下部", "クサカベ", "Kusakabe"), ("御手洗", "ミタライ", "Mitarai"), ("奥寺", "オクデラ", "Okudera"),
    ("片桐", "カタギリ", "Katagiri"), ("砂川", "スナガワ", "Sunagawa"), ("早乙女", "サオトメ", "Saotome"),
    ("宇佐美", "ウサミ", "Usami"), ("千葉", "チバ", "Chiba"), ("高梨", "タカナシ", "Takanashi"),
    ("木暮", "コグレ", "Kogure"), ("橘", "タチバナ", "Tachibana"), ("水落", "ミズオチ", "Mizuochi"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("蓮見", "ハスミ", "Hasumi"), ("及川", "オイカワ", "Oikawa"),
    ("荻野", "オギノ", "Ogino"), ("真田", "サナダ", "Sanada"), ("長谷部", "ハセベ", "Hasebe"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("石動", "イスルギ", "Isurugi"), ("桐生", "キリュウ", "Kiryu"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("二階堂", "ニカイドウ", "Nikaido"), ("野々村", "ノノムラ", "Nonomura"),
    ("梶", "カジ", "Kaji"), ("仲宗根", "ナカソネ", "Nakasone"), ("安孫子", "アビコ", "Abiko"),
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"), ("阿部", "アベ", "Abe"), ("池田", "イケダ", "Ikeda"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"), ("原田", "ハラダ", "Harada"),
    ("中野", "ナカノ", "Nakano"), ("小野寺", "オノデラ", "Onodera"), ("矢作", "ヤハギ", "Yahagi"),
]
_MEI_M = [
    ("大翔", "ヒロト", "Hiroto"), ("蓮", "レン", "Ren"), ("健太郎", "ケンタロウ", "Kentaro"),
    ("昌平", "ショウヘイ", "Shohei"), ("達也", "タツヤ", "Tatsuya"), ("誠", "マコト", "Makoto"),
    ("修二", "シュウジ", "Shuji"), ("隆之", "タカユキ", "Takayuki"), ("悠真", "ユウマ", "Yuma"),
    ("和彦", "カズヒコ", "Kazuhiko"), ("哲也", "テツヤ", "Tetsuya"), ("光太", "コウタ", "Kota"),
    ("浩二", "コウジ", "Koji"), ("直樹", "ナオキ", "Naoki"), ("雄一", "ユウイチ", "Yuichi"),
    ("拓海", "タクミ", "Takumi"), ("剛", "ツヨシ", "Tsuyoshi"), ("賢治", "ケンジ", "Kenji"),
    ("翔太", "ショウタ", "Shota"), ("義男", "ヨシオ", "Yoshio"), ("孝", "タカシ", "Takashi"),
    ("慎吾", "シンゴ", "Shingo"), ("亮介", "リョウスケ", "Ryosuke"), ("一樹", "カズキ", "Kazuki"),
]
_MEI_F = [
    ("陽菜", "ヒナ", "Hina"), ("美咲", "ミサキ", "Misaki"), ("由紀子", "ユキコ", "Yukiko"),
    ("彩花", "アヤカ", "Ayaka"), ("真理", "マリ", "Mari"), ("恵美", "エミ", "Emi"),
    ("千夏", "チナツ", "Chinatsu"), ("奈々", "ナナ", "Nana"), ("久美子", "クミコ", "Kumiko"),
    ("紗希", "サキ", "Saki"), ("早苗", "サナエ", "Sanae"), ("結衣", "ユイ", "Yui"),
    ("葵", "アオイ", "Aoi"), ("智子", "トモコ", "Tomoko"), ("裕子", "ユウコ", "Yuko"),
    ("麻衣", "マイ", "Mai"), ("香織", "カオリ", "Kaori"), ("直美", "ナオミ", "Naomi"),
    ("瞳", "ヒトミ", "Hitomi"), ("沙織", "サオリ", "Saori"), ("桃子", "モモコ", "Momoko"),
]
_PLACES = [
    ("東京都", "府中市", "若松町", "183"), ("東京都", "江東区", "北砂", "136"),
    ("東京都", "練馬区", "石神井台", "177"), ("東京都", "町田市", "鶴間", "194"),
    ("東京都", "世田谷区", "桜丘", "156"), ("東京都", "葛飾区", "新小岩", "124"),
    ("神奈川県", "川崎市中原区", "木月", "211"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "相模原市南区", "上鶴間本町", "252"), ("神奈川県", "藤沢市", "辻堂元町", "251"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330"), ("埼玉県", "川口市", "芝新町", "333"),
    ("埼玉県", "所沢市", "小手指町", "359"), ("千葉県", "船橋市", "前原西", "274"),
    ("千葉県", "市川市", "行徳駅前", "272"), ("千葉県", "柏市", "明原", "277"),
    ("大阪府", "吹田市", "千里山西", "565"), ("大阪府", "豊中市", "服部元町", "561"),
    ("愛知県", "名古屋市港区", "港明", "455"), ("愛知県", "東海市", "加木屋町", "477"),
    ("兵庫県", "尼崎市", "塚口町", "661"), ("茨城県", "つくば市", "竹園", "305"),
]
_BUILDINGS = ["", "", "", "", "コーポ若葉201", "サンハイツ305号", "グランメゾン東館 502",
              "ハイム花水木 103", "メゾン・ド・ソレイユ 4F", "レジデンス桜 1108"]
_BANKS = [
    ("みどり銀行", "日本橋支店"), ("みどり銀行", "府中支店"), ("東央銀行", "川崎支店"),
    ("さくら台信用金庫", "本店営業部"), ("やまびこ銀行", "船橋北口支店"), ("北辰銀行", "吹田支店"),
    ("ゆうちょ銀行", "〇一八店"), ("港南信用金庫", "東海支店"), ("東央銀行", "所沢支店"),
]
_DEPTS = ["営業一部", "営業二部", "物流センター", "名古屋工場 製造課", "大阪支店 営業課",
          "経理部", "情報システム部", "品質保証部", "購買部", "名古屋工場 保全課", "総務部"]


def people(tag: str, n: int, y0: int = 1961, y1: int = 2002) -> list[dict]:
    rng = random.Random(f"{SEED}-{tag}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        sex = rng.choice("MF")
        mei = rng.choice(_MEI_M if sex == "M" else _MEI_F)
        key = sei[0] + mei[0]
        if key in used:
            continue
        used.add(key)
        dob = date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town, z3 = rng.choice(_PLACES)
        bld = rng.choice(_BUILDINGS)
        addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if bld:
            addr += " " + bld
        bank, branch = rng.choice(_BANKS)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name0": sei[0] + mei[0],
            "kana": f"{sei[1]} {mei[1]}", "roma": f"{mei[2]} {sei[2]}",
            "ROMA": f"{sei[2].upper()} {mei[2].upper()}",
            "sex": "男" if sex == "M" else "女", "MF": sex, "dob": dob,
            "zip": f"{z3}-{rng.randint(1, 9999):04d}", "pref": pref, "addr": addr,
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "email": f"{mei[2].lower()}.{sei[2].lower()}{rng.randint(2, 98)}@"
                     f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp'])}",
            "emp": f"{rng.choice('12345')}{rng.randint(0, 9999):04d}",
            "dept": rng.choice(_DEPTS), "bank": bank, "branch": branch,
            "acct": f"{rng.randint(1000000, 9999999)}",
            "ext": f"{rng.randint(2100, 5899)}",
        })
    return out


def aligned(rows: list[list[str]], gap: int = 2, full: bool = False) -> str:
    """columns padded with spaces (ASCII, or full-width when full=True)"""
    widths = [max(wid(str(r[i])) for r in rows if i < len(r)) for i in range(max(map(len, rows)))]
    lines = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i == len(r) - 1:
                cells.append(str(c))
            elif full:
                cells.append(zpad(str(c), widths[i] + gap + (widths[i] + gap) % 2))
            else:
                cells.append(pad(str(c), widths[i] + gap))
        lines.append("".join(cells).rstrip())
    return "\n".join(lines)


# -- the cast -------------------------------------------------------------------------

MURASE = "村瀬 美和子 <murase-m@hinode-sangyo.co.jp>"
KUGA = "久我 俊介 <s-kuga@hinode-sangyo.co.jp>"
NARASAKI = "楢崎 ひかる <h.narasaki@hinode-sangyo.co.jp>"
ONUKI = "大貫 恭平 <onuki@hinode-sangyo.co.jp>"
SAEKI = "佐伯 千尋 <chihiro.saeki@hinode-sangyo.co.jp>"
FUKURI = "日の出産業 福利厚生窓口 <fukuri@hinode-sangyo.co.jp>"
HASEGAWA = "Satoshi Hasegawa <satoshi.hasegawa@hinode-sangyo.co.jp>"
NAGUMO = "南雲 さやか <nagumo@mail.hinode-sangyo.co.jp>"
MIYAJI = "宮地 拓 <miyaji.taku@hinode-sangyo.co.jp>"

TOHO = "東邦生命保険 井ノ口様 <inokuchi.k@tohoseimei.co.jp>"
TOHO_PAY = "東邦生命 保険金部 平良様 <taira.m@tohoseimei.co.jp>"
SATSUKI = "さつき損保 真壁様 <makabe.y@satsuki-sonpo.co.jp>"
HIMAWARI = "道端 様 <michibata@himawari-hoken.co.jp>"
HIMAWARI2 = "宍戸 様 <shishido@himawari-hoken.co.jp>"
KOTONOHA = "社労士法人ことのは 緒方様 <ogata@kotonoha-sr.jp>"
MIDORI = "みどり銀行 田辺様 <tanabe.r@midori-ginko.co.jp>"
SHIRAKAWA = "速水 先生 <hayami@shirakawa-law.jp>"
CHOSA = "東日本損害調査 北条様 <hojo@higashinihon-chosa.co.jp>"
OAKES = "Jennifer Oakes <j.oakes@pacificcrest-assurance.com>"

SIG_MURASE = """
──────────────────────
日の出産業株式会社
総務部 総務課（福利厚生・団体保険担当）
村瀬 美和子（むらせ みわこ）
〒103-0027 東京都中央区日本橋2-8-5 日の出産業ビル7F
TEL 03-5201-4470（代表）／内線 2314
FAX 03-5201-4479
E-mail murase-m@hinode-sangyo.co.jp
──────────────────────"""

SIG_KUGA = """
-- 
日の出産業株式会社 総務部総務課 主任
久我 俊介  Shunsuke Kuga
TEL: 03-5201-4471 (直通)  FAX: 03-5201-4479
〒103-0027 東京都中央区日本橋2丁目8番5号"""

SIG_NARASAKI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業(株) 総務部 福利厚生グループ
楢崎 ひかる
内線：2318 ／ 直通：03-5201-4473
h.narasaki@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_ONUKI = """
日の出産業株式会社
総務部 総務課長　大貫 恭平
〒103-0027 東京都中央区日本橋2-8-5
TEL 03-5201-4470 ／ FAX 03-5201-4479"""

SIG_SAEKI = """
*******************************
人事部 給与厚生課
佐伯 千尋
日の出産業株式会社
TEL 03-5201-4480（直通）
*******************************"""

SIG_HASEGAWA = """
Best regards,

Satoshi Hasegawa
General Affairs Dept. / Global Mobility & Benefits
Hinode Sangyo Co., Ltd.
2-8-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4476"""

SIG_NAGUMO = """
------------------------------
日の出産業株式会社 大阪支店 総務課
南雲 さやか
〒530-0004 大阪府大阪市北区堂島浜1-4-16
TEL 06-6345-2210 ／ FAX 06-6345-2219
------------------------------"""

SIG_MIYAJI = """
日の出産業（株）名古屋工場 総務係
宮地 拓
〒455-0831 愛知県名古屋市港区十一屋2-3
TEL 052-661-3307 ／ 内線 51"""

SIG_FUKURI = """
----------------------------------------
日の出産業株式会社 総務部 福利厚生窓口
fukuri@hinode-sangyo.co.jp ／ 内線 2300
（受付時間 平日9:00～17:30）
----------------------------------------"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。本メールの無断転載・複製・開示はご遠慮ください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee(s). If you have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised copying, disclosure or distribution is
prohibited."""

MESSAGES: list[dict] = []

# ======================================================================================
# 001 — annual renewal: member list XLSX (two sheets, title rows) to the agent
_p = people("001", 36, 1962, 2003)
_honnin = [["総合福祉団体定期保険　2026年度更新　被保険者明細（本人）"],
           ["契約者：日の出産業株式会社　引受：東邦生命保険相互会社　作成日：2026/10/02"],
           [],
           ["No.", "社員番号", "氏名", "フリガナ", "性別", "生年月日", "年齢", "加入区分", "保険金額(万円)"]]
for i, q in enumerate(_p[:28], 1):
    _honnin.append([i, q["emp"], q["name"], q["kana"], q["sex"], ymd(q["dob"]), age_on(q["dob"]),
                    "変更" if i in (4, 17, 23) else "継続", [300, 500, 500, 800, 1000][i % 5]])
_haigu = [["被保険者明細（配偶者）"], [],
          ["No.", "本人社員番号", "配偶者氏名", "フリガナ", "生年月日", "保険金額(万円)"]]
for i, q in enumerate(_p[28:], 1):
    _e = _p[i * 2]
    _haigu.append([i, _e["emp"], _e["sei"] + " " + q["mei"], _e["kana"].split()[0] + " " + q["kana"].split()[1],
                   wareki(q["dob"], "abbr"), 200])
MESSAGES.append({
    "id": "hokenkin-001", "charset": "iso-2022-jp",
    "sender": MURASE, "to": [HIMAWARI], "cc": [KUGA],
    "subject": "【団体定期】2026年度更新 被保険者明細のご送付",
    "body": """株式会社ひまわり保険企画
道端 様

いつもお世話になっております。
日の出産業 総務部の村瀬でございます。

12月1日始期の総合福祉団体定期保険の更新につきまして、
被保険者明細を作成いたしましたので添付にてお送りいたします。

　・本人　　28名（うち保険金額の変更希望 3名）
　・配偶者　 8名
　　計　　　36名（前年比 ＋3名）

保険金額の変更希望者は「加入区分」列に「変更」と記載しております。
東邦生命様へご提出いただく前に、念のため内容をご確認いただけますと幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。
どうぞよろしくお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "xlsx", "name": "2026団体定期_被保険者明細.xlsx",
                     "title": "2026年度更新 被保険者明細",
                     "sheets": {"本人": _honnin, "配偶者": _haigu}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: 36 insured persons with names, kana and dates of birth in an XLSX to the external agent",
})

# 002 — internal only (subdomain): Osaka branch's members with birth dates and addresses
_p = people("002", 9, 1965, 2000)
_rows = [["No", "社員番号", "氏名", "生年月日", "郵便番号", "住所"]]
for i, q in enumerate(_p, 1):
    _rows.append([i, q["emp"], q["name"], ymd(q["dob"], "-"), q["zip"], q["addr"]])
MESSAGES.append({
    "id": "hokenkin-002", "charset": "utf-8",
    "sender": NARASAKI, "to": [NAGUMO],
    "subject": "大阪支店分 団体保険加入者の住所確認のお願い",
    "body": """南雲さん

お疲れさまです。本社総務の楢崎です。

年次更新に合わせて、加入者の住所を最新化しています。
大阪支店の9名分を添付しますので、人事システムの登録内容と相違がないか
確認してもらえますか。異動や転居があった方は赤字で直していただければ大丈夫です。

〆切は10/16（金）でお願いします。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "xlsx", "name": "大阪支店_加入者住所確認.xlsx",
                     "sheets": {"大阪支店": _rows}}],
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "internal only (mail.hinode-sangyo.co.jp is an internal subdomain): a list of 9 members may go",
})

# 003 — one employee's hospitalisation claim with the diagnosis, to the insurer
MESSAGES.append({
    "id": "hokenkin-003", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "入院給付金請求のご連絡（証券番号 GM-2207714）",
    "body": """東邦生命保険相互会社
保険金部 支払第二課
平良 様

いつも大変お世話になっております。
日の出産業株式会社 総務部の久我でございます。

団体医療保険（証券番号 GM-2207714）につきまして、下記被保険者の
入院給付金を請求いたします。請求書類一式は本日付で郵送いたしました。

　被保険者　：東海林 昌平（しょうじ しょうへい）　社員番号 21877
　所属　　　：営業二部
　傷病名　　：急性虫垂炎（腹腔鏡下虫垂切除術を実施）
　入院期間　：2026年9月14日～9月19日（6日間）
　医療機関　：医療法人青嶺会 みなと中央病院

手術給付金の対象となるかにつきましても、あわせてご確認をお願いいたします。
書類に不備がございましたらご連絡ください。

よろしくお願いいたします。
""" + SIG_KUGA,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named employee's diagnosis, surgery and hospital stay sent to the insurer",
})

# 004 — schedule mail with the standard disclaimer, nothing personal
MESSAGES.append({
    "id": "hokenkin-004", "charset": "utf-8",
    "sender": MURASE, "to": [TOHO],
    "subject": "年次更新スケジュールのご確認",
    "body": """東邦生命保険相互会社
団体保険部 井ノ口 様

いつもお世話になっております。日の出産業の村瀬です。
先日のお打合せ、ありがとうございました。

今年度の更新スケジュールを下記のとおり認識しておりますが、相違ございませんでしょうか。

  10月16日（金）  被保険者明細のご提出（代理店経由）
  10月30日（金）  保険料試算のご提示
  11月 6日（金）  申込書・告知書のご提出
  11月20日（金）  加入者への周知（社内イントラ掲載）
  12月 1日（火）  始期

なお、今年度から告知書の電子化を検討しておりますので、
次回お打合せの際に事例をご紹介いただけますと助かります。

引き続きよろしくお願いいたします。
""" + SIG_MURASE + "\n" + DISC_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary schedule mail to one insurer; the trailing 機密 disclaimer is standard boilerplate",
})

# 005 — mid-year joiners, full-width padded columns, CP932
_p = people("005", 7, 1978, 2004)
_hdr = ["氏名", "生年月日", "入社日", "社員番号", "保険金額"]
_lines = [_hdr]
_joins = ["2026年7月1日", "2026年7月1日", "2026年8月1日", "2026年8月1日", "2026年8月17日", "2026年9月1日", "2026年9月1日"]
for q, j in zip(_p, _joins):
    _lines.append([q["name0"], wareki(q["dob"], "zenkanji"), zen(j), zen(q["emp"]), "３００万円"])
MESSAGES.append({
    "id": "hokenkin-005", "charset": "cp932",
    "sender": KUGA, "to": [TOHO], "cc": [MURASE],
    "subject": "中途加入者（7月〜9月入社）の追加加入について",
    "body": """井ノ口様

お世話になっております。日の出産業 総務の久我です。

7月から9月までの中途入社者について、団体定期保険（全員加入部分）への
追加加入をお願いいたします。対象は以下の7名です。

""" + aligned(_lines, gap=2, full=True) + """
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
以上７名

加入日はいずれも入社日でお願いできればと存じます。
異動届の様式が必要でしたらお知らせください。
""" + SIG_KUGA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: seven joiners with 和暦 birth dates in full-width padded columns in the body, to the insurer",
})

# 006 — request for quotation to three insurers, all in To
MESSAGES.append({
    "id": "hokenkin-006", "charset": "utf-8",
    "sender": ONUKI,
    "to": ["あさひな海上火災 法人営業部 <hojin-eigyo@asahina-kaijo.co.jp>",
           "ライフアーク生命 団体営業部 <dantai@lifearc-seimei.co.jp>",
           SATSUKI],
    "subject": "団体長期障害所得補償保険（GLTD）お見積りのご依頼",
    "body": """各位

平素より大変お世話になっております。
日の出産業株式会社 総務部の大貫でございます。

弊社では2027年4月より、団体長期障害所得補償保険（GLTD）の導入を検討しております。
つきましては、下記条件にてお見積りをいただけますでしょうか。

■対象　　　　：正社員 約1,240名（平均年齢 41.6歳、男女比 7：3）
■補償内容　　：所得の60%（上限 月額40万円）、てん補期間 定年まで
■免責期間　　：180日
■保険料負担　：会社負担（基本部分）＋任意加入部分
■ご提出期限　：2026年11月13日（金）

見積条件の詳細は添付の仕様書をご参照ください。
ご質問は11月2日までに本メールへの返信でお寄せいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_ONUKI,
    "attachments": [{"kind": "pdf", "name": "GLTD見積依頼仕様書.pdf", "title": "GLTD見積依頼仕様書",
                     "lines": ["団体長期障害所得補償保険　見積依頼仕様書", "日の出産業株式会社 総務部",
                               "", "1. 対象者：正社員（嘱託・パートを除く）約1,240名",
                               "2. 年齢構成：20代 18% / 30代 24% / 40代 29% / 50代 26% / 60代 3%",
                               "3. 補償：所得の60%、上限月額40万円、免責180日",
                               "4. 任意加入部分：所得の20%上乗せ（本人負担）",
                               "5. 提出物：保険料試算、約款、引受条件、事務フロー"]}],
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: three competing insurers see each other in To (should have been Bcc)",
})

# 007 — one free-mail recipient: an employee's spouse asks how to apply
MESSAGES.append({
    "id": "hokenkin-007", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": ["桐生 七海 <nanami.kiryu.0719@gmail.com>"],
    "subject": "家族傷害保険のお申込み方法について",
    "body": """桐生 七海 様

はじめまして。日の出産業株式会社 総務部の楢崎と申します。
ご主人様（物流センター 桐生さん）より、家族傷害保険へのお申込みについて
ご質問をいただいていると伺い、ご連絡いたしました。

お申込みの流れは次のとおりです。

１．ご主人様経由でお渡しした申込書に、ご加入者様の氏名・生年月日をご記入ください。
２．「プラン」欄は Aプラン（月額 680円）／Bプラン（月額 1,150円）からお選びください。
３．保険料はご主人様のお給料から控除されますので、口座のご記入は不要です。
４．記入済みの申込書は、ご主人様から総務部へご提出ください。

お申込み締切は10月30日（金）です。
ご不明な点がございましたら、このメールにご返信いただくか、
平日 9:00～17:30 に下記までお電話ください。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (an employee's spouse), procedure only, no personal data of anyone",
})

# 008 — death benefit: the beneficiary's My Number for the 支払調書
MESSAGES.append({
    "id": "hokenkin-008", "charset": "utf-8",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "Re: 死亡保険金 受取人様の個人番号について（請求番号 D26-00391）",
    "body": f"""平良様

お世話になっております。日の出産業の久我です。
ご依頼のありました、支払調書作成のための受取人様情報をお知らせいたします。
ご遺族様からは本人確認書類とあわせて同意をいただいております。

  請求番号　　: D26-00391
  被保険者　　: 薬袋 隆之 様（元 品質保証部、2026年9月2日ご逝去）
  受取人　　　: 薬袋 久美子 様（配偶者）
  受取人住所　: 〒359-1141 埼玉県所沢市小手指町3-18-7
  個人番号　　: {mn(1)[:4]} {mn(1)[4:8]} {mn(1)[8:]}

番号確認書類（通知カードの写し）は、簡易書留にて別途郵送いたします。
何卒よろしくお願いいたします。

> 平良です。
> 死亡保険金のお支払いにあたり、支払調書作成のため受取人様の個人番号が必要となります。
> お手数ですがご提供をお願いいたします。
""" + SIG_KUGA,
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 2: the beneficiary's マイナンバー with name and address in new text to the insurer",
})

# 009 — PPAP: password ZIP with the family enrolment list
_p = people("009", 14, 1960, 2020)
_fam = [["社員番号", "社員氏名", "家族氏名", "続柄", "生年月日", "プラン"]]
for i in range(0, 14, 2):
    _fam.append([_p[i]["emp"], _p[i]["name"], _p[i]["sei"] + " " + _p[i + 1]["mei"], "配偶者" if i % 4 == 0 else "子",
                 ymd(_p[i + 1]["dob"]), "B"])
MESSAGES.append({
    "id": "hokenkin-009", "charset": "cp932",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "家族加入明細（10月受付分）",
    "body": """道端様

いつもお世話になっております。日の出産業の村瀬です。

10月受付分の家族加入明細をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "zip", "name": "20261005_家族加入明細.zip", "password": "Hn#2026Kz",
                     "files": [{"kind": "xlsx", "name": "家族加入明細_10月.xlsx",
                                "sheets": {"10月受付": _fam}}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "reason 7: password-protected ZIP cannot be inspected (it holds a family enrolment list)",
})

# 010 — the password mail that follows
MESSAGES.append({
    "id": "hokenkin-010", "charset": "cp932",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "【パスワード】家族加入明細（10月受付分）",
    "body": """道端様

先ほどお送りした「20261005_家族加入明細.zip」の解凍パスワードをお知らせします。

　パスワード：Hn#2026Kz

よろしくお願いいたします。

日の出産業 総務部 村瀬
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "password-only follow-up to the agent: no attachment, no personal data",
})

# 011 — look-alike of the own domain (letter added): Osaka list meant for internal use
_p = people("011", 6, 1970, 1999)
_t = [["氏名", "生年月日", "携帯", "加入口数"], ["-" * 10, "-" * 10, "-" * 13, "-" * 4]]
for q in _p:
    _t.append([q["name"], ymd(q["dob"], "."), q["mobile"], str(1 + int(q["emp"]) % 3)])
MESSAGES.append({
    "id": "hokenkin-011", "charset": "utf-8",
    "sender": NARASAKI, "to": ["南雲 さやか <nagumo@hinode-sangyou.co.jp>"],
    "subject": "【確認依頼】大阪支店 団体医療保険 任意加入者",
    "body": """南雲さん

お疲れさまです。楢崎です。
大阪支店で今年度から任意加入された方の一覧です。
証券の送付先を確認したいので、携帯番号が最新か見ていただけますか。

""" + aligned(_t) + """

お手すきのときで大丈夫です。よろしくお願いします。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "reasons 5 and 1: hinode-sangyou.co.jp is a look-alike of the own domain, and the mail lists 6 people",
})

# 012 — retirees: CSV (CP932) with addresses for the continuation notice
_p = people("012", 12, 1958, 1966)
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "退職日", "郵便番号", "住所", "電話番号"]]
_ret = ["2026/09/30", "2026/09/30", "2026/10/15", "2026/10/31", "2026/10/31", "2026/10/31",
        "2026/11/30", "2026/11/30", "2026/11/30", "2026/12/31", "2026/12/31", "2026/12/31"]
for q, r in zip(_p, _ret):
    _csv.append([q["emp"], q["name"], q["kana"], ymd(q["dob"]), r, q["zip"], q["addr"],
                 q["mobile"] if int(q["emp"]) % 2 else f"0{q['zip'][:2]}-{q['acct'][:3]}-{q['acct'][3:]}"])
MESSAGES.append({
    "id": "hokenkin-012", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [HIMAWARI2],
    "subject": "定年退職予定者の継続加入案内 送付先データ",
    "body": """ひまわり保険企画
宍戸様

お世話になっております。日の出産業 総務の久我です。

9月～12月の定年退職予定者12名について、退職者団体保険（継続加入）の
ご案内を郵送いただく件、送付先データをCSVでお送りします。

案内状の発送は各人の退職日の1か月前までにお願いできますでしょうか。
封入物は前回と同じ（案内状・申込書・返信用封筒）で問題ございません。

よろしくお願いいたします。
""" + SIG_KUGA,
    "attachments": [{"kind": "csv", "name": "retiree_2026H2.csv", "encoding": "cp932", "rows": _csv}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: CSV of 12 retirees with birth dates, home addresses and phone numbers to the agent",
})

# 013 — mail about an NDA with the agent (draft contract between companies)
MESSAGES.append({
    "id": "hokenkin-013", "charset": "utf-8",
    "sender": ONUKI, "to": [HIMAWARI],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """道端様

お世話になっております。日の出産業 総務部の大貫です。

来期からの加入者データの電子授受にあたり、貴社と弊社の間で
秘密保持契約を締結したいと考えております。
弊社法務部で作成した案を添付いたしますので、貴社にてご確認いただき、
修正のご希望があれば変更履歴付きでお戻しください。

特に第5条（再委託）と第8条（返還・廃棄）は、保険会社様への提供を
想定した書きぶりになっているかご確認いただけますと助かります。

11月中の締結を目標にしております。よろしくお願いいたします。
""" + SIG_ONUKI,
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_ひまわり保険企画.docx",
                     "title": "秘密保持契約書（案）",
                     "paragraphs": [
                         "秘密保持契約書（案）",
                         "日の出産業株式会社（以下「甲」という。）と株式会社ひまわり保険企画（以下「乙」という。）は、"
                         "甲の団体保険事務に関して相互に開示する情報の取扱いについて、次のとおり契約を締結する。",
                         "第1条（目的）本契約は、甲乙間の団体保険に関する事務委託に際し、開示される秘密情報の取扱いを定める。",
                         "第2条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示された情報及び個人情報をいう。",
                         "第5条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、引受保険会社に秘密情報を提供できる。",
                         "第8条（返還・廃棄）乙は、契約終了時又は甲の請求があったときは、秘密情報を速やかに返還又は廃棄する。",
                         "第12条（有効期間）本契約の有効期間は締結日から1年間とし、以後1年ごとに自動更新する。",
                     ]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA (秘密保持契約) with a draft between two companies; no marking, no personal data",
})

# 014 — one employee's medical certificate as PDF to the non-life insurer
MESSAGES.append({
    "id": "hokenkin-014", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [SATSUKI],
    "subject": "団体医療保険 手術給付金請求（診断書写し送付）",
    "body": """さつき損害保険株式会社
真壁様

いつもお世話になっております。日の出産業 総務部の楢崎です。

先日お電話でご相談した手術給付金の件、病院から診断書が届きましたので
写しをPDFでお送りいたします。原本は請求書と一緒に本日郵送しました。

お支払い可否のご判断に追加で必要なものがあればお知らせください。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "pdf", "name": "診断書_写し_20261007.pdf", "title": "診断書（写）",
                     "lines": ["診　断　書（保険会社提出用）", "",
                               "氏名：小豆沢 直樹　　　　性別：男",
                               "生年月日：昭和54年11月8日",
                               "傷病名：腰椎椎間板ヘルニア（L4/5）",
                               "初診日：2026年8月3日",
                               "入院期間：2026年8月24日 ～ 2026年9月5日（13日間）",
                               "手術：2026年8月25日　内視鏡下腰椎椎間板摘出術（MED）",
                               "経過：術後経過良好。10月上旬より職場復帰可能と判断する。",
                               "", "医療法人社団 湘和会 辻堂整形外科病院　医師 浜岡 修"]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a medical certificate (diagnosis, surgery) of a named employee attached as PDF",
})

# 015 — 【社外秘】 stamped plan sent to the agent
MESSAGES.append({
    "id": "hokenkin-015", "charset": "cp932",
    "sender": ONUKI, "to": [HIMAWARI],
    "subject": "【社外秘】2027年度 団体保険 会社補助見直し案",
    "body": """━━━━━━━━━━━━━━━━━━━━━━━━━━
　取扱区分：社外秘（経営会議 審議前資料）
━━━━━━━━━━━━━━━━━━━━━━━━━━

道端様

お世話になっております。大貫です。
来期の会社補助の見直しについて、現時点の社内案をお送りします。
制度設計上の問題がないか、代理店のお立場からご意見をいただけますでしょうか。

【見直し案の骨子】
１．団体定期保険（任意加入部分）の会社補助を 30% → 20% に引下げ
２．引下げ原資で GLTD（基本部分）を全額会社負担で新設
３．家族型医療保険の加入年齢上限を 69歳 → 74歳 に引上げ
４．2027年4月1日 実施（労使協議 12月予定）

経営会議は11月25日です。それまでは関係者限りでお願いいたします。
""" + SIG_ONUKI,
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "reason 6: the mail itself is stamped 社外秘 (subject and classification line) and goes to the agent",
})

# 016 — one person's phone for the adjuster, with a photo
MESSAGES.append({
    "id": "hokenkin-016", "charset": "utf-8",
    "sender": KUGA, "to": [CHOSA],
    "subject": "通勤途上の物損事故（受付番号 J26-55820）ご連絡先",
    "body": """株式会社東日本損害調査
北条様

お世話になっております。日の出産業 総務の久我です。
さつき損保様よりご紹介いただいた件につきご連絡いたします。

事故の当事者（弊社社員）への確認は、本人の携帯へ直接お電話いただいて差し支えございません。
本人にも調査会社様からご連絡がある旨を伝えてあります。

  氏名　梶 達也（物流センター）
  携帯　080-4417-2093（平日 18時以降が繋がりやすいとのことです）

なお、人身の被害はなく、車両の損傷のみと聞いております。
損傷部の写真を1枚添付いたします。
""" + SIG_KUGA,
    "attachments": [{"kind": "png", "name": "damage_front_left.png"}],
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one person's name and mobile to the adjuster handling his case: one record, may be warned",
})

# 017 — disaster relief money: tab-separated bank list to the partner bank
_p = people("017", 6, 1965, 1998)
_amt = ["50,000", "30,000", "100,000", "30,000", "50,000", "30,000"]
_tsv = "受取人名(カナ)\t銀行\t支店\t種別\t口座番号\t金額\n" + "\n".join(
    f"{q['kana']}\t{q['bank']}\t{q['branch']}\t普通\t{q['acct']}\t{a}" for q, a in zip(_p, _amt))
MESSAGES.append({
    "id": "hokenkin-017", "charset": "utf-8",
    "sender": SAEKI, "to": [MIDORI],
    "subject": "災害見舞金 総合振込データの件",
    "body": """みどり銀行 日本橋支店
法人営業課 田辺様

いつもお世話になっております。日の出産業 人事部の佐伯です。

台風14号で住宅被害を受けた社員への災害見舞金（団体保険の見舞金を含む）について、
総合振込で処理したく、振込明細を下記に貼り付けます。
伝送サービスへの取込形式が分からず、お手数ですが取込用に変換いただけると助かります。

""" + _tsv + """

振込指定日：2026年10月23日
出金口座：弊社 普通預金（いつもの給与振込口座とは別口座です）

よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "reason 1: six employees' bank accounts (tab-separated) pasted into a mail to the bank",
})

# 018 — list of hospitals (businesses), not people
MESSAGES.append({
    "id": "hokenkin-018", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "キャッシュレス受診対応の医療機関について",
    "body": """宍戸様

お世話になっております。日の出産業の楢崎です。

社員から「入院時に窓口負担なしで済む病院はあるか」という問い合わせが増えております。
弊社拠点の近くで、東邦生命様の提携（キャッシュレス対応）があるか、下記の医療機関について
確認いただくことは可能でしょうか。

・みなと中央病院　　　　　東京都中央区新川2-11-4　　　TEL 03-3551-7200
・日本橋さくら通りクリニック　東京都中央区日本橋室町1-6-2　TEL 03-3270-8811
・堂島浜メディカルセンター　大阪府大阪市北区堂島浜2-2-9　TEL 06-6343-5100
・港明総合病院　　　　　　愛知県名古屋市港区港明1-10-28　TEL 052-651-2211
・辻堂整形外科病院　　　　神奈川県藤沢市辻堂元町5-3-1　TEL 0466-33-8080
・所沢北部医療センター　　埼玉県所沢市小手指町4-1-1　　TEL 04-2949-6600

急ぎではございませんので、まとまった段階でご回答いただければ幸いです。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a list of hospitals with switchboards and addresses: businesses, not people",
})

# 019 — GLTD: five people unable to work, with diagnoses, XLSX to insurer (agent in Cc)
_p = people("019", 5, 1966, 1990)
_dx = ["うつ病（休職中）", "脳梗塞後遺症（左片麻痺）", "乳がん（術後化学療法中）", "双極性障害", "腰部脊柱管狭窄症（術後）"]
_start = ["2026/03/11", "2026/04/02", "2026/05/20", "2026/06/08", "2026/07/15"]
_g = [["GLTD 就業不能者 状況一覧（2026年9月末時点）"], [],
      ["No", "社員番号", "氏名", "性別", "生年月日", "就業不能開始日", "傷病名", "給付月額(円)", "復職見込"]]
for i, (q, d, s0) in enumerate(zip(_p, _dx, _start), 1):
    _g.append([i, q["emp"], q["name"], q["sex"], ymd(q["dob"]), s0, d, [212000, 248000, 185000, 301000, 226000][i - 1],
               ["未定", "2027/04 以降", "未定", "主治医判断待ち", "2026/12"][i - 1]])
MESSAGES.append({
    "id": "hokenkin-019", "charset": "utf-8",
    "sender": KUGA, "to": [TOHO_PAY], "cc": [HIMAWARI],
    "subject": "GLTD 就業不能者の状況報告（9月末）",
    "body": """平良様
（cc：ひまわり保険企画 道端様）

お世話になっております。日の出産業 総務の久我です。

四半期ごとの就業不能者状況報告をお送りします。
9月末時点で5名、うち2名は7月以降に新たに免責期間を満了しています。
給付額の算定に必要な直近の給与明細は、各人ごとに別途郵送いたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_KUGA,
    "attachments": [{"kind": "xlsx", "name": "GLTD_就業不能者状況_202609.xlsx",
                     "sheets": {"9月末": _g, "備考": [["給付月額は標準報酬月額×60%で試算"]]}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "reasons 1 and 3: five named employees with diagnoses (mental illness, cancer…) in an XLSX to insurer and agent",
})

# 020 — two external organisations (insurer + agent) on a scheduling mail
MESSAGES.append({
    "id": "hokenkin-020", "charset": "iso-2022-jp",
    "sender": MURASE, "to": [TOHO], "cc": [HIMAWARI, KUGA],
    "subject": "更新条件のお打合せ日程について",
    "body": """東邦生命保険 井ノ口様
ひまわり保険企画 道端様

いつもお世話になっております。日の出産業の村瀬です。

更新条件のお打合せにつきまして、弊社側の候補日をお送りいたします。

　① 10月20日（火）14:00～15:30
　② 10月22日（木）10:00～11:30
　③ 10月23日（金）15:00～16:30

場所は弊社7階 第3会議室を予定しております。オンライン参加も可能です。
ご都合のよい日時を、本メールに全員返信でお知らせいただけますと幸いです。

当日は、保険料試算と告知書の電子化についてご説明をお願いできればと存じます。
""" + SIG_MURASE,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations (insurer and its agent) in a normal three-way scheduling mail",
})

# 021 — spouse enrolment with the health insurance card symbol/number
MESSAGES.append({
    "id": "hokenkin-021", "charset": "cp932",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "配偶者の医療保険加入（被扶養者情報）",
    "body": """道端様

いつもお世話になっております。日の出産業の楢崎です。

先日ご相談した配偶者加入の件、東邦生命様の申込システムへの入力に
健康保険の被扶養者情報が必要とのことでしたので、お知らせいたします。

【社員】
　氏名　　　：一戸 健太郎（名古屋工場 保全課）
【配偶者（加入者）】
　氏名　　　：一戸 早苗（イチノヘ サナエ）
　生年月日　：昭和６１年２月２７日
　保険者番号：０６１３１５２７
　記号・番号：８１０２・４５（枝番 ０１）

申込書の原本は本人署名のうえ、来週前半に郵送いたします。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 2: a spouse's 健康保険証の記号・番号 with name and date of birth to the agent",
})

# 022 — company-car accident report with the driver's licence number
MESSAGES.append({
    "id": "hokenkin-022", "charset": "utf-8",
    "sender": MIYAJI, "to": ["さつき損保 事故受付センター <jiko-uketsuke@satsuki-sonpo.co.jp>"],
    "cc": [KUGA],
    "subject": "【事故報告】社用車 接触事故（名古屋工場）",
    "body": """さつき損害保険 事故受付センター 御中

日の出産業株式会社 名古屋工場 総務係の宮地です。
フリート契約（証券番号 FL-0481-2207）の社用車にて接触事故が発生しましたので報告いたします。

■事故日時　2026年10月8日（木）8時40分頃
■場所　　　愛知県名古屋市港区港明1丁目 港明交差点付近
■状況　　　工場への出勤途中、信号待ちの車列で前方車両に追突
■当方車両　トヨタ プロボックス　名古屋 400 さ 17-62
■運転者　　鬼頭 賢治（昭和52年6月19日生）
　　　　　　運転免許証番号 第 5301 4872 6190 号（ゴールド）
　　　　　　携帯 090-7712-4308
■相手方　　北国フーズ株式会社 名古屋営業所の営業車（運転者様にお怪我なし）
■負傷者　　なし（双方）
■警察届出　港警察署 届出済み

相手方保険会社の連絡先は、判明次第お知らせいたします。
""" + SIG_MIYAJI,
    "expect": "stop", "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 2: the driver's 運転免許証番号 with name, birth date and mobile in an accident report",
})

# 023 — 個人情報 used in passing
MESSAGES.append({
    "id": "hokenkin-023", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [TOHO],
    "subject": "「個人情報の取扱いに関する同意書」の様式について",
    "body": """井ノ口様

お世話になっております。日の出産業の久我です。

来月の家族加入キャンペーンで使用する申込書一式を準備しております。
同封する「個人情報の取扱いに関する同意書」が2024年版のままになっておりましたので、
最新の様式（Word版）をお送りいただくことは可能でしょうか。

あわせて、申込書の「保険料払込方法」欄の記載例も最新版があれば頂戴できますと幸いです。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_KUGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the word 個人情報 only names a form; no personal data",
})

# 024 — HTML-only: company trip travel accident cover, table of 20 participants
_p = people("024", 20, 1964, 2004)
_tr = "\n".join(
    f"<tr><td>{i}</td><td>{q['name']}</td><td>{q['kana']}</td><td>{q['sex']}</td>"
    f"<td>{ymd(q['dob'])}</td><td>{q['mobile']}</td></tr>" for i, q in enumerate(_p, 1))
MESSAGES.append({
    "id": "hokenkin-024", "charset": "utf-8",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "物流センター 社員旅行の国内旅行傷害保険 参加者名簿",
    "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>ひまわり保険企画<br>宍戸様</p>
<p>いつもお世話になっております。日の出産業 総務部の楢崎です。</p>
<p>11月7日～8日の物流センター社員旅行（箱根・1泊2日）について、<br>
国内旅行傷害保険の手配をお願いいたします。参加者は下記20名です。</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:9.5pt">
<tr style="background:#dde8f5"><th>No</th><th>氏名</th><th>フリガナ</th><th>性別</th><th>生年月日</th><th>携帯電話</th></tr>
""" + _tr + """
</table>
<p>補償内容は昨年と同じプラン（死亡・後遺障害 1,000万円、入院日額 5,000円）でお願いします。<br>
保険料のご請求は総務部宛てでお願いいたします。</p>
<p>――――――――――――<br>日の出産業(株) 総務部 福利厚生グループ<br>楢崎 ひかる<br>直通：03-5201-4473</p>
</body></html>""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: HTML-only mail with a table of 20 trip participants (birth date, mobile) to the agent",
})

# 025 — retiree's credit card for the continuation premium, forwarded to the agent
_c = cardno(201)
MESSAGES.append({
    "id": "hokenkin-025", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [HIMAWARI],
    "subject": "退職者継続加入 保険料のカード払い申込（五百旗頭様）",
    "body": f"""道端様

お世話になっております。日の出産業の久我です。

9月末で定年退職された五百旗頭様から、継続加入の保険料をクレジットカード払いに
したいとのお申し出があり、総務部に電話でご連絡をいただきました。
ご本人の了承を得て、以下お伝えいたしますので、お手続きをお願いできますでしょうか。

  氏名　　　　　五百旗頭 義男（イオキベ ヨシオ）
  住所　　　　　〒183-0005 東京都府中市若松町2-14-9
  電話　　　　　042-361-5528
  カード番号　　{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
  有効期限　　　08/29
  名義　　　　　YOSHIO IOKIBE

年払い（12月）を希望されています。
""" + SIG_KUGA,
    "expect": "stop", "entities": ["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 2: a retiree's full credit card number with name and address mailed to the agent",
})

# 026 — premium table by age band (a price list)
_rates = [["団体定期保険（任意加入）　月額保険料表　保険金額100万円あたり"], ["2026年12月1日改定"], [],
          ["年齢区分", "男性(円)", "女性(円)", "前年比"]]
for a0, m, f in [(15, 49, 31), (20, 52, 33), (25, 58, 37), (30, 71, 48), (35, 92, 66), (40, 131, 90),
                 (45, 192, 124), (50, 287, 171), (55, 425, 232), (60, 612, 318), (65, 858, 441)]:
    _rates.append([f"{a0}～{a0 + 4}歳", m, f, "据置" if a0 < 45 else "+2.0%"])
MESSAGES.append({
    "id": "hokenkin-026", "charset": "utf-8",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "2026年度 任意加入保険料表（社内掲示用）",
    "body": """道端様

お世話になっております。村瀬です。
東邦生命様から提示いただいた新保険料をもとに、社内掲示用の保険料表を作成しました。
数値の転記ミスがないか、お手すきの際にご確認いただけますでしょうか。

45歳以上の区分が +2.0% の改定と理解しております。

よろしくお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "xlsx", "name": "任意加入保険料表_2026.xlsx",
                     "sheets": {"保険料表": _rates}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a premium table by age band (price list), no people",
})

# 027 — continuation notice to four retirees, all visible in To
MESSAGES.append({
    "id": "hokenkin-027", "charset": "iso-2022-jp",
    "sender": FUKURI,
    "to": ["tk.hasebe1961@yahoo.co.jp", "mori-yoshio@gmail.com",
           "砂川 裕子 <yuko.sunagawa@icloud.com>", "n-okudera.0412@docomo.ne.jp"],
    "subject": "【日の出産業】退職者団体保険 継続加入のご案内",
    "body": """退職者の皆さま

日の出産業株式会社 総務部 福利厚生窓口でございます。
在職中は大変お世話になりました。

在職中にご加入いただいていた団体医療保険・団体定期保険は、
ご退職後も「退職者団体保険」として継続してご加入いただけます。

　■お申込期限　2026年11月20日（金）必着
　■保険期間　　2026年12月1日～2027年11月30日
　■保険料　　　年払い（口座振替またはクレジットカード）

申込書は先日ご自宅宛てに郵送しております。
お手元に届いていない場合は、お手数ですが下記までご連絡ください。
""" + SIG_FUKURI,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "reason 4: four retirees (private persons) can see each other's addresses in To: should have been Bcc",
})

# 028 — reply: the agent's list is quoted, new text corrects one person's birth date
_p = people("028", 8, 1975, 2001)
_q = "\n".join(f"> {i}. {q['name']}　{ymd(q['dob'])}　{q['sex']}　{q['dept']}" for i, q in enumerate(_p, 1))
MESSAGES.append({
    "id": "hokenkin-028", "charset": "utf-8",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "Re: 【ご確認】医療保険 新規加入者8名の登録内容",
    "body": f"""道端様

ご確認ありがとうございます。楢崎です。

7番の方の生年月日に誤りがありました。正しくは下記です。

  {_p[6]['name']}　{ymd(date(_p[6]['dob'].year - 1, _p[6]['dob'].month, _p[6]['dob'].day))}

人事システムからの転記時に年を1つずらしてしまいました。申し訳ございません。
それ以外の7名は相違ございません。
""" + SIG_NARASAKI + f"""

-----Original Message-----
From: 道端 様 <michibata@himawari-hoken.co.jp>
Sent: Wednesday, October 14, 2026 4:12 PM
To: 楢崎 ひかる <h.narasaki@hinode-sangyo.co.jp>
Subject: 【ご確認】医療保険 新規加入者8名の登録内容

> 楢崎様
>
> お世話になっております。ひまわり保険企画の道端です。
> 新規加入者8名を下記のとおり登録いたしました。相違がないかご確認ください。
>
{_q}
>
> 株式会社ひまわり保険企画　道端
""",
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "the list of 8 is quoted from the agent's own mail; new text holds one person's corrected birth date",
})

# 029 — death benefit claim: the cause of death, in a reply
MESSAGES.append({
    "id": "hokenkin-029", "charset": "cp932",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "Re: 死亡保険金ご請求に関する確認事項",
    "body": """平良様

お世話になっております。日の出産業の久我です。
ご照会いただいた点につき、ご遺族に確認のうえ回答いたします。

１．死亡診断書の記載
　　直接死因は「急性心筋梗塞」、発症から死亡までの期間は「約2時間」です。
　　原因となった疾患として「2型糖尿病（約10年）」が記載されています。
２．通院歴
　　2019年頃から近隣の内科（北砂内科クリニック）に定期通院していたとのことです。
３．業務との関連
　　自宅で休日に倒れたもので、会社としては労災申請の予定はございません。

被保険者：千葉 浩二（営業一部、社員番号 30418）
ご遺族（受取人）：千葉 智子 様

以上、よろしくお願いいたします。
""" + SIG_KUGA + """

差出人: 平良 <taira.m@tohoseimei.co.jp>
送信日時: 2026年10月9日 11:05
宛先: 久我 俊介 <s-kuga@hinode-sangyo.co.jp>
件名: 死亡保険金ご請求に関する確認事項

日の出産業株式会社　久我様

お世話になっております。東邦生命の平良です。
千葉様の死亡保険金のご請求につき、支払査定のため以下ご教示ください。
　1. 死亡診断書記載の死因
　2. 生前の通院歴の有無
　3. 業務起因性の有無
""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: new text gives a named deceased employee's cause of death and medical history",
})

# 030 — corrupt XLSX (the claims list of September)
MESSAGES.append({
    "id": "hokenkin-030", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [TOHO_PAY],
    "subject": "9月分 給付金請求一覧の送付",
    "body": """平良様

いつもお世話になっております。日の出産業の楢崎です。
9月受付分の給付金請求一覧をお送りします。
件数は11件、うち2件は前月からの継続分です。

ご確認をお願いいたします。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "corrupt", "name": "9月分_給付金請求一覧.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "reason 7: the attached XLSX is corrupt and cannot be inspected (it should hold a claims list)",
})

# 031 — paying the agent's invoice: its T-number (registration number)
_t31 = corp_no("010401088127")
MESSAGES.append({
    "id": "hokenkin-031", "charset": "utf-8",
    "sender": "日の出産業 経理部 鷲尾 <washio@hinode-sangyo.co.jp>", "to": [HIMAWARI],
    "cc": [MURASE],
    "subject": "事務手数料ご請求書のお支払い予定について",
    "body": f"""株式会社ひまわり保険企画
道端様

いつもお世話になっております。日の出産業 経理部の鷲尾です。

下記ご請求書につき、お支払い予定をご連絡いたします。

  請求書番号　　HM-2026-0917
  適格請求書発行事業者登録番号　T{_t31}
  ご請求金額　　¥165,000（税込）
  お支払予定日　2026年10月30日（金）
  お振込先　　　貴社ご指定口座（みどり銀行 日本橋支店 当座）

振込手数料は弊社負担にて処理いたします。
ご不明点がございましたら経理部までお問い合わせください。

日の出産業株式会社 経理部 鷲尾
TEL 03-5201-4490
""",
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice payment notice with the agent's T-number and company account: business data only",
})

# 032 — health check results of 8 applicants for high cover (underwriting), XLSX
_p = people("032", 8, 1963, 1985)
_h = [["高額加入者 告知・健診結果一覧（2026年度）"], ["提出先：東邦生命保険 診査課"], [],
      ["氏名", "生年月日", "身長", "体重", "BMI", "血圧", "HbA1c", "γ-GTP", "総合判定", "所見"]]
_fx = [("132/84", 5.6, 28, "B", "特記事項なし"), ("158/98", 6.9, 112, "D", "高血圧・糖尿病 要治療"),
       ("121/76", 5.4, 19, "A", "異常なし"), ("144/92", 6.2, 87, "C", "脂質異常症 経過観察"),
       ("128/80", 5.9, 45, "B", "胃ポリープ（経過観察）"), ("166/102", 7.4, 154, "E", "高血圧症 治療中"),
       ("118/70", 5.3, 22, "A", "異常なし"), ("139/88", 6.4, 66, "C", "脂肪肝")]
for q, (bp, a1c, gtp, j, o) in zip(_p, _fx):
    ht = 150 + int(q["acct"][:2]) % 35
    wt = 48 + int(q["acct"][2:4]) % 40
    _h.append([q["name"], ymd(q["dob"]), ht, wt, round(wt / (ht / 100) ** 2, 1), bp, a1c, gtp, j, o])
MESSAGES.append({
    "id": "hokenkin-032", "charset": "utf-8",
    "sender": MURASE, "to": ["東邦生命 診査課 <shinsa@tohoseimei.co.jp>"],
    "subject": "高額加入者の健診結果ご提出（告知書代用）",
    "body": """東邦生命保険相互会社 診査課 御中

お世話になっております。日の出産業株式会社 総務部の村瀬です。

保険金額3,000万円超の加入を希望する社員8名につき、告知書に代えて
本年度の定期健康診断結果を提出いたします（井ノ口様よりご案内いただいた方法です）。
本人の同意書は原本を郵送いたします。

引受可否のご判断をよろしくお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "xlsx", "name": "高額加入者_健診結果.xlsx",
                     "sheets": {"健診結果": _h}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 3: health check results of 8 named employees in an XLSX to the insurer",
})

# 033 — GLTD offset: basic pension number and disability pension grade of one person
MESSAGES.append({
    "id": "hokenkin-033", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "GLTD給付 公的年金調整のための情報提供（漆原様）",
    "body": """平良様

お世話になっております。日の出産業の久我です。

GLTD 給付中の漆原様につき、障害厚生年金の受給が決定したとのことで、
給付額調整のため下記のとおりご連絡いたします。

　被保険者　　：漆原 雄一（社員番号 14402）
　基礎年金番号：4021-658733
　受給年金　　：障害厚生年金 2級（裁定日 2026年9月1日）
　傷病名　　　：拡張型心筋症
　年金額　　　：年額 1,584,300円

年金証書の写しは本人から受領次第、郵送いたします。
""" + SIG_KUGA,
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 2 and 3: a named employee's 基礎年金番号, disability grade and diagnosis to the insurer",
})

# 034 — English mail to the overseas insurer, standard disclaimer, no personal data
MESSAGES.append({
    "id": "hokenkin-034", "charset": "utf-8",
    "sender": HASEGAWA, "to": [OAKES],
    "subject": "Question on repatriation cover - policy PCA-GL-77310",
    "body": """Dear Ms Oakes,

Thank you for sending the renewal documents for our expatriate medical plan.

Before we sign, could you please clarify two points in the policy wording?

1. Section 7.2 (Medical repatriation): does the cover include an accompanying family
   member's economy airfare when the insured is a minor?
2. Section 11 (Exclusions): our staff in Jakarta and Ho Chi Minh City sometimes ride
   motorbikes to client sites. Is this excluded as a "hazardous activity", or only
   racing and off-road use?

We would be grateful for your reply by 30 October, as the renewal date is 1 December.
""" + SIG_HASEGAWA + "\n" + DISC_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English mail to one overseas insurer about policy wording, ending with the standard disclaimer",
})

# 035 — family enrolment as 「・」 bullets, six employees
_p = people("035", 14, 1960, 2021)
_b = []
for i in range(6):
    emp, sp, ch = _p[i], _p[6 + i], _p[(12 + i) % 14]
    _b.append(f"・{emp['name']}（{emp['dept']}）\n　　配偶者　{emp['sei']} {sp['mei']}　{wareki(sp['dob'], 'abbr')}\n"
              + (f"　　子　　　{emp['sei']} {ch['mei']}　{wareki(date(2012 + i, ch['dob'].month, ch['dob'].day), 'abbr')}\n" if i % 2 == 0 else ""))
MESSAGES.append({
    "id": "hokenkin-035", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "家族型医療保険 追加申込（6件）",
    "body": """道端様

いつもお世話になっております。日の出産業 総務部の楢崎です。
家族型医療保険の追加申込が6件ありましたので、お手続きをお願いします。

""" + "".join(_b) + """
いずれも12月1日加入、プランBでの申込です。
申込書原本は本日の社内便締切後にまとめて発送します。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: six employees with their spouses' and children's names and birth dates as bullets",
})

# 036 — look-alike of the partner bank (dropped "co."): one person's account
MESSAGES.append({
    "id": "hokenkin-036", "charset": "utf-8",
    "sender": SAEKI, "to": ["田辺様 <tanabe.r@midori-ginko.jp>"],
    "subject": "振込先訂正のお願い（災害見舞金）",
    "body": """田辺様

お世話になっております。日の出産業の佐伯です。
先日お送りした見舞金の振込明細のうち、1件、口座番号に誤りがありました。

　受取人　ウサミ ユウコ
　誤）東央銀行 川崎支店 普通 3318047
　正）東央銀行 川崎支店 普通 3318074

お手数をおかけしますが、差し替えをお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "reason 5: midori-ginko.jp is a look-alike of the partner midori-ginko.co.jp (co. dropped)",
})

# 037 — internal only: claims status with diagnoses, to the section manager
_p = people("037", 7, 1966, 1998)
_st = [("入院給付", "胆石症", "支払済"), ("手術給付", "右膝半月板損傷", "書類不備"),
       ("入院給付", "肺炎", "審査中"), ("GLTD", "うつ病", "給付中"), ("傷害通院", "左手首骨折", "支払済"),
       ("入院給付", "子宮筋腫", "審査中"), ("死亡保険金", "くも膜下出血", "支払済")]
_tb = [["氏名", "所属", "種別", "傷病名", "状況"], ["----", "----", "----", "----", "----"]]
for q, (k, d, s0) in zip(_p, _st):
    _tb.append([q["name"], q["dept"], k, d, s0])
MESSAGES.append({
    "id": "hokenkin-037", "charset": "cp932",
    "sender": KUGA, "to": [ONUKI],
    "subject": "【課内】10月 保険金請求の進捗",
    "body": """大貫課長

お疲れさまです。久我です。
10月中旬時点の保険金請求の進捗を共有します。

""" + aligned(_tb, gap=3) + """

書類不備の1件は、病院の診断書の手術コード漏れです。本人に再発行を依頼済みです。
死亡保険金の件は9/30に遺族口座へ着金を確認しました。
""" + SIG_KUGA,
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "internal only: a list of claims with diagnoses to the internal manager may go",
})

# 038 — one block per person: accident relief money with injuries and bank accounts
_p = people("038", 5, 1970, 2003)
_inj = [("2026/09/03", "階段で転倒、右足関節骨折", "通院 24日"), ("2026/09/11", "フォークリフト作業中に左手指を挟み挫創", "通院 9日"),
        ("2026/09/17", "自転車通勤中に転倒、鎖骨骨折", "入院 5日・通院 18日"),
        ("2026/09/22", "倉庫内で脚立から転落、腰椎圧迫骨折", "入院 12日"), ("2026/09/29", "調理中の熱傷（右前腕 II度）", "通院 6日")]
_blocks = []
for i, (q, (d, w, t)) in enumerate(zip(_p, _inj), 1):
    _blocks.append(f"""【{i}】{q['name']}（{q['kana']}）　{q['dept']}
　　事故日：{d}
　　受傷内容：{w}
　　治療：{t}
　　振込先：{q['bank']} {q['branch']} 普通 {q['acct']}
""")
MESSAGES.append({
    "id": "hokenkin-038", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "団体傷害保険 9月発生分の請求取りまとめ",
    "body": """宍戸様

お世話になっております。日の出産業の楢崎です。
団体傷害保険の9月発生分（5件）を取りまとめましたので、保険金請求をお願いします。
保険金は各人の口座へ直接お振込いただく形で本人の了承を得ています。

""" + "\n".join(_blocks) + """
診断書・領収書の写しは各人から回収中です。揃い次第お送りします。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 3: five blocks, each a named person's injury, treatment and bank account",
})

# 039 — foreign employee enrolment: residence card number
MESSAGES.append({
    "id": "hokenkin-039", "charset": "utf-8",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "外国籍社員の団体保険加入について（在留カード情報）",
    "body": """道端様

お世話になっております。楢崎です。
10月入社の外国籍社員について、東邦生命様から本人確認のため在留カード情報の提出を
求められているとのことで、下記のとおりお知らせします。

  氏名（在留カード表記）: NGUYEN VAN DUC
  カナ　　　　　　　　　: グエン ヴァン ドゥック
  生年月日　　　　　　　: 1996年3月14日
  国籍　　　　　　　　　: ベトナム
  在留カード番号　　　　: UH83041762KA
  在留資格／期限　　　　: 技術・人文知識・国際業務／2029年5月20日

カードの表裏の写しはパスワード付きで送らないようにとのことでしたので、
本日、書留で郵送しております。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 2: an employee's 在留カード番号 with name and date of birth to the agent",
})

# 040 — 機密 used in passing; claim numbers only
MESSAGES.append({
    "id": "hokenkin-040", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "請求書類原本の発送について",
    "body": """平良様

お世話になっております。日の出産業の久我です。

先日メールでご相談した請求3件（C26-10418、C26-10427、C26-10433）の書類原本は、
機密性の高い書類ですので、本日、簡易書留にて発送いたしました。
到着は明後日の見込みです。

なお、C26-10427 の領収書は1枚再発行中のため、後日追送となります。
よろしくお願いいたします。
""" + SIG_KUGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "機密 only in passing (why the originals go by registered mail); claim numbers only",
})

# 041 — DOCX table: beneficiaries designated by six employees
_p = people("041", 12, 1955, 2000)
_rel = ["配偶者", "長男", "配偶者", "母", "配偶者", "長女"]
_dt = [["被保険者（社員）", "社員番号", "受取人氏名", "続柄", "受取人生年月日", "受取人住所"]]
for i in range(6):
    e, b = _p[i], _p[6 + i]
    _dt.append([e["name"], e["emp"], e["sei"] + " " + b["mei"], _rel[i], wareki(b["dob"]), f"〒{b['zip']} {b['addr']}"])
MESSAGES.append({
    "id": "hokenkin-041", "charset": "cp932",
    "sender": MURASE, "to": [TOHO],
    "subject": "死亡保険金受取人 指定・変更届（6名分）",
    "body": """東邦生命保険 団体保険部
井ノ口様

お世話になっております。日の出産業の村瀬です。

団体定期保険の死亡保険金受取人について、指定・変更の届出が6件ございましたので、
一覧表（Word）にまとめてお送りいたします。
各人の署名入り届出書は原本を郵送いたします。

お手数ですが、証券への反映をお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "docx", "name": "受取人指定変更届_一覧_202610.docx",
                     "title": "死亡保険金受取人 指定・変更届 一覧",
                     "paragraphs": ["死亡保険金受取人 指定・変更届 一覧（2026年10月受付）",
                                    "契約者：日の出産業株式会社　証券番号：GT-1150382", ""],
                     "tables": [_dt]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: DOCX table of six beneficiaries with birth dates and home addresses to the insurer",
})

# 042 — DOCX stamped 部外秘 in its page header, to an outside consultant
MESSAGES.append({
    "id": "hokenkin-042", "charset": "utf-8",
    "sender": ONUKI, "to": ["ベネフィット・ラボ 香月様 <katsuki@benefit-lab.co.jp>"],
    "subject": "引受保険会社 選定評価表のご確認",
    "body": """株式会社ベネフィット・ラボ
香月様

お世話になっております。日の出産業の大貫です。

GLTD の引受保険会社選定について、社内の評価表（暫定）を添付いたします。
評価項目の重み付けが妥当か、第三者のお立場からご意見をいただけますと幸いです。

11月第2週のお打合せまでにコメントをいただければ十分です。
""" + SIG_ONUKI,
    "attachments": [{"kind": "docx", "name": "GLTD引受会社_選定評価表_v0.3.docx",
                     "page_header": "部外秘　総務部限り", "title": "GLTD引受会社 選定評価表",
                     "paragraphs": ["GLTD 引受保険会社 選定評価表（暫定 v0.3）",
                                    "評価は5段階。重み付けは経営会議で最終決定する。"],
                     "tables": [[["評価項目", "重み", "あさひな海上", "ライフアーク生命", "さつき損保"],
                                 ["保険料水準", "30%", "4", "3", "5"],
                                 ["支払実績・査定の迅速性", "25%", "3", "4", "4"],
                                 ["復職支援サービス", "20%", "5", "3", "3"],
                                 ["事務・システム対応", "15%", "3", "4", "4"],
                                 ["財務格付", "10%", "4", "5", "3"]]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "reason 6: the attached DOCX carries 部外秘 as a page-header classification and goes outside",
})

# 043 — reply under -----Original Message-----: the insurer's payout list is quoted
_p = people("043", 6, 1968, 1999)
_ql = "\n".join(f"  {q['name']}様　{['入院給付金', '手術給付金', '通院給付金'][i % 3]}　{(i + 2) * 17_500:,}円　{q['bank']} 普通 ****{q['acct'][-3:]}"
                for i, q in enumerate(_p))
MESSAGES.append({
    "id": "hokenkin-043", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [TOHO_PAY],
    "subject": "RE: 10月15日お支払分のご案内",
    "body": """平良様

ご連絡ありがとうございます。楢崎です。
お支払い内容、承知いたしました。
各人には総務部から着金予定日をお知らせしておきます。

引き続きよろしくお願いいたします。

日の出産業 総務部 楢崎

-----Original Message-----
From: 平良 <taira.m@tohoseimei.co.jp>
Sent: Tuesday, October 13, 2026 5:47 PM
To: h.narasaki@hinode-sangyo.co.jp
Subject: 10月15日お支払分のご案内

日の出産業株式会社
楢崎様

いつもお世話になっております。東邦生命の平良です。
10月15日に下記のとおりお支払いいたしますのでご案内いたします。

""" + _ql + """

ご不明点がございましたらご連絡ください。
東邦生命保険相互会社 保険金部 支払第二課 平良
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the payout list is quoted back to the insurer that wrote it; the new text holds nothing personal",
})

# 044 — legacy XLS: 30 employees' premium deductions, to the labour consultant
_p = people("044", 30, 1960, 2003)
_x = [["2026年11月 団体保険料 給与控除一覧"], [],
      ["社員番号", "氏名", "生年月日", "所属", "団体定期", "医療", "家族型", "控除合計"]]
for q in _p:
    a, b, c = int(q["acct"][:3]) * 3, [0, 890, 1450][int(q["acct"][3]) % 3], [0, 0, 1150][int(q["acct"][4]) % 3]
    _x.append([q["emp"], q["name"], ymd(q["dob"]), q["dept"], a, b, c, a + b + c])
MESSAGES.append({
    "id": "hokenkin-044", "charset": "cp932",
    "sender": SAEKI, "to": [KOTONOHA],
    "subject": "11月給与 団体保険料控除データ",
    "body": """緒方様

いつもお世話になっております。日の出産業 給与厚生課の佐伯です。

11月給与計算用の団体保険料控除データをお送りします（30名分、xls形式）。
12月更新で保険料が変わる方は、12月分から新保険料になりますので、
今回は従来額での控除となります。

給与計算システムへの取込をお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "xls", "name": "hoken_koujo_202611.xls", "sheets": {"202611": _x}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: legacy XLS with 30 employees' names, birth dates and deductions to the outside 社労士",
})

# 045 — either: a project contact sheet of five business people
MESSAGES.append({
    "id": "hokenkin-045", "charset": "utf-8",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "年次更新プロジェクト 連絡体制表",
    "body": """道端様

お世話になっております。村瀬です。
年次更新期間中の連絡体制を下記のとおりまとめました。
夜間・休日の緊急時は、業務用携帯までご連絡ください。

担当区分        氏名            直通            業務用携帯        メール
--------------  --------------  --------------  ----------------  ------------------------------
責任者          大貫 恭平       03-5201-4470    080-6211-4470     onuki@hinode-sangyo.co.jp
明細・申込      村瀬 美和子     03-5201-4472    080-6211-4472     murase-m@hinode-sangyo.co.jp
請求・支払      久我 俊介       03-5201-4471    080-6211-4471     s-kuga@hinode-sangyo.co.jp
代理店 主担当   道端 亮介       03-3663-2081    070-3359-1180     michibata@himawari-hoken.co.jp
代理店 副担当   宍戸 沙織       03-3663-2082    070-3359-1184     shishido@himawari-hoken.co.jp

変更があればお知らせください。
""" + SIG_MURASE,
    "expect": "either", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people's business contacts (company phones and mail) in a project sheet: a list, but only work data",
})

# 046 — English: two business travellers' passports for travel cover
MESSAGES.append({
    "id": "hokenkin-046", "charset": "utf-8",
    "sender": HASEGAWA, "to": [OAKES],
    "subject": "Business travel cover - two travellers to Jakarta (Nov 2026)",
    "body": """Dear Ms Oakes,

Please arrange business travel cover under our master policy PCA-BT-20418 for the
following two employees travelling to Jakarta from 9 to 27 November 2026.

  1. TACHIBANA MAKOTO   DOB 1981-07-22   Passport TR4481920 (exp. 2031-02-14)
  2. HIGA SAORI         DOB 1993-12-03   Passport TS0736215 (exp. 2029-09-30)

Both will be based at our partner's site in Cikarang. Please send the certificates of
insurance to me by 4 November so that they can carry them for the visa application.
""" + SIG_HASEGAWA + "\n" + DISC_EN,
    "expect": "stop", "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 2: two employees' passport numbers with dates of birth to the overseas insurer",
})

# 047 — two external organisations (insurer + law firm) on the progress of a case
MESSAGES.append({
    "id": "hokenkin-047", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [SATSUKI], "cc": [SHIRAKAWA, ONUKI],
    "subject": "事故案件（受付番号 J26-41077）の進捗共有",
    "body": """さつき損害保険 真壁様
白川法律事務所 速水先生

いつもお世話になっております。日の出産業の久我です。

標記案件につき、本日時点の状況を共有いたします。

　・相手方代理人より、10月12日付で修正した示談案が届きました（過失割合 20：80）。
　・弊社としては、さつき損保様の算定内容に沿って対応する方針です。
　・次回の三者打合せは、10月28日（水）15時から弊社にて行いたく存じます。

示談案の写しは、速水先生より真壁様へ直接お送りいただける旨、伺っております。
引き続きよろしくお願いいたします。
""" + SIG_KUGA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations (insurer and the company's lawyer) in To/Cc; case number only",
})

# 048 — PDF table: insured persons' movement notice (leavers, deaths, leave)
_p = people("048", 10, 1960, 1999)
_why = ["退職", "退職", "死亡", "休職", "退職", "転籍（川崎電機へ出向）", "退職", "復職", "退職", "育児休業"]
_pt = [["No", "社員番号", "氏名", "生年月日", "異動事由", "異動日", "保険金額"]]
for i, (q, w) in enumerate(zip(_p, _why), 1):
    _pt.append([str(i), q["emp"], q["name"], wareki(q["dob"], "abbr"), w, f"2026/{8 + i // 4}/{[1, 15, 30, 31][i % 4] if i % 4 != 3 else 30}", "500万"])
MESSAGES.append({
    "id": "hokenkin-048", "charset": "utf-8",
    "sender": MURASE, "to": [TOHO],
    "subject": "被保険者異動届（8月～10月分）",
    "body": """井ノ口様

お世話になっております。村瀬です。
8月～10月分の被保険者異動届をPDFでお送りいたします（10件）。
押印済みの原本は後日郵送いたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "pdf", "name": "被保険者異動届_202608-10.pdf", "title": "被保険者異動届",
                     "lines": ["被保険者異動届", "契約者：日の出産業株式会社　証券番号：GT-1150382", ""],
                     "table": _pt}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: PDF table of 10 insured persons with birth dates and reasons of movement to the insurer",
})

# 049 — one employee on sick leave for a mental disorder: income cover claim
MESSAGES.append({
    "id": "hokenkin-049", "charset": "cp932",
    "sender": KUGA, "to": [HIMAWARI],
    "subject": "所得補償保険の請求について（ご相談）",
    "body": """道端様

お世話になっております。久我です。

営業一部の早乙女（早乙女 美咲、社員番号 22915）が、8月から休職しております。
主治医の診断は「適応障害」で、休職期間は現時点で来年1月末までの見込みです。
本人から所得補償保険の請求をしたいと相談がありましたので、必要書類をご教示ください。

本人は書類のやり取りを自宅で行いたいとのことですので、
郵送先は本人の自宅宛てにしていただけると助かります（住所は別途お知らせします）。
""" + SIG_KUGA,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named employee's mental-health diagnosis and sick leave sent to the agent",
})

# 050 — tracking numbers and claim numbers only
MESSAGES.append({
    "id": "hokenkin-050", "charset": "utf-8",
    "sender": NARASAKI, "to": [TOHO_PAY],
    "subject": "請求書類 発送のご連絡（レターパック）",
    "body": """平良様

お世話になっております。楢崎です。
本日、下記の請求書類をレターパックプラスで発送しました。

  追跡番号　3621-4470-1185
  同封物　　請求番号 C26-10451／C26-10452／C26-10460 の請求書・領収書
  　　　　　（診断書は C26-10451 のみ同封）

到着しましたらご一報いただけますと幸いです。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "tracking and claim numbers only, no names",
})

# 051 — PPTX for a briefing, with a slide of named claim cases and diagnoses
_p = people("051", 6, 1964, 1995)
_case = ["乳がん　入院21日・手術", "心筋梗塞　入院14日", "大腸ポリープ切除　日帰り手術",
         "脳出血　入院63日（リハビリ含む）", "うつ病　休職6か月（GLTD）", "糖尿病性網膜症　手術"]
MESSAGES.append({
    "id": "hokenkin-051", "charset": "iso-2022-jp",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "加入促進説明会の資料（ドラフト）",
    "body": """道端様

お世話になっております。村瀬です。
11月の加入促進説明会で使うスライドのドラフトをお送りします。

「実際にこんな給付がありました」というページを入れたく、昨年度の支払事例を
6件載せています。説明会用の表現として適切か、ご意見をいただけますか。
""" + SIG_MURASE,
    "attachments": [{"kind": "pptx", "name": "加入促進説明会_draft.pptx", "title": "団体医療保険 加入促進説明会",
                     "slides": [["団体医療保険のご案内", "日の出産業株式会社 総務部", "2026年11月"],
                                ["制度のポイント", "・入院日額 5,000円／10,000円", "・手術給付金 最大20万円", "・保険料は給与天引き"],
                                ["実際にこんな給付がありました（2025年度）"]
                                + [f"{q['name']}さん（{q['dept']}・{age_on(q['dob'])}歳）：{c}" for q, c in zip(_p, _case)],
                                ["お申込み方法", "・申込書を11月20日までに総務部へ"]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 3: a slide names six employees with their diseases and treatments, sent to the agent",
})

# 052 — look-alike of the partner law firm (l → 1)
MESSAGES.append({
    "id": "hokenkin-052", "charset": "utf-8",
    "sender": KUGA, "to": ["速水 先生 <hayami@shirakawa-1aw.jp>"],
    "subject": "10/28 三者打合せの資料について",
    "body": """白川法律事務所
速水先生

いつもお世話になっております。日の出産業の久我です。

10月28日の三者打合せにつき、弊社側の出席者は大貫と私の2名です。
事前に示談案への弊社コメントをまとめ、10月26日中にお送りいたします。

当日は会議室の都合で、開始を15時30分に変更させていただけますと助かります。
""" + SIG_KUGA,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "reason 5: shirakawa-1aw.jp (digit one for l) is a homoglyph look-alike of the partner shirakawa-law.jp",
})

# 053 — partner bank, a question about transfer fees: nothing personal
MESSAGES.append({
    "id": "hokenkin-053", "charset": "iso-2022-jp",
    "sender": SAEKI, "to": [MIDORI],
    "subject": "総合振込の手数料体系について",
    "body": """みどり銀行 田辺様

お世話になっております。日の出産業の佐伯です。

来年度から、団体保険の見舞金や共済会の給付金を月1回の総合振込に
まとめたいと考えております。
同行宛て・他行宛てそれぞれの手数料と、月間件数による割引の有無を
ご教示いただけますでしょうか。

想定件数は月に20～40件程度です。
""" + SIG_SAEKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "question to the partner bank about fees; no personal data",
})

# 054 — plain ZIP: renewal set (CSV UTF-8 member list + DOCX cover letter)
_p = people("054", 40, 1961, 2004)
_c54 = [["emp_no", "name", "kana", "birth", "sex", "units"]]
for q in _p:
    _c54.append([q["emp"], q["name"], q["kana"], ymd(q["dob"], "-"), q["MF"], 1 + int(q["acct"][-1]) % 4])
MESSAGES.append({
    "id": "hokenkin-054", "charset": "cp932",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "医療保険 更新申込一式（名古屋工場分）",
    "body": """道端様

お世話になっております。村瀬です。
名古屋工場分の医療保険更新申込一式をZIPにまとめてお送りします。

　・送付状（Word）
　・加入者データ（CSV・40名）

本社分とは別に処理いただけますようお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "zip", "name": "名古屋工場_更新申込一式.zip",
                     "files": [{"kind": "docx", "name": "送付状.docx",
                                "paragraphs": ["株式会社ひまわり保険企画 御中", "団体医療保険 更新申込書類 送付状",
                                               "名古屋工場分 40名の加入者データを送付いたします。", "日の出産業株式会社 総務部"]},
                               {"kind": "csv", "name": "nagoya_members.csv", "encoding": "utf-8", "rows": _c54}]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 1: ZIP holding a CSV of 40 members with birth dates, sent to the agent",
})

# 055 — PPTX scheme overview, no people
MESSAGES.append({
    "id": "hokenkin-055", "charset": "utf-8",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "新入社員向け 団体保険説明スライドのご確認",
    "body": """宍戸様

お世話になっております。楢崎です。
来年4月の新入社員研修で使う団体保険の説明スライドを作りました。
補償内容や保険料の記載に誤りがないか、ご確認をお願いできますでしょうか。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "pptx", "name": "新入社員研修_団体保険.pptx",
                     "slides": [["日の出産業の団体保険", "総務部 福利厚生グループ"],
                                ["全員加入の保障", "・総合福祉団体定期保険（会社負担）", "・団体傷害保険（業務中・通勤中）"],
                                ["任意で加入できる保障", "・団体医療保険：月額 720円～", "・家族型医療保険：月額 1,150円～",
                                 "・GLTD 上乗せ：給与の20%まで"],
                                ["請求の流れ", "①総務部へ連絡 ②請求書類を提出 ③保険会社が審査 ④口座へ振込"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "PPTX about the scheme (products and premiums), no people",
})

# 056 — FW: the payroll team's internal list forwarded to the labour consultant
_p = people("056", 7, 1962, 1999)
_fw = "\n".join(f"{q['emp']}, {q['name']}, {q['zip']} {q['addr']}, 控除額 {int(q['acct'][:3]) * 4:,}円"
                for q in _p)
MESSAGES.append({
    "id": "hokenkin-056", "charset": "iso-2022-jp",
    "sender": SAEKI, "to": [KOTONOHA],
    "subject": "FW: 住所変更者の控除額確認",
    "body": """緒方様

お世話になっております。佐伯です。
社内で回っていた下記メールを転送いたします。
住所変更に伴い住民税と保険料控除の扱いが変わる7名です。年末調整の準備にお使いください。

---------- Forwarded message ----------
From: 人事部 給与厚生課 鷹野 <takano.r@hinode-sangyo.co.jp>
Date: 2026年10月13日(火) 10:21
Subject: 住所変更者の控除額確認
To: 佐伯 千尋 <chihiro.saeki@hinode-sangyo.co.jp>

佐伯さん

9月中に住所変更届が出た7名です。団体保険の控除額もあわせて確認してください。

""" + _fw + """

鷹野
""" + SIG_SAEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: a forward is new text to the consultant: 7 employees with home addresses and deductions",
})

# 057 — protected PDF to a bereaved family's free-mail address
MESSAGES.append({
    "id": "hokenkin-057", "charset": "utf-8",
    "sender": KUGA, "to": ["千葉 智子 様 <tomoko.chiba.home@yahoo.co.jp>"],
    "subject": "保険金お支払いのご案内（日の出産業 総務部）",
    "body": """千葉 智子 様

日の出産業株式会社 総務部の久我でございます。
このたびは心よりお悔やみ申し上げます。

東邦生命保険よりお支払い内容の通知が届きましたので、PDFにてお送りいたします。
ファイルを開く際のパスワードは、先日お電話でお伝えした番号（ご自宅電話番号の下4桁）です。

ご不明な点がございましたら、いつでもご連絡ください。
""" + SIG_KUGA,
    "attachments": [{"kind": "pdf", "name": "保険金お支払いのご案内.pdf", "password": "5528",
                     "lines": ["保険金お支払いのご案内", "受取人　千葉 智子 様",
                               "死亡保険金　5,000,000円", "お支払日　2026年9月30日"]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "reason 7: password-protected PDF cannot be inspected; recipient is one free-mail address",
})

# 058 — internal only: My Numbers for payment records, to accounting
MESSAGES.append({
    "id": "hokenkin-058", "charset": "cp932",
    "sender": SAEKI, "to": ["日の出産業 経理部 鷲尾 <washio@hinode-sangyo.co.jp>"],
    "subject": "【社内】共済会給付金 支払調書用の個人番号",
    "body": f"""鷲尾さん

お疲れさまです。給与厚生課の佐伯です。
共済会から支払った弔慰金・見舞金のうち、支払調書の提出対象となる3名の個人番号です。
法定調書の作成が終わりましたら、このメールは削除をお願いします。

  日下部 孝　　　{mn(2)}
  真田 由紀子　　{mn(3)}
  二階堂 光太　　{mn(4)}

番号は本人確認済みです（給与システム登録値と照合済み）。
""" + SIG_SAEKI,
    "expect": "pass", "entities": ["JP_MY_NUMBER", "PERSON_NAME"], "detectors": [],
    "note": "internal only: My Numbers sent to the company's own accounting team",
})

# 059 — the Osaka branch's mail (with a list of 8) attached as a message, sent to the agent
_p = people("059", 8, 1972, 2003)
_inner = "\n".join(f"{i}) {q['name']}／{ymd(q['dob'])}／{q['mobile']}" for i, q in enumerate(_p, 1))
MESSAGES.append({
    "id": "hokenkin-059", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "大阪支店 医療保険 新規加入8名（元メール添付）",
    "body": """道端様

お世話になっております。楢崎です。
大阪支店から届いた新規加入者の連絡を、そのまま添付でお送りします。
加入日は12月1日でお願いします。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "eml", "name": "大阪支店_新規加入者.eml", "message": {
        "charset": "iso-2022-jp", "sender": NAGUMO, "to": [NARASAKI],
        "subject": "医療保険 新規加入者（大阪支店）",
        "body": "楢崎さん\n\nお疲れさまです。大阪支店の南雲です。\n医療保険に新規加入する8名です。\n\n"
                + _inner + "\n\n申込書はまとめて社内便で送ります。\n" + SIG_NAGUMO}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: an attached mail lists 8 enrollees with birth dates and mobiles; sent outside it counts",
})

# 060 — PDF application guide, no people
MESSAGES.append({
    "id": "hokenkin-060", "charset": "cp932",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "申込案内（PDF）最終版",
    "body": """宍戸様

お世話になっております。楢崎です。
ご指摘いただいた2点を反映した申込案内の最終版をお送りします。
こちらで印刷に回してよろしいでしょうか。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "pdf", "name": "2026_団体保険申込案内_final.pdf", "title": "団体保険 申込案内",
                     "lines": ["2026年度 団体保険 お申込みのご案内", "",
                               "■申込期間　2026年11月2日（月）～11月20日（金）",
                               "■保険期間　2026年12月1日～2027年11月30日",
                               "■申込方法　申込書に記入のうえ、所属長経由で総務部へ提出",
                               "■保険料　　月払い（給与控除）", "",
                               "お問い合わせ：総務部 福利厚生窓口（内線2300）",
                               "取扱代理店：株式会社ひまわり保険企画　引受：東邦生命保険相互会社"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "an application guide as PDF: no people, only the scheme and business contacts",
})

# 061 — English PDF with a CONFIDENTIAL footer (renewal loss ratios), to the overseas insurer
MESSAGES.append({
    "id": "hokenkin-061", "charset": "utf-8",
    "sender": HASEGAWA, "to": [OAKES],
    "subject": "Renewal negotiation - our position paper",
    "body": """Dear Ms Oakes,

Further to our call on Tuesday, please find attached our position paper for the
1 December renewal of the expatriate medical plan.

In short, we cannot accept the proposed 14% increase. Our own analysis shows that two
large claims in 2025 account for most of the deterioration, and we propose a 6% increase
with a large-claim pooling arrangement instead.

I look forward to discussing this with you next week.
""" + SIG_HASEGAWA,
    "attachments": [{"kind": "pdf", "name": "Renewal_Position_Paper_2026.pdf",
                     "title": "Renewal Position Paper 2026",
                     "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Not for distribution",
                     "lines": ["Expatriate Medical Plan - Renewal Position Paper", "",
                               "1. Claims experience 2023-2025 (incurred / premium)",
                               "   2023: 61%   2024: 67%   2025: 94% (two claims > USD 150k)",
                               "2. Proposal: +6% base rate, pooling point USD 100k per claim",
                               "3. Plan changes: dental sub-limit reduced to USD 1,500",
                               "4. Term: 2 years with rate guarantee for year 2"]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "reason 6: the attached PDF is marked CONFIDENTIAL on every page and goes outside",
})

# 062 — three employees booked for individual consultations (name + mobile)
MESSAGES.append({
    "id": "hokenkin-062", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "11/12 個別保険相談会 予約者のご連絡",
    "body": """宍戸様

お世話になっております。楢崎です。
11月12日（木）の個別相談会の予約者をお知らせします。
当日、会場にお越しになれない場合のご連絡用に携帯番号も記載しています。

　13:00～　水落 剛　　　　　携帯 090-3318-6620
　13:40～　蓮見 香織　　　　携帯 080-2291-0457
　14:20～　仲宗根 一樹　　　携帯 070-6654-1893

会場は本社7階の応接室Bです。よろしくお願いいたします。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three people's names and mobiles (below five) to the agent: may be warned, not held",
})

# 063 — English: six expatriates with birth dates and personal e-mail
_p = people("063", 6, 1972, 1995)
_city = ["Singapore", "Bangkok", "Jakarta", "Ho Chi Minh City", "Shanghai", "Kuala Lumpur"]
_ex = "\n".join(f"{i}  {pad(q['ROMA'], 22)}{ymd(q['dob'], '-')}   {pad(c, 18)}{q['email']}"
                for i, (q, c) in enumerate(zip(_p, _city), 1))
MESSAGES.append({
    "id": "hokenkin-063", "charset": "utf-8",
    "sender": HASEGAWA, "to": [OAKES],
    "subject": "Member list for the online claims portal",
    "body": """Dear Jennifer,

As discussed, here is the list of expatriates to be registered on your online claims
portal. Please use their private e-mail addresses for the portal invitations, as their
company accounts are sometimes blocked by the local firewalls.

No Name                  DOB          Host city         Private e-mail
-- -------------------- ----------   ----------------- ------------------------------
""" + _ex + """

Dependants will follow in a separate list once HR has confirmed them.
""" + SIG_HASEGAWA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: six expatriates with dates of birth and private e-mail addresses to the overseas insurer",
})

# 064 — reply to the insurer's staff change notice (a business contact)
MESSAGES.append({
    "id": "hokenkin-064", "charset": "cp932",
    "sender": MURASE, "to": ["東邦生命 団体保険部 葛西様 <kasai.t@tohoseimei.co.jp>"],
    "cc": [TOHO],
    "subject": "Re: 担当者変更のご挨拶",
    "body": """葛西様

ご丁寧にありがとうございます。日の出産業の村瀬でございます。
11月より弊社をご担当いただけるとのこと、どうぞよろしくお願いいたします。

井ノ口様には長らく大変お世話になりました。
引継ぎのお打合せは、10月27日（火）午後でいかがでしょうか。

> 日の出産業株式会社 総務部 村瀬様
>
> 11月1日付で井ノ口の後任として貴社を担当いたします、葛西 直人と申します。
> 直通：03-3211-5840　携帯：080-5172-3306
> 今後ともよろしくお願い申し上げます。
""" + SIG_MURASE,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reply to the insurer about its staff change; the new contact's details are quoted business data",
})

# 065 — CSV (CP932) with full-width digits and 和暦: family enrolment, 15 rows
_p = people("065", 15, 1958, 2022)
_c65 = [["社員番号", "社員氏名", "加入者氏名", "続柄", "生年月日", "連絡先"]]
for i, q in enumerate(_p):
    e = _p[(i * 7) % 15]
    _c65.append([zen(e["emp"]), e["name"], e["sei"] + "　" + q["mei"], ["配偶者", "子", "父", "母", "子"][i % 5],
                 wareki(q["dob"], "zen"), zen(q["mobile"])])
MESSAGES.append({
    "id": "hokenkin-065", "charset": "cp932",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "家族傷害保険 申込データ（15名）",
    "body": """道端様

お世話になっております。村瀬です。
家族傷害保険の申込データ（15名分）をCSVでお送りします。
社員が手書きした申込書からの転記のため、全角数字のままになっています。
取込時に変換をお願いできますでしょうか。
""" + SIG_MURASE,
    "attachments": [{"kind": "csv", "name": "家族傷害_申込_202610.csv", "encoding": "cp932", "rows": _c65}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: CSV of 15 family members with 和暦 birth dates and phones in full-width digits",
})

# 066 — accident settlement meeting: four external organisations in To/Cc
MESSAGES.append({
    "id": "hokenkin-066", "charset": "utf-8",
    "sender": KUGA,
    "to": ["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>", SATSUKI],
    "cc": [CHOSA, SHIRAKAWA],
    "subject": "構内接触事故の示談協議日程について",
    "body": """関係各位

いつもお世話になっております。日の出産業株式会社 総務部の久我です。

9月24日に弊社物流センター構内で発生した、青葉運輸様車両と弊社フォークリフトの
接触事故につきまして、示談協議の日程を調整させていただきたくご連絡いたしました。

候補日：11月4日（水）・5日（木）・6日（金）いずれも14時～
場所：弊社本社 7階 会議室

ご都合の悪い日がございましたら、10月30日までにお知らせください。
""" + SIG_KUGA,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: four external organisations (partner, insurer, adjuster, law firm) see each other in To/Cc",
})

# 067 — four new members' home addresses for the certificates (below five)
_p = people("067", 4, 1985, 2003)
_a = "\n".join(f"{i}. {q['name']} 様\n   〒{q['zip']} {q['addr']}" for i, q in enumerate(_p, 1))
MESSAGES.append({
    "id": "hokenkin-067", "charset": "utf-8",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "加入者証の自宅送付先（4名）",
    "body": """道端様

お世話になっております。楢崎です。
在宅勤務中で会社での受け取りが難しい4名について、加入者証を自宅へ送付いただけますか。

""" + _a + """

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "four people's home addresses (below five) to the agent: may be warned, not held",
})

# 068 — factory accident: five injured workers, injuries and family contacts, tab-separated
_p = people("068", 10, 1968, 2004)
_fx68 = ["右前腕骨折", "顔面・両手熱傷（II度）", "頭部打撲・脳震盪", "左足甲挫傷", "有毒ガス吸入による急性中毒（経過観察入院）"]
_tsv68 = "氏名\t年齢\t負傷内容\t搬送先\t緊急連絡先（家族）\n" + "\n".join(
    f"{q['name']}\t{age_on(q['dob'])}\t{f}\t港明総合病院\t{q['sei']} {f2['mei']}（家族）{f2['mobile']}"
    for q, f, f2 in zip(_p[:5], _fx68, _p[5:]))
MESSAGES.append({
    "id": "hokenkin-068", "charset": "iso-2022-jp",
    "sender": MIYAJI, "to": [SATSUKI], "cc": [KUGA],
    "subject": "【至急】名古屋工場 設備事故の第一報（使用者賠償責任保険）",
    "body": """さつき損害保険株式会社
真壁様

日の出産業 名古屋工場 総務係の宮地です。取り急ぎ第一報です。

本日10時15分頃、名古屋工場 第2製造棟で乾燥炉の配管が破損し、
作業中の従業員5名が負傷しました。全員、港明総合病院に搬送済みです。

""" + _tsv68 + """

労災保険の手続きは並行して進めます。
使用者賠償責任保険・労災上乗せ保険の対象になると思われますので、
今後の対応についてご指示をお願いいたします。
""" + SIG_MIYAJI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 3: five injured workers with their injuries and family phone numbers, tab-separated",
})

# 069 — plain ZIP of blank claim forms and a readme
MESSAGES.append({
    "id": "hokenkin-069", "charset": "cp932",
    "sender": NARASAKI, "to": [HIMAWARI2],
    "subject": "社内イントラ掲載用 請求書様式一式",
    "body": """宍戸様

お世話になっております。楢崎です。
イントラに掲載する請求書様式一式をZIPでお送りします。
古い版が混じっていないか確認をお願いできますでしょうか。
""" + SIG_NARASAKI,
    "attachments": [{"kind": "zip", "name": "請求書様式一式_2026.zip",
                     "files": [{"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                                "text": "請求書様式一式（2026年10月版）\n1. 入院・手術給付金請求書\n2. 傷害保険金請求書\n3. 受取人指定変更届\n"},
                               {"kind": "pdf", "name": "入院手術給付金請求書.pdf",
                                "lines": ["入院・手術給付金請求書", "被保険者氏名：＿＿＿＿＿＿", "生年月日：＿＿年＿＿月＿＿日",
                                          "入院期間：＿＿＿＿＿＿", "振込先口座：＿＿＿＿＿＿"]},
                               {"kind": "pdf", "name": "傷害保険金請求書.pdf",
                                "lines": ["傷害保険金請求書", "事故日時：＿＿＿＿＿＿", "事故状況：＿＿＿＿＿＿"]},
                               {"kind": "docx", "name": "受取人指定変更届.docx",
                                "paragraphs": ["死亡保険金受取人 指定・変更届", "被保険者氏名：", "新受取人氏名：", "続柄："]}]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a plain ZIP of blank forms (field labels only), no people",
})

# 070 — report to the labour standards office: one injured worker
MESSAGES.append({
    "id": "hokenkin-070", "charset": "utf-8",
    "sender": MIYAJI, "to": ["港労働基準監督署 安全衛生課 <anzen-eisei@minato-kantoku.lg.jp>"],
    "subject": "労働者死傷病報告の提出前確認のお願い",
    "body": """港労働基準監督署 安全衛生課 御中

日の出産業株式会社 名古屋工場の宮地と申します。
先日お電話でご相談した休業災害について、報告書の提出前に記載内容をご確認いただきたく、
概要をお送りいたします。

　被災労働者：瀬戸口 修二（男）昭和57年3月2日生
　職種　　　：プレス機オペレーター（経験年数 12年）
　発生日時　：2026年10月5日 14時30分頃
　傷病名　　：右手示指・中指 挫滅創（第1関節より切断）
　休業見込　：約45日

電子申請にて提出予定ですが、記載の粒度について不足がございましたらご指摘ください。
""" + SIG_MIYAJI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named worker's injury (amputation) and date of birth sent outside the company",
})

# 071 — the insurer's circular attached as a mail, forwarded to the labour consultant
MESSAGES.append({
    "id": "hokenkin-071", "charset": "iso-2022-jp",
    "sender": SAEKI, "to": [KOTONOHA],
    "subject": "FW: 団体保険料の口座振替日変更のお知らせ",
    "body": """緒方様

お世話になっております。佐伯です。
東邦生命から口座振替日変更の案内が届きましたので、元メールを添付で共有します。
1月以降の給与控除スケジュールへの影響はないと理解していますが、念のためご確認ください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "eml", "name": "口座振替日変更のお知らせ.eml", "message": {
        "charset": "iso-2022-jp", "sender": TOHO, "to": [SAEKI],
        "subject": "団体保険料の口座振替日変更のお知らせ",
        "body": """契約者各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2027年1月より、団体保険料の口座振替日を毎月27日から毎月26日（休日の場合は翌営業日）に
変更させていただきます。お手続きは不要です。

東邦生命保険相互会社 団体保険部
"""}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "attached mail is an insurer's circular to all policyholders, no personal data",
})

# 072 — look-alike of a partner (hyphen for dot): three seconded employees
MESSAGES.append({
    "id": "hokenkin-072", "charset": "cp932",
    "sender": MURASE, "to": ["川崎電機 人事部 福山様 <fukuyama@kawasaki-denki-co.jp>"],
    "subject": "出向者の団体保険の取扱いについて",
    "body": """川崎電機株式会社 人事部
福山様

お世話になっております。日の出産業 総務部の村瀬です。
10月1日付で貴社へ出向した3名について、弊社の団体保険は出向期間中も継続いたします。
保険料は従来どおり弊社で給与控除いたしますので、貴社でのお手続きは不要です。

　小野寺 誠　　（昭和36年3月17日生）
　栗林 亮介　　（平成2年8月9日生）
　我妻 千夏　　（平成9年1月30日生）

念のため、貴社の団体保険との重複加入がないかご確認いただけますと幸いです。
""" + SIG_MURASE,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "reason 5: kawasaki-denki-co.jp (hyphen for dot) imitates the partner kawasaki-denki.co.jp",
})

# 073 — a child's hospital stay (asthma) under the family medical plan
MESSAGES.append({
    "id": "hokenkin-073", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": [SATSUKI], "cc": ["蓮見 達也 <t-hasumi@hinode-sangyo.co.jp>"],
    "subject": "家族型医療保険 入院給付金のご請求（お子様）",
    "body": """さつき損害保険 真壁様

お世話になっております。日の出産業の楢崎です。
家族型医療保険にご加入の社員から、お子様の入院について請求のご相談がありました。

　社員　　：蓮見 達也（営業一部）
　入院者　：蓮見 陽菜（長女、平成30年6月11日生）
　傷病名　：気管支喘息（小児喘息）の急性増悪
　入院期間：2026年10月2日～10月7日（6日間）
　病院　　：船橋こども医療センター

請求書の送付をお願いいたします（本人を cc に入れております）。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named child's diagnosis and hospital stay sent to the insurer",
})

# 074 — CSV (UTF-8) of aggregated figures by site
MESSAGES.append({
    "id": "hokenkin-074", "charset": "utf-8",
    "sender": MURASE, "to": [HIMAWARI],
    "subject": "拠点別 加入状況（集計値）",
    "body": """道端様

お世話になっております。村瀬です。
ご依頼のあった拠点別の加入状況（10月1日時点）をCSVでお送りします。
個人単位のデータは含めていません。
""" + SIG_MURASE,
    "attachments": [{"kind": "csv", "name": "site_summary_20261001.csv", "encoding": "utf-8",
                     "rows": [["拠点", "在籍者数", "団体定期 任意加入", "医療保険", "家族型", "加入率(医療)"],
                              ["本社", 612, 388, 402, 151, "65.7%"], ["大阪支店", 143, 81, 96, 33, "67.1%"],
                              ["名古屋工場", 356, 170, 228, 92, "64.0%"], ["物流センター", 129, 52, 71, 20, "55.0%"],
                              ["合計", 1240, 691, 797, 296, "64.3%"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregated counts by site in a CSV, no individuals",
})

# 075 — XLSX stamped 取扱注意 in the page header: four people's large claims
MESSAGES.append({
    "id": "hokenkin-075", "charset": "utf-8",
    "sender": ONUKI, "to": [HIMAWARI],
    "subject": "高額支払案件の一覧（更新交渉用）",
    "body": """道端様

お世話になっております。大貫です。
更新交渉でご説明いただく際の参考として、直近1年の高額支払案件を添付します。
保険会社への提示は件数と金額の範囲に留めていただけますようお願いします。
""" + SIG_ONUKI,
    "attachments": [{"kind": "xlsx", "name": "高額支払案件_2025-2026.xlsx", "page_header": "取扱注意",
                     "sheets": {"高額案件": [["【取扱注意】高額支払案件一覧（100万円以上）"], [],
                                             ["氏名", "所属", "支払日", "種別", "支払額(円)"],
                                             ["栗林 誠", "営業二部", "2025/12/18", "死亡保険金", 10_000_000],
                                             ["東海林 恵美", "経理部", "2026/03/05", "高度障害保険金", 5_000_000],
                                             ["丹羽 剛", "名古屋工場 製造課", "2026/06/22", "GLTD（累計）", 1_764_000],
                                             ["比嘉 真理", "大阪支店 営業課", "2026/08/31", "死亡保険金", 3_000_000]]}}],
    "expect": "stop", "entities": ["PERSON_NAME"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "reason 6: the XLSX is classified 取扱注意 (header and title row); it also names 4 people with payouts",
})

# 076 — English: an expatriate hospitalised with dengue fever
MESSAGES.append({
    "id": "hokenkin-076", "charset": "utf-8",
    "sender": HASEGAWA, "to": ["Pacific Crest Claims APAC <claims-apac@pacificcrest-assurance.com>"],
    "cc": [OAKES],
    "subject": "New claim - hospitalisation in Singapore (member ID PCA-77310-0142)",
    "body": """Dear Claims Team,

I would like to notify a new in-patient claim under our expatriate medical plan.

  Member:        Mr Kazuhiko Teshigawara (member ID PCA-77310-0142)
  Date of birth: 14 February 1979
  Hospital:      Mount Elin Medical Centre, Singapore
  Admitted:      6 October 2026
  Diagnosis:     Dengue haemorrhagic fever, platelet count 18,000/uL on admission
  Status:        in ICU for 2 days, now on the general ward; discharge expected 14 October

Could you please arrange a guarantee of payment directly with the hospital? The hospital's
billing office contact is billing@mountelin-medical.sg.
""" + SIG_HASEGAWA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named employee's diagnosis and hospital stay, in English, to the overseas insurer",
})

# 077 — legacy XLS of monthly claim statistics (counts only)
MESSAGES.append({
    "id": "hokenkin-077", "charset": "cp932",
    "sender": KUGA, "to": [HIMAWARI2],
    "subject": "月別請求件数（2026年4月〜9月）",
    "body": """宍戸様

お世話になっております。久我です。
上期の月別請求件数をお送りします。個人が特定できる項目は外しています。
""" + SIG_KUGA,
    "attachments": [{"kind": "xls", "name": "claims_monthly_2026H1.xls",
                     "sheets": {"件数": [["月", "入院", "手術", "通院(傷害)", "死亡", "GLTD新規"],
                                         ["2026/04", 9, 4, 6, 0, 1], ["2026/05", 12, 5, 3, 1, 0],
                                         ["2026/06", 8, 2, 7, 0, 1], ["2026/07", 14, 6, 9, 0, 0],
                                         ["2026/08", 11, 3, 12, 1, 1], ["2026/09", 10, 5, 8, 0, 0]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "monthly claim counts only, no individuals",
})

# 078 — maternity: caesarean section, with the health insurance card number
MESSAGES.append({
    "id": "hokenkin-078", "charset": "cp932",
    "sender": NARASAKI, "to": [TOHO_PAY],
    "subject": "手術給付金のご請求（帝王切開）",
    "body": """平良様

お世話になっております。楢崎です。
下記の社員について、入院・手術給付金を請求いたします。

　被保険者　　：奥寺 紗希（品質保証部、社員番号 31764）
　手術・傷病名：帝王切開術（前置胎盤のため）
　入院期間　　：2026年9月18日～9月27日（10日間）
　健康保険証　：記号 8102　番号 1376　（保険者番号 06131527）

出産育児一時金の直接支払制度を利用しているため、領収書は差額分のみとなります。
その場合の必要書類をご教示いただけますでしょうか。
""" + SIG_NARASAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "reasons 2 and 3: a named employee's surgery/diagnosis and her 健康保険証 記号・番号 to the insurer",
})

# 079 — DOCX claim handbook draft, no people
MESSAGES.append({
    "id": "hokenkin-079", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [HIMAWARI],
    "subject": "保険金請求の手引き（改訂案）",
    "body": """道端様

お世話になっております。久我です。
社員向け「保険金請求の手引き」の改訂案を添付します。
第3章（必要書類一覧）の記載が保険会社の最新の取扱いと合っているか、ご確認いただけますか。
""" + SIG_KUGA,
    "attachments": [{"kind": "docx", "name": "保険金請求の手引き_改訂案.docx", "title": "保険金請求の手引き",
                     "paragraphs": ["保険金請求の手引き（2026年版 改訂案）", "第1章 はじめに",
                                    "入院・手術・ケガなどで保険金を請求するときの手順をまとめています。",
                                    "第2章 請求の流れ", "総務部へ連絡 → 書類の取り寄せ → 提出 → 審査 → お支払い",
                                    "第3章 必要書類一覧"],
                     "tables": [[["請求の種類", "必要書類"], ["入院・手術", "請求書、診断書（5日未満は領収書で可）"],
                                 ["傷害（通院）", "請求書、事故状況報告書、領収書"],
                                 ["死亡", "請求書、死亡診断書、戸籍謄本、受取人の印鑑証明"]]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "DOCX handbook on how to claim, no people",
})

# 080 — reply thread: new text states a disability certificate grade
MESSAGES.append({
    "id": "hokenkin-080", "charset": "utf-8",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "Re: 高度障害保険金のご請求について（追加確認）",
    "body": """平良様

お世話になっております。久我です。
ご確認の件、本人と主治医に確認いたしました。

・身体障害者手帳：1級（両下肢機能全廃）、交付日 2026年8月20日
・原因傷病：頸髄損傷（2026年4月のバイク事故による）
・現在の状況：車椅子を使用、在宅でのリハビリを継続中

被保険者は野々村 慎吾（物流センター、社員番号 40127）です。
手帳の写しは本人の同意を得て、明日郵送いたします。

On 2026/10/14 9:32, 平良 wrote:
> 日の出産業 久我様
> 高度障害保険金のご請求につき、以下2点ご確認させてください。
> 1. 身体障害者手帳の等級と交付日
> 2. 原因となった傷病と現在の状況
""" + SIG_KUGA,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: new text gives a named employee's disability grade and cause; the quote holds only questions",
})

# 081 — HTML-only announcement to all staff (internal only)
MESSAGES.append({
    "id": "hokenkin-081", "charset": "utf-8",
    "sender": FUKURI, "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "【総務部】団体保険 年次更新のお申込み受付を開始します",
    "html": """<html><body style="font-family:sans-serif">
<h3 style="color:#1f4e79">団体保険 年次更新のお知らせ</h3>
<p>社員の皆さま<br>お疲れさまです。総務部 福利厚生窓口です。</p>
<p>12月1日から始まる新年度の団体保険について、お申込みの受付を開始します。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>内容</th></tr>
<tr><td>受付期間</td><td>11月2日（月）～11月20日（金）</td></tr>
<tr><td>対象</td><td>団体定期保険（任意加入）・団体医療保険・家族型医療保険</td></tr>
<tr><td>申込方法</td><td>イントラ「福利厚生」→「団体保険」から申込書をダウンロード</td></tr>
<tr><td>説明会</td><td>11月5日（木）12:10～12:50 本社7F大会議室（Teams配信あり）</td></tr>
</table>
<p>変更がない方は手続き不要です（自動継続）。<br>
ご不明な点は内線2300までお問い合わせください。</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML-only announcement to an internal all-staff address",
})

# 082 — retirees' mailing list (CSV UTF-8) to the partner print shop for a DM run
_p = people("082", 25, 1950, 1961)
_c82 = [["郵便番号", "住所", "氏名", "敬称", "管理番号"]]
for i, q in enumerate(_p, 1):
    _c82.append([q["zip"], q["addr"], q["name"], "様", f"R{26000 + i * 13}"])
MESSAGES.append({
    "id": "hokenkin-082", "charset": "iso-2022-jp",
    "sender": FUKURI, "to": ["錦印刷 DMセンター 飯塚様 <dm-center@nishiki-insatsu.co.jp>"],
    "subject": "退職者団体保険 更新案内DM 宛名データ",
    "body": """錦印刷株式会社 DMセンター
飯塚様

いつもお世話になっております。日の出産業 総務部 福利厚生窓口です。
退職者団体保険の更新案内DMについて、宛名印字用のデータをお送りします（25件）。

封筒：長3 窓なし（弊社ロゴ入り、在庫分を使用）
発送予定日：11月2日（月）

案内状の原稿は別途、担当の村瀬からお送りいたします。
""" + SIG_FUKURI,
    "attachments": [{"kind": "csv", "name": "dm_atena_retiree.csv", "encoding": "utf-8", "rows": _c82}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: 25 retirees' names and home addresses in a CSV to the print shop",
})

# 083 — corrupt DOCX to the labour consultant
MESSAGES.append({
    "id": "hokenkin-083", "charset": "cp932",
    "sender": SAEKI, "to": [KOTONOHA],
    "subject": "傷病手当金と所得補償の併給に関する確認メモ",
    "body": """緒方様

お世話になっております。佐伯です。
先日ご相談した、傷病手当金と所得補償保険の併給調整について、
社内向けの確認メモを作成しました。内容に誤りがないかご確認をお願いします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "corrupt", "name": "併給調整_確認メモ.docx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "reason 7: the attached DOCX is corrupt and cannot be inspected",
})

# 084 — reply to an employee's wife (free mail); her account of the stay is only quoted
MESSAGES.append({
    "id": "hokenkin-084", "charset": "iso-2022-jp",
    "sender": NARASAKI, "to": ["栗林 麻衣 <mai.kuribayashi@icloud.com>"],
    "subject": "Re: 入院の保険について教えてください",
    "body": """栗林 麻衣 様

ご連絡ありがとうございます。日の出産業 総務部の楢崎です。

ご請求の手続きは、以下の順で進めていただければ大丈夫です。

1. 総務部から請求書をご自宅へ郵送します（3日ほどで届きます）。
2. 退院後、病院の窓口で「診断書」または「入院証明書」をご依頼ください。
3. 請求書と診断書を同封の返信用封筒でお送りください。

お支払いは書類到着から1～2週間ほどです。
どうぞお大事になさってください。
""" + SIG_NARASAKI + """

> 総務部 ご担当者様
>
> 物流センターの栗林の妻です。夫が10月9日から胃潰瘍で入院しており、
> 来週退院予定です。会社の医療保険から給付金は出るのでしょうか。
> 手続きを教えてください。
>
> 栗林 麻衣
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient; the diagnosis appears only in her own quoted message, new text is procedure",
})

# 085 — stamped 極秘 in the body: loss ratio and the insurer's rate plan
MESSAGES.append({
    "id": "hokenkin-085", "charset": "utf-8",
    "sender": ONUKI, "to": [HIMAWARI],
    "subject": "更新料率の件",
    "body": """■機密区分：極秘
■開示範囲：日の出産業 総務部長・総務課長／ひまわり保険企画 道端様 限り

道端様

お世話になっております。大貫です。
東邦生命様から非公式に示された更新料率について、弊社の受け止めを共有します。

　・医療保険 損害率（直近3年平均）：72.4%
　・東邦生命 提示：保険料 +9.5%
　・弊社目標　　 ：+4%以内（ライフアーク生命の参考見積 +3.8%）

ライフアーク生命の見積を取得していることは、現時点では東邦生命様には伏せておきたく、
交渉の進め方をご相談させてください。
""" + SIG_ONUKI,
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "reason 6: the mail carries a 極秘 classification line and goes to the agent",
})

# 086 — one employee's family of three (four people in all) for the family plan
MESSAGES.append({
    "id": "hokenkin-086", "charset": "cp932",
    "sender": NARASAKI, "to": [HIMAWARI],
    "subject": "家族型医療保険 申込（勅使河原さん）",
    "body": """道端様

お世話になっております。楢崎です。
家族型医療保険の申込を1件お送りします。

　社員　　　勅使河原 拓海（情報システム部）　1988/05/30
　配偶者　　勅使河原 結衣　　　　　　　　　　 1990/11/02
　長男　　　勅使河原 蓮　　　　　　　　　　　 2019/07/15
　長女　　　勅使河原 葵　　　　　　　　　　　 2022/02/08

12月1日加入、プランAです。申込書原本は社内便で回収中です。
""" + SIG_NARASAKI,
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "one family (four people) with birth dates to the agent: below five, may be warned",
})

# 087 — three years of claims with diagnoses (two sheets) to a competing insurer for a quote
_p = people("087", 18, 1960, 2000)
_dx87 = ["胃がん", "心筋梗塞", "大腸がん", "骨折（大腿骨）", "脳梗塞", "うつ病", "虫垂炎", "白内障", "乳がん",
         "椎間板ヘルニア", "肺炎", "子宮筋腫", "狭心症", "胆石症", "統合失調症", "甲状腺がん", "糖尿病", "腎結石"]
_s1, _s2 = [["支払実績明細（2023-2024年度）"], [], ["年度", "氏名", "性別", "生年月日", "疾病分類", "給付種別", "支払額"]], \
           [["支払実績明細（2025年度）"], [], ["年度", "氏名", "性別", "生年月日", "疾病分類", "給付種別", "支払額"]]
for i, (q, d) in enumerate(zip(_p, _dx87)):
    row = [2023 + i % 3, q["name"], q["sex"], ymd(q["dob"]), d, ["入院", "手術", "入院＋手術"][i % 3], (i + 3) * 41_000]
    (_s2 if i % 3 == 2 else _s1).append(row)
MESSAGES.append({
    "id": "hokenkin-087", "charset": "iso-2022-jp",
    "sender": ONUKI, "to": ["あさひな海上火災 法人営業部 北見様 <kitami@asahina-kaijo.co.jp>"],
    "subject": "医療保険 参考見積用の支払実績データ",
    "body": """あさひな海上火災保険株式会社
法人営業部 北見様

お世話になっております。日の出産業の大貫です。
医療保険の参考見積について、過去3年の支払実績データをお送りいたします。
シート「2023-2024」と「2025」に分かれておりますのでご注意ください。

11月中旬を目処にお見積りをいただけますと幸いです。
""" + SIG_ONUKI,
    "attachments": [{"kind": "xlsx", "name": "支払実績_2023-2025.xlsx",
                     "sheets": {"2023-2024": _s1, "2025": _s2}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 3: 18 named claimants with diagnoses over two sheets, sent to a competing insurer",
})

# 088 — claim number only
MESSAGES.append({
    "id": "hokenkin-088", "charset": "iso-2022-jp",
    "sender": KUGA, "to": [TOHO_PAY],
    "subject": "請求番号 C26-10418 の書類不備解消について",
    "body": """平良様

お世話になっております。久我です。
請求番号 C26-10418 でご指摘いただいた書類不備（領収書の日付相違）は、
病院から訂正版を受領しましたので、本日追送いたしました。

お手数ですが、審査の再開をお願いいたします。
""" + SIG_KUGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "claim number only, no names or medical details",
})

# 089 — maturity refunds: five retirees' My Numbers in an XLSX
_p = people("089", 5, 1950, 1962)
_m89 = [["積立傷害保険 満期返戻金 支払調書用 受取人情報"], [],
        ["受取人氏名", "フリガナ", "住所", "個人番号", "返戻金額(円)"]]
for k, q in zip(range(5, 10), _p):
    _m89.append([q["name"], q["kana"], f"〒{q['zip']} {q['addr']}", mn(k), 300_000 + k * 21_000])
MESSAGES.append({
    "id": "hokenkin-089", "charset": "utf-8",
    "sender": KUGA, "to": ["さつき損保 契約管理課 <keiyaku-kanri@satsuki-sonpo.co.jp>"],
    "subject": "満期返戻金 支払調書用データのご提出",
    "body": """さつき損害保険株式会社 契約管理課 御中

お世話になっております。日の出産業株式会社 総務部の久我です。
積立傷害保険の満期返戻金（5名分）について、支払調書作成用の受取人情報を提出いたします。
本人確認書類の写しは郵送にてお送りします。
""" + SIG_KUGA,
    "attachments": [{"kind": "xlsx", "name": "満期返戻金_受取人情報.xlsx",
                     "sheets": {"受取人": _m89}}],
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reasons 1 and 2: five retirees' My Numbers with addresses in an XLSX to the insurer",
})

# 090 — English: two external organisations (overseas insurer + local agent)
MESSAGES.append({
    "id": "hokenkin-090", "charset": "utf-8",
    "sender": HASEGAWA, "to": [OAKES], "cc": [HIMAWARI],
    "subject": "Renewal meeting on 5 November",
    "body": """Dear Jennifer,

Thank you for agreeing to meet on 5 November. I have copied Mr Michibata of Himawari
Hoken Kikaku, our local broker, who will join us.

  Date:  Thursday, 5 November 2026, 10:00-11:30 (JST)
  Place: Hinode Sangyo head office, 7F Meeting Room 2 / Teams link to follow

Agenda: (1) renewal terms, (2) direct billing with hospitals in Jakarta,
(3) claims portal roll-out.
""" + SIG_HASEGAWA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc for a meeting; no personal data",
})

# 091 — DOCX: one person's My Number declaration form
MESSAGES.append({
    "id": "hokenkin-091", "charset": "cp932",
    "sender": MURASE, "to": [TOHO_PAY],
    "subject": "個人番号申告書（高度障害保険金 受取人）",
    "body": """平良様

お世話になっております。村瀬です。
高度障害保険金の受取人について、個人番号申告書をWordでお送りいたします。
本人確認書類の写しは本日郵送しました。
""" + SIG_MURASE,
    "attachments": [{"kind": "docx", "name": "個人番号申告書_野々村.docx",
                     "paragraphs": ["個人番号申告書", "東邦生命保険相互会社 御中", ""],
                     "tables": [[["氏名", "野々村 慎吾"], ["フリガナ", "ノノムラ シンゴ"],
                                 ["生年月日", "平成3年4月26日"],
                                 ["住所", "〒177-0045 東京都練馬区石神井台6-3-21 ハイム花水木 103"],
                                 ["個人番号", mn(10)], ["申告日", "2026年10月16日"]]]}],
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 2: a My Number declaration (number, birth date, address) in a DOCX to the insurer",
})

# 092 — retirees correctly in Bcc
MESSAGES.append({
    "id": "hokenkin-092", "charset": "iso-2022-jp",
    "sender": FUKURI, "to": [FUKURI],
    "bcc": ["h.kogure1958@gmail.com", "sanada-kumiko@yahoo.co.jp", "yahagi.tsuyoshi@outlook.jp",
            "a-ikeda.0731@ezweb.ne.jp"],
    "subject": "【日の出産業】退職者団体保険 申込期限のお知らせ",
    "body": """退職者の皆さま

日の出産業株式会社 総務部 福利厚生窓口です。
（本メールは退職者団体保険にご関心をお寄せいただいた方へ、Bccでお送りしています）

退職者団体保険（継続加入）のお申込み期限は 11月20日（金）必着 です。
申込書がお手元にない場合は、お手数ですが下記までご連絡ください。
""" + SIG_FUKURI,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "private recipients are in Bcc, so they cannot see each other; only free-mail recipients",
})

# 093 — look-alike of the own domain (co. dropped): list of non-enrolled employees
_p = people("093", 9, 1978, 2004)
_r93 = [["氏名", "所属", "携帯", "備考"]] + [[q["name"], q["dept"], q["mobile"], ["新入社員", "中途入社", "未回答", ""][i % 4]]
                                            for i, q in enumerate(_p)]
MESSAGES.append({
    "id": "hokenkin-093", "charset": "utf-8",
    "sender": MURASE, "to": ["営業本部長 桑原様 <kuwabara@hinode-sangyo.jp>"],
    "subject": "医療保険 未加入者への声かけのお願い",
    "body": """桑原本部長

お疲れさまです。総務部の村瀬です。
営業本部で医療保険に未加入の9名です。申込期限が11月20日ですので、
朝礼などで一声かけていただけると助かります。

""" + aligned(_r93, gap=4) + """

よろしくお願いいたします。
""" + SIG_MURASE,
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "reasons 5 and 1: hinode-sangyo.jp (co. dropped) is a look-alike of the own domain; 9 people listed",
})

# 094 — 社外秘 mentioned in passing, nothing attached
MESSAGES.append({
    "id": "hokenkin-094", "charset": "utf-8",
    "sender": ONUKI, "to": [HIMAWARI],
    "subject": "Re: 会社補助見直しの件",
    "body": """道端様

お世話になっております。大貫です。
ご照会の件ですが、見直し案の資料は社外秘扱いのため、経営会議の承認が出るまでは
お渡しできません。申し訳ございません。

承認後（12月上旬の見込み）に、確定版を改めてお送りします。
それまでは、先日口頭でお伝えした方向性の範囲でご検討いただけますと幸いです。
""" + SIG_ONUKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 is only mentioned (why nothing is sent); the mail itself is not classified",
})

# 095 — either: one named employee's hospitalisation claim, without diagnosis
MESSAGES.append({
    "id": "hokenkin-095", "charset": "cp932",
    "sender": NARASAKI, "to": [TOHO_PAY],
    "subject": "入院給付金 請求書類のお取り寄せ",
    "body": """平良様

お世話になっております。楢崎です。
大阪支店の比嘉 恵美さんが10月上旬に入院されていたとのことで、
入院給付金の請求書類を1部お送りいただけますでしょうか。

送付先は総務部（楢崎宛）でお願いいたします。
""" + SIG_NARASAKI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named person's hospital stay (no diagnosis) to the insurer that will pay it: 診療情報 or not, judgement call",
})

# 096 — the print shop gets the letter text only (no addresses)
MESSAGES.append({
    "id": "hokenkin-096", "charset": "iso-2022-jp",
    "sender": MURASE, "to": ["錦印刷 DMセンター 飯塚様 <dm-center@nishiki-insatsu.co.jp>"],
    "subject": "退職者団体保険 案内状の原稿",
    "body": """飯塚様

いつもお世話になっております。日の出産業の村瀬です。
退職者団体保険の案内状（A4 両面1枚）の原稿をWordでお送りします。
校正は1回でお願いいたします。
""" + SIG_MURASE,
    "attachments": [{"kind": "docx", "name": "案内状原稿_退職者団体保険.docx",
                     "paragraphs": ["退職者団体保険　継続加入のご案内", "拝啓　晩秋の候、皆さまにはますますご健勝のこととお慶び申し上げます。",
                                    "在職中にご加入の団体保険は、ご退職後も継続してご加入いただけます。",
                                    "同封の申込書に必要事項をご記入のうえ、11月20日までにご返送ください。", "敬具",
                                    "日の出産業株式会社 総務部 福利厚生窓口　TEL 03-5201-4470（代表）"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "letter text for a mailing, without the address list: no personal data",
})

# 097 — hospital document fee inquiry, no patient identified
MESSAGES.append({
    "id": "hokenkin-097", "charset": "utf-8",
    "sender": KUGA, "to": ["みなと中央病院 医事課 <iji@minato-chuo-hp.or.jp>"],
    "subject": "文書料ご請求書の振込先について",
    "body": """医療法人青嶺会 みなと中央病院
医事課 御中

いつもお世話になっております。日の出産業株式会社 総務部の久我です。

弊社宛にいただいた文書料のご請求書（No.M-2026-3318、5,500円）につき、
お振込先の口座名義が昨年と異なっておりましたので、念のため確認させてください。
ご請求書記載の口座（みどり銀行 新川支店）へお振込みしてよろしいでしょうか。
""" + SIG_KUGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "invoice question to a hospital, about the hospital's own account; no patient named",
})

# 098 — total payout received, no names
MESSAGES.append({
    "id": "hokenkin-098", "charset": "cp932",
    "sender": SAEKI, "to": [TOHO_PAY],
    "subject": "10月分 保険金入金の確認",
    "body": """平良様

お世話になっております。日の出産業 給与厚生課の佐伯です。
10月20日付で弊社口座にご入金いただいた団体保険金（合計 3,482,000円、14件）を確認いたしました。
各人への支払いは10月25日の給与と合わせて行います。

内訳明細の写しを郵送でもいただけますと幸いです。
""" + SIG_SAEKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a total amount and count of payouts, no individuals",
})

# 099 — internal only: the insurer's list with diagnoses forwarded to the director
_p = people("099", 6, 1965, 1997)
_fw99 = "\n".join(f"{q['name']}　{d}　{a:,}円" for q, d, a in
                  zip(_p, ["肺炎", "骨折", "胃がん", "狭心症", "腸閉塞", "白内障"], [60000, 45000, 420000, 250000, 90000, 100000]))
MESSAGES.append({
    "id": "hokenkin-099", "charset": "iso-2022-jp",
    "sender": KUGA, "to": ["総務部長 柳瀬 <yanase@hinode-sangyo.co.jp>"], "cc": [ONUKI],
    "subject": "FW: 9月お支払い分 明細",
    "body": """柳瀬部長

お疲れさまです。久我です。
東邦生命からの9月支払明細を転送します。高額案件（胃がん）の方は現在休職中です。

-----Original Message-----
From: 平良 <taira.m@tohoseimei.co.jp>
Sent: Friday, October 2, 2026 3:15 PM
To: s-kuga@hinode-sangyo.co.jp
Subject: 9月お支払い分 明細

""" + _fw99 + """

東邦生命保険 保険金部 平良
""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "internal only: a forwarded list with diagnoses goes to the internal director",
})

# 100 — list of the company's own sites (businesses) for document delivery
MESSAGES.append({
    "id": "hokenkin-100", "charset": "utf-8",
    "sender": MURASE, "to": [TOHO], "cc": [HIMAWARI2],
    "subject": "証券・加入者証の拠点別送付先",
    "body": """井ノ口様

お世話になっております。村瀬です。
今年度の証券・加入者証は、下記の拠点別にまとめてご送付いただけますでしょうか。

拠点　　　　　送付先　　　　　　　　　　　　　　　　　　　　　　　　TEL
本社　　　　　〒103-0027 東京都中央区日本橋2-8-5 日の出産業ビル7F　　03-5201-4470
大阪支店　　　〒530-0004 大阪府大阪市北区堂島浜1-4-16　　　　　　　06-6345-2210
名古屋工場　　〒455-0831 愛知県名古屋市港区十一屋2-3　　　　　　　　052-661-3307
物流センター　〒136-0073 東京都江東区北砂7-12-1　　　　　　　　　　　03-3640-8151
横浜営業所　　〒220-0011 神奈川県横浜市西区高島2-6-32 横浜東口ビル5F　045-451-2270

宛名はいずれも「総務ご担当者様」でお願いいたします。
""" + SIG_MURASE,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "a list of the company's own sites (business addresses and switchboards); insurer + agent in To/Cc",
})

# ISO-2022-JP mailers send U+301C for the full-width tilde; 020 keeps its circled digits
# and so goes out as UTF-8, as such mail really does.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp" and _m["id"] != "hokenkin-020" and _m.get("body"):
        _m["body"] = _m["body"].replace("～", "〜")
