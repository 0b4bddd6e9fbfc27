"""ブラインド評価コーパス — 業務領域: idenshi（遺伝子検査・臨床研究支援）。

日の出産業株式会社 ライフサイエンス事業部の「遺伝子検査支援室」と「臨床研究支援課（治験事務局）」
から出るメール 100 通。遺伝子検査の申込（国内の検査会社、海外ラボとは英語）、検体ID・検体発送、
家族歴の聴取票、遺伝カウンセリングの予約、治験参加者の名簿・同意書・負担軽減費、治験依頼者
（スポンサー）・CRO・SMO・医療機関・倫理審査委員会とのやり取り、経理・総務・情報システムの周辺業務。

SEED = 22401（マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k)、k は通し番号）。
人物・番号・住所はすべて架空。
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

AREA = "idenshi"
SEED = 22401

# --- 架空の人物を作るための材料 ----------------------------------------------------------

_SEI = [
    ("五十嵐", "イガラシ", "Igarashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("長谷部", "ハセベ", "Hasebe"), ("佐々木", "ササキ", "Sasaki"), ("相馬", "ソウマ", "Soma"),
    ("宇佐美", "ウサミ", "Usami"), ("香取", "カトリ", "Katori"), ("葛西", "カサイ", "Kasai"),
    ("久我", "クガ", "Kuga"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("嶋津", "シマヅ", "Shimazu"),
    ("杉原", "スギハラ", "Sugihara"), ("乙部", "オトベ", "Otobe"), ("遠山", "トオヤマ", "Toyama"),
    ("日比野", "ヒビノ", "Hibino"), ("来栖", "クルス", "Kurusu"), ("猪俣", "イノマタ", "Inomata"),
    ("及川", "オイカワ", "Oikawa"), ("鬼頭", "キトウ", "Kito"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("三ツ矢", "ミツヤ", "Mitsuya"),
    ("田中", "タナカ", "Tanaka"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡邉", "ワタナベ", "Watanabe"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("中島", "ナカジマ", "Nakajima"), ("石田", "イシダ", "Ishida"), ("松浦", "マツウラ", "Matsuura"),
    ("岡部", "オカベ", "Okabe"), ("安達", "アダチ", "Adachi"), ("能登", "ノト", "Noto"),
    ("小此木", "オコノギ", "Okonogi"), ("四方田", "ヨモダ", "Yomoda"), ("舟生", "フニュウ", "Funyu"),
    ("藤堂", "トウドウ", "Todo"), ("蛯名", "エビナ", "Ebina"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("柳楽", "ナギラ", "Nagira"), ("千葉", "チバ", "Chiba"), ("西園寺", "サイオンジ", "Saionji"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("由美子", "ユミコ", "Yumiko"), ("千尋", "チヒロ", "Chihiro"),
    ("香織", "カオリ", "Kaori"), ("朋美", "トモミ", "Tomomi"), ("さくら", "サクラ", "Sakura"),
    ("真理", "マリ", "Mari"), ("恵子", "ケイコ", "Keiko"), ("綾乃", "アヤノ", "Ayano"),
    ("陽菜", "ヒナ", "Hina"), ("久美", "クミ", "Kumi"), ("奈緒", "ナオ", "Nao"),
    ("紗希", "サキ", "Saki"), ("澄江", "スミエ", "Sumie"), ("瑞穂", "ミズホ", "Mizuho"),
    ("律子", "リツコ", "Ritsuko"), ("葵", "アオイ", "Aoi"), ("典子", "ノリコ", "Noriko"),
]
_MEI_M = [
    ("健一", "ケンイチ", "Kenichi"), ("翔太", "ショウタ", "Shota"), ("誠", "マコト", "Makoto"),
    ("大輔", "ダイスケ", "Daisuke"), ("浩二", "コウジ", "Koji"), ("隆之", "タカユキ", "Takayuki"),
    ("悠斗", "ユウト", "Yuto"), ("修", "オサム", "Osamu"), ("光太郎", "コウタロウ", "Kotaro"),
    ("亮", "リョウ", "Ryo"), ("正樹", "マサキ", "Masaki"), ("和也", "カズヤ", "Kazuya"),
    ("勝利", "カツトシ", "Katsutoshi"), ("貴之", "タカユキ", "Takayuki"), ("蓮", "レン", "Ren"),
    ("善次郎", "ゼンジロウ", "Zenjiro"), ("哲也", "テツヤ", "Tetsuya"), ("智", "サトシ", "Satoshi"),
]
_ADDR = [
    ("060-0042", "北海道札幌市中央区大通西"), ("980-0811", "宮城県仙台市青葉区一番町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("260-0013", "千葉県千葉市中央区中央"),
    ("273-0005", "千葉県船橋市本町"), ("150-0011", "東京都渋谷区東"),
    ("167-0051", "東京都杉並区荻窪"), ("182-0022", "東京都調布市国領町"),
    ("190-0012", "東京都立川市曙町"), ("231-0023", "神奈川県横浜市中区山下町"),
    ("211-0004", "神奈川県川崎市中原区新丸子東"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("420-0858", "静岡県静岡市葵区伝馬町"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0047", "大阪府大阪市北区西天満"), ("573-0032", "大阪府枚方市岡東町"),
    ("650-0021", "兵庫県神戸市中央区三宮町"), ("700-0901", "岡山県岡山市北区本町"),
    ("730-0011", "広島県広島市中区基町"), ("810-0001", "福岡県福岡市中央区天神"),
    ("900-0015", "沖縄県那覇市久茂地"), ("310-0015", "茨城県水戸市宮町"),
    ("371-0023", "群馬県前橋市本町"), ("950-0087", "新潟県新潟市中央区東大通"), ("047-0032", "北海道小樽市稲穂"),
    ("213-0001", "神奈川県川崎市高津区溝口"), ("116-0013", "東京都荒川区西日暮里"),
]
_KANTO = [a for a in _ADDR if a[1][:3] in ("東京都", "神奈川", "埼玉県", "千葉県", "茨城県", "群馬県")]
_NEAR_FUNABASHI = [a for a in _ADDR if a[1].startswith(("千葉県", "東京都荒川", "東京都杉並", "東京都渋谷"))] + [
    ("272-0034", "千葉県市川市市川"), ("276-0046", "千葉県八千代市大和田新田"), ("274-0063", "千葉県船橋市習志野台")]
_AREA_CODE = [("東京都", "03"), ("神奈川県横浜", "045"), ("神奈川県川崎", "044"),
              ("大阪府大阪", "06"), ("福岡県", "092"), ("愛知県", "052"), ("北海道", "011"),
              ("宮城県", "022"), ("兵庫県", "078"), ("広島県", "082"), ("岡山県", "086"),
              ("新潟県", "025"), ("静岡県", "054"), ("千葉県千葉", "043"), ("沖縄県", "098")]
_BLDG = ["", "", "", "", "コーポ若葉203", "グランシャリオ1105号", "メゾン桜丘2F",
         "ハイツ緑町101", "パークサイド東704", "サンライズ壱番館310"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]


def _people(tag: str, n: int, born: tuple[int, int] = (1955, 2000), female: float = 0.5,
            landline: bool = False, towns: list | None = None) -> list[dict]:
    """架空の人物 n 名（tag ごとに決定的）。"""
    r = _random.Random(f"{SEED}:{tag}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        sei = r.choice(_SEI)
        f = r.random() < female
        mei = r.choice(_MEI_F if f else _MEI_M)
        if sei[0] in used:
            continue
        used.add(sei[0])
        y, m, d = r.randint(*born), r.randint(1, 12), r.randint(1, 28)
        dob = _dt.date(y, m, d)
        zp, town = r.choice(towns or _ADDR)
        addr = f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        bl = r.choice(_BLDG)
        if bl:
            addr += " " + bl
        area = next((a for k, a in _AREA_CODE if town.startswith(k)), None)
        if landline and area and r.random() < 0.4:
            mid = r.randint(1000, 9999) if len(area) == 2 else r.randint(200, 999)
            phone = f"{area}-{mid}-{r.randint(1000, 9999)}"
        else:
            phone = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        style = r.randrange(4)
        local = [f"{mei[2].lower()}.{sei[2].lower()}", f"{sei[2].lower()}{r.randint(10, 99)}",
                 f"{mei[2][0].lower()}{sei[2].lower()}{y % 100:02d}",
                 f"{sei[2].lower()}_{mei[2].lower()}{m:02d}{d:02d}"][style]
        email = f"{local}@{r.choice(_FREE)}"
        age = 2026 - y - (1 if (m, d) > (9, 15) else 0)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name_z": f"{sei[0]}　{mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "sei_kana": sei[1], "mei_kana": mei[1],
            "ro": f"{mei[2]} {sei[2]}", "RO": f"{sei[2].upper()} {mei[2].upper()}",
            "RO2": f"{sei[2].upper()}, {mei[2]}",
            "sex": "女" if f else "男", "sx": "F" if f else "M", "dob": dob, "age": age,
            "zip": zp, "addr": addr, "phone": phone, "email": email,
        })
    return out


_F_ONLY = ("卵巣", "子宮", "乳がん", "Ovarian", "Endometrial", "Breast cancer", "Bilateral breast",
           "妊娠", "出生前")
_M_ONLY = ("前立腺", "Prostate", "Male breast")


def _sexfit(p: dict, text: str, alt: str) -> str:
    """性別に合わない病名（卵巣がん・前立腺がん など）なら alt に置き換える。"""
    bad = _F_ONLY if p["sex"] == "男" else _M_ONLY
    return alt if any(k in text for k in bad) else text


_FW = str.maketrans("0123456789-./:()SHR", "０１２３４５６７８９－．／：（）ＳＨＲ")


def _fw(s: str) -> str:
    """全角にする（数字・記号・元号の頭文字）。"""
    return s.translate(_FW)


def _wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, k, base = "令和", "R", 2018
    elif d >= _dt.date(1989, 1, 8):
        era, k, base = "平成", "H", 1988
    else:
        era, k, base = "昭和", "S", 1925
    y = d.year - base
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "fw":
        return _fw(f"{k}{y}.{d.month}.{d.day}")
    if style == "fwk":
        return f"{era}{_fw(str(y))}年{_fw(str(d.month))}月{_fw(str(d.day))}日"
    raise ValueError(style)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    """半角スペースで表示幅 n に揃える。"""
    return s + " " * max(n - _w(s), 1)


def _zpad(s: str, n: int) -> str:
    """全角スペースで表示幅 n に揃える（端数は半角）。"""
    gap = max(n - _w(s), 2)
    return s + "　" * (gap // 2) + " " * (gap % 2)


def _iso(d: _dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def _slash(d: _dt.date) -> str:
    return d.strftime("%Y/%m/%d")


# --- 署名・免責文 ----------------------------------------------------------------------

SIG_IWASA = """
──────────────────────────
日の出産業株式会社 ライフサイエンス事業部
遺伝子検査支援室 主任　岩佐 真琴（いわさ まこと）
〒103-0027 東京都中央区日本橋2-11-4 日の出ビル7F
TEL：03-5201-7731　FAX：03-5201-7739
E-mail：iwasa.makoto@hinode-sangyo.co.jp
──────────────────────────"""

SIG_TORII = """
--
鳥居 晴香 / Haruka Torii
認定遺伝カウンセラー
日の出産業株式会社 遺伝子検査支援室 遺伝カウンセリング窓口
〒103-0027 東京都中央区日本橋2-11-4 日の出ビル7F
直通 03-5201-7735 / 携帯 080-4471-2093"""

SIG_OSONE = """
********************************************
日の出産業株式会社 ライフサイエンス事業部
臨床研究支援課 課長　大曽根 隆
〒103-0027 東京都中央区日本橋2-11-4
TEL 03-5201-7740（代表）  内線 4410
osone.takashi@hinode-sangyo.co.jp
********************************************"""

SIG_KATAGIRI = """
------------------------------------------------
臨床研究支援課　治験事務局
片桐 由紀子（Katagiri Yukiko）
日の出産業株式会社
TEL：03-5201-7742 / FAX：03-5201-7749
Mail：katagiri.yukiko@hinode-sangyo.co.jp
------------------------------------------------"""

SIG_MIYAKOSHI = """
====
宮腰 健太
日の出産業（株） ライフサイエンス事業部 検体管理グループ
川崎ラボ：〒210-0821 神奈川県川崎市川崎区殿町3-25-10
TEL 044-280-5512 / 携帯 090-6623-1840
===="""

SIG_OHARA = """
--
Daniel Ohara
International Laboratory Liaison | Genetic Testing Support Office
Hinode Sangyo Co., Ltd.
7F Hinode Bldg., 2-11-4 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-7737 | daniel.ohara@hinode-sangyo.co.jp"""

SIG_MINATOYA = """
━━━━━━━━━━━━━━━━
日の出産業株式会社 経理部 出納課
湊谷 咲（みなとや さき）
TEL 03-5201-7100（経理直通）
minatoya.saki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━"""

SIG_KURAMAE = """
--
情報システム部 蔵前 雄一
日の出産業株式会社（内線 2231）"""

SIG_CHISAKA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 総務部 総務課
千坂 あずさ
〒103-0027 東京都中央区日本橋2-11-4 日の出ビル3F
TEL 03-5201-7010 / FAX 03-5201-7019
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してください。
本メールの無断転載・複製・転送はご遠慮ください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."""

IWASA = "岩佐 真琴 <iwasa.makoto@hinode-sangyo.co.jp>"
TORII = "鳥居 晴香 <torii.haruka@hinode-sangyo.co.jp>"
OSONE = "大曽根 隆 <osone.takashi@hinode-sangyo.co.jp>"
KATAGIRI = "片桐 由紀子 <katagiri.yukiko@hinode-sangyo.co.jp>"
MIYAKOSHI = "宮腰 健太 <miyakoshi.kenta@lab.hinode-sangyo.co.jp>"
OHARA = "Daniel Ohara <daniel.ohara@hinode-sangyo.co.jp>"
MINATOYA = "湊谷 咲 <minatoya.saki@hinode-sangyo.co.jp>"
KURAMAE = "蔵前 雄一 <kuramae.yuichi@hinode-sangyo.co.jp>"
CHISAKA = "千坂 あずさ <chisaka.azusa@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def _add(**m) -> None:
    m["id"] = f"{AREA}-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ======================================================================================
# 001  海外ラボへの検体マニフェスト（XLSX、8 名、氏名・生年月日・臨床情報）
_p = _people("m001", 8, born=(1958, 1996), female=0.75)
_ind = [
    ("Breast cancer, dx age 41", "Mother: ovarian ca (d. 55)"),
    ("Ovarian cancer, high-grade serous", "Maternal aunt: breast ca 48"),
    ("Unaffected; cascade testing", "Sister: BRCA1 c.188T>A (pathogenic)"),
    ("Colorectal cancer, dx age 38, MSI-H", "Father: colon ca 50; PGF: endometrial ca"),
    ("Pancreatic adenocarcinoma", "None reported"),
    ("Bilateral breast cancer (45/49)", "Mother: breast ca 52"),
    ("Endometrial cancer, dx age 44", "Mother: colon ca 47"),
    ("Male breast cancer", "Daughter: breast ca 39"),
]
_add(
    charset="utf-8",
    sender=OHARA,
    to=["GenoVista Sample Intake <intake@genovista-labs.com>"],
    cc=[IWASA],
    subject="Sample manifest - Batch HS-2609-03 (8 samples, HCP-30)",
    body="""Dear GenoVista Intake Team,

Please find attached the sample manifest for batch HS-2609-03: 8 EDTA whole-blood
samples for the Hereditary Cancer Panel (test code HCP-30). The box left our Kawasaki
lab this morning with GlobalMed Express, AWB 7731 4402 9186; estimated arrival is
Wednesday the 16th, your time.

Two notes:
- HS26-0912-006 was drawn into a 2 mL tube (difficult venous access). Please let us
  know if the DNA yield is insufficient and we will arrange a redraw.
- For HS26-0912-003 the ordering physician asks for single-site cascade testing only;
  the familial variant is given in the Family History column.

The signed requisition forms follow in the courier pouch.

Best regards,
Daniel
""" + SIG_OHARA,
    attachments=[{
        "kind": "xlsx", "name": "HS-2609-03_manifest.xlsx", "title": "Sample manifest HS-2609-03",
        "sheets": {
            "Manifest": [
                ["Hinode Sangyo Co., Ltd. - Sample Manifest / Batch HS-2609-03"],
                ["Ship date: 2026-09-14", "", "Courier: GlobalMed Express", "AWB 7731 4402 9186"],
                [],
                ["Sample ID", "Patient Name", "DOB", "Sex", "Test Code",
                 "Clinical Indication", "Family History", "Ordering Physician"],
            ] + [
                [f"HS26-0912-{i + 1:03d}", p["RO2"], _iso(p["dob"]), p["sx"], "HCP-30",
                 _sexfit(p, _ind[i][0], "Breast cancer, dx age 47" if p["sex"] == "女" else "Prostate cancer, Gleason 9, dx age 58"), _ind[i][1], ["Dr. S. Soma", "Dr. K. Adachi", "Dr. M. Kito"][i % 3]]
                for i, p in enumerate(_p)
            ],
            "Shipping": [
                ["Box", "Samples", "Temperature", "Logger ID", "Packed by"],
                ["1/1", 8, "2-8 C", "TL-55218", "K. Miyakoshi"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="海外ラボへ 8 名分のマニフェスト（氏名・生年月日・がんの既往と家族歴）を XLSX で送付",
)

# 002  CRO への被験者登録名簿（CSV / CP932、12 名）
_p = _people("m002", 12, born=(1948, 1990), landline=True, towns=_KANTO)
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["杉浦 航 <sugiura.k@cresta-research.co.jp>"],
    subject="【SRP-207試験】被験者登録名簿の送付（東雲総合病院サイト）",
    body="""株式会社クレスタ・リサーチ
臨床開発部 杉浦様

いつも大変お世話になっております。日の出産業 治験事務局の片桐です。

SRP-207試験の東雲総合病院サイトにつきまして、9月13日時点の
被験者登録名簿をお送りいたします。
前回送付分から3名追加（No.10からNo.12）となっております。

次回モニタリング訪問（9/24）での原資料照合にご利用ください。

添付：SRP207_被験者名簿_0913.csv

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_KATAGIRI,
    attachments=[{
        "kind": "csv", "name": "SRP207_被験者名簿_0913.csv", "encoding": "cp932",
        "rows": [["被験者番号", "氏名", "フリガナ", "生年月日", "性別", "電話番号", "住所", "同意取得日"]] + [
            [f"207-S-{i + 1:03d}", p["name"], p["kana"], _slash(p["dob"]), p["sex"], p["phone"],
             f"〒{p['zip']} {p['addr']}", f"2026/{6 + i // 4:02d}/{3 + 2 * i:02d}"]
            for i, p in enumerate(_p)
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CRO へ治験参加者 12 名の名簿（氏名・生年月日・電話・住所）を CSV で送付",
)

# 003  海外ラボへの発送連絡（検体IDと追跡番号のみ）
_add(
    charset="utf-8",
    sender="宮腰 健太 <miyakoshi.kenta@lab.hinode-sangyo.co.jp>",
    to=["GenoVista Logistics <logistics@genovista-labs.com>"],
    subject="Shipment notice HS-2609-04 / AWB 7731 4402 9920",
    body="""Hello Logistics team,

This is to let you know that batch HS-2609-04 was picked up today at 15:40 JST.

  Courier     : GlobalMed Express
  AWB         : 7731 4402 9920
  Boxes       : 2 (refrigerated, 2-8 C, data loggers TL-55231 / TL-55232)
  Samples     : 14 (EDTA whole blood 4 mL x 12, saliva kit x 2)
  Sample IDs  : HS26-0915-001 to HS26-0915-014
  ETA         : Sept 17 (your time), before noon

Saliva kits HS26-0915-013 and -014 are Oragene OG-600, lot 2607K. The electronic
manifest was uploaded to the client portal (upload ref. UP-88120).

Could you confirm receipt and the logger readings when the boxes arrive?

Thanks and regards,
Kenta Miyakoshi
Sample Management Group, Hinode Sangyo Co., Ltd. (Kawasaki Lab)
Tel +81-44-280-5512
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="発送連絡：検体ID範囲・追跡番号・ロット番号のみで人の情報はない",
)

# 004  国内検査会社への遺伝学的検査申込（1 名、診断・家族歴）
_add(
    charset="shift_jis",
    sender=IWASA,
    to=["株式会社寿ジェネティクス 検査受付 <uketsuke@kotobuki-gene.co.jp>"],
    subject="遺伝学的検査（心筋症パネル）申込内容のご連絡",
    body="""寿ジェネティクス 検査受付ご担当者様

お世話になっております。日の出産業 遺伝子検査支援室の岩佐でございます。

港北医科大学附属病院 循環器内科様からのご依頼分につきまして、
申込内容を下記のとおりお知らせいたします。
検体は本日18時の定期便にて発送いたします。

■申込内容
　患者氏名　：葛西 隆之（カサイ タカユキ）
　生年月日　：昭和54年11月3日（46歳）
　性別　　　：男
　検査項目　：心筋症関連遺伝子パネル（CMP-48）
　臨床診断　：肥大型心筋症（2019年診断、ICD植込み済み）
　家族歴　　：父 48歳で突然死、父方叔父 拡張型心筋症
　依頼医　　：循環器内科 相馬医師
　検体ID　　：HS26-0916-021

申込書原本は検体に同梱しております。
結果報告は通常どおり当室宛にお願いいたします。

よろしくお願いいたします。
""" + SIG_IWASA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="一人の患者の氏名・生年月日と診断名・家族歴（要配慮個人情報）を社外の検査会社へ",
)

# 005  秘密保持契約書（案）へのコメント — NDA の話をしているだけ
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["清流製薬 法務部 能登様 <noto.h@seiryu-pharma.co.jp>"],
    subject="Re: 秘密保持契約書（案）へのコメント送付",
    body="""清流製薬株式会社
法務部　能登様

いつもお世話になっております。日の出産業の大曽根でございます。

先日お送りいただいた秘密保持契約書（案）につき、弊社法務と確認のうえ
コメントを付したファイルをお送りいたします。

主な点は次の3点です。
1. 第2条（秘密情報の定義）：口頭で開示された情報について、開示後30日以内に
　 書面で特定したものに限る旨を追記いただけないでしょうか。
2. 第6条（有効期間）：契約終了後の秘密保持義務の存続期間を3年から5年とする
　 御社案で異存ございません。
3. 第8条（返還・廃棄）：電子データの廃棄については、バックアップからの削除が
　 技術的に困難な場合の取扱いを明記させてください。

締結後に試験実施計画書（案）をご開示いただける段取りと理解しております。
ご確認のほど、よろしくお願いいたします。
""" + SIG_OSONE,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_清流製薬_日の出産業_コメント入り.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "清流製薬株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲が計画する臨床試験に関する検討（以下「本目的」という。）のために相互に開示する情報の"
            "取扱いについて、次のとおり契約を締結する。",
            "第2条（秘密情報）本契約において秘密情報とは、本目的のために開示者が受領者に対し開示した"
            "技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。"
            "【乙コメント】口頭開示の場合の特定手続を追記願います。",
            "第6条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後5年間存続する。",
            "第8条（返還・廃棄）受領者は、開示者の請求があったときは、秘密情報を速やかに返還又は廃棄する。"
            "【乙コメント】電子データのバックアップの取扱いを明記願います。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約の条文についてのやり取り：機密表示ではなく契約の話",
)

# 006  4 病院の担当者を To に並べた合同ミーティングの案内
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["港北医科大学附属病院 臨床試験センター <ctc@kohoku-med.ac.jp>",
        "東雲総合病院 治験管理室 <chiken@shinonome-hp.or.jp>",
        "桜台がんセンター 臨床研究推進部 <crc-office@sakuradai-cc.jp>",
        "南厚生病院 治験事務局 <tiken@minami-kosei.or.jp>"],
    subject="【SRP-207】治験責任医師・CRC合同ミーティング開催のご案内",
    body="""各実施医療機関 治験ご担当者様

いつもお世話になっております。
日の出産業株式会社 臨床研究支援課 治験事務局の片桐でございます。

SRP-207試験につきまして、下記のとおり合同ミーティングを開催いたします。
ご多用のところ恐縮ですが、ご出席くださいますようお願い申し上げます。

　日時：2026年10月10日（土）13:30から16:00
　会場：さくらホテル 日本橋 2F「桔梗の間」（オンライン併用）
　議題：(1) 登録状況と今後の見通し
　　　　(2) 実施計画書 第3版の変更点
　　　　(3) 逸脱事例の共有と再発防止策
　　　　(4) 検体取扱い手順（中央測定）の確認

ご出欠を10月2日（金）までに本メールへの返信でお知らせください。
交通費は弊社規定によりご精算いたします。

以上、よろしくお願いいたします。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外 4 医療機関のアドレスを To に並べて送信（BCC にすべき）",
)

# 007  社内のみ：謝金支払調書用の個人番号データ
_p = _people("m007", 6, born=(1975, 2004), towns=_KANTO)
_add(
    charset="utf-8",
    sender=MINATOYA,
    to=["支払調書担当 <shiharai-chosho@hinode-sangyo.co.jp>"],
    cc=["黒木 純 <kuroki.jun@mail.hinode-sangyo.co.jp>"],
    subject="第I相試験 健常人ボランティア謝金 支払調書用データ（社内限り）",
    body="""支払調書担当 各位

経理部の湊谷です。
HS-P1-02試験（健常人対象 第I相）の8月分謝金について、
支払調書作成用のデータを添付します。個人番号は本人確認済みです。

ファイルは経理共有フォルダの「支払調書/2026」にも格納しました。
作業後、ローカルに保存したコピーは削除をお願いします。

湊谷
""" + SIG_MINATOYA,
    attachments=[{
        "kind": "xlsx", "name": "謝金支払調書データ_2026-08.xlsx",
        "sheets": {
            "8月分": [
                ["HS-P1-02 健常人ボランティア謝金（2026年8月支払分）"],
                ["No", "氏名", "フリガナ", "住所", "個人番号", "支払額", "源泉徴収税額"],
            ] + [
                [i + 1, p["name"], p["kana"], f"{p['zip']} {p['addr']}", my_number(SEED + i),
                 [120000, 96000, 120000, 64000, 120000, 88000][i],
                 [12252, 9801, 12252, 6535, 12252, 8985][i]]
                for i, p in enumerate(_p)
            ],
        },
    }],
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="マイナンバー入りの一覧だが宛先はすべて社内（サブドメイン含む）",
)

# 008  税理士法人へ講師 1 名の個人番号
_add(
    charset="shift_jis",
    sender=MINATOYA,
    to=["青柳会計 三ツ矢様 <mitsuya@aoyagi-tax.jp>"],
    subject="講師謝金の支払調書作成について（個人番号のご連絡）",
    body=f"""税理士法人 青柳会計
三ツ矢様

いつもお世話になっております。日の出産業 経理部の湊谷です。

7月に開催した市民公開講座の講師謝金について、支払調書の作成をお願いいたします。
ご本人から番号のご提供と本人確認書類の提示をいただいております。

　氏名　　：日比野 誠二（ヒビノ セイジ）
　住所　　：〒167-0051 東京都杉並区荻窪3-18-6
　個人番号：{my_number(SEED + 6)[:4]} {my_number(SEED + 6)[4:8]} {my_number(SEED + 6)[8:]}
　支払日　：2026年7月31日
　支払金額：100,000円（源泉徴収税額 10,210円）

他の講師分は来週まとめてお送りいたします。
よろしくお願いいたします。
""" + SIG_MINATOYA,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="外部の税理士法人へ個人のマイナンバーと住所を本文で送付",
)

# 009  海外ラボへの返信：新しい本文は短く、患者情報は引用部分のみ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Megan Ruiz <m.ruiz@genovista-labs.com>"],
    subject="Re: Report released - HS26-0822-003",
    body="""Hi Megan,

Thank you for the quick turnaround on this one. We have downloaded the signed report
from the portal and passed it to the ordering physician through the hospital's secure
channel. No further action is needed on your side.

Could you close ticket CS-40817 as well?

Best,
Daniel
""" + SIG_OHARA + """

On Tue, Sep 15, 2026 at 9:12 AM Megan Ruiz <m.ruiz@genovista-labs.com> wrote:
> Dear Daniel,
>
> The report for the following sample has been released on the client portal:
>
>   Sample ID : HS26-0822-003
>   Patient   : KUGA, Nao   DOB 1984-02-11   Female
>   Test      : HCP-30 Hereditary Cancer Panel
>   Result    : POSITIVE - BRCA1 c.5266dupC (p.Gln1756fs), pathogenic, heterozygous
>
> Genetic counselling is recommended. Please let me know if you need a hard copy.
>
> Kind regards,
> Megan Ruiz
> Client Services, GenoVista Laboratories Inc.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="患者の結果は相手のメールの引用（> 行）だけで、新しい本文に個人データはない",
)

# 010  遺伝カウンセリング予約者一覧（全角スペース揃え、6 名、相談内容つき）
_p = _people("m010", 6, born=(1970, 1998), female=1.0)
_topics = ["乳がん家族歴（母・叔母）BRCA検査希望", "大腸がん術後、リンチ症候群疑い",
           "妊娠16週、出生前検査の相談", "兄が筋ジストロフィー、保因者診断の相談",
           "父がハンチントン病、発症前診断の相談", "卵巣がん既往、PARP阻害薬の適応確認"]
_rows = "\n".join(
    _zpad(p["name_z"], 16) + _pad(str(p["age"]), 5) + _pad(p["phone"], 15)
    + _pad(f"10/{1 + i // 2} {['10:00', '14:00'][i % 2]}", 13) + _topics[i]
    for i, p in enumerate(_p))
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["東雲総合病院 遺伝診療科外来 <idenshi-gairai@shinonome-hp.or.jp>"],
    subject="遺伝カウンセリング 予約者一覧（10月第1週）",
    body="""東雲総合病院 遺伝診療科外来 ご担当者様

お世話になっております。日の出産業 遺伝カウンセリング窓口の鳥居です。
10月第1週の出張カウンセリング（貴院相談室）の予約者は以下のとおりです。

""" + _zpad("氏名", 16) + _pad("年齢", 5) + _pad("電話番号", 15) + _pad("予約日時", 13) + "相談内容\n"
    + "-" * 90 + "\n" + _rows + """

相談室の確保と、当日の電子カルテ閲覧権限の設定をお願いできますでしょうか。
よろしくお願いいたします。
""" + SIG_TORII,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 名の予約者一覧（電話・遺伝性疾患に関する相談内容）を本文の桁揃えテキストで社外へ",
)

# 011  社内の同僚宛のつもりが co.jp の抜けたドメイン
_add(
    charset="iso-2022-jp",
    sender=CHISAKA,
    to=["中山 理恵 <nakayama.rie@hinode-sangyo.jp>"],
    subject="10月度 7F第2会議室の予約変更について",
    body="""中山さん

総務の千坂です。
10/7（水）午後に押さえていた7F第2会議室ですが、空調工事のため使用できなくなりました。
代わりに3F大会議室（14:00から17:00）を確保しています。

遺伝子検査支援室の定例も同じ時間帯だったので、岩佐さんにも伝えてもらえると助かります。

よろしくお願いします。
""" + SIG_CHISAKA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 hinode-sangyo.jp は自社ドメイン hinode-sangyo.co.jp の紛らわしいドメイン",
)

# 012  候補施設の一覧（医療機関＝事業者の一覧）
_fac = [
    ("港北医科大学附属病院", "神奈川県横浜市港北区", "045-471-3300", "あり", "約320件"),
    ("東雲総合病院", "東京都江東区東雲", "03-3529-8800", "あり", "約180件"),
    ("桜台がんセンター", "東京都練馬区桜台", "03-5946-2111", "あり", "約410件"),
    ("南厚生病院", "千葉県船橋市本町", "047-433-7100", "なし（連携）", "約40件"),
    ("みなと赤十字病院", "東京都港区芝浦", "03-6435-1200", "あり", "約95件"),
    ("北総中央病院", "千葉県印西市牧の原", "0476-40-9900", "あり", "約60件"),
    ("城南医療センター", "東京都大田区南蒲田", "03-3733-5151", "なし", "-"),
    ("湘南しおさい病院", "神奈川県藤沢市辻堂", "0466-30-2020", "あり", "約70件"),
]
_add(
    charset="utf-8",
    sender=OSONE,
    to=["宇佐美 理沙 <usami.r@seiryu-pharma.co.jp>"],
    subject="SRP-305 候補施設リスト（遺伝子診療部門の有無）",
    body="""清流製薬株式会社 開発本部 臨床企画部
宇佐美様

お世話になっております。日の出産業の大曽根です。
先日のお打合せでご依頼のあった、首都圏の候補施設リストをお送りします。
遺伝子診療部門の有無と、年間の遺伝学的検査件数（当社受託分からの概算）を付けています。

""" + _pad("施設名", 24) + _pad("所在地", 26) + _pad("代表電話", 16) + _pad("遺伝外来", 14) + "年間件数\n"
    + "-" * 92 + "\n" + "\n".join(
        _pad(a, 24) + _pad(b, 26) + _pad(c, 16) + _pad(d, 14) + e for a, b, c, d, e in _fac) + """

件数はあくまで目安です。フィージビリティ調査の際は各施設に直接ご確認ください。
""" + SIG_OSONE,
    expect="pass",
    entities=[],
    detectors=[],
    note="医療機関（事業者）の一覧：代表電話・所在地のみで人の記録ではない",
)

# 013  海外ラボへのカード決済承認書（PDF）
_c = card_number(SEED + 0)
_add(
    charset="utf-8",
    sender=OHARA,
    to=["GenoVista Billing <billing@genovista-labs.com>"],
    subject="Credit card authorization - self-pay order GV-SO-55120",
    body="""Dear Billing team,

As requested, please find attached the completed credit card authorization form for
self-pay order GV-SO-55120 (USD 1,450.00). The card is our corporate card; please charge
it once the report has been released, as agreed.

Kindly send the receipt to accounts-payable@hinode-sangyo.co.jp.

Regards,
Daniel Ohara
""" + SIG_OHARA,
    attachments=[{
        "kind": "pdf", "name": "CC_Authorization_GV-SO-55120.pdf",
        "title": "Credit Card Authorization Form",
        "lines": [
            "GenoVista Laboratories Inc. - Credit Card Authorization Form",
            "",
            "Order number: GV-SO-55120        Amount: USD 1,450.00",
            "Cardholder name: TAKASHI OSONE (Hinode Sangyo Co., Ltd.)",
            "Card type: corporate",
            f"Card number: {_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}",
            "Expiry: 08/29        CVV: provided by phone",
            "Billing address: 2-11-4 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan",
            "",
            "I authorize GenoVista Laboratories Inc. to charge the above card for the amount stated.",
            "Signature: T. Osone            Date: 2026-09-16",
        ],
    }],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="クレジットカード番号（Luhn 有効）を記入した承認書 PDF を海外ラボへ",
)

# 014  HTML のみのメール：説明会受付用名簿（9 名）をホテルへ
_p = _people("m014", 9, born=(1980, 2005))
_tr = "".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['phone']}</td>"
    f"<td>{p['email']}</td><td>{['なし', 'あり（1名）', 'なし'][i % 3]}</td></tr>\n"
    for i, p in enumerate(_p))
_add(
    charset="utf-8",
    sender=KATAGIRI,
    to=["さくらホテル 宴会営業課 <banquet@sakura-hotel.jp>"],
    subject="9/27 治験説明会 受付用名簿のご送付",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>さくらホテル 宴会営業課<br>小宮様</p>
<p>いつもお世話になっております。日の出産業の片桐です。<br>
9月27日（日）の「健常人対象 臨床試験 説明会」の受付用名簿をお送りいたします。
当日は受付にてお名前を確認のうえ、資料をお渡しいただけますと幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>ふりがな</th><th>電話番号</th><th>メールアドレス</th><th>同伴者</th></tr>
""" + _tr + """</table>
<p>追加の申込があれば前日までにご連絡いたします。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 臨床研究支援課 治験事務局<br>片桐 由紀子<br>TEL 03-5201-7742</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML だけのメールの表に 9 名の氏名・電話・メールアドレス（社外のホテルへ）",
)

# 015  スポンサーと CRO の二者を宛先にした日程調整
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["宇佐美 理沙 <usami.r@seiryu-pharma.co.jp>"],
    cc=["杉浦 航 <sugiura.k@cresta-research.co.jp>", "片桐 由紀子 <katagiri.yukiko@hinode-sangyo.co.jp>"],
    subject="SRP-305 キックオフミーティングの日程候補",
    body="""清流製薬 宇佐美様
（cc：クレスタ・リサーチ 杉浦様）

お世話になっております。日の出産業の大曽根です。

SRP-305のキックオフミーティングにつきまして、弊社側の候補日をお送りします。

　(1) 10月13日（火）10:00から12:00
　(2) 10月14日（水）15:00から17:00
　(3) 10月16日（金）13:00から15:00

会場は御社会議室、またはオンラインのいずれでも対応可能です。
杉浦様にはCRO側のご出席者の確認をお願いできれば幸いです。

よろしくお願いいたします。
""" + SIG_OSONE,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外 2 組織（スポンサーと CRO）を宛先にした通常の三者間の日程調整",
)

# 016  【社外秘】の実施計画書改訂案を CRO へ
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["PharmaNexa Japan 臨床開発部 <clinops@pharmanexa.jp>"],
    subject="【社外秘】ALD-113 国内実施計画書 改訂案 v2.1",
    body="""PharmaNexa Japan
臨床開発部 ご担当者様

お世話になっております。日の出産業の大曽根です。
ALD-113の国内実施計画書 改訂案 v2.1 をお送りします。
主な変更は、遺伝子検査（中央測定）の検体採取タイミングと、同意撤回時の検体廃棄手順です。

10/2までにコメントをいただけますと幸いです。
""" + SIG_OSONE,
    attachments=[{
        "kind": "docx", "name": "ALD-113_JP_Protocol_Amendment_v2.1.docx",
        "page_header": "社外秘", "title": "ALD-113 国内実施計画書 改訂案",
        "paragraphs": [
            "ALD-113 第II相試験 国内実施計画書 改訂案 v2.1",
            "1. 改訂の理由：中央測定機関の変更に伴う検体取扱いの見直し",
            "2. 遺伝子検査用検体の採取時期を Day 1 投与前に変更する。",
            "3. 同意撤回時には、保管中の残余検体及び抽出 DNA を 30 日以内に廃棄し、廃棄記録を作成する。",
        ],
        "tables": [[["項目", "現行", "改訂案"], ["採取時期", "Screening", "Day 1 投与前"],
                    ["保管期間", "試験終了後 5 年", "試験終了後 10 年"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と添付文書のヘッダーに「社外秘」表示のある文書を社外へ",
)

# 017  青葉運輸のつもりが co.jp の抜けたドメイン
_add(
    charset="shift_jis",
    sender=MIYAKOSHI,
    to=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.jp>"],
    subject="【集荷依頼】9/17（木）冷蔵便 2口",
    body="""青葉運輸株式会社 川崎営業所 御中

いつもお世話になっております。日の出産業 川崎ラボの宮腰です。
下記のとおり集荷をお願いいたします。

　集荷日時：9月17日（木）16:00から17:00
　集荷場所：川崎ラボ 1F 搬入口（殿町3-25-10）
　個数　　：2口（冷蔵・精密機器扱い）
　届け先　：寿ジェネティクス 横浜ラボ
　伝票番号：4418-2291-0051、4418-2291-0052

よろしくお願いいたします。
""" + SIG_MIYAKOSHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 aoba-unyu.co.jp に似た aoba-unyu.jp（co. 抜け）への送信",
)

# 018  請求書受領の連絡（登録番号 T＋法人番号）
_add(
    charset="utf-8",
    sender=MINATOYA,
    to=["寿ジェネティクス 経理課 <keiri@kotobuki-gene.co.jp>"],
    subject="8月分ご請求書の受領とお支払予定日について",
    body="""株式会社寿ジェネティクス
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の湊谷でございます。

8月分のご請求書を受領いたしました。内容を確認のうえ、下記のとおりお支払いいたします。

　請求書番号：KG-2608-0312
　適格請求書発行事業者登録番号：T4120001077451
　ご請求金額：3,872,000円（税込）
　お支払予定日：2026年9月30日（水）
　お支払方法：お振込（御社ご指定口座）

なお、9月分より発注番号（PO-HS-xxxxx）のご記載をお願いできますと幸いです。
""" + SIG_MINATOYA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求書番号と取引先の登録番号（法人番号）だけの経理連絡",
)

# 019  パスワード付き ZIP（来院予定者リスト）
_p = _people("m019", 8, born=(1950, 1985))
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["比嘉 安奈 <higa.a@medibridge-smo.jp>"],
    subject="10月来院予定者リストの送付（パスワード別送）",
    body="""メディブリッジSMO
CRC 比嘉様

お世話になっております。日の出産業 治験事務局の片桐です。
10月の来院予定者リストをお送りいたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_KATAGIRI,
    attachments=[{
        "kind": "zip", "name": "10月来院予定者.zip", "password": "Hs#2609kq",
        "files": [{
            "kind": "xlsx", "name": "10月来院予定者.xlsx",
            "sheets": {"10月": [["被験者番号", "氏名", "電話", "来院日", "Visit"]] + [
                [f"207-M-{i + 3:03d}", p["name"], p["phone"], f"10/{5 + 2 * i}", f"V{4 + i % 3}"]
                for i, p in enumerate(_p)]},
        }],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付き ZIP（PPAP）で中身を検査できない添付",
)

# 020  パスワード別送メール（添付なし）
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["比嘉 安奈 <higa.a@medibridge-smo.jp>"],
    subject="【パスワード】10月来院予定者リストの送付",
    body="""比嘉様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hs#2609kq

お手数ですが、ご確認後は本メールを削除くださいますようお願いいたします。
なお、11月分からは御社のファイル共有サービスでの受け渡しに切り替える予定です。

片桐
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワードだけを知らせる別送メール：個人データも添付もない",
)

# 021  スクリーニング不適格の報告：氏名・生年月日と HIV 陽性
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["杉浦 航 <sugiura.k@cresta-research.co.jp>"],
    subject="SRP-207 スクリーニング不適格のご報告（東雲総合病院）",
    body="""クレスタ・リサーチ 杉浦様

お世話になっております。片桐です。
東雲総合病院サイトのスクリーニング結果につき、ご報告いたします。

　仮登録番号：S207-SCR-031
　氏名　　　：遠山 浩二 様
　生年月日　：1971年6月14日
　判定　　　：不適格（除外基準5に該当）
　理由　　　：スクリーニング時の感染症検査でHIV抗体陽性（確認検査済み）

ご本人には責任医師から説明済みで、院内の感染症内科へ紹介されています。
EDC上はスクリーニング脱落として入力いたします。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名・生年月日と HIV 陽性（病歴＝要配慮個人情報）を CRO へ",
)

# 022  担当 CRC 交代の連絡（1 名の連絡先）
_add(
    charset="utf-8",
    sender=OSONE,
    to=["港北医科大学附属病院 臨床試験センター <ctc@kohoku-med.ac.jp>"],
    subject="弊社担当CRC交代のご連絡",
    body="""港北医科大学附属病院 臨床試験センター
ご担当者様

平素より大変お世話になっております。日の出産業の大曽根でございます。

10月1日付で、貴院担当のCRCが交代となりますのでお知らせいたします。

　新任：乙部 千尋（おとべ ちひろ）
　携帯：070-3318-5527
　メール：otobe.chihiro@hinode-sangyo.co.jp

前任の宇佐美は9月末まで引継ぎのため同行いたします。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_OSONE,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="担当者 1 名の連絡先のお知らせ：通常業務（警告まで）",
)

# 023  総合振込の明細（タブ区切り、7 名の口座）
_p = _people("m023", 7, born=(1960, 2000))
_banks = [("みどり銀行", "日本橋"), ("三葉銀行", "渋谷"), ("ゆうちょ銀行", "〇一八"),
          ("みどり銀行", "川崎"), ("東都信用金庫", "荻窪"), ("さつき銀行", "梅田"), ("みどり銀行", "横浜駅前")]
_r = _random.Random(f"{SEED}:m023acct")
_add(
    charset="shift_jis",
    sender=MINATOYA,
    to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-houjin@midori-ginko.co.jp>"],
    subject="総合振込（9/25実行分）明細の件",
    body="""みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の湊谷です。
9/25実行の総合振込のうち、伝送エラーとなった7件の明細を下記にお送りします。
お手数ですが、窓口での手続き方法をご教示ください。

受取人名\t銀行\t支店\t種目\t口座番号\t金額
""" + "\n".join(
        f"{p['sei_kana']} {p['mei_kana']}\t{b}\t{s}\t普通\t"
        f"{_r.randint(1000000, 9999999)}\t{[8000, 8000, 12000, 8000, 16000, 8000, 8000][i]:,}"
        for i, (p, (b, s)) in enumerate(zip(_p, _banks))) + """

いずれも治験参加者への負担軽減費です。
よろしくお願いいたします。
""" + SIG_MINATOYA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="7 名の氏名と銀行口座番号をタブ区切りで本文に貼り付けて社外へ",
)

# 024  スポンサー・CRO・中央検査機関の 3 組織を To/Cc に
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Alderbrook Clinical Operations <clinops@alderbrook-tx.com>"],
    cc=["PharmaNexa Japan Clinical Ops <clinops@pharmanexa.jp>",
        "Helixbridge Project Management <pm@helixbridge-dx.com>"],
    subject="ALD-113 central lab kickoff - minutes and action items",
    body="""Dear all,

Thank you for joining the central lab kickoff yesterday. Below are the minutes and
action items as I noted them; please reply with corrections by Friday.

1. Kit build: Helixbridge to ship the first 40 visit kits to the Tokyo depot by Oct 5.
2. Sample flow: Japanese sites ship to our Kawasaki lab; we consolidate and forward
   weekly (Tuesdays) to Helixbridge UK under IATA UN3373.
3. Data transfer: Helixbridge to share the draft data transfer specification (v0.3).
4. Genetic sub-study: separate consent; samples without sub-study consent must not
   be forwarded. PharmaNexa to confirm the site-level tracking method.

Next call: Oct 8, 17:00 JST / 09:00 BST.

Kind regards,
Daniel
""" + SIG_OHARA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外 3 組織（スポンサー・CRO・検査機関）のアドレスが To/Cc で互いに見える",
)

# 025  社内のみ：結果開示の相談（1 名、BRCA2）
_add(
    charset="utf-8",
    sender=TORII,
    to=[IWASA],
    subject="久我さんの結果開示の段取りについて（相談）",
    body="""岩佐さん

お疲れさまです。鳥居です。
先週届いた久我 奈緒さん（1984/2/11生、HS26-0822-003）の結果ですが、
BRCA1 c.5266dupC の病的バリアントでした。

ご本人は結果を一人で聞きたいとのご意向ですが、妹さんへの血縁者検査の話も
出そうなので、開示面談は60分枠で取りたいと思っています。
主治医（桜台がんセンター 乳腺外科）への報告書送付のタイミングも相談させてください。

鳥居
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="要配慮個人情報を含むが宛先は社内のみ",
)

# 026  紹介元病院への結果一覧（PDF の表、9 名）
_p = _people("m026", 9, born=(1955, 1995), female=0.7)
_res = [("HCP-30", "陰性", "-"), ("HCP-30", "陽性", "BRCA2 c.7480C>T"), ("BRCA1/2", "VUS", "BRCA1 c.4132G>A"),
        ("Lynch-5", "陽性", "MLH1 c.1731G>A"), ("HCP-30", "陰性", "-"), ("BRCA1/2", "陰性", "-"),
        ("HCP-30", "陽性", "PALB2 c.2167_2168del"), ("Lynch-5", "陰性", "-"), ("HCP-30", "VUS", "ATM c.5557G>A")]
_add(
    charset="iso-2022-jp",
    sender=IWASA,
    to=["桜台がんセンター 遺伝相談室 <idenshi-soudan@sakuradai-cc.jp>"],
    subject="9月報告分 遺伝学的検査 結果一覧の送付",
    body="""桜台がんセンター 遺伝相談室
ご担当者様

お世話になっております。日の出産業 遺伝子検査支援室の岩佐です。
9月に報告済みとなった貴院ご依頼分9件の結果一覧をPDFでお送りいたします。
個別の報告書原本は本日、書留にて発送いたしました。

陽性3件については、遺伝カウンセリングの予約枠を確保しております。
""" + SIG_IWASA,
    attachments=[{
        "kind": "pdf", "name": "結果一覧_桜台がんセンター_2026-09.pdf",
        "title": "遺伝学的検査 結果一覧 2026年9月",
        "lines": ["遺伝学的検査 結果一覧（2026年9月報告分）", "依頼元：桜台がんセンター 乳腺外科・消化器内科", ""],
        "table": [["検体ID", "患者氏名", "生年月日", "検査", "判定", "バリアント"]] + [
            [f"HS26-08{20 + i}-0{10 + i}", p["name"], _slash(p["dob"]), t, j, v]
            for i, (p, (t, j, v)) in enumerate(zip(_p, _res))],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="9 名の氏名・生年月日と遺伝学的検査結果を PDF の表で社外へ",
)

# 027  フリーメールの元教授へ講演依頼（個人データなし）
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["日比野 誠二 <hibino.seiji.1952@gmail.com>"],
    subject="市民公開講座（11/8）ご講演のお願い",
    body="""日比野 誠二 先生

ご無沙汰しております。日の出産業 遺伝カウンセリング窓口の鳥居でございます。
昨年の市民公開講座では大変わかりやすいご講演をいただき、ありがとうございました。

本年も下記の日程で講座を予定しており、ぜひ先生にご登壇をお願いできればと存じます。

　日時：2026年11月8日（日）14:00から15:30
　会場：日本橋カンファレンスホール（オンライン同時配信）
　テーマ案：「家族と共有する遺伝の情報 ― 知る権利と知らないでいる権利」

ご都合をお聞かせいただけましたら、詳細を改めてご相談させてください。
何卒よろしくお願い申し上げます。
""" + SIG_TORII,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーメールの個人 1 名への講演依頼：個人データなし",
)

# 028  ホテルへ参加者 1 名の障害の情報
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["さくらホテル 宴会営業課 小宮様 <komiya@sakura-hotel.jp>"],
    subject="9/27説明会 車椅子でお越しの参加者について",
    body="""さくらホテル 宴会営業課
小宮様

いつもお世話になっております。日の出産業の片桐です。
9月27日の説明会について、1点ご配慮をお願いしたくご連絡いたしました。

参加者の嶋津 修 様は、脊髄損傷による下肢機能障害（身体障害者手帳1級）があり、
電動車椅子でお越しになります。介助の方が1名同伴されます。

・会場内の通路幅と、前方の車椅子スペースの確保
・最寄りの多目的トイレの場所のご案内
・地下駐車場（障害者用区画）の予約

以上をお願いできますでしょうか。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の 1 名の障害（要配慮個人情報）を社外のホテルへ",
)

# 029  料金表（XLSX）
_add(
    charset="iso-2022-jp",
    sender=IWASA,
    to=["東雲総合病院 検査科 鬼頭様 <kito@shinonome-hp.or.jp>"],
    subject="2026年度下期 遺伝学的検査 料金表の送付",
    body="""東雲総合病院 検査科
鬼頭様

お世話になっております。日の出産業の岩佐です。
10月受付分から適用となる下期の料金表をお送りいたします。
HCP-30とLynch-5の所要日数を短縮しております（改定履歴シート参照）。

ご不明な点がございましたらお知らせください。
""" + SIG_IWASA,
    attachments=[{
        "kind": "xlsx", "name": "遺伝学的検査料金表_2026下期.xlsx",
        "sheets": {
            "料金表": [
                ["日の出産業株式会社 遺伝学的検査 料金表（2026年10月1日適用）"],
                ["検査コード", "検査名", "検体", "所要日数", "単価（税抜）"],
                ["HCP-30", "遺伝性腫瘍パネル（30遺伝子）", "EDTA血 4mL", "21日", 198000],
                ["BRCA1/2", "BRCA1/2 遺伝学的検査", "EDTA血 4mL", "14日", 202000],
                ["Lynch-5", "リンチ症候群パネル", "EDTA血 4mL", "18日", 165000],
                ["CMP-48", "心筋症関連遺伝子パネル", "EDTA血 4mL", "28日", 240000],
                ["SS-1", "シングルサイト解析（血縁者）", "EDTA血 2mL", "10日", 38000],
                ["DNA-EXT", "DNA抽出・保管（5年）", "各種", "7日", 8000],
            ],
            "改定履歴": [["日付", "内容"], ["2026-10-01", "HCP-30 所要日数 28日→21日"],
                         ["2026-10-01", "Lynch-5 所要日数 21日→18日"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="検査コードと価格の料金表：個人データなし",
)

# 030  家族歴聴取票（DOCX、1 名の発端者と家族の病歴）
_add(
    charset="utf-8",
    sender=TORII,
    to=["港北医科大学附属病院 遺伝子診療部 <genetics@kohoku-med.ac.jp>"],
    subject="ご紹介患者の家族歴聴取票（事前送付）",
    body="""港北医科大学附属病院 遺伝子診療部
ご担当者様

お世話になっております。日の出産業 遺伝カウンセリング窓口の鳥居です。
10月7日に貴院を受診予定の方の家族歴聴取票をお送りいたします。
当窓口での初回カウンセリング時に聴取した内容です。

どうぞよろしくお願いいたします。
""" + SIG_TORII,
    attachments=[{
        "kind": "docx", "name": "家族歴聴取票_来栖様.docx", "title": "家族歴聴取票",
        "paragraphs": ["家族歴聴取票", "聴取日：2026年9月10日　聴取者：鳥居 晴香（認定遺伝カウンセラー）"],
        "tables": [
            [["項目", "内容"], ["氏名", "来栖 綾乃（クルス アヤノ）"], ["生年月日", "平成元年7月19日（37歳）"],
             ["既往歴", "右乳がん（35歳、トリプルネガティブ）、術後化学療法"], ["来談目的", "BRCA1/2 遺伝学的検査の検討"]],
            [["続柄", "年齢／死亡時年齢", "疾患", "発症年齢"],
             ["母", "死亡（54）", "卵巣がん", "51"], ["母方祖母", "死亡（60）", "乳がん", "48"],
             ["母方叔母", "58", "乳がん", "50"], ["父", "66", "高血圧", "-"], ["妹", "33", "なし", "-"]],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1 名の氏名・生年月日・がんの既往と家族の病歴（要配慮）を DOCX で社外へ",
)

# 031  患者・家族 5 名のフリーメールを To に並べた案内
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["kasai.sumie@yahoo.co.jp", "mizuho-n1120@gmail.com", "t.ebina@icloud.com",
        "hasebe_family@outlook.jp", "okonogi.m@docomo.ne.jp"],
    subject="【ご案内】遺伝性疾患の患者・家族交流会（オンライン）10/18",
    body="""皆さま

こんにちは。日の出産業 遺伝カウンセリング窓口の鳥居です。
先日はアンケートにご協力いただき、ありがとうございました。

ご要望の多かった「患者・家族交流会」をオンラインで開催いたします。

　日時：10月18日（日）10:00から11:30
　方法：Web会議（参加URLは前日にお送りします）
　内容：認定遺伝カウンセラーによるミニ講座、グループでの意見交換

ご参加いただける方は、10月11日までにこのメールにご返信ください。
お顔を出さずに、音声のみでのご参加も可能です。
""" + SIG_TORII,
    expect="stop",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="個人 5 名のフリーメールアドレスを To に並べて送信（互いに見える、BCC にすべき）",
)

# 032  SMO への返信：名簿は -----Original Message----- の引用部分のみ
_p = _people("m032", 6, born=(1950, 1988))
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["比嘉 安奈 <higa.a@medibridge-smo.jp>"],
    subject="RE: 10月来院予定者の確認",
    body="""比嘉様

ご確認ありがとうございます。承知いたしました。
10/9の方の来院時刻変更については、責任医師の先生にも確認済みです。
採血キットは10/5までにSMO事務所へお届けします。

片桐

-----Original Message-----
From: 比嘉 安奈 <higa.a@medibridge-smo.jp>
Sent: Wednesday, September 16, 2026 6:42 PM
To: 片桐 由紀子 <katagiri.yukiko@hinode-sangyo.co.jp>
Subject: 10月来院予定者の確認

片桐様

10月の来院予定者を以下のとおり確認しました。

""" + "\n".join(f"{p['name']}　{p['phone']}　10/{5 + 2 * i}　V{4 + i % 3}" for i, p in enumerate(_p)) + """

10/9の方は午後の来院を希望されています。
比嘉
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="名簿は返信元メールの引用（Original Message 以下）にしかない",
)

# 033  ZIP（パスワードなし）：CSV の検体一覧＋移管依頼書 PDF
_p = _people("m033", 15, born=(1940, 1990))
_dx = ["乳がん", "大腸がん", "卵巣がん", "膵がん", "前立腺がん", "肥大型心筋症", "家族性高コレステロール血症",
       "胃がん", "子宮体がん", "網膜芽細胞腫（既往）", "乳がん", "大腸がん", "甲状腺髄様がん", "腎がん", "肺腺がん"]
_add(
    charset="utf-8",
    sender=MIYAKOSHI,
    to=["東北メディカルバイオバンク 受入担当 <ukeire@tohoku-mbb.or.jp>"],
    subject="検体移管データ（2026年第3四半期分）の送付",
    body="""東北メディカルバイオバンク
受入担当 ご担当者様

お世話になっております。日の出産業 検体管理グループの宮腰です。
第3四半期分の移管対象検体（15件）のデータと移管依頼書をZIPでお送りします。
検体本体は10/1に冷凍便（-80℃ドライアイス）で発送予定です。

受領後、照合結果をお知らせいただけますと幸いです。
""" + SIG_MIYAKOSHI,
    attachments=[{
        "kind": "zip", "name": "検体移管データ_2026Q3.zip",
        "files": [
            {"kind": "csv", "name": "specimen_list.csv", "encoding": "utf-8",
             "rows": [["検体ID", "氏名", "生年月日", "性別", "採取日", "病名", "同意範囲"]] + [
                 [f"HSB-{2026}{q:04d}", p["name"], _iso(p["dob"]), p["sex"], f"2026-0{7 + q % 3}-{10 + q:02d}",
                  _sexfit(p, _dx[q], "胃がん"), "二次利用可"] for q, p in enumerate(_p)]},
            {"kind": "pdf", "name": "移管依頼書.pdf",
             "lines": ["検体移管依頼書", "移管元：日の出産業株式会社 検体管理グループ",
                       "移管先：東北メディカルバイオバンク", "件数：15件（DNA 15本、血漿 15本）",
                       "保管条件：-80℃", "依頼日：2026年9月18日"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP 内の CSV に 15 名の氏名・生年月日・病名（社外のバイオバンクへ）",
)

# 034  旅行会社へ旅券番号と法人カード番号
_c = card_number(SEED + 1)
_add(
    charset="iso-2022-jp",
    sender=CHISAKA,
    to=["旅プラザ 法人営業部 <corp@tabi-plaza.co.jp>"],
    subject="ESHG（ミラノ）出張 航空券・ホテル手配のお願い（鳥居）",
    body=f"""株式会社旅プラザ 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 総務部の千坂です。
下記のとおり、海外出張の手配をお願いいたします。

【渡航者】
　氏名（旅券記載）：TORII HARUKA
　生年月日　　　　：1988年3月21日
　旅券番号　　　　：TR4418273
　旅券有効期限　　：2031年5月10日

【行程】
　6月12日 羽田発 ミラノ・マルペンサ行き（エコノミー、通路側希望）
　6月17日 ミラノ発 羽田行き
　ホテル：学会会場（MiCo）徒歩圏、5泊

【お支払い】
　法人カード {_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}（有効期限 11/28）

見積書は総務部宛にお送りください。
""" + SIG_CHISAKA,
    expect="stop",
    entities=["JP_PASSPORT", "CREDIT_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="旅券番号とクレジットカード番号を本文で社外の旅行会社へ",
)

# 035  英文の定型免責文つきの問い合わせ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Dr. Fiona Gale <f.gale@helixbridge-dx.com>"],
    subject="Turnaround time for the PGx panel in Q4",
    body="""Dear Dr. Gale,

I hope this finds you well. Our hospital clients are asking whether the turnaround time
for the pharmacogenomics panel (PGX-12) will remain at 10 working days during Q4,
given the holiday period in December.

Could you also confirm whether samples received on Dec 23-24 will be processed before
the year-end closure, or held until January?

Many thanks,
Daniel
""" + SIG_OHARA + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="通常の問い合わせ＋英文の定型免責文（confidential の語は免責文の中だけ）",
)

# 036  在留カード番号（外国籍の被験者候補）を SMO へ
_add(
    charset="utf-8",
    sender=KATAGIRI,
    to=["比嘉 安奈 <higa.a@medibridge-smo.jp>"],
    subject="本人確認書類の記載内容（外国籍の被験者候補）",
    body="""比嘉様

お世話になっております。片桐です。
HS-P1-03試験の候補者のうち、外国籍の方1名の本人確認書類の内容をお送りします。
重複登録チェックの照会にご利用ください。

　氏名　　　　：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日　　：1994年2月8日
　国籍・地域　：ベトナム
　在留カード番号：UH47205318EA
　在留資格　　：技術・人文知識・国際業務
　在留期間満了日：2028年4月30日

通訳の手配はこちらで行います。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="在留カード番号（本人確認書類の番号）を社外の SMO へ",
)

# 037  みどり銀行のつもりが i→l の紛らわしいドメイン
_add(
    charset="shift_jis",
    sender=MINATOYA,
    to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-houjin@midori-glnko.co.jp>"],
    subject="外国送金の手数料についてのお問い合わせ",
    body="""みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の湊谷です。

米国の検査機関への支払い（月2から3件、1件あたり1万から3万USD程度）について、
外国送金の手数料体系と、コルレス手数料の負担方法（OUR/SHA）をご教示いただけますでしょうか。
インターネットバンキングでの外為予約の可否もあわせて伺えますと幸いです。

よろしくお願いいたします。
""" + SIG_MINATOYA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 midori-glnko.co.jp は取引先 midori-ginko.co.jp のホモグリフ（i→l）",
)

# 038  社内のみ：社外秘表示とパスワード ZIP
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["ライフサイエンス事業部 幹部 <ls-kanbu@hinode-sangyo.co.jp>"],
    subject="【社外秘】第3四半期 受託実績と下期見通し",
    body="""幹部各位

臨床研究支援課の大曽根です。
第3四半期の受託実績と下期見通しをお送りします（社外秘）。
パスワードは経営会議資料と同じです。

9/25の経営会議で説明します。
""" + SIG_OSONE,
    attachments=[{
        "kind": "zip", "name": "Q3_受託実績.zip", "password": "ls-2026Q3",
        "files": [{"kind": "xlsx", "name": "Q3_受託実績.xlsx",
                   "page_header": "社外秘",
                   "sheets": {"実績": [["区分", "件数", "売上（千円）"], ["遺伝学的検査", 1240, 214600],
                                      ["治験支援", 18, 96300]]}}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘表示・パスワード ZIP だが宛先はすべて社内",
)

# 039  転送（FW:）：医療機関のメールにあった来院スケジュール（6 名）をスポンサーへ
_p = _people("m039", 6, born=(1946, 1980), landline=True)
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["宇佐美 理沙 <usami.r@seiryu-pharma.co.jp>"],
    subject="FW: 9月後半の来院スケジュール（南厚生病院）",
    body="""宇佐美様

お世話になっております。大曽根です。
南厚生病院から届いた9月後半の来院スケジュールを転送いたします。
V6の来院が集中しているため、中央測定キットの追加配送をご検討ください。

---------- Forwarded message ---------
From: 南厚生病院 治験事務局 <tiken@minami-kosei.or.jp>
Date: 2026年9月15日(火) 17:20
Subject: 9月後半の来院スケジュール
To: 大曽根 隆 <osone.takashi@hinode-sangyo.co.jp>

日の出産業 大曽根様

9月後半の来院予定をお知らせします。

""" + "\n".join(
        f"・{p['name']}（{p['kana']}）　TEL {p['phone']}　9/{16 + 2 * i} {['V5', 'V6', 'V6'][i % 3]}"
        for i, p in enumerate(_p)) + """

キットの在庫は残り4セットです。
南厚生病院 治験事務局 中島
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="転送メールの本文に 6 名の氏名・電話（転送は新しい本文として数える）",
)

# 040  施設訪問者 3 名の連絡先
_add(
    charset="utf-8",
    sender=OSONE,
    to=["東雲総合病院 治験管理室 <chiken@shinonome-hp.or.jp>"],
    subject="9/30 施設訪問者のご連絡",
    body="""東雲総合病院 治験管理室
ご担当者様

お世話になっております。日の出産業の大曽根です。
9月30日（水）14:00からの施設訪問につき、訪問者を下記のとおりお知らせします。
入館証のご準備をお願いいたします。

　1. 大曽根 隆（臨床研究支援課 課長）　携帯 090-2214-6630
　2. 片桐 由紀子（治験事務局）　　　　　携帯 080-5531-9027
　3. 乙部 千尋（CRC）　　　　　　　　　携帯 070-3318-5527

当日は正面玄関の受付でお名前をお伝えいたします。
""" + SIG_OSONE,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="訪問者 3 名の氏名と携帯番号：1 から 4 名の範囲（警告まで）",
)

# 041  事前スクリーニング候補者（XLSX 複数シート、表題行あり、10 名）
_p = _people("m041", 10, born=(1945, 1985), landline=True)
_dx41 = ["2型糖尿病（HbA1c 8.1%）", "2型糖尿病、糖尿病性腎症 G3a", "2型糖尿病", "2型糖尿病、高血圧",
         "2型糖尿病（インスリン使用）", "2型糖尿病、脂質異常症", "2型糖尿病", "2型糖尿病、網膜症",
         "2型糖尿病（HbA1c 7.6%）", "2型糖尿病、脂肪肝"]
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["メディブリッジSMO 事業部 <smo-pm@medibridge-smo.jp>"],
    subject="SRP-305 候補者リスト（事前スクリーニング）ご確認のお願い",
    body="""メディブリッジSMO 事業部
プロジェクト管理ご担当者様

お世話になっております。日の出産業 治験事務局の片桐です。

南厚生病院よりカルテスクリーニングで抽出された候補者リストをお送りします。
来院時の声かけ順の調整と、CRCの割当てをご検討ください。
「集計」シートに紹介元別の件数をまとめています。

よろしくお願いいたします。
""" + SIG_KATAGIRI,
    attachments=[{
        "kind": "xlsx", "name": "SRP-305_候補者リスト_0918.xlsx",
        "sheets": {
            "候補者一覧": [
                ["SRP-305 事前スクリーニング候補者（2026/09/18時点）南厚生病院"],
                [],
                ["No", "カルテ番号", "氏名", "年齢", "性別", "診断名", "電話番号", "紹介元"],
            ] + [[i + 1, f"0{_random.Random(i).randint(1000000, 9999999)}", p["name"], p["age"], p["sex"],
                  _dx41[i], p["phone"], ["内科 外来", "腎臓内科", "近隣クリニック"][i % 3]]
                 for i, p in enumerate(_p)],
            "集計": [["紹介元", "件数"], ["内科 外来", 4], ["腎臓内科", 3], ["近隣クリニック", 3]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="10 名の氏名・電話・診断名の一覧（XLSX、表題行あり）を社外の SMO へ",
)

# 042  エキスパートパネル用の症例スライド（PPTX、5 症例）
_p = _people("m042", 5, born=(1950, 1985))
_cases = [("膵がん stage IV", "BRCA2 c.5946delT（p.Ser1982fs）VAF 48%"),
          ("卵巣がん（高異型度漿液性）", "BRCA1 c.188T>A（p.Leu63Ter）VAF 52%"),  # 男性なら肝内胆管がん
          ("大腸がん（MSI-High）", "MLH1 c.1731G>A VAF 45%"),
          ("前立腺がん（去勢抵抗性）", "ATM c.5932G>T VAF 12%"),
          ("胆道がん", "TP53 c.818G>A VAF 50%")]
_add(
    charset="utf-8",
    sender=IWASA,
    to=["港北医科大学 エキスパートパネル事務局 <ep-office@kohoku-med.ac.jp>"],
    subject="10/2 エキスパートパネル 提出症例スライド",
    body="""港北医科大学 エキスパートパネル事務局 御中

お世話になっております。日の出産業 遺伝子検査支援室の岩佐です。
10月2日開催分の提出症例（5例）のスライドをお送りいたします。
いずれも生殖細胞系列由来の可能性について検討をお願いしたい症例です。
""" + SIG_IWASA,
    attachments=[{
        "kind": "pptx", "name": "EP_20261002_提出症例.pptx",
        "slides": [["エキスパートパネル 提出症例", "2026年10月2日", "日の出産業株式会社 遺伝子検査支援室"]] + [
            [f"症例{i + 1}　{p['name']} 様（{p['age']}歳 {p['sex']}性）",
             f"診断：{_sexfit(p, dx, '肝内胆管がん')}", f"検出バリアント：{v}", "生殖細胞系列確認検査：推奨",
             "家族歴：" + ["母 乳がん", "なし", "父 大腸がん、叔父 胃がん", "兄 前立腺がん", "不明"][i]]
            for i, (p, (dx, v)) in enumerate(zip(_p, _cases))],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5 名の氏名とがんの診断・遺伝子変異（要配慮）の PPTX を社外へ",
)

# 043  在宅採血協力クリニック一覧（PPTX、事業者の一覧）
_add(
    charset="iso-2022-jp",
    sender=IWASA,
    to=["宇佐美 理沙 <usami.r@seiryu-pharma.co.jp>"],
    subject="在宅採血 協力クリニック一覧（地域別）",
    body="""清流製薬 宇佐美様

お世話になっております。岩佐です。
分散型治験（DCT）のご検討資料として、弊社の在宅採血協力クリニックの一覧を
地域別にまとめたスライドをお送りします。

いずれも採血後の検体を当日中に弊社川崎ラボへ集荷できる体制です。
""" + SIG_IWASA,
    attachments=[{
        "kind": "pptx", "name": "在宅採血協力クリニック一覧.pptx",
        "slides": [
            ["在宅採血 協力クリニック一覧", "2026年9月現在", "日の出産業株式会社"],
            ["東京都", "ひだまり在宅クリニック（世田谷区）TEL 03-5450-7711 平日9-17時",
             "つばめ訪問診療所（足立区）TEL 03-5845-2300 平日・土曜",
             "青空ホームケアクリニック（八王子市）TEL 042-620-8181"],
            ["神奈川県", "みなとみらい在宅医療クリニック（横浜市西区）TEL 045-228-3030",
             "湘南ホームドクター（藤沢市）TEL 0466-22-9090"],
            ["千葉県・埼玉県", "ふなばし在宅診療所（船橋市）TEL 047-409-5522",
             "さいたま訪問クリニック（浦和区）TEL 048-815-6633"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="クリニック（事業者）の名称と代表電話の一覧：人の記録ではない",
)

# 044  破損した XLSX の添付
_add(
    charset="shift_jis",
    sender=MIYAKOSHI,
    to=["寿ジェネティクス 検査受付 <uketsuke@kotobuki-gene.co.jp>"],
    subject="検体受付票（9/16発送分）",
    body="""寿ジェネティクス 検査受付 ご担当者様

お世話になっております。日の出産業 川崎ラボの宮腰です。
本日発送分の検体受付票を添付いたします。
検体は12本、伝票番号は4418-2291-0060です。

よろしくお願いいたします。
""" + SIG_MIYAKOSHI,
    attachments=[{"kind": "corrupt", "name": "検体受付票_0916.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付の XLSX が壊れていて中身を検査できない",
)

# 045  大学・病院・フリーメールの 3 者を To/Cc に
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["勅使河原 教授 <teshigawara@kohoku-med.ac.jp>"],
    cc=["安達 恵子 <adachi.k@shinonome-hp.or.jp>", "香取 久美 <kumi.katori.gc@gmail.com>"],
    subject="遺伝カウンセリング実習（11月）講師打合せの日程",
    body="""勅使河原先生
（cc：東雲総合病院 安達様、香取様）

お世話になっております。日の出産業の鳥居です。
11月の遺伝カウンセリング実習につき、講師の皆さまとの打合せ日程を調整させてください。

　候補1：10月20日（火）18:30から
　候補2：10月22日（木）19:00から
　候補3：10月24日（土）10:00から

いずれもオンライン（1時間程度）を想定しております。
ご都合のよい候補を返信でお知らせください。
""" + SIG_TORII,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="社外 3 者（大学・病院・フリーメールの個人）が To/Cc で互いに見える",
)

# 046  青葉運輸（正しいドメイン）への定期集荷の連絡
_add(
    charset="shift_jis",
    sender=MIYAKOSHI,
    to=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    subject="定期集荷の曜日変更と伝票番号のご確認",
    body="""青葉運輸株式会社 川崎営業所
配車ご担当者様

いつもお世話になっております。日の出産業 川崎ラボの宮腰です。

10月から、定期集荷を「月・水・金」から「月・火・木・金」に変更させてください。
集荷時刻（16:30）と集荷場所（1F 搬入口）は変わりません。

また、先週分の伝票番号について、追跡画面で「調査中」となっているものがあります。
　4418-2290-9987（9/11集荷、寿ジェネティクス横浜ラボ宛）
　4418-2290-9991（9/11集荷、東北メディカルバイオバンク宛）
到着状況をご確認いただけますでしょうか。
""" + SIG_MIYAKOSHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="正しい取引先ドメインへの集荷連絡：伝票番号のみ",
)

# 047  医事課へ被験者 1 名の健康保険証の記号・番号
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["港北医科大学附属病院 医事課 <iji@kohoku-med.ac.jp>"],
    subject="治験参加者の保険情報について（保険外併用療養費の手続き）",
    body="""港北医科大学附属病院 医事課
ご担当者様

お世話になっております。日の出産業 治験事務局の片桐です。
保険外併用療養費の請求手続きのため、下記被験者の保険情報をお知らせします。

　被験者番号：207-K-008
　氏名　　　：我妻 正樹（ワガツマ マサキ）
　生年月日　：昭和41年12月1日
　保険者番号：06139844
　被保険者証 記号：4521　番号：118（枝番 00）

9月分の請求から反映をお願いいたします。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号（社会保険の番号）を本文で社外へ",
)

# 048  取扱注意の手順書 PDF を運送会社へ
_add(
    charset="utf-8",
    sender=MIYAKOSHI,
    to=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    subject="検体輸送手順書（改訂第4版）のご確認",
    body="""青葉運輸株式会社 川崎営業所
ご担当者様

お世話になっております。日の出産業 川崎ラボの宮腰です。
検体輸送手順書を改訂しましたのでお送りします。
主な変更は、温度逸脱時の連絡フローと、ドライアイス補充の基準です。

ドライバーの皆さまへの周知をお願いいたします。
""" + SIG_MIYAKOSHI,
    attachments=[{
        "kind": "pdf", "name": "検体輸送手順書_第4版.pdf", "title": "検体輸送手順書 第4版",
        "page_header": "取扱注意　日の出産業株式会社", "page_footer": "HS-SOP-LOG-007 rev.4",
        "lines": [
            "検体輸送手順書（第4版）", "1. 適用範囲：臨床検体（UN3373 カテゴリーB）の国内輸送",
            "2. 温度区分：常温（15-25℃）、冷蔵（2-8℃）、冷凍（-70℃以下）",
            "3. 温度逸脱時：ドライバーは直ちに川崎ラボ（044-280-5512）へ連絡する。",
            "4. ドライアイス：残量が 3kg を下回る場合は中継拠点で補充する。",
            "5. 受渡し記録：受領印と時刻を伝票に記入する。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付 PDF の各ページに「取扱注意」の表示",
)

# 049  英文の返信：マニフェストは > の引用部分だけ
_p = _people("m049", 5, born=(1960, 1995))
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Lim Wei Ting <lim.wt@kaiyogenomics.com.sg>"],
    subject="Re: Discrepancy - batch HS-2608-11",
    body="""Dear Wei Ting,

Thanks for flagging this. The tube label for HS26-0822-004 is correct; our manifest
had a typo in the draw date (it should read 22 Aug, not 21 Aug). Please proceed with
testing - a corrected manifest is not needed on our side unless your QA requires one.

Kind regards,
Daniel
""" + SIG_OHARA + """

On Wed, 16 Sep 2026 at 11:05, Lim Wei Ting <lim.wt@kaiyogenomics.com.sg> wrote:
> Hi Daniel,
>
> During accessioning of batch HS-2608-11 we found one discrepancy:
>
""" + "\n".join(
        f">   HS26-0822-00{i}  {p['RO2']:<22} DOB {_iso(p['dob'])}  draw 2026-08-2{1 if i == 4 else 2}"
        for i, p in enumerate(_p, 1)) + """
>
> Sample 004: draw date on the tube is 22 Aug, manifest says 21 Aug.
> Please confirm before we proceed.
>
> Best regards,
> Lim Wei Ting | Accessioning, Kaiyo Genomics Pte Ltd
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="人の一覧は相手のメールの引用（> 行）だけ。新しい本文は検体ID 1 件の話",
)

# 050  英文本文に桁揃えの申込明細（6 名、氏名・生年月日・適応）
_p = _people("m050", 6, born=(1962, 2000), female=0.5)
_ind50 = ["Familial hypercholesterolemia, LDL 265", "HCM, septal 21 mm", "Long QT (QTc 510)",
          "Marfan features, aortic root 45 mm", "FH, tendon xanthoma", "DCM, EF 30%"]
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Kaiyo Genomics Accessioning <accession@kaiyogenomics.com.sg>"],
    subject="Requisition details - 6 samples (batch HS-2609-06)",
    body="""Dear Accessioning team,

The six cardiogenetics samples for batch HS-2609-06 ship tomorrow. As the paper
requisitions will arrive with the box, here are the details for pre-registration:

""" + "Sample ID       Patient name              DOB         Sex  Test     Clinical indication\n"
    + "-" * 100 + "\n" + "\n".join(
        f"{'HS26-0917-0' + str(20 + i):<16}{p['RO2']:<26}  {_iso(p['dob'])}  {p['sx']:<3}  "
        f"{['CARD-90', 'CARD-90', 'ARR-40', 'AORT-32', 'CARD-90', 'CARD-90'][i]:<7}  {_ind50[i]}"
        for i, p in enumerate(_p)) + """

Reports to the usual portal account (HS-JP-001), please.

Kind regards,
Daniel
""" + SIG_OHARA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 名の氏名・生年月日・臨床所見を英文本文の桁揃えテキストで海外ラボへ",
)

# 051  白川法律事務所のつもりが .com
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["白川 達郎 先生 <shirakawa@shirakawa-law.com>"],
    subject="同意説明文書（遺伝学的検査）の法的レビューのお願い",
    body="""白川法律事務所
白川 達郎 先生

いつもお世話になっております。日の出産業の大曽根です。

遺伝学的検査の同意説明文書のひな形を改訂いたしました。
特に「二次的所見の開示」と「検体の海外移転（外国にある第三者への提供）」の記載について、
個人情報保護法上の問題がないかご確認いただけますでしょうか。

10月中旬までにご意見をいただけますと幸いです。
""" + SIG_OSONE,
    attachments=[{
        "kind": "docx", "name": "同意説明文書_ひな形_v3.docx",
        "paragraphs": [
            "遺伝学的検査についての説明文書（ひな形 v3）",
            "1. 検査の目的と方法", "2. 予想される利益と不利益",
            "3. 二次的所見：検査の目的以外の、健康に重要な所見が見つかった場合の開示について、"
            "あなたの希望をお聞きします。",
            "4. 検体と情報の海外の検査機関への提供：提供先の国名と、その国の個人情報保護制度について説明します。",
            "5. 同意の撤回：いつでも撤回でき、不利益を受けることはありません。",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 shirakawa-law.jp の TLD 違い shirakawa-law.com への送信",
)

# 052  英文：CDA（秘密保持契約）の締結についてのやり取り
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Alderbrook Legal <legal@alderbrook-tx.com>"],
    subject="CDA for ALD-113 - countersigned copy",
    body="""Dear Ms. Whitfield,

Please find our countersignature on the Confidential Disclosure Agreement for study
ALD-113 in the DocuSign envelope you sent (envelope ID ending ...7F21). For your records:

- Effective date: September 1, 2026
- Term: 3 years; confidentiality obligations survive 5 years after termination
- Clause 4.2 (permitted disclosure to affiliates) as amended in your last redline

Once the fully executed copy is available, could your team release the protocol
synopsis and the laboratory manual to us? We will handle them under the CDA.

Best regards,
Daniel Ohara
""" + SIG_OHARA,
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約（CDA）の締結連絡：機密表示ではない",
)

# 053  DV 被害のため送付先を変えてほしいという依頼（1 名）
_add(
    charset="shift_jis",
    sender=TORII,
    to=["寿ジェネティクス 検査受付 <uketsuke@kotobuki-gene.co.jp>"],
    subject="結果報告書の送付先について（取扱いのお願い）",
    body="""寿ジェネティクス 検査受付 ご担当者様

お世話になっております。日の出産業の鳥居です。
9/10受付の自費検査お申込者について、取扱いのお願いがございます。

　申込者：仲宗根 香織 様（検体ID HS26-0910-007）
　申込書記載の住所：〒900-0015 沖縄県那覇市久茂地2-8-15

ご本人は配偶者からの暴力（DV）の被害を受けて現在避難中で、
警察と市に支援措置を申し出ておられます。
申込書記載の住所には絶対に郵送物を送らず、結果報告書は当室宛にお送りください。
また、電話でのお問い合わせに対しても、検査の有無を含め一切お答えにならないようお願いいたします。
""" + SIG_TORII,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の 1 名が犯罪（DV）被害者であること（要配慮）と住所を社外へ",
)

# 054  被験者 1 名の信仰（輸血拒否）
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["東雲総合病院 治験管理室 <chiken@shinonome-hp.or.jp>"],
    subject="被験者の輸血に関する意思表示について",
    body="""東雲総合病院 治験管理室
ご担当者様

お世話になっております。日の出産業 治験事務局の片桐です。

SRP-207の被験者 杉原 和也 様（207-S-011）より、CRCを通じて次のお申し出がありました。

・エホバの証人の信仰に基づき、輸血（同種血）を拒否される。
・アルブミン製剤など血漿分画製剤は個別に判断したい。
・本人署名の「輸血拒否と免責に関する証明書」を次回来院時に持参される。

治験期間中の有害事象対応に関わるため、責任医師の先生と情報共有をお願いいたします。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の 1 名の信仰（要配慮個人情報）を社外の医療機関へ",
)

# 055  社内のみ：今週のカウンセリング予約（相談内容つき）
_p = _people("m055", 5, born=(1975, 2000), female=1.0)
_add(
    charset="utf-8",
    sender=TORII,
    to=["遺伝カウンセリングチーム <gc-team@hinode-sangyo.co.jp>"],
    subject="今週のカウンセリング予約（チーム内共有）",
    body="""チームの皆さん

今週の予約です。担当の割り振りを確認してください。

""" + "\n".join(
        f"・{['9/21(月)', '9/21(月)', '9/23(水)', '9/24(木)', '9/25(金)'][i]} {['10:00', '15:00', '13:30', '11:00', '16:00'][i]}"
        f"　{p['name']}（{p['age']}）{p['phone']}　{t}　担当：{a}"
        for i, (p, t, a) in enumerate(zip(_p, ["BRCA陽性の結果開示", "出生前検査（NIPT陽性後）",
                                                "リンチ症候群 血縁者検査", "脊髄性筋萎縮症 保因者",
                                                "乳がん既往・検査前説明"], ["鳥居", "香取", "鳥居", "香取", "鳥居"]))) + """

NIPT陽性後の方は精神的に不安定とのことなので、産科の先生にも同席をお願いしています。

鳥居
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="要配慮の一覧だが宛先は社内のチームアドレスのみ",
)

# 056  送迎タクシー手配（「・」箇条書き、全角数字、6 名）
_p = _people("m056", 6, born=(1938, 1958), landline=True, towns=_NEAR_FUNABASHI)
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["ひかり交通 法人予約センター <houjin@hikari-kotsu.co.jp>"],
    subject="9/24 来院送迎タクシーの手配（6名）",
    body="""ひかり交通株式会社
法人予約センター ご担当者様

いつもお世話になっております。日の出産業の片桐です。
9月24日（木）の来院送迎を下記のとおりお願いいたします。
行き先はいずれも南厚生病院 正面玄関（船橋市本町）です。

""" + "\n".join(
        f"・{p['name']} 様（{_fw(str(p['age']))}歳）\n"
        f"　お迎え先：{_fw(p['addr'])}\n"
        f"　電話：{_fw(p['phone'])}\n"
        f"　お迎え時刻：{_fw(['8:10', '8:25', '8:40', '9:00', '9:15', '9:30'][i])}"
        for i, p in enumerate(_p)) + """

帰りの便は病院から配車依頼のお電話をいたします。
請求は月末締めで弊社総務部宛にお願いいたします。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 名の氏名・自宅住所・電話（全角数字）を箇条書きでタクシー会社へ",
)

# 057  フリーザー点検の日程（署名に携帯番号・住所）
_add(
    charset="iso-2022-jp",
    sender=MIYAKOSHI,
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    subject="超低温フリーザー（KDF-U700）定期点検の日程",
    body="""川崎電機株式会社 サービス部
ご担当者様

いつもお世話になっております。日の出産業 川崎ラボの宮腰です。

年次の定期点検につき、以下の日程でお願いできますでしょうか。
　対象：KDF-U700 ×3台（製造番号 U7-21833 / U7-21834 / U7-22610）
　希望日：10月14日（水）または15日（木）の午前

点検中は検体を予備機へ移すため、1台ずつの作業でお願いいたします。
当日は私が立ち会います。ご不明な点は下記携帯までご連絡ください。
""" + SIG_MIYAKOSHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="取引先への点検依頼：連絡先は送信者自身の署名と製造番号のみ",
)

# 058  社内（サブドメイン間）：本日受付分の検体一覧 CSV
_p = _people("m058", 11, born=(1945, 2010))
_add(
    charset="utf-8",
    sender=MIYAKOSHI,
    to=["検査受付 <kensa-uketsuke@hinode-sangyo.co.jp>"],
    cc=["岩佐 真琴 <iwasa.makoto@hinode-sangyo.co.jp>"],
    subject="本日受付分の検体一覧（9/17）",
    body="""受付チームの皆さん

川崎ラボの宮腰です。本日到着分11件の一覧を送ります。
LIMSへの登録をお願いします。HS26-0917-035は溶血ありのため再採血依頼済みです。

宮腰
""",
    attachments=[{
        "kind": "csv", "name": "受付一覧_20260917.csv", "encoding": "utf-8",
        "rows": [["検体ID", "氏名", "生年月日", "依頼元", "検査", "備考"]] + [
            [f"HS26-0917-0{30 + i}", p["name"], _slash(p["dob"]),
             ["港北医大", "東雲総合", "桜台がんC"][i % 3], ["HCP-30", "CMP-48", "BRCA1/2", "Lynch-5"][i % 4],
             "溶血あり" if i == 5 else ""] for i, p in enumerate(_p)],
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="11 名の一覧だが送信者・宛先ともに社内（lab. サブドメインを含む）",
)

# 059  旧形式（XLS）の保管台帳をバイオバンクへ（20 名、病名つき）
_p = _people("m059", 20, born=(1935, 1985))
_dx59 = ["乳がん", "大腸がん", "肝細胞がん", "胃がん", "肺がん", "家族性大腸腺腫症", "卵巣がん", "膵がん",
         "悪性黒色腫", "前立腺がん"]
_add(
    charset="shift_jis",
    sender=MIYAKOSHI,
    to=["関東ゲノムバンク 移管受付 <transfer@kanto-genomebank.or.jp>"],
    subject="旧保管台帳（Excel97形式）の送付",
    body="""関東ゲノムバンク
移管受付 ご担当者様

お世話になっております。日の出産業 検体管理グループの宮腰です。
2008年から2012年に受託した検体の旧保管台帳を送付いたします。
当時のシステムの都合でExcel97形式（.xls）のままです。

移管対象は20件です。照合後、差異があればご連絡ください。
""" + SIG_MIYAKOSHI,
    attachments=[{
        "kind": "xls", "name": "旧保管台帳_2008-2012.xls",
        "sheets": {"保管台帳": [["保管番号", "氏名", "生年月日", "性別", "疾患名", "保管場所"]] + [
            [f"K{2008 + i // 4}-{i + 101}", p["name"], _wareki(p["dob"], "short"), p["sex"],
             _sexfit(p, _dx59[i % len(_dx59)], "胆管がん"), f"FZ-0{1 + i % 3}/R{i % 5 + 1}"] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="20 名の氏名・生年月日（和暦略記）・疾患名の XLS を社外へ",
)

# 060  HTML のみのセミナー案内（個人データなし）
_add(
    charset="utf-8",
    sender=TORII,
    to=["港北医科大学附属病院 遺伝子診療部 <genetics@kohoku-med.ac.jp>"],
    subject="【ご案内】第6回 遺伝医療セミナー（オンライン）",
    html="""<html><body>
<p>港北医科大学附属病院 遺伝子診療部<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 遺伝カウンセリング窓口の鳥居です。<br>
下記のとおり、医療者向けの遺伝医療セミナーを開催いたします。ぜひ部内でご周知ください。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>日時</th><td>2026年11月21日（土）14:00-16:30</td></tr>
<tr><th>形式</th><td>オンライン（Zoom ウェビナー）</td></tr>
<tr><th>演題1</th><td>がんゲノム医療における二次的所見の伝え方</td></tr>
<tr><th>演題2</th><td>血縁者への情報共有を支援する ― 家系図ツールの活用</td></tr>
<tr><th>参加費</th><td>無料（事前登録制、定員300名）</td></tr>
</table>
<p>お申込み：<a href="https://seminar.hinode-sangyo.co.jp/gm6">seminar.hinode-sangyo.co.jp/gm6</a></p>
<p>--<br>日の出産業株式会社 遺伝子検査支援室<br>TEL 03-5201-7735</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML だけのセミナー案内：個人データなし",
)

# 061  在宅採血キットの回収先（1 人 1 ブロック、6 名）
_p = _people("m061", 6, born=(1950, 1995), landline=True, towns=_KANTO)
_add(
    charset="iso-2022-jp",
    sender=MIYAKOSHI,
    to=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    subject="在宅採血キット 回収先のご連絡（9/19・9/20）",
    body="""青葉運輸株式会社 川崎営業所
配車ご担当者様

お世話になっております。日の出産業 川崎ラボの宮腰です。
今週末の在宅採血キットの回収先をお知らせします。いずれも冷蔵便でお願いします。

""" + "\n\n".join(
        f"【{i + 1}】\n氏名：{p['name']} 様\n住所：〒{p['zip']} {p['addr']}\n"
        f"電話：{p['phone']}\n希望日時：9/{19 + i % 2} {['午前中', '14-16時', '16-18時'][i % 3]}"
        for i, p in enumerate(_p)) + """

伝票は回収時にドライバーさんの端末で発行いただく形で問題ありません。
""" + SIG_MIYAKOSHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1 人 1 ブロックで 6 名の氏名・住所・電話を社外の運送会社へ",
)

# 062  同意書回収状況（DOCX の表、小児 7 名と代諾者）
_kids = _people("m062k", 7, born=(2012, 2022))
_par = _people("m062p", 7, born=(1978, 1992), female=0.7)
_add(
    charset="utf-8",
    sender=KATAGIRI,
    to=["PharmaNexa Japan Clinical Ops <clinops@pharmanexa.jp>"],
    subject="小児コホート 同意書回収状況（9月末時点）",
    body="""PharmaNexa Japan
臨床開発部 ご担当者様

お世話になっております。日の出産業 治験事務局の片桐です。
ALD-113 小児コホートの同意書回収状況をWord形式でお送りします。
No.6とNo.7は代諾者の署名欄の記入漏れがあり、再取得の予定です。
""" + SIG_KATAGIRI,
    attachments=[{
        "kind": "docx", "name": "ALD-113_小児コホート_同意書回収状況.docx",
        "paragraphs": ["ALD-113 小児コホート 同意書回収状況（2026年9月30日時点）",
                       "実施医療機関：港北医科大学附属病院 小児科"],
        "tables": [[["登録番号", "児氏名", "生年月日", "代諾者", "続柄", "連絡先", "同意日", "アセント"]] + [
            [f"113-P-{i + 1:02d}", k["name"], _slash(k["dob"]), f"{k['sei']} {pa['mei']}",
             "母" if pa["sex"] == "女" else "父", pa["phone"], f"2026/0{7 + i // 4}/{2 + 3 * i:02d}",
             "取得" if k["age"] >= 7 else "対象外"]
            for i, (k, pa) in enumerate(zip(_kids, _par))]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 名の児の氏名・生年月日と代諾者の連絡先の表（DOCX）を社外へ",
)

# 063  法律事務所とスポンサーの二者を宛先に
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["白川 達郎 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["能登 寛 <noto.h@seiryu-pharma.co.jp>"],
    subject="同意説明文書改訂の三者打合せ（10/6）のご確認",
    body="""白川先生
（cc：清流製薬 法務部 能登様）

お世話になっております。日の出産業の大曽根です。

同意説明文書の改訂について、10月6日（火）15:00から、
白川法律事務所様の会議室にて三者で打合せをさせていただくことで確定いたしました。

論点は次の2点を予定しております。
　・海外検査機関への検体・情報の提供に関する説明の書きぶり
　・二次的所見の開示希望の確認方法

資料は前日までに共有いたします。どうぞよろしくお願いいたします。
""" + SIG_OSONE,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外 2 組織（法律事務所とスポンサー）との通常の打合せ連絡",
)

# 064  英文：試薬の見積依頼（カタログ番号・ロット番号）
_add(
    charset="utf-8",
    sender=OHARA,
    to=["BioTrace Sales APAC <sales.apac@biotrace-reagents.com>"],
    subject="Quote request - cat. no. BT-NGS-2201 (x20) and BT-EXT-0450",
    body="""Hello BioTrace team,

Could you send us a quotation for the following items, delivered to our Kawasaki lab
(DDP, incoterms 2020)?

  Cat. no.       Description                                   Qty
  BT-NGS-2201    Hybrid capture kit, hereditary cancer v3      20
  BT-EXT-0450    Blood DNA extraction kit, 96 preps             6
  BT-QC-0107     Fragment analyzer QC chips                    10

Our last order was PO 4500119832 (lot numbers 25K118 / 25K121). If possible we would
like to receive the same lot for BT-NGS-2201 to avoid a new validation run.

Thank you,
Daniel Ohara
""" + SIG_OHARA,
    expect="pass",
    entities=[],
    detectors=[],
    note="試薬の見積依頼：カタログ番号・発注番号・ロット番号のみ",
)

# 065  極秘表示の事業計画スライドを社外のコンサルタントへ
_add(
    charset="utf-8",
    sender=OSONE,
    to=["未来ストラテジー 岡部様 <okabe@mirai-strategy.co.jp>"],
    subject="中期計画ドラフトの共有（10/5ワークショップ用）",
    body="""未来ストラテジー株式会社
岡部様

お世話になっております。日の出産業の大曽根です。
10/5のワークショップに向けて、遺伝子検査事業の中期計画ドラフトを共有いたします。
まだ役員会前の版ですので、お取扱いにはご注意ください。
""" + SIG_OSONE,
    attachments=[{
        "kind": "pptx", "name": "中期計画_遺伝子検査事業_draft3.pptx", "page_footer": "極秘",
        "slides": [
            ["遺伝子検査事業 中期計画（2027-2029）", "ドラフト第3版", "ライフサイエンス事業部"],
            ["売上目標", "2027年度 32億円 → 2029年度 48億円", "海外ラボ送付型から国内自社解析への移行"],
            ["重点施策", "がんゲノム（生殖細胞系列）確認検査の受託拡大", "製薬企業向けコンパニオン診断の共同開発"],
            ["投資計画", "次世代シーケンサー 2台追加（2027年度）", "川崎ラボ 増床（延床 +600㎡）"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="各スライドのフッターに「極秘」表示のある資料を社外へ",
)

# 066  英文：冒頭に "Classification: INTERNAL ONLY" のある資料を海外ラボへ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Dr. Fiona Gale <f.gale@helixbridge-dx.com>"],
    subject="FW: Draft pricing comparison for 2027 send-out tests",
    body="""Fiona,

As discussed on the phone - here is where we stand. If Helixbridge could come closer to
the lowest quote for the PGx panel, we would be happy to move the volume to you.

Daniel

-----Original Message-----
From: Makoto Iwasa <iwasa.makoto@hinode-sangyo.co.jp>
Sent: Monday, September 14, 2026 8:51 PM
To: Daniel Ohara <daniel.ohara@hinode-sangyo.co.jp>
Subject: Draft pricing comparison for 2027 send-out tests

Classification: INTERNAL ONLY

Daniel, the comparison for the 2027 budget (list price per test, USD):

  Test        GenoVista   Helixbridge   Kaiyo     NordSeq
  HCP-30        420          465          398       440
  PGX-12        180          210          165       195
  Exome trio   1,950        2,100        1,880     1,720

Target: reduce send-out cost by 8% overall. Please do not share outside the company.

Makoto
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="転送した社内メールに「Classification: INTERNAL ONLY」の表示（転送は新しい本文）",
)

# 067  破損した DOCX の紹介状
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["港北医科大学附属病院 遺伝子診療部 <genetics@kohoku-med.ac.jp>"],
    subject="紹介状の再送（先ほどのファイルが開けない件）",
    body="""港北医科大学附属病院 遺伝子診療部
ご担当者様

先ほどお送りした紹介状のファイルが開けないとのご連絡をいただき、失礼いたしました。
保存し直したものを再送いたします。
それでも開けない場合は、FAXでお送りいたします。
""" + SIG_TORII,
    attachments=[{"kind": "corrupt", "name": "紹介状_遺伝子診療部宛.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付の DOCX が壊れていて中身を検査できない",
)

# 068  パスワード付き PDF の結果報告書
_add(
    charset="shift_jis",
    sender=IWASA,
    to=["桜台がんセンター 遺伝相談室 <idenshi-soudan@sakuradai-cc.jp>"],
    subject="検査結果報告書（HS26-0901-014）",
    body="""桜台がんセンター 遺伝相談室
ご担当者様

お世話になっております。日の出産業の岩佐です。
検体ID HS26-0901-014の結果報告書をお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えいたします。
""" + SIG_IWASA,
    attachments=[{
        "kind": "pdf", "name": "結果報告書_HS26-0901-014.pdf", "password": "sakura0917",
        "lines": ["遺伝学的検査 結果報告書", "検体ID：HS26-0901-014", "患者氏名：栗林 瑞穂 様",
                  "結果：病的バリアント検出（BRCA2）"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護された PDF で中身を検査できない",
)

# 069  英文：発注番号と請求書番号の照合
_add(
    charset="utf-8",
    sender=OHARA,
    to=["GenoVista Billing <billing@genovista-labs.com>"],
    subject="PO 4500123987 / Invoice GV-INV-77812 - amount mismatch",
    body="""Dear Billing team,

We received invoice GV-INV-77812 dated Sept 10 for USD 18,420.00, but our purchase
order PO 4500123987 covers USD 17,640.00 (42 x HCP-30 at USD 420.00).

The difference (USD 780.00) seems to be two add-on cascade tests (order refs
GV-SO-54988 and GV-SO-55007) that were placed under a separate PO, 4500124410.
Could you split the invoice accordingly and reissue?

Thank you,
Daniel Ohara
""" + SIG_OHARA,
    expect="pass",
    entities=[],
    detectors=[],
    note="発注番号・請求書番号・金額だけの経理のやり取り",
)

# 070  ホテルへ宿泊者 4 名の氏名と携帯
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["さくらホテル 予約係 <reservation@sakura-hotel.jp>"],
    subject="宿泊予約（9/26泊 4名）のお願い",
    body="""さくらホテル 予約係 御中

いつもお世話になっております。日の出産業の片桐です。
9/27の説明会に伴い、前泊の予約を4名分お願いいたします。

　9月26日（土）1泊、シングル4室（禁煙）

　1. 片桐 由紀子　　090-4482-1176
　2. 乙部 千尋　　　070-3318-5527
　3. 宮腰 健太　　　090-6623-1840
　4. 栗林 紗希　　　080-2290-4413

到着は21時頃の予定です。お支払いは会社宛の請求書払いでお願いいたします。
""" + SIG_KATAGIRI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="宿泊者 4 名の氏名と携帯番号：1 から 4 名の範囲（警告まで）",
)

# 071  自費検査申込者の運転免許証の記載事項（1 名）
_add(
    charset="iso-2022-jp",
    sender=IWASA,
    to=["寿ジェネティクス 検査受付 <uketsuke@kotobuki-gene.co.jp>"],
    subject="自費検査お申込者の本人確認について",
    body="""寿ジェネティクス 検査受付 ご担当者様

お世話になっております。岩佐です。
9/14受付の自費検査（HS26-0914-003）について、本人確認書類の記載事項をお知らせします。
申込書の氏名の漢字が誤っていたため、こちらが正となります。

　氏名　　：四方田 典子
　生年月日：昭和60年5月23日
　住所　　：〒330-0063 埼玉県さいたま市浦和区高砂3-9-2 メゾン桜丘2F
　運転免許証番号：第 430511725080 号（埼玉県公安委員会）

報告書の宛名の修正をお願いいたします。
""" + SIG_IWASA,
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="運転免許証番号（本人確認書類の番号）と住所・生年月日を社外へ",
)

# 072  社労士事務所へ新入社員 1 名の基礎年金番号
_add(
    charset="shift_jis",
    sender=CHISAKA,
    to=["星野社会保険労務士事務所 <office@hoshino-sr.jp>"],
    subject="10/1入社 臨床検査技師の資格取得届について",
    body="""星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業 総務部の千坂です。
10月1日付で入社する契約社員1名について、社会保険の資格取得届の作成をお願いいたします。

　氏名　　　　：瀬戸口 蓮（セトグチ レン）
　生年月日　　：平成9年8月30日
　住所　　　　：〒213-0001 神奈川県川崎市高津区溝口4-12-3 ハイツ緑町101
　基礎年金番号：4127-508863
　標準報酬月額（見込）：280千円
　所属：ライフサイエンス事業部 検体管理グループ（川崎ラボ）

雇用契約書の写しは郵送いたします。
""" + SIG_CHISAKA,
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="基礎年金番号（社会保険の番号）と住所・生年月日を社外の社労士事務所へ",
)

# 073  給与計算の外部委託先へ個人番号一覧（XLSX、5 名）
_p = _people("m073", 5, born=(1970, 2003), towns=_KANTO)
_add(
    charset="utf-8",
    sender=MINATOYA,
    to=["給与パートナーズ 業務部 <payroll@kyuyo-partners.co.jp>"],
    subject="謝金支払対象者 個人番号一覧（9月分）",
    body="""株式会社給与パートナーズ
業務部 ご担当者様

いつもお世話になっております。日の出産業 経理部の湊谷です。
9月分の謝金支払対象者（第I相試験 健常人ボランティア 5名）の個人番号一覧をお送りします。
源泉徴収票・支払調書の作成をお願いいたします。
""" + SIG_MINATOYA,
    attachments=[{
        "kind": "xlsx", "name": "個人番号一覧_2026-09.xlsx",
        "sheets": {
            "対象者": [["No", "氏名", "生年月日", "住所", "個人番号", "支払額"]] + [
                [i + 1, p["name"], _wareki(p["dob"], "kanji"), f"〒{p['zip']} {p['addr']}",
                 f"{my_number(SEED + 7 + i)[:4]}-{my_number(SEED + 7 + i)[4:8]}-{my_number(SEED + 7 + i)[8:]}",
                 [120000, 120000, 80000, 120000, 64000][i]] for i, p in enumerate(_p)],
            "備考": [["本人確認は当社で実施済み（番号確認：通知カード／個人番号カード）"]],
        },
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5 名のマイナンバー・住所・生年月日の XLSX を社外の委託先へ",
)

# 074  定例会議事録（出席者の氏名のみ）
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["杉浦 航 <sugiura.k@cresta-research.co.jp>"],
    subject="9/18定例会 議事録（案）の送付",
    body="""クレスタ・リサーチ 杉浦様

お世話になっております。大曽根です。
9/18の定例会の議事録（案）をお送りします。
修正がございましたら、9/25までに変更履歴付きでお戻しください。
""" + SIG_OSONE,
    attachments=[{
        "kind": "docx", "name": "SRP-207_定例会議事録_20260918_案.docx",
        "paragraphs": [
            "SRP-207 定例会 議事録（案）",
            "日時：2026年9月18日（金）10:00-11:30　場所：Web会議",
            "出席者：清流製薬 宇佐美、クレスタ・リサーチ 杉浦・金城、日の出産業 大曽根・片桐",
            "1. 登録状況：目標 60 例に対し 41 例（達成率 68%）",
            "2. 逸脱：Visit 許容範囲外の来院 2 件。再発防止として来院リマインドを前日に実施する。",
            "3. 中央測定：検体の輸送温度逸脱 1 件（9/8）。影響評価の結果、測定値は採用可。",
            "次回：10月16日（金）10:00",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="議事録：出席者の氏名だけで、それ以外の個人データはない",
)

# 075  転送（添付メール）：紹介元医師からの追加検査依頼（患者 1 名の診断名）
_add(
    charset="iso-2022-jp",
    sender=IWASA,
    to=["寿ジェネティクス 検査受付 <uketsuke@kotobuki-gene.co.jp>"],
    subject="転送：追加検査のご依頼（東雲総合病院 安達先生より）",
    body="""寿ジェネティクス 検査受付 ご担当者様

お世話になっております。岩佐です。
東雲総合病院の安達先生から追加検査のご依頼がありましたので、元のメールを添付で転送いたします。
保管中のDNA（HS26-0826-011）でMSI検査の追加が可能か、ご確認ください。
""" + SIG_IWASA,
    attachments=[{
        "kind": "eml", "name": "追加検査のご依頼.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "安達 恵子 <adachi.k@shinonome-hp.or.jp>",
            "to": [IWASA],
            "subject": "追加検査のご依頼",
            "body": """日の出産業 岩佐様

東雲総合病院 遺伝診療科の安達です。
先月ご依頼した下記の患者さんについて、追加検査をお願いできますでしょうか。

　患者氏名：百目鬼 翔太 様（ドウメキ ショウタ）
　生年月日：1981年10月9日
　診断：大腸がん（上行結腸、stage IIIB）、40歳時に十二指腸がんの既往
　家族歴：母 子宮体がん（46歳）
　依頼：腫瘍組織のMSI検査（リンチ症候群の評価のため）

病理ブロックは別途お送りします。
安達
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="添付で転送したメールに 1 名の氏名・生年月日・がんの診断（要配慮）",
)

# 076  英文：認定証の写しの依頼
_add(
    charset="utf-8",
    sender=OHARA,
    to=["NordSeq Quality Assurance <qa@nordseq.de>"],
    subject="Request for current CAP / ISO 15189 certificates",
    body="""Dear NordSeq QA team,

For our annual supplier qualification, could you send us copies of your current
accreditation documents?

  - ISO 15189 certificate and scope (DAkkS)
  - CAP accreditation certificate, if applicable
  - Latest EMQN / GenQA proficiency testing summary for exome sequencing

Our previous copies on file expire on 31 October 2026 (certificate no. D-ML-13772-01-00).

Thank you in advance,
Daniel Ohara
""" + SIG_OHARA + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="認定証の依頼と英文の定型免責文：個人データなし",
)

# 077  満足度調査の配信先リスト（CSV / UTF-8、10 名のメールアドレス）
_p = _people("m077", 10, born=(1965, 2000), female=0.8)
_add(
    charset="utf-8",
    sender=TORII,
    to=["ボイスサーベイ 調査部 <research@voice-survey.co.jp>"],
    subject="満足度アンケート 配信先リスト（9月受診分）",
    body="""株式会社ボイスサーベイ
調査部 ご担当者様

お世話になっております。日の出産業の鳥居です。
9月にご来談いただいた方のうち、アンケート協力に同意された10名の配信先リストをお送りします。
配信は10月1日の午前でお願いいたします。
""" + SIG_TORII,
    attachments=[{
        "kind": "csv", "name": "配信先リスト_202609.csv", "encoding": "utf-8",
        "rows": [["受付番号", "氏名", "メールアドレス", "来談日"]] + [
            [f"GC-2609-{i + 1:03d}", p["name"], p["email"], f"2026/09/{3 + 2 * i:02d}"]
            for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="10 名の氏名とメールアドレスの CSV（UTF-8）を社外の調査会社へ",
)

# 078  社内：情報システム部からの PPAP 廃止のお知らせ
_add(
    charset="iso-2022-jp",
    sender=KURAMAE,
    to=["ライフサイエンス事業部 全員 <ls-all@hinode-sangyo.co.jp>"],
    subject="【情報システム部】パスワード付きZIPの送信廃止について",
    body="""ライフサイエンス事業部の皆さま

情報システム部の蔵前です。

11月1日より、社外宛のメールでのパスワード付きZIP（いわゆるPPAP）の送信を廃止します。
以降、社外へファイルを送る場合は、社内のファイル共有サービス（HinodeBox）で
期限付きリンクを発行してください。

・パスワード付きZIPは、送信時に保留されます。
・医療機関・検査機関など、受信側の事情でHinodeBoxを利用できない場合は、
　情報システム部までご相談ください。

説明会：10/20（火）12:15から12:45（Teams）
""" + SIG_KURAMAE,
    expect="pass",
    entities=[],
    detectors=[],
    note="社内向けのお知らせ：宛先は社内のみ",
)

# 079  ツバサシステムのつもりが s の抜けたドメイン（3 名のアカウント申請）
_add(
    charset="utf-8",
    sender=KURAMAE,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="EDCアカウント発行依頼（3名）",
    body="""ツバサシステム株式会社
サポートセンター ご担当者様

いつもお世話になっております。日の出産業 情報システム部の蔵前です。
SRP-305試験用のEDCアカウントの発行をお願いいたします。

　1. 乙部 千尋　　otobe.chihiro@hinode-sangyo.co.jp　　権限：CRC（入力）
　2. 栗林 紗希　　kuribayashi.saki@hinode-sangyo.co.jp　権限：CRC（入力）
　3. 片桐 由紀子　katagiri.yukiko@hinode-sangyo.co.jp　権限：閲覧のみ

初期パスワードは各人宛にお送りください。
""" + SIG_KURAMAE,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="取引先 tsubasa-system.jp に似た tsubasa-sytem.jp（1 文字欠落）への送信",
)

# 080  錦印刷のつもりが tsu→tu の紛らわしいドメイン
_add(
    charset="shift_jis",
    sender=CHISAKA,
    to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    subject="同意書・説明文書の印刷部数の変更",
    body="""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の千坂です。

先日発注いたしました同意書・説明文書（発注番号 HS-PR-26-0412）の部数を変更させてください。

　説明文書（A4 12頁 中綴じ）：500部 → 800部
　同意書（3枚複写）　　　　 ：500組 → 800組

納期は当初どおり10月9日でお願いできますでしょうか。
お見積りの再発行をお願いいたします。
""" + SIG_CHISAKA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 nishiki-insatsu.co.jp に似た nishiki-insatu.co.jp への送信",
)

# 081  社内の共有アドレスのつもりが hinode-sangyou.co.jp（被験者一覧、タブ区切り）
_p = _people("m081", 6, born=(1948, 1975), landline=True)
_add(
    charset="shift_jis",
    sender=KATAGIRI,
    to=["治験事務局 共有 <chiken-jimu@hinode-sangyou.co.jp>"],
    subject="南厚生病院 被験者一覧（転記用）",
    body="""事務局の皆さん

片桐です。南厚生病院分の被験者一覧です。来院管理表への転記をお願いします。

被験者番号\t氏名\t生年月日\t電話
""" + "\n".join(f"207-M-{i + 21:03d}\t{p['name']}\t{_wareki(p['dob'], 'short')}\t{p['phone']}"
                for i, p in enumerate(_p)) + """

転記が終わったらこのメールは削除してください。
片桐
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="自社ドメインに 1 文字足した hinode-sangyou.co.jp へ、6 名の被験者一覧を送信",
)

# 082  週末の検体受領の緊急連絡先（2 名）
_add(
    charset="iso-2022-jp",
    sender=MIYAKOSHI,
    to=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    subject="週末の検体受領に関する緊急連絡先",
    body="""青葉運輸株式会社 川崎営業所
ご担当者様

お世話になっております。日の出産業 川崎ラボの宮腰です。
9/19から9/22の連休中、検体の受領は当番制で行います。
配達時に不在の場合は、下記の当番者へご連絡ください。

　9/19・9/20：宮腰 健太　090-6623-1840
　9/21・9/22：瀬戸口 蓮　080-7715-3064

ラボの代表電話（044-280-5500）は連休中つながりませんのでご注意ください。
""" + SIG_MIYAKOSHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="当番者 2 名の携帯番号：1 から 4 名の範囲（警告まで）",
)

# 083  either：仮名化した（氏名なし）トリオ検体の表現型シートを海外ラボへ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["NordSeq Exome Service <exome@nordseq.de>"],
    subject="Trio exome batch NS-JP-014 - phenotype sheet",
    body="""Dear NordSeq Exome team,

Attached is the phenotype sheet for trio batch NS-JP-014 (3 trios, 9 samples). Samples
are coded; the key stays with the referring hospitals. HPO terms were entered by the
clinical geneticists.

DNA (>= 3 ug each) ships on Monday with the usual courier.

Best regards,
Daniel
""" + SIG_OHARA,
    attachments=[{
        "kind": "csv", "name": "NS-JP-014_phenotypes.csv", "encoding": "utf-8",
        "rows": [
            ["Sample ID", "Family ID", "Relation", "Age", "Sex", "Affected", "HPO terms"],
            ["HSX-0141", "F-0141", "proband", 4, "M", "yes",
             "HP:0001263 Global developmental delay; HP:0001250 Seizure"],
            ["HSX-0142", "F-0141", "mother", 34, "F", "no", ""],
            ["HSX-0143", "F-0141", "father", 36, "M", "no", ""],
            ["HSX-0151", "F-0151", "proband", 9, "F", "yes",
             "HP:0001249 Intellectual disability; HP:0000252 Microcephaly"],
            ["HSX-0152", "F-0151", "mother", 41, "F", "no", ""],
            ["HSX-0153", "F-0151", "father", 43, "M", "no", ""],
            ["HSX-0161", "F-0161", "proband", 1, "M", "yes",
             "HP:0001252 Hypotonia; HP:0001508 Failure to thrive"],
            ["HSX-0162", "F-0161", "mother", 29, "F", "no", ""],
            ["HSX-0163", "F-0161", "father", 31, "M", "no", ""],
        ],
    }],
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名・生年月日のない仮名化データ（年齢・性別・症状）：海外への要配慮情報の提供と見るかは判断が分かれる",
)

# 084  either：本人（フリーメール）へ本人の検査結果の説明資料
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["来栖 綾乃 <ayano.kurusu0719@gmail.com>"],
    subject="検査結果のご説明資料（ご依頼の件）",
    body="""来栖 綾乃 様

日の出産業 遺伝カウンセリング窓口の鳥居です。
先日の結果説明の際にご依頼いただいた、ご家族向けの説明資料をお送りします。

来栖様の検査では、BRCA1遺伝子に病的バリアント（c.188T>A）が見つかりました。
妹さんがご希望される場合は、この1か所だけを調べる検査（シングルサイト解析）が可能です。
資料の3ページ目に、血縁の方が相談できる医療機関の一覧を載せています。

ご不明な点はいつでもご連絡ください。
""" + SIG_TORII,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="本人の依頼で本人のフリーメールへ本人の遺伝学的検査結果：宛先が本人なので判断が分かれる",
)

# 085  either：SAE 第一報（被験者番号・年齢・性別のみ）をスポンサーへ
_add(
    charset="iso-2022-jp",
    sender=KATAGIRI,
    to=["清流製薬 安全性情報部 <pv-japan@seiryu-pharma.co.jp>"],
    subject="【SAE第一報】SRP-207 被験者番号 207-M-014",
    body="""清流製薬株式会社 安全性情報部 御中

日の出産業 治験事務局の片桐です。
南厚生病院より重篤な有害事象の第一報がありましたので、取り急ぎご報告いたします。

　被験者番号：207-M-014（62歳 男性）
　事象名　　：急性膵炎
　発現日　　：2026年9月16日
　重篤性　　：入院（9/16から、現在加療中）
　治験薬との因果関係（責任医師判断）：関連あるかもしれない
　処置：治験薬休薬

詳細はEDCの有害事象報告フォームに入力予定です。続報は入手次第お送りします。
""" + SIG_KATAGIRI,
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被験者番号だけで氏名のない SAE 報告（治験の定型業務）：個人を識別できるかは判断が分かれる",
)

# 086  SAE 続報：病院の記録をそのまま貼って被験者の氏名が入ってしまった
_add(
    charset="utf-8",
    sender=KATAGIRI,
    to=["PharmaNexa Japan Safety <safety@pharmanexa.jp>"],
    subject="【SAE続報】ALD-113 被験者 113-S-006",
    body="""PharmaNexa Japan 安全性担当 ご担当者様

日の出産業 治験事務局の片桐です。
113-S-006のSAE（間質性肺疾患）について、実施医療機関から続報を受領しましたので共有します。
以下、医療機関の経過記録を貼り付けます。

------------------------------
患者：猪俣 光太郎 様（1959年3月2日生、67歳）
9/10 乾性咳嗽と労作時呼吸困難で救急外来受診。SpO2 89%（室内気）。
胸部CTで両側すりガラス影。薬剤性間質性肺疾患を疑い入院。
9/11 ステロイドパルス療法開始。
9/15 SpO2 95%（経鼻1L）まで改善。KL-6 1,820 U/mL。
既往：関節リウマチ（メトトレキサート内服歴あり）、2型糖尿病
------------------------------

転帰は未回復です。次回の続報は9/25頃の予定です。
""" + SIG_KATAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="SAE 続報に被験者の氏名・生年月日と病状・既往（要配慮）がそのまま入っている",
)

# 087  英文の返信：SAE の詳細は "On ... wrote:" 以下の引用のみ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Alderbrook Drug Safety <safety@alderbrook-tx.com>"],
    subject="Re: SAE follow-up request - ALD-113 subject 113-S-006",
    body="""Dear Dr. Brennan,

Acknowledged. The site will upload the discharge summary and the CT report to the EDC
(SAE form, section 5) once the subject is discharged; we expect this around Sept 25.
We will not send source documents by e-mail.

Best regards,
Daniel
""" + SIG_OHARA + """

On Thu, Sep 17, 2026 at 02:14, Brennan, Claire <c.brennan@alderbrook-tx.com> wrote:
> Dear Daniel,
>
> Thank you for the follow-up on subject 113-S-006 (male, 67, drug-induced ILD,
> hospitalised Sept 10, history of RA on methotrexate and type 2 diabetes).
> Could you ask the site for the discharge summary and the CT report?
>
> Kind regards,
> Claire Brennan, MD | Drug Safety, Alderbrook Therapeutics
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="病状の記述は相手のメールの引用（> 行）だけで、新しい本文は手続きの話",
)

# 088  心療内科への診療情報提供（1 名、発症前診断と抑うつ）
_add(
    charset="shift_jis",
    sender=TORII,
    to=["こころの森クリニック <info@kokoro-mori.jp>"],
    subject="診療情報提供のお願い（遺伝カウンセリング後のフォロー）",
    body="""こころの森クリニック
院長 柳楽 先生

突然のご連絡失礼いたします。日の出産業 遺伝カウンセリング窓口の鳥居と申します。
貴院に通院中の方について、ご本人の同意を得て情報提供させていただきます。

　氏名　　：西園寺 智 様
　生年月日：平成2年1月27日（36歳）
　経過　　：父がハンチントン病。ご本人は発症前診断を希望され、当窓口で計4回の
　　　　　　カウンセリングを実施しました。9/8に結果（CAGリピート 44、陽性）を開示後、
　　　　　　不眠と抑うつ気分が強まり、「仕事を続ける意味がない」との発言がありました。

希死念慮の評価を含め、早めの受診枠をご検討いただけますと幸いです。
当窓口でのフォロー面談は10/6を予定しています。
""" + SIG_TORII,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1 名の氏名・生年月日と遺伝学的検査結果・精神症状（要配慮）を社外のクリニックへ",
)

# 089  倫理審査委員会への提出資料の確認（個人データなし）
_add(
    charset="utf-8",
    sender=OSONE,
    to=["医療倫理審査センター 事務局 <jimukyoku@iryo-rinri.or.jp>"],
    subject="第12回審査委員会 提出資料について",
    body="""一般財団法人 医療倫理審査センター
事務局 ご担当者様

お世話になっております。日の出産業の大曽根です。

11月の第12回審査委員会で審議いただく「遺伝学的検査の精度管理に関する観察研究」について、
提出資料を下記のとおり準備しております。提出期限（10/16）で相違ないかご確認ください。

　1. 研究計画書 第1.2版
　2. 説明文書・同意書 第1.1版
　3. 利益相反自己申告書（研究者 4名分）
　4. 情報公開文書（オプトアウト用）案
　5. 研究責任者の教育研修受講記録

オンライン審査の場合の接続テストの日程もあわせてお知らせください。
""" + SIG_OSONE,
    expect="pass",
    entities=[],
    detectors=[],
    note="審査委員会への事務連絡：個人データなし",
)

# 090  英文：CONFIDENTIAL 表示のプロトコル概要（DOCX）を検査機関へ
_add(
    charset="utf-8",
    sender=OHARA,
    to=["Helixbridge Project Management <pm@helixbridge-dx.com>"],
    subject="Protocol synopsis for the ALD-113 assay validation",
    body="""Dear Helixbridge PM team,

For the assay validation plan, please find attached the protocol synopsis that
Alderbrook shared with us. Sections 6 and 9 describe the genotyping endpoints and the
sample schedule.

Let me know if you need the full laboratory manual as well.

Regards,
Daniel
""" + SIG_OHARA,
    attachments=[{
        "kind": "docx", "name": "ALD-113_Protocol_Synopsis_v1.0.docx",
        "page_header": "CONFIDENTIAL - Alderbrook Therapeutics", "title": "ALD-113 Protocol Synopsis",
        "paragraphs": [
            "Protocol Synopsis - Study ALD-113",
            "A Phase II, randomised, double-blind study of ALD-113 in adults with familial "
            "chylomicronaemia syndrome.",
            "6. Genotyping endpoints: LPL, APOC2, APOA5, GPIHBP1 and LMF1 variant status at screening.",
            "9. Sample schedule: whole blood for DNA at Screening; serum at Day 1, Week 4, 12 and 26.",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付 DOCX のヘッダーに CONFIDENTIAL 表示（他社の機密文書）を社外へ",
)

# 091  人材紹介会社へ求人票（個人データなし）
_add(
    charset="iso-2022-jp",
    sender=CHISAKA,
    to=["メディカルキャリア 法人営業部 <kyujin@career-medical.co.jp>"],
    subject="求人票の送付（認定遺伝カウンセラー）",
    body="""株式会社メディカルキャリア
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の千坂です。
先日ご相談した認定遺伝カウンセラーの求人票をお送りします。
応募書類は、総務部（採用担当）宛にお送りください。
""" + SIG_CHISAKA,
    attachments=[{
        "kind": "docx", "name": "求人票_認定遺伝カウンセラー.docx",
        "paragraphs": [
            "求人票：認定遺伝カウンセラー（正社員）",
            "勤務地：東京都中央区日本橋（遺伝子検査支援室）",
            "業務内容：遺伝学的検査の検査前後のカウンセリング、医療機関との連絡調整、セミナーの企画",
            "応募資格：認定遺伝カウンセラー資格（取得見込み可）",
            "給与：年収 480万円から650万円（経験による）",
            "休日：土日祝、年末年始、年間休日 125日",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="求人票：個人データなし",
)

# 092  英文：見積依頼を 3 社の検査機関へ Bcc で送信（To は自分）
_add(
    charset="utf-8",
    sender=IWASA,
    to=[IWASA],
    bcc=["GenoVista Sales <sales@genovista-labs.com>", "Kaiyo Genomics BD <bd@kaiyogenomics.com.sg>",
         "NordSeq Sales <sales@nordseq.de>"],
    subject="Request for quotation - hereditary cancer panel, 2027 volume",
    body="""Dear Sir or Madam,

Hinode Sangyo is preparing its 2027 budget for send-out genetic testing and would like
to invite your laboratory to quote for the following:

  - Hereditary cancer panel (>= 30 genes incl. BRCA1/2, PALB2, MMR genes), approx.
    1,200 samples per year, TAT <= 21 calendar days
  - Single-site cascade testing, approx. 150 per year
  - Storage of extracted DNA for 5 years

Please send your quotation by October 30, 2026. This request has been sent to several
laboratories; recipients are in Bcc.

Best regards,
Makoto Iwasa
Genetic Testing Support Office, Hinode Sangyo Co., Ltd.
Tel +81-3-5201-7731
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社外 3 社は Bcc で、To/Cc は社内のみ：互いに見えない",
)

# 093  検査項目コード表（PDF の表、個人データなし）
_add(
    charset="utf-8",
    sender=IWASA,
    to=["港北医科大学附属病院 遺伝子診療部 <genetics@kohoku-med.ac.jp>"],
    subject="検査項目コード表（2026年10月改訂）",
    body="""港北医科大学附属病院 遺伝子診療部
ご担当者様

お世話になっております。岩佐です。
10月改訂の検査項目コード表をお送りします。電子カルテのオーダーマスタ更新にご利用ください。
新設は「AORT-32」「PGX-12」の2項目です。
""" + SIG_IWASA,
    attachments=[{
        "kind": "pdf", "name": "検査項目コード表_202610.pdf", "title": "検査項目コード表",
        "lines": ["検査項目コード表（2026年10月1日改訂）", ""],
        "table": [["コード", "検査名", "JLAC10", "検体", "容器"],
                  ["HCP-30", "遺伝性腫瘍パネル", "8C805-0000-019-941", "全血", "EDTA-2K 4mL"],
                  ["BRCA1/2", "BRCA1/2遺伝学的検査", "8C800-0000-019-941", "全血", "EDTA-2K 4mL"],
                  ["Lynch-5", "リンチ症候群パネル", "8C806-0000-019-941", "全血", "EDTA-2K 4mL"],
                  ["CMP-48", "心筋症パネル", "8C810-0000-019-941", "全血", "EDTA-2K 4mL"],
                  ["AORT-32", "大動脈疾患パネル（新設）", "8C811-0000-019-941", "全血", "EDTA-2K 4mL"],
                  ["PGX-12", "薬理遺伝学パネル（新設）", "8C820-0000-019-941", "全血/唾液", "EDTA-2K 2mL"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="検査コードの一覧：個人データなし",
)

# 094  ZIP に DOCX の依頼書 5 通（1 通 1 名、臨床情報つき）
_p = _people("m094", 5, born=(1965, 1995), female=0.6)
_ind94 = ["Breast cancer dx 39, triple negative", "Ovarian cancer dx 52", "Colorectal cancer dx 44, MSI-H",
          "Prostate cancer dx 58, metastatic", "Breast cancer dx 46; sister ovarian ca"]
_add(
    charset="utf-8",
    sender=OHARA,
    to=["GenoVista Sample Intake <intake@genovista-labs.com>"],
    subject="Requisition forms for batch HS-2609-07 (5 samples)",
    body="""Dear Intake team,

As requested, here are the requisition forms for batch HS-2609-07 as Word files (one
per sample), zipped. The samples themselves left Kawasaki this afternoon,
AWB 7731 4403 0142.

Best regards,
Daniel
""" + SIG_OHARA,
    attachments=[{
        "kind": "zip", "name": "requisitions_HS-2609-07.zip",
        "files": [{
            "kind": "docx", "name": f"requisitions/HS26-0918-0{41 + i}.docx",
            "paragraphs": ["GenoVista Laboratories - Test Requisition Form"],
            "tables": [[["Sample ID", f"HS26-0918-0{41 + i}"], ["Patient name", p["RO2"]],
                        ["Date of birth", _iso(p["dob"])], ["Sex", p["sx"]], ["Test", "HCP-30"],
                        ["Clinical indication", _sexfit(p, _ind94[i], "Pancreatic cancer dx 55")],
                        ["Ordering physician", "Dr. Y. Setoguchi, Sakuradai Cancer Center"]]],
        } for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP 内の DOCX 5 通に 5 名の氏名・生年月日・がんの診断（海外ラボへ）",
)

# 095  治験費用のポイント算出表（XLSX、個人データなし）
_add(
    charset="iso-2022-jp",
    sender=OSONE,
    to=["宇佐美 理沙 <usami.r@seiryu-pharma.co.jp>"],
    subject="SRP-305 治験費用 ポイント算出表（案）",
    body="""清流製薬 宇佐美様

お世話になっております。大曽根です。
SRP-305の治験費用について、ポイント算出表（案）をお送りします。
遺伝子検査用検体の取扱い（中央測定への送付）を別項目として計上しております。

ご確認のうえ、ご意見をいただけますと幸いです。
""" + SIG_OSONE,
    attachments=[{
        "kind": "xlsx", "name": "SRP-305_ポイント算出表_案.xlsx",
        "sheets": {
            "算出表": [["SRP-305 治験費用 ポイント算出表（案）"], ["要素", "ウエイト", "ポイント"],
                      ["対象疾患の重篤度", "軽度", 1], ["入院・外来の別", "外来", 1],
                      ["治験薬の投与経路", "経口", 1], ["観察頻度", "月2回以上", 3],
                      ["遺伝子検査検体の取扱い", "あり", 2], ["合計", "", 8]],
            "単価": [["項目", "金額（円）"], ["1ポイント単価", 60000], ["被験者1例あたり", 480000]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="治験費用の算出表：個人データなし",
)

# 096  研修受講者名簿（全角スペース揃え、---- の罫線、7 名）
_p = _people("m096", 7, born=(1975, 1998), female=0.7)
_aff = ["みなと赤十字病院 看護部", "北総中央病院 検査部", "城南医療センター 看護部", "湘南しおさい病院 遺伝外来",
        "東雲総合病院 看護部", "南厚生病院 薬剤部", "ひだまり在宅クリニック"]
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["港北医科大学 遺伝医療学教室 秘書 <idengaku-hisho@kohoku-med.ac.jp>"],
    subject="遺伝カウンセリング研修 受講者名簿（11月実習分）",
    body="""港北医科大学 遺伝医療学教室
秘書 ご担当者様

お世話になっております。日の出産業の鳥居です。
11月の実習の受講者名簿をお送りします。図書館の利用証の発行をお願いできますでしょうか。

""" + _zpad("氏名", 14) + _zpad("所属", 28) + _pad("携帯", 15) + "メール\n"
    + "-" * 96 + "\n" + "\n".join(
        _zpad(p["name_z"], 14) + _zpad(a, 28) + _pad(p["phone"], 15) + p["email"]
        for p, a in zip(_p, _aff)) + """

勅使河原先生には別途ご報告しております。
""" + SIG_TORII,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="7 名の氏名・携帯・個人メールを全角スペース揃えの本文で社外の大学へ",
)

# 097  返信：患者情報は「差出人：… 送信日時：…」以下の引用部分のみ
_add(
    charset="shift_jis",
    sender=IWASA,
    to=["安達 恵子 <adachi.k@shinonome-hp.or.jp>"],
    subject="RE: MSI検査の追加について",
    body="""安達先生

お世話になっております。日の出産業の岩佐です。
ご依頼の件、寿ジェネティクスにて保管DNAでの追加検査が可能とのことで、本日手配いたしました。
結果は約3週間後（10月9日頃）のご報告となる見込みです。
病理ブロックは10月2日までにご返却いたします。

引き続きよろしくお願いいたします。
""" + SIG_IWASA + """

差出人: 安達 恵子 <adachi.k@shinonome-hp.or.jp>
送信日時: 2026年9月16日 19:02
宛先: 岩佐 真琴 <iwasa.makoto@hinode-sangyo.co.jp>
件名: MSI検査の追加について

日の出産業 岩佐様

先月ご依頼した百目鬼 翔太さん（1981年10月9日生）ですが、
大腸がんに加えて十二指腸がんの既往があり、リンチ症候群の評価のためMSI検査を追加したいです。
可能かどうかご確認ください。

安達
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="患者の情報は返信元メールの引用（差出人・送信日時 以下）にしかない",
)

# 098  市の保健センターへの共催の相談（個人データなし）
_add(
    charset="iso-2022-jp",
    sender=TORII,
    to=["南川市 保健センター 健康づくり係 <kenko@city.minamikawa.lg.jp>"],
    subject="難病・遺伝性疾患に関する市民講座の共催について",
    body="""南川市 保健センター
健康づくり係 ご担当者様

お世話になっております。日の出産業 遺伝カウンセリング窓口の鳥居です。
先日お電話でご相談した市民講座の共催について、概要をお送りします。

　名称（案）：「遺伝のこと、家族で話そう」市民講座
　時期　　　：2027年2月の土曜日（午後2時間程度）
　会場　　　：南川市保健センター 多目的ホール（定員80名）
　講師　　　：認定遺伝カウンセラー、臨床遺伝専門医（当社手配）
　費用　　　：会場費以外は当社負担

市報への掲載の締切と、後援名義の申請手続きをご教示いただけますと幸いです。
""" + SIG_TORII,
    expect="pass",
    entities=[],
    detectors=[],
    note="自治体への共催の相談：個人データなし",
)

# 099  病院と運送会社の二者を宛先に（定型の免責文つき）
_add(
    charset="shift_jis",
    sender=MIYAKOSHI,
    to=["東雲総合病院 検査科 <kensa@shinonome-hp.or.jp>"],
    cc=["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    subject="10月からの検体集荷時刻の変更について（三者確認）",
    body="""東雲総合病院 検査科 ご担当者様
（cc：青葉運輸 川崎営業所様）

いつもお世話になっております。日の出産業 川崎ラボの宮腰です。

10月1日より、貴院からの検体集荷時刻を次のとおり変更させていただきます。
　現行：平日 15:00　→　変更後：平日 16:30
冷蔵検体は16:00までに検査科の受渡し用冷蔵庫へ入れていただけますと幸いです。

青葉運輸様には、集荷ルートの変更をお願いしております。
ご不明な点がございましたらご連絡ください。
""" + SIG_MIYAKOSHI + "\n" + DISC_JA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外 2 組織（病院と運送会社）への通常の連絡と定型の免責文",
)

# 100  請求と自社の振込口座の案内（登録番号つき）
_add(
    charset="utf-8",
    sender=MINATOYA,
    to=["桜台がんセンター 経理課 <keiri@sakuradai-cc.jp>"],
    subject="9月分 検査委託料のご請求と振込先のご案内",
    body="""桜台がんセンター 経理課
ご担当者様

いつもお世話になっております。日の出産業 経理部の湊谷です。
9月分の検査委託料のご請求書を本日郵送いたしました。概要は次のとおりです。

　請求書番号：HS-INV-2609-0217
　ご請求金額：2,145,000円（税込）
　お支払期限：2026年10月31日
　登録番号　：T7010401088123（日の出産業株式会社）

【お振込先】
　みどり銀行 日本橋支店　普通預金 3081427
　口座名義：ヒノデサンギョウ（カ

振込手数料はご負担くださいますようお願いいたします。
""" + SIG_MINATOYA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="自社の請求書番号・登録番号・会社の振込口座：個人データではない",
)
