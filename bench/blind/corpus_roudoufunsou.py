"""corpus_roudoufunsou — 日の出産業 外部ハラスメント・内部通報窓口サービス（ひのでスピークアップライン）

日の出産業株式会社 リスクマネジメント事業部 外部通報窓口センターが、契約先企業（川崎電機、青葉運輸、
さくらホテル、北国フーズ、錦印刷、みどり銀行、ツバサシステム、ほか架空の顧客企業・自治体・大学）
向けに運営するハラスメント相談・公益通報の外部窓口の業務メール。被通報者・通報者の名前が出る
受付報告、ヒアリング（面談）の日程調整、契約先コンプライアンス部門への調査報告書、顧問弁護士・
労働局・社労士・EAP／メンタルクリニックへの連携、匿名化した統計レポート、請求・契約・研修案内など。

Every person, every client company not named in BRIEF.md, and every address, phone number,
e-mail address, bank account, card number, licence, passport, residence-card, insurance,
pension and My Number below is invented; any resemblance to real people is accidental.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 11501
rng = random.Random(SEED)
_seq = [SEED]


def _next_seed() -> int:
    s = _seq[0]
    _seq[0] += 1
    return s


def mn() -> str:
    """A check-digit-valid My Number (seeds go up by one per call, from SEED)."""
    return my_number(_next_seed())


def cc() -> str:
    """A Luhn-valid card number (same running seed as mn())."""
    return card_number(_next_seed())


def corp(base12: str) -> str:
    """法人番号: check digit (first digit) + 12 digits."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def dob(lo: int = 1964, hi: int = 2002) -> tuple[int, int, int]:
    return (rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))


def wareki(ymd: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = ymd
    if (y, m, d) >= (1989, 1, 8):
        era, n, ab = "平成", y - 1988, "H"
    else:
        era, n, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "fw":
        return f"{era}{fw(str(n))}年{fw(str(m))}月{fw(str(d))}日"
    if style == "abbr":
        return f"{ab}{n}.{m}.{d}"
    if style == "abbr_fw":
        return fw(f"{ab}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y}/{m:02d}/{d:02d}"


# 架空の人物（漢字, カナ, ローマ字）
POOL = [
    ("薬師寺 孝之", "ヤクシジ タカユキ", "Takayuki Yakushiji"),
    ("五百旗頭 真理", "イオキベ マリ", "Mari Iokibe"),
    ("勅使河原 渉", "テシガワラ ワタル", "Wataru Teshigawara"),
    ("東海林 千尋", "ショウジ チヒロ", "Chihiro Shoji"),
    ("小鳥遊 葵", "タカナシ アオイ", "Aoi Takanashi"),
    ("百瀬 航平", "モモセ コウヘイ", "Kohei Momose"),
    ("御手洗 恵", "ミタライ メグミ", "Megumi Mitarai"),
    ("八月一日 陽菜", "ホズミ ヒナ", "Hina Hozumi"),
    ("四月一日 蓮", "ワタヌキ レン", "Ren Watanuki"),
    ("鬼頭 幸恵", "キトウ サチエ", "Sachie Kito"),
    ("雲母 直樹", "キララ ナオキ", "Naoki Kirara"),
    ("一戸 由紀子", "イチノヘ ユキコ", "Yukiko Ichinohe"),
    ("栗花落 光", "ツユリ ヒカル", "Hikaru Tsuyuri"),
    ("大和田 剛", "オオワダ ツヨシ", "Tsuyoshi Owada"),
    ("比嘉 さくら", "ヒガ サクラ", "Sakura Higa"),
    ("樋渡 悠真", "ヒワタシ ユウマ", "Yuma Hiwatashi"),
    ("真壁 玲奈", "マカベ レナ", "Rena Makabe"),
    ("阿久津 修", "アクツ オサム", "Osamu Akutsu"),
    ("天羽 結衣", "アモウ ユイ", "Yui Amo"),
    ("榊原 慎一", "サカキバラ シンイチ", "Shinichi Sakakibara"),
    ("漆原 美月", "ウルシバラ ミヅキ", "Mizuki Urushibara"),
    ("保科 大輔", "ホシナ ダイスケ", "Daisuke Hoshina"),
    ("瀬戸口 絢子", "セトグチ アヤコ", "Ayako Setoguchi"),
    ("木暮 拓真", "コグレ タクマ", "Takuma Kogure"),
    ("熊谷 志保", "クマガイ シホ", "Shiho Kumagai"),
    ("能登 隆之介", "ノト リュウノスケ", "Ryunosuke Noto"),
    ("香月 千夏", "カツキ チナツ", "Chinatsu Katsuki"),
    ("蓮見 哲也", "ハスミ テツヤ", "Tetsuya Hasumi"),
    ("江頭 里奈", "エガシラ リナ", "Rina Egashira"),
    ("猪狩 翔", "イガリ ショウ", "Sho Igari"),
    ("日下部 智子", "クサカベ トモコ", "Tomoko Kusakabe"),
    ("宇佐美 亮介", "ウサミ リョウスケ", "Ryosuke Usami"),
    ("戸叶 明日香", "トカノウ アスカ", "Asuka Tokano"),
    ("桧山 正和", "ヒヤマ マサカズ", "Masakazu Hiyama"),
    ("須磨 友梨", "スマ ユリ", "Yuri Suma"),
    ("加賀谷 慧", "カガヤ サトシ", "Satoshi Kagaya"),
    ("新垣 優花", "アラカキ ユウカ", "Yuka Arakaki"),
    ("丹羽 康弘", "ニワ ヤスヒロ", "Yasuhiro Niwa"),
    ("嶋津 桃子", "シマヅ モモコ", "Momoko Shimazu"),
    ("越智 浩二", "オチ コウジ", "Koji Ochi"),
    ("設楽 麻衣", "シタラ マイ", "Mai Shitara"),
    ("伊集院 潤", "イジュウイン ジュン", "Jun Ijuin"),
    ("早乙女 奈緒", "サオトメ ナオ", "Nao Saotome"),
    ("南雲 啓太", "ナグモ ケイタ", "Keita Nagumo"),
    ("茅野 春香", "チノ ハルカ", "Haruka Chino"),
    ("喜屋武 翼", "キャン ツバサ", "Tsubasa Kyan"),
    ("門脇 泰子", "カドワキ ヤスコ", "Yasuko Kadowaki"),
    ("鮫島 竜也", "サメジマ タツヤ", "Tatsuya Samejima"),
    ("羽生田 未来", "ハニュウダ ミク", "Miku Hanyuda"),
    ("風間 俊彦", "カザマ トシヒコ", "Toshihiko Kazama"),
    ("稗田 夏美", "ヒエダ ナツミ", "Natsumi Hieda"),
    ("十河 陸", "ソゴウ リク", "Riku Sogo"),
    ("苫米地 和枝", "トマベチ カズエ", "Kazue Tomabechi"),
    ("相良 圭吾", "サガラ ケイゴ", "Keigo Sagara"),
    ("巽 彩花", "タツミ アヤカ", "Ayaka Tatsumi"),
    ("毛利 修平", "モウリ シュウヘイ", "Shuhei Mori"),
    ("仁科 芳江", "ニシナ ヨシエ", "Yoshie Nishina"),
    ("久我 篤", "クガ アツシ", "Atsushi Kuga"),
    ("冬木 絵里", "フユキ エリ", "Eri Fuyuki"),
    ("鷹野 誠", "タカノ マコト", "Makoto Takano"),
    ("並木 沙耶", "ナミキ サヤ", "Saya Namiki"),
    ("六車 健", "ムグルマ ケン", "Ken Muguruma"),
    ("饗庭 紗希", "アイバ サキ", "Saki Aiba"),
    ("土師 雅人", "ハジ マサト", "Masato Haji"),
    ("生駒 恭子", "イコマ キョウコ", "Kyoko Ikoma"),
    ("曽我部 豊", "ソガベ ユタカ", "Yutaka Sogabe"),
    ("安曇 莉子", "アズミ リコ", "Riko Azumi"),
]


POOL += [
    ("木佐貫 洋平", "キサヌキ ヨウヘイ", "Yohei Kisanuki"),
    ("神長 あゆみ", "カミナガ アユミ", "Ayumi Kaminaga"),
    ("輿石 啓介", "コシイシ ケイスケ", "Keisuke Koshiishi"),
    ("浮田 菜々子", "ウキタ ナナコ", "Nanako Ukita"),
    ("廿日出 剛志", "ハツカデ タケシ", "Takeshi Hatsukade"),
    ("益子 彩乃", "マシコ アヤノ", "Ayano Mashiko"),
    ("東 和馬", "アズマ カズマ", "Kazuma Azuma"),
    ("乙部 美沙", "オトベ ミサ", "Misa Otobe"),
    ("黛 悠人", "マユズミ ユウト", "Yuto Mayuzumi"),
    ("帆足 恵美", "ホアシ エミ", "Emi Hoashi"),
    ("Chen Wei", "チェン ウェイ", "Wei Chen"),
    ("鍋島 史郎", "ナベシマ シロウ", "Shiro Nabeshima"),
    ("千葉 朱里", "チバ アカリ", "Akari Chiba"),
    ("五味 貴裕", "ゴミ タカヒロ", "Takahiro Gomi"),
    ("石破 瑞穂", "イシバ ミズホ", "Mizuho Ishiba"),
]

# 個別の事例に固定で登場する人物は、一覧の無作為抽出から外す
_STORY = {"栗花落 光", "羽生田 未来", "伊集院 潤", "大和田 剛", "天羽 結衣", "越智 浩二", "鮫島 竜也",
          "並木 沙耶", "十河 陸", "桧山 正和", "曽我部 豊", "宇佐美 亮介", "漆原 美月", "設楽 麻衣",
          "早乙女 奈緒", "阿久津 修", "香月 千夏", "茅野 春香", "久我 篤", "仁科 芳江", "土師 雅人",
          "江頭 里奈", "南雲 啓太"}
_SAMPLABLE = [p for p in POOL if p[0] not in _STORY]


def people(n: int) -> list[tuple[str, str, str]]:
    return rng.sample(_SAMPLABLE, n)


def mail_of(p: tuple[str, str, str], domain: str, style: int = 0) -> str:
    given, family = p[2].lower().split()
    local = [f"{given[0]}.{family}", f"{family}.{given}", f"{family}-{given[0]}",
             f"{given}_{family[:4]}", f"{family}{given[0]}"][style % 5]
    return f"{local}@{domain}"


_PLACES = [
    ("東京都", "大田区", ["西蒲田", "池上", "久が原", "南馬込"]),
    ("東京都", "練馬区", ["豊玉北", "石神井町", "光が丘"]),
    ("神奈川県", "川崎市中原区", ["小杉町", "今井南町", "木月"]),
    ("神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"]),
    ("埼玉県", "さいたま市浦和区", ["常盤", "岸町", "北浦和"]),
    ("千葉県", "船橋市", ["本町", "前原西", "習志野台"]),
    ("北海道", "札幌市白石区", ["本郷通", "菊水", "東札幌"]),
    ("大阪府", "吹田市", ["千里山西", "江坂町", "豊津町"]),
    ("福岡県", "北九州市小倉北区", ["紺屋町", "井堀", "黄金"]),
    ("宮城県", "仙台市若林区", ["荒町", "連坊", "卸町"]),
    ("静岡県", "浜松市中央区", ["鍛冶町", "佐鳴台", "高林"]),
]


def addr(zip_code: bool = True) -> str:
    pref, city, towns = rng.choice(_PLACES)
    town = rng.choice(towns)
    a, b, c = rng.randrange(1, 6), rng.randrange(1, 30), rng.randrange(1, 25)
    bld = rng.choice(["", "", f" コーポ{rng.choice(['若葉', '桜台', '緑風'])}{rng.randrange(101, 406)}",
                      f" {rng.choice(['グランメゾン', 'パークサイド', 'ルミエール'])}{rng.randrange(2, 9)}0{rng.randrange(1, 8)}号室"])
    z = f"〒{rng.randrange(100, 999)}-{rng.randrange(10000):04d} " if zip_code else ""
    return f"{z}{pref}{city}{town}{a}-{b}-{c}{bld}"


# 日の出産業 外部通報窓口センターの担当者
STAFF = {
    "mitsuhashi": ("三ツ橋 沙織", "s.mitsuhashi@hinode-sangyo.co.jp", "相談員（公認心理師）"),
    "madarame": ("班目 亮", "r.madarame@hinode-sangyo.co.jp", "相談員"),
    "katsuragi": ("葛城 倫子", "m.katsuragi@hinode-sangyo.co.jp",
                  "調査担当 シニアコンサルタント（公認不正検査士）"),
    "shishido": ("宍戸 誠一", "s.shishido@hinode-sangyo.co.jp", "センター長"),
    "onodera": ("小野寺 健二", "k.onodera@hinode-sangyo.co.jp", "Global Hotline Desk"),
    "wanibuchi": ("鰐淵 まどか", "m.wanibuchi@hinode-sangyo.co.jp", "営業推進課 課長代理"),
    "shinonome": ("東雲 拓海", "t.shinonome@hinode-sangyo.co.jp", "レポーティング担当"),
    "domeki": ("百目鬼 綾", "a.domeki@hinode-sangyo.co.jp", "業務管理課"),
}


def frm(key: str) -> str:
    name, email, _ = STAFF[key]
    return f"{name} <{email}>"


def sig(key: str, style: int = 0) -> str:
    name, email, title = STAFF[key]
    if style == 1:  # short
        return f"\n--\n日の出産業（株） 外部通報窓口センター\n{name}（{title}）\nTEL 03-5442-7180 / {email}\n"
    if style == 2:  # English
        roman = {"onodera": "Kenji Onodera", "katsuragi": "Michiko Katsuragi",
                 "shishido": "Seiichi Shishido", "mitsuhashi": "Saori Mitsuhashi"}.get(key, name)
        return (f"\nBest regards,\n\n{roman}\nGlobal Hotline Desk, External Reporting Center\n"
                "Hinode Sangyo Co., Ltd.\n2-18-7 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
                f"Tel: +81-3-5442-7180 | {email}\n")
    return ("\n――――――――――――――――――――――――\n日の出産業株式会社\n"
            "リスクマネジメント事業部 外部通報窓口センター（ひのでスピークアップライン）\n"
            f"{title}　{name}\n"
            "〒105-0014 東京都港区芝2-18-7 日の出産業芝ビル6F\n"
            f"TEL 03-5442-7180（代表） FAX 03-5442-7189\nE-mail: {email}\n"
            "――――――――――――――――――――――――\n")


DISC_JA = ("\n※本メール（添付ファイルを含む）には機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.\n")

HINODE_T = "T" + corp("010401098765")

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 — 実名開示に同意した通報者の一覧（スペース揃え）を契約先へ: 6名 → stop
_p = people(6)
_kinds = ["パワハラ", "セクハラ", "パワハラ", "長時間労働", "不正経理", "パワハラ"]
_depts = ["川崎工場 製造二課", "本社 経理部", "横浜事業所 品証課", "川崎工場 保全課", "本社 購買部", "大阪営業所"]
_rows = "\n".join(
    f"SPK-2025-{412 + i:04d}   {p[0].ljust(8, '　')}  {_depts[i].ljust(12, '　')}  {mobile()}   "
    f"{mail_of(p, 'kawasaki-denki.co.jp', i).ljust(36)} {_kinds[i]}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-001",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "【ひのでスピークアップライン】10月受付分のうち実名開示同意案件のご報告",
    "body": f"""川崎電機株式会社
コンプライアンス推進部　古賀 様

いつもお世話になっております。日の出産業 外部通報窓口センターの班目です。

10月に受付した案件のうち、通報者ご本人から「会社への実名開示」に同意をいただいたものを
下記のとおりご報告いたします。折返しのご連絡は、記載の携帯番号へ平日18時以降を希望
されている方が多いです。

受付番号        申告者氏名          所属                      携帯              メール                               区分
--------------  ------------------  ------------------------  ----------------  -----------------------------------  --------
{_rows}

匿名希望の案件（4件）は、別途の月次レポートで件数・区分のみお知らせします。
ご不明点がございましたらご連絡ください。
{sig("madarame")}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6名の通報者の氏名・携帯・メールを列揃えの表で社外（契約先）へ — 5名以上の名簿",
})

# 002 — 匿名化集計のみの上期レポート → pass
MESSAGES.append({
    "id": "roudoufunsou-002",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "2025年度上期 通報・相談受付状況（匿名化集計）のご送付",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
総務部 法務コンプライアンス課
藤枝 様

平素より大変お世話になっております。
日の出産業 外部通報窓口センター レポーティング担当の東雲でございます。

2025年度上期（4月～9月）の受付状況を、個人が特定されない形に集計してお送りします。
件数が2件以下の区分は「※」とし、拠点別の内訳は出しておりません。

■受付件数　合計 23件（前年同期 17件）
　・パワーハラスメント　　　　　　　 9件
　・セクシュアルハラスメント　　　 3件
　・労働時間・賃金　　　　　　　　 5件
　・安全衛生（車両・荷役）　　　　 4件
　・その他（規程・手続の質問等）　 ※

■受付経路
　・電話 12件／Webフォーム 8件／郵送 ※

■対応状況（9月末時点）
　・調査完了 14件、調査中 6件、相談のみで終結 3件

前年同期との比較では、ドライバー職からの相談が増加しております。
次回の定例会（11月12日）で詳しくご説明いたします。

よろしくお願いいたします。
""" + sig("shinonome"),
    "entities": [],
    "detectors": [],
    "note": "区分別件数だけの匿名化統計を契約先へ — 個人データなし",
})

# 003 — 受付報告：一人の申告者の精神疾患（適応障害・服薬）を文中で → stop
MESSAGES.append({
    "id": "roudoufunsou-003",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["さくらホテル 人事部 コンプライアンス担当 <hr-compliance@sakura-hotel.jp>"],
    "subject": "受付報告 SPK-2025-0437（客室部）",
    "body": """さくらホテル株式会社
人事部 コンプライアンス担当 御中

いつもお世話になっております。外部通報窓口センターの三ツ橋です。
11月5日に電話で受け付けたご相談について、初回報告をお送りします。

【申告者】客室部 ハウスキーピング課 主任　仲宗根 美咲 様（会社への実名開示に同意済）
【相手方】客室部 マネージャー　宿谷 健吾 氏
【概要】
9月以降、朝礼の場で繰り返し「使えない」「辞めてしまえ」と叱責され、シフトの希望も
一方的に却下されているとのことです。
ご本人は10月中旬から心療内科に通院しており、「適応障害」との診断を受け、現在は睡眠導入剤を
服用しながら勤務を続けているとのことでした。主治医からは業務量の軽減を勧められています。

【ご本人の希望】
・相手方との接触を減らすための配置上の配慮
・調査にあたっては、診断の事実は人事部長限りとしてほしい

事実確認の進め方について、ご都合のよい日時をお知らせください。
""" + sig("mitsuhashi") + DISC_JA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "一人の申告者の病名（適応障害）・通院・服薬を氏名とともに社外へ — 要配慮個人情報",
})

# 004 — ヒアリング日程調整（氏名なし、先方担当の連絡先は相手のもの） → pass
MESSAGES.append({
    "id": "roudoufunsou-004",
    "expect": "pass",
    "sender": frm("katsuragi"),
    "to": ["東邦精機 コンプライアンス室 篠宮様 <shinomiya@toho-seiki.co.jp>"],
    "subject": "Re: ヒアリング実施日程について（案件番号 SPK-2025-0389）",
    "body": """篠宮様

お世話になっております。日の出産業の葛城です。
ヒアリング会場のご手配、ありがとうございます。

対象者3名の面談は、以下の枠でいかがでしょうか。
  ① 11月18日(火) 10:00-11:00
  ② 11月18日(火) 13:30-14:30
  ③ 11月19日(水) 10:00-11:00

対象者の方への日時のご案内は、貴社から直接お願いできますと幸いです
（当方からは対象者の方のお名前・連絡先はお預かりしない運用としております）。
会議室は本社4階の小会議室で承知しました。録音の同意書は当日持参します。

以上、よろしくお願いいたします。
""" + sig("katsuragi", 1) + """
> 葛城様
> 会場は本社4階 小会議室（内線 2240）をご用意しました。
> 篠宮
""",
    "entities": [],
    "detectors": [],
    "note": "面談の日程調整だけ。対象者の個人情報なし、引用は先方の文面",
})

# 005 — XLSX 相談受付台帳（タイトル行＋8名、集計シート付き） → stop
_p = people(8)
_ledger = [["北国フーズ株式会社 相談受付台帳（2025年7月～9月）", "", "", "", "", "", ""],
           ["受付番号", "受付日", "申告者氏名", "フリガナ", "連絡先（携帯）", "所属", "相談区分"]]
_cats = ["パワハラ", "セクハラ", "その他", "パワハラ", "食品表示", "長時間労働", "パワハラ", "セクハラ"]
_sites = ["千歳工場", "札幌本社", "千歳工場", "帯広物流C", "札幌本社", "旭川営業所", "千歳工場", "札幌本社"]
for i, p in enumerate(_p):
    _ledger.append([f"KF-{2507 + i // 3}-{i + 11:03d}", f"2025/{7 + i // 3}/{3 + i * 3}", p[0], p[1],
                    mobile(), _sites[i], _cats[i]])
MESSAGES.append({
    "id": "roudoufunsou-005",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["北国フーズ 内部監査室 <audit@kitaguni-foods.co.jp>"],
    "subject": "第2四半期 相談受付台帳の送付",
    "body": """北国フーズ株式会社
内部監査室 御中

お世話になっております。日の出産業 外部通報窓口センター 業務管理課の百目鬼です。
ご依頼のありました第2四半期分の相談受付台帳を添付にてお送りします。
集計シートもあわせてご確認ください。

何卒よろしくお願い申し上げます。
""" + sig("domeki"),
    "attachments": [{
        "kind": "xlsx", "name": "相談受付台帳_北国フーズ_2025Q2.xlsx",
        "sheets": {"台帳": _ledger,
                   "集計": [["区分", "件数"], ["パワハラ", 3], ["セクハラ", 2], ["長時間労働", 1],
                           ["食品表示", 1], ["その他", 1], ["合計", 8]]},
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX に申告者8名の氏名・カナ・携帯 — 添付の名簿",
})

# 006 — 川崎電機の似せドメイン（kawasaki-denkl）へ報告書ドラフトの案内 → stop
MESSAGES.append({
    "id": "roudoufunsou-006",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["古賀 様 <k-koga@kawasaki-denkl.co.jp>"],
    "subject": "面談報告書ドラフトの件（SPK-2025-0398）",
    "body": """古賀様

お世話になっております。葛城です。
SPK-2025-0398 の面談報告書ドラフトがまとまりましたので、明日中に共有フォルダへ
格納いたします。格納後にあらためてご連絡します。

事実認定の部分について、一点だけ事前にご相談したい箇所がございますので、
明日の午後にお電話を差し上げてもよろしいでしょうか。

葛城
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先が kawasaki-denkl.co.jp（i→l の似せドメイン）",
})

# 007 — 社内のみ：要フォロー案件（氏名・携帯・診断） → pass
_p = people(5)
_lines = [
    f"・{_p[0][0]}（青葉運輸／{mobile()}）：うつ病で休職中。復職面談の前に本人へ状況確認",
    f"・{_p[1][0]}（さくらホテル／{mobile()}）：パニック障害の持病あり、電話は15時以降",
    f"・{_p[2][0]}（錦印刷／{mobile()}）：相手方からの報復の訴え。調査担当へ引継ぎ済",
    f"・{_p[3][0]}（丸三化成／{mobile()}）：通院先の紹介希望（EAP）",
    f"・{_p[4][0]}（北国フーズ／{mobile()}）：匿名希望を撤回、実名で再申告の意向",
]
MESSAGES.append({
    "id": "roudoufunsou-007",
    "expect": "pass",
    "sender": frm("mitsuhashi"),
    "to": ["葛城 倫子 <m.katsuragi@hinode-sangyo.co.jp>", "班目 亮 <r.madarame@hinode-sangyo.co.jp>"],
    "cc": ["宍戸 誠一 <s.shishido@hinode-sangyo.co.jp>"],
    "subject": "今週の要フォロー案件（センター内限り）",
    "body": "葛城さん、班目さん\n（cc 宍戸センター長）\n\n今週中にフォローが必要な相談者です。"
            "担当の割り振りをお願いします。\n\n" + "\n".join(_lines) +
            "\n\n※従事者指定者のみで共有してください。\n三ツ橋\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "病名つきの相談者一覧だが宛先はすべて社内（hinode-sangyo.co.jp）",
})

# 008 — 研修案内を3社の担当者に To で一斉送信 → stop
MESSAGES.append({
    "id": "roudoufunsou-008",
    "expect": "stop",
    "sender": frm("wanibuchi"),
    "to": ["錦印刷 総務部 <somu@nishiki-insatsu.co.jp>",
           "ツバサシステム 人事部 <jinji@tsubasa-system.jp>",
           "丸三化成 コンプライアンス室 <compliance@marusan-kasei.co.jp>"],
    "subject": "【ご案内】管理職向けハラスメント防止研修（12月開催・オンライン）",
    "body": """各位

いつも「ひのでスピークアップライン」をご利用いただき、ありがとうございます。
日の出産業 営業推進課の鰐淵です。

ご契約企業さま向けに、管理職向けハラスメント防止研修を下記のとおり開催いたします。

　日時：2025年12月9日（火）14:00～16:00
　形式：オンライン（Zoom）
　内容：パワハラ6類型と裁判例／相談を受けたときの初動／通報者の保護
　参加費：ご契約企業さまは1社5名まで無料

お申込みは11月28日までに本メールへのご返信でお願いいたします。
""" + sig("wanibuchi"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "3社の契約先担当者が To で互いに見える — Bcc にすべきもの",
})

# 009 — 契約先と顧問弁護士の2者：三者協議の日程 → pass
MESSAGES.append({
    "id": "roudoufunsou-009",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["篠宮 様 <shinomiya@toho-seiki.co.jp>"],
    "cc": ["桐生総合法律事務所 真鍋先生 <manabe@kiryu-sogo-law.jp>"],
    "subject": "調査方針の三者協議について（東邦精機様 案件）",
    "body": """東邦精機株式会社 篠宮様
桐生総合法律事務所 真鍋先生

お世話になっております。日の出産業 外部通報窓口センターの宍戸です。

先日ご相談いただいた調査方針について、三者でのオンライン協議を設定したく存じます。
候補日は以下のとおりです。

　11/20（木）16:00～17:00
　11/21（金）10:00～11:00
　11/25（火）15:00～16:00

議題（案）
　1. 調査範囲（対象部署・期間）
　2. ヒアリング順序と記録の取扱い
　3. 通報者への結果通知の文案

ご都合をお知らせいただけますと幸いです。
""" + sig("shishido") + DISC_JA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部2組織（契約先と法律事務所）への通常の協議メール、個人データなし",
})

# 010 — メンタルクリニックへの紹介（氏名・生年月日・携帯・症状） → stop
_b = dob(1988, 1996)
MESSAGES.append({
    "id": "roudoufunsou-010",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["こころの森クリニック 予約窓口 <yoyaku@kokoromori-clinic.jp>"],
    "subject": "初診予約のお願い（外部通報窓口からのご紹介）",
    "charset": "iso-2022-jp",
    "body": f"""こころの森クリニック
予約ご担当者様

突然のご連絡失礼いたします。日の出産業 外部通報窓口センター 相談員の三ツ橋と申します。
当窓口にご相談のあった方について、ご本人の同意を得て初診のご予約をお願いしたく、
ご連絡いたしました。

　氏名　　：栗花落 光（ツユリ ヒカル）様
　生年月日：{wareki(_b)}
　連絡先　：{mobile()}（ご本人携帯）
　状況　　：職場での継続的な叱責をきっかけに、9月頃から不眠・食欲低下・抑うつ気分が続いて
　　　　　　いるとのこと。希死念慮は否定。現在、他院での治療歴はありません。
　希望　　：平日夕方（18時以降）または土曜午前

ご本人へ直接ご連絡いただいて差し支えありません。
どうぞよろしくお願いいたします。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "一人の相談者の氏名・生年月日・携帯と抑うつ症状をクリニックへ — 要配慮個人情報",
})

# 011 — 労働局へ：社員旅行での強制わいせつ被害（犯罪被害者）を氏名つきで → stop
MESSAGES.append({
    "id": "roudoufunsou-011",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["東京労働局 雇用環境・均等部 指導課 <shido-kinto@tokyo-roudoukyoku.go.jp>"],
    "subject": "紛争解決援助（調停）申請に関するご相談 — 丸三化成株式会社の事案",
    "body": """東京労働局 雇用環境・均等部 指導課
ご担当者様

お世話になっております。丸三化成株式会社から外部相談窓口業務を受託しております、
日の出産業株式会社 外部通報窓口センターの葛城と申します。

同社従業員の方から、調停制度の利用について当窓口経由でご相談したいとの希望があり、
ご本人の同意を得てご連絡しております。

　申請予定者：丸三化成株式会社 鹿島工場 品質保証課　羽生田 未来 さん
　概要　　　：2025年6月の社員旅行（宿泊先）で上司から身体を触られる被害に遭い、
　　　　　　　7月に警察へ被害届を提出済み（現在捜査中とのこと）。
　　　　　　　会社の対応（配置転換の遅れ）について調停を希望しています。

来週中に一度、電話でご相談させていただけますでしょうか。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名のわかる従業員が性犯罪被害に遭い被害届を出した事実 — 犯罪被害（要配慮）",
})

# 012 — 返信：引用部（>）に先方が送った6名のリスト、新しい本文は受領連絡のみ → pass
_p = people(6)
_quoted = "\n".join(f"> {i + 1}. {p[0]}　製版課　{mobile()}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-012",
    "expect": "pass",
    "sender": frm("madarame"),
    "to": ["錦印刷 総務部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
    "subject": "Re: ヒアリング対象者の件",
    "charset": "cp932",
    "body": f"""丸岡様

お世話になっております。班目です。
対象者リストを受領しました。ありがとうございます。

面談はお一人30分程度を想定しており、11月第4週で日程案を作成のうえ、
改めてご相談いたします。リストは当センターの案件フォルダにのみ保管いたします。

班目

2025年11月10日(月) 17:42 丸岡 <maruoka@nishiki-insatsu.co.jp>:
> 班目様
>
> お世話になっております。錦印刷 総務部の丸岡です。
> ヒアリング対象者は以下の6名です（いずれも製版課）。
>
{_quoted}
>
> よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "6名の一覧は先方からの引用部（>）のみ。新しい本文に個人データなし",
})

# 013 — 転送：通報者本人のメール（住所・携帯・持病）を契約先へ → stop
MESSAGES.append({
    "id": "roudoufunsou-013",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["丸三化成 コンプライアンス室 乾様 <inui@marusan-kasei.co.jp>"],
    "subject": "FW: 夜勤シフトについての相談",
    "body": f"""乾様

お世話になっております。班目です。
ご本人から「会社にもそのまま見せてよい」と了承を得ましたので、原文を転送いたします。

-------- 転送メッセージ --------
差出人: 伊集院 潤 <jun.ijuin1979@gmail.com>
日付: 2025年11月8日 23:14
宛先: speakup@hotline.hinode-sangyo.co.jp
件名: 夜勤シフトについての相談

外部窓口のご担当者様

鹿島工場 成形課の伊集院と申します。
私は心臓の持病があり、昨年ペースメーカーを入れています。そのことは課長にも
伝えてあるのですが、10月から夜勤を月8回に増やされ、断ると「特別扱いはできない」
と言われました。体調が不安です。

連絡先：{mobile()}
住所：{addr()}
（郵送の場合は家族に見られたくないので、封筒に会社名を書かないでください）

伊集院
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "転送は新しい本文：通報者の住所・携帯と持病（ペースメーカー）— 要配慮個人情報",
})

# 014 — パスワード付き ZIP（PPAP）で調査報告書 → stop
MESSAGES.append({
    "id": "roudoufunsou-014",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["ツバサシステム 人事部 <jinji@tsubasa-system.jp>"],
    "subject": "調査報告書（最終版）送付のご案内",
    "body": """ツバサシステム株式会社
人事部 御中

お世話になっております。日の出産業 外部通報窓口センターの葛城です。

SPK-2025-0351 の調査報告書（最終版）を添付にてお送りします。
ファイルにはパスワードを設定しております。パスワードは別途お送りいたします。

ご確認のほど、よろしくお願いいたします。
""" + sig("katsuragi"),
    "attachments": [{
        "kind": "zip", "name": "調査報告書_SPK-2025-0351.zip", "password": "Hn7#q2Lx",
        "files": [{"kind": "docx", "name": "調査報告書_SPK-2025-0351.docx",
                   "paragraphs": ["調査報告書", "1. 調査の経緯", "2. 認定した事実", "3. 評価"]}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付き ZIP（暗号化）— 中身を検査できない",
})

# 015 — 社外秘はDOCXのヘッダーだけ（本文は匿名化） → stop
MESSAGES.append({
    "id": "roudoufunsou-015",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["さくらホテル 人事部 コンプライアンス担当 <hr-compliance@sakura-hotel.jp>"],
    "subject": "SPK-2025-0437 調査報告書の送付",
    "body": """さくらホテル 人事部 コンプライアンス担当 御中

お世話になっております。葛城です。
標記案件の調査報告書をお送りします。申告者・相手方は記号（A氏・B氏）で記載しております。
ご確認ください。

葛城
""",
    "attachments": [{
        "kind": "docx", "name": "調査報告書_SPK-2025-0437.docx",
        "page_header": "社外秘",
        "title": "調査報告書 SPK-2025-0437",
        "paragraphs": [
            "調査報告書（SPK-2025-0437）",
            "1. 調査の経緯：2025年11月5日、外部窓口にA氏から相談があった。",
            "2. 調査方法：関係者4名へのヒアリング、シフト表・業務日報の確認。",
            "3. 認定した事実：B氏は朝礼において、A氏に対し複数回、人格を否定する発言をした。",
            "4. 評価：上記発言は業務上必要かつ相当な範囲を超えた言動と評価される。",
            "5. 提言：B氏への指導、A氏の配置に関する配慮、再発防止研修の実施。",
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 DOCX のヘッダーに「社外秘」の表示 — 本文にはマーキングなし",
})

# 016 — 新規契約先との秘密保持契約書の調整（NDA の話） → pass
MESSAGES.append({
    "id": "roudoufunsou-016",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["港北ロジスティクス 法務部 三浦様 <miura@kohoku-logi.co.jp>"],
    "subject": "秘密保持契約書（案）へのコメント返送",
    "body": """港北ロジスティクス株式会社
法務部　三浦様

いつもお世話になっております。日の出産業の鰐淵です。
外部窓口業務委託に先立つ秘密保持契約書（案）について、弊社法務からのコメントを
反映した修正版をお送りします（変更履歴付き）。

主な修正点は以下の3点です。
　・第2条（機密情報の定義）：通報者を特定しうる情報を「特定秘密情報」として別掲
　・第5条（目的外利用の禁止）：統計目的での匿名加工情報の利用を明記
　・第9条（有効期間）：契約終了後も5年間存続

ご確認のうえ、ご意見をいただけますと幸いです。
""" + sig("wanibuchi") + DISC_JA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_v3_日の出産業コメント.docx",
        "paragraphs": [
            "秘密保持契約書（案）",
            "株式会社港北ロジスティクス（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲の外部通報窓口業務の委託に関し、以下のとおり秘密保持契約を締結する。",
            "第2条（機密情報の定義）本契約において機密情報とは、開示の方法を問わず、甲が乙に開示した"
            "技術上・営業上の情報をいう。",
            "第5条（目的外利用の禁止）乙は、機密情報を本業務の目的以外に利用してはならない。",
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約についてのやり取り。「機密情報」は契約条項の語でマーキングではない",
})

# 017 — 請求書送付（登録番号・会社口座・免責文） → pass
MESSAGES.append({
    "id": "roudoufunsou-017",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    "cc": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "【請求書】外部通報窓口サービス 2025年10月分",
    "body": f"""青葉運輸株式会社
経理部 御中

いつもお世話になっております。日の出産業 業務管理課の百目鬼です。
2025年10月分のご請求についてご連絡いたします。

　請求書番号：INV-HS-2510-0088
　件名　　　：外部通報窓口サービス（スタンダードプラン）10月分
　ご請求金額：198,000円（税込）
　お支払期限：2025年11月30日
　お振込先　：みどり銀行 本店営業部 普通 1234567 ヒノデサンギヨウ（カ
　登録番号　：{HINODE_T}

請求書原本（PDF）は、ご契約時にご指定の請求書受領システムにアップロード済みです。
""" + sig("domeki") + DISC_JA,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書番号・会社口座・インボイス登録番号と定型の免責文 — 人の個人データなし",
})

# 018 — 氏名列のないCSV：社員番号・生年月日・携帯（6行）を外部調査委員の弁護士へ → stop
_rows = [["社員番号", "生年月日", "所属コード", "携帯電話", "面談希望"]]
for i in range(6):
    _rows.append([f"T{rng.randrange(100000, 999999)}", wareki(dob(1970, 1999), "slash"),
                  rng.choice(["S210", "S220", "M105", "Q300"]), mobile(),
                  rng.choice(["午前", "午後", "どちらでも"])])
MESSAGES.append({
    "id": "roudoufunsou-018",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["真鍋先生 <manabe@kiryu-sogo-law.jp>"],
    "subject": "面談対象者データ（東邦精機様案件）",
    "body": """真鍋先生

お世話になっております。日の出産業の葛城です。
東邦精機様からお預かりした面談対象者のデータをお送りします。
氏名は伏せ、社員番号で管理しております。日程調整にご利用ください。

葛城
""",
    "attachments": [{"kind": "csv", "name": "taisyosya_0389.csv", "rows": _rows}],
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "氏名列はないが6人分の社員番号・生年月日・携帯の CSV — 名簿にあたる",
})

# 019 — 3名のヒアリング対象者の連絡先（4名以下） → pass（警告可）
_p = people(3)
MESSAGES.append({
    "id": "roudoufunsou-019",
    "expect": "pass",
    "sender": frm("madarame"),
    "to": ["北国フーズ 内部監査室 大門様 <daimon@kitaguni-foods.co.jp>"],
    "subject": "追加ヒアリング対象者の連絡先について",
    "body": f"""大門様

お世話になっております。班目です。
追加でお話を伺いたい3名について、ご本人から窓口に直接連絡先をいただきました。
面談場所の確保のため、貴室でも把握しておいていただけますでしょうか。

　{_p[0][0]}さん（千歳工場）　{mobile()}
　{_p[1][0]}さん（千歳工場）　{mobile()}
　{_p[2][0]}さん（帯広物流センター）　{mobile()}

いずれも勤務時間外の連絡を希望されています。
""" + sig("madarame", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "3名分の氏名と携帯 — 5名未満なので警告どまり",
})

# 020 — 窓口ポスター掲示先の事業所一覧（会社の拠点・代表電話） → pass
_sites = [("札幌本社", "札幌市中央区北3条西7-1-4", "011-231-7700"),
          ("千歳工場", "千歳市泉沢1007-52", "0123-28-4410"),
          ("帯広物流センター", "帯広市西22条北2-8-1", "0155-37-2251"),
          ("旭川営業所", "旭川市宮下通11-1604-3", "0166-25-8810"),
          ("函館営業所", "函館市若松町14-9", "0138-22-6102"),
          ("仙台営業所", "仙台市青葉区本町2-3-10", "022-261-5530"),
          ("東京支店", "東京都中央区日本橋小伝馬町6-12", "03-3663-9071")]
MESSAGES.append({
    "id": "roudoufunsou-020",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["北国フーズ 総務部 <somu@kitaguni-foods.co.jp>"],
    "subject": "窓口周知ポスターの発送先確認",
    "body": "北国フーズ株式会社 総務部 御中\n\nお世話になっております。百目鬼です。\n"
            "2026年版の窓口周知ポスター（A2・各3枚）を、以下の事業所宛に発送予定です。\n"
            "宛先・電話番号に変更がないかご確認ください。\n\n"
            + "\n".join(f"{n:<10}\t{a}\tTEL {t}" for n, a, t in _sites)
            + "\n\n宛名は「総務ご担当者様」とさせていただきます。\n" + sig("domeki", 1),
    "entities": [],
    "detectors": [],
    "note": "事業所（会社の拠点）の住所・代表電話の一覧 — 人ではない",
})

# 021 — フリーメールの相談者本人へ、本人が話した通院の事実を含む内容確認 → either
MESSAGES.append({
    "id": "roudoufunsou-021",
    "expect": "either",
    "sender": "ひのでスピークアップライン <speakup@hotline.hinode-sangyo.co.jp>",
    "to": ["mikan.sora0412@gmail.com"],
    "subject": "【受付番号 SPK-2025-0455】ご相談内容の確認",
    "body": """天羽 結衣 様

ひのでスピークアップライン 相談員の三ツ橋です。
11月7日にお電話でお伺いした内容を、以下のとおり整理しました。
相違がないかご確認のうえ、このメールにご返信ください。

・10月以降、所属長から会議の場で繰り返し大声で叱責されている
・業務の割り振りから外され、1日中待機を命じられた日が複数ある
・10月末から心療内科に通院しており、医師から休養を勧められている
・会社への報告は匿名を希望（通院の事実も伏せてほしい）

ご確認いただいた後、会社側の担当部署へ匿名で報告いたします。

※このアドレスは送信専用ではありません。ご返信はこのメールにそのままどうぞ。
--
ひのでスピークアップライン（日の出産業株式会社 外部通報窓口センター）
受付時間 平日9:00～20:00　TEL 0120-418-227
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "本人宛（フリーメール）に本人が話した通院の事実 — 本人への送付なので判断が分かれる",
})

# 022 — English: interim summary to a foreign client's ethics office, with a diagnosis → stop
MESSAGES.append({
    "id": "roudoufunsou-022",
    "expect": "stop",
    "sender": frm("onodera"),
    "to": ["Ethics Office <ethics@northwind-pacific.com>"],
    "subject": "Case NP-JP-0117 — interim summary",
    "body": """Dear Ms. Whitfield,

As agreed on our call on Tuesday, please find below the interim summary for case
NP-JP-0117 (Tokyo sales office).

Complainant: Ms. Rina Egashira, Account Executive (consented to disclosure of her name)
Respondent:  Mr. Keita Nagumo, Sales Manager

Allegations: repeated public humiliation in weekly pipeline meetings; exclusion from key
accounts after she raised a quota concern in July.

Current status: Ms. Egashira has been diagnosed with major depressive disorder by her
physician and has been on medical leave since September 2. She asked that her medical
situation be shared only with HR and the Ethics Office.

Next steps: two witness interviews next week; we expect to send the draft findings by
November 28.
""" + sig("onodera", 2) + DISC_EN,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English: a named complainant's diagnosis (depression) and medical leave to an external client",
})

# 023 — English: anonymised quarterly statistics → pass
MESSAGES.append({
    "id": "roudoufunsou-023",
    "expect": "pass",
    "sender": frm("onodera"),
    "to": ["Ethics Office <ethics@northwind-pacific.com>"],
    "subject": "Q3 2025 Speak-Up Line statistics — Japan entities",
    "body": """Dear Ethics Office team,

Attached below are the Q3 figures for your Japan entities. All numbers are aggregated;
categories with fewer than three reports are shown as "<3".

  Category                         Q2    Q3
  ------------------------------   ---   ---
  Harassment (power / sexual)        7     9
  Conflicts of interest             <3    <3
  Accounting / expense concerns      4     3
  Workplace safety                   3     5
  Questions / policy guidance        6     4
  ------------------------------   ---   ---
  Total                             22    23

Median time to first response: 0.8 business days (target: 1.0).
Anonymous reports: 61% (Q2: 55%).

Happy to walk through the trends at the regional compliance call on Nov 19.
""" + sig("onodera", 2),
    "entities": [],
    "detectors": [],
    "note": "English aggregated statistics only — no personal data",
})

# 024 — HTML のみ：7名の通報者一覧（氏名・メール・電話）をみどり銀行へ → stop
_p = people(7)
_tr = "\n".join(
    f"<tr><td>SPK-2025-{500 + i:04d}</td><td>{p[0]}</td><td>{mail_of(p, 'midori-ginko.co.jp', i + 1)}</td>"
    f"<td>{mobile()}</td><td>{rng.choice(['メール', '電話', '電話（夜間）'])}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-024",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["みどり銀行 コンプライアンス統括部 <compliance-hotline@midori-ginko.co.jp>"],
    "subject": "実名通報者の連絡先一覧（10月分）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>みどり銀行 コンプライアンス統括部 御中</p>
<p>いつもお世話になっております。日の出産業 外部通報窓口センターの班目です。<br>
10月受付分のうち、実名での連絡を希望された方の一覧です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付番号</th><th>氏名</th><th>メールアドレス</th><th>電話</th><th>希望連絡方法</th></tr>
{_tr}
</table>
<p>ご連絡の際は「外部窓口からの引継ぎ」である旨をお伝えください。</p>
<p>--<br>日の出産業株式会社 外部通報窓口センター 班目 亮<br>TEL 03-5442-7180</p>
</body></html>""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML のみのメールの表に7名の氏名・メール・電話 — 名簿",
})

# 025 — HTML のみ：研修の会場・日程表（拠点と講師） → pass
MESSAGES.append({
    "id": "roudoufunsou-025",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["みどり銀行 人事部 研修担当 <kenshu@midori-ginko.co.jp>"],
    "subject": "支店長向けハラスメント研修 会場・日程のご確認",
    "html": """<html><body>
<p>みどり銀行 人事部 研修ご担当者様</p>
<p>お世話になっております。日の出産業の鰐淵です。研修の実施日程を以下にまとめました。</p>
<table border="1" cellpadding="3">
<tr><th>回</th><th>日程</th><th>会場</th><th>対象</th><th>講師</th></tr>
<tr><td>1</td><td>1月14日(水) 13:30-16:30</td><td>本店 7F 大会議室</td><td>首都圏支店長</td><td>宍戸（日の出産業）</td></tr>
<tr><td>2</td><td>1月21日(水) 13:30-16:30</td><td>大宮研修センター</td><td>埼玉地区支店長</td><td>葛城（日の出産業）</td></tr>
<tr><td>3</td><td>1月28日(水) 13:30-16:30</td><td>オンライン</td><td>地方支店長</td><td>宍戸（日の出産業）</td></tr>
</table>
<p>テキストは各回の1週間前までに PDF でお送りします。</p>
<p>日の出産業株式会社 営業推進課 鰐淵 まどか / TEL 03-5442-7180</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML 表だが中身は研修日程と会場 — 個人データなし",
})

# 026 — 外部調査委員3名のマイナンバーを税理士事務所へ（支払調書） → stop
_p = [("久我 篤", "弁護士"), ("仁科 芳江", "公認心理師"), ("土師 雅人", "元労働基準監督官")]
_mn_lines = "\n".join(f"　{n}（{r}）　個人番号 {mn()}　住所 {addr(False)}" for n, r in _p)
MESSAGES.append({
    "id": "roudoufunsou-026",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["池端税理士事務所 <shiharai@ikebata-tax.jp>"],
    "subject": "支払調書作成用：第三者委員会 外部委員の情報",
    "charset": "iso-2022-jp",
    "body": f"""池端税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 業務管理課の百目鬼です。
2025年に当センターが設置した第三者調査委員会の外部委員報酬について、
報酬、料金、契約金及び賞金の支払調書の作成をお願いいたします。

{_mn_lines}

支払額の明細は明日お送りします。
""" + sig("domeki"),
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "3名の個人番号（マイナンバー）と住所を社外の税理士へ — 一人でもマイナンバーは停止",
})

# 027 — 社労士へ労災申請支援：保険証記号番号・基礎年金番号・傷病名 → stop
_b = dob(1979, 1990)
MESSAGES.append({
    "id": "roudoufunsou-027",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["早瀬社会保険労務士事務所 早瀬先生 <hayase@sr-hayase.jp>"],
    "subject": "労災請求（精神障害）のご相談者について",
    "body": f"""早瀬先生

お世話になっております。日の出産業 外部通報窓口センターの三ツ橋です。
先日お電話でご相談した件、ご本人の同意が得られましたので、手続に必要な情報をお送りします。

　氏名　　　　　：越智 浩二 様
　生年月日　　　：{wareki(_b, 'fw')}
　勤務先　　　　：ツバサシステム株式会社 開発二部
　健康保険証　　：記号 71240 番号 583（協会けんぽ 東京支部）
　基礎年金番号　：{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}
　傷病名　　　　：うつ病（2025年8月 初診、現在休業中）
　請求の概要　　：長時間労働と上司からの継続的な叱責による精神障害

休業補償給付の請求書のご準備をお願いできますでしょうか。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号番号・基礎年金番号・病名（うつ病）を社外の社労士へ",
})

# 028 — 顧問弁護士へ：被通報者の前科（傷害罪） → stop
MESSAGES.append({
    "id": "roudoufunsou-028",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["白川法律事務所 沢渡先生 <sawatari@shirakawa-law.jp>"],
    "subject": "ご相談：被通報者の過去の処分歴の扱いについて",
    "body": """沢渡先生

いつもお世話になっております。日の出産業の葛城です。
青葉運輸様の案件（SPK-2025-0402）で、判断に迷う点がありご相談させてください。

被通報者の 大和田 剛 氏（厚木営業所 配車係長）について、複数の従業員から
「以前、傷害事件で有罪になったことがあるので怖い」との申告がありました。
会社側に確認したところ、同氏は2019年に傷害罪で罰金刑を受けていることが
採用後の報告で判明しており、当時は懲戒処分（減給）を受けています。

今回の調査報告書に、この前科の事実を記載すべきかどうか、ご意見を伺えますでしょうか。
来週前半にお時間をいただけると助かります。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "一人の被通報者の犯罪の経歴（傷害罪・罰金刑）を氏名つきで社外へ — 要配慮個人情報",
})

# 029 — 顧問弁護士への一般的な法律相談（個人データなし） → pass
MESSAGES.append({
    "id": "roudoufunsou-029",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["白川法律事務所 沢渡先生 <sawatari@shirakawa-law.jp>"],
    "subject": "公益通報者保護法の従事者指定についてのご質問",
    "body": """沢渡先生

お世話になっております。日の出産業の宍戸です。
一般論としてのご質問で恐縮ですが、以下2点についてご教示いただけますでしょうか。

1. 外部窓口を受託している当社の相談員は、契約先（事業者）の「公益通報対応業務従事者」
   として指定を受ける必要があるか。指定書は契約先から個人ごとに受領すべきか。
2. 法12条の守秘義務違反の刑事罰（30万円以下の罰金）は、受託者の従業員にも及ぶと
   解してよいか。その場合、当社の社内研修でどの程度まで説明すべきか。

来月の契約更新時に、契約書の条項も見直したいと考えております。
お手すきの際にご回答いただけますと幸いです。
""" + sig("shishido"),
    "entities": [],
    "detectors": [],
    "note": "法律事務所への一般的な法律相談。特定の人物の情報なし",
})

# 030 — 白川法律事務所の別TLD（shirakawa-law.co.jp）へ資料依頼 → stop
MESSAGES.append({
    "id": "roudoufunsou-030",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["沢渡先生 <sawatari@shirakawa-law.co.jp>"],
    "subject": "Re: ご相談：被通報者の過去の処分歴の扱いについて",
    "body": """沢渡先生

ご回答ありがとうございました。
ご指摘のとおり、報告書には処分歴の事実は記載せず、会社側の人事記録の確認結果のみ
「確認済み」と記載する方針で進めます。

念のため、報告書のドラフトを金曜日までにお送りしますので、
該当箇所の表現をご確認いただけますでしょうか。

葛城
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "顧問弁護士のドメイン shirakawa-law.jp を .co.jp に取り違え — 似せドメイン",
})

# 031 — 社内のみ：センター相談員の従事者指定名簿（氏名・社員番号・内線・メール） → pass
_staff_rows = [("三ツ橋 沙織", "H20431", "7181", "s.mitsuhashi"), ("班目 亮", "H21877", "7182", "r.madarame"),
               ("葛城 倫子", "H15520", "7185", "m.katsuragi"), ("宍戸 誠一", "H09102", "7180", "s.shishido"),
               ("小野寺 健二", "H22309", "7186", "k.onodera"), ("百目鬼 綾", "H23014", "7188", "a.domeki"),
               ("東雲 拓海", "H24116", "7187", "t.shinonome")]
MESSAGES.append({
    "id": "roudoufunsou-031",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["法務部 契約管理 <keiyaku-kanri@hinode-sangyo.co.jp>"],
    "subject": "従事者指定名簿（2026年1月更新分）の提出",
    "body": "法務部 契約管理ご担当\n\nお疲れさまです。外部通報窓口センターの宍戸です。\n"
            "契約先への提出用に、従事者指定名簿の更新版を共有します。\n\n"
            "氏名,社員番号,内線,メール,携帯（緊急時）\n"
            + "\n".join(f"{n},{e},{t},{m}@hinode-sangyo.co.jp,{mobile()}" for n, e, t, m in _staff_rows)
            + "\n\n各社への提出は契約管理から行っていただく運用のままでお願いします。\n宍戸\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "7名の名簿だが宛先は社内の法務部のみ",
})

# 032 — XLSX 月次報告：サマリーは集計、2枚目に案件明細（6名の氏名・携帯） → stop
_p = people(6)
_detail = [["案件明細（実名同意分）"], [],
           ["No", "受付日", "氏名", "部署", "携帯", "区分", "状況"]]
for i, p in enumerate(_p):
    _detail.append([i + 1, f"10/{2 + i * 4}", p[0],
                    rng.choice(["鹿島工場 成形課", "鹿島工場 品質保証課", "本社 営業部", "研究所"]),
                    mobile(), rng.choice(["パワハラ", "セクハラ", "長時間労働"]),
                    rng.choice(["調査中", "完了", "相談のみ"])])
MESSAGES.append({
    "id": "roudoufunsou-032",
    "expect": "stop",
    "sender": frm("shinonome"),
    "to": ["丸三化成 コンプライアンス室 乾様 <inui@marusan-kasei.co.jp>"],
    "subject": "10月度 月次報告書の送付",
    "body": """乾様

お世話になっております。日の出産業の東雲です。
10月度の月次報告書をお送りします。サマリーシートに件数と傾向をまとめております。

ご確認をお願いいたします。

東雲
""",
    "attachments": [{
        "kind": "xlsx", "name": "月次報告_丸三化成_2025-10.xlsx",
        "sheets": {"サマリー": [["10月度 受付サマリー"], [], ["区分", "件数", "前月"],
                               ["パワハラ", 3, 2], ["セクハラ", 1, 1], ["長時間労働", 2, 0],
                               ["合計", 6, 3]],
                   "案件明細": _detail},
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX の2枚目のシートに6名の氏名・携帯 — 本文は集計のことしか言っていない",
})

# 033 — XLSX 複数シート、すべて集計値 → pass
MESSAGES.append({
    "id": "roudoufunsou-033",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "2025年度上期 通報統計（拠点別・月別）",
    "body": """川崎電機株式会社 コンプライアンス推進部 古賀様

お世話になっております。日の出産業の東雲です。
上期の通報統計を Excel でお送りします。拠点別シートは3件未満を「<3」表記としています。
取締役会資料にそのままお使いいただけます。

よろしくお願いいたします。
""" + sig("shinonome"),
    "attachments": [{
        "kind": "xlsx", "name": "通報統計_川崎電機_2025上期.xlsx",
        "sheets": {
            "月別": [["2025年度上期 月別受付件数"], ["月", "電話", "Web", "郵送", "計"],
                   ["4月", 3, 2, 0, 5], ["5月", 2, 4, 1, 7], ["6月", 4, 3, 0, 7],
                   ["7月", 1, 5, 0, 6], ["8月", 2, 2, 0, 4], ["9月", 3, 4, 1, 8]],
            "区分別": [["区分", "件数", "構成比"], ["パワハラ", 14, "37%"], ["セクハラ", 5, "13%"],
                    ["法令違反の疑い", 6, "16%"], ["労働条件", 9, "24%"], ["その他", 3, "8%"]],
            "拠点別": [["拠点", "件数"], ["本社", 9], ["川崎工場", 16], ["横浜事業所", 8], ["その他", "<3"]],
        },
    }],
    "entities": [],
    "detectors": [],
    "note": "複数シートの XLSX だが、すべて件数の集計",
})

# 034 — PDF 調査報告書のページヘッダーに「取扱注意」 → stop
MESSAGES.append({
    "id": "roudoufunsou-034",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["錦印刷 総務部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
    "subject": "調査結果報告書（SPK-2025-0420）",
    "charset": "cp932",
    "body": """丸岡様

お世話になっております。日の出産業の葛城です。
製版課の件について、調査結果報告書（PDF）をお送りします。
関係者はすべて記号で記載しております。役員会でのご説明の際にご利用ください。

葛城
""",
    "attachments": [{
        "kind": "pdf", "name": "調査結果報告書_SPK-2025-0420.pdf",
        "page_header": "取扱注意　錦印刷株式会社 総務部限り",
        "page_footer": "日の出産業株式会社 外部通報窓口センター",
        "lines": ["調査結果報告書（SPK-2025-0420）", "",
                  "1. 申告の要旨：製版課における深夜残業の強要および暴言",
                  "2. 調査期間：2025年11月17日～12月5日",
                  "3. ヒアリング対象：6名（申告者1、相手方1、同僚4）",
                  "4. 結論：暴言の一部を事実と認定。残業の強要は認定に至らず。",
                  "5. 提言：課長職への指導、勤怠管理の見直し"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付 PDF のページヘッダーに「取扱注意」の区分表示",
})

# 035 — 壊れた XLSX 添付 → stop
MESSAGES.append({
    "id": "roudoufunsou-035",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["ツバサシステム 人事部 <jinji@tsubasa-system.jp>"],
    "subject": "Re: 受付一覧の再送",
    "body": """ツバサシステム 人事部 御中

お世話になっております。百目鬼です。
「ファイルが開けない」とのご連絡をいただき、失礼いたしました。
受付一覧を再度添付いたします。

百目鬼
""",
    "attachments": [{"kind": "corrupt", "name": "受付一覧_ツバサシステム_202510.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付 XLSX が壊れていて読めない — 中身を確認できない",
})

# 036 — 匿名通報の扱いに関する FAQ 回答 → pass
MESSAGES.append({
    "id": "roudoufunsou-036",
    "expect": "pass",
    "sender": frm("mitsuhashi"),
    "to": ["港北ロジスティクス 人事部 吉良様 <kira@kohoku-logi.co.jp>"],
    "subject": "Re: 匿名の通報への対応について",
    "body": """吉良様

お世話になっております。日の出産業の三ツ橋です。
ご質問いただいた点について回答いたします。

Q1. 匿名の通報でも調査は行うのか
　→ はい。当窓口では匿名の方とも受付番号とパスワードで継続的にやり取りができるため、
　　 追加の事実確認を行ったうえで調査に進むことが可能です。

Q2. 通報者を探索することはできるか
　→ 公益通報者保護法の指針により、通報者を特定しようとする行為（探索）は禁止されて
　　 います。筆跡や文面から推測することも避けてください。

Q3. 通報者に結果を知らせる必要はあるか
　→ 是正に必要な措置をとったとき、または通報対象事実がないときは、通報者の保護に
　　 配慮しつつ、遅滞なく通知することが求められています。

導入説明会でも同じ内容を扱う予定です。
""" + sig("mitsuhashi") + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "制度の一般的な Q&A。特定の個人の情報なし",
})

# 037 — 元従業員の参考人3名（フリーメール）を To に並べて日程調整 → stop
MESSAGES.append({
    "id": "roudoufunsou-037",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["s.kumagai.0707@gmail.com", "hasumi_t@yahoo.co.jp", "mizuki.u@icloud.com"],
    "subject": "聞き取りへのご協力のお願い（日程のご相談）",
    "body": """皆さま

突然のご連絡失礼いたします。日の出産業株式会社 外部通報窓口センターの葛城と申します。
先日お電話でご説明したとおり、ご在職当時の職場環境について、
お話を伺えればと考えております。

候補日：12月2日(火)、12月4日(木)、12月6日(土)　いずれも10時～17時の間で1時間
場所　：オンライン、または弊社（港区芝）の面談室

ご都合のよい日時を、それぞれ個別にご返信いただけますと幸いです。
""" + sig("katsuragi"),
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "個人3名（フリーメール）を To に並べ、互いのアドレスが見える — Bcc にすべき",
})

# 038 — 匿名の通報者（フリーメール1件）へ受付完了の連絡 → pass
MESSAGES.append({
    "id": "roudoufunsou-038",
    "expect": "pass",
    "sender": "ひのでスピークアップライン <speakup@hotline.hinode-sangyo.co.jp>",
    "to": ["nagareboshi2025@outlook.jp"],
    "subject": "ご通報を受け付けました（受付番号 SPK-2025-0471）",
    "charset": "iso-2022-jp",
    "body": """ご通報者様

このたびは、ひのでスピークアップラインにご連絡いただき、ありがとうございます。
ご通報を以下の受付番号で承りました。

　受付番号：SPK-2025-0471
　受付日時：2025年11月12日 21:48

今後のやり取りは、この受付番号をお伝えいただくことで匿名のまま継続できます。
会社への報告にあたり、ご通報者様を特定できる情報は、ご同意なく伝えることはありません。

5営業日以内に、相談員から本アドレス宛に初回のご連絡をいたします。

--
ひのでスピークアップライン
（日の出産業株式会社 外部通報窓口センター）
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの通報者1名に受付番号だけを通知 — 通常業務",
})

# 039 — 参考人5名の連絡先ブロック（氏名・所属・携帯・メール）を契約先の外部弁護士へ → stop
_p = people(5)
_blocks = "\n\n".join(
    f"■参考人{i + 1}\n　氏名：{p[0]}（{p[1]}）\n　所属：{rng.choice(['生産管理部', '品質保証部', '総務部', '営業部'])}\n"
    f"　携帯：{mobile()}\n　メール：{mail_of(p, 'toho-seiki.co.jp', i)}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-039",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["真鍋先生 <manabe@kiryu-sogo-law.jp>"],
    "subject": "参考人の連絡先（東邦精機様 SPK-2025-0389）",
    "body": f"""真鍋先生

お世話になっております。葛城です。
先生に直接ヒアリングいただく参考人5名の連絡先をお送りします。
いずれもご本人から、先生から直接連絡を受けることの了承をいただいています。

{_blocks}

ヒアリングの順序は、前回の協議のとおり参考人1から順にお願いします。
""" + sig("katsuragi", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで5名分の氏名・携帯・メール — 名簿",
})

# 040 — 面談対象者2名の連絡先（ブロック） → pass（警告可）
_p = people(2)
MESSAGES.append({
    "id": "roudoufunsou-040",
    "expect": "pass",
    "sender": frm("madarame"),
    "to": ["さくらホテル 人事部 コンプライアンス担当 <hr-compliance@sakura-hotel.jp>"],
    "subject": "面談当日の連絡先について",
    "body": f"""さくらホテル 人事部 コンプライアンス担当 御中

お世話になっております。班目です。
明日の面談で、当日に時間変更が生じた場合に備え、対象のお二人の連絡先を共有します。

[1] {_p[0][0]} 様
    フロント課／内線 305／携帯 {mobile()}
[2] {_p[1][0]} 様
    料飲課／内線 412／携帯 {mobile()}

面談終了後、このメールは削除していただけますと幸いです。
班目
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "2名分の氏名・携帯 — 少人数なので警告どまり",
})

# 041 — タブ区切り：被害申告者5名（和暦の生年月日・全角の電話） → stop
_p = people(5)
_styles = ["kanji", "abbr", "fw", "abbr_fw", "kanji"]
_tsv = "\n".join(f"{p[0]}\t{p[1]}\t{wareki(dob(1968, 2001), _styles[i])}\t{fw(mobile())}\t"
                 f"{rng.choice(['横浜DC', '川崎DC', '厚木DC'])}"
                 for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-041",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["港北ロジスティクス 人事部 吉良様 <kira@kohoku-logi.co.jp>"],
    "subject": "横浜エリアDC 同一相手方に関する申告者の情報",
    "charset": "cp932",
    "body": f"""吉良様

お世話になっております。日の出産業の班目です。
同一の相手方（横浜エリア センター長）について、5名から申告がありました。
全員から実名での調査協力に同意をいただきましたので、以下にまとめます
（Excel に貼り付けられるようタブ区切りにしています）。

氏名\tフリガナ\t生年月日\t連絡先\t勤務先
{_tsv}

本人確認のため、面談当日は社員証をご持参いただくよう案内済みです。
""" + sig("madarame"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5名の氏名・和暦生年月日・全角電話をタブ区切りで社外へ",
})

# 042 — 報告書原本の送付：伝票番号・請求書番号 → pass
MESSAGES.append({
    "id": "roudoufunsou-042",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["錦印刷 総務部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
    "subject": "調査報告書 原本の発送のお知らせ",
    "body": """丸岡様

お世話になっております。百目鬼です。
調査報告書（SPK-2025-0420）の押印済み原本を、本日発送いたしました。

　配送業者　：ヤマト運輸（宅急便・対面受取）
　お問合せ番号：4218-7736-0592
　お届け予定：12月10日 午前中

あわせて、追加調査分の御見積書（見積番号 QT-HS-2512-014）と
請求書（INV-HS-2512-0131）も同封しております。

到着しましたら一言ご連絡いただけますと幸いです。
""" + sig("domeki"),
    "entities": [],
    "detectors": [],
    "note": "追跡番号・見積番号・請求書番号だけ — 個人データなし",
})

# 043 — 監理団体へ：技能実習生の在留カード番号・生年月日 → stop
_b = dob(1998, 2003)
MESSAGES.append({
    "id": "roudoufunsou-043",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["ひまわり協同組合 監理部 <kanri@himawari-kyodo.or.jp>"],
    "subject": "技能実習生からの相談について（北国フーズ千歳工場）",
    "body": f"""ひまわり協同組合 監理部
ご担当者様

お世話になっております。北国フーズ株式会社から外部窓口業務を受託しております、
日の出産業株式会社の三ツ橋と申します。

同社千歳工場で実習中の方から、当窓口（ベトナム語通訳対応）に相談がありました。
ご本人が監理団体にも共有してほしいとのことでしたので、ご連絡いたします。

　氏名：NGUYEN THI HOA（グエン ティ ホア）さん
　生年月日：{_b[0]}年{_b[1]}月{_b[2]}日
　在留カード番号：{rng.choice('ABEFGH')}{rng.choice('KLMNPR')}{rng.randrange(10**7, 10**8)}{rng.choice('ABCD')}{rng.choice('EFGH')}
　相談内容：ライン長から、日本語の間違いを理由に皆の前で繰り返し怒鳴られる。
　　　　　　寮の門限を理由に外出を制限されている。

巡回指導の際に、ご本人から直接お話を聞いていただけますでしょうか。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（本人確認書類の番号）を社外へ — 一人分でも停止",
})

# 044 — English: passport number of an employee for identity verification → stop
MESSAGES.append({
    "id": "roudoufunsou-044",
    "expect": "stop",
    "sender": frm("onodera"),
    "to": ["Dana Whitfield <d.whitfield@northwind-pacific.com>"],
    "subject": "RE: NP-JP-0117 — witness identity check before the video interview",
    "body": f"""Hi Dana,

Thanks for setting up the call. For the identity check you asked for before the remote
interview, the witness sent us the details of her passport (she moved back to Tokyo
from the Singapore office in October and her driving licence is still the Singapore one):

  Name:          Ms. Aya Hoshizaki
  Passport No.:  TK{rng.randrange(1000000, 9999999)}  (Japan)
  Date of birth: 14 March 1991
  Position:      Senior Analyst, Tokyo office

She would prefer the interview on Thursday after 6 pm JST.

Kenji
""",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English: a witness's passport number and date of birth to an external client",
})

# 045 — 社内の健康管理室（産業医）への相談：社内のみ → pass
MESSAGES.append({
    "id": "roudoufunsou-045",
    "expect": "pass",
    "sender": frm("mitsuhashi"),
    "to": ["健康管理室 産業医 眞田先生 <sanada.sangyoi@hinode-sangyo.co.jp>"],
    "subject": "ご相談：相談者の受診勧奨の進め方について",
    "body": f"""眞田先生

お疲れさまです。外部通報窓口センターの三ツ橋です。
受託先（さくらホテル）の相談者の件で、医学的な観点からご助言をいただけないでしょうか。

　相談者：仲宗根 美咲 さん（32歳）
　状況　：適応障害の診断あり、睡眠導入剤を服用中。最近は中途覚醒が増え、
　　　　　「朝、体が動かない」との訴え。連絡先 {mobile()}
　悩み　：本人は休職を避けたい意向。会社への伝え方を一緒に考えたい。

センター内での共有にとどめておりますので、社外には出ておりません。
明日の午後、15分ほどお時間をいただけますと助かります。

三ツ橋
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "病名・服薬の情報だが宛先は社内の産業医のみ",
})

# 046 — To: 契約先、Cc: EAP と法律事務所（3組織が互いに見える） → stop
MESSAGES.append({
    "id": "roudoufunsou-046",
    "expect": "stop",
    "sender": frm("shishido"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "cc": ["ウェルビー・サポート 西園寺様 <saionji@wellbe-eap.co.jp>",
           "白川法律事務所 沢渡先生 <sawatari@shirakawa-law.jp>"],
    "subject": "連携会議（12月）の開催について",
    "body": """青葉運輸株式会社 藤枝様
株式会社ウェルビー・サポート 西園寺様
白川法律事務所 沢渡先生

お世話になっております。日の出産業 外部通報窓口センターの宍戸です。

半期に一度の連携会議を、下記のとおり開催したく存じます。

　日時：12月16日(火) 15:00～16:30
　場所：日の出産業芝ビル 6F 会議室A（オンライン併用）
　議題：
　　1. 上期の相談傾向（匿名化した集計）
　　2. EAP への紹介フローの見直し
　　3. 通報者への不利益取扱いが疑われる場合の初動

ご出欠を12月5日までにお知らせください。
""" + sig("shishido"),
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "外部の3組織（契約先・EAP・法律事務所）が To/Cc で互いに見える",
})

# 047 — メールマガジンを Bcc で配信（To は自分） → pass
MESSAGES.append({
    "id": "roudoufunsou-047",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["ひのでスピークアップライン 営業推進課 <speakup-sales@hinode-sangyo.co.jp>"],
    "bcc": ["compliance@marusan-kasei.co.jp", "jinji@tsubasa-system.jp", "somu@nishiki-insatsu.co.jp",
            "audit@kitaguni-foods.co.jp", "kira@kohoku-logi.co.jp", "shinomiya@toho-seiki.co.jp"],
    "subject": "【ひのでスピークアップライン通信 Vol.18】カスハラ対策の義務化に向けて",
    "body": """ご契約企業 ご担当者各位
（本メールは Bcc にて一斉にお送りしています）

いつもお世話になっております。ひのでスピークアップライン通信 Vol.18 をお届けします。

■今月のトピック
・カスタマーハラスメント対策の事業主義務化（改正法）のポイント
・相談窓口担当者が「聴き取り」で陥りやすい3つの誤り
・当窓口の年末年始の受付体制（12/29～1/3 は Web 受付のみ）

■統計から見える傾向（全契約企業の合算・匿名化）
　2025年4～10月の受付 412件のうち、パワハラ関連が 38%、
　顧客・取引先からの迷惑行為に関する相談が前年比 1.6 倍に増加しています。

配信停止をご希望の場合は、本メールにご返信ください。
""" + sig("wanibuchi"),
    "entities": [],
    "detectors": [],
    "note": "契約先は Bcc のみで互いに見えない。内容も匿名化統計",
})

# 048 — 無暗号 ZIP の中の CSV（UTF-8）に12名 → stop
_p = people(12)
_rows = [["受付番号", "氏名", "カナ", "電話番号", "メールアドレス", "区分"]]
for i, p in enumerate(_p):
    _rows.append([f"KF-25{i + 40:03d}", p[0], p[1], mobile(), mail_of(p, "kitaguni-foods.co.jp", i),
                  rng.choice(["パワハラ", "セクハラ", "安全衛生", "食品表示"])])
MESSAGES.append({
    "id": "roudoufunsou-048",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["北国フーズ 内部監査室 大門様 <daimon@kitaguni-foods.co.jp>"],
    "subject": "年次監査用データの送付",
    "body": """大門様

お世話になっております。百目鬼です。
内部監査でご依頼のあった、本年度の受付データ一式を ZIP でお送りします。
（圧縮のみで、パスワードはかけておりません）

よろしくお願いいたします。
百目鬼
""",
    "attachments": [{
        "kind": "zip", "name": "kansa_data_2025.zip",
        "files": [{"kind": "csv", "name": "uketsuke_2025.csv", "encoding": "utf-8", "rows": _rows},
                  {"kind": "txt", "name": "readme.txt", "text": "受付データ（2025年4月～11月）\n文字コード UTF-8\n"}],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP 内の CSV に12名の氏名・電話・メール",
})

# 049 — ZIP の中の PDF：匿名化した年次報告 → pass
MESSAGES.append({
    "id": "roudoufunsou-049",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["ツバサシステム 人事部 <jinji@tsubasa-system.jp>"],
    "subject": "2024年度 年次報告書（統合報告書掲載用）",
    "body": """ツバサシステム株式会社 人事部 御中

お世話になっております。日の出産業の東雲です。
統合報告書への掲載用に、年次報告書と図表データを ZIP にまとめました。
掲載にあたっての表現のご相談も承ります。
""" + sig("shinonome"),
    "attachments": [{
        "kind": "zip", "name": "年次報告書_2024_ツバサシステム.zip",
        "files": [
            {"kind": "pdf", "name": "年次報告書_2024.pdf",
             "lines": ["内部通報制度 運用状況報告（2024年度）", "",
                       "受付件数：31件（前年度 24件）", "うち匿名：19件",
                       "是正措置に至った件数：7件", "通報者への不利益取扱いの申告：0件",
                       "平均対応日数：42日"]},
            {"kind": "csv", "name": "figure_data.csv",
             "rows": [["年度", "受付件数", "是正件数"], ["2022", 18, 4], ["2023", 24, 5], ["2024", 31, 7]]},
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "ZIP の中身は年度別件数の PDF と CSV — 個人データなし",
})

# 050 — DOCX ヒアリング記録の表：5名の生年月日・入社年・携帯 → stop
_p = people(5)
_tbl = [["No", "氏名", "生年月日", "入社年", "携帯", "聴取日"]]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p[0], wareki(dob(1965, 1998), "abbr"), str(rng.randrange(2005, 2024)),
                 mobile(), f"11/{18 + i}"])
MESSAGES.append({
    "id": "roudoufunsou-050",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["丸三化成 コンプライアンス室 乾様 <inui@marusan-kasei.co.jp>"],
    "subject": "ヒアリング実施記録（SPK-2025-0429）",
    "body": """乾様

お世話になっております。葛城です。
今週実施したヒアリングの実施記録（対象者一覧と実施日）を Word でお送りします。
聴取内容の要旨は報告書本体にまとめますので、こちらは実施管理用としてお使いください。

葛城
""",
    "attachments": [{
        "kind": "docx", "name": "ヒアリング実施記録_SPK-2025-0429.docx",
        "paragraphs": ["ヒアリング実施記録", "案件番号：SPK-2025-0429", "実施者：葛城（日の出産業）"],
        "tables": [_tbl],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX の表に5名の氏名・生年月日・携帯",
})

# 051 — DOCX 窓口利用ガイド（個人データなし） → pass
MESSAGES.append({
    "id": "roudoufunsou-051",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["港北ロジスティクス 人事部 吉良様 <kira@kohoku-logi.co.jp>"],
    "subject": "従業員向け「外部相談窓口のご案内」原稿",
    "charset": "iso-2022-jp",
    "body": """吉良様

お世話になっております。鰐淵です。
社内イントラに掲載いただく「外部相談窓口のご案内」の原稿をお送りします。
窓口の電話番号・受付時間は、貴社専用のものを記載しております。

ご確認のほどよろしくお願いいたします。
""" + sig("wanibuchi"),
    "attachments": [{
        "kind": "docx", "name": "外部相談窓口のご案内_港北ロジスティクス.docx",
        "paragraphs": [
            "外部相談窓口（ひのでスピークアップライン）のご案内",
            "ハラスメントや法令違反のおそれのある行為について、社外の専門窓口に相談できます。",
            "フリーダイヤル：0120-418-229（平日9時～20時、土曜10時～17時）",
            "Web 受付：24時間（匿名可）",
            "相談したことを理由に、不利益な取扱いを受けることはありません。",
        ],
        "tables": [[["相談の種類", "例"], ["ハラスメント", "暴言、無視、性的な言動"],
                    ["法令違反", "改ざん、横領、安全基準違反"], ["労働条件", "サービス残業、休暇の妨害"]]],
    }],
    "entities": [],
    "detectors": [],
    "note": "窓口の案内文書（窓口のフリーダイヤルのみ）— 個人データなし",
})

# 052 — PPTX 報告会資料、各スライドのフッターに「社外秘」 → stop
MESSAGES.append({
    "id": "roudoufunsou-052",
    "expect": "stop",
    "sender": frm("shinonome"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "報告会資料（12/3 コンプライアンス委員会用）",
    "body": """古賀様

お世話になっております。東雲です。
12/3 のコンプライアンス委員会でご説明する資料をお送りします。
数値はすべて集計値です。事前にご確認いただき、修正点があればお知らせください。

東雲
""",
    "attachments": [{
        "kind": "pptx", "name": "コンプライアンス委員会報告_2025下期.pptx",
        "page_footer": "社外秘｜川崎電機株式会社 コンプライアンス委員会資料",
        "slides": [["上期の受付状況", "受付 37件（前年同期比 +9件）", "匿名比率 58%"],
                   ["傾向", "川崎工場の交替勤務職場でパワハラ相談が集中", "管理職の世代交代期と重なる"],
                   ["提言", "職場診断の実施", "夜勤帯の相談チャネルの周知"]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX の各スライドのフッターに「社外秘」の表示",
})

# 053 — PPTX ハラスメント研修教材（個人データなし） → pass
MESSAGES.append({
    "id": "roudoufunsou-053",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["みどり銀行 人事部 研修担当 <kenshu@midori-ginko.co.jp>"],
    "subject": "研修テキスト（第1回 支店長向け）",
    "body": """みどり銀行 人事部 研修ご担当者様

お世話になっております。宍戸です。
1月14日の研修テキストをお送りします。事例はすべて創作したものです。
印刷部数は受講者数＋5部でお願いいたします。
""" + sig("shishido", 1),
    "attachments": [{
        "kind": "pptx", "name": "支店長向けハラスメント研修_第1回.pptx",
        "slides": [["パワーハラスメントの定義", "優越的な関係を背景とした言動",
                    "業務上必要かつ相当な範囲を超えたもの", "労働者の就業環境が害されるもの"],
                   ["事例1（創作）", "営業目標未達の部下を朝礼で叱責したＡ支店長", "どこが問題か？"],
                   ["相談を受けたら", "否定せずに聴く", "記録を残す", "一人で抱え込まず本部へ"]],
    }],
    "entities": [],
    "detectors": [],
    "note": "研修スライド（創作事例）— 個人データなし",
})

# 054 — 文中で一人の被通報者の逮捕歴（酒気帯び運転） → stop
MESSAGES.append({
    "id": "roudoufunsou-054",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "SPK-2025-0466 追加の申告内容について",
    "charset": "iso-2022-jp",
    "body": """藤枝様

お世話になっております。班目です。
厚木営業所の件で、本日、申告者から追加の情報がありましたのでお知らせします。

申告者によると、相手方の 鮫島 竜也 運行管理者は、今年8月に私有車で酒気帯び運転を
して警察に逮捕されており、その後も会社に報告しないまま運行管理業務を続けている、
とのことです。申告者は、点呼でのアルコールチェックが形骸化していることを問題視しています。

事実関係の確認は、貴社にてお願いできますでしょうか。
なお、申告者は引き続き匿名を希望しています。
""" + sig("madarame"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名のわかる一人の逮捕の事実を文中で社外へ — 要配慮個人情報（犯罪の経歴）",
})

# 055 — 信仰を理由とするハラスメント：申告者の信仰を氏名つきで → stop
MESSAGES.append({
    "id": "roudoufunsou-055",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["ツバサシステム 人事部 嵯峨様 <saga@tsubasa-system.jp>"],
    "subject": "受付報告 SPK-2025-0479（開発一部）",
    "body": """嵯峨様

お世話になっております。三ツ橋です。
開発一部の方からのご相談について、受付報告をお送りします。

申告者の 並木 沙耶 さん（実名開示に同意）は、キリスト教の教会に通う信徒で、
日曜日の礼拝に参加するため日曜出勤の交代をお願いしたところ、チームリーダーから
「宗教を理由に仕事を断るのか」「勧誘はやめてくれ」と他のメンバーの前で言われ、
以後チャットで揶揄されることが続いているとのことです。

ご本人は、信仰について社内でこれ以上話題にされないことを強く希望されています。
対応方針のご相談をさせてください。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名のわかる申告者の信仰（信条）を社外へ — 要配慮個人情報",
})

# 056 — 障害者手帳・障害者雇用枠の申告者 → stop
MESSAGES.append({
    "id": "roudoufunsou-056",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["東邦精機 コンプライアンス室 篠宮様 <shinomiya@toho-seiki.co.jp>"],
    "subject": "ご相談の共有（業務分担に関する申告）",
    "body": """篠宮様

いつもお世話になっております。班目です。

総務部の 十河 陸 さんから、業務分担についてご相談がありました。
十河さんは精神障害者保健福祉手帳（3級）をお持ちで、障害者雇用枠で入社されています。
入社時に合意した配慮事項（口頭指示は必ずメモで補う等）が、異動後の上長に
引き継がれておらず、「みんなと同じにできないなら辞めれば」と言われたとのことです。

ご本人は配慮事項の再確認を希望されています。
来週中に一度お電話でご相談できますでしょうか。

班目
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名のわかる従業員の障害（精神障害者保健福祉手帳）を社外へ — 要配慮個人情報",
})

# 057 — 要配慮個人情報の取扱い方針の説明（一般論） → pass
MESSAGES.append({
    "id": "roudoufunsou-057",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["北国フーズ 内部監査室 大門様 <daimon@kitaguni-foods.co.jp>"],
    "subject": "Re: 報告書における健康情報の記載について",
    "body": """大門様

お世話になっております。宍戸です。
ご質問の件、当センターの運用は以下のとおりです。

1. 病歴・障害・信条など、個人情報保護法上の「要配慮個人情報」にあたる内容は、
   ご本人の同意がない限り、契約先への報告書には記載しません。
2. 同意がある場合も、記載は必要最小限とし、報告書の送付先を限定していただきます。
3. 健康上の理由で配慮が必要な場合は「業務上の配慮が必要」とのみ記載し、
   具体的な病名等は記載しない運用としています。

契約書の別紙「個人情報の取扱い」にも同じ内容を記載しております。
ご不明点があればお知らせください。
""" + sig("shishido"),
    "entities": [],
    "detectors": [],
    "note": "要配慮個人情報の取扱いを一般論で説明 — 特定の人物なし",
})

# 058 — 出自を理由とするハラスメント：申告者の民族的出自を氏名つきで → stop
MESSAGES.append({
    "id": "roudoufunsou-058",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["錦印刷 総務部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
    "subject": "受付報告（営業部）",
    "charset": "cp932",
    "body": """丸岡様

お世話になっております。三ツ橋です。
営業部の方からのご相談について報告いたします。

申告者：営業部 第二課　金本 修一 さん（実名開示に同意）
内容　：同課の先輩社員から、在日韓国人三世であることを理由に、飲み会の席や
　　　　取引先への同行中に、出自をからかう発言を繰り返されている。
　　　　本人は通名で勤務しており、出自を社内で広められることを恐れている。

ご本人のご意向により、出自に関する事実は総務部長と丸岡様のみに共有をお願いします。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "氏名のわかる申告者の民族的出自を社外へ — 要配慮個人情報（人種・出自）",
})

# 059 — 返信：-----Original Message----- の下に先方の6名リスト、新本文は短い → pass
_p = people(6)
_orig = "\n".join(f"{p[0]}　{rng.choice(['製造一課', '製造二課', '保全課'])}　{mobile()}" for p in _p)
MESSAGES.append({
    "id": "roudoufunsou-059",
    "expect": "pass",
    "sender": frm("katsuragi"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "RE: 職場環境アンケート協力者の件",
    "body": f"""古賀様

ご連絡ありがとうございます。葛城です。
協力者の方々へのご案内は、12月1日の週に当方から個別にメールでお送りします。
アンケートの設問案は明日お送りします。

葛城

-----Original Message-----
From: 古賀 <k-koga@kawasaki-denki.co.jp>
Sent: Thursday, November 13, 2025 10:21 AM
To: 葛城 倫子 <m.katsuragi@hinode-sangyo.co.jp>
Subject: 職場環境アンケート協力者の件

葛城様

川崎工場の職場環境アンケートの協力者（6名）は以下のとおりです。

{_orig}

よろしくお願いします。
古賀
""",
    "entities": [],
    "detectors": [],
    "note": "6名の一覧は相手からの元メールの引用部のみ — 新しい本文に個人データなし",
})

# 060 — English reply: quoted text below, but the new text adds 5 witnesses → stop
_p = people(5)
_wit = "\n".join(f"  {i + 1}. {p[2]} — {mail_of(p, 'northwind-pacific.com', i)}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-060",
    "expect": "stop",
    "sender": frm("onodera"),
    "to": ["Dana Whitfield <d.whitfield@northwind-pacific.com>"],
    "subject": "Re: NP-JP-0117 — additional witnesses",
    "body": f"""Hi Dana,

Following the complainant's second interview, she named five further colleagues who
attended the pipeline meetings. Could you let them know we will reach out directly?

{_wit}

We would like to complete these interviews by December 5.

Kenji

On Mon, Nov 17, 2025 at 9:02 AM Dana Whitfield <d.whitfield@northwind-pacific.com> wrote:
> Kenji, thanks for the update. Let me know if you need anyone else interviewed.
> Dana
""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English reply: the quote is harmless but the new text lists 5 people's names and e-mails",
})

# 061 — 自社ドメインの別TLD（hinode-sangyo.jp）：同僚宛のつもりで要フォロー一覧 → stop
_p = people(5)
_list = "\n".join(f"{i + 1}) {p[0]}　{mobile()}　{rng.choice(['折返し待ち', '面談調整中', '通院中・連絡は夕方', '報復の訴えあり'])}"
                  for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-061",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["葛城 倫子 <m.katsuragi@hinode-sangyo.jp>"],
    "subject": "明日の引継ぎ（班目休暇のため）",
    "body": f"""葛城さん

明日お休みをいただくため、折返しが必要な方を引き継ぎます。

{_list}

4) の方は体調が不安定なので、電話は短めにお願いします。
よろしくお願いします。
班目
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "同僚宛のつもりが hinode-sangyo.jp（自社ドメインの別TLD）— 5名の連絡先つき",
})

# 062 — 青葉運輸の co. 抜け（aoba-unyu.jp）へ月次報告 → stop
MESSAGES.append({
    "id": "roudoufunsou-062",
    "expect": "stop",
    "sender": frm("shinonome"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.jp>"],
    "subject": "11月度 月次報告（青葉運輸様）",
    "body": """藤枝様

お世話になっております。東雲です。
11月度の月次報告をお送りします。

　受付 5件（パワハラ 2／安全衛生 2／その他 1）
　うち匿名 4件
　調査中 3件、相談のみで終結 2件

詳細は来週の定例会でご説明いたします。
""" + sig("shinonome", 1),
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先が aoba-unyu.jp（取引先 aoba-unyu.co.jp の co. 抜け）",
})

# 063 — みどり銀行の似せドメイン（midori-glnko）：1名の連絡先 → stop
MESSAGES.append({
    "id": "roudoufunsou-063",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["コンプライアンス統括部 <compliance-hotline@midori-glnko.co.jp>"],
    "subject": "折返し連絡のご依頼（SPK-2025-0503）",
    "body": f"""みどり銀行 コンプライアンス統括部 御中

お世話になっております。班目です。
SPK-2025-0503 の申告者から、貴部から直接連絡がほしいとのご希望がありました。

　氏名：早乙女 奈緒 様（新宿支店 融資課）
　連絡先：{mobile()}（平日19時以降）

よろしくお願いいたします。
班目
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-glnko.co.jp（i→l の似せドメイン）宛て",
})

# 064 — 北国フーズのドットをハイフンに（kitaguni-foods-co.jp） → stop
MESSAGES.append({
    "id": "roudoufunsou-064",
    "expect": "stop",
    "sender": frm("wanibuchi"),
    "to": ["北国フーズ 総務部 <somu@kitaguni-foods-co.jp>"],
    "subject": "研修お申込みの受付確認",
    "body": """北国フーズ株式会社 総務部 御中

お世話になっております。鰐淵です。
12月9日のハラスメント防止研修へのお申込み（5名様）を受け付けました。
参加用 URL は前日までにお送りします。

鰐淵
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods-co.jp（.co.jp のドットをハイフンにした似せドメイン）",
})

# 065 — 社内サブドメイン宛て（hotline. / mail.）の8名の一覧 → pass
_p = people(8)
_rows = "\n".join(f"{p[0]:<10} {mobile():<15} {mail_of(p, 'tsubasa-system.jp', i)}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-065",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["受付チーム <uketsuke@hotline.hinode-sangyo.co.jp>"],
    "cc": ["システム管理 <sysadmin@mail.hinode-sangyo.co.jp>"],
    "subject": "ツバサシステム案件 連絡先の移行データ（旧システム→新システム）",
    "body": f"""受付チーム各位
cc: システム管理

お疲れさまです。百目鬼です。
案件管理システム移行のため、ツバサシステム案件の連絡先を手入力で移す必要があります。
以下8名分の入力をお願いします。入力後、このメールは削除してください。

氏名         電話            メール
-----------  --------------  ------------------------------
{_rows}

百目鬼
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "8名の連絡先だが宛先は社内サブドメイン（hotline./mail.hinode-sangyo.co.jp）のみ",
})

# 066 — 経費不正の通報：被通報者の法人カード番号を本文に → stop
_card = cc()
MESSAGES.append({
    "id": "roudoufunsou-066",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["港北ロジスティクス 内部監査室 <naibu-kansa@kohoku-logi.co.jp>"],
    "subject": "経費不正に関する通報（SPK-2025-0488）",
    "body": f"""港北ロジスティクス株式会社
内部監査室 御中

お世話になっております。日の出産業の葛城です。
経理部の方から、以下の通報がありました。

　被通報者：物流企画部 部長　桧山 正和 氏
　内容　　：同氏名義の法人カード（カード番号 {_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}）で、
　　　　　　2025年6月～10月に家族旅行の宿泊費・家電量販店での購入など計約84万円が
　　　　　　決済され、「接待交際費」として精算されている。
　通報者は利用明細の写しを保有しており、提出の用意があるとのことです。

カード会社への照会の要否をご判断ください。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "クレジットカード番号（Luhn 有効）を本文に記載して社外へ",
})

# 067 — キックバック疑惑：被通報者個人の銀行口座 → either
MESSAGES.append({
    "id": "roudoufunsou-067",
    "expect": "either",
    "sender": frm("katsuragi"),
    "to": ["東邦精機 コンプライアンス室 篠宮様 <shinomiya@toho-seiki.co.jp>"],
    "subject": "購買部に関する通報の詳細（SPK-2025-0492）",
    "charset": "iso-2022-jp",
    "body": """篠宮様

お世話になっております。葛城です。
購買部の件、通報者から追加の資料の説明がありましたのでお伝えします。

通報者によれば、購買部 課長の 曽我部 豊 氏が、取引先の部品商社から
個人名義の口座に継続的に入金を受けているとのことです。

　振込先（通報者が見たとされる振込控え）
　　ゆうぞら銀行 蒲田支店　普通　4071638　ソガベ ユタカ
　　2025年3月～9月　毎月 50,000円

振込控えの写しは、通報者が郵送で当センターに送る予定です。
受領後、改めてご報告いたします。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "一人の個人口座の番号を通報の中身として契約先へ — 業務上必要だが判断が分かれる",
})

# 068 — 一人の被通報者の氏名と言動の概要（要配慮なし） → pass
MESSAGES.append({
    "id": "roudoufunsou-068",
    "expect": "pass",
    "sender": frm("madarame"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "受付報告 SPK-2025-0495（横浜事業所）",
    "body": """古賀様

お世話になっております。班目です。
横浜事業所の方から匿名でご相談がありましたので、概要をご報告します。

　相手方：横浜事業所 品質保証課 課長　宇佐美 亮介 氏
　内容　：検査記録の提出が遅れた部下に対し、チャットで「給料泥棒」等の
　　　　　メッセージを送っている。同課の複数名が同様の扱いを受けているとのこと。
　希望　：匿名のまま、課全体への指導をしてほしい。

相談者の特定につながらない形での事実確認の方法を、ご一緒に検討させてください。
""" + sig("madarame"),
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "相手方一人の氏名と言動の概要だけ — 要配慮情報も連絡先もない通常の受付報告",
})

# 069 — 件名に病名と休職の事実 → stop
MESSAGES.append({
    "id": "roudoufunsou-069",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["さくらホテル 人事部 コンプライアンス担当 <hr-compliance@sakura-hotel.jp>"],
    "subject": "【至急】うつ病で休職中の漆原さんへの連絡方法について",
    "body": """人事部 コンプライアンス担当 御中

お世話になっております。三ツ橋です。
標記の件、漆原さんから当窓口に「上司から休職中にも業務の電話がかかってくる」との
連絡がありました。ご本人は強い不安を訴えています。

休職中の連絡窓口を人事部に一本化していただけないでしょうか。
本日中にお電話でご相談させてください。

三ツ橋
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "件名に氏名と病名（うつ病）・休職の事実",
})

# 070 — 社内のみ：統計レポートのドラフト確認 → pass
MESSAGES.append({
    "id": "roudoufunsou-070",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["宍戸 誠一 <s.shishido@hinode-sangyo.co.jp>"],
    "subject": "全社合算レポート（2025上期）ドラフト確認のお願い",
    "body": """宍戸さん

お疲れさまです。東雲です。
契約先全社合算の上期レポートのドラフトができました。

・受付総数 412件（前年同期 351件）
・パワハラ 38%、セクハラ 11%、労働条件 19%、法令違反の疑い 14%、その他 18%
・初回応答の中央値 0.9営業日

業界別の内訳（運輸・ホテル・製造・金融）を入れるかどうか、ご判断をお願いします。
運輸は2社しかないため、社名が推測できるおそれがあります。

東雲
""",
    "entities": [],
    "detectors": [],
    "note": "社内宛ての集計ドラフト — 個人データなし",
})

# 071 — 3組織（契約先・弁護士・社労士）を To/Cc、しかも一人の病名 → stop
MESSAGES.append({
    "id": "roudoufunsou-071",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["乾様 <inui@marusan-kasei.co.jp>"],
    "cc": ["真鍋先生 <manabe@kiryu-sogo-law.jp>", "早瀬先生 <hayase@sr-hayase.jp>"],
    "subject": "復職に向けた調整会議のご案内（鹿島工場の件）",
    "body": """丸三化成株式会社 乾様
桐生総合法律事務所 真鍋先生
早瀬社会保険労務士事務所 早瀬先生

お世話になっております。日の出産業の葛城です。

鹿島工場 品質保証課の 羽生田 未来 さんについて、主治医から
「適応障害は軽快、1月からの時短勤務での復職が可能」との意見書が出ました。
復職の条件（配置、相手方との接触回避、通院への配慮）を整理するため、
下記のとおり調整会議を設定したく存じます。

　12月11日(木) 14:00～15:00（オンライン）

ご都合をお知らせください。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "外部3組織が To/Cc で見え合い、さらに一人の病名（適応障害）つき",
})

# 072 — 2組織（契約先と EAP）：一般向けセミナーの打合せ → pass
MESSAGES.append({
    "id": "roudoufunsou-072",
    "expect": "pass",
    "sender": frm("mitsuhashi"),
    "to": ["ツバサシステム 人事部 嵯峨様 <saga@tsubasa-system.jp>"],
    "cc": ["ウェルビー・サポート 西園寺様 <saionji@wellbe-eap.co.jp>"],
    "subject": "セルフケアセミナー（2月）の打合せ",
    "body": """嵯峨様
西園寺様

お世話になっております。日の出産業の三ツ橋です。
2月に予定している全社員向けセルフケアセミナーの打合せ日程を調整させてください。

　候補：1月13日(火) 16時／1月15日(木) 11時／1月16日(金) 15時

当日の構成案（90分）
　・ストレスのサインに気づく（ウェルビー・サポート様）
　・困ったときの相談先（社内窓口・外部窓口・EAP の使い分け）（日の出産業）
　・質疑応答

資料の分担は打合せで決めさせてください。
""" + sig("mitsuhashi", 1),
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部2組織（契約先と EAP）への通常の打合せメール、個人データなし",
})

# 073 — 氏名なしの UTF-8 CSV：折返し先（電話・メール）7件 → stop
_rows = [["受付番号", "折返し電話", "メール", "希望時間帯", "備考"]]
for i in range(7):
    _rows.append([f"SPK-2025-{510 + i:04d}", mobile(),
                  f"{rng.choice(['ts', 'kaze', 'hoshi', 'mm', 'kk', 'yuki', 'rin'])}{rng.randrange(10, 99)}"
                  f"@{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com'])}",
                  rng.choice(["平日18-20時", "土曜午前", "平日昼休み"]), rng.choice(["", "留守電不可", "SMS可"])])
MESSAGES.append({
    "id": "roudoufunsou-073",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["ツバサシステム 人事部 嵯峨様 <saga@tsubasa-system.jp>"],
    "subject": "人事部からの折返しを希望された方の連絡先",
    "body": """嵯峨様

お世話になっております。百目鬼です。
「会社の人事部から直接説明を受けたい」と希望された方の連絡先を CSV でお送りします。
氏名は伏せ、受付番号で管理しています。ご連絡の際は受付番号をお伝えください。

百目鬼
""",
    "attachments": [{"kind": "csv", "name": "callback_list.csv", "encoding": "utf-8", "rows": _rows}],
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "氏名列はないが7人分の個人の電話・私用メール — 名簿にあたる",
})

# 074 — CSV：月別の件数のみ → pass
MESSAGES.append({
    "id": "roudoufunsou-074",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["錦印刷 総務部 丸岡様 <maruoka@nishiki-insatsu.co.jp>"],
    "subject": "件数データ（CSV）送付",
    "body": """丸岡様

東雲です。グラフ作成用に、月別件数の CSV をお送りします（Shift_JIS）。

東雲
""",
    "attachments": [{"kind": "csv", "name": "月別件数_2025.csv",
                     "rows": [["月", "受付", "うち匿名", "調査実施"], ["2025-04", 2, 1, 1], ["2025-05", 1, 1, 0],
                              ["2025-06", 3, 2, 2], ["2025-07", 0, 0, 0], ["2025-08", 2, 2, 1],
                              ["2025-09", 4, 3, 2], ["2025-10", 1, 0, 1]]}],
    "entities": [],
    "detectors": [],
    "note": "月別件数だけの CSV",
})

# 075 — PDF：高ストレス者10名（ストレスチェック結果）を EAP へ → stop
_p = people(10)
_tbl = [["社員番号", "氏名", "所属", "判定", "面接指導希望"]]
for p in _p:
    _tbl.append([f"A{rng.randrange(10000, 99999)}", p[0], rng.choice(["配車課", "倉庫管理課", "営業課", "総務課"]),
                 "高ストレス", rng.choice(["有", "無", "未回答"])])
MESSAGES.append({
    "id": "roudoufunsou-075",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["ウェルビー・サポート 西園寺様 <saionji@wellbe-eap.co.jp>"],
    "subject": "青葉運輸様 高ストレス者のフォロー依頼",
    "body": """西園寺様

お世話になっております。三ツ橋です。
青葉運輸様の厚木営業所で、ハラスメント申告が集中している職場の高ストレス者について、
EAP カウンセリングのご案内をお願いしたく、一覧（PDF）をお送りします。

よろしくお願いいたします。
""" + sig("mitsuhashi"),
    "attachments": [{"kind": "pdf", "name": "高ストレス者一覧_厚木営業所.pdf",
                     "lines": ["ストレスチェック 高ストレス判定者（厚木営業所）", "2025年10月実施分", ""],
                     "table": _tbl}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF 表に10名の氏名とストレスチェック結果（健康情報）— 名簿かつ要配慮",
})

# 076 — PDF 請求書（登録番号）→ pass
MESSAGES.append({
    "id": "roudoufunsou-076",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
    "subject": "請求書送付（INV-HS-2511-0102）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社 経理部 御中

お世話になっております。日の出産業 業務管理課の百目鬼です。
11月分の請求書を PDF にてお送りします。ご査収のほどよろしくお願いいたします。
""" + sig("domeki") + DISC_JA,
    "attachments": [{"kind": "pdf", "name": "請求書_INV-HS-2511-0102.pdf",
                     "lines": ["請求書", "ツバサシステム株式会社 御中", "請求書番号 INV-HS-2511-0102",
                               f"日の出産業株式会社　登録番号 {HINODE_T}", "",
                               "外部通報窓口サービス（プレミアムプラン）11月分　330,000円（税込）",
                               "追加調査（ヒアリング 4名）　　　　　　　　　 176,000円（税込）",
                               "合計　506,000円（うち消費税 46,000円）",
                               "振込先：みどり銀行 本店営業部 普通 1234567"]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書 PDF（会社の登録番号・会社口座）— 人の個人データなし",
})

# 077 — パスワード付き PDF の報告書 → stop
MESSAGES.append({
    "id": "roudoufunsou-077",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["みどり銀行 コンプライアンス統括部 <compliance-hotline@midori-ginko.co.jp>"],
    "subject": "SPK-2025-0503 中間報告書",
    "body": """みどり銀行 コンプライアンス統括部 御中

お世話になっております。葛城です。
中間報告書をお送りします。PDF を開く際のパスワードは、ご担当者様の携帯へ SMS でお送りします。

葛城
""",
    "attachments": [{"kind": "pdf", "name": "中間報告書_SPK-2025-0503.pdf", "password": "mdr0503!",
                     "lines": ["中間報告書", "SPK-2025-0503", "1. これまでの調査"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワードで保護された PDF — 中身を検査できない",
})

# 078 — 旧形式 XLS：相談者一覧8名（住所・電話） → stop
_p = people(8)
_rows = [["相談者一覧（郵送での結果通知希望者）"], ["No", "氏名", "住所", "電話"]]
for i, p in enumerate(_p):
    _rows.append([i + 1, p[0], addr(), mobile()])
MESSAGES.append({
    "id": "roudoufunsou-078",
    "expect": "stop",
    "sender": frm("domeki"),
    "to": ["東邦精機 総務部 <somu@toho-seiki.co.jp>"],
    "subject": "結果通知書の郵送先リスト",
    "body": """東邦精機株式会社 総務部 御中

お世話になっております。百目鬼です。
調査結果の通知を郵送で希望された方の送付先リストをお送りします。
（旧システムからの出力のため .xls 形式です）

発送は貴社からお願いいたします。
百目鬼
""",
    "attachments": [{"kind": "xls", "name": "yuso_list.xls", "sheets": {"Sheet1": _rows}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "旧形式 XLS に8名の氏名・自宅住所・電話",
})

# 079 — 旧形式 XLS：料金表 → pass
MESSAGES.append({
    "id": "roudoufunsou-079",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["港北ロジスティクス 法務部 三浦様 <miura@kohoku-logi.co.jp>"],
    "subject": "料金表（2026年度版）",
    "body": """三浦様

お世話になっております。鰐淵です。
2026年度の料金表をお送りします。ご契約規模（従業員 1,800名）ですと
スタンダードプランが該当します。
""" + sig("wanibuchi"),
    "attachments": [{"kind": "xls", "name": "ryokin_2026.xls",
                     "sheets": {"料金表": [["プラン", "従業員数", "月額（税抜）", "調査オプション（1名）"],
                                        ["ライト", "～300名", 80000, 40000],
                                        ["スタンダード", "～2,000名", 180000, 40000],
                                        ["プレミアム", "2,001名～", 300000, 35000]]}}],
    "entities": [],
    "detectors": [],
    "note": "料金表 — 個人データなし",
})

# 080 — eml 添付：契約先の元メール（5名の氏名・メール・内線）を外部弁護士へ転送 → stop
_p = people(5)
_inner = "\n".join(f"・{p[0]}　{mail_of(p, 'toho-seiki.co.jp', i + 2)}　携帯 {mobile()}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "roudoufunsou-080",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["真鍋先生 <manabe@kiryu-sogo-law.jp>"],
    "subject": "FW: 追加の面談対象者（東邦精機）",
    "body": """真鍋先生

葛城です。篠宮様からのメールを添付で転送します。
追加の面談対象者5名です。日程の調整をお願いできますでしょうか。

葛城
""",
    "attachments": [{
        "kind": "eml", "name": "追加の面談対象者.eml",
        "message": {
            "sender": "篠宮 <shinomiya@toho-seiki.co.jp>",
            "to": ["葛城 倫子 <m.katsuragi@hinode-sangyo.co.jp>"],
            "subject": "追加の面談対象者",
            "body": f"葛城様\n\n追加の面談対象者は以下の5名です。\n\n{_inner}\n\n篠宮\n",
        },
    }],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "添付したメール（.eml）に5名の氏名・メール・携帯 — 転送は新しい内容",
})

# 081 — eml 添付：研修日程の社内調整メールを契約先へ（個人データなし） → pass
MESSAGES.append({
    "id": "roudoufunsou-081",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["東邦精機 コンプライアンス室 篠宮様 <shinomiya@toho-seiki.co.jp>"],
    "subject": "FW: 相談員向け研修の講師日程",
    "body": """篠宮様

お世話になっております。鰐淵です。
貴社の社内相談員向け研修について、講師側の日程を調整したメールを添付します。
2月5日または2月12日でご検討いただけますでしょうか。
""" + sig("wanibuchi", 1),
    "attachments": [{
        "kind": "eml", "name": "講師日程.eml",
        "message": {
            "sender": frm("shishido"),
            "to": [frm("wanibuchi")],
            "subject": "Re: 東邦精機様 相談員研修",
            "body": "鰐淵さん\n\n2月は 5日(木) と 12日(木) の午後なら対応できます。\n"
                    "内容は「初回面談の進め方」ロールプレイ中心で考えています。\n\n宍戸\n",
        },
    }],
    "entities": [],
    "detectors": [],
    "note": "添付メールの中身は講師の空き日程だけ",
})

# 082 — 社内＋外部の弁護士1名：診断書の内容（病名・休業期間） → stop
MESSAGES.append({
    "id": "roudoufunsou-082",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["白川法律事務所 沢渡先生 <sawatari@shirakawa-law.jp>"],
    "cc": ["宍戸 誠一 <s.shishido@hinode-sangyo.co.jp>"],
    "subject": "安全配慮義務に関するご相談（錦印刷様 案件）",
    "body": """沢渡先生

お世話になっております。葛城です（cc 宍戸）。
錦印刷様の製版課の件で、申告者の 設楽 麻衣 さんから診断書の写しが届きました。

　傷病名：うつ病
　内容　：「上記により、2025年12月1日から約3か月間の休業加療を要する」
　医療機関：（記載省略）

会社側が、申告後も相手方と同じフロアでの勤務を続けさせていたことについて、
安全配慮義務違反が問われる可能性をどう評価すべきか、ご意見を伺えますでしょうか。
""" + sig("katsuragi"),
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Cc は社内だが To は外部の弁護士 — 一人の診断書の病名・休業期間",
})

# 083 — 社内のみ：診断書の内容を産業保健チームへ → pass
MESSAGES.append({
    "id": "roudoufunsou-083",
    "expect": "pass",
    "sender": frm("mitsuhashi"),
    "to": ["産業保健チーム <sangyo-hoken@hinode-sangyo.co.jp>"],
    "subject": "復職支援の助言依頼（受託先の相談者）",
    "charset": "cp932",
    "body": """産業保健チーム各位

外部通報窓口センターの三ツ橋です。
受託先の相談者の方（錦印刷 製版課、設楽 麻衣 さん）について、復職支援の進め方を
ご相談させてください。

　・診断書：うつ病、12月1日から約3か月の休業加療
　・服薬：抗うつ薬（SSRI）開始後、睡眠はやや改善
　・本人の希望：相手方と別フロアであれば3月から復職したい

受託先の人事にはまだ病名は伝えていません。社内限りでお願いします。
三ツ橋
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "病名・服薬の情報だが宛先は社内の産業保健チームのみ",
})

# 084 — さくらホテルの別TLD（sakura-hotel.co.jp）→ stop
MESSAGES.append({
    "id": "roudoufunsou-084",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["さくらホテル 人事部 <hr-compliance@sakura-hotel.co.jp>"],
    "subject": "定例会の議事メモ（11月）",
    "body": """さくらホテル 人事部 コンプライアンス担当 御中

お世話になっております。班目です。
11月の定例会の議事メモです。

1. 10月受付分の進捗：調査中2件、完了1件
2. 客室部の研修：1月に実施（講師は当社 三ツ橋）
3. 次回定例会：12月17日(水) 10:00～

以上、ご確認ください。
班目
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "宛先が sakura-hotel.co.jp（取引先 sakura-hotel.jp の別TLD）",
})

# 085 — 正しい sakura-hotel.jp へ：2名の面談調整（氏名・携帯・シフト） → pass
_p = people(2)
MESSAGES.append({
    "id": "roudoufunsou-085",
    "expect": "pass",
    "sender": frm("katsuragi"),
    "to": ["さくらホテル 人事部 コンプライアンス担当 <hr-compliance@sakura-hotel.jp>"],
    "subject": "夜勤帯スタッフの面談について",
    "body": f"""人事部 コンプライアンス担当 御中

お世話になっております。葛城です。
夜勤帯のお二人は日中の面談が難しいため、以下でご本人と直接調整しました。
シフトの調整だけお願いできますでしょうか。

　・{_p[0][0]} さん（ナイトフロント）：12/3 17:00～ ／ 携帯 {mobile()}
　・{_p[1][0]} さん（ナイトフロント）：12/4 17:00～ ／ 携帯 {mobile()}

葛城
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "正しい取引先ドメインへ2名の氏名・携帯 — 少人数で警告どまり",
})

# 086 — 文中に5名の氏名と電話を続けて書く → stop
_p = people(5)
_txt = "、".join(f"{p[0]}さん（{mobile()}）" for p in _p)
MESSAGES.append({
    "id": "roudoufunsou-086",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "Re: 厚木営業所の聞き取り対象",
    "body": f"""藤枝様

お世話になっております。班目です。
厚木営業所の聞き取りについて、申告者が「同じ扱いを受けている」と名前を挙げた方は、
{_txt}の5名です。
いずれも夜間の乗務が多いので、電話連絡は午前中が確実とのことでした。

班目
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "表ではなく文章の中に5名の氏名と電話 — 名簿と同じ",
})

# 087 — 4名の連絡先一覧（境界の下） → pass
_p = people(4)
MESSAGES.append({
    "id": "roudoufunsou-087",
    "expect": "pass",
    "sender": frm("katsuragi"),
    "to": ["ツバサシステム 人事部 嵯峨様 <saga@tsubasa-system.jp>"],
    "subject": "オンライン面談の接続確認",
    "body": "嵯峨様\n\nお世話になっております。葛城です。\n"
            "明日のオンライン面談で、接続トラブル時にこちらからお電話する先を控えております。\n"
            "念のため貴部でも共有させてください。\n\n"
            + "\n".join(f"  {i + 1}. {p[0]}（{p[1]}）  {mobile()}" for i, p in enumerate(_p))
            + "\n\n以上4名です。面談後は削除をお願いします。\n" + sig("katsuragi", 1),
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "4名分の氏名・電話 — 5名未満なので警告どまり",
})

# 088 — 本文冒頭に【社外秘】の区分表示 → stop
MESSAGES.append({
    "id": "roudoufunsou-088",
    "expect": "stop",
    "sender": frm("shishido"),
    "to": ["古賀 様 <k-koga@kawasaki-denki.co.jp>"],
    "subject": "【社外秘】川崎工場 職場環境診断の結果概要",
    "body": """【社外秘】

川崎電機株式会社 コンプライアンス推進部 古賀様

お世話になっております。宍戸です。
川崎工場の職場環境診断の結果概要をお知らせします。

・回答率 84%（対象 612名）
・「上司に相談しにくい」と答えた割合：製造二課 41%（全社平均 18%）
・「ハラスメントを見聞きした」割合：交替勤務職場で高い傾向

詳細報告書は12月中旬にお届けします。
""" + sig("shishido"),
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名と本文冒頭に【社外秘】の区分表示をつけて社外へ",
})

# 089 — 「社外秘」という語に触れるだけ → pass
MESSAGES.append({
    "id": "roudoufunsou-089",
    "expect": "pass",
    "sender": frm("domeki"),
    "to": ["丸三化成 コンプライアンス室 乾様 <inui@marusan-kasei.co.jp>"],
    "subject": "Re: お預かり資料の返却・廃棄について",
    "body": """乾様

お世話になっております。百目鬼です。
ご質問いただいた、調査のためにお預かりした資料の扱いについて回答します。

貴社で「社外秘」「取扱注意」とされている規程類やシフト表などは、
調査終了後30日以内に、紙は溶解処理、電子データは消去し、
廃棄証明書を発行しております。今回の案件分は12月20日に処理予定です。

ご不明点があればお知らせください。
""" + sig("domeki"),
    "entities": [],
    "detectors": [],
    "note": "「社外秘」という語に触れているだけで、このメール自体の区分表示ではない",
})

# 090 — 青葉運輸のドライバーの運転免許証番号（外部からの通報） → stop
MESSAGES.append({
    "id": "roudoufunsou-090",
    "expect": "stop",
    "sender": frm("madarame"),
    "to": ["藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "取引先従業員からの通報（危険運転・暴言）",
    "body": f"""藤枝様

お世話になっております。班目です。
貴社の取引先（荷主）の倉庫担当の方から、以下の通報がありました。

　対象ドライバー：阿久津 修 氏（厚木営業所、車番 相模 100 か 47-12）
　運転免許証番号：第 {rng.randrange(30, 50)}{rng.randrange(10**9, 10**10)} 号（通報者が事故時に控えたもの）
　内容：構内で速度を出しすぎて接触事故を起こしかけ、注意した倉庫作業員に
　　　　怒鳴りつけた。10月以降、同様のことが3回あった。

通報者は貴社との取引への影響を心配されており、匿名を希望しています。
""" + sig("madarame"),
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（12桁）を本文に — 本人確認書類の番号",
})

# 091 — 通報者（yahoo.co.jp）へ調査終了の通知 → pass
MESSAGES.append({
    "id": "roudoufunsou-091",
    "expect": "pass",
    "sender": "ひのでスピークアップライン <speakup@hotline.hinode-sangyo.co.jp>",
    "to": ["aozora_tanpopo@yahoo.co.jp"],
    "subject": "受付番号 SPK-2025-0420 調査終了のお知らせ",
    "body": """ご通報者様

ひのでスピークアップラインです。
受付番号 SPK-2025-0420 のご通報について、会社による調査が終了しましたので
お知らせします。

会社からは、「申告の一部について事実が確認されたため、関係者への指導と
勤怠管理の見直しを行う」との報告を受けています。
個別の処分の内容については、関係者のプライバシーのためお伝えできません。

今回のご通報を理由とする不利益な取扱いを受けた場合は、
同じ受付番号でいつでもご連絡ください。

--
ひのでスピークアップライン（日の出産業株式会社 外部通報窓口センター）
TEL 0120-418-227（平日9:00～20:00）
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "通報者本人（フリーメール1件）への結果通知、個人データなし",
})

# 092 — 妊娠・産休予定（マタハラ）を本人同意のうえ人事へ → either
MESSAGES.append({
    "id": "roudoufunsou-092",
    "expect": "either",
    "sender": frm("mitsuhashi"),
    "to": ["北国フーズ 人事部 <jinji@kitaguni-foods.co.jp>"],
    "subject": "受付報告 SPK-2025-0498（札幌本社 経理部）",
    "body": """北国フーズ株式会社 人事部 御中

お世話になっております。日の出産業の三ツ橋です。
札幌本社 経理部の 香月 千夏 さん（実名開示に同意）からのご相談を報告します。

香月さんは現在妊娠5か月で、来年4月から産前産後休業・育児休業を予定されています。
妊娠を上長に報告した後、「繁忙期に休むなら評価は下げざるを得ない」と言われ、
担当していた決算業務から外されたとのことです。

いわゆるマタニティハラスメントにあたる可能性があり、
評価と業務分担の経緯について事実確認をお願いいたします。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "一人の妊娠の事実 — 法の要配慮個人情報の列挙外だが健康に近く、判断が分かれる",
})

# 093 — English: XLSX of 9 cases (names, e-mails) to the client's global counsel → stop
_p = people(9)
_sheet = [["Northwind Pacific KK — Japan case log (FY2025 H1)"],
          ["Case ID", "Date received", "Reporter", "Reporter e-mail", "Subject person", "Category", "Status"]]
for i, p in enumerate(_p):
    _sheet.append([f"NP-JP-{101 + i * 2:04d}", f"2025-{4 + i // 2:02d}-{3 + i * 2:02d}", p[2],
                   mail_of(p, "northwind-pacific.com", i),
                   rng.choice(["Sales Manager (Tokyo)", "Team Lead (Osaka)", "Director (Tokyo)", "(unknown)"]),
                   rng.choice(["Harassment", "Expense", "Conflict of interest", "Retaliation"]),
                   rng.choice(["Open", "Closed — substantiated", "Closed — not substantiated"])])
MESSAGES.append({
    "id": "roudoufunsou-093",
    "expect": "stop",
    "sender": frm("onodera"),
    "to": ["Mark Ellison <m.ellison@northwind-pacific.com>"],
    "subject": "Japan case log for the global audit committee",
    "body": """Dear Mark,

As requested by the audit committee, please find attached the Japan case log for the
first half of FY2025. The summary tab you asked for is on the second sheet.

Please let me know if the committee needs any further breakdown.
""" + sig("onodera", 2),
    "attachments": [{"kind": "xlsx", "name": "NPKK_Japan_case_log_FY25H1.xlsx",
                     "sheets": {"Case log": _sheet,
                                "Summary": [["Category", "Count"], ["Harassment", 4], ["Expense", 2],
                                            ["Conflict of interest", 1], ["Retaliation", 2]]}}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English: XLSX log of 9 reporters' names and e-mails sent outside",
})

# 094 — English: NDA negotiation with a prospective client → pass
MESSAGES.append({
    "id": "roudoufunsou-094",
    "expect": "pass",
    "sender": frm("onodera"),
    "to": ["Legal Department <legal-apac@brightwater-instruments.com>"],
    "subject": "Mutual NDA — Hinode Speak-Up Line onboarding",
    "body": """Dear Ms. Lindqvist,

Thank you for your comments on the mutual non-disclosure agreement. We can accept most of
your changes. Two points remain open:

1. Definition of Confidential Information (Sec. 1.2): we would like to keep the explicit
   reference to "information that could identify a reporter", as Japanese law requires
   us to protect it even from the client in some cases.
2. Term (Sec. 8): we propose five years after termination instead of three.

A clean and a redlined version will follow once we have your feedback on these two items.
""" + sig("onodera", 2) + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "English mail about an NDA; 'confidential' is contract language, plus the standard disclaimer",
})

# 095 — 氏名なしの箇条書き：7名の社員番号・生年月日・性別・携帯 → stop
_items = "\n".join(
    f"・社員番号 {rng.randrange(200000, 299999)}／{rng.choice(['男性', '女性'])}／"
    f"生年月日 {wareki(dob(1970, 2001), 'kanji')}／携帯 {mobile()}"
    for _ in range(7))
MESSAGES.append({
    "id": "roudoufunsou-095",
    "expect": "stop",
    "sender": frm("katsuragi"),
    "to": ["東邦精機 コンプライアンス室 篠宮様 <shinomiya@toho-seiki.co.jp>"],
    "subject": "アンケート追跡調査の対象者（社員番号で特定）",
    "body": f"""篠宮様

お世話になっております。葛城です。
職場アンケートで「ハラスメントを受けたことがある」と回答し、かつ追跡面談に
同意した方の情報です。お名前は伏せてありますが、本人確認のため以下をお送りします。

{_items}

面談日時の案内は貴社の人事システムからお願いいたします。
葛城
""",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "氏名はないが7名分の社員番号・生年月日・携帯の箇条書き — 名簿",
})

# 096 — 自治体（lg.jp）の人事課へ年次の匿名統計 → pass
MESSAGES.append({
    "id": "roudoufunsou-096",
    "expect": "pass",
    "sender": frm("shinonome"),
    "to": ["南沢市 総務部 人事課 <jinji@city.minamisawa.lg.jp>"],
    "subject": "令和7年度 職員公益通報・ハラスメント相談外部窓口 運用状況（上期）",
    "charset": "iso-2022-jp",
    "body": """南沢市 総務部 人事課 御中

いつもお世話になっております。日の出産業 外部通報窓口センターの東雲です。
令和7年度上期の運用状況をご報告いたします。

１．受付件数　　　 11件（前年度同期 8件）
２．内訳
　　ハラスメント相談　　　7件
　　公益通報（法令違反）　2件
　　その他　　　　　　　　2件
３．受付経路　　　 電話 6件、Web 4件、面談 1件
４．対応状況　　　 調査依頼 4件、助言のみ 7件

議会への報告資料にご利用いただく場合は、件数が少ないため
部局別の内訳は掲載しないことをお勧めします。
""" + sig("shinonome"),
    "entities": [],
    "detectors": [],
    "note": "自治体への匿名化統計 — 個人データなし",
})

# 097 — 自治体職員：ストーカー被害（被害届）と自宅住所を人事課へ → stop
MESSAGES.append({
    "id": "roudoufunsou-097",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["南沢市 総務部 人事課 <jinji@city.minamisawa.lg.jp>"],
    "subject": "職員からの相談（至急の安全配慮のお願い）",
    "body": f"""南沢市 総務部 人事課 御中

お世話になっております。日の出産業の三ツ橋です。
至急のご連絡です。

市民課の 茅野 春香 さんから、元交際相手（同じ庁舎の出入り業者の社員）に
つきまとわれ、10月に南沢警察署へストーカー被害の被害届を出したとのご相談がありました。
相手方が窓口に来庁する日があり、強い恐怖を感じているとのことです。

ご本人の現住所（転居済、相手方には非開示）：{addr()}
緊急時の連絡は、ご本人の同意のうえ上記住所の最寄り交番とも共有済みです。

窓口配置の変更と、来庁者対応の体制についてご検討をお願いします。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "犯罪被害（ストーカー、被害届）の事実と一人の自宅住所を社外へ — 要配慮個人情報",
})

# 098 — 大学（ac.jp）との窓口契約更新・料金 → pass
MESSAGES.append({
    "id": "roudoufunsou-098",
    "expect": "pass",
    "sender": frm("wanibuchi"),
    "to": ["北洋大学 学生支援課 <gakusei-shien@hokuyo-u.ac.jp>"],
    "cc": ["北洋大学 総務課 契約係 <keiyaku@hokuyo-u.ac.jp>"],
    "subject": "キャンパスハラスメント外部相談窓口 契約更新のお見積り",
    "body": """北洋大学 学生支援課 御中
（cc 総務課 契約係 御中）

いつもお世話になっております。日の出産業の鰐淵です。
2026年度の契約更新について、お見積りをお送りします。

　見積番号：QT-HS-2601-007
　内容　　：キャンパスハラスメント外部相談窓口（学生・教職員向け）
　期間　　：2026年4月1日～2027年3月31日
　金額　　：年額 1,584,000円（税込）※前年度から据え置き
　追加　　：英語・中国語による相談対応（オプション 月額 22,000円）

入札・随意契約の手続に必要な書類があればお知らせください。
""" + sig("wanibuchi") + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "大学との契約更新の見積り（1組織・2アドレス）— 個人データなし",
})

# 099 — 大学の学生相談室へ：6名の学生（学籍番号・メール・携帯） → stop
_p = people(6)
_lines = "\n".join(f"{rng.choice(['22', '23', '24'])}{rng.choice(['L', 'E', 'S'])}{rng.randrange(1000, 9999)}  "
                   f"{p[0]}  {p[2].split()[0].lower()}.{p[2].split()[1].lower()}@st.hokuyo-u.ac.jp  {mobile()}"
                   for p in _p)
MESSAGES.append({
    "id": "roudoufunsou-099",
    "expect": "stop",
    "sender": frm("mitsuhashi"),
    "to": ["北洋大学 学生相談室 <soudan@hokuyo-u.ac.jp>"],
    "subject": "同一研究室の学生からの相談について（アカハラ）",
    "body": f"""北洋大学 学生相談室 御中

お世話になっております。日の出産業の三ツ橋です。
工学部の同じ研究室に所属する学生6名から、指導教員による深夜のゼミ強制・
人格否定発言についてご相談がありました。全員が学生相談室での面談を希望しています。

学籍番号  氏名  大学メール  携帯
{_lines}

面談枠のご案内を、各学生に直接お送りいただけますでしょうか。
""" + sig("mitsuhashi"),
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の学生の学籍番号・氏名・メール・携帯 — 名簿",
})

# 100 — 担当者交代のご挨拶（新担当一人の業務連絡先） → pass
MESSAGES.append({
    "id": "roudoufunsou-100",
    "expect": "pass",
    "sender": frm("shishido"),
    "to": ["青葉運輸株式会社 総務部 藤枝 様 <t.fujieda@aoba-unyu.co.jp>"],
    "subject": "担当相談員交代のご挨拶",
    "body": """青葉運輸株式会社
総務部 法務コンプライアンス課 藤枝様

平素より大変お世話になっております。日の出産業 外部通報窓口センターの宍戸です。

2026年1月より、貴社の主担当相談員を班目から三ツ橋に交代させていただくことになりました。
班目は引き続きサブ担当として関わりますので、引継ぎに漏れのないよう努めてまいります。

　新担当：三ツ橋 沙織（公認心理師）
　直通　：03-5442-7181
　メール：s.mitsuhashi@hinode-sangyo.co.jp

年明けの定例会にて、改めてご挨拶させていただきます。
本年も大変お世話になりました。来年もどうぞよろしくお願い申し上げます。
""" + sig("shishido"),
    "entities": [],
    "detectors": [],
    "note": "自社の新担当者一人の業務連絡先を伝える挨拶メール",
})
