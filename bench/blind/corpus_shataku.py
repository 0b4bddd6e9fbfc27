"""Blind evaluation corpus, area: shataku (社宅・独身寮の管理).

Mail of 日の出産業's 総務部 住宅グループ / 人事部 (独身寮担当) / 経理 (家賃控除): 借上げ社宅と
独身寮の管理, やり取りの相手は社宅管理代行会社・不動産管理会社・仲介業者・引越業者・家賃保証会社・
寮管理会社・修繕業者・鍵業者・家財保険代理店・個人の大家・入居者本人。入居者名簿, 契約更新,
退去立会い, 家賃控除, 修繕依頼。

Everything here is invented: every person, number, address, company and domain
(other than the organisation and partner domains given in BRIEF.md). Written blind from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without reading
mailguard's code, rules, tests or the other corpus files.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 30801
RNG = random.Random(SEED)

# -- small helpers -------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:,", "０１２３４５６７８９－（）／．：，")


def zen(s: str) -> str:
    """ASCII digits and separators to full width."""
    return s.translate(_ZEN)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def cell(s: str, w: int, fill: str = " ") -> str:
    n = max(0, w - dwidth(s))
    if fill == "　":
        return s + "　" * (n // 2) + " " * (n % 2)
    return s + " " * n


def padded(rows, gap: int = 2, fill: str = " ", rule: str = "-") -> str:
    """Columns padded with spaces under a header and a rule, as people paste them."""
    rows = [[str(c) for c in r] for r in rows]
    ws = [max(dwidth(r[i]) for r in rows) for i in range(len(rows[0]))]
    sep = (" " * gap) if fill == " " else "　"
    out = []
    for j, r in enumerate(rows):
        out.append(sep.join(cell(c, ws[i], fill) for i, c in enumerate(r)).rstrip())
        if j == 0 and rule:
            out.append(rule * ((sum(ws) + gap * (len(ws) - 1)) // dwidth(rule)))
    return "\n".join(out)


SURNAMES = [
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("九十九", "ツクモ", "Tsukumo"),
    ("百目鬼", "ドウメキ", "Domeki"), ("忽那", "クツナ", "Kutsuna"), ("薬袋", "ミナイ", "Minai"),
    ("猪狩", "イガリ", "Igari"), ("善養寺", "ゼンヨウジ", "Zenyoji"), ("佐々木", "ササキ", "Sasaki"),
    ("高橋", "タカハシ", "Takahashi"), ("渡邉", "ワタナベ", "Watanabe"),
    ("小林", "コバヤシ", "Kobayashi"), ("中島", "ナカジマ", "Nakajima"), ("石田", "イシダ", "Ishida"),
    ("三宅", "ミヤケ", "Miyake"), ("大槻", "オオツキ", "Otsuki"), ("西田", "ニシダ", "Nishida"),
    ("樋口", "ヒグチ", "Higuchi"), ("荒木", "アラキ", "Araki"), ("久保田", "クボタ", "Kubota"),
    ("野々村", "ノノムラ", "Nonomura"), ("宮城", "ミヤギ", "Miyagi"), ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"), ("菅原", "スガワラ", "Sugawara"), ("千葉", "チバ", "Chiba"),
    ("柏木", "カシワギ", "Kashiwagi"), ("藤森", "フジモリ", "Fujimori"), ("岩崎", "イワサキ", "Iwasaki"),
    ("桑原", "クワバラ", "Kuwabara"), ("安達", "アダチ", "Adachi"), ("南雲", "ナグモ", "Nagumo"),
    ("栗原", "クリハラ", "Kurihara"), ("早乙女", "サオトメ", "Saotome"),
    ("二階堂", "ニカイドウ", "Nikaido"), ("本多", "ホンダ", "Honda"), ("水野", "ミズノ", "Mizuno"),
    ("矢部", "ヤベ", "Yabe"), ("塩谷", "シオヤ", "Shioya"), ("鳥越", "トリゴエ", "Torigoe"),
    ("関口", "セキグチ", "Sekiguchi"), ("日比野", "ヒビノ", "Hibino"), ("戸叶", "トガノウ", "Toganou"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"), ("健一", "ケンイチ", "Kenichi"), ("直樹", "ナオキ", "Naoki"),
    ("由美", "ユミ", "Yumi"), ("真一", "シンイチ", "Shinichi"), ("彩花", "アヤカ", "Ayaka"),
    ("拓海", "タクミ", "Takumi"), ("結衣", "ユイ", "Yui"), ("蓮", "レン", "Ren"),
    ("颯太", "ソウタ", "Sota"), ("悠真", "ユウマ", "Yuma"), ("葵", "アオイ", "Aoi"),
    ("智子", "トモコ", "Tomoko"), ("和也", "カズヤ", "Kazuya"), ("千尋", "チヒロ", "Chihiro"),
    ("将大", "マサヒロ", "Masahiro"), ("里奈", "リナ", "Rina"), ("慎吾", "シンゴ", "Shingo"),
    ("恵理", "エリ", "Eri"), ("隼人", "ハヤト", "Hayato"), ("沙織", "サオリ", "Saori"),
    ("誠", "マコト", "Makoto"), ("航", "ワタル", "Wataru"), ("奈々", "ナナ", "Nana"),
    ("崇", "タカシ", "Takashi"), ("亮介", "リョウスケ", "Ryosuke"), ("香織", "カオリ", "Kaori"),
    ("雄大", "ユウダイ", "Yudai"), ("萌", "モエ", "Moe"), ("光太郎", "コウタロウ", "Kotaro"),
]
PLACES = [
    ("135-0016", "東京都", "江東区", "東陽"), ("140-0011", "東京都", "品川区", "東大井"),
    ("211-0063", "神奈川県", "川崎市中原区", "小杉町"), ("223-0061", "神奈川県", "横浜市港北区", "日吉"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"), ("273-0005", "千葉県", "船橋市", "本町"),
    ("532-0011", "大阪府", "大阪市淀川区", "西中島"), ("564-0063", "大阪府", "吹田市", "江坂町"),
    ("450-0003", "愛知県", "名古屋市中村区", "名駅南"), ("812-0013", "福岡県", "福岡市博多区", "博多駅東"),
    ("980-0014", "宮城県", "仙台市青葉区", "本町"), ("001-0010", "北海道", "札幌市北区", "北十条西"),
    ("650-0004", "兵庫県", "神戸市中央区", "中山手通"), ("732-0828", "広島県", "広島市南区", "京橋町"),
    ("156-0052", "東京都", "世田谷区", "経堂"), ("176-0012", "東京都", "練馬区", "豊玉北"),
    ("120-0034", "東京都", "足立区", "千住"), ("260-0013", "千葉県", "千葉市中央区", "中央"),
    ("420-0857", "静岡県", "静岡市葵区", "御幸町"), ("860-0806", "熊本県", "熊本市中央区", "花畑町"),
]
BLDG = ["メゾン", "コーポ", "パークハイツ", "グランシティ", "レジデンス", "サンライズ", "リバーコート",
        "ベルエール", "フォレスト", "エスポワール", "ラフィネ", "シャトー"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def mobile() -> str:
    return f"{RNG.choice(['090', '080', '070'])}-{RNG.randint(1000, 9999)}-{RNG.randint(1000, 9999)}"


def dob(lo: int = 1968, hi: int = 2003) -> tuple[int, int, int]:
    return (RNG.randint(lo, hi), RNG.randint(1, 12), RNG.randint(1, 28))


def wareki(ymd, style: str = "kanji") -> str:
    y, m, d = ymd
    if (y, m, d) < (1989, 1, 8):
        era, short, n = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "zenshort":
        return {"S": "Ｓ", "H": "Ｈ", "R": "Ｒ"}[short] + zen(f"{n}.{m}.{d}")
    raise ValueError(style)


def ymd(t, sep: str = "/") -> str:
    return f"{t[0]}{sep}{t[1]:02d}{sep}{t[2]:02d}"


def address(style: int = 0) -> str:
    z, pref, city, town = RNG.choice(PLACES)
    c, b, g = RNG.randint(1, 5), RNG.randint(1, 30), RNG.randint(1, 20)
    bl = f"{RNG.choice(BLDG)}{town[:2]} {RNG.randint(1, 5)}{RNG.randint(1, 12):02d}"
    if style == 0:
        return f"{pref}{city}{town}{c}-{b}-{g} {bl}"
    if style == 1:
        return f"〒{z} {pref}{city}{town}{c}丁目{b}番{g}号 {bl}号室"
    if style == 2:  # no building (実家など)
        return f"{pref}{city}{town}{c}-{b}-{g}"
    return zen(f"〒{z}　{pref}{city}{town}{c}-{b}-{g}")


def people(n: int, lo: int = 1968, hi: int = 2003) -> list[dict]:
    sur = RNG.sample(SURNAMES, n) if n <= len(SURNAMES) else [RNG.choice(SURNAMES) for _ in range(n)]
    giv = RNG.sample(GIVEN, n) if n <= len(GIVEN) else [RNG.choice(GIVEN) for _ in range(n)]
    out = []
    for (s, sk, sr), (g, gk, gr) in zip(sur, giv):
        out.append({
            "sei": s, "mei": g, "name": f"{s} {g}", "name2": f"{s}{g}",
            "kana": f"{sk} {gk}", "roma": f"{gr} {sr.upper()}", "sei_r": sr, "mei_r": gr,
            "phone": mobile(), "dob": dob(lo, hi), "addr": address(RNG.choice([0, 1, 2])),
            "emp": f"{RNG.choice(['1', '2'])}{RNG.randint(0, 2)}{RNG.randint(1000, 9999)}",
            "mail": f"{gr.lower()}.{sr.lower()}{RNG.randint(1, 99)}@{RNG.choice(FREEMAIL)}",
            "room": f"{RNG.randint(1, 4)}{RNG.randint(1, 12):02d}",
        })
    return out


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# -- senders and signatures ---------------------------------------------------------------

YAMAUCHI = "山内 佳奈 <yamauchi.kana@hinode-sangyo.co.jp>"
ONODERA = "小野寺 拓 <t-onodera@hinode-sangyo.co.jp>"
SAMEJIMA = "鮫島 瑞穂 <samejima.mizuho@hinode-sangyo.co.jp>"
HORINOUCHI = "堀之内 健 <horinouchi.ken@hinode-sangyo.co.jp>"
SHINKAI = "新開 美帆 <shinkai.miho@osaka.hinode-sangyo.co.jp>"
TACHIBANA = "立花 亮 <tachibana.r@hinode-sangyo.co.jp>"

SIG_YAMAUCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 住宅グループ
山内 佳奈（Yamauchi Kana）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル8F
TEL：03-5401-2261（直通）／FAX：03-5401-2270
Mail：yamauchi.kana@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = """
--
日の出産業株式会社
総務部 住宅グループ 主任　小野寺 拓
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5401-2265 / 携帯 080-2291-6034（社用）
t-onodera@hinode-sangyo.co.jp"""

SIG_SAMEJIMA = """
*************************************
日の出産業株式会社 人事部 人事課
独身寮担当　鮫島 瑞穂
TEL: 03-5401-2190  内線: 2190
E-mail: samejima.mizuho@hinode-sangyo.co.jp
*************************************"""

SIG_HORINOUCHI = """
――――――――――――――――
日の出産業株式会社
総務部長代理 兼 住宅グループ課長
堀之内 健
〒105-0013 東京都港区浜松町2-4-1 日の出ビル
TEL 03-5401-2260
――――――――――――――――"""

SIG_SHINKAI = """
-------------------------------------------
日の出産業株式会社 大阪支店 総務課
新開 美帆
〒530-0001 大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル15F
TEL 06-6345-7710 FAX 06-6345-7719
-------------------------------------------"""

SIG_TACHIBANA = """
---
経理部 給与チーム　立花 亮
内線 3318 / tachibana.r@hinode-sangyo.co.jp"""

SIG_ONODERA_EN = """
Best regards,

Taku Onodera
Housing Group, General Affairs Dept.
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-2265
t-onodera@hinode-sangyo.co.jp"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールおよび添付ファイルを破棄してくださいますよう
お願い申し上げます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee(s). If you have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# =========================================================================================
# 001-020
# =========================================================================================

_p = people(12)
_d = people(8, 1998, 2006)
MESSAGES.append({
    "id": "shataku-001",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "cc": ["t-onodera@hinode-sangyo.co.jp"],
    "subject": "【日の出産業】管理代行切替に伴う入居者データのご送付",
    "charset": "iso-2022-jp",
    "body": f"""星和社宅サービス株式会社
社宅管理部 村瀬 様

いつも大変お世話になっております。
日の出産業 総務部の山内です。

12月1日からの管理代行切替に向けて、現時点の入居者データを添付にてお送りいたします。
シートは「借上げ社宅」「独身寮」「集計」の3つに分けております。
独身寮の携帯・メールは本人申告ベースのため、一部古いものが混ざっている可能性があります。

取込み時にエラーが出るようでしたらご連絡ください。
引き続きよろしくお願いいたします。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "xlsx", "name": "社宅入居者名簿_2025年10月末.xlsx",
        "title": "社宅入居者名簿",
        "sheets": {
            "借上げ社宅": [["借上げ社宅 入居者名簿（2025年10月末現在）"], [],
                       ["No", "社員番号", "氏名", "フリガナ", "所属", "住所", "入居日", "携帯電話", "生年月日"]]
            + [[i + 1, p["emp"], p["name"], p["kana"],
                RNG.choice(["営業一部", "営業二部", "技術部", "品質保証部", "大阪支店", "物流センター"]),
                p["addr"], f"20{RNG.randint(18, 25)}/{RNG.randint(1, 12):02d}/01", p["phone"], ymd(p["dob"])]
               for i, p in enumerate(_p)],
            "独身寮": [["独身寮 入寮者一覧"], ["寮名", "部屋", "社員番号", "氏名", "携帯", "メール"]]
            + [[RNG.choice(["北千住寮", "日吉寮"]), p["room"], p["emp"], p["name"], p["phone"], p["mail"]]
               for p in _d],
            "集計": [["区分", "人数"], ["借上げ社宅", len(_p)], ["独身寮", len(_d)]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "入居者名簿20名(住所・携帯・生年月日・メール)のXLSXを社外の管理代行会社へ",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-002",
    "sender": ONODERA,
    "to": ["東栄コミュニティ 大場様 <oba.t@toei-community.co.jp>"],
    "subject": "修繕のお願い：パークハイツ東陽 302号室 給湯器エラー",
    "charset": "iso-2022-jp",
    "body": f"""東栄コミュニティ株式会社
賃貸管理課 大場様

お世話になっております。日の出産業の小野寺です。

弊社で借上げております「パークハイツ東陽」302号室につきまして、
入居者（弊社社員 {_p['name']}）より、昨晩から給湯器にエラー（E-111）が表示され
お湯が出ないとの連絡がありました。

リモコンのリセットは本人が試したものの改善しないとのことです。
業者さんの手配をお願いできますでしょうか。

日程調整は本人と直接していただいて構いません（本人了承済みです）。
　{_p['sei']}さん 携帯：{_p['phone']}（平日は19時以降がつながりやすいそうです）

費用負担の区分（貸主／借主）が判明しましたら、あわせてご教示ください。
どうぞよろしくお願いいたします。
{SIG_ONODERA}
{DISC_JA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "修繕依頼で入居者1名の氏名と携帯のみ。1名分は警告止まりで送ってよい",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-003",
    "sender": SHINKAI,
    "to": ["青葉運輸 引越事業部 柴田様 <shibata.k@aoba-unyuu.co.jp>"],
    "subject": "転勤者の引越見積依頼（大阪→東京）",
    "charset": "utf-8",
    "body": f"""青葉運輸株式会社 引越事業部
柴田様

いつもお世話になっております。
日の出産業 大阪支店総務課の新開でございます。

4月1日付の人事異動に伴い、下記1名の引越見積をお願いいたします。

■対象者　　{_p['name']}（{_p['kana']}）
■現住所　　大阪府吹田市江坂町2-14-6 ラフィネ江坂 508
■新住所　　東京都品川区東大井5-3-11 コーポ東大 203（借上げ社宅）
■連絡先　　{_p['phone']}
■家族構成　本人＋配偶者（2名）
■希望日　　3月27日(金)搬出／3月28日(土)搬入

訪問見積の日程は本人と直接ご調整ください。
法人契約の料金表適用でお願いいたします。
{SIG_SHINKAI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先が取引先aoba-unyu.co.jpに u を足した類似ドメイン aoba-unyuu.co.jp",
})

_p = people(36)
_rows = [["社員番号", "氏名", "物件コード", "社宅使用料", "駐車場", "共益費本人負担", "控除合計"]]
for p in _p:
    rent = RNG.choice([18000, 21500, 24000, 27500, 30000, 12000])
    park = RNG.choice([0, 0, 0, 5000, 8000])
    kyo = RNG.choice([0, 2000, 3000])
    _rows.append([p["emp"], p["name2"], f"K{RNG.randint(100, 999)}", rent, park, kyo, rent + park + kyo])
MESSAGES.append({
    "id": "shataku-004",
    "sender": YAMAUCHI,
    "to": ["経理部 給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    "cc": ["立花 亮 <tachibana.r@hinode-sangyo.co.jp>"],
    "subject": "11月給与 社宅使用料控除データ",
    "charset": "iso-2022-jp",
    "body": f"""給与チーム各位

お疲れさまです。住宅グループ山内です。
11月給与分の社宅使用料控除データを添付します（36名）。

前月からの変更点：
・新規入居 3名（K412, K418, K420）
・退去 2名（控除は10月分で終了）
・駐車場契約追加 1名

締切の11/18までに取り込みをお願いします。
{SIG_YAMAUCHI}""",
    "attachments": [{"kind": "csv", "name": "shataku_koujo_202511.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "36名の控除データだが宛先はすべて社内(hinode-sangyo.co.jp)",
})

_p = people(1, 1985, 1996)[0]
MESSAGES.append({
    "id": "shataku-005",
    "sender": ONODERA,
    "to": ["株式会社フロンティア保証 審査部 <shinsa@frontier-hosho.co.jp>"],
    "subject": "保証委託申込（法人借上げ／パークハイツ経堂 105）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社フロンティア保証
審査部 御中

お世話になっております。日の出産業株式会社 総務部の小野寺です。
仲介のハウスリンク不動産様経由でご案内のあった件、保証委託の申込内容をお送りします。
申込書原本は本日郵送いたしました。

【物件】パークハイツ経堂 105号室（契約者：日の出産業株式会社）
【入居者】
　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['dob'])}
　現住所　　：{_p['addr']}
　携帯　　　：{_p['phone']}
　勤続年数　：{RNG.randint(3, 12)}年
　本人確認書類：運転免許証
　　免許証番号 第{RNG.choice(['30', '45', '50'])}{RNG.randint(10, 19)}{RNG.randint(100000, 999999)}{RNG.randint(10, 99)}号
　　（有効期限 令和{RNG.randint(8, 10)}年{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日まで）

審査結果はメールにてご連絡いただけますと幸いです。
{SIG_ONODERA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "入居者1名だが運転免許証番号を社外の保証会社へ本文で送付",
})

MESSAGES.append({
    "id": "shataku-006",
    "sender": HORINOUCHI,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "RE: 【更新のご案内】コーポ大井 201号室",
    "charset": "iso-2022-jp",
    "body": f"""みなと住宅管理株式会社
浅野様

ご案内ありがとうございます。日の出産業の堀之内です。

コーポ大井 201号室は、現入居者がそのまま継続利用いたしますので、
同条件での更新で進めていただけますでしょうか。
更新料（賃料の1か月分：82,000円）は、請求書到着後、翌月末に振り込みます。

更新契約書は2部とも押印のうえ返送いたします。
{SIG_HORINOUCHI}

-----Original Message-----
From: 浅野 <asano@minato-jk.co.jp>
Sent: Tuesday, January 13, 2026 4:12 PM
To: 堀之内 健 <horinouchi.ken@hinode-sangyo.co.jp>
Subject: 【更新のご案内】コーポ大井 201号室

日の出産業株式会社
堀之内様

いつもお世話になっております。みなと住宅管理の浅野です。
標記物件の賃貸借契約が2026年3月31日で満了となりますので、更新のご案内をお送りします。

　契約期間：2026年4月1日～2028年3月31日
　賃料　　：82,000円（据え置き）
　共益費　：4,000円
　更新料　：82,000円
　更新事務手数料：11,000円（税込）

継続・解約のご意向を1月末までにお知らせください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "物件の契約更新の事務連絡。個人情報なし",
})

_addrs = [f"{p['mei_r'].lower()}{RNG.randint(10, 99)}{s}" for p, s in zip(people(6), [
    "@gmail.com", "@yahoo.co.jp", "@icloud.com", "@docomo.ne.jp", "@gmail.com", "@ezweb.ne.jp"])]
MESSAGES.append({
    "id": "shataku-007",
    "sender": SAMEJIMA,
    "to": _addrs,
    "subject": "【日吉寮】2/8（日）断水のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""日吉寮の皆さん

人事部の鮫島です。
寮の受水槽清掃のため、下記の時間帯に断水となります。

　日時：2月8日（日）9:00～13:00（作業状況により前後します）
　範囲：寮全体（キッチン・浴室・トイレすべて）

前日までに飲料水の確保、トイレ用の汲み置きをお願いします。
断水中は給湯器の電源を切っておいてください。

不明点は管理人室（内線なし、045-561-2208）まで。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "寮生6名の私用アドレスを To に並べて送信。Bcc にすべきだった",
})

MESSAGES.append({
    "id": "shataku-008",
    "sender": YAMAUCHI,
    "to": ["ハウスリンク不動産 水谷様 <mizutani@houselink-fudosan.jp>"],
    "subject": "借上げ社宅の物件紹介のお願い（川崎・武蔵小杉エリア）",
    "charset": "utf-8",
    "body": f"""株式会社ハウスリンク不動産
法人営業部 水谷様

いつもお世話になっております。
日の出産業の山内です。

4月に技術部へ着任する社員1名（単身・30代男性）の借上げ社宅を探しております。
下記条件で、ご紹介可能な物件があればお知らせいただけますでしょうか。

 ・エリア：武蔵小杉駅／新丸子駅 徒歩12分以内
 ・賃料：管理費込み 95,000円以内（当社規程上限）
 ・間取り：1K～1LDK、25㎡以上
 ・築年数：築25年以内、2階以上、バス・トイレ別
 ・入居希望：3月20日前後
 ・契約形態：法人契約（保証会社利用可）

内見は本人が3月上旬に上京した際に1日でまとめて行いたい意向です。
よろしくお願いいたします。
{SIG_YAMAUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "物件探しの条件のみ。入居予定者は特定されない",
})

_p = people(7)
_lines = ["物件名\t部屋\t氏名\t退去予定日\t携帯\t転居先"]
for p in _p:
    _lines.append("\t".join([RNG.choice(["コーポ大井", "メゾン東大井", "ベルエール品川"]), p["room"], p["name"],
                             f"{RNG.randint(2, 3)}/{RNG.randint(1, 28)}", p["phone"], address(2)]))
MESSAGES.append({
    "id": "shataku-009",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "3月末までの退去予定者（御社管理物件分）",
    "charset": "cp932",
    "body": "浅野様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "年度末の異動で、御社管理物件から退去予定の入居者をまとめました。\n"
            "（社内の一覧からそのまま貼り付けています。見づらくてすみません）\n\n"
            + "\n".join(_lines) +
            "\n\n立会いの候補日を各入居者と直接調整していただけると助かります。\n"
            "解約通知書は別途FAXいたします。\n" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "退去予定者7名(氏名・携帯・転居先住所)をタブ区切りで本文に貼付、社外の管理会社宛",
})

MESSAGES.append({
    "id": "shataku-010",
    "sender": HORINOUCHI,
    "to": ["murase@seiwa-shataku.co.jp"],
    "cc": ["yamauchi.kana@hinode-sangyo.co.jp"],
    "subject": "借上げ社宅規程 改定案のご確認のお願い",
    "charset": "iso-2022-jp",
    "body": f"""星和社宅サービス 村瀬様

お世話になっております。日の出産業 堀之内です。
来年度からの借上げ社宅規程の改定案を添付いたします。
運用面（申請フロー、入居者負担額の計算）で代行業務に影響する箇所があれば、
2月20日までにコメントをいただけますでしょうか。

よろしくお願いいたします。
{SIG_HORINOUCHI}""",
    "attachments": [{
        "kind": "docx", "name": "借上げ社宅規程_改定案_v3.docx",
        "page_header": "社外秘",
        "title": "借上げ社宅規程（改定案）",
        "paragraphs": [
            "【社外秘】 取締役会付議前ドラフト",
            "借上げ社宅規程（改定案）",
            "第1条（目的）本規程は、転勤者及び新入社員の住居を確保するため会社が借り上げる住宅の管理運営について定める。",
            "第5条（賃料上限）東京23区・川崎市・横浜市：単身95,000円、世帯150,000円（現行：単身85,000円、世帯135,000円）。",
            "第8条（社宅使用料）社員の負担額は賃料の15％とし、上限を30,000円とする（現行20％・上限35,000円）。",
            "第12条（入居期間）単身者は原則として入居から6年を限度とする。",
            "附則 本規程は2026年4月1日から施行する。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付規程案のヘッダと冒頭に「社外秘」の区分表示、社外の代行会社宛",
})

MESSAGES.append({
    "id": "shataku-011",
    "sender": HORINOUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "cc": ["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    "subject": "社宅管理代行業務委託に係る秘密保持契約書（案）",
    "charset": "utf-8",
    "body": f"""星和社宅サービス株式会社 村瀬様
（cc：白川法律事務所 久我先生）

お世話になっております。日の出産業の堀之内でございます。

業務委託契約の締結に先立ち、秘密保持契約書（NDA）の案を添付いたします。
当社顧問の久我先生にも確認いただいた版です。
入居者の個人情報の取扱い（第4条・第6条）について、御社の運用と齟齬がないか
ご確認のほどお願いいたします。

修正がある場合は変更履歴付きでお戻しいただけますと助かります。
{SIG_HORINOUCHI}
{DISC_JA}""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_20260205.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と星和社宅サービス株式会社（以下「乙」という。）は、社宅管理代行業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報のうち、機密である旨を明示したもの及び甲の従業員の個人情報をいう。",
            "第4条（個人情報）乙は、甲から預託された入居者の個人情報を本業務の目的以外に利用してはならない。",
            "第6条（返還・廃棄）乙は、本契約終了時、甲の指示に従い秘密情報を返還又は廃棄する。",
            "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "NDA案の送付。条文中の「機密」は言及にすぎず区分表示ではない。社外2組織は通常の三者メール",
})

MESSAGES.append({
    "id": "shataku-012",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "入居者一覧（御社管理物件分）送付",
    "charset": "iso-2022-jp",
    "body": f"""大場様

お世話になっております。日の出産業の小野寺です。
ご依頼いただいた御社管理物件の入居者一覧をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
{SIG_ONODERA}""",
    "attachments": [{
        "kind": "zip", "name": "入居者一覧_東栄管理物件.zip", "password": "Hn2026!tc",
        "files": [{"kind": "xlsx", "name": "入居者一覧.xlsx", "sheets": {"一覧": [
            ["物件", "部屋", "氏名", "携帯"]] + [[RNG.choice(["パークハイツ東陽", "グランシティ日吉"]),
                                              p["room"], p["name"], p["phone"]] for p in people(9)]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP(PPAP)で中身を検査できない",
})

MESSAGES.append({
    "id": "shataku-013",
    "sender": SAMEJIMA,
    "to": ["ren.tsukuda0407@gmail.com"],
    "subject": "【日の出産業】北千住寮 入寮のご案内",
    "charset": "iso-2022-jp",
    "body": f"""佃 蓮 様

内定者研修おつかれさまでした。人事部の鮫島です。
4月からご入居いただく独身寮についてご案内します。

■寮名　　日の出産業 北千住寮
■所在地　東京都足立区千住旭町41-7（北千住駅東口 徒歩8分）
■管理人室　03-3882-5140（9:00～18:00、日曜休み）
■入寮可能日　3月28日(土)以降
■お部屋　　個室（約9㎡、ベッド・机・エアコン付き）、浴室・食堂は共用
■寮費　　月額12,000円＋食費（朝夕）実費。給与から控除します

荷物の発送は、3月27日着の指定で「北千住寮 管理人室気付」でお送りください。
入寮日が決まりましたら、このメールにご返信ください。
{SIG_SAMEJIMA}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "内定者本人の私用アドレス1件への入寮案内。寮の所在地は会社施設",
})

_p = people(1)[0]
_card = card_number(SEED + 0)
MESSAGES.append({
    "id": "shataku-014",
    "sender": SHINKAI,
    "to": ["ひまわり引越センター 法人窓口 <houjin@himawari-hikkoshi.co.jp>"],
    "subject": "Re: お見積り（受付番号 HM-260214-033）オプション代金のお支払い",
    "charset": "utf-8",
    "body": f"""ひまわり引越センター 法人窓口 ご担当者様

お世話になっております。日の出産業 大阪支店の新開です。
お見積りありがとうございました。基本料金は会社請求でお願いします。

なお、オプションのうち「エアコン移設（2台目）」と「ピアノ輸送」は本人負担となります。
本人から、カードで支払いたいので代わりに伝えてほしいと依頼がありましたので、下記のとおりお知らせします。

　名義　　：{_p['roma']}
　カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
　有効期限：0{RNG.randint(1, 9)}/{RNG.randint(27, 30)}

お手数ですが、決済完了後に本人（{_p['sei']}）へ控えをお送りいただけますでしょうか。
{SIG_SHINKAI}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "社員のクレジットカード番号を本文で引越業者へ",
})

_p = people(1, 2002, 2004)[0]
MESSAGES.append({
    "id": "shataku-015",
    "sender": SAMEJIMA,
    "to": ["はるかぜ寮管理 日吉寮 管理人室 <hiyoshi@harukaze-ryo.co.jp>"],
    "subject": "新入寮者についてのお願い（4/1入寮）",
    "charset": "iso-2022-jp",
    "body": f"""はるかぜ寮管理株式会社
日吉寮 管理人 ご夫妻様

いつも寮生がお世話になっております。日の出産業人事部の鮫島です。

4月1日に入寮する新入社員の{_p['name']}さん（{_p['room']}号室予定）について、
ご本人とご家族の了解を得たうえでお伝えします。

{_p['sei']}さんはてんかんの持病があり、服薬でコントロールできているものの、
まれに夜間に発作が起きることがあるそうです。
万一、発作の場面に居合わせた場合は、無理に押さえつけず、周りの危険物をどけて
時間を計っていただき、5分以上続く場合は救急車を呼んでください。

緊急連絡先（母）：{_p['sei']} {RNG.choice(['由紀子', '和美', '恵子'])} 様　{mobile()}

入浴は共用浴場ではなく、シャワーのみの利用にしたいとのことです。
ご配慮のほどよろしくお願いいたします。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "特定の寮生の持病(てんかん)=要配慮個人情報を寮管理会社へ",
})

_rows = [["物件CD", "物件名", "所在地", "管理会社", "管理会社TEL", "契約満了"]]
for code, name, addr, mgr, tel, end in [
    ("T-011", "パークハイツ東陽", "江東区東陽4-9-12", "東栄コミュニティ", "03-5634-1100", "2026/03/31"),
    ("T-014", "コーポ大井", "品川区東大井5-3-11", "みなと住宅管理", "03-3474-8821", "2026/03/31"),
    ("T-019", "メゾン経堂", "世田谷区経堂2-17-3", "みなと住宅管理", "03-3474-8821", "2026/06/30"),
    ("K-003", "グランシティ日吉", "横浜市港北区日吉2-6-20", "東栄コミュニティ", "045-563-7001", "2026/09/30"),
    ("K-007", "リバーコート小杉", "川崎市中原区小杉町1-4-2", "武蔵ハウジング", "044-722-3300", "2027/01/31"),
    ("S-002", "ベルエール浦和", "さいたま市浦和区高砂3-8-5", "浦和不動産管理", "048-822-4415", "2026/11/30"),
    ("O-005", "ラフィネ江坂", "吹田市江坂町2-14-6", "北摂リビング", "06-6385-9020", "2026/05/31"),
    ("O-008", "シャトー西中島", "大阪市淀川区西中島6-2-18", "北摂リビング", "06-6385-9020", "2027/03/31"),
    ("N-001", "エスポワール名駅南", "名古屋市中村区名駅南1-21-9", "中京住宅サービス", "052-571-6610", "2026/08/31"),
    ("F-002", "フォレスト博多", "福岡市博多区博多駅東3-5-7", "九州レジデンス", "092-452-3380", "2026/12/31"),
]:
    _rows.append([code, name, addr, mgr, tel, end])
MESSAGES.append({
    "id": "shataku-016",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "管理対象物件リスト（契約満了日つき）",
    "charset": "utf-8",
    "body": "村瀬様\n\nお世話になっております、日の出産業の山内です。\n"
            "先日お打ち合わせで話題に出た、管理対象物件の一覧（抜粋）です。\n"
            "今年度中に満了を迎えるものから更新手続きの段取りをご相談させてください。\n\n"
            + padded(_rows) +
            "\n\n※全件（62物件）はExcelで別途お渡しします。\n" + SIG_YAMAUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "物件と管理会社代表番号の一覧。人の記録ではない",
})

MESSAGES.append({
    "id": "shataku-017",
    "sender": SHINKAI,
    "to": ["水谷様 <mizutani@houselink-fudosan.jp>", "岸本様 <kishimoto@aoi-estate.com>",
           "法人課 <houjin@meieki-jutaku.co.jp>"],
    "subject": "【物件紹介のお願い】名古屋駅周辺 単身者向け 3件",
    "charset": "iso-2022-jp",
    "body": f"""各社ご担当者様

お世話になっております。日の出産業 大阪支店総務課の新開です。
4月の名古屋営業所開設に伴い、単身者向けの借上げ社宅を3件探しております。

　エリア：名古屋駅／国際センター駅 徒歩15分圏内
　賃料　：管理費込み 70,000円以内
　間取り：1K（20㎡以上）
　入居　：3月下旬
　その他：法人契約、家具家電付きでも可

2月末までにご提案いただけますと幸いです。
{SIG_SHINKAI}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "競合する仲介業者3社を To に並べて一斉送信。互いのアドレスが見える",
})

_p = people(8)
_rows = [["社員番号", "氏名", "変更内容", "適用月", "新住所"]]
for p in _p:
    _rows.append([p["emp"], p["name"], RNG.choice(["新規入居", "退去", "転居（社宅間）", "駐車場追加"]),
                  "2026年4月", RNG.choice([address(0), "―"])])
MESSAGES.append({
    "id": "shataku-018",
    "sender": SHINKAI,
    "to": ["経理部 給与チーム <kyuyo@hinode-sangyo.jp>"],
    "subject": "【大阪支店】4月分 社宅控除の変更連絡",
    "charset": "utf-8",
    "body": "給与チーム ご担当者様\n\n"
            "お疲れさまです。大阪支店総務の新開です。\n"
            "4月分の社宅使用料控除について、大阪支店分の変更を連絡します。\n\n"
            + padded(_rows, gap=3) +
            "\n\n控除額は本社住宅グループの計算表に反映済みです。\n" + SIG_SHINKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "社内宛のつもりが hinode-sangyo.jp（co. 抜け）の類似ドメインへ、社員8名の一覧",
})

_p = people(6)
_quoted = "\n".join("> " + line for line in (
    ["日の出産業 小野寺様", "", "お世話になっております。みなと住宅管理の浅野です。",
     "弊社で把握している3月退去予定の方は以下のとおりです。", ""]
    + [f"{p['room']}号室　{p['name']}様　{p['phone']}" for p in _p]
    + ["", "相違がありましたらご指摘ください。"]))
MESSAGES.append({
    "id": "shataku-019",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "Re: 3月退去予定者の確認",
    "charset": "iso-2022-jp",
    "body": f"""浅野様

ご確認ありがとうございます。当社の一覧と照合しましたが、相違ございませんでした。
立会いの候補日は、来週中に各入居者の希望を取りまとめてご連絡いたします。
{SIG_ONODERA}

2026年2月3日(火) 10:48 浅野 <asano@minato-jk.co.jp>:
{_quoted}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "一覧は相手から届いたメールの引用(>行)のみ。新しい本文に個人データなし",
})

_p = people(6)
_tr = "\n".join(
    f"<tr><td>{p['room']}</td><td>{p['name']}</td><td>{p['phone']}</td>"
    f"<td>{RNG.choice(['父', '母', '配偶者', '兄', '姉'])}</td><td>{p['sei']} {RNG.choice(['和夫', '典子', '正', '美香', '聡'])}</td>"
    f"<td>{mobile()}</td></tr>" for p in _p)
MESSAGES.append({
    "id": "shataku-020",
    "sender": YAMAUCHI,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "グランシティ日吉 緊急連絡先一覧（更新版）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東栄コミュニティ株式会社<br>大場様</p>
<p>お世話になっております。日の出産業の山内です。<br>
グランシティ日吉の当社入居者の緊急連絡先を更新しましたので、共有いたします。<br>
漏水・火災報知器作動など、入居者本人と連絡がつかない場合にご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>部屋</th><th>入居者</th><th>携帯</th><th>続柄</th><th>緊急連絡先</th><th>電話</th></tr>
{_tr}
</table>
<p>以上、よろしくお願いいたします。</p>
<p>──────────<br>日の出産業株式会社 総務部 住宅グループ<br>山内 佳奈<br>TEL 03-5401-2261</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメールに入居者6名と緊急連絡先の表、社外の管理会社宛",
})

# =========================================================================================
# 021-045
# =========================================================================================

MESSAGES.append({
    "id": "shataku-021",
    "sender": YAMAUCHI,
    "to": ["あおい不動産 岸本様 <kishimoto@aoi-estate.com>"],
    "subject": "入居申込書の補足（グエン様）",
    "charset": "utf-8",
    "body": f"""あおい不動産
岸本様

お世話になっております。日の出産業の山内です。
昨日お送りした入居申込書について、貸主様の審査用に外国籍の方の在留情報が必要とのことでしたので、
下記のとおり補足いたします。

　入居者氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日　：1997年8月14日
　国籍　　　：ベトナム
　在留資格　：技術・人文知識・国際業務
　在留カード番号：UH{RNG.randint(10000000, 99999999)}CB
　在留期間満了日：2028年9月30日
　携帯　　　：{mobile()}

在留カードの写しはスキャンして後ほどお送りします。
契約者は当社（法人契約）ですので、連帯保証人は不要との理解でよろしいでしょうか。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "外国籍社員1名の在留カード番号を仲介業者へ本文で送付",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-022",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "cc": ["リペアワークス 中西様 <nakanishi@repairworks.jp>"],
    "subject": "退去立会い日程のご連絡：グランシティ日吉 405号室",
    "charset": "iso-2022-jp",
    "body": f"""大場様
（cc：リペアワークス 中西様）

お世話になっております。日の出産業の小野寺です。
グランシティ日吉 405号室（入居者：{_p['sei']}様）の退去立会いは、下記で確定しました。

　日時：3月12日(木) 10:00～11:00
　立会い：東栄コミュニティ 大場様／リペアワークス 中西様／当社 小野寺
　鍵返却：立会い時に入居者から当社が受け取り、その場で大場様へお渡しします

中西様には、原状回復の見積作成のため、同時に室内の確認をお願いしております。
当日はどうぞよろしくお願いいたします。
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "管理会社と修繕業者の社外2組織への通常の日程連絡。入居者は姓のみ",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-023",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>", "中西様 <nakanishi@repairworks.jp>",
           f"{_p['name']} <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "【日程調整】パークハイツ東陽 207号室 退去立会い",
    "charset": "iso-2022-jp",
    "body": f"""関係者各位

日の出産業の小野寺です。
パークハイツ東陽 207号室の退去立会いについて、候補日をお送りします。
皆さまのご都合をこのメールに全員返信でお知らせください。

　①3月19日(木) 14:00
　②3月21日(土) 10:00
　③3月23日(月) 16:00

{_p['sei']}さんは、当日までに粗大ごみの処分とライフラインの解約手続きをお願いします。
{SIG_ONODERA}""",
    "expect": "either",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "管理会社・修繕業者・入居者の私用アドレスの3者が To で見える。立会いの調整上は必要とも言える",
})

_p = people(8)
MESSAGES.append({
    "id": "shataku-024",
    "sender": YAMAUCHI,
    "to": ["東和保険サービス 法人営業課 <houjin@towa-hoken.co.jp>"],
    "subject": "借家人賠償付き家財保険 4月加入分のリスト",
    "charset": "utf-8",
    "body": f"""東和保険サービス株式会社
法人営業課 ご担当者様

お世話になっております。日の出産業の山内です。
4月1日から借上げ社宅に入居する社員の団体家財保険加入者リストを添付いたします。
保険始期は各人の入居日でお願いします。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "csv", "name": "kazai_hoken_202604.csv", "encoding": "utf-8",
        "rows": [["被保険者氏名", "フリガナ", "生年月日", "保険の対象の所在地", "電話番号", "始期日"]]
        + [[p["name"], p["kana"], ymd(p["dob"], "-"), address(0), p["phone"],
            f"2026-04-{RNG.randint(1, 5):02d}"] for p in _p],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "家財保険加入者8名(生年月日・住所・電話)のUTF-8 CSVを保険代理店へ",
})

MESSAGES.append({
    "id": "shataku-025",
    "sender": ONODERA,
    "to": ["柴田様 <shibata.k@aoba-unyu.co.jp>"],
    "subject": "RE: 【青葉運輸】お見積書送付の件（見積No. AU-H-260301-118）",
    "charset": "iso-2022-jp",
    "body": """柴田様

お見積書ありがとうございました。内容確認いたしました。
法人料金表（2025年度版）の単価で計算いただいていること、承知しました。

　基本作業料　　　　 88,000円
　長距離運賃（大阪→東京） 132,000円
　梱包資材　　　　　 12,100円
　合計（税込）　　　 255,310円

本見積で発注いたします。発注書（PO-2026-0315）は本日中にお送りします。
また、先週お送りいただいた家具の配送分はお問い合わせ番号 4821-0937-5516 で
到着を確認できました。ありがとうございました。

--
日の出産業株式会社 総務部 住宅グループ 小野寺

-----Original Message-----
From: 柴田 <shibata.k@aoba-unyu.co.jp>
Sent: Monday, March 2, 2026 11:05 AM
Subject: 【青葉運輸】お見積書送付の件（見積No. AU-H-260301-118）

日の出産業 小野寺様
標記の件、お見積書をお送りいたします。ご査収ください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "見積番号・発注番号・問い合わせ番号・金額のみの業務連絡",
})

_p = people(1, 1990, 1999)[0]
MESSAGES.append({
    "id": "shataku-026",
    "sender": YAMAUCHI,
    "to": ["shinsa@frontier-hosho.co.jp"],
    "subject": "本人確認書類について（申込番号 FH-0226-4471）",
    "charset": "utf-8",
    "body": f"""株式会社フロンティア保証 審査部 御中

いつもお世話になっております。日の出産業の山内です。
申込番号 FH-0226-4471 の入居者の本人確認について、
本人が運転免許証を持っていないため、健康保険証の情報でお願いいたします。

　氏名：{_p['name']}
　生年月日：{ymd(_p['dob'], '.')}
　保険者番号：0113{RNG.randint(1000, 9999)}
　記号：{RNG.randint(1000, 9999)}　番号：{RNG.randint(100, 999)}
　（全国健康保険協会 東京支部）

保険証のコピーが必要な場合はマスキングしたものをお送りします。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号を保証会社へ(1名でも停止対象)",
})

_slots = [("101～110", "9:30～11:00"), ("111～120", "11:00～12:00"), ("201～210", "13:00～14:30"),
          ("211～220", "14:30～15:30"), ("301～312", "15:30～17:00")]
MESSAGES.append({
    "id": "shataku-027",
    "sender": SAMEJIMA,
    "to": ["セーフティ点検 工事部 <koji@safety-tenken.co.jp>"],
    "subject": "北千住寮 消防設備点検（室内）の時間割",
    "charset": "iso-2022-jp",
    "body": "セーフティ点検株式会社 工事部 ご担当者様\n\n"
            "お世話になっております。日の出産業人事部の鮫島です。\n"
            "5月16日(土)の北千住寮 消防設備点検（室内感知器）の時間割をお送りします。\n\n"
            + padded([["部屋番号", "時間帯"]] + [list(s) for s in _slots], rule="=") +
            "\n\n不在の部屋は管理人がマスターキーで立ち会います。\n"
            "寮生には掲示と寮内メールで周知済みです。\n" + SIG_SAMEJIMA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "部屋番号と時間帯だけの点検日程。個人は特定されない",
})

MESSAGES.append({
    "id": "shataku-028",
    "sender": HORINOUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "【部外秘】来期 社宅使用料の改定方針について",
    "charset": "iso-2022-jp",
    "body": f"""村瀬様

【部外秘】
本メールは経営会議での決定前の内容を含みます。取扱いにご注意ください。

お世話になっております。堀之内です。
来期の社宅使用料について、現在社内で検討中の方針をお伝えします。
システム改修の要否を早めにご判断いただきたく、ご連絡いたしました。

　・本人負担率：賃料の20％ → 15％
　・負担上限：35,000円 → 30,000円
　・入居6年超の者：負担率を段階的に引上げ（7年目25％、8年目以降30％）
　・駐車場：全額本人負担（現行は半額補助）

正式決定は3月の経営会議となります。社内の組合説明前ですので、
御社内でも関係者限りでお願いいたします。
{SIG_HORINOUCHI}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文冒頭に【部外秘】の区分表示、社外の代行会社宛",
})

MESSAGES.append({
    "id": "shataku-029",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "契約更新対象一覧の送付",
    "charset": "iso-2022-jp",
    "body": f"""浅野様

お世話になっております。小野寺です。
来期の契約更新対象の一覧をお送りします。
ご確認のうえ、更新書類の発送時期をお知らせください。
{SIG_ONODERA}""",
    "attachments": [{"kind": "corrupt", "name": "契約更新対象一覧_2026.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付XLSXが壊れていて中身を検査できない",
})

_p = people(6)
_body = "\n\n".join(
    f"{i + 1}. {p['name']}（社員番号 {p['emp']}）\n"
    f"   個人番号：{my_number(SEED + i)}\n"
    f"   新住所：{address(1)}\n"
    f"   転居日：2026年{RNG.randint(3, 4)}月{RNG.randint(1, 28)}日"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "shataku-030",
    "sender": "新開 美帆 <shinkai.miho@osaka.hinode-sangyo.co.jp>",
    "to": ["人事部 給与・年末調整担当 <nencho@mail.hinode-sangyo.co.jp>"],
    "subject": "社宅入居に伴う住所変更（転勤者6名・大阪支店取りまとめ分）",
    "charset": "utf-8",
    "body": f"""人事部 給与・年末調整ご担当者様

大阪支店総務の新開です。
3～4月の異動で大阪支店から各地の借上げ社宅へ転居した社員6名分の住所変更を連絡します。
住民税の特別徴収の関係で、個人番号も併記しています（本人から提出済みの番号です）。

{_body}

不足があればお知らせください。
{SIG_SHINKAI}""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "マイナンバーを含むが送信元も宛先も社内(サブドメイン含む)のみ",
})

_p = people(5, 2000, 2004)
_inner = "\n".join(f"　{p['room']}　{p['name']}　退寮日 {RNG.randint(3, 4)}/{RNG.randint(1, 30)}　携帯 {p['phone']}"
                   for p in _p)
MESSAGES.append({
    "id": "shataku-031",
    "sender": SAMEJIMA,
    "to": ["日吉寮 管理人室 <hiyoshi@harukaze-ryo.co.jp>"],
    "subject": "FW: 日吉寮 年度末の退寮予定者",
    "charset": "iso-2022-jp",
    "body": f"""管理人様

お世話になっております。鮫島です。
社内で回っていた退寮予定者の連絡を転送します。
退寮日の鍵の回収と部屋チェックをお願いいたします。

-----Original Message-----
From: 人事課 竹之内 <takenouchi@hinode-sangyo.co.jp>
Sent: Friday, February 20, 2026 9:14 AM
To: 鮫島 瑞穂 <samejima.mizuho@hinode-sangyo.co.jp>
Subject: 日吉寮 年度末の退寮予定者

鮫島さん

各部から上がってきた日吉寮の退寮予定者です（配属・転勤に伴うもの）。

{_inner}

以上5名です。よろしくお願いします。
竹之内
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "社内メールを転送(FW)して寮生5名の氏名・携帯を社外へ。転送は新しい内容として数える",
})

MESSAGES.append({
    "id": "shataku-032",
    "sender": HORINOUCHI,
    "to": ["長尾 茂 様 <nagao.shigeru1952@gmail.com>"],
    "subject": "メゾン経堂 賃料改定のご相談",
    "charset": "iso-2022-jp",
    "body": f"""長尾 茂 様

いつも大変お世話になっております。
日の出産業株式会社 総務部の堀之内でございます。

弊社で社宅として借り上げております「メゾン経堂」（世田谷区経堂2-17-3）の
4戸分の賃料について、次回更新（6月30日）に合わせてご相談させていただきたく、
ご連絡いたしました。

近隣の同規模物件の募集賃料が下がってきていることもあり、
現行 1戸あたり 98,000円 を 94,000円 程度にご検討いただけないかと考えております。
長期でのご契約継続を前提としたお願いです。

ご多用のところ恐縮ですが、近いうちにご自宅へご説明に伺えればと存じます。
ご都合のよい日時をお知らせいただけますと幸いです。
{SIG_HORINOUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "個人の大家(gmail)1名への賃料交渉。物件所在地は個人データではない",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-033",
    "sender": YAMAUCHI,
    "to": ["水谷様 <mizutani@houselink-fudosan.jp>"],
    "subject": "バリアフリー物件のご紹介のお願い",
    "charset": "utf-8",
    "body": f"""ハウスリンク不動産 水谷様

お世話になっております。日の出産業の山内です。

6月に名古屋から東京本社へ異動する{_p['name']}（品質保証部）の社宅の件でご相談です。
{_p['sei']}は脊髄損傷による下肢の障害（身体障害者手帳2級）があり、日常的に車椅子を使用しております。

つきましては、以下の条件を満たす物件をお探しいただけますでしょうか。
　・エレベーター付き、エントランスから住戸まで段差なし
　・室内の廊下幅80cm以上、浴室・トイレに手すり設置可
　・駐車場（車椅子の乗降ができる幅のもの）
　・浜松町駅まで電車で30分以内

本人も内見に同行予定です。よろしくお願いいたします。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名と障害の内容(要配慮個人情報)を仲介業者へ",
})

MESSAGES.append({
    "id": "shataku-034",
    "sender": ONODERA,
    "to": ["Emma Whitfield <e.whitfield@globalrelo-partners.com>"],
    "subject": "Housing support for Mr. Daniel Okafor (arriving 2 May)",
    "charset": "utf-8",
    "body": f"""Dear Ms. Whitfield,

Thank you for your quick reply yesterday.

As discussed, Mr. Daniel Okafor will join our Tokyo head office on 11 May as a
production engineer. He will arrive at Haneda on 2 May with his wife and one child (age 6).

Our requirements for the company-leased apartment:
- 2LDK, 55 sqm or more, within 40 minutes of Hamamatsucho station
- rent up to JPY 230,000 including management fee (company contract)
- near an international school if possible
- move-in by 15 May; serviced apartment for the first two weeks

Mr. Okafor is happy to be contacted directly for the viewing schedule:
mobile (UK) +44 7700 914 382, until he gets a Japanese number.

Please send us your proposal and fee estimate by 10 April.
{SIG_ONODERA_EN}
{DISC_EN}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "外国人社員1名の名前と連絡先を転居支援会社へ。1名分で警告止まり",
})

MESSAGES.append({
    "id": "shataku-035",
    "sender": ONODERA,
    "to": ["Emma Whitfield <e.whitfield@globalrelo-partners.com>"],
    "subject": "Mizuno family - documents for lease application",
    "charset": "utf-8",
    "body": f"""Dear Emma,

For the lease application of the Mizuno family (returning from our Ohio plant),
the landlord asked for the passport details of both adults. Please find them below.

  Kenta MIZUNO   born 1984-06-19   Passport No. T{RNG.choice('KRZ')}{RNG.randint(1000000, 9999999)}   exp. 2031-02-27
  Aya MIZUNO     born 1986-11-03   Passport No. T{RNG.choice('KRZ')}{RNG.randint(1000000, 9999999)}   exp. 2029-08-14

They land at Narita on 28 March. Could the key handover take place on 30 March?
{SIG_ONODERA_EN}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "帰任社員夫婦の旅券番号を社外の転居支援会社へ",
})

_p = people(8, 2001, 2005)
_rows = [["社員番号", "部屋", "携帯", "生年月日", "入寮日"]]
for p in _p:
    _rows.append([p["emp"], p["room"], p["phone"], wareki(p["dob"], "short"), "R8.4.1"])
MESSAGES.append({
    "id": "shataku-036",
    "sender": SAMEJIMA,
    "to": ["はるかぜ寮管理 本社 業務課 <gyomu@harukaze-ryo.co.jp>"],
    "subject": "4月入寮者（北千住寮）の登録データ",
    "charset": "cp932",
    "body": "はるかぜ寮管理 業務課 御中\n\n"
            "お世話になっております。日の出産業の鮫島です。\n"
            "北千住寮の4月入寮者の登録データです。氏名は寮内掲示の都合上、別途紙でお渡しします。\n"
            "寮生管理システムへの登録をお願いします。\n\n"
            + padded(_rows, gap=4) +
            "\n\n" + SIG_SAMEJIMA,
    "expect": "stop",
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "氏名列のない寮生8名の記録(社員番号・携帯・和暦の生年月日)を社外へ",
})

MESSAGES.append({
    "id": "shataku-037",
    "sender": ONODERA,
    "to": ["中西様 <nakanishi@repairworks.jp>"],
    "subject": "Re: 原状回復工事お見積り（RW-2026-0412）ご承認",
    "charset": "iso-2022-jp",
    "body": f"""リペアワークス株式会社
中西様

お世話になっております。日の出産業の小野寺です。
グランシティ日吉 405号室の原状回復工事のお見積り（RW-2026-0412）、社内承認がおりました。

　クロス張替え（居室・洋室）　　 68,200円
　ハウスクリーニング　　　　　　 44,000円
　エアコン洗浄（1台）　　　　　　 13,200円
　合計（税込）　　　　　　　　 125,400円
　うち貸主負担 経年劣化分　 -31,000円（東栄コミュニティ様と協議済み）

工事は3月16日(月)以降で、鍵は東栄コミュニティ様からお受け取りください。
請求書は工事完了後、当社住宅グループ宛にお願いいたします。
{SIG_ONODERA}
{DISC_JA}
{DISC_EN}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "見積承認の業務連絡。末尾は定型の免責文(機密情報を含む場合が…)にすぎない",
})

_p = people(1, 1948, 1960)[0]
MESSAGES.append({
    "id": "shataku-038",
    "sender": TACHIBANA,
    "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
    "subject": "社宅家賃の定期送金 振込先変更のお願い",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の立花です。
借上げ社宅の家賃を毎月27日に定期送金している件で、貸主1名の振込先が変わりましたので
変更のお手続きをお願いいたします。

　契約番号：TS-0088-17
　貸主氏名：{_p['name']}（{_p['kana']}）
　変更前：北都信用金庫 札幌北支店 普通 {RNG.randint(1000000, 9999999)}
　変更後：みどり銀行 札幌支店 普通 {RNG.randint(1000000, 9999999)}
　口座名義：{_p['kana'].replace(' ', '　')}
　適用：2026年5月送金分から

変更依頼書は本日、押印のうえ郵送いたしました。
{SIG_TACHIBANA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "取引先 midori-ginko.co.jp に u を足した類似ドメイン宛、個人貸主の口座情報",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-039",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "3/19 退去立会い 当日の連絡先",
    "charset": "utf-8",
    "body": f"""大場様

小野寺です。3/19(木)14:00 パークハイツ東陽 207号室の立会い、当日の連絡先を共有します。
遅れる場合などはこちらにご連絡ください。

・入居者　　{_p['name']}　{_p['phone']}
・当社　　　小野寺 拓　080-2291-6034
・リペアワークス　中西様　090-6612-4079

よろしくお願いします。
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "立会い参加者3名の連絡先だけ。少人数なので警告まで",
})

_p = people(1, 2000, 2003)[0]
MESSAGES.append({
    "id": "shataku-040",
    "sender": SAMEJIMA,
    "to": ["北千住寮 管理人 <kitasenju@harukaze-ryo.co.jp>"],
    "cc": ["horinouchi.ken@hinode-sangyo.co.jp"],
    "subject": "寮生の件（至急）",
    "charset": "iso-2022-jp",
    "body": f"""北千住寮 管理人様

鮫島です。お電話でお伝えした件、メールでも共有いたします。

{_p['room']}号室の{_p['name']}さんが、昨夜（2/21）酒気帯び運転の疑いで
千住警察署に逮捕されたと、ご家族から会社に連絡がありました。
現在も勾留中で、戻りの見込みは立っていません。

・部屋には会社の許可なく第三者を入れないでください
・警察から照会があった場合は、人事部（鮫島）にご連絡ください
・他の寮生から質問があっても、詳細は伝えないようお願いします

処分が決まるまでは寮費の控除は継続します。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の寮生の逮捕(犯罪・逮捕歴=要配慮)を社外の寮管理人へ",
})

MESSAGES.append({
    "id": "shataku-041",
    "sender": YAMAUCHI,
    "to": ["shingo.araki.0921@outlook.jp"],
    "subject": "社宅入居手続きのご案内（必要書類）",
    "charset": "iso-2022-jp",
    "body": f"""荒木 慎吾 様

日の出産業 総務部住宅グループの山内です。
4月からの借上げ社宅入居に向けて、下記の書類をご準備ください。

1. 社宅入居申請書（添付の様式）
2. 住民票の写し（世帯全員分、発行後3か月以内）
   ※マイナンバー（個人番号）の記載のないものを取得してください。
     個人番号入りのものは受け取れませんので、窓口で「個人番号なし」とお伝えください。
3. 誓約書（社宅使用規程の遵守）

提出期限は3月6日(金)です。郵送または出社時に総務部まで直接お持ちください。
{SIG_YAMAUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "マイナンバーという語があるだけで番号はない。本人の私用アドレス1件",
})

_p = people(6)
MESSAGES.append({
    "id": "shataku-042",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "3月 退去立会いスケジュール（確定版）",
    "charset": "iso-2022-jp",
    "body": f"""大場様

お世話になっております。小野寺です。
3月の退去立会いスケジュールが確定しましたので、Wordでお送りします。
入居者の携帯も記載しておりますので、当日の連絡にお使いください。
{SIG_ONODERA}""",
    "attachments": [{
        "kind": "docx", "name": "退去立会いスケジュール_3月.docx",
        "paragraphs": ["2026年3月 退去立会いスケジュール（東栄コミュニティ様管理物件）",
                       "作成：日の出産業株式会社 総務部 住宅グループ"],
        "tables": [[["日時", "物件・部屋", "入居者", "携帯", "備考"]]
                   + [[f"3/{RNG.randint(2, 30)} {RNG.choice(['10:00', '13:30', '15:00'])}",
                       f"{RNG.choice(['パークハイツ東陽', 'グランシティ日吉'])} {p['room']}",
                       p["name"], p["phone"], RNG.choice(["", "ペット可物件", "鍵2本", "駐車場も解約"])]
                      for p in _p]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCXの表に入居者6名の氏名・携帯",
})

_p = people(9)
MESSAGES.append({
    "id": "shataku-043",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "2026年度 契約更新対象者一覧（PDF）",
    "charset": "utf-8",
    "body": f"""村瀬様

お世話になっております。日の出産業の山内です。
2026年度上期に契約更新を迎える入居者の一覧をPDFでお送りします。
各入居者への継続意向確認をお願いいたします。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "pdf", "name": "契約更新対象者一覧_2026上期.pdf",
        "lines": ["2026年度上期 契約更新対象者一覧", "日の出産業株式会社 総務部 住宅グループ", ""],
        "table": [["No", "氏名", "物件住所", "連絡先", "満了日"]]
        + [[str(i + 1), p["name"], address(0), p["phone"], f"2026/{RNG.randint(4, 9)}/30"]
           for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDFの表に入居者9名の氏名・住所・携帯、社外の代行会社宛",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-044",
    "sender": SHINKAI,
    "to": ["柴田様 <shibata.k@aoba-unyu.co.jp>"],
    "cc": ["北摂リビング 管理課 <kanri@hokusetsu-living.co.jp>"],
    "subject": "ラフィネ江坂 508 搬出日の養生について",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸 柴田様
北摂リビング 管理課 ご担当者様

日の出産業 大阪支店の新開です。
3月27日(金)のラフィネ江坂 508号室（{_p['sei']}様）の搬出について、確認させてください。

・共用部（エレベーター・エントランス）の養生は青葉運輸様で実施
・作業時間は9:00～12:00、トラックは建物北側の荷捌きスペースを使用
・管理会社様への作業届は本日FAXで提出済み

北摂リビング様、他に必要な手続きがあればご指示ください。
{SIG_SHINKAI}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "引越業者と管理会社の2組織への作業調整。個人データなし",
})

MESSAGES.append({
    "id": "shataku-045",
    "sender": YAMAUCHI,
    "to": ["水谷様 <mizutani@houselink-fudosan.jp>"],
    "subject": "賃貸借契約書（押印済み）の送付",
    "charset": "iso-2022-jp",
    "body": f"""水谷様

お世話になっております。山内です。
リバーコート小杉 302号室の賃貸借契約書、当社押印済みのPDFをお送りします。
閲覧パスワードはお電話でお伝えします。

原本は本日レターパックで発送いたしました。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "pdf", "name": "賃貸借契約書_リバーコート小杉302.pdf", "password": "rc302-0316",
        "lines": ["建物賃貸借契約書", "賃借人：日の出産業株式会社", "物件：リバーコート小杉 302号室",
                  "賃料：月額 92,000円 共益費 5,000円"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード保護PDFで中身を検査できない",
})

# =========================================================================================
# 046-070
# =========================================================================================

_p = people(5, 2002, 2004)
_rows = [["氏名", "フリガナ", "生年月日", "携帯電話", "配属"]]
for p in _p:
    _rows.append([p["name"], p["kana"], wareki(p["dob"], "zen"), zen(p["phone"]),
                  RNG.choice(["営業一部", "技術部", "物流センター", "品質保証部"])])
MESSAGES.append({
    "id": "shataku-046",
    "sender": SAMEJIMA,
    "to": ["日吉寮 管理人室 <hiyoshi@harukaze-ryo.co.jp>"],
    "subject": "新入社員 入寮予定者のお知らせ（日吉寮 5名）",
    "charset": "iso-2022-jp",
    "body": "日吉寮 管理人様\n\n"
            "いつもお世話になっております。人事部の鮫島です。\n"
            "4月から日吉寮に入寮する新入社員5名をお知らせします。\n"
            "入寮日は全員３月２９日（日）の予定です。\n\n"
            + padded(_rows, fill="　", rule="－") +
            "\n\n部屋割りは来週お送りします。\n" + SIG_SAMEJIMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角スペースで揃えた5名の一覧(和暦の生年月日・全角数字の携帯)を社外へ",
})

MESSAGES.append({
    "id": "shataku-047",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "Re: 社宅規程の写しのご依頼について",
    "charset": "utf-8",
    "body": f"""村瀬様

お世話になっております。山内です。
社宅規程の写しをご依頼いただいた件ですが、当社の規程類は社外秘扱いのため、
原本・写しともに社外へお渡しすることができません。申し訳ございません。

代行業務に必要な部分は、以下のとおり要点をまとめましたのでご参照ください。

　・対象：転勤者（単身・世帯）、新入社員（独身寮に空きがない場合）
　・賃料上限：単身 85,000円／世帯 135,000円（東京・神奈川）
　・本人負担：賃料の20％（上限35,000円）、給与控除
　・入居期間：単身6年、世帯10年
　・原状回復：通常損耗は会社負担、故意・過失は本人負担

ほかにご不明点があればお知らせください。
{SIG_YAMAUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘扱いのため渡せない」という言及のみで区分表示ではない。要点は公開可能な範囲",
})

_p = people(1, 1994, 1999)[0]
MESSAGES.append({
    "id": "shataku-048",
    "sender": SAMEJIMA,
    "to": ["ミツバ給食 北千住寮食堂 <kitasenju@mitsuba-kyushoku.co.jp>"],
    "subject": "寮生の食事対応について（ご相談）",
    "charset": "utf-8",
    "body": f"""ミツバ給食株式会社
北千住寮食堂 栄養士 ご担当者様

いつもおいしい食事をありがとうございます。人事部の鮫島です。

5月からインドネシアの現地法人より研修生として来日する
Rizky Pratama さん（リズキ・プラタマ、{_p['room']}号室に入寮予定）はイスラム教徒で、
豚肉・アルコールを含む食品を口にすることができません。
可能であれば、ハラール対応の食材で朝夕の食事をご用意いただけないでしょうか。

また、ラマダン期間（来年2月頃）は日没後の食事となるため、夕食の取り置きをお願いしたいです。
本人の了解は得ております。費用の増額分は会社負担で調整します。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の寮生の信仰(宗教=要配慮個人情報)を社外の給食会社へ",
})

_p = people(5, 1993, 2001)
_lines = [f"{i + 1}) {p['roma']} / DOB {p['dob'][2]:02d}/{p['dob'][1]:02d}/{p['dob'][0]} / "
          f"{p['mei_r'].lower()}.{p['sei_r'].lower()}@{RNG.choice(['gmail.com', 'outlook.com', 'yahoo.com'])} / "
          f"+81 {p['phone'][1:]}" for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "shataku-049",
    "sender": ONODERA,
    "to": ["Relocation Desk <desk@globalrelo-partners.com>"],
    "subject": "Serviced apartments for 5 new hires - July intake",
    "charset": "utf-8",
    "body": "Hello Relocation Desk team,\n\n"
            "We have five engineers from our overseas subsidiaries joining in July. They will need\n"
            "serviced apartments for the first 3 months, then company-leased flats.\n"
            "Their details for the booking (as on their passports):\n\n"
            + "\n".join(_lines) +
            "\n\nArrival: 1 July (all five, same flight). Budget JPY 9,000/night each.\n"
            "Please contact them directly by e-mail for their preferences.\n" + SIG_ONODERA_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5名のローマ字氏名・生年月日・私用メール・携帯を社外へ(英文)",
})

_tnum = corp_number("010401" + str(RNG.randint(100000, 999999)))
MESSAGES.append({
    "id": "shataku-050",
    "sender": TACHIBANA,
    "to": ["東栄コミュニティ 経理課 <keiri@toei-community.co.jp>"],
    "subject": "請求書の登録番号記載について（インボイス）",
    "charset": "iso-2022-jp",
    "body": f"""東栄コミュニティ株式会社 経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の立花です。

3月分の管理手数料の請求書（請求No. TC-2603-0771）について、
適格請求書発行事業者の登録番号の記載が漏れておりました。
国税庁の公表サイトで確認した御社の登録番号は T{_tnum} でしたので、
こちらで相違なければ、番号を記載した請求書を再発行いただけますでしょうか。

なお、社宅の家賃（住宅の貸付）は非課税のため、家賃部分の請求書は現行のままで結構です。
{SIG_TACHIBANA}""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "管理会社の適格請求書登録番号(法人番号)と請求番号のみ。個人データなし",
})

_p = people(6)
MESSAGES.append({
    "id": "shataku-051",
    "sender": YAMAUCHI,
    "to": ["パークアシスト 契約管理 <keiyaku@park-assist.jp>"],
    "subject": "グランシティ日吉 駐車場利用者の名義変更一式",
    "charset": "iso-2022-jp",
    "body": f"""パークアシスト株式会社 契約管理ご担当者様

お世話になっております。日の出産業の山内です。
グランシティ日吉の月極駐車場（当社名義6区画）の利用者一覧をお送りします。
CSVをZIPにまとめています（パスワードはかけておりません）。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "zip", "name": "parking_users_hiyoshi.zip",
        "files": [{"kind": "csv", "name": "駐車場利用者一覧.csv", "encoding": "cp932",
                   "rows": [["区画", "利用者氏名", "部屋", "車両番号", "携帯"]]
                   + [[f"No.{i + 1}", p["name"], p["room"],
                       f"横浜 {RNG.randint(300, 599)} {RNG.choice('あいうえかさ')} {RNG.randint(10, 99)}-{RNG.randint(10, 99)}",
                       p["phone"]] for i, p in enumerate(_p)]}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP内CSVに駐車場利用者6名(氏名・車両番号・携帯)、社外宛",
})

_p = people(4, 2002, 2004)
MESSAGES.append({
    "id": "shataku-052",
    "sender": SAMEJIMA,
    "to": ["北千住寮 管理人 <kitasenju@harukaze-ryo.co.jp>"],
    "subject": "中途入社者の入寮（4名）",
    "charset": "iso-2022-jp",
    "body": "管理人様\n\nお世話になっております。鮫島です。\n"
            "10月に中途入社の4名が北千住寮に入寮します。\n\n"
            + "\n".join(f"{p['room']}号室　{p['name']}　10/{RNG.randint(1, 5)}入寮　携帯 {p['phone']}"
                        for p in _p) +
            "\n\n鍵と寮のしおりの準備をお願いします。\n" + SIG_SAMEJIMA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "4名分の氏名・携帯のみ(5名未満)。警告止まり",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-053",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "メゾン東大井 入居者の住民票記載事項",
    "charset": "utf-8",
    "body": f"""浅野様

お世話になっております。小野寺です。
貸主様から入居者の住民票を求められている件、本人が郵送で取り寄せた住民票の内容を
書き起こしてお送りします（原本は本人が保管しています）。

　氏名　　　：{_p['name']}
　生年月日　：{wareki(_p['dob'])}
　住所　　　：{_p['addr']}
　住民となった日：令和7年4月2日
　個人番号　：{my_number(SEED + 6)}
　前住所　　：{address(2)}

ほかに必要なものがあればお知らせください。
{SIG_ONODERA}""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "住民票の書き起こしにマイナンバーが入ったまま管理会社へ",
})

MESSAGES.append({
    "id": "shataku-054",
    "sender": YAMAUCHI,
    "to": ["堀之内 健 <horinouchi.ken@hinode-sangyo.co.jp>"],
    "cc": ["t-onodera@hinode-sangyo.co.jp"],
    "subject": "社宅台帳（全件）パスワード付き",
    "charset": "iso-2022-jp",
    "body": f"""堀之内課長

お疲れさまです。山内です。
監査対応用の社宅台帳（全件）をパスワード付きZIPでお送りします。
パスワードはTeamsでお伝えします。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "zip", "name": "社宅台帳_全件_202603.zip", "password": "Daicho#2603",
        "files": [{"kind": "xlsx", "name": "社宅台帳.xlsx", "sheets": {"台帳": [
            ["物件", "部屋", "氏名", "携帯"]] + [["パークハイツ東陽", p["room"], p["name"], p["phone"]]
                                             for p in people(12)]}}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "暗号化ZIPだが宛先がすべて社内",
})

_own = [f"{n} <{a}>" for n, a in [
    ("長尾 茂", "nagao.shigeru1952@gmail.com"), ("岡部 フミ子", "okabe-fumi@yahoo.co.jp"),
    ("高梨 勝", "m.takanashi.1949@ezweb.ne.jp"), ("柳田 久美", "kumi-yanagida@icloud.com"),
    ("宍戸 幸一", "shishido.koichi@outlook.jp")]]
MESSAGES.append({
    "id": "shataku-055",
    "sender": HORINOUCHI,
    "to": ["yamauchi.kana@hinode-sangyo.co.jp"],
    "cc": _own,
    "subject": "借上げ社宅 オーナー様各位：契約更新手続きのお願い",
    "charset": "iso-2022-jp",
    "body": f"""オーナー様各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部の堀之内でございます。

弊社が社宅として借り上げております物件のうち、本年6月末に契約満了を迎える物件につきまして、
更新契約書を近日中にご郵送いたします。
お手数ではございますが、ご署名・ご捺印のうえ、同封の返信用封筒にてご返送くださいますよう
お願い申し上げます。

ご不明な点がございましたら、担当の山内（03-5401-2261）までお問い合わせください。
今後ともよろしくお願い申し上げます。
{SIG_HORINOUCHI}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "個人オーナー5名の私用アドレスを Cc に並べた一斉送信。Bcc にすべきだった",
})

_p = people(5, 1990, 1999)
_q = "\n".join(f"> {p['roma']} - {RNG.choice(['Tower A', 'Tower B'])} #{RNG.randint(10, 30)}{RNG.randint(1, 9):02d} - "
               f"{p['phone']}" for p in _p)
MESSAGES.append({
    "id": "shataku-056",
    "sender": ONODERA,
    "to": ["Relocation Desk <desk@globalrelo-partners.com>"],
    "subject": "Re: Room allocation - July intake",
    "charset": "utf-8",
    "body": f"""Hi team,

Thanks, the allocation below works for us. Please go ahead and confirm with the building.
We will pay the deposit by 20 June.
{SIG_ONODERA_EN}

On Mon, 8 Jun 2026 at 17:42, Relocation Desk <desk@globalrelo-partners.com> wrote:
> Dear Mr. Onodera,
>
> We propose the following allocation at Shiodome Serviced Residence:
>
{_q}
>
> Kind regards,
> Relocation Desk
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "一覧は相手のメールの引用(On … wrote: と >行)だけ。新しい本文は短い承諾",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-057",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "コーポ大井 305号室 中途解約のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""浅野様

お世話になっております。日の出産業の小野寺です。
コーポ大井 305号室につきまして、中途解約のご連絡です。

入居者の{_p['name']}が、昨年秋からうつ病で休職しており、
主治医の勧めで実家（静岡）で療養することになりました。
復職の見込みが立たないため、社宅を5月末で解約させていただきたく存じます。

本人は体調が優れないため、退去立会いには当社担当が代理で出席します。
荷物の搬出はご家族が行う予定です。
違約金の有無を含め、解約手続きをご教示ください。
{SIG_ONODERA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "入居者の病名(うつ病)と休職=要配慮個人情報を管理会社へ",
})

MESSAGES.append({
    "id": "shataku-058",
    "sender": SHINKAI,
    "to": ["hayato.kurihara.88@gmail.com"],
    "subject": "仮住まいのホテル候補（東京着任後の2週間）",
    "charset": "utf-8",
    "body": f"""栗原さん

大阪支店総務の新開です。
社宅の入居日（4/14）までの仮住まいとして、会社の法人契約があるホテルを3つ挙げます。
ご希望を今週中に教えてください。こちらで予約します。

　・さくらホテル浜松町　　　港区浜松町1-22-3　TEL 03-5470-8100（本社まで徒歩5分）
　・ホテル東陽インターナショナル　江東区東陽2-9-1　TEL 03-5632-4411
　・品川ベイサイドイン　　　　品川区東大井1-5-8　TEL 03-3471-0260

いずれも朝食付き1泊 9,800円以内（会社負担）です。
{SIG_SHINKAI}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "ホテル(事業者)の住所・代表電話の一覧を社員本人の私用アドレス1件へ",
})

_p = people(1, 1995, 2000)[0]
MESSAGES.append({
    "id": "shataku-059",
    "sender": YAMAUCHI,
    "to": ["キーステーション 受付 <uketsuke@keystation.co.jp>"],
    "subject": "【至急】鍵交換のお願い（メゾン経堂 202）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社キーステーション 受付ご担当者様

日の出産業株式会社 総務部の山内と申します。
至急、借上げ社宅の鍵（シリンダー）交換をお願いしたくご連絡しました。

　物件：メゾン経堂 202号室（東京都世田谷区経堂2-17-3）
　入居者：{_p['name']}（当社社員）　携帯：{_p['phone']}

入居者が元交際相手からストーカー被害を受けており、合鍵を持ち出されている可能性があります。
現在、警察（北沢署）に相談済みで、本人は一時的に知人宅に避難しています。
本日または明日中の対応が可能か、ご連絡ください。
費用は当社にご請求ください。貸主（みなと住宅管理様）の了解は取得済みです。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "入居者がストーカー被害を受けている(犯罪被害=要配慮)ことを氏名付きで鍵業者へ",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-060",
    "sender": SHINKAI,
    "to": ["さくらホテル 法人予約 <houjin-yoyaku@sakura-hote1.jp>"],
    "subject": "法人契約での宿泊予約（4/1～4/13）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル浜松町 法人予約ご担当者様

いつもお世話になっております。日の出産業 大阪支店総務課の新開です。
社宅入居までの仮住まいとして、下記のとおり予約をお願いします。

　宿泊者：{_p['name']} 様（{_p['kana']}）
　日程　：4月1日(水)～4月13日(月) 12泊
　部屋　：シングル 禁煙 朝食付き
　連絡先：{_p['phone']}
　お支払い：法人契約（月末締め請求書払い、契約番号 SH-0412）

到着は21時頃の予定です。
{SIG_SHINKAI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "取引先 sakura-hotel.jp の l を 1 にした類似ドメイン sakura-hote1.jp",
})

MESSAGES.append({
    "id": "shataku-061",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "原状回復費用の負担区分（案）をお送りします",
    "charset": "utf-8",
    "body": f"""大場様

お世話になっております。小野寺です。
パークハイツ東陽 207号室の原状回復について、当社側で負担区分の案を作成しました。
国交省ガイドラインの経過年数を当てはめています。ご確認ください。
{SIG_ONODERA}""",
    "attachments": [{
        "kind": "xlsx", "name": "原状回復_負担区分案_PH東陽207.xlsx",
        "sheets": {
            "負担区分": [["パークハイツ東陽 207号室 原状回復 負担区分（案）"], [],
                     ["項目", "数量", "単価", "金額", "経過年数", "借主負担割合", "借主負担額"],
                     ["クロス張替え（居室）", 38, 1100, 41800, "5年", "17%", 7106],
                     ["フローリング補修", 1, 16500, 16500, "―", "100%", 16500],
                     ["ハウスクリーニング", 1, 44000, 44000, "―", "0%", 0],
                     ["網戸張替え", 2, 3300, 6600, "―", "100%", 6600],
                     ["合計", "", "", 108900, "", "", 30206]],
            "根拠": [["出典", "原状回復をめぐるトラブルとガイドライン（再改訂版）"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "工事項目と金額だけのXLSX。個人データなし",
})

_p = people(5)
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(f"【{i + 1}】{p['name']}（{p['kana']}）\n"
                   f"　旧：{address(0)}\n"
                   f"　新：{address(1)}\n"
                   f"　TEL：{p['phone']}\n"
                   f"　人数：{RNG.choice(['単身', '2名', '3名', '4名'])}／希望日：3/{RNG.randint(20, 31)}")
MESSAGES.append({
    "id": "shataku-062",
    "sender": YAMAUCHI,
    "to": ["青葉運輸 引越事業部 <hikkoshi@aoba-unyu.co.jp>"],
    "cc": ["t-onodera@hinode-sangyo.co.jp"],
    "subject": "【日の出産業】4月異動者 引越手配のお願い（5件）",
    "charset": "iso-2022-jp",
    "body": "青葉運輸株式会社 引越事業部 御中\n\n"
            "いつもお世話になっております。日の出産業 住宅グループの山内です。\n"
            "4月1日付異動者の引越手配をお願いいたします。\n\n"
            + "\n\n".join(_blocks) +
            "\n\n各人への訪問見積の連絡は直接お願いします。請求は法人一括でお願いします。\n" + SIG_YAMAUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで5名の旧住所・新住所・電話を取引先の引越業者へ。取引先でも社外",
})

_p = people(10, 1999, 2005)
MESSAGES.append({
    "id": "shataku-063",
    "sender": SAMEJIMA,
    "to": ["はるかぜ寮管理 業務課 <gyomu@harukaze-ryo.co.jp>"],
    "subject": "日吉寮 寮生名簿（2026年4月版）",
    "charset": "cp932",
    "body": f"""はるかぜ寮管理 業務課 御中

お世話になっております。鮫島です。
日吉寮の寮生名簿（4月版）を送付します。
古いExcel（xls形式）のままで申し訳ありません。
{SIG_SAMEJIMA}""",
    "attachments": [{
        "kind": "xls", "name": "日吉寮_寮生名簿_202604.xls",
        "sheets": {"寮生名簿": [["部屋", "氏名", "ふりがな", "生年月日", "携帯", "実家住所"]]
                   + [[p["room"], p["name"], p["kana"], ymd(p["dob"]), p["phone"], address(2)] for p in _p]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "旧形式XLSに寮生10名(生年月日・携帯・実家住所)、社外宛",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-064",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "鍵受領のご報告（グランシティ日吉 112）",
    "charset": "iso-2022-jp",
    "body": f"""大場様

お世話になっております。小野寺です。
本日、グランシティ日吉 112号室の鍵（3本、うちディンプルキー2本）を入居者が受領しました。
受領書は郵送でお返しします。

入居後の設備不具合などは、入居者から直接御社に連絡するよう伝えております。
念のため入居者の連絡先をお知らせします。
　{_p['name']}　携帯 {_p['phone']}　メール {_p['mail']}
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "入居者1名の連絡先のみ。警告止まり",
})

_p = people(1, 1980, 1990)[0]
MESSAGES.append({
    "id": "shataku-065",
    "sender": YAMAUCHI,
    "to": ["shinsa@frontier-hosho.co.jp"],
    "subject": "Re: 申込書の記載不備について（FH-0305-1182）",
    "charset": "utf-8",
    "body": f"""フロンティア保証 審査部 ご担当者様

ご連絡ありがとうございます。山内です。
ご指摘の空欄を補記いたします。本人に確認した内容です。

　申込者：{_p['name']}
　生年月日：{wareki(_p['dob'], 'short')}
　勤務先電話：03-5401-2200（代表）
　年金手帳の番号：{RNG.randint(1000, 9999)}-{RNG.randint(100000, 999999)}
　（申込書の「その他の本人確認事項」欄に記載とのことでしたので）

以上、よろしくお願いいたします。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "基礎年金番号(年金手帳の番号)を保証会社へ",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-066",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "RE: 207号室 退去立会いの代理出席について",
    "charset": "iso-2022-jp",
    "body": f"""大場様

承知しました。立会いは当社の小野寺が代理で出席し、鍵3本をお返しします。
当日はよろしくお願いいたします。

小野寺

差出人: 大場 <oba.t@toei-community.co.jp>
送信日時: 2026年3月10日 18:20
宛先: 小野寺 拓 <t-onodera@hinode-sangyo.co.jp>
件名: RE: 207号室 退去立会いの代理出席について

小野寺様

ご連絡ありがとうございます。
{_p['sei']}様が椎間板ヘルニアの手術で入院中とのこと、承知いたしました。
お大事になさってください。代理の方のご出席で問題ございません。

東栄コミュニティ 大場
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "入院・病名は返信先のメール(差出人/送信日時の下)の引用のみ。新しい本文にはない",
})

_p = people(2, 1970, 1985)
MESSAGES.append({
    "id": "shataku-067",
    "sender": SAMEJIMA,
    "to": ["ミツバ給食 北千住寮食堂 <kitasenju@mitsuba-kyushoku.co.jp>"],
    "subject": "単身赴任者の食事（減塩・糖質制限）のお願い",
    "charset": "iso-2022-jp",
    "body": f"""ミツバ給食 北千住寮食堂 栄養士様

人事部の鮫島です。いつもありがとうございます。
単身赴任で寮に入っている社員2名について、産業医から食事の配慮を求められています。

・{_p[0]['room']}号室　{_p[0]['name']}さん
　健康診断で2型糖尿病（HbA1c 7.8）。ご飯は小盛り（100g）、甘い副菜は控えめに。
・{_p[1]['room']}号室　{_p[1]['name']}さん
　高血圧で服薬中。汁物は半量、減塩メニューの対応をお願いします。

ご本人たちの了承は得ています。詳細は産業医面談後にまたご連絡します。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "寮生2名の健康診断結果・病名(要配慮)を給食会社へ",
})

MESSAGES.append({
    "id": "shataku-068",
    "sender": YAMAUCHI,
    "to": ["ツバサシステム 西岡様 <nishioka@tsubasa-system.jp>"],
    "subject": "社宅管理システム：控除データ連携のCSV仕様について",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
西岡様

お世話になっております。日の出産業の山内です。
給与システムへの控除データ連携CSVの仕様について、当社側の要望をまとめました。

【ファイル】UTF-8（BOMなし）、カンマ区切り、ヘッダ行あり、改行CRLF
【項目】
　1. 社員番号（6桁、先頭ゼロあり）
　2. 氏名（全角、姓名の間に全角スペース）
　3. 控除年月（YYYYMM）
　4. 社宅使用料（整数、円）
　5. 駐車場使用料（整数、円）
　6. 控除区分（01:通常、02:日割、03:精算）

サンプルは個人情報を含まないダミーで作成いただければ結構です
（例：000000,日出　太郎,202604,24000,0,01）。
次回定例（4/8）でご相談させてください。
{SIG_YAMAUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSVの項目仕様とダミー例1行のみ。実在者のデータなし",
})

_p = people(25)
MESSAGES.append({
    "id": "shataku-069",
    "sender": YAMAUCHI,
    "to": ["ツバサシステム 西岡様 <nishioka@tsubasa-system.jp>"],
    "cc": ["t-onodera@hinode-sangyo.co.jp"],
    "subject": "移行テスト用 入居者マスタ（本番データ抜粋）",
    "charset": "utf-8",
    "body": f"""西岡様

お世話になっております。山内です。
移行テストで使う入居者マスタです。ダミーでは項目の揺れが再現できないとのことでしたので、
本番データから25件を抜き出しました。テスト完了後は削除をお願いします。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "csv", "name": "nyukyosha_master_sample.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "カナ", "生年月日", "社宅住所", "携帯", "私用メール", "入居日"]]
        + [[p["emp"], p["name"], p["kana"], ymd(p["dob"], ""), p["addr"], p["phone"], p["mail"],
            f"20{RNG.randint(19, 25)}{RNG.randint(1, 12):02d}01"] for p in _p],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "本番の入居者25名をシステム会社(取引先だが社外)へCSVで",
})

_p = people(7)
_inner_body = ("住宅グループ各位\n\n山内です。5月入居予定者の一覧です。\n\n"
               + padded([["氏名", "入居先", "携帯"]] + [[p["name"], address(0), p["phone"]] for p in _p])
               + "\n\n以上7名。\n山内")
MESSAGES.append({
    "id": "shataku-070",
    "sender": ONODERA,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "FW: 5月入居予定者",
    "charset": "iso-2022-jp",
    "body": f"""村瀬様

小野寺です。社内で共有した一覧を、メールごと添付で転送します。
入居準備（鍵・ライフラインの案内）をお願いします。
{SIG_ONODERA}""",
    "attachments": [{
        "kind": "eml", "name": "5月入居予定者.eml",
        "message": {"sender": YAMAUCHI, "to": ["住宅グループ <jutaku-g@hinode-sangyo.co.jp>"],
                    "subject": "5月入居予定者", "charset": "iso-2022-jp", "body": _inner_body},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "添付した社内メール(.eml)に7名の氏名・入居先住所・携帯。転送なので数える",
})

# =========================================================================================
# 071-100
# =========================================================================================

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-071",
    "sender": HORINOUCHI,
    "to": ["久我先生 <kuga@shirakawa-law.jp>"],
    "cc": ["村瀬 様 <murase@seiwa-shataku.co.jp>", "yamauchi.kana@hinode-sangyo.co.jp"],
    "subject": "原状回復費用の件 打合せ日程（4/15候補）",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所 久我先生
（cc：星和社宅サービス 村瀬様）

いつもお世話になっております。日の出産業の堀之内です。
ベルエール浦和の元入居者（{_p['sei']}）の原状回復費用について、貸主側から
敷金を超える請求が来ている件、三者でお打合せをお願いしたく存じます。

　候補：4月15日(水) 14:00～15:00／4月16日(木) 10:00～11:00
　場所：白川法律事務所様 会議室、またはWeb

資料（請求書写し、入退去時の写真、ガイドラインとの対照表）は
村瀬様から事前にお送りいただく予定です。
{SIG_HORINOUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "法律事務所と代行会社の社外2組織への打合せ調整。元入居者は姓のみ",
})

_p = people(2)
MESSAGES.append({
    "id": "shataku-072",
    "sender": YAMAUCHI,
    "to": ["川崎電機 人事部 池永様 <ikenaga@kawasaki-denki.com>"],
    "subject": "出向受入者の社宅について",
    "charset": "utf-8",
    "body": f"""川崎電機株式会社 人事部
池永様

お世話になっております。日の出産業 総務部住宅グループの山内です。
4月から当社へ出向いただく2名の社宅をご用意しましたので、ご案内いたします。

1. {_p[0]['name']} 様
   社宅：{address(1)}
   入居日：4月1日　携帯：{_p[0]['phone']}
2. {_p[1]['name']} 様
   社宅：{address(1)}
   入居日：4月3日　携帯：{_p[1]['phone']}

社宅使用料は出向協定に基づき、当社で給与控除のうえ御社へ請求いたします。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "取引先 kawasaki-denki.co.jp を .com にした類似ドメイン宛",
})

_p = people(3)
MESSAGES.append({
    "id": "shataku-073",
    "sender": YAMAUCHI,
    "to": ["水谷様 <mizutani@houselink-fudosan.jp>"],
    "subject": "3/7 内見の参加者",
    "charset": "iso-2022-jp",
    "body": "水谷様\n\nお世話になっております。山内です。\n"
            "3/7(土)の内見（武蔵小杉の3物件）の参加者は以下のとおりです。\n\n"
            + "\n".join(f"・{p['name']}（{r}）　{p['phone']}" for p, r in zip(_p, ["入居予定者本人", "配偶者", "当社 住宅G"])) +
            "\n\n集合は10時に御社武蔵小杉店でお願いします。\n" + SIG_YAMAUCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "内見参加者3名の氏名と電話。5名未満で警告止まり",
})

_p = people(6)
MESSAGES.append({
    "id": "shataku-074",
    "sender": SAMEJIMA,
    "to": ["北千住寮 管理人 <kitasenju@harukaze-ryo.co.jp>"],
    "subject": "夏季の帰省者（寮不在）一覧",
    "charset": "utf-8",
    "body": "管理人様\n\nお世話になっております。鮫島です。\n"
            "夏季休暇中に帰省で寮を空ける寮生を取りまとめました。\n"
            "食事の停止と、不在中の郵便物の保管をお願いします。\n\n"
            + "\n".join(f"・{p['name']}さん（{p['room']}）8/{RNG.randint(8, 11)}～8/{RNG.randint(15, 18)} "
                        f"帰省先 {address(2)}　携帯 {p['phone']}" for p in _p) +
            "\n\n" + SIG_SAMEJIMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "「・」箇条書きで寮生6名の帰省先住所・携帯を社外の寮管理へ",
})

MESSAGES.append({
    "id": "shataku-075",
    "sender": TACHIBANA,
    "to": ["山辺社会保険労務士事務所 山辺先生 <yamabe@yamabe-sr.jp>"],
    "subject": "社宅の賃料相当額（現物給与）の算定についてご相談",
    "charset": "iso-2022-jp",
    "body": f"""山辺先生

いつもお世話になっております。日の出産業 経理部の立花です。
社宅使用料の改定に伴い、所得税法上の賃貸料相当額と社会保険の現物給与価額との差について
ご相談させてください。当社で作成した算定表を添付いたします。

特に、本人負担が賃料相当額の50%を下回るケースの扱いを確認したく存じます。
{SIG_TACHIBANA}""",
    "attachments": [{
        "kind": "pdf", "name": "社宅使用料算定表_2026改定案.pdf",
        "page_header": "取扱注意",
        "title": "社宅使用料算定表（2026年度改定案）",
        "lines": ["【取扱注意】社宅使用料算定表（2026年度改定案）", "日の出産業株式会社 経理部",
                  "", "1. 算定方法：固定資産税課税標準額による賃貸料相当額との比較"],
        "table": [["区分", "平均賃料", "現行本人負担", "改定案本人負担", "賃貸料相当額(概算)"],
                  ["単身 東京", "88,400", "17,680", "13,260", "12,900"],
                  ["単身 大阪", "71,200", "14,240", "10,680", "10,100"],
                  ["世帯 東京", "142,000", "28,400", "21,300", "21,800"],
                  ["世帯 大阪", "118,500", "23,700", "17,775", "17,600"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付PDFのヘッダと表題に「取扱注意」の区分表示、社外の社労士宛",
})

MESSAGES.append({
    "id": "shataku-076",
    "sender": SHINKAI,
    "to": ["ひまわり引越センター 法人窓口 <houjin@himawari-hikkoshi.co.jp>"],
    "subject": "Re: 2026年度 法人向け料金表のご案内",
    "charset": "cp932",
    "body": """ひまわり引越センター 法人窓口 ご担当者様

料金表のご送付ありがとうございました。日の出産業 大阪支店の新開です。
以下の点を確認させてください。

1. 単身パック（2t車・作業員2名）近距離 48,000円 → 繁忙期（3/15～4/10）の割増率
2. 長距離（大阪⇔東京）の混載便 単身 76,000円 の日数指定可否
3. エアコン脱着 1台 16,500円 の追加台数割引の有無

また、社内の委託先審査で必要になりますので、御社の個人情報保護方針と
Pマーク（登録番号）の写しをお送りいただけますでしょうか。

よろしくお願いいたします。

日の出産業株式会社 大阪支店 総務課 新開
TEL 06-6345-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "料金表への質問と個人情報保護方針の依頼。個人データなし",
})

MESSAGES.append({
    "id": "shataku-077",
    "sender": YAMAUCHI,
    "to": ["水谷様 <mizutani@houselink-fudosan.jp>"],
    "subject": "重要事項説明書（署名済み）スキャン",
    "charset": "utf-8",
    "body": f"""水谷様

お世話になっております。山内です。
署名済みの重要事項説明書をスキャンしてお送りします。
複合機から直接送ったので、開けなかったらお知らせください。
{SIG_YAMAUCHI}""",
    "attachments": [{"kind": "corrupt", "name": "SCAN_20260309_153322.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "スキャンPDFが壊れていて検査できない",
})

_p = people(1)[0]
_card = card_number(SEED + 1)
MESSAGES.append({
    "id": "shataku-078",
    "sender": SHINKAI,
    "to": ["さくらホテル浜松町 フロント <front@sakura-hotel.jp>"],
    "subject": "予約確認 No.SH-88213 延泊分のお支払いについて",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル浜松町 フロントご担当者様

日の出産業 大阪支店総務課の新開です。
予約番号 SH-88213（宿泊者：{_p['name']}様）について、社宅の入居日がずれたため
4/14～4/16の2泊を延泊します。

延泊分は会社規程の対象外となるため、本人のクレジットカードでの決済をお願いします。
本人から預かったカード情報は以下のとおりです。
　カード番号：{zen(_card)}
　有効期限：{RNG.randint(1, 12):02d}/{RNG.randint(27, 31)}
　名義：{_p['roma']}
{SIG_SHINKAI}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "取引先ホテル宛だが本人のカード番号(全角数字)を本文に記載",
})

MESSAGES.append({
    "id": "shataku-079",
    "sender": ONODERA,
    "to": ["岡部 フミ子 様 <okabe-fumi@yahoo.co.jp>"],
    "cc": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "ベランダ排水口の詰まりについて（コーポ岡部 102）",
    "charset": "iso-2022-jp",
    "body": f"""岡部 フミ子 様
（cc：東栄コミュニティ 大場様）

いつもお世話になっております。日の出産業 総務部の小野寺でございます。
弊社で借り上げております「コーポ岡部」102号室のベランダ排水口が詰まり、
大雨の際に水があふれそうになると入居者から連絡がありました。

建物の管理を委託されている東栄コミュニティ様に点検をお願いしようと考えておりますが、
費用のご負担を含め、進め方についてご了承をいただけますでしょうか。
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "個人の大家(yahoo)と管理会社の2者だけ。通常の三者連絡",
})

_p = people(4)
MESSAGES.append({
    "id": "shataku-080",
    "sender": SAMEJIMA,
    "to": ["北千住寮 管理人 <kitasenju@harukaze-ryo.co.jp>"],
    "cc": [f"{p['name']} <{p['mail']}>" for p in _p],
    "subject": "【北千住寮】3階 共用洗濯機の使い方について",
    "charset": "iso-2022-jp",
    "body": f"""管理人様、3階の寮生の皆さん

人事部の鮫島です。
3階の共用洗濯機について、夜23時以降の使用で騒音の苦情が出ています。
3階の寮生の皆さんは、洗濯機の使用を22時までにしてください。

管理人様には、洗濯室への掲示をお願いいたします。
{SIG_SAMEJIMA}""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "寮管理会社と寮生4名の私用アドレスが To/Cc で互いに見える(社外5者)",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-081",
    "sender": ONODERA,
    "to": ["堀之内 健 <horinouchi.ken@hinode-sangyo.co.jp>"],
    "cc": ["人事部 労務課 <romu@hinode-sangyo.co.jp>"],
    "subject": "【報告】コーポ大井 305 退去立会い結果",
    "charset": "iso-2022-jp",
    "body": f"""堀之内課長

小野寺です。本日のコーポ大井 305号室の退去立会いの結果を報告します。

・入居者：{_p['name']}（品質保証部、うつ病で休職中）→ 本人欠席、お父様が荷物搬出に立会い
・室内：喫煙跡なし、クロスの汚れは経年劣化の範囲内との判断
・精算見込み：借主負担 約18,000円（ハウスクリーニング特約分のみ）
・鍵：3本返却済み

労務課へ：休職中の社宅使用料控除の停止時期について、別途ご相談させてください。

小野寺""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "病名を含むが宛先がすべて社内",
})

_rows = [["No", "携帯電話", "メールアドレス", "階"]]
for i, p in enumerate(people(6, 2000, 2005)):
    _rows.append([str(i + 1), p["phone"], p["mail"], f"{p['room'][0]}F"])
MESSAGES.append({
    "id": "shataku-082",
    "sender": SAMEJIMA,
    "to": ["日吉寮 管理人室 <hiyoshi@harukaze-ryo.co.jp>"],
    "subject": "防災訓練用の連絡網データ",
    "charset": "utf-8",
    "body": f"""日吉寮 管理人様

鮫島です。9/1の防災訓練で使う安否確認の連絡網データを送ります。
今回は名前なしで、番号と連絡先だけにしています。
{SIG_SAMEJIMA}""",
    "attachments": [{"kind": "csv", "name": "renrakumou_hiyoshi.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "氏名列のない6名分の携帯・私用メールのCSVを社外へ。氏名なしでも人の記録",
})

_rows = [["物件名", "所在地", "戸数", "契約満了", "更新料", "貸主"]]
for r in [
    ("コーポ大井", "品川区東大井5-3-11", "2", "2026/03/31", "賃料1か月", "個人"),
    ("メゾン東大井", "品川区東大井2-8-4", "1", "2026/04/30", "賃料1か月", "法人"),
    ("メゾン経堂", "世田谷区経堂2-17-3", "4", "2026/06/30", "賃料0.5か月", "個人"),
    ("ベルエール品川", "品川区東大井3-1-19", "3", "2026/07/31", "なし", "法人"),
    ("シャトー豊玉", "練馬区豊玉北4-12-6", "1", "2026/08/31", "賃料1か月", "個人"),
    ("サンライズ千住", "足立区千住3-40-2", "2", "2026/10/31", "賃料1か月", "法人"),
    ("レジデンス高砂", "さいたま市浦和区高砂2-5-13", "1", "2026/11/30", "賃料1か月", "法人"),
    ("フォレスト本町", "船橋市本町6-3-9", "2", "2027/01/31", "賃料0.5か月", "個人"),
]:
    _rows.append(list(r))
MESSAGES.append({
    "id": "shataku-083",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "2026年度 更新予定物件（御社管理分）",
    "charset": "cp932",
    "body": "浅野様\n\nいつもお世話になっております。小野寺です。\n"
            "2026年度中に更新を迎える御社管理物件を一覧にしました。\n"
            "更新書類の発送予定を教えていただけると助かります。\n\n"
            + "\t".join(_rows[0]) + "\n" + "\n".join("\t".join(r) for r in _rows[1:]) +
            "\n\n" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "物件の一覧(所在地・満了日・更新料)で人の記録ではない",
})

MESSAGES.append({
    "id": "shataku-084",
    "sender": ONODERA,
    "to": ["Emma Whitfield <e.whitfield@globalrelo-partners.com>"],
    "subject": "Our assignee housing policy (for your proposal)",
    "charset": "utf-8",
    "body": f"""Dear Emma,

To help you prepare the proposal, I attach our current assignee housing policy
(English summary). Please let me know if anything is unclear.
{SIG_ONODERA_EN}""",
    "attachments": [{
        "kind": "pdf", "name": "Assignee_Housing_Policy_2026.pdf",
        "title": "Assignee Housing Policy 2026",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "lines": ["Assignee Housing Policy (summary) - FY2026", "",
                  "1. Eligibility: employees transferred from overseas group companies for 12 months or more.",
                  "2. Rent ceiling: JPY 180,000 (single), JPY 260,000 (family), management fee included.",
                  "3. Employee contribution: 10% of rent, capped at JPY 25,000 per month.",
                  "4. Temporary housing: up to 30 nights in a serviced apartment.",
                  "5. Home leave: one economy round trip per year for the family."],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付PDFの各ページに CONFIDENTIAL - internal use only の区分表示、社外宛",
})

MESSAGES.append({
    "id": "shataku-085",
    "sender": YAMAUCHI,
    "to": ["岸本様 <kishimoto@aoi-estate.com>"],
    "subject": "仲介手数料のお見積りについて",
    "charset": "iso-2022-jp",
    "body": f"""あおい不動産 岸本様

お世話になっております。日の出産業の山内です。
年間契約（借上げ社宅 10件程度）を前提とした仲介手数料について、お見積りをお願いします。

　・仲介手数料：賃料の0.5か月分＋税（現行他社条件）
　・鍵交換費用：当社負担、上限22,000円
　・更新事務手数料：不要としたい
　・支払い：月末締め翌月末払い

3月中に社内で業者選定を行いますので、3月13日までにご提示いただけますと幸いです。
{SIG_YAMAUCHI}
{DISC_JA}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "見積依頼と条件のみ。末尾は定型の免責文(機密情報)で区分表示ではない",
})

_p = people(5)
_na = [address(1) for _ in _p]
MESSAGES.append({
    "id": "shataku-086",
    "sender": YAMAUCHI,
    "to": ["柴田様 <shibata.k@aoba-unyu.co.jp>"],
    "subject": "Re: 4月異動の引越件数について",
    "charset": "utf-8",
    "body": f"""柴田様

お世話になっております。山内です。
お問い合わせの件、確定している分を文章でお伝えします。

今回は本社から名古屋への異動が中心で、まず{_p[0]['name']}さん（携帯 {_p[0]['phone']}）が
{_na[0]}へ、{_p[1]['name']}さん（{_p[1]['phone']}）は{_na[1]}へ移ります。
ご家族帯同は{_p[2]['name']}さんのみで、新居は{_na[2]}、連絡は{_p[2]['phone']}までお願いします。
そのほか、{_p[3]['name']}さん（{_p[3]['phone']}、新居 {_na[3]}）と、
{_p[4]['name']}さん（{_p[4]['phone']}、新居 {_na[4]}）が単身で移動します。

搬出日は皆さん3月最終週を希望しています。各人と直接ご調整ください。
{SIG_YAMAUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "表ではなく文章の中に5名の氏名・携帯・新住所。引越業者(取引先でも社外)宛",
})

_p = people(6)
MESSAGES.append({
    "id": "shataku-087",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "社宅制度説明会の資料（案）",
    "charset": "iso-2022-jp",
    "body": f"""村瀬様

お世話になっております。山内です。
4/10の新任転勤者向け社宅制度説明会の資料案をお送りします。
最終ページに対象者の一覧を付けていますので、当日の受付にお使いください。
{SIG_YAMAUCHI}""",
    "attachments": [{
        "kind": "pptx", "name": "社宅制度説明会_20260410.pptx",
        "slides": [
            ["借上げ社宅制度のご案内", "日の出産業株式会社 総務部 住宅グループ", "2026年4月10日"],
            ["入居までの流れ", "物件探し（仲介業者）→ 申請 → 審査 → 契約（会社）→ 入居"],
            ["本人負担", "賃料の20％（上限35,000円）を給与から控除"],
            ["付録：本日の対象者"] + [f"{p['emp']} {p['name']} 入居予定 {address(0)} 携帯 {p['phone']}"
                                 for p in _p],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTXの最終スライドに6名の入居予定住所・携帯",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-088",
    "sender": TACHIBANA,
    "to": [f"{_p['name']} <{_p['mail']}>"],
    "subject": "敷金精算金のお振込みについて",
    "charset": "iso-2022-jp",
    "body": f"""{_p['name']} 様

経理部の立花です。退職後の手続きでお手数をおかけしています。
社宅（コーポ大井 203）の敷金精算金について、貸主から返還された額から
原状回復の本人負担分を差し引いた 46,300円 を、下記口座へお振込みします。

　振込先：みどり銀行 大井町支店 普通 {RNG.randint(1000000, 9999999)}
　名義　：{_p['kana'].replace(' ', '')}
　振込予定日：4月25日

口座に誤りがあれば4月20日までにご返信ください。
{SIG_TACHIBANA}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "退職者本人の私用アドレス1件へ本人の口座を確認。1名分で警告止まり",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-089",
    "sender": HORINOUCHI,
    "to": ["久我先生 <kuga@shirakawa-1aw.jp>"],
    "subject": "ベルエール浦和 原状回復請求の件（資料送付）",
    "charset": "utf-8",
    "body": f"""白川法律事務所 久我先生

いつもお世話になっております。日の出産業の堀之内です。
先日ご相談した原状回復請求の件、元入居者の情報と経緯をお送りします。

　元入居者：{_p['name']}（2025年12月退職）
　現住所　：{address(1)}
　連絡先　：{_p['phone']}
　入居期間：2019年4月～2025年11月

貸主からの請求額は 486,000円 で、うち壁の穴（約20cm）とフローリングのペット傷を
本人負担とする旨の記載があります。本人はペットの飼育を否定しています。
{SIG_HORINOUCHI}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "取引先 shirakawa-law.jp の l を 1 にした類似ドメイン shirakawa-1aw.jp 宛",
})

_p = people(5)
MESSAGES.append({
    "id": "shataku-090",
    "sender": SAMEJIMA,
    "to": ["クリーンメイト 業務部 <gyomu@cleanmate.co.jp>"],
    "subject": "日吉寮 退寮後の居室清掃（5室）",
    "charset": "iso-2022-jp",
    "body": "クリーンメイト株式会社 業務部 ご担当者様\n\n"
            "お世話になっております。日の出産業人事部の鮫島です。\n"
            "日吉寮で3月末に退寮する部屋の清掃をお願いします。\n"
            "清掃時に忘れ物があった場合に持ち主がわかるよう、退寮者名も記載します。\n\n"
            + "\n".join(f"　{p['room']}号室（{p['name']}）" for p in _p) +
            "\n\n作業は4/1～4/3の間でお願いします。鍵は管理人室でお受け取りください。\n" + SIG_SAMEJIMA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "5名の氏名と寮の部屋番号だけ(連絡先なし)。人の記録の一覧とみるか判断が分かれる",
})

MESSAGES.append({
    "id": "shataku-091",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "入居者満足度アンケート 集計結果",
    "charset": "utf-8",
    "body": f"""村瀬様

お世話になっております。山内です。
2月に実施した社宅入居者アンケートの集計結果を共有します（回答 84名／対象 112名）。

　設問　　　　　　　　　　　　満足　やや満足　やや不満　不満
　物件の立地　　　　　　　　　 41　　 29　　　 10　　　 4
　家賃負担　　　　　　　　　　 22　　 31　　　 21　　 10
　代行窓口の対応　　　　　　　 35　　 33　　　 12　　　 4
　修繕依頼への対応の早さ　　　 18　　 27　　　 25　　 14

自由記述では「修繕の連絡をしてから業者が来るまでが長い」という意見が目立ちました。
次回の定例で改善策をご相談させてください。
{SIG_YAMAUCHI}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "アンケートの集計値だけで個人の記録はない",
})

_p = people(5, 1985, 2000)
_rows = [["No", "申込者氏名", "生年月日", "勤続", "年収(万円)", "携帯", "物件"]]
for i, p in enumerate(_p):
    _rows.append([str(i + 1), p["name"], wareki(p["dob"], "short"), f"{RNG.randint(1, 15)}年",
                  str(RNG.randint(380, 720)), p["phone"], f"{RNG.choice(BLDG)} {p['room']}"])
MESSAGES.append({
    "id": "shataku-092",
    "sender": ONODERA,
    "to": ["shinsa@frontier-hosho.co.jp"],
    "subject": "4月入居分 保証委託 一括申込（5件）",
    "charset": "cp932",
    "body": "フロンティア保証 審査部 御中\n\n"
            "日の出産業の小野寺です。4月入居分の保証委託を5件まとめて申し込みます。\n"
            "契約者はいずれも当社（法人契約）です。\n\n"
            + padded(_rows, gap=2, rule="=") +
            "\n\n申込書原本は本日発送しました。\n" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "入居者5名(和暦の生年月日・年収・携帯)の一覧を保証会社へ",
})

MESSAGES.append({
    "id": "shataku-093",
    "sender": SHINKAI,
    "to": ["ひまわり引越センター 法人窓口 <houjin@himawari-hikkoshi.co.jp>"],
    "subject": "個人情報の取扱いに関する確認書のご提出のお願い",
    "charset": "iso-2022-jp",
    "body": f"""ひまわり引越センター 法人窓口 ご担当者様

お世話になっております。日の出産業 大阪支店の新開です。
当社では、転勤者の引越手配に伴い社員の氏名・住所・電話番号を委託先にお渡ししているため、
年に一度、委託先の皆さまに「個人情報の取扱いに関する確認書」をご提出いただいております。

添付の様式にご記入のうえ、4月末までにご返送ください。
主な確認事項は、利用目的の限定、再委託の有無、作業後のデータ消去、事故時の報告体制です。
{SIG_SHINKAI}""",
    "attachments": [{
        "kind": "docx", "name": "個人情報取扱確認書_様式.docx",
        "paragraphs": ["個人情報の取扱いに関する確認書", "日の出産業株式会社 御中",
                       "1. 貴社から受領した個人情報を引越業務以外の目的に利用しません。（はい／いいえ）",
                       "2. 再委託を行う場合は事前に書面で承諾を得ます。（はい／いいえ）",
                       "3. 作業完了後90日以内に個人情報を消去します。（はい／いいえ）",
                       "会社名：＿＿＿＿＿＿　責任者：＿＿＿＿＿＿　日付：＿＿＿＿＿＿"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "個人情報の取扱いについての確認依頼で、個人データそのものはない",
})

_p = people(3)
_txt = "\n".join(
    f"■{p['name']}\n生年月日：{wareki(p['dob'])}\n住所：{p['addr']}\n個人番号：{my_number(SEED + 7 + i)}\n"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "shataku-094",
    "sender": YAMAUCHI,
    "to": ["村瀬 様 <murase@seiwa-shataku.co.jp>"],
    "subject": "住民票記載事項（3名分）",
    "charset": "utf-8",
    "body": f"""村瀬様

山内です。お電話でご依頼のあった3名分の住民票記載事項をテキストでお送りします。
{SIG_YAMAUCHI}""",
    "attachments": [{"kind": "txt", "name": "juminhyo_3mei.txt", "encoding": "utf-8",
                     "text": "住民票記載事項（本人提出分より転記）\n\n" + _txt}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "添付テキストに3名のマイナンバー、社外の代行会社宛",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-095",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "subject": "立会い日程の変更のお願い（グランシティ日吉 318）",
    "charset": "iso-2022-jp",
    "body": f"""大場様

お世話になっております。小野寺です。
3/24に予定していたグランシティ日吉 318号室（{_p['name']}）の退去立会いですが、
本人が急遽入院することになり、当日の出席が難しくなりました。
退院は4月上旬の見込みと聞いております。

代理で当社が立ち会うか、退院後に日程を再設定するか、御社のご都合を伺えますでしょうか。
{SIG_ONODERA}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名と「入院」の事実だけ(病名なし)。要配慮の病歴とみるか判断が分かれる",
})

_p = people(4)
MESSAGES.append({
    "id": "shataku-096",
    "sender": ONODERA,
    "to": ["浅野様 <asano@minato-jk.co.jp>"],
    "subject": "メゾン東大井 入居者の緊急連絡先",
    "charset": "cp932",
    "body": "浅野様\n\n小野寺です。ご依頼のあった緊急連絡先です（当社入居者4名分）。\n\n"
            "部屋,入居者,携帯,緊急連絡先,続柄\n"
            + "\n".join(f"{p['room']},{p['name']},{p['phone']},{mobile()},{RNG.choice(['父', '母', '妻', '夫'])}"
                        for p in _p) +
            "\n\n以上です。\n" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "カンマ区切りで4名分のみ(5名未満)。警告止まり",
})

_p = people(1)[0]
MESSAGES.append({
    "id": "shataku-097",
    "sender": ONODERA,
    "to": ["m.takanashi.1949@ezweb.ne.jp"],
    "subject": "ハイツ高梨 201号室 天井からの漏水について",
    "charset": "iso-2022-jp",
    "body": f"""高梨 勝 様

いつもお世話になっております。日の出産業 総務部の小野寺でございます。
弊社が借り上げております201号室の入居者（{_p['sei']}）から、昨夜の雨で
浴室の天井から水が垂れてきたとの連絡がありました。
屋上防水の劣化の可能性もあるかと存じます。

つきましては、いつもの工務店さんに点検をお願いしていただけますでしょうか。
入居者は平日の日中不在のため、立会いは弊社の担当者が伺います。
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "個人の大家(携帯キャリアメール)1名への修繕依頼。入居者は姓のみ",
})

_p = people(5)
MESSAGES.append({
    "id": "shataku-098",
    "sender": YAMAUCHI,
    "to": ["住宅グループ <jutaku-g@hinode-sangy0.co.jp>"],
    "subject": "6月入居予定者 一覧（共有）",
    "charset": "utf-8",
    "body": "住宅グループ各位\n\nお疲れさまです。山内です。\n6月入居予定者を共有します。\n\n"
            + padded([["氏名", "入居先", "携帯", "入居日"]]
                     + [[p["name"], address(0), p["phone"], f"6/{RNG.randint(1, 15)}"] for p in _p]) +
            "\n\n鍵の受け取り担当を決めたいので、明日の朝会で相談させてください。\n" + SIG_YAMAUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "社内宛のつもりが o を 0 にした類似ドメイン hinode-sangy0.co.jp、5名の一覧",
})

MESSAGES.append({
    "id": "shataku-099",
    "sender": ONODERA,
    "to": ["大場様 <oba.t@toei-community.co.jp>"],
    "cc": ["フロンティア保証 契約管理課 <keiyaku@frontier-hosho.co.jp>"],
    "subject": "パークハイツ東陽 保証契約の更新について",
    "charset": "utf-8",
    "body": f"""東栄コミュニティ 大場様
（cc：フロンティア保証 契約管理課 ご担当者様）

お世話になっております。日の出産業の小野寺です。
パークハイツ東陽（当社借上げ 4戸）の家賃保証契約が4月末で更新となります。
更新保証料（1戸あたり10,000円）は、例年どおり当社からフロンティア保証様へ直接お振込みします。

更新手続きについて、管理会社様経由と当社直接のどちらで進めるのがよいか、
ご指示いただけますでしょうか。
{SIG_ONODERA}""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "管理会社と保証会社の社外2組織への事務連絡。個人データなし",
})

MESSAGES.append({
    "id": "shataku-100",
    "sender": SHINKAI,
    "to": ["shinkai.miho@osaka.hinode-sangyo.co.jp"],
    "bcc": ["柴田様 <shibata.k@aoba-unyu.co.jp>", "houjin@himawari-hikkoshi.co.jp",
            "hojin-eigyo@kansai-express-move.co.jp"],
    "subject": "【相見積のお願い】大阪支店 事務所内の社宅備品移設",
    "charset": "iso-2022-jp",
    "body": f"""各社ご担当者様

お世話になっております。日の出産業 大阪支店総務課の新開です。
（複数社にお送りしているため、Bccにて失礼いたします）

独身寮（吹田）の閉鎖に伴い、備品一式を新しい借上げ社宅へ移設する作業について、
お見積りをお願いいたします。

　作業日　：5月9日(土)～10日(日)
　移設元　：吹田市江坂町（旧 江坂寮）
　移設先　：大阪市淀川区西中島ほか2か所
　主な品目：ベッド12台、学習机12台、冷蔵庫6台、洗濯機6台
　回答期限：4月17日(金)

現地下見をご希望の場合は、日程をお知らせください。
{SIG_SHINKAI}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "相見積の3社を正しく Bcc にしている。To は本人のみで社外同士は見えない",
})
