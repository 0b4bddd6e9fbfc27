"""Blind corpus — area "tutoring": 日の出産業株式会社 家庭教師事業部（ひので家庭教師センター）.

Home-tutoring dispatch (家庭教師派遣): families' applications and trial lessons, students'
grades and school reports, learning disabilities and school refusal (不登校), tutors
(university students) and their registration with ID checks, matching proposals, lesson
reports, monthly fees by bank debit, complaints, partner universities' career offices.

Every person, number, address, school, university and organisation in this file is
invented (fictional but plausible); the partner domains are the fictional ones of BRIEF.md.
My Numbers and card numbers come from build.my_number() / build.card_number() with seeds
starting at 6901 (6901, 6902, … in the order they are drawn below).  Other lists are drawn
from random.Random(6901).
"""

from __future__ import annotations

import random

from build import card_number, my_number

# -- numbers ---------------------------------------------------------------------------

_SEED = [6901]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def new_my_number() -> str:
    return my_number(_next_seed())


def new_card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    total = 0
    for i, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenabbr":
        return zen(f"{ab}{ey}.{m}.{d}").replace("H", "Ｈ").replace("R", "Ｒ").replace("S", "Ｓ")
    raise ValueError(style)


# -- people ------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("山崎", "やまざき", "Yamazaki"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("阿部", "あべ", "Abe"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("小川", "おがわ", "Ogawa"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("三浦", "みうら", "Miura"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡本", "おかもと", "Okamoto"), ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("石田", "いしだ", "Ishida"), ("上田", "うえだ", "Ueda"), ("森田", "もりた", "Morita"),
    ("柴田", "しばた", "Shibata"), ("酒井", "さかい", "Sakai"), ("工藤", "くどう", "Kudo"),
    ("横山", "よこやま", "Yokoyama"), ("内田", "うちだ", "Uchida"), ("安藤", "あんどう", "Ando"),
    ("谷口", "たにぐち", "Taniguchi"), ("丸山", "まるやま", "Maruyama"), ("今井", "いまい", "Imai"),
    ("河野", "こうの", "Kono"), ("武田", "たけだ", "Takeda"), ("杉山", "すぎやま", "Sugiyama"),
    ("増田", "ますだ", "Masuda"), ("大塚", "おおつか", "Otsuka"), ("平野", "ひらの", "Hirano"),
    ("菅原", "すがわら", "Sugawara"), ("千葉", "ちば", "Chiba"), ("岩崎", "いわさき", "Iwasaki"),
    ("桜井", "さくらい", "Sakurai"), ("野口", "のぐち", "Noguchi"), ("及川", "おいかわ", "Oikawa"),
    ("我妻", "わがつま", "Wagatsuma"), ("鬼頭", "きとう", "Kito"), ("猪狩", "いがり", "Igari"),
    ("仁平", "にへい", "Nihei"), ("左右田", "そうだ", "Soda"), ("東風谷", "こちや", "Kochiya"),
    ("十文字", "じゅうもんじ", "Jumonji"), ("薬袋", "みない", "Minai"), ("栗花落", "つゆり", "Tsuyuri"),
]

BOYS = [("蓮", "れん", "Ren"), ("悠真", "ゆうま", "Yuma"), ("湊", "みなと", "Minato"),
        ("陽翔", "はると", "Haruto"), ("樹", "いつき", "Itsuki"), ("大和", "やまと", "Yamato"),
        ("颯太", "そうた", "Sota"), ("悠人", "ゆうと", "Yuto"), ("朝陽", "あさひ", "Asahi"),
        ("翔太", "しょうた", "Shota"), ("拓海", "たくみ", "Takumi"), ("健太", "けんた", "Kenta"),
        ("大輝", "だいき", "Daiki"), ("航", "わたる", "Wataru"), ("瑛太", "えいた", "Eita"),
        ("亮介", "りょうすけ", "Ryosuke"), ("直樹", "なおき", "Naoki"), ("隼", "しゅん", "Shun")]
GIRLS = [("陽葵", "ひまり", "Himari"), ("凛", "りん", "Rin"), ("結菜", "ゆいな", "Yuina"),
         ("紬", "つむぎ", "Tsumugi"), ("芽依", "めい", "Mei"), ("葵", "あおい", "Aoi"),
         ("咲良", "さくら", "Sakura"), ("美桜", "みお", "Mio"), ("結衣", "ゆい", "Yui"),
         ("彩花", "あやか", "Ayaka"), ("七海", "ななみ", "Nanami"), ("遥", "はるか", "Haruka"),
         ("真由", "まゆ", "Mayu"), ("千尋", "ちひろ", "Chihiro"), ("莉子", "りこ", "Riko"),
         ("琴音", "ことね", "Kotone"), ("沙耶", "さや", "Saya"), ("楓", "かえで", "Kaede")]
PARENTS = [("裕子", "ゆうこ", "Yuko"), ("直美", "なおみ", "Naomi"), ("恵", "めぐみ", "Megumi"),
           ("由美", "ゆみ", "Yumi"), ("智子", "ともこ", "Tomoko"), ("真理", "まり", "Mari"),
           ("浩二", "こうじ", "Koji"), ("誠", "まこと", "Makoto"), ("隆之", "たかゆき", "Takayuki"),
           ("健一", "けんいち", "Kenichi"), ("和也", "かずや", "Kazuya"), ("美穂", "みほ", "Miho"),
           ("香織", "かおり", "Kaori"), ("亜希子", "あきこ", "Akiko"), ("聡", "さとし", "Satoshi"),
           ("久美子", "くみこ", "Kumiko"), ("雅人", "まさと", "Masato"), ("理恵", "りえ", "Rie")]

AREAS = [  # pref, city, towns, zip prefix, home phone area code
    ("東京都", "世田谷区", ["桜新町", "経堂", "用賀", "上北沢", "等々力"], "15", "03"),
    ("東京都", "練馬区", ["石神井町", "大泉学園町", "豊玉北", "関町南"], "17", "03"),
    ("東京都", "杉並区", ["阿佐谷南", "荻窪", "高円寺北", "浜田山"], "16", "03"),
    ("東京都", "大田区", ["雪谷大塚町", "久が原", "南馬込"], "14", "03"),
    ("神奈川県", "川崎市中原区", ["小杉町", "木月", "新丸子町"], "21", "044"),
    ("神奈川県", "横浜市青葉区", ["青葉台", "藤が丘", "美しが丘"], "22", "045"),
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂"], "33", "048"),
    ("千葉県", "船橋市", ["本町", "習志野台", "前原西"], "27", "047"),
    ("東京都", "府中市", ["府中町", "紅葉丘", "若松町"], "18", "042"),
    ("東京都", "町田市", ["原町田", "つくし野", "金森"], "19", "042"),
]
BUILDINGS = ["", "", "", "コーポ若葉201", "グランシティ303", "メゾン緑ヶ丘105", "パークハイツ502",
             "レジデンス翠 704", "ハイム桜 2F", "サンライズマンション1102"]

UNIVS = [("武蔵台大学", "musashidai-u.ac.jp"), ("東邦学院大学", "tohogakuin.ac.jp"),
         ("北摂大学", "hokusetsu-u.ac.jp"), ("青嶺女子大学", "seirei-wu.ac.jp"),
         ("城南工業大学", "jonan-tech.ac.jp"), ("多摩川教育大学", "tamagawa-edu.ac.jp")]
FACULTIES = ["教育学部", "理工学部", "文学部", "経済学部", "法学部", "薬学部", "国際関係学部", "人間科学部"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
GRADES = ["小4", "小5", "小6", "中1", "中2", "中3", "高1", "高2", "高3"]
BANKS = [("みどり銀行", ["本店営業部", "新宿支店", "川崎支店", "浦和支店", "船橋支店", "府中支店"]),
         ("東都銀行", ["渋谷支店", "練馬支店", "荻窪支店"]),
         ("湾岸信用金庫", ["大森支店", "蒲田支店"]),
         ("武蔵野中央信用金庫", ["府中支店", "町田支店"])]


class Gen:
    """Fictional people, drawn reproducibly."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def name(self, given_pool):
        while True:
            s, g = self.pick(SURNAMES), self.pick(given_pool)
            key = s[0] + g[0]
            if key not in self.used:
                self.used.add(key)
                return s, g

    def mobile(self) -> str:
        return f"{self.pick(['090', '080', '070'])}-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}"

    def home_phone(self, code: str) -> str:
        if len(code) == 2:
            return f"{code}-{self.r.randint(3000, 6999)}-{self.r.randint(1000, 9999)}"
        return f"{code}-{self.r.randint(200, 999)}-{self.r.randint(1000, 9999)}"

    def address(self, area=None):
        pref, city, towns, zp, code = area or self.pick(AREAS)
        town = self.pick(towns)
        a, b, c = self.r.randint(1, 5), self.r.randint(1, 30), self.r.randint(1, 25)
        bld = self.pick(BUILDINGS)
        zipc = f"{zp}{self.r.randint(0, 9)}-{self.r.randint(0, 9999):04d}"
        line = f"{pref}{city}{town}{a}-{b}-{c}" + (f" {bld}" if bld else "")
        return {"zip": zipc, "addr": line, "pref": pref, "city": city, "town": town,
                "code": code, "kanji": f"{pref}{city}{town}{a}丁目{b}番{c}号" + (f" {bld}" if bld else "")}

    def dob(self, y0: int, y1: int):
        y = self.r.randint(y0, y1)
        return (y, self.r.randint(1, 12), self.r.randint(1, 28))

    def account(self):
        bank, branches = self.pick(BANKS)
        return {"bank": bank, "branch": self.pick(branches), "type": "普通",
                "no": f"{self.r.randint(1000000, 9999999)}"}

    def email(self, romaji_given: str, romaji_sur: str, domain=None) -> str:
        dom = domain or self.pick(FREEMAIL)
        style = self.r.randrange(4)
        g, s = romaji_given.lower(), romaji_sur.lower()
        local = [f"{g}.{s}{self.r.randint(1, 99)}", f"{s}_{g[0]}{self.r.randint(100, 999)}",
                 f"{g}{s[:3]}{self.r.randint(70, 99)}", f"{s}.{g}"][style]
        return f"{local}@{dom}"

    def family(self):
        ps, pg = self.name(PARENTS)
        cg = self.pick(BOYS if self.r.random() < 0.5 else GIRLS)
        area = self.pick(AREAS)
        ad = self.address(area)
        grade = self.pick(GRADES)
        return {"parent": f"{ps[0]} {pg[0]}", "parent_kana": f"{ps[1]} {pg[1]}",
                "parent_kata": hira2kata(f"{ps[1]} {pg[1]}"),
                "parent_romaji": f"{pg[2]} {ps[2]}",
                "child": f"{ps[0]} {cg[0]}", "child_kana": f"{ps[1]} {cg[1]}",
                "child_given": cg[0], "surname": ps[0],
                "grade": grade, "mobile": self.mobile(), "home": self.home_phone(area[4]),
                "email": self.email(pg[2], ps[2]), **ad}

    def tutor(self):
        s, g = self.name(BOYS + GIRLS)
        univ, dom = self.pick(UNIVS)
        y, m, d = self.dob(2002, 2006)
        return {"name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "kata": hira2kata(f"{s[1]} {g[1]}"),
                "romaji": f"{g[2]} {s[2]}", "surname": s[0],
                "univ": univ, "univ_dom": dom, "faculty": self.pick(FACULTIES),
                "year": self.r.randint(1, 4), "mobile": self.mobile(),
                "email": self.email(g[2], s[2], self.pick(["gmail.com", "icloud.com", "gmail.com", f"stu.{dom}"])),
                "dob": (y, m, d), "student_no": f"{dom[:2].upper()}{(y + 18) % 100:02d}{self.r.randint(10000, 99999)}",
                **{k: v for k, v in self.address().items() if k in ("zip", "addr")}}


def hira2kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


G = Gen(6901)

# -- our side ---------------------------------------------------------------------------

DOM = "hinode-sangyo.co.jp"
SAKAGUCHI = f"坂口 美咲 <m.sakaguchi@{DOM}>"
NONOMURA = f"野々村 亮 <r.nonomura@{DOM}>"
MIYAWAKI = f"宮脇 千尋 <c.miyawaki@{DOM}>"
HASEBE = f"長谷部 剛 <t.hasebe@{DOM}>"
TACHIBANA = f"立花 由紀子 <y.tachibana@{DOM}>"
SHOJI = f"東海林 健吾 <k.shoji@{DOM}>"
ONODERA = f"小野寺 紗季 <s.onodera@{DOM}>"
MORIMOTO = f"Takashi Morimoto <t.morimoto@{DOM}>"
IGARASHI = f"五十嵐 翼 <t.igarashi@{DOM}>"
KYOMU = f"教務課 <kyomu@{DOM}>"
KATEI_ML = "katei-kyoshi@mail.hinode-sangyo.co.jp"

OFFICE = "〒160-0023 東京都新宿区西新宿7-21-3 日の出ビル5F"
TEL = "03-5338-7120"
FREE = "0120-41-7766"


def sig(name: str, role: str, mail: str, style: int = 0) -> str:
    if style == 0:
        return (f"\n――――――――――――――――――――――\n日の出産業株式会社 家庭教師事業部\n"
                f"ひので家庭教師センター {role}\n{name}\n{OFFICE}\nTEL {TEL}（代表） FAX 03-5338-7129\n"
                f"E-mail: {mail}\n――――――――――――――――――――――\n")
    if style == 1:
        return (f"\n--\nひので家庭教師センター（日の出産業株式会社）\n{role}　{name}\n"
                f"フリーダイヤル {FREE}（平日10:00〜20:00）\n{mail}\n")
    if style == 2:
        return (f"\n******************************\n {name}\n 日の出産業株式会社\n 家庭教師事業部 {role}\n"
                f" {OFFICE}\n TEL:{TEL} 内線{230 + len(name)}\n******************************\n")
    if style == 3:
        return f"\n{role} {name}\n（日の出産業 家庭教師事業部／内線 {240 + len(role)}）\n"
    raise ValueError(style)


SIG_EN = ("\n--\nTakashi Morimoto\nBusiness Development, Home Tutoring Division\nHinode Sangyo Co., Ltd.\n"
          "Hinode Bldg. 5F, 7-21-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan\n"
          "Tel: +81-3-5338-7120  |  t.morimoto@hinode-sangyo.co.jp\n")

DISC_JP = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail. "
           "Any unauthorised use or disclosure is prohibited.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    m["id"] = f"tutoring-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 001–025
# =====================================================================================

# 001 — debit request CSV to the bank (list of families' accounts)
_fams = [G.family() for _ in range(8)]
_rows = [["契約者番号", "預金者名（カナ）", "保護者氏名", "金融機関", "支店", "預金種目", "口座番号", "振替金額", "摘要"]]
for i, f in enumerate(_fams):
    acc = G.account()
    _rows.append([f"HK{24100 + i * 7:06d}", f["parent_kata"], f["parent"], acc["bank"], acc["branch"],
                  acc["type"], acc["no"], str([26400, 31900, 28600, 35200][i % 4]), "11月分指導料"])
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CSV of eight families' bank accounts for the debit run, sent to the (partner) bank: a list of people",
    charset="iso-2022-jp", sender=MIYAWAKI,
    to=["みどり銀行 法人営業部 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    subject="【日の出産業】11月分 口座振替依頼データ送付の件",
    body=("みどり銀行 法人営業部 収納サービス課\nご担当者様\n\n"
          "いつもお世話になっております。日の出産業 経理課の宮脇です。\n\n"
          "11月27日振替分の口座振替依頼データを添付にてお送りいたします。\n"
          "今月は新規契約が多く、件数が前月より増えております。\n"
          "合計件数・金額は添付CSVの末尾をご確認ください。\n\n"
          "何卒よろしくお願い申し上げます。\n" + sig("宮脇 千尋", "経理課", f"c.miyawaki@{DOM}", 2)),
    attachments=[{"kind": "csv", "name": "furikae_202511.csv", "rows": _rows + [["合計", "", "", "", "", "", "", "246100", "8件"]]}])

# 002 — trial lesson slots to one parent (free mail), nothing personal
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary reply to one family on free mail: trial lesson slots, no personal data",
    charset="utf-8", sender=SAKAGUCHI, to=["木村 恵 様 <megumi.kimura22@gmail.com>"],
    subject="Re: 無料体験授業のお申し込みについて",
    body=("木村 恵 様\n\nこのたびは、ひので家庭教師センターにお問い合わせいただき、誠にありがとうございます。\n"
          "学習コーディネーターの坂口でございます。\n\n"
          "無料体験授業は、以下の日程でご案内が可能です。\n\n"
          "　① 12月3日（水）17:00〜18:30\n"
          "　② 12月6日（土）10:00〜11:30\n"
          "　③ 12月7日（日）14:00〜15:30\n\n"
          "ご都合のよい日時を番号でお知らせください。当日は最近のテスト用紙と、"
          "学校で使っている教科書・問題集をご用意いただけますとスムーズです。\n"
          "体験授業の後に、料金や講師の選び方について20分ほどご説明いたします（ご契約を急かすことはございません）。\n\n"
          "ご不明な点がございましたら、お気軽にご返信ください。\n" + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)))

# 003 — student profile with ADHD diagnosis to a new tutor's gmail
_t3 = G.tutor()
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named student's ADHD diagnosis and medication sent to a tutor's gmail: 要配慮個人情報 of one person",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=[f"{_t3['name']} <{_t3['email'].split('@')[0]}@gmail.com>"],
    subject="【担当決定】小鳥遊さん（中2）初回授業のご案内",
    body=(f"{_t3['surname']}先生\n\nお疲れさまです。教務課の坂口です。\n"
          "先日ご相談した中2男子の件、ご家庭のご了承をいただけましたので正式に担当をお願いいたします。\n\n"
          "■生徒情報\n"
          "・氏名：小鳥遊 湊（たかなし みなと）くん　中学2年\n"
          "・指導場所：ご自宅（神奈川県川崎市中原区木月2-18-6 メゾン緑ヶ丘105）\n"
          "・科目：数学・英語　週1回90分（火曜 18:30〜）\n"
          "・特性：小4のときにADHD（注意欠如・多動症）の診断を受けており、現在も服薬中とのことです。\n"
          "　集中が続くのは15分程度なので、短い区切りで問題を変えていただけると助かります。\n"
          "・お母様より「大きな声で注意されると固まってしまう」とのお話がありました。\n\n"
          "初回は12月9日（火）です。前日までに指導計画書のドラフトをお送りください。\n"
          "よろしくお願いいたします。\n" + sig("坂口 美咲", "教務課", f"m.sakaguchi@{DOM}", 3)))

# 004 — internal: weekly new applications, padded table (internal only)
_f4 = [G.family() for _ in range(10)]
_lines = ["受付日   申込No     保護者氏名       学年  電話番号        地域",
          "-------- ---------- ---------------- ----- --------------- ------------"]
for i, f in enumerate(_f4):
    _lines.append(f"11/{17 + i // 3:02d}    A25-{3310 + i:05d}  {f['parent']:<10}\u3000  {f['grade']:<4}  {f['mobile']:<15} {f['city']}")
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="ten applicants with phones, but every recipient is internal (incl. a subdomain)",
    charset="cp932", sender=TACHIBANA, to=[KYOMU], cc=[KATEI_ML],
    subject="今週の新規お申し込み（11/17〜11/20）共有",
    body=("教務課の皆さん\n\nお疲れさまです。立花です。\n今週分の新規申込を共有します。初回コールは受付から24時間以内でお願いします。\n\n"
          + "\n".join(_lines) +
          "\n\n※ A25-03314 はお父様の携帯ではなくお母様宛てに連絡希望とのこと。\n"
          "※ 練馬エリアは講師不足のため、候補が出せない場合は早めに相談ください。\n\n立花\n"))

# 005 — partner university career office: registered tutors from that university (XLSX)
_t5 = [G.tutor() for _ in range(7)]
for t in _t5:
    t["univ"], t["univ_dom"] = "武蔵台大学", "musashidai-u.ac.jp"
_sheet1 = [["武蔵台大学 在籍 登録講師一覧（2025年度 下期）"], [],
           ["No", "学籍番号", "氏名", "フリガナ", "学部", "学年", "携帯電話", "メールアドレス", "登録日"]]
for i, t in enumerate(_t5, 1):
    _sheet1.append([i, f"MD{21 + (4 - t['year']) + 1}{G.r.randint(10000, 99999)}", t["name"], t["kata"], t["faculty"],
                    f"{t['year']}年", t["mobile"], t["email"], f"2025/{G.r.randint(4, 10)}/{G.r.randint(1, 28)}"])
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="XLSX listing seven student tutors with phones and e-mails sent to the university's career office",
    charset="utf-8", sender=NONOMURA, to=["武蔵台大学 キャリアセンター 桑原様 <career@musashidai-u.ac.jp>"],
    subject="貴学学生の登録状況について（ご依頼の件）",
    body=("武蔵台大学 キャリアセンター\n桑原様\n\nいつも大変お世話になっております。\n"
          "日の出産業 家庭教師事業部の野々村でございます。\n\n"
          "先日お電話でご依頼いただきました、貴学在籍学生の当社講師登録状況について、\n"
          "一覧を作成いたしましたので添付にてお送りいたします。\n"
          "2枚目のシートに学部別の稼働状況をまとめております。\n\n"
          "学内の「アルバイト安全講習」のご参考になれば幸いです。\n"
          "引き続きよろしくお願い申し上げます。\n" + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 0)),
    attachments=[{"kind": "xlsx", "name": "武蔵台大学_登録講師一覧.xlsx", "title": "登録講師一覧",
                  "sheets": {"登録講師一覧": _sheet1,
                             "学部別稼働": [["学部", "登録", "稼働中", "平均担当数"], ["教育学部", 3, 3, 1.7],
                                         ["理工学部", 2, 1, 1.0], ["文学部", 2, 2, 1.5]]}}])

# 006 — ID check: driver's licence number to the verification vendor
_t6 = G.tutor()
_dl6 = f"30{G.r.randint(10, 22)}{G.r.randint(100000, 999999)}{G.r.randint(10, 99)}"
y, m, d = _t6["dob"]
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a tutor applicant's driver's licence number, birth date and address sent to an external ID-check vendor",
    charset="iso-2022-jp", sender=NONOMURA, to=["株式会社トラストチェック 照会窓口 <verify@trustcheck.co.jp>"],
    subject="本人確認照会のお願い（講師登録 No.T-25-0871）",
    body=("株式会社トラストチェック\n照会窓口 御中\n\n"
          "お世話になっております。日の出産業の野々村です。\n"
          "下記1名について、運転免許証による本人確認の照会をお願いいたします。\n\n"
          "　登録No.　　：T-25-0871\n"
          f"　氏名　　　　：{_t6['name']}（{_t6['kata']}）\n"
          f"　生年月日　　：{wareki(y, m, d)}\n"
          f"　住所　　　　：〒{_t6['zip']} {_t6['addr']}\n"
          f"　免許証番号　：第{_dl6}号\n"
          "　有効期限　　：令和10年" + f"{m}月{d}日まで\n\n"
          "回答は通常どおり照会システム経由でお願いいたします。\n" + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 2)))

# 007 — recruiting poster to four career offices, all in Bcc
add(expect="pass", entities=[], detectors=[],
    note="recruiting poster to four universities, correctly in Bcc (To is the sender); no personal data",
    charset="cp932", sender=NONOMURA, to=[NONOMURA],
    bcc=["career@musashidai-u.ac.jp", "shushoku@tohogakuin.ac.jp", "career-shien@hokusetsu-u.ac.jp",
         "career@seirei-wu.ac.jp"],
    subject="【求人票・掲示のお願い】2026年度 家庭教師スタッフ募集（日の出産業）",
    body=("キャリアセンター・就職課 ご担当者様\n\n（本メールはBCCにて複数の大学様にお送りしております）\n\n"
          "平素より学生の皆さまのアルバイト紹介にご協力いただき、ありがとうございます。\n"
          "日の出産業株式会社 家庭教師事業部の野々村でございます。\n\n"
          "2026年度の家庭教師スタッフ募集ポスターができあがりましたので、学内掲示をお願いできれば幸いです。\n"
          "・時給：1,800円〜3,000円（指導学年・経験による）\n"
          "・交通費：全額支給\n"
          "・研修：初回3時間（有給）、オンライン受講可\n"
          "・応募：ポスター記載のQRコードから\n\n"
          "掲示期間は1月末までを想定しております。ご不明な点はお気軽にお問い合わせください。\n"
          + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 0)),
    attachments=[{"kind": "pdf", "name": "poster_2026_recruit.pdf", "title": "家庭教師スタッフ募集",
                  "lines": ["ひので家庭教師センター 家庭教師スタッフ募集", "", "あなたの「わかった！」を届けませんか。",
                            "時給 1,800円〜3,000円 / 交通費全額支給 / 週1回からOK",
                            "応募資格：大学・大学院に在籍中の方", "応募方法：下記フォームからエントリー",
                            "日の出産業株式会社 家庭教師事業部　TEL 03-5338-7120"]}])

# 008 — three universities visible in To
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three universities' career offices can see each other in To: should have been Bcc",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["東邦学院大学 就職課 <shushoku@tohogakuin.ac.jp>", "北摂大学 キャリア支援課 <career-shien@hokusetsu-u.ac.jp>",
        "青嶺女子大学 キャリアセンター <career@seirei-wu.ac.jp>"],
    subject="学内アルバイト説明会（1月）日程のご相談",
    body=("各大学 キャリアご担当者様\n\nいつもお世話になっております。日の出産業の野々村です。\n\n"
          "1月に予定しております学内アルバイト説明会について、各校様の候補日をお伺いできればと存じます。\n"
          "当社からは講師経験者の学生スタッフ1名と社員1名の計2名で伺います。所要時間は40分程度です。\n\n"
          "　候補：1/13（火）、1/15（木）、1/20（火）、1/22（木） いずれも昼休みまたは5限後\n\n"
          "お手数ですが、12月12日までにご都合をお知らせいただけますと幸いです。\n\n野々村\n"))

# 009 — look-alike of a partner: tsubasa-systems.jp (extra s)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-systems.jp is a one-letter look-alike of partner tsubasa-system.jp",
    charset="utf-8", sender=IGARASHI, to=["ツバサシステム 保守窓口 <support@tsubasa-systems.jp>"],
    subject="マッチングシステム 改修要望（講師検索画面）",
    body=("ツバサシステム株式会社\n保守サポート窓口 御中\n\n"
          "お世話になっております。日の出産業 情報システム担当の五十嵐です。\n"
          "講師マッチングシステムについて、以下の改修をご検討いただけますでしょうか。\n\n"
          "1. 講師検索画面で「最寄駅からの所要時間」での絞り込みを追加したい\n"
          "2. 検索結果のCSV出力に「担当中の生徒数」列を追加したい\n"
          "3. スマートフォン表示時に指導報告の入力欄が画面外にはみ出す不具合の修正\n\n"
          "概算のお見積りと、対応可能時期をご教示ください。\n\n"
          "五十嵐 翼（日の出産業 情報システム課）\nTEL 03-5338-7120 内線 310\n"))

# 010 — print order to partner (order numbers, prices)
add(expect="pass", entities=[], detectors=[],
    note="print order to a partner: order number, quantities and prices only",
    charset="cp932", sender=ONODERA, to=["錦印刷 営業部 水谷様 <mizutani@nishiki-insatsu.co.jp>"],
    subject="発注書送付：冬期講習チラシ（注文番号 PO-2025-1187）",
    body=("錦印刷株式会社\n営業部 水谷様\n\nいつもお世話になっております。日の出産業 広報の小野寺です。\n"
          "先日お見積りいただいた冬期チラシの件、下記のとおり発注いたします。\n\n"
          "　注文番号　　PO-2025-1187（御見積書 No.Q-88412）\n"
          "　品名　　　　冬期講習チラシ　A4両面カラー　コート90kg\n"
          "　部数　　　　30,000部\n"
          "　単価　　　　3.2円（税抜）\n"
          "　金額　　　　96,000円（税抜）／105,600円（税込）\n"
          "　納期　　　　12月5日（金）午前必着\n"
          "　納品先　　　弊社 新宿本社 5F 受付\n\n"
          "入稿データは昨日お送りしたものから変更ございません。\n"
          "お手数ですが、受注確認のご返信をお願いいたします。\n" + sig("小野寺 紗季", "広報・販促", f"s.onodera@{DOM}", 2)))

# 011 — card number to the payment vendor
_c11 = new_card()
_f11 = G.family()
add(expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a parent's credit card number written into a mail to the payment vendor",
    charset="iso-2022-jp", sender=MIYAWAKI, to=["ペイリンク株式会社 加盟店サポート <support@paylink-kessai.jp>"],
    subject="カード払いへの支払方法変更（会員番号 HK024377）",
    body=("ペイリンク株式会社\n加盟店サポート ご担当者様\n\n"
          "お世話になっております。日の出産業 経理課の宮脇です。\n"
          "口座振替からクレジットカード払いへの変更を希望されているご家庭がございます。\n"
          "管理画面からの登録がエラーになるため、代行登録をお願いできますでしょうか。\n\n"
          f"　会員番号：HK024377\n　カード名義：{_f11['parent_romaji'].upper()}\n"
          f"　カード番号：{_c11[:4]} {_c11[4:8]} {_c11[8:12]} {_c11[12:]}\n"
          f"　有効期限：{G.r.randint(1, 12):02d}/{G.r.randint(27, 30)}\n"
          f"　ご契約者：{_f11['parent']} 様\n\n"
          "初回請求は12月分からとなります。よろしくお願いいたします。\n\n宮脇\n"))

# 012 — reply to a parent; her own address/phone only in the quoted text
_f12 = G.family()
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one parent on free mail; her address and phone appear only in the quoted text",
    charset="utf-8", sender=SAKAGUCHI, to=[f"{_f12['parent']} <{_f12['email'].split('@')[0]}@yahoo.co.jp>"],
    subject="Re: 初回授業の日程について",
    body=(f"{_f12['parent']} 様\n\nご連絡ありがとうございます。坂口です。\n"
          "初回授業は 12月4日（木）18:00〜 で確定いたしました。\n"
          "担当は先日ご紹介した吉岡先生（女性・教育学部3年）です。\n"
          "駐輪スペースの件も先生にお伝えしておきます。\n\n"
          "引き続きよろしくお願いいたします。\n\n坂口\n\n"
          f"> 坂口様\n> \n> お世話になっております。{_f12['surname']}です。\n"
          "> 初回は12月4日の18時からでお願いできますでしょうか。\n"
          f"> 念のため住所をお送りします。〒{_f12['zip']} {_f12['addr']}\n"
          f"> 当日何かあれば携帯 {_f12['mobile']} までお願いします。\n"
          "> 自転車は玄関横に停めていただいて大丈夫です。\n"))

# 013 — complaint escalation to the law firm, with a diagnosis
_f13 = G.family()
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="complaint file to outside counsel naming the family, with the child's psychiatric diagnosis",
    charset="cp932", sender=HASEBE, to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=[SHOJI],
    subject="ご相談：講師の言動に関する保護者様からの申し入れ",
    body=("白川法律事務所\n白川 先生\n\nいつもお世話になっております。日の出産業 お客様相談室の長谷部です。\n"
          "先日お電話でお話しした件について、経緯をまとめましたのでご確認ください。\n\n"
          "【申出者】\n"
          f"　百目鬼 直美 様（生徒の母）\n　〒{_f13['zip']} {_f13['addr']}\n　TEL {_f13['mobile']}\n\n"
          "【生徒】百目鬼 樹 さん（中学3年）\n\n"
          "【経緯】\n"
          "　・9月より当社講師（男性・大学3年）が週2回指導。\n"
          "　・10月下旬、講師が「このままだと高校に行けない」等の発言を繰り返したとのこと。\n"
          "　・11月上旬から登校できなくなり、心療内科で「適応障害」と診断された（診断書の写しあり）。\n"
          "　・保護者様は講師の交代と、10月・11月分の指導料の返金、および慰謝料を求めておられます。\n\n"
          "当社としては講師交代と返金には応じる方向ですが、慰謝料についてのご見解をいただけますと幸いです。\n"
          "講師本人の聞き取りメモは別途お送りします。\n" + sig("長谷部 剛", "お客様相談室", f"t.hasebe@{DOM}", 0)))

# 014 — internal: LD case notes (internal only)
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a student's learning-disability diagnosis discussed among internal staff only",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=[TACHIBANA, f"教務課 <kyomu@{DOM}>"],
    subject="指導方針の確認（月見里さん・小5）",
    body=("立花さん、教務課各位\n\n坂口です。来週のケース検討の前に共有します。\n\n"
          "生徒：月見里 紬（やまなし つむぎ）さん 小学5年\n"
          "・昨年、限局性学習症（読字の困難）の診断。WISC-IVで言語理解は平均、処理速度がやや低め。\n"
          "・通級指導教室に週1回通っている。\n"
          "・漢字の書き取りは負担が大きいので、音読と口頭での確認を中心にしたい（お母様と合意済み）。\n\n"
          "担当講師は特別支援の研修を受けた方を優先で探しています。候補がいれば教えてください。\n\n坂口\n"))

# 015 — PPAP zip of a grade report to a parent
_f15 = G.family()
add(expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP (grade report) to a parent: the attachment cannot be inspected",
    charset="utf-8", sender=SAKAGUCHI, to=[f"{_f15['parent']} 様 <{_f15['email'].split('@')[0]}@docomo.ne.jp>"],
    subject="【ひので家庭教師】2学期 成績推移レポートのご送付",
    body=(f"{_f15['parent']} 様\n\nいつもお世話になっております。ひので家庭教師センターの坂口です。\n"
          f"{_f15['child_given']}さんの2学期の成績推移レポートをお送りします。\n"
          "ファイルはパスワード付きZIPにしております。パスワードは別メールでお知らせいたします。\n\n"
          "12月の面談でこちらの資料をもとにお話しできればと思います。\n" + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)),
    attachments=[{"kind": "zip", "name": "seiseki_report.zip", "password": "Hd8#kq2025",
                  "files": [{"kind": "xlsx", "name": "成績推移.xlsx",
                             "sheets": {"2学期": [["科目", "1学期中間", "1学期期末", "2学期中間", "2学期期末"],
                                                 ["国語", 62, 65, 70, 74], ["数学", 48, 55, 61, 68],
                                                 ["英語", 71, 69, 75, 80]]}}]}])

# 016 — the password, in a separate mail
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="separate password notice to the same parent: no personal data, one free-mail recipient",
    charset="utf-8", sender=SAKAGUCHI, to=[f"{_f15['parent']} 様 <{_f15['email'].split('@')[0]}@docomo.ne.jp>"],
    subject="【パスワードのお知らせ】2学期 成績推移レポート",
    body=(f"{_f15['parent']} 様\n\n先ほどお送りしたファイルのパスワードをお知らせいたします。\n\n"
          "　パスワード：Hd8#kq2025\n\n"
          "開けない場合はお手数ですがご連絡ください。\n\n坂口（ひので家庭教師センター）\n"))

# 017 — matching proposal with the tutor's residence card number
_t17 = G.tutor()
_rc17 = f"{G.pick(['AB', 'EF', 'TK', 'UH'])}{G.r.randint(10000000, 99999999)}{G.pick(['CD', 'FA', 'JK'])}"
add(expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data", "freemail_recipient"],
    note="matching proposal to a family that gives the tutor's 在留カード number",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=["ohara.family@icloud.com"],
    subject="講師のご提案（英語・高1 大原さま）",
    body=("大原 様\n\nお待たせいたしました。英語担当講師のご提案です。\n\n"
          "　講師名：グエン・ティ・ラン（Nguyen Thi Lan）先生\n"
          "　所属　：北摂大学 国際関係学部 3年（留学生）\n"
          "　指導歴：当社で2年、高校生3名を担当\n"
          "　特長　：英検1級、TOEIC 960点。英作文の添削が丁寧です。\n"
          f"　本人確認：在留カード（番号 {_rc17}、在留期限 2027年3月31日）にて確認済みです。\n\n"
          "ご安心いただけるよう確認状況も記載しました。ご検討のほどよろしくお願いいたします。\n"
          + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)))

# 018 — ordinary matching proposal (no contact data)
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="ordinary matching proposal to one family: tutor's surname and study profile, no personal contact data",
    charset="utf-8", sender=SAKAGUCHI, to=["井口 様 <iguchi.home@icloud.com>"],
    subject="数学担当講師のご提案",
    body=("井口 様\n\nいつもお世話になっております。坂口です。\n"
          "数学の担当として、以下の先生をご提案いたします。\n\n"
          "◆ 柏木先生（男性）\n"
          "　城南工業大学 理工学部 2年\n"
          "　公立中高一貫校出身。中学生の定期テスト対策が得意です。\n"
          "　趣味はバドミントンと将棋。穏やかな話し方で、質問しやすいと評判です。\n\n"
          "◆ 指導可能な曜日：月・木の18時以降\n\n"
          "よろしければ体験授業を1回設定いたします（費用はかかりません）。\n"
          "ご都合をお聞かせください。\n\n坂口 美咲\nひので家庭教師センター\n"))

# 019 — HTML-only table of students to the system vendor
_f19 = [G.family() for _ in range(7)]
_trs = "".join(f"<tr><td>{f['child']}</td><td>{f['grade']}</td><td>{f['addr']}</td><td>{f['home']}</td>"
               f"<td>{G.pick(['月', '火', '水', '木', '金', '土'])} {G.pick(['17:00', '18:30', '19:00', '20:00'])}</td></tr>"
               for f in _f19)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML table of seven students with home addresses and phones sent to the system vendor as 'test data'",
    charset="utf-8", sender=IGARASHI, to=["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    subject="データ移行テスト用サンプル（授業スケジュール）",
    html=("<html><body><p>ツバサシステム 開発部 御中</p>"
          "<p>お世話になっております。日の出産業の五十嵐です。<br>"
          "移行テスト用に、実データから7件を抜き出しました。文字化けの確認にお使いください。</p>"
          "<table border='1' cellpadding='4'><tr><th>生徒名</th><th>学年</th><th>指導先住所</th><th>自宅電話</th><th>授業枠</th></tr>"
          + _trs + "</table><p>よろしくお願いいたします。<br>五十嵐 翼（情報システム課）</p></body></html>"))

# 020 — HTML-only: maintenance window with the vendor (no personal data)
add(expect="pass", entities=[], detectors=[],
    note="HTML-only mail to the system vendor about a maintenance window; no personal data",
    charset="utf-8", sender=IGARASHI, to=["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
    subject="Re: 定期メンテナンス日程のご案内",
    html=("<html><body><p>ツバサシステム株式会社<br>保守サポート窓口 御中</p>"
          "<p>ご案内ありがとうございます。下記日程で問題ございません。<br>"
          "講師・保護者向けのお知らせは当社から掲示いたします。</p>"
          "<table border='1'><tr><th>作業</th><th>日時</th><th>影響</th></tr>"
          "<tr><td>DBバージョンアップ</td><td>12/14(日) 1:00〜5:00</td><td>全画面停止</td></tr>"
          "<tr><td>指導報告アプリ更新</td><td>12/14(日) 5:00〜6:00</td><td>アプリのみ停止</td></tr></table>"
          "<p>五十嵐<br>日の出産業株式会社 情報システム課</p></body></html>"))

# 021 — 社外秘 pay table to a university
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="a document marked 【社外秘】 (tutor pay table) pasted into mail to a university career office",
    charset="iso-2022-jp", sender=NONOMURA, to=["北摂大学 キャリア支援課 <career-shien@hokusetsu-u.ac.jp>"],
    subject="時給体系についてのご質問への回答",
    body=("北摂大学 キャリア支援課\n松永様\n\nお世話になっております。日の出産業の野々村です。\n"
          "学生さんから時給の決まり方について質問が多いとのことで、社内資料を抜粋してお送りします。\n\n"
          "――――――――――――――――\n【社外秘】講師時給テーブル（2026年4月改定案）\n――――――――――――――――\n"
          "ランク  対象                     時給      ご家庭請求単価\n"
          "S       難関校受験・指導歴3年以上  3,000円   5,800円\n"
          "A       中学受験・高校受験         2,400円   4,600円\n"
          "B       定期テスト対策             2,000円   3,900円\n"
          "C       小学生・初任者             1,800円   3,400円\n"
          "※粗利率目標 45%、改定は取締役会承認前\n\n"
          "ご不明点があればお知らせください。\n\n野々村\n"))

# 022 — internal: 部外秘 FC terms (internal only)
add(expect="pass", entities=[], detectors=[],
    note="document marked 部外秘 shared only with internal managers",
    charset="cp932", sender=SHOJI, to=[TACHIBANA, f"経営企画 <keiei@{DOM}>"],
    subject="【部外秘】FC加盟条件の見直し案",
    body=("各位\n\n東海林です。来月の経営会議に向けたたたき台です。\n"
          "部外秘扱いでお願いします（加盟店様への展開は決定後）。\n\n"
          "1. ロイヤリティ：売上の8% → 7%（3年目以降）\n"
          "2. 講師紹介料：1件 15,000円 → 12,000円\n"
          "3. 広告分担金：月額 30,000円据え置き\n\n"
          "ご意見は今週中にお願いします。\n\n東海林\n"),
    attachments=[{"kind": "docx", "name": "FC条件見直し案.docx", "page_header": "部外秘",
                  "paragraphs": ["FC加盟条件 見直し案（たたき台）", "1. ロイヤリティ", "2. 講師紹介料", "3. 広告分担金"],
                  "tables": [[["項目", "現行", "改定案"], ["ロイヤリティ", "8%", "7%"], ["講師紹介料", "15,000円", "12,000円"]]]}])

# 023 — DOCX stamped 取扱注意 to an outside consultant
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX whose page header is stamped 取扱注意 sent to an outside consultant",
    charset="utf-8", sender=TACHIBANA, to=["エデュパートナーズ 研修事業部 関様 <seki@edu-partners.co.jp>"],
    subject="講師研修の見直し：現行マニュアルのご送付",
    body=("株式会社エデュパートナーズ\n関様\n\nお世話になっております。日の出産業の立花です。\n"
          "来期の講師研修リニューアルのご相談にあたり、現行のマッチング運用マニュアルをお送りします。\n"
          "特に「保護者対応」「トラブル時のエスカレーション」の章について、ご意見をいただけますと幸いです。\n\n"
          + sig("立花 由紀子", "エリアマネージャー", f"y.tachibana@{DOM}", 0)),
    attachments=[{"kind": "docx", "name": "マッチング運用マニュアル_v3.2.docx", "title": "マッチング運用マニュアル",
                  "page_header": "取扱注意　日の出産業株式会社 家庭教師事業部", "page_footer": "無断複製・転載禁止",
                  "paragraphs": ["第1章 マッチングの流れ", "申込受付から48時間以内に講師候補を3名抽出する。",
                                 "第2章 保護者対応", "初回授業の翌日に必ずコーディネーターから電話する。",
                                 "第3章 トラブル時のエスカレーション", "金銭・ハラスメントに関する申出は即日お客様相談室へ。"]}])

# 024 — NDA discussion with the system vendor (mentions 秘密保持契約 only)
add(expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with a partner: mentions the word, carries no marking or personal data",
    charset="iso-2022-jp", sender=IGARASHI, to=["ツバサシステム 営業部 岩淵様 <iwabuchi@tsubasa-system.jp>"],
    cc=[SHOJI],
    subject="秘密保持契約書（案）へのコメント",
    body=("ツバサシステム株式会社\n営業部 岩淵様\n\nお世話になっております。五十嵐です。\n"
          "先日いただいた秘密保持契約書（案）について、法務確認のコメントをお送りします。\n\n"
          "・第2条：「秘密情報」の定義に、口頭で開示した情報を含める場合は書面での特定を要件としたい\n"
          "・第5条：有効期間を契約終了後3年 → 5年に変更希望\n"
          "・第8条：再委託先への開示は事前の書面承諾を条件としたい\n\n"
          "上記をご確認のうえ、修正版をいただけますでしょうか。\n\n五十嵐\n"))

# 025 — corrupt xlsx to the bank
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached debit-result workbook is corrupt and cannot be inspected",
    charset="cp932", sender=MIYAWAKI, to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    subject="振替結果の照合ファイル（再送）",
    body=("みどり銀行 収納サービス課 ご担当者様\n\nお世話になっております。宮脇です。\n"
          "先ほどお送りしたファイルが開けないとのことで、再送いたします。\n"
          "こちらでも開けるか確認できておりませんので、不具合があればご連絡ください。\n\n宮脇\n"),
    attachments=[{"kind": "corrupt", "name": "振替結果照合_202510.xlsx"}])

# =====================================================================================
# 026–050
# =====================================================================================

# 026 — English: tutor roster CSV to an overseas online platform
_t26 = [G.tutor() for _ in range(6)]
_rows26 = [["tutor_id", "full_name", "email", "mobile", "university", "subjects", "hours_per_week"]]
for i, t in enumerate(_t26):
    _rows26.append([f"HT-{7020 + i}", t["romaji"], t["email"], "+81-" + t["mobile"][1:],
                    {"武蔵台大学": "Musashidai Univ.", "東邦学院大学": "Tohogakuin Univ.", "北摂大学": "Hokusetsu Univ.",
                     "青嶺女子大学": "Seirei Women's Univ.", "城南工業大学": "Jonan Inst. of Tech.",
                     "多摩川教育大学": "Tamagawa Univ. of Education"}[t["univ"]],
                    G.pick(["Math;Physics", "English", "English;Japanese", "Chemistry", "Math"]), G.r.randint(3, 10)])
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of six tutors' names, e-mails and mobiles to an overseas platform: a list of people",
    charset="utf-8", sender=MORIMOTO, to=["Olivia Grant <olivia.grant@brightpath-learning.com>"],
    subject="Pilot onboarding - first batch of tutors",
    body=("Hi Olivia,\n\nAs promised on Tuesday's call, attached is the first batch of tutors for the online "
          "pilot. All six have completed our internal training and can start from the week of 12 January.\n\n"
          "Could you create their accounts and send the invitations directly to the addresses in the file? "
          "Please let me know if you need anything else for the onboarding.\n\nBest regards,\n" + SIG_EN + DISC_EN),
    attachments=[{"kind": "csv", "name": "pilot_tutors_batch1.csv", "encoding": "utf-8", "rows": _rows26}])

# 027 — English: contract terms with the same partner, disclaimer, quoted reply
add(expect="pass", entities=[], detectors=[],
    note="English business mail about revenue share, with a standard disclaimer and quoted text; nothing personal",
    charset="utf-8", sender=MORIMOTO, to=["Olivia Grant <olivia.grant@brightpath-learning.com>"],
    subject="Re: Revenue share for the pilot",
    body=("Hi Olivia,\n\nThanks for the quick turnaround. We are fine with 70/30 for the pilot term, on two "
          "conditions: (1) the platform fee is waived for the first three months, and (2) lesson recordings "
          "stay on servers in Japan. If that works for you, I will ask our legal team to prepare the amendment.\n\n"
          "Best,\nTakashi\n\n"
          "On Wed, 19 Nov 2025 at 08:12, Olivia Grant <olivia.grant@brightpath-learning.com> wrote:\n"
          "> Hi Takashi,\n> We could offer 70/30 in your favour for the pilot term (Jan-Jun).\n"
          "> The standard terms would apply from July.\n> Olivia\n" + SIG_EN + DISC_EN))

# 028 — reply thread: new text gives five tutors' mobile numbers to a parent
_t28 = [G.tutor() for _ in range(5)]
_blocks = "\n\n".join(f"【候補{i}】{t['name']} 先生\n　{t['univ']} {t['faculty']} {t['year']}年\n　携帯：{t['mobile']}"
                      for i, t in enumerate(_t28, 1))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="new text of a reply lists five tutors with their mobile numbers for a parent on gmail",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=["仁平 香織 <kaori.nihei@gmail.com>"],
    subject="Re: 講師の方と直接やりとりしたいです",
    body=("仁平 様\n\nご連絡ありがとうございます。\n"
          "候補の先生方の連絡先をお送りしますので、直接ご相談いただいても大丈夫です。\n\n"
          + _blocks + "\n\nどの先生がよいかお決まりになりましたら、坂口までお知らせください。\n\n坂口\n\n"
          "> 坂口様\n> 先日はありがとうございました。\n"
          "> 候補の先生方と直接お話ししてから決めたいのですが、可能でしょうか。\n> 仁平\n"))

# 029 — reply to a school: the list appears only in the quoted text
_f29 = [G.family() for _ in range(6)]
_q29 = "\n".join(f"> {i}. {f['child']}（{G.pick(['1年', '2年', '3年'])}） 保護者連絡先 {f['home']}" for i, f in enumerate(_f29, 1))
add(expect="pass", entities=[], detectors=[],
    note="reply to a school; the six-student list is only in the quoted text the school itself sent",
    charset="cp932", sender=TACHIBANA, to=["桜ヶ丘中学校 教務主任 <kyomu@sakuragaoka-jhs.ed.jp>"],
    subject="Re: 放課後学習支援 参加生徒について",
    body=("桜ヶ丘中学校\n教務主任 大河内先生\n\nご連絡ありがとうございます。立花です。\n"
          "参加生徒の件、承知いたしました。初回（12/10）は図書室にて、講師2名で対応いたします。\n"
          "当日の持ち物などは、こちらからはご家庭へ直接ご連絡いたしませんので、学校経由でお願いできますでしょうか。\n\n"
          "立花\n\n"
          "> 日の出産業 立花様\n> \n> お世話になっております。放課後学習支援の参加生徒が決まりましたのでお知らせします。\n"
          + _q29 + "\n> 以上6名です。よろしくお願いいたします。\n> 桜ヶ丘中学校 大河内\n"))

# 030 — forward of a parent's mail (ASD diagnosis) to a tutor
_f30 = G.family()
_t30 = G.tutor()
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="forward (new text) of a parent's mail with the child's autism diagnosis and 療育手帳, to a tutor's gmail",
    charset="utf-8", sender=SAKAGUCHI, to=[f"{_t30['surname']}先生 <{_t30['romaji'].split()[1].lower()}.{_t30['romaji'].split()[0].lower()}.t@gmail.com>"],
    subject="Fw: 来週からの授業について（お母様より）",
    body=(f"{_t30['surname']}先生\n\n坂口です。お母様からのメールを転送します。授業前に目を通しておいてください。\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {_f30['parent']} <{_f30['email']}>\n"
          "Date: 2025年11月21日(金) 21:43\nSubject: 来週からの授業について\nTo: 坂口 美咲 <m.sakaguchi@hinode-sangyo.co.jp>\n\n"
          "坂口様\n\nいつもありがとうございます。\n"
          f"息子の{_f30['child']}（{_f30['grade']}）は、年長のときに自閉スペクトラム症と診断されていて、療育手帳（B2）を持っています。\n"
          "急な予定変更が苦手なので、授業の時間はできるだけ固定でお願いしたいです。\n"
          "音にも敏感なので、先生には静かめに話していただけると助かります。\n\n"
          f"何かあれば私の携帯（{_f30['mobile']}）にお電話ください。\n{_f30['parent']}\n"))

# 031 — look-alike of our own domain (hinode-sangyou.co.jp), one student's contact
_f31 = G.family()
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="colleague's address mistyped as hinode-sangyou.co.jp (look-alike of our own domain), with a family's contact",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=["立花 由紀子 <y.tachibana@hinode-sangyou.co.jp>"],
    subject="引継ぎ：府中エリアの新規ご家庭",
    body=("立花さん\n\nお疲れさまです。坂口です。\n明日から私が休暇のため、下記ご家庭の初回フォローをお願いします。\n\n"
          f"　{_f31['parent']} 様（{_f31['child_given']}さん・{_f31['grade']}）\n"
          f"　連絡先：{_f31['mobile']}（平日19時以降希望）\n"
          "　初回授業：12/2 担当 野中先生\n\n"
          "翌日フォローの電話で、先生の印象と宿題量の希望を聞いてください。\n\n坂口\n"))

# 032 — two external organisations (university + hotel) in To/Cc
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way mail with two external organisations (university and hotel venue); nothing personal",
    charset="utf-8", sender=NONOMURA, to=["武蔵台大学 キャリアセンター 桑原様 <career@musashidai-u.ac.jp>"],
    cc=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    subject="合同アルバイト説明会（2/7）会場打合せのご案内",
    body=("武蔵台大学 キャリアセンター 桑原様\n（cc: さくらホテル 宴会営業ご担当様）\n\n"
          "お世話になっております。日の出産業の野々村です。\n"
          "2月7日（土）の合同アルバイト説明会について、会場下見と打合せを下記で設定させてください。\n\n"
          "　日時：12月18日（木）15:00〜16:00\n　場所：さくらホテル 2F「欅の間」\n"
          "　議題：レイアウト、受付動線、音響、学生向け軽食\n\n"
          "ご都合が悪い場合はお知らせください。\n" + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 0)))

# 033 — three families in To
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three families' private addresses visible to each other in To: should have been Bcc",
    charset="cp932", sender=SAKAGUCHI,
    to=["sayaka.oikawa@gmail.com", "十文字 様 <jumonji-home@yahoo.co.jp>", "tkuchida.0412@ezweb.ne.jp"],
    subject="【ひので家庭教師】冬休み 無料体験会のご案内",
    body=("保護者の皆さま\n\nいつもありがとうございます。ひので家庭教師センターです。\n"
          "冬休み中に、ご兄弟・ご友人もご参加いただける無料体験会を開催します。\n\n"
          "　日時：12月27日（土）10:00〜12:00\n　会場：新宿本社 5F セミナールーム\n"
          "　内容：中学数学「一次関数」のミニ授業と学習相談\n\n"
          "参加ご希望の方は、このメールにご返信ください。\n\nひので家庭教師センター 坂口\n"))

# 034 — trial lesson confirmation to one family, with their home address
_f34 = G.family()
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data", "freemail_recipient"],
    note="one family's visit address in a confirmation to that family: one person's data, may be warned",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=[f"{_f34['parent']} <{_f34['email'].split('@')[0]}@outlook.jp>"],
    subject="無料体験授業 日時確定のお知らせ",
    body=(f"{_f34['parent']} 様\n\n体験授業の日時が確定しましたのでお知らせいたします。\n\n"
          "　日時　　：12月6日（土）10:00〜11:30\n"
          f"　訪問先　：〒{_f34['zip']} {_f34['kanji']}\n"
          f"　生徒様　：{_f34['child']} さん（{_f34['grade']}）\n"
          "　担当講師：森先生（女性）、コーディネーター坂口が同行します\n\n"
          "住所に誤りがございましたらご返信ください。\n" + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)))

# 035 — PDF of tutor payments with bank accounts to the tax accountant
_t35 = [G.tutor() for _ in range(8)]
_tab35 = [["講師No", "氏名", "振込先", "口座番号", "11月報酬", "源泉税"]]
for i, t in enumerate(_t35):
    a = G.account()
    pay = G.r.randint(18, 96) * 1000
    _tab35.append([f"T{1200 + i * 3}", t["name"], f"{a['bank']} {a['branch']}", f"普通 {a['no']}", f"{pay:,}", f"{int(pay * 0.1021):,}"])
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="PDF listing eight tutors' bank accounts and pay, sent to the outside tax accountant",
    charset="cp932", sender=MIYAWAKI, to=["森川税理士事務所 森川先生 <office@morikawa-tax.jp>"],
    subject="11月分 講師報酬支払一覧（源泉確認のお願い）",
    body=("森川税理士事務所\n森川先生\n\nいつもお世話になっております。日の出産業の宮脇です。\n"
          "11月分の講師報酬の支払一覧をお送りします。源泉徴収額の確認をお願いいたします。\n"
          "乙欄適用の方が2名増えております。\n\n宮脇\n"),
    attachments=[{"kind": "pdf", "name": "講師報酬支払一覧_202511.pdf", "title": "講師報酬支払一覧 2025年11月",
                  "lines": ["講師報酬支払一覧（2025年11月分）", "支払日：2025年12月10日", ""], "table": _tab35}])

# 036 — txt with three tutors' My Numbers to the tax accountant
_t36 = [G.tutor() for _ in range(3)]
_txt36 = "支払調書作成用データ（令和7年分・報酬）\n\n" + "\n".join(
    f"氏名: {t['name']}\n個人番号: {new_my_number()}\n住所: {t['zip']} {t['addr']}\n支払金額: {G.r.randint(400, 1100) * 1000:,}円\n"
    for t in _t36)
add(expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="text file with three tutors' My Numbers and addresses sent by mail to the tax accountant",
    charset="iso-2022-jp", sender=MIYAWAKI, to=["森川税理士事務所 <office@morikawa-tax.jp>"],
    subject="支払調書用データ（年間50万円超の講師3名）",
    body=("森川税理士事務所 御中\n\nお世話になっております。宮脇です。\n"
          "支払調書の作成に必要な3名分のデータを添付いたします。\n"
          "残りの方は番号の回収が済み次第お送りします。\n\n宮脇 千尋\n日の出産業株式会社 経理課\n"),
    attachments=[{"kind": "txt", "name": "shiharai_chosho_3.txt", "text": _txt36, "encoding": "cp932"}])

# 037 — internal procedure for collecting My Numbers (no numbers)
add(expect="pass", entities=[], detectors=[],
    note="internal procedure about collecting tutors' My Numbers; no number appears",
    charset="utf-8", sender=MIYAWAKI, to=[NONOMURA, KYOMU],
    subject="講師のマイナンバー回収手順（年末調整・支払調書）",
    body=("野々村さん、教務課の皆さん\n\n経理の宮脇です。今年も支払調書の時期になりました。\n"
          "講師のマイナンバー回収は、以下の手順でお願いします。\n\n"
          "1. 講師マイページの「マイナンバー提出」から、番号確認書類と本人確認書類の画像をアップロードしてもらう\n"
          "2. メール・LINEでは絶対に受け取らない（送られてきた場合は削除し、マイページを案内）\n"
          "3. 回収状況は経理で管理するので、各担当は催促の連絡のみお願いします\n\n"
          "対象は年間報酬50万円超の見込みの方（現在42名）です。\n\n宮脇\n"))

# 038 — My Number written back to a tutor's gmail
_t38 = G.tutor()
_mn38 = new_my_number()
add(expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="My Number of a tutor written in the new text of a reply to the tutor's gmail",
    charset="iso-2022-jp", sender=MIYAWAKI, to=[f"{_t38['name']} <{_t38['romaji'].replace(' ', '').lower()}{G.r.randint(1, 99)}@gmail.com>"],
    subject="マイナンバー登録完了のお知らせ",
    body=(f"{_t38['name']} 様\n\nお疲れさまです。経理課の宮脇です。\n"
          "ご提出いただいたマイナンバーを登録いたしました。念のため登録内容をご確認ください。\n\n"
          f"　氏名　　：{_t38['name']}\n　個人番号：{_mn38[:4]} {_mn38[4:8]} {_mn38[8:]}\n\n"
          "相違がある場合はご連絡ください。\n\n宮脇\n"))

# 039 — reply where the tutor's own My Number is only in the quoted text
_t39 = G.tutor()
_mn39 = new_my_number()
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the tutor's My Number appears only in the quoted text of his own mail; the new text has nothing",
    charset="utf-8", sender=MIYAWAKI, to=[f"{_t39['name']} <{_t39['romaji'].split()[0].lower()}.{_t39['romaji'].split()[1].lower()}@gmail.com>"],
    subject="Re: マイナンバーの提出について",
    body=(f"{_t39['surname']}さん\n\nご連絡ありがとうございます。\n"
          "恐れ入りますが、マイナンバーはメールではお受けできないため、講師マイページの「マイナンバー提出」からご登録をお願いします。\n"
          "こちらのメールはサーバーから削除いたします。\n\n宮脇（経理課）\n\n"
          f"> 宮脇様\n> お疲れさまです。{_t39['surname']}です。\n> マイナンバーを送ります。\n"
          f"> {_mn39}\n> よろしくお願いします。\n"))

# 040 — health-insurance card numbers to the ID-check vendor
_t40 = G.tutor()
y, m, d = _t40["dob"]
add(expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a tutor applicant's health-insurance card 記号・番号 and birth date sent to the ID-check vendor",
    charset="cp932", sender=NONOMURA, to=["トラストチェック 照会窓口 <verify@trustcheck.co.jp>"],
    subject="照会依頼（健康保険証による確認）T-25-0903",
    body=("トラストチェック 照会窓口 御中\n\n野々村です。運転免許証をお持ちでない方のため、健康保険証での照会をお願いします。\n\n"
          f"■ {_t40['name']}（{_t40['kana']}）\n"
          f"　生年月日 {y}年{m}月{d}日\n"
          f"　被保険者証 記号 {G.r.randint(10, 99)}{G.r.randint(100, 999)} 番号 {G.r.randint(1, 999)}（被扶養者）\n"
          f"　保険者番号 06{G.r.randint(130000, 139999)}\n\n"
          "よろしくお願いいたします。\n"))

# 041 — passport number of an international tutor
_pp41 = f"T{G.pick(['K', 'R', 'Z'])}{G.r.randint(1000000, 9999999)}"
add(expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a tutor's passport number and date of birth sent to the external ID-check vendor",
    charset="utf-8", sender=NONOMURA, to=["verify@trustcheck.co.jp"],
    subject="照会依頼（旅券）T-25-0911",
    body=("トラストチェック ご担当者様\n\nお世話になっております。日の出産業の野々村です。\n"
          "旅券による本人確認をお願いします。日本国籍の方で、海外の大学から編入された方です。\n\n"
          "Name (passport): KAMATSUKA SHIORI\n氏名：一尺八寸 栞（かまつか しおり）\n"
          "Date of birth: 14 MAR 2004\n"
          f"Passport No.: {_pp41}\nDate of expiry: 09 AUG 2031\n\n野々村\n"))

# 042 — basic pension number of an office part-timer to the labour consultant
_f42 = G.family()
_pn42 = f"{G.r.randint(1000, 9999)}-{G.r.randint(100000, 999999)}"
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new part-timer's basic pension number, birth date and address sent to the outside labour consultant",
    charset="iso-2022-jp", sender=MIYAWAKI, to=["社会保険労務士法人あさひ 手続担当 <tetsuzuki@asahi-sr.jp>"],
    subject="資格取得届の作成依頼（事務パート1名）",
    body=("社会保険労務士法人あさひ\n手続ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の宮脇です。\n"
          "12月1日付で教務課に事務パート1名が入社しますので、資格取得届の作成をお願いします。\n\n"
          f"　氏名：{_f42['parent']}（{_f42['parent_kata']}）\n"
          f"　生年月日：{wareki(1979 + G.r.randint(0, 12), G.r.randint(1, 12), G.r.randint(1, 28))}\n"
          f"　住所：{_f42['addr']}\n　基礎年金番号：{_pn42}\n"
          "　雇用形態：パート（週30時間）\n　月額：165,000円\n\n宮脇\n"))

# 043 — fee table to a parent
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="price list sent to one parent on free mail; no personal data",
    charset="cp932", sender=SAKAGUCHI, to=["梶原 様 <kajiwara_m@outlook.jp>"],
    subject="料金表をお送りします",
    body=("梶原 様\n\nお電話ありがとうございました。坂口です。\nお話しした料金表をお送りします。\n\n"
          "【月謝（週1回・90分／月4回）】\n"
          "　小学生　　　　　　 15,400円\n　中学1・2年　　　　 18,700円\n"
          "　中学3年（受験）　　 22,000円\n　高校生　　　　　　 23,100円\n"
          "※交通費は実費（1回あたり上限800円）\n※入会金 11,000円（12月中のお申込みで無料）\n"
          "※お支払いは毎月27日の口座振替です\n\nご検討のほどよろしくお願いいたします。\n\n坂口\n"))

# 044 — invoice to a corporate welfare partner, with our T-number
_corp44 = corp_number("011101048123")
add(expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice to a partner company with our 適格請求書 registration number; no personal data",
    charset="utf-8", sender=MIYAWAKI, to=["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    subject="【請求書】11月分 家庭教師利用補助（請求番号 INV-2511-044）",
    body=("川崎電機株式会社\n人事部 福利厚生課 御中\n\nいつもお世話になっております。日の出産業の宮脇です。\n"
          "11月分の家庭教師利用補助（社員様ご家庭 14件）のご請求書をお送りします。\n\n"
          "　請求番号：INV-2511-044\n　ご請求金額：154,000円（税込）\n"
          "　お支払期限：2025年12月26日\n"
          "　振込先：みどり銀行 新宿支店 普通 1234567 ヒノデサンギョウ（カ\n"
          f"　登録番号：T{_corp44}\n\n"
          "明細は添付PDFをご確認ください。\n" + sig("宮脇 千尋", "経理課", f"c.miyawaki@{DOM}", 0)),
    attachments=[{"kind": "pdf", "name": "INV-2511-044.pdf", "title": "請求書",
                  "lines": ["請求書", "川崎電機株式会社 御中", "請求番号 INV-2511-044", f"登録番号 T{_corp44}",
                            "家庭教師利用補助（11月分） 14件", "小計 140,000円　消費税 14,000円　合計 154,000円",
                            "日の出産業株式会社 東京都新宿区西新宿7-21-3"]}])

# 045 — DM address list to the printer (XLSX, title row, two sheets)
_f45 = [G.family() for _ in range(10)]
_s45 = [["冬期講習DM 宛名リスト（既存会員・休会中含む）"], ["作成日", "2025/11/20"],
        ["郵便番号", "住所", "宛名", "敬称", "会員区分"]]
for f in _f45:
    _s45.append([f["zip"], f["addr"], f["parent"], "様", G.pick(["在籍", "休会", "在籍", "体験のみ"])])
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="XLSX of ten families' names and home addresses sent to the printer for a mailing",
    charset="cp932", sender=ONODERA, to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="冬期DM 宛名データ入稿",
    body=("錦印刷株式会社 DM事業部 ご担当者様\n\nお世話になっております。日の出産業 広報の小野寺です。\n"
          "冬期講習DMの宛名データを入稿いたします。今回はテスト分の10件のみです。\n"
          "本番データ（約2,400件）は来週お送りします。\n\n小野寺\n"),
    attachments=[{"kind": "xlsx", "name": "DM宛名_テスト.xlsx",
                  "sheets": {"宛名": _s45, "印刷仕様": [["項目", "内容"], ["形状", "A4三つ折り 圧着"],
                                                   ["部数", "2,400"], ["発送日", "12/8"]]}}])

# 046 — proof check with the printer
add(expect="pass", entities=[], detectors=[],
    note="proof corrections for a flyer with a partner printer; business content only",
    charset="iso-2022-jp", sender=ONODERA, to=["錦印刷 営業部 水谷様 <mizutani@nishiki-insatsu.co.jp>"],
    subject="Re: 冬期講習チラシ 初校",
    body=("水谷様\n\n初校ありがとうございました。修正点は以下の3点です。\n\n"
          "・表面 キャッチコピー「冬で差がつく」→「冬から変わる」\n"
          "・裏面 料金表の中3の金額 22,000円 → 22,000円（税込）と表記\n"
          "・フリーダイヤル 0120-41-7766 の文字を一回り大きく\n\n"
          "再校は明日中にいただけますと助かります。\n\n小野寺\n"
          "-----Original Message-----\nFrom: 水谷 <mizutani@nishiki-insatsu.co.jp>\nSent: Thursday, November 20, 2025 6:02 PM\n"
          "Subject: 冬期講習チラシ 初校\n\n小野寺様\n初校をお送りします。ご確認をお願いいたします。\n"))

# 047 — wrong attachment: five students' reports to one parent
_f47 = [G.family() for _ in range(5)]
_tab47 = [["生徒名", "学年", "担当", "数学", "英語", "国語", "保護者連絡先", "所見"]]
for f in _f47:
    _tab47.append([f["child"], f["grade"], G.pick(["森", "柏木", "吉岡", "野中"]) + "先生",
                   G.r.randint(35, 95), G.r.randint(35, 95), G.r.randint(35, 95), f["mobile"],
                   G.pick(["計算ミスが減った", "宿題の提出が遅れがち", "英単語の定着が課題", "集中力が上がった"])])
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="wrong attachment: PDF with five students' grades and parents' phones sent to one parent",
    charset="utf-8", sender=SAKAGUCHI, to=[f"{_f47[0]['parent']} 様 <{_f47[0]['email'].split('@')[0]}@gmail.com>"],
    subject="11月の指導報告書をお送りします",
    body=(f"{_f47[0]['parent']} 様\n\nいつもお世話になっております。\n11月の指導報告書を添付いたします。\n"
          "数学は計算ミスがかなり減ってきています。ご家庭でもぜひ褒めてあげてください。\n\n坂口\n"),
    attachments=[{"kind": "pdf", "name": "指導報告_11月_府中エリア.pdf", "title": "指導報告（府中エリア）",
                  "lines": ["11月 指導報告（府中エリア・担当コーディネーター 坂口）", ""], "table": _tab47}])

# 048 — one student's lesson report to the parent (DOCX)
_f48 = G.family()
add(expect="pass", entities=["PERSON_NAME"], detectors=["freemail_recipient"],
    note="one student's lesson report to that student's parent; a name with grades, no contact or ID data",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=[f"{_f48['parent']} <{_f48['email'].split('@')[0]}@gmail.com>"],
    subject="指導報告書（11月分）",
    body=(f"{_f48['parent']} 様\n\n11月分の指導報告書をお送りします。\n"
          "英語の小テストが3回連続で満点でした。12月は長文読解に進む予定です。\n\n坂口 美咲\n"),
    attachments=[{"kind": "docx", "name": "指導報告書_11月.docx",
                  "paragraphs": ["指導報告書（2025年11月）", f"生徒氏名：{_f48['child']}（{_f48['grade']}）",
                                 "担当講師：吉岡", "今月の様子：毎回の宿題にしっかり取り組めています。"],
                  "tables": [[["日付", "科目", "内容", "小テスト"], ["11/4", "英語", "不定詞", "10/10"],
                              ["11/11", "英語", "動名詞", "10/10"], ["11/18", "英語", "比較", "10/10"],
                              ["11/25", "数学", "連立方程式", "8/10"]]]}])

# 049 — school report photo forwarded to a tutor, with special-needs class
_f49 = G.family()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="tells a tutor on carrier mail that a named student is in a special-needs class (disability)",
    charset="cp932", sender=SAKAGUCHI, to=["ma-ya.0815@softbank.ne.jp"],
    subject="通知表の写真（勘解由小路さん）",
    body=("真矢先生\n\nお疲れさまです。坂口です。\n"
          "勘解由小路 悠人くん（小6）のお母様から、1学期の通知表の写真をいただきましたので共有します。\n"
          "悠人くんは特別支援学級（自閉症・情緒障害学級）に在籍していて、算数のみ通常学級で受けています。\n"
          "通知表の評価は特別支援学級の基準なので、数字だけで判断しないようにしてください。\n\n"
          "写真は確認後、端末から削除をお願いします。\n\n坂口\n"),
    attachments=[{"kind": "png", "name": "tsuchihyo_p1.png"}, {"kind": "png", "name": "tsuchihyo_p2.png"}])

# 050 — internal complaint statistics (counts only)
add(expect="pass", entities=[], detectors=[],
    note="internal monthly complaint statistics, counts only",
    charset="utf-8", sender=HASEBE, to=[SHOJI, TACHIBANA], cc=[KYOMU],
    subject="10月 お客様の声・苦情件数まとめ",
    body=("東海林部長、立花さん\n\nお客様相談室の長谷部です。10月分の集計です。\n\n"
          "区分                 件数   前月比\n"
          "-------------------- ------ ------\n"
          "講師の遅刻・欠席        7     +2\n"
          "指導内容への不満        4     -1\n"
          "料金・請求              3      0\n"
          "講師の言動              2     +1\n"
          "その他                  5     +3\n"
          "-------------------- ------ ------\n"
          "合計                   21     +5\n\n"
          "講師の遅刻は特定の2名に集中しているため、教務課から個別に指導済みです。\n\n長谷部\n"))

# =====================================================================================
# 051–075
# =====================================================================================

# 051 — complaint log, tab-separated, to the outsourced call centre
_f51 = [G.family() for _ in range(6)]
_topics = ["講師が2回続けて遅刻", "請求額が契約と違う", "体験後の勧誘電話が多い", "講師の交代を希望",
           "宿題が多すぎる", "振替授業の連絡がない"]
_tsv = "受付日\t申出者\t電話番号\t内容要旨\t対応状況\n" + "\n".join(
    f"11/{3 + i * 4}\t{f['parent']}\t{f['mobile']}\t{_topics[i]}\t{G.pick(['対応中', '完了', '要折返し'])}"
    for i, f in enumerate(_f51))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="tab-separated complaint log with six parents' names and phones sent to the outsourced call centre",
    charset="iso-2022-jp", sender=HASEBE, to=["コールブリッジ 運用チーム <ops@callbridge.co.jp>"],
    subject="夜間窓口 引継ぎ用：対応中案件一覧",
    body=("株式会社コールブリッジ\n運用チーム 各位\n\nお世話になっております。日の出産業 お客様相談室の長谷部です。\n"
          "12月から夜間の一次受付をお願いするにあたり、現在対応中の案件を共有します。\n"
          "該当のお客様からお電話があった場合は、内容を伺い翌営業日に当社へエスカレーションしてください。\n\n"
          + _tsv + "\n\n以上、よろしくお願いいたします。\n" + sig("長谷部 剛", "お客様相談室", f"t.hasebe@{DOM}", 2)))

# 052 — EITHER: the child's diagnosis discussed back to the child's own parent
add(expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a child's diagnosis (起立性調節障害) and school refusal written back only to the child's own parent: "
         "policy says sensitive data stops, a privacy officer may judge it the parent's own information",
    charset="utf-8", sender=SAKAGUCHI, to=["栗花落 様 <tsuyuri.family@gmail.com>"],
    subject="Re: 授業の時間帯について",
    body=("栗花落 様\n\nご丁寧にご説明いただきありがとうございました。坂口です。\n\n"
          "琴音さんが起立性調節障害と診断され、午前中は体調が安定しにくいこと、"
          "9月から学校をお休みしていることを伺いました。\n"
          "授業は15時以降の時間帯に変更し、体調がすぐれない日は当日キャンセルでも振替可能といたします。\n"
          "担当の先生にも、学校の話題には触れず、本人のペースを優先するよう伝えます。\n\n"
          "ご不安なことがあれば、いつでもご連絡ください。\n" + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)))

# 053 — mock-exam entry: kana names + 和暦 DOB, comma-separated in the body
_f53 = [G.family() for _ in range(7)]
_csv53 = "生徒氏名,ふりがな,生年月日,学年,受験会場\n" + "\n".join(
    f"{f['child']},{f['child_kana']},{wareki(*((2010, G.r.randint(4, 12)) if G.r.random() < 0.75 else (2011, G.r.randint(1, 3))), G.r.randint(1, 28), style='abbr')},中3,{G.pick(['新宿会場', '立川会場', '横浜会場'])}"
    for f in _f53)
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="seven students' names, kana and birth dates (和暦) pasted comma-separated into mail to the exam company",
    charset="cp932", sender=TACHIBANA, to=["全国学力模試センター 団体受付 <dantai@zengaku-moshi.co.jp>"],
    subject="団体申込：12月 高校入試模試（日の出産業）",
    body=("全国学力模試センター\n団体受付ご担当者様\n\nお世話になっております。日の出産業 家庭教師事業部の立花です。\n"
          "12月14日実施の高校入試模試について、団体申込をいたします。\n"
          "申込フォームのCSV取込がうまくいかなかったため、本文に貼り付けます。\n\n"
          + _csv53 + "\n\n受験料は団体請求でお願いいたします。\n\n立花 由紀子\n"))

# 054 — exam company: asking about the format (Original Message quoted)
add(expect="pass", entities=[], detectors=[],
    note="question to the exam company about the group entry format; no personal data",
    charset="iso-2022-jp", sender=TACHIBANA, to=["全国学力模試センター 団体受付 <dantai@zengaku-moshi.co.jp>"],
    subject="RE: 団体申込フォーマットについて",
    body=("全国学力模試センター 団体受付 御中\n\nご回答ありがとうございます。\n"
          "CSVの文字コードはUTF-8（BOMなし）、生年月日は西暦8桁とのこと、承知しました。\n"
          "1点だけ追加で確認させてください。受験会場の変更は申込締切後でも可能でしょうか。\n\n立花\n\n"
          "-----Original Message-----\nFrom: 団体受付 <dantai@zengaku-moshi.co.jp>\nSent: Monday, November 24, 2025 11:30 AM\n"
          "To: 立花 由紀子\nSubject: RE: 団体申込フォーマットについて\n\n"
          "日の出産業 立花様\nCSVはUTF-8、生年月日はYYYYMMDD形式でお願いいたします。\n"))

# 055 — one record per block: five tutors shared with a referral partner
_t55 = [G.tutor() for _ in range(5)]
_b55 = "\n".join(
    f"──────────\n氏名　　{t['name']}（{t['kana']}）\n大学　　{t['univ']}{t['faculty']}{t['year']}年\n"
    f"携帯　　{t['mobile']}\nメール　{t['email']}\n可能枠　{G.pick(['月水', '火木', '土日', '水金'])} {G.pick(['17時〜', '18時〜', '19時〜'])}"
    for t in _t55) + "\n──────────"
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five tutors' blocks with mobiles and e-mails sent to another tutoring company (referral partner)",
    charset="utf-8", sender=TACHIBANA, to=["学びネット 横田様 <yokota@manabi-net.co.jp>"],
    subject="講師シェアの件：空き枠のある講師（町田・相模原）",
    body=("学びネット株式会社\n横田様\n\nお世話になっております。立花です。\n"
          "先日お話しした講師シェアの件、町田・相模原エリアで空き枠のある講師をお知らせします。\n"
          "ご紹介いただけるご家庭があれば、直接講師にご連絡いただいて構いません。\n\n"
          + _b55 + "\n\n" + sig("立花 由紀子", "エリアマネージャー", f"y.tachibana@{DOM}", 0)))

# 056 — referral of one family to the partner (one person)
_f56 = G.family()
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one family referred to a partner with the parent's phone (consent noted): one person's data",
    charset="cp932", sender=SAKAGUCHI, to=["学びネット 横田様 <yokota@manabi-net.co.jp>"],
    subject="ご家庭のご紹介（対応エリア外のため）",
    body=("学びネット株式会社 横田様\n\nお世話になっております。坂口です。\n"
          "当社の対応エリア外（相模原市緑区）のご家庭から問い合わせがあり、貴社をご紹介することにご了承いただきました。\n\n"
          f"　保護者様：{_f56['parent']} 様\n　お電話：{_f56['mobile']}（平日18時以降）\n"
          "　お子様：中学1年・数学と英語をご希望\n\n"
          "お手数ですが、ご連絡をお願いできますでしょうか。\n\n坂口 美咲\n"))

# 057 — trial bookings, tab-separated, to a franchise operator
_f57 = [G.family() for _ in range(6)]
_rows57 = "\n".join(f"{f['parent']}\t{f['child_given']}（{f['grade']}）\t{f['home']}\t{f['addr']}\t12/{6 + i}"
                    for i, f in enumerate(_f57))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six trial-lesson bookings with phones and addresses sent to a franchise operator (separate company)",
    charset="iso-2022-jp", sender=TACHIBANA, to=["ヨコハマ教育サービス 青葉台校 <aobadai@yokohama-kyoiku.co.jp>"],
    subject="体験授業 予約一覧（青葉区・12月第2週）",
    body=("ヨコハマ教育サービス 青葉台校 御中\n\n本部 立花です。本部のWeb受付に入った青葉区の体験予約を回します。\n"
          "各ご家庭へ前日確認の電話をお願いします。\n\n保護者\t生徒\t電話\t住所\t体験日\n" + _rows57 +
          "\n\n立花\n"))

# 058 — EITHER: school refusal (no diagnosis) of a named student to a tutor
add(expect="either", entities=["PERSON_NAME"], detectors=["freemail_recipient"],
    note="tells a tutor on gmail that a named student does not attend school (不登校) without any diagnosis: "
         "not a listed 要配慮 category, but a privacy officer may treat it as sensitive",
    charset="utf-8", sender=SAKAGUCHI, to=["kento.fujimura.0301@gmail.com"],
    subject="来週からの生徒さんについて",
    body=("藤村先生\n\nお疲れさまです。坂口です。\n来週から担当いただく猪狩 颯太くん（中2）について補足です。\n\n"
          "颯太くんは2学期からほとんど学校に行けていない状態です（いわゆる不登校）。\n"
          "お母様のご希望は「まず勉強の習慣を取り戻すこと」なので、学校の進度は気にせず、"
          "本人が興味を持っている理科から始めてください。\n"
          "学校や友達の話題は、本人から出てこない限り振らないようにお願いします。\n\n坂口\n"))

# 059 — career office: aggregated numbers only
add(expect="pass", entities=[], detectors=[],
    note="aggregated registration figures for a university career office; no individual data",
    charset="utf-8", sender=NONOMURA, to=["東邦学院大学 就職課 <shushoku@tohogakuin.ac.jp>"],
    subject="貴学学生の登録状況（集計）",
    body=("東邦学院大学 就職課\n平塚様\n\nお世話になっております。日の出産業の野々村です。\n"
          "ご依頼の件、個人が特定されない形で集計しましたのでお送りします。\n\n"
          "　登録者数　　　　　　38名（前年同期 31名）\n"
          "　うち稼働中　　　　　27名\n"
          "　平均指導時間／月　　 14.5時間\n"
          "　学年別　1年 6名／2年 12名／3年 14名／4年 6名\n\n"
          "個人ごとの情報はご本人の同意がないとお出しできませんので、ご了承ください。\n" + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 0)))

# 060 — PPTX briefing with a named case (dyslexia) to a university
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="briefing slides for a university name a real student with a dyslexia diagnosis",
    charset="iso-2022-jp", sender=NONOMURA, to=["青嶺女子大学 キャリアセンター <career@seirei-wu.ac.jp>"],
    subject="学内説明会（12/16）投影資料の送付",
    body=("青嶺女子大学 キャリアセンター ご担当者様\n\nお世話になっております。野々村です。\n"
          "12月16日の説明会で投影する資料をお送りします。事前に教室PCへ入れておいていただけますと幸いです。\n\n野々村\n"),
    attachments=[{"kind": "pptx", "name": "説明会資料_青嶺女子大学.pptx", "title": "家庭教師のお仕事説明会",
                  "slides": [["家庭教師のお仕事説明会", "日の出産業株式会社 家庭教師事業部", "2025年12月16日"],
                             ["お仕事の流れ", "登録・研修", "マッチング・体験授業", "指導開始・月1回の報告"],
                             ["指導事例：学び方の違いに寄り添う", "九十九 陽葵さん（中学2年・練馬区）",
                              "小6でディスレクシア（読み書き障害）と診断", "音読アプリと口頭説明を組み合わせ、定期テストで英語が42点→71点に"],
                             ["応募方法", "QRコードからエントリー", "説明会参加者は面接日程を優先案内"]]}])

# 061 — PPTX briefing with no personal data
add(expect="pass", entities=[], detectors=[],
    note="briefing slides for a university with general content only",
    charset="cp932", sender=NONOMURA, to=["東邦学院大学 就職課 平塚様 <shushoku@tohogakuin.ac.jp>"],
    subject="説明会資料（最終版）",
    body=("平塚様\n\nお世話になっております。説明会資料の最終版を添付します。\n"
          "前回版から、時給の例と研修スケジュールを更新しました。\n\n野々村\n"),
    attachments=[{"kind": "pptx", "name": "説明会資料_最終版.pptx",
                  "slides": [["家庭教師スタッフ募集", "日の出産業株式会社"],
                             ["時給の例", "小学生 1,800円〜", "中学生 2,000円〜", "高校生・受験 2,400円〜"],
                             ["研修スケジュール", "オンライン基礎研修 3時間", "模擬授業 1時間", "先輩講師との面談"]]}])

# 062 — look-alike of the partner bank (midori-ginkou.co.jp)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
    charset="utf-8", sender=MIYAWAKI, to=["shuno-service@midori-ginkou.co.jp"],
    subject="年末年始の振替日について",
    body=("みどり銀行 収納サービス課 ご担当者様\n\nお世話になっております。日の出産業の宮脇です。\n"
          "12月の振替日（27日）が土曜日のため、29日（月）振替となる認識でよろしいでしょうか。\n"
          "データ持込期限も併せてご教示ください。\n\n宮脇\n"))

# 063 — look-alike of our own domain (hinode-sangyo.jp, "co." dropped)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="internal memo sent to hinode-sangyo.jp, a look-alike of our own hinode-sangyo.co.jp",
    charset="iso-2022-jp", sender=TACHIBANA, to=["エリア会議 <area-mgr@hinode-sangyo.jp>"],
    subject="12月エリア会議のアジェンダ",
    body=("エリアマネージャー各位\n\n立花です。12月のエリア会議のアジェンダです。\n\n"
          "1. 冬期講習の申込状況（各エリア 5分）\n2. 講師不足エリアの対策\n3. 1月の料金改定の説明方法\n4. その他\n\n"
          "日時：12月11日（木）14:00〜　本社5F会議室（オンライン併用）\n\n立花\n"))

# 064 — look-alike of the partner law firm (shirakawa-iaw.jp, l→i)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain shirakawa-iaw.jp imitates partner shirakawa-law.jp (l replaced by i)",
    charset="cp932", sender=HASEBE, to=["白川法律事務所 <info@shirakawa-iaw.jp>"],
    subject="利用規約改定のご相談（中途解約条項）",
    body=("白川法律事務所 御中\n\nお世話になっております。日の出産業 お客様相談室の長谷部です。\n"
          "家庭教師サービスの利用規約のうち、中途解約時の返金条項について改定を検討しております。\n"
          "特定商取引法の特定継続的役務提供に該当するかの整理も含め、ご相談の時間をいただけますでしょうか。\n\n"
          "候補日：12/3（水）午後、12/5（金）午前\n\n長谷部\n"))

# 065 — forward (as attached mail) of an unpaid-fee list to a collection agency
_f65 = [G.family() for _ in range(5)]
_inner65 = "\n".join(f"・{f['parent']} 様　{f['mobile']}　{f['addr']}　未納 {G.r.randint(2, 5)}か月（{G.r.randint(3, 11) * 11000:,}円）"
                     for f in _f65)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="forwarded mail (eml) listing five families with unpaid fees, phones and addresses, sent to a collection agency",
    charset="utf-8", sender=MIYAWAKI, to=["東和債権回収 受託窓口 <jutaku@towa-servicer.co.jp>"],
    subject="FW: 滞納3か月以上の案件について",
    body=("東和債権回収株式会社\n受託窓口 ご担当者様\n\nお世話になっております。日の出産業 経理課の宮脇です。\n"
          "社内で確認した対象案件のメールを添付で転送いたします。督促代行のお見積りをお願いいたします。\n\n宮脇\n"),
    attachments=[{"kind": "eml", "name": "滞納案件一覧.eml",
                  "message": {"charset": "utf-8", "sender": MIYAWAKI, "to": [SHOJI], "cc": [HASEBE],
                              "subject": "滞納3か月以上の案件について",
                              "body": "東海林部長\n\n未納が続いているご家庭です。外部委託の検討をお願いします。\n\n" + _inner65 + "\n\n宮脇\n"}}])

# 066 — forwarded meeting notice (eml) to the logistics partner
add(expect="pass", entities=[], detectors=[],
    note="forwarded internal meeting notice about material shipping; no personal data",
    charset="iso-2022-jp", sender=ONODERA, to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="転送：教材発送スケジュール打合せ",
    body=("青葉運輸株式会社 法人営業 ご担当者様\n\nお世話になっております。小野寺です。\n"
          "社内で決まった教材発送の打合せ案内を転送します。貴社からもご出席いただけますと助かります。\n\n小野寺\n"),
    attachments=[{"kind": "eml", "name": "打合せ案内.eml",
                  "message": {"charset": "iso-2022-jp", "sender": ONODERA, "to": [TACHIBANA, KYOMU],
                              "subject": "教材発送スケジュール打合せ（12/4）",
                              "body": "各位\n\n冬期教材の発送スケジュールを決める打合せを行います。\n"
                                      "日時：12月4日（木）10:00〜10:30\n場所：5F小会議室\n議題：発送日、箱サイズ、送料区分\n\n小野寺\n"}}])

# 067 — ZIP (no password) with tutor CSV for data migration
_t67 = [G.tutor() for _ in range(8)]
_rows67 = [["登録番号", "氏名", "カナ", "大学", "学部", "携帯", "メール", "最寄駅"]]
for i, t in enumerate(_t67):
    _rows67.append([f"T{3300 + i}", t["name"], t["kata"], t["univ"], t["faculty"], t["mobile"], t["email"],
                    G.pick(["三鷹", "武蔵小杉", "船橋", "浦和", "府中", "町田", "荻窪"])])
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP with a CSV of eight tutors' phones and e-mails sent to the system vendor",
    charset="cp932", sender=IGARASHI, to=["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    subject="講師マスタ 移行データ（第1弾）",
    body=("ツバサシステム 開発部 御中\n\n五十嵐です。講師マスタの移行データ第1弾をZIPでお送りします。\n"
          "文字コードはShift_JISです。取込結果のログをいただけますと幸いです。\n\n五十嵐\n"),
    attachments=[{"kind": "zip", "name": "koushi_master_01.zip",
                  "files": [{"kind": "csv", "name": "koushi_master_01.csv", "rows": _rows67},
                            {"kind": "txt", "name": "readme.txt", "text": "講師マスタ 移行データ 第1弾（8件）\n文字コード: Shift_JIS\n"}]}])

# 068 — ZIP of artwork for the printer
add(expect="pass", entities=[], detectors=[],
    note="unencrypted ZIP of logo images and flyer text for the printer; no personal data",
    charset="utf-8", sender=ONODERA, to=["錦印刷 営業部 水谷様 <mizutani@nishiki-insatsu.co.jp>"],
    subject="入稿データ（春期チラシ）",
    body=("水谷様\n\n春期チラシの入稿データをお送りします。ロゴは2種類入っています。\n"
          "文字原稿はPDFでご確認ください。\n\n小野寺\n"),
    attachments=[{"kind": "zip", "name": "spring_flyer_2026.zip",
                  "files": [{"kind": "png", "name": "logo_color.png"}, {"kind": "png", "name": "logo_mono.png"},
                            {"kind": "pdf", "name": "text.pdf", "lines": ["春から始める家庭教師", "入会金0円キャンペーン",
                                                                        "フリーダイヤル 0120-41-7766"]}]}])

# 069 — password-protected PDF contract to a tutor
add(expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF (tutor contract) cannot be inspected",
    charset="iso-2022-jp", sender=NONOMURA, to=["sakura.miura.21@icloud.com"],
    subject="業務委託契約書のご送付",
    body=("三浦 咲良 様\n\n講師登録ありがとうございます。野々村です。\n"
          "業務委託契約書をお送りします。PDFにはパスワードを設定しています（生年月日8桁）。\n"
          "内容をご確認のうえ、マイページから同意をお願いします。\n\n野々村\n"),
    attachments=[{"kind": "pdf", "name": "業務委託契約書.pdf", "password": "20040612",
                  "lines": ["業務委託契約書", "日の出産業株式会社（以下「甲」）と講師（以下「乙」）は…"]}])

# 070 — corrupt DOCX lesson report to a parent
add(expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="the attached lesson report DOCX is corrupt and cannot be inspected",
    charset="cp932", sender=SAKAGUCHI, to=["nakagawa-rie@ezweb.ne.jp"],
    subject="10月分 指導報告書（再送）",
    body=("中川 様\n\n先日お送りした指導報告書が開けないとのことで、再送いたします。\n"
          "それでも開けない場合は、紙でお送りしますのでお知らせください。\n\n坂口\n"),
    attachments=[{"kind": "corrupt", "name": "指導報告書_10月.docx"}])

# 071 — internal tutor register with licence numbers (internal only)
_t71 = [G.tutor() for _ in range(6)]
_s71 = [["講師登録台帳（本人確認済み）"], ["登録No", "氏名", "生年月日", "確認書類", "書類番号", "確認日"]]
for i, t in enumerate(_t71):
    y, m, d = t["dob"]
    _s71.append([f"T-25-{880 + i:04d}", t["name"], f"{y}/{m:02d}/{d:02d}", "運転免許証",
                 f"{G.pick(['30', '45', '46', '50'])}{G.r.randint(1000000000, 9999999999)}", f"2025/11/{10 + i}"])
add(expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=[],
    note="tutor register with licence numbers, but sent only to internal staff",
    charset="utf-8", sender=NONOMURA, to=[KYOMU, MIYAWAKI],
    subject="11月登録分の本人確認台帳",
    body="教務課・経理 各位\n\n11月前半に登録した講師6名の本人確認台帳です。共有フォルダにも格納済みです。\n\n野々村\n",
    attachments=[{"kind": "xlsx", "name": "本人確認台帳_2025-11前半.xlsx", "sheets": {"台帳": _s71}}])

# 072 — parents' meeting attendee list (full-width digits) to the hotel
_f72 = [G.family() for _ in range(7)]
_l72 = "\n".join(f"　{zen(str(i))}．{f['parent']} 様（{f['child_given']}さん保護者）　ＴＥＬ {zen(f['mobile'])}"
                 for i, f in enumerate(_f72, 1))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven parents' names and mobiles (full-width digits) sent to the hotel venue",
    charset="cp932", sender=TACHIBANA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="１２／２０ 保護者説明会 参加者名簿",
    body=("さくらホテル 宴会予約ご担当者様\n\nお世話になっております。日の出産業の立花です。\n"
          "１２月２０日（土）「高校受験 保護者説明会」の参加者名簿をお送りします。\n"
          "受付でのお名前確認にお使いください。\n\n" + _l72 +
          "\n\n当日、追加の参加者がいた場合は受付でご記入いただく形でお願いします。\n\n立花\n"))

# 073 — three trainers' rooms at the hotel (1–4 people)
_t73 = [G.tutor() for _ in range(3)]
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three tutors' names and mobiles for a hotel room booking: fewer than five people",
    charset="utf-8", sender=TACHIBANA, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約（1/24 講師研修会 スタッフ3名）",
    body=("さくらホテル 宿泊予約ご担当者様\n\nお世話になっております。日の出産業の立花です。\n"
          "1月24日（土）の講師研修会に合わせて、スタッフ3名分のシングルを1泊お願いします。\n\n"
          + "\n".join(f"　・{t['name']}　携帯 {t['mobile']}" for t in _t73) +
          "\n\n請求は弊社宛てでお願いします（法人契約番号 SH-2231）。\n\n立花\n"))

# 074 — liability insurance enrolment: nine tutors with 和暦 DOB (DOCX table)
_t74 = [G.tutor() for _ in range(9)]
_tab74 = [["No.", "氏名", "フリガナ", "生年月日", "所属大学"]]
for i, t in enumerate(_t74, 1):
    y, m, d = t["dob"]
    _tab74.append([str(i), t["name"], t["kata"], wareki(y, m, d, "zenabbr"), t["univ"]])
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="DOCX listing nine tutors with birth dates (和暦) sent to the insurer",
    charset="cp932", sender=MIYAWAKI, to=["ひなた損害保険 法人契約課 <hojin@hinata-sonpo.co.jp>"],
    subject="賠償責任保険 被保険者追加のお願い（12月始期）",
    body=("ひなた損害保険株式会社\n法人契約課 ご担当者様\n\nお世話になっております。日の出産業 経理課の宮脇です。\n"
          "家庭教師賠償責任保険の被保険者追加（9名）をお願いいたします。名簿を添付します。\n\n宮脇\n"),
    attachments=[{"kind": "docx", "name": "被保険者追加名簿_12月.docx",
                  "paragraphs": ["家庭教師賠償責任保険 被保険者追加名簿", "契約者：日の出産業株式会社", "始期：令和7年12月1日"],
                  "tables": [_tab74]}])

# 075 — applicant's criminal record, consultation with the law firm
_t75 = G.tutor()
y, m, d = _t75["dob"]
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="an applicant's criminal record (罰金刑) with name and birth date sent to outside counsel",
    charset="iso-2022-jp", sender=NONOMURA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"], cc=[SHOJI],
    subject="講師応募者の前歴に関するご相談（日本版DBS関連）",
    body=("白川先生\n\nいつもお世話になっております。日の出産業の野々村です。\n"
          "講師応募者1名について、面接後に本人から申告があり、対応をご相談させてください。\n\n"
          f"　応募者：{_t75['name']}（{wareki(y, m, d)}生）\n"
          "　申告内容：2023年に迷惑防止条例違反で逮捕され、罰金刑（略式命令）を受けたとのこと\n"
          "　応募職種：家庭教師（中学生女子の指導を希望）\n\n"
          "日本版DBSの施行前ですが、不採用とする場合の理由の伝え方、記録の保管方法についてご助言をお願いします。\n\n野々村\n"))

# =====================================================================================
# 076–100
# =====================================================================================

# 076 — general legal question (no individual)
add(expect="pass", entities=[], detectors=[],
    note="general question to the partner law firm about the DBS scheme; no individual is named",
    charset="utf-8", sender=SHOJI, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="こども性暴力防止法（日本版DBS）の適用範囲について",
    body=("白川先生\n\nいつもお世話になっております。日の出産業の東海林です。\n"
          "こども性暴力防止法の認定制度について、家庭教師派遣（業務委託の大学生講師）が対象となるか、"
          "また認定を受ける場合に必要な社内体制について、一度ご説明いただけますでしょうか。\n\n"
          "特に以下の点をお伺いしたいと考えております。\n"
          "　1. 業務委託の講師も「従事者」に含まれるか\n"
          "　2. 犯罪事実確認の記録の管理・廃棄のルール\n"
          "　3. 既存講師への確認のスケジュール\n\n"
          "来週以降でご都合のよい日時をお知らせください。\n\n東海林 健吾\n日の出産業株式会社 家庭教師事業部長\n"))

# 077 — crime-victim information about a student, to the new tutor
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="tells a tutor on gmail that a named student was the victim of a crime (痴漢被害)",
    charset="iso-2022-jp", sender=SAKAGUCHI, to=["nanami.sugiyama.jp@gmail.com"],
    subject="授業場所の変更について（鬼頭さん）",
    body=("杉山先生\n\nお疲れさまです。坂口です。\n"
          "鬼頭 美桜さん（高1）の授業場所ですが、来週から駅前の学習スペースではなくご自宅に変更になります。\n\n"
          "理由をお伝えしておきます。美桜さんは先月、通学中の電車で痴漢の被害に遭い、現在警察に被害届を出しているそうです。\n"
          "夕方以降の外出を控えたいとのご家庭のご希望です。\n"
          "本人の前ではこの話題に触れないよう、くれぐれもお願いします。\n\n坂口\n"))

# 078 — location change without any reason (pass)
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="lesson location change sent to a tutor; the new place is a public facility, no personal data",
    charset="utf-8", sender=SAKAGUCHI, to=["naoki.endo.w@gmail.com"],
    subject="授業場所の変更（12月から）",
    body=("遠藤先生\n\nお疲れさまです。坂口です。\n"
          "火曜日の中3の生徒さんですが、ご家庭の都合で12月から授業場所が変わります。\n\n"
          "　新しい場所：府中市立 若松地区センター 2F 学習室B\n"
          "　　　　　　　（東京都府中市若松町1-28-2　TEL 042-360-5511）\n"
          "　利用時間　：18:00〜19:30（予約はこちらで済ませています）\n\n"
          "受付で「日の出産業の家庭教師」とお伝えください。\n\n坂口\n"))

# 079 — religion of a family told to a tutor
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named family's religious belief sent to a tutor on free mail (信条 is 要配慮個人情報)",
    charset="cp932", sender=SAKAGUCHI, to=["r.kochiya@outlook.jp"],
    subject="東風谷先生へ：新しいご家庭の注意点",
    body=("東風谷先生\n\nいつもありがとうございます。坂口です。\n"
          "来月から担当いただく左右田 蓮くん（小6）のご家庭について、事前にお伝えします。\n\n"
          "・ご家庭は○○教会の熱心な信者で、日曜日は礼拝のため授業不可です。\n"
          "・クリスマスや誕生日の話題は避けてほしいとのことです（宗教上の理由）。\n"
          "・おやつやお茶はご辞退されるとのことで、先生もお持ち込みは控えてください。\n\n"
          "何かあれば私までご連絡ください。\n\n坂口\n"))

# 080 — a tutor's epilepsy told to a family
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named tutor's medical condition (てんかん・服薬) disclosed to a family on gmail",
    charset="utf-8", sender=SAKAGUCHI, to=["ueda.tomoko.home@gmail.com"],
    subject="担当講師の変更について",
    body=("上田 様\n\nいつもお世話になっております。坂口です。\n"
          "12月の授業がたびたび休講となり、大変ご迷惑をおかけしております。\n\n"
          "担当の我妻 悠真先生ですが、持病のてんかんの発作があり、現在薬の調整のため通院しております。\n"
          "主治医から、しばらくは夜間の移動を控えるよう言われているとのことです。\n"
          "つきましては、1月から担当を別の先生に交代させていただければと存じます。\n\n"
          "後任の候補は改めてご連絡いたします。\n" + sig("坂口 美咲", "学習コーディネーター", f"m.sakaguchi@{DOM}", 1)))

# 081 — English: NDA and curriculum licensing (pass)
add(expect="pass", entities=[], detectors=[],
    note="English mail about an NDA and licensing terms; mentions confidentiality but carries no marking",
    charset="utf-8", sender=MORIMOTO, to=["Daniel Reyes <dreyes@mathbridge-edu.com>"],
    subject="NDA and next steps on the curriculum licence",
    body=("Dear Daniel,\n\nThank you for sending over your mutual NDA. Our legal team has two comments:\n\n"
          "  - Clause 3 (Confidential Information): we would like oral disclosures to be confirmed in writing "
          "within 30 days.\n"
          "  - Clause 9 (Term): three years after termination rather than two.\n\n"
          "Once the NDA is signed, we would be glad to review the Grade 7-9 maths curriculum and discuss a "
          "licence for our home-tutoring service in Japan. Would a video call on 9 or 10 December work?\n\n"
          "Kind regards,\n" + SIG_EN))

# 082 — English: PDF stamped CONFIDENTIAL to the overseas partner
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a 'CONFIDENTIAL - Internal Only' page header and goes to an overseas partner",
    charset="utf-8", sender=MORIMOTO, to=["Olivia Grant <olivia.grant@brightpath-learning.com>"],
    subject="Our FY2025 H1 figures for the partnership review",
    body=("Hi Olivia,\n\nAhead of the partnership review, here are our first-half figures for the home-tutoring "
          "business. Happy to walk you through them on Friday.\n\nBest,\nTakashi\n" + SIG_EN),
    attachments=[{"kind": "pdf", "name": "HomeTutoring_H1_FY2025.pdf", "title": "Home Tutoring H1 FY2025",
                  "page_header": "CONFIDENTIAL - Internal Only", "page_footer": "Hinode Sangyo Co., Ltd.",
                  "lines": ["Home Tutoring Division - H1 FY2025 results", "", "Active students: 3,412 (+8.1% YoY)",
                            "Registered tutors: 1,906", "Revenue: JPY 1,284m (+6.4%)", "Operating margin: 11.2%",
                            "Churn (monthly): 2.7%"]}])

# 083 — English: padded table of six international tutors to an overseas agency
_names83 = [("Nguyen Van Minh", "Vietnam"), ("Li Wen", "China"), ("Priya Raman", "India"),
            ("Kim Seo-yeon", "Korea"), ("Ahmad Faiz", "Malaysia"), ("Maria Santos", "Philippines")]
_l83 = ["Name                 Mobile           E-mail                          Subjects",
        "-------------------- ---------------- ------------------------------- -------------"]
for n, _c in _names83:
    mail = n.lower().replace(" ", ".").replace("-", "") + f"{G.r.randint(1, 99)}@gmail.com"
    _l83.append(f"{n:<20} {G.mobile():<16} {mail:<31} {G.pick(['English', 'Math', 'English/Math', 'Chinese'])}")
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six international tutors' mobiles and e-mails in a plain-text table to an overseas agency",
    charset="utf-8", sender=MORIMOTO, to=["Hannah Lim <hannah@lumen-tutors.com>"],
    subject="Tutors available for your bilingual programme",
    body=("Hi Hannah,\n\nFollowing our conversation, these international students are registered with us and "
          "interested in teaching in your bilingual programme from April. Feel free to contact them directly.\n\n"
          + "\n".join(_l83) + "\n\nAll of them hold a valid work permission for up to 28 hours a week.\n\n"
          "Best regards,\n" + SIG_EN + DISC_EN))

# 084 — application acknowledgement with application number and disclaimer
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="application acknowledgement with an application number and the standard disclaimer",
    charset="iso-2022-jp", sender=f"ひので家庭教師センター <info@{DOM}>", to=["tanaka-yumi.0620@docomo.ne.jp"],
    subject="【ひので家庭教師センター】お申し込みを受け付けました（受付番号 A25-03355）",
    body=("田中 様\n\nこのたびは、ひので家庭教師センターにお申し込みいただき、誠にありがとうございます。\n"
          "以下の受付番号でお申し込みを承りました。\n\n　受付番号：A25-03355\n　受付日時：2025年11月24日 21:18\n\n"
          "2営業日以内に、担当の学習コーディネーターよりお電話いたします。\n"
          "お問い合わせの際は、受付番号をお伝えください。\n\n"
          "ひので家庭教師センター（日の出産業株式会社）\nフリーダイヤル 0120-41-7766（平日10:00〜20:00）\n"
          "※本メールは送信専用アドレスから送信しています。\n" + DISC_JP))

# 085 — XLSX of applications (two sheets) to another franchise operator
_f85 = [G.family() for _ in range(6)]
_s85a = [["申込一覧（船橋・市川エリア）11月分"], ["受付番号", "保護者", "生徒", "学年", "住所", "電話", "メール"]]
_s85b = [["受付番号", "希望科目", "希望曜日", "講師の希望", "備考"]]
for i, f in enumerate(_f85):
    no = f"A25-{3400 + i:05d}"
    _s85a.append([no, f["parent"], f["child"], f["grade"], f["addr"], f["mobile"], f["email"]])
    _s85b.append([no, G.pick(["数学", "英語", "数学・英語", "国語", "理科"]), G.pick(["月", "火・金", "水", "土"]),
                  G.pick(["女性", "指定なし", "理系の先生", "同性"]), G.pick(["", "兄も検討中", "", "塾と併用"])])
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="XLSX of six families' applications (addresses, phones, e-mails) sent to a franchise operator",
    charset="utf-8", sender=TACHIBANA, to=["千葉まなびサービス 船橋校 <funabashi@chiba-manabi.co.jp>"],
    subject="11月 本部受付分の申込データ（船橋・市川）",
    body=("千葉まなびサービス株式会社\n船橋校 御中\n\nお世話になっております。本部の立花です。\n"
          "11月に本部で受け付けた船橋・市川エリアのお申し込みデータをお送りします。\n"
          "2枚目に希望条件をまとめています。12月5日までに初回コールをお願いします。\n\n"
          + sig("立花 由紀子", "エリアマネージャー", f"y.tachibana@{DOM}", 2)),
    attachments=[{"kind": "xlsx", "name": "申込データ_船橋市川_202511.xlsx",
                  "sheets": {"申込一覧": _s85a, "希望条件": _s85b}}])

# 086 — the same kind of workbook, internal only (subdomain)
_f86 = [G.family() for _ in range(9)]
_s86 = [["受付番号", "保護者", "生徒", "学年", "住所", "電話", "メール", "担当"]]
for i, f in enumerate(_f86):
    _s86.append([f"A25-{3500 + i:05d}", f["parent"], f["child"], f["grade"], f["addr"], f["home"], f["email"],
                 G.pick(["坂口", "高嶋", "丹羽"])])
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="application workbook sent only to internal addresses (incl. mail.hinode-sangyo.co.jp)",
    charset="cp932", sender=TACHIBANA, to=[KATEI_ML], cc=[SAKAGUCHI],
    subject="担当割り振り（11/24受付分）",
    body="コーディネーター各位\n\n11/24受付分の担当を割り振りました。各自、本日中に初回コールをお願いします。\n\n立花\n",
    attachments=[{"kind": "xlsx", "name": "担当割振_1124.xlsx", "sheets": {"割振": _s86}}])

# 087 — case meeting: school, city office and parent all visible, with diagnosis
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    note="school, city office and a parent visible to each other in To/Cc, and the child's diagnosis in the text",
    charset="iso-2022-jp", sender=SAKAGUCHI,
    to=["桜ヶ丘中学校 スクールカウンセラー 沢井先生 <sc-sawai@sakuragaoka-jhs.ed.jp>",
        "寿市 子ども発達相談センター <hattatsu@city.kotobuki.lg.jp>"],
    cc=["薬袋 様 <minai.akiko@yahoo.co.jp>"],
    subject="薬袋 葵さんの支援会議（12/12）について",
    body=("関係者各位\n\nお世話になっております。ひので家庭教師センターの坂口です。\n"
          "薬袋 葵さん（中学1年）の支援会議を、下記のとおり開催させていただきます。\n\n"
          "　日時：12月12日（金）16:00〜17:00\n　場所：桜ヶ丘中学校 相談室\n\n"
          "事前共有：葵さんは小学4年時にASD（自閉スペクトラム症）と診断され、2学期から別室登校が続いています。\n"
          "家庭教師の授業では、視覚的な手順表を使うと落ち着いて取り組めています。\n\n"
          "ご都合が悪い方はお知らせください。\n\n坂口 美咲\n"))

# 088 — two external organisations, meeting logistics only
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (school and city office) in To/Cc; meeting logistics only",
    charset="utf-8", sender=TACHIBANA,
    to=["桜ヶ丘中学校 教務主任 <kyomu@sakuragaoka-jhs.ed.jp>"], cc=["寿市 教育委員会 学びの支援係 <manabi@city.kotobuki.lg.jp>"],
    subject="放課後学習支援事業 3学期の打合せ",
    body=("桜ヶ丘中学校 大河内先生\n（cc：寿市教育委員会 学びの支援係 ご担当者様）\n\n"
          "お世話になっております。日の出産業の立花です。\n"
          "3学期の放課後学習支援について、打合せの日程をご相談させてください。\n\n"
          "　候補①：1月8日（木）16:00〜\n　候補②：1月9日（金）15:30〜\n\n"
          "議題は、実施曜日の変更、講師の増員、年度末の報告書の様式です。\n\n立花 由紀子\n"))

# 089 — EITHER: five tutor candidate profiles (no contact data) to a parent
_t89 = [G.tutor() for _ in range(5)]
_l89 = "\n".join(f"・{t['surname']}先生　{t['univ']} {t['faculty']}{t['year']}年　"
                 f"{G.pick(['中学受験経験あり', '英検準1級', '数検2級', '部活と両立の経験', '塾講師経験2年'])}　"
                 f"{G.pick(['男性', '女性'])}" for t in _t89)
add(expect="either", entities=["PERSON_NAME"], detectors=["freemail_recipient", "personal_data"],
    note="five tutor candidates (surname, university, year, gender) offered to a parent: a list of people, "
         "but no contact or ID data; a privacy officer could judge it either way",
    charset="cp932", sender=SAKAGUCHI, to=["hasegawa.mari.77@yahoo.co.jp"],
    subject="講師候補のご案内（5名）",
    body=("長谷川 様\n\nお待たせいたしました。ご希望の条件で講師候補を5名選びました。\n\n"
          + _l89 + "\n\nお気になる先生がいらっしゃれば、体験授業を設定いたします。\n\n坂口\n"))

# 090 — one family's debit application to the bank (one person)
_f90 = G.family()
_a90 = G.account()
add(expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one family's debit account sent to the partner bank for a correction: one person's record",
    charset="iso-2022-jp", sender=MIYAWAKI, to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    subject="口座振替依頼書 不備訂正の件（1件）",
    body=("みどり銀行 収納サービス課 ご担当者様\n\nお世話になっております。日の出産業の宮脇です。\n"
          "先日返却された口座振替依頼書1件について、お客様に確認のうえ訂正いたしました。\n\n"
          f"　預金者名：{_f90['parent_kata']}\n"
          f"　口座：みどり銀行 {G.pick(BANKS[0][1])} 普通 {_a90['no']}\n"
          "　不備内容：届出印の相違 → 再押印済み\n\n原本は本日郵送いたします。\n\n宮脇\n"))

# 091 — legacy XLS of failed debits to a franchise operator
_f91 = [G.family() for _ in range(6)]
_x91 = [["振替不能一覧（11月27日振替分）"], ["会員番号", "契約者", "電話", "金融機関", "口座番号", "不能理由", "金額"]]
for i, f in enumerate(_f91):
    a = G.account()
    _x91.append([f"HK{25000 + i * 13}", f["parent"], f["home"], f"{a['bank']} {a['branch']}", a["no"],
                 G.pick(["残高不足", "残高不足", "取引なし", "預金者都合"]), G.pick([18700, 22000, 23100, 15400])])
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="legacy XLS of six families' failed debits (accounts, phones) sent to a franchise operator",
    charset="cp932", sender=MIYAWAKI, to=["ヨコハマ教育サービス 経理 <keiri@yokohama-kyoiku.co.jp>"],
    subject="11月 振替不能分（青葉台校）",
    body=("ヨコハマ教育サービス 経理ご担当者様\n\n本部経理の宮脇です。\n"
          "青葉台校の11月振替不能分を添付します。各ご家庭へ振込のご案内をお願いします。\n"
          "（旧システムからの出力のため .xls 形式です）\n\n宮脇\n"),
    attachments=[{"kind": "xls", "name": "furikae_funou_aobadai.xls", "sheets": {"不能一覧": _x91}}])

# 092 — HTML newsletter to parents in Bcc
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="newsletter to parents correctly in Bcc; no personal data",
    charset="utf-8", sender=f"ひので家庭教師センター <news@{DOM}>", to=[f"news@{DOM}"],
    bcc=["ishida.kaori@gmail.com", "wada_s512@yahoo.co.jp", "noguchi.family@icloud.com", "yokoyama-n@ezweb.ne.jp",
         "takeuchi.r@outlook.jp", "iwasaki.home@gmail.com"],
    subject="ひのでだより 12月号｜冬休みの学習計画の立て方",
    body=("ひのでだより 12月号\n\n冬休みの学習計画の立て方、年末年始の休講日、1月の料金改定のお知らせを掲載しています。\n"
          "HTML表示に対応していない方は、Webサイトのお知らせ欄をご覧ください。\n"),
    html=("<html><body><h2>ひのでだより 12月号</h2>"
          "<h3>冬休みの学習計画は「3つの箱」で</h3><p>復習・予習・苦手克服の3つに時間を分けて……</p>"
          "<h3>年末年始の休講日</h3><table border='1'><tr><th>期間</th><th>内容</th></tr>"
          "<tr><td>12/29〜1/3</td><td>全授業休講・事務局休業</td></tr></table>"
          "<h3>1月からの料金改定</h3><p>詳しくは同封のお知らせをご覧ください。</p>"
          "<p>ひので家庭教師センター　フリーダイヤル 0120-41-7766</p></body></html>"))

# 093 — newsletter with five parents visible in To
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five parents' private addresses visible to each other in To: should have been Bcc",
    charset="iso-2022-jp", sender=SAKAGUCHI,
    to=["matsuda.home@gmail.com", "miura-naomi@yahoo.co.jp", "k.fujimoto@icloud.com", "sugawara_m@docomo.ne.jp",
        "ando.yuko.1985@outlook.jp"],
    subject="年末年始の休講と振替のお知らせ",
    body=("保護者の皆さま\n\nいつもありがとうございます。ひので家庭教師センターの坂口です。\n"
          "12月29日から1月3日までは全授業お休みとなります。該当日の授業は、担当講師から振替日をご相談いたします。\n\n"
          "よいお年をお迎えください。\n\n坂口\n"))

# 094 — interview scheduling with an applicant
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="interview scheduling with one applicant on gmail; only the interviewer's name",
    charset="cp932", sender=NONOMURA, to=["sota.hirano.0901@gmail.com"],
    subject="【日の出産業】講師登録面接の日程について",
    body=("平野 颯太 様\n\n家庭教師スタッフへのご応募ありがとうございます。講師採用チームの野々村です。\n"
          "面接（オンライン・30分）の候補日をお送りします。\n\n"
          "　・12月2日（火）16:00 / 17:00\n　・12月4日（木）18:00 / 19:00\n\n"
          "面接当日は、学生証と本人確認書類をお手元にご用意ください（画面越しに確認します。コピーの送付は不要です）。\n"
          + sig("野々村 亮", "講師採用チーム", f"r.nonomura@{DOM}", 1)))

# 095 — interview evaluations of five applicants to the career office
_t95 = [G.tutor() for _ in range(5)]
_b95 = "\n\n".join(f"◇{t['name']}さん（{t['faculty']}{t['year']}年）\n　連絡先：{t['mobile']}\n"
                   f"　評価：{G.pick(['A', 'B', 'B', 'C'])}／{G.pick(['説明が丁寧', '表情がかたい', '受験指導に強い', '遅刻あり'])}\n"
                   f"　結果：{G.pick(['採用', '採用', '保留', '不採用'])}" for t in _t95)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five applicants' interview results and mobiles sent to the university career office",
    charset="utf-8", sender=NONOMURA, to=["東邦学院大学 就職課 平塚様 <shushoku@tohogakuin.ac.jp>"],
    subject="説明会経由の応募者の選考結果",
    body=("平塚様\n\nお世話になっております。野々村です。\n"
          "11月の学内説明会から応募いただいた貴学の学生さん5名の選考結果をお知らせします。\n\n"
          + _b95 + "\n\n引き続きよろしくお願いいたします。\n\n野々村\n"))

# 096 — internal discussion of an applicant's depression history
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="an applicant's medical history discussed among internal staff only",
    charset="iso-2022-jp", sender=NONOMURA, to=[SHOJI], cc=[f"人事部 <jinji@{DOM}>"],
    subject="応募者の健康状態の申告について（相談）",
    body=("東海林部長\n\n野々村です。面接で申告があった件、ご相談です。\n\n"
          "応募者：正親町 千尋さん（青嶺女子大学 文学部3年）\n"
          "申告内容：昨年うつ病で半年休学、現在は通院しながら服薬中。主治医からアルバイトの許可は出ている。\n\n"
          "指導力は高く、本人も週1回からの勤務を希望しています。\n"
          "健康状態を理由に不採用とするのは適切でないと考えますが、担当数の上限を設けるなどの配慮案を検討したいです。\n\n野々村\n"))

# 097 — look-alike of the logistics partner (aoba-unyu.jp, "co." dropped)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain aoba-unyu.jp is a look-alike of partner aoba-unyu.co.jp",
    charset="cp932", sender=ONODERA, to=["青葉運輸 集荷受付 <shuka@aoba-unyu.jp>"],
    subject="集荷依頼（12/3 本社）",
    body=("青葉運輸 集荷受付ご担当者様\n\nいつもお世話になっております。日の出産業の小野寺です。\n"
          "下記のとおり集荷をお願いいたします。\n\n"
          "　集荷日時：12月3日（水）15:00〜17:00\n　集荷場所：本社5F 受付前\n"
          "　個数：教材箱 120サイズ × 42個\n　お客様コード：AB-55120\n\n小野寺\n"))

# 098 — three deliveries to the logistics partner (1–4 people)
_f98 = [G.family() for _ in range(3)]
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three families' delivery addresses to the logistics partner: fewer than five people",
    charset="utf-8", sender=ONODERA, to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="個別配送3件の追加",
    body=("青葉運輸 法人営業 ご担当者様\n\n小野寺です。本日の集荷分に、個別配送3件を追加させてください。\n\n"
          + "\n".join(f"{i}) {f['parent']} 様\n   〒{f['zip']} {f['addr']}\n   TEL {f['home']}" for i, f in enumerate(_f98, 1)) +
          "\n\nいずれも教材箱60サイズ1個、時間指定は18-20時です。\n\n小野寺\n"))

# 099 — shipping labels for nine families (UTF-8 CSV) to the logistics partner
_f99 = [G.family() for _ in range(9)]
_rows99 = [["お届け先郵便番号", "お届け先住所", "お届け先名", "お届け先電話", "品名", "サイズ", "配達指定"]]
for f in _f99:
    _rows99.append([f["zip"], f["addr"], f["parent"] + " 様", f["home"], "冬期教材", "60", G.pick(["午前", "14-16", "18-20", "指定なし"])])
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of nine families' delivery addresses and phones sent to the logistics partner",
    charset="iso-2022-jp", sender=ONODERA, to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="送り状データ（冬期教材 第2便）",
    body=("青葉運輸 法人営業 ご担当者様\n\n第2便の送り状データを添付します（UTF-8）。\n"
          "発送日は12月5日でお願いいたします。\n\n日の出産業 広報・販促 小野寺\n"),
    attachments=[{"kind": "csv", "name": "okurijo_02.csv", "encoding": "utf-8", "rows": _rows99}])

# 100 — reply to a partner's HR contact (one business contact), Outlook quote
add(expect="pass", entities=[], detectors=[],
    note="reply to a partner's HR contact about the welfare programme; business contact and quoted text only",
    charset="cp932", sender=SHOJI, to=["川崎電機 人事部 福利厚生課 堀内様 <horiuchi@kawasaki-denki.co.jp>"],
    subject="RE: 来年度の家庭教師利用補助について",
    body=("堀内様\n\nご連絡ありがとうございます。東海林です。\n"
          "来年度も補助制度を継続いただけるとのこと、誠にありがとうございます。\n"
          "社員様向けの案内チラシを改訂しますので、1月中に校正をお送りいたします。\n"
          "補助額（月額上限10,000円）と対象学年（小1〜高3）は今年度と同じと理解しております。\n\n"
          "東海林 健吾\n日の出産業株式会社 家庭教師事業部長\nTEL 03-5338-7120\n\n"
          "差出人: 堀内 正樹 <horiuchi@kawasaki-denki.co.jp>\n送信日時: 2025年11月25日 10:14\n"
          "宛先: 東海林 健吾 <k.shoji@hinode-sangyo.co.jp>\n件名: 来年度の家庭教師利用補助について\n\n"
          "東海林様\n\n来年度も現行の条件で補助制度を継続することが決まりました。\n"
          "川崎電機株式会社 人事部 福利厚生課 堀内 正樹\nTEL 044-555-0187（直通）\n"))
