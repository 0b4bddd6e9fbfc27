"""Blind corpus — area: juku (日の出産業 教育事業部「ひので学院」: 学習塾・模試・講習・合宿・奨学金).

Written from BRIEF.md only.  Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

# -- invented people ---------------------------------------------------------------------

_SUR = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("四十物", "あいもの", "Aimono"),
    ("小鳥遊", "たかなし", "Takanashi"), ("東海林", "しょうじ", "Shoji"),
    ("百目鬼", "どうめき", "Domeki"), ("寒河江", "さがえ", "Sagae"),
    ("我妻", "わがつま", "Wagatsuma"), ("苫米地", "とまべち", "Tomabechi"),
    ("蓬田", "よもぎだ", "Yomogida"), ("宍戸", "ししど", "Shishido"),
    ("波多野", "はたの", "Hatano"), ("栗林", "くりばやし", "Kuribayashi"),
    ("及川", "おいかわ", "Oikawa"), ("一戸", "いちのへ", "Ichinohe"),
    ("左右田", "そうだ", "Soda"), ("鬼頭", "きとう", "Kito"),
    ("御手洗", "みたらい", "Mitarai"), ("薬袋", "みない", "Minai"),
    ("九十九", "つくも", "Tsukumo"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"),
    ("中村", "なかむら", "Nakamura"), ("伊藤", "いとう", "Ito"),
    ("渡辺", "わたなべ", "Watanabe"), ("山本", "やまもと", "Yamamoto"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"),
    ("吉田", "よしだ", "Yoshida"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
    ("森", "もり", "Mori"), ("阿部", "あべ", "Abe"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡田", "おかだ", "Okada"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"),
    ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"),
    ("藤井", "ふじい", "Fujii"), ("岡本", "おかもと", "Okamoto"),
    ("松田", "まつだ", "Matsuda"), ("中川", "なかがわ", "Nakagawa"),
    ("中野", "なかの", "Nakano"), ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"),
    ("田村", "たむら", "Tamura"), ("竹内", "たけうち", "Takeuchi"),
    ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中山", "なかやま", "Nakayama"), ("石井", "いしい", "Ishii"),
    ("上田", "うえだ", "Ueda"), ("森田", "もりた", "Morita"), ("柴田", "しばた", "Shibata"),
    ("酒井", "さかい", "Sakai"), ("工藤", "くどう", "Kudo"),
    ("横山", "よこやま", "Yokoyama"), ("宮崎", "みやざき", "Miyazaki"),
    ("内田", "うちだ", "Uchida"), ("高木", "たかぎ", "Takagi"),
    ("安藤", "あんどう", "Ando"), ("谷口", "たにぐち", "Taniguchi"),
    ("丸山", "まるやま", "Maruyama"), ("今井", "いまい", "Imai"),
    ("河野", "こうの", "Kono"), ("小山", "こやま", "Koyama"), ("千葉", "ちば", "Chiba"),
    ("岩崎", "いわさき", "Iwasaki"), ("桜井", "さくらい", "Sakurai"),
    ("野口", "のぐち", "Noguchi"), ("菅原", "すがわら", "Sugawara"),
    ("木下", "きのした", "Kinoshita"), ("野村", "のむら", "Nomura"),
    ("菊地", "きくち", "Kikuchi"), ("真壁", "まかべ", "Makabe"),
    ("猪俣", "いのまた", "Inomata"), ("日比野", "ひびの", "Hibino"),
]
_GIV = [
    ("蒼真", "そうま", "Soma", "男"), ("陽翔", "はると", "Haruto", "男"),
    ("湊", "みなと", "Minato", "男"), ("悠真", "ゆうま", "Yuma", "男"),
    ("大和", "やまと", "Yamato", "男"), ("蓮", "れん", "Ren", "男"),
    ("颯太", "そうた", "Sota", "男"), ("樹", "いつき", "Itsuki", "男"),
    ("律", "りつ", "Ritsu", "男"), ("朔", "さく", "Saku", "男"),
    ("陸斗", "りくと", "Rikuto", "男"), ("晴", "はる", "Haru", "男"),
    ("結衣", "ゆい", "Yui", "女"), ("陽菜", "ひな", "Hina", "女"),
    ("葵", "あおい", "Aoi", "女"), ("凛", "りん", "Rin", "女"),
    ("芽依", "めい", "Mei", "女"), ("紬", "つむぎ", "Tsumugi", "女"),
    ("咲良", "さくら", "Sakura", "女"), ("心春", "こはる", "Koharu", "女"),
    ("美桜", "みお", "Mio", "女"), ("杏", "あん", "An", "女"),
    ("結菜", "ゆいな", "Yuina", "女"), ("詩織", "しおり", "Shiori", "女"),
    ("創", "はじめ", "Hajime", "男"), ("千晴", "ちはる", "Chiharu", "女"),
]
_GUA = [
    ("健一", "けんいち", "Kenichi"), ("真由美", "まゆみ", "Mayumi"), ("浩二", "こうじ", "Koji"),
    ("恵子", "けいこ", "Keiko"), ("大輔", "だいすけ", "Daisuke"), ("由佳", "ゆか", "Yuka"),
    ("拓也", "たくや", "Takuya"), ("亜希子", "あきこ", "Akiko"), ("智子", "ともこ", "Tomoko"),
    ("誠", "まこと", "Makoto"), ("千尋", "ちひろ", "Chihiro"), ("直樹", "なおき", "Naoki"),
    ("香織", "かおり", "Kaori"), ("隆", "たかし", "Takashi"), ("明美", "あけみ", "Akemi"),
    ("聡", "さとし", "Satoshi"), ("麻衣", "まい", "Mai"), ("剛", "つよし", "Tsuyoshi"),
]
_ADDR = [
    ("223-0061", "神奈川県横浜市港北区日吉", "045"), ("223-0052", "神奈川県横浜市港北区綱島東", "045"),
    ("222-0037", "神奈川県横浜市港北区大倉山", "045"), ("222-0011", "神奈川県横浜市港北区菊名", "045"),
    ("223-0057", "神奈川県横浜市港北区新羽町", "045"), ("211-0063", "神奈川県川崎市中原区小杉町", "044"),
    ("212-0024", "神奈川県川崎市幸区塚越", "044"), ("224-0003", "神奈川県横浜市都筑区中川中央", "045"),
    ("226-0025", "神奈川県横浜市緑区十日市場町", "045"), ("154-0023", "東京都世田谷区若林", "03"),
    ("146-0082", "東京都大田区池上", "03"), ("194-0013", "東京都町田市原町田", "042"),
    ("223-0064", "神奈川県横浜市港北区下田町", "045"), ("211-0004", "神奈川県川崎市中原区新丸子東", "044"),
]
_BLDG = ["グリーンハイツ", "コーポ桜", "メゾン・ド・ソレイユ", "パークサイド", "レジデンス翠",
         "ハイム若葉"]
_SCH = ["市立日吉台西中", "市立綱島東中", "市立大倉山中", "市立菊名北中", "市立新羽中",
        "市立高田南中", "市立中原台中", "私立白鷺学園中"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "outlook.jp"]
GRADE_NUM = {"小4": 4, "小5": 5, "小6": 6, "中1": 7, "中2": 8, "中3": 9,
             "高1": 10, "高2": 11, "高3": 12}


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def people(seed: str, n: int, grades=("中1", "中2", "中3")) -> list[dict]:
    rng = random.Random(f"juku-people-{seed}")
    out = []
    for s in rng.sample(_SUR, n):
        g = rng.choice(_GIV)
        gu = rng.choice(_GUA)
        grade = rng.choice(grades)
        k = GRADE_NUM[grade]
        m = rng.randint(1, 12)
        y = 2019 - k + (1 if m <= 3 else 0)
        d = rng.randint(1, 28)
        zipc, city, area = rng.choice(_ADDR)
        addr = f"{city}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.3:
            addr += f" {rng.choice(_BLDG)}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
        dom = rng.choice(_FREE)
        user = rng.choice([f"{gu[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{rng.randint(60, 99)}",
                           f"{gu[2][0].lower()}{s[2].lower()}{rng.randint(1, 999)}",
                           f"{s[2].lower()}-family", f"{gu[2].lower()}_{rng.randint(100, 9999)}"])
        out.append(dict(
            sei=s[0], kana_sei=s[1], ro_sei=s[2], mei=g[0], kana_mei=g[1], ro_mei=g[2], sex=g[3],
            name=f"{s[0]} {g[0]}", kana=f"{s[1]} {g[1]}", romaji=f"{g[2]} {s[2]}",
            guardian=f"{s[0]} {gu[0]}", guardian_kana=kata(f"{s[1]} {gu[1]}"),
            grade=grade, dob=(y, m, d), school=rng.choice(_SCH),
            tel=f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            home=(f"03-{rng.randint(3100, 6999)}-{rng.randint(1000, 9999)}" if area == "03" else
                  f"{area}-{rng.randint(300, 999)}-{rng.randint(1000, 9999)}"),
            mail=f"{user}@{dom}", zip=zipc, addr=addr,
            sid=f"{rng.randint(20, 25)}{rng.randint(1000, 9999)}",
            score=[rng.randint(38, 98) for _ in range(5)],
            rng=rng,
        ))
    return out


def wareki(dob: tuple, style: str = "long") -> str:
    y, m, d = dob
    h = y - 1988
    if style == "long":
        return f"平成{h}年{m}月{d}日"
    if style == "short":
        return f"H{h}.{m}.{d}"
    return f"Ｈ{h}．{m}．{d}".translate(FW)


def seireki(dob: tuple, sep: str = "/") -> str:
    y, m, d = dob
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - _w(s), 0)


def zpad(s: str, w: int) -> str:
    n = max(w - _w(s), 0)
    return s + "　" * (n // 2) + " " * (n % 2)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- signatures --------------------------------------------------------------------------

SIG_HIYOSHI = """
――――――――――――――――――――
日の出産業株式会社 教育事業部
ひので学院 日吉校 校舎長　安達 恭平
〒223-0061 神奈川県横浜市港北区日吉2-8-15 日吉第二ビル3F
TEL 045-562-3811／FAX 045-562-3812
adachi.k@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_HONBU = """
--
日の出産業株式会社
教育事業部 本部運営課　{name}
〒231-0023 神奈川県横浜市中区山下町28-3 日の出ビル6F
TEL: 045-650-7710（代表）  FAX: 045-650-7719
https://www.hinode-sangyo.co.jp/gakuin/"""

SIG_TSUNA = """
***********************************
ひので学院 綱島校（日の出産業株式会社）
教室長　大屋 茉莉子
TEL 045-531-2207
受付時間 14:00〜21:30（日・祝休）
***********************************"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""


MESSAGES: list[dict] = []

# =======================================================================================
# STOP — lists of people
# =======================================================================================

_p = people("001", 8, ("中2", "中3"))
MESSAGES.append({
    "id": "juku-001",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 students with guardians' emergency mobiles in a padded text table to a hotel",
    "sender": f"安達 恭平 <adachi.k@{D}>",
    "to": ["さくらホテル 宿泊営業部 松岡様 <matsuoka@sakura-hotel.jp>"],
    "subject": "夏期勉強合宿 参加者名簿の送付（8/4〜8/7 ひので学院日吉校）",
    "charset": "utf-8",
    "body": "さくらホテル 宿泊営業部\n松岡様\n\nいつもお世話になっております。ひので学院日吉校の安達です。\n"
            "8月4日からの夏期勉強合宿につきまして、参加生徒の名簿をお送りいたします。\n"
            "部屋割りのご参考と、夜間の緊急連絡先としてご利用ください。\n\n"
            + pad("No", 4) + pad("氏名", 16) + pad("ふりがな", 22) + pad("学年", 6) + pad("性別", 6)
            + "緊急連絡先(保護者)\n"
            + "-" * 4 + " " + "-" * 15 + " " + "-" * 21 + " " + "-" * 5 + " " + "-" * 5 + " " + "-" * 14 + "\n"
            + "\n".join(pad(str(i + 1), 4) + pad(p["name"], 16) + pad(p["kana"], 22) + pad(p["grade"], 6)
                        + pad(p["sex"], 6) + p["tel"] for i, p in enumerate(_p))
            + "\n\n引率は講師3名（男性2・女性1）です。食事の時間は別途ご相談させてください。\n"
            "よろしくお願いいたします。\n" + SIG_HIYOSHI,
})

_p = people("002", 10, ("中3",))
MESSAGES.append({
    "id": "juku-002",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated mock-exam results with students' home addresses sent to the printer",
    "sender": f"本部運営課 三ツ矢 <mitsuya.h@{D}>",
    "to": [f"錦印刷 営業二課 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "subject": "第2回学力診断テスト 個別成績表 印刷・郵送データ",
    "charset": "cp932",
    "body": "錦印刷株式会社\n営業二課 大森様\n\nお世話になっております。日の出産業 教育事業部の三ツ矢です。\n"
            "先日ご相談した個別成績表の郵送分（日吉校・中3）のデータをお送りします。\n"
            "タブ区切りですので、そのままExcelに貼り付けていただければと思います。\n\n"
            "受験番号\t氏名\t学年\t郵便番号\t住所\t国語\t数学\t英語\t3科偏差値\n"
            + "\n".join(f"25{p['sid']}\t{p['name']}\t{p['grade']}\t〒{p['zip']}\t{p['addr']}\t"
                        f"{p['score'][0]}\t{p['score'][1]}\t{p['score'][2]}\t"
                        f"{round(35 + sum(p['score'][:3]) / 10, 1)}" for p in _p)
            + "\n\n校正は来週火曜までにPDFでいただけますと助かります。\n"
            + SIG_HONBU.format(name="三ツ矢 浩"),
})

_p = people("003", 12, ("小5", "小6", "中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-003",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "12 guardians' bank accounts for tuition direct debit, CSV pasted into the body, to the bank",
    "sender": f"経理 小西 <konishi.y@{D}>",
    "to": ["みどり銀行 法人営業部 口座振替担当 <furikae@midori-ginko.co.jp>"],
    "subject": "口座振替依頼（授業料）新規登録分12件について",
    "charset": "iso-2022-jp",
    "body": "みどり銀行 法人営業部\n口座振替ご担当者様\n\n平素より大変お世話になっております。\n"
            "日の出産業株式会社 経理課の小西でございます。\n\n"
            "ひので学院の授業料口座振替につきまして、11月引落分からの新規登録12件を下記のとおりお送りいたします。\n"
            "依頼書の原本は本日レターパックにて発送いたしました。\n\n"
            "委託者番号,預金者名(カナ),銀行コード,支店コード,預金種目,口座番号,引落金額\n"
            + "\n".join(f"0043127,{p['guardian_kana']},0157,{p['rng'].randint(100, 399)},普通,"
                        f"{p['rng'].randint(1000000, 9999999)},{p['rng'].choice([18700, 23100, 27500, 31900])}"
                        for p in _p)
            + "\n\n不備がございましたらご連絡ください。\nどうぞよろしくお願い申し上げます。\n\n"
            "日の出産業株式会社 経理課　小西 由紀\nTEL 045-650-7714",
})

_p = people("004", 6, ("中1", "中2"))
MESSAGES.append({
    "id": "juku-004",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6 trial-lesson applicants with guardians' mobile and e-mail as bullets to a partner juku",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["まなびや個別 綱島教室 <tsunashima@manabiya-kobetsu.co.jp>"],
    "subject": "個別指導ご希望の体験申込者のご紹介",
    "charset": "utf-8",
    "body": "まなびや個別 綱島教室\n教室長 樋口様\n\nお世話になっております。ひので学院綱島校の大屋です。\n"
            "先日お話しした件、当校の集団授業ではなく個別指導をご希望の体験申込者を以下にまとめました。\n"
            "保護者の方には御社からご連絡が行く旨、お伝えしてあります。\n\n"
            + "\n".join(f"・{p['name']}さん（{p['grade']}／{p['school']}）保護者：{p['guardian']}様　"
                        f"{p['tel']}　{p['mail']}" for p in _p)
            + "\n\n希望曜日は概ね平日18時以降とのことです。\nご対応のほど、よろしくお願いいたします。\n" + SIG_TSUNA,
})

MESSAGES.append({
    "id": "juku-005",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five tutors' records (DOB, home address, mobile) as one block per person to a staffing agency",
    "sender": f"人事 講師採用担当 近江 <omi.s@{D}>",
    "to": ["チューターバンク 派遣営業部 <haken@tutor-bank.co.jp>"],
    "subject": "春期講習 派遣切替予定の講師5名の登録情報",
    "charset": "cp932",
    "body": """チューターバンク株式会社
派遣営業部 ご担当者様

いつもお世話になっております。日の出産業 教育事業部の近江です。
春期講習より御社経由の契約に切り替える予定の講師5名の情報をお送りします。
登録手続きをお願いできますでしょうか。

■1
氏名：宍戸 律（ししど りつ）
生年月日：2003年7月14日
住所：〒222-0037 神奈川県横浜市港北区大倉山4-11-6
携帯：090-3381-5027
メール：ritsu.shishido03@gmail.com
担当科目：数学・理科

■2
氏名：苫米地 千晴（とまべち ちはる）
生年月日：2002年11月2日
住所：〒211-0063 神奈川県川崎市中原区小杉町2-207-3 パークハイツ小杉805
携帯：080-6642-1198
メール：chiharu.t1102@icloud.com
担当科目：英語

■3
氏名：日比野 湊（ひびの みなと）
生年月日：2004年4月30日
住所：〒154-0023 東京都世田谷区若林3-19-12
携帯：070-2210-4836
メール：hibino.minato@outlook.jp
担当科目：国語・社会

■4
氏名：猪俣 杏（いのまた あん）
生年月日：2003年1月19日
住所：〒223-0052 神奈川県横浜市港北区綱島東1-6-22
携帯：090-7719-0364
メール：an.inomata@yahoo.co.jp
担当科目：英語・数学

■5
氏名：真壁 朔（まかべ さく）
生年月日：2002年8月8日
住所：〒224-0003 神奈川県横浜市都筑区中川中央2-4-1
携帯：080-1452-9973
メール：saku.makabe@gmail.com
担当科目：理科

以上、よろしくお願いいたします。

日の出産業株式会社 教育事業部 講師採用担当
近江 紗希　TEL 045-650-7716
""",
})

_p = people("006", 5, ("中3", "高1"))
MESSAGES.append({
    "id": "juku-006",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: table of 5 scholarship candidates with addresses, household income band, phones",
    "sender": f"奨学金事務局 田代 <tashiro.n@{D}>",
    "to": ["あさひ奨学会 事務局 <jimukyoku@asahi-shogaku.or.jp>"],
    "subject": "【ひので学院】2025年度 給付奨学生 推薦候補者一覧",
    "charset": "utf-8",
    "html": "<html><body style=\"font-family:'Meiryo',sans-serif\">"
            "<p>公益財団法人 あさひ奨学会<br>事務局 ご担当者様</p>"
            "<p>いつもお世話になっております。日の出産業 教育事業部 奨学金事務局の田代です。<br>"
            "2025年度給付奨学生の推薦候補者を下表のとおりご連絡いたします。</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr style=\"background:#dde8f5\"><th>氏名</th><th>学年</th><th>在籍校</th><th>住所</th>"
            "<th>世帯年収区分</th><th>保護者連絡先</th></tr>"
            + "".join(f"<tr><td>{p['name']}</td><td>{p['grade']}</td><td>{p['school']}</td>"
                      f"<td>〒{p['zip']} {p['addr']}</td>"
                      f"<td>{p['rng'].choice(['第I区分', '第II区分', '第III区分'])}</td><td>{p['tel']}</td></tr>"
                      for p in _p)
            + "</table><p>推薦書は別途郵送いたします。<br>ご確認のほどよろしくお願いいたします。</p>"
            "<p>--<br>日の出産業株式会社 教育事業部<br>奨学金事務局　田代 菜摘<br>TEL 045-650-7718</p>"
            "</body></html>",
})

_p = people("007", 30, ("小5", "小6", "中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-007",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "student master (30 rows, DOB, guardian mail/mobile, address) as a CP932 CSV to the system vendor",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    "subject": "新生徒管理システム 移行テスト用データ（日吉校）",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム株式会社\n導入支援チーム 御中\n\nお世話になっております。日の出産業 情報システム課の片桐です。\n"
            "移行テスト用に日吉校の生徒マスタを抽出しましたので添付します。\n"
            "文字コードはShift_JISです。取込エラーが出た行があれば教えてください。\n\n片桐\n",
    "attachments": [{
        "kind": "csv", "name": "seito_master_hiyoshi_20251104.csv", "encoding": "cp932",
        "rows": [["生徒ID", "氏名", "フリガナ", "生年月日", "学年", "保護者氏名", "保護者メール",
                  "保護者携帯", "郵便番号", "住所"]]
        + [[p["sid"], p["name"], kata(p["kana"]), seireki(p["dob"]), p["grade"], p["guardian"],
            p["mail"], p["tel"], p["zip"], p["addr"]] for p in _p],
    }],
})

_p = people("008", 40, ("小4", "小5", "小6", "中1", "中2"))
MESSAGES.append({
    "id": "juku-008",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "40 guardians' names and home addresses (DM mailing list) as a UTF-8 CSV to the printer",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 DM受付 <dm-order@nishiki-insatsu.co.jp>"],
    "cc": [f"mitsuya.h@{D}"],
    "subject": "冬期講習DM 宛名データ送付の件",
    "charset": "utf-8",
    "body": "錦印刷 DM受付ご担当様\n\nお世話になっております。日の出産業 教育事業部 広報の樫村です。\n"
            "冬期講習案内DMの宛名データ（在籍・休塾生の保護者分 40件）を添付いたします。\n"
            "UTF-8のCSVです。12月1日の差出しでお願いします。\n\n樫村 映美\n"
            "日の出産業株式会社 教育事業部 広報担当\n",
    "attachments": [{
        "kind": "csv", "name": "dm_atena_winter.csv", "encoding": "utf-8",
        "rows": [["郵便番号", "住所", "宛名", "敬称"]]
        + [[p["zip"], p["addr"], p["guardian"], "様"] for p in _p],
    }],
})

_p3 = people("009a", 14, ("中3",))
_p2 = people("009b", 11, ("中2",))


def _moshi_rows(ps, start):
    return [[f"2025-{start + i:04d}", p["name"], kata(p["kana"]), p["sex"], seireki(p["dob"], "-"),
             p["school"]] for i, p in enumerate(ps)]


MESSAGES.append({
    "id": "juku-009",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "XLSX with two sheets and a title row: 25 exam applicants with DOB to the mock-exam organiser",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["全国模試センター 団体受付 <dantai@zenkoku-moshi.or.jp>"],
    "subject": "第3回全国統一模試 団体申込（ひので学院 日吉校）",
    "charset": "iso-2022-jp",
    "body": "全国模試センター 団体受付ご担当者様\n\nいつもお世話になっております。\n"
            "ひので学院日吉校の安達でございます。\n第3回全国統一模試の団体申込書を添付にてお送りいたします。\n"
            "中3が14名、中2が11名の計25名です。\n\n受験料は請求書到着後にお振込みいたします。\n"
            "何卒よろしくお願いいたします。\n" + SIG_HIYOSHI,
    "attachments": [{
        "kind": "xlsx", "name": "団体申込書_ひので学院日吉校.xlsx",
        "sheets": {
            "中3": [["第3回 全国統一模試 団体申込者一覧　ひので学院 日吉校（中3）"], [],
                    ["受験番号", "氏名", "フリガナ", "性別", "生年月日", "在籍校"]] + _moshi_rows(_p3, 101),
            "中2": [["第3回 全国統一模試 団体申込者一覧　ひので学院 日吉校（中2）"], [],
                    ["受験番号", "氏名", "フリガナ", "性別", "生年月日", "在籍校"]] + _moshi_rows(_p2, 201),
            "集計": [["学年", "人数", "受験料"], ["中3", 14, 14 * 5200], ["中2", 11, 11 * 4700]],
        },
    }],
})

_p = people("010", 6, ("中3",))
MESSAGES.append({
    "id": "juku-010",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table: 6 students with school grades (内申) and guardians' phones to a private high school",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["青稜学園高等学校 入試広報部 <nyushi@seiryo-gakuen.ed.jp>"],
    "subject": "入試個別相談会（11/16）参加者名簿",
    "charset": "cp932",
    "body": "青稜学園高等学校\n入試広報部 森永先生\n\nいつも大変お世話になっております。\n"
            "ひので学院 進路指導担当の長峰でございます。\n"
            "11月16日の塾対象個別相談会に参加する当学院生の名簿を添付いたします。\n"
            "当日は保護者同伴で伺います。\n\nよろしくお願い申し上げます。\n\n"
            "日の出産業株式会社 教育事業部\nひので学院 進路指導室　長峰 孝\nTEL 045-650-7720\n",
    "attachments": [{
        "kind": "docx", "name": "個別相談会_参加者名簿.docx",
        "paragraphs": ["青稜学園高等学校 入試個別相談会（11月16日）", "ひので学院 参加者名簿", ""],
        "tables": [[["No", "生徒氏名", "在籍中学校", "内申（9科）", "保護者氏名", "連絡先"]]
                   + [[str(i + 1), p["name"], p["school"], str(p["rng"].randint(27, 42)), p["guardian"],
                       p["tel"]] for i, p in enumerate(_p)]],
    }],
})

_p = people("011", 16, ("中1", "中2"))
MESSAGES.append({
    "id": "juku-011",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "rooming list PDF table: 16 students with guardians' emergency numbers to a ryokan",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["ホテル白波 ご予約係 <yoyaku@hotel-shiranami.jp>"],
    "subject": "12/26〜28 冬期合宿 ルーミングリスト",
    "charset": "utf-8",
    "body": "ホテル白波 ご予約係 様\n\nお世話になっております。ひので学院綱島校の大屋です。\n"
            "冬期合宿のルーミングリストをPDFでお送りします。\n"
            "生徒16名・引率3名です。引率の部屋は別途ご連絡いたします。\n" + SIG_TSUNA,
    "attachments": [{
        "kind": "pdf", "name": "rooming_list_winter.pdf",
        "lines": ["ひので学院 綱島校 冬期合宿 ルーミングリスト（12/26〜12/28）", ""],
        "table": [["部屋", "氏名", "学年", "性別", "保護者緊急連絡先"]]
        + [[f"{301 + i // 4}", p["name"], p["grade"], p["sex"], p["tel"]] for i, p in enumerate(_p)],
    }],
})

_p = people("012", 9, ("中1", "中2", "中3", "高1"))
MESSAGES.append({
    "id": "juku-012",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP (no password) with XLSX + CSV of 9 guardians in tuition arrears, addresses and phones, to the law firm",
    "sender": f"経理 小西 <konishi.y@{D}>",
    "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    "cc": [f"hosoda.k@{D}"],
    "subject": "授業料未納の督促ご依頼（資料送付）",
    "charset": "iso-2022-jp",
    "body": "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業 経理課の小西です。\n"
            "先日ご相談いたしました授業料未納の件、対象者一覧と入金履歴をZIPにまとめてお送りいたします。\n"
            "内容証明の文案についても改めてご相談させてください。\n\n小西 由紀\n",
    "attachments": [{
        "kind": "zip", "name": "minou_shiryo.zip",
        "files": [
            {"kind": "xlsx", "name": "未納者一覧.xlsx", "sheets": {"未納者": [
                ["保護者氏名", "生徒氏名", "住所", "電話", "未納月", "未納額"]]
                + [[p["guardian"], p["name"], f"〒{p['zip']} {p['addr']}", p["home"],
                    f"{p['rng'].randint(2, 6)}か月", p["rng"].randint(40, 160) * 1000] for p in _p]}},
            {"kind": "csv", "name": "nyukin_rireki.csv", "encoding": "cp932",
             "rows": [["保護者氏名", "入金日", "金額"]]
             + [[p["guardian"], f"2025/0{p['rng'].randint(1, 6)}/27", 27500] for p in _p]},
        ],
    }],
})

_p = people("013", 7, ("小4", "小5", "小6"))
_inner = {
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": [f"hiyoshi-staff@{D}"],
    "subject": "送迎バス 利用者一覧（冬期）",
    "charset": "iso-2022-jp",
    "body": "日吉校スタッフ各位\n\n冬期講習期間の送迎バス利用者です。乗車場所は自宅前です。\n\n"
            + "\n".join(f"{p['name']}（{p['grade']}）\n　乗車：{p['addr']}\n　保護者：{p['guardian']} {p['tel']}"
                        for p in _p)
            + "\n\n安達\n",
}
MESSAGES.append({
    "id": "juku-013",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "internal mail listing 7 children's home pickup addresses and guardians' phones forwarded as .eml to the bus company",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["ひかり交通 配車センター <haisha@hikari-kotsu.co.jp>"],
    "subject": "FW: 送迎バス 利用者一覧（冬期）",
    "charset": "iso-2022-jp",
    "body": "ひかり交通 配車センター 御中\n\nお世話になっております。ひので学院日吉校の瀬尾です。\n"
            "冬期講習の送迎ルート作成用に、校内で回した一覧をそのまま転送いたします。\n"
            "ルート案ができましたらご連絡ください。\n\n瀬尾 あかね\nひので学院 日吉校 事務\n",
    "attachments": [{"kind": "eml", "name": "送迎バス利用者一覧.eml", "message": _inner}],
})

_p = people("014", 7, ("中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-014",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "inline forward of a list of 7 home delivery addresses and phones to the carrier",
    "sender": f"教材課 宇佐美 <usami.k@{D}>",
    "to": ["青葉運輸 横浜営業所 <yokohama@aoba-unyu.co.jp>"],
    "subject": "Fwd: 休塾中生徒への教材個別配送先",
    "charset": "utf-8",
    "body": "青葉運輸 横浜営業所 ご担当者様\n\n教材課の宇佐美です。いつもありがとうございます。\n"
            "下記の7件、個別配送をお願いします。配達日時の指定は不要です。\n\n"
            "---------- Forwarded message ---------\n"
            f"From: 綱島校 大屋 <oya.m@{D}>\nDate: 2025年11月5日(水) 16:42\n"
            f"Subject: 休塾中生徒への教材個別配送先\nTo: 宇佐美 <usami.k@{D}>\n\n"
            "宇佐美さん\n\n休塾中の生徒に冬期テキストを送りたいので、配送手配をお願いできますか。\n\n"
            + "\n".join(f"{i + 1}) {p['guardian']} 様方 {p['name']}\n   〒{p['zip']} {p['addr']}\n   TEL {p['home']}"
                        for i, p in enumerate(_p))
            + "\n\n大屋\n",
})

MESSAGES.append({
    "id": "juku-015",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with 9 tutors' salary bank accounts sent to a payroll outsourcer",
    "sender": f"人事 近江 <omi.s@{D}>",
    "to": ["給与サポート 受託チーム <jutaku@kyuyo-support.co.jp>"],
    "subject": "11月分 講師給与 振込口座（新規・変更分）",
    "charset": "cp932",
    "body": "給与サポート株式会社\n受託チーム 御中\n\nお世話になっております。日の出産業 人事の近江です。\n"
            "11月支給分から振込口座が新規・変更になる講師の一覧をお送りします（xls形式）。\n"
            "ご確認をお願いいたします。\n\n近江\n",
    "attachments": [{
        "kind": "xls", "name": "koushi_kouza_202511.xls",
        "sheets": {"口座": [
            ["社員番号", "氏名", "銀行名", "支店名", "種別", "口座番号", "区分"],
            ["T0412", "宍戸 律", "みどり銀行", "日吉支店", "普通", "3018842", "新規"],
            ["T0415", "苫米地 千晴", "ゆうちょ銀行", "〇一八店", "普通", "5521907", "新規"],
            ["T0388", "鬼頭 颯太", "横浜中央信用金庫", "綱島支店", "普通", "0274416", "変更"],
            ["T0420", "日比野 湊", "みどり銀行", "武蔵小杉支店", "普通", "4470031", "新規"],
            ["T0421", "猪俣 杏", "三葉銀行", "菊名支店", "普通", "1093358", "新規"],
            ["T0397", "御手洗 結菜", "みどり銀行", "日吉支店", "普通", "2285610", "変更"],
            ["T0402", "寒河江 樹", "あおば信用組合", "本店営業部", "普通", "0811297", "変更"],
            ["T0423", "真壁 朔", "ゆうちょ銀行", "〇二八店", "普通", "6630125", "新規"],
            ["T0424", "我妻 詩織", "三葉銀行", "新横浜支店", "当座", "0098812", "新規"],
        ]},
    }],
})

_p = people("016", 6, ("中3", "高1"))
MESSAGES.append({
    "id": "juku-016",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail listing 6 students with DOB and parents' e-mail to an overseas summer school",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Admissions Office <admissions@brightpath-academy.com>"],
    "subject": "Hinode Gakuin - participant list for the 2026 Summer English Camp",
    "charset": "utf-8",
    "body": "Dear Ms. Carter,\n\nThank you for your help with the summer camp arrangements.\n"
            "Please find below the six students who will join the program from Hinode Gakuin.\n\n"
            "Name                 | Date of birth | Sex | Grade | Parent e-mail\n"
            "---------------------+---------------+-----+-------+------------------------------\n"
            + "\n".join(f"{p['romaji'].upper():<21}| {p['dob'][0]}-{p['dob'][1]:02d}-{p['dob'][2]:02d}    | "
                        f"{'M' if p['sex'] == '男' else 'F'}   | {'G9' if p['grade'] == '中3' else 'G10'}   | {p['mail']}"
                        for p in _p)
            + "\n\nWe will send the medical forms separately once the parents have filled them in.\n\n"
            "Best regards,\nYuko Hanazawa\nInternational Programs, Education Division\n"
            "Hinode Sangyo Co., Ltd.\nTel +81-45-650-7725\n",
})

_p = people("017", 8, ("小6",))
MESSAGES.append({
    "id": "juku-017",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "class phone tree (8 families, full-width digits) sent to a guardian representative's free-mail address",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["蓬田 恵子 <keiko.yomogida@yahoo.co.jp>"],
    "subject": "小6受験クラス 緊急連絡網の件",
    "charset": "cp932",
    "body": "蓬田様\n\nいつもお世話になっております。ひので学院綱島校の大屋でございます。\n"
            "保護者会代表をお引き受けいただきありがとうございます。\n"
            "ご依頼のありました小6受験クラスの緊急連絡網を下記にお送りいたします。\n\n"
            + zpad("順", 4) + zpad("生徒名", 16) + zpad("保護者", 16) + "電話番号\n"
            + "\n".join(zpad(str(i + 1).translate(FW), 4) + zpad(p["name"], 16) + zpad(p["guardian"], 16)
                        + p["tel"].translate(FW) for i, p in enumerate(_p))
            + "\n\n台風等で休講となる場合は、塾から１番の方へご連絡いたします。\n" + SIG_TSUNA,
})

_p = people("018", 7, ("小5", "小6"))
MESSAGES.append({
    "id": "juku-018",
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7 rows without a name column (受講番号, 和暦 DOB, address, phone) to an insurer",
    "sender": f"総務 村越 <murakoshi.j@{D}>",
    "to": ["ほし損保 団体契約課 <dantai@hoshi-sonpo.co.jp>"],
    "subject": "こども傷害保険 追加加入者（受講番号のみで失礼します）",
    "charset": "cp932",
    "body": "ほし損害保険株式会社\n団体契約課 御中\n\nお世話になっております。日の出産業 総務の村越です。\n"
            "塾生向け団体傷害保険の追加加入分です。氏名は申込書原本でご確認ください。\n\n"
            "受講番号 / 生年月日 / 郵便番号 / 住所 / 連絡先\n"
            + "\n".join(f"{p['sid']} / {wareki(p['dob'], 'short')} / {p['zip']} / {p['addr']} / {p['home']}"
                        for p in _p)
            + "\n\n保険始期は12月1日でお願いいたします。\n\n村越 純一\n日の出産業株式会社 総務部\n",
})

_p = people("019", 6, ("中2", "中3"))
MESSAGES.append({
    "id": "juku-019",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX for a venue booking whose last slide lists 6 interview bookings with guardians' phones",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["日向台市 生涯学習センター <shogai-center@city.hinatadai.lg.jp>"],
    "subject": "入試説明会 会場使用申請の添付資料",
    "charset": "iso-2022-jp",
    "body": "日向台市生涯学習センター ご担当者様\n\nお世話になっております。ひので学院日吉校の瀬尾です。\n"
            "会場使用申請書とあわせて、当日の説明会資料を添付いたします。\n"
            "プロジェクターとマイク2本の貸出をお願いいたします。\n\n瀬尾 あかね\n",
    "attachments": [{
        "kind": "pptx", "name": "2025冬_入試説明会.pptx",
        "slides": [
            ["2026年度 高校入試説明会", "ひので学院 日吉校", "12月7日（日）14:00〜"],
            ["本日の内容", "神奈川県公立入試の仕組み", "内申点と当日点", "冬期講習のご案内"],
            ["説明会後 個別面談 予約者（校内用）"]
            + [f"{14 + i // 2}:{'00' if i % 2 == 0 else '30'}  {p['guardian']}様（{p['name']} {p['grade']}）{p['tel']}"
               for i, p in enumerate(_p)],
        ],
    }],
})

_p = people("020", 6, ("中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-020",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text pastes 6 students with guardian e-mail and phone (quoted part is harmless)",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム サポート 西尾様 <support@tsubasa-system.jp>"],
    "subject": "Re: 保護者アプリ 招待メール不達の件",
    "charset": "utf-8",
    "body": "西尾様\n\nご確認ありがとうございます。\n招待メールが届いていないと問い合わせがあったのは以下の6名です。\n\n"
            "生徒ID | 生徒氏名 | 保護者メール | 保護者携帯\n"
            + "\n".join(f"{p['sid']} | {p['name']} | {p['mail']} | {p['tel']}" for p in _p)
            + "\n\nキャリアメールのドメイン指定受信が原因でしょうか。\nよろしくお願いします。\n\n片桐\n\n"
            "> 片桐様\n> \n> いつもお世話になっております。ツバサシステムの西尾です。\n"
            "> 招待メールが届かない方の生徒IDを教えていただけますでしょうか。\n"
            "> 配信ログを確認いたします。\n> \n> 西尾\n",
})

_p = people("021", 6, ("中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-021",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "list of 6 guardians in arrears with phones/addresses sent to a part-timer's private gmail to work from home",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["seo.akane.home@gmail.com"],
    "subject": "明日の電話連絡リスト（自宅作業用）",
    "charset": "utf-8",
    "body": "自分用です。明日在宅で電話かけする分。\n\n"
            "保護者名        電話            住所                                           未納\n"
            "--------------  --------------  ---------------------------------------------  ------\n"
            + "\n".join(pad(p["guardian"], 16) + pad(p["tel"], 16) + pad(p["addr"], 47)
                        + f"{p['rng'].choice([2, 3])}か月" for p in _p)
            + "\n",
})

# =======================================================================================
# STOP — identity and card numbers
# =======================================================================================


def _mn(seed: int, style: str = "plain") -> str:
    n = my_number(seed)
    if style == "space":
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if style == "hyphen":
        return f"{n[:4]}-{n[4:8]}-{n[8:]}"
    return n


MESSAGES.append({
    "id": "juku-022",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three freelance tutors' My Numbers and addresses for 支払調書 sent to the tax accountant",
    "sender": f"経理 小西 <konishi.y@{D}>",
    "to": ["田中会計事務所 田中先生 <tanaka@tanaka-zeirishi.jp>"],
    "subject": "支払調書作成用 外部講師3名の情報",
    "charset": "iso-2022-jp",
    "body": f"""田中会計事務所
田中先生

いつもお世話になっております。日の出産業 経理課の小西です。
報酬、料金、契約金及び賞金の支払調書の作成にあたり、外部講師（個人事業主）3名の
情報をお送りします。番号確認書類の写しは郵送いたします。

1. 一戸 晴（いちのへ はる）
   個人番号：{_mn(2201, 'space')}
   住所：東京都大田区池上5-3-18
   年間支払額：1,284,000円

2. 五百旗頭 紬（いおきべ つむぎ）
   個人番号：{_mn(2202, 'space')}
   住所：神奈川県川崎市幸区塚越2-41-7 メゾン塚越203
   年間支払額：962,500円

3. 左右田 創（そうだ はじめ）
   個人番号：{_mn(2203, 'space')}
   住所：神奈川県横浜市緑区十日市場町801-12
   年間支払額：415,000円

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理課　小西 由紀
TEL 045-650-7714
""",
})

_c = card_number(23)
MESSAGES.append({
    "id": "juku-023",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a guardian's full credit card number (full-width digits) and expiry typed into a mail to the payment processor",
    "sender": f"綱島校 事務 滝本 <takimoto.r@{D}>",
    "to": ["ペイライン決済 加盟店サポート <kameiten@payline-kessai.co.jp>"],
    "subject": "継続課金のカード登録エラーについて（加盟店ID HNG-20417）",
    "charset": "cp932",
    "body": "ペイライン決済 加盟店サポート御中\n\nお世話になっております。ひので学院綱島校の滝本です。\n"
            "授業料の継続課金で、下記の保護者様のカード登録が何度やってもエラーになります。\n"
            "原因を調べていただけますでしょうか。\n\n"
            "　会員名：我妻　真由美　様（生徒：我妻　凛）\n"
            f"　カード番号：{' '.join(_c[i:i + 4] for i in range(0, 16, 4)).translate(FW)}\n"
            "　有効期限：０８／２８\n"
            "　エラーコード：Ｅ２１３\n\n"
            "保護者様からは「他のお店では使えている」と伺っております。\n"
            "お手数ですがよろしくお願いいたします。\n\n滝本 玲奈\nひので学院 綱島校 TEL 045-531-2207\n",
})

MESSAGES.append({
    "id": "juku-024",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and DOB of two students and a teacher sent to the travel agency",
    "sender": f"国際プログラム 花沢 <hanazawa.y@{D}>",
    "to": ["ひかりトラベル 教育旅行センター 岸様 <kishi@hikari-travel.co.jp>"],
    "subject": "シンガポール研修 航空券発券用の旅券情報",
    "charset": "iso-2022-jp",
    "body": """ひかりトラベル株式会社
教育旅行センター　岸様

お世話になっております。日の出産業 教育事業部の花沢です。
3月のシンガポール研修について、航空券発券用の旅券情報をお送りします。
ローマ字はパスポートの表記どおりです。

・KAGAMI / SOTA　　　旅券番号 TR4418207　生年月日 2009年6月21日　有効期限 2030年2月3日
・NIWA / HINA　　　　旅券番号 TS0936152　生年月日 2010年1月9日　有効期限 2029年8月17日
・HANAZAWA / YUKO　　旅券番号 TK7720385　生年月日 1986年10月30日　有効期限 2031年5月12日（引率）

座席は3名並びでお願いできれば幸いです。

花沢 優子
日の出産業株式会社 教育事業部 国際プログラム担当
TEL 045-650-7725
""",
})

MESSAGES.append({
    "id": "juku-025",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foreign student's residence card number with name and DOB in a scholarship application mail",
    "sender": f"奨学金事務局 田代 <tashiro.n@{D}>",
    "to": ["国際育英財団 奨学課 <shogaku@kokusai-ikuei.or.jp>"],
    "subject": "留学生向け学習奨励金 申請者の在留資格確認について",
    "charset": "utf-8",
    "body": "公益財団法人 国際育英財団\n奨学課 ご担当者様\n\nお世話になっております。日の出産業 教育事業部 奨学金事務局の田代です。\n"
            "先日お電話でご案内いただいた在留資格の確認事項について、申請者の情報をお送りします。\n\n"
            "申請者氏名：グエン・ティ・ラン（NGUYEN THI LAN）\n"
            "生年月日：2009年3月14日\n"
            "在留資格：家族滞在\n"
            "在留カード番号：UH48213376FA\n"
            "在留期間満了日：2027年9月30日\n\n"
            "在留カードの写し（表裏）は申請書類一式とあわせて郵送いたします。\n"
            "以上、よろしくお願いいたします。\n\n田代 菜摘\n",
})

MESSAGES.append({
    "id": "juku-026",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a student's health insurance card symbol/number, symptoms and asthma history sent to a local clinic",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["高原こどもクリニック 受付 <uketsuke@kogen-kodomo-clinic.jp>"],
    "subject": "本日受診希望の生徒について（合宿中）",
    "charset": "iso-2022-jp",
    "body": """高原こどもクリニック 受付ご担当者様

先ほどお電話いたしました、さくらホテルで合宿中の学習塾「ひので学院」の安達です。
受診を希望する生徒の情報を事前にお送りします。

氏名：鬼頭 陽翔（きとう はると）　中学2年　男
生年月日：平成23年8月2日
健康保険証：記号 01120345　番号 27　（保険者番号 06139211）
症状：昨夜から38.9度の発熱、今朝2回嘔吐。食欲なし。
既往歴：小児喘息（現在も吸入薬を使用中とのこと）
保護者：鬼頭 大輔様には連絡済みで、受診の同意をいただいています。

11時頃に引率講師が付き添って伺います。よろしくお願いいたします。

ひので学院 日吉校　安達 恭平（携帯 080-2291-6630）
""",
})

MESSAGES.append({
    "id": "juku-027",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a new shuttle driver's driving licence number and DOB sent to the insurer",
    "sender": f"総務 村越 <murakoshi.j@{D}>",
    "to": ["ほし損保 自動車保険課 <jidousha@hoshi-sonpo.co.jp>"],
    "subject": "送迎車両 運転者限定特約 追加の件",
    "charset": "cp932",
    "body": "ほし損害保険株式会社\n自動車保険課 御中\n\nいつもお世話になっております。日の出産業 総務部の村越です。\n"
            "送迎用車両（証券番号 JA-58840217）の運転者に、下記1名を追加したくご連絡いたしました。\n\n"
            "　氏名　　：寒河江 剛\n"
            "　生年月日：昭和53年12月4日\n"
            "　運転免許証番号：第452109873310号（ゴールド、2029年1月4日まで有効）\n\n"
            "12月1日からの適用でお願いできますでしょうか。\n必要書類があればお知らせください。\n\n"
            "村越 純一\n日の出産業株式会社 総務部\nTEL 045-650-7702\n",
})

MESSAGES.append({
    "id": "juku-028",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a part-time office worker's basic pension number, DOB and address sent to the labour consultant",
    "sender": f"人事 近江 <omi.s@{D}>",
    "to": ["森田社会保険労務士事務所 <info@morita-sr.jp>"],
    "subject": "資格取得届のお願い（日吉校 事務パート 1名）",
    "charset": "utf-8",
    "body": "森田社会保険労務士事務所\n森田先生\n\nお世話になっております。日の出産業 人事の近江です。\n"
            "12月から週30時間勤務に変わる日吉校の事務パートについて、社会保険の資格取得届をお願いします。\n\n"
            "氏名：薬袋 明美（みない あけみ）\n"
            "生年月日：1979年5月26日\n"
            "住所：〒223-0064 神奈川県横浜市港北区下田町3-14-9\n"
            "基礎年金番号：1107-482936\n"
            "報酬月額：182,000円\n\n"
            "扶養家族はいないとのことです。\n\n近江 紗希\n",
})

MESSAGES.append({
    "id": "juku-029",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX transcription of a tutor's 扶養控除等申告書 with his and dependants' My Numbers to the payroll outsourcer",
    "sender": f"人事 近江 <omi.s@{D}>",
    "to": ["給与サポート 受託チーム <jutaku@kyuyo-support.co.jp>"],
    "subject": "年末調整 扶養控除等申告書（専任講師 御手洗）",
    "charset": "iso-2022-jp",
    "body": "給与サポート株式会社\n受託チーム 御中\n\nお世話になっております。近江です。\n"
            "原本が読みにくいとのことでしたので、内容をWordに書き起こしました。ご確認ください。\n\n近江\n",
    "attachments": [{
        "kind": "docx", "name": "扶養控除等申告書_御手洗.docx",
        "paragraphs": ["令和8年分 給与所得者の扶養控除等（異動）申告書 書き起こし",
                       "所属：教育事業部 ひので学院 菊名校　専任講師"],
        "tables": [[
            ["区分", "氏名", "続柄", "生年月日", "個人番号", "住所"],
            ["本人", "御手洗 誠", "", "1984年2月17日", _mn(2901), "神奈川県横浜市港北区菊名6-2-30"],
            ["配偶者", "御手洗 麻衣", "妻", "1986年9月3日", _mn(2902), "同上"],
            ["控除対象扶養親族", "御手洗 結衣", "長女", "2012年4月25日", _mn(2903), "同上"],
            ["16歳未満", "御手洗 湊", "長男", "2016年11月8日", _mn(2904), "同上"],
        ]],
    }],
})

# =======================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# =======================================================================================

MESSAGES.append({
    "id": "juku-030",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named student's dyslexia diagnosis described in running text to his school",
    "sender": f"菊名校 鈴鹿 <suzuka.m@{D}>",
    "to": ["菊名北中学校 特別支援教育コーディネーター 木全先生 <kimata@kikunakita.ed.jp>"],
    "subject": "2年3組 九十九 蓮くんの学習支援について",
    "charset": "iso-2022-jp",
    "body": """菊名北中学校
木全先生

突然のご連絡失礼いたします。学習塾ひので学院 菊名校の鈴鹿と申します。
保護者の九十九様から、学校と塾で支援の方法をそろえてほしいとのご要望があり、
ご連絡させていただきました。

蓮くんは小学4年生のときに医療機関で発達性読み書き障害（ディスレクシア）の診断を
受けていて、長い文章の音読や漢字の書き取りに強い負担があります。塾では問題文の
読み上げと、解答を口頭で確認するやり方を取り入れたところ、数学の定期テストは
前回から20点ほど上がりました。

定期テストでの問題文の読み上げや時間延長など、学校で可能な配慮があれば
ご相談させていただけないでしょうか。お電話でも伺えます。

ひので学院 菊名校　教室長　鈴鹿 美穂
TEL 045-433-9015
""",
})

MESSAGES.append({
    "id": "juku-031",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named student's wheat allergy and EpiPen use written to the catering company",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "冬期合宿のお弁当 アレルギー対応のお願い",
    "charset": "utf-8",
    "body": "北国フーズ株式会社\n給食事業部 ご担当者様\n\nいつもお世話になっております。ひので学院綱島校の大屋です。\n"
            "12/26〜28の冬期合宿のお弁当について、1名アレルギー対応をお願いしたくご連絡しました。\n\n"
            "中学1年の東海林 紬さんが小麦の重いアレルギーで、過去にアナフィラキシーを起こしたことがあり、"
            "エピペンを常に携帯しています。醤油など小麦を含む調味料も不可とのことです。"
            "お弁当は他の生徒と見た目で区別できるよう、容器を別にしていただけると助かります。\n\n"
            "対応可能かどうか、ご回答いただけますでしょうか。\n" + SIG_TSUNA,
})

MESSAGES.append({
    "id": "juku-032",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named student's religion (Muslim: halal meals, prayer times) sent to the hotel",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["さくらホテル 宿泊営業部 松岡様 <matsuoka@sakura-hotel.jp>"],
    "subject": "Re: 夏期勉強合宿 お食事について",
    "charset": "iso-2022-jp",
    "body": """松岡様

お世話になっております。ひので学院の安達です。
お食事の件、ご確認ありがとうございます。1点追加でご相談です。

参加者のうち中学3年のハリディ・アミラさんはイスラム教徒のため、
豚肉・アルコールを含まないハラールのお食事をご用意いただけますでしょうか。
また、1日5回のお祈りがあるため、学習室の近くに小部屋を1つお借りできると
ありがたいです（15分程度、日に数回使用します）。

ご本人とご家族からは、他の生徒に特別扱いと分からないようにしてほしいと
伺っております。

安達
> 安達様
> 夕食は18時半、朝食は7時からでご用意いたします。
> 松岡
""",
})

MESSAGES.append({
    "id": "juku-033",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a tutor candidate's past conviction (criminal record) discussed by name with the staffing agency",
    "sender": f"人事 講師採用担当 近江 <omi.s@{D}>",
    "to": ["チューターバンク 派遣営業部 増渕様 <masubuchi@tutor-bank.co.jp>"],
    "subject": "ご紹介いただいた講師候補（鬼頭様）の件",
    "charset": "cp932",
    "body": "チューターバンク株式会社\n増渕様\n\nお世話になっております。日の出産業 近江です。\n"
            "先週ご紹介いただいた鬼頭 隆様の件でご相談です。\n\n"
            "面接後にご本人から申告があり、2019年に県の青少年保護育成条例違反で略式起訴され、"
            "罰金刑を受けていたことが分かりました。御社の登録時にはその点の申告はなかったと伺っています。\n"
            "当社は未成年の生徒を預かる業態のため、今回は採用を見送らせていただきたく存じます。\n"
            "ご本人への伝え方について、一度お電話でご相談させてください。\n\n"
            "近江 紗希\n日の出産業株式会社 教育事業部\n",
})

MESSAGES.append({
    "id": "juku-034",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX recommendation letter stating a named student's Ainu origin (race/ethnic origin) to a foundation",
    "sender": f"奨学金事務局 田代 <tashiro.n@{D}>",
    "to": ["あさひ奨学会 事務局 <jimukyoku@asahi-shogaku.or.jp>"],
    "subject": "推薦書（データ）送付のご連絡",
    "charset": "iso-2022-jp",
    "body": "あさひ奨学会 事務局 御中\n\nお世話になっております。ひので学院 奨学金事務局の田代です。\n"
            "郵送に先立ち、推薦書のデータを添付でお送りいたします。\n原本は明日投函いたします。\n\n田代\n",
    "attachments": [{
        "kind": "docx", "name": "推薦書_我妻詩織.docx",
        "paragraphs": [
            "推　薦　書",
            "公益財団法人 あさひ奨学会 理事長 殿",
            "推薦者：日の出産業株式会社 教育事業部 ひので学院 学院長 桐生 宏",
            "被推薦者：我妻 詩織（わがつま しおり）　平成21年7月3日生　高校1年",
            "我妻さんは北海道白老町の出身で、アイヌ民族の家系に生まれ、祖母から受け継いだ"
            "アイヌ語とアイヌ文様の刺繍を地域の子どもたちに教える活動を続けています。",
            "当学院では中学1年から在籍し、英語の成績は常に上位1割に入っています。将来は"
            "先住民族の言語保存を研究したいという明確な目標を持っており、ここに強く推薦いたします。",
        ],
    }],
})

MESSAGES.append({
    "id": "juku-035",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named student described as a stalking victim, sent to the security company",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["安全警備保障 横浜北営業所 <yokohama-kita@anzen-keibi.co.jp>"],
    "subject": "日吉校 夜間の巡回強化のお願い",
    "charset": "utf-8",
    "body": "安全警備保障株式会社\n横浜北営業所 御中\n\nいつもお世話になっております。ひので学院日吉校の安達です。\n\n"
            "当校に通う高校1年の百目鬼 美桜さんが、先月から元交際相手の男性に付きまとわれており、"
            "すでに港北警察署にストーカー被害の相談をして警告が出されています。"
            "先週も授業後の21時半ごろ、ビルの前で待ち伏せされていたことがありました。\n\n"
            "つきましては、火・木・土の21時〜22時の間、ビル入口付近の巡回を強化していただけないでしょうか。"
            "男性の特徴はご本人の了解を得て別途お電話でお伝えします。\n"
            + SIG_HIYOSHI,
})

MESSAGES.append({
    "id": "juku-036",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a dispatched tutor's depression diagnosis and leave, by name, sent to the dispatching company",
    "sender": f"菊名校 鈴鹿 <suzuka.m@{D}>",
    "to": ["スクールスタッフ・ネクスト 担当 竹之内様 <takenouchi@school-next.co.jp>"],
    "subject": "派遣講師 栗林さんの勤務について",
    "charset": "iso-2022-jp",
    "body": """スクールスタッフ・ネクスト
竹之内様

お世話になっております。ひので学院菊名校の鈴鹿です。

御社から派遣いただいている栗林 悠真さんですが、昨日ご本人から連絡があり、
心療内科で「うつ病」と診断され、1か月程度の休養が必要との診断書が出たそうです。
ここ数週間、授業中に手が止まることが多く心配していたところでした。

冬期講習の担当（中2数学・週4コマ）の代替講師について、至急ご相談させてください。
ご本人には無理に連絡しないようにしています。

鈴鹿 美穂
ひので学院 菊名校 TEL 045-433-9015
""",
})

MESSAGES.append({
    "id": "juku-037",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "scholarship application PDF with a named student's disability (療育手帳) and address to a foundation",
    "sender": f"奨学金事務局 田代 <tashiro.n@{D}>",
    "to": ["こども未来基金 支援事業課 <shien@kodomo-mirai.or.jp>"],
    "subject": "学習支援助成 申請書類の送付",
    "charset": "cp932",
    "body": "公益財団法人 こども未来基金\n支援事業課 ご担当者様\n\nお世話になっております。\n"
            "日の出産業 教育事業部 奨学金事務局の田代でございます。\n"
            "学習支援助成の申請書類をPDFにてお送りいたします。ご査収ください。\n\n田代 菜摘\nTEL 045-650-7718\n",
    "attachments": [{
        "kind": "pdf", "name": "申請書_小鳥遊.pdf",
        "lines": [
            "学習支援助成 申請書",
            "申請者（生徒）：小鳥遊 樹（たかなし いつき）　男　平成24年10月15日生",
            "住所：〒226-0025 神奈川県横浜市緑区十日市場町1124-6",
            "保護者：小鳥遊 千尋（母）",
            "障害の状況：知的障害（療育手帳 B2 所持）。自閉スペクトラム症の診断あり。",
            "支援内容：週2回の個別指導（1対1）、視覚教材の作成",
            "世帯の状況：ひとり親世帯、児童扶養手当受給",
            "推薦者：ひので学院 十日市場校 教室長 堀之内 修",
        ],
    }],
})

MESSAGES.append({
    "id": "juku-038",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English mail: a named student's type 1 diabetes and insulin regimen sent to the homestay agency",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Homestay Link Placement Team <placement@homestay-link.com>"],
    "subject": "Host family placement - medical needs of one student (Hinode Gakuin)",
    "charset": "utf-8",
    "body": """Hello Ms. Reyes,

Thank you for the host family profiles. Before you finalise the placements, there is one
student whose host family should know about her health.

Rin Sagae (born 14 February 2010) has type 1 diabetes. She uses an insulin pump and a
glucose sensor, checks her levels before every meal, and may need juice or glucose
tablets quickly if her level drops. Her parents ask that she be placed with a family
living within 20 minutes of a hospital, and that the host parents be shown how to use
the glucagon kit.

Her doctor's letter will be sent with the medical forms next week.

Kind regards,
Yuko Hanazawa
International Programs, Hinode Sangyo Co., Ltd.
""" + DISC_EN,
})

MESSAGES.append({
    "id": "juku-039",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "only 4 students, but each row carries a chronic illness / allergy: health data tied to list rows",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
    "subject": "合宿 健康面で配慮が必要な生徒（4名）",
    "charset": "cp932",
    "body": "さくらホテル フロント ご担当者様\n\nお世話になっております。ひので学院日吉校の瀬尾です。\n"
            "合宿中、夜間にフロントでご対応いただく可能性がある生徒を4名お知らせします。\n\n"
            "氏名　　　　　　部屋　配慮事項\n"
            "――――――――――――――――――――――――――――――――\n"
            "波多野 颯太　　 302　 てんかん（発作時は横向きに寝かせて119番）\n"
            "苫米地 葵　　　 305　 ソバ・ピーナッツアレルギー\n"
            "一戸 晴　　　　 303　 小児喘息（吸入器持参）\n"
            "寒河江 心春　　 306　 1型糖尿病（夜間の補食あり）\n\n"
            "どうぞよろしくお願いいたします。\n\n瀬尾\n",
})

# =======================================================================================
# STOP — several external parties visible in To/Cc
# =======================================================================================

MESSAGES.append({
    "id": "juku-040",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "class-cancellation notice with 7 guardians' private addresses all in To instead of Bcc",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["hatano.family@gmail.com", "keiko.yomogida@yahoo.co.jp", "akemi_3388@docomo.ne.jp",
           "t.kuribayashi77@icloud.com", "sagae-m@ezweb.ne.jp", "oikawa.naoki@outlook.jp",
           "mai.shoji1984@gmail.com"],
    "subject": "【ひので学院綱島校】本日の中2英語 休講のお知らせ",
    "charset": "iso-2022-jp",
    "body": "中2英語クラス 保護者の皆様\n\nいつもお世話になっております。ひので学院綱島校です。\n"
            "担当講師の急病により、本日19:30からの中2英語の授業は休講とさせていただきます。\n"
            "振替授業は12月2日（火）同時刻に実施いたします。\n"
            "急なご連絡となり誠に申し訳ございません。\n" + SIG_TSUNA,
})

MESSAGES.append({
    "id": "juku-041",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "invitation sent with three different schools' teachers visible to each other in To",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["日吉台西中学校 進路指導 岡部先生 <okabe@hiyoshidainishi.ed.jp>",
           "綱島東中学校 進路指導 片山先生 <katayama@tsunashimahigashi.ed.jp>",
           "大倉山中学校 3学年主任 平林先生 <hirabayashi@okurayama-jh.ed.jp>"],
    "subject": "公立高校入試 情報交換会のご案内（ひので学院）",
    "charset": "utf-8",
    "body": "中学校 進路指導ご担当の先生方\n\n平素より大変お世話になっております。ひので学院 進路指導室の長峰です。\n"
            "例年ご好評をいただいております公立高校入試の情報交換会を、下記のとおり開催いたします。\n\n"
            "日時：2026年1月17日（土）15:00〜16:30\n会場：ひので学院 日吉校 3階 多目的室\n"
            "内容：令和8年度入試の変更点、昨年度の合否データ分析\n\n"
            "ご出席の可否を1月9日までにご返信いただけますと幸いです。\n\n"
            "長峰 孝\n日の出産業株式会社 教育事業部 ひので学院 進路指導室\nTEL 045-650-7720\n",
})

MESSAGES.append({
    "id": "juku-042",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "logistics mail with three vendor companies in To/Cc seeing each other",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>", "青葉運輸 横浜営業所 <yokohama@aoba-unyu.co.jp>"],
    "cc": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "冬期合宿（12/26〜28）の搬入スケジュールについて",
    "charset": "cp932",
    "body": "関係各社 ご担当者様\n\nお世話になっております。ひので学院綱島校の大屋です。\n"
            "冬期合宿の搬入スケジュールを皆様で共有させてください。\n\n"
            "12/25（木）15時　錦印刷様：合宿テキスト 60部を綱島校へ納品\n"
            "12/26（金）8時　青葉運輸様：綱島校→ホテル白波へテキスト・備品を輸送\n"
            "12/26〜28　北国フーズ様：昼食のお弁当（生徒16・引率3）をホテルへ配送\n\n"
            "変更がある場合は、このメールに全員返信でご連絡ください。\n" + SIG_TSUNA,
})

MESSAGES.append({
    "id": "juku-043",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "English mail to three overseas partner schools in To (should have been Bcc)",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Brightpath Academy <admissions@brightpath-academy.com>",
           "Harbourview College Language Centre <intl@harbourview-college.edu.au>",
           "Maple Ridge Summer School <info@mapleridge-summer.ca>"],
    "subject": "Request for 2026 summer program brochures",
    "charset": "utf-8",
    "body": "Dear partners,\n\nHinode Gakuin is preparing its 2026 study-abroad information session\n"
            "for parents (22 February 2026). Could you each send us your latest brochure, the\n"
            "program dates and the fee in your local currency by 31 January?\n\n"
            "We expect around 40 families to attend.\n\nThank you in advance,\n\nYuko Hanazawa\n"
            "International Programs, Education Division\nHinode Sangyo Co., Ltd.\n",
})

MESSAGES.append({
    "id": "juku-044",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three separate families on gmail.com in To/Cc can see each other's addresses (one domain, three parties)",
    "sender": f"菊名校 鈴鹿 <suzuka.m@{D}>",
    "to": ["kato.yuka.0412@gmail.com", "ishii-family2010@gmail.com"],
    "cc": ["nomura.tsuyoshi@gmail.com"],
    "subject": "少人数ゼミ（数学発展）三者面談の日程候補",
    "charset": "iso-2022-jp",
    "body": "少人数ゼミ 保護者様\n\nいつもお世話になっております。ひので学院菊名校の鈴鹿です。\n"
            "ゼミの三者面談について、以下の候補日からご都合をお知らせください。\n\n"
            "・12月13日（土）13:00〜17:00\n・12月14日（日）10:00〜12:00\n・12月20日（土）13:00〜17:00\n\n"
            "お一組30分を予定しております。\n\n鈴鹿 美穂\nひので学院 菊名校 TEL 045-433-9015\n",
})

# =======================================================================================
# STOP — look-alike domains
# =======================================================================================

MESSAGES.append({
    "id": "juku-045",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "printer's domain mistyped: nishiki-insatu.co.jp (letter dropped) instead of nishiki-insatsu.co.jp",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatu.co.jp>"],
    "subject": "春期講習チラシ 入稿データと部数",
    "charset": "utf-8",
    "body": "錦印刷 大森様\n\nお世話になっております。樫村です。\n"
            "春期講習チラシの入稿データをギガファイル便でお送りしました（リンクは別メール）。\n"
            "部数はB4両面カラーで28,000部、折込は2月21日（土）でお願いします。\n"
            "校正は2回までで見込んでいます。\n\n樫村 映美\n日の出産業株式会社 教育事業部 広報担当\n",
})

MESSAGES.append({
    "id": "juku-046",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hotel partner is sakura-hotel.jp; this goes to sakura-hotel.co.jp (TLD swap)",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["松岡様 <matsuoka@sakura-hotel.co.jp>"],
    "subject": "2026年夏期合宿 仮予約のお願い",
    "charset": "iso-2022-jp",
    "body": "さくらホテル 宿泊営業部\n松岡様\n\nいつもお世話になっております。ひので学院日吉校の安達です。\n"
            "来年の夏期合宿について、以下の日程で仮予約をお願いできますでしょうか。\n\n"
            "日程：2026年8月3日（月）〜6日（木）3泊4日\n人数：生徒40名前後、引率5名\n"
            "会議室：大広間を学習室として終日\n\n見積書もあわせていただけますと幸いです。\n" + SIG_HIYOSHI,
})

MESSAGES.append({
    "id": "juku-047",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague's address typed as hinode-sangyo.jp (dropped co.): look-alike of the own domain",
    "sender": f"本部運営課 三ツ矢 <mitsuya.h@{D}>",
    "to": ["安達 恭平 <adachi.k@hinode-sangyo.jp>"],
    "subject": "来期の日吉校 講師配置案",
    "charset": "cp932",
    "body": "安達さん\n\nお疲れさまです。三ツ矢です。\n来期の日吉校の講師配置案をまとめました。\n\n"
            "・中3数学：専任 御手洗 → 非常勤 宍戸（週3）に変更\n・中1英語：新規採用1名を配置予定\n"
            "・小6受験：綱島校と合同クラス化を検討\n\n"
            "人件費は前年比で約4%減の見込みです。金曜の会議で説明してもらえますか。\n\n三ツ矢\n",
})

MESSAGES.append({
    "id": "juku-048",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "vendor domain with a homoglyph: tsubasa-systern.jp ('rn' for 'm')",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    "subject": "管理画面のログインについて（契約ID HS-0042）",
    "charset": "utf-8",
    "body": "ツバサシステム サポートご担当者様\n\nお世話になっております。日の出産業の片桐です。\n"
            "本日11時ごろから、生徒管理システムの管理画面にログインできなくなっています。\n"
            "二段階認証のコード入力後に「セッションが無効です」と表示されます。\n"
            "日吉・綱島・菊名の3校舎とも同じ症状です。\n\nお手数ですがご確認をお願いします。\n\n"
            "片桐 亮\n日の出産業株式会社 情報システム課\n",
})

# =======================================================================================
# STOP — confidentiality markings
# =======================================================================================

MESSAGES.append({
    "id": "juku-049",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "body and subject stamped 【社外秘】 (expansion plan) sent to an outside consultant",
    "sender": f"事業企画 桐生 <kiryu.h@{D}>",
    "to": ["みらいコンサルティング 戸張様 <tobari@mirai-consulting.co.jp>"],
    "subject": "【社外秘】2026-2028 校舎展開計画（案）",
    "charset": "iso-2022-jp",
    "body": """戸張様

お世話になっております。日の出産業 教育事業部の桐生です。
次回の打合せ資料として、校舎展開計画の案をお送りします。

━━━━━━━━━━━━━━━━━━━━━━━━━
【社外秘】取扱い：教育事業部 経営会議メンバー限り
━━━━━━━━━━━━━━━━━━━━━━━━━
1. 2026年度
   ・新綱島駅前に個別指導専門校を新設（初年度生徒数120名目標）
   ・十日市場校は生徒数減少のため2027年3月で閉校し、長津田校へ統合
2. 2027年度
   ・武蔵小杉校の増床（+2教室）
   ・オンライン個別の本格展開、講師20名増員
3. 投資額（3年累計）：約2億4千万円

ご意見をいただけますと幸いです。

桐生 宏
日の出産業株式会社 教育事業部長
""",
})

MESSAGES.append({
    "id": "juku-050",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "innocent body; the attached PDF training manual carries a 'Confidential / 社外秘' page header",
    "sender": f"研修担当 日野 <hino.s@{D}>",
    "to": ["エデュパートナーズ 研修講師 関口様 <sekiguchi@edu-partners.co.jp>"],
    "subject": "2/8 講師研修の資料について",
    "charset": "utf-8",
    "body": "関口様\n\nお世話になっております。日の出産業 研修担当の日野です。\n"
            "2月8日の新人講師研修でお使いいただく、当社の授業マニュアルを添付いたします。\n"
            "第3章の「板書と発問」を中心にお話しいただけますと幸いです。\n\n日野 聡子\n",
    "attachments": [{
        "kind": "pdf", "name": "hinode_jugyo_manual_v4.pdf",
        "page_header": "Confidential / 社外秘　日の出産業株式会社 教育事業部",
        "page_footer": "無断複製・転載を禁じます",
        "lines": ["ひので学院 授業マニュアル 第4版", "", "第1章 授業の組み立て", "第2章 宿題の出し方と確認",
                  "第3章 板書と発問", "　3-1 板書は3分割を基本とする", "　3-2 発問は「なぜ」「ほかには」を意識する",
                  "第4章 保護者対応の基本", "第5章 クレーム発生時のエスカレーション"],
    }],
})

MESSAGES.append({
    "id": "juku-051",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "price-revision draft XLSX whose header and title row are stamped 部外秘 sent to the printer",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "subject": "新年度パンフレット 料金ページの元データ",
    "charset": "cp932",
    "body": "大森様\n\nお世話になっております。樫村です。\n"
            "新年度パンフレットの料金ページ用に、料金表の元データをお送りします。\n"
            "レイアウトは昨年度と同じでお願いします。\n\n樫村\n",
    "attachments": [{
        "kind": "xlsx", "name": "2026_授業料改定案.xlsx",
        "page_header": "部外秘",
        "sheets": {"授業料": [
            ["【部外秘】2026年度 授業料改定案（経営会議 承認前）"],
            ["コース", "現行（月額・税込）", "改定案", "改定率"],
            ["小5 受験コース", 25300, 26950, "6.5%"],
            ["小6 受験コース", 31900, 33550, "5.2%"],
            ["中1 集団", 18700, 19800, "5.9%"],
            ["中2 集団", 20900, 22000, "5.3%"],
            ["中3 集団", 27500, 29150, "6.0%"],
            ["個別指導 週1", 16500, 17600, "6.7%"],
        ]},
    }],
})

MESSAGES.append({
    "id": "juku-052",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX plan headed 極秘 (school closure) sent to a real-estate agent; the mail body has no marking",
    "sender": f"事業企画 桐生 <kiryu.h@{D}>",
    "to": ["横浜テナント開発 田端様 <tabata@yokohama-tenant.co.jp>"],
    "subject": "十日市場の物件の件",
    "charset": "iso-2022-jp",
    "body": "田端様\n\nお世話になっております。桐生です。\n"
            "先日ご相談した件、社内資料を添付しますので背景としてご覧ください。\n"
            "解約予告の時期についてご助言いただければ幸いです。\n\n桐生\n",
    "attachments": [{
        "kind": "docx", "name": "十日市場校_統合計画.docx",
        "page_header": "極秘",
        "paragraphs": ["極秘", "十日市場校 統合計画（経営会議資料）",
                       "1. 十日市場校の在籍者数は3年連続で減少（142名→97名）。",
                       "2. 2027年3月末で閉校し、在籍生は長津田校へ移籍を案内する。",
                       "3. 教職員への告知は2026年10月、保護者への告知は2026年11月を予定。",
                       "4. 現賃貸借契約は6か月前予告。解約予告は2026年9月末までに行う。"],
    }],
})

# =======================================================================================
# STOP — attachments that cannot be read
# =======================================================================================

MESSAGES.append({
    "id": "juku-053",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of students' results sent to a high school; contents cannot be inspected",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["青稜学園高等学校 入試広報部 森永先生 <morinaga@seiryo-gakuen.ed.jp>"],
    "subject": "併願優遇 事前相談資料の送付",
    "charset": "iso-2022-jp",
    "body": "青稜学園高等学校\n森永先生\n\nお世話になっております。ひので学院の長峰です。\n"
            "併願優遇の事前相談資料（模試成績一覧）をお送りいたします。\n"
            "パスワードは別途メールにてお知らせいたします。\n\n長峰 孝\n",
    "attachments": [{
        "kind": "zip", "name": "jizen_soudan_20251208.zip", "password": "Hng#2025seiryo",
        "files": [{"kind": "xlsx", "name": "事前相談_模試成績.xlsx", "sheets": {"一覧": [
            ["氏名", "中学校", "5科偏差値", "内申"],
            ["一戸 蒼真", "市立日吉台西中", 61.4, 38], ["薬袋 結衣", "市立新羽中", 58.9, 36],
            ["九十九 蓮", "市立菊名北中", 55.0, 33], ["真壁 葵", "市立大倉山中", 63.2, 41],
            ["猪俣 陽翔", "市立綱島東中", 57.7, 35]]}}],
    }],
})

MESSAGES.append({
    "id": "juku-054",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF report card sent to a guardian's gmail; the attachment cannot be inspected",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["hatano.family@gmail.com"],
    "subject": "【ひので学院】第3回模試 個人成績表（PDF）",
    "charset": "utf-8",
    "body": "波多野様\n\nいつもお世話になっております。ひので学院日吉校です。\n"
            "第3回全国統一模試の個人成績表をお送りいたします。\n"
            "PDFのパスワードは、生徒番号（6桁）です。\n\nご不明な点がございましたら教室までお問い合わせください。\n" + SIG_HIYOSHI,
    "attachments": [{
        "kind": "pdf", "name": "seiseki_hatano.pdf", "password": "241187",
        "lines": ["第3回 全国統一模試 個人成績表", "波多野 颯太（中3）", "国語 68 数学 74 英語 81 理科 59 社会 66",
                  "5科偏差値 58.3"],
    }],
})

MESSAGES.append({
    "id": "juku-055",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX attached for the system vendor: cannot be inspected",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    "subject": "Re: 移行データ 再送のお願い",
    "charset": "cp932",
    "body": "導入支援チーム 御中\n\n片桐です。ファイルが開けないとのことで、再送いたします。\n"
            "USBからコピーし直したものです。今回も開けない場合はお知らせください。\n\n片桐\n\n"
            "> 片桐様\n> 先ほどいただいたファイルが破損しているようで開けませんでした。\n> 再送をお願いできますでしょうか。\n",
    "attachments": [{"kind": "corrupt", "name": "seito_master_tsunashima.xlsx"}],
})

MESSAGES.append({
    "id": "juku-056",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt DOCX (complaint record) sent to the law firm: cannot be inspected",
    "sender": f"お客様相談室 細田 <hosoda.k@{D}>",
    "to": ["白川法律事務所 白川様 <shirakawa@shirakawa-law.jp>"],
    "subject": "保護者対応記録（11月分）",
    "charset": "iso-2022-jp",
    "body": "白川先生\n\nいつもお世話になっております。日の出産業 お客様相談室の細田です。\n"
            "ご依頼のありました保護者対応記録（11月分）をお送りいたします。\n"
            "来週のご面談の際にご意見を伺えますと幸いです。\n\n細田 和也\n日の出産業株式会社 お客様相談室\n",
    "attachments": [{"kind": "corrupt", "name": "taiou_kiroku_202511.docx"}],
})

# =======================================================================================
# PASS — ordinary mail a juku office sends every day
# =======================================================================================

MESSAGES.append({
    "id": "juku-057",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one guardian about a trial lesson; signature with school TEL/FAX and the standard disclaimer",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["及川 直樹 <oikawa.naoki@outlook.jp>"],
    "subject": "Re: 体験授業の申込みについて",
    "charset": "iso-2022-jp",
    "body": "及川様\n\nこのたびはひので学院日吉校の体験授業にお申込みいただき、誠にありがとうございます。\n"
            "ご希望の日程で、以下のとおりご用意いたしました。\n\n"
            "　日時：11月18日（火）19:30〜21:00（中1数学）\n"
            "　持ち物：筆記用具、学校の数学の教科書\n\n"
            "当日は授業開始の10分前までに受付へお越しください。\n"
            "ご都合が悪くなった場合は、お電話でご連絡いただけますと幸いです。\n"
            + SIG_HIYOSHI + "\n" + DISC_JA,
})

MESSAGES.append({
    "id": "juku-058",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a 秘密保持契約 with the printer, with the blank NDA draft attached: no marking, no personal data",
    "sender": f"法務 須賀 <suga.m@{D}>",
    "to": ["錦印刷 総務部 法務担当 <houmu@nishiki-insatsu.co.jp>"],
    "subject": "模試問題の印刷に関する秘密保持契約書（案）",
    "charset": "cp932",
    "body": "錦印刷株式会社\n総務部 法務ご担当者様\n\nお世話になっております。日の出産業 法務課の須賀です。\n"
            "来年度から模試問題の印刷をお願いするにあたり、秘密保持契約を締結させていただきたく、\n"
            "当社ひな形の案を添付いたします。\n\n"
            "特に第3条（秘密情報の範囲）に「試験実施日までの問題・解答」を明記している点、\n"
            "第7条の損害賠償の上限について、ご意見をいただけますと幸いです。\n\n"
            "須賀 真琴\n日の出産業株式会社 総務部 法務課\nTEL 045-650-7705\n",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_錦印刷.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）と錦印刷株式会社（以下「乙」という。）は、"
                       "甲が実施する模擬試験の問題の印刷に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                       "第3条（秘密情報の範囲）試験実施日までの問題・解答・配点その他甲が秘密と指定した情報をいう。",
                       "第7条（損害賠償）乙の責めに帰すべき事由により甲に損害が生じた場合、乙はその損害を賠償する。",
                       "甲：神奈川県横浜市中区山下町28-3 日の出産業株式会社 代表取締役 ＿＿＿＿",
                       "乙：＿＿＿＿＿＿＿＿＿＿＿＿"],
    }],
})

MESSAGES.append({
    "id": "juku-059",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tuition price list PDF for a corporate welfare partner: prices, no people",
    "sender": f"法人営業 辻 <tsuji.k@{D}>",
    "to": ["川崎電機 人事部 福利厚生課 <fukuri@kawasaki-denki.co.jp>"],
    "subject": "社員ご家族向け 授業料割引のご案内（2026年度版）",
    "charset": "utf-8",
    "body": "川崎電機株式会社\n人事部 福利厚生課 御中\n\nいつも大変お世話になっております。日の出産業 法人営業の辻です。\n"
            "2026年度の社員ご家族向け授業料割引のご案内資料をお送りします。\n"
            "昨年度から割引率に変更はございません（入塾金免除＋授業料10%割引）。\n社内ポータルへの掲載をご検討いただけますと幸いです。\n\n"
            "辻 健太郎\n日の出産業株式会社 教育事業部 法人営業\nTEL 045-650-7730 / 携帯 080-4410-2276\n",
    "attachments": [{
        "kind": "pdf", "name": "hinode_gakuin_price_2026.pdf",
        "lines": ["ひので学院 2026年度 授業料一覧（税込・月額）", "川崎電機株式会社 社員ご家族 特別価格"],
        "table": [["コース", "通常", "特別価格"], ["小5 受験コース", "26,950円", "24,255円"],
                  ["小6 受験コース", "33,550円", "30,195円"], ["中1 集団", "19,800円", "17,820円"],
                  ["中2 集団", "22,000円", "19,800円"], ["中3 集団", "29,150円", "26,235円"],
                  ["個別指導 週1", "17,600円", "15,840円"], ["入塾金", "22,000円", "免除"]],
    }],
})

MESSAGES.append({
    "id": "juku-060",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "textbook shipment with order and tracking numbers to the carrier: no personal data",
    "sender": f"教材課 宇佐美 <usami.k@{D}>",
    "to": ["青葉運輸 横浜営業所 <yokohama@aoba-unyu.co.jp>"],
    "subject": "冬期テキスト 校舎配送分の追跡番号について",
    "charset": "iso-2022-jp",
    "body": "青葉運輸 横浜営業所 ご担当者様\n\nお世話になっております。日の出産業 教材課の宇佐美です。\n"
            "昨日集荷いただいた冬期テキストのうち、菊名校分がまだ届いていないとのことです。\n"
            "お手数ですが配送状況をご確認いただけますでしょうか。\n\n"
            "発注番号　　：PO-2025-11-0387\n"
            "お問合せ番号：4417-2093-8815（日吉校・済）\n"
            "　　　　　　　4417-2093-8826（綱島校・済）\n"
            "　　　　　　　4417-2093-8830（菊名校・未着）\n"
            "個口数：各6個口\n\n宇佐美 健\n日の出産業株式会社 教育事業部 教材課\nTEL 045-650-7740\n",
})

_tnum = corp_number("020001083451")
MESSAGES.append({
    "id": "juku-061",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice to the system vendor: invoice number, T-number (法人番号) and company bank account only",
    "sender": f"経理 小西 <konishi.y@{D}>",
    "to": ["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
    "subject": "お支払いのご連絡（請求書番号 TS-INV-2025-1142）",
    "charset": "cp932",
    "body": "ツバサシステム株式会社\n経理部 御中\n\nいつもお世話になっております。日の出産業 経理課の小西です。\n"
            "下記のとおりお支払い手続きを完了いたしましたのでご連絡いたします。\n\n"
            "請求書番号：TS-INV-2025-1142\n"
            f"貴社登録番号：T{_tnum}\n"
            "請求金額：1,386,000円（税込）\n"
            "お支払日：2025年11月28日\n"
            "振込先：みどり銀行 本店営業部 普通 0817263 ツバサシステム（カ\n\n"
            "振込手数料は当社負担としております。\n"
            "ご確認のほどよろしくお願いいたします。\n\n小西 由紀\n日の出産業株式会社 経理課\n",
})

MESSAGES.append({
    "id": "juku-062",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to a guardian; her child's asthma and her phone appear only in the quoted text she wrote",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["t.kuribayashi77@icloud.com"],
    "subject": "Re: 合宿の件でご相談",
    "charset": "iso-2022-jp",
    "body": "栗林様\n\nご連絡ありがとうございます。\n内容、承知いたしました。引率講師にも共有し、"
            "合宿中は十分に注意して見守ります。\n何かございましたら、すぐにお電話いたします。\n\n大屋\n\n"
            "2025/11/20 21:14、栗林 智子 <t.kuribayashi77@icloud.com> のメール:\n"
            "> 大屋先生\n> いつもお世話になっております。栗林陽菜の母です。\n"
            "> 陽菜は小さい頃から喘息があり、寒い時期は夜に発作が出ることがあります。\n"
            "> 吸入器を持たせますので、もしもの時は 090-5528-1740 までご連絡ください。\n"
            "> よろしくお願いいたします。\n",
})

_p = people("063", 12, ("中3",))
MESSAGES.append({
    "id": "juku-063",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "internal-only: mock-exam follow-up list of 12 students with guardians' phones to colleagues",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": [f"hiyoshi-staff@{D}"],
    "cc": [f"mitsuya.h@mail.{D}"],
    "subject": "第3回模試 偏差値が下がった生徒のフォロー電話",
    "charset": "utf-8",
    "body": "日吉校スタッフ各位\n\n第3回模試で前回から偏差値が3以上下がった生徒です。\n今週中に保護者へ電話をお願いします。担当は右端の列。\n\n"
            + pad("生徒", 16) + pad("前回", 6) + pad("今回", 6) + pad("保護者TEL", 16) + "担当\n"
            + "\n".join(pad(p["name"], 16) + pad(str(55 + i % 7), 6) + pad(str(50 + i % 5), 6)
                        + pad(p["tel"], 16) + ["安達", "瀬尾", "長峰"][i % 3] for i, p in enumerate(_p))
            + "\n\n安達\n",
})

MESSAGES.append({
    "id": "juku-064",
    "expect": "pass",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [],
    "note": "internal-only: health notes of camp participants shared with the accompanying staff",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": [f"adachi.k@{D}", f"nagamine.t@{D}", f"hino.s@{D}"],
    "subject": "【引率者用】合宿 健康面の配慮事項",
    "charset": "cp932",
    "body": "引率の先生方\n\n保護者の健康調査票から、配慮が必要な生徒を抜き出しました。\n\n"
            "・波多野 颯太（中2）てんかん。発作時は横向き、5分以上続けば119番\n"
            "・苫米地 葵（中1）ソバ・ピーナッツアレルギー\n"
            "・一戸 晴（中2）小児喘息、吸入器持参\n"
            "・寒河江 心春（中3）1型糖尿病、夜に補食\n"
            "・九十九 蓮（中2）ディスレクシア。問題文の読み上げをお願いします\n\n"
            "調査票の原本は合宿ファイルに入れてあります。\n\n瀬尾\n",
})

MESSAGES.append({
    "id": "juku-065",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seminar invitation whose title mentions 発達障害: a health word about no one",
    "sender": f"研修担当 日野 <hino.s@{D}>",
    "to": ["日向台市教育委員会 指導課 <shidou@city.hinatadai.lg.jp>"],
    "subject": "公開セミナー「発達障害のある子どもの学習支援」ご後援のお願い",
    "charset": "iso-2022-jp",
    "body": "日向台市教育委員会\n指導課 ご担当者様\n\n突然のご連絡失礼いたします。日の出産業 教育事業部の日野と申します。\n"
            "当社では地域の保護者・教員の方を対象に、下記の公開セミナーを予定しております。\n"
            "つきましては、貴委員会のご後援を賜りたくお願い申し上げます。\n\n"
            "名称：公開セミナー「発達障害のある子どもの学習支援 ― 読み書きのつまずきに気づく」\n"
            "日時：2026年2月14日（土）14:00〜16:00\n会場：日向台市生涯学習センター 大ホール\n"
            "講師：港南大学 教育学部 准教授 三好 玲子 氏\n参加費：無料（定員120名）\n\n"
            "後援申請書は別途郵送いたします。\n\n日野 聡子\n日の出産業株式会社 教育事業部 研修担当\nTEL 045-650-7722\n",
})

MESSAGES.append({
    "id": "juku-066",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "infection-policy notice to guardians, addresses in Bcc: health words are policy, not about a person",
    "sender": f"ひので学院 本部 <gakuin-info@{D}>",
    "to": [f"gakuin-info@{D}"],
    "bcc": ["hatano.family@gmail.com", "keiko.yomogida@yahoo.co.jp", "akemi_3388@docomo.ne.jp",
            "t.kuribayashi77@icloud.com", "sagae-m@ezweb.ne.jp", "oikawa.naoki@outlook.jp"],
    "subject": "インフルエンザ流行期の出席についてのお願い",
    "charset": "utf-8",
    "body": "保護者の皆様\n\n平素よりひので学院をご利用いただき、誠にありがとうございます。\n"
            "市内でインフルエンザの流行が始まっていることを受け、当学院の対応方針をお知らせします。\n\n"
            "1. 発熱・咳などの症状がある場合は、無理に通塾せずオンライン受講に切り替えてください。\n"
            "2. インフルエンザと診断された場合は、学校保健安全法の出席停止期間に準じてお休みください。\n"
            "3. 欠席した授業は、録画配信または振替授業で対応いたします。\n"
            "4. 各教室の入口に消毒液を設置し、授業ごとに換気を行います。\n\n"
            "ご理解とご協力をお願いいたします。\n\nひので学院 本部\n",
})

MESSAGES.append({
    "id": "juku-067",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff attending an external training with their mobiles: under five people (may warn)",
    "sender": f"研修担当 日野 <hino.s@{D}>",
    "to": ["全国模試センター 研修事務局 <kenshu@zenkoku-moshi.or.jp>"],
    "subject": "1/24 採点者研修 参加者のご連絡",
    "charset": "iso-2022-jp",
    "body": "全国模試センター 研修事務局 御中\n\nお世話になっております。日の出産業の日野です。\n"
            "1月24日の記述問題 採点者研修に、当社から下記3名が参加いたします。\n"
            "当日の緊急連絡先として携帯番号を記載しております。\n\n"
            "　1. 長峰 孝　　　携帯 090-6621-4403\n"
            "　2. 鈴鹿 美穂　　携帯 080-3390-1857\n"
            "　3. 宍戸 律　　　携帯 090-3381-5027\n\n"
            "よろしくお願いいたします。\n\n日野 聡子\n",
})

MESSAGES.append({
    "id": "juku-068",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "directory of the juku's branches (addresses, switchboards) for a flyer: businesses, not people",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "subject": "春期講習チラシ 裏面の校舎一覧",
    "charset": "utf-8",
    "body": "大森様\n\nお世話になっております。樫村です。\nチラシ裏面に入れる校舎一覧です。前回から菊名校の電話番号が変わっています。\n\n"
            "校舎        住所                                              電話            受付\n"
            "----------  ------------------------------------------------  --------------  -----------\n"
            "日吉校      横浜市港北区日吉2-8-15 日吉第二ビル3F             045-562-3811    14:00-21:30\n"
            "綱島校      横浜市港北区綱島西1-4-7 綱島センタービル2F        045-531-2207    14:00-21:30\n"
            "菊名校      横浜市港北区菊名4-3-22 菊名駅前ビル4F             045-433-9015    14:00-21:30\n"
            "武蔵小杉校  川崎市中原区小杉町3-264 小杉スクエア5F            044-711-6083    14:00-22:00\n"
            "十日市場校  横浜市緑区十日市場町826-9 十日市場プラザ2F        045-989-4410    15:00-21:00\n"
            "長津田校    横浜市緑区長津田4-1-8 長津田駅前ビル3F            045-984-2236    15:00-21:00\n\n"
            "フリーダイヤル 0120-47-1165（本部 平日10:00-18:00）も入れてください。\n\n樫村\n",
})

MESSAGES.append({
    "id": "juku-069",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "annual mock-exam calendar: many dates, none is a birth date",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["日吉台西中学校 進路指導 岡部先生 <okabe@hiyoshidainishi.ed.jp>"],
    "subject": "2026年度 模試日程のご案内",
    "charset": "cp932",
    "body": "岡部先生\n\nいつもお世話になっております。ひので学院の長峰です。\n"
            "先日お問い合わせいただいた、当学院で実施する2026年度の模試日程をお知らせします。\n\n"
            "第1回　2026年4月26日（日）　中3・中2\n"
            "第2回　2026年6月21日（日）　中3\n"
            "第3回　2026年9月13日（日）　中3・中2・中1\n"
            "第4回　2026年10月25日（日）　中3\n"
            "第5回　2026年11月29日（日）　中3（入試直前）\n"
            "第6回　2027年1月10日（日）　中3・中2\n\n"
            "外部生の受験も受け付けています（受験料 4,400円）。\n\n長峰 孝\n",
})

MESSAGES.append({
    "id": "juku-070",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "refund inquiry with 12-digit inquiry/transaction numbers that look like ID numbers but are not",
    "sender": f"綱島校 事務 滝本 <takimoto.r@{D}>",
    "to": ["ペイライン決済 加盟店サポート <kameiten@payline-kessai.co.jp>"],
    "subject": "返金処理の状況確認（加盟店ID HNG-20417）",
    "charset": "iso-2022-jp",
    "body": "ペイライン決済 加盟店サポート御中\n\nお世話になっております。ひので学院綱島校の滝本です。\n"
            "11月10日に管理画面から返金処理を行った取引が、まだ「処理中」のままです。\n\n"
            "　お問い合わせ番号：4021 7785 3390\n"
            "　取引ID：300118462275\n"
            "　金額：13,200円\n\n"
            "ご確認のほどよろしくお願いいたします。\n\n滝本 玲奈\nひので学院 綱島校\n",
})

MESSAGES.append({
    "id": "juku-071",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two partner companies in To/Cc",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "cc": ["ツバサシステム 西尾様 <nishio@tsubasa-system.jp>"],
    "subject": "成績表データ連携の打合せ日程",
    "charset": "utf-8",
    "body": "錦印刷 大森様\nツバサシステム 西尾様\n\nお世話になっております。日の出産業の片桐です。\n"
            "新システムから錦印刷様へ成績表データを直接連携する件、三者で一度打合せをさせてください。\n\n"
            "候補：12月3日（水）14時〜／12月4日（木）10時〜／12月5日（金）15時〜\n"
            "場所：弊社本部 6F会議室（オンライン併用）\n\n"
            "ファイル形式（CSV/固定長）と受け渡し方法（SFTP）を決められればと思います。\n\n片桐 亮\n",
})

MESSAGES.append({
    "id": "juku-072",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview schedule to one tutor applicant on gmail",
    "sender": f"人事 講師採用担当 近江 <omi.s@{D}>",
    "to": ["丹羽 陸斗 <rikuto.niwa.0923@gmail.com>"],
    "subject": "【ひので学院】講師採用 面接日程のご案内",
    "charset": "iso-2022-jp",
    "body": "丹羽 陸斗 様\n\nこのたびはひので学院の講師募集にご応募いただき、ありがとうございます。\n"
            "書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n\n"
            "日時：12月6日（土）11:00〜11:45\n場所：日の出産業株式会社 本部 6F（横浜市中区山下町28-3）\n"
            "内容：面接、模擬授業（中2数学「連立方程式」10分）\n持ち物：筆記用具、学生証\n\n"
            "ご都合が合わない場合はご返信ください。\n" + SIG_HONBU.format(name="近江 紗希"),
})

MESSAGES.append({
    "id": "juku-073",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["freemail_recipient"],
    "note": "one student's own exam scores sent to her guardian: a single person's record, no contact data",
    "sender": f"菊名校 鈴鹿 <suzuka.m@{D}>",
    "to": ["akemi_3388@docomo.ne.jp"],
    "subject": "期末テスト結果のご報告（菊名校）",
    "charset": "cp932",
    "body": "中山様\n\nいつもお世話になっております。ひので学院菊名校の鈴鹿です。\n"
            "咲良さんの2学期期末テストの結果をご報告いたします。\n\n"
            "　国語 82（+6）　数学 71（+15）　英語 88（+2）　理科 64（-3）　社会 79（+8）\n"
            "　5科合計 384点（前回 362点）\n\n"
            "数学の伸びが大きく、関数の単元を克服できたことが結果につながりました。\n"
            "冬期講習では理科の電流分野を重点的に扱います。\n\n鈴鹿 美穂\nひので学院 菊名校 TEL 045-433-9015\n",
})

MESSAGES.append({
    "id": "juku-074",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to an overseas partner about program dates and fees; signature with phone numbers",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Emily Carter <ecarter@brightpath-academy.com>"],
    "subject": "Re: 2026 Summer English Camp - dates and fees",
    "charset": "utf-8",
    "body": """Dear Emily,

Thank you for the updated proposal. We are happy with the dates (26 July - 9 August 2026)
and the fee of SGD 3,850 per student including homestay and airport transfers.

Could you confirm two points?
1. Is the group discount (10+ students) still available this year?
2. Can the placement test be taken online in Japan before departure?

We will announce the program to parents on 22 February.

Best regards,
Yuko Hanazawa
International Programs, Education Division
Hinode Sangyo Co., Ltd.
6F Hinode Bldg., 28-3 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
Tel +81-45-650-7725 / Mobile +81-80-5516-3092
""",
})

MESSAGES.append({
    "id": "juku-075",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "apology to one complaining guardian on yahoo.co.jp: no sensitive data, no list",
    "sender": f"お客様相談室 細田 <hosoda.k@{D}>",
    "to": ["左右田 剛 <soda.tsuyoshi@yahoo.co.jp>"],
    "subject": "講師の対応についてのお詫び",
    "charset": "iso-2022-jp",
    "body": "左右田 剛 様\n\n日の出産業株式会社 お客様相談室の細田と申します。\n"
            "このたびは、武蔵小杉校の講師の言葉遣いにより、ご子息ならびにご家族に大変不快な思いを\n"
            "おかけしましたこと、心よりお詫び申し上げます。\n\n"
            "当該講師には厳重に注意を行い、教室長同席のうえで改めて指導いたしました。\n"
            "また、来月より担当を変更いたします。\n"
            "今後このようなことがないよう、全講師を対象とした研修を実施してまいります。\n\n"
            "ご不明な点がございましたら、お客様相談室（0120-47-1165）までお申し付けください。\n\n"
            "細田 和也\n日の出産業株式会社 お客様相談室\n",
})

MESSAGES.append({
    "id": "juku-076",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "internal-only forward of a guardian's complaint with her contact details",
    "sender": f"お客様相談室 細田 <hosoda.k@{D}>",
    "to": [f"kosugi-kouchou@{D}"],
    "cc": [f"kiryu.h@{D}"],
    "subject": "FW: 【お問い合わせフォーム】講師の言葉遣いについて",
    "charset": "utf-8",
    "body": "武蔵小杉校 校舎長\n\nお客様相談室の細田です。下記のお問い合わせ、事実確認をお願いします。\n"
            "本日中に一次回答したいので、15時までにご連絡ください。\n\n細田\n\n"
            "-------- 転送メッセージ --------\n"
            "件名: 【お問い合わせフォーム】講師の言葉遣いについて\n"
            "お名前: 左右田 剛\nお電話: 090-2740-6618\nメール: soda.tsuyoshi@yahoo.co.jp\n"
            "生徒名: 左右田 大和（中2）\n"
            "内容: 先週の数学の授業で、講師の方が息子に「こんなのも分からないのか」と大声で言ったそうです。\n"
            "息子は塾に行きたくないと言っています。事実を確認して説明してください。\n",
})

MESSAGES.append({
    "id": "juku-077",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the words 機密 and 取扱注意 used in passing (handling instructions for exam papers), not a marking",
    "sender": f"教材課 宇佐美 <usami.k@{D}>",
    "to": ["青葉運輸 横浜営業所 <yokohama@aoba-unyu.co.jp>"],
    "subject": "模試問題の輸送方法について",
    "charset": "cp932",
    "body": "青葉運輸 横浜営業所 ご担当者様\n\nお世話になっております。教材課の宇佐美です。\n"
            "来月から模試の問題冊子も御社にお願いすることになりました。\n"
            "問題の機密性を保つため、以下の方法でお願いできますでしょうか。\n\n"
            "・封緘した段ボールに「取扱注意」のシールを貼ってお渡しします\n"
            "・集荷から各校舎への納品まで、他の荷物と混載しない\n"
            "・納品時は校舎長の受領印をいただく\n\n"
            "料金が変わるようでしたらお見積りをお願いします。\n\n宇佐美 健\n日の出産業株式会社 教材課\n",
})

MESSAGES.append({
    "id": "juku-078",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "support request to the vendor with a long bilingual disclaimer footer",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "入退室メールの配信遅延について",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム サポートご担当者様\n\nお世話になっております。日の出産業の片桐です。\n"
            "昨日18時〜19時の間、入退室メール（保護者への通知）が最大40分遅れて配信されていました。\n"
            "障害情報のページには掲載がなかったのですが、原因をご存じでしょうか。\n"
            "保護者からの問い合わせが3件ありました。\n\n"
            "片桐 亮\n日の出産業株式会社 情報システム課\nTEL 045-650-7708\n"
            "-----------------------------------------------------------------\n"
            + DISC_JA + "\n" + DISC_EN + "\n",
})

MESSAGES.append({
    "id": "juku-079",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four families booked for a school visit with guardians' phones: under five people (may warn)",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["白鷺学園高等学校 入試広報 <koho@shirasagi-gakuen.ed.jp>"],
    "subject": "12/13 学校見学 ひので学院からの参加者",
    "charset": "utf-8",
    "body": "白鷺学園高等学校 入試広報ご担当 様\n\nお世話になっております。ひので学院の長峰です。\n"
            "12月13日の塾経由の学校見学に、次の4組が参加します。\n\n"
            "　猪俣 陽翔（中3）・保護者 猪俣 由佳 様　080-7731-2058\n"
            "　薬袋 結衣（中3）・保護者 薬袋 浩二 様　090-1184-6637\n"
            "　真壁 葵（中3）・保護者 真壁 直樹 様　070-4428-9910\n"
            "　一戸 蒼真（中3）・保護者 一戸 香織 様　090-8802-3145\n\n"
            "当日は10時に正門前に集合いたします。\n\n長峰\n",
})

MESSAGES.append({
    "id": "juku-080",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "blank scholarship application form (field labels only) sent to a guardian on gmail",
    "sender": f"奨学金事務局 田代 <tashiro.n@{D}>",
    "to": ["ishii-family2010@gmail.com"],
    "subject": "ひので学院 給付奨学金 申請書のご送付",
    "charset": "iso-2022-jp",
    "body": "石井様\n\nお問い合わせいただきありがとうございます。ひので学院 奨学金事務局の田代です。\n"
            "給付奨学金の申請書の様式をお送りします。ご記入のうえ、教室へご提出ください。\n\n"
            "―――― 申請書 記入項目 ――――\n"
            "生徒氏名：＿＿＿＿＿＿＿＿　　フリガナ：＿＿＿＿＿＿＿＿\n"
            "生年月日：平成　　年　　月　　日\n"
            "在籍校・学年：＿＿＿＿＿＿＿＿\n"
            "保護者氏名：＿＿＿＿＿＿＿＿　　連絡先：＿＿＿＿＿＿＿＿\n"
            "世帯の年収（前年）：＿＿＿＿＿円\n"
            "申請理由（400字程度）：\n\n"
            "※所得を証明する書類（課税証明書等）の写しを添付してください。\n"
            "※締切は2026年1月31日（当日消印有効）です。\n\n田代 菜摘\n",
})

MESSAGES.append({
    "id": "juku-081",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "blank enrolment form DOCX sent to a prospective guardian on outlook.jp",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["oikawa.naoki@outlook.jp"],
    "subject": "入塾申込書をお送りします",
    "charset": "utf-8",
    "body": "及川様\n\n先日は体験授業にご参加いただきありがとうございました。\n"
            "ご入塾をご希望とのこと、大変うれしく思います。\n"
            "入塾申込書を添付いたしますので、ご記入のうえ初回授業の際にお持ちください。\n" + SIG_TSUNA,
    "attachments": [{
        "kind": "docx", "name": "入塾申込書.docx",
        "paragraphs": ["ひので学院 入塾申込書", "記入日：　　年　　月　　日"],
        "tables": [[["項目", "記入欄"], ["生徒氏名", ""], ["フリガナ", ""], ["生年月日", "　　年　　月　　日"],
                    ["学校名・学年", ""], ["保護者氏名", ""], ["住所", "〒"], ["電話番号", ""],
                    ["メールアドレス", ""], ["受講コース", "□集団　□個別　□映像"],
                    ["お支払方法", "□口座振替　□クレジットカード"]]],
    }],
})

MESSAGES.append({
    "id": "juku-082",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "winter-course payment instructions to one guardian: the company's own bank account only",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["sagae-m@ezweb.ne.jp"],
    "subject": "冬期講習費のお振込み先",
    "charset": "cp932",
    "body": "寒河江様\n\nいつもお世話になっております。ひので学院日吉校の瀬尾です。\n"
            "お問い合わせの冬期講習費のお振込み先は以下のとおりです。\n\n"
            "　金額：48,400円（中3 冬期講習＋正月特訓）\n"
            "　振込先：みどり銀行 日吉支店（店番 214）普通 1650093\n"
            "　口座名義：ニチノデサンギョウ（カ　キョウイクジギョウブ\n"
            "　期限：12月15日（月）\n\n"
            "振込人名の前に生徒番号（6桁）をご入力ください。\n\n瀬尾 あかね\nひので学院 日吉校 事務\n",
})

MESSAGES.append({
    "id": "juku-083",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of candidate hotels with switchboard numbers: businesses, not people",
    "sender": f"日吉校 安達 <adachi.k@{D}>",
    "to": ["ひかりトラベル 教育旅行センター 岸様 <kishi@hikari-travel.co.jp>"],
    "subject": "2026夏期合宿 候補施設について",
    "charset": "iso-2022-jp",
    "body": "岸様\n\nお世話になっております。ひので学院の安達です。\n"
            "来年の合宿の候補施設を、こちらでも調べてみました。見積りの比較をお願いできますか。\n\n"
            "1. さくらホテル（長野県北佐久郡軽井沢町）TEL 0267-42-5511\n"
            "2. ホテル白波（静岡県賀茂郡東伊豆町）TEL 0557-23-4410\n"
            "3. 高原ロッジ八ヶ岳（山梨県北杜市）TEL 0551-38-2206\n"
            "4. 研修センター水上（群馬県利根郡みなかみ町）TEL 0278-72-3390\n\n"
            "条件：3泊4日、生徒40名・引率5名、大広間または会議室2室を終日\n\n安達\n",
})

MESSAGES.append({
    "id": "juku-084",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "heatstroke-prevention request to the caterer: health words about food handling, no person",
    "sender": f"日吉校 瀬尾 <seo.a@{D}>",
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "夏期講習中のお弁当 熱中症・食中毒対策について",
    "charset": "utf-8",
    "body": "北国フーズ株式会社\n給食事業部 ご担当者様\n\nいつもお世話になっております。ひので学院日吉校の瀬尾です。\n"
            "夏期講習期間（7/22〜8/29）のお弁当について、昨年の反省から次の点をお願いしたく存じます。\n\n"
            "・保冷剤を2個ずつ同梱していただく\n・塩分補給のため、塩タブレットを1粒添えていただく\n"
            "・配送は11時半以降（教室の冷蔵庫に入りきらないため）\n\n"
            "熱中症・食中毒対策として、教室側でも受け取り後すぐに冷蔵します。\n"
            "費用が増える場合はお知らせください。\n\n瀬尾 あかね\n",
})

MESSAGES.append({
    "id": "juku-085",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "internal-only: tutors' My Numbers sent from HR to accounting inside the company",
    "sender": f"人事 近江 <omi.s@{D}>",
    "to": [f"konishi.y@{D}"],
    "subject": "支払調書用 個人番号（外部講師3名）",
    "charset": "iso-2022-jp",
    "body": f"小西さん\n\nお疲れさまです。近江です。\n外部講師3名の個人番号、本人確認が済みましたので共有します。\n\n"
            f"一戸 晴　　　{_mn(2201)}\n五百旗頭 紬　{_mn(2202)}\n左右田 創　　{_mn(2203)}\n\n"
            "確認後はこのメールを削除してください。\n\n近江\n",
})

_p = people("086", 6, ("中1", "中2"))
MESSAGES.append({
    "id": "juku-086",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the vendor: the list of 6 students is only in the quoted Original Message below",
    "sender": f"情報システム 片桐 <katagiri.r@{D}>",
    "to": ["ツバサシステム サポート 西尾様 <support@tsubasa-system.jp>"],
    "subject": "RE: 保護者アプリ 再招待の結果",
    "charset": "cp932",
    "body": "西尾様\n\nご対応ありがとうございました。受領しました。\n各校舎から保護者へ再度ご案内します。\n\n片桐\n\n"
            "-----Original Message-----\n"
            "From: 西尾 <support@tsubasa-system.jp>\n"
            f"Sent: Friday, November 21, 2025 5:12 PM\nTo: 片桐 <katagiri.r@{D}>\n"
            "Subject: 保護者アプリ 再招待の結果\n\n"
            "片桐様\n\n下記6名の保護者様へ再招待メールを送信しました。\n\n"
            + "\n".join(f"{p['sid']}  {p['name']}  {p['mail']}  {p['tel']}" for p in _p)
            + "\n\n西尾\n",
})

MESSAGES.append({
    "id": "juku-087",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply; passport details appear only in the partner's quoted 'On ... wrote:' text",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Grace Lim <glim@harbourview-college.edu.au>"],
    "subject": "Re: Visa letters for your students",
    "charset": "utf-8",
    "body": "Dear Grace,\n\nThank you, the details are correct. Please go ahead and issue the letters.\n\n"
            "Best regards,\nYuko\n\n"
            "On Mon, 24 Nov 2025 at 09:41, Grace Lim <glim@harbourview-college.edu.au> wrote:\n"
            "> Dear Yuko,\n> Before we issue the invitation letters, could you confirm the details below?\n"
            "> - KAGAMI Sota, passport TR4418207, DOB 21/06/2009\n"
            "> - NIWA Hina, passport TS0936152, DOB 09/01/2010\n"
            "> Kind regards,\n> Grace\n",
})

MESSAGES.append({
    "id": "juku-088",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail naming one partner's business contact (company phone) and a rich sender signature",
    "sender": f"本部運営課 三ツ矢 <mitsuya.h@{D}>",
    "to": ["さくらホテル 宿泊営業部 松岡様 <matsuoka@sakura-hotel.jp>"],
    "subject": "テキスト搬入の件（錦印刷様から直送）",
    "charset": "iso-2022-jp",
    "body": "さくらホテル 松岡様\n\nお世話になっております。日の出産業の三ツ矢です。\n"
            "夏期合宿のテキストは、印刷会社から貴ホテルへ直送させていただくことになりました。\n\n"
            "　送り主：錦印刷株式会社 営業二課 大森様（TEL 03-3861-2240）\n"
            "　到着予定：8月1日（土）午前中　段ボール8箱\n\n"
            "到着時に何かありましたら、大森様または私までご連絡ください。\n\n"
            "三ツ矢 浩\n日の出産業株式会社 教育事業部 本部運営課\n"
            "〒231-0023 横浜市中区山下町28-3 日の出ビル6F\nTEL 045-650-7710（代表）／直通 045-650-7713\n"
            "携帯 090-7105-3348\nmitsuya.h@hinode-sangyo.co.jp\n",
})

MESSAGES.append({
    "id": "juku-089",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "textbook order with ISBNs, product codes and quantities: no personal data",
    "sender": f"教材課 宇佐美 <usami.k@{D}>",
    "to": ["学習出版 塾営業部 <juku-eigyo@gakushu-shuppan.co.jp>"],
    "subject": "2026年度 教材ご注文（第1次）",
    "charset": "utf-8",
    "body": "学習出版株式会社\n塾営業部 御中\n\nお世話になっております。日の出産業 教材課の宇佐美です。\n"
            "2026年度教材の第1次注文をお送りします。\n\n"
            "品番        書名                       ISBN                部数\n"
            "GS-M1-26    中1数学 ステップアップ     978-4-86412-301-7   180\n"
            "GS-M2-26    中2数学 ステップアップ     978-4-86412-302-4   165\n"
            "GS-E1-26    中1英語 ワークブック       978-4-86412-311-6   180\n"
            "GS-E3-26    中3英語 入試対策           978-4-86412-315-4   150\n"
            "GS-K3-26    中3国語 読解トレーニング   978-4-86412-320-8   150\n\n"
            "納品：2026年3月10日までに本部倉庫（横浜市中区山下町28-3）\n"
            "注文番号：HS-2026-0014\n\n宇佐美 健\n",
})

MESSAGES.append({
    "id": "juku-090",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate exam results and admission counts for a brochure: statistics, no individuals",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "subject": "パンフレット 合格実績ページの数値",
    "charset": "cp932",
    "body": "大森様\n\nお世話になっております。樫村です。\nパンフレットの合格実績ページの数値が確定しました。\n\n"
            "【2025年春 公立高校 合格者数】\n"
            "横浜翠嵐 7名／湘南 4名／川和 12名／横浜緑ケ丘 9名／希望ケ丘 11名／市ケ尾 15名\n"
            "【私立高校】延べ 284名\n"
            "【中3 第5回模試 平均偏差値】在籍生 56.2（全国平均 50.0）\n"
            "【内申点 平均上昇幅】中2→中3 +3.4\n\n"
            "※人数は講習生のみの受講者を含みません、と注記を入れてください。\n\n樫村\n",
})

MESSAGES.append({
    "id": "juku-091",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two outside organisations (law firm, insurer) in To/Cc about an anonymised incident",
    "sender": f"お客様相談室 細田 <hosoda.k@{D}>",
    "to": ["白川法律事務所 白川様 <shirakawa@shirakawa-law.jp>"],
    "cc": ["ほし損保 賠償責任保険課 <baisho@hoshi-sonpo.co.jp>"],
    "subject": "武蔵小杉校 備品破損の件（事故受付番号 BK-25-00913）",
    "charset": "iso-2022-jp",
    "body": "白川先生\nほし損保 賠償責任保険課 ご担当者様\n\nお世話になっております。日の出産業 お客様相談室の細田です。\n"
            "先日ご報告した武蔵小杉校の件、保護者A様との示談の進め方について、\n"
            "保険会社様も交えて一度お打合せをお願いできますでしょうか。\n\n"
            "事故受付番号：BK-25-00913\n候補日：12月8日（月）・10日（水）の午後\n\n細田 和也\n",
})

MESSAGES.append({
    "id": "juku-092",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order of air purifiers for classrooms: 花粉症/感染症 are product words, not about a person",
    "sender": f"総務 村越 <murakoshi.j@{D}>",
    "to": ["川崎電機 法人営業部 <houjin@kawasaki-denki.co.jp>"],
    "subject": "教室用空気清浄機 見積依頼",
    "charset": "utf-8",
    "body": "川崎電機株式会社\n法人営業部 御中\n\nお世話になっております。日の出産業 総務部の村越です。\n"
            "花粉症の季節と感染症対策に向けて、教室用の空気清浄機の導入を検討しています。\n\n"
            "型番：KD-AP800（HEPAフィルター・加湿機能付き）\n台数：24台（6校舎×4教室）\n"
            "希望納期：2026年2月中旬\n\n交換フィルター（KD-F800）の年間費用もあわせてお見積りください。\n\n"
            "村越 純一\n日の出産業株式会社 総務部 TEL 045-650-7702\n",
})

MESSAGES.append({
    "id": "juku-093",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail where 'confidential' appears only in the standard disclaimer",
    "sender": f"Yuko Hanazawa <hanazawa.y@{D}>",
    "to": ["Info Desk <info@mapleridge-summer.ca>"],
    "subject": "Inquiry: agent partnership for Japanese students",
    "charset": "utf-8",
    "body": "Hello,\n\nI am in charge of international programs at Hinode Gakuin, a group of six cram schools\n"
            "in Yokohama and Kawasaki. We would like to know whether Maple Ridge works with education\n"
            "agents in Japan, and what commission structure you offer for groups of 10-20 students.\n\n"
            "I would be grateful for your agent handbook or a short call in January.\n\n"
            "Kind regards,\nYuko Hanazawa\nHinode Sangyo Co., Ltd. | Tel +81-45-650-7725\n" + DISC_EN,
})

MESSAGES.append({
    "id": "juku-094",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward of one applicant's contact to the partner juku: a single person's record (may warn)",
    "sender": f"綱島校 大屋 <oya.m@{D}>",
    "to": ["まなびや個別 綱島教室 <tsunashima@manabiya-kobetsu.co.jp>"],
    "subject": "FW: 体験授業のお申込み（個別希望の方）",
    "charset": "iso-2022-jp",
    "body": "樋口様\n\nお世話になっております。大屋です。\n個別指導をご希望の方から当校に申込みがありましたので、転送いたします。\n"
            "ご本人には御社からご連絡が行くことをお伝え済みです。\n\n"
            "---------- 転送メッセージ ----------\n"
            "差出人: ひので学院 Webフォーム\n件名: 体験授業のお申込み\n\n"
            "生徒氏名：波多野 心春（中1）\n保護者氏名：波多野 千尋\n"
            "電話：080-6210-4479\nメール：chihiro.hatano@icloud.com\n"
            "ご希望：個別指導（英語）、平日17時以降\n",
})

MESSAGES.append({
    "id": "juku-095",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only course schedule table sent to a school: times and fees, no people",
    "sender": f"進路指導 長峰 <nagamine.t@{D}>",
    "to": ["大倉山中学校 3学年主任 平林先生 <hirabayashi@okurayama-jh.ed.jp>"],
    "subject": "冬期講習 日程表（掲示用）",
    "charset": "utf-8",
    "html": "<html><body><p>平林先生</p><p>いつもお世話になっております。ひので学院の長峰です。<br>"
            "先日お話しした冬期講習の日程表です。学年掲示にお使いいただけますと幸いです。</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"
            "<tr><th>期間</th><th>学年</th><th>時間</th><th>科目</th><th>受講料（税込）</th></tr>"
            "<tr><td>12/24〜12/30</td><td>中3</td><td>13:00〜18:10</td><td>5教科</td><td>39,600円</td></tr>"
            "<tr><td>12/24〜12/29</td><td>中2</td><td>13:00〜16:20</td><td>英数国</td><td>24,200円</td></tr>"
            "<tr><td>12/24〜12/29</td><td>中1</td><td>10:00〜13:20</td><td>英数国</td><td>22,000円</td></tr>"
            "<tr><td>1/4〜1/7</td><td>中3</td><td>9:00〜18:00</td><td>正月特訓</td><td>8,800円</td></tr>"
            "</table><p>長峰 孝<br>ひので学院 進路指導室 TEL 045-650-7720</p></body></html>",
})

_p = people("096", 24, ("小5", "小6", "中1", "中2", "中3"))
MESSAGES.append({
    "id": "juku-096",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "internal-only: full student roster XLSX sent between colleagues inside the company",
    "sender": f"本部運営課 三ツ矢 <mitsuya.h@{D}>",
    "to": [f"oya.m@{D}", f"takimoto.r@{D}"],
    "subject": "綱島校 在籍者名簿（11月末時点）",
    "charset": "cp932",
    "body": "大屋さん、滝本さん\n\nお疲れさまです。三ツ矢です。\n11月末時点の在籍者名簿を添付します。年賀状の宛名確認に使ってください。\n\n三ツ矢\n",
    "attachments": [{
        "kind": "xlsx", "name": "綱島校_在籍者名簿_202511.xlsx",
        "sheets": {"在籍者": [["綱島校 在籍者名簿（2025年11月30日現在）"],
                              ["生徒ID", "氏名", "学年", "生年月日", "郵便番号", "住所", "保護者", "電話"]]
                   + [[p["sid"], p["name"], p["grade"], seireki(p["dob"]), p["zip"], p["addr"], p["guardian"],
                       p["home"]] for p in _p]},
    }],
})

_tnum2 = corp_number("020001077812")
MESSAGES.append({
    "id": "juku-097",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "contract paperwork to the city board of education with the company's 法人番号: no personal data",
    "sender": f"法人営業 辻 <tsuji.k@{D}>",
    "to": ["日向台市教育委員会 学校支援課 <gakko-shien@city.hinatadai.lg.jp>"],
    "subject": "放課後学習支援事業 委託契約書類の提出",
    "charset": "iso-2022-jp",
    "body": "日向台市教育委員会\n学校支援課 御中\n\nお世話になっております。日の出産業株式会社の辻でございます。\n"
            "令和8年度 放課後学習支援事業の委託契約に関する書類を提出いたします。\n\n"
            "　契約番号：日教支第2026-031号\n"
            f"　受託者：日の出産業株式会社（法人番号 {_tnum2}）\n"
            "　契約期間：令和8年4月1日〜令和9年3月31日\n"
            "　実施校：市立日向台第一中学校、市立日向台南中学校\n\n"
            "押印済みの原本は本日簡易書留で発送いたしました。\n\n"
            "辻 健太郎\n日の出産業株式会社 教育事業部 法人営業\nTEL 045-650-7730\n",
})

# =======================================================================================
# EITHER — a privacy officer could honestly judge these either way
# =======================================================================================

MESSAGES.append({
    "id": "juku-098",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a child's ADHD diagnosis and medication discussed in new text, but sent only to the child's own parent",
    "sender": f"菊名校 鈴鹿 <suzuka.m@{D}>",
    "to": ["kato.yuka.0412@gmail.com"],
    "subject": "Re: 授業中の様子について",
    "charset": "utf-8",
    "body": "加藤様\n\nご丁寧にお知らせいただきありがとうございます。\n"
            "律くんがADHDの診断を受けて、先月からお薬（コンサータ）を飲み始めたこと、承知いたしました。\n"
            "授業では、席を前列の端にして、課題を10分ごとに区切って出すようにしてみます。\n"
            "お薬の効果が切れる夜の時間帯に集中が続かないようでしたら、またご相談させてください。\n\n"
            "鈴鹿 美穂\nひので学院 菊名校\n\n"
            "> 鈴鹿先生\n> いつもありがとうございます。律のことでお伝えしたいことがあります。\n",
})

MESSAGES.append({
    "id": "juku-099",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five successful students' names with school and result for the newsletter (consent stated): a list, but no contact data",
    "sender": f"広報 樫村 <kashimura.e@{D}>",
    "to": ["錦印刷 大森様 <omori.t@nishiki-insatsu.co.jp>"],
    "subject": "塾報2月号 合格者の声 掲載原稿",
    "charset": "cp932",
    "body": "大森様\n\nお世話になっております。樫村です。\n塾報2月号「合格者の声」のコーナーの原稿です。掲載は保護者の同意を得ています。\n\n"
            "・真壁 葵さん（市立大倉山中）　県立川和高校 合格\n"
            "・一戸 蒼真さん（市立日吉台西中）　県立横浜緑ケ丘高校 合格\n"
            "・薬袋 結衣さん（市立新羽中）　県立希望ケ丘高校 合格\n"
            "・猪俣 陽翔さん（市立綱島東中）　県立市ケ尾高校 合格\n"
            "・九十九 蓮さん（市立菊名北中）　私立白鷺学園高校 合格\n\n"
            "コメントは各100字程度で別ファイルにしてあります。\n\n樫村\n",
})

MESSAGES.append({
    "id": "juku-100",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a student's classroom injury (wrist sprain, hospital visit) reported to the insurer for a claim: health data, but a routine claim",
    "sender": f"総務 村越 <murakoshi.j@{D}>",
    "to": ["ほし損保 団体契約課 <dantai@hoshi-sonpo.co.jp>"],
    "subject": "こども傷害保険 事故報告（綱島校）",
    "charset": "iso-2022-jp",
    "body": "ほし損害保険株式会社\n団体契約課 御中\n\nお世話になっております。日の出産業 総務の村越です。\n"
            "塾生向け団体傷害保険（証券番号 GP-7730452）について、事故のご報告です。\n\n"
            "被保険者：宍戸 悠真（中1）\n"
            "事故日時：11月26日（水）17時50分ごろ\n"
            "状況：休憩時間に階段で足を滑らせ転倒し、右手首を負傷。\n"
            "　　　同日、近隣の整形外科で「右手関節捻挫（全治2週間）」と診断。\n\n"
            "保険金請求書の様式をお送りいただけますでしょうか。\n\n村越 純一\n日の出産業株式会社 総務部\n",
})
