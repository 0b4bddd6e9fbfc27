"""Blind evaluation corpus — area: dormitory (社宅・独身寮の管理).

日の出産業株式会社 総務部 厚生課 and the dorm supervisors manage company housing and
single-employee dormitories (朝霧寮・みなと寮・小山第二寮, 借上げ社宅, 日の出ハイツ東大宮):
move-in/out lists, rent and dorm-fee deductions from salary, family members living in
社宅, contracts with landlords, management companies and the 社宅代行 agency, meal
service at the dorm, maintenance and locksmith vendors, security company, emergency
contacts, residents' health or accessibility needs, resident ID cards and key handover.

Every person, phone number, address, account, identity number and company outside the
brief's fixed partner list is invented.  My Numbers and card numbers come from
build.my_number() / build.card_number() with seeds starting at 5301 (5301, 5302, … in
the order they are drawn below); other random data comes from random.Random(5301).
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 5301
_seed_counter = [SEED]


def _next_seed() -> int:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


R = random.Random(SEED)
DOM = "hinode-sangyo.co.jp"

# -- small text helpers -----------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:,", "０１２３４５６７８９－（）／．：，")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def table(rows, gap: int = 2, rule: str = "-", indent: str = "") -> str:
    ncol = max(len(r) for r in rows)
    ws = [max(width(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = [pad(str(c), ws[i]) for i, c in enumerate(r)]
        out.append(indent + (" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(indent + rule * ((sum(ws) + gap * (ncol - 1)) // width(rule)))
    return "\n".join(out)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, y0, ab = "令和", 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y0, ab = "平成", 1988, "H"
    else:
        era, y0, ab = "昭和", 1925, "S"
    y = d.year - y0
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    if style == "zenabbr":
        return zen(f"{ab}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ")
    raise ValueError(style)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- invented people -------------------------------------------------------------------

FAMILY = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("東海林", "ショウジ", "Shoji"),
    ("五十嵐", "イガラシ", "Igarashi"), ("長谷部", "ハセベ", "Hasebe"),
    ("御手洗", "ミタライ", "Mitarai"), ("善如寺", "ゼンニョジ", "Zennyoji"),
    ("釘宮", "クギミヤ", "Kugimiya"), ("百目鬼", "ドウメキ", "Domeki"),
    ("佐々木", "ササキ", "Sasaki"), ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("阿部", "アベ", "Abe"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤田", "フジタ", "Fujita"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("毛利", "モウリ", "Mori"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("廿日出", "ハツカデ", "Hatsukade"),
    ("雲母", "キララ", "Kirara"), ("薬袋", "ミナイ", "Minai"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("纐纈", "コウケツ", "Koketsu"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("春夏秋冬", "ヒトトセ", "Hitotose"),
    ("左右田", "ソウダ", "Soda"), ("九十九", "ツクモ", "Tsukumo"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("仁平", "ニヘイ", "Nihei"),
    ("保科", "ホシナ", "Hoshina"), ("神宮寺", "ジングウジ", "Jinguji"),
    ("海老名", "エビナ", "Ebina"), ("布施", "フセ", "Fuse"),
    ("目黒", "メグロ", "Meguro"), ("小野寺", "オノデラ", "Onodera"),
    ("設楽", "シタラ", "Shitara"), ("轟", "トドロキ", "Todoroki"),
]
MALE = [("圭佑", "ケイスケ", "Keisuke"), ("直人", "ナオト", "Naoto"), ("亮", "リョウ", "Ryo"),
        ("拓真", "タクマ", "Takuma"), ("航", "ワタル", "Wataru"), ("大輔", "ダイスケ", "Daisuke"),
        ("聡", "サトシ", "Satoshi"), ("翔太", "ショウタ", "Shota"), ("湊", "ミナト", "Minato"),
        ("蓮", "レン", "Ren"), ("颯太", "ソウタ", "Sota"), ("樹", "イツキ", "Itsuki"),
        ("陸", "リク", "Riku"), ("優斗", "ユウト", "Yuto"), ("大和", "ヤマト", "Yamato"),
        ("悠真", "ユウマ", "Yuma"), ("隼", "ハヤト", "Hayato"), ("奏太", "カナタ", "Kanata"),
        ("慎之介", "シンノスケ", "Shinnosuke"), ("崇", "タカシ", "Takashi"),
        ("健吾", "ケンゴ", "Kengo"), ("翼", "ツバサ", "Tsubasa"), ("海斗", "カイト", "Kaito"),
        ("慧", "ケイ", "Kei"), ("勇気", "ユウキ", "Yuki"), ("智也", "トモヤ", "Tomoya"),
        ("龍之介", "リュウノスケ", "Ryunosuke"), ("湊斗", "ミナト", "Minato"),
        ("透", "トオル", "Toru"), ("仁", "ジン", "Jin"), ("晃", "アキラ", "Akira")]
FEMALE = [("陽菜", "ヒナ", "Hina"), ("千尋", "チヒロ", "Chihiro"), ("悠", "ハルカ", "Haruka"),
          ("蒼", "アオイ", "Aoi"), ("美咲", "ミサキ", "Misaki"), ("結衣", "ユイ", "Yui"),
          ("彩花", "アヤカ", "Ayaka"), ("花音", "カノン", "Kanon"), ("凛", "リン", "Rin"),
          ("朱里", "アカリ", "Akari"), ("晴", "ハル", "Haru"), ("琴音", "コトネ", "Kotone"),
          ("芽依", "メイ", "Mei"), ("七海", "ナナミ", "Nanami"), ("楓", "カエデ", "Kaede"),
          ("紗希", "サキ", "Saki"), ("玲奈", "レナ", "Rena"), ("美月", "ミヅキ", "Mizuki"),
          ("真央", "マオ", "Mao"), ("有紗", "アリサ", "Arisa"), ("さくら", "サクラ", "Sakura"),
          ("由衣", "ユイ", "Yui"), ("日向子", "ヒナコ", "Hinako"), ("詩織", "シオリ", "Shiori")]

TOWNS = ["埼玉県川口市並木", "埼玉県さいたま市大宮区大成町", "神奈川県横浜市鶴見区生麦",
         "栃木県小山市城東", "茨城県古河市本町", "群馬県高崎市八島町", "北海道旭川市春光町",
         "宮城県仙台市若林区荒町", "新潟県長岡市千秋", "長野県松本市島立",
         "静岡県浜松市中央区佐鳴台", "愛知県豊橋市花田町", "岐阜県大垣市林町",
         "岡山県倉敷市中島", "広島県福山市伏見町", "福岡県北九州市小倉北区清水",
         "熊本県熊本市中央区水前寺", "鹿児島県霧島市国分中央", "青森県八戸市小中野",
         "秋田県横手市駅前町", "山形県酒田市若浜町", "富山県高岡市末広町",
         "三重県四日市市浜田町", "愛媛県松山市南堀端町", "千葉県柏市豊四季"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


class Person:
    def __init__(self, fam, given, sex, dob):
        self.fam, self.fam_kana, self.fam_ro = fam
        self.given, self.given_kana, self.given_ro = given
        self.sex = sex
        self.dob = dob
        self.phone = mobile()
        self.addr = address()
        self.zip = f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"
        self.empno = f"{R.choice(['21', '22', '23', '24', '25', '26'])}{R.randint(1000, 9999)}"
        self.room = f"{R.randint(1, 4)}{R.randint(1, 16):02d}"
        tag = R.randint(1, 98)
        self.pmail = f"{self.given_ro.lower()}.{self.fam_ro.lower()}{tag}@{R.choice(FREEMAIL[:4])}"
        self.cmail = f"{self.fam_ro.lower()}.{self.given_ro.lower()}@{DOM}"

    @property
    def name(self) -> str:
        return f"{self.fam} {self.given}"

    @property
    def kana(self) -> str:
        return f"{self.fam_kana} {self.given_kana}"

    @property
    def roman(self) -> str:
        return f"{self.given_ro} {self.fam_ro.upper()}"

    def age(self, on: date = date(2026, 4, 1)) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def mobile() -> str:
    return f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def address() -> str:
    t = R.choice(TOWNS)
    style = R.randrange(3)
    if style == 0:
        return f"{t}{R.randint(1, 6)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号"
    if style == 1:
        return f"{t}{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    return f"{t}{R.randint(100, 2400)}-{R.randint(1, 9)}"


def rand_date(y0: int, y1: int) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=R.randrange((date(y1, 12, 31) - start).days))


_used_names: set[str] = set()


def people(n: int, born=(2001, 2004), sex=None) -> list[Person]:
    out = []
    fams = R.sample(FAMILY, len(FAMILY))
    for fam in fams:
        if len(out) == n:
            break
        s = sex or R.choice("MF")
        given = R.choice(MALE if s == "M" else FEMALE)
        key = fam[0] + given[0]
        if key in _used_names:
            continue
        _used_names.add(key)
        out.append(Person(fam, given, s, rand_date(*born)))
    return out


def person(born=(2001, 2004), sex=None) -> Person:
    return people(1, born, sex)[0]


# -- senders and signatures -------------------------------------------------------------

SAEKI = f"佐伯 美穂 <saeki.miho@{DOM}>"
NEMOTO = f"根本 健 <nemoto.ken@{DOM}>"
KITO = f"鬼頭 さやか <kito.sayaka@{DOM}>"
KURISU = f"栗栖 隆 <kurisu.takashi@{DOM}>"
USAMI = f"宇佐美 恵 <usami.megumi@{DOM}>"
OKAMOTO = f"Ryo Okamoto <r.okamoto@{DOM}>"
MAMIYA = f"間宮 圭 <mamiya.kei@{DOM}>"
OTOMO = f"大友 和也 <ootomo.kazuya@{DOM}>"

SIG_SAEKI = """
――――――――――――――――――――――――
日の出産業株式会社　総務部 厚生課（社宅・寮担当）
佐伯 美穂（さえき みほ）
〒330-0854 埼玉県さいたま市大宮区桜木町2-7-1 日の出ビル5F
TEL: 048-641-2230（内線352）／FAX: 048-641-2239
Mail: saeki.miho@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_NEMOTO = """
--
日の出産業株式会社
総務部 厚生課 課長　根本 健
TEL 048-641-2231 / 携帯 080-3318-7264
nemoto.ken@hinode-sangyo.co.jp"""

SIG_KITO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 総務部 総務課
鬼頭 さやか
〒330-0854 さいたま市大宮区桜木町2-7-1
TEL 048-641-2225（直通）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_USAMI = """
------------------------------------------------
日の出産業株式会社　小山工場　総務係
宇佐美 恵 (Usami Megumi)
〒323-0806 栃木県小山市中久喜1520-4
TEL 0285-27-6610  FAX 0285-27-6619
------------------------------------------------"""

SIG_OKAMOTO = """
Best regards,

Ryo Okamoto
Global HR / Mobility, Hinode Sangyo Co., Ltd.
2-7-1 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-641-2260
r.okamoto@hinode-sangyo.co.jp"""

SIG_MAMIYA = """
━━━━━━━━━━━━━━━━━━
日の出産業（株）みなと寮 寮監
間宮 圭
〒230-0052 横浜市鶴見区生麦5-11-3 みなと寮 管理室
TEL 045-501-7731（管理室）
━━━━━━━━━━━━━━━━━━"""

SIG_OTOMO = """
――
朝霧寮 寮監　大友 和也
日の出産業株式会社 総務部 厚生課 付
管理室 048-255-1904"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。宛先に誤りがある場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

# -- message list -----------------------------------------------------------------------

MESSAGES: list[dict] = []


def add(expect, entities, detectors, note, *, charset, sender, to, subject,
        body=None, html=None, cc=None, bcc=None, attachments=None):
    m = {"id": f"dormitory-{len(MESSAGES) + 1:03d}", "expect": expect,
         "entities": list(entities), "detectors": list(detectors), "note": note,
         "charset": charset, "sender": sender, "to": list(to), "cc": list(cc or []),
         "bcc": list(bcc or []), "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# partner and vendor contacts (invented people at fixed or invented companies)
TOWA = "東和コミュニティ 石渡様 <ishiwata@towa-community.co.jp>"
RYOUN = "篠塚 様 <shinozuka@ryoun-partners.co.jp>"
SHATAKU = "社宅アシスト 契約管理グループ <keiyaku@shataku-assist.co.jp>"
KITAGUNI = "北国フーズ 寮食事業部 真壁様 <makabe@kitaguni-foods.co.jp>"
AOBA = "青葉運輸 法人引越センター 小野寺様 <onodera@aoba-unyu.co.jp>"
SENTINEL = "センチネル警備保障 機械警備課 <kikai@sentinel-keibi.co.jp>"

# ===================================================================== 001-025

# 001 — new residents list, space-padded table, to the management company
_p = people(8, born=(2002, 2004))
_rows = [["氏名", "部屋", "入寮日", "生年月日", "携帯"]]
for i, p in enumerate(_p):
    _rows.append([p.name, p.room, f"3/{29 + i % 3}" if i % 4 else "4/1",
                  p.dob.strftime("%Y/%m/%d"), p.phone])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "8 new residents with birth dates and mobiles to the external management company",
    charset="iso-2022-jp", sender=SAEKI, to=[TOWA], cc=[NEMOTO],
    subject="【朝霧寮】4月入寮者一覧の送付（8名）",
    body=f"""東和コミュニティ株式会社
朝霧寮 管理ご担当 石渡様

いつもお世話になっております。日の出産業 総務部厚生課の佐伯です。

4月入寮予定の新入社員8名の一覧をお送りします。
鍵・寮生証の準備と、入寮日当日の立会いをお願いできますでしょうか。

{table(_rows)}

※入寮日は3/29（日）〜4/1（水）に分散しています。
※布団レンタルは全員分申込済みです。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
{SIG_SAEKI}""")

# 002 — internal: emergency contacts, tab separated, to the dorm supervisor (subdomain)
_p = people(6, born=(2002, 2004))
_lines = ["氏名\tフリガナ\t部屋\t緊急連絡先\t続柄\t電話"]
for p in _p:
    rel = R.choice(["父", "母", "母", "兄", "祖母"])
    _lines.append(f"{p.name}\t{p.kana}\t{p.room}\t{p.fam} {R.choice(MALE + FEMALE)[0]}\t{rel}\t{mobile()}")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "residents' emergency contacts, but every recipient is internal (ryo. subdomain)",
    charset="cp932", sender=KITO, to=[f"大友 和也 <ootomo.kazuya@ryo.{DOM}>"],
    cc=[SAEKI], subject="みなと寮 新規入寮者の緊急連絡先（寮監控え）",
    body="大友さん\n\nお疲れさまです。総務課の鬼頭です。\n"
         "6月入寮の6名分、入寮申込書から緊急連絡先を書き出しました。\n"
         "管理室の控えファイルに追記をお願いします（Excelに貼り付けられるようタブ区切りです）。\n\n"
         + "\n".join(_lines) +
         "\n\n申込書の原本は来週の社内便で送ります。\n" + SIG_KITO)

# 003 — look-alike of the caterer's domain (dropped s), meal counts only
add("stop", [], ["lookalike_domain"],
    "kitaguni-food.co.jp is a one-letter look-alike of partner kitaguni-foods.co.jp",
    charset="cp932", sender=OTOMO, to=["北国フーズ 真壁様 <makabe@kitaguni-food.co.jp>"],
    subject="朝霧寮 5月連休明けの喫食予定数",
    body=f"""北国フーズ株式会社
寮食事業部　真壁様

お世話になっております。朝霧寮の大友です。
連休明けの喫食予定数をお知らせします。

　日付　　　朝食　夕食
　5/7(木)　　31　　28
　5/8(金)　　33　　22
　5/9(土)　　12　　15
　5/10(日)　 10　　26
　5/11(月)　 34　　30

5/2〜5/6は帰省者が多いため、例年どおり食事提供はお休みでお願いします。
献立表（5月後半）は届き次第、食堂に掲示いたします。
{SIG_OTOMO}""")

# 004 — correct caterer domain, special menu and order number
add("pass", [], [],
    "ordinary order to the partner caterer: menu, counts, order number",
    charset="utf-8", sender=OTOMO, to=[KITAGUNI],
    subject="Re: 寮祭（6/20）特別メニューのお見積り　発注番号 KF-2026-0412",
    body=f"""真壁様

お世話になっております。朝霧寮の大友です。
お見積りありがとうございました。Bプラン（オードブル＋焼きそば、1人前1,450円）で
正式に発注いたします。

　発注番号：KF-2026-0412
　日時　　：6月20日（土）17:30 提供開始
　数量　　：45人前（寮生38名＋来賓7名）
　場所　　：朝霧寮 1階食堂

紙皿・割り箸は寮の備品を使いますので不要です。
当日の搬入は裏口（駐輪場側）からお願いいたします。

> 寮祭用の特別メニュー、A〜Cの3プランでお見積りをお送りします。
> ご検討のほどよろしくお願いいたします。
{SIG_OTOMO}""")

# 005 — CSV of 借上げ社宅 residents to the 社宅代行 agency
_p = people(12, born=(1975, 1998))
_props = ["レジデンス大宮桜木", "メゾン与野本町", "グランシャリオ浦和", "コーポ北浦和",
          "パレス川口並木", "ハイム鶴見中央"]
_rows = [["社員番号", "氏名", "フリガナ", "物件名", "号室", "入居日", "同居人数", "携帯電話", "メールアドレス"]]
for p in _p:
    _rows.append([p.empno, p.name, p.kana, R.choice(_props), f"{R.randint(1, 8)}0{R.randint(1, 9)}",
                  f"2026/{R.randint(4, 9)}/{R.randint(1, 28)}", R.randint(1, 4), p.phone, p.pmail])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "CSV of 12 社宅 residents with phones and private e-mail to the external agency",
    charset="utf-8", sender=SAEKI, to=[SHATAKU],
    subject="借上げ社宅 入居者情報（2026年度上期）ご送付",
    body=f"""社宅アシスト株式会社
契約管理グループ ご担当者様

いつもお世話になっております。日の出産業の佐伯でございます。
2026年度上期の借上げ社宅 入居者情報をCSVにて送付いたします。
貸主様への入居者届の作成にご利用ください。

・対象：12名（4月〜9月入居分）
・文字コード：Shift_JIS

以上、よろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "csv", "name": "入居者情報_2026上期.csv", "rows": _rows}])

# 006 — a resident's 住民票 transcribed with 個人番号, to the agency
_p = person(born=(1986, 1990), sex="M")
_p.fam, _p.fam_kana = "伊集院", "イジュウイン"
_mn = mynum()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a resident's My Number (with name, birth date, address) sent to the external agency",
    charset="iso-2022-jp", sender=SAEKI, to=["高見沢様 <takamizawa@shataku-assist.co.jp>"],
    subject="Re: 住民票記載事項のご提出について（伊集院）",
    body=f"""高見沢様

お世話になっております。日の出産業の佐伯です。
ご依頼の件、本人から届いた住民票の写しの記載事項を下記に転記いたします。

　氏名　　　：{_p.name}（{_p.kana}）
　生年月日　：{_p.dob.year}年{_p.dob.month}月{_p.dob.day}日
　住所　　　：〒{_p.zip} {_p.addr}
　世帯主　　：本人
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　転入日　　：2026年3月14日

原本はスキャンが不鮮明でしたので、転記で失礼いたします。
不足がございましたらお知らせください。

-----Original Message-----
From: 高見沢 <takamizawa@shataku-assist.co.jp>
Sent: Tuesday, April 7, 2026 10:12 AM
Subject: 住民票記載事項のご提出について（伊集院）

貸主様の入居審査にあたり、住民票の記載事項（氏名・生年月日・住所）をご提出ください。
{SIG_SAEKI}""")

# 007 — one resident's key handover: 1 person to the management company
_p = person(born=(1990, 1996), sex="F")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one resident's name and mobile for a key handover: 1 person, may be warned",
    charset="iso-2022-jp", sender=SAEKI, to=[TOWA],
    subject="日の出ハイツ東大宮 203号室 鍵の受け渡しについて",
    body=f"""石渡様

いつもお世話になっております。日の出産業の佐伯です。
203号室の新入居者について、鍵の受け渡しをお願いいたします。

　入居者：{_p.name} 様（経理部）
　携帯　：{_p.phone}
　日時　：5月16日（土）10:00〜 現地にて

当日はご本人が直接伺います。遅れる場合はご本人から石渡様の携帯へ連絡するよう伝えております。
よろしくお願いいたします。
{SIG_SAEKI}""")

# 008 — three landlord companies in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external landlord companies can see each other in To (should be Bcc)",
    charset="utf-8", sender=NEMOTO,
    to=["丸山エステート 賃貸管理部 <chintai@maruyama-estate.co.jp>",
        "木村不動産 木村様 <kimura@kimura-fudosan.co.jp>",
        "三栄地所 法人営業課 <houjin@sanei-jisho.co.jp>"],
    subject="借上げ社宅 契約更新手続きのご案内（2026年10月更新分）",
    body=f"""貸主・管理会社各位

平素より格別のご高配を賜り厚く御礼申し上げます。
日の出産業株式会社 総務部厚生課の根本でございます。

2026年10月に更新時期を迎える借上げ社宅につきまして、今回より更新手続きを
社宅代行会社（社宅アシスト株式会社）経由に切り替えさせていただきます。
更新契約書・更新料のご請求書は、同社宛にお送りくださいますようお願い申し上げます。

　切替日　　：2026年8月1日
　送付先　　：社宅アシスト株式会社 契約管理グループ
　お問合せ先：当社 総務部厚生課（048-641-2230）

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
{SIG_NEMOTO}""")

# 009 — a resident's epilepsy, to the outsourced dorm mother
_p = person(born=(2003, 2004), sex="M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "named resident's epilepsy and medication (medical history) sent to the outsourced dorm operator",
    charset="cp932", sender=MAMIYA, to=[RYOUN], cc=[SAEKI],
    subject="新入寮生の体調面についての申し送り",
    body=f"""リョウウン・パートナーズ
篠塚様

お疲れさまです。みなと寮の間宮です。
4月から入寮した {_p.name} さん（305号室）について申し送りです。

本人と保護者から、てんかんの持病があり現在も服薬中と申告がありました。
ここ2年ほど発作はないそうですが、万一、発作が起きた場合は
　・周囲の物をどけて横向きに寝かせる
　・5分以上続く場合は救急車（119）
　・母親（{_p.fam} 様 {mobile()}）へ連絡
の順で対応をお願いします。夜間入浴は一人にならないよう声かけをお願いします。

本件は本人の了解を得て共有しています。取扱いにはご注意ください。
{SIG_MAMIYA}""")

# 010 — reply; the complainant's details are only in the quoted text
_a, _b = people(2, born=(1999, 2003))
add("pass", [], [],
    "reply to the operator; residents' details appear only in the quoted text it sent",
    charset="iso-2022-jp", sender=MAMIYA, to=[RYOUN],
    subject="Re: 【みなと寮】夜間の騒音苦情について",
    body=f"""篠塚様

ご報告ありがとうございます。間宮です。
週明けに寮内掲示と全体メールで、22時以降の通話・音楽について注意喚起を行います。
個別の指導は寮監の私から行いますので、篠塚様から直接のご連絡は控えていただけますと幸いです。

引き続きよろしくお願いいたします。

> 間宮様
>
> 4/12 深夜1時ごろ、207号室の{_a.name}様より、209号室（{_b.name}様）の
> 通話の声がうるさいとの苦情がありました。
> {_b.name}様の携帯（{_b.phone}）に連絡しましたがつながらず、
> 翌朝、食堂でお声がけしております。
>
> リョウウン・パートナーズ 篠塚
{SIG_MAMIYA}""")

# 011 — XLSX of emergency contacts, two sheets, to the security company
def _ec_rows(n):
    rows = [["寮生緊急連絡先一覧（2026/5/1現在）"], [],
            ["部屋", "氏名", "本人携帯", "緊急連絡先氏名", "続柄", "緊急連絡先電話"]]
    for p in people(n, born=(1996, 2004)):
        rows.append([p.room, p.name, p.phone,
                     f"{p.fam} {R.choice(MALE + FEMALE)[0]}", R.choice(["父", "母", "配偶者", "姉"]), mobile()])
    return rows
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "XLSX: 15 residents' mobiles and family emergency contacts to the external security company",
    charset="utf-8", sender=SAEKI, to=[SENTINEL],
    subject="寮生緊急連絡先リストの更新版",
    body=f"""センチネル警備保障株式会社
機械警備課 ご担当者様

お世話になっております。日の出産業の佐伯です。
異常発報時の連絡用に、朝霧寮・みなと寮の寮生緊急連絡先リストを更新しました。
旧版（2026/2/1版）は破棄をお願いいたします。

どうぞよろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "寮生緊急連絡先_2026年5月.xlsx",
                  "sheets": {"朝霧寮": _ec_rows(8), "みなと寮": _ec_rows(7)}}])

# 012 — a trainee's residence card number to the management company
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a foreign trainee's 在留カード number with name and birth date to the management company",
    charset="cp932", sender=USAMI, to=[TOWA],
    subject="技能実習生 入寮手続きのお願い（小山第二寮）",
    body=f"""東和コミュニティ株式会社
石渡様

お世話になっております。小山工場総務係の宇佐美です。
7月に来日する技能実習生1名の入寮手続きをお願いいたします。
入居者名簿の作成に必要とのことでしたので、在留カードの内容をお知らせします。

　氏名（ローマ字）：NGUYEN VAN MINH
　氏名（カナ）　　：グエン ヴァン ミン
　生年月日　　　　：2001年7月14日
　在留カード番号　：UH48213957EA
　在留期間満了日　：2029年7月9日
　入寮日　　　　　：2026年7月11日（土）
　部屋　　　　　　：小山第二寮 108号室

寝具・自転車の手配は当方で行います。
{SIG_USAMI}""")

# 013 — NDA draft with the new dorm operator (法人番号 in the party clause)
_cn = corp_number("702104187365")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "mail about an NDA with a company 法人番号 and the standard disclaimer: ordinary business",
    charset="iso-2022-jp", sender=NEMOTO, to=["リョウウン・パートナーズ 法務ご担当 <legal@ryoun-partners.co.jp>"],
    cc=[RYOUN], subject="秘密保持契約書（寮運営業務委託）ドラフトのご確認",
    body=f"""株式会社リョウウン・パートナーズ
法務ご担当者様

いつもお世話になっております。日の出産業の根本でございます。
みなと寮の運営業務委託契約に先立ち、秘密保持契約書のドラフトをお送りします。

主な論点は以下のとおりです。
　・第2条　秘密情報の範囲（寮生の個人情報を明示的に含める）
　・第6条　契約終了時の返還・廃棄（廃棄証明書の提出）
　・第9条　有効期間（委託契約終了後3年間存続）

前文の当事者表示は「株式会社リョウウン・パートナーズ（法人番号 {_cn}）」としております。
修正がございましたら変更履歴付きでご返送ください。
{SIG_NEMOTO}
{DISCLAIMER_JA}""")

# 014 — look-alike of the own domain (dropped "co."), deduction list in XLSX
_p = people(10, born=(1990, 2004))
_rows = [["2026年6月 給与控除（寮費・社宅使用料）"], [],
         ["社員番号", "氏名", "所属", "区分", "寮費", "食費", "控除合計"]]
for p in _p:
    kind = R.choice(["独身寮", "独身寮", "社宅"])
    fee = 18000 if kind == "独身寮" else R.choice([32000, 41000, 45500])
    food = R.choice([0, 9800, 14200]) if kind == "独身寮" else 0
    _rows.append([p.empno, p.name, R.choice(["製造部", "営業部", "品質保証部", "物流部"]), kind, fee, food, fee + food])
add("stop", ["PERSON_NAME"], ["lookalike_domain", "personal_data"],
    "payroll list of 10 employees sent to hinode-sangyo.jp, a look-alike of the own domain",
    charset="utf-8", sender=SAEKI, to=["栗栖 隆 <kurisu.takashi@hinode-sangyo.jp>"],
    subject="6月分 寮費・社宅使用料 控除一覧",
    body=f"""栗栖さん

お疲れさまです。厚生課の佐伯です。
6月給与の寮費・社宅使用料の控除一覧を添付します。
5月からの変更は、入寮4名・退寮1名・社宅転居1名です。

締めは6/10でお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "控除一覧_202606.xlsx", "sheets": {"6月": _rows}}])

# 015 — internal: deduction changes, comma list
_p = people(6, born=(1988, 2004))
_lines = ["社員番号,氏名,変更内容,適用月,控除額"]
for p, what in zip(_p, ["入寮", "入寮", "退寮", "食費停止", "社宅転居", "入寮"]):
    _lines.append(f"{p.empno},{p.name},{what},2026年7月,{R.choice([0, 18000, 27800, 41000])}")
add("pass", ["PERSON_NAME"], [],
    "deduction changes for 6 employees, but sent only to internal payroll",
    charset="cp932", sender=SAEKI, to=[KURISU],
    subject="7月給与 寮費控除の変更分（6名）",
    body="栗栖さん\n\n厚生課の佐伯です。7月分の変更6名です。\n\n" + "\n".join(_lines) +
         "\n\n食費停止の方は長期出張のため、8月から再開予定です。\n" + SIG_SAEKI)

# 016 — DOCX stamped 社外秘 to the law firm
add("stop", [], ["confidential_marking"],
    "DOCX carries a 社外秘 header stamp and goes to an external law firm",
    charset="utf-8", sender=NEMOTO, to=["白川法律事務所 江波戸先生 <ebato@shirakawa-law.jp>"],
    subject="社宅管理規程 改定案のリーガルチェックのお願い",
    body=f"""白川法律事務所
江波戸先生

いつも大変お世話になっております。日の出産業の根本です。
社宅管理規程の改定案がまとまりましたので、リーガルチェックをお願いできますでしょうか。
特に第18条（退去時の原状回復費用の負担区分）と第24条（家族の同居範囲）について
ご意見を頂戴したく存じます。

7月の規程委員会にかけたいため、6月末までにご返信いただけますと幸いです。
{SIG_NEMOTO}""",
    attachments=[{"kind": "docx", "name": "社宅管理規程_改定案_v3.docx", "page_header": "社外秘",
                  "title": "社宅管理規程 改定案",
                  "paragraphs": ["社宅管理規程（改定案）", "第1条（目的）この規程は、会社が従業員に貸与する社宅の管理運営に関し必要な事項を定める。",
                                 "第18条（原状回復）入居者は退去時、故意又は過失による損耗について費用を負担する。経年劣化及び通常損耗は会社の負担とする。",
                                 "第24条（同居の範囲）同居できる者は、配偶者及び二親等以内の親族とする。",
                                 "附則　この規程は2026年10月1日から施行する。"]}])

# 017 — the word 社外秘 merely mentioned
add("pass", [], [],
    "mentions that the rules are 社外秘 but carries no marked document: ordinary question to the lawyer",
    charset="iso-2022-jp", sender=SAEKI, to=["江波戸先生 <ebato@shirakawa-law.jp>"], cc=[NEMOTO],
    subject="退去時の原状回復費用負担についてご相談",
    body=f"""江波戸先生

お世話になっております。日の出産業 厚生課の佐伯でございます。
借上げ社宅の退去精算について1点ご相談させてください。

当社の社宅管理規程は社外秘扱いのためファイルの送付は控えますが、
趣旨としては「通常損耗は会社負担、故意・過失は入居者負担」としております。
今回、貸主様からクロス全面張替え費用（約18万円）を入居者負担として請求されており、
国交省ガイドラインの経過年数の考え方をどこまで主張できるか伺えればと存じます。

ご多忙のところ恐れ入りますが、ご教示いただけますと幸いです。
{SIG_SAEKI}""")

# 018 — password-protected ZIP (PPAP) to the management company
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP cannot be inspected (password sent separately)",
    charset="cp932", sender=SAEKI, to=[TOWA],
    subject="退寮者一覧（6月末）の送付",
    body=f"""石渡様

お世話になっております。日の出産業の佐伯です。
6月末の退寮者一覧を送付いたします。退去立会いの日程調整にご利用ください。
ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "退寮者一覧_202606.zip", "password": "Hn7#ryo2606",
                  "files": [{"kind": "xlsx", "name": "退寮者一覧_202606.xlsx",
                             "sheets": {"退寮者": [["部屋", "氏名", "退寮日"]] +
                                        [[p.room, p.name, "6/30"] for p in people(6)]}}]}])

# 019 — the separate password mail
add("pass", [], [],
    "the follow-up password mail: no personal data, no attachment",
    charset="cp932", sender=SAEKI, to=[TOWA],
    subject="【パスワード】退寮者一覧（6月末）の送付",
    body="""石渡様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn7#ryo2606

よろしくお願いいたします。
日の出産業 佐伯""")

# 020 — religion of two named trainees to the caterer
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "religion (Muslim) of two named residents sent to the external caterer",
    charset="utf-8", sender=USAMI, to=[KITAGUNI],
    subject="小山第二寮 ハラール対応のお願い",
    body=f"""北国フーズ株式会社
真壁様

いつもお世話になっております。小山工場の宇佐美です。
8月から小山第二寮に入る実習生のうち、下記2名はイスラム教徒のため、
豚肉・アルコール（みりん・料理酒を含む）を使わない食事をご用意いただけないでしょうか。

　・Putri Ayu Lestari さん（204号室）　イスラム教
　・Muhammad Rizki さん（206号室）　イスラム教（ラマダン期間は夕食時間の変更を希望）

ハラール認証品までは求めませんが、調理器具の分け方などご相談させてください。
費用が増える場合はお見積りをお願いします。
{SIG_USAMI}""")

# 021 — food allergies of three named residents: either
_p = people(3, born=(2002, 2004))
add("either", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "food allergies of 3 named residents to the caterer: allergy as 病歴 is debatable",
    charset="iso-2022-jp", sender=OTOMO, to=[KITAGUNI],
    subject="新入寮生の食物アレルギーについて",
    body=f"""真壁様

朝霧寮の大友です。いつもありがとうございます。
4月入寮者のうち、食物アレルギーの申告があった方をお知らせします。
除去食のご対応をお願いいたします。

　{_p[0].name}（{_p[0].room}号室）　そば（アナフィラキシーの既往あり、エピペン所持）
　{_p[1].name}（{_p[1].room}号室）　卵
　{_p[2].name}（{_p[2].room}号室）　えび・かに

献立表にアレルゲンの表示を続けていただけると助かります。
{SIG_OTOMO}""")

# 022 — HTML-only table: meal roster of 15 residents
_p = people(15, born=(1998, 2004))
_tr = "\n".join(
    f"<tr><td>{p.empno}</td><td>{p.name}</td><td>{p.room}</td><td>{R.choice(['○', '○', '×'])}</td>"
    f"<td>{R.choice(['○', '○', '×'])}</td><td>{R.choice(['', '', '夜勤あり', '土日なし'])}</td></tr>"
    for p in _p)
add("stop", ["PERSON_NAME"], ["personal_data"],
    "HTML table of 15 residents (employee no., name, room, meal plan) to the external caterer",
    charset="utf-8", sender=MAMIYA, to=[KITAGUNI],
    subject="【みなと寮】6月 喫食者名簿",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>真壁様</p>
<p>お世話になっております。みなと寮の間宮です。<br>6月の喫食者名簿をお送りします。</p>
<table border="1" cellpadding="3">
<tr><th>社員番号</th><th>氏名</th><th>部屋</th><th>朝食</th><th>夕食</th><th>備考</th></tr>
{_tr}
</table>
<p>夜勤ありの方は、夕食を冷蔵保管でお願いします。</p>
<p>━━━━━━━━━━━━━━━━━━<br>日の出産業（株）みなと寮 寮監<br>間宮 圭<br>TEL 045-501-7731（管理室）</p>
</body></html>""")

# 023 — business contacts only: vendors' switchboards
add("pass", [], [],
    "a list of vendor companies' switchboards and departments: businesses, not people",
    charset="iso-2022-jp", sender=MAMIYA, to=[RYOUN],
    subject="みなと寮 緊急時の連絡先一覧（業者）",
    body=f"""篠塚様

間宮です。来月から夜間の寮母業務を御社にお願いするにあたり、
管理室に掲示している業者の連絡先を共有します。

　種別　　　会社名　　　　　　　　　電話　　　　　　　受付
　----------------------------------------------------------------
　警備　　　センチネル警備保障　　　0120-48-7110　　24時間
　設備　　　三和設備工業　　　　　　045-521-3380　　平日9-18時
　鍵　　　　森ロックサービス　　　　045-633-0281　　24時間
　清掃　　　きらら清掃　　　　　　　045-502-9914　　平日9-17時
　給食　　　北国フーズ 横浜営業所　045-540-2271　　6-20時
　管理会社　東和コミュニティ　　　　048-650-4417　　平日9-18時

夜間の水漏れ等は、まず三和設備の時間外窓口（同番号で自動転送）へお願いします。
{SIG_MAMIYA}""")

# 024 — five leavers with forwarding addresses, tab list, to the moving company
_p = people(5, born=(1994, 2001))
_lines = ["氏名\t退寮日\t部屋\t転居先住所\t携帯"]
for p in _p:
    _lines.append(f"{p.name}\t2026/9/{R.randint(20, 30)}\t{p.room}\t〒{p.zip} {p.addr}\t{p.phone}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "5 leavers' forwarding addresses and mobiles to the moving company",
    charset="cp932", sender=SAEKI, to=[AOBA],
    subject="退寮に伴う引越し見積りのお願い（5名）",
    body=f"""青葉運輸株式会社
法人引越センター　小野寺様

いつもお世話になっております。日の出産業の佐伯です。
9月末の異動に伴い、朝霧寮から退寮する5名の引越しお見積りをお願いいたします。
荷物はいずれも単身パック程度の見込みです。

{chr(10).join(_lines)}

訪問見積りが必要な場合は、ご本人に直接ご連絡いただいて構いません。
費用は会社負担（当社宛請求）でお願いいたします。
{SIG_SAEKI}""")

# 025 — two movers: 2 people, may be warned
_p = people(2, born=(1985, 1995))
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "two employees' move details to the partner mover: under five people",
    charset="utf-8", sender=SAEKI, to=[AOBA],
    subject="Re: 社宅入居に伴う引越し日程（2名分）",
    body=f"""小野寺様

お世話になっております。佐伯です。
日程のご提案ありがとうございます。2名とも下記で確定とさせてください。

■1人目
　{_p[0].name} 様　携帯 {_p[0].phone}
　搬出：{_p[0].addr}
　搬入：日の出ハイツ東大宮 305号室
　日時：10/3（土）午前便

■2人目
　{_p[1].name} 様　携帯 {_p[1].phone}
　搬出：{_p[1].addr}
　搬入：レジデンス大宮桜木 702号室
　日時：10/4（日）午後便

よろしくお願いいたします。
{SIG_SAEKI}""")

# ===================================================================== 026-050

# 026 — driver's licence number for dorm parking
_p = person(born=(1995, 2000), sex="M")
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME"], ["personal_data"],
    "a resident's driver's licence number sent to the external parking operator",
    charset="iso-2022-jp", sender=OTOMO, to=["パークワン管理 契約係 <keiyaku@parkone-kanri.co.jp>"],
    subject="朝霧寮 月極駐車場 利用者登録（No.14区画）",
    body=f"""パークワン管理株式会社
契約係 ご担当者様

朝霧寮 寮監の大友です。いつもお世話になっております。
空きが出たNo.14区画について、次の寮生を利用者として登録願います。

　利用者氏名　　：{_p.name}（{_p.kana}）
　運転免許証番号：第 {R.randint(30, 39)}{R.randint(10, 24)}{R.randint(100000, 999999)}{R.randint(0, 9)}0 号
　免許の色　　　：ブルー（2029年誕生日まで有効）
　車両　　　　　：軽自動車 ダイハツ タント 大宮 580 あ 12-34
　利用開始　　　：2026年8月1日

契約者は従来どおり日の出産業株式会社（寮費から本人控除）です。
{SIG_OTOMO}""")

# 027 — four parents on free mail, all visible in To
_par = [f"{fam[2].lower()}.{R.randint(60, 79)}@gmail.com" for fam in R.sample(FAMILY, 4)]
add("stop", [], ["external_recipients_visible", "freemail_recipient"],
    "four residents' parents (private persons) can see each other's addresses in To",
    charset="utf-8", sender=OTOMO, to=_par,
    subject="【日の出産業 朝霧寮】台風10号接近に伴う寮生の安否確認について",
    body=f"""寮生の保護者の皆様

日頃より朝霧寮の運営にご理解をいただき、ありがとうございます。
寮監の大友でございます。

台風10号の接近に伴い、明日9/2（水）は会社全体が臨時休業となります。
寮生は原則として寮内待機とし、18時に寮監が全員の在室を確認いたします。
確認が取れ次第、改めてこのアドレスからご連絡いたします。

停電時は寮の非常用発電機で共用部の照明・冷蔵庫のみ稼働します。
ご心配な点がございましたら管理室（048-255-1904）までお電話ください。
{SIG_OTOMO}""")

# 028 — same kind of notice, correctly in Bcc
_bcc = [p.pmail for p in people(6, born=(1965, 1975))]
add("pass", [], ["freemail_recipient"],
    "parents on free mail are in Bcc (To is the sender): no one sees anyone else",
    charset="iso-2022-jp", sender=MAMIYA, to=[MAMIYA], bcc=_bcc,
    subject="みなと寮 夏季休業中の寮閉鎖のお知らせ",
    body=f"""寮生の保護者の皆様（Bccにて失礼いたします）

いつもお世話になっております。みなと寮 寮監の間宮です。

夏季休業に伴い、8月12日（水）〜16日（日）は食堂を休止し、
14日（金）〜15日（土）は設備点検のため寮を閉鎖いたします。
帰省されない寮生は、会社が手配する近隣ホテルに宿泊となります（費用は会社負担）。

ご不明点は管理室までお問い合わせください。
{SIG_MAMIYA}""")

# 029 — a resident who is a stalking victim
_p = person(born=(1994, 1999), sex="F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "named resident is a stalking victim (crime victim) — sent to the management company",
    charset="cp932", sender=NEMOTO, to=[TOWA], cc=[SAEKI],
    subject="【至急】入居者の部屋番号等の問い合わせへの対応について",
    body=f"""石渡様

お世話になっております。日の出産業の根本です。至急のお願いです。

日の出ハイツ東大宮 305号室の{_p.name}さんが、元交際相手からのつきまとい（ストーカー被害）を受けており、
本人が大宮警察署に相談し、警告が出ている状況です。
相手方が親族や知人を装って管理会社に問い合わせる可能性があります。

つきましては、
　1) {_p.fam}さんの在否・部屋番号・勤務先等の問い合わせには一切回答しない
　2) 不審な来訪・問い合わせがあった場合は当社（根本）に即時連絡
　3) 郵便受けの名札を外す
のご対応をお願いいたします。本件は関係者限りでお願いします。
{SIG_NEMOTO}""")

# 030 — a corrupt XLSX to the agency
add("stop", [], ["unscannable_attachment"],
    "the attached XLSX is corrupt and cannot be inspected",
    charset="utf-8", sender=SAEKI, to=["高見沢様 <takamizawa@shataku-assist.co.jp>"],
    subject="社宅入居申込書（霧島支店 転勤者分）",
    body=f"""高見沢様

お世話になっております。佐伯です。
霧島支店への転勤者1名分の社宅入居申込書を添付します。
物件は前回ご提案いただいた中から第1希望・第2希望を記入しております。
{SIG_SAEKI}""",
    attachments=[{"kind": "corrupt", "name": "社宅入居申込書_霧島.xlsx"}])

# 031 — internal: a resident's diabetes to the company health nurse
_p = person(born=(1996, 2000), sex="M")
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME"], [],
    "a resident's medical condition, but sent only to internal occupational-health staff",
    charset="iso-2022-jp", sender=OTOMO, to=[f"保健師 山際 <yamagiwa.rie@{DOM}>"],
    cc=[f"産業医室 <sangyoi@{DOM}>"],
    subject="寮生の健康面のご相談（{0}さん）".format(_p.fam),
    body=f"""山際さん

朝霧寮の大友です。ご相談です。
{_p.name}さん（212号室、製造部）が1型糖尿病でインスリン注射を続けており、
先週、夜間に低血糖で動けなくなったところを同室の寮生が見つけました。
本人は大丈夫と言っていますが、寮としての見守り方について産業医の先生と
ご相談させていただけないでしょうか。

本人の了解は取っています。
{SIG_OTOMO}""")

# 032 — English: two Japanese passports to a serviced apartment abroad
_p = people(2, born=(1982, 1992), sex="M")
_pp = [f"T{R.choice('RKZ')}{R.randint(1000000, 9999999)}", f"M{R.choice('ZKU')}{R.randint(1000000, 9999999)}"]
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "two employees' passport numbers and birth dates sent to an external serviced apartment",
    charset="utf-8", sender=OKAMOTO, to=["Oakstay Residence Reservations <reservations@oakstay-residence.com>"],
    subject="Corporate booking HS-2611 - guest passport details",
    body=f"""Dear Ms. Tan,

Thank you for confirming our corporate booking (ref. HS-2611) for two studio units
from 1 October. As requested for your guest registration, please find the details below.

Guest 1: {_p[0].roman}
  Date of birth: {_p[0].dob.strftime('%d %B %Y')}
  Passport No.: {_pp[0]} (Japan)
Guest 2: {_p[1].roman}
  Date of birth: {_p[1].dob.strftime('%d %B %Y')}
  Passport No.: {_pp[1]} (Japan)

Both will arrive on SQ 637 in the evening of 30 September. Could you arrange a late
check-in?
{SIG_OKAMOTO}""")

# 033 — English: housing policy to the relocation partner, with disclaimer
add("pass", [], [],
    "policy question to a relocation company with a standard disclaimer: no personal data",
    charset="utf-8", sender=OKAMOTO, to=["GlobalMove Relocation <accounts@globalmove-relo.com>"],
    subject="Company housing policy for inbound assignees - FY2026",
    body=f"""Dear GlobalMove team,

Ahead of next month's kick-off, here is a short summary of our company housing policy for
inbound assignees, so that your consultants can shortlist suitable properties.

- Rent cap: JPY 180,000/month (single), JPY 260,000/month (with family), management fee included
- Area: within 40 minutes of Omiya or Tsurumi by train
- Lease: corporate lease in Hinode Sangyo's name, 2 years, key money up to 1 month
- Furniture rental: up to 6 months, company paid
- Utilities and internet: paid by the assignee

Please send your fee schedule for home-finding and orientation by 15 July.
{SIG_OKAMOTO}
{DISCLAIMER_EN}""")

# 034 — PDF key handover record (7 rows) to the locksmith
_p = people(7, born=(1996, 2004))
_tbl = [["日付", "部屋", "氏名", "鍵番号", "本数", "携帯"]]
for i, p in enumerate(_p):
    _tbl.append([f"4/{2 + i}", p.room, p.name, f"MN-{p.room}-{R.randint(1, 3)}", R.choice([1, 2]), p.phone])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PDF: 7 residents' names, rooms and mobiles to the external locksmith",
    charset="cp932", sender=MAMIYA, to=["森ロックサービス 森様 <mori@lockservice-mori.jp>"],
    subject="鍵受渡し記録（みなと寮 4月分）の送付",
    body=f"""森様

いつもお世話になっております。みなと寮の間宮です。
マスターキー管理台帳との照合用に、4月分の鍵受渡し記録をPDFでお送りします。
来週の定期点検の際に、スペアキーの本数とあわせてご確認ください。
{SIG_MAMIYA}""",
    attachments=[{"kind": "pdf", "name": "鍵受渡し記録_みなと寮_2026年4月.pdf",
                  "title": "鍵受渡し記録", "lines": ["鍵受渡し記録（みなと寮）2026年4月", ""],
                  "table": _tbl, "page_footer": "日の出産業株式会社 みなと寮"}])

# 035 — lock cylinder replacement: rooms only
add("pass", [], [],
    "quote request for lock cylinders by room number and order number: no people",
    charset="iso-2022-jp", sender=MAMIYA, to=["森ロックサービス 森様 <mori@lockservice-mori.jp>"],
    subject="シリンダー交換のお見積り依頼（3室）",
    body=f"""森様

間宮です。退寮に伴い、下記3室のシリンダー交換をお願いしたく、お見積りをお願いします。

　・207号室（鍵1本未返却）
　・311号室
　・402号室（鍵穴の動きが渋い）

前回と同じ MIWA U9 相当品で構いません。注文書番号は HS-PO-26-1187 で起票予定です。
作業は平日10〜16時でお願いできれば助かります。
{SIG_MAMIYA}""")

# 036 — 【部外秘】 in the subject, to the consultant
add("stop", [], ["confidential_marking"],
    "subject carries a 部外秘 classification and the mail goes to an external consultant",
    charset="utf-8", sender=NEMOTO, to=["HRベネフィット研究所 大河内様 <okochi@hr-benefit-lab.jp>"],
    subject="【部外秘】寮運営費 見直し案（ご意見伺い）",
    body=f"""大河内様

お世話になっております。日の出産業の根本です。
先日ご相談した寮運営費の見直し案を添付いたします。
3寮の運営コスト比較と、寮費改定（18,000円→22,000円）の試算です。
次回打合せ（7/8）でご意見をいただければ幸いです。
{SIG_NEMOTO}""",
    attachments=[{"kind": "xlsx", "name": "寮運営費比較_2026.xlsx",
                  "sheets": {"比較": [["寮名", "定員", "入居率", "年間運営費(千円)", "1人当たり月額(円)"],
                                      ["朝霧寮", 48, "92%", 31840, 60100],
                                      ["みなと寮", 40, "85%", 27920, 68400],
                                      ["小山第二寮", 36, "78%", 19300, 57300]],
                             "試算": [["寮費", "差額", "年間増収(千円)"],
                                      [18000, 0, 0], [20000, 2000, 2640], [22000, 4000, 5280]]}}])

# 037 — legacy XLS: 社宅 families with 和暦 birth dates, to the insurance agent
_rows = [["社員番号", "被保険者氏名", "続柄", "生年月日", "物件"]]
for emp in people(3, born=(1978, 1990), sex="M"):
    prop = R.choice(["日の出ハイツ東大宮", "レジデンス大宮桜木", "パレス川口並木"])
    emp_code = emp.empno
    _rows.append([emp_code, emp.name, "本人", wareki(emp.dob, "abbr"), prop])
    sp = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(FEMALE), "F", rand_date(1980, 1992))
    _rows.append([emp_code, sp.name, "配偶者", wareki(sp.dob, "abbr"), prop])
    for _ in range(R.randint(1, 2)):
        ch = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(MALE + FEMALE), "M", rand_date(2012, 2022))
        _rows.append([emp_code, ch.name, "子", wareki(ch.dob, "abbr"), prop])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "XLS: employees and family members in 社宅 with birth dates (over 5 people) to the insurance agent",
    charset="cp932", sender=SAEKI, to=["東海損保代理店 樋渡様 <hiwatashi@hoken-tokai.co.jp>"],
    subject="社宅入居者 家族傷害保険 加入者名簿（追加分）",
    body=f"""株式会社東海損保代理店
樋渡様

いつもお世話になっております。日の出産業の佐伯でございます。
10月から社宅に入居する3世帯について、団体家族傷害保険の加入者名簿をお送りします。
（社内システムの出力がxls形式のため、そのままお送りしております）

保険料の按分は従来どおりでお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xls", "name": "家族傷害_加入者名簿_10月追加.xls", "sheets": {"加入者": _rows}}])

# 038 — buildings insurance: a list of buildings, not people
add("pass", [], [],
    "list of dorm buildings with their addresses and insured values: property, not people",
    charset="utf-8", sender=SAEKI, to=["東海損保代理店 樋渡様 <hiwatashi@hoken-tokai.co.jp>"],
    subject="寮・社宅建物 火災保険 更新明細の確認",
    body=f"""樋渡様

お世話になっております。佐伯です。
11月更新の建物火災保険について、対象物件と保険金額を確認させてください。

物件名             所在地                           構造    延床(㎡)  保険金額(万円)
------------------------------------------------------------------------------------
朝霧寮             埼玉県川口市安行領根岸2813-1     RC3階   1,420     38,000
みなと寮           神奈川県横浜市鶴見区生麦5-11-3   RC4階   1,180     34,500
小山第二寮         栃木県小山市中久喜1520-9         S造2階    860     16,200
日の出ハイツ東大宮 埼玉県さいたま市見沼区東大宮4-7  RC4階   1,640     41,000

地震保険の付帯は朝霧寮・みなと寮のみです。変更がなければ前年同条件で更新をお願いします。
{SIG_SAEKI}""")

# 039 — look-alike of the partner mover (letter added), one resident
_p = person(born=(1997, 2001), sex="F")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "aoba-unyuu.co.jp is a look-alike of partner aoba-unyu.co.jp (one resident's contact)",
    charset="iso-2022-jp", sender=SAEKI, to=["小野寺様 <onodera@aoba-unyuu.co.jp>"],
    subject="退寮引越しの件（みなと寮 318号室）",
    body=f"""小野寺様

お世話になっております。日の出産業の佐伯です。
みなと寮318号室の退寮引越しについて、ご本人の連絡先をお知らせします。

　{_p.name} 様　携帯：{_p.phone}
　希望日：10月10日（土）午前

日程はご本人と直接調整いただけますと幸いです。
{SIG_SAEKI}""")

# 040 — health-check results of 6 residents to the caterer
_p = people(6, born=(1975, 1990), sex="M")
_lines = []
for p in _p:
    sbp = R.randint(142, 168)
    _lines.append(f"　{pad(p.name, 14)}{p.room}号室　血圧 {sbp}/{R.randint(90, 104)}　"
                  f"HbA1c {R.choice(['5.9', '6.4', '6.8', '7.1'])}%　指導：{R.choice(['減塩', '減塩・カロリー制限', 'カロリー制限'])}")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "health-check results (blood pressure, HbA1c) of 6 named residents sent to the caterer",
    charset="utf-8", sender=USAMI, to=[KITAGUNI],
    subject="小山第二寮 ヘルシーメニュー対象者について",
    body=f"""真壁様

お世話になっております。小山工場の宇佐美です。
春の定期健康診断で要指導となった寮生について、産業医から食事面の配慮を求められています。
対象者と指導内容は下記のとおりです。

{chr(10).join(_lines)}

夕食を減塩（塩分2.5g以下）・ご飯小盛りの別メニューにできるかご検討ください。
{SIG_USAMI}""")

# 041 — a general low-salt menu request, no people
add("pass", [], [],
    "general low-salt menu request by counts only: no identifiable person",
    charset="cp932", sender=USAMI, to=[KITAGUNI],
    subject="10月の健康週間メニューについて",
    body=f"""真壁様

宇佐美です。いつもおいしい食事をありがとうございます。
10月の全社健康週間（10/19〜23）に合わせて、寮の夕食も減塩メニューにしていただけないでしょうか。
喫食数は1日あたり25〜30食の見込みです。

メニュー案と単価の変更有無を、10/2までにお知らせいただけますと助かります。
{SIG_USAMI}""")

# 042 — one-record-per-block list of 5 households to the plumbing vendor
_p = people(5, born=(1975, 1992))
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(f"【{i}】{R.choice(['日の出ハイツ東大宮', 'パレス川口並木', 'メゾン与野本町'])} {R.randint(1, 4)}0{R.randint(1, 8)}号室\n"
                   f"　入居者：{p.name}\n　住所　：{p.addr}\n　電話　：{p.phone}\n"
                   f"　在宅可：{R.choice(['平日午前', '土曜終日', '平日18時以降', '日曜午後'])}")
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "5 社宅 residents' addresses and phones, one block each, to the external plumbing vendor",
    charset="iso-2022-jp", sender=SAEKI, to=["三和設備工業 工事課 <koji@sanwa-setsubi.co.jp>"],
    subject="給湯器交換工事 対象住戸と入居者連絡先",
    body=f"""三和設備工業株式会社
工事課 ご担当者様

お世話になっております。日の出産業の佐伯です。
給湯器交換工事（契約番号 SW-26-0330）の対象住戸と入居者の連絡先です。
訪問日は入居者と直接ご調整ください。

{(chr(10) * 2).join(_blocks)}

工事完了後、完了報告書を当社宛にお送りください。
{SIG_SAEKI}""")

# 043 — two external companies in To: normal three-way mail
add("pass", [], ["multiple_external_domains"],
    "management company and plumbing vendor in To: two external organisations is fine",
    charset="utf-8", sender=SAEKI,
    to=[TOWA, "三和設備工業 工事課 <koji@sanwa-setsubi.co.jp>"],
    subject="朝霧寮 受水槽清掃の立会い日程について",
    body=f"""東和コミュニティ 石渡様
三和設備工業 工事課 ご担当者様

お世話になっております。日の出産業の佐伯です。
朝霧寮の受水槽清掃について、両社で立会い日程を調整いただきたくご連絡しました。

　候補：7/14（火）、7/16（木）、7/21（火）いずれも9時〜
　断水：作業中の約3時間（寮内に事前掲示します）

ご都合のよい日を全員返信でお知らせください。
{SIG_SAEKI}""")

# 044 — three external vendors visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three external vendor companies can see each other in To",
    charset="cp932", sender=MAMIYA,
    to=["三和設備工業 <koji@sanwa-setsubi.co.jp>", "防災テック 点検課 <tenken@bousai-tech.co.jp>",
        "きらら清掃 営業部 <eigyo@kirara-clean.co.jp>"],
    subject="みなと寮 年次点検・清掃の日程調整",
    body=f"""各社ご担当者様

みなと寮の間宮です。いつもお世話になっております。
年次の設備点検・消防設備点検・定期清掃について、寮生への周知を一度で済ませたいため、
11月の同じ週にまとめて実施できないかご相談です。

　候補週：11/9〜11/13
　ご希望の曜日・所要時間を今月中にお知らせください。
{SIG_MAMIYA}""")

# 045 — bullet list of 6 residents with mobiles to the fire-safety vendor
_p = people(6, born=(1996, 2004))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "bullet list of 6 residents with mobiles sent to the external fire-safety inspector",
    charset="utf-8", sender=OTOMO, to=["防災テック 点検課 <tenken@bousai-tech.co.jp>"],
    subject="消防設備点検 入室の件（不在者の連絡先）",
    body=f"""防災テック株式会社
点検課 ご担当者様

朝霧寮の大友です。9/24の消防設備点検について、当日不在の寮生から入室の了承を得ています。
感知器の点検で入室される際、念のため本人に一報いただけますでしょうか。

""" + "\n".join(f"・{p.room}号室　{p.name}　{p.phone}" for p in _p) + f"""

マスターキーは当日管理室でお渡しします。
{SIG_OTOMO}""")

# 046 — three fire-drill leaders with mobiles: under five people
_p = people(3, born=(1985, 1998), sex="M")
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three fire-drill leaders' mobiles to the fire-safety vendor: under five people",
    charset="iso-2022-jp", sender=OTOMO, to=["防災テック 指導員 真田様 <sanada@bousai-tech.co.jp>"],
    subject="Re: 10/18 防火訓練の役割分担",
    body=f"""真田様

大友です。役割分担が決まりましたのでお知らせします。当日の連絡は各携帯へお願いします。

　通報班　{_p[0].name}（寮長）　　{_p[0].phone}
　消火班　{_p[1].name}（副寮長）　{_p[1].phone}
　避難誘導　{_p[2].name}（防火担当）{_p[2].phone}

消火器の訓練用水消火器は3本お借りできれば足ります。
{SIG_OTOMO}

> 大友様
> 訓練当日の各班リーダーと連絡先をお知らせください。
> 防災テック 真田""")

# 047 — a resident's credit card number to the cleaning company
_p = person(born=(1993, 1999), sex="M")
_cc = card()
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a resident's credit card number sent to the cleaning company",
    charset="cp932", sender=OTOMO, to=["きらら清掃 営業部 <eigyo@kirara-clean.co.jp>"],
    subject="退寮時クリーニング 追加作業のお支払いについて",
    body=f"""きらら清掃株式会社
営業部 ご担当者様

朝霧寮の大友です。
113号室の退寮時クリーニングのうち、本人負担となるエアコン内部洗浄（13,200円）について、
本人がカード払いを希望しておりますので、カード情報を預かってお伝えします。

　名義　　：{_p.roman.upper()}
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：{R.randint(1, 12):02d}/{R.randint(27, 31)}
　ご本人　：{_p.name}（113号室）

決済完了後、領収書を管理室宛にお送りください。
{SIG_OTOMO}""")

# 048 — invoice with the vendor's registration (T) number
_cn = corp_number("301104588213")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice confirmation with the vendor's T-number and invoice number: business data",
    charset="utf-8", sender=SAEKI, to=["きらら清掃 経理 <keiri@kirara-clean.co.jp>"],
    subject="ご請求書（No. KC-260914）受領のご連絡",
    body=f"""きらら清掃株式会社
経理ご担当者様

お世話になっております。日の出産業の佐伯です。
8月分の定期清掃のご請求書を受領いたしました。

　請求書番号：KC-260914
　登録番号　：T{_cn}
　金額　　　：418,000円（税込）
　支払予定日：9月30日（総合振込）

適格請求書の記載事項も確認済みです。引き続きよろしくお願いいたします。
{SIG_SAEKI}""")

# 049 — forward of an internal mail (as .eml) with a residents list to the management company
_p = people(6, born=(2002, 2004))
_inner = "\n".join(f"{p.room}  {pad(p.name, 14)}{p.phone}  {p.cmail}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "forwarded .eml carries 6 residents' mobiles and e-mails to the management company",
    charset="iso-2022-jp", sender=SAEKI, to=[TOWA],
    subject="FW: 7月入寮者の部屋割り確定",
    body=f"""石渡様

お世話になっております。佐伯です。
寮監から部屋割り確定の連絡がありましたので、元のメールを添付で転送いたします。
入居者名簿への反映をお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "eml", "name": "7月入寮者の部屋割り確定.eml", "message": {
        "charset": "iso-2022-jp", "sender": OTOMO, "to": [SAEKI], "cc": [NEMOTO],
        "subject": "7月入寮者の部屋割り確定",
        "body": f"佐伯さん\n\n大友です。7月入寮者6名の部屋割りが確定しました。\n\n部屋 氏名          携帯           社用メール\n{_inner}\n\n鍵は入寮日に管理室で渡します。\n{SIG_OTOMO}"}}])

# 050 — FW of a landlord's leak report to the plumbing vendor
add("pass", [], [],
    "forward of a landlord's leak report: only the landlord's business contact, no personal data",
    charset="cp932", sender=SAEKI, to=["三和設備工業 工事課 <koji@sanwa-setsubi.co.jp>"],
    subject="FW: パレス川口並木 402号室 漏水のご連絡",
    body=f"""三和設備工業 ご担当者様

佐伯です。貸主様から下記の連絡がありました。
402号室は当社の借上げ社宅のため、まず御社で状況確認をお願いできますでしょうか。
入居者には本日中に在宅日を確認してご連絡します。

-------- Forwarded Message --------
差出人: 丸山エステート 賃貸管理部 <chintai@maruyama-estate.co.jp>
送信日時: 2026年9月3日 14:22
件名: パレス川口並木 402号室 漏水のご連絡

日の出産業株式会社 総務部 御中

いつもお世話になっております。
パレス川口並木の302号室より、天井から水が染みてくるとの連絡がありました。
上階の402号室（御社借上げ）の洗濯機まわりか給水管からの漏水が疑われます。
至急、室内の確認にご協力ください。

丸山エステート株式会社 賃貸管理部
TEL 048-223-5870（代表）
{SIG_SAEKI}""")

# ===================================================================== 051-075

# 051 — a resident's arrest, to the dorm operator
_p = person(born=(1998, 2002), sex="M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named resident's arrest (criminal record category) sent to the external dorm operator",
    charset="utf-8", sender=NEMOTO, to=[RYOUN], cc=[MAMIYA],
    subject="みなと寮 入館カードの一時停止のお願い",
    body=f"""篠塚様

お世話になっております。日の出産業の根本です。
410号室の{_p.name}さんが、昨夜、鶴見駅前での傷害の容疑で鶴見警察署に逮捕されました。
会社として事実確認中ですが、当面の間、同人の入館カード（No. MN-0410）を停止し、
家族以外の来訪者から問い合わせがあっても在否を含め回答しないようお願いいたします。

私物の引取り等は、後日当社立会いのもとで行います。
{SIG_NEMOTO}""")

# 052 — DOCX resident register with a basic pension number
_p = person(born=(1988, 1993), sex="F")
_bp = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    ["personal_data"],
    "DOCX register sheet carries a resident's 基礎年金番号 and goes to the management company",
    charset="iso-2022-jp", sender=KITO, to=[TOWA],
    subject="入居者台帳（東大宮ハイツ 401号室）",
    body=f"""石渡様

総務課の鬼頭です。いつもお世話になっております。
ご依頼の入居者台帳を記入しましたので添付いたします。
「その他番号」欄は、社内の入寮申込書の項目をそのまま転記しております。
{SIG_KITO}""",
    attachments=[{"kind": "docx", "name": "入居者台帳_東大宮ハイツ401.docx", "title": "入居者台帳",
                  "paragraphs": ["入居者台帳", "物件名：日の出ハイツ東大宮　401号室", "入居日：2026年8月22日"],
                  "tables": [[["項目", "内容"], ["氏名", _p.name], ["フリガナ", _p.kana],
                              ["生年月日", f"{_p.dob.year}年{_p.dob.month}月{_p.dob.day}日"],
                              ["前住所", _p.addr], ["携帯電話", _p.phone],
                              ["勤務先", "日の出産業株式会社 品質保証部"],
                              ["その他番号（基礎年金番号）", _bp]]]}])

# 053 — internal: My Numbers of residents' dependants for 住宅手当
_rows = [["社宅入居者 扶養親族 確認表"], ["社員番号", "氏名", "続柄", "生年月日", "個人番号"]]
for emp in people(2, born=(1980, 1990), sex="M"):
    _rows.append([emp.empno, emp.name, "本人", emp.dob.isoformat(), mynum()])
    sp = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(FEMALE), "F", rand_date(1982, 1992))
    _rows.append([emp.empno, sp.name, "配偶者", sp.dob.isoformat(), mynum()])
    ch = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(MALE), "M", rand_date(2014, 2021))
    _rows.append([emp.empno, ch.name, "子", ch.dob.isoformat(), mynum()])
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], [],
    "My Numbers of employees and dependants, but only to internal HR",
    charset="utf-8", sender=SAEKI, to=[f"人事部 給与・社会保険G <kyuyo@{DOM}>"], cc=[KURISU],
    subject="社宅入居者の扶養親族 確認表（住宅手当見直し用）",
    body=f"""給与・社会保険G 各位

厚生課の佐伯です。住宅手当の見直しに伴い、社宅入居者の扶養親族を確認しました。
人事システムの登録内容との突合をお願いします（社内限り）。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "扶養親族確認表_社宅.xlsx", "sheets": {"確認表": _rows}}])

# 054 — health insurance card number to a landlord's agency for screening
_p = person(born=(1987, 1992), sex="M")
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "an employee's health-insurance card symbol and number sent to the landlord's agency",
    charset="cp932", sender=SAEKI, to=["木村不動産 木村様 <kimura@kimura-fudosan.co.jp>"],
    subject="Re: 入居審査書類について（レジデンス大宮桜木 502号室）",
    body=f"""木村様

お世話になっております。日の出産業の佐伯です。
本人確認書類として健康保険証の記載内容をとのことでしたので、下記のとおりお知らせします。

　氏名　　　：{_p.name}
　生年月日　：{wareki(_p.dob)}
　保険者名称：日の出産業健康保険組合
　記号　　　：{R.randint(10, 99)}　番号：{R.randint(100, 4999)}
　保険者番号：06{R.randint(100000, 999999)}

なお、在籍証明書は明日郵送いたします。

> 入居審査のため、入居予定者様の本人確認書類（健康保険証等）の写しをご提出ください。
{SIG_SAEKI}""")

# 055 — password-protected PDF lease to the landlord
add("stop", [], ["unscannable_attachment"],
    "the attached PDF is password-protected and cannot be inspected",
    charset="utf-8", sender=SAEKI, to=["木村不動産 木村様 <kimura@kimura-fudosan.co.jp>"],
    subject="賃貸借契約書（押印済）の送付",
    body=f"""木村様

お世話になっております。佐伯です。
レジデンス大宮桜木 502号室の賃貸借契約書（当社押印済）をPDFでお送りします。
パスワードは、いつもの方法で別途お知らせします。
原本2部は本日レターパックで発送いたしました。
{SIG_SAEKI}""",
    attachments=[{"kind": "pdf", "name": "賃貸借契約書_大宮桜木502.pdf", "password": "kimura0502",
                  "lines": ["建物賃貸借契約書", "貸主　木村不動産株式会社", "借主　日の出産業株式会社",
                            "物件　レジデンス大宮桜木 502号室", "賃料　月額98,000円"]}])

# 056 — plain PDF dorm guide to the partner printer
add("pass", [], [],
    "dorm guide PDF (rules, dorm switchboard numbers) to the partner printer: no personal data",
    charset="iso-2022-jp", sender=OTOMO, to=["錦印刷 営業部 竹之内様 <takenouchi@nishiki-insatsu.co.jp>"],
    subject="入寮のしおり 2027年度版 入稿データ",
    body=f"""竹之内様

いつもお世話になっております。朝霧寮の大友です。
入寮のしおり（2027年度版）の入稿データをPDFでお送りします。
仕様は昨年と同じ A5・中綴じ・16ページ、部数は120部でお願いします。
色校は不要です。納品は2月末までに朝霧寮 管理室宛でお願いします。
{SIG_OTOMO}""",
    attachments=[{"kind": "pdf", "name": "入寮のしおり_2027.pdf", "title": "入寮のしおり 2027",
                  "lines": ["入寮のしおり 2027年度版", "日の出産業株式会社 朝霧寮", "",
                            "1. 門限はありませんが、23時以降は静かに帰寮してください。",
                            "2. 食堂：朝食 6:30〜8:30　夕食 18:00〜21:00",
                            "3. 入浴：17:00〜24:00（大浴場）",
                            "4. ゴミ出し：燃えるゴミ 月・木、資源ゴミ 水",
                            "5. 来客は1階ラウンジまで。宿泊は不可です。",
                            "", "連絡先　朝霧寮 管理室 048-255-1904（9:00〜21:00）",
                            "夜間・緊急　センチネル警備保障 0120-48-7110"]}])

# 057 — look-alike of the partner printer (insatsu → insatu)
add("stop", [], ["lookalike_domain"],
    "nishiki-insatu.co.jp is a look-alike of partner nishiki-insatsu.co.jp",
    charset="cp932", sender=OTOMO, to=["竹之内様 <takenouchi@nishiki-insatu.co.jp>"],
    subject="Re: 入寮のしおり 初校の修正点",
    body=f"""竹之内様

大友です。初校ありがとうございました。修正は以下の3点です。

　p.3　食堂の時間「18:00〜20:30」→「18:00〜21:00」
　p.7　写真を差し替え（別途データをお送りします）
　p.15　管理室の受付時間に「日曜休み」を追記

再校はPDFで結構です。
{SIG_OTOMO}""")

# 058 — a wheelchair user's disability, to the management company
_p = person(born=(1995, 2000), sex="M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "named employee's disability (身体障害者手帳, wheelchair) sent to the management company",
    charset="utf-8", sender=SAEKI, to=[TOWA],
    subject="バリアフリー対応住戸のご相談（10月入居予定者）",
    body=f"""石渡様

お世話になっております。日の出産業の佐伯です。
10月に中途入社する{_p.name}さんが社宅への入居を希望しています。
ご本人は脊髄損傷により車いすを使用しており、身体障害者手帳（1種2級）をお持ちです。

日の出ハイツ東大宮の1階住戸で、
　・玄関の段差解消（スロープ設置）
　・浴室・トイレの手すり設置
が可能かどうか、貸主様にご確認いただけますでしょうか。
工事費は当社負担を前提に考えております。
{SIG_SAEKI}""")

# 059 — a resident 'in hospital' (no diagnosis) to the landlord: either
_p = person(born=(1980, 1990), sex="M")
add("either", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named tenant is 入院中 (no diagnosis) — whether hospitalisation alone is 要配慮 is debatable",
    charset="iso-2022-jp", sender=SAEKI, to=["丸山エステート 賃貸管理部 <chintai@maruyama-estate.co.jp>"],
    subject="パレス川口並木 205号室 退去立会い日の延期について",
    body=f"""丸山エステート株式会社
賃貸管理部 ご担当者様

お世話になっております。日の出産業の佐伯です。
9/26に予定しておりました205号室の退去立会いですが、入居者の{_p.name}さんが
急きょ入院することになり、荷物の搬出が間に合わない見込みです。
立会いを10月中旬以降に延期させていただけないでしょうか。

延期期間の賃料は日割りでお支払いいたします。
{SIG_SAEKI}""")

# 060 — reply to a resident's parent (one free-mail address), parent's text quoted
add("pass", [], ["freemail_recipient"],
    "reply to one parent on free mail about the move-out procedure; no personal data added",
    charset="cp932", sender=OTOMO, to=["釘宮 様 <kugimiya.h1968@yahoo.co.jp>"],
    subject="Re: 退寮の手続きについて",
    body=f"""釘宮様

朝霧寮 寮監の大友でございます。お問い合わせありがとうございます。
退寮の手続きは次のとおりです。

１．退寮届を退寮日の1か月前までに管理室へ提出（ご本人から）
２．退寮日の前日までに私物の搬出
３．退寮日に寮監立会いで室内確認、鍵と寮生証の返却
４．寮費・食費は日割りで最終給与から精算

ご子息の退寮日が決まりましたら、ご本人から管理室へお知らせください。

> 朝霧寮 ご担当者様
> いつも息子がお世話になっております。
> 12月で退寮して実家から通勤することになりそうです。手続きを教えてください。
> 釘宮
{SIG_OTOMO}""")

# 061 — PPTX with a roster slide: dorm leaders' rooms and mobiles
_p = people(6, born=(1996, 2003))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PPTX roster of 6 dorm leaders with rooms and mobiles sent to the external operator",
    charset="utf-8", sender=MAMIYA, to=[RYOUN],
    subject="寮長会議資料（第2回）",
    body=f"""篠塚様

間宮です。来週の寮長会議の資料をお送りします。
今期から寮母さんにも寮長・各階代表と直接連絡を取っていただきたいので、
体制表のページをご確認ください。
{SIG_MAMIYA}""",
    attachments=[{"kind": "pptx", "name": "寮長会議_第2回.pptx", "title": "みなと寮 寮長会議",
                  "slides": [["みなと寮 寮長会議（第2回）", "2026年10月7日　1階ラウンジ"],
                             ["今期の体制"] + [f"{role}：{p.name}（{p.room}号室）{p.phone}"
                                              for role, p in zip(["寮長", "副寮長", "1階代表", "2階代表", "3階代表", "4階代表"], _p)],
                             ["議題", "・夜間の騒音対策", "・共用冷蔵庫の使い方", "・寮祭の振り返り"]]}])

# 062 — PPTX operating report: figures only
add("pass", [], [],
    "PPTX of occupancy and cost figures to the operator: no personal data",
    charset="iso-2022-jp", sender=MAMIYA, to=[RYOUN],
    subject="上期 寮運営報告（共有）",
    body=f"""篠塚様

間宮です。上期の寮運営報告を社内向けにまとめたものを、御社にも共有します。
下期の改善テーマ（食堂の待ち時間、洗濯機の増設）について、ご意見があればお寄せください。
{SIG_MAMIYA}""",
    attachments=[{"kind": "pptx", "name": "上期寮運営報告.pptx",
                  "slides": [["2026年度上期 みなと寮 運営報告", "総務部 厚生課"],
                             ["入居状況", "定員40名 / 入居34名（85%）", "入寮9名・退寮6名"],
                             ["費用", "運営費 13,960千円（予算比 97%）", "うち食材費 5,120千円"],
                             ["下期の課題", "食堂の待ち時間（夕食ピーク19時台）", "洗濯機の増設（現行6台→8台）"]]}])

# 063 — English: romaji list of 6 incoming hires with birth dates and e-mail
_p = people(6, born=(1998, 2003))
_lines = [f"{i}. {p.fam_ro.upper()}, {p.given_ro} | DOB {p.dob.strftime('%Y-%m-%d')} | {p.pmail} | arriving {R.choice(['Oct 1', 'Oct 2', 'Oct 5'])}"
          for i, p in enumerate(_p, 1)]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], ["personal_data"],
    "English list of 6 hires with birth dates and private e-mail to the relocation company",
    charset="utf-8", sender=OKAMOTO, to=["GlobalMove Relocation <accounts@globalmove-relo.com>"],
    subject="Dormitory orientation - October intake (6 people)",
    body=f"""Hi Sarah,

As discussed, here are the six returnees from our overseas subsidiaries who will move into
Asagiri dormitory in October. Please send each of them your orientation pack and the
city-hall registration guide directly.

{chr(10).join(_lines)}

The dorm supervisor, Mr. Otomo, will hand over keys on arrival day.
{SIG_OKAMOTO}""")

# 064 — full-width digits table of 5 tenants to the landlord
_p = people(5, born=(1985, 1998))
_rows = [["号室", "入居者", "携帯電話", "勤務先"]]
for p in _p:
    _rows.append([zen(f"{R.randint(1, 5)}0{R.randint(1, 6)}"), p.name, zen(p.phone), "日の出産業（株）"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "5 tenants' mobiles (full-width digits) sent to the landlord",
    charset="cp932", sender=KITO, to=["丸山エステート 賃貸管理部 <chintai@maruyama-estate.co.jp>"],
    subject="パレス川口並木 入居者連絡先のご提出",
    body=f"""丸山エステート株式会社
賃貸管理部 御中

いつもお世話になっております。日の出産業 総務課の鬼頭です。
非常時連絡用に、当社借上げ住戸の入居者連絡先をご提出いたします。

{table(_rows, gap=2, rule="－")}

入居者の入替えがあった際は、都度ご連絡いたします。
{SIG_KITO}""")

# 065 — comma list with 和暦 birth dates: 社宅 household members
_lines = ["氏名,続柄,生年月日,入居物件"]
for emp in people(2, born=(1979, 1988), sex="M"):
    prop = R.choice(["メゾン与野本町 201", "グランシャリオ浦和 605"])
    _lines.append(f"{emp.name},本人,{wareki(emp.dob)},{prop}")
    sp = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(FEMALE), "F", rand_date(1981, 1990))
    _lines.append(f"{sp.name},妻,{wareki(sp.dob)},{prop}")
    for _ in range(2 if len(_lines) < 5 else 1):
        ch = Person((emp.fam, emp.fam_kana, emp.fam_ro), R.choice(MALE + FEMALE), "M", rand_date(2013, 2023))
        _lines.append(f"{ch.name},子,{wareki(ch.dob)},{prop}")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "household members (7 people) with 和暦 birth dates sent to the external agency",
    charset="iso-2022-jp", sender=SAEKI, to=["高見沢様 <takamizawa@shataku-assist.co.jp>"],
    subject="同居者届（2世帯分）",
    body=f"""高見沢様

いつもお世話になっております。佐伯です。
貸主様へ提出する同居者届の内容を、カンマ区切りでお送りします。

{chr(10).join(_lines)}

書式への転記をお願いできますでしょうか。
{SIG_SAEKI}""")

# 066 — rent table by property: buildings, not people
add("pass", [], [],
    "XLSX of rents by property to the agency: buildings, not people",
    charset="utf-8", sender=SAEKI, to=[SHATAKU],
    subject="借上げ社宅 物件別賃料一覧（10月更新反映）",
    body=f"""社宅アシスト株式会社
契約管理グループ ご担当者様

お世話になっております。日の出産業の佐伯です。
10月更新で賃料が変わった物件を反映した一覧をお送りします。
御社の管理台帳との差異があればお知らせください。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "物件別賃料一覧_202610.xlsx",
                  "sheets": {"一覧": [["物件名", "号室", "間取り", "賃料", "管理費", "更新月"],
                                    ["レジデンス大宮桜木", "502", "1K", 98000, 6000, "2026/10"],
                                    ["メゾン与野本町", "201", "2LDK", 132000, 8000, "2027/3"],
                                    ["グランシャリオ浦和", "605", "3LDK", 168000, 12000, "2026/10"],
                                    ["コーポ北浦和", "103", "1K", 64000, 3000, "2027/1"],
                                    ["パレス川口並木", "402", "1LDK", 89000, 5000, "2026/10"],
                                    ["ハイム鶴見中央", "301", "2DK", 97000, 4000, "2027/6"]],
                             "変更点": [["物件名", "旧賃料", "新賃料"], ["グランシャリオ浦和 605", 162000, 168000],
                                     ["パレス川口並木 402", 86000, 89000]]}}])

# 067 — list without a name column: room, age, mobile, sex — to the security company
_p = people(7, born=(1990, 2004))
_lines = ["部屋  生年月日    性別  携帯             夜間帰寮"]
for p, rm in zip(_p, sorted(R.sample(["102", "105", "111", "203", "208", "214", "302", "306", "313", "401", "407"], 7))):
    p.room = rm
    _lines.append(f"{p.room}   {p.dob.strftime('%Y.%m.%d')}  {'男' if p.sex == 'M' else '女'}    {p.phone}    {R.choice(['あり', 'なし', 'あり'])}")
add("stop", ["PHONE_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "7 residents' rows (birth date, sex, mobile) without names still form a list of people",
    charset="cp932", sender=OTOMO, to=[SENTINEL],
    subject="夜間巡回用 在寮者リスト（氏名なし版）",
    body=f"""センチネル警備保障 機械警備課 御中

朝霧寮の大友です。
夜間巡回の際に使う在寮者リストを、氏名を伏せた形で作成しました。
不審者との区別のため、在寮者の携帯番号は残しています。

{chr(10).join(_lines)}

夜間帰寮ありの寮生は、0時以降に通用口から入る可能性があります。
{SIG_OTOMO}""")

# 068 — a named resident's influenza diagnosis to the cleaning company
_p = person(born=(1999, 2003), sex="F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "a named resident's diagnosis (influenza A) sent to the cleaning company",
    charset="utf-8", sender=OTOMO, to=["きらら清掃 営業部 <eigyo@kirara-clean.co.jp>"],
    subject="【至急】215号室 消毒作業のお願い",
    body=f"""きらら清掃 ご担当者様

朝霧寮の大友です。
215号室の{_p.name}さんが、本日クリニックでインフルエンザA型と診断され、実家で療養することになりました。
本人が退出した後の居室と、2階の共用トイレ・洗面所の消毒を明日お願いできますでしょうか。

作業時は管理室でマスターキーをお受け取りください。
{SIG_OTOMO}""")

# 069 — disinfection of common areas, no one identified
add("pass", [], [],
    "common-area disinfection request without naming anyone: no personal data",
    charset="iso-2022-jp", sender=MAMIYA, to=["きらら清掃 営業部 <eigyo@kirara-clean.co.jp>"],
    subject="共用部の消毒作業（スポット）のお願い",
    body=f"""きらら清掃株式会社
営業部 御中

みなと寮の間宮です。いつもお世話になっております。
寮内で体調を崩す寮生が続いているため、予防として共用部の消毒をスポットでお願いしたく存じます。

　範囲：食堂、大浴場脱衣所、各階トイレ・洗面所、エレベーター
　日時：11/14（土）10時〜（寮生の在寮が少ない時間帯）
　見積：前回（見積No. KC-Q-2611）と同条件で構いません
{SIG_MAMIYA}""")

# 070 — homoglyph look-alike of the partner hotel (l → 1)
add("stop", [], ["lookalike_domain"],
    "sakura-hote1.jp uses a digit 1 for the l of partner sakura-hotel.jp",
    charset="cp932", sender=SAEKI, to=["さくらホテル 法人予約 <hojin@sakura-hote1.jp>"],
    subject="新入社員 仮住まい（10月）のご予約",
    body=f"""さくらホテル 法人予約ご担当者様

お世話になっております。日の出産業の佐伯です。
寮の空き待ちの新入社員について、10月の長期滞在プランでご予約をお願いします。

　人数：2名（シングル2室）
　期間：10/1（木）〜10/31（土）30泊
　精算：当社一括請求（法人契約 No. HS-0078）

宿泊者名は確定次第お知らせします。
{SIG_SAEKI}""")

# 071 — the right hotel domain: three new hires with mobiles
_p = people(3, born=(2002, 2004))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three guests' names and mobiles to the partner hotel: under five people",
    charset="utf-8", sender=SAEKI, to=["さくらホテル 法人予約 <hojin@sakura-hotel.jp>"],
    subject="Re: 長期滞在プランご予約（宿泊者名のご連絡）",
    body=f"""さくらホテル 法人予約ご担当者様

佐伯です。先日ご予約した3室の宿泊者が確定しましたのでお知らせします。

　1. {_p[0].name}　{_p[0].phone}
　2. {_p[1].name}　{_p[1].phone}
　3. {_p[2].name}　{_p[2].phone}

チェックインは3名とも10/1の19時ごろの予定です。
{SIG_SAEKI}""")

# 072 — TLD swap of the partner bank (.co.jp → .com)
add("stop", [], ["lookalike_domain"],
    "midori-ginko.com is a TLD-swap look-alike of partner midori-ginko.co.jp",
    charset="iso-2022-jp", sender=KURISU, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.com>"],
    subject="社宅家賃 総合振込の指定日変更について",
    body="""みどり銀行 大宮支店
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 給与課の栗栖です。
社宅家賃の総合振込について、10月分より振込指定日を毎月25日から27日に変更したく存じます。
必要な届出書類がございましたらご教示ください。

--
日の出産業株式会社 人事部 給与課
栗栖 隆　TEL 048-641-2241""")

# 073 — the right bank: transfer list of landlord companies (businesses)
add("pass", [], [],
    "transfer list of landlord companies' accounts to the partner bank: businesses, not people",
    charset="cp932", sender=KURISU, to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="10月分 社宅家賃 総合振込明細（確認依頼）",
    body="""みどり銀行 法人営業部 御中

日の出産業の栗栖です。10月分の社宅家賃の総合振込明細です。
インターネットバンキングで承認済みですが、1件口座名義の確認をお願いします（※印）。

振込先                     銀行・支店               種別  口座番号  金額
-------------------------------------------------------------------------------
丸山エステート（株）       みどり銀行 川口支店      普通  4418207   309,000
木村不動産（株）           さいたま信金 本店        当座  0022871   104,000
三栄地所（株）             みどり銀行 浦和支店      普通  1190364   312,000
（株）ハイム管理 ※         横浜湾岸銀行 鶴見支店    普通  7730125   101,000

--
日の出産業株式会社 人事部 給与課
栗栖 隆　TEL 048-641-2241""")

# 074 — encrypted ZIP to a private landlord on free mail
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "encrypted ZIP (cannot be inspected) to a private landlord's free-mail address",
    charset="utf-8", sender=SAEKI, to=["設楽 様 <shitara.fudosan@yahoo.co.jp>"],
    subject="コーポ北浦和 103号室 更新契約書の送付",
    body=f"""設楽様

いつもお世話になっております。日の出産業の佐伯です。
コーポ北浦和103号室の更新契約書と、入居者の在籍証明書をお送りします。
ZIPファイルのパスワードは、このあとSMSでお送りします。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "更新契約書_北浦和103.zip", "password": "Kita103!",
                  "files": [{"kind": "pdf", "name": "更新契約書.pdf", "lines": ["建物賃貸借更新契約書"]},
                            {"kind": "pdf", "name": "在籍証明書.pdf", "lines": ["在籍証明書"]}]}])

# 075 — one private landlord on free mail: renewal fee schedule
add("pass", [], ["freemail_recipient"],
    "one private landlord on free mail about a renewal fee: no personal data",
    charset="iso-2022-jp", sender=SAEKI, to=["設楽 様 <shitara.fudosan@yahoo.co.jp>"],
    subject="Re: 更新料のお振込みについて",
    body=f"""設楽様

ご連絡ありがとうございます。日の出産業の佐伯です。
コーポ北浦和103号室の更新料（賃料の1か月分 64,000円）は、10月30日にお振込みいたします。
振込名義は「ヒノデサンギヨウ（カ」となります。

今後ともよろしくお願いいたします。

> 佐伯様
> 更新料の振込日を教えていただけますか。
> 設楽
{SIG_SAEKI}""")

# ===================================================================== 076-100

# 076 — English PDF stamped CONFIDENTIAL to the relocation company
add("stop", [], ["confidential_marking"],
    "PDF footer carries a CONFIDENTIAL / Internal Only stamp and goes to an external company",
    charset="utf-8", sender=OKAMOTO, to=["GlobalMove Relocation <accounts@globalmove-relo.com>"],
    subject="Housing allowance bands FY2027 (draft)",
    body=f"""Hi Sarah,

Attached is the draft of next year's housing allowance bands, so that you can check it
against the market rents your team sees in Saitama and Yokohama. Comments welcome by
the end of the month.
{SIG_OKAMOTO}""",
    attachments=[{"kind": "pdf", "name": "Housing_Allowance_Bands_FY2027_draft.pdf",
                  "title": "Housing allowance bands FY2027",
                  "page_header": "CONFIDENTIAL", "page_footer": "CONFIDENTIAL - Internal Only - Hinode Sangyo",
                  "lines": ["Housing allowance bands FY2027 (draft)", ""],
                  "table": [["Grade", "Single (JPY/month)", "Family (JPY/month)", "Cap incl. fees"],
                            ["G1-G3", "75,000", "110,000", "120%"], ["G4-G5", "95,000", "140,000", "120%"],
                            ["M1", "130,000", "190,000", "115%"], ["M2+", "170,000", "250,000", "110%"]]}])

# 077 — two caterers in To: a normal three-way mail
add("pass", [], ["multiple_external_domains"],
    "two external caterers in To for a joint tasting: two organisations is fine",
    charset="cp932", sender=NEMOTO,
    to=["まんぷく給食 営業部 <eigyo@manpuku-kyushoku.co.jp>", "東日本ケータリング 寮食課 <ryoshoku@higashinihon-catering.co.jp>"],
    subject="小山第二寮 給食業務 試食会の日程",
    body=f"""まんぷく給食株式会社 営業部 ご担当者様
東日本ケータリング株式会社 寮食課 ご担当者様

日の出産業の根本です。先日は提案書をお送りいただきありがとうございました。
最終選考に残った2社様合同で、試食会を下記のとおり開催したいと存じます。

　日時：11月18日（水）11:30〜13:00
　場所：小山第二寮 1階食堂（厨房設備の見学を含む）
　内容：各社 朝食1品・夕食2品（各10食分）

ご都合を今週中にお知らせください。
{SIG_NEMOTO}""")

# 078 — RFP to three caterers, correctly in Bcc
add("pass", [], [],
    "RFP to three caterers with all of them in Bcc: nobody sees the others",
    charset="iso-2022-jp", sender=NEMOTO, to=[NEMOTO],
    bcc=["eigyo@manpuku-kyushoku.co.jp", "ryoshoku@higashinihon-catering.co.jp", "info@minori-kyushoku.jp"],
    subject="小山第二寮 給食業務委託 提案依頼（RFP）のご案内",
    body=f"""給食事業者 各位（Bccにて失礼いたします）

日の出産業株式会社 総務部厚生課の根本でございます。
2027年4月からの小山第二寮の給食業務委託について、提案を募集いたします。

　対象　：小山第二寮（定員36名）朝食・夕食
　提出物：提案書、見積書（1食単価・月額固定費）、衛生管理体制
　締切　：2026年10月30日（金）17時
　質問　：10月16日までにメールでお寄せください（回答は全社に共有します）

詳細は添付のRFPをご確認ください。
{SIG_NEMOTO}""",
    attachments=[{"kind": "docx", "name": "RFP_小山第二寮_給食業務.docx",
                  "paragraphs": ["小山第二寮 給食業務委託 提案依頼書", "1. 業務範囲　朝食・夕食の調理・提供、食堂清掃",
                                 "2. 喫食数　朝食 平均24食、夕食 平均29食", "3. 契約期間　2027年4月1日〜2030年3月31日",
                                 "4. 評価基準　価格40点、品質30点、衛生管理20点、提案力10点"]}])

# 079 — internal: a damaged workbook between colleagues
add("pass", [], [],
    "the attachment is damaged, but every recipient is internal",
    charset="utf-8", sender=OTOMO, to=[SAEKI],
    subject="Re: 寮費計算シート（壊れているかもしれません）",
    body=f"""佐伯さん

大友です。いただいたシートを管理室のPCで開こうとしたら「ファイルが破損しています」と出ました。
念のため受け取ったファイルをそのまま戻しますので、そちらで開けるか確認してもらえますか。

> 大友さん、9月分の寮費計算シートです。食費の欄だけ確認をお願いします。
{SIG_OTOMO}""",
    attachments=[{"kind": "corrupt", "name": "寮費計算_202609.xlsx"}])

# 080 — internal forward (.eml) of a vendor's password-ZIP mail
add("pass", [], [],
    "internal forward of a vendor's password-ZIP mail: all recipients are internal",
    charset="cp932", sender=KITO, to=[SAEKI],
    subject="FW: 【東和コミュニティ】入居者アンケート集計結果の送付",
    body=f"""佐伯さん

鬼頭です。東和コミュニティさんから総務課宛に届いたので転送します。
パスワードのメールは届いていないので、先方に確認してもらえますか。
{SIG_KITO}""",
    attachments=[{"kind": "eml", "name": "入居者アンケート集計結果の送付.eml", "message": {
        "charset": "cp932", "sender": "東和コミュニティ 石渡 <ishiwata@towa-community.co.jp>",
        "to": [KITO], "subject": "【東和コミュニティ】入居者アンケート集計結果の送付",
        "body": "日の出産業株式会社 総務課 鬼頭様\n\nいつもお世話になっております。\n入居者満足度アンケートの集計結果をお送りします。\nパスワードは別途お送りします。\n\n東和コミュニティ株式会社 石渡",
        "attachments": [{"kind": "zip", "name": "アンケート集計.zip", "password": "Towa2026",
                         "files": [{"kind": "txt", "name": "集計.txt", "text": "満足 62% / やや満足 25% / 不満 13%"}]}]}}])

# 081 — DOCX: resident ID card issue list (romaji, birth dates) to the ID-card system vendor
_p = people(9, born=(2001, 2004))
_tbl = [["社員番号", "氏名", "ローマ字", "生年月日", "寮", "入寮日"]]
for p in _p:
    _tbl.append([p.empno, p.name, p.roman.upper(), p.dob.strftime("%Y/%m/%d"),
                 R.choice(["朝霧寮", "みなと寮"]), "2027/04/01"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "DOCX table of 9 residents with birth dates for ID cards, to the external system vendor",
    charset="utf-8", sender=SAEKI, to=["ツバサシステム カード発行センター <card@tsubasa-system.jp>"],
    subject="寮生証（ICカード）発行依頼 2027年4月入寮分",
    body=f"""ツバサシステム株式会社
カード発行センター ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
2027年4月入寮者の寮生証（ICカード）発行をお願いいたします。
顔写真データは別途、御社のアップロードサイトに登録いたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "docx", "name": "寮生証発行依頼_202704.docx", "title": "寮生証発行依頼",
                  "paragraphs": ["寮生証（ICカード）発行依頼書", "依頼日：2027年2月10日　依頼者：総務部厚生課 佐伯",
                                 "券面：氏名（漢字・ローマ字）、寮名、有効期限 2029/03/31"],
                  "tables": [_tbl]}])

# 082 — card reader fault: ticket number, no people
add("pass", [], [],
    "card-reader fault report to the partner vendor with a ticket number: no personal data",
    charset="iso-2022-jp", sender=MAMIYA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="Re: [TS-INC-48213] みなと寮 通用口カードリーダー 読み取り不良",
    body=f"""ツバサシステム サポートご担当者様

みなと寮の間宮です。早速のご対応ありがとうございます。
ご依頼のあったリーダーの情報は以下のとおりです。

　設置場所：通用口（北側）
　機種　　：TSR-520（シリアル末尾 0917）
　症状　　：10/3 夜から、カードをかざしても3回に1回しか反応しない
　エラー表示：E-21 が点滅

現在は管理室で手動解錠しています。訪問日のご連絡をお待ちしております。
{SIG_MAMIYA}""")

# 083 — look-alike of the partner vendor (dropped s)
add("stop", [], ["lookalike_domain"],
    "tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp",
    charset="cp932", sender=OTOMO, to=["ツバサシステム カード発行センター <card@tsubasa-sytem.jp>"],
    subject="寮生証 再発行のお願い（カードNo. AS-00481）",
    body=f"""カード発行センター ご担当者様

朝霧寮の大友です。
紛失届が出た寮生証（カードNo. AS-00481）の再発行をお願いします。
旧カードは本日付でシステム上無効化済みです。再発行手数料は寮費から精算します。
{SIG_OTOMO}""")

# 084 — plain ZIP with a UTF-8 CSV of emergency contacts to a caretaker's gmail
_p = people(9, born=(1997, 2004))
_rows = [["部屋", "氏名", "携帯", "実家住所", "実家電話"]]
for p in _p:
    _rows.append([p.room, p.name, p.phone, p.addr, f"0{R.randint(11, 99)}-{R.randint(200, 999)}-{R.randint(1000, 9999)}"])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data", "freemail_recipient"],
    "ZIP of a CSV with 9 residents' mobiles and home addresses sent to a caretaker's gmail",
    charset="utf-8", sender=OTOMO, to=["朝霧寮 管理人 一尺八寸さん <kamatsuka.toru.asagiri@gmail.com>"],
    subject="週末当番用の連絡先データ",
    body=f"""一尺八寸さん

大友です。土日の当番をお願いするにあたり、寮生の連絡先をまとめたデータを送ります。
スマホで開けるようにCSVをZIPにしています。当番が終わったら削除してください。
{SIG_OTOMO}""",
    attachments=[{"kind": "zip", "name": "asagiri_renraku.zip",
                  "files": [{"kind": "csv", "name": "寮生連絡先.csv", "encoding": "utf-8", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt", "text": "土日当番用。利用後は削除すること。"}]}])

# 085 — plain ZIP with floor plans and vacancy conditions: no people
add("pass", [], [],
    "unencrypted ZIP of floor-plan images and a text file of conditions: no personal data",
    charset="iso-2022-jp", sender=SAEKI, to=["丸山エステート 賃貸管理部 <chintai@maruyama-estate.co.jp>"],
    subject="借上げ希望条件と間取り図（11月入居分）",
    body=f"""丸山エステート 賃貸管理部 ご担当者様

お世話になっております。日の出産業の佐伯です。
11月入居予定の転勤者向けに、借上げの希望条件と、現在検討中の間取り図をZIPでお送りします。
近隣で条件に合う物件がございましたらご紹介ください。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "借上げ希望条件_11月.zip",
                  "files": [{"kind": "png", "name": "間取り_2LDK_A.png"},
                            {"kind": "png", "name": "間取り_2LDK_B.png"},
                            {"kind": "txt", "name": "希望条件.txt", "encoding": "cp932",
                             "text": "エリア：川口駅・西川口駅 徒歩15分以内\n間取り：2LDK以上\n賃料：13万円以内（管理費込）\n入居：2026年11月中旬"}]}])

# 086 — reply whose NEW text lists 5 residents with mobiles and e-mails
_p = people(5, born=(1998, 2004))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "the new text of the reply lists 5 residents with mobiles and e-mails to the management company",
    charset="cp932", sender=KITO, to=[TOWA],
    subject="Re: 入居者アンケート 未回答者について",
    body=f"""石渡様

鬼頭です。ご連絡ありがとうございます。
未回答の5名は下記のとおりです。直接ご連絡いただいて構いません。

""" + "\n".join(f"{p.name}（{p.room}）　{p.phone}　{p.cmail}" for p in _p) + f"""

よろしくお願いいたします。
{SIG_KITO}

-----Original Message-----
From: 石渡 <ishiwata@towa-community.co.jp>
Sent: Friday, October 16, 2026 4:05 PM
To: 鬼頭 さやか
Subject: 入居者アンケート 未回答者について

鬼頭様
アンケートの回答率が7割ほどです。未回答の方に個別にお声がけしたいので、
お名前と連絡先を教えていただけますでしょうか。""")

# 087 — reply; the resident's health details are only in the quoted text
_p = person(born=(1998, 2003), sex="M")
add("pass", [], [],
    "short reply; the resident's health details appear only in the operator's quoted mail",
    charset="utf-8", sender=MAMIYA, to=[RYOUN],
    subject="Re: 昨夜の救急搬送のご報告",
    body=f"""篠塚様

夜間のご対応、本当にありがとうございました。間宮です。
会社への報告は私から行いますので、本件はこれで結構です。
退院日が決まりましたらご連絡します。

On Sat, 24 Oct 2026 at 7:42, 篠塚 <shinozuka@ryoun-partners.co.jp> wrote:
> 間宮様
> 昨夜23時ごろ、312号室の{_p.name}さんが腹痛を訴え、救急車で鶴見中央病院へ搬送されました。
> 急性虫垂炎と診断され、本日手術の予定とのことです。
> 保護者の方には病院から連絡済みです。
{SIG_MAMIYA}""")

# 088 — XLSX with My Numbers and new addresses to the labour-and-social-security office
_p = people(5, born=(1980, 1995))
_rows = [["被保険者住所変更届 作成用データ（社宅入居に伴う転居）"],
         ["社員番号", "氏名", "フリガナ", "個人番号", "新住所", "転居日"]]
for p in _p:
    _rows.append([p.empno, p.name, p.kana, mynum(),
                  R.choice(["埼玉県さいたま市見沼区東大宮4-7 日の出ハイツ東大宮",
                            "埼玉県さいたま市大宮区桜木町4-112 レジデンス大宮桜木",
                            "神奈川県横浜市鶴見区鶴見中央3-9-2 ハイム鶴見中央"]) + f" {R.randint(1, 5)}0{R.randint(1, 8)}",
                  f"2026/10/{R.randint(1, 20)}"])
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "XLSX with 5 employees' My Numbers and new addresses to an external 社労士 office",
    charset="iso-2022-jp", sender=SAEKI, to=["藤本社会保険労務士事務所 <office@fujimoto-sr.jp>"],
    subject="住所変更届の作成依頼（社宅入居者5名）",
    body=f"""藤本社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
10月に社宅へ転居した5名について、被保険者住所変更届の作成をお願いいたします。
作成用データを添付しております。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "住所変更届データ_202610.xlsx", "sheets": {"データ": _rows}}])

# 089 — internal HTML-only room assignment table
_p = people(8, born=(2002, 2004))
_tr = "".join(f"<tr><td>{p.room}</td><td>{p.name}</td><td>{p.kana}</td><td>{p.phone}</td></tr>\n" for p in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "room assignments with mobiles for 8 residents, but only to internal addresses",
    charset="utf-8", sender=SAEKI, to=[f"みなと寮 管理室 <kanri@ryo.{DOM}>"], cc=[MAMIYA],
    subject="【みなと寮】4月入寮者 部屋割り",
    html=f"""<html><body style="font-family:sans-serif">
<p>間宮さん</p>
<p>厚生課の佐伯です。4月入寮者の部屋割りを確定版として送ります。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>部屋</th><th>氏名</th><th>フリガナ</th><th>携帯</th></tr>
{_tr}</table>
<p>鍵の準備をお願いします。</p>
<p>佐伯 美穂<br>総務部 厚生課（内線352）</p>
</body></html>""")

# 090 — a resident's depression and leave of absence, to the management company
_p = person(born=(1994, 1999), sex="F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "named resident's depression diagnosis and sick leave sent to the management company",
    charset="cp932", sender=NEMOTO, to=[TOWA],
    subject="日の出ハイツ東大宮 208号室の入居継続について",
    body=f"""石渡様

お世話になっております。日の出産業の根本です。
208号室の{_p.name}さんが、うつ病の診断を受けて11月から3か月間休職することになりました。
休職中は実家で療養しますが、復職後も同じ部屋に戻る予定のため、
居室はそのまま確保し、郵便物は当社総務部宛に転送いただけますでしょうか。

ご本人への直接のご連絡は控えていただくようお願いいたします。
{SIG_NEMOTO}""")

# 091 — HTML-only: a hearing-impaired resident, to the security company
_p = person(born=(2000, 2004), sex="M")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["personal_data"],
    "HTML mail: a named resident's hearing disability sent to the security company",
    charset="utf-8", sender=OTOMO, to=[SENTINEL],
    subject="聴覚障害のある寮生の居室への光警報器設置について",
    html=f"""<html><body>
<p>センチネル警備保障株式会社<br>機械警備課 ご担当者様</p>
<p>朝霧寮の大友です。いつもお世話になっております。</p>
<p>4月に入寮した <b>{_p.name}</b> さん（<b>106号室</b>）は聴覚障害（両耳 重度難聴）があり、
火災報知器の音が聞こえません。居室内に光で知らせる警報器（フラッシュライト）と、
振動式の呼出し装置を設置できないかご相談させてください。</p>
<p>夜間発報時は、警備員の方が106号室を最初に確認していただけると安心です。</p>
<p>――<br>朝霧寮 寮監　大友 和也<br>管理室 048-255-1904</p>
</body></html>""")

# 092 — four residents returning late: under five people
_p = people(4, born=(1995, 2003))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four residents' mobiles for late return to the security company: under five people",
    charset="iso-2022-jp", sender=OTOMO, to=[SENTINEL],
    subject="11/7（土）夜間帰寮予定者のお知らせ",
    body=f"""センチネル警備保障 機械警備課 御中

朝霧寮の大友です。
11/7（土）は社内イベントのため、下記4名が深夜1時以降に帰寮する予定です。
通用口の入館ログでアラームが出た場合は、本人の携帯に確認をお願いします。

　{_p[0].name}（{_p[0].room}）　{_p[0].phone}
　{_p[1].name}（{_p[1].room}）　{_p[1].phone}
　{_p[2].name}（{_p[2].room}）　{_p[2].phone}
　{_p[3].name}（{_p[3].room}）　{_p[3].phone}
{SIG_OTOMO}""")

# 093 — XLSX stamped 取扱注意 to the agency
add("stop", [], ["confidential_marking"],
    "the XLSX carries a 取扱注意 stamp (title row and page header) and goes to the external agency",
    charset="cp932", sender=NEMOTO, to=[SHATAKU],
    subject="借上げ社宅 規模縮小の検討資料",
    body=f"""社宅アシスト株式会社
契約管理グループ ご担当者様

日の出産業の根本です。来期、借上げ社宅の戸数を見直す検討を始めました。
解約候補の物件と違約金の試算を添付しますので、解約予告期間に誤りがないかご確認ください。
{SIG_NEMOTO}""",
    attachments=[{"kind": "xlsx", "name": "借上げ社宅_見直し検討.xlsx", "page_header": "取扱注意",
                  "sheets": {"解約候補": [["【取扱注意】借上げ社宅 見直し検討（2026年11月時点）"], [],
                                      ["物件名", "号室", "月額賃料", "解約予告", "違約金試算"],
                                      ["コーポ北浦和", "103", 64000, "2か月", 0],
                                      ["ハイム鶴見中央", "301", 97000, "1か月", 97000],
                                      ["メゾン与野本町", "201", 132000, "3か月", 0]]}}])

# 094 — 【極秘】 stamp in the body: dorm sale plan to the broker
add("stop", [], ["confidential_marking"],
    "mail body is stamped 【極秘】 and goes to an external real-estate broker",
    charset="iso-2022-jp", sender=NEMOTO, to=["三栄地所 法人営業課 <houjin@sanei-jisho.co.jp>"],
    subject="小山第二寮 売却のご相談",
    body=f"""【極秘】

三栄地所株式会社
法人営業課 ご担当者様

いつもお世話になっております。日の出産業の根本です。
小山工場の生産体制見直しに伴い、小山第二寮（S造2階、36室）の売却を検討しております。
社内でもまだ一部の役員のみの検討段階ですので、お取扱いにはご留意ください。

　所在地：栃木県小山市中久喜1520-9
　土地　：約1,100㎡　建物：延床860㎡（2004年築）
　希望　：2027年9月末までの引渡し

概算の査定価格と、寮・社宅としての一括売却先の見込みについてご意見を伺えればと存じます。
{SIG_NEMOTO}""")

# 095 — ordinary mail with a Japanese disclaimer
add("pass", [], [],
    "ordinary viewing arrangement with the standard Japanese disclaimer: no marking, no personal data",
    charset="utf-8", sender=SAEKI, to=["三栄地所 法人営業課 <houjin@sanei-jisho.co.jp>"],
    subject="借上げ候補物件の内見日程について",
    body=f"""三栄地所株式会社
法人営業課 ご担当者様

お世話になっております。日の出産業の佐伯です。
ご紹介いただいた「グランシャリオ浦和」の空室（2室）について、内見をお願いしたく存じます。

　候補日：11/21（土）または 11/22（日）　いずれも13時以降
　人数　：当社2名（厚生課 佐伯、入居予定者の所属長）

鍵の手配の都合がございましたらお知らせください。
{SIG_SAEKI}
{DISCLAIMER_JA}""")

# 096 — internal: dorm-fee refunds with bank accounts to accounting
_p = people(6, born=(1996, 2003))
_banks = ["みどり銀行 川口支店", "ゆうちょ銀行 〇一八店", "さいたま信金 本店", "横浜湾岸銀行 鶴見支店"]
_rows = [["氏名", "口座", "種別", "口座番号", "名義", "返金額"]]
for p in _p:
    _rows.append([p.name, R.choice(_banks), "普通", f"{R.randint(1000000, 9999999)}", p.kana, f"{R.choice([4200, 9800, 18000]):,}"])
add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], [],
    "refund list with 6 residents' bank accounts, sent only to internal accounting",
    charset="cp932", sender=SAEKI, to=[f"経理部 支払担当 <shiharai@{DOM}>"],
    subject="寮費過徴収分の返金振込依頼（6名）",
    body=f"""経理部 支払担当 各位

厚生課の佐伯です。9月分の寮費で食費を二重に控除していた6名について、
本人口座への返金振込をお願いします（給与振込口座と同じです）。

{table(_rows)}

支払予定日は11/25でお願いできれば助かります。
{SIG_SAEKI}""")

# 097 — two residents with two family contacts each: either
_r = people(2, born=(2002, 2004))
_lines = []
for p in _r:
    f1 = Person((p.fam, p.fam_kana, p.fam_ro), R.choice(MALE), "M", rand_date(1965, 1975))
    f2 = Person((p.fam, p.fam_kana, p.fam_ro), R.choice(FEMALE), "F", rand_date(1965, 1975))
    _lines.append(f"■{p.name}（{p.room}号室）　本人携帯 {p.phone}\n"
                  f"　　第1連絡先：父 {f1.name}　{f1.phone}\n　　第2連絡先：母 {f2.name}　{f2.phone}")
add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "two residents plus their parents: two records or six people — the count is debatable",
    charset="utf-8", sender=MAMIYA, to=[RYOUN],
    subject="夜間対応用 寮生2名の緊急連絡先",
    body=f"""篠塚様

間宮です。来週から夜勤シフトに入る寮生2名について、体調急変時の連絡先をお知らせします。

{(chr(10) * 2).join(_lines)}

寮監不在時はこちらに直接ご連絡ください。
{SIG_MAMIYA}""")

# 098 — look-alike of the own domain (letters swapped): resident's health to the 'nurse'
_p = person(born=(1999, 2003), sex="F")
add("stop", ["SENSITIVE_CATEGORY", "PERSON_NAME"], ["lookalike_domain", "personal_data"],
    "meant for the internal nurse, sent to hinode-sanygo.co.jp (look-alike) with a resident's eating disorder",
    charset="iso-2022-jp", sender=MAMIYA, to=["山際 理恵 <yamagiwa.rie@hinode-sanygo.co.jp>"],
    subject="寮生の食事の件でご相談",
    body=f"""山際さん

みなと寮の間宮です。
{_p.name}さん（219号室）が、ここ1か月ほど食堂の夕食をほとんど残しており、
本人に聞いたところ、学生時代に摂食障害（拒食症）で通院していたとのことでした。
最近また体重が落ちているようなので、一度面談していただけないでしょうか。
{SIG_MAMIYA}""")

# 099 — internal: a resident's adjustment disorder and dorm arrangements
_p = person(born=(1996, 2001), sex="M")
add("pass", ["SENSITIVE_CATEGORY", "PERSON_NAME"], [],
    "a resident's diagnosis and return-to-work plan, but only between internal HR, nurse and dorm staff",
    charset="cp932", sender=f"人事部 労務G 保科 <hoshina.jun@{DOM}>",
    to=[OTOMO, f"保健師 山際 <yamagiwa.rie@{DOM}>"], cc=[SAEKI],
    subject="復職予定者の寮生活について（{0}さん）".format(_p.fam),
    body=f"""大友さん、山際さん

人事部労務Gの保科です。
適応障害で休職中だった{_p.name}さん（朝霧寮 311号室）が、12/1から短時間勤務で復職します。
主治医の意見書では「規則正しい生活リズムの確保」が挙げられているため、
寮では朝食の喫食と、週1回程度の寮監からの声かけをお願いできればと思います。

本件は関係者限りでお願いします。
--
日の出産業株式会社 人事部 労務グループ
保科 淳　内線 281""")

# 100 — one dorm leader on carrier mail: festival schedule
add("pass", [], ["freemail_recipient"],
    "festival schedule to the dorm leader's carrier address: one free-mail recipient, no personal data",
    charset="utf-8", sender=OTOMO, to=["wanibuchi.ryo-asagiri@docomo.ne.jp"],
    subject="寮祭の準備スケジュール",
    body=f"""鰐淵くん

大友です。寮祭の準備スケジュールを送ります。会社のアドレスだと見られないと聞いたので、こちらに送ります。

　6/6（土）　実行委員会（1階ラウンジ 19時〜）
　6/13（土）　買い出し（社用車の予約済み）
　6/19（金）　会場設営 18時〜
　6/20（土）　寮祭当日 17:30〜21:00
　6/21（日）　片付け 10時〜

予算は寮自治会費から8万円、会社補助が5万円です。
北国フーズさんへの料理の発注はこちらで済ませました。
{SIG_OTOMO}""")
