"""Blind evaluation corpus — area: bihin (office supplies and equipment).

備品の購入, 複合機のリースと保守, 社用スマホの契約, 修理依頼, 廃棄・データ消去 at
日の出産業株式会社 (総務部・情報システム部・経理部).

Everything here is invented: people, numbers, addresses, companies and domains other
than those BRIEF.md names are fictional.  Written blind, from BRIEF.md, build.py and
SPEC.md only (no mailguard code, rules or tests were read).  This wave leans to ordinary
mail that comes close to the line without crossing it.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 39401
rng = random.Random(SEED)

# -- small helpers ------------------------------------------------------------------------

_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(text: str) -> str:
    """ASCII digits and hyphens → full-width, as some people type them."""
    return text.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def imei() -> str:
    digits = [3, 5] + [rng.randrange(10) for _ in range(12)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def serial12() -> str:
    return "".join(str(rng.randrange(10)) for _ in range(12))


SEI = [
    ("大塚", "オオツカ", "otsuka"), ("箕輪", "ミノワ", "minowa"), ("宇佐美", "ウサミ", "usami"),
    ("瀬戸口", "セトグチ", "setoguchi"), ("甲斐", "カイ", "kai"), ("南雲", "ナグモ", "nagumo"),
    ("仁科", "ニシナ", "nishina"), ("鬼塚", "オニヅカ", "onizuka"), ("真田", "サナダ", "sanada"),
    ("東海林", "ショウジ", "shoji"), ("百瀬", "モモセ", "momose"), ("籾山", "モミヤマ", "momiyama"),
    ("四十物", "アイモノ", "aimono"), ("井ノ口", "イノクチ", "inokuchi"), ("柘植", "ツゲ", "tsuge"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("湯浅", "ユアサ", "yuasa"), ("千葉", "チバ", "chiba"),
    ("小山内", "オサナイ", "osanai"), ("嘉数", "カカズ", "kakazu"), ("佐久間", "サクマ", "sakuma"),
    ("野々村", "ノノムラ", "nonomura"), ("日置", "ヘキ", "heki"), ("古志", "コシ", "koshi"),
    ("門馬", "モンマ", "monma"), ("粟津", "アワヅ", "awazu"), ("砂川", "スナガワ", "sunagawa"),
    ("留守", "ルス", "rusu"), ("比嘉", "ヒガ", "higa"), ("芦田", "アシダ", "ashida"),
    ("木暮", "コグレ", "kogure"), ("三浦", "ミウラ", "miura"), ("吉松", "ヨシマツ", "yoshimatsu"),
    ("垣内", "カキウチ", "kakiuchi"), ("蓮見", "ハスミ", "hasumi"), ("冨樫", "トガシ", "togashi"),
]
MEI = [
    ("奈々", "ナナ", "nana"), ("悠真", "ユウマ", "yuma"), ("千尋", "チヒロ", "chihiro"),
    ("和也", "カズヤ", "kazuya"), ("美穂", "ミホ", "miho"), ("拓海", "タクミ", "takumi"),
    ("彩花", "アヤカ", "ayaka"), ("慎之介", "シンノスケ", "shinnosuke"), ("結衣", "ユイ", "yui"),
    ("大輔", "ダイスケ", "daisuke"), ("玲奈", "レナ", "rena"), ("陽介", "ヨウスケ", "yosuke"),
    ("早苗", "サナエ", "sanae"), ("剛", "ツヨシ", "tsuyoshi"), ("真琴", "マコト", "makoto"),
    ("亜紀", "アキ", "aki"), ("健太郎", "ケンタロウ", "kentaro"), ("芽衣", "メイ", "mei"),
    ("修平", "シュウヘイ", "shuhei"), ("理沙", "リサ", "risa"), ("航", "ワタル", "wataru"),
    ("恵子", "ケイコ", "keiko"), ("直樹", "ナオキ", "naoki"), ("沙織", "サオリ", "saori"),
]

_used: set[tuple[str, str]] = set()


def person() -> dict[str, str]:
    while True:
        s, m = rng.choice(SEI), rng.choice(MEI)
        if (s[0], m[0]) not in _used:
            _used.add((s[0], m[0]))
            break
    return {
        "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
        "romaji": f"{m[2].capitalize()} {s[2].capitalize()}",
        "mail": f"{m[2][0]}.{s[2]}@hinode-sangyo.co.jp",
        "emp": f"H{rng.randint(10000, 29999)}",
        "tel": mobile(),
        "ext": str(rng.randint(2100, 2899)),
    }


def people(n: int) -> list[dict[str, str]]:
    return [person() for _ in range(n)]


def dob(style: str = "iso") -> str:
    y, mth, d = rng.randint(1964, 2002), rng.randint(1, 12), rng.randint(1, 28)
    if style == "wareki":
        if y >= 1989:
            return f"平成{y - 1988}年{mth}月{d}日"
        return f"昭和{y - 1925}年{mth}月{d}日"
    if style == "short":
        return f"H{y - 1988}.{mth}.{d}" if y >= 1989 else f"S{y - 1925}.{mth}.{d}"
    if style == "slash":
        return f"{y}/{mth:02d}/{d:02d}"
    return f"{y}-{mth:02d}-{d:02d}"


# -- senders and signatures ---------------------------------------------------------------

ONODERA = "小野寺 美咲 <m.onodera@hinode-sangyo.co.jp>"
MAKABE = "真壁 亮 <r.makabe@hinode-sangyo.co.jp>"
HIROSE = "広瀬 浩二 <k.hirose@hinode-sangyo.co.jp>"
KUWABARA = "桑原 健 <t.kuwabara@hinode-sangyo.co.jp>"
AKIZUKI = "秋月 里奈 <r.akizuki@hinode-sangyo.co.jp>"
HORIUCHI = "堀内 誠 <m.horiuchi@hinode-sangyo.co.jp>"
NITTA = "新田 由香 <y.nitta@hinode-sangyo.co.jp>"

SIG_ONODERA = """
--
日の出産業株式会社 総務部 総務課
小野寺 美咲（Onodera Misaki）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル5F
TEL 03-5204-7710（代表） 内線 2315
m.onodera@hinode-sangyo.co.jp
"""

SIG_MAKABE = """
────────────────────────
 日の出産業株式会社
 情報システム部 インフラ・端末管理グループ
 真壁 亮  Ryo Makabe
 TEL: 03-5204-7731 / FAX: 03-5204-7739
 Mail: r.makabe@hinode-sangyo.co.jp
────────────────────────
"""

SIG_HIROSE = """
*************************************
日の出産業株式会社
総務部 課長 広瀬 浩二
〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5204-7712  携帯 080-4471-2260
*************************************
"""

SIG_KUWABARA = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
 日の出産業（株） 情報システム部
 モバイル管理担当　桑原 健
 TEL 03-5204-7733 / 070-3318-5024（社用）
 t.kuwabara@hinode-sangyo.co.jp
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
"""

SIG_AKIZUKI = """
---
経理部 秋月 里奈
日の出産業株式会社
TEL 03-5204-7740
"""

SIG_HORIUCHI = """
======================================
日の出産業株式会社 総務部 施設管理チーム
堀内 誠 (Makoto Horiuchi)
本社: 〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5204-7718  FAX 03-5204-7719
======================================
"""

SIG_NITTA = """
--------------------------------
日の出産業株式会社 大阪支店 総務課
新田 由香
〒530-0001 大阪府大阪市北区梅田2-5-8 梅田センタービル12F
TEL 06-6345-2201（支店代表）
--------------------------------
"""

SIG_EN_MAKABE = """
--
Ryo Makabe
IT Infrastructure & Endpoint Management
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5204-7731
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you are not the intended recipient,
please notify the sender immediately and delete this e-mail."""

# company numbers (法人番号) of our organisation and a vendor
HINODE_HOJIN = corp_number("010401093528")
TOKAI_HOJIN = corp_number("070001022614")
SAKURA_PRINT_T = "T" + corp_number("011001044785")

# -- data pools, drawn in a fixed order ---------------------------------------------------

P18 = people(7)            # new hires kitting
P19 = people(2)            # mid-career kitting
P20 = people(6)            # business cards (either)
P21 = people(1)[0]         # business card reprint
P26 = people(40)           # copier scan-to-mail address book
P40 = people(12)           # line assignment
P42 = [(f"H{rng.randint(10000, 29999)}", dob("short"), mobile()) for _ in range(6)]
P46 = people(1)[0]         # theft victim
P51 = people(7)            # MNP forward
P52 = people(5)            # quoted list
P54 = people(9)            # MDM users
P56 = people(6)            # quoted list (English)
P57 = people(4)
P58 = people(5)
P59 = people(5)
P64 = people(10)           # internal list
P65 = people(8)
P72 = people(1)[0]
P78 = people(6)
P81 = people(15)
P83 = people(7)
P88 = people(8)
P89 = people(1)[0]
P91 = people(2)
P93 = people(3)
P97 = people(6)

IMEIS = [imei() for _ in range(10)]
SERIALS = [serial12() for _ in range(20)]

HOME_ADDR = [
    "〒252-0303 神奈川県相模原市南区相模大野6-14-2 レジデンス大野305",
    "〒330-0846 埼玉県さいたま市大宮区大門町2-91-4",
    "〒273-0005 千葉県船橋市本町5丁目7番12号",
    "〒183-0022 東京都府中市宮西町3-1-18 コーポ宮西201",
    "〒224-0003 神奈川県横浜市都筑区中川中央1-22-7",
    "〒302-0024 茨城県取手市新町4-10-33",
    "〒186-0004 東京都国立市中1丁目9-40",
    "〒343-0845 埼玉県越谷市南越谷2-6-15 サンハイツ702",
]

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =========================================================================================
# 備品の購入
# =========================================================================================

add(
    id="bihin-001", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["受注センター <order@marusan-jimuki.co.jp>"],
    subject="【注文】コピー用紙・トナー（注文番号 HS-2025-0412）",
    body="""丸三事務機株式会社
受注センター ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
下記のとおり注文いたします。

注文番号：HS-2025-0412
納品先　：本社 5F 総務課（日本橋）
希望納期：今週金曜日 午前中

 No. 品番            品名                         数量   単価
 ---------------------------------------------------------------
 1   PPC-A4-5000     コピー用紙 A4 (500枚×10冊)    20箱   2,380
 2   PPC-A3-1500     コピー用紙 A3 (500枚×3冊)      4箱   2,950
 3   TN-K7310        トナー ブラック                 6本  14,800
 4   TN-C7310        トナー シアン                   2本  18,600
 5   JAN 4901480332174  クリアファイル A4 100枚     5袋     790

合計金額は御見積書（No. MJ-88213）のとおりで問題ございません。
納品書は総務課宛でお願いいたします。

よろしくお願いいたします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="ordinary purchase order: order, product and JAN codes only",
)

add(
    id="bihin-002", expect="pass", charset="utf-8",
    sender=ONODERA, to=["法人営業部 <sales@officenet-direct.jp>"],
    subject="新年度 備品一括見積のお願い（各拠点納品）",
    body="""オフィスネットダイレクト株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業 総務課の小野寺でございます。

新年度に向けて各拠点の備品をまとめて手配したく、添付のExcelにて
お見積りをお願いできますでしょうか。
「依頼品目」シートに品目と数量、「納品先」シートに各拠点の住所と
代表電話を記載しております。

3月14日（金）までにいただけますと幸いです。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "xlsx", "name": "備品見積依頼_2025.xlsx",
        "sheets": {
            "依頼品目": [
                ["日の出産業株式会社 備品見積依頼（2025年度上期）"],
                [],
                ["No", "品目", "仕様", "数量", "備考"],
                [1, "ホワイトボード", "W1800×H900 脚付き", 6, ""],
                [2, "シュレッダー", "A4 クロスカット 20枚", 4, "静音タイプ希望"],
                [3, "デスクライト", "LED 調光", 30, ""],
                [4, "電源タップ", "6口 3m 雷ガード", 50, ""],
                [5, "ファイルキャビネット", "A4 4段 鍵付き", 8, ""],
            ],
            "納品先": [
                ["拠点", "住所", "代表電話"],
                ["本社", "東京都中央区日本橋3-8-14 日の出ビル5F", "03-5204-7710"],
                ["大阪支店", "大阪府大阪市北区梅田2-5-8 梅田センタービル12F", "06-6345-2201"],
                ["名古屋営業所", "愛知県名古屋市中村区名駅4-2-11", "052-551-8830"],
                ["福岡営業所", "福岡県福岡市博多区博多駅前3-19-5", "092-472-6615"],
                ["仙台営業所", "宮城県仙台市青葉区中央1-6-35", "022-266-4120"],
                ["札幌出張所", "北海道札幌市中央区北四条西5-1", "011-231-9087"],
            ],
        },
    }],
    entities=[], detectors=[],
    note="RFQ with a list of the company's own sites (business addresses/switchboards), not people",
)

add(
    id="bihin-003", expect="pass", charset="shift_jis",
    sender=ONODERA, to=["丸三事務機 営業 田島様 <tajima@marusan-jimuki.co.jp>"],
    subject="ゴム印・シール類の追加注文",
    body="""丸三事務機 田島様

いつもお世話になっております。日の出産業の小野寺です。
先日カタログでご案内いただいたゴム印とシールを注文させてください。

・浸透印「社外秘」（赤・横書き 12×48mm） ×5個
・浸透印「CONFIDENTIAL」（赤） ×2個
・角印「取扱注意」 ×3個
・荷札シール「取扱注意」「天地無用」 各500枚
・「われもの注意」シール ×300枚

「社外秘」の印は各部に1個ずつ配る予定です。書体はカタログ No.12 の
角ゴシックでお願いします。
請求は通常どおり月末締めで結構です。

小野寺
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="ordering 社外秘/取扱注意 stamps and stickers: a mention of the words, not a marking",
)

add(
    id="bihin-004", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["大倉家具 法人営業 <houjin@okura-kagu.co.jp>"],
    subject="鍵付き保管庫の仕様確認",
    body="""大倉家具株式会社 法人営業ご担当者様

お世話になっております。日の出産業 施設管理の堀内です。

人事部でマイナンバー関係書類（扶養控除申告書の控え等）を保管するための
鍵付きキャビネットを探しております。以下の条件で該当する製品はありますか。

  - A4ファイルが横向きで入る 4段程度
  - ダイヤル錠またはテンキー錠（鍵の紛失対策）
  - 耐火試験合格品が望ましい
  - 設置場所：本社6F 人事部 書庫（床耐荷重 300kg/m2）

カタログとお見積りを頂けますと助かります。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="mentions マイナンバー as a topic only; no number, no person",
)

CARD5 = card_number(SEED)
add(
    id="bihin-005", expect="stop", charset="utf-8",
    sender=HIROSE, to=["オフィスネットダイレクト カスタマーサポート <support@officenet-direct.jp>"],
    subject="Re: 法人会員登録の決済エラーについて",
    body=f"""オフィスネットダイレクト
カスタマーサポート ご担当者様

お世話になっております。日の出産業の広瀬です。
Web画面でカード登録がエラーになる件、お電話でご案内いただいたとおり
こちらに記載しますので、そちらで登録をお願いいたします。

カード会社：JCB 法人カード
カード番号：{CARD5[:4]} {CARD5[4:8]} {CARD5[8:12]} {CARD5[12:]}
有効期限　：09/28
名義人　　：KOJI HIROSE（日の出産業株式会社）

登録が完了しましたらご連絡ください。
""" + SIG_HIROSE,
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="full credit card number with holder name sent to a vendor",
)

add(
    id="bihin-006", expect="pass", charset="iso-2022-jp",
    sender=AKIZUKI, to=["officenet-direct 請求担当 <billing@officenet-direct.jp>"],
    subject="お支払い方法の変更について（請求書払い→カード払い）",
    body="""オフィスネットダイレクト 請求ご担当者様

お世話になっております。日の出産業 経理部の秋月です。

4月分以降のお支払いを、法人カード（末尾4桁：0815）での決済に
切り替えたいと考えております。
カード番号そのものはメールではお送りできませんので、
お手数ですが登録用のフォームURLをご案内いただくか、
お電話（03-5204-7740 経理部直通）でお伝えする形にさせてください。

請求書払いは3月分（請求番号 ON-250331-0442）までとなります。
""" + SIG_AKIZUKI,
    entities=[], detectors=[],
    note="card mentioned by its last four digits only; no number sent",
)

add(
    id="bihin-007", expect="pass", charset="utf-8",
    sender=AKIZUKI, to=["丸三事務機 経理部 <keiri@marusan-jimuki.co.jp>"],
    subject="取引先登録情報のご連絡（日の出産業）",
    body=f"""丸三事務機株式会社 経理部 御中

いつもお世話になっております。日の出産業株式会社 経理部の秋月でございます。
先日ご依頼のありました取引先登録票の記載事項を、以下のとおりご連絡いたします。

　商号　　　　：日の出産業株式会社
　法人番号　　：{HINODE_HOJIN}
　本店所在地　：東京都中央区日本橋3-8-14
　代表電話　　：03-5204-7710
　請求書送付先：経理部 支払担当（上記住所 5F）
　支払条件　　：月末締め 翌月末 銀行振込

請求書の宛名は「日の出産業株式会社 総務部」としていただけますと幸いです。
ご不明点がございましたらご連絡ください。
""" + SIG_AKIZUKI,
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="our own company registration data with 法人番号: business data, no person",
)

add(
    id="bihin-008", expect="pass", charset="utf-8",
    sender=HORIUCHI, to=["大倉家具 佐伯様 <t.saeki@okura-kagu.co.jp>"],
    subject="【発注】事務用チェア フロア別内訳",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>大倉家具株式会社<br>佐伯様</p>
<p>お世話になっております。日の出産業の堀内です。<br>
先日お見積りいただいた事務用チェアを、下記のとおり正式に発注いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ddeeff"><th>フロア</th><th>品番</th><th>色</th><th>数量</th><th>搬入希望日</th></tr>
<tr><td>本社 4F 営業部</td><td>OK-CH220-BK</td><td>ブラック</td><td>28</td><td>4/5(土)</td></tr>
<tr><td>本社 5F 総務・経理</td><td>OK-CH220-GY</td><td>グレー</td><td>19</td><td>4/5(土)</td></tr>
<tr><td>本社 6F 人事・情シス</td><td>OK-CH220-GY</td><td>グレー</td><td>17</td><td>4/12(土)</td></tr>
<tr><td>本社 7F 会議室</td><td>OK-MT080-WH</td><td>ホワイト</td><td>36</td><td>4/12(土)</td></tr>
</table>
<p>搬入時は地下駐車場の荷捌きスペースをご利用ください（ビル管理への申請は当方で行います）。<br>
旧チェアの引取りもあわせてお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 施設管理チーム<br>堀内 誠<br>TEL 03-5204-7718</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only order table by floor: products and quantities, no people",
)

add(
    id="bihin-009", expect="stop", charset="iso-2022-jp",
    sender=HORIUCHI, to=["大倉家具 佐伯様 <t.saeki@okura-kagu.co.jp>"],
    subject="個別対応チェアのご相談",
    body="""大倉家具 佐伯様

お世話になっております。日の出産業の堀内です。
チェアの件でもう1点ご相談させてください。

営業部の三宅 弘樹（ミヤケ ヒロキ）が昨年末に腰椎椎間板ヘルニアと診断され、
現在も通院しながら勤務しております。産業医から「座面の高さ・奥行きが調整でき、
ランバーサポートの強いもの」を用意するよう意見が出ました。
参考までに産業医の意見書の写しを添付いたしますので、条件に合う機種を
1脚ご提案いただけますでしょうか。

本人は身長182cmと大柄なため、座面高の上限にもご配慮いただけると助かります。
""" + SIG_HORIUCHI,
    attachments=[{
        "kind": "docx", "name": "産業医意見書_写.docx",
        "paragraphs": [
            "就業上の措置に関する意見書",
            "対象者：営業部 三宅 弘樹（社員番号 H18842）",
            "診断名：腰椎椎間板ヘルニア（L4/5）",
            "意見：長時間の座位作業時は適宜休憩を取らせること。座面高・座面奥行き調整機能と"
            "ランバーサポートを有する椅子を貸与することが望ましい。",
            "産業医 日野原クリニック 医師 沖田 聡",
        ],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's diagnosis (要配慮個人情報) sent to a furniture vendor",
)

add(
    id="bihin-010", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["大倉家具 佐伯様 <t.saeki@okura-kagu.co.jp>"],
    subject="Re: チェア見積の件",
    body="""佐伯様

お見積りありがとうございました。
社内で検討した結果、腰痛対策を重視してランバーサポート付きの
OK-CH220 で進めることになりました。
ヘッドレスト付きの上位モデル（OK-CH260）は役員会議室の10脚のみとします。

正式な発注は別途HTMLメールでフロア別の内訳をお送りします。

堀内
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="腰痛対策 as a general product feature, no individual",
)

add(
    id="bihin-011", expect="pass", charset="utf-8",
    sender=HIROSE, to=["大倉家具 法人営業 <houjin@okura-kagu.co.jp>"],
    subject="昇降デスク導入のご相談",
    body="""大倉家具株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 総務部の広瀬です。

健康経営の取り組みの一環として、電動昇降デスクの導入を検討しております。
昨年度の定期健康診断の問診では、肩こり・腰痛を訴えた社員が全体の約4割に上り、
衛生委員会でも座りっぱなしの解消が議題になりました。

まずは本社4Fの営業部（40席）で試験導入し、効果を見て全社展開したいと
考えています。以下についてご提案をお願いできますか。

1. 天板 W1400×D700 クラスの電動昇降デスク（メモリー機能付き）
2. 既存のローパーティションとの取り合い
3. リース・レンタルの場合の月額

よろしくお願いいたします。
""" + SIG_HIROSE,
    entities=[], detectors=[],
    note="aggregated health-check statistics with no individual: not 要配慮個人情報",
)

add(
    id="bihin-012", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["株式会社みらい福祉機器 営業部 <eigyo@mirai-welfare.co.jp>"],
    subject="受付カウンターのバリアフリー対応について",
    body="""株式会社みらい福祉機器
営業部 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 施設管理の堀内と申します。

本社1Fの来客受付をリニューアルするにあたり、車椅子をご利用のお客様や
聴覚に障害のある方にも使いやすい受付にしたいと考えております。
・車椅子対応のローカウンター（高さ700mm程度）
・筆談ボード、卓上の磁気ループ（ヒアリングループ）
・受付呼出し用の光るチャイム
などを検討しております。取扱製品のご案内と概算をいただけますでしょうか。

一度ショールームに伺うことも可能です。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="accessibility equipment for visitors in general; no identifiable person",
)

add(
    id="bihin-013", expect="stop", charset="iso-2022-jp",
    sender=ONODERA,
    to=["丸三事務機 田島様 <tajima@marusan-jimuki.co.jp>",
        "オフィスネットダイレクト 法人営業部 <sales@officenet-direct.jp>",
        "関東オフィスサプライ 営業部 <eigyo@kanto-officesupply.co.jp>",
        "藤吉商店 藤吉様 <fujiyoshi@fujiyoshi-shoten.co.jp>"],
    subject="【相見積】トナーカートリッジ年間単価のお見積り依頼",
    body="""各位

いつもお世話になっております。日の出産業 総務課の小野寺です。

2025年度のトナーカートリッジ年間契約につき、下記条件でお見積りをお願いいたします。
今回は複数社様に同条件でお願いしております。

　対象機種：甲賀 BizColor C7310 ×8台、C5020 ×4台
　想定数量：ブラック 120本/年、カラー各色 35本/年
　納品　　：本社一括納品（拠点への転送は当社にて実施）
　提出期限：3月21日（金）17時

見積書はPDFでこのメールへの返信にてお送りください。
""" + SIG_ONODERA,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="competing quotation request to four vendors all in To: should have been Bcc",
)

add(
    id="bihin-014", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["小野寺 美咲 <m.onodera@hinode-sangyo.co.jp>"],
    bcc=["tajima@marusan-jimuki.co.jp", "sales@officenet-direct.jp",
         "eigyo@kanto-officesupply.co.jp", "fujiyoshi@fujiyoshi-shoten.co.jp",
         "hanbai@tokyo-stationery.co.jp"],
    subject="【ご案内】名刺用紙・封筒の見積条件の変更",
    body="""お取引先各位
（本メールはBCCにてお送りしております）

いつもお世話になっております。日の出産業 総務課の小野寺です。

先日お願いした封筒・名刺用紙のお見積りにつき、条件を一部変更いたします。
　・長3封筒：社名ロゴ1色刷り → 2色刷り
　・角2封筒：数量 3,000枚 → 5,000枚
　・提出期限：3月28日（金）に延長

お手数をおかけしますが、再度お見積りをお願いいたします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="vendors correctly in Bcc, To is the sender herself",
)

add(
    id="bihin-015", expect="stop", charset="utf-8",
    sender=HORIUCHI,
    to=["大倉家具 佐伯様 <t.saeki@okura-kagu.co.jp>"],
    cc=["信和電工 現場担当 <genba@shinwa-denko.co.jp>",
        "黒崎 綾 <aya.kurosaki.design@gmail.com>",
        "小野寺 美咲 <m.onodera@hinode-sangyo.co.jp>"],
    subject="5Fレイアウト変更 第2回打合せ日程",
    body="""関係各位

お世話になっております。日の出産業の堀内です。
5F総務・経理エリアのレイアウト変更について、第2回の打合せを下記で行います。

　日時：4月2日（水）14:00〜15:30
　場所：本社5F 第3会議室
　議題：
　　1) 黒崎様作成のゾーニング案（改訂版）の確認
　　2) 床下配線・コンセント位置（信和電工様）
　　3) 什器の搬入順序と旧什器の引取り（大倉家具様）

図面はこちらで印刷して当日配布します。
ご都合の悪い方はご連絡ください。
""" + SIG_HORIUCHI,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two vendors and a freelance designer on gmail see each other in To/Cc: three external parties",
)

add(
    id="bihin-016", expect="pass", charset="iso-2022-jp",
    sender=ONODERA,
    to=["東海リース 営業部 川端様 <kawabata@tokai-lease.co.jp>"],
    cc=["甲賀ビジネスソリューションズ 水野様 <mizuno@kohga-business.co.jp>",
        "広瀬 浩二 <k.hirose@hinode-sangyo.co.jp>"],
    subject="複合機入替 三者打合せの件",
    body="""東海リース 川端様
甲賀ビジネスソリューションズ 水野様

お世話になっております。日の出産業の小野寺です。

複合機入替（本社8台）の件、リース契約と保守契約の切替時期をすり合わせたく、
三者で打合せをお願いできればと存じます。

候補日：
　① 3月24日（月）10:00〜
　② 3月25日（火）15:00〜
　③ 3月27日（木）13:00〜

場所は弊社会議室、またはTeamsでも構いません。
ご都合をお知らせください。
""" + SIG_ONODERA,
    entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting: two external organisations only",
)

add(
    id="bihin-017", expect="pass", charset="utf-8",
    sender=ONODERA,
    to=["水野 <mizuno@kohga-business.co.jp>", "サービス窓口 <service@kohga-business.co.jp>"],
    cc=["技術 石黒様 <ishiguro@kohga-business.co.jp>", "営業事務 <eigyo-jimu@kohga-business.co.jp>"],
    subject="設置作業当日の段取りについて",
    body="""甲賀ビジネスソリューションズ
水野様、石黒様、サービス窓口ご担当者様

お世話になっております。日の出産業の小野寺です。
4月5日（土）の複合機設置作業について、段取りを共有いたします。

・8:30 地下荷捌き場にて入館受付（入館証は警備室でお渡しします）
・9:00〜 旧機撤去（4F→7F の順）
・11:00〜 新機設置・ネットワーク設定
・15:00 動作確認（弊社 真壁が立ち会います）

作業中はエレベーター1基を養生のうえ専用とします。
設定値のシートは前日までに真壁からお送りします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="four addresses but all of one external organisation: one party",
)

t18 = [["2025年度 新入社員 PC・アカウント設定依頼（第2陣）"], [],
       ["No", "氏名", "フリガナ", "社員番号", "配属", "メールアドレス", "内線", "入社日"]]
for i, p in enumerate(P18, 1):
    t18.append([i, p["name"], p["kana"], p["emp"],
                rng.choice(["営業部", "経理部", "物流部", "人事部"]), p["mail"], p["ext"], "2025/04/01"])
add(
    id="bihin-018", expect="stop", charset="utf-8",
    sender=MAKABE, to=["ツバサシステム キッティング窓口 <kitting@tsubasa-system.jp>"],
    subject="新入社員用PCキッティング依頼（第2陣 7台）",
    body="""ツバサシステム株式会社
キッティングご担当者様

お世話になっております。日の出産業 情報システム部の真壁です。

新入社員用PCのキッティングを追加でお願いいたします。
対象者とアカウント情報は添付のExcelのとおりです（7名分）。
イメージは前回と同じ HS-Win11-2025Q1 で、メールプロファイルの
初期設定までお願いできれば助かります。

納品希望：3月27日（木）
""" + SIG_MAKABE,
    attachments=[{"kind": "xlsx", "name": "キッティング依頼_第2陣.xlsx",
                  "sheets": {"対象者一覧": t18,
                             "端末仕様": [["項目", "内容"], ["機種", "ThinkBook 14 Gen6"],
                                          ["OS", "Windows 11 Pro 23H2"],
                                          ["イメージ", "HS-Win11-2025Q1"]]}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="seven new hires' records (name, employee no., e-mail) to an external vendor",
)

add(
    id="bihin-019", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=["ツバサシステム キッティング窓口 <kitting@tsubasa-system.jp>"],
    subject="中途入社者 PC 2台 追加キッティングのお願い",
    body=f"""ツバサシステム キッティングご担当者様

お世話になっております。日の出産業の真壁です。
中途入社の2名分、PCのキッティングを追加でお願いします。

  {P19[0]['name']}　{P19[0]['mail']}　4/14入社
  {P19[1]['name']}　{P19[1]['mail']}　4/21入社

設定内容は第2陣と同じで結構です。4/10までに本社情シス宛に
納品いただけますでしょうか。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="two people's name and work e-mail: under five, may be warned",
)

rows20 = "\n".join(
    f"{i}. {p['name']}（{p['romaji']}）／{rng.choice(['営業部 第一課', '営業部 第二課', '物流部', '経理部'])}"
    f"／携帯 {p['tel']}／{p['mail']}"
    for i, p in enumerate(P20, 1))
add(
    id="bihin-020", expect="either", charset="iso-2022-jp",
    sender=ONODERA, to=["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
    subject="名刺作成のお願い（新入社員6名分）",
    body=f"""錦印刷株式会社 名刺ご担当者様

いつもお世話になっております。日の出産業 総務課の小野寺です。
4月入社の6名分の名刺作成をお願いいたします。
レイアウトは既存の「日の出産業 標準A（ロゴ左）」、各100枚です。

{rows20}

表面の肩書きはいずれも無しでお願いします。
校正データは私宛にお送りください。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six staff's business-card data to the partner printer: a list of people, but meant to be printed and handed out",
)

add(
    id="bihin-021", expect="pass", charset="shift_jis",
    sender=ONODERA, to=["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
    subject="名刺 再作成（携帯番号変更）",
    body=f"""錦印刷 ご担当者様

お世話になっております。日の出産業の小野寺です。
営業部の名刺を1名分、携帯番号の変更に伴い再作成をお願いします。

　氏名：{P21['name']}（{P21['romaji']}）
　所属：営業部 第一課 主任
　携帯：{fw(P21['tel'])}（新）
　メール：{P21['mail']}

その他の記載は前回（受注No. NK-24-1187）と同じです。100枚でお願いします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one employee's business-card details: a single person's contact, may be warned",
)

CARD22 = card_number(SEED + 1)
add(
    id="bihin-022", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["経理部 秋月 <r.akizuki@hinode-sangyo.co.jp>"],
    cc=["広瀬 浩二 <k.hirose@hinode-sangyo.co.jp>"],
    subject="法人カード利用報告（3月分 備品購入）",
    body=f"""秋月さん

お疲れさまです。総務の小野寺です。
3月に総務課の法人カードで決済した備品購入の報告です。

カード番号：{CARD22}（総務課 共用カード）
 3/04 オフィスネットダイレクト  プロジェクター用ランプ     18,480円
 3/11 オフィスネットダイレクト  会議室用Webカメラ ×2       29,700円
 3/19 丸三事務機                ラミネーター               12,100円

領収書の原本は本日社内便で経理部宛に送りました。
よろしくお願いします。
""" + SIG_ONODERA,
    entities=["CREDIT_CARD"], detectors=[],
    note="card number, but every recipient is internal",
)

# =========================================================================================
# 複合機のリースと保守
# =========================================================================================

add(
    id="bihin-023", expect="pass", charset="utf-8",
    sender=ONODERA, to=["東海リース 川端様 <kawabata@tokai-lease.co.jp>"],
    subject="複合機リース 注文書送付（見積No. TL-2025-0388）",
    body="""東海リース株式会社 川端様

お世話になっております。日の出産業の小野寺です。
ご提示いただいた見積（No. TL-2025-0388）にて社内決裁が下りましたので、
注文書をPDFでお送りいたします。原本は本日郵送いたします。

リース開始日は4月5日の設置完了日でお願いします。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "注文書_TL-2025-0388.pdf", "title": "注文書",
                  "lines": ["注 文 書", "",
                            "東海リース株式会社 御中",
                            f"発注者：日の出産業株式会社（法人番号 {HINODE_HOJIN}）",
                            "東京都中央区日本橋3-8-14  TEL 03-5204-7710",
                            f"貴社 法人番号：{TOKAI_HOJIN}",
                            "件名：デジタル複合機 リース（60ヶ月）"],
                  "table": [["品名", "型番", "台数", "月額リース料"],
                            ["デジタル複合機", "BizColor C7310", "8", "¥23,400"],
                            ["デジタル複合機", "BizColor C5020", "4", "¥15,900"],
                            ["フィニッシャー", "FS-730", "2", "¥2,800"],
                            ["", "", "合計", "¥256,400"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="lease order form with the two companies' 法人番号: business data, no people",
)

MN24, MN24b = my_number(SEED), my_number(SEED + 1)
add(
    id="bihin-024", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=["甲賀ビジネスソリューションズ サービス窓口 <service@kohga-business.co.jp>"],
    subject="Re: 5F複合機 スキャン時の縦スジについて",
    body="""甲賀ビジネスソリューションズ
サービス窓口 ご担当者様

お世話になっております。日の出産業の小野寺です。
ご依頼のありました「実際に縦スジが出たスキャンデータ」を添付します。
今朝、人事部がスキャンした原稿で、左から3cmくらいの位置に
グレーの線が入っているのがわかると思います。

原稿台ガラスは清掃済みで、ADF使用時のみ発生します。
訪問修理の日程をご調整ください。
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "scan_20250318_0912.pdf",
                  "lines": ["令和7年分 給与所得者の扶養控除等（異動）申告書",
                            "給与の支払者の名称　日の出産業株式会社",
                            "あなたの氏名　瀬戸口 和也（セトグチ カズヤ）",
                            f"あなたの個人番号　{MN24[:4]} {MN24[4:8]} {MN24[8:]}",
                            "あなたの生年月日　昭和61年7月19日",
                            "あなたの住所　〒335-0004 埼玉県蕨市中央4丁目11番3号",
                            "源泉控除対象配偶者　瀬戸口 真由美",
                            f"配偶者の個人番号　{MN24b[:4]} {MN24b[4:8]} {MN24b[8:]}",
                            "配偶者の生年月日　昭和63年2月3日"]}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="scan-quality sample is an employee's 扶養控除申告書 with My Numbers",
)

add(
    id="bihin-025", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["甲賀ビジネスソリューションズ サービス窓口 <service@kohga-business.co.jp>"],
    subject="Re: 5F複合機 スキャン時の縦スジについて（テストチャート）",
    body="""サービス窓口 ご担当者様

小野寺です。先ほどのメールの補足です。
社内の書類をお送りするのは控えたいので、添付のテストチャート（白紙に罫線のみ）を
ADFで読み込み直したものを改めてお送りします。こちらでも同じ位置にスジが出ています。

カウンター値：総 128,441 / カラー 40,215
機番：C7310-5F-01（製造番号 A9KX017734）
""" + SIG_ONODERA,
    attachments=[{"kind": "pdf", "name": "testchart_ADF.pdf",
                  "lines": ["テストチャート（罫線 10mm）", "ADF 片面 300dpi グレースケール",
                            "――――――――――――――――――――――――――――――――――――――"] * 3}],
    entities=[], detectors=[],
    note="test chart and machine counters only",
)

csv26 = [["登録番号", "宛先名", "フリガナ", "種別", "メールアドレス", "グループ"]]
for i, p in enumerate(P26, 1):
    csv26.append([f"{i:03d}", p["name"], p["kana"], "E-mail", p["mail"],
                  rng.choice(["営業", "総務", "経理", "物流", "人事", "情シス"])])
add(
    id="bihin-026", expect="stop", charset="utf-8",
    sender=MAKABE, to=["甲賀ビジネスソリューションズ 石黒様 <ishiguro@kohga-business.co.jp>"],
    subject="新機への宛先表移行データ",
    body="""甲賀ビジネスソリューションズ 石黒様

お世話になっております。日の出産業の真壁です。
旧機（4F）からエクスポートしたスキャン送信用の宛先表をお送りします。
新機への取り込みをお願いいたします。文字コードは Shift_JIS です。

登録番号はそのまま引き継いでいただけると、利用者の混乱が少なくて済みます。
""" + SIG_MAKABE,
    attachments=[{"kind": "csv", "name": "addressbook_4F_export.csv", "encoding": "cp932",
                  "rows": csv26}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="copier address book of 40 employees' names and e-mail addresses to the vendor",
)

add(
    id="bihin-027", expect="pass", charset="utf-8",
    sender=MAKABE, to=["甲賀ビジネスソリューションズ 石黒様 <ishiguro@kohga-business.co.jp>"],
    subject="FAX短縮ダイヤルの移行データ",
    body="""石黒様

真壁です。続けてFAXの短縮ダイヤル（取引先のみ）もお送りします。
こちらも同じ短縮番号で登録をお願いします。
""" + SIG_MAKABE,
    attachments=[{"kind": "csv", "name": "fax_speeddial.csv", "encoding": "cp932",
                  "rows": [["短縮", "宛先名", "FAX番号"],
                           ["01", "青葉運輸株式会社 東京営業所", "03-3642-1180"],
                           ["02", "川崎電機株式会社 購買部", "044-211-7793"],
                           ["03", "北国フーズ株式会社 受注センター", "011-598-2204"],
                           ["04", "錦印刷株式会社", "03-3866-4051"],
                           ["05", "丸三事務機株式会社 受注センター", "03-3251-0098"],
                           ["06", "東海リース株式会社 業務部", "052-971-3360"],
                           ["07", "みどり銀行 日本橋支店", "03-3271-5512"],
                           ["08", "日の出産業 大阪支店", "06-6345-2209"],
                           ["09", "日の出産業 名古屋営業所", "052-551-8839"],
                           ["10", "白川法律事務所", "03-5510-2287"]]}],
    entities=[], detectors=[],
    note="FAX speed-dial list of companies and branches, not people",
)

ser = SERIALS
add(
    id="bihin-028", expect="pass", charset="iso-2022-jp",
    sender=NITTA, to=["甲賀ビジネスソリューションズ 検針センター <kenshin@kohga-business.co.jp>"],
    subject="3月分 カウンター検針値（大阪支店・名古屋営業所）",
    body=f"""検針センター ご担当者様

お世話になっております。日の出産業 大阪支店の新田です。
3月分のカウンター値をご連絡します。

設置場所        機種         製造番号        モノクロ   カラー
-----------------------------------------------------------------
大阪 12F 東     C7310        {ser[0]}    48,221     12,904
大阪 12F 西     C7310        {ser[1]}    51,870      9,333
大阪 13F        C5020        {ser[2]}    22,415      3,118
名古屋 2F       C5020        {ser[3]}    19,006      2,870

リモート検針に切り替わるまでは、引き続き毎月25日頃にお送りします。
""" + SIG_NITTA,
    entities=[], detectors=[],
    note="meter readings with 12-digit serial numbers: device data, no people",
)

add(
    id="bihin-029", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="プリントサーバ キュー追加のお願い",
    body="""ツバサシステム 保守窓口 ご担当者様

お世話になっております。日の出産業の真壁です。
4月5日の複合機入替に伴い、プリントサーバ（HS-PRT01）に以下のキューを
追加いただけますでしょうか。

  HS-4F-C7310-01  192.168.40.21
  HS-4F-C7310-02  192.168.40.22
  HS-7F-C5020-01  192.168.70.21

旧キューは4月12日まで残しておいてください。
""" + SIG_MAKABE,
    entities=[], detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped)",
)

add(
    id="bihin-030", expect="pass", charset="utf-8",
    sender=MAKABE, to=["甲賀ビジネスソリューションズ サービス窓口 <service@kohga-business.co.jp>"],
    subject="【障害報告】7F複合機 SMB送信エラー（エラーコード E-3041）",
    body="""サービス窓口 ご担当者様

日の出産業 情報システム部の真壁です。障害のご報告です。

■ 発生日時：3月19日 9:40頃〜（継続中）
■ 対象機　：7F BizColor C5020（機番 C5020-7F-01）
■ 事象　　：スキャンtoフォルダ（SMB）がすべて E-3041 で失敗
■ 切り分け：
　・同セグメントのPCから共有フォルダへは接続可
　・複合機の自己診断は「ネットワーク：異常なし」
　・昨夜、ファイルサーバ側で SMB1 を無効化済み（計画作業）
■ 影響　　：7F利用者約40名がスキャン不可（コピー・プリントは正常）

SMB2/3 への設定変更で解消する見込みかと思いますが、
ファームウェアの対応状況をご確認いただけますでしょうか。
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="IT fault report: 障害 and 自己診断 in their technical sense",
)

add(
    id="bihin-031", expect="stop", charset="utf-8",
    sender=MAKABE, to=["甲賀ビジネスソリューションズ 石黒様 <ishiguro@kohga-business.co.jp>"],
    subject="スキャン送信設定用 ネットワーク資料",
    body="""石黒様

真壁です。新機のスキャンtoフォルダ設定用に、社内のネットワーク構成図と
ファイルサーバの共有一覧をお送りします。
設定が終わりましたら破棄をお願いいたします。
""" + SIG_MAKABE,
    attachments=[{"kind": "pdf", "name": "本社NW構成図_2025.pdf",
                  "page_header": "社外秘　日の出産業株式会社 情報システム部",
                  "title": "本社ネットワーク構成図",
                  "lines": ["本社ネットワーク構成図（2025年3月版）",
                            "コアSW: HS-CORE01 (10.0.0.1)  VLAN10 サーバ / VLAN40 4F / VLAN70 7F",
                            "ファイルサーバ: HS-FS01 \\\\10.0.10.15\\scan$",
                            "FW: HS-FW01  外部公開なし"]}],
    entities=[], detectors=["confidential_marking"],
    note="attachment stamped 社外秘 in its page header, sent to an external vendor",
)

add(
    id="bihin-032", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["東海リース 業務部 <gyomu@tokai-lease.co.jp>"],
    subject="リース物件の設置場所変更届について",
    body="""東海リース株式会社 業務部 ご担当者様

お世話になっております。日の出産業の小野寺です。
社内のレイアウト変更に伴い、リース物件（契約番号 TL-19-20455）の
設置場所を本社4Fから7Fへ移設いたします。
物件設置場所変更届の様式をお送りいただけますでしょうか。

移設日：4月12日（土）
移設作業：甲賀ビジネスソリューションズ様
""" + SIG_ONODERA + DISCLAIMER_JA,
    entities=[], detectors=[],
    note="ordinary mail with the standard 機密情報 disclaimer",
)

add(
    id="bihin-033", expect="pass", charset="iso-2022-jp",
    sender=HIROSE,
    to=["甲賀ビジネスソリューションズ 水野様 <mizuno@kohga-business.co.jp>"],
    cc=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="Re: HDD消去作業に関する秘密保持契約書（案）",
    body="""水野様
（cc：白川先生）

お世話になっております。日の出産業の広瀬です。
旧複合機のHDD消去作業に先立ちご送付いただいた秘密保持契約書（案）について、
弊社顧問の白川先生にも確認をお願いしております。

主な論点は次の2点です。
　1. 第5条（秘密情報の範囲）に、HDD内の残存データを明記したい
　2. 第9条の有効期間を「契約終了後3年」から「5年」に延長したい

修正案は白川先生から今週中にお送りいただく予定です。
""" + SIG_HIROSE,
    entities=[], detectors=["multiple_external_domains"],
    note="mail about an NDA, vendor plus our law firm: two external organisations",
)

add(
    id="bihin-034", expect="stop", charset="iso-2022-jp",
    sender=ONODERA, to=["東海リース 川端様 <kawabata@tokai-lease.co.jp>"],
    subject="リース契約書（押印済み）の送付",
    body="""東海リース 川端様

お世話になっております。日の出産業の小野寺です。
押印済みのリース契約書をスキャンしてお送りします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "リース契約書_押印済.zip", "password": "Hn2025#lease",
                  "files": [{"kind": "pdf", "name": "リース契約書.pdf",
                             "lines": ["リース契約書", "契約番号 TL-2025-0388",
                                       "借主 日の出産業株式会社"]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): content cannot be inspected",
)

add(
    id="bihin-035", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["東海リース 川端様 <kawabata@tokai-lease.co.jp>"],
    subject="パスワードのお知らせ",
    body="""川端様

先ほどお送りした「リース契約書_押印済.zip」のパスワードです。

　Hn2025#lease

よろしくお願いいたします。

小野寺
""",
    entities=[], detectors=[],
    note="password-only follow-up mail, no attachment",
)

add(
    id="bihin-036", expect="stop", charset="utf-8",
    sender=NITTA, to=["甲賀ビジネスソリューションズ 検針センター <kenshin@kohga-business.co.jp>"],
    subject="2月分 カウンター集計（大阪・名古屋・福岡）",
    body="""検針センター ご担当者様

日の出産業 大阪支店の新田です。
2月分は拠点が多いのでExcelにまとめました。ご確認ください。
""" + SIG_NITTA,
    attachments=[{"kind": "corrupt", "name": "カウンター集計_2025年2月.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="attached workbook is corrupt and cannot be read",
)

add(
    id="bihin-037", expect="pass", charset="iso-2022-jp",
    sender=HIROSE,
    to=["経理部 秋月 <r.akizuki@hinode-sangyo.co.jp>"],
    cc=["大阪総務 <soumu-osaka@osaka.hinode-sangyo.co.jp>"],
    subject="【社外秘】複合機リース・保守契約 条件比較表",
    body="""秋月さん
（cc：大阪総務）

広瀬です。複合機の次期契約について、3社の条件比較表を添付します。
【社外秘】扱いのため、社外への転送はしないでください。

結論としては東海リース＋甲賀の保守の組合せが5年総額で最安です。
来週の経営会議資料に反映をお願いします。
""" + SIG_HIROSE,
    attachments=[{"kind": "xlsx", "name": "複合機契約_条件比較.xlsx",
                  "page_header": "社外秘",
                  "sheets": {"比較": [["【社外秘】複合機 次期契約 条件比較"], [],
                                      ["項目", "東海リース", "A社", "B社"],
                                      ["月額（12台）", 256400, 271000, 249800],
                                      ["保守単価 モノクロ", 0.8, 0.9, 1.1],
                                      ["保守単価 カラー", 6.5, 7.0, 8.0]]}}],
    entities=[], detectors=[],
    note="社外秘 document, but all recipients are internal (incl. a subdomain)",
)

add(
    id="bihin-038", expect="pass", charset="shift_jis",
    sender=ONODERA, to=["甲賀ビジネスソリューションズ 回収受付 <kaishu@kohga-business.co.jp>"],
    subject="使用済みトナーカートリッジ回収のお願い",
    body="""回収受付 ご担当者様

お世話になっております。日の出産業の小野寺です。
使用済みトナーカートリッジが溜まりましたので回収をお願いします。

　回収場所：東京都中央区日本橋3-8-14 日の出ビル 地下1F 荷捌き場
　数量　　：段ボール 4箱（約30本）
　希望日　：3月26日（水）〜28日（金）の午後

当日は警備室（03-5204-7700）にお声がけください。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="pickup at the company's own office address and switchboard",
)

add(
    id="bihin-039", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["日本橋ビルマネジメント 管理事務所 <kanri@nihonbashi-bm.co.jp>"],
    subject="4/5（土）搬出入作業に伴うエレベーター使用申請",
    body="""日本橋ビルマネジメント株式会社
管理事務所 ご担当者様

いつもお世話になっております。5F〜7F入居の日の出産業、堀内です。

複合機の入替作業のため、下記のとおり搬出入を行います。
作業届は別途所定の様式で提出いたします。

　日時　　：4月5日（土）8:30〜16:00
　作業会社：甲賀ビジネスソリューションズ（作業員4名）、トラック2t×2台
　使用設備：非常用エレベーター（養生は作業会社で実施）、地下荷捌き場
　搬出物　：複合機 12台（旧機）

防災センターへの連絡もお願いできますでしょうか。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="building-management request about moving copiers; no personal data",
)

# =========================================================================================
# 社用スマホの契約
# =========================================================================================

t40 = [["社用スマートフォン 回線割当表（2025年4月 機種変更分）"], [],
       ["No", "利用者", "社員番号", "所属", "電話番号", "機種", "メール"]]
for i, p in enumerate(P40, 1):
    t40.append([i, p["name"], p["emp"], rng.choice(["営業部", "物流部", "大阪支店", "名古屋営業所"]),
                p["tel"], "Galaxy A55", p["mail"]])
add(
    id="bihin-040", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="機種変更（12回線）の申込書類",
    body="""ほしぞらモバイル株式会社
法人営業部 矢吹様

お世話になっております。日の出産業 情報システム部の桑原です。
先日ご相談した12回線の機種変更について、回線割当表をお送りします。
利用者名でのキッティング（ホーム画面の名前表示）もお願いできれば幸いです。

申込書の原本は本日発送いたしました。
""" + SIG_KUWABARA,
    attachments=[{"kind": "xlsx", "name": "回線割当表_202504.xlsx",
                  "sheets": {"割当表": t40,
                             "オプション": [["オプション", "回線数"], ["留守番電話", 12],
                                            ["テザリング", 4]]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="12 users with name, employee number, phone and e-mail to the carrier",
)

imei_rows = "\n".join(f"  {i:02d}  {IMEIS[i - 1]}  {rng.choice(['Galaxy A55', 'AQUOS sense8', 'iPhone SE3'])}"
                      f"  HS-MB-{rng.randint(1000, 1999)}"
                      for i in range(1, 9))
add(
    id="bihin-041", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人サポート <biz-support@hoshizora-mobile.co.jp>"],
    subject="端末補償サービス 加入端末の追加登録",
    body=f"""法人サポート ご担当者様

お世話になっております。日の出産業の桑原です。
端末補償サービスに以下8台の追加登録をお願いします（契約番号 HZ-BZ-00377152）。

  No  IMEI             機種          管理番号
{imei_rows}

開始日は4月1日付でお願いいたします。
""" + SIG_KUWABARA,
    entities=[], detectors=[],
    note="device IMEIs (15-digit, Luhn-valid) and asset tags only: no people, no cards",
)

rows42 = "\n".join(f"{e}\t{b}\t{fw(t) if i % 2 else t}" for i, (e, b, t) in enumerate(P42))
add(
    id="bihin-042", expect="stop", charset="shift_jis",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="利用者情報登録（フィルタリング設定用）",
    body=f"""矢吹様

お世話になっております。桑原です。
利用者の年齢確認が必要とのことでしたので、対象6回線の利用者情報を
社員番号で送ります（氏名は社内規程によりお送りしておりません）。

社員番号\t生年月日\t回線番号
{rows42}

ご確認のほどお願いします。
""" + SIG_KUWABARA,
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people's records without names (employee no., birth date, line): still a list of people",
)

add(
    id="bihin-043", expect="stop", charset="iso-2022-jp",
    sender=HIROSE, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="法人契約 代表者本人確認情報",
    body="""矢吹様

お世話になっております。日の出産業の広瀬です。
新規法人契約の審査に必要な代表者の本人確認情報をお送りします。

　氏名　　　：日野 正和（ヒノ マサカズ）
　生年月日　：昭和37年11月8日
　住所　　　：東京都世田谷区奥沢5丁目27番9号
　確認書類　：運転免許証
　免許証番号：第301204587360号（有効期限 令和9年12月8日）

写しのPDFが必要であれば別途お送りします。
""" + SIG_HIROSE,
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="president's driving licence number with birth date and home address",
)

add(
    id="bihin-044", expect="pass", charset="iso-2022-jp",
    sender=HIROSE, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="Re: 法人契約の必要書類について",
    body="""矢吹様

ご案内ありがとうございます。広瀬です。
必要書類の件、承知しました。

・履歴事項全部証明書（3ヶ月以内）… 本日取得済み
・代表者の運転免許証の写し … 社内で取り寄せ中
・印鑑証明書 … 来週取得予定

個人情報を含む書類ですので、メールではなく簡易書留でまとめて郵送いたします。
到着は来週水曜ごろの見込みです。
""" + SIG_HIROSE,
    entities=[], detectors=[],
    note="mentions 運転免許証 as a document to be posted; no number",
)

add(
    id="bihin-045", expect="pass", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人サポート <biz-support@hoshizora-mobile.co.jp>"],
    subject="外国籍社員の利用者登録について（質問）",
    body="""法人サポート ご担当者様

いつもお世話になっております。日の出産業 情報システム部の桑原です。

4月から外国籍の社員が社用スマホを利用する予定です。
法人名義の回線で利用者登録をする場合、本人の在留カードの写しが必要でしょうか。
必要な場合、本人が店頭で提示する方法でも問題ないか教えてください。
（社内の方針で、在留カードの番号や写しはメールで送らないことにしております）

よろしくお願いいたします。
""" + SIG_KUWABARA,
    entities=[], detectors=[],
    note="question about 在留カード procedure; no person, no number",
)

add(
    id="bihin-046", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人サポート <biz-support@hoshizora-mobile.co.jp>"],
    subject="【至急】盗難による回線停止のお願い",
    body=f"""法人サポート ご担当者様

日の出産業の桑原です。至急の対応をお願いします。

弊社 物流部の{P46['name']}が昨夜、帰宅途中の電車内で鞄ごと社用スマホを盗まれる
被害に遭いました。本人は今朝、警察署に被害届を提出済みです。

　回線番号　：{P46['tel']}
　利用者　　：{P46['name']}（{P46['kana']}）
　被害届　　：警視庁 蒲田警察署　受理番号 第2025-3318号

回線の一時停止と、遠隔ロック・初期化の手続きをお願いいたします。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee identified as the victim of a theft (犯罪被害): 要配慮個人情報",
)

add(
    id="bihin-047", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人サポート <biz-support@hoshizora-mobile.co.jp>"],
    subject="紛失による回線一時停止のお願い",
    body="""法人サポート ご担当者様

お世話になっております。日の出産業の桑原です。
社用スマホ1台の紛失が判明しましたので、回線の一時停止をお願いします。

　契約番号：HZ-BZ-00377152
　管理番号：HS-MB-1264（AQUOS sense8）
　紛失日時：3月20日 夕方（外出先で置き忘れの可能性）

MDMからの遠隔ロックは当方で実施済みです。
見つかり次第、再開のご連絡をいたします。
""" + SIG_KUWABARA,
    entities=[], detectors=[],
    note="lost device reported by asset number; no person named, no crime",
)

add(
    id="bihin-048", expect="stop", charset="iso-2022-jp",
    sender=KUWABARA,
    to=["<taka.usami1962@gmail.com>", "<nishina-keiko@yahoo.co.jp>", "<sanada.d@icloud.com>"],
    subject="社用スマートフォンご返却のお願い",
    body="""宇佐美様、仁科様、真田様

ご退職後のお忙しいところ失礼いたします。
日の出産業 情報システム部の桑原です。

在職中に貸与しておりました社用スマートフォンが未返却となっております。
お手数ですが、同封済みの返信用レターパックにて3月末までにご返送ください。
初期化はこちらで行いますので、そのままの状態で結構です。

ご不明な点がございましたら、下記までご連絡ください。
""" + SIG_KUWABARA,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three former employees' private addresses visible to each other in To: should be Bcc",
)

add(
    id="bihin-049", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["宇佐美 様 <taka.usami1962@gmail.com>"],
    subject="Re: スマートフォン返送しました",
    body="""宇佐美様

ご連絡ありがとうございます。日の出産業の桑原です。
本日、ご返送いただいたスマートフォンを受領いたしました。
データの初期化もこちらで完了しております。

お手数をおかけしました。どうぞお元気でお過ごしください。
""" + SIG_KUWABARA,
    entities=[], detectors=["freemail_recipient"],
    note="one former employee on free mail: a single private recipient",
)

add(
    id="bihin-050", expect="pass", charset="utf-8",
    sender=KUWABARA, to=["桑原 健 <t.kuwabara@hinode-sangyo.co.jp>"],
    bcc=["mkogure55@gmail.com", "ashida-ryo@yahoo.co.jp", "h.minowa@outlook.jp",
         "kakazu.s@icloud.com", "tsuge0812@docomo.ne.jp", "n-awazu@ezweb.ne.jp"],
    subject="【ご退職者様へ】貸与スマートフォン返却のご案内",
    body="""ご退職者の皆様
（本メールはBCCでお送りしております）

在職中はお世話になりました。日の出産業 情報システム部の桑原です。
貸与していた社用スマートフォンの返却方法をご案内いたします。

1. 端末・充電器・ケースをまとめて、同封のレターパックに入れてください。
2. 画面ロックは解除しなくて結構です（こちらで初期化します）。
3. 4月10日（木）までにポストへ投函してください。

ご不明点はこのメールへの返信でお問い合わせください。
""" + SIG_KUWABARA,
    entities=[], detectors=["freemail_recipient"],
    note="private addresses correctly in Bcc; free-mail recipients may be warned",
)

rows51 = "\n".join(
    f"{p['name']:<8}\t{p['kana']}\t{p['tel']}\t{dob('slash')}" for p in P51)
add(
    id="bihin-051", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="FW: 【MNP希望者】個人携帯からの番号移行対象者",
    body=f"""矢吹様

お世話になっております。桑原です。
社内で取りまとめたMNP（個人名義の携帯番号を法人名義へ移行）の対象者一覧を
そのまま転送します。手続きの可否をご確認ください。

---------- 転送メッセージ ----------
差出人: 人事部 総務担当 <jinji-soumu@hinode-sangyo.co.jp>
日付: 2025年3月17日 18:02
件名: 【MNP希望者】個人携帯からの番号移行対象者
宛先: 桑原 健 <t.kuwabara@hinode-sangyo.co.jp>

桑原さん

希望者の取りまとめが終わりましたので送ります。
生年月日は名義変更の本人確認に使うとのことで追記しています。

氏名\tフリガナ\t現在の番号\t生年月日
{rows51}

以上7名です。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="forward of an internal list of seven people with phone and birth date: forwarded text counts",
)

quoted52 = "\n".join(f"> {p['name']}  {p['tel']}  {p['mail']}" for p in P52)
add(
    id="bihin-052", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="Re: Re: 新規5回線 開通日のご連絡",
    body=f"""矢吹様

ご連絡ありがとうございます。
開通日 4月3日（木）で承知しました。端末は本社情シス宛にお願いします。

桑原

On 2025/03/18 11:26, 矢吹 wrote:
> 桑原様
> お世話になっております。ほしぞらモバイルの矢吹です。
> ご依頼の5回線、4月3日開通で手配いたしました。
>
> On 2025/03/14 16:02, 桑原 健 wrote:
> > 矢吹様
> > 新規5回線の利用者は以下のとおりです。
{chr(10).join('> ' + line for line in quoted52.splitlines())}
> > 以上、よろしくお願いします。
""",
    entities=[], detectors=[],
    note="the five-person list is only in quoted text the recipient already has",
)

add(
    id="bihin-053", expect="pass", charset="utf-8",
    sender=HIROSE, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="RE: 法人契約 代表者本人確認情報",
    body="""矢吹様

審査完了のご連絡ありがとうございました。
契約書の原本は本日発送しましたので、到着しましたらご一報ください。

広瀬

-----Original Message-----
From: 矢吹 聡 <yabuki@hoshizora-mobile.co.jp>
Sent: Wednesday, March 19, 2025 10:12 AM
To: 広瀬 浩二 <k.hirose@hinode-sangyo.co.jp>
Subject: RE: 法人契約 代表者本人確認情報

広瀬様

いつもお世話になっております。ほしぞらモバイルの矢吹です。
いただいた本人確認情報で審査が完了しました。

-----Original Message-----
From: 広瀬 浩二 <k.hirose@hinode-sangyo.co.jp>
Sent: Tuesday, March 18, 2025 5:40 PM

　氏名　　　：日野 正和（ヒノ マサカズ）
　生年月日　：昭和37年11月8日
　住所　　　：東京都世田谷区奥沢5丁目27番9号
　免許証番号：第301204587360号
""",
    entities=[], detectors=[],
    note="licence details appear only in the quoted thread under -----Original Message-----",
)

csv54 = [["full_name", "email", "mobile", "device", "group"]]
for p in P54:
    csv54.append([p["romaji"], p["mail"], "+81-" + p["tel"][1:], rng.choice(["iPhone 15", "Galaxy A55"]),
                  rng.choice(["Sales", "Logistics", "Finance"])])
add(
    id="bihin-054", expect="stop", charset="utf-8",
    sender=MAKABE, to=["Onboarding Team <onboarding@fleetdesk.com>"],
    subject="Hinode Sangyo - user import file for MDM onboarding",
    body="""Hi FleetDesk Onboarding Team,

As discussed on yesterday's call, please find attached the user import file for our
first batch of managed devices (9 users). Could you load it into our tenant
(hinode-sangyo.fleetdesk.com) and send the enrollment invitations?

Let me know if you need the file in a different format.

Best regards,
""" + SIG_EN_MAKABE,
    attachments=[{"kind": "csv", "name": "mdm_users_batch1.csv", "encoding": "utf-8",
                  "rows": csv54}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="nine users' names, e-mails and mobiles to an overseas MDM vendor",
)

add(
    id="bihin-055", expect="pass", charset="utf-8",
    sender=MAKABE, to=["Sarah Lindqvist <s.lindqvist@fleetdesk.com>"],
    subject="License renewal - quote request (150 seats)",
    body="""Dear Sarah,

Thank you for your support over the past year.
Our FleetDesk Business subscription (contract FD-JP-20731) expires on 30 April.
We would like to renew for another 12 months and increase from 120 to 150 seats.

Could you send us a quote in JPY, including the price for the optional
"Remote Wipe Audit Log" add-on? Our fiscal year starts in April, so an invoice
dated on or after 1 April would be appreciated.

Kind regards,
""" + SIG_EN_MAKABE + DISCLAIMER_EN,
    entities=[], detectors=[],
    note="English renewal mail with the standard confidentiality disclaimer",
)

quoted56 = "\n".join(f">> {p['romaji']}, {p['mail']}, {p['tel']}" for p in P56)
add(
    id="bihin-056", expect="pass", charset="utf-8",
    sender=MAKABE, to=["Onboarding Team <onboarding@fleetdesk.com>"],
    subject="Re: Re: enrollment invitations not received",
    body=f"""Hi team,

Thanks - after you re-sent the invitations, all six users enrolled successfully
this morning. You can close ticket #48812.

Regards,
Ryo

On Thu, Mar 20, 2025 at 9:14 AM FleetDesk Onboarding <onboarding@fleetdesk.com> wrote:
> Hi Ryo,
> We have re-sent the invitations to the users below. Please ask them to check
> their junk folder.
>
> On Wed, Mar 19, 2025 at 6:02 PM Ryo Makabe wrote:
>> The following users say they never got the enrollment mail:
{quoted56}
""",
    entities=[], detectors=[],
    note="the six-user list appears only in quoted text of the thread",
)

rows57 = "\n".join(f"　{p['name']}（{p['emp']}）　{p['tel']}" for p in P57)
add(
    id="bihin-057", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="追加4回線の利用者について",
    body=f"""矢吹様

お世話になっております。桑原です。
名古屋営業所の増員分、4回線の利用者は以下のとおりです。

{rows57}

端末は名古屋営業所（愛知県名古屋市中村区名駅4-2-11）宛に直送をお願いします。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's records: below the five-person line, may be warned",
)

rows58 = "\n".join(f"・{p['name']}　{p['tel']}　{p['mail']}" for p in P58)
add(
    id="bihin-058", expect="stop", charset="iso-2022-jp",
    sender=KUWABARA, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
    subject="MDM初期設定が未完了のユーザー",
    body=f"""ツバサシステム ヘルプデスク ご担当者様

お世話になっております。日の出産業の桑原です。
MDMのプロファイル配布後、以下5名の端末で初期設定が完了していません。
各自に電話で連絡を取っていただけますでしょうか。

{rows58}

いずれも営業部で日中は外出が多いため、午前中の連絡が確実です。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five people's name, phone and e-mail in ・bullets to an external helpdesk",
)

a, b, c, d, e = P59
add(
    id="bihin-059", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="MNP 追加希望者の件",
    body=f"""矢吹様

桑原です。追加でMNPを希望している社員がいますのでお知らせします。

まず営業部の{a['name']}さんが今使っている{a['tel']}をそのまま社用にしたいとのこと、
同じく営業部の{b['name']}さん（{b['tel']}）も同様です。物流部からは{c['name']}さんの
{c['tel']}と、{d['name']}さんの{fw(d['tel'])}の2回線。それと経理の{e['name']}さんも
{e['tel']}を移したいと言っています。

いずれも個人名義からの譲渡になりますので、必要書類をご案内ください。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people's names with their private numbers in running text",
)

add(
    id="bihin-060", expect="pass", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="料金プラン比較の確認",
    body="""矢吹様

お見積りありがとうございます。社内説明用に比較を整理しましたので、
認識違いがないかご確認ください。

プラン        月額(税抜)  データ  かけ放題     回線数
------------------------------------------------------
ビジネスS     1,480円     3GB    5分          40
ビジネスM     2,280円     10GB   5分          25
ビジネスL     3,180円     30GB   無制限       10

桑原
""",
    html="""<html><body>
<p>矢吹様</p>
<p>お見積りありがとうございます。社内説明用に比較を整理しましたので、認識違いがないかご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>プラン</th><th>月額(税抜)</th><th>データ</th><th>かけ放題</th><th>回線数</th></tr>
<tr><td>ビジネスS</td><td>1,480円</td><td>3GB</td><td>5分</td><td>40</td></tr>
<tr><td>ビジネスM</td><td>2,280円</td><td>10GB</td><td>5分</td><td>25</td></tr>
<tr><td>ビジネスL</td><td>3,180円</td><td>30GB</td><td>無制限</td><td>10</td></tr>
</table>
<p>桑原</p></body></html>""",
    entities=[], detectors=[],
    note="price-plan table in text and HTML: no people",
)

add(
    id="bihin-061", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=["川崎電機 法人営業 <biz-sales@biz.kawasaki-denki.co.jp>"],
    subject="UPS交換用バッテリーの見積依頼",
    body="""川崎電機株式会社 法人営業ご担当者様

いつもお世話になっております。日の出産業 情報システム部の真壁です。

サーバ室のUPS（KD-UPS1500RT ×3台）のバッテリーが交換時期になりました。
交換用バッテリーパック（KD-BP1500）3個と、交換作業費のお見積りをお願いします。

設置場所：本社6F サーバ室
希望時期：4月中旬の土日
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="recipient on a subdomain of partner kawasaki-denki.co.jp: not a look-alike",
)

add(
    id="bihin-062", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["山根 拓也 <t.yamane@hinode-sangyo.jp>"],
    subject="社用スマホ初期設定の手順とMDM登録コード",
    body="""山根さん

お疲れさまです。情シスの桑原です。
新しい社用スマホの初期設定手順を送ります。

1. 電源を入れ、Wi-Fi「HS-Guest」に接続
2. 「会社の端末として設定」を選択
3. MDM登録コード：HS-ENR-7Q4K-2291 を入力
4. 社員番号とActive Directoryのパスワードでサインイン

不明点があれば内線2218まで。
""" + SIG_KUWABARA,
    entities=[], detectors=["lookalike_domain"],
    note="colleague's address typed on hinode-sangyo.jp: own domain with co. dropped",
)

add(
    id="bihin-063", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["日の出商事 営業部 岡部様 <okabe@hinode-shoji.co.jp>"],
    subject="梱包資材のお見積りについて",
    body="""日の出商事株式会社
営業部 岡部様

いつもお世話になっております。日の出産業の小野寺です。
ご提案いただいた梱包資材（エアキャップ、ストレッチフィルム）の件、
物流部とも相談し、まずは3ヶ月分で発注したいと考えております。

数量：エアキャップ 1200mm×42m 30巻、ストレッチフィルム 500mm 60巻
納品先：物流部 川口倉庫

社名が似ているとよく言われますが、今後ともよろしくお願いいたします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="hinode-shoji.co.jp is a real, different supplier, not a typo of our domain",
)

rows64 = [["氏名", "社員番号", "回線番号", "生年月日", "機種"]] + [
    [p["name"], p["emp"], p["tel"], dob("wareki"), rng.choice(["Galaxy A55", "iPhone SE3"])] for p in P64]
add(
    id="bihin-064", expect="pass", charset="utf-8",
    sender=KUWABARA, to=["端末管理チーム <mobile-admin@mail.hinode-sangyo.co.jp>"],
    cc=["真壁 亮 <r.makabe@hinode-sangyo.co.jp>"],
    subject="社用スマホ台帳（営業部分）更新版",
    body="""端末管理チーム各位

桑原です。営業部分の台帳を更新しましたので共有します。
生年月日はMNPの本人確認で使った分を追記しています。
ファイルサーバの台帳にも反映済みです。
""" + SIG_KUWABARA,
    attachments=[{"kind": "xlsx", "name": "社用スマホ台帳_営業部.xlsx", "sheets": {"営業部": rows64}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=[],
    note="ten-person device register, but all recipients are internal (incl. mail. subdomain)",
)

csv65 = [["氏名", "フリガナ", "生年月日", "回線番号", "所属"]]
for p in P65:
    csv65.append([p["name"], p["kana"], dob("wareki"), p["tel"], rng.choice(["大阪支店", "福岡営業所"])])
add(
    id="bihin-065", expect="stop", charset="iso-2022-jp",
    sender=NITTA, to=["ほしぞらモバイル 関西法人営業所 <kansai-biz@hoshizora-mobile.co.jp>"],
    subject="大阪支店・福岡営業所 名義変更書類一式",
    body="""ほしぞらモバイル 関西法人営業所 ご担当者様

お世話になっております。日の出産業 大阪支店の新田です。
名義変更の書類一式をZIPにまとめてお送りします。
（申込書PDFと利用者一覧のCSVです）
""" + SIG_NITTA,
    attachments=[{"kind": "zip", "name": "名義変更書類_大阪福岡.zip",
                  "files": [{"kind": "csv", "name": "利用者一覧.csv", "encoding": "cp932",
                             "rows": csv65},
                            {"kind": "pdf", "name": "名義変更申込書.pdf",
                             "lines": ["名義変更申込書", "譲受人：日の出産業株式会社",
                                       "回線数：8"]}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="plain ZIP holding a CSV of eight people with birth date and phone",
)

add(
    id="bihin-066", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["関西オフィス機器 ご担当者様 <info@kansai-oa.co.jp>"],
    subject="本社標準の備品カタログ送付",
    body="""関西オフィス機器株式会社 ご担当者様

お世話になっております。日の出産業 総務課の小野寺です。
大阪支店の備品も本社標準品に揃えたいため、本社で採用している
備品のカタログと単価表をZIPでお送りします。
同等品での見積をいただけますでしょうか。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "本社標準備品.zip",
                  "files": [{"kind": "pdf", "name": "標準備品カタログ.pdf",
                             "lines": ["本社標準備品カタログ 2025", "チェア OK-CH220",
                                       "デスク OK-DK140", "キャビネット OK-CB4"]},
                            {"kind": "xlsx", "name": "単価表.xlsx",
                             "sheets": {"単価": [["品番", "品名", "単価"],
                                                 ["OK-CH220", "事務用チェア", 38500],
                                                 ["OK-DK140", "平机 W1400", 42000],
                                                 ["OK-CB4", "4段キャビネット", 56000]]}}]}],
    entities=[], detectors=[],
    note="unencrypted ZIP of a catalogue and price list: readable, no people",
)

add(
    id="bihin-067", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="注文書（端末追加購入）",
    body="""矢吹様

桑原です。端末追加購入の注文書をお送りします。
社内ルールによりPDFにパスワードを設定しています。パスワードはお電話でお伝えします。
""" + SIG_KUWABARA,
    attachments=[{"kind": "pdf", "name": "注文書_HZ-20250321.pdf", "password": "hz0321",
                  "lines": ["注文書", "Galaxy A55 ×10台", "AQUOS sense8 ×5台"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

add(
    id="bihin-068", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["やまびこサービス 修理受付 <repair@yamabiko-service.co.jp>"],
    subject="会議室プロジェクター 修理見積のお願い（写真添付）",
    body="""やまびこサービス株式会社 修理受付 ご担当者様

お世話になっております。日の出産業 施設管理の堀内です。
7F会議室の天吊りプロジェクターで、電源投入後30秒ほどで
ランプ警告が点滅して消灯する症状が出ています。

警告表示の写真と、前回修理時の報告書（PDF）を添付します。
型番：EP-L1050U　製造番号：X4KF3300921
""" + SIG_HORIUCHI,
    attachments=[{"kind": "png", "name": "IMG_2031.png"},
                 {"kind": "pdf", "name": "前回修理報告書_2023.pdf",
                  "lines": ["修理報告書", "型番 EP-L1050U", "処置：ランプユニット交換",
                            "作業者：やまびこサービス 技術課"]}],
    entities=[], detectors=[],
    note="photo and readable PDF: no people",
)

# =========================================================================================
# 修理依頼
# =========================================================================================

add(
    id="bihin-069", expect="pass", charset="shift_jis",
    sender=ONODERA, to=["やまびこサービス 修理受付 <repair@yamabiko-service.co.jp>"],
    subject="シュレッダー修理依頼（紙詰まり・異音）",
    body="""やまびこサービス 修理受付 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
総務課のシュレッダーが故障しましたので、出張修理をお願いします。

　機種　　：SD-4020CC（クロスカット）
　製造番号：SD4020-1877054
　管理番号：HS-SH-0012
　症状　　：逆転ボタンを押しても紙詰まりが解消せず、モーターから異音
　保守契約：あり（契約番号 YB-M-22-0781）

在席時間は平日9時〜17時半です。日程のご連絡をお待ちしております。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="repair request with model, serial and contract numbers only",
)

add(
    id="bihin-070", expect="stop", charset="iso-2022-jp",
    sender=HORIUCHI, to=["大倉家具 品質保証部 <hinshitsu@okura-kagu.co.jp>"],
    cc=["大倉家具 佐伯様 <t.saeki@okura-kagu.co.jp>"],
    subject="【事故報告】チェア脚部破損による転倒について",
    body="""大倉家具株式会社 品質保証部 御中
（cc：営業 佐伯様）

日の出産業株式会社 施設管理の堀内でございます。
昨年納品いただいたチェア（OK-CH180、管理番号 HS-CH-0391）について
ご報告とご相談です。

3月17日午後、経理部の仁科 早苗が着座した際にキャスターベースが破断し、
後方に転倒いたしました。本人は同日整形外科を受診し、右手首の橈骨遠位端骨折と
診断され、全治約6週間の見込みです。現在はギプス固定のうえ出勤しております。

破損品は現状のまま保管しております。原因調査と同ロットの点検について
ご対応をお願いいたします。
""" + SIG_HORIUCHI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's injury diagnosis (medical information) sent to the manufacturer",
)

add(
    id="bihin-071", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["大倉家具 品質保証部 <hinshitsu@okura-kagu.co.jp>"],
    subject="チェアのガスシリンダー不具合について",
    body="""大倉家具株式会社 品質保証部 ご担当者様

お世話になっております。日の出産業の堀内です。
OK-CH180 のうち3脚で、座面が勝手に下がる症状が出ています。

　管理番号：HS-CH-0402 / 0417 / 0455
　納品日　：2024年6月（注文番号 OK-24-06618）

幸いけが人は出ておりませんが、念のため使用を中止しています。
交換または修理の対応をご相談させてください。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="furniture defect report; explicitly no injury, no person",
)

add(
    id="bihin-072", expect="pass", charset="utf-8",
    sender=MAKABE, to=["ツバサシステム 修理窓口 <repair@tsubasa-system.jp>"],
    subject="ノートPC 引取修理のお願い（液晶割れ）",
    body=f"""ツバサシステム 修理窓口 ご担当者様

お世話になっております。日の出産業 情報システム部の真壁です。
営業部のノートPC 1台について、引取修理をお願いします。

　資産番号：HS-NB-2291（ThinkBook 14 Gen5）
　症状　　：落下による液晶割れ。本体は起動します
　引取場所：本社4F 営業部

当日の引渡しは利用者本人が対応します。
　利用者：{P72['name']}　携帯 {P72['tel']}

代替機の貸出もあわせてお願いできますでしょうか。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's name and mobile as the pickup contact: single person, may be warned",
)

add(
    id="bihin-073", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["やまびこサービス 修理受付 <repair@yamabiko-service.co.jp>"],
    subject="Re: プロジェクター修理品の発送",
    body="""修理受付 ご担当者様

本日、修理品のプロジェクターを青葉運輸で発送しました。

　お問い合わせ番号：3816-4402-7715
　個口数　　　　　：1（元箱梱包）
　到着予定　　　　：3月25日 午前

受付番号 YB-R-250321-08 の件としてご対応ください。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="tracking and ticket numbers only",
)

add(
    id="bihin-074", expect="stop", charset="iso-2022-jp",
    sender=HORIUCHI, to=["青葉運輸 東京営業所 集荷係 <shuka-tokyo@aoba-unyu-co.jp>"],
    subject="集荷依頼（修理品 1個口）",
    body="""青葉運輸株式会社 東京営業所 集荷係 御中

いつもお世話になっております。日の出産業の堀内です。
下記のとおり集荷をお願いいたします。

　集荷先：東京都中央区日本橋3-8-14 日の出ビル 地下1F 荷捌き場
　品物　：プロジェクター（精密機器）1個口 約12kg
　届け先：やまびこサービス株式会社 修理センター（埼玉県戸田市）
　希望　：3月24日（月）14時〜16時

よろしくお願いいたします。
""" + SIG_HORIUCHI,
    entities=[], detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp mistyped with a hyphen for the dot (aoba-unyu-co.jp)",
)

add(
    id="bihin-075", expect="pass", charset="utf-8",
    sender=HORIUCHI,
    to=["やまびこサービス 修理受付 <repair@yamabiko-service.co.jp>"],
    cc=["青葉運輸 東京営業所 <tokyo@aoba-unyu.co.jp>"],
    subject="修理品の引取・返送スケジュール（3者共有）",
    body="""やまびこサービス様
青葉運輸様

お世話になっております。日の出産業の堀内です。
プロジェクター修理の物流について、両社にまとめてご連絡します。

　3/24（月）午後　青葉運輸様 集荷（日本橋）→ やまびこ様 戸田センター
　3/31（月）　　　修理完了予定（やまびこ様）
　4/2（水）午前　返送品 日本橋着（青葉運輸様）

返送時は元箱の再利用をお願いします。
""" + SIG_HORIUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="repair vendor and logistics partner in To/Cc: two external organisations",
)

add(
    id="bihin-076", expect="pass", charset="utf-8",
    sender=MAKABE, to=["甲賀ビジネスソリューションズ 石黒様 <ishiguro@kohga-business.co.jp>"],
    subject="Re: 修理報告書の受領について",
    body="""石黒様

修理報告書を拝受しました。ありがとうございます。
当方で社内回覧用に体裁を整えたものを念のためお返しします。
内容に誤りがあればご指摘ください。
""" + SIG_MAKABE,
    attachments=[{"kind": "docx", "name": "修理報告書_C7310-4F-02.docx",
                  "page_footer": "日の出産業株式会社 情報システム部",
                  "paragraphs": [
                      "複合機 修理報告（C7310-4F-02）",
                      "作業日：2025年3月12日　作業会社：甲賀ビジネスソリューションズ",
                      "症状：給紙トレイ2からの重送",
                      "処置：給紙ローラー・分離パッド交換。HDDは機密保持のため交換せず現地で継続使用。",
                      "結果：テスト印刷 200枚で重送なし"],
                  "tables": [[["部品", "品番", "数量"], ["給紙ローラー", "FR-7310", "1"],
                              ["分離パッド", "SP-7310", "1"]]]}],
    entities=[], detectors=[],
    note="repair report that mentions 機密保持 in running text; no marking, no people",
)

add(
    id="bihin-077", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 修理受付センター <repair@hoshizora-mobile.co.jp>"],
    subject="水濡れ端末の修理（補償サービス利用）",
    body=f"""修理受付センター ご担当者様

日の出産業の桑原です。端末補償サービスを使って修理をお願いします。

　契約番号：HZ-BZ-00377152
　機種　　：Galaxy A55
　IMEI　　：{IMEIS[8]}
　症状　　：雨天時の水濡れにより画面が点灯しない

代替機は本社情シス宛てにお送りください。
""" + SIG_KUWABARA,
    entities=[], detectors=[],
    note="device IMEI and contract number; user not named",
)

csv78 = [["日付", "社員番号", "氏名", "最高血圧", "最低血圧", "脈拍", "備考"]]
for p in P78:
    csv78.append(["2025/03/18", p["emp"], p["name"], rng.randint(118, 172), rng.randint(72, 108),
                  rng.randint(58, 96), rng.choice(["", "再測定", "高血圧治療中", "要再検査"])])
add(
    id="bihin-078", expect="stop", charset="utf-8",
    sender=HORIUCHI, to=["みらい福祉機器 サービス課 <service@mirai-welfare.co.jp>"],
    subject="健康管理室 自動血圧計の測定値異常について",
    body="""みらい福祉機器 サービス課 ご担当者様

お世話になっております。日の出産業 施設管理の堀内です。
健康管理室に設置している自動血圧計（MW-BP900）で、3月18日の測定値が
明らかに高く出ているとの指摘が保健師からありました。

当日の測定記録を添付しますので、機器側の異常かどうかご確認ください。
校正が必要であれば出張対応をお願いいたします。
""" + SIG_HORIUCHI,
    attachments=[{"kind": "csv", "name": "血圧測定記録_20250318.csv", "encoding": "utf-8",
                  "rows": csv78}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employees' blood-pressure readings and treatment notes (health data) to a vendor",
)

add(
    id="bihin-079", expect="pass", charset="iso-2022-jp",
    sender=HORIUCHI, to=["みらい福祉機器 サービス課 <service@mirai-welfare.co.jp>"],
    subject="自動血圧計 校正・点検のお願い",
    body="""みらい福祉機器 サービス課 ご担当者様

お世話になっております。日の出産業の堀内です。
健康管理室の自動血圧計（MW-BP900、製造番号 BP9-00418）ですが、
同じ人が続けて測っても値が15〜20mmHgほどばらつくようです。
エラーコード「E3（カフ圧異常）」が時々表示されます。

年次点検の時期も近いので、校正とあわせて点検をお願いできますでしょうか。
なお、測定記録は個人の健康情報のためお送りできません。ご了承ください。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="blood-pressure monitor fault described without any person's readings",
)

add(
    id="bihin-080", expect="pass", charset="utf-8",
    sender=MAKABE, to=["ツバサシステム 修理窓口 <repair@tsubasa-system.jp>"],
    subject="ファイルサーバ ディスク交換（オンサイト希望）",
    body="""ツバサシステム 修理窓口 ご担当者様

日の出産業の真壁です。
ファイルサーバ（HS-FS01）のRAIDでディスク1本の縮退アラートが出ています。

サーバ内には機密情報を含む業務データが保存されているため、
持ち出し修理は不可とし、オンサイトでのディスク交換をお願いします。
交換後の旧ディスクも弊社で保管し、後日まとめて物理破壊します。

　筐体：PowerEdge T350（サービスタグ 7QJ4KX3）
　ディスク：Bay 2（2.4TB SAS）
""" + SIG_MAKABE + DISCLAIMER_JA,
    entities=[], detectors=[],
    note="mentions 機密情報 as the reason for onsite repair, plus disclaimer: no marking",
)

# =========================================================================================
# 廃棄・データ消去
# =========================================================================================

t81 = [["廃棄PC一覧（2025年3月回収分）"], ["回収日：2025/03/28"],
       ["No", "資産番号", "機種", "製造番号", "使用者", "社員番号", "メールアドレス", "内線"]]
for i, p in enumerate(P81, 1):
    t81.append([i, f"HS-NB-{1500 + i * 7}", rng.choice(["ThinkPad L13", "dynabook G83"]),
                f"PF{rng.randint(100000, 999999)}", p["name"], p["emp"], p["mail"], p["ext"]])
add(
    id="bihin-081", expect="stop", charset="utf-8",
    sender=MAKABE, to=["関東エコリサイクル 営業部 <eigyo@eco-recycle-kanto.co.jp>"],
    subject="PC廃棄・データ消去の依頼（15台）",
    body="""関東エコリサイクル株式会社 営業部 ご担当者様

お世話になっております。日の出産業 情報システム部の真壁です。
リプレースで不要になったPC 15台の回収・データ消去をお願いします。
対象一覧を添付しますので、消去証明書の発行もあわせてお願いいたします。

回収日は3月28日（金）午後を希望します。
""" + SIG_MAKABE,
    attachments=[{"kind": "xlsx", "name": "廃棄PC一覧_202503.xlsx", "sheets": {"一覧": t81}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="disposal list keeps the user, employee no. and e-mail columns: 15 people's records",
)

t82 = [["資産番号", "機種", "製造番号", "記憶媒体", "容量", "消去方法"]]
for i in range(18):
    t82.append([f"HS-DT-{880 + i}", rng.choice(["OptiPlex 3080", "ESPRIMO D588"]),
                f"{rng.choice(['CN', 'JP'])}{rng.randint(1000000, 9999999)}",
                rng.choice(["HDD", "SSD"]), rng.choice(["256GB", "500GB", "1TB"]),
                rng.choice(["ソフト消去(3回上書き)", "物理破壊"])])
add(
    id="bihin-082", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=["関東エコリサイクル 営業部 <eigyo@eco-recycle-kanto.co.jp>"],
    subject="デスクトップPC 18台 回収依頼",
    body="""関東エコリサイクル 営業部 ご担当者様

続けてデスクトップPC 18台の回収もお願いします。
こちらは使用者欄を削除した一覧です（資産番号で照合をお願いします）。
""" + SIG_MAKABE,
    attachments=[{"kind": "xlsx", "name": "回収対象_デスクトップ.xlsx",
                  "sheets": {"回収対象": t82, "集計": [["記憶媒体", "台数"], ["HDD", 10], ["SSD", 8]]}}],
    entities=[], detectors=[],
    note="long asset list with serials but no user column: devices, not people",
)

rows83 = "\n".join(
    f"<tr><td>{p['name']}</td><td>{rng.choice(['営業部', '物流部'])}</td><td>{p['tel']}</td>"
    f"<td>{IMEIS[i]}</td><td>{rng.choice(['退職', '機種変更'])}</td></tr>"
    for i, p in enumerate(P83))
add(
    id="bihin-083", expect="stop", charset="utf-8",
    sender=KUWABARA, to=["セキュアイレース 受付 <uketsuke@secure-erase.jp>"],
    subject="スマートフォン データ消去依頼（7台）",
    html=f"""<html><body>
<p>株式会社セキュアイレース 受付ご担当者様</p>
<p>お世話になっております。日の出産業 情報システム部の桑原です。<br>
下記7台のスマートフォンのデータ消去と証明書発行をお願いします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>使用者</th><th>所属</th><th>電話番号</th><th>IMEI</th><th>理由</th></tr>
{rows83}
</table>
<p>端末は3月26日に青葉運輸で発送します。</p>
<p>--<br>日の出産業（株） 情報システム部 桑原 健<br>TEL 03-5204-7733</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of seven users with their phone numbers to the erasure vendor",
)

ser84 = "\n".join(f"　{i:>2}　{s}　{rng.choice(['HDD 500GB', 'SSD 256GB'])}　{rng.choice(['上書き', '磁気破壊', '物理破壊'])}"
                  for i, s in enumerate(SERIALS[4:12], 1))
add(
    id="bihin-084", expect="pass", charset="shift_jis",
    sender=MAKABE, to=["セキュアイレース 受付 <uketsuke@secure-erase.jp>"],
    subject="データ消去証明書の発行依頼（作業番号 SE-2503-117）",
    body=f"""株式会社セキュアイレース 受付ご担当者様

お世話になっております。日の出産業の真壁です。
3月14日に回収いただいた記憶媒体について、消去証明書の発行をお願いします。
監査対応のため、媒体ごとの製造番号を証明書に記載してください。

　No　製造番号　　　　媒体　　　　　　方法
{ser84}

証明書はPDFと原本の両方をお願いできますでしょうか。
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="media serial numbers for an erasure certificate: no people",
)

add(
    id="bihin-085", expect="stop", charset="utf-8",
    sender=MAKABE, to=["関東エコリサイクル 営業部 <eigyo@eco-recycle-kanto.co.jp>"],
    subject="廃棄対象 IT資産の事前リスト",
    body="""関東エコリサイクル 営業部 ご担当者様

真壁です。来月の一括廃棄の見積用に、対象となるIT資産の台帳抜粋を
お送りします。台数と種類のご確認をお願いします。
""" + SIG_MAKABE,
    attachments=[{"kind": "xlsx", "name": "IT資産台帳_廃棄候補.xlsx",
                  "page_header": "社外秘",
                  "title": "IT資産台帳（社外秘）",
                  "sheets": {"廃棄候補": [["【社外秘】IT資産台帳 抜粋（廃棄候補）"], [],
                                          ["資産番号", "種別", "機種", "設置場所", "IPアドレス"],
                                          ["HS-SV-003", "サーバ", "PRIMERGY TX1320", "6F サーバ室", "10.0.10.13"],
                                          ["HS-SW-011", "スイッチ", "Catalyst 2960X", "4F EPS", "10.0.40.2"],
                                          ["HS-AP-021", "無線AP", "Aruba 305", "7F 天井", "10.0.70.5"],
                                          ["HS-NAS-02", "NAS", "TS-431X", "6F サーバ室", "10.0.10.22"]]}}],
    entities=[], detectors=["confidential_marking"],
    note="workbook classified 社外秘 (title row and page header) sent outside",
)

add(
    id="bihin-086", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["関東エコリサイクル 機密文書サービス <kimitsu@eco-recycle-kanto.co.jp>"],
    subject="機密文書回収ボックスの追加設置について",
    body="""関東エコリサイクル 機密文書サービス ご担当者様

お世話になっております。日の出産業の小野寺です。
機密文書溶解サービスの回収ボックスを、7Fに1台追加で設置いただけますか。

　現在：5F ×2台、6F ×1台（隔週金曜回収）
　追加：7F 会議室前 ×1台
　開始：4月第1週の回収日から

溶解証明書はこれまでどおり月次でお送りください。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="機密文書 is the name of the shredding service, not a marking",
)

add(
    id="bihin-087", expect="pass", charset="utf-8",
    sender=HORIUCHI, to=["関東エコリサイクル 業務課 <gyomu@eco-recycle-kanto.co.jp>"],
    subject="マニフェスト（E票）返送の確認",
    body="""関東エコリサイクル 業務課 ご担当者様

お世話になっております。日の出産業 施設管理の堀内です。
昨年12月に処分を委託した産業廃棄物について、最終処分終了のE票が
まだ届いていないものがあります。状況をご確認いただけますか。

　交付番号 0029471163　廃プラスチック類（什器）　交付日 2024/12/06
　交付番号 0029471164　金属くず（スチール棚）　　交付日 2024/12/06

交付日から180日以内の確認が必要なため、お手数ですがよろしくお願いいたします。
""" + SIG_HORIUCHI,
    entities=[], detectors=[],
    note="waste manifest numbers: business records, no people",
)

doc88 = [["No", "氏名", "お届け先住所", "電話番号", "品物"]]
for i, (p, addr) in enumerate(zip(P88, HOME_ADDR), 1):
    doc88.append([str(i), p["name"], addr, p["tel"], "ノートPC・ドッキングステーション"])
add(
    id="bihin-088", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    subject="在宅勤務者へのPC配送依頼（8件）",
    body="""青葉運輸株式会社 法人営業 ご担当者様

お世話になっております。日の出産業 情報システム部の真壁です。
在宅勤務者向けPCの配送について、お届け先一覧をWordでお送りします。
いずれも精密機器扱い、時間指定は午前中でお願いします。

出荷は3月27日（木）、本社地下荷捌き場からです。
""" + SIG_MAKABE,
    attachments=[{"kind": "docx", "name": "配送先一覧_在宅PC.docx",
                  "paragraphs": ["在宅勤務者 PC配送先一覧", "出荷日：2025年3月27日"],
                  "tables": [doc88]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight employees' home addresses and phones in a DOCX table to the logistics partner",
)

add(
    id="bihin-089", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    subject="PC配送 1件追加",
    body=f"""青葉運輸 法人営業 ご担当者様

真壁です。先ほどの件とは別に、1件追加で配送をお願いします。

　お届け先：{P89['name']} 様
　住所　　：〒214-0014 神奈川県川崎市多摩区登戸2870-4 メゾン登戸403
　電話　　：{P89['tel']}
　品物　　：ノートPC 1台（精密機器）
　出荷日　：3月27日（木）

よろしくお願いいたします。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's delivery address and phone: a single person, may be warned",
)

add(
    id="bihin-090", expect="pass", charset="shift_jis",
    sender=MAKABE, to=["関東エコリサイクル 営業部 <eigyo@eco-recycle-kanto.co.jp>"],
    subject="拠点回収のスケジュール（6拠点）",
    body="""関東エコリサイクル 営業部 ご担当者様

お世話になっております。日の出産業の真壁です。
各拠点の旧PC回収について、訪問先とスケジュールをまとめました。

拠点　　　　　住所　　　　　　　　　　　　　　　　　　　代表電話　　　　回収日
大阪支店　　　大阪府大阪市北区梅田2-5-8 12F　　　　　　06-6345-2201　　4/7
名古屋営業所　愛知県名古屋市中村区名駅4-2-11　　　　　052-551-8830　　4/8
福岡営業所　　福岡県福岡市博多区博多駅前3-19-5　　　　092-472-6615　　4/9
仙台営業所　　宮城県仙台市青葉区中央1-6-35　　　　　　022-266-4120　　4/10
札幌出張所　　北海道札幌市中央区北四条西5-1　　　　　　011-231-9087　　4/11
川口倉庫　　　埼玉県川口市領家5-14-22　　　　　　　　048-222-3071　　4/14

各拠点には事前に訪問日を伝えております。受付で「PC回収」とお伝えください。
""" + SIG_MAKABE,
    entities=[], detectors=[],
    note="list of the company's sites with switchboards: business list, not people",
)

rows91 = "\n".join(f"  {p['name']}  {p['tel']}  退職日 2025/03/31" for p in P91)
add(
    id="bihin-091", expect="pass", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人サポート <biz-support@hoshizora-mobile.co.jp>"],
    subject="退職者回線の解約（2回線）",
    body=f"""法人サポート ご担当者様

お世話になっております。日の出産業の桑原です。
3月末の退職者2名分の回線を、4月1日付で解約をお願いします。

{rows91}

端末は返却済みで、初期化もこちらで完了しています。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two people's name and line number: below five, may be warned",
)

add(
    id="bihin-092", expect="pass", charset="iso-2022-jp",
    sender=MAKABE, to=["セキュアイレース 受付 <uketsuke@secure-erase.jp>"],
    subject="RE: データ消去証明書送付のご案内（SE-2503-117）",
    body="""セキュアイレース ご担当者様

証明書を確かに受領しました。原本の到着もあわせて確認いたします。
迅速なご対応ありがとうございました。

真壁

差出人: セキュアイレース 受付 <uketsuke@secure-erase.jp>
送信日時: 2025年3月21日 15:47
宛先: 真壁 亮 <r.makabe@hinode-sangyo.co.jp>
件名: データ消去証明書送付のご案内（SE-2503-117）

日の出産業株式会社 真壁様

データ消去証明書をお送りします。
　作業責任者：沼田 克也（消去技術者認定 No. ADEC-1187）
　作業者　　：桐生 遥、宮地 大
　作業日　　：2025年3月18日
　対象媒体　：8点（別紙のとおり）
""",
    entities=[], detectors=[],
    note="vendor's staff names appear only in the quoted original under 差出人/送信日時",
)

rows93 = "\n".join(f"　・{p['name']}（{rng.choice(['総務部', '情報システム部', '営業部'])}）　{p['tel']}" for p in P93)
add(
    id="bihin-093", expect="pass", charset="utf-8",
    sender=ONODERA, to=["甲賀ビジネスソリューションズ 水野様 <mizuno@kohga-business.co.jp>"],
    subject="4/5 設置当日の弊社連絡先",
    body=f"""水野様

小野寺です。4月5日の設置当日、弊社側の連絡先は以下の3名です。
土曜日のため代表電話はつながりません。携帯へ直接ご連絡ください。

{rows93}

よろしくお願いします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three on-site contacts with mobiles: fewer than five people, may be warned",
)

add(
    id="bihin-094", expect="pass", charset="iso-2022-jp",
    sender=AKIZUKI, to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-houjin@midori-ginko.co.jp>"],
    subject="口座振替依頼書の送付について（リース料）",
    body="""みどり銀行 日本橋支店 法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部の秋月です。
複合機リース料の口座振替について、依頼書を本日郵送いたしました。

　引落口座：みどり銀行 日本橋支店 普通 1284406（日の出産業株式会社）
　収納企業：東海リース株式会社
　開始月　：2025年5月引落分から

届出印の照合でご不明点があればご連絡ください。
""" + SIG_AKIZUKI,
    entities=[], detectors=[],
    note="the company's own bank account, not a person's",
)

add(
    id="bihin-095", expect="pass", charset="utf-8",
    sender=ONODERA, to=["さくらホテル 宴会予約 中村様 <banquet@sakura-hotel.jp>"],
    subject="4/18 株主懇親会 機材レンタルの件",
    body="""さくらホテル 宴会予約 中村様

いつもお世話になっております。日の出産業の小野寺です。
4月18日の株主懇親会（桜の間）で使用する機材について、
ホテル様でのレンタルをお願いしたく存じます。

　・プロジェクター（5000lm以上）＋ 150インチスクリーン ×1
　・ワイヤレスマイク ×4、有線マイク ×1
　・演台、司会台
　・ノートPC接続用 HDMI ケーブル（10m）

弊社側で持ち込む機材はPC 2台のみです。
お見積りと、搬入可能時刻を教えていただけますと幸いです。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="equipment rental request to a partner hotel",
)

add(
    id="bihin-096", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["北国フーズ オフィスサービス課 <office-service@kitaguni-foods.co.jp>"],
    subject="コーヒーマシン 定期メンテナンス日程",
    body="""北国フーズ株式会社 オフィスサービス課 ご担当者様

お世話になっております。日の出産業 総務課の小野寺です。
各フロアのコーヒーマシンの定期メンテナンス日程について、以下で承知しました。

　4F リフレッシュスペース　4/9（水）10:00〜
　5F 給湯室　　　　　　　　4/9（水）11:00〜
　7F 会議室前　　　　　　　4/9（水）13:30〜

また、7F のマシンで時々「給水エラー」が表示されますので、
当日あわせて点検をお願いします。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="maintenance schedule by floor; no personal data",
)

rows97 = [("大阪支店", "06-6345-2201"), ("名古屋営業所", "052-551-8830"), ("福岡営業所", "092-472-6615"),
          ("仙台営業所", "022-266-4120"), ("札幌出張所", "011-231-9087"), ("川口倉庫", "048-222-3071")]
body97 = "\n".join(f"{site}　代表 {tel}　受取担当：{p['name']}（携帯 {p['tel']}）"
                   for (site, tel), p in zip(rows97, P97))
add(
    id="bihin-097", expect="either", charset="utf-8",
    sender=ONODERA, to=["オフィスネットダイレクト 配送センター <haiso@officenet-direct.jp>"],
    subject="拠点直送分の受取担当者について",
    body=f"""オフィスネットダイレクト 配送センター ご担当者様

お世話になっております。日の出産業の小野寺です。
拠点直送分（受注番号 ON-250324-118）の受取担当は以下のとおりです。
不在時は担当者の携帯へご連絡ください。

{body97}

よろしくお願いいたします。
""" + SIG_ONODERA,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six branch receiving contacts with their mobiles: business contacts, but six named people",
)

add(
    id="bihin-098", expect="stop", charset="iso-2022-jp",
    sender=KUWABARA, to=["ほしぞらモバイル 法人営業部 矢吹様 <yabuki@hoshizora-mobile.co.jp>"],
    subject="文字表示対応端末のご相談",
    body="""矢吹様

いつもお世話になっております。桑原です。
1台だけ特別な手配をご相談させてください。

4月から物流部に配属になる長谷部 湊さんは聴覚障害（身体障害者手帳 2級）があり、
通話の代わりに文字でやり取りできる環境が必要です。
・音声のリアルタイム文字起こしに対応した端末
・ビデオ通話（手話）に耐えるデータ容量のプラン
・着信を光と振動で知らせる設定
この条件に合う機種・プランをご提案いただけますか。
""" + SIG_KUWABARA,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's disability (要配慮個人情報) sent to the carrier",
)

add(
    id="bihin-099", expect="pass", charset="iso-2022-jp",
    sender=ONODERA, to=["東海リース 川端様 <kawabata@tokai-lease.co.jp>"],
    subject="FW: 【価格改定のお知らせ】保守カウンター料金について",
    body="""川端様

お世話になっております。小野寺です。
保守会社から以下の案内が届きました。リース料への影響がないか念のため共有します。

---------- 転送メッセージ ----------
差出人: 甲賀ビジネスソリューションズ お客様窓口 <info@kohga-business.co.jp>
日付: 2025年3月10日 9:00
件名: 【価格改定のお知らせ】保守カウンター料金について

お客様各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
2025年7月1日より、保守カウンター料金を以下のとおり改定いたします。
　モノクロ：0.8円 → 0.9円
　カラー　：6.5円 → 7.0円
何卒ご理解賜りますようお願い申し上げます。
""" + SIG_ONODERA,
    entities=[], detectors=[],
    note="forward of a vendor's price notice: new text to the recipient but nothing sensitive",
)

add(
    id="bihin-100", expect="pass", charset="utf-8",
    sender=ONODERA, to=["丸三事務機 田島様 <tajima@marusan-jimuki.co.jp>"],
    subject="ラミネーター見積の件（他社見積添付）",
    body="""田島様

お世話になっております。小野寺です。
ラミネーターの件、他社から届いた見積メールを添付します。
同等の条件でご提示いただけるようでしたら、御社にお願いしたいと考えております。
""" + SIG_ONODERA,
    attachments=[{"kind": "eml", "name": "見積_藤吉商店.eml",
                  "message": {
                      "sender": "藤吉商店 藤吉 <fujiyoshi@fujiyoshi-shoten.co.jp>",
                      "to": ["小野寺 美咲 <m.onodera@hinode-sangyo.co.jp>"],
                      "subject": "ラミネーター お見積り",
                      "charset": "iso-2022-jp",
                      "body": """日の出産業 小野寺様

いつもありがとうございます。藤吉商店の藤吉です。
ご依頼のラミネーターのお見積りです。

　LM-A3PRO（A3対応・4本ローラー） 1台　¥11,800（税別）
　ラミネートフィルム A4 100枚入　　5箱　¥1,280/箱

納期は受注後3営業日です。

--
有限会社 藤吉商店 藤吉 正
TEL 03-3832-5510
"""}}],
    entities=[], detectors=[],
    note="attached mail is a competitor's quote with only its own business signature",
)
