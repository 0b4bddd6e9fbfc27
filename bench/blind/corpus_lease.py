"""Blind evaluation corpus — AREA: lease (リース子会社・リース事業本部の与信審査).

The mail of 日の出産業's leasing arm: リース審査, 申込者・連帯保証人の情報, 信用調査会社への
調査依頼, 保証会社への保証委託, 販売店への審査結果の通知, 契約書類の回収, 延滞債権の督促.

Everything here is invented: every person, company (other than the organisation and the
partners named in BRIEF.md), number, address and account is fictional.  This file was
written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 38801
rng = random.Random(SEED)

# -- numbers ---------------------------------------------------------------------------

_k_my = 0
_k_card = 0


def next_my_number() -> str:
    global _k_my
    v = my_number(SEED + _k_my)
    _k_my += 1
    return v


def next_card() -> str:
    global _k_card
    v = card_number(SEED + _k_card)
    _k_card += 1
    return v


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [rng.randrange(10) for _ in range(12)]
    s = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - s % 9) + "".join(map(str, base))


def license_number() -> str:
    pref = rng.choice(["30", "45", "44", "50", "62", "11", "73", "46", "54"])
    return pref + f"{rng.randrange(80, 100) if rng.random() < .5 else rng.randrange(0, 20):02d}" + \
        f"{rng.randrange(1000000):06d}" + str(rng.randrange(10)) + str(rng.choice([0, 0, 0, 1]))


def passport_number() -> str:
    return rng.choice(["TR", "TK", "MZ", "TS", "TZ"]) + f"{rng.randrange(1000000, 9999999)}"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(L) + rng.choice(L) + f"{rng.randrange(10**8):08d}" + rng.choice(L) + rng.choice(L)


# -- text helpers ------------------------------------------------------------------------

_FW = str.maketrans({**{chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}, " ": "　", "-": "－"})


def fw(s: str) -> str:
    return s.translate(_FW)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def columns(rows, fill=" ", sep="  ", rule="-") -> str:
    n = len(rows[0])
    widths = [max(dw(str(r[i])) for r in rows) for i in range(n)]
    out = []
    for j, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            gap = widths[i] - dw(c)
            cells.append(c + ("　" * ((gap + 1) // 2) if fill == "　" else " " * gap))
        out.append(sep.join(cells).rstrip())
        if j == 0 and rule:
            total = sum(widths) + dw(sep) * (n - 1)
            out.append(rule * (total // dw(rule)))
    return "\n".join(out)


def wareki(d: date, style: int = 0) -> str:
    if d >= date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{k}{y}.{d.month}.{d.day}"
    if style == 2:
        return fw(f"{k}{y}.{d.month}.{d.day}")
    if style == 3:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == 4:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 5:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"


# -- invented people ---------------------------------------------------------------------

SURNAMES = [
    ("佐々木", "ササキ", "sasaki"), ("東海林", "ショウジ", "shoji"), ("四十物", "アイモノ", "aimono"),
    ("小鳥遊", "タカナシ", "takanashi"), ("月見里", "ヤマナシ", "yamanashi"),
    ("五百旗頭", "イオキベ", "iokibe"), ("百目鬼", "ドウメキ", "domeki"), ("薬袋", "ミナイ", "minai"),
    ("御手洗", "ミタライ", "mitarai"), ("栗花落", "ツユリ", "tsuyuri"), ("一ノ瀬", "イチノセ", "ichinose"),
    ("長谷部", "ハセベ", "hasebe"), ("熊谷", "クマガイ", "kumagai"), ("甲斐", "カイ", "kai"),
    ("宇佐美", "ウサミ", "usami"), ("新垣", "アラガキ", "aragaki"), ("比嘉", "ヒガ", "higa"),
    ("坂東", "バンドウ", "bando"), ("大和田", "オオワダ", "owada"), ("久保田", "クボタ", "kubota"),
    ("井ノ口", "イノクチ", "inokuchi"), ("能勢", "ノセ", "nose"), ("若狭", "ワカサ", "wakasa"),
    ("三ツ矢", "ミツヤ", "mitsuya"), ("渡邉", "ワタナベ", "watanabe"), ("斉藤", "サイトウ", "saito"),
    ("吉田", "ヨシダ", "yoshida"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
    ("清水", "シミズ", "shimizu"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("阿部", "アベ", "abe"), ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"),
    ("藤田", "フジタ", "fujita"), ("岡田", "オカダ", "okada"), ("後藤", "ゴトウ", "goto"),
    ("村上", "ムラカミ", "murakami"), ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"),
    ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"), ("西村", "ニシムラ", "nishimura"),
    ("福田", "フクダ", "fukuda"), ("太田", "オオタ", "ota"), ("三浦", "ミウラ", "miura"),
    ("藤原", "フジワラ", "fujiwara"), ("岡本", "オカモト", "okamoto"), ("中川", "ナカガワ", "nakagawa"),
    ("原田", "ハラダ", "harada"), ("小野", "オノ", "ono"), ("竹内", "タケウチ", "takeuchi"),
    ("金子", "カネコ", "kaneko"), ("和田", "ワダ", "wada"), ("石田", "イシダ", "ishida"),
    ("上田", "ウエダ", "ueda"), ("柴田", "シバタ", "shibata"), ("工藤", "クドウ", "kudo"),
    ("宮本", "ミヤモト", "miyamoto"), ("内田", "ウチダ", "uchida"), ("安藤", "アンドウ", "ando"),
    ("谷口", "タニグチ", "taniguchi"), ("丸山", "マルヤマ", "maruyama"), ("今井", "イマイ", "imai"),
    ("河野", "コウノ", "kono"), ("武田", "タケダ", "takeda"), ("杉山", "スギヤマ", "sugiyama"),
    ("千葉", "チバ", "chiba"), ("松井", "マツイ", "matsui"), ("岩崎", "イワサキ", "iwasaki"),
    ("桜井", "サクライ", "sakurai"), ("野口", "ノグチ", "noguchi"), ("菊地", "キクチ", "kikuchi"),
    ("大西", "オオニシ", "onishi"), ("新井", "アライ", "arai"), ("鬼塚", "オニヅカ", "onizuka"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("仲宗根", "ナカソネ", "nakasone"),
    ("釜石", "カマイシ", "kamaishi"), ("宍戸", "シシド", "shishido"), ("蛭子", "エビス", "ebisu"),
    ("我妻", "ワガツマ", "wagatsuma"), ("纐纈", "コウケツ", "koketsu"),
]
GIVEN = [
    ("健一", "ケンイチ", "kenichi"), ("大輔", "ダイスケ", "daisuke"), ("誠", "マコト", "makoto"),
    ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"), ("和也", "カズヤ", "kazuya"),
    ("翔太", "ショウタ", "shota"), ("拓海", "タクミ", "takumi"), ("正樹", "マサキ", "masaki"),
    ("修", "オサム", "osamu"), ("勝利", "カツトシ", "katsutoshi"), ("徹", "トオル", "toru"),
    ("悠真", "ユウマ", "yuma"), ("剛", "ツヨシ", "tsuyoshi"), ("直樹", "ナオキ", "naoki"),
    ("康弘", "ヤスヒロ", "yasuhiro"), ("義男", "ヨシオ", "yoshio"), ("茂", "シゲル", "shigeru"),
    ("英治", "エイジ", "eiji"), ("源太郎", "ゲンタロウ", "gentaro"), ("恵子", "ケイコ", "keiko"),
    ("由美", "ユミ", "yumi"), ("美穂", "ミホ", "miho"), ("真由美", "マユミ", "mayumi"),
    ("陽子", "ヨウコ", "yoko"), ("裕子", "ユウコ", "yuko"), ("千尋", "チヒロ", "chihiro"),
    ("彩", "アヤ", "aya"), ("結衣", "ユイ", "yui"), ("明美", "アケミ", "akemi"),
    ("智子", "トモコ", "tomoko"), ("久美子", "クミコ", "kumiko"), ("早苗", "サナエ", "sanae"),
    ("瞳", "ヒトミ", "hitomi"), ("香織", "カオリ", "kaori"), ("奈緒", "ナオ", "nao"),
    ("幸子", "サチコ", "sachiko"), ("美咲", "ミサキ", "misaki"),
]
PLACES = [
    ("154", "東京都", "世田谷区", "桜新町", "03"), ("123", "東京都", "足立区", "西新井栄町", "03"),
    ("192", "東京都", "八王子市", "元本郷町", "042"), ("223", "神奈川県", "横浜市港北区", "日吉本町", "045"),
    ("252", "神奈川県", "相模原市中央区", "淵野辺", "042"), ("333", "埼玉県", "川口市", "芝新町", "048"),
    ("359", "埼玉県", "所沢市", "小手指町", "04"), ("273", "千葉県", "船橋市", "前原西", "047"),
    ("277", "千葉県", "柏市", "豊四季", "04"), ("591", "大阪府", "堺市北区", "中百舌鳥町", "072"),
    ("577", "大阪府", "東大阪市", "長田", "06"), ("612", "京都府", "京都市伏見区", "深草西浦町", "075"),
    ("672", "兵庫県", "姫路市", "飾磨区英賀", "079"), ("454", "愛知県", "名古屋市中川区", "八熊", "052"),
    ("440", "愛知県", "豊橋市", "向山町", "0532"), ("433", "静岡県", "浜松市中央区", "高林", "053"),
    ("984", "宮城県", "仙台市若林区", "荒井", "022"), ("065", "北海道", "札幌市東区", "北十五条東", "011"),
    ("079", "北海道", "旭川市", "永山", "0166"), ("802", "福岡県", "北九州市小倉南区", "徳力", "093"),
    ("839", "福岡県", "久留米市", "東合川", "0942"), ("721", "広島県", "福山市", "引野町", "084"),
    ("711", "岡山県", "倉敷市", "児島小川", "086"), ("940", "新潟県", "長岡市", "千秋", "0258"),
    ("390", "長野県", "松本市", "筑摩", "0263"), ("921", "石川県", "金沢市", "有松", "076"),
    ("862", "熊本県", "熊本市東区", "健軍", "096"), ("901", "沖縄県", "浦添市", "牧港", "098"),
    ("370", "群馬県", "高崎市", "飯塚町", "027"), ("321", "栃木県", "宇都宮市", "鶴田町", "028"),
    ("305", "茨城県", "つくば市", "竹園", "029"), ("503", "岐阜県", "大垣市", "林町", "0584"),
    ("510", "三重県", "四日市市", "富田", "059"), ("760", "香川県", "高松市", "林町", "087"),
    ("790", "愛媛県", "松山市", "余戸南", "089"), ("891", "鹿児島県", "鹿児島市", "谷山中央", "099"),
    ("992", "山形県", "米沢市", "金池", "0238"), ("031", "青森県", "八戸市", "湊高台", "0178"),
    ("634", "奈良県", "橿原市", "八木町", "0744"),
]
SHOPS = ["ヘアサロン{r}", "カフェ{r}", "{s}塗装", "{s}工務店", "居酒屋{r}", "{s}鍼灸院", "{s}板金",
         "ベーカリー{r}", "{s}農園", "{s}写真館", "麺処{r}", "{s}運送", "{s}電設", "ネイルサロン{r}",
         "{s}鮮魚店", "{s}自動車整備", "小料理{r}", "{s}造園"]
SHOP_TAIL = ["つばき", "こもれび", "しずく", "ひなた", "あかね", "みのり", "はるか", "凪", "灯",
             "たんぽぽ", "すずらん", "わかば", "ルミエール", "ソレイユ", "ポラリス"]
EMPLOYERS = ["株式会社マルヤス食品", "トーワ精工株式会社", "有限会社大興建設", "医療法人社団朋和会",
             "株式会社サンライズ物流", "県立高校（教員）", "市役所（一般職）", "自営（農業）",
             "年金受給", "株式会社アルファ電装", "協同組合ひかり商会", "株式会社ミヤコ不動産",
             "自営（理容業）", "株式会社北星ケミカル", "パート（スーパー）", "会社役員（同族会社）"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "au.com"]
RELATION = ["代表者本人", "代表者の配偶者", "代表者の父", "代表者の兄", "代表者の長男", "役員",
            "代表者の母", "代表者の義弟"]

_used: set[str] = set()


def person(min_year: int = 1948, max_year: int = 1999) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            break
    z3, pref, city, town, area = rng.choice(PLACES)
    n1, n2, n3 = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 24)
    if rng.random() < .5:
        addr = f"{pref}{city}{town}{n1}丁目{n2}番{n3}号"
    else:
        addr = f"{pref}{city}{town}{n1}-{n2}-{n3}"
    if rng.random() < .3:
        addr += f" {rng.choice(['コーポ', 'メゾン', 'ハイツ', 'グランシャリオ'])}{town[:2]} {rng.randint(1, 5)}0{rng.randint(1, 8)}"
    local = 10 - len(area)
    if local == 8:
        tel = f"{area}-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"
    elif local == 7:
        tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
    else:
        tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(0, 9999):04d}"
    dob = date(rng.randint(min_year, max_year), rng.randint(1, 12), rng.randint(1, 28))
    mail_user = rng.choice([f"{g[2]}.{s[2]}", f"{s[2]}{g[2][0]}{dob.year % 100:02d}",
                            f"{g[2][:3]}_{s[2]}", f"{s[2]}.{g[2]}{rng.randint(1, 99)}"])
    tail = rng.choice(SHOP_TAIL)
    return {
        "name": f"{s[0]} {g[0]}", "name_ns": s[0] + g[0], "sei": s[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2].capitalize()} {s[2].upper()}",
        "zip": f"{z3}-{rng.randint(0, 9999):04d}", "addr": addr, "pref": pref,
        "tel": tel, "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}",
        "dob": dob, "email": f"{mail_user}@{rng.choice(FREEMAIL)}",
        "employer": rng.choice(EMPLOYERS), "income": rng.choice(range(240, 1300, 20)),
        "shop": rng.choice(SHOPS).format(s=s[0], r=" " + tail),
        "relation": rng.choice(RELATION),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def app_no(prefix: str = "L") -> str:
    return f"{prefix}-2025-{rng.randint(10000, 99999)}"


# -- the organisation's people -------------------------------------------------------------

CO = "日の出産業株式会社"
ADDR_HQ = "〒105-0013 東京都港区浜松町2-4-1 日の出浜松町ビル7F"

MAKABE = "真壁 尚人 <makabe.naoto@hinode-sangyo.co.jp>"
SOGABE = "曽我部 あかり <sogabe.akari@hinode-sangyo.co.jp>"
NAGIRA = "柳楽 亮 <nagira.ryo@hinode-sangyo.co.jp>"
KATSURAGI = "桂木 文乃 <katsuragi-f@lease.hinode-sangyo.co.jp>"
WANIBUCHI = "鰐淵 透 <wanibuchi.toru@hinode-sangyo.co.jp>"
IIBOSHI = "飯干 美帆 <iiboshi.miho@hinode-sangyo.co.jp>"
TAKACHIHO = "高千穂 慎吾 <takachiho.shingo@hinode-sangyo.co.jp>"
NOTO = "能登 さやか <noto.sayaka@hinode-sangyo.co.jp>"
MINAGAWA = "皆川 隼人 <minagawa.hayato@hinode-sangyo.co.jp>"
OKUZONO = "Kenta Okuzono <okuzono.kenta@hinode-sangyo.co.jp>"

SIG_MAKABE = f"""
━━━━━━━━━━━━━━━━━━━━━━━━━━
{CO}　リース事業本部
審査部 第一審査課　真壁 尚人（まかべ なおと）
{ADDR_HQ}
TEL 03-5401-7730（直通）／FAX 03-5401-7739
E-mail: makabe.naoto@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SOGABE = f"""
--
{CO} リース事業本部 審査部 第二審査課
曽我部 あかり
TEL: 03-5401-7731 / 内線 4412
sogabe.akari@hinode-sangyo.co.jp"""

SIG_NAGIRA = f"""
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
リース営業部　東京営業一課
柳楽　亮（Nagira Ryo）
{ADDR_HQ}
TEL：03-5401-7702　携帯：080-4410-2297
Mail：nagira.ryo@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_KATSURAGI = f"""
------------------------------------------------
日の出産業株式会社 リース事業本部
契約管理部 契約管理課　桂木 文乃
{ADDR_HQ}
TEL 03-5401-7745  FAX 03-5401-7749
katsuragi-f@lease.hinode-sangyo.co.jp
------------------------------------------------"""

SIG_WANIBUCHI = f"""
_________________________________
日の出産業株式会社
リース事業本部 債権管理部　鰐淵 透
TEL 03-5401-7760（代表）
wanibuchi.toru@hinode-sangyo.co.jp
_________________________________"""

SIG_IIBOSHI = """
──────────────
日の出産業（株）審査部　飯干
03-5401-7733
──────────────"""

SIG_NOTO = """
************************************
日の出産業株式会社 リース営業部 大阪営業課
能登 さやか
〒530-0001 大阪府大阪市北区梅田3-1-8 日の出梅田ビル5F
TEL 06-6345-2210 / FAX 06-6345-2219
noto.sayaka@hinode-sangyo.co.jp
************************************"""

SIG_TAKACHIHO = """
--
日の出産業株式会社 リース事業本部
審査部長　高千穂 慎吾
TEL 03-5401-7720"""

SIG_MINAGAWA = """
--------------------------------------
日の出産業株式会社 リース事業本部 業務システム課
皆川 隼人　TEL 03-5401-7790 / 内線 4490
--------------------------------------"""

SIG_OKUZONO = """
Best regards,

Kenta Okuzono
Leasing Division, International Desk
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-7780"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail. Any unauthorised use,
disclosure or copying is prohibited."""

# -- external parties (invented, except the partners named in BRIEF.md) ------------------

TOKAI = "東海信用リサーチ株式会社 森岡 <morioka.j@tokai-shinyo.co.jp>"
TOKAI_DESK = "東海信用リサーチ 調査受付 <chosa-uketsuke@tokai-shinyo.co.jp>"
TEITO = "帝都商工リサーチ 個人調査課 <kojin-chosa@teito-research.co.jp>"
AOI = "あおい信用保証株式会社 業務部 <gyomu@aoi-hosho.co.jp>"
AOI_UNO = "宇野 真理 <uno.mari@aoi-hosho.co.jp>"
HOKUTO = "北斗オフィス機器 沢渡 <sawatari@hokuto-oa.co.jp>"
MARUSHICHI = "丸七厨房設備株式会社 石黒様 <t.ishiguro@marushichi-chubo.co.jp>"
SHINONOME = "東雲建機販売 営業二課 <eigyo2@shinonome-kenki.co.jp>"
MINATO = "ミナト車輌株式会社 大庭 <k.oba@minato-sharyo.jp>"
SATSUKI = "さつき医療機器 営業部 嶋田 <shimada@satsuki-medical.co.jp>"
HIKARI = "ひかり通信工業 リース窓口 <lease@hikari-tsushin.co.jp>"
YAMATO = "やまと債権回収株式会社 受託管理部 <jutaku@yamato-servicer.co.jp>"
PAYLINK = "ペイリンク株式会社 加盟店サポート <support@paylink-kessai.co.jp>"
MIRAI = "ミライ経営コンサルティング 秋津 <akitsu@mirai-keiei.jp>"

KAWASAKI = "川崎電機株式会社 産業機器営業部 今泉 <imaizumi@kawasaki-denki.co.jp>"
AOBA = "青葉運輸株式会社 総務部 <soumu@aoba-unyu.co.jp>"
MIDORI = "みどり銀行 法人営業部 高嶺 <takane.k@midori-ginko.co.jp>"
TSUBASA = "ツバサシステム株式会社 開発部 榎本 <enomoto@tsubasa-system.jp>"
SAKURA = "さくらホテル 管財課 <kanzai@sakura-hotel.jp>"
KITAGUNI = "北国フーズ株式会社 経理部 <keiri@kitaguni-foods.co.jp>"
NISHIKI = "錦印刷株式会社 営業部 春日 <kasuga@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"

MESSAGES: list[dict] = []


def add(num: int, **kw) -> None:
    kw["id"] = f"lease-{num:03d}"
    kw.setdefault("charset", "iso-2022-jp")
    kw.setdefault("entities", [])
    kw.setdefault("detectors", [])
    MESSAGES.append(kw)


# ==========================================================================================
# 001 — a credit-research request: six guarantors in padded columns, in the body
P = people(6)
add(1, sender=MAKABE, to=[TOKAI], subject="個人信用調査のご依頼（連帯保証人6名）",
    body=f"""東海信用リサーチ株式会社
調査第二部　森岡様

いつも大変お世話になっております。
日の出産業リース事業本部審査部の真壁です。

標記の件、下記連帯保証人6名について個人信用調査をお願いしたく存じます。
いずれも今月受付分のリース申込（法人代表者保証）です。
回答期限は、可能であれば今月25日までにいただけますと幸いです。

{columns([["No", "氏名", "フリガナ", "生年月日", "現住所"]] + [[str(i + 1), p["name"], p["kana"], wareki(p["dob"], 0), p["addr"]] for i, p in enumerate(P)])}

調査項目は従来どおり（居住確認、勤務・事業実態、不動産保有状況）でお願いいたします。
ご不明な点がございましたら、私までご連絡ください。

何卒よろしくお願い申し上げます。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    expect="stop", note="six guarantors' name, birth date and address to a credit-research firm")

# 002 — a screening result to the dealer, company applicant: ordinary business mail
add(2, sender=SOGABE, to=[HOKUTO], subject="【審査結果】有限会社やまびこ製作所様 複合機リース（L-2025-04417）",
    body=f"""北斗オフィス機器株式会社
沢渡様

お世話になっております。日の出産業 審査部の曽我部です。
先日お預かりしました下記お申込みにつきまして、審査が完了しましたのでご連絡いたします。

　申込番号　　：L-2025-04417
　申込者　　　：有限会社やまびこ製作所 様
　物件　　　　：川崎電機 デジタル複合機 KD-C5580 ×1台（フィニッシャー付）
　リース期間　：60ヶ月
　月額リース料：28,600円（税別）
　審査結果　　：承認
　条件　　　　：代表者様の連帯保証

つきましては、契約書一式をお送りしますので、お客様へのご案内をお願いいたします。
ご回収いただきたい書類は以下のとおりです。
　・リース契約書（実印押印）
　・印鑑証明書（法人・連帯保証人、発行後3ヶ月以内）
　・物件借受証（納品後）

承認の有効期限は本日から3ヶ月です。よろしくお願いいたします。
{SIG_SOGABE}""",
    expect="pass", note="screening result for a company applicant to the dealer; no personal data")

# 003 — CSV (CP932) of 12 sole proprietors to the guarantee company
P = people(12)
rows = [["受付番号", "屋号", "代表者氏名", "フリガナ", "生年月日", "携帯電話", "住所", "保証希望額(千円)"]]
for p in P:
    rows.append([app_no("G"), p["shop"], p["name_ns"], p["kana"], wareki(p["dob"], 3), p["mobile"],
                 p["addr"], str(rng.choice([800, 1200, 1500, 2400, 3000, 4500]))])
add(3, sender=IIBOSHI, to=[AOI], cc=[AOI_UNO], subject="保証委託申込データ（5月受付分）送付の件",
    charset="shift_jis",
    body=f"""あおい信用保証株式会社
業務部 御中

いつもお世話になっております。日の出産業 審査部の飯干です。
5月受付分の個人事業主向けリースの保証委託申込データをお送りします。
件数は12件です。ご確認のほどよろしくお願いいたします。

宇野様
先日お電話でお話しした2件（塗装業・農園）も今回の分に含めております。
{SIG_IIBOSHI}""",
    attachments=[{"kind": "csv", "name": "保証委託申込_202505.csv", "encoding": "cp932", "rows": rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    expect="stop", note="CSV of 12 sole proprietors' personal records to the guarantee company")

# 004 — one guarantor with a driver's licence number
p = person(1955, 1975)
lic = license_number()
add(4, sender=MAKABE, to=[TEITO], subject="追加調査のお願い（連帯保証人 本人確認）",
    body=f"""帝都商工リサーチ株式会社
個人調査課 ご担当者様

お世話になっております。日の出産業の真壁でございます。
先週ご依頼した案件（当社管理番号 L-2025-05102）につき、連帯保証人の方の
本人確認書類を入手しましたので、追加で照合をお願いできますでしょうか。

氏名：{p['name']}（{p['kana']}）
生年月日：{wareki(p['dob'], 0)}
住所：{p['addr']}
運転免許証番号：{lic}（有効期限 令和9年{p['dob'].month}月{p['dob'].day}日まで）

申込書記載の住所と免許証の住所が一致しているか、また過去の転居歴に
不審な点がないかを中心にご確認いただければと存じます。

よろしくお願いいたします。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    expect="stop", note="a guarantor's driver's licence number to a credit-research firm")

# 005 — internal: XLSX of 15 applicants to the sales team (all internal)
P = people(15)
add(5, sender=SOGABE, to=[NAGIRA, "能登 さやか <noto.sayaka@hinode-sangyo.co.jp>"],
    subject="審査保留案件の一覧（営業確認用）", charset="utf-8",
    body="""柳楽さん、能登さん

お疲れさまです。曽我部です。
現在、書類不備・追加確認待ちで保留になっている個人事業主案件の一覧を添付します。
「確認事項」欄をご覧いただき、お客様へのヒアリングをお願いします。
社内限りでお願いします。
""" + SIG_SOGABE,
    attachments=[{"kind": "xlsx", "name": "保留案件一覧_0603.xlsx", "sheets": {
        "保留案件": [["審査保留案件一覧（2025/06/03時点）"], [],
                   ["申込番号", "申込者", "生年月日", "電話", "住所", "確認事項"]] +
                  [[app_no(), p["name"], wareki(p["dob"], 3), p["mobile"], p["addr"],
                    rng.choice(["確定申告書2期分未着", "住所相違", "保証人の同意書未着", "在籍確認未了", "他社借入の確認"])]
                   for p in P]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    expect="pass", note="list of 15 applicants but every recipient is internal")

# 006 — PPAP: password ZIP of the contract documents to the dealer
add(6, sender=KATSURAGI, to=[MARUSHICHI], subject="リース契約書類一式の送付（株式会社ひなた亭様）",
    body=f"""丸七厨房設備株式会社
石黒様

いつもお世話になっております。日の出産業 契約管理課の桂木です。
株式会社ひなた亭様の業務用冷蔵庫・製氷機リースの契約書類一式を、
パスワード付きZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

【同封書類】
・リース契約書（お客様控え／当社控え）
・重要事項説明書
・連帯保証人確認書
・物件借受証

お手数ですが、お客様にご記入・ご捺印いただいたうえで原本をご返送ください。
{SIG_KATSURAGI}""",
    attachments=[{"kind": "zip", "name": "契約書類_ひなた亭様.zip", "password": "Hn7#2025kq",
                  "files": [{"kind": "pdf", "name": "リース契約書.pdf", "lines": ["リース契約書", "賃借人：株式会社ひなた亭"]},
                            {"kind": "pdf", "name": "重要事項説明書.pdf", "lines": ["重要事項説明書"]},
                            {"kind": "docx", "name": "連帯保証人確認書.docx", "paragraphs": ["連帯保証人確認書"]}]}],
    detectors=["unscannable_attachment"],
    expect="stop", note="password-protected ZIP (PPAP) cannot be inspected")

# 007 — the password of the PPAP mail, sent separately: nothing to scan
add(7, sender=KATSURAGI, to=[MARUSHICHI], subject="【パスワード】リース契約書類一式の送付（株式会社ひなた亭様）",
    body="""石黒様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Hn7#2025kq

よろしくお願いいたします。
桂木""",
    expect="pass", note="a separate password notice; no attachment and no personal data")

# 008 — look-alike of the partner bank (letter added)
add(8, sender=KATSURAGI, to=["高嶺 様 <takane.k@midori-ginkou.co.jp>"], subject="口座振替開始月のご確認",
    body=f"""みどり銀行 法人営業部
高嶺様

いつもお世話になっております。日の出産業の桂木です。
下記3件の法人契約につきまして、口座振替の開始月をご確認いただけますでしょうか。

　契約番号 LC-2504-0188　株式会社ミツワ精密　　　開始予定 7月27日
　契約番号 LC-2504-0203　北辰商事株式会社　　　　開始予定 7月27日
　契約番号 LC-2505-0011　有限会社たかだ造園　　　開始予定 8月27日

依頼書はいずれも5月中に貴行へ提出済みです。
お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_KATSURAGI}""",
    detectors=["lookalike_domain"],
    expect="stop", note="midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp")

# 009 — four dealers in To: should have been Bcc
add(9, sender=NAGIRA, to=[HOKUTO, MARUSHICHI, SHINONOME, MINATO],
    subject="年末年始の審査受付および契約業務について",
    body=f"""販売店各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 リース営業部の柳楽でございます。

年末年始の審査受付・契約業務について、下記のとおりご案内いたします。

　■審査受付　　12月26日（金）15時受付分まで → 翌営業日回答
　■休業期間　　12月27日（土）～1月4日（日）
　■業務開始　　1月5日（月）9時～

休業期間中にいただいたお申込みは、1月5日以降順次審査いたします。
お急ぎの案件は12月19日（金）までにお申込みいただけますようお願いいたします。

本年も大変お世話になりました。来年もどうぞよろしくお願い申し上げます。
{SIG_NAGIRA}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    expect="stop", note="four dealers of different companies visible to each other in To")

# 010 — the same kind of notice done right: dealers in Bcc
add(10, sender=NAGIRA, to=[NAGIRA],
    bcc=[HOKUTO, MARUSHICHI, SHINONOME, MINATO, SATSUKI, HIKARI],
    subject="【ご案内】ゴールデンウィーク期間中の審査体制",
    body=f"""販売店ご担当者様

（本メールはBCCにて一斉送信しております）

いつも大変お世話になっております。日の出産業の柳楽です。
ゴールデンウィーク期間中（5/3～5/6）は審査部が休業となります。
5/2（金）正午までのお申込みは当日中に回答いたしますので、
お急ぎの案件はお早めにご連絡ください。
{SIG_NAGIRA}""",
    expect="pass", note="dealers in Bcc, only the sender in To; nothing else to hold")

# 011 — a guarantor's arrest record, explained to the dealer
p = person(1960, 1975)
add(11, sender=MAKABE, to=[SHINONOME], subject="Re: 株式会社つるぎ土木様 審査結果について",
    body=f"""東雲建機販売株式会社
営業二課 ご担当者様

お世話になっております。日の出産業の真壁です。
お問い合わせいただいた否決理由について、口頭では申し上げにくいため
メールにてご説明いたします。

連帯保証人としてご提出いただいた{p['name']}様（代表者のご兄弟）について、
当社の反社会的勢力・風評チェックにおいて、2021年に特殊詐欺の受け子を手配した
容疑で逮捕されていたとの報道記事が確認されました。
その後の処分の有無は確認できておりませんが、社内規程上、保証人として
お受けすることができないとの判断となりました。

保証人を変更いただける場合は、再審査が可能です。
お客様へは「総合的な判断により」とだけお伝えいただけますと幸いです。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="a named guarantor's arrest record (要配慮個人情報) sent to the dealer")

# 012 — a rejection notice without reasons
add(12, sender=SOGABE, to=[MINATO], subject="審査結果のご連絡（L-2025-06031）",
    charset="shift_jis",
    body=f"""ミナト車輌株式会社
大庭様

いつもお世話になっております。
日の出産業 審査部 曽我部でございます。

6月2日にお申込みいただきました冷凍車（2t）リースの件につきまして、
慎重に審査いたしました結果、誠に残念ながら今回はご希望に添いかねる
結果となりました。

審査の内容・理由につきましては、当社規程によりお答えいたしかねますことを
何卒ご了承ください。
またの機会がございましたら、よろしくお願い申し上げます。
{SIG_SOGABE}""",
    expect="pass", note="rejection notice with no reasons or personal data")

# 013 — XLSX of uncollected documents with guarantors' phones, to the dealer
P = people(11)
sheet1 = [["契約書類回収状況一覧（2025年5月末時点）　北斗オフィス機器様ご紹介分"], [],
          ["契約番号", "契約者", "連帯保証人", "保証人電話", "未着書類", "督促回数"]]
for p in P[:8]:
    sheet1.append([f"LC-25{rng.randint(1, 5):02d}-{rng.randint(100, 999):04d}",
                   rng.choice(["株式会社", "有限会社", "合同会社"]) + rng.choice(["アサヒ", "ことぶき", "大成", "ミナミ", "丸栄", "ひかり", "桜井", "新光"]) + rng.choice(["商会", "工業", "設計", "企画", "製作所"]),
                   p["name"], p["mobile"], rng.choice(["印鑑証明書（保証人）", "契約書原本", "借受証", "口座振替依頼書"]),
                   rng.randint(1, 4)])
sheet2 = [["回収済（参考）"], ["契約番号", "契約者", "連帯保証人", "保証人電話", "回収日"]]
for p in P[8:]:
    sheet2.append([f"LC-2503-{rng.randint(100, 999):04d}", "株式会社" + rng.choice(["エムケイ", "ホクシン", "オオミ"]),
                   p["name"], p["tel"], f"2025/05/{rng.randint(10, 30)}"])
add(13, sender=KATSURAGI, to=[HOKUTO], subject="契約書類の回収状況について（5月末）",
    body=f"""北斗オフィス機器株式会社
沢渡様

お世話になっております。日の出産業の桂木です。
貴社ご紹介分のうち、契約書類が未着となっている案件の一覧をお送りします。
保証人様の書類が揃っていない案件が多いため、お客様へのお声がけを
お願いできれば幸いです。
{SIG_KATSURAGI}""",
    attachments=[{"kind": "xlsx", "name": "書類回収状況_北斗様_0531.xlsx", "sheets": {"未回収": sheet1, "回収済": sheet2}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="XLSX listing 11 guarantors with their phone numbers to the dealer")

# 014 — asking a lessee (partner) for missing company documents
add(14, sender=KATSURAGI, to=[AOBA], subject="ご契約書類ご提出のお願い（トラック2台 再リース）",
    body=f"""青葉運輸株式会社
総務部 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 契約管理課の桂木でございます。

先日ご締結いただきました大型トラック2台の再リース契約につきまして、
下記書類がまだ届いておりませんので、ご確認のほどお願い申し上げます。

　1. 登記事項証明書（履歴事項全部証明書）
　2. 法人の印鑑証明書（発行後3ヶ月以内のもの）
　3. 直近2期分の決算書（写し）

返送用の封筒を本日発送いたしました（レターパック 追跡番号 3318-4470-2265）。
6月20日（金）までにご返送いただけますと幸いです。
{SIG_KATSURAGI}""",
    expect="pass", note="reminder for company documents to a partner lessee; tracking number only")

# 015 — a My Number typed in from a tax return
p = person(1965, 1988)
mn = next_my_number()
add(15, sender=NAGIRA, to=[AOI_UNO], subject="個人事業主案件 所得確認資料の件",
    body=f"""あおい信用保証
宇野様

お世話になっております。日の出産業の柳楽です。
先日ご指摘いただいた所得確認の件、お客様から確定申告書（第一表）の写しを
いただきましたので、記載内容を転記してお送りします。
（スキャンが不鮮明だったため、こちらで打ち直しております）

　氏名　　　　　：{p['name']}
　屋号　　　　　：{p['shop']}
　住所　　　　　：{p['addr']}
　個人番号　　　：{mn[:4]} {mn[4:8]} {mn[8:]}
　令和6年分 事業所得：{rng.randint(380, 720)}万円
　令和5年分 事業所得：{rng.randint(320, 650)}万円

これで保証審査を進めていただけますでしょうか。
{SIG_NAGIRA}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    expect="stop", note="a sole proprietor's My Number copied from a tax return to the guarantee company")

# 016 — a card number for the first lease payment, to a payment processor
p = person(1970, 1992)
card = next_card()
add(16, sender=NOTO, to=[PAYLINK], subject="初回リース料のカード決済手続きについて",
    charset="utf-8",
    body=f"""ペイリンク株式会社
加盟店サポートご担当者様

いつもお世話になっております。日の出産業 大阪営業課の能登です。
管理画面からの登録がエラーになってしまうため、お手数ですが
下記のカードで初回リース料の決済をお願いできますでしょうか。

　加盟店ID　：HNS-LEASE-0042
　カード名義：{p['romaji']}
　カード番号：{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}
　有効期限　：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　金額　　　：46,310円（税込）

決済完了後、承認番号をご連絡いただけますと助かります。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    expect="stop", note="a customer's credit card number sent by mail to a payment processor")

# 017 — a reply that quotes the research firm's list: only the new text counts
P = people(5)
quoted = "\n".join(f"> {i + 1}. {p['name']}　{wareki(p['dob'], 1)}生　{p['addr']}　居住確認：{rng.choice(['済', '済（表札あり）', '要再訪'])}"
                   for i, p in enumerate(P))
add(17, sender=MAKABE, to=[TOKAI], subject="Re: 調査結果のご報告（5件）",
    body=f"""森岡様

お世話になっております。真壁です。
調査結果、確かに受領いたしました。迅速なご対応ありがとうございます。
「要再訪」の件は、来週改めてご相談させてください。

真壁

2025年6月10日(火) 17:42 森岡 <morioka.j@tokai-shinyo.co.jp>:
> 日の出産業株式会社
> 真壁様
>
> いつもお世話になっております。東海信用リサーチの森岡です。
> ご依頼いただいた5件の調査結果をご報告いたします。
>
{quoted}
>
> 詳細は別途報告書（PDF）を郵送いたします。
> 東海信用リサーチ株式会社 調査第二部 森岡""",
    expect="pass", note="the list is only in quoted text the recipient already has")

# 018 — a forward of the research firm's report to the dealer: the forward counts
P = people(5)
blocks = "\n\n".join(
    f"■{i + 1}　{p['name']}（{p['kana']}）　{wareki(p['dob'], 4)}生\n"
    f"　住所：{p['addr']}\n　勤務先：{p['employer']}　推定年収：{p['income']}万円\n"
    f"　居住：{rng.choice(['持家（土地建物とも本人名義）', '賃貸', '親族所有'])}　他社借入：{rng.choice(['なし', '2件', '1件（延滞なし）', '3件（うち1件延滞歴あり）'])}"
    for i, p in enumerate(P))
add(18, sender=NAGIRA, to=[HOKUTO], subject="FW: 調査結果のご報告（5件）",
    body=f"""沢渡様

お世話になっております。柳楽です。
先日ご相談の件、調査会社からの報告を転送します。
保証人の差し替えをお客様にご相談いただく際の参考にしてください。

-------- Forwarded Message --------
件名: 調査結果のご報告（5件）
差出人: 森岡 <morioka.j@tokai-shinyo.co.jp>
宛先: 真壁 尚人 <makabe.naoto@hinode-sangyo.co.jp>

日の出産業株式会社 真壁様

ご依頼の連帯保証人5名の調査結果をご報告いたします。

{blocks}

以上、よろしくお願いいたします。
東海信用リサーチ株式会社 調査第二部 森岡
{SIG_NAGIRA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    expect="stop", note="forward of a credit report on five guarantors to the dealer (new text to them)")

# 019 — HTML-only mail: production records pasted as test data for the vendor
P = people(7)
trs = "\n".join(f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{wareki(p['dob'], 5)}</td>"
                f"<td>{p['mobile']}</td><td>{p['email']}</td></tr>" for p in P)
add(19, sender=MINAGAWA, to=[TSUBASA], subject="審査システム改修 テストデータについて", charset="utf-8",
    html=f"""<html><body>
<p>ツバサシステム株式会社<br>榎本様</p>
<p>お世話になっております。日の出産業 業務システム課の皆川です。</p>
<p>ご依頼のテストデータですが、実際の申込データから文字種のバリエーションが
多いものを抜粋しました。外字・旧字のテストにお使いください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>申込者氏名</th><th>フリガナ</th><th>生年月日</th><th>携帯番号</th><th>メール</th></tr>
{trs}
</table>
<p>不足があればお知らせください。</p>
<pre>{SIG_MINAGAWA}</pre>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    expect="stop", note="HTML table of seven real applicants sent to a system vendor as test data")

# 020 — field definitions for the vendor: column names, no data
add(20, sender=MINAGAWA, to=[TSUBASA], subject="Re: 申込データ項目定義の確認",
    body=f"""榎本様

お世話になっております。皆川です。
項目定義の件、以下のとおり回答いたします。

　・申込者氏名　　　全角40文字まで（外字は「〓」に置換せず、別テーブルで保持）
　・生年月日　　　　西暦8桁で保持、画面表示のみ和暦
　・電話番号　　　　ハイフン除去して保持
　・個人番号　　　　保持しない（項目自体を削除してください）
　・連帯保証人　　　最大3名

テストデータはダミーで作成いただいて問題ありません。
{SIG_MINAGAWA}

> 皆川様
> 項目定義書v0.3について、いくつか確認させてください。
> ツバサシステム 榎本""",
    expect="pass", note="field definitions only; mentions 個人番号 as a field name, no data")

# 021 — look-alike of the partner vendor (letters swapped)
add(21, sender=MINAGAWA, to=["榎本 様 <enomoto@tsubasa-sytsem.jp>"], subject="画面改修仕様書（v1.2）の送付",
    body=f"""ツバサシステム株式会社
榎本様

お世話になっております。皆川です。
審査画面の改修仕様書 v1.2 をお送りします。
前回からの変更点は、承認条件欄の追加と、保証人入力欄の3名化です。
来週の定例でレビューさせてください。
{SIG_MINAGAWA}""",
    attachments=[{"kind": "docx", "name": "審査画面改修仕様書_v1.2.docx",
                  "paragraphs": ["審査画面改修仕様書 v1.2", "1. 目的", "審査画面に承認条件欄を追加する。",
                                 "2. 変更点", "連帯保証人の入力欄を最大3名とする。"]}],
    detectors=["lookalike_domain"],
    expect="stop", note="tsubasa-sytsem.jp is a look-alike (swapped letters) of the partner tsubasa-system.jp")

# 022 — the internal screening standard, stamped 社外秘, sent to a dealer
add(22, sender=NAGIRA, to=[HIKARI], subject="審査の目安について",
    body=f"""ひかり通信工業株式会社
リース窓口ご担当者様

お世話になっております。柳楽です。
先日ご質問いただいた審査の目安について、資料をお送りします。
ご参考になれば幸いです。
{SIG_NAGIRA}""",
    attachments=[{"kind": "pdf", "name": "与信審査基準書_第7版_抜粋.pdf", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 リース事業本部 審査部",
                  "lines": ["与信審査基準書（第7版）抜粋", "", "1. 法人", "  設立3年未満の場合は代表者保証を必須とする。",
                            "  直近期の債務超過は原則否決。", "2. 個人事業主", "  確定申告書2期分を徴求する。",
                            "3. 与信枠", "  販売店ランクA：1,000万円／ランクB：500万円"]}],
    detectors=["confidential_marking"],
    expect="stop", note="PDF stamped 社外秘 on every page sent to a dealer")

# 023 — the word 社外秘 only mentioned
add(23, sender=SOGABE, to=[SATSUKI], subject="Re: 審査基準の資料について",
    body=f"""さつき医療機器株式会社
嶋田様

お世話になっております。曽我部です。
審査基準の資料についてのお問い合わせ、ありがとうございます。
恐れ入りますが、審査基準の詳細は社外秘となっておりますため、
資料としてのご提供は控えさせていただいております。

一般的なお話でよろしければ、開業医の先生向けリースで
必要になる書類を下記にまとめましたのでご活用ください。
　・開業計画書または直近の確定申告書
　・医師免許証の写しは不要です
　・物件見積書

ご不明点はお電話でも承ります。
{SIG_SOGABE}""",
    expect="pass", note="mentions that the criteria are 社外秘; no marked document is sent")

# 024 — a protected PDF of the screening result
add(24, sender=SOGABE, to=[SAKURA], subject="審査結果通知書の送付（客室用空調設備）",
    body=f"""さくらホテル
管財課 ご担当者様

いつもお世話になっております。日の出産業 審査部の曽我部です。
客室用空調設備リースの審査結果通知書をお送りします。
ファイルにはパスワードを設定しております。パスワードは
お電話にてお伝えいたします。
{SIG_SOGABE}""",
    attachments=[{"kind": "pdf", "name": "審査結果通知書_さくらホテル様.pdf", "password": "sk0612",
                  "lines": ["審査結果通知書", "さくらホテル 御中", "審査結果：承認"]}],
    detectors=["unscannable_attachment"],
    expect="stop", note="password-protected PDF cannot be inspected")

# 025 — a corrupt workbook to the guarantee company
add(25, sender=IIBOSHI, to=[AOI], subject="保証委託明細（6月分）",
    charset="shift_jis",
    body=f"""あおい信用保証 業務部御中

お世話になります。飯干です。
6月分の保証委託明細をお送りします。
ご確認よろしくお願いします。
{SIG_IIBOSHI}""",
    attachments=[{"kind": "corrupt", "name": "保証委託明細_6月.xlsx"}],
    detectors=["unscannable_attachment"],
    expect="stop", note="the attached workbook is corrupt and cannot be read")

# 026 — about an NDA, with the draft: ordinary business
add(26, sender=MINAGAWA, to=[TSUBASA], subject="秘密保持契約書（ドラフト）のご確認のお願い",
    body=f"""ツバサシステム株式会社
榎本様

お世話になっております。皆川です。
次期審査システムの要件定義フェーズ開始にあたり、秘密保持契約書の
ドラフトを法務部から受け取りましたので送付いたします。
貴社法務部門でご確認のうえ、修正点があれば変更履歴付きでお戻しください。
締結は6月末を目途に考えております。
{SIG_MINAGAWA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_ツバサシステム様.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "次期審査システム開発に関し、以下のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示当事者が相手方に開示する一切の情報をいう。",
                                 "第2条（目的外使用の禁止）乙は、秘密情報を本件目的以外に使用してはならない。",
                                 "第3条（個人情報の取扱い）乙は、甲から預託された個人情報を、甲の指示に従い適切に管理する。",
                                 "第4条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", note="mail about an NDA with its unmarked draft; no personal data")

# 027 — a residence-card number of a foreign sole proprietor
p = {"name": "グエン・ヴァン・ミン", "romaji": "NGUYEN VAN MINH", "dob": date(1988, 9, 14)}
z3, pref, city, town, area = PLACES[13]
addr = f"{pref}{city}{town}2丁目14番3号 サンハイツ八熊 201"
rc = residence_card()
add(27, sender=MAKABE, to=[TEITO], subject="本人確認のご依頼（外国籍の個人事業主）",
    charset="utf-8",
    body=f"""帝都商工リサーチ株式会社
個人調査課 ご担当者様

お世話になっております。日の出産業の真壁です。
厨房機器リースのお申込者について、在留資格と居住実態の確認をお願いいたします。

・氏名（在留カード記載）：{p['romaji']}（{p['name']}）
・生年月日：{p['dob'].year}年{p['dob'].month}月{p['dob'].day}日
・在留カード番号：{rc}
・在留資格：経営・管理　在留期間満了日：2027年3月31日
・住所：{addr}
・屋号：ベトナム料理 サイゴン・キッチン

在留期間がリース期間（60ヶ月）より短いため、更新の見込みについても
可能な範囲でご確認いただけますと助かります。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"], detectors=["personal_data"],
    expect="stop", note="a residence card number of an applicant sent to a credit-research firm")

# 028 — health-insurance card numbers used as ID, to the guarantee company
p = person(1958, 1980)
add(28, sender=IIBOSHI, to=[AOI_UNO], subject="保証人様の本人確認書類について",
    body=f"""宇野様

お世話になっております、日の出産業の飯干です。
L-2025-05577の連帯保証人様ですが、運転免許証をお持ちでないとのことで、
健康保険証で本人確認をいたしました。記載事項は以下のとおりです。

　氏名：{p['name']}
　生年月日：{wareki(p['dob'], 0)}
　保険者番号：{rng.choice(['06', '01', '31'])}{rng.randint(100000, 999999)}
　記号：{rng.randint(1000, 9999)}　番号：{rng.randint(1, 999)}

この内容で保証審査を進めていただけますでしょうか。
よろしくお願いいたします。
{SIG_IIBOSHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    expect="stop", note="a guarantor's health-insurance card symbol and number to the guarantee company")

# 029 — the applicant doctor's medical condition, to the dealer
p = person(1950, 1965)
add(29, sender=SOGABE, to=[SATSUKI], subject="くすのき内科クリニック様 CT装置リースの件",
    body=f"""さつき医療機器株式会社
嶋田様

いつもお世話になっております。日の出産業の曽我部です。
くすのき内科クリニック様の件、審査の途中経過をご報告いたします。

院長の{p['name']}先生ですが、お申込書類をいただいた後の面談で、
昨年末に脳梗塞で倒れられ、現在も右半身の麻痺が残り週3回リハビリに
通院されているとのお話がありました。
診療は副院長の先生が中心に行っているとのことですので、
事業継続性の観点から、副院長先生を連帯保証人に追加いただけるかどうか
ご確認いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_SOGABE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="a named applicant's medical history (脳梗塞, 麻痺) sent to the dealer")

# 030 — a three-way meeting: two external organisations in To
add(30, sender=NAGIRA, to=[KAWASAKI, "北国フーズ 設備課 野々村様 <nonomura@kitaguni-foods.co.jp>"],
    subject="冷凍設備リースのお打合せ日程について",
    body=f"""川崎電機株式会社　今泉様
北国フーズ株式会社　野々村様

いつもお世話になっております。日の出産業 リース営業部の柳楽です。
先日お話のありました札幌第二工場の冷凍設備更新について、
三社でのお打合せを下記日程で調整させていただけますでしょうか。

　候補1：6月17日（火）14:00～15:00
　候補2：6月19日（木）10:00～11:00
　候補3：6月20日（金）15:00～16:00
　場所　：北国フーズ様 札幌第二工場 会議室（オンライン併用可）

ご都合のよい候補をお知らせください。
{SIG_NAGIRA}""",
    detectors=["multiple_external_domains"],
    expect="pass", note="ordinary three-way meeting mail: two external organisations")

# 031 — four external organisations in To/Cc
add(31, sender=KATSURAGI, to=[KITAGUNI], cc=[KAWASAKI, MIDORI, SHIRAKAWA],
    subject="冷凍設備リース契約 締結日程のご連絡",
    body=f"""関係各位

お世話になっております。日の出産業 契約管理課の桂木です。
北国フーズ様 冷凍設備リース契約の締結日程が決まりましたのでご連絡します。

　日時：7月1日（火）13:30～
　場所：北国フーズ株式会社 本社 3階会議室
　出席：北国フーズ様（代表取締役、経理部長）、川崎電機様、みどり銀行様、
　　　　白川法律事務所 白川先生、当社（桂木、柳楽）

当日は実印・印鑑証明書をご持参いただきますようお願いいたします。
{SIG_KATSURAGI}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    expect="stop", note="four external organisations can see each other in To/Cc")

# 032 — one sole proprietor on free mail: a normal approval notice
p = person(1978, 1995)
add(32, sender=NOTO, to=[f"{p['name']} <{p['email']}>"], subject="リース審査結果のお知らせ",
    charset="utf-8",
    body=f"""{p['name']} 様

このたびは日の出産業のリースをお申込みいただき、誠にありがとうございます。
大阪営業課の能登でございます。

お申込みいただいたシャンプー台・スタイリングチェアのリースにつきまして、
審査の結果、承認となりましたのでお知らせいたします。

今後のお手続きとして、販売店様経由で契約書をお届けいたします。
ご記入・ご捺印のうえ、印鑑登録証明書（発行後3ヶ月以内）とあわせて
ご返送ください。

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_NOTO}""",
    detectors=["freemail_recipient"],
    expect="pass", note="approval notice to one applicant on free mail; salutation only")

# 033 — three private guarantors on free mail, in To together
P = people(3)
doms = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]
add(33, sender=KATSURAGI, to=[f"{p['name']} 様 <{p['email'].split('@')[0]}@{d}>" for p, d in zip(P, doms)],
    subject="連帯保証契約に関するオンライン説明のご案内",
    body=f"""連帯保証人予定者の皆様

日の出産業株式会社 契約管理課の桂木でございます。
このたびは連帯保証人のお引き受けをご検討いただき、ありがとうございます。

2020年4月の民法改正により、事業のための債務の保証人となる方には、
契約内容について事前にご説明することが必要となっております。
つきましては、下記日程でオンライン説明会を開催いたします。

　日時：6月24日（火）19:00～19:40
　方法：Web会議（URLは前日にお送りします）

ご都合が悪い場合は個別に日程を調整いたしますので、お知らせください。
{SIG_KATSURAGI}""",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    expect="stop", note="three private persons (different guarantors) visible to each other in To")

# 034 — internal: the credit committee paper, marked 極秘, with a medical note
p = person(1952, 1962)
add(34, sender=TAKACHIHO, to=["与信委員会 <yoshin-iinkai@hinode-sangyo.co.jp>"], cc=[MAKABE, SOGABE],
    subject="【極秘】第12回与信委員会 付議案件資料",
    body=f"""委員各位

審査部の高千穂です。
明日の与信委員会の付議案件資料を送ります。取扱いには十分ご注意ください。

付議案件3：医療法人社団くすのき会 CT装置（リース総額 8,400万円）
　論点：理事長 {p['name']} 氏の健康状態（脳梗塞後遺症によりリハビリ中）と
　　　　事業承継の見通し。副理事長の連帯保証追加を条件とする案。

詳細は添付の付議書をご確認ください。
{SIG_TAKACHIHO}""",
    attachments=[{"kind": "docx", "name": "与信委員会付議書_第12回.docx", "page_header": "極秘",
                  "paragraphs": ["第12回 与信委員会 付議書", "付議案件3 医療法人社団くすのき会",
                                 f"理事長 {p['name']}（{wareki(p['dob'], 0)}生）は2024年12月に脳梗塞を発症、右半身麻痺の後遺症あり。",
                                 "条件：副理事長の連帯保証追加"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    expect="pass", note="極秘 paper with health information, but every recipient is internal")

# 035 — DOCX screening file with a guarantors table, to the guarantee company
P = people(5)
add(35, sender=MAKABE, to=[AOI], subject="審査調書の送付（株式会社ヤマセ工業様）",
    body=f"""あおい信用保証株式会社
業務部 御中

お世話になっております。日の出産業の真壁です。
株式会社ヤマセ工業様（プレス機 2台）の保証審査用に、当社の審査調書を
お送りします。保証人が5名と多い案件ですので、ご確認をお願いいたします。
{SIG_MAKABE}""",
    attachments=[{"kind": "docx", "name": "審査調書_ヤマセ工業.docx",
                  "paragraphs": ["審査調書", "申込者：株式会社ヤマセ工業（プレス機 2台 リース総額 3,960万円）",
                                 "連帯保証人一覧"],
                  "tables": [[["氏名", "続柄", "生年月日", "勤務先", "年収（万円）", "自宅電話"]] +
                             [[p["name"], p["relation"], wareki(p["dob"], 1), p["employer"], str(p["income"]), p["tel"]] for p in P]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="DOCX table of five guarantors' records sent to the guarantee company")

# 036 — PDF table of applicants for residence checks
P = people(8)
add(36, sender=IIBOSHI, to=[TOKAI_DESK], subject="居住確認調査 依頼リスト（8件）",
    charset="shift_jis",
    body=f"""東海信用リサーチ 調査受付ご担当様

いつもお世話になっております。
日の出産業 審査部の飯干です。

居住確認調査のご依頼リストをPDFでお送りします。
件数：8件　回答希望日：6月27日

どうぞよろしくお願いいたします。
{SIG_IIBOSHI}""",
    attachments=[{"kind": "pdf", "name": "居住確認依頼_20250612.pdf", "title": "居住確認調査依頼",
                  "lines": ["居住確認調査 依頼リスト", "依頼元：日の出産業株式会社 リース事業本部 審査部", ""],
                  "table": [["受付No", "氏名", "住所", "電話"]] +
                           [[f"R{rng.randint(1000, 9999)}", p["name"], p["addr"], p["tel"]] for p in P]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="PDF table of eight applicants' addresses and phones to a research firm")

# 037 — records with no name column: tab-separated in the body
P = people(6)
tsv = "申込番号\t生年月日\t郵便番号\t住所\t携帯\n" + "\n".join(
    f"{app_no()}\t{wareki(p['dob'], 3)}\t{p['zip']}\t{p['addr']}\t{p['mobile']}" for p in P)
add(37, sender=SOGABE, to=[TEITO], subject="Re: 照会データの再送",
    body=f"""帝都商工リサーチ　ご担当者様

お世話になっております。曽我部です。
先ほどのデータ、文字化けしていたとのことで失礼いたしました。
氏名は別途FAXでお送りしますので、まずは以下で照会をお願いします。
（Excelから貼り付けています）

{tsv}

よろしくお願いいたします。
{SIG_SOGABE}""",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="six people's records without a name column (birth date, address, mobile) to a research firm")

# 038 — a list of partner branches: businesses, not people
add(38, sender=NAGIRA, to=[HIKARI], subject="当社リース営業拠点のご案内",
    body=f"""ひかり通信工業株式会社
リース窓口ご担当者様

このたびは販売店契約を締結いただき、誠にありがとうございます。
お客様からのお問い合わせ先として、当社の営業拠点をご案内いたします。

{columns([["拠点", "住所", "電話"],
          ["東京営業一課", "東京都港区浜松町2-4-1 日の出浜松町ビル7F", "03-5401-7702"],
          ["東京営業二課", "東京都港区浜松町2-4-1 日の出浜松町ビル7F", "03-5401-7705"],
          ["大阪営業課", "大阪府大阪市北区梅田3-1-8 日の出梅田ビル5F", "06-6345-2210"],
          ["名古屋営業所", "愛知県名古屋市中村区名駅4-6-23 第三堀内ビル3F", "052-581-3370"],
          ["福岡営業所", "福岡県福岡市博多区博多駅前2-19-24 大博センタービル8F", "092-474-8810"],
          ["札幌営業所", "北海道札幌市中央区北二条西3-1 敷島ビル6F", "011-231-6620"]])}

審査のお申込みは、いずれの拠点でも受け付けております。
{SIG_NAGIRA}""",
    expect="pass", note="list of the company's own branches: businesses, not people")

# 039 — company-level research request: corporate numbers only
cos = ["株式会社ミツワ精密", "北辰商事株式会社", "有限会社たかだ造園", "株式会社ひなた亭", "合同会社ベイサイド企画",
       "株式会社つるぎ土木", "株式会社ヤマセ工業", "有限会社やまびこ製作所"]
add(39, sender=MAKABE, to=[TOKAI], subject="企業調査のご依頼（8社）", charset="utf-8",
    body=f"""森岡様

いつもお世話になっております。真壁です。
下記8社の企業調査（評点・業績推移・代表者経歴）をお願いいたします。

{columns([["No", "商号", "法人番号", "所在地（本店）"]] + [[str(i + 1), c, corp_number(), a] for i, (c, a) in enumerate(zip(cos, [
    "東京都大田区", "北海道札幌市", "埼玉県川越市", "大阪府大阪市", "神奈川県横浜市", "福岡県福岡市", "愛知県刈谷市", "群馬県太田市"]))], sep="　", rule="－")}

納期は通常どおりで結構です。
{SIG_MAKABE}""",
    entities=["JP_CORPORATE_NUMBER"],
    expect="pass", note="a list of companies with corporate numbers: businesses, not people")

# 040 — a plain ZIP with a CSV of defaulted guarantors, to the partner law firm
P = people(10)
rows = [["契約番号", "債務者（保証人）", "住所", "電話", "延滞額", "最終入金日"]]
for p in P:
    rows.append([f"LC-23{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", p["name_ns"], p["addr"], p["mobile"],
                 f"{rng.randint(12, 260) * 1000}", f"2024/{rng.randint(8, 12)}/{rng.randint(1, 28)}"])
add(40, sender=WANIBUCHI, to=[SHIRAKAWA], subject="督促案件の委任について（保証人10名分）",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 債権管理部の鰐淵です。
先日ご相談した延滞案件につき、連帯保証人への督促をご依頼したく、
対象者一覧をお送りいたします。
委任状は別途郵送いたします。
{SIG_WANIBUCHI}""",
    attachments=[{"kind": "zip", "name": "督促対象一覧_202506.zip",
                  "files": [{"kind": "csv", "name": "督促対象一覧.csv", "encoding": "utf-8", "rows": rows}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="ZIP with a CSV of ten guarantors' records, to an external law firm")

# 041 — an internal mail with a list, attached as .eml and sent to the dealer
P = people(6)
inner = {"sender": SOGABE, "to": [NAGIRA], "subject": "丸七様ご紹介分 面談予定者", "charset": "iso-2022-jp",
         "body": "柳楽さん\n\n丸七厨房様ご紹介分で、面談が必要な申込者です。\n\n" +
                 "\n".join(f"・{p['name']}（{wareki(p['dob'], 1)}生）携帯 {p['mobile']}　{p['shop']}" for p in P) +
                 "\n\n日程調整をお願いします。\n曽我部"}
add(41, sender=NAGIRA, to=[MARUSHICHI], subject="面談予定者の件",
    body=f"""石黒様

お世話になっております。柳楽です。
審査部からの連絡を添付します。面談の日程調整にご協力をお願いします。
{SIG_NAGIRA}""",
    attachments=[{"kind": "eml", "name": "丸七様ご紹介分 面談予定者.eml", "message": inner}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="attached mail lists six applicants with birth dates and mobiles; sent to a dealer")

# 042 — documents sent back, tracking number only
add(42, sender=KATSURAGI, to=[KITAGUNI], subject="契約書（当社控え返送分）発送のご連絡",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

お世話になっております。日の出産業 契約管理課の桂木です。
冷凍設備リース契約書（お客様控え）を本日発送いたしました。

　発送方法：ゆうパック
　お問い合わせ番号：6612-0485-3370
　契約番号：LC-2506-0047

お手元に届きましたら、大切に保管くださいますようお願いいたします。
{SIG_KATSURAGI}""",
    expect="pass", note="shipping notice with a tracking number and contract number")

# 043 — look-alike of the partner (co. dropped)
add(43, sender=KATSURAGI, to=["青葉運輸 総務部 <soumu@aoba-unyu.jp>"], subject="Re: ご契約書類ご提出のお願い",
    body=f"""青葉運輸株式会社
総務部 ご担当者様

お世話になっております。桂木です。
登記事項証明書と印鑑証明書、本日受領いたしました。ありがとうございます。
残りの決算書（写し）につきましても、ご準備でき次第ご返送ください。
{SIG_KATSURAGI}""",
    detectors=["lookalike_domain"],
    expect="stop", note="aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp")

# 044 — internal subdomains only: not a look-alike, and internal whatever it carries
P = people(5)
add(44, sender=TAKACHIHO, to=["審査部 <shinsa@lease.hinode-sangyo.co.jp>"],
    cc=["営業企画 <eigyo-kikaku@mail.hinode-sangyo.co.jp>"],
    subject="審査会議メモ（6/9）",
    body=f"""各位

6/9 審査会議のメモです。

■再審査となった個人事業主案件
""" + "\n".join(f"　- {p['name']}（{wareki(p['dob'], 0)}生）{p['shop']}：{rng.choice(['保証人追加で承認', '頭金30%で承認', '見送り', '決算書再提出後に再審査'])}" for p in P) + f"""

■その他
　・販売店ランクの見直しは7月会議で
{SIG_TAKACHIHO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    expect="pass", note="recipients are internal subdomains of hinode-sangyo.co.jp")

# 045 — internal: a customer's card number to accounting (lease subdomain)
p = person(1970, 1990)
card = next_card()
add(45, sender=NOTO, to=["経理課 <keiri@lease.hinode-sangyo.co.jp>"], subject="カード決済の手動処理依頼",
    body=f"""経理課 ご担当者様

大阪営業課の能登です。
決済代行の画面でエラーになるため、下記のお客様の初回リース料を
手動で処理いただけますでしょうか。

　お客様：{p['name']} 様（{p['shop']}）
　カード番号：{card}
　有効期限：{rng.randint(1, 12):02d}/{rng.randint(27, 30)}
　金額：46,310円

処理後、このメールは削除します。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    expect="pass", note="a card number sent internally only (lease.hinode-sangyo.co.jp)")

# 046 — English mail with passport numbers of two directors
d1 = {"name": "Haruto MORISHIMA", "dob": "12 March 1971", "pp": passport_number(), "nat": "Japan"}
d2 = {"name": "Daniel J. WHITFIELD", "dob": "3 October 1968", "pp": f"5{rng.randint(10000000, 99999999)}", "nat": "United Kingdom"}
add(46, sender=OKUZONO, to=["Compliance Team <compliance@harborview-trading.com>"],
    subject="KYC check - lease application of Harborview Trading Japan K.K.", charset="utf-8",
    body=f"""Dear Compliance Team,

Thank you for your cooperation with the lease application of Harborview Trading Japan K.K.
(forklifts x 6, 60 months). For our KYC procedure, could you please confirm that the
following details of the two directors match your records?

1) {d1['name']}
   Date of birth: {d1['dob']}
   Passport No.: {d1['pp']} (Japan, valid until 2031)
2) {d2['name']}
   Date of birth: {d2['dob']}
   Passport No.: {d2['pp']} ({d2['nat']})

We would appreciate your reply by Friday, 20 June.
{SIG_OKUZONO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    expect="stop", note="passport numbers of two directors sent to an external company")

# 047 — English business mail to a foreign maker: quote and order numbers
add(47, sender=OKUZONO, to=["Lena Hartmann <l.hartmann@nordline-machinery.com>"],
    subject="Vendor lease - quotation NQ-25-0614 (laser cutter)", charset="utf-8",
    body=f"""Dear Ms Hartmann,

Thank you for your quotation NQ-25-0614 for the NL-4020 fiber laser cutter.
We are ready to structure a 72-month vendor lease for your customer in Japan,
subject to our usual credit approval.

Could you please confirm:
- the delivery date (your PO reference: PO-JP-88213),
- whether installation and training are included in the EUR 412,000 price,
- the warranty period after acceptance.

Our standard terms are attached for your reference.
{SIG_OKUZONO}
{DISCLAIMER_EN}""",
    attachments=[{"kind": "pdf", "name": "Hinode_Vendor_Lease_Terms.pdf",
                  "lines": ["Hinode Sangyo - Vendor Lease Programme", "Term: 36 to 84 months",
                            "Residual value: by agreement", "Payment: monthly in advance"]}],
    expect="pass", note="English business mail with quote/PO numbers and a standard disclaimer")

# 048 — one record per block: five guarantors, to the guarantee company
P = people(5)
blocks = "\n".join(
    f"""【{i + 1}】
　氏名　　：{p['name']}（{p['kana']}）
　生年月日：{wareki(p['dob'], 6)}
　住所　　：〒{p['zip']} {p['addr']}
　電話　　：{p['mobile']}
　続柄　　：{p['relation']}
""" for i, p in enumerate(P))
add(48, sender=IIBOSHI, to=[AOI_UNO], subject="保証人情報（株式会社大成企画様 案件）",
    body=f"""宇野様

お世話になっております。飯干です。
株式会社大成企画様の案件で、保証人様の情報をお送りします。
申込書の写しが届き次第、郵送でもお送りします。

{blocks}
以上5名です。
{SIG_IIBOSHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="five guarantor records, one per block, sent to the guarantee company")

# 049 — 「・」 bullets: applicants the sales team cannot reach, to the dealer
P = people(6)
add(49, sender=NAGIRA, to=[MINATO], subject="至急：ご連絡がつかないお客様について",
    charset="shift_jis",
    body=f"""大庭様

お世話になっております。柳楽です。
以下のお客様に在籍確認のお電話をしているのですが、何度かけても
つながりません。大庭様からもお声がけいただけないでしょうか。

""" + "\n".join(f"・{p['name']}様（{p['shop']}）　{fw(p['mobile']) if i % 2 else p['mobile']}" for i, p in enumerate(P)) + f"""

今週中に確認が取れない場合、審査を一旦取り下げとさせていただきます。
{SIG_NAGIRA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="six applicants with their mobiles, as bullets, sent to a dealer")

# 050 — three on-site contacts of a lessee to the vendor: 1–4 people, may be warned
P = people(3)
add(50, sender=NAGIRA, to=[KAWASAKI], subject="搬入当日のご連絡先（北国フーズ様 札幌第二工場）",
    body=f"""今泉様

お世話になっております。柳楽です。
6/28の搬入当日、北国フーズ様側の立会者とご連絡先は以下のとおりです。

　{P[0]['name']}様（設備課長）　携帯 {P[0]['mobile']}
　{P[1]['name']}様（設備課）　　携帯 {P[1]['mobile']}
　{P[2]['name']}様（工場長）　　携帯 {P[2]['mobile']}

搬入口は工場北側のシャッターとのことです。
{SIG_NAGIRA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="pass", note="three contacts with mobiles to one external vendor: under five people")

# 051 — a workbook of dealers' credit lines, stamped 部外秘, to a dealer
dealers = ["北斗オフィス機器", "丸七厨房設備", "東雲建機販売", "ミナト車輌", "さつき医療機器", "ひかり通信工業",
           "川崎電機", "コスモ計測", "みなみ空調サービス"]
add(51, sender=NAGIRA, to=[HOKUTO], subject="与信枠の件",
    body=f"""沢渡様

お世話になっております。柳楽です。
先日お話しした与信枠の件、貴社の枠がわかる資料をお送りします。
ご確認ください。
{SIG_NAGIRA}""",
    attachments=[{"kind": "xlsx", "name": "販売店別与信枠一覧_2025上期.xlsx", "page_header": "部外秘",
                  "sheets": {"与信枠": [["【部外秘】販売店別与信枠一覧（2025年度上期）"], [],
                                        ["販売店", "ランク", "与信枠（万円）", "使用額（万円）", "前期延滞率"]] +
                                       [[d, rng.choice("AABC"), rng.choice([3000, 5000, 8000, 12000]),
                                         rng.randint(500, 2900), f"{rng.randint(0, 40) / 10:.1f}%"] for d in dealers]}}],
    detectors=["confidential_marking"],
    expect="stop", note="workbook marked 部外秘 (title row and page header) sent to a dealer")

# 052 — 取扱注意 classification on the mail itself
add(52, sender=MAKABE, to=[AOI_UNO], subject="【取扱注意】株式会社ことぶき運輸 与信メモ",
    body=f"""取扱区分：取扱注意
―――――――――――――――――――

宇野様

お世話になっております。真壁です。
ことぶき運輸様の件、当社の与信メモを共有します。

・直近期：売上 14.2億円（前期比 -18%）、経常損失 3,100万円
・主要取引先1社（売上の6割）との取引縮小が判明
・メインバンクのみどり銀行はリスケに応じる方向とのヒアリング
・当社としては保証付きであれば承認可と考えております

保証可否のご判断をお願いいたします。
{SIG_MAKABE}""",
    detectors=["confidential_marking"],
    expect="stop", note="the mail is classified 取扱注意 (subject and classification line)")

# 053 — ordinary mail with the standard disclaimers
add(53, sender=KATSURAGI, to=[NISHIKI], subject="契約書用封筒 色校正の件",
    body=f"""錦印刷株式会社
春日様

いつもお世話になっております。桂木です。
契約書返送用封筒の色校正、拝見しました。
ロゴの色味がやや赤に寄っておりますので、前回（2023年版）に合わせて
いただけますでしょうか。それ以外は問題ございません。

再校は不要ですので、このまま本刷りに進めてください。
数量は角2 5,000枚、長3 10,000枚でお願いいたします。
{SIG_KATSURAGI}
{DISCLAIMER_JA}
{DISCLAIMER_EN}""",
    expect="pass", note="ordinary order mail with the standard Japanese and English disclaimers")

# 054 — a pensioner guarantor's basic pension number
p = person(1945, 1958)
add(54, sender=IIBOSHI, to=[AOI], subject="連帯保証人様の収入確認資料（年金受給）",
    charset="utf-8",
    body=f"""あおい信用保証株式会社
業務部 ご担当者様

お世話になっております。日の出産業 審査部の飯干です。
L-2025-05902の連帯保証人様は年金受給者のため、収入確認資料として
年金振込通知書・年金証書の内容をお送りします。

　氏名　　　　：{p['name']}（{p['kana']}）
　生年月日　　：{wareki(p['dob'], 0)}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　年金の種類　：老齢基礎年金・老齢厚生年金
　年額　　　　：{rng.randint(180, 260)}万円

原本の写しは郵送いたします。
{SIG_IIBOSHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    expect="stop", note="a guarantor's basic pension number sent to the guarantee company")

# 055 — one guarantor's details for a single investigation: under five people
p = person(1960, 1985)
add(55, sender=MAKABE, to=[TOKAI], subject="個人調査のご依頼（1件）",
    body=f"""森岡様

いつもお世話になっております。真壁です。
1件のみで恐縮ですが、連帯保証人の居住・勤務確認をお願いできますでしょうか。

　氏名：{p['name']}
　住所：{p['addr']}
　携帯：{p['mobile']}
　勤務先：{p['employer']}（申告年収 {p['income']}万円）

回答は来週中で結構です。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="pass", note="one guarantor's contact details to the research firm: a single person, no ID")

# 056 — an applicant who was a victim of fraud, named, to the dealer
p = person(1955, 1975)
add(56, sender=SOGABE, to=[SHINONOME], subject="Re: {0}様 ミニショベル再申込の件".format(p["name"]),
    body=f"""東雲建機販売 営業二課
ご担当者様

お世話になっております。曽我部です。
{p['name']}様（{p['shop']}）の再申込につきまして、前回の延滞の経緯を確認しました。

ご本人のお話では、昨年秋にSNSで知り合った人物から投資詐欺の被害に遭い、
約900万円をだまし取られたとのことで、{p['pref']}警察に被害届を出されているそうです。
その影響で一時的に資金繰りが悪化し、リース料の延滞につながったとのことでした。

事情は理解できるものの、現時点では頭金30%のご用意をお願いする条件での
承認となります。お客様へのご説明をお願いいたします。
{SIG_SOGABE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="a named applicant having been a crime victim (要配慮) sent to the dealer")

# 057 — an applicant's disability, to the guarantee company
p = person(1970, 1988)
add(57, sender=NOTO, to=[AOI_UNO], subject="福祉車両リース 保証審査のご相談",
    body=f"""あおい信用保証　宇野様

いつもお世話になっております。大阪営業課の能登です。
{p['shop']}の{p['name']}様から、福祉車両（車いす対応・運転補助装置付き）の
リースのお申込みをいただいております。

ご本人は身体障害者手帳1級（下肢機能障害）をお持ちで、
自治体の自動車改造費助成を受けられる見込みです。
助成金の入金がリース開始後になるため、当初3ヶ月分の保証について
ご相談させていただけますでしょうか。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="a named applicant's disability (要配慮) sent to the guarantee company")

# 058 — a guarantor in hospital, no diagnosis: honestly either way
p = person(1948, 1960)
add(58, sender=KATSURAGI, to=[HOKUTO], subject="契約書類の返送遅れについて（アサヒ商会様）",
    body=f"""沢渡様

お世話になっております。桂木です。
アサヒ商会様の契約書類ですが、連帯保証人の{p['name']}様（代表者のお父様）が
先月からご入院されているとのことで、自署・押印が遅れております。
退院の目途が立ち次第ご対応いただけるそうですので、
お客様へのご確認は少しお待ちいただけますでしょうか。
{SIG_KATSURAGI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="either", note="a named guarantor is in hospital, no diagnosis: borderline health information")

# 059 — six sole proprietors' shop name, owner name and shop phone: business or people?
P = people(6)
add(59, sender=NOTO, to=[MARUSHICHI], subject="ご紹介いただいた飲食店様の審査状況",
    body=f"""石黒様

お世話になっております。能登です。
5月にご紹介いただいた飲食店様の審査状況をまとめました。

{columns([["屋号", "代表者", "店舗電話", "状況"]] + [[p["shop"], p["name"], p["tel"], rng.choice(["承認", "承認", "書類待ち", "審査中", "見送り"])] for p in P], sep=" | ", rule="=")}

書類待ちのお客様には、引き続きお声がけをお願いします。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="either", note="six sole proprietors' shop phones and owner names: business contacts or personal records")

# 060 — a reply: the guarantee company's list is below -----Original Message-----
P = people(6)
orig = "\n".join(f"{p['name']}\t{wareki(p['dob'], 3)}\t{p['mobile']}\t保証可" for p in P)
add(60, sender=IIBOSHI, to=[AOI_UNO], subject="RE: 保証審査結果（6件）",
    charset="shift_jis",
    body=f"""宇野様

お世話になっております。飯干です。
6件とも保証可のご回答、ありがとうございました。
契約手続きに進めさせていただきます。

飯干

-----Original Message-----
From: 宇野 真理 <uno.mari@aoi-hosho.co.jp>
Sent: Wednesday, June 11, 2025 4:05 PM
To: 飯干 美帆 <iiboshi.miho@hinode-sangyo.co.jp>
Subject: 保証審査結果（6件）

日の出産業 飯干様

ご依頼の6件、審査結果は以下のとおりです。

{orig}

あおい信用保証株式会社 業務部 宇野""",
    expect="pass", note="the six-person list is only under -----Original Message----- (quoted)")

# 061 — English reply; the passport data is only in the quoted part
add(61, sender=OKUZONO, to=["Compliance Team <compliance@harborview-trading.com>"],
    subject="Re: KYC check - lease application of Harborview Trading Japan K.K.", charset="utf-8",
    body=f"""Dear Compliance Team,

Many thanks for the confirmation. The KYC check is now complete and the
application will go to our credit committee on Monday.

{SIG_OKUZONO}

On Thu, 19 Jun 2025 at 09:12, Compliance Team <compliance@harborview-trading.com> wrote:
> Dear Mr Okuzono,
>
> We confirm the details below match our records:
> 1) Haruto MORISHIMA, born 12 March 1971, passport {d1['pp']}
> 2) Daniel J. WHITFIELD, born 3 October 1968, passport {d2['pp']}
>
> Kind regards,
> Harborview Trading - Group Compliance""",
    expect="pass", note="passport numbers appear only in quoted text the recipient sent")

# 062 — forwarding an internal results list to a dealer
P = people(7)
tbl = "\n".join(f"{app_no()}  {p['name']}  {p['mobile']}  {rng.choice(['承認', '承認', '条件付承認（保証人追加）', '否決'])}" for p in P)
add(62, sender=NAGIRA, to=[HIKARI], subject="転送: 6月第2週 審査結果一覧",
    charset="utf-8",
    body=f"""ひかり通信工業 リース窓口ご担当者様

お世話になっております。柳楽です。
今週の審査結果です。お客様へのご連絡をお願いします。
（否決の方への理由説明はご遠慮ください）

---------- 転送メッセージ ----------
差出人: 曽我部 あかり <sogabe.akari@hinode-sangyo.co.jp>
日付: 2025年6月13日(金) 18:02
件名: 6月第2週 審査結果一覧
宛先: 柳楽 亮 <nagira.ryo@hinode-sangyo.co.jp>

柳楽さん
ひかり通信様ご紹介分（個人事業主）の結果です。

申込番号       申込者        携帯           結果
{tbl}

曽我部
{SIG_NAGIRA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="a forwarded internal list of seven applicants sent on to a dealer")

# 063 — legacy XLS of defaulters with debit accounts, to a servicer
P = people(9)
banks = ["みどり銀行", "東和信用金庫", "ゆうちょ銀行", "北星銀行", "あけぼの信用組合"]
rows = [["契約番号", "契約者氏名", "住所", "電話", "引落口座", "延滞月数", "延滞額"]]
for p in P:
    b = rng.choice(banks)
    acct = (f"{b} {rng.choice(['本店', '駅前支店', '中央支店', '北支店'])} 普通 {rng.randint(1000000, 9999999)}"
            if b != "ゆうちょ銀行" else f"ゆうちょ銀行 記号1{rng.randint(1000, 9999)}0 番号{rng.randint(10000000, 99999999)}")
    rows.append([f"LC-22{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", p["name_ns"], p["addr"], p["tel"], acct,
                 rng.randint(3, 14), rng.randint(40, 900) * 1000])
add(63, sender=WANIBUCHI, to=[YAMATO], subject="債権回収業務委託 対象債権リストの送付",
    body=f"""やまと債権回収株式会社
受託管理部 御中

いつもお世話になっております。日の出産業 債権管理部の鰐淵です。
7月委託分の対象債権リストを送付いたします。
旧システムからの出力のため、xls形式となっております。
{SIG_WANIBUCHI}""",
    attachments=[{"kind": "xls", "name": "委託対象債権_202507.xls", "sheets": {"委託対象": rows}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    expect="stop", note="XLS of nine defaulters with addresses, phones and bank accounts to a servicer")

# 064 — PPTX of aggregate figures to a consultant: no personal data
add(64, sender=TAKACHIHO, to=[MIRAI], subject="審査業務改善プロジェクト 現状分析資料",
    body=f"""ミライ経営コンサルティング
秋津様

お世話になっております。高千穂です。
来週のキックオフに向けて、審査業務の現状を集計した資料をお送りします。
数値はいずれも2024年度の実績です。
{SIG_TAKACHIHO}""",
    attachments=[{"kind": "pptx", "name": "審査業務_現状分析_2024.pptx",
                  "slides": [["審査業務の現状（2024年度）", "申込件数：4,812件", "承認率：78.4%", "平均審査日数：2.6営業日"],
                             ["審査日数の内訳", "書類不備による差戻し：全体の31%", "保証会社回答待ち：平均1.1日"],
                             ["課題", "個人事業主案件の書類回収", "販売店ごとの申込品質のばらつき"]]}],
    expect="pass", note="aggregate statistics in a PPTX to a consultant; no people's data")

# 065 — a product leaflet PDF to a dealer
add(65, sender=NOTO, to=[SATSUKI], subject="新商品「クリニック開業応援リース」のご案内",
    body=f"""さつき医療機器株式会社
嶋田様

いつもお世話になっております。能登です。
7月から取扱いを開始する開業医向けリース商品のリーフレットをお送りします。
開業前の先生でもお申込みいただける点が特徴です。
営業の皆様にもご展開いただけますと幸いです。
{SIG_NOTO}""",
    attachments=[{"kind": "pdf", "name": "クリニック開業応援リース_リーフレット.pdf",
                  "lines": ["クリニック開業応援リース", "・開業前でもお申込み可能", "・最長84ヶ月",
                            "・据置期間最大6ヶ月", "お問い合わせ：日の出産業株式会社 リース営業部 06-6345-2210"]}],
    expect="pass", note="product leaflet to a dealer; only the company's own contact number")

# 066 — look-alike of a partner (.com for .co.jp)
add(66, sender=NAGIRA, to=["北国フーズ 経理部 <keiri@kitaguni-foods.com>"], subject="リース審査に必要な書類のご案内",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

お世話になっております。日の出産業の柳楽です。
帯広工場の包装ラインのリースにつきまして、審査に必要な書類をご案内いたします。

　・直近3期分の決算書（勘定科目内訳書を含む）
　・今期の試算表
　・設備投資計画書（お手持ちのもので結構です）

PDFでお送りいただいても差し支えございません。
{SIG_NAGIRA}""",
    detectors=["lookalike_domain"],
    expect="stop", note="kitaguni-foods.com is a look-alike (another TLD) of the partner kitaguni-foods.co.jp")

# 067 — look-alike of the partner bank (rn for m), with one person's account
p = person(1965, 1985)
add(67, sender=KATSURAGI, to=["みどり銀行 口座振替センター <furikae@rnidori-ginko.co.jp>"],
    subject="口座振替依頼書 不備内容のご確認",
    body=f"""みどり銀行 口座振替センター ご担当者様

お世話になっております。日の出産業 契約管理課の桂木です。
先日返却された口座振替依頼書につきまして、不備内容をご確認させてください。

　預金者名：{p['kana']}
　口座　　：みどり銀行 {rng.choice(['本店営業部', '新橋支店', '大宮支店'])} 普通預金 {rng.randint(1000000, 9999999)}
　返却理由：印鑑相違

お届け印の再確認をお客様に依頼しておりますので、再提出までお待ちください。
{SIG_KATSURAGI}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    expect="stop", note="rnidori-ginko.co.jp imitates the partner bank midori-ginko.co.jp (rn for m)")

# 068 — the real partner bank: company account, business
add(68, sender=KATSURAGI, to=[MIDORI], subject="口座振替開始のご連絡（北辰商事株式会社様）",
    body=f"""みどり銀行 法人営業部
高嶺様

いつもお世話になっております。桂木です。
北辰商事株式会社様の口座振替依頼書、無事に受理されたとのご連絡をいただきました。
ありがとうございます。

　引落口座：北辰商事株式会社 名義（当座預金）
　初回引落日：2025年7月28日
　契約番号：LC-2504-0203

今後ともよろしくお願いいたします。
{SIG_KATSURAGI}""",
    expect="pass", note="a company's direct debit with the partner bank; no personal data")

# 069 — dealer in To, guarantee company and research firm in Cc: three parties
add(69, sender=SOGABE, to=[SATSUKI], cc=[AOI_UNO, TOKAI],
    subject="くすのき内科クリニック様 今後の進め方",
    body=f"""関係者各位

お世話になっております。日の出産業 審査部の曽我部です。
くすのき内科クリニック様の案件について、今後の進め方を共有いたします。

　1. さつき医療機器様：物件見積の最終版をご提出ください（6/20まで）
　2. あおい信用保証様：保証審査のご回答をお願いします（6/24まで）
　3. 東海信用リサーチ様：追加調査の報告書をお送りください（6/24まで）

6/26の与信委員会に付議する予定です。
{SIG_SOGABE}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    expect="stop", note="three external organisations visible to each other in To/Cc")

# 070 — dealer in To and guarantee company in Cc: two organisations
add(70, sender=IIBOSHI, to=[MARUSHICHI], cc=[AOI_UNO],
    subject="株式会社ひなた亭様 承認のご連絡",
    body=f"""丸七厨房設備株式会社 石黒様
（CC：あおい信用保証 宇野様）

お世話になっております。日の出産業の飯干です。
株式会社ひなた亭様の件、あおい信用保証様の保証付きで承認となりました。
契約書類は契約管理課の桂木から別途お送りいたします。
{SIG_IIBOSHI}""",
    detectors=["multiple_external_domains"],
    expect="pass", note="dealer and guarantee company: two external organisations, no data")

# 071 — an encrypted ZIP (AES) with a workbook, to the research firm
add(71, sender=MAKABE, to=[TOKAI_DESK], subject="調査依頼ファイル（暗号化）の送付",
    body=f"""東海信用リサーチ 調査受付ご担当者様

お世話になっております。日の出産業の真壁です。
今月分の調査依頼ファイルを暗号化ZIPでお送りします。
パスワードは従来どおり別便でお送りします。
{SIG_MAKABE}""",
    attachments=[{"kind": "zip", "name": "調査依頼_202506.zip", "password": "tk-2506-Rq9",
                  "files": [{"kind": "xlsx", "name": "調査依頼_202506.xlsx",
                             "sheets": {"依頼": [["No", "氏名", "住所"], ["1", "（略）", "（略）"]]}}]}],
    detectors=["unscannable_attachment"],
    expect="stop", note="AES-encrypted ZIP cannot be inspected")

# 072 — a corrupt scan of a seal certificate
add(72, sender=KATSURAGI, to=[MINATO], subject="印鑑証明書の再送のお願い",
    body=f"""大庭様

お世話になっております。桂木です。
先日お送りいただいた印鑑証明書のスキャンですが、当方で開くことができませんでした。
念のため、こちらで受信したファイルを添付いたします。
お手数ですが、再度スキャンしてお送りいただけますでしょうか。
{SIG_KATSURAGI}""",
    attachments=[{"kind": "corrupt", "name": "印鑑証明書_scan.pdf"}],
    detectors=["unscannable_attachment"],
    expect="stop", note="the attached PDF is corrupt and cannot be inspected")

# 073 — a readable quotation PDF with the company's invoice registration number
tnum = corp_number()
add(73, sender=NAGIRA, to=["株式会社ミツワ精密 総務部 <soumu@mitsuwa-seimitsu.co.jp>"],
    subject="リース料お見積書の送付（NC旋盤）",
    body=f"""株式会社ミツワ精密
総務部 ご担当者様

お世話になっております。日の出産業の柳楽です。
NC旋盤のリース料お見積書をお送りします。
ご検討のほどよろしくお願いいたします。
{SIG_NAGIRA}""",
    attachments=[{"kind": "pdf", "name": "お見積書_Q-2506-0318.pdf",
                  "lines": ["お見積書　No. Q-2506-0318", "株式会社ミツワ精密 御中", "",
                            "物件：NC旋盤 KL-2500 ×1台", "リース期間：84ヶ月", "月額リース料：152,400円（税別）",
                            "有効期限：2025年7月31日", "",
                            f"日の出産業株式会社　登録番号 T{tnum}"]}],
    entities=["JP_CORPORATE_NUMBER"],
    expect="pass", note="a quotation with the company's own invoice registration number; no people's data")

# 074 — a card number in full-width digits, to a dealer
p = person(1975, 1995)
card = next_card()
add(74, sender=NOTO, to=[HIKARI], subject="Re: 初回お支払い方法の件",
    body=f"""ひかり通信工業 リース窓口ご担当者様

お世話になっております。能登です。
お客様から初回分はカード払いにしたいとのご要望があったとのことで、
お電話で伺ったカード情報を念のため共有します。端末での決済をお願いします。

　ご名義：{p['name']}様
　番号：{fw(card[:4])}　{fw(card[4:8])}　{fw(card[8:12])}　{fw(card[12:])}
　期限：{fw(str(rng.randint(1, 12)).zfill(2))}／{fw(str(rng.randint(27, 30)))}

よろしくお願いします。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    expect="stop", note="a customer's card number (full-width digits) sent to a dealer")

# 075 — a My Number in an ID checklist workbook
p = person(1968, 1990)
mn = next_my_number()
add(75, sender=IIBOSHI, to=[AOI_UNO], subject="本人確認チェック表（L-2025-06155）",
    charset="utf-8",
    body=f"""宇野様

お世話になっております。飯干です。
L-2025-06155 の本人確認チェック表をお送りします。
ご本人がマイナンバーカードを提示されたため、その内容を記録しています。
{SIG_IIBOSHI}""",
    attachments=[{"kind": "xlsx", "name": "本人確認チェック表_L-2025-06155.xlsx",
                  "sheets": {"チェック表": [["本人確認チェック表"], [],
                                            ["項目", "内容"],
                                            ["氏名", p["name"]],
                                            ["生年月日", wareki(p["dob"], 4)],
                                            ["確認書類", "マイナンバーカード（表・裏）"],
                                            ["個人番号", mn],
                                            ["確認者", "飯干"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=["personal_data"],
    expect="stop", note="an applicant's My Number recorded in a checklist workbook, sent externally")

# 076 — one applicant on free mail, told NOT to send My Number documents
p = person(1980, 1996)
add(76, sender=NOTO, to=[f"{p['name']} 様 <{p['email']}>"], subject="ご提出書類についてのお願い",
    body=f"""{p['name']} 様

いつもお世話になっております。日の出産業 大阪営業課の能登です。
お申込みに必要な書類について、ご案内いたします。

　・確定申告書の控え（直近2期分）
　・本人確認書類（運転免許証の写し等）

なお、確定申告書の控えに個人番号（マイナンバー）が記載されている場合は、
恐れ入りますが、その部分を黒く塗りつぶしてからお送りください。
当社では個人番号をお預かりすることができません。

ご不明な点は、お気軽にお電話ください。
{SIG_NOTO}""",
    detectors=["freemail_recipient"],
    expect="pass", note="one free-mail applicant; My Number is only mentioned as a word")

# 077 — full-width padded columns, 和暦 dates, to the guarantee company
P = people(7)
tbl = columns([["氏名", "生年月日", "電話番号", "保証額"]] +
              [[p["name"].replace(" ", "　"), wareki(p["dob"], 2), fw(p["mobile"]), fw(f"{rng.choice([300, 500, 800, 1000])}万円")] for p in P],
              fill="　", sep="　", rule="－")
add(77, sender=SOGABE, to=[AOI], subject="保証依頼（追加分７件）",
    body=f"""あおい信用保証株式会社　業務部御中

お世話になっております。日の出産業審査部の曽我部です。
先週分に追加で、下記７件の保証依頼をお願いいたします。

{tbl}

申込書の写しは本日郵送いたしました。
よろしくお願いいたします。
{SIG_SOGABE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="stop", note="seven people's names, 和暦 birth dates and phones in full-width columns to the guarantee company")

# 078 — a two-sheet migration workbook of real records, to the partner vendor
P = people(20)
s1 = [["旧システム移行データ（申込者）　抽出日：2025/06/16"], ["申込ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "メール"]]
s2 = [["旧システム移行データ（連帯保証人）"], ["申込ID", "保証人氏名", "生年月日", "住所", "電話"]]
for i, p in enumerate(P):
    aid = f"A{250000 + i * 7}"
    if i < 12:
        s1.append([aid, p["name"], p["kana"], wareki(p["dob"], 5), p["zip"], p["addr"], p["mobile"], p["email"]])
    else:
        s2.append([f"A{250000 + (i - 12) * 7}", p["name"], wareki(p["dob"], 5), p["addr"], p["tel"]])
add(78, sender=MINAGAWA, to=[TSUBASA], subject="移行リハーサル用データ", charset="utf-8",
    body=f"""榎本様

お世話になっております。皆川です。
移行リハーサル用に、旧システムから一部データを抽出しました。
本番データそのままですので、リハーサル後は削除をお願いします。
{SIG_MINAGAWA}""",
    attachments=[{"kind": "xlsx", "name": "移行リハーサル_抽出データ.xlsx", "title": "移行データ",
                  "sheets": {"申込者": s1, "連帯保証人": s2}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    expect="stop", note="XLSX of 20 real applicants and guarantors sent to the system vendor")

# 079 — internal forward of a guarantors list
P = people(6)
add(79, sender=NAGIRA, to=[SOGABE], cc=["リース営業部 共有 <lease-eigyo@hinode-sangyo.co.jp>"],
    subject="FW: 保証人情報（株式会社みのり農産様）",
    body=f"""曽我部さん

お疲れさまです。柳楽です。
販売店から届いた保証人情報です。審査をお願いします。

-----Original Message-----
From: 東雲建機販売 営業二課 <eigyo2@shinonome-kenki.co.jp>
Sent: Monday, June 16, 2025 10:31 AM
Subject: 保証人情報（株式会社みのり農産様）

""" + "\n".join(f"{p['name']}, {wareki(p['dob'], 1)}, {p['addr']}, {p['mobile']}" for p in P),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    expect="pass", note="a guarantors list forwarded between colleagues: all recipients internal")

# 080 — four rows, no names: under five people
rows4 = "\n".join(f"　{f'LC-2505-{rng.randint(1000, 9999)}'}　{p['mobile']}　{p['email']}" for p in people(4))
add(80, sender=KATSURAGI, to=[SHINONOME], subject="保証人様への書類送付先の確認",
    body=f"""東雲建機販売 営業二課 ご担当者様

お世話になっております。桂木です。
下記4件、保証人様あての書類送付前に、ご連絡先に誤りがないか
ご確認いただけますでしょうか。

　契約番号　　　　 保証人携帯　　　　保証人メール
{rows4}

問題なければ、明日以降ご連絡先あてに書類をお送りします。
{SIG_KATSURAGI}""",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    expect="pass", note="four guarantors' contacts without names: fewer than five people")

# 081 — a blank application form: field labels, no values
add(81, sender=NAGIRA, to=[HIKARI], subject="リース申込書（個人事業主用）の様式",
    body=f"""ひかり通信工業 リース窓口ご担当者様

お世話になっております。柳楽です。
ご依頼のあった個人事業主用のリース申込書の様式をお送りします。
7月1日受付分から、こちらの新様式をご利用ください。
{SIG_NAGIRA}""",
    attachments=[{"kind": "docx", "name": "リース申込書_個人事業主用_2025年7月版.docx",
                  "paragraphs": ["リース申込書（個人事業主用）", "記入日：　　年　　月　　日"],
                  "tables": [[["項目", "記入欄"], ["氏名", ""], ["フリガナ", ""], ["生年月日", "昭和・平成　　年　　月　　日"],
                              ["住所", "〒"], ["電話番号", ""], ["屋号", ""], ["業種", ""], ["開業年月", ""]],
                             [["連帯保証人", "記入欄"], ["氏名", ""], ["続柄", ""], ["住所", ""], ["電話番号", ""]]]}],
    expect="pass", note="a blank application form: field names only, no one's data")

# 082 — an invoice with the company's own bank account
add(82, sender="日の出産業 リース料請求係 <seikyu@lease.hinode-sangyo.co.jp>", to=[SAKURA],
    subject="【ご請求】再リース料（2025年度分）", charset="shift_jis",
    body="""さくらホテル 管財課 御中

平素は格別のご高配を賜り、厚く御礼申し上げます。
再リース料（年額）のご請求書を添付にてお送りいたします。

　請求番号：INV-25-00913
　ご請求額：184,800円（税込）
　お支払期日：2025年7月31日
　お振込先：みどり銀行 浜松町支店 普通預金 3318520
　　　　　　口座名義 ヒノデサンギヨウ（カ

ご不明な点は、リース料請求係までお問い合わせください。

日の出産業株式会社 リース事業本部 リース料請求係
TEL 03-5401-7750""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-25-00913.pdf",
                  "lines": ["請求書", "さくらホテル 御中", "請求番号 INV-25-00913", "再リース料 184,800円（税込）",
                            "振込先 みどり銀行 浜松町支店 普通 3318520 ヒノデサンギヨウ（カ"]}],
    expect="pass", note="invoice with the company's own bank account: business data")

# 083 — a dealer and two private guarantors together in To
P = people(2)
add(83, sender=KATSURAGI,
    to=[HOKUTO, f"{P[0]['name']} 様 <{P[0]['email'].split('@')[0]}@gmail.com>",
        f"{P[1]['name']} 様 <{P[1]['email'].split('@')[0]}@icloud.com>"],
    subject="連帯保証契約書のご署名日程について",
    body=f"""北斗オフィス機器 沢渡様
連帯保証人予定者様

お世話になっております。日の出産業 契約管理課の桂木です。
連帯保証契約書へのご署名につきまして、沢渡様にご同行いただき、
6月27日（金）にお伺いする予定で調整しております。
ご都合が悪い方は、桂木までご返信ください。
{SIG_KATSURAGI}""",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    expect="stop", note="a dealer and two private persons visible to each other: three external parties")

# 084 — an applicant's own details sent back to the applicant (one person)
p = person(1975, 1995)
add(84, sender=NOTO, to=[f"{p['name']} <{p['email']}>"], subject="お申込み内容のご確認",
    charset="utf-8",
    body=f"""{p['name']} 様

このたびはお申込みいただき、ありがとうございます。
お申込み内容を以下のとおり承りました。誤りがないかご確認ください。

　お名前　　：{p['name']}（{p['kana']}）
　生年月日　：{wareki(p['dob'], 4)}
　ご住所　　：〒{p['zip']} {p['addr']}
　お電話　　：{p['mobile']}
　リース物件：エスプレッソマシン一式（{p['shop']}）

誤りがございましたら、本メールにご返信ください。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    expect="pass", note="one applicant's own details sent to that applicant's free-mail address")

# 085 — the applicant's own driver's licence number sent to them: an ID number, any person
p = person(1975, 1995)
lic = license_number()
add(85, sender=NOTO, to=[f"{p['name']} <{p['email'].split('@')[0]}@yahoo.co.jp>"], subject="本人確認書類の記載内容について",
    body=f"""{p['name']} 様

日の出産業の能登です。
お送りいただいた運転免許証の写しについて、記載内容の確認をお願いします。

　氏名：{p['name']}
　免許証番号：第{lic}号
　住所：{p['addr']}

申込書のご住所と番地が異なっておりますので、
どちらが正しいかお知らせいただけますでしょうか。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    expect="stop", note="a driver's licence number in the mail (even to its holder) to a free-mail address")

# 086 — one company for research, corporate number
add(86, sender=MAKABE, to=[TOKAI], subject="企業調査のご依頼（株式会社コスモ計測）",
    body=f"""森岡様

お世話になっております。真壁です。
新規販売店候補の企業調査をお願いいたします。

　商号：株式会社コスモ計測
　法人番号：{corp_number()}
　本店：神奈川県川崎市高津区久地3-12-5
　代表電話：044-811-3320

通常納期で結構です。
{SIG_MAKABE}""",
    entities=["JP_CORPORATE_NUMBER"],
    expect="pass", note="a company's corporate number, office address and switchboard: business data")

# 087 — an internal approval paper with a 機密 header, sent to the dealer
add(87, sender=SOGABE, to=[SATSUKI], subject="くすのき内科クリニック様 承認条件について",
    body=f"""嶋田様

お世話になっております。曽我部です。
承認条件について、社内の稟議書をそのまま添付します。
条件欄をご確認いただければと思います。
{SIG_SOGABE}""",
    attachments=[{"kind": "docx", "name": "稟議書_くすのき会_CT装置.docx", "page_header": "機密",
                  "page_footer": "機密　日の出産業株式会社 リース事業本部",
                  "paragraphs": ["稟議書", "件名：医療法人社団くすのき会 CT装置リース",
                                 "リース総額：8,400万円　期間：84ヶ月",
                                 "承認条件：副理事長の連帯保証追加、保守契約の締結",
                                 "審査部意見：条件付きで承認相当"]}],
    detectors=["confidential_marking"],
    expect="stop", note="a DOCX marked 機密 in header and footer sent to a dealer")

# 088 — the same kind of paper, internal only
add(88, sender=SOGABE, to=[TAKACHIHO], cc=[MAKABE], subject="稟議書（ヤマセ工業 プレス機）ご確認のお願い",
    body="""高千穂部長

お疲れさまです。曽我部です。
ヤマセ工業様の稟議書をお送りします。ご確認をお願いいたします。

曽我部""",
    attachments=[{"kind": "docx", "name": "稟議書_ヤマセ工業.docx", "page_header": "機密",
                  "paragraphs": ["稟議書", "件名：株式会社ヤマセ工業 プレス機2台", "リース総額：3,960万円",
                                 "保証：あおい信用保証＋代表者ほか4名"]}],
    expect="pass", note="a 機密-marked paper sent internally only")

# 089 — look-alike of the partner law firm (1 for l), with a debtor's details
p = person(1960, 1980)
add(89, sender=WANIBUCHI, to=["白川法律事務所 <shirakawa@shirakawa-1aw.jp>"], subject="督促のご依頼（1件）",
    body=f"""白川先生

いつもお世話になっております。鰐淵です。
下記の延滞先について、内容証明による督促をお願いいたします。

　債務者：{p['name']}（{p['shop']}）
　住所　：{p['addr']}
　電話　：{p['tel']}
　延滞額：{rng.randint(200, 900) * 1000:,}円（{rng.randint(3, 8)}ヶ月分）

資料一式は本日郵送いたしました。
{SIG_WANIBUCHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    expect="stop", note="shirakawa-1aw.jp imitates the partner law firm shirakawa-law.jp")

# 090 — the real partner law firm, one debtor: under five people
p = person(1960, 1980)
add(90, sender=WANIBUCHI, to=[SHIRAKAWA], subject="支払督促申立ての件（{0}様）".format(p["sei"]),
    charset="utf-8",
    body=f"""白川先生

お世話になっております。日の出産業 債権管理部の鰐淵です。
先日ご相談した件、支払督促の申立てをお願いしたく存じます。

債務者　{p['name']}
住所　　〒{p['zip']} {p['addr']}
電話　　{p['mobile']}
契約番号 LC-2211-{rng.randint(1000, 9999)}（業務用車両）
延滞額　{rng.randint(300, 1200) * 1000:,}円

ご不明点がございましたらご連絡ください。
{SIG_WANIBUCHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="pass", note="one debtor's details to the partner law firm: a single person")

# 091 — a servicer list whose reason column carries health information
P = people(6)
reasons = ["うつ病で休業中", "売上減少", "がん治療のため入院", "連絡不通", "糖尿病の悪化で廃業検討", "取引先倒産"]
rows = [["No.", "債務者", "電話", "延滞額", "延滞理由（本人申告）"]]
for i, (p, r) in enumerate(zip(P, reasons)):
    rows.append([str(i + 1), p["name"], p["mobile"], f"{rng.randint(50, 600) * 1000:,}", r])
add(91, sender=WANIBUCHI, to=[YAMATO], subject="追加委託分（6件）の債務者情報",
    body=f"""やまと債権回収 受託管理部 御中

お世話になっております。鰐淵です。
追加委託分6件の債務者情報です。延滞理由は本人からの聞き取り内容です。
体調を崩されている方もいらっしゃいますので、ご配慮をお願いいたします。

{columns(rows)}
{SIG_WANIBUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="six debtors with phones and health conditions (要配慮) sent to a servicer")

# 092 — monthly figures per dealer: numbers only
add(92, sender=NAGIRA, to=[HOKUTO], subject="5月度 お申込み実績のご報告", charset="utf-8",
    body=f"""沢渡様

お世話になっております。柳楽です。
5月度の貴社経由のお申込み実績をご報告します。

　申込件数　　：42件（前月比 +6件）
　承認件数　　：35件（承認率 83.3%）
　平均審査日数：2.1営業日
　成約金額　　：5,214万円

6月は複合機の入替需要が見込まれますので、引き続きよろしくお願いします。
{SIG_NAGIRA}""",
    expect="pass", note="monthly business figures; no personal data")

# 093 — meant for a colleague, typed to a look-alike of the company's own domain (q for g)
p = person(1955, 1980)
add(93, sender=KATSURAGI, to=["曽我部 あかり <sogabe.akari@hinode-sanqyo.co.jp>"],
    subject="保証人変更の件（みのり農産様）",
    body=f"""曽我部さん

お疲れさまです。桂木です。
みのり農産様の件、販売店から保証人変更の連絡がありました。
変更後の保証人様は以下のとおりです。再審査をお願いします。

　{p['name']}様（代表者の義兄）　携帯 {p['mobile']}

書類は明日届く予定です。
{SIG_KATSURAGI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    expect="stop", note="hinode-sanqyo.co.jp imitates the company's own domain (q for g); meant to be internal")

# 094 — an order to the partner printer
add(94, sender=KATSURAGI, to=[NISHIKI], subject="注文書送付：リース契約書（複写式）増刷",
    body=f"""錦印刷株式会社 春日様

お世話になっております。桂木です。
リース契約書（4枚複写）の増刷をお願いいたします。

　注文番号：PO-HL-25-0147
　品名　　：リース契約書 2025年4月改定版（4枚複写・ナンバリング入り）
　数量　　：3,000部
　ナンバリング：No.250001～No.253000
　納期　　：7月10日（木）
　納品先　：本社7階 契約管理課

注文書は添付のとおりです。よろしくお願いいたします。
{SIG_KATSURAGI}""",
    attachments=[{"kind": "pdf", "name": "注文書_PO-HL-25-0147.pdf",
                  "lines": ["注文書 PO-HL-25-0147", "錦印刷株式会社 御中", "リース契約書 3,000部", "納期 2025年7月10日"]}],
    expect="pass", note="a purchase order to a partner; order numbers only")

# 095 — three partner organisations in To
add(95, sender=MINAGAWA, to=[NISHIKI, KAWASAKI, TSUBASA], subject="電子契約導入プロジェクト キックオフのご案内",
    body=f"""錦印刷株式会社 春日様
川崎電機株式会社 今泉様
ツバサシステム株式会社 榎本様

いつもお世話になっております。日の出産業の皆川です。
リース契約の電子化プロジェクトにつきまして、キックオフ会議を開催いたします。

　日時：7月3日（木）15:00～16:30
　場所：日の出産業 本社7階 第2会議室（Teams併用）
　議題：プロジェクト概要、各社のご役割、スケジュール

ご出席者のお名前を6月27日までにお知らせください。
{SIG_MINAGAWA}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    expect="stop", note="three external organisations visible to each other in To")

# 096 — a hotel's one contact person in a renewal mail
add(96, sender=KATSURAGI, to=[SAKURA], subject="再リースのご意向確認（客室用テレビ）",
    body=f"""さくらホテル 管財課
ご担当 丹羽様

いつもお世話になっております。日の出産業 契約管理課の桂木です。
客室用テレビ（120台）のリース契約が、2025年9月30日に満了いたします。

再リース（1年単位、年額は現行月額リース料の約1ヶ月分）をご希望か、
ご返却をご希望か、8月29日までにお知らせいただけますでしょうか。
ご返却の場合は、撤去日程をご相談させていただきます。

ご不明点は、桂木（03-5401-7745）までお問い合わせください。
{SIG_KATSURAGI}""",
    expect="pass", note="a renewal notice to a customer's single contact; no personal data")

# 097 — a corrupt DOCX of a guarantee contract
add(97, sender=KATSURAGI, to=[SHINONOME], subject="連帯保証契約書（訂正版）",
    body=f"""東雲建機販売 営業二課 ご担当者様

お世話になっております。桂木です。
先日の連帯保証契約書に誤記がございましたので、訂正版をお送りします。
お手数ですが、お客様へ差し替えのご案内をお願いします。
{SIG_KATSURAGI}""",
    attachments=[{"kind": "corrupt", "name": "連帯保証契約書_訂正版.docx"}],
    detectors=["unscannable_attachment"],
    expect="stop", note="the attached DOCX is corrupt and cannot be inspected")

# 098 — text + HTML: four interviewees, under five people
P = people(4)
lines = "\n".join(f"　{i + 1}. {p['name']}様　{['6/23 10:00', '6/23 14:00', '6/24 11:00', '6/25 16:00'][i]}　携帯 {p['mobile']}"
                  for i, p in enumerate(P))
trs = "".join(f"<tr><td>{p['name']}様</td><td>{t}</td><td>{p['mobile']}</td></tr>"
              for p, t in zip(P, ["6/23 10:00", "6/23 14:00", "6/24 11:00", "6/25 16:00"]))
add(98, sender=NAGIRA, to=[MARUSHICHI], subject="面談日程の確定（4名様）", charset="utf-8",
    body=f"""石黒様

お世話になっております。柳楽です。
面談日程が確定しましたのでご連絡します。

{lines}

当日は当社の曽我部が伺います。
{SIG_NAGIRA}""",
    html=f"""<html><body><p>石黒様</p><p>お世話になっております。柳楽です。<br>面談日程が確定しましたのでご連絡します。</p>
<table border="1"><tr><th>お名前</th><th>日時</th><th>携帯</th></tr>{trs}</table>
<p>当日は当社の曽我部が伺います。</p></body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    expect="pass", note="four applicants' names and mobiles to the dealer: under five people")

# 099 — internal: legal asks about a My Number and a medical certificate received by mistake
p = person(1955, 1975)
mn = next_my_number()
add(99, sender=MAKABE, to=["法務部 <houmu@hinode-sangyo.co.jp>"], subject="誤って受領した個人番号・診断書の取扱いについて（相談）",
    body=f"""法務部 ご担当者様

審査部の真壁です。ご相談させてください。
販売店経由で届いた申込書類の中に、以下が含まれていました。

　・{p['name']}様（連帯保証人）のマイナンバーカード写し（個人番号 {mn}）
　・同氏の診断書（2型糖尿病・慢性腎臓病、通院治療中）

いずれも当社では取得すべきでない情報ですので、廃棄または返却を
考えておりますが、手順と記録の残し方についてご指示ください。
{SIG_MAKABE}""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    expect="pass", note="My Number and diagnosis, but the only recipient is the internal legal department")

# 100 — an applicant's religious belief, named, to the guarantee company
p = person(1958, 1975)
add(100, sender=SOGABE, to=[AOI_UNO], subject="Re: 保証審査 追加ヒアリング結果", charset="shift_jis",
    body=f"""宇野様

お世話になっております。曽我部です。
ご質問いただいた資金使途の件、販売店経由でヒアリングした結果をお伝えします。

{p['shop']}の{p['name']}様は、ある新宗教団体の熱心な信者で、
昨年は事業収入の相当額を教団への献金に充てていたとのことです。
ご本人は「今後は献金を控える」とおっしゃっているそうですが、
返済原資への影響を懸念しております。

この点も踏まえてご判断いただけますでしょうか。
{SIG_SOGABE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    expect="stop", note="a named applicant's religious belief (要配慮) sent to the guarantee company")
