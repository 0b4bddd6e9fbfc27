"""Blind corpus: 日の出産業 イベント・展示会・研修 (events, trade shows, training).

Written from BRIEF.md and SPEC.md only.  ids evt-001 … evt-100.
"""

import random
from datetime import date

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# small helpers to build realistic invented rows
# ---------------------------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("中野", "ナカノ", "Nakano"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("宍戸", "シシド", "Shishido"), ("納谷", "ナヤ", "Naya"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("及川", "オイカワ", "Oikawa"), ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"), ("仲宗根", "ナカソネ", "Nakasone"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("越智", "オチ", "Ochi"), ("乙部", "オトベ", "Otobe"), ("蛭田", "ヒルタ", "Hiruta"),
    ("熊谷", "クマガイ", "Kumagai"), ("千葉", "チバ", "Chiba"), ("菅野", "カンノ", "Kanno"),
    ("畠山", "ハタケヤマ", "Hatakeyama"), ("真壁", "マカベ", "Makabe"), ("芹沢", "セリザワ", "Serizawa"),
    ("嶋田", "シマダ", "Shimada"), ("柘植", "ツゲ", "Tsuge"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("皆川", "ミナガワ", "Minagawa"), ("猪俣", "イノマタ", "Inomata"), ("冨樫", "トガシ", "Togashi"),
    ("鬼塚", "オニツカ", "Onitsuka"), ("雨宮", "アメミヤ", "Amemiya"), ("羽生", "ハブ", "Habu"),
]

_MEI_M = [
    ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"),
    ("直樹", "ナオキ", "Naoki"), ("拓也", "タクヤ", "Takuya"), ("誠", "マコト", "Makoto"),
    ("浩二", "コウジ", "Koji"), ("隆", "タカシ", "Takashi"), ("修", "オサム", "Osamu"),
    ("亮介", "リョウスケ", "Ryosuke"), ("和也", "カズヤ", "Kazuya"), ("俊介", "シュンスケ", "Shunsuke"),
    ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"), ("智彦", "トモヒコ", "Tomohiko"),
    ("正樹", "マサキ", "Masaki"), ("慎一", "シンイチ", "Shinichi"), ("雅人", "マサト", "Masato"),
    ("聡", "サトシ", "Satoshi"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("達也", "タツヤ", "Tatsuya"),
    ("泰三", "タイゾウ", "Taizo"), ("邦彦", "クニヒコ", "Kunihiko"), ("一樹", "カズキ", "Kazuki"),
]
_MEI_F = [
    ("陽子", "ヨウコ", "Yoko"), ("恵美", "エミ", "Emi"), ("美穂", "ミホ", "Miho"),
    ("由美", "ユミ", "Yumi"), ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"),
    ("沙織", "サオリ", "Saori"), ("千尋", "チヒロ", "Chihiro"), ("麻衣", "マイ", "Mai"),
    ("香織", "カオリ", "Kaori"), ("奈々", "ナナ", "Nana"), ("優子", "ユウコ", "Yuko"),
    ("明日香", "アスカ", "Asuka"), ("葵", "アオイ", "Aoi"), ("理恵", "リエ", "Rie"),
    ("純子", "ジュンコ", "Junko"), ("久美子", "クミコ", "Kumiko"), ("結衣", "ユイ", "Yui"),
    ("さくら", "サクラ", "Sakura"), ("菜摘", "ナツミ", "Natsumi"), ("綾乃", "アヤノ", "Ayano"),
    ("智子", "トモコ", "Tomoko"), ("文香", "フミカ", "Fumika"), ("早苗", "サナエ", "Sanae"),
]

_PLACES = [
    ("150-0011", "東京都渋谷区東", 4), ("154-0002", "東京都世田谷区下馬", 6),
    ("167-0051", "東京都杉並区荻窪", 5), ("135-0016", "東京都江東区東陽", 7),
    ("182-0024", "東京都調布市布田", 6), ("190-0012", "東京都立川市曙町", 3),
    ("223-0061", "神奈川県横浜市港北区日吉", 7), ("211-0004", "神奈川県川崎市中原区新丸子東", 3),
    ("251-0025", "神奈川県藤沢市鵠沼石上", 3), ("330-0854", "埼玉県さいたま市大宮区桜木町", 4),
    ("332-0017", "埼玉県川口市栄町", 3), ("260-0013", "千葉県千葉市中央区中央", 4),
    ("273-0005", "千葉県船橋市本町", 7), ("460-0008", "愛知県名古屋市中区栄", 5),
    ("530-0012", "大阪府大阪市北区芝田", 2), ("564-0051", "大阪府吹田市豊津町", 9),
    ("651-0096", "兵庫県神戸市中央区雲井通", 6), ("980-0021", "宮城県仙台市青葉区中央", 4),
    ("812-0011", "福岡県福岡市博多区博多駅前", 4), ("060-0042", "北海道札幌市中央区大通西", 9),
    ("370-0841", "群馬県高崎市栄町", 8), ("420-0851", "静岡県静岡市葵区黒金町", 5),
    ("310-0015", "茨城県水戸市宮町", 2), ("700-0024", "岡山県岡山市北区駅元町", 3),
]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "nifty.com"]

_COMPANIES = [
    ("株式会社三ツ星工業", "mitsuboshi-kogyo.co.jp"), ("東邦精機株式会社", "toho-seiki.co.jp"),
    ("株式会社ひかり設計", "hikari-sekkei.co.jp"), ("大和ロジテック株式会社", "yamato-logitech.co.jp"),
    ("有限会社丸八商店", "maruhachi-shoten.jp"), ("株式会社ナガセ化成", "nagase-kasei.co.jp"),
    ("北陸テクノ株式会社", "hokuriku-techno.co.jp"), ("株式会社サンライズ電子", "sunrise-denshi.co.jp"),
    ("朝日ケミカル株式会社", "asahi-chemical-ind.co.jp"), ("株式会社みなと物産", "minato-bussan.co.jp"),
    ("信濃フードサービス株式会社", "shinano-fs.co.jp"), ("株式会社アルファ計装", "alpha-keiso.co.jp"),
    ("瀬戸内マテリアル株式会社", "setouchi-mat.co.jp"), ("株式会社トーワ製作所", "towa-ss.co.jp"),
    ("関東プラント工事株式会社", "kanto-plant.co.jp"), ("株式会社オリオン企画", "orion-kikaku.jp"),
]

_ZEN = {c: chr(ord(c) + 0xFEE0) for c in
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.()/@:#"}


def zen(s, iso=True):
    """ASCII → full-width; in ISO-2022-JP mail the full-width hyphen is U+2212."""
    out = []
    for c in s:
        if c == "-":
            out.append("−" if iso else "－")
        elif c == " ":
            out.append("　")
        else:
            out.append(_ZEN.get(c, c))
    return "".join(out)


def wareki(d, style="kanji"):
    if d >= date(2019, 5, 1):
        era, base, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, base, ab = "平成", 1988, "H"
    else:
        era, base, ab = "昭和", 1925, "S"
    y = d.year - base
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{ab}{y}.{d.month}.{d.day}")
    if style == "kanji0":
        return f"{era}{y:02d}年{d.month:02d}月{d.day:02d}日"
    raise ValueError(style)


def pad(s, width):
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in str(s))
    return str(s) + " " * max(width - w, 0)


def mobile(rng):
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(rng):
    area = rng.choice(["03", "06", "045", "044", "048", "052", "011", "092", "022", "0466", "027"])
    if len(area) == 2:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"


def people(seed, n, born=(1958, 2001), female=0.45, mail_domain=None):
    """n distinct invented people (dicts)."""
    rng = random.Random(f"evt-{seed}")
    seis = rng.sample(_SEI, min(n, len(_SEI)))
    while len(seis) < n:
        seis.append(rng.choice(_SEI))
    out = []
    used = set()
    for i in range(n):
        s = seis[i]
        while True:
            f = rng.random() < female
            m = rng.choice(_MEI_F if f else _MEI_M)
            if (s[0], m[0]) not in used:
                used.add((s[0], m[0]))
                break
        dob = date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        zipc, town, maxc = rng.choice(_PLACES)
        addr = f"{town}{rng.randint(1, maxc)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
        if rng.random() < 0.3:
            addr += f" {rng.choice(['コーポ', 'メゾン', 'パークハイツ', 'グランシャトー', 'サンハイム'])}{rng.choice(['桜', '欅', '若葉', '青山', '南'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
        local = rng.choice([
            f"{m[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{rng.randint(1, 99)}",
            f"{m[2][0].lower()}{s[2].lower()}", f"{s[2].lower()}_{m[2].lower()}{rng.randint(70, 99)}",
        ])
        email = f"{local}@{mail_domain or rng.choice(_FREEMAIL)}"
        out.append(dict(
            sei=s[0], mei=m[0], sei_k=s[1], mei_k=m[1], sei_r=s[2], mei_r=m[2],
            name=f"{s[0]} {m[0]}", name_ns=f"{s[0]}{m[0]}", kana=f"{s[1]} {m[1]}",
            roma=f"{m[2]} {s[2]}", ROMA=f"{s[2].upper()} {m[2]}",
            sex="女" if f else "男", sex_e="F" if f else "M", dob=dob,
            age=2025 - dob.year - (1 if (dob.month, dob.day) > (6, 1) else 0),
            zip=zipc, addr=addr, mobile=mobile(rng), tel=landline(rng), email=email,
        ))
    return out


def rnd(seed):
    return random.Random(f"evt-r-{seed}")


HQ = "〒103-0027 東京都中央区日本橋2-8-11 日の出ビル5F"
HQ_TEL = "03-5201-7730"

MESSAGES = []

# ---------------------------------------------------------------------------------------
# evt-001 … evt-025
# ---------------------------------------------------------------------------------------

_p = people(1, 42)
_r = rnd(1)
_rows = [["出展社名", "小間番号", "氏名", "フリガナ", "役職", "E-mail", "バッジ区分"]]
for i, x in enumerate(_p):
    co, dom = _COMPANIES[i % len(_COMPANIES)]
    _rows.append([co, f"{'ABC'[i % 3]}-{10 + i // 3}", x["name"], x["kana"],
                  _r.choice(["営業部 主任", "技術部", "営業課長", "マーケティング部", "代表取締役", "開発部 係長"]),
                  f"{x['sei_r'].lower()}.{x['mei_r'][0].lower()}@{dom}", "出展者"])
MESSAGES.append(dict(
    id="evt-001",
    sender="村井 彩乃 <a-murai@hinode-sangyo.co.jp>",
    to=["錦印刷 小松様 <komatsu@nishiki-insatsu.co.jp>"],
    subject="【ものづくりフェア2025】出展者バッジ印刷データのご送付",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
小松様

いつも大変お世話になっております。日の出産業の村井です。

ものづくりフェア2025の出展者バッジの印刷データをお送りいたします。
登録システムから書き出したCSVそのままですので、列の並びは前回と同じです。
「バッジ区分」が出展者のものは青、来場者は白でお願いいたします。

枚数：42枚（予備白紙バッジ 20枚別途）
納品：9月29日（月）午前中 ビッグサイト東4ホール搬入口

ご不明点がありましたらご連絡ください。
よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━
日の出産業株式会社 営業企画部 イベント推進課
村井 彩乃（むらい あやの）
""" + HQ + """
TEL 03-5201-7731 / FAX 03-5201-7739
━━━━━━━━━━━━━━━━━━
""",
    attachments=[{"kind": "csv", "name": "exhibitor_badge_20250918.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="42 exhibitor staff (name, kana, title, e-mail) in a CP932 CSV to the badge printer",
))

# evt-002: visitor pre-registration export, XLSX with title row and two sheets, to an event agency
_p = people(2, 64, female=0.4)
_r = rnd(2)
_purp = ["情報収集", "製品選定", "取引先訪問", "セミナー聴講", "その他"]
_s1 = [["第12回 関東産業機器展 事前来場登録データ（9/20 9:00時点）"], [],
       ["登録No", "登録日時", "会社名", "部署", "姓", "名", "セイ", "メイ", "電話番号", "メールアドレス", "来場予定日", "来場目的"]]
for i, x in enumerate(_p):
    co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
    _s1.append([f"V25-{3001 + i}", f"2025/09/{_r.randint(1, 19):02d} {_r.randint(8, 23):02d}:{_r.randint(0, 59):02d}",
                co, _r.choice(["生産技術部", "購買部", "品質保証部", "設備課", "総務部", "営業部"]),
                x["sei"], x["mei"], x["sei_k"], x["mei_k"], _r.choice([x["mobile"], x["tel"]]),
                f"{x['mei_r'][0].lower()}-{x['sei_r'].lower()}@{dom}", _r.choice(["10/8", "10/9", "10/10"]),
                _r.choice(_purp)])
_s2 = [["来場予定日", "人数"], ["10/8", 22], ["10/9", 25], ["10/10", 17], ["合計", 64]]
MESSAGES.append(dict(
    id="evt-002",
    sender="Ryota Kishimoto <r-kishimoto@hinode-sangyo.co.jp>",
    to=["株式会社イベントクリエイト 運営事務局 <jimukyoku@event-create.co.jp>"],
    cc=["杉浦 <sugiura@hinode-sangyo.co.jp>"],
    subject="Re: 事前登録者データのご提供について",
    charset="utf-8",
    body="""イベントクリエイト 運営事務局 御中

お世話になっております。日の出産業 岸本です。
ご依頼の事前来場登録データを添付いたします（9/20 9:00時点、64件）。
受付端末への取り込み後は、会期終了後1か月以内に削除をお願いいたします。

集計シートも付けておきましたので、当日の受付人員の目安にお使いください。

岸本 亮太
日の出産業株式会社 マーケティング部 展示会チーム
TEL 03-5201-7745
""",
    attachments=[{"kind": "xlsx", "name": "事前登録者一覧_0920.xlsx", "sheets": {"登録者": _s1, "集計": _s2}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="64 pre-registered visitors with phone and e-mail in an XLSX (title row above header) to the event agency",
))

# evt-003: badge list in the body, space-padded, to an outside printer
_p = people(3, 26)
_r = rnd(3)
_lines = [pad("登録ID", 10) + pad("氏名", 16) + pad("所属", 30) + "E-mail",
          "-" * 90]
for i, x in enumerate(_p):
    co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
    _lines.append(pad(f"S{_r.randint(10000, 99999)}", 10) + pad(x["name"], 16) + pad(co, 30)
                  + f"{x['sei_r'].lower()}@{dom}")
MESSAGES.append(dict(
    id="evt-003",
    sender="日の出産業 広報部 長沼 <naganuma@hinode-sangyo.co.jp>",
    to=["プリントワークス 受付 <order@printworks-kanda.jp>"],
    subject="セミナー当日用 名札の追加印刷（26名分）",
    charset="cp932",
    body="""プリントワークス神田
ご担当者様

いつもお世話になっております。日の出産業の長沼です。
先日お願いした名札ですが、追加申込が26名分ありましたので
下記の内容で追加印刷をお願いできますでしょうか。
（メールアドレスは名札には印字不要です。QRコード生成用にお使いください）

""" + "\n".join(_lines) + """

以上26名分です。
お手数ですが10月2日(木)までに弊社宛にお送りください。

長沼 敬
日の出産業株式会社 広報部
TEL 03-5201-7760
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="26 seminar registrants (ID, name, company, e-mail) in a space-padded table in the body to a printer",
))

# evt-004: HTML-only seminar attendee list (companies and private participants) to the lecturer
_p = people(4, 13)
_r = rnd(4)
_trs = []
for i, x in enumerate(_p):
    if i % 4 == 3:
        org, mail = "（個人参加）", x["email"]
    else:
        co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
        org, mail = co, f"{x['sei_r'].lower()}@{dom}"
    _trs.append(f"<tr><td>{i + 1}</td><td>{x['name']}</td><td>{org}</td><td>{x['mobile'] if i % 2 else x['tel']}</td><td>{mail}</td></tr>")
MESSAGES.append(dict(
    id="evt-004",
    sender="日の出産業 人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["戸倉 先生 <tokura@tokura-consulting.jp>"],
    subject="11/14 品質管理入門セミナー 受講者名簿",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>戸倉先生</p>
<p>いつもお世話になっております。日の出産業 人材開発部の早川でございます。<br>
11月14日の品質管理入門セミナーの受講者名簿をお送りします。<br>
法人からのお申込みのほか、今回は個人でのご参加が3名いらっしゃいます。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>所属</th><th>連絡先</th><th>メール</th></tr>
""" + "\n".join(_trs) + """
</table>
<p>事前課題の送付先としてお使いいただければ幸いです。<br>当日はどうぞよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人材開発部 研修課<br>早川 ゆかり<br>TEL 03-5201-7752</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="13 seminar attendees (company and private) with phone and e-mail in an HTML-only table to the external lecturer",
))

# evt-005: one lecturer's payment details incl. My Number to an outside tax office
MESSAGES.append(dict(
    id="evt-005",
    sender="経理部 福永 <fukunaga@hinode-sangyo.co.jp>",
    to=["税理士法人あおぞら会計 担当 宮下様 <miyashita@aozora-kaikei.jp>"],
    subject="講師謝金の支払調書作成の件",
    charset="iso-2022-jp",
    body=f"""あおぞら会計
宮下様

お世話になっております。日の出産業 経理部の福永です。
先月の社内研修でお招きした外部講師の方の謝金について、
報酬、料金、契約金及び賞金の支払調書の作成をお願いいたします。

　講師氏名　：曽我部 義明（ソガベ ヨシアキ）
　住所　　　：〒251-0025 神奈川県藤沢市鵠沼石上2-7-13
　個人番号　：{my_number(5)[:4]} {my_number(5)[4:8]} {my_number(5)[8:]}
　支払額　　：220,000円（源泉徴収税額 22,462円）
　支払日　　：2025年8月29日
　振込先　　：湘南信用金庫 藤沢北支店 普通 4829173 ソガベ ヨシアキ

本人確認書類の写しは別途郵送いたします。
よろしくお願いいたします。

福永 真理子
日の出産業株式会社 経理部
TEL 03-5201-7712
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="an external lecturer's My Number, address and bank account sent to the tax accountant",
))

# evt-006: five lecturers' payment data (My Number, bank) in an XLSX to an outsourced payroll firm
_p = people(6, 6, born=(1950, 1985))
_r = rnd(6)
_banks = ["みどり銀行 新宿支店", "東都銀行 本店営業部", "北斗信用金庫 中央支店", "ゆうちょ銀行 〇一八支店",
          "あさひ野銀行 横浜駅前支店", "関東中央銀行 大宮支店"]
_rows = [["講師謝金 支払対象者一覧（2025年度上期）"], ["No", "氏名", "フリガナ", "住所", "個人番号", "研修名", "謝金額", "金融機関", "口座種別", "口座番号", "口座名義"]]
for i, x in enumerate(_p):
    _rows.append([i + 1, x["name"], x["kana"], f"〒{x['zip']} {x['addr']}", my_number(600 + i),
                  _r.choice(["新任管理職研修", "安全衛生教育", "ビジネス文書講座", "品質管理入門"]),
                  _r.choice([55000, 110000, 165000, 220000]), _banks[i], "普通",
                  f"{_r.randint(1000000, 9999999)}", x["kana"]])
MESSAGES.append(dict(
    id="evt-006",
    sender="経理部 福永 <fukunaga@hinode-sangyo.co.jp>",
    to=["ペイロールサポート 御中 <ps-desk@payroll-support.co.jp>"],
    subject="上期 外部講師謝金データ（支払調書用）",
    charset="cp932",
    body="""ペイロールサポート株式会社
ご担当者様

いつもお世話になっております。
上期分の外部講師謝金データを添付のとおりお送りします。
6名分、個人番号・振込口座を含みます。
取扱いにはご注意ください。

日の出産業㈱ 経理部 福永
""",
    attachments=[{"kind": "xlsx", "name": "講師謝金_上期.xlsx", "sheets": {"支払対象者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six lecturers' My Numbers, addresses and bank accounts in an XLSX to the payroll outsourcer",
))

# evt-007: training results & attendance, tab-separated, to the client's HR
_p = people(7, 18, born=(1995, 2003))
_r = rnd(7)
_lines = ["社員番号\t氏名\t1日目\t2日目\t3日目\t確認テスト\t判定"]
for x in _p:
    att = [_r.choice(["出", "出", "出", "出", "遅", "欠"]) for _ in range(3)]
    sc = _r.randint(48, 98)
    _lines.append(f"KD{_r.randint(24000, 24999)}\t{x['name_ns']}\t" + "\t".join(att)
                  + f"\t{sc}\t{'合格' if sc >= 60 and '欠' not in att else '再受講'}")
MESSAGES.append(dict(
    id="evt-007",
    sender="人材開発部 研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["川崎電機 人事部 教育担当 大江様 <oe-t@kawasaki-denki.co.jp>"],
    subject="新入社員合同研修（第2期）受講結果のご報告",
    charset="cp932",
    body="""川崎電機株式会社
人事部 大江様

いつも大変お世話になっております。
日の出産業 人材開発部の野々村でございます。

先週実施いたしました新入社員合同研修（第2期）について、
貴社ご派遣の18名の出欠および確認テストの結果をご報告いたします。
（出＝出席、遅＝遅刻、欠＝欠席）

""" + "\n".join(_lines) + """

再受講対象の方には、来月の第3期で補講枠をご用意できます。
ご希望があればお知らせください。

――――――――――――――――
日の出産業株式会社 人材開発部 研修課
野々村 翔
TEL：03-5201-7753
――――――――――――――――
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="18 trainees' employee numbers, attendance and test scores, tab-separated, to the client company's HR",
))

# evt-008: accessibility needs (disability) of attendees, in prose, to the hotel venue
MESSAGES.append(dict(
    id="evt-008",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 三好様 <miyoshi@sakura-hotel.jp>"],
    subject="10/24 創立記念式典 ご来賓の配慮事項について",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会営業部 三好様

お世話になっております。日の出産業総務部の鳴海です。
10月24日の創立記念式典につき、ご来賓の配慮事項をお知らせいたします。

川崎電機の顧問をされている高嶺 章一様は車椅子をご利用です。
会場入口からお席まで段差のない導線と、ステージ近くの通路側のお席をお願いします。
また、元取締役の砂川 美津子様は聴覚に障害がおありで、手話通訳ではなく
要約筆記をご希望です。スクリーンが見やすい前方中央のお席をご用意ください。
お付き添いのご家族（お嬢様）が1名同伴されます。

当日は弊社の鳴海が受付に立ちますので、何かあればお声がけください。

鳴海 公平
日の出産業株式会社 総務部 総務課
TEL 03-5201-7701 / 携帯 080-3318-2207
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two named guests' disabilities (wheelchair, hearing) described in prose to the hotel",
))

# evt-009: gala dinner dietary needs (halal = religion, allergies = health) per guest, bullets
MESSAGES.append(dict(
    id="evt-009",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Banquet Kitchen <banquet-kitchen@sakura-hotel.jp>"],
    subject="ガラディナー（11/6）特別食のお願い / Special meals",
    charset="utf-8",
    body="""さくらホテル 宴会調理ご担当様

日の出産業の石坂です。11月6日のアジアパートナー会議ガラディナーの特別食です。
テーブル番号と合わせてご確認ください。

・Aテーブル　Mr. Ahmad Faizal bin Rahman（マレーシア）… ハラール対応（ムスリムのため豚・アルコール不可）
・Aテーブル　Ms. Nurul Huda（インドネシア）… ハラール対応
・Bテーブル　Mr. Rajesh Iyer（インド）… ヒンドゥー教のため牛肉不可、ベジタリアン寄りで
・Cテーブル　山野井 聡子 様 … 甲殻類アレルギー（アナフィラキシーの既往あり、エピペン携帯）
・Cテーブル　Mr. David Cohen … コーシャ対応が難しければ魚料理で
・Dテーブル　東郷 健次郎 様 … 糖尿病治療中のため、デザートは低糖のものを
・Eテーブル　Ms. Lin Wei-Ting … 乳製品不可（乳糖不耐症）

ご不明点は前日までにご連絡ください。

石坂 真希 / Maki Ishizaka
日の出産業株式会社 海外営業部
TEL 03-5201-7781
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="seven named guests' religion (halal, Hindu, kosher) and medical conditions (anaphylaxis, diabetes) to the hotel kitchen",
))

# evt-010: hotel rooming list XLSX to the partner hotel
_p = people(10, 32)
_r = rnd(10)
_rows = [["No", "部屋タイプ", "氏名", "カナ", "性別", "IN", "OUT", "携帯番号", "備考"]]
for i, x in enumerate(_p):
    _rows.append([i + 1, _r.choice(["シングル", "シングル", "ツイン(相部屋)", "禁煙シングル"]), x["name"], x["kana"],
                  x["sex"], "10/15", _r.choice(["10/17", "10/17", "10/16"]), x["mobile"],
                  _r.choice(["", "", "", "遅着21時頃", "喫煙", "朝食不要"])])
MESSAGES.append(dict(
    id="evt-010",
    sender="営業企画部 柳沢 <yanagisawa@hinode-sangyo.co.jp>",
    to=["さくらホテル仙台 予約課 <reservation-sendai@sakura-hotel.jp>"],
    subject="【団体予約 No.S-25-1015】ルーミングリスト送付",
    charset="cp932",
    body="""さくらホテル仙台
予約課 御中

お世話になっております。日の出産業の柳沢です。
団体予約（No.S-25-1015）のルーミングリストを添付いたします。
計32名、シングル中心です。相部屋の組合せは備考欄をご覧ください。

チェックイン時の鍵のお渡しは、できれば人数分まとめて当方にお願いします。

柳沢 大地
日の出産業㈱ 営業企画部
03-5201-7732
""",
    attachments=[{"kind": "xlsx", "name": "ルーミングリスト_仙台_1015.xlsx", "sheets": {"rooming": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="32 guests with names, gender and mobile numbers in a rooming list XLSX to the partner hotel",
))

# evt-011: bus manifest with emergency contacts in a PDF to the bus company
_p = people(11, 45, born=(1960, 2002))
_e = people(1011, 45, born=(1940, 1990))
_r = rnd(11)
_tbl = [["号車", "座席", "氏名", "年齢", "緊急連絡先（続柄）", "緊急連絡先TEL"]]
for i, (x, y) in enumerate(zip(_p, _e)):
    _tbl.append([f"{1 + i // 23}号車", f"{i % 23 + 1}", x["name"], str(x["age"]),
                 f"{x['sei']} {y['mei']}（{_r.choice(['妻', '夫', '母', '父', '姉', '兄'])}）", y["mobile"]])
MESSAGES.append(dict(
    id="evt-011",
    sender="総務部 厚生課 矢吹 <yabuki@hinode-sangyo.co.jp>",
    to=["青葉運輸 観光バス事業部 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="社員旅行（10/18-19）乗車名簿",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
観光バス事業部 配車係 御中

いつもお世話になっております。日の出産業 厚生課の矢吹です。
10月18日〜19日の社員旅行につきまして、乗車名簿（緊急連絡先付き）を
PDFでお送りいたします。運行管理上必要とのことでしたので、
各人の緊急連絡先も記載しております。

1号車・2号車とも 7:30 本社前集合、7:45 出発です。

矢吹 千夏
日の出産業株式会社 総務部 厚生課
TEL 03-5201-7705
""",
    attachments=[{"kind": "pdf", "name": "乗車名簿_1018.pdf",
                  "lines": ["社員旅行 乗車名簿（2025年10月18日〜19日）", "日の出産業株式会社 総務部 厚生課", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="45 passengers with age and emergency contacts' phones in a PDF manifest to the bus company",
))

# evt-012: lost-and-found: an attendee's wallet with a driving licence, number in the body
MESSAGES.append(dict(
    id="evt-012",
    sender="展示会運営チーム 坂上 <sakagami@hinode-sangyo.co.jp>",
    to=["東京国際展示場 管理事務所 遺失物係 <ishitsubutsu@tkx-center.or.jp>"],
    subject="拾得物（財布）の照会について",
    charset="iso-2022-jp",
    body="""東京国際展示場 管理事務所
遺失物係 ご担当者様

日の出産業の坂上と申します。
昨日、弊社ブースを訪問されたお客様から、財布を会場内で紛失されたとのご相談がありました。
そちらに届いていないかご確認いただけますでしょうか。

　お名前：葛城 正和 様（カツラギ マサカズ）
　ご連絡先：090-6614-3852
　財布：黒の二つ折り、革製
　中身：現金約2万円、運転免許証（番号 第 3021 1408 5936 号）、社員証

免許証番号はご本人から照合用にと伺ったものです。
見つかりましたら、直接ご本人か私宛にご連絡いただけますと幸いです。

坂上 拓海
日の出産業株式会社 マーケティング部
携帯 070-2281-6640
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a visitor's driving licence number (identity document) with name and phone to the venue's lost-property office",
))

# evt-013: photo consent list of children at the family event, DOCX table, to the photographer
_k = people(13, 22, born=(2012, 2021), female=0.5)
_pa = people(1013, 22, born=(1978, 1992))
_r = rnd(13)
_tbl = [["No", "お子さまのお名前", "年齢", "保護者", "所属", "写真掲載（社内報）", "写真掲載（Web）"]]
for i, (c, g) in enumerate(zip(_k, _pa)):
    ok1 = _r.choice(["可", "可", "可", "不可"])
    ok2 = "不可" if ok1 == "不可" else _r.choice(["可", "不可"])
    _tbl.append([str(i + 1), f"{g['sei']} {c['mei']}", f"{2025 - c['dob'].year}歳", f"{g['sei']} {g['mei']}",
                 _r.choice(["製造部", "営業部", "総務部", "技術開発部", "品質保証部"]), ok1, ok2])
MESSAGES.append(dict(
    id="evt-013",
    sender="広報部 社内報担当 北条 <hojo@hinode-sangyo.co.jp>",
    to=["フォトスタジオ ひなた 日向様 <hinata@studio-hinata.jp>"],
    subject="ファミリーデー撮影　掲載可否リスト",
    charset="utf-8",
    body="""スタジオひなた
日向様

先日はファミリーデーの撮影をありがとうございました。
日の出産業 広報部の北条です。

お子さまの写真の掲載可否をまとめたリストを添付します。
「不可」のお子さまが写っているカットは、納品前に除外またはぼかし処理をお願いいたします。
顔写真との照合のため、受付時の名札番号順に並べています。

北条 めぐみ
日の出産業株式会社 広報部
""",
    attachments=[{"kind": "docx", "name": "ファミリーデー_写真掲載可否.docx",
                  "paragraphs": ["ファミリーデー2025 写真掲載 同意確認リスト", "2025年9月13日（土）実施分"],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="22 children's names and ages with their parent and department, photo consent, DOCX table to the photographer",
))

# evt-014: survey export with respondents' e-mail and free-text naming people, CSV to the agency
_p = people(14, 30)
_r = rnd(14)
_cm = ["講師の{n}先生の説明がとても分かりやすかった", "受付の{n}さんの対応が丁寧でした", "特になし",
       "休憩時間をもう少し長く", "{n}さんのデモが印象的。資料がほしい", "会場が寒かった",
       "前回参加した{n}さんの紹介で来ました", "質疑応答の時間が短い"]
_names = ["戸倉", "三上", "日比野", "園田", "唐沢"]
_rows = [["回答ID", "回答日時", "メールアドレス", "年代", "性別", "満足度", "自由記述"]]
for i, x in enumerate(_p):
    _rows.append([f"R{1000 + i}", f"2025-09-{_r.randint(10, 14)} {_r.randint(9, 21)}:{_r.randint(0, 59):02d}",
                  x["email"], f"{(x['age'] // 10) * 10}代", x["sex"], _r.randint(1, 5),
                  _r.choice(_cm).format(n=_r.choice(_names))])
MESSAGES.append(dict(
    id="evt-014",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["リサーチラボ 分析チーム <analysis@research-lab.co.jp>"],
    subject="セミナーアンケート raw データ",
    charset="utf-8",
    body="""リサーチラボ 分析チーム
ご担当者様

日の出産業 国分です。
先日のオンラインセミナーのアンケート回答データ（30件）を送ります。
フォームから書き出したそのままのCSVです。集計レポートは来週中を目処にお願いできれば。

国分
""",
    attachments=[{"kind": "csv", "name": "survey_raw_0915.csv", "rows": _rows, "encoding": "utf-8-sig"}],
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="30 survey responses with respondents' e-mail, age band and gender (no name column), CSV to the analysis firm",
))

# evt-015: look-alike of sakura-hotel.jp (digit 1 for l), short rooming list
MESSAGES.append(dict(
    id="evt-015",
    sender="営業部 大河内 <okochi@hinode-sangyo.co.jp>",
    to=["さくらホテル 予約係 <yoyaku@sakura-hote1.jp>"],
    subject="11/12 宿泊予約（4名）",
    charset="iso-2022-jp",
    body="""さくらホテル 予約係 御中

お世話になっております。日の出産業 営業部の大河内です。
11月12日（水）1泊、下記4名の宿泊をお願いいたします。

　大河内 隆之　シングル
　小田切 晴美　シングル
　岩城 邦夫　　シングル
　星野 瑞穂　　シングル

法人契約料金にてお願いします。請求書は本社経理部宛でお願いいたします。

大河内 隆之
日の出産業株式会社 営業部
TEL 03-5201-7721
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="booking for four named staff sent to sakura-hote1.jp, a look-alike of the partner sakura-hotel.jp",
))

# evt-016: look-alike of aoba-unyu.co.jp (co. dropped), schedule only
MESSAGES.append(dict(
    id="evt-016",
    sender="総務部 厚生課 矢吹 <yabuki@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車係 <haisha@aoba-unyu.jp>"],
    subject="Re: 社員旅行 バス行程表（確定版）",
    charset="cp932",
    body="""青葉運輸 配車係 御中

お世話になっております。日の出産業の矢吹です。
行程表を確定版に差し替えました。変更点は2日目の昼食会場のみです。

【1日目】10/18（土）
　07:45　本社前 出発
　10:30　道の駅 うつのみや ろまんちっく村（休憩）
　12:00　日光 昼食（華厳亭）
　15:30　鬼怒川温泉 ホテル着

【2日目】10/19（日）
　09:00　ホテル出発
　11:30　昼食会場（変更）→ 今市 そば処 はるな
　17:00　本社前 解散

台数：大型2台（45名）
よろしくお願いいたします。

矢吹
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="schedule with no personal data but to aoba-unyu.jp, a look-alike (co. dropped) of partner aoba-unyu.co.jp",
))

# evt-017: look-alike of sakura-hotel.jp (hyphen dropped), banquet order
MESSAGES.append(dict(
    id="evt-017",
    sender="Nozomi Arakawa <n-arakawa@hinode-sangyo.co.jp>",
    to=["宴会予約 <banquet@sakurahotel.jp>"],
    subject="懇親会 料理・飲物のご相談",
    charset="utf-8",
    body="""さくらホテル 宴会予約ご担当様

いつもありがとうございます。日の出産業 荒川です。
12月5日（金）18:30〜の販売店懇親会について、以下でお見積りをお願いできますか。

- 人数：80名（立食）
- 料理：和洋折衷ブッフェ 1名 8,000円コース
- 飲物：フリードリンク 2時間（ビール・ウイスキー・ソフトドリンク）
- 会場：3F 桜の間
- 司会台・マイク2本・プロジェクター

前回（6月）と同じ構成で問題ありません。
よろしくお願いいたします。

荒川 希
日の出産業株式会社 営業推進部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="ordinary banquet order to sakurahotel.jp, a look-alike (hyphen dropped) of partner sakura-hotel.jp",
))

# evt-018: look-alike of aoba-unyu.co.jp (letter added), airport transfer list of 3
MESSAGES.append(dict(
    id="evt-018",
    sender="海外営業部 石坂 <m-ishizaka@hinode-sangyo.co.jp>",
    to=["青葉運輸 ハイヤー課 <hire@aoba-unyuu.co.jp>"],
    subject="空港送迎のお願い（11/5 羽田着）",
    charset="iso-2022-jp",
    body="""青葉運輸 ハイヤー課 ご担当者様

日の出産業 海外営業部の石坂です。
アジアパートナー会議の海外ゲスト送迎をお願いいたします。

　日時：11月5日（水）14:20 羽田空港第3ターミナル着（NH886）
　人数：3名（Ahmad様、Nurul様、Lin様）
　行先：さくらホテル東京（港区）
　車両：ワゴン1台

ネームボードは弊社で用意いたします。
よろしくお願いいたします。

石坂 真希
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="transfer request to aoba-unyuu.co.jp, a look-alike (letter added) of partner aoba-unyu.co.jp",
))

# evt-019: look-alike sakura-hotel.co.jp (TLD swapped) with a rooming list of 20
_p = people(19, 20)
_r = rnd(19)
_lines = []
for i, x in enumerate(_p):
    _lines.append(f"{i + 1:>2}. {x['ROMA']:<24} {x['sex_e']}  {_r.choice(['SGL', 'SGL', 'TWN'])}  {x['mobile']}")
MESSAGES.append(dict(
    id="evt-019",
    sender="営業企画部 柳沢 <yanagisawa@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Osaka Reservations <reservations-osaka@sakura-hotel.co.jp>"],
    subject="Rooming list: Hinode Sangyo group, 20 pax, Nov 20-21",
    charset="utf-8",
    body="""Dear Reservations Team,

Please find below our rooming list for the group booking (Nov 20 - 21, 1 night).

No. NAME                     Sex Room Mobile
""" + "\n".join(_lines) + """

Breakfast included for all. Invoice to Hinode Sangyo Co., Ltd., Accounting Dept.

Best regards,
Daichi Yanagisawa
Hinode Sangyo Co., Ltd. / Sales Planning
+81-3-5201-7732
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "lookalike_domain"],
    note="20-guest rooming list with romaji names and mobiles sent to sakura-hotel.co.jp (TLD look-alike of sakura-hotel.jp)",
))

# evt-020: look-alike of the own domain: an internal exhibitor staff list sent to hinode-sangyou.co.jp
_p = people(20, 9, mail_domain="hinode-sangyo.co.jp")
_r = rnd(20)
_lines = [f"・{x['name']}（{_r.choice(['営業1課', '営業2課', '技術サービス課', '企画課'])}） {zen(x['mobile'], iso=False)}" for x in _p]
MESSAGES.append(dict(
    id="evt-020",
    sender="営業企画部 尾崎 <ozaki@hinode-sangyo.co.jp>",
    to=["尾崎 <ozaki@hinode-sangyo.co.jp>"],
    cc=["説明員各位 <booth-staff@hinode-sangyou.co.jp>"],
    subject="展示会ブース説明員 シフトと緊急連絡先",
    charset="cp932",
    body="""説明員の皆さん

お疲れさまです。尾崎です。
来週の展示会ブース説明員の緊急連絡先一覧です。各自の携帯に登録しておいてください。

""" + "\n".join(_lines) + """

シフト表は共有フォルダ（\\\\fs01\\営業企画\\展示会2025）にあります。
会場での集合は8:15、東4ホール 小間B-12です。

尾崎
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "lookalike_domain"],
    note="nine staff mobiles meant for colleagues but Cc to hinode-sangyou.co.jp, a look-alike of the own domain",
))

# evt-021: one mail to four vendors at once, all in To
MESSAGES.append(dict(
    id="evt-021",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["装飾 ディスプレイ工房 <info@display-kobo.co.jp>",
        "音響 サウンドエイト 安藤様 <ando@sound8.jp>",
        "北国フーズ ケータリング <catering@kitaguni-foods.co.jp>",
        "東京ガードサービス 営業部 <eigyo@tokyo-guard.co.jp>"],
    subject="【ものづくりフェア2025】搬入スケジュールのご連絡",
    charset="iso-2022-jp",
    body="""協力会社各位

お世話になっております。日の出産業 イベント推進課の村井です。
ものづくりフェア2025の搬入出スケジュールが確定しましたのでお知らせします。

　搬入：10月7日（火）13:00〜20:00（東4ホール 搬入口C）
　会期：10月8日（水）〜10日（金）10:00〜17:00
　搬出：10月10日（金）17:30〜21:00

車両証は1社2枚まで、前日までに各社へ郵送いたします。
ご不明な点はお気軽にお問い合わせください。

村井 彩乃
日の出産業株式会社 営業企画部 イベント推進課
TEL 03-5201-7731
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four different vendors' addresses visible to each other in To (should have been Bcc)",
))

# evt-022: English mail to six overseas exhibitors in To
MESSAGES.append(dict(
    id="evt-022",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Kevin Tan <kevin.tan@meridian-automation.com.sg>", "Priya Nair <priya@nairtech.in>",
        "Thomas Weber <t.weber@weber-antriebe.de>", "Emily Ruiz <eruiz@coastline-robotics.com>",
        "Nguyen Van Long <long.nv@saigonmech.vn>", "Chen Jia <chenjia@huaxin-sensor.cn>"],
    subject="Japan Industrial Partner Expo 2025 - exhibitor briefing on Oct 6",
    charset="utf-8",
    body="""Dear exhibitors,

Thank you for joining the Hinode Sangyo partner pavilion at Japan Industrial Partner Expo 2025.

We will hold an online exhibitor briefing on Monday, October 6, 16:00 JST (Zoom link to follow).
Topics:
  1. Booth handover and move-in schedule
  2. Shipping of exhibits through our forwarder
  3. Badge collection and lead-scanner rental

Please reply with the names of the staff who will attend the briefing by October 1.

Kind regards,
Maki Ishizaka
Overseas Sales Dept., Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-7781
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="six overseas exhibitors from six companies all in To, visible to each other",
))

# evt-023: invitation to five private persons, all in To
MESSAGES.append(dict(
    id="evt-023",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["tsukasa.m1978@gmail.com", "hiro-kanemaru@yahoo.co.jp", "saki_nodera@outlook.jp",
        "k.uematsu@icloud.com", "tamaki-y0512@docomo.ne.jp"],
    subject="公開講座「はじめての生産管理」受講決定のお知らせ",
    charset="iso-2022-jp",
    body="""受講者各位

このたびは日の出産業 公開講座「はじめての生産管理」にお申込みいただき、
誠にありがとうございます。受講が決定しましたのでお知らせいたします。

　日時：2025年11月8日（土）10:00〜16:00
　会場：日の出産業 本社ビル 8F 研修室
　持ち物：筆記用具、電卓

受講料のお振込み案内は別途お送りします。

日の出産業株式会社 人材開発部 研修課
早川 ゆかり
TEL 03-5201-7752
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private participants on free mail in To can see each other's addresses",
))

# evt-024: forward (FW:) of a participant list to the caterer
_p = people(24, 12)
_r = rnd(24)
_lines = [f"{x['name']}\t{x['mobile']}\t{_r.choice(['通常', '通常', 'ベジタリアン', '通常'])}" for x in _p]
MESSAGES.append(dict(
    id="evt-024",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング 室井様 <muroi@kitaguni-foods.co.jp>"],
    subject="FW: 工場見学会 参加者リスト（確定）",
    charset="cp932",
    body="""室井様

お世話になっております。日の出産業の鳴海です。
工場見学会のお弁当の件、参加者リストが確定したとのことで、
社内で回ってきたメールをそのまま転送します。人数は12名です。

-----Original Message-----
From: 杉浦 智子 <sugiura@hinode-sangyo.co.jp>
Sent: Tuesday, September 16, 2025 5:42 PM
To: 鳴海 公平 <narumi@hinode-sangyo.co.jp>
Subject: 工場見学会 参加者リスト（確定）

鳴海さん

工場見学会の参加者が確定しました。
当日連絡用に携帯番号も入れています。

氏名\t携帯\t食事
""" + "\n".join(_lines) + """

杉浦
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail listing 12 participants with mobiles to an external caterer (forward counts as new text)",
))

# evt-025: forward as an attached .eml carrying a participant CSV
_p = people(25, 16)
_r = rnd(25)
_rows = [["氏名", "会社名", "電話", "メール", "参加区分"]]
for x in _p:
    co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
    _rows.append([x["name"], co, x["tel"], f"{x['sei_r'].lower()}.{x['mei_r'].lower()}@{dom}", _r.choice(["会場", "オンライン"])])
MESSAGES.append(dict(
    id="evt-025",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["配信センター 小西様 <konishi@webinar-haishin.jp>"],
    subject="転送：ハイブリッドセミナー 申込者一覧",
    charset="utf-8",
    body="""小西様

お世話になっております、日の出産業 国分です。
申込者一覧のメールを添付で転送します。オンライン参加の方への
視聴URL送付をお願いします（会場参加の方も念のため送付対象で構いません）。

国分
""",
    attachments=[{"kind": "eml", "name": "申込者一覧.eml", "message": dict(
        sender="杉浦 智子 <sugiura@hinode-sangyo.co.jp>",
        to=["国分 <kokubu@hinode-sangyo.co.jp>"],
        subject="ハイブリッドセミナー 申込者一覧",
        charset="utf-8",
        body="国分さん\n\n申込締切時点の一覧です。16名。\n\n杉浦\n",
        attachments=[{"kind": "csv", "name": "申込者一覧.csv", "rows": _rows, "encoding": "cp932"}],
    )}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an internal mail forwarded as .eml whose CSV lists 16 applicants with phone and e-mail, to an external streaming firm",
))

# ---------------------------------------------------------------------------------------
# evt-026 … evt-055
# ---------------------------------------------------------------------------------------

# evt-026: 社外秘 only in the header of an attached DOCX (budget plan, no personal data)
MESSAGES.append(dict(
    id="evt-026",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["ディスプレイ工房 設計部 梶原様 <kajiwara@display-kobo.co.jp>"],
    subject="ブース装飾のご提案依頼（資料送付）",
    charset="iso-2022-jp",
    body="""ディスプレイ工房
梶原様

お世話になっております。日の出産業の村井です。
先日のお打合せありがとうございました。
ブースのコンセプトと予算感をまとめた資料を添付しますので、
こちらを前提にデザイン案をご提案いただけますでしょうか。

提出期限：10月3日（金）
小間サイズ：6m×9m（角小間）

よろしくお願いいたします。

村井 彩乃
日の出産業株式会社 営業企画部 イベント推進課
TEL 03-5201-7731
""",
    attachments=[{"kind": "docx", "name": "ブース企画概要_v3.docx",
                  "page_header": "社外秘　日の出産業株式会社 営業企画部",
                  "paragraphs": ["ものづくりフェア2025 出展企画概要",
                                 "1. 出展目的：新型搬送ユニットHS-400シリーズの認知拡大と商談化",
                                 "2. 目標：名刺獲得 1,200枚、商談化 80件",
                                 "3. 予算：装飾 680万円、運営 240万円、ノベルティ 95万円（合計1,015万円）",
                                 "4. 発表予定：HS-400L（未発表製品）を初披露。11/1プレスリリースまで詳細非公開"],
                  "tables": [[["項目", "金額（万円）"], ["装飾・施工", "680"], ["運営・人件費", "240"], ["ノベルティ", "95"]]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries a 社外秘 stamp in its page header only; no personal data",
))

# evt-027: PPAP: password-protected ZIP of the attendee list to the venue
_p = people(27, 30)
_r = rnd(27)
_rows = [["氏名", "会社", "携帯", "宿泊"]]
for x in _p:
    _rows.append([x["name"], _COMPANIES[_r.randrange(len(_COMPANIES))][0], x["mobile"], _r.choice(["有", "無"])])
MESSAGES.append(dict(
    id="evt-027",
    sender="営業推進部 荒川 <n-arakawa@hinode-sangyo.co.jp>",
    to=["リゾートホテル蓼科 営業課 <sales@tateshina-resort.jp>"],
    subject="販売店会議 参加者名簿（パスワード別送）",
    charset="iso-2022-jp",
    body="""リゾートホテル蓼科
営業課 ご担当者様

お世話になっております。日の出産業の荒川です。
販売店会議の参加者名簿をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

荒川 希
日の出産業株式会社 営業推進部
""",
    attachments=[{"kind": "zip", "name": "参加者名簿.zip", "password": "Hnd2025!tate",
                  "files": [{"kind": "xlsx", "name": "参加者名簿.xlsx", "sheets": {"名簿": _rows}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external hotel: the attachment cannot be inspected",
))

# evt-028: corrupt XLSX named as an exhibitor roster
MESSAGES.append(dict(
    id="evt-028",
    sender="マーケティング部 展示会チーム 岸本 <r-kishimoto@hinode-sangyo.co.jp>",
    to=["関東産業機器展 事務局 <office@kanto-sangyoki-ten.jp>"],
    subject="出展者スタッフ登録票の提出",
    charset="cp932",
    body="""関東産業機器展 事務局 御中

いつもお世話になっております。
日の出産業株式会社（小間番号 B-12）の岸本です。

出展者スタッフ登録票を提出いたします。
ご確認のほどよろしくお願いいたします。

岸本 亮太
日の出産業株式会社 マーケティング部 展示会チーム
TEL 03-5201-7745
""",
    attachments=[{"kind": "corrupt", "name": "出展者スタッフ登録票_B-12.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX (a staff registration form) is corrupt and cannot be inspected",
))

# evt-029: encrypted PDF of a speaker contract
MESSAGES.append(dict(
    id="evt-029",
    sender="法務部 真壁 <makabe@hinode-sangyo.co.jp>",
    to=["講演依頼窓口 <office@speakers-bureau.jp>"],
    subject="基調講演 業務委託契約書（署名版）",
    charset="utf-8",
    body="""スピーカーズビューロー
ご担当者様

お世話になっております。日の出産業 法務部の真壁です。
基調講演の業務委託契約書（弊社押印済み）をPDFでお送りします。
PDFを開くためのパスワードは、先日お電話でお伝えしたものです。

ご確認のうえ、ご署名いただいた原本を2部ご返送ください。

真壁 光
日の出産業株式会社 法務部
""",
    attachments=[{"kind": "pdf", "name": "業務委託契約書_基調講演.pdf", "password": "kc-0917",
                  "lines": ["業務委託契約書", "日の出産業株式会社（以下「甲」）と株式会社スピーカーズビューロー（以下「乙」）は…",
                            "第1条（委託業務）基調講演の実施", "第2条（報酬）金500,000円（税別）"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF contract to an external agency: cannot be inspected",
))

# evt-030: passports of staff travelling to an overseas show, to the travel agency
_p = people(30, 6, born=(1970, 1998))
_r = rnd(30)
_lines = []
for x in _p:
    _lines.append(f"{x['ROMA']:<24}{x['dob'].strftime('%d %b %Y'):<14}{x['sex_e']:<4}"
                  f"{_r.choice(['TK', 'TR', 'TZ', 'MZ'])}{_r.randint(1000000, 9999999)}   "
                  f"{date(2029 + _r.randint(0, 5), _r.randint(1, 12), _r.randint(1, 28)).strftime('%d %b %Y')}")
MESSAGES.append(dict(
    id="evt-030",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Global Travel Desk <corporate@global-tabi.co.jp>"],
    subject="Flight booking for Hannover Messe - passenger details",
    charset="utf-8",
    body="""グローバル旅行 法人デスク
ご担当者様

お世話になっております。日の出産業 海外営業部の石坂です。
ハノーバーメッセ出張の航空券手配について、搭乗者情報を送ります。
（パスポート記載どおりのローマ字表記です）

NAME                    DOB           SEX PASSPORT NO.  EXPIRY
""" + "\n".join(_lines) + """

往路：3/29 HND→FRA、復路：4/4 FRA→HND、全員エコノミー（PY可）
ESTAの要否を含め、ビザ関係の確認もお願いします。

石坂 真希
日の出産業株式会社 海外営業部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="six travellers' passport numbers with dates of birth to the travel agency",
))

# evt-031: a lecturer's medical condition in running text to the venue
MESSAGES.append(dict(
    id="evt-031",
    sender="人材開発部 研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["研修センター木更津 施設担当 <shisetsu@kisarazu-kenshu.jp>"],
    subject="来週の合宿研修 講師控室について",
    charset="iso-2022-jp",
    body="""研修センター木更津
施設ご担当者様

日の出産業の野々村です。来週の合宿研修ではお世話になります。

講師の綿貫 昭一先生ですが、心臓にペースメーカーを入れていらっしゃるため、
控室は研修室と同じフロアで、エレベーターに近いお部屋をご用意いただけないでしょうか。
また、昨年狭心症で入院されたこともあり、念のためAEDの設置場所を
事前に先生にお伝えしたいので、教えていただけると助かります。

よろしくお願いいたします。

野々村 翔
日の出産業株式会社 人材開発部 研修課
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named lecturer's pacemaker and heart disease history in prose to the training venue",
))

# evt-032: absences with medical reasons per trainee, to the client HR
_p = people(32, 8, born=(1985, 2001))
_reasons = ["インフルエンザのため欠席（診断書あり）", "うつ病で休職中のため受講見送り", "腰椎椎間板ヘルニアの手術で入院",
            "私用により遅刻", "妊娠中・つわりのため午後早退", "通院（糖尿病の定期検査）のため欠席",
            "忌引き", "適応障害の診断により当面休講"]
_lines = []
for x, why in zip(_p, _reasons):
    _lines.append(f"■{x['sei']}{x['mei']}さん（{x['age']}歳）\n　→ {why}")
MESSAGES.append(dict(
    id="evt-032",
    sender="研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["東邦精機 総務人事課 <jinji@toho-seiki.co.jp>"],
    subject="階層別研修 欠席・早退者の状況",
    charset="cp932",
    body="""東邦精機株式会社
総務人事課 ご担当者様

お世話になっております。日の出産業 研修課の野々村です。
9月の階層別研修において、欠席・早退のあった方の状況をまとめました。
補講日程の調整にご活用ください。

""" + "\n\n".join(_lines) + """

以上8名です。

野々村
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eight trainees' absences with diagnoses (depression, hernia, diabetes…) one block per person to the client HR",
))

# evt-033: list without a name column: registration IDs with e-mail, phone, birth date
_p = people(33, 30)
_r = rnd(33)
_rows = [["reg_id", "email", "tel", "birth", "pref", "optin"]]
for i, x in enumerate(_p):
    _rows.append([f"HS{_r.randint(100000, 999999)}", x["email"], x["mobile"].replace("-", ""),
                  x["dob"].strftime("%Y/%m/%d"), x["addr"][:3], _r.choice(["1", "1", "0"])])
MESSAGES.append(dict(
    id="evt-033",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["ダイレクトメール配信 担当 <dm@mailhouse-tokyo.co.jp>"],
    subject="来場御礼メール 配信リスト",
    charset="utf-8",
    body="""メールハウス東京
ご担当者様

日の出産業の国分です。
来場御礼メールの配信リストをお送りします。optin=1 の方のみ配信対象です。
文面は昨日お送りしたものでお願いします。

配信日時：9/26（金）10:00

国分
""",
    attachments=[{"kind": "csv", "name": "thanks_mail_list.csv", "rows": _rows, "encoding": "utf-8"}],
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="30 visitors' e-mail, phone and birth date with no name column, CSV to a mailing house",
))

# evt-034: visitor list in a PDF table without headers to the printer (DM)
_p = people(34, 24)
_tbl = []
for x in _p:
    _tbl.append([f"〒{x['zip']}", x["addr"], f"{x['name']} 様"])
MESSAGES.append(dict(
    id="evt-034",
    sender="日の出産業 広報部 長沼 <naganuma@hinode-sangyo.co.jp>",
    to=["錦印刷 DM課 <dm@nishiki-insatsu.co.jp>"],
    subject="宛名ラベル印刷のお願い",
    charset="iso-2022-jp",
    body="""錦印刷 DM課 御中

日の出産業の長沼です。いつもありがとうございます。
秋の内覧会の案内状、宛名ラベル分をPDFで添付いたします。
24件です。ラベルはA4 12面でお願いします。

長沼
""",
    attachments=[{"kind": "pdf", "name": "label_1001.pdf", "lines": [], "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="24 private addresses with names, no header row, in a PDF to the printer for mailing labels",
))

# evt-035: prize winners one block per person to the shipping vendor
_p = people(35, 6)
_r = rnd(35)
_prizes = ["A賞 ロボット掃除機", "B賞 カタログギフト", "B賞 カタログギフト", "C賞 QUOカード3,000円", "C賞 QUOカード3,000円", "C賞 QUOカード3,000円"]
_blocks = []
for i, (x, pz) in enumerate(zip(_p, _prizes)):
    _blocks.append(f"【{i + 1}】{pz}\n　お名前：{x['name']}\n　ご住所：〒{x['zip']} {x['addr']}\n　お電話：{x['mobile']}")
MESSAGES.append(dict(
    id="evt-035",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["ギフト発送センター 担当 <hassou@gift-center.co.jp>"],
    subject="来場者抽選会 当選者への賞品発送依頼",
    charset="iso-2022-jp",
    body="""ギフト発送センター
ご担当者様

お世話になっております。日の出産業の国分でございます。
展示会の来場者抽選会の当選者が決まりましたので、賞品の発送をお願いいたします。

""" + "\n\n".join(_blocks) + """

のし不要、送り主は日の出産業株式会社 マーケティング部でお願いします。
10月末までの到着で問題ございません。

国分
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six prize winners' names, home addresses and mobiles, one block per person, to the shipping vendor",
))

# evt-036: five participants' phones in running text to the bus company
MESSAGES.append(dict(
    id="evt-036",
    sender="総務部 厚生課 矢吹 <yabuki@hinode-sangyo.co.jp>",
    to=["青葉運輸 観光バス事業部 運転手控室 <driver-room@aoba-unyu.co.jp>"],
    subject="明日の途中乗車の方について",
    charset="cp932",
    body="""青葉運輸 ドライバーの皆様

日の出産業の矢吹です。明日はよろしくお願いします。
途中の海老名SAから乗車する者が5名おりますので、念のため連絡先をお伝えします。
遅れている場合は直接電話してください。

製造部の鬼頭さん（090-4418-2276）と羽鳥さん（080-5562-0913）は
小田原工場から車で向かいます。品質保証部の宇佐美さんは070-6630-1185、
営業所からの合流が丹羽さん 090-2207-8841、それから
技術部の荻原さん（080-1193-4470）です。

到着予定は8:40です。
矢吹
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five employees' mobile numbers given in running text (no table) to the bus company",
))

# evt-037: booth staff emergency contacts in full-width digits to the show secretariat
_p = people(37, 7, born=(1970, 1999))
_r = rnd(37)
_lines = []
for x in _p:
    _lines.append(f"　{x['sei']}　{x['mei']}\u3000\u3000{zen(x['mobile'])}\u3000（緊急時：{zen(x['tel'])}）")
MESSAGES.append(dict(
    id="evt-037",
    sender="営業企画部 尾崎 <ozaki@hinode-sangyo.co.jp>",
    to=["ものづくりフェア 運営事務局 <unei@monozukuri-fair.jp>"],
    subject="出展者緊急連絡先届（小間B−12 日の出産業）",
    charset="iso-2022-jp",
    body="""ものづくりフェア 運営事務局 御中

小間Ｂ−１２ 日の出産業株式会社の尾崎です。
出展者マニュアルに従い、会期中の緊急連絡先を届け出ます。

""" + "\n".join(_lines) + """

責任者は尾崎（上記一番目）ではなく、営業企画部長の小田切になります。
よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven booth staff with mobiles and home numbers in full-width digits to the show secretariat",
))

# evt-038: an attendee's credit card for the guarantee, to the hotel
_cc = card_number(38)
MESSAGES.append(dict(
    id="evt-038",
    sender="Nozomi Arakawa <n-arakawa@hinode-sangyo.co.jp>",
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="予約番号 SH-772106 ギャランティーのカード情報",
    charset="utf-8",
    body=f"""さくらホテル 予約センター ご担当者様

日の出産業 荒川です。
販売店会議にご招待している丸八商店の中嶋 克己様のご宿泊（予約番号 SH-772106）について、
ご本人よりお預かりしたカードでギャランティーをお願いしたいとのことです。

カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
有効期限：08/28
名義：KATSUMI NAKAJIMA

よろしくお願いいたします。
荒川
""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a guest's credit card number and expiry sent to the hotel in the body",
))

# evt-039: health insurance card numbers for the overnight training's travel insurance
_p = people(39, 10, born=(1993, 2002))
_r = rnd(39)
_rows = [["氏名", "生年月日", "保険者番号", "記号", "番号"]]
for x in _p:
    _rows.append([x["name"], wareki(x["dob"], "abbr"), "06130817", f"{_r.randint(10, 99)}", f"{_r.randint(100, 9999)}"])
MESSAGES.append(dict(
    id="evt-039",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["あんしん損保代理店 法人係 <hojin@anshin-agency.co.jp>"],
    subject="合宿研修 国内旅行傷害保険の加入者情報",
    charset="cp932",
    body="""あんしん損保代理店
法人係 ご担当者様

お世話になっております。日の出産業 人材開発部の早川です。
来月の新人フォロー合宿（10名）の傷害保険加入者情報をお送りします。
健康保険証の記号・番号もご依頼どおり記載しています。

早川
""",
    attachments=[{"kind": "csv", "name": "合宿研修_保険加入者.csv", "rows": _rows, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="ten trainees with 和暦 birth dates and health insurance card symbol/number in a CSV to the insurance agent",
))

# evt-040: PPTX with a staff deployment slide (names + mobiles) to the event agency
_p = people(40, 8, born=(1975, 2000))
_r = rnd(40)
_sl = ["当日スタッフ配置・連絡先"] + [f"{x['name']}　{_r.choice(['受付', '誘導', 'ステージ', '物販', 'VIP対応'])}　{x['mobile']}" for x in _p]
MESSAGES.append(dict(
    id="evt-040",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["イベントクリエイト 制作部 青柳様 <aoyagi@event-create.co.jp>"],
    subject="周年イベント 運営計画書（最新版）",
    charset="cp932",
    body="""青柳様

いつもお世話になっております。日の出産業 広報部の北条です。
運営計画書を最新版に更新しました。主な変更はタイムテーブルとスタッフ配置です。
当日の連絡用に各スタッフの携帯番号も入れています。

北条
""",
    attachments=[{"kind": "pptx", "name": "周年イベント運営計画_v5.pptx", "slides": [
        ["日の出産業 創立70周年イベント 運営計画", "2025年11月22日（土）", "会場：さくらホール"],
        ["タイムテーブル", "12:00 開場", "13:00 開会・社長挨拶", "14:30 記念講演", "16:00 懇親会"],
        _sl,
        ["緊急時の対応", "体調不良者は救護室（1F）へ", "地震発生時は係員の指示に従う"]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a PPTX slide lists eight staff with their mobile numbers, sent to the event agency",
))

# evt-041: legacy XLS of past visitors to the exhibition organiser
_p = people(41, 50)
_r = rnd(41)
_rows = [["会社名", "氏名", "部署", "役職", "TEL", "E-MAIL", "住所"]]
for x in _p:
    co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
    _rows.append([co, x["name"], _r.choice(["購買", "生産技術", "設備保全", "経営企画"]), _r.choice(["", "課長", "主任", "部長"]),
                  x["tel"], f"{x['mei_r'].lower()}.{x['sei_r'].lower()}@{dom}", x["addr"]])
MESSAGES.append(dict(
    id="evt-041",
    sender="マーケティング部 岸本 <r-kishimoto@hinode-sangyo.co.jp>",
    to=["北関東テクノフェア 実行委員会 <info@kitakanto-techno.or.jp>"],
    subject="招待状送付先リスト（昨年来場者）",
    charset="cp932",
    body="""北関東テクノフェア実行委員会 御中

日の出産業の岸本です。
招待状の発送代行の件、昨年の弊社ブース来場者リストをお送りします。
古いExcel形式（.xls）のままで申し訳ありません。50件です。

岸本
""",
    attachments=[{"kind": "xls", "name": "2024来場者.xls", "sheets": {"来場者": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="50 past visitors with phone, e-mail and address in a legacy XLS to the organiser",
))

# evt-042: exported registration page (HTML attachment) with 15 registrants
_p = people(42, 15)
_r = rnd(42)
_trs = "\n".join(
    f"<tr><td>{x['kana']}</td><td>{x['name']}</td><td>{x['email']}</td><td>{x['mobile']}</td><td>{_r.choice(['一般', '学生', '一般'])}</td></tr>"
    for x in _p)
MESSAGES.append(dict(
    id="evt-042",
    sender="情報システム部 土門 <domon@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="申込フォーム管理画面の表示崩れについて",
    charset="utf-8",
    body="""ツバサシステム サポートご担当者様

日の出産業 情報システム部の土門です。
イベント申込フォームの管理画面で、一覧の列がずれて表示される不具合があります。
画面をそのまま保存したHTMLを添付しますので、ご確認いただけますか。
（「区分」列がメール列の下に回り込んでいます）

土門
""",
    attachments=[{"kind": "html", "name": "admin_list_snapshot.html", "html":
                  "<html><head><meta charset='utf-8'><title>申込者一覧 - 管理画面</title></head><body>"
                  "<h2>申込者一覧（技術講演会 10/30）</h2><table border='1'>"
                  "<tr><th>フリガナ</th><th>氏名</th><th>メール</th><th>電話</th><th>区分</th></tr>"
                  + _trs + "</table></body></html>"}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a saved admin page (HTML attachment) shows 15 registrants with e-mail and phone, sent to the system vendor",
))

# evt-043: unprotected ZIP with CSV + PDF of seminar attendees to the lecturer's office
_p = people(43, 20)
_r = rnd(43)
_rows = [["No", "Name", "Company", "Tel", "Mail"]]
_tbl = [["No", "氏名", "会社", "電話"]]
for i, x in enumerate(_p):
    co, dom = _COMPANIES[_r.randrange(len(_COMPANIES))]
    _rows.append([i + 1, x["name"], co, x["tel"], f"{x['sei_r'].lower()}@{dom}"])
    _tbl.append([str(i + 1), x["name"], co, x["tel"]])
MESSAGES.append(dict(
    id="evt-043",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["日比野経営研究所 事務局 <jimu@hibino-keiei.jp>"],
    subject="管理職セミナー 受講者名簿・座席表",
    charset="iso-2022-jp",
    body="""日比野経営研究所
事務局 ご担当者様

お世話になっております。日の出産業の早川です。
日比野先生のセミナー受講者名簿と座席表をまとめてZIPでお送りします。
先生にもお渡しいただけますと幸いです。

早川
""",
    attachments=[{"kind": "zip", "name": "セミナー資料_1030.zip", "files": [
        {"kind": "csv", "name": "受講者名簿.csv", "rows": _rows, "encoding": "cp932"},
        {"kind": "pdf", "name": "座席表.pdf", "lines": ["座席表（第1研修室）", ""], "table": _tbl}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an unencrypted ZIP holding a CSV and a PDF of 20 attendees with phone and e-mail",
))

# evt-044: residence card numbers of foreign trainees for a factory-tour entry list
_trainees = [("NGUYEN THI HOA", "ベトナム", "1996/03/14"), ("TRAN VAN DUC", "ベトナム", "1999/11/02"),
             ("SANTOS MARIA CLARA", "フィリピン", "1994/07/21"), ("PUTRI AYU LESTARI", "インドネシア", "2000/01/30"),
             ("BAYARSAIKHAN ENKHJIN", "モンゴル", "1997/05/09")]
_r = rnd(44)
_lines = []
for n, c, d in _trainees:
    _lines.append(f"- {n} / {c} / {d} / 在留カード番号 {''.join(_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{_r.randint(10000000, 99999999)}{''.join(_r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}")
MESSAGES.append(dict(
    id="evt-044",
    sender="技術研修センター 嶋田 <shimada-k@hinode-sangyo.co.jp>",
    to=["川崎電機 横浜工場 守衛所 <gate-yokohama@kawasaki-denki.co.jp>"],
    subject="工場見学 入構者名簿（10/22）",
    charset="utf-8",
    body="""川崎電機株式会社 横浜工場
守衛所 ご担当者様

日の出産業 技術研修センターの嶋田です。
10月22日（水）の工場見学で、技能研修生5名が入構いたします。
入構申請に必要とのことで、在留カード番号を記載しています。

""" + "\n".join(_lines) + """

引率：嶋田 健吾（日の出産業）
到着予定 13:30、正門より入構します。

嶋田
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="five foreign trainees' residence card numbers, nationality and birth dates to the partner's gatehouse",
))

# evt-045: reply-all to five lecturers from different organisations, all visible
MESSAGES.append(dict(
    id="evt-045",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["唐沢 先生 <karasawa@tohoku-kogyo.ac.jp>", "園田 先生 <sonoda@keiei-lab.jp>",
        "三上 様 <mikami@safety-first.co.jp>"],
    cc=["日比野 先生 <hibino@hibino-keiei.jp>", "戸倉 先生 <tokura@tokura-consulting.jp>"],
    subject="Re: 講師打合せ日程のご相談",
    charset="iso-2022-jp",
    body="""講師の先生方

ご回答ありがとうございました。日の出産業の早川です。
皆様のご都合を伺った結果、講師打合せは下記に決定させていただきます。

　日時：10月9日（木）15:00〜16:30
　方法：オンライン（Teams）

接続先は前日までにお送りします。
どうぞよろしくお願いいたします。

早川 ゆかり
日の出産業株式会社 人材開発部 研修課

> 早川様
> 9日午後でしたら調整可能です。
> 唐沢
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five lecturers from five different organisations in To/Cc, visible to each other",
))

# evt-046: a lecturer's own My Number in full-width digits, to his free-mail address
_mn = my_number(46)
MESSAGES.append(dict(
    id="evt-046",
    sender="経理部 福永 <fukunaga@hinode-sangyo.co.jp>",
    to=["高見沢 様 <takamizawa.t55@gmail.com>"],
    subject="個人番号のご確認のお願い",
    charset="cp932",
    body=f"""高見沢 徹 様

いつもお世話になっております。日の出産業 経理部の福永でございます。
先日は社内研修でのご講演、誠にありがとうございました。

支払調書作成のため、ご提出いただいた個人番号を下記のとおり登録いたしました。
お手数ですが、誤りがないかご確認いただけますでしょうか。

　ご登録の個人番号：{zen(_mn, iso=False)}

相違がございましたらご返信ください。

福永 真理子
日の出産業株式会社 経理部
TEL 03-5201-7712
""",
    expect="stop",
    entities=["JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a My Number in full-width digits in the body, to the lecturer's free-mail address",
))

# evt-047: per-respondent survey sheet with demographics + e-mail, XLSX, to an analysis firm
_p = people(47, 40)
_r = rnd(47)
_rows = [["セミナー満足度調査 個票データ"], ["No", "氏名", "メール", "会社", "年齢", "性別", "Q1", "Q2", "Q3", "コメント"]]
for i, x in enumerate(_p):
    _rows.append([i + 1, x["name"], x["email"], _COMPANIES[_r.randrange(len(_COMPANIES))][0], x["age"], x["sex"],
                  _r.randint(1, 5), _r.randint(1, 5), _r.randint(1, 5), _r.choice(["", "", "大変参考になった", "資料がほしい", "時間が短い"])])
MESSAGES.append(dict(
    id="evt-047",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["データアナリティクス研究所 <contact@da-kenkyujo.jp>"],
    subject="満足度調査 個票データのご送付",
    charset="utf-8",
    body="""データアナリティクス研究所
ご担当者様

日の出産業の国分です。お見積りいただいた分析の件、正式にお願いいたします。
個票データ（40件）を添付しますのでよろしくお願いします。

国分 晴彦
日の出産業株式会社 マーケティング部
""",
    attachments=[{"kind": "xlsx", "name": "満足度調査_個票.xlsx", "sheets": {"個票": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="40 survey respondents with name, e-mail, age and gender in an XLSX to the analysis firm",
))

# evt-048: 【機密】 in the subject, company list only
MESSAGES.append(dict(
    id="evt-048",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["PRパートナーズ 加賀様 <kaga@pr-partners.co.jp>"],
    subject="【機密】新製品発表会 招待メディア案",
    charset="iso-2022-jp",
    body="""加賀様

お世話になっております。日の出産業 広報部の北条です。
11月の新製品発表会の招待メディア案をお送りします。

　・日刊工業ジャーナル
　・月刊ファクトリーオートメーション
　・ものづくりWEBニュース
　・テクノ経済新聞
　・産業機械タイムズ

発表日の11月1日までは、発表会の開催自体も非公開でお願いいたします。

北条
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject carries a 【機密】 classification; body lists only media companies",
))

# evt-049: English speaker agreement PDF with CONFIDENTIAL footer
MESSAGES.append(dict(
    id="evt-049",
    sender="Hikaru Makabe <makabe@hinode-sangyo.co.jp>",
    to=["Dr. Laura Bennett <l.bennett@bennett-advisory.com>"],
    subject="Speaker agreement - Hinode Innovation Forum 2025",
    charset="utf-8",
    body="""Dear Dr. Bennett,

Thank you again for agreeing to speak at Hinode Innovation Forum 2025.
Please find attached the draft speaker agreement. Sections 4 (fee) and 7 (recording rights)
reflect our call last week. We would appreciate your comments by October 10.

Best regards,
Hikaru Makabe
Legal Department, Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "pdf", "name": "Speaker_Agreement_draft.pdf", "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["SPEAKER AGREEMENT (DRAFT)", "1. Engagement: keynote speech, 45 minutes, November 20, 2025, Tokyo",
                            "4. Fee: JPY 800,000 plus business-class travel", "7. Recording: the Company may record and stream the speech",
                            "9. Confidentiality: each party shall keep the terms of this Agreement confidential"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL footer stamp on every page",
))

# evt-050: romaji badge list of an overseas exhibitor's staff, to the printer
_p = people(50, 9)
_lines = [f"{x['sei_r'].upper()}, {x['mei_r']}\t{x['sei_r'].lower()}.{x['mei_r'].lower()}@hinode-sangyo.co.jp\t+81-{x['mobile'][1:]}" for x in _p]
MESSAGES.append(dict(
    id="evt-050",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Expo Print Service <orders@expoprint-service.com>"],
    subject="Badge order - Hinode Sangyo booth staff (9)",
    charset="utf-8",
    body="""Hello,

Please print exhibitor badges for the following staff of Hinode Sangyo Co., Ltd. (Booth J-204).
Mobile numbers are for the lead-retrieval app registration only; do not print them.

SURNAME, Given\tE-mail\tMobile
""" + "\n".join(_lines) + """

Pick-up at the exhibitor service counter on Oct 14.

Thanks,
Maki
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine staff in romaji with e-mail and international mobile numbers, tab-separated, to an overseas printer",
))

# evt-051: certificate applicants with 和暦 birth dates, comma-separated in the body
_p = people(51, 15, born=(1962, 2000))
_styles = ["kanji", "abbr", "zen"]
_r = rnd(51)
_lines = [f"{i + 1},{x['name_ns']},{x['kana']},{wareki(x['dob'], _styles[i % 3])},{x['sex']},{_r.choice(['A', 'B'])}" for i, x in enumerate(_p)]
MESSAGES.append(dict(
    id="evt-051",
    sender="技術研修センター 嶋田 <shimada-k@hinode-sangyo.co.jp>",
    to=["日本産業安全協会 資格認定課 <nintei@sangyo-anzen.or.jp>"],
    subject="フォークリフト運転技能講習 修了者の修了証交付申請",
    charset="iso-2022-jp",
    body="""一般社団法人 日本産業安全協会
資格認定課 御中

日の出産業 技術研修センターの嶋田でございます。
9月期のフォークリフト運転技能講習の修了者について、修了証の交付を申請いたします。
（様式の指定どおりカンマ区切りで記載しております）

No,氏名,フリガナ,生年月日,性別,コース
""" + "\n".join(_lines) + """

以上15名、よろしくお願い申し上げます。

嶋田 健吾
日の出産業株式会社 技術研修センター
TEL 048-662-3310
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="15 course graduates with 和暦 birth dates (kanji, S58.4.2 and full-width styles), comma-separated, to the certifying body",
))

# evt-052: venue ban list with past arrests, to the security company
MESSAGES.append(dict(
    id="evt-052",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["東京ガードサービス 警備計画課 <keikaku@tokyo-guard.co.jp>"],
    subject="株主懇親会 警備上の注意人物について",
    charset="cp932",
    body="""東京ガードサービス
警備計画課 ご担当者様

日の出産業 総務部の鳴海です。
11月の株主懇親会の警備につき、入場をお断りしたい人物の情報を共有いたします。

(1) 比留間 勝也（60代男性）
　　昨年の懇親会で会場備品を持ち去り、窃盗容疑で逮捕された経緯があります。
(2) 氏名不詳の男性（40代、長髪、眼鏡）
　　過去2回、受付で大声を出し退場となっています。

(1)の方が来場された場合は、受付前で丁重にお帰りいただくようお願いします。
顔写真は当日朝にお渡しします。

鳴海
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest for theft (criminal record) shared with the security company",
))

# evt-053: look-alike of kitaguni-foods.co.jp (s dropped) for the catering order
MESSAGES.append(dict(
    id="evt-053",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["北国フーズ ケータリング 室井様 <muroi@kitaguni-food.co.jp>"],
    subject="工場見学会 お弁当の最終数",
    charset="iso-2022-jp",
    body="""室井様

お世話になっております。日の出産業の鳴海です。
工場見学会のお弁当、最終数が確定しました。

　幕の内弁当　10個
　ベジタリアン弁当　2個
　お茶（500ml）　14本

お届けは10月2日（木）11:30、小田原工場 正門守衛所までお願いいたします。

鳴海
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="order to kitaguni-food.co.jp, a look-alike (letter dropped) of partner kitaguni-foods.co.jp",
))

# evt-054: one coordination mail with hotel, bus company and caterer all in To/Cc
MESSAGES.append(dict(
    id="evt-054",
    sender="営業推進部 荒川 <n-arakawa@hinode-sangyo.co.jp>",
    to=["さくらホテル 三好様 <miyoshi@sakura-hotel.jp>", "青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    cc=["北国フーズ 室井様 <muroi@kitaguni-foods.co.jp>", "村井 <a-murai@hinode-sangyo.co.jp>"],
    subject="販売店招待会（12/5）全体スケジュールの共有",
    charset="iso-2022-jp",
    body="""関係各社の皆様

いつもお世話になっております。日の出産業の荒川です。
12月5日の販売店招待会について、各社の作業が重なる時間帯がございますので
全体スケジュールを共有いたします。

　14:00　ケータリング搬入（北国フーズ様）
　15:30　送迎バス 東京駅八重洲口 出発（青葉運輸様）
　16:30　ホテル到着・受付開始（さくらホテル様）
　18:30　懇親会開始
　20:30　送迎バス ホテル発

搬入口の利用時間が重なりますので、調整をお願いできればと存じます。

荒川 希
日の出産業株式会社 営業推進部
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (hotel, bus, caterer) in To/Cc can see each other",
))

# evt-055: bus seat assignment with mobiles, full-width padded table, to the bus company
_p = people(55, 10, born=(1965, 2000))
_lines = ["座席\u3000氏名\u3000\u3000\u3000\u3000\u3000\u3000携帯電話", "－" * 24]
for i, x in enumerate(_p):
    nm = x["sei"] + "\u3000" + x["mei"]
    _lines.append(f"{zen(str(i + 1), iso=False)}Ａ\u3000\u3000{nm}{chr(0x3000) * max(0, 8 - len(nm))}{zen(x['mobile'], iso=False)}")
MESSAGES.append(dict(
    id="evt-055",
    sender="営業推進部 荒川 <n-arakawa@hinode-sangyo.co.jp>",
    to=["青葉運輸 添乗員 坪井様 <tsuboi@aoba-unyu.co.jp>"],
    subject="送迎バス 座席表（日の出産業スタッフ分）",
    charset="cp932",
    body="""坪井様

お世話になっております。日の出産業の荒川です。
送迎バスに同乗する弊社スタッフの座席と連絡先です。
乗り遅れ等あれば直接ご連絡ください。

""" + "\n".join(_lines) + """

以上10名です。
荒川
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ten staff with full-width mobile numbers in a full-width padded seat table to the bus escort",
))

# ---------------------------------------------------------------------------------------
# evt-056 … evt-097: mail that must go
# ---------------------------------------------------------------------------------------


def corp_number(base12):
    """法人番号: check digit (first digit) + 12-digit base."""
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - s % 9) + base12


# evt-056: venue directory (businesses only) to the event agency
MESSAGES.append(dict(
    id="evt-056",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["イベントクリエイト 青柳様 <aoyagi@event-create.co.jp>"],
    subject="地方説明会 会場候補のリスト",
    charset="iso-2022-jp",
    body="""青柳様

お世話になっております。日の出産業の村井です。
来春の地方説明会の会場候補を、こちらで調べた範囲でリストにしました。
空き状況と概算費用の確認をお願いできますでしょうか。

　札幌　　さくらホテル札幌 2F 宴会場「藻岩」
　　　　　北海道札幌市中央区北3条西4-1　TEL 011-221-5500（代表）
　仙台　　仙台国際カンファレンスセンター 会議室A
　　　　　宮城県仙台市青葉区本町2-9-3　TEL 022-268-4100
　名古屋　名古屋ビジネスホール 5F
　　　　　愛知県名古屋市中村区名駅4-6-23　TEL 052-571-3344
　大阪　　さくらホテル大阪 本館 3F「淀」
　　　　　大阪府大阪市北区梅田3-1-1　TEL 06-6345-8800（代表）
　福岡　　博多リサーチパーク ホールB
　　　　　福岡県福岡市博多区博多駅東2-5-19　TEL 092-411-7070

各会場 60名程度・スクール形式を想定しています。

村井 彩乃
日の出産業株式会社 営業企画部 イベント推進課
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of venues (businesses) with switchboard numbers and addresses: no people",
))

# evt-057: vendor directory XLSX (company switchboards, departments)
MESSAGES.append(dict(
    id="evt-057",
    sender="営業企画部 尾崎 <ozaki@hinode-sangyo.co.jp>",
    to=["関東産業機器展 事務局 <office@kanto-sangyoki-ten.jp>"],
    subject="協力会社一覧（会場入館申請用）",
    charset="cp932",
    body="""関東産業機器展 事務局 御中

いつもお世話になっております。日の出産業（小間B-12）の尾崎です。
搬入日に入館する協力会社の一覧を添付いたします。
各社の入館人数は当日受付にて申告いたします。

尾崎
日の出産業株式会社 営業企画部
""",
    attachments=[{"kind": "xlsx", "name": "協力会社一覧_B-12.xlsx", "sheets": {"協力会社": [
        ["協力会社一覧（日の出産業 小間B-12）"],
        ["業種", "会社名", "代表電話", "所在地", "担当部署", "車両"],
        ["装飾施工", "株式会社ディスプレイ工房", "03-3642-1180", "東京都江東区新木場2-4-8", "施工部", "2tトラック1台"],
        ["音響・映像", "サウンドエイト有限会社", "03-5436-2208", "東京都品川区東品川3-1-15", "技術課", "ワゴン1台"],
        ["ケータリング", "北国フーズ株式会社", "011-812-4400", "北海道札幌市白石区菊水1-3-5", "ケータリング事業部", "なし"],
        ["警備", "東京ガードサービス株式会社", "03-3861-9911", "東京都台東区浅草橋5-2-3", "警備計画課", "なし"],
        ["輸送", "青葉運輸株式会社", "045-471-2200", "神奈川県横浜市港北区新横浜3-6-4", "展示輸送課", "4tトラック2台"],
        ["印刷", "錦印刷株式会社", "03-3268-5511", "東京都新宿区市谷田町2-11", "営業部", "なし"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="directory of vendor companies (switchboards, offices, departments): businesses, not people",
))

# evt-058: same announcement to several vendors, properly in Bcc
MESSAGES.append(dict(
    id="evt-058",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["村井 彩乃 <a-murai@hinode-sangyo.co.jp>"],
    bcc=["info@display-kobo.co.jp", "ando@sound8.jp", "catering@kitaguni-foods.co.jp",
         "eigyo@tokyo-guard.co.jp", "tenji@aoba-unyu.co.jp"],
    subject="【ものづくりフェア2025】車両証の発送について",
    charset="iso-2022-jp",
    body="""協力会社各位
（本メールはBCCにて一斉送信しております）

お世話になっております。日の出産業 イベント推進課の村井です。
搬入用の車両証を本日、各社様宛に簡易書留で発送いたしました。
10月3日（金）までに届かない場合はご連絡ください。

車両証はダッシュボードの見える位置に掲示してください。
搬入口Cは13:00より入場可能です。

村井 彩乃
日の出産業株式会社 営業企画部 イベント推進課
TEL 03-5201-7731
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="announcement to five vendors correctly sent in Bcc (To is the sender herself)",
))

# evt-059: reply quoting a rooming list with '>' lines; the new text only changes one name
_p = people(59, 15)
_q = "\n".join(f"> {i + 1:>2} {pad(x['name'], 14)} {x['sex']}  {x['mobile']}" for i, x in enumerate(_p))
MESSAGES.append(dict(
    id="evt-059",
    sender="営業企画部 柳沢 <yanagisawa@hinode-sangyo.co.jp>",
    to=["さくらホテル仙台 予約課 千田様 <chida@sakura-hotel.jp>"],
    subject="Re: ルーミングリスト内容確認のお願い",
    charset="iso-2022-jp",
    body="""千田様

ご確認ありがとうございます。日の出産業の柳沢です。
ご指摘の件、7番の方は女性で合っております。
他は下記のとおりで変更ございません。

引き続きよろしくお願いいたします。
柳沢

2025/09/22 10:14、千田 様のメール：
> 日の出産業 柳沢様
>
> いつもありがとうございます。さくらホテル仙台の千田です。
> 頂戴したルーミングリストを下記のとおり入力いたしました。
> 7番の方の性別に誤りがないかご確認ください。
>
""" + _q + """
>
> さくらホテル仙台 予約課 千田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list is quoted ('>') from the hotel's own mail; the new text carries no personal data",
))

# evt-060: Outlook-style reply with the list under -----Original Message-----
_p = people(60, 11)
_r = rnd(60)
_q = "\n".join(f"{x['name']}\t{_r.choice(['S', 'S', 'T'])}\t{x['mobile']}\t{_r.choice(['', '喫煙', '遅着'])}" for x in _p)
MESSAGES.append(dict(
    id="evt-060",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["リゾートホテル蓼科 営業課 井出様 <ide@tateshina-resort.jp>"],
    subject="RE: 宿泊者名簿の件",
    charset="cp932",
    body="""井出様

ご連絡ありがとうございます。日の出産業の鳴海です。
名簿の内容で問題ございません。当日はよろしくお願いいたします。
到着は15時半ごろを予定しております。

鳴海

-----Original Message-----
From: 井出 <ide@tateshina-resort.jp>
Sent: Monday, September 22, 2025 11:02 AM
To: 鳴海 <narumi@hinode-sangyo.co.jp>
Subject: 宿泊者名簿の件

日の出産業 鳴海様

リゾートホテル蓼科の井出でございます。
お預かりした宿泊者名簿を以下のとおり登録しました。ご確認ください。

""" + _q + """

井出
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Outlook reply; the 11-person list sits only in the quoted original from the recipient",
))

# evt-061: aggregate survey results (PDF), no individual answers
MESSAGES.append(dict(
    id="evt-061",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="共催セミナー アンケート集計結果",
    charset="utf-8",
    body="""ツバサシステム 営業部 ご担当者様

共催セミナーではありがとうございました。日の出産業の国分です。
アンケートの集計結果（回答 118件）をPDFでお送りします。
個別の回答は含めておりません。

国分
""",
    attachments=[{"kind": "pdf", "name": "セミナーアンケート集計.pdf",
                  "lines": ["共催セミナー「工場DXの第一歩」アンケート集計", "回答数 118 / 参加者 164（回答率 72.0%）", ""],
                  "table": [["設問", "とても満足", "満足", "普通", "不満", "無回答"],
                            ["全体満足度", "41", "52", "19", "4", "2"],
                            ["講演1の内容", "38", "55", "20", "3", "2"],
                            ["講演2の内容", "29", "49", "31", "7", "2"],
                            ["会場・運営", "45", "50", "18", "3", "2"],
                            ["年代", "20代 12", "30代 27", "40代 44", "50代 29", "60代以上 6"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate survey counts only (no individual answers)",
))

# evt-062: internal only: lecturers' My Numbers to the accounting department
_p = people(62, 5, born=(1950, 1980))
_r = rnd(62)
_lines = [f"{x['name']}　個人番号 {my_number(6200 + i)}　{_r.choice(['東都銀行 本店営業部', 'みどり銀行 池袋支店', '北斗信用金庫 中央支店'])} 普通 {_r.randint(1000000, 9999999)}" for i, x in enumerate(_p)]
MESSAGES.append(dict(
    id="evt-062",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["経理部 福永 <fukunaga@hinode-sangyo.co.jp>"],
    cc=["人材開発部 野々村 <nonomura@hinode-sangyo.co.jp>"],
    subject="外部講師 謝金支払い依頼（10月分）",
    charset="iso-2022-jp",
    body="""福永さん

お疲れさまです。人材開発部の早川です。
10月の外部講師謝金の支払いをお願いします。
番号確認書類は社内便で別途お送りしました。

""" + "\n".join(_lines) + """

支払日は11月末でお願いします。
早川
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="lecturers' My Numbers and bank accounts, but every recipient is internal",
))

# evt-063: internal rooming list XLSX
_p = people(63, 28)
_r = rnd(63)
_rows = [["部屋", "氏名", "所属", "携帯"]]
for i, x in enumerate(_p):
    _rows.append([f"{5 + i // 10}{(i % 10) + 1:02d}", x["name"], _r.choice(["営業1課", "営業2課", "技術課", "企画課"]), x["mobile"]])
MESSAGES.append(dict(
    id="evt-063",
    sender="営業企画部 柳沢 <yanagisawa@hinode-sangyo.co.jp>",
    to=["営業部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
    subject="仙台出張 部屋割り表",
    charset="cp932",
    body="""営業部の皆さん

お疲れさまです。柳沢です。
来週の仙台出張（展示会）の部屋割りです。チェックインは各自でお願いします。
緊急時はお互いの携帯に連絡できるよう、携帯番号も載せています。

柳沢
""",
    attachments=[{"kind": "xlsx", "name": "部屋割り_仙台.xlsx", "sheets": {"部屋割り": _rows}}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="28 staff with mobiles in a rooming XLSX to an internal distribution list only",
))

# evt-064: NDA talk with a speaker's company, attached NDA template (no marking)
MESSAGES.append(dict(
    id="evt-064",
    sender="法務部 真壁 <makabe@hinode-sangyo.co.jp>",
    to=["株式会社フューチャーラボ 法務担当 尾上様 <onoe@future-lab.co.jp>"],
    subject="秘密保持契約書（NDA）ひな形のご送付",
    charset="utf-8",
    body="""株式会社フューチャーラボ
法務ご担当 尾上様

お世話になっております。日の出産業 法務部の真壁です。
11月のフォーラムでご登壇いただくにあたり、未発表製品の情報を事前に共有するため、
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形をお送りいたします。

第3条（秘密情報の範囲）と第8条（有効期間）について、ご意見があればお知らせください。
締結後に講演資料の事前確認を進めたいと考えております。

真壁 光
日の出産業株式会社 法務部
TEL 03-5201-7790
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という）と株式会社フューチャーラボ（以下「乙」という）は、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）甲乙間で開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報の範囲）本契約において秘密情報とは、開示の際に秘密である旨を明示した技術上又は営業上の情報をいう。",
                                 "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
                                 "（甲）東京都中央区日本橋2-8-11 日の出産業株式会社 代表取締役　　　　　印",
                                 "（乙）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　印"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with an NDA template attached: the word 秘密 is content, not a marking",
))

# evt-065: ordinary exhibitor mail ending with the standard JP/EN disclaimer
MESSAGES.append(dict(
    id="evt-065",
    sender="マーケティング部 展示会チーム 岸本 <r-kishimoto@hinode-sangyo.co.jp>",
    to=["株式会社サンライズ電子 営業部 大門様 <daimon@sunrise-denshi.co.jp>"],
    subject="共同出展の小間レイアウトについて",
    charset="utf-8",
    body="""株式会社サンライズ電子
大門様

いつもお世話になっております。日の出産業の岸本です。
共同出展の小間レイアウト案を2パターン作成しました。
A案は貴社の展示台を通路側に、B案は奥側に配置しています。
来週の打合せまでにご希望をお聞かせいただけますと幸いです。

岸本 亮太
日の出産業株式会社 マーケティング部 展示会チーム
〒103-0027 東京都中央区日本橋2-8-11 日の出ビル5F
TEL 03-5201-7745

----------------------------------------------------------------------
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してください。
This e-mail and any attachments may contain confidential information.
If you are not the intended recipient, please notify the sender and delete it.
----------------------------------------------------------------------
""",
    attachments=[{"kind": "png", "name": "layout_A.png"}, {"kind": "png", "name": "layout_B.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary partner mail with the standard confidentiality disclaimer at the end",
))

# evt-066: three attendees' phones to the bus company (below the list threshold)
MESSAGES.append(dict(
    id="evt-066",
    sender="総務部 厚生課 矢吹 <yabuki@hinode-sangyo.co.jp>",
    to=["青葉運輸 観光バス事業部 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="帰路の途中下車について",
    charset="iso-2022-jp",
    body="""配車係 ご担当者様

日の出産業の矢吹です。
19日の帰路、海老名SAで下車する者が3名おります。
念のため連絡先をお知らせしますので、乗務員の方にお伝えください。

　今泉 文彦　080-2714-9935
　川端 由紀　090-8830-1462
　沖田 涼　　070-4459-2103

以上です。よろしくお願いいたします。
矢吹
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's names and mobiles to the partner bus company: a short list under five (may warn)",
))

# evt-067: one on-site contact person
MESSAGES.append(dict(
    id="evt-067",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 三好様 <miyoshi@sakura-hotel.jp>"],
    subject="当日の現場責任者について",
    charset="iso-2022-jp",
    body="""三好様

お世話になっております。日の出産業の鳴海です。
24日の式典当日、私は来賓対応で手が離せない時間がありますので、
現場の責任者は総務課の宇野が務めます。

　宇野 和馬（総務部 総務課）携帯 080-6172-3391

設営の確認などは宇野にご連絡ください。
よろしくお願いいたします。

鳴海 公平
日の出産業株式会社 総務部 総務課
TEL 03-5201-7701
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one colleague's business mobile given as the on-site contact: a single business contact",
))

# evt-068: shipping of booth materials with tracking numbers
MESSAGES.append(dict(
    id="evt-068",
    sender="マーケティング部 岸本 <r-kishimoto@hinode-sangyo.co.jp>",
    to=["青葉運輸 展示輸送課 <tenji@aoba-unyu.co.jp>"],
    subject="展示品の搬入 送り状番号のご連絡",
    charset="cp932",
    body="""青葉運輸 展示輸送課 御中

お世話になっております。日の出産業の岸本です。
展示品の発送が完了しましたので、送り状番号をお知らせします。

　No.1　HS-400 本体（木箱）　　送り状 4418-2290-7713
　No.2　HS-400L 試作機（木箱）　送り状 4418-2290-7724
　No.3　操作パネル・ケーブル類　送り状 4418-2290-7735
　No.4　パンフレット（10箱）　　送り状 4418-2290-7746

注文番号：PO-2025-0918-03　／　請求先コード：HNS-0042
搬入先：東京ビッグサイト 東4ホール 小間B-12（10/7 13:00以降）

岸本
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers, an order number and a customer code: no personal data",
))

# evt-069: price list of booth options and seminar fees
MESSAGES.append(dict(
    id="evt-069",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["株式会社トーワ製作所 営業課 <eigyo@towa-ss.co.jp>"],
    subject="パートナーパビリオン 出展料金のご案内",
    charset="iso-2022-jp",
    body="""株式会社トーワ製作所
営業課 ご担当者様

先日はお問い合わせいただきありがとうございました。
日の出産業 イベント推進課の村井です。
パートナーパビリオンの出展料金は下記のとおりです（税別）。

　基本小間（3m×3m）　　　　　　 350,000円
　角小間加算　　　　　　　　　　　50,000円
　電源（1kW 追加ごと）　　　　　　12,000円
　ミニセミナー枠（20分）　　　　　80,000円
　リード取得端末レンタル（1台）　 15,000円

お申込締切：10月15日（水）
ご検討のほどよろしくお願いいたします。

村井 彩乃
日の出産業株式会社 営業企画部 イベント推進課
TEL 03-5201-7731
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list to a prospective exhibitor",
))

# evt-070: normal three-way meeting mail: two external organisations
MESSAGES.append(dict(
    id="evt-070",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 三好様 <miyoshi@sakura-hotel.jp>"],
    cc=["錦印刷 小松様 <komatsu@nishiki-insatsu.co.jp>"],
    subject="周年イベント 会場装飾・印刷物の打合せ日程",
    charset="iso-2022-jp",
    body="""三好様
（cc：錦印刷 小松様）

お世話になっております。日の出産業 広報部の北条です。
会場内の看板・バナーのサイズ確認のため、三者で打合せをお願いできればと思います。

候補日：
　10月1日（水）14:00〜
　10月2日（木）10:00〜
場所：さくらホテル 3F 桜の間（現地確認を兼ねて）

ご都合をお知らせください。

北条 めぐみ
日の出産業株式会社 広報部
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail with two partner organisations in To/Cc",
))

# evt-071: reply to one private participant on free mail about her own registration
MESSAGES.append(dict(
    id="evt-071",
    sender="人材開発部 研修課 <kenshu@hinode-sangyo.co.jp>",
    to=["野寺 様 <saki_nodera@outlook.jp>"],
    subject="Re: 受講料のお振込みについて",
    charset="utf-8",
    body="""野寺 咲 様

お問い合わせありがとうございます。日の出産業 研修課です。
受講料（13,200円）のお振込み、9月24日付で確認いたしました。
受講番号は K25-0117 です。当日受付でお伝えください。

なお、領収書は当日会場でお渡しいたします。

日の出産業株式会社 人材開発部 研修課
TEL 03-5201-7752（平日 9:00〜17:30）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one private participant on free mail about her own payment",
))

# evt-072: English mail to an overseas exhibitor with a long confidentiality notice
MESSAGES.append(dict(
    id="evt-072",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Thomas Weber <t.weber@weber-antriebe.de>"],
    subject="Re: Booth power supply and shipping of exhibits",
    charset="utf-8",
    body="""Dear Thomas,

Thank you for your quick reply.
Your booth (J-207) will have a 3-phase 200 V / 5 kW supply as requested. Please note that
Japanese sockets are type A; we will provide two adapters at the booth.

For the exhibits, our forwarder Aoba Unyu will pick up the crates at Narita on October 2.
Please put "Hinode Sangyo Partner Pavilion J-207" on every crate.

Best regards,
Maki Ishizaka
Overseas Sales Dept., Hinode Sangyo Co., Ltd.

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or
privileged information intended solely for the addressee. If you have received it in
error, please notify the sender immediately and delete it. Any unauthorised use,
disclosure or copying is prohibited.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English partner mail; the CONFIDENTIALITY NOTICE is a standard disclaimer, not a marking",
))

# evt-073: mentions 社外秘 but is not marked
MESSAGES.append(dict(
    id="evt-073",
    sender="営業企画部 尾崎 <ozaki@hinode-sangyo.co.jp>",
    to=["イベントクリエイト 青柳様 <aoyagi@event-create.co.jp>"],
    subject="Re: 出展実績資料のご依頼",
    charset="iso-2022-jp",
    body="""青柳様

お世話になっております。日の出産業の尾崎です。
ご依頼の出展実績資料ですが、社内の報告書は社外秘扱いのためお渡しできません。
代わりに、公開用にまとめた実績サマリ（来場者数・商談件数の概数のみ）を
今週中にお送りします。少々お待ちください。

尾崎
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 社外秘 is only mentioned (explaining why a report cannot be sent), not a marking",
))

# evt-074: lecturer's public profile for the flyer
MESSAGES.append(dict(
    id="evt-074",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 小松様 <komatsu@nishiki-insatsu.co.jp>"],
    subject="公開講座チラシ 講師プロフィール原稿",
    charset="cp932",
    body="""小松様

いつもお世話になっております。日の出産業 人材開発部の早川です。
公開講座チラシの講師プロフィール原稿をお送りします（先生のご確認済み）。

――――――――――――――――――
講師：戸倉 宏明（とくら ひろあき）
戸倉コンサルティング 代表／中小企業診断士

大手電機メーカーで生産管理・品質保証に20年従事したのち独立。
製造業を中心に200社以上の現場改善を支援。著書に『現場が変わる段取り改善』
（日刊ものづくり出版）ほか。
――――――――――――――――――

顔写真は別途、高解像度のものを共有フォルダにアップします。
早川
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a lecturer's public profile for a flyer (name and career, no contact data)",
))

# evt-075: programme timetable with speakers' names and titles
MESSAGES.append(dict(
    id="evt-075",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["Web制作 ブルーオーシャン 担当 <web@blueocean-design.jp>"],
    subject="フォーラム特設ページ プログラム原稿",
    charset="utf-8",
    body="""ブルーオーシャン ご担当者様

日の出産業 広報部の北条です。特設ページのプログラム欄の原稿です。

13:00-13:10　開会挨拶　日の出産業株式会社 代表取締役社長　日野 昭彦
13:10-14:00　基調講演「製造業の次の10年」　東北工業大学 教授　唐沢 誠一
14:10-14:50　事例講演「現場DXの始め方」　川崎電機株式会社 生産本部長　若林 修
15:00-15:40　パネルディスカッション　モデレーター：PRパートナーズ 加賀 美月
15:40-15:50　閉会挨拶　日の出産業株式会社 取締役　小田切 泰三

掲載は10月1日12:00でお願いします。
北条
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="public programme with speakers' names and job titles only",
))

# evt-076: exhibitor companies list for the guidebook
MESSAGES.append(dict(
    id="evt-076",
    sender="営業企画部 イベント推進課 村井 <a-murai@hinode-sangyo.co.jp>",
    to=["錦印刷 小松様 <komatsu@nishiki-insatsu.co.jp>"],
    subject="ガイドブック掲載用 出展社一覧",
    charset="iso-2022-jp",
    body="""小松様

日の出産業の村井です。ガイドブック掲載用の出展社一覧です。

小間　出展社名　　　　　　　　　出展カテゴリ　　　　URL
A-01　株式会社三ツ星工業　　　　搬送・マテハン　　　www.mitsuboshi-kogyo.co.jp
A-02　東邦精機株式会社　　　　　計測・検査　　　　　www.toho-seiki.co.jp
A-03　株式会社ひかり設計　　　　設計支援・CAD　　　 www.hikari-sekkei.co.jp
B-11　株式会社サンライズ電子　　制御機器　　　　　　www.sunrise-denshi.co.jp
B-12　日の出産業株式会社　　　　搬送・マテハン　　　www.hinode-sangyo.co.jp
C-05　北陸テクノ株式会社　　　　工作機械　　　　　　www.hokuriku-techno.co.jp
C-06　株式会社アルファ計装　　　計測・検査　　　　　www.alpha-keiso.co.jp

校正は2回でお願いします。
村井
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of exhibiting companies with booth numbers and URLs: businesses",
))

# evt-077: bus schedule to the correct partner domain
MESSAGES.append(dict(
    id="evt-077",
    sender="総務部 厚生課 矢吹 <yabuki@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="運行指示書の確認",
    charset="cp932",
    body="""配車係 ご担当者様

日の出産業の矢吹です。運行指示書を拝見しました。下記2点のみ修正をお願いします。

１．1日目の休憩地：上河内SA → 道の駅うつのみや（大型駐車可と確認済み）
２．2日目の出発時刻：9:00 → 9:30

車両：大型 2台（車番 横浜230 あ 12-34、横浜230 あ 56-78）
乗務員：各車2名

以上、よろしくお願いします。
矢吹
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule corrections with vehicle plate numbers to the genuine partner domain",
))

# evt-078: room count summary only
MESSAGES.append(dict(
    id="evt-078",
    sender="営業企画部 柳沢 <yanagisawa@hinode-sangyo.co.jp>",
    to=["さくらホテル大阪 団体予約 <group-osaka@sakura-hotel.jp>"],
    subject="11/20 団体予約 部屋数の確定",
    charset="iso-2022-jp",
    body="""さくらホテル大阪
団体予約ご担当者様

日の出産業の柳沢です。11月20日（1泊）の部屋数が確定しました。

　シングル（禁煙）　14室
　シングル（喫煙）　 2室
　ツイン　　　　　　 3室（6名）
　合計　　　　　　　19室／22名

ルーミングリストは1週間前までにお送りします。
柳沢
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="room counts only, no guest names",
))

# evt-079: dietary needs as aggregate counts only
MESSAGES.append(dict(
    id="evt-079",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会営業 三好様 <miyoshi@sakura-hotel.jp>"],
    subject="ガラディナー 特別食の数（暫定）",
    charset="utf-8",
    body="""三好様

日の出産業 石坂です。ガラディナーの特別食、現時点の数をお知らせします。
お名前とテーブルは確定後に別途ご連絡します。

- ハラール対応：3名
- ベジタリアン：2名
- 甲殻類アレルギー：1名
- 乳製品不可：1名
- 通常食：73名

合計80名です。
石坂
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="counts of special meals (halal, allergies) with no names: aggregate only",
))

# evt-080: training results as aggregates to the client HR
MESSAGES.append(dict(
    id="evt-080",
    sender="人材開発部 研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["川崎電機 人事部 大江様 <oe-t@kawasaki-denki.co.jp>"],
    subject="新入社員合同研修 実施報告（全体）",
    charset="iso-2022-jp",
    body="""大江様

いつもお世話になっております。日の出産業の野々村です。
新入社員合同研修（第1期〜第2期）の全体の実施結果をご報告します。

　受講者数　　　　　35名
　出席率　　　　　　97.1％
　確認テスト平均　　76.4点（最高 98点／最低 48点）
　合格率　　　　　　88.6％（31名）
　アンケート満足度　4.3／5.0

個人別の結果は、ご担当部署の方宛に別途お送りいたします。
野々村
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate training results (rates, averages), no individual rows",
))

# evt-081: internal-only mail with a password-protected ZIP
_p = people(81, 18)
_rows = [["氏名", "携帯", "メール"]] + [[x["name"], x["mobile"], x["email"]] for x in _p]
MESSAGES.append(dict(
    id="evt-081",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["杉浦 智子 <sugiura@hinode-sangyo.co.jp>"],
    subject="モニター会 参加者連絡先（社内用）",
    charset="utf-8",
    body="""杉浦さん

お疲れさまです。国分です。
来週のユーザーモニター会の参加者連絡先です。パスワードはいつものものです。

国分
""",
    attachments=[{"kind": "zip", "name": "monitor_members.zip", "password": "mk2025",
                  "files": [{"kind": "xlsx", "name": "monitor_members.xlsx", "sheets": {"members": _rows}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="password-protected ZIP, but the only recipient is internal",
))

# evt-082: internal forward of guests' accessibility needs
MESSAGES.append(dict(
    id="evt-082",
    sender="総務部 鳴海 <narumi@hinode-sangyo.co.jp>",
    to=["総務課 宇野 <uno@hinode-sangyo.co.jp>"],
    subject="FW: ご来賓の配慮事項",
    charset="cp932",
    body="""宇野さん

当日の受付でも対応が必要なので共有します。

---------- 転送メッセージ ----------
差出人: 鳴海 公平
宛先: さくらホテル 三好様
件名: 10/24 創立記念式典 ご来賓の配慮事項について

高嶺 章一様は車椅子をご利用です。入口からお席まで段差のない導線をお願いします。
砂川 美津子様は聴覚に障害がおありで、要約筆記をご希望です。
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="guests' disabilities forwarded, but only to an internal colleague",
))

# evt-083: lost-and-found item list without owners
MESSAGES.append(dict(
    id="evt-083",
    sender="展示会運営チーム 坂上 <sakagami@hinode-sangyo.co.jp>",
    to=["東京国際展示場 管理事務所 遺失物係 <ishitsubutsu@tkx-center.or.jp>"],
    subject="会期中の拾得物の引渡しについて",
    charset="iso-2022-jp",
    body="""遺失物係 ご担当者様

日の出産業（東4ホール B-12）の坂上です。
会期中に弊社ブースで拾得した物品を、本日17時に管理事務所へお持ちします。

　1. 折りたたみ傘（紺）　10/8 11時頃　ブース商談席
　2. 名刺入れ（茶・革）　10/9 14時頃　デモ機前 ※株式会社ナガセ化成様の名刺在中
　3. USBメモリ（白）　　 10/9 16時頃　受付カウンター
　4. ボールペン（金属製） 10/10 10時頃　アンケート台

持ち主の方から弊社に問い合わせがあった場合は、そちらにご案内します。
坂上
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="lost-property items with places and times; no owner's personal data",
))

# evt-084: blank photo consent form template
MESSAGES.append(dict(
    id="evt-084",
    sender="広報部 社内報担当 北条 <hojo@hinode-sangyo.co.jp>",
    to=["スタジオひなた 日向様 <hinata@studio-hinata.jp>"],
    subject="ファミリーデー 撮影同意書の様式",
    charset="utf-8",
    body="""日向様

日の出産業の北条です。当日受付で配布する撮影同意書の様式をお送りします。
撮影の範囲や用途の記載に問題がないか、プロの目でご確認いただけると助かります。

北条
""",
    attachments=[{"kind": "docx", "name": "撮影同意書_様式.docx",
                  "paragraphs": ["ファミリーデー2025 撮影および写真掲載に関する同意書",
                                 "当日撮影した写真を、社内報および当社Webサイトに掲載することがあります。",
                                 "掲載を希望されない場合は、下記の「不可」に○をつけてください。"],
                  "tables": [[["お子さまのお名前", "年齢", "社内報掲載", "Web掲載", "保護者署名"],
                              ["", "", "可・不可", "可・不可", ""],
                              ["", "", "可・不可", "可・不可", ""]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a blank consent form template: no filled-in personal data",
))

# evt-085: English reply; the attendee list is only in the quoted "On … wrote:" part
_p = people(85, 8)
_q = "\n".join(f"> {x['roma']}, {x['email']}" for x in _p)
MESSAGES.append(dict(
    id="evt-085",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Kevin Tan <kevin.tan@meridian-automation.com.sg>"],
    subject="Re: Attendees for the factory tour",
    charset="utf-8",
    body="""Hi Kevin,

Thanks, all eight are confirmed for the factory tour on Oct 16.
The bus leaves the hotel at 9:00; lunch is included.

Best,
Maki

On Fri, Sep 26, 2025 at 4:12 PM Kevin Tan <kevin.tan@meridian-automation.com.sg> wrote:
> Hi Maki,
> Here are the Japanese distributor staff who will join the tour:
""" + _q + """
> Regards,
> Kevin
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the list of eight is only in the quoted text from the recipient",
))

# evt-086: speaker contract DOCX (business parties only), mentions 秘密保持条項
MESSAGES.append(dict(
    id="evt-086",
    sender="法務部 真壁 <makabe@hinode-sangyo.co.jp>",
    to=["株式会社フューチャーラボ 尾上様 <onoe@future-lab.co.jp>"],
    subject="講演業務委託契約書（案）の送付",
    charset="iso-2022-jp",
    body="""尾上様

お世話になっております。日の出産業 法務部の真壁です。
NDAのご締結ありがとうございました。続いて講演業務委託契約書の案をお送りします。
第6条に秘密保持条項を設け、先日のNDAを引用する形にしております。
ご確認のほどよろしくお願いいたします。

真壁
""",
    attachments=[{"kind": "docx", "name": "講演業務委託契約書_案.docx",
                  "paragraphs": ["講演業務委託契約書（案）",
                                 "委託者：日の出産業株式会社（東京都中央区日本橋2-8-11）",
                                 "受託者：株式会社フューチャーラボ（東京都渋谷区道玄坂1-12-1）",
                                 "第2条（業務内容）2025年11月20日開催の「Hinode Innovation Forum 2025」における講演（45分）",
                                 "第4条（報酬）金600,000円（消費税別）。受託者指定の法人口座に翌月末日までに支払う。",
                                 "第6条（秘密保持）両当事者は、2025年10月1日付秘密保持契約に従い相手方の秘密情報を取り扱う。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a contract between two companies that mentions confidentiality clauses; no marking, no personal data",
))

# evt-087: invoice with the company's 法人番号 / T-number and company bank account
_cn = corp_number("010401087654")
MESSAGES.append(dict(
    id="evt-087",
    sender="経理部 福永 <fukunaga@hinode-sangyo.co.jp>",
    to=["株式会社サンライズ電子 経理部 <keiri@sunrise-denshi.co.jp>"],
    subject="【請求書】パートナーパビリオン出展料",
    charset="cp932",
    body=f"""株式会社サンライズ電子
経理部 御中

いつもお世話になっております。日の出産業 経理部でございます。
パートナーパビリオン出展料の請求書をお送りいたします。

　請求番号：INV-2025-10-0213
　ご請求額：￥440,000（税込、うち消費税 ￥40,000）
　お支払期限：2025年11月30日
　振込先：みどり銀行 日本橋支店 当座 0123987 ヒノデサンギョウ（カ
　登録番号：T{_cn}

請求書PDFを添付しております。

日の出産業株式会社 経理部
TEL 03-5201-7712
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-10-0213.pdf",
                  "lines": ["請求書", "株式会社サンライズ電子 御中", f"日の出産業株式会社　登録番号 T{_cn}",
                            "件名：パートナーパビリオン出展料（小間B-11）", "ご請求額 ¥440,000（税込）",
                            "振込先：みどり銀行 日本橋支店 当座 0123987"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's own T-number and corporate bank account: business data",
))

# evt-088: two guests' mobiles for a hotel pick-up (under five)
MESSAGES.append(dict(
    id="evt-088",
    sender="Nozomi Arakawa <n-arakawa@hinode-sangyo.co.jp>",
    to=["さくらホテル コンシェルジュ <concierge@sakura-hotel.jp>"],
    subject="ご招待客2名の送迎について",
    charset="utf-8",
    body="""さくらホテル コンシェルジュ ご担当者様

日の出産業 荒川です。
12月5日、下記2名のお客様が新幹線で到着されます。駅からのお迎えをお願いできますか。

1) 丸八商店 中嶋 克己 様　携帯 090-3342-8810　品川駅 16:12着
2) 瀬戸内マテリアル 藤代 奈緒 様　携帯 080-7710-2356　品川駅 16:40着

ご到着が遅れる場合はご本人から直接連絡が入るかと存じます。

荒川
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two guests' names and mobiles for a pick-up: a short list (may warn)",
))

# evt-089: two addresses at the same company
MESSAGES.append(dict(
    id="evt-089",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["日比野 先生 <hibino@hibino-keiei.jp>"],
    cc=["日比野経営研究所 事務局 <jimu@hibino-keiei.jp>"],
    subject="管理職セミナー 当日の進行について",
    charset="iso-2022-jp",
    body="""日比野先生
（cc：事務局 ご担当者様）

お世話になっております。日の出産業の早川です。
30日の管理職セミナーの進行表をお送りします。

　 9:30　開場・受付
　10:00　開講（人事部長挨拶 5分）
　10:05　第1部　部下育成の基本
　12:00　昼食（お弁当をご用意します）
　13:00　第2部　グループ演習
　16:30　終了

控室は8F 小会議室をご用意しております。
早川
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="lecturer and his office at the same domain: one external organisation",
))

# evt-090: internal list including a subdomain recipient
_p = people(90, 14, mail_domain="hinode-sangyo.co.jp")
_lines = [f"{x['name']}, {x['email']}, 内線{4100 + i}, {x['mobile']}" for i, x in enumerate(_p)]
MESSAGES.append(dict(
    id="evt-090",
    sender="人材開発部 研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["研修課 <kenshu@hinode-sangyo.co.jp>"],
    cc=["大阪支社 総務 <soumu-osaka@mail.hinode-sangyo.co.jp>"],
    subject="OJTトレーナー研修 受講者連絡先",
    charset="utf-8",
    body="""研修課各位、大阪支社総務 ご担当

OJTトレーナー研修の受講者連絡先です（14名）。
前日の案内メール送付と、当日の欠席連絡の確認に使ってください。

""" + "\n".join(_lines) + """

野々村
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="14 employees' contacts sent only inside the company (incl. the mail. subdomain)",
))

# evt-091: order/reservation numbers that look like personal numbers but are not
MESSAGES.append(dict(
    id="evt-091",
    sender="マーケティング部 岸本 <r-kishimoto@hinode-sangyo.co.jp>",
    to=["レンタルのコスモ 法人営業部 <hojin@cosmo-rental.co.jp>"],
    subject="展示会備品レンタル 注文内容の確認",
    charset="iso-2022-jp",
    body="""レンタルのコスモ
法人営業部 ご担当者様

日の出産業の岸本です。注文内容を確認しました。問題ございません。

　受注番号：2025-0918-004417
　顧客コード：CST-00871
　品目：
　　 55型モニター（型番 LCD-55X7）　　2台
　　 モニタースタンド（型番 MS-180）　2台
　　 ハイカウンター（品番 HC-1200W）　1台
　　 商談テーブルセット（品番 TB-4S）　3セット
　配送伝票番号：5720-3318-4496
　合計金額：186,450円（税込）

搬入は10/7 14:00、東4ホール B-12へお願いします。
岸本
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order, customer-code, product and delivery numbers: no personal data",
))

# evt-092: HTML-only table of recommended hotels for exhibitors (businesses)
MESSAGES.append(dict(
    id="evt-092",
    sender="営業企画部 イベント推進課 <event@hinode-sangyo.co.jp>",
    to=["株式会社アルファ計装 営業部 <sales@alpha-keiso.co.jp>"],
    subject="出展者様向け 近隣ホテルのご案内",
    charset="utf-8",
    html="""<html><body>
<p>出展者ご担当者様</p>
<p>パートナーパビリオンにご出展の皆様向けに、会場近くのホテルをご案内いたします。<br>
いずれも「日の出産業パビリオン出展」とお伝えいただくと特別料金が適用されます。</p>
<table border="1" cellpadding="3">
<tr><th>ホテル</th><th>住所</th><th>電話（代表）</th><th>特別料金（シングル）</th><th>会場まで</th></tr>
<tr><td>さくらホテル有明</td><td>東京都江東区有明3-7-11</td><td>03-5530-1111</td><td>14,800円</td><td>徒歩5分</td></tr>
<tr><td>ベイサイドイン東雲</td><td>東京都江東区東雲1-9-20</td><td>03-3529-2200</td><td>11,500円</td><td>りんかい線1駅</td></tr>
<tr><td>ホテルシーフォート豊洲</td><td>東京都江東区豊洲5-6-3</td><td>03-6204-8800</td><td>13,200円</td><td>ゆりかもめ10分</td></tr>
</table>
<p>日の出産業株式会社 営業企画部 イベント推進課<br>TEL 03-5201-7731</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only table of hotels (businesses) with switchboards",
))

# evt-093: aggregate survey summary in a PPTX
MESSAGES.append(dict(
    id="evt-093",
    sender="マーケティング部 国分 <kokubu@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 真田様 <sanada@tsubasa-system.jp>"],
    subject="展示会 来場者分析レポート（共有版）",
    charset="utf-8",
    body="""真田様

日の出産業の国分です。先日お話しした来場者分析レポートの共有版をお送りします。
個人が特定できる情報は除いた集計のみの版です。

国分
""",
    attachments=[{"kind": "pptx", "name": "来場者分析_共有版.pptx", "slides": [
        ["ものづくりフェア2025 来場者分析", "ブース来場 1,184名（名刺交換ベース）"],
        ["業種別", "製造（機械）38%", "製造（電機）22%", "物流 14%", "商社 11%", "その他 15%"],
        ["役職別", "経営層 9%", "部長クラス 18%", "課長クラス 31%", "担当者 42%"],
        ["関心製品", "HS-400 56%", "HS-400L 27%", "保守サービス 17%"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate visitor statistics in a PPTX, no individual data",
))

# evt-094: internal badge CSV
_p = people(94, 60, mail_domain="hinode-sangyo.co.jp")
_r = rnd(94)
_rows = [["社員番号", "氏名", "ローマ字", "所属", "メール"]]
for x in _p:
    _rows.append([f"{_r.randint(10000, 39999)}", x["name"], x["ROMA"], _r.choice(["営業本部", "技術本部", "管理本部", "製造本部"]), x["email"]])
MESSAGES.append(dict(
    id="evt-094",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["総務課 宇野 <uno@hinode-sangyo.co.jp>"],
    subject="周年イベント 社員名札データ",
    charset="utf-8",
    body="""宇野さん

周年イベントの社員名札データです。総務で印刷をお願いできますか。
60名分です。

北条
""",
    attachments=[{"kind": "csv", "name": "名札データ_社員.csv", "rows": _rows, "encoding": "utf-8-sig"}],
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=[],
    note="60 employees' badge data, sent internally only",
))

# evt-095: English mail confirming an overseas exhibitor's own registration details
MESSAGES.append(dict(
    id="evt-095",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["Priya Nair <priya@nairtech.in>"],
    subject="Your exhibitor registration - please confirm",
    charset="utf-8",
    body="""Dear Ms. Nair,

Thank you for registering as an exhibitor. Please confirm the details we have for you:

  Name on badge: Priya NAIR
  Company: NairTech Solutions Pvt. Ltd.
  E-mail: priya@nairtech.in
  Booth: J-211

If anything is wrong, just reply to this e-mail.

Kind regards,
Maki Ishizaka
Hinode Sangyo Co., Ltd.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the recipient's own registration details sent back to her: no third-party data",
))

# evt-096: university lecturer with his secretary (same domain)
MESSAGES.append(dict(
    id="evt-096",
    sender="人材開発部 早川 <hayakawa@hinode-sangyo.co.jp>",
    to=["唐沢 誠一 先生 <karasawa@tohoku-kogyo.ac.jp>"],
    cc=["唐沢研究室 秘書 <karasawa-lab@tohoku-kogyo.ac.jp>"],
    subject="ご講演の謝金・交通費について",
    charset="iso-2022-jp",
    body="""唐沢先生

いつもお世話になっております。日の出産業 人材開発部の早川です。
11月のフォーラムでのご講演につき、謝金と交通費のご案内です。

　謝金：300,000円（源泉徴収前）
　交通費：仙台〜東京 新幹線往復の実費（グリーン車可）
　宿泊：さくらホテル東京 前泊1泊（弊社手配）

振込先等のご登録は、別途お送りする書式でお願いいたします。
早川
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="fee and travel arrangements to a university lecturer with his secretary at the same domain",
))

# evt-097: Outlook-style reply in Japanese with the list under 差出人/送信日時
_p = people(97, 9)
_r = rnd(97)
_q = "\n".join(f"・{x['name']}（{_r.choice(['ハラール', '卵アレルギー', '通常', '通常'])}）" for x in _p)
MESSAGES.append(dict(
    id="evt-097",
    sender="Maki Ishizaka <m-ishizaka@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会調理 <banquet-kitchen@sakura-hotel.jp>"],
    subject="RE: 特別食リストの再確認",
    charset="cp932",
    body="""宴会調理ご担当者様

ご確認ありがとうございます。日の出産業の石坂です。
いただいたリストで相違ありません。どうぞよろしくお願いいたします。

石坂

差出人: さくらホテル 宴会調理 <banquet-kitchen@sakura-hotel.jp>
送信日時: 2025年10月30日 14:25
宛先: 石坂 真希 <m-ishizaka@hinode-sangyo.co.jp>
件名: 特別食リストの再確認

日の出産業 石坂様

さくらホテル宴会調理でございます。
お預かりした特別食の内容を以下のとおり登録しております。ご確認ください。

""" + _q + """

宴会調理 担当
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply; the dietary list (with allergies/halal) is only in the quoted original from the recipient",
))

# ---------------------------------------------------------------------------------------
# evt-098 … evt-100: honestly either
# ---------------------------------------------------------------------------------------

# evt-098: six names with companies only (no contacts), badges for guests
MESSAGES.append(dict(
    id="evt-098",
    sender="広報部 長沼 <naganuma@hinode-sangyo.co.jp>",
    to=["プリントワークス神田 受付 <order@printworks-kanda.jp>"],
    subject="来賓用リボン名札 6名分",
    charset="iso-2022-jp",
    body="""プリントワークス神田 ご担当者様

日の出産業の長沼です。来賓用のリボン付き名札を6名分お願いいたします。

　川崎電機株式会社　代表取締役社長　若林 修 様
　青葉運輸株式会社　取締役　浜中 敏行 様
　みどり銀行　日本橋支店長　柏木 順子 様
　北国フーズ株式会社　専務取締役　寺門 一郎 様
　錦印刷株式会社　代表取締役　西園寺 みどり 様
　白川法律事務所　弁護士　白川 亮 様

リボンは赤、名札は明朝体でお願いします。
長沼
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six guests' names with employers and titles but no contact data: a list of people or just business titles",
))

# evt-099: free-text evaluations naming five lecturers sent to the lecturer agency
MESSAGES.append(dict(
    id="evt-099",
    sender="人材開発部 研修課 野々村 <nonomura@hinode-sangyo.co.jp>",
    to=["講師派遣センター 品質管理室 <quality@koushi-haken.jp>"],
    subject="上期研修 講師別アンケート自由記述の共有",
    charset="utf-8",
    body="""講師派遣センター
品質管理室 ご担当者様

日の出産業の野々村です。上期にご派遣いただいた講師の方々について、
受講者アンケートの自由記述を講師別に抜粋しました。来期の講師選定の参考にしてください。

【三上 講師】「例が豊富で分かりやすい」「時間配分がやや雑」
【園田 講師】「話が脱線しがちで、肝心の演習時間が足りなかった」「声が小さく後方で聞き取れない」
【唐沢 講師】「専門的すぎて新人にはハードルが高い」
【日比野 講師】「実務に即していて満足」「また受講したい」
【戸倉 講師】「質問への回答が的確」「資料の誤字が多い」

評価の低い点については、講師ご本人へのフィードバックをお願いいたします。
野々村
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="evaluations of five named lecturers (no contact data) to their agency: personnel assessments, judgement call",
))

# evt-100: five speakers' business e-mail and direct lines to the printer for the programme
MESSAGES.append(dict(
    id="evt-100",
    sender="広報部 北条 <hojo@hinode-sangyo.co.jp>",
    to=["錦印刷 小松様 <komatsu@nishiki-insatsu.co.jp>"],
    subject="プログラム冊子 登壇者問い合わせ先の掲載",
    charset="iso-2022-jp",
    body="""小松様

日の出産業の北条です。プログラム冊子の最終ページ「登壇者へのお問い合わせ」の原稿です。
掲載はご本人の了承済みです。

　唐沢 誠一（東北工業大学）　karasawa@tohoku-kogyo.ac.jp　022-795-4410
　若林 修（川崎電機）　o-wakabayashi@kawasaki-denki.co.jp　044-520-7781
　加賀 美月（PRパートナーズ）　kaga@pr-partners.co.jp　03-6450-2290
　尾上 悠（フューチャーラボ）　onoe@future-lab.co.jp　03-5459-3318
　戸倉 宏明（戸倉コンサルティング）　tokura@tokura-consulting.jp　045-620-1174

北条
""",
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five speakers' business e-mail and direct lines, published with consent: business contacts or a list of people",
))
