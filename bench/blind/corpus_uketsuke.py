"""Blind evaluation corpus — area: uketsuke (受付・来客管理 at head office).

Reception and visitor management of 日の出産業株式会社's head office, a tenant on the 12th
floor of an office building: 来客予定, 入館申請 and 入館者リスト for the building
management company, the security company, 工事業者の作業員名簿, 工場見学会・会社説明会の
参加者, セキュリティカード (IC社員証) 発行, 落とし物.

Everything here is invented: every person, company outside the brief's list, number,
address and mail is fictional.  It was written blind, from bench/blind/BRIEF.md,
bench/blind/build.py and shared/SPEC.md only, without reading mailguard's code, rules or
tests.  My Numbers and card numbers come from build.my_number / build.card_number.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 31001
_rng = random.Random(SEED)

# -- invented people --------------------------------------------------------------------

_SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("斎藤", "サイトウ", "Saito"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("月見里", "ヤマナシ", "Yamanashi"), ("五百旗頭", "イオキベ", "Iokibe"),
    ("薬袋", "ミナイ", "Minai"), ("百目鬼", "ドウメキ", "Domeki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("御手洗", "ミタライ", "Mitarai"), ("猪俣", "イノマタ", "Inomata"),
    ("砂金", "イサゴ", "Isago"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("蛯名", "エビナ", "Ebina"), ("釜萢", "カマヤチ", "Kamayachi"), ("日下部", "クサカベ", "Kusakabe"),
    ("鬼頭", "キトウ", "Kito"), ("雲母", "キララ", "Kirara"), ("甘粕", "アマカス", "Amakasu"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("舟木", "フナキ", "Funaki"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("宍戸", "シシド", "Shishido"), ("帆足", "ホアシ", "Hoashi"), ("正木", "マサキ", "Masaki"),
]
_GIVEN_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓也", "タクヤ", "Takuya"), ("誠司", "セイジ", "Seiji"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"),
    ("勇気", "ユウキ", "Yuki"), ("和也", "カズヤ", "Kazuya"), ("博之", "ヒロユキ", "Hiroyuki"),
    ("哲也", "テツヤ", "Tetsuya"), ("修", "オサム", "Osamu"), ("陽介", "ヨウスケ", "Yosuke"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("直樹", "ナオキ", "Naoki"), ("昭彦", "アキヒコ", "Akihiko"),
    ("湊", "ミナト", "Minato"), ("源太", "ゲンタ", "Genta"), ("光太郎", "コウタロウ", "Kotaro"),
    ("航", "ワタル", "Wataru"), ("省吾", "ショウゴ", "Shogo"), ("善之", "ヨシユキ", "Yoshiyuki"),
]
_GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("さくら", "サクラ", "Sakura"),
    ("由美", "ユミ", "Yumi"), ("真由美", "マユミ", "Mayumi"), ("結衣", "ユイ", "Yui"),
    ("恵", "メグミ", "Megumi"), ("千夏", "チナツ", "Chinatsu"), ("京子", "キョウコ", "Kyoko"),
    ("彩花", "アヤカ", "Ayaka"), ("智子", "トモコ", "Tomoko"), ("葵", "アオイ", "Aoi"),
    ("奈々", "ナナ", "Nana"), ("典子", "ノリコ", "Noriko"), ("凛", "リン", "Rin"),
    ("芽衣", "メイ", "Mei"), ("佳代", "カヨ", "Kayo"), ("早苗", "サナエ", "Sanae"),
]
_PLACES = [
    ("東京都", "江東区", "大島"), ("東京都", "世田谷区", "経堂"), ("東京都", "練馬区", "石神井町"),
    ("東京都", "足立区", "梅島"), ("東京都", "八王子市", "めじろ台"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("神奈川県", "川崎市中原区", "上小田中"), ("神奈川県", "相模原市南区", "相模台"),
    ("埼玉県", "さいたま市浦和区", "岸町"), ("埼玉県", "川口市", "芝新町"), ("埼玉県", "越谷市", "南越谷"),
    ("千葉県", "船橋市", "本町"), ("千葉県", "市川市", "八幡"), ("千葉県", "松戸市", "常盤平"),
    ("茨城県", "取手市", "井野"), ("東京都", "葛飾区", "亀有"), ("東京都", "板橋区", "成増"),
    ("東京都", "府中市", "若松町"), ("神奈川県", "藤沢市", "鵠沼海岸"), ("千葉県", "柏市", "豊四季"),
    ("東京都", "墨田区", "立花"), ("埼玉県", "所沢市", "小手指町"), ("神奈川県", "大和市", "中央林間"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "gmail.com", "yahoo.co.jp"]
_used_names: set[str] = set()


def _person(y0: int = 1960, y1: int = 2001, female: bool | None = None) -> dict:
    """An invented person (name unique within this file)."""
    while True:
        sei = _rng.choice(_SURNAMES)
        fem = _rng.random() < 0.45 if female is None else female
        mei = _rng.choice(_GIVEN_F if fem else _GIVEN_M)
        if sei[0] + mei[0] not in _used_names:
            break
    _used_names.add(sei[0] + mei[0])
    dob = _dt.date(_rng.randint(y0, y1), _rng.randint(1, 12), _rng.randint(1, 28))
    pref, city, town = _rng.choice(_PLACES)
    addr = f"{pref}{city}{town}{_rng.randint(1, 5)}-{_rng.randint(1, 28)}-{_rng.randint(1, 19)}"
    if _rng.random() < 0.35:
        addr += f" {_rng.choice(['メゾン', 'コーポ', 'パレス', 'ハイツ'])}{_rng.choice(['青葉', '若葉', 'みどり', 'ひまわり', 'エクセル'])}{_rng.randint(1, 5)}0{_rng.randint(1, 9)}"
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "kana": f"{sei[1]} {mei[1]}",
        "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}",
        "female": fem, "sex": "女" if fem else "男", "dob": dob,
        "age": 2025 - dob.year - (1 if (dob.month, dob.day) > (11, 1) else 0),
        "mobile": f"0{_rng.choice('789')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
        "email": f"{mei[2].lower()}{_rng.choice(['.', '_', ''])}{sei[2].lower()}{_rng.randint(1, 99)}@{_rng.choice(_FREEMAIL)}",
        "zip": f"{_rng.randint(100, 359)}-{_rng.randint(0, 9999):04d}",
        "pref": pref, "addr": addr,
    }


def _people(n: int, **kw) -> list[dict]:
    return [_person(**kw) for _ in range(n)]


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def _fw(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_FW)


def _wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "fw":
        return _fw(f"{e}{y}.{d.month}.{d.day}").replace(e, chr(ord(e) + 0xFEE0))
    return _fw(f"{era}{y}年{d.month}月{d.day}日")


def _ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(n - _dw(s), 0)


def _table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """Columns padded with ASCII spaces under a header and a rule, as pasted from Excel."""
    widths = [max(_dw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(_pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def _corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _license() -> str:
    return f"{_rng.choice(['30', '45', '46', '50', '51'])}{_rng.randint(0, 99):02d}{_rng.randint(0, 999999):06d}{_rng.randint(0, 9)}{_rng.choice('0001')}"


def _plate() -> str:
    return (f"{_rng.choice(['品川', '練馬', '足立', '横浜', '川崎', '相模', '大宮', '習志野', '多摩'])}"
            f"{_rng.choice(['300', '330', '400', '480', '500', '530'])} "
            f"{_rng.choice('さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} "
            f"{_rng.randint(1, 99):>2}-{_rng.randint(10, 99)}")


# -- the senders' signatures ----------------------------------------------------------------

_ONODERA = """━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 総務部 総務課（受付・来客管理）
小野寺 真理  Mari Onodera
〒103-0022 東京都中央区日本橋室町3-5-8 日本橋みなとビル12F
TEL 03-5201-7700（代表） / 内線 2114
onodera.mari@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

_KUWABARA = """--
日の出産業株式会社
総務部 施設管理課　桑原 健吾
TEL：03-5201-7712　FAX：03-5201-7790
Mail：kuwabara.kengo@hinode-sangyo.co.jp"""

_MIYASHITA = """日の出産業（株）総務部 受付 宮下
内線2100 / 03-5201-7700"""

_SAKUMA = """*************************************
日の出産業株式会社 人事部 採用グループ
佐久間 亮（さくま りょう）
TEL 03-5201-7731 / 携帯 080-3321-4476
〒103-0022 東京都中央区日本橋室町3-5-8
*************************************"""

_NITTA = """―――――――――――――――――
日の出産業株式会社
広報・IR部　工場見学会事務局
新田 千尋
TEL 03-5201-7745
https://www.hinode-sangyo.co.jp/
―――――――――――――――――"""

_TODO = """--------------------------------
情報システム部 インフラグループ
藤堂 誠 (Makoto Todo)
内線: 3305 / 直通: 03-5201-7768
--------------------------------"""

_MIZUNO = """日の出産業株式会社　秘書室
水野 玲奈
TEL 03-5201-7701（直通）"""

_MIZUNO_EN = """Rena Mizuno
Executive Office, Hinode Sangyo Co., Ltd.
3-5-8 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel: +81-3-5201-7701"""

_OKOCHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 第二営業部
大河内 敦
TEL 03-5201-7820 ／ 携帯 090-6612-3087
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

_DISC_JA = ("【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。")
_DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
            "not the intended recipient, please notify the sender immediately and delete it.")

S_ONODERA = "小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"
S_KUWABARA = "桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>"
S_MIYASHITA = "宮下 あゆみ <miyashita.ayumi@hinode-sangyo.co.jp>"
S_SAKUMA = "佐久間 亮 <sakuma.ryo@hinode-sangyo.co.jp>"
S_NITTA = "新田 千尋 <nitta.chihiro@hinode-sangyo.co.jp>"
S_TODO = "藤堂 誠 <todo.makoto@hinode-sangyo.co.jp>"
S_MIZUNO = "水野 玲奈 <mizuno.rena@hinode-sangyo.co.jp>"
S_OKOCHI = "大河内 敦 <okochi.atsushi@hinode-sangyo.co.jp>"

# external counterparts (invented, apart from the brief's partner domains)
BOUSAI = "日本橋みなとビル防災センター <bousai@kasumi-bm.co.jp>"
MORIYA = "守屋 様 <moriya@kasumi-bm.co.jp>"
SHIINA = "椎名 克也 <shiina.k@kasumi-bm.co.jp>"
HEIWA = "仁科 様 <nishina@heiwa-keibi.co.jp>"
USAMI = "宇佐美 様 <usami@taisho-kensetsu.co.jp>"
NARUMI = "鳴海 様 <narumi@kogane-setsubi.co.jp>"
EBATO = "江波戸 様 <ebato@minato-denko.co.jp>"
ACCESS1 = "アクセスワン カード発行センター <card-center@access-one.co.jp>"
HATORI = "羽鳥 様 <hatori@bridge-staff.co.jp>"

M: list[dict] = []


def _add(**kw) -> None:
    M.append(kw)

# =========================================================================================
# must stop
# =========================================================================================

# -- 入館申請: a padded table of six visitors with their mobiles, to the building's 防災センター
_v = _people(6)
_co = ["川崎電機株式会社", "川崎電機株式会社", "ツバサシステム株式会社", "株式会社港電工",
       "株式会社港電工", "北国フーズ株式会社"]
_rows = [["No", "氏名", "会社名", "携帯電話", "車両"]]
for _i, (_p, _c) in enumerate(zip(_v, _co), 1):
    _rows.append([str(_i), _p["name"], _c, _p["mobile"], _plate() if _i in (1, 4) else "-"])
_add(expect="stop", sender=S_ONODERA, to=[BOUSAI],
     subject="【時間外入館申請】11/17(月) 日の出産業 12F", charset="iso-2022-jp",
     body=f"""霞ビルマネジメント株式会社
日本橋みなとビル 防災センター 御中

いつも大変お世話になっております。
12階 日の出産業の小野寺でございます。

下記のとおり、11月17日（月）の時間外入館を申請いたします。
入館は 7:30、退館は 21:00 頃の予定です。
車両欄に記載のある方は地下駐車場（来客用）の利用もあわせてお願いいたします。

{_table(_rows)}

入館証は12階受付でお渡ししますので、1階での個別のお渡しは不要です。
ご不明点がございましたらご連絡くださいませ。

{_ONODERA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="six visitors with mobile numbers in a padded table sent to the building management company")

# -- a forwarded 作業員名簿 (tab-separated, 和暦 birth dates, home addresses)
_w = _people(8, y0=1962, y1=2001, female=False)
_lines = ["氏名\tフリガナ\t生年月日\t年齢\t血液型\t現住所\t携帯"]
for _i, _p in enumerate(_w):
    _lines.append("\t".join([_p["name"], _p["kana"], _wareki(_p["dob"], "kanji" if _i % 3 else "abbr"),
                             str(_p["age"]), _rng.choice(["A", "B", "O", "AB"]), _p["addr"], _p["mobile"]]))
_w_tsv = "\n".join(_lines)
_add(expect="stop", sender=S_KUWABARA, to=[MORIYA],
     subject="FW: 作業員名簿（日の出産業様 12F給湯室改修）", charset="shift_jis",
     body=f"""守屋様

お世話になっております。日の出産業の桑原です。
12階給湯室改修工事（11/22〜11/24）の作業員名簿を、施工の黄金設備工業様より受領しましたので
転送いたします。工事申請書は昨日提出済みです。
搬入車両は別途ご連絡します。

桑原

-------- 転送メッセージ --------
差出人: 鳴海 隆之 <narumi@kogane-setsubi.co.jp>
送信日時: 2025年11月12日 17:42
宛先: 桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>
件名: 作業員名簿（日の出産業様 12F給湯室改修）

日の出産業株式会社
桑原様

いつもお世話になっております。黄金設備工業の鳴海です。
標記工事の作業員名簿をお送りします。ビル側への提出をよろしくお願いいたします。

{_w_tsv}

黄金設備工業株式会社 工事課
鳴海 隆之
TEL 045-832-5510
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
     note="forward (new text to the recipient) of a contractor's roster of eight workers with birth dates, addresses and mobiles")

# -- 作業員名簿.xlsx with a title row, health-check columns, and a second sheet
_w = _people(7, y0=1965, y1=2000, female=False)
_sheet = [["作業員名簿（日本橋みなとビル12F 執務室内装工事）"], ["元請：大翔建設株式会社　作成日：2025/11/10"], [],
          ["番号", "氏名", "ふりがな", "職種", "生年月日", "年齢", "現住所", "電話番号", "健康診断日", "血圧", "既往歴・特記事項"]]
_hist = ["なし", "高血圧（服薬中）", "なし", "糖尿病（通院中）", "腰椎椎間板ヘルニア", "なし", "気管支喘息"]
for _i, _p in enumerate(_w):
    _sheet.append([_i + 1, _p["name"], _p["kana"], _rng.choice(["内装工", "軽鉄工", "電工", "多能工", "ボード工"]),
                   _ymd(_p["dob"]), _p["age"], _p["addr"], _p["mobile"], f"2025/0{_rng.randint(3, 9)}/{_rng.randint(10, 28)}",
                   f"{_rng.randint(112, 162)}/{_rng.randint(68, 98)}", _hist[_i]])
_quals = [["氏名", "資格", "取得日"]] + [[_p["name"], _rng.choice(["玉掛け", "職長教育", "フルハーネス特別教育", "高所作業車"]),
                                          f"20{_rng.randint(10, 24)}/0{_rng.randint(1, 9)}"] for _p in _w]
_add(expect="stop", sender=S_KUWABARA, to=[SHIINA], cc=[USAMI],
     subject="12F内装工事 作業員名簿の提出", charset="iso-2022-jp",
     body=f"""霞ビルマネジメント株式会社
椎名様
（cc：大翔建設 宇佐美様）

いつもお世話になっております。日の出産業の桑原でございます。

12階執務室の内装工事（11/25〜12/5）につきまして、作業員名簿を添付にてお送りします。
元請の大翔建設様にご作成いただいたものを、そのまま提出させていただきます。
新規入場者教育の日程が決まりましたらご連絡ください。

何卒よろしくお願いいたします。

{_KUWABARA}
""",
     attachments=[{"kind": "xlsx", "name": "作業員名簿_12F内装工事.xlsx",
                   "sheets": {"作業員名簿": _sheet, "資格一覧": _quals}}],
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
     detectors=["personal_data", "multiple_external_domains"],
     note="XLSX roster of seven workers with birth dates, addresses, blood pressure and medical history, to two external companies")

# -- 見学会: CSV (CP932) of twelve participants to the partner bus company
_v = _people(12, y0=1945, y1=2008)
_rows = [["No", "氏名", "フリガナ", "年齢", "性別", "携帯電話", "乗車地"]]
for _i, _p in enumerate(_v, 1):
    _rows.append([_i, _p["name"], _p["kana"], _p["age"], _p["sex"], _p["mobile"],
                  "東京駅八重洲口" if _i <= 7 else "新横浜駅"])
_add(expect="stop", sender=S_NITTA, to=["小田切 様 <odagiri@aoba-unyu.co.jp>"],
     subject="相模原工場見学会（12/6）ご乗車予定者名簿", charset="utf-8",
     body=f"""青葉運輸株式会社
貸切バス営業所　小田切様

お世話になっております。日の出産業 工場見学会事務局の新田です。
12月6日（土）の相模原工場見学会、貸切バス1台の件でご乗車予定者の名簿をお送りします。

・東京駅八重洲口 8:30集合（7名）
・新横浜駅 9:20集合（5名）

当日の点呼用にお使いください。遅延などの連絡が入った場合は、各自の携帯へ
ドライバーさんから直接ご連絡いただいて構いません。

{_NITTA}
""",
     attachments=[{"kind": "csv", "name": "乗車名簿_1206.csv", "encoding": "cp932", "rows": _rows}],
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="CSV of twelve tour participants with mobiles sent to the bus company")

# -- 見学会: confirmation to six private participants, all visible in To
_v = _people(6, y0=1950, y1=2000)
_doms = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "gmail.com", "outlook.jp"]
_to = [f"{_p['name']} <{_p['romaji'].split()[0].lower()}{_rng.randint(10, 99)}.{_p['romaji'].split()[1].lower()}@{_d}>"
       for _p, _d in zip(_v, _doms)]
_add(expect="stop", sender=S_NITTA, to=_to,
     subject="【日の出産業】工場見学会 参加確定のお知らせ（11/29）", charset="iso-2022-jp",
     body=f"""工場見学会にお申込みの皆さま

このたびは日の出産業 相模原工場見学会にお申込みいただき、誠にありがとうございます。
抽選の結果、ご参加が確定しましたのでご案内いたします。

■日時　2025年11月29日（土）13:30〜16:00（受付開始 13:00）
■集合　相模原工場 正門守衛所（JR相模線 南橋本駅より徒歩12分）
■持ち物　本メールの画面または印刷したもの、歩きやすい靴
■注意　工場内は撮影禁止です。スマートフォンは受付でお預かりします。

ご欠席の場合は、お手数ですが本メールへの返信でお知らせください。
当日お会いできることを楽しみにしております。

{_NITTA}
""",
     entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
     note="six private participants on free mail can see each other in To: should have been Bcc")

# -- セキュリティカード: XLSX of ten new hires to the card vendor
_v = _people(10, y0=1998, y1=2003)
_sheet = [["ICカード社員証 発行依頼書（2026年1月入社分）"], ["依頼元：日の出産業株式会社 情報システム部"], [],
          ["社員番号", "氏名（漢字）", "氏名（ローマ字）", "所属", "入社日", "メールアドレス", "写真ファイル名"]]
for _i, _p in enumerate(_v):
    _sheet.append([f"H{26010 + _i:06d}", _p["name"], _p["ROMAJI"], _rng.choice(["営業本部", "経理部", "製造技術部", "品質保証部", "人事部"]),
                   "2026/01/05", f"{_p['romaji'].split()[1].lower()}.{_p['romaji'].split()[0].lower()}@hinode-sangyo.co.jp",
                   f"H{26010 + _i:06d}.jpg"])
_add(expect="stop", sender=S_TODO, to=[ACCESS1], cc=["芦田 様 <ashida@access-one.co.jp>"],
     subject="ICカード社員証 発行依頼（1月入社 10名）", charset="utf-8",
     body=f"""株式会社アクセスワン
カード発行センター ご担当者様
（cc: 営業 芦田様）

いつもお世話になっております。日の出産業 情報システム部の藤堂です。

1月入社の新入社員10名分のICカード社員証の発行をお願いします。
発行依頼書を添付しますので、ご確認ください。顔写真データは別途ストレージで共有します。
納期は12/19（金）着でお願いできれば幸いです。

{_TODO}
""",
     attachments=[{"kind": "xlsx", "name": "発行依頼書_202601.xlsx",
                   "sheets": {"発行依頼": _sheet, "記入要領": [["項目", "説明"], ["氏名（ローマ字）", "姓 名 の順、大文字"],
                                                              ["写真ファイル名", "社員番号.jpg"]]}}],
     entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
     note="XLSX of ten new employees (employee number, names, e-mail) sent to the ID card vendor")

# -- 落とし物: a found driving licence, written out in full to the building's 防災センター
_p = _person(y0=1970, y1=1995)
_add(expect="stop", sender=S_MIYASHITA, to=[BOUSAI],
     subject="拾得物（運転免許証）のお知らせ", charset="iso-2022-jp",
     body=f"""防災センター ご担当者様

お疲れさまです。12F日の出産業 受付の宮下です。
本日14時10分ごろ、1階エレベーターホール（低層用）で運転免許証を拾得しました。
当社の来客の方ではないようですので、ビルの拾得物として扱っていただけますでしょうか。
現物は本日中に防災センターへお持ちします。

　氏名　　：{_p['name']}
　生年月日：{_wareki(_p['dob'])}生
　住所　　：{_p['addr']}
　免許証番号：第{_license()}号
　有効期限：令和9年{_p['dob'].month}月{_p['dob'].day}日まで

お問い合わせがあった場合は、上記でご本人確認をお願いします。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
     note="a found driving licence transcribed with its number, birth date and address, to the building management")

# -- hotel booking for two overseas staff: passport numbers and the corporate card number
_g = _people(2, y0=1975, y1=1990)
_pp = [f"{_rng.choice(['TK', 'TR', 'TZ', 'MU'])}{_rng.randint(1000000, 9999999)}" for _ in _g]
_cn = card_number(SEED + 0)
_add(expect="stop", sender=S_MIZUNO, to=["さくらホテル 宿泊予約 <reservations@sakura-hotel.jp>"],
     subject="宿泊予約のお願い（12/8〜12/11 2名）日の出産業", charset="iso-2022-jp",
     body=f"""さくらホテル日本橋
宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社 秘書室の水野でございます。
タイ現地法人から本社へ出張する社員2名の宿泊を、下記のとおりお願いいたします。
両名とも海外在住のため、旅券番号をお知らせいたします。

1. {_g[0]['ROMAJI']}（{_g[0]['name']}）　旅券番号 {_pp[0]}
2. {_g[1]['ROMAJI']}（{_g[1]['name']}）　旅券番号 {_pp[1]}

・チェックイン 12/8（月）、チェックアウト 12/11（木）　3泊
・シングル（禁煙）2室、朝食付き
・お支払い：弊社法人カード
　カード番号 {_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}　有効期限 08/28
　名義 HINODE SANGYO CO LTD

確認書をご送付いただけますと幸いです。

{_MIZUNO}
""",
     entities=["PERSON_NAME", "JP_PASSPORT", "CREDIT_CARD"], detectors=["personal_data"],
     note="passport numbers of two guests and a credit card number sent to the hotel")

# -- 会社説明会: three university career centres in To/Cc
_add(expect="stop", sender=S_SAKUMA,
     to=["湘北学院大学 キャリアセンター <career@shohoku-gakuin.ac.jp>",
         "東都工業大学 就職課 <shushoku@toto-kogyo.ac.jp>"],
     cc=["北陵大学 キャリア支援室 <career-support@hokuryo-u.ac.jp>"],
     subject="本社見学・会社説明会（1月）開催のご案内", charset="utf-8",
     body=f"""各大学 キャリアセンター ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部 採用グループの佐久間でございます。

2027年卒業予定の学生の皆さまを対象に、本社（日本橋）での見学会・会社説明会を
下記日程で開催いたします。学内での周知にご協力いただけますと幸いです。

　第1回　2026年1月14日（水）14:00〜16:30
　第2回　2026年1月21日（水）14:00〜16:30
　会場　　日本橋みなとビル 12F 日の出産業 大会議室
　申込　　当社採用サイトより（各回先着40名）

ご来社の際は、ビル1階の受付で「日の出産業 説明会」とお伝えいただければ
入館証をお渡しします。

ポスター（PDF）が必要でしたらお申し付けください。

{_SAKUMA}
""",
     entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
     note="three external organisations (universities) see each other in To/Cc: should have been Bcc")

# -- look-alike: a partner's domain with another TLD
_add(expect="stop", sender=S_OKOCHI, to=["伏見 様 <fushimi@kawasaki-denki.com>"],
     subject="Re: 来週のご来社について", charset="iso-2022-jp",
     body=f"""川崎電機株式会社
伏見様

お世話になっております。日の出産業の大河内です。
11月20日（木）15時からのお打合せ、承知いたしました。

当日は日本橋みなとビル1階の総合受付で、ゲストカードをお受け取りのうえ
12階までお上がりください。12階受付にて私を呼び出していただければ結構です。
ご同行の方のお名前を、前日までにお知らせいただけると助かります。

どうぞよろしくお願いいたします。

{_OKOCHI}
""",
     entities=[], detectors=["lookalike_domain"],
     note="kawasaki-denki.com is a look-alike (another TLD) of the partner kawasaki-denki.co.jp")

# -- look-alike of our own domain (co. dropped), internal visitor schedule
_add(expect="stop", sender=S_ONODERA, to=["宮下 あゆみ <miyashita.ayumi@hinode-sangyo.jp>"],
     cc=["受付 <uketsuke@hinode-sangyo.co.jp>"],
     subject="明日の来客予定（11/19）", charset="iso-2022-jp",
     body="""宮下さん

明日の来客予定です。午前中は私が会議なので、受付対応をお願いします。

 9:30  みどり銀行 日本橋支店 様（2名）→ 第1応接　経理部 前川部長
11:00  錦印刷 様（1名）→ 小会議室B　広報・IR部 新田さん
13:30  ツバサシステム 様（3名）→ 大会議室　情報システム部
16:00  白川法律事務所 様（1名）→ 役員応接　秘書室 水野さん

お茶出しは 9:30 と 16:00 の2件です。
よろしくお願いします。

小野寺
""",
     entities=[], detectors=["lookalike_domain"],
     note="hinode-sangyo.jp (co. dropped) is a look-alike of the company's own domain")

# -- look-alike: aoba-unyo.co.jp (u->o)
_add(expect="stop", sender=S_NITTA, to=["小田切 様 <odagiri@aoba-unyo.co.jp>"],
     subject="12/13 見学会 貸切バス 配車時刻のご確認", charset="shift_jis",
     body=f"""青葉運輸 小田切様

お世話になっております。日の出産業の新田です。
12/13（土）の見学会の配車、以下で確定とさせてください。

　往路：東京駅八重洲口 8:40 発 → 相模原工場 10:15 着
　復路：相模原工場 15:30 発 → 東京駅八重洲口 17:10 着（予定）
　人数：参加者38名＋事務局3名
　車両：大型1台（補助席なし）

ご請求書は見学会終了後で結構です。

{_NITTA}
""",
     entities=[], detectors=["lookalike_domain"],
     note="aoba-unyo.co.jp is a one-letter look-alike of the partner aoba-unyu.co.jp")

# -- look-alike: sakura-hote1.jp (digit one for l)
_add(expect="stop", sender=S_MIZUNO, to=["宴会予約 <banquet@sakura-hote1.jp>"],
     subject="ご来賓控室のご予約（1/9 賀詞交換会）", charset="iso-2022-jp",
     body=f"""さくらホテル 宴会予約ご担当者様

平素よりお世話になっております。日の出産業 秘書室の水野です。
1月9日（金）の賀詞交換会につき、ご来賓控室を1室追加でお願いできますでしょうか。

　時間：15:00〜18:00
　人数：8名程度（お茶とお菓子のご用意をお願いします）
　看板：「日の出産業株式会社 御来賓控室」

ご来賓のお名前は前日までに別途お送りいたします。
お見積りを頂戴できれば幸いです。

{_MIZUNO}
""",
     entities=[], detectors=["lookalike_domain"],
     note="sakura-hote1.jp (digit 1 for l) is a homoglyph look-alike of the partner sakura-hotel.jp")

# -- look-alike: tsubasa-system.co.jp (the partner is tsubasa-system.jp)
_add(expect="stop", sender=S_TODO, to=["竹之内 様 <takenouchi@tsubasa-system.co.jp>"],
     subject="入退室管理システム 定期保守の日程", charset="utf-8",
     body=f"""ツバサシステム株式会社
竹之内様

お世話になっております。日の出産業の藤堂です。
入退室管理システム（12F 通用口・サーバールーム）の定期保守について、
12/3（水）10:00〜12:00 で調整できました。

作業中はカードリーダーが一時停止しますので、受付で手動解錠の体制をとります。
当日は作業員の方のお名前を前日までにお知らせください（ビルの入館申請に必要です）。

{_TODO}
""",
     entities=[], detectors=["lookalike_domain"],
     note="tsubasa-system.co.jp is a look-alike (another TLD) of the partner tsubasa-system.jp")

# -- look-alike: hinode-sangyo-co.jp (a hyphen for the dot); one visitor's mobile
_p = _person()
_add(expect="stop", sender=S_MIYASHITA, to=["大河内 敦 <okochi.atsushi@hinode-sangyo-co.jp>"],
     subject="【受付より】本日16時のお客様 到着が遅れるとのことです", charset="iso-2022-jp",
     body=f"""大河内さん

受付の宮下です。
16時にお約束の北国フーズ {_p['sei']}様から受付にお電話があり、
電車の遅延で16時30分ごろの到着になるとのことです。

念のため、お電話いただいた携帯番号を控えておきます。
　{_p['name']}様　{_p['mobile']}

第2応接は17時まで押さえたままにしてあります。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
     note="hinode-sangyo-co.jp (hyphen for the dot) is a look-alike of the own domain; one visitor's mobile")

# -- look-alike: rnidori-ginko.co.jp (rn for m)
_add(expect="stop", sender=S_MIZUNO, to=["沢渡 様 <sawatari@rnidori-ginko.co.jp>"],
     subject="Re: 12月の表敬訪問の件", charset="iso-2022-jp",
     body=f"""みどり銀行 法人営業部
沢渡様

お世話になっております。日の出産業 秘書室の水野でございます。

頭取様の表敬訪問の件、12月10日（水）11:00〜11:30で社長の予定を確保いたしました。
当日は地下1階の車寄せにお車をお付けいただければ、私がお迎えに上がります。
ご随行の方の人数を改めてお知らせいただけますでしょうか。

{_MIZUNO}
""",
     entities=[], detectors=["lookalike_domain"],
     note="rnidori-ginko.co.jp ('rn' for 'm') is a homoglyph look-alike of the partner midori-ginko.co.jp")

# -- look-alike: kitaguni-food.co.jp (s dropped)
_add(expect="stop", sender=S_SAKUMA, to=["北国フーズ ケータリング係 <catering@kitaguni-food.co.jp>"],
     subject="会社説明会 昼食のご注文（1/14・1/21）", charset="utf-8",
     body=f"""北国フーズ株式会社
ケータリングご担当者様

いつもありがとうございます。日の出産業 人事部の佐久間です。
会社説明会の昼食を下記のとおり注文いたします。

　1/14（水）　幕の内弁当 42個、お茶 42本　11:45 お届け
　1/21（水）　幕の内弁当 40個、お茶 40本　11:45 お届け
　お届け先：日本橋みなとビル 12F 日の出産業 受付
　（地下1階の荷捌き場から搬入してください）

お支払いはいつもどおり月末締めの請求書でお願いします。

{_SAKUMA}
""",
     entities=[], detectors=["lookalike_domain"],
     note="kitaguni-food.co.jp (one letter dropped) is a look-alike of the partner kitaguni-foods.co.jp")

# -- 社外秘 stamped on the document header (DOCX) sent to the security company
_add(expect="stop", sender=S_KUWABARA, to=[HEIWA],
     subject="入退館管理規程（改訂版）の送付", charset="iso-2022-jp",
     body=f"""平和警備保障株式会社
日本橋営業所　仁科様

いつもお世話になっております。日の出産業の桑原です。
12月から着任される新任の隊長様向けに、当社の入退館管理規程（2025年10月改訂）をお送りします。
夜間・休日の入館者確認の手順（第8条〜第11条）が変わっておりますので、
引継ぎの際にご説明いただけますと助かります。

{_KUWABARA}
""",
     attachments=[{"kind": "docx", "name": "入退館管理規程_2025改訂.docx", "page_header": "社外秘",
                   "page_footer": "日の出産業株式会社 総務部", "title": "入退館管理規程",
                   "paragraphs": ["入退館管理規程", "第1条（目的）本規程は、本社事務所への入退館を適正に管理し、"
                                  "役職員及び来訪者の安全と情報資産の保護を図ることを目的とする。",
                                  "第8条（時間外入館）平日20時以降及び休日の入館は、事前に総務部へ申請した者に限る。",
                                  "第9条（本人確認）警備員は、ICカード社員証と入館申請者一覧とを照合する。",
                                  "第10条（来訪者）来訪者は受付でゲストカードの貸与を受け、退館時に返却する。",
                                  "第11条（紛失）ICカードを紛失した者は、直ちに総務部及び防災センターに届け出る。"]}],
     entities=[], detectors=["confidential_marking"],
     note="the attached regulation is stamped 社外秘 in its page header and goes to an external company")

# -- 取扱注意 on a PDF event security plan, to an event security firm
_add(expect="stop", sender=S_NITTA, to=["株式会社セントラル防犯 大槻 様 <otsuki@central-bouhan.co.jp>"],
     subject="見学会当日の警備計画書（案）", charset="utf-8",
     body=f"""株式会社セントラル防犯
大槻様

お世話になっております。日の出産業 広報・IR部の新田です。
12/6・12/13の工場見学会当日の警備計画書（案）をお送りします。
誘導員の配置（正門・第2駐車場・見学通路入口）についてご意見をいただけますか。

{_NITTA}
""",
     attachments=[{"kind": "pdf", "name": "警備計画書_工場見学会.pdf", "page_header": "取扱注意",
                   "title": "工場見学会 警備計画書（案）",
                   "lines": ["工場見学会 警備計画書（案）", "1. 実施日　2025年12月6日（土）・12月13日（土）",
                             "2. 警備範囲　正門、第2駐車場、見学通路、来客用トイレ",
                             "3. 配置　正門2名、第2駐車場1名、見学通路入口1名、巡回1名",
                             "4. 緊急時連絡　事務局本部（管理棟1F 会議室A）",
                             "5. 立入禁止区域　第3製造棟、危険物倉庫、研究棟"]}],
     entities=[], detectors=["confidential_marking"],
     note="the attached PDF carries a 取扱注意 classification in its page header, sent externally")

# -- "Confidential" in an XLSX page header: card reader layout, to a partner
_add(expect="stop", sender=S_TODO, to=["竹之内 様 <takenouchi@tsubasa-system.jp>"],
     subject="カードリーダー増設 対象扉一覧", charset="utf-8",
     body=f"""竹之内様

藤堂です。先日の打合せでご依頼のあった、カードリーダー増設の対象扉一覧をお送りします。
12F通用口と書庫の2か所が優先です。概算見積をお願いできますか。

{_TODO}
""",
     attachments=[{"kind": "xlsx", "name": "カードリーダー対象扉一覧.xlsx", "page_header": "Confidential",
                   "sheets": {"対象扉": [["扉ID", "場所", "現状", "希望方式", "優先度"],
                                         ["12F-D01", "12F 通用口", "シリンダー錠", "ICカード＋テンキー", "A"],
                                         ["12F-D07", "12F 書庫", "シリンダー錠", "ICカード", "A"],
                                         ["12F-D09", "12F サーバールーム前室", "ICカード", "ICカード＋生体", "B"],
                                         ["12F-D12", "12F 役員フロア入口", "ICカード", "変更なし", "C"]]}}],
     entities=[], detectors=["confidential_marking"],
     note="the attached workbook is marked Confidential in its page header and goes to an external partner")

# -- 【部外秘】 in the subject: executive visitor schedule to the reception staffing agency
_add(expect="stop", sender=S_MIZUNO, to=[HATORI],
     subject="【部外秘】役員来客予定（12月第1週）", charset="iso-2022-jp",
     body=f"""ブリッジスタッフ
羽鳥様

お世話になっております。秘書室の水野です。
12月第1週の役員来客予定をお送りしますので、受付スタッフの皆さまへ共有をお願いします。
お名前の読み間違いがないよう、事前に確認いただけますと助かります。

12/1（月）10:00　みどり銀行 副頭取様ほか2名　→ 役員応接A
12/2（火）14:00　川崎電機 代表取締役社長様　→ 役員応接A（社長対応）
12/4（木）11:00　白川法律事務所 白川先生　→ 役員応接B
12/5（金）16:00　経済団体 事務局長様　→ 役員応接A

本予定は部外秘のため、スタッフ以外への共有はお控えください。

{_MIZUNO}
""",
     entities=[], detectors=["confidential_marking"],
     note="the mail itself is classified 【部外秘】 in its subject and goes to an external agency")

# -- PPAP: visitor list in a password ZIP
_v = _people(9)
_add(expect="stop", sender=S_ONODERA, to=[BOUSAI],
     subject="【入館者名簿】12/2 株主懇談会", charset="iso-2022-jp",
     body=f"""防災センター ご担当者様

お世話になっております。日の出産業の小野寺です。
12/2（火）の株主懇談会の入館者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りいたします。

{_ONODERA}
""",
     attachments=[{"kind": "zip", "name": "入館者名簿_1202.zip", "password": "Hn1202#kb",
                   "files": [{"kind": "xlsx", "name": "入館者名簿_1202.xlsx",
                              "sheets": {"名簿": [["氏名", "電話番号"]] + [[_p["name"], _p["mobile"]] for _p in _v]}}]}],
     entities=[], detectors=["unscannable_attachment"],
     note="password-protected ZIP (PPAP) cannot be inspected")

# -- a password-protected PDF to the security company
_add(expect="stop", sender=S_KUWABARA, to=[HEIWA],
     subject="年末年始 休日入館者一覧", charset="shift_jis",
     body=f"""仁科様

お世話になります。日の出産業 桑原です。
年末年始（12/27〜1/4）の休日入館者一覧をお送りします。
PDFにはパスワードをかけてあります。パスワードはいつもの方法でお伝えします。

{_KUWABARA}
""",
     attachments=[{"kind": "pdf", "name": "休日入館者一覧_年末年始.pdf", "password": "heiwa2025",
                   "lines": ["休日入館者一覧（12/27〜1/4）"] + [f"{_p['name']}　{_p['mobile']}" for _p in _people(6)]}],
     entities=[], detectors=["unscannable_attachment"],
     note="the attached PDF is encrypted and cannot be inspected")

# -- a corrupt XLSX sent back to the contractor
_add(expect="stop", sender=S_KUWABARA, to=[NARUMI],
     subject="Re: 作業員名簿 修正のお願い", charset="iso-2022-jp",
     body=f"""鳴海様

お世話になっております。桑原です。
ビル管理会社から、生年月日の列の書式を揃えてほしいとの指摘がありましたので、
こちらで修正したファイルをお送りします。内容に誤りがないかご確認ください。

{_KUWABARA}
""",
     attachments=[{"kind": "corrupt", "name": "作業員名簿_修正版.xlsx"}],
     entities=[], detectors=["unscannable_attachment"],
     note="the attached XLSX is corrupt and cannot be inspected")

# -- a corrupt PDF application form
_add(expect="stop", sender=S_ONODERA, to=[SHIINA],
     subject="共用会議室 使用申請書の提出", charset="utf-8",
     body=f"""椎名様

お世話になっております。日の出産業の小野寺です。
1/14・1/21の会社説明会で使用する3階共用会議室の使用申請書を提出いたします。
押印済みのものをスキャンしております。

{_ONODERA}
""",
     attachments=[{"kind": "corrupt", "name": "共用会議室使用申請書_scan.pdf"}],
     entities=[], detectors=["unscannable_attachment"],
     note="the attached PDF is corrupt and cannot be inspected")

# -- 要配慮: a visitor's seizure in the lobby, with his condition, to the building management
_p = _person(y0=1968, y1=1990, female=False)
_add(expect="stop", sender=S_ONODERA, to=[MORIYA], cc=[BOUSAI],
     subject="本日の救急搬送について（ご報告）", charset="iso-2022-jp",
     body=f"""霞ビルマネジメント
守屋様

お世話になっております。日の出産業の小野寺です。
本日10時45分ごろ、12階エレベーターホールで当社の来客の方が倒れられた件、
防災センターの皆さまには迅速にご対応いただきありがとうございました。

ご報告として、概要を記載いたします。
　ご本人：{_p['name']}様（株式会社港電工）
　状況　：12Fエレベーター降車直後に転倒、1〜2分程度のけいれん
　経過　：同行の方によると、てんかんの持病があり服薬中とのこと。
　　　　　救急隊到着時には意識が戻っており、聖路加橋病院へ搬送されました。

ビル側の事故報告書の様式があれば、記入いたしますのでお送りください。

{_ONODERA}
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
     note="an identified visitor's epilepsy and seizure (medical information) sent to the building management")

# -- 要配慮: one tour participant's disability, to the bus company
_p = _person(y0=1950, y1=1975)
_add(expect="stop", sender=S_NITTA, to=["小田切 様 <odagiri@aoba-unyu.co.jp>"],
     subject="12/6 見学会 車椅子のお客様について", charset="utf-8",
     body=f"""小田切様

新田です。度々すみません。
12/6の見学会に、車椅子をご利用のお客様が1名いらっしゃいます。

　{_p['name']}様（{_p['age']}歳）
　下肢に障害があり、身体障害者手帳をお持ちです。手動車椅子（折りたたみ可）をご利用。
　当日連絡先：{_p['mobile']}

リフト付き車両への変更、または乗降時の介助が可能かご確認いただけますか。
難しい場合は、ご家族の送迎で現地集合にしていただく方向でご本人と相談します。

{_NITTA}
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=["personal_data"],
     note="one participant's disability with name and mobile sent to the bus company")

# -- 要配慮: a former temp worker's arrest, in a ban-from-entry notice to the security company
_p = _person(y0=1985, y1=1999)
_add(expect="stop", sender=S_KUWABARA, to=[HEIWA, "日本橋隊 <nihonbashi-tai@heiwa-keibi.co.jp>"],
     subject="入館禁止者の登録依頼", charset="iso-2022-jp",
     body=f"""平和警備保障 仁科様

お世話になっております。日の出産業の桑原です。
下記の者について、当社フロアへの入館禁止の措置をとりましたので、
夜間・休日の警備ご担当の皆さまにも周知をお願いいたします。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{_ymd(_p['dob'], '.')}
　元所属　：当社12F 派遣スタッフ（2025年9月まで）
　経緯　　：更衣室ロッカーからの窃盗の疑いで、10月28日に中央警察署に逮捕されています。
　特徴　　：身長175cm前後、やせ型、眼鏡

万一来館した場合は、入館をお断りのうえ当社総務部までご連絡ください。
顔写真は防災センターに紙でお渡しします。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
     note="an identified person's arrest (criminal record) with birth date sent to the security company")

# -- 要配慮: an employee who is a stalking victim, to the building's 防災センター
_p = _person(y0=1990, y1=2000, female=True)
_q = _person(y0=1980, y1=1995, female=False)
_add(expect="stop", sender=S_ONODERA, to=[BOUSAI],
     subject="不審者対応のお願い（12F 日の出産業）", charset="iso-2022-jp",
     body=f"""防災センター ご担当者様

日の出産業の小野寺です。ご内密にお願いしたい件がございます。

当社社員の{_p['name']}が、元交際相手からつきまといの被害を受けており、
先週、所轄の警察署に被害届を提出し、ストーカー規制法に基づく警告が出ています。
相手の男性（{_q['name']}、30代、小柄で短髪）がビルに来た場合は、
入館をお断りいただき、当社（内線2114／03-5201-7700）へご一報ください。

本人の出退勤時は、当面のあいだ裏の通用口を使わせていただけますと幸いです。

{_ONODERA}
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
     note="an identified employee having been a crime victim (stalking) sent to the building management")

# -- 要配慮: religion (and allergies) of named guests, to the partner caterer
_v = _people(3)
_add(expect="stop", sender=S_SAKUMA, to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
     subject="1/21 説明会 昼食の個別対応について", charset="utf-8",
     body=f"""北国フーズ 三上様

いつもありがとうございます。日の出産業の佐久間です。
1/21の会社説明会の昼食について、個別対応をお願いしたい方がいらっしゃいます。

・{_v[0]['name']}様：イスラム教を信仰されているため、ハラール対応のお食事をお願いします。
・{_v[1]['name']}様：卵アレルギー（重度、エピペン携帯とのこと）
・{_v[2]['name']}様：そばアレルギー

お弁当のふたに名前を書いていただけると配膳の際に助かります。

{_SAKUMA}
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
     note="named guests' religion and severe allergies (health) sent to the caterer")

# -- マイナンバー of a seminar lecturer, to the outside accounting office
_p = _person(y0=1955, y1=1975)
_mn = my_number(SEED + 0)
_add(expect="stop", sender=S_SAKUMA, to=["神田会計事務所 経理代行 <daiko@kanda-kaikei.jp>"],
     subject="講師謝金の支払調書用情報", charset="iso-2022-jp",
     body=f"""神田会計事務所
経理代行ご担当者様

お世話になっております。日の出産業 人事部の佐久間です。
11月の会社説明会で基調講演をお願いした外部講師の方の謝金について、
支払調書作成に必要な情報をお送りします。

　氏名：{_p['name']}（{_p['kana']}）
　住所：〒{_p['zip']} {_p['addr']}
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　謝金額：100,000円（源泉徴収前）
　振込先：みどり銀行 日本橋支店 普通 {_rng.randint(1000000, 9999999)}

お手数ですが、12月分の処理でお願いいたします。

{_SAKUMA}
""",
     entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
     note="a lecturer's My Number, address and bank account sent to an outside accounting office")

# -- マイナンバー inside a forwarded staffing-agency mail, passed on to the card vendor
_v = _people(2, y0=1988, y1=2001, female=True)
_mn = my_number(SEED + 1)
_add(expect="stop", sender=S_TODO, to=[ACCESS1],
     subject="FW: 派遣スタッフ2名 入館カード発行用情報", charset="utf-8",
     body=f"""アクセスワン カード発行センター 御中

日の出産業の藤堂です。
12月から受付に入る派遣スタッフ2名分のゲスト用ICカード（長期）の発行をお願いします。
派遣元からの情報を下に転送しますので、氏名表記はこちらに合わせてください。

藤堂

---------- Forwarded message ----------
From: 羽鳥 沙織 <hatori@bridge-staff.co.jp>
Date: 2025年11月14日(金) 11:02
Subject: 派遣スタッフ2名 入館カード発行用情報
To: 藤堂 誠 <todo.makoto@hinode-sangyo.co.jp>

藤堂様

お世話になっております。ブリッジスタッフの羽鳥です。
ご依頼の2名分の情報です。本人確認書類の写しは、マイナンバーカードで取得しております。

【1】{_v[0]['name']}（{_v[0]['kana']}）
　生年月日：{_ymd(_v[0]['dob'])}
　住所：{_v[0]['addr']}
　本人確認：個人番号カード（個人番号 {_mn}）

【2】{_v[1]['name']}（{_v[1]['kana']}）
　生年月日：{_ymd(_v[1]['dob'])}
　住所：{_v[1]['addr']}
　本人確認：運転免許証（写し取得済）

よろしくお願いいたします。
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
     note="a forward carrying a temp worker's My Number and two people's birth dates and addresses, to the card vendor")

# -- 在留カード numbers of two foreign workers, to the building management
_rc = [f"{_rng.choice(['AB', 'EH', 'UF', 'PQ'])}{_rng.randint(10000000, 99999999)}{_rng.choice(['CD', 'FA', 'JK', 'RT'])}" for _ in range(2)]
_add(expect="stop", sender=S_KUWABARA, to=[MORIYA],
     subject="外国籍作業員の入館について（12F内装工事）", charset="shift_jis",
     body=f"""守屋様

お世話になっております。日の出産業の桑原です。
12F内装工事に、外国籍の作業員が2名加わるとの連絡が元請からありました。
ビルの規定で在留資格の確認が必要とのことでしたので、情報をお送りします。

　NGUYEN VAN HUNG（グエン・ヴァン・フン）
　　国籍：ベトナム　生年月日：1996年3月14日
　　在留カード番号：{_rc[0]}　在留期限：2027年5月20日　在留資格：特定技能1号

　TRAN THI MAI（チャン・ティ・マイ）
　　国籍：ベトナム　生年月日：1999年10月2日
　　在留カード番号：{_rc[1]}　在留期限：2026年11月8日　在留資格：技能実習2号

ほかに必要な書類があればお知らせください。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
     note="residence card numbers of two workers sent to the building management")

# -- 健康保険証の記号・番号 of three workers, for emergencies
_w = _people(3, y0=1970, y1=1995, female=False)
_hi = "\n".join(f"{_p['name']}　保険者番号 {_rng.randint(1000000, 1399999):08d}　記号 {_rng.randint(1000, 9999)}　番号 {_rng.randint(1, 300)}　緊急連絡先 {_p['mobile']}"
                for _p in _w)
_add(expect="stop", sender=S_KUWABARA, to=[BOUSAI],
     subject="夜間作業者の緊急時情報（11/28 深夜作業）", charset="iso-2022-jp",
     body=f"""防災センター 御中

日の出産業 桑原です。
11/28（金）22時〜翌5時の電気設備工事（港電工様）について、
深夜帯は当社社員が立ち会えないため、緊急搬送時に必要な情報をお預けします。

{_hi}

作業終了後は、このメールを削除いただいて構いません。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"], detectors=["personal_data"],
     note="health insurance card symbol/number of three workers sent to the building management")

# -- グリーンファイル-style DOCX roster with 基礎年金番号
_w = _people(5, y0=1963, y1=1999, female=False)
_tab = [["No", "氏名", "生年月日", "現住所", "電話", "健康保険", "年金", "基礎年金番号"]]
for _i, _p in enumerate(_w, 1):
    _tab.append([str(_i), _p["name"], _wareki(_p["dob"], "abbr"), _p["addr"], _p["mobile"],
                 _rng.choice(["協会けんぽ", "建設国保"]), "厚生年金",
                 f"{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}"])
_add(expect="stop", sender=S_KUWABARA, to=[SHIINA],
     subject="作業員名簿（様式第5号）提出", charset="iso-2022-jp",
     body=f"""椎名様

お世話になっております。桑原です。
港電工様の作業員名簿（様式第5号）をお送りします。
11/28の深夜作業分です。入館証の準備をお願いいたします。

{_KUWABARA}
""",
     attachments=[{"kind": "docx", "name": "作業員名簿_様式5_港電工.docx", "title": "作業員名簿",
                   "paragraphs": ["作業員名簿（全建統一様式第5号）", "事業所名：日本橋みなとビル12F　一次会社名：株式会社港電工",
                                  "作成日：令和7年11月20日"],
                   "tables": [_tab]}],
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BASIC_PENSION_NUMBER"],
     detectors=["personal_data"],
     note="DOCX roster of five workers with birth dates, addresses, mobiles and basic pension numbers")

# -- names in running text: five people with mobiles, for night work
_v = _people(5, y0=1970, y1=1998, female=False)
_add(expect="stop", sender=S_KUWABARA, to=[MORIYA],
     subject="11/28 深夜作業の立会者について", charset="iso-2022-jp",
     body=f"""守屋様

お世話になっております。桑原です。
先ほどお電話でお話しした11/28の深夜作業の件、立会者が確定しましたのでご連絡します。

当社からは施設管理課の{_v[0]['name']}（携帯 {_v[0]['mobile']}）が22時から翌1時まで、
その後は{_v[1]['name']}（携帯 {_v[1]['mobile']}）が5時まで立ち会います。
港電工様側の責任者は{_v[2]['name']}さん（{_v[2]['mobile']}）で、
作業班長として{_v[3]['name']}さん（{_v[3]['mobile']}）と{_v[4]['name']}さん（{_v[4]['mobile']}）が
入られるとのことです。

何かあれば上記の携帯へ直接ご連絡いただいて構いません。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="five named people with their mobile numbers written in running text, to the building management")

# -- no name column: vehicles with drivers' mobiles
_rows = [["受付No", "会社名", "車両ナンバー", "車種", "ドライバー携帯", "入庫予定"]]
_cos = ["大翔建設", "大翔建設", "黄金設備工業", "港電工", "港電工", "青葉運輸", "錦印刷"]
for _i, _c in enumerate(_cos):
    _rows.append([f"P-{1120 + _i}", _c, _plate(), _rng.choice(["2tトラック", "ハイエース", "軽バン", "キャラバン"]),
                  _person()["mobile"], f"11/{22 + _i // 3} {_rng.choice(['7:30', '8:00', '8:30', '13:00'])}"])
_add(expect="stop", sender=S_KUWABARA, to=["駐車場管理 <parking@kasumi-bm.co.jp>"],
     subject="荷捌き場・来客駐車場 利用申請（11/22〜11/24）", charset="utf-8",
     body=f"""霞ビルマネジメント 駐車場管理ご担当者様

日の出産業 桑原です。工事期間中の車両について、利用申請いたします。
ドライバーの方は日によって変わるため、携帯番号のみの記載とさせてください。

{_table(_rows, gap=3)}

以上7台です。よろしくお願いします。

{_KUWABARA}
""",
     entities=["PHONE_NUMBER"], detectors=["personal_data"],
     note="seven rows of drivers' mobile numbers (records without a name column) to the building management")

# -- HTML-only mail with a table of eight participants, to a travel agency
_v = _people(8, y0=1955, y1=2000)
_tr = "\n".join(f"<tr><td>{_i}</td><td>{_p['name']}</td><td>{_p['kana']}</td><td>{_p['email']}</td><td>{_p['mobile']}</td></tr>"
                for _i, _p in enumerate(_v, 1))
_add(expect="stop", sender=S_NITTA, to=["鶴見 様 <tsurumi@hikari-tourist.co.jp>"],
     subject="見学会 追加募集分の参加者一覧", charset="utf-8",
     html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社ひかりツーリスト<br>鶴見様</p>
<p>お世話になっております。日の出産業 工場見学会事務局の新田です。<br>
旅行商品として販売いただいた追加募集分（12/13）の参加者一覧です。<br>
保険の手配と、前日のリマインド連絡をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>No</th><th>氏名</th><th>フリガナ</th><th>メール</th><th>電話</th></tr>
{_tr}
</table>
<p>以上8名です。</p>
<p>―――――――――――――――――<br>日の出産業株式会社<br>広報・IR部　工場見学会事務局<br>新田 千尋<br>TEL 03-5201-7745</p>
</body></html>""",
     entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
     note="HTML-only mail with a table of eight participants' e-mails and phones, to a travel agency")

# -- one record per block: six tour participants picked up at home, to a taxi company
_v = _people(6, y0=1940, y1=1960)
_blocks = "\n\n".join(
    f"■{_i}人目\n　お名前　　：{_p['name']}（{_p['kana']}）様\n　お迎え先　：〒{_p['zip']} {_p['addr']}\n"
    f"　お電話　　：{_p['mobile']}\n　お迎え時刻：{_rng.choice(['8:10', '8:20', '8:30', '8:40'])}"
    for _i, _p in enumerate(_v, 1))
_add(expect="stop", sender=S_NITTA, to=["相模交通 配車係 <haisha@sagami-kotsu.co.jp>"],
     subject="12/6 見学会 ご自宅送迎（ジャンボタクシー）の対象者", charset="shift_jis",
     body=f"""相模交通株式会社
配車係 ご担当者様

お世話になっております。日の出産業 工場見学会事務局の新田です。
12/6（土）の見学会で、地元シニアクラブからご参加の方のうち、
ご自宅からの送迎を希望された方の情報をお送りします。

{_blocks}

いずれも相模原工場 正門（9:30着）までお願いします。
帰りは15:45に正門からの出発です。

{_NITTA}
""",
     entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
     note="six participants' home addresses and phones, one record per block, sent to a taxi company")

# -- 「・」 bullets with full-width mobiles: holiday workers, to the security company
_v = _people(5, y0=1970, y1=2000)
_deps = ["営業本部", "経理部", "経理部", "情報システム部", "総務部"]
_bul = "\n".join(f"・{_d}　{_p['name']}　{_fw(_p['mobile'])}" for _d, _p in zip(_deps, _v))
_add(expect="stop", sender=S_MIYASHITA, to=[HEIWA],
     subject="11/23（日・祝）休日出勤者", charset="iso-2022-jp",
     body=f"""平和警備保障　仁科様

日の出産業 受付の宮下です。
11/23（日・祝）の休日出勤者は以下の５名です。
通用口での本人確認をお願いします。

{_bul}

入館時間は９時〜１８時の予定です。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="five employees with full-width mobile numbers in a bullet list, to the security company")

# -- ZIP (no password) with a UTF-8 CSV and a PDF: investor seminar registrants
_v = _people(10, y0=1945, y1=1985)
_csv = [["受付番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス"]]
for _i, _p in enumerate(_v):
    _csv.append([f"IR{2101 + _i}", _p["name"], _p["kana"], _p["zip"], _p["addr"], _p["mobile"], _p["email"]])
_add(expect="stop", sender=S_ONODERA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
     cc=["新田 千尋 <nitta.chihiro@hinode-sangyo.co.jp>"],
     subject="12/12 個人投資家説明会 受付名簿", charset="utf-8",
     body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の小野寺です。
12/12の個人投資家向け説明会の受付名簿をZIPでお送りします。
（CSVと、印刷用のPDFを入れています）

当日は9:30から受付を開始します。受付テーブル2台のご準備をお願いします。

{_ONODERA}
""",
     attachments=[{"kind": "zip", "name": "受付名簿_1212.zip",
                   "files": [{"kind": "csv", "name": "受付名簿_1212.csv", "encoding": "utf-8", "rows": _csv},
                             {"kind": "pdf", "name": "受付名簿_1212.pdf", "title": "受付名簿",
                              "lines": ["個人投資家向け会社説明会 受付名簿（12/12）"],
                              "table": [["受付番号", "氏名", "電話番号"]] + [[r[0], r[1], r[5]] for r in _csv[1:]]}]}],
     entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
     note="ZIP with a CSV and a PDF of ten registrants' addresses, phones and e-mails, sent to the hotel")

# -- legacy XLS: the month's lost-and-found ledger with claimants' details
_lost = [["No", "拾得日", "拾得場所", "品名", "返還日", "受取人氏名", "受取人住所", "受取人電話"]]
_items = ["折りたたみ傘（紺）", "名刺入れ（黒革）", "ワイヤレスイヤホン", "財布（茶）", "社員証（他社）",
          "手袋（片方）", "ノートPC用ACアダプタ", "腕時計"]
for _i, _it in enumerate(_items, 1):
    _p = _person()
    _lost.append([_i, f"2025/10/{_rng.randint(1, 30):02d}", _rng.choice(["12F受付前", "12F 大会議室", "1F EVホール", "12F 化粧室"]),
                  _it, f"2025/10/{_rng.randint(1, 31):02d}", _p["name"], _p["addr"], _p["mobile"]])
_add(expect="stop", sender=S_MIYASHITA, to=[BOUSAI],
     subject="10月分 拾得物台帳（12F 日の出産業）", charset="shift_jis",
     body=f"""防災センター ご担当者様

お世話になっております。日の出産業 受付の宮下です。
10月分の拾得物台帳（当社フロア分）をお送りします。
返還済みのものは受取人の記録も入れております。

{_MIYASHITA}
""",
     attachments=[{"kind": "xls", "name": "拾得物台帳_202510.xls", "sheets": {"10月": _lost}}],
     entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
     note="XLS lost-and-found ledger with eight claimants' names, addresses and phones, to the building management")

# -- PPTX report with an attendee slide, to a partner
_v = _people(6)
_add(expect="stop", sender=S_NITTA, to=["伏見 様 <fushimi@kawasaki-denki.co.jp>"],
     subject="合同工場見学会 実施報告", charset="iso-2022-jp",
     body=f"""川崎電機株式会社
伏見様

先日は合同工場見学会にご協力いただき、ありがとうございました。
実施報告をお送りします。3枚目に当日の参加者一覧をつけていますので、
御社側での礼状送付にお使いください。

{_NITTA}
""",
     attachments=[{"kind": "pptx", "name": "合同見学会_実施報告.pptx", "title": "合同工場見学会 実施報告",
                   "slides": [["合同工場見学会 実施報告", "2025年11月15日（土）相模原工場", "日の出産業株式会社 広報・IR部"],
                              ["実施概要", "参加者 6名（取引先ご招待）", "アンケート満足度 4.6 / 5", "次回は春に開催予定"],
                              ["参加者一覧"] + [f"{_p['name']}　{_rng.choice(['株式会社山辺製作所', '東和精機株式会社', '有限会社大森工業'])}　{_p['mobile']}"
                                              for _p in _v]]}],
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="PPTX slide listing six attendees with mobile numbers, sent to a partner")

# -- a contractor's roster forwarded as an attached .eml
_w = _people(6, y0=1965, y1=2000, female=False)
_inner = "\n".join(f"{_i}. {_p['name']}　{_ymd(_p['dob'], '-')}生　{_p['mobile']}" for _i, _p in enumerate(_w, 1))
_add(expect="stop", sender=S_KUWABARA, to=[SHIINA],
     subject="FW: 12/3 空調機更新 作業員のご連絡", charset="iso-2022-jp",
     body=f"""椎名様

桑原です。空調機更新工事（12/3）の作業員について、施工会社からのメールを
そのまま添付で転送します。入館証6枚の準備をお願いします。

{_KUWABARA}
""",
     attachments=[{"kind": "eml", "name": "作業員のご連絡.eml",
                   "message": {"sender": "鳴海 隆之 <narumi@kogane-setsubi.co.jp>", "to": [S_KUWABARA],
                               "subject": "12/3 空調機更新 作業員のご連絡", "charset": "iso-2022-jp",
                               "body": f"""桑原様

黄金設備工業の鳴海です。12/3の作業員は以下の6名です。

{_inner}

当日は8時に荷捌き場に到着予定です。
"""}}],
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
     note="an attached mail carries six workers' birth dates and mobiles; forwarded to the building management")

# -- four external companies see each other: construction coordination meeting
_add(expect="stop", sender=S_KUWABARA, to=[SHIINA, USAMI, NARUMI], cc=[HEIWA],
     subject="12F改修工事 工程調整会議のご案内（11/19）", charset="iso-2022-jp",
     body=f"""関係各位

お世話になっております。日の出産業 施設管理課の桑原です。
12F改修工事の工程調整会議を下記のとおり開催します。

　日時：11月19日（水）10:00〜11:00
　場所：日本橋みなとビル 12F 日の出産業 小会議室B
　議題：工程表の確認、搬入経路、夜間作業時の警備体制

ご出席者のお名前を前日までにお知らせください。

{_KUWABARA}
""",
     entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
     note="four external companies see each other's addresses in To/Cc")

# -- three partner companies visible in To
_add(expect="stop", sender=S_NITTA,
     to=["伏見 様 <fushimi@kawasaki-denki.co.jp>", "三上 様 <mikami@kitaguni-foods.co.jp>",
         "梶 様 <kaji@nishiki-insatsu.co.jp>"],
     subject="【リマインド】取引先様向け工場見学会（11/15）", charset="utf-8",
     body=f"""取引先各位

いつも大変お世話になっております。日の出産業 広報・IR部の新田です。
今週土曜日の工場見学会のリマインドです。

・集合：相模原工場 正門 10:00
・服装：動きやすい服装（ヘルメット・安全靴は当社で用意します）
・昼食：工場食堂にてご用意しております

お気をつけてお越しください。

{_NITTA}
""",
     entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
     note="three external partner companies can see each other in To: should have been Bcc")

# -- five students in Cc
_v = _people(5, y0=2003, y1=2005)
_doms = ["gmail.com", "yahoo.co.jp", "outlook.jp", "ezweb.ne.jp", "softbank.ne.jp"]
_cc = [f"{_p['romaji'].split()[1].lower()}.{_p['romaji'].split()[0][0].lower()}{_rng.randint(2003, 2005)}@{_d}"
       for _p, _d in zip(_v, _doms)]
_add(expect="stop", sender=S_SAKUMA, to=[S_SAKUMA], cc=_cc,
     subject="【日の出産業】1/14 会社説明会 開始時刻変更のお知らせ", charset="iso-2022-jp",
     body=f"""1/14 会社説明会にお申込みの皆さま

日の出産業 人事部 採用グループの佐久間です。
会場の都合により、1/14（水）の会社説明会の開始時刻を
14:00 → 14:30 に変更させていただきます。終了は17:00の予定です。

ご迷惑をおかけし申し訳ございません。
ご都合が合わなくなった方は、1/21の回への振替も可能ですのでご返信ください。

{_SAKUMA}
""",
     entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
     note="five students' private addresses visible to each other in Cc: should have been Bcc")

# -- TXT (Shift_JIS) export of the visitor log, to the partner migrating the reception system
_log = ["来館記録エクスポート 2025/10/01-2025/10/31", "",
        "日時,受付番号,氏名,会社名,連絡先,訪問先"]
for _i in range(15):
    _p = _person()
    _log.append(f"2025/10/{_rng.randint(1, 31):02d} {_rng.randint(9, 17)}:{_rng.choice(['00', '15', '30', '45'])},"
                f"V{5500 + _i},{_p['name']},{_rng.choice(['川崎電機', 'みどり銀行', '錦印刷', '東和精機', '山辺製作所'])},"
                f"{_p['mobile'] if _i % 3 else _p['email']},{_rng.choice(['営業本部', '経理部', '総務部', '秘書室'])}")
_add(expect="stop", sender=S_TODO, to=["竹之内 様 <takenouchi@tsubasa-system.jp>"],
     subject="受付システム移行テスト用データ", charset="utf-8",
     body=f"""竹之内様

藤堂です。受付システム移行のテスト用に、現行システムの来館記録（10月分）を
テキストで書き出しました。文字コードはShift_JISです。
移行後の取込み確認が終わったら削除をお願いします。

{_TODO}
""",
     attachments=[{"kind": "txt", "name": "visitor_log_202510.txt", "encoding": "cp932", "text": "\n".join(_log)}],
     entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
     note="TXT export of fifteen visitors' names with mobiles or e-mails, sent to the system partner")

# -- DOCX card application form with five employees' birth dates
_v = _people(5, y0=1975, y1=1999)
_tab = [["社員番号", "氏名", "フリガナ", "生年月日", "所属", "区分"]]
for _i, _p in enumerate(_v):
    _tab.append([f"{_rng.randint(10000, 29999)}", _p["name"], _p["kana"], _wareki(_p["dob"]),
                 _rng.choice(["営業本部", "製造技術部", "経理部"]), _rng.choice(["紛失再発行", "破損再発行", "氏名変更"])])
_add(expect="stop", sender=S_TODO, to=[ACCESS1],
     subject="ICカード再発行申込書（5枚）", charset="iso-2022-jp",
     body=f"""カード発行センター ご担当者様

日の出産業の藤堂です。
ICカード社員証の再発行申込書（5枚分）をお送りします。
氏名変更の1名は、新姓での印字をお願いします。

{_TODO}
""",
     attachments=[{"kind": "docx", "name": "再発行申込書_1120.docx", "title": "ICカード再発行申込書",
                   "paragraphs": ["ICカード社員証 再発行申込書", "申込日：2025年11月20日　申込者：日の出産業株式会社 情報システム部"],
                   "tables": [_tab]}],
     entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
     note="DOCX table of five employees with birth dates (和暦) sent to the card vendor")

# -- PDF table of twenty seminar participants, to the building management
_v = _people(20, y0=2002, y1=2005)
_tab = [["No", "氏名", "大学・学部", "メールアドレス"]]
for _i, _p in enumerate(_v, 1):
    _tab.append([str(_i), _p["name"], _rng.choice(["湘北学院大 経済", "東都工業大 工", "北陵大 法", "湘北学院大 商"]), _p["email"]])
_add(expect="stop", sender=S_ONODERA, to=[SHIINA],
     subject="1/14 共用会議室 入館者リスト", charset="utf-8",
     body=f"""椎名様

お世話になっております。日の出産業の小野寺です。
1/14の会社説明会（3F共用会議室）の入館者リストをPDFでお送りします。
学生の方は1階総合受付で氏名を告げて入館する流れで、ご対応をお願いいたします。

{_ONODERA}
""",
     attachments=[{"kind": "pdf", "name": "入館者リスト_0114.pdf", "title": "入館者リスト",
                   "lines": ["会社説明会 入館者リスト（2026年1月14日 3F共用会議室）", ""], "table": _tab}],
     entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
     note="PDF table of twenty students with personal e-mail addresses sent to the building management")

# -- 機密区分 written into the mail: VIP movement plan, to the hire-car company
_add(expect="stop", sender=S_MIZUNO, to=["配車センター <haisha@royal-hire.co.jp>"],
     subject="12/10 ハイヤー手配（社長・ご来賓送迎）", charset="iso-2022-jp",
     body=f"""ロイヤルハイヤー 配車センター御中

━━━━━━━━━━━━━━━━━━
機密区分：社外秘
━━━━━━━━━━━━━━━━━━

日の出産業 秘書室の水野です。12/10の配車を下記のとおりお願いします。

　9:10　日本橋みなとビル B1車寄せ → 大手町（みどり銀行 本店）
　11:40　大手町 → 日本橋みなとビル（ご来賓同乗）
　18:00　日本橋みなとビル → さくらホテル（懇親会）

行き先・同乗者については運転手様限りでお願いいたします。

{_MIZUNO}
""",
     entities=[], detectors=["confidential_marking"],
     note="the mail carries a 機密区分：社外秘 classification and goes to an external company")

# -- 運転免許証 numbers of three drivers, for parking registration
_v = _people(3, y0=1965, y1=1995, female=False)
_lic = "\n".join(f"（{_i}）{_p['name']}　免許証番号 {_license()}　{_p['ROMAJI']}" for _i, _p in enumerate(_v, 1))
_add(expect="stop", sender=S_KUWABARA, to=["駐車場管理 <parking@kasumi-bm.co.jp>"],
     subject="工事車両の駐車登録（運転者情報）", charset="shift_jis",
     body=f"""駐車場管理ご担当者様

日の出産業 桑原です。
工事期間中の長期駐車登録に必要とのことでしたので、運転者の免許証番号をお知らせします。

{_lic}

車両は先日申請した3台（P-1120〜P-1122）です。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
     note="three drivers' licence numbers sent to the building's parking management")

# -- event insurance: ten participants with full-width 和暦 birth dates
_v = _people(10, y0=1948, y1=2010)
_rows = [["No", "氏名", "性別", "生年月日"]]
for _i, _p in enumerate(_v, 1):
    _rows.append([_fw(str(_i)), _p["name"], _p["sex"], _wareki(_p["dob"], "fw" if _i % 2 else "kanji_fw")])
_add(expect="stop", sender=S_NITTA, to=["日本橋保険サービス 中里 様 <nakazato@nihonbashi-hoken.co.jp>"],
     subject="見学会 国内旅行傷害保険 加入者名簿", charset="iso-2022-jp",
     body=f"""日本橋保険サービス
中里様

お世話になっております。日の出産業の新田です。
12/6の工場見学会について、国内旅行傷害保険の加入者名簿をお送りします。

{_table(_rows, gap=2, rule="=")}

証券の発行をよろしくお願いいたします。

{_NITTA}
""",
     entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
     note="ten participants' names with full-width 和暦 birth dates sent to an insurance agency")

# -- a guest's own card number, forwarded in English to the hotel
_cn = card_number(SEED + 1)
_add(expect="stop", sender=S_MIZUNO, to=["Reservations <reservations@sakura-hotel.jp>"],
     subject="FW: Hotel guarantee for my stay", charset="utf-8",
     body=f"""Dear Reservations team,

Please find below the guarantee details sent to us by our guest, Ms Hannah Keller
(Nordwind Technologies), who will visit our head office next week.
Kindly attach them to booking no. SH-884213 (Dec 8-10, 2 nights).

Best regards,

{_MIZUNO_EN}

---------- Forwarded message ----------
From: Hannah Keller <h.keller@nordwind-tech.com>
Date: Thu, 13 Nov 2025 09:14
Subject: Hotel guarantee for my stay
To: Rena Mizuno <mizuno.rena@hinode-sangyo.co.jp>

Dear Ms Mizuno,

Thank you for arranging the hotel. The hotel asked for a card guarantee, so here it is:

Card holder: HANNAH KELLER
Card number: {_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
Expiry: 11/27

Kind regards,
Hannah
""",
     entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
     note="a forward (new to the hotel) carries a guest's full credit card number")

# -- look-alike of the own domain in Cc (letters swapped), with three visitors' phones
_v = _people(3)
_add(expect="stop", sender=S_MIYASHITA, to=["受付 <uketsuke@hinode-sangyo.co.jp>"],
     cc=["小野寺 真理 <onodera.mari@hinode-sanygo.co.jp>"],
     subject="11/21 午後の来客（追加分）", charset="iso-2022-jp",
     body=f"""受付チームの皆さん

宮下です。11/21午後の来客に追加がありました。

14:00　{_v[0]['name']}様（東和精機）　{_v[0]['mobile']}
14:00　{_v[1]['name']}様（東和精機）　{_v[1]['mobile']}
15:30　{_v[2]['name']}様（山辺製作所）　{_v[2]['mobile']}

いずれも営業本部 大河内さんのお客様です。第1応接にご案内ください。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
     note="hinode-sanygo.co.jp in Cc is a letter-swap look-alike of the own domain")

# =========================================================================================
# must go
# =========================================================================================

# -- internal: tomorrow's visitors with phones, to the reception team (all internal)
_v = _people(10)
_rows = [["時刻", "会社名", "お名前", "人数", "連絡先", "訪問先"]]
for _p in _v:
    _rows.append([f"{_rng.randint(9, 17)}:{_rng.choice(['00', '30'])}", _rng.choice(["川崎電機", "みどり銀行", "錦印刷", "東和精機", "ツバサシステム"]),
                  _p["name"], str(_rng.randint(1, 3)), _p["mobile"], _rng.choice(["営業本部", "経理部", "秘書室", "人事部"])])
_rows[1:] = sorted(_rows[1:], key=lambda r: (len(r[0]), r[0]))
_add(expect="pass", sender=S_ONODERA,
     to=["受付 <uketsuke@hinode-sangyo.co.jp>", "宮下 あゆみ <miyashita.ayumi@hinode-sangyo.co.jp>"],
     subject="11/18(火) 来客予定", charset="iso-2022-jp",
     body=f"""受付の皆さん

お疲れさまです。小野寺です。明日の来客予定です。

{_table(_rows)}

15時台が重なっているので、第2応接も使ってください。

小野寺
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
     note="visitor list with mobiles, but every recipient is internal")

# -- internal: HR's new-hire list for card issuance
_v = _people(8, y0=1998, y1=2003)
_sheet = [["氏名", "フリガナ", "生年月日", "配属", "社用メール"]]
for _p in _v:
    _sheet.append([_p["name"], _p["kana"], _ymd(_p["dob"]), _rng.choice(["営業本部", "経理部", "製造技術部"]),
                   f"{_p['romaji'].split()[1].lower()}.{_p['romaji'].split()[0].lower()}@hinode-sangyo.co.jp"])
_add(expect="pass", sender="人事部 労務グループ 榊原 <sakakibara.yu@hinode-sangyo.co.jp>", to=[S_TODO],
     cc=["小野寺 真理 <onodera.mari@hinode-sangyo.co.jp>"],
     subject="1月入社者 社員証発行の依頼", charset="utf-8",
     body="""藤堂さん
（cc 総務 小野寺さん）

人事の榊原です。1月入社者8名分の社員証発行をお願いします。
一覧を添付します。写真は入社前研修の際に撮影予定です。

榊原
""",
     attachments=[{"kind": "xlsx", "name": "1月入社者一覧.xlsx", "sheets": {"入社者": _sheet}}],
     entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=[],
     note="new-hire list with birth dates, sent only to internal colleagues")

# -- two visitors with phones to the building management (below the list threshold)
_v = _people(2)
_add(expect="pass", sender=S_MIYASHITA, to=[BOUSAI],
     subject="土曜日の来館者（2名）", charset="iso-2022-jp",
     body=f"""防災センター ご担当者様

日の出産業 受付の宮下です。11/22（土）に下記2名が来館します。
当社の休日出勤者が1階までお迎えに上がります。

　10:00　{_v[0]['name']}様（ツバサシステム）　携帯 {_v[0]['mobile']}
　10:00　{_v[1]['name']}様（ツバサシステム）　携帯 {_v[1]['mobile']}

よろしくお願いします。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="two visitors' mobiles to the building management: below the five-person list threshold")

# -- routine building maintenance, no personal data
_add(expect="pass", sender=S_KUWABARA, to=[SHIINA],
     subject="Re: 12月 空調設備定期点検のご案内", charset="iso-2022-jp",
     body=f"""椎名様

お世話になっております。日の出産業の桑原です。
12月の空調設備定期点検のご案内、ありがとうございます。

当社12階は、12/9（火）13:00〜15:00で問題ございません。
サーバールームの空調は停止できませんので、作業対象外としていただけますよう
点検業者様へお伝えください。

当日は施設管理課の者が立ち会います。

{_KUWABARA}

> 日本橋みなとビル テナント各位
> 12月の空調設備定期点検を下記日程で実施いたします。
> 12F：12/9（火）13:00〜15:00
""",
     entities=[], detectors=[],
     note="ordinary building maintenance mail, no personal data")

# -- one visitor on free mail: directions
_p = _person(y0=1980, y1=2000)
_add(expect="pass", sender=S_SAKUMA, to=[f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
     subject="【日の出産業】最終面接のご案内（本社までのアクセス）", charset="utf-8",
     body=f"""{_p['name']}様

日の出産業 人事部の佐久間です。
最終面接の日程確定のご連絡をいただき、ありがとうございました。

■日時　11月27日（木）10:30〜（10:15までにお越しください）
■場所　日本橋みなとビル 12F 日の出産業株式会社
■アクセス　東京メトロ銀座線「三越前」駅 A6出口 直結

ビル1階の総合受付で「日の出産業 人事部 佐久間」とお伝えのうえ、
ゲストカードをお受け取りください。12階受付でお待ちしております。
当日、道に迷われた場合は 03-5201-7731（人事部直通）までお電話ください。

{_SAKUMA}
""",
     entities=[], detectors=["freemail_recipient"],
     note="directions to one candidate on free mail; only the sender's office phone")

# -- reply quoting the contractor's roster with '>' only
_w = _people(6, y0=1965, y1=2000, female=False)
_quoted = "\n".join(f"> {_p['name']}　{_wareki(_p['dob'])}生　{_p['mobile']}" for _p in _w)
_add(expect="pass", sender=S_KUWABARA, to=[NARUMI],
     subject="Re: 12/3 空調機更新 作業員のご連絡", charset="iso-2022-jp",
     body=f"""鳴海様

お世話になっております。桑原です。
作業員名簿、確かに受領しました。ビル側への申請もこちらで済ませておきます。
入館証は当日8時に荷捌き場でお渡しします。返却は作業終了時にまとめてお願いします。

{_KUWABARA}

2025年11月25日(火) 16:20 鳴海 隆之 <narumi@kogane-setsubi.co.jp>:
> 桑原様
>
> 黄金設備工業の鳴海です。12/3の作業員は以下の6名です。
>
{_quoted}
>
> 当日は8時に荷捌き場に到着予定です。
""",
     entities=[], detectors=[],
     note="the roster appears only in '>' quoted text of the contractor's own mail")

# -- reply with Outlook-style quoted visitor list from the partner
_v = _people(6)
_ql = "\n".join(f"{_p['name']}（{_rng.choice(['営業部', '技術部', '品質保証部'])}）{_p['mobile']}" for _p in _v)
_add(expect="pass", sender=S_OKOCHI, to=["伏見 様 <fushimi@kawasaki-denki.co.jp>"],
     subject="RE: 11/20 ご来社メンバーについて", charset="shift_jis",
     body=f"""伏見様

お世話になっております。大河内です。
ご来社メンバーのご連絡ありがとうございます。6名様、承知いたしました。
ビルの入館申請はこちらで済ませておきますので、当日は1階総合受付で
御社名をお伝えください。

引き続きよろしくお願いいたします。

{_OKOCHI}

-----Original Message-----
From: 伏見 智之 <fushimi@kawasaki-denki.co.jp>
Sent: Tuesday, November 18, 2025 5:03 PM
To: 大河内 敦 <okochi.atsushi@hinode-sangyo.co.jp>
Subject: 11/20 ご来社メンバーについて

大河内様

川崎電機の伏見です。11/20のお打合せに伺うメンバーは下記の6名です。
当日連絡がつくよう携帯も記載しておきます。

{_ql}

よろしくお願いいたします。
""",
     entities=[], detectors=[],
     note="the six-person list is only in the quoted original message from the recipient himself")

# -- ordinary mail to the security company with the standard disclaimer
_add(expect="pass", sender=S_KUWABARA, to=[HEIWA],
     subject="Re: 隊長交代のご挨拶", charset="iso-2022-jp",
     body=f"""平和警備保障株式会社
仁科様

ご丁寧にありがとうございます。日の出産業の桑原です。
12月からの新任隊長様へのご挨拶は、12/1（月）14時に12階でお受けいたします。
入退館の運用で変更点がございますので、その際に30分ほどお時間をいただけますと幸いです。

今後ともよろしくお願いいたします。

{_KUWABARA}

{_DISC_JA}
""",
     entities=[], detectors=[],
     note="ordinary business mail; the standard confidentiality disclaimer is not a marking")

# -- mail about the NDA for tour visitors
_add(expect="pass", sender=S_NITTA, to=["伏見 様 <fushimi@kawasaki-denki.co.jp>"],
     subject="工場見学時の秘密保持誓約書について", charset="utf-8",
     body=f"""伏見様

お世話になっております。日の出産業の新田です。
来月の工場見学の件で、1点お願いがございます。

見学コースに試作ラインが含まれるため、ご参加の皆さまには当日受付で
「秘密保持誓約書」へのご署名をお願いしております。
御社と当社の間ではすでに機密保持契約（2023年締結）がございますが、
個人としての誓約書も併せてお願いする運用となっております。

誓約書のひな形を事前にご覧になりたい場合はお知らせください。

{_NITTA}
""",
     entities=[], detectors=[],
     note="mail about an NDA / 秘密保持誓約書: mentions, not a marking")

# -- a list of businesses: hotels near the office, in English
_add(expect="pass", sender=S_MIZUNO, to=["Hannah Keller <h.keller@nordwind-tech.com>"],
     subject="Hotels near our head office", charset="utf-8",
     body=f"""Dear Ms Keller,

Thank you for your message. Here are a few hotels within walking distance of our office:

  Hotel                        Address                                  Phone
  ---------------------------  ---------------------------------------  -------------
  Sakura Hotel Nihonbashi      1-4-2 Nihonbashi-Honcho, Chuo-ku         03-3241-5500
  Muromachi Grand Inn          2-8-11 Nihonbashi-Muromachi, Chuo-ku     03-3270-8811
  Kanda Station Hotel          3-1-6 Kajicho, Chiyoda-ku                03-5256-2200
  Hotel Edobashi Bay           1-10-3 Nihonbashi, Chuo-ku               03-3272-4100
  Bridge Stay Mitsukoshimae    2-2-7 Nihonbashi-Honcho, Chuo-ku         03-6262-3030

We have a corporate rate at Sakura Hotel; let me know if you would like us to book it.

Best regards,

{_MIZUNO_EN}

{_DISC_EN}
""",
     entities=[], detectors=[],
     note="a list of hotels (businesses, not people) with switchboard numbers; English disclaimer")

# -- a list of business sites with switchboards, to the partner carrier
_add(expect="pass", sender=S_MIYASHITA, to=["青葉運輸 集配センター <shuhai@aoba-unyu.co.jp>"],
     subject="拠点別の受付窓口一覧（配送先）", charset="shift_jis",
     body=f"""青葉運輸株式会社
集配センター ご担当者様

日の出産業 総務部 受付の宮下です。
配送伝票の宛先不備が続いているとのことで、拠点別の受付窓口をお送りします。

　拠点　　　　　所在地　　　　　　　　　　　　　　　　　　代表電話　　　受付時間
　本社　　　　　東京都中央区日本橋室町3-5-8 12F　　　　　03-5201-7700　9:00-17:30
　相模原工場　　神奈川県相模原市緑区大山町2-14　　　　　042-771-3300　8:30-17:00
　大阪支店　　　大阪府大阪市中央区備後町1-7-3 8F　　　　06-6201-4400　9:00-17:30
　名古屋営業所　愛知県名古屋市中区錦2-9-22 5F　　　　　052-211-6600　9:00-17:30

本社宛ての荷物は、地下1階の荷捌き場の受付へお願いいたします。

{_MIYASHITA}
""",
     entities=[], detectors=[],
     note="business sites with office addresses and switchboards: not people's data")

# -- two external organisations in To/Cc: normal three-way mail
_add(expect="pass", sender=S_KUWABARA, to=[SHIINA], cc=[USAMI],
     subject="12F内装工事 搬入日程の変更", charset="iso-2022-jp",
     body=f"""椎名様
（cc：大翔建設 宇佐美様）

お世話になっております。日の出産業の桑原です。
12F内装工事の資材搬入日が、11/25から11/26（水）に変更となりました。
荷捌き場と非常用エレベーターの使用予約の変更をお願いできますでしょうか。
時間帯（8:00〜10:00）は変更ございません。

{_KUWABARA}
""",
     entities=[], detectors=["multiple_external_domains"],
     note="two external organisations in To/Cc: a normal three-way mail")

# -- lost wallet: one owner on free mail, no identifiers written out
_p = _person(y0=1975, y1=1998)
_add(expect="pass", sender=S_MIYASHITA, to=[f"{_p['name']} <{_p['email'].split('@')[0]}@yahoo.co.jp>"],
     subject="お忘れ物のお預かりについて（日の出産業 受付）", charset="iso-2022-jp",
     body=f"""{_p['name']}様

突然のご連絡失礼いたします。日の出産業株式会社 受付の宮下と申します。
昨日、弊社の会社説明会にご参加いただいた際、会場に財布をお忘れではないでしょうか。
中に入っていたカード類からお名前を確認し、ご登録のメールアドレスへご連絡しております。

お財布は12階受付で保管しております。平日9時〜17時30分にお越しいただくか、
着払いでのご返送をご希望の場合はご住所をお知らせください。
お受け取りの際は、ご本人確認のため身分証をお持ちください。

{_MIYASHITA}
""",
     entities=[], detectors=["freemail_recipient"],
     note="one free-mail recipient about her own lost wallet; no card or ID numbers written out")

# -- 見学会 announcement with participants in Bcc
_v = _people(8, y0=1950, y1=2000)
_bcc = [f"{_p['email']}" for _p in _v]
_add(expect="pass", sender=S_NITTA, to=["工場見学会事務局 <kengaku@hinode-sangyo.co.jp>"], bcc=_bcc,
     subject="【日の出産業】工場見学会 当日のご案内（12/13）", charset="utf-8",
     body=f"""工場見学会にご参加の皆さま

※本メールはBCCにて一斉送信しております。

いよいよ今週末、12/13（土）に相模原工場見学会を開催いたします。
当日の流れをご案内します。

　9:30　受付開始（正門守衛所）
　10:00　会社紹介（管理棟2F ホール）
　10:40　工場見学（製造ライン・物流センター）
　12:00　質疑応答・アンケート
　12:30　解散

雨天の場合も予定どおり開催いたします。

{_NITTA}
""",
     entities=[], detectors=["freemail_recipient"],
     note="participants' private addresses are in Bcc; only the free-mail warning applies")

# -- a price list from the card vendor discussion
_add(expect="pass", sender=S_TODO, to=["芦田 様 <ashida@access-one.co.jp>"],
     subject="Re: ICカード 単価改定のご案内", charset="iso-2022-jp",
     body=f"""芦田様

藤堂です。単価改定のご案内ありがとうございます。
いただいた内容、以下の理解で合っていますでしょうか。

　品目　　　　　　　　　　　　旧単価　　新単価（2026/4〜）
　ICカード（社員証・両面印刷）　1,200円　　1,350円
　ICカード（ゲスト用・無地）　　　680円　　　750円
　ネックストラップ（ロゴ入り）　　210円　　　230円
　再発行手数料（1枚あたり）　　1,500円　　1,500円

年間発注量（約300枚）での値引きについても、改めてご相談させてください。

{_TODO}
""",
     entities=[], detectors=[],
     note="a price list of ID cards and straps: no personal data")

# -- invoice check with the vendor's registration number (T-number)
_tn = "T" + _corp_number(f"{_rng.randint(10**11, 10**12 - 1)}")
_add(expect="pass", sender="経理部 支払担当 <shiharai@hinode-sangyo.co.jp>", to=["芦田 様 <ashida@access-one.co.jp>"],
     subject="11月分ご請求書の件（請求書番号 AO-2511-0384）", charset="utf-8",
     body=f"""株式会社アクセスワン
芦田様

いつもお世話になっております。日の出産業 経理部の支払担当です。
11月分のご請求書（請求書番号 AO-2511-0384、発注番号 PO-HS-25-1172）を受領しました。

1点確認させてください。ご請求書に記載の登録番号 {_tn} が、
当社の取引先マスタに登録されている番号と一致しませんでした。
適格請求書発行事業者の登録番号に変更がございましたでしょうか。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理部
TEL 03-5201-7750
""",
     entities=["JP_CORPORATE_NUMBER"], detectors=[],
     note="invoice and order numbers and a company's T-number: business data only")

# -- a lost USB stick shipped back, with a tracking number
_add(expect="pass", sender=S_MIYASHITA, to=["大庭 様 <ooba@kawasaki-denki.co.jp>"],
     subject="お忘れ物（USBメモリ）の発送について", charset="iso-2022-jp",
     body=f"""川崎電機株式会社
大庭様

日の出産業 受付の宮下です。
先日ご来社の際に第2応接にお忘れになったUSBメモリ（黒・キャップ付き）を、
本日、青葉運輸の宅配便で御社総務部宛てにお送りしました。

　お問い合わせ伝票番号：4471-2290-6815
　お届け予定：11月21日（金）午前中

中身は確認しておりません。念のため封筒に入れて封をしております。

{_MIYASHITA}
""",
     entities=[], detectors=[],
     note="a parcel tracking number for a returned lost item: no personal data")

# -- one contact person's mobile, to the building management
_p = _person(y0=1970, y1=1990, female=False)
_add(expect="pass", sender=S_KUWABARA, to=[MORIYA],
     subject="12F内装工事 現場責任者の連絡先", charset="shift_jis",
     body=f"""守屋様

桑原です。工事期間中に防災センターから連絡が必要な場合は、
大翔建設の現場責任者へ直接ご連絡ください。

　大翔建設株式会社　現場代理人　{_p['name']}
　携帯：{_p['mobile']}

夜間・休日は当社（桑原）へご連絡いただいても構いません。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="one contact person's mobile: below the list threshold, may be warned")

# -- three attendees' phones to the partner hotel
_v = _people(3)
_add(expect="pass", sender=S_OKOCHI, to=["さくらホテル 会議室予約 <meeting@sakura-hotel.jp>"],
     subject="11/26 小会議室「桐」ご利用者", charset="utf-8",
     body=f"""さくらホテル 会議室予約ご担当者様

日の出産業 第二営業部の大河内です。
11/26（水）13:00〜17:00の小会議室「桐」の利用者は下記3名です。
当日、先に到着した者から鍵を受け取ります。

1) {_v[0]['name']}　{_v[0]['mobile']}
2) {_v[1]['name']}　{_v[1]['mobile']}
3) {_v[2]['name']}　{_v[2]['mobile']}

{_OKOCHI}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="three people with mobiles to the hotel: below the five-person threshold")

# -- exactly four workers with mobiles (one short of a list)
_w = _people(4, y0=1970, y1=2000, female=False)
_rows = [["氏名", "会社", "携帯"]] + [[_p["name"], "港電工", _p["mobile"]] for _p in _w]
_add(expect="pass", sender=S_KUWABARA, to=[BOUSAI],
     subject="11/29 点検作業 入館者", charset="iso-2022-jp",
     body=f"""防災センター御中

日の出産業 桑原です。11/29（土）9:00〜12:00の分電盤点検の入館者です。

{_table(_rows, gap=4)}

以上4名です。

{_KUWABARA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="four workers with mobiles: one short of the five-person list threshold")

# -- internal: lost-and-found with owners' phones
_v = _people(6)
_lf = "\n".join(f"{_i}. {_it}（{_pl}）→ {_p['name']}様 {_p['mobile']} へ連絡済"
                for _i, (_it, _pl, _p) in enumerate(zip(["傘", "名刺入れ", "手帳", "マフラー", "眼鏡ケース", "イヤホン"],
                                                       ["受付前", "第1応接", "大会議室", "第2応接", "大会議室", "受付前"], _v), 1))
_add(expect="pass", sender=S_MIYASHITA, to=["総務課 <soumu@hinode-sangyo.co.jp>"],
     subject="今週の忘れ物まとめ", charset="iso-2022-jp",
     body=f"""総務課の皆さん

受付の宮下です。今週の忘れ物と連絡状況です。

{_lf}

来週中に引き取りがない場合は、防災センターへ引き渡します。

宮下
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
     note="six owners with phones, but the mail stays inside the company")

# -- internal: a visitor's medical emergency reported to the department head
_p = _person(y0=1968, y1=1990, female=False)
_add(expect="pass", sender=S_ONODERA, to=["総務部長 片桐 <katagiri.hideo@hinode-sangyo.co.jp>"],
     cc=["桑原 健吾 <kuwabara.kengo@hinode-sangyo.co.jp>"],
     subject="【報告】来客の救急搬送について", charset="utf-8",
     body=f"""片桐部長

小野寺です。本日の件、ご報告いたします。

10:45ごろ、港電工の{_p['name']}様が12Fエレベーターホールで倒れられました。
同行の方によると、てんかんの持病をお持ちとのことです。
防災センターの協力で救急要請し、10:58に搬送されました。
ご本人は救急隊到着時には意識が戻っておられました。

ビル管理会社への報告は、概要のみで別途行います。

小野寺
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
     note="medical information of a named visitor, but only internal recipients")

# -- internal: a My Number handed to HR
_p = _person(y0=1985, y1=2000, female=True)
_mn = my_number(SEED + 2)
_add(expect="pass", sender=S_TODO, to=["人事部 労務グループ <romu@hinode-sangyo.co.jp>"],
     subject="派遣元から誤って届いた個人番号について", charset="iso-2022-jp",
     body=f"""人事部 労務グループ 御中

情報システム部の藤堂です。
受付派遣スタッフのカード発行手続きで、派遣元から本来不要な個人番号が届いてしまいました。
情シス側では保管せず削除しますので、必要であれば人事部で管理をお願いします。

　{_p['name']}　個人番号 {_mn}

派遣元には今後送らないよう伝えてあります。

藤堂
""",
     entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
     note="a My Number, but sent only to the internal HR department")

# -- English visitor instructions to a foreign partner
_add(expect="pass", sender=S_MIZUNO, to=["Hannah Keller <h.keller@nordwind-tech.com>"],
     subject="Your visit to Hinode Sangyo on 9 December", charset="utf-8",
     body=f"""Dear Ms Keller,

We look forward to welcoming you on Tuesday, 9 December, at 10:00.

How to enter the building:
1. Go to the main reception on the ground floor of Nihonbashi Minato Building.
2. Tell the staff you are visiting Hinode Sangyo (12th floor). They will give you a guest card.
3. Take the low-rise elevators to the 12th floor, where I will meet you.

Please bring an identity document; building security may ask to see it.
If you are delayed, call our reception at +81-3-5201-7700.

Best regards,

{_MIZUNO_EN}
""",
     entities=[], detectors=[],
     note="English visitor instructions to one partner contact; only business numbers")

# -- mentions マイナンバーカード as an ID to bring: no numbers
_add(expect="pass", sender=S_SAKUMA, to=["湘北学院大学 キャリアセンター <career@shohoku-gakuin.ac.jp>"],
     subject="Re: 学内説明会の持ち物について", charset="iso-2022-jp",
     body=f"""湘北学院大学 キャリアセンター
ご担当者様

お世話になっております。日の出産業の佐久間です。
お問い合わせいただいた本社見学の持ち物について回答いたします。

ビルの入館時に本人確認を行うため、学生証をお持ちください。
学生証をお持ちでない場合は、運転免許証・マイナンバーカード・パスポートなど、
顔写真付きの身分証で代用できます（番号を控えることはございません）。

よろしくお願いいたします。

{_SAKUMA}
""",
     entities=[], detectors=[],
     note="mentions ID document types to bring, with no numbers")

# -- mentions 社外秘 as a rule, not a marking
_add(expect="pass", sender=S_TODO, to=["竹之内 様 <takenouchi@tsubasa-system.jp>"],
     subject="12/3 保守作業時のお願い", charset="utf-8",
     body=f"""竹之内様

藤堂です。12/3の保守作業について、当社のルールを念のためお伝えします。

・作業場所（サーバールーム前室）には当社の社外秘の書類を保管している書庫があります。
　書庫には触れないようお願いします。
・執務エリアでの写真撮影はご遠慮ください。
・入館証は作業終了時に12階受付へご返却ください。

よろしくお願いいたします。

{_TODO}
""",
     entities=[], detectors=[],
     note="the word 社外秘 is mentioned in a rule, the mail itself is not classified")

# -- two partners in To: a joint visit
_add(expect="pass", sender=S_OKOCHI,
     to=["伏見 様 <fushimi@kawasaki-denki.co.jp>", "竹之内 様 <takenouchi@tsubasa-system.jp>"],
     subject="11/27 三社打合せのご案内", charset="iso-2022-jp",
     body=f"""川崎電機 伏見様
ツバサシステム 竹之内様

お世話になっております。日の出産業の大河内です。
11/27（木）の三社打合せについて、会場は弊社12階の大会議室といたします。
ビルの入館申請の都合上、ご出席者の人数を11/25までにお知らせください。

{_OKOCHI}
""",
     entities=[], detectors=["multiple_external_domains"],
     note="two external organisations in To: a normal three-way meeting")

# -- internal forward of the building's fire drill notice
_add(expect="pass", sender=S_KUWABARA, to=["全社員（本社） <honsha-all@hinode-sangyo.co.jp>"],
     subject="FW: 【日本橋みなとビル】総合防災訓練のお知らせ（12/5）", charset="iso-2022-jp",
     body="""本社勤務の皆さん

施設管理課 桑原です。ビル管理会社からの防災訓練のお知らせを転送します。
12階は各フロアの自衛消防隊員を中心に、全員参加でお願いします。

-------- 転送メッセージ --------
差出人: 日本橋みなとビル防災センター <bousai@kasumi-bm.co.jp>
件名: 【日本橋みなとビル】総合防災訓練のお知らせ（12/5）

テナント各位
12月5日（金）14:00より総合防災訓練を実施いたします。
14:00 非常放送 → 14:05 避難開始（非常階段） → 14:30 1階広場にて点呼
訓練中はエレベーターが停止いたします。
""",
     entities=[], detectors=[],
     note="internal forward of a building notice; internal recipients only")

# -- lost items without owners' data, to the building management
_add(expect="pass", sender=S_MIYASHITA, to=[BOUSAI],
     subject="拾得物の引渡し（11月前半分）", charset="utf-8",
     body=f"""防災センター ご担当者様

日の出産業 受付の宮下です。保管期限を過ぎた拾得物を、本日15時に引き渡しに伺います。

　No.  拾得日   場所            品名
　---  -------  --------------  ----------------------
　 1   11/04    12F受付前       ビニール傘（透明）
　 2   11/06    12F大会議室     ボールペン（銀）
　 3   11/07    1F EVホール     手袋（黒・片方）
　 4   11/11    12F化粧室       ヘアクリップ
　 5   11/12    12F第2応接      モバイルバッテリー（白）

持ち主の手がかりになるものはありませんでした。

{_MIYASHITA}
""",
     entities=[], detectors=[],
     note="a lost-item list with no owners' data")

# -- reception manual revision to the staffing agency
_add(expect="pass", sender=S_ONODERA, to=[HATORI],
     subject="受付業務マニュアル改訂版の送付", charset="iso-2022-jp",
     body=f"""ブリッジスタッフ
羽鳥様

お世話になっております。日の出産業の小野寺です。
受付業務マニュアルを改訂しましたので、スタッフの皆さまへの共有をお願いいたします。
主な変更点は、来客の個人情報の取扱い（来館記録の保存期間、名刺の扱い）と、
ゲストカード紛失時の連絡先です。

{_ONODERA}
""",
     attachments=[{"kind": "docx", "name": "受付業務マニュアル_v3.docx", "title": "受付業務マニュアル",
                   "paragraphs": ["受付業務マニュアル（第3版）", "1. 来客の受付：予約の有無を確認し、ゲストカードを貸与する。",
                                  "2. 来館記録：受付システムに入力し、紙の記録は作成しない。記録の保存期間は1年とする。",
                                  "3. 名刺：お預かりした名刺は当日中に担当者へ渡し、受付では保管しない。",
                                  "4. ゲストカード紛失：防災センター（内線9100）と総務課（内線2114）へ連絡する。"]}],
     entities=[], detectors=[],
     note="a reception manual talking about personal-data handling, with no personal data")

# -- HTML + text survey request to one visitor
_add(expect="pass", sender=S_ONODERA, to=["沢渡 様 <sawatari@midori-ginko.co.jp>"],
     subject="ご来社アンケートのお願い", charset="utf-8",
     body="""みどり銀行 沢渡様

先日はご来社いただき、ありがとうございました。日の出産業 総務部の小野寺です。
受付・応接の改善のため、簡単なアンケートにご協力いただけますと幸いです（所要3分）。

https://www.hinode-sangyo.co.jp/visitor-survey/?ref=2511

日の出産業株式会社 総務部 小野寺 真理
""",
     html="""<html><body><p>みどり銀行 沢渡様</p>
<p>先日はご来社いただき、ありがとうございました。日の出産業 総務部の小野寺です。<br>
受付・応接の改善のため、簡単なアンケートにご協力いただけますと幸いです（所要3分）。</p>
<p><a href="https://www.hinode-sangyo.co.jp/visitor-survey/?ref=2511">アンケートに回答する</a></p>
<p>日の出産業株式会社 総務部 小野寺 真理</p></body></html>""",
     entities=[], detectors=[],
     note="a survey request to one business contact, text and HTML")

# -- English reply that quotes passport numbers from the recipient's own mail
_g = _people(2, y0=1975, y1=1990)
_add(expect="pass", sender=S_MIZUNO, to=["Hannah Keller <h.keller@nordwind-tech.com>"],
     subject="Re: Visitor registration for 9 December", charset="utf-8",
     body=f"""Dear Ms Keller,

Thank you. Both visitors are now registered with the building, and guest cards
will be ready at the ground-floor reception.

Best regards,
Rena

On Wed, 26 Nov 2025 at 18:02, Hannah Keller <h.keller@nordwind-tech.com> wrote:
> Dear Ms Mizuno,
>
> For the building registration, here are the details of my two colleagues
> joining the visit:
>
> {_g[0]['ROMAJI']} (Japanese passport {_rng.choice(['TK', 'TR'])}{_rng.randint(1000000, 9999999)}), born {_ymd(_g[0]['dob'], '-')}
> {_g[1]['ROMAJI']} (Japanese passport {_rng.choice(['TK', 'TR'])}{_rng.randint(1000000, 9999999)}), born {_ymd(_g[1]['dob'], '-')}
>
> Kind regards,
> Hannah
""",
     entities=[], detectors=[],
     note="passport numbers appear only in the quoted text of the recipient's own mail")

# -- a lost card mentioned by its last four digits only
_add(expect="pass", sender=S_MIYASHITA, to=["竹之内 様 <takenouchi@tsubasa-system.jp>"],
     subject="お忘れ物（カード）のご確認", charset="iso-2022-jp",
     body="""ツバサシステム 竹之内様

日の出産業 受付の宮下です。
本日の保守作業のあと、サーバールーム前室にクレジットカードが1枚落ちていました。
カード番号の末尾が「…3318」の、青いカードです。
御社の作業員の方のお持ち物でしたら、受付で保管しておりますのでお知らせください。

宮下
""",
     entities=[], detectors=[],
     note="a lost card described by its last four digits only")

# -- XLSX cleaning schedule by floor area: no people
_add(expect="pass", sender=S_KUWABARA, to=["クリーンメイト 業務課 <gyomu@clean-mate.co.jp>"],
     subject="12月 定期清掃スケジュール（12F）", charset="utf-8",
     body=f"""クリーンメイト株式会社 業務課 御中

日の出産業 施設管理課の桑原です。
12月の定期清掃（床ワックス・カーペット洗浄）のスケジュール案を添付します。
応接室は来客の多い平日日中を避けていただけると助かります。

{_KUWABARA}
""",
     attachments=[{"kind": "xlsx", "name": "定期清掃_202512.xlsx",
                   "sheets": {"12月": [["エリア", "作業", "日程", "時間帯"],
                                      ["受付・エントランス", "床ワックス", "12/13（土）", "9:00-12:00"],
                                      ["第1・第2応接", "カーペット洗浄", "12/13（土）", "13:00-16:00"],
                                      ["大会議室", "カーペット洗浄", "12/20（土）", "9:00-13:00"],
                                      ["執務室", "カーペットスポット洗浄", "12/27（土）", "9:00-15:00"]]}}],
     entities=[], detectors=[],
     note="cleaning schedule by area: no personal data")

# -- PDF visitor guide to one visitor at a partner
_add(expect="pass", sender=S_SAKUMA, to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
     subject="来館案内（1/14 会社説明会の搬入について）", charset="iso-2022-jp",
     body=f"""北国フーズ 三上様

佐久間です。1/14のお弁当搬入時の入館方法を、ビルの来館案内（PDF）にまとめました。
地下1階の荷捌き場で「日の出産業 12F」とお伝えください。

{_SAKUMA}
""",
     attachments=[{"kind": "pdf", "name": "来館案内_荷捌き場.pdf", "title": "来館案内",
                   "lines": ["日本橋みなとビル 来館案内（搬入業者様向け）", "1. 地下1階 荷捌き場へ進入（高さ制限 2.8m）",
                             "2. 荷捌き場受付で入館証を受け取る", "3. 非常用エレベーターで12階へ",
                             "4. 12F 日の出産業 受付にて検品", "荷捌き場受付 TEL 03-5201-9100（防災センター）"]}],
     entities=[], detectors=[],
     note="a building access guide (business numbers only) to one partner contact")

# -- internal mail stamped 社外秘
_add(expect="pass", sender=S_KUWABARA, to=["総務課 <soumu@hinode-sangyo.co.jp>"],
     cc=["総務部長 片桐 <katagiri.hideo@hinode-sangyo.co.jp>"],
     subject="【社外秘】株主総会当日の警備体制（案）", charset="iso-2022-jp",
     body="""総務課各位

桑原です。株主総会当日の警備体制（案）を共有します。【社外秘】

・会場：さくらホテル 鳳凰の間
・警備：平和警備保障 6名（受付2、会場内2、出入口2）
・本社12F：通常体制、来客受付は休止
・緊急連絡：総務部長携帯（別紙）

修正点があれば金曜までにご連絡ください。

桑原
""",
     entities=[], detectors=[],
     note="a 社外秘 marking, but all recipients are internal")

# -- our own staff's business mobile as the day's contact
_add(expect="pass", sender=S_NITTA, to=["伏見 様 <fushimi@kawasaki-denki.co.jp>"],
     subject="11/15 見学会 当日の連絡先", charset="utf-8",
     body="""伏見様

新田です。11/15の見学会当日は、私が現地で対応いたします。
正門に着かれましたら、下記の事務局携帯までご連絡ください。

　工場見学会事務局（当日携帯）：080-4418-2297

日の出産業 広報・IR部 新田
""",
     entities=[], detectors=[],
     note="the organisation's own event phone as a business contact")

# -- internal subdomain: visitor list to the reception mailbox on mail.hinode-sangyo.co.jp
_v = _people(8)
_lines = "\n".join(f"{_p['name']},{_rng.choice(['東和精機', '山辺製作所', '錦印刷'])},{_p['mobile']},{_rng.choice(['10:00', '13:00', '15:00'])}"
                   for _p in _v)
_add(expect="pass", sender=S_OKOCHI, to=["受付 <uketsuke@mail.hinode-sangyo.co.jp>"],
     subject="11/25 商談会 来場者", charset="shift_jis",
     body=f"""受付ご担当の皆さま

第二営業部の大河内です。11/25の商談会の来場者です（CSV形式で貼り付けます）。

氏名,会社,携帯,時間
{_lines}

ゲストカードは8枚ご用意をお願いします。

{_OKOCHI}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
     note="eight visitors with mobiles to an internal subdomain address: internal only")

# -- a free-mail confirmation that repeats the applicant's own registration
_p = _person(y0=2003, y1=2005)
_add(expect="pass", sender=S_SAKUMA, to=[f"{_p['email']}"],
     subject="【日の出産業】会社説明会 お申込み受付のお知らせ", charset="utf-8",
     body=f"""{_p['name']}様

日の出産業株式会社 人事部 採用グループです。
会社説明会へのお申込みを受け付けました。ご登録内容をご確認ください。

　お名前：{_p['name']}（{_p['kana']}）
　大学　：湘北学院大学 経済学部
　電話　：{_p['mobile']}
　参加回：第1回 2026年1月14日（水）14:30〜

内容に誤りがある場合は、本メールにご返信ください。

{_SAKUMA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["freemail_recipient", "personal_data"],
     note="one applicant's own registration repeated to her free-mail address: one person")

# -- a contractor's corporate number and office details
_cn13 = _corp_number(f"{_rng.randint(10**11, 10**12 - 1)}")
_add(expect="pass", sender=S_KUWABARA, to=[SHIINA],
     subject="新規施工業者の登録（株式会社港電工）", charset="iso-2022-jp",
     body=f"""椎名様

お世話になっております。桑原です。
ビルの施工業者登録に必要な、港電工様の会社情報をお送りします。

　商号　　：株式会社港電工
　法人番号：{_cn13}
　所在地　：東京都江東区新砂2-4-18
　代表電話：03-5632-8870
　建設業許可：東京都知事許可（般-5）第148726号

担当者の連絡先は工事ごとにお知らせします。

{_KUWABARA}
""",
     entities=["JP_CORPORATE_NUMBER"], detectors=[],
     note="a company's 法人番号, office address and switchboard: business data")

# -- a PNG sample of the guest card, to a partner
_add(expect="pass", sender=S_TODO, to=["梶 様 <kaji@nishiki-insatsu.co.jp>"],
     subject="ゲストカード デザイン修正のお願い", charset="iso-2022-jp",
     body=f"""錦印刷株式会社
梶様

藤堂です。ゲストカードのデザイン案、ありがとうございました。
添付の画像のとおり、ロゴの位置を左上に移し、「GUEST」の文字を大きくしてください。
番号欄（G-001〜G-200）の書体は現行のままで結構です。

{_TODO}
""",
     attachments=[{"kind": "png", "name": "guestcard_revise.png"}],
     entities=[], detectors=[],
     note="design feedback with an image attachment; card serials are not personal data")

# -- Bcc used properly for five contractors
_add(expect="pass", sender=S_KUWABARA, to=[S_KUWABARA],
     bcc=[USAMI, NARUMI, EBATO, "工務部 <koumu@yamabe-kogyo.co.jp>", "業務課 <gyomu@clean-mate.co.jp>"],
     subject="【ご案内】年末年始の搬入・作業制限について", charset="iso-2022-jp",
     body=f"""協力会社各位（BCCにて失礼いたします）

いつもお世話になっております。日の出産業 施設管理課の桑原です。
日本橋みなとビルの年末年始の運用に伴い、当社フロアでの作業・搬入を下記のとおり制限いたします。

　12/27（土）〜1/4（日）　荷捌き場閉鎖・作業不可
　12/26（金）　搬入は15時まで

ご理解のほどよろしくお願いいたします。

{_KUWABARA}
""",
     entities=[], detectors=[],
     note="five contractors correctly in Bcc; no external recipient sees another")

# =========================================================================================
# either
# =========================================================================================

# -- names and companies only, eight visitors, to the building management
_v = _people(8)
_nl = "\n".join(f"　{_p['name']}（{_c}）" for _p, _c in zip(_v, ["川崎電機"] * 3 + ["みどり銀行"] * 2 + ["錦印刷"] * 3))
_add(expect="either", sender=S_ONODERA, to=[BOUSAI],
     subject="11/26 セミナー来場者（ゲストカード事前発行）", charset="iso-2022-jp",
     body=f"""防災センター ご担当者様

日の出産業の小野寺です。11/26（水）13:30からの当社セミナーの来場者です。
ゲストカードの事前発行をお願いいたします。

{_nl}

以上8名です。

{_ONODERA}
""",
     entities=["PERSON_NAME"], detectors=["personal_data"],
     note="eight visitors' names with their companies only (no contact data): a list or not, arguably")

# -- a visitor feeling unwell: health information or not?
_p = _person(y0=1950, y1=1965)
_add(expect="either", sender=S_MIYASHITA, to=[BOUSAI],
     subject="来客の方の体調不良について", charset="utf-8",
     body=f"""防災センター ご担当者様

日の出産業 受付の宮下です。
先ほど当社来客の{_p['name']}様（みどり銀行OB会）が、受付前でめまいを訴えられ、
現在12階の医務室で休んでいただいています。ご本人は救急車は不要とのことです。
お帰りの際、1階タクシー乗り場までの車椅子をお借りできますでしょうか。

{_MIYASHITA}
""",
     entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
     note="a named visitor's passing dizziness: health information or not is a judgment call")

# -- tenants' fire-prevention managers with mobiles, forwarded to the security company
_v = _people(6, y0=1960, y1=1985)
_ten = ["日の出産業（12F）", "東和精機（11F）", "山辺製作所 東京支社（10F）", "さくら会計（9F）", "ミナト商事（8F）", "北辰保険代理店（7F）"]
_rows = [["テナント", "防火管理者", "夜間・休日連絡先"]] + [[_t, _p["name"], _p["mobile"]] for _t, _p in zip(_ten, _v)]
_add(expect="either", sender=S_KUWABARA, to=[HEIWA],
     subject="FW: 高層階テナント 防火管理者連絡先一覧", charset="iso-2022-jp",
     body=f"""仁科様

桑原です。ビル管理会社から各テナントの防火管理者連絡先一覧が届きましたので、
夜間警備の緊急連絡用に共有します。

{_table(_rows)}

{_KUWABARA}
""",
     entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
     note="tenant companies' designated fire managers with mobiles: business contacts or a list of people")

# -- ids, in a shuffled order so that the id says nothing about the label
_rng.shuffle(M)
MESSAGES = [{"id": f"uketsuke-{i:03d}", **m} for i, m in enumerate(M, 1)]
