"""municipal — 日の出産業 自治体BPO事業部 (outsourced municipal counters and call centres).

The mail of the staff who run counters and call centres for fictional municipalities
(若葉市 city.wakaba.lg.jp, 東雲町 town.shinonome.lg.jp, 青波市 city.aonami.lg.jp):
residents' applications for 児童手当, 生活保護 inquiries, tax certificates (税証明),
elderly residents' watch lists (見守り), disaster-vulnerable persons lists
(避難行動要支援者名簿), and the mail with system vendors (ツバサシステム, 行政リンク,
コールナビ), the 社会福祉協議会, 地域包括支援センター, 民生委員 and city officials.

Written blind from BRIEF.md.  Every person, number and address is invented; My Numbers
and card numbers come from build.my_number / build.card_number with seeds from 4901.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# -- small helpers ----------------------------------------------------------------------

_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """ASCII digits and punctuation → full-width (as people type on 全角 mode)."""
    return s.translate(_FW)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - dw(s), 0)


def padz(s: str, width: int) -> str:
    """pad with full-width spaces (width counted in full-width characters)."""
    n = max(width * 2 - dw(s), 0)
    return s + "　" * (n // 2) + (" " if n % 2 else "")


def table(rows: list[list[str]], rule: bool = True, gap: int = 2) -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append((" " * gap).join("-" * w for w in widths))
    return "\n".join(out)


def spaced(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def dashed(n: str) -> str:
    return "-".join(n[i:i + 4] for i in range(0, len(n), 4))


def corp_number(base12: str) -> str:
    """法人番号 (13 digits) with a valid leading check digit."""
    total = 0
    for i, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


def license_number(base10: str, reissue: int = 0) -> str:
    """運転免許証番号 12 digits: 10 + check digit (mod 11) + re-issue count."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * k for c, k in zip(base10, w)) % 11
    cd = 0 if r <= 1 else 11 - r
    return f"{base10}{cd % 10}{reissue}"


def wareki(b: tuple[int, int, int], style: str = "full") -> str:
    y, m, d = b
    if b >= (2019, 5, 1):
        era, base, ab = "令和", 2018, "R"
    elif b >= (1989, 1, 8):
        era, base, ab = "平成", 1988, "H"
    elif b >= (1926, 12, 25):
        era, base, ab = "昭和", 1925, "S"
    else:
        era, base, ab = "大正", 1911, "T"
    n = y - base
    if style == "full":
        return f"{era}{n}年{m}月{d}日"
    if style == "fw":
        return fw(f"{era}{n}年{m}月{d}日")
    if style == "short":
        return f"{ab}{n}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{ab}{n}.{m}.{d}").replace(ab, chr(ord(ab) + 0xFEE0))
    if style == "west":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "westjp":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    raise ValueError(style)


# -- invented residents -------------------------------------------------------------------

_SUR = [("佐久間", "サクマ", "Sakuma"), ("御手洗", "ミタライ", "Mitarai"),
        ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
        ("五十嵐", "イガラシ", "Igarashi"), ("長谷部", "ハセベ", "Hasebe"),
        ("勅使河原", "テシガワラ", "Teshigawara"), ("榎本", "エノモト", "Enomoto"),
        ("日下部", "クサカベ", "Kusakabe"), ("宇佐美", "ウサミ", "Usami"),
        ("四ノ宮", "シノミヤ", "Shinomiya"), ("柳沢", "ヤナギサワ", "Yanagisawa"),
        ("能登", "ノト", "Noto"), ("真壁", "マカベ", "Makabe"),
        ("砂川", "スナガワ", "Sunagawa"), ("鬼塚", "オニヅカ", "Onizuka"),
        ("百瀬", "モモセ", "Momose"), ("堀之内", "ホリノウチ", "Horinouchi"),
        ("今泉", "イマイズミ", "Imaizumi"), ("藤枝", "フジエダ", "Fujieda"),
        ("金城", "キンジョウ", "Kinjo"), ("比嘉", "ヒガ", "Higa"),
        ("越智", "オチ", "Ochi"), ("仁科", "ニシナ", "Nishina"),
        ("瀬戸口", "セトグチ", "Setoguchi"), ("大門", "ダイモン", "Daimon"),
        ("市来", "イチキ", "Ichiki"), ("相馬", "ソウマ", "Soma"),
        ("橘", "タチバナ", "Tachibana"), ("我妻", "ワガツマ", "Wagatsuma"),
        ("釜石", "カマイシ", "Kamaishi"), ("猪股", "イノマタ", "Inomata"),
        ("雲母", "キララ", "Kirara"), ("桧山", "ヒヤマ", "Hiyama"),
        ("羽生", "ハニュウ", "Hanyu"), ("一ノ瀬", "イチノセ", "Ichinose"),
        ("朝比奈", "アサヒナ", "Asahina"), ("土器屋", "ドキヤ", "Dokiya"),
        ("三瓶", "サンペイ", "Sampei"), ("保坂", "ホサカ", "Hosaka")]

_GIVEN = {
    "elder_f": [("和子", "カズコ", "kazuko"), ("トメ", "トメ", "tome"), ("千代", "チヨ", "chiyo"),
                ("美代子", "ミヨコ", "miyoko"), ("ハル", "ハル", "haru"),
                ("節子", "セツコ", "setsuko"), ("君江", "キミエ", "kimie"),
                ("フミ", "フミ", "fumi"), ("静枝", "シズエ", "shizue"),
                ("キヨ", "キヨ", "kiyo")],
    "elder_m": [("茂", "シゲル", "shigeru"), ("正一", "ショウイチ", "shoichi"),
                ("勝利", "カツトシ", "katsutoshi"), ("清", "キヨシ", "kiyoshi"),
                ("栄", "サカエ", "sakae"), ("武雄", "タケオ", "takeo"),
                ("久男", "ヒサオ", "hisao"), ("源蔵", "ゲンゾウ", "genzo"),
                ("留吉", "トメキチ", "tomekichi")],
    "mid_f": [("典子", "ノリコ", "noriko"), ("由美", "ユミ", "yumi"), ("明美", "アケミ", "akemi"),
              ("里奈", "リナ", "rina"), ("真由", "マユ", "mayu"), ("彩香", "アヤカ", "ayaka"),
              ("恵", "メグミ", "megumi"), ("麻衣", "マイ", "mai"), ("舞子", "マイコ", "maiko"),
              ("沙織", "サオリ", "saori"), ("瞳", "ヒトミ", "hitomi")],
    "mid_m": [("博之", "ヒロユキ", "hiroyuki"), ("大輔", "ダイスケ", "daisuke"),
              ("健太郎", "ケンタロウ", "kentaro"), ("拓海", "タクミ", "takumi"),
              ("浩二", "コウジ", "koji"), ("聡", "サトシ", "satoshi"),
              ("亮介", "リョウスケ", "ryosuke"), ("翔太", "ショウタ", "shota"),
              ("貴之", "タカユキ", "takayuki")],
    "kid": [("悠真", "ユウマ", "yuma"), ("陽菜", "ヒナ", "hina"), ("蓮", "レン", "ren"),
            ("結衣", "ユイ", "yui"), ("さくら", "サクラ", "sakura"), ("湊", "ミナト", "minato"),
            ("芽依", "メイ", "mei"), ("陽翔", "ハルト", "haruto"), ("紬", "ツムギ", "tsumugi"),
            ("蒼", "アオイ", "aoi")],
}

_TOWNS = [("中央区", "桜台", "330-0061"), ("中央区", "本町", "330-0064"),
          ("北区", "緑町", "331-0812"), ("北区", "清水ケ丘", "331-0825"),
          ("南区", "港南", "336-0021"), ("南区", "浜風", "336-0034"),
          ("西区", "柏木", "331-0046"), ("西区", "宮下", "331-0052"),
          ("東区", "旭が丘", "337-0003"), ("東区", "若宮", "337-0017")]
_BLDG = ["", "", "", "", " コーポ桜台201", " ハイツ緑風103", " グランメゾン若葉502",
         " 市営港南住宅3-204", " サンライズ柏木2F", " 若宮団地12-305"]
_BANKS = [("みどり銀行", ["若葉支店", "桜台支店", "港南支店", "本店営業部"]),
          ("若葉信用金庫", ["本店", "北支店", "旭が丘支店"]),
          ("山並銀行", ["若葉駅前支店", "柏木支店"]),
          ("はまかぜ労働金庫", ["若葉支店"])]
_MAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "outlook.jp", "softbank.ne.jp"]

_BIRTH = {"elder_f": (1930, 1950), "elder_m": (1930, 1950), "mid_f": (1972, 1996),
          "mid_m": (1970, 1994), "kid": (2009, 2024)}


def people(seed: int, n: int, gen: str = "mid", city: str = "若葉市") -> list[dict]:
    """n invented residents of one generation ("elder", "mid", "kid" or "mix")."""
    rng = random.Random(f"municipal-people-{seed}")
    surnames = rng.sample(_SUR, n)
    out = []
    for k, (sei, sk, sr) in enumerate(surnames):
        g = gen
        if gen in ("elder", "mid"):
            g = f"{gen}_{rng.choice('fm')}"
        elif gen == "mix":
            g = rng.choice(["elder_f", "elder_m", "mid_f", "mid_m"])
        mei, mk, mr = rng.choice(_GIVEN[g])
        lo, hi = _BIRTH[g]
        birth = (rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        ward, town, zipc = rng.choice(_TOWNS)
        addr = f"{city}{ward}{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        addr += rng.choice(_BLDG)
        bank, branches = rng.choice(_BANKS)
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        tel = f"048-{rng.randint(600, 899)}-{rng.randint(1000, 9999)}"
        local = rng.choice([f"{mr}.{sr.lower()}", f"{sr.lower()}{rng.randint(10, 99)}",
                            f"{mr[0]}{sr.lower()}_{rng.randint(1, 999)}", f"{mr}{birth[1]:02d}{birth[2]:02d}"])
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "zname": f"{sei}　{mei}",
            "kana": f"{sk} {mk}", "romaji": f"{mr.capitalize()} {sr}",
            "birth": birth, "age": 2025 - birth[0] - (1 if birth[1] > 6 else 0),
            "zip": zipc, "addr": addr, "mobile": mobile, "tel": tel,
            "phone": mobile if rng.random() < 0.6 or g.startswith("mid") else tel,
            "email": f"{local}@{rng.choice(_MAIL)}",
            "bank": bank, "branch": rng.choice(branches), "acct_type": "普通",
            "acct": f"{rng.randint(1000000, 9999999)}",
            "atena": f"{rng.randint(10000000, 99999999):09d}",
        })
    return out


# -- the people who write -----------------------------------------------------------------

SIG_ISHIBASHI = """
――――――――――――――――――――――
日の出産業株式会社 自治体BPO事業部
若葉市コールセンター スーパーバイザー
石橋 真理子（Ishibashi Mariko）
〒330-0064 若葉市中央区本町3-2-1 若葉センタービル5F
TEL：048-601-2281　FAX：048-601-2290
Mail：m.ishibashi@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_KASAI = """
--
日の出産業株式会社
自治体BPO事業部 第二グループ プロジェクトマネージャー
葛西 亮
〒101-0047 東京都千代田区内神田2-8-4 日の出ビル
TEL 03-5289-7710 (代) / 携帯 080-4417-2093
r.kasai@hinode-sangyo.co.jp"""

SIG_NIWA = """
**************************************
日の出産業株式会社 自治体BPO事業部
若葉市役所 窓口業務受託チーム リーダー
丹羽 早苗
若葉市役所 本庁舎1階 市民課内 受託事務室
内線 2145 / 直通 048-600-3145
s-niwa@hinode-sangyo.co.jp
**************************************"""

SIG_KUWABARA = """
-----------------------------------------
日の出産業株式会社 情報システム部
自治体BPO基盤担当  桑原 健
TEL: 03-5289-7725
k.kuwabara@hinode-sangyo.co.jp
-----------------------------------------"""

SIG_MIYAKE = """
━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
自治体BPO事業部 品質管理・コンプライアンス室
三宅 礼子
TEL 03-5289-7718
r-miyake@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OGAWA = """
Best regards,

Daniel Ogawa
Municipal BPO Division, Hinode Sangyo Co., Ltd.
2-8-4 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan
Tel: +81-3-5289-7730 | d.ogawa@hinode-sangyo.co.jp"""

SIG_MORINAGA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 管理本部 経理課
森永 優
〒101-0047 東京都千代田区内神田2-8-4
TEL 03-5289-7701（経理直通）
y.morinaga@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TAKEDA = """
────────────────────
日の出産業（株）自治体BPO事業部
東雲町 住民窓口センター 主任
竹田 美穂
TEL 0299-52-3301
m.takeda@hinode-sangyo.co.jp
────────────────────"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

ISHIBASHI = "石橋 真理子 <m.ishibashi@hinode-sangyo.co.jp>"
KASAI = "葛西 亮 <r.kasai@hinode-sangyo.co.jp>"
NIWA = "丹羽 早苗 <s-niwa@hinode-sangyo.co.jp>"
KUWABARA = "桑原 健 <k.kuwabara@hinode-sangyo.co.jp>"
MIYAKE = "三宅 礼子 <r-miyake@hinode-sangyo.co.jp>"
OGAWA = "Daniel Ogawa <d.ogawa@hinode-sangyo.co.jp>"
MORINAGA = "森永 優 <y.morinaga@hinode-sangyo.co.jp>"
TAKEDA = "竹田 美穂 <m.takeda@hinode-sangyo.co.jp>"

# city officials and outside parties (all invented)
KODOMO = "若葉市こども家庭課 大河内 <ookouchi-t@city.wakaba.lg.jp>"
ZEIMU = "浅見 和哉 <asami-k@city.wakaba.lg.jp>"
SHIMIN = "若葉市 市民課 <shimin@city.wakaba.lg.jp>"
SHIMIN_SUGIURA = "杉浦 弘美 <sugiura-h@city.wakaba.lg.jp>"
FUKUSHI = "蔵本 達也 <kuramoto-t@city.wakaba.lg.jp>"
CHOJU = "若葉市 長寿支援課 <choju@city.wakaba.lg.jp>"
KOKUHO = "若葉市 国保年金課 保険係 <kokuho-hoken@city.wakaba.lg.jp>"
KIKI = "若葉市 危機管理課 <kikikanri@city.wakaba.lg.jp>"
KEIYAKU = "若葉市 総務部 契約課 <keiyaku@city.wakaba.lg.jp>"
SHAKYO = "若葉市社会福祉協議会 地域福祉課 <chiiki@wakaba-shakyo.or.jp>"
HOUKATSU = "若葉市中央地域包括支援センター <center@chuo-houkatsu.or.jp>"
SHINONOME = "東雲町 住民福祉課 <juminfukushi@town.shinonome.lg.jp>"
AONAMI = "青波市 市民協働課 真田 <sanada-y@city.aonami.lg.jp>"
TSUBASA = "ツバサシステム 野々村 <nonomura@tsubasa-system.jp>"
GYOSEI = "行政リンク株式会社 サポート <support@gyosei-link.co.jp>"
CALLNAVI = "コールナビ株式会社 運用チーム <ops@callnavi.com>"
NISHIKI = "錦印刷 営業部 小田切 <otagiri@nishiki-insatsu.co.jp>"

MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


# =========================================================================================
# STOP — lists of five or more people, in the body
# =========================================================================================

_p = people(101, 8, "mid")
_res = ["不在", "申請済と回答", "折返し希望", "書類再送希望", "不在", "使用されていない番号", "申請予定（今週中）", "不在"]
_rows = [["No", "氏名", "住所", "電話番号", "結果"]] + [
    [str(i + 1), x["name"], x["addr"], x["phone"], _res[i]] for i, x in enumerate(_p)]
add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="【若葉市児童手当】認定請求 未提出者への勧奨架電結果（6月第2週）",
    body=f"""若葉市 こども未来部 こども家庭課
大河内 様

いつも大変お世話になっております。
日の出産業 若葉市コールセンターの石橋でございます。

児童手当の制度拡充に伴う認定請求について、未提出の方への勧奨架電（6月第2週分）の
結果をご報告いたします。「不在」の方は来週火曜・木曜の夕方に再架電いたします。

{table(_rows)}

※「折返し希望」の方には、明日午前中に担当より改めてご連絡いたします。
※「使用されていない番号」の方は、住民記録上の連絡先の確認をお願いできますでしょうか。

ご不明な点がございましたらお知らせください。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 residents' name/address/phone as a space-padded table in the body, to the city",
)

_p = people(102, 6, "mid")
_tsv = "予約番号\t氏名\t電話番号\tメールアドレス\t予約日時\t窓口\n" + "\n".join(
    f"WK-2506-{1180 + i * 7}\t{x['name']}\t{x['mobile']}\t{x['email']}\t2025/06/1{i % 3 + 6} {9 + i}:00\t{['転入・転居', '戸籍', '印鑑登録'][i % 3]}"
    for i, x in enumerate(_p))
add(
    expect="stop",
    sender=NIWA, to=[GYOSEI], charset="utf-8",
    subject="窓口予約システム 二重予約の事象について（若葉市）",
    body=f"""行政リンク株式会社
カスタマーサポート ご担当者様

お世話になっております。若葉市役所 窓口業務受託チームの丹羽です。

若葉市様の窓口予約システム（Ver.3.2）で、同じ方の予約が2件ずつ登録されてしまう事象が
昨日から発生しています。管理画面で確認できたものを下に貼ります（画面コピーのためタブ区切りです）。

{_tsv}

いずれもWeb予約後に確認メールの再送ボタンを押された方のようです。
原因の調査と、重複分の削除方法をご教示いただけますと助かります。
{SIG_NIWA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six residents' name/phone/e-mail pasted tab-separated into the body to the vendor",
)

_p = people(103, 5, "elder")
_lines = [padz("氏名", 8) + padz("生年月日", 12) + padz("住所", 26) + "　電話番号",
          "－" * 53]
for x in _p:
    _lines.append(padz(x["zname"], 8) + padz(wareki(x["birth"], "fw"), 12)
                  + padz(fw(x["addr"].replace("若葉市", "").replace(" ", "　")), 26) + "　" + fw(x["tel"]))
add(
    expect="stop",
    sender=ISHIBASHI, to=[SHAKYO], charset="shift_jis",
    subject="見守り訪問のお願い（新規対象者5名）",
    body="""若葉市社会福祉協議会
地域福祉課　ご担当者様

いつもお世話になっております。
日の出産業の石橋でございます。

長寿支援課様より、今月の見守り訪問の新規対象者について共有がありましたので、
下記のとおりご連絡いたします。いずれも独居の方です。

""" + "\n".join(_lines) + """

訪問日程が決まりましたら、コールセンターから事前のお電話を差し上げます。
よろしくお願いいたします。
""" + SIG_ISHIBASHI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five elderly residents with 和暦 birth dates, addresses and phones in a full-width padded table",
)

_p = people(104, 5, "mix")
_blocks = []
_kinds = ["所得証明書 1通", "課税証明書 2通", "非課税証明書 1通", "納税証明書（軽自動車）1通", "所得・課税証明書 1通"]
_why = ["定額小為替の金額不足（300円不足）", "返信用封筒の同封なし", "本人確認書類の写しなし",
        "請求年度の記載なし", "代理人からの請求で委任状なし"]
for i, x in enumerate(_p):
    _blocks.append(f"""■{i + 1}件目
　氏名　　：{x['name']}（{x['kana']}）
　住所　　：〒{x['zip']} {x['addr']}
　生年月日：{wareki(x['birth'], 'full')}
　連絡先　：{x['phone']}
　請求内容：{_kinds[i]}
　返戻理由：{_why[i]}""")
add(
    expect="stop",
    sender=NIWA, to=[ZEIMU], cc=[SHIMIN], charset="iso-2022-jp",
    subject="税証明 郵送請求 返戻予定分のご確認（5件）",
    body="""市民税課 浅見様

お疲れさまです。窓口業務受託チームの丹羽です。
郵送請求のうち、不備のため返戻となる予定の5件について、返戻前にご確認をお願いいたします。

""" + "\n\n".join(_blocks) + """

問題なければ明日の発送便で返戻いたします。
""" + SIG_NIWA,
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residents' records written one block per person in the body, to city officials",
)

_p = people(105, 6, "mid")
add(
    expect="stop",
    sender=NIWA, to=[SHIMIN_SUGIURA], charset="utf-8",
    subject="Re: マイナンバーカード交付予約 キャンセル待ちの方について",
    body="""杉浦係長

お疲れさまです、丹羽です。
キャンセル待ちで受け付けている方は現時点で以下の6名です。
明日の午後枠に空きが出た場合、上から順にご連絡する予定です。

""" + "\n".join(f"・{x['name']} 様　{x['mobile']}　{x['email']}" for x in _p) + """

ご了承いただければ、このまま進めます。
丹羽
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="「・」 bullet list of six residents with mobile and e-mail to a city official (the word マイナンバーカード only, no number)",
)


# =========================================================================================
# STOP — lists in attachments
# =========================================================================================

_p = people(106, 7, "mid")
add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="shift_jis",
    subject="児童手当 口座変更届 受付分（6/2-6/13）",
    body="""大河内様

お世話になっております。石橋です。
コールセンターで受け付けた児童手当の口座変更届（郵送分）の入力データを添付いたします。
原本は本日の逓送便でお送りしております。

ご確認のほどよろしくお願いいたします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "csv", "name": "口座変更届_受付分_20250613.csv", "encoding": "cp932",
                  "rows": [["受付日", "受給者氏名", "フリガナ", "住所", "金融機関", "支店", "種別", "口座番号"]]
                  + [[f"2025/06/{2 + i * 2:02d}", x["name"], x["kana"], x["addr"], x["bank"],
                      x["branch"], "普通", x["acct"]] for i, x in enumerate(_p)]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CP932 CSV of seven benefit recipients with addresses and bank accounts, to the city",
)

_p = people(107, 12, "mix")
_cat = ["税証明", "児童手当", "転入・転出", "ごみ収集", "国保", "住民票", "児童手当", "税証明", "介護保険", "粗大ごみ", "国保", "住民票"]
add(
    expect="stop",
    sender=KUWABARA, to=[TSUBASA], charset="utf-8",
    subject="応対履歴データ 移行テスト用ファイルの送付",
    body="""ツバサシステム株式会社
野々村様

お世話になっております。日の出産業 情報システム部の桑原です。

応対履歴の新システム移行について、取込テスト用のファイルをお送りします。
ダミーデータだと文字化けの再現ができないため、本番環境から6月1週目の12件を抽出しています。
UTF-8（BOMなし）です。取込結果をご共有いただけますでしょうか。
""" + SIG_KUWABARA,
    attachments=[{"kind": "csv", "name": "ouhtai_rireki_sample_202506.csv", "encoding": "utf-8",
                  "rows": [["受付ID", "受付日時", "氏名", "電話番号", "メールアドレス", "用件区分"]]
                  + [[f"C25060{i + 1:03d}", f"2025-06-0{i % 5 + 2} {9 + i % 8}:{(i * 13) % 60:02d}",
                      x["name"], x["phone"], x["email"], _cat[i]] for i, x in enumerate(_p)]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 12 real callers (name, phone, e-mail) sent to the system vendor for a test",
)

_pa = people(108, 8, "elder")
_pb = people(109, 6, "elder")
_need = ["要介護3・車いす", "身体障害者手帳2級（下肢）", "認知症・独居", "人工透析（週3回）", "要介護2",
         "視覚障害1級", "在宅酸素療法", "要介護4・寝たきり"]


def _ysheet(title, ps, off):
    rows = [[title], [], ["No", "氏名", "ふりがな", "生年月日", "住所", "電話", "支援が必要な理由", "避難支援者"]]
    for i, x in enumerate(ps):
        rows.append([i + 1, x["name"], x["kana"], wareki(x["birth"], "short"), x["addr"], x["tel"],
                     _need[(i + off) % len(_need)], ["近隣住民", "家族（市外）", "民生委員", "未定"][(i + off) % 4]])
    return rows


add(
    expect="stop",
    sender=ISHIBASHI, to=[SHAKYO], charset="iso-2022-jp",
    subject="避難行動要支援者名簿（桜台・緑町地区）の送付",
    body="""若葉市社会福祉協議会
地域福祉課 ご担当者様

いつもお世話になっております。日の出産業の石橋です。

危機管理課様からのご依頼により、避難行動要支援者名簿のうち
桜台地区・緑町地区分を添付にてお送りいたします。
6月22日の地区防災訓練の事前打合せでご活用ください。

よろしくお願いいたします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "xlsx", "name": "要支援者名簿_桜台_緑町_R7.xlsx",
                  "sheets": {"桜台地区": _ysheet("避難行動要支援者名簿（桜台地区）　令和7年4月1日現在", _pa, 0),
                             "緑町地区": _ysheet("避難行動要支援者名簿（緑町地区）　令和7年4月1日現在", _pb, 3),
                             "凡例": [["項目", "説明"], ["支援が必要な理由", "本人同意に基づき記載"],
                                      ["避難支援者", "未定の場合は自主防災会と調整"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX 避難行動要支援者名簿 (14 people, with care level, disability, dialysis) sent to the 社協",
)

_p = people(110, 9, "mix")
add(
    expect="stop",
    sender=NIWA, to=[ZEIMU], charset="utf-8",
    subject="【週次】税証明 郵送請求 受付台帳（6/9週）",
    body="""浅見様

お疲れさまです。丹羽です。
今週分の郵送請求受付台帳をお送りします。先週より3件多く、9件でした。
集計シートに手数料の内訳をまとめています。

よろしくお願いします。
""" + SIG_NIWA,
    attachments=[{"kind": "xlsx", "name": "郵送請求受付台帳_0609-0613.xlsx",
                  "sheets": {"受付台帳": [["税証明 郵送請求 受付台帳（令和7年6月9日～6月13日）"],
                                          ["受付No", "受付日", "請求者氏名", "住所", "電話番号", "証明の種類", "通数", "手数料"]]
                             + [[f"R7-0{611 + i}", f"6/{9 + i // 2}", x["name"], x["addr"], x["phone"],
                                 ["所得証明", "課税証明", "納税証明"][i % 3], 1 + i % 2, 300 * (1 + i % 2)]
                                for i, x in enumerate(_p)],
                             "集計": [["証明の種類", "件数", "通数", "手数料計"], ["所得証明", 3, 5, 1500],
                                      ["課税証明", 3, 4, 1200], ["納税証明", 3, 4, 1200]]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX ledger with a title row above the header: nine requesters' names, addresses, phones",
)

_p = people(111, 7, "elder")
_kk = ["在宅・異常なし", "不在・不在票投函", "在宅・異常なし", "在宅・話し相手希望", "不在・近隣に確認", "在宅・異常なし", "入院中（家族より）"]
_txt = "見守り訪問結果（令和7年6月分）　日の出産業 若葉市コールセンター\n\n" + table(
    [["氏名", "住所", "電話番号", "訪問日", "結果"]]
    + [[x["name"], x["addr"], x["tel"], f"6/{3 + i}", _kk[i]] for i, x in enumerate(_p)], gap=3)
add(
    expect="stop",
    sender=ISHIBASHI, to=[CHOJU], charset="shift_jis",
    subject="見守り訪問結果（6月分）",
    body="""長寿支援課 ご担当者様

お世話になっております。石橋です。
6月分の見守り訪問結果をテキストファイルでお送りします（様式が決まるまでの暫定です）。
「不在・近隣に確認」の1件は、来週再訪問いたします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "txt", "name": "mimamori_kekka_202506.txt", "encoding": "cp932", "text": _txt}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="text attachment with a space-padded table of seven elderly residents' addresses and phones",
)

_p = people(112, 6, "mix")
_te = ["転居届", "住民票の写し", "印鑑登録", "戸籍謄本", "転出届", "住民票の写し"]
add(
    expect="stop",
    sender=NIWA, to=[SHIMIN], charset="iso-2022-jp",
    subject="北支所 窓口受付簿（6/10）",
    body="""市民課 ご担当者様

お疲れさまです。窓口業務受託チームの丹羽です。
北支所のシステム停止中（9:00～10:40）に手書きで受け付けた分を、受付簿にまとめました。
システム復旧後の入力確認にお使いください。
""" + SIG_NIWA,
    attachments=[{"kind": "docx", "name": "北支所_窓口受付簿_20250610.docx",
                  "paragraphs": ["窓口受付簿（北支所）", "令和7年6月10日（火）システム停止時間帯の受付分", ""],
                  "tables": [[["受付番号", "氏名", "生年月日", "住所", "電話番号", "手続"]]
                             + [[f"N-{31 + i}", x["name"], wareki(x["birth"], "full"), x["addr"], x["phone"], _te[i]]
                                for i, x in enumerate(_p)]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six counter visitors with birth dates, addresses and phones, to the city",
)

_p = people(113, 5, "mid")
_comp = ["転居届の待ち時間が90分", "電話がつながらない", "職員の説明が分かりにくい", "駐車場が満車", "証明書の発行ミス"]
add(
    expect="stop",
    sender=KASAI, to=[SHIMIN_SUGIURA], cc=[SHIMIN], charset="utf-8",
    subject="5月度 業務報告資料（市民課窓口・コールセンター）",
    body=f"""杉浦様

いつもお世話になっております。日の出産業の葛西です。
来週の月次定例に先立ち、5月度の業務報告資料をお送りいたします。
4枚目に、フォローが必要な苦情・要望の申出者をまとめております。

当日はどうぞよろしくお願いいたします。
{SIG_KASAI}
""",
    attachments=[{"kind": "pptx", "name": "若葉市_5月度業務報告.pptx",
                  "slides": [["5月度 業務報告", "若葉市 市民課窓口・コールセンター", "日の出産業株式会社"],
                             ["受付件数", "窓口：8,412件（前月比 +6.2%）", "コールセンター：5,930件", "応答率：91.4%"],
                             ["平均待ち時間", "窓口：23分（繁忙日 48分）", "電話：42秒"],
                             ["苦情・要望の申出者（要フォロー）"]
                             + [f"{x['name']} 様（{x['mobile']}）：{_comp[i]}" for i, x in enumerate(_p)],
                             ["改善施策", "発券機の呼出表示の改修", "繁忙日の増員"]]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX report whose fourth slide lists five complainants with mobile numbers",
)

_p = people(114, 7, "mid")
_k = people(115, 7, "kid")
_fubi = ["児童の住民票（別居監護）未添付", "口座名義が請求者と不一致", "監護相当・生計費負担の申立書 未提出",
         "請求者欄の押印漏れ（旧様式）", "高校生年代の児童の記載漏れ", "別居監護申立書 未提出", "金融機関名の記載誤り"]
add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="認定請求書 不備一覧（PDF）の送付",
    body="""大河内様

お世話になっております。石橋です。
今週受け付けた認定請求書のうち、不備のあったものの一覧をPDFでお送りします。
不備通知の発送前にご確認をお願いします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "pdf", "name": "認定請求_不備一覧_0613.pdf", "title": "認定請求書 不備一覧",
                  "lines": ["児童手当 認定請求書 不備一覧（令和7年6月13日時点）", ""],
                  "table": [["請求者", "児童氏名", "児童生年月日", "住所", "不備内容"]]
                  + [[x["name"], f"{x['sei']} {_k[i]['mei']}", wareki(_k[i]["birth"], "full"), x["addr"], _fubi[i]]
                     for i, x in enumerate(_p)]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of seven claimants with children's names, birth dates and addresses",
)

_p = people(116, 8, "mix")
add(
    expect="stop",
    sender=KASAI, to=[SHIMIN_SUGIURA], charset="utf-8",
    subject="【納品】5月度 月次納品データ一式",
    body=f"""杉浦様

お世話になっております。葛西です。
契約書第8条に基づく5月度の月次納品データ一式をZIPでお送りします。

・入電記録（折返し対応分）.csv
・月次集計.xlsx

ご査収のほどよろしくお願いいたします。
{SIG_KASAI}
""",
    attachments=[{"kind": "zip", "name": "wakaba_nouhin_202505.zip",
                  "files": [{"kind": "csv", "name": "入電記録_折返し対応分.csv", "encoding": "utf-8",
                             "rows": [["日付", "氏名", "電話番号", "用件", "対応者"]]
                             + [[f"2025/05/{10 + i}", x["name"], x["phone"],
                                 ["住民票", "税証明", "国保", "児童手当"][i % 4], ["OP03", "OP11", "OP07"][i % 3]]
                                for i, x in enumerate(_p)]},
                            {"kind": "xlsx", "name": "月次集計.xlsx",
                             "sheets": {"集計": [["区分", "件数"], ["入電", 5930], ["応答", 5420], ["折返し", 212]]}}]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of eight callers' names and phones (plus a statistics sheet)",
)

_p = people(117, 6, "mid")
_y = ["支給日の確認", "振込先の変更", "認定通知が届かない", "高校生の兄弟の扱い", "所得制限の有無", "転出時の手続"]
_tr = "".join(
    f"<tr><td>{10 + i}:{(i * 17) % 60:02d}</td><td>{x['name']}</td><td>{x['mobile']}</td><td>{_y[i]}</td></tr>"
    for i, x in enumerate(_p))
add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="utf-8",
    subject="本日の折返し依頼一覧（児童手当）",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>大河内様</p>
<p>お世話になっております。石橋です。<br>
本日、課内でのご回答が必要なため折返しとなった方の一覧です。<br>
ご回答内容をいただければ、コールセンターから折り返します。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>受付時刻</th><th>氏名</th><th>電話番号</th><th>ご用件</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 自治体BPO事業部<br>若葉市コールセンター 石橋 真理子<br>TEL 048-601-2281</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six callers and their mobile numbers",
)

_p = people(118, 5, "mid")
_inner = {
    "sender": "若葉市 市民課 <shimin@city.wakaba.lg.jp>",
    "to": [NIWA], "charset": "iso-2022-jp",
    "subject": "Web予約の不具合で来庁できなかった方（連絡先）",
    "body": """日の出産業 丹羽様

市民課の杉浦です。
Web予約の不具合で予約が取り消されてしまい、来庁できなかった方から苦情をいただいています。
以下5名の方に、お詫びと再予約のご案内をお願いします。

""" + "\n".join(f"{i + 1}. {x['name']}　{x['mobile']}　{x['email']}" for i, x in enumerate(_p)) + """

よろしくお願いします。
若葉市 市民課 杉浦""",
}
add(
    expect="stop",
    sender=NIWA, to=[GYOSEI], charset="utf-8",
    subject="FW: Web予約の不具合で来庁できなかった方（連絡先）",
    body="""行政リンク サポートご担当者様

お世話になっております。日の出産業の丹羽です。
先日ご報告した予約取消の件、市から届いたメールを添付します。
対象の方の予約ログを確認いただき、取消がどの処理で発生したかご回答いただけますでしょうか。
""" + SIG_NIWA,
    attachments=[{"kind": "eml", "name": "Web予約の不具合で来庁できなかった方.eml", "message": _inner}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the city's mail with five residents' mobile and e-mail, attached as .eml and sent on to the vendor",
)

_p = people(119, 6, "mid", city="東雲町")
_fwd = "\n".join(f"{x['name']}（{x['kana']}）　{x['phone']}　6/{17 + i // 2} {['9:30', '10:30', '13:30', '14:30'][i % 4]}"
                 for i, x in enumerate(_p))
add(
    expect="stop",
    sender=TAKEDA, to=[CALLNAVI], charset="shift_jis",
    subject="FW: 【東雲町】住民税申告相談 予約者リスト（リマインド架電用）",
    body="""コールナビ株式会社
運用チーム ご担当者様

お世話になっております。日の出産業の竹田です。
来週の自動リマインド架電の対象者について、町からのメールを転送いたします。
前日17時の架電設定をお願いします。

-------- Forwarded Message --------
件名: 【東雲町】住民税申告相談 予約者リスト
送信者: 東雲町 税務課 <zeimu@town.shinonome.lg.jp>
宛先: 竹田 美穂 <m.takeda@hinode-sangyo.co.jp>

竹田様

申告相談（期限後申告）の予約者です。前日に確認のお電話をお願いします。

""" + _fwd + """

東雲町 税務課 町民税係
""" + SIG_TAKEDA,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward (new text to its recipient) of the town's list of six residents with phones, to the dialer vendor",
)


# =========================================================================================
# STOP — My Number, card numbers, identity documents
# =========================================================================================

_p = people(120, 1, "mid")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="認定請求書の個人番号について（照会）",
    body=f"""大河内様

お世話になっております。石橋です。
本日受け付けた認定請求書1件について、ご照会させてください。

請求者：{_p['name']} 様（{_p['kana']}）
記載の個人番号：{spaced(my_number(4901))}

番号確認書類（通知カードの写し）の番号と末尾の1桁が異なっており、
どちらが正しいか課内でご確認いただけますでしょうか。
ご本人には確認中である旨をお伝えしております。
{SIG_ISHIBASHI}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="one claimant's My Number in the body, sent to the city",
)

_p = people(121, 3, "mid")
add(
    expect="stop",
    sender=KUWABARA, to=[TSUBASA], charset="utf-8",
    subject="個人番号の一括取込でエラー3件（若葉市 児童手当）",
    body="""野々村様

お世話になっております。桑原です。
児童手当の認定請求データ一括取込で、3件が「E-213 個人番号形式エラー」になりました。
エラー分を抜き出したExcelを添付します。番号の形式自体は問題ないように見えるのですが、
原因をご確認いただけますか。
""" + SIG_KUWABARA,
    attachments=[{"kind": "xlsx", "name": "取込エラー_E213.xlsx",
                  "sheets": {"エラー明細": [["行番号", "氏名", "生年月日", "個人番号", "エラーコード"]]
                             + [[118 + i * 41, x["name"], wareki(x["birth"], "west"), my_number(4902 + i), "E-213"]
                                for i, x in enumerate(_p)]}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="three residents' My Numbers in an XLSX sent to the system vendor (any My Number stops)",
)

_p = people(122, 1, "elder")[0]
add(
    expect="stop",
    sender=NIWA, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"], charset="shift_jis",
    subject="【障害】住民記録システム 宛名照会画面でエラー",
    body=f"""ツバサシステム ヘルプデスク御中

若葉市役所 窓口業務受託チームの丹羽です。
宛名照会画面で特定の方を検索すると「システムエラー（0x5521）」が表示されます。
画面の内容を転記しますので調査をお願いします。

　宛名番号：{fw(_p['atena'])}
　氏名　　：{_p['zname']}
　生年月日：{wareki(_p['birth'], 'fw')}
　個人番号：{fw(my_number(4905))}
　エラー発生時刻：{fw('2025/06/12 14:32')}

同じ世帯の他の方は正常に表示されます。
{SIG_NIWA}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a resident's My Number typed in full-width digits in a fault report to the vendor's help desk",
)

_p = people(123, 1, "mid")[0]
_cn = card_number(4901)
add(
    expect="stop",
    sender=KASAI, to=["ふるさと決済センター <support@furusato-pay.jp>"], charset="iso-2022-jp",
    subject="寄附金決済エラーの確認依頼（若葉市 受付No.F-250611-0088）",
    body=f"""ふるさと決済センター ご担当者様

お世話になっております。若葉市ふるさと納税コールセンターを受託しております
日の出産業の葛西です。

寄附者様から「決済完了メールが届いたのに、カード明細に2回計上されている」との
お問い合わせがありました。寄附者様からお電話で伺った内容は次のとおりです。

　受付No.　　：F-250611-0088
　寄附者　　　：{_p['name']} 様
　電話番号　　：{_p['mobile']}
　カード番号　：{dashed(_cn)}
　有効期限　　：09/28
　寄附金額　　：30,000円

二重決済となっていないか、ご確認をお願いいたします。
{SIG_KASAI}
""",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a donor's credit card number (dashed) with name and phone, sent to the payment service",
)

_p = people(124, 1, "mid")[0]
add(
    expect="stop",
    sender=MORINAGA, to=["ペイゲート株式会社 加盟店サポート <merchant@paygate-jp.co.jp>"], charset="utf-8",
    subject="返金依頼書の送付（若葉市 証明書オンライン申請 手数料）",
    body=f"""ペイゲート株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 経理課の森永です。
若葉市証明書オンライン申請の手数料につき、二重課金となった1件の返金依頼書を添付いたします。
お手続きのほどよろしくお願いいたします。
{SIG_MORINAGA}
""",
    attachments=[{"kind": "pdf", "name": "返金依頼書_WK-ON-250604-17.pdf", "title": "返金依頼書",
                  "lines": ["返金依頼書", "", "加盟店名：若葉市（受託事業者 日の出産業株式会社）",
                            "申請番号：WK-ON-250604-17",
                            f"申請者氏名：{_p['name']}（{_p['kana']}）",
                            f"住所：{_p['addr']}",
                            f"電話番号：{_p['phone']}",
                            f"カード番号：{card_number(4902)}",
                            "決済日：2025年6月4日　金額：450円（二重計上分）",
                            "返金理由：システム障害による二重決済"]}],
    entities=["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF refund form holding an applicant's full card number, address and phone",
)

_p = people(125, 1, "mid")[0]
_pr = people(126, 1, "elder")[0]
add(
    expect="stop",
    sender=NIWA, to=[ZEIMU], charset="iso-2022-jp",
    subject="代理人による課税証明請求（本人確認の記録）",
    body=f"""浅見様

お疲れさまです。丹羽です。
本日窓口で受け付けた代理請求1件について、委任状の筆跡が気になるため、
本人確認の記録をお送りします。交付してよいかご判断をお願いします。

【代理人】{_p['name']}（{_p['addr']}）
　本人確認書類：運転免許証　番号 {license_number('3012461552')}
　有効期限：令和9年5月14日まで
【委任者】{_pr['name']}（{wareki(_pr['birth'], 'short')}生）
　関係：配偶者の親とのこと

丹羽
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a proxy's driver's licence number with name and address in the body, to the city",
)

add(
    expect="stop",
    sender=OGAWA, to=["Lucia Ferreira <l.ferreira@wakaba-ia.or.jp>"], charset="utf-8",
    subject="Child allowance application - residence card number check",
    body="""Dear Ms. Ferreira,

Thank you for helping us with interpretation last week.
We have one more question for the applicant you accompanied to the counter.

  Name: SILVA SANTOS Rafael (シルバ サントス ラファエル)
  Date of birth: 1991-08-23
  Residence card No.: UH48261735FA
  Period of stay: until 2026-03-15

The card number written on the application (UH48261736FA) differs by one digit
from the copy of the card. Could you ask him which one is correct, in Portuguese?
We need the answer before the application can be sent to the city.
""" + SIG_OGAWA,
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English mail to an interpreter at the international association with a resident's 在留カード number",
)

_p = people(127, 1, "elder")[0]
add(
    expect="stop",
    sender=NIWA, to=[KOKUHO], charset="shift_jis",
    subject="年金窓口相談の引継ぎ（基礎年金番号）",
    body=f"""国保年金課 保険係 ご担当者様

お疲れさまです。窓口業務受託チームの丹羽です。
本日、国民年金の免除申請について窓口でご相談があり、担当の方に引き継ぎます。

　氏名：{_p['name']} 様（{_p['kana']}）
　生年月日：{wareki(_p['birth'], 'full')}
　基礎年金番号：{fw('4821-306517')}
　相談内容：配偶者の年金受給開始に伴う手続き、免除期間の追納について

ご本人は明日以降お電話での回答を希望されています（日中は在宅）。
{SIG_NIWA}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a resident's 基礎年金番号 with name and birth date in a hand-over mail to the city",
)

_p = people(128, 1, "mid")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[KOKUHO], charset="iso-2022-jp",
    subject="国保資格の照会（コールセンター受付分）",
    body=f"""国保年金課 ご担当者様

お世話になっております。コールセンターの石橋です。
医療機関の窓口で資格が確認できないというお問い合わせがありましたので、ご確認をお願いいたします。

　被保険者氏名：{_p['name']}
　保険者番号　：１１２３４５
　被保険者証 記号：若葉０３　番号：１５８２７
　連絡先　　　：{_p['mobile']}

4月に社会保険から国保に切り替えたとのことです。
確認でき次第、コールセンターからご本人に連絡いたします。
{SIG_ISHIBASHI}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a resident's health insurance card 記号・番号 with phone, sent to the city's NHI section",
)

_p = people(157, 1, "mid")[0]
add(
    expect="stop",
    sender=NIWA, to=[SHIMIN], charset="shift_jis",
    subject="国外からの転入届 旅券による確認の記録",
    body=f"""市民課 住民記録係 ご担当者様

お疲れさまです。窓口業務受託チームの丹羽です。
本日、海外（シンガポール）から帰国された方の転入届を受け付けました。
戸籍の附票との照合のため、旅券の記載事項を転記します。

　氏名　　：{_p['name']}（{_p['romaji'].upper()}）
　生年月日：{wareki(_p['birth'], 'westjp')}
　旅券番号：TR4719382
　有効期間満了日：2031年3月9日
　帰国日（入国審査印）：2025年6月8日

附票上の前住所（国外）の記載についてご確認をお願いします。
{SIG_NIWA}
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a returning resident's passport number with name and birth date, to the city",
)

_p = people(129, 3, "elder")
add(
    expect="stop",
    sender=KASAI, to=[TSUBASA], charset="utf-8",
    subject="Re: 基礎年金番号の桁あふれについて",
    body=f"""野々村様

葛西です。ご回答ありがとうございます。
ご依頼の再現データです。画面上で末尾が欠ける3件をそのまま貼ります。

{_p[0]['name']}　基礎年金番号 1123-405918
{_p[1]['name']}　基礎年金番号 0987-122640
{_p[2]['name']}　基礎年金番号 4410-007263

> 再現したいので、実際に欠けている番号の例をいただけますか。
> ツバサシステム 野々村

よろしくお願いします。
{SIG_KASAI}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="new text of a reply carries three residents' 基礎年金番号 to the vendor (the quote holds none)",
)


# =========================================================================================
# STOP — 要配慮個人情報, even of one person
# =========================================================================================

_p = people(130, 1, "mid")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[FUKUSHI], charset="iso-2022-jp",
    subject="生活保護の相談 電話受付分の引継ぎ",
    body=f"""生活福祉係 蔵本係長

お世話になっております。コールセンターの石橋です。
本日お電話で生活保護のご相談がありましたので、引継ぎいたします。

相談者：{_p['name']} 様（{_p['age']}歳）
連絡先：{_p['mobile']}
内容　：昨年から統合失調症で通院しており、3月に退職。現在は無収入で、
　　　　家賃の支払いが2か月滞っている。通院先は若葉こころのクリニック。
希望　：来週中に窓口で相談したい。平日午前が都合がよいとのこと。

面談予約の枠をご指示いただければ、こちらからご本人に連絡いたします。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named caller's psychiatric diagnosis (要配慮) in a hand-over to the welfare section",
)

_p = people(131, 1, "elder")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[SHAKYO], charset="shift_jis",
    subject="見守り対象の追加（1名）",
    body=f"""社協 地域福祉課 ご担当者様

お世話になっております。石橋です。
見守り対象に1名追加となりましたのでご連絡します。

{_p['name']} 様
{_p['addr']}　TEL {_p['tel']}
身体障害者手帳1級（視覚障害）をお持ちで、最近ご家族が市外に転居され独居となりました。
訪問時はインターホンの後に必ずお名前をお伝えください。

よろしくお願いいたします。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one elderly resident's visual disability (手帳1級) with address and phone, to the 社協",
)

_p = people(132, 1, "mid")[0]
add(
    expect="stop",
    sender=NIWA, to=[SHIMIN_SUGIURA], charset="utf-8",
    subject="【至急】支援措置対象者の住民票について不審な請求",
    body=f"""杉浦係長

丹羽です。至急ご相談です。
DV等支援措置の対象となっている {_p['name']} 様（{_p['addr'].split('丁目')[0]}丁目）について、
本日10時過ぎに「親族」と名乗る男性から住民票の写しの交付請求がありました。

支援措置のフラグが表示されたため交付はしておりません。
男性は加害者として申出のあった元夫と特徴が一致しており、若葉南警察署にも
被害相談済みと伺っています。本人への連絡と警察への情報提供について、ご指示をお願いします。

丹羽（内線2145）
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named DV victim under 支援措置 (crime victim, 要配慮) with her district, to a city official",
)

_p = people(133, 1, "elder")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[FUKUSHI], charset="iso-2022-jp",
    subject="電話相談の記録（生活福祉係あて）",
    body=f"""蔵本係長

お世話になっております。石橋です。
昨日の入電について、記録を共有させていただきます。

・相談者：{_p['name']} 様（{_p['phone']}）
・内容：同居の長男（32歳）が6月3日に窃盗の疑いで若葉警察署に逮捕され、
　長男の収入がなくなったため生活費の相談をしたい。
・相談者ご本人も持病の心臓病で通院中とのことです。

折返しの要否をご指示ください。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a caller's son's arrest and the caller's heart disease, tied to a named caller",
)

_p = people(134, 1, "elder")[0]
add(
    expect="stop",
    sender=ISHIBASHI, to=[HOUKATSU], charset="utf-8",
    subject="見守り訪問報告書（1件）",
    body="""若葉市中央地域包括支援センター
ご担当者様

いつもお世話になっております。日の出産業の石橋です。
見守り訪問で気になる方がいらっしゃいましたので、報告書をお送りします。
ご家族の了承は得ております。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "docx", "name": "見守り訪問報告書_0611.docx",
                  "paragraphs": ["見守り訪問報告書", "訪問日：令和7年6月11日　訪問者：日の出産業 見守り班 2名",
                                 f"対象者：{_p['name']}（{wareki(_p['birth'], 'full')}生）",
                                 f"住所：{_p['addr']}",
                                 "状況：昨年アルツハイマー型認知症と診断され、服薬管理ができていない様子。"
                                 "同じ話を繰り返し、冷蔵庫に期限切れの食品が多数あり。",
                                 "所見：ケアマネジャーとの早期の面談が必要と思われる。"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX report on one named elderly resident's dementia diagnosis, to the 地域包括支援センター",
)


# =========================================================================================
# STOP — three or more external parties see each other
# =========================================================================================

add(
    expect="stop",
    sender=KASAI,
    to=["若葉市 市民課 杉浦 <sugiura-h@city.wakaba.lg.jp>", "東雲町 住民福祉課 <juminfukushi@town.shinonome.lg.jp>",
        "青波市 市民協働課 真田 <sanada-y@city.aonami.lg.jp>"],
    charset="iso-2022-jp",
    subject="【ご案内】自治体コールセンター共同化 勉強会（7/10）",
    body=f"""関係自治体ご担当者各位

平素より大変お世話になっております。日の出産業の葛西でございます。

昨年度よりご相談いただいておりますコールセンター共同化について、
下記のとおり勉強会を開催いたします。

　日時：2025年7月10日（木）14:00～16:00
　場所：若葉市役所 本庁舎7階 第3会議室（オンライン併用）
　内容：共同化の先行事例、費用按分の考え方、FAQの共通化

ご出席の可否を7月3日までにご返信いただけますと幸いです。
{SIG_KASAI}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three municipalities' officials in To see each other's addresses: should have been Bcc",
)

add(
    expect="stop",
    sender=ISHIBASHI,
    to=["相馬 民生委員 <souma.k1950@gmail.com>", "猪股 <inomata-hisao@yahoo.co.jp>",
        "一ノ瀬 様 <ichinose.f@docomo.ne.jp>", "k.hanyu0412@ezweb.ne.jp", "三瓶 <sampei.kiyo@icloud.com>"],
    charset="shift_jis",
    subject="見守り活動 研修会のご案内（7月）",
    body="""民生委員の皆様

いつも見守り活動にご協力いただきありがとうございます。
若葉市コールセンターの石橋です。

7月の研修会を下記のとおり開催します。

　日時：7月8日（火）13:30～15:00
　会場：桜台コミュニティセンター 2階 和室
　内容：熱中症の予防と声かけ／緊急時の連絡フロー

ご出欠を6月30日までにお電話（048-601-2281）でお知らせください。
""" + SIG_ISHIBASHI,
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private 民生委員 on free mail, all in To: their addresses are exposed to each other",
)

add(
    expect="stop",
    sender=KASAI, to=[KIKI], cc=[SHAKYO, "桜台自治会 会長 大門 <daimon.sakuradai@gmail.com>"],
    charset="utf-8",
    subject="6/22 桜台地区 防災訓練 事前打合せの日程",
    body=f"""若葉市 危機管理課 ご担当者様
（cc：社会福祉協議会 様、桜台自治会 大門会長）

お世話になっております。日の出産業の葛西です。
6月22日の防災訓練に向けた事前打合せの候補日をお送りします。

　① 6月16日（月）10:00～
　② 6月17日（火）15:00～
　③ 6月18日（水）18:30～（自治会の皆様向け夜間枠）

ご都合のよい日をお知らせください。
{SIG_KASAI}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="city, 社協 and a private residents'-association chair on gmail all visible in To/Cc",
)

add(
    expect="stop",
    sender=KUWABARA, to=[TSUBASA, "行政リンク 平沼 <hiranuma@gyosei-link.co.jp>", CALLNAVI],
    cc=[SHIMIN_SUGIURA],
    charset="iso-2022-jp",
    subject="若葉市 窓口・コールセンター システム連携会議（第3回）資料",
    body=f"""関係各社 ご担当者様
（cc：若葉市 市民課 杉浦様）

お世話になっております。日の出産業の桑原です。
第3回システム連携会議の資料をお送りします。

・住民記録システム → 予約システムの連携項目（案）
・IVRの振り分けルール変更（7月1日適用）
・障害時の連絡体制

ご意見は6月20日までにお願いいたします。
{SIG_KUWABARA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three vendors and the city (four external organisations) in To/Cc",
)


# =========================================================================================
# STOP — look-alike domains
# =========================================================================================

add(
    expect="stop",
    sender=ISHIBASHI, to=["田村 直樹 <n.tamura@hinode-sangyou.co.jp>"], charset="iso-2022-jp",
    subject="来週のシフト表（若葉市コールセンター）",
    body="""田村さん

お疲れさまです、石橋です。
来週のシフト表です。月曜の早番が1名足りないので、調整をお願いできますか。

　月：早番2名／遅番3名（早番1名不足）
　火～金：通常どおり
　土：午前のみ2名

よろしくお願いします。
石橋
""",
    entities=[], detectors=["lookalike_domain"],
    note="a colleague's address typed as hinode-sangyou.co.jp: a look-alike of the own domain",
)

add(
    expect="stop",
    sender=KUWABARA, to=["野々村 <nonomura@tsubasa-systen.jp>"], charset="utf-8",
    subject="連携テストの日程について",
    body="""野々村様

お世話になっております。桑原です。
住民記録システムとの連携テストですが、6月24日（火）の夜間帯（20時～）でお願いできますか。
市のネットワーク作業が22時からあるため、それまでに終えたいと考えております。

よろしくお願いいたします。
""" + SIG_KUWABARA,
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systen.jp: one letter off the partner's tsubasa-system.jp",
)

add(
    expect="stop",
    sender=KASAI, to=["錦印刷 小田切様 <otagiri@nishiki-insatu.co.jp>"], charset="shift_jis",
    subject="納税通知書 封入封緘の校正について",
    body=f"""錦印刷株式会社
小田切様

いつもお世話になっております。日の出産業の葛西です。
若葉市 市県民税 納税通知書の封入封緘について、校正2回目の確認が終わりました。
窓あき封筒の宛名位置が2mm下にずれておりますので、修正をお願いいたします。

修正版の到着後、市の最終確認を経て本刷りとなります。
{SIG_KASAI}
""",
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: a dropped letter of the partner nishiki-insatsu.co.jp",
)

add(
    expect="stop",
    sender=MORINAGA, to=["みどり銀行 公金課 <koukin@midori-ginko.jp>"], charset="iso-2022-jp",
    subject="口座振替依頼書の送付について",
    body=f"""みどり銀行 公金課 ご担当者様

いつもお世話になっております。日の出産業 経理課の森永です。
若葉市様の市税口座振替依頼書（6月受付分）を、本日 青葉運輸の便にてお送りしました。
到着は6月17日の予定です。お受け取りのご確認をお願いいたします。
{SIG_MORINAGA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp: the partner bank's domain with the co. dropped",
)

add(
    expect="stop",
    sender=MIYAKE, to=["n.tamura@hinode-sangyo-co.jp"], charset="utf-8",
    subject="品質月報（5月）ドラフト確認のお願い",
    body="""田村さん

お疲れさまです。三宅です。
5月の品質月報のドラフトを共有します。応答率とモニタリング評点の欄をご確認ください。

・応答率 91.4%（目標 90%）
・モニタリング平均 82.5点
・苦情件数 14件（前月 19件）

金曜までにコメントをください。
三宅
""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp: a hyphen in place of the dot of the own domain",
)

add(
    expect="stop",
    sender=MIYAKE, to=["白川法律事務所 梶原先生 <kajiwara@shirakawa-1aw.jp>"], charset="iso-2022-jp",
    subject="住民からの損害賠償請求に関するご相談",
    body=f"""白川法律事務所
梶原先生

いつもお世話になっております。日の出産業の三宅です。
窓口での証明書の誤交付について、住民の方から損害賠償を求める書面が届きました。
来週、ご相談のお時間をいただけますでしょうか。

候補：6月18日（水）午後、6月19日（木）午前
{SIG_MIYAKE}
""",
    entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp: the digit 1 in place of the l of the partner shirakawa-law.jp (homoglyph)",
)


# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

add(
    expect="stop",
    sender=KASAI, to=[SHIMIN_SUGIURA], charset="iso-2022-jp",
    subject="【社外秘】窓口待ち時間短縮に向けた業務改善提案（案）",
    body=f"""━━━━━━━━━━━━━━━━━━
　社外秘　日の出産業株式会社
━━━━━━━━━━━━━━━━━━

杉浦様

お世話になっております。葛西です。
社内検討中の業務改善提案（案）を、先行してご覧いただきたくお送りします。

1. 転入・転居の受付をタブレットでの事前入力に切り替え（想定削減 12分/件）
2. 繁忙日の受託スタッフを2名増員（費用は当社負担で試行）
3. 呼出番号のSMS通知

費用面はまだ社内決裁前のため、取扱いにご注意ください。
{SIG_KASAI}
""",
    entities=[], detectors=["confidential_marking"],
    note="mail stamped 【社外秘】 in subject and body sent to the city",
)

add(
    expect="stop",
    sender=KASAI, to=[KEIYAKU], charset="utf-8",
    subject="次年度 委託料の積算内訳について",
    body=f"""若葉市 契約課 ご担当者様

お世話になっております。日の出産業の葛西です。
ご依頼のありました次年度委託料の積算内訳をお送りします。
人件費単価は最低賃金改定を見込んでおります。
{SIG_KASAI}
""",
    attachments=[{"kind": "xlsx", "name": "積算内訳_R8.xlsx", "page_header": "部外秘",
                  "sheets": {"積算内訳": [["【部外秘】令和8年度 若葉市窓口・コールセンター業務 積算内訳"],
                                          ["区分", "人数", "単価（月）", "月額", "年額"],
                                          ["SV", 2, 420000, 840000, 10080000],
                                          ["オペレーター", 14, 265000, 3710000, 44520000],
                                          ["窓口スタッフ", 9, 270000, 2430000, 29160000],
                                          ["管理費（10%）", "", "", 698000, 8376000]]}}],
    entities=[], detectors=["confidential_marking"],
    note="XLSX whose header and title row are stamped 部外秘, sent to the city's contract section",
)

add(
    expect="stop",
    sender=KASAI, to=["行政リンク 平沼 <hiranuma@gyosei-link.co.jp>"], charset="utf-8",
    subject="共同提案の体制図と価格について",
    body=f"""平沼様

お世話になっております。葛西です。
青波市様への共同提案について、弊社側の体制図と価格の考え方をPDFでお送りします。
ご確認のうえ、御社部分の価格をご提示いただけますでしょうか。
{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "青波市提案_体制と価格.pdf", "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                  "lines": ["青波市 窓口・コールセンター業務 共同提案", "",
                            "1. 体制：統括責任者1名、SV2名、オペレーター12名", "2. 価格：月額 6,450,000円（税別）",
                            "3. 値引き余地：最大 4%（社内決裁済みの上限）"]}],
    entities=[], detectors=["confidential_marking"],
    note="PDF with a CONFIDENTIAL / Internal Only footer on every page, to a vendor",
)

add(
    expect="stop",
    sender=MIYAKE, to=[SHIMIN_SUGIURA], charset="iso-2022-jp",
    subject="証明書誤交付に関する事故報告書（案）",
    body=f"""杉浦様

お世話になっております。日の出産業の三宅です。
6月5日に発生した証明書の誤交付について、事故報告書の案を添付いたします。
市への正式提出前に、事実関係の記載に誤りがないかご確認いただけますでしょうか。
{SIG_MIYAKE}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_案_0605.docx", "page_header": "取扱注意",
                  "paragraphs": ["【取扱注意】", "事故報告書（案）", "1. 発生日時：令和7年6月5日 11時頃",
                                 "2. 概要：住民票の写し1通を、同姓の別の住民に誤って交付した",
                                 "3. 原因：呼出番号と氏名の照合手順の省略",
                                 "4. 対応：同日中に回収、両名に謝罪済み",
                                 "5. 再発防止：交付時の生年月日の読み上げ確認を追加"]}],
    entities=[], detectors=["confidential_marking"],
    note="DOCX incident report stamped 取扱注意 in header and body, to the city",
)

add(
    expect="stop",
    sender=MIYAKE, to=["白川法律事務所 梶原 <kajiwara@shirakawa-law.jp>"], charset="utf-8",
    subject="委託契約の中途解除に関するご相談",
    body=f"""■機密区分：極秘
■配布先：白川法律事務所 梶原先生／当社 役員のみ

梶原先生

いつもお世話になっております。三宅です。
東雲町様より、来年度末での委託契約の中途解除を示唆する連絡がありました。
違約金条項（第21条）の解釈と、人員の配置転換に関する論点についてご相談させてください。

詳細は添付の経緯メモにまとめる予定です。まずは日程のご都合をお知らせください。
{SIG_MIYAKE}
""",
    entities=[], detectors=["confidential_marking"],
    note="body classified 機密区分：極秘 sent to the partner law firm (partner, but the marking still stops)",
)


# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

add(
    expect="stop",
    sender=ISHIBASHI, to=[KIKI], charset="iso-2022-jp",
    subject="避難行動要支援者名簿 更新分の送付",
    body=f"""危機管理課 ご担当者様

お世話になっております。石橋です。
避難行動要支援者名簿の更新分（6月分）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。
{SIG_ISHIBASHI}
""",
    attachments=[{"kind": "zip", "name": "youshiensha_koushin_202506.zip", "password": "Wk2506#mb",
                  "files": [{"kind": "csv", "name": "更新分.csv", "encoding": "cp932",
                             "rows": [["氏名", "住所", "電話"]] + [[x["name"], x["addr"], x["tel"]] for x in people(135, 9, "elder")]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected, to the city",
)

add(
    expect="stop",
    sender=KUWABARA, to=["行政リンク 平沼 <hiranuma@gyosei-link.co.jp>"], charset="utf-8",
    subject="予約システム改修 要件定義書（パスワード付き）",
    body=f"""平沼様

お世話になっております。桑原です。
改修の要件定義書をお送りします。PDFに閲覧パスワードを設定しています。
パスワードはいつものルールです（お電話でもお伝えします）。
{SIG_KUWABARA}
""",
    attachments=[{"kind": "pdf", "name": "要件定義書_v1.2.pdf", "password": "gyosei2025",
                  "lines": ["窓口予約システム 改修要件定義書 v1.2", "1. 目的", "2. 対象範囲", "3. 機能要件"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF that the guard cannot open, to a vendor",
)

add(
    expect="stop",
    sender=ISHIBASHI, to=[KODOMO], charset="shift_jis",
    subject="5月分 入電集計表",
    body="""大河内様

お世話になっております。石橋です。
5月分の入電集計表を添付いたします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "corrupt", "name": "入電集計_202505.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="a corrupt XLSX that cannot be parsed, to the city",
)

add(
    expect="stop",
    sender=TAKEDA, to=["東雲町社会福祉協議会 <info@shinonome-shakyo.or.jp>"], charset="iso-2022-jp",
    subject="配食サービス 申込書のスキャンデータ",
    body="""東雲町社会福祉協議会 ご担当者様

お世話になっております。日の出産業の竹田です。
窓口で預かった配食サービスの申込書をスキャンしてお送りします。
原本は来週の定期便でお届けします。
""" + SIG_TAKEDA,
    attachments=[{"kind": "corrupt", "name": "haishoku_moushikomi_scan.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="a corrupt PDF that cannot be read, to the town's social welfare council",
)


# =========================================================================================
# STOP — several reasons at once, and the remaining attachment kinds
# =========================================================================================

_p = people(136, 6, "elder")
_nd = ["要介護3", "認知症", "視覚障害2級", "在宅酸素", "要介護5", "聴覚障害（筆談）"]
add(
    expect="stop",
    sender=ISHIBASHI, to=["大門 <daimon.sakuradai@gmail.com>"], charset="iso-2022-jp",
    subject="訓練用 要支援者名簿（桜台3丁目）",
    body="""大門会長

いつもお世話になっております。若葉市コールセンターの石橋です。
22日の訓練で使う桜台3丁目の要支援者名簿をお送りします。
訓練後は破棄していただきますようお願いいたします。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "pdf", "name": "要支援者名簿_桜台3丁目.pdf", "page_header": "取扱注意　訓練時のみ使用",
                  "lines": ["避難行動要支援者名簿（桜台3丁目）", ""],
                  "table": [["氏名", "生年月日", "住所", "電話", "配慮事項"]]
                  + [[x["name"], wareki(x["birth"], "short"), x["addr"], x["tel"], _nd[i]] for i, x in enumerate(_p)]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking", "freemail_recipient"],
    note="PDF 要支援者名簿 stamped 取扱注意, six people with disabilities/care needs, to a private gmail address",
)

_p = people(137, 1, "mid")[0]
add(
    expect="stop",
    sender=KUWABARA, to=[TSUBASA], charset="utf-8",
    subject="FW: 個人番号の照会結果が表示されない件",
    body=f"""野々村様

桑原です。市の担当者から以下の問合せが来ています。転送しますのでご確認ください。

---------- 転送メッセージ ----------
差出人: 若葉市 こども家庭課 大河内
日付: 2025年6月12日 16:05
件名: 個人番号の照会結果が表示されない件
宛先: 桑原 健

日の出産業 桑原様

中間サーバーへの情報照会で、次の方の結果が「該当なし」になります。
転入前の自治体で番号が変わった可能性はありますか。

　氏名：{_p['name']}
　生年月日：{wareki(_p['birth'], 'full')}
　個人番号：{my_number(4906)}

こども家庭課 大河内
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a forward (転送) of the city's mail carrying a resident's My Number, sent on to the vendor",
)

_p = people(138, 5, "mid")
_lines = [f"{i + 1}) {x['name']}　{x['bank']} {x['branch']} 普通 {x['acct']}　（名義カナ：{x['kana'].replace(' ', '')}）"
          for i, x in enumerate(_p)]
add(
    expect="stop",
    sender=MORINAGA, to=["みどり銀行 公金課 <koukin@midori-ginko.co.jp>"], charset="shift_jis",
    subject="児童手当 6月定時払 振込不能分のご照会",
    body="""みどり銀行 公金課 ご担当者様

いつもお世話になっております。日の出産業 経理課の森永です。
若葉市様の児童手当6月定時払のうち、振込不能となった5件について照会いたします。
不能理由（口座解約・名義相違など）をお知らせいただけますでしょうか。

""" + "\n".join(_lines) + """

よろしくお願いいたします。
""" + SIG_MORINAGA,
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five recipients' bank accounts listed in the body to the partner bank (a list still stops)",
)

_p = people(139, 10, "mix")
_tsv = "caller_name\tkana\tphone\tcall_start\tduration_sec\ttopic\n" + "\n".join(
    f"{x['romaji']}\t{x['kana']}\t{x['phone']}\t2025-06-0{2 + i % 5}T{9 + i % 8:02d}:{(i * 7) % 60:02d}\t{60 + i * 37}\t{['tax certificate', 'child allowance', 'garbage', 'resident record'][i % 4]}"
    for i, x in enumerate(_p))
add(
    expect="stop",
    sender=OGAWA, to=["Priya Raman <priya.raman@voxanalytics.com>"], charset="utf-8",
    subject="Sample call records for the speech analytics PoC",
    body="""Hi Priya,

As discussed on Tuesday, here is a sample of call records from the Wakaba City contact
centre for the PoC. The file is tab-separated (UTF-8). The audio files will follow via
your upload portal once we have the city's approval.

Could you confirm the column mapping works with your importer?
""" + SIG_OGAWA,
    attachments=[{"kind": "txt", "name": "wakaba_calls_sample.tsv", "encoding": "utf-8", "text": _tsv}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail to a foreign analytics vendor with a TSV of ten callers' names and phone numbers",
)


# =========================================================================================
# PASS — ordinary business mail, signatures, disclaimers, NDA talk
# =========================================================================================

add(
    expect="pass",
    sender=KASAI, to=[SHIMIN_SUGIURA], charset="iso-2022-jp",
    subject="6月度定例会 議事録の送付",
    body=f"""若葉市 市民部 市民課
杉浦 様

いつも大変お世話になっております。日の出産業の葛西でございます。
先日は定例会にお時間をいただき、誠にありがとうございました。
議事録を添付いたしますので、ご確認をお願いいたします。
修正がございましたら、6月20日（金）までにお知らせいただけますと幸いです。

引き続きどうぞよろしくお願い申し上げます。
{SIG_KASAI}
""",
    attachments=[{"kind": "docx", "name": "議事録_6月度定例会.docx",
                  "paragraphs": ["若葉市 窓口・コールセンター業務 6月度定例会 議事録",
                                 "日時：令和7年6月11日（水）10:00～11:30　場所：本庁舎5階 第2会議室",
                                 "出席：若葉市 市民課 杉浦係長、こども家庭課 大河内主査／日の出産業 葛西、丹羽、石橋",
                                 "1. 5月度実績報告（応答率91.4%、窓口平均待ち時間23分）",
                                 "2. 7月の繁忙期（児童手当・住民税）に向けた増員計画 → 了承",
                                 "3. 次回：7月9日（水）10:00～"]}],
    entities=[], detectors=[],
    note="ordinary minutes to the city: officials' names only, the sender's full signature",
)

add(
    expect="pass",
    sender=NIWA, to=[TSUBASA], charset="utf-8",
    subject="若葉市 市民課のご担当変更について",
    body=f"""野々村様

お世話になっております。日の出産業の丹羽です。
7月1日付で若葉市 市民課のシステム担当が交代になるとのことで、市から連絡先の共有がありました。

　若葉市 市民部 市民課 住民記録係
　主事 堀田 恭平 様
　直通：048-600-3122　内線：2312
　メール：hotta-k@city.wakaba.lg.jp

今後のリリース連絡は、堀田様にもccでお送りいただけますでしょうか。
{SIG_NIWA}
""",
    entities=[], detectors=[],
    note="one city official's business contact (direct line, office mail) passed to the vendor",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[CALLNAVI], charset="shift_jis",
    subject="IVRガイダンス文言の修正依頼（7/1適用）",
    body="""コールナビ株式会社
運用チーム ご担当者様

お世話になっております。日の出産業の石橋です。
7月1日から児童手当のメニュー番号が変わるため、ガイダンス文言の修正をお願いいたします。

【現行】児童手当については「3」を、住民税については「4」を押してください。
【修正】児童手当・子育て支援については「2」を、住民税については「4」を押してください。

収録は6月25日までにお願いできますでしょうか。
""" + SIG_ISHIBASHI + "\n" + DISCLAIMER_JA,
    entities=[], detectors=[],
    note="IVR wording change with the standard 機密情報 disclaimer at the end: not a marking",
)

add(
    expect="pass",
    sender=KASAI, to=["行政リンク 法務部 <legal@gyosei-link.co.jp>"], charset="iso-2022-jp",
    subject="秘密保持契約書（案）へのコメント",
    body=f"""行政リンク株式会社
法務部 ご担当者様

お世話になっております。日の出産業の葛西です。
青波市様への共同提案にあたっての秘密保持契約書（案）を拝見しました。
弊社からのコメントは次の3点です。

1. 第2条「機密情報」の定義に、口頭で開示された情報を含める場合は
　 開示後30日以内の書面による特定を条件としたい。
2. 第6条の有効期間は契約終了後3年としたい（案では5年）。
3. 個人情報の取扱いは別途、自治体の個人情報取扱特記事項に従う旨を追記したい。

ご検討のほどよろしくお願いいたします。
{SIG_KASAI}
""",
    entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約, 機密情報の定義): talk about confidentiality, no marking",
)

_p = people(140, 6, "mid")
add(
    expect="pass",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="Re: 認定請求 未提出者への再架電のお願い",
    body="""大河内様

承知いたしました。
明日（6/17）の15時以降に、6名の方へ再架電いたします。
結果は夕方にまとめてご報告します。

石橋

> 日の出産業 石橋様
>
> 先週不在だった方のうち、以下の方に再度お電話をお願いします。
>
""" + "\n".join(f"> {x['name']}　{x['phone']}　{x['addr']}" for x in _p) + """
>
> こども家庭課 大河内
""",
    entities=[], detectors=[],
    note="the six residents appear only in the quoted text of the city's own mail (> lines)",
)

_p = people(141, 1, "mid")[0]
add(
    expect="pass",
    sender=ISHIBASHI, to=[KODOMO], charset="utf-8",
    subject="RE: 認定請求書の個人番号について（照会）",
    body=f"""大河内様

ご確認ありがとうございます。
通知カード側の番号が正しいとのこと、承知いたしました。
請求書の記載はご本人に訂正印をいただく形で対応いたします。

石橋

-----Original Message-----
From: 大河内 利明 <ookouchi-t@city.wakaba.lg.jp>
Sent: Monday, June 16, 2025 11:02 AM
To: 石橋 真理子 <m.ishibashi@hinode-sangyo.co.jp>
Subject: RE: 認定請求書の個人番号について（照会）

石橋様

住基で確認しました。正しい番号は {my_number(4907)} です（{_p['name']} 様）。
請求書の記載のほうが誤りでした。

こども家庭課 大河内
""",
    entities=[], detectors=[],
    note="the My Number appears only under -----Original Message----- from the recipient himself",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[CALLNAVI], charset="utf-8",
    subject="IVR転送先（支所・出張所）一覧の更新",
    body="""コールナビ 運用チーム ご担当者様

お世話になっております。石橋です。
7月1日から北支所の電話番号が変わりますので、転送先一覧を更新しました。

施設名              住所                          電話番号        受付時間
------------------  ----------------------------  --------------  -----------
若葉市役所 本庁舎   若葉市中央区本町1-1-1         048-600-1111    8:30-17:15
北支所              若葉市北区緑町2-5-3           048-661-2201    8:30-17:15
南支所              若葉市南区港南4-1-8           048-712-3301    8:30-17:15
西出張所            若葉市西区柏木1-9-20          048-633-4410    9:00-16:00
東出張所            若葉市東区旭が丘3-2-2         048-755-0155    9:00-16:00
駅前サービスコーナー 若葉市中央区桜台1-1 若葉駅ビル3F  048-600-8080  10:00-19:00

※北支所は7/1から 048-661-2201（旧 048-661-2200）
""" + SIG_ISHIBASHI,
    entities=[], detectors=[],
    note="a list of city offices with addresses and phones: businesses, not people",
)

add(
    expect="pass",
    sender=KASAI, to=[NISHIKI], charset="shift_jis",
    subject="防災マップ 避難所一覧の差し替えデータ",
    body=f"""錦印刷株式会社
小田切様

いつもお世話になっております。葛西です。
防災マップ裏面の避難所一覧について、差し替えデータをお送りします。
宮下小学校の体育館改修に伴い、収容人数が変わっています。
{SIG_KASAI}
""",
    attachments=[{"kind": "xlsx", "name": "避難所一覧_差替_0612.xlsx",
                  "sheets": {"指定避難所": [["若葉市 指定避難所一覧（令和7年7月版）"],
                                           ["施設名", "住所", "電話番号", "収容人数", "福祉避難所"],
                                           ["若葉市立桜台小学校", "若葉市中央区桜台2-10-1", "048-641-0021", 620, ""],
                                           ["若葉市立緑町中学校", "若葉市北区緑町4-3-1", "048-662-0045", 880, ""],
                                           ["港南コミュニティセンター", "若葉市南区港南1-6-5", "048-712-5500", 250, "○"],
                                           ["若葉市立宮下小学校", "若葉市西区宮下3-1-1", "048-634-0012", 410, ""],
                                           ["旭が丘地区センター", "若葉市東区旭が丘2-7-7", "048-755-3030", 180, "○"],
                                           ["若葉市総合体育館", "若葉市中央区本町5-2-1", "048-600-7700", 1500, ""]]}}],
    entities=[], detectors=[],
    note="shelter list (facility names, addresses, switchboards): no people",
)

_p = people(142, 3, "mid")
add(
    expect="pass",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="課内確認が必要な問い合わせ（3件）",
    body="""大河内様

お世話になっております。石橋です。
本日、課内でのご確認が必要なお問い合わせが3件ありました。

""" + "\n".join(f"{i + 1}. {x['name']} 様（{x['mobile']}）\n   {q}"
                for i, (x, q) in enumerate(zip(_p, ["離婚協議中の場合の受給者の変更について",
                                                      "大学生の兄がいる場合の第3子の数え方について",
                                                      "海外留学中の子の扱いについて"]))) + """

ご回答をいただけましたら、こちらから折り返します。
""" + SIG_ISHIBASHI,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three callers' names and mobiles: under five people, may be warned but not held",
)

_p = people(143, 4, "mix")
add(
    expect="pass",
    sender=NIWA, to=[ZEIMU], charset="utf-8",
    subject="証明書の再発行対象（4件）",
    body="""浅見様

お疲れさまです。丹羽です。
6月10日の印字不良で再発行が必要な4件をCSVでお送りします。
再発行分はこちらで郵送いたします。
""" + SIG_NIWA,
    attachments=[{"kind": "csv", "name": "再発行対象_0610.csv", "encoding": "utf-8",
                  "rows": [["氏名", "住所", "電話番号", "証明書"]]
                  + [[x["name"], x["addr"], x["phone"], "課税証明書"] for x in _p]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a CSV of four residents' records: below the list threshold of five",
)


# =========================================================================================
# PASS — internal-only mail, whatever it carries
# =========================================================================================

_p = people(144, 30, "mix")
add(
    expect="pass",
    sender=ISHIBASHI, to=["若葉市コールセンター オペレーター各位 <wakaba-cc-op@hinode-sangyo.co.jp>"],
    cc=[KASAI], charset="shift_jis",
    subject="【架電】6/17 児童手当 勧奨架電リスト",
    body="""オペレーターの皆さん

お疲れさまです。石橋です。
明日の勧奨架電リストを添付します。1人あたり6件を目安に、シート内の担当列の順でお願いします。
結果は架電結果列にプルダウンで入力してください。

石橋
""",
    attachments=[{"kind": "xlsx", "name": "勧奨架電リスト_0617.xlsx",
                  "sheets": {"架電リスト": [["氏名", "住所", "電話番号", "担当", "架電結果"]]
                             + [[x["name"], x["addr"], x["phone"], f"OP{(i % 5) + 1:02d}", ""] for i, x in enumerate(_p)]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="30 residents' records, but every recipient is internal",
)

_p = people(145, 1, "mid")[0]
add(
    expect="pass",
    sender=NIWA, to=["窓口チーム <wakaba-madoguchi@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="番号確認書類の記載誤り（共有）",
    body=f"""窓口チームの皆さん

丹羽です。本日の事例共有です。
{_p['name']} 様の転入届で、届書に記入された個人番号（{my_number(4908)}）と
マイナンバーカードの番号が1桁違っていました。
届書の番号は必ずカードと突き合わせてから入力してください。

丹羽
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="a My Number in mail to internal colleagues only",
)

_p = people(146, 1, "mid")[0]
add(
    expect="pass",
    sender=ISHIBASHI, to=[KASAI, MIYAKE], charset="utf-8",
    subject="【報告】生活保護受給者からの強い苦情について",
    body=f"""葛西さん、三宅さん

石橋です。本日の入電で、対応に注意が必要な方がいたので共有します。

{_p['name']} 様（{_p['mobile']}）
生活保護受給中、精神障害者保健福祉手帳2級。ケースワーカーの訪問が約束どおりでなかったとのことで
約50分の入電。最後は落ち着かれましたが、明日も架電するとおっしゃっていました。

市への報告文案は明日お送りします。
石橋
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a caller's welfare status and mental disability, shared between internal staff only",
)

_p = people(147, 12, "elder")
add(
    expect="pass",
    sender=ISHIBASHI, to=["見守り班 <mimamori@mail.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="来週の訪問予定表",
    body="""見守り班の皆さん

来週の訪問予定です。車両は2台、2人1組でお願いします。

""" + table([["日", "氏名", "住所", "電話"]]
            + [[f"6/{23 + i // 3}", x["name"], x["addr"], x["tel"]] for i, x in enumerate(_p)]) + """

石橋
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="12 elderly residents' addresses to mail.hinode-sangyo.co.jp: an internal subdomain",
)

add(
    expect="pass",
    sender=KUWABARA, to=[KASAI], charset="utf-8",
    subject="市提出用データ（暗号化済み）",
    body="""葛西さん

桑原です。市に提出する要支援者名簿の更新データを暗号化ZIPにしました。
パスワードはTeamsで送ります。提出は市の指定するファイル交換サービス経由でお願いします。

桑原
""",
    attachments=[{"kind": "zip", "name": "teishutsu_202506.zip", "password": "Hn#0616tk",
                  "files": [{"kind": "csv", "name": "youshiensha.csv", "encoding": "cp932",
                             "rows": [["氏名", "住所"]] + [[x["name"], x["addr"]] for x in people(148, 7, "elder")]}]}],
    entities=[], detectors=[],
    note="an encrypted ZIP, but only to an internal colleague",
)

add(
    expect="pass",
    sender=KASAI, to=["自治体BPO事業部 管理職 <bpo-managers@hinode-sangyo.co.jp>"], charset="shift_jis",
    subject="【社外秘】青波市 提案価格の最終案",
    body="""【社外秘】

管理職各位

葛西です。青波市の提案価格の最終案です。
月額 6,450,000円（税別）、値引きの上限は4%で決裁を取っています。
金曜の経営会議に諮りますので、ご意見は木曜中にお願いします。

葛西
""",
    entities=[], detectors=[],
    note="a 社外秘 stamp on mail whose recipients are all internal",
)

_p = people(149, 1, "elder")[0]
add(
    expect="pass",
    sender=ISHIBASHI, to=[MIYAKE], charset="iso-2022-jp",
    subject="FW: 苦情（訪問時の対応について）",
    body=f"""三宅さん

石橋です。住民の方からのメールを転送します。品質の観点で確認をお願いします。

---------- Forwarded message ---------
From: {_p['romaji'].lower().replace(' ', '.')}@yahoo.co.jp
Date: 2025年6月13日(金) 20:14
Subject: 見守り訪問について

若葉市 見守り担当の方へ

{_p['name']}です（{_p['addr']}、電話 {_p['tel']}）。
私は心臓にペースメーカーを入れているので、インターホンを何度も鳴らされると困ります。
先日の訪問で、玄関先で大きな声で病気のことを聞かれたのも嫌でした。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a forwarded resident complaint with a medical condition, sent to an internal colleague only",
)


# =========================================================================================
# PASS — recipients: two organisations, one free-mail address, Bcc
# =========================================================================================

add(
    expect="pass",
    sender=KUWABARA, to=[SHIMIN_SUGIURA, "堀田 恭平 <hotta-k@city.wakaba.lg.jp>"], cc=[TSUBASA],
    charset="iso-2022-jp",
    subject="住民記録システム バージョンアップ作業日程のご相談",
    body=f"""若葉市 市民課 杉浦様、堀田様
（cc：ツバサシステム 野々村様）

お世話になっております。日の出産業の桑原です。
住民記録システムのバージョンアップ作業について、候補日をご相談させてください。

　候補1：7月5日（土）9:00～17:00
　候補2：7月12日（土）9:00～17:00

作業中は窓口の証明発行を停止します。
{SIG_KUWABARA}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two officials of the city and one vendor: two external organisations, a normal three-way mail",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=["宇佐美 様 <usami.family22@gmail.com>"], charset="iso-2022-jp",
    subject="児童手当のお問い合わせについて（若葉市コールセンター）",
    body="""宇佐美 様

若葉市コールセンターの石橋でございます。
お問い合わせフォームからのご質問にお答えいたします。

高校生年代のお子様がいらっしゃる場合、令和6年10月分から児童手当の支給対象となりました。
すでに中学生以下のお子様について受給されている場合は、「額改定認定請求書」の
ご提出が必要です。様式は市ホームページからダウンロードいただけます。

ご不明な点は、コールセンター（048-601-2281、平日8:30～17:15）までお問い合わせください。
""" + SIG_ISHIBASHI,
    entities=[], detectors=["freemail_recipient"],
    note="an answer to one resident on free mail; only the salutation names her",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=["猪股 <inomata-hisao@yahoo.co.jp>"], charset="shift_jis",
    subject="7月の見守り研修会について",
    body="""猪股 様

いつもお世話になっております。若葉市コールセンターの石橋です。
先日お電話でお尋ねの研修会は、7月8日（火）13:30から桜台コミュニティセンターで行います。
駐車場が少ないため、できるだけ公共交通機関でお越しください。

どうぞよろしくお願いいたします。
""" + SIG_ISHIBASHI,
    entities=[], detectors=["freemail_recipient"],
    note="one 民生委員 on free mail: a single free-mail recipient is allowed",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[ISHIBASHI],
    bcc=["相馬 民生委員 <souma.k1950@gmail.com>", "猪股 <inomata-hisao@yahoo.co.jp>",
         "一ノ瀬 様 <ichinose.f@docomo.ne.jp>", "k.hanyu0412@ezweb.ne.jp", "三瓶 <sampei.kiyo@icloud.com>"],
    charset="iso-2022-jp",
    subject="【会場変更】7月の見守り研修会",
    body="""民生委員の皆様（Bccにて失礼いたします）

若葉市コールセンターの石橋です。
7月8日の研修会の会場が、桜台コミュニティセンター2階和室から
1階多目的ホールに変更になりました。時間の変更はありません。

ご不便をおかけしますが、よろしくお願いいたします。
""" + SIG_ISHIBASHI,
    entities=[], detectors=["freemail_recipient"],
    note="five private volunteers put in Bcc as they should be: nobody sees the others",
)

add(
    expect="pass",
    sender=KASAI, to=[SHIMIN_SUGIURA], cc=[NISHIKI], charset="utf-8",
    subject="市県民税 納税通知書 印刷・発送スケジュール",
    body=f"""杉浦様
（cc：錦印刷 小田切様）

お世話になっております。葛西です。
納税通知書の印刷・発送スケジュールを整理しました。

　6月 2日　市からの印刷データ受領
　6月 4日　校正1回目
　6月 9日　校正2回目・責了
　6月12日　印刷・封入封緘
　6月13日　郵便局差出（約112,000通）

錦印刷様、相違があればご指摘ください。
{SIG_KASAI}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="the city and the partner printer in To/Cc: two external organisations",
)


# =========================================================================================
# PASS — statistics, price lists, invoices, tracking numbers, IDs that are not people's
# =========================================================================================

add(
    expect="pass",
    sender=ISHIBASHI, to=[SHIMIN_SUGIURA], charset="shift_jis",
    subject="5月 入電件数（用件別）",
    body="""杉浦係長

お世話になっております。石橋です。
5月の入電件数を用件別にまとめました。

用件              件数    構成比   前月比
----------------  ------  -------  -------
住民票・戸籍       1,842   31.1%    +4.0%
税証明              1,105   18.6%   +12.3%
児童手当              964   16.3%    +8.8%
国保・年金            812   13.7%    -2.1%
ごみ・粗大ごみ        701   11.8%    -0.5%
その他                506    8.5%    +1.2%
合計                5,930  100.0%    +5.1%

応答率は91.4%、平均通話時間は4分52秒でした。
""" + SIG_ISHIBASHI,
    entities=[], detectors=[],
    note="call statistics by topic: numbers without people",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[KODOMO], charset="utf-8",
    subject="児童手当 認定請求の受付状況（区別集計）",
    body="""大河内様

お世話になっております。石橋です。
6月13日時点の認定請求の受付状況を区別に集計しました。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "xlsx", "name": "認定請求_区別集計_0613.xlsx",
                  "sheets": {"区別": [["児童手当 認定請求 受付状況（令和7年6月13日時点）"],
                                      ["区", "対象世帯数", "受付済", "未提出", "受付率"],
                                      ["中央区", 2210, 1874, 336, "84.8%"], ["北区", 1930, 1602, 328, "83.0%"],
                                      ["南区", 1655, 1431, 224, "86.5%"], ["西区", 1402, 1129, 273, "80.5%"],
                                      ["東区", 1288, 1104, 184, "85.7%"], ["計", 8485, 7140, 1345, "84.1%"]],
                             "推移": [["週", "受付件数"], ["5/12週", 1320], ["5/19週", 1655], ["5/26週", 1408],
                                      ["6/2週", 1510], ["6/9週", 1247]]}}],
    entities=[], detectors=[],
    note="XLSX of counts by ward and week: statistics without people",
)

add(
    expect="pass",
    sender=KASAI, to=[AONAMI], charset="iso-2022-jp",
    subject="お見積書の送付（窓口・コールセンター業務）",
    body=f"""青波市 市民協働課
真田 様

いつもお世話になっております。日の出産業の葛西です。
先日ご依頼いただきました窓口・コールセンター業務のお見積書を添付いたします。
単価表は下記のとおりです。

　オペレーター（平日 8:30～17:15）　　 1席あたり月額 468,000円
　オペレーター（土曜・夜間延長）　　　 1時間あたり　 3,200円
　窓口受付スタッフ　　　　　　　　　　 1名あたり月額 452,000円
　スーパーバイザー　　　　　　　　　　 1名あたり月額 610,000円
　初期構築費（FAQ整備・研修）　　　　 一式　　　 1,800,000円

ご検討のほどよろしくお願いいたします。
{SIG_KASAI}
""",
    attachments=[{"kind": "pdf", "name": "御見積書_青波市_No.Q25-0412.pdf", "title": "御見積書",
                  "lines": ["御見積書　No.Q25-0412", "青波市長 様", "",
                            "日の出産業株式会社　東京都千代田区内神田2-8-4",
                            f"登録番号：T{corp_number('010401187432')}",
                            "件名：窓口・コールセンター業務委託（令和8年度）",
                            "見積金額：87,516,000円（税込）", "有効期限：発行日より90日"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an estimate and unit price list with the company's own invoice registration number (T-number)",
)

add(
    expect="pass",
    sender=MORINAGA, to=["若葉市 会計課 <kaikei@city.wakaba.lg.jp>"], charset="shift_jis",
    subject="5月分 委託料のご請求書送付（請求番号 INV-2505-0031）",
    body=f"""若葉市 会計管理者 会計課 ご担当者様

いつもお世話になっております。日の出産業 経理課の森永です。
5月分の委託料のご請求書をお送りいたします。

　請求番号：INV-2505-0031
　契約番号：若葉市契第2024-118号
　請求金額：7,678,000円（うち消費税 698,000円）
　登録番号：T{corp_number('010401187432')}
　お振込先：みどり銀行 本店営業部 普通 1048872　ヒノデサンギヨウ（カ
　お支払期日：2025年6月30日

原本は本日郵送いたしました。
{SIG_MORINAGA}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice: invoice/contract numbers, the company's own bank account and T-number",
)

add(
    expect="pass",
    sender=KASAI, to=["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"], charset="utf-8",
    subject="納税通知書 支所あて配送の伝票番号",
    body=f"""青葉運輸株式会社
法人営業 ご担当者様

お世話になっております。日の出産業の葛西です。
昨日お願いした支所あて配送（返戻用の予備通知書）の伝票番号は以下のとおりです。
北支所分が本日午前の時点で追跡に反映されていないため、ご確認をお願いいたします。

　本庁舎 市民税課　　4812-3390-1165
　北支所　　　　　　 4812-3390-1176
　南支所　　　　　　 4812-3390-1180
　西出張所　　　　　 4812-3390-1191
　東出張所　　　　　 4812-3390-1202
{SIG_KASAI}
""",
    entities=[], detectors=[],
    note="tracking numbers of parcels to city offices: no personal data",
)

add(
    expect="pass",
    sender=KUWABARA, to=[GYOSEI], charset="iso-2022-jp",
    subject="予約ステータスが更新されない件（予約番号のみ）",
    body=f"""行政リンク サポートご担当者様

お世話になっております。桑原です。
以下の予約で、来庁処理をしてもステータスが「予約中」のまま変わりません。
個人情報は伏せ、予約番号のみお知らせします。

　WK-2506-1204　窓口：戸籍　　　処理時刻 6/16 9:42
　WK-2506-1211　窓口：転入・転居 処理時刻 6/16 10:05
　WK-2506-1230　窓口：印鑑登録　処理時刻 6/16 11:18
　WK-2506-1233　窓口：戸籍　　　処理時刻 6/16 11:26
　WK-2506-1247　窓口：転入・転居 処理時刻 6/16 13:50
　WK-2506-1252　窓口：戸籍　　　処理時刻 6/16 14:07

ログのご確認をお願いいたします。
{SIG_KUWABARA}
""",
    entities=[], detectors=[],
    note="six reservation numbers with no names or contact data: not a list of people",
)

add(
    expect="pass",
    sender=KUWABARA, to=[TSUBASA], charset="utf-8",
    subject="帳票出力エラーのログ（マスキング済み）",
    body="""野々村様

お世話になっております。桑原です。
納税通知書の再発行帳票でエラーが出ました。ログを貼ります（氏名・宛名番号はマスキングしています）。

2025-06-16 10:14:22.381 ERROR [PrintJob-17] FormRenderer - field overflow: ADDR_LINE2 (len=52, max=48)
2025-06-16 10:14:22.382 ERROR [PrintJob-17] target=ATENA:*********, NAME:****
2025-06-16 10:14:22.390 WARN  [PrintJob-17] fallback font applied: IPAmjMincho (U+9AD9)
2025-06-16 10:14:22.402 ERROR [PrintJob-17] job aborted, code=PRT-0412

住所2行目の桁あふれのようです。48桁を超える場合の折り返し仕様をご教示ください。
""" + SIG_KUWABARA,
    entities=[], detectors=[],
    note="an error log with personal fields masked: nothing personal left",
)

add(
    expect="pass",
    sender=MIYAKE, to=[SHIMIN_SUGIURA], charset="iso-2022-jp",
    subject="Re: 応対マニュアル原本のご提供について",
    body=f"""杉浦様

お世話になっております。三宅です。
ご依頼いただいた応対マニュアルですが、当社の標準マニュアルは社外秘の扱いとなっており、
原本をそのままお渡しすることができません。申し訳ございません。

若葉市様向けにカスタマイズした部分（FAQ・エスカレーション基準）の抜粋版を
来週中に作成してお送りいたしますので、そちらでご容赦いただけますでしょうか。
{SIG_MIYAKE}
""",
    entities=[], detectors=[],
    note="the word 社外秘 only in a sentence explaining why a manual cannot be sent: no stamp",
)

add(
    expect="pass",
    sender=MIYAKE, to=[SHIMIN_SUGIURA], charset="utf-8",
    subject="個人情報の取扱いに関する受託者ルールの改訂",
    body=f"""杉浦様

お世話になっております。三宅です。
個人情報取扱特記事項の改訂に合わせ、受託スタッフ向けのルールを次のとおり改めました。

1. マイナンバー（個人番号）や口座番号を含むデータはメールで送信しない。
   市とのやり取りは庁内の共有フォルダ、またはLGWAN経由のファイル交換に限る。
2. 要配慮個人情報（病歴・障害等）を含む引継ぎは、電話または対面で行う。
3. 名簿類の印刷は原則禁止、やむを得ない場合は使用後ただちにシュレッダー処理。

内容についてご意見があればお知らせください。
{SIG_MIYAKE}
""",
    entities=[], detectors=[],
    note="rules about personal data that name categories (マイナンバー, 口座番号) but contain none",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[SHAKYO], charset="utf-8",
    subject="地区別 サロン会場一覧（7月）",
    html="""<html><body>
<p>社会福祉協議会 地域福祉課 ご担当者様</p>
<p>お世話になっております。石橋です。<br>7月のふれあいサロン会場一覧を作成しましたので、ご確認ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>地区</th><th>会場</th><th>住所</th><th>電話（会場）</th><th>開催日</th></tr>
<tr><td>桜台</td><td>桜台コミュニティセンター</td><td>若葉市中央区桜台2-3-1</td><td>048-641-7100</td><td>7/3・7/17</td></tr>
<tr><td>緑町</td><td>緑町公民館</td><td>若葉市北区緑町1-12-4</td><td>048-662-3310</td><td>7/8</td></tr>
<tr><td>港南</td><td>港南コミュニティセンター</td><td>若葉市南区港南1-6-5</td><td>048-712-5500</td><td>7/10</td></tr>
<tr><td>柏木</td><td>柏木集会所</td><td>若葉市西区柏木3-8-2</td><td>048-633-9021</td><td>7/15</td></tr>
<tr><td>旭が丘</td><td>旭が丘地区センター</td><td>若葉市東区旭が丘2-7-7</td><td>048-755-3030</td><td>7/24</td></tr>
</table>
<p>日の出産業株式会社 若葉市コールセンター 石橋</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only mail with a table of community venues: places, not people",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[SHAKYO], charset="shift_jis",
    subject="5月 見守り訪問の実施状況",
    body="""社協 地域福祉課 ご担当者様

お世話になっております。石橋です。
5月の見守り訪問の実施状況をご報告します。

　訪問予定　　　　　　　　　412件
　訪問実施（在宅）　　　　　371件
　不在（不在票投函）　　　　 33件
　入院・施設入所等で中止　　　8件
　緊急対応（救急要請等）　　　1件

緊急対応の1件は、すでに長寿支援課へ報告済みです。
""" + SIG_ISHIBASHI,
    entities=[], detectors=[],
    note="counts of watch visits: statistics without identifiable people",
)

add(
    expect="pass",
    sender=ISHIBASHI, to=[KIKI], charset="iso-2022-jp",
    subject="要支援者名簿 登録状況（地区別）",
    body="""危機管理課 ご担当者様

お世話になっております。石橋です。
6月1日時点の避難行動要支援者名簿の登録状況を、地区別にPDFでまとめました。
個人が特定される情報は含めておりません。
""" + SIG_ISHIBASHI,
    attachments=[{"kind": "pdf", "name": "要支援者_登録状況_地区別.pdf",
                  "lines": ["避難行動要支援者名簿 登録状況（令和7年6月1日時点）", ""],
                  "table": [["地区", "名簿登載者", "情報提供同意", "個別避難計画作成済"],
                            ["桜台", "318", "241", "96"], ["緑町", "287", "198", "74"],
                            ["港南", "402", "305", "121"], ["柏木", "256", "177", "58"],
                            ["旭が丘", "221", "169", "63"], ["計", "1,484", "1,090", "412"]]}],
    entities=[], detectors=[],
    note="PDF of counts by district: no people",
)


# =========================================================================================
# PASS — quoted replies, one business contact, a few people
# =========================================================================================

_p = people(150, 5, "elder")
add(
    expect="pass",
    sender=ISHIBASHI, to=["社協 宮内 <miyauchi@wakaba-shakyo.or.jp>"], charset="utf-8",
    subject="Re: 訓練当日の支援者割当て",
    body="""宮内様

ありがとうございます。割当て案で問題ございません。
当日は8時30分に桜台小学校の正門前に集合いたします。

石橋

On 2025/06/13 17:42, 宮内 智子 <miyauchi@wakaba-shakyo.or.jp> wrote:
> 石橋様
>
> 訓練当日の支援者割当て案です。
""" + "\n".join(f"> {x['name']}（{x['addr']}）… {n} → 支援者：自主防災会"
                for x, n in zip(_p, ["車いす", "要介護3", "視覚障害", "在宅酸素", "認知症"])) + """
>
> ご確認ください。
> 宮内
""",
    entities=[], detectors=[],
    note="the vulnerable-persons list is only in the quoted text (On … wrote:) of the recipient's own mail",
)

_p = people(151, 5, "elder")
add(
    expect="pass",
    sender=ISHIBASHI, to=[HOUKATSU], charset="shift_jis",
    subject="RE: 訪問時の注意事項について",
    body="""地域包括支援センター ご担当者様

承知いたしました。
訪問スタッフに周知し、次回から2名体制で伺います。

石橋

差出人: 若葉市中央地域包括支援センター <center@chuo-houkatsu.or.jp>
送信日時: 2025年6月12日 9:15
宛先: 石橋 真理子 <m.ishibashi@hinode-sangyo.co.jp>
件名: 訪問時の注意事項について

石橋様

見守り訪問で以下の方を訪ねる際は、次の点にご注意ください。

""" + "\n".join(f"・{x['name']}様（TEL {x['tel']}）：{n}"
                for x, n in zip(_p, ["認知症のため同じ質問が続きます", "難聴のため筆談で", "糖尿病で食事制限中",
                                     "パーキンソン病、転倒注意", "うつ病の治療中、長時間の訪問は避ける"])) + """

中央地域包括支援センター
""",
    entities=[], detectors=[],
    note="health details of five residents only under 差出人/送信日時 quoted from the recipient's own mail",
)

add(
    expect="pass",
    sender=KASAI, to=[SHIMIN_SUGIURA], charset="iso-2022-jp",
    subject="障害発生時の連絡先（ツバサシステム保守担当）",
    body=f"""杉浦様

お世話になっております。葛西です。
夜間・休日に住民記録システムの障害が発生した場合の保守窓口をお知らせします。

　ツバサシステム株式会社 自治体ソリューション部
　保守担当　野々村 圭介 様
　携帯：080-3391-5520（24時間対応）
　メール：nonomura@tsubasa-system.jp

まずは弊社の当番（03-5289-7799）にご連絡いただければ、こちらからも手配いたします。
{SIG_KASAI}
""",
    entities=[], detectors=[],
    note="one vendor engineer's business contact (work mobile) given to the city",
)

_p = people(152, 2, "mid", city="東雲町")
add(
    expect="pass",
    sender=TAKEDA, to=[SHINONOME], charset="shift_jis",
    subject="出張窓口（6/21 北部公民館）予約者",
    body="""住民福祉課 ご担当者様

お世話になっております。竹田です。
6月21日の出張窓口の予約者は、現時点で次の2名です。

　10:00　""" + f"{_p[0]['name']} 様　{_p[0]['phone']}" + """
　11:00　""" + f"{_p[1]['name']} 様　{_p[1]['phone']}" + """

いずれも印鑑登録の手続きです。よろしくお願いいたします。
""" + SIG_TAKEDA,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two residents' names and phones for an outreach counter: a few people, may be warned",
)

_p = people(153, 1, "mid")[0]
add(
    expect="pass",
    sender=NIWA, to=[SHIMIN], charset="utf-8",
    subject="転居届の記載についての確認（1件）",
    body=f"""市民課 ご担当者様

お疲れさまです。窓口業務受託チームの丹羽です。
本日受け付けた転居届で、方書の記載が住民票と異なる方がいらっしゃいます。

　{_p['name']} 様
　新住所：{_p['addr']}
　連絡先：{_p['phone']}

届出どおりで処理してよいか、ご確認をお願いします。
{SIG_NIWA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one resident's record to the city: one person, may be warned but not held",
)

_par = people(154, 1, "mid_m")[0]
_par["birth"] = (1971, 9, 30)
_kids = people(155, 3, "kid")
for _c, _b in zip(_kids, [(2002, 4, 8), (2008, 11, 21), (2013, 6, 3)]):
    _c["birth"] = _b
add(
    expect="pass",
    sender=ISHIBASHI, to=[KODOMO], charset="iso-2022-jp",
    subject="多子加算の対象確認（1世帯）",
    body=f"""大河内様

お世話になっております。石橋です。
多子加算の対象となるかどうか、1世帯についてご確認をお願いいたします。

　請求者：{_par['name']}（{wareki(_par['birth'], 'short')}生）
　子1　：{_par['sei']} {_kids[0]['mei']}（{wareki(_kids[0]['birth'], 'short')}生）
　子2　：{_par['sei']} {_kids[1]['mei']}（{wareki(_kids[1]['birth'], 'short')}生）
　子3　：{_par['sei']} {_kids[2]['mei']}（{wareki(_kids[2]['birth'], 'short')}生）

長子が22歳年度末を過ぎているかどうかで判断が分かれると思われます。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one household: four people's names and birth dates, under the list threshold",
)

add(
    expect="pass",
    sender=OGAWA, to=["Priya Raman <priya.raman@voxanalytics.com>"], charset="utf-8",
    subject="Re: Dashboard KPIs for the Wakaba PoC",
    body="""Hi Priya,

Thanks for the draft dashboard. A few comments from our side:

1. Please show the answer rate per 30-minute slot rather than per hour.
2. "Average handling time" should exclude after-call work for now.
3. Topic labels: could you add "child allowance" and "tax certificate" as separate
   categories? They are our two biggest topics in June.

We can walk through it on Thursday at 10:00 JST if that suits you.
""" + SIG_OGAWA + "\n" + DISCLAIMER_EN,
    entities=[], detectors=[],
    note="English business mail with the standard confidentiality disclaimer: no marking, no people",
)


# =========================================================================================
# EITHER — a privacy officer could honestly judge these both ways
# =========================================================================================

add(
    expect="either",
    sender=KASAI, to=[TSUBASA], charset="shift_jis",
    subject="若葉市 障害時連絡体制表（7月版）",
    body=f"""野々村様

お世話になっております。葛西です。
7月からの障害時連絡体制表です。市の人事異動を反映しました。

役割            所属                      氏名          直通            メール
--------------  ------------------------  ------------  --------------  ------------------------------
統括            若葉市 情報政策課 課長    白石 修一     048-600-3301    shiraishi-s@city.wakaba.lg.jp
副統括          若葉市 情報政策課 係長    矢吹 亜紀     048-600-3302    yabuki-a@city.wakaba.lg.jp
住民記録        若葉市 市民課 主事        堀田 恭平     048-600-3122    hotta-k@city.wakaba.lg.jp
税務            若葉市 市民税課 主任      浅見 和哉     048-600-3240    asami-k@city.wakaba.lg.jp
福祉            若葉市 福祉総務課 係長    蔵本 達也     048-600-3415    kuramoto-t@city.wakaba.lg.jp
子育て          若葉市 こども家庭課 主査  大河内 利明   048-600-3520    ookouchi-t@city.wakaba.lg.jp

夜間・休日は弊社当番（03-5289-7799）を経由してください。
{SIG_KASAI}
""",
    entities=[], detectors=[],
    note="six city officials' work contacts: business contacts, yet a list of five or more people",
)

_p = people(156, 1, "mid")[0]
add(
    expect="either",
    sender=ISHIBASHI, to=[FUKUSHI], charset="iso-2022-jp",
    subject="保護費の支給日に関するお問い合わせ",
    body=f"""蔵本係長

お世話になっております。石橋です。
生活保護を受給中の {_p['name']} 様（{_p['mobile']}）から、今月の保護費の支給日について
お問い合わせがありました。担当ケースワーカーから折り返しをお願いできますでしょうか。

よろしくお願いいたします。
{SIG_ISHIBASHI}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one named resident's welfare receipt: not an APPI 要配慮 category, but many treat it as sensitive",
)

add(
    expect="either",
    sender=ISHIBASHI, to=[SHAKYO], charset="utf-8",
    subject="研修会 出席予定の民生委員（地区別）",
    body="""社協 地域福祉課 ご担当者様

お世話になっております。石橋です。
7月8日の研修会に出席予定の民生委員の方は次のとおりです（敬称略）。

　桜台　　：相馬 勝利、三瓶 キヨ
　緑町　　：猪股 久男
　港南　　：一ノ瀬 フミ、羽生 清
　旭が丘　：釜石 節子

資料の部数の準備をお願いいたします。
""" + SIG_ISHIBASHI,
    entities=["PERSON_NAME"], detectors=[],
    note="six volunteers' names with their districts only, no contact data: a thin 'list of people'",
)


# -- ids: mix the themes so that stops and passes interleave, then number them -----------
random.Random("municipal-order").shuffle(MESSAGES)
for _n, _m in enumerate(MESSAGES, start=1):
    _m["id"] = f"municipal-{_n:03d}"
assert len(MESSAGES) == 100
