"""Blind corpus: 総務 (facilities, 社宅, parking, security cards), 不動産管理 (tenants of
company-owned buildings), 広報/IR (press, media lists, shareholder events) and 社内イベント
(family day, bus seating) of 日の出産業株式会社.

Written from BRIEF.md and SPEC.md only.  Every person, number and address is invented.
Labelling conventions used in this file:
- internal-only mail: `entities` still lists the personal data the mail carries, `detectors`
  is empty (nothing should fire on mail that never leaves the organisation);
- encrypted attachments: `entities` is empty (nothing can be read), the hold comes from
  `unscannable_attachment`;
- quoted text (">" / Original Message / "On … wrote:") is not counted in `entities`.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number  # noqa: F401  (card_number kept for symmetry)

# ---------------------------------------------------------------------------------------
# small helpers to build invented rows
# ---------------------------------------------------------------------------------------

SEI = [
    ("相葉", "アイバ", "Aiba"), ("五十嵐", "イガラシ", "Igarashi"), ("宇佐美", "ウサミ", "Usami"),
    ("榎本", "エノモト", "Enomoto"), ("小野寺", "オノデラ", "Onodera"), ("柏木", "カシワギ", "Kashiwagi"),
    ("城戸", "キド", "Kido"), ("久保田", "クボタ", "Kubota"), ("小暮", "コグレ", "Kogure"),
    ("笹川", "ササガワ", "Sasagawa"), ("東海林", "ショウジ", "Shoji"), ("須藤", "ストウ", "Suto"),
    ("瀬尾", "セオ", "Seo"), ("曽我", "ソガ", "Soga"), ("田所", "タドコロ", "Tadokoro"),
    ("千葉", "チバ", "Chiba"), ("津田", "ツダ", "Tsuda"), ("寺嶋", "テラシマ", "Terashima"),
    ("百目鬼", "ドウメキ", "Domeki"), ("中曽根", "ナカソネ", "Nakasone"), ("西園寺", "サイオンジ", "Saionji"),
    ("沼尻", "ヌマジリ", "Numajiri"), ("根岸", "ネギシ", "Negishi"), ("野々村", "ノノムラ", "Nonomura"),
    ("萩原", "ハギワラ", "Hagiwara"), ("日比野", "ヒビノ", "Hibino"), ("古畑", "フルハタ", "Furuhata"),
    ("別所", "ベッショ", "Bessho"), ("保坂", "ホサカ", "Hosaka"), ("真壁", "マカベ", "Makabe"),
    ("三ツ矢", "ミツヤ", "Mitsuya"), ("武藤", "ムトウ", "Muto"), ("目黒", "メグロ", "Meguro"),
    ("望月", "モチヅキ", "Mochizuki"), ("矢吹", "ヤブキ", "Yabuki"), ("湯浅", "ユアサ", "Yuasa"),
    ("米倉", "ヨネクラ", "Yonekura"), ("若林", "ワカバヤシ", "Wakabayashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("鬼頭", "キトウ", "Kito"), ("御手洗", "ミタライ", "Mitarai"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("栗栖", "クリス", "Kurisu"), ("鷲尾", "ワシオ", "Washio"), ("猪狩", "イガリ", "Igari"),
    ("嘉数", "カカズ", "Kakazu"), ("比嘉", "ヒガ", "Higa"), ("雨宮", "アメミヤ", "Amemiya"),
    ("鵜飼", "ウカイ", "Ukai"), ("茅野", "チノ", "Chino"), ("芦田", "アシダ", "Ashida"),
    ("氏家", "ウジイエ", "Ujiie"), ("大日向", "オオヒナタ", "Ohinata"), ("粕谷", "カスヤ", "Kasuya"),
    ("九鬼", "クキ", "Kuki"), ("桑畑", "クワハタ", "Kuwahata"), ("毛利", "モウリ", "Mori"),
    ("四方田", "ヨモダ", "Yomoda"), ("一ノ瀬", "イチノセ", "Ichinose"), ("二階堂", "ニカイドウ", "Nikaido"),
]

MEI = [
    ("健太", "ケンタ", "Kenta", "男"), ("美咲", "ミサキ", "Misaki", "女"), ("翔", "ショウ", "Sho", "男"),
    ("由美子", "ユミコ", "Yumiko", "女"), ("大輔", "ダイスケ", "Daisuke", "男"), ("彩花", "アヤカ", "Ayaka", "女"),
    ("誠", "マコト", "Makoto", "男"), ("奈々", "ナナ", "Nana", "女"), ("拓海", "タクミ", "Takumi", "男"),
    ("千尋", "チヒロ", "Chihiro", "女"), ("浩二", "コウジ", "Koji", "男"), ("麻衣", "マイ", "Mai", "女"),
    ("隆", "タカシ", "Takashi", "男"), ("恵", "メグミ", "Megumi", "女"), ("悠人", "ユウト", "Yuto", "男"),
    ("結衣", "ユイ", "Yui", "女"), ("修", "オサム", "Osamu", "男"), ("香織", "カオリ", "Kaori", "女"),
    ("亮介", "リョウスケ", "Ryosuke", "男"), ("沙織", "サオリ", "Saori", "女"), ("和也", "カズヤ", "Kazuya", "男"),
    ("真由美", "マユミ", "Mayumi", "女"), ("蓮", "レン", "Ren", "男"), ("陽菜", "ヒナ", "Hina", "女"),
    ("直樹", "ナオキ", "Naoki", "男"), ("智子", "トモコ", "Tomoko", "女"), ("昌平", "ショウヘイ", "Shohei", "男"),
    ("琴音", "コトネ", "Kotone", "女"), ("勝", "マサル", "Masaru", "男"), ("弥生", "ヤヨイ", "Yayoi", "女"),
    ("剛志", "ツヨシ", "Tsuyoshi", "男"), ("紗希", "サキ", "Saki", "女"), ("信之", "ノブユキ", "Nobuyuki", "男"),
    ("佳奈", "カナ", "Kana", "女"), ("晴臣", "ハルオミ", "Haruomi", "男"), ("芽衣", "メイ", "Mei", "女"),
    ("孝文", "タカフミ", "Takafumi", "男"), ("瑞穂", "ミズホ", "Mizuho", "女"), ("啓介", "ケイスケ", "Keisuke", "男"),
    ("朋美", "トモミ", "Tomomi", "女"), ("義則", "ヨシノリ", "Yoshinori", "男"), ("絢子", "アヤコ", "Ayako", "女"),
]

CHILD = [
    ("陽翔", "ハルト", "男"), ("凛", "リン", "女"), ("湊", "ミナト", "男"), ("紬", "ツムギ", "女"),
    ("蒼", "アオイ", "男"), ("芽依", "メイ", "女"), ("大和", "ヤマト", "男"), ("さくら", "サクラ", "女"),
    ("律", "リツ", "男"), ("陽葵", "ヒマリ", "女"), ("樹", "イツキ", "男"), ("結菜", "ユイナ", "女"),
    ("颯太", "ソウタ", "男"), ("杏", "アン", "女"), ("朝陽", "アサヒ", "男"), ("澪", "ミオ", "女"),
    ("奏太", "カナタ", "男"), ("心春", "コハル", "女"), ("悠真", "ユウマ", "男"), ("詩", "ウタ", "女"),
]

ADDR = [
    ("176-0005", "東京都", "練馬区旭丘"), ("179-0072", "東京都", "練馬区光が丘"),
    ("332-0034", "埼玉県", "川口市並木"), ("330-0063", "埼玉県", "さいたま市浦和区高砂"),
    ("211-0004", "神奈川県", "川崎市中原区新丸子東"), ("223-0061", "神奈川県", "横浜市港北区日吉"),
    ("273-0005", "千葉県", "船橋市本町"), ("270-0034", "千葉県", "松戸市新松戸"),
    ("181-0013", "東京都", "三鷹市下連雀"), ("184-0004", "東京都", "小金井市本町"),
    ("136-0071", "東京都", "江東区亀戸"), ("144-0052", "東京都", "大田区蒲田"),
    ("206-0033", "東京都", "多摩市落合"), ("252-0303", "神奈川県", "相模原市南区相模大野"),
    ("260-0013", "千葉県", "千葉市中央区中央"), ("343-0845", "埼玉県", "越谷市南越谷"),
    ("567-0828", "大阪府", "茨木市舟木町"), ("464-0850", "愛知県", "名古屋市千種区今池"),
]

BANKS = [
    ("みどり銀行", ["本店営業部", "浜松町支店", "蒲田支店", "川口支店", "船橋支店"]),
    ("東都信用金庫", ["亀戸支店", "練馬支店", "小金井支店"]),
    ("ゆりかもめ銀行", ["新宿支店", "横浜駅前支店", "日吉支店"]),
    ("関東ろうきん", ["浦和支店", "松戸支店"]),
    ("ゆうちょ銀行", ["〇一八店", "〇二八店", "四〇八店"]),
]

HANKANA = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー・ ",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･ ",
)


def hankana(s: str) -> str:
    """Katakana → half-width katakana (dakuten split), as bank account names are printed."""
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        out.append(base.translate(HANKANA))
        for m in marks:
            out.append("ﾞ" if m == "\u3099" else "ﾟ" if m == "\u309a" else m)
    return "".join(out)


def rng(tag: str) -> random.Random:
    return random.Random(f"fac-{tag}")


def people(tag: str, n: int) -> list[dict]:
    """n invented people with distinct surnames."""
    r = rng("people-" + tag)
    sei = r.sample(SEI, n)
    mei = r.sample(MEI, n) if n <= len(MEI) else [r.choice(MEI) for _ in range(n)]
    out = []
    for s, m in zip(sei, mei):
        out.append(dict(sei=s[0], sei_kana=s[1], sei_ro=s[2], mei=m[0], mei_kana=m[1],
                        mei_ro=m[2], sex=m[3],
                        name=f"{s[0]} {m[0]}", kana=f"{s[1]} {m[1]}",
                        romaji=f"{m[2]} {s[2]}", ROMAJI=f"{s[2].upper()} {m[2].upper()}"))
    return out


def mobile(r: random.Random, sep: str = "-") -> str:
    return sep.join([r.choice(["090", "080", "070"]), f"{r.randint(1000, 9999)}",
                     f"{r.randint(1000, 9999)}"])


def landline(r: random.Random, area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    return f"{area}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def address(r: random.Random, with_zip: bool = True) -> str:
    z, pref, city = r.choice(ADDR)
    banchi = f"{r.randint(1, 6)}-{r.randint(1, 28)}-{r.randint(1, 30)}"
    if r.random() < 0.35:
        banchi += f" {r.choice(['コーポ', 'ハイツ', 'メゾン', 'グラン'])}{r.choice(['若葉', '桜台', 'ひばり', '緑風', 'エクセル'])}{r.randint(1, 4)}0{r.randint(1, 8)}"
    return (f"〒{z} " if with_zip else "") + f"{pref}{city}{banchi}"


def bank(r: random.Random, kana_name: str) -> str:
    b, branches = r.choice(BANKS)
    kind = "普通" if r.random() < 0.85 else "当座"
    return f"{b} {r.choice(branches)} {kind} {r.randint(1000000, 9999999)} {hankana(kana_name)}"


def era(y: int, m: int, d: int) -> tuple[str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", y - 1988
    return "昭和", y - 1925


def dob(r: random.Random, lo: int = 1962, hi: int = 2000, style: str = "iso") -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    e, ey = era(y, m, d)
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "wareki":
        return f"{e}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "abbr":
        return f"{e[0].translate(str.maketrans('昭平令', 'SHR'))}{ey}.{m}.{d}"
    if style == "fw":
        return fw(f"{e[0].translate(str.maketrans('昭平令', 'SHR'))}{ey}.{m}.{d}", iso=True)
    raise ValueError(style)


_FW = str.maketrans("0123456789.:/()", "０１２３４５６７８９．：／（）")
_FW_SHR = str.maketrans("SHR", "ＳＨＲ")


def fw(s: str, iso: bool = False) -> str:
    """Full-width digits; '-' becomes − (JIS) for ISO-2022-JP mail, － for CP932/UTF-8."""
    return s.translate(_FW).translate(_FW_SHR).replace("-", "−" if iso else "－")


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    s = str(s)
    gap = n - width(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + " " * max(gap, 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-", fill: str = " ") -> str:
    widths = [max(width(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for k, row in enumerate(rows):
        cells = [pad(c, widths[i] + gap, fill) if i < len(row) - 1 else str(c)
                 for i, c in enumerate(row)]
        lines.append("".join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + gap * (len(widths) - 1)
            lines.append(rule * (total // 2 if fill == "\u3000" else total))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# signatures and boilerplate
# ---------------------------------------------------------------------------------------

HQ = "〒105-0013 東京都港区浜松町2-9-3 日の出産業ビル"

SIG_HASEBE = f"""
--------------------------------------------------
日の出産業株式会社 総務部 施設課
長谷部 圭（Hasebe Kei）
{HQ}5F
TEL 03-5472-8810（直通） FAX 03-5472-8819
hasebe.kei@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_KANNO = f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
総務部 総務課 社宅・福利厚生担当
菅野 里美
{HQ}5階
TEL：03-5472-8815 ／ 内線 2215
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_OKOCHI = """
===================================
日の出産業株式会社 不動産管理部 賃貸管理課
課長 大河内 誠
〒105-0013 東京都港区浜松町2-9-3
TEL 03-5472-8850 FAX 03-5472-8859
Mail okochi.makoto@hinode-sangyo.co.jp
==================================="""

SIG_HORI = """
--
日の出産業(株) 不動産管理部
堀之内 真紀 / Maki Horinouchi
TEL 03-5472-8852 / 携帯(会社貸与) 080-4419-2260
horinouchi@hinode-sangyo.co.jp"""

SIG_TODO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 広報IR室
藤堂 玲奈（とうどう れな）
〒105-0013 東京都港区浜松町2-9-3
TEL 03-5472-8800（広報IR室代表）
todo.rena@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━"""

SIG_MINASE = """
--
Ryo Minase
Investor Relations, Hinode Sangyo Co., Ltd.
2-9-3 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5472-8800
minase.ryo@hinode-sangyo.co.jp"""

SIG_MINASE_JA = """
--
日の出産業株式会社 広報IR室 IR担当
水無瀬 亮（みなせ りょう）
TEL 03-5472-8803 / minase.ryo@hinode-sangyo.co.jp"""

SIG_KASAHARA = """
***************************************
日の出産業株式会社 総務部 厚生課
笠原 由紀
TEL 03-5472-8817（厚生課）
kasahara.yuki@hinode-sangyo.co.jp
***************************************"""

SIG_KUDO = """
----
日の出産業株式会社 総務部 セキュリティ管理担当
工藤 孝之
TEL 03-5472-8812 / 内線2212
kudo.t@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""

HASEBE = "長谷部 圭 <hasebe.kei@hinode-sangyo.co.jp>"
KANNO = "菅野 里美 <kanno.satomi@hinode-sangyo.co.jp>"
OKOCHI = "大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>"
HORI = "堀之内 真紀 <horinouchi@hinode-sangyo.co.jp>"
TODO = "藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>"
MINASE = "Ryo Minase <minase.ryo@hinode-sangyo.co.jp>"
MINASE_JA = "水無瀬 亮 <minase.ryo@hinode-sangyo.co.jp>"
KASAHARA = "笠原 由紀 <kasahara.yuki@hinode-sangyo.co.jp>"
KUDO = "工藤 孝之 <kudo.t@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []

# =======================================================================================
# 総務: 社宅・駐車場・入館カード
# =======================================================================================

# fac-001 社宅入居者一覧, space-padded table in the body, to the 社宅管理代行会社
_p = people("001", 8)
_r = rng("001")
_rows = [["号室", "入居者", "入居日", "携帯", "緊急連絡先（続柄）"]]
for i, p in enumerate(_p):
    rel = _r.choice(["妻", "父", "母", "兄"] if p["sex"] == "男" else ["夫", "父", "母", "姉"])
    _rows.append([f"{(i // 4) + 1}0{i % 4 + 1}", p["name"], f"20{_r.randint(19, 24)}/{_r.randint(1, 12)}/1",
                  mobile(_r), f"{mobile(_r)}（{rel}）"])
MESSAGES.append(dict(
    id="fac-001",
    sender=HASEBE,
    to=["東都ハウジングサービス 清水様 <shimizu@toto-housing.co.jp>"],
    subject="ひのでハイツ東陽町 入居者一覧（4月1日現在）の送付",
    charset="iso-2022-jp",
    body=f"""東都ハウジングサービス株式会社
管理事業部 清水様

いつもお世話になっております。日の出産業 総務部の長谷部です。

先日お電話でご依頼いただいた、借上げ社宅「ひのでハイツ東陽町」の
入居者一覧（4月1日現在）をお送りします。
定期清掃・消防設備点検の事前連絡にお使いください。

{table(_rows)}

※301〜304号室は3月末で全戸退去済みのため、一覧には含めていません。
※緊急連絡先へのご連絡は、入居者本人と連絡がつかない場合のみにしていただけますと幸いです。

よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 社宅 residents with mobiles and family emergency phones, padded table, to an external manager",
))

# fac-002 月極駐車場: plate numbers and bays only
_r = rng("002")
_plates = []
for i in range(1, 15):
    _plates.append(f"  B-{i:02d}\t{_r.choice(['品川', '練馬', '足立', '横浜', '川崎', '大宮'])} "
                   f"{_r.choice(['300', '330', '500', '530', '580'])} "
                   f"{_r.choice(['さ', 'す', 'た', 'ち', 'な', 'は', 'ま', 'や'])} "
                   f"{_r.randint(10, 99)}-{_r.randint(10, 99)}")
MESSAGES.append(dict(
    id="fac-002",
    sender=HASEBE,
    to=["大和パーキング株式会社 工事担当 <koji@yamato-parking.jp>"],
    subject="【ご連絡】本社地下駐車場 ライン引き直し工事に伴う車両移動について",
    charset="cp932",
    body=f"""大和パーキング株式会社
工事ご担当者様

お世話になっております。日の出産業の長谷部でございます。

5/17（土）のライン引き直し工事の件、B区画に当日駐車予定の車両を下記にまとめました。
各利用者への移動依頼は弊社から行いますので、御社からのご連絡は不要です。
当日朝、区画とナンバーが一致しているかだけご確認いただければ助かります。

  区画\t車両番号
{chr(10).join(_plates)}

B-15〜B-20は来客用のため当日は閉鎖します。

工事時間：9:00〜15:00（雨天時は5/24に順延）
{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="parking bays and plate numbers only, no owners: not a list of people",
))

# fac-003 入館カード発行依頼, XLSX with a title row above the header
_p = people("003", 12)
_r = rng("003")
_depts = ["営業第一部", "営業第二部", "経理部", "人事部", "情報システム部", "物流企画部", "法務部"]
_sheet = [["入館カード発行依頼書（2025年4月入社・異動者分）", "", "", "", "", "", ""],
          ["依頼元：日の出産業株式会社 総務部", "", "", "", "", "", ""],
          [],
          ["No", "社員番号", "氏名", "フリガナ", "所属", "入館権限", "利用開始日"]]
for i, p in enumerate(_p, 1):
    _sheet.append([i, f"H{_r.randint(20, 25)}{_r.randint(1000, 9999)}", p["name"], p["kana"],
                   _r.choice(_depts), _r.choice(["A（全館）", "B（事務フロア）", "B（事務フロア）", "C（倉庫棟）"]),
                   "2025/04/01" if i < 9 else "2025/04/15"])
MESSAGES.append(dict(
    id="fac-003",
    sender=KUDO,
    to=["アルファ警備保障 カード発行センター <card-center@alpha-keibi.co.jp>"],
    cc=["工藤 <kudo.t@hinode-sangyo.co.jp>"],
    subject="入館カード発行依頼（12名分）",
    charset="utf-8",
    body=f"""アルファ警備保障株式会社
カード発行センター御中

いつも大変お世話になっております。
日の出産業株式会社 総務部の工藤です。

4月入社・異動者の入館カード発行をお願いいたします。
対象は12名で、明細は添付の依頼書をご確認ください。
顔写真データは別途、御社ポータルにアップロード済みです。

発行後は、これまでと同様に総務部（5階受付）宛にご送付をお願いいたします。
{SIG_KUDO}
""",
    attachments=[{"kind": "xlsx", "name": "入館カード発行依頼_202504.xlsx",
                  "sheets": {"依頼一覧": _sheet,
                             "記入要領": [["項目", "説明"], ["入館権限", "A=全館 B=事務フロア C=倉庫棟"],
                                      ["利用開始日", "初回入館予定日"]]}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="12 employees' names, kana, employee numbers and departments in an XLSX to the security company",
))

# fac-004 meeting-room bookings to the caterer
MESSAGES.append(dict(
    id="fac-004",
    sender=KANNO,
    to=["銀杏ケータリング ご注文窓口 <order@icho-catering.jp>"],
    subject="6月第2週 会議室ケータリングのご注文",
    charset="utf-8",
    body=f"""銀杏ケータリング株式会社
ご注文窓口 御中

お世話になっております。日の出産業の菅野です。
6月第2週の会議室予約に合わせて、以下のとおりご注文いたします。

日付      時間         会議室        人数  内容                予約部署
--------------------------------------------------------------------------
6/9(月)   12:00-13:00  5F 大会議室    24   幕の内弁当・お茶     経営企画部
6/10(火)  15:00-16:30  7F 701         8   コーヒー・焼き菓子   広報IR室
6/11(水)  12:00-13:00  5F 中会議室A   12   サンドイッチ         人事部
6/12(木)  10:00-12:00  8F 役員会議室   10   コーヒー             秘書室
6/13(金)  18:30-20:30  5F 大会議室    40   オードブル（立食）   総務部

請求書はいつもどおり総務部宛・月末締めでお願いします。
発注番号：HS-CT-2506-02
{SIG_KANNO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting-room bookings by department with headcounts: no personal data",
))

# fac-005 駐車場契約者 CSV (names + mobiles), cp932
_p = people("005", 7)
_r = rng("005")
_csv = [["区画", "車両番号", "車種", "契約者", "携帯電話", "内線"]]
for i, p in enumerate(_p):
    _csv.append([f"P{i + 3}", f"品川 {_r.choice(['300', '500', '330'])} {_r.choice('さすせそたちつ')} {_r.randint(10, 99)}-{_r.randint(10, 99)}",
                 _r.choice(["プリウス", "N-BOX", "ノート", "フィット", "セレナ", "アクア"]),
                 p["name"], mobile(_r), str(_r.randint(2100, 2899))])
MESSAGES.append(dict(
    id="fac-005",
    sender=HASEBE,
    to=["大和パーキング 契約管理課 <keiyaku@yamato-parking.jp>"],
    subject="Re: 第二駐車場 契約者名簿のご提出について",
    charset="cp932",
    body=f"""大和パーキング株式会社 契約管理課 御中

お世話になっております。日の出産業の長谷部です。
ご依頼の第二駐車場（浜松町二丁目）の契約者名簿をCSVでお送りします。
4月から P7・P9 の契約者が変わっておりますのでご留意ください。

ご確認のほどよろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "csv", "name": "第二駐車場_契約者名簿.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 parking contract holders with plates and mobiles in a CP932 CSV to the parking operator",
))

# fac-006 internal 自衛消防隊 roster with mobiles: all internal
_p = people("006", 9)
_r = rng("006")
_roles = ["隊長", "副隊長", "通報連絡班", "通報連絡班", "初期消火班", "初期消火班", "避難誘導班", "避難誘導班", "救護班"]
_lines = "\n".join(f"・{role}：{p['name']}（{_r.choice(['総務部', '経理部', '営業第一部', '人事部'])}）　携帯 {mobile(_r)}"
                   for role, p in zip(_roles, _p))
MESSAGES.append(dict(
    id="fac-006",
    sender=HASEBE,
    to=["本社勤務者各位 <honsha-all@hinode-sangyo.co.jp>"],
    cc=["防災委員会 <bousai@hinode-sangyo.co.jp>"],
    subject="2025年度 自衛消防隊 編成のお知らせ",
    charset="iso-2022-jp",
    body=f"""本社勤務者各位

総務部 施設課の長谷部です。
2025年度の自衛消防隊の編成が決まりましたのでお知らせします。
夜間・休日に災害が発生した場合は、下記の携帯番号へ連絡してください。

{_lines}

9月1日（月）の総合防災訓練では、各班の役割に沿って動いていただきます。
詳細は追ってご案内します。

※社内限りの連絡先です。社外への転送はご遠慮ください。
{SIG_HASEBE}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="internal-only roster with mobiles: every recipient is hinode-sangyo.co.jp",
))

# fac-007 社宅 緊急連絡網 (family phones) in a DOCX table
_p = people("007", 6)
_r = rng("007")
_t = [["棟・号室", "入居者", "家族（続柄）", "家族の連絡先", "備考"]]
for i, p in enumerate(_p):
    rel = "妻" if p["sex"] == "男" else "夫"
    fam = rng("007f" + str(i)).choice([m for m in MEI if m[3] == ("女" if rel == "妻" else "男")])
    if i % 3 == 2:
        rel, fam_name = "父", f"{p['sei']} {rng('007g' + str(i)).choice(['英夫', '正男', '清'])}"
    else:
        fam_name = f"{p['sei']} {fam[0]}"
    _t.append([f"A棟 {i // 2 + 1}0{_r.randint(1, 6)}", p["name"], f"{fam_name}（{rel}）",
               mobile(_r) if i % 2 else landline(_r, _r.choice(["0276", "0857", "0242"])),
               _r.choice(["", "平日日中は不在", "実家（帰省先）", ""])])
MESSAGES.append(dict(
    id="fac-007",
    sender=KANNO,
    to=["東都ハウジングサービス 緊急受付 <kinkyu@toto-housing.co.jp>"],
    subject="社宅 緊急連絡網の更新版",
    charset="utf-8",
    body=f"""東都ハウジングサービス 緊急受付ご担当様

日の出産業 総務部の菅野です。いつもありがとうございます。
台風シーズン前に、こすもす台社宅の緊急連絡網を更新しましたのでお送りします。
入居者本人に連絡がつかないときは、添付のご家族連絡先にお願いします。
{SIG_KANNO}
""",
    attachments=[{"kind": "docx", "name": "こすもす台社宅_緊急連絡網_2025.docx",
                  "paragraphs": ["こすもす台社宅 緊急連絡網（2025年6月更新）",
                                 "入居者と連絡がとれない場合に限り、下記のご家族へ連絡してください。"],
                  "tables": [_t]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="emergency contact list: 6 residents with family members' names and phones, DOCX table",
))

# fac-008 テナント案内板: a building directory of companies
MESSAGES.append(dict(
    id="fac-008",
    sender=OKOCHI,
    to=["看板工房ミヤビ 営業部 <eigyo@kanban-miyabi.co.jp>"],
    subject="日の出浜松町ビル 1階テナント案内板の表示変更",
    charset="iso-2022-jp",
    body=f"""株式会社看板工房ミヤビ
営業部 ご担当者様

いつもお世話になっております。
日の出産業 不動産管理部の大河内でございます。

7月1日付で入居テナントが変わりますので、1階エントランスの案内板を
下記の内容に差し替えていただけますでしょうか。

  階   テナント名                      代表電話
  ---------------------------------------------------
  9F   日の出産業株式会社 本社          03-5472-8800
  8F   日の出産業株式会社 本社          03-5472-8800
  7F   株式会社ベルテック・ジャパン      03-5472-3310
  6F   あさひ会計事務所                 03-5472-6021
  5F   日の出産業株式会社 総務部        03-5472-8810
  4F   北斗メディカル株式会社（新）     03-5472-4400
  3F   株式会社リンクス東京             03-5472-3939
  2F   港南クリニックモール             03-5472-2020
  1F   カフェ・ルミエール               03-5472-1155

4Fは「シグマ電子工業」から「北斗メディカル」への変更です。
お見積りと施工可能日をご連絡いただけますと幸いです。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="building directory: tenant companies and their switchboards only",
))

# fac-009 引越し見積依頼 to a look-alike of aoba-unyu.co.jp (co. dropped)
_r = rng("009")
MESSAGES.append(dict(
    id="fac-009",
    sender=KANNO,
    to=["青葉運輸 引越センター <hikkoshi@aoba-unyu.jp>"],
    subject="転勤者引越しのお見積り依頼（1件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 引越センター御中

お世話になっております。日の出産業 総務部の菅野です。
6月付の転勤者1名について、引越しのお見積りをお願いいたします。

　転勤者：　城戸 晴臣 様（単身）
　現住所：　〒464-0850 愛知県名古屋市千種区今池4-11-6 ハイツ緑風203
　転居先：　〒136-0071 東京都江東区亀戸2-25-14 ひのでハイツ亀戸305（借上げ社宅）
　連絡先：　{mobile(_r)}（ご本人携帯）
　希望日：　6月21日（土）搬出／22日（日）搬入

訪問見積りの日程はご本人と直接調整いただいて構いません。
費用は会社負担のため、請求書は総務部宛でお願いします。
{SIG_KANNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp (co. dropped)",
))

# fac-010 the same kind of request, 2 people, to the real aoba-unyu.co.jp
_r = rng("010")
MESSAGES.append(dict(
    id="fac-010",
    sender=KANNO,
    to=["青葉運輸 引越センター 松永様 <matsunaga@aoba-unyu.co.jp>"],
    subject="【見積依頼】7月転勤者 2名分",
    charset="cp932",
    body=f"""青葉運輸株式会社
引越センター 松永様

いつも大変お世話になっております。日の出産業の菅野です。
7月付の転勤者2名分のお見積りをお願いいたします。

■1件目
　粕谷 孝文 様（ご家族3名）
　現住所　大阪府茨木市舟木町5-3-18
　転居先　千葉県船橋市本町2-9-1 日の出船橋社宅402
　携帯　　{mobile(_r)}

■2件目
　茅野 瑞穂 様（単身）
　現住所　神奈川県横浜市港北区日吉3-4-22
　転居先　大阪府茨木市舟木町1-7-5 ひのでコート茨木108
　携帯　　{mobile(_r)}

いずれも7月第1週の土日を希望されています。
よろしくお願いいたします。
{SIG_KANNO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two movers' records to the real partner domain: under five people, may warn",
))

# =======================================================================================
# 不動産管理: tenants, arrears, guarantors, applications
# =======================================================================================

# fac-011 家賃滞納者リスト with bank accounts, XLSX to the law firm
_p = people("011", 7)
_r = rng("011")
_sheet = [["滞納状況一覧（2025年3月末現在）　日の出産業株式会社 不動産管理部"], [],
          ["物件", "号室", "契約者", "滞納月数", "滞納額(円)", "引落口座", "連帯保証人", "保証人電話"]]
for p in _p:
    months = _r.randint(2, 7)
    g = rng("011g" + p["sei"]).choice(MEI)
    _sheet.append([_r.choice(["日の出レジデンス蒲田", "サンライズ亀戸", "日の出コーポ松戸"]),
                   f"{_r.randint(1, 6)}0{_r.randint(1, 9)}", p["name"], months, months * _r.choice([68000, 72500, 81000, 94000]),
                   bank(_r, p["kana"]), f"{p['sei']} {g[0]}", mobile(_r)])
MESSAGES.append(dict(
    id="fac-011",
    sender=OKOCHI,
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    subject="滞納賃料の督促・法的手続のご相談（資料送付）",
    charset="utf-8",
    body=f"""白川法律事務所
白川 先生

いつも大変お世話になっております。
日の出産業 不動産管理部の大河内でございます。

先日ご相談いたしました滞納賃料の件、3月末時点の滞納者一覧を添付いたします。
2か月以上滞納している7名分で、引落口座と連帯保証人の情報も含めております。
内容証明による督促から進めるべき先と、明渡し訴訟を視野に入れるべき先について、
ご意見をいただけますでしょうか。

来週、御事務所に伺って打合せができればと存じます。
{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "滞納者一覧_202503.xlsx",
                  "sheets": {"滞納一覧": _sheet,
                             "物件別集計": [["物件", "滞納件数", "滞納総額"],
                                        ["日の出レジデンス蒲田", 3, 612000],
                                        ["サンライズ亀戸", 2, 389000],
                                        ["日の出コーポ松戸", 2, 276000]]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 tenants in arrears with bank accounts and guarantors' phones, XLSX to the law firm",
))

# fac-012 入居申込書 PDF with a driver's licence number, to the rent guarantee company
_r = rng("012")
_lic = f"{_r.randint(30, 63)}{_r.randint(10, 99)}{_r.randint(10000000, 99999999)}"
MESSAGES.append(dict(
    id="fac-012",
    sender=HORI,
    to=["みらい家賃保証 審査部 <shinsa@mirai-hosho.co.jp>"],
    subject="保証審査のお願い（サンライズ亀戸 507号室）",
    charset="iso-2022-jp",
    body=f"""みらい家賃保証株式会社
審査部 御中

お世話になっております。日の出産業 不動産管理部の堀之内です。

サンライズ亀戸507号室の入居申込がありましたので、保証審査をお願いいたします。
申込書と本人確認書類の写しをPDFにまとめて添付しております。
入居希望日が7月1日のため、今週中にご回答いただけると助かります。
{SIG_HORI}
""",
    attachments=[{"kind": "pdf", "name": "入居申込書_サンライズ亀戸507.pdf",
                  "lines": ["賃貸住宅 入居申込書", "",
                            "物件名：サンライズ亀戸 507号室　賃料 92,000円　管理費 5,000円",
                            "申込者氏名：鷲尾 啓介（ワシオ ケイスケ）",
                            "生年月日：昭和63年9月14日（36歳）　性別：男",
                            "現住所：〒343-0845 埼玉県越谷市南越谷1-19-4 メゾンひばり202",
                            f"携帯電話：{mobile(_r)}",
                            "勤務先：株式会社リンクス東京 システム部（勤続6年）　年収：約540万円",
                            f"本人確認書類：運転免許証　番号 第{_lic}号　有効期限 令和9年10月14日",
                            "同居予定者：なし", "",
                            "上記のとおり申し込みます。 2025年6月3日"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one applicant's application with a driver's licence number (identity document) in a PDF",
))

# fac-013 入居審査: criminal record of one applicant, in prose
MESSAGES.append(dict(
    id="fac-013",
    sender=HORI,
    to=["みらい家賃保証 審査部 岩城様 <iwaki@mirai-hosho.co.jp>"],
    subject="Re: 日の出コーポ松戸 203 申込者の件",
    charset="cp932",
    body=f"""岩城様

お世話になっております。日の出産業の堀之内です。
お問い合わせの件、追加でわかったことをお知らせします。

申込者の鵜飼 剛志様（昭和54年生）ですが、面談の際にご本人から、
平成27年に傷害罪で有罪判決（懲役1年6月・執行猶予3年）を受けたことがある、
との申告がありました。猶予期間はすでに満了しているとのことです。
現在は松戸市内の物流会社に正社員として勤務されており、
勤務先の在籍確認も取れております。

弊社としては入居を前向きに検討したいと考えておりますが、
御社の審査基準上の取扱いについてご教示いただけますでしょうか。
{SIG_HORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="criminal record of a named applicant (要配慮個人情報) in prose, one person",
))

# fac-014 空き巣被害 incident report naming the victim, DOCX to the insurer
_r = rng("014")
MESSAGES.append(dict(
    id="fac-014",
    sender=OKOCHI,
    to=["みなと損害保険 事故受付センター <jiko@minato-sonpo.co.jp>"],
    subject="事故報告（日の出レジデンス蒲田 侵入盗被害）",
    charset="utf-8",
    body=f"""みなと損害保険株式会社
事故受付センター 御中

日の出産業 不動産管理部の大河内です。
施設賠償・建物総合保険（証券番号 MS-2207-118843）の対象物件で侵入盗が発生しましたので、
事故報告書を添付にてご報告いたします。

警察の現場検証は完了しており、被害届の受理番号は報告書に記載しております。
{SIG_OKOCHI}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_蒲田_0512.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "",
                                 "発生日時：2025年5月12日（月）10時頃〜17時頃（推定）",
                                 "発生場所：日の出レジデンス蒲田 3階 305号室（東京都大田区蒲田4-18-2）",
                                 f"被害者：305号室入居者 沼尻 沙織 様（連絡先 {mobile(_r)}）",
                                 "被害状況：ベランダ側窓ガラスを破られ室内に侵入され、現金約8万円、ノートPC、貴金属が盗まれた。"
                                 "沼尻様は帰宅時に被害に気付き110番通報。",
                                 "警察対応：蒲田警察署 刑事課 受理番号 第2025-0418号",
                                 "建物被害：305号室 掃出し窓ガラス1枚破損、網戸破損",
                                 "今後の対応：窓ガラス交換（5/14完了予定）、共用部防犯カメラ増設を検討"]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="building incident report names a crime victim (要配慮: 犯罪被害) with her phone, DOCX",
))

# fac-015 CCTV incident report in the body: victim and arrested former tenant named
MESSAGES.append(dict(
    id="fac-015",
    sender=KUDO,
    to=["アルファ警備保障 城南支社 機械警備課 <kikai-jonan@alpha-keibi.co.jp>"],
    subject="防犯カメラ映像の提供および経過のご報告（サンライズ亀戸）",
    charset="iso-2022-jp",
    body=f"""アルファ警備保障株式会社
城南支社 機械警備課 御中

日の出産業 総務部の工藤です。
先週ご相談したサンライズ亀戸の自転車盗難の件、経過をご報告します。

5月20日深夜、駐輪場の防犯カメラに、402号室の柏木 千尋様の自転車を
持ち去る男が映っており、映像を城東警察署に提供しました。
その後、警察から、男は昨年退去した元入居者の芦田 義則（当時203号室）であり、
5月28日に窃盗の容疑で逮捕したとの連絡がありました。

柏木様には警察から直接連絡が入っているとのことです。
つきましては、駐輪場のカメラ1台を高画素のものに交換するお見積りをお願いできますでしょうか。
録画データの保存期間も14日から30日に延ばしたいと考えています。
{SIG_KUDO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CCTV incident report naming a theft victim and an arrested former tenant (要配慮)",
))

# fac-016 statistics only, to the bank
MESSAGES.append(dict(
    id="fac-016",
    sender=OKOCHI,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="賃貸事業 稼働状況（2024年度）のご報告",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行
法人営業部 御中

いつもお世話になっております。
融資条件に基づく年次報告として、賃貸事業の稼働状況をお送りします。

物件名                戸数   入居率   平均賃料   滞納率   前年比
----------------------------------------------------------------
日の出レジデンス蒲田   48    95.8%    86,400円   2.1%    +1.3pt
サンライズ亀戸         36    97.2%    91,800円   1.4%    +0.4pt
日の出コーポ松戸       24    91.7%    64,200円   3.9%    −0.8pt
日の出浜松町ビル       9区画 100%     坪18,500円 0.0%     ±0
----------------------------------------------------------------
合計・平均             117   95.6%      −       2.0%    +0.5pt

詳細な収支明細は決算確定後（6月下旬）にお送りいたします。
{SIG_OKOCHI}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="occupancy and arrears statistics per building: no people; ordinary disclaimer",
))

# fac-017 HTML-only tenant list to the fire-equipment inspector
_p = people("017", 10)
_r = rng("017")
_trs = "\n".join(
    f"<tr><td>{(i // 5) + 1}0{i % 5 + 1}</td><td>{p['name']} 様</td><td>{mobile(_r) if i % 3 else landline(_r, '03')}</td>"
    f"<td>{_r.choice(['平日18時以降', '終日可', '土日のみ', '午前中', '要事前連絡'])}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-017",
    sender=HORI,
    to=["保安設備サービス 点検予約係 <yoyaku@hoan-setsubi.co.jp>"],
    subject="消防設備点検（室内）立入り日程調整用 入居者名簿",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>保安設備サービス株式会社<br>点検予約係 御中</p>
<p>お世話になっております。日の出産業 不動産管理部の堀之内です。<br>
日の出コーポ松戸の室内点検（6/18〜6/20）の日程調整にあたり、入居者名簿をお送りします。<br>
各戸へのお電話でのご調整をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>号室</th><th>入居者</th><th>電話</th><th>在宅の目安</th></tr>
{_trs}
</table>
<p>不在の多いお部屋は、管理会社立会いでの入室も可能です。</p>
<p>--<br>日の出産業(株) 不動産管理部<br>堀之内 真紀<br>TEL 03-5472-8852</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a 10-row resident table (names, phones) to a contractor",
))

# fac-018 one resident's contact to the plumber
_r = rng("018")
MESSAGES.append(dict(
    id="fac-018",
    sender=HORI,
    to=["みずほ設備工業 <info@mizuho-setsubi.co.jp>"],
    subject="漏水修理のご依頼（日の出レジデンス蒲田 502）",
    charset="iso-2022-jp",
    body=f"""みずほ設備工業 ご担当者様

お世話になっております。日の出産業の堀之内です。
日の出レジデンス蒲田502号室で、キッチン下からの漏水があると連絡がありました。
至急、点検・修理をお願いできますでしょうか。

入居者：田所 紗希 様
連絡先：{mobile(_r)}（平日は午後3時以降なら在宅とのことです）

下階（402号室）への影響は今のところないと聞いています。
作業後、報告書と請求書を弊社宛にお送りください。
{SIG_HORI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single resident's name and phone to a repair contractor: under five people",
))

# fac-019 guarantor data without a name column, CSV (UTF-8 BOM)
_r = rng("019")
_csv = [["契約番号", "物件・号室", "続柄", "保証人住所", "保証人電話", "勤務先"]]
for i in range(6):
    _csv.append([f"K-{_r.randint(21, 25)}{_r.randint(100, 999)}", f"蒲田 {_r.randint(2, 6)}0{_r.randint(1, 8)}",
                 _r.choice(["父", "母", "兄", "叔父", "姉"]), address(_r, with_zip=False),
                 landline(_r, _r.choice(["048", "047", "042", "03"])) if i % 2 else mobile(_r),
                 _r.choice(["自営（農業）", "年金受給", "株式会社東和工機", "市役所", "医療法人恵愛会"])])
MESSAGES.append(dict(
    id="fac-019",
    sender=HORI,
    to=["みらい家賃保証 契約管理部 <keiyaku-kanri@mirai-hosho.co.jp>"],
    subject="連帯保証人から保証会社への切替対象（6件）",
    charset="utf-8",
    body=f"""みらい家賃保証株式会社
契約管理部 ご担当者様

日の出産業の堀之内です。いつもお世話になっております。
更新時に連帯保証人から御社保証へ切り替える対象6件のデータを添付します。
現保証人への通知文の送付はこちらで行います。
{SIG_HORI}
""",
    attachments=[{"kind": "csv", "name": "切替対象_保証人情報.csv", "rows": _csv, "encoding": "utf-8-sig"}],
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 guarantors' home addresses and phones, no name column, CSV to the guarantee company",
))

# fac-020 foreign applicant with 在留カード number
_r = rng("020")
MESSAGES.append(dict(
    id="fac-020",
    sender=HORI,
    to=["きずな不動産 賃貸仲介課 <chintai@kizuna-fudosan.co.jp>"],
    subject="Re: 日の出コーポ松戸 104 お申込みの件",
    charset="cp932",
    body=f"""きずな不動産株式会社 賃貸仲介課
森下様

お世話になっております。日の出産業の堀之内です。
お申込みいただいた件、オーナーとして審査に進めます。
申込書に記載漏れがありましたので、下記の内容で相違ないかご本人にご確認ください。

  氏名（ローマ字）：NGUYEN THI LAN（グエン・ティ・ラン）
  生年月日　　　　：1998年7月14日
  国籍　　　　　　：ベトナム
  在留資格　　　　：技術・人文知識・国際業務（在留期限 2027年3月31日）
  在留カード番号　：UH{_r.randint(10000000, 99999999)}EA
  携帯　　　　　　：{mobile(_r)}

在留カードの裏面（住居地の記載欄）のコピーも追加でお送りいただけると助かります。
{SIG_HORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a residence card number of one applicant (identity document) in the body",
))

# fac-021 residents listed in prose, with phones
_r = rng("021")
_p = people("021", 5)
MESSAGES.append(dict(
    id="fac-021",
    sender=HORI,
    to=["東和リフォーム 工事部 戸川様 <togawa@towa-reform.co.jp>"],
    subject="サンライズ亀戸 バルコニー防水工事 立会いの件",
    charset="iso-2022-jp",
    body=f"""東和リフォーム株式会社
工事部 戸川様

お世話になっております。日の出産業の堀之内です。
バルコニー防水工事で室内を通らせていただく必要がある2階の5戸について、
入居者の方と連絡がつきましたのでお知らせします。
直接ご連絡いただいて日程を決めていただいて大丈夫です。

201号室の{_p[0]['sei']}さんは {mobile(_r)}、平日夜なら出られるそうです。
202号室の{_p[1]['name']}さんは奥様が対応されるとのことで、ご自宅 {landline(_r, '03')} にお願いします。
203号室の{_p[2]['sei']}さんは在宅勤務が多く、{mobile(_r)} でいつでも可とのこと。
205号室の{_p[3]['name']}さんは {mobile(_r)}（ショートメール希望）です。
206号室の{_p[4]['sei']}さんは土曜午前のみ、{mobile(_r)} まで。

204号室は空室ですので、鍵は管理人室でお受け取りください。
よろしくお願いいたします。
{SIG_HORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residents with phone numbers written as prose sentences, to a contractor",
))

# fac-022 reply: the list is only quoted with ">"
_r = rng("022")
_p = people("022", 6)
_quoted = "\n".join(f"> {i + 1}0{i % 3 + 1}  {p['name']}  {mobile(_r)}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-022",
    sender=KANNO,
    to=["東都ハウジングサービス 清水様 <shimizu@toto-housing.co.jp>"],
    subject="Re: 【確認】ひのでハイツ東陽町 入居者一覧の差異",
    charset="utf-8",
    body=f"""清水様

ご確認ありがとうございます。菅野です。
ご指摘のとおり、302号室は5月末で退去、6月から新しい方が入居予定です。
新入居者の情報は入居手続きが済み次第、あらためてお知らせします。
それ以外の行は御社の台帳どおりで相違ありません。

よろしくお願いいたします。
{SIG_KANNO}

2025/06/02 10:14、清水 <shimizu@toto-housing.co.jp> のメール:
> 日の出産業 菅野様
>
> いつもお世話になっております。東都ハウジングの清水です。
> 弊社台帳と、先日いただいた一覧とで下記の差異がありました。
>
{_quoted}
>
> 302号室の方は退去済みという認識でよろしいでしょうか。
> ご確認をお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list is quoted from the recipient's own mail (> lines)",
))

# fac-023 forward of an internal mail with the resident list, as an attached .eml
_r = rng("023")
_p = people("023", 6)
_fwd_body = "各位\n\nはなみずき荘の現入居者です（6/1時点）。\n\n" + "\n".join(
    f"{i + 1:>2}. {p['name']}（{p['kana']}） {(i // 3) + 1}0{i % 3 + 1}号室  TEL {mobile(_r)}"
    for i, p in enumerate(_p)) + "\n\n総務課 菅野\n"
MESSAGES.append(dict(
    id="fac-023",
    sender=KANNO,
    to=["クリーンメイト 営業所 <eigyosho@cleanmate.co.jp>"],
    subject="FW: はなみずき荘 入居者一覧",
    charset="cp932",
    body=f"""クリーンメイト株式会社 営業所 御中

お世話になっております。日の出産業の菅野です。
排水管清掃の各戸事前連絡用に、社内で回した入居者一覧のメールをそのまま転送します。
添付のメールをご覧ください。
{SIG_KANNO}
""",
    attachments=[{"kind": "eml", "name": "はなみずき荘 入居者一覧.eml",
                  "message": dict(sender=KANNO, to=["総務課 <somuka@hinode-sangyo.co.jp>"],
                                  subject="はなみずき荘 入居者一覧", charset="cp932", body=_fwd_body)}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail (attached .eml) with 6 residents' phones: new text to the recipient",
))

# fac-024 NDA talk with the building manager
MESSAGES.append(dict(
    id="fac-024",
    sender=OKOCHI,
    to=["丸和ビルマネジメント 法務担当 <legal@maruwa-bm.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="iso-2022-jp",
    body=f"""丸和ビルマネジメント株式会社
法務ご担当 坂口様

いつもお世話になっております。日の出産業の大河内です。
ビル管理業務委託にあたっての秘密保持契約書（案）を拝見しました。
弊社からのコメントは以下の3点です。

1. 第2条（秘密情報の定義）
   「口頭で開示された情報」について、開示後30日以内に書面で特定したものに
   限る旨を追記いただけますでしょうか。
2. 第5条（秘密保持期間）
   契約終了後3年とありますが、入居者の個人情報については期間の定めなく
   秘密として扱う旨を明記したいと考えております。
3. 第8条（返還・廃棄）
   廃棄証明書の提出を義務とする文言をお願いします。

修正版をお送りいただければ、社内決裁に回します。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約): mentions secrets but carries none",
))

# fac-025 floor plan PDF stamped 社外秘 in its footer only
MESSAGES.append(dict(
    id="fac-025",
    sender=HASEBE,
    to=["スタジオ・ノルテ 設計室 <sekkei@studio-norte.jp>"],
    subject="本社5階 レイアウト変更の図面送付",
    charset="utf-8",
    body=f"""スタジオ・ノルテ
設計室 小田切様

お世話になっております。日の出産業の長谷部です。
先日の打合せでお話しした本社5階のレイアウト変更について、
現況図と変更案のPDF、あわせて現地写真を1枚お送りします。

会議室を2室増やし、フリーアドレス席を40席程度にする方向で
ご提案をいただけますと幸いです。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "本社5F_現況図_変更案.pdf",
                  "lines": ["日の出産業ビル 5階 平面図（現況／変更案）", "",
                            "現況：執務室A 52席、執務室B 36席、会議室 3室、書庫、サーバ室",
                            "変更案：フリーアドレス 40席、会議室 5室、集中ブース 6、書庫縮小",
                            "セキュリティゲート位置：EVホール側（変更なし）",
                            "サーバ室：入退室管理あり（カード＋暗証番号）"],
                  "page_footer": "社外秘　日の出産業株式会社 総務部"},
                 {"kind": "png", "name": "5F_現地写真.png"}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="floor plan PDF stamped 社外秘 only in its page footer, sent to an outside designer",
))

# fac-026 corrupt spreadsheet
MESSAGES.append(dict(
    id="fac-026",
    sender=KANNO,
    to=["東都ハウジングサービス 清水様 <shimizu@toto-housing.co.jp>"],
    subject="入居者名簿（こすもす台社宅）再送",
    charset="cp932",
    body=f"""清水様

お世話になっております。菅野です。
先ほどのファイルが開けなかったとのことで、再送いたします。
これでも開けない場合はお知らせください。
{SIG_KANNO}
""",
    attachments=[{"kind": "corrupt", "name": "入居者名簿_こすもす台.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="a damaged XLSX attachment: it cannot be inspected",
))

# fac-027 PPAP: password ZIP of the arrears list
_p = people("027", 9)
_r = rng("027")
_rows = [["契約者", "物件", "滞納額", "口座"]] + [[p["name"], "日の出レジデンス蒲田", _r.randint(1, 6) * 86400,
                                                bank(_r, p["kana"])] for p in _p]
MESSAGES.append(dict(
    id="fac-027",
    sender=OKOCHI,
    to=["東日本債権回収 管理部 <kanri@higashinihon-servicer.co.jp>"],
    subject="債権回収委託 対象者一覧の送付",
    charset="iso-2022-jp",
    body=f"""東日本債権回収株式会社
管理部 御中

お世話になっております。日の出産業 不動産管理部の大河内です。
回収委託の対象者一覧をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
{SIG_OKOCHI}
""",
    attachments=[{"kind": "zip", "name": "委託対象者一覧.zip", "password": "Hs2025#0601",
                  "files": [{"kind": "xlsx", "name": "委託対象者一覧.xlsx", "sheets": {"一覧": _rows}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): contents cannot be scanned",
))

# fac-028 rent revision notice to one tenant company, with disclaimer
MESSAGES.append(dict(
    id="fac-028",
    sender=OKOCHI,
    to=["株式会社リンクス東京 総務部 御中 <soumu@lynx-tokyo.co.jp>"],
    subject="日の出浜松町ビル 3階 賃料改定のご案内",
    charset="utf-8",
    body=f"""株式会社リンクス東京
総務部 御中

平素より日の出浜松町ビルをご利用いただき、誠にありがとうございます。
日の出産業株式会社 不動産管理部の大河内でございます。

近年の固定資産税および管理コストの上昇に伴い、
次回契約更新（2025年10月1日）より、賃料を下記のとおり改定させていただきたく、
ご案内申し上げます。

　現行賃料　月額 1,386,000円（税別）　坪単価 16,500円
　改定後　　月額 1,470,000円（税別）　坪単価 17,500円
　共益費　　変更なし

詳細につきましては、別途ご説明の機会を頂戴できれば幸いです。
何卒ご理解賜りますようお願い申し上げます。
{SIG_OKOCHI}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary rent notice to one tenant company with the standard disclaimer",
))

# =======================================================================================
# 広報 / IR
# =======================================================================================

# fac-029 press release naming executives (public), media in Bcc
MESSAGES.append(dict(
    id="fac-029",
    sender=TODO,
    to=["日の出産業 広報IR室 <koho@hinode-sangyo.co.jp>"],
    bcc=["経済部デスク <keizai-desk@keizai-shinpo.co.jp>", "産業部 <sangyo@maiasa.co.jp>",
         "編集部 <news@sangyo-times.jp>", "報道局経済部 <keizai@tv-toto.co.jp>",
         "編集部 <editor@business-eye.jp>"],
    subject="【プレスリリース】代表取締役の異動および新任取締役候補者に関するお知らせ",
    charset="iso-2022-jp",
    body=f"""報道関係者各位

いつもお世話になっております。日の出産業株式会社 広報IR室でございます。
本日15時、東京証券取引所において下記のリリースを発表いたしましたので、
ご案内申し上げます。

■代表取締役の異動および新任取締役候補者に関するお知らせ
・代表取締役社長　日野出 太郎（現 代表取締役会長へ就任予定）
・新 代表取締役社長　朝比奈 修一（現 取締役専務執行役員）
・新任取締役候補者　吉備 和彦（現 執行役員 物流本部長）
異動予定日：2025年6月26日（第78回定時株主総会終了後）

詳細は添付のリリースをご覧ください。取材のお申込みは広報IR室までお願いいたします。

＜本件に関するお問い合わせ先＞
日の出産業株式会社 広報IR室　TEL 03-5472-8800　koho@hinode-sangyo.co.jp
""",
    attachments=[{"kind": "docx", "name": "20250512_代表取締役の異動に関するお知らせ.docx",
                  "paragraphs": ["2025年5月12日", "各位",
                                 "会社名 日の出産業株式会社　代表者名 代表取締役社長 日野出 太郎",
                                 "（コード番号 9XXX 東証プライム）",
                                 "代表取締役の異動および新任取締役候補者に関するお知らせ",
                                 "当社は、本日開催の取締役会において、下記のとおり代表取締役の異動を内定いたしましたのでお知らせいたします。",
                                 "1. 異動の理由　経営体制の一層の強化と世代交代を図るため",
                                 "2. 新任代表取締役社長の略歴　朝比奈 修一　1990年4月 当社入社、2019年6月 取締役、2023年6月 取締役専務執行役員",
                                 "以上"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="press release naming executives (public information), media addressed in Bcc",
))

# fac-030 media list: journalists with mobiles and e-mails, XLSX to the PR agency
_media = [("日本経済新報", "keizai-shinpo.co.jp", "経済部"), ("東京毎朝新聞", "maiasa.co.jp", "産業部"),
          ("産業タイムズ", "sangyo-times.jp", "編集部"), ("テレビ東都", "tv-toto.co.jp", "報道局経済部"),
          ("週刊ビジネスアイ", "business-eye.jp", "編集部"), ("物流ジャーナル", "butsuryu-journal.jp", "記者室"),
          ("関東経済通信", "kanto-keizai.co.jp", "東京支局"), ("日刊流通新聞", "ryutsu-shimbun.co.jp", "流通部"),
          ("ラジオ首都圏", "radio-shutoken.co.jp", "ニュース部")]
_p = people("030", 9)
_r = rng("030")
_sheet = [["媒体名", "部署", "記者名", "役職", "携帯", "E-mail", "直近の掲載", "メモ"]]
for (m, dom, dept), p in zip(_media, _p):
    _sheet.append([m, dept, p["name"], _r.choice(["記者", "デスク", "編集委員", "キャップ"]), mobile(_r),
                   f"{p['sei_ro'].lower()}.{p['mei_ro'][0].lower()}@{dom}",
                   _r.choice(["2025/03 決算", "2024/11 新倉庫", "2025/01 インタビュー", "—"]),
                   _r.choice(["夜討ち朝駆けあり", "メール優先", "電話は17時以降", ""])])
MESSAGES.append(dict(
    id="fac-030",
    sender=TODO,
    to=["ブリッジPR 長尾様 <nagao@bridge-pr.co.jp>"],
    subject="記者リスト共有（新物流センター竣工発表用）",
    charset="utf-8",
    body=f"""ブリッジPR 長尾様

お世話になっております。日の出産業 広報IR室の藤堂です。
新物流センター竣工の発表に向けて、弊社で普段お付き合いのある記者さんのリストを共有します。
個別アプローチの優先度づけをご提案いただけますと助かります。

よろしくお願いいたします。
{SIG_TODO}
""",
    attachments=[{"kind": "xlsx", "name": "記者リスト_2025.xlsx", "sheets": {"記者": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="media list of 9 journalists with mobiles and e-mails, XLSX to the PR agency",
))

# fac-031 media list of outlets' switchboards only
_csvrows = [["媒体", "種別", "代表電話", "所在地", "所属記者クラブ"],
            ["日本経済新報", "全国紙", "03-3270-0251", "東京都千代田区大手町1-3-7", "経団連記者クラブ"],
            ["東京毎朝新聞", "全国紙", "03-3212-0321", "東京都千代田区一ツ橋1-1-1", "兜倶楽部"],
            ["産業タイムズ", "業界紙", "03-3552-7001", "東京都中央区新川2-4-8", "—"],
            ["テレビ東都", "テレビ", "03-6215-1111", "東京都港区六本木3-2-1", "兜倶楽部"],
            ["物流ジャーナル", "業界誌", "03-5643-2811", "東京都中央区日本橋人形町2-14-5", "—"],
            ["日刊流通新聞", "業界紙", "03-3663-0701", "東京都中央区日本橋小舟町8-1", "重工業研究会"]]
MESSAGES.append(dict(
    id="fac-031",
    sender=TODO,
    to=["ブリッジPR 長尾様 <nagao@bridge-pr.co.jp>"],
    subject="リリース配信先（媒体一覧）",
    charset="cp932",
    body=f"""長尾様

藤堂です。お世話になっております。
リリースのFAX・郵送配信先として使っている媒体一覧を添付します。
個人の記者さんの連絡先は含めておりません（各社の代表番号のみです）。
配信代行のお見積りをお願いできますでしょうか。
{SIG_TODO}
""",
    attachments=[{"kind": "csv", "name": "配信先媒体一覧.csv", "rows": _csvrows, "encoding": "cp932"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="list of media outlets with main switchboards and office addresses: businesses, not people",
))

# fac-032 release sent with all journalists in To
MESSAGES.append(dict(
    id="fac-032",
    sender=TODO,
    to=["keizai-desk@keizai-shinpo.co.jp", "sangyo@maiasa.co.jp", "news@sangyo-times.jp",
        "editor@business-eye.jp", "info@butsuryu-journal.jp"],
    subject="【ご案内】日の出産業 新物流センター竣工見学会（7/10）",
    charset="iso-2022-jp",
    body=f"""報道関係者各位

平素より大変お世話になっております。
日の出産業株式会社 広報IR室でございます。

このたび、千葉県印西市に建設を進めてまいりました「日の出ロジスティクスセンター印西」が
竣工いたします。つきましては、報道関係者の皆様を対象とした見学会を下記のとおり開催いたします。

日時：2025年7月10日（木）13:30〜15:30（受付13:00〜）
場所：日の出ロジスティクスセンター印西（千葉県印西市松崎台1-2）
内容：施設概要のご説明、自動倉庫・仕分けラインのご見学、質疑応答
送迎：JR東京駅八重洲口より貸切バスをご用意いたします

ご出席の場合は、7月3日（木）までに本メールにご返信ください。
{SIG_TODO}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five media outlets visible to each other in To: should have been Bcc",
))

# fac-033 shareholder event registrations CSV to the hotel
_p = people("033", 8)
_r = rng("033")
_csvrows = [["受付番号", "株主番号", "氏名", "フリガナ", "郵便番号・住所", "電話番号", "同伴者"]]
for i, p in enumerate(_p, 1):
    _csvrows.append([f"R{i:03d}", f"{_r.randint(10000, 99999)}", p["name"], p["kana"], address(_r),
                     landline(_r, _r.choice(["03", "045", "048", "047"])) if i % 2 else mobile(_r),
                     _r.choice(["0", "0", "1"])])
MESSAGES.append(dict(
    id="fac-033",
    sender=MINASE_JA,
    to=["さくらホテル 宴会営業部 <banquet@sakura-hotel.jp>"],
    subject="株主様向け事業説明会 参加登録者リストの送付",
    charset="cp932",
    body=f"""さくらホテル 宴会営業部
ご担当 大島様

いつもお世話になっております。日の出産業 広報IR室の水無瀬です。
6月14日の株主様向け事業説明会につきまして、現時点の参加登録者リストをお送りします。
受付での照合と、お名札の作成にお使いください。

登録は6月6日締切のため、追加分は週明けにあらためてお送りします。
{SIG_MINASE_JA}
""",
    attachments=[{"kind": "csv", "name": "説明会参加登録者_0603.csv", "rows": _csvrows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 registered shareholders with addresses and phones, CP932 CSV to the venue hotel",
))

# fac-034 headcount only, to a look-alike of sakura-hotel.jp (TLD swap)
MESSAGES.append(dict(
    id="fac-034",
    sender=MINASE_JA,
    to=["さくらホテル 宴会営業部 大島様 <oshima@sakura-hotel.co.jp>"],
    subject="Re: 事業説明会 会場レイアウトについて",
    charset="iso-2022-jp",
    body=f"""大島様

お世話になっております。日の出産業の水無瀬です。
会場レイアウトの件、以下でお願いいたします。

・参加予定：株主様 約120名＋当社役員・スタッフ 18名
・スクール形式 140席（前方2列は報道用に確保）
・受付テーブル 3台、クローク 1か所
・プロジェクター・スクリーン 2面、ワイヤレスマイク 4本

お飲み物（ペットボトルのお茶）は入口でお配りする形でお願いします。
{SIG_MINASE_JA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a look-alike (TLD swap) of partner sakura-hotel.jp",
))

# fac-035 same topic to the real hotel
MESSAGES.append(dict(
    id="fac-035",
    sender=MINASE_JA,
    to=["さくらホテル 宴会営業部 大島様 <oshima@sakura-hotel.jp>"],
    subject="事業説明会 控室・軽食のご相談",
    charset="utf-8",
    body=f"""大島様

いつもありがとうございます。日の出産業の水無瀬です。
6/14の説明会当日の控室と軽食について、ご相談させてください。

1. 役員控室：10名程度、11:00〜17:00
2. スタッフ控室：12名程度、9:30〜17:30
3. 軽食：役員控室にサンドイッチ 10名分、スタッフ控室にお弁当 12名分
4. 駐車場：役員車 3台分の確保をお願いしたく

お見積り（プラン番号 SB-2506-A で伺っていたもの）の更新版をいただけますと幸いです。
{SIG_MINASE_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="venue logistics and headcounts to the real partner hotel: no personal data",
))

# fac-036 officer names and titles (public) to the printer
MESSAGES.append(dict(
    id="fac-036",
    sender=TODO,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="統合報告書2025 役員紹介ページの原稿",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
制作部 ご担当者様

いつもお世話になっております。日の出産業 広報IR室の藤堂です。
統合報告書2025の「役員紹介」ページの原稿をお送りします。
（6月26日の株主総会で選任予定の体制です。写真は別途データ便でお送りします）

代表取締役会長　　　　　日野出 太郎
代表取締役社長　　　　　朝比奈 修一
取締役専務執行役員　　　宮路 康介
取締役常務執行役員　　　吉備 和彦
社外取締役（独立）　　　ロバート・ハミルトン
社外取締役（独立）　　　鳳 珠美
常勤監査役　　　　　　　大楠 正晴
社外監査役（独立）　　　久遠寺 礼子

氏名の表記は「日野出」「朝比奈」のように、常用漢字のままで問題ありません。
初校は6月20日頃にいただけますと助かります。
{SIG_TODO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="public officer list: names and titles only, for publication",
))

# fac-037 有報「役員の状況」 draft: officers with dates of birth and careers (published data)
_off = [("日野出 太郎", "代表取締役会長", "1956年3月18日", 182300), ("朝比奈 修一", "代表取締役社長", "1966年11月2日", 45600),
        ("宮路 康介", "取締役専務執行役員", "1964年7月25日", 31200), ("吉備 和彦", "取締役常務執行役員", "1968年1月9日", 12800),
        ("ロバート・ハミルトン", "社外取締役", "1959年5月30日", 0), ("鳳 珠美", "社外取締役", "1971年8月14日", 1000),
        ("大楠 正晴", "常勤監査役", "1962年12月6日", 22400)]
_sheet = [["役職名", "氏名", "生年月日", "略歴", "任期", "所有株式数（株）"]] + [
    [t, n, d, "（略歴は別紙）", "注3" if "監査役" not in t else "注4", s] for n, t, d, s in _off]
MESSAGES.append(dict(
    id="fac-037",
    sender=MINASE_JA,
    to=["錦印刷 ディスクロージャー制作課 <disclo@nishiki-insatsu.co.jp>"],
    subject="有価証券報告書 役員の状況（差替原稿）",
    charset="utf-8",
    body=f"""錦印刷 ディスクロージャー制作課 ご担当者様

日の出産業 IR担当の水無瀬です。
有価証券報告書「役員の状況」の差替原稿を添付します。
所有株式数は3月末の株主名簿に合わせて修正済みです。
6月26日の提出に向けて、組版をお願いいたします。
{SIG_MINASE_JA}
""",
    attachments=[{"kind": "xlsx", "name": "役員の状況_差替.xlsx", "sheets": {"役員の状況": _sheet}}],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="7 officers' birth dates in a 有報 draft to the disclosure printer: data about to be published",
))

# fac-038 shareholder inquiry log as a TXT attachment, to the share registrar
_p = people("038", 6)
_r = rng("038")
_topics = ["住所変更の手続方法", "相続による名義書換（株主ご逝去）", "配当金の受取方法変更（口座振込へ）",
           "単元未満株の買取請求", "株主優待の届かない件", "株主総会招集通知の再送依頼"]
_txt = "株主様お問い合わせ記録（5月分）\n" + "=" * 40 + "\n" + "\n".join(
    f"【{i + 1}】5/{_r.randint(1, 30)} 株主番号 {_r.randint(100000, 999999)}\n"
    f"  {p['name']} 様　電話 {landline(_r, _r.choice(['03', '06', '052', '0466'])) if i % 2 else mobile(_r)}\n"
    f"  内容：{t}\n  対応：名簿管理人へ取次ぎ"
    for i, (p, t) in enumerate(zip(_p, _topics)))
MESSAGES.append(dict(
    id="fac-038",
    sender=MINASE_JA,
    to=["中央信託銀行 証券代行部 <shoken-daiko@chuo-shintaku.co.jp>"],
    subject="5月分 株主様お問い合わせの取次ぎ",
    charset="cp932",
    body=f"""中央信託銀行 証券代行部 御中

いつもお世話になっております。日の出産業 IR担当の水無瀬です。
5月に弊社IR窓口で受けたお問い合わせのうち、御社でのお手続きが必要な6件を
取りまとめましたので、ご対応をお願いいたします。
{SIG_MINASE_JA}
""",
    attachments=[{"kind": "txt", "name": "問合せ記録_202505.txt", "text": _txt, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 shareholders' names, phones and shareholder numbers in a CP932 TXT to the registrar",
))

# fac-039 shareholder distribution statistics
MESSAGES.append(dict(
    id="fac-039",
    sender=MINASE_JA,
    to=["IRリンク コンサルティング部 <consulting@irlink.jp>"],
    subject="株主構成データ（2025年3月末）",
    charset="iso-2022-jp",
    body=f"""IRリンク 三枝様

お世話になっております。水無瀬です。
SR活動の方針検討用に、3月末の株主構成データをお送りします。

所有者別                 株主数    所有株式数(千株)   比率
---------------------------------------------------------
金融機関                     38          9,812        24.5%
金融商品取引業者             31            604         1.5%
その他の法人                214          8,077        20.2%
外国法人等                  152         11,230        28.1%
個人その他               18,406         10,255        25.6%
自己株式                      1             22         0.1%
---------------------------------------------------------
合計                     18,842         40,000       100.0%

個人株主数は前年比 +1,120名で、株主優待の拡充の効果が出ています。
{SIG_MINASE_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate shareholder statistics: no individuals",
))

# fac-040 HTML-only media list with mobiles (press tour guests) to an event PR firm
_p = people("040", 7)
_r = rng("040")
_trs = "".join(
    f"<tr><td>{m}</td><td>{p['name']}</td><td>{mobile(_r)}</td>"
    f"<td>{p['sei_ro'].lower()}{_r.randint(1, 99)}@{dom}</td><td>{_r.choice(['カメラマン同行', '', '', '車で直接来場'])}</td></tr>\n"
    for (m, dom, _d), p in zip(_media[:7], _p))
MESSAGES.append(dict(
    id="fac-040",
    sender=TODO,
    to=["メディアプラス イベント事業部 <event@mediaplus.jp>"],
    subject="竣工見学会 出席記者一覧（受付・バス用）",
    charset="utf-8",
    html=f"""<html><body>
<p>メディアプラス イベント事業部<br>ご担当 津久井様</p>
<p>お世話になっております。日の出産業 広報IR室の藤堂です。<br>
7/10の竣工見学会に出席予定の記者の方々です。受付名簿とバスの乗車確認にご利用ください。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>媒体</th><th>お名前</th><th>当日連絡先</th><th>メール</th><th>備考</th></tr></thead>
<tbody>
{_trs}</tbody></table>
<p>当日朝に遅延などあれば、各記者へ直接ご連絡いただいて構いません。</p>
<p>━━━━━━━━━━━━━━<br>日の出産業株式会社 広報IR室<br>藤堂 玲奈<br>TEL 03-5472-8800</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with 7 journalists' mobiles and e-mails to an event agency",
))

# fac-041 reply to one journalist about an interview; the original is quoted
MESSAGES.append(dict(
    id="fac-041",
    sender=TODO,
    to=["日本経済新報 経済部 真鍋様 <manabe.k@keizai-shinpo.co.jp>"],
    subject="Re: 朝比奈新社長へのインタビューのお願い",
    charset="iso-2022-jp",
    body=f"""日本経済新報 経済部
真鍋様

お世話になっております。日の出産業 広報IR室の藤堂です。
インタビューのお申し込み、ありがとうございます。
朝比奈の日程を確認しましたところ、下記のいずれかでお受けできます。

　・6月30日（月）10:00〜11:00
　・7月2日（水）15:00〜16:00
　場所：弊社本社 8階 応接室

当日は私も同席いたします。撮影がある場合はカメラマンの方のお名前も
事前にお知らせください（入館手続きのため）。
{SIG_TODO}

-----Original Message-----
From: 真鍋 孝一 <manabe.k@keizai-shinpo.co.jp>
Sent: Monday, June 16, 2025 9:41 AM
To: 藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>
Subject: 朝比奈新社長へのインタビューのお願い

日の出産業 広報IR室 藤堂様

日本経済新報の真鍋です。
7月上旬の紙面で、新社長インタビューを掲載したく、ご検討いただけますでしょうか。
ご連絡は携帯 090-3318-7260 でも承ります。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="interview scheduling with one journalist; his own contact only in the quoted original",
))

# fac-042 shareholder factory tour registrants, one record per block, no header
_p = people("042", 6)
_r = rng("042")
_blocks = "\n".join(
    f"■ No.{i}\n　{p['name']} 様（{p['kana']}）\n　{address(_r)}\n　{landline(_r, _r.choice(['03', '044', '048'])) if i % 3 else mobile(_r)}\n"
    f"　{_r.choice(['東京駅より乗車', '東京駅より乗車', '現地集合（車）'])}\n"
    for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="fac-042",
    sender=MINASE_JA,
    to=["東洋観光バス 予約センター <yoyaku@toyo-kanko-bus.co.jp>"],
    subject="株主様工場見学会（7/24）ご乗車予定者のご連絡",
    charset="iso-2022-jp",
    body=f"""東洋観光バス株式会社
予約センター 御中

お世話になっております。日の出産業の水無瀬です。
7月24日の株主様工場見学会について、第1便のご乗車予定者をお知らせいたします。
乗車時の本人確認、遅延時のご連絡にお使いください。

{_blocks}
第2便の方は決まり次第お送りします。
{SIG_MINASE_JA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 shareholders, one block each (name, address, phone) without a header, to the bus company",
))

# fac-043 English: roadshow investor list with mobiles and e-mails
_inv = [("Daniel", "Whitford", "Kestrel Asset Management", "kestrel-am.com", "+44 7700 900 412"),
        ("Priya", "Raman", "Northgate Capital", "northgate-cap.com", "+65 9123 4488"),
        ("Hiroshi", "Yanagisawa", "Pacific Crest Partners", "pacificcrest.jp", "+81 90-6612-0937"),
        ("Claire", "Dubois", "Lumiere Gestion", "lumiere-gestion.fr", "+33 6 12 48 90 33"),
        ("Marcus", "Feld", "Ostwind Invest", "ostwind-invest.de", "+49 151 2290 4471"),
        ("Grace", "Cheung", "Harbour Lane Funds", "harbourlane.hk", "+852 9087 6543")]
_lines = "\n".join(f"{i}. {g} {f} ({fund}) - mobile {ph} - {g[0].lower()}{f.lower()}@{dom}"
                   for i, (g, f, fund, dom, ph) in enumerate(_inv, 1))
MESSAGES.append(dict(
    id="fac-043",
    sender=MINASE,
    to=["Olivia Grant <ogrant@harborview-ca.com>"],
    subject="Roadshow London/Singapore - confirmed investor contacts",
    charset="utf-8",
    body=f"""Dear Olivia,

Thank you for organising the roadshow next month. As requested, here are the investors who
have confirmed a one-on-one meeting with our CFO, with the direct contacts they gave us,
so that your team can send the calendar invitations and the venue details.

{_lines}

Ms Cheung asked to move her slot to the afternoon if possible.
Please let me know if anything is missing.

Best regards,
{SIG_MINASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six investors (romaji names) with personal mobiles and e-mails, in English, to an IR firm",
))

# fac-044 English scheduling with one contact
MESSAGES.append(dict(
    id="fac-044",
    sender=MINASE,
    to=["Olivia Grant <ogrant@harborview-ca.com>"],
    subject="Re: Roadshow logistics",
    charset="utf-8",
    body=f"""Hi Olivia,

Thanks for the draft schedule. A few points from our side:

- Our CFO, Mr Miyaji, will arrive in London on 8 September (flight JL043).
- Please book a meeting room near Liverpool Street for the group session on 9 September.
- For anything urgent during the trip, my colleague Ms Todo will be travelling with him.

Presentation materials will be ready by 1 September; I will share them via our data room.

Kind regards,
{SIG_MINASE}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English logistics mail, no personal records; standard confidentiality disclaimer",
))

# fac-045 【社外秘】 classification on the mail itself
MESSAGES.append(dict(
    id="fac-045",
    sender=TODO,
    to=["ブリッジPR 長尾様 <nagao@bridge-pr.co.jp>"],
    subject="【社外秘】第1四半期決算発表スケジュール（案）",
    charset="iso-2022-jp",
    body=f"""■取扱区分：社外秘■

長尾様

藤堂です。第1四半期決算発表の社内スケジュール案を共有します。
発表日は未公表情報のため、御社内でもプロジェクトメンバーに限って
お取扱いください。

　7/28（月）　決算数値確定
　7/30（水）　取締役会
　7/31（木）　15:00 決算短信開示／16:30 記者向け説明会（オンライン）
　8/1 （金）　アナリスト向けスモールミーティング

説明会の配信手配をお願いできますでしょうか。
{SIG_TODO}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 【社外秘】 and goes to an outside PR agency",
))

# fac-046 the word 社外秘 only mentioned
MESSAGES.append(dict(
    id="fac-046",
    sender=TODO,
    to=["IRリンク 三枝様 <saegusa@irlink.jp>"],
    subject="Re: 取締役会資料のご提供について",
    charset="iso-2022-jp",
    body=f"""三枝様

お世話になっております。藤堂です。
ご依頼の件、社内で確認いたしました。
取締役会資料は社外秘の扱いとなっておりますので、申し訳ありませんが
そのままお渡しすることはできかねます。
代わりに、公表済みの中期経営計画説明資料と、決算説明会の質疑要旨を
ウェブサイトからダウンロードしてご利用いただけますでしょうか。

https://www.hinode-sangyo.co.jp/ir/library/

どうぞよろしくお願いいたします。
{SIG_TODO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned (declining to send); not a marking on the mail",
))

# =======================================================================================
# 社内イベント: family day, bus seating
# =======================================================================================


def families(tag: str, n: int) -> list[dict]:
    r = rng("fam-" + tag)
    out = []
    for p in people("fam-" + tag, n):
        kids = []
        for c in r.sample(CHILD, r.choice([1, 1, 2, 2, 3])):
            kids.append(dict(name=f"{p['sei']} {c[0]}", kana=f"{p['sei_kana']} {c[1]}", sex=c[2], age=r.randint(2, 12)))
        spouse = r.random() < 0.6
        out.append(dict(emp=p, kids=kids, spouse=spouse, mobile=mobile(r),
                        dept=r.choice(["営業第一部", "経理部", "物流企画部", "情報システム部", "総務部", "人事部", "法務部"])))
    return out


# fac-047 family day participants with children's names and ages, XLSX to the event company
_f = families("047", 8)
_sheet = [["ファミリーデー2025 参加申込一覧（8/2 本社・印西センター見学）"], [],
          ["No", "社員氏名", "所属", "当日連絡先", "配偶者", "お子様氏名", "年齢", "性別"]]
n = 1
for fam in _f:
    for k, kid in enumerate(fam["kids"]):
        _sheet.append([n if k == 0 else "", fam["emp"]["name"] if k == 0 else "", fam["dept"] if k == 0 else "",
                       fam["mobile"] if k == 0 else "", ("参加" if fam["spouse"] else "—") if k == 0 else "",
                       kid["name"], kid["age"], kid["sex"]])
    n += 1
MESSAGES.append(dict(
    id="fac-047",
    sender=KASAHARA,
    to=["ハレノヒ企画 プランナー 西村様 <nishimura@harenohi-kikaku.co.jp>"],
    subject="ファミリーデー 参加者一覧（第1回締切分）",
    charset="utf-8",
    body=f"""株式会社ハレノヒ企画
西村様

お世話になっております。日の出産業 厚生課の笠原です。
ファミリーデーの第1回締切分の参加者一覧をお送りします。
お子様の年齢に合わせたワークショップの班分けと、記念品の準備をお願いいたします。

第2回締切（7/11）分は、まとまり次第お送りします。
{SIG_KASAHARA}
""",
    attachments=[{"kind": "xlsx", "name": "ファミリーデー参加者_第1回.xlsx", "sheets": {"参加者": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 families: employees' mobiles, children's names and ages, XLSX to the event company",
))

# fac-048 bus seating list, full-width padded, to the bus company
_p = people("048", 10)
_r = rng("048")
_rows = [["座席", "氏名", "年齢", "携帯番号"]]
for i, p in enumerate(_p):
    _rows.append([fw(f"{i // 2 + 1}{'AB'[i % 2]}".replace("A", "Ａ").replace("B", "Ｂ")), p["name"],
                  fw(str(_r.randint(24, 63))), fw(mobile(_r), iso=True)])
MESSAGES.append(dict(
    id="fac-048",
    sender=KASAHARA,
    to=["東洋観光バス 配車係 <haisha@toyo-kanko-bus.co.jp>"],
    subject="社員研修旅行（9/5）1号車 座席表",
    charset="iso-2022-jp",
    body=f"""東洋観光バス株式会社
配車係 御中

いつもお世話になっております。日の出産業の笠原です。
9月5日の社員研修旅行、1号車の座席表をお送りします。
当日の点呼と、はぐれた方への連絡にお使いください。

{table(_rows, gap=2, rule="―", fill=chr(0x3000))}

2号車分は明日お送りします。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bus seating list: 10 passengers with ages and full-width mobiles, padded with full-width spaces",
))

# fac-049 bus seating list, internal only
_p = people("049", 12)
_r = rng("049")
_lines = "\n".join(f"{i // 2 + 1}{'AB'[i % 2]}\t{p['name']}\t{mobile(_r)}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-049",
    sender=KASAHARA,
    to=["研修旅行幹事 <kanji-ryoko@hinode-sangyo.co.jp>"],
    cc=["人事部 研修担当 <kenshu@hinode-sangyo.co.jp>"],
    subject="【幹事向け】2号車 座席表（確定版）",
    charset="cp932",
    body=f"""幹事の皆さん

厚生課 笠原です。2号車の座席表が確定しました。
当日の点呼用に印刷して持参してください。

座席\t氏名\t携帯
{_lines}

バス会社への提出は私のほうで行います（1号車と同じ形式）。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="seating list with mobiles sent only to internal colleagues",
))

# fac-050 children's allergies and chronic conditions to the caterer
_f = families("050", 6)
_conds = ["卵アレルギー（除去食）", "小麦アレルギー、ぜんそく（吸入薬持参）", "てんかん（服薬中、発作時は保護者へ）",
          "1型糖尿病（補食あり）", "そば・ピーナッツアレルギー（エピペン持参）", "乳アレルギー"]
_lines = "\n".join(f"・{fam['kids'][0]['name']}さん（{fam['kids'][0]['age']}歳、保護者：{fam['emp']['name']}）…{c}"
                   for fam, c in zip(_f, _conds))
MESSAGES.append(dict(
    id="fac-050",
    sender=KASAHARA,
    to=["銀杏ケータリング 栄養士 今泉様 <imaizumi@icho-catering.jp>"],
    subject="ファミリーデー お子様ランチ 個別対応のお願い",
    charset="utf-8",
    body=f"""銀杏ケータリング株式会社
今泉様

お世話になっております。日の出産業の笠原です。
ファミリーデーの昼食について、申込時に保護者の方から配慮のご要望があった
お子様をお知らせします。個別メニューのご対応をお願いできますでしょうか。

{_lines}

当日は看護師資格のあるスタッフが救護テントに常駐します。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="children's allergies, epilepsy, diabetes (health data, 要配慮) with names, to the caterer",
))

# fac-051 participant statistics only
MESSAGES.append(dict(
    id="fac-051",
    sender=KASAHARA,
    to=["ハレノヒ企画 西村様 <nishimura@harenohi-kikaku.co.jp>"],
    subject="ファミリーデー 参加人数（最終）",
    charset="iso-2022-jp",
    body=f"""西村様

笠原です。ファミリーデーの最終参加人数が確定しました。

　社員　　　　　　 64名
　配偶者等　　　　 41名
　お子様（未就学） 29名
　お子様（小学生） 37名
　合計　　　　　　171名

ワークショップは未就学コース3班・小学生コース4班でお願いします。
お弁当の数は合計171食＋スタッフ15食でお見積りをお願いします。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="headcounts only",
))

# fac-052 two-company meeting mail
MESSAGES.append(dict(
    id="fac-052",
    sender=KASAHARA,
    to=["ハレノヒ企画 西村様 <nishimura@harenohi-kikaku.co.jp>",
        "東洋観光バス 営業部 岡部様 <okabe@toyo-kanko-bus.co.jp>"],
    subject="ファミリーデー 送迎打合せ（三者）のご案内",
    charset="iso-2022-jp",
    body=f"""ハレノヒ企画 西村様
東洋観光バス 岡部様

いつもお世話になっております。日の出産業の笠原です。
ファミリーデー当日の送迎について、三者で打合せをさせてください。

日時：7月8日（火）14:00〜15:00
場所：日の出産業 本社5階 中会議室B（オンライン参加も可）
議題：
　1. 浜松町⇔印西センター間の運行ダイヤ（往路3便・復路3便）
　2. ベビーカー・車いすの積載
　3. 雨天時の待機場所

Teams会議のURLは前日にお送りします。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal meeting mail with two external organisations in To",
))

# fac-053 four external organisations visible in To
MESSAGES.append(dict(
    id="fac-053",
    sender=KASAHARA,
    to=["nishimura@harenohi-kikaku.co.jp", "okabe@toyo-kanko-bus.co.jp",
        "imaizumi@icho-catering.jp", "eigyo2@aoi-hoken.co.jp"],
    subject="ファミリーデー 当日タイムテーブル最終版",
    charset="utf-8",
    body=f"""関係者の皆様

いつもお世話になっております。日の出産業の笠原です。
8月2日のファミリーデー、当日のタイムテーブル最終版をお送りします。

 8:30  スタッフ集合（本社1階ロビー）
 9:15  浜松町発 第1便
10:30  開会（印西センター多目的ホール）
11:00  倉庫見学ツアー／ワークショップ
12:30  昼食（お子様ランチ・お弁当）
14:00  記念撮影
14:30  閉会、復路バス順次出発

ご不明点があれば、この連絡網でお知らせください。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external companies can see each other in To: should have been Bcc",
))

# fac-054 insurance enrolment list, legacy XLS, to the insurance agency
_f = families("054", 5)
_r = rng("054")
_rows = [["No", "氏名", "カナ", "生年月日", "性別", "続柄", "社員氏名"]]
n = 1
for fam in _f:
    e = fam["emp"]
    _rows.append([n, e["name"], e["kana"], dob(_r, 1970, 1996, "wareki"), e["sex"], "本人", e["name"]])
    n += 1
    for kid in fam["kids"]:
        _rows.append([n, kid["name"], kid["kana"], dob(_r, 2013, 2022, "wareki"), kid["sex"], "子", e["name"]])
        n += 1
MESSAGES.append(dict(
    id="fac-054",
    sender=KASAHARA,
    to=["あおい保険サービス 法人営業2課 <eigyo2@aoi-hoken.co.jp>"],
    subject="イベント傷害保険 加入者名簿の送付",
    charset="cp932",
    body=f"""あおい保険サービス株式会社
法人営業2課 御中

お世話になっております。日の出産業 厚生課の笠原です。
ファミリーデー（8/2）のイベント傷害保険について、加入者名簿をお送りします。
御社指定の様式がxls形式でしたので、そのまま入力しております。
{SIG_KASAHARA}
""",
    attachments=[{"kind": "xls", "name": "加入者名簿_日の出産業.xls", "sheets": {"加入者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="insurance enrolment list of employees and children with 和暦 dates of birth, legacy XLS",
))

# fac-055 one free-mail recipient (a retiree), no personal data
MESSAGES.append(dict(
    id="fac-055",
    sender=KASAHARA,
    to=["矢島 様 <yajima.tsuneo1952@gmail.com>"],
    subject="ファミリーデーのご案内（OB会の皆様へ）",
    charset="iso-2022-jp",
    body=f"""矢島 様

ご無沙汰しております。日の出産業 厚生課の笠原です。
OB会の幹事をお引き受けいただき、ありがとうございます。

今年もファミリーデーにOB会の皆様をお招きすることになりました。
8月2日（土）10:30から、印西の新しい物流センターで開催いたします。
会員の皆様へのご案内をお願いできますでしょうか。
ご案内状のPDFは、来週あらためてお送りいたします。

暑い日が続きますので、どうぞご自愛ください。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private free-mail recipient, invitation only",
))

# fac-056 住民票 with 個人番号 for a company-housing lease, PDF
_mn = my_number(5601)
MESSAGES.append(dict(
    id="fac-056",
    sender=KANNO,
    to=["東都ハウジングサービス 契約課 <keiyaku@toto-housing.co.jp>"],
    subject="借上げ社宅 契約書類（唐沢様分）",
    charset="utf-8",
    body=f"""東都ハウジングサービス 契約課 御中

お世話になっております。日の出産業の菅野です。
新規借上げの入居者、唐沢様分の契約書類として住民票の写しをお送りします。
（本人から届いたものをそのままスキャンしています）

その他の書類は原本を郵送いたします。
{SIG_KANNO}
""",
    attachments=[{"kind": "pdf", "name": "住民票_唐沢.pdf",
                  "lines": ["住 民 票 の 写 し", "",
                            "住所　　　神奈川県相模原市南区相模大野7-12-3 グランエクセル405",
                            "氏名　　　唐沢 悠人",
                            "生年月日　平成4年2月29日　　性別　男",
                            "続柄　　　世帯主",
                            f"個人番号　{_mn}",
                            "住民となった日　令和3年4月1日",
                            "", "この写しは、住民票の原本と相違ないことを証明する。",
                            "令和7年5月20日　相模原市南区長"]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="scanned 住民票 with the 個人番号 printed, one employee, PDF to the housing agent",
))

# fac-057 building notice to tenant companies in Bcc
MESSAGES.append(dict(
    id="fac-057",
    sender=OKOCHI,
    to=["日の出浜松町ビル管理事務所 <bldg-hamamatsucho@hinode-sangyo.co.jp>"],
    bcc=["soumu@lynx-tokyo.co.jp", "admin@beltech-japan.co.jp", "office@asahi-kaikei.jp",
         "soumu@hokuto-medical.co.jp", "info@cafe-lumiere.jp"],
    subject="【日の出浜松町ビル】エレベーター定期点検のお知らせ",
    charset="iso-2022-jp",
    body=f"""日の出浜松町ビル ご入居テナント各位

平素よりご協力を賜り、誠にありがとうございます。
下記の日程で、エレベーターの法定点検を実施いたします。

日時：2025年6月21日（土）9:00〜16:00
内容：1号機・2号機の定期点検（1台ずつ停止します）
影響：点検中は1台のみの運転となり、混雑が予想されます

ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。

日の出産業株式会社 不動産管理部
日の出浜松町ビル管理事務所　TEL 03-5472-8855
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="notice to tenant companies addressed in Bcc: recipients cannot see each other",
))

# fac-058 access log CSV with names, to the security company
_p = people("058", 8)
_r = rng("058")
_ids = {p["name"]: (f"H{_r.randint(10, 24)}{_r.randint(1000, 9999)}", f"{_r.randint(10000000, 99999999):08X}") for p in _p}
_csv = [["日時", "ゲート", "カードID", "社員番号", "氏名", "結果"]]
for _ in range(22):
    p = _r.choice(_p)
    _csv.append([f"2025/05/{_r.randint(17, 18)} {_r.randint(0, 23):02d}:{_r.randint(0, 59):02d}:{_r.randint(0, 59):02d}",
                 _r.choice(["5F-GATE1", "5F-GATE2", "B1-通用口", "サーバ室"]), _ids[p["name"]][1], _ids[p["name"]][0],
                 p["name"], _r.choice(["OK", "OK", "OK", "NG(権限外)"])])
_csv[1:] = sorted(_csv[1:])
MESSAGES.append(dict(
    id="fac-058",
    sender=KUDO,
    to=["アルファ警備保障 システム保守 <support@alpha-keibi.co.jp>"],
    subject="入退室ログの確認依頼（5/17-18 サーバ室NG多発）",
    charset="cp932",
    body=f"""アルファ警備保障 システム保守ご担当者様

日の出産業の工藤です。
5月17日〜18日の週末に、サーバ室のゲートで「権限外」のNGが多発しております。
該当期間の入退室ログを抽出しましたので、カードリーダーの不具合か、
権限設定の問題か、ご確認いただけますでしょうか。
{SIG_KUDO}
""",
    attachments=[{"kind": "csv", "name": "入退室ログ_20250517-18.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="access-control log: 8 named employees with card IDs, employee numbers and entry times",
))

# fac-059 a resident's own contract details to his private address
MESSAGES.append(dict(
    id="fac-059",
    sender=KANNO,
    to=["氏家 亮介 <ujiie.ryosuke@outlook.jp>"],
    subject="社宅入居のご案内（ひのでハイツ亀戸 305）",
    charset="utf-8",
    body=f"""氏家 亮介 様

日の出産業 総務課の菅野です。
会社アドレスがまだ使えないとのことで、こちらにお送りします。

・入居先：東京都江東区亀戸2-25-14 ひのでハイツ亀戸 305号室
・入居可能日：6月28日（土）10時以降
・鍵の受渡し：管理会社（東都ハウジングサービス 亀戸営業所）にて、身分証をご持参ください
・社宅使用料：月額 28,000円（7月給与より控除）

ご不明な点はお気軽にお問い合わせください。
{SIG_KANNO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one employee's own housing details sent to his own free-mail address",
))

# fac-060 parking allocation by tenant company
MESSAGES.append(dict(
    id="fac-060",
    sender=OKOCHI,
    to=["大和パーキング 契約管理課 <keiyaku@yamato-parking.jp>"],
    subject="日の出浜松町ビル 機械式駐車場 区画割当（7月〜）",
    charset="iso-2022-jp",
    body=f"""大和パーキング株式会社 契約管理課 御中

いつもお世話になっております。日の出産業の大河内です。
7月からの機械式駐車場の区画割当を以下のとおり変更します。

　パレット1〜6　 日の出産業株式会社（役員車・社用車）
　パレット7〜9　 株式会社ベルテック・ジャパン
　パレット10　　 あさひ会計事務所
　パレット11〜12 北斗メディカル株式会社
　パレット13〜14 株式会社リンクス東京
　パレット15　　 来客用（1階受付で管理）

利用カードの再発行が必要な場合はお知らせください。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="parking allocation by tenant company: businesses, not people",
))

# fac-061 社宅 list sent to a look-alike of the organisation's own domain
_p = people("061", 6)
_r = rng("061")
_lines = "\n".join(f"{p['name']}, {i // 2 + 1}0{i % 2 + 1}, {mobile(_r)}, 入居 {_r.randint(2019, 2024)}年{_r.randint(1, 12)}月"
                   for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-061",
    sender=KANNO,
    to=["若林 <wakabayashi.k@hinode-sangyou.co.jp>"],
    subject="船橋社宅の入居者（引継ぎ用）",
    charset="utf-8",
    body=f"""若林さん

おつかれさまです。菅野です。
来月から船橋社宅の担当を引き継いでいただくにあたり、現入居者の一覧を送ります。
（氏名, 号室, 携帯, 入居時期）

{_lines}

302号室の方は年内に退去予定と聞いています。
不明点があれば内線2215まで。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague, but hinode-sangyou.co.jp is a look-alike of the own domain; 6 residents' mobiles",
))

# fac-062 the same kind of list to an internal subdomain
_p = people("062", 7)
_r = rng("062")
_lines = "\n".join(f"　{(i % 4) + 1}0{i % 3 + 1}号室　{p['name']}　{mobile(_r)}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-062",
    sender=KANNO,
    to=["労働組合 書記局 <shokikyoku@mail.hinode-sangyo.co.jp>"],
    subject="茨木社宅 入居者一覧（組合の住環境アンケート配布用）",
    charset="cp932",
    body=f"""書記局 各位

総務課の菅野です。
住環境アンケートの配布先として、茨木社宅の入居者一覧を共有します。

{_lines}

社内限りでお願いします。アンケート回収後は破棄してください。
{SIG_KANNO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="recipient on mail.hinode-sangyo.co.jp is internal (subdomain): internal-only list",
))

# fac-063 move-out inspections, tab-separated, exactly five residents
_p = people("063", 5)
_r = rng("063")
_lines = "\n".join(f"6/{d}\t{t}\t{room}\t{p['name']}\t{mobile(_r)}"
                   for d, t, room, p in zip([23, 23, 25, 27, 28], ["10:00", "14:00", "10:30", "13:00", "10:00"],
                                            ["101", "203", "305", "402", "507"], _p))
MESSAGES.append(dict(
    id="fac-063",
    sender=HORI,
    to=["リフレ工房 工事課 <koji@refre-kobo.co.jp>"],
    subject="6月下旬 退去立会い予定（日の出レジデンス蒲田）",
    charset="iso-2022-jp",
    body=f"""リフレ工房 工事課 御中

お世話になっております。日の出産業の堀之内です。
6月下旬の退去立会いの予定です。原状回復のお見積りのため、ご同行をお願いします。
時間変更が必要な場合は、各入居者に直接ご連絡いただいて構いません。

日付\t時間\t号室\t入居者\t連絡先
{_lines}

鍵の返却は立会い時にその場でお預かりください。
{SIG_HORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five departing residents with mobiles, tab-separated, to the restoration contractor",
))

# fac-064 same contractor, room numbers and repair items only
MESSAGES.append(dict(
    id="fac-064",
    sender=HORI,
    to=["リフレ工房 工事課 <koji@refre-kobo.co.jp>"],
    subject="Re: 原状回復 見積明細の件",
    charset="utf-8",
    body=f"""リフレ工房 工事課 御中

堀之内です。お見積りありがとうございました。
以下の範囲で発注したいと思います（見積番号 RK-250630-01）。

  101  クロス全面張替、ハウスクリーニング                 148,000円
  203  クロス一部張替（洋室）、CF張替（洗面所）             62,500円
  305  ハウスクリーニングのみ                               45,000円
  402  フローリング補修（3か所）、網戸張替                  71,800円
  507  クロス全面張替、エアコン洗浄、鍵交換                 176,300円
                                                小計   503,600円

入居者負担分の按分は、立会い時の確認書に基づいて別途ご相談させてください。
{SIG_HORI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="room numbers, repair items and prices; no people",
))

# fac-065 mailbox nameplate list: surnames by room number
_p = people("065", 9)
_lines = "\n".join(f"{(i // 3) + 1}0{i % 3 + 1}　{p['sei'] if i != 4 else '（表示なし）'}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-065",
    sender=HORI,
    to=["看板工房ミヤビ 営業部 <eigyo@kanban-miyabi.co.jp>"],
    subject="サンライズ亀戸 集合ポスト表示プレートの作成",
    charset="cp932",
    body=f"""看板工房ミヤビ 営業部 御中

いつもお世話になっております。日の出産業の堀之内です。
サンライズ亀戸（東京都江東区亀戸6-31-5）の集合ポストのネームプレートを
入居者の希望に合わせて作り直したく、表示内容をお送りします。

{_lines}

書体は前回と同じ丸ゴシック、白地に黒文字でお願いします。
（表示なし）の部屋は、号室のみのプレートでお願いします。
{SIG_HORI}
""",
    expect="either",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="surnames by room number of one building for nameplates: residence data, but what the post box shows anyway",
))

# fac-066 one employee's disability for a barrier-free room
MESSAGES.append(dict(
    id="fac-066",
    sender=KANNO,
    to=["東都ハウジングサービス 法人営業部 <hojin@toto-housing.co.jp>"],
    subject="借上げ社宅の物件探しのご依頼（バリアフリー）",
    charset="iso-2022-jp",
    body=f"""東都ハウジングサービス 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の菅野です。
10月に大阪から異動予定の社員について、借上げ社宅の物件探しをお願いしたく存じます。

対象者：二階堂 啓介（40歳、妻と2名）
事情　：ご本人が身体障害者手帳（1種2級、下肢機能障害）をお持ちで、車いすを使用されています。
条件　：エレベーター付き、段差のない玄関、車いす対応の駐車場、
　　　　浜松町まで電車で40分以内、家賃上限 15万円

ご本人には了承を得ております。内見はご本人と奥様が同行予定です。
{SIG_KANNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's disability (要配慮個人情報) in prose to the housing agent",
))

# fac-067 renovation plan DOCX stamped 社外秘 in its page header only
MESSAGES.append(dict(
    id="fac-067",
    sender=HASEBE,
    to=["東和リフォーム 設計部 <sekkei@towa-reform.co.jp>"],
    subject="社宅バリアフリー改修 概算見積のお願い",
    charset="utf-8",
    body=f"""東和リフォーム株式会社
設計部 ご担当者様

お世話になっております。日の出産業の長谷部です。
来年度、保有社宅2棟の共用部バリアフリー改修を検討しております。
計画の概要を添付しますので、概算のお見積りをお願いできますでしょうか。
現地調査の日程もご相談させてください。
{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "社宅改修計画_概要.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["保有社宅 共用部バリアフリー改修計画（概要）",
                                 "1. 対象：こすもす台社宅（RC4階建・24戸）、日の出船橋社宅（RC5階建・30戸）",
                                 "2. 内容：エントランススロープ新設、自動ドア化、エレベーター改修（こすもす台は新設）",
                                 "3. 予算枠：2棟合計 8,000万円（税別）を上限とする",
                                 "4. 工期：2026年4月〜9月（居住しながらの施工）",
                                 "5. 備考：こすもす台社宅は2029年度の売却も選択肢として検討中"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="plan DOCX carries a 社外秘 stamp only in its page header; no personal data",
))

# fac-068 on-call emergency contacts, CSV without a header row
_p = people("068", 6)
_r = rng("068")
_csv = []
for i, p in enumerate(_p):
    fam = rng("068f" + str(i)).choice(MEI)
    _csv.append([p["name"], "総務部" if i < 4 else "不動産管理部", mobile(_r),
                 landline(_r, _r.choice(["03", "044", "047", "048"])), f"{p['sei']} {fam[0]}", mobile(_r)])
MESSAGES.append(dict(
    id="fac-068",
    sender=HASEBE,
    to=["丸和ビルマネジメント 防災センター <bousai-center@maruwa-bm.co.jp>"],
    subject="夜間・休日の緊急連絡先（日の出浜松町ビル）更新",
    charset="cp932",
    body=f"""丸和ビルマネジメント株式会社
防災センター 御中

日の出産業の長谷部です。いつもお世話になっております。
夜間・休日にビルで異常があった場合の、弊社側の緊急連絡先を更新しました。
上から順にご連絡をお願いします（本人携帯→自宅→家族の携帯）。

項目名のないCSVで恐縮ですが、前回と同じ並びです。
{SIG_HASEBE}
""",
    attachments=[{"kind": "csv", "name": "emergency_contacts_202507.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 staff with mobiles, home phones and a family member's mobile, in a CSV without header",
))

# fac-069 gate system maintenance with heavy disclaimers
MESSAGES.append(dict(
    id="fac-069",
    sender=KUDO,
    to=["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    subject="セキュリティゲート 年次保守の日程について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
カスタマーサポート御中

お世話になっております。日の出産業の工藤です。
入退室管理システム（保守契約番号 TS-M-20190422）の年次保守について、
以下の日程でお願いできますでしょうか。

　候補1：8月16日（土）9:00〜17:00
　候補2：8月23日（土）9:00〜17:00

作業中はゲートを開放し、警備員を配置します。
ファームウェア更新の内容（リリースノート）も事前にお送りいただけますと幸いです。
{SIG_KUDO}

【機密保持に関するご注意】
本メールおよび添付ファイルには、日の出産業株式会社の機密情報が含まれている場合があります。
宛先に誤りがある場合は、直ちに送信者にご連絡のうえ、本メールを破棄してください。
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary maintenance scheduling; only standard confidentiality disclaimers (JA+EN)",
))

# fac-070 card holder export for a system migration, to the partner
_p = people("070", 25)
_r = rng("070")
_csv = [["EmployeeNo", "Name", "NameKana", "CardID", "Mail", "Dept", "AccessGroup"]]
for p in _p:
    _csv.append([f"{_r.randint(1990, 2025)}{_r.randint(100, 999)}", p["name"], p["kana"], f"{_r.randint(0, 0xFFFFFFFF):08X}",
                 f"{p['sei_ro'].lower()}.{p['mei_ro'].lower()}@hinode-sangyo.co.jp",
                 _r.choice(["営業第一部", "経理部", "総務部", "物流企画部", "情報システム部"]),
                 _r.choice(["ALL", "OFFICE", "OFFICE", "WAREHOUSE"])])
MESSAGES.append(dict(
    id="fac-070",
    sender=KUDO,
    to=["ツバサシステム 導入チーム 松尾様 <matsuo@tsubasa-system.jp>"],
    subject="新入退室管理システム 移行データ（カード所有者）",
    charset="cp932",
    body=f"""ツバサシステム株式会社
導入チーム 松尾様

お世話になっております。日の出産業の工藤です。
新システムへの移行用に、現行システムからカード所有者データを抽出しました。
本社分25名です（倉庫棟分は来週お送りします）。
文字コードはShift_JISです。取込時にエラーがあればご連絡ください。
{SIG_KUDO}
""",
    attachments=[{"kind": "csv", "name": "cardholders_honsha.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="25 card holders with names, kana, card IDs and e-mail addresses to the system partner",
))

# fac-071 OB invitations with four private addresses visible in To
MESSAGES.append(dict(
    id="fac-071",
    sender=KASAHARA,
    to=["yajima.tsuneo1952@gmail.com", "k-hanzawa@yahoo.co.jp", "michiko.oba@icloud.com",
        "mori-shigeru.55@docomo.ne.jp"],
    subject="ファミリーデー ご招待状（OB会の皆様）",
    charset="utf-8",
    body=f"""OB会の皆様

ご無沙汰しております。日の出産業 総務部厚生課の笠原です。
今年のファミリーデーに、OB会の皆様をご招待申し上げます。

日時：2025年8月2日（土）10:30〜15:00
会場：日の出ロジスティクスセンター印西
　　　（浜松町から送迎バスあり、9:15発）

ご出欠を7月18日までにご返信いただけますと幸いです。
皆様にお会いできるのを楽しみにしております。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private persons' free-mail addresses visible to each other in To: should have been Bcc",
))

# fac-072 arrears list PDF with bank accounts to the servicer
_p = people("072", 6)
_r = rng("072")
_tbl = [["契約者", "住所", "電話", "滞納額", "引落口座"]]
for p in _p:
    _tbl.append([p["name"], address(_r, with_zip=False), mobile(_r), f"{_r.randint(2, 8) * 64200:,}円", bank(_r, p["kana"])])
MESSAGES.append(dict(
    id="fac-072",
    sender=OKOCHI,
    to=["東日本債権回収 業務第二部 <gyomu2@higashinihon-servicer.co.jp>"],
    subject="回収委託 追加対象者（日の出コーポ松戸）",
    charset="iso-2022-jp",
    body=f"""東日本債権回収株式会社
業務第二部 御中

お世話になっております。日の出産業の大河内です。
回収委託の追加対象者（6名）の一覧をPDFでお送りします。
いずれも退去済みで、連絡が取れなくなっている方です。
{SIG_OKOCHI}
""",
    attachments=[{"kind": "pdf", "name": "追加対象者_松戸.pdf",
                  "lines": ["債権回収委託 追加対象者一覧（日の出コーポ松戸）", "2025年6月10日 日の出産業株式会社 不動産管理部", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="6 debtors with addresses, phones and bank accounts in a PDF table",
))

# fac-073 arrears statistics to the law firm
MESSAGES.append(dict(
    id="fac-073",
    sender=OKOCHI,
    to=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    subject="顧問契約 四半期報告（賃料滞納の推移）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所 事務局 御中

お世話になっております。日の出産業の大河内です。
顧問契約に基づく四半期報告として、滞納件数の推移をお送りします。

　　　　　　　　 1月　 2月　 3月　 4月　 5月
滞納1か月　　　　 11　　 9　　12　　 8　　10
滞納2か月　　　　　4　　 5　　 3　　 4　　 3
滞納3か月以上　　　3　　 3　　 4　　 2　　 2
法的手続中　　　　 1　　 1　　 1　　 2　　 2

先生方にご対応いただいている2件の進捗は、次回の定例でご報告ください。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="counts of arrears by month: statistics only",
))

# fac-074 guarantor change with the guarantor's health insurance card number
_r = rng("074")
MESSAGES.append(dict(
    id="fac-074",
    sender=HORI,
    to=["みらい家賃保証 契約管理部 <keiyaku-kanri@mirai-hosho.co.jp>"],
    subject="連帯保証人変更の件（サンライズ亀戸 306 米倉様）",
    charset="utf-8",
    body=f"""みらい家賃保証 契約管理部 ご担当者様

日の出産業の堀之内です。
サンライズ亀戸306号室の米倉様から、連帯保証人をお父様からお兄様に変更したいとの
お申し出がありました。新しい保証人の方の情報は以下のとおりです。

新保証人：米倉 勝（契約者の兄）
住所：千葉県松戸市新松戸3-12-8
電話：{mobile(_r)}
勤務先：医療法人恵愛会 事務長
本人確認：健康保険証の写しを受領済み（記号 1204　番号 387、保険者番号 06139012）

この内容で保証委託契約の変更手続きをお願いできますでしょうか。
{SIG_HORI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a guarantor's health insurance card 記号・番号 (identity document number), one person",
))

# fac-075 commercial tenant's shop as the contact, to the air-conditioning contractor
MESSAGES.append(dict(
    id="fac-075",
    sender=OKOCHI,
    to=["北辰空調サービス <service@hokushin-kucho.co.jp>"],
    subject="1階カフェ 空調不具合の修理依頼",
    charset="iso-2022-jp",
    body=f"""北辰空調サービス株式会社 御中

お世話になっております。日の出産業の大河内です。
日の出浜松町ビル1階のテナント「カフェ・ルミエール」で、
業務用エアコン（室内機2台のうち奥側）が冷えないとの連絡がありました。

・設置場所：客席奥の天井カセット型（型番 RZRP112BA）
・症状：運転はするが送風のみ、エラーコード U4
・店舗連絡先：カフェ・ルミエール 03-5472-1155（営業時間 8:00〜20:00）

店舗の営業に影響が出ているため、明日中の点検をお願いできますでしょうか。
訪問時間は店舗と直接ご調整ください。
{SIG_OKOCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="only a shop's business phone and a model number; no personal data",
))

# fac-076 plain ZIP with an applicant list XLSX and a property PDF
_p = people("076", 7)
_r = rng("076")
_sheet = [["申込日", "物件・号室", "申込者", "生年月日", "現住所", "携帯", "勤務先", "年収(万円)"]]
for p in _p:
    _sheet.append([f"6/{_r.randint(1, 14)}", f"日の出レジデンス蒲田 {_r.randint(2, 6)}0{_r.randint(1, 8)}", p["name"],
                   dob(_r, 1975, 2001, "slash"), address(_r, with_zip=False), mobile(_r),
                   _r.choice(["会社員", "公務員", "派遣社員", "自営業"]), _r.choice([320, 410, 480, 560, 650])])
MESSAGES.append(dict(
    id="fac-076",
    sender=HORI,
    to=["きずな不動産 賃貸仲介課 森下様 <morishita@kizuna-fudosan.co.jp>"],
    subject="6月前半 申込状況と物件資料",
    charset="cp932",
    body=f"""きずな不動産 森下様

お世話になっております。堀之内です。
6月前半の申込状況（御社経由以外も含む）と、募集中物件の資料をZIPにまとめました。
重複申込がないか、御社の顧客リストと突き合わせていただけますか。
{SIG_HORI}
""",
    attachments=[{"kind": "zip", "name": "蒲田_申込状況_資料.zip",
                  "files": [{"kind": "xlsx", "name": "申込状況_6月前半.xlsx", "sheets": {"申込": _sheet}},
                            {"kind": "pdf", "name": "物件概要_蒲田.pdf",
                             "lines": ["日の出レジデンス蒲田 募集要項", "所在地：東京都大田区蒲田4-18-2",
                                       "構造：RC造10階建 48戸", "賃料：86,000円〜112,000円", "管理：日の出産業株式会社"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding an XLSX of 7 applicants with birth dates, addresses and mobiles",
))

# fac-077 PPTX: family day groups with children's names/ages and parents' mobiles
_f = families("077", 6)
_slides = [["ファミリーデー2025 ワークショップ班分け", "8月2日（土） 印西センター", "日の出産業株式会社 総務部厚生課"]]
_kids = sorted(((k, fam) for fam in _f for k in fam["kids"]), key=lambda kf: kf[0]["age"])
for g, (title, lo, hi) in enumerate([("A班（未就学）", 0, 5), ("B班（小1〜小3）", 6, 8), ("C班（小4〜小6）", 9, 12)]):
    _slides.append([title] + [f"{k['name']}（{k['age']}歳）　保護者：{fam['emp']['name']} {fam['mobile']}"
                              for k, fam in _kids if lo <= k["age"] <= hi] or ["（該当なし）"])
_slides.append(["当日の流れ", "10:30 受付・名札配布", "11:00 班ごとにワークショップ", "12:30 昼食"])
MESSAGES.append(dict(
    id="fac-077",
    sender=KASAHARA,
    to=["ハレノヒ企画 西村様 <nishimura@harenohi-kikaku.co.jp>"],
    subject="班分け案（スライド）",
    charset="utf-8",
    body=f"""西村様

笠原です。班分けの案をスライドにまとめました。
スタッフ向け説明会でそのまま投影していただいて大丈夫です。
保護者の携帯は、迷子対応のためスタッフの方に控えていただく想定です。
{SIG_KASAHARA}
""",
    attachments=[{"kind": "pptx", "name": "ファミリーデー_班分け案.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slides: 6 families' children with ages and parents' mobiles",
))

# fac-078 PPTX earnings presentation draft (public executives' names)
MESSAGES.append(dict(
    id="fac-078",
    sender=MINASE_JA,
    to=["IRリンク 三枝様 <saegusa@irlink.jp>"],
    subject="決算説明会資料（案）のレビューのお願い",
    charset="iso-2022-jp",
    body=f"""三枝様

お世話になっております。水無瀬です。
5月20日の決算説明会資料の案をお送りします。
構成と、中計の進捗を示すスライドの見せ方についてご意見をいただけますと幸いです。
（数値は決算短信で公表済みのものです）
{SIG_MINASE_JA}
""",
    attachments=[{"kind": "pptx", "name": "FY2024決算説明会資料_案.pptx",
                  "slides": [["2025年3月期 決算説明会", "日の出産業株式会社", "代表取締役社長 日野出 太郎"],
                             ["決算ハイライト", "売上高 1,284億円（前期比 +6.2%）", "営業利益 71億円（同 +9.8%）",
                              "当期純利益 46億円（同 +12.1%）"],
                             ["中期経営計画の進捗", "物流センター新設：印西 2025年7月竣工", "ROE目標 10%に対し 9.1%"],
                             ["株主還元", "年間配当 58円（増配）", "自己株式取得 20億円"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="earnings slides with the (public) president's name; published figures only",
))

# fac-079 tenant screening with 逮捕歴 / 反社 check results for 5 applicants
_p = people("079", 5)
_r = rng("079")
_res = [("該当なし", "可"), ("該当なし", "可"), ("新聞報道あり：2019年 詐欺容疑で逮捕（不起訴）", "要協議"),
        ("該当なし", "可"), ("本人申告：2016年 道路交通法違反で罰金刑", "要協議")]
_sheet = [["入居審査結果（反社・風評チェック）", "", "", "", ""], ["申込者", "生年月日", "申込物件", "チェック結果", "判定"]]
for p, (res, j) in zip(_p, _res):
    _sheet.append([p["name"], dob(_r, 1968, 1999, "abbr"), f"サンライズ亀戸 {_r.randint(2, 6)}0{_r.randint(1, 6)}", res, j])
MESSAGES.append(dict(
    id="fac-079",
    sender=HORI,
    to=["みらい家賃保証 審査部 岩城様 <iwaki@mirai-hosho.co.jp>"],
    subject="反社チェック結果の共有（6月申込分）",
    charset="cp932",
    body=f"""岩城様

お世話になっております。日の出産業の堀之内です。
6月申込分5名の反社・風評チェックの結果を共有いたします。
「要協議」の2名について、御社の保証可否のご判断をいただけますでしょうか。
{SIG_HORI}
""",
    attachments=[{"kind": "xlsx", "name": "反社チェック結果_202506.xlsx", "sheets": {"結果": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5 applicants with birth dates and arrest/conviction findings (要配慮: 犯罪歴)",
))

# fac-080 reply; the resident list is only in the quoted original
_p = people("080", 7)
_r = rng("080")
_q = "\n".join(f"{(i % 4) + 1}0{(i % 2) + 1}\t{p['name']}\t{mobile(_r)}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-080",
    sender=KANNO,
    to=["東都ハウジングサービス 亀戸営業所 <kameido@toto-housing.co.jp>"],
    subject="RE: ひのでハイツ亀戸 入居者台帳の照合",
    charset="iso-2022-jp",
    body=f"""亀戸営業所 ご担当者様

日の出産業の菅野です。
照合いただきありがとうございます。弊社の台帳とも一致しておりました。
このまま確定としてください。
{SIG_KANNO}

-----Original Message-----
From: 東都ハウジングサービス 亀戸営業所 <kameido@toto-housing.co.jp>
Sent: Thursday, June 12, 2025 4:52 PM
To: 菅野 里美 <kanno.satomi@hinode-sangyo.co.jp>
Subject: ひのでハイツ亀戸 入居者台帳の照合

日の出産業 菅野様

弊社の台帳は以下のとおりです。御社の台帳と照合をお願いします。

{_q}

東都ハウジングサービス 亀戸営業所
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the resident list appears only in the quoted original from the recipient",
))

# fac-081 reply: new text above the quote carries a corrected list of five residents
_p = people("081", 5)
_r = rng("081")
_new = "\n".join(f"- {p['romaji']} ({p['name']}) / Room {300 + i + 1} / {mobile(_r)}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="fac-081",
    sender=HORI,
    to=["Anderson Property Services <facility@anderson-ps.com>"],
    subject="Re: Residents for the fire drill (Sunrise Kameido, 3F)",
    charset="utf-8",
    body=f"""Hi Mark,

Sorry, the list I sent yesterday was for the 2nd floor. Here are the 3rd-floor residents
who asked to be called before the drill:

{_new}

Room 306 is vacant at the moment.

Best regards,
Maki Horinouchi
Real Estate Management Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5472-8852

On Tue, Jun 17, 2025 at 11:02 AM Mark Ellison <facility@anderson-ps.com> wrote:
> Hi Maki,
>
> Thanks for the list. Just to check - these are the residents on the 3rd floor, right?
> We'll call them on Friday afternoon.
>
> Mark
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text (above 'On ... wrote:') lists five residents with romaji names and mobiles",
))

# fac-082 technical trainees in company housing, katakana names and residence card numbers
_tr = [("グエン ヴァン ナム", "NGUYEN VAN NAM", "ベトナム"), ("チャン ティ フオン", "TRAN THI HUONG", "ベトナム"),
       ("レ ミン トゥアン", "LE MINH TUAN", "ベトナム"), ("サントス マリア クララ", "SANTOS MARIA CLARA", "フィリピン"),
       ("スリヤニ デウィ", "SURYANI DEWI", "インドネシア"), ("ファム クオック バオ", "PHAM QUOC BAO", "ベトナム")]
_r = rng("082")
_csv = [["No", "氏名（カナ）", "氏名（ローマ字）", "国籍", "生年月日", "在留カード番号", "在留期限", "居室"]]
for i, (k, ro, nat) in enumerate(_tr, 1):
    letters = "".join(_r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    tail = "".join(_r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    _csv.append([i, k, ro, nat, dob(_r, 1996, 2004, "iso"), f"{letters}{_r.randint(10000000, 99999999)}{tail}",
                 f"2027/{_r.randint(1, 12):02d}/{_r.randint(1, 28):02d}", f"寮{(i + 1) // 2}0{(i % 2) + 1}"])
MESSAGES.append(dict(
    id="fac-082",
    sender=KANNO,
    to=["ひまわり協同組合 監理課 <kanri@himawari-kyodo.or.jp>"],
    subject="技能実習生 寮入居者名簿（巡回指導用）",
    charset="cp932",
    body=f"""ひまわり協同組合 監理課 御中

いつもお世話になっております。日の出産業 総務課の菅野です。
来週の巡回指導に先立ち、印西センター寮の入居者名簿をお送りします。
4月に2名が入れ替わっておりますのでご確認ください。
{SIG_KANNO}
""",
    attachments=[{"kind": "csv", "name": "寮入居者名簿_印西.csv", "rows": _csv, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="6 trainees (katakana/romaji names) with birth dates and residence card numbers",
))

# fac-083 the residents' association chair on free mail, rules only
MESSAGES.append(dict(
    id="fac-083",
    sender=HORI,
    to=["松戸新田自治会 会長 <matsudo-shinden.jichikai@yahoo.co.jp>"],
    subject="ごみ集積所の移設について（日の出コーポ松戸）",
    charset="utf-8",
    body=f"""松戸新田自治会 会長様

いつもお世話になっております。
日の出コーポ松戸を管理しております日の出産業の堀之内です。

先日の役員会でご相談いただいた、ごみ集積所の移設について、
弊社の敷地内（駐輪場の東側）に新しい集積所を設ける方向で準備を進めております。

・工事予定：7月第2週（2日間）
・移設後の利用開始：7月14日（月）から
・費用：弊社負担

回覧板用のお知らせ文案ができましたら、あらためてお送りいたします。
{SIG_HORI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient (residents' association), no personal data",
))

# fac-084 rooming list for 3 guests to a homoglyph look-alike of sakura-hotel.jp
_p = people("084", 3)
_r = rng("084")
MESSAGES.append(dict(
    id="fac-084",
    sender=KASAHARA,
    to=["さくらホテル 宿泊予約 <reservation@sakura-hote1.jp>"],
    subject="宿泊予約（7/24 株主見学会 随行者3名）",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の笠原です。
7月24日（木）1泊、シングル3室の予約をお願いいたします。

　{_p[0]['name']}（{_p[0]['kana']}）　{mobile(_r)}
　{_p[1]['name']}（{_p[1]['kana']}）　{mobile(_r)}
　{_p[2]['name']}（{_p[2]['kana']}）　{mobile(_r)}

法人契約（契約番号 SK-HS-0098）の料金でお願いします。
お支払いは請求書払いでお願いいたします。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sakura-hote1.jp (digit 1 for l) is a homoglyph look-alike of partner sakura-hotel.jp",
))

# fac-085 the same kind of booking to the real hotel
_p = people("085", 3)
_r = rng("085")
MESSAGES.append(dict(
    id="fac-085",
    sender=KASAHARA,
    to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（8/1 1泊 3名）",
    charset="cp932",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 厚生課の笠原です。
ファミリーデー前日準備のスタッフ3名の宿泊をお願いいたします。

 8/1（金）チェックイン 21時頃　シングル3室
 ・{_p[0]['name']}　携帯 {mobile(_r)}
 ・{_p[1]['name']}　携帯 {mobile(_r)}
 ・{_p[2]['name']}　携帯 {mobile(_r)}

朝食付きプランでお願いします（法人契約 SK-HS-0098）。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three guests' names and mobiles to the real partner hotel: under five people, may warn",
))

# fac-086 rooming list for 12 guests to the real hotel
_p = people("086", 12)
_r = rng("086")
_lines = "\n".join(f"{i}\t{p['name']}\t{p['kana']}\t{p['sex']}\tシングル\t{mobile(_r)}"
                   for i, p in enumerate(_p, 1))
MESSAGES.append(dict(
    id="fac-086",
    sender=KASAHARA,
    to=["さくらホテル 団体予約係 <group@sakura-hotel.jp>"],
    subject="ルーミングリスト（新任管理職研修 9/11-12）",
    charset="utf-8",
    body=f"""さくらホテル 団体予約係 御中

いつもお世話になっております。日の出産業の笠原です。
9月11日〜12日の新任管理職研修のルーミングリストをお送りします。
全員シングル・禁煙でお願いします。

No\t氏名\tフリガナ\t性別\t部屋\t携帯
{_lines}

研修会場（2階 桔梗の間）の設営は、先日お送りした図面どおりでお願いいたします。
{SIG_KASAHARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="rooming list of 12 employees with kana, sex and mobiles, tab-separated, to the partner hotel",
))

# fac-087 one delivery address to aoba-unyu-co.jp (hyphen for a dot)
_r = rng("087")
MESSAGES.append(dict(
    id="fac-087",
    sender=KANNO,
    to=["青葉運輸 家具配送センター <kagu@aoba-unyu-co.jp>"],
    subject="社宅備品（家具）配送のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 家具配送センター御中

お世話になっております。日の出産業の菅野です。
単身赴任者向けの社宅備品の配送をお願いいたします。

　配送先：〒273-0005 千葉県船橋市本町2-9-1 日の出船橋社宅 204号室
　受取人：鬼頭 孝文 様（{mobile(_r)}）
　品目　：ベッド（シングル）1、冷蔵庫（2ドア）1、洗濯機 1、カーテン 2組
　希望日：6月29日（日）午前中

倉庫（川口）からの搬出は6月27日以降可能です。
{SIG_KANNO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu-co.jp is a look-alike of partner aoba-unyu.co.jp (hyphen for a dot)",
))

# fac-088 tracking numbers and room numbers to the real partner
MESSAGES.append(dict(
    id="fac-088",
    sender=KANNO,
    to=["青葉運輸 お客様センター <customer@aoba-unyu.co.jp>"],
    subject="配送状況の確認（社宅備品 4件）",
    charset="utf-8",
    body=f"""青葉運輸株式会社 お客様センター 御中

お世話になっております。日の出産業 総務課の菅野です。
先週出荷をお願いした社宅備品のうち、以下4件がまだ届いていないようです。
配送状況をご確認いただけますでしょうか。

  お問い合わせ番号      配送先            品目
  4418-2290-7731       船橋社宅 204      冷蔵庫
  4418-2290-7748       船橋社宅 204      洗濯機
  4418-2290-7755       茨木社宅 108      ベッド
  4418-2290-7762       亀戸 305          カーテン一式

出荷伝票番号：AU-250620-015〜018
{SIG_KANNO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and room numbers only, to the real partner domain",
))

# fac-089 stalking victim in a building, to the security company
_r = rng("089")
MESSAGES.append(dict(
    id="fac-089",
    sender=KUDO,
    to=["アルファ警備保障 城東支社 <joto@alpha-keibi.co.jp>"],
    subject="【至急】日の出レジデンス蒲田 巡回強化のお願い",
    charset="cp932",
    body=f"""アルファ警備保障株式会社 城東支社 御中

日の出産業 総務部の工藤です。
日の出レジデンス蒲田について、巡回の強化をお願いしたくご連絡いたしました。

708号室の入居者、四方田 芽衣様が、元交際相手からストーカー被害を受けており、
蒲田警察署に被害届を提出し、ストーカー規制法に基づく警告が出されたとのことです。
相手方の男性は身長175cm前後、黒い軽自動車に乗っているとのことで、
ここ数日、夜間にエントランス付近で目撃されています。

・当面2週間、夜間（20時〜翌6時）の巡回を2回から4回に増やしてください
・不審者を見かけた場合は110番のうえ、四方田様（{mobile(_r)}）にもご一報ください
・エントランスのオートロック暗証番号は本日変更します

費用は別途お見積りでお願いします。
{SIG_KUDO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a resident who is a stalking victim (犯罪被害: 要配慮) with her mobile",
))

# fac-090 incident report without identifiable people, with a photo
MESSAGES.append(dict(
    id="fac-090",
    sender=HASEBE,
    to=["丸和ビルマネジメント 設備管理課 <setsubi@maruwa-bm.co.jp>"],
    subject="3階男子トイレ 漏水の件（写真添付）",
    charset="iso-2022-jp",
    body=f"""丸和ビルマネジメント株式会社
設備管理課 御中

日の出産業の長谷部です。
本日14時頃、日の出浜松町ビル3階の男子トイレで、小便器の給水管から漏水しているのを
清掃スタッフの方が発見しました。止水栓を閉めて、現在は使用禁止にしています。
現場の写真を添付します。

下の階（2階クリニックモール）の天井に染みが出ていないか、あわせてご確認ください。
{SIG_HASEBE}
""",
    attachments=[{"kind": "png", "name": "3F_漏水箇所.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="facility incident with no identifiable person; a photo attachment",
))

# fac-091 staff trip: passport numbers to the travel agency
_p = people("091", 8)
_r = rng("091")
_sheet = [["Surname", "Given name", "Sex", "Date of birth", "Passport No.", "Expiry", "Mobile"]]
for p in _p:
    _sheet.append([p["sei_ro"].upper(), p["mei_ro"].upper(), "M" if p["sex"] == "男" else "F",
                   dob(_r, 1970, 1999, "iso"),
                   f"{_r.choice(['TK', 'TR', 'TZ', 'MZ'])}{_r.randint(1000000, 9999999)}",
                   f"20{_r.randint(27, 34)}-{_r.randint(1, 12):02d}-{_r.randint(1, 28):02d}", mobile(_r)])
MESSAGES.append(dict(
    id="fac-091",
    sender=KASAHARA,
    to=["トラベルウィング 法人旅行センター <houjin@travelwing.co.jp>"],
    subject="台湾報奨旅行 航空券手配用 旅券情報",
    charset="utf-8",
    body=f"""株式会社トラベルウィング
法人旅行センター 御中

お世話になっております。日の出産業の笠原です。
10月の台湾報奨旅行（営業部表彰者8名）の航空券手配用に、
パスポート情報を添付のとおりお送りします。
ローマ字表記はパスポートの記載どおりです。
{SIG_KASAHARA}
""",
    attachments=[{"kind": "xlsx", "name": "passport_list_TPE.xlsx", "sheets": {"旅券情報": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 travellers' passport numbers, birth dates and mobiles (romaji names), XLSX",
))

# fac-092 itinerary and headcount only
MESSAGES.append(dict(
    id="fac-092",
    sender=KASAHARA,
    to=["トラベルウィング 法人旅行センター 石黒様 <ishiguro@travelwing.co.jp>"],
    subject="Re: 台湾報奨旅行 行程案",
    charset="cp932",
    body=f"""石黒様

お世話になっております。笠原です。
行程案ありがとうございます。以下でお願いいたします。

10/16（木）羽田 9:40発 → 台北松山 12:20着、市内観光、夕食は鼎泰豊
10/17（金）九分（ジォウフェン）・十分 日帰り、夜は士林夜市（自由行動）
10/18（土）故宮博物院、午後自由行動
10/19（日）台北松山 13:20発 → 羽田 17:10着

参加者 8名＋添乗 1名、ホテルはシングル9室でお見積りください。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="itinerary and headcount: no personal data",
))

# fac-093 list of nearby car parks (businesses)
MESSAGES.append(dict(
    id="fac-093",
    sender=TODO,
    to=["メディアプラス 津久井様 <tsukui@mediaplus.jp>"],
    subject="見学会当日の周辺駐車場",
    charset="iso-2022-jp",
    body=f"""津久井様

藤堂です。車で来場される記者の方向けに、印西センター周辺の駐車場をまとめました。
ご案内メールに載せていただけますか。

・センター来客用駐車場（10台、要事前登録）　 0476-40-2200（センター代表）
・タイムズ印西牧の原駅前　　　　　　　　　　　徒歩12分、最大料金 800円
・三井のリパーク 印西松崎台　　　　　　　　　 徒歩8分、最大料金 600円
・イオンモール印西 第3駐車場　　　　　　　　　徒歩15分、無料（買物利用者向け）

センターの駐車場は満車になり次第締め切ります。
{SIG_TODO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of car parks and a site switchboard: businesses, not people",
))

# fac-094 price list in a reply to the furniture lease vendor
MESSAGES.append(dict(
    id="fac-094",
    sender=KANNO,
    to=["かぐリース 法人営業 <hojin@kagu-lease.co.jp>"],
    subject="Re: 社宅家具リース 価格表（2025年度）",
    charset="utf-8",
    body=f"""かぐリース 法人営業 ご担当者様

お世話になっております。日の出産業の菅野です。
価格表ありがとうございました。下記の品目で年間契約を進めたいと思います。

品番          品名                     月額(税別)   数量
KL-BD-101     シングルベッド(マット付)      1,980      12
KL-RF-220     2ドア冷蔵庫 140L              1,650      12
KL-WM-060     全自動洗濯機 6kg              1,540      12
KL-TB-045     ダイニングテーブルセット      1,200       6
KL-CT-010     カーテン(遮光)2枚組             380      24

見積番号 Q-2025-0612 の条件（搬入・回収費込み）でお願いします。

> 2025年度の法人向け価格表を添付いたします。
> ご不明点がございましたらお問い合わせください。
{SIG_KANNO}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes and prices only",
))

# fac-095 four attendees with mobiles to the bus company
_p = people("095", 4)
_r = rng("095")
_lines = "\n".join(f"　{p['name']}（{d}）　{mobile(_r)}" for p, d in zip(_p, ["総務部", "総務部", "広報IR室", "物流企画部"]))
MESSAGES.append(dict(
    id="fac-095",
    sender=KASAHARA,
    to=["東洋観光バス 営業部 岡部様 <okabe@toyo-kanko-bus.co.jp>"],
    subject="ルート下見の同乗者について",
    charset="iso-2022-jp",
    body=f"""岡部様

お世話になっております。笠原です。
7月15日のルート下見には、弊社から以下の4名が同乗します。
当日の待ち合わせ変更などは、各自の携帯にご連絡ください。

{_lines}

集合は浜松町駅北口ロータリー、9時でお願いします。
{SIG_KASAHARA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobiles: under five people, may warn",
))

# fac-096 exactly five journalists for the press bus, full-width digits
_p = people("096", 5)
_r = rng("096")
_lines = "\n".join(f"{i}．{m}　{p['name']}様\n　　携帯：{fw(mobile(_r))}　メール：{p['sei_ro'].lower()}@{dom}"
                   for i, ((m, dom, _d), p) in enumerate(zip(_media[1:6], _p), 1))
MESSAGES.append(dict(
    id="fac-096",
    sender=TODO,
    to=["東洋観光バス 予約センター <yoyaku@toyo-kanko-bus.co.jp>"],
    subject="7/10 報道向け見学会 貸切バス乗車名簿",
    charset="cp932",
    body=f"""東洋観光バス株式会社 予約センター御中

いつもお世話になっております。日の出産業 広報IR室の藤堂です。
7月10日の見学会で、東京駅から貸切バスにご乗車予定の記者の方々です。
出発時刻に遅れている方がいた場合は、直接ご連絡いただけますでしょうか。

{_lines}

出発：東京駅八重洲口 鍛冶橋駐車場 12:00
{SIG_TODO}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five journalists with full-width mobiles and e-mails, one block each, to the bus company",
))

# fac-097 guests of honour (public officials) with office contacts, HTML attachment
_guests = [("城北区長", "城北区役所", "葛城 昭彦", "03-3908-1111（区役所代表）"),
           ("城北区議会議長", "城北区議会", "国府田 敏子", "03-3908-1200（議会事務局）"),
           ("千葉県議会議員", "千葉県議会", "仁科 博之", "043-223-0110（議会事務局）"),
           ("印西市長", "印西市役所", "久我 直人", "0476-42-5111（市役所代表）"),
           ("印西警察署長", "千葉県警察 印西警察署", "秋月 耕三", "0476-42-0110（署代表）"),
           ("印西地区消防組合 消防長", "印西地区消防組合", "真田 雅之", "0476-46-0119（代表）"),
           ("印西市商工会 会長", "印西市商工会", "東条 和枝", "0476-42-2580（事務局）")]
_trs = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{n} 様</td><td>{o}</td><td>{c}</td></tr>"
               for i, (t, o, n, c) in enumerate(_guests, 1))
MESSAGES.append(dict(
    id="fac-097",
    sender=TODO,
    to=["ハレノヒ企画 式典チーム <shikiten@harenohi-kikaku.co.jp>"],
    subject="竣工式 ご来賓一覧（席次・名札用）",
    charset="utf-8",
    body=f"""ハレノヒ企画 式典チーム ご担当者様

お世話になっております。日の出産業 広報IR室の藤堂です。
7月9日の竣工式にご出席いただく来賓の方々の一覧をお送りします。
席次表と名札の作成、当日のお出迎えの段取りにお使いください。
連絡先は各機関の代表番号のみです。
{SIG_TODO}
""",
    attachments=[{"kind": "html", "name": "来賓一覧.html",
                  "html": f"""<html><head><meta charset="utf-8"><title>竣工式 来賓一覧</title></head><body>
<h3>日の出ロジスティクスセンター印西 竣工式 ご来賓一覧</h3>
<table border="1"><tr><th>席次</th><th>役職</th><th>お名前</th><th>所属</th><th>連絡先</th></tr>
{_trs}</table></body></html>"""}],
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="7 public officials by name and title with only their institutions' switchboards: public roles",
))

# fac-098 corrupt PDF report
MESSAGES.append(dict(
    id="fac-098",
    sender=KUDO,
    to=["みなと損害保険 事故受付センター <jiko@minato-sonpo.co.jp>"],
    subject="防犯カメラ映像確認報告書の送付（事故番号 2025-0418）",
    charset="iso-2022-jp",
    body=f"""みなと損害保険 事故受付センター御中

日の出産業 総務部の工藤です。
先日ご依頼のあった防犯カメラ映像の確認報告書をお送りします。
ファイルがスキャナから直接出力したものなので、開けない場合はお知らせください。
{SIG_KUDO}
""",
    attachments=[{"kind": "corrupt", "name": "防犯カメラ映像確認報告書.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="damaged PDF attachment: cannot be inspected",
))

# fac-099 password-protected PDF of the resident list
_p = people("099", 10)
_r = rng("099")
MESSAGES.append(dict(
    id="fac-099",
    sender=KANNO,
    to=["東都ハウジングサービス 清水様 <shimizu@toto-housing.co.jp>"],
    subject="こすもす台社宅 入居者名簿（PDF）",
    charset="utf-8",
    body=f"""清水様

お世話になっております。菅野です。
こすもす台社宅の入居者名簿をPDFでお送りします。
開封パスワードはいつものものです（別途お電話でもお伝えします）。
{SIG_KANNO}
""",
    attachments=[{"kind": "pdf", "name": "こすもす台_入居者名簿.pdf", "password": "cosmos0701",
                  "lines": ["こすもす台社宅 入居者名簿"],
                  "table": [["号室", "氏名", "携帯"]] + [[f"{i // 3 + 1}0{i % 3 + 1}", p["name"], mobile(_r)] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: the contents cannot be scanned",
))

# fac-100 internal only: 社外秘 floor plan and tenant contacts
_p = people("100", 6)
_r = rng("100")
_tbl = [["テナント", "担当者", "携帯（緊急時）"]] + [[t, p["name"], mobile(_r)] for t, p in zip(
    ["ベルテック・ジャパン", "あさひ会計事務所", "北斗メディカル", "リンクス東京", "港南クリニックモール", "カフェ・ルミエール"], _p)]
MESSAGES.append(dict(
    id="fac-100",
    sender=HASEBE,
    to=["大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>", "堀之内 真紀 <horinouchi@hinode-sangyo.co.jp>"],
    cc=["工藤 孝之 <kudo.t@hinode-sangyo.co.jp>"],
    subject="【社外秘】浜松町ビル 避難計画図とテナント緊急連絡先",
    charset="cp932",
    body=f"""大河内さん、堀之内さん

おつかれさまです。長谷部です。
消防署への提出前の避難計画図と、テナントの緊急連絡先をまとめました。
社外秘扱いでお願いします。ご確認ください。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "避難計画図_テナント連絡先.pdf", "page_header": "社外秘",
                  "lines": ["日の出浜松町ビル 避難計画図（2025年度版）", "各階の避難経路・消火器・避難器具の位置は別紙図面参照", ""],
                  "table": _tbl}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="社外秘 PDF with six contacts, but every recipient is internal",
))
