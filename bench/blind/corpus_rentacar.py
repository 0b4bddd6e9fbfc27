"""Blind evaluation corpus — area: rentacar (レンタカー・カーシェア事業).

Mail of 日の出産業株式会社's mobility division (ひのでレンタカー / ひのでカーシェア):
airport branches, the accident desk, corporate sales, car-sharing operations, accounts
receivable (unpaid parking fines), and the international desk for foreign tourists with
international driving permits. Renters' driving licences and cards, accident and damage
reports, police and insurers, corporate accounts.

Every person and every number in this file is invented: people, companies (other than
those BRIEF.md names), addresses, telephone numbers, licences, passports, residence cards,
accounts, card numbers and My Numbers are all fictional.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 13401
rng = random.Random(SEED)

_my_n = SEED
_card_n = SEED


def next_my_number() -> str:
    global _my_n
    v = my_number(_my_n)
    _my_n += 1
    return v


def next_card() -> str:
    global _card_n
    v = card_number(_card_n)
    _card_n += 1
    return v


def corp_number(seed: int) -> str:
    """A 13-digit 法人番号 with a valid leading check digit (invented)."""
    r = random.Random(f"corp-{seed}")
    base = [r.randrange(10) for _ in range(12)]
    base[0] = r.randrange(1, 10)
    total = sum(base[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


_FW = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def fw(s: str) -> str:
    """Full-width digits and separators."""
    return s.translate(_FW)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山田", "ヤマダ", "Yamada"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森田", "モリタ", "Morita"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("三浦", "ミウラ", "Miura"), ("松田", "マツダ", "Matsuda"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("柴田", "シバタ", "Shibata"), ("工藤", "クドウ", "Kudo"),
    ("宮本", "ミヤモト", "Miyamoto"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("五十嵐", "イガラシ", "Igarashi"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("帯刀", "タテワキ", "Tatewaki"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("相楽", "サガラ", "Sagara"), ("御手洗", "ミタライ", "Mitarai"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("左右田", "ソウダ", "Soda"), ("目黒", "メグロ", "Meguro"),
    ("喜屋武", "キャン", "Kyan"), ("安慶名", "アゲナ", "Agena"), ("冨樫", "トガシ", "Togashi"),
    ("猪股", "イノマタ", "Inomata"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("日下部", "クサカベ", "Kusakabe"), ("保坂", "ホサカ", "Hosaka"), ("桑原", "クワハラ", "Kuwahara"),
    ("渋谷", "シブヤ", "Shibuya"), ("千葉", "チバ", "Chiba"), ("菅野", "カンノ", "Kanno"),
    ("知念", "チネン", "Chinen"), ("宇佐美", "ウサミ", "Usami"), ("伊集院", "イジュウイン", "Ijuin"),
]

GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("亮介", "リョウスケ", "Ryosuke"), ("悠真", "ユウマ", "Yuma"),
    ("蓮", "レン", "Ren"), ("誠", "マコト", "Makoto"), ("和也", "カズヤ", "Kazuya"),
    ("智之", "トモユキ", "Tomoyuki"), ("勝", "マサル", "Masaru"), ("修", "オサム", "Osamu"),
    ("陽介", "ヨウスケ", "Yosuke"), ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"),
    ("由美", "ユミ", "Yumi"), ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"),
    ("千尋", "チヒロ", "Chihiro"), ("結衣", "ユイ", "Yui"), ("恵子", "ケイコ", "Keiko"),
    ("さくら", "サクラ", "Sakura"), ("奈々", "ナナ", "Nana"), ("香織", "カオリ", "Kaori"),
    ("麻衣", "マイ", "Mai"), ("理恵", "リエ", "Rie"), ("裕子", "ユウコ", "Yuko"),
    ("哲也", "テツヤ", "Tetsuya"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("沙織", "サオリ", "Saori"),
    ("琴音", "コトネ", "Kotone"), ("光", "ヒカル", "Hikaru"), ("大和", "ヤマト", "Yamato"),
]

TOWNS = [
    ("東京都", "大田区東糀谷"), ("東京都", "品川区南大井"), ("東京都", "世田谷区三軒茶屋"),
    ("東京都", "練馬区豊玉北"), ("東京都", "江東区南砂"), ("東京都", "杉並区阿佐谷南"),
    ("東京都", "八王子市明神町"), ("神奈川県", "横浜市港北区新横浜"),
    ("神奈川県", "川崎市中原区小杉町"), ("神奈川県", "相模原市南区相模大野"),
    ("千葉県", "船橋市本町"), ("千葉県", "成田市花崎町"), ("埼玉県", "さいたま市大宮区桜木町"),
    ("埼玉県", "川口市栄町"), ("大阪府", "泉佐野市りんくう往来北"), ("大阪府", "吹田市江坂町"),
    ("大阪府", "大阪市北区天神橋"), ("京都府", "京都市下京区西洞院町"),
    ("兵庫県", "神戸市中央区港島中町"), ("愛知県", "名古屋市中村区名駅南"),
    ("愛知県", "常滑市りんくう町"), ("福岡県", "福岡市博多区博多駅南"),
    ("福岡県", "北九州市小倉北区京町"), ("北海道", "千歳市北栄"),
    ("北海道", "札幌市中央区北三条西"), ("北海道", "旭川市宮下通"),
    ("宮城県", "仙台市青葉区一番町"), ("広島県", "広島市南区松原町"),
    ("静岡県", "浜松市中央区砂山町"), ("沖縄県", "那覇市鏡水"), ("沖縄県", "豊見城市豊崎"),
    ("沖縄県", "沖縄市胡屋"), ("沖縄県", "名護市為又"), ("新潟県", "新潟市中央区笹口"),
    ("長野県", "松本市中央"), ("岡山県", "岡山市北区奉還町"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]

LICENCE_AREAS = ["30", "31", "45", "46", "50", "51", "54", "62", "63", "83", "87", "10",
                 "20", "40", "71", "90"]


class P:
    """One invented person."""

    def __init__(self) -> None:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        self.sei, self.sei_kana, self.sei_ro = s
        self.mei, self.mei_kana, self.mei_ro = g
        self.name = f"{self.sei} {self.mei}"
        self.kana = f"{self.sei_kana} {self.mei_kana}"
        self.romaji = f"{self.mei_ro} {self.sei_ro.upper()}"
        self.y = rng.randint(1948, 2004)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 28)
        self.phone = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        self.tel = f"0{rng.choice(['3', '6', '45', '44', '52', '92', '11', '98'])}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        pref, town = rng.choice(TOWNS)
        self.pref = pref
        self.zip = f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
        self.addr = f"{pref}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        sep = rng.choice([".", "_", ""])
        self.email = (f"{self.mei_ro.lower()}{sep}{self.sei_ro.lower()}{rng.randint(1, 99)}"
                      f"@{rng.choice(FREEMAIL)}")
        lic_year = min(self.y + rng.randint(18, 30), 2024) % 100
        self.licence = (f"{rng.choice(LICENCE_AREAS)}{lic_year:02d}"
                        f"{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.choice('0001')}")
        self.exp = f"{rng.randint(2026, 2030)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        self.member = f"HC{rng.randint(10000000, 99999999)}"

    def dob(self, style: str = "iso") -> str:
        y, m, d = self.y, self.m, self.d
        if style == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        if style == "slash":
            return f"{y}/{m:02d}/{d:02d}"
        if style == "kanji":
            return f"{y}年{m}月{d}日"
        if (y, m, d) >= (1989, 1, 8):
            era, e, ab = "平成", y - 1988, "H"
        else:
            era, e, ab = "昭和", y - 1925, "S"
        if style == "wareki":
            return f"{era}{e}年{m}月{d}日"
        if style == "wareki_fw":
            return fw(f"{era}{e}年{m}月{d}日")
        if style == "abbr":
            return f"{ab}{e}.{m}.{d}"
        if style == "abbr_fw":
            return fw(f"{ab}{e}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ")
        raise ValueError(style)

    def lic_spaced(self) -> str:
        return f"{self.licence[:4]} {self.licence[4:8]} {self.licence[8:]}"


def people(n: int) -> list[P]:
    out: list[P] = []
    seen: set[str] = set()
    while len(out) < n:
        p = P()
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


def yen(v: int) -> str:
    return f"{v:,}"


DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete it.")

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"rentacar-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)

# ---------------------------------------------------------------------------------------
# 001 accident report to the insurer: the renter's licence and his own fracture
_p = P()
add(expect="stop",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    subject="【事故報告】貸渡契約 HND-2417-0389 追突事故の件",
    charset="iso-2022-jp",
    body=f"""ときわ損害保険株式会社
事故受付センター 御中

いつもお世話になっております。
日の出産業 事故対応課の新田でございます。

羽田空港店の貸渡車両にて下記の事故が発生いたしましたので、取り急ぎご報告申し上げます。

■事故日時　2026年3月14日（土）15時20分ごろ
■発生場所　東京都大田区東糀谷4丁目 産業道路交差点付近
■車両　　　トヨタ アクア（品川 300 わ 12-34）
■運転者　　{_p.name}（{_p.kana}）様
　　　　　　生年月日 {_p.dob('kanji')}
　　　　　　携帯 {_p.phone}
　　　　　　運転免許証番号 {_p.licence}
■状況　　　信号待ちの前車へ追突。相手方車両のリアバンパー破損。
　　　　　　運転者ご本人はエアバッグ展開の際に右手首を骨折したとのことで、
　　　　　　搬送先の病院で「右橈骨遠位端骨折」と診断されております。
■警察　　　大森警察署 交通課に届出済み

相手方の連絡先は確認中です。判明次第あらためてご連絡いたします。
よろしくお願いいたします。

--------------------------------------------------
日の出産業株式会社 モビリティ事業本部
事故対応課　新田 浩二
〒105-0022 東京都港区海岸1-9-14 日の出ビル7F
TEL 03-6400-1180（直通）　FAX 03-6400-1189
--------------------------------------------------
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_DRIVERS_LICENSE",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="insurer gets the renter's licence number and his fracture diagnosis")

# 002 corporate price list to a partner: columns padded with spaces, no people
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 車両担当 <soumu-sharyo@kawasaki-denki.co.jp>"],
    subject="2026年4月からの法人契約料金表（改定）のご案内",
    charset="cp932",
    body="""川崎電機株式会社
総務部 車両ご担当者様

平素より格別のお引き立てを賜り、誠にありがとうございます。
ひのでレンタカー 法人営業部の藤堂です。

4月1日ご出発分より、貴社向け法人契約料金を下記のとおり改定させていただきます。
（燃料費・保険料の上昇に伴うもので、改定幅は平均3％程度に抑えております）

クラス          代表車種                12時間まで   24時間まで   超過1時間
--------------  ----------------------  -----------  -----------  ---------
K （軽）        N-BOX / タント             5,280円      6,380円     1,100円
S （コンパクト）ヤリス / フィット          6,600円      7,920円     1,320円
A （セダン）    カローラ / シビック        9,350円     11,220円     1,650円
W （ワゴン）    ノア / ステップワゴン     14,850円     17,930円     2,200円
H （ハイブリッド）プリウス                 10,120円     12,100円     1,650円
EV              リーフ / bZ4X             11,550円     13,860円     1,870円

※免責補償料（1日1,100円）は従来どおり料金に含まれております。
※ETCカード貸出、チャイルドシートは無料です。

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ひのでレンタカー
法人営業部　藤堂 玲奈
TEL 03-6400-1210 / 携帯 080-4172-5530
━━━━━━━━━━━━━━━━━━
""",
    entities=[], detectors=[],
    note="price list to a partner; only the sender's own signature")

# 003 unpaid parking-fine recoveries handed to a servicer: CSV cp932, 12 renters
_rows = [["契約番号", "氏名", "フリガナ", "電話番号", "住所", "貸渡日", "違反日",
          "放置違反金", "事務手数料", "請求額"]]
for _i, _p in enumerate(people(12)):
    _fine = rng.choice([10000, 12000, 15000, 18000])
    _rows.append([f"R{2025110 + _i * 37:08d}", _p.name, _p.kana, _p.phone, _p.addr,
                  f"2025/{rng.randint(8, 12)}/{rng.randint(1, 28)}",
                  f"2025/{rng.randint(8, 12)}/{rng.randint(1, 28)}",
                  _fine, 5500, _fine + 5500])
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["ほしぞら債権回収 受託管理課 <jutaku@hoshizora-servicer.co.jp>"],
    subject="【委託】放置違反金立替分 未回収債権リスト（2026年2月分）",
    charset="iso-2022-jp",
    body="""ほしぞら債権回収株式会社
受託管理課 ご担当者様

お世話になっております。日の出産業 経理部 債権管理課の東です。

2月末時点で督促3回を経ても入金のない、放置違反金立替分の債権リストを
添付にてお送りいたします。委託契約第4条に基づき、回収をお願いいたします。

・件数：12件
・ファイル：放置違反金_未回収一覧_202602.csv（Shift_JIS）

受領のご連絡をいただけますと幸いです。

日の出産業株式会社 経理部 債権管理課
東 由紀子（ひがし ゆきこ）
TEL 03-6400-1350
""",
    attachments=[{"kind": "csv", "name": "放置違反金_未回収一覧_202602.csv",
                  "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 renters with phone and address in a CSV to an external servicer")

# 004 airport branches list, tab separated: businesses, not people
add(expect="pass",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["旅の窓口ツーリスト 仕入課 <shiire@tabimado-tourist.co.jp>"],
    subject="Re: 空港店舗の一覧をいただけますか",
    charset="utf-8",
    body="""旅の窓口ツーリスト
仕入課 森様

お世話になっております。ひのでレンタカー お客様センターの小野寺です。
ご依頼の空港店舗一覧です（タブ区切りですので、そのままExcelに貼り付けられます）。

店舗名\t住所\t電話\t営業時間
羽田空港店\t東京都大田区羽田空港3-3-2 第2ターミナルB1\t03-5757-8801\t7:00-23:00
成田空港店\t千葉県成田市取香字南原312-5\t0476-33-7720\t7:00-22:00
関西空港店\t大阪府泉佐野市りんくう往来南1-18\t072-458-3310\t7:00-22:00
新千歳空港店\t北海道千歳市美々1292-18\t0123-45-9011\t8:00-21:00
福岡空港店\t福岡県福岡市博多区下臼井778-3\t092-626-4470\t7:00-22:30
那覇空港店\t沖縄県豊見城市田頭72-6\t098-850-2261\t8:00-21:00

※那覇空港店のみ、空港ターミナルから送迎バス（約10分）となります。
※年末年始の営業時間は別途ご案内いたします。

よろしくお願いいたします。

> 御社の空港店舗の住所・電話番号を一覧でいただけますでしょうか。
> パンフレットに掲載したく存じます。
> 旅の窓口ツーリスト 森

ひのでレンタカー お客様センター 小野寺 彩
TEL 0120-48-0011（受付 9:00-18:00）
""",
    entities=[], detectors=[],
    note="list of branches (business contacts), not people")

# 005 English: a German tourist refused at the counter, passport number in the mail
add(expect="stop",
    sender="Lisa Matsuoka <matsuoka.lisa@hinode-sangyo.co.jp>",
    to=["Reservations <reservations@alpenblick-reisen.de>"],
    subject="Booking HR-88214 / customer could not pick up the car at Naha Airport",
    charset="utf-8",
    body="""Dear Ms. Vogel,

Thank you for your continued support.

I am writing about your customer who came to our Naha Airport branch yesterday.
Unfortunately we were not able to hand over the car, because the customer presented
only a German driving licence and an International Driving Permit issued under the
1968 Vienna Convention. Japan only accepts IDPs under the 1949 Geneva Convention;
for German licence holders an official Japanese translation (JAF) is required instead.

Customer details as checked at the counter:
  Name:          Jonas HARTMANN
  Date of birth: 14 Feb 1991
  Passport No.:  C7KP2R4XH (Federal Republic of Germany)
  Booking:       HR-88214, 22-26 Mar 2026, class S (Toyota Yaris)

We cancelled the booking free of charge. Could you kindly remind your customers of the
translation requirement in your travel documents?

Best regards,

--
Lisa Matsuoka
International Desk, Hinode Rent-a-Car
Hinode Sangyo Co., Ltd.
Tel +81-3-6400-1200

""" + DISC_EN,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a tourist's passport number (identity document) to an overseas agency")

# 006 reply to a renter on free mail; his details only in the quoted part
add(expect="pass",
    sender="ひのでレンタカー お客様センター <support@hinode-sangyo.co.jp>",
    to=["kenta.m1987@gmail.com"],
    subject="Re: ノンオペレーションチャージの請求について",
    charset="iso-2022-jp",
    body="""松井 様

この度はご連絡をいただき、ありがとうございます。
ひのでレンタカー お客様センターの小野寺でございます。

ノンオペレーションチャージ（NOC）は、事故・汚損等により車両の修理・清掃が必要となり、
その期間営業ができなくなることに対する休業補償の一部をご負担いただくものです。
自走可能な状態でのご返却の場合は20,000円、自走不能の場合は50,000円となり、
免責補償制度とは別のお取り扱いとなります（貸渡約款第27条）。

今回は、返却時に左リアドアに凹みが確認されたため、20,000円を請求させていただきました。
ご返却時にお立ち会いいただいた際の写真は、ご希望があればお送りいたします。

ご理解のほど、よろしくお願い申し上げます。

ひのでレンタカー お客様センター
小野寺 彩
フリーダイヤル 0120-48-0011

On 2026/03/02 21:14, 松井 健太 <kenta.m1987@gmail.com> wrote:
> お世話になります。先週、福岡空港店で借りた松井です。
> 予約番号 FUK-5520194
> 住所：福岡県福岡市東区香椎駅前2-14-8-305
> 電話：090-6127-3384
> 免責補償に入っていたのに、2万円を請求されたのはなぜでしょうか。
> 説明をお願いします。
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient; the renter's own details only in quoted text")

# 007 car-share members extracted for a migration test: XLSX, title row above header
_ps = people(8)
_hdr = ["会員番号", "氏名", "氏名カナ", "メールアドレス", "携帯電話", "生年月日",
        "免許証番号", "免許有効期限", "会員ランク"]
_rows = [["ひのでカーシェア 会員データ（移行テスト用抽出） 2026/02/28時点"], [], _hdr]
for _p in _ps:
    _rows.append([_p.member, _p.name, _p.kana, _p.email, _p.phone, _p.dob("slash"),
                  _p.licence, _p.exp, rng.choice(["ゴールド", "シルバー", "レギュラー"])])
add(expect="stop",
    sender="宮城 拓海 <miyagi.takumi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 開発部 <carshare-pj@tsubasa-system.jp>"],
    cc=["大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>"],
    subject="会員データ移行テスト用サンプルの送付",
    charset="utf-8",
    body="""ツバサシステム株式会社
開発部 カーシェアPJ ご担当各位

お世話になっております。日の出産業 カーシェア運営課の宮城です。

先日の定例でご依頼のあった、移行テスト用の会員データサンプルをお送りします。
本番DBから8件抜き出したものです。文字コードや桁あふれの確認にお使いください。

添付：会員データ_移行テスト.xlsx（シート「会員一覧」「集計」）

テスト完了後は破棄をお願いいたします。

宮城
""",
    attachments=[{"kind": "xlsx", "name": "会員データ_移行テスト.xlsx",
                  "sheets": {"会員一覧": _rows,
                             "集計": [["ランク", "件数"], ["ゴールド", 3], ["シルバー", 3],
                                      ["レギュラー", 2]]}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH",
              "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="real member records with licence numbers sent to a vendor as 'test data'")

# 008 three parties visible: insurer, body shop and the renter in To
add(expect="stop",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 損害サービス課 <songai-service@tokiwa-sonpo.co.jp>",
        "丸星自動車 鈑金塗装部 <bankin@maruboshi-motors.co.jp>",
        "hiroshi-k.0815@yahoo.co.jp"],
    subject="修理見積と免責額のご確認（品川 300 わ 12-34）",
    charset="iso-2022-jp",
    body="""関係者各位

お世話になっております。日の出産業 事故対応課の新田です。
先日の追突事故車両（アクア 品川 300 わ 12-34）について、
丸星自動車様より修理見積（税込 386,540円）をいただきました。

・車両保険適用、免責額 50,000円（お客様は免責補償加入のため負担なし）
・NOC 20,000円はお客様ご負担となります
・修理期間：3月23日～4月3日予定

ときわ損保様には見積書原本を郵送いたします。
お客様には、NOCのお支払い方法について別途ご案内いたします。

内容にご不明点があればご返信ください。

新田
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains",
                            "freemail_recipient"],
    note="insurer, body shop and the renter (three external parties) see each other in To")

# 009 internal only: My Numbers of airport part-timers for year-end adjustment
_ps = people(5)
_lines = "\n".join(f"{i + 1}. {p.name}（{p.kana}）　個人番号 {next_my_number()}"
                   for i, p in enumerate(_ps))
add(expect="pass",
    sender="堀 美穂 <hori.miho@hinode-sangyo.co.jp>",
    to=["真鍋 悟 <manabe.satoru@hinode-sangyo.co.jp>"],
    subject="【年末調整】羽田空港店アルバイト 個人番号未登録分",
    charset="iso-2022-jp",
    body=f"""真鍋さん

お疲れさまです。人事の堀です。
羽田空港店のアルバイトで、給与システムに個人番号が未登録だった5名分です。
提出書類から転記しましたので、登録をお願いします。

{_lines}

登録が済んだらこのメールは削除してください。
よろしくお願いします。

堀
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers, but every recipient is internal")

# 010 look-alike of a partner: kawasaki-denkl.co.jp (l for i), invoice PDF
_cn = corp_number(SEED)
add(expect="stop",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["川崎電機 経理部 <keiri@kawasaki-denkl.co.jp>"],
    subject="【ひのでレンタカー】2月分 法人契約ご利用明細・請求書",
    charset="cp932",
    body="""川崎電機株式会社
経理部 御中

いつもご利用いただきありがとうございます。
2月分のご利用明細と請求書をPDFにてお送りいたします。

ご請求金額：1,284,690円（税込）
お支払期日：2026年3月31日

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 ひのでレンタカー 法人営業部 藤堂
""",
    attachments=[{"kind": "pdf", "name": "請求書_202602_川崎電機様.pdf",
                  "title": "請求書 2026年2月分",
                  "lines": ["請求書", "川崎電機株式会社 御中", "請求番号 INV-2602-0418",
                            "ご請求金額 1,284,690円（税込）",
                            f"日の出産業株式会社　登録番号 T{_cn}",
                            "振込先 みどり銀行 本店営業部 普通 1234567 ニチノデサンギヨウ（カ"],
                  "table": [["利用日", "店舗", "車種", "金額"],
                            ["2/03", "羽田空港店", "カローラ", "22,440"],
                            ["2/10", "関西空港店", "ノア", "35,860"],
                            ["2/17", "福岡空港店", "ヤリス", "15,840"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp is a look-alike of the partner kawasaki-denki.co.jp")

# 011 draft price revision with 社外秘 in the DOCX page header, to the printer
add(expect="stop",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="新パンフレット用 料金ページ原稿",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部 坂口様

お世話になっております。藤堂です。
新パンフレットの料金ページ原稿をお送りします。
レイアウト案を3月19日（木）までにいただけますでしょうか。

よろしくお願いいたします。

藤堂
""",
    attachments=[{"kind": "docx", "name": "料金改定案_2026年度_v3.docx",
                  "page_header": "社外秘",
                  "title": "2026年度 料金改定案",
                  "paragraphs": ["2026年度 料金改定案（経営会議 3/10 承認前）",
                                 "改定方針：繁忙期料金を新設し、平日料金を据え置く。",
                                 "競合3社の料金との比較は別紙参照。"],
                  "tables": [[["クラス", "現行", "改定案", "繁忙期"],
                              ["K", "6,380", "6,380", "7,700"],
                              ["S", "7,920", "7,920", "9,460"],
                              ["W", "17,930", "18,480", "22,000"]]]}],
    entities=[], detectors=["confidential_marking"],
    note="attachment stamped 社外秘 in the page header goes to an external printer")

# 012 PPAP: accident file in a password ZIP to the partner law firm
add(expect="stop",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["白川法律事務所 <kaneda@shirakawa-law.jp>"],
    subject="【送付】事故案件（NHA-2511-0077）関係資料一式",
    charset="utf-8",
    body="""白川法律事務所
金田先生

いつもお世話になっております。日の出産業 事故対応課の新田です。
那覇空港店の物損事故（相手方との過失割合で係争中の件）の資料一式を、
パスワード付きZIPにてお送りします。パスワードは別メールでお知らせいたします。

・事故報告書
・修理見積書
・ドライブレコーダー記録の書き起こし

ご査収のほど、よろしくお願いいたします。

新田
""",
    attachments=[{"kind": "zip", "name": "NHA-2511-0077_資料一式.zip", "password": "Hnd#2511",
                  "files": [{"kind": "pdf", "name": "事故報告書.pdf",
                             "lines": ["事故報告書", "契約番号 NHA-2511-0077"]},
                            {"kind": "xlsx", "name": "修理見積.xlsx",
                             "sheets": {"見積": [["部位", "金額"], ["左フロントフェンダー", 148000]]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP cannot be inspected")

# 013 NDA talk with a partner: mentions 機密情報 but carries no marking or data
add(expect="pass",
    sender="大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約書（ドラフト）へのコメント",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
営業部 岸本様

お世話になっております。日の出産業 情報システム部の大河内です。
秘密保持契約書のドラフトを拝見し、法務と確認のうえ、以下2点コメントいたします。

1. 第2条（機密情報の定義）
   口頭で開示した情報についても、開示後30日以内に書面で特定したものは
   機密情報に含める旨を追記いただけますでしょうか。
2. 第8条（有効期間）
   契約終了後の秘密保持義務の存続期間を「3年」から「5年」に変更を希望します。

その他の条項は異存ありません。修正版をお送りいただければ、押印手続きに進みます。

よろしくお願いいたします。

日の出産業株式会社 情報システム部
大河内 誠　TEL 03-6400-1400

> 秘密保持契約書のドラフトをお送りします。ご確認をお願いいたします。
> ツバサシステム 岸本
""",
    entities=[], detectors=[],
    note="mail about an NDA; 機密情報 is only discussed")

# 014 one renter's epilepsy seizure told to an insurer (要配慮個人情報, one person)
_p = P()
add(expect="stop",
    sender="照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>",
    to=["あおい海上火災 那覇サービスセンター <naha-sc@aoi-kaijo.co.jp>"],
    subject="自損事故（那覇空港店 貸渡中）の経緯について",
    charset="iso-2022-jp",
    body=f"""あおい海上火災保険株式会社
那覇サービスセンター　玉城様

お世話になっております。ひのでレンタカー那覇空港店の照屋です。
先ほどお電話でお伝えした自損事故の経緯を、念のため文面でもお送りします。

3月8日 11時ごろ、豊見城市内の県道で、お客様の{_p.name}様運転の車両（沖縄 500 わ 80-12）が
ガードレールに接触しました。{_p.sei}様ご本人から、持病のてんかんの発作が運転中に起き、
意識を失ったとの申告がありました。現在は南部の病院に入院中とのことです。
同乗者・第三者のけがはありません。

車両はレッカーで当店に搬入済みです。免責の取り扱いについてご指示ください。

那覇空港店　照屋
TEL 098-850-2261
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable renter's medical condition (epilepsy) sent to an insurer")

# 015 one renter's name and phone to the police about a found wallet (one person)
_p = P()
add(expect="pass",
    sender="桐生 淳 <kiryu.jun@hinode-sangyo.co.jp>",
    to=["千歳警察署 会計課 遺失物係 <ishitsubutsu@chitose-ps.police.lg.jp>"],
    subject="車内の拾得物（財布）の届出について",
    charset="cp932",
    body=f"""千歳警察署 会計課 遺失物係 御中

お世話になっております。ひのでレンタカー新千歳空港店の桐生です。
昨日お電話した拾得物の件でご連絡いたします。

3月11日に返却された車両の清掃中、運転席下から黒い長財布を発見しました。
直前の利用者の方と思われますので、連絡先をお知らせいたします。

　利用者氏名：{_p.name} 様
　連絡先　　：{_p.phone}

当店からもお電話しましたが、つながりませんでした。
財布は本日15時に署へお持ちいたします。

ひのでレンタカー 新千歳空港店
桐生 淳　TEL 0123-45-9011
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's name and phone only; may be warned, not held")

# 016 list without a name column: contracts, mobiles and addresses to the law firm
_lines = []
for _i in range(8):
    _p = P()
    _lines.append(f"ＫＡＮ－{fw(str(251000 + _i * 13))}　　{_p.phone}　　{_p.addr}　　"
                  f"{yen(rng.choice([15000, 20000, 25500, 31000]))}円")
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["白川法律事務所 <ishiguro@shirakawa-law.jp>"],
    subject="支払督促申立ての対象案件（関西空港店分）",
    charset="cp932",
    body="""白川法律事務所
石黒先生

いつもお世話になっております。日の出産業 経理部の東です。
先日ご相談した、支払督促の申立て対象とする関西空港店の未収案件です。
氏名は契約書の写しでご確認いただく前提で、連絡先と金額のみ抜き出しております。

契約番号　　　　　携帯電話　　　　　　住所　　　　　　　　　　　　　　　　未収額
――――――――――――――――――――――――――――――――――――――――――
""" + "\n".join(_lines) + """

契約書の写しは明日、郵送いたします。
よろしくお願いいたします。

東
""",
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight people's mobiles and addresses (no name column) to an external law firm")

# 017 one card number in full-width digits, for a manual authorisation
_p = P()
_c = next_card()
_cfw = fw(f"{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}")
add(expect="stop",
    sender="岩佐 千夏 <iwasa.chinatsu@hinode-sangyo.co.jp>",
    to=["ペイゲート・ジャパン 加盟店サポート <merchant-support@paygate-jp.com>"],
    subject="手動オーソリのお願い（端末障害のため）",
    charset="iso-2022-jp",
    body=f"""ペイゲート・ジャパン株式会社
加盟店サポート ご担当者様

いつもお世話になっております。ひのでレンタカー福岡空港店の岩佐です。
本日朝から店舗の決済端末が通信エラーとなっており、お電話がつながらないため
メールにて手動オーソリをお願いいたします。

　加盟店番号　　：ＨＮＤ－０４４７１
　カード番号　　：{_cfw}
　有効期限　　　：０８／２８
　カード名義　　：{_p.romaji}
　金額　　　　　：３８，５００円（４日間　Ｗクラス）

承認番号をご返信いただけますと助かります。
お手数をおかけしますが、どうぞよろしくお願いいたします。

ひのでレンタカー 福岡空港店　岩佐 千夏
TEL 092-626-4470
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full card number in full-width digits sent to an external processor")

# 018 a corporate customer's offices for billing: businesses only
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 <somu@kitaguni-foods.co.jp>"],
    subject="Re: 請求書の送付先（事業所別）について",
    charset="utf-8",
    body="""北国フーズ株式会社
総務課 ご担当者様

お世話になっております。ひのでレンタカー法人営業部の藤堂です。
4月分から事業所別に請求書を分けてお送りする件、下記の送付先で登録いたしました。
誤りがないかご確認ください。

・本社　　　　〒060-0003 札幌市中央区北三条西4-1-1　TEL 011-221-5500（代表）
・旭川工場　　〒078-8272 旭川市工業団地2条3-2-10　TEL 0166-36-2200
・帯広営業所　〒080-0012 帯広市西2条南9-7　TEL 0155-23-8101
・函館営業所　〒040-0063 函館市若松町15-3　TEL 0138-22-4410
・東京支店　　〒101-0041 東京都千代田区神田須田町1-8-4　TEL 03-3251-7700

締め日・お支払条件は従来どおり（月末締め翌月末払い）です。

藤堂
""",
    entities=[], detectors=[],
    note="list of a company's offices and switchboards, not people")

# 019 HTML-only: shuttle pick-up list of six renters with mobiles, to a bus company
_ps = people(6)
_tr = "\n".join(
    f"<tr><td>{p.name}</td><td>{rng.randint(1, 4)}名</td>"
    f"<td>{rng.choice(['JL', 'NH', 'BC', 'MM'])}{rng.randint(100, 999)}</td>"
    f"<td>{rng.choice(['09:40', '10:15', '11:05', '12:30'])}</td><td>{p.phone}</td></tr>"
    for p in _ps)
add(expect="stop",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["羽田シャトル交通 運行管理 <unko@haneda-shuttle.co.jp>"],
    subject="3/20 送迎対象のお客様一覧",
    charset="utf-8",
    html=f"""<html><body>
<p>羽田シャトル交通 運行管理ご担当者様</p>
<p>いつもお世話になっております。ひのでレンタカー羽田空港店の佐伯です。<br>
3月20日（金）午前の送迎対象のお客様です。到着ロビーでのお声がけをお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ddeeff"><th>お名前</th><th>人数</th><th>便名</th><th>到着予定</th><th>携帯番号</th></tr>
{_tr}
</table>
<p>遅延の際はお客様へ直接お電話いただいて構いません。</p>
<p>ひのでレンタカー 羽田空港店<br>佐伯 真一<br>TEL 03-5757-8801</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six renters' names and mobiles in an HTML table to a bus operator")

# 020 HTML-only hotel plan prices to the partner hotel: no people
add(expect="pass",
    sender="金城 美咲 <kinjo.misaki@hinode-sangyo.co.jp>",
    to=["さくらホテル 那覇 宿泊営業 <naha-sales@sakura-hotel.jp>"],
    subject="宿泊者向けレンタカープラン 2026夏季料金",
    charset="utf-8",
    html="""<html><body>
<p>さくらホテル那覇 宿泊営業 比嘉様</p>
<p>お世話になっております。ひのでレンタカー那覇空港店の金城です。<br>
夏季（7/1〜9/30）の宿泊者向けプラン料金をお知らせいたします。</p>
<table border="1">
<tr><th>プラン</th><th>車種</th><th>24時間</th><th>48時間</th><th>72時間</th></tr>
<tr><td>ホテル割 K</td><td>ムーヴ</td><td>5,500円</td><td>10,450円</td><td>14,850円</td></tr>
<tr><td>ホテル割 S</td><td>ヤリス</td><td>6,600円</td><td>12,540円</td><td>17,820円</td></tr>
<tr><td>ホテル割 W</td><td>ヴォクシー</td><td>13,200円</td><td>25,080円</td><td>35,640円</td></tr>
<tr><td>オープンカー</td><td>ロードスター</td><td>16,500円</td><td>31,350円</td><td>45,100円</td></tr>
</table>
<p>※ホテルフロントでのお申し込みで、送迎付きとなります。<br>
※チャイルドシートは1台まで無料です。</p>
<p>引き続きよろしくお願いいたします。<br>那覇空港店 金城</p>
</body></html>""",
    entities=[], detectors=[],
    note="price table in HTML to a partner hotel; no personal data")

# 021 corporate driver registration for fleet insurance: 和暦 dates of birth, five drivers
_ps = people(5)
_lines = "\n".join(f"　{i + 1}　{p.name:<8}　{p.dob('wareki')}生　"
                   f"{rng.choice(['ゴールド', 'ブルー', 'ゴールド', 'グリーン'])}"
                   for i, p in enumerate(_ps))
add(expect="stop",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 法人営業第二課 <fleet2@tokiwa-sonpo.co.jp>"],
    subject="長期リース車両（川崎電機様）運転者限定の追加登録",
    charset="cp932",
    body=f"""ときわ損害保険株式会社
法人営業第二課 御中

お世話になっております。日の出産業 法人営業部の藤堂です。
川崎電機様向け長期リース車両（5台）の運転者限定特約について、
運転者の追加登録をお願いいたします。

　No　氏名　　　　　生年月日　　　　　　免許証の色
{_lines}

適用開始日：2026年4月1日
年齢条件の変更が必要かどうか、ご確認いただけますでしょうか。

日の出産業株式会社 法人営業部
藤堂 玲奈　TEL 03-6400-1210
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five drivers with 和暦 dates of birth to an external insurer")

# 022 English: seven bookings with romaji names, e-mails and phones to a Taiwanese agency
_tw = [("CHEN", "Yi-Ting"), ("LIN", "Chia-Hao"), ("HUANG", "Mei-Ling"), ("WU", "Tsung-Han"),
       ("TSAI", "Pei-Shan"), ("CHANG", "Wei-Lun"), ("LIU", "Hsin-Yi")]
_lines = []
for _i, (_sur, _giv) in enumerate(_tw):
    _lines.append(f"{_i + 1}  HR-{77301 + _i * 4}  {_sur} {_giv:<10}  "
                  f"{_giv.lower().replace('-', '')}.{_sur.lower()}{rng.randint(10, 99)}@gmail.com  "
                  f"+886-9{rng.randint(10, 89)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}  "
                  f"{rng.choice(['CI120', 'BR112', 'IT230', 'JX800'])}")
add(expect="stop",
    sender="Lisa Matsuoka <matsuoka.lisa@hinode-sangyo.co.jp>",
    to=["Formosa Travel Service <japan-desk@formosa-travel.com.tw>"],
    subject="Okinawa group rentals 4-6 April: please check the contact details",
    charset="utf-8",
    body="""Dear Mr. Kuo,

Thank you for the group booking for early April. Before we finalise the vouchers,
could you please check the customers' contact details below? Two of the e-mail
addresses bounced when we sent the pre-arrival guide.

#  Booking   Name               E-mail                          Mobile            Flight
-- --------- ------------------ ------------------------------- ----------------- ------
""" + "\n".join(_lines) + """

As a reminder, each driver needs an official Japanese translation of the Taiwanese
licence (issued by JAF or the Taipei Economic and Cultural Representative Office).

Kind regards,
Lisa Matsuoka
Hinode Rent-a-Car International Desk
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven customers' names, e-mails and phones to an overseas agency")

# 023 meeting mail to two partner organisations (To + Cc): normal three-way mail
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["青葉運輸 回送センター <kaiso@aoba-unyu.co.jp>"],
    cc=["ツバサシステム 開発部 <dev@tsubasa-system.jp>"],
    subject="回送依頼の自動連携について 打合せ日程のご相談",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 回送センター 野口様
ツバサシステム株式会社 開発部 杉浦様

お世話になっております。日の出産業 車両管理課の早瀬です。

予約システムから青葉運輸様への回送依頼をAPIで自動連携する件について、
三社で仕様の打合せをお願いしたく、下記の候補日でご都合をお聞かせください。

　① 3月24日（火）14:00～15:30
　② 3月26日（木）10:00～11:30
　③ 3月27日（金）15:00～16:30

場所：弊社本社 7F 第2会議室（Web参加も可）

よろしくお願いいたします。

日の出産業株式会社 車両管理課
早瀬 隼人　TEL 03-6400-1270
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail")

# 024 a foreign resident's residence card number for a monthly-rental screening
_p = P()
add(expect="stop",
    sender="矢吹 剛 <yabuki.tsuyoshi@hinode-sangyo.co.jp>",
    to=["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="マンスリーレンタル 保証審査のお願い（関西空港店）",
    charset="utf-8",
    body="""あんしん保証株式会社
審査部 御中

いつもお世話になっております。ひのでレンタカー関西空港店の矢吹です。
マンスリーレンタル（3か月）のお申込みがありましたので、保証審査をお願いいたします。

【申込者】
　氏名　　　　NGUYEN THI THU HA（グエン ティ トゥ ハー）
　在留カード　UH48203715EA（在留期限 2027年9月30日）
　勤務先　　　りんくう精密工業株式会社（技能実習 → 特定技能）
　携帯　　　　080-7719-2406
【希望車両】　K（軽）　月額 59,800円

本人確認書類の写しは、審査システムにアップロード済みです。
ご回答をお待ちしております。

関西空港店 矢吹
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a residence card number (identity document) to an external guarantor")

# 025 invoice to a partner with the company's T-number and bank account: business data
_cn = corp_number(SEED + 1)
add(expect="pass",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書】2026年2月 車両リース料",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
経理課 御中

いつもお世話になっております。日の出産業 経理部の東です。
2月分の車両リース料のご請求をお送りいたします。

　請求番号　：INV-2602-1107
　ご請求金額：496,100円（うち消費税 45,100円）
　お支払期日：2026年3月31日
　お振込先　：みどり銀行 本店営業部 普通預金 3081726
　　　　　　　ニチノデサンギヨウ（カ
　適格請求書発行事業者登録番号：T{_cn}

原本は郵送いたしません。本メールをもって請求書とさせていただきます。

日の出産業株式会社 経理部
東 由紀子
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's T-number and company bank account: no personal data")

# 026 one renter arrested for drink-driving, told to the partner law firm
_p = P()
add(expect="stop",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["白川法律事務所 <kaneda@shirakawa-law.jp>"],
    subject="ご相談：貸渡中の酒気帯び運転による車両押収について",
    charset="iso-2022-jp",
    body=f"""金田先生

お世話になっております。新田です。
至急ご相談したい案件がございます。

3月15日深夜、福岡空港店で貸し出した車両（福岡 500 わ 33-07）を運転していた
{_p.name}様（{_p.y}年生）が、酒気帯び運転の疑いで現行犯逮捕されたと、
博多警察署から連絡がありました。車両は証拠品として押収されております。

・車両返還までの休業損害をお客様に請求できるか
・免責補償の適用除外とする場合の根拠条項の確認
・今後の貸渡拒否の登録（約款第9条）

について、ご意見をいただけますでしょうか。

新田
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable renter's arrest (criminal record) sent outside, even to the law firm")

# 027 reply to the insurer: licence and injury only in the quoted original
_p = P()
add(expect="pass",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 損害サービス課 <songai-service@tokiwa-sonpo.co.jp>"],
    subject="Re: 【確認】事故受付番号 TK-26-031872",
    charset="iso-2022-jp",
    body=f"""ときわ損害保険 損害サービス課
佐々木様

ご連絡ありがとうございます。日の出産業の新田です。
修理工場は丸星自動車様（品川区）で承知いたしました。
入庫日が決まりましたら、改めてご連絡いたします。

新田

> 日の出産業株式会社 新田様
>
> 下記内容で事故受付をいたしました。
> 　受付番号　TK-26-031872
> 　運転者　　{_p.name}様（{_p.dob('wareki')}生）
> 　免許証　　{_p.licence}
> 　負傷　　　頸椎捻挫（通院見込み2週間）
> 修理工場のご希望があればお知らせください。
>
> ときわ損害保険 佐々木
""",
    entities=[], detectors=[],
    note="the personal and medical details are only in the insurer's own quoted text")

# 028 FW: an internal mail with the renter's licence forwarded to the body shop
_p = P()
add(expect="stop",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["丸星自動車 フロント <front@maruboshi-motors.co.jp>"],
    subject="FW: 【羽田】返却時損傷 HND-2417-0533",
    charset="cp932",
    body=f"""丸星自動車 フロント 岡部様

お世話になります。羽田空港店の佐伯です。
下記の車両を明日入庫させていただきます。経緯は転送メールのとおりです。
よろしくお願いします。

佐伯

-------- Forwarded Message --------
件名: 【羽田】返却時損傷 HND-2417-0533
日付: 2026/03/17 19:42
差出人: 羽田空港店 カウンター <haneda-counter@hinode-sangyo.co.jp>
宛先: 佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>

店長

本日返却のカローラ（品川 300 わ 45-90）、左前バンパーに擦り傷と割れあり。
お客様は駐車場の柱に当てたとのこと。警察への届出はなし。

　契約者　　{_p.name}（{_p.kana}）
　携帯　　　{_p.phone}
　免許証　　第{_p.licence}号
　補償　　　免責補償のみ加入（NOC補償なし）

写真は共有フォルダに入れました。
カウンター 柏木
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="forwarded text is new to the body shop: renter's licence number and phone")

# 029 forwarded .eml attachment with five complaint records, to an outside consultant
_ps = people(5)
_blocks = "\n\n".join(
    f"【{i + 1}】{p.name} 様\n　連絡先：{p.phone} / {p.email}\n"
    f"　内容：{rng.choice(['送迎バスが来なかった', '予約車種と違う車を渡された', 'カーナビが故障していた', '返却時の給油量で揉めた', 'カウンターで40分待たされた'])}"
    for i, p in enumerate(_ps))
add(expect="stop",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["えがおコンサルティング <info@egao-consulting.jp>"],
    subject="FW: 2月 クレーム一覧（研修の事例用）",
    charset="utf-8",
    body="""えがおコンサルティング
講師 相沢様

お世話になっております。ひのでレンタカーの小野寺です。
来月の接客研修で使う事例として、2月のクレーム一覧メールを添付で転送いたします。
事例づくりの参考にしてください。

小野寺
""",
    attachments=[{"kind": "eml", "name": "2月クレーム一覧.eml",
                  "message": {"sender": "品質管理課 <hinshitsu@hinode-sangyo.co.jp>",
                              "to": ["お客様センター <support@hinode-sangyo.co.jp>"],
                              "subject": "2月 クレーム一覧（要フォロー）",
                              "charset": "utf-8",
                              "body": "お客様センター各位\n\n2月のクレームのうち、折り返しが必要な5件です。\n\n"
                                      + _blocks + "\n\n品質管理課"}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached forwarded mail carries five customers' contacts to an outside consultant")

# 030 lost property to the renter's own free-mail address
add(expect="pass",
    sender="ひのでレンタカー 那覇空港店 <naha@hinode-sangyo.co.jp>",
    to=["yuki.tamaki22@icloud.com"],
    subject="お忘れ物（サングラス）のご返送について",
    charset="iso-2022-jp",
    body="""玉城 様

ひのでレンタカー那覇空港店でございます。
先日はご利用いただき、誠にありがとうございました。

お問い合わせいただいたサングラス（黒色・ケース付き）を、車内で発見いたしました。
本日、着払いの宅急便にてご指定のご住所へ発送いたしました。

　お問い合わせ番号：4418-2093-7751
　お届け予定　　　：3月19日（木）午前中

またのご利用を心よりお待ちしております。

ひのでレンタカー 那覇空港店
TEL 098-850-2261（8:00-21:00）
""",
    entities=[], detectors=["freemail_recipient"],
    note="ordinary mail to one free-mail customer; tracking number only")

# 031 look-alike of the own domain: hinode-sangyo-co.jp (hyphen for a dot)
add(expect="stop",
    sender="桐生 淳 <kiryu.jun@hinode-sangyo.co.jp>",
    to=["岩佐 千夏 <iwasa.chinatsu@hinode-sangyo-co.jp>"],
    subject="4月の応援シフト（新千歳→福岡）",
    charset="iso-2022-jp",
    body="""岩佐さん

お疲れさまです。新千歳の桐生です。
4月の繁忙期応援ですが、こちらから出せるのは下記のとおりです。

　4/25～4/29　2名（カウンター1、洗車1）
　5/2～5/6　　1名（カウンター）

宿泊は先月と同じビジネスホテルを総務で手配してもらう予定です。
人選が決まったらまた連絡します。

桐生
""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp is a look-alike of the own domain (hyphen for a dot)")

# 032 corporate account's registered drivers with licence numbers, XLSX back to the customer
_ps = people(6)
_rows = [["北国フーズ株式会社 様　法人契約 登録運転者一覧（2026年3月更新）"],
         ["No", "社員番号", "氏名", "生年月日", "運転免許証番号", "有効期限", "所属"]]
for _i, _p in enumerate(_ps):
    _rows.append([_i + 1, f"KF{rng.randint(10000, 99999)}", _p.name, _p.dob("slash"),
                  _p.licence, _p.exp, rng.choice(["札幌営業所", "旭川工場", "帯広営業所"])])
add(expect="stop",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 <somu@kitaguni-foods.co.jp>"],
    subject="登録運転者一覧のご確認のお願い",
    charset="cp932",
    body="""北国フーズ株式会社
総務課 ご担当者様

お世話になっております。ひのでレンタカー法人営業部の藤堂です。
法人契約の登録運転者一覧を更新いたしました。
免許証の有効期限が近い方もいらっしゃいますので、内容をご確認のうえ、
更新後の免許証の写しをご提出いただけますと幸いです。

よろしくお願いいたします。

藤堂
""",
    attachments=[{"kind": "xlsx", "name": "登録運転者一覧_北国フーズ様_202603.xlsx",
                  "sheets": {"登録運転者": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six employees' licence numbers and birth dates to an external company")

# 033 three people of the same external company in To/Cc: one organisation only
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 長尾様 <nagao.k@kawasaki-denki.co.jp>",
        "川崎電機 総務部 水野様 <mizuno.r@kawasaki-denki.co.jp>"],
    cc=["川崎電機 購買部 三宅様 <miyake.t@kawasaki-denki.co.jp>",
        "佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>"],
    subject="法人契約更新のお打合せ（3/27）のご案内",
    charset="utf-8",
    body="""川崎電機株式会社
長尾様、水野様、三宅様

お世話になっております。ひのでレンタカーの藤堂です。
法人契約の更新について、下記のとおりお打合せをお願いいたします。

日時：3月27日（金）13:30～14:30
場所：貴社 本社 5階 会議室B
議題：
　・2026年度の料金改定について
　・羽田空港店での専用カウンター利用
　・EV車両の試験導入

当日は羽田空港店 店長の佐伯も同席いたします。
よろしくお願いいたします。

藤堂
""",
    entities=[], detectors=[],
    note="several addresses but all of one external organisation; no data")

# 034 PDF 弁明書 to the police: six renters' addresses, births and licences
_ps = people(6)
_tbl = [["No", "違反日時", "車両番号", "運転者氏名", "生年月日", "住所", "免許証番号"]]
for _i, _p in enumerate(_ps):
    _tbl.append([str(_i + 1), f"R8.{rng.randint(1, 2)}.{rng.randint(1, 28)} {rng.randint(9, 20)}:{rng.choice(['05', '20', '45'])}",
                 f"品川 300 わ {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                 _p.name, _p.dob("abbr"), _p.addr, _p.licence])
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["放置違反金管理 <hochi-kanri@police-kanto.lg.jp>"],
    subject="放置違反金 弁明書の提出（日の出産業株式会社）",
    charset="iso-2022-jp",
    body="""放置違反金管理 ご担当者様

日の出産業株式会社 経理部の東と申します。
弊社レンタカー車両に係る放置違反金納付命令（事前通知）6件について、
違反時の運転者を特定いたしましたので、弁明書を提出いたします。
各運転者の貸渡契約書の写しは郵送にて別途お送りします。

添付：弁明書_202603.pdf

日の出産業株式会社 経理部 債権管理課
東 由紀子　TEL 03-6400-1350
""",
    attachments=[{"kind": "pdf", "name": "弁明書_202603.pdf", "title": "弁明書",
                  "lines": ["弁明書", "使用者：日の出産業株式会社（ひのでレンタカー）",
                            "下記の違反について、違反時の運転者は次のとおりです。"],
                  "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="six drivers' addresses, births and licences in a PDF to an outside authority")

# 035 rental terms revision PDF to a corporate customer: no people
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 <somu@kitaguni-foods.co.jp>"],
    subject="貸渡約款改定のお知らせ（2026年4月1日施行）",
    charset="cp932",
    body="""北国フーズ株式会社
総務課 ご担当者様

平素は格別のご高配を賜り、厚く御礼申し上げます。
2026年4月1日より、ひのでレンタカー貸渡約款を一部改定いたします。
主な改定点を添付PDFにまとめましたので、ご一読いただけますと幸いです。

日の出産業株式会社 ひのでレンタカー 法人営業部
""",
    attachments=[{"kind": "pdf", "name": "貸渡約款_改定のお知らせ.pdf",
                  "title": "貸渡約款 改定のお知らせ",
                  "lines": ["貸渡約款 改定のお知らせ", "施行日 2026年4月1日",
                            "1. 第9条 貸渡しの拒絶：あおり運転等による検挙歴を追加",
                            "2. 第27条 ノンオペレーションチャージ：金額の見直しなし",
                            "3. 第31条 放置違反金：事務手数料を5,500円に改定",
                            "4. 国際運転免許証：ジュネーブ条約に基づくもののみ有効である旨を明記"]}],
    entities=[], detectors=[],
    note="terms and conditions notice; no personal data")

# 036 corrupt XLSX to the transport partner
add(expect="stop",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["青葉運輸 回送センター <kaiso@aoba-unyu.co.jp>"],
    subject="4月第1週 回送依頼表",
    charset="iso-2022-jp",
    body="""青葉運輸 回送センター 野口様

お世話になっております。車両管理課の早瀬です。
4月第1週の回送依頼表をお送りします（成田→羽田 14台、関空→伊丹 6台）。
ご確認をお願いします。

早瀬
""",
    attachments=[{"kind": "corrupt", "name": "回送依頼表_0401-0407.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

# 037 English booking confirmation to a tourist on free mail, text + HTML
add(expect="pass",
    sender="Hinode Rent-a-Car Reservations <reservations@hinode-sangyo.co.jp>",
    to=["emily.carter.travels@gmail.com"],
    subject="Your reservation HR-90417 is confirmed (Narita Airport, 8 Apr 2026)",
    charset="utf-8",
    body="""Dear Ms. Carter,

Thank you for booking with Hinode Rent-a-Car.

Reservation: HR-90417
Pick-up:     Narita Airport branch, 8 Apr 2026, 14:00
Return:      Narita Airport branch, 12 Apr 2026, 11:00
Car class:   S (Toyota Yaris or similar), ETC card included

What to bring:
- your US driver's licence
- an International Driving Permit issued under the 1949 Geneva Convention
  (the AAA issues these in the United States)
- your passport

Please note that we cannot rent a car without a valid IDP.

We look forward to welcoming you in Japan.
Hinode Rent-a-Car Reservations
""",
    html="""<html><body>
<p>Dear Ms. Carter,</p>
<p>Thank you for booking with Hinode Rent-a-Car.</p>
<table border="0">
<tr><td><b>Reservation</b></td><td>HR-90417</td></tr>
<tr><td><b>Pick-up</b></td><td>Narita Airport branch, 8 Apr 2026, 14:00</td></tr>
<tr><td><b>Return</b></td><td>Narita Airport branch, 12 Apr 2026, 11:00</td></tr>
<tr><td><b>Car class</b></td><td>S (Toyota Yaris or similar), ETC card included</td></tr>
</table>
<p>Please bring your US driver's licence, an International Driving Permit issued under the
1949 Geneva Convention, and your passport.</p>
<p>Hinode Rent-a-Car Reservations</p>
</body></html>""",
    entities=[], detectors=["freemail_recipient"],
    note="booking confirmation to one tourist on free mail; no ID numbers")

# 038 plain ZIP with a UTF-8 CSV of ten car-share members, to a telematics vendor
_rows = [["member_id", "name", "name_kana", "email", "mobile", "home_station"]]
for _p in people(10):
    _rows.append([_p.member, _p.name, _p.kana, _p.email, _p.phone,
                  rng.choice(["三軒茶屋駅前", "新横浜3丁目", "武蔵小杉タワー前", "大宮桜木町"])])
add(expect="stop",
    sender="宮城 拓海 <miyagi.takumi@hinode-sangyo.co.jp>",
    to=["ナビリンク カスタマーサクセス <cs@navilink.co.jp>"],
    subject="アプリのプッシュ通知テスト対象会員リスト",
    charset="utf-8",
    body="""ナビリンク株式会社
カスタマーサクセス 北沢様

お世話になっております。ひのでカーシェアの宮城です。
プッシュ通知のA/Bテスト対象会員リストをZIPでお送りします。
（パスワードはかけていません。社内ルール上PPAPが禁止になりましたので…）

よろしくお願いします。

宮城
""",
    attachments=[{"kind": "zip", "name": "push_test_members.zip",
                  "files": [{"kind": "csv", "name": "push_test_members.csv",
                             "encoding": "utf-8", "rows": _rows}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ten members' e-mails and mobiles in a CSV inside an unencrypted ZIP")

# 039 internal only: an injured renter's diagnosis and licence between two departments
_p = P()
add(expect="pass",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>"],
    cc=["事故対応課 <jiko@hinode-sangyo.co.jp>"],
    subject="Re: 3/14 追突事故 お客様の容体",
    charset="iso-2022-jp",
    body=f"""佐伯さん

お疲れさまです。新田です。
{_p.name}様（免許証 {_p.licence}）の件、奥様から連絡がありました。
右橈骨遠位端骨折で手術が必要とのことで、3月21日まで入院されるそうです。
お見舞いは不要とのことでしたので、店舗からの連絡は控えてください。

保険会社への報告は私から済ませています。

新田
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health data and a licence, but every recipient is internal")

# 040 English deck with "CONFIDENTIAL - Internal Only" footer to an overseas partner
add(expect="stop",
    sender="Lisa Matsuoka <matsuoka.lisa@hinode-sangyo.co.jp>",
    to=["Partnerships <partners@globaldrive-tours.com>"],
    subject="Inbound strategy 2026 - slides from our call",
    charset="utf-8",
    body="""Hi Daniel,

Thanks for the call today. As promised, here are the slides we walked through.
Looking forward to your comments on the commission structure.

Best,
Lisa
""",
    attachments=[{"kind": "pptx", "name": "Inbound_Strategy_2026.pptx",
                  "page_footer": "CONFIDENTIAL - Internal Only",
                  "title": "Inbound Strategy 2026",
                  "slides": [["Inbound Strategy 2026", "Hinode Rent-a-Car",
                              "International Desk"],
                             ["Targets", "Inbound rentals +35% YoY", "Okinawa and Hokkaido focus",
                              "Commission to partners: 12% -> 10%"],
                             ["Risks", "IDP check failures at counter", "Peak-season fleet shortage"]]}],
    entities=[], detectors=["confidential_marking"],
    note="deck marked CONFIDENTIAL - Internal Only on every slide goes outside")

# 041 sales proposal PPTX with an ordinary copyright footer
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務課 <somu@kitaguni-foods.co.jp>"],
    subject="社用車のカーシェア化 ご提案資料",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
総務課 ご担当者様

先日はお時間をいただきありがとうございました。
社用車の一部をカーシェアに切り替えるご提案資料をお送りいたします。
ご検討のほど、よろしくお願いいたします。

ひのでレンタカー 法人営業部 藤堂
""",
    attachments=[{"kind": "pptx", "name": "カーシェア導入ご提案_北国フーズ様.pptx",
                  "page_footer": "© 2026 Hinode Sangyo Co., Ltd.",
                  "slides": [["社用車カーシェア化のご提案", "日の出産業株式会社 ひのでカーシェア"],
                             ["現状の課題", "稼働率 38%", "車両管理の手間", "駐車場コスト"],
                             ["ご提案", "札幌営業所に専用ステーション2台", "月額 98,000円（税別）",
                              "夜間・休日は一般会員にも開放し費用を圧縮"]]}],
    entities=[], detectors=[],
    note="proposal deck with a copyright footer; no marking, no people")

# 042 health insurance card symbol/number of a renter who did not return the car
_p = P()
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["調査部 <chosa@kogane-research.co.jp>"],
    subject="所在調査のご依頼（車両未返却）",
    charset="cp932",
    body=f"""こがねリサーチ株式会社
調査部 御中

お世話になっております。日の出産業 経理部の東です。
返却予定日（2月28日）を過ぎても車両が返却されず、連絡もつかない案件について、
所在調査をお願いしたくご連絡いたしました。

　契約者　　　　{_p.name}（{_p.kana}）
　生年月日　　　{_p.dob('wareki')}
　本人確認書類　健康保険証（記号 {rng.randint(1000, 9999)}　番号 {rng.randint(100, 999)}）
　　　　　　　　※免許証とあわせて提示されたもの
　申告住所　　　{_p.addr}
　車両　　　　　日産 セレナ（千葉 300 わ 61-18）

警察には被害届を相談中です。お見積りをいただけますでしょうか。

日の出産業株式会社 経理部 債権管理課　東
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a renter's health insurance card symbol and number to an investigation firm")

# 043 maintenance schedule with JA and EN disclaimers that mention 機密/confidential
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["青葉運輸 回送センター <kaiso@aoba-unyu.co.jp>"],
    subject="車検入庫に伴う回送スケジュール（4月）",
    charset="utf-8",
    body="""青葉運輸 回送センター 野口様

いつもお世話になっております。日の出産業 車両管理課の早瀬です。
4月の車検入庫に伴う回送をお願いいたします。

・4/7（火）　羽田空港店 → 東海整備 大田工場　5台
・4/9（木）　成田空港店 → 東海整備 成田工場　8台
・4/14（火）東海整備 大田工場 → 羽田空港店　5台（戻し）
・4/16（木）東海整備 成田工場 → 成田空港店　8台（戻し）

車両番号の一覧は前日までにシステムで連携いたします。

日の出産業株式会社 車両管理課
早瀬 隼人
TEL 03-6400-1270

---------------------------------------------------------------
""" + DISC_JA + "\n" + DISC_EN + "\n",
    entities=[], detectors=[],
    note="ordinary schedule; the standard disclaimer is not a confidentiality marking")

# 044 typhoon notice to three private customers with everyone in To
add(expect="stop",
    sender="ひのでレンタカー 那覇空港店 <naha@hinode-sangyo.co.jp>",
    to=["aki.shimabukuro@gmail.com", "tkuniyoshi0612@yahoo.co.jp",
        "m-oshiro.88@docomo.ne.jp"],
    subject="【重要】台風接近に伴う営業時間変更とご予約について",
    charset="iso-2022-jp",
    body="""ご予約のお客様各位

ひのでレンタカー那覇空港店でございます。
台風8号の接近に伴い、8月21日（金）は営業時間を 8:00～14:00 に短縮いたします。

同日14時以降にご出発・ご返却のご予約をいただいているお客様は、
お手数ですが下記までご連絡ください。キャンセル料はいただきません。

　那覇空港店　098-850-2261（8:00～21:00）

ご不便をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains",
                            "freemail_recipient"],
    note="three private customers can see each other's addresses in To: should be Bcc")

# 045 courtesy-car notice: the renter (free mail) and the insurer, two parties
add(expect="pass",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["s.nagamine.1975@yahoo.co.jp"],
    cc=["あおい海上火災 那覇サービスセンター <naha-sc@aoi-kaijo.co.jp>"],
    subject="代車のご用意について",
    charset="iso-2022-jp",
    body="""長嶺 様

日の出産業 事故対応課の新田でございます。
先日の事故の件では、ご不便をおかけしております。

保険会社（あおい海上火災様、Ccにて共有しております）との協議の結果、
修理期間中の代車として、同クラスの車両をご用意できることになりました。

　受取店舗：那覇空港店
　期間　　：3月20日（金）～4月3日（金）
　車種　　：トヨタ アクア（同等クラス）

ご都合のよいご来店日時をお知らせください。

日の出産業株式会社 事故対応課　新田
TEL 03-6400-1180
""",
    entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="two external parties (one private person, one insurer); no sensitive data")

# 046 look-alike of the partner bank: midori-ginko.com (another TLD)
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin@midori-ginko.com>"],
    subject="口座振替サービス 委託者番号の追加について",
    charset="iso-2022-jp",
    body="""みどり銀行 法人営業部
大塚様

お世話になっております。日の出産業 経理部の東です。
カーシェア会員の月会費の口座振替について、委託者番号を1つ追加したく、
必要書類をご教示いただけますでしょうか。

・対象：ひのでカーシェア 法人会員プラン
・開始希望：2026年6月振替分から

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 経理部　東 由紀子
""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.com is a look-alike (TLD swap) of the partner midori-ginko.co.jp")

# 047 account-transfer results in totals only, to the real partner bank
add(expect="pass",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"],
    subject="Re: 3月振替分 結果データの件",
    charset="cp932",
    body="""みどり銀行 法人営業部
大塚様

お世話になっております。東です。
3月振替分の結果データ、受領いたしました。集計は下記のとおりで、弊社側と一致しております。

　　　　　　　件数　　　　金額
　振替済　　2,418件　　24,396,800円
　残高不足　　 63件　　　 612,700円
　口座なし　　　4件　　　　 39,600円
　合計　　　2,485件　　25,049,100円

残高不足分の再振替は4月分とあわせて行います。
引き続きよろしくお願いいたします。

東
""",
    entities=[], detectors=[],
    note="totals only to the partner bank; no person's data")

# 048 legacy XLS of members' bank accounts for account transfer, to the partner bank
_rows = [["会員番号", "口座名義（カナ）", "銀行名", "支店名", "種目", "口座番号", "振替金額"]]
for _p in people(7):
    _rows.append([_p.member, f"{_p.sei_kana} {_p.mei_kana}",
                  rng.choice(["みどり銀行", "さざなみ信用金庫", "ひかり銀行"]),
                  rng.choice(["本店営業部", "大宮支店", "新横浜支店", "船橋支店"]),
                  "普通", f"{rng.randint(1000000, 9999999)}", 1980])
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["みどり銀行 事務センター <furikae-center@midori-ginko.co.jp>"],
    subject="口座振替 新規登録分（手入力依頼）",
    charset="iso-2022-jp",
    body="""みどり銀行 事務センター 御中

日の出産業株式会社 経理部の東です。
伝送に載らなかった新規登録の7件について、手入力での登録をお願いいたします。
（Excel 97-2003形式でとのご指定でしたので .xls で作成しております）

よろしくお願いいたします。
""",
    attachments=[{"kind": "xls", "name": "口座振替_新規登録_手入力分.xls",
                  "sheets": {"新規登録": _rows}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="seven members' bank accounts in an XLS, even to the partner bank")

# 049 four trainees of a corporate customer with mobiles: a short list
_ps = people(4)
_lines = "\n".join(f"・{p.name}（{p.kana}）　携帯 {p.phone}" for p in _ps)
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["ひばり自動車学校 法人研修係 <kenshu@hibari-ds.co.jp>"],
    subject="安全運転講習（4/9）受講者のご連絡",
    charset="utf-8",
    body=f"""ひばり自動車学校
法人研修係 ご担当者様

お世話になっております。日の出産業 法人営業部の藤堂です。
川崎電機様向け安全運転講習（4月9日 9:30～）の受講者が確定しましたのでお知らせします。

{_lines}

当日の集合は9時15分、教習所正面受付とさせてください。
遅刻等の連絡は各自の携帯から入れるよう、先方には伝えております。

藤堂
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with phones: under the five-person list threshold")

# 050 business contacts of five corporate accounts for a calendar mailing (either)
_rows = []
for _co, _dept in [("川崎電機株式会社", "総務部"), ("北国フーズ株式会社", "総務課"),
                   ("星野建設株式会社", "管理部"), ("みなと精機株式会社", "総務グループ"),
                   ("有限会社さつき薬局", "本部")]:
    _p = P()
    _rows.append(f"{_co}\t{_dept}\t{_p.name}\t03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}（直通）")
add(expect="either",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["錦印刷 発送代行 <hasso@nishiki-insatsu.co.jp>"],
    subject="卓上カレンダー 法人顧客への発送先",
    charset="iso-2022-jp",
    body="""錦印刷 発送代行ご担当者様

お世話になっております。藤堂です。
卓上カレンダーの発送先（法人顧客分）です。宛名はご担当者様名でお願いします。

会社名\t部署\tご担当者\t電話
""" + "\n".join(_rows) + """

住所は前回の発送リストから変更ありません。

藤堂
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five business contacts (name + direct line) of companies: list of people or of businesses?")

# 051 basic pension numbers of two new airport hires to the labour consultant
_ps = people(2)
for _p in _ps:
    _p.y = rng.randint(1984, 2003)
_lines = "\n".join(
    f"　{p.name}（{p.kana}）\n　　生年月日：{p.dob('wareki_fw')}\n"
    f"　　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}\n"
    f"　　入社日：2026年4月1日（羽田空港店 契約社員）" for p in _ps)
add(expect="stop",
    sender="堀 美穂 <hori.miho@hinode-sangyo.co.jp>",
    to=["社会保険労務士法人みなと <tetsuzuki@minato-sr.or.jp>"],
    subject="資格取得届の作成依頼（4/1入社 2名）",
    charset="iso-2022-jp",
    body=f"""社会保険労務士法人みなと
手続きご担当者様

お世話になっております。日の出産業 人事部の堀です。
4月1日入社の2名について、社会保険の資格取得届の作成をお願いいたします。

{_lines}

標準報酬月額の算定資料は、明日お送りいたします。

日の出産業株式会社 人事部　堀 美穂
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="basic pension numbers of two people to an outside labour consultant")

# 052 My Numbers of individual car owners (P2P car-share) to the tax accountant
_ps = people(3)
_lines = "\n".join(f"{p.name}　{p.addr}　個人番号：{next_my_number()}　"
                   f"支払額：{yen(rng.randint(300, 1200) * 1000)}円" for p in _ps)
add(expect="stop",
    sender="真鍋 悟 <manabe.satoru@hinode-sangyo.co.jp>",
    to=["税理士法人やまびこ <office@yamabiko-tax.jp>"],
    subject="支払調書の作成（個人オーナー分）",
    charset="utf-8",
    body=f"""税理士法人やまびこ
佐久間先生

お世話になっております。日の出産業 総務部の真鍋です。
カーシェアの個人オーナー（車両提供者）への支払いのうち、支払調書の対象となる3名分です。

{_lines}

よろしくお願いいたします。

総務部 真鍋
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="My Numbers of three individual owners to an outside tax office")

# 053 the tax accountant about the same work, mentioning My Number but carrying none
add(expect="pass",
    sender="真鍋 悟 <manabe.satoru@hinode-sangyo.co.jp>",
    to=["税理士法人やまびこ <office@yamabiko-tax.jp>"],
    subject="Re: 支払調書の作成スケジュール",
    charset="iso-2022-jp",
    body="""佐久間先生

お世話になっております。真鍋です。
スケジュールの件、承知いたしました。

・1月9日　　対象者リスト（氏名・支払額のみ）をお送りする
・1月16日　マイナンバーは、先生の事務所のアップロードサービスから登録（メール送付はしません）
・1月23日　支払調書ドラフトのご確認
・1月31日　提出

マイナンバーの収集が済んでいないオーナーが2名おりますので、至急回収いたします。

真鍋

> 12月決算の支払調書の件、例年どおりのスケジュールでよろしいでしょうか。
> やまびこ 佐久間
""",
    entities=[], detectors=[],
    note="talks about マイナンバー collection; no numbers and no list")

# 054 DOCX damage list: six incidents with renters' names and phones, to the body shop
_ps = people(6)
_tbl = [["No", "返却日", "車両番号", "契約者", "連絡先", "損傷箇所", "概算"]]
for _i, _p in enumerate(_ps):
    _tbl.append([_i + 1, f"3/{rng.randint(1, 16)}", f"品川 300 わ {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                 _p.name, _p.phone,
                 rng.choice(["右リアフェンダー凹み", "フロントバンパー擦り傷", "左ドアミラー破損",
                             "ホイール ガリ傷", "リアゲート凹み"]),
                 f"{rng.randint(3, 25) * 10000:,}円"])
add(expect="stop",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["丸星自動車 フロント <front@maruboshi-motors.co.jp>"],
    subject="3月前半 返却時損傷の一覧（見積依頼）",
    charset="iso-2022-jp",
    body="""丸星自動車 岡部様

いつもありがとうございます。羽田空港店の佐伯です。
3月前半の返却時損傷をWordの表にまとめましたので、見積をお願いします。
契約者への請求額確定に使います。

佐伯
""",
    attachments=[{"kind": "docx", "name": "返却時損傷一覧_3月前半.docx",
                  "paragraphs": ["返却時損傷一覧（2026年3月1日～16日）羽田空港店"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six renters' names and phones in a DOCX table to the body shop")

# 055 one car's damage with a photo, no renter data
add(expect="pass",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["丸星自動車 フロント <front@maruboshi-motors.co.jp>"],
    subject="見積依頼：ヤリス 品川 300 わ 71-26 左リアドア",
    charset="iso-2022-jp",
    body="""岡部様

お世話になります。羽田空港店の佐伯です。
下記1台の見積をお願いします。写真を添付します。

　車種　　：トヨタ ヤリス（MXPA10）
　車両番号：品川 300 わ 71-26
　車台番号：MXPA10-2417853
　走行距離：18,420km
　損傷　　：左リアドア 凹み（約10cm）、塗装割れあり

明日10時に回送でお持ちします。

佐伯
""",
    attachments=[{"kind": "png", "name": "IMG_2041.png"}],
    entities=[], detectors=[],
    note="vehicle data and a photo only; no person")

# 056 half-width kana refund list (like bank data) with phones, CSV to the processor
_rows = [["取引ID", "ｶﾅｼﾒｲ", "電話番号", "返金額", "理由"]]
_HK = str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッー\u3099\u309a",
                    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｰﾞﾟ")


def hankaku(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFD", s).translate(_HK)


for _p in people(6):
    _rows.append([f"TX{rng.randint(10 ** 9, 10 ** 10 - 1)}", hankaku(_p.kana), _p.phone,
                  rng.choice([3300, 5500, 7920, 12100]),
                  rng.choice(["二重決済", "キャンセル料過請求", "ETC料金過請求"])])
add(expect="stop",
    sender="岩佐 千夏 <iwasa.chinatsu@hinode-sangyo.co.jp>",
    to=["ペイゲート・ジャパン 加盟店サポート <merchant-support@paygate-jp.com>"],
    subject="返金処理の依頼（福岡空港店 6件）",
    charset="cp932",
    body="""ペイゲート・ジャパン 加盟店サポート ご担当者様

福岡空港店の岩佐です。先日の端末障害で発生した二重決済等の返金6件をお願いします。
CSV（Shift_JIS）を添付します。お客様から問い合わせがあった場合に備え、電話番号も入れています。

よろしくお願いいたします。
""",
    attachments=[{"kind": "csv", "name": "henkin_0318.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' half-width kana names and phones to the payment processor")

# 057 【部外秘】 at the head of the mail body, to the transport partner
add(expect="stop",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
    subject="夏季 車両入替計画（概要）",
    charset="iso-2022-jp",
    body="""【部外秘】

青葉運輸 営業部 松岡様

いつもお世話になっております。日の出産業 車両管理課の早瀬です。
夏季の車両入替計画の概要です。回送台数の見込みとしてお使いください。

・那覇空港店　＋120台（6月下旬までに本州から回送）
・新千歳空港店　＋80台（7月上旬）
・関西空港店　－40台（那覇へ）
・EV 30台を羽田・成田に新規配備（メーカー直納）

台数は取締役会前の案ですので、確定は5月中旬になります。

早瀬
""",
    entities=[], detectors=["confidential_marking"],
    note="mail stamped 【部外秘】 at its head goes to an external company")

# 058 mentions 社外秘 only to explain why the public version is sent
add(expect="pass",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["えがおコンサルティング <info@egao-consulting.jp>"],
    subject="研修前の事前資料について",
    charset="utf-8",
    body="""えがおコンサルティング
相沢様

お世話になっております。ひのでレンタカーの小野寺です。
事前資料として社内のクレーム対応マニュアルをご希望いただきましたが、
マニュアルは社外秘の扱いとなっておりお渡しできないため、
代わりに公開している会社概要とサービス案内をお送りいたします。

マニュアルの要点は、研修前の打合せで口頭にてご説明いたします。
何卒ご了承ください。

小野寺
""",
    attachments=[{"kind": "pdf", "name": "会社概要_ひのでレンタカー.pdf",
                  "lines": ["会社概要", "日の出産業株式会社 モビリティ事業本部",
                            "店舗数 48店舗（うち空港店 6店舗）", "保有台数 約6,200台"]}],
    entities=[], detectors=[],
    note="社外秘 is only mentioned; the attachment is a public document")

# 059 encrypted PDF quote to a new corporate customer
add(expect="stop",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["星野建設 管理部 <kanri@hoshino-kensetsu.co.jp>"],
    subject="お見積書（長期レンタル 10台）",
    charset="iso-2022-jp",
    body="""星野建設株式会社
管理部 ご担当者様

お世話になっております。ひのでレンタカー法人営業部の藤堂です。
長期レンタル10台のお見積書をお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。

藤堂
""",
    attachments=[{"kind": "pdf", "name": "御見積書_星野建設様.pdf", "password": "hoshino2026",
                  "lines": ["御見積書", "長期レンタル 軽バン 10台 12か月",
                            "月額 418,000円（税別）"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

# 060 ordinary PDF quote with the T-number in the footer
_cn = corp_number(SEED + 2)
add(expect="pass",
    sender="藤堂 玲奈 <todo.rena@hinode-sangyo.co.jp>",
    to=["星野建設 管理部 <kanri@hoshino-kensetsu.co.jp>"],
    subject="Re: お見積書（長期レンタル 10台）パスワードなし版",
    charset="iso-2022-jp",
    body="""星野建設株式会社
管理部 村井様

お電話ありがとうございました。
社内システムでパスワード付きPDFが開けないとのことでしたので、
パスワードなしのPDFをあらためてお送りいたします。

藤堂
""",
    attachments=[{"kind": "pdf", "name": "御見積書_星野建設様_r1.pdf",
                  "page_footer": f"日の出産業株式会社　登録番号 T{_cn}",
                  "lines": ["御見積書", "星野建設株式会社 御中", "見積番号 Q-2603-0092",
                            "長期レンタル 軽バン（エブリイ）10台 12か月",
                            "月額 418,000円（税別） 年額 5,016,000円（税別）",
                            "保険・車検・メンテナンス費用込み"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="quote with the company's T-number; business data only")

# 061 three external organisations in To/Cc: counter relocation at the airport
add(expect="stop",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["スカイポートビル管理 テナント課 <tenant@skyport-kanri.co.jp>",
        "羽田シャトル交通 運行管理 <unko@haneda-shuttle.co.jp>"],
    cc=["青葉運輸 回送センター <kaiso@aoba-unyu.co.jp>"],
    subject="第2ターミナル カウンター移設工事期間中の運用について",
    charset="iso-2022-jp",
    body="""関係各社 ご担当者様

いつもお世話になっております。ひのでレンタカー羽田空港店の佐伯です。
5月11日～5月24日のカウンター移設工事期間中の運用をご連絡いたします。

・仮設カウンター：到着ロビー 南側 12番柱付近（テナント課様ご承認済み）
・送迎バス乗り場：変更なし（3番乗り場）
・回送車両の待機場所：P4 立体駐車場 屋上（期間中のみ）

ご不明な点があればご連絡ください。

羽田空港店 佐伯
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations see each other in To/Cc")

# 062 the same kind of notice done right: partners in Bcc, To is the sender
add(expect="pass",
    sender="ひのでレンタカー 法人営業部 <hojin@hinode-sangyo.co.jp>",
    to=["ひのでレンタカー 法人営業部 <hojin@hinode-sangyo.co.jp>"],
    bcc=["soumu-sharyo@kawasaki-denki.co.jp", "somu@kitaguni-foods.co.jp",
         "kanri@hoshino-kensetsu.co.jp", "somu@minato-seiki.co.jp"],
    subject="ゴールデンウィーク期間の法人予約受付について",
    charset="utf-8",
    body="""法人契約のお客様各位

平素よりひのでレンタカーをご利用いただき、誠にありがとうございます。
ゴールデンウィーク期間（4/25～5/6）の法人予約は、4月10日（金）をもって
受付を締め切らせていただきます。お早めにお申し込みください。

※本メールは法人契約のお客様にBccでお送りしております。

日の出産業株式会社 ひのでレンタカー 法人営業部
TEL 03-6400-1210
""",
    html="""<html><body>
<p>法人契約のお客様各位</p>
<p>平素よりひのでレンタカーをご利用いただき、誠にありがとうございます。<br>
ゴールデンウィーク期間（4/25～5/6）の法人予約は、<b>4月10日（金）</b>をもって受付を締め切らせていただきます。</p>
<p style="font-size:small">※本メールは法人契約のお客様にBccでお送りしております。</p>
<p>日の出産業株式会社 ひのでレンタカー 法人営業部<br>TEL 03-6400-1210</p>
</body></html>""",
    entities=[], detectors=[],
    note="external companies are in Bcc only; nobody sees the others")

# 063 one renter as a victim of a car break-in (crime victim), to the insurer
_p = P()
add(expect="stop",
    sender="矢吹 剛 <yabuki.tsuyoshi@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 大阪損害サービス <osaka-songai@tokiwa-sonpo.co.jp>"],
    subject="車上荒らし被害（貸渡中）の報告",
    charset="cp932",
    body=f"""ときわ損害保険株式会社
大阪損害サービス 御中

お世話になっております。ひのでレンタカー関西空港店の矢吹です。

3月16日夜、貸渡中の車両（和泉 500 わ 27-40）が大阪市内のコインパーキングで
車上荒らしに遭い、助手席側の窓ガラスが割られました。
お客様の{_p.name}様は、バッグと財布を盗まれる被害に遭われ、
翌朝、天満警察署に被害届を提出されています（受理番号は後日ご連絡）。

車両の窓ガラス交換について、車両保険の適用可否をご確認ください。

関西空港店 矢吹
TEL 072-458-3310
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable person as a crime victim (要配慮個人情報) sent to an insurer")

# 064 general information on hand-control cars: no person
add(expect="pass",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["旅の窓口ツーリスト 仕入課 <shiire@tabimado-tourist.co.jp>"],
    subject="福祉車両・手動運転装置付き車両の取り扱い店舗",
    charset="iso-2022-jp",
    body="""旅の窓口ツーリスト 仕入課 森様

お世話になっております。小野寺です。
お問い合わせの、車いすをご利用のお客様向け車両の取り扱いについてご案内します。

■手動運転装置付き車両（左手アクセル・ブレーキ）
　羽田空港店・関西空港店・那覇空港店（各1台、要予約 3日前まで）
■車いす移動車（スロープ付き）
　全空港店（各2台）

ご予約の際は、装置の種類（右手・左手）をお知らせください。
料金は通常車両と同額です。

小野寺
""",
    entities=[], detectors=[],
    note="general service information; no identifiable person")

# 065 one customer's disability tied to a name, to the transport partner
_p = P()
add(expect="stop",
    sender="金城 美咲 <kinjo.misaki@hinode-sangyo.co.jp>",
    to=["青葉運輸 回送センター <kaiso@aoba-unyu.co.jp>"],
    subject="手動運転装置付き車両の回送依頼（至急）",
    charset="utf-8",
    body=f"""青葉運輸 回送センター 野口様

那覇空港店の金城です。急ぎのお願いです。
3月28日ご出発の{_p.name}様（脊髄損傷により車いすをご利用、身体障害者手帳1級）の
ご予約で、左手操作の手動運転装置付き車両が必要になりました。
当店の1台が整備中のため、豊見城の整備工場から当店まで回送をお願いできますでしょうか。

　車両：沖縄 300 わ 19-55（フリード 手動装置付き）
　希望：3月27日 17時までに那覇空港店着

よろしくお願いいたします。

金城
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named customer's disability (要配慮個人情報) sent outside")

# 066 one foreign guest's pick-up to the partner hotel: one person
add(expect="pass",
    sender="金城 美咲 <kinjo.misaki@hinode-sangyo.co.jp>",
    to=["さくらホテル 那覇 フロント <naha-front@sakura-hotel.jp>"],
    subject="ご宿泊のお客様への車両お届け（3/22）",
    charset="utf-8",
    body="""さくらホテル那覇 フロント ご担当者様

お世話になっております。ひのでレンタカー那覇空港店の金城です。
ホテルお届けプランのお客様について、ご連絡いたします。

　お客様：Olivia THOMPSON 様（ご宿泊 3/21～3/25）
　お届け：3月22日（日）9:00　ホテル正面車寄せ
　連絡先：+61 412 583 906

当日、当店スタッフがフロントにお声がけいたします。
よろしくお願いいたします。

那覇空港店 金城
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guest's name and phone to the partner hotel; may be warned")

# 067 six reservation blocks (one record per block) to a travel agency
_ps = people(6)
_blocks = "\n".join(
    f"━━ {i + 1} ━━━━━━━━━━━━━━━━\n予約番号：TM-{rng.randint(100000, 999999)}\n"
    f"お名前　：{p.name}（{p.kana}）\nTEL　　 ：{p.phone}\nメール　：{p.email}\n"
    f"エラー　：{rng.choice(['電話番号の桁不足', 'メール不達', '生年月日未入力', '重複予約'])}\n"
    for i, p in enumerate(_ps))
add(expect="stop",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["旅の窓口ツーリスト システム担当 <system@tabimado-tourist.co.jp>"],
    subject="予約取込エラー6件のご確認",
    charset="iso-2022-jp",
    body=f"""旅の窓口ツーリスト システムご担当者様

お世話になっております。ひのでレンタカー お客様センターの小野寺です。
昨日の連携分で、弊社システムへの取込がエラーになった予約が6件ありました。
お手数ですが、予約データをご確認ください。

{_blocks}
よろしくお願いいたします。

小野寺
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six customers' records, one block each, to a travel agency")

# 068 「・」 bullets: eight customers' postal addresses for a DM run, to the printer
_ps = people(8)
_lines = "\n".join(f"・〒{p.zip}　{p.addr}　{p.name} 様" for p in _ps)
add(expect="stop",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["錦印刷 発送代行 <hasso@nishiki-insatsu.co.jp>"],
    subject="DM追加発送分（宛名8件）",
    charset="iso-2022-jp",
    body=f"""錦印刷 発送代行ご担当者様

お世話になっております。小野寺です。
春のキャンペーンDMについて、本日の追加発送分の宛名です。
ラベル印字をお願いいたします。

{_lines}

以上8件、よろしくお願いいたします。

ひのでレンタカー お客様センター 小野寺
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight private customers' addresses in bullets to an external printer")

# 069 DM print specification to the printer: no people
add(expect="pass",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="春キャンペーンDM 仕様の確定",
    charset="cp932",
    body="""錦印刷株式会社 営業部 坂口様

お世話になっております。小野寺です。
春キャンペーンDMの仕様を下記で確定いたします。

　形状　　　：圧着ハガキ（V型）
　用紙　　　：圧着用紙 110kg
　色数　　　：表裏4色
　部数　　　：32,000部
　宛名データ：3月23日に弊社よりSFTPでアップロード
　発送　　　：4月1日 差出（料金別納）

お見積書（No. N-26-0315）の内容で発注いたします。

小野寺
""",
    entities=[], detectors=[],
    note="printing specification; the address data is not in the mail")

# 070 tab-separated SSO accounts of a partner's employees, to the system vendor
_rows = "\n".join(
    f"K{rng.randint(100000, 999999)}\t{p.name}\t{p.mei_ro.lower()}.{p.sei_ro.lower()}@kawasaki-denki.co.jp\t{p.phone}"
    for p in people(6))
add(expect="stop",
    sender="大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>",
    to=["ツバサシステム 運用サポート <support@tsubasa-system.jp>"],
    subject="法人ポータル SSOアカウント作成依頼（川崎電機様 6名）",
    charset="utf-8",
    body="""ツバサシステム 運用サポート ご担当者様

お世話になっております。日の出産業 情報システム部の大河内です。
法人予約ポータルのSSOアカウント作成をお願いします。
川崎電機様から届いた利用者一覧をそのまま貼り付けます（タブ区切り）。

社員番号\t氏名\tメールアドレス\t携帯（SMS認証用）
""" + _rows + """

作成後、各利用者へ招待メールの送信をお願いいたします。

大河内
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees' e-mails and mobiles, tab-separated, to a vendor")

# 071 English reply: the list is only in the partner's quoted message
_ps = [("Michael", "BROWN"), ("Sarah", "JONES"), ("David", "MILLER"), ("Laura", "WILSON"),
       ("James", "TAYLOR")]
_q = "\n".join(f"> {g} {s}, +1 {rng.randint(200, 989)}-{rng.randint(200, 989)}-{rng.randint(1000, 9999)}, "
               f"IDP {rng.choice(['AAA', 'AATA'])} {rng.randint(1000000, 9999999)}" for g, s in _ps)
add(expect="pass",
    sender="Lisa Matsuoka <matsuoka.lisa@hinode-sangyo.co.jp>",
    to=["Partnerships <partners@globaldrive-tours.com>"],
    subject="Re: Hokkaido tour group - drivers for 2 May",
    charset="utf-8",
    body=f"""Hi Daniel,

Thanks, all five drivers are registered for the New Chitose Airport pick-up on 2 May.
Each of them must show the original IDP and licence at the counter; copies are not accepted.

Best,
Lisa

On Tue, 17 Mar 2026 at 08:12, Daniel Ross <partners@globaldrive-tours.com> wrote:
> Hi Lisa,
> Here are the five drivers for the Hokkaido group:
{_q}
> Cheers, Daniel
""",
    entities=[], detectors=[],
    note="the drivers' list is only in the partner's own quoted message")

# 072 reply whose NEW text adds a list of five renters above the quoted thread
_ps = people(5)
_new = "\n".join(f"  {p.name:<8}  {fw(p.phone)}  {p.addr}" for p in _ps)
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["ほしぞら債権回収 受託管理課 <jutaku@hoshizora-servicer.co.jp>"],
    subject="Re: 追加委託分はありますか",
    charset="iso-2022-jp",
    body=f"""ほしぞら債権回収 原様

お世話になっております。東です。
追加で委託させていただきたいのは次の5件です（ETC未払い分）。

{_new}

金額の内訳は来週のCSVに含めます。

東

-----Original Message-----
From: 原 <jutaku@hoshizora-servicer.co.jp>
Sent: Wednesday, March 18, 2026 10:02 AM
To: 東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>
Subject: 追加委託分はありますか

日の出産業 東様
今月の追加委託分があれば、本日中にお知らせください。
ほしぞら債権回収 原
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="the list of five debtors is new text in a reply, not quoted")

# 073 XLSX with 社外秘 / Internal Only in the page header, to the lease company
add(expect="stop",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["かのんリース 営業第一部 <eigyo1@kanon-lease.co.jp>"],
    subject="2026年度 車両調達計画（リース分）",
    charset="iso-2022-jp",
    body="""かのんリース株式会社
営業第一部 吉岡様

お世話になっております。日の出産業 車両管理課の早瀬です。
2026年度のリース調達計画をお送りします。お見積りの前提としてご利用ください。

早瀬
""",
    attachments=[{"kind": "xlsx", "name": "車両調達計画_2026.xlsx",
                  "page_header": "社外秘 / Internal Only",
                  "sheets": {"調達計画": [["2026年度 車両調達計画（リース分）"],
                                          ["クラス", "車種", "台数", "導入時期", "想定単価"],
                                          ["K", "N-BOX", 220, "6月", 1580000],
                                          ["S", "ヤリス", 340, "6月", 1890000],
                                          ["W", "ノア", 120, "7月", 3320000],
                                          ["EV", "bZ4X", 30, "9月", 5500000]],
                             "前年比": [["クラス", "2025", "2026"], ["K", 180, 220],
                                        ["S", 310, 340]]}}],
    entities=[], detectors=["confidential_marking"],
    note="spreadsheet stamped 社外秘 / Internal Only in the page header goes outside")

# 074 fleet list without people, to the lease company
_rows = [["登録番号", "車種", "車台番号", "初度登録", "リース満了"]]
for _i in range(12):
    _rows.append([f"品川 300 わ {rng.randint(10, 99)}-{rng.randint(10, 99)}",
                  rng.choice(["ヤリス", "アクア", "ノア", "N-BOX"]),
                  f"{rng.choice(['MXPA10', 'MXPK11', 'ZWR90W', 'JF3'])}-{rng.randint(1000000, 9999999)}",
                  f"2023/{rng.randint(1, 12):02d}", f"2026/{rng.randint(4, 9):02d}"])
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["かのんリース 営業第一部 <eigyo1@kanon-lease.co.jp>"],
    subject="リース満了車両の返却予定",
    charset="utf-8",
    body="""かのんリース 吉岡様

お世話になっております。早瀬です。
今年度上期にリース満了となる12台の返却予定です。
引取日程のご調整をお願いいたします。

早瀬
""",
    attachments=[{"kind": "xlsx", "name": "リース満了車両_2026上期.xlsx",
                  "sheets": {"満了車両": _rows}}],
    entities=[], detectors=[],
    note="vehicle list (plates, chassis numbers), no people")

# 075 homoglyph look-alike of the partner hotel: Cyrillic а (punycode)
_hotel_idn = "sаkura-hotel.jp".encode("idna").decode("ascii")
add(expect="stop",
    sender="金城 美咲 <kinjo.misaki@hinode-sangyo.co.jp>",
    to=[f"さくらホテル 那覇 宿泊営業 <naha-sales@{_hotel_idn}>"],
    subject="Re: 夏季プランの送客実績",
    charset="utf-8",
    body="""比嘉様

お世話になっております。那覇空港店の金城です。
昨年夏のホテル割プランの送客実績は、7月 412件、8月 538件、9月 301件でした。
今年も同程度を見込んでおります。

金城
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain uses a Cyrillic а: homoglyph of the partner sakura-hotel.jp")

# 076 look-alike of the transport partner: aoba-unyu.jp (co. dropped)
add(expect="stop",
    sender="照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>",
    to=["青葉運輸 沖縄営業所 <okinawa@aoba-unyu.jp>"],
    subject="フェリー輸送の手配（那覇→石垣 4台）",
    charset="iso-2022-jp",
    body="""青葉運輸 沖縄営業所 ご担当者様

お世話になっております。ひのでレンタカー那覇空港店の照屋です。
石垣島の提携店への応援車両として、フェリー輸送をお願いします。

　台数：4台（ヤリス2、ノア2）
　那覇港 搬入：4月20日（月）午前
　石垣港 着　：4月21日（火）

お見積りをいただけますでしょうか。

照屋
""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp")

# 077 interview schedule to a job applicant on free mail
add(expect="pass",
    sender="堀 美穂 <hori.miho@hinode-sangyo.co.jp>",
    to=["rina.kobayashi0409@gmail.com"],
    subject="【日の出産業】アルバイト面接日時のご案内（新千歳空港店）",
    charset="iso-2022-jp",
    body="""小林 様

この度は、ひのでレンタカー新千歳空港店のアルバイトにご応募いただき、
誠にありがとうございます。日の出産業 人事部の堀でございます。

面接の日時が決まりましたので、ご案内いたします。

　日時：3月26日（木）14:00～（30分程度）
　場所：新千歳空港店 2階 事務所（国内線ターミナル 送迎バス乗り場より徒歩3分）
　持ち物：履歴書（写真貼付）、運転免許証（ご本人確認のため、当日ご提示のみ）

ご都合が悪い場合は、本メールにご返信ください。

日の出産業株式会社 人事部 採用担当　堀 美穂
TEL 03-6400-1500
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail applicant; no data beyond a salutation")

# 078 English: three Korean tourists' passport numbers for counter verification
_kr = [("KIM", "Min-jun"), ("PARK", "Ji-woo"), ("LEE", "Seo-yeon")]
_lines = "\n".join(f"  {s} {g:<9}  Passport M{rng.randint(10000000, 99999999)}   "
                   f"IDP No. {rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
                   for s, g in _kr)
add(expect="stop",
    sender="桐生 淳 <kiryu.jun@hinode-sangyo.co.jp>",
    to=["Hanbit Travel Japan Desk <japan@hanbit-travel.co.kr>"],
    subject="[Hinode Rent-a-Car] IDP check for group HB-0412 (New Chitose)",
    charset="utf-8",
    body=f"""Dear Ms. Choi,

This is Kiryu from Hinode Rent-a-Car New Chitose Airport branch.
For the group HB-0412 arriving on 12 April, we pre-checked the documents you sent.
The IDP of the three drivers below shows a different passport number from the one
in the booking. Could you confirm which one is correct?

{_lines}

If the IDP does not match the passport, we cannot hand over the car.

Best regards,
Jun Kiryu
Hinode Rent-a-Car New Chitose Airport
Tel +81-123-45-9011
""",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="three tourists' passport numbers (identity documents) to an overseas agency")

# 079 English: which licences are accepted in Japan (information only)
add(expect="pass",
    sender="Lisa Matsuoka <matsuoka.lisa@hinode-sangyo.co.jp>",
    to=["Japan Desk <japan-desk@formosa-travel.com.tw>"],
    subject="Re: Which driving documents do your customers need?",
    charset="utf-8",
    body="""Dear Mr. Kuo,

Thank you for your question. In short:

* Geneva Convention (1949) countries, e.g. USA, UK, Korea, Australia, Thailand:
  national licence + International Driving Permit.
* Taiwan, Switzerland, Germany, France, Belgium, Monaco, Slovenia:
  national licence + official Japanese translation (JAF or the issuing authority).
* Vienna Convention-only IDPs are not valid in Japan.

A customer may drive for up to one year after entering Japan. We will gladly send
a one-page leaflet in Traditional Chinese if you would like to include it in your
travel documents.

Kind regards,
Lisa Matsuoka
International Desk, Hinode Rent-a-Car

> Could you tell us which driving documents our customers need in Japan?
> Kuo, Formosa Travel Service
""",
    entities=[], detectors=[],
    note="general rules for foreign licences; no person")

# 080 a renter's 'feeling unwell' mentioned with her name (either)
_p = P()
add(expect="either",
    sender="岩佐 千夏 <iwasa.chinatsu@hinode-sangyo.co.jp>",
    to=["さくらホテル 博多 フロント <hakata-front@sakura-hotel.jp>"],
    subject="車両引取時間の変更（3/19）",
    charset="iso-2022-jp",
    body=f"""さくらホテル博多 フロント ご担当者様

お世話になっております。ひのでレンタカー福岡空港店の岩佐です。
ご宿泊中の{_p.name}様から、体調不良のため本日は外出を控えたいとのご連絡があり、
ホテルでの車両引取を本日15時から明日10時に変更いたします。

お手数ですが、車両は引き続きホテル駐車場（B2 12番）に置かせてください。

福岡空港店 岩佐
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="vague 体調不良 of a named guest: health information or just a reason for a delay?")

# 081 CSV of six full card numbers for re-authorisation, to a second processor
_rows = [["予約番号", "カード名義", "カード番号", "有効期限", "金額"]]
for _p in people(6):
    _rows.append([f"KIX-{rng.randint(1000000, 9999999)}", _p.romaji, next_card(),
                  f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
                  rng.choice([8800, 15840, 22440, 37180])])
add(expect="stop",
    sender="矢吹 剛 <yabuki.tsuyoshi@hinode-sangyo.co.jp>",
    to=["決済ナビ 加盟店窓口 <kameiten@kessai-navi.co.jp>"],
    subject="再オーソリ依頼（関西空港店 6件）",
    charset="cp932",
    body="""決済ナビ株式会社
加盟店窓口 御中

ひのでレンタカー関西空港店の矢吹です。
3月分の追加精算（燃料・ETC）で与信エラーとなった6件について、再オーソリをお願いします。
CSVを添付いたします。

よろしくお願いいたします。
""",
    attachments=[{"kind": "csv", "name": "再オーソリ_0318.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="six full card numbers in a CSV to an external processor")

# 082 masked card numbers and transaction IDs only
add(expect="pass",
    sender="岩佐 千夏 <iwasa.chinatsu@hinode-sangyo.co.jp>",
    to=["ペイゲート・ジャパン 加盟店サポート <merchant-support@paygate-jp.com>"],
    subject="Re: 返金処理の依頼（福岡空港店 6件）→ 2件の状況確認",
    charset="iso-2022-jp",
    body="""ペイゲート・ジャパン 加盟店サポート ご担当者様

福岡空港店の岩佐です。返金処理ありがとうございました。
下記2件のみ、管理画面でステータスが「処理中」のままとなっております。
ご確認いただけますでしょうか。

　取引ID　　　　　　カード番号（下4桁）　金額
　TX4820193377　　　****-****-****-2817　　5,500円
　TX5511068240　　　****-****-****-0394　 12,100円

よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="only masked card numbers and transaction IDs")

# 083 DOCX accident report with one renter's injury and licence, to an insurer
_p = P()
add(expect="stop",
    sender="照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>",
    to=["あおい海上火災 那覇サービスセンター <naha-sc@aoi-kaijo.co.jp>"],
    subject="事故報告書の送付（受付番号 AK-0322-118）",
    charset="iso-2022-jp",
    body="""あおい海上火災保険 那覇サービスセンター 玉城様

お世話になっております。那覇空港店の照屋です。
先ほどお電話した件の事故報告書をお送りします。ご確認ください。

照屋
""",
    attachments=[{"kind": "docx", "name": "事故報告書_AK-0322-118.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "ひのでレンタカー 那覇空港店"],
                  "tables": [[["項目", "内容"],
                              ["発生日時", "令和8年3月22日 16時40分頃"],
                              ["場所", "沖縄県名護市為又 国道58号線"],
                              ["運転者氏名", _p.name],
                              ["運転者生年月日", _p.dob("wareki")],
                              ["免許証番号", _p.licence],
                              ["負傷の状況", "右膝打撲、左鎖骨骨折（名護市内の病院で診断）"],
                              ["相手方", "なし（単独事故）"]]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX report with a renter's licence number and injury diagnosis")

# 084 blank accident-report form to the insurer: labels without values
add(expect="pass",
    sender="照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>",
    to=["あおい海上火災 那覇サービスセンター <naha-sc@aoi-kaijo.co.jp>"],
    subject="事故報告書の様式（改訂版）について",
    charset="iso-2022-jp",
    body="""玉城様

お世話になっております。照屋です。
事故報告書の様式を改訂しましたので、空欄の様式をお送りします。
記載項目に不足がないかご確認いただけますでしょうか。

照屋
""",
    attachments=[{"kind": "docx", "name": "事故報告書_様式_v2.docx",
                  "paragraphs": ["事故報告書（様式 v2）", "※太枠内は店舗スタッフが記入"],
                  "tables": [[["項目", "内容"], ["発生日時", ""], ["場所", ""],
                              ["運転者氏名", ""], ["運転者生年月日", ""], ["免許証番号", ""],
                              ["負傷の状況", ""], ["相手方", ""], ["警察届出", "有 ・ 無"]]]}],
    entities=[], detectors=[],
    note="empty form: field labels only, no values")

# 085 health-check result of a dispatched delivery driver, to the staffing agency
_p = P()
add(expect="stop",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["はしれスタッフ 派遣事業部 <haken@hashire-staff.co.jp>"],
    subject="回送ドライバーの乗務について（ご相談）",
    charset="cp932",
    body=f"""はしれスタッフ株式会社
派遣事業部 ご担当者様

お世話になっております。日の出産業 車両管理課の早瀬です。
派遣いただいている回送ドライバーの{_p.name}さんについてご相談です。

先月の定期健康診断で血圧が180/110と高く「要精密検査」の判定が出ており、
ご本人からも睡眠時無呼吸症候群の治療中と伺いました。
安全上、精密検査の結果が出るまで長距離回送の乗務は外していただけますでしょうか。

早瀬
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named driver's health-check result and treatment sent outside")

# 086 internal subdomain: licence list stays inside the company
_ps = people(7)
_lines = "\n".join(f"{p.name}\t{p.licence}\t{p.exp}" for p in _ps)
add(expect="pass",
    sender="大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>",
    to=["会員審査チーム <shinsa@mail.hinode-sangyo.co.jp>"],
    cc=["宮城 拓海 <miyagi.takumi@hinode-sangyo.co.jp>"],
    subject="免許証OCRの読取不可分（手動確認依頼）",
    charset="utf-8",
    body=f"""審査チーム各位

お疲れさまです。情報システム部の大河内です。
昨日のカーシェア新規入会のうち、免許証OCRで有効期限が読み取れなかった7件です。
画像と照合のうえ、手動で確認をお願いします。

氏名\t免許証番号\t有効期限（OCR）
{_lines}

大河内
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="licence list, but recipients are internal (subdomain included)")

# 087 internal To with one external Cc: a list of five customers goes outside
_ps = people(5)
_lines = "\n".join(f"{i + 1}) {p.name} / {p.phone} / {p.email}" for i, p in enumerate(_ps))
add(expect="stop",
    sender="宮城 拓海 <miyagi.takumi@hinode-sangyo.co.jp>",
    to=["大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>"],
    cc=["ツバサシステム 運用サポート <support@tsubasa-system.jp>"],
    subject="二重課金が発生した会員（5名）",
    charset="iso-2022-jp",
    body=f"""大河内さん
（Cc：ツバサシステム様）

お疲れさまです。宮城です。
3/17のメンテナンス後に二重課金が発生した会員は以下の5名です。
ツバサシステム様には原因調査をお願いしています。

{_lines}

お客様には私から個別にお詫びの連絡を入れます。

宮城
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="list of five members goes to one external Cc recipient")

# 088 UTF-8 CSV price list for a travel agency
add(expect="pass",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["旅の窓口ツーリスト 仕入課 <shiire@tabimado-tourist.co.jp>"],
    subject="2026年度 代理店卸料金（CSV）",
    charset="utf-8",
    body="""旅の窓口ツーリスト 仕入課 森様

お世話になっております。小野寺です。
2026年度の代理店卸料金をCSV（UTF-8）でお送りします。
システム取込用に、商品コード列を追加しております。

小野寺
""",
    attachments=[{"kind": "csv", "name": "oroshi_2026.csv", "encoding": "utf-8",
                  "rows": [["商品コード", "クラス", "期間区分", "24h", "48h", "72h", "追加1日"],
                           ["HRC-K-01", "K", "通常", 4950, 9350, 13200, 4180],
                           ["HRC-K-02", "K", "繁忙", 6050, 11550, 16500, 5280],
                           ["HRC-S-01", "S", "通常", 5940, 11220, 15840, 4950],
                           ["HRC-S-02", "S", "繁忙", 7260, 13860, 19800, 6160],
                           ["HRC-W-01", "W", "通常", 12320, 23540, 33440, 10450],
                           ["HRC-W-02", "W", "繁忙", 15180, 29040, 41360, 12870]]}],
    entities=[], detectors=[],
    note="wholesale price list with product codes; no people")

# 089 PPTX case study with five customers' names and phones, to the trainer
_ps = people(5)
_slides = [["2月のクレーム事例", "接客研修 事前資料", "お客様センター"]]
for _p in _ps:
    _slides.append([f"事例：{_p.name} 様",
                    f"連絡先 {_p.phone}",
                    f"内容：{rng.choice(['予約した車がなかった', '給油の説明が不十分', '送迎バスの案内ミス', '傷の確認で口論になった', 'NOCの説明がなかった'])}",
                    "対応：店長から電話でお詫び"])
add(expect="stop",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["えがおコンサルティング <info@egao-consulting.jp>"],
    subject="研修用スライド（事例部分）のたたき台",
    charset="utf-8",
    body="""相沢様

小野寺です。研修用スライドの事例部分をPowerPointでまとめてみました。
言い回しなどご指導いただけると助かります。

小野寺
""",
    attachments=[{"kind": "pptx", "name": "クレーム事例_研修用.pptx", "slides": _slides}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customers' names and phones, one per slide, to an outside trainer")

# 090 reply under -----Original Message-----: the customer's address is in the quote only
_p = P()
add(expect="pass",
    sender="照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>",
    to=["あおい海上火災 那覇サービスセンター <naha-sc@aoi-kaijo.co.jp>"],
    subject="RE: 示談書の送付先について",
    charset="cp932",
    body=f"""玉城様

お世話になっております。照屋です。
示談書の送付先、承知しました。当店からお客様にもその旨お伝えします。

照屋

-----Original Message-----
From: 玉城 <naha-sc@aoi-kaijo.co.jp>
Sent: Thursday, March 19, 2026 3:41 PM
To: 照屋 勇 <teruya.isamu@hinode-sangyo.co.jp>
Subject: 示談書の送付先について

照屋様
示談書は、お客様のご自宅宛に直接郵送いたします。
　{_p.name}様　〒{_p.zip} {_p.addr}　TEL {_p.phone}
あおい海上火災 玉城
""",
    entities=[], detectors=[],
    note="the customer's address and phone are only in the quoted original")

# 091 forward (転送) of a customer's mail with her card number, to the travel agency
_p = P()
_c = next_card()
add(expect="stop",
    sender="小野寺 彩 <onodera.aya@hinode-sangyo.co.jp>",
    to=["旅の窓口ツーリスト 予約センター <yoyaku@tabimado-tourist.co.jp>"],
    subject="転送: 予約の支払い方法について",
    charset="iso-2022-jp",
    body=f"""旅の窓口ツーリスト 予約センター ご担当者様

お世話になっております。ひのでレンタカーの小野寺です。
御社経由のご予約のお客様から、弊社宛に下記のメールが届きました。
お支払いは御社での決済となりますので、お客様へのご案内をお願いできますでしょうか。

小野寺

差出人: {_p.name} <{_p.email}>
送信日時: 2026年3月18日 22:17
宛先: support@hinode-sangyo.co.jp
件名: 予約の支払い方法について

予約番号 TM-448120 の{_p.name}です。
旅行会社のサイトでカード決済ができなかったので、こちらで決済してください。
カード番号 {_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}　有効期限 11/29
連絡先 {_p.phone}
""",
    entities=["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded customer mail is new text to the agency: full card number")

# 092 licence number in the subject line, to the police
_p = P()
add(expect="stop",
    sender="東 由紀子 <higashi.yukiko@hinode-sangyo.co.jp>",
    to=["放置違反金管理 <hochi-kanri@police-kanto.lg.jp>"],
    subject=f"弁明書の訂正（運転者 免許証番号 {_p.licence}）",
    charset="iso-2022-jp",
    body=f"""放置違反金管理 ご担当者様

日の出産業株式会社 経理部の東です。
3月18日に提出した弁明書のうち、No.4の運転者の記載に誤りがありました。

　誤）{_p.sei} {rng.choice(['正', '聡', '昇'])}
　正）{_p.name}（免許証番号は件名のとおり）

お手数をおかけし申し訳ございません。訂正後の弁明書は本日郵送いたします。

日の出産業株式会社 経理部 債権管理課　東
""",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driver's licence number in the subject, sent outside")

# 093 child-seat order: order, product and tracking numbers only
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["キッズセーフ商会 受注センター <juchu@kidsafe-shokai.co.jp>"],
    subject="注文番号 KS-20260318-0442 の納品先と出荷状況",
    charset="iso-2022-jp",
    body="""キッズセーフ商会 受注センター ご担当者様

お世話になっております。日の出産業 車両管理課の早瀬です。
先日発注したチャイルドシート等の出荷状況を教えてください。

　注文番号：KS-20260318-0442
　品番　　　　　　　　品名　　　　　　　　　　数量
　CS-ISOFIX-220-BK　 ISOFIX チャイルドシート　 40
　JS-BOOST-015-GY　　ジュニアシート　　　　　　60
　BS-INF-008-WH　　　ベビーシート　　　　　　　20

先週いただいた送り状番号（4418-3026-5519、4418-3026-5520）のうち、
羽田空港店分が未着のようです。

早瀬
""",
    entities=[], detectors=[],
    note="order, product and tracking numbers; no personal data")

# 094 inspection schedule with plates and chassis numbers, to the garage
_lines = "\n".join(
    f"  {rng.choice(['成田 300 わ', '千葉 500 わ'])} {rng.randint(10, 99)}-{rng.randint(10, 99)}   "
    f"{rng.choice(['ZVW51', 'MXPH10', 'ZWR90W', 'NRE210'])}-{rng.randint(1000000, 9999999)}   "
    f"4/{rng.randint(7, 10)}"
    for _ in range(8))
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["東海整備 成田工場 <narita@tokai-seibi.co.jp>"],
    subject="4月 車検入庫予定（成田空港店 8台）",
    charset="cp932",
    body=f"""東海整備 成田工場 ご担当者様

お世話になっております。日の出産業 車両管理課の早瀬です。
4月の車検入庫予定です。青葉運輸様の回送で入庫します。

  登録番号           車台番号            入庫日
  -----------------  ------------------  ------
{_lines}

代車は不要です。よろしくお願いいたします。

早瀬
""",
    entities=[], detectors=[],
    note="vehicle list only; no people")

# 095 five participants' names only with their assigned cars (either)
_ps = people(5)
_lines = "\n".join(f"　{p.name} 様　→　{rng.choice(['ロードスター', 'GR86', 'フェアレディZ'])}（{c}号車）"
                   for p, c in zip(_ps, "ABCDE"))
add(expect="either",
    sender="金城 美咲 <kinjo.misaki@hinode-sangyo.co.jp>",
    to=["さくらホテル 那覇 宿泊営業 <naha-sales@sakura-hotel.jp>"],
    subject="オープンカー ツーリングプラン（3/29）参加者の配車",
    charset="utf-8",
    body=f"""比嘉様

お世話になっております。那覇空港店の金城です。
3月29日のツーリングプランの参加者と配車です。
ホテル前での出発セレモニーの際、お名前をお呼びする順にしております。

{_lines}

集合は8:30、ホテル車寄せでお願いします。

金城
""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="five names with only a car assignment: a list of people, or just names?")

# 096 ZIP with a DOCX cover and an XLSX of residence card numbers, to the guarantor
_rows = [["マンスリー契約者 在留カード確認表（関西空港店）"],
         ["No", "氏名（ローマ字）", "国籍・地域", "在留カード番号", "在留期限", "携帯"]]
_names = [("TRAN VAN DUC", "ベトナム"), ("SANTOS MARIA CLARA", "フィリピン"),
          ("RAI PRAKASH", "ネパール"), ("WIJAYA ANDI", "インドネシア"),
          ("LI XIAOMING", "中国")]
for _i, (_n, _c) in enumerate(_names):
    _letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    _rows.append([_i + 1, _n, _c,
                  f"{rng.choice(_letters)}{rng.choice(_letters)}{rng.randint(10000000, 99999999)}"
                  f"{rng.choice(_letters)}{rng.choice(_letters)}",
                  f"{rng.randint(2026, 2029)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                  P().phone])
add(expect="stop",
    sender="矢吹 剛 <yabuki.tsuyoshi@hinode-sangyo.co.jp>",
    to=["あんしん保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    subject="マンスリー契約 更新審査資料（5名分）",
    charset="iso-2022-jp",
    body="""あんしん保証 審査部 御中

関西空港店の矢吹です。4月更新のマンスリー契約5名分の更新審査資料をZIPでお送りします。

矢吹
""",
    attachments=[{"kind": "zip", "name": "更新審査資料_202604.zip",
                  "files": [{"kind": "docx", "name": "送付状.docx",
                             "paragraphs": ["送付状", "あんしん保証株式会社 審査部 御中",
                                            "マンスリー契約 更新審査資料 5名分"]},
                            {"kind": "xlsx", "name": "在留カード確認表.xlsx",
                             "sheets": {"確認表": _rows}}]}],
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five residence card numbers in an XLSX inside a ZIP")

# 097 plain ZIP with damage photos and a note, no people
add(expect="pass",
    sender="佐伯 真一 <saeki.shinichi@hinode-sangyo.co.jp>",
    to=["丸星自動車 フロント <front@maruboshi-motors.co.jp>"],
    subject="写真送付：ノア 品川 300 わ 88-03",
    charset="utf-8",
    body="""岡部様

羽田空港店の佐伯です。先ほどお電話した車両の写真をZIPでお送りします。
損傷箇所のメモも入れてあります。

佐伯
""",
    attachments=[{"kind": "zip", "name": "noa_8803_photos.zip",
                  "files": [{"kind": "png", "name": "front.png"},
                            {"kind": "png", "name": "left_slide_door.png"},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "ノア 品川300わ88-03\n左スライドドア 下部 擦り傷 約30cm\n"
                                     "フロントバンパー 左角 割れ\n走行 42,180km"}]}],
    entities=[], detectors=[],
    note="photos and a vehicle note; nothing personal or unreadable")

# 098 plain ZIP holding a password-protected PDF, to the insurer
add(expect="stop",
    sender="新田 浩二 <nitta.koji@hinode-sangyo.co.jp>",
    to=["ときわ損害保険 損害サービス課 <songai-service@tokiwa-sonpo.co.jp>"],
    subject="ドライブレコーダー解析結果（TK-26-031872）",
    charset="iso-2022-jp",
    body="""ときわ損害保険 佐々木様

お世話になっております。新田です。
ドライブレコーダーの解析結果報告書をお送りします。
解析業者から保護付きPDFで届いておりますので、そのままZIPにまとめております。
パスワードは解析業者から直接お伝えするとのことです。

新田
""",
    attachments=[{"kind": "zip", "name": "DR解析_TK-26-031872.zip",
                  "files": [{"kind": "pdf", "name": "解析報告書.pdf", "password": "dr-0318",
                             "lines": ["ドライブレコーダー解析報告書", "衝突時速度 約32km/h"]},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "解析報告書.pdf はパスワード保護されています。"}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="the PDF inside the ZIP is encrypted and cannot be inspected")

# 099 internal only: a document marked 社外秘 shared among branch managers
add(expect="pass",
    sender="早瀬 隼人 <hayase.hayato@hinode-sangyo.co.jp>",
    to=["空港店 店長各位 <airport-managers@hinode-sangyo.co.jp>"],
    subject="【社外秘】夏季 車両入替計画（確定版）",
    charset="iso-2022-jp",
    body="""空港店 店長各位

お疲れさまです。車両管理課の早瀬です。
取締役会で承認された夏季の車両入替計画（確定版）を共有します。
社外秘ですので、取引先への転送はしないでください。

早瀬
""",
    attachments=[{"kind": "pdf", "name": "夏季車両入替計画_確定版.pdf",
                  "page_header": "社外秘",
                  "lines": ["夏季 車両入替計画（確定版）", "那覇空港店 +120台",
                            "新千歳空港店 +80台", "関西空港店 -40台"]}],
    entities=[], detectors=[],
    note="marked 社外秘, but every recipient is internal")

# 100 look-alike of the system vendor: tsubasa-systems.jp (letter added)
add(expect="stop",
    sender="大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>",
    to=["ツバサシステム 開発部 <dev@tsubasa-systems.jp>"],
    subject="予約システム 障害報告書のレビュー依頼",
    charset="utf-8",
    body="""ツバサシステム 開発部 杉浦様

お世話になっております。日の出産業 情報システム部の大河内です。
3/17のメンテナンス後に発生した二重課金障害について、
弊社側で作成した障害報告書のドラフトのレビューをお願いします。
原因・再発防止策の記述に誤りがないか、ご確認ください。

・発生：3月17日 02:10～03:45
・影響：カーシェア会員の月額料金の二重計上
・対応：3月18日に全件取消済み

大河内
""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systems.jp adds a letter to the partner tsubasa-system.jp")
