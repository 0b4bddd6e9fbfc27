"""Blind corpus: houmonmassage — 日の出産業's home-visit massage and acupuncture service.

日の出産業株式会社 ヘルスケア事業部 runs 「ひので訪問マッサージ」 (訪問マッサージ・鍼灸 for the
elderly) from stations in 川口, 練馬 and 相模原.  Its mail: asking doctors for consent forms
(同意書) and their renewal, reports to care managers (ケアマネジャー) and patients' families,
health-insurance claims (療養費支給申請 to 後期高齢者医療広域連合 / 健保組合, a claims agency,
the claims software vendor), therapists' schedules, pay and hiring, contracts with facilities
for the elderly (有料老人ホーム, サ高住, 特養), printing of forms and pamphlets, training,
insurance and accidents.

Every person, patient, therapist, address, phone number, insurance number, account,
My Number and card number in this file is invented; organisations other than 日の出産業 and
the partners named in BRIEF.md are fictional, and so are their domains.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 10901
RNG = random.Random(SEED)
_SEQ = [SEED]


def _next_seed() -> int:
    s = _SEQ[0]
    _SEQ[0] += 1
    return s


def MN() -> str:
    """A check-digit-valid My Number (seeds go up by one per call, from SEED)."""
    return my_number(_next_seed())


def CARD() -> str:
    """A Luhn-valid card number (same seed counter as MN)."""
    return card_number(_next_seed())


# -- invented people ---------------------------------------------------------------------

_SURNAMES = [
    ("佐久間", "サクマ"), ("早乙女", "サオトメ"), ("五十嵐", "イガラシ"), ("東海林", "ショウジ"),
    ("仁科", "ニシナ"), ("鬼塚", "オニヅカ"), ("勅使河原", "テシガワラ"), ("小野寺", "オノデラ"),
    ("真壁", "マカベ"), ("百瀬", "モモセ"), ("日向", "ヒナタ"), ("相馬", "ソウマ"),
    ("久保田", "クボタ"), ("熊谷", "クマガイ"), ("菅野", "カンノ"), ("新井", "アライ"),
    ("塩谷", "シオヤ"), ("猪股", "イノマタ"), ("檜山", "ヒヤマ"), ("長谷部", "ハセベ"),
    ("薬師寺", "ヤクシジ"), ("上遠野", "カトオノ"), ("廿楽", "ツヅラ"), ("一ノ瀬", "イチノセ"),
    ("宍戸", "シシド"), ("城之内", "ジョウノウチ"), ("鮫島", "サメジマ"), ("四方田", "ヨモダ"),
    ("安斎", "アンザイ"), ("蓮見", "ハスミ"), ("椎名", "シイナ"), ("柘植", "ツゲ"),
    ("二階堂", "ニカイドウ"), ("栗城", "クリキ"), ("比嘉", "ヒガ"), ("海老原", "エビハラ"),
    ("榎本", "エノモト"), ("舘野", "タテノ"), ("滝沢", "タキザワ"), ("門脇", "カドワキ"),
    ("須賀", "スガ"), ("大槻", "オオツキ"), ("木暮", "コグレ"), ("野々村", "ノノムラ"),
]
_F_GIVEN = [
    ("トメ", "トメ"), ("ハル", "ハル"), ("キヨ", "キヨ"), ("千代子", "チヨコ"), ("静江", "シズエ"),
    ("文子", "フミコ"), ("久子", "ヒサコ"), ("和子", "カズコ"), ("喜美子", "キミコ"), ("ミツ", "ミツ"),
    ("富美子", "フミコ"), ("節子", "セツコ"), ("登志子", "トシコ"), ("八重", "ヤエ"), ("澄江", "スミエ"),
    ("昌子", "マサコ"), ("タマ", "タマ"), ("信子", "ノブコ"), ("美代", "ミヨ"), ("フサ", "フサ"),
]
_M_GIVEN = [
    ("正夫", "マサオ"), ("清", "キヨシ"), ("勇", "イサム"), ("茂", "シゲル"), ("武雄", "タケオ"),
    ("義一", "ギイチ"), ("辰雄", "タツオ"), ("善次郎", "ゼンジロウ"), ("昭二", "ショウジ"),
    ("勝男", "カツオ"), ("稔", "ミノル"), ("弘", "ヒロシ"), ("喜三郎", "キサブロウ"),
    ("源蔵", "ゲンゾウ"), ("富雄", "トミオ"), ("留吉", "トメキチ"),
]
_YOUNG_F = [("彩花", "アヤカ"), ("美咲", "ミサキ"), ("沙織", "サオリ"), ("奈緒", "ナオ"),
            ("亜希子", "アキコ"), ("瑞穂", "ミズホ"), ("里奈", "リナ"), ("真由美", "マユミ")]
_YOUNG_M = [("翔太", "ショウタ"), ("大輔", "ダイスケ"), ("健太郎", "ケンタロウ"), ("拓海", "タクミ"),
            ("直樹", "ナオキ"), ("雄一", "ユウイチ"), ("隼人", "ハヤト"), ("亮介", "リョウスケ")]

_AREAS = {
    "kawaguchi": ("332", "埼玉県川口市", ["芝新町", "栄町", "幸町", "並木", "西青木", "朝日",
                                          "元郷", "末広", "前川", "芝中田"], "048", "11"),
    "warabi": ("335", "埼玉県蕨市", ["中央", "塚越", "北町", "南町"], "048", "11"),
    "nerima": ("177", "東京都練馬区", ["石神井町", "関町北", "大泉学園町", "南大泉", "高野台",
                                       "三原台"], "03", "13"),
    "itabashi": ("175", "東京都板橋区", ["高島平", "成増", "赤塚新町", "徳丸"], "03", "13"),
    "sagamihara": ("252", "神奈川県相模原市中央区", ["上溝", "淵野辺本町", "横山台", "清新",
                                                     "光が丘"], "042", "14"),
    "minami": ("252", "神奈川県相模原市南区", ["相模大野", "上鶴間本町", "南台", "麻溝台"],
               "042", "14"),
}
_BUILDINGS = ["", "", "", "", " コーポ白梅203", " ハイツ若葉102", " グリーンパレス305",
              " サンライズ川口401", " 第二団地3-512", " メゾン欅1F"]

_DIAG_MASSAGE = [
    ("脳梗塞後遺症", "右上下肢の筋麻痺・右肩関節拘縮"),
    ("脳出血後遺症", "左片麻痺・左膝関節拘縮"),
    ("パーキンソン病", "体幹・四肢の筋固縮、歩行障害"),
    ("廃用症候群", "両下肢筋力低下・両膝関節拘縮"),
    ("変形性膝関節症", "両膝関節拘縮"),
    ("関節リウマチ", "両手指・両肘関節拘縮"),
    ("大腿骨頸部骨折術後", "右股関節拘縮・筋力低下"),
    ("腰部脊柱管狭窄症", "両下肢しびれ・筋麻痺"),
    ("多発性脳梗塞", "四肢筋麻痺・両足関節拘縮"),
    ("頸椎症性脊髄症", "両上肢筋麻痺"),
    ("脊髄小脳変性症", "体幹失調・四肢筋力低下"),
    ("筋萎縮性側索硬化症", "四肢筋萎縮・筋麻痺"),
]
_DIAG_ACU = ["腰痛症", "五十肩", "頸腕症候群", "坐骨神経痛", "関節リウマチ", "頸椎捻挫後遺症"]
_CARE = ["要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]

_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s: str) -> str:
    """Full-width digits and separators, as older clerks type them."""
    return s.translate(_FW)


def _digits(n: int) -> str:
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def _name(old: bool = True, sex: str | None = None) -> dict:
    sex = sex or RNG.choice("FM")
    sur = RNG.choice(_SURNAMES)
    if old:
        giv = RNG.choice(_F_GIVEN if sex == "F" else _M_GIVEN)
    else:
        giv = RNG.choice(_YOUNG_F if sex == "F" else _YOUNG_M)
    return {"name": f"{sur[0]} {giv[0]}", "kana": f"{sur[1]} {giv[1]}",
            "sei": sur[0], "sex": "女" if sex == "F" else "男"}


def _address(area: str | None = None, building: bool = True) -> dict:
    area = area or RNG.choice(list(_AREAS))
    pre, city, towns, tel, pref = _AREAS[area]
    town = RNG.choice(towns)
    no = f"{RNG.randrange(1, 9)}-{RNG.randrange(1, 30)}-{RNG.randrange(1, 25)}"
    bld = RNG.choice(_BUILDINGS) if building else ""
    return {"zip": f"{pre}-{_digits(4)}", "addr": f"{city}{town}{no}{bld}", "area": area,
            "tel_area": tel, "pref": pref, "town": town, "city": city}


def _landline(area_code: str) -> str:
    if area_code == "03":
        return f"03-{RNG.randrange(3900, 3999)}-{_digits(4)}"
    if area_code == "048":
        return f"048-{RNG.randrange(220, 299)}-{_digits(4)}"
    return f"042-{RNG.randrange(740, 779)}-{_digits(4)}"


def _mobile() -> str:
    return f"{RNG.choice(['090', '080', '070'])}-{_digits(4)}-{_digits(4)}"


def _dob(lo: int = 1929, hi: int = 1947) -> tuple[int, int, int]:
    return RNG.randrange(lo, hi + 1), RNG.randrange(1, 13), RNG.randrange(1, 29)


def wareki(d: tuple[int, int, int], style: str = "long") -> str:
    y, m, dd = d
    if y >= 1989:
        era, short, ey = "平成", "H", y - 1988
    elif y >= 1926:
        era, short, ey = "昭和", "S", y - 1925
    else:
        era, short, ey = "大正", "T", y - 1911
    if style == "short":
        return f"{short}{ey}.{m}.{dd}"
    if style == "fw":
        return fw(f"{era}{ey}年{m}月{dd}日").replace("．", "")
    return f"{era}{ey}年{m}月{dd}日"


def seireki(d: tuple[int, int, int], sep: str = "/") -> str:
    y, m, dd = d
    return f"{y}{sep}{m:02d}{sep}{dd:02d}"


def age_of(d: tuple[int, int, int]) -> int:
    return 2026 - d[0] - (1 if (d[1], d[2]) > (6, 1) else 0)


def patient(area: str | None = None, kind: str = "massage") -> dict:
    p = _name(old=True)
    a = _address(area)
    dob = _dob()
    if kind == "massage":
        diag, sym = RNG.choice(_DIAG_MASSAGE)
    else:
        diag, sym = RNG.choice(_DIAG_ACU), ""
    p.update(a)
    p.update({
        "dob": dob, "age": age_of(dob), "tel": _landline(a["tel_area"]),
        "mobile": _mobile(), "diag": diag, "sym": sym, "care": RNG.choice(_CARE),
        "hokensha": f"39{a['pref']}{_digits(4)}", "hihoken": _digits(8),
        "pid": f"K{RNG.randrange(10000, 99999)}",
    })
    return p


def patients(n: int, area: str | None = None, kind: str = "massage") -> list[dict]:
    out, seen = [], set()
    while len(out) < n:
        p = patient(area, kind)
        if p["name"] in seen:
            continue
        seen.add(p["name"])
        out.append(p)
    return out


def staff_person(sex: str | None = None) -> dict:
    p = _name(old=False, sex=sex)
    a = _address(building=True)
    dob = _dob(1968, 2001)
    p.update(a)
    p.update({"dob": dob, "age": age_of(dob), "mobile": _mobile(),
              "tel": _landline(a["tel_area"])})
    return p


# -- 日の出産業 staff and signatures -------------------------------------------------------

_STATIONS = {
    "kawaguchi": ("ひので訪問マッサージ 川口ステーション",
                  "〒332-0012 埼玉県川口市本町2-7-15 日の出ビル3F", "048-227-5310", "048-227-5311"),
    "nerima": ("ひので訪問マッサージ 練馬ステーション",
               "〒177-0041 東京都練馬区石神井町4-22-8 石神井センタービル2F", "03-5910-4420",
               "03-5910-4421"),
    "sagami": ("ひので訪問マッサージ・鍼灸 相模原ステーション",
               "〒252-0231 神奈川県相模原市中央区相模原3-9-2 第2日の出ビル1F", "042-768-2075",
               "042-768-2076"),
    "honsha": ("ヘルスケア事業部",
               "〒105-0013 東京都港区浜松町1-18-6 日の出産業本社ビル8F", "03-6402-7700",
               "03-6402-7701"),
}

STAFF = {
    "omori": ("大森 健吾", "omori.k@hinode-sangyo.co.jp", "事業部長", "honsha"),
    "miura": ("三浦 由香", "miura.y@hinode-sangyo.co.jp", "療養費請求担当", "kawaguchi"),
    "saeki": ("佐伯 拓也", "saeki.t@care.hinode-sangyo.co.jp", "あん摩マッサージ指圧師／管理者",
              "kawaguchi"),
    "miyashita": ("宮下 夏美", "miyashita.n@care.hinode-sangyo.co.jp", "はり師・きゅう師", "sagami"),
    "kono": ("河野 直人", "kono.n@hinode-sangyo.co.jp", "相談員（地域連携）", "nerima"),
    "ishida": ("石田 真理", "ishida.m@hinode-sangyo.co.jp", "総務人事グループ", "honsha"),
    "fujimoto": ("藤本 航", "fujimoto.w@hinode-sangyo.co.jp", "情報システム担当", "honsha"),
    "sakakibara": ("榊原 智子", "sakakibara.t@hinode-sangyo.co.jp", "経理グループ", "honsha"),
    "takeuchi": ("竹内 亮", "takeuchi.r@care.hinode-sangyo.co.jp", "練馬ステーション 管理者",
                 "nerima"),
    "hoshino": ("星野 加奈", "hoshino.k@hinode-sangyo.co.jp", "受付・スケジュール担当", "sagami"),
    "okabe": ("岡部 誠", "okabe.m@hinode-sangyo.co.jp", "営業推進グループ", "honsha"),
}


def frm(key: str) -> str:
    name, mail, _, _ = STAFF[key]
    return f"{name} <{mail}>"


def sig(key: str, style: int = 0) -> str:
    name, mail, role, st = STAFF[key]
    sname, addr, tel, fax = _STATIONS[st]
    if style == 1:
        return (f"\n--\n{name}（{role}）\n日の出産業株式会社 {sname}\nTEL {tel}  FAX {fax}\n"
                f"{mail}\n")
    if style == 2:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\n{sname}\n{role}　{name}\n"
                f"{addr}\nTEL：{tel}／FAX：{fax}\nMail：{mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 3:
        return f"\n{name}\n{sname}\n{tel}\n"
    return (f"\n――――――――――――――――――――\n日の出産業株式会社 {sname}\n{role} {name}\n{addr}\n"
            f"TEL {tel} / FAX {fax}\n{mail}\n――――――――――――――――――――\n")


def sig_en(key: str) -> str:
    name, mail, _, st = STAFF[key]
    return (f"\nBest regards,\n\n{name}\nHealthcare Division, Hinode Sangyo Co., Ltd.\n"
            f"1-18-6 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
            f"Tel: +81-3-6402-7700\n{mail}\n")


DISCLAIMER_JA = ("\n※本メールおよび添付ファイルには機密情報が含まれている場合があります。"
                 "誤って受信された場合は、お手数ですが送信者までご連絡いただき、"
                 "本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender immediately "
                 "and delete this e-mail.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ========================================================================================
# 001-020
# ========================================================================================

_p = patient("kawaguchi")
add(
    id="houmonmassage-001", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["たちばな内科クリニック 受付 <uketsuke@tachibana-naika.jp>"],
    subject=f"訪問マッサージ同意書ご記入のお願い（{_p['sei']}様）",
    body=f"""たちばな内科クリニック
橘 院長先生

いつも大変お世話になっております。
ひので訪問マッサージ川口ステーションの佐伯でございます。

先生にご診療いただいております下記患者様につきまして、ご家族様および担当ケアマネジャー様より
訪問マッサージのご希望をいただきました。
つきましては、療養費の支給にあたり必要となる同意書へのご記入をお願いできますでしょうか。

　患者様氏名：{_p['name']}（{_p['kana']}）様
　生年月日　：{wareki(_p['dob'])}（{_p['age']}歳）
　ご住所　　：{_p['addr']}
　傷病名　　：{_p['diag']}
　症状　　　：{_p['sym']}
　　　　　　　屋内歩行も介助を要し、通院困難のため往療を希望されています。

同意書の用紙は本日、郵送にて別途お送りいたします。
ご記入後は同封の返信用封筒にてご返送いただければ幸いです。
次回のご診察日（来週木曜と伺っております）にご家族様が受け取りに伺うことも可能です。

お忙しいところ恐縮ですが、何卒よろしくお願い申し上げます。
{sig('saeki')}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's name, DOB, address and diagnosis (要配慮) in running text to a clinic",
)

_ps = patients(9, "kawaguchi")
_rows = [["患者ID", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話", "傷病名", "介護度",
          "同意医師", "初回施術日"]]
_docs = ["たちばな内科クリニック", "南川整形外科", "青柳病院", "光が丘ホームクリニック"]
for _x in _ps:
    _rows.append([_x["pid"], _x["name"], _x["kana"], _x["sex"], seireki(_x["dob"]),
                  _x["addr"], _x["tel"], _x["diag"], _x["care"], RNG.choice(_docs),
                  f"2026/05/{RNG.randrange(1, 29):02d}"])
add(
    id="houmonmassage-002", expect="pass", charset="shift_jis",
    sender=frm("hoshino"),
    to=["三浦 由香 <miura.y@hinode-sangyo.co.jp>", "saeki.t@care.hinode-sangyo.co.jp"],
    cc=["omori.k@hinode-sangyo.co.jp"],
    subject="5月 新規ご利用者一覧（川口）",
    body=f"""三浦さん、佐伯さん

お疲れさまです。星野です。
5月に新規で施術開始となったご利用者の一覧をCSVで共有します。
請求ソフトへの登録と、同意書の原本ファイリングをお願いします。

青柳病院の2名分は同意書がまだ戻ってきていないので、来週電話で確認します。
{sig('hoshino', 3)}""",
    attachments=[{"kind": "csv", "name": "新規利用者_202605_川口.csv", "rows": _rows,
                  "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
              "SENSITIVE_CATEGORY"],
    detectors=[],
    note="patient list with diagnoses, but every recipient is internal (incl. care. subdomain)",
)

_p = patient("nerima")
add(
    id="houmonmassage-003", expect="stop", charset="utf-8",
    sender=frm("takeuchi"),
    to=["ケアプランセンターこもれび 森田様 <morita@komorebi-care.jp>"],
    subject="【ひので訪問マッサージ】4月分 施術報告書",
    body=f"""ケアプランセンターこもれび
森田 様

いつもお世話になっております。ひので訪問マッサージ練馬の竹内です。
{_p['sei']}様の4月分の施術状況をご報告いたします。

4月は計8回（週2回）訪問いたしました。
パーキンソン病の進行により、月の後半は朝方のすくみ足が目立つようになり、
4/18には居室内で転倒されたとご家族から伺いました（外傷なし）。
主治医の光が丘ホームクリニックでは4/22よりお薬の調整（L-ドパ増量）があったとのことで、
その後は午後の時間帯であれば手すり伝いに10m程度の歩行が可能です。

施術は体幹・下肢のストレッチと筋固縮の緩和を中心に継続しております。
ご本人は「夜中のこむら返りが減った」とおっしゃっています。

5月以降も同じ曜日（火・金 14:00〜）で継続予定です。
サービス担当者会議の日程が決まりましたらご連絡いただけますと幸いです。
{sig('takeuchi', 2)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable patient's disease course and medication in running text to a care manager",
)

add(
    id="houmonmassage-004", expect="pass", charset="iso-2022-jp",
    sender=frm("fujimoto"),
    to=["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    subject="療養費請求ソフト「ツバサRX」Ver.5.2 アップデート後の印刷不具合について",
    body=f"""株式会社ツバサシステム
サポートセンター ご担当者様

いつもお世話になっております。
日の出産業 情報システム担当の藤本です。（契約番号：TS-RX-20418）

昨日配信されたVer.5.2.0へのアップデート後、川口ステーションの端末2台で
「施術報告書」帳票を印刷すると、2ページ目以降の罫線がずれる現象が発生しています。

　・OS：Windows 11 Pro 23H2
　・プリンタ：RICOH IM C3000（ドライバ RPCS 4.12）
　・再現手順：請求メニュー → 帳票出力 → 施術報告書 → 印刷プレビューでは正常、実印刷でずれ
　・Ver.5.1.8 に戻すと解消

同様の事象が他社様でも報告されていれば、回避策をご教示いただけますでしょうか。
月末の請求締めが近いため、早めにご回答いただけると助かります。
{sig('fujimoto', 1)}{DISCLAIMER_JA}""",
    entities=[],
    detectors=[],
    note="ordinary support request to the software partner; contract number and disclaimer only",
)

_ps = patients(12, None)
_rows = [["レセプト番号", "保険者番号", "被保険者番号", "氏名", "生年月日", "傷病名",
          "施術回数", "往療回数", "請求額"]]
for i, _x in enumerate(_ps):
    n = RNG.randrange(4, 13)
    _rows.append([f"R2605-{i + 1:04d}", _x["hokensha"], _x["hihoken"], _x["name"],
                  wareki(_x["dob"], "short"), _x["diag"], n, n, n * (450 + 2300)])
add(
    id="houmonmassage-005", expect="stop", charset="shift_jis",
    sender=frm("miura"),
    to=["療養費請求サポート 受付 <seikyu@ryoyohi-support.co.jp>"],
    subject="5月施術分 請求データ送付の件（日の出産業）",
    body=f"""療養費請求サポート株式会社
ご担当者様

いつもお世話になっております。日の出産業の三浦です。
5月施術分の請求データ（12件）をお送りいたします。

申請書原本は明日の午前中に着くよう、レターパックで発送済みです。
（追跡番号：3456-7812-0934）
不備等ございましたらご連絡ください。
{sig('miura')}""",
    attachments=[{"kind": "csv", "name": "seikyu_202605.csv", "rows": _rows, "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV of 12 patients with insurance numbers, DOB and diagnoses to a claims agency",
)

add(
    id="houmonmassage-006", expect="pass", charset="utf-8",
    sender=frm("okabe"),
    to=["ハナミズキの杜 施設長 堀内様 <horiuchi@hanamizuki-home.or.jp>"],
    subject="ご入居者様向け 自費リラクゼーション施術の料金について",
    body=f"""有料老人ホーム ハナミズキの杜
施設長 堀内 様

先日はお時間をいただき、ありがとうございました。日の出産業の岡部です。
ご質問いただいた、医療保険の対象とならない方向けの自費施術の料金をお送りします。

■ 自費施術 料金表（税込）
-------------------------------------------
 メニュー                    時間     料金
-------------------------------------------
 全身マッサージ              30分    3,300円
 全身マッサージ              60分    6,050円
 はり・きゅう（部位2か所）   40分    4,400円
 足もみ・むくみケア          20分    2,200円
 施設内出張費（1回）         -          550円
-------------------------------------------
 ※ 同一施設で1日3名様以上のご利用で出張費は無料です。
 ※ お支払いは月末締め、翌月施設様まとめてのご請求も可能です。

医療保険（療養費）でのご利用は、主治医の同意書があれば1回あたり数百円程度の
ご負担で受けられますので、あわせてご案内いただければ幸いです。
{sig('okabe', 2)}""",
    entities=[],
    detectors=[],
    note="a price list to a facility; no person data",
)

add(
    id="houmonmassage-007", expect="stop", charset="iso-2022-jp",
    sender=frm("fujimoto"),
    to=["ツバサシステム 営業部 吉川 <yoshikawa@tsubasa-sytem.jp>"],
    subject="Re: 次年度保守契約のお見積りについて",
    body=f"""ツバサシステム
吉川様

お世話になっております。日の出産業の藤本です。
お見積りありがとうございました。

端末ライセンスを3ステーション計9台から12台へ増やした場合の金額も
あわせてご提示いただけますでしょうか。
相模原で鍼灸の施術者が2名増える予定のためです。

よろしくお願いいたします。
{sig('fujimoto', 3)}
> 日の出産業株式会社
> 藤本様
>
> 次年度の保守契約のお見積りを添付いたします。
> ご検討のほどよろしくお願いいたします。
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped)",
)

_fac = [
    ("有料老人ホーム ハナミズキの杜", "埼玉県川口市芝新町5-11-3", "048-261-7788", "12名"),
    ("サービス付き高齢者向け住宅 ゆずりは川口", "埼玉県川口市前川2-8-20", "048-268-1540", "7名"),
    ("特別養護老人ホーム 芙蓉苑", "埼玉県蕨市塚越6-3-1", "048-433-9102", "9名"),
    ("グループホーム つくし元郷", "埼玉県川口市元郷4-17-9", "048-229-3376", "3名"),
    ("介護付有料老人ホーム かがやき西川口", "埼玉県川口市並木1-22-5", "048-254-6610", "15名"),
    ("住宅型有料老人ホーム 陽だまりの家", "埼玉県川口市朝日3-5-14", "048-226-0473", "5名"),
    ("サービス付き高齢者向け住宅 すずらん蕨", "埼玉県蕨市中央7-9-2", "048-441-8215", "4名"),
    ("特別養護老人ホーム 安行の郷", "埼玉県川口市安行領根岸2880", "048-296-3107", "11名"),
]
_lines = "\n".join(f"{i + 1}\t{n}\t{a}\t{t}" for i, (n, a, t, _) in enumerate(_fac))
add(
    id="houmonmassage-008", expect="pass", charset="shift_jis",
    sender=frm("okabe"),
    to=["錦印刷 制作部 小池様 <koike@nishiki-insatsu.co.jp>"],
    subject="パンフレット裏面「訪問実績のある施設マップ」原稿",
    body=f"""錦印刷株式会社
制作部 小池様

お世話になっております。日の出産業の岡部です。
リーフレット改訂版の裏面に載せる施設マップの原稿をお送りします。
各施設からは掲載の了承をいただいております（代表電話のみ掲載可）。

No\t施設名\t所在地\t代表電話
{_lines}

地図上のピンは番号のみで、施設名は下の凡例に並べる形でお願いします。
色校は来週水曜までにいただけると助かります。
{sig('okabe')}""",
    entities=[],
    detectors=[],
    note="tab-separated list of facilities (businesses) with switchboards, not people",
)

_ths = [staff_person() for _ in range(9)]
_sheet = [["令和8年5月分 給与振込明細（総合振込）", "", "", "", "", ""],
          ["", "", "", "", "", ""],
          ["社員番号", "氏名（カナ）", "銀行コード", "支店コード", "口座番号", "振込金額"]]
for i, t in enumerate(_ths):
    _sheet.append([f"HS{RNG.randrange(20000, 29999)}", t["kana"].replace(" ", "　"),
                   RNG.choice(["0158", "0005", "0009", "0001", "0310"]),
                   f"{RNG.randrange(100, 899):03d}", _digits(7),
                   RNG.randrange(180, 340) * 1000 + RNG.randrange(0, 999)])
add(
    id="houmonmassage-009", expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"),
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="5月分 総合振込データの送付（日の出産業 ヘルスケア事業部）",
    body=f"""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理グループの榊原です。
ヘルスケア事業部の施術者給与分につき、総合振込データをお送りします。
振込指定日は6月10日でお願いいたします。

なお、来月からはでんさい・FBサービス経由での伝送に切り替える予定です。
切替手続きの書類をご送付いただけますと幸いです。
{sig('sakakibara', 1)}""",
    attachments=[{"kind": "xlsx", "name": "sogofurikomi_202605.xlsx",
                  "sheets": {"振込明細": _sheet,
                             "集計": [["件数", len(_ths)], ["合計", "=SUM(振込明細!F4:F12)"]]}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX of 9 therapists' bank accounts (payroll) sent outside, even to the bank partner",
)

add(
    id="houmonmassage-010", expect="pass", charset="utf-8",
    sender=frm("omori"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["ishida.m@hinode-sangyo.co.jp"],
    subject="業務委託施術者との秘密保持契約書（案）のご相談",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 ヘルスケア事業部の大森です。

来期から、個人事業主のあん摩マッサージ指圧師・鍼灸師の方々に業務委託で
訪問施術をお願いする予定です。その際に締結する秘密保持契約書の雛形について
ご相談させてください。

主な論点は次の3点です。
1. 患者様の病歴等（要配慮個人情報）を扱うため、一般的な秘密保持条項に加え、
   個人情報の取扱いに関する条項を別に設けるべきか
2. 契約終了後の患者様への個別営業（引き抜き）を禁止する条項の有効性
3. 施術者が私物のスマートフォンで施術記録を入力する場合の取り決め

当社の現行の機密保持契約書（正社員向け）をベースに修正する形を考えております。
来週前半でご都合のよい日時をいくつかお知らせいただけますでしょうか。
{sig('omori')}{DISCLAIMER_JA}""",
    entities=[],
    detectors=[],
    note="mail about an NDA and about sensitive data in general; no person's data",
)

add(
    id="houmonmassage-011", expect="stop", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["森田 <morita@komorebi-care.jp>", "ひなた 大島 <oshima@kyotaku-hinata.jp>",
        "aozora-cm01@aozora-careplan.co.jp", "川口社協 居宅 <kyotaku@kawaguchi-shakyo.or.jp>"],
    subject="【ご案内】ケアマネジャー様向け勉強会「訪問マッサージと療養費の基礎」",
    body=f"""居宅介護支援事業所 ケアマネジャー各位

いつもお世話になっております。ひので訪問マッサージの河野です。
このたび、ケアマネジャーの皆様を対象とした勉強会を下記のとおり開催いたします。

　日時：6月20日（土）14:00〜15:30
　会場：川口駅前市民ホール 第2会議室
　内容：・訪問マッサージの対象となる方（筋麻痺・関節拘縮）
　　　　・同意書の取得から療養費請求までの流れ
　　　　・介護保険サービスとの併用について
　参加費：無料（定員30名）

ご参加いただける場合は、6月13日までに本メールへのご返信でお知らせください。
{sig('kono', 2)}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four care-management offices of different organisations openly in To (should be Bcc)",
)

_p = patient("nerima")
add(
    id="houmonmassage-012", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["あおぞらケアプラン 石原 <ishihara@aozora-careplan.co.jp>"],
    subject=f"Re: 新規ご依頼（{_p['sei']}様）",
    body=f"""石原様

ご連絡ありがとうございます。ひので訪問マッサージの河野です。
承知いたしました。同意書の手配はこちらで進め、来週中に初回の体験施術に伺います。
日程はご家族様と直接調整させていただきます。
{sig('kono', 3)}
-----Original Message-----
From: 石原 <ishihara@aozora-careplan.co.jp>
Sent: Monday, May 11, 2026 10:42 AM
To: 河野 直人 <kono.n@hinode-sangyo.co.jp>
Subject: 新規ご依頼（{_p['sei']}様）

ひので訪問マッサージ 河野様

お世話になっております。あおぞらケアプランの石原です。
新規で訪問マッサージをお願いしたい方がいらっしゃいます。

氏名：{_p['name']} 様（{_p['age']}歳・{_p['sex']}性）
住所：{_p['addr']}
電話：{_p['tel']}（長女 携帯 {_p['mobile']}）
病名：{_p['diag']}、{_p['care']}
主治医：光が丘ホームクリニック（月2回の訪問診療）

よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="patient's details only in the quoted original from the care manager; new text has none",
)

add(
    id="houmonmassage-013", expect="stop", charset="shift_jis",
    sender=frm("okabe"),
    to=["錦印刷 営業部 野口様 <noguchi@nishiki-insatsu.co.jp>"],
    subject="新サービス案内チラシの件（企画書添付）",
    body=f"""錦印刷株式会社
野口様

お世話になっております。日の出産業の岡部です。
秋からスタートする「訪問鍼灸・夜間対応プラン」の案内チラシについて、
企画書を添付いたしますので、デザインの方向性のご参考にしてください。

チラシに載せるのは2ページ目の「サービス概要」と「料金」のみで結構です。
A4両面・3,000部で概算のお見積りをお願いします。
{sig('okabe', 1)}""",
    attachments=[{"kind": "docx", "name": "企画書_訪問鍼灸夜間対応プラン_v3.docx",
                  "page_header": "社外秘　日の出産業株式会社 ヘルスケア事業部",
                  "title": "訪問鍼灸・夜間対応プラン 企画書",
                  "paragraphs": [
                      "訪問鍼灸・夜間対応プラン 企画書（第3版）",
                      "1. 背景：在宅療養者の増加と夜間の疼痛対応ニーズ",
                      "2. サービス概要：18時〜21時の訪問鍼灸、同意書取得支援",
                      "3. 料金：療養費適用時 1回あたり自己負担 約300〜600円",
                      "4. 収支計画：初年度売上 4,200万円、施術者 6名増員、損益分岐 14か月",
                      "5. 競合：A社（川口）、B社（蕨）の価格・体制比較",
                  ],
                  "tables": [[["項目", "初年度", "2年目"], ["売上", "4,200万円", "6,900万円"],
                              ["人件費", "3,100万円", "4,300万円"]]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the 社外秘 stamp is only in the DOCX page header of the attached plan",
)

add(
    id="houmonmassage-014", expect="stop", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["南川整形外科 事務 <jimu@minamikawa-seikei.jp>"],
    subject="同意書（再同意）の写しご送付の件",
    body=f"""南川整形外科
事務ご担当者様

いつもお世話になっております。ひので訪問マッサージの三浦です。
先日ご記入いただいた再同意分の同意書（5名様分）の写しをお送りいたします。
念のため、院内控えとの照合をお願いできますでしょうか。

添付ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。
{sig('miura')}""",
    attachments=[{"kind": "zip", "name": "douisho_202605.zip", "password": "Mk2026#0518",
                  "files": [{"kind": "pdf", "name": "douisho_scan.pdf",
                             "lines": ["同意書（写）", "傷病名：変形性膝関節症"]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of consent forms cannot be scanned",
)

add(
    id="houmonmassage-015", expect="pass", charset="utf-8",
    sender=frm("takeuchi"),
    to=["光が丘ホームクリニック 地域連携室 <renkei@hikarigaoka-homeclinic.jp>"],
    cc=["森田 <morita@komorebi-care.jp>"],
    subject="地域連携の打合せ日程のご相談",
    body=f"""光が丘ホームクリニック 地域連携室 ご担当者様
（cc：ケアプランセンターこもれび 森田様）

お世話になっております。ひので訪問マッサージ練馬の竹内です。

先日お話に出ました、訪問診療・居宅介護支援・訪問マッサージの三者での
情報共有の進め方について、一度お打合せの機会をいただけますでしょうか。

候補日：
　・6月9日（火）13:30〜
　・6月11日（木）16:00〜
　・6月15日（月）10:00〜
場所はクリニック様の会議室をお借りできればと存じます（難しければオンラインでも可）。

ご都合をお知らせください。
{sig('takeuchi')}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for an ordinary meeting; no personal data",
)

add(
    id="houmonmassage-016", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["ひなた 大島 <oshima@kyotaku-hinata.jp>"],
    subject="サービス担当者会議の資料送付",
    body=f"""居宅介護支援事業所ひなた
大島様

お世話になっております。ひので訪問マッサージの佐伯です。
明日の担当者会議で使う、当方の施術計画書をPDFでお送りします。
当日は紙でも5部持参いたします。
{sig('saeki', 3)}""",
    attachments=[{"kind": "corrupt", "name": "施術計画書_0612.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

_ps = patients(7, "sagamihara", kind="acu")
_tsv = "\n".join(f"{x['hokensha']}\t{x['hihoken']}\t{seireki(x['dob'], '-')}\t{x['sex']}\t"
                 f"{x['addr']}\t{x['diag']}\t{RNG.randrange(3, 9)}"
                 for x in _ps)
add(
    id="houmonmassage-017", expect="stop", charset="utf-8",
    sender=frm("miyashita"),
    to=["seikyu@ryoyohi-support.co.jp"],
    subject="相模原 鍼灸 5月分 追加7件",
    body=f"""療養費請求サポート 御中

相模原ステーションの宮下です。いつもありがとうございます。
先日お送りした分に漏れがあり、追加分7件です。申請書は後日郵送します。
（Excelから貼り付けたので、列がずれていたらすみません）

保険者番号\t被保険者番号\t生年月日\t性別\t住所\t傷病名\t施術回数
{_tsv}

よろしくお願いします。
{sig('miyashita', 1)}""",
    entities=["JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven patient rows without a name column (insurance no., DOB, address, diagnosis)",
)

_c = _name(old=False, sex="F")
add(
    id="houmonmassage-018", expect="pass", charset="iso-2022-jp",
    sender=frm("ishida"),
    to=[f"{_c['name']} <{RNG.choice(['ayaka.mssg', 'shiatsu.nao', 'hari.kyu.m'])}{RNG.randrange(10, 99)}@gmail.com>"],
    subject="【日の出産業】面接日程のご案内（あん摩マッサージ指圧師 募集）",
    body=f"""{_c['name']} 様

このたびは日の出産業株式会社 ヘルスケア事業部の
あん摩マッサージ指圧師（訪問施術）の求人にご応募いただき、誠にありがとうございます。
総務人事グループの石田と申します。

書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：6月3日（水）10:00〜11:00
　場所：ひので訪問マッサージ 川口ステーション（埼玉県川口市本町2-7-15 日の出ビル3F）
　持ち物：免許証（あん摩マッサージ指圧師）の写し、筆記用具

ご都合が合わない場合は、候補日をいくつかお知らせください。
当日は簡単な実技（15分程度）もございますので、動きやすい服装でお越しください。
{sig('ishida')}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="interview invitation to one applicant on gmail; only the company address",
)

_t = staff_person("M")
_mn = MN()
add(
    id="houmonmassage-019", expect="stop", charset="shift_jis",
    sender=frm("ishida"),
    to=["みなと社労士事務所 手続き担当 <tetsuzuki@minato-sr.jp>"],
    subject="資格取得届の件（6月1日入社 1名）",
    body=f"""社会保険労務士法人 みなと事務所
手続きご担当 様

いつもお世話になっております。日の出産業 総務人事の石田です。
6月1日付で入社する施術者1名の社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名　　　：{_t['name']}（{_t['kana']}）
　生年月日　：{seireki(_t['dob'])}
　住所　　　：〒{_t['zip']} {_t['addr']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　報酬月額　：285,000円（通勤手当含む）
　配属　　　：川口ステーション

扶養家族はいないとのことです。
ご不明点がありましたらご連絡ください。
{sig('ishida', 1)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a new therapist's My Number in the body to the external labour-law office",
)

_p = patient("warabi")
_fam = RNG.choice(["yuko.k", "k-hiro", "mama.sakura", "tsuyoshi1962"])
add(
    id="houmonmassage-020", expect="either", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=[f"{_p['sei']} 様 <{_fam}@{RNG.choice(['yahoo.co.jp', 'docomo.ne.jp'])}>"],
    subject="お父様のご様子について（ひので訪問マッサージ）",
    body=f"""{_p['sei']} 様

いつもお世話になっております。ひので訪問マッサージの佐伯です。
先日お電話でご相談いただいた件、施術時のお父様のご様子をお知らせいたします。

ここ2週間ほど、施術中に同じ質問を何度も繰り返されることが増えており、
日付や曜日の確認が難しいご様子です。主治医の先生からアルツハイマー型認知症の
診断を受けられたと伺っておりますので、ケアマネジャーさんとも共有し、
施術の時間帯を午前中に固定する方向で調整したいと考えております。

ご不明な点がございましたら、いつでもご連絡ください。
{sig('saeki')}""",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="a patient's dementia diagnosis sent to the patient's own family on free mail: defensible either way",
)


def corporate_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base (国税庁 rule)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP_NO = corporate_number("010401098765")


# ========================================================================================
# 021-040
# ========================================================================================

_p = patient("kawaguchi")
_card = CARD()
add(
    id="houmonmassage-021", expect="stop", charset="utf-8",
    sender=frm("hoshino"),
    to=["ペイリンク 加盟店サポート <merchant-support@pay-link.co.jp>"],
    subject="手動決済（電話受付分）の処理依頼",
    body=f"""株式会社ペイリンク
加盟店サポート ご担当者様

お世話になっております。日の出産業（加盟店ID：PL-0038812）の星野です。
端末の不具合で決済できなかった自費施術の料金について、手動での処理をお願いいたします。

　ご利用者様：{_p['name']} 様（ご長男様名義のカードでのお支払い）
　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　有効期限　：09/28
　金額　　　：13,200円（5月分 全身マッサージ60分×2回＋出張費）

処理完了後、控えをメールでいただけますと幸いです。
{sig('hoshino')}""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a customer's full credit card number sent in the body to the payment agency",
)

_ths = [staff_person() for _ in range(14)]
_pay = [["令和8年5月 施術者 給与一覧（ヘルスケア事業部）"], [],
        ["社員番号", "氏名", "所属", "基本給", "出来高（施術件数）", "往療手当", "振込銀行",
         "支店", "種別", "口座番号"]]
for t in _ths:
    _pay.append([f"HS{RNG.randrange(20000, 29999)}", t["name"],
                 RNG.choice(["川口", "練馬", "相模原"]), 210000, RNG.randrange(60, 140) * 600,
                 RNG.randrange(10, 40) * 500,
                 RNG.choice(["みどり銀行", "ゆうちょ銀行", "埼玉りそな銀行", "三井住友銀行"]),
                 RNG.choice(["川口支店", "本店営業部", "蕨支店", "練馬支店", "相模大野支店"]),
                 "普通", _digits(7)])
add(
    id="houmonmassage-022", expect="pass", charset="iso-2022-jp",
    sender=frm("ishida"),
    to=["榊原 智子 <sakakibara.t@hinode-sangyo.co.jp>"],
    cc=["omori.k@hinode-sangyo.co.jp"],
    subject="5月分 施術者給与一覧（振込データ作成用）",
    body=f"""榊原さん

お疲れさまです。石田です。
5月分の施術者給与一覧を送ります。出来高は請求ソフトの施術件数から算出済みです。
振込データの作成をお願いします。
相模原の2名は今月から口座が変わっていますので、ご注意ください。
{sig('ishida', 3)}""",
    attachments=[{"kind": "xlsx", "name": "給与一覧_202605_HC.xlsx", "sheets": {"5月": _pay}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="payroll list with bank accounts, but sent only to internal colleagues",
)

_ps = patients(5, "nerima")
_fwd = "\n".join(
    f"{i + 1}. {x['name']}様（{x['age']}歳・{x['care']}）\n"
    f"   住所：{x['addr']}　TEL：{x['tel']}\n"
    f"   病名：{x['diag']}／{x['sym']}\n"
    f"   希望：{RNG.choice(['週2回・午前', '週1回・午後', '週3回・曜日問わず', '週2回・火木'])}"
    for i, x in enumerate(_ps))
_cont = _name(old=False, sex="M")
add(
    id="houmonmassage-023", expect="stop", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=[f"{_cont['name']} <{RNG.choice(['shiatsu', 'massage', 'harikyu'])}.{RNG.randrange(100, 999)}@gmail.com>"],
    subject="FW: 新規ご依頼5名分（こもれび森田様より）",
    body=f"""{_cont['sei']}さん

お疲れさまです。竹内です。
来月から業務委託でお願いする大泉方面の件、こもれびさんから来た依頼を転送します。
この中で担当できそうな方を教えてください。

---------- Forwarded message ----------
From: 森田 <morita@komorebi-care.jp>
Date: 2026年5月20日(水) 9:12
Subject: 新規ご依頼5名分
To: 竹内 亮 <takeuchi.r@care.hinode-sangyo.co.jp>

竹内様

お世話になっております。こもれびの森田です。
大泉・石神井エリアで訪問マッサージを希望されている方が5名いらっしゃいます。

{_fwd}

同意書はいずれも主治医に相談済みです。よろしくお願いします。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="forward of a care manager's list of 5 patients with diagnoses to a contractor's gmail",
)

_p = patient("sagamihara")
add(
    id="houmonmassage-024", expect="pass", charset="utf-8",
    sender=frm("hoshino"),
    to=[f"{_p['sei']} <{_p['sei'] and RNG.choice(['m.takako', 'sachi-0415', 'hiro.family'])}@icloud.com>"],
    subject="来週の訪問日時変更のお知らせ",
    body=f"""{_p['sei']} 様

いつもお世話になっております。ひので訪問マッサージ相模原の星野です。

来週6月2日（火）14:00のご訪問ですが、担当の宮下が研修のため、
6月3日（水）の14:00に変更させていただけないでしょうか。

ご都合が悪い場合は、このメールにご返信いただくか、
ステーション（042-768-2075）までお電話ください。

ご迷惑をおかけいたしますが、よろしくお願いいたします。
{sig('hoshino', 2)}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="a visit-time change to one family on free mail; no health or personal details",
)

_p = patient("minami")
add(
    id="houmonmassage-025", expect="stop", charset="utf-8",
    sender=frm("miyashita"),
    to=["Dr. Wei-Lin Chen <wlchen@tcm-research.edu.tw>"],
    subject="Case data for our joint study on acupuncture for post-stroke spasticity",
    body=f"""Dear Dr. Chen,

Thank you for your kind reply last week. As promised, here is the first case we would
like to include in the joint case series.

Patient: {_p['kana'].title()} ({_p['name']}), {_p['age']}-year-old {'female' if _p['sex'] == '女' else 'male'}
Date of birth: {seireki(_p['dob'], '-')}
Residence: {_p['city']}, Kanagawa
Diagnosis: cerebral infarction (2023), left hemiparesis with spasticity of the left
upper limb (Modified Ashworth Scale 2), hypertension, type 2 diabetes
Treatment: acupuncture twice a week since October 2025 (LI4, LI11, TE5, GB34),
combined with home-visit massage

We have not yet obtained written consent for publication, so please keep this within
your research team for now. I will send the treatment log in a separate mail.
{sig_en('omori').replace('大森 健吾', 'Natsumi Miyashita').replace('omori.k@hinode-sangyo.co.jp', 'miyashita.n@care.hinode-sangyo.co.jp')}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail to a foreign researcher with one named patient's DOB and medical history",
)

_p = patient("kawaguchi")
_kigo = f"{RNG.choice(['川口', '蕨', '埼'])}{RNG.randrange(10, 99)}"
add(
    id="houmonmassage-026", expect="stop", charset="shift_jis",
    sender=frm("miura"),
    to=["たちばな内科クリニック 医事課 <iji@tachibana-naika.jp>"],
    subject="保険証情報の確認のお願い",
    body=f"""たちばな内科クリニック 医事課 御中

お世話になっております。ひので訪問マッサージの三浦です。

{_p['sei']}様（{_p['name']}様）の同意書に記載いただいた保険証情報と、
当方でお預かりしている写しの内容が異なっております。
当方の控えは以下のとおりです。

　国民健康保険　保険者番号 11{_digits(4)}
　記号 {_kigo}　番号 {RNG.randrange(1000, 9999)}

4月に国保へ切り替わったと伺っておりますので、貴院のカルテの保険情報が
旧保険（社保）のままになっていないかご確認いただけますでしょうか。
{sig('miura', 1)}""",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one patient's health-insurance 記号・番号 in the body to a clinic",
)

add(
    id="houmonmassage-027", expect="pass", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["ゆずりは川口 生活相談員 <soudan@yuzuriha-sakoju.jp>"],
    subject="担当ケアマネジャー様のご連絡先",
    body=f"""サービス付き高齢者向け住宅 ゆずりは川口
生活相談員 ご担当者様

お世話になっております。ひので訪問マッサージの佐伯です。
お問い合わせいただいた、3階のご入居者様の担当ケアマネジャー様のご連絡先です。

　居宅介護支援事業所ひなた
　介護支援専門員　大島 美香 様
　TEL 048-283-4410（事業所代表）　FAX 048-283-4411
　oshima@kyotaku-hinata.jp

火曜・木曜の午後は訪問で不在のことが多いそうですので、
午前中のご連絡がつながりやすいとのことです。
{sig('saeki', 3)}""",
    entities=[],
    detectors=[],
    note="one care manager's business contact (office phone and work mail) shared with a facility",
)

_ps = patients(7, "itabashi")
_trs = "\n".join(
    f"<tr><td>{x['name']}</td><td>{x['addr']}</td><td>{x['tel']}</td>"
    f"<td>{RNG.choice(['月', '火', '水', '木', '金'])} {RNG.choice(['10:00', '11:00', '13:30', '15:00'])}</td>"
    f"<td>{x['diag']}</td></tr>" for x in _ps)
add(
    id="houmonmassage-028", expect="stop", charset="utf-8",
    sender=frm("takeuchi"),
    to=["<h.nagase.shiatsu@yahoo.co.jp>"],
    subject="6月からの担当ご利用者（板橋エリア）",
    html=f"""<html><body>
<p>永瀬さん</p>
<p>お疲れさまです。練馬ステーションの竹内です。<br>
6月から永瀬さんにお願いする板橋エリアのご利用者です。<br>
初回は私も同行しますので、前日に連絡します。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>住所</th><th>電話</th><th>訪問曜日・時間</th><th>傷病名</th></tr>
{_trs}
</table>
<p>鍵の預かりがある方はいません。駐車場は各自コインパーキングでお願いします。</p>
<p>竹内 亮<br>日の出産業株式会社 ひので訪問マッサージ 練馬ステーション<br>TEL 03-5910-4420</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="HTML-only table of 7 patients (address, phone, diagnosis) to a contractor on yahoo.co.jp",
)

_att = [staff_person() for _ in range(3)]
add(
    id="houmonmassage-029", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="6/27 研修会 会議室ご予約の件（日の出産業）",
    body=f"""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の河野です。
6月27日（土）の「桜の間」ご予約の件、当日の運営担当者をお知らせいたします。
搬入や当日の連絡は、以下のいずれかにお願いいたします。

・{_att[0]['name']}（練馬ST）携帯 {_att[0]['mobile']}
・{_att[1]['name']}（川口ST）携帯 {_att[1]['mobile']}
・{_att[2]['name']}（相模原ST）携帯 {_att[2]['mobile']}

プロジェクターとマイク2本、施術実演用に簡易ベッドを置くスペースの確保をお願いします。
人数は施術者30名の予定です。
{sig('kono')}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff contacts (mobile) to the hotel partner: 1-4 records may be warned, not held",
)

_ths = [staff_person() for _ in range(6)]
_tsv = "\n".join(f"{t['name']}\t{t['kana']}\t{seireki(t['dob'])}\t{t['zip']}\t{t['addr']}\t"
                 f"{t['mobile']}\t{RNG.choice(['あマ指', 'はり・きゅう', 'あマ指・はり・きゅう'])}"
                 for t in _ths)
add(
    id="houmonmassage-030", expect="stop", charset="shift_jis",
    sender=frm("ishida"),
    to=["きずな保険サービス 岩田様 <iwata@hoken-agent-kizuna.co.jp>"],
    subject="施術者賠償責任保険 追加加入者の件",
    body=f"""きずな保険サービス株式会社
岩田 様

お世話になっております。日の出産業 総務人事の石田です。
施術者賠償責任保険（団体契約）に、下記6名の追加加入をお願いいたします。
補償開始は6月1日からでお願いします。

氏名\tフリガナ\t生年月日\t郵便番号\t住所\t携帯電話\t保有資格
{_tsv}

加入申込書は押印のうえ郵送いたします。
{sig('ishida')}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 6 therapists with DOB, home address and mobile to an insurance agency",
)

add(
    id="houmonmassage-031", expect="pass", charset="utf-8",
    sender=frm("omori"),
    to=["ケアコンサル 杉浦様 <sugiura@care-consul.co.jp>"],
    subject="月次KPIのご共有（2026年4月）",
    body=f"""株式会社ケアコンサル
杉浦 様

お世話になっております。大森です。
次回の経営会議に向けて、4月の主要指標をお送りします。個人が特定される情報は含めていません。

| ステーション | 利用者数 | 延べ施術回数 | 新規 | 終了 | 同意書更新率 |
|---|---:|---:|---:|---:|---:|
| 川口   | 142 | 1,108 | 11 | 6 | 94.2% |
| 練馬   | 118 |   902 |  9 | 4 | 91.5% |
| 相模原 |  87 |   611 |  7 | 5 | 96.0% |
| 合計   | 347 | 2,621 | 27 | 15 | 93.7% |

終了理由の内訳は、入院6、施設入所4、ご逝去3、その他2です。
年齢層は80代が52%、90代以上が21%でした。
{sig('omori', 1)}""",
    entities=[],
    detectors=[],
    note="aggregated statistics only, no identifiable person",
)

_ps = patients(5, "kawaguchi")
_blts = "\n".join(
    f"・{x['name']}様（{x['addr']}）\n"
    f"　　キーパーソン：{_name(old=False)['name']}（{RNG.choice(['長女', '長男', '次女', '妻', '夫', '甥'])}） "
    f"{_mobile()}"
    for x in _ps)
add(
    id="houmonmassage-032", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["訪問看護ステーションかけはし 管理者 <kanri@kakehashi-nurse.jp>"],
    subject="災害時の緊急連絡先（共通利用者分）",
    body=f"""訪問看護ステーションかけはし
管理者様

お世話になっております。ひので訪問マッサージの佐伯です。
先日の連絡会でお話しした、災害時の安否確認用の緊急連絡先です。
両事業所で共通してご利用いただいている方の分をまとめました。

{_blts}

内容に誤りがあればお知らせください。
{sig('saeki')}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bulleted list of 5 patients' addresses and family mobiles to a nursing station",
)

add(
    id="houmonmassage-033", expect="pass", charset="iso-2022-jp",
    sender=frm("okabe"),
    to=["ハナミズキの杜 施設長 堀内様 <horiuchi@hanamizuki-home.or.jp>"],
    subject="Re: 導入事例の資料について",
    body=f"""堀内様

お世話になっております。岡部です。
ご依頼の「他施設での導入事例の資料」ですが、当社の社内資料は社外秘扱いのため
そのままお渡しすることができません。申し訳ございません。

代わりに、公開用にまとめた事例紹介（パンフレット4ページ目）をご覧いただくか、
次回ご訪問の際に口頭でご説明させていただければと存じます。
6月第2週でご都合のよい日はございますでしょうか。
{sig('okabe', 3)}
> 岡部様
> 先日のご提案ありがとうございました。
> 他の施設さんでの導入事例の資料があれば拝見したいです。
> ハナミズキの杜 堀内
""",
    entities=[],
    detectors=[],
    note="the word 社外秘 only mentioned in passing, nothing marked confidential is sent",
)

_ps = patients(5, "kawaguchi")
_blocks = "\n\n".join(
    f"【{i + 1}】\n被保険者番号：{x['hihoken']}\n氏名：{x['name']}（{x['kana']}）\n"
    f"生年月日：{wareki(x['dob'])}\n住所：{x['addr']}\n"
    f"返戻理由：{r}"
    for i, (x, r) in enumerate(zip(_ps, ["往療距離の記載漏れ", "同意日の相違", "施術日数の算定誤り",
                                         "同意書の添付漏れ", "往療距離の記載漏れ"])))
add(
    id="houmonmassage-034", expect="stop", charset="shift_jis",
    sender=frm("miura"),
    to=["埼玉県後期高齢者医療広域連合 給付課 <kyufu@saitama-kouiki.lg.jp>"],
    subject="返戻分の再申請についてのお問い合わせ（日の出産業）",
    body=f"""埼玉県後期高齢者医療広域連合
給付課 療養費ご担当 様

お世話になっております。ひので訪問マッサージ（日の出産業株式会社）の三浦です。
3月審査分で返戻となった下記5件について、再申請の際の添付書類を確認させてください。

{_blocks}

特に【2】の同意日の相違については、医師の記載誤りのため、訂正印をいただいた
同意書の写しを添付すればよろしいでしょうか。
{sig('miura')}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="five patient blocks with insurance numbers, DOB and address to the insurer (external)",
)

add(
    id="houmonmassage-035", expect="pass", charset="utf-8",
    sender=frm("sakakibara"),
    to=["芙蓉苑 事務長 <jimu@fuyouen.or.jp>"],
    subject="【請求書】職員向け出張施術（5月分）",
    body=f"""社会福祉法人 芙蓉会 特別養護老人ホーム 芙蓉苑
事務長 様

いつもお世話になっております。日の出産業 経理グループの榊原です。
5月に実施いたしました職員様向け福利厚生施術の請求書をお送りします。

　請求書番号：HS-INV-2605-0147
　件名　　　：職員向け出張施術（5/8・5/22 計2回、延べ24名）
　金額　　　：79,200円（税込、うち消費税 7,200円）
　お支払期限：2026年6月30日
　お振込先　：みどり銀行 浜松町支店 普通 4820193
　　　　　　　ヒノデサンギョウ（カ
　登録番号　：T{HINODE_CORP_NO}

請求書PDFの原本は郵送でもお送りいたします。
{sig('sakakibara')}{DISCLAIMER_JA}""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice with the company's own T-number and bank account; no person's data",
)

_ps = patients(10, None)
_sales = [["患者別売上明細（令和8年4月）", "", "", "", "", "", ""],
          ["出力日：2026/05/08　日の出産業株式会社 ヘルスケア事業部", "", "", "", "", "", ""],
          ["患者ID", "氏名", "保険者番号", "被保険者番号", "施術回数", "療養費請求額",
           "一部負担金"]]
for x in _ps:
    n = RNG.randrange(4, 13)
    _sales.append([x["pid"], x["name"], x["hokensha"], x["hihoken"], n, n * 2750,
                   n * 275])
add(
    id="houmonmassage-036", expect="stop", charset="iso-2022-jp",
    sender=frm("sakakibara"),
    to=["北斗会計 監査担当 <audit@hokuto-tax.jp>"],
    subject="4月 売上明細（ヘルスケア事業部）",
    body=f"""税理士法人 北斗会計
監査ご担当 様

お世話になっております。日の出産業 経理の榊原です。
先日ご依頼のありました、ヘルスケア事業部の4月売上の明細をお送りいたします。
「集計」シートが部門別、「明細」シートが患者別です。
{sig('sakakibara', 1)}""",
    attachments=[{"kind": "xlsx", "name": "売上明細_202604_HC.xlsx",
                  "sheets": {"集計": [["部門", "売上"], ["川口", 3047000], ["練馬", 2480500],
                                      ["相模原", 1680250]],
                             "明細": _sales}}],
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="second sheet lists 10 patients with insurance numbers, under a title row, to the tax firm",
)

add(
    id="houmonmassage-037", expect="pass", charset="utf-8",
    sender=frm("miyashita"),
    to=["Sales Team <sales@seoul-acumed.co.kr>"],
    subject="Purchase order HS-PO-26-0412: disposable needles",
    body=f"""Dear Ms. Park,

Thank you for the quotation QT-2026-118. We would like to place the following order.

  Item code    Description                         Qty (boxes)  Unit price
  ----------   ---------------------------------   -----------  ----------
  SAM-0.16x30  Disposable needle 0.16 x 30 mm       40           USD 6.20
  SAM-0.18x40  Disposable needle 0.18 x 40 mm       25           USD 6.40
  MOX-S100     Smokeless moxa stick (100 pcs)       10           USD 18.00

Delivery address: Hinode Sangyo Co., Ltd., Sagamihara Station,
3-9-2 Sagamihara, Chuo-ku, Sagamihara, Kanagawa 252-0231, Japan.
Please ship by EMS and send us the tracking number.

Payment will be made by T/T within 30 days of the invoice date.
{sig_en('omori').replace('大森 健吾', 'Natsumi Miyashita').replace('omori.k@hinode-sangyo.co.jp', 'miyashita.n@care.hinode-sangyo.co.jp')}{DISCLAIMER_EN}""",
    entities=[],
    detectors=[],
    note="English purchase order with product codes and a business address",
)

_ps = patients(8, "kawaguchi")
_tbl = [["No", "被保険者番号", "氏名", "生年月日", "施術期間", "日数", "往療", "請求額"]]
for i, x in enumerate(_ps):
    n = RNG.randrange(4, 13)
    _tbl.append([i + 1, x["hihoken"], x["name"], wareki(x["dob"], "short"),
                 "5/1〜5/31", n, n, f"{n * 2750:,}"])
add(
    id="houmonmassage-038", expect="stop", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["kyufu@saitama-kouiki.lg.jp"],
    subject="療養費支給申請書 総括票（電子送付分）",
    body=f"""埼玉県後期高齢者医療広域連合 給付課 御中

日の出産業株式会社（ひので訪問マッサージ）の三浦です。
お電話でご案内いただいたとおり、5月施術分の総括票をPDFでお送りします。
申請書の原本は簡易書留にて本日発送いたしました。
{sig('miura', 2)}""",
    attachments=[{"kind": "pdf", "name": "総括票_202605.pdf",
                  "title": "療養費支給申請書 総括票",
                  "lines": ["療養費支給申請書（あん摩マッサージ指圧）総括票", "施術所：ひので訪問マッサージ 川口ステーション",
                            "登録記号番号：契約マ 1104832", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="PDF table of 8 patients with insurance numbers and DOB sent to the insurer",
)

add(
    id="houmonmassage-039", expect="pass", charset="utf-8",
    sender=frm("ishida"),
    to=["かいごジョブ 掲載担当 <keisai@kaigo-job.jp>"],
    subject="求人原稿（訪問マッサージ施術者）の差し替え",
    body=f"""かいごジョブ 掲載ご担当者様

お世話になっております。日の出産業 総務人事の石田です。
現在掲載中の求人（掲載ID：KJ-557120）の原稿を、以下に差し替えてください。

―――――――――――――――――
【職種】訪問マッサージ施術者（あん摩マッサージ指圧師）
【勤務地】川口市・蕨市・練馬区・相模原市（各ステーション）
【給与】月給25万円〜38万円（出来高給含む）／直行直帰可
【待遇】社用車・電動自転車貸与、社会保険完備、研修制度あり
【休日】土日祝（シフト制も相談可）
【応募方法】応募フォームより。書類選考後、面接・実技
【問い合わせ】採用担当 石田（048-227-5310）
―――――――――――――――――

掲載開始は6月1日からでお願いいたします。
{sig('ishida', 1)}""",
    entities=[],
    detectors=[],
    note="a job advertisement; only the company's contact",
)

_ps = patients(16, None)
_csv = [["旧ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "保険者番号",
         "被保険者番号", "傷病名", "同意日"]]
for x in _ps:
    _csv.append([x["pid"], x["name"], x["kana"], seireki(x["dob"]), x["zip"], x["addr"],
                 x["tel"], x["hokensha"], x["hihoken"], x["diag"],
                 f"2026/0{RNG.randrange(1, 6)}/{RNG.randrange(1, 29):02d}"])
add(
    id="houmonmassage-040", expect="stop", charset="iso-2022-jp",
    sender=frm("fujimoto"),
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="データ移行用ファイル（患者マスタ）の送付",
    body=f"""株式会社ツバサシステム
導入支援チーム 御中

お世話になっております。日の出産業の藤本です。
新システムへの移行テスト用に、旧ソフトから出力した患者マスタをお送りします。
まずは相模原・練馬分の16件のみです。文字コードの確認をお願いします。
{sig('fujimoto', 3)}""",
    attachments=[{"kind": "zip", "name": "migration_test_0520.zip",
                  "files": [{"kind": "csv", "name": "patient_master.csv", "rows": _csv,
                             "encoding": "utf-8"},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "旧ソフト ver4.3 から出力。区切り：カンマ、文字コード：UTF-8"}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
              "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="unencrypted ZIP with a CSV of 16 patients (full master data) to the software partner",
)


# ========================================================================================
# 041-060
# ========================================================================================

add(
    id="houmonmassage-041", expect="pass", charset="iso-2022-jp",
    sender=frm("hoshino"),
    to=["青葉運輸 相模原営業所 <sagamihara@aoba-unyu.co.jp>"],
    subject="折りたたみ施術ベッド配送の件（お問い合わせ番号のご連絡）",
    body=f"""青葉運輸株式会社 相模原営業所 御中

お世話になっております。日の出産業 相模原ステーションの星野です。
昨日集荷いただいた荷物のうち、1点がまだ練馬ステーションに届いていないとのことです。
配送状況をご確認いただけますでしょうか。

　お問い合わせ番号：6602-1187-4530（折りたたみ施術ベッド 2台口のうち1個口）
　　　　　　　　　　6602-1187-4541（同上 2個口目：配達済み）
　届け先：日の出産業 練馬ステーション（東京都練馬区石神井町4-22-8 石神井センタービル2F）
　　　　　TEL 03-5910-4420

明日の午前中に使用予定のため、本日中の配達が難しい場合はご連絡ください。
{sig('hoshino', 1)}""",
    entities=[],
    detectors=[],
    note="tracking numbers and the company's own addresses to the logistics partner",
)

_ps = patients(6, "nerima")
_res = "\n".join(f"{RNG.randrange(101, 320)}号室　{x['name']}様　{x['age']}歳　{x['care']}　"
                 f"{x['diag']}（{x['sym']}）" for x in _ps)
add(
    id="houmonmassage-042", expect="stop", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=["かえで鍼灸院 院長 <info@kaede-shinkyu.jp>"],
    subject="FW: 施術ご希望の入居者様について",
    body=f"""かえで鍼灸院
楠本先生

お世話になっております。ひので訪問マッサージの竹内です。
先日ご相談した、施設の鍼灸ご希望の方の件です。
施設さんからいただいたメールをそのまま添付しますので、ご確認ください。
鍼灸は先生にお願いし、マッサージは当方で継続という形でいかがでしょうか。
{sig('takeuchi', 1)}""",
    attachments=[{"kind": "eml", "name": "施術ご希望の入居者様について.eml",
                  "message": {
                      "sender": "グランパレ石神井 看護主任 <kango@granpale-shakujii.jp>",
                      "to": ["竹内 亮 <takeuchi.r@care.hinode-sangyo.co.jp>"],
                      "subject": "施術ご希望の入居者様について",
                      "charset": "iso-2022-jp",
                      "body": f"""ひので訪問マッサージ 竹内様

いつもありがとうございます。グランパレ石神井の看護主任です。
マッサージに加えて鍼灸も希望されている入居者様の一覧です。

{_res}

ご検討よろしくお願いいたします。
"""}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached mail (forward) lists 6 facility residents with care level and diagnoses",
)

add(
    id="houmonmassage-043", expect="pass", charset="utf-8",
    sender=frm("miura"),
    to=["関東機械工業健康保険組合 給付グループ <kyufu@kanto-kikai-kenpo.or.jp>"],
    subject="あはき療養費の受領委任に関するお問い合わせ",
    body=f"""関東機械工業健康保険組合
給付グループ ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 ひので訪問マッサージの三浦と申します。

貴組合では、あん摩マッサージ指圧・はり・きゅうの療養費について
受領委任払いを導入されていますでしょうか。
導入されていない場合、償還払いでの申請書の様式（組合独自様式の有無）と、
往療料の算定に必要な添付書類（往療内訳表など）について教えていただけますと幸いです。

現時点で特定のご加入者様の申請ではなく、一般的な手続きの確認でございます。
{sig('miura', 2)}""",
    entities=[],
    detectors=[],
    note="a general procedural question to an insurer, no patient named",
)

_ths = [staff_person() for _ in range(6)]
_sched = "\n".join(f"{t['name']:<8}\t{RNG.choice(['川口', '蕨', '練馬', '板橋'])}\t"
                   f"{RNG.choice(['9:00-17:00', '10:00-18:00', '13:00-19:00'])}\t{t['mobile']}"
                   for t in _ths)
add(
    id="houmonmassage-044", expect="stop", charset="iso-2022-jp",
    sender=frm("hoshino"),
    to=["佐伯 拓也 <saeki.t@hinode-sangyou.co.jp>"],
    cc=["takeuchi.r@care.hinode-sangyo.co.jp"],
    subject="6月第1週 施術者シフト（確定版）",
    body=f"""佐伯さん、竹内さん

お疲れさまです。星野です。
6月第1週のシフト確定版です。急な欠勤時の代行調整用に携帯番号も入れています。

氏名\tエリア\t勤務\t携帯
{_sched}

よろしくお願いします。
{sig('hoshino', 3)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyou.co.jp (letter added): look-alike of own domain",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-045", expect="pass", charset="shift_jis",
    sender=frm("saeki"),
    to=["三浦 由香 <miura.y@hinode-sangyo.co.jp>"],
    subject="FW: 同意書記載内容について（たちばな内科）",
    body=f"""三浦さん

たちばな内科から下記の連絡がありました。請求前に確認をお願いします。

-----Original Message-----
From: たちばな内科クリニック 医事課 <iji@tachibana-naika.jp>
Sent: Tuesday, May 19, 2026 4:05 PM
To: 佐伯 拓也 <saeki.t@care.hinode-sangyo.co.jp>
Subject: 同意書記載内容について

ひので訪問マッサージ 佐伯様

{_p['name']}様（{wareki(_p['dob'])}生、{_p['addr']}）の同意書につきまして、
傷病名を「{_p['diag']}」と記載しておりましたが、院長より
「{_p['diag']}、{_p['sym']}」に訂正するよう指示がありました。
訂正済みの同意書を本日郵送いたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forwards a clinic's mail with one patient's diagnosis, but only to an internal colleague",
)

add(
    id="houmonmassage-046", expect="stop", charset="utf-8",
    sender=frm("sakakibara"),
    to=["みどり銀行 浜松町支店 法人担当 <hamamatsucho@midori-ginkou.co.jp>"],
    subject="振込手数料の優遇についてのご相談",
    body=f"""みどり銀行 浜松町支店
法人ご担当 様

いつもお世話になっております。日の出産業 経理の榊原です。
ヘルスケア事業部で施術者への振込件数が増えておりまして（月約60件）、
振込手数料の優遇プランについてご相談させていただきたく存じます。
来週、お時間をいただけますでしょうか。
{sig('sakakibara', 3)}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner midori-ginko.co.jp mistyped as midori-ginkou.co.jp (letter added)",
)

add(
    id="houmonmassage-047", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["河野 直人 <kono.n@hinode-sangyo.co.jp>"],
    bcc=["morita@komorebi-care.jp", "oshima@kyotaku-hinata.jp", "ishihara@aozora-careplan.co.jp",
         "kyotaku@kawaguchi-shakyo.or.jp", "cm-nerima@tsubaki-kaigo.jp",
         "info@careplan-hikari.jp", "yamane.cm@shakujii-kyotaku.jp"],
    subject="【ご案内】夏季休業期間の訪問体制について",
    body=f"""居宅介護支援事業所 ケアマネジャー各位

※本メールはBCCにて一斉送信しております。

いつもお世話になっております。ひので訪問マッサージの河野です。
8月13日（木）〜16日（日）の夏季休業期間中の訪問体制についてお知らせいたします。

・期間中も、週3回以上ご利用の方は通常どおり訪問いたします
・週1〜2回ご利用の方は、前後の週で振替をご相談させていただきます
・緊急のご連絡は各ステーションの代表番号（転送対応）までお願いします

　川口 048-227-5310／練馬 03-5910-4420／相模原 042-768-2075

ご利用者様・ご家族様へのご案内は、担当施術者から個別にお伝えいたします。
{sig('kono')}""",
    entities=[],
    detectors=[],
    note="mass announcement correctly sent with every external address in Bcc",
)

_p = patient("sagamihara", kind="acu")
add(
    id="houmonmassage-048", expect="stop", charset="iso-2022-jp",
    sender=frm("miyashita"),
    to=["星野 加奈 <hoshino.k@hinode-sangyo.jp>"],
    subject=f"{_p['sei']}様 初回訪問の記録",
    body=f"""星野さん

お疲れさまです。宮下です。
本日の{_p['sei']}様（{_p['name']}様）の初回訪問の記録です。請求ソフトへの入力をお願いします。

・初回：6/1 10:00〜10:50
・傷病名：{_p['diag']}（同意書：南川整形外科 6/1同意）
・施術：はり・きゅう併用、電療なし
・往療距離：2.3km
・次回：6/4（木）10:00

ご本人は週2回を希望されています。
{sig('miyashita', 3)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="colleague's address with the .co dropped (hinode-sangyo.jp): look-alike, carries a diagnosis",
)

add(
    id="houmonmassage-049", expect="pass", charset="utf-8",
    sender=frm("fujimoto"),
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    cc=["miura.y@hinode-sangyo.co.jp"],
    subject="議事録：新請求システム 要件定義 第3回（5/21）",
    body=f"""ツバサシステム 導入支援チーム 各位

本日はありがとうございました。日の出産業の藤本です。
議事録を共有します。誤りがあればご指摘ください。

■ 日時・場所：5/21（木）14:00〜15:30　日の出産業 本社8F会議室
■ 出席：ツバサシステム 吉川様・田村様／日の出産業 三浦・藤本

■ 決定事項
1. 患者マスタの項目
   氏名、フリガナ、性別、生年月日、住所、電話番号、保険者番号、被保険者番号、
   傷病名、同意医師、同意日、往療起点 — 以上12項目を必須とする
2. 被保険者番号は8桁固定ではなく、国保の記号・番号にも対応できる可変長とする
3. 傷病名は自由入力ではなく、マスタからの選択式とする（要配慮個人情報の入力ミス防止）
4. 施術者アカウントは閲覧範囲を担当患者のみに制限する

■ 宿題
・ツバサ：アクセス権限の設計書（6/4まで）
・日の出：移行対象データの件数確定（6/4まで）

次回は6/11（木）14:00〜です。
{sig('fujimoto', 1)}""",
    entities=[],
    detectors=[],
    note="minutes naming data fields (column names) only; no one's data",
)

_fams = [("k.tanabe1958", "yahoo.co.jp"), ("michiko-s", "gmail.com"),
         ("hiro_papa", "icloud.com"), ("yamazakura77", "docomo.ne.jp")]
add(
    id="houmonmassage-050", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=[f"{u}@{d}" for u, d in _fams],
    subject="ご家族様向け「おうちでできる拘縮予防体操」教室のご案内",
    body=f"""ご利用者様のご家族の皆様

いつもひので訪問マッサージをご利用いただき、ありがとうございます。
川口ステーションの佐伯です。

ご家族様からご要望の多かった「おうちでできる拘縮予防体操」の教室を開きます。

　日時：6月28日（日）10:00〜11:30
　場所：川口ステーション 2階研修室
　参加費：無料（お茶とお菓子をご用意します）

ご参加いただける方は、このメールにご返信ください。
{sig('saeki', 2)}""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private families on free mail openly in To: each can see the others",
)

_docs = [("たちばな内科クリニック", "橘 宗一郎", "埼玉県川口市栄町3-4-1", "048-251-0033"),
         ("南川整形外科", "南川 智", "埼玉県川口市並木2-15-8", "048-255-7120"),
         ("医療法人社団 青柳会 青柳病院", "青柳 浩二", "埼玉県蕨市北町1-9-30", "048-432-1188"),
         ("光が丘ホームクリニック", "戸叶 絵美", "東京都練馬区光が丘2-3-7", "03-3975-6021"),
         ("しらかば在宅診療所", "小椋 秀明", "東京都板橋区成増4-30-2", "03-3938-4170"),
         ("相模台ファミリークリニック", "乙部 俊介", "神奈川県相模原市南区南台3-11-6",
          "042-745-2290")]
_dl = "\n".join(f"{n:<20}院長 {d}\t{a}\tTEL {t}" for n, d, a, t in _docs)
add(
    id="houmonmassage-051", expect="pass", charset="shift_jis",
    sender=frm("kono"),
    to=["かえで鍼灸院 楠本先生 <info@kaede-shinkyu.jp>"],
    subject="訪問診療を行っている医療機関の一覧（ご参考）",
    body=f"""かえで鍼灸院
楠本先生

お世話になっております。河野です。
先日お話しした、当社の利用者様の同意書をよくお願いしている医療機関です。
いずれも訪問診療を行っており、同意書のご相談にも応じていただけます。
各院の公式サイトに掲載されている代表番号です。

{_dl}

ご不明な点があればお気軽にどうぞ。
{sig('kono', 3)}""",
    entities=[],
    detectors=[],
    note="a list of clinics (businesses) with directors' names and switchboards; no private data",
)

add(
    id="houmonmassage-052", expect="stop", charset="iso-2022-jp",
    sender=frm("omori"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【機密】訪問マッサージ事業 譲受案件の資料",
    body=f"""白川先生

いつもお世話になっております。大森です。

【機密】
本件は社内でも限られたメンバーのみで検討している案件です。

先日ご相談した、相模原市内の同業者（有限会社 さがみ治療院）からの事業譲受について、
先方から開示を受けた概要をお送りします。

・譲受対象：訪問マッサージ事業（利用者約60名、施術者5名）
・想定対価：2,800万円（のれん含む）
・先方の懸念：療養費の過去の請求内容（往療料）に不備がある可能性
・当社の懸念：利用者の引継ぎに際しての同意取得、施術者の雇用条件

デューデリジェンスの範囲とスケジュールについて、ご意見をいただけますと幸いです。
{sig('omori')}""",
    entities=[],
    detectors=["confidential_marking"],
    note="subject and body carry a 【機密】 classification (M&A material) to the law firm",
)

add(
    id="houmonmassage-053", expect="pass", charset="utf-8",
    sender=frm("ishida"),
    to=["プライバシー研修センター 講師派遣 <haken@privacy-kenshu.co.jp>"],
    subject="個人情報保護研修（訪問施術者向け）のご依頼",
    body=f"""プライバシー研修センター株式会社
講師派遣ご担当者様

日の出産業 総務人事の石田です。
訪問施術者向けの個人情報保護研修の講師派遣をお願いしたく、ご連絡いたしました。

当社の施術者は、ご利用者様の病歴や障害の状況、介護度、ご家族構成など、
要配慮個人情報にあたる情報を日常的に扱っております。
次のような内容を中心にお願いできればと考えております。

1. 要配慮個人情報（病歴、障害、信条など）の定義と取得時の同意
2. ケアマネジャー・医療機関との情報共有における第三者提供の考え方
3. 施術記録の持ち出し、紛失、メール誤送信時の対応
4. 事例検討：ご家族から別のご家族の情報を聞かれた場合

日程は7月の土曜日、参加者は約40名を想定しております。
お見積りをいただけますと幸いです。
{sig('ishida')}""",
    entities=[],
    detectors=[],
    note="talks about sensitive-data categories in general; no identifiable person",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-054", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["東和損害保険 事故受付 <jiko-uketsuke@towa-sonpo.co.jp>"],
    cc=["ishida.m@hinode-sangyo.co.jp"],
    subject="事故報告（施術中の転倒）証券番号 BL-20418873",
    body=f"""【取扱注意】

東和損害保険株式会社
事故受付センター 御中

日の出産業株式会社（施術者賠償責任保険 証券番号 BL-20418873）の佐伯です。
施術中に発生した事故について、ご報告いたします。

1. 発生日時：2026年5月26日（火）15:20頃
2. 場所：ご利用者様宅（{_p['addr']}）
3. ご利用者様：{_p['name']}様（{_p['age']}歳、{_p['care']}、{_p['diag']}）
4. 状況：歩行訓練中、方向転換の際にバランスを崩され、施術者が支えきれず転倒。
5. 受傷：同日、南川整形外科を受診し、左橈骨遠位端骨折と診断。ギプス固定、入院なし。
6. 対応：当日中にご家族（長女様）へ謝罪とご説明。ケアマネジャーへ報告済み。

今後の手続きについてご指示をお願いいたします。
{sig('saeki')}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["confidential_marking", "personal_data"],
    note="【取扱注意】 stamped accident report with a patient's injury and diagnosis to an insurer",
)

add(
    id="houmonmassage-055", expect="pass", charset="iso-2022-jp",
    sender=frm("okabe"),
    to=["芝地域包括支援センター <houkatsu@houkatsu-shiba.jp>"],
    subject="訪問マッサージのご案内資料をお送りします",
    body=f"""芝地域包括支援センター
ご担当者様

先日はお電話にてありがとうございました。日の出産業の岡部です。
ご案内資料（PDF）をお送りいたします。窓口に置いていただけますと幸いです。
紙のパンフレットも50部、来週お届けにあがります。
{sig('okabe', 2)}""",
    attachments=[{"kind": "pdf", "name": "hinode_houmon_massage_guide.pdf",
                  "title": "ひので訪問マッサージ ご案内",
                  "lines": ["ひので訪問マッサージのご案内",
                            "■ こんな方に：寝たきり、脳梗塞後の麻痺、関節が固くなってきた方",
                            "■ 医療保険が使えます（医師の同意が必要です）",
                            "■ 1回あたりのご負担：約300円〜（1割負担の場合）",
                            "■ 対応エリア：川口市・蕨市・戸田市",
                            "■ お問い合わせ：048-227-5310（平日9時〜18時）"]}],
    entities=[],
    detectors=[],
    note="a service brochure PDF; no personal data",
)

_c = staff_person("F")
_rc = f"{RNG.choice('ABCDEFGH')}{RNG.choice('ABCDEFGH')}{_digits(8)}{RNG.choice('ABCDEFGH')}{RNG.choice('ABCDEFGH')}"
add(
    id="houmonmassage-056", expect="stop", charset="utf-8",
    sender=frm("ishida"),
    to=["メディカルキャリアネット 紹介担当 <shokai@medi-career.co.jp>"],
    subject="候補者様の就労資格の確認について",
    body=f"""メディカルキャリアネット株式会社
ご担当 小西様

お世話になっております。日の出産業の石田です。
受付事務でご紹介いただいたグエン様の件、内定の方向で進めております。
就労可能な範囲を確認したく、在留カードの情報を念のため共有いたします。

　氏名：NGUYEN THI HOA（グエン・ティ・ホア）
　在留カード番号：{_rc}
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2028年3月14日

資格外の業務（施術補助など）にあたらないよう、業務内容は受付・電話対応・
請求書類の整理に限定する予定です。問題がないかご確認いただけますでしょうか。
{sig('ishida', 1)}""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a candidate's residence card number to the recruitment agency",
)

_fac = [["契約施設一覧（施設向け出張施術・福利厚生契約）"], [],
        ["施設名", "運営法人", "所在地", "代表電話", "契約形態", "契約開始", "月額"]]
for n, op, a, t, k, s, f in [
    ("ハナミズキの杜", "株式会社ハナミズキケア", "埼玉県川口市芝新町5-11-3", "048-261-7788",
     "職員福利厚生", "2024/04", 66000),
    ("芙蓉苑", "社会福祉法人 芙蓉会", "埼玉県蕨市塚越6-3-1", "048-433-9102", "職員福利厚生",
     "2025/01", 79200),
    ("ゆずりは川口", "株式会社ゆずりは", "埼玉県川口市前川2-8-20", "048-268-1540",
     "入居者自費施術", "2025/06", 0),
    ("グランパレ石神井", "グランパレ株式会社", "東京都練馬区石神井町7-2-15", "03-3996-8101",
     "入居者自費施術", "2025/10", 0),
    ("かがやき西川口", "かがやきライフ株式会社", "埼玉県川口市並木1-22-5", "048-254-6610",
     "職員福利厚生", "2026/02", 44000),
    ("陽だまりの家", "有限会社ひだまり", "埼玉県川口市朝日3-5-14", "048-226-0473",
     "入居者自費施術", "2026/04", 0)]:
    _fac.append([n, op, a, t, k, s, f])
add(
    id="houmonmassage-057", expect="pass", charset="shift_jis",
    sender=frm("sakakibara"),
    to=["北斗会計 監査担当 <audit@hokuto-tax.jp>"],
    subject="Re: 施設との契約一覧のご提出",
    body=f"""北斗会計 ご担当者様

お世話になっております。榊原です。
ご依頼の施設との契約一覧を添付いたします。
入居者様の自費施術分は、施設ではなくご本人への請求のため月額欄は0としています。
{sig('sakakibara', 3)}
> 日の出産業 榊原様
> 期末監査の関係で、施設との契約の一覧をご提出いただけますでしょうか。
""",
    attachments=[{"kind": "xlsx", "name": "契約施設一覧_2026.xlsx", "sheets": {"一覧": _fac}}],
    entities=[],
    detectors=[],
    note="XLSX list of contracted facilities (businesses) with switchboards",
)

_t = staff_person("M")
_dl_no = f"{RNG.choice(['30', '45', '46', '50'])}{_digits(10)}"
add(
    id="houmonmassage-058", expect="stop", charset="iso-2022-jp",
    sender=frm("ishida"),
    to=["ひかりオートリース 法人窓口 <houjin@auto-lease-hikari.co.jp>"],
    subject="社用車（訪問用）運転者追加のお願い",
    body=f"""ひかりオートリース株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 総務人事の石田です。
契約番号 AL-58820（軽自動車 3台）の運転者限定に、下記1名を追加してください。

　運転者氏名：{_t['name']}
　生年月日：{seireki(_t['dob'])}
　運転免許証番号：{_dl_no}
　免許の色：ゴールド
　使用開始：6月8日〜

免許証の写しが必要でしたら、別途郵送いたします。
{sig('ishida', 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a therapist's driver's licence number to the car-lease company",
)

add(
    id="houmonmassage-059", expect="pass", charset="utf-8",
    sender=frm("kono"),
    to=["東都医療大学 地域連携センター <renkei@toto-iryo.ac.jp>"],
    subject="市民公開講座の講師プロフィール（案）",
    body=f"""東都医療大学 地域連携センター
ご担当 宮園様

お世話になっております。日の出産業の河野です。
7月の市民公開講座のチラシに掲載する講師プロフィール（案）です。
ご確認をお願いいたします。

――――――――――――
講師：橘 宗一郎（たちばな内科クリニック 院長）
日本内科学会 認定内科医。川口市で20年にわたり在宅医療に携わる。
著書に『在宅で最期まで ― 訪問診療医の手帖』など。
演題：「通えなくなっても、からだは動かせる ― 訪問リハビリとマッサージ」
――――――――――――

橘先生ご本人には掲載内容の了承をいただいております。
{sig('kono', 1)}""",
    entities=[],
    detectors=[],
    note="a public speaker profile of one doctor (public, approved); no private data",
)

_ths = [staff_person() for _ in range(3)]
_nenkin = "\n".join(f"　{i + 1}．{t['name']}（{seireki(t['dob'])}生）　基礎年金番号 "
                    f"{_digits(4)}-{_digits(6)}" for i, t in enumerate(_ths))
add(
    id="houmonmassage-060", expect="stop", charset="shift_jis",
    sender=frm("ishida"),
    to=["tetsuzuki@minato-sr.jp"],
    subject="Re: 資格取得届 追加資料（基礎年金番号）",
    body=f"""みなと事務所 ご担当者様

お世話になっております。石田です。
ご指摘いただいた、6月入社の3名の基礎年金番号をお知らせします。

{_nenkin}

マイナンバーの提出がない1名については、本人に年金手帳を確認してもらいました。
{sig('ishida', 3)}
> 日の出産業 石田様
> 資格取得届につきまして、3名様の基礎年金番号をご教示いただけますでしょうか。
> みなと事務所 手続き担当
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="three new hires' basic pension numbers in new text to the labour-law office",
)


# ========================================================================================
# 061-080
# ========================================================================================

add(
    id="houmonmassage-061", expect="pass", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["神奈川県後期高齢者医療広域連合 給付課 <ryoyohi@kanagawa-kouiki.lg.jp>"],
    subject="受領委任の取扱いに係る申出（口座変更）の書類について",
    body=f"""神奈川県後期高齢者医療広域連合
給付課 療養費担当 様

お世話になっております。日の出産業株式会社の三浦です。
相模原ステーションの療養費の振込先口座を変更したく、申出書の記載内容を
事前に確認させていただけますでしょうか。

　施術所名：ひので訪問マッサージ・鍼灸 相模原ステーション
　開設者：日の出産業株式会社（法人番号 {HINODE_CORP_NO}）
　施術管理者：宮下 夏美
　新しい振込先：みどり銀行 相模原支店 普通 3071526
　　　　　　　　口座名義 ヒノデサンギョウ（カ　サガミハラステーション

変更届の提出は6月中を予定しております。
{sig('miura')}""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's corporate number and business bank account to the insurer; no private data",
)

_ps = patients(5, "minami")
_hdr = "氏　名　　　　　　生年月日　　　　　　電話番号　　　　　　　傷病名"
_rule = "－" * 40
_rows_fw = "\n".join(
    f"{x['name'].replace(' ', '　'):　<8}{wareki(x['dob'], 'fw'):　<11}{fw(x['tel']):　<13}{x['diag']}"
    for x in _ps)
add(
    id="houmonmassage-062", expect="stop", charset="shift_jis",
    sender=frm("miyashita"),
    to=["たんぽぽ訪問治療院 院長 <inchou@tanpopo-chiryoin.jp>"],
    subject="南区エリアご利用者様の引継ぎについて",
    body=f"""たんぽぽ訪問治療院
院長 乙坂様

いつもお世話になっております。ひので訪問マッサージ相模原の宮下です。
先日ご了承いただいた、南区エリアのご利用者様の引継ぎについてです。
7月より当ステーションの施術者が減るため、下記5名様をお願いしたく存じます。
いずれもご本人・ご家族から引継ぎのご了承をいただいております。

{_hdr}
{_rule}
{_rows_fw}
{_rule}

同意書の写しと施術記録は、引継ぎ時に手渡しいたします。
{sig('miyashita', 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="full-width padded table of 5 patients with 和暦 DOB, phone and diagnosis to another clinic",
)

_p = patient("sagamihara")
add(
    id="houmonmassage-063", expect="pass", charset="utf-8",
    sender=frm("miyashita"),
    to=["Dr. Wei-Lin Chen <wlchen@tcm-research.edu.tw>"],
    subject="Re: Case data for our joint study",
    body=f"""Dear Dr. Chen,

Thank you very much for your comments. I agree that we should wait until the patient's
written consent is signed before we go any further. I will bring the consent form to
the patient's home next Tuesday and let you know the result.

Kind regards,
Natsumi Miyashita
Hinode Sangyo Co., Ltd.

On Thu, May 28, 2026 at 9:14 PM Wei-Lin Chen <wlchen@tcm-research.edu.tw> wrote:
> Dear Ms. Miyashita,
>
> Thank you for the case of {_p['kana'].title()} ({_p['age']} y/o, DOB {seireki(_p['dob'], '-')}),
> {_p['diag']} with {_p['sym']}. Before I share it with my team, could you confirm
> that the patient has agreed in writing?
>
> Best,
> Wei-Lin
""",
    entities=[],
    detectors=[],
    note="patient details appear only in the quoted text (On ... wrote:) of the partner's own mail",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-064", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["ともに福祉用具 川口営業所 <kawaguchi@fukushi-yougu-tomo.co.jp>"],
    subject="車いす・移乗ボードのご相談",
    body=f"""ともに福祉用具株式会社
川口営業所 ご担当者様

お世話になっております。ひので訪問マッサージの佐伯です。
当方でマッサージに伺っている{_p['name']}様について、車いすの見直しのご相談です。

{_p['name']}様は脊髄損傷による両下肢機能全廃で身体障害者手帳1級をお持ちで、
最近は座位保持が難しくなり、仙骨部に発赤が出始めています。
現在のモジュール型車いすから、ティルト・リクライニング型への変更と、
ベッドからの移乗用にスライディングボードの導入をご検討いただけないでしょうか。

ご自宅は{_p['addr']}です。担当ケアマネジャー（こもれび 森田様）にも共有済みです。
{sig('saeki', 1)}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's disability grade and condition with name and address to a welfare-equipment firm",
)

_ths = [staff_person() for _ in range(7)]
_hc = [["氏名", "年齢", "血圧", "HbA1c", "LDL", "判定", "所見"]]
for t in _ths:
    _hc.append([t["name"], t["age"], f"{RNG.randrange(112, 168)}/{RNG.randrange(70, 104)}",
                f"{RNG.randrange(52, 74) / 10}", RNG.randrange(90, 190),
                RNG.choice(["A", "B", "C", "D2"]),
                RNG.choice(["異常なし", "要経過観察（血圧）", "要精密検査（肝機能）", "要治療（脂質）"])])
add(
    id="houmonmassage-065", expect="pass", charset="utf-8",
    sender=frm("ishida"),
    to=["大森 健吾 <omori.k@hinode-sangyo.co.jp>", "takeuchi.r@care.hinode-sangyo.co.jp"],
    subject="施術者 定期健康診断の結果（要再検者のフォロー）",
    body=f"""大森部長、竹内さん

石田です。ヘルスケア事業部の施術者7名の健康診断結果がそろいました。
判定C・D2の方には再検査の受診を勧めていますので、シフト調整へのご配慮をお願いします。
社内限りの情報のため、転送はご遠慮ください。
{sig('ishida', 3)}""",
    attachments=[{"kind": "xlsx", "name": "健診結果_HC_2026.xlsx", "sheets": {"結果": _hc}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="employees' health-check results, but recipients are all internal",
)

_p = patient("nerima")
add(
    id="houmonmassage-066", expect="stop", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=["かえで鍼灸院 楠本先生 <info@kaede-shinkyu.jp>"],
    subject="6月からの鍼灸ご依頼（ご配慮事項）",
    body=f"""楠本先生

お世話になっております。竹内です。
6月からお願いする{_p['name']}様（{_p['addr']}）について、事前にお伝えしたいことがあります。

ご本人とご家族はイスラム教を信仰されており、
・施術は女性の施術者を希望されています
・金曜のお昼前後（礼拝の時間）と、ラマダン期間中の日中の訪問は避けてほしい
・お宅に上がる際、仏壇や神棚のような宗教的なものの話題は控えてほしい
とのことです。

先生の院の○○先生（女性）にご担当いただけると助かります。
{sig('takeuchi', 3)}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's religion (要配慮: creed) with address to an outside acupuncture clinic",
)

add(
    id="houmonmassage-067", expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"),
    to=["北斗会計 監査担当 <audit@hokuto-tax.jp>"],
    subject="療養費 未収金の保険者別内訳（3月末）",
    body=f"""北斗会計 ご担当者様

お世話になっております。日の出産業 経理の榊原です。
ご質問いただいた、3月末時点の療養費未収金の保険者別の内訳です。

保険者                              件数      金額（円）
--------------------------------------------------------
埼玉県後期高齢者医療広域連合         412     2,854,300
東京都後期高齢者医療広域連合         276     1,917,600
神奈川県後期高齢者医療広域連合       198     1,305,150
川口市国民健康保険                    34       201,800
関東機械工業健康保険組合               6        38,500
その他（協会けんぽ等）                11        69,300
--------------------------------------------------------
合計                                 937     6,386,650

受領委任分は概ね2か月後に入金されます。償還払い分は含めておりません。
{sig('sakakibara', 1)}""",
    entities=[],
    detectors=[],
    note="receivables by insurer (organisations), aggregated counts and amounts only",
)

_ps = patients(6, "kawaguchi")
_room = "\n".join(f"  {RNG.randrange(201, 399)}号室  {x['name']} 様   "
                  f"{RNG.choice(['10:00', '10:30', '11:00', '13:30', '14:00', '14:30'])}〜"
                  for x in _ps)
add(
    id="houmonmassage-068", expect="either", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["ハナミズキの杜 ケアステーション <care-st@hanamizuki-home.or.jp>"],
    subject="6/3（水）の訪問予定",
    body=f"""ハナミズキの杜 ケアステーション ご担当者様

お世話になっております。ひので訪問マッサージの佐伯です。
6月3日（水）の訪問予定をお送りします。お部屋への声掛けをお願いいたします。

{_room}

施術後、各フロアの記録ノートに記入いたします。
{sig('saeki', 3)}""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six residents' names, room numbers and visit times to their own facility: arguably a list, arguably routine",
)

_ths = [staff_person() for _ in range(6)]
_hd = "\n".join(
    f"{t['name']}（{t['age']}歳・{t['sex']}）\n"
    f"  BMI {RNG.randrange(190, 310) / 10}  血圧 {RNG.randrange(118, 172)}/{RNG.randrange(72, 108)}  "
    f"空腹時血糖 {RNG.randrange(86, 150)}\n"
    f"  既往歴：{RNG.choice(['なし', '腰椎椎間板ヘルニア', '高血圧症（服薬中）', '頸肩腕症候群', '喘息'])}\n"
    f"  判定：{RNG.choice(['要経過観察', '要精密検査', '要治療', '就業上の配慮（重量物）'])}"
    for t in _ths)
add(
    id="houmonmassage-069", expect="stop", charset="utf-8",
    sender=frm("ishida"),
    to=["川口産業保健クリニック 産業医 <sangyoi@sangyoi-clinic-k.jp>"],
    subject="就業判定のお願い（訪問施術者6名）",
    body=f"""川口産業保健クリニック
産業医 篠崎先生

いつもお世話になっております。日の出産業 総務人事の石田です。
先月の定期健康診断で所見のあった施術者6名について、就業判定をお願いいたします。
訪問施術は移乗介助など身体的な負担が大きいため、特に腰部・循環器の所見について
ご意見をいただけますと幸いです。

{_hd}

面談が必要な方がいれば、日程を調整いたします。
{sig('ishida')}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six employees' health-check results and medical history to an outside occupational physician",
)

_p = patient("warabi")
add(
    id="houmonmassage-070", expect="pass", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["かえで鍼灸院 楠本先生 <info@kaede-shinkyu.jp>"],
    subject="来週の代行訪問（1件）のお願い",
    body=f"""楠本先生

お世話になっております。佐伯です。
来週火曜の代行の件、ありがとうございます。伺っていただくお宅の情報です。

　{_p['name']}様
　{_p['addr']}
　10:00〜（30分程度）

玄関前に自転車を置けます。インターホンを押すと奥様が出られます。
内容はいつもの全身のマッサージで結構です。よろしくお願いします。
{sig('saeki', 3)}""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one patient's name and home address for a stand-in visit; no health details; may warn",
)

_c = staff_person("M")
add(
    id="houmonmassage-071", expect="stop", charset="iso-2022-jp",
    sender=frm("ishida"),
    to=["白川法律事務所 <office@shirakawa-law.jp>"],
    subject="採用予定者の経歴についてのご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の石田です。
採用の可否についてご相談させてください。

応募者 {_c['name']}（{_c['age']}歳、はり師・きゅう師）について、
面接の中で本人から「2019年に傷害事件で罰金刑を受けたことがある」との申告がありました。
前職（鍼灸院）を退職した経緯にも関係しているとのことです。

ご高齢の方のお宅に一人で伺う職種であることを踏まえ、
・前科を理由に不採用とすることに法的な問題はないか
・採用する場合、どのような配慮・誓約を求めるべきか
についてご意見を伺えますでしょうか。
{sig('ishida', 1)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's criminal record (要配慮) in running text to the law firm",
)

add(
    id="houmonmassage-072", expect="pass", charset="utf-8",
    sender=frm("omori"),
    to=["たんぽぽ訪問治療院 院長 <inchou@tanpopo-chiryoin.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""たんぽぽ訪問治療院
院長 乙坂様

お世話になっております。日の出産業の大森です。
ご利用者様の引継ぎに先立ち、秘密保持契約を締結させていただきたく、
契約書（案）を添付いたします。弁護士確認済みの当社標準様式です。

修正のご希望があれば、変更履歴でお戻しください。
{sig('omori', 1)}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_たんぽぽ訪問治療院.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と乙坂治療院こと乙坂 修（以下「乙」という。）は、"
                      "訪問施術の利用者の引継ぎに関して開示される秘密情報の取扱いについて、次のとおり契約する。",
                      "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する利用者の氏名、病歴その他の"
                      "個人情報、及び甲の営業上の情報をいう。",
                      "第2条（目的外使用の禁止）乙は、秘密情報を引継ぎ後の施術の目的にのみ使用する。",
                      "第3条（第三者提供の禁止）乙は、甲の書面による承諾なく秘密情報を第三者に開示しない。",
                      "第4条（返還・廃棄）本契約終了時、乙は秘密情報を速やかに返還又は廃棄する。",
                      "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
                  ]}],
    entities=[],
    detectors=[],
    note="an NDA draft: talks about secrets but carries no stamp and no person's data",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-073", expect="stop", charset="shift_jis",
    sender=frm("saeki"),
    to=["芝地域包括支援センター <houkatsu@houkatsu-shiba.jp>"],
    subject="【ご相談】ご利用者様の詐欺被害について",
    body=f"""芝地域包括支援センター
ご担当者様

お世話になっております。ひので訪問マッサージの佐伯です。
訪問先のご利用者様について、ご相談したいことがあります。

{_p['name']}様（{_p['age']}歳、独居、{_p['addr']}）が、
先週「市役所の職員」を名乗る電話を受け、還付金の手続きと称してATMで
約120万円を振り込んでしまったとのことです。昨日の施術中にご本人から伺いました。
川口警察署には息子さんが被害届を出されたそうですが、ご本人はかなり落ち込んでおられ、
また同様の電話がかかってくるのではと不安がっていらっしゃいます。

見守りや消費生活センターへのつなぎなど、ご支援をお願いできますでしょうか。
{sig('saeki')}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable patient who was the victim of a crime (要配慮) reported to an outside centre",
)

add(
    id="houmonmassage-074", expect="pass", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=["練馬区 介護保険課 事業者係 <jigyosha@kaigo.city-nerima-demo.lg.jp>"],
    subject="事業所の管理者変更に伴う届出について",
    body=f"""練馬区 介護保険課 事業者係 御中

お世話になっております。
日の出産業株式会社 ひので訪問マッサージ練馬ステーションの竹内と申します。

7月1日付で当ステーションの管理者が変更となるため、
地域密着型の連携事業所一覧の掲載情報の変更方法を確認させてください。

　事業所名：ひので訪問マッサージ 練馬ステーション
　所在地　：東京都練馬区石神井町4-22-8 石神井センタービル2F
　代表電話：03-5910-4420
　新管理者：竹内 亮（現・主任）

必要な様式があればご教示ください。
{sig('takeuchi', 1)}""",
    entities=[],
    detectors=[],
    note="a business change notice to a municipality: office address and switchboard only",
)

_ths = [staff_person() for _ in range(8)]
_xls = [["氏名", "カナ", "住所", "自宅電話", "携帯", "担当エリア", "勤務可能曜日"]]
for t in _ths:
    _xls.append([t["name"], t["kana"], t["addr"], t["tel"], t["mobile"],
                 RNG.choice(["川口北", "川口南", "蕨", "戸田"]),
                 RNG.choice(["月水金", "火木", "月〜金", "土日のみ", "水木金"])])
add(
    id="houmonmassage-075", expect="stop", charset="shift_jis",
    sender=frm("hoshino"),
    to=["ケアスタッフ東京 コーディネーター <coordinator@carestaff-tokyo.co.jp>"],
    subject="応援スタッフ手配のための現スタッフ勤務表",
    body=f"""ケアスタッフ東京株式会社
コーディネーター 佐藤様

お世話になっております。日の出産業の星野です。
7月の応援スタッフの手配にあたり、現在の施術者の担当エリアと勤務可能曜日の一覧を
お送りします。空いている曜日・エリアを埋める形でご提案いただけますでしょうか。
（古いExcelで作ったファイルですみません）
{sig('hoshino', 1)}""",
    attachments=[{"kind": "xls", "name": "kinmu_kawaguchi.xls", "sheets": {"川口": _xls}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with 8 therapists' home addresses and phones to a staffing agency",
)

add(
    id="houmonmassage-076", expect="pass", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=["永瀬 <h.nagase.shiatsu@yahoo.co.jp>"],
    subject="7月からの委託報酬単価の改定について",
    body=f"""永瀬さん

いつもありがとうございます。竹内です。
7月施術分から、業務委託の報酬単価を以下のとおり改定します。

　・訪問マッサージ（1回）：2,400円 → 2,550円
　・変形徒手矯正術加算：＋300円（新設）
　・交通費：実費精算（上限 1日1,500円）は変更なし

報酬の支払日（翌月25日）と請求書の様式も従来どおりです。
改定後の契約書は来週郵送しますので、署名してご返送ください。
{sig('takeuchi', 3)}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="contract-rate notice to one contractor on free mail; no personal data beyond the recipient",
)

_ps = patients(9, None)
_doc_tbl = [["患者氏名", "生年月日", "傷病名", "同意日", "有効期限", "同意医師"]]
for x in _ps:
    _doc_tbl.append([x["name"], wareki(x["dob"], "short"), x["diag"],
                     f"R8.{RNG.randrange(1, 4)}.{RNG.randrange(1, 29)}",
                     f"R8.{RNG.randrange(7, 10)}.{RNG.randrange(1, 29)}",
                     RNG.choice(["青柳 浩二", "高槻 紀子", "室井 聡"])])
add(
    id="houmonmassage-077", expect="stop", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["医療法人社団 青柳会 地域連携課 <renkei@iryo-seiwakai.or.jp>"],
    subject="同意書の更新時期のご案内（7〜9月期限分）",
    body=f"""医療法人社団 青柳会
地域連携課 ご担当者様

いつもお世話になっております。ひので訪問マッサージの三浦です。
7月から9月にかけて同意書の有効期限を迎える患者様の一覧をお送りいたします。
各先生のご診察の際に、再同意のご検討をいただけますと幸いです。
{sig('miura')}""",
    attachments=[{"kind": "docx", "name": "同意書更新予定一覧_7-9月.docx",
                  "title": "同意書更新予定一覧",
                  "paragraphs": ["同意書 更新予定一覧（令和8年7月〜9月期限）",
                                 "ひので訪問マッサージ 川口ステーション"],
                  "tables": [_doc_tbl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of 9 patients with DOB and diagnoses to a medical corporation",
)

_acc = _digits(7)
add(
    id="houmonmassage-078", expect="pass", charset="iso-2022-jp",
    sender=frm("sakakibara"),
    to=["須賀 <suga.yoshiko.55@ezweb.ne.jp>"],
    subject="Re: 返金先口座について",
    body=f"""須賀様

ご連絡ありがとうございます。日の出産業 経理の榊原です。
口座のご連絡、確かに承りました。6月15日までにお振込みいたします。
お振込み後、あらためてメールでお知らせいたします。
{sig('sakakibara', 3)}

----- Original Message -----
差出人: 須賀 <suga.yoshiko.55@ezweb.ne.jp>
送信日時: 2026年5月30日 18:22
宛先: sakakibara.t@hinode-sangyo.co.jp
件名: 返金先口座について

先日お電話した母の自費施術の二重払い分の返金先です。
みどり銀行 川口支店 普通 {_acc}
スガ ヨシコ
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the family's bank account appears only in the quoted original; new text has none",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-079", expect="stop", charset="utf-8",
    sender=frm("saeki"),
    to=["日本訪問リハビリマッサージ学会 事務局 <office@houmon-massage-gakkai.or.jp>"],
    subject="第12回学術大会 演題発表スライドの提出",
    body=f"""日本訪問リハビリマッサージ学会
学術大会事務局 御中

お世話になっております。演題番号 O-27 の佐伯拓也（日の出産業株式会社）です。
発表スライドを提出いたします。ご確認のほどよろしくお願いいたします。
{sig('saeki', 1)}""",
    attachments=[{"kind": "pptx", "name": "O-27_saeki_slides.pptx",
                  "title": "脳梗塞後遺症患者に対する訪問マッサージの効果",
                  "slides": [
                      ["脳梗塞後遺症患者に対する訪問マッサージの1症例",
                       "日の出産業株式会社 ひので訪問マッサージ 佐伯 拓也"],
                      ["症例紹介",
                       f"患者：{_p['name']} 様（{_p['age']}歳・{_p['sex']}性）",
                       f"住所：{_p['city']}{_p['town']}",
                       "診断：脳梗塞後遺症（右片麻痺）、高血圧症、2型糖尿病",
                       "既往：2019年 心房細動、2022年 右大腿骨頸部骨折"],
                      ["介入と経過", "週3回・6か月間の訪問マッサージと関節可動域訓練",
                       "右肩関節 屈曲 80°→115°", "FIM 62点→71点"],
                      ["考察", "早期の拘縮予防が在宅生活の継続に寄与した可能性"]]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="conference slides name the case patient with age, town and full medical history",
)

add(
    id="houmonmassage-080", expect="pass", charset="iso-2022-jp",
    sender=frm("okabe"),
    to=["錦印刷 営業部 野口様 <noguchi@nishiki-insatsu.co.jp>"],
    subject="練馬ステーション移転に伴う印刷物の住所変更",
    body=f"""錦印刷株式会社
野口様

お世話になっております。日の出産業の岡部です。
8月に練馬ステーションが移転するため、以下の印刷物の住所・電話番号の差し替えをお願いします。

【旧】〒177-0041 東京都練馬区石神井町4-22-8 石神井センタービル2F
　　　TEL 03-5910-4420／FAX 03-5910-4421
【新】〒177-0045 東京都練馬区石神井台3-5-11 石神井台メディカルビル1F
　　　TEL 03-5910-4420（変更なし）／FAX 03-5910-4430

対象：
　・同意書依頼セット（封筒・依頼状）　各2,000部
　・施術報告書用紙（3枚複写）　1,000冊
　・名刺（練馬ステーション所属 6名分）　各100枚

校正は7月10日までにいただけますと助かります。
{sig('okabe')}""",
    entities=[],
    detectors=[],
    note="business address change for printed forms; company addresses only",
)


# ========================================================================================
# 081-100
# ========================================================================================

add(
    id="houmonmassage-081", expect="stop", charset="utf-8",
    sender=frm("omori"),
    to=["Mr. Daniel Hsu <daniel.hsu@careplus-asia.com>"],
    subject="Proposal: home-visit massage franchise model in Taiwan",
    body=f"""Dear Mr. Hsu,

Thank you for taking the time to meet us in Tokyo last week.
As discussed, please find attached our proposal for a pilot of the home-visit massage
model in Taipei, including our cost structure and the training curriculum for therapists.

We would appreciate your feedback by the end of June.
{sig_en('omori')}""",
    attachments=[{"kind": "pdf", "name": "Hinode_HomeVisit_Proposal_TW.pdf",
                  "title": "Home-visit massage pilot proposal",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
                  "lines": ["Home-visit massage pilot in Taipei - Proposal",
                            "1. Market: 3.9 million people aged 65+ in Taiwan",
                            "2. Model: therapist visits, 30-40 min, 2-3 times per week",
                            "3. Unit economics: revenue per visit JPY 2,750; therapist cost 48%",
                            "4. Pilot: 6 therapists, 120 clients, 12 months",
                            "5. Investment: JPY 38 million; break-even in month 16"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL footer on every page",
)

_ps = patients(4, "nerima")
_days = [(8, "月"), (9, "火"), (10, "水"), (11, "木"), (12, "金")]
_ref = "\n".join(f"　◇ {x['name']} 様　初回 6/{d}（{w}）"
                 f"{RNG.choice(['10:00', '13:30', '15:00'])}　ご連絡先（ご家族）{_mobile()}"
                 for x, (d, w) in zip(_ps, RNG.sample(_days, 4)))
add(
    id="houmonmassage-082", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["ケアプランセンターこもれび 森田様 <morita@komorebi-care.jp>"],
    subject="ご紹介4名様の初回訪問日のご連絡",
    body=f"""森田様

いつもお世話になっております。ひので訪問マッサージの河野です。
先日ご紹介いただいた4名様の初回訪問日が決まりましたのでご連絡いたします。
ご家族様とは電話で調整済みです。

{_ref}

担当は竹内と、新任の永瀬（業務委託）です。
ケアプランへの位置づけをよろしくお願いいたします。
{sig('kono', 1)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four referred patients' first visits and family phones back to the referring care manager: under five",
)

add(
    id="houmonmassage-083", expect="stop", charset="shift_jis",
    sender=frm("okabe"),
    to=["錦印刷 制作部 小池様 <koike@nishiki-insatsu.co.jp>"],
    subject="料金表リーフレットの元データ",
    body=f"""小池様

お世話になっております。岡部です。
料金表リーフレットの元データをお送りします。
「お客様向け」シートの内容だけを載せてください。他のシートは社内の検討用です。
{sig('okabe', 3)}""",
    attachments=[{"kind": "xlsx", "name": "料金表_2026改定.xlsx",
                  "page_header": "部外秘",
                  "title": "料金表 2026改定（検討用）",
                  "sheets": {
                      "お客様向け": [["メニュー", "時間", "料金（税込）"], ["全身マッサージ", "30分", 3300],
                                     ["全身マッサージ", "60分", 6050], ["はり・きゅう", "40分", 4400]],
                      "原価": [["メニュー", "施術者人件費", "移動費", "粗利率"],
                               ["全身マッサージ30分", 1450, 380, "44.5%"],
                               ["はり・きゅう40分", 1900, 380, "48.2%"]],
                      "競合比較": [["事業者", "30分", "60分"], ["A社", 3000, 5500], ["B社", 3500, 6600]]}}],
    entities=[],
    detectors=["confidential_marking"],
    note="the XLSX carries a 部外秘 page header (with internal cost sheets) sent to the printer",
)

_p = patient("kawaguchi")
add(
    id="houmonmassage-084", expect="stop", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["関東機械工業健康保険組合 給付グループ <kyufu@kanto-kikai-kenpo.or.jp>"],
    subject="療養費支給申請書（償還払い）の事前確認のお願い",
    body=f"""関東機械工業健康保険組合
給付グループ ご担当者様

先日はご丁寧にご回答いただき、ありがとうございました。ひので訪問マッサージの三浦です。
貴組合のご加入者様1名分の申請書（下書き）を、事前確認用にお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
{sig('miura', 1)}""",
    attachments=[{"kind": "pdf", "name": "shinseisho_draft.pdf", "password": "Kk8830",
                  "lines": ["療養費支給申請書（あん摩マッサージ指圧）", "被保険者氏名：（下書き）"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF attachment cannot be scanned",
)

add(
    id="houmonmassage-085", expect="stop", charset="utf-8",
    sender=frm("fujimoto"),
    to=["dounyu@tsubasa-system.jp"],
    subject="Re: 移行テスト結果のエラー一覧",
    body=f"""田村様

お世話になっております。藤本です。
ご依頼のエラー一覧をお送りします。
ファイルが開けない場合はお知らせください（保存時にExcelが一度落ちました）。
{sig('fujimoto', 3)}
> 藤本様
> 移行テストでエラーになった行の一覧をいただけますでしょうか。
> ツバサシステム 田村
""",
    attachments=[{"kind": "corrupt", "name": "移行エラー一覧_0603.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

_p = patient("nerima")
add(
    id="houmonmassage-086", expect="stop", charset="iso-2022-jp",
    sender=frm("takeuchi"),
    to=["光が丘ホームクリニック 地域連携室 <renkei@hikarigaoka-homeclinic.jp>",
        "森田 <morita@komorebi-care.jp>"],
    cc=["訪問看護かけはし <kanri@kakehashi-nurse.jp>"],
    subject=f"{_p['sei']}様 サービス担当者会議（6/10）の事前共有",
    body=f"""関係者各位

お世話になっております。ひので訪問マッサージ練馬の竹内です。
6月10日の{_p['name']}様のサービス担当者会議に向けて、当方からの事前共有です。

・現状：{_p['diag']}。{_p['sym']}。この1か月で右肩の可動域がやや改善。
・課題：5月中旬から嚥下時のむせが増えており、体重も2kg減少しています。
　　　　施術中に「もう長くない」と話されることがあり、抑うつ傾向が心配です。
・提案：訪問回数を週2回から週3回へ。看護師さんの訪問日と重ならない曜日で。

当日はよろしくお願いいたします。
{sig('takeuchi', 2)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="three external organisations visible in To/Cc, and one patient's health details",
)

add(
    id="houmonmassage-087", expect="stop", charset="iso-2022-jp",
    sender=frm("omori"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-1aw.jp>"],
    subject="Re: 秘密保持契約書（案）のご相談",
    body=f"""白川先生

ご返信ありがとうございます。大森です。
それでは6月4日（木）15時に事務所へ伺います。
当日は総務人事の石田も同席いたします。
{sig('omori', 3)}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="law-firm partner shirakawa-law.jp spelled shirakawa-1aw.jp (l→1 homoglyph)",
)

add(
    id="houmonmassage-088", expect="stop", charset="iso-2022-jp",
    sender=frm("hoshino"),
    to=["青葉運輸 相模原営業所 <sagamihara@aoba-unyu.com>"],
    subject="集荷のお願い（6/5 午後）",
    body=f"""青葉運輸 相模原営業所 御中

お世話になっております。日の出産業 相模原ステーションの星野です。
6月5日（金）午後に、施術ベッド1台と消耗品の段ボール3箱の集荷をお願いいたします。
届け先は川口ステーションです。
{sig('hoshino', 1)}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp written as aoba-unyu.com (TLD swap)",
)

add(
    id="houmonmassage-089", expect="stop", charset="utf-8",
    sender=frm("saeki"),
    to=["川崎電機 医療機器営業 <iryo-eigyo@kawasaki-denki.jp>"],
    subject="低周波治療器 KD-M30 の修理依頼",
    body=f"""川崎電機株式会社
医療機器営業部 ご担当者様

いつもお世話になっております。ひので訪問マッサージ川口の佐伯です。
訪問用に使用している低周波治療器 KD-M30（製造番号 M30-221847）の
チャンネル2から出力されなくなりました。修理の手配をお願いできますでしょうか。
代替機の貸出しが可能でしたら、あわせてお願いいたします。
{sig('saeki')}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp with the co. dropped (kawasaki-denki.jp)",
)

_leads = [["受付日", "電話番号", "住所", "年齢", "きっかけ", "お困りごと"]]
for _ in range(8):
    a = _address()
    _leads.append([f"2026/0{RNG.randrange(3, 6)}/{RNG.randrange(1, 29):02d}",
                   RNG.choice([_landline(a["tel_area"]), _mobile()]), a["addr"],
                   RNG.randrange(68, 94),
                   RNG.choice(["チラシ", "ケアマネ紹介", "HP", "知人紹介"]),
                   RNG.choice(["膝が痛い", "寝たきりの母", "歩きにくい", "肩が上がらない", "夫の介護"])])
add(
    id="houmonmassage-090", expect="stop", charset="iso-2022-jp",
    sender=frm("okabe"),
    to=["コールプロ 営業 <sales@call-pro.co.jp>"],
    subject="フォローコール委託のテストリスト",
    body=f"""株式会社コールプロ
ご担当者様

お世話になっております。日の出産業の岡部です。
先日ご提案いただいたフォローコールのテスト用に、資料請求があったものの
ご契約に至っていない方のリストをお送りします。
お名前は外してありますので、電話口では「ひので訪問マッサージです」とだけ名乗ってください。
{sig('okabe', 1)}""",
    attachments=[{"kind": "csv", "name": "follow_test.csv", "rows": _leads, "encoding": "utf-8"}],
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 8 prospects without names (phone, home address, age) to a call-centre vendor",
)

_ps = patients(5, "kawaguchi")
_st = "\n".join(
    f"■{x['name']}様（{RNG.randrange(201, 399)}号室）\n"
    f"　{x['diag']}。{RNG.choice(['拘縮は横ばい', '右膝の可動域がやや改善', '浮腫が増悪', '痛みの訴えが増加', '座位保持が安定'])}。"
    f"{RNG.choice(['継続で問題なし', '主治医へ報告済み', '回数増を検討', '次回ご家族と面談'])}"
    for x in _ps)
add(
    id="houmonmassage-091", expect="stop", charset="iso-2022-jp",
    sender=frm("saeki"),
    to=["かがやき西川口 看護師 <nurse@kagayaki-nishikawaguchi.jp>"],
    subject="Re: 5月の施術状況について",
    body=f"""かがやき西川口 看護師 ご担当者様

お世話になっております。佐伯です。
ご質問の件、5月の施術状況を以下にまとめました。

{_st}

ご不明点があればお知らせください。
{sig('saeki', 3)}
> ひので訪問マッサージ 佐伯様
> 月末の家族面談で使いたいので、5月の施術状況を入居者様ごとに教えてください。
> かがやき西川口 看護師 平松
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new reply text lists 5 residents with diagnoses and progress (only the question is quoted)",
)

_cs = [staff_person() for _ in range(5)]
_shiharai = [["支払調書作成用（業務委託施術者 報酬）令和7年分"], [],
             ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for t in _cs:
    amt = RNG.randrange(90, 420) * 10000
    _shiharai.append([t["name"], t["addr"], MN(), amt, int(amt * 0.1021)])
add(
    id="houmonmassage-092", expect="stop", charset="shift_jis",
    sender=frm("sakakibara"),
    to=["北斗会計 <audit@hokuto-tax.jp>"],
    subject="支払調書の作成資料（業務委託分）",
    body=f"""北斗会計 ご担当者様

お世話になっております。榊原です。
業務委託の施術者5名分の報酬の支払調書作成資料を添付します。
個人番号は本人確認済みです。
{sig('sakakibara', 3)}""",
    attachments=[{"kind": "xlsx", "name": "支払調書資料_R7.xlsx", "sheets": {"報酬": _shiharai}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with five contractors' My Numbers and addresses to the tax firm",
)

_apps = [staff_person() for _ in range(6)]
_ap = "\n".join(
    f"{i + 1}) {a['name']}（{a['age']}）{a['mobile']}　"
    f"{RNG.choice(['k', 'm', 'y', 's'])}.{RNG.choice(['hari', 'shiatsu', 'anma', 'cure'])}{RNG.randrange(10, 99)}@{RNG.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}"
    f"　→ {RNG.choice(['一次通過', '見送り', '二次面接へ', '辞退'])}"
    for i, a in enumerate(_apps))
add(
    id="houmonmassage-093", expect="stop", charset="iso-2022-jp",
    sender=frm("ishida"),
    to=["メディカルキャリアネット 小西様 <konishi@medi-career.co.jp>"],
    subject="ご紹介候補者の選考状況（5月分）",
    body=f"""メディカルキャリアネット株式会社
小西様

いつもお世話になっております。日の出産業の石田です。
5月にご紹介いただいた候補者6名の選考状況をお知らせします。

{_ap}

二次面接の方の日程は、改めてご相談させてください。
{sig('ishida', 3)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six applicants with mobile and private e-mail plus selection results to an agency",
)

_p = patient("kawaguchi")
_onset = f"R{RNG.randrange(3, 7)}.{RNG.randrange(1, 13)}.{RNG.randrange(1, 29)}"
add(
    id="houmonmassage-094", expect="stop", charset="iso-2022-jp",
    sender=frm("miura"),
    to=["関東機械工業健康保険組合 給付グループ <kyufu@kanto-kikai-kenpo.or.jp>"],
    subject="同意書の写しの送付（療養費支給申請の添付書類）",
    body=f"""関東機械工業健康保険組合
給付グループ ご担当者様

お世話になっております。ひので訪問マッサージの三浦です。
ご指示いただいた同意書の写しをPDFでお送りいたします。
申請書の原本は本日郵送いたしました。
{sig('miura', 3)}""",
    attachments=[{"kind": "pdf", "name": "同意書写し.pdf", "title": "同意書（写）",
                  "lines": ["同　意　書（マッサージ）",
                            f"患者氏名：{_p['name']}　（{_p['sex']}）",
                            f"生年月日：{wareki(_p['dob'])}",
                            f"住所：{_p['addr']}",
                            f"被保険者証：記号 {RNG.randrange(100, 999)}　番号 {RNG.randrange(10, 99)}",
                            f"傷病名：{_p['diag']}",
                            f"発病年月日：{_onset}",
                            f"症状：{_p['sym']}",
                            "往療：必要とする（独歩による通院が困難）",
                            "同意日：令和8年4月12日",
                            "保険医療機関：たちばな内科クリニック　医師 橘 宗一郎"]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF of one consent form: name, DOB, insurance number and diagnosis to the insurer",
)

add(
    id="houmonmassage-095", expect="either", charset="utf-8",
    sender=frm("miyashita"),
    to=["日本訪問リハビリマッサージ学会 事務局 <office@houmon-massage-gakkai.or.jp>"],
    subject="演題抄録の提出（相模原ステーション 宮下）",
    body=f"""学術大会事務局 御中

日の出産業株式会社の宮下です。演題抄録を以下のとおり提出いたします。

【演題名】在宅の頸腕症候群患者に対する鍼治療の1例
【抄録】
症例は相模原市緑区在住の87歳女性。元小学校教諭。夫と二人暮らし。
頸腕症候群および変形性頸椎症の診断で、令和7年9月より週2回の訪問鍼治療を開始した。
開始時のNRSは7、3か月後には3に改善し、家事動作の一部が自立した。
本症例では、訪問による継続的な介入が疼痛の軽減と生活範囲の拡大に寄与したと考えられる。
なお、発表にあたりご本人に口頭で説明し、同意を得ている。
{sig('miyashita', 1)}""",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="case abstract without a name but with age, ward, former job and diagnosis: identifiability debatable",
)

_ps = patients(6, "sagamihara", kind="acu")
_trs = "\n".join(f"<tr><td>{x['name']}</td><td>{wareki(x['dob'], 'short')}</td><td>{x['addr']}</td>"
                 f"<td>{x['diag']}</td><td>{x['tel']}</td></tr>" for x in _ps)
add(
    id="houmonmassage-096", expect="pass", charset="utf-8",
    sender=frm("hoshino"),
    to=["宮下 夏美 <miyashita.n@care.hinode-sangyo.co.jp>"],
    cc=["miura.y@hinode-sangyo.co.jp"],
    subject="同意書期限切れ間近の方（相模原・鍼灸）",
    html=f"""<html><body>
<p>宮下さん</p>
<p>お疲れさまです。星野です。<br>
来月で同意書の期限が切れる方の一覧です。再同意の依頼状を出しますので、<br>
継続のご意向を訪問時に確認していただけますか。（三浦さんcc）</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>生年月日</th><th>住所</th><th>傷病名</th><th>電話</th></tr>
{_trs}
</table>
<p>星野</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=[],
    note="HTML table of 6 patients with diagnoses, sent only inside the company",
)

add(
    id="houmonmassage-097", expect="stop", charset="iso-2022-jp",
    sender=frm("okabe"),
    to=["錦印刷 制作部 小池様 <koike@nishiki-insatu.co.jp>"],
    subject="Re: パンフレット裏面 色校について",
    body=f"""小池様

色校ありがとうございました。岡部です。
施設マップの3番と7番のピンの位置が入れ替わっているようですので、修正をお願いします。
それ以外は問題ありません。修正後は校了で進めてください。
{sig('okabe', 3)}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner nishiki-insatsu.co.jp misspelled nishiki-insatu.co.jp (letter dropped)",
)

add(
    id="houmonmassage-098", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["あおぞらケアプラン 石原 <ishihara@aozora-careplan.co.jp>"],
    subject="Re: 6月の空き状況について",
    body=f"""石原様

お問い合わせありがとうございます。河野です。
6月時点の新規受入れ可能枠は以下のとおりです（週あたりの枠数）。

　エリア        月  火  水  木  金
　石神井・大泉   2   1   0   2   1
　関町・上石神井 1   0   1   1   0
　光が丘・高松   0   2   1   0   2
　成増・赤塚     1   1   0   1   1

午前枠は埋まりやすいので、ご希望があれば早めにお知らせください。
{sig('kono', 3)}
> ひので訪問マッサージ 河野様
> 6月からの新規の受け入れ状況を教えていただけますか。
""",
    entities=[],
    detectors=[],
    note="capacity table by area; no person's data",
)

_rows = "\n".join(
    f"<tr><td>{fl}</td><td>{tm}</td><td>{nm}</td><td>{n}名</td></tr>"
    for fl, tm, nm, n in [("2F（東）", "9:30〜11:30", "佐伯", 4), ("2F（西）", "9:30〜11:30", "永瀬", 3),
                          ("3F", "13:00〜15:30", "佐伯", 5), ("4F", "13:00〜14:30", "宮下（鍼灸）", 2),
                          ("5F", "15:30〜17:00", "永瀬", 3)])
add(
    id="houmonmassage-099", expect="pass", charset="utf-8",
    sender=frm("saeki"),
    to=["ハナミズキの杜 ケアステーション <care-st@hanamizuki-home.or.jp>"],
    subject="7月からのフロア別訪問時間",
    html=f"""<html><body>
<p>ハナミズキの杜 ケアステーション ご担当者様</p>
<p>いつもお世話になっております。ひので訪問マッサージの佐伯です。<br>
7月からのフロアごとの訪問時間帯と担当施術者を以下のとおりといたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>フロア</th><th>時間帯</th><th>担当</th><th>対象人数</th></tr>
{_rows}
</table>
<p>個別のご入居者様の予定は、前日までに各フロアの記録ノートでお知らせします。</p>
<p>佐伯 拓也<br>日の出産業株式会社 ひので訪問マッサージ 川口ステーション<br>TEL 048-227-5310</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="HTML-only table of floors, time slots and therapist surnames; no residents' data",
)

add(
    id="houmonmassage-100", expect="pass", charset="iso-2022-jp",
    sender=frm("kono"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="6/27 研修会の御礼とご請求について",
    body=f"""さくらホテル 宴会予約ご担当 様

先日の研修会では大変お世話になりました。日の出産業の河野です。
おかげさまで施術者32名が参加し、無事に終えることができました。

ご請求について、1点確認させてください。
お見積り（No. SH-E-2606-031）では会場費 88,000円、飲料 32名分 19,200円でしたが、
請求書では飲料が35名分となっておりました。当日は32名でしたので、ご確認をお願いします。
請求書の宛名は「日の出産業株式会社 ヘルスケア事業部」でお願いいたします。

次回は11月に同規模での開催を予定しております。またよろしくお願いいたします。
{sig('kono', 2)}{DISCLAIMER_JA}""",
    entities=[],
    detectors=[],
    note="thanks and an invoice query to the hotel partner; disclaimer only",
)
