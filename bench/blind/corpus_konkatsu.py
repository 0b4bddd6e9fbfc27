"""Blind corpus — area: konkatsu (婚活).

日の出産業株式会社 ブライダル事業部 / 結婚相談所「ひので縁結び」: member profiles (income,
education, divorce history, religion, health), 独身証明書 and ID checks, matchmaking
introductions to partner agencies (相互紹介), party attendee lists, payments.

Written from BRIEF.md only.  Every person, number and address is invented.
My Number / card number seeds start at 2201.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

MESSAGES: list[dict] = []


def M(**kw) -> None:
    kw["id"] = f"konkatsu-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


# -- invented people ----------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("鬼頭", "キトウ", "Kito"), ("猪俣", "イノマタ", "Inomata"),
    ("栗栖", "クルス", "Kurusu"), ("比嘉", "ヒガ", "Higa"), ("安里", "アサト", "Asato"),
    ("宍戸", "シシド", "Shishido"), ("畦地", "アゼチ", "Azechi"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("久慈", "クジ", "Kuji"), ("大江", "オオエ", "Oe"), ("楠本", "クスモト", "Kusumoto"),
]
MALE = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("雄一", "ユウイチ", "Yuichi"),
    ("亮", "リョウ", "Ryo"), ("誠", "マコト", "Makoto"), ("康平", "コウヘイ", "Kohei"),
    ("智也", "トモヤ", "Tomoya"), ("慎吾", "シンゴ", "Shingo"), ("浩二", "コウジ", "Koji"),
    ("隼人", "ハヤト", "Hayato"), ("圭介", "ケイスケ", "Keisuke"), ("俊", "シュン", "Shun"),
    ("和真", "カズマ", "Kazuma"), ("陽平", "ヨウヘイ", "Yohei"), ("貴之", "タカユキ", "Takayuki"),
]
FEMALE = [
    ("美咲", "ミサキ", "Misaki"), ("彩", "アヤ", "Aya"), ("由美", "ユミ", "Yumi"),
    ("真由美", "マユミ", "Mayumi"), ("愛", "アイ", "Ai"), ("千尋", "チヒロ", "Chihiro"),
    ("麻衣", "マイ", "Mai"), ("香織", "カオリ", "Kaori"), ("沙織", "サオリ", "Saori"),
    ("奈々", "ナナ", "Nana"), ("里奈", "リナ", "Rina"), ("恵", "メグミ", "Megumi"),
    ("早紀", "サキ", "Saki"), ("瞳", "ヒトミ", "Hitomi"), ("詩織", "シオリ", "Shiori"),
    ("若菜", "ワカナ", "Wakana"), ("朋子", "トモコ", "Tomoko"), ("紗希", "サキ", "Saki"),
]
PLACES = [
    ("154-0015", "東京都世田谷区桜新町"), ("223-0061", "神奈川県横浜市港北区日吉"),
    ("330-0064", "埼玉県さいたま市浦和区岸町"), ("273-0005", "千葉県船橋市本町"),
    ("177-0041", "東京都練馬区石神井町"), ("135-0061", "東京都江東区豊洲"),
    ("211-0063", "神奈川県川崎市中原区小杉町"), ("166-0004", "東京都杉並区阿佐谷南"),
    ("192-0046", "東京都八王子市明神町"), ("332-0017", "埼玉県川口市栄町"),
    ("272-0021", "千葉県市川市八幡"), ("144-0052", "東京都大田区蒲田"),
    ("194-0013", "東京都町田市原町田"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("183-0022", "東京都府中市宮西町"), ("251-0025", "神奈川県藤沢市鵠沼石上"),
    ("350-1123", "埼玉県川越市脇田本町"), ("260-0013", "千葉県千葉市中央区中央"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("231-0012", "神奈川県横浜市中区相生町"),
]
BUILDINGS = ["", "", "", "メゾン桜101", "グランコート302", "サンハイツ205", "パークサイド日吉403",
             "ヴィラ緑ヶ丘1F", "レジデンス豊洲1208", "コーポ岸町202"]
JOBS = ["会社員（メーカー）", "会社員（IT）", "地方公務員", "看護師", "保育士", "薬剤師",
        "会社員（商社）", "教員（中学校）", "銀行員", "自営業（飲食）", "会社員（不動産）",
        "歯科衛生士", "会社員（事務）", "システムエンジニア", "国家公務員", "会計事務所勤務"]
EDU = ["大学卒", "大学卒", "大学院卒", "短大卒", "専門学校卒", "高校卒", "大学卒", "高専卒"]
MARITAL = ["初婚", "初婚", "初婚", "初婚", "離婚歴あり（子なし）",
           "離婚歴あり（子1人・元配偶者が養育）", "離婚歴あり（子1人・同居）", "死別"]
FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
        "softbank.ne.jp", "gmail.com"]
REF_YEAR = 2026


def person(seed: int, sex: str | None = None) -> dict:
    rng = random.Random(f"konkatsu-person-{seed}")
    sex = sex or rng.choice("MF")
    sur = rng.choice(SURNAMES)
    giv = rng.choice(MALE if sex == "M" else FEMALE)
    born = date(rng.randrange(1979, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
    zipc, town = rng.choice(PLACES)
    bld = rng.choice(BUILDINGS)
    addr = f"{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    if bld:
        addr += " " + bld
    mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
    local = rng.choice([
        f"{giv[2].lower()}.{sur[2].lower()}{rng.randrange(10, 99)}",
        f"{sur[2].lower()}_{giv[2].lower()[0]}{born.month:02d}{born.day:02d}",
        f"{giv[2].lower()}{born.year % 100:02d}{rng.choice(['', '.', '-'])}{sur[2].lower()[:3]}",
    ])
    email = f"{local}@{rng.choice(FREE)}"
    income = rng.choice([280, 320, 350, 380, 420, 450, 480, 520, 550, 600, 650, 700, 780, 850, 950])
    if sex == "F":
        income = max(200, income - rng.choice([0, 50, 100]))
    return {
        "name": f"{sur[0]} {giv[0]}", "name_nospace": f"{sur[0]}{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2]}",
        "ROMAJI": f"{sur[2].upper()} {giv[2].upper()}",
        "sur": sur[0], "sex": sex, "sexj": "男性" if sex == "M" else "女性",
        "dob": born, "age": REF_YEAR - born.year - (1 if (born.month, born.day) > (9, 1) else 0),
        "zip": zipc, "addr": addr, "city": town[:town.find("区") + 1] if "区" in town else town[:town.find("市") + 1],
        "mobile": mobile, "email": email, "income": income,
        "edu": rng.choice(EDU), "job": rng.choice(JOBS), "marital": rng.choice(MARITAL),
        "height": rng.randrange(170, 186) if sex == "M" else rng.randrange(150, 168),
        "no": f"{'HM' if sex == 'M' else 'HF'}{rng.randrange(100000, 999999)}",
    }


def people(start: int, n: int, sex: str | None = None) -> list[dict]:
    return [person(start + i, sex) for i in range(n)]


# -- formatting helpers -------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def wareki(d: date, style: str = "long") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    if style == "zshort":
        return f"{short}{y}．{d.month}．{d.day}".translate(_ZEN).replace(short, chr(ord(short) + 0xFEE0))
    return f"{era}{y}年{d.month}月{d.day}日"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in str(s))


def table(rows: list[list], gap: int = 2, rule: str = "-") -> str:
    """Columns padded with ASCII spaces under a header and a ---- rule."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append("".join(c + " " * (widths[i] - _w(c) + gap) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def ztable(rows: list[list]) -> str:
    """Columns padded with full-width spaces, a ー rule (what people do in Outlook)."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - _w(c)
            cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
        out.append("　".join(cells).rstrip())
        if k == 0:
            out.append("ー" * ((sum(widths) + 2 * len(widths)) // 2))
    return "\n".join(out)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures ---------------------------------------------------------------------------

HQ = "〒160-0023 東京都新宿区西新宿3-7-21 日の出ビル8F"

SIG_OKABE = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ブライダル事業部
結婚相談所「ひので縁結び」新宿サロン
婚活カウンセラー　岡部 真理子（おかべ まりこ）
{HQ}
TEL 03-5321-8870 / FAX 03-5321-8871
okabe.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HIYAMA = f"""
--
日の出産業株式会社
ブライダル事業部 相互紹介推進課
檜山 里美 Satomi Hiyama
{HQ}
TEL:03-5321-8874（直通） 携帯:080-3318-2297
Mail:hiyama.satomi@hinode-sangyo.co.jp"""

SIG_KASHIWAGI = """
-------------------------------------------
日の出産業株式会社 ブライダル事業部
イベント企画グループ　柏木 ゆかり
TEL 03-5321-8876 ／ 当日連絡先 090-6621-4057
kashiwagi.yukari@hinode-sangyo.co.jp
ひので縁結び https://www.hinode-sangyo.co.jp/bridal/
-------------------------------------------"""

SIG_NISHIMURA = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 ブライダル事業部
入会審査室　西村 拓海
{HQ}
TEL 03-5321-8872
nishimura.takumi@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_IMAIZUMI = """
日の出産業株式会社 経理部 ブライダル事業担当
今泉 浩
TEL 03-5321-8800（代表） 内線 2147
imaizumi.hiroshi@hinode-sangyo.co.jp"""

SIG_USAMI = """
--------------------------------
日の出産業株式会社 情報システム部
宇佐美 聡 / Satoshi Usami
TEL 03-5321-8810  内線 3302
usami.satoshi@hinode-sangyo.co.jp
--------------------------------"""

SIG_SEKI = f"""
日の出産業株式会社
執行役員 ブライダル事業部長
関 博之
{HQ}
TEL 03-5321-8870（代表）
seki.hiroyuki@hinode-sangyo.co.jp"""

SIG_TOGAWA = """
■□■□■□■□■□■□■□■□■□■□■□■
結婚相談所「ひので縁結び」横浜サロン
（日の出産業株式会社 ブライダル事業部）
チーフカウンセラー　戸川 恵理
〒231-0023 神奈川県横浜市中区山下町2-18 ポートビル5F
TEL 045-664-3390 ／ FAX 045-664-3391
togawa.eri@hinode-sangyo.co.jp
■□■□■□■□■□■□■□■□■□■□■□■"""

SIG_HOJO = """
日の出産業株式会社 総務部（ブライダル事業支援）
北条 しのぶ
TEL 03-5321-8805 / FAX 03-5321-8806
hojo.shinobu@hinode-sangyo.co.jp"""

SIG_NOTO_EN = """
--
Kenichi Noto
International Matchmaking Desk, Bridal Division
Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 3-7-21 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan
Tel: +81-3-5321-8879
noto.kenichi@hinode-sangyo.co.jp"""

SIG_NOTO = f"""
日の出産業株式会社 ブライダル事業部 国際結婚サポートデスク
能登 健一
{HQ}
TEL 03-5321-8879
noto.kenichi@hinode-sangyo.co.jp"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。本メールの宛先に誤りがある場合は、
お手数ですが送信者までご連絡いただき、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised copying, disclosure or distribution is prohibited."""

OKABE = "岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>"
HIYAMA = "檜山 里美 <hiyama.satomi@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 ゆかり <kashiwagi.yukari@hinode-sangyo.co.jp>"
NISHIMURA = "西村 拓海 <nishimura.takumi@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 浩 <imaizumi.hiroshi@hinode-sangyo.co.jp>"
USAMI = "宇佐美 聡 <usami.satoshi@hinode-sangyo.co.jp>"
SEKI = "関 博之 <seki.hiroyuki@hinode-sangyo.co.jp>"
TOGAWA = "戸川 恵理 <togawa.eri@hinode-sangyo.co.jp>"
HOJO = "北条 しのぶ <hojo.shinobu@hinode-sangyo.co.jp>"
NOTO = "Kenichi Noto <noto.kenichi@hinode-sangyo.co.jp>"


# -- external parties (fictional) ---------------------------------------------------------

ENMUSUBI = "三上 亜希子 <mikami@en-musubi-club.co.jp>"          # 相互紹介先 えんむすび倶楽部
BRIDGE = "マリッジブリッジ 紹介担当 <shokai@marriage-bridge.jp>"
BRIDGE_P = "野々村 隆 <t.nonomura@marriage-bridge.jp>"
KIZUNA = "絆婚サポート 江藤 <eto@kizuna-konsupport.com>"
RENGO = "日本婚活協会連合 会員登録係 <touroku@konkatsu-rengo.or.jp>"
SAKURA = "さくらホテル 宴会営業 堀内 <banquet.horiuchi@sakura-hotel.jp>"
KITAGUNI = "北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"
NISHIKI = "錦印刷 営業部 大西 <onishi@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
MIDORI = "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"
EVENTPLUS = "イベントプラス 高森 <takamori@event-plus.co.jp>"
HIKARI = "スタジオひかり 予約係 <yoyaku@studio-hikari.jp>"
ADLINK = "アドリンク 瀬川 <segawa@adlink-pr.co.jp>"
PACIFIC = "Rachel Moore <rachel.moore@pacific-hearts.com>"
YAMASHINA = "山科会計事務所 山科 <yamashina@yamashina-kaikei.jp>"


# 001 — S: body, ASCII space-padded table, 6 members with mobile numbers, to a partner agency
_p = people(100, 6, "F")
_t = table([["会員No", "氏名", "年齢", "お見合い日時", "当日連絡先"]] +
           [[p["no"], p["name"], f"{p['age']}歳", d, p["mobile"]] for p, d in zip(_p, [
               "12/6(土) 11:00", "12/6(土) 14:00", "12/7(日) 10:30", "12/7(日) 13:00",
               "12/13(土) 15:00", "12/14(日) 11:00"])])
M(charset="iso-2022-jp", sender=HIYAMA, to=[ENMUSUBI],
  subject="12月前半 お見合い確定分のご連絡（ひので縁結び→えんむすび倶楽部様）",
  body=f"""えんむすび倶楽部
三上様

いつも大変お世話になっております。
ひので縁結びの檜山でございます。

12月前半にお見合いが確定しました弊社女性会員の一覧をお送りいたします。
当日の遅刻・迷子対応のため、各会員の携帯番号も記載しております。
会場はいずれもさくらホテル新宿 1階ラウンジ「ミモザ」です。

{_t}

お相手様（貴社会員様）側の当日連絡先も、お手数ですが同様にご返信いただけますと幸いです。
引き続きよろしくお願いいたします。
{SIG_HIYAMA}
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="six members' names and mobiles in a padded table to an external agency")

# 002 — P: venue booking with the hotel's one contact; only the sender's own numbers
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA],
  subject="Re: 1/24(土) 婚活パーティー 宴会場「桔梗の間」仮押さえの件",
  body=f"""さくらホテル
宴会営業部 堀内様

いつもお世話になっております。日の出産業の柏木です。
お見積りありがとうございました。社内決裁が下りましたので、
1/24(土) 13:00-17:00「桔梗の間」本予約でお願いいたします。

・想定人数：男女各20名＋スタッフ4名
・レイアウト：ラウンドテーブル8卓（回転式トーク用）
・飲食：ソフトドリンク＋軽食（北国フーズ様手配分は持込み料なしとのことで承知しております）

当日の責任者は私柏木が務めます。緊急時は下記携帯までご連絡ください。
契約書は押印のうえ郵送いたします。

> 堀内様
> 桔梗の間、1/24は13時から17時まで仮押さえしております。
> 12/19までにご回答いただけますと幸いです。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary venue booking to one partner contact; only the sender's signature numbers")

# 003 — S: My Numbers of two freelance 仲人 to the outside tax accountant
_n1, _n2 = person(130, "F"), person(131, "M")
M(charset="shift_jis", sender=IMAIZUMI, to=[YAMASHINA],
  subject="業務委託カウンセラー 支払調書作成用データ（2名分）",
  body=f"""山科会計事務所
山科先生

お世話になっております。日の出産業 経理部の今泉です。
先日ご依頼のあった、報酬・料金等の支払調書作成用の情報をお送りします。
（ブライダル事業部の業務委託カウンセラー2名分です）

1) {_n1['name']}（{_n1['kana']}）
   住所：{_n1['zip']} {_n1['addr']}
   個人番号：{my_number(2201)}
   支払金額：1,842,000円（源泉徴収税額 188,064円）

2) {_n2['name']}（{_n2['kana']}）
   住所：{_n2['zip']} {_n2['addr']}
   個人番号：{my_number(2202)}
   支払金額：936,500円（源泉徴収税額 95,609円）

番号確認書類の写しは別途郵送いたします。
ご不明点があればご連絡ください。
{SIG_IMAIZUMI}
""",
  expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
  detectors=["personal_data"], note="two people's My Numbers with addresses to an outside accountant")

# 004 — P: internal only — screening notes with licence number and a health remark
_a = person(140, "M")
M(charset="iso-2022-jp", sender=NISHIMURA, to=[OKABE], cc=["入会審査室 <shinsa@hinode-sangyo.co.jp>"],
  subject="【入会審査】{0}様 書類確認結果".format(_a["name"]),
  body=f"""岡部さん

お疲れさまです。西村です。
先週面談いただいた{_a['name']}様（{_a['no']}）の書類確認が完了しました。

・本人確認：運転免許証　第3021 8846 5170号（有効期限 {REF_YEAR + 2}年{_a['dob'].month}月{_a['dob'].day}日）
・生年月日：{wareki(_a['dob'])}
・住所：{_a['addr']}（免許証記載と一致）
・独身証明書：{_a['city']}長発行、発行日から3か月以内でOK
・収入証明：源泉徴収票（年収 {_a['income']}万円）OK
・学歴：卒業証明書 OK

面談メモにあった「2年前に不整脈で入院、現在は経過観察」の件は、
本人の意向どおりプロフィールには載せず、交際に進んだ段階でご本人から伝える方針で了解です。
審査は承認で進めます。
{SIG_NISHIMURA}
""",
  expect="pass", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS",
                           "SENSITIVE_CATEGORY"],
  detectors=[], note="internal-only recipients: passes whatever it carries")

# 005 — S: one member's profile with religion, to a partner agency
_r = person(150, "F")
M(charset="iso-2022-jp", sender=HIYAMA, to=[BRIDGE_P],
  subject="相互紹介：弊社女性会員 プロフィールご送付（お申込み前のご確認）",
  body=f"""マリッジブリッジ株式会社
野々村様

いつもお世話になっております。ひので縁結びの檜山です。
貴社会員様（MB-20417様）へのお申込みにあたり、弊社会員のプロフィールをお送りします。
ご本人から事前にお伝えしておきたい事項があるとのことで、備考欄をご確認ください。

――――――――――――――――
氏名：{_r['name']}（{_r['kana']}）
年齢：{_r['age']}歳　身長：{_r['height']}cm
居住地：{_r['city']}
職業：{_r['job']}　年収：{_r['income']}万円
学歴：{_r['edu']}
婚歴：{_r['marital']}
備考：カトリック信者で、毎週日曜日は所属教会のミサに通っています。
　　　結婚式は教会で挙げたいという希望があり、お相手にも信仰への理解を望んでいます
　　　（入信までは求めていません）。
――――――――――――――――

お相手様のご意向を伺えましたらお知らせください。
{SIG_HIYAMA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="religion (要配慮) of one identified member sent to another agency")

# 006 — P: statistics only, to the city's marriage support centre
M(charset="utf-8", sender=SEKI, to=["星見市 結婚支援センター 担当 <kekkon-shien@city.hoshimi.lg.jp>"],
  subject="令和7年度 星見市結婚支援事業 委託実績報告（第2四半期）",
  body=f"""星見市 こども未来部 結婚支援センター
ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 ブライダル事業部の関でございます。

標記につきまして、第2四半期（7月〜9月）の実績をご報告いたします。

■ 市民向け登録者数（9月末時点）
  年代        男性   女性   計
  ----------------------------
  20代         31     44    75
  30代         68     59   127
  40代         52     27    79
  50代以上     14      9    23
  ----------------------------
  計          165    139   304

■ 活動実績
  お見合い成立        212件（前期比 +18件）
  交際成立             87件
  成婚（退会）          9組（うち市内在住同士 5組）
  婚活セミナー開催      3回 延べ参加 96名

■ 所感
  30代女性の新規登録が前期比で約1.3倍となりました。
  40代男性はお見合い成立率が低く、プロフィール写真の撮り直し支援を検討しております。

詳細な集計表は月末の定例会でお渡しいたします。
{SIG_SEKI}
""",
  expect="pass", entities=[], detectors=[],
  note="aggregated statistics, no individual people")

# 007 — S: CSV (CP932) of mailing addresses to the printer
_m = people(160, 14)
_rows = [["会員番号", "郵便番号", "住所", "氏名", "敬称", "発送区分"]] + [
    [p["no"], p["zip"], p["addr"], p["name"], "様", "冬号+入会1年目特典" if i % 4 == 0 else "冬号"]
    for i, p in enumerate(_m)]
M(charset="iso-2022-jp", sender=HOJO, to=[NISHIKI],
  subject="会報誌「えにし」冬号 宛名データ送付の件",
  body=f"""錦印刷株式会社
営業部 大西様

いつもお世話になっております。日の出産業の北条です。
会報誌「えにし」冬号の宛名印字用データを添付いたします。

・ファイル：enishi_winter_atena.csv（Shift_JIS）
・件数：{len(_m)}件（今回は新宿サロン在籍会員の先行分です）
・封筒：長3 窓なし、宛名ラベル印字でお願いします

残り（横浜・大宮サロン分）は来週月曜にお送りします。
{SIG_HOJO}
""",
  attachments=[{"kind": "csv", "name": "enishi_winter_atena.csv", "encoding": "cp932", "rows": _rows}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="14 members' names and home addresses in a CP932 CSV to an external printer")

# 008 — P: one free-mail recipient, booking a free consultation
M(charset="iso-2022-jp", sender=OKABE, to=["kurusu.wakana0611@yahoo.co.jp"],
  subject="【ひので縁結び】無料カウンセリングご予約の確認",
  body=f"""栗栖 様

この度は結婚相談所「ひので縁結び」の無料カウンセリングにお申込みいただき、
誠にありがとうございます。カウンセラーの岡部と申します。

下記の日時でご予約を承りました。

　日時：12月9日（火）19:00〜20:00
　場所：新宿サロン（西新宿3-7-21 日の出ビル8F）
　　　　※1階受付で「ひので縁結び」とお伝えください
　お持ち物：特にございません（ご入会を決めていただく必要もございません）

ご都合が悪くなった場合は、このメールへの返信か、お電話でお知らせください。
お会いできるのを楽しみにしております。
{SIG_OKABE}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="one private person on free mail; nothing but a booking")

# 009 — S: three partner agencies visible in To
M(charset="iso-2022-jp", sender=KASHIWAGI,
  to=[ENMUSUBI, BRIDGE, KIZUNA],
  subject="【ご相談】2月 合同お見合いパーティー共催のお願い",
  body=f"""えんむすび倶楽部 三上様
マリッジブリッジ株式会社 ご担当者様
絆婚サポート 江藤様

いつもお世話になっております。
日の出産業（ひので縁結び）イベント企画の柏木でございます。

来年2月に、相互紹介でお付き合いのある4社合同でのお見合いパーティーを企画しております。
各社から男女各5名ずつご推薦いただき、計40名規模での開催を想定しています。

　日程案：2月21日（土）または2月28日（土）午後
　会場案：さくらホテル新宿「桔梗の間」
　参加費：男性8,000円／女性3,000円（各社会員のみ）
　費用負担：会場費・進行費は4社で按分

ご興味をお持ちいただけましたら、12月19日（金）までにご返信いただけますと幸いです。
打合せ（オンライン）の候補日も追ってご連絡いたします。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="three external agencies see each other's addresses in To: should have been Bcc")

# 010 — S: look-alike of the own domain (hinode-sangyou) + 5 people's phone numbers
_y = people(170, 5)
_lines = "\n".join(f"{i + 1}. {p['name']}様（{p['sexj']}・{p['age']}）{zen(p['mobile'])}　{d}"
                   for i, (p, d) in enumerate(zip(_y, ["12/8 18:30", "12/9 19:00", "12/10 11:00",
                                                      "12/11 19:30", "12/13 14:00"])))
M(charset="iso-2022-jp", sender=TOGAWA, to=["岡部 真理子 <okabe.mariko@hinode-sangyou.co.jp>"],
  subject="横浜サロン 来週の面談予定者（新宿で代行いただく分）",
  body=f"""岡部さん

お疲れさまです。横浜の戸川です。
来週、私が研修で不在のため、新宿サロンで面談を代行いただく方の一覧です。
念のため携帯番号も入れておきます。前日に確認のお電話をお願いできれば助かります。

{_lines}

よろしくお願いします！
{SIG_TOGAWA}
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
  note="recipient domain hinode-sangyou.co.jp imitates the own domain; five people's mobiles")

# 011 — P: reply; the partner's list of their members is only quoted
_q = people(180, 6, "M")
_quoted = "\n".join("> " + l for l in table(
    [["No", "氏名", "年齢", "職業", "希望日"]] +
    [[f"EM-{3301 + i}", p["name"], p["age"], p["job"], h] for i, (p, h) in enumerate(zip(_q, [
        "12/6午後", "12/7終日", "12/13午前", "12/14午後", "12/20終日", "12/21午前"]))]).split("\n"))
M(charset="iso-2022-jp", sender=HIYAMA, to=[ENMUSUBI],
  subject="Re: 【えんむすび倶楽部】12月 お見合いお申込み一覧",
  body=f"""三上様

お世話になっております。檜山です。
一覧ありがとうございました。弊社会員にそれぞれ確認し、
今週中に受諾可否をまとめてご連絡いたします。

取り急ぎ受領のご連絡まで。
{SIG_HIYAMA}

-----Original Message-----
From: 三上 亜希子 <mikami@en-musubi-club.co.jp>
Sent: Monday, December 1, 2025 10:12 AM
To: 檜山 里美
Subject: 【えんむすび倶楽部】12月 お見合いお申込み一覧

> 檜山様
>
> いつもお世話になっております。えんむすび倶楽部の三上です。
> 弊社男性会員から貴社女性会員様へのお申込み一覧をお送りします。
>
{_quoted}
>
> ご確認のほどよろしくお願いいたします。
""",
  expect="pass", entities=[], detectors=[],
  note="the six-person list is only quoted from the recipient's own mail")

# 012 — S: XLSX with several sheets and title rows: new members to the federation
_men, _women = people(190, 6, "M"), people(200, 7, "F")
_hdr = ["会員番号", "氏名", "フリガナ", "生年月日", "最終学歴", "職業", "年収(万円)", "婚歴", "居住地"]


def _xrow(p):
    return [p["no"], p["name"], p["kana"], ymd(p["dob"]), p["edu"], p["job"], p["income"], p["marital"], p["city"]]


M(charset="utf-8", sender=HIYAMA, to=[RENGO],
  subject="11月度 新規入会者 連盟登録データの送付",
  body=f"""日本婚活協会連合
会員登録係 ご担当者様

いつもお世話になっております。
加盟相談所 No.1187 ひので縁結び（日の出産業株式会社）の檜山でございます。

11月度の新規入会者（男性6名・女性7名）の登録データを添付にてお送りします。
独身証明書・本人確認書類の原本確認は弊社にて完了しております。
お手数ですが、ご登録をお願いいたします。
{SIG_HIYAMA}
""",
  attachments=[{"kind": "xlsx", "name": "連盟登録_202511_ひので縁結び.xlsx", "sheets": {
      "男性会員": [["連盟登録申請書（男性会員）　加盟No.1187"], [], _hdr] + [_xrow(p) for p in _men],
      "女性会員": [["連盟登録申請書（女性会員）　加盟No.1187"], [], _hdr] + [_xrow(p) for p in _women],
      "記入要領": [["・生年月日は西暦で記入"], ["・年収は税込、直近の源泉徴収票ベース"],
                   ["・居住地は市区町村まで"]],
  }}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="13 members' records (birth dates, income, marital history) in a multi-sheet XLSX")

# 013 — S: a member's card number sent to the payment processor's support
_c = person(210, "M")
M(charset="iso-2022-jp", sender=IMAIZUMI, to=["ペイブリッジ カスタマーサポート <support@paybridge.jp>"],
  subject="【加盟店ID HK-00418】入会金決済エラーの調査依頼",
  body=f"""ペイブリッジ株式会社
カスタマーサポート ご担当者様

お世話になっております。加盟店ID HK-00418 日の出産業株式会社の今泉です。

本日、結婚相談所の入会金（165,000円）のカード決済が3回続けてエラー（コード E-051）となりました。
会員様ご本人はカード会社に確認済みで、利用停止等はないとのことです。
お手数ですが、原因をお調べいただけますでしょうか。

　カード名義：{_c['ROMAJI']}
　カード番号：{card_number(2201)}
　有効期限：08/29
　決済日時：12月2日 14:21頃、14:25頃、14:40頃
　金額：165,000円（一括）

ご回答はこのアドレス宛にいただけますと幸いです。
{SIG_IMAIZUMI}
""",
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="a full credit card number with the holder's name to an external support desk")

# 014 — P: business mail to the federation with a long signature and the JP disclaimer
M(charset="iso-2022-jp", sender=NISHIMURA, to=[RENGO],
  subject="会員規約改定（令和8年4月施行）に関するご確認",
  body=f"""日本婚活協会連合
会員登録係 ご担当者様

いつもお世話になっております。ひので縁結びの西村です。

先日ご案内いただいた会員規約の改定（令和8年4月施行）について、2点確認させてください。

1. 独身証明書の有効期限が「発行後3か月以内」から「6か月以内」に緩和される件、
   既に審査中の申込者にも適用してよいでしょうか。
2. 本人確認書類としてマイナンバーカードを受け付ける場合、
   裏面（個人番号記載面）のコピーは取得しない運用で問題ないでしょうか。

お手すきの際にご回答いただけますと幸いです。
{SIG_NISHIMURA}
{DISC_JP}
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary question; signature and the standard disclaimer only")

# 015 — S: HTML-only mail, table of 10 party attendees to the hotel
_pa = people(220, 10)
_trs = "\n".join(
    f"<tr><td>{i + 1:02d}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['sexj']}</td>"
    f"<td>{p['age']}</td><td>{p['mobile']}</td></tr>" for i, p in enumerate(_pa))
M(charset="utf-8", sender=KASHIWAGI, to=[SAKURA],
  subject="1/24 パーティー 参加者名簿（受付用）",
  html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会営業部<br>堀内様</p>
<p>いつもお世話になっております。日の出産業の柏木です。<br>
1/24（土）のパーティーについて、ホテル側受付でもご確認いただけるよう名簿をお送りします。<br>
当日は弊社スタッフも受付に立ちますが、遅れて到着された方のご案内をお願いできますと助かります。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#f3d9e0"><th>受付No</th><th>氏名</th><th>フリガナ</th><th>性別</th><th>年齢</th><th>携帯電話</th></tr>
{_trs}
</table>
<p>残りの参加者は確定次第お送りします。</p>
<p>--<br>日の出産業株式会社 ブライダル事業部<br>イベント企画グループ 柏木 ゆかり<br>
TEL 03-5321-8876<br>kashiwagi.yukari@hinode-sangyo.co.jp</p>
</body></html>""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="HTML-only mail with a table of ten attendees and their mobiles")

# 016 — P: two partner organisations in To/Cc (hotel + caterer)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA], cc=[KITAGUNI],
  subject="1/24 パーティー 軽食メニューと搬入時間のすり合わせ",
  body=f"""さくらホテル 堀内様
北国フーズ ケータリング事業部 ご担当者様

お世話になっております。日の出産業の柏木です。
1/24（土）のパーティーの軽食について、三者で確認させてください。

・北国フーズ様：フィンガーフード6種（40名分）、12:15 搬入口到着予定
・さくらホテル様：搬入口（B1 西側）の開錠と、バックヤードの一時使用
・飲み物：ホテル様手配のソフトドリンク

搬入時間がホテル様の他の宴会と重ならないか、ご確認をお願いできますでしょうか。
メニュー案（PDF）は北国フーズ様から別途いただいたものを確認済みです。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="two partner organisations in a normal three-way mail")

# 017 — S: disability of one member to a partner agency
_d = person(230, "M")
M(charset="iso-2022-jp", sender=OKABE, to=[KIZUNA],
  subject="お見合い会場の件（弊社会員 {0}様）".format(_d["name"]),
  body=f"""絆婚サポート
江藤様

いつもお世話になっております。ひので縁結びの岡部です。
12/14（日）にお見合いが決まりました弊社会員 {_d['name']}様（{_d['age']}歳・{_d['job']}）について、
事前にお伝えさせてください。

{_d['sur']}様は学生時代の事故で脊髄を損傷されており、身体障害者手帳（1種2級）をお持ちです。
日常の移動は車椅子で、お仕事も普通にされています。
ご本人の希望で、お相手様には事前にお伝えしたうえでお会いしたいとのことです。

会場は段差のないホテルラウンジ（さくらホテル新宿 1F）を予定しています。
お相手様がご了承いただけるか、ご確認をお願いいたします。
{SIG_OKABE}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="disability (要配慮) of one named member sent to another agency")

# 018 — S: PPAP password ZIP to a partner agency
M(charset="iso-2022-jp", sender=HIYAMA, to=[BRIDGE],
  subject="【相互紹介】12月度 紹介候補者プロフィール一式",
  body=f"""マリッジブリッジ株式会社
紹介ご担当者様

いつもお世話になっております。ひので縁結びの檜山です。
12月度の紹介候補者（女性8名）のプロフィール一式をお送りします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお送りいたします。

・添付：shokai_202512.zip
{SIG_HIYAMA}
""",
  attachments=[{"kind": "zip", "name": "shokai_202512.zip", "password": "Hnd#2512kk",
                "files": [{"kind": "xlsx", "name": "shokai_202512.xlsx", "sheets": {"候補者": [
                    ["会員No", "氏名", "年齢", "年収", "学歴"]] + [
                    [p["no"], p["name"], p["age"], p["income"], p["edu"]] for p in people(240, 8, "F")]}}]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="password-protected ZIP (PPAP) cannot be inspected")

# 019 — P: price list for a corporate welfare tie-up
M(charset="shift_jis", sender=SEKI, to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
  subject="福利厚生提携プラン（結婚相談所）料金のご案内",
  body=f"""川崎電機株式会社
人事部 福利厚生課 ご担当者様

平素より大変お世話になっております。日の出産業の関でございます。
先日お打合せいただいた、社員様向け福利厚生提携プランの料金をお送りいたします。

【ひので縁結び 法人提携プラン（税込）】
  項目              通常料金      提携料金
  ----------------------------------------
  入会金            110,000円     55,000円
  登録料             33,000円         0円
  月会費             16,500円     13,200円
  お見合い料          5,500円         0円
  成婚料            220,000円    198,000円

・ご利用は社員様ご本人に限ります（ご家族は入会金のみ割引）
・社員証のご提示で提携料金を適用いたします
・ご紹介パンフレット（A4三つ折り）を200部お届け可能です

ご検討のほどよろしくお願い申し上げます。
{SIG_SEKI}
""",
  expect="pass", entities=[], detectors=[],
  note="price list to a partner company; no personal data")

# 020 — S: PDF table: 独身証明書 status with birth dates, to the federation
_s = people(250, 9)
M(charset="iso-2022-jp", sender=NISHIMURA, to=[RENGO],
  subject="独身証明書 提出状況一覧（11月審査分）",
  body=f"""日本婚活協会連合
会員登録係 御中

お世話になっております。ひので縁結びの西村です。
11月審査分の独身証明書提出状況を添付PDFにてご報告いたします。
未提出の2名については12月10日までに提出予定です。
{SIG_NISHIMURA}
""",
  attachments=[{"kind": "pdf", "name": "dokushin_shomei_202511.pdf", "title": "独身証明書 提出状況一覧",
                "lines": ["独身証明書 提出状況一覧（令和7年11月審査分）", "加盟No.1187 ひので縁結び", ""],
                "table": [["会員番号", "氏名", "生年月日", "本籍地", "発行日", "状況"]] + [
                    [p["no"], p["name"], wareki(p["dob"]), p["zip"][0] == "1" and "東京都" or "神奈川県",
                     "" if i in (3, 7) else f"R7.{10 + i % 2}.{3 + i}", "未提出" if i in (3, 7) else "確認済"]
                    for i, p in enumerate(_s)]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="nine people's names and birth dates in a PDF table")

# 021 — S: look-alike of the partner hotel (sakura-hote1.jp)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["堀内様 <banquet.horiuchi@sakura-hote1.jp>"],
  subject="お見積書 再発行のお願い（1/24 桔梗の間）",
  body=f"""さくらホテル
宴会営業部 堀内様

お世話になっております。日の出産業の柏木です。
先日いただいたお見積書ですが、宛名を「日の出産業株式会社 ブライダル事業部」で
再発行いただくことは可能でしょうか。経理処理の都合でお願いできますと幸いです。

金額・内容は変更ございません（見積No. SH-25-11873）。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="sakura-hote1.jp imitates partner sakura-hotel.jp (l → 1)")

# 022 — P: two people's details for one お見合い to a partner agency
_o1 = person(260, "F")
M(charset="iso-2022-jp", sender=HIYAMA, to=[ENMUSUBI],
  subject="お見合い日程確定のご連絡（EM-3304様 × 弊社 {0}）".format(_o1["no"]),
  body=f"""三上様

お世話になっております。檜山です。
下記のとおりお見合いが確定しましたのでご連絡いたします。

　日時：12月13日（土）15:00〜16:00
　場所：さくらホテル新宿 1F ラウンジ「ミモザ」
　貴社会員様：EM-3304 様
　弊社会員：{_o1['name']}様（{_o1['age']}歳）当日連絡先 {_o1['mobile']}

当日はお茶代を男性会員様にご負担いただく慣例で問題ございません。
終了後のお返事は翌日19時までに、いつもどおりお願いいたします。
{SIG_HIYAMA}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="one member's contact for an お見合い: a single record, may be warned")

# 023 — S: subject stamped 【社外秘】 to an ad agency
M(charset="iso-2022-jp", sender=SEKI, to=[ADLINK],
  subject="【社外秘】来期プロモーション計画と会員数推移",
  body=f"""株式会社アドリンク
瀬川様

お世話になっております。日の出産業の関です。
来期の広告出稿計画の前提として、社内資料から数値を抜粋してお送りします。

・在籍会員数：1,284名（前年同月比 +6.2%）
・月間新規入会：平均 41名（Web経由 63%、紹介 21%、イベント 16%）
・成婚退会率：年 11.4%
・来期目標：新規入会 月60名、CPA 48,000円以下

ご提案は1月15日の定例でお願いできればと思います。
{SIG_SEKI}
""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="the mail is stamped 社外秘 in the subject and goes outside")

# 024 — S: TSV pasted in the body to the system vendor
_v = people(270, 7)
_tsv = tsv([["member_id", "name", "name_kana", "birth_date", "email", "mobile"]] +
           [[p["no"], p["name"], p["kana"], ymd(p["dob"], "-"), p["email"], p["mobile"]] for p in _v])
M(charset="utf-8", sender=USAMI, to=[TSUBASA],
  subject="[#TS-8821] 会員マスタ移行 文字化けの再現データ",
  body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 情報システム部の宇佐美です。
チケット #TS-8821 の件、移行後に氏名カナが化けるレコードを抜き出しました。
本番データからそのままコピーしています（タブ区切り）。

{_tsv}

7件とも「ヴ」「ヶ」を含まないので、原因は別にあるように見えます。
ご確認よろしくお願いします。
{SIG_USAMI}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"], note="seven production member records pasted as TSV to a vendor")

# 025 — P: internal only — My Number for payroll of a counselor
_k = person(280, "F")
M(charset="shift_jis", sender=IMAIZUMI, to=["経理部 給与チーム <kyuyo@hinode-sangyo.co.jp>"],
  subject="新規業務委託者 マイナンバー登録のお願い",
  body=f"""給与チーム各位

お疲れさまです。今泉です。
12月から業務委託で来ていただくカウンセラーの方の番号です。
番号確認・身元確認は私の方で済ませています（原本照合済み）。
システム登録後、このメールは削除してください。

　氏名：{_k['name']}（{_k['kana']}）
　生年月日：{ymd(_k['dob'])}
　住所：{_k['zip']} {_k['addr']}
　個人番号：{my_number(2203)}

{SIG_IMAIZUMI}
""",
  expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  detectors=[], note="My Number sent to internal recipients only")


# 026 — S: driver's licence number for an ID check, to the federation
_l = person(300, "F")
M(charset="iso-2022-jp", sender=NISHIMURA, to=[RENGO],
  subject="本人確認書類の照会について（申請No.R-25-06612）",
  body=f"""日本婚活協会連合
会員登録係 ご担当者様

お世話になっております。ひので縁結びの西村です。
申請No.R-25-06612 の件、「他加盟店での登録歴の有無」の照会をお願いいたします。
ご本人の同意書は取得済みです（PDFは本日郵送いたしました）。

　氏名：{_l['name']}（{_l['kana']}）
　生年月日：{wareki(_l['dob'])}
　住所：{_l['addr']}
　本人確認書類：運転免許証
　免許証番号：第 {zen('305419 772638')} 号
　交付：{REF_YEAR - 1}年{_l['dob'].month}月（神奈川県公安委員会）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_NISHIMURA}
""",
  expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  detectors=["personal_data"], note="driver's licence number of a member to an external body")

# 027 — S: passport number, English, to an overseas partner agency
_e = person(310, "F")
M(charset="utf-8", sender=NOTO, to=[PACIFIC],
  subject="Member introduction – visa interview documents for Ms. " + _e["romaji"].split()[1],
  body=f"""Dear Rachel,

Thank you for arranging the introduction with your client Mr. Liam Foster.
As requested for the fiance(e) visa pre-check, here are our member's details:

  Name:            {_e['ROMAJI']}
  Date of birth:   {_e['dob'].strftime('%d %b %Y')}
  Passport no.:    TR{7024400 + _e['dob'].day * 13}
  Date of expiry:  14 Mar {REF_YEAR + 6}
  Occupation:      Pharmacist
  Marital status:  Never married

She will bring the original passport to the video call on Thursday.
Please let me know if your immigration adviser needs anything else.

Best regards,
{SIG_NOTO_EN}
""",
  expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="passport number of a member sent to an overseas agency")

# 028 — S: residence card number, to an international partner agency
_rc = person(320, "M")
M(charset="utf-8", sender=NOTO, to=["アジアブライダル 金 <kim@asia-bridal.jp>"],
  subject="登録申請者の在留資格確認について",
  body=f"""アジアブライダル株式会社
金様

お世話になっております。日の出産業 国際結婚サポートデスクの能登です。
貴社経由でお申込みいただいた男性の方について、在留資格の確認が取れましたのでお知らせします。

　氏名：グエン ヴァン タン（NGUYEN VAN THANH）
　生年月日：{ymd(_rc['dob'])}
　在留カード番号：AB{40817200 + _rc['dob'].day}CD
　在留資格：技術・人文知識・国際業務（在留期間満了日 {REF_YEAR + 2}年6月30日）

婚姻要件具備証明書は本国大使館で取得中とのことですので、
取得でき次第、写しをお送りいただけますでしょうか。
{SIG_NOTO}
""",
  expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="residence card number of one person to an external agency")

# 029 — S: 基礎年金番号 to the outside labour & social security attorney
_sr = person(330, "F")
M(charset="shift_jis", sender=HOJO, to=["社会保険労務士法人みなと 手続担当 <tetsuzuki@minato-sr.jp>"],
  subject="資格取得届の作成依頼（ブライダル事業部 新規採用1名）",
  body=f"""社会保険労務士法人みなと
手続ご担当者様

いつもお世話になっております。日の出産業 総務部の北条です。
12月1日付でブライダル事業部（新宿サロン）に正社員カウンセラーとして1名採用しましたので、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名：{_sr['name']}（{_sr['kana']}）
　性別：女
　生年月日：{wareki(_sr['dob'], 'short')}
　住所：〒{_sr['zip']} {_sr['addr']}
　基礎年金番号：{4101 + _sr['dob'].day}-{620000 + _sr['dob'].month * 1117}
　報酬月額：280,000円（通勤手当 12,400円含む）
　被扶養者：なし

雇用保険の手続きも併せてお願いいたします。
{SIG_HOJO}
""",
  expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  detectors=["personal_data"], note="basic pension number of a new hire to an outside office")

# 030 — S: health insurance card symbol/number used as ID, to a partner agency
_hi = person(340, "M")
M(charset="iso-2022-jp", sender=NISHIMURA, to=[KIZUNA],
  subject="二重登録確認のお願い（弊社申込者）",
  body=f"""絆婚サポート
江藤様

お世話になっております。ひので縁結びの西村です。
弊社にお申込みの男性が「以前、絆婚サポート様に在籍していた」と申告されています。
退会済みかどうか、ご確認いただけますでしょうか。

　氏名：{_hi['name']}（{_hi['kana']}）
　生年月日：{ymd(_hi['dob'], '.')}
　本人確認書類：健康保険被保険者証
　　記号 {3170 + _hi['dob'].month}　番号 {_hi['dob'].day + 40}　保険者番号 06135{_hi['dob'].year % 1000:03d}

ご本人の同意は取得済みです。よろしくお願いいたします。
{SIG_NISHIMURA}
""",
  expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="health insurance card symbol and number of one person to another agency")

# 031 — S: medical history (type 1 diabetes) of one member to a partner agency
_md = person(350, "F")
M(charset="iso-2022-jp", sender=OKABE, to=[ENMUSUBI],
  subject="交際中のお二人について（{0}様・EM-3311様）".format(_md["name"]),
  body=f"""三上様

お世話になっております。ひので縁結びの岡部です。
真剣交際に進まれた{_md['name']}様（{_md['age']}歳）から、プロポーズ前にお相手様へ
伝えておきたいことがあると相談がありました。

{_md['sur']}様は中学生のときに1型糖尿病と診断され、現在もインスリン注射を続けておられます。
主治医からは妊娠・出産も可能と言われているそうですが、
お相手様とご家族にきちんと理解していただいたうえで進めたい、とのことです。

来週の面談でご本人から直接お伝えする予定ですので、
お相手様側でもフォローいただけますと幸いです。
{SIG_OKABE}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named member's diagnosis and treatment sent to another agency")

# 032 — P: NDA talk with a partner agency, DOCX draft without any marking
M(charset="iso-2022-jp", sender=HIYAMA, to=[BRIDGE_P],
  subject="相互紹介に関する秘密保持契約書（案）のご確認",
  body=f"""マリッジブリッジ株式会社
野々村様

お世話になっております。檜山です。
相互紹介の開始にあたり、秘密保持契約書（案）を作成しましたので添付いたします。
弊社法務（白川法律事務所）のレビュー済みです。

主な点：
・第2条 機密情報の定義に「会員の個人情報」を明記
・第5条 会員情報の利用目的をお見合い調整に限定
・第9条 契約終了時の会員データの返還・削除

修正のご要望があれば、変更履歴付きでお戻しください。
{SIG_HIYAMA}
""",
  attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v2.docx", "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）とマリッジブリッジ株式会社（以下「乙」という。）は、"
                    "相互紹介業務に関し、以下のとおり秘密保持契約を締結する。",
                    "第1条（目的）本契約は、甲乙間の会員相互紹介業務（以下「本業務」という。）の遂行にあたり、"
                    "相手方から開示される機密情報の取扱いを定める。",
                    "第2条（機密情報）機密情報とは、本業務に関し開示された技術上・営業上の情報及び会員の個人情報をいう。",
                    "第5条（目的外利用の禁止）甲及び乙は、機密情報を本業務の目的以外に利用してはならない。",
                    "第9条（返還・削除）本契約終了時、甲及び乙は相手方の会員データを速やかに返還又は削除する。",
                    "第12条（有効期間）本契約の有効期間は締結日から1年間とし、以後自動更新とする。",
                ]}],
  expect="pass", entities=[], detectors=[],
  note="mail about an NDA; the word 機密 appears only as contract wording")

# 033 — S: a member's mental-health history to the law firm (partner, still external)
_lw = person(360, "M")
M(charset="iso-2022-jp", sender=SEKI, to=[SHIRAKAWA],
  subject="退会・返金請求案件のご相談（会員No.{0}）".format(_lw["no"]),
  body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の関です。
標記の件、ご相談させてください。

会員 {_lw['name']}様（{_lw['age']}歳、{_lw['city']}在住）より、入会後2か月での退会と
入会金165,000円の全額返金を求める内容証明が届きました。
ご本人は「入会時はうつ病で心療内科に通院中で、正常な判断ができなかった」と主張され、
主治医の診断書（うつ病・適応障害、令和7年5月から通院）の写しも同封されています。

当社の規約では入会金は返金対象外ですが、特定商取引法上のクーリングオフ期間は経過しています。
対応方針についてご助言をいただけますでしょうか。資料一式は明日お持ちします。
{SIG_SEKI}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="diagnosis of a named member sent outside, even to the company's law firm")

# 034 — E: profile with the religion field filled in as 'none'
_nr = person(370, "M")
M(charset="iso-2022-jp", sender=TOGAWA, to=[KIZUNA],
  subject="プロフィール送付：弊社男性会員（お申込み受諾分）",
  body=f"""絆婚サポート
江藤様

お世話になっております。ひので縁結び 横浜サロンの戸川です。
貴社女性会員様からのお申込みを、弊社会員がお受けしました。プロフィールをお送りします。

【プロフィール】
　氏名：{_nr['name']}
　年齢：{_nr['age']}歳／身長{_nr['height']}cm
　職業：{_nr['job']}　年収：{_nr['income']}万円
　学歴：{_nr['edu']}
　婚歴：{_nr['marital']}
　喫煙：吸わない　飲酒：付き合い程度
　宗教：特になし（実家は浄土真宗の檀家）
　休日：土日祝

日程候補は追ってお送りします。
{SIG_TOGAWA}
""",
  expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="one profile whose religion field says 'none' but names the family's sect: borderline 要配慮")

# 035 — S: arrest history from a background check, to a partner agency
_cr = person(380, "M")
M(charset="iso-2022-jp", sender=HIYAMA, to=[BRIDGE_P],
  subject="【至急】貴社会員様とのお見合い中止のお願い",
  body=f"""マリッジブリッジ株式会社
野々村様

お世話になっております。檜山です。
12/20にお見合い予定の弊社会員 {_cr['name']}様（{_cr['no']}、{_cr['age']}歳）について、
お見合いを一旦中止させてください。

入会時の身辺調査を委託している調査会社から追加報告があり、
{_cr['sur']}様が2022年に元交際相手への傷害容疑で逮捕され、その後罰金刑（略式命令）を
受けていたことが判明しました。入会時の申告にはなかった事項です。

社内で退会処分を含めて検討しております。
貴社会員様には「弊社会員の都合により」とだけお伝えいただけますでしょうか。
{SIG_HIYAMA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="arrest and criminal sentence of a named member (要配慮) to another agency")

# 036 — P: reply; the partner's mention of a health issue is only in the quoted part
M(charset="shift_jis", sender=OKABE, to=[ENMUSUBI],
  subject="RE: 交際中のお二人について",
  body=f"""三上様

ご丁寧にありがとうございます。岡部です。
承知いたしました。来週の面談のあと、こちらからもご報告いたします。
お二人にとって良い形になるよう、引き続き連携させてください。
{SIG_OKABE}

差出人: 三上 亜希子 <mikami@en-musubi-club.co.jp>
送信日時: 2025年12月3日 18:42
宛先: 岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>
件名: RE: 交際中のお二人について

岡部様

お世話になっております。三上です。
弊社会員の鬼頭 雄一様ですが、実は昨年、甲状腺の手術を受けており、
現在も薬を服用中とのことです。ご本人から「自分も話しておきたい」と申し出がありました。
お相手様にもお伝えいただけますでしょうか。
""",
  expect="pass", entities=[], detectors=[],
  note="health detail appears only in the quoted mail written by the recipient")

# 037 — S: crime victim (stalking) of one member, to the hotel
_sv = person(390, "F")
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA],
  subject="1/24 パーティー 当日の警備についてのご相談",
  body=f"""さくらホテル
宴会営業部 堀内様

お世話になっております。柏木です。
1/24のパーティーについて、内密にご相談があります。

参加予定の女性会員 {_sv['name']}様は、以前交際していた男性からストーカー被害を受けており、
昨年、警察に被害届を出して接近禁止の警告が出ているそうです。
その男性が今回のパーティー情報をSNSで見ている可能性があるとのことで、
ご本人は不安を感じておられます。

当日、受付付近にホテルの警備員の方を1名配置いただくことは可能でしょうか。
費用が発生する場合はお見積りをお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named member having been a crime victim (要配慮) sent to a venue")

# 038 — P: list of the company's salons (businesses, not people) to a magazine
M(charset="iso-2022-jp", sender=SEKI, to=["月刊ウェディングライフ 広告部 <ad@wedding-life.jp>"],
  subject="3月号 掲載原稿（サロン一覧）のご送付",
  body=f"""月刊ウェディングライフ
広告部 ご担当者様

お世話になっております。日の出産業の関です。
3月号 1/2ページ広告の原稿のうち、サロン一覧部分のテキストをお送りします。

【ひので縁結び サロン一覧】
・新宿サロン　〒160-0023 東京都新宿区西新宿3-7-21 日の出ビル8F　TEL 03-5321-8870
・横浜サロン　〒231-0023 神奈川県横浜市中区山下町2-18 ポートビル5F　TEL 045-664-3390
・大宮サロン　〒330-0846 埼玉県さいたま市大宮区大門町1-64 大門スクエア3F　TEL 048-640-2215
・船橋サロン　〒273-0005 千葉県船橋市本町4-2-9 船橋フロントビル6F　TEL 047-410-5532
・立川サロン　〒190-0012 東京都立川市曙町2-8-3 曙ビル4F　TEL 042-518-7701
・オンライン相談窓口　TEL 0120-41-8870（10:00〜20:00、水曜定休）

ロゴデータは先日お送りしたものからの変更はございません。
{SIG_SEKI}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of branch offices with switchboards: businesses, not people")

# 039 — S: ethnic origin of one member, to a partner agency
_or = person(400, "F")
M(charset="iso-2022-jp", sender=OKABE, to=[KIZUNA],
  subject="ご両家顔合わせ前のご相談（{0}様）".format(_or["name"]),
  body=f"""絆婚サポート
江藤様

お世話になっております。岡部です。
ご成婚に向けて順調に進んでいる{_or['name']}様（{_or['age']}歳）の件でご相談です。

{_or['sur']}様は在日韓国人三世（特別永住者）で、普段は日本名で生活されています。
ご本人は交際初期にお相手様へ伝えており、お相手様も受け止めてくださっていますが、
お相手様のご両親にはまだ伝わっていないようです。

顔合わせの前に、どのタイミングでどなたからお伝えするのが良いか、
貴社のカウンセラー様とも一度お話しさせていただけますでしょうか。
{SIG_OKABE}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="ethnic origin of a named member (要配慮) to another agency")

# 040 — S: health check results of one member, English, to an overseas partner
_hc = person(410, "M")
M(charset="utf-8", sender=NOTO, to=[PACIFIC],
  subject="Health certificate – our member " + _hc["ROMAJI"],
  body=f"""Dear Rachel,

As required by your agency's screening rules, please find below the summary of our member's
medical check-up (clinic report dated 2 December).

  Member:          {_hc['ROMAJI']} (born {_hc['dob'].strftime('%Y-%m-%d')})
  Height / weight: {_hc['height']} cm / 78.4 kg (BMI 26.1)
  Blood pressure:  142/91 mmHg (borderline hypertension, under observation)
  Liver (GGT):     88 U/L (advised to reduce alcohol)
  HIV / HBV / HCV: negative
  Chest X-ray:     no findings

The original certificate will be sent by courier. Let me know if anything else is needed.

Kind regards,
{SIG_NOTO_EN}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="health check results of a named member to an overseas agency")

# 041 — P: one member's profile (income, education, divorce history) — not 要配慮
_pf = person(420, "F")
M(charset="iso-2022-jp", sender=HIYAMA, to=[ENMUSUBI],
  subject="お申込み：弊社女性会員プロフィール（EM-3298様宛）",
  body=f"""三上様

お世話になっております。檜山です。
貴社男性会員 EM-3298様へ、弊社女性会員からお見合いのお申込みをさせてください。

　会員No：{_pf['no']}
　氏名：{_pf['name']}（{_pf['kana']}）
　年齢：{_pf['age']}歳　身長：{_pf['height']}cm
　居住地：{_pf['city']}
　職業：{_pf['job']}
　年収：{_pf['income']}万円
　学歴：{_pf['edu']}
　婚歴：離婚歴あり（子なし）／前婚は2年で協議離婚
　趣味：ランニング、御朱印集め、料理
　自己PR：明るく、相手の話をじっくり聞くタイプです。

写真データは連盟システムにアップロード済みです。
ご検討よろしくお願いいたします。
{SIG_HIYAMA}
""",
  expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="one person's profile; income, education and divorce history are not 要配慮")

# 042 — S: party invitation with seven members' free-mail addresses in To
_fm = people(430, 7)
M(charset="iso-2022-jp", sender=KASHIWAGI,
  to=[f"{p['name']} <{p['email']}>" for p in _fm],
  subject="【ひので縁結び】12/20 クリスマス婚活パーティーのご案内",
  body=f"""会員の皆さま

いつも「ひので縁結び」をご利用いただき、ありがとうございます。
イベント企画の柏木です。

ご好評のクリスマスパーティーを今年も開催いたします！

　日時：12月20日（土）18:30〜21:00（受付18:00〜）
　会場：さくらホテル新宿 2F「桔梗の間」
　対象：男性 30〜44歳／女性 28〜40歳の会員さま
　会費：男性 8,000円／女性 4,000円（当日現金またはカード）
　定員：男女各20名（先着順）

お申込みは会員専用ページ、またはこのメールへのご返信で承ります。
皆さまのご参加をお待ちしております。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
  note="seven private persons can see each other's addresses in To: should have been Bcc")

# 043 — P: the same kind of invitation done right: members in Bcc
_bc = people(440, 9)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["ひので縁結び イベント係 <event-bridal@hinode-sangyo.co.jp>"],
  bcc=[p["email"] for p in _bc],
  subject="【ひので縁結び】1月 アウトドア婚活（いちご狩り）参加者募集",
  body=f"""会員の皆さま

ひので縁結び イベント係です。
1月は少人数でのアウトドア企画をご用意しました。

　日程：1月18日（日）10:00 新宿西口集合（貸切バス）
　内容：いちご狩り＋ランチ＋フリータイム
　対象：男女各8名　30〜45歳の会員さま
　参加費：男性 9,500円／女性 6,500円（バス・昼食代込み）

※本メールは一斉送信のため、宛先を非表示にしております。
お申込みはマイページの「イベント」からお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="members on free mail are in Bcc; nobody sees anyone else")

# 044 — S: four external organisations visible in To/Cc
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA, EVENTPLUS],
  cc=[KITAGUNI, "スタジオひかり 撮影担当 <satsuei@studio-hikari.jp>"],
  subject="1/24 パーティー 関係各社 最終打合せ日程のご相談",
  body=f"""関係各社ご担当者様

お世話になっております。日の出産業の柏木です。
1/24（土）パーティーの最終打合せを、関係各社さま合同で行いたく存じます。

　候補：1月13日（火）15:00〜／1月14日（水）10:00〜／1月15日（木）16:00〜
　場所：さくらホテル新宿 2F 小会議室（オンライン参加も可）

・さくらホテル様：会場レイアウト・搬入
・イベントプラス様：進行台本・司会
・北国フーズ様：軽食
・スタジオひかり様：カップル成立時の記念撮影

ご都合の良い日時を12日までにご返信ください。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="four external organisations see each other in To/Cc")

# 045 — S: reply-all keeping three outside organisations visible
M(charset="shift_jis", sender=SEKI,
  to=["星見市 結婚支援センター <kekkon-shien@city.hoshimi.lg.jp>"],
  cc=["星見商工会議所 青年部 <seinenbu@hoshimi-cci.or.jp>", ENMUSUBI],
  subject="Re: 星見市×民間相談所 合同婚活フェア 実行委員会の件",
  body=f"""星見市 結婚支援センター ご担当者様
星見商工会議所 青年部 ご担当者様
えんむすび倶楽部 三上様

お世話になっております。日の出産業の関です。
実行委員会の件、弊社は委員として参加させていただきます。
第1回会合（1/9 14:00 市役所本庁舎5F）には私と柏木の2名で伺います。

会場案として、さくらホテル星見様の大宴会場（最大300名）を当たってみます。
{SIG_SEKI}

> 関様
> 先日はありがとうございました。実行委員会へのご参加可否を
> 12/12までにお知らせください。
""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="three external parties (city, chamber, agency) visible to each other in To/Cc")

# 046 — P: English mail to the overseas partner with the standard disclaimer
M(charset="utf-8", sender=NOTO, to=[PACIFIC],
  subject="Re: Partnership review call – January",
  body=f"""Dear Rachel,

Thank you for your message. Tuesday 13 January at 9:00 Sydney time (7:00 Tokyo) works for us.
Our Head of Division, Mr. Seki, will join the first half of the call.

Agenda proposal:
  1. Introductions completed in 2025 (we count 14 on our side)
  2. Revised success-fee split for 2026
  3. Joint online seminar for members living in Australia

I will send a Teams link next week.

Best regards,
{SIG_NOTO_EN}
{DISC_EN}

On Mon, 8 Dec 2025 at 16:03, Rachel Moore <rachel.moore@pacific-hearts.com> wrote:
> Hi Kenichi, could we schedule our annual partnership review in mid-January?
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary English business mail with the standard confidentiality disclaimer")

# 047 — S: inline forward (FW:) of an internal mail with a six-person list
_fw = people(450, 6, "F")
_fwl = "\n".join(f"・{p['name']}（{p['age']}）{p['job']}／{p['city']}／{p['mobile']}" for p in _fw)
M(charset="iso-2022-jp", sender=HIYAMA, to=[ENMUSUBI],
  subject="FW: 横浜サロン 12月のお見合い候補（女性）",
  body=f"""三上様

お世話になっております。檜山です。
横浜サロンから上がってきた候補者の情報を転送します。
貴社男性会員様でご興味のある方がいらっしゃれば、お知らせください。

-------- Forwarded Message --------
差出人: 戸川 恵理 <togawa.eri@hinode-sangyo.co.jp>
日付: 2025/12/04 9:15
宛先: 檜山 里美 <hiyama.satomi@hinode-sangyo.co.jp>
件名: 横浜サロン 12月のお見合い候補（女性）

檜山さん

お疲れさまです。戸川です。
相互紹介に出してよい女性会員さん、本人確認取れました。

{_fwl}

よろしくお願いします。
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="a forwarded internal mail with six members' mobiles is new text to the partner")

# 048 — S: attached (forwarded-as-attachment) mail with eight attendees
_at = people(460, 8)
_atl = "\n".join(f"{i + 1}\t{p['name']}\t{p['sexj']}\t{p['mobile']}\t{p['email']}" for i, p in enumerate(_at))
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[EVENTPLUS],
  subject="司会進行用の参加者情報（元メール添付）",
  body=f"""イベントプラス株式会社
高森様

お世話になっております。柏木です。
受付担当から社内向けに流れてきた参加者情報を、そのまま添付します。
当日の名前の読み上げとマッチングカードの準備にお使いください。
{SIG_KASHIWAGI}
""",
  attachments=[{"kind": "eml", "name": "参加者確定（1月24日）.eml", "message": {
      "charset": "iso-2022-jp", "sender": "受付 三好 <miyoshi.kana@hinode-sangyo.co.jp>",
      "to": [KASHIWAGI], "subject": "参加者確定（1月24日）",
      "body": f"""柏木さん

1/24 参加確定の8名です（入金確認済み）。

No\t氏名\t性別\t携帯\tメール
{_atl}

三好""",
  }}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="an attached mail carries eight attendees' mobiles and e-mails")

# 049 — P: list of candidate venues (hotels), businesses only
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[EVENTPLUS],
  subject="来年度パーティー会場の候補リスト",
  body=f"""高森様

お世話になっております。柏木です。
来年度の会場候補を一覧にしました。下見の優先順位についてご意見をいただけますか。

{table([["会場", "最寄駅", "電話", "最大人数", "備考"],
        ["さくらホテル新宿", "西新宿", "03-5321-0808", "120", "既存取引"],
        ["ホテルグランリーフ横浜", "関内", "045-651-2200", "80", "ラウンジ貸切可"],
        ["大宮パレスホテル", "大宮", "048-641-3311", "150", "駐車場あり"],
        ["船橋ベイサイドホテル", "船橋", "047-420-7788", "60", "平日割引"],
        ["立川ガーデンテラス", "立川", "042-524-6101", "90", "テラス席"]])}

{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of hotels with switchboard numbers: businesses, not people")

# 050 — S: DOCX table of six photo-shoot bookings to the photo studio
_ph = people(470, 6)
M(charset="iso-2022-jp", sender=OKABE, to=[HIKARI],
  subject="プロフィール写真 撮影予約者一覧（12月第3週）",
  body=f"""スタジオひかり
予約係 ご担当者様

お世話になっております。ひので縁結びの岡部です。
12月第3週にプロフィール写真撮影をご予約の会員様一覧を添付いたします。
ヘアメイクありの方は備考欄に記載しています。
{SIG_OKABE}
""",
  attachments=[{"kind": "docx", "name": "撮影予約_12月第3週.docx",
                "paragraphs": ["プロフィール写真 撮影予約者一覧", "ひので縁結び 新宿サロン"],
                "tables": [[["日時", "氏名", "携帯", "メール", "備考"]] + [
                    [f"12/{15 + i // 2} {'10:00' if i % 2 == 0 else '14:00'}", p["name"], p["mobile"],
                     p["email"], "ヘアメイクあり" if p["sex"] == "F" else ""] for i, p in enumerate(_ph)]]}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="six members' contact details in a DOCX table to a studio")


# 051 — S: UTF-8 CSV export of the web entry form, to the event company
_wf = people(500, 9)
M(charset="utf-8", sender=KASHIWAGI, to=[EVENTPLUS],
  subject="2/7 オンライン婚活 申込データ（フォーム出力）",
  body=f"""高森様

お世話になっております。柏木です。
2/7（土）オンライン婚活イベントの申込データをフォームから書き出しました。
Zoomの招待メールの送信をお願いできますでしょうか。

・ファイル：entry_20260207.csv（UTF-8）
・件数：9件（男性4・女性5）
{SIG_KASHIWAGI}
""",
  attachments=[{"kind": "csv", "name": "entry_20260207.csv", "encoding": "utf-8-sig", "rows":
                [["タイムスタンプ", "お名前", "ふりがな", "性別", "生年月日", "メールアドレス", "電話番号", "会員区分"]] + [
                    [f"2026/01/{10 + i} {9 + i}:{(i * 7) % 60:02d}:11", p["name"], p["kana"], p["sexj"],
                     ymd(p["dob"]), p["email"], p["mobile"], "会員" if i % 3 else "体験参加"]
                    for i, p in enumerate(_wf)]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"], note="UTF-8 CSV with nine applicants' contacts and birth dates")

# 052 — S: TXT attachment, space-padded お見合い実績 with phone numbers
_mt = people(510, 7, "M")
_txt = table([["実施日", "弊社会員", "お相手(貴社)", "結果", "弊社会員 連絡先"]] +
             [[f"11/{2 + i * 4}", p["name"], f"KZ-{5520 + i * 3}", r, p["mobile"]]
              for i, (p, r) in enumerate(zip(_mt, ["交際希望", "お断り", "交際希望", "保留", "交際希望",
                                                 "お断り", "交際希望"]))])
M(charset="iso-2022-jp", sender=TOGAWA, to=[KIZUNA],
  subject="11月 お見合い実績表の送付",
  body=f"""絆婚サポート
江藤様

お世話になっております。横浜サロンの戸川です。
11月分のお見合い実績表をテキストでお送りします。
交際希望の方については、連絡先交換のため携帯番号を入れています。
{SIG_TOGAWA}
""",
  attachments=[{"kind": "txt", "name": "omiai_jisseki_202511.txt", "encoding": "cp932",
                "text": "11月 お見合い実績（ひので縁結び 横浜サロン → 絆婚サポート様）\n\n" + _txt + "\n"}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="seven members' names and mobiles in a padded text attachment")

# 053 — S: TSV file attached for a vendor bug report
_tb = people(520, 5)
M(charset="utf-8", sender=USAMI, to=[TSUBASA],
  subject="[#TS-8840] マッチング検索で年齢条件が効かない件",
  body=f"""ツバサシステム サポートご担当者様

宇佐美です。
年齢条件（30〜35歳）で検索しても、範囲外の会員がヒットする件の再現データを添付します。
該当会員5名の登録内容をそのままエクスポートしたものです。
生年月日が和暦入力されたレコードだけが対象になっている気がします。
{SIG_USAMI}
""",
  attachments=[{"kind": "txt", "name": "repro_TS-8840.tsv", "encoding": "utf-8",
                "text": tsv([["会員ID", "氏名", "生年月日(入力値)", "メール", "郵便番号", "住所"]] + [
                    [p["no"], p["name"], wareki(p["dob"], "short"), p["email"], p["zip"], p["addr"]]
                    for p in _tb]) + "\n"}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "JP_ADDRESS"],
  detectors=["personal_data"], note="five real member records in a TSV attachment to a vendor")

# 054 — S: legacy XLS with former members' addresses to the printer
_ob = people(530, 8)
M(charset="shift_jis", sender=HOJO, to=[NISHIKI],
  subject="年賀状（成婚OB・OG様向け）宛名リスト",
  body=f"""錦印刷株式会社
大西様

いつもお世話になっております。北条です。
成婚退会された会員様向けの年賀状、宛名リストをお送りします。
古いファイルのためExcel97-2003形式ですが、よろしくお願いいたします。
連名の方は「連名」列に記載しています。
{SIG_HOJO}
""",
  attachments=[{"kind": "xls", "name": "nenga_ob_og.xls", "sheets": {"宛名": [
      ["郵便番号", "住所", "氏名", "連名", "成婚年"]] + [
      [p["zip"], p["addr"], p["name"], "", f"20{18 + i % 7}"] for i, p in enumerate(_ob)]}}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="eight people's home addresses in a legacy XLS to a printer")

# 055 — S: bulleted list of six people with mobiles, to the MC company
_mc = people(540, 6)
_bul = "\n".join(f"・{p['name']}（{p['kana']}）様　{p['age']}歳　{p['mobile']}" for p in _mc)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["スマイルMC 坂巻 <sakamaki@smile-mc.jp>"],
  subject="12/20 名札作成とご案内役の件",
  body=f"""スマイルMC
坂巻様

お世話になっております。柏木です。
12/20のパーティーで、初参加の方の個別ご案内をお願いする6名です。
受付後に席までご案内いただき、開始前に一言お声がけいただけると助かります。
遅れる方がいた場合は直接お電話いただいて構いません。

{_bul}

名札はふりがな付きでお願いします。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="six people's names and mobiles as 「・」 bullets to an outside MC")

# 056 — S: five profiles, one record per block, 和暦 full-width birth dates
_bk = people(550, 5, "M")
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n"
    f"　　生年月日：{wareki(p['dob'], 'zen')}\n"
    f"　　最終学歴：{p['edu']}　職業：{p['job']}\n"
    f"　　年収：{zen(str(p['income']))}万円　婚歴：{p['marital']}\n"
    f"　　連絡先：{p['email']}"
    for i, p in enumerate(_bk))
M(charset="iso-2022-jp", sender=HIYAMA, to=[RENGO],
  subject="連盟システム障害中の代替登録（男性5名分）",
  body=f"""日本婚活協会連合
会員登録係 ご担当者様

お世話になっております。ひので縁結びの檜山です。
連盟システムの障害でアップロードができないため、ご案内いただいたとおり
メール本文にて登録情報をお送りします。

{_blocks}

復旧後、システム上でも登録内容を確認いたします。
{SIG_HIYAMA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="five profiles, one block each, with birth dates and e-mails")

# 057 — S: full-width padded table: overnight tour rooming list to the hotel
_tr = people(560, 8)
_zt = ztable([["氏名", "ふりがな", "生年月日", "電話番号"]] +
             [[p["name"], p["kana"], wareki(p["dob"], "zshort"), zen(p["mobile"])] for p in _tr])
M(charset="iso-2022-jp", sender=TOGAWA, to=["さくらホテル箱根 宿泊予約 <yoyaku-hakone@sakura-hotel.jp>"],
  subject="2/14-15 婚活ツアー 宿泊者名簿",
  body=f"""さくらホテル箱根
宿泊予約ご担当者様

いつもお世話になっております。ひので縁結び 横浜サロンの戸川です。
2/14（土）〜15（日）の婚活ツアーの宿泊者名簿をお送りします。
お部屋はすべて和室シングルユースでお願いいたします。

{_zt}

チェックインは16時頃に一括でお願いできればと思います。
{SIG_TOGAWA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
  note="rooming list of eight people with birth dates and phones, full-width padding")

# 058 — S: PPTX with five couples' names and contacts to the ad agency
_cp = [person(570 + k, "F" if k % 2 == 0 else "M") for k in range(10)]
_slides = [["成婚事例のご紹介（2025年度）", "ひので縁結び 成婚者インタビュー候補", "※掲載同意は取材前に個別取得予定"]]
for i in range(5):
    a, b = _cp[2 * i], _cp[2 * i + 1]
    _slides.append([f"事例{i + 1}：{a['name']}さん × {b['name']}さん",
                    f"{a['name']}（{a['age']}歳・{a['job']}・{a['city']}）",
                    f"{b['name']}（{b['age']}歳・{b['job']}・{b['city']}）",
                    f"成婚：2025年{3 + i * 2}月　交際期間 {4 + i}か月",
                    f"取材連絡先：{a['mobile']}"])
M(charset="iso-2022-jp", sender=SEKI, to=[ADLINK],
  subject="成婚者インタビュー企画 候補一覧（スライド）",
  body=f"""株式会社アドリンク
瀬川様

お世話になっております。関です。
Web広告用の成婚者インタビュー企画について、候補5組をスライドにまとめました。
取材のアポイントは直接お電話いただいて構いません。
{SIG_SEKI}
""",
  attachments=[{"kind": "pptx", "name": "成婚事例_候補一覧.pptx", "slides": _slides}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="ten people with ages, jobs, towns and phones in a PPTX to an ad agency")

# 059 — S: unencrypted ZIP (CSV + XLSX) of member and payment data to the vendor
_zp = people(580, 10)
M(charset="utf-8", sender=USAMI, to=[TSUBASA],
  subject="新システム移行リハーサル用データ一式",
  body=f"""ツバサシステム株式会社
サポートご担当者様

宇佐美です。
1/10の移行リハーサル用に、現行システムからの抽出データ一式をZIPでお送りします。
（会員マスタと口座振替の登録情報です）
{SIG_USAMI}
""",
  attachments=[{"kind": "zip", "name": "migration_rehearsal_0110.zip", "files": [
      {"kind": "csv", "name": "member_master.csv", "encoding": "utf-8", "rows":
       [["member_id", "name", "kana", "sex", "birth", "email", "tel", "zip", "address"]] +
       [[p["no"], p["name"], p["kana"], p["sex"], ymd(p["dob"], "-"), p["email"], p["mobile"], p["zip"], p["addr"]]
        for p in _zp]},
      {"kind": "xlsx", "name": "kouza_furikae.xlsx", "sheets": {"口座振替": [
          ["会員ID", "口座名義（カナ）", "銀行", "支店", "種別", "口座番号"]] + [
          [p["no"], p["kana"], "みどり銀行" if i % 2 else "東都信用金庫", f"{['新宿', '横浜', '大宮', '渋谷', '上野'][i % 5]}支店",
           "普通", f"{1200345 + i * 90817:07d}"] for i, p in enumerate(_zp)]}},
  ]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS",
                           "JP_BANK_ACCOUNT"],
  detectors=["personal_data"], note="ZIP with a member master CSV and bank accounts XLSX")

# 060 — P: internal subdomain: full member list to a colleague
_in = people(590, 20)
M(charset="utf-8", sender=USAMI, to=["データ分析チーム <analytics@mail.hinode-sangyo.co.jp>"],
  subject="休眠会員フォロー用 抽出リスト（新宿サロン）",
  body=f"""分析チームの皆さん

宇佐美です。依頼のあった休眠会員（90日以上ログインなし）の抽出結果です。
社内共有のみでお願いします。
{SIG_USAMI}
""",
  attachments=[{"kind": "csv", "name": "kyumin_shinjuku.csv", "encoding": "cp932", "rows":
                [["会員番号", "氏名", "年齢", "携帯", "メール", "最終ログイン"]] +
                [[p["no"], p["name"], p["age"], p["mobile"], p["email"], f"2025/0{1 + i % 8}/1{i % 10}"]
                 for i, p in enumerate(_in)]}],
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
  note="recipient is on an internal subdomain: internal mail passes")

# 061 — P: internal counsellors discuss a member's illness and religion
_ic = person(600, "F")
M(charset="iso-2022-jp", sender=OKABE, to=[TOGAWA], cc=[HIYAMA],
  subject="{0}様の今後の活動方針について".format(_ic["name"]),
  body=f"""戸川さん
（cc:檜山さん）

お疲れさまです。岡部です。
横浜から移籍された{_ic['name']}様（{_ic['no']}）の件、共有です。

・乳がんの手術後5年経過、現在は年1回の検診のみ
・ご実家がある新宗教団体の熱心な信者で、本人も入信している。お相手の信仰は問わないとのこと
・上記はいずれもプロフィール非掲載、真剣交際の段階で本人から伝える

相互紹介に出す際は、備考欄に何も書かないよう檜山さんもご注意ください。
{SIG_OKABE}
""",
  expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
  note="sensitive details shared among internal staff only")

# 062 — P: reply; the federation's own list appears only as '>' quotation
_fq = people(610, 5)
_fql = "\n".join(f"> {p['no']}  {p['name']}  {ymd(p['dob'])}  独身証明書 期限切れ" for p in _fq)
M(charset="iso-2022-jp", sender=NISHIMURA, to=[RENGO],
  subject="Re: 【要対応】独身証明書の再提出が必要な会員について",
  body=f"""会員登録係 ご担当者様

お世話になっております。西村です。
ご連絡ありがとうございます。5名とも本人に連絡済みで、
12月15日までに再取得・再提出いたします。

{SIG_NISHIMURA}

2025年12月5日(金) 11:20 日本婚活協会連合 会員登録係 <touroku@konkatsu-rengo.or.jp>:
> ひので縁結び 西村様
>
> 以下の会員様の独身証明書が発行後6か月を経過しています。
{_fql}
>
> 再提出をお願いいたします。
""",
  expect="pass", entities=[], detectors=[],
  note="the five-person list is only the recipient's own text quoted with '>'")

# 063 — S: look-alike of the partner bank: dropped 'co.'
M(charset="shift_jis", sender=IMAIZUMI, to=["法人営業部 <hojin-eigyo@midori-ginko.jp>"],
  subject="口座振替サービス 手数料改定についての確認",
  body=f"""みどり銀行
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の今泉です。
先日ご案内いただいた口座振替サービスの手数料改定（1件 110円→132円）について、
弊社の月間約1,200件の振替にも4月から適用されるという理解でよろしいでしょうか。
また、振替結果データの返却日程に変更がないかも併せてご教示ください。
{SIG_IMAIZUMI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="midori-ginko.jp imitates partner midori-ginko.co.jp (co. dropped)")

# 064 — S: look-alike of the law firm (l → i)
M(charset="iso-2022-jp", sender=SEKI, to=["白川先生 <shirakawa@shirakawa-iaw.jp>"],
  subject="顧問契約の更新について",
  body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の関です。
ブライダル事業部の顧問契約（3月末満了）を、同条件で1年更新させていただきたく存じます。
契約書をお送りいただけましたら、押印のうえ返送いたします。
{SIG_SEKI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="shirakawa-iaw.jp imitates partner shirakawa-law.jp (l → i)")

# 065 — S: look-alike of the own domain: .com instead of .co.jp
M(charset="iso-2022-jp", sender=NISHIMURA, to=["柏木 ゆかり <kashiwagi.yukari@hinode-sangyo.com>"],
  subject="1/24 パーティー参加者の審査状況",
  body=f"""柏木さん

お疲れさまです。西村です。
1/24のパーティー参加申込のうち、体験参加の3名は本人確認がまだです。
当日受付で免許証等を確認する運用でお願いできますか。
{SIG_NISHIMURA}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="hinode-sangyo.com imitates the own domain (TLD swap)")

# 066 — S: look-alike of the own domain: hyphen for a dot
M(charset="utf-8", sender=TOGAWA, to=["関 部長 <seki.hiroyuki@hinode-sangyo-co.jp>"],
  subject="横浜サロン 週次報告（12/1〜12/7）",
  body=f"""関部長

お疲れさまです。戸川です。今週の横浜サロンの数字です。

　新規面談 9件 → 入会 4件
　お見合い成立 23件　交際成立 8件
　成婚退会 1組
　退会（成婚以外）2名

年末に向けて面談予約が増えています。土曜のカウンセラー増員をご検討いただけますと幸いです。
{SIG_TOGAWA}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="hinode-sangyo-co.jp imitates the own domain (hyphen for a dot)")

# 067 — S: look-alike of the printer (dropped 's')
M(charset="iso-2022-jp", sender=HOJO, to=["大西様 <onishi@nishiki-insatu.co.jp>"],
  subject="パンフレット改訂版 入稿データについて",
  body=f"""錦印刷株式会社
大西様

お世話になっております。北条です。
ひので縁結びパンフレット改訂版の入稿データが揃いましたので、ギガファイル便でお送りします。
部数は3,000部、納品は1月20日までにお願いいたします。
色校正は1回でお願いします。
{SIG_HOJO}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="nishiki-insatu.co.jp imitates partner nishiki-insatsu.co.jp (letter dropped)")

# 068 — S: homoglyph look-alike of the partner bank (m → rn)
M(charset="iso-2022-jp", sender=IMAIZUMI, to=["みどり銀行 新宿支店 <shinjuku@rnidori-ginko.co.jp>"],
  subject="成婚料の入金確認のお願い",
  body=f"""みどり銀行 新宿支店
ご担当者様

お世話になっております。日の出産業 経理部の今泉です。
12月8日付で弊社口座に入金予定の成婚料（マリッジブリッジ株式会社様より 396,000円）について、
着金のご確認をお願いできますでしょうか。
{SIG_IMAIZUMI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="rnidori-ginko.co.jp imitates partner midori-ginko.co.jp (rn for m)")

# 069 — S: look-alike of the caterer (dropped 's')
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["北国フーズ <catering@kitaguni-food.co.jp>"],
  subject="12/20 クリスマスパーティー 軽食のご発注",
  body=f"""北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業の柏木です。
12/20のパーティー用に、下記のとおり発注いたします。

・クリスマスオードブル（Mサイズ）×5台
・スイーツプレート ×3台
・納品：12/20 17:30 さくらホテル新宿 B1搬入口

請求書は従来どおり経理部宛でお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="kitaguni-food.co.jp imitates partner kitaguni-foods.co.jp")

# 070 — P: three attendees with phone numbers to the venue
_th = people(620, 3)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA],
  subject="12/20 当日キャンセル待ちの方（3名）",
  body=f"""堀内様

お世話になっております。柏木です。
12/20 のパーティーでキャンセル待ちの方が3名いらっしゃいます。
当日受付で空きが出た場合にお呼び出しいただけるよう、お名前と連絡先をお伝えします。

　1. {_th[0]['name']}様　{_th[0]['mobile']}
　2. {_th[1]['name']}様　{_th[1]['mobile']}
　3. {_th[2]['name']}様　{_th[2]['mobile']}

よろしくお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="three people's names and phones: under the five-person threshold, may be warned")

# 071 — P: four people's pick-up details in an XLSX to a hire-car company
_vip = people(630, 4)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["ことぶきハイヤー 配車センター <haisha@kotobuki-hire.co.jp>"],
  subject="1/24 送迎のご依頼（成婚カップル2組）",
  body=f"""ことぶきハイヤー
配車センター ご担当者様

お世話になっております。日の出産業の柏木です。
1/24のパーティーにゲストとしてお招きする成婚カップル2組（4名）の送迎をお願いいたします。
お迎え先などは添付のとおりです。
{SIG_KASHIWAGI}
""",
  attachments=[{"kind": "xlsx", "name": "送迎依頼_0124.xlsx", "sheets": {"送迎": [
      ["1/24 送迎依頼（日の出産業 ブライダル事業部）"],
      ["氏名", "携帯", "お迎え先", "時刻"]] + [
      [p["name"], p["mobile"], p["addr"], f"{11 + i // 2}:{'00' if i % 2 == 0 else '10'}"]
      for i, p in enumerate(_vip)]}}],
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
  note="four people's pick-up records: under the list threshold, may be warned")

# 072 — E: six attendees by nickname only, with age and job, to the MC company
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["スマイルMC 坂巻 <sakamaki@smile-mc.jp>"],
  subject="Re: 12/20 トークタイム用 参加者メモ",
  body=f"""坂巻様

柏木です。トークタイムの話題振り用に、ニックネームと簡単なプロフィールだけお送りします。
（本名・連絡先は載せていません）

　A卓
　・たっくん（36）IT系会社員／キャンプ好き
　・ゆみさん（33）保育士／カフェ巡り
　・こうへいさん（41）地方公務員／マラソン
　B卓
　・さおりん（38）薬剤師／宝塚観劇
　・しんごさん（39）不動産営業／ゴルフ
　・めぐさん（31）歯科衛生士／パン作り

よろしくお願いします。
{SIG_KASHIWAGI}
""",
  expect="either", entities=[], detectors=[],
  note="six people described by nickname, age and job only: identifiability is debatable")

# 073 — P: statistics without people in an XLSX to the ad agency
M(charset="utf-8", sender=SEKI, to=[ADLINK],
  subject="ターゲティング用 会員属性の集計表",
  body=f"""瀬川様

お世話になっております。関です。
広告ターゲティング用に、会員属性の集計表（個人が特定されない集計値のみ）をお送りします。
{SIG_SEKI}
""",
  attachments=[{"kind": "xlsx", "name": "会員属性集計_2025Q3.xlsx", "sheets": {
      "年収帯別": [["年収帯別 在籍会員数（2025年9月末）"], ["年収帯", "男性", "女性"],
                   ["300万円未満", 42, 188], ["300〜500万円", 231, 302], ["500〜700万円", 244, 96],
                   ["700〜1000万円", 118, 21], ["1000万円以上", 39, 3]],
      "学歴別": [["最終学歴別 在籍会員数"], ["学歴", "男性", "女性"], ["大学院卒", 71, 28],
                 ["大学卒", 398, 371], ["短大・専門卒", 98, 176], ["高校卒", 107, 35]],
      "年代別成婚率": [["年代", "成婚率"], ["20代", "18.2%"], ["30代", "13.5%"], ["40代", "8.1%"]],
  }}],
  expect="pass", entities=[], detectors=[],
  note="aggregate statistics only, no individuals")

# 074 — P: invoice mail with T-number and company bank account
_tn = "T" + corporate_number("011001087204")
M(charset="shift_jis", sender=IMAIZUMI, to=[BRIDGE_P],
  subject="【請求書送付】11月度 成婚料（相互紹介分）",
  body=f"""マリッジブリッジ株式会社
野々村様

いつもお世話になっております。日の出産業 経理部の今泉です。
11月度の相互紹介に係る成婚料のご請求をお送りします。

　請求書番号：HB-2025-1142
　件名：相互紹介 成婚料（2組分）
　金額：396,000円（税込）
　お支払期限：2026年1月31日
　振込先：みどり銀行 新宿支店 普通 1234567 ヒノデサンギョウ（カ
　登録番号：{_tn}

請求書PDFは郵送分と同じものです。ご査収のほどよろしくお願いいたします。
{SIG_IMAIZUMI}
""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="invoice number, the company's own bank account and registration number: business data")

# 075 — P: shipment tracking numbers with the partner carrier
M(charset="iso-2022-jp", sender=HOJO, to=["青葉運輸 法人窓口 <hojin@aoba-unyu.co.jp>"],
  subject="会報誌 各サロン向け発送分の配達状況確認",
  body=f"""青葉運輸株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の北条です。
12/3にお預けした会報誌（各サロン向け）のうち、下記2件がまだ届いていないとのことです。
配達状況をご確認いただけますでしょうか。

　・お問合せ番号 4821-7730-5516（横浜サロン宛・3箱）
　・お問合せ番号 4821-7730-5527（大宮サロン宛・2箱）

お手数ですが、よろしくお願いいたします。
{SIG_HOJO}
""",
  expect="pass", entities=[], detectors=[],
  note="tracking numbers to the carrier: ordinary business data")


# 076 — S: DOCX whose page header is stamped 社外秘, sent to a partner agency
M(charset="iso-2022-jp", sender=SEKI, to=[BRIDGE_P],
  subject="相互紹介の拡大についての検討資料",
  body=f"""マリッジブリッジ株式会社
野々村様

お世話になっております。関です。
先日お話しした相互紹介の対象拡大（40代以上の会員）について、
社内で検討した資料をお送りします。ご意見をいただけますと幸いです。
{SIG_SEKI}
""",
  attachments=[{"kind": "docx", "name": "相互紹介拡大_検討メモ.docx", "page_header": "社外秘",
                "title": "相互紹介拡大 検討メモ",
                "paragraphs": [
                    "相互紹介拡大に関する検討メモ（ブライダル事業部）",
                    "1. 現状：40代以上の会員のお見合い成立率は30代の約半分（月0.8件/人）。",
                    "2. 方針：マリッジブリッジ社との相互紹介対象を40代以上にも拡大する。",
                    "3. 条件：成婚料の按分は当社6：先方4を提案し、最低でも5：5を確保する。",
                    "4. リスク：先方の会員審査基準（年収確認の有無）が当社より緩い。",
                    "5. 交渉上限：紹介手数料は1件あたり11,000円まで譲歩可。",
                ]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="DOCX stamped 社外秘 in its page header goes to an external agency")

# 077 — S: XLSX with a CONFIDENTIAL header, English, to the overseas partner
M(charset="utf-8", sender=NOTO, to=[PACIFIC],
  subject="Draft fee schedule 2026 for your comments",
  body=f"""Dear Rachel,

Ahead of our January call, please find attached our draft fee schedule for cross-border
introductions in 2026. The second sheet shows how we would split the success fee.

Looking forward to your comments.

Best regards,
{SIG_NOTO_EN}
""",
  attachments=[{"kind": "xlsx", "name": "fee_schedule_2026_draft.xlsx",
                "page_header": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                "sheets": {
                    "Fees": [["Cross-border introduction fees 2026 (draft)"], ["Item", "JPY", "AUD"],
                             ["Registration", 55000, 560], ["Monthly", 16500, 168],
                             ["Introduction", 11000, 112], ["Success fee", 330000, 3360]],
                    "Split": [["Success fee split"], ["Case", "Hinode", "Partner"],
                              ["Member from Hinode", "60%", "40%"], ["Member from partner", "40%", "60%"],
                              ["Floor (negotiation limit)", "50%", "50%"]],
                }}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="XLSX marked CONFIDENTIAL / Internal Only sent to an external partner")

# 078 — S: PDF with a 取扱注意 footer to a consulting firm
M(charset="iso-2022-jp", sender=SEKI, to=["みらいコンサルティング 杉浦 <sugiura@mirai-consulting.co.jp>"],
  subject="成婚率分析レポート（事前共有）",
  body=f"""株式会社みらいコンサルティング
杉浦様

お世話になっております。日の出産業の関です。
来週のワークショップの前に、当事業部でまとめた成婚率の分析レポートを共有いたします。
{SIG_SEKI}
""",
  attachments=[{"kind": "pdf", "name": "seikonritsu_bunseki_2025.pdf", "title": "成婚率分析レポート 2025",
                "page_footer": "取扱注意　日の出産業株式会社 ブライダル事業部",
                "lines": ["成婚率分析レポート（2025年度上期）", "",
                          "1. 在籍1年以内の成婚率は 9.8%（前年 8.7%）",
                          "2. カウンセラー面談が月2回以上の会員は成婚率が1.6倍",
                          "3. 写真撮り直し実施者のお見合い成立率 +34%",
                          "4. サロン別：新宿 12.1% ／ 横浜 10.4% ／ 大宮 7.9% ／ 船橋 6.2%",
                          "5. 課題：船橋サロンの退会率が高く、統廃合を検討中"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="PDF carries a 取扱注意 classification footer and goes outside")

# 079 — S: body stamped 部外秘 (a pasted internal memo) to a partner agency
M(charset="iso-2022-jp", sender=OKABE, to=[KIZUNA],
  subject="カウンセラー評価の考え方（ご参考）",
  body=f"""江藤様

お世話になっております。岡部です。
先日の勉強会でご質問いただいた件、社内の資料をそのまま貼り付けます。

━━━━━━━━━━━━━━━━━━━━━━
【部外秘】ブライダル事業部 カウンセラー評価基準（2025年度版）
━━━━━━━━━━━━━━━━━━━━━━
・評価軸：担当会員の成婚数（40%）、お見合い成立率（20%）、継続率（20%）、面談満足度（20%）
・S評価：年間成婚6組以上 → 賞与係数 1.4
・A評価：年間成婚4〜5組 → 賞与係数 1.2
・C評価が2期連続した場合は担当会員数を削減
━━━━━━━━━━━━━━━━━━━━━━

何かの参考になれば幸いです。
{SIG_OKABE}
""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="a pasted memo stamped 【部外秘】 goes to an outside agency")

# 080 — S: PPTX with a 極秘 footer on every slide to the ad agency
M(charset="iso-2022-jp", sender=SEKI, to=[ADLINK],
  subject="来期事業計画（広告関連部分）",
  body=f"""瀬川様

お世話になっております。関です。
来期の事業計画のうち、広告に関係する部分のスライドを抜粋してお送りします。
{SIG_SEKI}
""",
  attachments=[{"kind": "pptx", "name": "FY2026_事業計画_抜粋.pptx", "page_footer": "極秘",
                "slides": [["FY2026 ブライダル事業 計画（抜粋）", "売上目標 14.2億円（前年比 +12%）"],
                           ["集客計画", "Web広告予算 1.8億円", "新規入会 月60名", "CPA上限 48,000円"],
                           ["新サロン", "2026年10月 千葉サロン開設（予定・未公表）"]]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="PPTX marked 極秘 on every slide goes to an ad agency")

# 081 — S: password-protected PDF to a partner agency
M(charset="iso-2022-jp", sender=NISHIMURA, to=[KIZUNA],
  subject="入会審査結果通知書（相互紹介経由の申込者）",
  body=f"""絆婚サポート
江藤様

お世話になっております。西村です。
貴社からご紹介いただいた申込者の入会審査結果通知書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_NISHIMURA}
""",
  attachments=[{"kind": "pdf", "name": "shinsa_kekka_1205.pdf", "password": "kz1205hs",
                "lines": ["入会審査結果通知書", "審査結果：承認", "審査日：2025年12月5日"]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="encrypted PDF cannot be inspected")

# 082 — S: a corrupt XLSX to the system vendor
M(charset="utf-8", sender=USAMI, to=[TSUBASA],
  subject="Re: [#TS-8852] インポートエラーのファイル",
  body=f"""ツバサシステム サポートご担当者様

宇佐美です。
インポートでエラーになったファイルを添付します。
こちらでは開けなくなってしまったので、復旧できるか見ていただけますか。
{SIG_USAMI}
""",
  attachments=[{"kind": "corrupt", "name": "import_members_1208.xlsx"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="a damaged XLSX cannot be read")

# 083 — P: two external organisations (agency + law firm) on a contract
M(charset="iso-2022-jp", sender=HIYAMA, to=[BRIDGE_P], cc=[SHIRAKAWA],
  subject="相互紹介契約書 締結日程のご相談",
  body=f"""マリッジブリッジ株式会社 野々村様
（cc：白川法律事務所 白川先生）

お世話になっております。檜山です。
秘密保持契約に続き、相互紹介基本契約書についても文言が固まりました。
締結は電子契約（クラウドサイン）で行いたいのですが、ご都合はいかがでしょうか。

白川先生には、最終版の第14条（損害賠償の上限）の表現のみご確認をお願いしております。
{SIG_HIYAMA}
""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="two external organisations in To/Cc: a normal three-way mail")

# 084 — P: mere mention of 社外秘, no marking on anything sent
M(charset="iso-2022-jp", sender=OKABE, to=[ENMUSUBI],
  subject="Re: 成婚率の算出方法について",
  body=f"""三上様

お世話になっております。岡部です。
お問い合わせの成婚率の算出方法ですが、社内の詳細資料は社外秘の扱いのため
お渡しできず申し訳ございません。概要のみお伝えします。

・分母：その年度に在籍した会員数（途中入会・退会者を含む）
・分子：同年度の成婚退会者数（お相手が他社会員の場合も含む）

業界で統一された定義はないため、他社様と比較される際はご注意ください。
{SIG_OKABE}
""",
  expect="pass", entities=[], detectors=[],
  note="the word 社外秘 is only mentioned; nothing is marked")

# 085 — P: system issue described with member IDs only
M(charset="utf-8", sender=USAMI, to=[TSUBASA],
  subject="[#TS-8860] お見合い申込通知メールが二重送信される",
  body=f"""ツバサシステム サポートご担当者様

宇佐美です。
12/6 夜間バッチ以降、お見合い申込の通知メールが二重に送信されています。
会員からの問い合わせがあったのは以下のIDです（氏名等はこちらで保持しています）。

  HF204718 / HM338102 / HF771650

ログ（job_notify_20251206.log）の該当箇所：
  2025-12-06 23:10:04 INFO notify.send queue=omiai_request count=412
  2025-12-06 23:10:04 INFO notify.send queue=omiai_request count=412 (retry)

retry 側が本来スキップされるべきように見えます。ご確認をお願いします。
{SIG_USAMI}
""",
  expect="pass", entities=[], detectors=[],
  note="a bug report quoting three member IDs and log lines; no personal records")

# 086 — P: party results as figures only, to the hotel
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA],
  subject="12/20 クリスマスパーティー 御礼と実施報告",
  body=f"""さくらホテル
堀内様

先日はクリスマスパーティーの開催にあたり、大変お世話になりました。
おかげさまで盛況のうちに終えることができました。簡単ですがご報告いたします。

　参加者：男性 20名／女性 19名（当日キャンセル 女性1名）
　カップル成立：7組（成立率 35%）
　アンケート満足度：4.6／5.0（会場の雰囲気への評価が特に高評価でした）

来年も同時期の開催を検討しておりますので、また改めてご相談させてください。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=[],
  note="event statistics without people")

# 087 — P: one member's お見合い result to the partner agency
_res = person(700, "M")
M(charset="iso-2022-jp", sender=TOGAWA, to=[KIZUNA],
  subject="お見合い結果のご連絡（12/7 KZ-5541様）",
  body=f"""江藤様

お世話になっております。戸川です。
12/7にお見合いをさせていただいた件、弊社会員 {_res['name']}様（{_res['age']}歳）は
「ぜひ交際に進みたい」とのお返事でした。
KZ-5541様のお返事をお待ちしております。交際成立の場合は連絡先の交換方法をご相談させてください。
{SIG_TOGAWA}
""",
  expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="one member's name, age and answer: a single record")

# 088 — P: interview of one consenting couple, to a magazine
_iv1, _iv2 = person(710, "F"), person(711, "M")
M(charset="iso-2022-jp", sender=SEKI, to=["月刊ウェディングライフ 編集部 三輪 <miwa@wedding-life.jp>"],
  subject="成婚者インタビュー 取材日程のご連絡",
  body=f"""月刊ウェディングライフ
編集部 三輪様

お世話になっております。日の出産業の関です。
成婚者インタビューの取材に、下記のお二人が応じてくださいました（誌面掲載・実名可の同意書取得済み）。

　{_iv1['name']}さん（{_iv1['age']}歳・{_iv1['job']}）
　{_iv2['name']}さん（{_iv2['age']}歳・{_iv2['job']}）
　取材日時：1月17日（土）14:00〜 新宿サロンにて

当日は担当カウンセラーの岡部も同席いたします。
{SIG_SEKI}
""",
  expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="two consenting people's names, ages and jobs: under the list threshold")

# 089 — P: outside lecturer's business profile, to the seminar venue
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["大宮ソニックホール 貸会議室受付 <kaigishitsu@omiya-sonic.co.jp>"],
  subject="1/31 親向け婚活セミナー 会場利用申請",
  body=f"""大宮ソニックホール
貸会議室受付 ご担当者様

お世話になっております。日の出産業の柏木です。
1/31（土）の「親のための婚活セミナー」について、利用申請書の記入事項をお送りします。

　主催：日の出産業株式会社 ブライダル事業部
　講師：婚活コンサルタント 朝比奈 涼子 氏（株式会社エンゲージラボ 代表取締役）
　　　　連絡先：株式会社エンゲージラボ 03-6457-2210（代表）
　参加予定：30名
　備品：プロジェクター、ワイヤレスマイク2本

ご確認のほどよろしくお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=[],
  note="a lecturer's name and company switchboard: business contact only")

# 090 — P: company brochure PDF to a corporate client
M(charset="shift_jis", sender=SEKI, to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
  subject="社内報掲載用 ご紹介資料の送付",
  body=f"""川崎電機株式会社
人事部 福利厚生課 ご担当者様

お世話になっております。日の出産業の関です。
社内報に掲載いただける福利厚生プランのご紹介資料をPDFでお送りします。
{SIG_SEKI}
""",
  attachments=[{"kind": "pdf", "name": "hinode_enmusubi_houjin.pdf", "title": "ひので縁結び 法人提携のご案内",
                "lines": ["結婚相談所「ひので縁結び」法人提携プランのご案内", "",
                          "・入会金 50%OFF、登録料無料", "・専任カウンセラーによる月2回の面談",
                          "・提携企業様限定の交流パーティー（年4回）",
                          "お問い合わせ：ひので縁結び 法人窓口 TEL 03-5321-8870"]}],
  expect="pass", entities=[], detectors=[],
  note="a brochure with the company's own switchboard only")

# 091 — P: reply to a member on free mail, partner described without identity
M(charset="iso-2022-jp", sender=OKABE, to=["shishido.m0923@icloud.com"],
  subject="Re: お見合いの日程について",
  body=f"""宍戸様

ご連絡ありがとうございます。岡部です。
お相手のK様（34歳・会社員）より、下記日程でお受けいただけるとのお返事がありました。

　日時：12月14日（日）13:00〜14:00
　場所：さくらホテル新宿 1F ラウンジ「ミモザ」

当日は5分前にはラウンジ入口でお待ちください。
服装や話題のことなど、不安な点があればいつでもご相談くださいね。
{SIG_OKABE}

> 岡部さん
> 14日の午後でしたら大丈夫です。よろしくお願いします。
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="one free-mail recipient; the other person is not identifiable")

# 092 — P: internal only, a document stamped 社外秘
M(charset="iso-2022-jp", sender=SEKI, to=["ブライダル事業部 マネージャー各位 <bridal-mgr@hinode-sangyo.co.jp>"],
  subject="【社外秘】来期組織体制案",
  body=f"""マネージャー各位

関です。来期の組織体制案を添付します。
社外秘の扱いでお願いします。12/19の会議で議論します。
{SIG_SEKI}
""",
  attachments=[{"kind": "docx", "name": "FY2026_組織体制案.docx", "page_header": "社外秘",
                "paragraphs": ["FY2026 ブライダル事業部 組織体制案",
                               "・相互紹介推進課を課から室へ格上げ（室長：檜山）",
                               "・船橋サロンを大宮サロンに統合（2026年9月予定）",
                               "・国際結婚サポートデスクに専任1名増員"]}],
  expect="pass", entities=[], detectors=[],
  note="confidential material, but every recipient is internal")

# 093 — P: our own staff's business contacts to the hotel
M(charset="iso-2022-jp", sender=KASHIWAGI, to=[SAKURA],
  subject="担当者変更のお知らせ",
  body=f"""さくらホテル
堀内様

いつもお世話になっております。柏木です。
1月より、パーティー関連の窓口を下記の者に引き継ぐことになりました。

　日の出産業株式会社 ブライダル事業部 イベント企画グループ
　三好 佳奈（みよし かな）
　TEL 03-5321-8877（直通）／ miyoshi.kana@hinode-sangyo.co.jp

1/24のパーティーまでは私も引き続き同席いたします。
今後ともよろしくお願いいたします。
{SIG_KASHIWAGI}
""",
  expect="pass", entities=[], detectors=[],
  note="a colleague's business contact details: not personal data")

# 094 — P: a new member's own enrolment details, to her free-mail address
M(charset="iso-2022-jp", sender=NISHIMURA, to=["azechi.saki@gmail.com"],
  subject="【ひので縁結び】ご入会手続き完了のお知らせ",
  body=f"""畦地 早紀 様

この度は結婚相談所「ひので縁結び」にご入会いただき、誠にありがとうございます。
入会審査が完了しましたので、ご案内いたします。

　会員番号：HF583027
　担当カウンセラー：岡部 真理子（新宿サロン）
　活動開始日：12月15日（月）
　月会費のお引落し：毎月27日（初回は1月27日）

マイページの初期パスワードは、別途郵送する「会員証」に記載しております。
ご不明な点がございましたら、担当カウンセラーまでお気軽にお問い合わせください。
{SIG_NISHIMURA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="the recipient's own enrolment details to her one free-mail address")

# 095 — P: four seminar participants in a DOCX to the venue
_sm = people(720, 4)
M(charset="iso-2022-jp", sender=KASHIWAGI, to=["大宮ソニックホール 貸会議室受付 <kaigishitsu@omiya-sonic.co.jp>"],
  subject="Re: 1/31 セミナー 駐車場利用者の件",
  body=f"""ご担当者様

お世話になっております。柏木です。
駐車場をご利用になる参加者4名の一覧を添付します。
入庫時に受付でお名前を名乗られますので、よろしくお願いいたします。
{SIG_KASHIWAGI}
""",
  attachments=[{"kind": "docx", "name": "駐車場利用者_0131.docx",
                "paragraphs": ["1/31 親のための婚活セミナー 駐車場利用者"],
                "tables": [[["氏名", "車両ナンバー", "携帯"]] + [
                    [p["name"], f"大宮 {300 + i * 11} さ {12 + i * 7}-{40 + i * 3}", p["mobile"]]
                    for i, p in enumerate(_sm)]]}],
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="four people's records: under the list threshold, may be warned")

# 096 — P: counsellor-training slides, no personal data, to an outside trainer
M(charset="iso-2022-jp", sender=OKABE, to=["エンゲージラボ 朝比奈 <asahina@engage-lab.co.jp>"],
  subject="カウンセラー研修 スライド案のご確認",
  body=f"""株式会社エンゲージラボ
朝比奈様

お世話になっております。ひので縁結びの岡部です。
2月のカウンセラー研修で使うスライド案を作りました。
事例はすべて架空のものに置き換えてあります。ご意見をいただけますと幸いです。
{SIG_OKABE}
""",
  attachments=[{"kind": "pptx", "name": "カウンセラー研修_傾聴編.pptx",
                "slides": [["傾聴の基本", "相手の言葉を繰り返す", "沈黙を恐れない"],
                           ["ケーススタディ（架空）", "30代女性：仕事が忙しくお見合いが続かない",
                            "→ 活動ペースを一緒に決める"],
                           ["NGワード集", "「条件を下げましょう」", "「年齢的に厳しい」"]]}],
  expect="pass", entities=[], detectors=[],
  note="training slides with fictitious cases only")

# 097 — P: how to obtain a 独身証明書, to a prospective member on free mail
M(charset="iso-2022-jp", sender=NISHIMURA, to=["t.domeki_1987@docomo.ne.jp"],
  subject="Re: 独身証明書の取り方について",
  body=f"""百目鬼 様

お問い合わせありがとうございます。ひので縁結び 入会審査室の西村です。
独身証明書は、本籍地の市区町村役場で取得できます。

　・窓口：本籍地の市区町村役場（戸籍担当）
　・郵送：本籍地の役場に請求書・本人確認書類の写し・定額小為替を郵送
　・手数料：300円前後（自治体により異なります）
　・注意：住民票のある市区町村ではなく「本籍地」である点にご注意ください

ご入会時には、発行から3か月以内のものをご提出ください。
{SIG_NISHIMURA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="general guidance to one free-mail recipient")

# 098 — P: ad proof to the printer with anonymised testimonials
M(charset="iso-2022-jp", sender=SEKI, to=[NISHIKI],
  subject="駅貼りポスター 校正戻し",
  body=f"""錦印刷株式会社
大西様

お世話になっております。関です。
駅貼りポスターの校正を戻します。修正は以下の2点です。

1. キャッチコピー「あなたの“縁”、ひので結び」→「あなたの“縁”、ひので縁結び」
2. 成婚者の声：「A.Kさん（33歳・看護師）」の年齢を「32歳」に修正

その他はこのまま進めてください。再校は不要です。
{SIG_SEKI}
""",
  expect="pass", entities=[], detectors=[],
  note="anonymised testimonial initials only; ordinary proof correction")

# 099 — E: a member's self-written PR mentions past fertility treatment
_ft = person(730, "F")
M(charset="utf-8", sender=HIYAMA, to=[BRIDGE_P],
  subject="プロフィール更新：弊社会員 自己PR文の差し替え",
  body=f"""野々村様

お世話になっております。檜山です。
先日お申込みした弊社会員 {_ft['name']}様（{_ft['no']}、{_ft['age']}歳）から、
自己PR文を差し替えたいとの希望がありましたので、新しい文面をお送りします。
貴社会員様への提示分も差し替えをお願いいたします。

―――（ご本人作成・原文のまま）―――
はじめまして。前の結婚では不妊治療を3年続けましたが授からず、
それも一因で別れることになりました。今は子どもは授かりものと考えていて、
二人の時間を大切にできる方とご縁があればうれしいです。
休日はパン作りと、近所の公園でのんびりするのが好きです。
――――――――――――――――――――

よろしくお願いいたします。
{SIG_HIYAMA}
""",
  expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="medical history written by the member herself for partners to read: consented, but still 要配慮")

# 100 — S: CSV (CP932) of five party no-shows with fees due, to a collection agency
_ns = people(740, 5)
M(charset="shift_jis", sender=IMAIZUMI, to=["あおぞら債権回収 受付 <uketsuke@aozora-saiken.co.jp>"],
  subject="未収金（イベントキャンセル料）回収のご依頼",
  body=f"""あおぞら債権回収株式会社
受付ご担当者様

お世話になっております。日の出産業 経理部の今泉です。
婚活イベントの無断キャンセル料について、督促を重ねても入金のない5件の回収をお願いしたく、
対象者リストをCSVでお送りします。
{SIG_IMAIZUMI}
""",
  attachments=[{"kind": "csv", "name": "misyu_cancel_fee.csv", "encoding": "cp932", "rows":
                [["氏名", "住所", "電話番号", "イベント日", "未収金額", "督促回数"]] + [
                    [p["name"], f"〒{p['zip']} {p['addr']}", p["mobile"], f"2025/{8 + i % 4}/{6 + i}",
                     f"{[8000, 4000, 9500, 8000, 6500][i]}", 3] for i, p in enumerate(_ns)]}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="five debtors' names, addresses and phones in a CP932 CSV to an outside company")
