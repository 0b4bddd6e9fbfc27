"""ブラインド評価コーパス — 業務領域: tokushukenshin（特殊健康診断・作業環境測定）

日の出産業株式会社の各工場（浜松・大垣・北上）の労働衛生業務のメール 100 通:
有機溶剤・鉛・騒音の特殊健康診断、有機溶剤健診の結果、作業環境測定、騒音性難聴、
就業上の措置、健診機関・作業環境測定機関・労働基準監督署・社労士とのやり取り、
協力会社（構内下請）・派遣元との連絡。

SEED = 23801（マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k)）
人物・番号・住所はすべて架空。
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 23801
AREA = "tokushukenshin"

# -- 架空の人物を作る小道具 -------------------------------------------------------------

_SEI = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("四十物", "あいもの", "Aimono"),
    ("東海林", "しょうじ", "Shoji"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("百目鬼", "どうめき", "Domeki"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("小鳥遊", "たかなし", "Takanashi"), ("佐々木", "ささき", "Sasaki"),
    ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("渡邊", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("山本", "やまもと", "Yamamoto"),
    ("及川", "おいかわ", "Oikawa"), ("菊池", "きくち", "Kikuchi"),
    ("袴田", "はかまた", "Hakamata"), ("鈴村", "すずむら", "Suzumura"),
    ("大石", "おおいし", "Oishi"), ("杉浦", "すぎうら", "Sugiura"),
    ("服部", "はっとり", "Hattori"), ("野々村", "ののむら", "Nonomura"),
    ("纐纈", "こうけつ", "Koketsu"), ("日比野", "ひびの", "Hibino"),
    ("可児", "かに", "Kani"), ("安藤", "あんどう", "Ando"),
    ("桑原", "くわばら", "Kuwabara"), ("阿部", "あべ", "Abe"),
    ("熊谷", "くまがい", "Kumagai"), ("藤原", "ふじわら", "Fujiwara"),
    ("村上", "むらかみ", "Murakami"), ("八重樫", "やえがし", "Yaegashi"),
    ("昆", "こん", "Kon"), ("畠山", "はたけやま", "Hatakeyama"),
    ("栗林", "くりばやし", "Kuribayashi"), ("岩渕", "いわぶち", "Iwabuchi"),
    ("神野", "じんの", "Jinno"), ("御手洗", "みたらい", "Mitarai"),
]
_MEI_M = [
    ("健太", "けんた", "Kenta"), ("翔", "しょう", "Sho"), ("大輔", "だいすけ", "Daisuke"),
    ("誠", "まこと", "Makoto"), ("隆之", "たかゆき", "Takayuki"), ("勇気", "ゆうき", "Yuki"),
    ("拓海", "たくみ", "Takumi"), ("浩二", "こうじ", "Koji"), ("貴志", "たかし", "Takashi"),
    ("直樹", "なおき", "Naoki"), ("陽介", "ようすけ", "Yosuke"), ("光男", "みつお", "Mitsuo"),
    ("一郎", "いちろう", "Ichiro"), ("辰也", "たつや", "Tatsuya"), ("康平", "こうへい", "Kohei"),
    ("智", "さとし", "Satoshi"), ("正和", "まさかず", "Masakazu"), ("蓮", "れん", "Ren"),
]
_MEI_F = [
    ("美咲", "みさき", "Misaki"), ("由美子", "ゆみこ", "Yumiko"), ("沙織", "さおり", "Saori"),
    ("千尋", "ちひろ", "Chihiro"), ("恵", "めぐみ", "Megumi"), ("里奈", "りな", "Rina"),
    ("和子", "かずこ", "Kazuko"), ("真由", "まゆ", "Mayu"), ("葵", "あおい", "Aoi"),
    ("佳代", "かよ", "Kayo"),
]
_TOWNS = {
    "hamamatsu": [("432-8061", "静岡県浜松市中央区入野町"), ("435-0042", "静岡県浜松市中央区篠ケ瀬町"),
                  ("431-1304", "静岡県浜松市浜名区細江町中川"), ("438-0078", "静岡県磐田市中泉"),
                  ("437-0062", "静岡県袋井市泉町"), ("431-0431", "静岡県湖西市鷲津")],
    "ogaki": [("503-0015", "岐阜県大垣市林町"), ("503-0854", "岐阜県大垣市築捨町"),
              ("501-0605", "岐阜県揖斐郡揖斐川町極楽寺"), ("503-2121", "岐阜県不破郡垂井町表佐"),
              ("500-8384", "岐阜県岐阜市薮田南")],
    "kitakami": [("024-0061", "岩手県北上市大通り"), ("024-0004", "岩手県北上市村崎野"),
                 ("023-0003", "岩手県奥州市水沢佐倉河"), ("025-0097", "岩手県花巻市若葉町"),
                 ("029-4503", "岩手県胆沢郡金ケ崎町西根")],
}


def _people(k: int, n: int, region: str = "hamamatsu", born: tuple[int, int] = (1963, 2004)):
    """架空の従業員 n 人（k ごとに決まった顔ぶれ）。"""
    rng = random.Random(f"{SEED}-people-{k}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        female = rng.random() < 0.2
        mei = rng.choice(_MEI_F if female else _MEI_M)
        if sei[0] in used:
            continue
        used.add(sei[0])
        y, m, d = rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28)
        zip_, town = rng.choice(_TOWNS[region])
        out.append({
            "name": f"{sei[0]} {mei[0]}", "name_nosp": sei[0] + mei[0],
            "kana": f"{sei[1]} {mei[1]}",
            "kata": _kata(f"{sei[1]} {mei[1]}"),
            "roma": f"{sei[2].upper()} {mei[2]}",
            "sex": "女" if female else "男", "dob": (y, m, d), "age": 2025 - y - (1 if m > 6 else 0),
            "zip": zip_,
            "addr": f"{town}{rng.randint(1, 6)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号",
            "phone": f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "emp": f"{rng.choice('HOK')}{rng.randint(10000, 39999)}",
        })
    return out


def _kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def _wareki(dob, style: str = "kanji") -> str:
    y, m, d = dob
    if (y, m, d) >= (2019, 5, 1):
        era, short, e = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, e = "平成", "H", y - 1988
    else:
        era, short, e = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{e}.{m}.{d}"
    return f"{era}{'元' if e == 1 else e}年{m}月{d}日"


def _iso(dob) -> str:
    return "%04d-%02d-%02d" % dob


def _slash(dob) -> str:
    return "%04d/%d/%d" % dob


_ZEN = str.maketrans("0123456789-./()", "０１２３４５６７８９－．／（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _table(rows, gap: int = 2, rule: str = "-") -> str:
    """等幅フォント前提で空白を詰めた表（見出し行の下に罫線）。"""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        lines.append((" " * gap).join(cells).rstrip())
        if n == 0 and rule:
            lines.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


def _houjin(base12: str) -> str:
    """法人番号（先頭がチェックデジット）。"""
    total = sum(int(d) * (1 if i % 2 else 2) for i, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


def _rng(tag: str) -> random.Random:
    return random.Random(f"{SEED}-{tag}")


# -- 署名・免責文 -----------------------------------------------------------------------

SIG_MATSUURA = """
――――――――――――――――――――
日の出産業株式会社 浜松工場 安全衛生課
保健師　松浦 美咲（まつうら みさき）
〒431-3125 静岡県浜松市中央区半田山8-14-2
TEL 053-482-7710（代） 内線 2215
E-mail: matsuura.misaki@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_OKABE = """
-- 
日の出産業株式会社
総務部 安全衛生グループ 主任　岡部 拓真
〒460-0008 名古屋市中区栄3-21-9 日の出ビル6F
TEL: 052-261-4480 / FAX: 052-261-4481
t-okabe@hinode-sangyo.co.jp"""

SIG_NISHIMORI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業(株) 大垣工場 環境安全課
課長　西森 健一
〒503-0936 岐阜県大垣市内原2-115
TEL 0584-89-3301　FAX 0584-89-3309
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_CHIBA = """
━━━━━━━━━━━━━━━━━━
日の出産業株式会社 北上工場
総務課　衛生管理者　千葉 翔
〒024-0002 岩手県北上市北工業団地5-31
TEL 0197-66-2180（直通）
━━━━━━━━━━━━━━━━━━"""

SIG_SETOGUCHI = """
------------------------------------------
日の出産業株式会社 人事部 健康管理室
看護師　瀬戸口 由香
TEL 052-261-4475　内線 612
------------------------------------------"""

SIG_KURUSHIMA = """
////////////////////////////////////////
日の出産業株式会社 人事部 労務課
久留島 彩 (Kurushima Aya)
TEL 052-261-4470 / FAX 052-261-4479
////////////////////////////////////////"""

SIG_USAMI = """
==============================
日の出産業株式会社 購買部 外注管理課
宇佐美 浩平
TEL 053-482-7722 / 携帯 080-4417-2093（社用）
=============================="""

SIG_HOSHINO = """
--
Kenji Hoshino
EHS Manager, Hinode Sangyo Co., Ltd.
3-21-9 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel +81-52-261-4480 | hoshino.kenji@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

INT = "hinode-sangyo.co.jp"
MATSUURA = "松浦 美咲 <matsuura.misaki@hinode-sangyo.co.jp>"
OKABE = "岡部 拓真 <t-okabe@hinode-sangyo.co.jp>"
NISHIMORI = "西森 健一 <nishimori.k@ogaki.hinode-sangyo.co.jp>"
CHIBA = "千葉 翔 <chiba.sho@hinode-sangyo.co.jp>"
SETOGUCHI = "瀬戸口 由香 <setoguchi.y@hinode-sangyo.co.jp>"
KURUSHIMA = "久留島 彩 <kurushima.aya@hinode-sangyo.co.jp>"
USAMI = "宇佐美 浩平 <usami.k@hinode-sangyo.co.jp>"
HOSHINO = "Kenji Hoshino <hoshino.kenji@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"{AREA}-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 001 有機溶剤健診の受診者名簿（空白で桁揃え）→ 健診機関
# =====================================================================================
_p = _people(1, 9)
_solv = ["トルエン", "キシレン", "トルエン・キシレン", "酢酸エチル", "メタノール", "トルエン",
         "キシレン", "スチレン", "ノルマルヘキサン"]
_rows = [["社員番号", "氏名", "フリガナ", "生年月日", "性別", "所属", "取扱溶剤"]]
for i, p in enumerate(_p):
    _rows.append([p["emp"], p["name"], p["kata"], _wareki(p["dob"]), p["sex"],
                  ["塗装課", "塗装課", "洗浄工程", "接着ライン"][i % 4], _solv[i]])
add(
    charset="iso-2022-jp",
    sender=MATSUURA,
    to=["健診予約係 <yoyaku@tokai-sanpo.or.jp>"],
    subject="10月 有機溶剤健診 受診者名簿の送付（浜松工場）",
    body=f"""一般財団法人 東海産業保健センター
健診予約係 御中

いつも大変お世話になっております。
日の出産業 浜松工場 安全衛生課の松浦でございます。

10月21日(火)・22日(水)の巡回健診（有機溶剤等健康診断）の受診者名簿をお送りします。
今回は下記9名です。尿検体の容器は前日までに塗装課の詰所へお届けいただけますと幸いです。

{_table(_rows)}

※トルエン取扱者は尿中馬尿酸、キシレン取扱者は尿中メチル馬尿酸の測定をお願いいたします。
※スチレン取扱者1名は今回から対象となります（配置換えのため）。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
{SIG_MATSUURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="9名の受診者名簿（氏名・生年月日）を社外の健診機関へ本文で送付",
)

# =====================================================================================
# 002 社内の産業医へ有機溶剤健診の結果一覧（XLSX）— 社内のみ
# =====================================================================================
_p = _people(2, 14)
_r = _rng("002")
_res = [["有機溶剤等健康診断 結果一覧（2025年度 前期）浜松工場"], [],
        ["社員番号", "氏名", "年齢", "取扱溶剤", "尿中馬尿酸(g/L)", "分布", "AST", "ALT", "γ-GTP",
         "自覚症状", "判定"]]
for p in _p:
    hip = round(_r.uniform(0.1, 2.9), 2)
    dist = 1 if hip < 1.0 else (2 if hip <= 2.5 else 3)
    ast, alt, ggt = _r.randint(14, 58), _r.randint(10, 72), _r.randint(12, 140)
    sym = _r.choice(["なし", "なし", "なし", "頭重感", "めまい", "手指のしびれ"])
    judge = "異常なし" if dist == 1 and ggt < 80 and sym == "なし" else _r.choice(["要観察", "要再検査", "要精密検査"])
    _res.append([p["emp"], p["name"], p["age"], "トルエン", hip, dist, ast, alt, ggt, sym, judge])
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["産業医 佐伯 <saeki.sangyoi@hinode-sangyo.co.jp>"],
    cc=["浜松工場 衛生管理者 <eisei-hmm@hinode-sangyo.co.jp>"],
    subject="有機溶剤健診 前期結果一覧（ご確認のお願い）",
    body=f"""佐伯先生

お疲れさまです。安全衛生課の松浦です。
東海産業保健センターから前期の有機溶剤健診の結果が届きましたので、一覧にまとめて添付します。
「要再検査」「要精密検査」の方について、就業上の措置のご意見を11月の面談日までに
いただけますでしょうか。面談の枠は別途調整いたします。

よろしくお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "xlsx", "name": "有機溶剤健診_前期結果一覧.xlsx",
                  "sheets": {"結果一覧": _res,
                             "集計": [["判定", "人数"], ["異常なし", 8], ["要観察", 3], ["要再検査", 2], ["要精密検査", 1]]}}],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="健診結果の個人一覧だが宛先は社内（産業医・衛生管理者）のみ",
)

# =====================================================================================
# 003 騒音健診 再検査対象者（・箇条書き、電話番号つき）→ 耳鼻科
# =====================================================================================
_p = _people(3, 6)
_r = _rng("003")
_lines = []
for p in _p:
    r4, l4 = _r.randint(35, 60), _r.randint(30, 65)
    _lines.append(f"・{p['name']}（{p['age']}歳・プレス課）　4000Hz 右{r4}dB／左{l4}dB　連絡先 {p['phone']}")
add(
    charset="cp932",
    sender=MATSUURA,
    to=["浜松みなみ耳鼻咽喉科 受付 <uketsuke@minami-jibika.jp>"],
    subject="騒音健診 二次検査のご予約について",
    body=f"""浜松みなみ耳鼻咽喉科
ご担当者様

お世話になっております。日の出産業 浜松工場 安全衛生課の松浦です。
先日お電話でご相談した、騒音健康診断で4000Hzに所見のあった従業員の二次検査（精密聴力検査）の件です。
対象者と一次検査の結果は次のとおりです。ご予約の確定は各人へ直接お電話いただいて構いません。

{chr(10).join(_lines)}

いずれもプレス課の交替勤務者のため、平日午前の枠を希望しております。
費用は会社負担ですので、請求書は弊社安全衛生課宛にお願いいたします。
{SIG_MATSUURA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6名の聴力所見（健診結果）と携帯番号を社外の耳鼻科へ",
)

# =====================================================================================
# 004 巡回健診の日程調整（人数のみ）→ 健診機関
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=CHIBA,
    to=["いわて労働衛生協会 巡回健診課 <junkai@iwate-roei.or.jp>"],
    subject="Re: 令和7年度 下期 特殊健康診断 巡回日程のご提案",
    body=f"""いわて労働衛生協会
巡回健診課　菅原様

いつもお世話になっております。日の出産業 北上工場の千葉です。
日程案をお送りいただきありがとうございました。社内で調整した結果、次のとおりお願いできればと存じます。

　1日目　1月20日(火)　8:30〜11:30　有機溶剤（約38名）
　2日目　1月21日(水)　8:30〜11:00　鉛（約12名）／騒音（約45名）
　会場　　北上工場 厚生棟2階 大会議室（昨年と同じです）

騒音健診の選別聴力検査は防音ボックス2台でお願いできますでしょうか。
また、駐車場は正門左手の来客用スペースをご利用ください。
受診者名簿は1月上旬に別途お送りいたします。

> 下期の巡回日程につきまして、1月20日〜23日の間でご都合のよい2日間を
> お知らせいただけますと幸いです。
> 　いわて労働衛生協会 巡回健診課 菅原

よろしくお願いいたします。
{SIG_CHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="日程と概数のみ、個人情報なしの通常連絡",
)

# =====================================================================================
# 005 鉛健診の結果表（HTMLのみ）→ 社外の産業医事務所
# =====================================================================================
_p = _people(5, 7, region="ogaki")
_r = _rng("005")
_tr = []
for p in _p:
    pb = round(_r.uniform(6, 46), 1)
    ala = round(_r.uniform(1.2, 9.8), 1)
    hb = round(_r.uniform(11.8, 16.4), 1)
    sym = _r.choice(["なし", "なし", "腹部不快感", "倦怠感", "なし"])
    _tr.append(f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{_slash(p['dob'])}</td>"
               f"<td>{pb}</td><td>{ala}</td><td>{hb}</td><td>{sym}</td></tr>")
add(
    charset="utf-8",
    sender=NISHIMORI,
    to=["森田 医師 <morita@morita-oh.jp>"],
    subject="鉛健康診断（10月実施分）結果のご送付",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>森田産業医事務所<br>森田 先生</p>
<p>いつもお世話になっております。日の出産業 大垣工場 環境安全課の西森です。<br>
10月に実施したはんだ工程の鉛健康診断の結果をお送りいたします。<br>
血中鉛が分布2以上の方について、作業方法の見直しと配置のご意見をいただきたく存じます。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>生年月日</th><th>血中鉛(μg/dL)</th>
<th>尿中δ-ALA(mg/L)</th><th>Hb(g/dL)</th><th>自覚症状</th></tr>
{''.join(_tr)}
</table>
<p>次回の職場巡視（11月14日）の際にご説明の時間を頂戴できれば幸いです。</p>
<p>日の出産業(株) 大垣工場 環境安全課<br>課長 西森 健一<br>TEL 0584-89-3301</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTMLのみの表で7名の鉛健診結果（氏名・生年月日つき）を社外へ",
)

# =====================================================================================
# 006 労基署へ報告書記載の照会（集計値のみ）
# =====================================================================================
add(
    charset="cp932",
    sender=OKABE,
    to=["浜松労働基準監督署 安全衛生課 <anzeneisei@hamamatsu.labour-office.go.jp>"],
    subject="有機溶剤等健康診断結果報告書（様式第3号の2）の記載についてのご照会",
    body=f"""浜松労働基準監督署 安全衛生課
ご担当者様

日の出産業株式会社 総務部 安全衛生グループの岡部と申します。
浜松工場の有機溶剤等健康診断結果報告書の記載方法について、1点ご教示いただけますでしょうか。

今回の実施状況は次のとおりです。

　在籍労働者数　　　　　　　　　412人
　従事労働者数　　　　　　　　　 63人
　受診労働者数　　　　　　　　　 61人（2名は休職中のため翌月実施予定）
　有所見者数　　　　　　　　　　  4人
　代謝物の検査で分布2以上の者　  3人

休職中の2名を翌月に受診させた場合、報告書を再提出するのか、
それとも翌期の報告に含めればよいのか、どちらが適切でしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="監督署への照会だが人数の集計だけで個人は特定されない",
)

# =====================================================================================
# 007 客先構内工事の入場者届（1人1ブロック、住所・緊急連絡先）→ 川崎電機
# =====================================================================================
_p = _people(7, 5)
_r = _rng("007")
_blocks = []
for n, p in enumerate(_p, 1):
    blood = _r.choice(["A", "O", "B", "AB"])
    _blocks.append(f"""【{n}】{p['name']}（{p['kana']}）
　生年月日：{_wareki(p['dob'])}（{p['age']}歳）　血液型：{blood}型
　現住所　：〒{p['zip']} {p['addr']}
　携帯電話：{p['phone']}
　特殊健診：有機溶剤 2025年7月受診（異常なし）""")
add(
    charset="iso-2022-jp",
    sender="杉浦 陽介 <sugiura.yosuke@hinode-sangyo.co.jp>",
    to=["川崎電機 浜松事業所 施設管理課 <shisetsu-hmm@kawasaki-denki.co.jp>"],
    subject="新規入場者届（11/4〜 塗装設備改修工事）",
    body=f"""川崎電機株式会社 浜松事業所
施設管理課　ご担当者様

いつもお世話になっております。日の出産業 浜松工場 設備保全課の杉浦です。
11月4日から着工する塗装ブース改修工事の新規入場者届をお送りします。
入構証の発行をお願いいたします。

{chr(10).join(_blocks)}

送り出し教育は10月31日に弊社にて実施済みです。
ヘルメットシールの色は御社指定の黄色で準備しております。

日の出産業株式会社 浜松工場 設備保全課
杉浦 陽介　TEL 053-482-7741""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5名分の入場者届（住所・生年月日・携帯）を1人1ブロックで社外へ",
)

# =====================================================================================
# 008 健診予約CSV（CP932、保険証記号・番号つき）→ 健診クリニック
# =====================================================================================
_p = _people(8, 8, region="ogaki")
_r = _rng("008")
_csv = [["No", "氏名", "カナ", "性別", "生年月日", "保険者番号", "記号", "番号", "健診種別"]]
for i, p in enumerate(_p, 1):
    _csv.append([i, p["name_nosp"], p["kata"].replace(" ", "　"), p["sex"], _slash(p["dob"]), "06230147",
                 "12", str(_r.randint(100, 2400)), _r.choice(["鉛", "有機溶剤", "鉛・有機溶剤"])])
add(
    charset="shift_jis",
    sender=NISHIMORI,
    to=["大垣健診クリニック 予約センター <reserve@ogaki-kenshin.jp>"],
    subject="【予約】12月 特殊健診（大垣工場 8名）",
    body=f"""大垣健診クリニック 予約センター　御中

お世話になっております。日の出産業 大垣工場 環境安全課の西森です。
12月の施設健診（鉛・有機溶剤）の予約者リストをCSVでお送りします。
一般健診と同日受診のため、保険証情報も入れております。

ご確認のほど、よろしくお願いいたします。
{SIG_NISHIMORI}""",
    attachments=[{"kind": "csv", "name": "予約者リスト_大垣工場_12月.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="8名の予約CSVに生年月日と健康保険証の記号・番号",
)

# =====================================================================================
# 009 健診機関の未受診者リストを引用した返信（新しい本文に個人情報なし）
# =====================================================================================
_p = _people(9, 6)
_q = "\n".join(f"> {i}. {p['name']}　{p['emp']}　有機溶剤　未受診" for i, p in enumerate(_p, 1))
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海産業保健センター 健診予約係 <yoyaku@tokai-sanpo.or.jp>"],
    subject="Re: 【ご連絡】10月巡回健診 未受診者のご報告",
    body=f"""東海産業保健センター
健診予約係　村瀬様

ご連絡ありがとうございます。松浦です。
未受診の6名については、11月の施設健診（センター来所）で受けてもらうよう各課に指示しました。
予約枠は11月12日・13日の午前でお願いできますでしょうか。

確定しましたら改めてご連絡いたします。
{SIG_MATSUURA}

-----
村瀬 さんは書きました:
> 日の出産業株式会社 浜松工場
> 安全衛生課　松浦様
>
> 10月21日・22日の巡回健診で、以下の方が未受診となっております。
{_q}
>
> 施設健診での受診をご希望の場合はご連絡ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="個人の一覧は相手の元メールの引用（>）のみで、新しい本文に個人情報なし",
)

# =====================================================================================
# 010 聴力検査の結果CSV（UTF-8）→ 耳鼻咽喉科クリニック
# =====================================================================================
_p = _people(10, 12, region="kitakami")
_r = _rng("010")
_csv = [["社員番号", "氏名", "年齢", "所属", "1000Hz右", "1000Hz左", "4000Hz右", "4000Hz左", "所見"]]
for p in _p:
    a, b = _r.randint(10, 30), _r.randint(10, 30)
    c, d = _r.randint(20, 65), _r.randint(20, 65)
    _csv.append([p["emp"], p["name"], p["age"], _r.choice(["鍛造課", "プレス課", "粉砕工程"]), a, b, c, d,
                 "有所見" if max(c, d) >= 40 else "所見なし"])
add(
    charset="utf-8",
    sender=CHIBA,
    to=["きたかみ耳鼻科クリニック 院長 <info@kitakami-ent.jp>"],
    subject="騒音健診（選別聴力検査）結果の送付と二次検査のご相談",
    body=f"""きたかみ耳鼻科クリニック
高田先生

いつもお世話になっております。日の出産業 北上工場 総務課の千葉です。
先月の騒音健康診断の選別聴力検査の結果をCSVでお送りします。
4000Hzで40dB以上の方の二次検査（気導・骨導）をお願いしたく、対象者の受け入れ可能日を
ご教示いただけますと助かります。

どうぞよろしくお願いいたします。
{SIG_CHIBA}""",
    attachments=[{"kind": "csv", "name": "kitakami_choryoku_2025.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="12名の聴力検査結果（健診結果）をCSVで社外の医院へ",
)

# =====================================================================================
# 011 同僚宛てのつもりが一文字多いドメイン（hinode-sangyou）
# =====================================================================================
add(
    charset="shift_jis",
    sender=NISHIMORI,
    to=["吉村 <yoshimura.t@hinode-sangyou.co.jp>"],
    subject="FW: 作業環境測定結果報告書（第2回）",
    body=f"""吉村さん

お疲れさまです。西森です。
中部環境分析センターから第2回の作業環境測定結果報告書が届いたので転送します。
はんだ付け工程（単位作業場所No.3）が第2管理区分でした。
局排のフード位置の見直しを来週の保全会議で相談させてください。

{SIG_NISHIMORI}""",
    attachments=[{"kind": "pdf", "name": "作業環境測定結果報告書_2025_第2回.pdf",
                  "lines": ["作業環境測定結果報告書（証明書）", "事業場名：日の出産業株式会社 大垣工場",
                            "測定日：2025年9月18日　測定機関：株式会社中部環境分析センター"],
                  "table": [["単位作業場所", "物質", "A測定 第1評価値", "B測定", "管理濃度", "管理区分"],
                            ["No.1 塗装ブース", "トルエン", "8.2ppm", "14ppm", "20ppm", "第1"],
                            ["No.2 洗浄槽", "ジクロロメタン", "21ppm", "36ppm", "50ppm", "第1"],
                            ["No.3 はんだ付け", "鉛", "0.063mg/m3", "0.046mg/m3", "0.05mg/m3", "第2"]]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sangyou.co.jp（一文字多い類似ドメイン）",
)

# =====================================================================================
# 012 健康管理システム導入に向けたNDAの相談（ツバサシステム）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=SETOGUCHI,
    to=["ツバサシステム 営業部 三浦様 <miura@tsubasa-system.jp>"],
    subject="健康管理システム導入検討にあたっての秘密保持契約について",
    body=f"""株式会社ツバサシステム
営業部　三浦様

いつもお世話になっております。日の出産業 健康管理室の瀬戸口です。
先日はデモのご説明をありがとうございました。

特殊健診の結果や作業環境測定の記録を取り込む部分について、次回は実データに近い形で
検証させていただきたいと考えております。つきましては、その前に秘密保持契約を締結したく、
弊社の雛形（法務部作成）をお送りしてよろしいでしょうか。
御社の雛形をご希望の場合は、そちらをお送りいただいても構いません。

なお、検証に使うデータは弊社側で氏名等を仮名化したものを予定しております。
契約締結までは、個人に関する情報は一切お渡ししない方針です。

ご検討のほど、よろしくお願いいたします。
{SIG_SETOGUCHI}
{DISCLAIMER_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="NDA（秘密保持契約）についての相談と定型の免責文のみ",
)

# =====================================================================================
# 013 有機溶剤健診 個人別結果（XLSX 複数シート・表題行）→ 労働衛生コンサルタント
# =====================================================================================
_p = _people(13, 16)
_r = _rng("013")
_sheet1 = [["令和7年度 有機溶剤等健康診断 個人別結果（浜松工場 塗装課・洗浄工程）"], ["作成：安全衛生課　2025/10/30"], [],
           ["No", "氏名", "生年月日", "従事年数", "取扱物質", "代謝物", "測定値", "分布", "肝機能", "貧血", "判定"]]
for i, p in enumerate(_p, 1):
    v = round(_r.uniform(0.05, 2.2), 2)
    _sheet1.append([i, p["name"], _iso(p["dob"]), _r.randint(1, 28), "キシレン", "メチル馬尿酸", v,
                    1 if v <= 0.5 else (2 if v <= 1.5 else 3), _r.choice(["正常", "正常", "軽度上昇"]),
                    _r.choice(["なし", "なし", "軽度"]), _r.choice(["A", "A", "B", "C"])])
_sheet2 = [["前年度比較"], [], ["氏名", "R6 分布", "R7 分布", "変化"]]
for p, row in zip(_p, _sheet1[4:]):
    _sheet2.append([p["name"], _r.choice([1, 1, 2]), row[7], "→"])
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["静岡労働衛生コンサルタント事務所 鵜飼様 <ukai@eisei-consul.co.jp>"],
    subject="塗装課の代謝物上昇について（結果データ送付）",
    body=f"""鵜飼先生

いつもご指導いただきありがとうございます。浜松工場の松浦です。
先日ご相談した、塗装課でメチル馬尿酸が上がっている件の元データをお送りします。
前年度との比較シートも付けておりますので、保護具の使用状況とあわせてご確認いただけますでしょうか。

11月の訪問指導の日程は改めてご連絡いたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "xlsx", "name": "R7_有機溶剤健診_個人別結果.xlsx",
                  "sheets": {"個人別結果": _sheet1, "前年度比較": _sheet2}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="16名の個人別健診結果（XLSX、表題行つき2シート）を社外コンサルへ",
)

# =====================================================================================
# 014 派遣社員1名の就業上の措置（鉛業務からの配置転換）→ 派遣元
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=NISHIMORI,
    to=["スタッフィング・アルファ 大垣営業所 <ogaki@staffing-alpha.co.jp>"],
    subject="派遣スタッフ 可児 様の配置変更について（ご相談）",
    body=f"""株式会社スタッフィング・アルファ 大垣営業所
営業担当　平松様

いつもお世話になっております。日の出産業 大垣工場の西森です。

弊社はんだ付け工程に派遣いただいている 可児 辰也 様（スタッフ番号 SA-20877）について、
10月の鉛健康診断で血中鉛が 43.5μg/dL（分布3）、尿中δ-アミノレブリン酸も基準を超えており、
産業医より「鉛業務への従事を当面制限し、1か月後に再検査」との意見が出ております。

つきましては、11月10日から検査工程（鉛を取り扱わない工程）への配置変更をお願いしたく、
派遣契約上の業務内容の変更についてご相談させてください。
ご本人には産業医から結果を説明済みで、ご本人も了承されています。

お手数をおかけしますが、ご検討をお願いいたします。
{SIG_NISHIMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の派遣スタッフ1名の健診結果と就業制限（要配慮個人情報）を派遣元へ",
)

# =====================================================================================
# 015 作業環境測定の依頼（単位作業場所の一覧、個人情報なし）→ 測定機関
# =====================================================================================
add(
    charset="cp932",
    sender=NISHIMORI,
    to=["中部環境分析センター 測定部 <sokutei@chubu-kankyo-bunseki.co.jp>"],
    subject="下期 作業環境測定のご依頼（大垣工場）",
    body=f"""株式会社中部環境分析センター
測定部　御中

いつもお世話になっております。日の出産業 大垣工場の西森です。
下期の作業環境測定を、例年どおり下記のとおりお願いいたします。

■測定希望日：2026年2月17日(火)〜18日(水)
■対象
　No.1　塗装ブース（第1〜第3）　　有機溶剤（トルエン、キシレン、酢酸ブチル）
　No.2　部品洗浄槽　　　　　　　　　特別有機溶剤（ジクロロメタン）
　No.3　はんだ付け工程　　　　　　　鉛
　No.4　プレス第2ライン　　　　　　騒音（等価騒音レベル）
■前回の結果：No.3 が第2管理区分（局所排気装置のフード改造を12月に実施予定）

No.3 は改造後の効果確認のため、A測定の測定点を前回より2点増やしていただけますでしょうか。
お見積りをお送りいただけますと幸いです。
{SIG_NISHIMORI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="作業場所と物質の一覧で、人の情報はない通常の依頼",
)

# =====================================================================================
# 016 協力会社安全衛生協議会の案内を To に5社並べて送信
# =====================================================================================
add(
    charset="utf-8",
    sender=USAMI,
    to=["大和塗装工業 <anzen@yamato-tosou.co.jp>", "三協プレス工業 総務 <soumu@sankyo-press.co.jp>",
        "中村メッキ <info@nakamura-mekki.co.jp>", "遠州クリーン 業務課 <gyomu@enshu-clean.co.jp>",
        "浜松精機サービス <office@hamamatsu-seiki-s.co.jp>"],
    subject="【ご案内】第42回 協力会社安全衛生協議会（12月5日）",
    body=f"""協力会社各位

平素より弊社浜松工場の操業にご協力いただき、誠にありがとうございます。
日の出産業 購買部 外注管理課の宇佐美でございます。

第42回 協力会社安全衛生協議会を下記のとおり開催いたします。

　日時：2025年12月5日(金) 14:00〜16:30
　場所：浜松工場 厚生棟 大会議室
　議題：1. 騒音障害防止のためのガイドライン改訂への対応
　　　　2. 構内作業者の特殊健康診断の実施状況の確認
　　　　3. 年末年始工事の安全計画

各社1〜2名でご出席ください。出欠は11月21日までに本メールへご返信をお願いいたします。
{SIG_USAMI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外5社のアドレスを To に並べて送信（Bcc にすべき）",
)

# =====================================================================================
# 017 騒音性難聴の労災請求（障害補償給付）書類案 — マイナンバー入り → 社労士
# =====================================================================================
_mn = my_number(SEED + 0)
add(
    charset="shift_jis",
    sender=KURUSHIMA,
    to=["社会保険労務士法人こだま 児玉先生 <kodama@kodama-sr.jp>"],
    subject="障害補償給付支給請求書（様式第10号）下書きの確認のお願い",
    body=f"""社会保険労務士法人こだま
児玉先生

いつもお世話になっております。日の出産業 人事部 労務課の久留島です。
北上工場の元鍛造課従業員の騒音性難聴について、障害補償給付の請求書の下書きを作成しました。
記載内容のご確認をお願いいたします。

　被災労働者：百目鬼 光男（どうめき みつお）
　生年月日　：昭和36年8月14日
　住所　　　：〒024-0004 岩手県北上市村崎野16地割211番地
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　傷病名　　：騒音性難聴（両側感音難聴、平均聴力レベル 右68dB・左72dB）
　治ゆ日　　：令和7年9月30日（症状固定）
　業務歴　　：鍛造プレス作業 昭和58年〜令和5年（約40年）

医師の診断書（障害の部位・状態）は原本を郵送いたします。
事業主証明欄の押印は社長決裁後になりますので、来週前半の予定です。
{SIG_KURUSHIMA}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="個人番号と騒音性難聴の診断内容を含む労災請求書案を社外の社労士へ",
)

# =====================================================================================
# 018 客先監査向けの集計資料（PPTX、個人名なし）→ 川崎電機
# =====================================================================================
add(
    charset="utf-8",
    sender=OKABE,
    to=["川崎電機 調達部 サプライヤー監査担当 <supplier-audit@kawasaki-denki.co.jp>"],
    subject="サプライヤー労働安全衛生監査 事前提出資料の送付",
    body=f"""川崎電機株式会社 調達部
サプライヤー監査ご担当者様

いつもお世話になっております。日の出産業 総務部 安全衛生グループの岡部です。
12月の監査に先立ち、ご依頼のあった労働衛生管理の概要資料をお送りします。
健診結果は工場別・区分別の集計のみとしており、個人が特定される情報は含んでおりません。

ご不明な点がありましたらお知らせください。
{SIG_OKABE}""",
    attachments=[{"kind": "pptx", "name": "日の出産業_労働衛生管理の概要_2025.pptx",
                  "slides": [["労働衛生管理の概要（2025年度）", "日の出産業株式会社 総務部 安全衛生グループ"],
                             ["特殊健康診断の実施状況", "有機溶剤：対象 164名／受診率 98.8%",
                              "鉛：対象 31名／受診率 100%", "騒音（ガイドライン）：対象 212名／受診率 97.2%"],
                             ["作業環境測定の結果", "単位作業場所 18か所：第1管理区分 16／第2管理区分 2／第3 0",
                              "第2管理区分の2か所は局所排気装置の改善を実施中"],
                             ["騒音対策", "85dB以上の区域に標識を掲示、耳栓・イヤーマフの着用率 96%",
                              "プレス機の防振ゴム更新（2026年3月完了予定）"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="集計値のみのスライドで個人情報なし",
)

# =====================================================================================
# 019 件名に【社外秘】— 第3管理区分の改善計画 → コンサル
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=CHIBA,
    to=["北日本測定サービス 技術部 <gijutsu@kitanihon-sokutei.co.jp>"],
    subject="【社外秘】粉砕工程 第3管理区分の改善計画（案）",
    body=f"""北日本測定サービス株式会社
技術部　佐々木様

いつもお世話になっております。日の出産業 北上工場の千葉です。

先日の測定で第3管理区分となった粉砕工程について、社内で作成した改善計画（案）をお送りします。
作業環境管理専門家としてのご意見を、12月10日までにいただけますでしょうか。

　1. 粉砕機の密閉化（12月中旬　設備メーカーと打合せ）
　2. 局所排気装置の制御風速の再測定（1月）
　3. 改善後の再測定（2月上旬希望）
　4. それまでの間、呼吸用保護具（電動ファン付き）の使用とフィットテストの実施

投資額は取締役会前のため、数字の扱いにはご注意ください。
{SIG_CHIBA}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名に【社外秘】の区分表示がある文書を社外へ",
)

# =====================================================================================
# 020 パスワード付きZIPで健診結果を送付（PPAP）
# =====================================================================================
_p = _people(20, 10)
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海産業保健センター 結果管理課 <kekka@tokai-sanpo.or.jp>"],
    subject="二次健診対象者データの送付（パスワード別送）",
    body=f"""東海産業保健センター
結果管理課　ご担当者様

お世話になっております。日の出産業 浜松工場の松浦です。
二次健診の対象者データをお送りします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。

よろしくお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "zip", "name": "nijikenshin_taishosha.zip", "password": "Hn2025#kensin",
                  "files": [{"kind": "csv", "name": "taishosha.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "判定"]] + [[p["name"], _slash(p["dob"]), "要精密"] for p in _p]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="暗号化ZIP（パスワード別送）で中身を検査できない",
)

# =====================================================================================
# 021 社内: 騒音健診の有所見者一覧（タブ区切り）を工場長・衛生管理者へ
# =====================================================================================
_p = _people(21, 8)
_r = _rng("021")
_tsv = ["社員番号\t氏名\t年齢\t職場\t4000Hz(右/左)\t判定\t措置案"]
for p in _p:
    _tsv.append(f"{p['emp']}\t{p['name']}\t{p['age']}\tプレス第{_r.randint(1, 3)}ライン\t"
                f"{_r.randint(35, 60)}/{_r.randint(30, 60)}dB\t{_r.choice(['要観察', '要精密', '要観察'])}\t"
                f"{_r.choice(['耳栓指導', '二次検査', 'イヤーマフへ変更', '配置検討'])}")
add(
    charset="shift_jis",
    sender=MATSUURA,
    to=["浜松工場長 <hmm-kojocho@hinode-sangyo.co.jp>", "衛生管理者 服部 <hattori.s@hamamatsu.hinode-sangyo.co.jp>"],
    subject="騒音健診 有所見者一覧（安全衛生委員会 資料用）",
    body=f"""工場長、服部さん

お疲れさまです。松浦です。
来週の安全衛生委員会の前に、騒音健康診断で所見のあった8名の一覧を共有します。
委員会資料には人数のみ載せ、個人名は出しません。措置案は産業医と相談済みです。

{chr(10).join(_tsv)}

プレス第2ラインに集中していますので、防振対策の前倒しも議題にしたいと思います。
{SIG_MATSUURA}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="健診所見の個人一覧だが宛先はすべて社内（サブドメイン含む）",
)

# =====================================================================================
# 022 English: 海外赴任者の聴力検査結果と診断 → 国際クリニック
# =====================================================================================
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["Dr. Alvarez <alvarez@tokyo-intl-clinic.jp>"],
    subject="Follow-up audiometry for Mr. Marco Bellini",
    body=f"""Dear Dr. Alvarez,

Thank you for seeing our engineer last month. As discussed, I am sending the results of his
in-house noise health examination so that you can compare them with your own audiogram.

  Name:           Marco BELLINI (Italian national, seconded from our Milan partner)
  Date of birth:  14 March 1979
  Workplace:      Press line 2, Hamamatsu plant (Leq about 91 dB(A))
  Screening:      4000 Hz right 45 dB / left 55 dB (July 2025); 1000 Hz normal
  Our physician's impression: suspected noise-induced hearing loss, bilateral, C5 dip;
                  history of tinnitus since 2023 and mild hypertension under treatment.

He will come to your clinic on 18 November at 10:00. Please send your findings to me
rather than to his line manager.

Best regards,
{SIG_HOSHINO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定個人の聴力所見・既往歴（英文）を社外のクリニックへ",
)

# =====================================================================================
# 023 English: 騒音計・個人ばく露計の校正依頼（定型の免責文のみ）
# =====================================================================================
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["AcousticSense Service <service@acousticsense.com>"],
    subject="Calibration of noise dosimeters (serials ND-4471, ND-4472, ND-4519)",
    body=f"""Hello,

We would like to send three of our personal noise dosimeters for annual calibration:

  Model  DX-210   serial ND-4471   last calibrated 2024-11-02
  Model  DX-210   serial ND-4472   last calibrated 2024-11-02
  Model  DX-300   serial ND-4519   last calibrated 2025-01-15

Could you confirm the turnaround time and whether you can supply loan units while ours
are away? Our purchase order number will be PO-HS-2025-1187. Please quote in JPY if possible.

Kind regards,
{SIG_HOSHINO}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="機器のシリアル・注文番号と英文の定型免責文のみ",
)

# =====================================================================================
# 024 協力会社の作業員の就業上の措置（DOCX 表）→ 中村メッキ
# =====================================================================================
_p = _people(24, 6)
_r = _rng("024")
_doc = [["氏名", "健診区分", "主な所見", "産業医の意見", "就業区分"]]
for p in _p:
    _doc.append([p["name"], _r.choice(["有機溶剤", "特化物（クロム酸）", "有機溶剤"]),
                 _r.choice(["γ-GTP高値", "肝機能異常（ALT 88）", "鼻中隔の軽度びらん", "所見なし", "皮膚炎"]),
                 _r.choice(["通常勤務可", "保護具の徹底", "1か月後再検査", "当面は槽周辺作業を制限"]),
                 _r.choice(["通常", "通常", "就業制限"])])
add(
    charset="cp932",
    sender=USAMI,
    to=["有限会社中村メッキ 中村社長 <nakamura@nakamura-mekki.co.jp>"],
    subject="構内作業者の特殊健診結果に基づく就業上の措置について",
    body=f"""有限会社中村メッキ
中村社長

いつもお世話になっております。日の出産業 外注管理課の宇佐美です。
弊社構内で作業いただいている御社作業員の方の特殊健診結果について、
弊社産業医の意見を取りまとめた書面を添付いたします。

「就業制限」となっている方については、来週以降の作業割り当てを調整いただけますでしょうか。
ご不明な点は弊社安全衛生課の松浦（内線2215）までお問い合わせください。
{SIG_USAMI}""",
    attachments=[{"kind": "docx", "name": "就業上の措置に関する意見書_中村メッキ様.docx",
                  "paragraphs": ["就業上の措置に関する意見書", "日の出産業株式会社 浜松工場 産業医　佐伯 卓",
                                 "構内協力会社（有限会社中村メッキ）作業員の特殊健康診断結果に基づき、以下のとおり意見します。"],
                  "tables": [_doc]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6名の健診所見と就業上の措置（DOCXの表）を社外の協力会社へ",
)

# =====================================================================================
# 025 健診機関の一覧（事業所の情報のみ、HTMLのみ）→ 協力会社
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=USAMI,
    to=["大和塗装工業 安全担当 <anzen@yamato-tosou.co.jp>"],
    subject="特殊健診を受けられる近隣の健診機関のご紹介",
    html="""<html><body>
<p>大和塗装工業株式会社<br>安全ご担当　三宅様</p>
<p>お世話になっております。日の出産業 外注管理課の宇佐美です。<br>
先日ご質問いただいた、有機溶剤健診を受けられる浜松近隣の健診機関を一覧にしました。
いずれも弊社や他の協力会社さんの利用実績があるところです。</p>
<table border="1" cellpadding="3">
<tr><th>機関名</th><th>所在地</th><th>代表電話</th><th>特殊健診</th><th>巡回</th></tr>
<tr><td>一般財団法人 東海産業保健センター</td><td>浜松市中央区上島5-7-12</td><td>053-471-2200</td><td>有機・鉛・騒音</td><td>可</td></tr>
<tr><td>医療法人 遠州会 はままつ健診プラザ</td><td>浜松市中央区佐藤1-3-5</td><td>053-464-8100</td><td>有機・騒音</td><td>不可</td></tr>
<tr><td>磐田ファミリー健診センター</td><td>磐田市見付2840</td><td>0538-33-1051</td><td>有機</td><td>可（20名以上）</td></tr>
<tr><td>湖西労働衛生クリニック</td><td>湖西市新居町浜名600</td><td>053-594-0770</td><td>有機・鉛</td><td>可</td></tr>
<tr><td>袋井市医師会 健診センター</td><td>袋井市上田町267-30</td><td>0538-44-3110</td><td>騒音</td><td>不可</td></tr>
</table>
<p>料金は各機関に直接お問い合わせください。</p>
<p>日の出産業株式会社 購買部 外注管理課<br>宇佐美 浩平　TEL 053-482-7722</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="健診機関（事業所）の住所・代表電話の一覧で個人のデータではない",
)

# =====================================================================================
# 026 技能実習生3名の在留カード・旅券番号 → 健診機関（雇入時健診の予約）
# =====================================================================================
add(
    charset="utf-8",
    sender=CHIBA,
    to=["いわて労働衛生協会 施設健診課 <shisetsu@iwate-roei.or.jp>"],
    subject="技能実習生の雇入時健診・特殊健診（有機溶剤）予約",
    body=f"""いわて労働衛生協会
施設健診課　ご担当者様

お世話になっております。日の出産業 北上工場の千葉です。
12月に配属となる技能実習生3名の雇入時健診と有機溶剤健診の予約をお願いします。
受付で本人確認のため在留カードを提示する、とのことでしたので番号を先にお知らせします。

1) NGUYEN VAN HUNG　　1999年4月3日生　男
　 在留カード番号 UH48213579VN　旅券番号 C8841273
2) TRAN THI MAI　　　　2001年10月22日生　女
　 在留カード番号 TM90176432VN　旅券番号 C9120564
3) PHAM DUC THANH　　2000年1月9日生　男
　 在留カード番号 PD63508127VN　旅券番号 C8953310

通訳は監理団体の職員が同行します（12月3日 9:00 来所予定）。
{SIG_CHIBA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="在留カード番号・旅券番号（3名分）を社外へ",
)

# =====================================================================================
# 027 測定当日の立会者1名の携帯番号 → 測定機関
# =====================================================================================
add(
    charset="cp932",
    sender=NISHIMORI,
    to=["中部環境分析センター 丹羽様 <niwa@chubu-kankyo-bunseki.co.jp>"],
    subject="Re: 2/17 作業環境測定 当日の段取り",
    body=f"""丹羽様

お世話になっております。西森です。
当日は私が終日不在のため、立会いは環境安全課の 日比野 が担当します。
到着されたら守衛所から下記にお電話ください。

　立会者：日比野 康平（環境安全課）
　携帯　：090-6628-3140

サンプラーの設置は8:30からで問題ありません。
よろしくお願いいたします。
{SIG_NISHIMORI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="立会者1名の連絡先のみ（1〜4人の連絡先は警告どまり）",
)

# =====================================================================================
# 028 類似ドメイン（aoba-unyu.com）宛て — フォークリフト騒音の測定連絡
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender="杉浦 陽介 <sugiura.yosuke@hinode-sangyo.co.jp>",
    to=["青葉運輸 浜松営業所 構内物流課 <kounai@aoba-unyu.com>"],
    subject="構内フォークリフト周辺の騒音測定のお知らせ",
    body=f"""青葉運輸株式会社 浜松営業所
構内物流課　ご担当者様

いつもお世話になっております。日の出産業 浜松工場の杉浦です。
11月12日(水)に、製品倉庫と出荷ヤードで騒音の測定を行います。
御社のフォークリフト運転者の方に、当日数時間、個人ばく露騒音計（胸ポケットに装着する小型の機器）を
付けていただけないかご相談させてください。業務への支障はないものと考えております。

ご了承いただける場合、対象の台数だけお知らせいただければ、当日こちらで装着いたします。

日の出産業株式会社 浜松工場 設備保全課
杉浦 陽介　TEL 053-482-7741""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 aoba-unyu.co.jp に対し TLD 違いの aoba-unyu.com 宛て",
)

# =====================================================================================
# 029 騒音性難聴の所見者一覧（PDF 表）→ 労働基準監督署（労災調査）
# =====================================================================================
_p = _people(29, 7, region="kitakami", born=(1958, 1980))
_r = _rng("029")
_t = [["No", "氏名", "生年月日", "騒音作業歴", "平均聴力(右)", "平均聴力(左)", "診断"]]
for i, p in enumerate(_p, 1):
    _t.append([i, p["name"], _wareki(p["dob"], "short"), f"{_r.randint(15, 38)}年",
               f"{_r.randint(30, 70)}dB", f"{_r.randint(30, 70)}dB",
               _r.choice(["騒音性難聴", "騒音性難聴の疑い", "感音難聴（混合）"])])
add(
    charset="shift_jis",
    sender=KURUSHIMA,
    to=["北上労働基準監督署 労災課 <rousai@kitakami.labour-office.go.jp>"],
    subject="騒音性難聴に係る調査へのご回答（資料送付）",
    body=f"""北上労働基準監督署 労災課
調査官　遠藤様

お世話になっております。日の出産業 人事部 労務課の久留島です。
先日ご依頼のありました、北上工場鍛造課における騒音性難聴の所見者に関する資料をお送りいたします。
添付のPDFに、過去5年の騒音健診で所見のあった在籍者・退職者の一覧をまとめております。

作業環境測定の記録（等価騒音レベル）は次回の訪問時に原本をご覧いただけます。
{SIG_KURUSHIMA}""",
    attachments=[{"kind": "pdf", "name": "騒音性難聴_所見者一覧_北上工場.pdf",
                  "lines": ["騒音性難聴 所見者一覧（北上工場 鍛造課）", "作成：日の出産業株式会社 人事部 労務課"],
                  "table": _t}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7名の診断名・聴力（PDFの表）を社外（監督署）へ",
)

# =====================================================================================
# 030 測定機関と協力会社を To/Cc に入れた立会い打合せ（2社）
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海環境計測 測定課 <sokutei@tokai-kankyo-keisoku.co.jp>"],
    cc=["大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>"],
    subject="塗装ブース 個人サンプリング法による測定の打合せ（11/6）",
    body=f"""東海環境計測　水野様
大和塗装工業　三宅様

お世話になっております。日の出産業 浜松工場の松浦です。
塗装ブースで個人サンプリング法による測定を行うにあたり、三者で段取りを確認したく、
11月6日(木) 15:00〜 工場 2階会議室A にてお打合せをお願いできますでしょうか。

確認したい事項：
　・サンプラーを装着していただく作業者の人数と作業の種類（大和塗装様の塗装工）
　・測定時間帯（吹付け作業のある時間帯をカバーできるか）
　・休憩時の取り外し手順

ご都合が悪い場合はお知らせください。
{SIG_MATSUURA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2社を To/Cc に入れた通常の三者打合せ",
)

# =====================================================================================
# 031 健診機関の結果速報（添付メール）を協力会社へ転送
# =====================================================================================
_p = _people(31, 5)
_r = _rng("031")
_inner = "\n".join(f"  {p['name']}（{p['age']}）　尿中馬尿酸 {round(_r.uniform(1.1, 3.4), 2)} g/L　"
                   f"{_r.choice(['要再検査', '要精密検査'])}" for p in _p)
add(
    charset="iso-2022-jp",
    sender=USAMI,
    to=["大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>"],
    subject="FW: 【結果速報】有機溶剤健診 要再検査者のお知らせ",
    body=f"""三宅様

お世話になっております。宇佐美です。
健診機関から届いた速報を転送します。御社作業員の方が含まれておりますので、
再検査の受診手配をお願いいたします。
{SIG_USAMI}""",
    attachments=[{"kind": "eml", "name": "【結果速報】有機溶剤健診 要再検査者のお知らせ.eml",
                  "message": {
                      "charset": "iso-2022-jp",
                      "sender": "東海産業保健センター 結果管理課 <kekka@tokai-sanpo.or.jp>",
                      "to": ["松浦 美咲 <matsuura.misaki@hinode-sangyo.co.jp>"],
                      "subject": "【結果速報】有機溶剤健診 要再検査者のお知らせ",
                      "body": f"""日の出産業株式会社 浜松工場
安全衛生課　松浦様

10月21日・22日実施分の有機溶剤健診で、代謝物の値が高かった方をお知らせします。
（構内協力会社 大和塗装工業様の作業員を含みます）

{_inner}

正式な結果報告書は11月第2週に郵送いたします。
東海産業保健センター 結果管理課""",
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="5名の健診結果を含む他者のメールを添付で社外へ転送（転送は新しい内容）",
)

# =====================================================================================
# 032 個人ばく露騒音計のレンタル — 法人カード番号を本文に記載
# =====================================================================================
_cn = card_number(SEED + 0)
add(
    charset="cp932",
    sender=USAMI,
    to=["計測器レンタル ソクテック 受注センター <order@soku-tech-rental.co.jp>"],
    subject="個人ばく露騒音計 レンタル申込み（見積番号 Q-58820）",
    body=f"""株式会社ソクテック 受注センター御中

お世話になっております。日の出産業 購買部の宇佐美です。
見積番号 Q-58820 の件、下記のとおり申し込みます。

　品名　　：個人ばく露騒音計 DX-210　5台（校正証明書付き）
　期間　　：2025年11月10日〜11月21日
　納品先　：日の出産業 浜松工場 安全衛生課 松浦宛
　お支払い：法人カード
　　カード番号　{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　　有効期限　　09/28
　　名義　　　　HINODE SANGYO KOHEI USAMI

決済完了のご連絡をお願いいたします。
{SIG_USAMI}""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="クレジットカード番号を本文で社外へ",
)

# =====================================================================================
# 033 社内: 労災請求の準備でマイナンバーを人事部内でやり取り
# =====================================================================================
_mn = my_number(SEED + 1)
add(
    charset="iso-2022-jp",
    sender=SETOGUCHI,
    to=["久留島 彩 <kurushima.aya@hinode-sangyo.co.jp>"],
    subject="八重樫さんの療養補償給付の件（個人番号）",
    body=f"""久留島さん

お疲れさまです。健康管理室の瀬戸口です。
有機溶剤中毒（急性）で療養中の北上工場 八重樫 直樹さんの件、
休業補償給付の請求書に記載する個人番号をご本人から回収しました。

　八重樫 直樹　個人番号 {_mn}

番号確認書類（通知カードの写し）は人事部のキャビネットに保管しています。
主治医の診断書は「急性有機溶剤中毒（トルエン）、10月14日から休業を要す」となっています。
{SIG_SETOGUCHI}""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="個人番号と病名を含むが社内の人事部間のみのやり取り",
)

# =====================================================================================
# 034 壊れたXLSX（開けない添付）→ 健診機関
# =====================================================================================
add(
    charset="utf-8",
    sender=CHIBA,
    to=["いわて労働衛生協会 巡回健診課 <junkai@iwate-roei.or.jp>"],
    subject="1月巡回 受診者名簿（北上工場）",
    body=f"""いわて労働衛生協会
巡回健診課　菅原様

お世話になっております。北上工場の千葉です。
1月20日・21日の巡回健診の受診者名簿を添付いたします。
人数は有機溶剤38名、鉛12名、騒音45名です。

よろしくお願いいたします。
{SIG_CHIBA}""",
    attachments=[{"kind": "corrupt", "name": "受診者名簿_北上工場_202601.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付XLSXが破損していて検査できない",
)

# =====================================================================================
# 035 産業医事務所への返信（-----Original Message----- 以下に個人の結果）
# =====================================================================================
add(
    charset="utf-8",
    sender=NISHIMORI,
    to=["森田 医師 <morita@morita-oh.jp>"],
    subject="RE: 鉛健診 再検査結果について",
    body=f"""森田先生

ご確認ありがとうございます。承知いたしました。
ご指示のとおり、12月から月1回の再検査とし、はんだ槽の温度設定も見直します。
面談は11月14日の巡視後にセットいたします。

西森

-----Original Message-----
From: 森田 医師 <morita@morita-oh.jp>
Sent: Wednesday, November 5, 2025 6:12 PM
To: 西森 健一 <nishimori.k@ogaki.hinode-sangyo.co.jp>
Subject: 鉛健診 再検査結果について

西森課長

再検査の結果を拝見しました。
神野 智さん：血中鉛 38.2μg/dL（前回 44.1）、尿中δ-ALA 6.1mg/L
纐纈 和子さん：血中鉛 24.0μg/dL（前回 29.7）、貧血なし
神野さんは引き続き分布2のため、月1回の再検査と作業方法の確認をお願いします。

森田""",
    expect="pass",
    entities=[],
    detectors=[],
    note="個人の結果は相手自身のメールの引用（Original Message 以下）のみ",
)

# =====================================================================================
# 036 協力会社の作業員1名の有機溶剤健診結果 → 三協プレス工業
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=MATSUURA,
    to=["三協プレス工業 総務 安藤様 <ando@sankyo-press.co.jp>"],
    subject="御社 袴田様の健診結果について",
    body=f"""三協プレス工業株式会社
総務　安藤様

お世話になっております。日の出産業 浜松工場 安全衛生課の松浦です。
弊社構内で脱脂洗浄作業をされている御社の 袴田 拓海 様について、
有機溶剤健診の結果、ALT 96 U/L・γ-GTP 178 U/L と肝機能の数値が高く、
健診機関の判定は「要精密検査」でした。ご本人は飲酒量が多いとおっしゃっていたそうです。

弊社産業医からは、精密検査の結果が出るまで洗浄槽まわりの作業は控えていただくよう意見が出ております。
御社での受診手配と、作業割り当ての調整をお願いできますでしょうか。
{SIG_MATSUURA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="協力会社作業員1名の健診結果（肝機能異常）を社外へ",
)

# =====================================================================================
# 037 健診費用の支払通知（法人番号・登録番号あり）→ 健診機関
# =====================================================================================
_hj_self = _houjin("180001072641")
_hj_them = _houjin("308005003318")
add(
    charset="cp932",
    sender="経理部 出納グループ <suito@hinode-sangyo.co.jp>",
    to=["東海産業保健センター 経理課 <keiri@tokai-sanpo.or.jp>"],
    subject="お支払いのご案内（請求書番号 TSC-2510-00418）",
    body=f"""一般財団法人 東海産業保健センター
経理課　御中

いつもお世話になっております。日の出産業株式会社 経理部 出納グループです。
下記のご請求について、支払処理が完了しましたのでご案内いたします。

　請求書番号　：TSC-2510-00418
　件名　　　　：10月 巡回特殊健康診断（浜松工場）
　ご請求額　　：￥1,284,360（うち消費税 ￥116,760）
　貴センター登録番号：T{_hj_them}
　お支払日　　：2025年11月28日
　振込先　　　：みどり銀行 浜松支店 普通 ご指定口座

弊社の法人番号は {_hj_self} です。支払調書の作成にご利用ください。

日の出産業株式会社 経理部 出納グループ
TEL 052-261-4460""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求番号・金額・法人番号のみの事業者間の支払連絡",
)

# =====================================================================================
# 038 構内協力会社の作業員名簿（XLS 旧形式）→ 警備会社（入構証発行）
# =====================================================================================
_p = _people(38, 11)
_r = _rng("038")
_xls = [["構内協力会社 作業員名簿（2025年度 下期）"], [],
        ["会社名", "氏名", "ふりがな", "生年月日", "住所", "携帯電話", "特殊健診受診日", "入構証番号"]]
for p in _p:
    _xls.append([_r.choice(["大和塗装工業", "中村メッキ", "遠州クリーン"]), p["name"], p["kana"],
                 _slash(p["dob"]), p["addr"], p["phone"], f"2025/{_r.randint(6, 10)}/{_r.randint(1, 28)}",
                 f"K-{_r.randint(3000, 3999)}"])
add(
    charset="shift_jis",
    sender=USAMI,
    to=["遠州警備保障 浜松工場隊 <hamamatsu-tai@enshu-keibi.co.jp>"],
    subject="下期 構内協力会社作業員名簿（入構証更新用）",
    body=f"""遠州警備保障株式会社
浜松工場隊　隊長様

お世話になっております。外注管理課の宇佐美です。
下期の入構証更新用に、構内協力会社の作業員名簿をお送りします。
特殊健診の受診日が空欄の方は入構不可となりますので、守衛所での確認をお願いします。
{SIG_USAMI}""",
    attachments=[{"kind": "xls", "name": "協力会社作業員名簿_2025下期.xls", "sheets": {"名簿": _xls}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="11名の住所・生年月日・携帯つき名簿（XLS）を社外へ",
)

# =====================================================================================
# 039 騒音障害防止のためのガイドライン改訂の説明 → 協力会社
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["遠州クリーン 業務課 鈴村様 <suzumura@enshu-clean.co.jp>"],
    subject="Re: 騒音健診の対象について（ご質問への回答）",
    body=f"""鈴村様

お世話になっております。浜松工場 安全衛生課の松浦です。
ご質問いただいた騒音健診の対象について、簡単にまとめます。

1. 令和5年4月に「騒音障害防止のためのガイドライン」が改訂され、
   等価騒音レベルが85dB以上となる作業場所での業務に常時従事する方が対象です。
2. 健診の項目は、雇入時・配置替え時が 250〜8000Hz のオージオメータによる聴力検査、
   定期（6か月以内ごと）は 1000Hz・4000Hz の選別聴力検査が基本です。
3. 御社の清掃業務のうち、プレス棟内の作業（1日2時間程度）は、測定結果から見て
   個人ばく露が85dBを下回る見込みですが、念のため個人ばく露測定をご提案します。

健診の実施と結果の保存は事業者である御社の義務となります。
弊社の巡回健診に相乗りされる場合は、費用の按分についてご相談ください。
{SIG_MATSUURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ガイドラインの説明で個人情報なし",
)

# =====================================================================================
# 040 退職者3名（フリーメール）を To に並べて離職後健診の案内
# =====================================================================================
add(
    charset="utf-8",
    sender=SETOGUCHI,
    to=["shoji.mitsuo1958@gmail.com", "k-aimono@yahoo.co.jp", "ikb.ichiro@outlook.jp"],
    subject="【日の出産業】退職された皆さまへ 聴力検査のご案内",
    body=f"""元 北上工場 鍛造課の皆さま

ご無沙汰しております。日の出産業 人事部 健康管理室の瀬戸口です。
在職中に騒音職場にお勤めだった方を対象に、希望者への聴力検査（無料）を実施することになりました。

　日時：2026年1月24日(土) 9:00〜12:00
　場所：北上工場 厚生棟 1階 健康相談室
　内容：オージオメータによる聴力検査、医師の問診

ご希望の方は、1月9日までに本メールへご返信いただくか、
健康管理室（052-261-4475）までお電話ください。
{SIG_SETOGUCHI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人（フリーメール）3名のアドレスが To で互いに見える",
)

# =====================================================================================
# 041 類似ドメイン（kawasaki-denkl.co.jp、i→l）宛て — 委員会議事録
# =====================================================================================
add(
    charset="cp932",
    sender=OKABE,
    to=["川崎電機 調達部 今井様 <imai.h@kawasaki-denkl.co.jp>"],
    subject="安全衛生委員会 議事録（10月度）のご送付",
    body=f"""川崎電機株式会社 調達部
今井様

お世話になっております。日の出産業 安全衛生グループの岡部です。
監査の事前資料として、浜松工場の10月度 安全衛生委員会の議事録をお送りします。
（議事録には個人名は記載しておりません）

主な議題：
　1. 有機溶剤健診の実施結果（受診率98%、有所見4名）
　2. 塗装ブースの作業環境測定結果（第1管理区分）
　3. 騒音区域の表示と保護具着用の巡視結果

ご確認のほどよろしくお願いいたします。
{SIG_OKABE}""",
    attachments=[{"kind": "docx", "name": "安全衛生委員会議事録_202510_浜松.docx",
                  "paragraphs": ["第218回 浜松工場 安全衛生委員会 議事録", "日時：2025年10月24日 15:00〜16:10",
                                 "出席：委員長（工場長）ほか12名",
                                 "1. 有機溶剤健診：受診61名、有所見4名。産業医より就業上の措置について説明。",
                                 "2. 作業環境測定：塗装ブースは第1管理区分を維持。",
                                 "3. 騒音区域の巡視：耳栓の不適切な装着が3件。職長から再指導。"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 kawasaki-denki.co.jp の i を l にした類似ドメイン宛て",
)

# =====================================================================================
# 042 耳栓・イヤーマフの発注（品番・注文番号）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=USAMI,
    to=["安全用品のミドリ商会 受注係 <juchu@midori-shokai.co.jp>"],
    subject="注文書 PO-HS-2025-1203（防音保護具）",
    body=f"""株式会社ミドリ商会
受注係　御中

いつもお世話になっております。日の出産業 購買部の宇佐美です。
下記のとおり注文いたします。

　注文番号：PO-HS-2025-1203
　----------------------------------------------------------
　品番　　　　品名　　　　　　　　　　　　数量　　単価
　EP-1100　　 使い捨て耳栓（SNR 37dB）　 200箱　 ¥1,650
　EP-2030C　　コード付き耳栓　　　　　　　 50箱　 ¥3,200
　EM-7000H　　ヘルメット取付型イヤーマフ　 30個　 ¥6,480
　FT-0001　　 耳栓フィットチェッカー　　　  2台　¥48,000
　----------------------------------------------------------
　納品先：日の出産業 浜松工場 資材倉庫（〒431-3125 浜松市中央区半田山8-14-2）
　納期　：11月20日（木）必着

お手数ですが、注文請書のご返送をお願いいたします。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="品番・注文番号・納品先（工場）だけの発注",
)

# =====================================================================================
# 043 安全衛生大会のスライド（有所見者の氏名入り）を印刷会社へ
# =====================================================================================
_p = _people(43, 6, region="ogaki")
_r = _rng("043")
_sl = ["要フォロー者（鉛・有機溶剤）"] + [
    f"{p['name']}（{_r.choice(['はんだ付け', '塗装', '洗浄'])}）：{_r.choice(['血中鉛 分布2', '血中鉛 分布3', '肝機能異常', '馬尿酸 分布2'])}"
    for p in _p]
add(
    charset="utf-8",
    sender=NISHIMORI,
    to=["錦印刷 営業部 野田様 <noda@nishiki-insatsu.co.jp>"],
    subject="安全衛生大会 配布資料の印刷のお願い（大垣工場）",
    body=f"""錦印刷株式会社
営業部　野田様

いつもお世話になっております。日の出産業 大垣工場の西森です。
12月12日の安全衛生大会の配布資料を添付します。
A4横・カラー・両面で120部、12月8日納品でお願いできますでしょうか。

お見積りもあわせてお送りいただけますと幸いです。
{SIG_NISHIMORI}""",
    attachments=[{"kind": "pptx", "name": "安全衛生大会2025_大垣工場.pptx",
                  "slides": [["2025年度 安全衛生大会", "日の出産業株式会社 大垣工場"],
                             ["特殊健康診断の結果", "鉛：受診31名、分布2以上 5名", "有機溶剤：受診44名、有所見3名"],
                             _sl,
                             ["来年度の重点施策", "はんだ槽の局所排気の改善", "保護具の着用徹底"]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTXのスライドに6名の氏名と健診所見があり、それを印刷会社（社外）へ",
)

# =====================================================================================
# 044 暗号化なしZIP（CSV＋DOCX）鉛健診の受診者と前回結果 → 健診クリニック
# =====================================================================================
_p = _people(44, 9, region="ogaki")
_r = _rng("044")
_csv = [["社員番号", "氏名", "生年月日", "性別", "前回血中鉛", "前回δ-ALA", "前回判定"]]
for p in _p:
    _csv.append([p["emp"], p["name"], _iso(p["dob"]), p["sex"], round(_r.uniform(5, 42), 1),
                 round(_r.uniform(1, 9), 1), _r.choice(["A", "B", "C", "B"])])
add(
    charset="utf-8",
    sender=NISHIMORI,
    to=["大垣健診クリニック 健診課 <kenshin@ogaki-kenshin.jp>"],
    subject="1月 鉛健診の受診者情報と前回結果（圧縮ファイル）",
    body=f"""大垣健診クリニック
健診課　ご担当者様

お世話になっております。大垣工場の西森です。
1月の鉛健診について、受診者情報と前回結果をまとめてZIPでお送りします。
判定の際の前回比較にお使いください。

よろしくお願いいたします。
{SIG_NISHIMORI}""",
    attachments=[{"kind": "zip", "name": "鉛健診_202601_大垣.zip",
                  "files": [{"kind": "csv", "name": "受診者_前回結果.csv", "encoding": "cp932", "rows": _csv},
                            {"kind": "docx", "name": "依頼書.docx",
                             "paragraphs": ["鉛健康診断 実施依頼書", "実施日：2026年1月27日", "受診者：9名（別紙CSV）",
                                            "追加項目：分布2以上の者は赤血球プロトポルフィリンを追加"]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="暗号化なしZIP内のCSVに9名の生年月日と前回健診結果",
)

# =====================================================================================
# 045 社内（工場サブドメイン）: 特殊健診の受診者台帳（XLSX）
# =====================================================================================
_p = _people(45, 20)
_r = _rng("045")
_x = [["特殊健診 受診者台帳（浜松工場）"], ["社員番号", "氏名", "生年月日", "有機", "鉛", "騒音", "前回判定", "備考"]]
for p in _p:
    _x.append([p["emp"], p["name"], _slash(p["dob"]), _r.choice(["○", "", "○"]), _r.choice(["", "", "○"]),
               _r.choice(["○", "○", ""]), _r.choice(["異常なし", "要観察", "要精密"]),
               _r.choice(["", "", "高血圧治療中", "", "夜勤あり"])])
add(
    charset="shift_jis",
    sender=MATSUURA,
    to=["服部 誠 <hattori.s@hamamatsu.hinode-sangyo.co.jp>", "安全衛生課 <anzen-eisei@hamamatsu.hinode-sangyo.co.jp>"],
    subject="受診者台帳 更新版（11月）",
    body=f"""服部さん、安全衛生課各位

台帳を11月時点の内容に更新しました。配置換えの3名を反映済みです。
共有フォルダの旧版は削除しておいてください。

松浦""",
    attachments=[{"kind": "xlsx", "name": "特殊健診受診者台帳_202511.xlsx", "sheets": {"台帳": _x}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="個人の台帳だが宛先は社内（工場のサブドメイン）のみ",
)

# =====================================================================================
# 046 本文の冒頭に「機密区分：部外秘」— 改善計画の見積依頼
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=NISHIMORI,
    to=["美濃テック 営業 <eigyo@mino-tech.co.jp>"],
    subject="はんだ槽 局所排気装置 改造の見積依頼",
    body=f"""機密区分：部外秘
------------------------------------------------------------

美濃テック株式会社
営業部　日比野様

いつもお世話になっております。日の出産業 大垣工場の西森です。

はんだ付け工程が第2管理区分となったため、局所排気装置のフード改造を検討しております。
現行の設備仕様と測定結果を下記にまとめましたので、改造案とお見積りをお願いいたします。

　・フード形式：外付け式（側方吸引）、開口面 400×250mm
　・制御風速：現状 0.42m/s（要件 0.5m/s 以上）
　・A測定 第1評価値 0.063mg/m3、第2評価値 0.031mg/m3、B測定 0.046mg/m3（管理濃度 0.05mg/m3）
　・予算枠：1,800万円（2026年度 設備投資計画、未承認）

工事は年末の長期休暇中（12/27〜1/4）を希望しております。
{SIG_NISHIMORI}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="本文冒頭に「機密区分：部外秘」の区分表示がある文書を社外へ",
)

# =====================================================================================
# 047 パスワード保護PDF（個人票）→ 派遣元
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["ヒューマンリンク東海 浜松支店 <hamamatsu@humanlink-tokai.co.jp>"],
    subject="派遣スタッフ特殊健診 個人票の写し（保護付きPDF）",
    body=f"""株式会社ヒューマンリンク東海 浜松支店
ご担当者様

お世話になっております。日の出産業 浜松工場の松浦です。
派遣法に基づき、御社スタッフの特殊健康診断 個人票の写しをお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

よろしくお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "pdf", "name": "特殊健診個人票_ヒューマンリンク東海様.pdf", "password": "hl2025nov",
                  "lines": ["有機溶剤等健康診断個人票（写）", "氏名：小鳥遊 蓮　生年月日：平成10年5月12日",
                            "尿中馬尿酸 1.8g/L（分布2）　判定：要観察"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護のPDFで中身を検査できない",
)

# =====================================================================================
# 048 非常勤産業医の候補の先生（個人のGmail）へ面談日程の連絡
# =====================================================================================
add(
    charset="utf-8",
    sender=KURUSHIMA,
    to=["矢作 先生 <yahagi.md.oh@gmail.com>"],
    subject="嘱託産業医のご依頼に関する面談日程",
    body=f"""矢作先生

突然のご連絡失礼いたします。日の出産業 人事部 労務課の久留島と申します。
いわて労働衛生協会の菅原様からご紹介いただき、ご連絡いたしました。

弊社北上工場（従業員約380名）の嘱託産業医をお引き受けいただけないか、
一度ご説明の機会を頂戴できればと存じます。
特殊健診（有機溶剤・鉛・騒音）の事後措置と、月1回の職場巡視が主なお仕事になります。

12月の以下の日程でご都合のよい日時はございますでしょうか。
　・12月9日(火) 午後
　・12月11日(木) 終日
　・12月16日(火) 午前
先生のクリニックへお伺いすることも可能です。

何卒よろしくお願い申し上げます。
{SIG_KURUSHIMA}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーメールの宛先1名への通常の依頼（個人情報なし）",
)

# =====================================================================================
# 049 夜間測定の連絡網（全角数字、5名の携帯）→ 測定機関
# =====================================================================================
_p = _people(49, 5, region="kitakami")
_lines = "\n".join(f"　{_zen(str(i))}．{p['name']}（{('班長', '作業者', '作業者', '保全', '当直')[i - 1]}）　"
                   f"携帯　{_zen(p['phone'])}" for i, p in enumerate(_p, 1))
add(
    charset="cp932",
    sender=CHIBA,
    to=["北日本測定サービス 測定課 <sokutei@kitanihon-sokutei.co.jp>"],
    subject="夜間（３直）の騒音測定 当日の連絡先",
    body=f"""北日本測定サービス株式会社
測定課　熊谷様

お世話になっております。北上工場の千葉です。
１２月３日（水）夜間の騒音測定（鍛造ライン３直）につきまして、
当日は私が不在のため、現場の連絡網をお送りします。

{_lines}

２２時以降は正門が閉まりますので、東門のインターホンから班長へご連絡ください。
{SIG_CHIBA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5名の氏名と携帯番号（全角数字）の一覧を社外へ",
)

# =====================================================================================
# 050 尿検体の発送連絡（追跡番号のみ）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=CHIBA,
    to=["いわて労働衛生協会 検査センター <kensa@iwate-roei.or.jp>"],
    subject="尿検体（追加分）発送のご連絡",
    body=f"""いわて労働衛生協会 検査センター
ご担当者様

お世話になっております。日の出産業 北上工場の千葉です。
巡回日に未提出だった尿検体（有機溶剤健診・追加分）を、本日冷蔵便で発送しました。

　検体数：11本（検体番号 KT-2601-0039 〜 KT-2601-0049）
　伝票番号：4428-1175-0936（ヤマト運輸 クール便）
　　　　　　4428-1175-0940（同上・予備容器の返送分）
　到着予定：1月23日(金) 午前中

採尿日はいずれも1月21日（作業終了時）です。
受領のご連絡をいただけますと幸いです。
{SIG_CHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="検体番号・追跡番号だけの発送連絡",
)

# =====================================================================================
# 051 フォークリフト運転者1名の運転免許証番号 → 青葉運輸
# =====================================================================================
add(
    charset="utf-8",
    sender="杉浦 陽介 <sugiura.yosuke@hinode-sangyo.co.jp>",
    to=["青葉運輸 浜松営業所 構内物流課 <kounai@aoba-unyu.co.jp>"],
    subject="構内車両運転許可の申請（弊社 栗林）",
    body=f"""青葉運輸株式会社 浜松営業所
構内物流課　ご担当者様

お世話になっております。日の出産業 浜松工場の杉浦です。
御社管理の出荷ヤード内で、弊社保全担当がトラック誘導のため構内車両を運転する件、
申請に必要な情報をお送りします。

　氏名　　　　：栗林 勇気
　生年月日　　：平成4年7月19日
　運転免許証番号：第 4901 2758 3310 号（中型・フォークリフト運転技能講習修了）
　免許の有効期限：令和9年8月19日

なお、本人は騒音健診で軽度の所見がありますが、運転業務に支障はないと産業医の確認を得ています。
よろしくお願いいたします。

日の出産業株式会社 浜松工場 設備保全課
杉浦 陽介　TEL 053-482-7741""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="運転免許証番号（1名）と健診所見への言及を社外へ",
)

# =====================================================================================
# 052 健診機関との打合せ参加者2名の連絡先
# =====================================================================================
add(
    charset="utf-8",
    sender=OKABE,
    to=["東海産業保健センター 営業企画 <kikaku@tokai-sanpo.or.jp>"],
    subject="次年度契約の打合せ 出席者について",
    body=f"""東海産業保健センター
営業企画課　大橋様

お世話になっております。日の出産業の岡部です。
11月26日の次年度契約のお打合せには、弊社から次の2名が伺います。
当日の連絡はこちらへお願いいたします。

　岡部 拓真（総務部 安全衛生グループ）　携帯 080-3391-6627
　松浦 美咲（浜松工場 安全衛生課）　　　携帯 090-2275-8014

資料は当日持参いたします。
{SIG_OKABE}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="出席者2名の連絡先のみ（4人以下）",
)

# =====================================================================================
# 053 労災年金の併給調整 — 基礎年金番号（1名）→ 労働基準監督署
# =====================================================================================
add(
    charset="shift_jis",
    sender=KURUSHIMA,
    to=["大垣労働基準監督署 労災課 <rousai@ogaki.labour-office.go.jp>"],
    subject="障害補償年金の請求に関するお問い合わせ（厚生年金との調整）",
    body=f"""大垣労働基準監督署 労災課
ご担当者様

日の出産業株式会社 人事部 労務課の久留島と申します。
当社元従業員の障害補償年金の請求について、厚生年金との併給調整の記載方法を確認させてください。

　氏名　　　　：東海林 正和
　基礎年金番号：4207-615392
　傷病名　　　：慢性鉛中毒による末梢神経障害（はんだ付け作業 約22年）
　厚生年金　　：障害厚生年金 3級を受給中（令和6年10月〜）

請求書の「厚生年金保険等の受給関係」欄に、年金証書の基礎年金番号と年金コードを
両方記載すればよいのか、ご教示いただけますでしょうか。
{SIG_KURUSHIMA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="基礎年金番号と傷病名（1名）を社外へ",
)

# =====================================================================================
# 054 作業環境測定の結果（CSV、場所別の数値のみ）→ 協力会社
# =====================================================================================
add(
    charset="cp932",
    sender=MATSUURA,
    to=["大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>"],
    subject="塗装棟の作業環境測定結果（共有）",
    body=f"""三宅様

お世話になっております。松浦です。
御社の作業員の方が常駐されている塗装棟の作業環境測定結果を共有いたします。
すべて第1管理区分でした。御社の安全衛生委員会でもご活用ください。
{SIG_MATSUURA}""",
    attachments=[{"kind": "csv", "name": "sokutei_tosoutou_2025-2.csv", "encoding": "cp932",
                  "rows": [["単位作業場所", "物質", "測定日", "A測定第1評価値(ppm)", "A測定第2評価値(ppm)", "B測定(ppm)", "管理濃度(ppm)", "管理区分"],
                           ["塗装棟 第1ブース", "トルエン", "2025/9/16", 3.1, 5.4, 7.2, 20, "第1"],
                           ["塗装棟 第1ブース", "キシレン", "2025/9/16", 2.2, 3.8, 4.9, 50, "第1"],
                           ["塗装棟 第2ブース", "トルエン", "2025/9/16", 4.0, 6.7, 9.8, 20, "第1"],
                           ["塗装棟 調色室", "酢酸エチル", "2025/9/17", 11, 19, 24, 200, "第1"],
                           ["塗装棟 乾燥炉前", "キシレン", "2025/9/17", 1.4, 2.6, 3.0, 50, "第1"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="場所別の測定値のみで個人情報なし",
)

# =====================================================================================
# 055 問診票の転記（既往歴・服薬）1名 → 健診機関
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海産業保健センター 医師室 <ishi@tokai-sanpo.or.jp>"],
    subject="【再検査】四十物 様 の問診内容の追記",
    body=f"""東海産業保健センター 医師室
ご担当医 様

お世話になっております。日の出産業 浜松工場の松浦です。
12月2日に再検査を予定している従業員について、ご本人から追加で聞き取った内容をお送りします。
判定の参考になさってください。

━━━━━━━━━━━━━━━━━━━━
氏名　　：四十物 浩二（あいもの こうじ）
生年月日：昭和47年11月3日
業務　　：塗装課 吹付け作業（トルエン・キシレン）
既往歴　：B型慢性肝炎（平成20年〜、年1回通院）
服薬　　：降圧剤（アムロジピン）
飲酒　　：ビール 500ml/日
自覚症状：夕方の頭重感、ときどき手指のしびれ
━━━━━━━━━━━━━━━━━━━━

前回の肝機能（ALT 84）は既往の影響もあるのではないかと産業医も申しております。
{SIG_MATSUURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1名の既往歴・服薬（要配慮個人情報）を社外へ",
)

# =====================================================================================
# 056 3つの健診機関を To に並べた見積依頼
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=OKABE,
    to=["東海産業保健センター 営業企画 <kikaku@tokai-sanpo.or.jp>",
        "大垣健診クリニック 法人窓口 <houjin@ogaki-kenshin.jp>",
        "いわて労働衛生協会 事業課 <jigyo@iwate-roei.or.jp>"],
    subject="2026年度 特殊健康診断 お見積りのお願い",
    body=f"""各位

いつもお世話になっております。日の出産業株式会社 総務部 安全衛生グループの岡部です。
2026年度の特殊健康診断について、3工場分のお見積りをお願いいたします。

　有機溶剤等健康診断（一次・二次）　約160名
　鉛健康診断（一次・二次）　　　　　約 30名
　騒音健康診断（選別・精密）　　　　約210名
　※巡回または施設、いずれの形態でも構いません。

12月19日までにご提出いただけますと幸いです。
{SIG_OKABE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3機関を To に並べ互いのアドレスが見える（Bcc にすべき）",
)

# =====================================================================================
# 057 English: 引用（On … wrote:）にだけ研修生の一覧 — 新しい本文は日程の話
# =====================================================================================
_p = _people(57, 6)
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["Le Thi Thu <thu.le@hinode-vn.com.vn>"],
    subject="Re: Trainees arriving in January - health checks",
    body=f"""Dear Thu,

Thank you for the list. We will book the pre-placement checks for the week of
19 January and let you know the exact times once the clinic confirms.
No further information is needed from your side for now.

Best regards,
Kenji
{SIG_HOSHINO}

On Mon, Nov 10, 2025 at 9:41 AM Le Thi Thu <thu.le@hinode-vn.com.vn> wrote:
> Dear Mr. Hoshino,
>
> Please find below the six trainees who will join the Hamamatsu paint shop:
> 1. NGUYEN THI LAN      DOB 2002-03-14   passport C7712094
> 2. DO VAN MINH         DOB 2000-11-02   passport C8034715
> 3. HOANG VAN TUAN      DOB 2001-06-27   passport C7990362
> 4. VU THI HUONG        DOB 2003-01-08   passport C8127750
> 5. BUI VAN KHOA        DOB 1999-09-30   passport C7650418
> 6. NGO THI PHUONG      DOB 2002-12-19   passport C8201583
>
> Best regards,
> Thu
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="個人の一覧は相手のメールの引用部分（>）だけ",
)

# =====================================================================================
# 058 English: 研修生の健診結果（ローマ字の一覧）→ ベトナムの関連会社
# =====================================================================================
_r = _rng("058")
_tr = [("NGUYEN VAN HUNG", "1999-04-03"), ("TRAN THI MAI", "2001-10-22"), ("PHAM DUC THANH", "2000-01-09"),
       ("LY VAN SON", "1998-07-15"), ("DANG THI HOA", "2002-02-28"), ("TRINH VAN LONG", "2001-05-06")]
_rows = [["Name", "DOB", "Exposure", "Hippuric acid (g/L)", "Liver (ALT)", "Hearing 4kHz R/L", "Result"]]
for n, d in _tr:
    _rows.append([n, d, "Toluene", round(_r.uniform(0.2, 2.8), 2), _r.randint(12, 70),
                  f"{_r.randint(10, 45)}/{_r.randint(10, 45)} dB", _r.choice(["Normal", "Normal", "Observe", "Re-test"])])
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["Le Thi Thu <thu.le@hinode-vn.com.vn>"],
    subject="Health check results of Kitakami trainees (Oct 2025)",
    body=f"""Dear Thu,

As requested by the sending organisation, here are the results of the special health
examinations of the trainees at the Kitakami plant. Two of them need a re-test in December;
our nurse has already explained this to them with an interpreter.

{_table(_rows)}

Please share this only with the staff in charge of the trainees.

Regards,
Kenji
{SIG_HOSHINO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6名の健診結果（英文・ローマ字氏名）を海外の関連会社（社外ドメイン）へ",
)

# =====================================================================================
# 059 協力会社（事業者）ごとの安全パトロール日程
# =====================================================================================
add(
    charset="shift_jis",
    sender=USAMI,
    to=["遠州クリーン 業務課 鈴村様 <suzumura@enshu-clean.co.jp>"],
    subject="12月 構内協力会社 安全衛生パトロール日程",
    body=f"""鈴村様

お世話になっております。外注管理課の宇佐美です。
12月の安全衛生パトロールの日程をお知らせします。御社は12月9日です。
（参考までに他社の日程も載せています）

{_table([["日付", "会社名", "作業場所", "代表電話", "重点確認事項"],
         ["12/2(火)", "大和塗装工業株式会社", "塗装棟", "053-441-2901", "有機溶剤の保護具"],
         ["12/4(木)", "有限会社中村メッキ", "表面処理棟", "053-437-6650", "特化物の掲示"],
         ["12/9(火)", "遠州クリーン株式会社", "プレス棟・倉庫", "053-452-0318", "騒音区域の耳栓着用"],
         ["12/11(木)", "三協プレス工業株式会社", "プレス棟", "053-589-2270", "洗浄槽の局排"],
         ["12/16(火)", "浜松精機サービス株式会社", "全棟（保全）", "053-425-7714", "高所・電気作業"]])}

時間はいずれも13:30〜15:00です。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="協力会社（事業者）の代表電話の一覧で個人のデータではない",
)

# =====================================================================================
# 060 DOCX のヘッダーに「取扱注意」— 改善計画書 → 労働衛生コンサル
# =====================================================================================
add(
    charset="cp932",
    sender=MATSUURA,
    to=["静岡労働衛生コンサルタント事務所 鵜飼様 <ukai@eisei-consul.co.jp>"],
    subject="作業環境改善計画書（案）ご確認のお願い",
    body=f"""鵜飼先生

お世話になっております。浜松工場の松浦です。
第2管理区分となった洗浄工程の改善計画書（案）を作成しましたので、添付いたします。
有機則第28条の3の2に基づく外部専門家のご意見として、ご確認いただけますと幸いです。
{SIG_MATSUURA}""",
    attachments=[{"kind": "docx", "name": "作業環境改善計画書_洗浄工程_案.docx", "page_header": "取扱注意",
                  "paragraphs": ["作業環境改善計画書（案）", "対象：浜松工場 洗浄工程（単位作業場所 No.5）",
                                 "現状：ジクロロメタン A測定 第1評価値 68ppm・第2評価値 31ppm（管理濃度 50ppm）→ 第2管理区分",
                                 "対策1：洗浄槽の上部に蓋を設置し、未使用時は閉止する",
                                 "対策2：プッシュプル型換気装置への更新（2026年5月）",
                                 "対策3：代替溶剤（炭化水素系）の試験導入"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付DOCXのヘッダーに「取扱注意」の区分表示",
)

# =====================================================================================
# 061 パスワードの別送メール（添付なし）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=MATSUURA,
    to=["東海産業保健センター 結果管理課 <kekka@tokai-sanpo.or.jp>"],
    subject="【パスワード】二次健診対象者データの送付",
    body=f"""東海産業保健センター
結果管理課　ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn2025#kensin

なお、来年度からは御社の受け渡し用ストレージをご利用したいと考えております。
アカウント発行の手続きをご教示いただけますと幸いです。
{SIG_MATSUURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワードだけの別送メールで添付も個人情報もない",
)

# =====================================================================================
# 062 English: XLSX のヘッダーに Confidential — 騒音調査の結果を米国の顧客へ
# =====================================================================================
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["Rachel Moore <rmoore@brightline-motors.com>"],
    subject="Noise survey results - Hamamatsu press lines",
    body=f"""Hi Rachel,

As promised at the supplier review, attached are the area noise survey results for the
press lines that build your brackets. Line 2 is still above 85 dB(A) at two positions;
the anti-vibration mounts will be replaced in March and we will re-measure in April.

Best,
Kenji
{SIG_HOSHINO}""",
    attachments=[{"kind": "xlsx", "name": "Hamamatsu_noise_survey_2025H2.xlsx",
                  "page_header": "Confidential - Hinode Sangyo",
                  "sheets": {"Area survey": [["Area noise survey, Hamamatsu plant, Sept 2025"], [],
                                             ["Position", "Line", "LAeq dB(A)", "Peak dB(C)", "Zone"],
                                             ["P-01", "Press 1", 83.2, 121, "I"], ["P-02", "Press 1", 84.9, 124, "I"],
                                             ["P-03", "Press 2", 88.6, 130, "II"], ["P-04", "Press 2", 87.1, 128, "II"],
                                             ["P-05", "Press 3", 82.4, 119, "I"]],
                             "Actions": [["Action", "Due"], ["Replace mounts on press 2", "2026-03"],
                                         ["Re-measure", "2026-04"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付XLSXのヘッダーに Confidential の区分表示（社外宛て）",
)

# =====================================================================================
# 063 社内転送: 健診機関からの結果メール（添付メール）を産業医・人事へ
# =====================================================================================
_p = _people(63, 7, region="kitakami")
_r = _rng("063")
_in = "\n".join(f"{p['name']}\t鉛\t血中鉛 {round(_r.uniform(12, 45), 1)}μg/dL\t{_r.choice(['B', 'C', 'C', 'D'])}"
                for p in _p)
add(
    charset="utf-8",
    sender=CHIBA,
    to=["産業医 佐伯 <saeki.sangyoi@hinode-sangyo.co.jp>", "瀬戸口 由香 <setoguchi.y@hinode-sangyo.co.jp>"],
    subject="FW: 鉛健診 判定C以上の方のお知らせ（北上工場）",
    body=f"""佐伯先生、瀬戸口さん

お疲れさまです。北上工場の千葉です。
いわて労働衛生協会から届いた鉛健診の速報を転送します（元のメールを添付しています）。
判定Dの方の面談を来週中に設定したいので、ご都合をお知らせください。

千葉""",
    attachments=[{"kind": "eml", "name": "鉛健診 判定C以上の方のお知らせ.eml",
                  "message": {"charset": "utf-8",
                              "sender": "いわて労働衛生協会 結果通知 <kekka@iwate-roei.or.jp>",
                              "to": ["千葉 翔 <chiba.sho@hinode-sangyo.co.jp>"],
                              "subject": "鉛健診 判定C以上の方のお知らせ",
                              "body": f"日の出産業 北上工場 千葉様\n\n判定C以上の方は以下のとおりです。\n\n{_in}\n\nいわて労働衛生協会"}}],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="健診結果を含むメールの転送だが宛先は社内のみ",
)

# =====================================================================================
# 064 壊れたPDF（開けない添付）→ 測定機関
# =====================================================================================
add(
    charset="shift_jis",
    sender=NISHIMORI,
    to=["中部環境分析センター 丹羽様 <niwa@chubu-kankyo-bunseki.co.jp>"],
    subject="測定点配置図（修正版）の送付",
    body=f"""丹羽様

お世話になっております。西森です。
2月の測定に向けて、はんだ付け工程の測定点配置図を修正しましたのでお送りします。
局排の移設に合わせてA測定の測定点を2点追加しています。
{SIG_NISHIMORI}""",
    attachments=[{"kind": "corrupt", "name": "測定点配置図_はんだ付け工程_rev2.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付PDFが破損していて検査できない",
)

# =====================================================================================
# 065 署名が長いだけの通常連絡（ロゴ画像つき）
# =====================================================================================
add(
    charset="cp932",
    sender=NISHIMORI,
    to=["大垣健診クリニック 法人窓口 <houjin@ogaki-kenshin.jp>"],
    subject="年末年始の連絡窓口について",
    body=f"""大垣健診クリニック
法人窓口　ご担当者様

お世話になっております。日の出産業 大垣工場の西森です。
年末年始（12月27日〜1月4日）は工場が休業となります。
期間中の緊急のご連絡は、下記の本社代表までお願いいたします。

本年も大変お世話になりました。来年もどうぞよろしくお願いいたします。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業(株) 大垣工場 環境安全課
課長　西森 健一
〒503-0936 岐阜県大垣市内原2-115
TEL 0584-89-3301（課直通）　FAX 0584-89-3309
工場代表 0584-89-3300
本社代表（休業中の緊急連絡先） 052-261-4400
環境安全課 共用携帯 080-2930-5571
nishimori.k@ogaki.hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="送信者の署名（会社の代表・直通・共用携帯）とロゴ画像だけ",
)

# =====================================================================================
# 066 類似ドメイン（hinode-sangyo.jp、co. 抜け）宛てに有所見者一覧
# =====================================================================================
_p = _people(66, 6, region="ogaki")
_r = _rng("066")
_lst = "\n".join(f"　・{p['name']}　{_r.choice(['塗装', 'はんだ付け', '洗浄'])}　{_r.choice(['要精密（肝機能）', '分布3', '要観察（貧血）', '分布2'])}"
                 for p in _p)
add(
    charset="iso-2022-jp",
    sender=NISHIMORI,
    to=["佐伯 卓 <saeki.sangyoi@hinode-sangyo.jp>"],
    subject="大垣工場 有所見者の面談予定",
    body=f"""佐伯先生

お疲れさまです。大垣工場の西森です。
11月27日の面談対象者は次の6名です。時間割は当日朝にお渡しします。

{_lst}

どうぞよろしくお願いいたします。
{SIG_NISHIMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="社内の産業医宛てのつもりが co. の抜けた類似ドメイン、中身は健診所見の一覧",
)

# =====================================================================================
# 067 分布区分の集計（XLSX、個人なし）→ 労働衛生コンサル
# =====================================================================================
add(
    charset="utf-8",
    sender=OKABE,
    to=["静岡労働衛生コンサルタント事務所 鵜飼様 <ukai@eisei-consul.co.jp>"],
    subject="3工場の代謝物分布の推移（集計表）",
    body=f"""鵜飼先生

お世話になっております。安全衛生グループの岡部です。
全社の安全衛生計画の見直しにあたり、3工場の代謝物・血中鉛の分布の推移を集計しました。
人数のみの集計で、個人が分かる情報は入れておりません。
次回のご訪問時にコメントをいただけますと幸いです。
{SIG_OKABE}""",
    attachments=[{"kind": "xlsx", "name": "分布推移_3工場_2021-2025.xlsx",
                  "sheets": {"有機溶剤": [["代謝物 分布別人数（トルエン・キシレン）"], [],
                                         ["年度", "工場", "分布1", "分布2", "分布3", "計"],
                                         [2023, "浜松", 52, 6, 1, 59], [2024, "浜松", 55, 5, 1, 61], [2025, "浜松", 54, 6, 1, 61],
                                         [2023, "大垣", 38, 4, 0, 42], [2024, "大垣", 40, 3, 1, 44], [2025, "大垣", 41, 3, 0, 44],
                                         [2024, "北上", 33, 2, 0, 35], [2025, "北上", 35, 3, 0, 38]],
                             "鉛": [["血中鉛 分布別人数"], [], ["年度", "工場", "分布1", "分布2", "分布3"],
                                   [2024, "大垣", 24, 5, 2], [2025, "大垣", 25, 4, 2],
                                   [2024, "北上", 10, 2, 0], [2025, "北上", 9, 3, 0]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="分布別の人数集計のみで個人は特定されない",
)

# =====================================================================================
# 068 産業医の意見（協力会社作業員1名）を本文に貼り付けて転送
# =====================================================================================
add(
    charset="utf-8",
    sender=USAMI,
    to=["遠州クリーン 業務課 鈴村様 <suzumura@enshu-clean.co.jp>"],
    subject="転送: 御社 菊池様の聴力検査結果に関する産業医意見",
    body=f"""鈴村様

お世話になっております。宇佐美です。
弊社産業医からの意見を、安全衛生課から受け取りましたので転送いたします。
プレス棟での作業割り当てについてご検討をお願いします。

---------- 転送メッセージ ----------
差出人: 松浦 美咲 <matsuura.misaki@hinode-sangyo.co.jp>
日付: 2025年11月7日(金) 16:20
件名: 遠州クリーン 菊池様の件
宛先: 宇佐美 浩平 <usami.k@hinode-sangyo.co.jp>

宇佐美さん

遠州クリーン様の 菊池 一郎 さん（清掃・プレス棟担当、58歳）の件です。
騒音健診の精密検査で、4000Hz 右55dB・左60dB、「騒音性難聴（管理区分：要観察）」と判定されました。
佐伯先生の意見は「85dB以上の区域での作業は1日2時間以内とし、イヤーマフを必ず着用」です。
遠州クリーン様にお伝えいただけますか。

松浦
{SIG_USAMI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="社内メールを本文ごと転送し、協力会社作業員1名の診断を社外へ（転送は新しい内容）",
)

# =====================================================================================
# 069 本文にカンマ区切りで貼り付けた鉛健診の結果 → 健診クリニック
# =====================================================================================
_p = _people(69, 8, region="ogaki")
_r = _rng("069")
_csvtxt = ["社員番号,氏名,生年月日,血中鉛(μg/dL),尿中δ-ALA(mg/L),自覚症状"]
for p in _p:
    _csvtxt.append(f"{p['emp']},{p['name_nosp']},{_wareki(p['dob'], 'short')},{round(_r.uniform(8, 48), 1)},"
                   f"{round(_r.uniform(1, 11), 1)},{_r.choice(['なし', 'なし', '便秘', '頭痛'])}")
add(
    charset="cp932",
    sender=NISHIMORI,
    to=["大垣健診クリニック 健診課 <kenshin@ogaki-kenshin.jp>"],
    subject="鉛健診 社内で実施した自覚症状調査との突合せ",
    body=f"""大垣健診クリニック
健診課　ご担当者様

お世話になっております。西森です。
先日いただいた鉛健診の結果に、社内で実施した自覚症状の聞き取り結果を突き合わせました。
添付ファイルが開けないとのことでしたので、本文に貼り付けます（カンマ区切りです）。

{chr(10).join(_csvtxt)}

血中鉛40以上の方について、二次健診の追加項目をご提案いただけますでしょうか。
{SIG_NISHIMORI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="本文に8名分の健診結果をカンマ区切りで貼り付けて社外へ",
)

# =====================================================================================
# 070 「社外秘」という言葉に触れるだけ（区分表示ではない）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=MATSUURA,
    to=["東海環境計測 水野様 <mizuno@tokai-kankyo-keisoku.co.jp>"],
    subject="Re: 個人サンプリング法の測定計画書について",
    body=f"""水野様

お世話になっております。松浦です。
測定計画書の件、ありがとうございました。

ご質問の「社外秘の工程図をいただけるか」という点ですが、
工程図そのものは社内規程でお渡しできないため、測定に必要な範囲（ブースの位置と
作業者の動線）を書き起こした簡略図を別途ご用意いたします。
御社の内部資料も、こちらでは拝見しなくて差し支えございません。

簡略図は今週金曜日までにお送りします。
{SIG_MATSUURA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘」は話題として出てくるだけで文書の区分表示ではない",
)

# =====================================================================================
# 071 聴覚障害（身体障害者手帳）のある従業員1名の配慮依頼 → 出張先の顧客工場
# =====================================================================================
add(
    charset="utf-8",
    sender="杉浦 陽介 <sugiura.yosuke@hinode-sangyo.co.jp>",
    to=["北国フーズ 札幌工場 工務課 <koumu-sapporo@kitaguni-foods.co.jp>"],
    subject="設備据付工事 作業員に関するご配慮のお願い",
    body=f"""北国フーズ株式会社 札幌工場
工務課　ご担当者様

お世話になっております。日の出産業 浜松工場 設備保全課の杉浦です。
12月の充填機据付工事に伺う作業員のうち、1名についてご配慮をお願いしたくご連絡しました。

作業員の 御手洗 健太 は、騒音性難聴が進行しており身体障害者手帳（聴覚障害 6級）を
取得しております。補聴器を使用していますが、構内放送や警報音が聞き取りにくいため、
・避難訓練や非常時の連絡は、回転灯や筆談ボードでもお知らせいただけると助かります。
・構内の安全教育の際は、資料を紙でいただけますでしょうか。

本人の了解を得たうえでお伝えしております。よろしくお願いいたします。

日の出産業株式会社 浜松工場 設備保全課
杉浦 陽介　TEL 053-482-7741""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の従業員1名の障害・難聴（要配慮個人情報）を社外へ",
)

# =====================================================================================
# 072 安全衛生大会の会場予約（人数・設備のみ）→ さくらホテル
# =====================================================================================
add(
    charset="utf-8",
    sender=OKABE,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="1月16日 全社安全衛生大会 会場のご予約",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業 総務部の岡部です。
仮予約いただいていた件、本予約でお願いいたします。

　日時　　：2026年1月16日(金) 13:00〜17:00（設営 11:00〜）
　会場　　：桜の間（スクール形式）
　人数　　：約150名（協力会社様を含む）
　機材　　：プロジェクター2台、ワイヤレスマイク4本、演台
　昼食　　：なし／休憩時のお茶 150本
　請求先　：日の出産業株式会社 総務部（見積番号 SH-26-0042）

講演者（産業医の先生）の控室も1室お願いできますでしょうか。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="会場予約の通常連絡で個人情報なし",
)

# =====================================================================================
# 073 暗号化なしZIP（XLSX＋PDF）協力会社作業員6名の特殊健診結果 → 三協プレス工業
# =====================================================================================
_p = _people(73, 6)
_r = _rng("073")
_x = [["三協プレス工業様 構内作業者 特殊健康診断結果（2025年10月）"], [],
      ["氏名", "生年月日", "健診", "項目", "結果", "判定"]]
for p in _p:
    _x.append([p["name"], _wareki(p["dob"]), _r.choice(["有機溶剤", "騒音"]),
               _r.choice(["尿中馬尿酸", "4000Hz聴力", "AST/ALT"]), _r.choice(["1.9g/L", "右45dB", "62/75", "0.4g/L"]),
               _r.choice(["異常なし", "要観察", "要精密"])])
add(
    charset="shift_jis",
    sender=MATSUURA,
    to=["三協プレス工業 総務 安藤様 <ando@sankyo-press.co.jp>"],
    subject="構内作業者の特殊健診結果（10月分）の送付",
    body=f"""安藤様

お世話になっております。浜松工場 安全衛生課の松浦です。
弊社巡回健診に相乗りで受診された御社作業員6名分の結果をお送りします。
一覧表（Excel）と健診機関の報告書（PDF）をZIPにまとめています。

原本は御社で5年間保存をお願いいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "zip", "name": "sankyo_kenshin_202510.zip",
                  "files": [{"kind": "xlsx", "name": "結果一覧.xlsx", "sheets": {"結果": _x}},
                            {"kind": "pdf", "name": "健診機関報告書.pdf",
                             "lines": ["特殊健康診断結果報告書", "事業所：三協プレス工業株式会社（日の出産業 浜松工場 構内）"],
                             "table": [r for r in _x[2:]]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP内のXLSX・PDFに6名の健診結果（協力会社＝社外へ）",
)

# =====================================================================================
# 074 健診の料金表（事業者間の価格情報）→ 協力会社
# =====================================================================================
add(
    charset="cp932",
    sender=USAMI,
    to=["浜松精機サービス 総務 <office@hamamatsu-seiki-s.co.jp>"],
    subject="巡回健診への相乗り 料金のご案内",
    body=f"""浜松精機サービス株式会社
総務ご担当者様

お世話になっております。外注管理課の宇佐美です。
弊社の巡回健診に相乗りされる場合の1名あたりの料金（税込）は以下のとおりです。
健診機関との契約単価をそのまま適用します。

　有機溶剤健診（一次）　　　　　　　 ￥4,620
　　尿中代謝物 追加1項目ごと　　　　 ￥1,320
　鉛健診（一次）　　　　　　　　　　 ￥6,380
　騒音健診（選別聴力検査）　　　　　 ￥1,980
　騒音健診（オージオメータ 250〜8000Hz）￥3,520
　結果報告書の発行手数料　　　　　　 ￥  550

請求は健診機関から御社へ直接送付されます。
お申込みは12月12日までにお願いいたします。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="料金表のみで個人情報なし",
)

# =====================================================================================
# 075 技能講習の案内 — 講習機関・協力会社2社・個人のGmailを To に並べる
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=MATSUURA,
    to=["静岡県労働基準協会 講習係 <koushu@shizuoka-kijunkyokai.or.jp>",
        "大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>",
        "中村メッキ 中村様 <nakamura@nakamura-mekki.co.jp>",
        "野々村 様 <nonomura.takeshi77@gmail.com>"],
    subject="有機溶剤作業主任者技能講習 合同受講の件",
    body=f"""関係各位

お世話になっております。日の出産業 浜松工場 安全衛生課の松浦です。
2月の有機溶剤作業主任者技能講習について、弊社と協力会社様で合同申込みを行う件、
講習機関のご担当者様にも入っていただき、ご連絡いたします。

　日程：2026年2月24日(火)・25日(水)
　会場：浜松工場 厚生棟 大会議室（出張講習）
　定員：30名（各社の受講予定人数を1月16日までにお知らせください）

個人でお申込みの野々村様は、受講料の振込先を講習機関からご案内いただきます。
{SIG_MATSUURA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="社外3団体と個人1名（計4者）のアドレスが To で互いに見える",
)

# =====================================================================================
# 076 社内: 未受診者一覧（テキスト添付、内線・携帯）→ 各課長
# =====================================================================================
_p = _people(76, 9)
_txt = _table([["所属", "氏名", "健診", "連絡先"]] +
              [[d, p["name"], k, p["phone"]] for p, d, k in
               zip(_p, ["塗装課", "塗装課", "プレス課", "プレス課", "プレス課", "洗浄工程", "品質保証", "物流", "保全"],
                   ["有機溶剤", "有機溶剤", "騒音", "騒音", "騒音", "有機溶剤", "有機溶剤", "騒音", "騒音"])])
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["浜松工場 課長会 <hmm-kachokai@hinode-sangyo.co.jp>"],
    subject="【至急】特殊健診 未受診者への受診勧奨のお願い",
    body=f"""課長各位

お疲れさまです。安全衛生課の松浦です。
10月の特殊健診の未受診者が9名います。11月12日・13日の施設健診で受診できるよう、
各課でご本人への声かけをお願いします（一覧を添付しています）。
法定健診のため、未受診のままですと監督署の指導対象になります。
{SIG_MATSUURA}""",
    attachments=[{"kind": "txt", "name": "未受診者一覧.txt", "encoding": "utf-8", "text": _txt}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="未受診者の一覧（携帯つき）だが社内の課長会宛てのみ",
)

# =====================================================================================
# 077 類似ドメイン（tsubasa-sytem.jp、s 抜け）宛て — システム仕様の質問
# =====================================================================================
add(
    charset="utf-8",
    sender=SETOGUCHI,
    to=["ツバサシステム 三浦様 <miura@tsubasa-sytem.jp>"],
    subject="健康管理システム 取込フォーマットについての質問",
    body=f"""三浦様

お世話になっております。日の出産業 健康管理室の瀬戸口です。
先日のデモで拝見した健診結果の取込機能について、いくつか質問させてください。

1. 健診機関ごとに異なるCSVレイアウトは、マッピング設定で吸収できますか。
2. 特殊健診の「分布」区分（1〜3）を項目として持てますか。
3. 作業環境測定の管理区分と、個人の健診結果を職場単位で紐づけることは可能ですか。
4. 聴力検査の結果（周波数ごとの値）をグラフ表示できますか。

お手すきの際にご回答いただけますと幸いです。
{SIG_SETOGUCHI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp の s が抜けた類似ドメイン宛て",
)

# =====================================================================================
# 078 派遣スタッフ1名の個人票（保護なしPDF）→ 派遣元
# =====================================================================================
add(
    charset="cp932",
    sender=MATSUURA,
    to=["ヒューマンリンク東海 浜松支店 <hamamatsu@humanlink-tokai.co.jp>"],
    subject="派遣スタッフ 岩渕様 特殊健診個人票（写）",
    body=f"""株式会社ヒューマンリンク東海 浜松支店
ご担当者様

お世話になっております。日の出産業 浜松工場の松浦です。
御社スタッフ 岩渕様の有機溶剤健診の個人票（写）をお送りします。
再検査の結果が出ましたら、あらためてお知らせいたします。
{SIG_MATSUURA}""",
    attachments=[{"kind": "pdf", "name": "個人票_岩渕様_202510.pdf",
                  "lines": ["有機溶剤等健康診断個人票（写）",
                            "氏名：岩渕 千尋　　性別：女　　生年月日：平成9年2月11日（28歳）",
                            "業務：接着ライン（酢酸エチル、トルエン）　従事期間：2年3か月",
                            "自覚症状：頭痛、めまい（作業中）",
                            "尿中馬尿酸：2.7 g/L（分布3）",
                            "肝機能：AST 31 / ALT 44 / γ-GTP 58",
                            "貧血検査：Hb 10.9 g/dL（軽度貧血）",
                            "医師の判定：要再検査（1か月後）　就業区分：通常勤務（保護具の徹底）"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1名の健診個人票（PDF）を社外の派遣元へ",
)

# =====================================================================================
# 079 健診機関と印刷会社（2社）を入れた問診票の様式の相談
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=OKABE,
    to=["東海産業保健センター 営業企画 大橋様 <ohashi@tokai-sanpo.or.jp>"],
    cc=["錦印刷 野田様 <noda@nishiki-insatsu.co.jp>"],
    subject="特殊健診 問診票の様式変更について（印刷のご相談）",
    body=f"""大橋様
（cc: 錦印刷 野田様）

お世話になっております。日の出産業 安全衛生グループの岡部です。
来年度から、騒音健診の問診票にガイドライン改訂に対応した項目（耳鳴り・保護具の使用状況）を
追加したいと考えております。

様式の内容は大橋様にご確認いただき、印刷は例年どおり錦印刷様にお願いする予定です。
A4両面・OCR読取り対応のままで、レイアウトの変更が可能かどうか、
お二方でご相談いただけますでしょうか。

必要部数は3工場で約450部です。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2社を To/Cc に入れた通常の相談",
)

# =====================================================================================
# 080 個人ばく露騒音の測定結果（8名、HTML＋テキスト）→ 三協プレス工業
# =====================================================================================
_p = _people(80, 8)
_r = _rng("080")
_vals = [(p, round(_r.uniform(78, 93), 1), _r.choice(["耳栓", "耳栓", "イヤーマフ", "なし"])) for p in _p]
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["三協プレス工業 総務 安藤様 <ando@sankyo-press.co.jp>"],
    subject="プレス棟 個人ばく露騒音測定の結果（御社作業者分）",
    body=f"""安藤様

お世話になっております。松浦です。
11月12日に実施した個人ばく露騒音測定の結果（御社作業者8名分）をお送りします。
85dB以上の方は、騒音健診の対象として次回の巡回健診に含めることをお勧めします。

{_table([["氏名", "社員番号", "LAeq,8h (dB)", "保護具"]] + [[p["name"], p["emp"], v, g] for p, v, g in _vals])}

松浦""",
    html=f"""<html><body><p>安藤様</p>
<p>お世話になっております。松浦です。<br>11月12日に実施した個人ばく露騒音測定の結果（御社作業者8名分）をお送りします。<br>
85dB以上の方は、騒音健診の対象として次回の巡回健診に含めることをお勧めします。</p>
<table border="1"><tr><th>氏名</th><th>社員番号</th><th>LAeq,8h (dB)</th><th>保護具</th></tr>
{''.join(f'<tr><td>{p["name"]}</td><td>{p["emp"]}</td><td>{v}</td><td>{g}</td></tr>' for p, v, g in _vals)}
</table><p>松浦</p></body></html>""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="8名の氏名つきばく露測定値の一覧（人の属性のリスト）を社外へ",
)

# =====================================================================================
# 081 業界団体の調査への回答（工場別の集計のみ）
# =====================================================================================
add(
    charset="shift_jis",
    sender=OKABE,
    to=["日本金属プレス工業会 事務局 <jimukyoku@jp-press-kogyokai.or.jp>"],
    subject="Re: 【ご協力のお願い】会員企業の騒音対策に関する実態調査",
    body=f"""日本金属プレス工業会 事務局 御中

いつもお世話になっております。日の出産業株式会社 総務部の岡部です。
標記の調査につきまして、弊社の回答をお送りいたします。

問1　騒音健診の対象者数（2025年度）
　　　浜松工場 128名／大垣工場 39名／北上工場 45名
問2　4000Hzで所見のあった者の割合
　　　浜松 9.4%／大垣 5.1%／北上 13.3%
問3　個人ばく露測定の導入状況
　　　導入済み（2024年度から、年1回）
問4　聴覚保護具のフィットチェックの実施
　　　一部実施（プレス職場のみ）

自由記述欄は特にございません。集計結果の共有を楽しみにしております。
{SIG_OKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="工場別の人数・割合だけの回答で個人は特定されない",
)

# =====================================================================================
# 082 労働者死傷病報告（有機溶剤中毒、1名）の下書きを監督署へ事前相談
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=KURUSHIMA,
    to=["北上労働基準監督署 安全衛生課 <anzeneisei@kitakami.labour-office.go.jp>"],
    subject="労働者死傷病報告の記載内容のご相談（北上工場）",
    body=f"""北上労働基準監督署 安全衛生課
ご担当者様

日の出産業株式会社 人事部 労務課の久留島でございます。
先日お電話でご報告した北上工場の休業災害について、労働者死傷病報告を電子申請する前に、
災害発生状況の書き方をご確認いただけますでしょうか。

　被災者　：八重樫 直樹（男・41歳）　職種：塗装工　経験年数 9年
　発生日時：令和7年10月14日 15時20分ごろ
　傷病名　：急性有機溶剤中毒（トルエン）、意識障害により救急搬送
　休業見込：約3週間
　発生状況：塗装ブース内でタンク内壁の塗装作業中、局所排気装置が停止していることに気づかず
　　　　　　約40分作業を続けたため、めまい・嘔吐の症状を呈し、同僚が発見した。

再発防止策（局排の運転監視の警報化、送気マスクの使用）は別紙でご説明いたします。
{SIG_KURUSHIMA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被災者1名の氏名と傷病名（要配慮個人情報）を社外へ",
)

# =====================================================================================
# 083 協力会社からの相談への返信（相手の本文の引用に作業員の病歴）
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>"],
    subject="Re: 作業員の配置についてのご相談",
    body=f"""三宅様

ご相談ありがとうございます。松浦です。
ご本人の同意のもとで御社の判断で配置を決めていただくのが原則ですが、
弊社の産業医の意見を聞きたいということでしたら、面談の枠をご用意できます。
11月20日(木) 14:00〜 はいかがでしょうか。

松浦
{SIG_MATSUURA}

2025年11月11日(火) 10:05 三宅 <miyake@yamato-tosou.co.jp>:
> 松浦様
>
> いつもお世話になっております。大和塗装工業の三宅です。
> 弊社の塗装工 昆 健太（34歳）が、先月からてんかんの治療を始めたと申告してきました。
> 主治医からは服薬で発作は抑えられていると言われているそうですが、
> 御社構内の塗装ブースでの作業を続けさせてよいか判断に迷っております。
> ご意見をいただけますでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="病歴は相手自身のメールの引用（>）にあるだけで、新しい本文に個人の情報なし",
)

# =====================================================================================
# 084 フィットテストの結果（4名）→ 保護具メーカーのサービス窓口
# =====================================================================================
add(
    charset="cp932",
    sender=CHIBA,
    to=["保護具メーカー 技術サービス <fitservice@airmask-japan.co.jp>"],
    subject="定量フィットテスト 結果の確認依頼",
    body=f"""エアマスクジャパン株式会社
技術サービス課　ご担当者様

お世話になっております。日の出産業 北上工場の千葉です。
先日お借りした機器で行った定量フィットテストの結果です。
フィットファクタが100を下回った2名について、別サイズの面体を試したいのですが、
お勧めの型番をご教示ください。

　氏名　　　　面体（サイズ）　　フィットファクタ
　-------------------------------------------------
　畠山 康平　　RM-200（M）　　　 312
　及川 智　　　RM-200（M）　　　  74
　菊池 里奈　　RM-200（S）　　　 158
　藤原 隆之　　RM-200（L）　　　  88

よろしくお願いいたします。
{SIG_CHIBA}""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="4名の氏名とフィット値（健康情報ではない、5人未満）",
)

# =====================================================================================
# 085 協力会社への依頼（健診結果の提出のお願い、データなし）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=USAMI,
    to=["有限会社中村メッキ 中村社長 <nakamura@nakamura-mekki.co.jp>"],
    subject="構内作業者の特殊健診 実施状況のご報告のお願い",
    body=f"""中村社長

いつもお世話になっております。外注管理課の宇佐美です。
構内協力会社の皆さまに、年1回お願いしている特殊健診の実施状況のご報告の時期となりました。

ご報告いただきたいのは以下のみです。個人の結果や氏名はお送りいただかなくて結構です。
　・対象者数、受診者数
　・健診の種類（特化物・有機溶剤など）と実施日
　・健診機関名

12月19日までに、添付なしの本文でのご回答で構いません。
ご協力のほど、よろしくお願いいたします。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="個人情報を求めない依頼文のみ",
)

# =====================================================================================
# 086 問診票への事前印字データ（CSV UTF-8 BOM、40名）→ 錦印刷
# =====================================================================================
_p = _people(86, 40)
_r = _rng("086")
_csv = [["問診票No", "社員番号", "氏名", "ふりがな", "生年月日", "性別", "所属", "健診種別"]]
for i, p in enumerate(_p, 1):
    _csv.append([f"MS-{i:04d}", p["emp"], p["name"], p["kana"], _wareki(p["dob"]), p["sex"],
                 _r.choice(["塗装課", "プレス課", "洗浄工程", "接着ライン", "保全課"]),
                 _r.choice(["有機溶剤", "騒音", "有機溶剤・騒音"])])
add(
    charset="cp932",
    sender=MATSUURA,
    to=["錦印刷 営業部 野田様 <noda@nishiki-insatsu.co.jp>"],
    subject="問診票 個人別印字データの入稿（浜松工場 1月巡回分）",
    body=f"""錦印刷株式会社
営業部　野田様

いつもお世話になっております。日の出産業 浜松工場の松浦です。
1月巡回分の問診票（個人別印字あり）の入稿データをお送りします。
印字位置は昨年度と同じで、氏名・ふりがな・生年月日・所属を所定欄にお願いします。
納期は1月9日です。
{SIG_MATSUURA}""",
    attachments=[{"kind": "csv", "name": "monshin_inji_hamamatsu_202601.csv", "encoding": "utf-8-sig", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="40名の氏名・生年月日のCSVを印刷会社（社外）へ",
)

# =====================================================================================
# 087 本人の希望で、本人の私用アドレスに本人の結果を送る
# =====================================================================================
add(
    charset="utf-8",
    sender=SETOGUCHI,
    to=["kuwabara.daisuke.0612@gmail.com"],
    subject="聴力検査の結果について（ご依頼の件）",
    body=f"""桑原 大輔 様

健康管理室の瀬戸口です。
ご依頼のあった10月の騒音健診の結果を、ご指定の私用アドレスにお送りします。

　選別聴力検査　1000Hz：右 20dB／左 20dB
　　　　　　　　4000Hz：右 45dB／左 50dB
　判定：要精密検査（騒音性難聴の疑い）

かかりつけの耳鼻科を受診される際は、この結果をお見せください。
精密検査の費用は会社が負担しますので、領収書を健康管理室へ提出してください。
{SIG_SETOGUCHI}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="本人の依頼で本人の私用アドレスへ本人の結果：本人宛てとみるか社外への要配慮情報とみるかで判断が分かれる",
)

# =====================================================================================
# 088 社内: 作業環境測定と健診結果の突合せ（XLSX）
# =====================================================================================
_p = _people(88, 12, region="ogaki")
_r = _rng("088")
_x = [["単位作業場所", "管理区分", "氏名", "代謝物分布", "判定"]]
for p in _p:
    _x.append([_r.choice(["No.1 塗装ブース", "No.2 洗浄槽", "No.3 はんだ付け"]), _r.choice(["第1", "第2"]),
               p["name"], _r.choice([1, 1, 2, 3]), _r.choice(["A", "B", "C"])])
add(
    charset="cp932",
    sender=NISHIMORI,
    to=["岡部 拓真 <t-okabe@hinode-sangyo.co.jp>"],
    cc=["産業医 佐伯 <saeki.sangyoi@hinode-sangyo.co.jp>"],
    subject="測定結果と健診結果の突合せ（大垣）",
    body=f"""岡部さん（cc 佐伯先生）

お疲れさまです。西森です。
全社会議の資料づくり用に、大垣工場の作業環境測定の管理区分と特殊健診の結果を
個人単位で突き合わせた表を作りました。第2管理区分の洗浄槽で分布2以上が目立ちます。
社外には出さない前提でお願いします。
{SIG_NISHIMORI}""",
    attachments=[{"kind": "xlsx", "name": "突合せ_大垣_2025.xlsx", "sheets": {"突合せ": _x}}],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="個人単位の健診結果だが宛先は社内のみ",
)

# =====================================================================================
# 089 類似ドメイン（hinode-sanygo.co.jp、文字の入れ替え）宛て
# =====================================================================================
add(
    charset="utf-8",
    sender=CHIBA,
    to=["総務部 安全衛生グループ <anzen-g@hinode-sanygo.co.jp>"],
    subject="北上工場 下期巡回健診の日程確定",
    body=f"""安全衛生グループ各位

お疲れさまです。北上工場の千葉です。
下期の巡回健診の日程が確定しましたのでご報告します。

　1月20日(火)　有機溶剤
　1月21日(水)　鉛・騒音

受診者名簿は1月上旬に協会へ送付予定です。
{SIG_CHIBA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="自社ドメインの文字を入れ替えた類似ドメイン（sanygo）宛て",
)

# =====================================================================================
# 090 立会者3名の連絡先（氏名・携帯・メール）→ 測定機関
# =====================================================================================
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海環境計測 水野様 <mizuno@tokai-kankyo-keisoku.co.jp>"],
    cc=["東海環境計測 測定課 <sokutei@tokai-kankyo-keisoku.co.jp>"],
    subject="個人サンプリング測定 当日の立会者",
    body=f"""水野様

お世話になっております。松浦です。
当日の立会者は次の3名です。サンプラーの装着・回収の際はこちらにお声がけください。

| 氏名 | 担当 | 携帯 | メール |
|---|---|---|---|
| 松浦 美咲 | 全体調整 | 090-2275-8014 | matsuura.misaki@hinode-sangyo.co.jp |
| 服部 誠 | 塗装棟 | 080-5512-0963 | hattori.s@hamamatsu.hinode-sangyo.co.jp |
| 杉浦 陽介 | 局排の運転確認 | 070-1284-4471 | sugiura.yosuke@hinode-sangyo.co.jp |

よろしくお願いいたします。
{SIG_MATSUURA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="3名の連絡先のみ（5人未満、警告どまり）。宛先は同じ社外1社",
)

# =====================================================================================
# 091 法律事務所への相談（仮名化された1名の事例）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=KURUSHIMA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="就業制限と配置転換に関するご相談",
    body=f"""白川先生

いつもお世話になっております。日の出産業 人事部 労務課の久留島です。
下記の事案について、来週の定例相談でご意見をいただきたく、概要をお送りします。

【事案の概要】
・対象：大垣工場 はんだ付け工程の従業員 A氏（50代男性、勤続25年、班長）
・本年10月の鉛健診で血中鉛が分布3、手指の振戦があり、専門医で「鉛中毒の疑い」との診断
・産業医は鉛業務からの配置転換を意見。A氏は「班長手当がなくなる」として拒否
・A氏は以前から腰痛で通院しており、検査工程（立ち作業）への転換も難しいと主張

【ご相談したい点】
1. 本人が拒否している場合に、会社として配置転換を命じることの可否
2. 手当の減額についての留意点

よろしくお願いいたします。
{SIG_KURUSHIMA}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="仮名（A氏）だが工場・工程・年代・役職から社内では特定できる病状を顧問弁護士へ：判断が分かれる",
)

# =====================================================================================
# 092 1名の二次健診予約 — 健康保険証の記号・番号 → 耳鼻科
# =====================================================================================
add(
    charset="cp932",
    sender=MATSUURA,
    to=["浜松みなみ耳鼻咽喉科 受付 <uketsuke@minami-jibika.jp>"],
    subject="精密聴力検査のご予約（日の出産業 渡邊）",
    body=f"""浜松みなみ耳鼻咽喉科
受付ご担当者様

お世話になっております。日の出産業 浜松工場 安全衛生課の松浦です。
先ほどお電話でお願いした精密聴力検査の予約について、必要事項をお送りします。

　氏名　　　：渡邊 陽介（わたなべ ようすけ）
　生年月日　：Ｓ５６．９．２２
　保険者番号：０６２３０１４７
　被保険者証：記号 １２　番号 １８７３
　検査理由　：騒音健診 4000Hz 右50dB・左45dB（要精密）、耳鳴りの訴えあり
　希望日時　：11月19日(水) 9:30

当日はご本人が保険証を持参します。
{SIG_MATSUURA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号と聴力所見（1名）を社外へ",
)

# =====================================================================================
# 093 English: 関連会社への騒音管理プログラムの紹介（同じ会社の2名、個人情報なし）
# =====================================================================================
add(
    charset="utf-8",
    sender=HOSHINO,
    to=["Le Thi Thu <thu.le@hinode-vn.com.vn>"],
    cc=["Nguyen Quoc Bao <bao.nguyen@hinode-vn.com.vn>"],
    subject="Hearing conservation programme - outline for your plant",
    body=f"""Dear Thu, dear Bao,

Following our call, here is a short outline of how we run the hearing conservation
programme in Japan. Feel free to adapt it to local regulations.

1. Area survey every 6 months; zones above 85 dB(A) are marked and hearing protection
   is mandatory there.
2. Personal dosimetry once a year for each job that enters those zones.
3. Screening audiometry (1 kHz and 4 kHz) at hiring and every 6 months; full audiometry
   for anyone with a shift of 10 dB or more.
4. Results go to the occupational physician only; supervisors are told the work
   restrictions, not the results.
5. Engineering controls come first: enclosures, anti-vibration mounts, quieter tooling.

Happy to share our training slides in English if useful.

Best regards,
Kenji
{SIG_HOSHINO}
{DISCLAIMER_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="制度の説明だけ。宛先は同じ社外1社の2名で、英文の定型免責文のみ",
)

# =====================================================================================
# 094 合同安全パトロールの連絡 — 社外3社を To に並べる
# =====================================================================================
add(
    charset="utf-8",
    sender="杉浦 陽介 <sugiura.yosuke@hinode-sangyo.co.jp>",
    to=["川崎電機 浜松事業所 施設管理課 <shisetsu-hmm@kawasaki-denki.co.jp>",
        "青葉運輸 浜松営業所 <hamamatsu@aoba-unyu.co.jp>",
        "大和塗装工業 三宅様 <miyake@yamato-tosou.co.jp>"],
    subject="12/3 共用ヤード 合同安全パトロールのご案内",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業 浜松工場 設備保全課の杉浦です。
共用ヤード（出荷場・塗装棟搬入口）の合同安全パトロールを下記のとおり実施します。

　日時：12月3日(水) 10:00〜11:30
　集合：塗装棟 搬入口前
　重点：フォークリフト動線、騒音区域の表示、有機溶剤の一時置場

各社1名のご参加をお願いいたします。

日の出産業株式会社 浜松工場 設備保全課
杉浦 陽介　TEL 053-482-7741""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3社のアドレスが To で互いに見える（Bcc にすべき）",
)

# =====================================================================================
# 095 作業環境測定結果の評価についての返信（場所別のデータ表）
# =====================================================================================
add(
    charset="shift_jis",
    sender=NISHIMORI,
    to=["中部環境分析センター 丹羽様 <niwa@chubu-kankyo-bunseki.co.jp>"],
    subject="Re: 作業環境測定結果報告書（第2回）ご説明",
    body=f"""丹羽様

ご説明ありがとうございました。西森です。
報告書の数値を社内用に整理しました。念のため転記に誤りがないかご確認いただけますか。

{_table([["単位作業場所", "物質", "幾何平均", "幾何標準偏差", "第1評価値", "第2評価値", "B測定", "管理区分"],
         ["No.1 塗装ブース", "トルエン", "3.6ppm", "1.82", "8.2ppm", "4.5ppm", "14ppm", "第1"],
         ["No.2 洗浄槽", "ジクロロメタン", "9.8ppm", "2.10", "21ppm", "12.7ppm", "36ppm", "第1"],
         ["No.3 はんだ付け", "鉛", "0.016", "2.61", "0.063", "0.031", "0.046", "第2"]], rule="=")}
（No.3 の単位は mg/m3）

No.3 は第2評価値とB測定が管理濃度を下回っているものの、第1評価値が管理濃度を超えているため
第2管理区分、という理解で合っていますでしょうか。
幾何標準偏差が大きいのは、はんだ槽の近くと遠くで濃度の差が大きいためと考えてよいかも
あわせてご教示いただけますと助かります。
{SIG_NISHIMORI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="場所別の測定値の表で、人の情報はない",
)

# =====================================================================================
# 096 出向者1名の健康情報の引継ぎ → 出向先（社外）
# =====================================================================================
add(
    charset="iso-2022-jp",
    sender=SETOGUCHI,
    to=["朝日コーティング 人事総務課 <jinji@asahi-coating.co.jp>"],
    subject="出向者 薬師寺 様の健康管理情報の引継ぎ",
    body=f"""朝日コーティング株式会社
人事総務課　ご担当者様

お世話になっております。日の出産業 人事部 健康管理室の瀬戸口です。
12月1日付で御社へ出向となる 薬師寺 誠（昭和51年6月8日生）の健康管理情報を引き継ぎます。
御社でも有機溶剤業務に従事予定と伺っておりますので、次回の特殊健診の参考になさってください。

　・直近の有機溶剤健診（2025年7月）：尿中メチル馬尿酸 1.2g/L（分布2）、肝機能 軽度異常
　・一般健診：高血圧（内服治療中）、脂質異常症
　・既往歴：2019年 十二指腸潰瘍（治癒）
　・産業医の意見：保護具の確実な着用、6か月後の再検査

ご本人の同意書の写しは郵送いたします。
{SIG_SETOGUCHI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="出向者1名の健診結果・既往歴を社外の出向先へ（同意ありでも要配慮情報の社外送付）",
)

# =====================================================================================
# 097 社員番号だけの結果一覧（氏名なし）→ 健診機関の医師
# =====================================================================================
_r = _rng("097")
_rows = [["ID", "年齢", "性別", "所属", "尿中馬尿酸(g/L)", "AST", "ALT", "γ-GTP", "自覚症状"]]
for i in range(7):
    _rows.append([f"H{_r.randint(10000, 39999)}", _r.randint(24, 61), _r.choice(["男", "男", "女"]),
                  _r.choice(["塗装", "洗浄", "接着"]), round(_r.uniform(0.3, 3.1), 2), _r.randint(15, 70),
                  _r.randint(12, 95), _r.randint(20, 190), _r.choice(["なし", "頭痛", "なし", "眼の刺激"])])
add(
    charset="utf-8",
    sender=MATSUURA,
    to=["東海産業保健センター 医師室 <ishi@tokai-sanpo.or.jp>"],
    subject="判定保留分のご確認（社員番号のみ）",
    body=f"""東海産業保健センター 医師室
ご担当医 様

お世話になっております。日の出産業 浜松工場の松浦です。
判定が保留となっている7名分のデータを、氏名を伏せて社員番号でお送りします。
判定のご意見をいただけますでしょうか。

{_table(_rows)}

よろしくお願いいたします。
{SIG_MATSUURA}""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名なし・社員番号つきの健診結果7行を健診機関へ：仮名化とみるか個人の一覧とみるかで分かれる",
)

# =====================================================================================
# 098 結果の自宅送付用リスト（XLSX 2シート、住所・電話）→ 健診機関
# =====================================================================================
_ph = _people(98, 7)
_po = _people(99, 6, region="ogaki")
_sheets = {}
for name, grp in (("浜松", _ph), ("大垣", _po)):
    _sheets[name] = [["社員番号", "氏名", "郵便番号", "住所", "電話番号"]] + \
        [[p["emp"], p["name"], p["zip"], p["addr"], p["phone"]] for p in grp]
add(
    charset="shift_jis",
    sender=OKABE,
    to=["東海産業保健センター 結果管理課 <kekka@tokai-sanpo.or.jp>"],
    subject="健診結果の自宅直送をご希望の方のリスト",
    body=f"""東海産業保健センター
結果管理課　ご担当者様

お世話になっております。日の出産業 安全衛生グループの岡部です。
個人結果票を自宅へ直送してほしいと希望した従業員のリストをお送りします。
（大垣工場分は大垣健診クリニック経由ではなく、御センターから送付いただく件、ご了承済みです）

送付は簡易書留でお願いいたします。
{SIG_OKABE}""",
    attachments=[{"kind": "xlsx", "name": "自宅直送希望者リスト.xlsx", "sheets": _sheets}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="13名の自宅住所・電話のリスト（XLSX 2シート）を社外へ",
)

# =====================================================================================
# 099 社内の返信（長い引用つき）
# =====================================================================================
add(
    charset="utf-8",
    sender=SETOGUCHI,
    to=["松浦 美咲 <matsuura.misaki@hinode-sangyo.co.jp>"],
    cc=["久留島 彩 <kurushima.aya@hinode-sangyo.co.jp>"],
    subject="Re: 袴田さん（三協プレス）の再検査結果",
    body=f"""松浦さん

共有ありがとうございます。瀬戸口です。
協力会社の方の結果なので、弊社側で保管するのは写しのみ、原本は三協プレスさんで
保存していただく扱いでお願いします。久留島さんにも念のため入ってもらいました。

瀬戸口

> 瀬戸口さん
>
> 三協プレス工業の 袴田 拓海 さんの精密検査の結果が出ました。
> 腹部エコーで脂肪肝、肝炎ウイルスは陰性。ALT 71 まで改善しています。
> 佐伯先生は「洗浄槽作業は再開可、3か月後に再検査」とのことです。
>
> 松浦
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社内のみのやり取り（病状は引用部分にあり、どのみち社内）",
)

# =====================================================================================
# 100 PDF のフッターに「極秘」— 是正勧告への対応方針 → 顧問法律事務所
# =====================================================================================
add(
    charset="utf-8",
    sender=KURUSHIMA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="是正勧告への対応方針（案）のご確認",
    body=f"""白川先生

いつもお世話になっております。人事部 労務課の久留島です。
大垣工場で受けた是正勧告（有機則の作業環境測定結果の評価・記録の不備）への
対応方針（案）を添付いたします。報告期限が12月15日のため、
12月5日までにご意見をいただけますと幸いです。
{SIG_KURUSHIMA}""",
    attachments=[{"kind": "pdf", "name": "是正勧告対応方針_案.pdf", "page_footer": "極秘　日の出産業株式会社 人事部",
                  "lines": ["是正勧告への対応方針（案）", "1. 指摘事項：作業環境測定結果の評価の記録（有機則第28条の2）の保存不備",
                            "2. 原因：評価記録の様式が工場ごとに異なり、保存期間の管理が不十分",
                            "3. 対策：全社統一様式の制定、電子保存（3年）への移行",
                            "4. 報告：2025年12月15日までに是正報告書を提出"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PDFのフッターに「極秘」の区分表示（社外の法律事務所へ）",
)
