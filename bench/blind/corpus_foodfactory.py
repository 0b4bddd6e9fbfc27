"""Blind corpus — area "foodfactory": 日の出産業's food manufacturing plants (食品工場).

Hygiene checks and stool tests (検便), health declarations, foreign technical intern
trainees (技能実習生) and their supervising organisation (監理団体), temp agencies, shift
rosters, allergen controls, product recalls and customer complaints, HACCP audits,
retailers' buyers and logistics.

Every person, number, address, phone number, e-mail address and domain below (other than
the organisation's and its partners' domains named in BRIEF.md) is invented.
My Numbers and card numbers come from build.my_number() / build.card_number() with seeds
starting at 7901 (7901, 7902, … in order of use).
"""

from __future__ import annotations

import random

from build import card_number, my_number

_rng = random.Random(7901)
_seed = [7901]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    """full-width digits and separators"""
    return s.translate(_FW)


_SUR = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "松本", "井上", "木村", "斎藤", "清水", "山崎", "池田",
        "橋本", "阿部", "石川", "小鳥遊", "四月一日", "鬼塚", "左右田", "一ノ瀬", "御手洗",
        "東雲", "五百旗頭", "帯刀", "忽那", "丹生", "雲母", "栗花落", "百瀬", "蛭子", "猪狩",
        "南雲", "仁平", "磯貝", "飯干", "舎利弗", "十河", "生天目", "笠置", "海老原"]
_GIV = ["美咲", "陽子", "恵美", "裕子", "健太", "大輔", "翔太", "直樹", "由美", "真由美",
        "和也", "拓也", "さくら", "千尋", "浩二", "久美子", "光", "智子", "隆", "明美",
        "亮介", "彩", "修", "洋子", "優斗", "結衣", "誠", "早苗", "涼子", "勝", "ひとみ",
        "まゆみ", "清美", "文子", "正人"]
_KANA_SUR = ["ヤマグチ", "オオツカ", "ハセガワ", "キクチ", "ムラカミ", "ノグチ", "アライ",
             "タカツカ", "イイヅカ", "コンドウ", "ミズシマ", "ホリエ", "サカキバラ", "ツツミ"]
_KANA_GIV = ["ハルミ", "ケイコ", "ユウジ", "マサヒロ", "サチコ", "トモヤ", "エリカ", "ノブオ",
             "ミホ", "タツヤ", "アヤカ", "ヒロシ", "ナナミ"]
_INTERNS = [
    ("NGUYEN VAN THANH", "ベトナム"), ("TRAN THI HUONG", "ベトナム"),
    ("LE VAN DUC", "ベトナム"), ("PHAM THI LAN", "ベトナム"),
    ("HOANG VAN NAM", "ベトナム"), ("VU THI MAI", "ベトナム"),
    ("DO VAN HUNG", "ベトナム"), ("BUI THI NGA", "ベトナム"),
    ("AHMAD FAUZI", "インドネシア"), ("SITI NURHALIZA", "インドネシア"),
    ("RIZKY PRATAMA", "インドネシア"), ("DEWI LESTARI", "インドネシア"),
    ("MARIA CLARA SANTOS", "フィリピン"), ("JOHN PAUL REYES", "フィリピン"),
    ("AUNG KYAW MOE", "ミャンマー"), ("THIN THIN AYE", "ミャンマー"),
]
_CITIES = [
    ("300-2645", "茨城県つくば市上郷"), ("300-0812", "茨城県土浦市下高津"),
    ("300-1234", "茨城県牛久市中央"), ("300-0134", "茨城県かすみがうら市深谷"),
    ("300-2417", "茨城県つくばみらい市富士見ヶ丘"), ("305-0035", "茨城県つくば市松代"),
    ("425-0041", "静岡県焼津市石津"), ("426-0067", "静岡県藤枝市前島"),
    ("427-0022", "静岡県島田市本通"), ("061-1447", "北海道恵庭市京町"),
    ("066-0062", "北海道千歳市千代田町"), ("300-4115", "茨城県土浦市藤沢"),
]


def name() -> str:
    return f"{_rng.choice(_SUR)} {_rng.choice(_GIV)}"


def names(n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        x = name()
        if x not in out:
            out.append(x)
    return out


def kana_names(n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        x = f"{_rng.choice(_KANA_SUR)} {_rng.choice(_KANA_GIV)}"
        if x not in out:
            out.append(x)
    return out


def mobile() -> str:
    return f"0{_rng.choice('789')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"


def address(with_zip: bool = True) -> str:
    z, c = _rng.choice(_CITIES)
    a = f"{c}{_rng.randint(1, 5)}-{_rng.randint(1, 30)}-{_rng.randint(1, 20)}"
    return f"〒{z} {a}" if with_zip else a


def dob_west() -> str:
    return f"{_rng.randint(1968, 2003)}/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}"


def dob_intern() -> str:
    return f"{_rng.randint(1995, 2004)}/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}"


def dob_wareki() -> str:
    era = _rng.choice(["昭和", "平成"])
    y = _rng.randint(40, 63) if era == "昭和" else _rng.randint(1, 14)
    return f"{era}{y}年{_rng.randint(1, 12)}月{_rng.randint(1, 28)}日"


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (_rng.choice(L) + _rng.choice(L) + f"{_rng.randint(0, 99999999):08d}"
            + _rng.choice(L) + _rng.choice(L))


def passport(country: str) -> str:
    if country == "ベトナム":
        return f"C{_rng.randint(1000000, 9999999)}"
    if country == "インドネシア":
        return f"{_rng.choice('BXC')}{_rng.randint(1000000, 9999999)}"
    if country == "フィリピン":
        return f"P{_rng.randint(1000000, 9999999)}{_rng.choice('ABC')}"
    return f"MD{_rng.randint(100000, 999999)}"


def pension() -> str:
    return f"{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}"


def sig(name_: str, dept: str, tel: str, mail: str, plant: str = "つくば工場") -> str:
    addr = {
        "つくば工場": "〒300-2651 茨城県つくば市鬼ヶ窪１０２０−３",
        "静岡工場": "〒425-0088 静岡県焼津市大覚寺８８０",
        "恵庭工場": "〒061-1405 北海道恵庭市戸磯５５１−２",
        "本社": "〒103-0027 東京都中央区日本橋３−４−１５ 日の出ビル７F",
    }[plant]
    return (f"--\n日の出産業株式会社 食品事業部 {plant}\n{dept}　{name_}\n{addr}\n"
            f"TEL {tel}　Mail {mail}")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "送信者にご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and "
                 "delete this e-mail.")

KITO = "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"
SHOJI = "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 由香 <odagiri.yuka@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>"
YAKUSHIJI = "薬師寺 航 <yakushiji.wataru@hinode-sangyo.co.jp>"
ICHIBANGASE = "一番ヶ瀬 奈緒 <ichibangase.nao@hinode-sangyo.co.jp>"
IMAKIIRE = "今給黎 健 <imakiire.ken@hinode-sangyo.co.jp>"
YAMANASHI = "月見里 桜 <yamanashi.sakura@hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 翔 <teshigawara.sho@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 恵 <domeki.megumi@hinode-sangyo.co.jp>"
NAKASONE = "仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>"

S_KITO = sig("鬼頭 真理子", "品質保証部 品質保証課", "029-847-5510", "kito.mariko@hinode-sangyo.co.jp")
S_SHOJI = sig("東海林 剛", "工場長", "029-847-5501", "shoji.tsuyoshi@hinode-sangyo.co.jp")
S_ODAGIRI = sig("小田切 由香", "総務課", "029-847-5503", "odagiri.yuka@hinode-sangyo.co.jp")
S_IGARASHI = sig("五十嵐 拓海", "人事部 技能実習生受入担当", "03-5201-7714",
                 "igarashi.takumi@hinode-sangyo.co.jp", "本社")
S_YAKUSHIJI = sig("薬師寺 航", "営業部 量販グループ", "03-5201-7730",
                  "yakushiji.wataru@hinode-sangyo.co.jp", "本社")
S_ICHI = sig("一番ヶ瀬 奈緒", "お客様相談室", "0120-XXX-XXX（フリーダイヤル）／03-5201-7790",
             "ichibangase.nao@hinode-sangyo.co.jp", "本社")
S_IMAKIIRE = sig("今給黎 健", "物流課", "054-629-3302", "imakiire.ken@hinode-sangyo.co.jp", "静岡工場")
S_YAMANASHI = sig("月見里 桜", "衛生管理室（保健師）", "029-847-5520",
                  "yamanashi.sakura@hinode-sangyo.co.jp")
S_TESHI = sig("勅使河原 翔", "生産管理課", "054-629-3310", "teshigawara.sho@hinode-sangyo.co.jp",
              "静岡工場")
S_DOMEKI = sig("百目鬼 恵", "管理部 経理課", "03-5201-7705", "domeki.megumi@hinode-sangyo.co.jp", "本社")
S_NAKASONE = sig("仲宗根 亮", "情報システム課", "03-5201-7740", "nakasone.ryo@hinode-sangyo.co.jp",
                 "本社")

M: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    M.append({"expect": expect, "entities": entities, "detectors": detectors, "note": note,
              **kw})


# ---------------------------------------------------------------------------------------
# 1 stop: 検便結果一覧 (XLSX) to the temp agency
_n = names(11)
_rows = [["つくば工場 腸内細菌検査（検便）結果一覧　令和７年５月実施分"], [],
         ["No", "社員番号", "氏名", "所属ライン", "検体採取日", "赤痢菌", "サルモネラ", "O157", "判定"]]
for i, nm in enumerate(_n, 1):
    pos = i == 7
    _rows.append([i, f"H{_rng.randint(20000, 29999)}", nm, _rng.choice(["惣菜A", "惣菜B", "包装", "洗浄"]),
                  "2025/05/12", "陰性", "陽性" if pos else "陰性", "陰性", "要再検査・就業制限" if pos else "異常なし"])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "stool-test results of 11 named dispatched workers (one positive) in an XLSX to the temp agency",
    charset="iso-2022-jp", sender=KITO,
    to=["守屋 様 <moriya@fuji-staff.co.jp>"], cc=["odagiri.yuka@hinode-sangyo.co.jp"],
    subject="5月分 検便結果のご共有（派遣スタッフ様分）",
    body=("株式会社フジスタッフサービス\n守屋様\n\nいつもお世話になっております。\n日の出産業 品質保証部の鬼頭です。\n\n"
          "5月12日に実施した腸内細菌検査の結果が出ましたので、貴社から派遣いただいているスタッフ様の分を"
          "添付にてお送りします。\nうち1名がサルモネラ陽性となっており、再検査で陰性が確認できるまで"
          "製造ラインへの配置はできません。\n配置転換または自宅待機のご相談をさせてください。\n\n"
          "よろしくお願いいたします。\n\n" + S_KITO),
    attachments=[{"kind": "xlsx", "name": "検便結果_202505_派遣.xlsx",
                  "sheets": {"結果": _rows, "備考": [["再検査予定日", "2025/05/19"]]}}])

# 2 pass: product spec sheet with allergens to a retailer buyer
add("pass", [], [],
    "product spec sheet with allergen table to a retailer buyer: no personal data",
    charset="cp932", sender=YAKUSHIJI,
    to=["株式会社まるやまストア 柏木様 <kashiwagi@maruyama-store.co.jp>"],
    subject="【規格書送付】秋の新商品 3品（惣菜・デザート）",
    body=("株式会社まるやまストア\n商品部 デイリー担当 柏木様\n\nいつも大変お世話になっております。\n"
          "日の出産業の薬師寺でございます。\n\n先日ご商談いただきました秋の新商品3品につきまして、"
          "商品規格書を添付いたします。\nアレルゲン（特定原材料8品目・準ずるもの20品目）の表示内容は"
          "各シート下段にまとめてございます。\n\n  商品コード  商品名                   特定原材料\n"
          "  ---------------------------------------------------------\n"
          "  HS-24071    かぼちゃの煮物 180g      小麦\n"
          "  HS-24072    きのこの炊き込みご飯     小麦・大豆（準）\n"
          "  HS-24075    さつまいもプリン         卵・乳\n\n"
          "ご不明点がございましたらお申し付けください。\n引き続きよろしくお願い申し上げます。\n\n" + S_YAKUSHIJI),
    attachments=[{"kind": "xlsx", "name": "規格書_HS-24071_24072_24075.xlsx",
                  "sheets": {"HS-24071": [["商品名", "かぼちゃの煮物 180g"], ["賞味期限", "製造日含む4日"],
                                          ["保存方法", "要冷蔵 10℃以下"], ["アレルゲン", "小麦"]],
                             "HS-24072": [["商品名", "きのこの炊き込みご飯"], ["アレルゲン", "小麦・大豆"]],
                             "HS-24075": [["商品名", "さつまいもプリン"], ["アレルゲン", "卵・乳成分"]]}}])

# 3 stop: intern residence cards / passports padded table to the supervising organisation
_int = _INTERNS[:6]
_lines = ["  氏名                 国籍        生年月日     在留カード番号    旅券番号",
          "  ------------------------------------------------------------------------"]
for nm, ctry in _int:
    _lines.append(f"  {nm:<20} {ctry:<6}  {dob_intern()}   {residence_card()}     {passport(ctry)}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"], ["personal_data"],
    "six interns' residence card and passport numbers with birth dates in the body to the supervising org",
    charset="utf-8", sender=IGARASHI,
    to=["比嘉 様 <higa@asia-jinzai.or.jp>"],
    subject="在留期間更新 対象者一覧（つくば工場 1号→2号）",
    body=("協同組合アジア人材交流機構\n比嘉様\n\nお世話になっております。日の出産業 人事部の五十嵐です。\n"
          "2号移行に伴う在留期間更新の対象者を以下にまとめました。\n申請書作成をお願いできますでしょうか。\n\n"
          + "\n".join(_lines) +
          "\n\n在留カードの写しは別途郵送いたします。\nよろしくお願いいたします。\n\n" + S_IGARASHI))

# 4 pass: internal stool test list
_n = names(18)
_tbl = "\n".join(f"{i:>2}\t{nm}\t{'陽性（ノロ）' if i == 5 else '陰性'}" for i, nm in enumerate(_n, 1))
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "norovirus stool-test results of 18 staff, but every recipient is internal",
    charset="iso-2022-jp", sender=YAMANASHI,
    to=["shoji.tsuyoshi@hinode-sangyo.co.jp", "kito.mariko@hinode-sangyo.co.jp"],
    cc=["hoken-kanri@tsukuba.hinode-sangyo.co.jp"],
    subject="ノロウイルス検査結果（冬季追加検査）",
    body=("工場長、鬼頭さん\n\nお疲れさまです。月見里です。\n冬季追加のノロウイルス遺伝子検査の結果です。\n"
          "5番の方が陽性のため、本日より就業停止とし、本人には電話で連絡済みです。\n\n"
          "No\t氏名\t結果\n" + _tbl + "\n\n社内限りの扱いでお願いします。\n\n" + S_YAMANASHI))

# 5 stop: recall pickup list CSV to 青葉運輸
_n = names(9)
_rows = [["受付番号", "お名前", "郵便番号", "ご住所", "電話番号", "回収数量", "ロット"]]
for i, nm in enumerate(_n, 1):
    z, c = _rng.choice(_CITIES)
    _rows.append([f"RC-0611-{i:03d}", nm, z, f"{c}{_rng.randint(1, 5)}-{_rng.randint(1, 30)}-{_rng.randint(1, 20)}",
                  mobile(), _rng.randint(1, 6), "L250603A"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "recall pickup list of nine consumers with addresses and phones (CSV) to the logistics partner",
    charset="cp932", sender=IMAKIIRE,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="自主回収品の引取り依頼（通販ご購入者様宅）",
    body=("青葉運輸株式会社 配車センター御中\n\nいつもお世話になっております。日の出産業 静岡工場 物流課の今給黎です。\n"
          "先日ご連絡した「焼津かつお角煮」自主回収の件、通販でご購入のお客様宅からの引取りをお願いします。\n"
          "対象先は添付CSVのとおりです（9件）。\n引取り希望日：6/14（土）〜6/16（月）\n伝票は着払い、請求は当社宛でお願いします。\n\n"
          + S_IMAKIIRE),
    attachments=[{"kind": "csv", "name": "回収引取先リスト_0611.csv", "rows": _rows}])

# 6 stop: complaint — child's allergic reaction, forwarded to retailer with complainant contact
_c = name()
_tel = mobile()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one complainant's name and phone with her child's diagnosed egg-allergy reaction to the retailer buyer",
    charset="cp932", sender=ICHIBANGASE,
    to=["ハピネスマート 野々村様 <nonomura.t@happiness-mart.co.jp>"],
    subject="【至急】ミニハンバーグ弁当 お申し出の件（アレルギー症状）",
    body=("株式会社ハピネスマート\n野々村様\n\nお世話になっております。日の出産業 お客様相談室の一番ヶ瀬です。\n"
          "本日、貴社 牛久店でご購入のお客様より下記のお申し出がございましたので取り急ぎご報告いたします。\n\n"
          f"■お申し出者：{_c} 様\n■連絡先：{_tel}\n■商品：ミニハンバーグ弁当（消費期限 6/20、製造所固有記号 +TK）\n"
          "■内容：5歳のお子様が喫食後、口の周りの発赤と嘔吐があり救急外来を受診。医師より卵アレルギーによる"
          "アナフィラキシーの疑いと診断された。表示では卵は「なし」となっていた、とのこと。\n\n"
          "現在、製造記録と原材料（つなぎ）の規格書を確認中です。結果は本日中に改めてご連絡いたします。\n\n" + S_ICHI))

# 7 stop: shift roster with phones (XLSX, title row, 2 sheets) to the temp agency
_n = names(9)
_r1 = [["つくば工場 第2製造課 7月前半シフト表（派遣スタッフ）"], ["氏名", "携帯番号", "7/1", "7/2", "7/3", "7/4", "7/5"]]
for nm in _n:
    _r1.append([nm, mobile()] + [_rng.choice(["早", "遅", "夜", "休"]) for _ in range(5)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "shift roster of nine dispatched workers with mobile numbers (XLSX) to the temp agency",
    charset="utf-8", sender=ODAGIRI,
    to=["ワークメイト東海 岩佐様 <iwasa.k@workmate-tokai.jp>"],
    subject="7月前半シフト表の送付",
    body=("ワークメイト東海\n岩佐様\n\nお世話になっております。日の出産業つくば工場 総務の小田切です。\n"
          "7月前半のシフト表をお送りします。欠員が出そうな日は「休」の箇所を調整いただけると助かります。\n"
          "当日の欠勤連絡は各スタッフの携帯から直接ライン長へお願いします。\n\n" + S_ODAGIRI),
    attachments=[{"kind": "xlsx", "name": "シフト表_7月前半.xlsx",
                  "sheets": {"第2製造課": _r1, "凡例": [["早", "6:00-15:00"], ["遅", "13:00-22:00"], ["夜", "22:00-7:00"]]}}])

# 8 pass: shipping schedule with tracking numbers to 青葉運輸
add("pass", [], [],
    "shipping schedule and tracking numbers to the logistics partner",
    charset="iso-2022-jp", sender=IMAKIIRE,
    to=["aoba-ops@aoba-unyu.co.jp"],
    subject="6/9週 定期便スケジュールと送り状番号",
    body=("青葉運輸 運行管理ご担当者様\n\nお世話になっております。日の出産業 静岡工場 物流課の今給黎です。\n"
          "来週の定期便スケジュールです。\n\n"
          "・6/9（月）　焼津→厚木DC　チルド 10t　送り状 4021-5588-1301\n"
          "・6/10（火）焼津→越谷DC　チルド 4t×2　送り状 4021-5588-1302／1303\n"
          "・6/12（木）焼津→浜松DC　冷凍 4t　送り状 4021-5588-1304\n"
          "・6/13（金）焼津→厚木DC　チルド 10t　送り状 4021-5588-1305\n\n"
          "積込時刻はいずれも 5:30 です。パレット数は前日15時までに確定させます。\n\n" + S_IMAKIIRE))

# 9 stop: three retailers visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "HACCP audit notice to buyers of three retailers all visible in To",
    charset="iso-2022-jp", sender=KITO,
    to=["kashiwagi@maruyama-store.co.jp", "nonomura.t@happiness-mart.co.jp", "kira@coop-hikari.or.jp"],
    subject="つくば工場 HACCP更新審査の日程について（ご案内）",
    body=("お取引先各位\n\nいつも大変お世話になっております。日の出産業 品質保証部の鬼頭でございます。\n\n"
          "つくば工場では、下記日程でJFS-B規格の更新審査を受審いたします。\n審査期間中は工場見学・立入を"
          "お受けできませんので、ご了承くださいますようお願い申し上げます。\n\n記\n"
          "　審査日：2025年7月8日（火）〜9日（水）\n　審査機関：一般財団法人日本食品安全認証機構\n"
          "　対象：惣菜・弁当製造ライン全般\n以上\n\n" + S_KITO))

# 10 stop: complainant (gmail) + retailer + law firm all in To/Cc
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "reply to a complainant on free mail with the retailer and the law firm visible in To/Cc",
    charset="utf-8", sender=ICHIBANGASE,
    to=["羽生田 千晴 <chiharu.hanyuda@gmail.com>"],
    cc=["kashiwagi@maruyama-store.co.jp", "oyama@shirakawa-law.jp"],
    subject="Re: 購入した商品に金属片が入っていた件",
    body=("羽生田 千晴 様\n\nこの度は弊社製品「五目いなり寿司」にてご不快な思いをおかけし、誠に申し訳ございません。\n"
          "お送りいただいた異物は、弊社にて分析を行いましたところ、製造設備のステンレス製部品の一部である"
          "可能性が高いことが判明いたしました。\n\n今後の対応につきましては、販売店であるまるやまストア様、"
          "ならびに弊社顧問弁護士とも共有のうえ、改めてご連絡させていただきます。\n\n"
          "重ねてお詫び申し上げます。\n\n" + S_ICHI +
          "\n\n> 2025/06/02 20:41 羽生田 千晴 <chiharu.hanyuda@gmail.com>:\n> 昨日購入したいなり寿司に金属片が入っていました。\n"
          "> 子どもが食べる前に気づいたので良かったですが、説明をお願いします。\n"))

# 11 stop: look-alike kitaguni-food.co.jp
add("stop", [], ["lookalike_domain"],
    "production plan to 北国フーズ sent to kitaguni-food.co.jp (dropped s): look-alike of a partner domain",
    charset="cp932", sender=TESHIGAWARA,
    to=["北国フーズ 生産管理 <seisan@kitaguni-food.co.jp>"],
    subject="OEM 8月生産計画（確定版）",
    body=("北国フーズ株式会社 生産管理ご担当様\n\nお世話になっております。日の出産業 静岡工場 生産管理課の勅使河原です。\n"
          "8月のOEM生産計画（確定版）を添付いたします。\n前回版から、ザンギ弁当の8/18週を 2,400食→3,000食 に増量しております。\n\n"
          + S_TESHI),
    attachments=[{"kind": "csv", "name": "OEM生産計画_202508.csv",
                  "rows": [["品番", "品名", "8/4週", "8/11週", "8/18週", "8/25週"],
                           ["KF-1102", "ザンギ弁当", 2400, 2400, 3000, 2400],
                           ["KF-1108", "鮭いくら風ちらし", 1200, 800, 1200, 1200],
                           ["KF-1120", "豚丼の具 冷凍", 5000, 5000, 5000, 4000]]}])

# 12 pass: internal roster of interns with residence cards, to a subdomain
_rows = [["氏名", "国籍", "在留カード番号", "在留期限"]]
for nm, ctry in _INTERNS[6:14]:
    _rows.append([nm, ctry, residence_card(), f"2026/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}"])
add("pass", ["PERSON_NAME", "JP_RESIDENCE_CARD"], [],
    "interns' residence-card list sent between internal addresses (a subdomain counts as internal)",
    charset="utf-8", sender=IGARASHI,
    to=["odagiri.yuka@tsukuba.hinode-sangyo.co.jp"],
    subject="在留期限管理表（6月更新）",
    body=("小田切さん\n\nお疲れさまです。五十嵐です。\n在留期限管理表を6月時点で更新しました。期限3か月前の方は"
          "黄色にしています。工場側の保管用にお使いください。\n\n五十嵐"),
    attachments=[{"kind": "xlsx", "name": "在留期限管理表_2025-06.xlsx", "sheets": {"つくば": _rows}}])

# 13 stop: look-alike of own domain (letter added)
add("stop", [], ["lookalike_domain"],
    "meeting notice addressed to hinode-sangyou.co.jp, a look-alike of the company's own domain",
    charset="iso-2022-jp", sender=SHOJI,
    to=["品質保証部 鬼頭 <kito.mariko@hinode-sangyou.co.jp>"],
    subject="来週の衛生委員会の議題",
    body=("鬼頭さん\n\nお疲れさまです。東海林です。\n来週の衛生委員会ですが、議題を以下で考えています。\n\n"
          "1. 5月の異物混入クレーム件数（前月比）\n2. 手洗い設備の更新（第1工場入口）\n3. 夏季の温度管理（冷蔵庫開閉ルール）\n\n"
          "他にあれば追加してください。\n\n東海林"))

# 14 stop: HACCP internal audit report PDF stamped 社外秘 to the consultant
add("stop", [], ["confidential_marking"],
    "internal HACCP audit report PDF stamped 社外秘 in its page header sent to the outside consultant",
    charset="cp932", sender=KITO,
    to=["立花 様 <tachibana@foodsafety-lab.jp>"],
    subject="内部監査報告書（2025年度 第1回）ご確認のお願い",
    body=("株式会社フードセーフティ・ラボ\n立花様\n\nお世話になっております。鬼頭です。\n"
          "先月実施した内部監査の報告書をお送りします。指摘事項の是正計画について、来週のご訪問時に"
          "ご助言をいただけますと幸いです。\n\n" + S_KITO),
    attachments=[{"kind": "pdf", "name": "内部監査報告書_2025-1.pdf", "title": "内部監査報告書",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 品質保証部",
                  "lines": ["2025年度 第1回 内部監査報告書（つくば工場）", "",
                            "1. 監査日：2025年5月21日〜22日", "2. 監査員：品質保証部 鬼頭、生産管理課 勅使河原",
                            "3. 指摘事項", "  (1) CCP2 加熱工程の中心温度記録に記入漏れ 3件（5/2, 5/9, 5/14）",
                            "  (2) アレルゲン切替時の洗浄確認（ATP検査）記録が一部未承認",
                            "  (3) 原材料受入時の温度確認記録の様式が旧版のまま",
                            "4. 総評：重大な不適合はないが、記録の承認手順を見直すこと"]}])

# 15 pass: NDA talk with a new OEM partner
add("pass", [], [],
    "mail about a non-disclosure agreement (秘密保持契約): the word is mentioned, nothing is marked",
    charset="iso-2022-jp", sender=YAKUSHIJI,
    to=["宇留野 様 <urune@tohoku-delica.co.jp>"],
    subject="秘密保持契約書（案）のご確認",
    body=("株式会社東北デリカ\n宇留野様\n\nいつもお世話になっております。日の出産業の薬師寺です。\n"
          "先日お話しした共同開発の件、まずは秘密保持契約を締結させていただきたく、弊社ひな形をお送りします。\n"
          "第3条（秘密情報の範囲）と第8条（有効期間 3年）について、貴社法務部のご意見をいただけますでしょうか。\n"
          "レシピや配合比率は締結後に開示させていただく予定です。\n\nよろしくお願いいたします。\n\n" + S_YAKUSHIJI),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書", "株式会社東北デリカ（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、",
                                 "共同商品開発の検討にあたり、相互に開示する秘密情報の取扱いについて、以下のとおり契約を締結する。",
                                 "第1条（目的）…", "第3条（秘密情報の範囲）…", "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]}])

# 16 stop: password ZIP to the supervising organisation
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP of intern documents to the supervising organisation (cannot be inspected)",
    charset="cp932", sender=IGARASHI,
    to=["higa@asia-jinzai.or.jp"],
    subject="実習実施状況報告の書類一式",
    body=("比嘉様\n\nお世話になっております。五十嵐です。\n実習実施状況報告の書類一式をお送りします。\n"
          "パスワードは別メールでお送りします。\n\n" + S_IGARASHI),
    attachments=[{"kind": "zip", "name": "実習実施状況報告_202506.zip", "password": "Hinode0611",
                  "files": [{"kind": "txt", "name": "報告書.txt", "text": "実習実施状況報告 つくば工場 8名"}]}])

# 17 stop: corrupt XLSX to the retailer
add("stop", [], ["unscannable_attachment"],
    "damaged XLSX attachment to a retailer buyer: it cannot be read",
    charset="utf-8", sender=YAKUSHIJI,
    to=["nonomura.t@happiness-mart.co.jp"],
    subject="5月 納品実績",
    body=("野々村様\n\nお世話になっております。薬師寺です。\n5月の納品実績をお送りします。ご査収ください。\n\n" + S_YAKUSHIJI),
    attachments=[{"kind": "corrupt", "name": "納品実績_202505.xlsx"}])

# 18 stop: an intern's My Number to the tax accountant
_mn = mynum()
add("stop", ["PERSON_NAME", "JP_MY_NUMBER"], ["personal_data"],
    "one intern's マイナンバー in the body to the outside tax accountant",
    charset="iso-2022-jp", sender=DOMEKI,
    to=["税理士法人あさひ会計 木暮様 <kogure@asahi-kaikei.jp>"],
    subject="年末調整 追加分（実習生1名）",
    body=("木暮様\n\nお世話になっております。日の出産業 経理の百目鬼です。\n"
          "年末調整の対象者に1名漏れがありましたので追加をお願いします。\n\n"
          "　氏名：PHAM THI LAN（ファム ティ ラン）\n　所属：つくば工場 第1製造課（技能実習2号）\n"
          f"　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n　扶養：なし\n\n"
          "源泉徴収簿は明日お送りします。\n\n" + S_DOMEKI))

# 19 pass: one complainant's contact to a retailer (hair found, no health issue)
_c = name()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one complainant's name and phone to the retailer (a hair in a product, no health data): may warn",
    charset="cp932", sender=ICHIBANGASE,
    to=["kira@coop-hikari.or.jp"],
    subject="毛髪混入のお申し出（ひじき煮 150g）",
    body=("生活協同組合コープひかり 商品検査室\n吉良様\n\nお世話になっております。一番ヶ瀬です。\n"
          "組合員様からのお申し出につき、共有いたします。\n\n"
          f"お申し出者：{_c} 様（組合員番号は貴会でご確認ください）\nご連絡先：{fw(mobile())}\n"
          "商品：ひじき煮 150g　賞味期限 2025.06.18\n内容：開封時に黒い毛髪（約3cm）が1本混入\n\n"
          "現品は明日回収予定です。回収後、毛髪の鑑定結果を報告書にまとめてお送りします。\n\n" + S_ICHI))

# 20 stop: health insurance card number of one temp worker to the labour consultant
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], ["personal_data"],
    "one worker's 健康保険証 記号・番号 and birth date to the outside labour & social security office",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["社会保険労務士法人みなと <info@minato-sr.jp>"],
    subject="資格取得届の件（パート1名）",
    body=("社会保険労務士法人みなと\nご担当者様\n\nお世話になっております。日の出産業 つくば工場 総務の小田切です。\n"
          "6月入社のパート社員について、前職の保険証情報が届きましたのでお知らせします。\n\n"
          f"氏名　　：{_rng.choice(_KANA_SUR)} {_rng.choice(_KANA_GIV)}\n生年月日：{dob_wareki()}\n"
          f"健康保険証（前職・協会けんぽ）記号 {fw(str(_rng.randint(10000000, 39999999)))}　番号 {fw(str(_rng.randint(1, 300)))}\n\n"
          "資格取得届の作成をお願いいたします。\n\n" + S_ODAGIRI))

# 21 stop: basic pension numbers of new hires (UTF-8 CSV)
_n = names(6)
_rows = [["氏名", "フリガナ", "生年月日", "基礎年金番号", "入社日"]]
for nm in _n:
    _rows.append([nm, "", dob_west(), pension(), "2025-07-01"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "six new hires' basic pension numbers and birth dates (UTF-8 CSV) to the labour consultant",
    charset="utf-8", sender=ODAGIRI,
    to=["hanawa@minato-sr.jp"],
    subject="7/1入社 6名分 社保手続き",
    body=("塙様\n\nいつもありがとうございます。小田切です。\n7/1入社の製造スタッフ6名分の情報をCSVでお送りします。\n"
          "フリガナは本人確認中のため空欄です。\n\n小田切（日の出産業 つくば工場 総務）"),
    attachments=[{"kind": "csv", "name": "new_hires_0701.csv", "encoding": "utf-8", "rows": _rows}])

# 22 pass: temp agency request, no names
add("pass", [], [],
    "request to the temp agency for more workers, no personal data",
    charset="utf-8", sender=SHOJI,
    to=["守屋様 <moriya@fuji-staff.co.jp>"],
    subject="お盆期間の増員のお願い",
    body=("フジスタッフサービス\n守屋様\n\nいつもお世話になっております。日の出産業 つくば工場の東海林です。\n"
          "お盆の帰省需要向けにオードブルの増産が決まりました。つきましては下記の増員をお願いできますでしょうか。\n\n"
          "　期間：8/8（金）〜8/15（金）\n　人数：盛付 6名、洗浄 2名\n　時間：6:00〜15:00（休憩60分）\n"
          "　条件：食品工場経験者が望ましい／検便提出が必要です（費用当社負担）\n\n"
          "8/1までに人数の目処をお知らせいただけますと助かります。\n\n" + S_SHOJI))

# 23 stop: forwarded consumer mail (eml) with food-poisoning diagnosis to the retailer's QA
_c = name()
_fwd = {"charset": "iso-2022-jp", "sender": f"{_c} <{_rng.choice(['sora', 'tama', 'kaede'])}.{_rng.randint(10, 99)}@yahoo.co.jp>",
        "to": ["okyakusama@hinode-sangyo.co.jp"], "subject": "お弁当を食べて具合が悪くなりました",
        "body": (f"日の出産業 お客様相談室 御中\n\n{_c}と申します。\n6月3日にスーパーやまびこ 土浦店で買った"
                 "「とり五目弁当」を夕食に食べたところ、夜中から激しい腹痛と下痢になりました。\n"
                 "翌日、近所の内科を受診したところ「細菌性の食中毒（カンピロバクターの疑い）」と診断されました。\n"
                 "家族で同じものを食べた夫も同じ症状です。\n\n"
                 f"住所：{address()}\n電話：{mobile()}\n\nきちんと説明してください。")}
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forwarded consumer mail (attached .eml) with her address, phone and a food-poisoning diagnosis to the retailer",
    charset="iso-2022-jp", sender=KITO,
    to=["スーパーやまびこ 品質管理室 <hinshitsu@yamabiko-super.co.jp>"],
    subject="FW: お弁当を食べて具合が悪くなりました",
    body=("スーパーやまびこ 品質管理室 御中\n\nお世話になっております。日の出産業 品質保証部の鬼頭です。\n"
          "貴社土浦店でご購入のお客様から、当社お客様相談室宛に届いたメールを転送いたします。\n"
          "保健所への届出の要否を含め、本日中にお打合せさせてください。\n\n" + S_KITO),
    attachments=[{"kind": "eml", "name": "お客様メール_0604.eml", "message": _fwd}])

# 24 stop: HTML-only table of consumers who reported, to the OEM partner
_n = names(7)
_tr = "".join(f"<tr><td>{i}</td><td>{nm}</td><td>{mobile()}</td><td>{_rng.choice(['異臭', '膨張', '酸味'])}</td>"
              f"<td>{_rng.choice(['札幌市', '千歳市', '恵庭市', '江別市'])}</td></tr>" for i, nm in enumerate(_n, 1))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only table of seven complainants with phone numbers to the OEM partner",
    charset="utf-8", sender=TESHIGAWARA,
    to=["品質管理 佐竹様 <satake@kitaguni-foods.co.jp>"],
    subject="【共有】豚丼の具 膨張クレーム お申し出者一覧",
    html=("<html><body><p>北国フーズ株式会社<br>品質管理 佐竹様</p>"
          "<p>お世話になっております。日の出産業 勅使河原です。<br>"
          "ロット L250528K の膨張に関するお申し出を、お客様相談室の受付分から抜き出しました。"
          "貴社からも折り返しのご連絡が必要な方がいらっしゃれば、こちらの番号をお使いください。</p>"
          "<table border='1' cellpadding='3'><tr><th>No</th><th>お名前</th><th>電話番号</th><th>内容</th><th>地域</th></tr>"
          + _tr + "</table><p>以上、よろしくお願いいたします。</p>"
          "<p>日の出産業株式会社 静岡工場 生産管理課<br>勅使河原 翔　TEL 054-629-3310</p></body></html>"))

# 25 pass: English mail to overseas supplier about COA
add("pass", [], [],
    "English mail to an overseas raw-material supplier about certificates of analysis",
    charset="utf-8", sender="Mariko Kito <kito.mariko@hinode-sangyo.co.jp>",
    to=["Ms. Lina Hartono <lina.hartono@nusantara-spice.com>"],
    subject="COA request - white pepper powder, lot NSP-2505-117",
    body=("Dear Ms. Hartono,\n\nThank you for your continued support.\n\n"
          "Could you send us the Certificate of Analysis for the white pepper powder, lot NSP-2505-117, "
          "which arrived at our Tsukuba plant on June 2? Our incoming inspection needs the microbiological "
          "results (total plate count, coliforms, Salmonella) and the allergen cross-contact statement.\n\n"
          "We would also appreciate your updated HACCP certificate, as the copy on file expires in August.\n\n"
          "Best regards,\n\nMariko Kito\nQuality Assurance Dept.\nHinode Sangyo Co., Ltd. - Tsukuba Plant\n"
          "Tel +81-29-847-5510\n\n" + DISCLAIMER_EN))

# 26 stop: English list of food handlers with DOB to foreign auditor
_n = [("Haruka", "Mizushima"), ("Kenta", "Oyamada"), ("Yui", "Sekiguchi"), ("Daiki", "Tokoro"),
      ("Sayuri", "Wakatsuki"), ("Noboru", "Kanbayashi"), ("Emi", "Ikegaya")]
_rows = ["Employee No.  Name                 Date of birth  Line             Hygiene training"]
for g, s in _n:
    _rows.append(f"TK-{_rng.randint(1000, 9999)}       {g + ' ' + s:<20} {dob_west()}     "
                 f"{_rng.choice(['Ready meals', 'Packing    ', 'Washing    '])}      2025-04-{_rng.randint(10, 28)}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "list of seven line workers with dates of birth sent to a foreign audit firm",
    charset="utf-8", sender="Mariko Kito <kito.mariko@hinode-sangyo.co.jp>",
    to=["audit-team@globalfoodaudit.com"],
    subject="Pre-audit documents: food handler list (Tsukuba plant)",
    body=("Dear Audit Team,\n\nAs requested in your pre-audit checklist (item 4.3), please find below the list "
          "of food handlers on the ready-meal line who will be interviewed during the audit.\n\n"
          + "\n".join(_rows) +
          "\n\nTraining records are available on site.\n\nKind regards,\nMariko Kito\nQA, Hinode Sangyo Co., Ltd."))

# 27 stop: English to Vietnamese sending organisation with passport numbers
_rows = ["No. | Full name (passport) | Date of birth | Passport No. | Arrival"]
for i, (nm, ctry) in enumerate(_INTERNS[:8], 1):
    _rows.append(f"{i} | {nm} | {_rng.randint(1, 28):02d}/{_rng.randint(1, 12):02d}/{_rng.randint(1996, 2004)} | "
                 f"{passport('ベトナム')} | 2024-10-{_rng.randint(1, 28):02d}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "eight trainees' passport numbers and birth dates to the overseas sending organisation",
    charset="utf-8", sender="Takumi Igarashi <igarashi.takumi@hinode-sangyo.co.jp>",
    to=["Mr. Dang Quoc Bao <bao.dang@vnhr-export.com>"],
    subject="Passport renewal check - trainees at Hinode Tsukuba",
    body=("Dear Mr. Bao,\n\nHello from Hinode Sangyo. Several of our technical intern trainees' passports "
          "expire before the end of their training period. Could you confirm the renewal procedure with "
          "the Embassy for the trainees below?\n\n" + "\n".join(_rows) +
          "\n\nThank you in advance.\n\nTakumi Igarashi\nHR Dept. (Technical Intern Training)\nHinode Sangyo Co., Ltd.\n"
          "+81-3-5201-7714"))

# 28 pass: HACCP audit schedule to the certification body
add("pass", [], [],
    "audit schedule and agenda to the certification body, no personal data",
    charset="iso-2022-jp", sender=KITO,
    to=["JFSC 審査部 <audit@jfsc-cert.or.jp>"],
    subject="更新審査の行程表について",
    body=("一般財団法人日本食品安全認証機構\n審査部 御中\n\nお世話になっております。日の出産業の鬼頭です。\n"
          "7月8日〜9日の更新審査について、当社側の行程案をお送りします。\n\n"
          "7/8（火）\n　 9:00　オープニングミーティング（2F会議室）\n　 9:30　HACCPプラン・CCPモニタリング記録確認\n"
          "　13:00　現場審査（原料受入〜加熱〜冷却）\n7/9（水）\n　 9:00　現場審査（包装・出荷、アレルゲン管理）\n"
          "　13:30　記録確認（教育訓練、苦情処理）\n　15:30　クロージングミーティング\n\n"
          "昼食はこちらでご用意いたします。\n\n" + S_KITO))

# 29 stop: one intern's TB diagnosis to the supervising organisation
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named trainee's tuberculosis diagnosis and hospitalisation reported to the supervising organisation",
    charset="cp932", sender=IGARASHI,
    to=["協同組合アジア人材交流機構 比嘉様 <higa@asia-jinzai.or.jp>"],
    subject="実習生の入院について（ご報告）",
    body=("比嘉様\n\nお世話になっております。五十嵐です。\nお電話でお伝えした件、書面でもご報告いたします。\n\n"
          "対象者：AUNG KYAW MOE（アウン チョー モー）さん　技能実習2号\n"
          "経緯：6/2の定期健康診断で胸部X線に所見あり、精密検査の結果、6/9に肺結核と診断され"
          "土浦の病院に入院となりました。\n保健所の指示により、同室の実習生3名も接触者健診を受けます。\n\n"
          "ご本人のご家族（ミャンマー）への連絡と、実習計画の変更手続きについてご相談させてください。\n\n" + S_IGARASHI))

# 30 stop: interns' payroll bank accounts (PDF table) to the supervising organisation
_rows = [["氏名", "銀行", "支店", "種別", "口座番号"]]
for nm, _c in _INTERNS[8:14]:
    _rows.append([nm, "みどり銀行", _rng.choice(["つくば支店", "土浦支店", "牛久支店"]), "普通", f"{_rng.randint(1000000, 9999999)}"])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six trainees' salary bank accounts in a PDF table to the supervising organisation",
    charset="iso-2022-jp", sender=DOMEKI,
    to=["kansa@asia-jinzai.or.jp"],
    subject="給与振込口座一覧（監査資料）",
    body=("協同組合アジア人材交流機構 監査ご担当者様\n\nお世話になっております。日の出産業 経理の百目鬼です。\n"
          "定期監査でご依頼のあった、実習生の給与振込口座の一覧をPDFでお送りします。\n"
          "賃金台帳は監査当日にご覧いただけるよう準備しております。\n\n" + S_DOMEKI),
    attachments=[{"kind": "pdf", "name": "給与振込口座一覧_実習生.pdf", "title": "給与振込口座一覧",
                  "lines": ["技能実習生 給与振込口座一覧（2025年6月現在）", "日の出産業株式会社 つくば工場", ""],
                  "table": _rows}])

# 31 pass: one complainant reply on free mail
add("pass", [], ["freemail_recipient"],
    "apology and replacement notice to one complainant on a carrier address: a single free-mail recipient",
    charset="iso-2022-jp", sender=ICHIBANGASE,
    to=["tk-hama0312@docomo.ne.jp"],
    subject="日の出産業 お客様相談室より（代替品発送のご案内）",
    body=("浜野様\n\nこのたびは弊社商品「だし巻き玉子」のラベル貼り違いにより、ご迷惑をおかけいたしましたこと、"
          "心よりお詫び申し上げます。\n代替品を本日、青葉運輸の宅配便にて発送いたしました。\n"
          "お問合せ番号：4021-7730-5516\n\nお届けは明後日午前の予定です。\n今後このようなことがないよう、"
          "ラベル貼付工程の確認を強化してまいります。\n\n日の出産業株式会社 お客様相談室\n一番ヶ瀬\n"
          "フリーダイヤル 0120-XXX-XXX（平日9:00〜17:00）"))

# 32 stop: 検便 schedule with DOB, tab-separated, to the lab
_n = names(12)
_t = "\n".join(f"{nm}\t{dob_west()}\t{_rng.choice(['男', '女'])}\t6/16" for nm in _n)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "tab-separated list of twelve employees with dates of birth sent to the stool-test laboratory",
    charset="cp932", sender=YAMANASHI,
    to=["東日本衛生検査センター 受付 <uketsuke@higashinihon-kensa.co.jp>"],
    subject="6月定期検便 検体提出者リスト（つくば工場）",
    body=("東日本衛生検査センター 受付ご担当様\n\nいつもお世話になっております。日の出産業つくば工場の月見里です。\n"
          "6/16（月）提出分の検体提出者リストです。採便容器は各人の名前ラベルを貼付済みです。\n\n"
          "氏名\t生年月日\t性別\t提出日\n" + _t + "\n\n集荷は午前10時でお願いします。\n\n" + S_YAMANASHI))

# 33 stop: bullets of part-timers with full-width mobile numbers to the temp agency
_n = names(5)
_b = "\n".join(f"・{nm}　{fw(mobile())}" for nm in _n)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "「・」bullet list of five workers with full-width mobile numbers to the temp agency",
    charset="iso-2022-jp", sender=SHOJI,
    to=["moriya@fuji-staff.co.jp"],
    subject="台風時の連絡網（派遣スタッフ分）",
    body=("守屋様\n\nお世話になっております。東海林です。\n台風接近時の出勤可否連絡のため、貴社スタッフのうち"
          "夜勤帯の方の連絡先を確認させてください。当社で把握している番号は以下です。\n\n" + _b +
          "\n\n変更があればお知らせください。\n\n" + S_SHOJI))

# 34 pass: store list (businesses) for recall removal
_stores = [("土浦店", "029-821-4410"), ("荒川沖店", "029-842-1183"), ("牛久店", "029-873-5520"),
           ("ひたち野うしく店", "029-870-2231"), ("つくば学園店", "029-855-6067"), ("研究学園店", "029-869-3301"),
           ("竜ケ崎店", "0297-64-0912"), ("取手店", "0297-72-3348"), ("守谷店", "0297-45-8801"),
           ("石岡店", "0299-26-1155"), ("阿見店", "029-888-2014"), ("かすみがうら店", "029-897-0423")]
add("pass", [], [],
    "list of twelve stores with their switchboard numbers for a recall: businesses, not people",
    charset="cp932", sender=YAKUSHIJI,
    to=["柏木様 <kashiwagi@maruyama-store.co.jp>"],
    subject="回収対象店舗の確認（焼津かつお角煮）",
    body=("柏木様\n\nお世話になっております。薬師寺です。\n本日の回収について、納品実績から対象店舗を抽出しました。\n"
          "売場からの撤去状況を各店にご確認いただけますでしょうか。\n\n店舗名　　　　　　電話番号\n"
          "－－－－－－－－－－－－－－－－－－\n" +
          "\n".join(f"{s:<10}　{t}" for s, t in _stores) +
          "\n\n当社からも各店へFAXでお知らせを送付済みです。\n\n" + S_YAKUSHIJI))

# 35 stop: one record per block — monthly complaint report to retailer
_blocks = []
for i in range(1, 6):
    _blocks.append(f"【{i}】受付日：6/{_rng.randint(1, 28)}\nお名前：{name()} 様\nTEL：{mobile()}\n"
                   f"住所：{address(with_zip=False)}\n商品：{_rng.choice(['鶏そぼろ丼', '親子丼の具', 'ポテトサラダ', '肉じゃが'])}\n"
                   f"内容：{_rng.choice(['容器の破損', '異物（ビニール片）', '表示の誤り', '量が少ない'])}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "monthly complaint report with five complainants' names, phones and addresses, one record per block",
    charset="utf-8", sender=ICHIBANGASE,
    to=["nonomura.t@happiness-mart.co.jp"],
    subject="6月度 お申し出報告（ハピネスマート様分）",
    body=("野々村様\n\nいつもお世話になっております。お客様相談室の一番ヶ瀬です。\n"
          "6月度に貴社店舗でご購入のお客様からいただいたお申し出をまとめました。\n\n" + "\n\n".join(_blocks) +
          "\n\nいずれも対応は完了しております。\n\n" + S_ICHI))

# 36 stop: 食品衛生責任者 list in legacy XLS to the public health centre
_n = names(6)
_rows = [["営業許可更新 食品衛生責任者等一覧"], ["氏名", "生年月日", "住所", "資格", "講習修了年月日"]]
for nm in _n:
    _rows.append([nm, dob_wareki(), address(with_zip=False), _rng.choice(["食品衛生責任者", "調理師", "栄養士"]),
                  f"令和{_rng.randint(1, 6)}年{_rng.randint(1, 12)}月"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "six staff with 和暦 birth dates and home addresses (legacy XLS) to the public health centre",
    charset="cp932", sender=ODAGIRI,
    to=["土浦保健所 衛生課 <eisei@hokenjo.pref-hinata.lg.jp>"],
    subject="営業許可更新に伴う資料の提出",
    body=("土浦保健所 衛生課 御中\n\nお世話になっております。日の出産業株式会社 つくば工場の小田切です。\n"
          "営業許可更新に関し、ご指示のあった食品衛生責任者等の一覧をお送りします。\n\n" + S_ODAGIRI),
    attachments=[{"kind": "xls", "name": "食品衛生責任者一覧.xls", "sheets": {"一覧": _rows}}])

# 37 pass: two external organisations in To/Cc — label change meeting
add("pass", [], ["multiple_external_domains"],
    "three-way meeting mail with the OEM partner and the label printer: two external organisations",
    charset="iso-2022-jp", sender=TESHIGAWARA,
    to=["satake@kitaguni-foods.co.jp"], cc=["錦印刷 営業部 森脇様 <moriwaki@nishiki-insatsu.co.jp>"],
    subject="アレルゲン表示変更に伴うラベル改版の打合せ",
    body=("北国フーズ 佐竹様\n（cc：錦印刷 森脇様）\n\nお世話になっております。日の出産業 勅使河原です。\n"
          "原材料のつなぎ変更により、ザンギ弁当の表示に「卵」が追加となります。\nラベル改版のスケジュールを"
          "三社で確認したく、下記いずれかでお時間をいただけますでしょうか。\n\n"
          "　・6/17（火）14:00〜\n　・6/18（水）10:00〜\n　・6/19（木）15:00〜\n\nWeb会議（Teams）を予定しています。\n\n" + S_TESHI))

# 38 stop: reply whose NEW text reports a positive stool test (quoted text harmless)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the new text of a reply names a dispatched worker with a positive norovirus test",
    charset="cp932", sender=YAMANASHI,
    to=["iwasa.k@workmate-tokai.jp"],
    subject="Re: 来週の配置について",
    body=("岩佐様\n\nお世話になっております。月見里です。\n来週の配置の件、1点お知らせがあります。\n"
          "貴社の鶴見 悠真さんですが、今回の検便でノロウイルス陽性となりました。\n"
          "陰性確認まで製造エリアには入れませんので、来週は配置から外していただけますか。\n"
          "ご本人には当社からも電話で伝えています。\n\n月見里\n\n"
          "-----Original Message-----\nFrom: 岩佐 <iwasa.k@workmate-tokai.jp>\nSent: Monday, June 9, 2025 9:12 AM\n"
          "Subject: 来週の配置について\n\n月見里様\n来週も今週と同じメンバーで伺います。変更があればご連絡ください。\n岩佐"))

# 39 pass: reply with a complainant's details only in quoted text
add("pass", [], [],
    "short reply; the complainant's details are only in the quoted mail from the retailer",
    charset="iso-2022-jp", sender=ICHIBANGASE,
    to=["hinshitsu@yamabiko-super.co.jp"],
    subject="Re: 【お客様情報】竜ケ崎店 お申し出",
    body=("スーパーやまびこ 品質管理室 御中\n\n承知いたしました。本日17時までに当社からお客様へお電話いたします。\n"
          "対応結果は明朝ご報告いたします。\n\n一番ヶ瀬\n\n"
          "> 日の出産業 お客様相談室 一番ヶ瀬様\n>\n> 竜ケ崎店にて下記のお申し出がありました。ご対応をお願いします。\n"
          f"> お客様：{name()} 様\n> 電話：{mobile()}\n> 住所：{address(with_zip=False)}\n"
          "> 内容：サラダに虫のようなものが入っていた\n>\n> スーパーやまびこ 品質管理室"))

# 40 stop: look-alike aoba-unyu.com (other TLD)
add("stop", [], ["lookalike_domain"],
    "shipment instructions to aoba-unyu.com, a TLD-swapped look-alike of the partner aoba-unyu.co.jp",
    charset="iso-2022-jp", sender=IMAKIIRE,
    to=["haisha@aoba-unyu.com"],
    subject="臨時便のお願い（6/20 焼津→厚木）",
    body=("青葉運輸 配車センター御中\n\n日の出産業 静岡工場の今給黎です。\n6/20（金）に臨時便を1台お願いします。\n"
          "　車格：チルド 10t\n　積込：5:00 焼津工場 2番バース\n　納品：厚木DC 10:00 指定\n　パレット：14枚\n\n" + S_IMAKIIRE))

# 41 stop: shift roster to a worker's personal gmail
_n = names(8)
_t = "\n".join(f"{nm:<8}  {mobile()}  {_rng.choice(['早番', '遅番'])}" for nm in _n)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "freemail_recipient"],
    "line roster with eight colleagues' mobile numbers sent to a part-timer's personal gmail",
    charset="utf-8", sender=SHOJI,
    to=["yuki.sakakibara.88@gmail.com"],
    subject="来週の包装ラインのメンバーと連絡先",
    body=("榊原さん\n\n来週から包装ラインのリーダーをお願いすることになったので、メンバーと連絡先を送ります。\n"
          "欠勤連絡はこの番号から来るはずです。\n\n" + _t + "\n\nよろしくお願いします。\n東海林"))

# 42 pass: logistics — distribution centres list (businesses)
add("pass", [], [],
    "list of distribution centres with addresses and phone numbers: businesses, not people",
    charset="utf-8", sender=IMAKIIRE,
    to=["aoba-ops@aoba-unyu.co.jp"],
    subject="8月からの納品先DC一覧（追加2か所）",
    body=("青葉運輸 運行管理ご担当者様\n\n8月から納品先が2か所増えます。一覧を更新しましたのでご確認ください。\n\n"
          "センター名,住所,電話,受付時間\n"
          "厚木DC,神奈川県厚木市上依知1-2-8,046-245-3310,4:00-12:00\n"
          "越谷DC,埼玉県越谷市流通団地3-1-4,048-990-2251,5:00-11:00\n"
          "浜松DC,静岡県浜松市中央区大久保町1120,053-485-6620,6:00-13:00\n"
          "（新）千葉北DC,千葉県千葉市花見川区三角町702,043-258-1190,4:00-10:00\n"
          "（新）つくばDC,茨城県つくば市高野台1-4,029-836-7755,5:00-12:00\n\n" + S_IMAKIIRE))

# 43 stop: corrupt DOCX to supervising organisation
add("stop", [], ["unscannable_attachment"],
    "a damaged DOCX (training diary) attached for the supervising organisation",
    charset="iso-2022-jp", sender=IGARASHI,
    to=["higa@asia-jinzai.or.jp"],
    subject="技能実習日誌（5月分）",
    body=("比嘉様\n\nお世話になっております。五十嵐です。\n5月分の技能実習日誌をお送りします。\n\n" + S_IGARASHI),
    attachments=[{"kind": "corrupt", "name": "技能実習日誌_202505.docx"}])

# 44 stop: 取扱注意 DOCX foreign-matter investigation report to retailer
add("stop", [], ["confidential_marking"],
    "foreign-matter investigation report whose DOCX header carries the marking 取扱注意",
    charset="cp932", sender=KITO,
    to=["柏木様 <kashiwagi@maruyama-store.co.jp>"],
    subject="金属片混入の調査報告書",
    body=("柏木様\n\nお世話になっております。鬼頭です。\n五目いなり寿司の金属片混入について、調査報告書を添付いたします。\n"
          "原因はスライサー刃の固定ネジ部の欠損で、金属探知機の感度設定にも不備がありました。\n\n" + S_KITO),
    attachments=[{"kind": "docx", "name": "調査報告書_金属片混入_0605.docx", "page_header": "取扱注意",
                  "paragraphs": ["調査報告書", "件名：五目いなり寿司への金属片混入について",
                                 "1. 事象　2025年6月1日製造品に長さ約4mmのステンレス片が混入",
                                 "2. 原因　スライサー刃固定ネジの欠損。金属探知機（Fe 1.0mm / SUS 2.0mm）の感度を超える大きさだったが、テストピース確認が1回漏れていた",
                                 "3. 対策　ネジの始業点検追加、金属探知機の感度確認を2時間毎に変更"]}])

# 45 pass: recall notice to a single retailer with lot numbers
add("pass", [], [],
    "recall notice to one retailer with JAN codes and lot numbers: product data only",
    charset="iso-2022-jp", sender=YAKUSHIJI,
    to=["happiness-mart 商品部 <shohin@happiness-mart.co.jp>"],
    subject="【自主回収のお知らせ】焼津かつお角煮 150g",
    body=("株式会社ハピネスマート 商品部 御中\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
          "弊社が製造いたしました下記商品において、アレルゲン（小麦）の表示欠落が判明したため、自主回収を行います。\n\n"
          "　商品名：焼津かつお角煮 150g\n　JANコード：4 912345 678904\n　対象ロット：L250603A／L250604A\n"
          "　賞味期限：2025.09.03／2025.09.04\n\n店頭からの撤去と在庫数のご報告をお願い申し上げます。\n"
          "お客様からのお問い合わせは弊社お客様相談室（0120-XXX-XXX）にて承ります。\n\n" + S_YAKUSHIJI))

# 46 stop: Muslim interns list (religion) to the canteen operator
_n = ["AHMAD FAUZI", "SITI NURHALIZA", "RIZKY PRATAMA", "DEWI LESTARI", "Muhammad IQBAL", "NUR AINI"]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names of six trainees tied to their religion (Muslim, halal meals, prayer) sent to the canteen contractor",
    charset="utf-8", sender=ODAGIRI,
    to=["ミールサポート 栄養士 白鳥様 <shiratori@mealsupport.co.jp>"],
    subject="社員食堂 ハラール対応のお願い",
    body=("株式会社ミールサポート\n白鳥様\n\nいつもおいしい食事をありがとうございます。総務の小田切です。\n"
          "7月から配属になるインドネシアの実習生のうち、下記6名がイスラム教徒で、豚肉・アルコールを含まない食事"
          "（ハラール）が必要です。ラマダン期間（来年2〜3月）は日中の食事をとらないため、夕食の持ち帰り対応も"
          "ご相談させてください。\n\n" + "\n".join(f"　{i}. {nm}" for i, nm in enumerate(_n, 1)) +
          "\n\nまた、休憩室の一角を礼拝スペースにする予定です。\n\n" + S_ODAGIRI))

# 47 stop: encrypted PDF audit report to the certification body
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF corrective-action report to the certification body",
    charset="cp932", sender=KITO,
    to=["audit@jfsc-cert.or.jp"],
    subject="是正処置報告書の提出（パスワード付）",
    body=("日本食品安全認証機構 審査部 御中\n\nお世話になっております。日の出産業の鬼頭です。\n"
          "前回審査の不適合2件について、是正処置報告書を提出いたします。\nPDFのパスワードは別途お電話でお伝えします。\n\n" + S_KITO),
    attachments=[{"kind": "pdf", "name": "是正処置報告書_NC-01_02.pdf", "password": "jfsc2025",
                  "lines": ["是正処置報告書", "NC-01 アレルゲン切替記録の未承認", "NC-02 受入温度記録様式の旧版使用"]}])

# 48 pass: factory tour attendees (4 people) to the retailer
_n = names(4)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "factory tour: four visitors' names and mobile numbers back to their own company — under five people",
    charset="iso-2022-jp", sender=SHOJI,
    to=["kira@coop-hikari.or.jp"],
    subject="工場見学（6/26）ご来場者様の確認",
    body=("コープひかり 吉良様\n\nお世話になっております。つくば工場の東海林です。\n6/26の工場見学、ご来場者を以下で承りました。\n"
          "当日の緊急連絡用に携帯番号をお伺いしております。\n\n" +
          "\n".join(f"　{nm}様（{mobile()}）" for nm in _n) +
          "\n\n当日は爪・アクセサリーのご確認と、5日以内の検便結果（または健康状態申告書）のご提出をお願いしております。\n"
          "申告書の様式を添付しましたので、当日ご持参ください。\n\n" + S_SHOJI),
    attachments=[{"kind": "docx", "name": "健康状態申告書_様式.docx",
                  "paragraphs": ["工場見学者 健康状態申告書（様式）", "氏名：＿＿＿＿＿＿", "□ 下痢・嘔吐・発熱の症状はありません",
                                 "□ 手指に傷はありません", "署名：＿＿＿＿＿＿"]}])

# 49 stop: look-alike with homoglyph (IDN) of kawasaki-denki.co.jp
add("stop", [], ["lookalike_domain"],
    "maintenance request to xn--kawasaki-denk-gil.co.jp, a homoglyph (IDN) look-alike of 川崎電機's domain",
    charset="iso-2022-jp", sender=TESHIGAWARA,
    to=["川崎電機 サービス課 <service@xn--kawasaki-denk-gil.co.jp>"],
    subject="金属探知機 定期点検のご依頼",
    body=("川崎電機株式会社 サービス課 御中\n\nお世話になっております。日の出産業 静岡工場の勅使河原です。\n"
          "金属探知機の定期点検をお願いいたします。\n\n　機種：KMD-4500W（2台）\n　製造番号：K45-20911／K45-20912\n"
          "　希望日：7/2（水）または7/3（木）の午後（ライン停止時間帯）\n\n" + S_TESHI))

# 50 pass: internal health-declaration summary in HTML only
_n = names(6)
_tr = "".join(f"<tr><td>{nm}</td><td>{_rng.choice(['発熱 37.8℃', '下痢', '手指の切り傷', '嘔吐'])}</td>"
              f"<td>{_rng.choice(['帰宅', '包装工程へ配置替え', '手袋二重で就業'])}</td></tr>" for nm in _n)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "daily health-declaration exceptions of six staff in an HTML-only mail to internal recipients only",
    charset="utf-8", sender=YAMANASHI,
    to=["line-leaders@tsukuba.hinode-sangyo.co.jp"],
    subject="本日の健康チェック 要対応者",
    html=("<html><body><p>ライン長各位</p><p>本日の入場前健康チェックで申告のあった方です。対応を確認してください。</p>"
          "<table border='1'><tr><th>氏名</th><th>申告内容</th><th>対応</th></tr>" + _tr +
          "</table><p>衛生管理室 月見里</p></body></html>"))

# 51 stop: ZIP (not encrypted) with worker roster CSV + XLSX to a new temp agency
_n = kana_names(7)
_rows = [["氏名（カナ）", "住所", "携帯", "経験"]]
for nm in _n:
    _rows.append([nm, address(), mobile(), _rng.choice(["盛付", "洗浄", "包装", "検品"])])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "plain ZIP holding a CSV of seven former staff with addresses and mobiles, sent to a new temp agency",
    charset="cp932", sender=ODAGIRI,
    to=["営業部 鮫島様 <samejima@staffnet-kanto.co.jp>"],
    subject="登録いただきたい元スタッフの情報",
    body=("株式会社スタッフネット関東\n鮫島様\n\nお世話になっております。日の出産業 つくば工場の小田切です。\n"
          "以前当工場で勤務していた方のうち、再勤務を希望している方の情報をお送りします。\n"
          "貴社にご登録のうえ、8月から派遣いただけないでしょうか。\n\n" + S_ODAGIRI),
    attachments=[{"kind": "zip", "name": "再勤務希望者.zip",
                  "files": [{"kind": "csv", "name": "再勤務希望者.csv", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt", "text": "経験欄は最終配属工程です。"}]}])

# 52 pass: English reply to foreign buyer with quoted text
add("pass", [], [],
    "English reply to a foreign buyer about a shipment; the earlier mail is only quoted",
    charset="utf-8", sender="Wataru Yakushiji <yakushiji.wataru@hinode-sangyo.co.jp>",
    to=["Kevin O'Neill <koneill@pacificgrocers.com>"],
    subject="Re: Frozen gyoza - container booking for July",
    body=("Hi Kevin,\n\nThanks for confirming. We have booked a 40ft reefer from Shimizu port on July 18 "
          "(ETD), arriving Long Beach around August 1. The invoice number will be HS-EX-250718 and "
          "the PO reference is PG-PO-88412.\n\nThe allergen statement (wheat, soy, sesame) is printed on "
          "every carton in English.\n\nBest,\nWataru\n\n"
          "On Tue, Jun 10, 2025 at 4:02 PM Kevin O'Neill <koneill@pacificgrocers.com> wrote:\n"
          "> Wataru,\n> We're good with 2,400 cases for the July shipment. Please book the container\n"
          "> and send me the ETD.\n> Kevin"))

# 53 stop: credit card number of a mail-order customer
_cc = card()
_c = name()
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"], ["personal_data"],
    "a mail-order customer's credit card number forwarded to the payment agency for a refund",
    charset="iso-2022-jp", sender=ICHIBANGASE,
    to=["support@payflow.co.jp"],
    subject="返金処理のお願い（注文番号 HS-WEB-250611-0083）",
    body=("株式会社ペイフロー サポートご担当者様\n\nお世話になっております。日の出産業 お客様相談室の一番ヶ瀬です。\n"
          "自主回収対象商品をご購入のお客様について、カード決済の返金をお願いいたします。\n"
          "お客様がお電話でカード番号を読み上げられたため、照合用に記載いたします。\n\n"
          f"　注文番号：HS-WEB-250611-0083\n　お名前：{_c} 様\n　電話：{mobile()}\n"
          f"　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}\n　返金額：3,240円\n\n" + S_ICHI))

# 54 pass: temp agency — 3 workers start times with phones
_n = names(3)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three new dispatched workers' names and phones to their own agency — under five people",
    charset="cp932", sender=ODAGIRI,
    to=["iwasa.k@workmate-tokai.jp"],
    subject="来週月曜からの3名について",
    body=("岩佐様\n\nお世話になっております。小田切です。\n来週月曜から来ていただく3名の集合時間をお知らせします。\n\n"
          + "\n".join(f"{nm}さん（{mobile()}）：{t} 通用口集合" for nm, t in zip(_n, ["5:40", "5:40", "12:40"])) +
          "\n\n初日は衛生教育（30分）から入ります。白衣・帽子・長靴は当社で貸与します。\n\n" + S_ODAGIRI))

# 55 stop: 部外秘 PPTX with a list of affected consumers and symptoms
_n = names(5)
_slides = [["食中毒疑い事案 経過報告", "2025年6月10日 日の出産業株式会社 品質保証部"],
           ["有症者一覧"] + [f"{nm}（{_rng.randint(20, 78)}歳）{_rng.choice(['下痢・腹痛', '発熱・嘔吐', '腹痛'])} "
                             f"{_rng.choice(['土浦協同病院外来受診', '近医受診', '入院2日'])}" for nm in _n],
           ["原因究明", "検食からカンピロバクター検出（鶏むね肉の加熱不足の疑い）", "加熱工程 CCP1 の記録を確認中"]]
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "confidential_marking"],
    "PPTX marked 部外秘 listing five ill consumers with symptoms and hospital visits, to the retailer",
    charset="utf-8", sender=KITO,
    to=["hinshitsu@yamabiko-super.co.jp"],
    subject="6/10 打合せ資料（食中毒疑い事案）",
    body=("スーパーやまびこ 品質管理室 御中\n\n本日の打合せ資料をお送りします。\n\n鬼頭"),
    attachments=[{"kind": "pptx", "name": "経過報告_0610.pptx", "page_footer": "部外秘", "slides": _slides}])

# 56 pass: two external organisations — temp agency + supervising organisation meeting
add("pass", [], ["multiple_external_domains"],
    "meeting mail to the temp agency and the supervising organisation: two external organisations",
    charset="cp932", sender=SHOJI,
    to=["moriya@fuji-staff.co.jp", "higa@asia-jinzai.or.jp"],
    subject="夏季繁忙期の人員体制について（打合せのお願い）",
    body=("フジスタッフサービス 守屋様\n協同組合アジア人材交流機構 比嘉様\n\n"
          "いつもお世話になっております。日の出産業 つくば工場の東海林です。\n"
          "7〜8月の繁忙期に向け、派遣スタッフ様と実習生の配置（特に夜勤帯の作業範囲）を整理したく、"
          "一度お集まりいただけないでしょうか。\n\n候補：6/24（火）10:00〜11:00　つくば工場 2F会議室\n\n"
          "実習生の方の作業は実習計画の範囲内に限られるため、比嘉様にもご確認いただければと存じます。\n\n" + S_SHOJI))

# 57 stop: look-alike hyphen-for-dot of own domain
add("stop", [], ["lookalike_domain"],
    "mail to hinode-sangyo-co.jp (hyphen for the dot): a look-alike of the company's own domain",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["igarashi.takumi@hinode-sangyo-co.jp"],
    subject="実習生寮の備品購入について",
    body=("五十嵐さん\n\nお疲れさまです。小田切です。\n実習生寮（第2寮）の洗濯機が故障したため、買い替えの稟議を上げます。\n"
          "予算は 1台 78,000円（税込）、設置は来週中の予定です。\n費用負担の区分（寮費に含めるか）をご確認いただけますか。\n\n小田切"))

# 58 stop: 4 retailers visible in To for a recall notice
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "recall notice sent with four retailers' buyers visible in To instead of Bcc",
    charset="utf-8", sender=YAKUSHIJI,
    to=["kashiwagi@maruyama-store.co.jp", "shohin@happiness-mart.co.jp", "kira@coop-hikari.or.jp",
        "buyer-daily@yamabiko-super.co.jp"],
    subject="【重要】自主回収のお知らせ（焼津かつお角煮 150g）",
    body=("お取引先様各位\n\n平素は格別のご高配を賜り、厚く御礼申し上げます。\n"
          "弊社製造の「焼津かつお角煮 150g」において、原材料に含まれる小麦の表示欠落が判明いたしました。\n"
          "お取引先様には多大なるご迷惑をおかけし、深くお詫び申し上げます。\n\n"
          "対象ロット：L250603A、L250604A（賞味期限 2025.09.03、2025.09.04）\n"
          "店頭からの撤去と、在庫数量のご連絡をお願い申し上げます。\n\n" + S_YAKUSHIJI))

# 59 pass: announcement with retailers in Bcc
add("pass", [], [],
    "price revision notice with the retailers in Bcc and only the sender in To",
    charset="iso-2022-jp", sender=YAKUSHIJI,
    to=["yakushiji.wataru@hinode-sangyo.co.jp"],
    bcc=["kashiwagi@maruyama-store.co.jp", "shohin@happiness-mart.co.jp", "kira@coop-hikari.or.jp",
         "buyer-daily@yamabiko-super.co.jp", "buyer@fresh-nakaya.co.jp", "shiire@kurashi-mart.jp"],
    subject="価格改定のお願い（2025年9月納品分より）",
    body=("お取引先様各位\n\n平素より格別のお引き立てを賜り、誠にありがとうございます。\n"
          "原材料（米・食用油・鶏肉）および物流費の高騰により、誠に不本意ながら2025年9月納品分より"
          "一部商品の納品価格を改定させていただきたく、お願い申し上げます。\n\n"
          "　商品コード　　商品名　　　　　　　　現行　　改定後\n"
          "　HS-21001　　　とり五目弁当　　　　　398円　 428円\n"
          "　HS-21015　　　幕の内弁当　　　　　　458円　 498円\n"
          "　HS-22030　　　ポテトサラダ 200g　　 168円　 178円\n\n"
          "詳細は担当営業よりご説明に伺います。何卒ご理解賜りますようお願い申し上げます。\n\n" + S_YAKUSHIJI))

# 60 stop: drivers' licence numbers to a new logistics subcontractor
_n = names(5)
_rows = [["氏名", "運転免許証番号", "免許の種類", "有効期限"]]
for nm in _n:
    _rows.append([nm, f"第{_rng.randint(10, 99)}{_rng.randint(10**9, 10**10 - 1)}号", _rng.choice(["中型", "大型", "準中型"]),
                  f"令和{_rng.randint(8, 11)}年{_rng.randint(1, 12)}月{_rng.randint(1, 28)}日"])
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "five in-house drivers' licence numbers (DOCX table) sent to a new logistics subcontractor",
    charset="cp932", sender=IMAKIIRE,
    to=["構内管理 <kounai@suruga-logi.co.jp>"],
    subject="構内入構証の申請（当社ドライバー5名）",
    body=("駿河ロジスティクス株式会社 構内管理ご担当者様\n\nお世話になっております。日の出産業 静岡工場 物流課の今給黎です。\n"
          "7月から貴社清水センターへ自社便で納品するにあたり、入構証の申請書をお送りします。\n\n" + S_IMAKIIRE),
    attachments=[{"kind": "docx", "name": "入構証申請書_日の出産業.docx",
                  "paragraphs": ["構内入構証 申請書", "申請会社：日の出産業株式会社 静岡工場", "下記の者の入構を申請します。"],
                  "tables": [_rows]}])

# 61 pass: invoice with T-number to the retailer's accounting
def _corp_no(base12: str) -> str:
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), 1))
    return str(9 - s % 9) + base12


_tno = _corp_no("010401087654")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice mail with the company's registration T-number and invoice numbers: no personal data",
    charset="cp932", sender=DOMEKI,
    to=["まるやまストア 経理部 <keiri@maruyama-store.co.jp>"],
    subject="5月分 請求書送付（INV-2505-0417）",
    body=("株式会社まるやまストア 経理部 御中\n\nいつもお世話になっております。日の出産業 経理課の百目鬼です。\n"
          "5月分の請求書をPDFにてお送りいたします。\n\n　請求書番号：INV-2505-0417\n　請求金額：12,845,600円（税込）\n"
          "　お支払期日：2025年6月30日\n　振込先：みどり銀行 本店営業部 普通 0123456 ヒノデサンギヨウ（カ\n\n" + S_DOMEKI),
    attachments=[{"kind": "pdf", "name": "請求書_INV-2505-0417.pdf",
                  "lines": ["請求書", "株式会社まるやまストア 御中", "請求書番号 INV-2505-0417　発行日 2025/05/31",
                            f"日の出産業株式会社　登録番号 T{_tno}", "品目：惣菜・弁当 5月納品分", "合計 12,845,600円（うち消費税8% 951,525円）"]}])

# 62 stop: disability information of one worker to an employment-support NPO
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named worker's disability certificate grade and condition sent to an employment-support NPO",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["NPO法人ひだまり 就労支援 <shien@hidamari-npo.or.jp>"],
    subject="実習受入れ後の状況について",
    body=("NPO法人ひだまり\n就労支援ご担当 様\n\nお世話になっております。日の出産業つくば工場 総務の小田切です。\n"
          "先月から洗浄工程で勤務いただいている雲母 隼人さん（療育手帳B2、軽度知的障害）について、"
          "現場からのご報告です。\n作業手順は写真カードで覚えられており、遅刻もありません。"
          "一方、急な工程変更があると混乱されることがあるため、変更は前日までに伝えるよう現場に徹底しました。\n\n"
          "次回の定着支援面談は7/3を予定しています。\n\n" + S_ODAGIRI))

# 63 pass: anonymised complaint to a retailer
add("pass", [], [],
    "complaint summary with the consumer anonymised (age and sex only) to the retailer",
    charset="utf-8", sender=ICHIBANGASE,
    to=["buyer-daily@yamabiko-super.co.jp"],
    subject="お申し出のご報告（ポテトサラダ 200g）",
    body=("スーパーやまびこ デイリー部 御中\n\nお世話になっております。お客様相談室の一番ヶ瀬です。\n"
          "貴社阿見店でご購入のお客様（40代女性）より、「ポテトサラダの味が酸っぱい」とのお申し出がありました。\n"
          "現品を回収して検査したところ、一般生菌数・大腸菌群とも規格内で、酸味は使用している酢の配合によるものと"
          "考えられます。お客様にはご説明のうえ、ご了承いただいております。\n\n"
          "　商品：ポテトサラダ 200g　消費期限 2025.06.12　製造所固有記号 +TK\n\n" + S_ICHI))

# 64 stop: criminal record — former temp worker arrested for intentional contamination
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a former dispatched worker who was arrested for deliberate contamination (criminal information) to the retailer",
    charset="cp932", sender=SHOJI,
    to=["柏木様 <kashiwagi@maruyama-store.co.jp>"],
    subject="異物混入事案の続報",
    body=("柏木様\n\nお世話になっております。東海林です。\n先日ご報告した縫い針の混入事案について続報です。\n"
          "本日、警察より、当工場に派遣されていた元スタッフの忽那 慎吾（34）が偽計業務妨害の疑いで逮捕されたと"
          "連絡がありました。本人は容疑を認めているとのことです。\n"
          "同人が担当した期間（5/12〜5/30）の製品は全て出荷停止・回収済みです。\n\n"
          "報道発表の予定が決まりましたら改めてご連絡します。\n\n" + S_SHOJI))

# 65 pass: supervising organisation visit schedule, no names
add("pass", [], [],
    "schedule for the supervising organisation's periodic audit: headcounts only, no names",
    charset="iso-2022-jp", sender=IGARASHI,
    to=["kansa@asia-jinzai.or.jp"],
    subject="7月の定期監査 日程のご確認",
    body=("協同組合アジア人材交流機構 監査ご担当者様\n\nお世話になっております。日の出産業の五十嵐です。\n"
          "7月の定期監査について、下記の日程で承知いたしました。\n\n"
          "　日時：7月15日（火）13:00〜16:00\n　場所：つくば工場（面談は2F応接室）\n"
          "　対象：技能実習生 8名（1号 3名、2号 5名）\n　準備資料：賃金台帳、タイムカード、実習日誌、寮の写真\n\n"
          "面談では通訳の方の同席をお願いいたします。\n\n" + S_IGARASHI))

# 66 stop: shift call with five temp workers' personal addresses visible in To
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "urgent shift call to five workers' personal free-mail addresses, all visible in To",
    charset="utf-8", sender=SHOJI,
    to=["m.nagumo1990@gmail.com", "sachi-iga@yahoo.co.jp", "tomoya.k@icloud.com",
        "hrm-0724@ezweb.ne.jp", "aya.miz@outlook.jp"],
    subject="【急募】明日6/14（土）の早番に入れる方",
    body=("お疲れさまです。つくば工場の東海林です。\n明日6/14（土）早番（6:00〜15:00）の盛付ラインで2名欠員が出ました。\n"
          "入れる方はこのメールに返信か、工場（029-847-5501）まで電話をください。\n先着2名で締め切ります。\n\n東海林"))

# 67 pass: tsubasa-system attendance system issue, no personal data
add("pass", [], [],
    "support request to the system vendor about the attendance terminals, with an error log only",
    charset="utf-8", sender=NAKASONE,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="勤怠端末の打刻エラー（静岡工場）",
    body=("ツバサシステム株式会社 サポートご担当様\n\nお世話になっております。日の出産業 情報システム課の仲宗根です。\n"
          "静岡工場の勤怠端末（TR-800、2台）で、6/11 5:50頃から打刻時に「E-214 サーバ応答なし」が表示されます。\n"
          "工場側のネットワークは正常で、他の端末からはサーバに疎通できています。\n\n"
          "--- 端末ログ抜粋 ---\n2025-06-11 05:51:02 TR800-SZ01 E-214 timeout (10.20.4.15:8443)\n"
          "2025-06-11 05:51:40 TR800-SZ02 E-214 timeout (10.20.4.15:8443)\n"
          "2025-06-11 06:02:13 TR800-SZ01 retry 3/3 failed\n-------------------\n\n"
          "打刻は紙で代替しています。至急ご確認をお願いします。\n\n" + S_NAKASONE))

# 68 stop: 3 external organisations in To/Cc for an allergen label review
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "allergen label review mail with the printer, the retailer and the consultant all visible in To/Cc",
    charset="iso-2022-jp", sender=KITO,
    to=["moriwaki@nishiki-insatsu.co.jp"],
    cc=["kashiwagi@maruyama-store.co.jp", "tachibana@foodsafety-lab.jp"],
    subject="アレルゲン表示 校正刷りの確認（かつお角煮 改版）",
    body=("錦印刷 森脇様\n（cc：まるやまストア 柏木様、フードセーフティ・ラボ 立花様）\n\n"
          "お世話になっております。鬼頭です。\n回収に伴う改版ラベルの校正刷りを確認しました。\n"
          "「一部に小麦・大豆を含む」の文字サイズが8ポイント未満のため、8ポイント以上に修正をお願いします。\n"
          "柏木様には店頭POPとの整合を、立花様には表示基準上の確認をお願いできますでしょうか。\n\n" + S_KITO))

# 69 pass: press release draft to the law firm (partner)
add("pass", [], [],
    "draft recall press release sent to the company's law firm: no personal data",
    charset="cp932", sender=KITO,
    to=["白川法律事務所 大山先生 <oyama@shirakawa-law.jp>"],
    subject="社告（お詫びと回収のお知らせ）案のご確認",
    body=("白川法律事務所\n大山先生\n\nいつもお世話になっております。日の出産業の鬼頭です。\n"
          "明日掲載予定の社告案を添付いたします。「健康被害の報告はございません」の表現について、"
          "現時点の情報で問題ないかご確認いただけますでしょうか。\n\n" + S_KITO),
    attachments=[{"kind": "docx", "name": "社告案_0612.docx", "title": "お詫びと商品回収のお知らせ（案）",
                  "paragraphs": ["お詫びと商品回収のお知らせ", "このたび、弊社が製造いたしました「焼津かつお角煮 150g」の一部において、"
                                 "アレルギー物質（小麦）の表示が欠落していることが判明いたしました。",
                                 "小麦にアレルギーをお持ちのお客様が召し上がった場合、健康被害が生じる可能性があるため、自主回収いたします。",
                                 "なお、現在までに本件による健康被害の報告はございません。",
                                 "対象商品：焼津かつお角煮 150g　賞味期限 2025.09.03／2025.09.04",
                                 "お問い合わせ先：日の出産業株式会社 お客様相談室 0120-XXX-XXX"]}])

# 70 stop: forward of an internal stool-test mail to the HACCP consultant
_n = names(6)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forward (FW) of an internal mail listing six staff's stool-test results to the outside consultant",
    charset="utf-8", sender=KITO,
    to=["tachibana@foodsafety-lab.jp"],
    subject="FW: 検便 再検査結果",
    body=("立花様\n\nお世話になっております。鬼頭です。\n再検査の結果が出ましたので、社内の連絡をそのまま転送します。\n"
          "就業制限の解除基準について、これで問題ないかご意見をください。\n\n鬼頭\n\n"
          "---------- Forwarded message ---------\nFrom: 月見里 桜 <yamanashi.sakura@hinode-sangyo.co.jp>\n"
          "Date: 2025年6月11日(水) 17:20\nSubject: 検便 再検査結果\nTo: 鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>\n\n"
          "鬼頭さん\n\n再検査の結果です。\n" +
          "\n".join(f"　{nm}：{r}" for nm, r in zip(_n, ["サルモネラ 陰性（制限解除）", "サルモネラ 陰性（制限解除）",
                                                         "サルモネラ 陽性（継続）", "ノロ 陰性（制限解除）",
                                                         "ノロ 陰性（制限解除）", "ノロ 陽性（継続）"])) +
          "\n\n陽性の2名は来週再々検査です。\n月見里"))

# 71 pass: allergen changeover procedure to the consultant
add("pass", [], [],
    "allergen changeover procedure sent to the outside consultant: procedures only",
    charset="iso-2022-jp", sender=TESHIGAWARA,
    to=["tachibana@foodsafety-lab.jp"],
    subject="アレルゲン切替手順書（改訂案）のご相談",
    body=("立花様\n\nお世話になっております。静岡工場の勅使河原です。\nアレルゲン切替手順書の改訂案をお送りします。\n\n"
          "主な変更点\n・卵→卵不使用品への切替時、ATP検査に加えて卵タンパクの簡易キット検査を追加\n"
          "・切替時の洗浄確認者を「ライン長」から「品質保証課員」に変更\n"
          "・生産順序を「アレルゲン少→多」に固定し、例外時は品質保証課の承認制\n\n"
          "ご確認のほどよろしくお願いいたします。\n\n" + S_TESHI),
    attachments=[{"kind": "xlsx", "name": "アレルゲン切替手順_改訂案.xlsx",
                  "sheets": {"手順": [["No", "工程", "作業", "確認方法", "記録"],
                                      [1, "生産終了", "残品・包材の撤去", "目視", "切替記録表"],
                                      [2, "洗浄", "分解洗浄（スライサー・コンベア）", "目視＋ATP", "洗浄記録"],
                                      [3, "確認", "卵タンパク簡易検査", "キット判定", "切替記録表"],
                                      [4, "再開", "品質保証課員の承認", "署名", "切替記録表"]],
                             "生産順序": [["順", "品目", "アレルゲン"], [1, "白がゆ", "なし"], [2, "肉じゃが", "小麦・大豆"],
                                          [3, "だし巻き玉子", "卵・小麦・大豆"]]}}])

# 72 stop: health check result DOCX of one worker to the temp agency
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one dispatched worker's health-check results (blood pressure, liver values, referral) in a DOCX to the agency",
    charset="cp932", sender=YAMANASHI,
    to=["守屋様 <moriya@fuji-staff.co.jp>"],
    subject="雇入時健診の結果について（夜勤配置の可否）",
    body=("守屋様\n\nお世話になっております。衛生管理室の月見里です。\n貴社から夜勤配置のご希望があったスタッフの方について、"
          "雇入時健診の結果、産業医から夜勤は見合わせるよう意見がありました。結果票を添付します。\n\n" + S_YAMANASHI),
    attachments=[{"kind": "docx", "name": "健診結果_産業医意見.docx",
                  "paragraphs": ["雇入時健康診断 結果票（写）", "産業医意見：夜勤不可（要精密検査の結果確認まで）"],
                  "tables": [[["氏名", "生年月日", "受診日"], ["十河 美佐子", "S52.8.19", "2025/05/28"]],
                             [["項目", "結果", "判定"], ["血圧", "168/104", "D 要精密"], ["γ-GTP", "142", "C 要経過観察"],
                              ["空腹時血糖", "131", "C 要経過観察"], ["既往歴", "高血圧（服薬中断）", "—"]]]}])

# 73 pass: internal My Number collection for interns
_rows = [["氏名", "個人番号", "確認書類"]]
for nm, _c in _INTERNS[:4]:
    _rows.append([nm, mynum(), "在留カード（個人番号カード未取得）"])
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "interns' マイナンバー sent from the plant to head-office payroll: every recipient is internal",
    charset="utf-8", sender=ODAGIRI,
    to=["domeki.megumi@hinode-sangyo.co.jp"],
    cc=["payroll@honsha.hinode-sangyo.co.jp"],
    subject="6月入社 実習生の個人番号",
    body=("百目鬼さん\n\nお疲れさまです。小田切です。\n6月配属の実習生4名の個人番号を取得しました。\n"
          "通知カードの写しは社内便で送ります。\n\n小田切"),
    attachments=[{"kind": "xlsx", "name": "個人番号_6月配属.xlsx", "sheets": {"Sheet1": _rows}}])

# 74 stop: 【社外秘】 recipe/formulation sent to the label printer
add("stop", [], ["confidential_marking"],
    "mail classified 【社外秘】 in its subject and body carrying a recipe formulation, to the label printer",
    charset="iso-2022-jp", sender=TESHIGAWARA,
    to=["moriwaki@nishiki-insatsu.co.jp"],
    subject="【社外秘】ザンギ弁当 配合表（表示作成用）",
    body=("【社外秘】\n\n錦印刷 森脇様\n\nお世話になっております。勅使河原です。\n一括表示の作成用に、ザンギ弁当の配合表をお送りします。\n\n"
          "　原材料　　　　　配合比（%）\n　ご飯　　　　　　 58.0\n　鶏もも肉　　　　 18.5\n　小麦粉　　　　　  4.2\n"
          "　しょうゆ　　　　  2.8\n　全卵　　　　　　  1.6\n　その他　　　　　 14.9\n\n"
          "原材料名は配合比の多い順での記載をお願いします。\n\n" + S_TESHI))

# 75 pass: health centre notification, business information only
add("pass", [], [],
    "notice to the public health centre about a change of the plant's business licence: business data only",
    charset="cp932", sender=ODAGIRI,
    to=["eisei@hokenjo.pref-hinata.lg.jp"],
    subject="営業許可 変更届の事前相談",
    body=("土浦保健所 衛生課 御中\n\nお世話になっております。日の出産業株式会社 つくば工場の小田切です。\n"
          "第2製造棟に冷凍食品製造ラインを増設する計画があり、営業許可の変更届について事前にご相談させてください。\n\n"
          "　施設名：日の出産業株式会社 つくば工場\n　所在地：茨城県つくば市鬼ヶ窪1020-3\n"
          "　現在の許可：そうざい製造業、複合型そうざい製造業\n　追加予定：冷凍食品製造業\n　工事予定：2025年9月〜11月\n\n"
          "図面を持参のうえ伺いたいのですが、ご都合のよい日をお知らせください。\n\n" + S_ODAGIRI))

# 76 stop: residence card list XLSX (title row, two sheets) to the dormitory management company
_rows = [["技能実習生 入居者名簿（第2寮）"], ["部屋", "氏名", "国籍", "生年月日", "在留カード番号", "携帯"]]
for i, (nm, ctry) in enumerate(_INTERNS[8:15], 1):
    _rows.append([f"20{i}", nm, ctry, dob_intern(), residence_card(), mobile()])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"], ["personal_data"],
    "dormitory roster of seven trainees with residence card numbers, birth dates and mobiles (XLSX) to the landlord",
    charset="cp932", sender=IGARASHI,
    to=["つくばハウジング 管理部 <kanri@tsukuba-housing.co.jp>"],
    subject="第2寮 入居者名簿の提出",
    body=("株式会社つくばハウジング 管理部 御中\n\nお世話になっております。日の出産業 人事部の五十嵐です。\n"
          "賃貸借契約の特約に基づき、第2寮の入居者名簿を提出いたします。\n\n" + S_IGARASHI),
    attachments=[{"kind": "xlsx", "name": "入居者名簿_第2寮.xlsx", "title": "入居者名簿",
                  "sheets": {"入居者": _rows, "緊急連絡先": [["緊急連絡先", "日の出産業 人事部 03-5201-7714"]]}}])

# 77 pass: one freemail recipient — part-time applicant interview
add("pass", [], ["freemail_recipient"],
    "interview arrangements to one job applicant at a free-mail address",
    charset="iso-2022-jp", sender=ODAGIRI,
    to=["飯干 様 <iiboshi.k0815@yahoo.co.jp>"],
    subject="面接日時のご案内（日の出産業 つくば工場）",
    body=("飯干 様\n\nこのたびは、日の出産業つくば工場のパート募集にご応募いただき、ありがとうございます。\n"
          "面接を下記のとおり行いますので、ご来社ください。\n\n"
          "　日時：6月18日（水）10:00〜（30分程度）\n　場所：つくば工場 事務所棟1F 受付\n　持ち物：履歴書（写真貼付）、筆記用具\n\n"
          "食品工場のため、面接後に工場内の見学がございます。爪は短く切ってお越しください。\n"
          "ご都合が悪い場合はご連絡ください。\n\n" + S_ODAGIRI))

# 78 stop: My Number table in DOCX for six interns to the tax accountant
_rows = [["No", "氏名", "個人番号", "入国日"]]
for i, (nm, _c) in enumerate(_INTERNS[2:8], 1):
    _rows.append([str(i), nm, mynum(), f"2024/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}"])
add("stop", ["PERSON_NAME", "JP_MY_NUMBER"], ["personal_data"],
    "DOCX table of six trainees' マイナンバー sent to the outside tax accountant",
    charset="utf-8", sender=DOMEKI,
    to=["kogure@asahi-kaikei.jp"],
    subject="実習生 源泉・住民税の件（個人番号一覧）",
    body=("木暮様\n\nお世話になっております。百目鬼です。\n実習生の住民税特別徴収の手続きに必要な個人番号一覧をお送りします。\n"
          "給与支払報告書の作成をお願いいたします。\n\n百目鬼 恵\n日の出産業株式会社 管理部 経理課"),
    attachments=[{"kind": "docx", "name": "実習生_個人番号一覧.docx", "tables": [_rows],
                  "paragraphs": ["技能実習生 個人番号一覧（2025年度）"]}])

# 79 pass: PPTX new product proposal to the retailer
add("pass", [], [],
    "new product proposal PPTX for a retailer buyer: products and prices only",
    charset="cp932", sender=YAKUSHIJI,
    to=["nonomura.t@happiness-mart.co.jp"],
    subject="冬の鍋惣菜シリーズ ご提案資料",
    body=("野々村様\n\nお世話になっております。薬師寺です。\n来週の商談に先立ち、冬の鍋惣菜シリーズのご提案資料をお送りします。\n"
          "試食サンプルは当日3品お持ちします。\n\n" + S_YAKUSHIJI),
    attachments=[{"kind": "pptx", "name": "冬の鍋惣菜シリーズ_ご提案.pptx", "title": "ご提案資料",
                  "slides": [["冬の鍋惣菜シリーズ", "日の出産業株式会社 営業部"],
                             ["ラインアップ", "寄せ鍋セット 2人前 598円", "もつ鍋セット 2人前 698円", "豆乳鍋セット 2人前 598円"],
                             ["販売計画", "11月第2週〜2月末", "週販目標 1店舗あたり 40パック"],
                             ["アレルゲン", "寄せ鍋：小麦・大豆・えび", "もつ鍋：小麦・大豆・ごま", "豆乳鍋：乳・大豆"]]}])

# 80 stop: health declaration with infectious gastroenteritis diagnosis of one temp worker
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one temp worker's health declaration with an infectious gastroenteritis diagnosis to the agency",
    charset="iso-2022-jp", sender=YAMANASHI,
    to=["iwasa.k@workmate-tokai.jp"],
    subject="就業前健康申告の件（6/12）",
    body=("岩佐様\n\nお世話になっております。月見里です。\n本日の就業前健康申告で、貴社の舎利弗 陽菜さんから"
          "「昨夜から下痢と嘔吐」との申告がありました。\n午前中に受診していただいたところ、感染性胃腸炎との診断で、"
          "医師から3日間の自宅療養を指示されています。\n\n"
          "復帰の際は症状消失後48時間経過と、当社の検便（ノロ）陰性確認をお願いします。\n"
          "その間の代替要員のご手配をお願いできますでしょうか。\n\n" + S_YAMANASHI))

# 81 pass: internal full shift roster (30 people)
_n = names(30)
_rows = [["第1製造課 7月シフト（社員・パート）"], ["社員番号", "氏名", "携帯", "パターン"]]
for nm in _n:
    _rows.append([f"H{_rng.randint(10000, 19999)}", nm, mobile(), _rng.choice(["A", "B", "C", "夜"])])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "full roster of 30 staff with mobiles shared among internal line leaders only",
    charset="cp932", sender=SHOJI,
    to=["line-leaders@tsukuba.hinode-sangyo.co.jp"], cc=["odagiri.yuka@hinode-sangyo.co.jp"],
    subject="7月シフト 確定版",
    body=("ライン長各位\n\n7月のシフト確定版です。個人の携帯番号が入っていますので、印刷物の取扱いに注意してください。\n\n東海林"),
    attachments=[{"kind": "xlsx", "name": "7月シフト_確定.xlsx", "sheets": {"第1製造課": _rows}}])

# 82 stop: look-alike midori-ginkou.co.jp
add("stop", [], ["lookalike_domain"],
    "payroll transfer schedule sent to midori-ginkou.co.jp, a look-alike of the bank partner midori-ginko.co.jp",
    charset="iso-2022-jp", sender=DOMEKI,
    to=["みどり銀行 法人営業部 <hojin@midori-ginkou.co.jp>"],
    subject="7月 給与総合振込のスケジュール",
    body=("みどり銀行 法人営業部 御中\n\nいつもお世話になっております。日の出産業 経理課の百目鬼です。\n"
          "7月の給与総合振込について、データ伝送の予定をお知らせします。\n\n"
          "　伝送予定日：7月22日（火）15:00まで\n　振込指定日：7月25日（金）\n　件数：約 640件（うち実習生 16件）\n\n"
          "よろしくお願いいたします。\n\n" + S_DOMEKI))

# 83 pass: reply quoting the lab's stool-test results (差出人/送信日時 header)
_n = names(6)
add("pass", [], [],
    "acknowledgement to the lab; the stool-test results appear only in the quoted original",
    charset="cp932", sender=YAMANASHI,
    to=["uketsuke@higashinihon-kensa.co.jp"],
    subject="RE: 【検査結果】日の出産業様 6/16受付分",
    body=("東日本衛生検査センター ご担当者様\n\n検査結果、確かに受領いたしました。\n迅速なご対応ありがとうございました。\n\n月見里\n\n"
          "差出人: 東日本衛生検査センター <uketsuke@higashinihon-kensa.co.jp>\n送信日時: 2025年6月18日 16:05\n"
          "宛先: yamanashi.sakura@hinode-sangyo.co.jp\n件名: 【検査結果】日の出産業様 6/16受付分\n\n"
          "日の出産業 月見里様\n6/16受付分の結果をお知らせします。\n" +
          "\n".join(f"{nm}　赤痢菌(-) サルモネラ(-) O157(-)" for nm in _n) +
          "\n以上、全員陰性です。\n"))

# 84 stop: corrupt PDF inspection certificate to the retailer
add("stop", [], ["unscannable_attachment"],
    "damaged PDF (inspection certificate) sent to a retailer's QA",
    charset="iso-2022-jp", sender=KITO,
    to=["kira@coop-hikari.or.jp"],
    subject="自主検査成績書（6月度）",
    body=("吉良様\n\nお世話になっております。鬼頭です。\n6月度の自主検査成績書（微生物・理化学）をお送りします。\n\n" + S_KITO),
    attachments=[{"kind": "corrupt", "name": "自主検査成績書_202506.pdf"}])

# 85 pass: hotel booking for two auditors at the partner hotel
_n = [("帯刀 義明", mobile()), ("Sarah Whitfield", mobile())]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "hotel booking for two auditors with their mobiles: two people's details to a partner hotel",
    charset="utf-8", sender=KITO,
    to=["さくらホテルつくば 予約係 <reserve-tsukuba@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（7/7〜7/9 2名）",
    body=("さくらホテルつくば 予約係 御中\n\nいつもお世話になっております。日の出産業の鬼頭です。\n下記のとおり宿泊の予約をお願いいたします。\n\n"
          "　チェックイン：7月7日（月）　チェックアウト：7月9日（水）\n　シングル 禁煙 2室（朝食付）\n"
          + "".join(f"　宿泊者：{nm}（携帯 {t}）\n" for nm, t in _n) +
          "　請求：日の出産業株式会社 つくば工場宛（法人契約）\n\n到着は21時頃になる予定です。\n\n" + S_KITO))

# 86 stop: injury diagnosis + basic pension number of one temp worker
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "one dispatched worker's injury diagnosis and basic pension number for a 労災 claim sent to the agency",
    charset="cp932", sender=ODAGIRI,
    to=["moriya@fuji-staff.co.jp"],
    subject="労災（休業補償）の書類について",
    body=("守屋様\n\nお世話になっております。小田切です。\n6/5にスライサーで負傷された貴社スタッフの件、休業補償の書類の記入内容です。\n\n"
          f"被災者：南雲 翔平\n傷病名：左示指切創（腱損傷あり）、全治4週間の見込み\n療養先：つくば中央整形外科\n"
          f"基礎年金番号：{fw(pension())}\n休業期間：6/6〜（継続中）\n\n"
          "様式第8号は派遣元の貴社からのご提出となりますので、事業主証明欄の記入をお願いいたします。\n\n" + S_ODAGIRI))

# 87 pass: OEM forecast to 北国フーズ (correct domain)
add("pass", [], [],
    "production forecast CSV to the OEM partner at its correct domain: products only",
    charset="cp932", sender=TESHIGAWARA,
    to=["seisan@kitaguni-foods.co.jp"],
    subject="9〜11月 OEM受注見込み",
    body=("北国フーズ 生産管理ご担当様\n\nお世話になっております。勅使河原です。\n9〜11月の受注見込みをお送りします（あくまで見込みです）。\n\n" + S_TESHI),
    attachments=[{"kind": "csv", "name": "OEM受注見込_9-11月.csv",
                  "rows": [["品番", "品名", "9月", "10月", "11月"],
                           ["KF-1102", "ザンギ弁当", 10200, 9800, 9000],
                           ["KF-1120", "豚丼の具 冷凍", 20000, 22000, 24000],
                           ["KF-1131", "石狩鍋セット", 0, 3000, 8000]]}])

# 88 stop: look-alike nishiki-insatu.co.jp
add("stop", [], ["lookalike_domain"],
    "label proof request to nishiki-insatu.co.jp (letter dropped): look-alike of the printer's domain",
    charset="utf-8", sender=YAKUSHIJI,
    to=["森脇様 <moriwaki@nishiki-insatu.co.jp>"],
    subject="秋季パッケージ 校正のお願い",
    body=("錦印刷 森脇様\n\nお世話になっております。薬師寺です。\n秋季限定パッケージ（きのこの炊き込みご飯）のデザインデータを"
          "共有フォルダにアップしました。初校をお願いいたします。\n\n納期：7/4（金）\n数量：30,000枚\n\n" + S_YAKUSHIJI))

# 89 pass: one consumer's address for a replacement delivery
_c = name()
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one consumer's delivery address and phone to the logistics partner for a replacement: a single person",
    charset="iso-2022-jp", sender=ICHIBANGASE,
    to=["aoba-takuhai@aoba-unyu.co.jp"],
    subject="代替品の個別配送のお願い",
    body=("青葉運輸 宅配センター御中\n\nお世話になっております。日の出産業 お客様相談室の一番ヶ瀬です。\n"
          "お申し出のあったお客様へ、代替品（冷蔵）の個別配送をお願いします。\n\n"
          f"お届け先：{_c} 様\n{address()}\nTEL {mobile()}\n"
          "配達希望：6/14（土）午前中\n品名：だし巻き玉子 2パック（クール便）\n\n" + S_ICHI))

# 90 stop: 和暦 DOB and addresses of temp staff (one per block) to the security company
_blocks = []
for nm in kana_names(5):
    z, c = _rng.choice(_CITIES)
    _blocks.append(f"氏名：{nm}\n生年月日：{fw(_rng.choice(['S' + str(_rng.randint(45, 63)), 'H' + str(_rng.randint(1, 12))]) + '.' + str(_rng.randint(1, 12)) + '.' + str(_rng.randint(1, 28)))}\n"
                   f"現住所：{c}{fw(str(_rng.randint(1, 9)))}－{fw(str(_rng.randint(1, 40)))}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "five temp staff with 和暦 birth dates and home addresses, one block each, to the security contractor",
    charset="cp932", sender=ODAGIRI,
    to=["警備センター <center@kanto-keibi.co.jp>"],
    subject="入館証発行のお願い（派遣スタッフ5名）",
    body=("関東警備保障株式会社 警備センター御中\n\nお世話になっております。日の出産業つくば工場 総務の小田切です。\n"
          "来週から勤務する派遣スタッフ5名の入館証発行をお願いします。\n\n" + "\n\n".join(_blocks) +
          "\n\n顔写真データは別途お送りします。\n\n" + S_ODAGIRI))

# 91 pass: temp agency billing question
add("pass", [], [],
    "billing question to the temp agency with invoice numbers and totals only",
    charset="utf-8", sender=DOMEKI,
    to=["経理部 <keiri@workmate-tokai.jp>"],
    subject="請求書 No.WT-2505-0331 の内容確認",
    body=("ワークメイト東海 経理部 御中\n\nお世話になっております。日の出産業 経理課の百目鬼です。\n"
          "5月分の請求書（No.WT-2505-0331）について、確認させてください。\n\n"
          "・深夜割増の時間数合計が、当社の勤怠集計（412.5時間）と請求書（436.0時間）で23.5時間異なります。\n"
          "・交通費の上限（日額1,000円）を超える明細が含まれているようです。\n\n"
          "お手数ですが、明細をご確認のうえ再発行をお願いできますでしょうか。\n\n" + S_DOMEKI))

# 92 stop: English XLSX cost breakdown with a Confidential footer
add("stop", [], ["confidential_marking"],
    "cost breakdown workbook whose page footer is marked Confidential, sent to a foreign buyer",
    charset="utf-8", sender="Wataru Yakushiji <yakushiji.wataru@hinode-sangyo.co.jp>",
    to=["koneill@pacificgrocers.com"],
    subject="Cost breakdown for price negotiation - frozen gyoza",
    body=("Hi Kevin,\n\nAs discussed, attached is the cost breakdown behind our proposed FOB price for FY2026.\n"
          "Raw material costs (pork, cabbage, wheat flour) account for most of the increase.\n\n"
          "Best regards,\nWataru Yakushiji\nSales Dept., Hinode Sangyo Co., Ltd."),
    attachments=[{"kind": "xlsx", "name": "Gyoza_cost_breakdown_FY2026.xlsx",
                  "page_footer": "Confidential - Hinode Sangyo Co., Ltd.",
                  "sheets": {"Cost": [["Frozen gyoza 30pcs - cost breakdown (JPY per case)"],
                                      ["Item", "FY2025", "FY2026"], ["Pork", 1820, 2010], ["Vegetables", 640, 700],
                                      ["Wheat flour (skin)", 410, 455], ["Packaging", 380, 395],
                                      ["Labour", 720, 760], ["Overhead", 530, 540], ["FOB price", 5100, 5480]]}}])

# 93 pass: mentions 社外秘 but sends nothing marked
add("pass", [], [],
    "explains that internal (社外秘) documents cannot be sent and gives a summary: a mention, not a marking",
    charset="iso-2022-jp", sender=KITO,
    to=["kira@coop-hikari.or.jp"],
    subject="Re: HACCPプランのご提出について",
    body=("吉良様\n\nお世話になっております。鬼頭です。\nHACCPプランのご提出の件ですが、当社ではHACCPプラン本体を社外秘文書として"
          "管理しており、社外へのデータ送付は控えさせていただいております。\n"
          "代わりに、CCPの概要を以下にまとめました。詳細は工場監査の際に現地でご覧いただけます。\n\n"
          "　CCP1 加熱（中心温度 75℃ 1分以上）\n　CCP2 冷却（加熱後 90分以内に 20℃以下）\n　CCP3 金属検出（Fe 1.0mm／SUS 2.0mm）\n\n"
          "ご理解のほどよろしくお願いいたします。\n\n" + S_KITO +
          "\n\n> 日の出産業 鬼頭様\n> 取引先監査の事前資料として、HACCPプランの写しをお送りいただけますでしょうか。\n> コープひかり 吉良"))

# 94 stop: PPAP — encrypted ZIP of health checks to the agency, password in the same mail
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP of dispatched workers' health check sheets to the agency (password sent in the same mail)",
    charset="cp932", sender=YAMANASHI,
    to=["moriya@fuji-staff.co.jp"],
    subject="健康診断個人票（派遣スタッフ分）",
    body=("守屋様\n\nお世話になっております。月見里です。\n派遣スタッフ様分の健康診断個人票をお送りします。\n"
          "ZIPのパスワードは「fuji0613」です。\n\n" + S_YAMANASHI),
    attachments=[{"kind": "zip", "name": "健診個人票_派遣.zip", "password": "fuji0613",
                  "files": [{"kind": "pdf", "name": "健診個人票.pdf", "lines": ["健康診断個人票"]}]}])

# 95 pass: internal forward of a complaint with medical info
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "forward of a complainant's hospital diagnosis to the internal QA team only",
    charset="utf-8", sender=ICHIBANGASE,
    to=["kito.mariko@hinode-sangyo.co.jp", "qa-tsukuba@hinode-sangyo.co.jp"],
    subject="転送：お申し出（入院されたとのこと）",
    body=("鬼頭さん、品証の皆さん\n\n電話受付の記録を共有します。至急、製造記録の確認をお願いします。\n\n"
          f"―――受付記録―――\nお名前：{name()} 様（70代男性）\nTEL：{mobile()}\n"
          "商品：鶏そぼろ丼　消費期限 6/11\n内容：喫食翌日から発熱と下痢、6/12に入院。病院でサルモネラ腸炎と診断。\n"
          "保健所から連絡が行くかもしれない、とのこと。\n――――――――――\n\n一番ヶ瀬"))

# 96 pass: corrective action plan DOCX to the certification body (no marking)
add("pass", [], [],
    "corrective action plan in a DOCX to the certification body: no marking, no personal data",
    charset="iso-2022-jp", sender=KITO,
    to=["audit@jfsc-cert.or.jp"],
    subject="是正処置計画書の提出（NC-01, NC-02）",
    body=("日本食品安全認証機構 審査部 御中\n\nお世話になっております。日の出産業の鬼頭です。\n"
          "先日の審査でご指摘いただいた2件について、是正処置計画書を提出いたします。\n\n" + S_KITO + "\n\n" + DISCLAIMER_JA),
    attachments=[{"kind": "docx", "name": "是正処置計画書.docx",
                  "paragraphs": ["是正処置計画書", "審査日：2025年7月8日〜9日　組織名：日の出産業株式会社 つくば工場"],
                  "tables": [[["No", "不適合内容", "原因", "是正処置", "完了予定"],
                              ["NC-01", "アレルゲン切替記録の未承認", "承認者不在時の代行者未設定", "代行者を規程に追加", "2025/08/31"],
                              ["NC-02", "受入温度記録の旧様式使用", "様式改訂の周知漏れ", "旧様式の回収・文書管理台帳の見直し", "2025/07/31"]]]}])

# 97 either: names-only roster to the temp agency
_n = names(8)
add("either", ["PERSON_NAME"], ["personal_data"],
    "names of eight dispatched workers with shift days only, back to their own agency: whether a name+shift list counts is debatable",
    charset="iso-2022-jp", sender=SHOJI,
    to=["iwasa.k@workmate-tokai.jp"],
    subject="来週の出勤予定（貴社スタッフ分）",
    body=("岩佐様\n\n来週の出勤予定です。\n\n" +
          "\n".join(f"{nm}　月・火・木・金" if i % 2 else f"{nm}　水・木・土" for i, nm in enumerate(_n)) +
          "\n\n東海林"))

# 98 either: self-reported upset stomach, no diagnosis
_c = name()
add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one complainant's contact with a self-reported upset stomach (no diagnosis): health data or not is arguable",
    charset="cp932", sender=ICHIBANGASE,
    to=["kashiwagi@maruyama-store.co.jp"],
    subject="お申し出のご連絡（肉じゃが）",
    body=("柏木様\n\nお世話になっております。一番ヶ瀬です。\n貴社荒川沖店でご購入のお客様より、お申し出がありました。\n\n"
          f"お名前：{_c} 様　電話：{mobile()}\n商品：肉じゃが 250g（消費期限 6/15）\n"
          "内容：食べた後に少しお腹がゆるくなった気がする。病院には行っていないが、念のため連絡した、とのこと。\n\n"
          "現品は廃棄済みのため、同ロットの保存品を検査いたします。\n\n" + S_ICHI))

# 99 either: three interns with nationality to the dormitory landlord
add("either", ["PERSON_NAME"], ["personal_data"],
    "three trainees' names with nationality and arrival date to the landlord: nationality alone may or may not be 'origin'",
    charset="utf-8", sender=IGARASHI,
    to=["kanri@tsukuba-housing.co.jp"],
    subject="第1寮 入居予定者のご連絡",
    body=("つくばハウジング 管理部 御中\n\nお世話になっております。五十嵐です。\n第1寮に下記3名が入居予定です。\n\n"
          "　THIN THIN AYE（ミャンマー）　入国 7/1\n　JOHN PAUL REYES（フィリピン）　入国 7/1\n"
          "　BUI THI NGA（ベトナム）　入国 7/8\n\n鍵の受け渡しは7/1午後にお願いします。\n\n" + S_IGARASHI))

# 100 pass: maintenance request to 川崎電機 (correct domain)
add("pass", [], [],
    "equipment repair request to the partner 川崎電機 at its real domain",
    charset="cp932", sender=TESHIGAWARA,
    to=["service@kawasaki-denki.co.jp"],
    subject="X線異物検出機の不具合について",
    body=("川崎電機株式会社 サービス課 御中\n\nお世話になっております。日の出産業 静岡工場の勅使河原です。\n"
          "X線異物検出機（KXR-300、製造番号 KX3-11842）で、本日朝から誤排除が頻発しています（約5%）。\n"
          "テストピース（SUS 0.8mm）は正常に検出しています。\n\n至急、点検に来ていただけますでしょうか。\n\n" + S_TESHI))

for _i, _m in enumerate(M, 1):
    _m["id"] = f"foodfactory-{_i:03d}"

MESSAGES = M
