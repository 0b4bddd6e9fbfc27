"""Blind corpus — area ``jihatsu``: 日の出ケアサポート株式会社 (日の出産業グループの福祉子会社).

日の出産業株式会社 (hinode-sangyo.co.jp) の子会社が運営する児童発達支援・放課後等デイサービス
「ひのでキッズ若葉台」「ひのでキッズ本郷」「ひのでジュニア汐見」と、その本部（こども発達支援事業部・
管理部）から出るメール: 個別支援計画、保護者とのやり取り、市町村の障害福祉課（通所受給者証・指定更新・
事故報告）、学校・特別支援学校、外部の言語聴覚士・作業療法士・クリニック、相談支援事業所
（障害児支援利用計画・サービス担当者会議・モニタリング）、送迎委託（青葉運輸）、口座振替（みどり銀行）、
請求ソフト（ツバサシステム）、おやつ（北国フーズ）、印刷（錦印刷）、研修会場（さくらホテル）、
顧問弁護士（白川法律事務所）など。

Every person, child, parent, staff member, address, phone number, e-mail address, account,
My Number, card number, licence/passport/residence-card/pension/insurance number, 受給者証番号,
municipality (若葉市・東浜市 are fictional) and external organisation except the partner
domains named in BRIEF.md is invented for this corpus.  No real data.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 9601
_rng = random.Random(SEED)
_num = [SEED]


def _mn() -> str:
    s = _num[0]
    _num[0] += 1
    return my_number(s)


def _card() -> str:
    s = _num[0]
    _num[0] += 1
    return card_number(s)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def fw(s: str) -> str:
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def padded(rows, gap=2, rule="-", fill=" "):
    """Columns padded with spaces under a header and a rule line, as pasted from a viewer."""
    n = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if fill == "　":
                extra = widths[i] - _w(c)
                cells.append(c + "　" * (extra // 2) + " " * (extra % 2))
            else:
                cells.append(c + " " * (widths[i] - _w(c)))
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * ((sum(widths) + gap * (n - 1)) // _w(rule)))
    return "\n".join(out)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日")
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


# -- invented people ----------------------------------------------------------------------

_SURNAMES = [
    ("佐久間", "さくま", "sakuma"), ("東海林", "しょうじ", "shoji"), ("小鳥遊", "たかなし", "takanashi"),
    ("勅使河原", "てしがわら", "teshigawara"), ("五月女", "そうとめ", "sotome"),
    ("百目鬼", "どうめき", "domeki"), ("熊谷", "くまがい", "kumagai"), ("宇佐美", "うさみ", "usami"),
    ("真壁", "まかべ", "makabe"), ("及川", "おいかわ", "oikawa"), ("冨樫", "とがし", "togashi"),
    ("楠本", "くすもと", "kusumoto"), ("嶋田", "しまだ", "shimada"), ("柏木", "かしわぎ", "kashiwagi"),
    ("能登", "のと", "noto"), ("相馬", "そうま", "soma"), ("葛西", "かさい", "kasai"),
    ("蓮見", "はすみ", "hasumi"), ("一ノ瀬", "いちのせ", "ichinose"), ("荻野", "おぎの", "ogino"),
    ("桐生", "きりゅう", "kiryu"), ("鷲尾", "わしお", "washio"), ("古閑", "こが", "koga"),
    ("日比野", "ひびの", "hibino"), ("雨宮", "あまみや", "amamiya"), ("乙部", "おとべ", "otobe"),
    ("芦田", "あしだ", "ashida"), ("大城", "おおしろ", "oshiro"), ("比嘉", "ひが", "higa"),
    ("瀬戸口", "せとぐち", "setoguchi"), ("長谷部", "はせべ", "hasebe"),
    ("木佐貫", "きさぬき", "kisanuki"), ("鬼頭", "きとう", "kito"), ("猪股", "いのまた", "inomata"),
    ("巽", "たつみ", "tatsumi"), ("舘野", "たての", "tateno"), ("米倉", "よねくら", "yonekura"),
    ("野々垣", "ののがき", "nonogaki"), ("生田目", "なまため", "namatame"),
    ("四十物", "あいもの", "aimono"), ("釜萢", "かまやち", "kamayachi"), ("薬師寺", "やくしじ", "yakushiji"),
]
_BOYS = [("陽翔", "はると"), ("湊斗", "みなと"), ("悠真", "ゆうま"), ("颯太", "そうた"), ("樹", "いつき"),
         ("律", "りつ"), ("蓮", "れん"), ("大和", "やまと"), ("朝陽", "あさひ"), ("結翔", "ゆいと"),
         ("蒼真", "そうま"), ("奏太", "かなた"), ("岳", "がく"), ("航平", "こうへい"), ("煌", "こう"),
         ("壮真", "そうま"), ("怜", "れい"), ("千颯", "ちはや")]
_GIRLS = [("陽葵", "ひまり"), ("紬", "つむぎ"), ("芽依", "めい"), ("結菜", "ゆいな"), ("咲良", "さくら"),
          ("澪", "みお"), ("心春", "こはる"), ("杏", "あん"), ("凛", "りん"), ("詩", "うた"),
          ("琴音", "ことね"), ("葵", "あおい"), ("凪", "なぎ"), ("美月", "みづき"), ("花音", "かのん"),
          ("莉子", "りこ")]
_PARENTS = [("千尋", "chihiro", "ちひろ"), ("真由美", "mayumi", "まゆみ"), ("恵", "megumi", "めぐみ"),
            ("由佳", "yuka", "ゆか"), ("沙織", "saori", "さおり"), ("麻衣", "mai", "まい"),
            ("健太", "kenta", "けんた"), ("誠", "makoto", "まこと"), ("大輔", "daisuke", "だいすけ"),
            ("亮", "ryo", "りょう"), ("智子", "tomoko", "ともこ"), ("直美", "naomi", "なおみ"),
            ("香織", "kaori", "かおり"), ("裕子", "yuko", "ゆうこ"), ("彩", "aya", "あや"),
            ("浩二", "koji", "こうじ"), ("早苗", "sanae", "さなえ"), ("剛", "tsuyoshi", "つよし"),
            ("瑞穂", "mizuho", "みずほ"), ("理恵", "rie", "りえ")]
_CITIES = [
    ("神奈川県若葉市", "241", ["若葉台", "本郷", "中通り", "緑町", "西若葉", "桜ケ丘", "東原", "上の台", "新田"]),
    ("神奈川県東浜市", "236", ["汐見町", "浜風", "港北台", "南浜", "磯子台"]),
]
_BLDG = ["", "", "", "", "ハイツ若葉", "コーポ緑", "パークサイド本郷", "グランメゾン汐見", "レオ東原",
         "サンライズ桜ケ丘", "メゾン上の台"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
             "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_SCHOOLS_E = ["若葉台小", "本郷小", "西若葉小", "緑町小", "桜ケ丘小", "汐見小", "浜風小", "若葉特支"]
_SCHOOLS_P = ["若葉台保育園", "本郷幼稚園", "みどり保育園", "桜ケ丘こども園", "在宅", "汐見幼稚園"]

_used_names: set[str] = set()


def _mobile() -> str:
    return f"{_rng.choice(['090', '080', '070'])}-{_rng.randrange(1000, 10000)}-{_rng.randrange(10000):04d}"


def _addr(city_idx: int | None = None):
    city, zp, towns = _CITIES[_rng.randrange(2) if city_idx is None else city_idx]
    town = _rng.choice(towns)
    zipc = f"{zp}-{_rng.randrange(10000):04d}"
    if town.endswith("町") or _rng.random() < 0.3:
        num = f"{_rng.randrange(1, 40)}番地{_rng.randrange(1, 20)}" if _rng.random() < 0.5 else \
            f"{_rng.randrange(1, 40)}-{_rng.randrange(1, 20)}"
    else:
        num = f"{_rng.randrange(1, 6)}丁目{_rng.randrange(1, 30)}番{_rng.randrange(1, 25)}号" \
            if _rng.random() < 0.4 else f"{_rng.randrange(1, 6)}-{_rng.randrange(1, 30)}-{_rng.randrange(1, 25)}"
    b = _rng.choice(_BLDG)
    if b:
        num += f" {b}{_rng.randrange(1, 4)}0{_rng.randrange(1, 9)}"
    return zipc, city + town + num


def kid(kind: str = "hoday") -> dict:
    """One invented child with a guardian; kind 'jihatsu' (未就学) or 'hoday' (就学)."""
    while True:
        sei, sei_kana, sei_ro = _rng.choice(_SURNAMES)
        boy = _rng.random() < 0.62
        mei, mei_kana = _rng.choice(_BOYS if boy else _GIRLS)
        if sei + mei not in _used_names:
            _used_names.add(sei + mei)
            break
    if kind == "jihatsu":
        dob = _dt.date(_rng.choice([2020, 2021, 2022]), _rng.randrange(1, 13), _rng.randrange(1, 29))
        school = _rng.choice(_SCHOOLS_P)
        grade = f"{2026 - dob.year - (1 if dob.month >= 4 else 0)}歳児"
    else:
        dob = _dt.date(_rng.randrange(2010, 2020), _rng.randrange(1, 13), _rng.randrange(1, 29))
        age_apr = 2026 - dob.year - (1 if (dob.month, dob.day) > (4, 1) else 0)
        g = age_apr - 5
        school = _rng.choice(_SCHOOLS_E)
        if g > 6:
            school = _rng.choice(["本郷中", "若葉第一中", "汐見中", "若葉特支"]) if g <= 9 else "若葉特支(高等部)"
            grade = f"{'中' if g <= 9 else '高'}{g - 6 if g <= 9 else g - 9}"
        else:
            grade = f"小{max(g, 1)}"
    pmei, pro, pkana = _rng.choice(_PARENTS)
    zipc, addr = _addr()
    dom = _rng.choice(_FREEMAIL)
    mail = f"{pro}.{sei_ro}{_rng.randrange(10, 99)}@{dom}" if _rng.random() < 0.5 else \
        f"{sei_ro}-{pro[0]}{_rng.randrange(100, 999)}@{dom}"
    return {
        "sei": sei, "sei_kana": sei_kana, "sei_ro": sei_ro, "mei": mei, "mei_kana": mei_kana,
        "name": f"{sei} {mei}", "kana": f"{sei_kana} {mei_kana}", "sex": "男" if boy else "女",
        "dob": dob, "school": school, "grade": grade, "zip": zipc, "addr": addr,
        "parent": f"{sei} {pmei}", "parent_ro": pro, "parent_kana": f"{sei_kana} {pkana}", "tel": _mobile(), "mail": mail,
        "jukyu": f"{_rng.choice(['14', '15'])}{_rng.randrange(10**7, 10**8)}",
        "city_code": _rng.choice(["142123", "142131"]),
    }


def kids(n: int, kind: str = "hoday") -> list[dict]:
    return [kid(kind) for _ in range(n)]


def kana_hw(s: str) -> str:
    """Katakana (for bank-style upper-case kana columns)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


# -- our own people and offices ----------------------------------------------------------

CO = "日の出ケアサポート株式会社（日の出産業グループ）"
OFFICES = {
    "若葉台": ("ひのでキッズ若葉台（児童発達支援）", "〒241-0815 神奈川県若葉市若葉台2-4-1",
             "045-821-3301", "045-821-3302"),
    "本郷": ("ひのでキッズ本郷（放課後等デイサービス）", "〒241-0832 神奈川県若葉市本郷3-17-6 本郷メディカルビル2F",
           "045-823-5520", "045-823-5521"),
    "汐見": ("ひのでジュニア汐見（放課後等デイサービス）", "〒236-0047 神奈川県東浜市汐見町5-2-11",
           "045-774-6180", "045-774-6181"),
    "本部": ("こども発達支援事業部", "〒241-0801 神奈川県若葉市中通り1-8-2 日の出ビル4F",
           "045-820-1100", "045-820-1109"),
    "管理": ("管理部", "〒241-0801 神奈川県若葉市中通り1-8-2 日の出ビル4F", "045-820-1100", "045-820-1109"),
}
STAFF = {
    "takano": ("高野 美咲", "Misaki Takano", "m.takano", "若葉台", "児童発達支援管理責任者"),
    "sugawara": ("菅原 大地", "Daichi Sugawara", "d.sugawara", "本郷", "管理者"),
    "ishibashi": ("石橋 綾", "Aya Ishibashi", "a.ishibashi", "若葉台", "保育士"),
    "morishita": ("森下 慎吾", "Shingo Morishita", "s.morishita", "汐見", "送迎・事務担当"),
    "nagai": ("永井 千夏", "Chinatsu Nagai", "c.nagai", "本部", "事業推進課"),
    "onodera": ("小野寺 遼", "Ryo Onodera", "r.onodera", "管理", "総務・人事"),
    "fujieda": ("藤枝 由紀", "Yuki Fujieda", "y.fujieda", "管理", "経理"),
    "oka": ("岡 真理子", "Mariko Oka", "m.oka", "本部", "事業部長"),
    "nakajo": ("中条 陸", "Riku Nakajo", "r.nakajo", "汐見", "管理者／児童発達支援管理責任者"),
    "kawabata": ("川端 さやか", "Sayaka Kawabata", "s.kawabata", "本部", "言語聴覚士（巡回支援）"),
}
DOM = "hinode-sangyo.co.jp"


def frm(key: str) -> str:
    name, _, local, _, _ = STAFF[key]
    return f"{name} <{local}@{DOM}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][2]}@{DOM}"


def sig(key: str, style: int = 0) -> str:
    name, en, local, off, role = STAFF[key]
    oname, oaddr, tel, fax = OFFICES[off]
    mail = f"{local}@{DOM}"
    if style == 0:
        bar = "―" * 28
        return f"{bar}\n{CO}\n{oname}\n{role}　{name}\n{oaddr}\nTEL {tel}　FAX {fax}\nMail {mail}\n{bar}"
    if style == 1:
        return (f"＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n日の出ケアサポート株式会社\n{oname}　{name}\n"
                f"TEL：{tel}\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝")
    if style == 2:
        return f"--\n{oname} {name}\n{tel} / {mail}"
    return (f"--\n{en}\n"
            f"Hinode Care Support Co., Ltd. (Hinode Sangyo Group)\n"
            f"1-8-2 Nakadori, Wakaba-shi, Kanagawa 241-0801, Japan\nTel +81-45-820-1100 | {mail}")


DISCLAIMER = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが"
              "送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information intended solely "
                 "for the addressee. If you have received it in error, please notify the sender and "
                 "delete it.")

MESSAGES: list[dict] = []


def M(**kw) -> None:
    MESSAGES.append(kw)


# =========================================================================================
# A. lists of people to external recipients (must stop)
# =========================================================================================

_k = kids(8)
_times = ["14:40", "14:40", "15:10", "15:10", "15:25", "15:50", "16:05", "16:05"]
_rows = [["便", "児童氏名", "学校", "お迎え", "送り先（自宅）", "保護者携帯"]]
for i, c in enumerate(_k):
    _rows.append([f"{1 if i < 4 else 2}便", c["name"], c["school"], _times[i], c["addr"], c["tel"]])
M(
    sender=frm("sugawara"),
    to=["運行管理 村瀬様 <murase@aoba-unyu.co.jp>"],
    subject="【送迎委託】6月第2週 放課後送迎表（ひのでキッズ本郷）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
運行管理 村瀬様

いつも送迎業務でお世話になっております。
ひのでキッズ本郷の菅原です。

来週（6/8～6/12）分の送迎表を下記に貼り付けます。
2便の{_k[5]['sei']}さん宅前は道幅が狭いため、前回同様に一本手前の角で停車をお願いします。

{padded(_rows)}

※下校時刻の変更が学校から入った場合は、当日13時までにお電話します。
ご不明点があればご連絡ください。

{sig("sugawara")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="送迎表: 8人の児童の氏名・自宅住所・保護者携帯を空白桁揃えで本文に貼付し委託先（社外）へ",
)

_k = kids(13)
_s1 = [["令和8年度 送迎ルート表（ひのでジュニア汐見）月・水・金"], [],
       ["順", "乗車地（自宅）", "目安時刻", "保護者連絡先", "備考"]]
_s2 = [["令和8年度 送迎ルート表（ひのでジュニア汐見）火・木"], [],
       ["順", "乗車地（自宅）", "目安時刻", "保護者連絡先", "備考"]]
for i, c in enumerate(_k[:7]):
    _s1.append([i + 1, c["addr"], f"17:{10 + i * 6:02d}", c["tel"], ["", "ジュニアシート", "", "兄弟同乗", "", "", "玄関前"][i]])
for i, c in enumerate(_k[7:]):
    _s2.append([i + 1, c["addr"], f"17:{15 + i * 7:02d}", c["tel"], ["", "", "マンション裏口", "", "", "ジュニアシート"][i]])
M(
    sender=frm("morishita"),
    to=["aoba-haisha@aoba-unyu.co.jp"],
    cc=[addr_of("nakajo")],
    subject="帰りの送迎ルート表（汐見）改訂版",
    body=f"""青葉運輸 配車ご担当者様

お世話になっております。ひのでジュニア汐見の森下です。
4月からの帰りの送迎ルート表を改訂しましたので、エクセルでお送りします。
曜日ごとにシートを分けています。乗車順は前回から2か所入れ替えました。

よろしくお願いいたします。

{sig("morishita", 2)}
""",
    attachments=[{"kind": "xlsx", "name": "送迎ルート表_汐見_R8改訂.xlsx",
                  "sheets": {"月水金": _s1, "火木": _s2}}],
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="氏名列のない送迎ルート表（13世帯の自宅住所＋保護者携帯）をXLSX 2シートで社外の委託先へ",
)

_k = kids(12)
_csv = [["委託者コード", "引落日", "銀行コード", "支店コード", "預金種目", "口座番号", "預金者名", "引落金額", "顧客番号"]]
for i, c in enumerate(_k):
    _csv.append(["0041207", "20260727", _rng.choice(["0572", "0009", "0005", "0572", "9900"]),
                 f"{_rng.randrange(100, 999)}", _rng.choice(["1", "1", "1", "2"]),
                 f"{_rng.randrange(10**6, 10**7)}", kana_hw(c["parent_kana"]),
                 str(_rng.choice([1500, 4600, 6100, 9200, 1800, 2300])), f"HK{2000 + i}"])
M(
    sender=frm("fujieda"),
    to=["坂口 様 <sakaguchi.t@midori-ginko.co.jp>"],
    subject="7月分 口座振替依頼データの送付について",
    charset="cp932",
    body=f"""みどり銀行 若葉支店
法人営業課 坂口様

いつも大変お世話になっております。
日の出ケアサポート 管理部経理の藤枝でございます。

7月分（7/27引落）の利用者負担額・実費の口座振替依頼データをお送りいたします。
件数：12件
合計金額：別紙集計のとおり

伝送サービスの切替が完了するまでの間は、従来どおりメール添付でのご提出とさせていただければ幸いです。
受付完了のご連絡をお待ちしております。

{sig("fujieda")}
""",
    attachments=[{"kind": "csv", "name": "furikae_202607.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["JP_BANK_ACCOUNT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="口座振替依頼CSV（12人分の口座番号・預金者名カナ）を銀行（社外）へメール添付",
)

_k = kids(20)
_csv = [["郵便番号", "住所", "建物名", "宛名", "敬称"]]
for c in _k:
    a = c["addr"]
    bld = ""
    if " " in a:
        a, bld = a.split(" ", 1)
    _csv.append([c["zip"], a, bld, c["parent"], "様"])
M(
    sender=frm("nagai"),
    to=["錦印刷 土屋様 <tsuchiya@nishiki-insatsu.co.jp>"],
    subject="Re: ひので通信 夏号 封入・発送のご依頼",
    body=f"""土屋様

お世話になっております。永井です。
お見積りありがとうございました。こちらの内容で進めてください。

宛名ラベル用のデータ（本郷・若葉台の在籍家庭分 20件）を添付します。
CSVの文字コードはUTF-8です。汐見分は来週別途お送りします。

発送予定日：7月10日（金）
封入物：ひので通信 夏号、夏休み特別プログラムのご案内

よろしくお願いいたします。

{sig("nagai", 1)}
""",
    attachments=[{"kind": "csv", "name": "atena_natsugo.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["JP_ADDRESS", "PERSON_NAME"],
    detectors=["personal_data"],
    note="在籍家庭20件の保護者氏名・自宅住所の宛名CSVを印刷会社（社外）へ",
)

_k = kids(6)
_al = ["卵・乳（完全除去）", "なし", "小麦", "えび・かに", "なし（てんかん：発作時はダイアップ使用）", "そば・ピーナッツ（エピペン携帯）"]
_tbl = [["No.", "氏名", "ふりがな", "生年月日", "性別", "アレルギー・配慮事項"]]
for i, c in enumerate(_k):
    _tbl.append([str(i + 1), c["name"], c["kana"], wareki(c["dob"]), c["sex"], _al[i]])
M(
    sender=frm("sugawara"),
    to=["さくらホテル 宴会・研修 桑原様 <kuwabara@sakura-hotel.jp>"],
    subject="8/20-21 お泊まり体験プログラム 参加者名簿と食事のご相談",
    charset="iso-2022-jp",
    body=f"""さくらホテル
桑原様

お世話になっております。ひのでキッズ本郷の菅原です。
8月のお泊まり体験プログラムでは大変お世話になります。

参加するお子さま6名の名簿を添付いたします。
夕食・朝食の際、アレルギーの除去食対応をお願いしたいお子さまがおりますので、
名簿右端の欄をご確認いただき、厨房の方とご調整いただけますでしょうか。

引率職員は4名で、別途お知らせします。

{sig("sugawara")}
""",
    attachments=[{"kind": "docx", "name": "お泊まり体験_参加者名簿.docx",
                  "paragraphs": ["お泊まり体験プログラム（8/20-21）参加者名簿", "ひのでキッズ本郷"],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6人の児童の氏名・生年月日・アレルギー/てんかん等の健康情報をDOCX表でホテル（社外）へ",
)

_k = kids(6)
_rows_html = "".join(
    f"<tr><td>{d}</td><td>{c['name']}</td><td>{x}</td><td>{y}</td></tr>"
    for d, c, x, y in zip(["7/21", "7/21", "7/22", "7/22", "7/23", "7/24"], _k,
                          ["乳", "卵", "小麦・大豆", "ナッツ類", "乳・卵", "ゼラチン"],
                          ["豆乳プリン", "米粉蒸しパン", "米粉クッキー", "せんべい", "ゼリー（寒天）", "果物"]))
M(
    sender=frm("ishibashi"),
    to=["北国フーズ 受注センター <order@kitaguni-foods.co.jp>"],
    cc=["大平 様 <ohira@kitaguni-foods.co.jp>"],
    subject="夏休み期間 おやつ除去対応のお願い（ひのでキッズ若葉台）",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>受注センター 御中<br>大平様</p>
<p>いつもお世話になっております。ひのでキッズ若葉台の石橋です。</p>
<p>夏休み期間中のおやつについて、以下のお子さまは除去対応が必要です。<br>
代替品のご手配をお願いできますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>利用日</th><th>お子さま氏名</th><th>除去品目（食物アレルギー）</th><th>代替希望</th></tr>
{_rows_html}
</table>
<p>ご不明点があればお電話ください。</p>
<p>――――――――――――<br>ひのでキッズ若葉台 石橋 綾<br>TEL 045-821-3301</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTMLのみのメールの表で6人の児童の氏名と食物アレルギー（健康情報）を仕入先（社外）へ",
)

_staff = [("管理者", "菅原 大地", "常勤・兼務", "社会福祉士", "9:00-18:00"),
          ("児童発達支援管理責任者", "宍戸 彩香", "常勤・専従", "保育士／児発管研修修了", "9:00-18:00"),
          ("児童指導員", "蔵本 拓海", "常勤", "教員免許（小学校）", "10:00-19:00"),
          ("児童指導員", "安西 なつみ", "常勤", "社会福祉主事任用", "10:00-19:00"),
          ("保育士", "戸塚 ゆかり", "非常勤（週4）", "保育士", "13:00-18:00"),
          ("保育士", "皆川 聡子", "非常勤（週3）", "保育士", "13:00-18:00"),
          ("機能訓練担当職員", "宇田川 恭平", "非常勤（週2）", "作業療法士", "14:00-18:00"),
          ("児童指導員", "楢崎 翔", "常勤", "教員免許（特別支援）", "10:00-19:00"),
          ("運転手", "岩渕 正志", "非常勤", "普通自動車第二種免許", "14:00-18:30")]
M(
    sender=frm("oka"),
    to=["若葉市 障害福祉課 指定担当 <shitei@city.wakaba.lg.jp>"],
    subject="指定更新申請（ひのでキッズ本郷）添付書類の差し替えについて",
    body=f"""若葉市 健康福祉局 障害福祉課
指定担当 野々村様

お世話になっております。
日の出ケアサポート株式会社 こども発達支援事業部の岡でございます。

先日提出いたしました、ひのでキッズ本郷の指定更新申請につきまして、
従業者の勤務の体制及び勤務形態一覧表に誤りがございましたので、差し替え版をお送りします。
（児童指導員1名の常勤換算の記載漏れを修正しました）

資格証の写しは原本照合のうえ、別途郵送いたします。
お手数をおかけしますが、よろしくお願い申し上げます。

{sig("oka")}
""",
    attachments=[{"kind": "docx", "name": "勤務形態一覧表_本郷_差替.docx",
                  "paragraphs": ["従業者の勤務の体制及び勤務形態一覧表（令和8年7月分）",
                                 "事業所名：ひのでキッズ本郷　サービス種別：放課後等デイサービス"],
                  "tables": [[["職種", "氏名", "勤務形態", "資格", "勤務時間"]] + [list(r) for r in _staff]]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="9人の職員の氏名・勤務形態・資格の一覧（従業者名簿）をDOCX表で市（社外）へ",
)

_k = kids(15)
_lines = ["No.\t氏名\tフリガナ\t生年月日\t性別\t利用事業所"]
for i, c in enumerate(_k):
    _lines.append(f"{i + 1}\t{c['name']}\t{kana_hw(c['kana'])}\t{c['dob'].strftime('%Y/%m/%d')}\t{c['sex']}\t"
                  + _rng.choice(["本郷", "若葉台", "汐見"]))
_tab = "\n".join(_lines)
M(
    sender=frm("onodera"),
    to=["ひなた保険サービス 代理店担当 <agent@hinata-hoken.co.jp>"],
    subject="こども総合保険 年度更新 追加加入者の件",
    body=f"""ひなた保険サービス株式会社
ご担当者様

お世話になっております。日の出ケアサポート 管理部の小野寺です。
利用児童の傷害保険（こども総合保険）について、4月以降の新規利用者の追加加入をお願いいたします。
エクセルからそのまま貼り付けていますので、列がずれていたら申し訳ありません。

{_tab}

保険料は従来どおり口座振替でお願いします。

小野寺 遼
日の出ケアサポート株式会社 管理部
TEL 045-820-1100
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="15人の児童の氏名・フリガナ・生年月日をタブ区切りで本文に貼付し保険代理店（社外）へ",
)

_st = [("Misaki Takano", "Child Development Support Manager", "m.takano@hinode-sangyo.co.jp", "+81 90-3318-2046"),
       ("Aya Ishibashi", "Nursery Teacher", "a.ishibashi@hinode-sangyo.co.jp", "+81 80-5521-7730"),
       ("Takumi Kuramoto", "Child Instructor", "t.kuramoto@hinode-sangyo.co.jp", "+81 70-4410-9825"),
       ("Natsumi Anzai", "Child Instructor", "n.anzai@hinode-sangyo.co.jp", "+81 90-6627-1154"),
       ("Kyohei Udagawa", "Occupational Therapist", "k.udagawa@hinode-sangyo.co.jp", "+81 80-2093-4471"),
       ("Riku Nakajo", "Centre Manager", "r.nakajo@hinode-sangyo.co.jp", "+81 90-7785-3302")]
M(
    sender=frm("nagai"),
    to=["BrightSteps Training <training@brightsteps-training.com>"],
    subject="Registration: Level 1 workshop (Tokyo, 12-13 Sep) – 6 participants",
    body="""Dear BrightSteps team,

Thank you for confirming the seats for the Level 1 workshop in Tokyo on 12-13 September.
Please find below the six participants from our centres. We would appreciate it if the
pre-course materials could be sent to each participant directly.

- Misaki Takano – Child Development Support Manager – m.takano@hinode-sangyo.co.jp – mobile +81 90-3318-2046
- Aya Ishibashi – Nursery Teacher – a.ishibashi@hinode-sangyo.co.jp – mobile +81 80-5521-7730
- Takumi Kuramoto – Child Instructor – t.kuramoto@hinode-sangyo.co.jp – mobile +81 70-4410-9825
- Natsumi Anzai – Child Instructor – n.anzai@hinode-sangyo.co.jp – mobile +81 90-6627-1154
- Kyohei Udagawa – Occupational Therapist – k.udagawa@hinode-sangyo.co.jp – mobile +81 80-2093-4471
- Riku Nakajo – Centre Manager – r.nakajo@hinode-sangyo.co.jp – mobile +81 90-7785-3302

The invoice can be addressed to Hinode Care Support Co., Ltd., attn. Accounting.

Best regards,
""" + sig("nagai", 3) + "\n",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English: 6 staff records (name, role, e-mail, private mobile) as a bullet list to an overseas trainer",
)

_k = kids(10)
_csv = [["shichoson_no", "jukyusha_no", "jido_birth", "futan_jogen", "keiyaku_shikyuryo", "err"]]
for c in _k:
    _csv.append([c["city_code"], c["jukyu"], c["dob"].isoformat(), _rng.choice(["4600", "37200", "0"]),
                 _rng.choice(["23", "15", "10", "原則の日数"]), _rng.choice(["E103", "E103", "E221", ""])])
M(
    sender=frm("morishita"),
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="【問合せ】受給者情報インポートでE103エラー（事業所番号1412300587）",
    body=f"""ツバサシステム サポートデスク御中

いつもお世話になっております。ひのでジュニア汐見の森下です。
旧ソフトから受給者情報をCSVでインポートしたところ、一部の行で E103（生年月日形式不正）が出ます。
エラーになった行を含む10件分を抜き出して添付しますので、原因を見ていただけますか。

・事業所番号：1412300587
・バージョン：Ver.8.2.1
・発生日時：本日 10:42 頃

よろしくお願いいたします。

{sig("morishita", 2)}
""",
    attachments=[{"kind": "csv", "name": "import_error_rows.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="氏名列なしだが10人の児童の受給者証番号・生年月日・負担上限額の行をCSVでベンダー（社外）へ",
)

_k = kids(9)
_sheet = [["ひのでキッズ本郷 保護者会 連絡網（令和8年度）"], ["氏名（児童）", "学年", "保護者", "携帯", "メール"]]
for c in _k:
    _sheet.append([c["name"], c["grade"], c["parent"], c["tel"], c["mail"]])
M(
    sender=frm("sugawara"),
    to=["eguchi.haruka.1984@gmail.com"],
    subject="保護者会 連絡網データの件",
    body=f"""江口様

いつもお世話になっております。ひのでキッズ本郷の菅原です。
保護者会の会長をお引き受けいただきありがとうございます。

先日お話しした連絡網のデータをお送りします（掲載に同意いただいたご家庭のみです）。
ZIPで圧縮していますが、パスワードはかけていません。
お取り扱いにはお気をつけください。

菅原
""",
    attachments=[{"kind": "zip", "name": "renrakumou_R8.zip",
                  "files": [{"kind": "xlsx", "name": "連絡網_R8.xlsx", "sheets": {"連絡網": _sheet}}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="9家庭の連絡網（氏名・携帯・メール）をZIP内XLSXで保護者（フリーメール、社外）へ",
)

_k = kids(5)
_blocks = []
for i, c in enumerate(_k):
    _blocks.append(f"【{i + 1}】{c['school']}（{c['grade']}）　{c['name']}さん\n"
                   f"　保護者：{c['parent']} 様\n　携帯：{fw(c['tel'])}\n　住所：{c['addr']}")
M(
    sender=frm("nakajo"),
    to=["浅見 様 <asami.r.0730@icloud.com>"],
    subject="役員さん用 夏祭りお手伝い家庭の連絡先",
    body=f"""浅見様

こんにちは、ひのでジュニア汐見の中条です。
夏祭りのお手伝いを申し出てくださったご家庭の連絡先をまとめました。
当日の集合時間のご連絡などにお使いください。

""" + "\n\n".join(_blocks) + f"""

どうぞよろしくお願いします。

{sig("nakajo", 2)}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="5家庭分を1件ずつのブロック（氏名・全角の携帯番号・住所）で保護者（フリーメール）へ",
)

_k = kids(5)
_fwd = "\n".join(f"{i + 1}. {c['name']}さん（{c['grade']}）　モニタリング：{m}月　保護者TEL {c['tel']}"
                 for i, (c, m) in enumerate(zip(_k, [7, 7, 8, 9, 9])))
M(
    sender=frm("kawabata"),
    to=["井筒 亜希子 <ot.izutsu.akiko@gmail.com>"],
    subject="FW: 【あおぞら】7-9月モニタリング対象のお子さま",
    body=f"""井筒さん

お疲れさまです。川端です。
相談支援センターあおぞらの堀内さんから来た一覧を転送します。
巡回で見てもらう予定のお子さまが含まれているので、日程の参考にしてください。

-----Original Message-----
From: 堀内 <horiuchi@aozora-soudan.or.jp>
Sent: Monday, June 29, 2026 9:12 AM
To: 川端 さやか <s.kawabata@hinode-sangyo.co.jp>
Subject: 【あおぞら】7-9月モニタリング対象のお子さま

川端様

いつもありがとうございます。あおぞらの堀内です。
7-9月にモニタリング予定の、ひのでさんご利用のお子さまは以下のとおりです。

{_fwd}

ご家庭への日程連絡はこちらからいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="転送（FW）は宛先にとって新しい本文: 5人の児童名＋保護者電話の一覧を外部OT（フリーメール）へ",
)

_k = kids(7)
_bul = "\n".join(f"・{c['name']}（{c['grade']}）　緊急連絡先：{c['parent']}　{c['tel']}" for c in _k)
M(
    sender=frm("ishibashi"),
    to=["ほしぞら観光バス 予約係 <reserve@hoshizora-bus.co.jp>"],
    subject="10/16 遠足 貸切バス 乗車名簿",
    charset="iso-2022-jp",
    body=f"""ほしぞら観光バス
予約係 ご担当者様

お世話になっております。ひのでキッズ若葉台の石橋です。
10月16日（金）の遠足（若葉台→県立こども自然公園）の乗車名簿をお送りします。
運行管理上、緊急連絡先の記載が必要とのことでしたので併記しています。

＜児童＞
{_bul}

＜引率＞
・石橋 綾、高野 美咲、ほか1名（当日の連絡先は事業所 045-821-3301）

よろしくお願いいたします。

ひのでキッズ若葉台　石橋
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="「・」箇条書きで7人の児童名・学年・保護者名・携帯をバス会社（社外）へ",
)

_k = kids(5)
_dx = ["自閉スペクトラム症、軽度知的障害", "ADHD（不注意優勢）、服薬あり", "ダウン症候群", "吃音、場面緘黙の傾向",
       "限局性学習症（読字）"]
_slides = [["事例検討会 資料", "ひのでキッズ本郷　2026年9月", "外部スーパーバイズ：佐伯先生"]]
for i, (c, d) in enumerate(zip(_k, _dx)):
    _slides.append([f"事例{i + 1}：{c['sei_ro'][0].upper()}.{c['mei_kana']}（{c['sex']}）",
                    f"生年月日：{wareki(c['dob'], 'short')}　在籍：{c['school']}{c['grade']}",
                    f"診断：{d}",
                    "課題：集団活動への参加、切り替え場面での離席",
                    "支援経過：視覚的スケジュール導入後、離席回数が減少"])
M(
    sender=frm("sugawara"),
    to=["佐伯 先生 <saeki@higashihama-gu.ac.jp>"],
    subject="9/18 事例検討会の資料（事前送付）",
    body=f"""佐伯先生

いつもご指導ありがとうございます。ひのでキッズ本郷の菅原です。
9月18日の事例検討会で扱う5事例の資料をお送りいたします。
当日はこのスライドに沿って担当職員から報告いたします。

お忙しいところ恐縮ですが、事前にお目通しいただけますと幸いです。

{sig("sugawara")}
""",
    attachments=[{"kind": "pptx", "name": "事例検討会_0918.pptx", "slides": _slides}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名なし（イニシャル）でも5人の生年月日・在籍校・診断名（障害）をPPTXで大学（社外）へ",
)

_k = kids(6, "jihatsu")
_inner = "\n".join(f"■お名前：{c['parent']}\n■電話番号：{c['tel']}\n■メール：{c['mail']}\n"
                   f"■お子さまの年齢：{2026 - c['dob'].year}歳\n■見学希望日：7月{_rng.randrange(6, 25)}日\n" for c in _k)
M(
    sender=frm("nagai"),
    to=["ウェブ工房ことり 保守窓口 <hoshu@kotori-web.jp>"],
    subject="見学申込フォームの通知メールが重複する件",
    body=f"""ウェブ工房ことり
保守ご担当者様

お世話になっております。日の出ケアサポートの永井です。
ホームページの見学申込フォームから届く通知メールが、同じ内容で2通ずつ届く現象が続いています。
昨日届いた通知メールをそのまま添付しますので、調査をお願いできますでしょうか。

よろしくお願いいたします。

{sig("nagai", 2)}
""",
    attachments=[{"kind": "eml", "name": "見学申込通知_0705.eml", "message": {
        "sender": "webform@hinode-sangyo.co.jp", "to": [addr_of("nagai")],
        "subject": "【ひのでキッズ】見学申込まとめ通知（6件）", "charset": "utf-8",
        "body": "ホームページの見学申込フォームから以下の申込がありました。\n\n" + _inner}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="添付の.eml（フォーム通知）に6人の申込者の氏名・電話・メール: Web保守業者（社外）へ",
)

# =========================================================================================
# B. identifiers: My Number, card, insurance card, licence, residence card, passport (stop)
# =========================================================================================

_c = kid("jihatsu")
_mn_child, _mn_parent = _mn(), _mn()
M(
    sender=frm("takano"),
    to=["若葉市 障害福祉課 給付係 <kyufu@city.wakaba.lg.jp>"],
    subject="通所受給者証 新規申請書の個人番号欄について（{}様分）".format(_c["parent"]),
    charset="iso-2022-jp",
    body=f"""若葉市 障害福祉課 給付係
ご担当者様

お世話になっております。ひのでキッズ若葉台の高野です。
先日窓口にご提出いただいた新規申請書について、個人番号欄が空欄だったとのご連絡を保護者様から受けました。
保護者様より代わりに伝えてほしいと依頼がありましたので、以下お知らせいたします。

　児童氏名　　：{_c['name']}（{_c['kana']}）
　生年月日　　：{wareki(_c['dob'])}
　児童の個人番号：{_mn_child[:4]} {_mn_child[4:8]} {_mn_child[8:]}
　申請者（保護者）：{_c['parent']}
　申請者の個人番号：{_mn_parent[:4]}-{_mn_parent[4:8]}-{_mn_parent[8:]}

通知カードの写しは保護者様が次回来庁時にお持ちになるとのことです。
どうぞよろしくお願いいたします。

{sig("takano")}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="児童と保護者のマイナンバーを本文に記載して市（社外）へ",
)

_mn_new, _mn_sp = _mn(), _mn()
M(
    sender=frm("onodera"),
    to=["さとう社会保険労務士事務所 佐藤先生 <sato@sato-sr-office.jp>"],
    subject="8/1入社 児童指導員1名 資格取得届のお願い",
    body=f"""佐藤先生

いつもお世話になっております。日の出ケアサポート 管理部の小野寺です。
8月1日付で入社する児童指導員の社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：舟橋 かすみ（フナハシ カスミ）
生年月日：1994年3月18日
住所：〒241-0826 神奈川県若葉市東原2-9-14 フォレスト東原305
個人番号：{_mn_new}
基礎年金番号：4417-302958
雇用保険被保険者番号：5203-318846-2
配属：ひのでキッズ本郷（常勤）
月給：238,000円（資格手当含む）

被扶養者
　配偶者：舟橋 悠（1992年11月2日生）個人番号 {_mn_sp}

雇用契約書の写しは明日郵送します。

小野寺 遼
日の出ケアサポート株式会社 管理部 総務・人事
TEL 045-820-1100（代表）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="新入職員と配偶者のマイナンバー・基礎年金番号・住所を社労士事務所（社外）へ",
)

_cc = _card()
M(
    sender=frm("nagai"),
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    cc=["桑原様 <kuwabara@sakura-hotel.jp>"],
    subject="Re: 11/7 職員研修会 会場予約金のお支払いについて",
    body=f"""さくらホテル 宴会予約ご担当者様
桑原様

お世話になっております。日の出ケアサポートの永井です。
予約金のお支払いは法人カードでお願いいたします。
請求書払いの手続きが間に合わないため、今回のみカードで決済させてください。

カード会社：VISA
カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
有効期限：09/29
名義：HINODE CARE SUPPORT CO LTD / CHINATSU NAGAI
お支払額：55,000円（税込）

決済が完了しましたらご一報ください。

{sig("nagai")}
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="法人カードの番号・有効期限を本文でホテル（社外）へ（カード番号は誰のものでも停止）",
)

_c = kid("hoday")
M(
    sender=frm("sugawara"),
    to=["若葉こども発達クリニック 外来受付 <uketsuke@wakaba-kodomo-cl.jp>"],
    subject="本日16時 受診のお願い（ひのでキッズ本郷から）",
    charset="cp932",
    body=f"""若葉こども発達クリニック 外来受付御中

先ほどお電話した、ひのでキッズ本郷の菅原です。
本日15時頃、活動中に転倒して後頭部を打ったお子さまについて、16時の受診をお願いいたします。
保護者様（お母様）が直接クリニックに向かわれ、当方職員も同行します。

氏名：{_c['name']}（{_c['kana']}）
生年月日：{_c['dob'].strftime('%Y年%m月%d日')}
健康保険証：記号 3127-0841　番号 52　（被保険者：{_c['parent']}）
受傷状況：プレイルームのマットから転落、後頭部を床に打撲。直後に1回嘔吐あり、意識は清明。
既往：てんかん（バルプロ酸服用中）

保護者様の携帯：{_c['tel']}

どうぞよろしくお願いいたします。

{sig("sugawara", 2)}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="1人の児童の健康保険証の記号・番号、受傷状況と既往症（てんかん）をクリニック（社外）へ",
)

M(
    sender=frm("morishita"),
    to=["ひなた保険サービス 自動車保険担当 <car@hinata-hoken.co.jp>"],
    subject="送迎車 運転者限定の追加（汐見 ハイエース 2台）",
    body="""ひなた保険サービス
自動車保険ご担当者様

お世話になっております。ひのでジュニア汐見の森下です。
送迎車両（ハイエース 湘南300 ひ 12-34 / 湘南300 ひ 56-78）の運転者として、
9月から勤務する送迎ドライバーを追加したいです。必要事項は以下のとおりです。

氏名：渋谷 慶一郎（しぶや けいいちろう）
生年月日：昭和47年8月30日
運転免許証番号：第 452107831906 号
免許の色：ゴールド　有効期限：令和10年9月30日まで
免許の種類：中型（8t限定）・普通二種

免許証の両面コピーが必要でしたら、PDFで追ってお送りします。

森下 慎吾
ひのでジュニア汐見 送迎・事務担当
045-774-6180
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="送迎ドライバー1名の運転免許証番号・和暦の生年月日を保険代理店（社外）へ",
)

_c = kid("jihatsu")
M(
    sender=frm("nakajo"),
    to=["東浜市 障害者支援課 <shien@city.higashihama.lg.jp>"],
    subject="受給者証申請（外国籍の保護者）の本人確認書類について",
    body=f"""東浜市 障害者支援課
ご担当者様

いつもお世話になっております。ひのでジュニア汐見の中条です。
来月から児童発達支援の利用を希望されているご家庭の申請の件でご相談です。
保護者様は日本語の読み書きが難しいため、申請書の記入をお手伝いしています。
本人確認書類として在留カードをお持ちで、番号等は以下のとおりです。

保護者氏名：NGUYEN THI HA（グエン ティ ハー）
生年月日：1991年6月4日
在留カード番号：UH48271903KA
在留資格：定住者　在留期間満了日：2028年2月14日
児童氏名：{_c['sei_ro'].upper()} {_c['mei_kana']}（ハー様の長男）

窓口に伺う際に通訳の手配が可能か、あわせてご教示いただけますと幸いです。

{sig("nakajo")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="保護者の在留カード番号・生年月日を市（社外）へ",
)

_mn_dep = _mn()
M(
    sender=frm("fujieda"),
    to=["梶原税理士事務所 <kajiwara@kajiwara-tax.jp>"],
    subject="年末調整 扶養控除申告書の追加分（高野）",
    charset="iso-2022-jp",
    body=f"""梶原税理士事務所
ご担当者様

お世話になっております。日の出ケアサポートの藤枝です。
年末調整の資料のうち、扶養控除等申告書の記入漏れがあった職員1名分を追加でお送りします。
（本人が手書きでメモしてきたものを、そのまま打ち直しています）

職員氏名：高野 美咲
控除対象扶養親族：高野 一真（長男）
生年月日：{wareki(_dt.date(2011, 5, 9), 'fw')}
個人番号：{fw(_mn_dep[:4])}　{fw(_mn_dep[4:8])}　{fw(_mn_dep[8:])}
続柄：子　同居

以上、よろしくお願いいたします。

藤枝 由紀
日の出ケアサポート株式会社 管理部 経理
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="扶養親族の個人番号を全角数字で本文に記載し税理士事務所（社外）へ",
)

M(
    sender=frm("oka"),
    to=["Nordic Study Tours <bookings@nordic-studytours.com>"],
    subject="Study tour to Helsinki (Oct) – passport details for flight booking",
    body="""Dear Ms. Lindqvist,

Thank you for arranging the early-intervention study tour to Helsinki in October.
As requested, here are the passport details of our two participants for the flight
and hotel bookings.

1) OKA MARIKO
   Date of birth: 21 Feb 1975
   Passport No.: TZ4418207
   Expiry: 03 Aug 2031

2) NAKAJO RIKU
   Date of birth: 09 Dec 1988
   Passport No.: MU7730514
   Expiry: 17 Jan 2029

Please let me know if you need scanned copies.

Kind regards,
""" + sig("oka", 3) + "\n",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="English: two staff members' passport numbers and dates of birth to an overseas travel agency",
)

# =========================================================================================
# C. special-category data of one person (要配慮個人情報) to external recipients (stop)
# =========================================================================================

_c = kid("jihatsu")
M(
    sender=frm("takano"),
    to=["ことばの教室ひだまり 今泉様 <imaizumi@hidamari-st.jp>"],
    subject="9月から並行通所されるお子さまについて（情報共有）",
    body=f"""ことばの教室ひだまり
言語聴覚士 今泉様

いつもお世話になっております。ひのでキッズ若葉台の高野です。
先日お電話でお話しした、9月からひだまりさんにも並行通所される{_c['name']}くん（{2026 - _c['dob'].year}歳）について、
保護者様の了解を得たうえで、当方での様子を共有させていただきます。

{_c['mei']}くんは昨年、若葉こども発達クリニックで自閉スペクトラム症の診断を受けています。
発語は二語文程度で、要求は指さしとクレーンが中心です。音への過敏さがあり、
集団活動ではイヤーマフを使うと落ち着いて参加できます。偏食が強く、白いご飯と麺類以外はほとんど食べません。

当方では絵カードでの要求表出に取り組んでいますので、ひだまりさんでの個別訓練の内容と
すり合わせができればうれしいです。今月中に一度、電話で打ち合わせをお願いできますか。

{sig("takano", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名のある1人の児童の診断名（自閉スペクトラム症）と発達状況を地の文で外部ST（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("oka"),
    to=["若葉市 障害福祉課 <shogai-fukushi@city.wakaba.lg.jp>"],
    cc=[addr_of("sugawara")],
    subject="事故報告書（第一報）ひのでキッズ本郷",
    body=f"""若葉市 障害福祉課 ご担当者様

お世話になっております。日の出ケアサポート こども発達支援事業部の岡です。
ひのでキッズ本郷において利用児童の事故が発生しましたので、事故報告書（第一報）を提出いたします。
詳細は添付をご確認ください。再発防止策は第二報でご報告いたします。

{sig("oka")}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_第一報_本郷.docx",
                  "paragraphs": ["事故報告書（第一報）", "事業所名：ひのでキッズ本郷（放課後等デイサービス）",
                                 f"発生日時：令和8年7月14日（火）16時20分頃",
                                 f"利用者氏名：{_c['name']}（{_c['kana']}）　{_c['grade']}　生年月日：{wareki(_c['dob'])}",
                                 "事故の概要：公園での外遊び中、すべり台の階段から転落し右腕を地面に強打。",
                                 "対応：直ちに保護者へ連絡し、職員同行で若葉中央病院を受診。右前腕骨折（橈骨遠位端骨折）と診断、ギプス固定。",
                                 "利用者の状態：知的障害（療育手帳B1）があり、痛みの訴えが不明瞭なため受診を優先した。",
                                 "報告者：管理者 菅原 大地"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="事故報告書DOCX: 1人の児童の氏名・生年月日・骨折の診断・知的障害（療育手帳）を市（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("sugawara"),
    to=["若葉市児童相談所 相談調整課 <jisou-soudan@city.wakaba.lg.jp>"],
    subject="【至急】児童の身体のあざについてのご相談（通告）",
    charset="iso-2022-jp",
    body=f"""若葉市児童相談所 相談調整課 ご担当者様

ひのでキッズ本郷（放課後等デイサービス）管理者の菅原です。
先ほどお電話でお伝えした件について、記録として送付いたします。

対象児童：{_c['name']}（{_c['grade']}、{_c['school']}在籍）
住所：{_c['addr']}
確認日時：本日 15時50分頃（来所時の着替えの際）
状況：左上腕の内側と背中に、直径3～4cm程度のあざが計4か所。本人は「パパにやられた」と話している。
　　　先月にも頬の腫れがあり、保護者は「転んだ」と説明していた。

写真は記録として事業所で保管しています。本日の帰りの送迎は予定どおり行う予定ですが、
対応についてご指示をいただけますでしょうか。

菅原 大地
ひのでキッズ本郷 045-823-5520
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="虐待の疑い（犯罪被害）とあざの状態を、氏名・住所つきで児童相談所（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("nakajo"),
    to=["汐見小学校 特別支援学級 担任 矢作先生 <yahagi@shiomi-es.higashihama.ed.jp>"],
    subject=f"{_c['sei']}さんの放課後の様子について",
    body=f"""汐見小学校
矢作先生

いつもお世話になっております。ひのでジュニア汐見の中条です。
先日の連絡帳の件で、こちらでの様子をお伝えします。

{_c['name']}さんは今月からコンサータの服用量が増えたとお母様から伺っていますが、
夕方（17時頃）になると薬が切れてくるのか、イライラして他の子とトラブルになる場面が増えています。
ADHDの特性として、疲れが出る時間帯は声かけを短くするなどの工夫をしています。
学校では午後の様子はいかがでしょうか。来週の面談で主治医の先生にお伝えするため、
お母様が学校と事業所の両方の様子を知りたいとのことでした。

お手すきの際にご返信いただけると助かります。

{sig("nakajo", 2)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1人の児童のADHDと服薬内容（病歴）を氏名つきで学校（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("takano"),
    to=["こども相談室みらい 宮坂様 <miyasaka@mirai-sodan.jp>"],
    subject="モニタリング報告書（7月分）",
    body=f"""こども相談室みらい
相談支援専門員 宮坂様

お世話になっております。ひのでキッズ若葉台の高野です。
{_c['sei']}さんのモニタリング報告書（7月分）をPDFでお送りします。
ご確認のほど、よろしくお願いいたします。

高野
""",
    attachments=[{"kind": "pdf", "name": "モニタリング報告書_7月.pdf", "title": "モニタリング報告書",
                  "lines": ["モニタリング報告書（令和8年7月）", "事業所：ひのでキッズ若葉台",
                            f"利用児童：{_c['name']}（{_c['kana']}）  生年月日：{wareki(_c['dob'])}",
                            f"受給者証番号：{_c['jukyu']}",
                            "障害の状況：知的障害（療育手帳B2）、てんかん（月1回程度の欠神発作）",
                            "服薬：エトスクシミド（朝・夕）",
                            "支援目標の達成状況：着替えの手順表を見ながら一人でできる場面が増えた。",
                            "今後の方針：引き続き週3日の利用。発作時対応マニュアルを職員間で再確認する。"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDFのモニタリング報告書に1人の児童の療育手帳・てんかん・服薬: 相談支援事業所（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("kawabata"),
    to=["Dr. Emily Carter <ecarter@northbridge-behavior.com>"],
    subject="Consultation request – school refusal case",
    body=f"""Dear Dr. Carter,

Thank you again for your workshop in Yokohama last spring. I would like to ask for your
advice on one of the children at our after-school centre.

{_c['sei_ro'].capitalize()} {_c['mei_kana']} ({_c['sex'] == '男' and 'boy' or 'girl'}, {2026 - _c['dob'].year} years old, {_c['school']}) was diagnosed
with autism spectrum disorder at age 4 and with generalised anxiety disorder this year.
Since May the child has refused to attend school and only comes to our centre twice a week.
The family has agreed that I may consult you, and a short video-call with the mother
could be arranged in September.

Would you be available for a 60-minute online consultation? We will of course pay your usual fee.

Best regards,
""" + sig("kawabata", 3) + "\n",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English: one named child's ASD and anxiety diagnoses sent to an overseas psychologist",
)

M(
    sender=frm("onodera"),
    to=["さとう社会保険労務士事務所 <sato@sato-sr-office.jp>"],
    subject="休職者の傷病手当金申請についてのご相談",
    body="""佐藤先生

お世話になっております。小野寺です。
ひのでキッズ若葉台の保育士 葦原 紗希（あしはら さき、平成6年10月3日生）が、
主治医の診断書（うつ病、2か月の休養を要する）を提出し、8月1日から休職に入ることになりました。

傷病手当金の申請手続きと、休職期間中の社会保険料の徴収方法についてご相談させてください。
本人は通院のため、平日午前の連絡は難しいとのことです。
診断書の写しはスキャンして別途お送りします。

小野寺 遼
日の出ケアサポート株式会社 管理部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="職員1名の病名（うつ病）と生年月日を社労士事務所（社外）へ",
)

_c = kid("jihatsu")
M(
    sender=frm("ishibashi"),
    to=["ot.izutsu.akiko@gmail.com"],
    subject="転送: 来週の個別訓練の前に（保護者様からのメール）",
    body=f"""井筒先生

お疲れさまです。石橋です。
来週の個別訓練の前に読んでおいていただきたいと、保護者様からのメールを転送します。

---------- Forwarded message ---------
From: {_c['parent']} <{_c['mail']}>
Date: 2026年9月3日(木) 21:14
Subject: 来週の訓練について
To: 石橋 綾 <a.ishibashi@hinode-sangyo.co.jp>

石橋先生

いつもお世話になっております。{_c['sei']}です。
先週、大学病院の発達外来で発達性協調運動障害の診断が出ました。
手先の不器用さと、体幹の弱さがあると言われています。
ボタンやスプーンがうまく使えず、本人も悔しがっています。
作業療法の先生にもお伝えいただけると助かります。

{_c['parent']}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="保護者メールの転送で児童の診断名（発達性協調運動障害）を外部OT（フリーメール）へ",
)

_a, _b = kid("hoday"), kid("hoday")
M(
    sender=frm("oka"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["事務局 菊地様 <kikuchi@shirakawa-law.jp>"],
    subject="【ご相談】利用児童間の事故（咬傷）と保護者対応について",
    body=f"""白川先生

いつも大変お世話になっております。日の出ケアサポートの岡です。
ひのでキッズ本郷で発生した利用児童間の事故について、保護者対応のご相談をさせてください。

7月21日の活動中、{_a['name']}さん（{_a['grade']}）が{_b['name']}さん（{_b['grade']}）の右手甲を噛み、
{_b['sei']}さんは若葉中央病院で咬傷の処置（縫合2針）を受け、現在も通院中です。
{_a['sei']}さんは自閉スペクトラム症と重度の知的障害があり、パニック時に噛む行動が以前からありました。

{_b['sei']}さんの保護者様からは、職員配置の不備と治療費・慰謝料について書面で回答を求められています。
来週中に一度お打ち合わせのお時間をいただけますでしょうか。

{sig("oka")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="2人の児童の氏名と負傷・通院、障害（自閉スペクトラム症・知的障害）を法律事務所（社外）へ",
)

_c = kid("hoday")
M(
    sender=frm("morishita"),
    to=["青葉運輸 運行管理 村瀬様 <murase@aoba-unyu.co.jp>"],
    subject="9月から新規送迎 1名追加（車いす対応）",
    body=f"""村瀬様

お世話になっております。ひのでジュニア汐見の森下です。
9月から送迎に1名追加をお願いします。車いすでの乗車になりますので、リフト付き車両の配車をお願いします。

お名前：{_c['name']}さん（{_c['school']}・{_c['grade']}）
お迎え先：{_c['addr']}
状況：脳性まひ（身体障害者手帳1級）。座位保持は可、車いすはリクライニング型。
　　　てんかん発作の既往があるため、乗車中は職員が隣に座ります。

曜日は月・水・金、お迎えは16:40頃の予定です。
よろしくお願いいたします。

森下
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1人の児童の住所と障害（脳性まひ・身体障害者手帳1級）・既往を送迎委託先（社外）へ",
)

# =========================================================================================
# D. three or more external parties visible to each other (stop)
# =========================================================================================

_k = kids(6)
M(
    sender=frm("sugawara"),
    to=[f"{c['parent']} <{c['mail']}>" for c in _k],
    subject="【ひのでキッズ本郷】9月の保護者会のご案内",
    body="""保護者の皆さま

いつもひのでキッズ本郷をご利用いただき、ありがとうございます。
9月の保護者会を下記のとおり開催いたします。

日時：9月26日（土）10:00～11:30
場所：ひのでキッズ本郷 プレイルーム
内容：後期の活動予定、防災訓練のお知らせ、個別面談の日程調整
※お子さまの預かりをご希望の方は、9月19日までにお知らせください。

ご出欠は、このメールへのご返信でお知らせいただけますと幸いです。

ひのでキッズ本郷
管理者 菅原 大地
TEL 045-823-5520
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="6人の保護者（各フリーメール）をToに並べて一斉送信: 互いのアドレスが見える（Bccにすべき）",
)

_c = kid("hoday")
M(
    sender=frm("takano"),
    to=["堀内 様 <horiuchi@aozora-soudan.or.jp>", "三上 先生 <mikami@wakaba-sn.ed.jp>",
        f"{_c['parent']} 様 <{_c['mail']}>"],
    cc=["若葉市 障害福祉課 野々村様 <nonomura@city.wakaba.lg.jp>"],
    subject=f"サービス担当者会議（{_c['sei']}さん）日程調整のお願い",
    body=f"""関係者の皆さま

いつもお世話になっております。ひのでキッズ若葉台の高野です。
相談支援センターあおぞらの堀内さんからのご依頼で、{_c['sei']}さんのサービス担当者会議の日程調整をさせていただきます。

候補日：
　① 10月6日（火）16:00～
　② 10月8日（木）15:30～
　③ 10月13日（火）16:00～
会場：ひのでキッズ若葉台 相談室

ご都合のよい日を今週金曜日までにお知らせください。

{sig("takano", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="相談支援・学校・保護者（フリーメール）・市の4者がTo/Ccで互いに見える",
)

M(
    sender=frm("nakajo"),
    to=["つばめクラブ 管理者様 <info@tsubame-club.jp>", "にじいろ 管理者様 <kanri@nijiiro-kids.co.jp>",
        "ぽけっと 管理者様 <office@pocket-hattatsu.jp>", "ゆうやけ 管理者様 <yuyake@yuyake-day.or.jp>"],
    subject="【東浜市障害児通所事業所連絡会】10月定例会のお知らせ",
    body="""東浜市内 障害児通所支援事業所 管理者の皆さま

いつもお世話になっております。今年度の連絡会幹事を務めております、ひのでジュニア汐見の中条です。
10月の定例会を下記のとおり開催します。

日時：10月15日（木）14:00～16:00
会場：東浜市福祉会館 3階 第2会議室
議題：
　1. 報酬改定に向けた情報交換
　2. 送迎中のヒヤリハット事例の共有
　3. 市障害者支援課からの連絡事項

ご出欠を10月8日までにご返信ください。

中条 陸
ひのでジュニア汐見 045-774-6180
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="他社4事業所の管理者をToに並べた一斉送信: 4つの外部組織が互いに見える",
)

M(
    sender=frm("kawabata"),
    to=["佐伯 先生 <saeki@higashihama-gu.ac.jp>", "地域連携室 <renkei@wakaba-kodomo-cl.jp>"],
    cc=["今泉 様 <imaizumi@hidamari-st.jp>"],
    subject="11月 職員研修（感覚統合・言語）講師打ち合わせの件",
    body="""佐伯先生
若葉こども発達クリニック 地域連携室 ご担当者様
ことばの教室ひだまり 今泉様

お世話になっております。日の出ケアサポートの川端です。
11月の職員研修では、3名の先生方にリレー形式でご講義いただくことになりました。
事前の打ち合わせを、オンラインで30分ほどお願いできればと思います。

候補：10月20日（火）18:00／10月22日（木）18:30
使用ツール：Zoom（URLは確定後にお送りします）

どうぞよろしくお願いいたします。

川端 さやか
日の出ケアサポート株式会社 こども発達支援事業部
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="大学・クリニック・ST事業所の3つの外部組織がTo/Ccで互いに見える",
)

M(
    sender=frm("nagai"),
    to=["KidsLog Sales <sales@kidslog.sg>", "CareBridge Apps <hello@carebridge-apps.com>"],
    cc=["平松 様 <hiramatsu@tsubasa-system.jp>"],
    subject="RFP: parent communication & transport tracking app for our centres",
    body="""Dear vendors,

Hinode Care Support operates three child development support centres in Kanagawa.
We are looking for a parent communication app with pick-up / drop-off tracking
for about 120 families and 14 vehicles.

Please send your proposal by 30 October, covering:
  1. Features (messaging, attendance, GPS tracking of transport vehicles)
  2. Data residency and security certifications
  3. Pricing for 3 sites, 5-year total cost
  4. Integration with our billing software (Tsubasa System)

We will invite shortlisted vendors to a demo in November.

Best regards,
""" + sig("nagai", 3) + "\n",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="English RFP to three competing vendors in To/Cc: three external organisations see each other",
)

# =========================================================================================
# E. look-alike recipient domains (stop)
# =========================================================================================

M(
    sender=frm("morishita"),
    to=["村瀬様 <murase@aoba-unnyu.co.jp>"],
    subject="送迎車両の定期点検日程について",
    body=f"""青葉運輸 村瀬様

お世話になっております。ひのでジュニア汐見の森下です。
10月の送迎車両の定期点検ですが、2号車を10月14日（水）午前、3号車を10月21日（水）午前で
お願いできますでしょうか。点検中の代車の手配もあわせてご確認ください。

{sig("morishita", 2)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="宛先 aoba-unnyu.co.jp は取引先 aoba-unyu.co.jp の綴り違い（n が1つ多い）",
)

M(
    sender=frm("sugawara"),
    to=["経理 藤枝さん <y.fujieda@hinode-sangyo.jp>"],
    subject="7月分 立替経費精算（本郷）",
    body="""藤枝さん

お疲れさまです。本郷の菅原です。
7月分の立替経費の精算書を送ります。夏祭りの材料費と、送迎車のガソリン代（2回分）です。
領収書の原本は社内便で送りました。

・夏祭り材料費（ホームセンター）　8,624円
・ガソリン代（7/9、7/23）　　　　 11,380円
合計 20,004円

よろしくお願いします。
菅原
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sangyo.jp（co. 抜け）: 自社ドメインの類似ドメイン",
)

M(
    sender=frm("fujieda"),
    to=["みどり銀行 坂口様 <sakaguchi.t@midori-ginkou.co.jp>"],
    subject="口座振替 新規委託者登録の書類について",
    charset="iso-2022-jp",
    body="""みどり銀行 若葉支店
坂口様

お世話になっております。日の出ケアサポートの藤枝です。
汐見事業所分の口座振替を別の委託者コードで管理したく、新規登録に必要な書類を教えていただけますでしょうか。
届出印は本社と同じものを使用予定です。

藤枝 由紀
日の出ケアサポート株式会社 管理部 経理
TEL 045-820-1100
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp は取引先 midori-ginko.co.jp の類似ドメイン（u の追加）",
)

M(
    sender=frm("morishita"),
    to=["サポートデスク <support@tsubasa-sytem.jp>"],
    subject="Ver.8.3 へのアップデート手順について",
    body="""ツバサシステム サポートデスク御中

お世話になっております。ひのでジュニア汐見の森下です。
報酬改定対応版（Ver.8.3）へのアップデートですが、請求締め前の作業でも問題ないでしょうか。
また、端末3台すべてで実施する必要があるか教えてください。

森下
ひのでジュニア汐見 045-774-6180
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp は取引先 tsubasa-system.jp から s が1文字抜けた類似ドメイン",
)

_IDN_LAW = "xn--" + "shirаkawa-law".encode("idna").decode()[4:] + ".jp"  # Cyrillic 'а' in shirakawa
M(
    sender=frm("oka"),
    to=[f"白川先生 <shirakawa@{_IDN_LAW}>"],
    subject="利用契約書・重要事項説明書の改訂案レビューのお願い",
    body=f"""白川先生

お世話になっております。日の出ケアサポートの岡です。
来年度の報酬改定にあわせて、利用契約書と重要事項説明書を改訂する予定です。
改訂案がまとまりましたら、レビューをお願いしたく、概算のお見積りと所要期間を教えていただけますか。

{sig("oka")}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.jp のキリル文字 а を使った同形異字（IDN/punycode）の類似ドメイン",
)

M(
    sender=frm("ishibashi"),
    to=["受注センター <order@kitaguni-food.co.jp>"],
    subject="10月分 おやつ定期発注（ひのでキッズ若葉台）",
    body="""北国フーズ 受注センター御中

いつもお世話になっております。ひのでキッズ若葉台の石橋です。
10月分の定期発注をお願いします。

・KF-2031 米粉ボーロ（30袋入）　×4
・KF-1187 野菜せんべい（個包装）　×6
・KF-3302 りんごジュース 125ml（24本）　×3

納品は10月1日（木）午前でお願いします。

石橋 綾（ひのでキッズ若葉台 045-821-3301）
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp は取引先 kitaguni-foods.co.jp から s が抜けた類似ドメイン",
)

# =========================================================================================
# F. confidentiality markings (stop)
# =========================================================================================

M(
    sender=frm("oka"),
    to=["若葉リアルティ 法人営業 <leasing@wakaba-realty.co.jp>"],
    subject="新規事業所の物件探しについて",
    body=f"""若葉リアルティ株式会社
法人営業ご担当者様

お世話になっております。日の出ケアサポートの岡です。
先日お電話でご相談した、新規事業所（児童発達支援）の物件の条件をまとめましたので、添付いたします。
条件に合う物件がございましたら、ご紹介いただけますと幸いです。

{sig("oka")}
""",
    attachments=[{"kind": "docx", "name": "新規開設計画_物件条件.docx", "page_header": "社外秘",
                  "paragraphs": ["新規事業所 開設計画（物件条件）",
                                 "開設予定：令和9年4月　サービス種別：児童発達支援（定員10名）",
                                 "エリア：若葉市 西若葉・桜ケ丘周辺（競合事業所の少ない北部）",
                                 "面積：指導訓練室 40㎡以上を含む 80～120㎡、1階または EV あり",
                                 "想定賃料：月額 35万円以内　駐車場：送迎車2台分",
                                 "投資予算：内装・備品 1,800万円、初年度赤字見込み 900万円"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="本文は普通だが添付DOCXのヘッダーにだけ「社外秘」の表示: 不動産会社（社外）へ",
)

M(
    sender=frm("nagai"),
    to=["きずなコンサルティング 宇野様 <uno@kizuna-consulting.co.jp>"],
    subject="【部外秘】8月 事業部月次報告",
    body="""宇野様

お世話になっております。永井です。
ご依頼のありました8月の事業部月次報告を共有いたします。

【部外秘】
■稼働率（8月）
　若葉台 92.4%（前月比 +3.1pt）／本郷 88.0%（-1.7pt）／汐見 79.5%（+4.2pt）
■加算の算定状況
　児童指導員等加配加算：3事業所とも算定
　専門的支援体制加算：本郷のみ未算定（OT 退職のため）
■人員
　8月末 退職2名、9月入職予定1名。汐見の児発管が来年3月で異動予定。

来週の経営会議資料の作成にお使いください。

永井 千夏
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文に「【部外秘】」の区分表示がある月次報告を外部コンサル（社外）へ",
)

M(
    sender=frm("oka"),
    to=["梶原税理士事務所 梶原先生 <kajiwara@kajiwara-tax.jp>"],
    subject="運営指導の指摘事項と返還見込み額について",
    body="""梶原先生

お世話になっております。岡です。
先月の若葉市による運営指導（旧・実地指導）の結果、報酬の一部返還が生じる見込みです。
決算への影響をご相談したく、社内でまとめたメモをお送りします。

岡 真理子
日の出ケアサポート株式会社 こども発達支援事業部
""",
    attachments=[{"kind": "pdf", "name": "運営指導_指摘事項メモ.pdf", "page_footer": "取扱注意",
                  "lines": ["運営指導 指摘事項と対応（ひのでキッズ本郷）",
                            "1. 個別支援計画の同意日が支援開始日より後になっていた事例がある（3件）",
                            "2. 欠席時対応加算の記録が不十分（相談援助の内容が未記載）",
                            "3. 返還見込み：欠席時対応加算 約42万円、個別支援計画未作成減算 約118万円",
                            "4. 対応：記録様式の見直し、児発管の研修受講、月次の内部監査"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PDFの各ページフッターに「取扱注意」の表示: 税理士事務所（社外）へ",
)

_sim = [["加算算定シミュレーション（令和9年度改定案ベース）"], [],
        ["事業所", "現行単位", "改定後単位", "月額差（円）", "年額差（円）"],
        ["若葉台", 48210, 49980, 18400, 220800],
        ["本郷", 52330, 50710, -16900, -202800],
        ["汐見", 39870, 41250, 14300, 171600]]
M(
    sender=frm("nagai"),
    to=["平松 様 <hiramatsu@tsubasa-system.jp>"],
    subject="改定シミュレーション機能のご相談",
    body="""ツバサシステム株式会社
平松様

お世話になっております。日の出ケアサポートの永井です。
先日のデモで拝見した改定シミュレーション機能について、弊社で試算した表と結果が合わないため、
計算方法をご確認いただけますでしょうか。弊社側の試算表を添付します。

永井
""",
    attachments=[{"kind": "xlsx", "name": "kasan_simulation.xlsx", "page_header": "Confidential",
                  "sheets": {"試算": _sim}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付XLSXのページヘッダーに「Confidential」の区分表示: ベンダー（社外）へ",
)

M(
    sender=frm("oka"),
    to=["Mr. Tan <wl.tan@kidslog.sg>"],
    subject="Pilot results and our expansion plan",
    body="""CONFIDENTIAL – INTERNAL ONLY

Dear Mr. Tan,

Thank you for supporting the three-month pilot of KidsLog at our Hongo centre.
Below is a summary of the results and our plan for the next fiscal year.

- Parent app adoption: 41 of 46 families (89%)
- Time spent on daily reports: down from 52 to 21 minutes per staff member per day
- Expansion plan: roll-out to Wakabadai and Shiomi in April 2027, and to two new
  centres that we plan to open in FY2027 (locations not yet announced)
- Budget ceiling for FY2027: JPY 3.6 million

Let us discuss the commercial terms at our meeting on 12 November.

Best regards,
""" + sig("oka", 3) + "\n",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="English mail stamped 'CONFIDENTIAL – INTERNAL ONLY' at the top, sent to an external vendor",
)

M(
    sender=frm("oka"),
    to=["白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="事業譲受の検討資料（ご相談）",
    body=f"""白川先生

お世話になっております。岡です。
市内の放課後等デイサービス事業者から事業譲渡の打診があり、検討を始めております。
デューデリジェンスの進め方についてご相談したく、概要資料をお送りします。

{sig("oka")}
""",
    attachments=[{"kind": "pptx", "name": "事業譲受検討_概要.pptx", "page_footer": "極秘",
                  "slides": [["事業譲受の検討（概要）", "対象：市内の放課後等デイサービス 2事業所", "打診時期：令和8年9月"],
                             ["対象事業の概要", "定員各10名、稼働率 約85%", "職員 14名（うち常勤 8名）"],
                             ["論点", "指定の承継手続き", "職員の雇用承継", "譲渡価格（先方提示 4,500万円）"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="添付PPTXの全スライドに「極秘」の表示: 顧問弁護士（社外）宛てでも区分表示は停止対象",
)

# =========================================================================================
# G. attachments that cannot be read (stop)
# =========================================================================================

_k = kids(3)
M(
    sender=frm("takano"),
    to=["堀内 様 <horiuchi@aozora-soudan.or.jp>"],
    subject="個別支援計画（10月更新分）の送付",
    body="""相談支援センターあおぞら
堀内様

お世話になっております。ひのでキッズ若葉台の高野です。
10月更新分の個別支援計画（3名分）をお送りします。
添付ファイルはパスワード付きZIPにしています。パスワードは別メールでお送りします。

高野
""",
    attachments=[{"kind": "zip", "name": "kobetsu_shien_keikaku_10.zip", "password": "Wk2610#aozora",
                  "files": [{"kind": "docx", "name": f"個別支援計画_{c['sei']}.docx",
                             "paragraphs": [f"個別支援計画　{c['name']}", "長期目標：…"]} for c in _k]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）: 中身を検査できない（中は個別支援計画3名分）",
)

_c = kid("hoday")
M(
    sender=frm("fujieda"),
    to=[f"{_c['parent']} 様 <{_c['mail']}>"],
    subject="【ひのでキッズ】8月分ご利用料金のご案内",
    body=f"""{_c['parent']} 様

いつもご利用いただきありがとうございます。
日の出ケアサポート 管理部の藤枝です。

8月分のご利用料金のご案内をお送りします。
PDFにはパスワードを設定しております。パスワードはお子さまの生年月日（西暦8桁）です。

ご不明な点がございましたら、事業所までお問い合わせください。

日の出ケアサポート株式会社 管理部
TEL 045-820-1100
""",
    attachments=[{"kind": "pdf", "name": "ご利用料金のご案内_8月.pdf", "password": _c["dob"].strftime("%Y%m%d"),
                  "lines": ["ご利用料金のご案内（令和8年8月分）", f"{_c['parent']} 様",
                            "利用日数：12日　利用者負担額：4,600円　おやつ代：1,200円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="パスワード保護PDFは検査できない: 保護者（フリーメール）へ",
)

M(
    sender=frm("morishita"),
    to=["はるかぜ相談支援事業所 新庄様 <shinjo@harukaze-fukushi.or.jp>"],
    subject="7月分 サービス提供実績記録票",
    body="""はるかぜ相談支援事業所
新庄様

お世話になっております。ひのでジュニア汐見の森下です。
7月分のサービス提供実績記録票をお送りします。
ご確認をお願いいたします。

森下 慎吾
ひのでジュニア汐見 045-774-6180
""",
    attachments=[{"kind": "corrupt", "name": "jisseki_kiroku_07.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付XLSXが壊れていて開けない（検査不能）: 相談支援事業所（社外）へ",
)

M(
    sender=frm("nakajo"),
    to=["矢作先生 <yahagi@shiomi-es.higashihama.ed.jp>"],
    subject="Fwd: 下校時刻変更のお知らせ（2学期）",
    body="""矢作先生

いつもお世話になっております。ひのでジュニア汐見の中条です。
先日いただいた2学期の下校時刻のお知らせですが、こちらで開こうとするとエラーになってしまいます。
転送しますので、お手数ですがファイルを確認していただけますか。

---------- 転送メッセージ ----------
差出人: 汐見小学校 事務室
件名: 下校時刻変更のお知らせ（2学期）
添付: gekou_jikoku_2gakki.pdf
""",
    attachments=[{"kind": "corrupt", "name": "gekou_jikoku_2gakki.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="壊れたPDF（読めない添付）を転送で学校（社外）へ",
)

# =========================================================================================
# H. internal-only mail, whatever it carries (pass)
# =========================================================================================

_k = kids(9)
_lines = ["曜日\t氏名\t学校\t下校\t自宅\t保護者携帯"]
for c in _k:
    _lines.append(f"{_rng.choice(['月水', '火木', '月金', '水金'])}\t{c['name']}\t{c['school']}\t"
                  f"{_rng.choice(['14:30', '14:50', '15:20', '15:40'])}\t{c['addr']}\t{c['tel']}")
M(
    sender=frm("morishita"),
    to=[addr_of("nakajo"), "kids-honbu@care.hinode-sangyo.co.jp"],
    cc=[addr_of("sugawara")],
    subject="汐見・本郷 合同送迎（10月）の対象者リスト",
    body="""中条さん、本部ご担当者様
（cc 菅原さん）

お疲れさまです。森下です。
10月から本郷の車両が1台点検に入るため、汐見の車で本郷の一部ルートをカバーします。
対象のお子さまのリストを貼ります（社内限り）。青葉運輸さんにはこちらから必要な分だけ伝えます。

""" + "\n".join(_lines) + """

ご確認よろしくお願いします。
森下
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="9人の送迎リスト（氏名・住所・携帯）だが宛先はすべて社内（サブドメイン含む）",
)

_k = kids(8, "jihatsu")
_rows = [["受付日", "児童氏名", "生年月日", "保護者", "連絡先", "希望曜日", "紹介元"]]
for c in _k:
    _rows.append([f"2026/0{_rng.randrange(4, 9)}/{_rng.randrange(10, 28)}", c["name"], c["dob"].strftime("%Y/%m/%d"),
                  c["parent"], c["tel"], _rng.choice(["月水", "火木金", "水", "月～金"]),
                  _rng.choice(["あおぞら", "みらい", "市役所", "HP", "はるかぜ"])])
M(
    sender=frm("takano"),
    to=[addr_of("oka"), addr_of("nagai")],
    subject="若葉台 待機児童リスト（9月時点）",
    body="""岡部長、永井さん

お疲れさまです。高野です。
9月時点の若葉台の待機児童リストを添付します。8名待機で、うち3名は火木希望に集中しています。
来年度の定員増の検討材料にしてください。

高野
""",
    attachments=[{"kind": "xls", "name": "taiki_list_202609.xls", "sheets": {"待機": _rows}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=[],
    note="待機児童8名のXLS（氏名・生年月日・電話）だが宛先は社内のみ",
)

_c = kid("jihatsu")
M(
    sender=frm("ishibashi"),
    to=[addr_of("takano")],
    subject=f"個別支援計画（原案）{_c['sei']}さん 確認お願いします",
    body=f"""高野さん

お疲れさまです。石橋です。
{_c['name']}さんの個別支援計画の原案を作成しました。
担当者会議の前に確認をお願いします。

石橋
""",
    attachments=[{"kind": "docx", "name": f"個別支援計画_原案_{_c['sei']}.docx",
                  "paragraphs": [f"個別支援計画（原案）　{_c['name']}（{wareki(_c['dob'])}生）",
                                 "診断名：自閉スペクトラム症（若葉こども発達クリニック）",
                                 "本人・家族の意向：言葉でのやりとりを増やしたい。保育園で友達と遊べるようになってほしい。"],
                  "tables": [[["支援目標", "具体的な支援内容", "担当"],
                              ["要求を言葉や絵カードで伝える", "PECS フェイズIIの練習（個別 週2回）", "言語聴覚士"],
                              ["集団活動に10分参加する", "見通しカードで活動の終わりを提示", "保育士"]]]}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="診断名入りの個別支援計画DOCXだが児発管への社内メールのみ",
)

_mn_self = _mn()
M(
    sender=frm("ishibashi"),
    to=["人事 小野寺さん <r.onodera@hinode-sangyo.co.jp>"],
    subject="マイナンバーの提出（石橋）",
    body=f"""小野寺さん

お疲れさまです。若葉台の石橋です。
住所変更の手続きとあわせて、マイナンバーの再提出をとのことでしたのでお送りします。

個人番号：{_mn_self}
新住所：〒241-0822 神奈川県若葉市上の台4-6-2 メゾン上の台201

マイナンバーカードの写しは社内便で送ります。
よろしくお願いします。
石橋
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="職員本人のマイナンバーと住所を社内の人事担当へ: 宛先が社内のみなので通す",
)

_c = kid("hoday")
M(
    sender=frm("sugawara"),
    to=[addr_of("oka"), "hinshitsu@hinode-sangyo.co.jp"],
    subject="【事故報告・社内】7/14 本郷 骨折事故の経過",
    charset="iso-2022-jp",
    body=f"""岡部長
品質管理室 ご担当者様

本郷の菅原です。7/14の事故の経過を社内向けにご報告します。

・対象：{_c['name']}さん（{_c['grade']}）
・診断：右前腕骨折（橈骨遠位端骨折）、全治6週間
・既往：知的障害（療育手帳B1）、ADHD（服薬中）
・保護者対応：7/15に管理者が自宅訪問し謝罪。治療費は賠償責任保険で対応予定。
・市への第一報：7/14 提出済み、第二報は7/28までに提出予定。

再発防止策の案は明日の会議でお示しします。

菅原
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="児童の診断・障害を含む事故経過だが社内（事業部長・品質管理室）だけに送信",
)

_k = kids(4)
M(
    sender=frm("takano"),
    to=[addr_of("sugawara")],
    subject="本郷へ移行するお子さまの引継ぎ資料",
    body="""菅原さん

お疲れさまです。高野です。
4月に小学校へ上がり、本郷に移行するお子さま4名の引継ぎ資料です。
念のためパスワードをかけています（パスワードはいつもの社内ルールのもの）。

高野
""",
    attachments=[{"kind": "zip", "name": "hikitsugi_R9.zip", "password": "hinode-intra-2026",
                  "files": [{"kind": "xlsx", "name": "引継ぎ.xlsx",
                             "sheets": {"引継ぎ": [["氏名", "生年月日", "診断"]] +
                                        [[c["name"], c["dob"].isoformat(), "ASD"] for c in _k]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワード付きZIPだが宛先は社内のみ（内部メールは何を載せても通す）",
)

M(
    sender=frm("oka"),
    to=["kanbu@hinode-sangyo.co.jp"],
    cc=["keiei-kikaku@mail.hinode-sangyo.co.jp"],
    subject="【社外秘】令和9年度 こども発達支援事業 事業計画（案）",
    body="""幹部各位

こども発達支援事業部の岡です。
令和9年度の事業計画（案）を共有します。社外秘としてお取り扱いください。

添付の計画案の要点：
・西若葉に児童発達支援の新規事業所を開設（令和9年4月）
・本郷の定員を10名から15名へ増員（多機能型化）
・言語聴覚士・作業療法士を各1名採用し、専門的支援加算を全事業所で算定

経営会議（10/20）で審議予定です。

岡 真理子
""",
    attachments=[{"kind": "docx", "name": "R9事業計画案.docx", "page_header": "社外秘",
                  "paragraphs": ["令和9年度 こども発達支援事業 事業計画（案）", "売上目標：3億1,200万円"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘の事業計画だが宛先は社内（mail.サブドメイン含む）のみ",
)

_k = kids(7)
_rows = [["顧客番号", "保護者名（カナ）", "銀行", "支店", "種目", "口座番号", "状態"]]
for i, c in enumerate(_k):
    _rows.append([f"HK{2100 + i}", kana_hw(c["parent_kana"]), _rng.choice(["みどり銀行", "ゆうちょ", "若葉信金"]),
                  _rng.choice(["若葉支店", "本郷支店", "汐見支店", "〇一八"]), "普通", f"{_rng.randrange(10**6, 10**7)}",
                  _rng.choice(["振替不能（残高不足）", "振替不能（口座なし）", "新規登録"])])
M(
    sender=frm("fujieda"),
    to=["keiri@care.hinode-sangyo.co.jp"],
    cc=[addr_of("onodera")],
    subject="8月 口座振替不能・新規登録の一覧（経理チーム内）",
    body="""経理チームの皆さん

藤枝です。8月引落分の振替不能と新規登録の一覧です。
振替不能の方には各事業所から連絡してもらうので、明日の朝会で分担を決めましょう。

""" + padded(_rows, rule="=") + """

藤枝
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="7人の保護者の口座番号一覧だが宛先は社内の経理チーム（サブドメイン）のみ",
)

# =========================================================================================
# I. lists of businesses, not people (pass)
# =========================================================================================

M(
    sender=frm("takano"),
    to=["服部 様 <hattori-family@yahoo.co.jp>"],
    subject="若葉市内の相談支援事業所一覧をお送りします",
    body="""服部様

先日は見学にお越しいただきありがとうございました。ひのでキッズ若葉台の高野です。
受給者証の申請にあたって「障害児支援利用計画」を作成してもらう相談支援事業所をお探しとのことでしたので、
若葉市内の事業所の一覧をお送りします（市のホームページ掲載情報より）。

・相談支援センターあおぞら　　若葉市中通り3-2-8　　TEL 045-820-4471
・こども相談室みらい　　　　　若葉市本郷1-11-5　　 TEL 045-823-9012
・はるかぜ相談支援事業所　　　若葉市緑町14-3　　　 TEL 045-826-3350
・若葉市障害者相談支援センター　若葉市中通り1-1（市役所本庁舎2階）TEL 045-820-1234
・相談支援事業所ひまわり　　　東浜市汐見町8-20　　 TEL 045-774-2288

空き状況は事業所によって異なりますので、直接お問い合わせください。
セルフプラン（保護者様ご自身で作成）も可能ですので、ご不明な点があればお気軽にどうぞ。

""" + sig("takano"),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="相談支援事業所（事業者）の住所・代表電話の一覧: 人の名簿ではない。保護者1名（フリーメール）宛て",
)

_sch = [["学校名", "所在地", "代表電話", "下校時刻（通常）"],
        ["若葉市立若葉台小学校", "若葉市若葉台1-5-1", "045-821-0211", "14:40／15:30"],
        ["若葉市立本郷小学校", "若葉市本郷2-20-3", "045-823-0311", "14:50／15:35"],
        ["若葉市立西若葉小学校", "若葉市西若葉4-1-9", "045-826-0411", "14:45／15:25"],
        ["東浜市立汐見小学校", "東浜市汐見町2-1", "045-774-0511", "14:30／15:20"],
        ["神奈川県立若葉特別支援学校", "若葉市桜ケ丘6-3-1", "045-827-0611", "14:55"],
        ["若葉市立本郷中学校", "若葉市本郷5-8-2", "045-823-0711", "15:50"]]
M(
    sender=frm("sugawara"),
    to=["村瀬様 <murase@aoba-unyu.co.jp>"],
    subject="2学期 お迎え先学校の一覧",
    body=f"""青葉運輸 村瀬様

お世話になっております。本郷の菅原です。
2学期のお迎え先の学校一覧です。各校とも正門ではなく、送迎車用の通用門に停車してください。

{padded(_sch, rule="─", fill="　")}

下校時刻は「通常／短縮授業日」の順です。

{sig("sugawara", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="学校（事業所）の所在地・代表電話の一覧は人の名簿ではない: 取引先1社宛て",
)

M(
    sender=frm("nakajo"),
    to=["新庄様 <shinjo@harukaze-fukushi.or.jp>"],
    subject="協力医療機関・歯科の一覧（ご依頼の件）",
    html="""<html><body>
<p>はるかぜ相談支援事業所<br>新庄様</p>
<p>お世話になっております。ひのでジュニア汐見の中条です。<br>
ご依頼いただいた、当事業所の協力医療機関等の一覧です。重要事項説明書に記載しているものと同じです。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>区分</th><th>医療機関名</th><th>所在地</th><th>電話</th></tr>
<tr><td>協力医療機関</td><td>若葉中央病院 小児科</td><td>神奈川県若葉市中通り5-1-1</td><td>045-820-3000</td></tr>
<tr><td>協力医療機関</td><td>汐見こどもクリニック</td><td>神奈川県東浜市汐見町3-7-2</td><td>045-774-1155</td></tr>
<tr><td>協力歯科</td><td>浜風デンタルオフィス</td><td>神奈川県東浜市浜風1-2-18</td><td>045-774-8020</td></tr>
<tr><td>嘱託医</td><td>若葉こども発達クリニック</td><td>神奈川県若葉市桜ケ丘2-9-4</td><td>045-827-5511</td></tr>
</table>
<p>どうぞよろしくお願いいたします。</p>
<p>ひのでジュニア汐見　中条 陸<br>045-774-6180</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTMLのみのメールの表だが中身は医療機関（事業者）の所在地・代表電話",
)

_cn = corp_number("502010083714")
M(
    sender=frm("nagai"),
    to=["錦印刷 土屋様 <tsuchiya@nishiki-insatsu.co.jp>"],
    subject="パンフレット改訂 原稿（事業所一覧・会社概要）",
    body=f"""土屋様

お世話になっております。永井です。
パンフレット裏面の「事業所一覧」と「会社概要」の原稿です。前回版からの変更箇所は★を付けています。

【事業所一覧】
ひのでキッズ若葉台（児童発達支援）
　〒241-0815 神奈川県若葉市若葉台2-4-1　TEL 045-821-3301
ひのでキッズ本郷（放課後等デイサービス）★住所表記変更
　〒241-0832 神奈川県若葉市本郷3-17-6 本郷メディカルビル2F　TEL 045-823-5520
ひのでジュニア汐見（放課後等デイサービス）
　〒236-0047 神奈川県東浜市汐見町5-2-11　TEL 045-774-6180

【会社概要】
商号：日の出ケアサポート株式会社（日の出産業グループ）
法人番号：{_cn} ★追加
所在地：〒241-0801 神奈川県若葉市中通り1-8-2 日の出ビル4F
代表者：代表取締役 日野 賢治
事業内容：児童発達支援、放課後等デイサービス、障害児相談支援

初校は来週中にいただけると助かります。

{sig("nagai", 1)}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="自社事業所の一覧と会社概要（法人番号あり）: 事業者情報のみで人の名簿ではない",
)

_tn = "T" + corp_number("401030077265")
M(
    sender=frm("fujieda"),
    to=["北国フーズ 経理ご担当 <keiri@kitaguni-foods.co.jp>"],
    subject="9月分ご請求書の登録番号について",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理ご担当者様

いつもお世話になっております。日の出ケアサポート 経理の藤枝です。
9月分のご請求書（No. KF-INV-2609-0412、金額 86,940円）を受領いたしました。

1点確認させてください。ご請求書に記載の登録番号「{_tn}」が、
8月分までの番号と異なっているように見えます。国税庁の公表サイトでは御社名で同じ番号が表示されましたが、
念のため正しい番号をご教示いただけますでしょうか。

お支払いは10月末日、みどり銀行からお振込みの予定です。

藤枝 由紀
日の出ケアサポート株式会社 管理部 経理
TEL 045-820-1100
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求書番号とインボイス登録番号（T番号）についての通常の経理連絡",
)

# =========================================================================================
# J. one to four people's data, ordinary business mail, disclaimers, NDA talk (pass)
# =========================================================================================

M(
    sender=frm("nagai"),
    to=["桑原様 <kuwabara@sakura-hotel.jp>"],
    subject="11/7 職員研修会 当日の担当者と連絡先",
    body="""さくらホテル 桑原様

お世話になっております。永井です。
11月7日の職員研修会当日の弊社担当者をお知らせします。
会場設営の確認などは、下記の者へ直接ご連絡ください。

　永井 千夏（全体責任者）　携帯 080-4127-6630
　川端 さやか（講師対応）　携帯 090-2285-1974
　森下 慎吾（機材・受付）　携帯 070-3361-0428

8:30に3名で伺います。よろしくお願いいたします。

永井
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="当日担当3名の氏名と携帯（4名以下）を会場ホテルへ: 警告はあり得るが保留ではない",
)

M(
    sender=frm("takano"),
    to=["堀内 様 <horiuchi@aozora-soudan.or.jp>"],
    subject="8月 ご紹介児童の利用状況（集計）",
    body=f"""相談支援センターあおぞら
堀内様

いつもお世話になっております。ひのでキッズ若葉台の高野です。
8月のあおぞらさんからのご紹介児童の利用状況を集計しましたのでお知らせします。

　ご紹介児童数：11名（うち新規2名）
　延べ利用日数：148日
　平均利用日数：13.5日／月
　欠席率：6.8%（夏季の体調不良が中心）

9月から土曜日の枠に2名分の空きが出ます。ご紹介いただけるお子さまがいればお知らせください。

{sig("takano")}

{DISCLAIMER}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="人数・日数の集計のみ＋定型の機密情報免責文: 区分表示ではなく個人データもない",
)

M(
    sender=frm("nagai"),
    to=["平松 様 <hiramatsu@tsubasa-system.jp>"],
    subject="Re: 請求ソフト移行に伴う秘密保持契約書の締結について",
    body=f"""ツバサシステム株式会社
平松様

お世話になっております。日の出ケアサポートの永井です。
データ移行作業に先立つ秘密保持契約書（NDA）のドラフト、拝受いたしました。
弊社法務（顧問弁護士）確認のうえ、以下2点の修正をお願いしたく存じます。

1. 第3条（秘密情報の範囲）に「利用者及びその家族の個人情報」を明記すること
2. 第8条（返還・廃棄）の期限を「契約終了後30日以内」とし、廃棄証明書の提出を追加すること

修正版をいただけましたら、押印のうえ郵送いたします。
よろしくお願いいたします。

{sig("nagai")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約（NDA）についてのやり取り: 「秘密」の語の言及のみで区分表示ではない",
)

M(
    sender=frm("oka"),
    to=["Mr. Tan <wl.tan@kidslog.sg>"],
    subject="Re: Mutual NDA before the pilot",
    body="""Dear Mr. Tan,

Thank you for sending the mutual NDA. Our legal counsel has reviewed it and we are happy
to sign it as it stands, with one small change: please set the governing law to the laws
of Japan and the venue to the Yokohama District Court.

Once the NDA is signed, we can share the pilot scope document and the anonymised
usage statistics you asked for.

Best regards,
""" + sig("oka", 3) + "\n\n" + DISCLAIMER_EN + "\n",
    expect="pass",
    entities=[],
    detectors=[],
    note="English NDA discussion plus a standard confidentiality disclaimer: no marking, no personal data",
)

_k = kids(5)
_q = "\n".join(f"> {c['name']}さん（{c['grade']}）　{c['parent']}様　{c['tel']}" for c in _k)
M(
    sender=frm("takano"),
    to=["宮坂 様 <miyasaka@mirai-sodan.jp>"],
    subject="Re: 10月 担当者会議の予定（みらい）",
    body=f"""宮坂様

お世話になっております。高野です。
日程の件、承知いたしました。5名とも記載の日時で伺います。
会場はいずれもみらいさんの相談室でよろしいでしょうか。

高野

宮坂 さんは書きました:
> 高野様
>
> いつもありがとうございます。みらいの宮坂です。
> 10月に担当者会議を予定しているお子さまは以下のとおりです。
>
{_q}
>
> 日程は10/5～10/9のいずれも16時からを予定しています。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="新しい本文は日程の返事のみ。5名の一覧は相手のメールからの「>」引用で相手は既に持っている",
)

_c = kid("hoday")
M(
    sender=frm("nakajo"),
    to=["矢作先生 <yahagi@shiomi-es.higashihama.ed.jp>"],
    subject=f"RE: {_c['sei']}さんの放課後の様子について",
    body=f"""矢作先生

ご丁寧にありがとうございます。中条です。
学校での様子がよく分かりました。いただいた内容は、事業所の職員間でも共有させていただきます。
来週の面談の結果は、お母様から伺えましたらまたご連絡いたします。

中条

-----Original Message-----
From: 矢作 <yahagi@shiomi-es.higashihama.ed.jp>
Sent: Thursday, September 10, 2026 6:02 PM
To: 中条 陸 <r.nakajo@hinode-sangyo.co.jp>
Subject: RE: {_c['sei']}さんの放課後の様子について

中条様

汐見小の矢作です。ご連絡ありがとうございます。
{_c['name']}さんは、学校でも5時間目になると集中が切れやすく、離席が増えています。
主治医からはADHDの薬の調整中と聞いており、午後は個別の課題に切り替えるなどしています。
面談でお母様にもお伝えしておきます。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="診断・服薬の記述は「-----Original Message-----」以下の引用部分のみ: 送り主本人が書いた内容",
)

M(
    sender=frm("kawabata"),
    to=["Dr. Emily Carter <ecarter@northbridge-behavior.com>"],
    subject="Re: Consultation request – school refusal case",
    body="""Dear Dr. Carter,

Thank you very much for accepting. Tuesday 22 September, 9:00 am Japan time (Monday 8:00 pm
your time) works for us and for the mother. I will send the Zoom link on Friday.

Best regards,
Sayaka Kawabata

On Sat, Sep 12, 2026 at 7:41 AM Emily Carter <ecarter@northbridge-behavior.com> wrote:
> Dear Ms. Kawabata,
>
> Happy to help. Given the child's autism diagnosis and the recent anxiety disorder,
> I would suggest we first look at the school-refusal pattern with the mother.
> Would Tuesday 22 September, 9 am your time suit?
>
> Emily Carter, PhD
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the diagnosis appears only in the quoted 'On … wrote:' part; new text is scheduling",
)

_k = kids(6)
_q = "\n".join(f"{c['name']}　受給者証番号 {c['jukyu']}　支給決定期間 R8.10.1～R9.9.30" for c in _k)
M(
    sender=frm("morishita"),
    to=["東浜市 障害者支援課 <shien@city.higashihama.lg.jp>"],
    subject="RE: 【東浜市】受給者証更新の決定について",
    charset="iso-2022-jp",
    body=f"""東浜市 障害者支援課 ご担当者様

ご連絡ありがとうございます。ひのでジュニア汐見の森下です。
6名分の更新決定について承知いたしました。請求ソフトの受給者情報を更新しておきます。

森下

差出人: 東浜市 障害者支援課 <shien@city.higashihama.lg.jp>
送信日時: 2026年9月24日 14:10
宛先: 森下 慎吾
件名: 【東浜市】受給者証更新の決定について

ひのでジュニア汐見 ご担当者様

以下のお子さまについて、通所受給者証の更新決定を行いましたのでお知らせします。
受給者証は各ご家庭に郵送済みです。

{_q}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="6名の受給者証番号は「差出人／送信日時」以下の市からのメールの引用のみ。新しい本文に個人データなし",
)

# =========================================================================================
# K. two external organisations, one private person, Bcc (pass)
# =========================================================================================

_c = kid("hoday")
M(
    sender=frm("takano"),
    to=["堀内 様 <horiuchi@aozora-soudan.or.jp>"],
    cc=["大河内 先生 <okochi@wakabadai-es.wakaba.ed.jp>"],
    subject="就学移行の連携会議（10/27）のご案内",
    body=f"""堀内様
（cc：若葉台小学校 大河内先生）

お世話になっております。ひのでキッズ若葉台の高野です。
来年4月に若葉台小学校へ入学予定の{_c['sei']}さんについて、就学移行の連携会議を下記のとおり開催します。

日時：10月27日（火）15:30～16:30
場所：若葉台小学校 会議室
出席：相談支援（堀内様）、若葉台小（大河内先生）、当事業所（高野・石橋）
※保護者様には当方からご案内します。

資料は当日お持ちします。よろしくお願いいたします。

{sig("takano")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="外部は相談支援事業所と小学校の2組織のみ（通常の三者会議の案内）、児童名は姓のみで他データなし",
)

M(
    sender=frm("morishita"),
    to=["村瀬様 <murase@aoba-unyu.co.jp>"],
    cc=["川崎電機 サービス課 <service@kawasaki-denki.co.jp>"],
    subject="送迎車（3号車）車いすリフトの点検立会いについて",
    body="""青葉運輸 村瀬様
川崎電機 サービス課 ご担当者様

お世話になっております。ひのでジュニア汐見の森下です。
3号車の車いすリフトで、上昇時に異音がするとの報告がドライバーさんからありました。
川崎電機さんに点検をお願いし、青葉運輸さんに立会いをお願いできればと思います。

候補日：10/6（火）10時／10/7（水）10時
場所：ひのでジュニア汐見 駐車場

製造番号：KD-WL300-1187
ご都合をお知らせください。

森下
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="取引先2社（青葉運輸・川崎電機）への通常の調整メール: 外部組織は2つのみ",
)

_k = kids(14)
M(
    sender=frm("sugawara"),
    to=[addr_of("sugawara")],
    bcc=[c["mail"] for c in _k],
    subject="【ひのでキッズ本郷】台風接近に伴う明日の営業について",
    charset="iso-2022-jp",
    body="""保護者の皆さま

ひのでキッズ本郷です。
台風14号の接近に伴い、明日（9月30日）は学校の臨時休校が決まった地域があるため、
当事業所は以下のとおり対応いたします。

・午前中は休業、13時以降の状況により午後の営業を判断します
・判断結果は明日11時までにメールでお知らせします
・送迎は安全が確認できる範囲で行います

ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。

ひのでキッズ本郷 管理者 菅原 大地
TEL 045-823-5520
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="14人の保護者をBccで一斉連絡（Toは自分）: 互いのアドレスは見えない",
)

_c = kid("hoday")
M(
    sender=frm("morishita"),
    to=[f"{_c['sei']} 様 <{_c['sei_ro']}.family{_rng.randrange(10, 99)}@docomo.ne.jp>"],
    subject="明日のお迎え時間の変更について",
    body=f"""{_c['sei']} 様

ひのでジュニア汐見の森下です。
明日は学校の短縮日課とのことですので、お迎えを15:10に変更いたします。
お帰りの送迎は通常どおり17:30頃ご自宅に到着予定です。

{_c['mei']}さんに、明日は体操服の持ち帰りがあるとお伝えください。

ひのでジュニア汐見
045-774-6180
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="保護者1名（キャリアメール）への送迎時間の連絡: 個人データの一覧も要配慮情報もない",
)

_c = kid("jihatsu")
M(
    sender=frm("fujieda"),
    to=[f"{_c['parent']} 様 <{_c['sei_ro']}{_rng.randrange(100, 999)}@icloud.com>"],
    subject="9月分 実費のご請求（ひのでキッズ若葉台）",
    body=f"""{_c['parent']} 様

いつもご利用いただき、ありがとうございます。
日の出ケアサポート 経理の藤枝です。

9月分の実費をご請求いたします。

　請求番号：HK-2609-0318
　おやつ代　　100円 × 13日　 1,300円
　教材費（工作）　　　　　　 　 500円
　合計　　　　　　　　　　　　1,800円

10月27日にご登録の口座から引き落としさせていただきます。

日の出ケアサポート株式会社 管理部 経理
TEL 045-820-1100
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="保護者1名（フリーメール）への実費請求: 請求番号と金額のみ",
)

M(
    sender=frm("onodera"),
    to=["松永 様 <matsunaga.kohei.0911@gmail.com>"],
    subject="【日の出ケアサポート】面接日程のご案内（児童指導員）",
    body="""松永 耕平 様

この度は、日の出ケアサポート株式会社の児童指導員の求人にご応募いただき、誠にありがとうございます。
管理部 人事担当の小野寺です。

書類選考の結果、面接にお越しいただきたく、ご連絡いたしました。

日時：10月2日（金）14:00～15:00
場所：ひのでキッズ本郷（若葉市本郷3-17-6 本郷メディカルビル2F）
持ち物：筆記用具、資格証の写し（お持ちの場合）

ご都合が悪い場合は、候補日をいくつかお知らせください。

""" + sig("onodera"),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="応募者本人（フリーメール）への面接日程: 事業所の所在地のみで個人データの一覧ではない",
)

M(
    sender=frm("kawabata"),
    to=["大河内 先生 <okochi@wakabadai-es.wakaba.ed.jp>"],
    subject="【ご案内】教職員向け公開講座「発達障害のある子の学びを支える」",
    body=f"""若葉台小学校
大河内先生

いつもお世話になっております。日の出ケアサポートの川端です。
当社主催の教職員・支援者向け公開講座のご案内です。校内でご周知いただけますと幸いです。

テーマ：発達障害のある子の学びを支える ～ASD・ADHD・LDの特性理解と環境調整～
日時：11月21日（土）13:30～16:00
会場：若葉市福祉会館 大ホール（参加無料・定員80名）
講師：東浜学院大学 佐伯 准教授／当社言語聴覚士 川端

自閉スペクトラム症や注意欠如・多動症のあるお子さまへの声かけの工夫、
読み書きに困難のあるお子さまへのICT活用などを、事例を交えてお話しします。

{sig("kawabata")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="障害名が並ぶが講座案内の一般論で、特定の個人とは結びつかない",
)

M(
    sender=frm("oka"),
    to=["東浜学院大学 佐伯先生 <saeki@higashihama-gu.ac.jp>"],
    subject="共同研究の件：資料の共有範囲について",
    body="""佐伯先生

いつもお世話になっております。岡です。
共同研究の件、ありがとうございます。
ご依頼の職員研修マニュアルですが、社内規程上「社外秘」扱いの文書のため、
そのままお渡しすることができません。大変恐縮ですが、公開可能な部分を抜粋した
概要版を今月中に作成してお送りいたします。

また、事例データについては、個人が特定されない形に加工した集計値のみのご提供となります。
ご理解いただけますと幸いです。

岡 真理子
日の出ケアサポート株式会社 こども発達支援事業部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘」の語は文中での言及のみ（資料は添付していない）: 区分表示ではない",
)

M(
    sender=frm("takano"),
    to=["三輪 様 <miwa-kazue@outlook.jp>"],
    subject="Re: 利用料金についてのお問い合わせ",
    body="""三輪様

お問い合わせいただきありがとうございます。ひのでキッズ若葉台の高野です。
利用料金について、概要をご案内いたします。

■利用者負担（1割負担、月ごとの上限あり）
　区分　　　　　　　　　　　　　　　　　　上限月額
　生活保護・市町村民税非課税世帯　　　　　　　0円
　市町村民税課税世帯（所得割28万円未満）　4,600円
　上記以外　　　　　　　　　　　　　　　 37,200円
※満3歳になって初めての4月から3年間は、児童発達支援の利用者負担は無償です。

■実費
　おやつ代　100円／日、教材費　実費（月500円程度）

見学は平日10時～16時で随時受け付けております。ぜひお越しください。

""" + sig("takano", 1),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="料金表（負担上限月額）の案内を問い合わせた保護者1名（フリーメール）へ",
)

M(
    sender=frm("morishita"),
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="【問合せ】国保連伝送でエラーコード EC02 が返却される",
    body="""ツバサシステム サポートデスク御中

お世話になっております。ひのでジュニア汐見の森下です。
9月分の請求を国保連へ伝送したところ、以下のエラーが返却されました。

　事業所番号：1412300587
　サービス種別：63（放課後等デイサービス）
　エラーコード：EC02（請求明細書の事業所情報不一致）
　受付番号：R0809-2231-0047
　ソフトバージョン：Ver.8.2.1（ビルド 8211）

事業所情報の画面では、定員区分を「10人以下」で登録しています。
原因の確認方法を教えてください。

森下
ひのでジュニア汐見 045-774-6180
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="事業所番号・エラーコード・受付番号だけの通常のサポート問い合わせ",
)

M(
    sender=frm("ishibashi"),
    to=["北国フーズ 受注センター <order@kitaguni-foods.co.jp>"],
    subject="11月分 おやつ定期発注（若葉台）",
    charset="cp932",
    body="""北国フーズ 受注センター御中

いつもお世話になっております。ひのでキッズ若葉台の石橋です。
11月分の定期発注をお願いいたします。

品番　　　品名　　　　　　　　　　　　数量
KF-2031　 米粉ボーロ（30袋入）　　　　　5
KF-1187　 野菜せんべい（個包装）　　　　6
KF-4410　 アレルギー対応ビスケット　　　4
KF-3302　 りんごジュース125ml（24本）　 3

発注番号：HS-WK-2611-01
納品希望：11月2日（月）午前

よろしくお願いいたします。
石橋
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="品番・発注番号の通常の発注（「アレルギー対応」は商品名で個人とは無関係）",
)

M(
    sender=frm("sugawara"),
    to=["村瀬様 <murase@aoba-unyu.co.jp>"],
    subject="車内の忘れ物（水筒）返送のご連絡",
    body="""村瀬様

お世話になっております。本郷の菅原です。
先日、2号車の車内に残っていた運転手さんの水筒を、本日宅配便で青葉運輸さんの営業所宛てに返送しました。

　配送：ヤマト運輸
　お問い合わせ伝票番号：4417-2290-3381
　お届け予定：明日午前中

ご確認よろしくお願いいたします。

菅原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="宅配便の伝票番号だけの連絡: 個人データなし",
)

M(
    sender=frm("kawabata"),
    to=["佐伯先生 <saeki@higashihama-gu.ac.jp>"],
    subject="学会発表の抄録（匿名化済み）ご確認のお願い",
    body="""佐伯先生

いつもご指導ありがとうございます。川端です。
来年の学会で発表予定の事例報告の抄録案です。個人が特定されないよう、年齢・学年・地域等は
ぼかして記載しています。表現に問題がないか、ご確認いただけますでしょうか。

――――――――――
【事例報告】絵カード交換式コミュニケーションの導入による要求行動の変化
対象：就学前の男児1名（以下A児）。自閉スペクトラム症の診断あり。
方法：週2回の個別療育において、PECSのフェイズIからIIIを6か月間実施。
結果：自発的な要求の回数が1セッションあたり平均2.1回から9.4回に増加した。
考察：家庭での般化に向け、保護者との連携が重要であった。
※保護者から発表についての書面同意を得ている。
――――――――――

川端 さやか
日の出ケアサポート株式会社 こども発達支援事業部 言語聴覚士
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="診断名はあるが匿名化された1事例（A児）で個人を特定できない: 大学教員へ",
)

M(
    sender=frm("nakajo"),
    to=["東浜市 障害者支援課 研修担当 <shien@city.higashihama.lg.jp>"],
    subject="強度行動障害支援者養成研修 受講申込（ひのでジュニア汐見 4名）",
    body="""東浜市 障害者支援課 研修ご担当者様

お世話になっております。ひのでジュニア汐見の中条です。
強度行動障害支援者養成研修（基礎研修）に、下記4名の受講を申し込みます。

1. 中条 陸　　（管理者）　　　　連絡先 045-774-6180（事業所）
2. 森下 慎吾　（児童指導員）　　携帯 080-6612-3398
3. 乙部 千春　（保育士）　　　　携帯 090-4471-2206
4. 鵜飼 隼人　（児童指導員）　　携帯 070-5530-8817

受講決定通知は事業所宛てにお送りください。
よろしくお願いいたします。

中条
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="研修申込の職員4名（氏名・携帯）: 5名未満なので警告止まり",
)

M(
    sender=frm("oka"),
    to=["はるかぜ相談支援事業所 新庄様 <shinjo@harukaze-fukushi.or.jp>"],
    subject="各事業所の窓口担当者のご案内",
    body="""新庄様

お世話になっております。日の出ケアサポートの岡です。
今年度の各事業所の窓口担当者をお知らせします。ご紹介やご連絡は各事業所へ直接お願いいたします。

・ひのでキッズ若葉台　児発管 高野 美咲　TEL 045-821-3301　m.takano@hinode-sangyo.co.jp
・ひのでキッズ本郷　　管理者 菅原 大地　TEL 045-823-5520　d.sugawara@hinode-sangyo.co.jp
・ひのでジュニア汐見　管理者 中条 陸　　TEL 045-774-6180　r.nakajo@hinode-sangyo.co.jp
・本部（事業推進課）　永井 千夏　　　　 TEL 045-820-1100　c.nagai@hinode-sangyo.co.jp

今後ともよろしくお願いいたします。

岡 真理子
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="4名の職員の業務上の連絡先（事業所代表電話・会社アドレス）: 業務連絡先で名簿ではない",
)

M(
    sender=frm("nakajo"),
    to=["東浜市 障害者支援課 <shien@city.higashihama.lg.jp>"],
    subject="災害時の引渡し場所（一次避難場所）の届出",
    body="""東浜市 障害者支援課 ご担当者様

お世話になっております。ひのでジュニア汐見の中条です。
非常災害対策計画の見直しに伴い、災害時の児童の引渡し場所を下記のとおり届け出ます。

区分　　　　　　名称　　　　　　　　　所在地
一次避難場所　　汐見第二公園　　　　　東浜市汐見町4-10
二次避難場所　　東浜市立汐見小学校　　東浜市汐見町2-1
引渡し場所　　　汐見地区センター　　　東浜市汐見町6-3-1（TEL 045-774-3300）
福祉避難所　　　東浜市福祉会館　　　　東浜市南浜1-1-1

保護者様には10月の保護者会で周知いたします。

中条 陸
ひのでジュニア汐見 045-774-6180
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="避難場所（公共施設）の名称・所在地の一覧: 人のデータではない",
)

M(
    sender=frm("nagai"),
    to=["宮坂 様 <miyasaka@mirai-sodan.jp>"],
    subject="FW: 【若葉市】令和9年度報酬改定に関する説明会の開催について",
    body="""宮坂様

お世話になっております。永井です。
市から届いた説明会の案内です。相談支援事業所も対象とのことでしたので、念のため転送いたします。

---------- 転送メッセージ ----------
差出人: 若葉市 障害福祉課 <shogai-fukushi@city.wakaba.lg.jp>
日付: 2026年10月1日
件名: 【若葉市】令和9年度報酬改定に関する説明会の開催について

市内障害福祉サービス事業所 各位

令和9年度障害福祉サービス等報酬改定に関する説明会を下記のとおり開催します。
日時：10月22日（木）14:00～16:00
会場：若葉市役所 本庁舎 8階 大会議室
対象：市内の障害福祉サービス事業所・障害児通所支援事業所・相談支援事業所
申込：10月15日までに電子申請システムから

若葉市 健康福祉局 障害福祉課 事業者指導係
TEL 045-820-1234（代表）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="市からの一般的な事業者向け通知の転送: 転送だが個人データも区分表示もない",
)

_c = kid("jihatsu")
M(
    sender=frm("ishibashi"),
    to=[f"{_c['parent']} 様 <{_c['sei_ro']}.{_c['parent_ro']}{_rng.randrange(10, 99)}@gmail.com>"],
    subject="【ひのでキッズ若葉台】10月の行事予定",
    html="""<html><body>
<p>保護者様</p>
<p>いつもありがとうございます。ひのでキッズ若葉台の石橋です。<br>10月の行事予定をお知らせします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>日付</th><th>行事</th><th>場所</th><th>持ち物</th></tr>
<tr><td>10/7（水）</td><td>お芋ほり</td><td>若葉ふれあい農園</td><td>軍手・着替え・タオル</td></tr>
<tr><td>10/16（金）</td><td>遠足</td><td>県立こども自然公園</td><td>お弁当・水筒・レジャーシート</td></tr>
<tr><td>10/24（土）</td><td>ハロウィン会</td><td>事業所プレイルーム</td><td>仮装（任意）</td></tr>
<tr><td>10/30（金）</td><td>避難訓練</td><td>事業所</td><td>なし</td></tr>
</table>
<p>ご不明な点はお気軽にお問い合わせください。</p>
<p>ひのでキッズ若葉台　石橋 綾<br>TEL 045-821-3301</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="HTMLのみの表だが行事予定（日付・場所）で人のデータではない: 保護者1名（フリーメール）",
)

_c = kid("hoday")
M(
    sender=frm("sugawara"),
    to=[f"{_c['parent']} 様 <{_c['sei_ro']}.{_c['parent_ro']}{_rng.randrange(10, 99)}@gmail.com>"],
    cc=[f"{_c['sei']} 様 <{_c['sei_ro']}-papa@yahoo.co.jp>"],
    subject="個別面談の日程について",
    body=f"""{_c['sei']} 様（ご両親様）

いつもお世話になっております。ひのでキッズ本郷の菅原です。
後期の個別面談について、お父様もご参加を希望されているとのことでしたので、お二人にお送りしています。

候補日：10月10日（土）10:00／10月17日（土）10:00／10月20日（火）18:00
所要時間：30分程度

ご都合のよい日をお知らせください。

{sig("sugawara", 2)}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="同じ家庭の両親（フリーメール2件）への面談日程: 外部は2者のみで互いに既知",
)

M(
    sender=frm("takano"),
    to=["みどり保育園 園長先生 <info@midori-hoikuen.or.jp>"],
    subject="見学会チラシ掲示のお願い",
    body="""みどり保育園
園長先生

いつもお世話になっております。ひのでキッズ若葉台の高野です。
11月に開催する見学会のチラシを作成しました。
保護者様向けの掲示板に掲示していただくことは可能でしょうか。
PDFを添付いたします。印刷したものは来週お届けに伺います。

高野 美咲
ひのでキッズ若葉台 045-821-3301
""",
    attachments=[{"kind": "pdf", "name": "kengakukai_chirashi.pdf", "title": "見学会のご案内",
                  "lines": ["ひのでキッズ若葉台 見学会のご案内", "11月14日（土）・11月28日（土）10:00～12:00",
                            "ことばや集団生活が気になるお子さまと保護者の方へ",
                            "会場：ひのでキッズ若葉台（若葉市若葉台2-4-1）", "お申込み：TEL 045-821-3301"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="見学会チラシのPDF（事業所の住所・電話のみ）を保育園へ",
)

M(
    sender=frm("kawabata"),
    to=["若葉市 障害福祉課 <shogai-fukushi@city.wakaba.lg.jp>"],
    subject="保育所等訪問支援 研修会の日程表（案）",
    body="""若葉市 障害福祉課 ご担当者様

お世話になっております。日の出ケアサポートの川端です。
市と共催で予定している保育所等訪問支援の研修会について、日程表（案）を添付します。
会場予約の都合上、今月中にご確認いただけますと幸いです。

川端 さやか
日の出ケアサポート株式会社 こども発達支援事業部
TEL 045-820-1100
""",
    attachments=[{"kind": "xlsx", "name": "kenshu_nittei_an.xlsx",
                  "sheets": {"日程": [["保育所等訪問支援 研修会 日程表（案）"], [],
                                    ["回", "日付", "時間", "テーマ", "会場"],
                                    [1, "2026/11/12", "14:00-16:00", "訪問支援の基本", "若葉市福祉会館"],
                                    [2, "2026/12/10", "14:00-16:00", "保育所との連携の実際", "若葉市福祉会館"],
                                    [3, "2027/01/21", "14:00-16:00", "事例検討（匿名事例）", "市役所8階"]],
                             "備考": [["定員", "各回40名"], ["対象", "市内の保育所・幼稚園・通所事業所の職員"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="研修日程表XLSX（複数シート）: 日付・会場のみで個人データなし",
)

# =========================================================================================
# L. a privacy officer could judge either way (either)
# =========================================================================================

_c = kid("jihatsu")
M(
    sender=frm("takano"),
    to=[f"{_c['parent']} 様 <{_c['mail']}>"],
    subject="個別支援計画（案）のご確認のお願い",
    body=f"""{_c['parent']} 様

いつもありがとうございます。ひのでキッズ若葉台の高野です。
先日の面談の内容をふまえて、{_c['mei']}さんの個別支援計画（案）を作成しました。
ご確認いただき、修正したい点があれば次回の来所時にお知らせください。
ご同意いただけましたら、署名欄にご署名のうえご提出をお願いします。

高野
""",
    attachments=[{"kind": "docx", "name": f"個別支援計画案_{_c['sei']}.docx",
                  "paragraphs": [f"個別支援計画（案）　利用児童：{_c['name']}　生年月日：{wareki(_c['dob'])}",
                                 "診断名：自閉スペクトラム症、知的発達症（軽度）",
                                 "長期目標：身の回りのことを手順表を見ながら自分で行う。",
                                 "短期目標：手洗い・着替えを声かけ1回でできる。"]}],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="診断名入りの個別支援計画だが送り先は当の児童の保護者本人（フリーメール）: 正当な宛先とも停止対象とも言える",
)

_c = kid("hoday")
M(
    sender=frm("sugawara"),
    to=["若葉市 障害福祉課 給付係 <kyufu@city.wakaba.lg.jp>"],
    subject="支給量の変更申請の進捗について（問い合わせ）",
    body=f"""若葉市 障害福祉課 給付係 ご担当者様

お世話になっております。ひのでキッズ本郷の菅原です。
8月に保護者様が提出された支給量変更申請の進捗について、お問い合わせいたします。

　児童氏名：{_c['name']}
　生年月日：{_c['dob'].strftime('%Y年%m月%d日')}
　受給者証番号：{_c['jukyu']}
　現在の支給量：月15日 → 申請：月23日（原則の日数）

10月からの利用計画に影響するため、決定の見込み時期を教えていただけますでしょうか。

{sig("sugawara")}
""",
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="児童1名の受給者証番号・生年月日を支給決定した市に問い合わせ: 障害福祉サービス利用の事実が要配慮かは判断が分かれる",
)

_k = kids(5)
_rows = [["児童名", "学年", "お迎え時刻", "車両"]]
for c in _k:
    _rows.append([c["name"], _rng.choice(["小4", "小5", "中1", "中2", "小6"]), _rng.choice(["14:55", "15:05"]),
                  _rng.choice(["1号車（白）", "2号車（シルバー）"])])
M(
    sender=frm("sugawara"),
    to=["三上 先生 <mikami@wakaba-sn.ed.jp>"],
    subject="2学期 下校時お迎え対象者（本郷利用分）",
    body=f"""若葉特別支援学校
三上先生

お世話になっております。ひのでキッズ本郷の菅原です。
2学期に本郷の送迎車でお迎えに伺う貴校の児童生徒の一覧です。
昇降口での引渡しの際にご確認ください。

{padded(_rows)}

変更がある場合は前日までにご連絡いたします。

{sig("sugawara", 2)}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="5名の氏名・学年・迎え時刻だが、学校自身の児童生徒を引渡しのために学校へ: 連絡先等はなく判断が分かれる",
)

# -- ids: shuffled so that the order says nothing about the label -----------------------------
_rng.shuffle(MESSAGES)
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"jihatsu-{_i:03d}"
