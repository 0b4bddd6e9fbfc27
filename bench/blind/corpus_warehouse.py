"""Blind corpus — area: warehouse (日の出産業株式会社 東日本物流センター, 埼玉県加須市).

Mail of a 3PL logistics centre: 派遣スタッフの入場名簿・勤怠（タイムシート）、フォークリフト
技能講習・運転免許、熱中症・腰痛の労災報告、EC 荷主の送り状データ・返品、運送会社の配達例外
（持戻り・宛所不明・破損）、防犯カメラ映像の照会、海外荷主（英文）とのやり取り。
Written blind from BRIEF.md; every person, number and address is invented.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

DOM = "hinode-sangyo.co.jp"

# -- invented people ----------------------------------------------------------------------

_SEI = [
    ("田所", "タドコロ", "Tadokoro"), ("栗栖", "クルス", "Kurusu"), ("五十嵐", "イガラシ", "Igarashi"),
    ("真壁", "マカベ", "Makabe"), ("相馬", "ソウマ", "Soma"), ("木暮", "コグレ", "Kogure"),
    ("蛭田", "ヒルタ", "Hiruta"), ("新井", "アライ", "Arai"), ("茂木", "モテギ", "Motegi"),
    ("関口", "セキグチ", "Sekiguchi"), ("飯塚", "イイヅカ", "Iizuka"), ("篠崎", "シノザキ", "Shinozaki"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("百目鬼", "ドウメキ", "Domeki"),
    ("毒島", "ブスジマ", "Busujima"), ("生方", "ウブカタ", "Ubukata"), ("強矢", "スネヤ", "Suneya"),
    ("忍田", "オシダ", "Oshida"), ("保泉", "ホズミ", "Hozumi"), ("小此木", "オコノギ", "Okonogi"),
    ("設楽", "シタラ", "Shitara"), ("針谷", "ハリガヤ", "Harigaya"), ("大豆生田", "オオマメウダ", "Omameuda"),
    ("鯨井", "クジライ", "Kujirai"), ("栗原", "クリハラ", "Kurihara"), ("斉藤", "サイトウ", "Saito"),
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("小林", "コバヤシ", "Kobayashi"), ("中村", "ナカムラ", "Nakamura"),
    ("荻野", "オギノ", "Ogino"), ("久保寺", "クボデラ", "Kubodera"), ("石塚", "イシヅカ", "Ishizuka"),
    ("矢島", "ヤジマ", "Yajima"), ("神山", "カミヤマ", "Kamiyama"), ("福田", "フクダ", "Fukuda"),
    ("橋本", "ハシモト", "Hashimoto"), ("野口", "ノグチ", "Noguchi"), ("尾花", "オバナ", "Obana"),
    ("宇賀神", "ウガジン", "Ugajin"), ("星野", "ホシノ", "Hoshino"), ("松本", "マツモト", "Matsumoto"),
]
_MEI = [
    ("翔太", "ショウタ", "Shota", "M"), ("美咲", "ミサキ", "Misaki", "F"), ("健", "ケン", "Ken", "M"),
    ("由美子", "ユミコ", "Yumiko", "F"), ("大輝", "ダイキ", "Daiki", "M"), ("陽菜", "ヒナ", "Hina", "F"),
    ("達也", "タツヤ", "Tatsuya", "M"), ("恵", "メグミ", "Megumi", "F"), ("拓海", "タクミ", "Takumi", "M"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("和彦", "カズヒコ", "Kazuhiko", "M"), ("早苗", "サナエ", "Sanae", "F"),
    ("勇気", "ユウキ", "Yuki", "M"), ("香織", "カオリ", "Kaori", "F"), ("隆之", "タカユキ", "Takayuki", "M"),
    ("麻衣", "マイ", "Mai", "F"), ("悠斗", "ユウト", "Yuto", "M"), ("さくら", "サクラ", "Sakura", "F"),
    ("正人", "マサト", "Masato", "M"), ("典子", "ノリコ", "Noriko", "F"), ("亮介", "リョウスケ", "Ryosuke", "M"),
    ("瑞穂", "ミズホ", "Mizuho", "F"), ("剛", "ツヨシ", "Tsuyoshi", "M"), ("明美", "アケミ", "Akemi", "F"),
    ("蓮", "レン", "Ren", "M"), ("綾乃", "アヤノ", "Ayano", "F"), ("義男", "ヨシオ", "Yoshio", "M"),
    ("智子", "トモコ", "Tomoko", "F"), ("颯", "ハヤテ", "Hayate", "M"), ("結衣", "ユイ", "Yui", "F"),
]
_FOREIGN = [
    ("グエン・ヴァン・ミン", "Nguyen Van Minh", "M"), ("チャン・ティ・フオン", "Tran Thi Huong", "F"),
    ("サントス・マリア", "Santos Maria", "F"), ("シルバ・ジョアン", "Silva Joao", "M"),
    ("ラナ・ビクラム", "Rana Bikram", "M"), ("レ・ティ・ラン", "Le Thi Lan", "F"),
    ("ファム・ドゥック・アン", "Pham Duc Anh", "M"), ("オリベイラ・ルーカス", "Oliveira Lucas", "M"),
    ("グルン・スニタ", "Gurung Sunita", "F"), ("ダン・ヴァン・トゥアン", "Dang Van Tuan", "M"),
]
_TOWNS = [
    ("347-0054", "埼玉県加須市不動岡"), ("347-0016", "埼玉県加須市花崎北"),
    ("346-0106", "埼玉県久喜市菖蒲町下栢間"), ("348-0052", "埼玉県羽生市東"),
    ("361-0032", "埼玉県行田市佐間"), ("369-0131", "埼玉県鴻巣市大間"),
    ("374-0072", "群馬県館林市西本町"), ("370-0532", "群馬県邑楽郡大泉町坂田"),
    ("327-0003", "栃木県佐野市大橋町"), ("306-0011", "茨城県古河市東"),
    ("340-0111", "埼玉県幸手市北"), ("364-0002", "埼玉県北本市宮内"),
    ("349-1105", "埼玉県久喜市栗橋東"), ("347-0105", "埼玉県加須市騎西"),
    ("360-0831", "埼玉県熊谷市久保島"), ("346-0021", "埼玉県久喜市上早見"),
]
_BLDG = ["コーポ花水木", "ハイツ青空", "メゾン利根", "サンライズ久喜", "グリーンヒル羽生",
         "レオパレス東", "ベルメゾン", "アーバンコート", "", "", "", ""]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp"]


def person(rng: random.Random, foreign: bool = False) -> dict:
    if foreign:
        kana, roma, sex = rng.choice(_FOREIGN)
        sei, mei = kana.split("・", 1)
        name, sei_k, mei_k = kana, sei, mei
        sei_r, mei_r = roma.split(" ", 1)
        born = date(1990, 1, 1) + timedelta(days=rng.randrange(4000))
    else:
        sei, sei_k, sei_r = rng.choice(_SEI)
        mei, mei_k, mei_r, sex = rng.choice(_MEI)
        name = f"{sei}　{mei}"
        kana = f"{sei_k}　{mei_k}"
        roma = f"{sei_r} {mei_r}"
        born = date(1962, 1, 1) + timedelta(days=rng.randrange(15000))
    zipc, town = rng.choice(_TOWNS)
    bldg = rng.choice(_BLDG)
    addr = f"{town}{rng.randint(1, 4)}丁目{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    if bldg:
        addr += f" {bldg}{rng.randint(1, 3)}0{rng.randint(1, 8)}"
    mob = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    mail = f"{roma.split()[-1].lower()}.{roma.split()[0].lower()[:3]}{rng.randint(1, 99)}@{rng.choice(_FREE)}"
    return {"name": name, "sei": sei, "mei": mei, "kana": kana, "roma": roma, "sex": sex,
            "dob": born, "zip": zipc, "addr": addr, "tel": mob, "mail": mail,
            "sid": f"{rng.choice('SKW')}{rng.randint(10000, 99999)}"}


def crowd(seed: str, n: int, foreign: int = 0) -> list[dict]:
    rng = random.Random(f"warehouse-{seed}")
    out: list[dict] = []
    names: set[str] = set()
    while len(out) < n:
        p = person(rng, foreign=len(out) < foreign)
        if p["name"] in names:
            continue
        names.add(p["name"])
        out.append(p)
    rng.shuffle(out)
    return out


# -- formatting helpers -------------------------------------------------------------------

_FW = str.maketrans("0123456789-./:() ", "０１２３４５６７８９－．／：（）　")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dw(s), 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append(rule * ((sum(widths) + gap * (len(widths) - 1)) // dw(rule)))
    return "\n".join(lines)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


def dl_number(rng: random.Random) -> str:
    return f"{rng.choice(['43', '42', '41', '40', '30'])}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.choice('0001')}"


# -- our staff and signatures ---------------------------------------------------------------

CENTER = "〒347-0105 埼玉県加須市騎西工業団地12-3"
HQ = "〒103-0023 東京都中央区日本橋本町3-8-5 日の出ビル7F"
STAFF = {
    "yamane": ("山根 晃一", "Koichi Yamane", "東日本物流センター センター長", "yamane.koichi", "5201", "Center Manager"),
    "onodera": ("小野寺 真由", "Mayu Onodera", "東日本物流センター 業務課（派遣・勤怠管理）", "onodera.mayu", "5214", "Operations (staffing & attendance)"),
    "izutsu": ("井筒 大輔", "Daisuke Izutsu", "東日本物流センター 安全衛生担当", "izutsu.daisuke", "5218", "Health & Safety"),
    "tabei": ("田部井 亜希", "Aki Tabei", "東日本物流センター EC出荷チーム", "tabei.aki", "5230", "E-commerce Fulfilment Team"),
    "onizuka": ("鬼塚 亮", "Ryo Onizuka", "東日本物流センター 輸配送管理課", "onizuka.ryo", "5241", "Transport Management"),
    "imaizumi": ("今泉 紗良", "Sara Imaizumi", "東日本物流センター 国際物流チーム", "imaizumi.sara", "5250", "International Logistics Team"),
    "koori": ("桑折 浩二", "Koji Koori", "東日本物流センター 総務（警備・施設）", "koori.koji", "5205", "General Affairs (security & facilities)"),
    "yoshimizu": ("吉水 誠", "Makoto Yoshimizu", "ロジスティクス本部 情報システム", "yoshimizu.makoto", "5260", "Logistics Division IT"),
    "akutsu": ("阿久津 奈緒", "Nao Akutsu", "東日本物流センター 返品センター", "akutsu.nao", "5235", "Returns Center"),
    "miwa": ("三輪 恭子", "Kyoko Miwa", "本社 人事部 給与・社会保険グループ", "miwa.kyoko", "2103", "HR Payroll & Social Insurance"),
}


def frm(key: str) -> str:
    name, _r, _d, local, _e, _x = STAFF[key]
    return f"{name} <{local}@{DOM}>"


def sig(key: str, style: int = 0) -> str:
    name, roma, dept, local, ext, edept = STAFF[key]
    if key == "miwa":
        return (f"----------------------------------------\n日の出産業株式会社 {dept}\n{name}\n"
                f"{HQ}\nTEL 03-5821-{ext}\nMail: {local}@{DOM}\n----------------------------------------")
    if style == 1:
        return (f"--\n日の出産業株式会社\n{dept}\n{name}\n{CENTER}\n"
                f"TEL 0480-73-{ext}（直通） FAX 0480-73-5299\nMail {local}@{DOM}")
    if style == 2:
        return (f"――――――――――――――――――――\n 日の出産業（株） 物流センター\n  {name.replace(' ', '')}"
                f"（内線{ext[-3:]}）\n――――――――――――――――――――")
    if style == 3:  # English
        return (f"Best regards,\n\n{roma}\n{edept}, East Japan Logistics Center\n"
                f"Hinode Sangyo Co., Ltd.\n12-3 Kisai Industrial Park, Kazo, Saitama 347-0105, Japan\n"
                f"Tel: +81-480-73-{ext} / Fax: +81-480-73-5299\n{local}@{DOM}")
    return (f"========================================\n日の出産業株式会社 {dept}\n{name}\n"
            f"{CENTER}\nTEL：0480-73-{ext}　FAX：0480-73-5299\nE-mail：{local}@{DOM}\n"
            f"========================================")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された方は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it. Any unauthorised use or disclosure is prohibited.")

_M: list[dict] = []


def add(**kw) -> None:
    _M.append(kw)


# =========================================================================================
# 001 stop — entry roster pasted as a space-padded table, to a staffing agency
_p = crowd("001", 6)
_rows = [["No", "氏名", "フリガナ", "携帯", "入場カード", "配属"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([str(_i), _x["name"], _x["kana"], _x["tel"], f"T-{3100 + _i * 7}",
                  ["ピッキング", "検品", "梱包", "入荷"][_i % 4]])
add(
    sender=frm("onodera"),
    to=["遠藤 様 <endo.k@smileworks-staff.co.jp>"],
    subject="【入場登録】9月2日(水)より就業開始のスタッフ様について",
    charset="iso-2022-jp",
    body=f"""スマイルワークス株式会社 熊谷支店
遠藤様

いつもお世話になっております。
日の出産業 東日本物流センターの小野寺です。

9/2(水)から入っていただく6名の方、入場カードの発行が終わりましたのでご連絡します。
初日は8:15に正門守衛所へお越しいただき、カードを受け取ってから2F休憩室で
安全教育（約60分）となります。安全靴は各自持参でお願いします。

緊急時の連絡先として携帯番号もこちらで控えております。相違があればお知らせください。

{table(_rows)}

以上、よろしくお願いいたします。

{sig("onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six temps' names and mobiles in a padded body table to an external agency",
)

# 002 pass — routine pickup change to a partner carrier, signature only
add(
    sender=frm("onizuka"),
    to=["村越 様 <murakoshi@aoba-unyu.co.jp>"],
    subject="明日(10/7)の集荷便 台数変更のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 加須営業所
村越様

いつも大変お世話になっております。日の出産業の鬼塚です。

明日10/7(水)の夕方便ですが、北国フーズ様の秋の特売分が前倒しで入ってきたため、
4t車を2台から3台に増やしていただけないでしょうか。
出荷予定は約1,850ケース、パレット換算で26枚ほどです。
バース入りは16:30〜17:30の間で、3番・4番バースをあけておきます。

急なお願いで恐縮ですが、可否だけでも本日中にご返信いただけると助かります。

{sig("onizuka", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary carrier request to a partner; only the sender's signature",
)

# 003 stop — weekly timesheet CSV (CP932) to an agency
_p = crowd("003", 11)
_csv = [["スタッフNo", "氏名", "就業日", "出勤", "退勤", "休憩(分)", "実働(h)", "残業(h)"]]
_rng = random.Random("ts003")
for _x in _p:
    for _d in ("2026/09/14", "2026/09/15", "2026/09/16", "2026/09/17", "2026/09/18"):
        if _rng.random() < 0.15:
            continue
        _out = _rng.choice(["17:00", "17:30", "18:00", "19:15"])
        _ot = {"17:00": "0.00", "17:30": "0.50", "18:00": "1.00", "19:15": "2.25"}[_out]
        _csv.append([_x["sid"], _x["name"].replace("　", " "), _d, "08:00", _out, "60",
                     f"{8 + float(_ot):.2f}", _ot])
add(
    sender=frm("onodera"),
    to=["畠山 様 <hatakeyama.y@kanto-logistaff.jp>"],
    subject="9月第3週 勤怠実績（関東ロジスタッフ様分）",
    charset="shift_jis",
    body=f"""関東ロジスタッフ株式会社
畠山様

お疲れさまです。日の出産業 物流センターの小野寺です。
9/14〜9/18の勤怠実績をCSVでお送りします。
9/16は台風の影響で一部早上がりの方がいます（実働に反映済）。
請求書との照合をお願いいたします。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "csv", "name": "kintai_0914-0918_kantologi.csv", "encoding": "cp932",
                  "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="timesheet CSV (CP932) with eleven named temps' working hours to an agency",
)

# 004 stop — forklift licence holders PDF to a client (audit)
_p = crowd("004", 8)
_rng = random.Random("fl004")
_tbl = [["区分", "氏名", "生年月日", "修了証番号", "修了日", "運転免許証番号"]]
for _x in _p:
    _tbl.append([_rng.choice(["社員", "派遣", "派遣", "パート"]), _x["name"],
                 _x["dob"].strftime("%Y/%m/%d"), f"KFL-{_rng.randint(15, 25)}-{_rng.randint(100, 999)}",
                 f"20{_rng.randint(15, 25)}/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}",
                 dl_number(_rng)])
add(
    sender=frm("izutsu"),
    to=["鶴岡 様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    subject="Re: 10月 委託先監査の事前提出資料について",
    charset="utf-8",
    body=f"""北国フーズ株式会社
品質保証部 鶴岡様

お世話になっております。日の出産業の井筒です。
監査前にご依頼いただいていた「フォークリフト運転者一覧」をPDFでお送りします。
貴社商品を扱うB棟の運転者8名分で、技能講習の修了証番号と運転免許証番号を記載しています。
修了証・免許証の原本は当日センターでご確認いただけるよう準備しておきます。

他の提出資料（温度記録、防虫記録）は明日お送りします。

{sig("izutsu")}
""",
    attachments=[{"kind": "pdf", "name": "フォークリフト運転者一覧_B棟.pdf",
                  "title": "フォークリフト運転者一覧",
                  "lines": ["フォークリフト運転者一覧（B棟）", "日の出産業株式会社 東日本物流センター",
                            "2026年10月1日現在", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="PDF table of 8 operators with birth dates and driving licence numbers to a client",
)

# 005 stop — one temp's heat stroke, to the agency
add(
    sender=frm("izutsu"),
    to=["遠藤 様 <endo.k@smileworks-staff.co.jp>"],
    cc=[frm("onodera")],
    subject="【ご報告】本日の熱中症による救急搬送について",
    charset="iso-2022-jp",
    body=f"""スマイルワークス株式会社
遠藤様

お世話になっております。日の出産業 東日本物流センター 安全衛生担当の井筒です。
取り急ぎ、本日発生した件をご報告いたします。

■対象スタッフ：真壁 拓海 様（マカベ タクミ、26歳、B棟2F 仕分け）
■発生：9月3日(木) 14:40頃 B棟2F 中2階 仕分けライン
■状況：作業中にめまいと手足のしびれを訴え、休憩室で冷却・経口補水するも改善せず、
　　　　15:05に救急要請。加須総合病院に搬送。
■診断：熱中症（II度）。点滴治療を受け、17時過ぎに帰宅されています。
　　　　医師からは明日・明後日の2日間は安静にとの指示がありました。
■当日の環境：WBGT 30.8（B棟2F、14時計測）

ご本人には職場復帰の前に一度お電話でお話を伺いたいと考えております。
労災の手続きについては明日改めてご相談させてください。

{sig("izutsu")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named temp's heat-stroke diagnosis (medical, 要配慮) to the agency",
)

# 006 pass — English shipping notice with the standard disclaimer
add(
    sender=frm("imaizumi"),
    to=["Tran Minh Quan <quan.tm@saigongarment.com.vn>"],
    subject="RE: Container TGHU 482170-3 / ETA Tokyo and devanning slot",
    charset="utf-8",
    body=f"""Dear Mr. Quan,

Thank you for the shipping advice.

We have booked the devanning slot for container TGHU 482170-3 on Oct 14 (Wed), 9:00 at Dock 6.
According to the carrier the vessel ETA Tokyo is Oct 11, and customs clearance is
expected on Oct 13. Please make sure the packing list shows carton numbers per SKU;
last time we had 14 cartons of style SG-2281 without a carton label.

Invoice no. SGE-26-0917 and PO no. HS-PO-55821 are noted.

{sig("imaizumi", 3)}

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English shipping mail with invoice/PO numbers and a standard disclaimer",
)

# 007 stop — back-injury accident report DOCX to an insurer
_x = crowd("007", 1)[0]
add(
    sender=frm("izutsu"),
    to=["損害サポート部 久米 様 <kume.t@hinomaru-sonpo.co.jp>"],
    subject="業務災害補償保険 事故報告書の送付（派遣スタッフ 腰部負傷）",
    charset="iso-2022-jp",
    body=f"""ひのまる損害保険株式会社
損害サポート部 久米様

いつもお世話になっております。日の出産業株式会社の井筒でございます。
先日お電話でご相談した、入荷作業中の腰部負傷について事故報告書をお送りいたします。
診断書の写しは原本到着後に郵送いたします。

ご確認のほど、よろしくお願い申し上げます。

{sig("izutsu", 1)}
""",
    attachments=[{"kind": "docx", "name": "事故報告書_20260921.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "報告日：2026年9月24日",
                                 "事業所：日の出産業株式会社 東日本物流センター（A棟 入荷場）", ""],
                  "tables": [[
                      ["項目", "内容"],
                      ["被災者氏名", f"{_x['name']}（{_x['kana']}）"],
                      ["生年月日", _x["dob"].strftime("%Y年%m月%d日")],
                      ["住所", f"〒{_x['zip']} {_x['addr']}"],
                      ["連絡先", _x["tel"]],
                      ["雇用形態", "派遣（関東ロジスタッフ株式会社）"],
                      ["発生日時", "2026年9月21日 10時20分頃"],
                      ["発生状況", "20kgの米袋をパレットから手で降ろす際に腰をひねり、動けなくなった"],
                      ["傷病名", "腰椎捻挫（急性腰痛症）、第4腰椎椎間板ヘルニアの疑い"],
                      ["医療機関", "くき整形外科クリニック（通院中、全治3週間の見込み）"],
                      ["健康保険証", "協会けんぽ 記号 31100847 番号 112"],
                  ]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY",
              "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="DOCX accident report: one person's diagnosis, address, DOB and health-insurance number",
)

# 008 stop — returns list CSV (UTF-8) to an EC shop
_p = crowd("008", 9)
_rng = random.Random("rt008")
_csv = [["返品受付No", "受注番号", "購入者名", "郵便番号", "住所", "電話番号", "商品コード", "返品理由", "検品結果"]]
for _i, _x in enumerate(_p, 1):
    _csv.append([f"RT2609-{_i + 40:04d}", f"MZ-{_rng.randint(100000, 999999)}", _x["name"].replace("　", " "),
                 _x["zip"], _x["addr"], _x["tel"], _rng.choice(["MZ-KT-0021", "MZ-MG-1180", "MZ-TW-0455"]),
                 _rng.choice(["イメージ違い", "サイズ違い", "初期不良", "誤配送"]),
                 _rng.choice(["A品再販可", "B品", "廃棄", "メーカー返品"])])
add(
    sender=frm("akutsu"),
    to=["丸山 様 <maruyama@maruyama-zakka.jp>"],
    subject="9月後半 返品入荷分のご報告（9件）",
    charset="utf-8",
    body=f"""株式会社マルヤマ雑貨
通販部 丸山様

いつもお世話になっております。
日の出産業 返品センターの阿久津です。

9/16〜9/30に返品入荷した9件の検品結果をCSVでお送りします。
「初期不良」のうち2件はメーカー返品扱いにしております。
B品の扱い（アウトレット出品 or 廃棄）についてご指示をお願いします。

{sig("akutsu")}
""",
    attachments=[{"kind": "csv", "name": "返品検品結果_202609後半.csv", "encoding": "utf-8",
                  "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of nine end-customers' names, addresses and phones to an EC shop",
)

# 009 pass — NDA talk with the WMS vendor (partner)
add(
    sender=frm("yoshimizu"),
    to=["ツバサシステム 営業部 平賀様 <hiraga@tsubasa-system.jp>"],
    subject="秘密保持契約書（WMS更改プロジェクト）ドラフトの件",
    charset="iso-2022-jp",
    body=f"""株式会社ツバサシステム
営業部 平賀様

お世話になっております。日の出産業 情報システムの吉水です。

WMS更改の要件定義に入る前に、秘密保持契約を締結したいと考えております。
弊社法務で雛形を確認したところ、以下の2点について修正をお願いしたいとのことでした。

1. 第3条（機密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
   機密情報に含める形にしたい
2. 第9条（有効期間）：契約終了後の秘密保持義務を3年→5年に延長

修正版をいただければ、来週中に押印の手続きを進めます。

{sig("yoshimizu")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約); mentions 機密情報 but carries no marking or data",
)

# 010 stop — delivery exceptions pasted tab-separated, to an EC shop
_p = crowd("010", 7)
_rng = random.Random("ex010")
_lines = ["伝票番号\tお届け先\t住所\t電話\t状況"]
for _x in _p:
    _lines.append("\t".join([f"4471-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
                             _x["name"].replace("　", ""), _x["addr"], _x["tel"],
                             _rng.choice(["宛所不明（番地不足）", "長期不在・保管期限切れ", "受取拒否",
                                          "転居先不明"])]))
_tsv = "\n".join(_lines)
add(
    sender=frm("tabei"),
    to=["ルミエール化粧品 カスタマーサポート <cs-support@lumiere-cosme.co.jp>"],
    subject="【持戻り】9/28時点 未配達7件のご確認のお願い",
    charset="shift_jis",
    body=f"""ルミエール化粧品株式会社
カスタマーサポートご担当者様

いつもお世話になっております。日の出産業 EC出荷チームの田部井です。

配送会社から返送・保管中の連絡があった7件です（エクセルから貼り付けています）。
お客様へのご確認後、再配達 or 返品処理のご指示をいただけますでしょうか。
保管期限は10/5(月)までです。

{_tsv}

よろしくお願いいたします。
田部井
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven consignees (name, address, phone) pasted tab-separated in the body",
)

# 011 pass — quoted reply: carrier's list sits in > lines, new text has none
_p = crowd("011", 6)
_q = "\n".join(f"> {i}. {x['name']}様 {x['addr']} TEL {x['tel']}" for i, x in enumerate(_p, 1))
add(
    sender=frm("tabei"),
    to=["東都急便 北埼玉センター 根岸様 <kitasaitama-c@toto-kyubin.co.jp>"],
    subject="Re: 住所不備による持戻り6件のご連絡",
    charset="iso-2022-jp",
    body=f"""東都急便株式会社 北埼玉センター
根岸様

ご連絡ありがとうございます。
6件とも荷主様経由でお客様に確認が取れましたので、正しい住所で送り状を再発行し、
本日の夕方便で再出荷いたします。旧伝票は破棄をお願いします。

田部井

根岸 様 wrote:
> 日の出産業 田部井様
>
> お世話になっております。東都急便の根岸です。
> 下記6件、住所不備のため持戻りとなっております。ご確認をお願いします。
>
{_q}
>
> 東都急便株式会社 北埼玉センター 根岸
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the consignee list is only in quoted (>) text from the carrier's own mail",
)

# 012 stop — customer's card number copied from a return slip
_card = card_number(4801)
_card_s = " ".join(_card[i:i + 4] for i in range(0, 16, 4))
add(
    sender=frm("akutsu"),
    to=["ルミエール化粧品 CS 宮脇様 <miyawaki@lumiere-cosme.co.jp>"],
    subject="返品同梱メモの件（受注番号 LC-20260915-0388）",
    charset="utf-8",
    body=f"""ルミエール化粧品株式会社
CS 宮脇様

お世話になっております。日の出産業 返品センターの阿久津です。

受注番号 LC-20260915-0388 の返品（美容液 2本）に、お客様の手書きメモが同梱されていました。
返金方法のご指示のようですので、原文のまま転記いたします。

-----（メモ原文）-----
ルミエール様
肌に合わなかったので返品します。返金は下のカードにお願いします。
カード番号 {_card_s}
有効期限 11/29
名義 KAORI OBANA（尾花 香織）
--------------------

メモの原本は返品センターで保管しております。処理方針をご指示ください。

{sig("akutsu", 2)}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's credit card number transcribed into mail to the shop",
)

# 013 stop — four carriers visible in To
add(
    sender=frm("onizuka"),
    to=["東都急便 北埼玉センター <kitasaitama-c@toto-kyubin.co.jp>",
        "はやて宅配便 法人窓口 <houjin@hayate-takuhai.jp>",
        "青葉運輸 加須営業所 <kazo@aoba-unyu.co.jp>",
        "北関東物流サービス 配車係 <haisha@kitakanto-butsuryu.co.jp>"],
    subject="年末年始の集荷スケジュールについて（日の出産業 東日本物流センター）",
    charset="iso-2022-jp",
    body=f"""各運送会社 ご担当者様

いつも大変お世話になっております。日の出産業 東日本物流センターの鬼塚です。
年末年始の集荷スケジュールを下記のとおりとさせていただきます。

　12/28(月)　通常どおり（最終便 18:30）
　12/29(火)　午前便のみ（〜11:30）
　12/30(水)〜1/3(日)　センター休業（集荷なし）
　1/4(月)　　9:00より通常集荷

12月第3週から出荷量が通常の1.4倍程度になる見込みです。
増車のご相談は各社個別にさせていただきます。

{sig("onizuka")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external carriers can see each other in To; should have been Bcc",
)

# 014 pass — statistics to a client (no people)
add(
    sender=frm("yamane"),
    to=["北国フーズ 物流部 笹川様 <sasagawa@kitaguni-foods.co.jp>"],
    subject="9月度 物流KPIのご報告",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
物流部 笹川様

いつもお世話になっております。日の出産業の山根です。
9月度のKPIをご報告いたします。

　出荷件数　　　　　 48,312件（前月比 +6.2%）
　出荷ケース数　　　152,880cs
　誤出荷件数　　　　　　  7件（誤出荷率 0.014%）
　破損・汚損　　　　　　 11件
　当日出荷率　　　　　 99.6%
　在庫差異（棚卸）　　 -0.03%（金額ベース）
　返品入荷　　　　　　 412件

誤出荷7件のうち5件はケース入数の相違（24入→20入の規格変更品）によるものでした。
マスタ更新のタイミングを事前共有いただく運用に変更させてください。

詳細は10/9の定例会でご説明いたします。

{sig("yamane", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics without any people",
)

# 015 stop — look-alike of a partner carrier (aoba-unyo)
add(
    sender=frm("onizuka"),
    to=["村越 様 <murakoshi@aoba-unyo.co.jp>"],
    subject="10/12 チャーター便のお願い（館林DC向け）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
村越様

お世話になっております。日の出産業の鬼塚です。

10/12(月)に館林DC向けの横持ちが発生しました。
10t ウイング車 1台、積込 13:00、荷量はパレット16枚（約9.2t）です。
運賃は前回と同条件（片道 38,500円 税別）でお願いできればと存じます。

{sig("onizuka", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyo.co.jp is a one-letter look-alike of partner aoba-unyu.co.jp",
)

# 016 pass — quoted reply below -----Original Message-----
_p = crowd("016", 6)
_q = "\n".join(f"{x['name']}　{x['kana']}　{x['tel']}" for x in _p)
add(
    sender=frm("onodera"),
    to=["ワークプラス 加藤様 <k.kato@workplus-haken.com>"],
    subject="RE: 10月応援スタッフ6名のご紹介",
    charset="shift_jis",
    body=f"""加藤様

お世話になっております。小野寺です。
6名様の件、承知いたしました。10/5(月) 8:15に守衛所集合でお願いします。
入場カードは当日お渡しします。

小野寺

-----Original Message-----
From: 加藤 健司 <k.kato@workplus-haken.com>
Sent: Tuesday, September 29, 2026 5:42 PM
To: 小野寺 真由 <onodera.mayu@hinode-sangyo.co.jp>
Subject: 10月応援スタッフ6名のご紹介

日の出産業 小野寺様

いつもお世話になっております。ワークプラスの加藤です。
10月からの応援スタッフ6名をご紹介します。

{_q}

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six names/phones are in the agency's own quoted original; new text has none",
)

# 017 stop — My Number of two casual workers to a tax accountant
_p = crowd("017", 2)
add(
    sender=frm("miwa"),
    to=["加藤会計事務所 菊地様 <kikuchi@kato-kaikei.jp>"],
    subject="日雇アルバイト2名の源泉徴収票作成について",
    charset="iso-2022-jp",
    body=f"""加藤会計事務所
菊地様

いつもお世話になっております。日の出産業 人事部の三輪です。
物流センターで8月に短期で雇用したアルバイト2名について、源泉徴収票の作成をお願いします。
本人確認書類は確認済みです。

【1】{_p[0]['name']}
　住所：{_p[0]['addr']}
　個人番号：{my_number(4801)}
　支払金額：184,200円（8/3〜8/28）

【2】{_p[1]['name']}
　住所：{_p[1]['addr']}
　個人番号：{my_number(4802)}
　支払金額：96,750円（8/17〜8/31）

よろしくお願いいたします。

{sig("miwa")}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two people's My Numbers (個人番号) to an external accountant",
)

# 018 pass — a single free-mail recipient: a temp's own shift
add(
    sender=frm("onodera"),
    to=["suneya.ren0412@gmail.com"],
    subject="10月のシフト確定のお知らせ",
    charset="utf-8",
    body=f"""強矢さん

お疲れさまです。物流センター業務課の小野寺です。
10月のシフトが確定しましたのでお知らせします。

　10/1(木)〜10/3(土)　8:00-17:00　A棟 入荷
　10/5(月)〜10/9(金)　13:00-22:00　B棟 出荷（夜間応援）
　10/12(月)以降　　　 8:00-17:00　A棟 入荷

夜間帯は送迎バスの時刻が変わります（加須駅北口 12:25発）。
変更希望があれば10/2までに派遣会社の担当さん経由で連絡してください。

小野寺
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient receiving only their own shift",
)

# 019 stop — residence-card numbers of three foreign temps
_p = crowd("019", 3, foreign=3)
_rng = random.Random("rc019")
_rc = "\n".join(
    f"・{x['name']}（{x['roma']}）　在留カード番号 {''.join(_rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}"
    f"{_rng.randint(10000000, 99999999)}{''.join(_rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}"
    f"　在留期限 2026年{_rng.randint(10, 12)}月{_rng.randint(1, 28)}日" for x in _p)
add(
    sender=frm("onodera"),
    to=["畠山 様 <hatakeyama.y@kanto-logistaff.jp>"],
    subject="在留期限が近いスタッフ様の確認依頼",
    charset="iso-2022-jp",
    body=f"""関東ロジスタッフ株式会社
畠山様

お世話になっております。日の出産業の小野寺です。
入場登録時に控えた在留カードの情報で、在留期限が年内に到来する方が3名いらっしゃいます。
更新手続きの状況をご確認いただき、新しいカードの写しをいただけますでしょうか。

{_rc}

期限を過ぎた場合は就業いただけなくなりますので、お早めにお願いします。

{sig("onodera")}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="three people's residence card (在留カード) numbers to an agency",
)

# 020 pass — two partner organisations in To/Cc: a normal three-way meeting
add(
    sender=frm("yoshimizu"),
    to=["平賀様 <hiraga@tsubasa-system.jp>"],
    cc=["村越様 <murakoshi@aoba-unyu.co.jp>", frm("onizuka")],
    subject="WMS－送り状システム連携の打合せ日程（10/20候補）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 平賀様
青葉運輸 村越様

お世話になっております。日の出産業 情報システムの吉水です。
WMSから青葉運輸様の送り状発行システムへの出荷データ連携について、
三者で打合せをさせてください。

候補日：10/20(火) 14:00〜15:30、10/22(木) 10:00〜11:30
場所：東日本物流センター 2F 会議室B（Teamsも併用します）

議題
　1) 連携ファイルのレイアウト（CSV固定長 → API化の可否）
　2) 送り状番号の採番タイミング
　3) 切替日程と並行稼働期間

ご都合をお知らせください。

{sig("yoshimizu")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc — a normal three-way meeting",
)

# 021 stop — monthly timesheet XLSX, several sheets with a title row
_p = crowd("021", 9)
_rng = random.Random("ts021")
_sum = [["2026年9月度 派遣就業実績（ワークプラス株式会社様分）"], [],
        ["スタッフNo", "氏名", "就業日数", "総労働時間", "うち残業", "うち深夜", "備考"]]
_h1 = [["9/1〜9/15 日別明細"], ["スタッフNo", "氏名", "日付", "開始", "終了", "実働"]]
_h2 = [["9/16〜9/30 日別明細"], ["スタッフNo", "氏名", "日付", "開始", "終了", "実働"]]
for _x in _p:
    _days = _rng.randint(14, 21)
    _ot = round(_rng.uniform(0, 22), 1)
    _sum.append([_x["sid"], _x["name"], _days, round(_days * 8 + _ot, 1), _ot,
                 _rng.choice([0, 0, 6.5, 12.0]), _rng.choice(["", "", "9/16台風早退", "有給1日"])])
    for _d in range(1, 31, 3):
        (_h1 if _d <= 15 else _h2).append([_x["sid"], _x["name"], f"9/{_d}", "8:00",
                                           _rng.choice(["17:00", "18:00", "20:00"]), ""])
add(
    sender=frm("onodera"),
    to=["加藤様 <k.kato@workplus-haken.com>"],
    subject="9月度 就業実績（確定版）送付",
    charset="iso-2022-jp",
    body=f"""ワークプラス株式会社
加藤様

お世話になっております。日の出産業の小野寺です。
9月度の就業実績（確定版）をお送りします。
前回お送りした速報版から、9/16の早退時間を修正しています。

集計シートと日別明細（前半・後半）の3シート構成です。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "就業実績_202609_ワークプラス様.xlsx",
                  "sheets": {"集計": _sum, "明細_前半": _h1, "明細_後半": _h2}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="XLSX (3 sheets, title row) of nine named temps' working hours to an agency",
)

# 022 pass — English: introducing the new desk contact (one business contact)
add(
    sender=frm("imaizumi"),
    to=["Daniel Whitford <d.whitford@pacificcrest-freight.com>"],
    subject="Change of contact for inbound bookings from November",
    charset="utf-8",
    body=f"""Dear Daniel,

I hope you are well.

I will be transferring to our Osaka office at the end of October. From November 1,
inbound booking requests and arrival notices for the Kazo center should go to my colleague:

    Ms. Rena Togasaki, International Logistics Team
    Direct line: +81-480-73-5252
    E-mail: togasaki.rena@hinode-sangyo.co.jp

I will copy her on our correspondence during October so the handover is smooth.
Thank you very much for your support over the past three years.

{sig("imaizumi", 3)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one business contact (a colleague's desk line and company mail) — ordinary mail",
)

# 023 stop — list of entrants to the police (6 people)
_p = crowd("023", 6)
_rng = random.Random("in023")
_rows = [["入構時刻", "退構時刻", "氏名", "所属", "車両番号", "連絡先"]]
for _x in _p:
    _rows.append([f"22:{_rng.randint(10, 59)}", f"0{_rng.randint(1, 5)}:{_rng.randint(10, 59)}", _x["name"],
                  _rng.choice(["東都急便（傭車）", "北関東物流サービス", "青葉運輸", "個人事業主"]),
                  f"熊谷{_rng.randint(100, 800)} {_rng.choice('あかさたなは')} {_rng.randint(10, 99)}-{_rng.randint(10, 99)}",
                  _x["tel"]])
add(
    sender=frm("koori"),
    to=["加須警察署 刑事課 <keiji-kazo@police.pref-saitama.lg.jp>"],
    subject="ご依頼の入構記録（9月14日夜間）の送付",
    charset="iso-2022-jp",
    body=f"""加須警察署 刑事課
芹沢 巡査部長 様

お世話になっております。日の出産業株式会社 東日本物流センター 総務の桑折です。
お電話でご依頼のありました、9月14日(月)22時〜翌15日6時の北門入構記録を
守衛所の受付簿から書き起こしてお送りいたします。

{table(_rows)}

防犯カメラ映像（北門・第2駐車場）は本日DVD-Rに書き出しましたので、
お引き取りの日時をご指示ください。

{sig("koori")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six drivers' names and mobiles from the gate log sent externally (to police)",
)

# 024 pass — depot list of a carrier (businesses, not people)
add(
    sender=frm("onizuka"),
    to=["丸山様 <maruyama@maruyama-zakka.jp>"],
    subject="東都急便 営業所留め可能な営業所一覧",
    charset="shift_jis",
    body=f"""株式会社マルヤマ雑貨
丸山様

お世話になっております。日の出産業の鬼塚です。
お問い合わせのあった「営業所留め」に対応している近隣の営業所です。
お客様へのご案内にお使いください。

{table([["営業所", "住所", "電話", "受取時間"],
        ["東都急便 加須営業所", "埼玉県加須市下三俣1120-4", "0480-62-4471", "8:00-21:00"],
        ["東都急便 久喜営業所", "埼玉県久喜市清久町48-2", "0480-21-3390", "8:00-21:00"],
        ["東都急便 羽生営業所", "埼玉県羽生市小松台2-705", "048-560-1187", "8:00-20:00"],
        ["東都急便 館林営業所", "群馬県館林市近藤町320-1", "0276-74-6620", "8:00-20:00"],
        ["東都急便 古河営業所", "茨城県古河市下辺見1985", "0280-31-5502", "9:00-19:00"],
        ["東都急便 行田営業所", "埼玉県行田市富士見町1-16-3", "048-553-0811", "8:00-20:00"]])}

土日祝は受取時間が短縮になる営業所がありますのでご注意ください。

{sig("onizuka", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of carrier depots (business addresses and switchboards), no people",
)

# 025 stop — passport numbers for gate passes, to the security company
add(
    sender=frm("imaizumi"),
    to=["セキュアアイ 加須隊 隊長 宍戸様 <shishido@secureeye-keibi.co.jp>"],
    subject="10/15 海外荷主様ご来訪に伴う入構申請",
    charset="iso-2022-jp",
    body=f"""株式会社セキュアアイ
加須隊 宍戸様

お世話になっております。日の出産業 国際物流チームの今泉です。
10/15(木)に海外荷主様の品質チームが来訪されます。
入構証の事前発行をお願いいたします（当日はパスポートで本人確認をお願いします）。

　1. Mr. Nguyen Hoang Long（ベトナム）　旅券番号 C4718203　10:00〜16:00
　2. Ms. Pham Thi Thu Ha（ベトナム）　旅券番号 C5092671　10:00〜16:00

案内は今泉が正門までお迎えにあがります。
車両での入構はありません（加須駅からタクシー）。

{sig("imaizumi")}
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME"],
    detectors=["personal_data"],
    note="two visitors' passport numbers to an external security company",
)

# 026 pass — shop list of a client (returns counters of 北国フーズ直営店)
add(
    sender=frm("akutsu"),
    to=["はやて宅配便 法人窓口 菅野様 <houjin@hayate-takuhai.jp>"],
    subject="北国フーズ様 直営店の返品受付窓口（集荷先一覧）",
    charset="utf-8",
    body=f"""はやて宅配便株式会社
法人窓口 菅野様

お世話になっております。日の出産業 返品センターの阿久津です。
11月から開始する店舗返品の定期集荷（毎週火曜）の集荷先一覧です。

・北国フーズ 大宮ルミネ店　埼玉県さいたま市大宮区錦町630 B1F　048-641-0082
・北国フーズ 浦和パルコ店　埼玉県さいたま市浦和区東高砂町11-1 B1F　048-829-5531
・北国フーズ 川越丸広店　埼玉県川越市新富町2-6-1 B1F　049-224-7760
・北国フーズ 熊谷八木橋店　埼玉県熊谷市仲町74 1F　048-527-1203
・北国フーズ 越谷レイクタウン店　埼玉県越谷市レイクタウン3-1-1 1F　048-934-6618

集荷時間は各店とも14:00〜16:00でお願いします。
伝票は元払い、請求先は弊社（お客様コード 55-20418）です。

{sig("akutsu", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of shops (business addresses and phones), not people",
)

# 027 stop — pension numbers for a new direct-hire part-timer, to 社労士
_x = crowd("027", 1)[0]
add(
    sender=frm("miwa"),
    to=["北埼玉社会保険労務士法人 根本様 <nemoto@kitasaitama-sr.or.jp>"],
    subject="資格取得届の作成依頼（物流センター パート 1名）",
    charset="shift_jis",
    body=f"""北埼玉社会保険労務士法人
根本様

いつもお世話になっております。日の出産業 人事部の三輪です。
物流センターで10/1付で直接雇用に切り替えたパート1名について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名　　　　：{_x['name']}（{_x['kana']}）
　生年月日　　：{wareki(_x['dob'])}
　住所　　　　：〒{_x['zip']} {_x['addr']}
　基礎年金番号：4127-608395
　報酬月額　　：178,000円（週30時間）
　被扶養者　　：なし

雇用契約書の写しは別途郵送いたします。

{sig("miwa", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a person's 基礎年金番号 with DOB and address to an external labour consultant",
)

# 028 pass — three attendees for a forklift course (under five)
_p = crowd("028", 3)
add(
    sender=frm("izutsu"),
    to=["関東フォークリフト教習センター 受付 <uketsuke@kanto-fl-center.co.jp>"],
    subject="技能講習（11トン未満・31時間コース）受講申込 3名",
    charset="iso-2022-jp",
    body=f"""関東フォークリフト教習センター
受付ご担当者様

お世話になっております。日の出産業株式会社の井筒です。
11月開講の31時間コースに、以下3名の受講を申し込みます。

{chr(10).join(f"　{i}) {x['name']}（{x['kana']}）　{x['dob'].strftime('%Y年%m月%d日')}生　携帯 {x['tel']}" for i, x in enumerate(_p, 1))}

受講料は会社から振り込みます。請求書の宛名は「日の出産業株式会社 東日本物流センター」で
お願いいたします。

{sig("izutsu")}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' details — under the five-person threshold (may be warned)",
)

# 029 stop — health-check results of forklift operators (XLSX) to the clinic
_p = crowd("029", 7)
_rng = random.Random("hc029")
_rows = [["令和8年度 定期健康診断 有所見者一覧（フォークリフト運転者）"], [],
         ["氏名", "生年月日", "血圧", "HbA1c", "視力(右/左)", "判定", "所見"]]
for _x in _p:
    _rows.append([_x["name"], _x["dob"].strftime("%Y/%m/%d"),
                  f"{_rng.randint(128, 176)}/{_rng.randint(80, 108)}", round(_rng.uniform(5.4, 8.9), 1),
                  f"{_rng.choice(['0.6', '0.8', '1.0'])}/{_rng.choice(['0.5', '0.7', '1.2'])}",
                  _rng.choice(["C 要経過観察", "D1 要治療", "D2 要精密検査"]),
                  _rng.choice(["高血圧症（治療中）", "2型糖尿病の疑い", "心電図異常（不整脈）",
                               "脂質異常症", "睡眠時無呼吸症候群の疑い"])])
add(
    sender=frm("izutsu"),
    to=["加須みなみクリニック 産業医 大塚先生 <otsuka@kazo-minami-clinic.jp>"],
    subject="有所見者の就業判定のお願い（フォークリフト運転者7名）",
    charset="iso-2022-jp",
    body=f"""加須みなみクリニック
大塚先生

いつもお世話になっております。日の出産業 東日本物流センターの井筒です。
今年度の定期健診で有所見となったフォークリフト運転者7名の一覧をお送りします。
運転業務を継続してよいか、就業上の措置についてご意見をいただけますでしょうか。
次回の訪問日（10/21）に面談を設定することも可能です。

{sig("izutsu", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "有所見者一覧_FL運転者.xlsx",
                  "sheets": {"有所見者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check findings (要配慮) of seven named operators in XLSX to an outside clinic",
)

# 030 pass — internal only: roster with My Numbers to HQ payroll
_p = crowd("030", 6)
_csv = [["氏名", "フリガナ", "生年月日", "住所", "個人番号", "雇用区分"]]
for _i, _x in enumerate(_p):
    _csv.append([_x["name"], _x["kana"], _x["dob"].isoformat(), _x["addr"], my_number(4803 + _i),
                 "短期アルバイト"])
add(
    sender=frm("onodera"),
    to=[frm("miwa"), "人事部 給与G <hr-kyuyo@hinode-sangyo.co.jp>"],
    subject="【センター→人事】10月入社 短期アルバイト6名 マイナンバー提出",
    charset="shift_jis",
    body="""三輪さん

お疲れさまです。センター業務課の小野寺です。
10月入社の短期アルバイト6名分、マイナンバーを回収しましたのでCSVで送ります。
番号確認書類・身元確認書類のコピーは社内便で本日発送しました。

小野寺
""",
    attachments=[{"kind": "csv", "name": "mynumber_202610.csv", "encoding": "cp932", "rows": _csv}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="all recipients internal (hinode-sangyo.co.jp): passes whatever it carries",
)

# 031 stop — disability and accommodations of one worker, to a job-coach NPO
add(
    sender=frm("onodera"),
    to=["就労支援センターかぞ ジョブコーチ 矢部様 <yabe@kazo-shuroshien.or.jp>"],
    subject="蛭田さんの配置換えについてのご相談",
    charset="iso-2022-jp",
    body=f"""NPO法人 就労支援センターかぞ
ジョブコーチ 矢部様

いつもお世話になっております。日の出産業 物流センターの小野寺です。

蛭田 勇気さん（療育手帳B2、軽度の知的障害）について、11月からの配置換えをご相談させてください。
現在のピッキング（B棟）は作業指示がハンディ端末の画面表示に変わったため、
本人から「文字が多くて分からなくなる」との声があり、ミスが続いています。

候補としては、色分けされたカゴへの仕分け作業（A棟 返品仕分け）を考えています。
通院（月1回、第2水曜午後）の配慮はこれまでどおり継続します。

次回の定着支援訪問の際に、ご本人を交えてお話しできればと思います。

{sig("onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's disability (療育手帳・知的障害) — 要配慮 of one person, external",
)

# 032 stop — five free-mail temps in To, visible to each other
add(
    sender=frm("onodera"),
    to=["tadokoro.sh@gmail.com", "kogure_megu77@yahoo.co.jp", "hiruta.d.0305@docomo.ne.jp",
        "arai-kaori@icloud.com", "sekiguchi.t1988@ezweb.ne.jp"],
    subject="【重要】台風接近に伴う明日(9/16)の出勤について",
    charset="iso-2022-jp",
    body="""夜勤チームのみなさん

お疲れさまです。物流センター業務課の小野寺です。
台風14号の接近により、明日9/16(水)の夜勤（22:00〜）は中止とします。
送迎バスも運休です。

休業手当の扱いは派遣会社さんから別途連絡があります。
9/17(木)の勤務は通常どおりの予定ですが、変更があれば明日15時までにメールします。

小野寺
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons (free mail) in To see each other's addresses: should be Bcc",
)

# 033 pass — internal only: heat-stroke report with diagnosis to the safety committee
add(
    sender=frm("izutsu"),
    to=["安全衛生委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    cc=[frm("yamane")],
    subject="【社内報告】9/3 熱中症救急搬送（B棟2F）",
    charset="utf-8",
    body="""安全衛生委員各位

9/3に発生した熱中症の救急搬送について報告します。

被災者：真壁 拓海（派遣・スマイルワークス、26歳）
診断：熱中症II度（加須総合病院、点滴後帰宅、2日間の休業）
既往：本人申告で高血圧の治療中（降圧剤服用）

原因として、B棟2F中2階のスポットクーラー1台が故障していたこと、
入場3日目で暑熱順化ができていなかったことが考えられます。
対策案は10/1の委員会で審議します。

井筒
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health data of a named worker, but every recipient is internal",
)

# 034 stop — arrest of a former temp, told to the client
add(
    sender=frm("yamane"),
    to=["株式会社マルヤマ雑貨 取締役 丸山 孝雄様 <t.maruyama@maruyama-zakka.jp>"],
    subject="在庫不明品の件のご報告（お詫び）",
    charset="iso-2022-jp",
    body=f"""株式会社マルヤマ雑貨
取締役 丸山様

平素より大変お世話になっております。日の出産業 東日本物流センターの山根でございます。

8月から調査しておりました貴社在庫（ワイヤレスイヤホン MZ-TW-0455）の不明分について、
ご報告とお詫びを申し上げます。

9月20日、当センターで就業していた元派遣スタッフの勅使河原 颯（てしがわら はやて）が、
当該商品を持ち出してフリマアプリで転売していたとして、窃盗の容疑で加須警察署に逮捕されました。
現時点で判明している被害は64個（上代換算 約54万円）です。

損害につきましては全額弊社にて補償させていただきます。
再発防止策（退場時の所持品検査、高額品ケージの施錠管理）は別途書面にてご説明に伺います。

誠に申し訳ございませんでした。

{sig("yamane")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest (criminal record, 要配慮) disclosed to a client",
)

# 035 pass — one free-mail EC customer, about her own return
add(
    sender=frm("akutsu"),
    to=["ubukata.sanae@yahoo.co.jp"],
    subject="返品商品到着のご連絡（ほしぞらベビー 受注番号 HB-7730218）",
    charset="iso-2022-jp",
    body="""生方 様

いつもほしぞらベビーをご利用いただきありがとうございます。
返品業務を委託されております日の出産業 返品センターでございます。

ご返送いただいた商品（ベビーカー用レインカバー 1点）を10月6日に受け取りました。
検品の結果、問題ございませんでしたので、ほしぞらベビーより3〜5営業日以内に
ご返金のご案内が届きます。

返送伝票番号：はやて宅配便 5530-2281-9064

ご不明な点はほしぞらベビー カスタマーセンター（0120-55-8120）までお問い合わせください。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail customer about her own return; tracking number only",
)

# 036 stop — victim of an assault at the dock, to the partner carrier
add(
    sender=frm("koori"),
    to=["青葉運輸株式会社 安全管理部 <anzen@aoba-unyu.co.jp>"],
    cc=[frm("yamane")],
    subject="10/2 3番バースでの暴行事案について（申し入れ）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
安全管理部 ご担当者様

日の出産業株式会社 東日本物流センター 総務の桑折です。

10月2日(金)19時頃、当センター3番バースにて、貴社の傭車ドライバーの方が
積込順をめぐって派遣スタッフの栗栖 千尋さん（検品担当）の胸を突き飛ばし、
栗栖さんが転倒して右手首を負傷する事案が発生しました。
栗栖さんは翌日、加須警察署に被害届を提出しています。

当該ドライバーの方については当面の入構をお断りさせていただきます。
事実関係の確認と再発防止について、10/9までにご回答をお願いいたします。

{sig("koori", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a crime victim (被害届) and her injury — 要配慮 of one person, external",
)

# 037 stop — look-alike of our own domain, with a roster of new part-timers
_p = crowd("037", 5)
_blocks = "\n\n".join(
    f"■{x['name']}（{x['kana']}）\n　生年月日：{wareki(x['dob'], 'short')}\n　住所：{x['addr']}\n　携帯：{x['tel']}"
    for x in _p)
add(
    sender=frm("onodera"),
    to=["三輪 恭子 <miwa.kyoko@hinode-sangyou.co.jp>"],
    subject="10/1入社 パート5名の入社書類データ",
    charset="shift_jis",
    body=f"""三輪さん

お疲れさまです。物流センターの小野寺です。
10/1入社のパート5名の基本情報です。雇用契約書の原本は社内便で送りました。

{_blocks}

社会保険の加入は5名とも対象です。よろしくお願いします。

小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a look-alike of our own domain; five people's records",
)

# 038 pass — labour-accident statistics to the insurer (no people)
add(
    sender=frm("izutsu"),
    to=["久米様 <kume.t@hinomaru-sonpo.co.jp>"],
    subject="過去3年の労働災害発生状況（更改資料）",
    charset="iso-2022-jp",
    body=f"""ひのまる損害保険株式会社
久米様

お世話になっております。日の出産業の井筒です。
契約更改のための労災発生状況をお送りします（東日本物流センター、派遣含む）。

　　　　　　　　　2024年度　2025年度　2026年度(9月末)
　腰痛（荷扱い）　　　 6件　　　 4件　　　 3件
　熱中症　　　　　　　 3件　　　 5件　　　 4件
　転倒・つまずき　　　 4件　　　 2件　　　 1件
　フォークリフト接触　 1件　　　 0件　　　 1件
　挟まれ・切れ　　　　 2件　　　 3件　　　 1件
　休業4日以上　　　　 3件　　　 2件　　　 2件
　延べ労働時間（千h） 1,120　　 1,184　　　 640

腰痛は入荷（米・飲料のケース手降ろし）に集中しているため、
今年度は真空リフターを2台導入しました。

{sig("izutsu", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate accident statistics without any person",
)

# 039 stop — religious practice of a named worker, to the agency
add(
    sender=frm("onodera"),
    to=["加藤様 <k.kato@workplus-haken.com>"],
    subject="アフマドさんの休憩時間と食事について",
    charset="utf-8",
    body=f"""ワークプラス株式会社
加藤様

お世話になっております。日の出産業の小野寺です。

10月から就業いただいているアフマド・ハキムさん（インドネシア出身）ですが、
イスラム教徒でいらっしゃるため、1日のうち2回（12:30頃と15:30頃）お祈りの時間が必要と
ご本人から相談がありました。
A棟2Fの更衣室横の小部屋を使っていただく形で調整します。

また、社員食堂のメニューは豚由来の食材を使うものが多いため、
持参の弁当を休憩室の冷蔵庫に保管できるようにしました。
来年3月のラマダン期間中のシフトについても、事前にご本人と相談させてください。

{sig("onodera", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's religion (信条) — 要配慮 of one person, to the agency",
)

# 040 stop — three staffing agencies visible to each other
add(
    sender=frm("onodera"),
    to=["スマイルワークス 遠藤様 <endo.k@smileworks-staff.co.jp>",
        "関東ロジスタッフ 畠山様 <hatakeyama.y@kanto-logistaff.jp>"],
    cc=["ワークプラス 加藤様 <k.kato@workplus-haken.com>"],
    subject="11月〜12月 繁忙期の増員依頼",
    charset="shift_jis",
    body=f"""派遣会社各社 ご担当者様

いつもお世話になっております。日の出産業 東日本物流センターの小野寺です。
年末の繁忙期に向けて、下記のとおり増員をお願いしたく存じます。

　期間　：11/16(月)〜12/29(火)
　人数　：日勤 25名、夜勤 12名（各社合計）
　業務　：ピッキング、梱包、ギフト包装
　時給　：日勤 1,250円、夜勤 1,560円（前年比 +50円）

各社さまの対応可能人数を10/16(金)までにお知らせください。

{sig("onodera")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external agencies (competitors) visible to each other in To/Cc",
)

# 041 pass — heat-stroke statistics, no names, to the client
add(
    sender=frm("izutsu"),
    to=["笹川様 <sasagawa@kitaguni-foods.co.jp>"],
    subject="今夏の暑熱対策の振り返り（定例会資料）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
笹川様

お世話になっております。井筒です。
定例会でご質問のあった今夏（6〜9月）の熱中症発生状況です。

・熱中症（疑い含む）：4件（うち救急搬送 1件、休業 1件）
・発生場所：B棟2F中2階 3件、屋外バース 1件
・発生時間帯：13時〜16時 4件すべて
・WBGT 31以上の日数：22日（昨年 17日）

対策として、B棟2Fにスポットクーラー4台を追加、空調服を120着貸与、
WBGT 31以上の日は作業を45分ごとに15分休憩としました。
来年は中2階の天井断熱工事を検討しています。

{sig("izutsu", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="heat-illness counts without any identifiable person",
)

# 042 stop — look-alike of a partner client (kitaguni-food.co.jp, dropped s)
add(
    sender=frm("tabei"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-food.co.jp>"],
    subject="10月第1週 在庫報告（賞味期限 3か月未満品）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
鶴岡様

お世話になっております。日の出産業 EC出荷チームの田部井です。
賞味期限まで3か月を切った在庫は以下のとおりです。

　KF-1180 北海道ポテトチップス うすしお　　  420cs　賞味期限 2026/12/18
　KF-2044 とうきびスープ 5食入　　　　　　　 96cs　賞味期限 2026/12/25
　KF-3305 鮭フレーク 瓶 110g　　　　　　　　 58cs　賞味期限 2027/01/04

EC限定のセット販売等でご活用いただけるか、ご検討をお願いいたします。

{sig("tabei")}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp",
)

# 043 pass — invoice with the T-number (company), order and invoice numbers
add(
    sender="経理 請求担当 <seikyu@hinode-sangyo.co.jp>",
    to=["北関東物流サービス 経理課 <keiri@kitakanto-butsuryu.co.jp>"],
    subject="2026年9月分 構内作業料のご請求について",
    charset="iso-2022-jp",
    body=f"""北関東物流サービス株式会社
経理課 ご担当者様

平素より大変お世話になっております。
9月分の構内作業料（クロスドック・仮置き保管）のご請求です。

　請求書番号　：HS-LC-2609-0153
　請求金額　　：1,284,920円（税込）
　　うち10%対象 1,168,109円 / 消費税 116,811円
　お支払期限　：2026年10月31日
　振込先　　　：みどり銀行 加須支店 当座 0418207 ヒノデサンギョウ（カ
　適格請求書発行事業者 登録番号：T{corp_number("301200418863")}

請求書原本（PDF）は請求システムからダウンロードいただけます。

日の出産業株式会社 経理部
TEL 03-5821-4470
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and company bank account — no personal data",
)

# 044 stop — look-alike of the WMS vendor (.co.jp instead of .jp)
add(
    sender=frm("yoshimizu"),
    to=["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
    subject="【障害】WMS 出荷指示取込エラー（E-4102）",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

日の出産業 情報システムの吉水です。
本日9:40頃から、出荷指示データの取込で以下のエラーが発生しています。

  ERROR E-4102 ImportJob[SHIP_ORD] line 1882: duplicate key ORD_NO=KF26100700418
  ERROR E-4102 ImportJob[SHIP_ORD] line 1883: duplicate key ORD_NO=KF26100700419

取込対象ファイル：SHIP_ORD_20261007_0930.csv（北国フーズ様分、2,114行）
10:30の締めに影響が出るため、至急ご確認をお願いします。

{sig("yoshimizu", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp is another-TLD look-alike of partner tsubasa-system.jp",
)

# 045 stop — 【社外秘】 marking on a carrier-rate memo sent out
add(
    sender=frm("onizuka"),
    to=["根岸様 <kitasaitama-c@toto-kyubin.co.jp>"],
    subject="【社外秘】2027年度 配送委託の方針（案）",
    charset="iso-2022-jp",
    body=f"""東都急便株式会社
北埼玉センター 根岸様

お世話になっております。日の出産業の鬼塚です。
来期の配送委託について、社内で検討中の方針案を共有いたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【社外秘】2027年度 東日本物流センター 配送委託方針（案）
　作成：輸配送管理課　　版：0.3　　2026/10/05
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
1. 小口宅配の委託先を現行3社から2社に集約する
2. 60サイズ以下の運賃目標：現行比 -4%
3. 再配達率 12%以上の地域は置き配標準化を荷主と協議
4. 2027年4月から適用、契約更新は3月末

方針が固まり次第、正式に見積をお願いする予定です。

{sig("onizuka")}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="a 【社外秘】 classification stamp on the mail going to an external carrier",
)

# 046 pass — four temps' timesheet corrections (under five)
add(
    sender=frm("onodera"),
    to=["遠藤様 <endo.k@smileworks-staff.co.jp>"],
    subject="Re: 9月請求書の勤怠相違について",
    charset="iso-2022-jp",
    body=f"""遠藤様

お世話になっております。小野寺です。
ご指摘の4名分、打刻データを確認しました。正しくは以下のとおりです。

　相馬 陽菜 様　　9/8　 8:00-17:00 → 8:00-19:00（残業2h、打刻漏れ）
　五十嵐 達也 様　9/11　欠勤 → 出勤 13:00-22:00（夜勤応援、紙の出勤簿で確認）
　新井 麻衣 様　　9/22　8:00-17:00 → 8:00-12:00（体調不良で早退）
　保泉 剛 様　　　9/25　8:00-17:00 → 8:00-18:30（残業1.5h）

請求書はこの内容で再発行をお願いいたします。

{sig("onodera", 2)}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="four people's attendance corrections — under the five-person threshold",
)

# 047 stop — homoglyph look-alike of our own domain (0 for o)
add(
    sender=frm("tabei"),
    to=["EC事業部 出荷管理 <ec-shukka@hinode-sangy0.co.jp>"],
    subject="10/8 出荷実績（EC各ショップ）",
    charset="iso-2022-jp",
    body="""EC事業部 出荷管理ご担当

お疲れさまです。センターEC出荷チームの田部井です。
10/8の出荷実績です。

　ルミエール化粧品　　1,284件（うち翌日配送 1,102件）
　ほしぞらベビー　　　  611件
　マルヤマ雑貨　　　　  948件
　北国フーズ（EC）　　  402件

ルミエール様の新商品予約分（約3,000件）は10/12出荷開始です。

田部井
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangy0.co.jp (zero for o) is a homoglyph look-alike of the own domain",
)

# 048 stop — look-alike of the partner printer (nishiki-insatu.co.jp)
add(
    sender=frm("tabei"),
    to=["錦印刷 営業部 戸叶様 <tokano@nishiki-insatu.co.jp>"],
    subject="出荷ラベル（感熱 100×150）追加発注",
    charset="shift_jis",
    body=f"""錦印刷株式会社
営業部 戸叶様

いつもお世話になっております。日の出産業の田部井です。
感熱ラベル（100×150mm、ミシン目入り、品番 NL-TH-1015）を追加で発注いたします。

　数量：120巻（500枚巻）
　納期：10/16(金) 午前着
　納品先：東日本物流センター A棟 資材置場

単価は見積書 NQ-26-0412 のとおり（1巻 1,180円 税別）でお願いいたします。

{sig("tabei", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
)

# 049 stop — English: refused DDP parcels with consignee data, to the overseas shipper
_p = crowd("049", 6)
_rows = [["Tracking no.", "Consignee", "Address", "Phone", "Reason"]]
_rng = random.Random("dd049")
for _x in _p:
    _rows.append([f"HY{_rng.randint(100000000, 999999999)}JP", _x["roma"], _x["addr"], _x["tel"],
                  _rng.choice(["refused", "address unknown", "not collected", "refused (duties)"])])
add(
    sender=frm("imaizumi"),
    to=["Daniel Whitford <d.whitford@pacificcrest-freight.com>"],
    subject="Returned DDP parcels - shipment PCF-0926-JP (6 pcs)",
    charset="utf-8",
    body=f"""Hi Daniel,

Six parcels from shipment PCF-0926-JP came back to our center this week.
Please see the details below and let us know whether we should re-deliver,
hold, or return them to your Los Angeles hub.

{table(_rows)}

We can hold them free of charge until Oct 23.

{sig("imaizumi", 3)}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six consignees' names, addresses and phones in an English padded table, external",
)

# 050 pass — tracking numbers only
add(
    sender=frm("onizuka"),
    to=["はやて宅配便 法人窓口 菅野様 <houjin@hayate-takuhai.jp>"],
    subject="配達状況の確認依頼（10/5出荷分 8件）",
    charset="iso-2022-jp",
    body=f"""はやて宅配便株式会社
法人窓口 菅野様

お世話になっております。日の出産業の鬼塚です。
10/5出荷分のうち、3日以上「輸送中」のまま更新されていない8件の確認をお願いします。

　5530-2291-0071　5530-2291-0088　5530-2291-0130　5530-2291-0147
　5530-2291-0215　5530-2291-0302　5530-2291-0319　5530-2291-0446

いずれも北海道向け（札幌・旭川）です。航空便の遅延であれば、その旨荷主へ伝えます。

{sig("onizuka", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers only, no consignee data",
)

# 051 stop — 部外秘 page header on a DOCX manual sent to a new contractor
add(
    sender=frm("koori"),
    to=["セキュアアイ 宍戸様 <shishido@secureeye-keibi.co.jp>"],
    subject="警備業務引継ぎ資料（センター運営ルール抜粋）",
    charset="iso-2022-jp",
    body=f"""株式会社セキュアアイ
宍戸様

お世話になっております。日の出産業の桑折です。
11月からの警備業務開始に向けて、センター運営ルールの抜粋をお送りします。
第4章（入退場管理）と第6章（緊急時対応）を中心にご確認ください。

{sig("koori")}
""",
    attachments=[{"kind": "docx", "name": "センター運営ルール_抜粋_v2.docx",
                  "title": "東日本物流センター 運営ルール（抜粋）",
                  "page_header": "部外秘　日の出産業株式会社 東日本物流センター",
                  "page_footer": "無断複製・転載禁止",
                  "paragraphs": ["東日本物流センター 運営ルール（抜粋）", "",
                                 "第4章 入退場管理",
                                 "4-1 従業員は入場カードを守衛所リーダーにかざして入場する。",
                                 "4-2 高額品ケージ（A棟1F東側）への入室は登録者のみ。入退室は記録する。",
                                 "4-3 退場時は透明バッグ以外の私物を持ち出さない。抜き打ちで所持品検査を行う。",
                                 "第6章 緊急時対応",
                                 "6-1 火災報知器発報時は守衛所が119番通報し、センター長へ連絡する。",
                                 "6-2 夜間の非常連絡順位：当直リーダー → 総務 → センター長。",
                                 "6-3 金庫・警備システム解除コードは総務が別途手交する。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX carries a 部外秘 page-header stamp and goes to an external company",
)

# 052 pass — mere mention of 社外秘, sending the public version instead
add(
    sender=frm("yamane"),
    to=["ロジカイゼン総研 石動様 <isurugi@logikaizen.co.jp>"],
    subject="Re: センター概要資料のご依頼",
    charset="iso-2022-jp",
    body=f"""ロジカイゼン総研
石動様

お世話になっております。日の出産業の山根です。
ご依頼いただいたセンター概要ですが、社内の詳細版は社外秘扱いのためお渡しできません。
代わりに、会社案内に載せている公開版の数値をお送りします。

　延床面積：42,800㎡（A棟・B棟）
　保管能力：パレット 18,000枚
　取扱荷主：食品・日用品・化粧品・ベビー用品 など 14社
　出荷能力：最大 12万ピース/日
　稼働：365日（年末年始を除く）

現地視察は11月以降であれば調整可能です。

{sig("yamane", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="only mentions that a document is 社外秘; no marked content is sent",
)

# 053 stop — PDF rate proposal stamped CONFIDENTIAL, English
add(
    sender=frm("imaizumi"),
    to=["Megan Hollis <mhollis@oakridgehome.com>"],
    subject="Warehousing & fulfilment proposal - Oakridge Home Japan launch",
    charset="utf-8",
    body=f"""Dear Megan,

Thank you for the call yesterday. As discussed, please find attached our proposal
for storage, fulfilment and returns handling for your Japan launch in spring 2027.
The rates are valid for 60 days.

{sig("imaizumi", 3)}
""",
    attachments=[{"kind": "pdf", "name": "HinodeSangyo_Proposal_Oakridge_2027.pdf",
                  "title": "Fulfilment proposal",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "page_footer": "Confidential: do not distribute outside the addressee's organisation",
                  "lines": ["Fulfilment proposal for Oakridge Home Inc.", "",
                            "1. Storage: JPY 3,200 per pallet per month", "2. Inbound: JPY 180 per carton",
                            "3. Pick & pack: JPY 95 per order + JPY 18 per additional item",
                            "4. Returns inspection: JPY 240 per item",
                            "5. Minimum monthly fee: JPY 450,000", "",
                            "Discount of 7% on pick & pack above 30,000 orders/month."]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF page header/footer mark the proposal CONFIDENTIAL; sent externally",
)

# 054 stop — XLSX stocktake variance with 取扱注意 footer and title
_sh = [["【取扱注意】2026年9月 棚卸差異報告（マルヤマ雑貨様）"], [],
       ["商品コード", "商品名", "帳簿数", "実棚数", "差異", "単価", "差異金額"],
       ["MZ-TW-0455", "ワイヤレスイヤホン", 1240, 1176, -64, 8480, -542720],
       ["MZ-KT-0021", "ステンレスケトル 0.8L", 312, 311, -1, 4290, -4290],
       ["MZ-MG-1180", "マグカップ 北欧柄", 2880, 2884, 4, 980, 3920],
       ["MZ-LP-0310", "LEDデスクライト", 96, 95, -1, 5980, -5980]]
add(
    sender=frm("tabei"),
    to=["丸山様 <maruyama@maruyama-zakka.jp>"],
    subject="9月棚卸 差異報告書",
    charset="shift_jis",
    body=f"""株式会社マルヤマ雑貨
丸山様

お世話になっております。日の出産業の田部井です。
9月末の棚卸差異報告書をお送りいたします。
イヤホンの差異については、別途センター長よりご説明いたします。

{sig("tabei")}
""",
    attachments=[{"kind": "xlsx", "name": "棚卸差異報告_202609_マルヤマ雑貨様.xlsx",
                  "page_footer": "取扱注意", "sheets": {"差異一覧": _sh}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX stamped 取扱注意 (title row and page footer), sent to a client",
)

# 055 stop — PPTX improvement slides with a 社外秘 footer, to a consultant
add(
    sender=frm("yamane"),
    to=["石動様 <isurugi@logikaizen.co.jp>"],
    subject="B棟 生産性改善の社内検討資料（事前共有）",
    charset="iso-2022-jp",
    body=f"""ロジカイゼン総研
石動様

お世話になっております。山根です。
来週のワークショップの前に、社内で検討中の資料を共有いたします。
ご意見をいただければ幸いです。

{sig("yamane")}
""",
    attachments=[{"kind": "pptx", "name": "B棟生産性改善_社内検討_1007.pptx",
                  "title": "B棟 生産性改善", "page_footer": "社外秘",
                  "slides": [["B棟 生産性改善 検討状況", "日の出産業 東日本物流センター", "2026年10月"],
                             ["現状", "ピッキング生産性 118行/人時（目標 150）", "歩行距離が全体工数の42%",
                              "繁忙期の派遣比率 65%"],
                             ["施策案", "ABC分析による固定ロケーション見直し", "GTP（棚搬送ロボット）導入の試算",
                              "派遣単価の見直し（3社→2社）"],
                             ["投資試算", "GTP 40台：約2.1億円、回収5.5年", "人員削減効果：日勤 18名相当"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX carries a 社外秘 footer on every slide; sent to an external consultant",
)

# 056 stop — PPAP: password ZIP of attendance data
add(
    sender=frm("onodera"),
    to=["畠山様 <hatakeyama.y@kanto-logistaff.jp>"],
    subject="10月度 勤怠データ送付（パスワード別送）",
    charset="iso-2022-jp",
    body=f"""関東ロジスタッフ株式会社
畠山様

お世話になっております。日の出産業の小野寺です。
10月度の勤怠データを送付いたします。
解凍パスワードは別メールにてお送りします。

{sig("onodera")}
""",
    attachments=[{"kind": "zip", "name": "kintai_202610.zip", "password": "Hnd#2610kl",
                  "files": [{"kind": "csv", "name": "kintai_202610.csv", "encoding": "cp932",
                             "rows": [["スタッフNo", "氏名", "実働"]] +
                                     [[x["sid"], x["name"], "168.5"] for x in crowd("056", 8)]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 057 pass — security camera footage request to the guard company, no names
add(
    sender=frm("koori"),
    to=["セキュアアイ 加須隊 <kazo-tai@secureeye-keibi.co.jp>"],
    subject="防犯カメラ映像の保全依頼（10/6 A棟1F）",
    charset="iso-2022-jp",
    body=f"""株式会社セキュアアイ 加須隊 御中

お疲れさまです。日の出産業 総務の桑折です。
下記の映像を、上書きされる前に保全（書き出し）をお願いします。

　カメラ：A-1F-07（高額品ケージ前）、A-1F-08（東側通路）
　日時　：10月6日(火) 18:00〜21:00
　理由　：棚卸時の数量差異の確認のため

書き出し後は総務の金庫で保管しますので、USBメモリは直接手渡しでお願いします。
閲覧は総務とセンター長のみで行います。

{sig("koori", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="footage request by camera and time; no person identified",
)

# 058 stop — protected PDF invoice to a carrier
add(
    sender="経理 請求担当 <seikyu@hinode-sangyo.co.jp>",
    to=["東都急便 北埼玉センター 経理 <keiri-kitasaitama@toto-kyubin.co.jp>"],
    subject="9月分 保管料・荷役料 請求書（PDF）",
    charset="iso-2022-jp",
    body="""東都急便株式会社 北埼玉センター
経理ご担当者様

いつもお世話になっております。日の出産業 経理部でございます。
9月分の請求書をお送りいたします。PDFにはパスワードを設定しております。
パスワードは従来どおり、貴社お取引先コードの下6桁です。

日の出産業株式会社 経理部 請求担当
TEL 03-5821-4470
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-LC-2609-0154.pdf", "password": "208817",
                  "lines": ["請求書", "東都急便株式会社 御中", "請求金額 842,600円（税込）"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be scanned",
)

# 059 stop — corrupt XLSX to the client
add(
    sender=frm("tabei"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    subject="賞味期限別在庫一覧（10/9時点）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
鶴岡様

お世話になっております。田部井です。
ご依頼の賞味期限別在庫一覧をお送りします。
WMSから直接出力したファイルです。開けない場合はご連絡ください。

{sig("tabei", 2)}
""",
    attachments=[{"kind": "corrupt", "name": "在庫一覧_賞味期限別_1009.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

# 060 pass — English reply, consignee list only in "On … wrote:" quote
_p = crowd("060", 5)
_q = "\n".join(f"> {x['roma']}, {x['addr']}, tel {x['tel']}" for x in _p)
add(
    sender=frm("imaizumi"),
    to=["Megan Hollis <mhollis@oakridgehome.com>"],
    subject="Re: Sample shipment to Japanese influencers",
    charset="utf-8",
    body=f"""Hi Megan,

Thanks - all five sample boxes were shipped today by Hayate Takuhai (next-day delivery).
Tracking numbers are in the portal under reference OAK-SMP-1008.

Best regards,
Sara

On Wed, Oct 7, 2026 at 11:02 PM Megan Hollis <mhollis@oakridgehome.com> wrote:
> Hi Sara,
> Could you send one sample box (SKU OAK-TH-220) to each of these five people?
{_q}
> Thanks!
> Megan
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five addresses are only in the quoted text of the recipient's own mail",
)

# 061 stop — English PPAP to an overseas shipper
add(
    sender=frm("imaizumi"),
    to=["Lin Qiao <linqiao@hongyuan-trading.cn>"],
    subject="Damage report and photos - container MSKU 771032-8",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

Please find attached the damage report and photos for container MSKU 771032-8
(38 cartons crushed, 12 cartons wet). The ZIP file is password-protected;
I will send the password in a separate e-mail.

Please forward it to your insurer. We will keep the damaged cartons until Oct 30.

{sig("imaizumi", 3)}
""",
    attachments=[{"kind": "zip", "name": "DamageReport_MSKU7710328.zip", "password": "Mk7710!cq",
                  "files": [{"kind": "pdf", "name": "DamageReport.pdf",
                             "lines": ["Damage report", "Container MSKU 771032-8", "Crushed: 38 ctn"]},
                            {"kind": "png", "name": "photo_01.png"}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP (password sent separately) cannot be inspected",
)

# 062 stop — night-shift emergency contact DOCX to the security company
_p = crowd("062", 7, foreign=2)
_t = [["役割", "氏名", "携帯電話", "住所", "自宅最寄り"]]
for _i, _x in enumerate(_p):
    _t.append([["当直リーダー", "サブリーダー", "フォーク", "フォーク", "出荷", "出荷", "検品"][_i], _x["name"],
               _x["tel"], _x["addr"], random.Random(_x["name"]).choice(["加須駅", "花崎駅", "羽生駅", "久喜駅"])])
add(
    sender=frm("koori"),
    to=["宍戸様 <shishido@secureeye-keibi.co.jp>"],
    subject="夜勤チーム緊急連絡網（11月〜）",
    charset="shift_jis",
    body=f"""株式会社セキュアアイ
宍戸様

お世話になっております。桑折です。
11月からの夜勤チームの緊急連絡網をお送りします。
夜間に設備異常や侵入警報があった場合は、表の上から順にご連絡ください。

{sig("koori", 1)}
""",
    attachments=[{"kind": "docx", "name": "夜勤緊急連絡網_202611.docx",
                  "paragraphs": ["夜勤チーム 緊急連絡網（2026年11月〜）", "連絡は上から順に。つながらない場合は次の人へ。"],
                  "tables": [_t]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of seven workers' mobiles and home addresses to an external company",
)

# 063 pass — police: only the officer's contact, no data
add(
    sender=frm("koori"),
    to=["芹沢 巡査部長 <keiji-kazo@police.pref-saitama.lg.jp>"],
    subject="Re: 映像提供の手続きについて",
    charset="iso-2022-jp",
    body=f"""加須警察署 刑事課
芹沢様

ご連絡ありがとうございます。
捜査関係事項照会書を受領いたしましたので、映像（DVD-R 2枚）をご用意しました。
10/13(火) 14時に当センター守衛所でお渡しいたします。
当日は私、桑折（携帯は守衛所経由でお呼び出しください）が対応します。

{sig("koori")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="arranging a hand-over with the police; no personal data of anyone",
)

# 064 stop — PPTX listing new forklift operators with birth dates, to the client
_p = crowd("064", 6)
_rng = random.Random("pp064")
add(
    sender=frm("izutsu"),
    to=["笹川様 <sasagawa@kitaguni-foods.co.jp>"],
    subject="冷凍庫エリア 構内作業者の登録申請（フォークリフト）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
物流部 笹川様

お世話になっております。井筒です。
貴社冷凍庫エリア（−25℃）でのフォークリフト作業者6名の登録をお願いします。
安全大会で使ったスライドに一覧を載せておりますのでご確認ください。

{sig("izutsu", 2)}
""",
    attachments=[{"kind": "pptx", "name": "冷凍エリア作業者登録_202610.pptx",
                  "slides": [["冷凍エリア フォークリフト作業者", "日の出産業 東日本物流センター", "2026年10月 登録申請"],
                             ["登録者一覧"] + [f"{x['name']}　{x['dob'].strftime('%Y/%m/%d')}生　修了証 KFL-{_rng.randint(18, 25)}-{_rng.randint(100, 999)}　低温作業講習 済"
                                            for x in _p],
                             ["安全対策", "防寒服・防寒靴の着用", "連続作業は40分まで", "2人1組での入室"]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PPTX slide lists six operators with birth dates, sent to a client",
)

# 065 pass — internal XLSX of licence holders incl. driving licence numbers
_p = crowd("065", 12)
_rng = random.Random("dl065")
_sh = [["フォークリフト有資格者台帳（2026/10/01）"],
       ["社員No", "氏名", "生年月日", "修了証番号", "運転免許証番号", "免許有効期限"]]
for _x in _p:
    _sh.append([_x["sid"], _x["name"], _x["dob"].isoformat(), f"KFL-{_rng.randint(10, 25)}-{_rng.randint(100, 999)}",
                dl_number(_rng), f"20{_rng.randint(27, 31)}/{_rng.randint(1, 12):02d}/{_rng.randint(1, 28):02d}"])
add(
    sender=frm("izutsu"),
    to=["物流センター 管理職 <lc-managers@hinode-sangyo.co.jp>"],
    subject="有資格者台帳を更新しました",
    charset="iso-2022-jp",
    body="""管理職各位

お疲れさまです。井筒です。
フォークリフト有資格者台帳を10/1時点で更新しました。
免許の有効期限が半年以内の人は黄色で塗っています（3名）。更新を声かけしてください。

井筒
""",
    attachments=[{"kind": "xlsx", "name": "有資格者台帳_20261001.xlsx", "sheets": {"台帳": _sh}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="licence ledger with driving licence numbers, but internal recipients only",
)

# 066 stop — HTML-only mail with a table of undelivered consignees
_p = crowd("066", 6)
_rng = random.Random("ht066")
_tr = "\n".join(
    f"<tr><td>{_rng.randint(4000000, 4999999)}</td><td>{x['name']}</td><td>〒{x['zip']} {x['addr']}</td>"
    f"<td>{x['tel']}</td><td>{_rng.choice(['不在持戻り（3回）', '宛所不明', '受取拒否'])}</td></tr>" for x in _p)
add(
    sender=frm("tabei"),
    to=["ほしぞらベビー 通販担当 <tsuhan@hoshizora-baby.com>"],
    subject="【要対応】保管期限が近い持戻り荷物（6件）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ほしぞらベビー株式会社<br>通販ご担当者様</p>
<p>いつもお世話になっております。日の出産業 EC出荷チームの田部井です。<br>
下記6件、配送会社で保管期限（10/14）が近づいております。お客様へのご連絡をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受注番号</th><th>お届け先</th><th>住所</th><th>電話</th><th>状況</th></tr>
{_tr}
</table>
<p>再配達のご指示をいただければ、こちらから配送会社へ依頼いたします。</p>
<p>--<br>日の出産業株式会社 東日本物流センター EC出荷チーム<br>田部井 亜希<br>TEL 0480-73-5230</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six consignees' addresses and phones",
)

# 067 pass — two external organisations (client and carrier) in a three-way thread
add(
    sender=frm("onizuka"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    cc=["根岸様 <kitasaitama-c@toto-kyubin.co.jp>"],
    subject="誤配送（10/2 札幌向け）の原因と対策についての打合せ",
    charset="iso-2022-jp",
    body=f"""北国フーズ 鶴岡様
東都急便 根岸様

お世話になっております。日の出産業の鬼塚です。
10/2出荷分で発生した誤配送（札幌向け2件の入れ違い）について、
原因と対策を三者で確認させてください。

　日時：10/14(水) 15:00〜16:00
　場所：オンライン（Teams、招待は別途お送りします）

弊社側の調査では、同一ルートの送り状を2枚同時に印刷した際の貼り違いが原因と見ています。
東都急便様には仕分け時の照合状況をご確認いただけますと幸いです。

{sig("onizuka")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc — a normal three-way meeting mail",
)

# 068 stop — internal absence record forwarded as an attached mail to the agency
_p = crowd("068", 6)
_rng = random.Random("ab068")
_inner = {
    "sender": f"B棟 出荷リーダー 宇賀神 <ugajin.takashi@{DOM}>",
    "to": [frm("onodera")],
    "subject": "スマイルワークスさんのスタッフ 欠勤・遅刻状況（9月）",
    "charset": "iso-2022-jp",
    "body": "小野寺さん\n\nお疲れさまです。宇賀神です。\n9月の欠勤・遅刻が多かった方をまとめました。\n"
            "派遣会社さんに注意喚起してもらえますか。\n\n"
            + "\n".join(f"・{x['name']}（携帯 {x['tel']}）　欠勤{_rng.randint(2, 6)}回・遅刻{_rng.randint(1, 8)}回"
                        f"　{_rng.choice(['無断欠勤あり', '連絡はあり', '遅刻は主に月曜', '早退も2回'])}" for x in _p)
            + "\n\n宇賀神\n",
}
add(
    sender=frm("onodera"),
    to=["遠藤様 <endo.k@smileworks-staff.co.jp>"],
    subject="FW: 9月の勤怠状況について（ご相談）",
    charset="iso-2022-jp",
    body=f"""スマイルワークス株式会社
遠藤様

お世話になっております。小野寺です。
現場リーダーからの報告メールを添付します。
9月は欠勤・遅刻が続いている方が6名おり、出荷計画に影響が出ています。
各スタッフ様へのご指導をお願いできますでしょうか。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "eml", "name": "欠勤・遅刻状況（9月）.eml", "message": _inner}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached internal mail lists six temps with mobiles and absence records",
)

# 069 pass — internal CSV of return customers to the CS desk (subdomain)
_p = crowd("069", 10)
_csv = [["返品No", "氏名", "住所", "電話", "理由"]] + [
    [f"R{7100 + i}", x["name"], x["addr"], x["tel"], "サイズ交換"] for i, x in enumerate(_p)]
add(
    sender=frm("akutsu"),
    to=["EC-CS <ec-cs@mail.hinode-sangyo.co.jp>"],
    subject="交換発送待ちリスト（10/9）",
    charset="utf-8",
    body="""CSチームのみなさん

お疲れさまです。返品センター阿久津です。
交換品の在庫がそろわず発送待ちになっている10件です。
お客様へのお詫び連絡をお願いします。

阿久津
""",
    attachments=[{"kind": "csv", "name": "koukan_machi_1009.csv", "encoding": "utf-8", "rows": _csv}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="customer list sent only to an internal subdomain (mail.hinode-sangyo.co.jp)",
)

# 070 stop — FW: in the body, a list of night-shift helpers to a new agency
_p = crowd("070", 6, foreign=1)
_fwd = "\n".join(f"{x['name']}　{x['dob'].strftime('%Y/%m/%d')}生　{x['tel']}" for x in _p)
add(
    sender=frm("onodera"),
    to=["畠山様 <hatakeyama.y@kanto-logistaff.jp>"],
    subject="FW: 夜勤応援者リスト",
    charset="shift_jis",
    body=f"""畠山様

お世話になっております。小野寺です。
11月から貴社に移籍される6名のリストです。社内で回していたものをそのまま転送します。
入構登録の切替をお願いします。

-------- 転送メッセージ --------
差出人: 宇賀神 隆 <ugajin.takashi@hinode-sangyo.co.jp>
日付: 2026年10月8日 18:22
宛先: 小野寺 真由 <onodera.mayu@hinode-sangyo.co.jp>
件名: 夜勤応援者リスト

小野寺さん
夜勤の応援に入ってもらっている6名です。

{_fwd}

宇賀神
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded internal mail (FW) with six people's DOB and mobiles — new text to the agency",
)

# 071 pass — internal: 社外秘 stamped DOCX, only internal recipients
add(
    sender=frm("yamane"),
    to=["ロジスティクス本部 経営会議 <logi-keiei@hinode-sangyo.co.jp>"],
    subject="【社外秘】2027年度 センター予算案",
    charset="iso-2022-jp",
    body="""経営会議メンバー各位

東日本物流センターの2027年度予算案を添付します。
派遣単価の見直しと GTP 導入の投資計画を含みます。

山根
""",
    attachments=[{"kind": "docx", "name": "2027予算案_東日本LC.docx", "page_header": "社外秘",
                  "paragraphs": ["2027年度 東日本物流センター 予算案", "売上 38.2億円 / 営業利益 2.9億円",
                                 "人件費（派遣含む） 17.4億円", "設備投資 2.6億円（GTP 40台）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 document but every recipient is internal",
)

# 072 stop — shuttle-bus riders (legacy XLS) to the bus company
_p = crowd("072", 14, foreign=4)
_rng = random.Random("bs072")
_sh = [["送迎バス 乗車名簿（11月 日勤便）"], ["No", "氏名", "乗車停留所", "乗車時刻", "携帯", "派遣元"]]
for _i, _x in enumerate(_p, 1):
    _st = _rng.choice([("加須駅北口", "7:20"), ("花崎駅", "7:32"), ("羽生駅東口", "7:05"), ("館林駅西口", "6:50")])
    _sh.append([_i, _x["name"], _st[0], _st[1], _x["tel"], _rng.choice(["スマイル", "関東ロジ", "ワークプラス"])])
add(
    sender=frm("onodera"),
    to=["羽生観光バス 運行管理 <unko@hanyu-kanko-bus.co.jp>"],
    subject="11月 送迎バス乗車名簿の送付",
    charset="shift_jis",
    body=f"""羽生観光バス株式会社
運行管理ご担当者様

いつもお世話になっております。日の出産業 物流センターの小野寺です。
11月の日勤便の乗車名簿をお送りします（Excel 97-2003形式）。
乗り遅れ等の連絡は名簿の携帯番号へ直接お願いします。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "xls", "name": "送迎バス乗車名簿_202611.xls", "sheets": {"日勤便": _sh}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS roster of fourteen riders with mobiles to an external bus company",
)

# 073 pass — price list to a prospective client
add(
    sender=frm("yamane"),
    to=["株式会社ことりベーカリー 通販事業部 岩佐様 <iwasa@kotori-bakery.co.jp>"],
    subject="EC物流業務のお見積り",
    charset="iso-2022-jp",
    body=f"""株式会社ことりベーカリー
通販事業部 岩佐様

先日はセンターをご見学いただき、ありがとうございました。
ご依頼のEC物流業務（常温・冷凍）のお見積りをお送りいたします。

　保管料（常温）　　　　　　パレット 1枚/月　　2,900円
　保管料（冷凍 -20℃）　　　パレット 1枚/月　　5,400円
　入庫料　　　　　　　　　　1ケース　　　　　　　 120円
　出荷基本料　　　　　　　　1件　　　　　　　　　 210円
　ピッキング追加　　　　　　1ピース　　　　　　　  18円
　クール便 資材・梱包料　　 1件　　　　　　　　　 140円
　（いずれも税別、配送運賃は別途）

初期費用（システム連携設定）は 150,000円 です。
有効期限は発行日より3か月とさせていただきます。

{sig("yamane")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="price list / quotation to a prospective client",
)

# 074 stop — full-width padded table with 和暦 birthdays to a health-check centre
_p = crowd("074", 7)
_rows = [["氏名", "フリガナ", "性別", "生年月日", "連絡先"]]
for _x in _p:
    _rows.append([_x["name"], _x["kana"], "男" if _x["sex"] == "M" else "女", wareki(_x["dob"], "fw"), fw(_x["tel"])])
add(
    sender=frm("izutsu"),
    to=["北埼玉健診センター 予約係 <yoyaku@kitasaitama-kenshin.or.jp>"],
    subject="雇入時健康診断の予約（7名）",
    charset="iso-2022-jp",
    body=f"""北埼玉健診センター
予約係 ご担当者様

いつもお世話になっております。日の出産業 東日本物流センターの井筒です。
11月入社予定の7名について、雇入時健康診断の予約をお願いいたします。
希望日は10/26(月)〜10/30(金)の午前です。

{table(_rows, gap=2, rule="－")}

受診票は弊社宛にまとめて送付いただけますと幸いです。

{sig("izutsu")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven people with 和暦 birth dates and full-width phones in a padded table",
)

# 075 pass — one new temp's details to the agency (one person)
add(
    sender=frm("onodera"),
    to=["遠藤様 <endo.k@smileworks-staff.co.jp>"],
    subject="Re: 10/19就業開始 設楽様の件",
    charset="iso-2022-jp",
    body=f"""遠藤様

お世話になっております。小野寺です。
設楽 綾乃 様（携帯 080-4419-2763）の件、承知しました。
10/19(月) 8:15 守衛所集合、A棟返品仕分けに配属します。
初日の安全教育は私が担当します。

{sig("onodera", 2)}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's name and mobile — a single record (may be warned)",
)

# 076 stop — emergency contacts, one block per person, to the agency
_p = crowd("076", 5, foreign=5)
_rng = random.Random("ec076")
_blocks = "\n\n".join(
    f"【{i}】{x['name']}（{x['roma']}）\n　本人携帯：{x['tel']}\n"
    f"　緊急連絡先：{_rng.choice(['兄', '妻', '夫', 'いとこ', '同居の友人'])} "
    f"0{_rng.choice('987')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}\n　住所：{x['addr']}"
    for i, x in enumerate(_p, 1))
add(
    sender=frm("onodera"),
    to=["畠山様 <hatakeyama.y@kanto-logistaff.jp>"],
    subject="緊急連絡先の再確認のお願い（外国籍スタッフ5名）",
    charset="utf-8",
    body=f"""関東ロジスタッフ株式会社
畠山様

お世話になっております。小野寺です。
先日の地震訓練で、外国籍スタッフ様の緊急連絡先の一部がつながりませんでした。
こちらで控えている情報は以下のとおりです。最新の連絡先をご確認いただけますか。

{_blocks}

日本語が不自由な方もいるため、連絡の際は通訳アプリを使う予定です。

{sig("onodera")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five people's records in one-block-per-person form (phones, addresses)",
)

# 077 pass — English: visit schedule naming two visitors, nothing else
add(
    sender=frm("imaizumi"),
    to=["Megan Hollis <mhollis@oakridgehome.com>"],
    subject="Site visit on Nov 5 - schedule",
    charset="utf-8",
    body=f"""Dear Megan,

We are pleased to welcome you and Mr. Trevor Banks to our Kazo center on Nov 5.

  10:00  Arrival at Kazo Station (north exit) - our car will pick you up
  10:30  Center overview (meeting room B)
  11:00  Tour: inbound, storage, pick & pack, returns
  12:30  Lunch
  13:30  Q&A with our operations and IT teams
  15:00  Departure

Please wear flat shoes; safety vests will be provided.

{sig("imaizumi", 3)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="visit schedule naming two visitors with no other personal data",
)

# 078 stop — damaged-parcel claims in 「・」 bullets to the carrier
_p = crowd("078", 6)
_rng = random.Random("dm078")
_bul = "\n".join(
    f"・{x['name']}様　TEL {x['tel']}　伝票 5530-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}　"
    f"{_rng.choice(['外箱つぶれ・中身破損', '水濡れ', '瓶割れ', '角つぶれ（商品は無事）'])}" for x in _p)
add(
    sender=frm("tabei"),
    to=["はやて宅配便 事故係 <jikogakari@hayate-takuhai.jp>"],
    subject="輸送中破損の事故申請（10月第1週 6件）",
    charset="iso-2022-jp",
    body=f"""はやて宅配便株式会社
事故係 ご担当者様

お世話になっております。日の出産業 EC出荷チームの田部井です。
お客様から破損の申し出があった6件について、事故申請をお願いいたします。
写真は各お客様から荷主経由でいただいたものを後ほどお送りします。

{_bul}

お客様への連絡は、弊社から荷主様経由で行っております。
調査のためお客様へ直接連絡される場合は、事前にお知らせください。

{sig("tabei", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' names and phones as bullet lines to a carrier",
)

# 079 pass — one consignee's delivery exception to the EC shop
add(
    sender=frm("tabei"),
    to=["宮脇様 <miyawaki@lumiere-cosme.co.jp>"],
    subject="宛所不明 1件のご確認（LC-20261003-1127）",
    charset="shift_jis",
    body=f"""ルミエール化粧品株式会社
宮脇様

お世話になっております。田部井です。
下記1件、配送会社より「番地不足で宛所不明」と連絡がありました。

　受注番号：LC-20261003-1127
　お届け先：鯨井 典子 様
　住所　　：埼玉県幸手市北2丁目（番地なし）
　電話　　：090-6603-1948（不通）

お客様にご確認いただければ、正しい住所で再配達いたします。

{sig("tabei", 2)}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single consignee's record to the shop — under five people (may be warned)",
)

# 080 stop — day-pay workers' bank accounts to the partner bank
_p = crowd("080", 6)
_rng = random.Random("bk080")
_lines = "\n".join(
    f"{x['kana'].replace('　', ' ')},{_rng.choice(['みどり銀行', 'ゆうちょ銀行', '武蔵野信用金庫', 'みどり銀行'])},"
    f"{_rng.choice(['加須支店', '羽生支店', '〇四八店', '久喜支店'])},普通,{_rng.randint(1000000, 9999999)},"
    f"{_rng.choice([32400, 40500, 24300, 48600])}" for x in _p)
add(
    sender=frm("miwa"),
    to=["みどり銀行 法人営業部 瀬尾様 <seo.a@midori-ginko.co.jp>"],
    subject="日払い給与の振込データについて（10/9分）",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行
法人営業部 瀬尾様

いつもお世話になっております。日の出産業 人事部の三輪です。
本日分の日払い給与の総合振込ですが、法人IBのファイル取込でエラーとなったため、
内容をメールでお送りします。窓口での処理が可能かご確認いただけますでしょうか。

受取人名（カナ）,銀行,支店,種目,口座番号,金額
{_lines}

振込指定日：10/9(金)

{sig("miwa")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six people's bank accounts (comma-separated) to an external bank",
)

# 081 pass — Japanese disclaimer + signature with mobile
add(
    sender=frm("koori"),
    to=["株式会社アイビー設備 工事部 長南様 <chonan@ivy-setsubi.co.jp>"],
    subject="B棟2F スポットクーラー増設工事の日程",
    charset="iso-2022-jp",
    body=f"""株式会社アイビー設備
工事部 長南様

お世話になっております。日の出産業の桑折です。
B棟2F中2階のスポットクーラー増設（4台）の工事日程ですが、
10/24(土) 8:00〜17:00 でお願いできますでしょうか。
当日はセンターが稼働していますので、作業エリアはカラーコーンで区切ります。
電源工事の際の停電範囲を事前にお知らせください。

--------------------------------------------------
日の出産業株式会社 東日本物流センター 総務
桑折 浩二（こおり こうじ）
{CENTER}
TEL 0480-73-5205 / 携帯 080-2291-5205
--------------------------------------------------
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail; sender's own signature (with mobile) and the standard disclaimer",
)

# 082 stop — gate pass list as a Shift_JIS text attachment to the security firm
_p = crowd("082", 8)
_rng = random.Random("gp082")
_txt = "入館証発行リスト（11月分 新規）\n\n" + "\n".join(
    f"{i:02d}  {pad(x['name'], 18)}{pad(_rng.choice(['スマイルワークス', '関東ロジスタッフ', 'ワークプラス']), 18)}"
    f"{x['tel']}  {_rng.choice(['自転車', '徒歩', '送迎バス', '自家用車 熊谷500 ふ 33-0' + str(i)])}"
    for i, x in enumerate(_p, 1))
add(
    sender=frm("koori"),
    to=["セキュアアイ 加須隊 <kazo-tai@secureeye-keibi.co.jp>"],
    subject="11月 新規入館証の発行依頼",
    charset="shift_jis",
    body=f"""株式会社セキュアアイ 加須隊 御中

お疲れさまです。日の出産業 総務の桑折です。
11月から就業するスタッフ8名の入館証発行をお願いします。
リストはテキストファイルで添付しています。

{sig("koori", 2)}
""",
    attachments=[{"kind": "txt", "name": "nyukansho_202611.txt", "encoding": "cp932", "text": _txt}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Shift_JIS text attachment listing eight people with mobiles",
)

# 083 pass — FW of a carrier's rate notice to a client (no personal data)
add(
    sender=frm("onizuka"),
    to=["丸山様 <maruyama@maruyama-zakka.jp>"],
    subject="FW: 【東都急便】2027年4月 運賃改定のお知らせ",
    charset="iso-2022-jp",
    body=f"""丸山様

お世話になっております。鬼塚です。
東都急便から運賃改定の案内が届きましたので共有します。
60サイズで約6%の値上げになります。対応方針は来週の定例でご相談させてください。

鬼塚

-----Original Message-----
From: 東都急便 北埼玉センター <kitasaitama-c@toto-kyubin.co.jp>
Sent: Thursday, October 8, 2026 10:15 AM
Subject: 【東都急便】2027年4月 運賃改定のお知らせ

お取引先各位

平素より東都急便をご利用いただき誠にありがとうございます。
燃料費および人件費の高騰により、2027年4月1日出荷分より運賃を改定させていただきます。

　60サイズ　関東→関東　  680円 → 720円
　80サイズ　関東→関東　  890円 → 945円
　100サイズ 関東→関東　1,120円 → 1,190円

東都急便株式会社 北埼玉センター
TEL 0480-62-4471
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of a carrier's rate notice: new text, but no personal data or marking",
)

# 084 stop — unencrypted ZIP with XLSX + CSV of return labels
_p = crowd("084", 8)
_rng = random.Random("zp084")
_lab = [["返送用ラベルデータ（北国フーズ様 通販 定期便 解約返品）"],
        ["受注番号", "お客様名", "郵便番号", "住所", "電話番号", "個口"]]
for _x in _p:
    _lab.append([f"KF-TK-{_rng.randint(200000, 299999)}", _x["name"], _x["zip"], _x["addr"], _x["tel"], 1])
add(
    sender=frm("akutsu"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    subject="定期便 解約返品の返送ラベルデータ",
    charset="utf-8",
    body=f"""北国フーズ株式会社
鶴岡様

お世話になっております。返品センターの阿久津です。
定期便解約のお客様8名分の返送ラベル（着払い）データをお送りします。
Excel版と送り状システム取込用のCSVをZIPにまとめています。

{sig("akutsu", 1)}
""",
    attachments=[{"kind": "zip", "name": "henso_label_1009.zip",
                  "files": [{"kind": "xlsx", "name": "返送ラベル_1009.xlsx", "sheets": {"ラベル": _lab}},
                            {"kind": "csv", "name": "henso_label_1009.csv", "encoding": "cp932",
                             "rows": _lab[1:]}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding an XLSX and a CSV of eight customers' addresses",
)

# 085 pass — icloud applicant: interview date only
add(
    sender=frm("onodera"),
    to=["okonogi.mizuho@icloud.com"],
    subject="面接日程のご案内（日の出産業 東日本物流センター）",
    charset="iso-2022-jp",
    body=f"""小此木 瑞穂 様

このたびは当センターのパート募集にご応募いただき、ありがとうございます。
面接を下記の日程で行いたいと思います。

　日時：10月15日(木) 10:00〜（30分程度）
　場所：東日本物流センター 事務所棟 1F 受付
　持ち物：履歴書（写真貼付）、筆記用具

ご都合が悪い場合はこのメールにご返信ください。

{sig("onodera", 1)}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail applicant receiving an interview date",
)

# 086 stop — English CSV (UTF-8) of returns with customer data to the overseas shipper
_p = crowd("086", 7)
_rng = random.Random("en086")
_csv = [["order_no", "customer_name", "postal_code", "address", "phone", "sku", "reason"]]
for _x in _p:
    _csv.append([f"HY-JP-{_rng.randint(10000, 99999)}", _x["roma"], _x["zip"], _x["addr"], _x["tel"],
                 _rng.choice(["HY-LAMP-04", "HY-FAN-12", "HY-KTL-02"]),
                 _rng.choice(["defective", "not as described", "damaged in transit"])])
add(
    sender=frm("imaizumi"),
    to=["Lin Qiao <linqiao@hongyuan-trading.cn>"],
    subject="Returns for credit note - September",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

Attached is the list of customer returns for September that qualify for a credit note
under clause 7 of our agreement (defective / damaged items). The customer details are
included because your QA team asked to contact end users about the fan model.

{sig("imaizumi", 3)}
""",
    attachments=[{"kind": "csv", "name": "returns_credit_2026-09.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of seven end customers' names, addresses and phones to an overseas shipper",
)

# 087 pass — two customers' labels reprinted (under five)
add(
    sender=frm("tabei"),
    to=["菅野様 <houjin@hayate-takuhai.jp>"],
    subject="送り状 再発行2件（ラベル剥がれ）",
    charset="iso-2022-jp",
    body=f"""はやて宅配便 菅野様

お世話になっております。田部井です。
本日集荷分のうち、2件で送り状が剥がれていたと連絡をいただきました。
再発行した内容は以下です（旧伝票番号は無効にしてください）。

1. 石塚 結衣 様　〒346-0021 埼玉県久喜市上早見2丁目7-11　070-5128-3364
　 新伝票 5530-2301-7715（旧 5530-2298-0041）
2. 福田 義男 様　〒306-0011 茨城県古河市東3丁目14-2　0280-47-1190
　 新伝票 5530-2301-7722（旧 5530-2298-0058）

{sig("tabei", 2)}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two consignees' records to the carrier — under five (may be warned)",
)

# 088 stop — heat-illness case list (XLSX) with names to the client
_p = crowd("088", 5)
_rng = random.Random("hs088")
_sh = [["2026年夏季 熱中症発生一覧（北国フーズ様 担当エリア）"], [],
       ["発生日", "氏名", "所属", "症状", "診断・処置", "休業日数"]]
for _x in _p:
    _sh.append([f"2026/0{_rng.randint(7, 8)}/{_rng.randint(1, 28):02d}", _x["name"],
                _rng.choice(["派遣（スマイル）", "派遣（関東ロジ）", "社員", "パート"]),
                _rng.choice(["めまい・吐き気", "けいれん", "頭痛・倦怠感", "意識もうろう"]),
                _rng.choice(["熱中症I度 現場で回復", "熱中症II度 点滴", "熱中症III度 入院2日", "熱中症II度 受診"]),
                _rng.choice([0, 0, 1, 2, 4])])
add(
    sender=frm("izutsu"),
    to=["笹川様 <sasagawa@kitaguni-foods.co.jp>"],
    subject="Re: 熱中症発生状況の詳細について",
    charset="iso-2022-jp",
    body=f"""笹川様

お世話になっております。井筒です。
先日の件数報告に対し、貴社安全衛生委員会から個別の内容も確認したいとのことでしたので、
一覧をお送りします。

{sig("izutsu")}
""",
    attachments=[{"kind": "xlsx", "name": "熱中症発生一覧_2026夏.xlsx", "sheets": {"一覧": _sh}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of five named workers' heat-stroke diagnoses (要配慮) to a client",
)

# 089 stop — one operator's driving licence number to the insurer (forklift damage)
add(
    sender=frm("izutsu"),
    to=["久米様 <kume.t@hinomaru-sonpo.co.jp>"],
    subject="構内物損事故の報告（フォークリフトによるシャッター接触）",
    charset="shift_jis",
    body=f"""ひのまる損害保険株式会社
損害サポート部 久米様

お世話になっております。日の出産業の井筒です。
10/7に発生した構内物損事故についてご報告します。人身被害はありません。

　発生日時：2026年10月7日(水) 16:45頃
　場所　　：A棟1F 5番シャッター
　状況　　：パレット搬送中、マストを上げたまま旋回しシャッター下端に接触。
　　　　　　シャッターのスラット3枚が変形、開閉不能。
　運転者　：針谷 隆之（社員、フォークリフト歴6年）
　　　　　　生年月日 1988年11月3日
　　　　　　運転免許証番号 431012345670（技能講習修了証 KFL-19-552）
　修理見積：アイビー設備 418,000円（税込）

施設賠償の対象となるかご確認をお願いいたします。

{sig("izutsu", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a named operator's driving licence number (identity document) sent externally",
)

# 090 pass — internal HTML-only mail with a staff table
_p = crowd("090", 8)
_tr = "".join(f"<tr><td>{x['name']}</td><td>{x['tel']}</td><td>{x['addr']}</td></tr>" for x in _p)
add(
    sender=frm("onodera"),
    to=["B棟リーダー <b-leaders@hinode-sangyo.co.jp>"],
    subject="11月 夜勤メンバー（連絡先）",
    charset="utf-8",
    html=f"""<html><body>
<p>B棟リーダーのみなさん</p>
<p>11月の夜勤メンバーと連絡先です。急な欠員の際にお使いください。社外への転送はしないでください。</p>
<table border="1"><tr><th>氏名</th><th>携帯</th><th>住所</th></tr>{_tr}</table>
<p>業務課 小野寺</p>
</body></html>""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="HTML table of eight people's contacts, but all recipients internal",
)

# 091 stop — health insurance card number of an injured worker to the clinic
add(
    sender=frm("izutsu"),
    to=["くき整形外科クリニック 医事課 <iji@kuki-seikei.jp>"],
    subject="受診予約と保険証情報について（日の出産業 物流センター）",
    charset="iso-2022-jp",
    body=f"""くき整形外科クリニック
医事課 ご担当者様

お世話になっております。日の出産業 東日本物流センターの井筒と申します。
本日、当センターの作業員が荷下ろし中に腰を痛めたため、明日午前の受診をお願いしたく存じます。

　氏名：毒島 和彦（ブスジマ カズヒコ）
　生年月日：昭和51年8月19日
　症状：右腰部の痛み、右足のしびれ（以前にも腰椎椎間板ヘルニアで通院歴あり）
　保険証：協会けんぽ 記号 31100512 番号 27

本人は保険証を持参します。労災扱いになるかは現在確認中です。

{sig("izutsu")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-insurance card number and medical history of one named worker, external",
)

# 092 pass — two names with no other data (training schedule)
add(
    sender=frm("izutsu"),
    to=["関東フォークリフト教習センター 受付 <uketsuke@kanto-fl-center.co.jp>"],
    subject="Re: 11月コースの受講日程について",
    charset="iso-2022-jp",
    body=f"""関東フォークリフト教習センター
受付ご担当者様

ご連絡ありがとうございます。
受講者のうち新井と矢島の2名は、11/9(月)の学科を11/16(月)に振り替えていただけますでしょうか。
実技（11/10〜11/12）はそのままで結構です。

{sig("izutsu", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="two surnames with no other personal data",
)

# 093 stop — two partners plus one free-mail person: three external parties visible
add(
    sender=frm("akutsu"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>", "村越様 <murakoshi@aoba-unyu.co.jp>",
        "kurihara.akemi0711@gmail.com"],
    subject="配送中の破損についてのご説明（ご注文番号 KF-TK-228104）",
    charset="iso-2022-jp",
    body=f"""栗原 様
北国フーズ 鶴岡様
青葉運輸 村越様

日の出産業 返品センターの阿久津でございます。
栗原様よりお問い合わせのありました、冷凍ギフトセットの破損について、
関係者で状況を共有させていただきたく、ご連絡いたしました。

弊社出荷時の検品記録では外装に異常はなく、輸送中の積み付けで荷崩れした可能性がございます。
代替品は北国フーズ様より10/12着で再発送いたします。

ご迷惑をおかけし、誠に申し訳ございません。

{sig("akutsu")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two organisations plus a private free-mail customer in To: three external parties visible",
)

# 094 pass — internal subdomain recipients, roster with bank accounts
_p = crowd("094", 7)
_rng = random.Random("pb094")
_rows = [["氏名", "銀行・支店", "口座番号", "10月日払い合計"]]
for _x in _p:
    _rows.append([_x["name"], _rng.choice(["みどり銀行 加須支店", "ゆうちょ銀行 〇四八店", "武蔵野信用金庫 羽生支店"]),
                  f"普通 {_rng.randint(1000000, 9999999)}", f"{_rng.randint(8, 20) * 8100:,}円"])
add(
    sender=frm("miwa"),
    to=["給与システム担当 <kyuyo-sys@wms.hinode-sangyo.co.jp>", frm("onodera")],
    subject="日払い振込の口座確認（10月分）",
    charset="utf-8",
    body=f"""給与システム担当 各位
小野寺さん

お疲れさまです。人事の三輪です。
10月の日払い対象者の口座一覧です。振込エラーが出た2名（網掛け）は口座番号を再確認ください。

{table(_rows)}

三輪
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="bank accounts of seven people, but recipients are internal (wms.hinode-sangyo.co.jp)",
)

# 095 pass — four participants' emergency contacts to the partner hotel
_p = crowd("095", 4)
add(
    sender=frm("izutsu"),
    to=["さくらホテル 宴会・宿泊予約 <yoyaku@sakura-hotel.jp>"],
    subject="安全衛生研修（10/22-23）宿泊者の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""さくらホテル 予約ご担当者様

お世話になっております。日の出産業の井筒です。
10/22-23の研修でご予約の4名について、緊急連絡先をお知らせします。

{chr(10).join(f"　{x['name']}　携帯 {x['tel']}" for x in _p)}

チェックインは22日 17時頃の予定です。よろしくお願いいたします。

{sig("izutsu")}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and mobiles to a partner hotel — under five (may be warned)",
)

# 096 pass — reply with 「差出人: … 送信日時:」 quote holding the customer list
_p = crowd("096", 7)
_q = "\n".join(f"{x['name']}様　{x['addr']}　{x['tel']}" for x in _p)
add(
    sender=frm("akutsu"),
    to=["丸山様 <maruyama@maruyama-zakka.jp>"],
    subject="RE: 返品受付の追加7件",
    charset="shift_jis",
    body=f"""丸山様

お世話になっております。阿久津です。
追加の7件、返品受付リストに登録しました。着荷しだい検品いたします。

阿久津

差出人: 丸山 <maruyama@maruyama-zakka.jp>
送信日時: 2026年10月9日 9:48
宛先: 阿久津 奈緒 <akutsu.nao@hinode-sangyo.co.jp>
件名: 返品受付の追加7件

阿久津様
お世話になっております。マルヤマ雑貨の丸山です。
返品受付の追加です。よろしくお願いします。

{_q}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the seven customers are only in the recipient's own quoted mail (差出人/送信日時)",
)

# 097 pass — staffing agency and client in To/Cc, no personal data
add(
    sender=frm("yamane"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    cc=["遠藤様 <endo.k@smileworks-staff.co.jp>"],
    subject="12月 歳暮ギフト臨時ラインの体制について",
    charset="iso-2022-jp",
    body=f"""北国フーズ 鶴岡様
スマイルワークス 遠藤様

お世話になっております。日の出産業の山根です。
12/1〜12/20の歳暮ギフト臨時ライン（A棟2F）の体制について、三者で確認させてください。

　・ライン数：3ライン（のし掛け・包装）
　・必要人数：1ライン 8名 × 3 ＝ 24名（うち派遣 18名）
　・作業時間：9:00〜18:00
　・のし・包装紙の支給：北国フーズ様より11/25着

包装のトレーニングは11/26に北国フーズ様の担当者にお越しいただく予定です。

{sig("yamane", 1)}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (client and agency) — normal three-way mail",
)

# 098 pass — English packing list with SKUs, no people
add(
    sender=frm("imaizumi"),
    to=["Lin Qiao <linqiao@hongyuan-trading.cn>"],
    subject="Receiving discrepancy - PO HS-PO-55907",
    charset="utf-8",
    body=f"""Dear Ms. Lin,

We received container TCLU 339018-5 today. The count differs from your packing list:

  SKU           PL qty   Received   Diff
  HY-LAMP-04      1,200      1,188    -12
  HY-FAN-12         840        840      0
  HY-KTL-02         600        612    +12
  HY-KTL-03         360        360      0

It looks like 12 units of HY-KTL-02 were packed in a carton labelled HY-LAMP-04
(carton no. 0417). Please confirm and issue a corrected invoice.

{sig("imaizumi", 3)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="SKU quantities and PO numbers only",
)

# 099 either — injury report to the insurer without a name
add(
    sender=frm("izutsu"),
    to=["久米様 <kume.t@hinomaru-sonpo.co.jp>"],
    subject="Re: 上乗せ労災の事前相談",
    charset="iso-2022-jp",
    body=f"""久米様

お世話になっております。井筒です。
お電話の件、概要のみお知らせします。正式な報告書は労基署への届出後に提出します。

　被災者：派遣スタッフ（50代男性、A棟入荷、就業2か月目）
　発生：10/5 14時頃、飲料ケースの手積み中
　診断：腰椎椎間板ヘルニア（MRIで確認）、手術の可能性あり
　休業見込：1か月以上

補償の対象となるか、必要書類をご教示ください。

{sig("izutsu", 2)}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="diagnosis without a name; identifiable only with the shift/date context — judgment call",
)

# 100 either — pick errors by staff ID (no names) to the client
add(
    sender=frm("tabei"),
    to=["鶴岡様 <tsuruoka.h@kitaguni-foods.co.jp>"],
    subject="9月 誤出荷の作業者別内訳",
    charset="iso-2022-jp",
    body=f"""鶴岡様

お世話になっております。田部井です。
ご依頼の誤出荷の作業者別内訳です。氏名は伏せ、スタッフ番号のみとしています。

　スタッフNo　所属　　　　　誤出荷　内容
　S41720　　　派遣（関東ロジ）　2件　　入数違い
　K38815　　　派遣（スマイル）　2件　　入数違い
　S50293　　　社員　　　　　　　1件　　ロケ違い
　W27764　　　派遣（ワークプラス）1件　　賞味期限逆転
　K19006　　　パート　　　　　　1件　　数量違い

該当者には再教育を実施済みです。

{sig("tabei")}
""",
    expect="either",
    entities=[],
    detectors=[],
    note="five staff-ID-only records (pseudonymous) with error counts — arguably personal data",
)

MESSAGES: list[dict] = [{"id": f"warehouse-{i:03d}", **m} for i, m in enumerate(_M, 1)]
assert len(MESSAGES) == 100, len(MESSAGES)
