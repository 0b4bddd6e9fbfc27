"""Blind evaluation corpus, area "gakuseiryo": the student dormitories (学生寮) that
日の出産業 runs under contract for universities — mail between the dorm managers, the
head office (学生寮事業部・経理・総務) and the outside world: universities' student-affairs
and international offices, residents and their parents on free mail, move-in and move-out
lists, rent collection (口座振替, 収納代行, 家賃保証, lawyers), incidents and illnesses
(hospital, health centre, police), meal, cleaning, security, locksmith, parking and
building-management contractors, printers and survey firms. Written blind from BRIEF.md
(and the names in SPEC.md and the message format of build.py) without reading mailguard's
code or any other corpus file.
"""
import random

from build import card_number, my_number

SEED = 59601

# -- invented people ----------------------------------------------------------------------

_SUR = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("御手洗", "ミタライ", "Mitarai"), ("百目鬼", "ドウメキ", "Domeki"),
    ("鬼頭", "キトウ", "Kito"), ("栗栖", "クリス", "Kurisu"), ("諏訪部", "スワベ", "Suwabe"),
    ("四十物", "アイモノ", "Aimono"), ("廿楽", "ツヅラ", "Tsuzura"), ("安曇", "アズミ", "Azumi"),
    ("上遠野", "カドノ", "Kadono"), ("宍戸", "シシド", "Shishido"), ("蔀", "シトミ", "Shitomi"),
    ("糠信", "ヌカノブ", "Nukanobu"), ("芦刈", "アシカリ", "Ashikari"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("真栄城", "マエシロ", "Maeshiro"),
    ("比嘉", "ヒガ", "Higa"), ("阿久津", "アクツ", "Akutsu"), ("嵯峨", "サガ", "Saga"),
    ("保坂", "ホサカ", "Hosaka"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("笹嶋", "ササジマ", "Sasajima"), ("国分", "コクブ", "Kokubu"), ("柘植", "ツゲ", "Tsuge"),
    ("日下部", "クサカベ", "Kusakabe"), ("鳴海", "ナルミ", "Narumi"),
    ("新発田", "シバタ", "Shibata"), ("河野", "コウノ", "Kono"), ("田端", "タバタ", "Tabata"),
    ("吉見", "ヨシミ", "Yoshimi"), ("桑原", "クワバラ", "Kuwabara"),
    ("今泉", "イマイズミ", "Imaizumi"), ("早乙女", "サオトメ", "Saotome"),
    ("宮城", "ミヤギ", "Miyagi"), ("菅生", "スゴウ", "Sugo"), ("浜畑", "ハマハタ", "Hamahata"),
    ("大城", "オオシロ", "Oshiro"), ("雲野", "クモノ", "Kumono"), ("乙部", "オトベ", "Otobe"),
    ("舘野", "タテノ", "Tateno"), ("饗庭", "アイバ", "Aiba"), ("道祖土", "サイド", "Saido"),
    ("犬飼", "イヌカイ", "Inukai"), ("檜山", "ヒヤマ", "Hiyama"), ("江頭", "エガシラ", "Egashira"),
]
_GIV = [
    ("陽翔", "ハルト", "Haruto", "男"), ("蒼", "アオイ", "Aoi", "男"), ("結衣", "ユイ", "Yui", "女"),
    ("凛", "リン", "Rin", "女"), ("湊", "ミナト", "Minato", "男"), ("颯太", "ソウタ", "Sota", "男"),
    ("美咲", "ミサキ", "Misaki", "女"), ("陸", "リク", "Riku", "男"), ("さくら", "サクラ", "Sakura", "女"),
    ("悠真", "ユウマ", "Yuma", "男"), ("葵", "アオイ", "Aoi", "女"), ("大和", "ヤマト", "Yamato", "男"),
    ("芽依", "メイ", "Mei", "女"), ("樹", "イツキ", "Itsuki", "男"), ("心春", "コハル", "Koharu", "女"),
    ("蓮", "レン", "Ren", "男"), ("莉子", "リコ", "Riko", "女"), ("航", "ワタル", "Wataru", "男"),
    ("七海", "ナナミ", "Nanami", "女"), ("朔", "サク", "Saku", "男"), ("紬", "ツムギ", "Tsumugi", "女"),
    ("律", "リツ", "Ritsu", "男"), ("萌", "モエ", "Moe", "女"), ("侑李", "ユウリ", "Yuri", "女"),
    ("千尋", "チヒロ", "Chihiro", "女"), ("健斗", "ケント", "Kento", "男"), ("真央", "マオ", "Mao", "女"),
    ("拓海", "タクミ", "Takumi", "男"), ("柚希", "ユズキ", "Yuzuki", "女"), ("晴", "ハル", "Haru", "男"),
    ("琴音", "コトネ", "Kotone", "女"), ("壮真", "ソウマ", "Soma", "男"), ("日向", "ヒナタ", "Hinata", "女"),
    ("隼", "ハヤト", "Hayato", "男"),
]
_PARENT_GIV = [("浩二", "男"), ("由美子", "女"), ("正樹", "男"), ("恵", "女"), ("健一", "男"),
               ("真由美", "女"), ("隆之", "男"), ("直子", "女"), ("伸也", "男"), ("智美", "女"),
               ("和彦", "男"), ("昌代", "女"), ("勝利", "男"), ("久美子", "女")]
_PLACES = [
    ("北海道", "札幌市北区", "北二十四条西", "001-0024"), ("青森県", "弘前市", "大字城東", "036-8093"),
    ("岩手県", "盛岡市", "本宮", "020-0866"), ("秋田県", "横手市", "平和町", "013-0036"),
    ("山形県", "鶴岡市", "美原町", "997-0032"), ("福島県", "郡山市", "富田町", "963-8041"),
    ("茨城県", "水戸市", "見川", "310-0913"), ("栃木県", "宇都宮市", "江曽島", "321-0132"),
    ("群馬県", "高崎市", "上中居町", "370-0851"), ("新潟県", "長岡市", "川崎町", "940-0861"),
    ("長野県", "松本市", "寿北", "399-0011"), ("静岡県", "浜松市中央区", "上島", "433-8122"),
    ("愛知県", "岡崎市", "羽根町", "444-0813"), ("岐阜県", "大垣市", "林町", "503-0015"),
    ("三重県", "津市", "白塚町", "514-0101"), ("石川県", "金沢市", "寺地", "921-8178"),
    ("富山県", "高岡市", "佐野", "933-0874"), ("広島県", "福山市", "春日町", "721-0907"),
    ("岡山県", "倉敷市", "中島", "710-0803"), ("愛媛県", "松山市", "北斎院町", "791-8025"),
    ("福岡県", "久留米市", "津福本町", "830-0061"), ("熊本県", "熊本市東区", "月出", "862-0920"),
    ("鹿児島県", "霧島市", "国分中央", "899-4332"), ("沖縄県", "浦添市", "前田", "901-2102"),
    ("千葉県", "柏市", "豊四季", "277-0861"), ("埼玉県", "川越市", "新宿町", "350-1124"),
    ("神奈川県", "相模原市中央区", "淵野辺", "252-0206"), ("山梨県", "甲府市", "住吉", "400-0851"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "i.softbank.jp"]

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s):
    """full-width digits and hyphens, as some people type them"""
    return s.translate(_FW)


def _wareki(y, m, d, style="kanji"):
    if y >= 2019:
        era, ey, short = "令和", y - 2018, "R"
    elif y >= 1989:
        era, ey, short = "平成", y - 1988, "H"
    else:
        era, ey, short = "昭和", y - 1925, "S"
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "fw":
        return _fw(f"{short}{ey}.{m}.{d}").replace(".", "．").replace("H", "Ｈ").replace("S", "Ｓ")
    return f"{era}{ey}年{m}月{d}日"


def _corp_number(base12):
    """法人番号: a check digit in front of 12 digits"""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def _mobile(rng):
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def _room(rng, used):
    while True:
        room = f"{rng.randrange(2, 6)}{rng.randrange(0, 2)}{rng.randrange(1, 10)}"
        if room not in used:
            used.add(room)
            return room


def _people(key, n, born=(2003, 2007), uni=None, idprefix="25"):
    """n invented residents, reproducible from key"""
    rng = random.Random(f"{SEED}-{key}")
    surs = rng.sample(_SUR, n) if n <= len(_SUR) else [rng.choice(_SUR) for _ in range(n)]
    out = []
    used = set()
    for i, (sk, skana, sr) in enumerate(surs):
        gk, gkana, gr, sex = rng.choice(_GIV)
        pref, city, town, zipc = rng.choice(_PLACES)
        y = rng.randrange(born[0], born[1] + 1)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        pg, psex = rng.choice(_PARENT_GIV)
        py = rng.randrange(1966, 1981)
        sid = f"{idprefix}{rng.choice('ABCEHLS')}{rng.randrange(1000, 9999)}"
        mail_local = rng.choice([f"{gr.lower()}.{sr.lower()}", f"{sr.lower()}{gr[0].lower()}{rng.randrange(10, 99)}",
                                 f"{gr.lower()}_{rng.randrange(100, 999)}"])
        email = (f"{sid.lower()}@{uni}" if uni and rng.random() < 0.6
                 else f"{mail_local}@{rng.choice(_FREEMAIL)}")
        out.append({
            "name": f"{sk} {gk}", "kana": f"{skana} {gkana}", "romaji": f"{gr} {sr.upper()}",
            "sur": sk, "sex": sex, "dob": (y, m, d),
            "dob_iso": f"{y}/{m:02d}/{d:02d}", "phone": _mobile(rng), "email": email,
            "zip": zipc, "addr": f"{pref}{city}{town}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            "room": _room(rng, used),
            "sid": sid, "parent": f"{sk} {pg}", "parent_rel": "父" if psex == "男" else "母",
            "parent_phone": _mobile(rng), "parent_dob": (py, rng.randrange(1, 13), rng.randrange(1, 29)),
            "grade": rng.choice(["1年", "1年", "2年", "3年", "4年", "M1"]),
            "faculty": rng.choice(["経済学部", "法学部", "理工学部", "文学部", "看護学部", "情報学部", "国際関係学部", "教育学部"]),
        })
    return out


def _pad(s, w):
    """pad to a display width (full-width characters count 2)"""
    width = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(w - width, 1)


# -- signatures and disclaimers -----------------------------------------------------------

SIG_SAEKI = """
――――――――――――――――――――――
日の出産業株式会社　学生寮事業部 運営課
佐伯 美穂（Saeki Miho）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル6F
TEL 03-5201-4470 ／ FAX 03-5201-4479
Mail: saeki.miho@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_HORI = """
--
日の出カレッジハウス八王子（東都学院大学 指定学生寮）
寮長　堀之内 健吾
〒192-0364 東京都八王子市南大沢5-21-3
TEL 042-670-3318（寮事務室 9:00～21:00）　FAX 042-670-3319
日の出産業株式会社 学生寮事業部"""

SIG_KUME = """
*****************************************
日の出産業株式会社 経理部 収納グループ
久米 典子
TEL：03-5201-4412（直通）
〒103-0027 東京都中央区日本橋3-8-14
*****************************************"""

SIG_DAIMON = """
Erika Daimon / 大門 絵里香
Residence Manager, Hinode International Residence Kobe
日の出インターナショナルレジデンス神戸
7-2-9 Miyukidori, Chuo-ku, Kobe 651-0087 JAPAN
Tel +81-78-231-5506  daimon.erika@hinode-sangyo.co.jp"""

SIG_NISHINA = """
━━━━━━━━━━━━━━━━━━━━
日の出学生会館 仙台（北陵大学 提携寮）
館長　仁科 拓真
〒980-0811 宮城県仙台市青葉区一番町2-9-11
TEL 022-217-6640　FAX 022-217-6641
━━━━━━━━━━━━━━━━━━━━"""

SIG_URUSHI = """
----------------------------------------
日の出産業株式会社
学生寮事業部 施設管理課　漆原 聡
TEL 03-5201-4475　携帯 080-3312-7704（業務用）
----------------------------------------"""

SIG_SAEGUSA = """
日の出産業株式会社 学生寮事業部
寮生サポートデスク　三枝 由紀子（看護師）
TEL 03-5201-4481 ／ saegusa.yukiko@hinode-sangyo.co.jp"""

SIG_KADO = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
学生寮事業部 営業グループ（大学渉外）
門倉 亮
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル6F
TEL 03-5201-4460　Mobile 090-6621-0935
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_USAMI = """
日の出産業株式会社 総務部 労務課
宇佐美 香織
TEL 03-5201-4402（内線 402）"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

SAEKI = "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"
HORI = "堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>"
KUME = "久米 典子 <kume.noriko@hinode-sangyo.co.jp>"
DAIMON = "Erika Daimon <daimon.erika@hinode-sangyo.co.jp>"
NISHINA = "仁科 拓真 <nishina.takuma@hinode-sangyo.co.jp>"
URUSHI = "漆原 聡 <urushibara.satoshi@hinode-sangyo.co.jp>"
SAEGUSA = "三枝 由紀子 <saegusa.yukiko@hinode-sangyo.co.jp>"
KADO = "門倉 亮 <kadokura.ryo@hinode-sangyo.co.jp>"
USAMI = "宇佐美 香織 <usami.kaori@hinode-sangyo.co.jp>"

TOHTO = "tohto-gakuin.ac.jp"      # 東都学院大学 (八王子)
HOKURYO = "hokuryo-u.ac.jp"       # 北陵大学 (仙台)
MINATO = "minatogawa-intl.ac.jp"  # 湊川国際大学 (神戸)

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001: the move-in list (CSV) to the university's student-support office
_p = _people("m001", 24, born=(2006, 2007), uni=TOHTO, idprefix="26")
MESSAGES.append({
    "id": "gakuseiryo-001",
    "sender": HORI,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "subject": "【日の出カレッジハウス八王子】2026年度 入寮者名簿（4月1日現在）の送付",
    "charset": "cp932",
    "body": f"""東都学院大学 学生支援課
ご担当者様

いつもお世話になっております。日の出カレッジハウス八王子の堀之内です。

4月1日付で入寮手続きが完了した新入寮生の名簿をお送りいたします。
前年度からの継続入寮者は別途、月次報告にてご報告いたします。

・添付：入寮者名簿_20260401.csv（24名）

記載内容に相違がございましたらご指摘ください。
引き続きよろしくお願いいたします。
{SIG_HORI}
""",
    "attachments": [{
        "kind": "csv", "name": "入寮者名簿_20260401.csv", "encoding": "cp932",
        "rows": [["学籍番号", "氏名", "フリガナ", "性別", "生年月日", "携帯電話", "メールアドレス", "居室", "入寮日"]]
        + [[r["sid"], r["name"], r["kana"], r["sex"], r["dob_iso"], r["phone"], r["email"], r["room"], "2026/04/01"] for r in _p],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "24 residents' records (DOB, mobile, e-mail) in a CP932 CSV to the university: a list of people to an external recipient",
})

# 002: schedule for the move-in briefing, nothing personal
MESSAGES.append({
    "id": "gakuseiryo-002",
    "sender": SAEKI,
    "to": ["樫村 誠 <kashimura.makoto@hokuryo-u.ac.jp>"],
    "subject": "Re: 入寮説明会（保護者向け）の日程について",
    "charset": "iso-2022-jp",
    "body": f"""北陵大学 学生部 厚生課
樫村様

いつも大変お世話になっております。日の出産業の佐伯でございます。

保護者向け入寮説明会の日程につきまして、以下の2案でいかがでしょうか。

  第1案　3月21日（土）10:30～12:00　日の出学生会館 仙台 1F 食堂
  第2案　3月22日（日）13:30～15:00　同上

当日は館長の仁科より、寮規則・食事・寮費の引落しについてご説明いたします。
オンライン参加（Zoom）もご用意できますので、ご希望を伺えれば幸いです。

お手数ですが、3月6日（金）までにご都合をお知らせください。
{SIG_SAEKI}

> 佐伯様
> 例年通り、3月下旬の週末で説明会を設定いただけますでしょうか。
> 学生部としては土日いずれでも対応可能です。
> 北陵大学 学生部 厚生課 樫村
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail to one university contact; no personal data, no marking",
})

# 003: emergency surgery of a resident reported to the university (diagnosis, one person)
MESSAGES.append({
    "id": "gakuseiryo-003",
    "sender": NISHINA,
    "to": ["樫村 誠 <kashimura.makoto@hokuryo-u.ac.jp>"],
    "cc": ["佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"],
    "subject": "寮生の救急搬送・入院について（ご報告）",
    "charset": "utf-8",
    "body": f"""北陵大学 学生部 厚生課
樫村様

お世話になっております。日の出学生会館 仙台の仁科です。
取り急ぎ、昨夜の件をご報告いたします。

■対象寮生
　307号室　経済学部2年　鳴海 颯太（なるみ そうた）さん

■経過
　5月12日 23時頃、腹痛を訴え当直が救急要請。仙台東部総合病院へ搬送。
　診断は急性虫垂炎とのことで、13日未明に腹腔鏡手術を受けました。
　術後の経過は良好、入院は1週間程度の見込みです。
　ご実家（秋田）のお母様には当館から連絡済みで、本日午後に来仙されます。

■今後
　退院後しばらくは食事の配慮（消化の良いもの）を厨房に依頼します。
　授業の欠席について、学部への連絡をお願いできますでしょうか。

以上、よろしくお願いいたします。
{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named resident's diagnosis and surgery (要配慮個人情報: medical) sent to the university",
})

# 004: broken corridor lights to the building contractor, room numbers only
MESSAGES.append({
    "id": "gakuseiryo-004",
    "sender": URUSHI,
    "to": ["ビルテック相模 保守受付 <hoshu@biltech-sagami.co.jp>"],
    "subject": "【修理依頼】日の出カレッジハウス八王子 共用部照明の不点灯",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ビルテック相模
保守受付 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の漆原です。
八王子の学生寮にて、以下の照明不点灯が発生しております。

  No.  場所                      器具        状況
  ---- ------------------------- ----------- ------------------
  1    3F 東側廊下（305前）      LED直管     点滅後 不点灯
  2    3F 東側廊下（309前）      LED直管     不点灯
  3    B棟 非常階段 2F踊り場     誘導灯      バッテリー警告ランプ点灯
  4    1F 自転車置場             投光器      センサー不良（常時点灯）

誘導灯は消防点検でも指摘される箇所のため、優先で対応いただけますと助かります。
作業日時が決まりましたら寮事務室（042-670-3318）にもご一報ください。
{SIG_URUSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "repair request to the building contractor: locations and fixtures, no people",
})

# 005: meal count changes sent to a look-alike of the caterer's domain (kitaguni-food)
MESSAGES.append({
    "id": "gakuseiryo-005",
    "sender": NISHINA,
    "to": ["北国フーズ 仙台営業所 <sendai@kitaguni-food.co.jp>"],
    "subject": "GW期間中の食数変更のお願い（日の出学生会館 仙台）",
    "charset": "cp932",
    "body": f"""北国フーズ株式会社
仙台営業所 御中

いつもお世話になっております。日の出学生会館 仙台の仁科です。
ゴールデンウィーク期間中の欠食届を集計しましたので、食数の変更をお願いいたします。

　日付　　　朝食　夕食
　5/2(土)　 64　　58
　5/3(日)　 41　　39
　5/4(月)　 38　　40
　5/5(火)　 47　　71
　5/6(水)　 88　　112

通常食数（朝152／夕168）には5/7朝から戻ります。
アレルギー対応食の数は変更ありません。
{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kitaguni-food.co.jp drops the 's' of the caterer partner kitaguni-foods.co.jp",
})

# 006: unpaid-rent list to the collection agency, XLSX with a title row and two sheets
_p = _people("m006", 9, born=(2003, 2006), uni=TOHTO, idprefix="24")
MESSAGES.append({
    "id": "gakuseiryo-006",
    "sender": KUME,
    "to": ["ペイメントブリッジ 督促センター <tokusoku@payment-bridge.co.jp>"],
    "subject": "【督促代行依頼】2026年5月末 寮費未収明細",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ペイメントブリッジ
督促センター 御中

平素よりお世話になっております。日の出産業 経理部の久米です。

5月末時点での寮費未収分について、督促代行をお願いいたします。
明細を添付いたしますのでご確認ください（対象9件、未収合計 1,092,000円）。

保護者様へのご連絡は、平日10時～19時の間でお願いいたします。
入金確認後の消込データは、従来どおり毎週月曜にお送りします。
{SIG_KUME}
""",
    "attachments": [{
        "kind": "xlsx", "name": "未収寮費明細_202605.xlsx",
        "sheets": {
            "未収一覧": [["寮費未収明細（2026年5月末現在）", "", "", "", "", "", ""],
                     ["寮", "居室", "契約者（寮生）", "保護者氏名", "保護者連絡先", "未収月数", "未収額"]]
            + [["八王子", r["room"], r["name"], r["parent"], r["parent_phone"], (i % 3) + 1, 58000 * ((i % 3) + 1) + (i % 2) * 12000]
               for i, r in enumerate(_p)],
            "集計": [["寮", "件数", "未収額"], ["八王子", 9, 1092000], ["合計", 9, 1092000]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "nine residents with their parents' names and phone numbers and arrears: a list of people to an outside agency",
})

# 007: reply to a parent on Yahoo about visiting hours
MESSAGES.append({
    "id": "gakuseiryo-007",
    "sender": HORI,
    "to": ["柘植 和子 <kazuko.tsuge0715@yahoo.co.jp>"],
    "subject": "Re: 面会と宿泊について",
    "charset": "iso-2022-jp",
    "body": f"""柘植様

お問い合わせいただきありがとうございます。日の出カレッジハウス八王子の堀之内です。

ご家族の面会は、1F ラウンジにて毎日10時～20時の間でお受けしております。
恐れ入りますが、居室への立ち入りは保護者様であってもご遠慮いただいております。

寮内での宿泊はできませんので、近隣のホテルをご案内いたします。
南大沢駅周辺に数軒ございますので、お手数ですが直接ご予約ください。

ご来寮の際は、事務室の受付簿にご記入をお願いいたします。
{SIG_HORI}

-----Original Message-----
From: 柘植 和子 <kazuko.tsuge0715@yahoo.co.jp>
Sent: Tuesday, April 14, 2026 9:12 PM
To: hachioji-ryo@hinode-sangyo.co.jp
Subject: 面会と宿泊について

4月から212号室でお世話になっております柘植の母です。
5月の連休に上京する予定ですが、部屋で娘と会うことはできますか。
また、寮に泊まることはできるのでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a reply to one parent on free mail; the only personal details are in the quoted original",
})

# 008: a guarantor's driving licence number to the rent-guarantee company
MESSAGES.append({
    "id": "gakuseiryo-008",
    "sender": SAEKI,
    "to": ["あんしん家賃保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    "subject": "保証審査のお願い（東都学院大学 指定寮／新規1件）",
    "charset": "utf-8",
    "body": f"""あんしん家賃保証株式会社
審査部 ご担当者様

お世話になっております。日の出産業 学生寮事業部の佐伯です。
下記1件、連帯保証の審査をお願いいたします。本人確認書類の写しは郵送いたしました。

【入寮者】
　氏名　　　：新発田 朔（シバタ サク）
　生年月日　：2007年6月19日
　入寮予定　：2026年4月1日　日の出カレッジハウス八王子 418号室

【保証人（父）】
　氏名　　　：新発田 隆之
　生年月日　：昭和48年11月3日
　現住所　　：〒940-0861 新潟県長岡市川崎町4-17-6
　電話　　　：090-7713-2806
　勤務先　　：株式会社長岡精機（勤続12年）
　運転免許証番号：第 4519 0372 8164 号（新潟県公安委員会）

審査結果はメールにてご連絡いただけますと幸いです。
{SIG_SAEKI}
{DISC_JA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "the guarantor's driving-licence number (an identity document) with his address and DOB",
})

# 009: water outage notice with three parents visible to each other in To
MESSAGES.append({
    "id": "gakuseiryo-009",
    "sender": NISHINA,
    "to": ["aimono.masayo@gmail.com", "takanashi-k@yahoo.co.jp", "m.hiwatashi@icloud.com"],
    "subject": "【日の出学生会館 仙台】断水のお知らせ（6月7日）",
    "charset": "iso-2022-jp",
    "body": f"""保護者各位

いつも当館の運営にご理解・ご協力を賜り、ありがとうございます。
受水槽の定期清掃のため、下記のとおり断水いたします。

　日時：6月7日（日）9:00～15:00（予定）
　範囲：館内全域（トイレ・シャワー・食堂を含む）

当日の昼食は、近隣店舗で使える食事券をお配りします。
寮生には館内掲示とLINEでも周知しておりますが、念のためご家族様にもお知らせいたします。
{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private parents in To can see one another's addresses: should have been Bcc",
})

# 010: internal — the full roster with parents to head office (all recipients internal)
_p = _people("m010", 18, born=(2004, 2007), uni=TOHTO)
MESSAGES.append({
    "id": "gakuseiryo-010",
    "sender": HORI,
    "to": [SAEKI],
    "cc": [KUME],
    "subject": "八王子寮 在寮者台帳（5月1日更新）",
    "charset": "cp932",
    "body": f"""佐伯さん、久米さん

お疲れさまです。堀之内です。
5/1時点の在寮者台帳を更新しました。保護者情報も最新にしてあります。
引落口座の変更が2件ありますので、久米さんは「変更」シートをご確認ください。

堀之内
""",
    "attachments": [{
        "kind": "xlsx", "name": "在寮者台帳_八王子_20260501.xlsx",
        "sheets": {
            "在寮者": [["居室", "学籍番号", "氏名", "生年月日", "携帯", "保護者", "続柄", "保護者電話", "実家住所"]]
            + [[r["room"], r["sid"], r["name"], r["dob_iso"], r["phone"], r["parent"], r["parent_rel"], r["parent_phone"], r["addr"]] for r in _p],
            "変更": [["居室", "氏名", "変更内容"], [_p[2]["room"], _p[2]["name"], "引落口座変更（みどり銀行へ）"],
                   [_p[7]["room"], _p[7]["name"], "引落口座変更（ゆうちょへ）"]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a full roster, but every recipient is internal (hinode-sangyo.co.jp)",
})

# 011: password-protected ZIP (PPAP) of emergency contacts to the university
_p = _people("m011", 15, uni=TOHTO)
MESSAGES.append({
    "id": "gakuseiryo-011",
    "sender": HORI,
    "to": ["東都学院大学 住居支援係 <jukyo@tohto-gakuin.ac.jp>"],
    "subject": "緊急連絡先一覧の送付（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": f"""東都学院大学 学生支援課 住居支援係 御中

お世話になっております。日の出カレッジハウス八王子 堀之内です。

ご依頼のありました寮生の緊急連絡先一覧を、パスワード付きZIPにてお送りします。
パスワードは別メールにてお送りいたします。

ご確認のほど、よろしくお願いいたします。
{SIG_HORI}
""",
    "attachments": [{
        "kind": "zip", "name": "kinkyu_renrakusaki_202604.zip", "password": "Hc7#qa29Lm",
        "files": [{"kind": "csv", "name": "緊急連絡先.csv", "encoding": "cp932",
                   "rows": [["居室", "氏名", "保護者", "電話"]] + [[r["room"], r["name"], r["parent"], r["parent_phone"]] for r in _p]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected ZIP (PPAP) cannot be inspected",
})

# 012: invoice with the company's T-number and bank account
_tno = _corp_number("010401873520")
MESSAGES.append({
    "id": "gakuseiryo-012",
    "sender": KUME,
    "to": ["東都学院大学 経理課 <keiri@tohto-gakuin.ac.jp>"],
    "subject": "請求書送付のご案内（2026年4月分 学生寮運営委託料）",
    "charset": "cp932",
    "body": f"""東都学院大学
経理課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年4月分の学生寮運営委託料につきまして、請求書をお送りいたします。

　請求書番号：HS-2604-0317
　ご請求金額：3,872,000円（税込）
　お支払期限：2026年5月31日

ご査収のほど、よろしくお願い申し上げます。
{SIG_KUME}
""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2604-0317.pdf", "title": "請求書",
        "lines": ["請 求 書", "", "東都学院大学 御中", "請求書番号 HS-2604-0317　発行日 2026年4月30日",
                  "日の出産業株式会社　〒103-0027 東京都中央区日本橋3-8-14",
                  f"登録番号 T{_tno}", "TEL 03-5201-4412", "",
                  "件名：学生寮運営委託料（日の出カレッジハウス八王子）2026年4月分", ""],
        "table": [["品目", "数量", "単価", "金額"],
                  ["運営委託料（基本）", "1式", "2,900,000", "2,900,000"],
                  ["夜間管理業務", "1式", "420,000", "420,000"],
                  ["共用部清掃（追加分）", "2回", "16,000", "32,000"],
                  ["小計", "", "", "3,352,000"], ["消費税（10%）", "", "", "335,200"],
                  ["立替金（消耗品）", "", "", "184,800"], ["合計", "", "", "3,872,000"],
                  ["振込先", "みどり銀行 日本橋支店 普通 1234567 ﾋﾉﾃﾞｻﾝｷﾞﾖｳ(ｶ", "", ""]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice: the company's own T-number and bank account, no person's data",
})

# 013: contract amendment draft stamped 社外秘 in the page header, sent to the client
MESSAGES.append({
    "id": "gakuseiryo-013",
    "sender": KADO,
    "to": ["東都学院大学 管財課 <kanzai@tohto-gakuin.ac.jp>"],
    "subject": "学生寮運営業務委託契約 改定案（第3版）",
    "charset": "iso-2022-jp",
    "body": f"""東都学院大学 管財課
久我山様

いつもお世話になっております。日の出産業の門倉です。

先日の協議を踏まえ、委託契約の改定案（第3版）を作成しましたのでお送りします。
主な変更点は、第8条（夜間管理体制）と別表2（委託料の改定）です。

ご確認のうえ、ご意見をいただけますと幸いです。
{SIG_KADO}
""",
    "attachments": [{
        "kind": "docx", "name": "運営委託契約_改定案_v3.docx", "page_header": "社外秘",
        "title": "学生寮運営業務委託契約書（改定案）",
        "paragraphs": ["学生寮運営業務委託契約書（改定案 第3版）",
                       "学校法人東都学院（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、次のとおり契約を締結する。",
                       "第8条（夜間管理体制）乙は、22時から翌7時まで、管理員1名以上を常駐させる。",
                       "別表2　委託料　月額 2,900,000円（税別）→ 3,050,000円（税別）",
                       "【社内メモ】値上げ幅は最大5%まで譲歩可。先方の予算確定前に合意を目指す。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached contract draft carries a 社外秘 stamp in its page header (and an internal negotiating memo)",
})

# 014: English arrival schedule to a partner university abroad, counts only
MESSAGES.append({
    "id": "gakuseiryo-014",
    "sender": DAIMON,
    "to": ["Hannah Whitcombe <h.whitcombe@kestrel.ac.nz>"],
    "subject": "Arrival logistics for the September cohort",
    "charset": "utf-8",
    "body": f"""Dear Hannah,

Thank you for the updated numbers. Here is how we plan to receive the September cohort
at Hinode International Residence Kobe:

  Date        Flight arriving KIX      Students   Pick-up
  ----------  -----------------------  ---------  ---------------------------
  14 Sep      NZ 97 (18:40)            7          chartered bus, 20:00 from T1
  15 Sep      various (before 15:00)   4          shared taxi, booked by us
  16 Sep      late arrivals            1          limousine bus to Sannomiya

Check-in is possible around the clock; the night desk will have keys ready.
Bedding packs (JPY 6,800) can be ordered in advance through the residence portal.

Could you let us know by the end of August if the numbers change?

Kind regards,
{SIG_DAIMON}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "logistics with head-counts only, and the standard English disclaimer",
})

# 015: an international resident's residence card and passport numbers to the university
MESSAGES.append({
    "id": "gakuseiryo-015",
    "sender": DAIMON,
    "to": ["湊川国際大学 国際交流センター <isc@minatogawa-intl.ac.jp>"],
    "subject": "在留期間更新に伴う寮契約延長について（Nguyen Thi Lan さん）",
    "charset": "utf-8",
    "body": f"""湊川国際大学 国際交流センター
ご担当者様

いつもお世話になっております。日の出インターナショナルレジデンス神戸の大門です。

下記の寮生より、在留期間の更新申請中との申し出があり、寮契約（9月末満了）の延長を希望しています。
大学側での在籍確認をお願いできますでしょうか。

  氏名（ローマ字）：NGUYEN THI LAN
  生年月日　　　　：2003年11月8日
  国籍　　　　　　：ベトナム
  在留カード番号　：UH48270315EA
  在留期間（満了日）：2026年9月30日
  旅券番号　　　　：C7391046
  居室　　　　　　：B-514

在留カードの写しは、本人の同意を得て寮で保管しております。
{SIG_DAIMON}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a resident's 在留カード and passport numbers (identity documents) to the university",
})

# 016: cleaning schedule change, the cleaner's name only
MESSAGES.append({
    "id": "gakuseiryo-016",
    "sender": URUSHI,
    "to": ["クリーンアース 多摩営業所 <tama@clean-earth.co.jp>"],
    "subject": "入寮期間中の清掃スケジュール変更について",
    "charset": "cp932",
    "body": f"""クリーンアース株式会社 多摩営業所
ご担当者様

お世話になっております。日の出産業の漆原です。

3/30～4/3 は新入寮生の引越しが集中するため、共用部清掃の時間帯を以下のとおり変更願います。

　・通常　　　：9:00～12:00
　・変更期間中：7:00～9:00 と 17:00～19:00 の2回

エントランスとエレベーターホールは養生材の上からの清掃で結構です。
現場の高畑様には寮長の堀之内から直接ご説明いたします。
{SIG_URUSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contractor scheduling; a single name of the contractor's own staff with no other data",
})

# 017: emergency contact list for the night security company, DOCX table
_p = _people("m017", 12, uni=TOHTO)
MESSAGES.append({
    "id": "gakuseiryo-017",
    "sender": HORI,
    "to": ["東和警備保障 八王子営業所 <hachioji@towa-keibi.co.jp>"],
    "subject": "夜間対応用 寮生緊急連絡先（2026年度前期）",
    "charset": "iso-2022-jp",
    "body": f"""東和警備保障株式会社 八王子営業所
隊長 矢吹様

いつも夜間警備でお世話になっております。堀之内です。

夜間に寮生の急病・事故があった際の保護者連絡先を、Word の表にまとめました。
管制室での保管をお願いいたします。今回は、夜間に連絡の可能性が高い寮生のみ12名分です。
{SIG_HORI}
""",
    "attachments": [{
        "kind": "docx", "name": "夜間緊急連絡先_2026前期.docx",
        "paragraphs": ["日の出カレッジハウス八王子　夜間緊急連絡先（2026年度前期）", "更新日：2026年4月10日"],
        "tables": [[["居室", "寮生氏名", "保護者氏名", "続柄", "保護者電話", "実家住所"]]
                   + [[r["room"], r["name"], r["parent"], r["parent_rel"], r["parent_phone"], f"〒{r['zip']} {r['addr']}"] for r in _p]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "twelve residents with parents' phones and home addresses in a DOCX table to the security company",
})

# 018: monthly statistics only
MESSAGES.append({
    "id": "gakuseiryo-018",
    "sender": SAEKI,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "subject": "月次運営報告（2026年4月）",
    "charset": "utf-8",
    "body": f"""東都学院大学 学生支援課 御中

いつもお世話になっております。日の出産業の佐伯です。
4月度の運営報告をお送りします。入居率は98.4%（定員250名／在寮246名）でした。

ご不明点がございましたらお知らせください。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "月次運営報告_202604.xlsx",
        "sheets": {
            "概況": [["日の出カレッジハウス八王子　月次運営報告（2026年4月）"], [],
                   ["項目", "3月", "4月"], ["定員", 250, 250], ["在寮者数", 201, 246],
                   ["入居率", "80.4%", "98.4%"], ["新規入寮", 3, 52], ["退寮", 47, 1],
                   ["修繕受付件数", 12, 31], ["うち緊急対応", 1, 4]],
            "苦情・問合せ": [["区分", "件数"], ["騒音", 6], ["設備", 18], ["食事", 3], ["その他", 5]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics with no individual records",
})

# 019: food-allergy list for the caterer (medical, named, 7 rows)
_p = _people("m019", 7, uni=HOKURYO)
_allergy = [("卵・乳", "じんましん", "無"), ("えび・かに", "アナフィラキシー既往（2022年）", "有"),
            ("小麦", "腹痛・嘔吐", "無"), ("落花生・ナッツ類", "アナフィラキシー既往", "有"),
            ("そば", "呼吸困難（小児期）", "有"), ("キウイ・バナナ", "口腔アレルギー症候群", "無"),
            ("乳", "下痢", "無")]
MESSAGES.append({
    "id": "gakuseiryo-019",
    "sender": NISHINA,
    "to": ["北国フーズ 栄養課 <eiyou@kitaguni-foods.co.jp>"],
    "subject": "食物アレルギー対応者一覧（2026年度）",
    "charset": "cp932",
    "body": f"""北国フーズ株式会社
栄養課 管理栄養士 江刺様

お世話になっております。日の出学生会館 仙台の仁科です。
今年度の食物アレルギー対応者の一覧をお送りします。
エピペン所持者は3名です。除去食の提供方法について、一度打合せをお願いできますか。
{SIG_NISHINA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "アレルギー対応者一覧_2026.xlsx",
        "sheets": {"対応者": [["居室", "氏名", "性別", "原因食物", "症状・既往", "エピペン", "主治医"]]
                   + [[r["room"], r["name"], r["sex"], a[0], a[1], a[2], "かかりつけ医あり" if i % 2 else "実家近くの小児科"]
                      for i, (r, a) in enumerate(zip(_p, _allergy))]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named residents' allergies and anaphylaxis history (health data) for the caterer",
})

# 020: menu check and meal totals to the caterer
MESSAGES.append({
    "id": "gakuseiryo-020",
    "sender": NISHINA,
    "to": ["北国フーズ 仙台営業所 <sendai@kitaguni-foods.co.jp>"],
    "subject": "Re: 6月献立表のご確認",
    "charset": "utf-8",
    "body": f"""北国フーズ 仙台営業所
阿部様

献立表ありがとうございました。内容確認いたしました。
寮生アンケートで要望の多かった「麺類の日」を月2回入れていただき助かります。

6月の食数見込みは以下のとおりです。
 ・朝食　平日 188食／土日 120食
 ・夕食　平日 201食／土日 143食
 ・ハラール・ベジ対応　各日 4食

6/20（土）は寮祭のため夕食はなし、代わりにオードブル20皿をお願いします。
{SIG_NISHINA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meal totals to the caterer partner; no names",
})

# 021: monthly patrol report to a colleague, address typed with an extra "u" (hinode-sangyou)
MESSAGES.append({
    "id": "gakuseiryo-021",
    "sender": HORI,
    "to": ["佐伯 美穂 <saeki.miho@hinode-sangyou.co.jp>"],
    "subject": "5月 巡回報告（八王子）",
    "charset": "iso-2022-jp",
    "body": """佐伯さん

お疲れさまです。堀之内です。5月の巡回結果を共有します。

1. 共用部：B棟3Fの消火器1本が使用期限切れ → ビルテック相模に交換手配済み
2. 居室点検：52室実施、要修繕7件（網戸破れ4、水栓パッキン2、換気扇異音1）
3. 駐輪場：放置自転車14台にタグ付け、6/15撤去予定
4. 食堂：厨房排水の詰まり1回（5/19）、北国フーズと清掃頻度を見直し中

来週の定例で詳しく話します。
堀之内
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp is a look-alike (one letter added) of the company's own domain",
})

# 022: a parent's card number taken over the phone, passed to the payment company
MESSAGES.append({
    "id": "gakuseiryo-022",
    "sender": KUME,
    "to": ["ペイメントブリッジ カード決済窓口 <card@payment-bridge.co.jp>"],
    "subject": "電話受付分 カード決済のお願い（入寮一時金）",
    "charset": "cp932",
    "body": f"""株式会社ペイメントブリッジ
カード決済窓口 ご担当者様

お世話になっております。日の出産業 経理部の久米です。
保護者様より電話でカード払いのご依頼があり、下記の内容で決済をお願いいたします。

　契約者　　：今泉 智美 様（寮生 今泉 蓮さんの母）
　カード番号：{card_number(SEED + 101)}
　有効期限　：09/29
　決済金額　：168,000円（入寮一時金・4月分寮費）
　支払区分　：一括

決済完了後、承認番号をご連絡ください。
{SIG_KUME}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit-card number in the body",
})

# 023: a parent on Gmail asks about the balance; one student's own figures back to the parent
MESSAGES.append({
    "id": "gakuseiryo-023",
    "sender": KUME,
    "to": ["国分 正樹 <kokubu.masaki.1971@gmail.com>"],
    "subject": "Re: 寮費の引落しについて",
    "charset": "utf-8",
    "body": f"""国分 正樹 様

いつもお世話になっております。日の出産業 経理部の久米でございます。
お問い合わせの件、確認いたしました。

4月27日の口座振替は、残高不足のため引落しができておりませんでした。
5月分と合わせて、5月27日に116,000円を引き落とさせていただきます。
前日までにご入金をお願いできますと幸いです。

ご不明な点がございましたら、経理部までお電話ください。
{SIG_KUME}

On 2026/05/08 22:41, 国分 正樹 wrote:
> 息子（国分 颯太、八王子寮 316号室）の4月分寮費が引き落とされていない旨の
> ハガキが届きました。どうすればよいでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one family's own balance back to that parent on free mail; no list, no identifiers",
})

# 024: move-out list with forwarding addresses to the moving partner (padded columns in the body)
_p = _people("m024", 8, born=(2001, 2003), uni=TOHTO, idprefix="22")
_rows = "\n".join(
    _pad(f"3/{14 + i // 2}", 7) + _pad(r["room"], 6) + _pad(r["name"], 16) + _pad(r["phone"], 15) + f"〒{r['zip']} {r['addr']}"
    for i, r in enumerate(_p))
MESSAGES.append({
    "id": "gakuseiryo-024",
    "sender": HORI,
    "to": ["青葉運輸 引越センター 八王子 <hikkoshi-hachioji@aoba-unyu.co.jp>"],
    "subject": "3月 退寮者の引越し（寮一括契約分）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社 引越センター八王子
ご担当 三浦様

いつもお世話になっております。堀之内です。
卒業に伴う退寮者のうち、寮一括契約での引越しを希望した8名分です。
搬出時間は各自に直接ご連絡のうえ調整をお願いします。

搬出日 居室  氏名            携帯           転居先
------ ----- --------------- -------------- ----------------------------------------
{_rows}

エレベーターは1基のみのため、同日の搬出は午前・午後に分けてください。
{SIG_HORI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight movers' names, mobiles and new addresses in a padded table to the moving company",
})

# 025: move-in truck schedule by floor, no names
MESSAGES.append({
    "id": "gakuseiryo-025",
    "sender": HORI,
    "to": ["青葉運輸 引越センター 八王子 <hikkoshi-hachioji@aoba-unyu.co.jp>"],
    "subject": "入寮日の搬入スケジュール（3/30・3/31）",
    "charset": "cp932",
    "body": f"""青葉運輸 三浦様

お世話になっております。入寮日の搬入枠を以下のとおり割り振りました。

【3/30（月）】
　 9:00-11:00　2F（18室）　トラック2台
　11:00-13:00　3F（20室）　トラック2台
　14:00-16:00　4F（14室）　トラック1台
【3/31（火）】
　 9:00-12:00　5F・B棟（22室）トラック3台

・搬入口は北側通用口のみ、正面玄関は使用不可です。
・エレベーター内の養生は前日18時に寮側で行います。
・台車は寮で10台ご用意しています。
{SIG_HORI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "truck slots per floor for the moving partner; no people",
})

# 026: password-protected PDF inspection report
MESSAGES.append({
    "id": "gakuseiryo-026",
    "sender": URUSHI,
    "to": ["東都学院大学 施設課 <shisetsu@tohto-gakuin.ac.jp>"],
    "subject": "消防設備点検報告書（2026年上期）の送付",
    "charset": "iso-2022-jp",
    "body": f"""東都学院大学 施設課 御中

お世話になっております。日の出産業 施設管理課の漆原です。
上期の消防設備点検報告書をお送りします。
PDFにはパスワードを設定しております（パスワードは従来どおりです）。

不良箇所3件は、6月中に是正予定です。
{SIG_URUSHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "消防設備点検報告書_2026上期.pdf", "password": "tohto2026",
        "lines": ["消防用設備等点検結果報告書", "日の出カレッジハウス八王子", "点検日 2026年5月20日",
                  "不良箇所：自動火災報知設備 感知器 3F-07, 3F-11／誘導灯 B棟2F"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF cannot be inspected",
})

# 027: reply to the university; their list of six new residents is only in the quoted text
_p = _people("m027", 6, born=(2007, 2007), uni=TOHTO, idprefix="26")
_q = "\n".join(f"> {r['sid']}  {r['name']}  {r['phone']}  {r['faculty']}" for r in _p)
MESSAGES.append({
    "id": "gakuseiryo-027",
    "sender": HORI,
    "to": ["瀬川 奈緒 <segawa.nao@tohto-gakuin.ac.jp>"],
    "subject": "Re: 追加入寮者（4月第2週）のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""瀬川様

お世話になっております。堀之内です。
追加入寮の6名、承知いたしました。
4月11日（土）10時以降であれば、いずれの居室もご案内可能です。
鍵の受け渡しは寮事務室で行いますので、学生証をお持ちいただくようお伝えください。

{SIG_HORI}

差出人: 瀬川 奈緒 <segawa.nao@tohto-gakuin.ac.jp>
送信日時: 2026年4月6日 16:02
宛先: 堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>
件名: 追加入寮者（4月第2週）のお知らせ

> 日の出カレッジハウス八王子
> 堀之内様
>
> 追加で入寮が決まった学生をお知らせします。
>
{_q}
>
> 東都学院大学 学生支援課 瀬川
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-student list is only in the quoted original from the same recipient; the new text has no personal data",
})

# 028: forward of an internal mail with the card-key reissue list to the locksmith
_p = _people("m028", 7, uni=TOHTO)
_fwd = "\n".join(f"・{r['room']}号室　{r['name']}（{r['kana']}）　携帯 {r['phone']}" for r in _p)
MESSAGES.append({
    "id": "gakuseiryo-028",
    "sender": HORI,
    "to": ["ロックサービス多摩 <info@lock-tama.co.jp>"],
    "subject": "FW: カードキー再発行対象者",
    "charset": "utf-8",
    "body": f"""ロックサービス多摩
西脇様

お世話になっております。堀之内です。
下記の社内メールを転送します。カードキー再発行の対象者です。
受け取り日時は各自と直接調整いただけますか。

---------- Forwarded message ---------
From: 井川 沙織 <ikawa.saori@hinode-sangyo.co.jp>
Date: 2026年5月11日(月) 10:14
Subject: カードキー再発行対象者
To: 堀之内 健吾 <horinouchi.kengo@hinode-sangyo.co.jp>

寮長

先週のシステム障害で読み取れなくなったカードキーの対象者です。

{_fwd}

よろしくお願いします。
井川
{SIG_HORI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forwarded internal mail is new text to the locksmith: seven residents with mobiles",
})

# 029: about an NDA with the new security contractor, sent to the company's lawyers
MESSAGES.append({
    "id": "gakuseiryo-029",
    "sender": SAEKI,
    "to": ["白川法律事務所 三輪先生 <miwa@shirakawa-law.jp>"],
    "subject": "秘密保持契約書（警備業者との締結分）のレビューのお願い",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
弁護士 三輪 先生

いつも大変お世話になっております。日の出産業 学生寮事業部の佐伯です。

仙台の寮で新たに警備業者と契約するにあたり、先方から秘密保持契約（NDA）の締結を求められております。
当社ひな形をベースに修正したドラフトを添付いたしますので、
特に第4条（秘密情報の範囲）と第9条（個人情報の取扱い）についてご確認いただけますでしょうか。

6月10日の契約締結を予定しております。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_ドラフト_0520.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」）と株式会社杜の都セキュリティ（以下「乙」）は、学生寮の警備業務に関し、次のとおり秘密保持契約を締結する。",
                       "第4条（秘密情報）本契約において秘密情報とは、甲が乙に開示する寮生及び保護者に関する情報、施設の図面、鍵の管理方法その他の情報をいう。",
                       "第9条（個人情報）乙は、個人情報の保護に関する法律に従い、甲から預託された個人情報を適切に管理する。",
                       "第12条（有効期間）本契約の有効期間は締結日から3年間とする。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a draft NDA: the words 秘密/機密 are its subject, not a marking",
})

# 030: fee simulation workbook marked 取扱注意
MESSAGES.append({
    "id": "gakuseiryo-030",
    "sender": SAEKI,
    "to": ["東都学院大学 財務課 <zaimu@tohto-gakuin.ac.jp>"],
    "subject": "寮費改定シミュレーションの送付",
    "charset": "utf-8",
    "body": f"""東都学院大学 財務課
北条様

お世話になっております。佐伯です。
先日お話のありました寮費改定のシミュレーションをお送りします。
光熱費の上昇分を3パターンで試算しています。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "寮費改定シミュレーション.xlsx", "page_header": "取扱注意",
        "sheets": {"試算": [["【取扱注意】寮費改定シミュレーション（2027年度）"], [],
                          ["案", "月額寮費", "年間収入見込", "光熱費増分", "差額"],
                          ["A（据置）", 58000, 171216000, 9800000, -9800000],
                          ["B（+2,000円）", 60000, 177120000, 9800000, -3896000],
                          ["C（+3,500円）", 61500, 181548000, 9800000, 532000]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the workbook is stamped 取扱注意 (header and title cell)",
})

# 031: maintenance date for the access-control system, with the bilingual disclaimer
MESSAGES.append({
    "id": "gakuseiryo-031",
    "sender": URUSHI,
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "入退館システム 定期保守日程のご相談",
    "charset": "cp932",
    "body": f"""ツバサシステム株式会社
サポートセンター 御中

お世話になっております。日の出産業 施設管理課の漆原です。

八王子・仙台の入退館システム（TS-Gate 3.2）の定期保守について、
以下の日程で作業いただくことは可能でしょうか。

　八王子：7月14日（火）14:00～17:00
　仙台　：7月16日（木）14:00～17:00

作業中はカードキーが使えなくなるため、事前に寮生へ周知いたします。
ファームウェア更新の有無もあわせてお知らせください。
{SIG_URUSHI}
{DISC_JA}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary maintenance mail; the Japanese and English disclaimers are not markings",
})

# 032: data migration CSV (UTF-8, 40 residents) to the system vendor
_p = _people("m032", 40, uni=HOKURYO, idprefix="2")
MESSAGES.append({
    "id": "gakuseiryo-032",
    "sender": SAEKI,
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    "subject": "仙台寮 入居者データ（移行テスト用）",
    "charset": "utf-8",
    "body": f"""ツバサシステム 導入支援チーム
小野寺様

お世話になっております。佐伯です。
新しい入居者管理システムへの移行テスト用に、仙台寮の入居者データをお送りします。
文字コードは UTF-8（BOMなし）、区切りはカンマです。
テスト完了後はデータの削除をお願いいたします。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "csv", "name": "sendai_residents_export.csv", "encoding": "utf-8",
        "rows": [["resident_id", "student_no", "name_kanji", "name_kana", "birth_date", "mobile", "email", "room", "zip", "home_address"]]
        + [[f"SD{1000 + i}", r["sid"], r["name"], r["kana"], r["dob_iso"].replace("/", "-"), r["phone"], r["email"], r["room"], r["zip"], r["addr"]]
           for i, r in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forty residents' full records in a UTF-8 CSV to the system vendor (a partner, but external)",
})

# 033: fire drill coordination with three contractors in To
MESSAGES.append({
    "id": "gakuseiryo-033",
    "sender": URUSHI,
    "to": ["ビルテック相模 保守受付 <hoshu@biltech-sagami.co.jp>",
           "クリーンアース 多摩営業所 <tama@clean-earth.co.jp>",
           "東和警備保障 八王子営業所 <hachioji@towa-keibi.co.jp>"],
    "subject": "【ご協力のお願い】八王子寮 総合消防訓練（6/28）",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様

お世話になっております。日の出産業 施設管理課の漆原です。
下記のとおり総合消防訓練を実施しますので、ご協力をお願いいたします。

　日時：6月28日（日）10:00～11:30
　内容：通報・避難誘導・消火器訓練（八王子消防署 立会い）

・ビルテック相模様：自動火災報知設備の発報試験、受信機操作
・クリーンアース様：当日朝の清掃時間の前倒し（8:00～9:30）
・東和警備保障様：避難誘導時の出入口警戒

前日の16時から、寮事務室で簡単な打合せを行います。
{SIG_URUSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside companies in To can see each other: should have been Bcc (or separate mails)",
})

# 034: three-way meeting, the university and one contractor
MESSAGES.append({
    "id": "gakuseiryo-034",
    "sender": KADO,
    "to": ["東都学院大学 施設課 <shisetsu@tohto-gakuin.ac.jp>"],
    "cc": ["ビルテック相模 工事部 <koji@biltech-sagami.co.jp>", URUSHI],
    "subject": "外壁改修工事 事前打合せの件",
    "charset": "utf-8",
    "body": f"""東都学院大学 施設課 御中
（cc：ビルテック相模 工事部様）

お世話になっております。日の出産業の門倉です。
夏季休暇中に予定している外壁改修工事について、三者で事前打合せをお願いしたく存じます。

候補日：
　① 6月3日（水）14:00～
　② 6月5日（金）10:00～
場所：日の出カレッジハウス八王子 1F 会議室

議題：足場設置範囲、在寮者への周知方法、騒音作業の時間帯、工程表
ご都合をお知らせください。
{SIG_KADO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# 035: a resident arrested — criminal matter tied to a named person
MESSAGES.append({
    "id": "gakuseiryo-035",
    "sender": HORI,
    "to": ["東都学院大学 学生支援課長 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "cc": [SAEKI],
    "subject": "【至急】寮生に関する警察からの連絡について",
    "charset": "iso-2022-jp",
    "body": f"""東都学院大学 学生支援課長 様

堀之内です。取り急ぎご報告します。

本日9時頃、南大沢警察署の方が来寮され、
424号室 法学部3年 樋渡 律（ひわたし りつ）さんが、
昨夜、駅前の家電量販店での窃盗の容疑で逮捕されたとの説明を受けました。
居室の捜索があり、寮長として立ち会っております。

ご実家のお父様には警察から連絡済みとのことです。
大学としての対応（保護者への連絡、処分の検討）についてご指示をいただけますでしょうか。
寮としては、他の寮生への説明は控えております。
{SIG_HORI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named resident's arrest (犯罪の経歴・逮捕: 要配慮個人情報) to the university",
})

# 036: bicycle thefts as counts, no victims named
MESSAGES.append({
    "id": "gakuseiryo-036",
    "sender": HORI,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "subject": "駐輪場の防犯対策について（ご提案）",
    "charset": "cp932",
    "body": f"""東都学院大学 学生支援課 御中

お世話になっております。堀之内です。

5月に入り、寮の駐輪場で自転車の盗難が3件（いずれも無施錠）発生しました。
いずれも被害届は本人が提出済みです。

対策として以下を検討しております。
　・防犯カメラ1台増設（北側出入口）：見積 286,000円
　・ツーロック推奨の掲示、入寮オリエンテーションでの注意喚起
　・夜間の駐輪場施錠（23時～6時）

費用負担について、次回の定例会でご相談させてください。
{SIG_HORI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "incident counts and a proposal; no victim is identified",
})

# 037: a named resident who is a stalking victim, to the university counselling room
MESSAGES.append({
    "id": "gakuseiryo-037",
    "sender": DAIMON,
    "to": ["湊川国際大学 学生相談室 <soudan@minatogawa-intl.ac.jp>"],
    "subject": "寮生の安全確保について（ご相談）",
    "charset": "utf-8",
    "body": f"""湊川国際大学 学生相談室
カウンセラー 秋吉先生

お世話になっております。日の出インターナショナルレジデンス神戸の大門です。

C-306号室の 比嘉 心春（ひが こはる）さん（国際関係学部2年）が、
元交際相手からのつきまとい被害を受けており、先週、生田警察署に被害届を提出しました。
本人は夜眠れない状態が続いているとのことで、相談室での面談を希望しています。

寮では、部屋の移動（C棟→女性専用のD棟）と、来訪者受付の強化を行いました。
本人の了承を得てご連絡しております。面談日時のご調整をお願いできますでしょうか。
{SIG_DAIMON}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named resident as the victim of a crime (要配慮個人情報), even with her consent",
})

# 038: internal — influenza cases with names, to head office only
MESSAGES.append({
    "id": "gakuseiryo-038",
    "sender": NISHINA,
    "to": [SAEKI, SAEGUSA],
    "subject": "インフルエンザ罹患者（1/20時点）",
    "charset": "iso-2022-jp",
    "body": """佐伯さん、三枝さん

仁科です。インフルエンザの罹患者が増えています。1/20時点で以下の4名です。

　211　五十嵐 陸　　A型　1/17発症　自室隔離中
　215　上遠野 湊　　A型　1/18発症　自室隔離中
　302　舘野 芽依　　A型　1/19発症　実家（山形）へ帰省療養
　318　鬼頭 樹　　　B型　1/20発症　自室隔離中

食事は配膳を個別にしています。5名を超えたら保健所への連絡を検討します。
仁科
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "named illnesses, but every recipient is internal",
})

# 039: outbreak report to the public health centre — six named cases (tab-separated)
_p = _people("m039", 6, uni=HOKURYO)
_rows = "\n".join(f"{r['room']}\t{r['name']}\t{r['sex']}\t{2026 - r['dob'][0]}\t5/{8 + i}\t嘔吐・下痢・発熱\t{'仙台中央クリニック' if i % 2 else '青葉内科'}\tノロウイルス陽性"
                  for i, r in enumerate(_p))
MESSAGES.append({
    "id": "gakuseiryo-039",
    "sender": NISHINA,
    "to": ["青葉区保健所 衛生課 <eisei@city.aoba-sendai.lg.jp>"],
    "subject": "感染性胃腸炎の集団発生について（日の出学生会館 仙台）",
    "charset": "cp932",
    "body": f"""仙台市青葉区保健所 衛生課 御中

お世話になっております。日の出学生会館 仙台（学生寮、定員220名）の仁科です。
お電話でお伝えしたとおり、寮内で感染性胃腸炎が集団発生しております。
有症者の一覧をお送りします（Excelから貼り付けのため、タブ区切りです）。

居室	氏名	性別	年齢	発症日	症状	受診先	診断
{_rows}

食堂は5/13から提供を中止し、北国フーズ様に検食の保存を依頼済みです。
{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six named residents with diagnoses (health data, a list) to the public health centre",
})

# 040: follow-up to the health centre with aggregate figures only
MESSAGES.append({
    "id": "gakuseiryo-040",
    "sender": NISHINA,
    "to": ["青葉区保健所 衛生課 <eisei@city.aoba-sendai.lg.jp>"],
    "subject": "Re: 有症者数の推移（続報）",
    "charset": "utf-8",
    "body": f"""青葉区保健所 衛生課
遠藤様

お世話になっております。仁科です。続報です。

  日付   新規有症者  累計  医療機関受診  入院
  5/14       2        8         7          0
  5/15       1        9         8          0
  5/16       0        9         9          0

有症者はすべて10代後半～20代前半の寮生です。
5/16以降、新たな有症者は出ておりません。
共用トイレの次亜塩素酸ナトリウムによる消毒は1日3回継続しています。
{SIG_NISHINA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate case counts with no individuals",
})

# 041: direct-debit forms notice to midori-ginko.jp (the partner bank is midori-ginko.co.jp)
MESSAGES.append({
    "id": "gakuseiryo-041",
    "sender": KUME,
    "to": ["みどり銀行 日本橋支店 法人営業 <nihonbashi-hojin@midori-ginko.jp>"],
    "subject": "口座振替依頼書の送付について（4月入寮分）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 日本橋支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理部の久米です。

4月入寮分の預金口座振替依頼書（38件）を、本日レターパックにてお送りしました。
追跡番号：3816-4402-7719

5月27日の振替から適用いただけますよう、お手続きをお願いいたします。
{SIG_KUME}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.jp drops the 'co.' of the partner bank's domain midori-ginko.co.jp",
})

# 042: direct-debit request data (CSV, bank accounts) to the partner bank
_p = _people("m042", 15, uni=TOHTO)
_rng = random.Random(f"{SEED}-m042-bank")
_banks = [("0179", "みどり銀行"), ("9900", "ゆうちょ銀行"), ("0005", "三菱ＵＦＪ"), ("0138", "横浜銀行"), ("0117", "七十七銀行")]
MESSAGES.append({
    "id": "gakuseiryo-042",
    "sender": KUME,
    "to": ["みどり銀行 収納サービス <shuno@midori-ginko.co.jp>"],
    "subject": "5月27日振替分 口座振替依頼データ（追加分）",
    "charset": "cp932",
    "body": f"""みどり銀行 収納サービス室 御中

お世話になっております。日の出産業 経理部の久米です。
伝送でお送りできなかった追加分15件を、CSVにてお送りします。
取り込みをお願いいたします。
{SIG_KUME}
""",
    "attachments": [{
        "kind": "csv", "name": "furikae_tsuika_0527.csv", "encoding": "cp932",
        "rows": [["顧客番号", "金融機関コード", "金融機関名", "支店コード", "預金種目", "口座番号", "口座名義（カナ）", "振替金額"]]
        + [[f"HS{26040 + i:06d}", b[0], b[1], f"{_rng.randrange(1, 900):03d}", "1", f"{_rng.randrange(1000000, 9999999)}",
            r["kana"], 58000]
           for i, (r, b) in enumerate(zip(_p, [_banks[i % 5] for i in range(15)]))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "fifteen account holders with bank account numbers: a list of people, even to the partner bank",
})

# 043: debit results summary to the bank
MESSAGES.append({
    "id": "gakuseiryo-043",
    "sender": KUME,
    "to": ["みどり銀行 収納サービス <shuno@midori-ginko.co.jp>"],
    "subject": "Re: 4月27日 振替結果について",
    "charset": "utf-8",
    "body": f"""収納サービス室 ご担当者様

振替結果データを受領しました。ありがとうございます。
当社集計とも一致しております。

　振替依頼　212件　12,296,000円
　振替済　　205件　11,890,000円
　振替不能　  7件　   406,000円（資金不足 6件／取引なし 1件）

「取引なし」の1件は、口座解約によるものと思われますので、保護者へ確認いたします。
{SIG_KUME}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "counts and totals only",
})

# 044: insurance claim with the health-insurance card number and the injury
MESSAGES.append({
    "id": "gakuseiryo-044",
    "sender": SAEGUSA,
    "to": ["ひまわり損害保険 学生保険センター <gakusei@himawari-sonpo.co.jp>"],
    "subject": "学生総合保険 保険金請求（寮内事故）",
    "charset": "iso-2022-jp",
    "body": f"""ひまわり損害保険株式会社
学生保険センター 御中

お世話になっております。日の出産業 寮生サポートデスクの三枝です。
団体契約（証券番号 GK-7730-2291）の被保険者について、保険金請求をお願いいたします。

【被保険者】　宍戸 航（シシド ワタル）
【生年月日】　平成18年2月14日
【事故日時】　2026年5月23日 19時頃
【事故状況】　寮の階段（B棟2F→1F）で足を踏み外し転倒
【傷病名】　　右足関節果部骨折（全治約8週間、ギプス固定）
【受診機関】　南大沢整形外科クリニック
【健康保険】　全国健康保険協会 記号 27040815　番号 36（被扶養者）

診断書は本人より郵送いたします。
{SIG_SAEGUSA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a named resident's injury diagnosis and health-insurance 記号・番号",
})

# 045: accident follow-up meeting — insurer, clinic and a parent all in To/Cc
MESSAGES.append({
    "id": "gakuseiryo-045",
    "sender": SAEGUSA,
    "to": ["ひまわり損害保険 学生保険センター <gakusei@himawari-sonpo.co.jp>",
           "南大沢整形外科クリニック 事務 <jimu@minamiosawa-seikei.jp>"],
    "cc": ["shishido.naoko@outlook.jp"],
    "subject": "打合せ日程のご相談（5/23 寮内事故の件）",
    "charset": "utf-8",
    "body": f"""関係者各位

お世話になっております。日の出産業 寮生サポートデスクの三枝です。
先日の寮内での事故の件について、今後の通院と補償の進め方を一度すり合わせたく存じます。

候補：6月2日（火）15時／6月4日（木）11時（オンライン）
ご都合のよい日時をお知らせください。
{SIG_SAEGUSA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "insurer, clinic and a private parent visible to each other in To/Cc (three external parties)",
})

# 046: the parent asked; a son's influenza diagnosis back to that parent on a carrier address
MESSAGES.append({
    "id": "gakuseiryo-046",
    "sender": NISHINA,
    "to": ["kusakabe-naoko@docomo.ne.jp"],
    "subject": "Re: 息子の体調について",
    "charset": "iso-2022-jp",
    "body": f"""日下部様

ご連絡ありがとうございます。日の出学生会館 仙台の仁科です。

悠真さんは本日午前、当館近くの青葉内科を受診し、インフルエンザA型と診断されました。
タミフルを処方され、現在は自室で休んでいます。熱は38.4度です。
食事は職員が居室までお届けし、朝夕に様子を確認いたします。

ご心配なことがございましたら、いつでも寮事務室（022-217-6640）へお電話ください。
{SIG_NISHINA}

> 悠真から熱が出たとLINEがありました。病院には行けたのでしょうか。
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a diagnosis is 要配慮, but it goes to the resident's own parent who asked: a privacy officer could judge either way",
})

# 047: corrupt XLSX of the application tally
MESSAGES.append({
    "id": "gakuseiryo-047",
    "sender": SAEKI,
    "to": ["北陵大学 学生部 厚生課 <kosei@hokuryo-u.ac.jp>"],
    "subject": "入寮申込 集計表（2月28日締め）",
    "charset": "cp932",
    "body": f"""北陵大学 学生部 厚生課 御中

お世話になっております。佐伯です。
2月28日締めの入寮申込の集計表をお送りします。
申込総数は231件、うち新入生189件です。
{SIG_SAEKI}
""",
    "attachments": [{"kind": "corrupt", "name": "入寮申込集計_0228.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

# 048: the elevator company's notice forwarded as an attached mail (business only)
MESSAGES.append({
    "id": "gakuseiryo-048",
    "sender": URUSHI,
    "to": ["ビルテック相模 保守受付 <hoshu@biltech-sagami.co.jp>"],
    "subject": "FW: エレベーター法定点検のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""ビルテック相模 ご担当者様

漆原です。昇和エレベーターから法定点検の案内が来ましたので、元メールを添付で転送します。
点検当日は1基停止となるため、建物側の立会いをお願いできますでしょうか。
{SIG_URUSHI}
""",
    "attachments": [{
        "kind": "eml", "name": "エレベーター法定点検のお知らせ.eml",
        "message": {
            "sender": "昇和エレベーター 保守部 <hoshu@showa-ev.co.jp>",
            "to": ["漆原 聡 <urushibara.satoshi@hinode-sangyo.co.jp>"],
            "subject": "エレベーター法定点検のお知らせ",
            "charset": "iso-2022-jp",
            "body": """日の出産業株式会社
施設管理課 漆原様

平素は格別のお引き立てを賜り、誠にありがとうございます。
建築基準法第12条に基づく定期検査を、下記のとおり実施いたします。

　物件：日の出カレッジハウス八王子（1号機）
　日時：2026年7月8日（水）9:30～12:00
　作業員：2名

点検中はエレベーターをご利用いただけません。
昇和エレベーター株式会社 保守部　TEL 042-655-1180
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an attached forward of a vendor's notice: business content only",
})

# 049: the university's list of ten incoming residents forwarded as an .eml to the caterer
_p = _people("m049", 10, born=(2007, 2007), uni=HOKURYO, idprefix="26")
_lst = "\n".join(f"{i + 1:>2}. {r['sid']} {r['name']} 生年月日:{_wareki(*r['dob'], style='short')} 携帯:{r['phone']}" for i, r in enumerate(_p))
MESSAGES.append({
    "id": "gakuseiryo-049",
    "sender": NISHINA,
    "to": ["北国フーズ 仙台営業所 <sendai@kitaguni-foods.co.jp>"],
    "subject": "転送：4月入寮予定者（食券登録用）",
    "charset": "utf-8",
    "body": f"""北国フーズ 阿部様

仁科です。大学から届いた入寮予定者の一覧を添付で転送します。
食券システムへの事前登録をお願いします。
{SIG_NISHINA}
""",
    "attachments": [{
        "kind": "eml", "name": "4月入寮予定者について.eml",
        "message": {
            "sender": "樫村 誠 <kashimura.makoto@hokuryo-u.ac.jp>",
            "to": ["仁科 拓真 <nishina.takuma@hinode-sangyo.co.jp>"],
            "subject": "4月入寮予定者について",
            "charset": "iso-2022-jp",
            "body": f"""日の出学生会館 仙台
仁科様

4月入寮予定の新入生10名をお知らせします。

{_lst}

以上です。よろしくお願いします。
北陵大学 学生部 厚生課 樫村
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an attached forward (.eml) is new to the caterer: ten students with DOB and mobiles",
})

# 050: HTML-only dormitory newsletter, events and no people
MESSAGES.append({
    "id": "gakuseiryo-050",
    "sender": SAEKI,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "subject": "寮だより 2026年6月号",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<p>東都学院大学 学生支援課 御中</p>
<p>いつもお世話になっております。日の出産業 学生寮事業部の佐伯です。<br>
寮生向けに配信している「寮だより」6月号を、ご参考までにお送りします。</p>
<h3>寮だより 2026年6月号（日の出カレッジハウス八王子）</h3>
<table border="1" cellpadding="4">
<tr><th>日付</th><th>行事</th><th>場所</th></tr>
<tr><td>6/6（土）</td><td>防災講習（AED・心肺蘇生）</td><td>1F 食堂</td></tr>
<tr><td>6/20（土）</td><td>寮祭（屋台・バンド演奏）</td><td>中庭</td></tr>
<tr><td>6/28（日）</td><td>総合消防訓練</td><td>全館</td></tr>
</table>
<p>梅雨の時期は居室のカビにご注意ください。換気扇は24時間運転をお願いします。</p>
<p>--<br>日の出産業株式会社 学生寮事業部 運営課 佐伯 美穂<br>TEL 03-5201-4470</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML newsletter with events only",
})

# 051: HTML-only table of curfew violations with mobiles
_p = _people("m051", 6, uni=TOHTO)
_tr = "\n".join(f"<tr><td>{r['room']}</td><td>{r['name']}</td><td>{r['faculty']}{r['grade']}</td><td>{r['phone']}</td><td>{3 + i % 4}</td></tr>" for i, r in enumerate(_p))
MESSAGES.append({
    "id": "gakuseiryo-051",
    "sender": HORI,
    "to": ["瀬川 奈緒 <segawa.nao@tohto-gakuin.ac.jp>"],
    "subject": "門限超過・無断外泊が続いている寮生について",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>瀬川様</p>
<p>お世話になっております。堀之内です。<br>
5月中に門限超過・無断外泊が3回以上あった寮生は以下のとおりです。<br>
寮でも個別に指導しておりますが、大学からも声をかけていただけますと助かります。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>居室</th><th>氏名</th><th>学部・学年</th><th>携帯</th><th>回数</th></tr>
{_tr}
</table>
<p>日の出カレッジハウス八王子 寮長 堀之内 健吾<br>TEL 042-670-3318</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an HTML table of six residents with mobiles and conduct records to the university",
})

# 052: four residents who want to attend the room inspection (under the list threshold)
_p = _people("m052", 4, uni=TOHTO)
_lines = "\n".join(f"　{r['room']}号室　{r['name']}さん　{r['phone']}　（{['午前希望', '午後希望', 'どちらでも', '17時以降希望'][i]}）" for i, r in enumerate(_p))
MESSAGES.append({
    "id": "gakuseiryo-052",
    "sender": URUSHI,
    "to": ["ビルテック相模 保守受付 <hoshu@biltech-sagami.co.jp>"],
    "subject": "室内設備点検（6/9）立会い希望者について",
    "charset": "cp932",
    "body": f"""ビルテック相模 ご担当者様

漆原です。6/9の室内設備点検で、立会いを希望している寮生が4名います。
当日、入室前にお電話いただけますでしょうか。

{_lines}

その他の居室は、寮職員の立会いで入室をお願いします。
{SIG_URUSHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four residents' names and phones for the contractor: under five, may warn but must go",
})

# 053: five residents' bulky-waste pickup with mobiles (exactly at the threshold)
_p = _people("m053", 5, born=(2001, 2003), uni=TOHTO)
_items = ["冷蔵庫（小型）", "カラーボックス×2", "自転車", "マットレス", "電子レンジ・ラック"]
MESSAGES.append({
    "id": "gakuseiryo-053",
    "sender": HORI,
    "to": ["エコ回収センター <uketsuke@eco-kaishu.co.jp>"],
    "subject": "粗大ごみ回収のお申込み（3月退寮者分）",
    "charset": "iso-2022-jp",
    "body": f"""有限会社エコ回収センター
受付ご担当者様

お世話になっております。日の出カレッジハウス八王子の堀之内です。
退寮者の粗大ごみ回収をお願いします。回収日の調整は本人と直接お願いします。

""" + "\n".join(f"■{r['room']}号室　{r['name']}\n　携帯：{r['phone']}\n　品目：{it}\n" for r, it in zip(_p, _items)) + f"""
料金は各自払い（現金）です。
{SIG_HORI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five residents' records (name, room, mobile), one block each: a list of people",
})

# 054: a list of nearby clinics (businesses, not people)
MESSAGES.append({
    "id": "gakuseiryo-054",
    "sender": SAEGUSA,
    "to": ["東都学院大学 保健センター <hoken@tohto-gakuin.ac.jp>"],
    "subject": "寮生向け 近隣医療機関リストの確認のお願い",
    "charset": "utf-8",
    "body": f"""東都学院大学 保健センター 御中

お世話になっております。日の出産業 寮生サポートデスクの三枝です。
寮生向けハンドブックに掲載する近隣医療機関の一覧を更新しました。
内容に誤りがないか、ご確認いただけますでしょうか。

医療機関名              診療科        所在地                          電話
----------------------  ------------  ------------------------------  ------------
南大沢内科クリニック    内科・小児科  八王子市南大沢2-27 フレスコ3F   042-670-1122
みなみ野皮フ科          皮膚科        八王子市南大沢1-9-2             042-670-8820
堀之内歯科医院          歯科          八王子市堀之内3-41-5            042-676-0418
多摩ニュータウン総合病院 救急・各科   多摩市永山1-3-7                 042-371-2211
八王子こころの相談室    心療内科      八王子市旭町10-2 5F             042-642-7750

夜間・休日は「東京都医療機関案内サービス ひまわり」もあわせて掲載します。
{SIG_SAEGUSA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of clinics with their switchboards: businesses, not people",
})

# 055: contractors' 24-hour numbers for the university (businesses)
MESSAGES.append({
    "id": "gakuseiryo-055",
    "sender": URUSHI,
    "to": ["北陵大学 施設部 <shisetsu@hokuryo-u.ac.jp>"],
    "subject": "仙台寮 緊急時の協力業者連絡先",
    "charset": "iso-2022-jp",
    "body": f"""北陵大学 施設部 御中

お世話になっております。施設管理課の漆原です。
夜間・休日に寮で設備トラブルが起きた場合の連絡先一覧です。

・建物全般（24h）　　杜の都ビルサービス株式会社　022-261-4400
・電気設備　　　　　川崎電機株式会社 東北支店　022-225-7810
・給排水　　　　　　株式会社みちのく設備　　　022-287-3355
・エレベーター（24h）昇和エレベーター 仙台センター　022-214-9090
・警備（24h）　　　株式会社杜の都セキュリティ　022-266-0110
・寮事務室　　　　　日の出学生会館 仙台　　　　022-217-6640

まずは寮事務室（夜間は当直）にご連絡いただければ、こちらから手配いたします。
{SIG_URUSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of companies' switchboards, not people",
})

# 056: hotel room block for parents, sent to sakura-hote1.jp (digit 1 for l)
MESSAGES.append({
    "id": "gakuseiryo-056",
    "sender": SAEKI,
    "to": ["さくらホテル 団体予約 <group@sakura-hote1.jp>"],
    "subject": "保護者様向け 客室ブロックのお願い（3/29・3/30）",
    "charset": "cp932",
    "body": f"""さくらホテル 団体予約ご担当者様

いつもお世話になっております。日の出産業 学生寮事業部の佐伯です。
今年も入寮日に合わせて、保護者様向けの客室ブロックをお願いしたく存じます。

　3/29（日）ツイン 12室・シングル 8室
　3/30（月）ツイン 10室・シングル 6室
　料金：昨年同様の特別料金（朝食付）でご検討ください

予約受付用のURLをいただければ、保護者様へご案内いたします。
{SIG_SAEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp swaps 'l' for '1' in the partner hotel's domain sakura-hotel.jp",
})

# 057: three parents' reservations to the partner hotel (under the threshold)
MESSAGES.append({
    "id": "gakuseiryo-057",
    "sender": SAEKI,
    "to": ["さくらホテル 団体予約 <group@sakura-hotel.jp>"],
    "subject": "Re: 客室ブロックのご予約者（第1便）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 団体予約 村井様

お世話になっております。佐伯です。
電話で受け付けた保護者様3名分をお知らせします。

　1) 栗栖 昌代 様　3/29 シングル1泊　090-4837-4486
　2) 饗庭 健一 様　3/29～3/30 ツイン2泊（ご夫婦）　080-2291-6730
　3) 乙部 直子 様　3/30 シングル1泊　070-5518-0942

残りはWeb予約でお願いする予定です。
{SIG_SAEKI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests' names and phones to the partner hotel: under five, may warn",
})

# 058: English reminder with five parents in Cc
MESSAGES.append({
    "id": "gakuseiryo-058",
    "sender": DAIMON,
    "to": ["Hinode International Residence Kobe <kobe-residence@hinode-sangyo.co.jp>"],
    "cc": ["chen.meiling1976@gmail.com", "park.jiyeon@yahoo.co.jp", "sitinurhaliza.a@gmail.com",
           "lwhitfield@hotmail.com", "zhaoyuting@qq.com"],
    "subject": "Reminder: parents' orientation on 13 September",
    "charset": "utf-8",
    "body": f"""Dear parents and guardians,

This is a reminder that the orientation for parents will take place on Sunday 13 September,
14:00-15:30 (JST), in the lounge on the ground floor and online.

We will cover the house rules, meals, fees and payment, and what to do in an emergency.
The online link will be sent the day before.

We look forward to meeting you.

Best regards,
{SIG_DAIMON}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "five private parents in Cc see one another's addresses: should have been Bcc",
})

# 059: reply to a parent on au about a lost item, quoting her mail
MESSAGES.append({
    "id": "gakuseiryo-059",
    "sender": HORI,
    "to": ["miyagi.eri-0322@ezweb.ne.jp"],
    "subject": "Re:忘れ物",
    "charset": "iso-2022-jp",
    "body": f"""宮城様

堀之内です。お問い合わせの腕時計は、寮事務室でお預かりしております。
お引き取りにいらっしゃるか、着払いでご自宅へお送りするか、ご希望をお知らせください。

>先日の面会の際にラウンジに腕時計を忘れたようです。
>黒いベルトのものです。ありませんでしたでしょうか。
>宮城
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a short reply to one parent on a carrier address",
})

# 060: three resident assistants' My Numbers to the tax accountants
_mn2 = my_number(SEED + 2)
MESSAGES.append({
    "id": "gakuseiryo-060",
    "sender": USAMI,
    "to": ["税理士法人みなと会計 <info@minato-kaikei.jp>"],
    "subject": "寮RA（レジデント・アシスタント）報酬の支払調書作成について",
    "charset": "utf-8",
    "body": f"""税理士法人みなと会計
担当 水野様

いつもお世話になっております。日の出産業 総務部の宇佐美です。
寮RAへの謝金について、支払調書の作成をお願いいたします。本人の番号は下記のとおりです。

1. 小鳥遊 蒼（タカナシ アオイ）
   個人番号：{my_number(SEED + 1)}
   住所：東京都八王子市南大沢5-21-3 日の出カレッジハウス八王子 517
   年間支払額：360,000円

2. 保坂 七海（ホサカ ナナミ）
   個人番号：{_mn2[:4]} {_mn2[4:8]} {_mn2[8:]}
   住所：宮城県仙台市青葉区一番町2-9-11 日の出学生会館仙台 402
   年間支払額：360,000円

3. 江頭 大和（エガシラ ヤマト）
   個人番号：{_fw(my_number(SEED + 3))}
   住所：兵庫県神戸市中央区御幸通7-2-9 D-210
   年間支払額：240,000円

よろしくお願いいたします。
{SIG_USAMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three My Numbers (plain, spaced, full-width) to an outside accountant",
})

# 061: the live-in caretaker's basic pension number to the labour consultant
MESSAGES.append({
    "id": "gakuseiryo-061",
    "sender": USAMI,
    "to": ["社会保険労務士法人コスモス 手続課 <tetsuzuki@cosmos-sr.jp>"],
    "subject": "資格取得届のお願い（仙台寮 住込み管理員 1名）",
    "charset": "iso-2022-jp",
    "body": f"""社会保険労務士法人コスモス
手続課 御中

お世話になっております。日の出産業 総務部の宇佐美です。
6月1日付で採用した住込み管理員の、社会保険資格取得の手続きをお願いいたします。

　氏名　　　　：雲野 勝利（クモノ カツトシ）
　生年月日　　：昭和37年8月21日
　基礎年金番号：4172-608315
　住所　　　　：宮城県仙台市青葉区一番町2-9-11 日の出学生会館仙台 管理人室
　報酬月額　　：265,000円（住居費相当額を含む）

雇用契約書の写しは別途郵送いたします。
{SIG_USAMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an employee's 基礎年金番号 with DOB and address to an outside labour consultant",
})

# 062: a general question on industrial-accident procedure, no one named
MESSAGES.append({
    "id": "gakuseiryo-062",
    "sender": USAMI,
    "to": ["社会保険労務士法人コスモス 相談窓口 <soudan@cosmos-sr.jp>"],
    "subject": "住込み管理員の業務中の負傷について（ご相談）",
    "charset": "utf-8",
    "body": f"""社会保険労務士法人コスモス ご担当者様

いつもお世話になっております。宇佐美です。
一般的な取扱いについてご教示ください。

住込みの管理員が、勤務時間外（夜22時頃）に寮生からの呼び出しで共用部に出た際、
階段で転倒して手首を痛めた場合、労災（業務災害）として扱えるのでしょうか。
管理人室は寮の建物内にあり、就業規則上の勤務時間は8:00～17:00です。

判断のポイントと、必要な書類を教えていただけますと助かります。
{SIG_USAMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a hypothetical question with no identifiable person",
})

# 063: 【極秘】 marking on the body — closure plan for the Sendai dorm
MESSAGES.append({
    "id": "gakuseiryo-063",
    "sender": KADO,
    "to": ["北陵大学 常務理事 高階様 <takashina@hokuryo-u.ac.jp>"],
    "subject": "仙台寮の今後について",
    "charset": "cp932",
    "body": f"""【極秘】

北陵大学
常務理事 高階 様

平素より大変お世話になっております。日の出産業の門倉でございます。

先日お話しいたしました日の出学生会館 仙台の今後につきまして、
当社内で検討した方針をお伝えいたします。

1. 現建物は築38年で耐震補強が必要となり、2028年3月末で運営を終了したい
2. 代替として、青葉区上杉の新築物件（定員240名）への移転を提案したい
3. 移転に伴う寮費の改定幅は月額4,000円程度を想定

寮生・保護者への公表時期については、ご相談のうえ決定させてください。
{SIG_KADO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【極秘】 at its top",
})

# 064: a parent asks for a roommate list; refusing it mentions 機密保持 (a mention only)
MESSAGES.append({
    "id": "gakuseiryo-064",
    "sender": HORI,
    "to": ["小林 陽子 <yoko.kbys@gmail.com>"],
    "subject": "Re: 同じフロアの方の連絡先について",
    "charset": "iso-2022-jp",
    "body": f"""小林様

お問い合わせありがとうございます。日の出カレッジハウス八王子の堀之内です。

大変申し訳ございませんが、個人情報保護および当社の機密保持の方針により、
他の寮生やご家族の連絡先をお伝えすることはできません。
フロアごとの交流会（毎月第2金曜）を設けておりますので、
お子様からそちらでお声がけいただくのがよいかと存じます。

ご理解のほど、よろしくお願いいたします。
{SIG_HORI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "機密保持 is mentioned in a refusal, not stamped; one free-mail parent",
})

# 065: a new resident's physical disability and certificate grade to the building contractor
MESSAGES.append({
    "id": "gakuseiryo-065",
    "sender": SAEKI,
    "to": ["ビルテック相模 工事部 <koji@biltech-sagami.co.jp>"],
    "cc": [URUSHI],
    "subject": "車椅子を利用される新入寮生の居室改修について",
    "charset": "utf-8",
    "body": f"""ビルテック相模 工事部
根本様

お世話になっております。佐伯です。
4月から入寮予定の学生について、居室の改修をお願いしたくご連絡しました。

　氏名：道祖土 侑李（さいど ゆうり）さん　理工学部1年
　状況：脊髄損傷により車椅子を常用（身体障害者手帳 1種2級）
　　　　夜間は排泄介助のため訪問看護が入る予定
　居室：1F 103号室

必要な改修（案）：
　・入口段差の解消、引き戸への交換
　・トイレ・シャワーの手すり設置、洗面台の高さ変更
　・ナースコール相当の呼出ボタン（寮事務室へ）

3月20日までの完了を希望しています。現地確認の日程をご相談させてください。
{SIG_SAEKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named student's disability and care needs (要配慮個人情報) sent to the contractor",
})

# 066: barrier-free renovation quote, no one named
MESSAGES.append({
    "id": "gakuseiryo-066",
    "sender": URUSHI,
    "to": ["ビルテック相模 工事部 <koji@biltech-sagami.co.jp>"],
    "subject": "バリアフリー対応居室 改修の概算見積依頼",
    "charset": "iso-2022-jp",
    "body": f"""ビルテック相模 工事部 御中

漆原です。大学から、車椅子対応の居室を1室整備したいとの要望がありました。
以下の内容で概算見積をお願いします。

・対象：1F 103号室（18㎡、ユニットバス付）
・工事：入口段差解消、引き戸化、手すり設置、洗面台交換、呼出ボタン新設
・工期：春休み中（2/20～3/20）

図面（PDF）は来週お送りします。
{SIG_URUSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a renovation quote request; no person identified",
})

# 067: three named residents' religion (halal) for the caterer
MESSAGES.append({
    "id": "gakuseiryo-067",
    "sender": DAIMON,
    "to": ["北国フーズ 関西営業所 <kansai@kitaguni-foods.co.jp>"],
    "subject": "宗教上の食事制限がある寮生について",
    "charset": "utf-8",
    "body": f"""北国フーズ 関西営業所
西岡様

いつもお世話になっております。大門です。
秋学期から、宗教上の理由で食事制限のある寮生が入寮します。

　A-203　AHMAD FARIS BIN ISMAIL　　イスラム教（ハラール、豚・アルコール不可）
　A-417　SITI NURHALIZA BINTI ABDULLAH　イスラム教（ハラール）、ラマダン期間は日没後の食事を希望
　D-105　RAJ PATEL　　　　　　　　　ヒンドゥー教（牛肉不可、ベジタリアン）

ラマダン期間（来年2月中旬～3月中旬）の提供時間について、別途ご相談させてください。
{SIG_DAIMON}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named residents' religion (信条, 要配慮個人情報) to the caterer",
})

# 068: halal meal counts only
MESSAGES.append({
    "id": "gakuseiryo-068",
    "sender": DAIMON,
    "to": ["北国フーズ 関西営業所 <kansai@kitaguni-foods.co.jp>"],
    "subject": "Re: 10月の特別食 食数",
    "charset": "iso-2022-jp",
    "body": f"""西岡様

大門です。10月の特別食の食数をお知らせします。

　ハラール対応食　　朝 3食／夕 3食
　ベジタリアン食　　朝 1食／夕 1食
　グルテンフリー食　夕 1食

ハラール食材の仕入れ先（認証マーク）の一覧も、お手すきの際にお送りください。
{SIG_DAIMON}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "special-meal counts without names",
})

# 069: resident directory booklet PDF to the printer (20 rows)
_p = _people("m069", 20, uni=TOHTO)
MESSAGES.append({
    "id": "gakuseiryo-069",
    "sender": SAEKI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "寮生名簿（冊子）の入稿データ",
    "charset": "cp932",
    "body": f"""錦印刷株式会社 営業部
石黒様

お世話になっております。佐伯です。
寮生会から依頼のあった寮生名簿（冊子・A5・50部）の入稿データをお送りします。
初校は6月5日頃にいただけますと助かります。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "pdf", "name": "寮生名簿_2026_入稿.pdf", "title": "寮生名簿 2026",
        "lines": ["日の出カレッジハウス八王子　寮生名簿　2026年度", "（寮生会 配布用）", ""],
        "table": [["居室", "氏名", "学部・学年", "出身", "携帯"]]
        + [[r["room"], r["name"], f"{r['faculty']} {r['grade']}", r["addr"][:3], r["phone"]] for r in _p],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a PDF table of twenty residents with mobiles sent to the printer",
})

# 070: the resident handbook for printing (rules, no people)
MESSAGES.append({
    "id": "gakuseiryo-070",
    "sender": SAEKI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "寮生ハンドブック 2026年度版 入稿",
    "charset": "utf-8",
    "body": f"""錦印刷 石黒様

お世話になっております。佐伯です。
寮生ハンドブックの原稿（Word）をお送りします。
昨年版からの変更箇所は、ゴミの分別（第5章）と門限（第2章）です。
体裁は昨年どおり、A5・中綴じ・32ページ・300部でお願いします。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "docx", "name": "寮生ハンドブック2026_原稿.docx",
        "paragraphs": ["日の出カレッジハウス八王子　寮生ハンドブック 2026",
                       "第1章 寮の概要　定員250名、全室個室（バス・トイレ付）、食堂（朝・夕）",
                       "第2章 生活のルール　門限は24時。外泊する場合は前日までに外泊届を提出すること。",
                       "第3章 食事　欠食届は前々日の20時までにアプリから提出。",
                       "第4章 寮費　毎月27日に指定口座から引落し。",
                       "第5章 ゴミの分別　八王子市の分別ルールに従うこと。",
                       "困ったときは：寮事務室 042-670-3318（9:00～21:00）、夜間は当直へ。"],
        "tables": [[["曜日", "可燃", "不燃", "資源"], ["月・木", "○", "", ""], ["水", "", "", "○"], ["第2金", "", "○", ""]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "handbook manuscript: rules and the office number only",
})

# 071: proof corrections sent to nishiki-insatu.co.jp (a letter dropped from the printer partner)
MESSAGES.append({
    "id": "gakuseiryo-071",
    "sender": SAEKI,
    "to": ["錦印刷 石黒様 <ishiguro@nishiki-insatu.co.jp>"],
    "subject": "Re: 寮生ハンドブック 初校のご確認",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

初校ありがとうございました。佐伯です。
修正点は以下の3箇所です。

・p.4　門限「23時」→「24時」
・p.11　ゴミ収集日の表、「第2金」の不燃に○が抜けています
・p.30　寮事務室の電話番号の末尾「3381」→「3318」

再校は不要です。修正後、そのまま校了でお願いします。
{SIG_SAEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops an 's' from the printer partner nishiki-insatsu.co.jp",
})

# 072: a plain ZIP (CSV + DOCX) of move-out refunds with bank accounts to the bookkeeping firm
_p = _people("m072", 12, born=(2001, 2003), uni=TOHTO)
_rng = random.Random(f"{SEED}-m072")
MESSAGES.append({
    "id": "gakuseiryo-072",
    "sender": KUME,
    "to": ["アカウントパートナーズ 振込代行 <furikomi@acc-partners.co.jp>"],
    "subject": "退寮精算 返金振込の依頼（3月退寮者 12件）",
    "charset": "utf-8",
    "body": f"""株式会社アカウントパートナーズ
振込代行チーム 御中

お世話になっております。日の出産業 経理部の久米です。
3月退寮者の敷金精算による返金について、振込をお願いいたします。
振込明細（CSV）と依頼書（Word）をZIPにまとめて添付しました。
振込日は4月15日でお願いいたします。
{SIG_KUME}
""",
    "attachments": [{
        "kind": "zip", "name": "退寮精算_返金_202603.zip",
        "files": [
            {"kind": "csv", "name": "返金明細.csv", "encoding": "utf-8",
             "rows": [["No", "退寮者氏名", "振込先銀行", "支店", "種目", "口座番号", "口座名義", "返金額"]]
             + [[i + 1, r["name"], _rng.choice(["ゆうちょ銀行", "みどり銀行", "秋田銀行", "十六銀行", "伊予銀行"]),
                 _rng.choice(["本店", "駅前支店", "〇一八支店", "中央支店"]), "普通", f"{_rng.randrange(1000000, 9999999)}",
                 r["kana"], 30000 - (i % 4) * 4500] for i, r in enumerate(_p)]},
            {"kind": "docx", "name": "振込依頼書.docx",
             "paragraphs": ["振込依頼書", "依頼日：2026年4月8日", "依頼者：日の出産業株式会社 経理部",
                            "件数：12件　合計金額：306,000円", "振込日：2026年4月15日"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "twelve former residents' bank accounts in a CSV inside a plain ZIP",
})

# 073: one long-overdue account to the lawyers (one person's record)
MESSAGES.append({
    "id": "gakuseiryo-073",
    "sender": KUME,
    "to": ["白川法律事務所 三輪先生 <miwa@shirakawa-law.jp>"],
    "subject": "寮費長期滞納の件（ご相談）",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
弁護士 三輪 先生

いつもお世話になっております。日の出産業 経理部の久米です。
寮費の長期滞納1件について、今後の対応をご相談させてください。

　契約者（寮生）：犬飼 陸　日の出カレッジハウス八王子 329号室
　連帯保証人（父）：犬飼 伸也
　保証人住所：〒370-0851 群馬県高崎市上中居町6-14-2
　保証人電話：080-4406-2178
　滞納額：348,000円（2025年12月分～2026年5月分の6か月）

本人は在寮を続けており、電話・書面での督促にも応答がありません。
内容証明の送付、退寮を求める手続きの要否について、ご意見をいただけますでしょうか。
{SIG_KUME}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one account (resident and guarantor) to the company's own lawyers: one record, may warn",
})

# 074: six delinquent accounts for collection letters, XLSX to the lawyers
_p = _people("m074", 6, uni=HOKURYO)
MESSAGES.append({
    "id": "gakuseiryo-074",
    "sender": KUME,
    "to": ["白川法律事務所 三輪先生 <miwa@shirakawa-law.jp>"],
    "cc": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "督促状送付対象（仙台寮 6件）",
    "charset": "cp932",
    "body": f"""三輪先生

お世話になっております。久米です。
ご指示いただいた弁護士名での督促状について、対象6件の一覧をお送りします。
保証人住所宛てでの送付をお願いいたします。
{SIG_KUME}
""",
    "attachments": [{
        "kind": "xlsx", "name": "督促対象一覧_仙台.xlsx",
        "sheets": {"対象": [["督促状送付対象一覧（日の出学生会館 仙台）", "", "", "", "", ""],
                          ["作成日 2026/06/01", "", "", "", "", ""],
                          ["寮生氏名", "居室", "保証人氏名", "保証人住所", "保証人電話", "滞納額"]]
                   + [[r["name"], r["room"], r["parent"], f"〒{r['zip']} {r['addr']}", r["parent_phone"], 54000 * (2 + i % 3)] for i, r in enumerate(_p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six residents and guarantors with addresses and phones: a list, even to the company's lawyers",
})

# 075: a corrupt DOCX draft letter to the lawyers
MESSAGES.append({
    "id": "gakuseiryo-075",
    "sender": KUME,
    "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
    "subject": "内容証明の下書き（犬飼様分）",
    "charset": "utf-8",
    "body": f"""白川法律事務所 事務局 御中

お世話になっております。日の出産業の久米です。
三輪先生にお願いしている件で、内容証明の下書きを作成しましたので添付いたします。
先生にお渡しいただけますでしょうか。
{SIG_KUME}
""",
    "attachments": [{"kind": "corrupt", "name": "内容証明_下書き_0603.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
})

# 076: 【社外秘】 in the subject and body, long-term repair plan to the contractor
MESSAGES.append({
    "id": "gakuseiryo-076",
    "sender": URUSHI,
    "to": ["ビルテック相模 工事部 <koji@biltech-sagami.co.jp>"],
    "subject": "【社外秘】長期修繕計画（2026-2035）素案",
    "charset": "iso-2022-jp",
    "body": f"""ビルテック相模 工事部 根本様

漆原です。
社内検討用の長期修繕計画の素案です。概算金額の妥当性について、ご意見をいただけますか。

【社外秘】
　2027年　屋上防水改修　　　　　 18,500千円
　2029年　給湯設備更新　　　　　 32,000千円
　2031年　外壁改修（大規模）　　 96,000千円
　2033年　エレベーター更新　　　 24,000千円
　2035年　受変電設備更新　　　　 15,800千円

大学への提示前の数字ですので、お取扱いにご注意ください。
{SIG_URUSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the subject and body are classified 【社外秘】",
})

# 077: PPAP of the guarantee application to the guarantor company
MESSAGES.append({
    "id": "gakuseiryo-077",
    "sender": SAEKI,
    "to": ["あんしん家賃保証 審査部 <shinsa@anshin-hosho.co.jp>"],
    "subject": "保証委託申込書の送付（4月入寮 追加3件）",
    "charset": "cp932",
    "body": f"""あんしん家賃保証 審査部 御中

お世話になっております。佐伯です。
追加3件の保証委託申込書を、暗号化ZIPにてお送りします。
解凍パスワードは、後ほど別メールでお知らせいたします。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "zip", "name": "hosho_moushikomi_0405.zip", "password": "Anshin-0405",
        "files": [{"kind": "pdf", "name": "保証委託申込書_3件.pdf",
                   "lines": ["保証委託申込書", "申込者 3名分"]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "an encrypted ZIP (PPAP) cannot be inspected",
})

# 078: English welcome info with one business contact
MESSAGES.append({
    "id": "gakuseiryo-078",
    "sender": DAIMON,
    "to": ["Hannah Whitcombe <h.whitcombe@kestrel.ac.nz>"],
    "subject": "Re: Who should students contact on arrival?",
    "charset": "utf-8",
    "body": f"""Hi Hannah,

Good question. On arrival day, students should go straight to the front desk (open 24 hours).
If anything goes wrong on the way (delayed flight, missed bus), they can call our night
manager, Mr. Kenta Oribe, at +81-78-231-5507. He speaks English and a little Mandarin.

During office hours I am the main contact, and you can always reach the residence at
kobe-residence@hinode-sangyo.co.jp.

Best,
Erika
{SIG_DAIMON}

On Wed, 19 Aug 2026 at 09:12, Hannah Whitcombe <h.whitcombe@kestrel.ac.nz> wrote:
> Hi Erika, who should the students contact if their flight is delayed?
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one staff member's business contact in an ordinary English reply",
})

# 079: English — six incoming exchange students with passport numbers and DOB
_p79 = [("OLIVIA", "HARTLEY", "LM482917", "2004-03-11"), ("NOAH", "TE AWA", "LK830264", "2003-10-02"),
        ("AMELIA", "CHAUDHRY", "LP219075", "2005-01-27"), ("JACK", "MORRISSEY", "LN664120", "2004-07-19"),
        ("ISLA", "FONOTI", "LM907355", "2004-12-05"), ("LIAM", "VAN DER BERG", "LR150448", "2003-05-30")]
MESSAGES.append({
    "id": "gakuseiryo-079",
    "sender": DAIMON,
    "to": ["Hannah Whitcombe <h.whitcombe@kestrel.ac.nz>"],
    "subject": "Please confirm passport details for residence registration",
    "charset": "utf-8",
    "body": """Dear Hannah,

For the residence registration (宿泊者名簿) we need each student's passport details on file.
Could you please check the list below against your records and correct anything that is wrong?

  Given name   Family name     Passport No.  Date of birth  Nationality
  -----------  --------------  ------------  -------------  -----------
""" + "\n".join(f"  {g:<12} {f:<15} {n:<13} {d:<14} New Zealand" for g, f, n, d in _p79) + f"""

Many thanks,
{SIG_DAIMON}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six students' passport numbers and dates of birth: identity documents in a list",
})

# 080: annual report slides with statistics only (PPTX)
MESSAGES.append({
    "id": "gakuseiryo-080",
    "sender": KADO,
    "to": ["北陵大学 学生部長 <gakuseibu@hokuryo-u.ac.jp>"],
    "subject": "日の出学生会館 仙台 2025年度 年次運営報告",
    "charset": "iso-2022-jp",
    "body": f"""北陵大学 学生部長 様

いつも大変お世話になっております。日の出産業の門倉です。
6月の運営協議会でご報告予定の年次運営報告（スライド）を、事前にお送りいたします。
{SIG_KADO}
""",
    "attachments": [{
        "kind": "pptx", "name": "仙台寮_年次運営報告_2025.pptx",
        "slides": [["2025年度 年次運営報告", "日の出学生会館 仙台", "日の出産業株式会社 学生寮事業部"],
                   ["入居状況", "平均入居率 96.2%（前年 93.8%）", "新規入寮 84名／退寮 79名"],
                   ["事故・トラブル", "救急搬送 5件", "感染症の集団発生 1件（5月、保健所へ報告済み）", "騒音苦情 22件"],
                   ["満足度調査", "総合満足度 4.1／5（回答率 71%）", "食事 3.7、設備 3.9、職員対応 4.4"],
                   ["2026年度の取組み", "Wi-Fi 全面更新", "防犯カメラ増設", "食堂メニューの刷新"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "annual report slides with aggregate figures only",
})

# 081: proposal slides to a prospective university, each slide footed 社外秘
MESSAGES.append({
    "id": "gakuseiryo-081",
    "sender": KADO,
    "to": ["青嵐芸術大学 学生課 <gakuseika@seiran-art.ac.jp>"],
    "subject": "学生寮 運営受託のご提案",
    "charset": "utf-8",
    "body": f"""青嵐芸術大学 学生課
課長 真鍋 様

先日はお時間をいただき、誠にありがとうございました。日の出産業の門倉です。
ご説明した学生寮運営受託のご提案資料をお送りいたします。
ご検討のほど、よろしくお願い申し上げます。
{SIG_KADO}
""",
    "attachments": [{
        "kind": "pptx", "name": "青嵐芸大様_学生寮運営ご提案.pptx", "page_footer": "社外秘　日の出産業株式会社",
        "slides": [["学生寮 運営受託のご提案", "青嵐芸術大学 様", "2026年7月 日の出産業株式会社"],
                   ["当社の実績", "受託寮 3拠点・定員 710名", "平均入居率 96%以上"],
                   ["ご提案価格", "運営委託料 月額 2,450,000円（税別）", "※原価率 78%（社内資料）"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide of the attached deck is footed 社外秘 (and shows an internal cost ratio)",
})

# 082: legacy XLS furniture inventory to the Sendai building manager
MESSAGES.append({
    "id": "gakuseiryo-082",
    "sender": URUSHI,
    "to": ["杜の都ビルサービス 管理部 <kanri@morinomiya-bs.co.jp>"],
    "subject": "仙台寮 備品台帳（棚卸し用）",
    "charset": "cp932",
    "body": f"""杜の都ビルサービス株式会社
管理部 ご担当者様

お世話になっております。漆原です。
夏休み中の備品棚卸しに使う備品台帳をお送りします（古いExcel形式ですみません）。
破損・不足があれば備考欄にご記入ください。
{SIG_URUSHI}
""",
    "attachments": [{
        "kind": "xls", "name": "備品台帳_仙台.xls",
        "sheets": {"居室備品": [["品目", "型番", "数量", "設置場所", "購入年", "備考"],
                             ["ベッド（シングル）", "BD-2080", 220, "各居室", 2018, ""],
                             ["学習机", "DK-1200", 220, "各居室", 2018, ""],
                             ["椅子", "CH-35", 220, "各居室", 2021, ""],
                             ["冷蔵庫（90L）", "RF-90S", 220, "各居室", 2019, "不良3台交換済み"],
                             ["エアコン", "AC-22K", 220, "各居室", 2017, "川崎電機 保守契約"]],
                  "共用部": [["品目", "数量", "設置場所"], ["洗濯機", 24, "各階ランドリー"],
                          ["乾燥機", 16, "各階ランドリー"], ["AED", 2, "1F・3F"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an equipment inventory (legacy XLS), no people",
})

# 083: bicycle registrations as a legacy XLS to the parking operator (14 residents)
_p = _people("m083", 14, uni=HOKURYO)
_rng = random.Random(f"{SEED}-m083")
MESSAGES.append({
    "id": "gakuseiryo-083",
    "sender": NISHINA,
    "to": ["サイクルパーク東日本 仙台事務所 <sendai@cyclepark-e.co.jp>"],
    "subject": "寮駐輪場 登録者リスト（2026年度）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社サイクルパーク東日本
仙台事務所 御中

お世話になっております。日の出学生会館 仙台の仁科です。
今年度の駐輪場登録者リストをお送りします。ステッカーの発行をお願いいたします。
{SIG_NISHINA}
""",
    "attachments": [{
        "kind": "xls", "name": "chulinjo_touroku_2026.xls",
        "sheets": {"登録者": [["No", "居室", "氏名", "携帯電話", "防犯登録番号", "車種・色"]]
                   + [[i + 1, r["room"], r["name"], r["phone"], f"宮城{_rng.randrange(100000, 999999)}",
                       _rng.choice(["ママチャリ 白", "クロスバイク 黒", "原付 赤", "ロードバイク 青", "折りたたみ 銀"])]
                      for i, r in enumerate(_p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "fourteen residents with mobiles in a legacy XLS to the parking operator",
})

# 084: to a resident's own iCloud address about a parcel
MESSAGES.append({
    "id": "gakuseiryo-084",
    "sender": HORI,
    "to": ["s.kokubu.0619@icloud.com"],
    "subject": "お荷物のお預かりについて",
    "charset": "utf-8",
    "body": f"""国分さん

寮事務室の堀之内です。
本日、冷蔵便のお荷物（青葉運輸）を事務室でお預かりしました。
冷蔵庫で保管していますので、本日21時までに受け取りに来てください。
21時以降は当直室でのお渡しになります。
{SIG_HORI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a note to one resident at their own free-mail address",
})

# 085: a resident's depression and treatment to an outside counsellor on Gmail
MESSAGES.append({
    "id": "gakuseiryo-085",
    "sender": SAEGUSA,
    "to": ["Kaori Tachibana <k.tachibana.counsel@gmail.com>"],
    "subject": "ご相談：寮生の面談について",
    "charset": "iso-2022-jp",
    "body": f"""立花先生

ご無沙汰しております。日の出産業 寮生サポートデスクの三枝です。
以前ご相談に乗っていただいたケースに近い寮生がおり、ご助言をいただきたくご連絡しました。

　寮生：芦刈 紬さん（日の出カレッジハウス八王子、文学部2年）
　状況：昨年秋にうつ病と診断され、現在も心療内科に月2回通院、抗うつ薬を服用中。
　　　　この1か月ほど、授業に出られず居室にこもりがち。食事もほとんど取っていない。
　　　　先週、「消えてしまいたい」と寮職員に話したことがあります。

大学の学生相談室とも連携していますが、寮としてどのように見守るべきか、
一度お時間をいただけませんでしょうか。
{SIG_SAEGUSA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a named resident's mental-health diagnosis and treatment sent to a private Gmail address",
})

# 086: a parent (Yahoo) and the university (Cc) — two external parties
MESSAGES.append({
    "id": "gakuseiryo-086",
    "sender": HORI,
    "to": ["諏訪部 様 <suwabe-family@yahoo.co.jp>"],
    "cc": ["瀬川 奈緒 <segawa.nao@tohto-gakuin.ac.jp>"],
    "subject": "退寮手続きのご案内",
    "charset": "iso-2022-jp",
    "body": f"""諏訪部様

いつもお世話になっております。日の出カレッジハウス八王子の堀之内です。
休学に伴う退寮のご連絡をいただき、ありがとうございました。
大学の学生支援課（瀬川様）にもCCでお送りしております。

退寮の手続きは以下のとおりです。
　1. 退寮届の提出（退寮日の1か月前まで）
　2. 退寮日の居室立会い（私物の搬出・清掃確認）
　3. 鍵の返却
　4. 敷金精算（退寮月の翌月末に、ご指定口座へ返金）

退寮届の用紙は、寮のホームページからダウンロードできます。
{SIG_HORI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "two external parties (one parent, one university) in To/Cc; procedural content",
})

# 087: joint council invitation with four universities visible in To
MESSAGES.append({
    "id": "gakuseiryo-087",
    "sender": KADO,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>",
           "北陵大学 学生部 厚生課 <kosei@hokuryo-u.ac.jp>",
           "湊川国際大学 国際交流センター <isc@minatogawa-intl.ac.jp>",
           "港北医療大学 学生課 <gakusei@kohoku-iryo.ac.jp>"],
    "subject": "【ご案内】第5回 学生寮運営連絡協議会（オンライン）",
    "charset": "utf-8",
    "body": f"""各大学 学生寮ご担当者様

平素より大変お世話になっております。日の出産業 学生寮事業部の門倉でございます。
当社が運営を受託している各大学の寮担当者様にお集まりいただく連絡協議会を、下記のとおり開催いたします。

　日時：2026年7月22日（水）14:00～16:00
　形式：オンライン（Teams）
　議題：①各寮の運営状況　②感染症対応の振り返り　③留学生受入れの課題

ご出欠を7月10日までにお知らせください。
{SIG_KADO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four client universities in To see each other's contacts: should have been Bcc",
})

# 088: power outage notice, parents in Bcc, To is the dorm's own address
MESSAGES.append({
    "id": "gakuseiryo-088",
    "sender": NISHINA,
    "to": ["日の出学生会館 仙台 <sendai-ryo@hinode-sangyo.co.jp>"],
    "bcc": ["aimono.masayo@gmail.com", "takanashi-k@yahoo.co.jp", "m.hiwatashi@icloud.com",
            "kusakabe-naoko@docomo.ne.jp", "otobe.n.1975@outlook.jp", "saga-h@softbank.ne.jp"],
    "subject": "【日の出学生会館 仙台】法定停電のお知らせ（8月9日）",
    "charset": "iso-2022-jp",
    "body": f"""保護者の皆様

いつも当館の運営にご協力いただき、ありがとうございます。
電気設備の法定点検のため、下記のとおり全館停電となります。

　日時：8月9日（日）8:00～13:00
　影響：照明・エレベーター・給湯・Wi-Fi が停止します（冷蔵庫も停止）

帰省中の寮生にも、冷蔵庫内の食品の整理をお願いしております。
本メールはBCCにて一斉送信しております。
{SIG_NISHINA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "parents are in Bcc, so no one sees another's address; free-mail recipients only warn",
})

# 089: night-entry permits, 「・」 bullets with full-width phone numbers and 和暦 DOB
_p = _people("m089", 5, born=(2004, 2006), uni=TOHTO)
MESSAGES.append({
    "id": "gakuseiryo-089",
    "sender": HORI,
    "to": ["東和警備保障 八王子営業所 <hachioji@towa-keibi.co.jp>"],
    "subject": "深夜入館許可者（アルバイト等）のお知らせ",
    "charset": "cp932",
    "body": f"""東和警備保障 矢吹様

堀之内です。門限（24時）以降の入館を許可した寮生5名です。
深夜に入館の際は、管制でカードの照合をお願いします。

""" + "\n".join(f"・{r['name']}（{r['room']}）　生年月日 {_wareki(*r['dob'], style='fw')}　携帯 {_fw(r['phone'])}　理由：{reason}"
                for r, reason in zip(_p, ["居酒屋アルバイト", "病院の夜間受付アルバイト", "研究室の実験", "コンビニ夜勤", "塾講師（終電帰り）"])) + f"""

許可期間はいずれも7月末までです。
{SIG_HORI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five residents with 和暦 DOB and full-width mobiles as bullets: a list of people",
})

# 090: two residents' late-return permits (under the threshold)
MESSAGES.append({
    "id": "gakuseiryo-090",
    "sender": HORI,
    "to": ["東和警備保障 八王子営業所 <hachioji@towa-keibi.co.jp>"],
    "subject": "本日の遅帰寮者（2名）",
    "charset": "iso-2022-jp",
    "body": f"""矢吹様

本日、門限後に帰寮予定の寮生が2名います。カードが使えない場合は通用口で対応をお願いします。

　212号室 柘植 さくら さん（ゼミ合宿から帰着、1時頃）携帯 080-2765-0391
　405号室 廿楽 健斗 さん（部活の遠征、2時頃）携帯 090-5127-8843

堀之内
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two residents' names and mobiles for the security company: under five, may warn",
})

# 091: a resident's driving licence number to the parking company
MESSAGES.append({
    "id": "gakuseiryo-091",
    "sender": NISHINA,
    "to": ["三和パーキング 契約課 <keiyaku@sanwa-parking.co.jp>"],
    "subject": "月極駐車場 契約申込（寮生1名）",
    "charset": "utf-8",
    "body": f"""三和パーキング株式会社 契約課 御中

お世話になっております。日の出学生会館 仙台の仁科です。
寮として借り上げている区画（No.14）を、下記の寮生に転貸します。ご登録をお願いします。

  契約者：百目鬼 隼（ドウメキ ハヤト）
  住所　：宮城県仙台市青葉区一番町2-9-11 日の出学生会館仙台 506号室
  運転免許証番号：221904736518
  車両　：軽自動車 宮城 580 あ 12-06
  期間　：2026年6月1日～2027年3月31日

免許証の写しは本人から受け取り、寮で保管しております。
{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a resident's driving-licence number (identity document) to the parking company",
})

# 092: order number, product codes and a tracking number, with a photo
MESSAGES.append({
    "id": "gakuseiryo-092",
    "sender": URUSHI,
    "to": ["青葉運輸 法人配送 <houjin@aoba-unyu.co.jp>"],
    "subject": "Re: マットレス配送の件（注文番号 PO-2605-0184）",
    "charset": "cp932",
    "body": f"""青葉運輸 法人配送ご担当者様

漆原です。配送ありがとうございました。
注文番号 PO-2605-0184（品番 MT-S90-3 ×24枚）のうち、1梱包に外装破損がありました。
写真を添付します。中身は無事でしたので、記録のみお願いします。

　送り状番号：4402-8817-3360
　受領日時　：5月25日 10:40　日の出学生会館 仙台 搬入口
{SIG_URUSHI}
""",
    "attachments": [{"kind": "png", "name": "damage_photo_01.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order, product and tracking numbers with a photo: business identifiers only",
})

# 093: one resident's health-check finding to the university health centre
MESSAGES.append({
    "id": "gakuseiryo-093",
    "sender": SAEGUSA,
    "to": ["北陵大学 保健管理センター <hoken@hokuryo-u.ac.jp>"],
    "subject": "寮生の健康診断結果（要精密検査）について",
    "charset": "iso-2022-jp",
    "body": f"""北陵大学 保健管理センター 御中

いつもお世話になっております。日の出産業 寮生サポートデスクの三枝です。
入寮時健康診断（寮で実施分）の結果、以下の寮生が要精密検査となりました。

　氏名：真栄城 晴（まえしろ はる）　工学部1年　212号室
　所見：胸部X線 右上肺野に陰影あり（要精密検査・E判定）
　　　　既往歴：小児喘息

本人には結果を伝え、受診を勧めておりますが、まだ受診できていないようです。
結核の可能性も否定できないため、センターでのフォローをお願いできますでしょうか。
{SIG_SAEGUSA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named resident's health-check result and medical history (要配慮個人情報)",
})

# 094: ambulance call reported without a diagnosis
MESSAGES.append({
    "id": "gakuseiryo-094",
    "sender": HORI,
    "to": ["瀬川 奈緒 <segawa.nao@tohto-gakuin.ac.jp>"],
    "subject": "昨夜の救急車の件",
    "charset": "utf-8",
    "body": f"""瀬川様

お世話になっております。堀之内です。
昨夜23時半頃、寮の前に救急車が来た件で、学生からお問い合わせがあったかもしれませんので共有します。

当直が呼んだもので、対象は 406号室の 今泉 蓮 さんです。
ご本人は今朝、自分で歩いて帰寮しており、「大丈夫です」とのことでした。
詳しい事情は本人の希望で伺っておりません。

念のため、学生支援課でも気にかけていただけますと幸いです。
{SIG_HORI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named resident taken by ambulance but no diagnosis: whether that is 要配慮 health data is arguable",
})

# 095: names and room numbers only, for the in-room cleaning service
MESSAGES.append({
    "id": "gakuseiryo-095",
    "sender": URUSHI,
    "to": ["クリーンアース 多摩営業所 <tama@clean-earth.co.jp>"],
    "subject": "有料居室清掃 6月の申込者",
    "charset": "iso-2022-jp",
    "body": f"""クリーンアース 多摩営業所 ご担当者様

漆原です。6月の有料居室清掃（1回 3,300円）の申込者です。
入室は寮職員が立ち会いますので、作業日を寮事務室とご調整ください。

　203　阿久津 結衣
　218　嵯峨 陽翔
　307　乙部 美咲
　311　舘野 拓海
　402　檜山 千尋
　415　雲野 律

{SIG_URUSHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six residents, but only names and room numbers: whether that is a list of people's records is arguable",
})

# 096: requirements sent to tsubasa-systern.jp ('rn' for 'm') instead of tsubasa-system.jp
MESSAGES.append({
    "id": "gakuseiryo-096",
    "sender": SAEKI,
    "to": ["ツバサシステム 小野寺様 <onodera@tsubasa-systern.jp>"],
    "subject": "入居者管理システム 改修要件（第2版）",
    "charset": "utf-8",
    "body": f"""ツバサシステム 小野寺様

お世話になっております。佐伯です。
入居者管理システムの改修要件について、第2版をお送りします（本文に記載）。

1. 欠食届の締切を「前々日20時」から「前日12時」に変更可能にする
2. 保護者向けポータルに寮費の引落結果を表示する
3. 退寮予定日の入力と、清掃業者向けの日程エクスポート（個人名なし）
4. 管理画面の操作ログを1年間保存する

概算のお見積りとスケジュールをいただけますでしょうか。
{SIG_SAEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp imitates the partner tsubasa-system.jp ('rn' for 'm')",
})

# 097: log retention question to the real vendor, a TXT spec attached
MESSAGES.append({
    "id": "gakuseiryo-097",
    "sender": URUSHI,
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "入退館ログの保存期間について（質問）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム サポートセンター 御中

漆原です。入退館ログの保存期間について確認させてください。
大学から「1年以上保存してほしい」との要望がありましたが、現在の設定は90日と認識しています。
設定変更でディスク容量が足りるか、添付の現行構成メモでご確認いただけますか。
{SIG_URUSHI}
""",
    "attachments": [{
        "kind": "txt", "name": "現行構成メモ.txt", "encoding": "utf-8",
        "text": """TS-Gate 現行構成（八王子）
- 管理サーバ: TSG-SV200 / ディスク 2TB (使用 38%)
- カードリーダー: 14台 (正面2, 通用口2, 各階フロア扉10)
- ログ件数: 約 4,200件/日
- 保存期間設定: 90日
- バックアップ: 週1回 NAS へ
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a system configuration question to the vendor partner; no personal data",
})

# 098: raw survey answers with e-mail addresses (no name column) to the research firm
_p = _people("m098", 30, uni=TOHTO)
_rng = random.Random(f"{SEED}-m098")
_comments = ["Wi-Fiが夜遅くなると遅い", "食堂の夕食の時間を延ばしてほしい", "特になし", "洗濯機が足りない",
             "職員さんが親切", "シャワーの水圧が弱い", "門限をもう少し遅くしてほしい", "", "駐輪場が狭い", "満足しています"]
MESSAGES.append({
    "id": "gakuseiryo-098",
    "sender": SAEKI,
    "to": ["ボイスリンク・リサーチ 集計チーム <shukei@voicelink-research.co.jp>"],
    "subject": "寮生満足度調査 回答データ（八王子）",
    "charset": "utf-8",
    "body": f"""株式会社ボイスリンク・リサーチ
集計チーム 御中

お世話になっております。日の出産業の佐伯です。
寮生満足度調査の回答データ（Googleフォームの出力）をお送りします。
集計とクロス分析をお願いいたします。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "csv", "name": "survey_hachioji_raw.csv", "encoding": "utf-8",
        "rows": [["タイムスタンプ", "メールアドレス", "学年", "性別", "総合満足度", "食事", "設備", "自由記述"]]
        + [[f"2026/06/{1 + i % 14:02d} {8 + i % 12}:{_rng.randrange(10, 59)}", r["email"], r["grade"], r["sex"],
            _rng.randrange(2, 6), _rng.randrange(1, 6), _rng.randrange(2, 6), _comments[i % 10]] for i, r in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "thirty respondents' e-mail addresses with their answers: a list of people without a name column",
})

# 099: survey summary as an HTML report attachment
MESSAGES.append({
    "id": "gakuseiryo-099",
    "sender": SAEKI,
    "to": ["東都学院大学 学生支援課 <gakusei-shien@tohto-gakuin.ac.jp>"],
    "subject": "寮生満足度調査 結果サマリー",
    "charset": "cp932",
    "body": f"""東都学院大学 学生支援課 御中

お世話になっております。佐伯です。
寮生満足度調査（回答数 178名、回答率 72%）の結果サマリーをお送りします。
ブラウザで開けるHTML形式です。
{SIG_SAEKI}
""",
    "attachments": [{
        "kind": "html", "name": "満足度調査_サマリー.html",
        "html": """<html><head><meta charset="utf-8"><title>寮生満足度調査 2026</title></head><body>
<h1>寮生満足度調査 2026（日の出カレッジハウス八王子）</h1>
<table border="1"><tr><th>項目</th><th>平均（5点満点）</th><th>前年</th></tr>
<tr><td>総合満足度</td><td>4.0</td><td>3.8</td></tr>
<tr><td>食事</td><td>3.5</td><td>3.4</td></tr>
<tr><td>設備</td><td>3.7</td><td>3.9</td></tr>
<tr><td>職員対応</td><td>4.4</td><td>4.3</td></tr></table>
<p>自由記述で多かった要望：Wi-Fi速度（41件）、洗濯機の増設（27件）、夕食時間の延長（19件）</p>
</body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate survey results in an HTML file",
})

# 100: failed direct debits with guarantors, XLSX with a title row and several sheets
_p = _people("m100", 7, uni=MINATO)
MESSAGES.append({
    "id": "gakuseiryo-100",
    "sender": KUME,
    "to": ["あんしん家賃保証 代位弁済受付 <daii@anshin-hosho.co.jp>"],
    "subject": "代位弁済請求（5月27日 引落不能分）",
    "charset": "utf-8",
    "body": f"""あんしん家賃保証株式会社
代位弁済受付 ご担当者様

平素よりお世話になっております。日の出産業 経理部の久米です。
5月27日の口座振替で引落不能となった7件について、保証契約に基づき代位弁済を請求いたします。
明細は添付のExcel（寮別シート）をご確認ください。
{SIG_KUME}
{DISC_JA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "代位弁済請求_202605.xlsx", "title": "代位弁済請求明細",
        "sheets": {
            "表紙": [["代位弁済請求明細"], ["請求日", "2026/06/03"], ["請求件数", 7], ["請求額合計", 427000]],
            "神戸": [["日の出インターナショナルレジデンス神戸　引落不能明細", "", "", "", "", ""],
                   ["保証番号", "入居者", "連帯保証人", "保証人住所", "保証人電話", "請求額"]]
            + [[f"AH-{58210 + i}", r["name"], r["parent"], r["addr"], r["parent_phone"], 61000] for i, r in enumerate(_p)],
            "メモ": [["保証人と連絡がとれない案件は、当社でも引き続き督促します。"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven residents with guarantors' addresses and phones in a multi-sheet XLSX to the guarantee company",
})
