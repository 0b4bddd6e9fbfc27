"""Blind evaluation corpus — area "ticketing".

日の出産業株式会社 イベント・チケット事業部 (event and ticketing division): concert and
theatre ticket sales, fan-club members, lottery winners, seat assignments, refunds for
cancelled shows, identity checks at the gate, wheelchair seating requests, venue staff,
promoters, ticket printing, VIP guest lists, blacklisted resellers.

Every person, phone number, address, e-mail address, date of birth, bank account, card
number, My Number, licence / passport / residence-card / pension / insurance number and
every organisation other than the ones named in BRIEF.md is invented.  Check-digit-valid
numbers come from build.my_number() / build.card_number() with seeds starting at 5701
(5701, 5702, … in order of use, shared by both helpers).
"""

from __future__ import annotations

import datetime
import random
import unicodedata

from build import card_number, my_number

R = random.Random(5701)
_SEED = [5701]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def card_fmt(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for i in range(1, 13):
        total += digits[12 - i] * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"),
    ("平野", "ヒラノ", "Hirano"), ("大野", "オオノ", "Ono"), ("市川", "イチカワ", "Ichikawa"),
    ("桑原", "クワバラ", "Kuwabara"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
]
RARE = [
    ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("五月女", "ソウトメ", "Sotome"), ("薬袋", "ミナイ", "Minai"),
    ("纐纈", "コウケツ", "Koketsu"), ("帷子", "カタビラ", "Katabira"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("御手洗", "ミタライ", "Mitarai"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("八月朔日", "ホズミ", "Hozumi"), ("瓜生", "ウリュウ", "Uryu"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("左右田", "ソウダ", "Soda"), ("東風谷", "コチヤ", "Kochiya"), ("鬼頭", "キトウ", "Kito"),
    ("雲母", "キララ", "Kirara"), ("禿", "カムロ", "Kamuro"), ("舎人", "トネリ", "Toneri"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("陽菜", "ヒナ", "Hina"), ("健一", "ケンイチ", "Kenichi"), ("由美子", "ユミコ", "Yumiko"),
    ("拓海", "タクミ", "Takumi"), ("さくら", "サクラ", "Sakura"), ("直樹", "ナオキ", "Naoki"),
    ("彩花", "アヤカ", "Ayaka"), ("隆", "タカシ", "Takashi"), ("真由", "マユ", "Mayu"),
    ("蓮", "レン", "Ren"), ("結衣", "ユイ", "Yui"), ("和也", "カズヤ", "Kazuya"),
    ("千尋", "チヒロ", "Chihiro"), ("浩二", "コウジ", "Koji"), ("恵", "メグミ", "Megumi"),
    ("悠人", "ユウト", "Yuto"), ("麻衣", "マイ", "Mai"), ("誠", "マコト", "Makoto"),
    ("沙織", "サオリ", "Saori"), ("亮介", "リョウスケ", "Ryosuke"), ("奈々", "ナナ", "Nana"),
    ("智子", "トモコ", "Tomoko"), ("颯", "ハヤテ", "Hayate"), ("莉子", "リコ", "Riko"),
    ("雄一郎", "ユウイチロウ", "Yuichiro"), ("葵", "アオイ", "Aoi"), ("琴音", "コトネ", "Kotone"),
    ("勝利", "カツトシ", "Katsutoshi"), ("ひかり", "ヒカリ", "Hikari"), ("慎吾", "シンゴ", "Shingo"),
    ("早紀", "サキ", "Saki"), ("康平", "コウヘイ", "Kohei"), ("めぐみ", "メグミ", "Megumi"),
]
ADDRS = [
    ("150-0042", "東京都", "渋谷区", "宇田川町"), ("231-0023", "神奈川県", "横浜市中区", "山下町"),
    ("530-0001", "大阪府", "大阪市北区", "梅田"), ("460-0008", "愛知県", "名古屋市中区", "栄"),
    ("812-0011", "福岡県", "福岡市博多区", "博多駅前"), ("060-0042", "北海道", "札幌市中央区", "大通西"),
    ("980-0021", "宮城県", "仙台市青葉区", "中央"), ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"),
    ("260-0013", "千葉県", "千葉市中央区", "中央"), ("600-8216", "京都府", "京都市下京区", "東塩小路町"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町"), ("730-0011", "広島県", "広島市中区", "基町"),
    ("380-0836", "長野県", "長野市", "南県町"), ("920-0853", "石川県", "金沢市", "本町"),
    ("900-0015", "沖縄県", "那覇市", "久茂地"), ("424-0816", "静岡県", "静岡市清水区", "真砂町"),
    ("310-0021", "茨城県", "水戸市", "南町"), ("370-0849", "群馬県", "高崎市", "八島町"),
    ("700-0024", "岡山県", "岡山市北区", "駅元町"), ("862-0950", "熊本県", "熊本市中央区", "水前寺"),
    ("176-0012", "東京都", "練馬区", "豊玉北"), ("211-0004", "神奈川県", "川崎市中原区", "新丸子東"),
    ("273-0005", "千葉県", "船橋市", "本町"), ("182-0022", "東京都", "調布市", "国領町"),
]
BUILDINGS = ["コーポ栄", "メゾン若葉", "グランシャリオ", "ハイツ緑ヶ丘", "パークサイド北",
             "サンライズ壱番館", "リバーコート", "エクセル桜", "ヴィラ白鷺"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]

_used: set[tuple[str, str]] = set()


def person(rare: bool = False, mail_domain: str | None = None) -> dict:
    while True:
        s = R.choice(RARE if rare else SURNAMES)
        g = R.choice(GIVEN)
        if (s[0], g[0]) not in _used:
            _used.add((s[0], g[0]))
            break
    zp, pref, city, town = R.choice(ADDRS)
    addr = f"{pref}{city}{town}{R.randint(1, 5)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号"
    if R.random() < 0.4:
        addr += f" {R.choice(BUILDINGS)}{R.randint(1, 9)}0{R.randint(1, 9)}"
    style = R.randrange(4)
    local = [f"{g[2]}.{s[2]}", f"{s[2]}{g[2][0]}{R.randint(10, 99)}",
             f"{g[2]}_{R.randint(1980, 2005)}", f"{s[2][0]}{g[2]}{R.randint(1, 999)}"][style].lower()
    dom = mail_domain or R.choice(FREEMAIL)
    return {
        "sei": s[0], "mei": g[0], "sei_kana": s[1], "mei_kana": g[1],
        "sei_r": s[2], "mei_r": g[2],
        "name": f"{s[0]} {g[0]}", "name_ns": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2].upper()}",
        "mobile": f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
        "email": f"{local}@{dom}",
        "zip": zp, "pref": pref, "city": city, "addr": addr,
        "dob": datetime.date(R.randint(1962, 2005), R.randint(1, 12), R.randint(1, 28)),
        "age": None,
    }


def people(n: int, rare_every: int = 0, **kw) -> list[dict]:
    out = []
    for i in range(n):
        out.append(person(rare=bool(rare_every) and i % rare_every == rare_every - 1, **kw))
    return out


_FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s: str) -> str:
    """full-width digits and separators"""
    return s.translate(_FW)


def wareki(d: datetime.date, style: str = "long") -> str:
    if d.year >= 2019 and d >= datetime.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def ymd(d: datetime.date, sep: str = "/") -> str:
    if sep == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def age_at(d: datetime.date, on: datetime.date = datetime.date(2026, 4, 1)) -> int:
    return on.year - d.year - ((on.month, on.day) < (d.month, d.day))


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def padrow(cells, widths, fill=" ") -> str:
    out = []
    for c, w in zip(cells, widths):
        c = str(c)
        out.append(c + fill * max(0, (w - dw(c)) // (2 if fill == "　" else 1)))
    return "  ".join(out).rstrip()


def table(rows, rule="-", fill=" ") -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(dw(r[i]) for r in rows if i < len(r)) for i in range(ncol)]
    lines = [padrow(rows[0], widths, fill)]
    n = min(sum(widths) + 2 * (ncol - 1), 78)
    lines.append(rule * (n // 2 if dw(rule) == 2 else n))
    for r in rows[1:]:
        lines.append(padrow(r, widths, fill))
    return "\n".join(lines)


def tsv(rows) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


# -- the senders -----------------------------------------------------------------------

D = "hinode-sangyo.co.jp"
STAFF = {
    "ogino": ("荻野 真理子", "オギノ マリコ", "m.ogino", "会員サービス課（ファンクラブ事務局）", "03-5412-7781"),
    "arai": ("新井 健太", "アライ ケンタ", "k.arai", "チケット営業課", "03-5412-7702"),
    "terashima": ("寺島 彩", "テラシマ アヤ", "a.terashima", "会場運営課", "03-5412-7730"),
    "mizuno": ("水野 翔", "ミズノ ショウ", "s.mizuno", "券務課", "03-5412-7745"),
    "kubota": ("久保田 直美", "クボタ ナオミ", "n.kubota", "払戻センター", "03-5412-7790"),
    "otsuki": ("大槻 浩", "オオツキ ヒロシ", "h.otsuki", "事業管理課（経理）", "03-5412-7760"),
    "tsuge": ("柘植 瑞穂", "ツゲ ミズホ", "m.tsuge", "プロモーション課", "03-5412-7715"),
    "mochizuki": ("望月 亮", "モチヅキ リョウ", "r.mochizuki", "チケットシステム課", "03-5412-7750"),
    "onodera": ("小野寺 紗希", "オノデラ サキ", "s.onodera", "招待・VIP担当", "03-5412-7722"),
    "ashida": ("芦田 賢治", "アシダ ケンジ", "k.ashida", "事業部長", "03-5412-7700"),
}


def frm(key: str) -> str:
    n, _, local, _, _ = STAFF[key]
    return f"{n} <{local}@{D}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][2]}@{D}"


def sig(key: str, style: int = 0) -> str:
    n, kana, local, dept, tel = STAFF[key]
    fax = tel[:-2] + "99"
    if style == 0:
        return (f"--\n日の出産業株式会社 イベント・チケット事業部\n{dept}　{n}\n"
                f"〒105-0013 東京都港区浜松町2丁目4番1号 日の出ビル8F\n"
                f"TEL {tel} / FAX {fax}\nMail {local}@{D}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━━━\n　日の出産業株式会社\n　イベント・チケット事業部 {dept}\n"
                f"　{n}（{kana}）\n　TEL：{tel}\n　E-mail：{local}@{D}\n━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"{n}\n日の出産業（株）{dept}\n内線 {tel[-4:]}"
    if style == 3:
        en = {"k.arai": "Kenta Arai", "m.tsuge": "Mizuho Tsuge", "s.onodera": "Saki Onodera",
              "k.ashida": "Kenji Ashida", "a.terashima": "Aya Terashima",
              "m.ogino": "Mariko Ogino", "r.mochizuki": "Ryo Mochizuki"}.get(local, n)
        return (f"Best regards,\n\n{en}\nEvent & Ticketing Division\nHinode Sangyo Co., Ltd.\n"
                f"2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\nTel: +81-{tel[1:]}\n"
                f"{local}@{D}")
    return (f"********************************\n日の出産業株式会社\nイベント・チケット事業部　{dept}\n"
            f"{n}\n〒105-0013 東京都港区浜松町2-4-1\nTEL:{tel}\n********************************")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete this e-mail.")

MESSAGES: list[dict] = []


def add(num: int, expect: str, entities: list[str], detectors: list[str], note: str,
        charset: str, sender: str, to: list[str], subject: str, body: str | None = None,
        html: str | None = None, cc: list[str] | None = None, bcc: list[str] | None = None,
        attachments: list[dict] | None = None) -> None:
    m = {"id": f"ticketing-{num:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note, "charset": charset, "sender": sender,
         "to": to, "cc": cc or [], "bcc": bcc or [], "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)

# ======================================================================================
# 001-025
# ======================================================================================

# 001 — FC lottery winners CSV to the promoter
_p = people(10, rare_every=4)
_rows = [["受付番号", "会員番号", "氏名", "フリガナ", "電話番号", "メールアドレス", "枚数", "席種"]]
for i, p in enumerate(_p):
    _rows.append([f"FC26-0315-{R.randint(100, 999):05d}", f"SL{R.randint(1000000, 9999999)}",
                  p["name"], p["kana"], p["mobile"], p["email"], str(R.choice([1, 2, 2, 2])),
                  R.choice(["S席", "S席", "A席"])])
add(1, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "CSV of 10 lottery winners (name, phone, e-mail) sent to an external promoter",
    "cp932", frm("ogino"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "【FC先行】3/15 横浜公演 当選者リスト送付の件",
    body=f"""スターライトプロモーション
久保様

いつもお世話になっております。日の出産業 会員サービス課の荻野です。

3月15日（日）横浜公演のファンクラブ先行抽選につきまして、
当選者リストを添付にてお送りいたします。
当日の受付での照合用にお使いください。

・対象：FC先行（第1次）当選分
・件数：10件（同行者分は含みません）
・ファイル：FC先行当選者_横浜0315.csv

第2次分は来週火曜にお送りする予定です。
ご不明点がございましたらご連絡ください。

{sig("ogino", 0)}
""",
    cc=[addr_of("tsuge")],
    attachments=[{"kind": "csv", "name": "FC先行当選者_横浜0315.csv", "rows": _rows}])

# 002 — the same kind of list, but internal only (tab-separated paste)
_p = people(7)
_rows = [["氏名", "携帯", "メール"]] + [[p["name"], p["mobile"], p["email"]] for p in _p]
add(2, "pass", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "winners list with contacts, but every recipient is internal",
    "iso-2022-jp", frm("ogino"), [f"水野 翔 <{addr_of('mizuno')}>"],
    "名古屋公演 追加当選分（発券お願いします）",
    body=f"""水野さん

お疲れさまです、荻野です。
名古屋公演の追加当選分7名、下記のとおりです。
スプレッドシートからそのまま貼り付けています。

{tsv(_rows)}

配送ではなく電子チケットでの発券になりますので、
本日中にSMS送信まで進めていただけると助かります。

荻野
""",
    cc=[addr_of("arai")])

# 003 — wheelchair seating requests with disability grades, padded table, to the venue
_p = people(5, rare_every=3)
_kinds = [("身体 1級", "下肢機能障害・電動車椅子"), ("身体 2級", "体幹機能障害"),
          ("療育 A", "知的障害・介助者同伴"), ("精神 2級", "パニック障害・出入口付近希望"),
          ("身体 3級", "両下肢・手動車椅子")]
_rows = [["No", "氏名", "手帳・等級", "内容", "介助者", "連絡先"]]
for i, (p, k) in enumerate(zip(_p, _kinds), 1):
    _rows.append([str(i), p["name"], k[0], k[1], R.choice(["あり", "あり", "なし"]), p["mobile"]])
add(3, "stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "five wheelchair/assistance requests with disability grades and phones to an external venue",
    "utf-8", frm("terashima"), ["みなと市民ホール 事業課 <jigyo@minato-hall.or.jp>"],
    "4/26 公演 車椅子席・介助席のご利用者について",
    body=f"""みなと市民ホール 事業課
ご担当者様

お世話になっております。日の出産業 会場運営課の寺島でございます。

4月26日（日）昼公演につきまして、車椅子席・介助席のお申込みを
いただいているお客様を下記にまとめました。
当日は1階ロビー西側の受付にてご案内いただけますと幸いです。

{table(_rows)}

※手帳の等級はお申込みフォームの自己申告です。
※No.4の方は開演後の途中退出の可能性があるとのことです。

よろしくお願いいたします。

{sig("terashima", 4)}
""")

# 004 — one person's disability, to a theatre
_p = person(rare=True)
add(4, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named guest's spinal-cord injury and disability grade sent to an external theatre",
    "iso-2022-jp", frm("terashima"), ["北浜劇場 営業部 大森様 <omori@kitahama-gekijo.jp>"],
    "5/10 ソワレ 車椅子でご来場のお客様の件",
    body=f"""北浜劇場
大森様

いつもお世話になっております。日の出産業の寺島です。

5月10日ソワレにご来場予定のお客様について、事前にご相談させてください。

お客様名：{p['name']} 様（{p['kana']}）
ご購入席：1階 R列 12番（通路側）
状況：脊髄損傷により電動車椅子をご使用。身体障害者手帳1級。
　　　座席への移乗はできないため、車椅子のままご観劇希望とのことです。
　　　体温調節が難しいため、空調の吹出口から離れた位置を希望されています。

R列12番の横に車椅子スペースを確保いただくことは可能でしょうか。
難しい場合は車椅子席（1階最後方）への振替をご案内いたします。

お手数ですがご確認のほどお願いいたします。

{sig("terashima", 2)}
""")

# 005 — wheelchair seating in general, no person
add(5, "pass", [], [],
    "wheelchair seat counts and routing only; no individual",
    "cp932", frm("terashima"), ["北浜劇場 大森様 <omori@kitahama-gekijo.jp>"],
    "Re: 6月公演の車椅子席の確保数について",
    body=f"""大森様

お世話になっております。寺島です。

6月公演の車椅子席につきまして、弊社側の販売枠は以下でお願いできればと存じます。

・車椅子席　　各回 4席（1階後方 Z列）
・介助者席　　各回 4席（車椅子席の隣接席）
・販売方法　　電話受付のみ（Web販売なし）
・受付期間　　5月12日（火）10:00 〜 各公演の3日前まで

入場は正面玄関横のスロープからで、
エレベーターは開場30分前から係員付きで稼働とうかがっております。
相違があればご指摘ください。

> 車椅子席は各回最大6席まで対応可能です。
> 販売数が確定しましたらご連絡ください。

{sig("terashima", 0)}
""")

# 006 — a refund: card number in the body to the payment agent
_p = person()
_c = card()
add(6, "stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "full credit card number of a customer sent to an external payment agent",
    "utf-8", frm("kubota"), ["ペイブリッジ カスタマーサポート <support@paybridge.co.jp>"],
    "【払戻依頼】公演中止分 カード返金の処理状況確認",
    body=f"""ペイブリッジ株式会社
カスタマーサポート御中

いつもお世話になっております。
日の出産業 払戻センターの久保田と申します。

3月8日 仙台公演（台風接近のため中止）のカード決済分の返金について、
下記のお客様から「返金が反映されていない」とのお問い合わせをいただいております。

　お名前：{_p['name']} 様
　カード番号：{card_fmt(_c)}
　有効期限：0{R.randint(1, 9)}/{R.randint(27, 30)}
　決済日：2026/02/14　金額：17,600円（8,800円×2枚）
　取引ID：PB-{R.randint(10000000, 99999999)}

返金処理のステータスをご確認いただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。

{sig("kubota", 0)}
""")

# 007 — ID check at the gate: driver's licence number and 和暦 birth date
_p = person()
_lic = f"{R.randint(10, 99)}{R.randint(10, 99)}{R.randint(100000, 999999)}{R.randint(10, 99)}"
add(7, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"], ["personal_data"],
    "a patron's driver's licence number and birth date sent to an external security contractor",
    "cp932", frm("terashima"), ["関東警備保障 イベント警備部 <event@kanto-keibi.co.jp>"],
    "3/21 有明アリーナ 本人確認時のトラブル報告（ゲートB）",
    body=f"""関東警備保障株式会社
イベント警備部 ご担当者様

お世話になっております。日の出産業 会場運営課の寺島です。

3/21 有明アリーナ公演のゲートBで、本人確認に時間を要した件について
御社の隊員様の報告書と照合したく、当方の記録をお送りします。

■対象のお客様
　チケット名義：{_p['name']}
　提示書類：運転免許証
　免許証番号：第{_lic}号
　生年月日：{wareki(_p['dob'])}
　状況：名義人ご本人だが、券面の生年月日と申込時の登録内容が1日ずれていた
　　　　→ 責任者判断で入場許可（18:42）

隊員様側の記録で時刻や対応者に相違がないか、ご確認をお願いいたします。

{sig("terashima", 0)}
""")

# 008 — English: passport numbers of two VIP guests to the partner hotel
_vips = [("Daniel", "KOWALSKI", "Poland", "EK4" + str(R.randint(100000, 999999))),
         ("Hannah", "OYELARAN", "United Kingdom", "5" + str(R.randint(10000000, 99999999)))]
_d = [datetime.date(R.randint(1970, 1990), R.randint(1, 12), R.randint(1, 28)) for _ in _vips]
add(8, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "passport numbers and birth dates of two named guests sent to the partner hotel",
    "utf-8", frm("onodera"), ["Front Desk <reservations@sakura-hotel.jp>"],
    "Check-in details for our VIP guests (Apr 3-6)",
    body=f"""Dear Sakura Hotel reservations team,

Thank you for holding the two suites for our overseas guests. As requested for the
guest registration, please find their details below.

1) {_vips[0][0]} {_vips[0][1]}
   Nationality: {_vips[0][2]}
   Passport No.: {_vips[0][3]}
   Date of birth: {_d[0].strftime('%d %b %Y')}
   Check-in: 3 April / Check-out: 6 April

2) {_vips[1][0]} {_vips[1][1]}
   Nationality: {_vips[1][2]}
   Passport No.: {_vips[1][3]}
   Date of birth: {_d[1].strftime('%d %b %Y')}
   Check-in: 3 April / Check-out: 6 April

Both guests will arrive at around 21:00 from Haneda. The room charges should be billed to
Hinode Sangyo (PO 26-VIP-0412).

{sig("onodera", 3)}
""")

# 009 — residence card number of a foreign venue staffer to the staffing agency
_rc = f"{R.choice('ABCDEFGH')}{R.choice('KLMNPQRS')}{R.randint(10000000, 99999999)}{R.choice('ABCDEF')}{R.choice('GHJKLM')}"
add(9, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "residence card number and birth date of a named staffer sent to an external agency",
    "iso-2022-jp", frm("terashima"), ["イベントスタッフナビ 派遣管理 <haken@event-staff-navi.jp>"],
    "会場スタッフ（物販）の在留資格確認について",
    body=f"""イベントスタッフナビ
派遣管理ご担当 様

お世話になっております。日の出産業の寺島です。

4月の物販スタッフとしてご紹介いただいた下記の方について、
弊社コンプライアンス部門から在留カードの記載確認を求められております。
お手元のコピーと一致しているかご確認いただけますか。

　氏名　　　　　：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日　　　：{ymd(datetime.date(1999, 8, 17))}
　在留カード番号：{_rc}
　在留資格　　　：留学（資格外活動許可あり・週28時間以内）
　在留期間満了日：2027/03/31

シフトは週20時間以内で組んでおります。
よろしくお願いいたします。

{sig("terashima", 2)}
""")

# 010 — My Numbers of short-term staff, XLSX to the tax accountant
_p = people(3)
_rows = [["支払調書作成用（2025年分 報酬・料金）"], [],
         ["No", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p, 1):
    amt = R.randint(18, 90) * 10000
    _rows.append([i, p["name"], p["addr"], mynum(), amt, int(amt * 0.1021)])
add(10, "stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "My Numbers of three people in an XLSX sent to an outside tax accountant",
    "cp932", frm("otsuki"), ["大橋税理士事務所 大橋先生 <ohashi@ohashi-zeirishi.jp>"],
    "支払調書の作成資料（司会・MC委託分）",
    body=f"""大橋先生

いつもお世話になっております。日の出産業の大槻です。

2025年分の報酬・料金の支払調書につきまして、司会・MCで委託した
個人の方3名分の資料をお送りします。個人番号も記載しております。

ご確認のほどよろしくお願いいたします。

{sig("otsuki", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書_MC委託_2025.xlsx",
                  "sheets": {"2025年分": _rows}}])

# 011 — a My Number, internal only
_p = person()
add(11, "pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "a staffer's My Number sent only to the internal accounting team",
    "utf-8", frm("terashima"), [f"経理 大槻さん <{addr_of('otsuki')}>"],
    "新規アルバイト（会場整理）のマイナンバー",
    body=f"""大槻さん

お疲れさまです。会場運営の寺島です。
4月から入るアルバイトの方のマイナンバーです。通知カードのコピーは原本を社内便で送ります。

{_p['name']}　個人番号 {mynum()}

よろしくお願いします。
寺島
""")

# 012 — blacklisted resellers, XLSX (title row, two sheets) to a promoter
_p = people(6, rare_every=3)
_rows = [["転売確認者リスト（2026年3月更新）"], [],
         ["No", "氏名", "生年月日", "住所", "電話番号", "確認件数", "対応"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], ymd(p["dob"]), p["addr"], p["mobile"], R.randint(2, 14),
                  R.choice(["購入制限", "入場拒否", "FC除名", "警告済"])])
add(12, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    ["personal_data"],
    "XLSX list of six resellers with birth date, address and phone to an external promoter",
    "utf-8", frm("arai"), ["関西プロモーション 西岡様 <nishioka@kansai-promo.co.jp>"],
    "転売確認者リストの共有（大阪公演 販売前）",
    body=f"""関西プロモーション
西岡様

お世話になっております。日の出産業の新井です。

大阪公演の一般発売前に、弊社で把握している転売確認者のリストを共有いたします。
御社の先行販売分と突き合わせていただき、該当があればお知らせください。

シート「凡例」に対応区分の説明を入れています。

{sig("arai", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "転売確認者リスト_202603.xlsx",
                  "sheets": {"リスト": _rows,
                             "凡例": [["対応", "説明"], ["購入制限", "1公演2枚まで"],
                                      ["入場拒否", "同一名義の入場を拒否"],
                                      ["FC除名", "ファンクラブ規約第12条により除名"],
                                      ["警告済", "書面で警告"]]}}])

# 013 — one reseller's arrest, to the venue
_p = person()
add(13, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named reseller's arrest and fine (criminal record) sent to an external venue",
    "iso-2022-jp", frm("arai"), ["有明アリーナ 警備担当 <security@ariake-arena.co.jp>"],
    "入場時の注意対象者について（ご参考）",
    body=f"""有明アリーナ
警備ご担当者様

いつもお世話になっております。日の出産業の新井です。

来月の公演について、ご参考までにお知らせします。

昨年秋、当社主催公演のチケットを高額転売していた{_p['name']}（{age_at(_p['dob'])}歳）が、
チケット不正転売禁止法違反の疑いで逮捕され、その後略式起訴・罰金刑となったことを
警察から連絡を受けております。

同人名義のチケットは全て無効化済みですが、他人名義での来場の可能性がありますので、
ゲートでの本人確認を重点的にお願いできればと存じます。

新井
""")

# 014 — reseller policy, listing IDs only
add(14, "pass", [], [],
    "reseller countermeasures with marketplace listing IDs and counts; no person data",
    "cp932", frm("arai"), ["西岡様 <nishioka@kansai-promo.co.jp>"],
    "Re: 大阪公演の転売対策について",
    body=f"""西岡様

お世話になっております。新井です。

ご質問いただいた転売対策の件、現状をまとめます。

・フリマサイト上の出品：3月1日〜20日で 41件 確認
　（うち削除要請済 33件、対応中 8件）
・対応中の出品ID：m7720391455、m7720408812、m7720511930 ほか5件
・公式リセールの利用：同期間で 212件成立
・電子チケットの分配機能：公演7日前から停止予定

顔認証入場は今回見送り、ゲートでの身分証確認を全数ではなく抽出（1/10）で行います。
詳細は来週の定例でご説明させてください。

{sig("arai", 2)}
""")

# 015 — VIP reception guest list, XLSX, to the partner caterer
_p = people(12, rare_every=5)
_orgs = ["株式会社東光レコード", "FM みなと", "音楽評論家", "株式会社ブルーノート企画", "月刊ライブナビ編集部",
         "ひびき音楽出版", "個人招待", "株式会社エムズ", "テレビ湾岸", "スポンサー（北星製菓）",
         "スポンサー（北星製菓）", "個人招待"]
_rows = [["日の出産業 presents 10th Anniversary 公演　VIPレセプション 招待者一覧"], [],
         ["No", "氏名", "所属", "携帯電話", "同伴", "備考"]]
for i, (p, o) in enumerate(zip(_p, _orgs), 1):
    _rows.append([i, p["name"], o, p["mobile"], R.choice(["0", "1", "1", "0"]),
                  R.choice(["", "", "乾杯挨拶", "遅れて到着", "車寄せ利用"])])
add(15, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "XLSX of 12 VIP guests with personal mobile numbers sent to the partner caterer",
    "utf-8", frm("onodera"), ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "4/18 VIPレセプション 招待者一覧（最終版）",
    body=f"""北国フーズ株式会社
ケータリング部 ご担当者様

いつもお世話になっております。日の出産業 招待・VIP担当の小野寺です。

4月18日（土）のVIPレセプションの招待者一覧（最終版）をお送りします。
同伴者を含めて最大 {12 + 5} 名の想定です。
当日の受付で名札をお渡しいただくため、氏名と所属の表記はこのままでお願いします。

{sig("onodera", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "VIPレセプション招待者一覧_0418.xlsx",
                  "sheets": {"招待者": _rows,
                             "集計": [["区分", "人数"], ["招待者", 12], ["同伴（見込み）", 5],
                                      ["スタッフ", 6]]}}])

# 016 — three VIP guests with phones to the hotel (under five people)
_p = people(3)
add(16, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three guests' names and mobile numbers to the partner hotel: under five people",
    "iso-2022-jp", frm("onodera"), ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
    "5/2 ご宿泊のお客様（日の出産業 招待枠）",
    body=f"""さくらホテル
宿泊予約ご担当者様

お世話になっております。日の出産業の小野寺です。
5月2日ご宿泊分の招待枠3名様について、お名前と当日の連絡先をお知らせします。

・{_p[0]['name']} 様　{_p[0]['mobile']}　シングル
・{_p[1]['name']} 様　{_p[1]['mobile']}　ツイン（2名利用）
・{_p[2]['name']} 様　{_p[2]['mobile']}　シングル

いずれも公演終了後、22時ごろのチェックインとなります。
請求は弊社宛てでお願いいたします。

{sig("onodera", 0)}
""")

# 017 — three promoters visible in To
add(17, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external promoter companies can see each other in To",
    "cp932", frm("tsuge"),
    ["久保 達也 <t.kubo@star-light-promotion.co.jp>", "西岡 <nishioka@kansai-promo.co.jp>",
     "ノースウェーブ 営業部 <sales@north-wave-ent.jp>"],
    "【ご案内】2026秋ツアー 各地区の一般発売日について",
    body=f"""各地区プロモーター ご担当者様

いつもお世話になっております。日の出産業 プロモーション課の柘植です。

2026秋ツアーの一般発売日が確定しましたのでご案内いたします。

　関東地区　　7月11日（土）10:00
　関西地区　　7月11日（土）10:00
　北海道・東北　7月12日（日）10:00

各地区のプレイガイド枠の配分は別途個別にご連絡いたします。
告知解禁は7月1日 12:00 です。それまでは外部への公開をお控えください。

{sig("tsuge", 0)}
""")

# 018 — a three-way meeting mail: promoter + venue
add(18, "pass", [], ["multiple_external_domains"],
    "normal meeting mail to two external organisations; no personal data",
    "utf-8", frm("terashima"), ["西岡 様 <nishioka@kansai-promo.co.jp>"],
    "大阪公演 会場下見の日程調整",
    body=f"""関西プロモーション 西岡様
（CC：有明アリーナ 施設営業 岸本様）

お世話になっております。日の出産業の寺島です。

大阪公演の制作チームによる会場下見について、候補日をお送りします。

　① 5月19日（火）14:00〜16:00
　② 5月21日（木）10:00〜12:00
　③ 5月22日（金）15:00〜17:00

参加予定：弊社 寺島・水野、関西プロモーション様 2名、舞台監督 1名
確認事項：搬入口の高さ、車椅子席の位置、ゲート配置、物販ブースの電源

ご都合のよい日をお知らせください。

{sig("terashima", 0)}
""",
    cc=["岸本 <kishimoto@ariake-arena.co.jp>"])

# 019 — winners notified with all addresses in To
_p = people(6, mail_domain="gmail.com")
add(19, "stop", [], ["external_recipients_visible", "freemail_recipient"],
    "six private winners' addresses visible to each other in To (should have been Bcc)",
    "iso-2022-jp", frm("ogino"), [p["email"] for p in _p],
    "【当選のお知らせ】ファンミーティング2026 in 東京",
    body=f"""ファンクラブ会員の皆さま

この度は「ファンミーティング2026 in 東京」にご応募いただき、誠にありがとうございます。
厳正なる抽選の結果、ご当選となりましたのでお知らせいたします。

■日時：2026年6月7日（日）開場 13:00 / 開演 14:00
■会場：みなと市民ホール 大ホール
■入場方法：会員証アプリの電子チケットをご提示ください

当日は会員証と一致する顔写真付き身分証をお持ちください。
ご不明点はファンクラブ事務局までお問い合わせください。

日の出産業株式会社 ファンクラブ事務局
""")

# 020 — print proof to a look-alike of nishiki-insatsu.co.jp
add(20, "stop", [], ["lookalike_domain"],
    "recipient domain nishiki-insatu.co.jp is a one-letter look-alike of partner nishiki-insatsu.co.jp",
    "cp932", frm("mizuno"), ["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    "券面デザイン 校正2回目の戻し",
    body=f"""錦印刷株式会社
制作部 ご担当者様

お世話になっております。日の出産業 券務課の水野です。

券面デザインの2校を確認しましたので、戻しをお送りします。

・公演名の英字表記：「LIVE TOUR」→「LIVE TOUR 2026」
・裏面の注意事項：第5項の「転売禁止」の文字を1段大きく
・QRコードの位置：右下から左下へ（もぎり線にかからないように）
・地紋：ピンク系で確定

修正後、PDFで最終校をお送りいただけますでしょうか。
印刷数量は各公演 3,200枚 × 4公演 で変更ありません。

{sig("mizuno", 0)}
""",
    attachments=[{"kind": "pdf", "name": "券面_2校_戻し.pdf",
                  "lines": ["券面デザイン 2校 修正指示", "1. 公演名英字表記の修正",
                            "2. 注意事項 第5項 文字サイズ変更", "3. QRコード位置 左下へ移動",
                            "4. 地紋 ピンク系 確定"]}])

# 021 — room block to a homoglyph of sakura-hotel.jp
add(21, "stop", [], ["lookalike_domain"],
    "sakura-hote1.jp uses the digit 1 for l: look-alike of partner sakura-hotel.jp",
    "utf-8", frm("onodera"), ["宿泊営業 <sales@sakura-hote1.jp>"],
    "出演者・スタッフ宿泊のブロック予約（7月分）",
    body=f"""さくらホテル 宿泊営業ご担当者様

お世話になっております。日の出産業の小野寺です。

7月の公演に伴う出演者・スタッフの宿泊について、ブロック予約をお願いいたします。

　7/10（金）シングル 18室、ツイン 4室
　7/11（土）シングル 18室、ツイン 4室
　7/12（日）シングル 6室

ルーミングリストは6月末までにお送りします。
料金は前回同様の団体料金でお見積りいただけますと幸いです。

{sig("onodera", 4)}
""")

# 022 — internal seat allocation sent to hinode-sangyo.com
add(22, "stop", [], ["lookalike_domain"],
    "colleague addressed at hinode-sangyo.com instead of hinode-sangyo.co.jp (TLD swap)",
    "iso-2022-jp", frm("arai"), ["水野 翔 <s.mizuno@hinode-sangyo.com>"],
    "仙台公演 座席ブロック割当（修正版）",
    body="""水野さん

お疲れさまです。新井です。
仙台公演の座席ブロック割当、修正版を送ります。

アリーナA1〜A4：FC先行
アリーナB1〜B6：プレイガイド先行
スタンド北：一般発売
スタンド南 1〜5列：機材席のため販売停止
車椅子席：スタンド東 最前列 6席

機材席の確定が来週になるので、スタンド南は仮押さえのままでお願いします。

新井
""")

# 023 — refund transfer totals to midori-ginkou.co.jp
add(23, "stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp adds a letter to partner bank midori-ginko.co.jp",
    "utf-8", frm("kubota"), ["法人営業部 <hojin@midori-ginkou.co.jp>"],
    "公演中止に伴う払戻金の総合振込について（ご相談）",
    body=f"""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 払戻センターの久保田です。

先日中止となりました仙台公演の払戻金につきまして、総合振込での一括処理を予定しております。

　振込件数：約 1,140件
　振込総額：約 1,030万円
　振込指定日：4月10日（金）
　データ形式：全銀協フォーマット

1回の伝送件数の上限と、手数料の優遇について確認させてください。
お手数ですが、ご回答のほどよろしくお願いいたします。

{sig("kubota", 0)}
""")

# 024 — LED screens to kawasaki-denki.jp (co. dropped)
add(24, "stop", [], ["lookalike_domain"],
    "kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp",
    "cp932", frm("terashima"), ["川崎電機 映像システム部 <eizou@kawasaki-denki.jp>"],
    "会場用LEDビジョンのレンタル見積について",
    body=f"""川崎電機株式会社
映像システム部 ご担当者様

お世話になっております。日の出産業 会場運営課の寺島です。

秋ツアーで使用するLEDビジョンのレンタルについて、お見積りをお願いいたします。

・サイズ：横 6m × 縦 3.5m × 2面（ステージ両サイド）
・期間：9月〜11月の計 14公演（仕込み日を含め 28日間）
・オペレーター：各公演 2名
・搬入：大型トラック（4t）2台想定

前回（2025年春ツアー）と同等仕様で問題ございません。

{sig("terashima", 0)}
""")

# 025 — ticketing system question to tsubasa-sytem.jp
add(25, "stop", [], ["lookalike_domain"],
    "tsubasa-sytem.jp drops an s from partner tsubasa-system.jp",
    "utf-8", frm("mochizuki"), ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "発券APIのレート制限について（問い合わせ）",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 チケットシステム課の望月です。

一般発売時に発券APIから HTTP 429 が返る事象が発生しました。

　発生日時：3/14 10:00:03〜10:02:41
　エンドポイント：POST /v2/tickets/issue
　リクエスト数：ピーク時 約 1,800 req/min
　エラー件数：412件（リトライで全件成功）

現在のレート制限値と、発売日の一時的な引き上げが可能かを教えてください。
ログの抜粋を添付します（個人情報は含みません）。

{sig("mochizuki", 2)}
""",
    attachments=[{"kind": "txt", "name": "api_429_log.txt",
                  "text": "\n".join(f"2026-03-14T10:00:{s:02d}+09:00 POST /v2/tickets/issue 429 "
                                    f"retry_after=2 req_id=rq{R.randint(100000, 999999)}"
                                    for s in range(3, 40, 3))}])
# ======================================================================================
# 026-050
# ======================================================================================

# 026 — ticket delivery pickup to aoba-unuy.co.jp (letters swapped)
add(26, "stop", [], ["lookalike_domain"],
    "aoba-unuy.co.jp swaps two letters of partner aoba-unyu.co.jp",
    "iso-2022-jp", frm("mizuno"), ["青葉運輸 法人営業 <hojin@aoba-unuy.co.jp>"],
    "チケット配送分の集荷依頼（4/6）",
    body=f"""青葉運輸株式会社
法人営業ご担当者様

お世話になっております。日の出産業 券務課の水野です。

配送チケット分の集荷をお願いいたします。

　集荷日時：4月6日（月）15:00
　集荷場所：弊社 日の出ビル 地下1階 荷捌き場
　個数：簡易書留扱い 約 2,300通（台車 6台分）
　配達指定：4月9日〜11日着

伝票データは前日までにWeb連携でお送りします。

{sig("mizuno", 0)}
""")

# 027 — 【社外秘】 in the subject, unannounced tour schedule to a promoter
add(27, "stop", [], ["confidential_marking"],
    "subject and body stamped 社外秘 sent to an external promoter",
    "cp932", frm("tsuge"), ["夢野企画 制作部 <seisaku@yumeno-kikaku.co.jp>"],
    "【社外秘】2027年 春ツアー 仮日程（会場押さえ状況）",
    body=f"""夢野企画 制作部 ご担当者様

お世話になっております。日の出産業の柘植です。

2027年春ツアーの会場押さえ状況をお送りします。
本資料は社外秘扱いの未発表情報です。

━━━━━━━━━━━━━━━━━━━━
　　　　　　【社外秘】
━━━━━━━━━━━━━━━━━━━━
　3/6・3/7　　名古屋　　ホール押さえ済
　3/20・3/21　大阪　　　仮押さえ（4/30回答期限）
　4/3・4/4　　福岡　　　抽選申込中
　4/17・4/18　東京　　　押さえ済（2日間）
　5/1　　　　札幌　　　調整中

追加公演の可能性がある地区は別途ご相談させてください。

{sig("tsuge", 4)}
""")

# 028 — DOCX with a 部外秘 page header, contract terms to a promoter
add(28, "stop", [], ["confidential_marking"],
    "attached contract-terms DOCX carries a 部外秘 page header; external recipient",
    "utf-8", frm("ashida"), ["ひびき音楽出版 事業部 <jigyo@hibiki-music.co.jp>"],
    "興行条件（案）のご送付",
    body=f"""ひびき音楽出版株式会社
事業部 ご担当者様

平素より大変お世話になっております。日の出産業の芦田です。

先日の打合せでお話しした秋公演の興行条件（案）をお送りいたします。
ご確認のうえ、ご意見をいただけますと幸いです。

{sig("ashida", 0)}
""",
    attachments=[{"kind": "docx", "name": "興行条件案_2026秋.docx", "page_header": "部外秘",
                  "title": "興行条件（案）",
                  "paragraphs": ["興行条件（案）", "1. 公演数：全8公演（東京4・大阪2・名古屋2）",
                                 "2. 出演料：固定 + チケット売上の歩合（別表）",
                                 "3. チケット販売：日の出産業が主催者として一括販売",
                                 "4. 物販：売上の15%を手数料として日の出産業に支払う"],
                  "tables": [[["区分", "条件"], ["歩合", "売上の 12%（8,000枚超過分は 15%）"],
                              ["支払", "最終公演月の翌月末"]]]}])

# 029 — PDF seating plan with a 取扱注意 footer
add(29, "stop", [], ["confidential_marking"],
    "attached PDF stamped 取扱注意 on every page, sent to an external venue",
    "iso-2022-jp", frm("onodera"), ["有明アリーナ 施設営業 岸本様 <kishimoto@ariake-arena.co.jp>"],
    "VIP・関係者席の配置図",
    body=f"""岸本様

お世話になっております。日の出産業の小野寺です。
4/18公演のVIP・関係者席の配置図をお送りします。
当日の案内スタッフ様にもご共有いただけますでしょうか。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "pdf", "name": "VIP関係者席配置図_0418.pdf", "page_footer": "取扱注意",
                  "title": "VIP・関係者席 配置図",
                  "lines": ["4/18 公演 VIP・関係者席 配置", "スタンド西 1〜3列：スポンサー招待",
                            "スタンド西 4〜6列：メディア", "アリーナ後方 PA横：関係者（出演者家族）",
                            "入場口：関係者受付（西ゲート横）"]}])

# 030 — English PPTX with a CONFIDENTIAL footer to an overseas promoter
add(30, "stop", [], ["confidential_marking"],
    "pptx deck with 'CONFIDENTIAL - Internal Only' footer on every slide sent abroad",
    "utf-8", frm("tsuge"), ["Megan Ellis <megan.ellis@bluehorizon-live.com>"],
    "Japan leg: ticket sales forecast deck",
    body=f"""Hi Megan,

As promised on our call, attached is the deck with the sales forecast for the Japan leg.
Slide 3 has the pricing tiers we are proposing for Tokyo and Osaka.

Let me know if your team would like to adjust the VIP package before we lock it on Friday.

{sig("tsuge", 3)}
""",
    attachments=[{"kind": "pptx", "name": "Japan_leg_forecast.pptx",
                  "page_footer": "CONFIDENTIAL - Internal Only",
                  "slides": [["Japan Leg 2026", "Ticket sales forecast", "Hinode Sangyo"],
                             ["Capacity", "Tokyo: 2 shows x 12,000", "Osaka: 1 show x 9,500"],
                             ["Pricing", "VIP JPY 38,000", "S JPY 12,800", "A JPY 9,800"],
                             ["Forecast", "Sell-through 92% (base case)", "Break-even at 71%"]]}])

# 031 — 【極秘】 but internal only
add(31, "pass", [], [],
    "marked 極秘 but all recipients are internal",
    "cp932", frm("ashida"), [f"{addr_of('tsuge')}", f"{addr_of('arai')}"],
    "【極秘】追加公演の件（部内限り）",
    body="""柘植さん、新井さん

芦田です。
先ほど先方事務所から、12月に東京で追加公演2日間の打診がありました。
会場は有明で調整中です。正式発表までは部内限りでお願いします。

明日10時から15分ほど打合せさせてください。

芦田
""",
    cc=[addr_of("onodera")])

# 032 — NDA talk, an unmarked draft attached
add(32, "pass", [], [],
    "mail about concluding an NDA; the draft has no confidentiality stamp",
    "utf-8", frm("mochizuki"), ["ツバサシステム 営業部 田島様 <tajima@tsubasa-system.jp>"],
    "秘密保持契約書（案）のご確認のお願い",
    body=f"""ツバサシステム株式会社
営業部 田島様

いつもお世話になっております。日の出産業の望月です。

新しい入場管理システムの検討にあたり、仕様開示の前に秘密保持契約を
締結させていただきたく、弊社ひな形をお送りいたします。

主な条件は以下のとおりです。
・秘密情報の範囲：書面で秘密と明示されたもの、および口頭開示後14日以内に書面化したもの
・有効期間：締結日から2年間
・準拠法・管轄：日本法、東京地方裁判所

修正のご希望がございましたら、変更履歴付きでお戻しください。

{sig("mochizuki", 0)}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ツバサシステム様.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、"
                                 "入場管理システムの導入検討に関し、以下のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                 "第2条（目的外使用の禁止）受領者は秘密情報を本検討の目的以外に使用してはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"]}])

# 033 — ordinary mail with the standard Japanese disclaimer
add(33, "pass", [], [],
    "ordinary schedule mail to a theatre; the only 機密 wording is the standard disclaimer",
    "iso-2022-jp", frm("arai"), ["北浜劇場 営業部 大森様 <omori@kitahama-gekijo.jp>"],
    "8月公演の販売スケジュール",
    body=f"""北浜劇場
大森様

いつもお世話になっております。日の出産業の新井です。

8月公演の販売スケジュールをお知らせします。

　劇場会員先行　5月20日（水）10:00〜5月24日（日）23:59
　一般発売　　　6月6日（土）10:00〜
　当日券　　　　各公演 開演1時間前から劇場窓口

劇場窓口での取扱い枚数は各公演 120枚でお願いいたします。

{sig("arai", 0)}

{DISCLAIMER_JA}
""")

# 034 — password-protected ZIP of the sales report to a promoter
add(34, "stop", [], ["unscannable_attachment"],
    "encrypted (password) ZIP attached for an external promoter: cannot be inspected",
    "cp932", frm("arai"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "横浜公演 販売実績データ（パスワード別送）",
    body=f"""久保様

お世話になっております。日の出産業の新井です。

横浜公演の販売実績データをお送りします。
ZIPファイルのパスワードは別メールにてお送りいたします。

{sig("arai", 2)}
""",
    attachments=[{"kind": "zip", "name": "横浜公演_販売実績.zip", "password": "Hnd#0315yk",
                  "files": [{"kind": "xlsx", "name": "販売実績_横浜.xlsx",
                             "sheets": {"実績": [["席種", "販売数", "売上"], ["S席", 2940, 37632000],
                                                ["A席", 1180, 11564000]]}}]}])

# 035 — a corrupt XLSX sent to the printer
add(35, "stop", [], ["unscannable_attachment"],
    "the attached print-data XLSX is corrupt and cannot be read",
    "utf-8", frm("mizuno"), ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "印刷用データ（通し番号・座席）",
    body=f"""錦印刷 制作部 ご担当者様

お世話になっております。日の出産業の水野です。

名古屋公演のチケット印刷用データ（通し番号と座席の対応表）をお送りします。
4,800行あります。取込時にエラーが出るようでしたらお知らせください。

{sig("mizuno", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "印刷データ_名古屋.xlsx"}])

# 036 — a protected PDF seat chart to the venue
add(36, "stop", [], ["unscannable_attachment"],
    "password-protected PDF attached for an external venue: unscannable",
    "iso-2022-jp", frm("terashima"), ["みなと市民ホール 事業課 <jigyo@minato-hall.or.jp>"],
    "6/7 ファンミーティング 座席表",
    body=f"""みなと市民ホール 事業課 ご担当者様

お世話になっております。日の出産業の寺島です。
6/7の座席表をお送りします。PDFにはパスワードを設定しております。
パスワードはお電話でお伝えいたします。

{sig("terashima", 0)}
""",
    attachments=[{"kind": "pdf", "name": "座席表_0607.pdf", "password": "minato0607",
                  "lines": ["6/7 ファンミーティング 座席表", "1階 1〜25列 FC枠", "2階 一般枠"]}])

# 037 — a password ZIP, internal only
add(37, "pass", [], [],
    "encrypted ZIP but sent only to an internal colleague",
    "cp932", frm("kubota"), [f"大槻 浩 <{addr_of('otsuki')}>"],
    "払戻実績（3月分）",
    body="""大槻さん

お疲れさまです。払戻センター久保田です。
3月分の払戻実績をお送りします。パスワードはいつものものです。

久保田
""",
    attachments=[{"kind": "zip", "name": "払戻実績_202603.zip", "password": "refund2603",
                  "files": [{"kind": "csv", "name": "払戻実績.csv",
                             "rows": [["公演", "件数", "金額"], ["仙台0308", 1140, 10312000]]}]}])

# 038 — a patron's epileptic seizure and history, to the event insurer
_p = person(rare=True)
add(38, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named patron's diagnosis and medical history sent to an external insurer",
    "utf-8", frm("terashima"), ["常盤損保 イベント保険課 <event-hoken@tokiwa-sonpo.co.jp>"],
    "【事故報告】3/21 有明アリーナ公演 来場者の救急搬送について",
    body=f"""常盤損害保険株式会社
イベント保険課 ご担当者様

いつもお世話になっております。日の出産業 会場運営課の寺島です。

興行中止保険・賠償責任保険（証券番号 EV-2026-0441）に関連し、
3/21公演中に発生した来場者の救急搬送についてご報告いたします。

【来場者】{_p['name']} 様（{ymd(_p['dob'], 'kanji')}生）
【発生】19:12頃 アリーナB3ブロック
【状況】演出の照明（ストロボ）の最中に意識を失い転倒。
　　　　救護室の看護師が対応し、救急車で都立湾岸病院へ搬送。
【診断】てんかん発作（ご家族によると既往歴あり、通院中）、転倒時に額を3針縫合。
【その後】当日夜に帰宅。ご家族より治療費についてのお問い合わせあり。

保険適用の可否についてご教示ください。救護記録の写しは追って郵送します。

{sig("terashima", 0)}
""")

# 039 — an inline forward of FC mail with five members' phones, to a promoter
_p = people(5, rare_every=5)
_blk = "\n".join(f"  {R.randint(1000000, 9999999)}  {p['name']}  {p['mobile']}" for p in _p)
add(39, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forwarded FC-desk mail (new text for the recipient) listing 5 members with phones",
    "iso-2022-jp", frm("ogino"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "Fw: 重複当選による取消対象者",
    body=f"""久保様

お世話になっております。荻野です。
FCデスクから回ってきた下記の件、御社の先行分とも重複している可能性があるため
念のため転送いたします。照合をお願いできますでしょうか。

---------- Forwarded message ---------
From: ファンクラブデスク <fc-desk@hinode-sangyo.co.jp>
Date: 2026年3月18日(水) 16:05
Subject: 重複当選による取消対象者
To: 荻野 真理子 <m.ogino@hinode-sangyo.co.jp>

荻野さん

複数アカウントでの重複応募により、当選取消とする会員は下記5名です。
本人への連絡は明日FCデスクから電話で行います。

  会員番号  氏名  電話
{_blk}

以上です。
""")

# 040 — seat assignments with phones, space-padded, to the theatre
_p = people(7, rare_every=4)
_rows = [["氏名", "座席", "枚数", "連絡先"]]
for p in _p:
    _rows.append([p["name"], f"{R.choice('ABCDEFGH')}列{R.randint(1, 30)}番", str(R.randint(1, 2)),
                  p["mobile"]])
add(40, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "seat assignment list of seven buyers with phones sent to an external theatre",
    "cp932", frm("mizuno"), ["北浜劇場 チケット窓口 <box@kitahama-gekijo.jp>"],
    "5/10 ソワレ 窓口引取分の座席割当",
    body=f"""北浜劇場 チケット窓口 ご担当者様

お世話になっております。日の出産業 券務課の水野です。
5/10ソワレの窓口引取分について、座席を割り当てましたのでお知らせします。

{table(_rows)}

当日、お名前でお申し出いただいた方にお渡しをお願いいたします。
連絡が取れない場合は上記番号にお電話ください。

{sig("mizuno", 4)}
""")

# 041 — HTML-only mail with a table of six winners
_p = people(6, rare_every=3)
_tr = "\n".join(f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['email']}</td><td>{p['mobile']}</td>"
                f"<td>{R.choice(['北海道', '青森', '岩手'])}会場</td></tr>"
                for i, p in enumerate(_p, 1))
add(41, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only mail with a table of six lottery winners' e-mails and phones to a promoter",
    "utf-8", frm("ogino"), ["ノースウェーブ 営業部 <sales@north-wave-ent.jp>"],
    "ハイタッチ会 当選者一覧（北海道・東北）",
    html=f"""<html><body>
<p>ノースウェーブエンタテインメント<br>営業部 ご担当者様</p>
<p>お世話になっております。日の出産業 会員サービス課の荻野です。<br>
ハイタッチ会の当選者一覧をお送りします。当日の受付名簿としてご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>氏名</th><th>メール</th><th>電話</th><th>参加会場</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 会員サービス課<br>荻野 真理子<br>TEL 03-5412-7781</p>
</body></html>""")

# 042 — refund account list, UTF-8 CSV, to the partner bank
_p = people(8)
_rows = [["受取人名（カナ）", "銀行名", "支店名", "預金種目", "口座番号", "払戻金額"]]
for p in _p:
    _rows.append([p["kana"].replace(" ", "　"), R.choice(["みどり銀行", "ゆうちょ銀行", "東都銀行", "あおぞら信金"]),
                  R.choice(["本店", "新宿支店", "梅田支店", "仙台駅前支店", "〇一八"]), "普通",
                  f"{R.randint(1000000, 9999999)}", R.choice([8800, 17600, 26400])])
add(42, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "CSV of eight customers' bank accounts for refunds sent to the partner bank",
    "cp932", frm("kubota"), ["みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"],
    "払戻金 振込データ（テスト送信分）",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業 払戻センターの久保田です。

先日ご相談した総合振込の件、フォーマット確認用にテストデータ8件をお送りします。
文字コードはUTF-8です。本番データは全銀協フォーマットで伝送いたします。

{sig("kubota", 0)}
""",
    attachments=[{"kind": "csv", "name": "払戻振込_テスト.csv", "encoding": "utf-8", "rows": _rows}])

# 043 — health insurance card used as ID, 和暦 short form
_p = person()
add(43, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
    "a patron's health insurance card numbers and birth date sent to the venue",
    "iso-2022-jp", frm("terashima"), ["有明アリーナ 警備担当 <security@ariake-arena.co.jp>"],
    "ゲートC 本人確認書類の記録について",
    body=f"""有明アリーナ 警備ご担当者様

お世話になっております。寺島です。
昨日ゲートCで、健康保険証での本人確認を行ったお客様の記録です。
御社の記録簿への転記をお願いします。

氏名：{_p['name']}
生年月日：{wareki(_p['dob'], 'short')}
保険者番号：{R.randint(10000000, 39999999)}
記号：{R.randint(100, 9999)}　番号：{R.randint(1, 999)}
確認者：ゲートC 責任者 佐野
確認時刻：17:58

以上、よろしくお願いします。
""")

# 044 — a new staffer's basic pension number to the social insurance consultant
_p = person(rare=True)
add(44, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    ["personal_data"],
    "basic pension number, birth date and address of a new hire sent to an outside consultant",
    "utf-8", frm("terashima"), ["中村社会保険労務士事務所 <office@nakamura-sr.jp>"],
    "資格取得届の作成依頼（会場運営 契約社員 1名）",
    body=f"""中村社会保険労務士事務所
中村先生

お世話になっております。日の出産業の寺島です。

4月1日付で会場運営課に契約社員として入社する方の
社会保険資格取得届の作成をお願いいたします。

■氏名　　　　：{_p['name']}（{_p['kana']}）
■生年月日　　：{ymd(_p['dob'], '-')}
■住所　　　　：〒{_p['zip']} {_p['addr']}
■基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
■報酬月額　　：260,000円
■被扶養者　　：なし

雇用契約書の写しは郵送いたします。

{sig("terashima", 0)}
""")

# 045 — one record per block, 和暦 in full-width digits, to the partner carrier
_p = people(6, rare_every=3)
_blocks = []
for p in _p:
    p["dob"] = p["dob"].replace(month=5)
    _blocks.append(f"""【会員番号】{fw(str(R.randint(100000, 999999)))}
【お名前】{p['name']}（{p['kana']}）
【生年月日】{wareki(p['dob'], 'fw')}
【お届け先】〒{fw(p['zip'])}　{fw(p['addr'])}
【電話】{fw(p['mobile'])}""")
add(45, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    ["personal_data"],
    "six FC members as blocks (birth date, address, phone) sent to the partner carrier",
    "cp932", frm("ogino"), ["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    "会員限定グッズ 誕生月発送分のお届け先",
    body=f"""青葉運輸株式会社
法人営業ご担当者様

お世話になっております。日の出産業 ファンクラブ事務局の荻野です。

5月生まれの会員様向けバースデーグッズの発送先をお送りします。
（システム不具合のため、今回はメール本文で失礼いたします）

""" + "\n\n".join(_blocks) + f"""

以上６件、５月１日着でお願いいたします。

{sig("ogino", 1)}
""")

# 046 — a VIP guest's religion (prayer room, halal) to the caterer
_g = "Ahmad Faris bin Rahman"
add(46, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named guest's religion (Muslim: prayer, halal) sent to an external caterer",
    "utf-8", frm("onodera"), ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "4/18 レセプション 特別対応のお願い",
    body=f"""北国フーズ ケータリング部 ご担当者様

お世話になっております。小野寺です。

4/18のレセプションにご出席の {_g} 様（マレーシアのプロモーター代表）は
イスラム教徒でいらっしゃいます。以下のご対応をお願いできますでしょうか。

・お食事はハラール認証の食材でご用意（アルコールを使った調味料も不可）
・乾杯用にノンアルコール飲料を別途ご用意
・19:30頃に礼拝のため15分ほど中座されますので、控室Bを礼拝用にお借りしたい

ご不明な点はお知らせください。

{sig("onodera", 0)}
""")

# 047 — a stalking victim, to the security contractor
_p = person()
add(47, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named fan who is a stalking victim (police report filed) disclosed to a security contractor",
    "iso-2022-jp", frm("terashima"), ["関東警備保障 イベント警備部 <event@kanto-keibi.co.jp>"],
    "6/7 公演 警備上の配慮のお願い",
    body=f"""関東警備保障 イベント警備部 ご担当者様

お世話になっております。日の出産業の寺島です。

6/7のファンミーティングにご来場予定の会員 {_p['name']} 様は、
前回の握手会の帰路で他の来場者からつきまとい被害を受け、
警察に被害届を提出されています。

ご本人の希望により、当日は以下をお願いいたします。
・入場は関係者通用口から（開場15分前に誘導）
・座席は1階 通路側（2列 7番）に変更済
・終演後は駐車場までスタッフが同行

相手方の氏名・特徴は別途お電話でお伝えします。

寺島
""")

# 048 — an attached forwarded mail carrying a CSV of failed FC renewals
_p = people(8, rare_every=4)
_rows = [["会員番号", "氏名", "メールアドレス", "電話番号", "エラー"]]
for p in _p:
    _rows.append([f"HF{R.randint(100000, 999999)}", p["name"], p["email"], p["mobile"],
                  R.choice(["有効期限切れ", "限度額超過", "カード無効", "3Dセキュア認証失敗"])])
_inner = {"charset": "iso-2022-jp", "sender": "ファンクラブデスク <fc-desk@hinode-sangyo.co.jp>",
          "to": [addr_of("ogino")], "subject": "継続決済エラー一覧（4月更新分）",
          "body": "荻野さん\n\n4月更新分で決済エラーになった会員8名の一覧です。\n"
                  "決済会社への照会をお願いします。\n\nFCデスク 浅野\n",
          "attachments": [{"kind": "csv", "name": "決済エラー_4月.csv", "rows": _rows}]}
add(48, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "attached internal mail (eml) carries a CSV of eight members' contacts; sent to the payment agent",
    "utf-8", frm("ogino"), ["ペイブリッジ カスタマーサポート <support@paybridge.co.jp>"],
    "継続決済エラーの照会（会員8名分）",
    body=f"""ペイブリッジ株式会社
カスタマーサポート御中

お世話になっております。日の出産業 ファンクラブ事務局の荻野です。

4月の会費継続決済でエラーとなった会員について、社内で受け取ったメールを
そのまま添付いたします。エラー理由の詳細をご確認いただけますでしょうか。

{sig("ogino", 0)}
""",
    attachments=[{"kind": "eml", "name": "継続決済エラー一覧.eml", "message": _inner}])

# 049 — English: rooming list of a touring crew with passports, PDF
_crew = [("Liam", "O'CONNOR"), ("Sofia", "MARCHETTI"), ("Jonas", "BERGQVIST"), ("Aisha", "KHAN"),
         ("Tomasz", "WIECZOREK"), ("Grace", "ADEBAYO"), ("Mateo", "FERREIRA"), ("Nina", "HOLLOWAY")]
_rows = [["Name", "Role", "Passport No.", "Date of birth", "Room"]]
for (g, s), role in zip(_crew, ["Tour manager", "Production manager", "FOH engineer", "Monitor engineer",
                               "Lighting director", "Backline tech", "Backline tech", "Merch manager"]):
    _rows.append([f"{g} {s}", role, f"{R.choice(['P', 'X', 'YB', 'C'])}{R.randint(1000000, 9999999)}",
                  datetime.date(R.randint(1972, 1998), R.randint(1, 12), R.randint(1, 28)).strftime("%d/%m/%Y"),
                  R.choice(["Single", "Single", "Twin"])])
add(49, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "rooming list of eight crew members with passport numbers and birth dates to the hotel",
    "utf-8", frm("onodera"), ["Group Sales <group@sakura-hotel.jp>"],
    "Rooming list - Northgate tour crew (Jul 10-13)",
    body=f"""Dear Group Sales team,

Please find attached the rooming list for the touring crew staying with you from 10 to
13 July. Passport details are included for the foreign guest registration.

The band members will be sent separately once their management confirms.

{sig("onodera", 3)}

{DISCLAIMER_EN}
""",
    attachments=[{"kind": "pdf", "name": "Rooming_list_crew_0710.pdf",
                  "title": "Rooming list - crew", "lines": ["Rooming list: touring crew", ""],
                  "table": _rows}])

# 050 — PPTX report whose third slide lists five special-prize winners with phones
_p = people(5, rare_every=2)
add(50, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PPTX report with a slide listing five prize winners' names and phones to a promoter",
    "cp932", frm("ogino"), ["夢野企画 制作部 <seisaku@yumeno-kikaku.co.jp>"],
    "抽選キャンペーン結果報告（資料送付）",
    body=f"""夢野企画 制作部 ご担当者様

お世話になっております。日の出産業の荻野です。
先日の抽選キャンペーンの結果報告資料をお送りします。
特別賞（リハーサル見学）の当選者は3枚目に記載しています。
見学当日のご案内は御社からお電話いただけると伺っております。

{sig("ogino", 2)}
""",
    attachments=[{"kind": "pptx", "name": "キャンペーン結果報告.pptx",
                  "slides": [["抽選キャンペーン 結果報告", "応募総数 18,420件", "有効応募 17,955件"],
                             ["賞別当選数", "特別賞（リハーサル見学）5名", "A賞 サイン入りポスター 30名",
                              "B賞 オリジナルステッカー 300名"],
                             ["特別賞 当選者"] + [f"{p['name']}　{p['mobile']}" for p in _p]]}])
# ======================================================================================
# 051-075
# ======================================================================================

# 051 — DOCX table of five ticket holders to ID-check at the gate (S58.4.2 style dates)
_p = people(5, rare_every=5)
_rows = [["名義人", "生年月日", "電話番号", "確認事項"]]
for p in _p:
    _rows.append([p["name"], wareki(p["dob"], "short"), p["mobile"],
                  R.choice(["同行者の名義相違", "申込時の年齢と不一致", "リセール購入", "分配先未登録"])])
add(51, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "DOCX table of five ticket holders with birth dates and phones for the gate, to the staffing agency",
    "iso-2022-jp", frm("terashima"), ["イベントスタッフナビ 現場統括 <genba@event-staff-navi.jp>"],
    "4/26 本人確認 重点対象者の一覧（ゲート責任者向け）",
    body=f"""イベントスタッフナビ 現場統括ご担当者様

お世話になっております。日の出産業 会場運営課の寺島です。

4/26公演でゲート責任者の方に事前にお渡しいただきたい、
本人確認の重点対象者一覧を添付します。
該当のお客様が来られたら、責任者判断で入場可否をご判断ください。

{sig("terashima", 4)}
""",
    attachments=[{"kind": "docx", "name": "本人確認_重点対象者_0426.docx",
                  "paragraphs": ["4/26 公演　本人確認 重点対象者一覧", "ゲート責任者のみ保持すること。終演後回収。"],
                  "tables": [_rows]}])

# 052 — legacy XLS of FC members (addresses, birthdays) for card printing and mailing
_p = people(8, rare_every=4)
_rows = [["会員番号", "氏名", "郵便番号", "住所", "生年月日", "会員種別"]]
for p in _p:
    _rows.append([f"{R.randint(2000000, 2999999)}", p["name"], p["zip"], p["addr"], ymd(p["dob"]),
                  R.choice(["一般", "一般", "プレミアム"])])
add(52, "stop", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "legacy XLS of eight FC members with addresses and birth dates sent to the partner printer",
    "utf-8", frm("ogino"), ["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    "会員証 再発行分の印刷・発送データ",
    body=f"""錦印刷株式会社 発送センター ご担当者様

お世話になっております。日の出産業 ファンクラブ事務局の荻野です。

会員証の再発行分（8名）のデータをお送りします。
旧システムからの出力のため .xls 形式となっております。
生年月日は会員証裏面の「Birthday」欄に月日のみ印字してください。

{sig("ogino", 0)}
""",
    attachments=[{"kind": "xls", "name": "会員証再発行_0410.xls", "sheets": {"再発行": _rows}}])

# 053 — plain ZIP holding a CSV of refund applicants
_p = people(10, rare_every=5)
_rows = [["申込番号", "氏名", "電話番号", "メールアドレス", "払戻金額", "理由"]]
for p in _p:
    _rows.append([f"RF{R.randint(100000, 999999)}", p["name"], p["mobile"], p["email"],
                  R.choice([9800, 19600, 12800]), "公演中止"])
add(53, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "unencrypted ZIP with a CSV of ten refund applicants' contacts sent to the payment agent",
    "cp932", frm("kubota"), ["ペイブリッジ 精算チーム <seisan@paybridge.co.jp>"],
    "コンビニ決済分 払戻対象者データ",
    body=f"""ペイブリッジ株式会社 精算チーム 御中

お世話になっております。日の出産業 払戻センターの久保田です。

仙台公演中止に伴う、コンビニ決済分の払戻対象者データをお送りします。
（メールサーバーの容量制限のためZIP圧縮しています）

払戻用のバーコード発行をお願いいたします。

{sig("kubota", 4)}
""",
    attachments=[{"kind": "zip", "name": "払戻対象_コンビニ決済.zip",
                  "files": [{"kind": "csv", "name": "払戻対象_コンビニ決済.csv", "rows": _rows}]}])

# 054 — reply: new text lists five venue staff with mobiles; quoted text is harmless
_p = people(5)
_lines = "\n".join(f"・{p['name']}（{r}）{p['mobile']}" for p, r in
                   zip(_p, ["総括", "ゲートA", "ゲートB", "場内", "物販"]))
add(54, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "new reply text lists five staff members' personal mobiles to an external security company",
    "iso-2022-jp", frm("terashima"), ["関東警備保障 佐野様 <sano@kanto-keibi.co.jp>"],
    "Re: 当日の緊急連絡先について",
    body=f"""佐野様

お世話になっております。寺島です。
当日の弊社側責任者の連絡先は以下のとおりです。すべて個人携帯になります。

{_lines}

開場後はインカムが基本ですが、つながらない場合はこちらにお願いします。

寺島

-----Original Message-----
From: 佐野 <sano@kanto-keibi.co.jp>
Sent: Tuesday, April 21, 2026 11:02 AM
To: 寺島 彩 <a.terashima@hinode-sangyo.co.jp>
Subject: 当日の緊急連絡先について

寺島様

お世話になっております。関東警備保障の佐野です。
4/26公演当日の、御社側責任者の方の緊急連絡先をご教示いただけますでしょうか。
隊員の配置図は明日お送りします。
""")

# 055 — two external organisations in To/Cc plus five family guests with phones
_p = people(5, rare_every=5)
_rel = ["ボーカル 母", "ボーカル 父", "ギター 配偶者", "ドラム 姉", "ベース 友人"]
_lines = "\n".join(f"{i}. {p['name']}　{r}　{p['mobile']}" for i, (p, r) in enumerate(zip(_p, _rel), 1))
add(55, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "multiple_external_domains"],
    "five family guests' names and mobiles sent to a promoter and a venue (two external orgs)",
    "utf-8", frm("onodera"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "4/18 出演者ご家族の招待について",
    body=f"""スターライトプロモーション 久保様
有明アリーナ 岸本様

お世話になっております。日の出産業の小野寺です。
4/18公演の出演者ご家族の招待者を下記にまとめました。

{_lines}

関係者受付で氏名を確認のうえ、関係者パスをお渡しください。
遅れて到着される場合は上記の携帯にご連絡いただけると助かります。

{sig("onodera", 0)}
""",
    cc=["岸本 <kishimoto@ariake-arena.co.jp>"])

# 056 — a phone order: card number to the payment agent
_p = person(rare=True)
_c = card()
add(56, "stop", ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "a customer's card number, expiry and phone from a phone order sent to an outside payment agent",
    "cp932", frm("arai"), ["ペイブリッジ オーソリ窓口 <auth@paybridge.co.jp>"],
    "電話受付分のオーソリ依頼",
    body=f"""ペイブリッジ オーソリ窓口 御中

日の出産業 チケット営業課の新井です。
電話受付のS席購入分について、システム側で決済が通らなかったため
手動でのオーソリをお願いいたします。

　ご購入者：{_p['name']}
　カード番号：{_c}
　有効期限：{R.randint(1, 12):02d}/{R.randint(27, 31)}
　金額：12,800円
　連絡先：{_p['mobile']}

結果はこのメールへの返信でお知らせください。

新井
""")

# 057 — tab-separated list of FC members banned from entry, to the venue
_p = people(6, rare_every=3)
_rows = [["会員番号", "氏名", "生年月日", "理由", "期間"]]
for p in _p:
    _rows.append([f"{R.randint(1000000, 1999999)}", p["name"], ymd(p["dob"], "."),
                  R.choice(["規約違反（会員証の貸与）", "場内での撮影・配信", "スタッフへの暴言",
                            "座席の不正移動"]),
                  R.choice(["2026年末まで", "無期限", "6か月"])])
add(57, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "tab-separated list of six banned members with birth dates sent to an external venue",
    "utf-8", frm("ogino"), ["みなと市民ホール 事業課 <jigyo@minato-hall.or.jp>"],
    "入場禁止措置中の会員について（6/7 ファンミーティング）",
    body=f"""みなと市民ホール 事業課 ご担当者様

いつもお世話になっております。日の出産業 ファンクラブ事務局の荻野です。

6/7のファンミーティングに関連し、現在入場禁止措置中の会員を共有いたします。
申込は受け付けておりませんが、同行者として来場される可能性がございます。

{tsv(_rows)}

当日は弊社スタッフが受付に立ちますので、ホール側スタッフの方には
お声がけいただくだけで結構です。

{sig("ogino", 0)}
""")

# 058 — full-width padded staff roster with home addresses for shuttle pickup
_p = people(6, rare_every=3)
_rows = [["氏名", "携帯", "お迎え場所（自宅）"]]
for p in _p:
    _rows.append([p["name"], fw(p["mobile"]), fw(p["addr"])])
add(58, "stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "six staff members' mobiles and home addresses (full-width digits) sent to a bus company",
    "cp932", frm("terashima"), ["みなみ観光バス 配車係 <haisha@minami-kanko-bus.co.jp>"],
    "早朝送迎（4/26 仕込み日）の乗車名簿",
    body=f"""みなみ観光バス 配車係 御中

お世話になっております。日の出産業 会場運営課の寺島です。

4/26の仕込み日は始発前の集合となるため、スタッフの自宅送迎をお願いしております。
乗車名簿をお送りします。

{table(_rows, rule="－", fill="　")}

集合時刻は会場に５時３０分着でお願いいたします。
ルートはお任せいたします。

{sig("terashima", 0)}
""")

# 059 — a venue list with switchboards (businesses)
_v = [("みなと市民ホール", "東京都港区芝浦3-7-2", "03-3451-7700", "1,500"),
      ("有明アリーナ", "東京都江東区有明1-11-1", "03-3529-8800", "15,000"),
      ("北浜劇場", "大阪府大阪市中央区北浜2-5-23", "06-6201-4410", "850"),
      ("栄サンホール", "愛知県名古屋市中区栄4-16-8", "052-262-3300", "2,200"),
      ("博多ベイサイドホール", "福岡県福岡市博多区築港本町13-6", "092-281-5050", "3,000"),
      ("札幌オーロラホール", "北海道札幌市中央区北1条西1丁目", "011-231-9600", "2,300")]
add(59, "pass", [], [],
    "list of venues with their office addresses and switchboards: businesses, not people",
    "utf-8", frm("tsuge"), ["夢野企画 制作部 <seisaku@yumeno-kikaku.co.jp>"],
    "ツアー候補会場の一覧",
    body=f"""夢野企画 制作部 ご担当者様

お世話になっております。日の出産業の柘植です。
先日お話しした候補会場の一覧です。問い合わせ先は各館の代表番号です。

{table([["会場", "所在地", "代表電話", "収容"]] + [list(v) for v in _v])}

空き状況は各館に確認中です。来週の定例でご報告します。

{sig("tsuge", 2)}
""")

# 060 — ticket outlet shops (businesses), HTML + text
_shops = [("日の出チケットセンター 銀座店", "東京都中央区銀座5-2-1 銀座ファイブ3F", "03-3572-1100"),
          ("日の出チケットセンター 梅田店", "大阪府大阪市北区梅田1-3-1 大阪駅前第1ビル1F", "06-6345-2200"),
          ("プレイガイド栄", "愛知県名古屋市中区栄3-5-12 栄プレイス2F", "052-251-3300"),
          ("天神チケットぷらざ", "福岡県福岡市中央区天神2-11-3", "092-712-4400"),
          ("仙台チケットステーション", "宮城県仙台市青葉区中央1-2-3 仙台駅西口ビル", "022-262-5500")]
add(60, "pass", [], [],
    "list of ticket outlet shops with shop addresses and phones: businesses",
    "iso-2022-jp", frm("arai"), ["チケナビ 店舗運営部 <tenpo@tickenavi.jp>"],
    "店頭販売取扱店舗の一覧（秋ツアー）",
    body="チケナビ 店舗運営部 ご担当者様\n\nお世話になっております。日の出産業の新井です。\n"
         "秋ツアーの店頭販売取扱店舗は以下の5店舗です。\n\n"
         + "\n".join(f"・{s[0]}\n　{s[1]}\n　TEL {s[2]}" for s in _shops)
         + f"\n\n各店舗の販売枠は発売1週間前に確定します。\n\n{sig('arai', 0)}\n",
    html="<html><body><p>チケナビ 店舗運営部 ご担当者様</p><p>お世話になっております。日の出産業の新井です。<br>"
         "秋ツアーの店頭販売取扱店舗は以下の5店舗です。</p><table border=\"1\">"
         "<tr><th>店舗</th><th>所在地</th><th>電話</th></tr>"
         + "".join(f"<tr><td>{s[0]}</td><td>{s[1]}</td><td>{s[2]}</td></tr>" for s in _shops)
         + "</table><p>各店舗の販売枠は発売1週間前に確定します。</p></body></html>")

# 061 — hotel list for the tour crew (businesses), CSV
add(61, "pass", [], [],
    "CSV of hotels near each venue: business contacts only",
    "cp932", frm("onodera"), ["ノースウェーブ 制作部 <seisaku@north-wave-ent.jp>"],
    "北海道・東北公演 スタッフ宿泊候補",
    body=f"""ノースウェーブエンタテインメント 制作部 ご担当者様

お世話になっております。日の出産業の小野寺です。
スタッフ宿泊の候補ホテルをCSVにまとめました。団体料金の交渉はこれからです。

{sig("onodera", 4)}
""",
    attachments=[{"kind": "csv", "name": "宿泊候補_北海道東北.csv",
                  "rows": [["都市", "ホテル", "住所", "代表電話", "会場まで"],
                           ["札幌", "ホテル大通パーク", "北海道札幌市中央区大通西5丁目", "011-241-1111", "徒歩5分"],
                           ["札幌", "すすきのイン", "北海道札幌市中央区南4条西3丁目", "011-512-2222", "地下鉄10分"],
                           ["青森", "ベイサイド青森", "青森県青森市安方1-2-3", "017-722-3333", "徒歩8分"],
                           ["盛岡", "盛岡駅前ホテル", "岩手県盛岡市盛岡駅前通7-1", "019-625-4444", "タクシー10分"],
                           ["仙台", "さくらホテル仙台", "宮城県仙台市青葉区中央3-1-1", "022-711-5555", "徒歩3分"]]}])

# 062 — reply to a customer on gmail about the refund procedure
add(62, "pass", [], ["freemail_recipient"],
    "reply to one private customer about refund steps; only the customer's own order number",
    "utf-8", frm("kubota"), ["tomoko.hirai.88@gmail.com"],
    "Re: 仙台公演中止の払戻について",
    body=f"""平井様

日の出産業 払戻センターでございます。
この度は公演中止によりご迷惑をおかけし、誠に申し訳ございません。

お問い合わせの件、クレジットカード決済でご購入のお客様は
お手続き不要で、カード会社経由で自動的に返金されます。
反映までに1〜2か月ほどかかる場合がございますので、ご了承ください。

ご注文番号：HS-260214-58821（2枚）

ご不明な点がございましたら、払戻センター（03-5412-7790　平日10時〜17時）まで
お問い合わせください。

日の出産業株式会社 払戻センター

> 仙台公演のチケットを2枚買っていたのですが、払戻はどうすればいいですか？
> カード払いです。
""")

# 063 — reply to a customer whose quoted mail contains her own phone and address
_p = person()
add(63, "pass", [], ["freemail_recipient"],
    "reply to one free-mail customer; her address and phone appear only in the quoted text",
    "iso-2022-jp", frm("mizuno"), [f"{_p['name']} <{_p['email'].split('@')[0]}@yahoo.co.jp>"],
    "Re: チケットが届きません",
    body=f"""{_p['sei']}様

お問い合わせいただきありがとうございます。日の出産業 券務課の水野でございます。

お調べしたところ、配送業者から「宛先不明」で弊社に返送されておりました。
ご登録のご住所に番地の誤りがございましたので、修正のうえ本日再発送いたします。
明後日にはお届けできる見込みです。ご迷惑をおかけして申し訳ございません。

水野

----- Original Message -----
差出人: {_p['name']}
送信日時: 2026年4月2日 21:14
件名: チケットが届きません

4/18のチケットがまだ届きません。
住所は〒{_p['zip']} {_p['addr']} です。
電話 {_p['mobile']}
よろしくお願いします。
""")

# 064 — shipping: order numbers and tracking numbers only
_rows = [["注文番号", "伝票番号", "通数", "発送日"]]
for i in range(8):
    _rows.append([f"HS-2604{R.randint(10, 30)}-{R.randint(10000, 99999)}",
                  f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
                  str(R.randint(1, 3)), "4/6"])
add(64, "pass", [], [],
    "order and tracking numbers for undelivered ticket mail; no personal data",
    "cp932", frm("mizuno"), ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    "配達状況の確認依頼（8件）",
    body=f"""青葉運輸株式会社 お客様センター御中

お世話になっております。日の出産業 券務課の水野です。
4/6に発送したチケットのうち、下記8件が「持戻り」のまま更新されておりません。
配達状況をご確認いただけますでしょうか。

{table(_rows)}

{sig("mizuno", 0)}
""")

# 065 — print specification with serial number ranges
add(65, "pass", [], [],
    "ticket print specification with serial ranges and paper stock; no personal data",
    "utf-8", frm("mizuno"), ["錦印刷 営業部 藤堂様 <todo@nishiki-insatsu.co.jp>"],
    "秋ツアー チケット印刷仕様の確定",
    body=f"""錦印刷株式会社
藤堂様

お世話になっております。日の出産業の水野です。
秋ツアーのチケット印刷仕様を以下で確定させてください。

　用紙　　　：感熱紙ではなくコート紙 157kg、ミシン目入り（半券）
　サイズ　　：182 × 70 mm
　偽造防止　：ホログラム箔（丸型 12mm）、地紋、マイクロ文字
　通し番号　：A000001〜A038400（8公演 × 4,800枚）
　QRコード　：弊社から入稿する発券データに準ずる
　納期　　　：8月28日（金）弊社着

お見積書（No. NP-2607-118）の金額で発注いたします。
注文書は明日郵送いたします。

{sig("mizuno", 1)}
""")

# 066 — seat block allocation XLSX to a promoter
add(66, "pass", [], [],
    "seat-block allocation spreadsheet for a promoter; blocks and counts only",
    "iso-2022-jp", frm("arai"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "横浜公演 販売枠の配分案",
    body=f"""久保様

お世話になっております。新井です。
横浜公演の販売枠の配分案をお送りします。
プレイガイド枠は前回実績をもとに按分しています。ご意見ください。

{sig("arai", 2)}
""",
    attachments=[{"kind": "xlsx", "name": "横浜_販売枠配分案.xlsx",
                  "sheets": {"配分": [["横浜公演 販売枠 配分案（v2）"], [],
                                     ["ブロック", "席数", "FC先行", "PG先行", "一般", "招待"],
                                     ["アリーナA", 1200, 900, 200, 80, 20],
                                     ["アリーナB", 1600, 800, 500, 280, 20],
                                     ["スタンド1F", 2400, 600, 900, 850, 50],
                                     ["スタンド2F", 2800, 0, 1200, 1600, 0]],
                             "前回実績": [["区分", "販売率"], ["FC先行", "100%"], ["PG先行", "96%"],
                                      ["一般", "88%"]]}}])

# 067 — two staff leaders' mobiles to the security company (under five)
_p = people(2)
add(67, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "two staff leaders' names and mobiles: under five people, may be warned",
    "cp932", frm("terashima"), ["関東警備保障 佐野様 <sano@kanto-keibi.co.jp>"],
    "5/10 北浜劇場 当日の責任者",
    body=f"""佐野様

お世話になっております。寺島です。
5/10の弊社側責任者は下記2名です。

　総括　{_p[0]['name']}　{_p[0]['mobile']}
　副　　{_p[1]['name']}　{_p[1]['mobile']}

私は大阪入りしないため、当日は上記2名にご連絡ください。

寺島
""")

# 068 — English mail about tour dates and prices
add(68, "pass", [], [],
    "English mail to an overseas promoter: dates, venues and prices only",
    "utf-8", frm("tsuge"), ["Oliver Grant <oliver.grant@northgate-presents.co.uk>"],
    "Re: Japan dates and ticket prices",
    body=f"""Hi Oliver,

Thanks for the quick turnaround. Here is where we are with the Japan dates:

  Sat 10 Oct   Tokyo    Ariake Arena         JPY 12,800 / 9,800
  Sun 11 Oct   Tokyo    Ariake Arena         JPY 12,800 / 9,800
  Wed 14 Oct   Osaka    Kitahama Theatre     JPY 11,000
  Fri 16 Oct   Nagoya   Sakae Sun Hall       JPY 11,000

Fan-club presale opens on 1 July, general sale on 11 July (10:00 JST).
We'd like to announce on 24 June if your side can approve the artwork by then.

{sig("tsuge", 3)}

On Mon, 8 Jun 2026 at 09:14, Oliver Grant <oliver.grant@northgate-presents.co.uk> wrote:
> Could you send the confirmed dates and price points for Japan?
> Our agent needs them for the routing sheet.
""")

# 069 — lottery statistics PDF (aggregates only)
add(69, "pass", [], [],
    "aggregated lottery statistics for a publisher; no individual data",
    "iso-2022-jp", frm("ogino"), ["ひびき音楽出版 事業部 <jigyo@hibiki-music.co.jp>"],
    "FC先行抽選 応募状況のご報告",
    body=f"""ひびき音楽出版 事業部 ご担当者様

お世話になっております。日の出産業 ファンクラブ事務局の荻野です。
FC先行抽選の応募状況をPDFにまとめました。ご査収ください。

{sig("ogino", 0)}
""",
    attachments=[{"kind": "pdf", "name": "FC先行_応募状況.pdf", "title": "FC先行 応募状況",
                  "lines": ["FC先行抽選 応募状況（3月20日締切）", ""],
                  "table": [["公演", "応募数", "当選数", "倍率"], ["横浜 3/15", "14,820", "4,120", "3.6"],
                            ["名古屋 3/28", "6,310", "2,200", "2.9"], ["大阪 4/4", "9,955", "3,000", "3.3"],
                            ["仙台 3/8（中止）", "3,402", "1,140", "3.0"]]}])

# 070 — reply to a promoter: the winners list is only in the quoted text
_p = people(6)
_q = "\n".join(f"> {p['name']}\t{p['mobile']}\t{p['email']}" for p in _p)
add(70, "pass", [], [],
    "the list of six winners appears only in the quoted text from the promoter",
    "cp932", frm("ogino"), ["ノースウェーブ 営業部 <sales@north-wave-ent.jp>"],
    "Re: ハイタッチ会 追加当選者",
    body=f"""ノースウェーブ 営業部 ご担当者様

お世話になっております。荻野です。
追加当選者の件、承知いたしました。
こちらのシステムにも登録し、明日メールでご案内いたします。

荻野

2026/04/03 15:22、ノースウェーブ 営業部 <sales@north-wave-ent.jp> のメール:
> 日の出産業 荻野様
>
> お世話になっております。追加当選者6名を下記のとおりお送りします。
>
{_q}
>
> よろしくお願いいたします。
""")

# 071 — refund notice to a single customer on a carrier address
add(71, "pass", [], ["freemail_recipient"],
    "refund notice to one private customer on a carrier address; no other data",
    "utf-8", frm("kubota"), ["k-ishiguro.0715@docomo.ne.jp"],
    "【日の出産業】払戻完了のお知らせ",
    body="""石黒様

日の出産業 払戻センターです。
3月8日 仙台公演（中止）の払戻手続きが完了しましたのでお知らせいたします。

　払戻金額：8,800円
　お振込日：4月10日
　チケット番号：T-0308-A-11482

またのご来場を心よりお待ちしております。

※本メールは送信専用アドレスから送信しております。
""")

# 072 — an announcement with every member in Bcc
_p = people(8)
add(72, "pass", [], ["freemail_recipient"],
    "members are all in Bcc (To is the sender's own desk), so they cannot see each other",
    "iso-2022-jp", "ファンクラブ事務局 <fc-desk@hinode-sangyo.co.jp>", ["fc-desk@hinode-sangyo.co.jp"],
    "【ファンクラブ】会報誌 Vol.32 発送遅延のお詫び",
    body="""ファンクラブ会員の皆さま

いつもご声援いただきありがとうございます。
会報誌 Vol.32 の発送が、印刷工程のトラブルにより1週間ほど遅れております。
4月24日（金）までにお届けする予定です。
ご迷惑をおかけして申し訳ございません。

日の出産業株式会社 ファンクラブ事務局
""",
    bcc=[p["email"] for p in _p])

# 073 — two partners in To/Cc about QR printing
add(73, "pass", [], ["multiple_external_domains"],
    "three-way technical mail with two partner organisations; no personal data",
    "utf-8", frm("mochizuki"), ["田島様 <tajima@tsubasa-system.jp>"],
    "QRコード印字データの受け渡し方法について",
    body=f"""ツバサシステム 田島様
錦印刷 藤堂様

お世話になっております。日の出産業の望月です。

紙チケットのQRコード印字データについて、受け渡し方法を以下で統一したいと考えています。

1. ツバサシステム様の発券システムから CSV（UTF-8）で出力
2. 弊社のSFTPサーバー経由で錦印刷様に受け渡し
3. 錦印刷様で印刷後、通し番号と QR の突合結果を返送

ファイルの項目は「通し番号、公演コード、座席コード、QR文字列」の4項目です。
来週水曜の定例で最終確認させてください。

{sig("mochizuki", 0)}
""",
    cc=["藤堂 <todo@nishiki-insatsu.co.jp>", addr_of("mizuno")])

# 074 — PNG seat map
add(74, "pass", [], [],
    "seat map image sent to a promoter; nothing personal",
    "cp932", frm("arai"), ["西岡様 <nishioka@kansai-promo.co.jp>"],
    "大阪公演 座席図（ステージ張り出し反映版）",
    body=f"""西岡様

お世話になっております。新井です。
ステージの張り出しを反映した座席図をお送りします。
アリーナ前方 3列分が機材席になり、販売数は 96席減です。

{sig("arai", 2)}
""",
    attachments=[{"kind": "png", "name": "座席図_大阪_v3.png"}])

# 075 — FC list to an internal subdomain address
_p = people(9, rare_every=3)
_rows = [["会員番号", "氏名", "生年月日", "住所", "電話"]]
for p in _p:
    _rows.append([f"{R.randint(3000000, 3999999)}", p["name"], ymd(p["dob"], "-"), p["addr"], p["mobile"]])
add(75, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "FC member list sent to an internal subdomain (ticket.hinode-sangyo.co.jp) only",
    "utf-8", frm("ogino"), ["チケットシステム運用 <ops@ticket.hinode-sangyo.co.jp>"],
    "会員データ移行 テスト用抽出（9件）",
    body="""運用チーム各位

荻野です。
新会員システムへの移行テスト用に、9件抽出しました（UTF-8のCSV）。
文字化けと住所の分割（都道府県/市区町村/番地）の確認をお願いします。

荻野
""",
    attachments=[{"kind": "csv", "name": "移行テスト_9件.csv", "encoding": "utf-8", "rows": _rows}])
# ======================================================================================
# 076-100
# ======================================================================================

# 076 — invoice PDF with the company's T-number and bank account
_corp = corp_number("010401" + str(R.randint(100000, 999999)))
add(76, "pass", ["JP_CORPORATE_NUMBER"], [],
    "an invoice: the company's registration (T) number and company bank account, no personal data",
    "iso-2022-jp", frm("otsuki"), ["スターライトプロモーション 経理部 <keiri@star-light-promotion.co.jp>"],
    "請求書送付のご案内（INV-2604-0037）",
    body=f"""スターライトプロモーション株式会社
経理部 御中

いつもお世話になっております。日の出産業 事業管理課の大槻です。

横浜公演の券売手数料につきまして、請求書をお送りいたします。

　請求書番号：INV-2604-0037
　ご請求金額：1,452,000円（税込）
　お支払期限：2026年5月31日

適格請求書発行事業者登録番号：T{_corp}

{sig("otsuki", 0)}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2604-0037.pdf", "title": "請求書",
                  "lines": ["請求書", "スターライトプロモーション株式会社 御中", "",
                            "請求書番号 INV-2604-0037　発行日 2026年4月30日",
                            f"日の出産業株式会社　登録番号 T{_corp}",
                            "振込先：みどり銀行 浜松町支店 普通 3104728 ヒノデサンギヨウ（カ"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["券売手数料（横浜公演）", "4,120", "300", "1,236,000"],
                            ["発券システム利用料", "1", "84,000", "84,000"],
                            ["小計", "", "", "1,320,000"], ["消費税（10%）", "", "", "132,000"],
                            ["合計", "", "", "1,452,000"]]}])

# 077 — a wheelchair request forwarded internally
_p = person(rare=True)
add(77, "pass", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "a customer's disability details forwarded between internal departments only",
    "cp932", frm("arai"), [f"寺島 彩 <{addr_of('terashima')}>"],
    "FW: 車椅子席のお問い合わせ（8/22 北浜劇場）",
    body=f"""寺島さん

新井です。電話窓口に入った問い合わせです。劇場との調整をお願いできますか。

-----
お名前：{_p['name']} 様
電話：{_p['mobile']}
内容：筋ジストロフィーのため車椅子を使用。人工呼吸器を使っているため、
　　　電源（コンセント）が近い席を希望。介助者1名同行。
公演：8/22 北浜劇場 マチネ
-----

新井
""")

# 078 — internal first-aid record
_p = people(2)
add(78, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
    "first-aid records with diagnoses, reported to internal recipients only",
    "utf-8", frm("terashima"), [f"芦田 部長 <{addr_of('ashida')}>"],
    "3/21 有明アリーナ 救護室対応記録",
    body=f"""芦田部長

お疲れさまです。寺島です。
3/21公演の救護室対応記録を共有します。

1) {_p[0]['name']}（{ymd(_p[0]['dob'])}生）
   19:12 てんかん発作で転倒、額を裂傷 → 救急搬送（都立湾岸病院）
2) {_p[1]['name']}（{ymd(_p[1]['dob'])}生）
   20:05 過呼吸、救護室で30分休憩後に帰宅。パニック障害で通院中とのこと

1) は保険会社への報告を進めています。

寺島
""",
    cc=[addr_of("arai")])

# 079 — internal blacklist in DOCX, 和暦
_p = people(7, rare_every=3)
_rows = [["氏名", "生年月日", "住所", "措置"]]
for p in _p:
    _rows.append([p["name"], wareki(p["dob"]), p["addr"], R.choice(["購入制限", "入場拒否", "FC除名"])])
add(79, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], [],
    "blacklisted resellers' records in a DOCX sent to internal colleagues only",
    "iso-2022-jp", frm("arai"), [addr_of("ogino"), addr_of("mizuno")],
    "転売対策 措置対象者一覧（部内共有）",
    body="""荻野さん、水野さん

新井です。措置対象者の一覧を更新しました。
社外（プロモーター各社）には渡さないでください。必要な場合は私から個別に照会します。

新井
""",
    attachments=[{"kind": "docx", "name": "措置対象者一覧_2026Q1.docx",
                  "paragraphs": ["転売対策 措置対象者一覧（2026年第1四半期）"], "tables": [_rows]}])

# 080 — the word 社外秘 mentioned, not used as a marking
add(80, "pass", [], [],
    "社外秘 is only mentioned (the document will not be sent); no marking on the mail",
    "cp932", frm("tsuge"), ["夢野企画 制作部 <seisaku@yumeno-kikaku.co.jp>"],
    "Re: 動員見込みの資料について",
    body=f"""夢野企画 制作部 ご担当者様

お世話になっております。柘植です。

ご依頼の動員見込みの詳細資料は、弊社規程で社外秘の区分になっているため
そのままお渡しすることができません。申し訳ございません。
代わりに、公開可能な範囲で概要をお伝えします。

・東京2公演：各回 9割以上の動員見込み
・大阪・名古屋：8割前後
・追加公演の判断：一般発売から2週間後

詳しくは来週の打合せで口頭にてご説明いたします。

{sig("tsuge", 0)}
""")

# 081 — one customer's re-shipping address to the carrier
_p = person()
add(81, "pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one customer's delivery address and phone to the partner carrier: a single record",
    "utf-8", frm("mizuno"), ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    "再配達先の変更依頼（伝票 4471-2280-9163）",
    body=f"""青葉運輸 お客様センター御中

お世話になっております。日の出産業 券務課の水野です。

伝票番号 4471-2280-9163 のお届け先を、お客様のご依頼により下記に変更願います。

　お名前：{_p['name']} 様
　変更後：〒{_p['zip']} {_p['addr']}
　電話　：{_p['mobile']}
　希望　：4月15日 19時〜21時

よろしくお願いいたします。

{sig("mizuno", 2)}
""")

# 082 — gate ID check procedure in general
add(82, "pass", [], [],
    "general gate ID-check procedure for a venue; no individual",
    "iso-2022-jp", frm("terashima"), ["有明アリーナ 施設営業 岸本様 <kishimoto@ariake-arena.co.jp>"],
    "本人確認の運用ルール（秋ツアー）",
    body=f"""岸本様

お世話になっております。日の出産業の寺島です。
秋ツアーのゲートでの本人確認ルールが決まりましたので共有します。

・確認書類：運転免許証、マイナンバーカード（表面のみ）、パスポート、学生証など顔写真付きのもの
・確認方法：目視のみ。番号の控え・コピーは取らない
・不一致時：ゲート責任者が別室で再確認（所要5分目安）
・確認率：全数ではなく抽出（ゲートごとに約10%）

警備会社様にも同じ内容を共有済です。

{sig("terashima", 0)}
""")

# 083 — four VIP guests with phones (boundary: under five)
_p = people(4, rare_every=4)
add(83, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four guests' names and phones to the partner hotel: fewer than five people",
    "cp932", frm("onodera"), ["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
    "4/18 招待客の送迎・チェックインについて",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。小野寺です。
4/18ご宿泊の招待客4名様について、送迎車の手配とあわせてお知らせします。

""" + "\n".join(f"{i}) {p['name']} 様　携帯 {p['mobile']}" for i, p in enumerate(_p, 1)) + f"""

終演後 21:30 に会場の西車寄せから、御社の送迎車でホテルまでお願いします。

{sig("onodera", 2)}
""")

# 084 — English mail with the standard English disclaimer
add(84, "pass", [], [],
    "English logistics mail; the only confidentiality wording is the standard disclaimer",
    "utf-8", frm("onodera"), ["Rachel Tan <rachel.tan@pacific-tour-agency.com>"],
    "Ticket allocation for your tour group (Oct 10, Tokyo)",
    body=f"""Dear Rachel,

Thank you for your booking. We have allocated 40 seats for your tour group at the
Tokyo show on 10 October (Ariake Arena, Stand 2F, Block S4, rows 3-6).

The tickets will be issued as a group QR code and sent to you by 25 September.
Payment of JPY 512,000 is due by 31 August (invoice INV-2608-0102).

{sig("onodera", 3)}

{DISCLAIMER_EN}
""")

# 085 — price list XLSX to the playguide
add(85, "pass", [], [],
    "ticket price list spreadsheet for a ticket outlet",
    "iso-2022-jp", frm("arai"), ["チケナビ 商品部 <shohin@tickenavi.jp>"],
    "秋ツアー 券種・価格表",
    body=f"""チケナビ 商品部 ご担当者様

お世話になっております。日の出産業の新井です。
秋ツアーの券種・価格表をお送りします。商品登録をお願いいたします。

{sig("arai", 0)}
""",
    attachments=[{"kind": "xlsx", "name": "券種価格表_秋ツアー.xlsx",
                  "sheets": {"価格表": [["券種", "価格（税込）", "備考"], ["VIP席", 38000, "グッズ付"],
                                      ["S席", 12800, ""], ["A席", 9800, ""],
                                      ["車椅子席", 12800, "介助者1名無料"], ["U-22", 6000, "要証明書"]]}}])

# 086 — purchase order / invoice numbers with the printer
add(86, "pass", [], [],
    "order, quotation and invoice numbers with the partner printer",
    "cp932", frm("otsuki"), ["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"],
    "ご請求書の件（発注No. PO-2603-0419）",
    body=f"""錦印刷株式会社 経理部 御中

お世話になっております。日の出産業の大槻です。

3月納品分のご請求書（No. NP-INV-26-0311、金額 638,000円）を拝受しました。
発注No. PO-2603-0419 と照合し、数量・金額に相違ないことを確認いたしました。
4月末日にお振込みいたします。

なお、見積書 NP-2603-077 の追加印刷分（1,200枚）は別途ご請求ください。

{sig("otsuki", 4)}
""")

# 087 — reply whose 差出人/送信日時 quote contains a guest's mobile
_p = person()
add(87, "pass", [], [],
    "a guest's mobile appears only in the quoted original from the promoter",
    "utf-8", frm("onodera"), ["西岡様 <nishioka@kansai-promo.co.jp>"],
    "RE: 関係者席 1名追加",
    body=f"""西岡様

お世話になっております。小野寺です。
ご連絡ありがとうございます。関係者席に1名追加で承知しました。
当日の関係者受付リストに反映いたします。

小野寺

差出人: 西岡 <nishioka@kansai-promo.co.jp>
送信日時: 2026年4月14日 10:41
宛先: 小野寺 紗希 <s.onodera@hinode-sangyo.co.jp>
件名: 関係者席 1名追加

小野寺様

大阪公演の関係者席に1名追加をお願いできますか。
{_p['name']} 様（携帯 {_p['mobile']}）です。
""")

# 088 — training schedule for venue staff
add(88, "pass", [], [],
    "training schedule for venue staff; no personal data",
    "iso-2022-jp", frm("terashima"), ["イベントスタッフナビ 研修担当 <kenshu@event-staff-navi.jp>"],
    "ゲートスタッフ事前研修の日程",
    body=f"""イベントスタッフナビ 研修ご担当者様

お世話になっております。日の出産業の寺島です。
秋ツアーのゲートスタッフ向け事前研修を、以下の日程で実施したいと考えております。

　第1回　9月3日（木）18:30〜20:30　日の出ビル 会議室A　定員40名
　第2回　9月5日（土）10:00〜12:00　日の出ビル 会議室A　定員40名

内容：電子チケットの読取、本人確認の手順、車椅子のお客様の誘導、緊急時対応
講師：弊社 会場運営課 2名

受講者の人数が確定しましたらお知らせください。

{sig("terashima", 0)}
""")

# 089 — EITHER: one VIP's severe food allergy to the caterer
_p = person()
add(89, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one named guest's severe allergy (EpiPen) to the caterer: health data or a catering note",
    "utf-8", frm("onodera"), ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "楽屋ケータリング アレルギー対応のお願い",
    body=f"""北国フーズ ケータリング部 ご担当者様

お世話になっております。小野寺です。

4/18の楽屋ケータリングについて、出演者の {_p['name']} 様が
甲殻類（エビ・カニ）に重度のアレルギーをお持ちで、エピペンを携帯されています。
同じ調理器具の使用も避けていただけますでしょうか。

他の出演者・スタッフの方は制限ありません。

{sig("onodera", 2)}
""")

# 090 — EITHER: five promoter staff business contacts to a venue
_p = people(5, mail_domain="star-light-promotion.co.jp")
_rows = [["氏名", "担当", "携帯（社用）", "メール"]]
for p, r in zip(_p, ["制作統括", "舞台", "チケット", "物販", "招待"]):
    _rows.append([p["name"], r, p["mobile"],
                  f"{p['sei_r'].lower()}.{p['mei_r'][0].lower()}@star-light-promotion.co.jp"])
add(90, "either", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five promoter staff with company mobiles and work e-mails: business contacts or a list of people",
    "cp932", frm("terashima"), ["有明アリーナ 施設営業 岸本様 <kishimoto@ariake-arena.co.jp>"],
    "横浜・東京公演 プロモーター側の担当者一覧",
    body=f"""岸本様

お世話になっております。寺島です。
スターライトプロモーション様の当日担当者の一覧です。館内の連絡網にお使いください。

{table(_rows)}

{sig("terashima", 2)}
""")

# 091 — EITHER: six companion names with seat numbers only
_p = people(6, rare_every=3)
add(91, "either", ["PERSON_NAME"], ["personal_data"],
    "six companions' names with seat numbers only: little data per person",
    "iso-2022-jp", frm("mizuno"), ["北浜劇場 チケット窓口 <box@kitahama-gekijo.jp>"],
    "同行者の座席（窓口引取分の追記）",
    body="""北浜劇場 チケット窓口 ご担当者様

お世話になっております。水野です。
先日お送りした窓口引取分に、同行者のお名前と座席を追記します。

""" + "\n".join(f"　{p['name']} 様　…　{R.choice('CDEF')}列 {R.randint(1, 30)}番" for p in _p) + """

以上、よろしくお願いいたします。
日の出産業 券務課 水野
""")

# 092 — internal colleague addressed at mail-hinode-sangyo.co.jp (hyphen for a dot)
add(92, "stop", [], ["lookalike_domain"],
    "mail-hinode-sangyo.co.jp puts a hyphen for the dot of mail.hinode-sangyo.co.jp",
    "utf-8", frm("mochizuki"), ["新井 健太 <k.arai@mail-hinode-sangyo.co.jp>"],
    "一般発売日のサーバー増強スケジュール",
    body="""新井さん

望月です。7/11の一般発売に向けたサーバー増強のスケジュールです。

7/9（木）22:00〜　　Webサーバー 6台 → 18台
7/10（金）10:00〜　　負荷試験（30分）
7/11（土）9:30〜　　 待合室（キュー）有効化
7/11（土）15:00〜　　状況を見て縮退

発売当日は9時に情シス席に集合でお願いします。

望月
""")

# 093 — promoter, venue and the artist's manager on gmail all visible
add(93, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "three external parties (two companies and a private gmail address) visible in To/Cc",
    "cp932", frm("tsuge"),
    ["久保 達也 <t.kubo@star-light-promotion.co.jp>", "岸本 <kishimoto@ariake-arena.co.jp>"],
    "4/18 リハーサル・当日進行表",
    body=f"""関係各位

お世話になっております。日の出産業の柘植です。
4/18公演のリハーサル・当日進行表をお送りします。

　10:00　搬入開始
　14:00　リハーサル
　16:30　開場
　17:30　開演
　20:15　終演（予定）
　22:30　完全撤収

マネージャーの保坂さんにもCCで共有しています。
変更があればこのメールにご返信ください。

{sig("tsuge", 0)}
""",
    cc=["保坂 <hosaka.manage@gmail.com>"])

# 094 — corrupt PDF
add(94, "stop", [], ["unscannable_attachment"],
    "the attached PDF contract is damaged and cannot be read",
    "iso-2022-jp", frm("ashida"), ["ひびき音楽出版 事業部 <jigyo@hibiki-music.co.jp>"],
    "興行契約書（押印版）",
    body=f"""ひびき音楽出版 事業部 ご担当者様

お世話になっております。芦田です。
押印済みの興行契約書をスキャンしてお送りします。
原本は本日郵送いたしました。

{sig("ashida", 0)}
""",
    attachments=[{"kind": "corrupt", "name": "興行契約書_押印版.pdf"}])

# 095 — UTF-8 CSV of six members' card numbers to the payment agent
_p = people(6)
_rows = [["会員番号", "氏名", "カード番号", "有効期限", "会費"]]
for p in _p:
    _rows.append([f"HF{R.randint(100000, 999999)}", p["name"], card(),
                  f"{R.randint(1, 12):02d}/{R.randint(27, 31)}", 5500])
add(95, "stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "CSV of six members' full card numbers sent to an external payment agent",
    "utf-8", frm("ogino"), ["ペイブリッジ 精算チーム <seisan@paybridge.co.jp>"],
    "会費 手動決済分（6件）",
    body=f"""ペイブリッジ 精算チーム 御中

お世話になっております。日の出産業 ファンクラブ事務局の荻野です。

旧会員システムから移行できなかった6件について、会費の手動決済をお願いいたします。
カード情報をCSVにまとめました。

{sig("ogino", 0)}
""",
    attachments=[{"kind": "csv", "name": "手動決済_6件.csv", "encoding": "utf-8", "rows": _rows}])

# 096 — XLSX with a Confidential page header to the system vendor
add(96, "stop", [], ["confidential_marking"],
    "spreadsheet printed with a 'Confidential' page header goes to an external vendor",
    "cp932", frm("mochizuki"), ["田島様 <tajima@tsubasa-system.jp>"],
    "入場ゲート端末の配置計画",
    body=f"""田島様

お世話になっております。望月です。
秋ツアーの入場ゲート端末の配置計画をお送りします。端末のレンタル台数の見積にお使いください。

{sig("mochizuki", 2)}
""",
    attachments=[{"kind": "xlsx", "name": "ゲート端末配置計画.xlsx", "page_header": "Confidential",
                  "sheets": {"配置": [["会場", "ゲート数", "端末台数", "予備"],
                                     ["有明アリーナ", 8, 32, 4], ["北浜劇場", 2, 6, 2],
                                     ["栄サンホール", 3, 9, 2]]}}])

# 097 — English: waitlist records in blocks, romaji names
_p = people(5, rare_every=5)
_blocks = "\n\n".join(f"#{i}  {p['romaji']}\n    Email: {p['email']}\n    Phone: +81 {p['mobile'][1:]}\n"
                      f"    Requested: {R.choice(['VIP x1', 'VIP x2', 'Meet & Greet x1'])}"
                      for i, p in enumerate(_p, 1))
add(97, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five waitlisted fans (romaji name, e-mail, phone) sent to an overseas promoter",
    "utf-8", frm("tsuge"), ["Megan Ellis <megan.ellis@bluehorizon-live.com>"],
    "VIP package waitlist - Tokyo",
    body=f"""Hi Megan,

Here is the waitlist for the Tokyo VIP packages, in the order they applied. If any of the
artist's guest slots are released, could your team contact them directly?

{_blocks}

{sig("tsuge", 3)}
""")

# 098 — a staffer's hypertension and heat-stroke history to the agency
_p = person(rare=True)
add(98, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named staffer's hypertension medication and past heat stroke sent to an external agency",
    "iso-2022-jp", frm("terashima"), ["イベントスタッフナビ 派遣管理 <haken@event-staff-navi.jp>"],
    "屋外ゲート配置の変更について",
    body=f"""イベントスタッフナビ 派遣管理ご担当 様

お世話になっております。寺島です。

7月の野外公演について、ご紹介いただいている{_p['name']}さんから
「高血圧で服薬中で、昨年夏に熱中症で倒れたことがある」との申し出がありました。
健康診断の結果でも血圧の再検査が出ているそうです。

屋外ゲートではなく、屋内の物販ブースへの配置に変更したいと思います。
ご本人にもそのようにお伝えいただけますでしょうか。

寺島
""")

# 099 — a card number sent to an internal subdomain only
_p = person()
add(99, "pass", ["CREDIT_CARD", "PERSON_NAME"], [],
    "a customer's card number, but only to the internal accounting subdomain",
    "cp932", frm("kubota"), ["経理チーム <keiri@acct.hinode-sangyo.co.jp>"],
    "返金の手動処理依頼（カード）",
    body=f"""経理チーム 各位

払戻センター久保田です。
決済代行の自動返金が失敗した1件について、手動での返金処理をお願いします。

　お名前：{_p['name']} 様
　カード番号：{card_fmt(card(), ' ')}
　返金額：9,800円（仙台公演 中止）

処理後にご一報ください。
久保田
""")

# 100 — a short confirming reply to a promoter
add(100, "pass", [], [],
    "short reply confirming ticket counts to a promoter; quoted text has no personal data",
    "utf-8", frm("arai"), ["久保 達也 <t.kubo@star-light-promotion.co.jp>"],
    "Re: 招待券の枚数",
    body=f"""久保様

お世話になっております。新井です。
招待券 40枚（S席）で承知いたしました。
明日の便で御社宛に発送いたします（伝票番号は発送後にお知らせします）。

引き続きよろしくお願いいたします。

{sig("arai", 2)}

> 新井様
> 横浜公演の招待券ですが、当初の30枚から40枚に増やしていただけますでしょうか。
> 席種はS席でお願いします。
> 久保
""")
