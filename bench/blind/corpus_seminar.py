"""Blind corpus, area "seminar": 日の出産業株式会社 running customer seminars and webinars.

The mail of the seminar office (営業企画部 セミナー事務局), marketing, HR training and the
people around them: registrations and attendee lists, webinar platform exports, lecturers
(requests, fees, travel, tax paperwork), venues and hotels, printing of handouts and
certificates, shuttle buses, catering, follow-up surveys and lead hand-over to partners,
in every layout people paste lists in (padded text, TSV/CSV, bullets, blocks, HTML tables,
CSV/XLSX/XLS/DOCX/PDF/PPTX attachments, ZIPs, password ZIPs, forwards, reply threads,
English mail).  Every person, company, number and address here is invented, and the file
was written blind, from bench/blind/BRIEF.md, build.py and SPEC.md only, without reading
mailguard's code.
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 40001

# -- numbers from the helpers, k = 0, 1, 2, … -----------------------------------------------

_K = {"mn": 0, "cc": 0}


def _mn() -> str:
    v = my_number(SEED + _K["mn"])
    _K["mn"] += 1
    return v


def _cc() -> str:
    v = card_number(SEED + _K["cc"])
    _K["cc"] += 1
    return v


def _corp(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = 0
    for i in range(1, 13):
        p = int(base12[12 - i])
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# -- text helpers ------------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(rows, gap: int = 2, zen_space: bool = False, rule: str = "-") -> str:
    """Columns padded with spaces under a header and a rule line."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for n, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            fill = widths[i] - _w(c) + (gap if i < len(r) - 1 else 0)
            if zen_space:
                cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
            else:
                cells.append(c + " " * fill)
        out.append("".join(cells).rstrip())
        if n == 0:
            total = sum(widths) + gap * (ncol - 1)
            wide = _ud.east_asian_width(rule) in "WFA"
            out.append(rule * (total // 2 if wide else total))
    return "\n".join(out)


def _wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "zenshort":
        return _zen(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{y}年{d.month}月{d.day}日"


# -- invented people ---------------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("野口", "ノグチ", "Noguchi"),
    ("菅原", "スガワラ", "Sugawara"), ("千葉", "チバ", "Chiba"), ("今井", "イマイ", "Imai"),
    # rare surnames
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("東海林", "ショウジ", "Shoji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("百目鬼", "ドウメキ", "Domeki"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("薬袋", "ミナイ", "Minai"), ("九十九", "ツクモ", "Tsukumo"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("纐纈", "コウケツ", "Koketsu"),
    ("鴨志田", "カモシダ", "Kamoshida"), ("苗加", "ノウカ", "Noka"), ("御手洗", "ミタライ", "Mitarai"),
    ("釈迦郡", "シャカゴオリ", "Shakagori"), ("勘解由小路", "カデノコウジ", "Kadenokoji"),
]
_MEI = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("直樹", "ナオキ", "Naoki"),
    ("真由美", "マユミ", "Mayumi"), ("拓也", "タクヤ", "Takuya"), ("恵", "メグミ", "Megumi"),
    ("和彦", "カズヒコ", "Kazuhiko"), ("彩", "アヤ", "Aya"), ("浩二", "コウジ", "Koji"),
    ("由紀", "ユキ", "Yuki"), ("誠", "マコト", "Makoto"), ("千尋", "チヒロ", "Chihiro"),
    ("隆", "タカシ", "Takashi"), ("麻衣", "マイ", "Mai"), ("修", "オサム", "Osamu"),
    ("奈々", "ナナ", "Nana"), ("悠斗", "ユウト", "Yuto"), ("智子", "トモコ", "Tomoko"),
    ("亮", "リョウ", "Ryo"), ("香織", "カオリ", "Kaori"), ("秀樹", "ヒデキ", "Hideki"),
    ("里美", "サトミ", "Satomi"), ("功", "イサオ", "Isao"), ("沙織", "サオリ", "Saori"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("明美", "アケミ", "Akemi"), ("康介", "コウスケ", "Kosuke"),
    ("瑞穂", "ミズホ", "Mizuho"), ("哲也", "テツヤ", "Tetsuya"), ("紗希", "サキ", "Saki"),
    ("信之", "ノブユキ", "Nobuyuki"), ("弥生", "ヤヨイ", "Yayoi"), ("慎太郎", "シンタロウ", "Shintaro"),
]
_COMPANIES = [
    ("東邦精機株式会社", "toho-seiki.co.jp"), ("株式会社みなと化成", "minato-kasei.co.jp"),
    ("丸三工業株式会社", "marusan-kogyo.co.jp"), ("北斗ロジテック株式会社", "hokuto-logitec.co.jp"),
    ("有限会社サンライズ製作所", "sunrise-ss.co.jp"), ("株式会社ミヤコ商事", "miyako-shoji.co.jp"),
    ("大和テクノ株式会社", "yamato-techno.co.jp"), ("株式会社アオイ電子", "aoi-denshi.co.jp"),
    ("中部メタル株式会社", "chubu-metal.co.jp"), ("株式会社ひかり食品", "hikari-shokuhin.co.jp"),
    ("西日本プラント株式会社", "nishinihon-plant.co.jp"), ("株式会社浜名ケミカル", "hamana-chemical.co.jp"),
    ("三協包装株式会社", "sankyo-hoso.co.jp"), ("株式会社タカミ設備", "takami-setsubi.co.jp"),
    ("信越ファインツール株式会社", "shinetsu-ft.co.jp"), ("株式会社しおさい水産", "shiosai-suisan.co.jp"),
]
_DEPTS = ["製造部", "生産技術課", "品質保証部", "総務部", "購買部", "設備保全課", "営業部", "経営企画室",
          "情報システム課", "物流管理課", "工務部", "技術開発部"]
_TITLES = ["", "", "主任", "係長", "課長", "課長代理", "部長", "マネージャー", "リーダー"]
_ADDR = [
    ("144-0052", "東京都大田区蒲田", "03"), ("222-0033", "神奈川県横浜市港北区新横浜", "045"),
    ("330-0854", "埼玉県さいたま市大宮区桜木町", "048"), ("273-0005", "千葉県船橋市本町", "047"),
    ("530-0001", "大阪府大阪市北区梅田", "06"), ("450-0002", "愛知県名古屋市中村区名駅", "052"),
    ("812-0011", "福岡県福岡市博多区博多駅前", "092"), ("060-0003", "北海道札幌市中央区北三条西", "011"),
    ("980-0811", "宮城県仙台市青葉区一番町", "022"), ("430-0926", "静岡県浜松市中央区砂山町", "053"),
    ("600-8001", "京都府京都市下京区四条通寺町東入二丁目御旅町", "075"), ("650-0021", "兵庫県神戸市中央区三宮町", "078"),
    ("730-0031", "広島県広島市中区紙屋町", "082"), ("950-0088", "新潟県新潟市中央区万代", "025"),
    ("305-0032", "茨城県つくば市竹園", "029"), ("370-0849", "群馬県高崎市八島町", "027"),
    ("920-0853", "石川県金沢市本町", "076"), ("760-0023", "香川県高松市寿町", "087"),
    ("181-0013", "東京都三鷹市下連雀", "0422"), ("194-0013", "東京都町田市原町田", "042"),
]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "hotmail.co.jp"]


def _people(n: int, key: str, *, domain: str | None = None, company: str | None = None,
            free: bool = False, rare: int = 1, born=(1962, 2001)) -> list[dict]:
    """n invented people, deterministic for (SEED, key)."""
    rng = _random.Random(f"{SEED}-{key}")
    out, seen = [], set()
    rare_pool = _SEI[42:]
    common_pool = _SEI[:42]
    while len(out) < n:
        sei = rng.choice(rare_pool) if len(out) < rare else rng.choice(common_pool)
        mei = rng.choice(_MEI)
        if sei[0] + mei[0] in seen:
            continue
        seen.add(sei[0] + mei[0])
        comp, dom = (company, domain) if company else rng.choice(_COMPANIES)
        if free:
            dom = rng.choice(_FREE)
        ro_s, ro_m = sei[2].lower(), mei[2].lower()
        local = rng.choice([f"{ro_s}.{ro_m}", f"{ro_m[0]}-{ro_s}", f"{ro_s}{rng.randrange(10, 99)}",
                            f"{ro_m}.{ro_s}", f"{ro_s}_{ro_m[0]}"])
        if free:
            local = rng.choice([f"{ro_m}{ro_s[:3]}{rng.randrange(100, 999)}", f"{ro_s}.{ro_m}.{rng.randrange(70, 99)}",
                                f"{ro_m[:4]}_{rng.randrange(1000, 9999)}"])
        z, a, area = rng.choice(_ADDR)
        a = a + f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        if rng.random() < 0.35:
            a += rng.choice([" コーポ青葉", " サンハイツ", " グランメゾン", " パークサイド"]) + f"{rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
        if not free:  # a business line: the area code of the company's office
            area = _random.Random(dom).choice(_ADDR)[2]
        if len(area) == 2:
            tel = f"{area}-{rng.randrange(3000, 6999)}-{rng.randrange(1000, 9999)}"
        elif len(area) == 3:
            tel = f"{area}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
        else:
            tel = f"{area}-{rng.randrange(20, 99)}-{rng.randrange(1000, 9999)}"
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        y = rng.randrange(*born)
        birth = _dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": sei[0] + mei[0],
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2]}",
            "company": comp, "domain": dom, "email": f"{local}@{dom}", "tel": tel, "mobile": mob,
            "zip": z, "addr": a, "birth": birth, "dept": rng.choice(_DEPTS), "title": rng.choice(_TITLES),
            "age": 2026 - y,
        })
    return out


# -- our staff and their signatures --------------------------------------------------------------

_HQ = "〒104-0031 東京都中央区京橋2-8-4 日の出京橋ビル7F"
STAFF = {
    "nakanishi": ("中西 早苗", "nakanishi.sanae@hinode-sangyo.co.jp", "営業企画部 セミナー事務局", "Sanae Nakanishi"),
    "iwasaki": ("岩崎 慎吾", "s-iwasaki@hinode-sangyo.co.jp", "人事部 人材開発課", "Shingo Iwasaki"),
    "horiuchi": ("堀内 由香", "horiuchi.yuka@hinode-sangyo.co.jp", "総務部 総務課", "Yuka Horiuchi"),
    "ono": ("大野 健太", "k.ono@hinode-sangyo.co.jp", "マーケティング部 デジタル推進課", "Kenta Ono"),
    "matsuo": ("松尾 仁", "matsuo.jin@hinode-sangyo.co.jp", "経理部 経理課", "Jin Matsuo"),
    "nishida": ("西田 拓海", "t-nishida@hinode-sangyo.co.jp", "情報システム部", "Takumi Nishida"),
    "kawaguchi": ("川口 美穂", "kawaguchi.miho@hinode-sangyo.co.jp", "カスタマーサポート部", "Miho Kawaguchi"),
    "fujimura": ("藤村 亮介", "r.fujimura@hinode-sangyo.co.jp", "大阪支社 営業二課", "Ryosuke Fujimura"),
    "sugiyama": ("杉山 綾乃", "sugiyama.ayano@hinode-sangyo.co.jp", "営業企画部 セミナー事務局", "Ayano Sugiyama"),
    "okabe": ("岡部 誠司", "okabe@hinode-sangyo.co.jp", "技術本部 技術営業グループ", "Seiji Okabe"),
}


def _from(who: str) -> str:
    n, a, _, _ = STAFF[who]
    return f"{n} <{a}>"


def _sig(who: str, style: int = 0) -> str:
    n, a, dept, ro = STAFF[who]
    if who == "fujimura":
        addr, tel = "〒541-0053 大阪府大阪市中央区本町3-5-7 本町センタービル10F", "TEL 06-6261-3380"
    else:
        addr, tel = _HQ, "TEL 03-5201-7740（代表）"
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f"日の出産業株式会社　{dept}\n{n}\n{addr}\n{tel}\nMail: {a}\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return ("--------------------------------------------\n"
                f" {n}（{ro}）\n 日の出産業株式会社 {dept}\n {tel} / FAX 03-5201-7741\n"
                f" E-mail {a}\n https://www.hinode-sangyo.co.jp/seminar/\n"
                "--------------------------------------------")
    if style == 3:
        return (f"--\n{ro}\n{dept.split()[0]} / Hinode Sangyo Co., Ltd.\n"
                "2-8-4 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan\n"
                f"Tel +81-3-5201-7740  {a}")
    return f"--\n日の出産業株式会社\n{dept}\n{n}\n{addr}\n{tel}\n{a}"


_DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。")
_DISC_EN = ("This e-mail and any attachments may contain confidential information intended solely "
            "for the addressee. If you have received it in error, please notify the sender and delete it.")

_M: list[dict] = []


def _add(**m) -> None:
    _M.append(m)


# ============================================================================================
# must stop — lists of people (five or more records)
# ============================================================================================

_p = _people(12, "s01")
_rows = [["No", "氏名", "会社名", "部署", "電話番号", "メールアドレス"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["name"], p["company"], p["dept"], p["tel"], p["email"]])
_add(
    sender=_from("nakanishi"),
    to=["受付デスク 森下様 <morishita@event-plus.co.jp>"],
    subject="【11/18 生産現場DXセミナー】受付用 申込者一覧の送付",
    charset="iso-2022-jp",
    body=f"""株式会社イベントプラス
森下様

いつもお世話になっております。日の出産業の中西でございます。

11月18日（水）開催の「第12回 生産現場のDX実践セミナー」につきまして、
受付でお使いいただく申込者一覧（本日17時時点）を下記に貼り付けます。
名札の作成と受付表への転記をお願いできますでしょうか。

{_pad(_rows)}

以上12名です。追加があれば前日までに改めてご連絡いたします。
どうぞよろしくお願いいたします。

{_sig("nakanishi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="12 registrants with phone and e-mail pasted as a padded text table to an outside event agency",
)

_p = _people(30, "s02", rare=3)
_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ 宴会セールス 大西様 <onishi.banquet@sakura-hotel.jp>"],
    subject="名札・お弁当数のご確認（12/3 品質管理セミナー）",
    charset="shift_jis",
    body=f"""さくらホテル東京ベイ
宴会セールス 大西様

お世話になっております。日の出産業 セミナー事務局の杉山です。

12/3（木）「はじめての品質管理セミナー」の参加者名簿をCSVでお送りします。
名札の印字にお使いください。昼食のお弁当は名簿の人数＋講師・スタッフ5名分でお願いします。

・参加者：30名（添付CSV）
・講師・スタッフ：5名
・お弁当：合計35個（うち2個はお茶なし）

会場レイアウトは前回と同じスクール形式で問題ございません。

{_sig("sugiyama", 1)}
""",
    attachments=[{
        "kind": "csv", "name": "参加者名簿_1203.csv", "encoding": "cp932",
        "rows": [["受付番号", "氏名", "フリガナ", "会社名", "所属", "メールアドレス", "電話番号"]]
        + [[f"QC-{1200 + i}", p["name"], p["kana"], p["company"], p["dept"], p["email"], p["tel"]]
           for i, p in enumerate(_p, 1)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 30 attendees with e-mail and phone sent to the venue hotel for name badges",
)

_p1 = _people(9, "s03a", rare=2)
_p2 = _people(8, "s03b", rare=1)
_add(
    sender=_from("iwasaki"),
    to=["錦印刷株式会社 営業部 小池様 <koike@nishiki-insatsu.co.jp>"],
    subject="修了証の印刷と発送のお願い（安全衛生教育講座 第1期・第2期）",
    charset="utf-8",
    body=f"""錦印刷株式会社
営業部 小池様

いつもお世話になっております。日の出産業 人材開発課の岩崎です。

先日お見積りいただいた修了証（A4・賞状紙）の件、正式に発注いたします。
修了者の氏名・ご住所は添付のExcelにまとめました（第1期・第2期でシートを分けています）。
修了証は各修了者のご自宅へ直接郵送いただく形でお願いいたします。

発注番号：HS-PO-26-0917
数量：17枚（予備3枚含め20枚）
納期：10月30日（金）発送完了

ご不明点があればお電話ください。

{_sig("iwasaki", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "修了者一覧_安全衛生教育.xlsx", "title": "修了者一覧",
        "sheets": {
            "第1期": [["安全衛生教育講座 第1期（令和8年9月開催） 修了者一覧"], [],
                      ["No", "氏名", "郵便番号", "住所", "電話番号", "修了日"]]
            + [[i, p["name"], p["zip"], p["addr"], p["mobile"], "2026/09/11"] for i, p in enumerate(_p1, 1)],
            "第2期": [["安全衛生教育講座 第2期（令和8年10月開催） 修了者一覧"], [],
                      ["No", "氏名", "郵便番号", "住所", "電話番号", "修了日"]]
            + [[i, p["name"], p["zip"], p["addr"], p["mobile"], "2026/10/09"] for i, p in enumerate(_p2, 1)],
            "集計": [["期", "修了者数"], ["第1期", 9], ["第2期", 8], ["合計", 17]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (two data sheets with title rows) of 17 course graduates' home addresses and phones to the printer",
)

_p = _people(8, "s04", rare=2)
_tsv = "登録日時\t氏名\tメールアドレス\t会社名\t役職\n" + "\n".join(
    f"2026/10/{5 + i:02d} {9 + i}:{(i * 7) % 60:02d}\t{p['name']}\t{p['email']}\t{p['company']}\t{p['title'] or '-'}"
    for i, p in enumerate(_p))
_add(
    sender=_from("ono"),
    to=["ツバサシステム サポート窓口 <support@tsubasa-system.jp>"],
    subject="Re: ウェビナー登録者の重複について",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
サポートご担当者様

日の出産業 マーケティング部の大野です。
ご回答ありがとうございました。ご依頼どおり、重複しているとみられる登録を
管理画面からエクスポートしたものを下に貼り付けます（タブ区切りのままです）。

{_tsv}

同じ方が2回登録されているのに確認メールが1通しか届いていない、という問い合わせが
複数来ております。ログの確認をお願いできますでしょうか。

{_sig("ono", 2)}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated export of 8 webinar registrants (name, e-mail, company) pasted into a support ticket to the platform vendor",
)

_p = _people(6, "s05", rare=1)
_csvbody = "氏名,会社名,部署,携帯電話\n" + "\n".join(
    f"{p['name']},{p['company']},{p['dept']},{p['mobile']}" for p in _p)
_add(
    sender=_from("fujimura"),
    to=["Kジョブ研究所 桑原先生 <kuwabara@k-job-lab.jp>"],
    subject="明日の少人数ワークショップ 参加者のご連絡",
    charset="shift_jis",
    body=f"""桑原先生

いつも大変お世話になっております。日の出産業 大阪支社の藤村です。

明日のワークショップ（大阪支社 第2会議室、13:30〜）の参加者は以下の6名です。
グループ分けのご参考にお使いください。当日、遅刻等の連絡が先生に直接入るかもしれませんので、
携帯番号も添えております。

{_csvbody}

会場は13時から入室可能です。お気をつけてお越しください。

{_sig("fujimura")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of 6 participants with mobile numbers sent to an external lecturer",
)

_p = _people(7, "s06", rare=2)
_bul = "\n".join(f"・{p['name']}様（{p['company']}）　携帯 {p['mobile']}　乗車：{stop}"
                 for p, stop in zip(_p, ["新横浜駅", "新横浜駅", "新横浜駅", "菊名駅", "菊名駅", "新横浜駅", "菊名駅"]))
_add(
    sender=_from("okabe"),
    to=["青葉運輸株式会社 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    cc=["t-yamane@aoba-unyu.co.jp"],
    subject="10/22 工場見学会 送迎バス乗車予定者",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
貸切バス課 御中
（CC：山根様）

お世話になっております。日の出産業 技術営業グループの岡部です。
10月22日の川崎工場見学会の送迎バス（マイクロバス1台）について、乗車予定の方をお知らせします。
万一集合時刻に見えない場合は、運転手さんから直接お電話いただいて構いません。

{_bul}

集合：新横浜駅 篠原口 8:40 → 菊名駅 西口 9:00 → 川崎工場
帰り：15:30 工場発、往路の逆順

どうぞよろしくお願いいたします。

{_sig("okabe", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="「・」 bullet list of 7 customers with mobile numbers to the bus company",
)

_p = _people(7, "s07", rare=2)
_blocks = "\n\n".join(
    f"■{i}\n〒{p['zip']}\n{p['addr']}\n{p['company']} {p['dept']}\n{p['name']} 様\nTEL：{p['tel']}"
    for i, p in enumerate(_p, 1))
_add(
    sender=_from("sugiyama"),
    to=["発送代行 ハッソウセンター 受付 <order@hassou-center.co.jp>"],
    subject="受講票の発送依頼（7件）",
    charset="utf-8",
    body=f"""株式会社ハッソウセンター
ご担当者様

いつもありがとうございます。日の出産業の杉山です。
「省エネ設備更新セミナー（会場受講）」の受講票を、下記7件へ発送お願いします。
封入物：受講票、会場地図、アンケート用紙（各1部）

{_blocks}

発送希望日：10月14日（水）
請求先は通常どおり営業企画部でお願いいたします。

{_sig("sugiyama")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one record per block: 7 mailing addresses with names and phones to a mailing-service company",
)

_p = _people(9, "s08", rare=2)
_trs = "\n".join(
    f"<tr><td>{p['company']}</td><td>{p['dept']}</td><td>{p['name']}</td><td>{p['email']}</td>"
    f"<td>{p['tel']}</td><td>{lv}</td></tr>"
    for p, lv in zip(_p, "AABBACBAB"))
_add(
    sender=_from("ono"),
    to=["川崎電機株式会社 営業推進部 村瀬様 <murase@kawasaki-denki.co.jp>"],
    subject="共催ウェビナー 商談希望者リスト（フォロー分担のご相談）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>川崎電機株式会社<br>営業推進部 村瀬様</p>
<p>いつもお世話になっております。日の出産業の大野です。<br>
先週の共催ウェビナー「工場の電力ピークを下げる3つの方法」で、アンケートにて
「個別相談を希望する」と回答された方の一覧です。</p>
<p>確度A・Bの方を中心に、御社とのフォロー分担をご相談させてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>会社名</th><th>部署</th><th>氏名</th><th>メール</th><th>電話</th><th>確度</th></tr>
{_trs}
</table>
<p>来週前半でお打ち合わせのお時間をいただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 マーケティング部 デジタル推進課<br>大野 健太<br>TEL 03-5201-7740（代表）</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 9 webinar leads (name, e-mail, phone) to a partner company",
)

_lect = _people(6, "s09", rare=2, born=(1950, 1985))
_add(
    sender=_from("horiuchi"),
    to=["JTSトラベル 法人営業 <hojin@jts-travel.co.jp>"],
    subject="講師陣の移動・宿泊手配と旅行保険の件",
    charset="iso-2022-jp",
    body=f"""JTSトラベル株式会社
法人営業ご担当 様

お世話になっております。日の出産業 総務部の堀内です。

11月の「地方創生セミナー（札幌・仙台・福岡）」の講師6名分の交通・宿泊の手配と、
国内旅行傷害保険の加入をお願いしたく、講師の情報をWordの表にまとめて添付いたします。
保険のお手続きに必要とのことでしたので、生年月日とご自宅住所も記載しております。

ご手配内容がまとまりましたら、お見積りをお送りください。

{_sig("horiuchi")}
""",
    attachments=[{
        "kind": "docx", "name": "講師手配表_地方創生セミナー.docx", "title": "講師手配表",
        "paragraphs": ["地方創生セミナー 講師手配表（令和8年11月）", "旅行傷害保険加入のため、生年月日・住所を記載。"],
        "tables": [[["氏名", "フリガナ", "生年月日", "住所", "携帯電話", "担当会場"]]
                   + [[p["name"], p["kana"], _wareki(p["birth"]), f"〒{p['zip']} {p['addr']}", p["mobile"], v]
                      for p, v in zip(_lect, ["札幌", "札幌", "仙台", "仙台", "福岡", "福岡"])]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 6 lecturers with 和暦 birth dates, home addresses and mobiles to a travel agency",
)

_p = _people(10, "s10", rare=3)
_add(
    sender=_from("iwasaki"),
    to=["全日本産業安全協会 教育事業部 <kyouiku@zensan-kyokai.or.jp>"],
    subject="フォークリフト安全講習 修了者報告書の提出",
    charset="shift_jis",
    body=f"""一般社団法人 全日本産業安全協会
教育事業部 ご担当者様

いつもお世話になっております。日の出産業株式会社 人材開発課の岩崎でございます。
貴協会後援の「フォークリフト安全講習（10月開催分）」について、修了者報告書をPDFにて提出いたします。
修了者名簿の様式は、貴協会指定の様式第3号に準じております。

ご査収のほど、よろしくお願い申し上げます。

{_sig("iwasaki")}
""",
    attachments=[{
        "kind": "pdf", "name": "修了者報告書_202610.pdf", "title": "修了者報告書",
        "lines": ["様式第3号　修了者報告書", "講習名：フォークリフト安全講習（令和8年10月6日〜7日）",
                  "実施者：日の出産業株式会社 人材開発課", ""],
        "table": [["No", "氏名", "フリガナ", "生年月日", "所属事業所", "修了番号"]]
        + [[str(i), p["name"], p["kana"], _wareki(p["birth"], "short"), p["company"], f"FL26-{300 + i}"]
           for i, p in enumerate(_p, 1)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of 10 course graduates with birth dates (S58.4.2 style) to an industry association",
)

_p = _people(14, "s11", rare=2)
_add(
    sender=_from("ono"),
    to=["リサーチラボ株式会社 分析チーム <analysis@research-lab.co.jp>"],
    subject="セミナー後アンケート データ送付（分析ご依頼分）",
    charset="utf-8",
    body=f"""リサーチラボ株式会社
分析チーム ご担当者様

日の出産業 大野です。お見積りの件、ありがとうございました。
ご依頼の元データをZIPにまとめてお送りします。

 - survey_raw.csv ……フォームのエクスポートそのまま（UTF-8）
 - 回答者属性.xlsx ……参加申込データとの突合結果

個人の特定につながる列の扱いは契約書の条件どおりでお願いします。
レポートは11月末納品でお願いできれば助かります。

{_sig("ono", 2)}
""",
    attachments=[{
        "kind": "zip", "name": "survey_data_1105.zip",
        "files": [
            {"kind": "csv", "name": "survey_raw.csv", "encoding": "utf-8",
             "rows": [["timestamp", "name", "email", "q1_satisfaction", "q2_comment"]]
             + [[f"2026-11-0{1 + i % 4} 1{i % 8}:2{i % 6}", p["name"], p["email"], str(3 + i % 3),
                 ["とても参考になった", "事例をもっと聞きたい", "資料を事前に欲しい", "時間が短い"][i % 4]]
                for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "回答者属性.xlsx",
             "sheets": {"属性": [["氏名", "会社名", "部署", "役職", "電話"]]
                        + [[p["name"], p["company"], p["dept"], p["title"], p["tel"]] for p in _p]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="plain ZIP holding a UTF-8 CSV and an XLSX of 14 survey respondents with e-mail and phone, to an analysis vendor",
)

_p = _people(6, "s12", rare=1)
_fw = "\n".join(f"{p['name']}（{p['company']}）{p['email']} / {p['tel']}" for p in _p)
_add(
    sender=_from("sugiyama"),
    to=["株式会社イベントプラス 森下様 <morishita@event-plus.co.jp>"],
    subject="FW: 【追加申込】生産現場DXセミナー",
    charset="iso-2022-jp",
    body=f"""森下様

杉山です。昨日お送りした一覧に、下記の追加申込分を加えていただけますか。
営業から回ってきたメールをそのまま転送します。

---------- Forwarded message ---------
From: 藤村 亮介 <r.fujimura@hinode-sangyo.co.jp>
Date: 2026年11月10日(火) 18:02
Subject: 【追加申込】生産現場DXセミナー
To: 杉山 綾乃 <sugiyama.ayano@hinode-sangyo.co.jp>

杉山さん

大阪のお客様から追加で6名の申込がありました。登録お願いします。

{_fw}

藤村
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail with 6 registrants (e-mail and phone) to the outside event agency: the forwarded text counts",
)

_p = _people(5, "s13", rare=1)
_new = "\n".join(f"  {p['name']}　{p['mobile']}　{p['email']}" for p in _p)
_add(
    sender=_from("kawaguchi"),
    to=["ひかり食品 品質保証部 石井様 <ishii.m@hikari-shokuhin.co.jp>"],
    subject="Re: HACCP実務講座の欠席者フォローについて",
    charset="utf-8",
    body=f"""石井様

お世話になっております。日の出産業の川口です。

ご依頼いただいた、当日欠席された御社グループ各社の方の連絡先は以下のとおりです。
オンデマンド配信のご案内はこちらから直接お送りする予定ですが、念のため共有いたします。

{_new}

よろしくお願いいたします。
川口

> 先日の講座、当社グループからの欠席者が何名かいたようですので、
> 連絡先を教えていただけますか。こちらからも声をかけます。
> 石井

{_sig("kawaguchi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="reply whose new text (not the quote) lists 5 absentees with mobile and e-mail",
)

_p = _people(8, "s14", rare=2)
_en = _pad([["Name", "Company", "Title", "E-mail"]]
           + [[p["romaji"], p["domain"].split(".")[0].replace("-", " ").title().replace(" Ss", " Seisakusho").replace(" Ft", " Fine Tool"), p["title"] and "Manager" or "Engineer", p["email"]] for p in _p])
_add(
    sender=_from("okabe"),
    to=["Daniel Whitfield <d.whitfield@northbridge-consulting.com>"],
    subject="Attendee list for your session on Nov 25",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you again for agreeing to lead the Lean Maintenance session on November 25.
As requested, here is the list of registered attendees so you can tailor the case studies.
Please note that they have not agreed to be contacted directly.

{_en}

We will send the venue details and the interpreter's briefing notes next week.

Best regards,
{_sig("okabe", 3)}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail with a padded list of 8 attendees (romaji names, e-mail) to a foreign lecturer",
)

_p = _people(6, "s15", rare=2, born=(1958, 1990))
_zrows = [["氏名", "生年月日", "電話番号", "所属"]] + [
    [p["name"], _wareki(p["birth"], "zen"), _zen(p["mobile"]).replace("－", "−"), p["dept"]] for p in _p]
_add(
    sender=_from("iwasaki"),
    to=["みらい健康クリニック 予防医療室 <yobou@mirai-kenko-cl.jp>"],
    subject="健康経営セミナー（体力測定会）参加者のご連絡",
    charset="iso-2022-jp",
    body=f"""みらい健康クリニック
予防医療室 ご担当者様

いつもお世話になっております。日の出産業 人事部 人材開発課の岩崎です。
１１月１２日（木）の健康経営セミナー併設「体力測定会」の参加者をお知らせします。
受付票の事前作成のため、生年月日と連絡先をいただきたいとのことでしたので、下記のとおりです。

{_pad(_zrows, zen_space=True, rule="―")}

当日は本社８階の大会議室でお待ちしております。

{_sig("iwasaki")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="list padded with full-width spaces: 6 employees with 和暦 birth dates and full-width phone numbers to an outside clinic",
)

_p1 = _people(11, "s16a", rare=2)
_p2 = _people(3, "s16b", rare=0)
_add(
    sender=_from("nakanishi"),
    to=["北国フーズ株式会社 営業企画課 工藤様 <kudo.s@kitaguni-foods.co.jp>"],
    subject="共催セミナー「食品工場の衛生管理」申込状況（11/6時点）",
    charset="shift_jis",
    body=f"""北国フーズ株式会社
営業企画課 工藤様

いつもお世話になっております。日の出産業の中西です。
共催セミナーの申込状況を、11/6時点の一覧でお送りします。
キャンセルの3名は別シートに分けてあります。

現在の申込数：11名（定員30名）
集客は来週のメルマガでもう一押しする予定です。

{_sig("nakanishi", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "申込状況_1106.xlsx",
        "sheets": {
            "申込一覧": [["食品工場の衛生管理セミナー 申込一覧（2026/11/6 時点）"], ["", "", "", "", "", "作成：日の出産業 セミナー事務局"],
                         ["受付日", "氏名", "会社名", "部署", "メール", "電話"]]
            + [[f"11/{1 + i % 6}", p["name"], p["company"], p["dept"], p["email"], p["tel"]] for i, p in enumerate(_p1)],
            "キャンセル": [["キャンセル一覧"], ["氏名", "会社名", "メール", "理由"]]
            + [[p["name"], p["company"], p["email"], r] for p, r in zip(_p2, ["日程都合", "社内業務", "未記入"])],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with title rows over two sheets: 11 registrants + 3 cancellations with e-mail/phone to the co-host",
)

_p = _people(16, "s17", rare=3)
_add(
    sender=_from("ono"),
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="次回セミナー案内DM 宛名データ（UTF-8）",
    charset="utf-8",
    body=f"""錦印刷株式会社 DM事業部 御中

日の出産業 マーケティング部の大野です。
先日ご相談した次回セミナー案内のDM、宛名データをお送りします。
フォームのエクスポートをそのまま添付していますので、質問欄は無視してください。
文字コードはUTF-8です（前回Shift_JISで文字化けしたため）。

{_sig("ono")}
""",
    attachments=[{
        "kind": "csv", "name": "dm_address_utf8.csv", "encoding": "utf-8",
        "rows": [["タイムスタンプ", "お名前", "メールアドレス", "電話番号", "郵便番号", "ご住所", "ご質問"]]
        + [[f"2026/09/{10 + i} 10:{i:02d}:00", p["name"], p["email"], p["tel"], p["zip"], p["addr"],
            "" if i % 3 else "事例集はもらえますか"] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV form export of 16 people with addresses, phones and e-mail to the DM printer",
)

_p = _people(10, "s18", rare=0)
_nr = _pad([["受講者ID", "メールアドレス", "電話番号", "業種", "視聴時間(分)"]]
           + [[f"W{7000 + 13 * i}", p["email"], p["tel"], ["製造", "物流", "食品", "化学"][i % 4], str(35 + 5 * i)]
              for i, p in enumerate(_p)])
_add(
    sender=_from("ono"),
    to=["株式会社データブリッジ 池内様 <ikeuchi@databridge-mkt.co.jp>"],
    subject="視聴ログのサンプル（氏名列は削除済み）",
    charset="iso-2022-jp",
    body=f"""データブリッジ
池内様

お世話になっております。日の出産業の大野です。
スコアリングのPoC用に、ウェビナー視聴ログのサンプル10件を貼り付けます。
氏名の列は削除してありますので、そのままお使いください。

{_nr}

全件（約2,400件）は契約締結後にお渡しします。

{_sig("ono", 2)}
""",
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 records without a name column but with each person's e-mail and phone: still a list of people",
)

_p = _people(12, "s19", rare=2)
_add(
    sender=_from("sugiyama"),
    to=["株式会社コールリンク 営業部 <sales@call-link.co.jp>"],
    subject="過去受講者リスト（架電用）のご送付",
    charset="shift_jis",
    body=f"""株式会社コールリンク
営業部 御中

お世話になっております。日の出産業 セミナー事務局の杉山です。
来月のアウトバウンド架電用に、過去受講者のリストをお送りします。
古いシステムからの出力のため .xls 形式です。開けない場合はお知らせください。

架電期間：10/19〜10/30
トークスクリプトは別途お送りします。

{_sig("sugiyama")}
""",
    attachments=[{
        "kind": "xls", "name": "past_attendees.xls",
        "sheets": {"list": [["氏名", "カナ", "会社名", "電話番号", "最終受講日", "受講セミナー"]]
                   + [[p["name"], p["kana"], p["company"], p["tel"], f"2025/{1 + i % 12:02d}/15",
                       ["品質管理", "DX実践", "省エネ"][i % 3]] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS of 12 past attendees with phone numbers to a telemarketing company",
)

_p = _people(9, "s20", rare=2)
_inner = "\n".join(f"{i}. {p['name']} / {p['company']} {p['dept']} / {p['email']} / {p['mobile']}"
                   for i, p in enumerate(_p, 1))
_add(
    sender=_from("kawaguchi"),
    to=["さくらホテル大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>"],
    subject="FW: 懇親会 出席者確定のご連絡",
    charset="utf-8",
    body=f"""さくらホテル大阪
宴会予約ご担当者様

日の出産業の川口です。懇親会の出席者が確定しましたので、社内連絡のメールを添付で転送します。
座席札の作成をお願いいたします。

{_sig("kawaguchi")}
""",
    attachments=[{
        "kind": "eml", "name": "懇親会出席者確定.eml",
        "message": {
            "sender": _from("fujimura"), "to": [_from("kawaguchi")], "charset": "utf-8",
            "subject": "懇親会 出席者確定",
            "body": f"川口さん\n\n11/27 大阪ユーザー会の懇親会、出席者が確定しました（9名）。\n\n{_inner}\n\n藤村\n",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="internal mail listing 9 guests with e-mail and mobile, attached as .eml and sent to the hotel",
)

_p = _people(5, "s21", rare=1, born=(1955, 1980))
_add(
    sender=_from("matsuo"),
    to=["けやき経理サービス 振込代行窓口 <furikomi@keyaki-keiri.co.jp>"],
    subject="【振込依頼】10月分 講師謝金（5名）",
    charset="iso-2022-jp",
    body=f"""けやき経理サービス株式会社
振込代行ご担当者様

いつもお世話になっております。日の出産業 経理部の松尾です。
10月開催セミナーの講師謝金（個人の先生5名分）の振込をお願いいたします。

""" + "\n".join(
        f"【{i}】{p['name']}（{p['kana']}）\n　振込先：{bank} {br}支店 普通 {acct}\n　住所：{p['addr']}\n　金額：{amt}円（源泉徴収後）"
        for i, (p, bank, br, acct, amt) in enumerate(zip(
            _p, ["みどり銀行", "東邦信用金庫", "さくら共栄銀行", "みどり銀行", "北陸中央銀行"],
            ["京橋", "大森", "梅田", "新横浜", "金沢駅前"],
            ["1234567", "0876123", "3021456", "5567012", "2230981"],
            ["89,790", "134,685", "89,790", "44,895", "134,685"]), 1)) + f"""

振込日：11月10日（火）
ご確認のほどよろしくお願いいたします。

{_sig("matsuo")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5 individual lecturers' bank accounts and home addresses, one block each, to an outsourced payment service",
)

_p = _people(11, "s22", rare=2)
_nos = _pad([["氏名", "会社", "電話", "登録経路"]]
            + [[p["name"], p["company"], p["tel"], ["メルマガ", "Web広告", "営業紹介", "展示会"][i % 4]]
               for i, p in enumerate(_p)], gap=3)
_add(
    sender=_from("ono"),
    to=["コールリンク 田端様 <tabata@call-link.co.jp>"],
    subject="ウェビナー欠席者への架電リスト（10/15分）",
    charset="shift_jis",
    body=f"""田端様

お世話になっております。日の出産業の大野です。
10/15開催ウェビナーに申し込んだものの視聴されなかった方（11名）です。
アーカイブ視聴のご案内の架電をお願いします。

{_nos}

ヒアリング項目は前回と同じで結構です。

{_sig("ono")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="padded text list of 11 webinar no-shows with phones to a call centre",
)

_p = _people(8, "s23", domain="hinode-sangyo.co.jp", company="日の出産業株式会社", rare=1)
_add(
    sender=_from("iwasaki"),
    to=["ケンシュウプロ株式会社 運営事務局 <office@kenshu-pro.co.jp>"],
    subject="管理職向け公開講座 受講者情報の提出",
    charset="utf-8",
    body=f"""ケンシュウプロ株式会社
運営事務局 御中

お世話になっております。日の出産業 人材開発課の岩崎です。
貴社公開講座「新任管理職のためのマネジメント基礎」に当社から8名参加させます。
受講者情報を下記のとおり提出いたします。

社員番号\t氏名\t所属\t内線\t社用携帯\tメール
""" + "\n".join(f"{40210 + 37 * i}\t{p['name']}\t{p['dept']}\t{3100 + i}\t{p['mobile']}\t{p['email']}"
                for i, p in enumerate(_p)) + f"""

請求書は人事部宛にお願いいたします。

{_sig("iwasaki")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8 of our own employees' records (employee number, mobile, e-mail) sent to an external training provider",
)

_p = _people(6, "s24", rare=1)
_add(
    sender=_from("fujimura"),
    to=["さくらホテル大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>"],
    subject="Re: 懇親会の件（座席表）",
    charset="iso-2022-jp",
    body=f"""さくらホテル大阪 宴会予約 ご担当者様

日の出産業の藤村です。早速のご返信ありがとうございます。
ご要望の座席表用のお名前とご連絡先（当日の緊急連絡用）です。

テーブルA：{_p[0]['name']}様（{_p[0]['company']}）{_p[0]['mobile']}
テーブルA：{_p[1]['name']}様（{_p[1]['company']}）{_p[1]['mobile']}
テーブルA：{_p[2]['name']}様（{_p[2]['company']}）{_p[2]['mobile']}
テーブルB：{_p[3]['name']}様（{_p[3]['company']}）{_p[3]['mobile']}
テーブルB：{_p[4]['name']}様（{_p[4]['company']}）{_p[4]['mobile']}
テーブルB：{_p[5]['name']}様（{_p[5]['company']}）{_p[5]['mobile']}

以上、よろしくお願いいたします。

-----Original Message-----
From: さくらホテル大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>
Sent: Wednesday, November 18, 2026 11:40 AM
Subject: 懇親会の件

日の出産業株式会社 藤村様
座席表作成のため、ご出席者のお名前をお知らせいただけますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text gives 6 guests' names and mobile numbers to the hotel (the quote itself holds nothing)",
)

# ============================================================================================
# must stop — My Number, card numbers, identity documents
# ============================================================================================

_lect = _people(3, "s26", rare=1, born=(1950, 1975))
_add(
    sender=_from("matsuo"),
    to=["税理士法人あおい会計 支払調書担当 <shiharai@aoi-kaikei.or.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書 作成資料（セミナー講師分）",
    charset="shift_jis",
    body=f"""税理士法人あおい会計
支払調書ご担当 様

いつもお世話になっております。日の出産業 経理部の松尾でございます。
本年分のセミナー講師謝金にかかる支払調書の作成資料をお送りします。
講師ご本人から提供いただいた個人番号を記載しております。

よろしくお願い申し上げます。

{_sig("matsuo")}
""",
    attachments=[{
        "kind": "xlsx", "name": "支払調書作成資料_講師謝金.xlsx",
        "sheets": {
            "講師": [["令和8年分 講師謝金 支払調書作成資料"], [],
                     ["氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
            + [[p["name"], _mn(), p["addr"], amt, tax] for p, amt, tax in
               zip(_lect, [330000, 220000, 110000], [33693, 22462, 11231])],
            "メモ": [["番号確認：通知カード／マイナンバーカードの写しで確認済み（原本は総務保管）"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three lecturers' マイナンバー and addresses in an XLSX to an outside tax firm",
)

_cn = _cc()
_add(
    sender=_from("kawaguchi"),
    to=["ペイメントゲート株式会社 加盟店サポート <merchant-support@paymentgate.co.jp>"],
    subject="手動決済のお願い（有料セミナー参加費）",
    charset="iso-2022-jp",
    body=f"""ペイメントゲート株式会社
加盟店サポート ご担当者様

いつもお世話になっております。加盟店ID：HN-220381、日の出産業の川口です。
申込フォームの不具合で決済が完了しなかったお客様から、カード情報を電話でお預かりしました。
恐れ入りますが、管理画面から手動でオーソリをかけていただけますでしょうか。

　お名前：西園寺 透（サイオンジ トオル）様
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限：08/29
　金額：16,500円（税込）
　電話番号：080-4417-2093

処理が完了しましたらご連絡ください。

{_sig("kawaguchi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a customer's full credit card number written into a mail to the payment company",
)

_add(
    sender=_from("horiuchi"),
    to=["Riverside Grand Hotel Bangkok Reservations <reservations@riversidegrand-bkk.com>"],
    subject="Room reservation for our seminar speaker (Dec 8-10)",
    charset="utf-8",
    body=f"""Dear Reservations Team,

We are holding a customer seminar for our Thai distributors in Bangkok on 9 December and
would like to book a deluxe single room for our speaker, billed to Hinode Sangyo Co., Ltd.

  Guest name:       Mr. Kenichi KOKETSU
  Nationality:      Japan
  Date of birth:    3 June 1971
  Passport number:  TZ1048273
  Check-in:         8 December 2026 (late arrival, around 23:30)
  Check-out:        10 December 2026

Your booking form asks for the passport details for the guest registration, so I have
included them above. Please confirm the booking by e-mail.

Kind regards,
{_sig("horiuchi", 3)}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English mail giving a lecturer's passport number and birth date to an overseas hotel",
)

_v = _people(3, "s29", rare=1)
_dl = ["301804927150", "442106385011", "622009174830"]
_add(
    sender=_from("okabe"),
    to=["川崎電機株式会社 川崎事業所 総務課 <soumu-kawasaki@kawasaki-denki.co.jp>"],
    subject="見学会 入構申請（運転免許証番号）",
    charset="utf-8",
    body=f"""川崎電機株式会社 川崎事業所
総務課 ご担当者様

お世話になっております。日の出産業 技術営業グループの岡部です。
10/22の共催見学会で、御社変電設備エリアに入構する当社側の引率者3名の申請をいたします。
入構規程により本人確認書類の番号が必要とのことでしたので、運転免許証番号を記載します。

1. {_v[0]['name']}　運転免許証番号 {_dl[0]}
2. {_v[1]['name']}　運転免許証番号 {_dl[1]}
3. {_v[2]['name']}　運転免許証番号 {_dl[2]}

当日は原本を持参いたします。

{_sig("okabe")}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="three people's driving licence numbers for a site entry permit: identity document numbers, even under five people",
)

_add(
    sender=_from("iwasaki"),
    to=["ケンシュウプロ株式会社 運営事務局 <office@kenshu-pro.co.jp>"],
    subject="Re: 受講資格の確認書類について",
    charset="iso-2022-jp",
    body=f"""ケンシュウプロ株式会社
運営事務局 ご担当者様

お世話になっております。日の出産業の岩崎です。
ご指摘の件、技能実習生の受講者について在留カードの情報をお知らせします。

　氏名：NGUYEN VAN THANH（グエン ヴァン タイン）
　国籍：ベトナム
　在留カード番号：UH47190385FA
　在留資格：技能実習（第2号ロ）
　在留期間満了日：2028年3月31日

写しが必要でしたら、別途郵送いたします。

{_sig("iwasaki")}

> 技能実習生の方がご受講される場合、在留資格の確認のため
> 在留カードの番号と在留期間をお知らせください。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a trainee's 在留カード number and status sent to an external training provider",
)

_r = _people(2, "s31", rare=1, born=(1960, 1975))
_add(
    sender=_from("horiuchi"),
    to=["ふじみ社会保険労務士事務所 <info@fujimi-sr.jp>"],
    subject="非常勤講師2名の資格取得届について",
    charset="shift_jis",
    body=f"""ふじみ社会保険労務士事務所
先生

いつも大変お世話になっております。日の出産業 総務部の堀内です。
来年1月から社内アカデミーの非常勤講師として2名を雇用します（週3日・社会保険加入対象）。
資格取得届の作成をお願いしたく、必要事項をお送りします。

────────────────────
氏名：{_r[0]['name']}（{_r[0]['kana']}）
生年月日：{_wareki(_r[0]['birth'])}
基礎年金番号：{_zen('5127-403318')}
住所：〒{_r[0]['zip']} {_r[0]['addr']}
────────────────────
氏名：{_r[1]['name']}（{_r[1]['kana']}）
生年月日：{_wareki(_r[1]['birth'])}
基礎年金番号：4021-338817
住所：〒{_r[1]['zip']} {_r[1]['addr']}
────────────────────

資格取得日は令和9年1月5日です。よろしくお願いいたします。

{_sig("horiuchi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two new lecturers' 基礎年金番号 (one in full-width digits) with birth dates and addresses to the labour consultant",
)

# ============================================================================================
# must stop — special-care data (要配慮個人情報)
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ 宴会セールス 大西様 <onishi.banquet@sakura-hotel.jp>"],
    subject="12/3 セミナー 車椅子でご来場の方について",
    charset="iso-2022-jp",
    body=f"""大西様

いつもお世話になっております。日の出産業の杉山です。
12/3のセミナーに、車椅子でご来場される方が1名いらっしゃいます。

　お名前：小鳥遊 千尋 様（東邦精機株式会社）
　ご本人より：「身体障害者手帳（下肢機能障害2級）を持っており、車椅子を使用しています。
　　　　　　　多目的トイレの場所と、会場入口の段差について事前に知りたい」とのことです。

・会場後方の通路側に車椅子スペースを1席分
・当日はエレベーターまでのご案内をお願いできますでしょうか

ご対応可否をお知らせいただけますと幸いです。

{_sig("sugiyama", 1)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named attendee's physical disability (障害者手帳の等級) told to the hotel: special-care data",
)

_add(
    sender=_from("kawaguchi"),
    to=["東京手話通訳派遣センター 派遣調整係 <haken@shuwa-tokyo.or.jp>"],
    subject="手話通訳者派遣のお願い（11/18 セミナー）",
    charset="utf-8",
    body=f"""東京手話通訳派遣センター
派遣調整係 御中

はじめてご連絡いたします。日の出産業株式会社 カスタマーサポート部の川口と申します。
当社主催セミナーに、聴覚に障害のある方（聴覚障害2級とのこと）がお申し込みくださいました。
手話通訳者の派遣をお願いしたく、ご連絡いたしました。

■セミナー：第12回 生産現場のDX実践セミナー
■日時：2026年11月18日（水）13:30〜17:00
■会場：さくらホテル東京ベイ 2F「桜の間」
■ご利用者：鴨志田 奈々 様（株式会社アオイ電子）
　ご本人連絡先（FAX・メールのみ可）：kamoshida.nana@aoi-denshi.co.jp
■通訳者：2名（交代制）を希望

お見積りと、事前に必要な資料があればお知らせください。

{_sig("kawaguchi", 2)}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named attendee's hearing disability and her e-mail sent to an interpreter agency",
)

_add(
    sender=_from("nakanishi"),
    to=["北国フーズ株式会社 営業企画課 工藤様 <kudo.s@kitaguni-foods.co.jp>"],
    subject="【至急】11/12 共催セミナー 講師変更のご相談",
    charset="shift_jis",
    body=f"""工藤様

お世話になっております。日の出産業の中西です。急ぎのご相談です。

11/12の共催セミナーで第2部をお願いしていた五百旗頭 修先生ですが、
昨晩、急性心筋梗塞で入院されたと奥様からご連絡がありました。
幸い命に別状はないものの、1か月ほどは安静が必要とのことです。

代わりの講師として、当社技術本部の岡部が対応可能です。
参加者への告知文（講師ご都合による変更、とだけ記載）の案を作りますので、
本日中にお電話でご相談させてください。

なお、先生のご病状については、ご家族の意向もあり外部には伏せていただけますと幸いです。

{_sig("nakanishi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named lecturer's diagnosis and hospitalisation told to the co-host: special-care data of one person",
)

_p = _people(7, "s37", rare=2)
_care = ["", "糖尿病のため昼食時間に補食あり", "", "ハラール食（イスラム教のため）", "てんかんの既往あり（服薬中）", "", "妊娠中のため長時間の着席がつらい"]
_add(
    sender=_from("fujimura"),
    to=["さくらホテル大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>"],
    subject="研修旅行型セミナー 参加者の配慮事項一覧",
    charset="utf-8",
    body=f"""さくらホテル大阪 宴会予約 ご担当者様

日の出産業の藤村です。1泊2日の研修セミナー（12/10〜11）の参加者一覧をお送りします。
お食事とお部屋割りでご配慮いただきたい点を「配慮事項」列に記載しております。

{_sig("fujimura")}
""",
    attachments=[{
        "kind": "xlsx", "name": "参加者一覧_配慮事項.xlsx",
        "sheets": {"参加者": [["研修セミナー（12/10〜11） 参加者一覧"],
                              ["氏名", "性別", "年齢", "会社名", "携帯電話", "配慮事項"]]
                   + [[p["name"], "男" if i % 2 else "女", p["age"], p["company"], p["mobile"], c]
                      for i, (p, c) in enumerate(zip(_p, _care))]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 7 attendees with mobiles and a care column naming diabetes, epilepsy and religion",
)

_s = _people(4, "s38", rare=1)
_add(
    sender=_from("ono"),
    to=["リサーチラボ株式会社 分析チーム <analysis@research-lab.co.jp>"],
    subject="追加分：自由記述の回答（メンタルヘルスセミナー）",
    charset="utf-8",
    body=f"""リサーチラボ 分析チーム ご担当者様

日の出産業の大野です。メンタルヘルスセミナーのアンケート、自由記述欄の追加分（4件）です。
記名式の回答のため、氏名も入っています。

{_sig("ono")}
""",
    attachments=[{
        "kind": "csv", "name": "free_comments_add.csv", "encoding": "utf-8",
        "rows": [["回答者", "会社名", "自由記述"],
                 [_s[0]["name"], _s[0]["company"], "昨年うつ病で3か月休職しました。復職後の働き方の話が一番役に立ちました。"],
                 [_s[1]["name"], _s[1]["company"], "部下への声かけの具体例がもっと欲しかったです。"],
                 [_s[2]["name"], _s[2]["company"], "適応障害と診断された部下がいるので、産業医との連携の話が参考になりました。"],
                 [_s[3]["name"], _s[3]["company"], "時間が短く感じました。"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="only 4 rows, but a named respondent discloses his own depression and sick leave: special-care data",
)

_add(
    sender=_from("nakanishi"),
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="セミナー申込者の受付可否についてご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 営業企画部の中西でございます。
一点、ご相談させてください。

来月の「中小企業のための資金繰りセミナー」（みどり銀行様共催）に、
百目鬼 剛（ドウメキ ツヨシ）という方から個人で申込がありました。
共催のみどり銀行様から、この方は3年前に融資詐欺で逮捕され、執行猶予付きの有罪判決を
受けた人物と同一ではないかとの指摘を受けております（報道記事あり）。

・前科を理由に参加をお断りすることに法的な問題はないか
・お断りする場合、どのような文面が適切か

についてご意見をいただけますでしょうか。申込時の連絡先は 090-3382-5716 です。

{_sig("nakanishi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an applicant's arrest and criminal conviction with name and phone, even to the company's lawyer: special-care data",
)

_add(
    sender=_from("kawaguchi"),
    to=["みなと化成 総務部 広瀬様 <hirose@minato-kasei.co.jp>"],
    subject="Re: 来週のセミナー受付についてのお願い",
    charset="utf-8",
    body=f"""広瀬様

お世話になっております。日の出産業の川口です。
ご連絡いただいた件、承知いたしました。

御社の栗花落 麻衣様について、以前ストーカー被害に遭われ現在も警察に相談中のため、
受付名簿・名札・座席表にお名前を出さないでほしい、とのご要望ですね。
当日は受付で「御社の受講者A」としてご案内し、会場スタッフにも事情は伏せたうえで、
外部からのお問い合わせには一切お答えしないよう徹底いたします。

何かございましたら私の携帯（社用）までご連絡ください。

{_sig("kawaguchi")}

> 弊社の栗花落が参加予定ですが、事情があり名前を出さない形での受付をお願いできますか。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text names an attendee as a stalking (crime) victim: special-care data of one person",
)

_add(
    sender=_from("horiuchi"),
    to=["東邦損害保険 企業賠償 事故受付 <jiko-uketsuke@toho-sonpo.co.jp>"],
    subject="事故報告：実習型セミナー中の受講者の負傷（証券番号 BA-7710328）",
    charset="iso-2022-jp",
    body=f"""東邦損害保険株式会社
事故受付ご担当者様

お世話になっております。施設賠償責任保険（証券番号 BA-7710328）の契約者、
日の出産業株式会社 総務部の堀内です。下記のとおり事故をご報告いたします。

【発生日時】令和8年10月28日（水）14時20分ごろ
【場所】当社川崎テクニカルセンター 実習室
【状況】保全実習セミナーの受講者が、工具台車に足を挟み負傷
【被害者】九十九 哲也 様（丸三工業株式会社）
　生年月日：昭和61年7月9日
　連絡先：070-5521-8304
【負傷の内容】右足第2趾骨折（川崎中央病院で受診、全治6週間の診断）
【健康保険】協会けんぽ 記号 31180215 番号 47

治療費の立替え状況は追ってご報告します。

{_sig("horiuchi")}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="accident report to the insurer with a named attendee's injury diagnosis and health insurance card number",
)

_add(
    sender=_from("okabe"),
    to=["Hotel Concierge, Sakura Hotel Tokyo Bay <concierge@sakura-hotel.jp>"],
    subject="Dietary and medical notes for our speaker, Mr. Aaron Goldberg",
    charset="utf-8",
    body=f"""Dear Concierge,

Our guest speaker, Mr. Aaron Goldberg (arriving 24 Nov, booking ref. SKR-58823), asked us to
pass on the following so that the lunch and the reception on 25 Nov can be arranged:

- He keeps kosher for religious reasons (Jewish); please avoid pork and shellfish and
  serve meat and dairy separately, or prepare a sealed kosher meal if possible.
- He has a heart condition (atrial fibrillation) and takes anticoagulants; he asked that
  the staff know where the nearest AED is in the banquet area.

Thank you very much for your help.

Best regards,
{_sig("okabe", 3)}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English mail giving a named speaker's religion and heart condition to the hotel",
)

# ============================================================================================
# must stop — three or more external parties visible to each other
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["高野 様 <takano@toho-seiki.co.jp>", "内藤 様 <naito.r@marusan-kogyo.co.jp>",
        "橘 様 <tachibana@hokuto-logitec.co.jp>", "小松 様 <komatsu-y@yamato-techno.co.jp>",
        "根岸 様 <negishi@chubu-metal.co.jp>"],
    subject="【リマインド】明日11/18 生産現場DXセミナーのご案内",
    charset="iso-2022-jp",
    body=f"""各位

いつもお世話になっております。日の出産業 セミナー事務局の杉山です。
明日開催のセミナーについて、改めてご案内いたします。

■日時：11月18日（水）13:30〜17:00（受付13:00〜）
■会場：さくらホテル東京ベイ 2F「桜の間」
■持ち物：お名刺2枚、受講票（本メールの印刷でも可）

お気をつけてお越しくださいませ。

{_sig("sugiyama", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="reminder to attendees of five different companies all in To: they see each other's addresses",
)

_add(
    sender=_from("ono"),
    to=["miyuki.t.0412@gmail.com", "tsuyoshi_h1980@yahoo.co.jp", "k.amano@icloud.com", "sora-m@outlook.jp"],
    subject="【視聴URL】個人投資家向け 会社説明ウェビナー（10/30 19:00〜）",
    charset="utf-8",
    body=f"""ご登録いただいた皆様

このたびは日の出産業株式会社「個人投資家向け会社説明ウェビナー」にお申し込みいただき、
誠にありがとうございます。視聴用URLをお送りします。

　日時：10月30日（金）19:00〜20:00
　URL：https://live.hinode-sangyo.co.jp/w/ir-1030
　パスコード：ir1030

開始10分前から入室いただけます。

{_sig("ono", 2)}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private persons on free mail in To: each is a party and all see each other's addresses",
)

_add(
    sender=_from("nakanishi"),
    to=["東都工業大学 松永先生 <matsunaga@eng.toto-tech.ac.jp>"],
    cc=["関西理科大学 真野先生 <mano.k@kansai-rika.ac.jp>", "北陸産業大学 石黒先生 <ishiguro@hokuriku-sangyo.ac.jp>"],
    subject="パネルディスカッション 登壇後アンケートのお願い",
    charset="shift_jis",
    body=f"""松永先生、真野先生、石黒先生

先日のパネルディスカッションでは大変お世話になりました。日の出産業の中西でございます。
おかげさまで参加者アンケートでも「非常に満足」が7割を超えました。

今後の企画の参考に、登壇者アンケート（5問・5分程度）にご協力いただけますでしょうか。
https://forms.hinode-sangyo.co.jp/q/panel-1105

11月20日（金）までにご回答いただけますと幸いです。

{_sig("nakanishi")}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three lecturers of three different universities in To/Cc: three external parties visible to each other",
)

_add(
    sender=_from("okabe"),
    to=["Mr. Lee <j.lee@hanbit-machinery.co.kr>", "Ms. Tran <tran.thu@saigon-precision.vn>",
        "Mr. Wattana <wattana@siam-autoparts.co.th>"],
    cc=["Mr. Chen <chen.w@formosa-fa.com.tw>"],
    subject="Invitation: Hinode Asia Partner Webinar on Predictive Maintenance (Dec 2)",
    charset="utf-8",
    body=f"""Dear partners,

We are pleased to invite you to our Asia Partner Webinar on predictive maintenance.

  Date: Wednesday, 2 December 2026, 15:00-16:30 (JST)
  Format: online (the link will be sent after registration)
  Registration: https://www.hinode-sangyo.co.jp/en/webinar/pm-1202

Please feel free to forward this invitation to your engineering teams.

Best regards,
{_sig("okabe", 3)}

{_DISC_EN}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="English invitation with four overseas partner companies in To/Cc: should have been Bcc",
)

# ============================================================================================
# must stop — look-alike recipient domains
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ 大西様 <onishi.banquet@sakura-hotel.co.jp>"],
    subject="12/3 会場レイアウト変更のお願い",
    charset="iso-2022-jp",
    body=f"""大西様

お世話になっております。日の出産業の杉山です。
12/3のセミナー会場ですが、グループワークを入れることになりましたので、
スクール形式から島型（6名×5島）への変更をお願いできますでしょうか。
プロジェクターとスクリーンは前方1か所のままで結構です。

ご確認のほどよろしくお願いいたします。

{_sig("sugiyama", 1)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner sakura-hotel.jp addressed as sakura-hotel.co.jp: a TLD look-alike",
)

_add(
    sender=_from("iwasaki"),
    to=["錦印刷 小池様 <koike@nishiki-insatu.co.jp>"],
    subject="Re: テキスト印刷のお見積り（管理職研修）",
    charset="utf-8",
    body=f"""小池様

いつもお世話になっております。日の出産業の岩崎です。
お見積りありがとうございました。下記の内容で発注いたします。

・品名：管理職研修テキスト（A4・モノクロ・無線綴じ 96ページ）
・部数：120部
・単価：680円（税別）
・納品：11月24日（火）午前 本社8階 人材開発課宛

入稿データは明日中にお送りいたします。

{_sig("iwasaki", 2)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="printer nishiki-insatsu.co.jp misspelled nishiki-insatu.co.jp (dropped letter)",
)

_p = _people(9, "s50", domain="hinode-sangyo.co.jp", company="日の出産業株式会社", rare=2)
_add(
    sender=_from("iwasaki"),
    to=["人事部 研修担当 <kenshu@hinode-sangyou.co.jp>"],
    subject="新任管理職研修 受講者名簿（確定版）",
    charset="iso-2022-jp",
    body=f"""研修担当各位

岩崎です。新任管理職研修の受講者が確定しました。

{_pad([["社員番号", "氏名", "所属", "携帯", "生年月日"]] + [[str(50311 + 29 * i), p["name"], p["dept"], p["mobile"], p["birth"].strftime("%Y/%m/%d")] for i, p in enumerate(_p)])}

会場の手配をお願いします。

岩崎
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal employee list sent to hinode-sangyou.co.jp, a look-alike of our own domain: external, and a 9-person list",
)

_add(
    sender=_from("ono"),
    to=["ツバサシステム 技術サポート <tech@tsubasa-sytsem.jp>"],
    subject="ウェビナー配信設定の確認（11/5 配信分）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
技術サポート ご担当者様

日の出産業の大野です。11/5配信のウェビナーについて、以下の設定をご確認ください。

  ・配信解像度：1080p / ビットレート 6Mbps
  ・同時視聴上限：500
  ・アーカイブ公開：配信終了後24時間後から2週間
  ・Q&A：匿名投稿を許可

リハーサルは11/4 16:00からでお願いします。

{_sig("ono", 2)}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.jp misspelled tsubasa-sytsem.jp (swapped letters)",
)

_add(
    sender=_from("nakanishi"),
    to=["北国フーズ 工藤様 <kudo.s@kitaguni-foods-co.jp>"],
    subject="共催セミナー 告知文の最終確認",
    charset="shift_jis",
    body=f"""工藤様

お世話になっております。日の出産業の中西です。
共催セミナーの告知文（最終案）を下記のとおりまとめました。ご確認をお願いいたします。

-----
「食品工場の衛生管理 ― HACCP運用の落とし穴と対策」
日時：2026年11月12日（木）14:00〜16:30
会場：日の出産業 本社8階 セミナールーム／オンライン同時配信
主催：日の出産業株式会社、北国フーズ株式会社
参加費：無料（事前登録制）
-----

修正があれば明日午前中までにお知らせください。

{_sig("nakanishi")}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.co.jp written kitaguni-foods-co.jp: a hyphen for the dot",
)

# ============================================================================================
# must stop — confidentiality markings
# ============================================================================================

_add(
    sender=_from("nakanishi"),
    to=["株式会社イベントプラス 森下様 <morishita@event-plus.co.jp>"],
    subject="来期セミナー年間計画（案）のご共有",
    charset="utf-8",
    body=f"""森下様

お世話になっております。日の出産業の中西です。
来期の運営委託のお見積りのため、社内で検討中の年間計画案をお送りします。
社内向けの資料のため、取り扱いにはご注意ください。

{_sig("nakanishi")}
""",
    attachments=[{
        "kind": "docx", "name": "2027年度セミナー年間計画案.docx", "title": "2027年度 セミナー年間計画（案）",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 営業企画部",
        "paragraphs": ["2027年度 セミナー年間計画（案）", "1. 基本方針：既存顧客のアップセルを主目的とし、会場型を年6回に絞る。",
                       "2. 重点テーマ：予知保全、省エネ、品質DX", "3. 予算：総額2,800万円（前年比▲12%）"],
        "tables": [[["時期", "テーマ", "形式", "想定集客"], ["5月", "予知保全入門", "会場", "60"],
                    ["7月", "省エネ補助金", "Web", "300"], ["9月", "品質DX", "会場+Web", "150"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose page header is stamped 社外秘 sent to an outside agency",
)

_add(
    sender=_from("okabe"),
    to=["錦印刷株式会社 営業部 小池様 <koike@nishiki-insatsu.co.jp>"],
    subject="【極秘】新製品発表セミナー 配布資料の入稿について",
    charset="iso-2022-jp",
    body=f"""【極秘】報道発表（12/1）まで社外公開禁止

錦印刷株式会社
小池様

お世話になっております。日の出産業 技術営業グループの岡部です。
12/1の新製品発表セミナーで配布するリーフレットの原稿です。
新製品「HINODE X-7」の仕様・価格は発表まで一切公開できませんので、
校正紙の回覧も最小限でお願いいたします。

　型式：HX-7200 / HX-7400
　希望小売価格：3,980,000円〜
　出荷開始：2027年2月

{_sig("okabe")}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【極秘】 in the subject and on the first line of the body, to the printer",
)

_add(
    sender=_from("ono"),
    to=["Daniel Whitfield <d.whitfield@northbridge-consulting.com>"],
    subject="Pre-read for the Nov 25 session",
    charset="utf-8",
    body=f"""Dear Daniel,

Please find attached our internal market overview as background for your session.
It has not been published, so please keep it to yourself.

Best regards,
{_sig("ono", 3)}
""",
    attachments=[{
        "kind": "pdf", "name": "Market_Overview_FY2026.pdf", "title": "Market Overview FY2026",
        "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "lines": ["Market Overview FY2026 (draft)", "", "1. Maintenance services revenue: JPY 4.2bn (+8%)",
                  "2. Top three accounts make up 31% of revenue", "3. Planned price increase: 5-7% from April 2027"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL / internal use only on every page, sent to an outside lecturer",
)

_add(
    sender=_from("sugiyama"),
    to=["株式会社イベントプラス 経理ご担当 <keiri@event-plus.co.jp>"],
    subject="【取扱注意】セミナー運営費 予算配分表",
    charset="shift_jis",
    body=f"""株式会社イベントプラス
経理ご担当者様

お世話になっております。日の出産業の杉山です。
来期の契約金額の前提となる予算配分表をお送りします。
部外秘の資料ですので、ご確認後は破棄をお願いいたします。

{_sig("sugiyama")}
""",
    attachments=[{
        "kind": "xlsx", "name": "運営費予算配分_2027.xlsx", "page_header": "部外秘",
        "sheets": {"予算": [["【部外秘】2027年度 セミナー運営費 予算配分"], [],
                            ["費目", "上期", "下期", "合計"], ["会場費", 4200000, 3800000, 8000000],
                            ["運営委託費", 3600000, 3600000, 7200000], ["印刷費", 900000, 700000, 1600000],
                            ["講師謝金", 1500000, 1500000, 3000000]]},
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject 【取扱注意】 and an XLSX stamped 【部外秘】 in its title row and page header, to an outside agency",
)

# ============================================================================================
# must stop — attachments that cannot be read
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["株式会社イベントプラス 森下様 <morishita@event-plus.co.jp>"],
    subject="受付名簿（最終版）送付",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。日の出産業の杉山です。
明日の受付名簿（最終版）をパスワード付きZIPでお送りします。
パスワードは別メールにてお送りします。

{_sig("sugiyama", 1)}
""",
    attachments=[{
        "kind": "zip", "name": "uketsuke_meibo_final.zip", "password": "Sem1118!final",
        "files": [{"kind": "csv", "name": "受付名簿_最終.csv", "encoding": "cp932",
                   "rows": [["氏名", "会社名", "電話"]] + [[p["name"], p["company"], p["tel"]] for p in _people(25, "s59")]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password ZIP (PPAP): the attendee list inside cannot be inspected; entities left empty as they are not visible",
)

_add(
    sender=_from("horiuchi"),
    to=["桑原先生 <kuwabara@k-job-lab.jp>"],
    subject="講師業務委託契約書のご送付",
    charset="utf-8",
    body=f"""桑原先生

いつも大変お世話になっております。日の出産業 総務部の堀内です。
来期の講師業務委託契約書をお送りします。PDFにはパスワードを設定しております。
パスワードは先日お電話でお伝えしたものです。

ご確認のうえ、ご署名・ご捺印いただいた原本2部をご返送ください。

{_sig("horiuchi")}
""",
    attachments=[{
        "kind": "pdf", "name": "講師業務委託契約書_2027.pdf", "password": "kuwabara2027",
        "lines": ["講師業務委託契約書", "日の出産業株式会社（以下「甲」）と桑原 誠（以下「乙」）は…"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF contract: cannot be inspected",
)

_add(
    sender=_from("ono"),
    to=["リサーチラボ株式会社 分析チーム <analysis@research-lab.co.jp>"],
    subject="Re: アンケート集計ファイルが開けない件",
    charset="utf-8",
    body=f"""ご担当者様

日の出産業の大野です。失礼しました、再度お送りします。
こちらで開けることは確認しておりますので、もう一度お試しください。

{_sig("ono")}

> 昨日いただいた集計ファイルですが、「ファイルが破損しています」と表示され開けません。
""",
    attachments=[{"kind": "corrupt", "name": "アンケート集計_1105.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the re-sent XLSX is corrupt and cannot be inspected",
)

_add(
    sender=_from("okabe"),
    to=["東邦精機株式会社 生産技術課 高野様 <takano@toho-seiki.co.jp>"],
    subject="先日のセミナー資料（講演スライド）",
    charset="shift_jis",
    body=f"""高野様

先日は弊社セミナーにご参加いただき、誠にありがとうございました。
日の出産業の岡部です。ご要望のありました講演スライドをお送りします。
社内規程により、ZIPにパスワードを設定しております。パスワードは別途お送りします。

{_sig("okabe")}
""",
    attachments=[{
        "kind": "zip", "name": "seminar_slides_1118.zip", "password": "hinode1118",
        "files": [{"kind": "pptx", "name": "予知保全入門_講演資料.pptx",
                   "slides": [["予知保全入門", "日の出産業株式会社 技術本部"], ["振動診断の基本", "加速度・速度・変位"]]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="harmless slides, but in a password ZIP the guard cannot open",
)

# ============================================================================================
# must go — ordinary seminar mail, some of it near the line
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ 宴会セールス 大西様 <onishi.banquet@sakura-hotel.jp>"],
    subject="会場仮予約のお願い（2027年2月 セミナー）",
    charset="iso-2022-jp",
    body=f"""さくらホテル東京ベイ
宴会セールス 大西様

いつも大変お世話になっております。日の出産業 セミナー事務局の杉山です。
来年2月のセミナー会場について、仮予約をお願いしたくご連絡いたしました。

　日程：2027年2月17日（水）　12:00〜18:00（設営・撤去含む）
　人数：60名（スクール形式）
　備品：プロジェクター、スクリーン、ワイヤレスマイク2本、演台
　飲食：休憩時のコーヒー・お茶（60名分×1回）

第二候補は2月24日（水）です。空き状況とお見積りをいただけますと幸いです。

{_sig("sugiyama", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary venue booking with the partner hotel",
)

_add(
    sender=_from("nakanishi"),
    to=["東都工業大学 工学部 松永先生 <matsunaga@eng.toto-tech.ac.jp>"],
    subject="ご講演のお願い（2027年3月 品質DXセミナー）",
    charset="shift_jis",
    body=f"""東都工業大学 工学部
松永 和彦 先生

突然のご連絡失礼いたします。日の出産業株式会社 営業企画部の中西と申します。
先生の「製造現場におけるデータ駆動型品質管理」のご論文を拝読し、
ぜひ当社顧客向けセミナーでご講演いただけないかと考え、ご連絡いたしました。

　テーマ（案）：データで変わる品質保証 ― 中小製造業の始め方
　日時（候補）：2027年3月10日（水）または3月17日（水） 14:00〜15:30
　会場：当社本社セミナールーム（オンライン同時配信）
　想定参加者：製造業の品質保証・生産技術部門 約80名
　謝金：15万円（税別）＋交通費実費

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
改めてお電話でもご説明させていただければと存じます。

{_sig("nakanishi")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="request to a professor to lecture: ordinary outreach, no personal data beyond the salutation",
)

_add(
    sender=_from("ono"),
    to=["丸三工業株式会社 設備保全課 内藤様 <naito.r@marusan-kogyo.co.jp>"],
    subject="【ご案内】工場の電力ピークを下げる3つの方法（無料ウェビナー）",
    charset="utf-8",
    body=f"""丸三工業株式会社
設備保全課 内藤様

いつも大変お世話になっております。日の出産業の大野です。
先日お話しした省エネのテーマで、川崎電機様と共催のウェビナーを開催いたします。

■日時：2026年10月8日（木）15:00〜16:00
■参加費：無料
■お申込み：https://www.hinode-sangyo.co.jp/seminar/peak-1008

ご都合が合えばぜひご参加ください。

{_sig("ono", 2)}

{_DISC_JA}
""",
    html=f"""<html><body>
<p>丸三工業株式会社<br>設備保全課 内藤様</p>
<p>いつも大変お世話になっております。日の出産業の大野です。<br>
先日お話しした省エネのテーマで、川崎電機様と共催のウェビナーを開催いたします。</p>
<ul><li>日時：2026年10月8日（木）15:00〜16:00</li><li>参加費：無料</li>
<li>お申込み：<a href="https://www.hinode-sangyo.co.jp/seminar/peak-1008">こちら</a></li></ul>
<p>ご都合が合えばぜひご参加ください。</p>
<p style="font-size:11px;color:#666">{_DISC_JA}</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="invitation to one customer, text + HTML, with the standard 機密情報 disclaimer at the end",
)

_add(
    sender=_from("iwasaki"),
    to=["錦印刷株式会社 営業部 小池様 <koike@nishiki-insatsu.co.jp>"],
    subject="注文書送付（発注番号 HS-PO-26-1102）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
営業部 小池様

お世話になっております。日の出産業の岩崎です。
下記のとおり発注いたします。注文書（PDF）は後ほど郵送いたします。

発注番号：HS-PO-26-1102
{_pad([["品番", "品名", "数量", "単価", "金額"], ["NK-A4-096M", "研修テキスト A4 96P モノクロ", "120", "680", "81,600"], ["NK-A4-004C", "受講案内 A4 4P カラー", "300", "45", "13,500"], ["NK-ENV-K2", "角2封筒 社名入り", "300", "22", "6,600"]])}
小計：101,700円（税別）
納品先：本社8階 人材開発課
納期：11月24日（火）

{_sig("iwasaki", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="print order with order number and product codes: no people",
)

_add(
    sender=_from("matsuo"),
    to=["さくらホテル東京ベイ 経理課 <accounting@sakura-hotel.jp>"],
    subject="ご請求書（No. SH-2026-10488）のお支払いについて",
    charset="shift_jis",
    body=f"""さくらホテル東京ベイ
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の松尾です。
10月8日開催セミナーの会場費につき、下記のとおりお支払い予定です。

　請求書番号：SH-2026-10488
　金額：528,000円（税込）
　お支払予定日：11月30日（月）
　お振込先：みどり銀行 京橋支店 普通 3304918 カ）サクラホテル

振込手数料は当社負担といたします。相違がございましたらお知らせください。

{_sig("matsuo")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="payment notice to the hotel with invoice number and the hotel's own company bank account",
)

_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ フロント <front@sakura-hotel.jp>"],
    subject="本日のセミナー 遅れて到着される方について",
    charset="utf-8",
    body=f"""さくらホテル東京ベイ フロント ご担当者様

日の出産業の杉山です。本日2F「桜の間」でセミナーを開催しております。
受講者のうち1名が新幹線の遅延で15時過ぎの到着となります。
フロントにお見えになりましたら、会場までご案内をお願いいたします。

　お名前：東海林 康介 様（大和テクノ株式会社）
　携帯：090-6612-3378

よろしくお願いいたします。

{_sig("sugiyama")}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one attendee's name and mobile given to the venue: a single record, may be warned",
)

_p = _people(3, "p07", rare=1)
_add(
    sender=_from("okabe"),
    to=["青葉運輸株式会社 山根様 <t-yamane@aoba-unyu.co.jp>"],
    subject="Re: 送迎バス 乗車予定者の追加",
    charset="iso-2022-jp",
    body=f"""山根様

お世話になっております。日の出産業の岡部です。
先日お送りした乗車予定者に、以下の3名が追加になりました。

{_p[0]['name']}様　{_p[0]['mobile']}　新横浜駅
{_p[1]['name']}様　{_p[1]['mobile']}　菊名駅
{_p[2]['name']}様　{_p[2]['mobile']}　新横浜駅

マイクロバスの定員内に収まるかご確認をお願いいたします。

{_sig("okabe", 1)}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three passengers with mobiles to the bus company: under five records, may be warned",
)

_l = _people(4, "p08", rare=2, born=(1952, 1980))
_blk = "\n\n".join(f"◆{l['name']} 先生\n　到着：{t}\n　携帯：{l['mobile']}\n　お迎え：{w}"
                   for l, t, w in zip(_l, ["11/18 11:05 東京駅着", "11/18 11:40 羽田空港着", "11/18 12:10 新横浜着", "11/18 12:30 東京駅着"],
                                      ["八重洲北口", "第2ターミナル到着ロビー", "篠原口", "八重洲北口"]))
_add(
    sender=_from("horiuchi"),
    to=["日の丸ハイヤー 法人予約センター <hojin@hinomaru-hire.co.jp>"],
    subject="11/18 講師送迎ハイヤーのご予約（4件）",
    charset="utf-8",
    body=f"""日の丸ハイヤー株式会社
法人予約センター ご担当者様

いつもお世話になっております。日の出産業 総務部の堀内です。
11/18のセミナー講師の送迎を下記4件お願いいたします。行き先はいずれも「さくらホテル東京ベイ」です。
到着が遅れる場合に備え、先生方の携帯番号を添えております。

{_blk}

請求は月締めでお願いいたします。

{_sig("horiuchi")}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four lecturers' names and mobiles, one block each, to the hire-car company: four records, may be warned",
)

_add(
    sender=_from("fujimura"),
    to=["中部メタル株式会社 総務部 根岸様 <negishi@chubu-metal.co.jp>"],
    subject="全国キャラバンセミナー 会場一覧",
    charset="shift_jis",
    body=f"""根岸様

お世話になっております。日の出産業 大阪支社の藤村です。
先日お問い合わせいただいた全国キャラバンセミナーの会場一覧です。
最寄りの会場でご参加いただけます。

{_pad([["開催日", "会場", "住所", "電話"], ["1/20", "日の出産業 札幌営業所 研修室", "北海道札幌市中央区北二条西3-1-8", "011-241-5580"], ["1/27", "日の出産業 名古屋支店 会議室", "愛知県名古屋市中区錦1-10-2", "052-201-3391"], ["2/3", "さくらホテル大阪 3F「葵の間」", "大阪府大阪市北区中之島5-2-18", "06-6447-1100"], ["2/10", "日の出産業 福岡営業所 研修室", "福岡県福岡市博多区博多駅東2-5-19", "092-472-6615"], ["2/17", "さくらホテル東京ベイ 2F「桜の間」", "東京都江東区有明3-7-11", "03-5530-2200"]])}

お申込みは各会場の1週間前までにお願いいたします。

{_sig("fujimura")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="padded list of five venues with addresses and switchboard numbers: businesses, not people",
)

_shops = [("ホームセンター　みやび 高崎店", "群馬県高崎市問屋町2-4-1", "027-361-2201"),
          ("つばめ工具 本店", "新潟県三条市須頃1-20", "0256-33-4410"),
          ("工具のサカイ 浜松店", "静岡県浜松市中央区天神町3-8", "053-463-0081"),
          ("北斗機工 仙台営業所", "宮城県仙台市宮城野区扇町4-2-6", "022-284-7715"),
          ("まるや金物店", "香川県高松市瓦町1-3-2", "087-831-2218"),
          ("プロショップ金沢", "石川県金沢市西念1-16-10", "076-222-5104")]
_add(
    sender=_from("fujimura"),
    to=["ミヤコ商事 営業推進課 <suishin@miyako-shoji.co.jp>"],
    subject="販売店向け製品勉強会 参加店舗一覧",
    charset="utf-8",
    html="""<html><body>
<p>株式会社ミヤコ商事<br>営業推進課 ご担当者様</p>
<p>お世話になっております。日の出産業の藤村です。<br>
12月の販売店向け製品勉強会に参加される店舗の一覧です。資材の発送先としてお使いください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>店舗名</th><th>所在地</th><th>代表電話</th><th>参加人数</th></tr>
""" + "\n".join(f"<tr><td>{n}</td><td>{a}</td><td>{t}</td><td>{k}名</td></tr>" for (n, a, t), k in zip(_shops, [2, 1, 3, 2, 1, 2])) + """
</table>
<p>--<br>日の出産業株式会社 大阪支社 営業二課 藤村 亮介<br>TEL 06-6261-3380</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only table of six dealer shops with shop addresses and phones: a business list",
)

_add(
    sender=_from("ono"),
    to=["川崎電機株式会社 営業推進部 村瀬様 <murase@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム株式会社 配信サービス部 岡島様 <okajima@tsubasa-system.jp>"],
    subject="共催ウェビナー 三者打ち合わせの日程調整",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 村瀬様
ツバサシステム株式会社 岡島様（CC）

お世話になっております。日の出産業の大野です。
次回の共催ウェビナーについて、三者での打ち合わせをお願いできればと存じます。

候補日：
　１．10月13日（火）10:00〜11:00
　２．10月14日（水）16:00〜17:00
　３．10月16日（金）13:00〜14:00

議題：配信構成、アンケート設計、リード共有のルール

ご都合の良い日をお知らせください。

{_sig("ono", 2)}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two partner organisations in To/Cc",
)

_add(
    sender=_from("kawaguchi"),
    to=["ryo.takagi1985@gmail.com"],
    subject="【受付完了】中小企業のための資金繰りセミナー（受付番号 SK-0411）",
    charset="utf-8",
    body=f"""高木 亮 様

このたびは「中小企業のための資金繰りセミナー」にお申し込みいただき、ありがとうございます。
以下の内容で受付いたしました。

　受付番号：SK-0411
　日時：2026年12月9日（水）14:00〜16:00
　会場：日の出産業 本社8階 セミナールーム
　共催：みどり銀行

当日はこのメールを受付でご提示ください。

{_sig("kawaguchi", 2)}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="registration confirmation to one private person on free mail: his own name only",
)

_p = _people(40, "p13", rare=4)
_add(
    sender=_from("sugiyama"),
    to=["セミナー事務局 <seminar@hinode-sangyo.co.jp>"],
    cc=["藤村 亮介 <r.fujimura@mail.hinode-sangyo.co.jp>", _from("okabe")],
    subject="11/18 DXセミナー 申込者全件（社内共有）",
    charset="shift_jis",
    body=f"""事務局各位、藤村さん、岡部さん

杉山です。11/18 DXセミナーの申込者全件（40名）をCSVで共有します。
営業担当の割り振りは明日の定例で決めましょう。
社外への転送はしないでください（会場・代行会社には受付用の最小限の項目だけ別途送ります）。

杉山
""",
    attachments=[{
        "kind": "csv", "name": "申込者全件_1118.csv", "encoding": "cp932",
        "rows": [["受付番号", "氏名", "フリガナ", "会社名", "部署", "役職", "メール", "電話", "携帯"]]
        + [[f"DX-{1000 + i}", p["name"], p["kana"], p["company"], p["dept"], p["title"], p["email"], p["tel"], p["mobile"]]
           for i, p in enumerate(_p, 1)],
    }],
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="40-person registrant CSV, but every recipient is internal (including mail.hinode-sangyo.co.jp)",
)

_add(
    sender=_from("horiuchi"),
    to=["経理部 松尾 <matsuo.jin@hinode-sangyo.co.jp>"],
    subject="講師の個人番号（支払調書用）",
    charset="iso-2022-jp",
    body=f"""松尾さん

総務の堀内です。外部講師の先生から個人番号の提供がありましたので共有します。
支払調書の作成にのみ使用し、作成後はこのメールを削除してください。

　氏名：纐纈 信之 様
　個人番号：{_mn()}
　住所：愛知県名古屋市中村区名駅3-14-6

本人確認書類（マイナンバーカード表裏の写し）は総務の金庫で保管しています。

堀内
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="a lecturer's My Number sent from 総務 to 経理: all recipients internal",
)

_add(
    sender=_from("nakanishi"),
    to=["営業企画部 <eigyokikaku@hinode-sangyo.co.jp>"],
    subject="【社外秘】2027年度 セミナー戦略（部内レビュー用）",
    charset="utf-8",
    body=f"""部内各位

中西です。来期のセミナー戦略案を添付します。【社外秘】扱いでお願いします。
金曜の部会でレビューしますので、事前にご一読ください。

中西
""",
    attachments=[{
        "kind": "docx", "name": "2027セミナー戦略_社外秘.docx", "page_header": "社外秘",
        "paragraphs": ["2027年度 セミナー戦略（案）", "・会場型の削減とオンデマンドの拡充", "・パートナー共催比率を40%へ"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="document stamped 社外秘, but sent only inside the company",
)

_p = _people(6, "p16", company="東邦精機株式会社", domain="toho-seiki.co.jp", rare=1)
_q = "\n".join(f"> {p['name']}　{p['dept']}　{p['email']}　{p['tel']}" for p in _p)
_add(
    sender=_from("sugiyama"),
    to=["東邦精機株式会社 総務部 高野様 <takano@toho-seiki.co.jp>"],
    subject="Re: 社内受講者6名の申込",
    charset="iso-2022-jp",
    body=f"""高野様

お世話になっております。日の出産業の杉山です。
6名様分のお申込み、確かに承りました。受講票は各位のメールアドレスへ明日お送りいたします。
当日はどうぞよろしくお願いいたします。

杉山

2026年10月20日(火) 10:12 高野 <takano@toho-seiki.co.jp>:
> 日の出産業 杉山様
>
> いつもお世話になっております。東邦精機の高野です。
> 11/18のセミナーに当社から下記6名を申し込みます。
>
{_q}
>
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 6-person list is only in '>' quoted text from the customer's own mail: the recipient already has it",
)

_p = _people(8, "p17", company="株式会社みなと化成", domain="minato-kasei.co.jp", rare=2)
_q = "\n".join(f"{p['name']}\t{p['dept']}\t{p['mobile']}" for p in _p)
_add(
    sender=_from("kawaguchi"),
    to=["みなと化成 総務部 広瀬様 <hirose@minato-kasei.co.jp>"],
    subject="RE: HACCP実務講座 受講者リスト",
    charset="shift_jis",
    body=f"""広瀬様

お世話になっております。日の出産業の川口です。
リストをありがとうございます。8名様で登録いたしました。
テキストは受講日の3日前までに御社総務部宛にまとめてお送りします。

川口

-----Original Message-----
From: 広瀬 <hirose@minato-kasei.co.jp>
Sent: Monday, October 26, 2026 9:47 AM
To: 川口 美穂 <kawaguchi.miho@hinode-sangyo.co.jp>
Subject: HACCP実務講座 受講者リスト

川口様

受講者リストをお送りします。

{_q}

広瀬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="8-person list only under -----Original Message-----: quoted from the recipient's own mail",
)

_p = _people(7, "p18", company="Formosa FA", domain="formosa-fa.com.tw", rare=0)
_q = "\n".join(f"> - {p['romaji']}, {p['email']}" for p in _p)
_add(
    sender=_from("okabe"),
    to=["Wei Chen <chen.w@formosa-fa.com.tw>"],
    subject="Re: Registration for the Dec 2 partner webinar",
    charset="utf-8",
    body=f"""Dear Mr. Chen,

Thank you, we have registered all seven of your engineers. Each of them will receive
the joining link by e-mail one day before the webinar.

Best regards,
{_sig("okabe", 3)}

On Tue, Nov 17, 2026 at 4:05 PM Wei Chen <chen.w@formosa-fa.com.tw> wrote:
> Dear Mr. Okabe,
> Please register the following engineers from our team:
{_q}
> Thanks,
> Wei
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the 7-person list is only in the quoted 'On … wrote:' text",
)

_add(
    sender=_from("nakanishi"),
    to=["北国フーズ株式会社 法務部 三宅様 <miyake.legal@kitaguni-foods.co.jp>"],
    subject="共催セミナーに関する秘密保持契約書（案）の送付",
    charset="utf-8",
    body=f"""北国フーズ株式会社
法務部 三宅様

はじめてご連絡いたします。日の出産業 営業企画部の中西でございます。
営業企画課の工藤様からご紹介いただきました。

来春の共催セミナーに向けて、事例データや参加者アンケートの結果を相互に開示する予定のため、
事前に秘密保持契約（NDA）を締結させていただきたく、当社ひな形をお送りします。
機密情報の定義（第2条）と有効期間（第9条）について、御社のご意見を伺えれば幸いです。

{_sig("nakanishi")}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」）と北国フーズ株式会社（以下「乙」）は、共催セミナーの企画・運営に関し、以下のとおり契約を締結する。",
                       "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                       "第2条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した技術上・営業上の情報をいう。",
                       "第9条（有効期間）本契約の有効期間は締結日から2年間とする。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with an unmarked draft: talking about 秘密情報 is not a marking",
)

_add(
    sender=_from("ono"),
    to=["アオイ電子 経営企画室 坂口様 <sakaguchi@aoi-denshi.co.jp>"],
    subject="「営業秘密と機密情報の守り方」セミナーのご案内",
    charset="iso-2022-jp",
    body=f"""株式会社アオイ電子
経営企画室 坂口様

いつもお世話になっております。日の出産業の大野です。
白川法律事務所の白川弁護士を講師にお迎えし、下記のセミナーを開催いたします。

「営業秘密と機密情報の守り方 ― 退職者・取引先からの情報漏えいを防ぐ」
　・不正競争防止法上の「営業秘密」として保護されるための3要件
　・社外秘・極秘などの表示ルールをどう運用するか
　・取引先との秘密保持契約で押さえるべき条項

日時：2026年11月26日（木）15:00〜16:30（オンライン）
お申込み：https://www.hinode-sangyo.co.jp/seminar/secret-1126

{_sig("ono", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="機密・社外秘・極秘 appear only as the seminar's topic, not as a marking on the mail",
)

_add(
    sender=_from("okabe"),
    to=["Daniel Whitfield <d.whitfield@northbridge-consulting.com>"],
    subject="Nov 25 session - agenda and logistics",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for your call yesterday. Here is the agreed outline for the session:

  13:30-13:40  Opening (Hinode Sangyo)
  13:40-15:10  Lean Maintenance: from reactive to predictive (you)
  15:10-15:25  Break
  15:25-16:30  Case study workshop and Q&A (with consecutive interpretation)

The venue is Sakura Hotel Tokyo Bay, 2F "Sakura" room. A car will pick you up at the
hotel lobby at 12:45. Your fee (JPY 400,000 plus expenses) will be paid within 30 days
of your invoice.

Best regards,
{_sig("okabe", 3)}

{_DISC_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English logistics mail to a foreign lecturer with the standard English disclaimer",
)

_add(
    sender=_from("fujimura"),
    to=["信越ファインツール株式会社 人事課 野村様 <nomura.t@shinetsu-ft.co.jp>"],
    subject="社内研修パッケージ 料金表の送付",
    charset="shift_jis",
    body=f"""野村様

お世話になっております。日の出産業の藤村です。
先日ご相談いただいた出張型研修パッケージの料金表をお送りします。
人数・回数により割引がございますので、ご検討の際はご相談ください。

{_sig("fujimura")}
""",
    attachments=[{
        "kind": "xlsx", "name": "研修パッケージ料金表_2026下期.xlsx",
        "sheets": {
            "料金表": [["出張型研修パッケージ 料金表（2026年度下期）"], [],
                       ["コード", "コース名", "時間", "定員", "料金（税別）"],
                       ["TR-QC01", "品質管理基礎", "6h", 30, 280000], ["TR-QC02", "なぜなぜ分析実践", "6h", 24, 320000],
                       ["TR-PM01", "予知保全入門", "3h", 40, 180000], ["TR-DX01", "現場DXはじめの一歩", "3h", 40, 180000]],
            "割引条件": [["条件", "割引率"], ["年間3回以上", "10%"], ["年間6回以上", "15%"], ["オンライン併用", "5%"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="price list XLSX with product codes: no personal data",
)

_add(
    sender=_from("nakanishi"),
    to=["東都工業大学 工学部 松永先生 <matsunaga@eng.toto-tech.ac.jp>"],
    subject="ご講演のお礼とアンケート集計結果",
    charset="utf-8",
    body=f"""松永先生

先日はご多忙のところご講演いただき、誠にありがとうございました。日の出産業の中西です。
参加者アンケートの集計結果（個人が特定できない形に集計済み）をお送りします。
特に「明日から使える」との声を多くいただきました。

{_sig("nakanishi")}
""",
    attachments=[{
        "kind": "pdf", "name": "アンケート集計結果_品質DXセミナー.pdf",
        "lines": ["品質DXセミナー アンケート集計結果（回答数 72 / 参加者 81）", ""],
        "table": [["設問", "とても良い", "良い", "普通", "悪い"],
                  ["講演内容の満足度", "58%", "33%", "8%", "1%"],
                  ["講師の説明のわかりやすさ", "61%", "30%", "9%", "0%"],
                  ["業務への活用度", "44%", "40%", "14%", "2%"],
                  ["業種内訳", "製造 64%", "物流 14%", "食品 12%", "その他 10%"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated survey results as a PDF table: percentages, no respondents",
)

_add(
    sender=_from("okabe"),
    to=["株式会社タカミ設備 工務部 石原様 <ishihara@takami-setsubi.co.jp>"],
    subject="予知保全入門セミナー 講演資料",
    charset="iso-2022-jp",
    body=f"""石原様

先日はセミナーにご参加いただき、ありがとうございました。日の出産業の岡部です。
ご質問いただいた振動診断の閾値設定について、スライドに補足を加えてお送りします。

{_sig("okabe")}
""",
    attachments=[{
        "kind": "pptx", "name": "予知保全入門_講演資料_補足版.pptx",
        "slides": [["予知保全入門", "日の出産業株式会社 技術本部 岡部 誠司"],
                   ["振動診断の基本", "加速度・速度・変位の使い分け", "ISO 10816 の評価区分"],
                   ["閾値設定の考え方（補足）", "ベースライン＋3σ", "設備ごとの学習期間は最低4週間"]],
        "page_footer": "© Hinode Sangyo Co., Ltd.",
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="lecture slides (PPTX) to one attendee: only the presenter's own name",
)

_add(
    sender=_from("horiuchi"),
    to=["桑原先生 <kuwabara@k-job-lab.jp>"],
    subject="テキスト見本の発送のお知らせ",
    charset="utf-8",
    body=f"""桑原先生

いつもお世話になっております。日の出産業の堀内です。
来月のワークショップで使用するテキストの見本を本日発送いたしました。

　配送業者：青葉運輸
　お問い合わせ番号：4471-2038-9915
　お届け予定：11月6日（金）午前中

ご確認のほどよろしくお願いいたします。

{_sig("horiuchi", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="shipping notice with a tracking number",
)

_add(
    sender=_from("sugiyama"),
    to=["株式会社イベントプラス 森下様 <morishita@event-plus.co.jp>"],
    subject="【パスワードのお知らせ】受付名簿（最終版）送付",
    charset="iso-2022-jp",
    body=f"""森下様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Sem1118!final

よろしくお願いいたします。

{_sig("sugiyama", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail of a PPAP pair: no attachment, no personal data",
)

_add(
    sender=_from("ono"),
    to=["日の出産業 セミナー事務局 <seminar@hinode-sangyo.co.jp>"],
    bcc=["takano@toho-seiki.co.jp", "naito.r@marusan-kogyo.co.jp", "tachibana@hokuto-logitec.co.jp",
         "komatsu-y@yamato-techno.co.jp", "negishi@chubu-metal.co.jp", "sakaguchi@aoi-denshi.co.jp",
         "ishihara@takami-setsubi.co.jp", "nomura.t@shinetsu-ft.co.jp", "ishii.m@hikari-shokuhin.co.jp"],
    subject="【アーカイブ公開】工場の電力ピークを下げる3つの方法",
    charset="utf-8",
    body=f"""お客様各位
（本メールはBCCにて一斉送信しております）

先日は日の出産業・川崎電機共催ウェビナーにご登録いただき、誠にありがとうございました。
当日の録画を下記にて公開いたしました（11月30日まで）。

https://live.hinode-sangyo.co.jp/archive/peak-1008

{_sig("ono", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mass mail done properly: To is our own address, nine customers in Bcc",
)

_add(
    sender=_from("iwasaki"),
    to=["石黒 修 様 <ishiguro.osamu@sunrise-ss.co.jp>"],
    subject="修了証の送付（なぜなぜ分析実践講座）",
    charset="utf-8",
    body=f"""有限会社サンライズ製作所
石黒 修 様

このたびは「なぜなぜ分析実践講座」を修了されましたこと、心よりお喜び申し上げます。
修了証をPDFにてお送りします。原本は後日郵送いたします。

{_sig("iwasaki")}
""",
    attachments=[{
        "kind": "pdf", "name": "修了証_石黒様.pdf",
        "lines": ["修　了　証", "", "石黒 修 殿", "", "あなたは「なぜなぜ分析実践講座」（全2日）を修了されたことを証します。",
                  "", "令和8年10月16日", "日の出産業株式会社 人材開発課"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a graduate's own certificate sent to him: his name and the course only",
)

_add(
    sender=_from("ono"),
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="アンケート用紙 版下（記入欄のみ）",
    charset="shift_jis",
    body=f"""錦印刷 DM事業部 ご担当者様

日の出産業の大野です。会場配布用アンケート用紙の版下をWordでお送りします。
A4片面・モノクロ、500部でお見積りをお願いします。

{_sig("ono")}
""",
    attachments=[{
        "kind": "docx", "name": "アンケート用紙_版下.docx",
        "paragraphs": ["本日はご来場いただき、誠にありがとうございました。", "今後のセミナー企画の参考にさせていただきます。"],
        "tables": [[["ご芳名", ""], ["会社名・部署", ""], ["電話番号", ""], ["メールアドレス", ""],
                    ["本日の満足度", "□とても良い □良い □普通 □悪い"], ["ご意見・ご感想", ""]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank survey form: field labels 氏名・電話 with no data filled in",
)

_add(
    sender=_from("nishida"),
    to=["ツバサシステム株式会社 配信サービス部 岡島様 <okajima@tsubasa-system.jp>"],
    subject="配信中の音声途切れについて（ログ添付）",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
岡島様

日の出産業 情報システム部の西田です。
10/8のウェビナー配信中、15:21〜15:24に音声が途切れる事象がありました。
エンコーダ側のログを以下に抜粋します。

  2026-10-08T15:21:07+09:00 WARN  rtmp: send buffer full (bytes=1048576)
  2026-10-08T15:21:09+09:00 WARN  audio: dropped 412 frames
  2026-10-08T15:23:58+09:00 INFO  rtmp: reconnected to ingest-02.tsubasa-system.jp
  送出元：203.0.113.45 / イベントID：EV-20261008-0117

原因の調査をお願いできますでしょうか。

{_sig("nishida", 2)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="technical support mail with logs, IP address and event ID: no people",
)

_add(
    sender=_from("matsuo"),
    to=["株式会社Kジョブ研究所 経理ご担当 <keiri@k-job-lab.jp>"],
    subject="ご請求書の受領について（講師料）",
    charset="iso-2022-jp",
    body=f"""株式会社Kジョブ研究所
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の松尾です。
10月分の講師料のご請求書を受領いたしました。適格請求書の記載事項を確認のうえ、
下記のとおりお支払いいたします。

　請求書番号：KJ-2610-032
　登録番号：T{_corp('401080091234')}
　金額：330,000円（税込）
　お支払日：11月30日（月）
　お振込先：北陸中央銀行 金沢駅前支店 当座 0081234 カ）ケイジョブケンキュウジョ

よろしくお願いいたします。

{_sig("matsuo")}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice confirmation with the lecturer company's T-number (法人番号) and its company bank account",
)

_add(
    sender=_from("kawaguchi"),
    to=["根岸 様 <negishi@chubu-metal.co.jp>"],
    subject="受講票のお送り（12/3 品質管理セミナー）",
    charset="shift_jis",
    body=f"""中部メタル株式会社
根岸 瑞穂 様

このたびはお申し込みいただき、ありがとうございます。受講票をお送りします。

　━━━━━ 受 講 票 ━━━━━
　受付番号：QC-1231
　お名前　：根岸 瑞穂 様
　座席　　：C列 12番
　日時　　：12月3日（木）13:30〜17:00
　会場　　：さくらホテル東京ベイ 3F「楓の間」
　━━━━━━━━━━━━━━━━

当日は本票を印刷するか、スマートフォンの画面でご提示ください。

{_sig("kawaguchi")}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="an attendee's own admission ticket sent to her",
)

_add(
    sender=_from("nakanishi"),
    to=["北国フーズ株式会社 工藤様 <kudo.s@kitaguni-foods.co.jp>"],
    cc=["みどり銀行 法人営業部 杉本様 <sugimoto.k@midori-ginko.co.jp>"],
    subject="共催セミナー当日の集合時間と会場アクセス",
    charset="utf-8",
    body=f"""北国フーズ 工藤様
みどり銀行 杉本様

お世話になっております。日の出産業の中西です。
当日の流れについてご連絡いたします。

・講師・スタッフ集合：12:30 本社8階 セミナールーム
・リハーサル：12:45〜13:15
・開場：13:30 / 開始：14:00

本社へは東京メトロ銀座線「京橋駅」6番出口から徒歩2分です。
1階受付で「日の出産業 セミナー」とお伝えください。

{_sig("nakanishi")}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a co-hosted seminar: a normal three-way mail",
)

_p = _people(5, "p34", company="北斗ロジテック株式会社", domain="hokuto-logitec.co.jp", rare=1)
_q = "\n".join(f"・{p['name']}（{p['dept']}）　{p['tel']}" for p in _p)
_add(
    sender=_from("fujimura"),
    to=["北斗ロジテック 総務部 橘様 <tachibana@hokuto-logitec.co.jp>"],
    subject="RE: 物流コスト削減セミナー 参加者",
    charset="iso-2022-jp",
    body=f"""橘様

お世話になっております。日の出産業の藤村です。
5名様、承知いたしました。当日は受付にてお名刺を頂戴いたします。

藤村

差出人: 橘 <tachibana@hokuto-logitec.co.jp>
送信日時: 2026年11月2日 14:31
宛先: 藤村 亮介 <r.fujimura@hinode-sangyo.co.jp>
件名: 物流コスト削減セミナー 参加者

藤村様

来週のセミナー、当社からは以下の5名が参加します。

{_q}

よろしくお願いします。
橘
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="five attendees appear only in the Outlook-style quoted original (差出人/送信日時) of the recipient's own mail",
)

_add(
    sender=_from("kawaguchi"),
    to=["桑原先生 <kuwabara@k-job-lab.jp>"],
    subject="受講者からのご質問の転送",
    charset="utf-8",
    body=f"""桑原先生

お世話になっております。日の出産業の川口です。
ワークショップの受講者から、下記のご質問が届きました。
ご本人が先生から直接回答をいただきたいとのことですので、連絡先を添えてお送りします。

　ご質問者：浜名ケミカル 生産技術課 四十物 悠斗 様
　メール：aimono.yuto@hamana-chemical.co.jp

　ご質問：「改善提案の件数を評価指標にすると、件数稼ぎの提案が増えてしまいます。
　　　　　質を評価する良い方法はありますか」

お手数ですが、よろしくお願いいたします。

{_sig("kawaguchi")}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one attendee's name and e-mail passed to the lecturer with his consent: single record, may be warned",
)

_add(
    sender=_from("sugiyama"),
    to=["信越ファインツール株式会社 野村様 <nomura.t@shinetsu-ft.co.jp>"],
    subject="【開催中止】10/14 品質管理セミナー（台風接近のため）",
    charset="iso-2022-jp",
    body=f"""信越ファインツール株式会社
野村様

いつもお世話になっております。日の出産業 セミナー事務局の杉山です。
台風19号の接近に伴い、受講者の皆様の安全を考慮し、
10月14日（水）の品質管理セミナーは開催を中止とさせていただきます。

振替日程は11月11日（水）を予定しております。参加費は全額返金または振替が可能です。
ご希望を10月21日（水）までにお知らせください。

ご迷惑をおかけし誠に申し訳ございません。

{_sig("sugiyama", 1)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="cancellation notice to one customer",
)

_add(
    sender=_from("nakanishi"),
    to=["真野 健一 <mano.kenichi.lab@gmail.com>"],
    cc=["さくらホテル大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>"],
    subject="12/10 研修セミナー 控室と機材のご確認",
    charset="utf-8",
    body=f"""真野先生
さくらホテル大阪 ご担当者様（CC）

お世話になっております。日の出産業の中西です。
12/10のご講演について、控室と機材を下記で手配しております。

・控室：3F「松の間」（11:00〜17:00）
・機材：プロジェクター（HDMI）、ピンマイク、レーザーポインター
・PC：先生ご持参のMacBookを使用（USB-C→HDMI変換はホテル様でご用意）

先生から直接ホテル様へご要望があれば、このメールにご返信いただいて構いません。

{_sig("nakanishi")}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="a freelance lecturer on free mail plus the hotel: two external parties, ordinary coordination",
)

_p = _people(12, "p38", domain="hinode-sangyo.co.jp", company="日の出産業株式会社", rare=2)
_c = ["", "卵アレルギー", "", "車椅子使用", "", "", "そばアレルギー", "", "", "ハラール食希望", "", ""]
_add(
    sender=_from("iwasaki"),
    to=["人事部 人材開発課 <jinzai@hinode-sangyo.co.jp>", "総務部 堀内 <horiuchi.yuka@hinode-sangyo.co.jp>"],
    subject="新任管理職研修（1泊2日）参加者と配慮事項",
    charset="utf-8",
    body="""課内・総務各位

岩崎です。新任管理職研修（1泊2日）の参加者一覧と配慮事項です。
ホテルへは人数と必要な対応のみを伝え、氏名と理由はこちらで管理します。

""" + _pad([["社員番号", "氏名", "所属", "携帯", "配慮事項"]]
           + [[str(61020 + 11 * i), p["name"], p["dept"], p["mobile"], c or "-"] for i, (p, c) in enumerate(zip(_p, _c))]) + """

岩崎
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="12 employees with mobiles and care notes (allergy, wheelchair, religion), recipients all internal",
)

_hotels = [["ホテル名", "所在地", "電話", "会場まで", "目安料金（1泊）"],
           ["さくらホテル東京ベイ", "東京都江東区有明3-7-11", "03-5530-2200", "会場", "18,000円〜"],
           ["有明シーサイドイン", "東京都江東区有明2-1-5", "03-5530-4411", "徒歩5分", "11,500円〜"],
           ["ビジネスホテル国際展示場前", "東京都江東区有明3-1-28", "03-5530-7788", "徒歩8分", "9,800円〜"],
           ["豊洲ベイサイドホテル", "東京都江東区豊洲5-6-30", "03-6221-0505", "ゆりかもめ10分", "13,200円〜"]]
_add(
    sender=_from("kawaguchi"),
    to=["ひかり食品 品質保証部 石井様 <ishii.m@hikari-shokuhin.co.jp>"],
    subject="遠方からご参加の方向け 周辺ホテルのご案内",
    charset="utf-8",
    body=f"""石井様

お世話になっております。日の出産業の川口です。
遠方からご参加の方向けに、会場周辺のホテル一覧をCSVでお送りします。
ご予約は各ホテルへ直接お願いいたします。

{_sig("kawaguchi")}
""",
    attachments=[{"kind": "csv", "name": "周辺ホテル一覧.csv", "encoding": "utf-8", "rows": _hotels}],
    expect="pass",
    entities=[],
    detectors=[],
    note="UTF-8 CSV of hotels with their switchboards: a list of businesses",
)

_add(
    sender=_from("horiuchi"),
    to=["Dr. Emma Lindqvist <emma.lindqvist@nordic-scm.se>"],
    subject="Your travel itinerary for the Tokyo seminar",
    charset="utf-8",
    body=f"""Dear Dr. Lindqvist,

We are delighted that you will speak at our Global Supply Chain Seminar. Your travel
has been arranged as follows:

  Flight out:   SK 983, Copenhagen -> Tokyo Haneda, 23 Nov 2026, arr. 17:10 (+1)
  Flight back:  SK 984, Tokyo Haneda -> Copenhagen, 27 Nov 2026, dep. 22:55
  Hotel:        Sakura Hotel Tokyo Bay, 24-27 Nov, confirmation no. SKR-58917
  Seminar:      25 Nov 2026, 13:30-17:00

Our driver will meet you at the arrivals hall with a Hinode Sangyo sign.
E-tickets will follow from our travel agency.

Kind regards,
{_sig("horiuchi", 3)}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English itinerary to the lecturer herself: flight and booking numbers, no third parties",
)

_add(
    sender=_from("ono"),
    to=["川崎電機株式会社 営業推進部 村瀬様 <murase@kawasaki-denki.co.jp>"],
    subject="共催ウェビナー 集客レポート（属性別集計）",
    charset="shift_jis",
    body=f"""村瀬様

お世話になっております。日の出産業の大野です。
共催ウェビナーの集客レポートをお送りします。個人単位のデータは含まず、
業種・地域・流入経路別の集計のみとしております。

{_sig("ono", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "集客レポート_共催ウェビナー.xlsx",
        "sheets": {
            "サマリー": [["共催ウェビナー 集客レポート（10/8 開催）"], [], ["項目", "件数"],
                         ["申込", 412], ["視聴", 268], ["アーカイブ視聴", 95], ["アンケート回答", 151]],
            "業種別": [["業種", "申込", "視聴"], ["製造", 251, 170], ["物流", 48, 29], ["食品", 62, 38], ["その他", 51, 31]],
            "地域別": [["地域", "申込"], ["関東", 188], ["中部", 87], ["関西", 79], ["その他", 58]],
            "流入経路": [["経路", "申込"], ["メルマガ", 203], ["川崎電機様 告知", 121], ["Web広告", 88]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="multi-sheet XLSX of aggregate figures only: no individual rows",
)

# ============================================================================================
# either — a privacy officer could honestly judge these both ways
# ============================================================================================

_add(
    sender=_from("sugiyama"),
    to=["さくらホテル東京ベイ 宴会セールス 大西様 <onishi.banquet@sakura-hotel.jp>"],
    subject="12/3 昼食 アレルギー対応のお願い",
    charset="iso-2022-jp",
    body=f"""大西様

お世話になっております。日の出産業の杉山です。
12/3のお弁当について、1名分のアレルギー対応をお願いいたします。

　対象：薬袋 弥生 様（株式会社ミヤコ商事）
　内容：甲殻類（えび・かに）アレルギー。微量でも症状が出るとのことです。

お弁当にお名前のシールを貼っていただけますと助かります。

{_sig("sugiyama", 1)}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named attendee's food allergy to the caterer: health data to some officers, an ordinary meal request to others",
)

_p = _people(6, "e02", rare=2)
_add(
    sender=_from("fujimura"),
    to=["Kジョブ研究所 桑原先生 <kuwabara@k-job-lab.jp>"],
    subject="席札用 参加者のお名前（12/10 研修セミナー）",
    charset="shift_jis",
    body="""桑原先生

お世話になっております。日の出産業の藤村です。
グループワークの席札に使う参加者のお名前と所属をお送りします。

""" + "\n".join(f"{p['name']}（{p['kana']}）　{p['company']} {p['dept']} {p['title']}".rstrip() for p in _p) + f"""

当日の席札はこちらで印刷してお持ちします。

{_sig("fujimura")}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six attendees' names with company, department and title only, no contact data, to the lecturer running them",
)

_chat = "\n".join([
    "[15:02] 東海林 (大和テクノ): 音声聞こえています",
    "[15:05] Yuki M.: 資料はあとでもらえますか",
    "[15:11] 鴨志田 奈々: 事例の工場は何人規模ですか",
    "[15:18] 九十九テツヤ: 既設の受変電設備でもデマンド制御できますか",
    "[15:26] 纐纈: 補助金の締切はいつでしょう",
    "[15:33] T.Kobayashi: ピークカットとピークシフトの違いをもう一度",
    "[15:41] 五百旗頭 / 西日本プラント: 蓄電池の投資回収年数の目安は？",
])
_add(
    sender=_from("ono"),
    to=["川崎電機株式会社 技術部 大江様 <oe.k@kawasaki-denki.co.jp>"],
    subject="ウェビナー チャットログ（回答案作成のお願い）",
    charset="utf-8",
    body=f"""大江様

お世話になっております。日の出産業の大野です。
10/8共催ウェビナーで時間内に回答できなかったチャットの質問をテキストで添付します。
FAQとして後日公開したいので、技術的な回答案をいただけますでしょうか。

{_sig("ono", 2)}
""",
    attachments=[{"kind": "txt", "name": "chatlog_1008.txt", "encoding": "utf-8",
                  "text": "ウェビナー チャットログ 2026-10-08\n\n" + _chat + "\n"}],
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="chat log with 7 participants' display names and their questions, no contact data, to the co-host's engineer",
)

# ============================================================================================
# ids: the messages above are interleaved (deterministically) so that an id says nothing
# about the label, then numbered seminar-001 … seminar-100
# ============================================================================================

_order = list(range(len(_M)))
_random.Random(SEED).shuffle(_order)
MESSAGES: list[dict] = []
for _n, _i in enumerate(_order, 1):
    MESSAGES.append({"id": f"seminar-{_n:03d}", **_M[_i]})
assert len(MESSAGES) == 100
