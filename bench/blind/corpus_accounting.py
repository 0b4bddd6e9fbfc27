"""Blind corpus: 経理・財務・法務 of 日の出産業 (invoices, payroll transfers, 源泉徴収票,
株主名簿, debtor lists, audit samples, legal matters with 白川法律事務所)."""

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("東海林", "ショウジ", "Shoji"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("四十物", "アイモノ", "Aimono"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("御手洗", "ミタライ", "Mitarai"), ("十文字", "ジュウモンジ", "Jumonji"),
    ("鬼頭", "キトウ", "Kito"), ("仁科", "ニシナ", "Nishina"), ("蓮見", "ハスミ", "Hasumi"),
    ("早乙女", "サオトメ", "Saotome"), ("相楽", "サガラ", "Sagara"), ("宍戸", "シシド", "Shishido"),
    ("都筑", "ツヅキ", "Tsuzuki"), ("設楽", "シタラ", "Shitara"), ("比嘉", "ヒガ", "Higa"),
    ("羽賀", "ハガ", "Haga"), ("真壁", "マカベ", "Makabe"), ("能登", "ノト", "Noto"),
    ("雨宮", "アメミヤ", "Amemiya"), ("楠", "クスノキ", "Kusunoki"), ("日下部", "クサカベ", "Kusakabe"),
]
_MEI = [
    ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"), ("健一", "ケンイチ", "Kenichi", "M"),
    ("拓也", "タクヤ", "Takuya", "M"), ("直樹", "ナオキ", "Naoki", "M"), ("亮", "リョウ", "Ryo", "M"),
    ("誠", "マコト", "Makoto", "M"), ("浩二", "コウジ", "Koji", "M"), ("隆之", "タカユキ", "Takayuki", "M"),
    ("和也", "カズヤ", "Kazuya", "M"), ("修", "オサム", "Osamu", "M"), ("悠人", "ユウト", "Yuto", "M"),
    ("蓮", "レン", "Ren", "M"), ("陽介", "ヨウスケ", "Yosuke", "M"), ("哲也", "テツヤ", "Tetsuya", "M"),
    ("優一", "ユウイチ", "Yuichi", "M"), ("正彦", "マサヒコ", "Masahiko", "M"), ("勝利", "カツトシ", "Katsutoshi", "M"),
    ("美咲", "ミサキ", "Misaki", "F"), ("陽子", "ヨウコ", "Yoko", "F"), ("真由美", "マユミ", "Mayumi", "F"),
    ("彩", "アヤ", "Aya", "F"), ("恵", "メグミ", "Megumi", "F"), ("由紀", "ユキ", "Yuki", "F"),
    ("奈々", "ナナ", "Nana", "F"), ("愛", "アイ", "Ai", "F"), ("沙織", "サオリ", "Saori", "F"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("香織", "カオリ", "Kaori", "F"), ("理恵", "リエ", "Rie", "F"),
    ("友美", "トモミ", "Tomomi", "F"), ("舞", "マイ", "Mai", "F"), ("結衣", "ユイ", "Yui", "F"),
    ("智子", "トモコ", "Tomoko", "F"), ("早苗", "サナエ", "Sanae", "F"), ("紀子", "ノリコ", "Noriko", "F"),
]
_ADDR = [
    ("350-1124", "埼玉県川越市新宿町"), ("273-0005", "千葉県船橋市本町"), ("157-0062", "東京都世田谷区南烏山"),
    ("222-0033", "神奈川県横浜市港北区新横浜"), ("330-0063", "埼玉県さいたま市浦和区高砂"),
    ("186-0002", "東京都国立市東"), ("252-0303", "神奈川県相模原市南区相模大野"), ("135-0016", "東京都江東区東陽"),
    ("170-0013", "東京都豊島区東池袋"), ("260-0013", "千葉県千葉市中央区中央"),
    ("211-0004", "神奈川県川崎市中原区新丸子東"), ("180-0004", "東京都武蔵野市吉祥寺本町"),
    ("300-1206", "茨城県牛久市ひたち野西"), ("343-0845", "埼玉県越谷市南越谷"), ("194-0013", "東京都町田市原町田"),
    ("533-0033", "大阪府大阪市東淀川区東中島"), ("460-0008", "愛知県名古屋市中区栄"),
    ("810-0001", "福岡県福岡市中央区天神"), ("980-0811", "宮城県仙台市青葉区一番町"),
    ("060-0042", "北海道札幌市中央区大通西"), ("165-0026", "東京都中野区新井"), ("270-0034", "千葉県松戸市新松戸"),
    ("359-1111", "埼玉県所沢市緑町"), ("206-0033", "東京都多摩市落合"), ("247-0056", "神奈川県鎌倉市大船"),
]
_BANKS = [
    ("みどり銀行", "ミドリ", "0571", [("本店営業部", "100"), ("新宿支店", "231"), ("川越支店", "412"), ("船橋支店", "505"), ("吉祥寺支店", "218")]),
    ("東都銀行", "トウト", "0634", [("池袋支店", "152"), ("渋谷支店", "117"), ("大宮支店", "310"), ("町田支店", "245")]),
    ("はまなす銀行", "ハマナス", "0588", [("横浜駅前支店", "021"), ("相模大野支店", "047"), ("川崎支店", "033")]),
    ("関東中央信用金庫", "カントウチユウオウシンキン", "1392", [("本店", "001"), ("越谷支店", "016"), ("所沢支店", "022")]),
    ("ひかり銀行", "ヒカリ", "0612", [("梅田支店", "301"), ("名古屋支店", "402"), ("天神支店", "701"), ("仙台支店", "811")]),
    ("若葉信用金庫", "ワカバシンキン", "1417", [("中野支店", "008"), ("松戸支店", "012"), ("多摩センター支店", "019")]),
]
_MOBILE = ["090", "080", "070"]


def _people(seed, n, start_emp=10000):
    """n distinct invented people (no surname twice)."""
    r = _random.Random(f"acc-people-{seed}")
    seis = r.sample(_SEI, n)
    out = []
    for i, sei in enumerate(seis):
        mei = r.choice(_MEI)
        dob = _dt.date(r.randrange(1958, 2003), r.randrange(1, 13), r.randrange(1, 29))
        zipc, town = r.choice(_ADDR)
        addr = f"{town}{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}"
        if r.random() < 0.35:
            addr += f" {r.choice(['コーポ', 'ハイツ', 'メゾン', 'グランフォレスト', 'パークサイド'])}{r.choice(['青葉', '若松', '桜台', '緑が丘', '松風'])}{r.randrange(1, 6)}0{r.randrange(1, 9)}"
        bank, bkana, bcode, branches = r.choice(_BANKS)
        branch, brcode = r.choice(branches)
        out.append(dict(
            sei=sei[0], mei=mei[0], ksei=sei[1], kmei=mei[1], rsei=sei[2], rmei=mei[2], sex=mei[3],
            name=f"{sei[0]} {mei[0]}", kana=f"{sei[1]} {mei[1]}", romaji=f"{mei[2]} {sei[2]}",
            dob=dob, zip=zipc, addr=addr, town=town,
            tel=f"{r.choice(_MOBILE)}-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}",
            bank=bank, bkana=bkana, bcode=bcode, branch=branch, brcode=brcode,
            acct=f"{r.randrange(0, 10000000):07d}", emp=str(start_emp + r.randrange(1, 9000)),
            pay=r.randrange(180, 520) * 1000 + r.randrange(0, 1000),
            mn=my_number(seed * 100 + i),
        ))
    return out


def _wareki(d, style="kanji"):
    if d >= _dt.date(2019, 5, 1):
        era, k, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{k}{y}.{d.month}.{d.day}").replace(".", "．")
    if style == "slash":
        return f"{k}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


_ZEN = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def _zen(s, iso=False):
    """full-width digits; '-' → '−' (JIS, for ISO-2022-JP) or '－' (CP932 / UTF-8)."""
    return s.translate(_ZEN).replace("-", "−" if iso else "－")


_HW = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー （）",
               "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｱｲｳｴｵﾂﾔﾕﾖｰ ()"))


def _hwkana(s):
    """half-width katakana as in 全銀 files (small kana written large)."""
    out = []
    for ch in _ud.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(_HW.get(ch, ch))
    return "".join(out)


def _w(s):
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s, width, right=False):
    s = str(s)
    fill = " " * max(0, width - _w(s))
    return fill + s if right else s + fill


def _yen(n):
    return f"{n:,}"


def _corp(base12):
    """法人番号 (13 digits): check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), 1))
    return str(9 - total % 9) + base12


def _mn4(s):
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _mnh(s):
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


# -- signatures and boilerplate ---------------------------------------------------------

_CO = "日の出産業株式会社"
_ADDR_HQ = "〒104-0032 東京都中央区八丁堀3-14-9 日の出八丁堀ビル5F"

SIG_MURASE = f"""
--
{_CO} 経理部 経理課
村瀬 紀子
{_ADDR_HQ}
TEL 03-5543-7120（直通）  FAX 03-5543-7129
murase.noriko@hinode-sangyo.co.jp"""

SIG_AKIYOSHI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
経理部 給与厚生グループ  秋吉 美穂
TEL:03-5543-7124 / 内線 2314
Mail:akiyoshi.miho@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_OHNO = f"""
*************************************
{_CO}
経理部 課長  大野 克也
{_ADDR_HQ}
TEL 03-5543-7121 FAX 03-5543-7129
*************************************"""

SIG_HOJO = """
----------------------------------------
日の出産業株式会社 財務部 資金グループ
北条 亜希 (Aki Hojo)
〒104-0032 東京都中央区八丁堀3-14-9
Tel: 03-5543-7140  Mobile: 080-3391-2256
----------------------------------------"""

SIG_KIRYU = """
──────────────────
日の出産業株式会社 法務部
桐生 真人（きりゅう まさと）
TEL 03-5543-7160 / FAX 03-5543-7169
kiryu.masato@hinode-sangyo.co.jp
──────────────────"""

SIG_SERIZAWA = f"""
--
日の出産業株式会社
執行役員 法務部長 芹沢 康弘
{_ADDR_HQ}
TEL 03-5543-7161"""

SIG_USAMI = """
==============================
日の出産業株式会社 総務部 株式・IR担当
宇佐美 玲子
TEL 03-5543-7105 / FAX 03-5543-7109
==============================="""

SIG_SUDO = """
--
日の出産業株式会社 経理部 須藤 健太
TEL 03-5543-7126 (直通)
sudo.kenta@hinode-sangyo.co.jp"""

SIG_MANABE = """
―――――――――――――――――
日の出産業株式会社 内部監査室
真鍋 勝
内線 1180 / TEL 03-5543-7180
―――――――――――――――――"""

SIG_EN = """
Best regards,

Aki Hojo
Treasury Group, Finance Department
Hinode Sangyo Co., Ltd.
3-14-9 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel: +81-3-5543-7140"""

DISCL_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ、本メールを削除してください。"""

DISCL_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MURASE = "村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"
AKIYOSHI = "秋吉 美穂 <akiyoshi.miho@hinode-sangyo.co.jp>"
OHNO = "大野 克也 <ohno.katsuya@hinode-sangyo.co.jp>"
HOJO = "北条 亜希 <hojo.aki@hinode-sangyo.co.jp>"
KIRYU = "桐生 真人 <kiryu.masato@hinode-sangyo.co.jp>"
SERIZAWA = "芹沢 康弘 <serizawa.yasuhiro@hinode-sangyo.co.jp>"
USAMI = "宇佐美 玲子 <usami.reiko@hinode-sangyo.co.jp>"
SUDO = "須藤 健太 <sudo.kenta@hinode-sangyo.co.jp>"
MANABE = "真鍋 勝 <manabe.masaru@hinode-sangyo.co.jp>"

MESSAGES = []

# =====================================================================================
# 1. payroll and expense transfer lists
# =====================================================================================

_p = _people(1, 8)
_rows = "\n".join(
    f"{i:>2}  {_pad(x['kana'], 20)}{_pad(x['bank'], 18)}{_pad(x['branch'], 14)}普通  {x['acct']}  {_yen(x['pay']):>9}"
    for i, x in enumerate(_p, 1))
MESSAGES.append(dict(
    id="acc-001",
    sender=AKIYOSHI,
    to=["みどり銀行 EBサポートデスク <eb-support@midori-ginko.co.jp>"],
    subject="【至急】7月分給与振込明細の送付（EB伝送不可のため）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 八丁堀支店
EBサポートデスク 御中

いつもお世話になっております。日の出産業株式会社 経理部の秋吉でございます。

本日午前よりEB端末から総合振込データの伝送ができない状態が続いております。
先ほどお電話で丸山様にご相談したとおり、本日分の給与振込明細を本文に記載いたします。
振込指定日は 2025年7月25日（金）です。お手数ですが代行入力をお願いできますでしょうか。

依頼人：日の出産業株式会社（依頼人コード 0048812331）
引落口座：本店営業部 当座 0193357

No  受取人名(カナ)      振込先銀行        支店          種目  口座番号  振込金額
--------------------------------------------------------------------------------------
{_rows}
--------------------------------------------------------------------------------------
                                                         合計 8件  {_yen(sum(x['pay'] for x in _p)):>10}

EB側の復旧見込みがわかりましたらご連絡いただけますと助かります。
何卒よろしくお願い申し上げます。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="8 employees' salary transfer rows (kana name, bank, branch, 普通, account) space-padded in the body to the bank",
))

_p = _people(2, 10, 20000)
MESSAGES.append(dict(
    id="acc-002",
    sender=AKIYOSHI,
    to=["ペイロールパートナーズ 矢島様 <yajima@payroll-partners.co.jp>"],
    subject="夏季賞与 振込一覧（確定版）の送付",
    charset="utf-8",
    body=f"""株式会社ペイロールパートナーズ
矢島様

お世話になっております。日の出産業の秋吉です。

夏季賞与の支給対象者分について、振込一覧の確定版をPDFでお送りします。
先週お送りした暫定版から、管理部2名の支給額を修正しています（赤字箇所）。
支給日は7月10日、銀行への送信期限は7月7日です。

ご確認のほど、よろしくお願いいたします。
{SIG_AKIYOSHI}
""",
    attachments=[dict(
        kind="pdf", name="2025夏季賞与_振込一覧_確定.pdf",
        lines=["2025年 夏季賞与 振込一覧（確定）", "日の出産業株式会社 経理部 給与厚生G", "支給日：2025年7月10日", ""],
        table=[["社員番号", "氏名", "フリガナ", "銀行", "支店", "種別", "口座番号", "支給額"]] + [
            [x["emp"], x["name"], x["kana"], x["bank"], x["branch"], "普通", x["acct"], _yen(x["pay"] * 2)]
            for x in _p],
        page_footer="1 / 1"),
    ],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="PDF table of 10 employees' bonus transfers with accounts, to the payroll outsourcer",
))

_p = _people(3, 14, 30000)
_s1 = [["経費精算 振込依頼（7月前半締め）", "", "", "", "", "", ""], [],
       ["社員番号", "氏名", "所属", "振込先銀行", "支店名", "口座番号", "精算額"]]
_s1 += [[x["emp"], x["name"], d, x["bank"], x["branch"], x["acct"], r]
        for x, d, r in zip(_p[:8], ["営業一課", "営業二課", "物流", "総務", "営業一課", "経理", "開発", "開発"],
                            [12480, 3300, 58200, 1760, 24310, 8800, 113560, 6420])]
_s2 = [["経費精算 振込依頼（7月後半締め）"], [],
       ["No", "社員No", "氏名", "カナ", "金融機関", "支店", "科目", "口座No", "金額"]]
_s2 += [[i, x["emp"], x["name"], x["kana"], x["bank"], x["branch"], "普通", x["acct"], r]
        for i, (x, r) in enumerate(zip(_p[8:], [4550, 31200, 2980, 77040, 15600, 9130]), 1)]
MESSAGES.append(dict(
    id="acc-003",
    sender=SUDO,
    to=["ビズアウトソース 経費精算センター <keihi-center@bizoutsource.co.jp>"],
    cc=["村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
    subject="7月分 経費精算振込データ",
    charset="cp932",
    body=f"""ビズアウトソース 経費精算センター ご担当者様

いつもお世話になっております。
日の出産業 経理部の須藤です。

7月分の経費精算の振込依頼データを添付します。
前半締め・後半締めでシートを分けています。
後半分の開発部2件は領収書の原本を本日発送しましたので、到着後に照合をお願いします。

以上、よろしくお願いいたします。
{SIG_SUDO}
""",
    attachments=[dict(kind="xlsx", name="経費精算振込_202507.xlsx", sheets={"前半": _s1, "後半": _s2})],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX, two sheets, 14 employees' reimbursement transfers with bank accounts to the expense BPO",
))

_p = _people(4, 9, 40000)


_BRKANA = {"本店営業部": "ホンテンエイギヨウブ", "新宿支店": "シンジユク", "川越支店": "カワゴエ", "船橋支店": "フナバシ",
           "吉祥寺支店": "キチジヨウジ", "池袋支店": "イケブクロ", "渋谷支店": "シブヤ", "大宮支店": "オオミヤ",
           "町田支店": "マチダ", "横浜駅前支店": "ヨコハマエキマエ", "相模大野支店": "サガミオオノ", "川崎支店": "カワサキ",
           "本店": "ホンテン", "越谷支店": "コシガヤ", "所沢支店": "トコロザワ", "梅田支店": "ウメダ", "名古屋支店": "ナゴヤ",
           "天神支店": "テンジン", "仙台支店": "センダイ", "中野支店": "ナカノ", "松戸支店": "マツド",
           "多摩センター支店": "タマセンタ"}


def _zengin(ps, amounts):
    hdr = ("1" + "21" + "0" + "0048812331" + _pad("ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ", 40) + "0725" + "0571" + _pad("ﾐﾄﾞﾘ", 15)
           + "100" + _pad("ﾎﾝﾃﾝｴｲｷﾞﾖｳﾌﾞ", 15) + "2" + "0193357" + " " * 17)
    lines = [hdr]
    for x, a in zip(ps, amounts):
        lines.append("2" + x["bcode"] + _pad(_hwkana(x["bkana"]), 15) + x["brcode"] + _pad(_hwkana(_BRKANA.get(x["branch"], "")), 15)
                     + "    " + "1" + x["acct"] + _pad(_hwkana(x["kana"]), 30) + f"{a:010d}" + "0" + " " * 20 + "7" + " " * 9)
    lines.append("8" + f"{len(ps):06d}" + f"{sum(amounts):012d}" + " " * 101)
    lines.append("9" + " " * 119)
    return "\n".join(lines) + "\n"


_amts = [x["pay"] for x in _p]
MESSAGES.append(dict(
    id="acc-004",
    sender=AKIYOSHI,
    to=["みどり銀行 法人営業部 新井様 <arai.t@midori-ginko.co.jp>"],
    subject="総合振込データ（全銀フォーマット）テスト送付の件",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
新井様

お世話になっております。日の出産業の秋吉です。

来月からの新EBサービスへの切替にあたり、ご依頼のあった全銀フォーマットの
テストファイルをお送りします。実データ（7月給与分）から作成していますので、
取込テストが終わりましたら削除をお願いいたします。

・ファイル形式：固定長120バイト、Shift_JIS、CRLF
・レコード：ヘッダ1／データ9／トレーラ1／エンド1

取込結果をご連絡いただけますと幸いです。
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="txt", name="SOFURI0725.txt", text=_zengin(_p, _amts), encoding="cp932")],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="全銀 fixed-width file (half-width kana names, 9 real salary transfer records) attached for the bank's test",
))

_p = _people(5, 11, 10000)
_rows = [["社員番号", "氏名", "生年月日", "入社日", "所属", "基本給", "役職手当", "時間外手当", "通勤手当",
          "健康保険", "介護保険", "厚生年金", "雇用保険", "所得税", "住民税", "差引支給額"]]
for x in _p:
    base = x["pay"]
    ot = (x["pay"] // 7) % 40000
    kaigo = 0 if (2025 - x["dob"].year) < 40 else round(base * 0.008)
    rows_tax = [round(base * 0.05), kaigo, round(base * 0.0915), round(base * 0.0055), round(base * 0.03), 12300]
    _rows.append([x["emp"], x["name"], x["dob"].strftime("%Y/%m/%d"), "2015/04/01", "営業本部", base, 0, ot, 14820]
                 + rows_tax + [base + ot + 14820 - sum(rows_tax)])
MESSAGES.append(dict(
    id="acc-005",
    sender=AKIYOSHI,
    to=["payroll-center@payroll-partners.co.jp"],
    subject="Re: 8月度 給与計算用データご提出のお願い",
    charset="utf-8",
    body=f"""ペイロールパートナーズ 給与計算センター ご担当者様

日の出産業の秋吉です。
8月度の給与計算用データ（営業本部 11名分）をCSVでお送りします。
今月から介護保険の対象になる方が1名いますので、生年月日の列もあわせてご確認ください。

よろしくお願いいたします。

秋吉
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="csv", name="kyuyo_202508_eigyo.csv", rows=_rows, encoding="utf-8-sig")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CSV of 11 employees' payroll lines with names and dates of birth to the payroll outsourcer",
))

_p = _people(6, 7, 50000)
_k = [["従業員コード", "氏名", "カナ氏名", "銀行コード", "支店コード", "預金種目", "口座番号", "支給額"]]
_k += [[x["emp"], x["name"], x["kana"], x["bcode"], x["brcode"], "1", x["acct"], x["pay"]] for x in _p]
_j = [["従業員コード", "氏名", "住所（1月1日現在）", "特別徴収義務者指定番号", "6月分", "7月以降月額"]]
_j += [[x["emp"], x["name"], x["zip"] + " " + x["addr"], f"00{i}51873", 14800 + i * 700, 14300 + i * 700]
       for i, x in enumerate(_p)]
MESSAGES.append(dict(
    id="acc-006",
    sender=AKIYOSHI,
    to=["矢島 様 <yajima@payroll-partners.co.jp>"],
    subject="中途入社者分の給与・住民税データ",
    charset="iso-2022-jp",
    body=f"""矢島様

いつもお世話になっております。日の出産業 秋吉です。

6月入社の中途採用者7名について、給与振込口座と住民税（特別徴収）の
データをzipにまとめてお送りします。

 - kyuyo_koza.csv   振込口座
 - juminzei.csv     住民税 月額

住民税は各市区町村からの決定通知書の金額を転記しています。
ご不明点があればご連絡ください。
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="zip", name="chuto_2025-06.zip", files=[
        dict(kind="csv", name="kyuyo_koza.csv", rows=_k, encoding="cp932"),
        dict(kind="csv", name="juminzei.csv", rows=_j, encoding="cp932"),
    ])],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP of two CSVs: 7 new hires' bank accounts and 住民税 with home addresses, to the outsourcer",
))

_p = _people(7, 7, 60000)
_tab = "社員番号\t銀行コード\t支店コード\t種目\t口座番号\t振込額\n" + "\n".join(
    f"{x['emp']}\t{x['bcode']}\t{x['brcode']}\t普通\t{x['acct']}\t{x['pay']}" for x in _p)
MESSAGES.append(dict(
    id="acc-007",
    sender=SUDO,
    to=["payroll-center@payroll-partners.co.jp"],
    subject="口座変更者の反映依頼（8月支給分から）",
    charset="cp932",
    body=f"""ペイロールパートナーズ ご担当者様

お世話になっております。日の出産業 経理部の須藤です。

8月支給分から振込口座が変わる社員の一覧です（人事システムから抜き出したもの）。
社員番号で照合のうえ、マスタへの反映をお願いします。
振込額は7月実績の参考値です。

{_tab}

反映後、変更前後の対照表をいただけますと助かります。
{SIG_SUDO}
""",
    expect="stop",
    entities=["JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="tab-separated list of 7 employees' new bank accounts keyed by 社員番号, no name column",
))

_p = _people(8, 6, 70000)
_fwd = "\n".join(
    f"{i}. {_pad(x['kana'], 18)} {x['bank']} {x['branch']} 普通 {x['acct']}  {_yen(x['pay'])}円  事由：{r}"
    for i, (x, r) in enumerate(zip(_p, ["口座なし", "名義相違", "口座解約済", "名義相違", "口座なし", "取引停止"]), 1))
MESSAGES.append(dict(
    id="acc-008",
    sender=MURASE,
    to=["ペイロールパートナーズ 矢島様 <yajima@payroll-partners.co.jp>"],
    subject="FW: 【みどり銀行】総合振込 振込不能のご連絡（7/25指定分）",
    charset="utf-8",
    body=f"""矢島様

お世話になっております。経理の村瀬です。
銀行から下記の連絡がありました。6件とも御社で作成いただいたデータ分ですので、
口座マスタの確認と、再振込用データの作成をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: みどり銀行 EBサポートデスク <eb-support@midori-ginko.co.jp>
日付: 2025年7月25日 14:02
件名: 【みどり銀行】総合振込 振込不能のご連絡（7/25指定分）
宛先: murase.noriko@hinode-sangyo.co.jp

日の出産業株式会社 経理ご担当者様

7月25日指定の総合振込のうち、以下のお振込が不能となりましたのでご連絡いたします。
資金は本日中に御社口座へ返却いたします。

{_fwd}

みどり銀行 EBサポートデスク
TEL 0120-000-000（平日9:00-17:00）
{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="forward (new text to the outsourcer) of the bank's list of 6 failed transfers with names and accounts",
))

_p = _people(9, 5, 80000)
_blocks = "\n\n".join(
    f"■{x['name']}（{x['kana']}）　社員番号 {x['emp']}\n"
    f"　退職日：2025年6月30日\n"
    f"　住所：〒{x['zip']} {x['addr']}\n"
    f"　振込先：{x['bank']} {x['branch']} 普通 {x['acct']}\n"
    f"　退職金支給額：{_yen(x['pay'] * 17)}円"
    for x in _p)
MESSAGES.append(dict(
    id="acc-009",
    sender=OHNO,
    to=["payroll-center@payroll-partners.co.jp"],
    cc=["矢島 様 <yajima@payroll-partners.co.jp>"],
    subject="6月末退職者の退職金支給について",
    charset="iso-2022-jp",
    body=f"""ペイロールパートナーズ
給与計算センター 御中

日の出産業 経理部の大野です。いつもお世話になっております。

6月末で退職した5名の退職金について、下記のとおり支給をお願いします。
退職所得の源泉徴収票は各人の住所宛に郵送してください。

{_blocks}

支給日は7月31日でお願いいたします。
{SIG_OHNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5 retirees, one block each: name, home address, bank account, amount, to the outsourcer",
))

_p = _people(10, 9, 90000)
_old = [["平成31年/令和元年 給与台帳（年計）", "", "", "", "", ""],
        ["社員番号", "氏名", "生年月日", "住所", "支給総額", "源泉徴収税額"]]
_old += [[x["emp"], x["name"], _wareki(x["dob"], "kanji"), x["addr"], x["pay"] * 14, round(x["pay"] * 14 * 0.04)]
         for x in _p]
MESSAGES.append(dict(
    id="acc-010",
    sender=MURASE,
    to=["森田税理士事務所 小松様 <komatsu@morita-tax.jp>"],
    subject="2019年分の給与台帳（旧システム出力）",
    charset="cp932",
    body=f"""森田税理士事務所
小松様

お世話になっております。日の出産業の村瀬です。

税務調査の事前準備でご依頼いただいた2019年分の給与台帳ですが、
旧給与システムからしか出力できず、Excel97-2003形式（.xls）になっております。
開けない場合はご連絡ください。CSVで出し直します。

よろしくお願いいたします。
{SIG_MURASE}
""",
    attachments=[dict(kind="xls", name="給与台帳_2019.xls", sheets={"年計": _old})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls payroll ledger of 9 employees (name, 和暦 DOB, address, pay) to the tax accountant",
))

_p = _people(11, 10, 10000)
_rows = "\n".join(f"{x['emp']}　{_pad(x['name'], 14)}{_pad(x['bank'] + ' ' + x['branch'], 30)}{x['acct']}　{_yen(x['pay']):>9}"
                  for x in _p)
MESSAGES.append(dict(
    id="acc-011",
    sender=AKIYOSHI,
    to=["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    cc=["村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
    subject="7月給与 振込前チェック（物流センター分）",
    charset="cp932",
    body=f"""人事部 給与担当各位

お疲れさまです。経理の秋吉です。
物流センター分の振込データを最終確認しています。口座と金額に相違がないか、
明日15時までに見ていただけますか。

社員番号　氏名　　　　　　振込先　　　　　　　　　　　　口座番号　　 振込額
{_rows}

よろしくお願いします。
{SIG_AKIYOSHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="internal only: payroll transfer list of 10 employees from 経理 to 人事",
))

_p = _people(12, 12, 20000)
_mx = [["令和6年分 年末調整 個人番号確認リスト"], ["社員番号", "氏名", "個人番号", "扶養人数", "提出状況"]]
_mx += [[x["emp"], x["name"], x["mn"], i % 3, "済" if i % 4 else "未"] for i, x in enumerate(_p)]
MESSAGES.append(dict(
    id="acc-012",
    sender=MURASE,
    to=["人事部 労務課 <romu@hinode-sangyo.co.jp>", "大阪支店 総務 中川 <nakagawa.y@osaka.mail.hinode-sangyo.co.jp>"],
    subject="年末調整 マイナンバー未提出者の確認",
    charset="iso-2022-jp",
    body=f"""労務課の皆さま、大阪支店 中川さん

お疲れさまです。経理部 村瀬です。
年末調整の個人番号確認リストを添付します（社内限り）。
「未」の方に提出の声かけをお願いします。大阪支店の方は中川さん経由でお願いできれば助かります。

ファイルは確認後、共有フォルダの所定の場所に保存し、メールからは削除してください。
{SIG_MURASE}
""",
    attachments=[dict(kind="xlsx", name="年末調整_個人番号確認.xlsx", sheets={"確認リスト": _mx}, page_header="社内限り")],
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="internal only (main domain and an internal subdomain): XLSX with 12 employees' My Numbers",
))

_p = _people(13, 6, 30000)
_q = "\n".join(f"> {x['emp']}  {_pad(x['kana'], 18)} {x['bank']} {x['branch']} {x['acct']}  {r}"
               for x, r in zip(_p, ["受取人名相違", "口座番号桁不足", "受取人名相違", "支店コード誤り", "口座なし", "受取人名相違"]))
MESSAGES.append(dict(
    id="acc-013",
    sender=AKIYOSHI,
    to=["みどり銀行 EBサポートデスク <eb-support@midori-ginko.co.jp>"],
    subject="Re: 総合振込データ エラー明細のご連絡",
    charset="iso-2022-jp",
    body=f"""みどり銀行 EBサポートデスク
丸山様

ご連絡ありがとうございます。日の出産業の秋吉です。
ご指摘の6件、社内のマスタを確認して修正いたしました。
修正後のデータは本日16時までにEBから再送いたします。
お手数をおかけして申し訳ございません。

{SIG_AKIYOSHI}

> 日の出産業株式会社
> 秋吉様
>
> 本日受付の総合振込データにつきまして、下記の明細でエラーが発生しております。
> ご確認のうえ、再送をお願いいたします。
>
{_q}
>
> みどり銀行 EBサポートデスク 丸山
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the bank: the 6-row error list appears only in the '>' quote of the bank's own mail",
))

_p = _people(14, 7, 40000)
_q = "\n".join(f"{x['emp']}, {x['name']}, {x['dob'].strftime('%Y/%m/%d')}, 残業 {h}h 未入力"
               for x, h in zip(_p, [12, 8, 22, 3, 15, 9, 30]))
MESSAGES.append(dict(
    id="acc-014",
    sender=SUDO,
    to=["矢島 様 <yajima@payroll-partners.co.jp>"],
    subject="RE: 勤怠データ不整合のご確認",
    charset="cp932",
    body=f"""矢島様

お世話になっております。須藤です。
ご指摘の7名分、勤怠システム側の締め処理漏れでした。
本日中に締め直して再連携しますので、計算はそのまま進めていただいて大丈夫です。

須藤

-----Original Message-----
From: 矢島 <yajima@payroll-partners.co.jp>
Sent: Wednesday, August 20, 2025 10:14 AM
To: 須藤 健太 <sudo.kenta@hinode-sangyo.co.jp>
Subject: 勤怠データ不整合のご確認

日の出産業 須藤様

いつもお世話になっております。ペイロールパートナーズの矢島です。
8月度の勤怠データで、以下の方の残業時間が未入力となっております。

{_q}

お手数ですがご確認をお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the 7-person list is only in the quoted original under -----Original Message-----",
))

_p = _people(15, 6, 50000)
_q = "\n".join(f"> {x['romaji']:<22} DOB {x['dob'].isoformat()}  Passport TZ{1234567 + i * 811:07d}"
               for i, x in enumerate(_p))
MESSAGES.append(dict(
    id="acc-015",
    sender=HOJO,
    to=["Linda Chen <linda.chen@apac-payroll.com.sg>"],
    subject="Re: Shadow payroll - missing data for secondees",
    charset="utf-8",
    body=f"""Hi Linda,

Thank you for flagging this. Our HR team confirms the six secondees below are correct and
will start in Singapore on 1 October. Please go ahead with the shadow payroll set-up;
the home-country salary figures will follow from our payroll team next week.
{SIG_EN}

On Tue, 19 Aug 2025 at 17:40, Linda Chen <linda.chen@apac-payroll.com.sg> wrote:
> Dear Ms Hojo,
>
> Before we can register the secondees for shadow payroll we need you to confirm
> the following details we received from your HR team:
>
{_q}
>
> Kind regards,
> Linda Chen, APAC Payroll Services
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the 6 secondees with passport numbers are only in the 'On … wrote:' quote",
))

_p = _people(16, 4, 60000)
MESSAGES.append(dict(
    id="acc-016",
    sender=SUDO,
    to=["ビズアウトソース 経費精算センター <keihi-center@bizoutsource.co.jp>"],
    subject="追加の経費精算（出張旅費4件）",
    charset="utf-8",
    body=f"""経費精算センター ご担当者様

日の出産業 須藤です。
締め後に承認された出張旅費が4件ありますので、追加で振込をお願いします。

・{_p[0]['name']}　{_p[0]['bank']} {_p[0]['branch']} 普通 {_p[0]['acct']}　38,420円（福岡出張）
・{_p[1]['name']}　{_p[1]['bank']} {_p[1]['branch']} 普通 {_p[1]['acct']}　21,900円（仙台出張）
・{_p[2]['name']}　{_p[2]['bank']} {_p[2]['branch']} 普通 {_p[2]['acct']}　6,270円（横浜・客先訪問）
・{_p[3]['name']}　{_p[3]['bank']} {_p[3]['branch']} 普通 {_p[3]['acct']}　44,100円（大阪出張）

振込日は通常どおり月末で構いません。
{SIG_SUDO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="only 4 people's reimbursement accounts to the BPO: under the 5-record threshold (may warn)",
))

# =====================================================================================
# 2. 源泉徴収票 / 支払調書 / 年末調整 with the tax accountant
# =====================================================================================

_p = _people(20, 12, 10000)
_g = [["令和6年分 給与所得の源泉徴収票 作成用データ", "", "", "", "", "", "", "", "", ""],
      ["社員番号", "氏名", "フリガナ", "個人番号", "生年月日", "住所", "支払金額", "給与所得控除後の金額",
       "所得控除の額の合計額", "源泉徴収税額"]]
for x in _p:
    pay = x["pay"] * 15
    _g.append([x["emp"], x["name"], x["kana"], x["mn"], _wareki(x["dob"], "slash"), x["addr"], pay,
               round(pay * 0.72), 1030000 + (x["pay"] % 7) * 380000, round(pay * 0.031)])
_fam = [["社員番号", "扶養親族氏名", "続柄", "個人番号", "生年月日", "区分"]]
for i, x in enumerate(_p[:6]):
    c = _people(200 + i, 1)[0]
    _fam.append([x["emp"], f"{x['sei']} {c['mei']}", "子" if i % 2 else "配偶者", my_number(2000 + i),
                 _wareki(c["dob"], "slash"), "一般" if i % 2 else "源泉控除対象配偶者"])
MESSAGES.append(dict(
    id="acc-017",
    sender=MURASE,
    to=["森田税理士事務所 <morita@morita-tax.jp>"],
    cc=["小松 様 <komatsu@morita-tax.jp>"],
    subject="令和6年分 源泉徴収票作成データの送付",
    charset="iso-2022-jp",
    body=f"""森田税理士事務所
森田先生、小松様

いつも大変お世話になっております。日の出産業の村瀬です。

年末調整後の源泉徴収票作成用データをお送りします。
本社部門12名分です。扶養親族は別シートにまとめています。
（支店分は来週、大阪から直接お送りする予定です）

法定調書合計表とあわせて、1月20日頃までにご確認いただけますと助かります。

村瀬
{SIG_MURASE}
""",
    attachments=[dict(kind="xlsx", name="R6源泉徴収票データ_本社.xlsx", sheets={"本人": _g, "扶養親族": _fam})],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with 12 employees' and 6 dependants' My Numbers, DOB and addresses to the tax accountant",
))

_q = _people(21, 3)
_blk = "\n\n".join(
    f"【{k}】\n支払を受ける者　住所：{x['addr']}\n　　　　　　　　氏名：{x['name']}\n"
    f"　　　　　　　　個人番号：{_mnh(x['mn'])}\n区分：{c}　支払金額：{_yen(a)}円　源泉徴収税額：{_yen(round(a * 0.1021))}円"
    for k, x, c, a in zip("123", _q, ["原稿料", "デザイン料", "講演料"], [540000, 1320000, 220000]))
MESSAGES.append(dict(
    id="acc-018",
    sender=MURASE,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書（個人3名）",
    charset="utf-8",
    body=f"""小松様

お世話になっております。日の出産業 村瀬です。
支払調書の提出対象となる個人の外注先3名分の情報です。
社内報の原稿、展示会ブースのデザイン、安全大会の講演をお願いした方々です。

{_blk}

提出漏れがないか、ほかの外注先も含めてご確認いただけますでしょうか。
{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="支払調書 data of 3 individuals in the body, each with a My Number",
))

_x = _people(22, 1, 70000)[0]
MESSAGES.append(dict(
    id="acc-019",
    sender=SUDO,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="中途入社者の前職分について",
    charset="iso-2022-jp",
    body=f"""小松様

お世話になっております。須藤です。
先日ご相談した中途入社の{_x['name']}さん（9月入社・社員番号{_x['emp']}）の件です。
前職の源泉徴収票の写しが届きましたので、年末調整に含めて計算します。
前職の支払金額は 2,184,000円、源泉徴収税額は 61,300円でした。

なお、扶養控除等申告書の個人番号欄が空欄だったため、本人に確認したところ
{_x['mn'][:4]} {_x['mn'][4:8]} {_x['mn'][8:]} とのことでした。こちらで追記してよいでしょうか。

よろしくお願いいたします。
{SIG_SUDO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one employee's My Number written in prose in the body to the tax accountant",
))

_p = _people(23, 8, 20000)
_r = [["社員番号", "社員氏名", "扶養親族氏名", "フリガナ", "続柄", "生年月日", "個人番号", "同居・別居", "所得見積額"]]
for i, x in enumerate(_p):
    c = _people(300 + i, 1)[0]
    rel = ["妻", "長男", "長女", "母", "夫", "次男", "父", "妻"][i]
    _r.append([x["emp"], x["name"], f"{x['sei']} {c['mei']}", f"{x['ksei']} {c['kmei']}", rel,
               c["dob"].strftime("%Y/%m/%d"), my_number(3000 + i), "別居" if rel in ("母", "父") else "同居",
               0 if i % 3 else 480000])
MESSAGES.append(dict(
    id="acc-020",
    sender=MURASE,
    to=["森田税理士事務所 <morita@morita-tax.jp>"],
    subject="年末調整 扶養親族データ（CSV）",
    charset="cp932",
    body=f"""森田先生

お世話になっております。日の出産業 村瀬です。
年末調整の扶養親族データをCSVで送付いたします。
別居の老人扶養親族が2名おりますので、送金の証明書類は追ってPDFでお送りします。

取り急ぎ、よろしくお願いいたします。
{SIG_MURASE}
""",
    attachments=[dict(kind="csv", name="nencho_fuyou_R6.csv", rows=_r, encoding="cp932")],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CP932 CSV of 8 dependants with names, DOB and My Numbers to the tax accountant",
))

_x = _people(24, 1, 30000)[0]
MESSAGES.append(dict(
    id="acc-021",
    sender=AKIYOSHI,
    to=[f"{_x['rsei'].lower()}.{_x['rmei'].lower()}.1972@gmail.com"],
    subject="源泉徴収票（令和6年分）の再発行について",
    charset="utf-8",
    body=f"""{_x['name']} 様

ご無沙汰しております。日の出産業 経理部の秋吉です。
先日お電話でご依頼いただいた令和6年分の源泉徴収票を再発行いたしましたので、
PDFでお送りします。原本は本日、ご自宅あてに郵送いたしました。

確定申告でお使いになる際、ご不明な点があればお気軽にご連絡ください。
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="pdf", name="源泉徴収票_R6_再発行.pdf", lines=[
        "令和6年分 給与所得の源泉徴収票（再発行）",
        f"支払を受ける者　住所又は居所：{_x['addr']}",
        f"　　　　　　　　（受給者番号）{_x['emp']}",
        f"　　　　　　　　（個人番号）{_x['mn']}",
        f"　　　　　　　　氏名：{_x['name']}（{_x['kana']}）",
        "種別：給料・賞与　支払金額：4,812,000　給与所得控除後の金額：3,449,600",
        "所得控除の額の合計額：1,183,420　源泉徴収税額：113,200",
        f"受給者生年月日：{_wareki(_x['dob'])}",
        "中途就・退職：退職 令和6年9月30日",
        "支払者　住所：東京都中央区八丁堀3-14-9　氏名又は名称：日の出産業株式会社　電話：03-5543-7120",
    ])],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data", "freemail_recipient"],
    note="a former employee's own 源泉徴収票 PDF with their My Number sent to their gmail: any My Number must stop",
))

_p = _people(25, 6)
_tr = "\n".join(
    f"{i}) {x['name']}　〒{x['zip']} {x['addr']}　翻訳料 {_yen(a)}円（源泉 {_yen(round(a * 0.1021))}円）"
    for i, (x, a) in enumerate(zip(_p, [86000, 312000, 154000, 48000, 227500, 95000]), 1))
MESSAGES.append(dict(
    id="acc-022",
    sender=MURASE,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="個人の翻訳者への支払（R6年分）一覧",
    charset="cp932",
    body=f"""小松様

いつもお世話になっております。日の出産業の村瀬です。

海外事業部が依頼している個人の翻訳者への支払を集計しました。
支払調書の提出基準（年5万円超）に該当するかどうかの判定をお願いします。
個人番号は現在、本人から回収中です。

{_tr}

以上6名です。よろしくお願いいたします。
{SIG_MURASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 individual translators with home addresses and fees, one line each, to the tax accountant",
))

_p = _people(26, 15, 40000)
MESSAGES.append(dict(
    id="acc-023",
    sender=MURASE,
    to=["森田税理士事務所 <morita@morita-tax.jp>"],
    subject="年末調整関係書類の送付",
    charset="iso-2022-jp",
    body=f"""森田先生

お世話になっております。日の出産業の村瀬です。

年末調整関係の書類一式（保険料控除申告書・住宅借入金等特別控除申告書のスキャン）を
zipファイルでお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
{SIG_MURASE}
""",
    attachments=[dict(kind="zip", name="nencho_R6_shorui.zip", password="Hnd#2024nc", files=[
        dict(kind="csv", name="hokenryo_kojo.csv", encoding="cp932",
             rows=[["社員番号", "氏名", "生命保険料控除", "地震保険料控除", "個人番号"]]
             + [[x["emp"], x["name"], 40000, 5000, x["mn"]] for x in _p]),
    ])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the tax accountant: cannot be inspected",
))

_x = _people(27, 1, 50000)[0]
MESSAGES.append(dict(
    id="acc-024",
    sender=AKIYOSHI,
    to=["緑ヶ丘市役所 市民税課 <shiminzei@city.midorigaoka.lg.jp>"],
    subject="給与所得者異動届出書の送付（日の出産業株式会社）",
    charset="iso-2022-jp",
    body=f"""緑ヶ丘市役所 市民税課 特別徴収担当 御中

お世話になっております。日の出産業株式会社 経理部の秋吉と申します。
特別徴収義務者指定番号 00512873 の件で、退職者1名の異動届出書を提出いたします。

　氏名：{_x['name']}（{_x['kana']}）
　生年月日：{_wareki(_x['dob'])}
　住所：{_x['addr']}
　個人番号：{_x['mn']}
　異動年月日：令和7年8月31日（退職）
　異動後の徴収方法：普通徴収（未徴収税額 59,400円）

原本は本日郵送いたします。eLTAXでの提出が間に合わず、メールでの事前送付となり失礼いたします。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="one retiree's 異動届 with My Number, DOB and address in the body to a city office",
))

MESSAGES.append(dict(
    id="acc-025",
    sender=MURASE,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="年末調整のスケジュールについて",
    charset="iso-2022-jp",
    body=f"""小松様

いつもお世話になっております。日の出産業の村瀬です。

今年の年末調整のスケジュールを下記のとおり考えております。ご都合をお聞かせください。

　11月 5日（水）　社員へ申告書配布（電子申告システム）
　11月21日（金）　社員の提出期限
　12月 3日（水）　差額計算・貴事務所へデータ送付
　12月10日（水）　12月給与で精算

例年どおり、マイナンバーについてはメールでは送らず、
12月3日の打合せの際に暗号化したUSBで持参いたします。
扶養控除等申告書の原本も同日お持ちします。

ご確認のほど、よろしくお願いいたします。
{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule mail to the tax accountant that only mentions マイナンバー handling; no personal data",
))

MESSAGES.append(dict(
    id="acc-026",
    sender=MURASE,
    to=["森田税理士事務所 <morita@morita-tax.jp>"],
    subject="法定調書合計表の数値確認",
    charset="utf-8",
    body=f"""森田先生

お世話になっております。日の出産業の村瀬です。
給与所得の源泉徴収票等の法定調書合計表の数値をまとめました。ご確認をお願いします。

提出者：日の出産業株式会社　法人番号 {_corp('010001138826')}
整理番号：01183472

区分                         人員     支払金額        源泉徴収税額
-----------------------------------------------------------------
給与所得の源泉徴収票合計       412   2,138,560,420      98,420,300
  うち提出するもの              58     812,440,000      61,204,100
退職所得の源泉徴収票            11      96,300,000       4,118,900
報酬、料金等の支払調書          37      48,721,350       4,992,060
不動産の使用料等の支払調書       9      31,200,000               -

前年からの増減：給与支払人員 +18名、支払金額 +4.2%
{SIG_MURASE}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="aggregate totals of 法定調書合計表 with the company's 法人番号: numbers but no person",
))

_p = _people(28, 9, 60000)
MESSAGES.append(dict(
    id="acc-027",
    sender=AKIYOSHI,
    to=["名古屋営業所 所長 <nagoya-sho@hinode-sangyo.co.jp>", "福岡営業所 所長 <fukuoka-sho@hinode-sangyo.co.jp>"],
    subject="【配付】源泉徴収票（名古屋・福岡営業所分）",
    charset="utf-8",
    body=f"""名古屋営業所長、福岡営業所長

お疲れさまです。経理部 給与厚生Gの秋吉です。
営業所の皆さんの令和6年分源泉徴収票をPDFにまとめましたので、各人に印刷して手渡しをお願いします。
（個人番号は記載していません）

配付が終わりましたらPDFは削除してください。
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="pdf", name="源泉徴収票_営業所_R6.pdf",
                      lines=["令和6年分 給与所得の源泉徴収票（営業所配付用）"],
                      table=[["受給者番号", "氏名", "住所", "支払金額", "源泉徴収税額"]]
                      + [[x["emp"], x["name"], x["addr"], _yen(x["pay"] * 15), _yen(round(x["pay"] * 15 * 0.03))] for x in _p])],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="internal only: 源泉徴収票 PDF of 9 staff sent to two branch managers at hinode-sangyo.co.jp",
))

# =====================================================================================
# 3. shareholders' register, dividends, debtor lists to the servicer
# =====================================================================================

_p = _people(30, 11)
_corps = [("株式会社みどり銀行", "東京都千代田区丸の内2-7-1"), ("日の出産業従業員持株会", "東京都中央区八丁堀3-14-9"),
          ("川崎電機株式会社", "神奈川県川崎市幸区堀川町580-12")]
_sh = [["株主名簿（2025年3月31日現在）", "", "", "", ""], [],
       ["株主番号", "氏名又は名称", "住所", "所有株式数", "株式取得日"]]
_n = 1001
for c, a in _corps:
    _sh.append([_n, c, a, 120000 if "銀行" in c else 84500, "2011/06/30"])
    _n += 1
for i, x in enumerate(_p):
    _sh.append([_n, x["name"], f"〒{x['zip']} {x['addr']}", [3000, 1200, 500, 20000, 800, 4100, 650, 300, 12000, 1500, 900][i],
                f"20{10 + i:02d}/0{1 + i % 9}/15"])
    _n += 1
_hist = [["日付", "株主番号", "事由", "株数増減"], ["2024/11/08", 1007, "相続による名義書換", 0],
         ["2025/01/20", 1012, "住所変更", 0], ["2025/02/14", 1009, "譲渡承認（一部）", -4000]]
MESSAGES.append(dict(
    id="acc-028",
    sender=USAMI,
    to=["東邦信託代行 株式事務センター <kabushiki@toho-shintaku.co.jp>"],
    subject="【日の出産業】株主名簿データの送付（基準日現在）",
    charset="cp932",
    body=f"""東邦信託代行株式会社
株式事務センター ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の宇佐美です。

株主名簿管理人の変更に伴い、当社で管理している株主名簿（基準日 2025年3月31日現在）の
データをお送りいたします。名義書換の履歴は別シートにまとめてあります。

移管作業のスケジュールについては、来週のお打合せで改めてご相談させてください。
{SIG_USAMI}
""",
    attachments=[dict(kind="xlsx", name="株主名簿_20250331.xlsx", sheets={"株主名簿": _sh, "書換履歴": _hist})],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="shareholders' register XLSX: 11 individual shareholders with home addresses and holdings",
))

_p = _people(31, 7)
_bul = "\n".join(f"・{x['name']}様　{x['addr']}　{s:,}株" for x, s in zip(_p, [2400, 1800, 600, 600, 350, 200, 100]))
MESSAGES.append(dict(
    id="acc-029",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["桐生 真人 <kiryu.masato@hinode-sangyo.co.jp>"],
    subject="少数株主からの株式買取りについて",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の芹沢でございます。

先日ご相談いたしました少数株主からの株式買取りの件、対象となる株主の一覧を
お送りします。いずれも創業家の縁故者やOBで、持株は合計6,050株です。

{_bul}

買取価格の算定方法と、各株主への打診の順序についてご意見をいただけますと幸いです。
来週木曜の打合せでも結構です。
{SIG_SERIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="7 individual shareholders with home addresses as 「・」 bullets in the body to the law firm (external)",
))

_p = _people(32, 8)
MESSAGES.append(dict(
    id="acc-030",
    sender=USAMI,
    to=["kabushiki@toho-shintaku.co.jp"],
    subject="配当金振込指定の追加・変更分",
    charset="utf-8",
    body=f"""東邦信託代行 株式事務センター御中

日の出産業 総務部の宇佐美です。
期末配当金の振込指定について、株主様から当社に直接届いた変更届の内容をPDFにまとめました。
原本は書留で本日発送しています。支払基準日までの反映をお願いいたします。
{SIG_USAMI}
""",
    attachments=[dict(kind="pdf", name="配当金振込指定_変更分.pdf",
                      lines=["配当金振込指定 追加・変更一覧", "受付期間：2025年4月1日〜5月31日", ""],
                      table=[["株主番号", "株主名", "口座名義（カナ）", "金融機関", "支店", "種目", "口座番号"]]
                      + [[2101 + i * 7, x["name"], x["kana"], x["bank"], x["branch"], "普通", x["acct"]] for i, x in enumerate(_p)],
                      page_footer="日の出産業株式会社 総務部")],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="PDF table of 8 shareholders' dividend bank accounts to the transfer agent",
))

MESSAGES.append(dict(
    id="acc-031",
    sender=USAMI,
    to=["錦印刷 営業部 高野様 <takano@nishiki-insatsu.co.jp>"],
    subject="第78期 定時株主総会 招集通知の入稿について",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 高野様

いつもお世話になっております。日の出産業の宇佐美です。
第78期定時株主総会の招集通知について、入稿スケジュールと部数をご連絡します。

■仕様
　A4判 中綴じ 36頁（表紙4C、本文1C）
　印刷部数：6,800部（株主数 6,412名 + 予備）
　封入物：議決権行使書、総会会場のご案内、株主優待のご案内

■日程
　初校入稿　5月19日（月）
　再校戻し　5月26日（月）
　校了　　　5月30日（金）
　発送　　　6月 6日（金）

■決算数値（参考：ページ組み用）
　売上高 48,215百万円 / 営業利益 2,104百万円 / 経常利益 2,318百万円
　当期純利益 1,476百万円 / 1株当たり配当金 42円（中間20円・期末22円）

原稿はWordで5月16日までにお送りします。お見積りの更新をお願いいたします。
{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="convocation notice print job to the printer: figures and a schedule, no people",
))

_p = _people(33, 14)
_tb = "\n".join(f"{1001 + i}\t{x['name']}\t{x['addr']}\t{s:,}" for i, (x, s) in
                enumerate(zip(_p, [3000, 1200, 500, 20000, 800, 4100, 650, 300, 12000, 1500, 900, 700, 2500, 150])))
MESSAGES.append(dict(
    id="acc-032",
    sender=USAMI,
    to=["総務部 文書課 <bunsho@hinode-sangyo.co.jp>"],
    subject="個人株主一覧（総会受付用）",
    charset="cp932",
    body=f"""文書課の皆さん

お疲れさまです。宇佐美です。
総会当日の受付で使う個人株主の一覧です（上位14名、事前に出席連絡のあった方）。
受付表の印刷をお願いします。社外には出さないでください。

株主番号\t氏名\t住所\t持株数
{_tb}

宇佐美
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="internal only: list of 14 individual shareholders with addresses from 総務 to 文書課",
))

MESSAGES.append(dict(
    id="acc-033",
    sender=USAMI,
    to=["錦印刷 高野様 <takano@nishiki-insatsu.co.jp>"],
    subject="招集通知 原稿（事業報告「大株主の状況」）",
    charset="utf-8",
    body=f"""高野様

お世話になっております。宇佐美です。
事業報告のうち「大株主の状況」の原稿です。有価証券報告書と同じ内容です。
表組みでお願いします。

株主名                                   持株数（千株）  持株比率（%）
--------------------------------------------------------------------
日の出産業従業員持株会                           845          8.21
株式会社みどり銀行                               720          7.00
日の出 一郎                                      612          5.95
川崎電機株式会社                                 500          4.86
日の出 春江                                      388          3.77
日本カストディ信託銀行株式会社（信託口）         301          2.93
十文字 忠司                                      254          2.47
北国フーズ株式会社                               200          1.94
早乙女 富美子                                    185          1.80
青葉運輸株式会社                                 150          1.46

（注）持株比率は自己株式（48千株）を控除して計算しております。
{SIG_USAMI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="top-10 shareholders table (4 named individuals with holdings) as published in the 有報, to the printer: public data",
))

_p = _people(34, 9)
_d = [["顧客番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "契約番号", "延滞元金", "延滞開始日"]]
for i, x in enumerate(_p):
    _d.append([f"C{220145 + i * 37}", x["name"], x["kana"], x["dob"].strftime("%Y/%m/%d"), x["zip"], x["addr"], x["tel"],
               f"HS-L{31000 + i * 13}", [182000, 96400, 420300, 51800, 273000, 138900, 67200, 305500, 88000][i],
               f"2024/{(i % 9) + 2:02d}/27"])
MESSAGES.append(dict(
    id="acc-034",
    sender=OHNO,
    to=["フロンティア債権回収 受託管理部 <itaku@frontier-servicer.co.jp>"],
    subject="回収委託債権（第3次）の明細送付",
    charset="cp932",
    body=f"""フロンティア債権回収株式会社
受託管理部 御中

いつもお世話になっております。日の出産業 経理部の大野です。

委託契約に基づき、第3次委託分の債権明細をお送りします。
割賦販売（家庭用浄水器）の延滞先9件です。
督促状の送付履歴は次回の定例でお渡しします。
{SIG_OHNO}
""",
    attachments=[dict(kind="csv", name="itaku_3ji.csv", rows=_d, encoding="cp932")],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 9 individual debtors (name, DOB, address, phone, arrears) to the collection agency",
))

_p = _people(35, 8)
_tr = "\n".join(
    f"<tr><td>{f'K-{50812 + i * 19}'}</td><td>{x['zip']}</td><td>{x['addr']}</td><td>{x['tel']}</td>"
    f"<td align=\"right\">{_yen(a)}</td><td>{d}</td></tr>"
    for i, (x, a, d) in enumerate(zip(_p, [48200, 131000, 22800, 75600, 310400, 19900, 56300, 94000],
                                      ["2024/10/31", "2024/08/31", "2025/01/31", "2024/12/31", "2024/06/30", "2025/02/28", "2024/11/30", "2024/09/30"])))
MESSAGES.append(dict(
    id="acc-035",
    sender=OHNO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="督促対象（少額・架電のみ）のリスト",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>フロンティア債権回収<br>佐伯様</p>
<p>お世話になっております。日の出産業の大野です。<br>
先日お話しした少額の延滞先について、架電による督促のみお願いしたい先をお送りします。<br>
書面督促は当社から送付済みです。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddd"><th>顧客No.</th><th>〒</th><th>住所</th><th>連絡先</th><th>延滞額(円)</th><th>最終入金日</th></tr>
{_tr}
</table>
<p>結果は月末にまとめてご報告いただければ結構です。</p>
<p>--<br>日の出産業株式会社 経理部 課長 大野 克也<br>TEL 03-5543-7121</p>
</body></html>""",
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 8 debtors (address, mobile phone, arrears) without a name column",
))

_p = _people(36, 6)
MESSAGES.append(dict(
    id="acc-036",
    sender=OHNO,
    to=["itaku@frontier-servicer.co.jp"],
    cc=["佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="法的手続移行先のご相談",
    charset="iso-2022-jp",
    body=f"""フロンティア債権回収
受託管理部 佐伯様

お世話になっております。大野です。
6か月以上入金のない下記の先について、支払督促への移行をご検討いただけますでしょうか。
明細をPDFで添付しました。

よろしくお願いいたします。
{SIG_OHNO}
""",
    attachments=[dict(kind="pdf", name="法的手続移行候補.pdf",
                      lines=["法的手続移行候補一覧（2025年6月末時点）", "日の出産業株式会社 経理部", ""],
                      table=[["No", "債務者名", "住所", "電話", "勤務先", "残債務"]]
                      + [[i + 1, x["name"], x["addr"], x["tel"], w, _yen(a)] for i, (x, w, a) in
                         enumerate(zip(_p, ["株式会社東光設備", "自営（飲食）", "不明", "医療法人清和会", "株式会社ミナト物流", "無職"],
                                       [612000, 388500, 1204000, 276000, 455300, 198000]))])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 6 debtors with names, addresses, phones, employers to the collection agency",
))

_p = _people(37, 12)
_a = [["契約番号", "契約者名", "住所", "携帯電話", "請求残高"]]
_a += [[f"W-{78000 + i * 3}", x["name"], x["addr"], x["tel"], 8800 * (i + 2)] for i, x in enumerate(_p[:7])]
_b = [["契約番号", "連帯保証人", "保証人住所", "保証人電話"]]
_b += [[f"W-{78000 + i * 3}", x["name"], x["addr"], x["tel"]] for i, x in enumerate(_p[7:])]
MESSAGES.append(dict(
    id="acc-037",
    sender=SUDO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="4月委託分データ（zip）",
    charset="utf-8",
    body=f"""佐伯様

お世話になっております。日の出産業の須藤です。
4月委託分のデータをzipでお送りします。契約者と連帯保証人でファイルを分けています。
よろしくお願いいたします。

須藤
{SIG_SUDO}
""",
    attachments=[dict(kind="zip", name="itaku_2504.zip", files=[
        dict(kind="csv", name="keiyakusha.csv", rows=_a, encoding="utf-8"),
        dict(kind="csv", name="hoshonin.csv", rows=_b, encoding="utf-8"),
    ])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP of two CSVs: 7 debtors and 5 guarantors with addresses and mobiles, to the servicer",
))

_p = _people(38, 5)
_pr = (f"まず{_p[0]['name']}氏（{_p[0]['addr']}、携帯{_p[0]['tel']}）は、債務者の実兄で、平日夜なら連絡がつきます。"
       f"次に{_p[1]['name']}氏は{_p[1]['addr']}在住、電話は{_p[1]['tel']}です。"
       f"{_p[2]['name']}氏については住所（{_p[2]['addr']}）のみ判明しており、電話は不通でした。"
       f"{_p[3]['name']}氏は{_p[3]['tel']}、{_p[4]['name']}氏は{_p[4]['tel']}で、"
       f"いずれも以前は督促に応じて分割で入金していた経緯があります。")
MESSAGES.append(dict(
    id="acc-038",
    sender=OHNO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="Re: 連帯保証人の連絡先について",
    charset="iso-2022-jp",
    body=f"""佐伯様

お世話になっております。大野です。
お問い合わせの件、社内の契約書ファイルを確認しましたので、わかる範囲でお伝えします。

{_pr}

5名とも、契約時の保証意思確認書の写しがありますので、必要であればお送りします。
{SIG_OHNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 guarantors' names, addresses and phones written as prose (no table) to the servicer",
))

MESSAGES.append(dict(
    id="acc-039",
    sender=OHNO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="法人取引先の長期未収金（ご相談）",
    charset="iso-2022-jp",
    body=f"""佐伯様

お世話になっております。日の出産業の大野です。
個人先とは別に、法人取引先で長期未収となっている先が数社ございます。
回収委託の対象にできるかご相談させてください。

取引先名                  本社所在地                    代表電話        未収金額      最終入金
--------------------------------------------------------------------------------------------
有限会社丸菱設備          埼玉県熊谷市筑波2-31-4         048-521-3307     1,842,000   2024/09
株式会社サンライズ商会    千葉県柏市中央町5-8            04-7163-2210       683,400   2024/11
東和フードサービス株式会社 静岡県浜松市中央区板屋町101   053-454-8821     2,317,560   2024/07
合同会社ベイリーフ        神奈川県藤沢市南藤沢19-2       0466-27-5150       412,000   2025/01
株式会社高砂工務店        群馬県高崎市八島町66           027-322-0496     3,050,000   2024/05
有限会社あけぼの商店      茨城県水戸市南町3-4-12         029-224-7783       129,800   2024/12

いずれも請求書・納品書の控えは揃っております。
{SIG_OHNO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of 6 corporate debtors (companies, head-office addresses, switchboards): businesses, not people",
))

_x = _people(39, 1)[0]
MESSAGES.append(dict(
    id="acc-040",
    sender=SUDO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="追加委託1件（契約番号 HS-L31450）",
    charset="utf-8",
    body=f"""佐伯様

お世話になっております。日の出産業の須藤です。
1件だけ追加で委託をお願いしたい先がございます。

　契約番号：HS-L31450
　氏名：{_x['name']}（{_x['kana']}）
　住所：〒{_x['zip']} {_x['addr']}
　電話：{_x['tel']}
　延滞額：64,800円（2025年2月分〜）

よろしくお願いいたします。
{SIG_SUDO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one debtor's record to the contracted servicer: a single person (may warn)",
))

_p = _people(40, 7)
_q = "\n".join(f"{x['name']}　{x['tel']}　回収額 {_yen(a)}円　{r}" for x, a, r in
               zip(_p, [30000, 0, 12000, 48200, 0, 5000, 20000],
                   ["分割合意（月1万円）", "不通", "一部入金", "完済", "転居先不明", "一部入金", "分割合意（月5千円）"]))
MESSAGES.append(dict(
    id="acc-041",
    sender=OHNO,
    to=["フロンティア債権回収 佐伯様 <saeki@frontier-servicer.co.jp>"],
    subject="RE: 6月度 回収状況のご報告",
    charset="iso-2022-jp",
    body=f"""佐伯様

ご報告ありがとうございました。大野です。
「転居先不明」の1件は、当社の契約書に勤務先の記載がありましたので、
別途お電話でお伝えします。引き続きよろしくお願いいたします。

大野

差出人: 佐伯 <saeki@frontier-servicer.co.jp>
送信日時: 2025年7月3日 18:21
宛先: 大野 克也 <ohno.katsuya@hinode-sangyo.co.jp>
件名: 6月度 回収状況のご報告

日の出産業株式会社
大野様

いつもお世話になっております。フロンティア債権回収の佐伯です。
6月度の回収状況をご報告いたします。

{_q}

以上、よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the 7-debtor list is only in the quoted original under 差出人/送信日時",
))

# =====================================================================================
# 4. audit: samples, firm selection, confirmations
# =====================================================================================

_p = _people(41, 25, 10000)
_smp = [["経費精算サンプル（監査人指定 25件）", "", "", "", "", "", "", ""],
        ["サンプルNo", "伝票番号", "申請者", "社員番号", "振込先", "口座番号", "金額", "内容"]]
_kinds = ["交通費", "出張旅費", "会議費", "交際費", "消耗品", "書籍", "通信費"]
for i, x in enumerate(_p):
    _smp.append([f"S-{i + 1:02d}", f"EX25-{40211 + i * 73}", x["name"], x["emp"], f"{x['bank']} {x['branch']}",
                 x["acct"], 1000 + (x["pay"] % 97) * 530, _kinds[i % 7]])
MESSAGES.append(dict(
    id="acc-042",
    sender=MANABE,
    to=["清和監査法人 江口様 <eguchi@seiwa-kansa.jp>"],
    cc=["村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
    subject="期中監査：経費精算サンプルの回答",
    charset="utf-8",
    body=f"""清和監査法人
公認会計士 江口様

お世話になっております。日の出産業 内部監査室の真鍋です。
ご指定いただいた経費精算のサンプル25件について、申請者と振込先の一覧を添付します。
証憑（領収書のスキャン）はファイル共有サービスにアップロードしました。

サンプルNo.S-14とS-19は同一出張の分割申請のため、あわせてご確認ください。
{SIG_MANABE}
""",
    attachments=[dict(kind="xlsx", name="経費精算サンプル回答.xlsx", sheets={"サンプル": _smp})],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="audit sample: XLSX of 25 employees' reimbursements with their bank accounts to the auditor",
))

MESSAGES.append(dict(
    id="acc-043",
    sender=OHNO,
    to=["清和監査法人 <info@seiwa-kansa.jp>", "常盤有限責任監査法人 <contact@tokiwa-audit.jp>",
        "みなと監査法人 <soudan@minato-kansa.or.jp>"],
    subject="会計監査人選定に係る提案依頼（RFP）のご送付",
    charset="iso-2022-jp",
    body=f"""各位

拝啓 時下ますますご清祥のこととお慶び申し上げます。
日の出産業株式会社 経理部の大野でございます。

当社では2026年3月期より会計監査人の見直しを予定しており、
下記のとおり提案書のご提出をお願いしたく、ご連絡いたしました。

　1. 提案書提出期限　2025年9月30日（火）
　2. プレゼンテーション　10月中旬（個別に日程調整）
　3. ご提案いただきたい事項
　　・監査チームの体制、担当パートナーのご経歴
　　・監査報酬の見積り（初年度・2年度目以降）
　　・IT全般統制および海外子会社（タイ・ベトナム）の監査アプローチ

会社概要および直近の有価証券報告書は当社ウェブサイトに掲載しております。
ご質問は本メールへの返信にてお寄せください。

敬具
{SIG_OHNO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="RFP sent to three competing audit firms all in To: each can see the others (should be Bcc)",
))

MESSAGES.append(dict(
    id="acc-044",
    sender=OHNO,
    to=["常盤有限責任監査法人 長尾様 <nagao@tokiwa-audit.jp>"],
    cc=["みなと監査法人 杉浦様 <sugiura@minato-kansa.or.jp>", "清和監査法人 江口様 <eguchi@seiwa-kansa.jp>",
        "村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
    subject="【ご案内】提案説明会（10/3）の会場について",
    charset="cp932",
    body=f"""長尾様
（CC：杉浦様、江口様）

お世話になっております。日の出産業の大野です。
会計監査人選定の提案説明会の会場が決まりましたのでご案内いたします。

　日時：2025年10月3日（金）
　　　　13:00〜14:00 常盤有限責任監査法人様
　　　　14:30〜15:30 みなと監査法人様
　　　　16:00〜17:00 清和監査法人様
　会場：当社本社 5階 第1会議室（東京都中央区八丁堀3-14-9）

当日は受付で社名をお伝えください。
{SIG_OHNO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing audit firms visible to each other across To and Cc",
))

_p = _people(42, 6, 20000)
MESSAGES.append(dict(
    id="acc-045",
    sender=MURASE,
    to=["江口様 <eguchi@seiwa-kansa.jp>"],
    subject="給与台帳サンプル（6名分）",
    charset="utf-8",
    body=f"""江口様

お世話になっております。日の出産業の村瀬です。
人件費の実証手続でご依頼いただいた給与台帳のサンプルをWordで出力しました。
6名分、支給明細と控除の内訳を記載しています。

不足があればお知らせください。
{SIG_MURASE}
""",
    attachments=[dict(kind="docx", name="給与台帳サンプル_7月.docx",
                      paragraphs=["給与台帳（抜粋）2025年7月支給分", "監査人ご指定サンプル：6名"],
                      tables=[[["社員番号", "氏名", "生年月日", "等級", "基本給", "諸手当", "社会保険料", "所得税", "住民税", "差引支給額"]]
                              + [[x["emp"], x["name"], _wareki(x["dob"], "short"), f"G{3 + i % 3}", _yen(x["pay"]),
                                  _yen(18000 + i * 2500), _yen(round(x["pay"] * 0.15)), _yen(round(x["pay"] * 0.04)),
                                  _yen(15000 + i * 1100), _yen(round(x["pay"] * 0.78))] for i, x in enumerate(_p)]])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="DOCX table: 6 employees' payroll records with names and 和暦 DOB to the auditor",
))

MESSAGES.append(dict(
    id="acc-046",
    sender=MURASE,
    to=["江口様 <eguchi@seiwa-kansa.jp>"],
    subject="退職給付債務の計算基礎データ",
    charset="iso-2022-jp",
    body=f"""江口様

お世話になっております。村瀬です。
退職給付債務の計算基礎データ（年金数理人の報告書と従業員データ）をお送りします。
PDFにはパスワードを設定しております。パスワードは先日お電話でお伝えしたものと同じです。

よろしくお願いいたします。
{SIG_MURASE}
""",
    attachments=[dict(kind="pdf", name="退職給付_計算基礎データ.pdf", password="Seiwa2025!",
                      lines=["退職給付債務 計算基礎データ（2025年3月31日）", "在籍者 412名"],
                      table=[["社員番号", "氏名", "生年月日", "入社日", "給与"]]
                      + [[x["emp"], x["name"], x["dob"].isoformat(), "2010-04-01", x["pay"]] for x in _people(43, 10)])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to the auditor: cannot be inspected",
))

MESSAGES.append(dict(
    id="acc-047",
    sender=MANABE,
    to=["清和監査法人 江口様 <eguchi@seiwa-kansa.jp>"],
    subject="内部統制評価：不備事項の対応状況",
    charset="cp932",
    body=f"""江口様

お世話になっております。内部監査室の真鍋です。
先月ご指摘いただいた不備事項について、対応状況をまとめたメモをお送りします。
ご確認のうえ、追加の手続が必要かどうかご教示ください。
{SIG_MANABE}
""",
    attachments=[dict(kind="docx", name="不備事項対応状況_2025Q1.docx", page_header="社外秘",
                      paragraphs=["内部統制評価 不備事項の対応状況（2025年第1四半期）",
                                  "1. 購買プロセス：発注権限の設定不備（システム上、課長職以上が上限なく承認可能）",
                                  "　→ 6月1日付で承認限度額を設定済み。運用テストは7月実施予定。",
                                  "2. IT全般統制：退職者アカウントの削除遅延（最長41日）",
                                  "　→ 人事システムとの連携バッチを導入。",
                                  "3. 決算財務報告：連結仕訳の二重チェック証跡不足",
                                  "　→ チェックリストを改訂し、承認者の押印欄を追加。"],
                      tables=[[["No", "区分", "重要度", "対応期限", "状況"],
                               ["1", "購買", "中", "2025/06/30", "完了"],
                               ["2", "ITGC", "高", "2025/07/31", "対応中"],
                               ["3", "決算", "低", "2025/09/30", "対応中"]]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 appears only as the page header of the attached DOCX; the mail text has no marking",
))

MESSAGES.append(dict(
    id="acc-048",
    sender=OHNO,
    to=["常盤有限責任監査法人 長尾様 <nagao@tokiwa-audit.jp>"],
    cc=["みなと監査法人 杉浦様 <sugiura@minato-kansa.or.jp>"],
    subject="提案依頼に関するご質問への回答",
    charset="iso-2022-jp",
    body=f"""長尾様、杉浦様

お世話になっております。日の出産業の大野です。
両法人から同じ趣旨のご質問をいただきましたので、まとめて回答いたします。

Q1. 連結子会社の数と所在国
　→ 連結子会社は7社（国内4社、タイ2社、ベトナム1社）です。
Q2. 現任監査人の交代理由
　→ 任期満了に伴う定期的な見直しであり、意見の相違等はございません。
Q3. 内部統制報告制度の対象範囲
　→ 全社的統制は全社、業務プロセスは本体および国内主要子会社2社です。

ほかにご質問があれば9月19日までにお寄せください。
{SIG_OHNO}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (a normal two-firm mail): may warn, must not hold",
))

_jr = [["仕訳サンプル（監査人抽出）", "", "", "", "", "", ""],
       ["伝票番号", "計上日", "借方科目", "借方金額", "貸方科目", "貸方金額", "摘要"]]
_acct = [("売掛金", "売上高"), ("仕入高", "買掛金"), ("支払手数料", "普通預金"), ("減価償却費", "減価償却累計額"),
         ("前払費用", "普通預金"), ("買掛金", "当座預金"), ("広告宣伝費", "未払金"), ("未収入金", "雑収入")]
_r = _random.Random("acc-jr")
for i in range(40):
    a, b = _acct[i % len(_acct)]
    v = _r.randrange(10, 9000) * 1000 + _r.randrange(0, 1000)
    _jr.append([f"JV-2506-{1000 + i * 17}", f"2025/06/{1 + i % 28:02d}", a, v, b, v, f"取引先コード T{_r.randrange(1000, 9999)}"])
MESSAGES.append(dict(
    id="acc-049",
    sender=SUDO,
    to=["清和監査法人 監査チーム <hinode-team@seiwa-kansa.jp>"],
    subject="第1四半期 仕訳テスト用データ",
    charset="cp932",
    body=f"""清和監査法人 日の出産業監査チーム 御中

お世話になっております。日の出産業 経理部の須藤です。
第1四半期レビューの仕訳テスト用に抽出いただいた40件の仕訳データです。
証憑は明日までに共有フォルダへ格納します。

・対象期間：2025年4月1日〜6月30日
・抽出条件：金額1,000万円以上、期末日前後5営業日、手入力仕訳
{SIG_SUDO}
""",
    attachments=[dict(kind="xlsx", name="仕訳テスト_1Q.xlsx", sheets={"仕訳": _jr})],
    expect="pass",
    entities=[],
    detectors=[],
    note="journal-entry sample with 40 rows of accounts and amounts: many numbers, no people",
))

MESSAGES.append(dict(
    id="acc-050",
    sender=HOJO,
    to=["みどり銀行 八丁堀支店 融資課 <hatchobori-yushi@midori-ginko.co.jp>"],
    subject="残高証明書の発行依頼（3月末基準）",
    charset="utf-8",
    body=f"""みどり銀行 八丁堀支店 融資課 御中

いつもお世話になっております。日の出産業 財務部の北条です。
会計監査用に、2025年3月31日現在の残高証明書の発行をお願いいたします。

　対象口座
　　本店営業部　当座　0193357
　　本店営業部　普通　1120846
　　八丁堀支店　普通　3307215
　　八丁堀支店　定期　（全口座）
　　借入金残高　（証書貸付・手形貸付すべて）
　送付先：清和監査法人 東京事務所（依頼書に記載のとおり）
　部数：各1通

発行依頼書（届出印押印済み）は本日郵送いたしました。
手数料は当座口座からの引落しでお願いします。
{SIG_HOJO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="balance-certificate request to the bank listing the company's own accounts: no personal data",
))

MESSAGES.append(dict(
    id="acc-051",
    sender=OHNO,
    to=["江口様 <eguchi@seiwa-kansa.jp>"],
    subject="監査調書の共有方法について",
    charset="utf-8",
    body=f"""江口様

お世話になっております。大野です。
先日のご提案の件、社内で検討しました。

機密保持の観点から、今後の資料共有はメール添付ではなく、御法人の監査ポータル経由に
一本化させていただければと思います。従業員データや給与関係の資料を含むものは、
当社の情報セキュリティ規程上も外部へのメール送付が原則禁止となっております。

ポータルのアカウントは経理部3名（大野・村瀬・須藤）分の発行をお願いできますでしょうか。
なお、監査契約書の秘密保持条項の改訂案については、法務部から別途ご連絡いたします。
{SIG_OHNO}
{DISCL_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 機密保持 / 秘密保持 in prose and ends with the standard disclaimer: no marking, no data",
))

MESSAGES.append(dict(
    id="acc-052",
    sender=SUDO,
    to=["清和監査法人 監査チーム <hinode-team@seiwa-kansa.jp>"],
    subject="銀行取引先一覧（残高確認状の送付先）",
    charset="cp932",
    body=f"""監査チームの皆さま

日の出産業の須藤です。
残高確認状の送付先となる取引金融機関の一覧です。

金融機関名          支店名         所在地                              電話番号
---------------------------------------------------------------------------------------
みどり銀行          本店営業部     東京都千代田区丸の内2-7-1           03-3211-0101
みどり銀行          八丁堀支店     東京都中央区八丁堀2-21-6            03-3551-4410
東都銀行            日本橋支店     東京都中央区日本橋室町1-5-3         03-3241-7720
はまなす銀行        横浜駅前支店   神奈川県横浜市西区南幸1-10-15       045-311-2081
関東中央信用金庫    本店           埼玉県さいたま市大宮区桜木町4-82    048-641-3300
ひかり銀行          梅田支店       大阪府大阪市北区梅田1-3-1           06-6341-8852
若葉信用金庫        中野支店       東京都中野区中野5-63-2              03-3387-1126

担当者名は確認状の宛名には記載不要とのことでしたので省略しています。
{SIG_SUDO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of 7 bank branches with addresses and branch phone numbers: businesses, not people",
))

_guests = [("株式会社東光設備", "常務取締役", "三好 達彦"), ("川崎電機株式会社", "購買部長", "小野寺 修"),
           ("川崎電機株式会社", "課長", "平野 里美"), ("北国フーズ株式会社", "代表取締役", "北村 源一郎"),
           ("青葉運輸株式会社", "営業本部長", "桑原 和夫"), ("ツバサシステム株式会社", "執行役員", "Michael Ross")]
_gl = "\n".join(f"  {d}  {c} {t} {n} 様" for d, (c, t, n) in
                zip(["5/12", "5/12", "5/12", "6/03", "6/18", "6/25"], _guests))
MESSAGES.append(dict(
    id="acc-053",
    sender=MANABE,
    to=["江口様 <eguchi@seiwa-kansa.jp>"],
    subject="交際費サンプルの相手先について",
    charset="utf-8",
    body=f"""江口様

お世話になっております。内部監査室の真鍋です。
交際費サンプル（JV-2506-1221ほか）の接待相手先について、申請書の記載内容をお知らせします。

{_gl}

いずれも取引先の役員・管理職で、1人当たり5,000円超のため交際費処理しています。
{SIG_MANABE}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="6 business guests (company, title, name) of entertainment expenses to the auditor: business contacts, borderline",
))

# =====================================================================================
# 5. legal matters with 白川法律事務所 and others
# =====================================================================================

_x = _people(50, 1, 30000)[0]
MESSAGES.append(dict(
    id="acc-054",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["宮坂 先生 <miyasaka@shirakawa-law.jp>", "桐生 真人 <kiryu.masato@hinode-sangyo.co.jp>"],
    subject="【ご相談】当社従業員の逮捕について",
    charset="iso-2022-jp",
    body=f"""白川先生、宮坂先生

夜分に失礼いたします。日の出産業の芹沢です。
取り急ぎ、ご相談させていただきたい事案が発生しましたのでご連絡いたします。

本日午後、当社 東京営業部の{_x['name']}（{2025 - _x['dob'].year}歳、社員番号{_x['emp']}）が、
週末に自宅近くの飲食店で起きた傷害事件の被疑者として、警視庁北沢警察署に逮捕されたと、
本人の家族から連絡がありました。現時点で本人とは接見できておらず、事実関係は不明です。

ご相談したい点は以下のとおりです。
　1. 会社として弁護人の紹介・費用負担をすべきか
　2. 勾留期間中の処遇（欠勤扱い、給与の取扱い）
　3. 報道された場合の対外対応と、取引先への説明の要否
　4. 就業規則上の懲戒手続の進め方（起訴・不起訴の判断前に進めてよいか）

明日午前中にお電話でご相談できれば幸いです。
{SIG_SERIZAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's arrest (要配慮: criminal proceedings) described in prose to the law firm",
))

_x = _people(51, 1)[0]
MESSAGES.append(dict(
    id="acc-055",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="当社社員を名乗る詐欺被害のお客様について",
    charset="utf-8",
    body=f"""宮坂先生

お世話になっております。法務部の桐生です。
先週お電話でご相談した件、経緯を整理しましたのでお送りします。

■概要
当社の浄水器定期メンテナンス契約のお客様である{_x['name']}様（{_x['addr']}在住、80代）が、
当社社員を名乗る人物から「フィルター交換費用の未払いがある」との電話を受け、
指定された口座に計3回、合計186万円を振り込む被害に遭われました。
ご家族が警察に被害届を提出済みで、現在、所轄の警察署が捜査中とのことです。

■当社の状況
・当社からお客様への架電記録はなく、当社社員による犯行ではないと考えております。
・ただし、お客様の氏名・電話番号・契約内容が犯人に把握されていたことから、
　当社または委託先からの情報漏えいの可能性を調査中です。

■ご相談事項
1. ご家族から当社への損害賠償請求の可能性と、当社の責任範囲
2. 個人情報保護委員会への報告の要否（漏えいの「おそれ」の段階での報告）
3. お客様ご家族への説明の方法

お手数ですが、ご確認をお願いいたします。
{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's fraud victimisation (要配慮: crime victim) with her address, to the law firm",
))

MESSAGES.append(dict(
    id="acc-056",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="7/24 取締役会 付議資料（第2号議案）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。芹沢です。
来週の取締役会に付議予定の第2号議案の資料案をお送りします。
法的な論点（特に独占禁止法上の届出の要否）についてご意見をいただけますでしょうか。
{SIG_SERIZAWA}
""",
    attachments=[dict(kind="pdf", name="取締役会資料_第2号議案_案.pdf", page_header="極秘",
                      lines=["第2号議案 北国フーズ株式会社 物流子会社の株式取得の件", "",
                             "1. 取得の目的：首都圏における冷凍・冷蔵物流網の確保",
                             "2. 取得株式数：発行済株式の70%（14,000株）",
                             "3. 取得価額：1,960百万円（DCF法・類似会社比較法による算定結果の範囲内）",
                             "4. 日程：7月24日 取締役会決議 / 8月8日 契約締結 / 10月1日 クロージング",
                             "5. リスク：従業員の転籍条件、主要顧客との取引継続（チェンジオブコントロール条項）"],
                      page_footer="日の出産業株式会社 経営企画部")],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="board material PDF whose page header is stamped 極秘, sent to the law firm",
))

MESSAGES.append(dict(
    id="acc-057",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="取締役会議事録案のご確認",
    charset="cp932",
    body=f"""宮坂先生

お世話になっております。法務部 桐生です。
6月の取締役会の議事録案を添付いたします。
特別利害関係取締役の退席の記載方法について、問題がないかご確認ください。

よろしくお願いいたします。
{SIG_KIRYU}
""",
    attachments=[dict(kind="docx", name="第412回取締役会議事録_案.docx", title="【極秘】第412回取締役会 議事録（案）",
                      paragraphs=["第412回 取締役会議事録（案）",
                                  "1. 日時　2025年6月26日（木）午前10時00分〜午前11時40分",
                                  "2. 場所　当社本社 7階 役員会議室",
                                  "3. 出席取締役　7名中7名　出席監査役　3名中3名",
                                  "第1号議案　代表取締役の選定の件",
                                  "第2号議案　関連当事者取引（北国フーズ株式会社との物流委託契約の改定）の件",
                                  "　本議案について、特別の利害関係を有する取締役1名は審議及び決議に参加せず退席した。"])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose document title property is 【極秘】…: a classification on the attachment",
))

MESSAGES.append(dict(
    id="acc-058",
    sender=KIRYU,
    to=["白川法律事務所 堀様 <hori@shirakawa-law.jp>"],
    subject="Re: 訴状写しのご送付",
    charset="utf-8",
    body=f"""堀様

お世話になっております。日の出産業の桐生です。
先ほどお送りしたPDFが開けないとのこと、失礼いたしました。
複合機でスキャンし直したものを再送いたします。
こちらも開けないようでしたら、原本をバイク便でお届けします。
{SIG_KIRYU}
""",
    attachments=[dict(kind="corrupt", name="訴状写し_令和7年(ワ)第1182号.pdf")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt PDF attached for the law firm: cannot be inspected",
))

MESSAGES.append(dict(
    id="acc-059",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="株式譲渡契約書ドラフト（v3）",
    charset="iso-2022-jp",
    body=f"""宮坂先生

お世話になっております。桐生です。
相手方から戻ってきた株式譲渡契約書のドラフト（v3、変更履歴付き）を送付いたします。
社内規程により、パスワード付きzipでお送りします。パスワードは別送いたします。

表明保証の範囲（第8条）と補償の上限額（第11条）が主な修正点です。
{SIG_KIRYU}
""",
    attachments=[dict(kind="zip", name="SPA_draft_v3.zip", password="Hnd-SPA-0712", files=[
        dict(kind="docx", name="株式譲渡契約書_v3.docx", paragraphs=["株式譲渡契約書", "第1条（目的）……"]),
    ])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP with a contract draft to the law firm: cannot be inspected",
))

MESSAGES.append(dict(
    id="acc-060",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="ツバサシステム社との秘密保持契約書（案）のレビュー依頼",
    charset="iso-2022-jp",
    body=f"""宮坂先生

いつもお世話になっております。日の出産業 法務部の桐生です。

新基幹システムの開発委託先候補であるツバサシステム株式会社と、
提案に先立って秘密保持契約（NDA）を締結する予定です。
当社ひな形をベースにした案を添付しますので、レビューをお願いできますでしょうか。

特に以下の点についてご意見をいただきたく存じます。
　・秘密情報の定義（口頭開示情報を含めるか）
　・有効期間（契約終了後3年としていますが妥当か）
　・個人情報を含むテストデータを開示する場合の取扱い

8月末の締結を目指しております。よろしくお願いいたします。
{SIG_KIRYU}
""",
    attachments=[dict(kind="docx", name="秘密保持契約書_ツバサシステム_案.docx", title="秘密保持契約書（案）",
                      paragraphs=["秘密保持契約書（案）",
                                  "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                  "甲の基幹システム更改に関する検討（以下「本目的」という。）のため、相互に開示する秘密情報の取扱いについて、"
                                  "次のとおり契約を締結する。",
                                  "第1条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された技術上、営業上の一切の情報であって、"
                                  "開示の際に機密である旨が明示されたものをいう。",
                                  "第2条（秘密保持義務）受領者は、秘密情報を善良な管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示してはならない。",
                                  "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                                  "第8条（有効期間）本契約の有効期間は締結日から2年間とし、第2条の義務は本契約終了後も3年間存続する。",
                                  "（以下余白）"])],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the NDA draft attached: talk of 秘密情報/機密, no marking, no personal data",
))

MESSAGES.append(dict(
    id="acc-061",
    sender=KIRYU,
    to=["ツバサシステム 法務 吉岡様 <yoshioka@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約の締結について",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
法務部 吉岡様

お世話になっております。日の出産業の桐生です。
秘密保持契約書へのコメントありがとうございました。

ご指摘の3点、当社の回答は以下のとおりです。
1) 口頭で開示した情報：開示後30日以内に書面で特定したものに限り秘密情報とする案で結構です。
2) 残存条項：第2条の存続期間は「契約終了後3年」のまま維持させてください。
3) 準拠法・管轄：東京地方裁判所を第一審の専属的合意管轄とすることで異存ございません。

修正版を本日中にお送りしますので、御社で押印のうえご返送いただけますでしょうか。
電子契約（クラウドサイン）でも対応可能です。
{SIG_KIRYU}
{DISCL_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="NDA negotiation mail with the standard confidentiality disclaimer: must go",
))

MESSAGES.append(dict(
    id="acc-062",
    sender=KIRYU,
    to=["白川法律事務所 堀様 <hori@shirakawa-law.jp>"],
    cc=["宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="業務委託契約書（青葉運輸）のリーガルチェック依頼",
    charset="cp932",
    body=f"""白川法律事務所
堀様（宮坂先生）

お世話になっております。日の出産業 法務部の桐生です。
青葉運輸株式会社との配送業務委託契約の更新にあたり、先方から契約書案が届きました。
リーガルチェックをお願いできますでしょうか。

主な変更点
・委託料の改定（燃料サーチャージ条項の新設）
・損害賠償の上限（年間委託料総額 → 直近3か月分の委託料）
・再委託の事前承諾の廃止

ご回答は8月8日頃までにいただけますと助かります。
{SIG_KIRYU}
""",
    attachments=[dict(kind="docx", name="配送業務委託契約書_青葉運輸_2025.docx",
                      paragraphs=["配送業務委託契約書",
                                  "日の出産業株式会社（以下「委託者」という。）と青葉運輸株式会社（以下「受託者」という。）は、次のとおり契約を締結する。",
                                  "第5条（委託料）委託料は別表1のとおりとし、燃料価格が基準価格から10%以上変動した場合は別表2により調整する。",
                                  "第12条（損害賠償）受託者の責任は、直近3か月間に支払われた委託料の総額を上限とする。",
                                  "第15条（再委託）受託者は、本業務の一部を第三者に再委託することができる。"],
                      tables=[[["区分", "単価（円）", "備考"], ["2t車 チャーター", "38,500", "8時間まで"],
                               ["4t車 チャーター", "52,800", "8時間まで"], ["路線便（1ケース）", "620", "関東1都6県"],
                               ["超過時間", "3,300", "30分単位"]]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="contract review request with a DOCX contract and a rate table: no personal data, no marking",
))

MESSAGES.append(dict(
    id="acc-063",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>"],
    subject="取締役会へのご出席のお願い（8月28日）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつも大変お世話になっております。日の出産業の芹沢でございます。

8月28日（木）午前10時からの臨時取締役会において、株式取得の件を審議する予定です。
法的論点についてご説明いただきたく、ご出席をお願いできませんでしょうか。
ご説明の時間は30分程度を予定しております。

資料は当日会場で配布し、終了後に回収いたします（事前送付はいたしません）。
会場は本社7階の役員会議室です。

ご都合のほどお知らせいただけますと幸いです。
{SIG_SERIZAWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="board meeting invitation to the lawyer: material handled on paper, no marking on the mail",
))

MESSAGES.append(dict(
    id="acc-064",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa-law.jp>", "川崎電機 法務部 井口様 <iguchi@kawasaki-denki.co.jp>"],
    cc=["芹沢 康弘 <serizawa.yasuhiro@hinode-sangyo.co.jp>"],
    subject="共同開発契約の三者打合せ（日程調整）",
    charset="utf-8",
    body=f"""宮坂先生
川崎電機株式会社 井口様

お世話になっております。日の出産業 法務部の桐生です。
共同開発契約の知的財産権条項について、三者で打合せの場を設けたくご連絡しました。

候補日
　9月 9日（火）14:00〜15:30
　9月11日（木）10:00〜11:30
　9月12日（金）15:00〜16:30

場所は当社本社またはWeb会議（Teams）を想定しております。
ご都合のよい日をお知らせください。
{SIG_KIRYU}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal meeting mail to two external organisations (law firm + partner): two parties only",
))

MESSAGES.append(dict(
    id="acc-065",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@shirakawa-law.jp>", "宮坂 先生 <miyasaka@shirakawa-law.jp>"],
    subject="株式会社東光設備との損害賠償請求訴訟について",
    charset="iso-2022-jp",
    body=f"""白川先生、宮坂先生

お世話になっております。芹沢です。
株式会社東光設備から提起された損害賠償請求訴訟（令和7年（ワ）第1182号）について、
当社内の検討結果をご報告します。

1. 請求の概要
　当社が納入した業務用浄水設備の不具合により、同社の飲食店3店舗が計14日間休業したとして、
　逸失利益等 4,820万円の支払を求めるもの。
2. 当社の認識
　・不具合の原因は同社による施工業者の配管工事にあり、当社製品に瑕疵はないと考えております。
　・納入時の検収書（2023年11月）、定期点検記録（計6回）はすべて保管しています。
3. 今後の対応
　第1回口頭弁論期日（9月17日）までに答弁書の提出をお願いいたします。
　技術部の担当者への事情聴取は、9月3日に設定済みです。

引き続きよろしくお願いいたします。
{SIG_SERIZAWA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="litigation between two companies reported to the law firm: no person's data, no sensitive data",
))

_p = _people(52, 3)
MESSAGES.append(dict(
    id="acc-066",
    sender=KIRYU,
    to=["白川法律事務所 堀様 <hori@shirakawa-law.jp>"],
    subject="9/3 事情聴取の出席者について",
    charset="cp932",
    body=f"""堀様

お世話になっております。桐生です。
9月3日の事情聴取には、当社から以下の3名が出席します。
当日の時間変更などがあれば、直接携帯にご連絡いただいて構いません。

　技術部 課長　{_p[0]['name']}（携帯 {_zen(_p[0]['tel'])}）
　技術部　　　　{_p[1]['name']}（携帯 {_zen(_p[1]['tel'])}）
　営業二課　　　{_p[2]['name']}（携帯 {_zen(_p[2]['tel'])}）

会議室は貴所の1階をお借りする予定でよろしいでしょうか。
{SIG_KIRYU}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="3 attendees with full-width mobile numbers to the law firm: under the 5-person threshold (may warn)",
))

MESSAGES.append(dict(
    id="acc-067",
    sender=SERIZAWA,
    to=["取締役各位 <torishimariyaku@hinode-sangyo.co.jp>"],
    cc=["監査役各位 <kansayaku@hinode-sangyo.co.jp>"],
    subject="【極秘】臨時取締役会 資料の事前送付",
    charset="utf-8",
    body=f"""取締役各位
監査役各位

法務部の芹沢です。
8月28日の臨時取締役会の資料を事前にお送りします。
本件は公表前の重要事実を含みますので、取扱いには十分ご注意ください。
{SIG_SERIZAWA}
""",
    attachments=[dict(kind="pdf", name="臨時取締役会資料_20250828.pdf", page_header="極秘",
                      lines=["臨時取締役会 付議資料", "第1号議案 北国フーズ物流株式会社の株式取得の件",
                             "取得価額：1,960百万円 / 取得比率：70%", "公表予定日：2025年8月28日 15:30（TDnet）"])],
    expect="pass",
    entities=[],
    detectors=[],
    note="internal only: 極秘 board material to the directors' and auditors' internal lists",
))

MESSAGES.append(dict(
    id="acc-068",
    sender=HOJO,
    to=["みどり銀行 法人営業部 新井様 <arai.t@midori-ginko.co.jp>"],
    subject="取引時確認（役員一覧）のご提出",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
新井様

お世話になっております。日の出産業 財務部の北条です。
取引時確認の更新に必要とのことで、現任の役員一覧をお送りします。
（6月の定時株主総会後の体制です。登記簿謄本は郵送いたしました。）

　代表取締役社長　　　日の出 一郎　　　2012年6月就任
　代表取締役専務　　　十文字 忠司　　　2018年6月就任
　取締役（経理財務）　早乙女 康介　　　2020年6月就任
　取締役（営業）　　　鬼頭 伸也　　　　2022年6月就任
　社外取締役　　　　　蓮見 由佳子　　　2023年6月就任
　常勤監査役　　　　　仁科 弘　　　　　2019年6月就任
　社外監査役　　　　　楠 正道　　　　　2024年6月就任

実質的支配者は該当なし（議決権25%超の保有者なし）でございます。
{SIG_HOJO}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="7 officers' names, titles and appointment dates (public 登記 data) to the bank for KYC: borderline",
))

_x = _people(53, 1, 40000)[0]
MESSAGES.append(dict(
    id="acc-069",
    sender=AKIYOSHI,
    to=["矢島 様 <yajima@payroll-partners.co.jp>"],
    subject="休職者の給与計算について（9月分から）",
    charset="iso-2022-jp",
    body=f"""矢島様

お世話になっております。日の出産業の秋吉です。
9月1日付で休職となる社員がおりますので、給与計算上の取扱いをご連絡します。

　社員番号：{_x['emp']}
　氏名：{_x['name']}
　休職期間：2025年9月1日〜2026年2月28日（予定）
　休職事由：私傷病（うつ病。主治医の診断書により3か月以上の療養が必要とのこと）
　給与：休職期間中は無給。社会保険料の本人負担分は毎月当社口座へ振込で徴収します。
　傷病手当金：本人が申請予定のため、事業主証明欄の記入をお願いすることがあります。

ご不明点があればご連絡ください。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's diagnosis (うつ病) for sick leave, to the payroll outsourcer: 要配慮 of one person",
))

# =====================================================================================
# 6. invoices, payment notices, price and cost tables (must go)
# =====================================================================================

_T_HINODE = "T" + _corp("010001138826")
_T_AOBA = "T" + _corp("020001045371")
_T_KITA = "T" + _corp("430001062258")
_T_TSUBASA = "T" + _corp("011001097740")

MESSAGES.append(dict(
    id="acc-070",
    sender=MURASE,
    to=["川崎電機 経理部 買掛金ご担当 <kaikake@kawasaki-denki.co.jp>"],
    subject="請求書送付のご案内（請求番号 HS-2507-0412）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
経理部 買掛金ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の村瀬でございます。
7月分のご請求書をPDFにてお送りいたします。

　請求番号：HS-2507-0412
　請求金額：3,928,260円（税込）
　お支払期日：2025年8月31日
　登録番号：{_T_HINODE}

お振込先
　みどり銀行 本店営業部 当座 0193357
　口座名義 ヒノデサンギヨウ（カ

ご査収のほど、よろしくお願い申し上げます。
{SIG_MURASE}
""",
    attachments=[dict(kind="pdf", name="請求書_HS-2507-0412.pdf",
                      lines=["請求書", "川崎電機株式会社 御中", "請求番号 HS-2507-0412　請求日 2025年7月31日",
                             f"日の出産業株式会社　登録番号 {_T_HINODE}",
                             "東京都中央区八丁堀3-14-9　TEL 03-5543-7120", ""],
                      table=[["品番", "品名", "数量", "単価", "金額"],
                             ["HW-PF200", "業務用浄水フィルター 200型", "120", "8,400", "1,008,000"],
                             ["HW-PF350", "業務用浄水フィルター 350型", "80", "14,200", "1,136,000"],
                             ["HW-CU10", "カートリッジユニット", "45", "26,800", "1,206,000"],
                             ["SV-INST", "取付作業費", "1式", "221,145", "221,145"],
                             ["", "小計（10%対象）", "", "", "3,571,145"],
                             ["", "消費税（10%）", "", "", "357,115"],
                             ["", "合計", "", "", "3,928,260"]],
                      page_footer="振込先：みどり銀行 本店営業部 当座 0193357 ヒノデサンギヨウ（カ")],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and its corporate bank account: ordinary business mail",
))

_pay = [["支払通知書", "", "", "", ""], ["青葉運輸株式会社 御中", "", "", "", ""],
        [f"登録番号 {_T_AOBA}", "", "", "", "支払日 2025/08/29"], [],
        ["貴社請求番号", "請求日", "内容", "税抜金額", "消費税"]]
_r = _random.Random("acc-aoba")
for i in range(18):
    v = _r.randrange(80, 900) * 1000
    _pay.append([f"AU-{250700 + i * 3}", f"2025/07/{1 + i:02d}", ["路線便", "チャーター", "倉庫保管料", "横持ち"][i % 4], v, v // 10])
_pay.append(["", "", "合計", sum(r[3] for r in _pay[5:]), sum(r[4] for r in _pay[5:])])
MESSAGES.append(dict(
    id="acc-071",
    sender=SUDO,
    to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="8月29日お支払分 支払通知書",
    charset="cp932",
    body=f"""青葉運輸株式会社 経理課 御中

いつもお世話になっております。日の出産業 経理部の須藤です。
8月29日お支払分の支払通知書を送付いたします。
お振込先は御社ご指定の「東都銀行 日本橋支店 当座 0458821」です。

振込手数料は当社負担です。差異がございましたらご連絡ください。
{SIG_SUDO}
""",
    attachments=[dict(kind="xlsx", name="支払通知書_青葉運輸_20250829.xlsx", sheets={"支払明細": _pay})],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="payment notice to a partner: 18 invoice lines, the partner's T-number and corporate account",
))

_li = [["伝票番号", "納品日", "商品コード", "商品名", "入数", "数量", "単価", "金額", "税率"]]
_r = _random.Random("acc-kita")
_goods = [("KF-1020", "北海道産 冷凍ほたて 1kg", 10), ("KF-2210", "いくら醤油漬 500g", 12), ("KF-3005", "冷凍ブロッコリー 500g", 20),
          ("KF-4410", "十勝小豆 業務用 5kg", 4), ("KF-5120", "じゃがいも（男爵）10kg", 1), ("KF-6003", "ホワイトソース 1kg", 12)]
for i in range(30):
    code, name, iri = _goods[i % 6]
    q = _r.randrange(2, 40)
    u = _r.randrange(300, 4000)
    _li.append([f"D{5120300 + i}", f"2025/07/{1 + i % 30:02d}", code, name, iri, q, u, q * u, "8%"])
MESSAGES.append(dict(
    id="acc-072",
    sender=SUDO,
    to=["北国フーズ 売掛担当 <urikake@kitaguni-foods.co.jp>"],
    subject="7月度 ご請求明細の照合結果",
    charset="cp932",
    body=f"""北国フーズ株式会社
売掛ご担当者様

お世話になっております。日の出産業の須藤でございます。
7月度のご請求（貴社請求番号 KF-INV-2507-118、登録番号 {_T_KITA}）について、
当社の検収データと照合した結果をCSVでお送りします。
伝票番号 D5120317 の数量が請求書では22、当社検収では20となっております。ご確認ください。
{SIG_SUDO}
""",
    attachments=[dict(kind="csv", name="kenshu_202507_kitaguni.csv", rows=_li, encoding="cp932")],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="purchase reconciliation CSV of 30 delivery lines with product codes: no people",
))

MESSAGES.append(dict(
    id="acc-073",
    sender=MURASE,
    to=["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
    subject="適格請求書発行事業者の登録番号について（ご確認）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
経理部 御中

いつもお世話になっております。日の出産業株式会社 経理部の村瀬でございます。

6月分のご請求書に記載の登録番号（{_T_TSUBASA[:-1]}{(int(_T_TSUBASA[-1]) + 1) % 10}）が、
国税庁の公表サイトで検索できませんでした。正しくは「{_T_TSUBASA}」ではないかと存じます。

お手数ですが、登録番号を訂正した請求書（または修正した適格請求書）の再発行をお願いいたします。
なお、お支払は当初の予定どおり7月31日に行います。
{SIG_MURASE}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="question about a partner's invoice registration number (T-number): company data only",
))

MESSAGES.append(dict(
    id="acc-074",
    sender=HOJO,
    to=["北国フーズ 経理部 大橋様 <ohashi@kitaguni-foods.co.jp>"],
    subject="【重要】当社振込先口座の変更のお知らせ",
    charset="utf-8",
    body=f"""北国フーズ株式会社
経理部 大橋様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 財務部の北条でございます。

このたび、取引銀行の店舗統合に伴い、当社の振込先口座を下記のとおり変更いたします。

　【変更前】はまなす銀行 横浜駅前支店 普通 3012884 ヒノデサンギヨウ（カ
　【変更後】みどり銀行 本店営業部 当座 0193357 ヒノデサンギヨウ（カ
　適用開始：2025年10月1日お支払分より

なお、振込先の変更をメールのみでお願いすることはございません。
書面（代表者印押印）を別途郵送いたしますので、書面の到着をもって変更のお手続きをお願いいたします。
ご不審な点は、当社代表電話（03-5543-7100）までお問い合わせください。
{SIG_HOJO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="change of the company's own receiving bank account: corporate accounts, not people",
))

_ct = [["原価計算表（2025年度上期 標準原価）"], [],
       ["品番", "品名", "材料費", "労務費", "製造経費", "標準原価", "販売価格", "粗利率"]]
_r = _random.Random("acc-cost")
for i in range(24):
    m, lab, e = _r.randrange(800, 9000), _r.randrange(300, 3000), _r.randrange(200, 2500)
    c = m + lab + e
    p = round(c * (1.25 + _r.random() * 0.3), -1)
    _ct.append([f"HW-{1000 + i * 15}", f"浄水ユニット部品 {chr(65 + i % 26)}型", m, lab, e, c, p, f"{(p - c) / p:.1%}"])
MESSAGES.append(dict(
    id="acc-075",
    sender=OHNO,
    to=["川崎電機 購買部 小野寺様 <onodera@kawasaki-denki.co.jp>"],
    subject="部品単価改定のご相談（原価表添付）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部 小野寺様

いつもお世話になっております。日の出産業の大野です。
先日のお打合せでご要望のあった部品単価の根拠資料として、
対象24品目の標準原価の内訳をお送りします。

材料費（特にステンレス材）の上昇分が約8%あり、10月出荷分から
販売価格に平均4.5%を転嫁させていただきたく存じます。
ご検討のほど、よろしくお願いいたします。
{SIG_OHNO}
""",
    attachments=[dict(kind="xlsx", name="標準原価_上期_川崎電機様.xlsx", sheets={"原価表": _ct})],
    expect="pass",
    entities=[],
    detectors=[],
    note="cost table of 24 parts with many numbers to a partner: no people",
))

MESSAGES.append(dict(
    id="acc-076",
    sender=SUDO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 創業70周年記念式典 お見積りの件",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当 石塚様

お世話になっております。日の出産業の須藤です。
お見積りありがとうございました。社内で確認し、下記の修正版をPDFで作成しましたので、
この内容で正式なお見積書を再発行いただけますでしょうか。

・お料理をBプラン（14,000円）に変更
・参加人数 180名 → 210名
・控室を1室追加
{SIG_SUDO}
""",
    attachments=[dict(kind="pdf", name="70周年式典_見積依頼内容.pdf",
                      lines=["日の出産業株式会社 創業70周年記念式典 見積依頼内容（修正版）", "日時：2025年11月14日（金）18:00〜20:30",
                             "会場：さくらホテル 3F 鳳凰の間", ""],
                      table=[["項目", "単価", "数量", "金額"], ["料理 Bプラン", "14,000", "210", "2,940,000"],
                             ["フリードリンク", "4,500", "210", "945,000"], ["会場費", "600,000", "1", "600,000"],
                             ["控室", "80,000", "2", "160,000"], ["音響・照明", "250,000", "1", "250,000"],
                             ["サービス料（15%）", "", "", "734,250"], ["合計（税抜）", "", "", "5,629,250"]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="event quotation PDF with a price table to the hotel: no people",
))

MESSAGES.append(dict(
    id="acc-077",
    sender=MURASE,
    to=["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    subject="債権債務残高確認のお願い（2025年6月30日現在）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 経理課 御中

拝啓 平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部の村瀬でございます。

当社の四半期決算にあたり、2025年6月30日現在の貴社との取引残高について
ご確認をお願いいたしたく、ご連絡いたしました。

　当社の貴社に対する買掛金残高　　12,483,700円
　当社の貴社に対する未払金残高　　　　418,000円
　当社の貴社に対する差入保証金　　 3,000,000円

相違がございましたら、相違の内容と貴社残高を7月15日までにご回答ください。
一致している場合はご返信不要です。

敬具
{SIG_MURASE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="balance confirmation between two companies: amounts only",
))

_pl = [["2025年10月改定 価格表（業務用）", "", "", "", ""], ["品番", "品名", "旧単価", "新単価", "改定率"]]
_r = _random.Random("acc-xlsprice")
for i in range(35):
    old = _r.randrange(50, 600) * 10
    new = round(old * (1 + _r.randrange(2, 9) / 100), -1)
    _pl.append([f"HP-{3000 + i * 7}", f"業務用洗浄剤・資材 No.{i + 1}", old, new, f"{(new - old) / old:.1%}"])
MESSAGES.append(dict(
    id="acc-078",
    sender=OHNO,
    to=["北国フーズ 購買部 <kobai@kitaguni-foods.co.jp>"],
    subject="価格改定のお知らせ（10月出荷分より）",
    charset="cp932",
    body=f"""北国フーズ株式会社
購買部 御中

平素は格別のお引き立てをいただき、誠にありがとうございます。
日の出産業の大野でございます。

原材料および物流費の高騰により、誠に不本意ながら10月出荷分より
一部商品の価格を改定させていただくこととなりました。
貴社の購買システムがxls形式のみ取込可能と伺いましたので、旧形式のファイルでお送りします。

何卒ご理解賜りますようお願い申し上げます。
{SIG_OHNO}
""",
    attachments=[dict(kind="xls", name="価格改定表_202510.xls", sheets={"価格表": _pl})],
    expect="pass",
    entities=[],
    detectors=[],
    note="legacy .xls price list of 35 products to a partner: numbers only, readable",
))

_st = [["店舗コード", "店舗名", "所在地", "電話番号", "売上高", "客数"]]
_shops = [("S001", "日の出ショップ 銀座店", "東京都中央区銀座4-2-11", "03-3561-2201"),
          ("S002", "日の出ショップ 新宿店", "東京都新宿区新宿3-24-3", "03-3354-7780"),
          ("S003", "日の出ショップ 横浜店", "神奈川県横浜市西区南幸2-15-13", "045-314-6620"),
          ("S004", "日の出ショップ 大宮店", "埼玉県さいたま市大宮区大門町1-6", "048-643-1190"),
          ("S005", "日の出ショップ 柏店", "千葉県柏市柏1-4-3", "04-7166-3030"),
          ("S006", "日の出ショップ 梅田店", "大阪府大阪市北区角田町8-7", "06-6312-4455")]
_r = _random.Random("acc-shops")
_st += [[c, n, a, t, _r.randrange(8, 40) * 1000000 + _r.randrange(0, 999999), _r.randrange(2000, 9000)] for c, n, a, t in _shops]
_mo = [["店舗コード", "商品コード", "販売数", "売上金額"]]
_mo += [[c, f"KF-{1020 + (i % 6) * 1000}", _r.randrange(10, 400), _r.randrange(10, 400) * 1200] for c, _, _, _ in _shops for i in range(6)]
MESSAGES.append(dict(
    id="acc-079",
    sender=SUDO,
    to=["北国フーズ 営業企画 <eigyo-kikaku@kitaguni-foods.co.jp>"],
    subject="共同販促の効果測定データ（7月）",
    charset="utf-8",
    body=f"""北国フーズ株式会社 営業企画ご担当者様

お世話になっております。日の出産業の須藤です。
7月に実施した共同販促キャンペーンの店舗別実績をお送りします。
店舗一覧と商品別の販売数をCSVで分けて、zipにまとめています。

リベートの計算は8月末締めで進めますので、ご確認をお願いします。
{SIG_SUDO}
""",
    attachments=[dict(kind="zip", name="kyodo_hansoku_202507.zip", files=[
        dict(kind="csv", name="tenpo_jisseki.csv", rows=_st, encoding="utf-8"),
        dict(kind="csv", name="shohin_betsu.csv", rows=_mo, encoding="utf-8"),
    ])],
    expect="pass",
    entities=[],
    detectors=[],
    note="ZIP of CSVs: shop list (shop addresses and shop phones) and sales by product: businesses, not people",
))

MESSAGES.append(dict(
    id="acc-080",
    sender=HOJO,
    to=["みどり銀行 外為センター <gaitame@midori-ginko.co.jp>"],
    subject="外国送金依頼（USD 84,250.00）の件",
    charset="iso-2022-jp",
    body=f"""みどり銀行 外為センター 御中

いつもお世話になっております。日の出産業 財務部の北条です。
本日付で外国送金の依頼書を提出いたしました。念のため内容をお知らせします。

　送金額　　　USD 84,250.00
　送金指定日　2025年8月12日
　引落口座　　本店営業部 当座 0193357（日の出産業株式会社）
　受取人　　　Pacific Filtration Inc.
　受取銀行　　First Coastal Bank, Portland OR（SWIFT: FCBKUS66）
　口座番号　　4471-20883-1
　送金目的　　輸入代金（Invoice No. PF-24-3381、部材）
　手数料　　　当方負担（OUR）

為替は予約番号 FX-250731-0042 を使用してください。
{SIG_HOJO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="foreign remittance between two companies' accounts at the legitimate bank domain",
))

_rows_html = "\n".join(
    f"<tr><td>{c}</td><td>{n}</td><td align=\"right\">{p:,}</td><td align=\"right\">{q}</td></tr>"
    for c, n, p, q in [("HW-PF200", "業務用浄水フィルター 200型", 8400, 12), ("HW-PF350", "業務用浄水フィルター 350型", 14200, 6),
                       ("HW-CU10", "カートリッジユニット", 26800, 2), ("HW-SHW1", "シャワーヘッド用浄水カートリッジ", 1980, 120),
                       ("HW-ICE5", "製氷機用スケール防止フィルター", 9600, 8), ("SV-MNT", "年間メンテナンス（1台）", 36000, 14),
                       ("SV-INST", "取付作業費（1台）", 12500, 14)])
MESSAGES.append(dict(
    id="acc-081",
    sender=SUDO,
    to=["さくらホテル 施設管理部 <shisetsu@sakura-hotel.jp>"],
    subject="浄水設備の更新 価格のご案内",
    charset="utf-8",
    body="""さくらホテル 施設管理部 御中

お世話になっております。日の出産業の須藤です。
浄水設備更新の価格表をお送りします（HTML版をご覧ください）。

須藤
""",
    html=f"""<html><body>
<p>さくらホテル 施設管理部 御中</p>
<p>お世話になっております。日の出産業の須藤です。<br>浄水設備更新の価格表をお送りします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>品番</th><th>品名</th><th>単価（税抜・円）</th><th>想定数量</th></tr>
{_rows_html}
</table>
<p>有効期限：2025年10月31日 / 登録番号：{_T_HINODE}</p>
<p>日の出産業株式会社 経理部 須藤 健太<br>TEL 03-5543-7126</p>
</body></html>""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="price list as an HTML table (text + HTML alternative) to the hotel: no people",
))

_r = _random.Random("acc-aoba-cost")
_rt = [["路線", "距離(km)", "2t車", "4t車", "10t車", "燃料調整額", "高速代"]]
for o, d in [("八丁堀→川崎", 24), ("八丁堀→船橋", 28), ("八丁堀→大宮", 35), ("川越→横浜", 62), ("川越→千葉", 78),
             ("横浜→町田", 27), ("船橋→越谷", 31), ("大宮→所沢", 26), ("本社倉庫→成田", 66), ("本社倉庫→羽田", 21)]:
    _rt.append([o, d, f"{18000 + d * 220:,}", f"{24000 + d * 300:,}", f"{39000 + d * 480:,}", f"{d * 18:,}", f"{_r.randrange(0, 4) * 1320:,}"])
MESSAGES.append(dict(
    id="acc-082",
    sender=OHNO,
    to=["青葉運輸 営業部 桑原様 <kuwabara@aoba-unyu.co.jp>"],
    subject="配送コスト比較表（下期契約の検討用）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
営業部 桑原様

お世話になっております。日の出産業の大野です。
下期の配送契約の検討用に、当社で集計した路線別のコスト比較表をPDFでお送りします。
現行単価ベースで計算しています。ご提案の際の参考にしていただければ幸いです。
{SIG_OHNO}
""",
    attachments=[dict(kind="pdf", name="配送コスト比較_下期.pdf", lines=["路線別 配送コスト比較表（現行単価、税抜・円）", ""], table=_rt)],
    expect="pass",
    entities=[],
    detectors=[],
    note="PDF cost table of delivery routes to a partner: many numbers, no people",
))

MESSAGES.append(dict(
    id="acc-083",
    sender=HOJO,
    to=["みどり銀行 法人営業部 新井様 <arai.t@midori-ginko.co.jp>"],
    subject="担当者変更のご連絡",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
新井様

いつもお世話になっております。日の出産業 財務部の北条です。
8月1日付の人事異動により、資金担当が下記の者に代わります。
今後のご連絡は新担当者あてにお願いいたします。

　新担当：財務部 資金グループ 主任　設楽 隼人（したら はやと）
　直通：03−5543−7142　携帯：０８０−４４１７−２０９３
　メール：shitara.hayato@hinode-sangyo.co.jp

なお、私は引き続き財務部に在籍しておりますので、引継ぎ期間中は両名にCCをお願いします。
{SIG_HOJO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="one new contact person's details (name, direct line, mobile) to the bank: a single business contact",
))

MESSAGES.append(dict(
    id="acc-084",
    sender=HOJO,
    to=["Accounts Receivable <ar@pacific-filtration.com>"],
    subject="Payment advice - Invoice PF-24-3381 / PO HS-P-250611",
    charset="utf-8",
    body=f"""Dear Accounts Receivable team,

Please find below the payment details for your invoice PF-24-3381.

  Amount:           USD 84,250.00
  Value date:       12 August 2025
  Remitting bank:   Midori Bank, Head Office (SWIFT: MDRIJPJT)
  Beneficiary:      Pacific Filtration Inc.
  Account:          First Coastal Bank, Portland OR, a/c 4471-20883-1
  Reference:        HS-P-250611 / PF-24-3381

Line items paid:
  PF-MEM-40   Membrane module 40"      x 150   USD 312.00   USD 46,800.00
  PF-HSG-40   Pressure housing 40"     x  50   USD 589.00   USD 29,450.00
  PF-SEAL-K   Seal kit                 x 400   USD  20.00   USD  8,000.00

Bank charges are borne by the remitter (OUR). Kindly confirm receipt.
{SIG_EN}
{DISCL_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English payment advice to a foreign supplier: corporate accounts, part numbers, disclaimer",
))

_p = _people(60, 12, 10000)
_rows = "\n".join(f"{x['emp']}  {_pad(x['name'], 12)}  {x['bank']} {x['branch']}  普通 {x['acct']}  {_yen(x['pay'])}" for x in _p)
MESSAGES.append(dict(
    id="acc-085",
    sender=AKIYOSHI,
    to=["大阪支店 総務 中川 <nakagawa.y@osaka.mail.hinode-sangyo.co.jp>"],
    cc=["村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
    subject="大阪支店 7月給与振込一覧（確認依頼）",
    charset="iso-2022-jp",
    body=f"""中川さん

お疲れさまです。本社経理の秋吉です。
大阪支店分の7月給与の振込一覧です。口座変更の届出が漏れていないか確認をお願いします。

{_rows}

問題なければ返信不要です。
{SIG_AKIYOSHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="internal only: 12 employees' salary accounts to a colleague at an internal subdomain",
))

_x = _people(61, 1)[0]
MESSAGES.append(dict(
    id="acc-086",
    sender=SUDO,
    to=[f"{_x['rsei'].lower()}_design@yahoo.co.jp"],
    subject="デザイン料のお支払について（8月末）",
    charset="utf-8",
    body=f"""{_x['name']} 様

いつもお世話になっております。日の出産業 経理部の須藤です。
7月にご納品いただいた展示会パネルのデザイン料について、お支払予定をご連絡します。

　ご請求額　　　　220,000円（税込）
　源泉徴収税額　　 20,420円
　お振込額　　　　199,580円
　お振込日　　　　2025年8月29日
　お振込先　　　　{_x['bank']} {_x['branch']} 普通 {_x['acct']}（ご登録の口座）

お振込先に変更がある場合は、8月20日までにお知らせください。
{SIG_SUDO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["freemail_recipient", "personal_data"],
    note="payment notice to one freelancer on free mail with his own bank account: one person, one free-mail recipient",
))

# =====================================================================================
# 7. confidential stamps, unreadable files, look-alike domains, identity numbers
# =====================================================================================

_cf = [["資金繰り表（2025年度 月次）", "", "", "", "", "", ""], ["単位：百万円"],
       ["項目", "4月", "5月", "6月", "7月", "8月", "9月"],
       ["前月繰越", 1820, 1745, 1612, 1930, 1704, 1566],
       ["売上回収", 3950, 4012, 4380, 3877, 3705, 4410],
       ["仕入支払", -2840, -2905, -3110, -2760, -2688, -3204],
       ["人件費", -720, -715, -1180, -730, -722, -735],
       ["設備投資", -120, -85, -40, -310, -95, -60],
       ["借入返済", -250, -250, -250, -250, -250, -250],
       ["新規借入", 0, 0, 500, 0, 0, 0],
       ["翌月繰越", 1745, 1612, 1930, 1704, 1566, 1835]]
MESSAGES.append(dict(
    id="acc-087",
    sender=HOJO,
    to=["みどり銀行 法人営業部 新井様 <arai.t@midori-ginko.co.jp>"],
    subject="運転資金のご相談（資金繰り表の送付）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
新井様

お世話になっております。日の出産業 財務部の北条です。
先日ご相談した下期の運転資金について、上期の資金繰り表をお送りします。
6月の賞与支払に合わせて5億円を借り入れておりますが、9月以降の設備投資に向けて
追加の枠をご検討いただけますでしょうか。
{SIG_HOJO}
""",
    attachments=[dict(kind="xlsx", name="資金繰り表_2025上期.xlsx", sheets={"資金繰り": _cf}, page_header="社外秘")],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="cash-flow XLSX whose print header is 社外秘; the mail text itself carries no marking",
))

MESSAGES.append(dict(
    id="acc-088",
    sender=HOJO,
    to=["みどり銀行 法人営業部 新井様 <arai.t@midori-ginko.co.jp>"],
    subject="【社外秘】中期経営計画（2026-2028）の数値計画について",
    charset="utf-8",
    body=f"""新井様

お世話になっております。日の出産業の北条です。
シンジケートローンの組成に向けて、取締役会で承認された中期経営計画の数値部分を抜粋してお送りします。
公表は11月の決算説明会を予定しておりますので、それまでは行内限りでお取り扱いください。

                2025年度(見込)   2026年度   2027年度   2028年度
売上高(百万円)         48,900     52,300     56,100     60,500
営業利益                2,180      2,650      3,120      3,700
設備投資                1,400      3,800      2,200      1,600
有利子負債             12,300     14,800     13,900     12,500
ROE(%)                    6.8        7.5        8.3        9.1
{SIG_HOJO}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【社外秘】 on a mail with unpublished plan figures to the bank",
))

MESSAGES.append(dict(
    id="acc-089",
    sender=MURASE,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="減価償却資産台帳（再送）",
    charset="cp932",
    body=f"""小松様

お世話になっております。日の出産業の村瀬です。
昨日お送りしたファイルが開けないとのこと、大変失礼いたしました。
固定資産システムから出力し直しましたので、再送いたします。
{SIG_MURASE}
""",
    attachments=[dict(kind="corrupt", name="減価償却資産台帳_R6.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attached for the tax accountant: cannot be inspected",
))

MESSAGES.append(dict(
    id="acc-090",
    sender=HOJO,
    to=["みどり銀行 新井様 <arai.t@midori-ginko.jp>"],
    subject="借入金返済予定表の送付のお願い",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
新井様

お世話になっております。日の出産業の北条です。
6月に実行いただいた証書貸付（500百万円）の返済予定表を、
監査対応のため電子データでいただけますでしょうか。
お手数ですがよろしくお願いいたします。
{SIG_HOJO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-ginko.jp: the bank's midori-ginko.co.jp with 'co.' dropped",
))

MESSAGES.append(dict(
    id="acc-091",
    sender=AKIYOSHI,
    to=["EBサポートデスク <eb-support@midoriginko.co.jp>"],
    subject="総合振込データ送信完了のご連絡",
    charset="cp932",
    body=f"""みどり銀行 EBサポートデスク 御中

お世話になっております。日の出産業の秋吉です。
先ほど、8月25日指定の総合振込データ（312件、合計 98,441,820円）を送信いたしました。
受付結果の確認をお願いいたします。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midoriginko.co.jp: the bank's domain with the hyphen dropped",
))

MESSAGES.append(dict(
    id="acc-092",
    sender=HOJO,
    to=["みどり銀行 市場営業部 <ichiba@midori-gniko.co.jp>"],
    subject="為替予約の締結内容のご確認",
    charset="utf-8",
    body=f"""みどり銀行 市場営業部 御中

お世話になっております。日の出産業 財務部の北条です。
本日お電話で締結した為替予約の内容について、念のため確認させてください。

　予約番号：FX-250801-0117
　買い通貨：USD 250,000.00
　予約レート：146.82
　受渡期間：2025年10月1日〜10月31日

約定確認書の発行をお願いいたします。
{SIG_HOJO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-gniko.co.jp: two letters of ginko swapped",
))

MESSAGES.append(dict(
    id="acc-093",
    sender=HOJO,
    to=["新井様 <arai.t@midori-ginko-co.jp>"],
    subject="当座貸越契約の更新書類について",
    charset="iso-2022-jp",
    body=f"""新井様

いつもお世話になっております。日の出産業の北条でございます。
当座貸越契約（極度額 10億円）の更新書類を拝受しました。
代表者印の押印手続を進めておりますので、9月10日頃の返送となります。
ご承知おきいただけますと幸いです。
{SIG_HOJO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-ginko-co.jp: a hyphen where the bank's domain has a dot",
))

MESSAGES.append(dict(
    id="acc-094",
    sender=KIRYU,
    to=["宮坂 先生 <miyasaka@shirakawa.law.jp>"],
    subject="秘密保持契約（北国フーズ物流）のひな形について",
    charset="utf-8",
    body=f"""宮坂先生

お世話になっております。法務部の桐生です。
北国フーズ物流株式会社とのデューデリジェンス開始前に締結する秘密保持契約について、
先方ひな形ではなく当社ひな形を使いたいと考えております。
先生の事務所で以前作成いただいたM&A用のひな形をお送りいただけますでしょうか。
{SIG_KIRYU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="NDA mail that would pass, but sent to shirakawa.law.jp: the law firm's hyphen replaced by a dot",
))

MESSAGES.append(dict(
    id="acc-095",
    sender=SERIZAWA,
    to=["白川 先生 <shirakawa@sihrakawa-law.jp>"],
    subject="第1回口頭弁論期日の件",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。芹沢です。
東光設備との訴訟の第1回口頭弁論期日（9月17日 10:30、東京地裁）には、
当社から私と桐生が傍聴いたします。期日後に30分ほどお時間をいただけますでしょうか。
{SIG_SERIZAWA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain sihrakawa-law.jp: 'h' and 'i' of shirakawa swapped",
))

MESSAGES.append(dict(
    id="acc-096",
    sender=KIRYU,
    to=["白川法律事務所 堀様 <hori@shirakwa-law.jp>"],
    subject="顧問契約の更新について",
    charset="cp932",
    body=f"""堀様

お世話になっております。日の出産業 法務部の桐生です。
10月からの顧問契約の更新につき、契約書を2部郵送いたしました。
ご確認のうえ、1部をご返送いただけますでしょうか。

顧問料：月額 150,000円（税別）、タイムチャージ超過分は別途
{SIG_KIRYU}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain shirakwa-law.jp: one letter of the law firm's domain dropped",
))

_p = _people(70, 6, 60000)
_rows = "\n".join(f"  {x['emp']}  {_pad(x['name'], 12)} {x['bank']} {x['branch']} 普通 {x['acct']}" for x in _p)
MESSAGES.append(dict(
    id="acc-097",
    sender=AKIYOSHI,
    to=["人事部 労務課 <romu@hinode-sangyo.jp>"],
    subject="8月入社者の給与振込口座",
    charset="iso-2022-jp",
    body=f"""労務課の皆さん

お疲れさまです。経理の秋吉です。
8月入社の6名の給与振込口座を登録しました。人事システム側の登録内容と照合をお願いします。

{_rows}

秋吉
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for 労務課 but addressed to hinode-sangyo.jp (own domain without 'co.'): external look-alike with 6 accounts",
))

MESSAGES.append(dict(
    id="acc-098",
    sender=HOJO,
    to=["みどり銀行 新井 <arai.t@midori-gink0.co.jp>"],
    subject="Re: 財務制限条項の確認について",
    charset="utf-8",
    body=f"""新井様

お世話になっております。北条です。
ご照会の財務制限条項（純資産維持・利益維持）について、2025年3月期の数値は以下のとおりです。

・純資産額：28,412百万円（前期比 104.1%、基準：前期の75%以上）
・経常利益：2,318百万円（2期連続黒字）

いずれも基準を充足しております。
{SIG_HOJO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-gink0.co.jp: the letter o replaced by the digit 0 (homoglyph)",
))

_p = _people(71, 6, 30000)
_lst = "\n".join(f"{i}. {x['romaji']:<22} DOB {x['dob'].strftime('%d %b %Y')}   Passport No. T{'KRZMH'[i % 5]}{7034219 + i * 4471}   "
                 f"Home salary JPY {x['pay'] * 12:,}" for i, x in enumerate(_p, 1))
MESSAGES.append(dict(
    id="acc-099",
    sender=HOJO,
    to=["Linda Chen <linda.chen@apac-payroll.com.sg>"],
    subject="Secondee details for shadow payroll (Oct intake)",
    charset="utf-8",
    body=f"""Hi Linda,

As discussed, here are the details of the six employees seconded to Hinode Sangyo (Singapore) Pte. Ltd.
from 1 October 2025. Home salaries are annual base amounts paid in Japan.

{_lst}

Please let me know if you also need their Japanese residential addresses for the tax equalisation.
{SIG_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="English mail: 6 secondees with dates of birth, passport numbers and salaries to an overseas payroll provider",
))

_fn = [("グエン・ヴァン・ナム", "ベトナム", "技術・人文知識・国際業務"), ("チャン・ティ・ホア", "ベトナム", "技術・人文知識・国際業務"),
       ("ソムチャイ・ウォンサワット", "タイ", "技術・人文知識・国際業務"), ("リ・ジュンホ", "韓国", "永住者"),
       ("サントス・マリア", "フィリピン", "日本人の配偶者等"), ("ワン・リン", "中国", "特定技能1号")]
_r = _random.Random("acc-zairyu")
_zr = "\n".join(f"{n}\t{c}\t{_dt.date(_r.randrange(1975, 2000), _r.randrange(1, 13), _r.randrange(1, 29)).strftime('%Y/%m/%d')}\t"
                f"{''.join(_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{_r.randrange(10000000, 99999999)}"
                f"{''.join(_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}\t{s}\t{2026 + _r.randrange(0, 3)}/{_r.randrange(1, 13):02d}/{_r.randrange(1, 28):02d}"
                for n, c, s in _fn)
MESSAGES.append(dict(
    id="acc-100",
    sender=AKIYOSHI,
    to=["社会保険労務士法人はやて 野口様 <noguchi@hayate-sr.jp>"],
    subject="外国人社員の在留期限管理について",
    charset="cp932",
    body=f"""社会保険労務士法人はやて
野口様

お世話になっております。日の出産業の秋吉です。
外国人雇用状況の届出と在留期限の管理について、対象社員の一覧をお送りします。
在留期限が1年以内の方について、更新手続のスケジュールをご提案いただけますでしょうか。

氏名\t国籍\t生年月日\t在留カード番号\t在留資格\t在留期限
{_zr}

よろしくお願いいたします。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="6 foreign employees with residence card numbers, DOB and visa status, tab-separated, to the 社労士",
))

_x = _people(72, 1, 50000)[0]
MESSAGES.append(dict(
    id="acc-101",
    sender=AKIYOSHI,
    to=["野口様 <noguchi@hayate-sr.jp>"],
    subject="資格取得届（9月1日入社 1名）",
    charset="iso-2022-jp",
    body=f"""野口様

お世話になっております。秋吉です。
9月1日入社の社員1名について、社会保険の資格取得届の作成をお願いします。

　氏名：{_x['name']}（{_x['kana']}）
　生年月日：{_wareki(_x['dob'], 'kanji')}
　基礎年金番号：{_zen(f"{1000 + _x['pay'] % 9000:04d}-{_x['acct'][:6]}", iso=True)}
　報酬月額：{_yen(_x['pay'])}円
　被扶養者：なし

マイナンバーは本人から届いていないため、基礎年金番号での届出でお願いいたします。
{SIG_AKIYOSHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one new hire's 基礎年金番号 (full-width) with name and DOB to the 社労士: an ID number of one person",
))

_x = _people(73, 1, 20000)[0]
_cn = card_number(7301)
MESSAGES.append(dict(
    id="acc-102",
    sender=SUDO,
    to=["ルミナカード 法人カードデスク <corporate-desk@lumina-card.co.jp>"],
    subject="法人カード紛失の届出（利用停止のお願い）",
    charset="utf-8",
    body=f"""ルミナカード 法人カードデスク 御中

いつもお世話になっております。日の出産業株式会社 経理部の須藤です。
先ほどお電話で利用停止をお願いした法人カードについて、書面に代えてメールでご連絡します。

　法人会員番号：HC-0448120
　カード使用者：営業一課 {_x['name']}
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　紛失日時：2025年8月4日 夜（出張先の大阪市内）
　警察への届出：大阪府警 曽根崎警察署（受理番号 第2508-1142号）

再発行カードの送付先は当社経理部あてでお願いいたします。
{SIG_SUDO}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number (employee's corporate card) in the body to the card company",
))

_p = _people(74, 6, 40000)
_db = [["社員番号", "氏名", "障害の種類", "等級", "手帳種別", "週所定労働時間", "算定カウント"]]
for x, (k, g, t, h, c) in zip(_p, [("肢体不自由", "2級", "身体障害者手帳", "40", "2"), ("聴覚障害", "3級", "身体障害者手帳", "40", "1"),
                                  ("知的障害", "B1", "療育手帳", "30", "1"), ("精神障害（統合失調症）", "2級", "精神障害者保健福祉手帳", "25", "1"),
                                  ("内部障害（心臓）", "1級", "身体障害者手帳", "40", "2"), ("精神障害（うつ病）", "3級", "精神障害者保健福祉手帳", "20", "0.5")]):
    _db.append([x["emp"], x["name"], k, g, t, h, c])
MESSAGES.append(dict(
    id="acc-103",
    sender=AKIYOSHI,
    to=["社会保険労務士法人はやて 野口様 <noguchi@hayate-sr.jp>"],
    subject="障害者雇用納付金の申告データ",
    charset="cp932",
    body=f"""野口様

お世話になっております。日の出産業の秋吉です。
障害者雇用納付金の申告に使う対象社員のデータをお送りします。
短時間勤務の方が2名いますので、算定カウントのご確認をお願いします。
{SIG_AKIYOSHI}
""",
    attachments=[dict(kind="xlsx", name="障害者雇用_申告用_2025.xlsx", sheets={"対象者": _db})],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX listing 6 named employees with their disability type and grade (要配慮) to the 社労士",
))

_p = _people(75, 7, 10000)
_hr = "\n".join(f"<tr><td>{x['emp']}</td><td>{x['name']}</td><td>{x['bank']}</td><td>{x['branch']}</td><td>{x['acct']}</td>"
                f"<td align=\"right\">{_yen(a)}</td></tr>" for x, a in zip(_p, [18420, 3260, 41800, 9930, 12500, 27740, 6100]))
MESSAGES.append(dict(
    id="acc-104",
    sender=AKIYOSHI,
    to=["ペイロールパートナーズ 矢島様 <yajima@payroll-partners.co.jp>"],
    subject="年末調整 還付金の別途振込（12月給与に間に合わなかった分）",
    charset="iso-2022-jp",
    html=f"""<html><head><meta charset="iso-2022-jp"></head><body>
<p>矢島様</p>
<p>お世話になっております。日の出産業の秋吉です。<br>
年末調整の還付金のうち、申告書の提出が遅れて12月給与で精算できなかった7名分について、
1月10日に別途振込をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>社員番号</th><th>氏名</th><th>銀行</th><th>支店</th><th>口座番号（普通）</th><th>還付額</th></tr>
{_hr}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 経理部 給与厚生グループ 秋吉 美穂<br>TEL:03-5543-7124</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 employees' bank accounts and refunds to the outsourcer",
))

_p = _people(76, 8, 20000)
_inner = "\n".join(f"{x['emp']}\t{x['name']}\t{_wareki(x['dob'], 'short')}\t{x['addr']}\t{_yen(x['pay'] * 3)}" for x in _p)
MESSAGES.append(dict(
    id="acc-105",
    sender=MURASE,
    to=["小松 様 <komatsu@morita-tax.jp>"],
    subject="FW: 役員・部長級 賞与支給予定一覧",
    charset="utf-8",
    body=f"""小松様

お世話になっております。村瀬です。
事前確定届出給与の届出の要否について、人事部から届いた一覧を転送いたします。
役員分は含まれておりませんが、念のため添付のメールをご確認いただけますでしょうか。
{SIG_MURASE}
""",
    attachments=[dict(kind="eml", name="賞与支給予定一覧.eml", message=dict(
        sender="人事部 労務課 <romu@hinode-sangyo.co.jp>",
        to=["村瀬 紀子 <murase.noriko@hinode-sangyo.co.jp>"],
        subject="部長級 冬季賞与支給予定一覧",
        charset="iso-2022-jp",
        body=f"""村瀬さん

お疲れさまです。労務課です。
部長級の冬季賞与支給予定一覧をお送りします（社内限り）。

社員番号\t氏名\t生年月日\t住所\t支給予定額
{_inner}

労務課
""",
    ))],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="internal mail with 8 managers' DOB, addresses and bonuses forwarded as an attached .eml to the tax accountant",
))
