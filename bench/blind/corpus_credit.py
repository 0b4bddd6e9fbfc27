"""ブラインド評価コーパス — AREA = credit（クレジット・リース事業: 与信審査、申込者の勤務先・年収、
本人確認書類、延滞者リスト、債権回収会社、保証会社、加盟店（ディーラー）、口座振替・総合振込、カード番号）。

日の出産業株式会社 クレジット・リース事業本部（hinode-sangyo.co.jp / credit.hinode-sangyo.co.jp）の
送信メール 100 通。SEED = 25201（マイナンバー・カード番号は my_number(SEED + k) / card_number(SEED + k)）。
人物・住所・電話番号・口座番号などはすべて架空。
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 25201
AREA = "credit"

# -- 番号 -----------------------------------------------------------------------------
_K = {"next": 0}


def _k() -> int:
    k = _K["next"]
    _K["next"] += 1
    return k


def MN() -> str:
    """マイナンバー（毎回別の k）"""
    return my_number(SEED + _k())


def CARD() -> str:
    """カード番号（毎回別の k）"""
    return card_number(SEED + _k())


def grp4(s: str, sep: str = "-") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def corp_number(base12: str) -> str:
    """法人番号（先頭がチェックデジット）"""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-.()/ ,", "０１２３４５６７８９－．（）／　，")


def fw(s: str) -> str:
    """全角化（数字・ハイフン・ピリオド）"""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "short":
        return f"{ab}{ey}.{m}.{d}"
    if style == "fw":
        return fw(f"{ab}{ey}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ")
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{d}日")
    raise ValueError(style)


def dwidth(s: str) -> int:
    return sum(1 if ord(c) < 0x2000 or 0xFF61 <= ord(c) <= 0xFF9F else 2 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - dwidth(s), 1)


def zpad(s: str, width: int) -> str:
    """全角スペースで揃える（幅は全角文字数）"""
    n = max(width - (dwidth(s) + 1) // 2, 1)
    return s + "　" * n


# -- 架空の人物 ------------------------------------------------------------------------
SURNAMES = [
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("御手洗", "ミタライ", "Mitarai"), ("長谷部", "ハセベ", "Hasebe"),
    ("九十九", "ツクモ", "Tsukumo"), ("鬼頭", "キトウ", "Kito"), ("宇佐美", "ウサミ", "Usami"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"),
    ("佐々木", "ササキ", "Sasaki"), ("高橋", "タカハシ", "Takahashi"), ("渡邉", "ワタナベ", "Watanabe"),
    ("伊集院", "イジュウイン", "Ijuin"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("百武", "ヒャクタケ", "Hyakutake"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("栗原", "クリハラ", "Kurihara"), ("相馬", "ソウマ", "Soma"), ("熊谷", "クマガイ", "Kumagai"),
    ("安孫子", "アビコ", "Abiko"), ("舘野", "タテノ", "Tateno"), ("蓮見", "ハスミ", "Hasumi"),
    ("根来", "ネゴロ", "Negoro"), ("一ノ瀬", "イチノセ", "Ichinose"), ("沖田", "オキタ", "Okita"),
    ("真栄田", "マエダ", "Maeda"), ("樋渡", "ヒワタシ", "Hiwatashi"), ("古謝", "コジャ", "Koja"),
    ("鈴木", "スズキ", "Suzuki"), ("田中", "タナカ", "Tanaka"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"),
    ("阿部", "アベ", "Abe"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("後藤", "ゴトウ", "Goto"), ("長尾", "ナガオ", "Nagao"), ("柳田", "ヤナギダ", "Yanagida"),
    ("雲母", "キララ", "Kirara"), ("鳥飼", "トリカイ", "Torikai"), ("馬場", "ババ", "Baba"),
    ("城之内", "ジョウノウチ", "Jonouchi"), ("三反田", "サンタンダ", "Santanda"),
]
GIVEN = [
    ("大輔", "ダイスケ", "Daisuke"), ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"),
    ("由美子", "ユミコ", "Yumiko"), ("翔太", "ショウタ", "Shota"), ("千尋", "チヒロ", "Chihiro"),
    ("敏行", "トシユキ", "Toshiyuki"), ("和子", "カズコ", "Kazuko"), ("拓海", "タクミ", "Takumi"),
    ("さやか", "サヤカ", "Sayaka"), ("正憲", "マサノリ", "Masanori"), ("恵理", "エリ", "Eri"),
    ("隆之介", "リュウノスケ", "Ryunosuke"), ("友梨", "ユリ", "Yuri"), ("茂", "シゲル", "Shigeru"),
    ("綾乃", "アヤノ", "Ayano"), ("浩二", "コウジ", "Koji"), ("真由", "マユ", "Mayu"),
    ("賢治", "ケンジ", "Kenji"), ("瑞穂", "ミズホ", "Mizuho"), ("勇気", "ユウキ", "Yuki"),
    ("久美", "クミ", "Kumi"), ("雅人", "マサト", "Masato"), ("桃子", "モモコ", "Momoko"),
    ("宗一郎", "ソウイチロウ", "Soichiro"), ("奈々", "ナナ", "Nana"), ("亮", "リョウ", "Ryo"),
    ("文江", "フミエ", "Fumie"), ("光太郎", "コウタロウ", "Kotaro"), ("陽菜", "ヒナ", "Hina"),
    ("源太", "ゲンタ", "Genta"), ("紀子", "ノリコ", "Noriko"), ("孝", "タカシ", "Takashi"),
    ("沙織", "サオリ", "Saori"), ("武志", "タケシ", "Takeshi"), ("静香", "シズカ", "Shizuka"),
]
ADDRS = [
    ("231-0023", "神奈川県", "横浜市中区山下町", "045"),
    ("252-0236", "神奈川県", "相模原市中央区富士見", "042"),
    ("251-0025", "神奈川県", "藤沢市鵠沼石上", "0466"),
    ("330-0854", "埼玉県", "さいたま市大宮区桜木町", "048"),
    ("343-0813", "埼玉県", "越谷市越ヶ谷", "048"),
    ("260-0013", "千葉県", "千葉市中央区中央", "043"),
    ("273-0005", "千葉県", "船橋市本町", "047"),
    ("170-0013", "東京都", "豊島区東池袋", "03"),
    ("120-0034", "東京都", "足立区千住", "03"),
    ("183-0055", "東京都", "府中市府中町", "042"),
    ("192-0083", "東京都", "八王子市旭町", "042"),
    ("310-0015", "茨城県", "水戸市宮町", "029"),
    ("320-0811", "栃木県", "宇都宮市大通り", "028"),
    ("371-0023", "群馬県", "前橋市本町", "027"),
    ("420-0031", "静岡県", "静岡市葵区呉服町", "054"),
    ("460-0008", "愛知県", "名古屋市中区栄", "052"),
    ("530-0001", "大阪府", "大阪市北区梅田", "06"),
    ("590-0028", "大阪府", "堺市堺区三国ヶ丘御幸通", "072"),
    ("650-0021", "兵庫県", "神戸市中央区三宮町", "078"),
    ("604-8005", "京都府", "京都市中京区恵比須町", "075"),
    ("730-0035", "広島県", "広島市中区本通", "082"),
    ("812-0011", "福岡県", "福岡市博多区博多駅前", "092"),
    ("860-0844", "熊本県", "熊本市中央区水道町", "096"),
    ("900-0015", "沖縄県", "那覇市久茂地", "098"),
    ("980-0811", "宮城県", "仙台市青葉区一番町", "022"),
    ("060-0042", "北海道", "札幌市中央区大通西", "011"),
    ("950-0087", "新潟県", "新潟市中央区東大通", "025"),
    ("920-0981", "石川県", "金沢市片町", "076"),
    ("700-0023", "岡山県", "岡山市北区駅前町", "086"),
    ("790-0004", "愛媛県", "松山市大街道", "089"),
]
BLDGS = ["コーポ若葉", "メゾン桜坂", "グランドール栄", "ハイツ緑ヶ丘", "サンライズ21",
         "パークサイド本町", "ロイヤルヒルズ", "エクセル東", "ベルメゾン"]
EMPLOYERS = [
    "株式会社ミナト精機", "相模交通株式会社", "東邦ビルメンテナンス株式会社", "有限会社丸吉水産",
    "自営業（居酒屋経営）", "株式会社グリーンロジ", "日本エアテクノ株式会社", "株式会社北斗建設",
    "パート（スーパーあおい）", "株式会社シンセイ電子", "学校法人桜花学園", "株式会社ベイフロント物流",
    "フリーランス（Webデザイン）", "株式会社丸和食品", "社会福祉法人さくら会", "株式会社アクアテック",
    "東和交通株式会社（乗務員）", "株式会社大成印刷工業", "年金受給", "株式会社ソラテック",
    "医療法人社団清和会", "株式会社ことぶき住宅", "アルバイト（コンビニ）", "株式会社東雲フーズ",
]
BANKS = [("あさぎり銀行", "駅前支店"), ("こまくさ信用金庫", "本町支店"), ("しおかぜ銀行", "港南支店"),
         ("ゆりかご信用組合", "中央支店"), ("東和銀行", "新宿西口支店"), ("みどり銀行", "大宮支店"),
         ("はやて銀行", "栄町支店"), ("あけぼの信用金庫", "北口支店")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def _tel(r: random.Random, area: str) -> str:
    if len(area) == 2:
        return f"{area}-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{r.randint(200, 899)}-{r.randint(1000, 9999)}"
    return f"{area}-{r.randint(20, 89)}-{r.randint(1000, 9999)}"


def P(i: int) -> dict:
    """架空の人物 i（決定的）"""
    r = random.Random(f"{SEED}-person-{i}")
    sur = r.choice(SURNAMES)
    giv = r.choice(GIVEN)
    y, m, d = r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28)
    z, pref, city, area = r.choice(ADDRS)
    banchi = f"{r.randint(1, 9)}-{r.randint(1, 28)}-{r.randint(1, 19)}"
    bldg = r.choice(["", "", "", f" {r.choice(BLDGS)}{r.randint(1, 5)}0{r.randint(1, 8)}"])
    mobile = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    home = _tel(r, area)
    local = r.choice([f"{giv[2].lower()}.{sur[2].lower()}", f"{sur[2].lower()}{y % 100:02d}",
                      f"{giv[2][0].lower()}{sur[2].lower()}{r.randint(1, 99)}",
                      f"{sur[2].lower()}_{giv[2].lower()}"])
    email = f"{local}@{r.choice(FREEMAIL)}"
    bank = r.choice(BANKS)
    acct = f"{r.randint(1000000, 9999999)}"
    age = 2025 - y - (1 if (m, d) > (11, 15) else 0)
    employer = r.choice(EMPLOYERS)
    if employer == "年金受給" and age < 64:
        employer = "株式会社ハーバーテック"
    return {
        "sei": sur[0], "mei": giv[0], "name": f"{sur[0]} {giv[0]}", "name_nsp": f"{sur[0]}{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2]}", "ROMAJI": f"{sur[2].upper()} {giv[2].upper()}",
        "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}", "dob_iso": f"{y}-{m:02d}-{d:02d}",
        "age": age, "zip": z, "pref": pref, "city": city, "banchi": banchi, "bldg": bldg.strip(),
        "addr": f"{pref}{city}{banchi}{bldg}", "mobile": mobile, "home": home, "email": email,
        "employer": employer, "income": r.choice(range(180, 980, 20)),
        "years": r.randint(1, 28), "bank": bank[0], "branch": bank[1], "acct": acct,
        "arrears": r.choice(range(12, 480)) * 1000, "days": r.choice([31, 45, 62, 63, 90, 91, 120, 151, 182]),
        "contract": f"{r.choice(['CL', 'AL', 'SP', 'RF'])}-{r.randint(20, 25)}{r.randint(100000, 999999)}",
        "cust": f"{r.randint(10000000, 99999999)}",
    }


def yen(n: int) -> str:
    return f"{n:,}"


# -- 社内の送信者と署名 -----------------------------------------------------------------
COMPANY = "日の出産業株式会社 クレジット・リース事業本部"
ADDR_HQ = "〒105-0014 東京都港区芝2-8-11 日の出芝ビル7F"

STAFF = {
    "isurugi": ("石動 健", "ken.isurugi@hinode-sangyo.co.jp", "債権管理部 回収課", "03-5441-7722"),
    "saeki": ("佐伯 智美", "tomomi.saeki@hinode-sangyo.co.jp", "与信審査部 審査第一課", "03-5441-7710"),
    "osone": ("大曽根 拓也", "takuya.osone@hinode-sangyo.co.jp", "リース営業部 第二グループ", "03-5441-7745"),
    "chihaya": ("千早 由紀", "yuki.chihaya@hinode-sangyo.co.jp", "加盟店営業部", "03-5441-7730"),
    "shinomiya": ("篠宮 遼", "ryo.shinomiya@hinode-sangyo.co.jp", "カード事業部 決済サービス課", "03-5441-7760"),
    "morinaga": ("森永 亜希子", "akiko.morinaga@hinode-sangyo.co.jp", "経理部 経理課", "03-5441-7702"),
    "makabe": ("真壁 聡", "satoshi.makabe@hinode-sangyo.co.jp", "情報システム部", "03-5441-7790"),
    "funahashi": ("舟橋 京子", "kyoko.funahashi@hinode-sangyo.co.jp", "総務部 人事課", "03-5441-7705"),
    "ayabe": ("綾部 修", "osamu.ayabe@hinode-sangyo.co.jp", "コンプライアンス室", "03-5441-7708"),
    "okonogi": ("小此木 玲奈", "rena.okonogi@hinode-sangyo.co.jp", "お客様相談センター", "0120-24-1180"),
    "kuga": ("久我 慎一郎", "shinichiro.kuga@hinode-sangyo.co.jp", "経営企画部", "03-5441-7700"),
    "hinata": ("日向 蓮", "ren.hinata@hinode-sangyo.co.jp", "リスク管理部 モデル管理G", "03-5441-7715"),
    "tamura": ("田村 かおり", "kaori.tamura@credit.hinode-sangyo.co.jp", "与信審査部 審査第二課", "03-5441-7711"),
}


def FROM(key: str) -> str:
    name, addr, _, _ = STAFF[key]
    return f"{name} <{addr}>"


def sig(key: str, style: int = 0) -> str:
    name, addr, dept, tel = STAFF[key]
    if style == 0:
        return (f"\n--\n{COMPANY}\n{dept}\n{name}\n{ADDR_HQ}\nTEL {tel} / FAX 03-5441-7799\n"
                f"E-mail {addr}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nクレジット・リース事業本部 {dept}\n"
                f"　{name}\n　{ADDR_HQ}\n　TEL：{tel}（直通）\n　Mail：{addr}\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n----------------------------------\n{dept}　{name}\n内線 {tel[-4:]}\n----------------------------------\n"
    romaji = {"hinata": "Ren Hinata", "shinomiya": "Ryo Shinomiya", "osone": "Takuya Osone",
              "kuga": "Shinichiro Kuga"}.get(key, name)
    return (f"\nBest regards,\n\n{romaji}\n{ {'hinata': 'Risk Management Dept., Model Governance', 'shinomiya': 'Card Business Div., Payment Services', 'osone': 'Leasing Sales Dept.', 'kuga': 'Corporate Planning Dept.'}.get(key, dept) }\n"
            f"Hinode Sangyo Co., Ltd. - Credit & Leasing Division\n2-8-11 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
            f"Tel: +81-3-{tel[3:]}\n{addr}\n")


DISCLAIMER_JA = (
    "\n※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送はご遠慮ください。\n")
DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information intended solely for "
    "the addressee. If you have received it in error, please notify the sender and delete it. "
    "Any unauthorised use, disclosure or copying is prohibited.\n")

MESSAGES: list[dict] = []


def M(**kw) -> None:
    MESSAGES.append(kw)



def people(start: int, n: int) -> list[dict]:
    """n 人（姓が重ならないように）"""
    out, seen, i = [], set(), start
    while len(out) < n:
        p = P(i)
        i += 1
        if p["sei"] in seen:
            continue
        seen.add(p["sei"])
        out.append(p)
    return out

# =====================================================================================
# 001–025
# =====================================================================================

# 001 延滞者リスト（ASCII スペース揃え）→ 債権回収会社
_ps = people(0, 8)
_rows = "\n".join(
    pad(p["contract"], 14) + pad(p["name"], 16) + pad(p["mobile"], 16) + pad(yen(p["arrears"]), 10)
    + pad(str(p["days"]), 6) + p["addr"] for p in _ps)
M(id="credit-001", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["三上 浩 <h.mikami@toto-servicer.co.jp>"],
  subject="【督促委託】11月度 委託対象先リストの送付",
  body=f"""東都債権回収株式会社
業務部 三上様

いつも大変お世話になっております。
日の出産業 債権管理部の石動です。

11月度の督促委託対象先をお送りいたします。
今回は8件です。前月からの継続分は含めておりません。

契約番号      氏名            携帯電話        延滞額    日数  住所
------------------------------------------------------------------------------------------
{_rows}

架電開始は11/25（火）からでお願いいたします。
入金が確認できた先は随時こちらからご連絡いたします。

よろしくお願いいたします。
{sig("isurugi")}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="延滞者8名の氏名・携帯・住所をスペース揃えで本文に貼付し社外（サービサー）へ")

# 002 リース料率改定の案内（免責文つき）→ 川崎電機
M(id="credit-002", charset="utf-8", sender=FROM("osone"),
  to=["川崎電機株式会社 営業推進部 野々村様 <nonomura@kawasaki-denki.co.jp>"],
  subject="2026年度上期 リース料率改定のご案内",
  body=f"""川崎電機株式会社
営業推進部　野々村様

いつもお世話になっております。日の出産業の大曽根でございます。

標記の件、2026年4月1日お見積り分より、リース料率を以下のとおり改定させていただきます。
市場金利の上昇を受けた措置となります。何卒ご理解賜りますようお願い申し上げます。

　期間　　現行　　　改定後
　3年　　2.955%　→　2.985%
　5年　　1.830%　→　1.862%
　6年　　1.545%　→　1.571%
　7年　　1.342%　→　1.368%

※月額リース料率（物件価格に対する割合、保険料込み）です。
※3月31日までにお見積りした案件は、5月末契約分まで現行料率を適用いたします。

正式なご案内文書は来週、郵送にてお送りいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。
{sig("osone", 1)}{DISCLAIMER_JA}""",
  expect="pass", entities=[], detectors=[],
  note="料率表と署名・定型の免責文だけの通常の取引先あてメール")

# 003 保証委託申込（1人1ブロック・5名）→ 保証会社
_ps = people(10, 5)
_blocks = []
for n, p in enumerate(_ps, 1):
    _blocks.append(f"""【{n}】申込番号 C-2511-{340 + n:04d}
　氏名　　：{p["name"]}（{p["kana"]}）
　生年月日：{wareki(p["y"], p["m"], p["d"])}
　住所　　：〒{p["zip"]} {p["addr"]}
　電話　　：{p["mobile"]}
　勤務先　：{p["employer"]}（勤続{p["years"]}年）
　年収　　：{p["income"]}万円
　申込内容：{["オートローン", "リフォームローン", "フリーローン", "教育ローン", "ブライダルローン"][n - 1]} {[180, 250, 50, 120, 80][n - 1]}万円""")
M(id="credit-003", charset="shift_jis", sender=FROM("saeki"),
  to=["あさひ信用保証株式会社 審査部 <shinsa@asahi-hosho.co.jp>"],
  subject="保証委託のお申込み（5件）11/18受付分",
  body=f"""あさひ信用保証株式会社
審査部 ご担当者様

お世話になっております。日の出産業 与信審査部の佐伯です。
11/18受付分の保証委託申込5件をお送りします。ご審査のほどよろしくお願いいたします。

{chr(10).join(_blocks)}

当社の一次審査はいずれも「可」です。
本人確認書類の写しは別途郵送いたします。
{sig("saeki")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="申込者5名の氏名・生年月日・住所・電話・勤務先・年収を1人1ブロックで社外の保証会社へ")

# 004 返信（引用部分に申込者一覧）→ 加盟店
_ps = people(20, 5)
_quoted = "\n".join(f"> {p['name']}様　{p['mobile']}　{wareki(p['y'], p['m'], p['d'], 'short')}生　{p['employer']}"
                    for p in _ps)
M(id="credit-004", charset="utf-8", sender=FROM("chihaya"),
  to=["カーステーション湘南 営業 伏見 <fushimi@carstation-shonan.jp>"],
  subject="Re: 本日のお申込み5件の件",
  body=f"""伏見様

お世話になっております。日の出産業の千早です。
ご連絡ありがとうございます。下記5件、確かに受け付けております。
審査結果は本日17時までにFAXでご回答いたしますので、今しばらくお待ちください。

千早

伏見様 wrote:
> 日の出産業　千早様
>
> いつもお世話になっております。カーステーション湘南の伏見です。
> 本日、以下5名様のお申込みを送信しました。ご確認をお願いします。
>
{_quoted}
>
> 納車が迫っている案件もありますので、よろしくお願いいたします。
{sig("chihaya", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="5名分のリストは返信の引用部分（>）のみで、新しい本文は受付連絡だけ")

# 005 口座振替 再振替依頼 XLSX（複数シート・タイトル行）→ みどり銀行
_ps = people(30, 12)
_sheet = [["2025年11月 再振替依頼一覧（日の出産業株式会社 クレジット・リース事業本部）"], [],
          ["No", "契約番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "振替金額", "連絡先電話"]]
for n, p in enumerate(_ps, 1):
    _sheet.append([n, p["contract"], p["kana"], p["bank"], p["branch"], "普通", p["acct"],
                   (p["arrears"] // 10) + 12000, p["home"]])
M(id="credit-005", charset="iso-2022-jp", sender=FROM("morinaga"),
  to=["伊東 香織 <k.ito@midori-ginko.co.jp>"],
  cc=["石動 健 <ken.isurugi@hinode-sangyo.co.jp>"],
  subject="11月度 再振替依頼データの送付について",
  body=f"""みどり銀行 法人営業部
伊東様

いつもお世話になっております。日の出産業 経理部の森永でございます。

11月27日実施分の再振替依頼データを添付にてお送りいたします。
対象は12件、合計金額は「集計」シートに記載のとおりです。

前回ご指摘いただいたカナ氏名の半角・全角混在は修正済みです。
お手数ですが、受領のご連絡をいただけますと幸いです。
{sig("morinaga")}""",
  attachments=[{"kind": "xlsx", "name": "再振替依頼_202511.xlsx", "title": "再振替依頼一覧",
                "sheets": {"再振替対象": _sheet,
                           "集計": [["項目", "値"], ["件数", 12],
                                   ["合計金額", sum(r[7] for r in _sheet[3:])], ["振替日", "2025/11/27"]],
                           "備考": [["前月からの変更点"], ["カナ氏名を全角に統一"]]}}],
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"], detectors=["personal_data"],
  note="12名の預金者名・口座番号・電話のXLSX（タイトル行・複数シート）を銀行へ")

# 006 カード番号（全角）を本文に → 決済代行
_c = CARD()
_p = P(44)
M(id="credit-006", charset="utf-8", sender=FROM("shinomiya"),
  to=["ペイブリッジ株式会社 カスタマーサポート <support@paybridge.co.jp>"],
  subject="返金処理のお願い（取引ID PB-20251114-88172）",
  body=f"""ペイブリッジ株式会社
加盟店サポートご担当者様

お世話になっております。日の出産業 カード事業部の篠宮です。

下記の取引について、二重決済となっていたため返金処理をお願いいたします。

　取引ID　　　：PB-20251114-88172
　会員氏名　　：{_p["name"]}（{_p["kana"]}）
　カード番号　：{fw(grp4(_c))}
　有効期限　　：０８／２８
　返金額　　　：１２，８００円

管理画面からの取消ができなかったため、メールでのご依頼となり恐縮です。
処理完了後、ご一報いただけますと助かります。
{sig("shinomiya", 1)}""",
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="会員のカード番号（全角数字）と氏名を本文に書いて社外の決済代行へ")

# 007 社内のみ：延滞者リスト XLSX
_ps = people(50, 15)
_rows = [["延滞者一覧（2025/11/17 時点）"], ["顧客番号", "氏名", "フリガナ", "生年月日", "携帯", "自宅", "住所", "延滞額", "延滞日数", "担当"]]
for n, p in enumerate(_ps):
    _rows.append([p["cust"], p["name"], p["kana"], p["dob"], p["mobile"], p["home"], p["addr"], p["arrears"],
                  p["days"], ["石動", "仁科", "浅香"][n % 3]])
M(id="credit-007", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["仁科 誠 <makoto.nishina@hinode-sangyo.co.jp>", "浅香 まどか <madoka.asaka@hinode-sangyo.co.jp>"],
  cc=["債権管理部 <saiken-kanri@hinode-sangyo.co.jp>"],
  subject="今週の架電割り振り（延滞者一覧）",
  body=f"""仁科さん、浅香さん

お疲れさまです。石動です。
今週分の延滞者一覧を添付します。担当列のとおり割り振りましたので、
木曜の定例までに一巡目の架電をお願いします。

90日超の先は、来週保証会社への代位弁済請求に回す予定です。
{sig("isurugi", 2)}""",
  attachments=[{"kind": "xlsx", "name": "延滞者一覧_1117.xlsx", "sheets": {"一覧": _rows}}],
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
  note="延滞者15名の一覧だが宛先がすべて社内（hinode-sangyo.co.jp）")

# 008 外部3社が To に並ぶ（加盟店説明会）
M(id="credit-008", charset="shift_jis", sender=FROM("chihaya"),
  to=["丸光自動車販売 営業部 <eigyo@marumitsu-motors.co.jp>",
      "カーステーション湘南 伏見様 <fushimi@carstation-shonan.jp>",
      "でんきのヤマモト 本店 <honten@yamamoto-denki.com>"],
  subject="【ご案内】新オートローン・ショッピングクレジット商品説明会（12/10）",
  body=f"""加盟店各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 加盟店営業部の千早でございます。

2026年1月より取扱いを開始する新商品について、説明会を下記のとおり開催いたします。

　日時：2025年12月10日（水）14:00～16:00
　会場：日の出芝ビル 3階 大会議室（東京都港区芝2-8-11）
　内容：・残価設定型オートローンの概要
　　　　・Web申込フローの変更点
　　　　・加盟店手数料の改定について

ご出席の可否を12月3日までにご返信いただけますと幸いです。
オンラインでのご参加も可能です（URLは後日ご案内いたします）。
{sig("chihaya")}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="社外の加盟店3社を To に並べて送信（互いのアドレスが見える、Bccにすべき）")

# 009 似せドメイン（midori-ginkou.co.jp）
M(id="credit-009", charset="utf-8", sender=FROM("morinaga"),
  to=["佐藤 正樹 <m.sato@midori-ginkou.co.jp>"],
  subject="口座振替結果データ（11月27日振替分）の受領方法について",
  body=f"""みどり銀行 法人営業部
佐藤様

お世話になっております。日の出産業 経理部の森永です。

11月27日振替分の結果データについて、従来のFD伝送からWeb伝送への切替に伴い、
受領方法を確認させてください。

1. 結果データの提供開始時刻（振替日の翌営業日何時から取得可能か）
2. 不能理由コードの一覧（最新版）
3. テスト伝送の日程（12月第1週を希望しております）

ご多忙のところ恐縮ですが、ご回答のほどよろしくお願いいたします。
{sig("morinaga", 1)}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先が取引銀行 midori-ginko.co.jp の似せドメイン midori-ginkou.co.jp")

# 010 パスワード付きZIP（PPAP）→ 保証会社
_ps = people(60, 4)
M(id="credit-010", charset="iso-2022-jp", sender=FROM("saeki"),
  to=["あさひ信用保証 審査部 宮園様 <miyazono@asahi-hosho.co.jp>"],
  subject="保証委託申込書一式（11/20受付分）",
  body=f"""あさひ信用保証株式会社
審査部　宮園様

お世話になっております。日の出産業の佐伯です。
11/20受付分の申込書一式を添付いたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

よろしくお願いいたします。
{sig("saeki", 2)}""",
  attachments=[{"kind": "zip", "name": "保証委託申込書_20251120.zip", "password": "Hn8#kq2Wz",
                "files": [{"kind": "xlsx", "name": "申込一覧.xlsx",
                           "sheets": {"申込": [["氏名", "生年月日", "住所", "年収"]]
                                      + [[p["name"], p["dob"], p["addr"], p["income"]] for p in _ps]}}]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="パスワード付きZIP（PPAP）で中身を検査できない添付を社外へ")

# 011 パスワード通知（別送）
M(id="credit-011", charset="iso-2022-jp", sender=FROM("saeki"),
  to=["あさひ信用保証 審査部 宮園様 <miyazono@asahi-hosho.co.jp>"],
  subject="パスワードのお知らせ（保証委託申込書一式）",
  body=f"""宮園様

先ほどお送りした「保証委託申込書_20251120.zip」のパスワードをお知らせします。

　Hn8#kq2Wz

ご確認のほどよろしくお願いいたします。
佐伯
{sig("saeki", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="パスワード通知のみの別送メール（添付なし・個人データなし）")

# 012 要配慮（病歴）1名 → 保証会社
_p = P(70)
M(id="credit-012", charset="utf-8", sender=FROM("isurugi"),
  to=["あさひ信用保証 管理部 期中管理課 <kanri@asahi-hosho.co.jp>"],
  subject="返済条件変更のご相談（契約番号 CL-2418842）",
  body=f"""あさひ信用保証株式会社
管理部 期中管理課 ご担当者様

いつもお世話になっております。日の出産業 債権管理部の石動です。

保証付きカードローンのお客様について、返済条件変更のご相談です。

　契約番号：CL-2418842
　お客様　：{_p["name"]}様（{_p["age"]}歳）
　残高　　：1,284,000円

ご本人から11/12にお電話があり、9月に乳がんと診断され、
10月に手術、現在は抗がん剤治療のため休職中（傷病手当金受給中）とのことです。
治療はあと半年ほど続く見込みで、その間は約定返済が難しいため、
6か月間の元金据置（利息のみの返済）を希望されています。

診断書の写しは本人から郵送で受領済みです。
保証会社様として条件変更に同意いただけるか、ご検討をお願いいたします。
{sig("isurugi")}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="特定の顧客1名の病歴（乳がん・抗がん剤治療）を社外の保証会社へ（要配慮個人情報）")

# 013 HTML のみ：架電リスト表 → コールセンター委託先
_ps = people(80, 9)
_tr = "\n".join(
    f"<tr><td>{p['cust']}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['mobile']}</td>"
    f"<td>{p['home']}</td><td align=\"right\">{yen(p['arrears'])}</td><td>{['平日夜', '土日', '平日昼', '不問'][n % 4]}</td></tr>"
    for n, p in enumerate(_ps))
M(id="credit-013", charset="utf-8", sender=FROM("isurugi"),
  to=["ネクストコール株式会社 SV 今泉様 <imaizumi@nextcall.co.jp>"],
  subject="初期延滞 架電リスト（11/19分）",
  html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ネクストコール株式会社<br>今泉様</p>
<p>お世話になっております。日の出産業 債権管理部の石動です。<br>
本日分の初期延滞（1～30日）架電リストをお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#dde7f3"><th>顧客番号</th><th>氏名</th><th>カナ</th><th>携帯</th><th>自宅</th><th>延滞額</th><th>希望時間帯</th></tr>
{_tr}
</table>
<p>トークスクリプトは先週お送りしたv3.2をご使用ください。<br>
結果は明日10時までに共有フォルダへアップロードをお願いします。</p>
<p>--<br>日の出産業株式会社 債権管理部 回収課<br>石動 健<br>TEL 03-5441-7722</p>
</body></html>""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="HTMLのみのメールで顧客9名の氏名・電話の表を社外の架電委託先へ")

# 014 加盟店（店舗）一覧 → 印刷会社（事業者のリスト）
M(id="credit-014", charset="iso-2022-jp", sender=FROM("chihaya"),
  to=["錦印刷株式会社 制作部 <seisaku@nishiki-insatsu.co.jp>"],
  subject="「提携加盟店のご案内」リーフレット原稿（掲載店舗一覧）",
  body=f"""錦印刷株式会社
制作部 ご担当者様

お世話になっております。日の出産業の千早です。
リーフレット裏面に掲載する提携加盟店の一覧をお送りします。

・丸光自動車販売 本店
　〒252-0231 神奈川県相模原市中央区相模原4-3-8　TEL 042-758-3311　営業 9:30-19:00（水曜定休）
・丸光自動車販売 橋本店
　〒252-0143 神奈川県相模原市緑区橋本6-12-1　TEL 042-771-2020　営業 9:30-19:00（水曜定休）
・カーステーション湘南
　〒251-0041 神奈川県藤沢市辻堂神台2-5-3　TEL 0466-33-5151　営業 10:00-19:00（火曜定休）
・でんきのヤマモト 本店
　〒330-0846 埼玉県さいたま市大宮区大門町1-8　TEL 048-641-0088　営業 10:00-20:00
・でんきのヤマモト 越谷店
　〒343-0845 埼玉県越谷市南越谷4-21-2　TEL 048-985-7700　営業 10:00-20:00
・ホームプラザ山手 リフォーム館
　〒231-0862 神奈川県横浜市中区山手町9-2　TEL 045-622-4848　営業 10:00-18:00（日祝休）
・川崎電機 ショールーム川崎
　〒210-0007 神奈川県川崎市川崎区駅前本町11-2　TEL 044-211-6060　営業 10:00-17:30

店舗名の表記は各社ロゴに合わせて調整をお願いします。
初校は12/5（金）までにいただけますと助かります。
{sig("chihaya")}""",
  expect="pass", entities=[], detectors=[],
  note="掲載する加盟店（事業者の店舗）の所在地・代表電話の一覧で、個人のリストではない")

# 015 DM 発送リスト CSV（CP932）→ 印刷会社
_ps = people(100, 40)
_csv = [["顧客番号", "郵便番号", "住所1", "住所2", "氏名", "敬称", "DM種別"]]
for p in _ps:
    _csv.append([p["cust"], p["zip"], p["pref"] + p["city"] + p["banchi"], p["bldg"], p["name"], "様",
                 "カードローン増枠案内"])
M(id="credit-015", charset="shift_jis", sender="小野寺 航 <wataru.onodera@hinode-sangyo.co.jp>",
  to=["錦印刷株式会社 DM事業部 丹羽様 <niwa@nishiki-insatsu.co.jp>"],
  subject="12月DM 宛名データ送付の件",
  body="""錦印刷株式会社
DM事業部　丹羽様

いつもお世話になっております。
日の出産業 カード事業部 販促グループの小野寺です。

12月発送分の「カードローン増枠のご案内」の宛名データをお送りします。
今回はテスト的に40件のみです。本番分（約12,000件）は来週お送りします。

封入物・スケジュールは先日の打合せどおりでお願いいたします。

--
日の出産業株式会社 クレジット・リース事業本部
カード事業部 販促グループ　小野寺 航
TEL 03-5441-7765
""",
  attachments=[{"kind": "csv", "name": "DM宛名_202512_test.csv", "encoding": "cp932", "rows": _csv}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="顧客40名の氏名・住所のCSV（CP932）を社外の印刷会社へ")

# 016 運転免許証番号（1名）→ 自動車ディーラー
_p = P(140)
M(id="credit-016", charset="iso-2022-jp", sender=FROM("saeki"),
  to=["丸光自動車販売 橋本店 営業 木崎様 <kizaki@marumitsu-motors.co.jp>"],
  subject="オートローンお申込み（受付番号 A-25111902）本人確認書類の不一致",
  body=f"""丸光自動車販売株式会社
橋本店　木崎様

いつもお世話になっております。日の出産業 与信審査部の佐伯です。

受付番号 A-25111902 のお申込みについて確認させてください。

　お申込者：{_p["name"]}様（{wareki(_p["y"], _p["m"], _p["d"])}生）
　申込書記載の運転免許証番号：第452009183470号
　免許証コピーの番号　　　　：第452009183471号

末尾の交付回数が異なっております。再交付を受けられた可能性がありますので、
お手数ですがお客様に最新の免許証をご提示いただき、再度コピーをお送りください。
確認が取れ次第、審査を再開いたします。
{sig("saeki", 1)}""",
  expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="申込者1名の運転免許証番号（12桁）と氏名・生年月日を社外のディーラーへ")

# 017 申込者1名の連絡先 → 家電販売店（1名・警告可）
_p = P(141)
M(id="credit-017", charset="utf-8", sender=FROM("tamura"),
  to=["でんきのヤマモト 越谷店 クレジット担当 <koshigaya@yamamoto-denki.com>"],
  subject="ショッピングクレジット 在籍確認が取れません（受付 S-1119-0217）",
  body=f"""でんきのヤマモト 越谷店
クレジットご担当者様

お世話になっております。日の出産業 与信審査部の田村です。

本日お申込みいただいた受付番号 S-1119-0217 の件、
お申込者の{_p["name"]}様（携帯 {_p["mobile"]}）へ本人確認のお電話を3回差し上げましたが、
つながっておりません。

店頭でお客様とご連絡が取れるようでしたら、当社（0120-24-1190）まで
折り返しいただくようお伝えいただけますでしょうか。

よろしくお願いいたします。

日の出産業株式会社 与信審査部 審査第二課
田村 かおり
TEL 03-5441-7711
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="申込者1名の氏名と携帯のみを加盟店へ（1～4名の範囲、警告まで）")

# 018 社外秘スタンプ付き DOCX → 加盟店
M(id="credit-018", charset="shift_jis", sender=FROM("chihaya"),
  to=["カーステーション湘南 代表 小笠原様 <ogasawara@carstation-shonan.jp>"],
  subject="審査の考え方について（ご参考資料）",
  body=f"""カーステーション湘南
小笠原社長

先日はお時間をいただきありがとうございました。日の出産業の千早です。

お話のあった「否決が続く理由」について、当社の審査の考え方をまとめた資料を添付いたします。
お客様へのご案内の際のご参考になれば幸いです。
{sig("chihaya")}""",
  attachments=[{"kind": "docx", "name": "与信審査ガイドライン_抜粋_v2.3.docx",
                "title": "与信審査ガイドライン（抜粋）", "page_header": "社外秘", "page_footer": "日の出産業株式会社 与信審査部",
                "paragraphs": ["与信審査ガイドライン（抜粋） 第2.3版",
                               "1. 基本方針", "返済比率（年収に対する年間返済額の割合）が35%を超える場合は原則否決とする。",
                               "2. 勤続年数", "勤続1年未満の場合、保証会社の保証を必須とする。",
                               "3. 信用情報", "過去24か月以内に61日以上の延滞がある場合は否決とする。",
                               "4. スコア区分", "A（720以上）：自動承認　B（650-719）：審査員判断　C（649以下）：否決"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="ヘッダーに「社外秘」と表示された社内審査基準のDOCXを加盟店へ送付")

# 019 秘密保持契約（NDA）の相談 → 法律事務所
M(id="credit-019", charset="iso-2022-jp", sender=FROM("ayabe"),
  to=["白川法律事務所 弁護士 白川 紘一先生 <k.shirakawa@shirakawa-law.jp>"],
  cc=["佐伯 智美 <tomomi.saeki@hinode-sangyo.co.jp>"],
  subject="ペイブリッジ社との秘密保持契約書（案）のご確認のお願い",
  body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 コンプライアンス室の綾部でございます。

決済代行のペイブリッジ株式会社との業務提携の検討にあたり、
先方から秘密保持契約書（案）が提示されましたので、リーガルチェックをお願いできますでしょうか。

特に気になっている点は以下です。
・第2条の「秘密情報」の定義に、口頭で開示した情報が含まれていない点
・第7条の有効期間（契約終了後1年）が短いのではないか
・個人情報の取扱いを別途の覚書に委ねている点

12月5日の先方との打合せまでにコメントをいただけますと大変助かります。
{sig("ayabe")}""",
  attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_ペイブリッジ.docx",
                "paragraphs": ["秘密保持契約書（案）",
                               "日の出産業株式会社（以下「甲」という。）とペイブリッジ株式会社（以下「乙」という。）は、"
                               "業務提携の検討（以下「本目的」という。）に関し、以下のとおり契約を締結する。",
                               "第1条（目的） 本契約は、本目的のために相互に開示される秘密情報の取扱いを定める。",
                               "第2条（秘密情報） 本契約において秘密情報とは、開示者が書面により秘密である旨を明示して開示した"
                               "技術上又は営業上の情報をいう。",
                               "第3条（秘密保持義務） 受領者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                               "第7条（有効期間） 本契約の有効期間は締結日から1年間とし、契約終了後も1年間は第3条の効力を存続する。",
                               "甲 東京都港区芝2-8-11 日の出産業株式会社 代表取締役",
                               "乙 東京都千代田区神田須田町1-12 ペイブリッジ株式会社 代表取締役"]}],
  expect="pass", entities=[], detectors=[],
  note="秘密保持契約についての相談と契約書案で、機密区分のスタンプはない（NDAの話題）")

# 020 総合振込（返金対象者の口座）タブ区切り → 銀行
_ps = people(150, 7)
_tab = "\n".join(f"{p['kana']}\t{p['bank']}\t{p['branch']}\t普通\t{p['acct']}\t{yen(3000 + (p['arrears'] // 100))}"
                 for p in _ps)
M(id="credit-020", charset="utf-8", sender=FROM("morinaga"),
  to=["みどり銀行 法人営業部 伊東様 <k.ito@midori-ginko.co.jp>"],
  subject="過入金返金分の総合振込（11/28実行分）",
  body=f"""伊東様

いつもお世話になっております。日の出産業 経理部の森永です。

過入金となっているお客様への返金を、11/28付の総合振込でお願いしたく存じます。
振込データの作成が間に合わず申し訳ございませんが、以下の内容で代行入力をお願いできますでしょうか。

受取人名\t銀行\t支店\t種目\t口座番号\t金額
{_tab}

振込手数料は当社負担でお願いします。
{sig("morinaga", 2)}""",
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
  note="返金対象の顧客7名の氏名（カナ）と口座番号をタブ区切りで本文に記載し銀行へ")

# 021 在留カード番号（1名）→ 保証会社
M(id="credit-021", charset="utf-8", sender=FROM("tamura"),
  to=["ほくと保証株式会社 審査課 <shinsa@hokuto-guarantee.co.jp>"],
  subject="保証審査 追加資料（外国籍のお申込者）",
  body="""ほくと保証株式会社
審査課 ご担当者様

お世話になっております。日の出産業 与信審査部の田村です。
11/19にお申込みいただいた案件について、追加でご照会のあった在留資格の情報をお知らせします。

　氏名（在留カード記載）：NGUYEN THI THU HA
　生年月日：1993年2月14日
　在留カード番号：UH48201735FA
　在留資格：技術・人文知識・国際業務
　在留期間の満了日：2027年8月31日
　勤務先：株式会社シンセイ電子（勤続4年、年収410万円）

在留期限が返済期間（60回）より前に到来しますが、更新実績が2回ございます。
ご判断のほどよろしくお願いいたします。

--
与信審査部 審査第二課 田村 かおり
TEL 03-5441-7711
""",
  expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="申込者1名の在留カード番号・生年月日を社外の保証会社へ")

# 022 2社が To/Cc（3者打合せ）
M(id="credit-022", charset="shift_jis", sender=FROM("makabe"),
  to=["みどり銀行 事務統括部 川端様 <kawabata@midori-ginko.co.jp>"],
  cc=["ツバサシステム 小田切様 <odagiri@tsubasa-system.jp>"],
  subject="口座振替Web伝送切替 三者打合せの日程調整",
  body=f"""みどり銀行 事務統括部 川端様
（Cc：ツバサシステム 小田切様）

お世話になっております。日の出産業 情報システム部の真壁です。

口座振替データのWeb伝送切替について、三者での打合せをお願いしたく、
以下の候補日からご都合をお知らせいただけますでしょうか。

　① 12月2日（火）10:00～11:30
　② 12月3日（水）15:00～16:30
　③ 12月5日（金）13:30～15:00

場所は当社（港区芝）、またはTeamsでも構いません。
議題は、伝送フォーマット（全銀協規定準拠）の差分確認と、テスト日程の確定を予定しております。
{sig("makabe")}""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="取引先2社（銀行とシステム会社）を To/Cc に入れた通常の三者打合せ調整")

# 023 ZIP（パスワードなし）に CSV（UTF-8）→ システム会社
_ps = people(160, 20)
_csv = [["契約者番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "契約種別"]]
for p in _ps:
    _csv.append([p["cust"], p["name"], p["kana"], p["dob_iso"], p["zip"], p["addr"], p["mobile"], p["email"],
                 "個人リース"])
M(id="credit-023", charset="iso-2022-jp", sender=FROM("makabe"),
  to=["ツバサシステム株式会社 小田切 様 <odagiri@tsubasa-system.jp>"],
  subject="新リース管理システム 移行テスト用データ（サンプル20件）",
  body=f"""小田切様

お世話になっております。真壁です。
移行リハーサル用に、本番環境から抽出したサンプルデータ20件をお送りします。
文字コードはUTF-8、区切りはカンマです。項目定義はreadmeをご参照ください。

外字（旧字体）が含まれるレコードも混ぜてありますので、変換結果をご確認ください。
{sig("makabe", 2)}""",
  attachments=[{"kind": "zip", "name": "migration_sample_1118.zip",
                "files": [{"kind": "csv", "name": "lease_customers.csv", "encoding": "utf-8", "rows": _csv},
                          {"kind": "txt", "name": "readme.txt",
                           "text": "lease_customers.csv 項目定義\n契約者番号: 8桁\n氏名: 全角\n生年月日: YYYY-MM-DD\n"}]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="本番の契約者20名のデータ（CSV）をZIPに入れて社外のシステム会社へ")

# 024 社内のみ：個人地主のマイナンバー
_mn = MN()
M(id="credit-024", charset="utf-8", sender=FROM("osone"),
  to=["森永 亜希子 <akiko.morinaga@hinode-sangyo.co.jp>"],
  subject="【支払調書】資材置場の地主様 個人番号の件",
  body=f"""森永さん

お疲れさまです。リース営業部の大曽根です。
相模原の資材置場（建機リース用）の地主様から、個人番号の提供を受けましたので共有します。
不動産の使用料等の支払調書の作成にお使いください。

　地主様：舘野 源一郎 様
　住所　：神奈川県相模原市緑区大島1587-3
　個人番号：{grp4(_mn, " ")}
　年間賃料：1,440,000円

番号確認書類（通知カード写し）と身元確認書類は、原本確認のうえ総務の金庫に保管しています。
{sig("osone", 2)}""",
  expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=[],
  note="マイナンバーを含むが宛先が社内の経理担当のみ")

# 025 申込書に書かれたマイナンバーを本文で引用 → リフォーム会社
_mn = MN()
_p = P(170)
M(id="credit-025", charset="iso-2022-jp", sender=FROM("saeki"),
  to=["ホームプラザ山手 リフォーム館 桐山様 <kiriyama@yamate-homeplaza.jp>"],
  subject="リフォームローン申込書の再提出のお願い（受付 R-251118-05）",
  body=f"""ホームプラザ山手
リフォーム館　桐山様

お世話になっております。日の出産業 与信審査部の佐伯です。

受付番号 R-251118-05（{_p["name"]}様）の申込書についてご連絡です。
「本人確認書類」欄に、運転免許証番号ではなく個人番号（{_mn}）が記入されておりました。

当社では個人番号をお預かりすることができないため、
お手数ですが、個人番号を記入しない形で申込書を再作成いただけますでしょうか。
お預かりした申込書原本は、本日中に返送いたします。
{sig("saeki")}""",
  expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
  note="申込者の個人番号（マイナンバー）を本文に書き写して社外の加盟店へ")
# =====================================================================================
# 026–050
# =====================================================================================

# 026 転送（元メールを .eml 添付）：加盟店からの申込一覧 → 保証会社
_ps = people(190, 6)
_inner_rows = "\n".join(f"{n}. {p['name']}（{p['kana']}） {p['dob']}生 TEL:{p['mobile']}\n   {p['addr']}　{p['employer']}"
                        for n, p in enumerate(_ps, 1))
_inner = {"charset": "iso-2022-jp", "sender": "丸光自動車販売 木崎 <kizaki@marumitsu-motors.co.jp>",
          "to": ["千早 由紀 <yuki.chihaya@hinode-sangyo.co.jp>"],
          "subject": "今週分お申込み一覧（橋本店）",
          "body": f"""日の出産業　千早様

お世話になっております。丸光自動車販売 橋本店の木崎です。
今週分のお申込み6件です。よろしくお願いします。

{_inner_rows}

木崎
"""}
M(id="credit-026", charset="utf-8", sender=FROM("chihaya"),
  to=["あさひ信用保証 審査部 宮園様 <miyazono@asahi-hosho.co.jp>"],
  subject="FW: 今週分お申込み一覧（橋本店）",
  body=f"""宮園様

お世話になっております。日の出産業の千早です。
丸光自動車販売様から届いた今週分の一覧を転送いたします。
このうち保証付きでの取扱いを希望されているのは上から4件です。
ご確認をお願いいたします。
{sig("chihaya", 2)}""",
  attachments=[{"kind": "eml", "name": "今週分お申込み一覧（橋本店）.eml", "message": _inner}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="加盟店から届いた申込者6名の一覧メールを添付で転送し社外の保証会社へ（転送は新しい内容）")

# 027 英文・集計のみ（免責文つき）→ 海外パートナー
M(id="credit-027", charset="utf-8", sender=FROM("kuga"),
  to=["Michael Tan <michael.tan@pacificlease.com>"],
  subject="Q3 FY2025 portfolio update - Hinode Sangyo leasing",
  body=f"""Dear Michael,

Thank you for your time on the call last week. As promised, please find below a short update
on our leasing portfolio for the quarter ended 30 September.

  - New contracts: 1,284 (+6.2% YoY), of which construction equipment 38%, vehicles 31%
  - Outstanding balance: JPY 48.6bn
  - 90+ days past due ratio: 0.71% (Q2: 0.68%)
  - Average contract term: 61 months

We would be happy to discuss the co-financing structure for the Singapore vehicle fleet
project when you visit Tokyo in December. Please let me know which dates suit you.
{sig("kuga", 3)}{DISCLAIMER_EN}""",
  expect="pass", entities=[], detectors=[],
  note="集計値のみの英文メールに標準の英文免責文（confidential の語は免責文の中だけ）")

# 028 要配慮（逮捕）1名 → 法律事務所
_p = P(200)
M(id="credit-028", charset="shift_jis", sender=FROM("isurugi"),
  to=["白川法律事務所 弁護士 村雨 直樹 先生 <murasame@shirakawa-law.jp>"],
  subject="長期延滞先の対応方針についてご相談（契約番号 AL-2219047）",
  body=f"""白川法律事務所
村雨先生

いつもお世話になっております。日の出産業 債権管理部の石動です。

オートローンの長期延滞先について、方針をご相談させてください。

　契約番号：AL-2219047
　債務者　：{_p["name"]}（{_p["age"]}歳）
　住所　　：{_p["addr"]}
　残債　　：2,316,000円（うち延滞 6回分 288,000円）
　担保　　：所有権留保（2021年式 軽自動車）

先月から電話がつながらず、訪問しても不在でしたが、
11/14付の地元紙に、同人が特殊詐欺の受け子として詐欺容疑で逮捕されたとの記事が出ており、
ご家族に確認したところ、現在も勾留中とのことでした。

車両の引揚げと、残債についての訴訟提起の可否について、ご意見をいただけますでしょうか。
記事の写しはFAXでお送りいたします。
{sig("isurugi")}""",
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="特定の債務者1名が逮捕・勾留中であること（犯罪の経歴）を氏名・住所とともに社外へ")

# 029 似せドメイン（shirakawa-law.co.jp）＋ 債務者1名
_p = P(201)
M(id="credit-029", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["白川法律事務所 白川先生 <k.shirakawa@shirakawa-law.co.jp>"],
  subject="支払督促申立ての件（債務者1名）",
  body=f"""白川先生

お世話になっております。日の出産業の石動です。
先日ご相談した支払督促の申立てについて、債務者の情報をお送りします。

　氏名：{_p["name"]}
　住所：〒{_p["zip"]} {_p["addr"]}
　電話：{_p["home"]}
　請求額：元金 684,200円、遅延損害金 41,380円（11/30時点）

申立書の作成をお願いできますでしょうか。委任状は明日郵送いたします。
{sig("isurugi", 2)}""",
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
  note="顧問法律事務所 shirakawa-law.jp の似せドメイン（.co.jp）あて")

# 030 金利・手数料表 XLSX → ディーラー
M(id="credit-030", charset="utf-8", sender=FROM("chihaya"),
  to=["丸光自動車販売 営業部 木崎様 <kizaki@marumitsu-motors.co.jp>"],
  subject="2026年1月適用 オートローン金利・加盟店手数料表",
  body=f"""木崎様

お世話になっております。日の出産業の千早です。
1月1日お申込み分から適用となる金利・手数料表をお送りします。
新車・未使用車は据え置き、中古車（年式7年超）のみ0.3%の引上げとなります。

店頭用のPOPは来週お届けします。
{sig("chihaya")}""",
  attachments=[{"kind": "xlsx", "name": "オートローン金利表_202601.xlsx",
                "sheets": {"顧客金利": [["2026年1月適用 オートローン実質年率"], [],
                                    ["区分", "12～36回", "37～60回", "61～84回", "85～120回"],
                                    ["新車・未使用車", "3.9%", "4.5%", "4.9%", "5.5%"],
                                    ["中古車（年式7年以内）", "5.9%", "6.5%", "6.9%", "-"],
                                    ["中古車（年式7年超）", "7.2%", "7.8%", "-", "-"],
                                    ["残価設定型", "-", "3.5%", "3.9%", "-"]],
                           "加盟店手数料": [["区分", "料率"], ["標準", "2.0%"], ["キャンペーン期間", "1.5%"],
                                      ["ボーナス併用", "2.2%"]]}}],
  expect="pass", entities=[], detectors=[],
  note="商品の金利・手数料表（価格表に相当）で個人データなし")

# 031 譲渡債権明細 PDF（表）→ サービサー
_ps = people(210, 10)
_tbl = [["債権番号", "債務者名", "生年月日", "住所", "元本残高", "最終入金日"]]
for p in _ps:
    _tbl.append([p["contract"], p["name"], wareki(p["y"], p["m"], p["d"], "short"), p["addr"], yen(p["arrears"] * 3),
                 f"2024/{p['m']:02d}/{p['d']:02d}"])
M(id="credit-031", charset="shift_jis", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 債権買取部 平泉様 <hiraizumi@toto-servicer.co.jp>"],
  subject="債権譲渡（第3回）対象債権明細のご送付",
  body=f"""東都債権回収株式会社
債権買取部　平泉様

お世話になっております。日の出産業 債権管理部の石動でございます。

第3回債権譲渡の対象債権明細をPDFにてお送りします。
価格査定のご参考としてご確認ください。契約書の写しは譲渡実行時にお渡しいたします。
{sig("isurugi", 1)}""",
  attachments=[{"kind": "pdf", "name": "譲渡対象債権明細_第3回.pdf", "title": "譲渡対象債権明細",
                "lines": ["譲渡対象債権明細（第3回）", "日の出産業株式会社 債権管理部　2025年11月20日現在", ""],
                "table": _tbl}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
  note="債務者10名の氏名・生年月日・住所のPDF表を社外のサービサーへ")

# 032 請求書（登録番号＝法人番号、会社の振込先口座）
M(id="credit-032", charset="iso-2022-jp", sender=FROM("morinaga"),
  to=["北国フーズ株式会社 経理部 御中 <keiri@kitaguni-foods.co.jp>"],
  subject="【ご請求】12月分 リース料（請求書番号 HS-L-2512-0388）",
  body=f"""北国フーズ株式会社
経理部 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 経理部でございます。

12月分のリース料につきまして、下記のとおりご請求申し上げます。

　請求書番号：HS-L-2512-0388
　契約番号　：L-2023-04417（冷凍冷蔵設備一式）、L-2024-01102（フォークリフト 2台）
　ご請求金額：418,660円（うち消費税 38,060円）
　お支払期日：2025年12月26日（金）
　適格請求書発行事業者登録番号：T{corp_number("010401087342")}

　お振込先：みどり銀行 本店営業部 当座 0418827
　　　　　　口座名義 ヒノデサンギヨウ（カ

請求書（PDF）は、別途郵送にてお送りいたします。
何卒よろしくお願い申し上げます。
{sig("morinaga")}""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="請求書番号・登録番号（法人番号）・会社の振込口座のみ。個人データなし")

# 033 個人客3名を To に並べて送信
M(id="credit-033", charset="utf-8", sender=FROM("okonogi"),
  to=["sayaka.mitarai82@gmail.com", "k_nakasone@yahoo.co.jp", "toshiyuki.negoro@icloud.com"],
  subject="カードローンご契約の更新手続きについて",
  body=f"""お客様各位

いつも日の出カードローンをご利用いただき、誠にありがとうございます。
日の出産業 お客様相談センターの小此木でございます。

ご契約の有効期限（2025年12月末）が近づいておりますので、更新手続きのご案内をお送りいたします。
お手数ですが、会員ページから「ご契約内容の確認」を行っていただき、
ご勤務先・年収に変更がある場合は12月20日までにお届けください。

ご不明な点は、お客様相談センター（0120-24-1180、平日9:00～18:00）までお問い合わせください。

日の出産業株式会社 お客様相談センター
小此木 玲奈
""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="個人のお客様3名のアドレスを To に並べて送信（互いに見える、Bccにすべき）")

# 034 表彰式の来賓3名の連絡先 → ホテル（1～4名）
M(id="credit-034", charset="shift_jis", sender=FROM("funahashi"),
  to=["さくらホテル 宴会セールス 高村様 <takamura@sakura-hotel.jp>"],
  subject="12/12 優秀加盟店表彰式 ご来賓の送迎について",
  body=f"""さくらホテル 宴会セールス
高村様

お世話になっております。日の出産業 総務部の舟橋です。
12/12（金）の表彰式について、ご来賓3名様の送迎をお願いしたく、ご連絡いたします。
当日、品川駅到着後に下記の携帯へドライバーの方からご連絡いただけますでしょうか。

　・相馬 宗一郎 様　携帯 090-3318-6274　品川着 16:42
　・比嘉 静香 様　　携帯 080-5521-0937　品川着 16:55
　・勅使河原 茂 様　携帯 070-2284-1160　品川着 17:10

人数の変更がありましたら改めてご連絡いたします。
{sig("funahashi")}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="来賓3名の氏名と携帯番号をホテルへ（1～4名の範囲、警告まで）")

# 035 健康保険証の記号・番号（本人確認）→ 保証会社
_p = P(230)
M(id="credit-035", charset="iso-2022-jp", sender=FROM("tamura"),
  to=["ほくと保証株式会社 審査課 佐古田様 <sakota@hokuto-guarantee.co.jp>"],
  subject="本人確認書類の内容について（申込番号 F-2511-1187）",
  body=f"""ほくと保証株式会社
審査課　佐古田様

お世話になっております。日の出産業の田村です。
お問い合わせのあった申込番号 F-2511-1187 の本人確認書類（健康保険証）の記載内容をお知らせします。

　氏名　　　：{_p["name"]}
　生年月日　：{wareki(_p["y"], _p["m"], _p["d"])}
　住所　　　：{_p["addr"]}
　保険者番号：06137215
　記号　　　：１３４０　番号：２８７６　枝番：０１
　資格取得日：令和3年4月1日

補助書類として公共料金の領収書（住所一致）も取得済みです。
{sig("tamura", 2)}""",
  expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="申込者1名の健康保険証の記号・番号・保険者番号を社外の保証会社へ")

# 036 返信：引用（-----Original Message-----）の中にカード番号
_c = CARD()
M(id="credit-036", charset="utf-8", sender=FROM("shinomiya"),
  to=["ペイブリッジ株式会社 加盟店サポート 遠山 <toyama@paybridge.co.jp>"],
  subject="RE: 返金処理完了のご連絡（PB-20251114-88172）",
  body=f"""遠山様

お世話になっております。篠宮です。
返金処理完了のご連絡、ありがとうございました。当社側の売上データも修正いたしました。

今後同様のケースが発生した場合、管理画面から取消できるよう権限設定の見直しをお願いできますと幸いです。

篠宮

-----Original Message-----
From: 遠山 <toyama@paybridge.co.jp>
Sent: Wednesday, November 19, 2025 3:12 PM
To: 篠宮 遼 <ryo.shinomiya@hinode-sangyo.co.jp>
Subject: 返金処理完了のご連絡（PB-20251114-88172）

日の出産業　篠宮様

ご依頼の返金処理が完了しました。

　取引ID：PB-20251114-88172
　カード番号：{grp4(_c)}
　会員氏名：ハヤシ ミズホ
　返金額：12,800円

カード会社の処理により、お客様の明細への反映まで最大2か月かかる場合がございます。

ペイブリッジ株式会社 加盟店サポート 遠山
""",
  expect="pass", entities=[], detectors=[],
  note="カード番号は返信の引用（-----Original Message-----以下、受信者自身の文面）にだけある")

# 037 PPTX（事例集に顧客6名）→ コンサルティング会社
_ps = people(240, 6)
_slides = [["回収業務改善プロジェクト 事例集", "日の出産業株式会社 債権管理部", "2025年11月"]]
for n, p in enumerate(_ps, 1):
    _slides.append([f"事例{n}：{p['name']} 様（{p['age']}歳）",
                    f"住所：{p['addr']}",
                    f"電話：{p['mobile']}",
                    f"勤務先：{p['employer']}／年収 {p['income']}万円",
                    f"延滞額：{yen(p['arrears'])}円（{p['days']}日）",
                    ["初回架電で約束、不履行2回", "勤務先変更を未届", "SMS督促で入金", "訪問で分割合意",
                     "保証人へ連絡後に入金", "連絡不通→住所調査中"][n - 1]])
M(id="credit-037", charset="utf-8", sender=FROM("isurugi"),
  to=["ベイサイドコンサルティング 御厨様 <mikuriya@bayside-consulting.co.jp>"],
  subject="回収業務改善PJ：事例集（ワークショップ用）",
  body=f"""御厨様

お世話になっております。日の出産業 債権管理部の石動です。
来週のワークショップで使う事例集をお送りします。
実際の案件から典型的なものを6件選びました。ご確認のうえ、分析の観点をご提案いただけますと幸いです。
{sig("isurugi")}""",
  attachments=[{"kind": "pptx", "name": "回収業務改善_事例集_v1.pptx", "slides": _slides}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="実在顧客6名の氏名・住所・電話・勤務先・延滞額をPPTXに載せ社外のコンサルへ")

# 038 基礎年金番号（社員1名）→ 社会保険労務士
M(id="credit-038", charset="shift_jis", sender=FROM("funahashi"),
  to=["木村社会保険労務士事務所 <info@sr-kimura.jp>"],
  subject="12月1日入社者 資格取得届の作成依頼",
  body=f"""木村社会保険労務士事務所
木村先生

いつもお世話になっております。日の出産業 総務部の舟橋です。
12月1日付で中途入社する社員1名について、健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名　　　　：鬼頭 瑞穂（キトウ ミズホ）
　生年月日　　：平成4年9月27日
　基礎年金番号：4019-682573
　報酬月額　　：310,000円
　配属　　　　：与信審査部 審査第一課

扶養家族はおりません。雇用保険被保険者証は前職から取り寄せ中です。
{sig("funahashi", 1)}""",
  expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="社員1名の基礎年金番号と生年月日を社外の社労士事務所へ")

# 039 契約書類の返送と追跡番号
M(id="credit-039", charset="iso-2022-jp", sender=FROM("osone"),
  to=["青葉運輸株式会社 総務部 戸塚様 <totsuka@aoba-unyu.co.jp>"],
  subject="リース契約書（控）返送のご連絡",
  body=f"""青葉運輸株式会社
総務部　戸塚様

いつもお世話になっております。日の出産業の大曽根です。

ご返送いただいたリース契約書（契約番号 L-2025-07731、大型冷凍車 3台）につきまして、
当社押印のうえ、貴社控えを本日発送いたしました。

　発送方法：ゆうパック
　お問い合わせ番号：3318-4402-7765
　到着予定：11月21日（金）午前中

物件の納車は12月8日を予定しております。引き続きよろしくお願いいたします。
{sig("osone", 1)}""",
  expect="pass", entities=[], detectors=[],
  note="契約番号と追跡番号だけの通常の業務連絡")

# 040 破損した XLSX → ディーラー
M(id="credit-040", charset="utf-8", sender=FROM("saeki"),
  to=["丸光自動車販売 本店 業務課 <gyomu@marumitsu-motors.co.jp>"],
  subject="審査結果一覧（11/19分）",
  body=f"""丸光自動車販売株式会社
業務課 ご担当者様

お世話になっております。日の出産業の佐伯です。
本日分の審査結果一覧を添付いたします。ご確認をお願いいたします。
{sig("saeki", 2)}""",
  attachments=[{"kind": "corrupt", "name": "審査結果一覧_1119.xlsx"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="添付のXLSXが壊れていて中身を検査できない")

# 041 【極秘】ポートフォリオ譲渡 → 銀行
M(id="credit-041", charset="iso-2022-jp", sender=FROM("kuga"),
  to=["みどり銀行 ストラクチャードファイナンス部 真田様 <sanada@midori-ginko.co.jp>"],
  subject="【極秘】リース債権ポートフォリオ譲渡の件（プロジェクト・オリオン）",
  body=f"""【極秘】取扱注意・関係者限り

みどり銀行 ストラクチャードファイナンス部
真田様

お世話になっております。日の出産業 経営企画部の久我です。

先日ご説明したリース債権の流動化（プロジェクト・オリオン）について、
取締役会で以下の方針が承認されましたのでお知らせいたします。

　・対象：建機・車両リース債権　約120億円（約2,300契約）
　・スキーム：信託譲渡＋優先劣後構造（優先部分 85%）
　・実行予定：2026年3月
　・アレンジャー：貴行を第一候補とする

本件は社内でもごく一部の者しか知らされておりません。お取扱いには十分ご注意ください。
{sig("kuga")}""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="件名と本文冒頭に【極秘】の区分表示があるメールを社外へ")

# 042 社内のみ（サブドメイン）：社外秘 DOCX
M(id="credit-042", charset="utf-8", sender=FROM("saeki"),
  to=["田村 かおり <kaori.tamura@credit.hinode-sangyo.co.jp>",
      "与信審査部 <shinsa-all@credit.hinode-sangyo.co.jp>"],
  subject="審査マニュアル改訂版（12/1施行）",
  body=f"""審査部の皆さん

お疲れさまです。佐伯です。
12/1施行の審査マニュアル改訂版を添付します。主な変更点は返済比率の上限と在籍確認の省略条件です。
社外秘資料ですので、印刷した場合は施錠保管をお願いします。
{sig("saeki", 2)}""",
  attachments=[{"kind": "docx", "name": "与信審査マニュアル_v5.0.docx", "page_header": "社外秘",
                "paragraphs": ["与信審査マニュアル 第5.0版（2025年12月1日施行）",
                               "第3章 返済比率", "年収400万円未満：30%以内、400万円以上：35%以内",
                               "第5章 在籍確認", "健康保険証（社保）と直近2か月分の給与明細で代替可"]}],
  expect="pass", entities=[], detectors=[],
  note="社外秘のDOCXだが宛先はすべて社内（credit.hinode-sangyo.co.jp は社内サブドメイン）")

# 043 「・」箇条書き：共同審査の申込者6名 → 提携信販会社
_ps = people(250, 6)
_bul = "\n".join(f"・{p['name']}（{wareki(p['y'], p['m'], p['d'], 'short')}生）　勤務先：{p['employer']}　"
                 f"年収{p['income']}万円　TEL {p['mobile']}" for p in _ps)
M(id="credit-043", charset="shift_jis", sender=FROM("saeki"),
  to=["ひかり信販株式会社 審査センター 宍戸様 <shishido@hikari-shinpan.co.jp>"],
  subject="協調融資スキーム 共同審査対象のご連絡（11月第3週）",
  body=f"""ひかり信販株式会社
審査センター　宍戸様

お世話になっております。日の出産業 与信審査部の佐伯です。
協調融資スキームの共同審査対象となる11月第3週のお申込みは以下の6件です。

{_bul}

いずれも当社スコアはB区分です。貴社のご判断を11/26までにいただけますと幸いです。
{sig("saeki")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
  note="申込者6名の氏名・生年月日・勤務先・年収・電話を「・」箇条書きで社外の信販会社へ")

# 044 全角スペース揃え（全角数字）：審査結果一覧 → ディーラー
_ps = people(260, 7)
_lines = ["申込番号　　　　氏名　　　　　　生年月日　　　　　携帯電話　　　　　　　　　　結果　　承認額",
          "－" * 44]
for n, p in enumerate(_ps, 1):
    _lines.append(zpad(fw(f"A-1120-{n:02d}"), 8) + zpad(p["name"], 8) + zpad(wareki(p["y"], p["m"], p["d"], "fw"), 9)
                  + zpad(fw(p["mobile"]), 14) + zpad(["承認", "承認", "否決", "保留", "承認", "条件付", "承認"][n - 1], 4)
                  + fw(["1,800,000", "2,400,000", "-", "-", "950,000", "1,200,000", "3,100,000"][n - 1]))
M(id="credit-044", charset="shift_jis", sender=FROM("saeki"),
  to=["丸光自動車販売 業務課 <gyomu@marumitsu-motors.co.jp>"],
  subject="審査結果のご連絡（11/20受付分 7件）",
  body=f"""丸光自動車販売株式会社
業務課　御中

お世話になっております。日の出産業 与信審査部でございます。
11/20受付分の審査結果をご連絡いたします。

{chr(10).join(_lines)}

条件付の案件は、頭金の追加（車両価格の20%以上）が承認条件となります。
保留の案件は、収入証明書のご提出をお願いいたします。
{sig("saeki", 1)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
  note="申込者7名の氏名・和暦生年月日・携帯（全角）を全角スペース揃えで社外のディーラーへ")

# 045 提携ディーラー拠点一覧 XLSX（法人番号つき、事業者リスト）→ コールセンター
_dealers = [
    ["丸光自動車販売株式会社 本店", corp_number("020001054418"), "神奈川県相模原市中央区相模原4-3-8", "042-758-3311", "9:30-19:00"],
    ["丸光自動車販売株式会社 橋本店", corp_number("020001054418"), "神奈川県相模原市緑区橋本6-12-1", "042-771-2020", "9:30-19:00"],
    ["有限会社カーステーション湘南", corp_number("021002031176"), "神奈川県藤沢市辻堂神台2-5-3", "0466-33-5151", "10:00-19:00"],
    ["株式会社ヤマモト電機 本店", corp_number("030001118820"), "埼玉県さいたま市大宮区大門町1-8", "048-641-0088", "10:00-20:00"],
    ["株式会社ヤマモト電機 越谷店", corp_number("030001118820"), "埼玉県越谷市南越谷4-21-2", "048-985-7700", "10:00-20:00"],
    ["株式会社ホームプラザ山手", corp_number("020001077603"), "神奈川県横浜市中区山手町9-2", "045-622-4848", "10:00-18:00"],
    ["株式会社オートギャラリー武蔵野", corp_number("012801009921"), "東京都武蔵野市境南町3-14-7", "0422-31-8800", "10:00-19:00"],
    ["株式会社さがみ住設", corp_number("021001040052"), "神奈川県厚木市中町2-6-11", "046-223-4545", "9:00-18:00"],
    ["株式会社千葉モータース", corp_number("040001032267"), "千葉県船橋市本町5-2-1", "047-431-6611", "9:30-19:30"],
    ["株式会社リビングあおい", corp_number("011101065538"), "東京都豊島区南池袋2-30-4", "03-3988-2727", "10:00-19:00"],
]
M(id="credit-045", charset="utf-8", sender=FROM("chihaya"),
  to=["ネクストコール株式会社 SV 今泉様 <imaizumi@nextcall.co.jp>"],
  subject="加盟店向け問合せ窓口 開設準備：提携ディーラー拠点一覧",
  body=f"""今泉様

お世話になっております。日の出産業 加盟店営業部の千早です。
1月から委託する加盟店向け問合せ窓口について、オペレーター用の拠点一覧をお送りします。
店舗からの入電時の本人（店舗）確認は、代表電話番号との照合でお願いします。
{sig("chihaya", 2)}""",
  attachments=[{"kind": "xlsx", "name": "提携ディーラー拠点一覧_202511.xlsx",
                "sheets": {"拠点一覧": [["店舗名", "法人番号", "所在地", "代表電話", "営業時間"]] + _dealers}}],
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="提携ディーラー（事業者）の拠点・法人番号・代表電話の一覧で、個人のリストではない")

# 046 カード番号入り XLSX（チャージバック1件）→ 家電販売店
_c = CARD()
_p = P(270)
M(id="credit-046", charset="utf-8", sender=FROM("shinomiya"),
  to=["でんきのヤマモト 本店 経理 <keiri@yamamoto-denki.com>"],
  subject="チャージバック（異議申立て）のご連絡と売上票のご提出依頼",
  body=f"""でんきのヤマモト 本店
経理ご担当者様

お世話になっております。日の出産業 カード事業部の篠宮です。
貴店でのカード売上1件について、会員様から「利用に覚えがない」との申出がありました。
詳細を添付のファイルにまとめましたので、売上票の控えとサインの写しを12/3までにご提出ください。
{sig("shinomiya")}""",
  attachments=[{"kind": "xlsx", "name": "チャージバック照会_CB-25-1142.xlsx",
                "sheets": {"照会内容": [["照会番号", "CB-25-1142"], ["会員名", _p["name"]], ["カード番号", _c],
                                    ["利用日", "2025/10/28"], ["利用金額", 164800], ["商品", "ドラム式洗濯乾燥機"],
                                    ["承認番号", "0718842"]]}}],
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="会員1名のカード番号（完全な16桁）と氏名を記載したXLSXを社外の加盟店へ")

# 047 社内のみ：偽ドメインの注意喚起
M(id="credit-047", charset="iso-2022-jp", sender=FROM("makabe"),
  to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
  subject="【注意喚起】当社を装った偽ドメインからのメールについて",
  body=f"""各位

情報システム部の真壁です。

本日、当社や取引先を装った以下のドメインからのメールが複数確認されています。
　・hinode-sangyo.com（正：hinode-sangyo.co.jp）
　・midori-ginkou.co.jp（正：midori-ginko.co.jp）
　・shirakawa-law.co.jp（正：shirakawa-law.jp）

「振込先口座の変更」「請求書の再送」などを装い、添付ファイルやリンクを開かせる手口です。
心当たりのないメールは開かず、情報システム部（内線7790）までご連絡ください。
誤って返信・送信しないよう、宛先のドメインを必ず確認してください。
{sig("makabe", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="似せドメインを本文で紹介しているだけで、宛先は社内のみ")

# 048 個人のお客様1名（フリーメール）への回答
M(id="credit-048", charset="utf-8", sender=FROM("okonogi"),
  to=["一ノ瀬 様 <ichinose.momoko@yahoo.co.jp>"],
  subject="繰上返済のお手続きについて（お問い合わせ番号 Q-251119-0032）",
  body="""一ノ瀬 様

このたびは日の出産業 お客様相談センターへお問い合わせいただき、誠にありがとうございます。
担当の小此木でございます。

ご契約（オートローン）の一部繰上返済について、お手続きをご案内いたします。

1. 会員ページにログインし「繰上返済のお申込み」を選択してください。
2. ご希望の返済額を入力すると、繰上返済後の返済予定表が表示されます。
3. 毎月20日までのお申込み分は、翌月の約定日にご指定の口座から引き落としとなります。

手数料は無料です。期間短縮型と返済額軽減型をお選びいただけます。

ご不明な点がございましたら、本メールにご返信いただくか、
お客様相談センター（0120-24-1180）までお気軽にお問い合わせください。

日の出産業株式会社 お客様相談センター
小此木 玲奈
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="個人のお客様1名（フリーメール）への手続き案内のみ")

# 049 英文：旅券番号（1名）→ 海外パートナー
M(id="credit-049", charset="utf-8", sender=FROM("osone"),
  to=["Grace Lim <grace.lim@pacificlease.com>"],
  subject="Lessee identity check - returning expatriate (contract L-2025-08814)",
  body=f"""Dear Grace,

Thank you for your help with the cross-border vehicle lease for our customer relocating to Singapore.
As requested, here are the identity details we verified at our end:

  Name: Kenta HYAKUTAKE
  Date of birth: 3 March 1986
  Japanese passport No.: TZ1048372 (issued 12 May 2022, expires 12 May 2032)
  Employer: Nihon Air Techno Co., Ltd. (assignment to Singapore branch from Jan 2026)

Could you confirm whether this is sufficient for your KYC, or whether you also need a certified copy?
{sig("osone", 3)}""",
  expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="リース契約者1名の旅券番号と生年月日を英文で海外の取引先へ")

# 050 英文返信：引用（On … wrote:）内にスコア付きの顧客リスト
_ps = people(280, 6)
_q = "\n".join(f"> {p['cust']}, {p['romaji']}, {p['mobile']}, score {600 + (p['income'] % 150)}" for p in _ps)
M(id="credit-050", charset="utf-8", sender=FROM("hinata"),
  to=["Priya Raman <priya.raman@northbridge-analytics.com>"],
  subject="Re: Scored sample - batch 7",
  body=f"""Hi Priya,

Thanks - received. We'll reconcile the scores against our production run and come back to you by Friday.
One question: were the bureau variables refreshed for this batch, or are they from the October pull?

Best,
Ren

On Wed, Nov 19, 2025 at 9:41 AM Priya Raman <priya.raman@northbridge-analytics.com> wrote:
> Hi Ren,
>
> Please find the scored sample for batch 7 below (first six rows shown, full file on the SFTP):
>
{_q}
>
> Let me know if anything looks off.
>
> Priya
""",
  expect="pass", entities=[], detectors=[],
  note="顧客データは相手からのメールの引用部分（On … wrote: 以下の >）にだけある")
# =====================================================================================
# 051–075
# =====================================================================================

# 051 DOCX 表：連帯保証人一覧 → 法律事務所
_ds = people(300, 6)
_gs = people(320, 6)
_tbl = [["No", "主債務者", "契約番号", "連帯保証人", "続柄", "保証人住所", "保証人電話", "保証人生年月日"]]
for n, (d, g) in enumerate(zip(_ds, _gs), 1):
    _tbl.append([str(n), d["name"], d["contract"], g["name"], ["父", "母", "兄", "配偶者の父", "叔父", "姉"][n - 1],
                 g["addr"], g["home"], wareki(g["y"], g["m"], g["d"])])
M(id="credit-051", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["白川法律事務所 村雨先生 <murasame@shirakawa-law.jp>"],
  cc=["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
  subject="保証債務履行請求訴訟の準備資料（連帯保証人一覧）",
  body=f"""村雨先生

お世話になっております。日の出産業の石動です。
保証債務履行請求の訴訟準備として、対象6件の連帯保証人一覧をWordでお送りします。
契約書・保証書の写しは、本日レターパックで事務局宛に発送いたしました。
{sig("isurugi")}""",
  attachments=[{"kind": "docx", "name": "連帯保証人一覧（訴訟準備）.docx",
                "paragraphs": ["連帯保証人一覧（保証債務履行請求 対象）", "日の出産業株式会社 債権管理部　作成日 2025年11月20日"],
                "tables": [_tbl]}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="主債務者と連帯保証人6組の氏名・住所・電話・生年月日のDOCX表を社外の法律事務所へ")

# 052 要配慮（信条・宗教）1名 → 債権回収会社
_p = P(340)
M(id="credit-052", charset="shift_jis", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="委託先1件の連絡時間帯について（{0}）".format(_p["contract"]),
  body=f"""三上様

お世話になっております。日の出産業の石動です。
今月委託した先のうち1件について、連絡の際の配慮事項をお伝えします。

　契約番号：{_p["contract"]}
　氏名　　：{_p["name"]}様
　携帯　　：{_p["mobile"]}

ご本人はセブンスデー・アドベンチスト教会の信徒で、宗教上の理由から
金曜日の日没から土曜日の日没までは電話・訪問に一切応じられないとのことです。
以前、土曜日の訪問で強い苦情をいただいた経緯がありますので、
架電・訪問は日曜～木曜の日中に限っていただけますようお願いいたします。
{sig("isurugi", 2)}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="特定の債務者1名の信仰する宗教（信条）を氏名・携帯とともに社外のサービサーへ")

# 053 署名が大きいだけの通常メール
M(id="credit-053", charset="iso-2022-jp", sender=FROM("osone"),
  to=["川崎電機株式会社 購買部 湊様 <minato@kawasaki-denki.co.jp>"],
  subject="御礼：検収完了のご連絡ありがとうございました",
  body="""川崎電機株式会社
購買部　湊様

いつもお世話になっております。
本日は検収完了のご連絡をいただき、誠にありがとうございました。
これにてリース開始日を11月21日として処理させていただきます。
リース料の初回お引落しは12月27日となります。

今後ともどうぞよろしくお願いいたします。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
　日の出産業株式会社
　クレジット・リース事業本部　リース営業部　第二グループ
　主任　大曽根 拓也（おおそね たくや）

　〒105-0014　東京都港区芝2-8-11　日の出芝ビル7F
　TEL：03-5441-7745（直通）／03-5441-7700（代表）
　FAX：03-5441-7799
　携帯：080-4417-2296
　E-mail：takuya.osone@hinode-sangyo.co.jp
　URL：https://www.hinode-sangyo.co.jp/credit/

　【横浜営業所】〒220-0004 神奈川県横浜市西区北幸1-4-1 天理ビル9F
　　TEL：045-311-6620
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""",
  expect="pass", entities=[], detectors=[],
  note="送信者本人の署名（携帯・営業所住所など）が大きいだけの通常の御礼メール")

# 054 XLS（旧形式）：旧システムの延滞者抽出 → システム会社
_ps = people(350, 12)
_rows = [["KOKYAKU_NO", "SHIMEI", "SHIMEI_KANA", "SEINENGAPPI", "TEL1", "TEL2", "JUSHO", "ENTAI_GAKU"]]
for p in _ps:
    _rows.append([p["cust"], p["name"], p["kana"], f"{p['y']}{p['m']:02d}{p['d']:02d}", p["mobile"], p["home"],
                  p["addr"], p["arrears"]])
M(id="credit-054", charset="utf-8", sender=FROM("makabe"),
  to=["ツバサシステム株式会社 開発二課 <dev2@tsubasa-system.jp>"],
  subject="【不具合調査】延滞抽出バッチの件 旧システム出力ファイル",
  body=f"""ツバサシステム 開発二課 ご担当者様

お世話になっております。日の出産業 情報システム部の真壁です。
チケット #4471（延滞抽出バッチで延滞額がマイナスになる件）について、
旧システムから出力したExcelファイル（.xls）を添付します。
12件中3件で、新システムと延滞額が一致しません。原因の調査をお願いします。
{sig("makabe")}""",
  attachments=[{"kind": "xls", "name": "ENTAI_EXTRACT_20251118.xls", "sheets": {"ENTAI": _rows}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="本番の延滞者12名のデータ（旧形式XLS）を不具合調査のため社外のシステム会社へ")

# 055 要配慮（犯罪被害）1名 → 決済代行
_p = P(370)
M(id="credit-055", charset="iso-2022-jp", sender=FROM("shinomiya"),
  to=["ペイブリッジ株式会社 不正対策チーム <fraud@paybridge.co.jp>"],
  subject="不正利用の調査依頼（特殊詐欺被害の会員様）",
  body=f"""ペイブリッジ株式会社
不正対策チーム ご担当者様

お世話になっております。日の出産業 カード事業部の篠宮です。

当社会員の{_p["name"]}様（82歳、連絡先 {_p["home"]}）が、11/15に警察官を名乗る人物にカードをだまし取られる
特殊詐欺の被害に遭われました。ご家族が同日、所轄署に被害届を提出し受理されています（受理番号は後日ご提供）。

被害後、貴社経由の加盟店で以下の利用が確認されています。
　・11/15 17:42　家電量販店（オンライン） 298,000円
　・11/15 18:05　ギフトカード販売サイト　100,000円
カード番号末尾は 4417 です。加盟店側の配送先情報の照会をお願いできますでしょうか。
{sig("shinomiya")}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="特定の会員1名が犯罪（特殊詐欺）の被害者であることを氏名・連絡先とともに社外へ")

# 056 集計のみ（年代別延滞率）→ 銀行
M(id="credit-056", charset="utf-8", sender=FROM("kuga"),
  to=["みどり銀行 ストラクチャードファイナンス部 真田様 <sanada@midori-ginko.co.jp>"],
  subject="ご依頼のデータ（年代別・商品別の延滞率）",
  body=f"""真田様

お世話になっております。日の出産業の久我です。
ご依頼のありました年代別・商品別の延滞率（2025年9月末、61日以上延滞の件数ベース）をお送りします。

年代        カードローン  オートローン  リフォーム
20代        2.84%        1.12%        -
30代        1.97%        0.88%        0.41%
40代        1.55%        0.74%        0.36%
50代        1.31%        0.69%        0.33%
60代以上    0.98%        0.52%        0.29%
全体        1.62%        0.79%        0.35%

個別の債務者情報は含んでおりません。詳細が必要な場合は別途ご相談ください。
{sig("kuga", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="集計値のみで個人を特定できる情報はない")

# 057 英文：CONFIDENTIAL 表示の PDF → 海外ベンダー
M(id="credit-057", charset="utf-8", sender=FROM("hinata"),
  to=["Priya Raman <priya.raman@northbridge-analytics.com>"],
  subject="Scorecard v4 methodology note",
  body=f"""Hi Priya,

Ahead of next week's model review, attached is our internal methodology note for application scorecard v4
(variable list, binning and the override policy). Happy to walk you through it on the call.
{sig("hinata", 3)}""",
  attachments=[{"kind": "pdf", "name": "Scorecard_v4_methodology.pdf", "title": "Scorecard v4 methodology",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                "page_footer": "Classification: Confidential",
                "lines": ["Application Scorecard v4 - Methodology Note", "",
                          "1. Development sample: applications Apr 2022 - Mar 2024 (n = 184,220)",
                          "2. Target: 90+ DPD within 12 months on book",
                          "3. Variables: 14 (bureau 6, application 5, behavioural 3)",
                          "4. Gini (validation): 0.612; PSI (2025 Q3): 0.041",
                          "5. Override policy: manual approval of declines limited to 3% of volume"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="「CONFIDENTIAL - Internal Use Only」の区分表示があるPDFを海外ベンダーへ")

# 058 パスワード保護 PDF → 監査法人
M(id="credit-058", charset="shift_jis", sender=FROM("morinaga"),
  to=["青山監査法人 監査第三部 久保田様 <kubota@aoyama-audit.or.jp>"],
  subject="債権残高明細（2025年9月末）のご送付",
  body=f"""青山監査法人
久保田様

お世話になっております。日の出産業 経理部の森永です。
中間監査でご依頼のあった債権残高明細（2025年9月末）をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
{sig("morinaga")}""",
  attachments=[{"kind": "pdf", "name": "債権残高明細_202509.pdf", "password": "aoyama0930",
                "lines": ["債権残高明細 2025年9月末", "（個別明細）"],
                "table": [["契約番号", "残高"], ["CL-2418842", "1,284,000"], ["AL-2219047", "2,316,000"]]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="パスワードで保護されたPDFで中身を検査できない")

# 059 社内のみ：要配慮（精神疾患）の相談
_p = P(380)
M(id="credit-059", charset="iso-2022-jp", sender=FROM("tamura"),
  to=["綾部 修 <osamu.ayabe@hinode-sangyo.co.jp>"],
  cc=["佐伯 智美 <tomomi.saeki@hinode-sangyo.co.jp>"],
  subject="ご相談：申込者から通院歴の申告があった場合の取扱い",
  body=f"""綾部さん

お疲れさまです。審査第二課の田村です。
本日、カードローン申込者の{_p["name"]}様（申込番号 F-2511-1203）から、
在籍確認の電話の際に「うつ病で通院中で、来月から休職予定」とのお話がありました。

審査上、病歴を理由に判断することはできないと理解していますが、
休職に伴う収入減少をどう評価すべきか、また面談記録に病名を残してよいか、ご相談させてください。
{sig("tamura", 2)}""",
  expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
  note="申込者1名の病歴を含むが、宛先は社内（コンプライアンス室・上長）のみ")

# 060 英文：氏名なしの検証用サンプル XLSX（25件）→ 海外ベンダー
_ps = people(390, 25)
_rows = [["Validation sample - November 2025 (production applications)"],
         ["app_id", "date_of_birth", "mobile", "address", "annual_income_jpy", "employer", "years_employed", "default_90dpd"]]
for n, p in enumerate(_ps, 1):
    _rows.append([f"APP-25{n:05d}", p["dob_iso"], p["mobile"], p["addr"], p["income"] * 10000, p["employer"], p["years"],
                  1 if n % 7 == 0 else 0])
M(id="credit-060", charset="utf-8", sender=FROM("hinata"),
  to=["Priya Raman <priya.raman@northbridge-analytics.com>"],
  cc=["Ren Hinata <ren.hinata@hinode-sangyo.co.jp>"],
  subject="Validation sample for scorecard v4 (25 records)",
  body=f"""Hi Priya,

As discussed, here is a small validation sample (25 production applications) so that you can check
the variable derivation on your side. Names have been removed; app_id is our internal key.
{sig("hinata", 3)}""",
  attachments=[{"kind": "xlsx", "name": "validation_sample_nov2025.xlsx",
                "sheets": {"sample": _rows, "notes": [["field", "description"], ["default_90dpd", "1 = 90+ DPD within 12m"]]}}],
  expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="氏名列はないが25名分の生年月日・携帯・住所・年収の表を海外ベンダーへ")

# 061 申込者と連帯保証人の2名分 → 保証会社
_a, _g = P(420), P(421)
M(id="credit-061", charset="shift_jis", sender=FROM("tamura"),
  to=["ほくと保証株式会社 審査課 佐古田様 <sakota@hokuto-guarantee.co.jp>"],
  subject="F-2511-1187 連帯保証人の追加について",
  body=f"""佐古田様

お世話になっております。日の出産業の田村です。
F-2511-1187 の件、ご指摘を受けて連帯保証人を追加いただくことになりました。連絡先をお知らせします。

　申込者　　：{_a["name"]}　{_a["mobile"]}　{_a["addr"]}
　連帯保証人：{_g["name"]}（申込者の父）　{_g["home"]}　{_g["addr"]}

保証人様への意思確認のお電話は、平日18時以降をご希望とのことです。
{sig("tamura", 2)}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="申込者と保証人の2名分の連絡先のみ（1～4名の範囲、警告まで）")

# 062 外部4社が To/Cc で見える（締め日変更のお知らせ）
M(id="credit-062", charset="iso-2022-jp", sender=FROM("chihaya"),
  to=["川崎電機株式会社 営業推進部 野々村様 <nonomura@kawasaki-denki.co.jp>"],
  cc=["でんきのヤマモト 経理 <keiri@yamamoto-denki.com>",
      "丸光自動車販売 業務課 <gyomu@marumitsu-motors.co.jp>",
      "ホームプラザ山手 経理 <keiri@yamate-homeplaza.jp>"],
  subject="【重要】2026年1月からの加盟店締め日・支払日変更について",
  body=f"""加盟店各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 加盟店営業部でございます。

2026年1月売上分より、加盟店様への立替払いの締め日・支払日を下記のとおり変更いたします。

　現行：毎月15日締め・当月末日払い
　変更後：毎月末日締め・翌月15日払い

移行月（1月）は、12/16〜1/31売上分を2/15にお支払いいたします。
ご不明な点は担当営業までお問い合わせください。
{sig("chihaya")}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="社外の加盟店4社を To/Cc に並べて送信（互いのアドレスが見える、Bccにすべき）")

# 063 似ていない別会社のドメイン（tsubasa-kogyo.co.jp）
M(id="credit-063", charset="utf-8", sender=FROM("osone"),
  to=["翼工業株式会社 設備課 今井様 <imai@tsubasa-kogyo.co.jp>"],
  subject="フォークリフト（リース物件）定期点検の日程について",
  body=f"""翼工業株式会社
設備課　今井様

いつもお世話になっております。日の出産業 リース営業部の大曽根です。

リース中のフォークリフト2台（契約番号 L-2023-05561）の年次点検（特定自主検査）について、
メーカーから12月9日（火）または12月11日（木）で訪問可能との連絡がありました。
ご都合のよい日をお知らせいただけますでしょうか。
所要時間は1台あたり約2時間です。
{sig("osone", 1)}""",
  expect="pass", entities=[], detectors=[],
  note="取引先（翼工業）への通常の連絡。tsubasa-kogyo.co.jp は別会社で似せドメインではない")

# 064 社内のみ：パスワード付き ZIP
M(id="credit-064", charset="shift_jis", sender=FROM("saeki"),
  to=["田村 かおり <kaori.tamura@credit.hinode-sangyo.co.jp>"],
  subject="申込書スキャンデータ（11/20分）",
  body="""田村さん

お疲れさまです。佐伯です。
11/20受付分の申込書スキャンデータです。パスワードはいつもの審査部共通のものです。
明日の二次審査分としてご確認ください。

佐伯
""",
  attachments=[{"kind": "zip", "name": "申込書スキャン_1120.zip", "password": "shinsa-2025",
                "files": [{"kind": "pdf", "name": "F-2511-1201.pdf", "lines": ["申込書"]}]}],
  expect="pass", entities=[], detectors=[],
  note="パスワード付きZIPだが宛先は社内（サブドメイン）のみ")

# 065 本文での転送：法律事務所からの受任通知（5名）→ サービサー
_ps = people(430, 5)
_fwd = "\n".join(f"{n}）{p['name']}（{p['kana']}）　生年月日：{p['dob']}\n　　住所：{p['addr']}\n　　貴社契約番号：{p['contract']}"
                 for n, p in enumerate(_ps, 1))
M(id="credit-065", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="転送: 受任通知（債務整理）のご送付",
  body=f"""三上様

お世話になっております。石動です。
委託中の先のうち5件について、下記のとおり弁護士から受任通知が届きました。
該当先への督促は直ちに停止してください。

-------- 転送メッセージ --------
差出人: けやき総合法律事務所 <info@keyaki-law.jp>
宛先: 日の出産業株式会社 債権管理部 <saiken-kanri@hinode-sangyo.co.jp>
件名: 受任通知（債務整理）のご送付

日の出産業株式会社 御中

当職らは、下記の者から債務整理の依頼を受け、本日受任いたしましたので通知いたします。
今後、本人及び家族への直接の連絡・取立てはお控えください。
取引履歴の開示をお願いいたします。

{_fwd}

けやき総合法律事務所　弁護士 芹沢 直人
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
  note="受任通知に記載の債務者5名の氏名・生年月日・住所を本文で転送して社外へ（転送は新しい内容）")

# 066 要配慮（障害・病歴）1名 → 生命保険会社（団信）
_p = P(440)
M(id="credit-066", charset="utf-8", sender=FROM("saeki"),
  to=["あおぞら生命保険株式会社 団体保険部 <dantai@aozora-seimei.co.jp>"],
  subject="団体信用生命保険 加入可否のご照会（リフォームローン）",
  body=f"""あおぞら生命保険株式会社
団体保険部 ご担当者様

いつもお世話になっております。日の出産業 与信審査部の佐伯でございます。

リフォームローン（バリアフリー改修）お申込者について、団信の加入可否をご照会いたします。

　氏名　　：{_p["name"]}様
　生年月日：{wareki(_p["y"], _p["m"], _p["d"])}
　告知内容：身体障害者手帳 1級（腎臓機能障害）、週3回の人工透析を継続中
　借入額　：4,800,000円（120回）

告知書の写しはPDFで追ってお送りいたします。
{sig("saeki")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="申込者1名の障害（身体障害者手帳）と病歴（人工透析）を社外の保険会社へ")

# 067 「機密」の語に触れるだけの通常連絡
M(id="credit-067", charset="iso-2022-jp", sender=FROM("saeki"),
  to=["ホームプラザ山手 リフォーム館 桐山様 <kiriyama@yamate-homeplaza.jp>"],
  subject="申込書原本の返送方法について",
  body=f"""桐山様

お世話になっております。日の出産業の佐伯です。
先ほどお電話でお話しした申込書原本の返送について、改めてご連絡いたします。

お客様の個人情報を含む書類ですので、機密保持の観点から、
FAXやメール添付ではなく、簡易書留にて当社与信審査部宛にご返送いただけますようお願いいたします。
返信用封筒（切手貼付済み）は本日発送いたしました。
{sig("saeki", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="「機密保持の観点から」と書いているだけで区分表示ではない。個人データなし")

# 068 【部外秘】の区分表示 → 債権回収会社
M(id="credit-068", charset="shift_jis", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="2026年度 回収方針（委託先向け説明資料）",
  body=f"""━━━━━━━━━━━━━━
　　　【部外秘】
━━━━━━━━━━━━━━

三上様

お世話になっております。石動です。
来年度の回収方針を以下のとおりお伝えします。

1. 初期延滞（1～30日）はSMS・オートコールを優先し、有人架電は31日目以降とする
2. 61日以上の先は、和解提案の上限を元金の85%まで引き下げる
3. 訪問回収は原則として廃止し、法的手続への移行を早める
4. 委託手数料は回収額の18%（現行20%）とする

4.については12月中に契約変更のご相談をさせてください。
{sig("isurugi")}""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="本文冒頭に【部外秘】の区分表示をつけた方針資料を社外へ")

# 069 HTML のみ：キャンペーン金利表（事業情報）
M(id="credit-069", charset="utf-8", sender=FROM("chihaya"),
  to=["丸光自動車販売 営業部 木崎様 <kizaki@marumitsu-motors.co.jp>"],
  subject="【加盟店様限定】初売りキャンペーン金利のご案内",
  html="""<html><body>
<p>丸光自動車販売株式会社<br>木崎様</p>
<p>いつもお世話になっております。日の出産業 加盟店営業部の千早です。<br>
2026年1月2日～1月31日の初売りキャンペーン金利をご案内いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>対象</th><th>回数</th><th>通常金利</th><th>キャンペーン金利</th></tr>
<tr><td>新車（国産）</td><td>～60回</td><td>4.5%</td><td><b>2.9%</b></td></tr>
<tr><td>新車（輸入車）</td><td>～60回</td><td>4.9%</td><td><b>3.5%</b></td></tr>
<tr><td>認定中古車</td><td>～84回</td><td>5.9%</td><td><b>4.5%</b></td></tr>
<tr><td>残価設定型</td><td>36・48・60回</td><td>3.5%</td><td><b>1.9%</b></td></tr>
</table>
<p>店頭POP・チラシのデータは来週お送りします。<br>ご不明点は千早（03-5441-7730）までお問い合わせください。</p>
<p>日の出産業株式会社 加盟店営業部<br>千早 由紀</p>
</body></html>""",
  expect="pass", entities=[], detectors=[],
  note="HTMLのみのメールだが表はキャンペーン金利（商品情報）で個人データなし")

# 070 ZIP（パスワードなし）に XLSX と DOCX → 保証会社
_ps = people(450, 6)
_x = [["申込者一覧（保証審査用）2025/11/20"], ["申込番号", "氏名", "生年月日", "住所", "電話", "勤務先", "年収（万円）"]]
for n, p in enumerate(_ps, 1):
    _x.append([f"F-2511-{1210 + n}", p["name"], p["dob"], p["addr"], p["mobile"], p["employer"], p["income"]])
M(id="credit-070", charset="iso-2022-jp", sender=FROM("tamura"),
  to=["ほくと保証株式会社 審査課 <shinsa@hokuto-guarantee.co.jp>"],
  subject="保証審査資料一式（11/20分 6件）",
  body=f"""ほくと保証株式会社
審査課 ご担当者様

お世話になっております。日の出産業の田村です。
11/20分の保証審査資料一式をZIPにまとめてお送りします。
申込者一覧（Excel）と、個別の補足説明（Word）が入っております。
{sig("tamura", 2)}""",
  attachments=[{"kind": "zip", "name": "保証審査資料_1120.zip",
                "files": [{"kind": "xlsx", "name": "申込者一覧_1120.xlsx", "sheets": {"一覧": _x}},
                          {"kind": "docx", "name": "補足説明_1120.docx",
                           "paragraphs": ["補足説明", f"F-2511-1211 {_ps[0]['name']}様：勤続1年未満のため保証必須",
                                          f"F-2511-1213 {_ps[2]['name']}様：他社借入3件（残高合計 82万円）"]}]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="申込者6名の一覧XLSXと補足DOCXをZIPにまとめて社外の保証会社へ")

# 071 2社＋個人（Gmail）の3者が互いに見える
M(id="credit-071", charset="utf-8", sender=FROM("osone"),
  to=["北国フーズ株式会社 物流課 真鍋様 <manabe@kitaguni-foods.co.jp>"],
  cc=["青葉運輸株式会社 配車センター <haisha@aoba-unyu.co.jp>",
      "岩淵 勝也 <katsuya.iwabuchi.truck@gmail.com>"],
  subject="リース車両（冷凍車）入替日程のご相談",
  body=f"""北国フーズ株式会社 真鍋様
（Cc：青葉運輸 配車センター様、岩淵様）

お世話になっております。日の出産業の大曽根です。
12月に予定している冷凍車2台の入替について、日程を調整させてください。

　旧車両の引揚げ：12月8日（月）午前
　新車両の納車　：12月8日（月）午後（青葉運輸様の陸送）
　運転指導　　　：12月9日（火）10:00～（岩淵様にお願いしております）

ご都合の悪い点があればお知らせください。
{sig("osone")}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="社外2社と個人（Gmail）の3者を To/Cc に入れて互いのアドレスが見える")

# 072 個人事業主4名の納車先 → 運送会社（1～4名）
_ps = people(470, 4)
_lst = "\n".join(f"　{n}. {p['name']} 様　〒{p['zip']} {p['addr']}　TEL {p['mobile']}"
                 for n, p in enumerate(_ps, 1))
M(id="credit-072", charset="shift_jis", sender=FROM("osone"),
  to=["青葉運輸株式会社 配車センター 戸塚様 <totsuka@aoba-unyu.co.jp>"],
  subject="軽貨物車 陸送のお願い（個人事業主様 4件）",
  body=f"""戸塚様

お世話になっております。日の出産業の大曽根です。
個人事業主様向けにリースする軽貨物車4台の陸送をお願いします。納車先は以下のとおりです。

{_lst}

納車希望日はいずれも12月1日（月）～3日（水）の午前中です。
到着前にお客様へお電話をお願いいたします。
{sig("osone", 2)}""",
  expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="納車先4名の氏名・住所・電話のみ（1～4名の範囲、警告まで）")

# 073 マイナンバー入り PDF（支払調書）→ 税理士法人
_mn1, _mn2 = MN(), MN()
M(id="credit-073", charset="utf-8", sender=FROM("morinaga"),
  to=["星野税理士法人 井口様 <iguchi@zeirishi-hoshino.jp>"],
  subject="不動産の使用料等の支払調書（2025年分）ドラフト",
  body=f"""星野税理士法人
井口様

お世話になっております。日の出産業 経理部の森永です。
2025年分の「不動産の使用料等の支払調書」のドラフトを作成しましたので、ご確認をお願いします。
法定調書合計表と合わせて、1月20日頃に電子申告する予定です。
{sig("morinaga")}""",
  attachments=[{"kind": "pdf", "name": "支払調書_不動産使用料_2025_draft.pdf",
                "lines": ["令和7年分 不動産の使用料等の支払調書（ドラフト）", "支払者：日の出産業株式会社", ""],
                "table": [["支払を受ける者", "住所", "個人番号", "区分", "支払金額"],
                          ["舘野 源一郎", "神奈川県相模原市緑区大島1587-3", _mn1, "地代（資材置場）", "1,440,000"],
                          ["東海林 和子", "埼玉県越谷市大沢3-19-6", _mn2, "地代（車両保管場）", "960,000"]]}],
  expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="地主2名のマイナンバーを記載した支払調書PDFを社外の税理士法人へ")

# 074 英文：カード番号（スペース区切り）→ 海外ホテル
_c = CARD()
M(id="credit-074", charset="utf-8", sender=FROM("shinomiya"),
  to=["Harbor View Hotels - Billing <billing@harborviewhotels.com.sg>"],
  subject="Cardholder dispute - folio HV-2025-118274",
  body=f"""Dear Billing Team,

We are the card issuer for the following transaction, which our cardholder disputes as a duplicate charge:

  Cardholder: MS SAYAKA MITARAI
  Card number: {grp4(_c, " ")}
  Transaction date: 02 Nov 2025
  Amount: SGD 1,248.60
  Folio: HV-2025-118274

Could you please provide the signed registration card and the folio for the stay (31 Oct - 2 Nov)?
We would appreciate your reply within 10 business days.
{sig("shinomiya", 3)}""",
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="会員のカード番号（16桁）と氏名を英文で海外のホテルへ")

# 075 リース先企業一覧（法人番号、事業者リスト）→ 銀行
_co = [("北国フーズ株式会社", "010401087561", "北海道札幌市東区北六条東3-1-8", "冷凍冷蔵設備", "38,400,000"),
       ("青葉運輸株式会社", "040001029983", "千葉県市川市塩浜2-14-3", "大型冷凍車 12台", "126,000,000"),
       ("翼工業株式会社", "020001061740", "神奈川県川崎市川崎区浅野町4-9", "フォークリフト・工作機械", "54,750,000"),
       ("株式会社北斗建設", "030001094106", "埼玉県川越市脇田本町20-6", "油圧ショベル 5台", "88,200,000"),
       ("医療法人社団清和会", "011105003318", "東京都府中市府中町2-7-12", "CT・X線装置", "142,300,000"),
       ("株式会社東雲フーズ", "010001162279", "東京都江東区東雲1-8-4", "厨房機器一式", "21,680,000")]
_txt = "\n".join(f"{n}. {c[0]}（法人番号 {corp_number(c[1])}）\n   所在地：{c[2]}\n   物件：{c[3]}　残高：{c[4]}円"
                 for n, c in enumerate(_co, 1))
M(id="credit-075", charset="iso-2022-jp", sender=FROM("kuga"),
  to=["みどり銀行 ストラクチャードファイナンス部 真田様 <sanada@midori-ginko.co.jp>"],
  subject="協調リース案件：対象リース先一覧",
  body=f"""真田様

お世話になっております。日の出産業の久我です。
協調リースの対象としてご検討いただいているリース先（法人）の一覧です。

{_txt}

各社の決算書（直近3期）は、秘密保持契約の締結後にお渡しいたします。
{sig("kuga")}""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="リース先の法人6社の法人番号・所在地・残高で、個人のリストではない")
# =====================================================================================
# 076–100
# =====================================================================================

# 076 似せドメイン（kawasaki-denki.jp：co. 抜け）＋ 設置先の個人1名
_p = P(480)
M(id="credit-076", charset="shift_jis", sender=FROM("osone"),
  to=["川崎電機 サービス課 <service@kawasaki-denki.jp>"],
  subject="業務用エアコン（リース物件）設置工事のお願い",
  body=f"""川崎電機株式会社
サービス課 ご担当者様

お世話になっております。日の出産業の大曽根です。
個人事業主のお客様向けにリースする業務用エアコンの設置工事をお願いします。

　設置先　：{_p["name"]}様（美容室経営）
　住所　　：〒{_p["zip"]} {_p["addr"]}
　連絡先　：{_p["mobile"]}
　機種　　：KDE-P140RA（天井カセット形 5馬力）
　希望日　：12月第2週の平日

見積書は前回いただいたもの（見積番号 KD-Q-25-3381）で進めております。
{sig("osone", 1)}""",
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
  note="取引先 kawasaki-denki.co.jp の似せドメイン（co. 抜けの kawasaki-denki.jp）あて")

# 077 英文返信（引用は日程の話だけ）
M(id="credit-077", charset="utf-8", sender=FROM("hinata"),
  to=["Priya Raman <priya.raman@northbridge-analytics.com>"],
  cc=["Shinichiro Kuga <shinichiro.kuga@hinode-sangyo.co.jp>"],
  subject="Re: Model review meeting - new date",
  body=f"""Hi Priya,

Thursday 4 December, 10:00 JST (9:00 SGT) works for us. I'll send a Teams invite shortly.
Shinichiro from our corporate planning team will also join for the first half hour.

Best,
Ren

> On 20 Nov 2025, at 18:02, Priya Raman <priya.raman@northbridge-analytics.com> wrote:
>
> Hi Ren, unfortunately I need to move our model review. Would 4 or 5 December work on your side?
> Priya
{sig("hinata", 3)}""",
  expect="pass", entities=[], detectors=[],
  note="日程調整の英文返信。個人データなし")

# 078 破損した PDF → 監査法人
M(id="credit-078", charset="iso-2022-jp", sender=FROM("morinaga"),
  to=["青山監査法人 監査第三部 久保田様 <kubota@aoyama-audit.or.jp>"],
  subject="貸倒引当金の計算資料（9月末）",
  body=f"""久保田様

お世話になっております。日の出産業の森永です。
ご依頼の貸倒引当金計算資料（2025年9月末）をお送りします。
ご不明点があればご連絡ください。
{sig("morinaga", 2)}""",
  attachments=[{"kind": "corrupt", "name": "貸倒引当金_計算資料_202509.pdf"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="添付のPDFが壊れていて中身を検査できない")

# 079 英文：ローマ字氏名の顧客8名 → 海外のコールセンター
_ps = people(490, 8)
_lst = "\n".join(f"{n}. {p['romaji']} | {p['mobile']} | {p['email']} | {['morning', 'evening', 'weekend', 'any'][n % 4]}"
                 for n, p in enumerate(_ps, 1))
M(id="credit-079", charset="utf-8", sender=FROM("shinomiya"),
  to=["Luzon BPO Solutions - Team Lead <teamlead.jp@luzon-bpo.com.ph>"],
  subject="Welcome call list - new card members (20 Nov)",
  body=f"""Hi team,

Please find below today's new card members for the Japanese-language welcome call.
Format: name | mobile | e-mail | preferred time

{_lst}

Please use script WC-03 and log the results in the shared tracker by 6 pm JST tomorrow.
{sig("shinomiya", 3)}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="新規会員8名のローマ字氏名・携帯・メールを英文で海外の委託先へ")

# 080 返信：「差出人: … 送信日時: …」以下の引用に債務者5名
_ps = people(500, 5)
_q = "\n".join(f"　{p['name']}　{p['addr']}　{p['home']}　→ {['転居先不明', '入金約束 11/28', '本人と接触、分割希望', '家族のみ在宅', '勤務先変更の可能性'][n]}"
               for n, p in enumerate(_ps))
M(id="credit-080", charset="shift_jis", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="RE: 訪問結果のご報告（11/18実施分）",
  body=f"""三上様

ご報告ありがとうございました。石動です。
分割希望の先については、当社の和解基準（最長36回）の範囲でご提案ください。
転居先不明の先は、当社で住民票の取得を進めます。

石動

差出人: 三上 浩 <h.mikami@toto-servicer.co.jp>
送信日時: 2025年11月19日 17:46
宛先: 石動 健 <ken.isurugi@hinode-sangyo.co.jp>
件名: 訪問結果のご報告（11/18実施分）

日の出産業　石動様

11/18に実施した訪問の結果をご報告します。

{_q}

以上、よろしくお願いいたします。
東都債権回収株式会社 業務部 三上
""",
  expect="pass", entities=[], detectors=[],
  note="債務者5名の情報は返信の引用部分（差出人:／送信日時: 以下、相手自身の文面）にだけある")

# 081 要配慮（病歴：脳梗塞で入院）1名 → 債権回収会社
_p = P(510)
M(id="credit-081", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["東都債権回収株式会社 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="督促停止のお願い（{0}）".format(_p["contract"]),
  body=f"""三上様

お世話になっております。石動です。
委託中の以下の先について、督促を一時停止してください。

　契約番号：{_p["contract"]}
　氏名　　：{_p["name"]}様（{_p["age"]}歳）

本日、奥様から当社にお電話があり、ご本人が11/16に脳梗塞で倒れて入院し、
右半身の麻痺が残る見込みで、退院の目処は立っていないとのことでした。
今後の返済については、奥様と相談のうえ当社から改めてご連絡します。
{sig("isurugi", 2)}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="特定の債務者1名の病歴（脳梗塞で入院、麻痺）を社外のサービサーへ")

# 082 社内のみ：今週の申込 CSV（20件）
_ps = people(520, 20)
_csv = [["受付日", "申込番号", "氏名", "カナ", "生年月日", "電話", "住所", "勤務先", "年収", "希望額", "加盟店"]]
for n, p in enumerate(_ps, 1):
    _csv.append([f"2025/11/{17 + n % 4}", f"S-11{17 + n % 4}-{n:04d}", p["name"], p["kana"], p["dob"], p["mobile"],
                 p["addr"], p["employer"], p["income"], (n % 5 + 1) * 100000,
                 ["丸光自動車販売", "でんきのヤマモト", "ホームプラザ山手", "カーステーション湘南"][n % 4]])
M(id="credit-082", charset="utf-8", sender=FROM("chihaya"),
  to=["佐伯 智美 <tomomi.saeki@hinode-sangyo.co.jp>", "与信審査部 <shinsa-all@credit.hinode-sangyo.co.jp>"],
  subject="今週の加盟店経由申込（CSV）",
  body="""佐伯さん、審査部の皆さん

お疲れさまです。千早です。
今週の加盟店経由の申込一覧をCSVで共有します（システムの日次出力を結合したものです）。
でんきのヤマモト越谷店分の処理が遅れているとの声があるので、優先してご確認いただけると助かります。

千早
""",
  attachments=[{"kind": "csv", "name": "加盟店経由申込_1117-1120.csv", "encoding": "utf-8", "rows": _csv}],
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
  note="申込者20名のCSVだが宛先は社内（サブドメイン含む）のみ")

# 083 ホモグリフ（IDN）の似せドメイン
M(id="credit-083", charset="utf-8", sender=FROM("morinaga"),
  to=["みどり銀行 法人営業部 伊東様 <k.ito@xn--midori-gnko-6vj.co.jp>"],
  subject="振込先口座変更のご依頼について（確認）",
  body=f"""伊東様

お世話になっております。日の出産業 経理部の森永です。
本日いただいた「当社返済用口座の変更」のご依頼について確認させてください。
新しい口座は、みどり銀行 本店営業部 普通 8820417 でよろしいでしょうか。
変更の適用は12月分の返済からという理解で合っておりますでしょうか。
{sig("morinaga", 2)}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先が midori-ginko.co.jp のホモグリフ（キリル文字 і）IDN ドメイン（xn--）")

# 084 取引先のサブドメイン（正規）
M(id="credit-084", charset="iso-2022-jp", sender=FROM("morinaga"),
  to=["みどり銀行 事務センター <furikae-center@mail.midori-ginko.co.jp>"],
  subject="口座振替手数料のご請求内容の確認",
  body=f"""みどり銀行 事務センター
ご担当者様

お世話になっております。日の出産業 経理部の森永です。
10月分の口座振替手数料のご請求（請求番号 MG-F-2510-0772）について確認させてください。

振替件数 18,442件 × 単価 55円 ＝ 1,014,310円（税込）となっておりますが、
当社の記録では振替件数は 18,397件でした。差異の45件について内訳をご教示いただけますでしょうか。
{sig("morinaga")}""",
  expect="pass", entities=[], detectors=[],
  note="取引先銀行の正規のサブドメイン（mail.midori-ginko.co.jp）あての通常の問い合わせ")

# 085 「取扱注意」表示の XLSX（加盟店評価、事業データ）→ システム会社
M(id="credit-085", charset="shift_jis", sender=FROM("chihaya"),
  to=["ツバサシステム株式会社 小田切様 <odagiri@tsubasa-system.jp>"],
  subject="加盟店管理画面 追加要件（評価データのサンプル）",
  body=f"""小田切様

お世話になっております。日の出産業 加盟店営業部の千早です。
加盟店管理画面に「与信実績評価」タブを追加したく、現在Excelで管理している評価表をお送りします。
この表と同じ項目を画面で表示できるかご検討ください。
{sig("chihaya")}""",
  attachments=[{"kind": "xlsx", "name": "加盟店評価_2025上期.xlsx", "page_header": "取扱注意",
                "sheets": {"評価": [["【取扱注意】加盟店別 与信実績評価（2025年度上期）"], [],
                                  ["加盟店", "申込件数", "承認率", "初期延滞率", "不正疑義件数", "評価", "次期方針"],
                                  ["丸光自動車販売", 412, "71.2%", "0.8%", 0, "A", "手数料優遇継続"],
                                  ["カーステーション湘南", 188, "58.5%", "2.1%", 2, "C", "審査強化・面談"],
                                  ["でんきのヤマモト", 1024, "82.4%", "1.2%", 1, "B", "現状維持"],
                                  ["ホームプラザ山手", 96, "77.1%", "0.4%", 0, "A", "取扱商品拡大"]]}}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="ヘッダーとタイトル行に「取扱注意」の区分表示があるXLSXを社外へ")

# 086 顧客1名の連絡先変更（全角数字）→ コールセンター（1名）
_p = P(540)
M(id="credit-086", charset="utf-8", sender=FROM("isurugi"),
  to=["ネクストコール株式会社 SV 今泉様 <imaizumi@nextcall.co.jp>"],
  subject="架電先の電話番号変更（1件）",
  body=f"""今泉様

お世話になっております。石動です。
架電リストに掲載中の1件について、ご本人から連絡先変更の届出がありました。

　顧客番号：{fw(_p["cust"])}
　氏名　　：{_p["name"]}様
　新しい携帯：{fw(_p["mobile"])}
　架電可能時間：平日１２：００～１３：００

次回の架電から新しい番号でお願いします。
{sig("isurugi", 2)}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="顧客1名の氏名と携帯（全角数字）のみを委託先へ（1～4名の範囲、警告まで）")

# 087 リース物件の発注（型番・注文番号）
M(id="credit-087", charset="iso-2022-jp", sender=FROM("osone"),
  to=["川崎電機株式会社 購買部 湊様 <minato@kawasaki-denki.co.jp>"],
  subject="注文書送付：複合機ほか（注文番号 HS-PO-25-1187）",
  body=f"""湊様

お世話になっております。日の出産業の大曽根です。
下記のとおり発注いたします。注文書（PDF）は押印後に郵送いたします。

　注文番号：HS-PO-25-1187
　ユーザー：株式会社東雲フーズ 本社（東京都江東区東雲1-8-4）

　品名　　　　　　　　型番　　　　　　数量　単価
　カラー複合機　　　　KD-MFP-C5530　　2　　1,280,000
　フィニッシャー　　　KD-FN-22　　　　2　　　168,000
　業務用シュレッダー　KD-SR-410　　　1　　　245,000

納品希望日：12月15日（月）
設置・保守契約はユーザー様と貴社で直接ご締結ください。
{sig("osone", 1)}""",
  expect="pass", entities=[], detectors=[],
  note="注文番号・型番・ユーザー企業の所在地のみの発注メール")

# 088 外部3社（法律事務所・保証会社・サービサー）が To/Cc で見える
M(id="credit-088", charset="utf-8", sender=FROM("isurugi"),
  to=["白川法律事務所 村雨先生 <murasame@shirakawa-law.jp>"],
  cc=["あさひ信用保証 管理部 <kanri@asahi-hosho.co.jp>",
      "東都債権回収 業務部 三上様 <h.mikami@toto-servicer.co.jp>"],
  subject="個人再生案件の債権者側対応 打合せのお願い",
  body=f"""村雨先生
（Cc：あさひ信用保証 管理部様、東都債権回収 三上様）

お世話になっております。日の出産業の石動です。
個人再生の申立てがあった案件について、保証会社様・回収委託先様を交えて
今後の対応（債権届出、再生計画案への意見）を協議させていただきたく存じます。

候補日：12月4日（木）15時～、12月5日（金）10時～
場所：白川法律事務所様の会議室、またはオンライン

ご都合をお知らせください。
{sig("isurugi")}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="社外の3組織（法律事務所・保証会社・サービサー）を To/Cc に並べて送信")

# 089 判断が分かれる：加盟店担当者5名の業務用連絡先 → 印刷会社
M(id="credit-089", charset="shift_jis", sender=FROM("chihaya"),
  to=["錦印刷株式会社 制作部 <seisaku@nishiki-insatsu.co.jp>"],
  subject="「加盟店ご担当者連絡先一覧」冊子（社内配布用）の原稿",
  body=f"""錦印刷株式会社 制作部 ご担当者様

お世話になっております。日の出産業の千早です。
社内配布用の小冊子に掲載する、加盟店様のご担当者連絡先の原稿です。

丸光自動車販売（橋本店）　木崎 翔太　業務用携帯 080-3371-0915　kizaki@marumitsu-motors.co.jp
カーステーション湘南　　　伏見 千尋　業務用携帯 090-6628-4410　fushimi@carstation-shonan.jp
でんきのヤマモト越谷店　　栗原 正憲　業務用携帯 070-1184-2263　kurihara@yamamoto-denki.com
ホームプラザ山手　　　　　桐山 綾乃　業務用携帯 080-9042-5587　kiriyama@yamate-homeplaza.jp
川崎電機 営業推進部　　　野々村 孝　業務用携帯 090-2276-8831　nonomura@kawasaki-denki.co.jp

レイアウトは昨年版と同じでお願いします。
{sig("chihaya", 2)}""",
  expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="取引先担当者5名の業務用携帯・メール。人のリストとも事業者の連絡先とも言える")

# 090 判断が分かれる：連帯保証人（個人・キャリアメール）へ主債務者の延滞状況
_d = P(550)
M(id="credit-090", charset="iso-2022-jp", sender=FROM("isurugi"),
  to=["hoshonin.kumagai@docomo.ne.jp"],
  subject="ご返済状況のご連絡（連帯保証契約について）",
  body=f"""熊谷 様

突然のご連絡失礼いたします。日の出産業株式会社 債権管理部の石動と申します。
熊谷様に連帯保証人となっていただいている、{_d["name"]}様のオートローン（契約番号 {_d["contract"]}）について、
9月分から3回分（合計 141,600円）のお支払いが確認できておりません。
また、お届けの勤務先（{_d["employer"]}）も既に退職されていることが分かりました。

ご本人とご連絡が取れない状況のため、連帯保証人である熊谷様へご連絡いたしました。
お手数ですが、03-5441-7722（平日9:00〜17:30）までお電話をいただけますでしょうか。
{sig("isurugi")}""",
  expect="either", entities=["PERSON_NAME"], detectors=["freemail_recipient", "personal_data"],
  note="主債務者1名の延滞・退職の情報を個人の連帯保証人（キャリアメール）へ。正当な連絡とも第三者提供とも言える")

# 091 判断が分かれる：5名の氏名と審査結果のみ → ディーラー
_ps = people(560, 5)
_res = "\n".join(f"　{p['name']} 様　…　{['承認', '承認', '否決', '承認', '保留（収入証明待ち）'][n]}"
                 for n, p in enumerate(_ps))
M(id="credit-091", charset="utf-8", sender=FROM("saeki"),
  to=["でんきのヤマモト 越谷店 クレジット担当 <koshigaya@yamamoto-denki.com>"],
  subject="本日の審査結果（5件）",
  body=f"""でんきのヤマモト 越谷店
クレジットご担当者様

お世話になっております。日の出産業の佐伯です。
本日お申込みの5件の審査結果です。

{_res}

否決の理由についてはお答えできませんので、お客様にはその旨お伝えください。
{sig("saeki", 2)}""",
  expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="5名の氏名と審査結果のみ（連絡先なし）を申込元の加盟店へ。業務上必要な回答とも人のリストとも言える")

# 092 SMS配信の集計（個人データなし）→ 配信業者
M(id="credit-092", charset="shift_jis", sender=FROM("isurugi"),
  to=["株式会社SMSリンク カスタマーサクセス <cs@sms-link.jp>"],
  subject="10月分 督促SMS配信実績とレポート項目の追加について",
  body=f"""株式会社SMSリンク
カスタマーサクセス ご担当者様

お世話になっております。日の出産業 債権管理部の石動です。
10月分の配信レポートを拝受しました。当社集計と突合した結果は以下のとおりです。

　配信件数：24,118件（貴社レポートと一致）
　到達率　：96.4%
　配信後3日以内の入金率：38.2%（前月 35.9%）

来月から、キャリア別の不達件数をレポートに追加していただくことは可能でしょうか。
{sig("isurugi", 1)}""",
  expect="pass", entities=[], detectors=[],
  note="配信件数や入金率などの集計値のみ")

# 093 ロゴ画像つきの POP 制作依頼
M(id="credit-093", charset="utf-8", sender=FROM("chihaya"),
  to=["錦印刷株式会社 制作部 <seisaku@nishiki-insatsu.co.jp>"],
  subject="店頭POP（初売りキャンペーン）制作のお願い",
  body=f"""錦印刷株式会社 制作部 ご担当者様

お世話になっております。日の出産業の千早です。
初売りキャンペーンの店頭POPの制作をお願いします。ロゴデータを添付します。

　サイズ：A4縦・B5横 各2種
　部数：各300部
　キャッチコピー：「新春はおトクな金利で、新しいクルマ。」
　納期：12月19日（金）

金利の表記は、前回お送りしたキャンペーン金利表のとおりです。
{sig("chihaya")}""",
  attachments=[{"kind": "png", "name": "hinode_credit_logo.png"}],
  expect="pass", entities=[], detectors=[],
  note="ロゴ画像（PNG）つきの通常の制作依頼")

# 094 お客様へ Bcc で一斉送信（正しい送り方）
M(id="credit-094", charset="iso-2022-jp", sender=FROM("okonogi"),
  to=["日の出産業 お客様相談センター <soudan@hinode-sangyo.co.jp>"],
  bcc=["m.hashimoto77@gmail.com", "koji_abe@yahoo.co.jp", "nana.okita@icloud.com",
       "ryu.kirara@outlook.jp", "kumi-s@ezweb.ne.jp", "shige.baba@softbank.ne.jp"],
  subject="【日の出カード】会員ページ メンテナンスのお知らせ（11/30）",
  body="""お客様各位

いつも日の出カードをご利用いただき、誠にありがとうございます。

下記の日程で会員ページのメンテナンスを実施いたします。
メンテナンス中は、ご利用明細の確認・各種お手続きがご利用いただけません。

　日時：2025年11月30日（日）1:00〜6:00

ご迷惑をおかけいたしますが、何卒ご理解くださいますようお願い申し上げます。

※本メールは送信専用アドレスからお送りしています。
日の出産業株式会社 お客様相談センター（0120-24-1180）
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="個人のお客様への一斉送信だが全員 Bcc（互いに見えない）で、個人データなし")

# 095 返信（引用あり）＋ 新しい CSV 添付（不備のある申込者6名）
_ps = people(570, 6)
_csv = [["申込番号", "氏名", "電話", "不備内容"]]
for n, p in enumerate(_ps, 1):
    _csv.append([f"R-2511-{200 + n}", p["name"], p["mobile"],
                 ["収入証明書の期限切れ", "本人確認書類の住所相違", "印鑑不鮮明", "勤務先電話番号の記載漏れ",
                  "見積書の金額相違", "同意書の署名漏れ"][n - 1]])
M(id="credit-095", charset="utf-8", sender=FROM("saeki"),
  to=["ホームプラザ山手 リフォーム館 桐山様 <kiriyama@yamate-homeplaza.jp>"],
  subject="Re: 追加書類のお願い",
  body=f"""桐山様

ご連絡ありがとうございます。佐伯です。
ご質問のあった不備の内容を、案件ごとに一覧にして添付しました。
お手数ですが、お客様にご連絡のうえ、不足書類をお送りください。

> 日の出産業 佐伯様
> 先日ご連絡いただいた追加書類の件、どの案件のどの書類が不足しているのか
> 一覧でいただけますでしょうか。
> 桐山
{sig("saeki", 2)}""",
  attachments=[{"kind": "csv", "name": "不備一覧_1121.csv", "encoding": "cp932", "rows": _csv}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="返信だが新たに添付したCSVに申込者6名の氏名・電話があり社外へ")

# 096 似せドメイン（aoba-unyu-co.jp：ドットをハイフンに）
M(id="credit-096", charset="shift_jis", sender=FROM("osone"),
  to=["青葉運輸 総務部 戸塚様 <totsuka@aoba-unyu-co.jp>"],
  subject="大型冷凍車 追加リースのお見積り",
  body=f"""戸塚様

お世話になっております。日の出産業の大曽根です。
ご相談いただいた大型冷凍車の追加リース（2台）について、お見積りをお送りします。

　物件：大型冷凍車（-30℃仕様）2台
　リース期間：7年（84回）
　月額リース料：1台あたり 248,600円（税別）
　保守：フルメンテナンス込み

条件の詳細は添付の見積書（後送）をご確認ください。
{sig("osone", 1)}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="取引先 aoba-unyu.co.jp の似せドメイン（ドットをハイフンにした aoba-unyu-co.jp）あて")

# 097 社内のみ：不正調査でカード番号を共有
_c = CARD()
_p = P(580)
M(id="credit-097", charset="utf-8", sender=FROM("shinomiya"),
  to=["不正対策チーム <fraud-team@hinode-sangyo.co.jp>"],
  subject="【調査依頼】短時間での高額連続利用（1会員）",
  body=f"""不正対策チームの皆さん

お疲れさまです。決済サービス課の篠宮です。
モニタリングで以下の会員の高額連続利用を検知しました。本人確認の架電をお願いします。

　会員名：{_p["name"]}
　カード番号：{_c}
　利用：11/20 02:14～02:31 の間にオンライン加盟店で5回、計 486,000円

カードは一時停止済みです。
{sig("shinomiya", 2)}""",
  expect="pass", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=[],
  note="カード番号を含むが宛先は社内の不正対策チームのみ")

# 098 ZIP（見積書 PDF と物件写真 PNG）→ リース顧客
M(id="credit-098", charset="iso-2022-jp", sender=FROM("osone"),
  to=["北国フーズ株式会社 総務部 三国様 <mikuni@kitaguni-foods.co.jp>"],
  subject="冷凍冷蔵設備 入替のお見積り",
  body=f"""三国様

お世話になっております。日の出産業の大曽根です。
冷凍冷蔵設備の入替について、お見積書と設備の写真をZIPにまとめてお送りします。
月額リース料は、5年で 312,400円、7年で 236,800円（いずれも税別）です。
{sig("osone", 1)}""",
  attachments=[{"kind": "zip", "name": "見積一式_北国フーズ様.zip",
                "files": [{"kind": "pdf", "name": "お見積書_HS-Q-25-0912.pdf",
                           "lines": ["お見積書 No. HS-Q-25-0912", "北国フーズ株式会社 御中", "",
                                     "物件：冷凍冷蔵設備一式（KD-RF-9000 ほか）", "物件価格：16,800,000円",
                                     "リース期間：5年 月額 312,400円 ／ 7年 月額 236,800円"]},
                          {"kind": "png", "name": "設備写真_01.png"},
                          {"kind": "png", "name": "設備写真_02.png"}]}],
  expect="pass", entities=[], detectors=[],
  note="見積書PDFと写真をまとめたパスワードなしZIP。個人データなし")

# 099 取引先の新担当者（1名）の紹介への返信
M(id="credit-099", charset="shift_jis", sender=FROM("chihaya"),
  to=["ホームプラザ山手 営業部長 九十九様 <tsukumo@yamate-homeplaza.jp>"],
  subject="ご担当者交代のご連絡ありがとうございます",
  body=f"""ホームプラザ山手
営業部長　九十九様

いつもお世話になっております。日の出産業の千早です。
ご担当者交代のご連絡ありがとうございました。
12月からはリフォーム館の桐山様（代表 045-622-4848 内線 215）にご連絡させていただきます。
前任の沢渡様には大変お世話になりました。よろしくお伝えください。
{sig("chihaya")}""",
  expect="pass", entities=[], detectors=[],
  note="取引先の担当者1名の名前と会社代表番号の内線だけ（事業上の連絡先）")

# 100 カード番号入り CSV（UTF-8、6件）→ 決済代行
_ps = people(590, 6)
_csv = [["取消依頼番号", "会員名", "カード番号", "売上日", "金額", "理由"]]
for n, p in enumerate(_ps, 1):
    _csv.append([f"CX-1121-{n:03d}", p["kana"], CARD(), f"2025/11/{10 + n}", (n * 7919) % 90000 + 3000,
                 ["二重計上", "金額誤り", "返品", "二重計上", "キャンセル", "金額誤り"][n - 1]])
M(id="credit-100", charset="utf-8", sender=FROM("shinomiya"),
  to=["ペイブリッジ株式会社 加盟店サポート 遠山様 <toyama@paybridge.co.jp>"],
  subject="売上取消の一括依頼（6件）",
  body=f"""遠山様

お世話になっております。日の出産業 カード事業部の篠宮です。
管理画面の一括取消機能が使えないため、取消対象6件をCSVでお送りします。
本日中のご対応をお願いできますでしょうか。
{sig("shinomiya", 1)}""",
  attachments=[{"kind": "csv", "name": "売上取消依頼_1121.csv", "encoding": "utf-8", "rows": _csv}],
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="会員6名のカード番号と氏名のCSV（UTF-8）を社外の決済代行へ")

assert len(MESSAGES) == 100, len(MESSAGES)
