"""Blind corpus — area: eikaiwa.

日の出産業株式会社 語学スクール事業部（ヒノデ・イングリッシュ）: adult and children's English
conversation school.  Students' applications and trial lessons, level test results,
foreign teachers' visas / residence cards / social insurance, payments by card and bank
transfer (口座振替), corporate training contracts (法人研修), complaints, and English mail
with teachers, recruiters and partner schools abroad.

Seeds for my_number()/card_number() start at 4601.
"""

from __future__ import annotations

import random

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

# -- small helpers (all data invented) -------------------------------------------------

_SEI = [
    ("鴨志田", "カモシダ", "Kamoshida"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("漆原", "ウルシバラ", "Urushibara"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("佐久間", "サクマ", "Sakuma"), ("八重樫", "ヤエガシ", "Yaegashi"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("小田切", "オダギリ", "Odagiri"),
    ("柳楽", "ナギラ", "Nagira"), ("乙部", "オトベ", "Otobe"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("舟橋", "フナハシ", "Funahashi"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("猪狩", "イガリ", "Igari"), ("宍戸", "シシド", "Shishido"),
    ("鬼頭", "キトウ", "Kito"), ("保科", "ホシナ", "Hoshina"),
    ("真栄田", "マエダ", "Maeda"), ("長谷部", "ハセベ", "Hasebe"),
    ("吉川", "ヨシカワ", "Yoshikawa"), ("田村", "タムラ", "Tamura"),
    ("阿久津", "アクツ", "Akutsu"), ("桑名", "クワナ", "Kuwana"),
    ("三科", "ミシナ", "Mishina"), ("有馬", "アリマ", "Arima"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("上遠野", "カドノ", "Kadono"),
    ("江頭", "エガシラ", "Egashira"), ("新発田", "シバタ", "Shibata"),
]
_MEI = [
    ("結衣", "ユイ", "Yui"), ("颯太", "ソウタ", "Sota"), ("美咲", "ミサキ", "Misaki"),
    ("蓮", "レン", "Ren"), ("陽菜", "ヒナ", "Hina"), ("悠真", "ユウマ", "Yuma"),
    ("千尋", "チヒロ", "Chihiro"), ("湊", "ミナト", "Minato"), ("沙織", "サオリ", "Saori"),
    ("健太郎", "ケンタロウ", "Kentaro"), ("芽依", "メイ", "Mei"), ("大翔", "ヒロト", "Hiroto"),
    ("遥", "ハルカ", "Haruka"), ("航", "ワタル", "Wataru"), ("琴音", "コトネ", "Kotone"),
    ("匠", "タクミ", "Takumi"), ("真由美", "マユミ", "Mayumi"), ("誠", "マコト", "Makoto"),
    ("彩花", "アヤカ", "Ayaka"), ("直樹", "ナオキ", "Naoki"), ("紗希", "サキ", "Saki"),
    ("葵", "アオイ", "Aoi"), ("和也", "カズヤ", "Kazuya"), ("恵理子", "エリコ", "Eriko"),
]
_ADDR = [
    ("150-0011", "東京都渋谷区東"), ("154-0004", "東京都世田谷区太子堂"),
    ("231-0023", "神奈川県横浜市中区山下町"), ("220-0004", "神奈川県横浜市西区北幸"),
    ("530-0047", "大阪府大阪市北区西天満"), ("564-0027", "大阪府吹田市朝日町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("272-0034", "千葉県市川市市川"),
    ("181-0013", "東京都三鷹市下連雀"), ("213-0001", "神奈川県川崎市高津区溝口"),
    ("167-0051", "東京都杉並区荻窪"), ("143-0023", "東京都大田区山王"),
    ("662-0832", "兵庫県西宮市甲風園"), ("604-8005", "京都府京都市中京区恵比須町"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


_KANSAI = {"大阪府", "兵庫県", "京都府"}


def people(seed: int, n: int, kids: bool = False, domains: list[str] | None = None,
           region: str | None = None):
    """n invented people: name, kana, romaji, phone, email, dob (y, m, d), address."""
    rng = random.Random(f"eikaiwa-people-{seed}")
    out = []
    for sei in rng.sample(_SEI, n):
        mei = rng.choice(_MEI)
        y = rng.randrange(2012, 2020) if kids else rng.randrange(1962, 2004)
        pool = _ADDR
        if region == "kanto":
            pool = [a for a in _ADDR if a[1][:3] not in _KANSAI]
        elif region == "kansai":
            pool = [a for a in _ADDR if a[1][:3] in _KANSAI]
        pc, city = rng.choice(pool)
        dom = rng.choice(domains or _FREEMAIL)
        out.append({
            "name": f"{sei[0]} {mei[0]}", "kana": f"{sei[1]} {mei[1]}",
            "romaji": f"{mei[2]} {sei[2]}",
            "phone": f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-"
                     f"{rng.randrange(1000, 9999)}",
            "email": f"{mei[2].lower()}.{sei[2].lower()}{rng.randrange(10, 99)}@{dom}",
            "dob": (y, rng.randrange(1, 13), rng.randrange(1, 29)),
            "postal": pc,
            "address": f"{city}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 25)}",
        })
    return out


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, yy = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, yy = "平成", "H", y - 1988
    else:
        era, short, yy = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{yy}.{m}.{d}"
    return f"{era}{yy}年{m}月{d}日"


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号 (13 digits, leading check digit)."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("010401093582")

# -- signatures -----------------------------------------------------------------------

SIG_KANDA = """
――――――――――――――――――――――――
日の出産業株式会社 語学スクール事業部
ヒノデ・イングリッシュ 渋谷校 スクールマネージャー
神田 真理子 / Mariko Kanda
〒150-0043 東京都渋谷区道玄坂2-14-8 ヒノデビル5F
TEL: 03-5459-2210  FAX: 03-5459-2211
Mail: m-kanda@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_OKOCHI = """
--------------------------------------------------
日の出産業株式会社
語学スクール事業部 法人研修グループ
大河内 亮（おおこうち りょう）
〒103-0027 東京都中央区日本橋3-6-2 日の出産業本社ビル
TEL 03-3271-8840（代表） 携帯 080-4417-2295
r-okochi@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/english/
--------------------------------------------------"""

SIG_USAMI = """
*********************************
日の出産業株式会社 語学スクール事業部 管理課（経理）
宇佐美 香織
TEL 03-3271-8845 / 内線 2231
k-usami@hinode-sangyo.co.jp
*********************************"""

SIG_HONDA = """
--
Shingo Honda 本多 慎吾
Teacher Recruitment & Visa Support / 講師採用・在留資格担当
Hinode English, Hinode Sangyo Co., Ltd.
3-6-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, JAPAN
Tel: +81-3-3271-8852
s-honda@hinode-sangyo.co.jp"""

SIG_CARTER = """
Best regards,
Emily Carter
Head Teacher, Hinode English Yokohama
Hinode Sangyo Co., Ltd.
e.carter@hinode-sangyo.co.jp | +81-45-322-7701"""

SIG_YUNOKI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
ヒノデ・イングリッシュ横浜校
受付・カウンセラー　柚木（ゆのき）さやか
〒220-0011 横浜市西区高島2-9-1 高島スクエア3階
TEL 045-322-7700
s-yunoki@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_MAKABE = """
------------------------------------
日の出産業株式会社 語学スクール事業部
お客様相談室　真壁 由紀
フリーダイヤル 0120-418-262（平日10:00～18:00）
y-makabe@hinode-sangyo.co.jp
------------------------------------"""

SIG_SUGIURA = """
━━━━━━━━━━━━━━━━━━━━
ヒノデ・イングリッシュ キッズ事業課
杉浦 拓（すぎうら たく）
TEL 03-3271-8860 / 携帯 090-6612-0348
t-sugiura@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_IWADATE = """
--
Miho Iwadate 岩舘 美穂
International Programs / 海外提携・留学プログラム
Hinode English (Hinode Sangyo Co., Ltd.)
Tel +81-3-3271-8871  Fax +81-3-3271-8872
m-iwadate@hinode-sangyo.co.jp"""

SIG_HORIGOME = """
--
語学スクール事業部 業務システム担当
堀籠 健（ほりごめ けん）
内線 2270 / 直通 03-3271-8879
t-horigome@hinode-sangyo.co.jp"""

SIG_UMEMIYA = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
ヒノデ・イングリッシュ 梅田校
校長 梅宮 智也
〒530-0012 大阪市北区芝田1-7-3 梅田ヒノデビル4F
TEL 06-6371-5120 / FAX 06-6371-5121
t-umemiya@hinode-sangyo.co.jp
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/"""

SIG_NARUMI = """
-----
日の出産業株式会社 管理本部 人事労務課
（語学スクール事業部 講師労務担当）
鳴海 佳奈
TEL 03-3271-8815
k-narumi@hinode-sangyo.co.jp
-----"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised copying or distribution is prohibited."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =====================================================================================
# STOP — lists of people (body and every attachment kind)
# =====================================================================================

_kd = people(101, 12, domains=["kawasaki-denki.co.jp"])
_depts = ["設計部", "品質保証部", "海外営業部", "生産技術部", "調達部", "経営企画部"]
_lv = ["B1", "A2", "B2", "A2", "B1", "C1", "A1", "B1", "A2", "B2", "B1", "A2"]
_rows001 = [["川崎電機株式会社様 英語研修 レベルチェック結果（2026年9月実施）"], [],
            ["No", "社員番号", "氏名", "所属", "メールアドレス", "Speaking", "Listening",
             "総合レベル", "推奨クラス"]]
for _i, _p in enumerate(_kd):
    _rows001.append([_i + 1, f"K{283100 + _i * 37}", _p["name"], _depts[_i % 6],
                     f"{_p['romaji'].split()[1].lower()}.{_p['romaji'].split()[0][0].lower()}"
                     f"@kawasaki-denki.co.jp", 40 + (_i * 7) % 45, 45 + (_i * 11) % 40,
                     _lv[_i], {"A1": "Basic", "A2": "Pre-Inter", "B1": "Inter",
                               "B2": "Upper", "C1": "Advanced"}[_lv[_i]]])
add(
    id="eikaiwa-001", expect="stop", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺 様 <onodera.k@kawasaki-denki.co.jp>"],
    cc=[f"r-okochi@{D}"],
    subject="【川崎電機様】英語研修 レベルチェック結果のご送付（2026年9月実施分）",
    body="""川崎電機株式会社
人事部 人材開発課
小野寺 様

いつも大変お世話になっております。
日の出産業 語学スクール事業部の大河内でございます。

先日実施いたしましたレベルチェック（オンライン・スピーキングテスト）の
結果がまとまりましたので、Excelにてお送りいたします。

・シート「結果一覧」：受講者様ごとのスコアと推奨クラス
・シート「レベル定義」：CEFRとの対応表

推奨クラスをもとに10月開講のクラス編成案を作成し、来週中にご提案いたします。
ご不明点がございましたらお気軽にお申し付けください。

引き続きよろしくお願いいたします。
""" + SIG_OKOCHI,
    attachments=[{"kind": "xlsx", "name": "レベルチェック結果_川崎電機様_202609.xlsx",
                  "sheets": {"結果一覧": _rows001,
                             "レベル定義": [["レベル", "CEFR", "目安"],
                                       ["Basic", "A1", "簡単な自己紹介ができる"],
                                       ["Pre-Inter", "A2", "日常的な話題で短いやりとりができる"],
                                       ["Inter", "B1", "業務上の定型的なやりとりができる"],
                                       ["Upper", "B2", "会議で意見を述べられる"],
                                       ["Advanced", "C1", "交渉・プレゼンを英語で行える"]]}}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="12 trainees' names, employee numbers, e-mails and scores in XLSX to the client: list of 5+ people",
)

add(
    id="eikaiwa-002", expect="stop", charset="utf-8",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["広瀬様 <hirose@adbridge.co.jp>"],
    subject="体験レッスン未入会者 フォローコール対象リスト（横浜校・9月分）",
    body="""株式会社アドブリッジ
広瀬様

お世話になっております。ヒノデ・イングリッシュ横浜校の柚木です。
9月に体験レッスンを受けられて、まだご入会いただいていない方のリストです。
来週からのフォローコール、よろしくお願いいたします。
※「NG」の方は架電不要です（ご本人から希望あり）。

受付日  氏名            電話番号         メール                            希望コース   備考
------  --------------  ---------------  --------------------------------  -----------  ----
9/02    石動 千夏       090-3318-4471    chinatsu.isurugi@gmail.com        ビジネス
9/05    狩野 俊介       080-2207-9813    s.kano0415@yahoo.co.jp            TOEIC        夜希望
9/09    ベネット 由香   070-5541-0962    yuka.bennett@icloud.com           日常英会話
9/13    甲斐田 浩二     090-8826-1357    kaida.koji@outlook.jp             ビジネス     NG
9/18    渡嘉敷 舞       080-6139-4420    mai.tokashiki@docomo.ne.jp        日常英会話   土日のみ
9/21    米倉 昭彦       090-4470-2285    yonekura.akihiko@gmail.com        シニア
9/26    芦屋 りさ       070-1183-6604    risa-ashiya@ezweb.ne.jp           TOEIC

以上7名です。通話結果は先月と同じフォーマットで共有いただけると助かります。
""" + SIG_YUNOKI,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="space-padded table of 7 trial-lesson prospects with phone and e-mail to an outside call agency",
)

_kids003 = people(103, 7, kids=True, region="kanto")
_tsv003 = "児童名\t学年\t保護者名\t緊急連絡先\t乗車場所\n" + "\n".join(
    f"{k['name']}\t小{(i % 4) + 1}\t{k['name'].split()[0]} "
    f"{['由美子', '直美', '和彦', '智子', '隆', '麻衣', '修'][i]}\t{k['phone']}\t"
    f"{k['address']}（自宅前）" for i, k in enumerate(_kids003))
add(
    id="eikaiwa-003", expect="stop", charset="shift_jis",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["青葉運輸 配車センター 西村様 <haisha-nishimura@aoba-unyu.co.jp>"],
    subject="キッズクラス送迎 10月からの乗車名簿",
    body=f"""青葉運輸株式会社
配車センター 西村様

お世話になっております。日の出産業 キッズ事業課の杉浦です。
10月から火曜・木曜の送迎ルートに追加になるお子様の名簿をお送りします。
Excelからそのまま貼り付けていますので、タブ区切りになっています。

{_tsv003}

ルート表は今週中にお送りします。
ドライバーの方への共有をよろしくお願いいたします。
""" + SIG_SUGIURA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated roster of 7 children with guardians' phones and home pick-up addresses to the bus contractor",
)

_rows004 = [["顧客番号", "氏名カナ", "銀行コード", "支店コード", "預金種目", "口座番号",
             "引落金額", "不能理由"]]
for _i, _p in enumerate(people(104, 8)):
    _rows004.append([f"HE{51230 + _i * 17}", _p["kana"].replace(" ", "　"),
                     ["0158", "0005", "0009", "0001", "0158", "0010", "0158", "0005"][_i],
                     f"{200 + _i * 13:03d}", "1" if _i % 3 else "2",
                     f"{(3418207 + _i * 90137) % 10000000:07d}",
                     [16500, 22000, 16500, 13200, 27500, 16500, 22000, 13200][_i],
                     ["資金不足", "取引なし", "資金不足", "預金者都合", "資金不足",
                      "依頼書なし", "資金不足", "資金不足"][_i]])
add(
    id="eikaiwa-004", expect="stop", charset="iso-2022-jp",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    subject="9月分 口座振替 再振替データの送付について",
    body="""みどり銀行
法人営業部 収納サービス課 御中

平素より大変お世話になっております。
日の出産業株式会社 語学スクール事業部 経理の宇佐美でございます。

9月27日引落分のうち、振替不能となりました8件について、
10月27日の再振替をお願いしたく、データをお送りいたします。
（CSV、Shift_JIS形式です）

委託者コード：4410283
再振替日　　：2026年10月27日

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。
""" + SIG_USAMI,
    attachments=[{"kind": "csv", "name": "saifurikae_202610.csv", "encoding": "cp932",
                  "rows": _rows004}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CP932 CSV of 8 students' names and bank accounts for re-debit sent to the bank",
)

_p005 = people(105, 10, kids=False, domains=["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"])
_rows005 = [["first_name", "last_name", "email", "date_of_birth", "class_code", "level"]]
for _i, _p in enumerate(_p005):
    y, m, d = _p["dob"]
    _rows005.append([_p["romaji"].split()[0], _p["romaji"].split()[1], _p["email"],
                     f"{y}-{m:02d}-{d:02d}", ["YKH-B1-TUE", "YKH-A2-SAT", "YKH-B2-WED"][_i % 3],
                     ["B1", "A2", "B2"][_i % 3]])
add(
    id="eikaiwa-005", expect="stop", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["Lighthouse ELT Support <schools@lighthouse-elt.com>"],
    subject="Student accounts for Connect Online – Yokohama autumn term",
    body="""Hi Lighthouse team,

We'd like to set up Connect Online accounts for our Yokohama autumn term students.
The CSV is attached in the format your onboarding guide asks for (UTF-8, one row per
student). Could you confirm once the accounts are live so that we can hand out the
access codes in class next week?

Our school ID is HE-YKH-0087 and the licences should be charged to PO 26-1142.

Thanks a lot!
""" + SIG_CARTER,
    attachments=[{"kind": "csv", "name": "connect_online_students_YKH.csv",
                  "encoding": "utf-8", "rows": _rows005}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 10 students with e-mail and date of birth to a textbook publisher abroad",
)

_p006 = people(106, 6, domains=["gmail.com", "icloud.com", "yahoo.co.jp"])
_t006 = [["Name", "Name (Japanese)", "Date of birth", "Mobile", "E-mail", "Emergency contact"]]
for _i, _p in enumerate(_p006):
    y, m, d = _p["dob"]
    _t006.append([_p["romaji"].upper(), _p["name"], f"{d:02d}/{m:02d}/{y}",
                  "+81 " + _p["phone"][1:], _p["email"],
                  f"{['Mother', 'Father', 'Husband', 'Mother', 'Wife', 'Father'][_i]} "
                  f"+81 {['90', '80', '90', '70', '90', '80'][_i]}-{3300 + _i * 211}-{5120 + _i * 97}"])
add(
    id="eikaiwa-006", expect="stop", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Claire Dubois <homestay@maplelc.ca>"],
    subject="Hinode English – February group: participant details for homestay matching",
    body="""Dear Claire,

Thank you for the homestay questionnaire. As promised, I am sending the details of the
six participants in our February group (4-week General English + homestay).
Please find the participant sheet attached (Word).

All six will arrive at YVR on 1 February on AC004 and our staff member will travel
with them. Flight details will follow once the tickets are issued.

Please let me know if you need anything else for the matching.

Kind regards,
""" + SIG_IWADATE + "\n" + DISC_EN,
    attachments=[{"kind": "docx", "name": "Feb_group_participants.docx",
                  "title": "Participant sheet – February group",
                  "paragraphs": ["Hinode English – Vancouver Study Tour, February",
                                 "Participant details for homestay matching"],
                  "tables": [_t006]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 6 participants with DOB, mobile, e-mail, emergency contacts to a partner school abroad",
)

_p007 = people(107, 6, domains=["tsubasa-system.jp"])
_sl007 = [["2026年度上期 英語研修 成果報告", "ツバサシステム株式会社様", "日の出産業株式会社 語学スクール事業部"],
          ["全体サマリー", "受講者 6名／出席率 91%", "TOEIC L&R 平均 +74点",
           "スピーキングテスト 平均 +0.6レベル"]]
for _h in (0, 3):
    _lines = [f"受講者別結果（{_h // 3 + 1}/2）"]
    for _j, _p in enumerate(_p007[_h:_h + 3]):
        _lines.append(f"{_p['name']}（{['開発1部', '開発2部', 'インフラ部'][_j]}） "
                      f"{_p['romaji'].split()[0].lower()}.{_p['romaji'].split()[1].lower()}@tsubasa-system.jp "
                      f"TOEIC {520 + _j * 35 + _h * 10}→{600 + _j * 40 + _h * 12}")
    _sl007.append(_lines)
_sl007.append(["下期のご提案", "レベル別2クラス編成（Inter / Upper）", "オンライン併用で出席率の改善を図る"])
add(
    id="eikaiwa-007", expect="stop", charset="shift_jis",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["堤 様 <tsutsumi@tsubasa-system.jp>"],
    subject="上期 英語研修 成果報告資料のご送付",
    body="""ツバサシステム株式会社
人材開発室 堤様

お世話になっております。日の出産業の大河内です。
上期英語研修の成果報告資料（PowerPoint）をお送りいたします。
来週10/14の報告会ではこちらの資料を投影させていただく予定です。

受講者別の結果も4・5枚目に入れておりますので、
事前にご覧いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_OKOCHI,
    attachments=[{"kind": "pptx", "name": "成果報告_ツバサシステム様_上期.pptx", "slides": _sl007}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX with per-trainee results (name, e-mail, scores) for 6 people to the client",
)

_k008 = people(108, 8, kids=True)
_t008 = [["No", "氏名", "ふりがな", "生年月日", "学年", "保護者連絡先"]]
for _i, _k in enumerate(_k008):
    _t008.append([_i + 1, _k["name"], _k["kana"], wareki(*_k["dob"]),
                  f"小{min(6, 2026 - _k['dob'][0] - 6)}", _k["phone"]])
add(
    id="eikaiwa-008", expect="stop", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["さくらホテル 宿泊営業 木佐貫様 <kisanuki@sakura-hotel.jp>"],
    subject="English Camp（11/22-23）参加者名簿の送付",
    body="""さくらホテル
宿泊営業課 木佐貫様

いつもお世話になっております。ヒノデ・イングリッシュ キッズ事業課の杉浦です。
11月22日～23日のEnglish Campにつきまして、参加者名簿をPDFでお送りします。
お部屋割りは引率講師3名を含めて、先日お伝えした通りでお願いいたします。

夕食のメニューについては別途ご相談させてください。
""" + SIG_SUGIURA,
    attachments=[{"kind": "pdf", "name": "EnglishCamp_参加者名簿.pdf",
                  "title": "English Camp 参加者名簿",
                  "lines": ["ヒノデ・イングリッシュ English Camp 2026 参加者名簿",
                            "日程：2026年11月22日（日）～23日（月・祝）　会場：さくらホテル", ""],
                  "table": _t008}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF roster of 8 children with dates of birth and guardians' phones to the hotel",
)

def _csv009(seed, reason_pool):
    rows = [["会員番号", "氏名", "電話番号", "住所", "退会月", "退会理由（アンケート）"]]
    for i, p in enumerate(people(seed, 5, region="kansai")):
        rows.append([f"M{seed}{i:03d}", p["name"], p["phone"], p["postal"] + " " + p["address"],
                     f"2026/0{6 + i % 3}", reason_pool[i % len(reason_pool)]])
    return rows

add(
    id="eikaiwa-009", expect="stop", charset="utf-8",
    sender=f"梅宮 智也 <t-umemiya@{D}>",
    to=["リンクス経営研究所 岡部様 <okabe@links-keiei.co.jp>"],
    subject="退会者ヒアリング調査 対象者データ（関西3校）",
    body="""リンクス経営研究所
岡部様

お世話になっております。ヒノデ・イングリッシュ梅田校の梅宮です。
先日お打合せしました退会者ヒアリング（電話調査）の対象者データを
校舎別にまとめてzipでお送りします。

 - umeda.csv / namba.csv：CSV
 - kyoto.txt：京都校はシステムが古く、タブ区切りのテキストで出力しています

架電は11月中にお願いできればと思います。
よろしくお願いいたします。
""" + SIG_UMEMIYA,
    attachments=[{"kind": "zip", "name": "taikaisha_kansai3.zip", "files": [
        {"kind": "csv", "name": "umeda.csv", "encoding": "utf-8",
         "rows": _csv009(109, ["転勤", "料金", "講師との相性", "時間が合わない"])},
        {"kind": "csv", "name": "namba.csv", "encoding": "cp932",
         "rows": _csv009(209, ["料金", "オンラインに移行", "目標達成"])},
        {"kind": "txt", "name": "kyoto.txt", "encoding": "utf-8",
         "text": "\n".join("\t".join(map(str, r)) for r in _csv009(309, ["引越し", "多忙"]))},
    ]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP of three files, each listing 5 former students with phone and address, to a consultant",
)

_p010 = people(110, 6, domains=["gmail.com", "yahoo.co.jp", "softbank.ne.jp", "icloud.com"])
_rows010 = "".join(
    f"<tr><td>{10 + i}/{3 + i * 2}（{'土日月火水木'[i]}）{['10:00', '13:30', '19:00', '11:00', '18:30', '20:00'][i]}</td>"
    f"<td>{p['name']}</td><td>{p['kana']}</td><td>{p['phone']}</td><td>{p['email']}</td>"
    f"<td>{['大人・初級', '大人・中級', 'キッズ（年長）', 'TOEIC', '大人・初級', 'キッズ（小3）'][i]}</td></tr>"
    for i, p in enumerate(_p010))
add(
    id="eikaiwa-010", expect="stop", charset="shift_jis",
    sender=f"梅宮 智也 <t-umemiya@{D}>",
    to=["ひかり英語教室 石橋オーナー <owner@hikari-eigo.jp>"],
    subject="【FC】10月 体験レッスン予約の振り分け（豊中エリア）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ひかり英語教室<br>石橋オーナー</p>
<p>お世話になっております。梅田校の梅宮です。<br>
本部サイト経由で入った豊中エリアの体験予約を、ひかり英語教室さんに振り分けます。<br>
各ご家庭へのご連絡をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>希望日時</th><th>氏名</th><th>フリガナ</th><th>電話</th><th>メール</th><th>コース</th></tr>
{_rows010}
</table>
<p>対応結果は月末のFC定例でご報告ください。</p>
<p>--<br>ヒノデ・イングリッシュ 梅田校<br>校長 梅宮 智也<br>TEL 06-6371-5120</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 trial bookings (name, phone, e-mail) to a franchise owner",
)

_p011 = people(111, 6, region="kansai")
_inner011 = "\n".join(
    f"{i + 1}. {p['name']}（{p['kana']}）\n   TEL {p['phone']}\n   {p['postal']} {p['address']}\n"
    f"   未納額 {[49500, 33000, 66000, 16500, 99000, 33000][i]:,}円（{['6～8月', '7～8月', '5～8月', '8月', '3～8月', '7～8月'][i]}）"
    for i, p in enumerate(_p011))
add(
    id="eikaiwa-011", expect="stop", charset="iso-2022-jp",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="受講料未納者への督促（内容証明）のご依頼",
    body="""白川法律事務所
弁護士 白川 先生

いつもお世話になっております。日の出産業 語学スクール事業部 経理の宇佐美です。

先日お電話でご相談しました受講料の長期未納の件、
梅田校から経理宛てに届いた一覧のメールをそのまま添付いたします。
6名とも校舎からの電話・書面督促には応答がない状況です。

内容証明郵便による督促をお願いできますでしょうか。
費用のお見積りもあわせていただけますと幸いです。

よろしくお願い申し上げます。
""" + SIG_USAMI,
    attachments=[{"kind": "eml", "name": "未納者一覧（梅田校）.eml", "message": {
        "sender": f"梅田校 事務 <umeda-office@{D}>", "to": [f"k-usami@{D}"],
        "subject": "長期未納者一覧（8月末時点）", "charset": "iso-2022-jp",
        "body": "宇佐美さん\n\nお疲れさまです。梅田校事務です。\n"
                "8月末時点で3か月以上未納の方の一覧です。\n\n" + _inner011 +
                "\n\nよろしくお願いします。\n梅田校 事務 小松"}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="attached internal mail listing 6 defaulting students with phone and home address, sent to a law firm",
)

_p012 = people(112, 5, domains=["gmail.com", "outlook.jp", "icloud.com"])
_en012 = ["Jacob Whitmore", "Priya Nandakumar", "Sean McAllister", "Hannah Lindqvist", "Marcus Osei"]
_fw012 = "\n".join(
    f"{n:<20} {p['phone']:<15} {n.split()[0].lower()}.{n.split()[1].lower()[:4]}{i + 7}@{['gmail.com', 'outlook.com', 'icloud.com', 'gmail.com', 'yahoo.com'][i]}"
    f"   {['Shibuya', 'Yokohama', 'Umeda', 'Shibuya', 'Kyoto'][i]}"
    for i, (n, p) in enumerate(zip(_en012, _p012)))
add(
    id="eikaiwa-012", expect="stop", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Natalie Brooks <natalie@pacificteach.com>"],
    subject="FW: October arrivals – contact list",
    body=f"""Hi Natalie,

Forwarding the list our team put together for the October intake, so that you can
check in with each of them after their first week as agreed.

Thanks,
Shingo

-----Original Message-----
From: 本多 慎吾 <s-honda@{D}>
Sent: Monday, October 5, 2026 9:12 AM
To: 語学スクール 校長各位 <school-heads@{D}>
Subject: October arrivals – contact list

Dear school heads,

Here are the new teachers' Japanese mobiles and personal e-mails for your records.

Name                 Mobile          Personal e-mail                        School
-------------------- --------------- -------------------------------------- --------
{_fw012}

Shingo
""" + SIG_HONDA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward (new text to the recruiter) of an internal list of 5 teachers' mobiles and personal e-mails",
)

_k013 = people(113, 5, kids=True)
_blocks013 = "\n\n".join(
    f"【{i + 1}】\n参加者氏名：{k['name']}（{k['kana']}）\n生年月日　：{wareki(*k['dob'])}\n"
    f"保護者　　：{k['name'].split()[0]} {['恭子', '真一', '理恵', '聡', '香苗'][i]}\n"
    f"連絡先　　：{zen(k['phone'])}\n住所　　　：〒{k['postal']} {k['address']}"
    for i, k in enumerate(_k013))
add(
    id="eikaiwa-013", expect="stop", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["ほしぞらトラベル 教育旅行部 <kyoiku@hoshizora-travel.co.jp>"],
    subject="春休み セブ島親子留学 申込者情報（第1次締切分）",
    body=f"""株式会社ほしぞらトラベル
教育旅行部 ご担当者様

お世話になっております。ヒノデ・イングリッシュの杉浦です。
春休みセブ島親子留学の第1次締切分、5組のお申込み情報をお送りします。
航空券の仮押さえと海外旅行保険の手配をお願いいたします。

{_blocks013}

パスポートの写しは各ご家庭から直接ご提出いただく予定です。
""" + SIG_SUGIURA,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5 applicant records as blocks (name, 和暦 DOB, full-width phone, address) to a travel agency",
)

_p014 = people(114, 6, domains=["kitaguni-foods.co.jp"])
_b014 = "\n".join(
    f"・{p['name']}（{['総務部', '海外事業部', '品質管理部', '海外事業部', '営業企画部', '総務部'][i]}）"
    f"　{p['romaji'].split()[1].lower()}-{p['romaji'].split()[0][0].lower()}@kitaguni-foods.co.jp"
    for i, p in enumerate(_p014))
add(
    id="eikaiwa-014", expect="stop", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["LessonHub サポート <support@lessonhub.jp>"],
    subject="アカウント発行のお願い（北国フーズ様 法人受講者 6名）",
    body=f"""LessonHub サポートご担当者様

お世話になっております。日の出産業 法人研修グループの大河内です。
北国フーズ様の11月開講オンライン研修について、
以下6名の受講者アカウントの発行をお願いいたします。

{_b014}

契約ID：HS-CORP-2291
ライセンス種別：ビジネス（週2回）
開始日：2026年11月2日

発行後、ログイン案内を各受講者へ直接お送りいただいて問題ございません。
""" + SIG_OKOCHI,
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="bullet list of 6 trainees with e-mail addresses to the online-lesson platform vendor",
)

_rows015 = [["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
for _i, _p in enumerate(people(115, 20, region="kanto")):
    _rows015.append([_p["postal"], _p["address"],
                     ["", "グランメゾン301", "", "", "コーポ桜2F", "", "", "シティハイツ1105", "", "",
                      "", "", "パークサイド203", "", "", "", "", "", "ヴィラ緑が丘B", ""][_i],
                     _p["name"], "様"])
add(
    id="eikaiwa-015", expect="stop", charset="shift_jis",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=["錦印刷 営業部 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="再入会キャンペーンDM 宛名データ",
    body="""錦印刷株式会社
営業部 片桐様

いつもお世話になっております。渋谷校の神田です。
再入会キャンペーンのDMはがき、宛名データをお送りします。
校舎のPCが古く、xls形式での出力になってしまいました。申し訳ありません。

今回は試験的に渋谷校の過去受講生20名分のみです。
校了は10/20、発送は10/23でお願いいたします。
""" + SIG_KANDA,
    attachments=[{"kind": "xls", "name": "DM宛名_渋谷校.xls", "sheets": {"宛名": _rows015}}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of 20 former students' names and home addresses to the printer for a DM",
)

_k016 = people(116, 12, kids=True)
_rows016 = [["キッズサマーキャンプ2026 傷害保険 加入者名簿"], ["団体契約番号：SG-2026-00417"], [],
            ["No.", "氏名", "フリガナ", "生年月日", "性別", "保護者携帯"]]
for _i, _k in enumerate(_k016):
    _rows016.append([zen(str(_i + 1)), _k["name"], _k["kana"],
                     zen(wareki(*_k["dob"])) if _i % 2 else wareki(*_k["dob"], style="short"),
                     "男" if _i % 3 else "女", zen(_k["phone"])])
add(
    id="eikaiwa-016", expect="stop", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["はやぶさ損害保険 団体営業課 <dantai@hayabusa-sonpo.co.jp>"],
    subject="キッズサマーキャンプ 傷害保険の加入者名簿について",
    body="""はやぶさ損害保険株式会社
団体営業課 ご担当者様

お世話になっております。ヒノデ・イングリッシュ キッズ事業課の杉浦でございます。
先日お見積りいただきました国内旅行傷害保険につきまして、
加入者名簿（12名）をお送りいたします。

保険期間：2026年7月27日～7月30日
引率者（講師・スタッフ4名）は別途、業務災害の契約で対応しております。

お手続きのほどよろしくお願いいたします。
""" + SIG_SUGIURA,
    attachments=[{"kind": "xlsx", "name": "加入者名簿_サマーキャンプ.xlsx",
                  "sheets": {"加入者名簿": _rows016,
                             "備考": [["引率者は別契約"], ["名簿の順番は申込順"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (title rows, full-width digits, 和暦) of 12 children's DOB and guardians' phones to an insurer",
)

# =====================================================================================
# STOP — My Number, card numbers, ID documents
# =====================================================================================

add(
    id="eikaiwa-017", expect="stop", charset="shift_jis",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["桐生会計事務所 桐生先生 <kiryu@kiryu-tax.jp>"],
    subject="業務委託講師の支払調書作成について（個人番号のご連絡）",
    body=f"""桐生会計事務所
桐生 先生

お世話になっております。日の出産業 語学スクール事業部の宇佐美です。

報酬の支払調書作成のため、業務委託講師1名分の情報をご連絡いたします。
（本人から番号確認書類・身元確認書類の提出を受けております）

　氏名　　：Daniel Whitfield（ダニエル ウィットフィールド）
　個人番号：{my_number(4601)[:4]} {my_number(4601)[4:8]} {my_number(4601)[8:]}
　住所　　：〒167-0051 東京都杉並区荻窪4-21-9 サンライズ荻窪202
　支払金額：2,184,000円（源泉徴収税額 222,916円）

残りの講師分は揃い次第お送りします。
よろしくお願いいたします。
""" + SIG_USAMI,
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a contract teacher's My Number and address in the body to the outside tax accountant",
)

add(
    id="eikaiwa-018", expect="stop", charset="utf-8",
    sender=f"鳴海 佳奈 <k-narumi@{D}>",
    to=["あおい社会保険労務士法人 <jimu@aoi-sr.jp>"],
    subject="年末調整 扶養控除等申告書（外国人講師3名分）",
    body="""あおい社会保険労務士法人
ご担当 葛西様

お世話になっております。日の出産業 人事労務課の鳴海です。
年末調整の件、外国人講師3名分の扶養控除等申告書の内容をExcelにまとめました。
国外扶養親族の送金関係書類は別途郵送いたします。

ご確認よろしくお願いいたします。
""" + SIG_NARUMI,
    attachments=[{"kind": "xlsx", "name": "扶養控除申告_講師3名.xlsx", "sheets": {
        "申告内容": [
            ["社員番号", "氏名", "生年月日", "個人番号", "扶養親族", "続柄", "扶養親族 生年月日", "扶養親族 個人番号"],
            ["T-0412", "Oliver Grant", "1988/03/14", my_number(4602), "Grant Aiko", "妻", "1990/11/02", my_number(4603)],
            ["T-0457", "Maria Santos", "1985/07/30", my_number(4604), "Santos Lucas", "子", "2016/05/19", "（国外居住）"],
            ["T-0461", "Kwame Mensah", "1991/01/08", my_number(4605), "", "", "", ""],
        ]}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with 4 people's My Numbers and dates of birth to the outside labour consultant",
)

_card019 = card_number(4601)
add(
    id="eikaiwa-019", expect="stop", charset="iso-2022-jp",
    sender=f"真壁 由紀 <y-makabe@{D}>",
    to=["ネクストペイ 加盟店サポート <merchant-support@nextpay.co.jp>"],
    subject="二重計上の調査依頼（加盟店番号 NP-0048812）",
    body=f"""ネクストペイ株式会社
加盟店サポートデスク 御中

いつもお世話になっております。
日の出産業株式会社 語学スクール事業部 お客様相談室の真壁でございます。

受講生の方から、10月分の月謝が二重に請求されているとのお問い合わせがございました。
当社の売上データでは1件のみの計上となっており、御社側での状況をご確認いただけますでしょうか。

　会員氏名　：宗像 千佳子 様
　カード番号：{_card019[:4]}-{_card019[4:8]}-{_card019[8:12]}-{_card019[12:]}
　有効期限　：08/29
　利用日　　：2026年10月1日
　金額　　　：16,500円（2件表示）

※カード番号はご本人様がお問い合わせフォームに記入されたものを転記しております。

お手数ですが、ご回答をお待ちしております。
""" + SIG_MAKABE,
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a student's full card number with name and expiry sent to the payment processor",
)

add(
    id="eikaiwa-020", expect="stop", charset="shift_jis",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["ネクストペイ 売上管理 <uriage@nextpay.co.jp>"],
    subject="オーソリエラー分の再売上処理のお願い",
    body="""ネクストペイ株式会社
売上管理ご担当者様

お世話になっております。日の出産業 経理の宇佐美です。
10月分継続課金でオーソリエラーとなった3件について、カード更新後の情報で
再売上をお願いしたく、CSVをお送りします。

よろしくお願いいたします。
""" + SIG_USAMI,
    attachments=[{"kind": "csv", "name": "reauth_202610.csv", "encoding": "cp932", "rows": [
        ["会員番号", "氏名", "カード番号", "有効期限", "金額", "エラーコード"],
        ["HE60217", "ヤエガシ トモミ", card_number(4602), "11/30", "16500", "G12"],
        ["HE60488", "ナギラ ケイスケ", card_number(4603), "04/28", "22000", "G54"],
        ["HE61032", "オトベ サチエ", card_number(4604), "01/31", "13200", "G12"],
    ]}],
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="CSV with 3 students' card numbers for re-authorisation to the processor",
)

add(
    id="eikaiwa-021", expect="stop", charset="utf-8",
    sender=f"本多 慎吾 <s-honda@{D}>",
    to=["みなと行政書士事務所 港先生 <minato@minato-gyosei.jp>"],
    subject="在留期間更新許可申請のご依頼（Liam O'Connell）",
    body="""みなと行政書士事務所
港 先生

いつもお世話になっております。日の出産業の本多です。
渋谷校の講師1名について、在留期間更新の申請取次をお願いしたくご連絡いたしました。

■対象者
　氏名　　　　：Liam Patrick O'CONNELL
　国籍　　　　：アイルランド
　生年月日　　：1992年6月17日
　在留資格　　：技術・人文知識・国際業務
　在留カード番号：RK73019284FA
　在留期限　　：2026年12月20日
　旅券番号　　：PX4418275

雇用契約書の写し、源泉徴収票、住民税の課税証明書は本人から受け取り済みです。
申請書の会社作成分は今週中にお送りします。

よろしくお願いいたします。
""" + SIG_HONDA,
    entities=["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a teacher's residence card and passport numbers with DOB sent to the outside immigration lawyer",
)

add(
    id="eikaiwa-022", expect="stop", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Sakura Hotel Front Desk <front@sakura-hotel.jp>"],
    subject="Reservation HS-2291 – guest details for new teacher (check-in 28 Oct)",
    body="""Dear Front Desk team,

Thank you for confirming our corporate reservation HS-2291 (single room, 28 Oct – 25 Nov).
As requested for foreign guests, here are the guest's details for the registration card:

  Guest name:    Ms. Chloe BRENNAN
  Nationality:   Australia
  Date of birth: 14 March 1998
  Passport No.:  PA4812073

She lands at Haneda at 18:40 on 28 October, so she should arrive around 21:00.
The room charge will be billed to Hinode Sangyo as usual; incidentals are on the guest.

Many thanks,
""" + SIG_HONDA,
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a new teacher's passport number and DOB in English mail to the partner hotel",
)

add(
    id="eikaiwa-023", expect="stop", charset="iso-2022-jp",
    sender=f"鳴海 佳奈 <k-narumi@{D}>",
    to=["あおい社会保険労務士法人 葛西様 <kasai@aoi-sr.jp>"],
    subject="社会保険 資格取得届の作成依頼（11/1入社 講師）",
    body="""あおい社会保険労務士法人
葛西様

いつもお世話になっております。日の出産業 人事労務課の鳴海です。
11月1日付で正社員講師として入社する1名について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名（ローマ字）：Sophie Anne MARCHETTI
　氏名（カナ）　　：マルケッティ ソフィー アン
　生年月日　　　　：1994年2月9日
　性別　　　　　　：女
　基礎年金番号　　：2140-583917（前職で加入済み）
　住所　　　　　　：〒231-0023 神奈川県横浜市中区山下町118-3 ベイコート山下705
　報酬月額　　　　：300,000円

以上、よろしくお願いいたします。
""" + SIG_NARUMI,
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new teacher's basic pension number, DOB and address to the labour consultant",
)

add(
    id="eikaiwa-024", expect="stop", charset="shift_jis",
    sender=f"鳴海 佳奈 <k-narumi@{D}>",
    to=["清和クリニック 健診センター <kenshin@seiwa-clinic.or.jp>"],
    subject="雇入時健康診断の予約（2名）",
    body="""医療法人社団清和会 清和クリニック
健診センター 予約ご担当者様

お世話になっております。日の出産業株式会社 人事労務課の鳴海です。
雇入時健康診断の予約をお願いしたく、受診者の情報をお送りします。
（いずれも協会けんぽ、費用は会社請求でお願いします）

1) アンドリュー・クック（Andrew COOK）
   生年月日：1990年4月22日　男性
   保険者番号：01130012　記号：41110207　番号：5813
   希望日：11月5日（木）午前

2) ジャネル・リース（Janelle REECE）
   生年月日：1996年12月3日　女性
   保険者番号：01130012　記号：41110207　番号：5814
   希望日：11月6日（金）午前

通訳が必要な場合は当社スタッフが同行いたします。
""" + SIG_NARUMI,
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="two teachers' health insurance 記号・番号 with DOB sent to a clinic",
)

add(
    id="eikaiwa-025", expect="stop", charset="utf-8",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["風レンタカー 法人窓口 <hojin@kaze-rentacar.co.jp>"],
    subject="送迎用ワゴン（12/1～）追加運転者の登録",
    body="""風レンタカー株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 キッズ事業課の杉浦です。
12月からの送迎用ハイエース（契約番号 KR-77410）について、
追加運転者1名の登録をお願いいたします。

　氏名　　　　　：小鳥遊 慎也（たかなし しんや）
　生年月日　　　：昭和62年9月30日
　運転免許証番号：第302918475160号
　免許の色　　　：ゴールド（有効期限 令和9年10月30日）

免許証の写しが必要でしたらFAXでお送りします。
""" + SIG_SUGIURA,
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a staff member's driver's licence number and DOB to a car rental company",
)

add(
    id="eikaiwa-026", expect="stop", charset="iso-2022-jp",
    sender=f"本多 慎吾 <s-honda@{D}>",
    to=["みなと行政書士事務所 <office@minato-gyosei.jp>"],
    subject="2027年1～3月 在留期限到来者一覧（4名）",
    body="""みなと行政書士事務所
ご担当者様

お世話になっております。日の出産業の本多です。
来年1～3月に在留期限を迎える講師4名の一覧をPDFでお送りします。
順次、更新申請のご準備をお願いできますでしょうか。

書類の回収状況は別途共有いたします。
""" + SIG_HONDA,
    attachments=[{"kind": "pdf", "name": "在留期限到来者一覧_2027Q1.pdf",
                  "lines": ["在留期限到来者一覧（2027年1月～3月）", "日の出産業株式会社 語学スクール事業部", ""],
                  "table": [["氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "旅券番号"],
                            ["Ethan BLACKWOOD", "米国", "1989/10/02", "UH48203715EA", "2027/01/15", "583920174"],
                            ["Grace NAKASHIMA-LEE", "カナダ", "1993/05/27", "AB20583746CD", "2027/02/03", "GN604512"],
                            ["Thabo MOLEFE", "南アフリカ", "1987/08/11", "TM91827364ZA", "2027/02/28", "A09283746"],
                            ["Isla FERGUSON", "英国", "1995/01/19", "EF30192847GB", "2027/03/21", "552019384"]]}],
    entities=["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of 4 teachers' residence card and passport numbers with DOB to the immigration lawyer",
)

# =====================================================================================
# STOP — 要配慮個人情報 (even one person)
# =====================================================================================

add(
    id="eikaiwa-027", expect="stop", charset="utf-8",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["Rachel <rachel.ambrose.teach@gmail.com>"],
    subject="Tuesday kids class – notes on Sora before your first lesson",
    body="""Hi Rachel,

Thanks again for covering the Tuesday 16:30 kids class (Kichijoji) from next week.
One thing I should pass on before you start:

Sora Miyamori (宮森 空くん, 2nd grade) was diagnosed with ADHD last year and takes
medication in the morning, so by late afternoon he can get restless. His mother asked
us to give him short tasks, let him stand up during flashcard games, and not to call
him out in front of the others. It works really well if he gets to be the "card
helper".

Please keep this between us and the school staff.

Thanks,
Taku Sugiura
Kids Division, Hinode English
090-6612-0348""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named child's ADHD diagnosis and medication sent to a freelance teacher's Gmail",
)

add(
    id="eikaiwa-028", expect="stop", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["Gareth Price <g.price@brightonbay-academy.co.uk>"],
    subject="Re: exchange teacher for the spring term",
    body="""Hi Gareth,

Sorry for the slow reply. I'm afraid we'll have to change our plan for the spring
exchange. Tom Hargreaves, whom we had put forward, was diagnosed with depression in
September and has been on medical leave since. His doctor doesn't expect him back
before March, so he won't be able to travel.

We'd like to propose Aya Kisaragi from our Yokohama school instead – I'll send her CV
this week.

> Could you confirm Tom's start date so that we can book his accommodation?

Again, apologies for the late change.
""" + SIG_CARTER,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named teacher's depression diagnosis and medical leave told to a partner school abroad",
)

add(
    id="eikaiwa-029", expect="stop", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["イングリッシュ派遣センター 講師管理課 <koushi@eigo-haken.co.jp>"],
    subject="青葉運輸様クラス 受講者への配慮事項（派遣講師の方へ）",
    body="""イングリッシュ派遣センター
講師管理課 ご担当者様

お世話になっております。日の出産業 法人研修グループの大河内です。
11月から青葉運輸様クラスをご担当いただく派遣講師の方へ、
以下の点をお伝えいただけますでしょうか。

受講者の久慈 奈緒美様は先天性の感音性難聴があり、身体障害者手帳（4級）を
お持ちです。補聴器を使用されていますので、
・講師は正面を向いて、はっきりと話す
・リスニング教材は字幕付きのものを使う
・グループ活動では席を講師の近くにする
といった配慮をお願いします。ご本人・人事部様とも合意済みの内容です。

よろしくお願いいたします。
""" + SIG_OKOCHI,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named trainee's hearing disability (障害者手帳) sent to a teacher dispatch agency",
)

add(
    id="eikaiwa-030", expect="stop", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Kiwi Gateway Homestay <homestay@kiwigateway.co.nz>"],
    subject="Homestay request – Aisha Kamal (arriving 8 January)",
    body="""Dear Homestay Team,

Please find below the details for our student joining the 8-week General English
course from 11 January.

  Name:          Aisha KAMAL
  Date of birth: 2 May 2007
  Course:        General English (Intermediate), 8 weeks

Aisha is a practising Muslim. She eats halal food only, prays five times a day and
would appreciate a quiet space in her room for prayer. She wears a hijab and would
prefer a host family without adult males living in the house if at all possible.

Could you let us know whether you have a suitable family in the Mt Eden area?

Warm regards,
""" + SIG_IWADATE,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a named student's religion (practising Muslim) with DOB sent to a homestay partner abroad",
)

add(
    id="eikaiwa-031", expect="stop", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Natalie Brooks <natalie@pacificteach.com>"],
    subject="Candidate Bradley Kinsella – background check result",
    body="""Hi Natalie,

We received the FBI Identity History Summary for Bradley Kinsella yesterday.
It shows an arrest in Ohio in 2019 for driving under the influence, with a
conviction and a suspended licence for 12 months. He didn't mention this in his
application or at the interview.

A DUI conviction doesn't automatically rule him out for the visa, but our policy for
teachers working with children is strict, so we won't be able to offer him the kids
position. We could still consider him for the adult-only Umeda school if he is
willing to explain the circumstances in writing.

Could you talk to him and let me know?

Best,
Shingo
""" + SIG_HONDA,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named candidate's arrest and conviction record sent to an outside recruiter",
)

add(
    id="eikaiwa-032", expect="stop", charset="shift_jis",
    sender=f"真壁 由紀 <y-makabe@{D}>",
    to=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="【ご相談】元講師による受講生へのつきまといの件",
    body="""白川法律事務所
白川先生

お世話になっております。日の出産業 お客様相談室の真壁です。
先日お電話でお話しした件、経緯をまとめてお送りいたします。

・被害者：新宿校の受講生　初鹿野 友梨 様（30代女性）
・加害者：当社の元契約講師（8月末で契約終了）
・概要　：契約終了後もLINEや自宅付近での待ち伏せが続き、
　　　　　初鹿野様は10月9日に警察へ被害届を提出、ストーカー規制法に基づく
　　　　　警告が出されています。
・ご本人は当社の管理責任についても説明を求めておられます。

当社としての対応方針についてご助言いただけますでしょうか。
面談の候補日は来週火曜・水曜の午後です。
""" + SIG_MAKABE,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named student who is a crime (stalking) victim, sent to the outside law firm",
)

add(
    id="eikaiwa-033", expect="stop", charset="iso-2022-jp",
    sender=f"鳴海 佳奈 <k-narumi@{D}>",
    to=["グローバルスタッフ 派遣講師担当 <koushi-tanto@global-staff.co.jp>"],
    subject="派遣講師 定期健康診断結果の件（要精密検査）",
    body="""株式会社グローバルスタッフ
派遣講師ご担当者様

お世話になっております。日の出産業 人事労務課の鳴海です。
弊社で受診手配をいたしました派遣講師の方の定期健康診断結果のうち、
要精密検査となった方の結果票をお送りします。
受診勧奨のほど、よろしくお願いいたします。
""" + SIG_NARUMI,
    attachments=[{"kind": "pdf", "name": "健診結果票_要精密検査.pdf",
                  "lines": ["定期健康診断 結果票", "",
                            "氏名：Patrick DONNELLY　　生年月日：1979年11月4日　　受診日：2026年9月18日",
                            "", "判定：D（要精密検査）"],
                  "table": [["検査項目", "結果", "基準値", "判定"],
                            ["血圧", "168/102 mmHg", "～129/84", "D"],
                            ["γ-GTP", "184 U/L", "～50", "C"],
                            ["HbA1c", "7.1 %", "～5.5", "D"],
                            ["心電図", "左室肥大の疑い", "", "D"],
                            ["所見", "高血圧症・糖尿病の疑い。循環器内科受診を勧める", "", ""]]}],
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF health-check results of a named teacher (要精密検査) sent to a dispatch agency",
)

add(
    id="eikaiwa-034", expect="stop", charset="utf-8",
    sender=f"岩舘 美穂 <m-iwadate@{D}>",
    to=["ひらく教育支援ネット 事務局 <jimukyoku@hiraku-npo.or.jp>"],
    subject="奨学英語プログラム 推薦者のご連絡",
    body="""特定非営利活動法人 ひらく教育支援ネット
事務局 御中

お世話になっております。日の出産業 海外提携・留学プログラム担当の岩舘です。
共同で実施している奨学英語プログラムについて、当社からの推薦者をご連絡します。

　氏名：ヌール・ハサン（Noor HASAN）さん
　生年月日：2009年3月12日（17歳）
　在籍：川口校 高校生クラス

ミャンマー・ラカイン州出身のロヒンギャで、ご家族とともに2021年に来日し、
昨年難民認定を受けています。英語力は高く、将来は通訳を目指しています。
選考書類は追って郵送いたします。

どうぞよろしくお願いいたします。
""" + SIG_IWADATE,
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a named minor's ethnic origin (Rohingya) and refugee status sent to an NGO",
)

# =====================================================================================
# STOP — three or more external parties visible
# =====================================================================================

add(
    id="eikaiwa-035", expect="stop", charset="shift_jis",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.co.jp>", "人事部 研修担当 <kenshu@aoba-unyu.co.jp>",
        "真田様 <sanada@kitaguni-foods.co.jp>", "人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="【ご案内】法人様向け TOEIC L&R 短期集中講座（1月開講）",
    body="""法人研修ご担当者様

平素より弊社語学研修をご利用いただき、誠にありがとうございます。
日の出産業 語学スクール事業部 法人研修グループの大河内でございます。

昇格要件・海外赴任前研修向けに、TOEIC L&R 短期集中講座を開講いたします。

　期間：2027年1月12日～3月9日（毎週火曜 19:00～21:00、全9回）
　会場：日本橋本社校 または オンライン
　定員：各社5名まで
　料金：お1人様 88,000円（税込・教材費込み）

お申込みは12月18日までに、本メールへのご返信でお願いいたします。
ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_OKOCHI,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="announcement with four client companies in To: they can all see each other, should have been Bcc",
)

add(
    id="eikaiwa-036", expect="stop", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["yumiko.kamoshida@gmail.com", "hana-mama0612@yahoo.co.jp", "r.ichinose@icloud.com",
        "shoji-family@docomo.ne.jp", "t.urushibara@ezweb.ne.jp", "aya_domeki@gmail.com"],
    subject="【重要】台風接近に伴う明日（土）キッズクラス休講のお知らせ",
    body="""保護者の皆さま

いつもヒノデ・イングリッシュ吉祥寺校をご利用いただきありがとうございます。
キッズ事業課の杉浦です。

台風14号の接近により、明日10月17日（土）の吉祥寺校キッズクラスは
全クラス休講とさせていただきます。
振替レッスンの日程は、来週中にあらためてご案内いたします。

お子さまの安全を第一に考えての判断です。ご理解のほどよろしくお願いいたします。
""" + SIG_SUGIURA,
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="six parents' private addresses in To: each a separate party, visible to each other",
)

add(
    id="eikaiwa-037", expect="stop", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Claire Dubois <homestay@maplelc.ca>", "Ben Harlow <b.harlow@harbourside-ec.com.au>",
        "Aroha Ngata <partners@kiwigateway.co.nz>"],
    cc=[f"e.carter@{D}"],
    subject="Study Abroad Fair Tokyo (21 Feb) – booth allocation and schedule",
    body="""Dear partners,

Thank you all for confirming your participation in our Study Abroad Fair on Sunday
21 February at Hinode English Shibuya.

Booth allocation:
  Booth A – Maple Leaf Language Centre
  Booth B – Harbourside English College
  Booth C – Kiwi Gateway School

Set-up is from 9:00, doors open at 11:00 and the fair closes at 17:00. Each school
has a 20-minute presentation slot in the seminar room; the timetable is below.

  11:30  Harbourside English College
  13:00  Kiwi Gateway School
  14:30  Maple Leaf Language Centre

Please send us your brochures (about 150 copies) by 12 February.

Best regards,
""" + SIG_IWADATE,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three partner schools abroad in To: three external organisations visible to each other",
)

add(
    id="eikaiwa-038", expect="stop", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["jake.r.teaches@gmail.com", "lena.fischer88@outlook.com", "marco.b.english@icloud.com"],
    cc=["sunita.k.rao@yahoo.com"],
    subject="Sub cover schedule – November",
    body="""Hi all,

Here's the substitute cover plan for November at Yokohama. Please check your slots and
reply by Friday if anything doesn't work.

  Nov 3 (Tue)  19:00 Business B1      Jake
  Nov 7 (Sat)  10:00 Kids Phonics     Lena
  Nov 12 (Thu) 18:30 TOEIC prep       Marco
  Nov 21 (Sat) 13:00 Conversation A2  Sunita
  Nov 26 (Thu) 19:00 Business B1      Jake

Lesson plans are in the shared folder as usual. Thanks for helping out!
""" + SIG_CARTER,
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="four freelance teachers' private addresses in To/Cc, each a separate party visible to the others",
)

# =====================================================================================
# STOP — look-alike domains
# =====================================================================================

add(
    id="eikaiwa-039", expect="stop", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["神田さん <m-kanda@hinode-sangyou.co.jp>"],
    subject="振替受講の件（横浜→渋谷）",
    body="""神田さん

お疲れさまです。横浜校の柚木です。
横浜校の受講生の方が、11月だけ渋谷校で振替受講を希望されています。

　受講生：漆畑 恵理子 様（ビジネスB1）
　連絡先：080-3392-6174
　希望　：11/10（火）、11/17（火）19:00～

空きがあればご本人へ直接ご連絡いただけますか。
よろしくお願いします。

柚木
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyou.co.jp (letter added to the own domain)",
)

add(
    id="eikaiwa-040", expect="stop", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.jp>"],
    subject="10月分 英語研修費用のご請求書送付について",
    body="""川崎電機株式会社
人事部 人材開発課 小野寺様

いつもお世話になっております。日の出産業の大河内です。
10月分の英語研修費用につきまして、請求書を本日郵送いたしました。

　請求書番号：HS-INV-2026-10-0418
　ご請求金額：1,452,000円（税込）
　お支払期日：2026年11月30日

ご査収のほどよろしくお願いいたします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp written as kawasaki-denki.jp (TLD swap)",
)

add(
    id="eikaiwa-041", expect="stop", charset="utf-8",
    sender=f"堀籠 健 <t-horigome@{D}>",
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="予約システム：振替予約画面でエラーが発生します",
    body="""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 語学スクール事業部の堀籠です。
レッスン予約システム（契約番号 TS-EK-0031）で、本日朝から
振替予約画面を開くと「E-5021 セッションが無効です」と表示され、予約ができません。

・発生校舎：全校舎
・発生時刻：10月20日 8:45頃～
・ブラウザ：Chrome 最新版／Edge でも同様

受講生からの問い合わせが増えておりますので、至急ご確認をお願いいたします。
""" + SIG_HORIGOME,
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp misspelled tsubasa-sytem.jp (letter dropped)",
)

add(
    id="eikaiwa-042", expect="stop", charset="shift_jis",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["みどり銀行 日本橋支店 法人担当 <nihonbashi-hojin@midori-ginkou.co.jp>"],
    subject="口座振替の委託手数料改定について（ご確認）",
    body="""みどり銀行 日本橋支店
法人ご担当者様

お世話になっております。日の出産業 経理の宇佐美です。
先日ご案内いただいた口座振替の委託手数料改定（1件あたり110円→132円）について、
適用開始月が2027年1月引落分からという理解でよろしいでしょうか。

社内で予算に反映したく、お手数ですがご確認をお願いいたします。
""" + SIG_USAMI,
    entities=[],
    detectors=["lookalike_domain"],
    note="partner midori-ginko.co.jp written as midori-ginkou.co.jp",
)

add(
    id="eikaiwa-043", expect="stop", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["配車センター <haisha@aoba-unyu-co.jp>"],
    subject="12月 送迎バス運行表（確定版）",
    body="""青葉運輸株式会社
配車センター 御中

お世話になっております。日の出産業 キッズ事業課の杉浦です。
12月の送迎バス運行表（確定版）です。

　12/1～12/22　火・木　15:10 吉祥寺駅北口発 → 15:40 三鷹校着
　12/23～1/6　冬休みのため運休
　12/12（土）　発表会のため臨時便 9:00 吉祥寺駅北口発

変更点は12/12の臨時便のみです。よろしくお願いいたします。
""" + SIG_SUGIURA,
    entities=[],
    detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp written aoba-unyu-co.jp (hyphen for a dot)",
)

add(
    id="eikaiwa-044", expect="stop", charset="utf-8",
    sender=f"真壁 由紀 <y-makabe@{D}>",
    to=["白川法律事務所 <info@shirakawa-1aw.jp>"],
    subject="受講契約の中途解約と返金規定についてのご相談",
    body="""白川法律事務所 御中

お世話になっております。日の出産業 お客様相談室の真壁です。
特定継続役務（語学教室）の中途解約時の精算について、
現行の受講規約第14条の書きぶりで問題がないか、ご確認いただきたくご連絡しました。

特に、入会金の返還と教材費（開封済み）の扱いについて、
最近お客様から指摘を受けることが増えております。

規約の該当部分は次のメールでお送りします。よろしくお願いいたします。
""" + SIG_MAKABE,
    entities=[],
    detectors=["lookalike_domain"],
    note="partner shirakawa-law.jp spoofed as shirakawa-1aw.jp (l → 1 homoglyph)",
)

add(
    id="eikaiwa-045", expect="stop", charset="shift_jis",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=["宇佐美さん <k-usami@hinode-sangyo.jp>"],
    subject="渋谷校 10月 月次売上報告",
    body="""宇佐美さん

お疲れさまです。渋谷校の神田です。
10月の月次売上をご報告します。

　月謝売上　　　：8,712,400円
　入会金　　　　：  396,000円（新規入会 18名）
　教材売上　　　：  241,560円
　返金　　　　　：▲ 82,500円（中途解約 2件）

詳細は共有フォルダの「渋谷校_月次_202610.xlsx」に入れてあります。
よろしくお願いします。

神田
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal report addressed to hinode-sangyo.jp: the own domain with co. dropped",
)

# =====================================================================================
# STOP — confidentiality markings
# =====================================================================================

add(
    id="eikaiwa-046", expect="stop", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.co.jp>"],
    subject="【社外秘】2027年度 法人研修 価格改定案",
    body="""機密区分：社外秘

小野寺様

お世話になっております。大河内です。
来年度の価格改定案です。

　グループレッスン（4名まで）：1時間あたり 14,300円 → 15,400円
　マンツーマン　　　　　　　　：1時間あたり  9,900円 → 10,450円
　オンライン　　　　　　　　　：据え置き

大口3社（川崎電機様・青葉運輸様・北国フーズ様）は据え置き、
それ以外は4月から改定の方向で調整中です。
値上げ幅の根拠資料は部内で確認後にお送りします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=["confidential_marking"],
    note="internal pricing plan stamped 【社外秘】 / 機密区分：社外秘 sent to a client",
)

add(
    id="eikaiwa-047", expect="stop", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["講師管理課 <koushi@eigo-haken.co.jp>"],
    subject="Teacher handbook for dispatched teachers",
    body="""イングリッシュ派遣センター
講師管理課 ご担当者様

Hello, this is Emily Carter, Head Teacher at Hinode English Yokohama.
I'm attaching our teacher handbook (lesson flow, level descriptors and evaluation
sheets) so that your teachers can prepare before their first lessons with us.

Please share it with the three teachers starting in December.
""" + SIG_CARTER,
    attachments=[{"kind": "docx", "name": "Teacher_Handbook_v4.docx", "title": "Hinode English Teacher Handbook",
                  "page_header": "社外秘 / Internal Use Only",
                  "page_footer": "© Hinode Sangyo Co., Ltd. 無断複製・転載禁止",
                  "paragraphs": ["Hinode English Teacher Handbook (version 4)",
                                 "1. Lesson flow: warm-up (5 min), target language (15 min), practice (20 min), feedback (10 min)",
                                 "2. Level descriptors: Basic / Pre-Inter / Inter / Upper / Advanced",
                                 "3. Evaluation: each student is evaluated every 8 lessons using Sheet E-2",
                                 "4. Pay rates and bonus scheme for dispatched teachers (see appendix)"],
                  "tables": [[["Level", "Can-do", "Textbook"],
                              ["Basic", "Introduce self", "Connect 1"],
                              ["Inter", "Handle routine business calls", "Connect 3"]]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose page header is stamped 社外秘 / Internal Use Only sent to an outside agency",
)

add(
    id="eikaiwa-048", expect="stop", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Ben Harlow <b.harlow@harbourside-ec.com.au>"],
    subject="Partnership terms 2027 – our draft",
    body="""Dear Ben,

Following our video call, I'm attaching our draft of the 2027 partnership terms,
including the commission rates we discussed and our internal target numbers.
Let me know your thoughts before our next call on the 3rd.

Kind regards,
""" + SIG_IWADATE,
    attachments=[{"kind": "pdf", "name": "Partnership_terms_2027_draft.pdf",
                  "page_footer": "CONFIDENTIAL – Hinode Sangyo Internal Only",
                  "lines": ["Partnership terms 2027 (draft v2)", "",
                            "1. Commission: 15% of tuition for courses of 8 weeks or more (12% below 8 weeks)",
                            "2. Marketing support: AUD 6,000 per year",
                            "3. Internal target: 60 students (2026 actual: 41)",
                            "4. Minimum margin for Hinode: 22% after commission"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="PDF footer CONFIDENTIAL – Internal Only on a draft sent to a partner school abroad",
)

add(
    id="eikaiwa-049", expect="stop", charset="shift_jis",
    sender=f"梅宮 智也 <t-umemiya@{D}>",
    to=["リンクス経営研究所 岡部様 <okabe@links-keiei.co.jp>"],
    subject="関西エリア 校舎別損益（上期）",
    body="""岡部様

いつもお世話になっております。梅宮です。
ご依頼いただいておりました関西エリア3校の上期損益をお送りします。
次回の改善プロジェクト定例で、この数字をもとにご議論いただければと思います。
""" + SIG_UMEMIYA,
    attachments=[{"kind": "xlsx", "name": "関西3校_上期損益.xlsx", "page_header": "部外秘",
                  "sheets": {"損益": [["関西エリア 校舎別損益（2026年度上期）"], [],
                                      ["校舎", "売上", "人件費", "家賃", "広告費", "営業利益"],
                                      ["梅田校", 48210000, 21400000, 8400000, 3120000, 15290000],
                                      ["難波校", 31880000, 16900000, 6600000, 2740000, 5640000],
                                      ["京都校", 19420000, 11800000, 4200000, 1980000, 1440000]],
                             "前年比": [["校舎", "売上前年比"], ["梅田校", "104%"],
                                       ["難波校", "97%"], ["京都校", "88%"]]}}],
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX with a 部外秘 page header (per-school P&L) sent to an outside consultant",
)

add(
    id="eikaiwa-050", expect="stop", charset="iso-2022-jp",
    sender=f"鷲尾 隆之 <t-washio@{D}>",
    to=["黒潮アドバイザリー 宮下様 <miyashita@kuroshio-advisory.co.jp>"],
    subject="候補先スクールの初期検討資料",
    body="""黒潮アドバイザリー株式会社
宮下様

お世話になっております。日の出産業 語学スクール事業部の鷲尾です。
先日のお打合せを受けて、買収候補先の初期検討資料をお送りします。
評価額の前提について、来週ご意見を伺えますと幸いです。

日の出産業株式会社 語学スクール事業部 事業部長
鷲尾 隆之
TEL 03-3271-8801""",
    attachments=[{"kind": "pptx", "name": "Project_Lighthouse_初期検討.pptx", "page_footer": "極秘",
                  "slides": [["Project Lighthouse", "買収候補先の初期検討", "2026年11月"],
                             ["候補先A：地方英会話チェーン", "校舎数 14／生徒数 約3,200名",
                              "売上 9.8億円／営業利益 0.6億円"],
                             ["想定スキーム", "株式譲渡（100%）", "想定評価額 8～11億円"],
                             ["スケジュール", "12月 意向表明", "3月 DD完了", "6月 クロージング"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX stamped 極秘 on every slide (M&A plan) sent to an outside advisor",
)

# =====================================================================================
# STOP — attachments that cannot be read
# =====================================================================================

add(
    id="eikaiwa-051", expect="stop", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="11月開講クラス 受講者名簿（パスワード付き）",
    body="""北国フーズ株式会社
総務部 人材開発課 真田様

お世話になっております。日の出産業の大河内です。
11月開講クラスの受講者名簿をお送りします。
zipファイルにはパスワードを設定しております。パスワードは別途お送りいたします。

ご確認よろしくお願いいたします。
""" + SIG_OKOCHI,
    attachments=[{"kind": "zip", "name": "受講者名簿_北国フーズ様.zip", "password": "Kf#2611hinode",
                  "files": [{"kind": "xlsx", "name": "受講者名簿.xlsx",
                             "sheets": {"名簿": [["氏名", "メール", "レベル"]] +
                                        [[p["name"], p["email"], "B1"] for p in people(151, 8)]}}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected",
)

add(
    id="eikaiwa-052", expect="stop", charset="shift_jis",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["清陵ケミカル 経理部 <keiri@seiryo-chem.co.jp>"],
    subject="【日の出産業】10月分 英語研修費 ご請求書",
    body="""清陵ケミカル株式会社
経理部 御中

いつもお世話になっております。日の出産業株式会社 経理の宇佐美でございます。
10月分英語研修費のご請求書をPDFにてお送りいたします。
PDFを開く際のパスワードは、ご契約時にお知らせした共通パスワードです。

お支払期日：2026年11月30日

何卒よろしくお願い申し上げます。
""" + SIG_USAMI,
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2026-10-0522.pdf", "password": "seiryo2026",
                  "lines": ["請求書", "清陵ケミカル株式会社 御中", "ご請求金額 ¥712,800-"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF invoice that cannot be inspected",
)

add(
    id="eikaiwa-053", expect="stop", charset="iso-2022-jp",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="10月 出欠記録のご送付",
    body="""北国フーズ株式会社
真田様

お世話になっております。ヒノデ・イングリッシュ横浜校の柚木です。
10月分の出欠記録をお送りします。
2名の方が3回以上欠席されていますので、ご確認いただけますと幸いです。
""" + SIG_YUNOKI,
    attachments=[{"kind": "corrupt", "name": "出欠記録_202610.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment that cannot be read",
)

add(
    id="eikaiwa-054", expect="stop", charset="utf-8",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=["錦印刷 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="冬期キャンペーンチラシ 入稿データ",
    body="""錦印刷株式会社
片桐様

お世話になっております。渋谷校の神田です。
冬期キャンペーンチラシの入稿データ（PDF）をお送りします。
前回の色校からの修正は裏面の料金表のみです。
よろしくお願いいたします。
""" + SIG_KANDA,
    attachments=[{"kind": "corrupt", "name": "winter_campaign_flyer_final.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt PDF attachment that cannot be read",
)

add(
    id="eikaiwa-055", expect="stop", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Admissions <admissions@maplelc.ca>"],
    subject="Application documents – February group (encrypted)",
    body="""Dear Admissions team,

Please find attached the application forms and passport copies for our February group.
The ZIP file is encrypted; I will send the password in a separate e-mail.

Kind regards,
""" + SIG_IWADATE,
    attachments=[{"kind": "zip", "name": "Feb_group_applications.zip", "password": "Maple!Feb27",
                  "files": [{"kind": "docx", "name": "Application_forms.docx",
                             "paragraphs": ["Application forms – February group"]},
                            {"kind": "pdf", "name": "Passport_copies.pdf",
                             "lines": ["Passport copies"]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="AES-encrypted ZIP to a partner school abroad: contents cannot be inspected",
)

_p056 = people(156, 6, domains=["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"])
add(
    id="eikaiwa-056", expect="stop", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["Owen Lachlan <owen.lachlan.esl@gmail.com>"],
    subject="Your new Saturday group – class list",
    body="""Hi Owen,

Welcome aboard! Attached is the class list for your Saturday 10:00 Conversation A2
group, exported from the booking system. Please call or e-mail the students if a lesson
ever has to be moved – the office is closed on Saturdays.

See you at orientation on Thursday.
""" + SIG_CARTER,
    attachments=[{"kind": "txt", "name": "SAT1000_A2_classlist.tsv", "encoding": "utf-8",
                  "text": "Student ID\tName\tKana\tMobile\tE-mail\tJoined\n" + "\n".join(
                      f"YKH{7301 + i}\t{p['name']}\t{p['kana']}\t{p['phone']}\t{p['email']}\t2026-0{4 + i}-01"
                      for i, p in enumerate(_p056))}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="TSV class list of 6 students (mobile, e-mail) sent to a freelance teacher's personal Gmail",
)

# =====================================================================================
# PASS — ordinary business mail and hard cases
# =====================================================================================

add(
    id="eikaiwa-057", expect="pass", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.co.jp>"],
    subject="Re: 下期研修の日程について",
    body="""川崎電機株式会社
人事部 人材開発課 小野寺様

いつも大変お世話になっております。日の出産業の大河内でございます。

下期研修の開始日につきまして、講師の調整がつきましたので
以下の候補日からお選びいただけますでしょうか。

　① 10月13日（火）18:30～
　② 10月15日（木）18:30～
　③ 10月20日（火）18:30～

会場は前期と同じく御社川崎事業所 3F 第2会議室を想定しております。
ご都合をお知らせいただけますと幸いです。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="ordinary scheduling mail to one partner contact; only the sender's signature carries contact data",
)

add(
    id="eikaiwa-058", expect="pass", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["LessonHub 営業部 <sales@lessonhub.jp>"],
    subject="北国フーズ様 ご担当者のご紹介",
    body="""LessonHub 営業部
ご担当者様

お世話になっております。日の出産業の大河内です。
先日お話しした北国フーズ様のオンライン研修導入の件、先方のご担当者をご紹介します。
システム面のご質問は直接ご連絡いただいて構わないとのことです。

　北国フーズ株式会社 総務部 人材開発課
　課長 真田 誠一 様
　TEL 011-208-4410（代表）
　sanada@kitaguni-foods.co.jp

私もCCに入れていただければ幸いです。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="introduces one client business contact (office phone and work e-mail)",
)

add(
    id="eikaiwa-059", expect="pass", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Ben Harlow <b.harlow@harbourside-ec.com.au>"],
    subject="Aligning levels: Hinode English vs Harbourside placement test",
    body="""Dear Ben,

Thank you for sending the Harbourside placement test specifications. We compared them
with our own level descriptors and suggest the following mapping for students who
transfer to you after studying with us:

  Hinode Basic       -> Harbourside Elementary
  Hinode Pre-Inter   -> Harbourside Pre-Intermediate
  Hinode Inter       -> Harbourside Intermediate
  Hinode Upper       -> Harbourside Upper-Intermediate

If you agree, we will add this table to our study-abroad brochure for 2027.

Kind regards,
""" + SIG_IWADATE + "\n" + DISC_EN,
    entities=[],
    detectors=[],
    note="English partner mail with signature and the standard confidentiality disclaimer only",
)

add(
    id="eikaiwa-060", expect="pass", charset="shift_jis",
    sender=f"堀籠 健 <t-horigome@{D}>",
    to=["ツバサシステム 営業部 堤様 <tsutsumi@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）の修正について",
    body="""ツバサシステム株式会社
営業部 堤様

お世話になっております。日の出産業の堀籠です。
新予約システムの要件定義に先立つ秘密保持契約書（案）について、
法務から以下の修正依頼がありました。

・第2条（機密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で
　機密である旨を通知したものに限る、との但し書きを追加
・第5条（有効期間）：契約終了後3年間 → 5年間
・第8条（返還・廃棄）：廃棄証明書の提出を義務とする

修正版の契約書は法務確認後、改めてお送りします。
""" + SIG_HORIGOME + "\n" + DISC_JA,
    entities=[],
    detectors=[],
    note="mail about an NDA: mentions 機密情報 but carries no marking and no personal data",
)

_p061 = people(161, 7, domains=["aoba-unyu.co.jp"])
_q061 = "\n".join(f"> {p['name']}　{p['romaji'].split()[1].lower()}@aoba-unyu.co.jp　内線{4100 + i * 3}"
                  for i, p in enumerate(_p061))
add(
    id="eikaiwa-061", expect="pass", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["人事部 研修担当 <kenshu@aoba-unyu.co.jp>"],
    subject="Re: 12月開講クラスの受講者について",
    body=f"""青葉運輸株式会社
人事部 研修ご担当者様

お世話になっております。日の出産業の大河内です。
受講者7名様の件、承知いたしました。
レベルチェックの日程は11/24（火）・11/26（木）の2日程で調整いたします。
各受講者様へのご案内は御社からお願いできますでしょうか。

{SIG_OKOCHI}

2026/11/16 10:22、青葉運輸 人事部 研修担当 のメッセージ:
> 日の出産業 大河内様
>
> お世話になっております。青葉運輸 人事部の西田です。
> 12月開講クラスの受講者が確定しましたのでお知らせします。
>
{_q061}
>
> よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="the 7-person list is only in quoted text from the recipient's own mail; new text has no personal data",
)

_p062 = people(162, 6)
_q062 = "\n".join(f"{i + 1}. {p['name']}　携帯 {p['phone']}" for i, p in enumerate(_p062))
add(
    id="eikaiwa-062", expect="pass", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["清陵ケミカル 人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="RE: 横浜工場 英会話クラスの緊急連絡網",
    body=f"""清陵ケミカル株式会社
人材開発部 ご担当者様

お世話になっております。ヒノデ・イングリッシュ横浜校の柚木です。
緊急連絡網、確かに受領いたしました。
休講の連絡が必要な場合は、まず人材開発部様にご連絡し、
つながらない場合のみ各受講者様へご連絡いたします。

{SIG_YUNOKI}

-----Original Message-----
差出人: 清陵ケミカル 人材開発部 <jinzai@seiryo-chem.co.jp>
送信日時: 2026年10月28日 15:04
宛先: s-yunoki@{D}
件名: 横浜工場 英会話クラスの緊急連絡網

ヒノデ・イングリッシュ 柚木様

横浜工場クラスの受講者の緊急連絡先です。
休講などの際にご利用ください。

{_q062}

清陵ケミカル 人材開発部 森
""",
    entities=[],
    detectors=[],
    note="trainees' phone list appears only under -----Original Message----- (the recipient's own mail)",
)

add(
    id="eikaiwa-063", expect="pass", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Aroha Ngata <partners@kiwigateway.co.nz>"],
    subject="Re: January intake – class placements",
    body="""Dear Aroha,

Thank you very much for the placements. All five students have been informed and are
looking forward to starting. I'll confirm the airport pick-up times once the flights
are booked.

Kind regards,
Miho

On Tue, 10 Nov 2026 at 09:41, Aroha Ngata <partners@kiwigateway.co.nz> wrote:
> Kia ora Miho,
>
> Here are the placements for your January students after the online test:
>
>   Haruto SAKUMA     DOB 03/04/2005   haruto.sakuma@gmail.com     Intermediate
>   Mio YAEGASHI      DOB 21/09/2006   mio.y0921@icloud.com        Upper-Int
>   Kenta ARIMA       DOB 15/12/2004   k.arima.nz@gmail.com        Pre-Int
>   Rina KUWANA       DOB 08/07/2005   rina_kuwana@yahoo.co.jp     Intermediate
>   Sho ODAGIRI       DOB 30/01/2006   sho.odagiri@outlook.jp      Elementary
>
> Nga mihi,
> Aroha
""",
    entities=[],
    detectors=[],
    note="the 5 students' details are only quoted back from the recipient's own mail (On … wrote:)",
)

add(
    id="eikaiwa-064", expect="pass", charset="iso-2022-jp",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=["錦印刷 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="パンフレット裏面 校舎一覧の差し替え",
    body="""錦印刷株式会社
片桐様

お世話になっております。渋谷校の神田です。
2027年度パンフレットの裏面、校舎一覧を以下に差し替えてください。
（吉祥寺校の移転と京都校の電話番号変更があります）

校舎名      住所                                              電話番号
----------  ------------------------------------------------  ------------
渋谷校      東京都渋谷区道玄坂2-14-8 ヒノデビル5F            03-5459-2210
日本橋本社校 東京都中央区日本橋3-6-2 日の出産業本社ビル2F     03-3271-8840
吉祥寺校    東京都武蔵野市吉祥寺本町1-20-4 吉祥寺OKビル6F     0422-28-5530
横浜校      神奈川県横浜市西区高島2-9-1 高島スクエア3F       045-322-7700
川口校      埼玉県川口市栄町3-5-12 栄町センタービル4F        048-255-3041
梅田校      大阪府大阪市北区芝田1-7-3 梅田ヒノデビル4F       06-6371-5120
難波校      大阪府大阪市中央区難波4-2-8 難波スクエア7F        06-6643-2218
京都校      京都府京都市下京区烏丸通四条下ル水銀屋町620 5F   075-352-6690

受付時間：平日 11:00～21:00／土日 10:00～18:00
""" + SIG_KANDA,
    entities=[],
    detectors=[],
    note="list of the school's own branches (business addresses and switchboards), not people",
)

add(
    id="eikaiwa-065", expect="pass", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Natalie Brooks <natalie@pacificteach.com>"],
    subject="Short-stay options for incoming teachers",
    body="""Hi Natalie,

A few candidates asked where they can stay for their first month. These are the places
we usually recommend; feel free to pass them on.

  Sakura Hotel Nihonbashi      Chuo-ku, Tokyo        +81-3-3662-1180   corporate rate JPY 7,800/night
  Oakwood Monthly Shibuya      Shibuya-ku, Tokyo     +81-3-5456-7721   from JPY 168,000/month
  Y's Residence Yokohama       Nishi-ku, Yokohama    +81-45-441-3350   from JPY 132,000/month
  Hotel Shin-Osaka Garden      Yodogawa-ku, Osaka    +81-6-6305-2277   corporate rate JPY 6,900/night
  Share House Kichijoji Loft   Musashino, Tokyo      +81-422-27-9910   from JPY 72,000/month

Our relocation allowance (JPY 100,000) can be used for any of them.

Best,
""" + SIG_HONDA,
    entities=[],
    detectors=[],
    note="list of hotels and residences with switchboards: businesses, not people",
)

add(
    id="eikaiwa-066", expect="pass", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="体験レッスン（11/7）参加者のご確認",
    body="""北国フーズ株式会社
真田様

お世話になっております。ヒノデ・イングリッシュの柚木です。
11月7日（土）の体験レッスンにお申込みいただいた3名様、以下で承っております。
当日連絡がつかない場合に備え、携帯番号を控えさせていただきました。

　・鰐淵 拓海 様　090-2716-4082
　・江頭 紗希 様　080-9153-2270
　・三科 直樹 様　070-4428-6391

当日は10:00に横浜校受付へお越しください。
""" + SIG_YUNOKI,
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only three attendees' names and mobiles to the client contact: under the five-person threshold",
)

add(
    id="eikaiwa-067", expect="pass", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["堤 様 <tsutsumi@tsubasa-system.jp>"],
    subject="海外赴任前研修 4名の最終評価",
    body="""ツバサシステム株式会社
人材開発室 堤様

お世話になっております。大河内です。
海外赴任前研修（マンツーマン 40時間）を修了された4名の最終評価です。

氏名           メール                                 開始時   修了時   コメント
-------------  -------------------------------------  -------  -------  ---------------------------
猪狩 航        igari.w@tsubasa-system.jp              A2       B1       会議でのファシリが上達
保科 葵        hoshina.a@tsubasa-system.jp            B1       B2       プレゼンは即戦力レベル
新発田 和也    shibata.k@tsubasa-system.jp            A2       A2+      リスニングの継続学習を推奨
薬師寺 恵理子  yakushiji.e@tsubasa-system.jp          B2       C1       交渉も問題なし

詳細レポートは修了証とあわせて郵送いたします。
""" + SIG_OKOCHI,
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four trainees' records (names, work e-mails, levels) to the client: at most four people",
)

_p068 = people(168, 30, domains=["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"])
add(
    id="eikaiwa-068", expect="pass", charset="iso-2022-jp",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=[f"渋谷校スタッフ <shibuya-staff@{D}>"],
    cc=[f"t-horigome@{D}"],
    subject="渋谷校 在籍生リスト（更新継続の電話確認用）",
    body="""渋谷校スタッフの皆さん

お疲れさまです。神田です。
12月で契約満了になる在籍生30名のリストです。
来週から手分けして継続確認の電話をお願いします。結果はシートのE列に入力してください。

※社内限定です。印刷したものは終了後シュレッダーへ。

神田
""",
    attachments=[{"kind": "xlsx", "name": "契約満了_12月_渋谷校.xlsx",
                  "sheets": {"一覧": [["氏名", "電話", "メール", "コース", "継続確認"]] +
                             [[p["name"], p["phone"], p["email"], "日常英会話", ""] for p in _p068]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="30 students' contact list, but every recipient is internal",
)

add(
    id="eikaiwa-069", expect="pass", charset="shift_jis",
    sender=f"鳴海 佳奈 <k-narumi@{D}>",
    to=[f"宇佐美 香織 <k-usami@{D}>"],
    subject="講師3名の個人番号（支払調書用）",
    body=f"""宇佐美さん

お疲れさまです。人事労務の鳴海です。
支払調書用に、業務委託講師3名の個人番号をお送りします。
（本人確認済み。ファイルには残さず、システム入力後は本メールを削除してください）

　Hugo Lefebvre　　　{my_number(4606)}
　Rosa Delgado　　　　{my_number(4607)}
　Kenji Albrecht　　　{my_number(4608)}

よろしくお願いします。
""" + SIG_NARUMI,
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Numbers between HR and accounting: all recipients internal",
)

add(
    id="eikaiwa-070", expect="pass", charset="utf-8",
    sender=f"鷲尾 隆之 <t-washio@{D}>",
    to=[f"語学スクール 校長会 <school-heads@{D}>"],
    cc=[f"k-usami@{D}", f"r-okochi@{D}"],
    subject="【社外秘】11月 校長会資料",
    body="""校長各位

11月校長会の資料を添付します。
【社外秘】の資料ですので、校舎スタッフへの転送は不可とします。

鷲尾""",
    attachments=[{"kind": "pptx", "name": "校長会_202611.pptx", "page_footer": "社外秘",
                  "slides": [["11月 校長会", "語学スクール事業部"],
                             ["上期実績", "売上 前年比 102%", "在籍生 8,410名（+3.1%）"],
                             ["下期重点施策", "退会率の改善（月1.9%→1.5%）", "法人研修の新規5社"]]}],
    entities=[],
    detectors=[],
    note="社外秘-stamped slides, but the mail is internal only",
)

add(
    id="eikaiwa-071", expect="pass", charset="iso-2022-jp",
    sender=f"Emily Carter <e.carter@{D}>",
    to=[f"人事労務課 <jinji-roumu@mail.{D}>"],
    subject="Tom Hargreaves – 休職の延長について",
    body="""人事労務課 ご担当者様

お疲れさまです。横浜校のEmily Carterです。
Tom Hargreavesさんの休職について、本日主治医の診断書（うつ病、3か月の療養を要する）を
受け取りましたので、休職期間の延長手続きをお願いします。
原本は社内便でお送りします。

Emily""",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=[],
    note="a teacher's diagnosis sent to HR on the internal subdomain mail.hinode-sangyo.co.jp",
)

add(
    id="eikaiwa-072", expect="pass", charset="shift_jis",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.co.jp>"],
    cc=["堤様 <tsutsumi@tsubasa-system.jp>"],
    subject="オンライン研修 接続テストの日程（三者打合せ）",
    body="""川崎電機株式会社 小野寺様
ツバサシステム株式会社 堤様

お世話になっております。日の出産業の大河内です。
川崎電機様のオンライン研修環境について、ツバサシステム様の配信基盤との
接続テストを実施したく、三者で30分ほどお時間をいただけますでしょうか。

候補：11月18日（水）14:00／11月19日（木）10:00／11月20日（金）16:00

Teamsの招待は日程確定後にお送りします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc: an ordinary three-way meeting mail",
)

add(
    id="eikaiwa-073", expect="pass", charset="utf-8",
    sender=f"Miho Iwadate <m-iwadate@{D}>",
    to=["Claire Dubois <homestay@maplelc.ca>"],
    cc=["ほしぞらトラベル 教育旅行部 <kyoiku@hoshizora-travel.co.jp>"],
    subject="February group – airport transfer (Hoshizora Travel in copy)",
    body="""Dear Claire,

I'm copying Hoshizora Travel, who handle the flights for our February group, so that
you can coordinate the airport transfer directly.

Flight: AC004 Tokyo Haneda -> Vancouver, arriving 1 Feb at 09:35
Group size: 6 students + 1 staff member

ほしぞらトラベル ご担当者様：Maple Leaf Language Centre の Claire Dubois さんです。
送迎バスの手配について、直接ご連絡いただけますと助かります。

Kind regards,
""" + SIG_IWADATE,
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (partner school abroad and travel agency) in To/Cc",
)

add(
    id="eikaiwa-074", expect="pass", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["一ノ瀬様 <r.ichinose@icloud.com>"],
    subject="レベルチェックの結果と新クラスのご案内",
    body="""一ノ瀬様

いつもヒノデ・イングリッシュをご利用いただきありがとうございます。
キッズ事業課の杉浦です。

先日の湊くんのレベルチェック、とても頑張っていました。
結果は「Kids 3」で、1月からは土曜10:00のクラスをおすすめしています。
フォニックスがしっかり身についているので、次のクラスでは簡単な文章を読む練習に入ります。

クラス変更をご希望の場合は、12月20日までに受付までお知らせください。
""" + SIG_SUGIURA,
    entities=[],
    detectors=["freemail_recipient"],
    note="one parent on free mail receiving their own child's class recommendation",
)

add(
    id="eikaiwa-075", expect="pass", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["s.kano0415@yahoo.co.jp"],
    subject="Re: 体験レッスンについて",
    body="""狩野 俊介 様

ヒノデ・イングリッシュ横浜校の柚木でございます。
お問い合わせいただきありがとうございます。

平日夜の体験レッスンは、火曜・木曜の19:30からご用意しております。
所要時間はレベルチェックを含めて約60分、料金は無料です。
ご希望の日時をお知らせいただければ、こちらで予約をお取りいたします。

""" + SIG_YUNOKI + """

----- Original Message -----
From: s.kano0415@yahoo.co.jp
Sent: Wednesday, November 4, 2026 22:18
Subject: 体験レッスンについて

TOEICの点数を上げたいのですが、平日夜に体験レッスンは受けられますか？
仕事が19時まであります。 狩野""",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one prospective student on free mail, quoting their own question",
)

add(
    id="eikaiwa-076", expect="pass", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["小野寺様 <onodera.k@kawasaki-denki.co.jp>"],
    subject="レベルチェック結果 部署別サマリー",
    body="""小野寺様

お世話になっております。大河内です。
役員会向けに、とのことでしたので、個人名を含まない部署別の集計をお送りします。

部署          受験者数  A1  A2  B1  B2  C1  平均スコア
------------  --------  --  --  --  --  --  ----------
設計部             18    2   7   6   3   0       52.4
品質保証部         11    1   4   5   1   0       49.8
海外営業部         14    0   2   5   5   2       68.1
生産技術部          9    2   4   3   0   0       43.0
合計               52    5  17  19   9   2       54.6

前回（3月）と比べ、B1以上の割合は 42% → 58% に上がっています。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="aggregate statistics by department, no individual people",
)

add(
    id="eikaiwa-077", expect="pass", charset="iso-2022-jp",
    sender=f"梅宮 智也 <t-umemiya@{D}>",
    to=["リンクス経営研究所 岡部様 <okabe@links-keiei.co.jp>"],
    subject="受講生満足度アンケート 集計結果（関西3校）",
    body="""岡部様

お世話になっております。梅宮です。
10月に実施した満足度アンケートの集計結果（回答数 612件）をお送りします。
自由記述は個人が特定できる記載を除いた上で、カテゴリ別件数のみにしています。
""" + SIG_UMEMIYA,
    attachments=[{"kind": "xlsx", "name": "満足度アンケート集計_関西.xlsx",
                  "sheets": {"設問別": [["満足度アンケート 集計（2026年10月）"], [],
                                        ["設問", "とても満足", "満足", "普通", "不満", "とても不満"],
                                        ["講師の教え方", 241, 262, 81, 21, 7],
                                        ["予約の取りやすさ", 118, 204, 170, 88, 32],
                                        ["料金", 64, 189, 233, 97, 29],
                                        ["校舎の雰囲気", 220, 281, 93, 14, 4]],
                             "自由記述分類": [["カテゴリ", "件数"], ["予約枠の不足", 74],
                                             ["講師の質", 38], ["料金", 33], ["オンライン希望", 27]]}}],
    entities=[],
    detectors=[],
    note="survey statistics without people",
)

add(
    id="eikaiwa-078", expect="pass", charset="shift_jis",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="法人研修 料金表（2027年度版）のご送付",
    body="""清陵ケミカル株式会社
人材開発部 御中

お世話になっております。日の出産業の大河内でございます。
2027年度の法人研修料金表をお送りいたします。

　プラン                         単価（税込）           備考
　グループ（4名まで・60分）       15,400円／回            出張費別
　マンツーマン（60分）            10,450円／回            オンライン可
　オンライン（40分・月8回）       26,400円／人・月        教材費込み
　TOEIC対策短期集中（全9回）      88,000円／人            模試2回付き
　レベルチェック                  3,300円／人             10名以上で無料

見積番号 QT-2027-0112 にて正式なお見積書を作成いたします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="price list and quotation number: no personal data",
)

add(
    id="eikaiwa-079", expect="pass", charset="utf-8",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    subject="【請求書】11月分 英語研修費（HS-INV-2026-11-0203）",
    body="""青葉運輸株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理の宇佐美です。
11月分の英語研修費の請求書（適格請求書）をお送りいたします。
""" + SIG_USAMI,
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2026-11-0203.pdf",
                  "lines": ["請 求 書", "青葉運輸株式会社 御中", "",
                            "請求書番号：HS-INV-2026-11-0203　　発行日：2026年11月30日",
                            "日の出産業株式会社　〒103-0027 東京都中央区日本橋3-6-2",
                            f"登録番号：T{HINODE_CORP}", "",
                            "振込先：みどり銀行 日本橋支店 普通 4402817 ヒノデサンギョウ（カ", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["英語研修 グループ（11月）", "8", "14,000", "112,000"],
                            ["レベルチェック", "7", "3,000", "21,000"],
                            ["小計", "", "", "133,000"],
                            ["消費税（10%）", "", "", "13,300"],
                            ["合計", "", "", "146,300"]]}],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and company bank account: business data, not a person's",
)

add(
    id="eikaiwa-080", expect="pass", charset="iso-2022-jp",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="テキスト発送のご連絡（追跡番号）",
    body="""北国フーズ株式会社
真田様

お世話になっております。大河内です。
11月開講クラスのテキスト（Connect 2、8冊）を本日発送いたしました。

　配送業者：青葉運輸
　追跡番号：4418-2290-6617
　お届け予定：11月27日（金）午前中

受領書は不要です。よろしくお願いいたします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="shipping notice with a tracking number only",
)

add(
    id="eikaiwa-081", expect="pass", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="Re: 11月開講クラス 受講者名簿（パスワード付き）",
    body="""真田様

先ほどお送りしたzipファイルのパスワードです。

　Kf#2611hinode

よろしくお願いいたします。

大河内
""",
    entities=[],
    detectors=[],
    note="the separate password mail of a PPAP pair: no attachment, no personal data",
)

add(
    id="eikaiwa-082", expect="pass", charset="shift_jis",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="Re: 講師評価シートのご提供について",
    body="""清陵ケミカル株式会社
人材開発部 森様

お世話になっております。大河内です。
講師評価シートの件、社内で確認いたしましたが、評価シート自体は社外秘の扱いと
なっておりますため、原本をお出しすることはできません。申し訳ございません。

代わりに、御社クラス担当講師の評価結果の概要（5段階評価の平均：4.3）と、
受講者アンケートの集計をまとめたものを来週お送りいたします。
ご理解いただけますと幸いです。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="mentions 社外秘 in a sentence (explaining a refusal); nothing is stamped",
)

add(
    id="eikaiwa-083", expect="pass", charset="utf-8",
    sender=f"Emily Carter <e.carter@{D}>",
    to=["Daniel Reyes <d.reyes@lighthouse-elt.com>"],
    subject="Sample copies of Connect 4 (2nd edition)",
    body="""Hi Daniel,

Thanks for the presentation last week – the teachers liked the new speaking tasks in
Connect 4. Could you send us five sample copies (student book + teacher's guide) to the
Yokohama school? We'd like to pilot it with two classes in January.

Delivery address: Hinode English Yokohama, Takashima Square 3F, 2-9-1 Takashima,
Nishi-ku, Yokohama 220-0011.
""" + SIG_CARTER,
    entities=[],
    detectors=[],
    note="English mail to one publisher contact; only the school's business address and signature",
)

add(
    id="eikaiwa-084", expect="pass", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=[f"t-sugiura@{D}"],
    bcc=["yumiko.kamoshida@gmail.com", "hana-mama0612@yahoo.co.jp", "r.ichinose@icloud.com",
         "shoji-family@docomo.ne.jp", "t.urushibara@ezweb.ne.jp", "aya_domeki@gmail.com",
         "kuwana.home@softbank.ne.jp", "m-yaegashi@outlook.jp"],
    subject="【吉祥寺校】12月の発表会のご案内",
    body="""保護者の皆さま

いつもヒノデ・イングリッシュ吉祥寺校をご利用いただきありがとうございます。

12月12日（土）に、キッズクラスの英語発表会を開催します。
　時間：10:00～12:00（開場 9:40）
　会場：武蔵野公会堂 ホール
　内容：クラスごとの英語劇・スピーチ

ご家族の皆さまのご来場をお待ちしております。
※本メールはBCCにてお送りしております。
""" + SIG_SUGIURA,
    entities=[],
    detectors=["freemail_recipient"],
    note="parents in Bcc only (To is the sender): nobody sees the others",
)

add(
    id="eikaiwa-085", expect="pass", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Owen Lachlan <owen.lachlan.esl@gmail.com>"],
    subject="Offer of employment – Hinode English Yokohama",
    body="""Dear Owen,

Following your interview and demo lesson, we are delighted to offer you a position as
a full-time English instructor at Hinode English Yokohama.

  Start date:   1 February 2027
  Salary:       JPY 275,000 per month (before tax)
  Working days: Tuesday–Saturday, 29.5 lessons per week
  Visa:         we will sponsor your Instructor visa (Certificate of Eligibility)

Please sign and return the attached acceptance form by 15 December.

Welcome to the team!
""" + SIG_HONDA,
    attachments=[{"kind": "docx", "name": "Offer_acceptance_form.docx",
                  "paragraphs": ["Offer acceptance form", "I accept the offer of employment described above.",
                                 "Signature: ____________   Date: ____________"]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="job offer to one candidate at their own free-mail address",
)

add(
    id="eikaiwa-086", expect="pass", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["清陵ケミカル 人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="受講者1名のクラス変更について",
    body="""清陵ケミカル株式会社
人材開発部 森様

お世話になっております。横浜校の柚木です。
レベルが上がられたため、以下の受講者様のクラス変更をご提案いたします。

　氏名　　：阿久津 遥 様
　メール　：akutsu.h@seiryo-chem.co.jp
　現クラス：Inter（木曜19:00）
　変更後　：Upper（火曜19:00）
　テスト結果：B1 → B2（スピーキング 71点）

ご本人のご了承はいただいております。よろしければ12月から変更いたします。
""" + SIG_YUNOKI,
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one trainee's record (name, work e-mail, level) to the client HR: below the list threshold",
)

add(
    id="eikaiwa-087", expect="pass", charset="iso-2022-jp",
    sender=f"真壁 由紀 <y-makabe@{D}>",
    to=["米倉 昭彦 様 <yonekura.akihiko@outlook.jp>"],
    subject="Re: 講師の変更が多いことについて",
    body="""米倉 昭彦 様

日の出産業株式会社 お客様相談室の真壁でございます。
このたびはご不便をおかけし、誠に申し訳ございません。

ご指摘のとおり、10月はシニアクラスの担当講師が3回変更となっておりました。
担当講師の退職と、代講の手配が重なったことが原因です。
11月以降は固定の講師が担当いたしますので、ご安心いただけますと幸いです。
また、お詫びとしてマンツーマンレッスン1回分をご用意いたしました。

今後ともよろしくお願い申し上げます。
""" + SIG_MAKABE + """

> 10月は講師が毎回のように変わり、前回の内容を覚えてもらえていません。
> 月謝を払っているのに、これではレッスンの質が保てないのではないでしょうか。
> 米倉""",
    entities=[],
    detectors=["freemail_recipient"],
    note="complaint reply to one private customer on free mail, quoting their own complaint",
)

add(
    id="eikaiwa-088", expect="pass", charset="utf-8",
    sender=f"真壁 由紀 <y-makabe@{D}>",
    to=[f"宇佐美 香織 <k-usami@{D}>"],
    subject="返金処理のお願い（宗像様 二重計上分）",
    body=f"""宇佐美さん

お疲れさまです。お客様相談室の真壁です。
ネクストペイからの回答で、宗像様の10月分が二重計上と確認できました。
カードへの返金処理をお願いします。

　会員番号：HE58214
　氏名　　：宗像 千佳子 様
　カード番号：{card_number(4605)}
　返金額　：16,500円

よろしくお願いします。
""" + SIG_MAKABE,
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="a card number between two internal departments only",
)

add(
    id="eikaiwa-089", expect="pass", charset="shift_jis",
    sender=f"本多 慎吾 <s-honda@{D}>",
    to=[f"人事労務課 <jinji-roumu@{D}>"],
    cc=[f"k-narumi@{D}"],
    subject="外国人講師 在留カード情報一覧（12月更新）",
    body="""人事労務課 各位

お疲れさまです。本多です。
外国人雇用状況届出・在留期限管理用の一覧を更新しました（12月時点）。
社内共有フォルダにも同じものを置いています。
""" + SIG_HONDA,
    attachments=[{"kind": "xlsx", "name": "在留カード管理_202612.xlsx",
                  "sheets": {"在留管理": [["社員番号", "氏名", "国籍", "生年月日", "在留カード番号", "在留期限", "旅券番号"],
                                          ["T-0412", "Oliver GRANT", "英国", "1988/03/14", "OG41827305UK", "2028/04/01", "548201937"],
                                          ["T-0457", "Maria SANTOS", "フィリピン", "1985/07/30", "MS20938471PH", "2027/07/15", "P4820193A"],
                                          ["T-0461", "Kwame MENSAH", "ガーナ", "1991/01/08", "KM77201938GH", "2027/09/30", "G2019384"],
                                          ["T-0470", "Liam O'CONNELL", "アイルランド", "1992/06/17", "RK73019284FA", "2026/12/20", "PX4418275"],
                                          ["T-0478", "Chloe BRENNAN", "豪州", "1998/03/14", "CB50192837AU", "2029/10/27", "PA4812073"],
                                          ["T-0481", "Isla FERGUSON", "英国", "1995/01/19", "EF30192847GB", "2027/03/21", "552019384"]]}}],
    entities=["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="six teachers' residence card and passport numbers, but the mail is internal only",
)

add(
    id="eikaiwa-090", expect="pass", charset="iso-2022-jp",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["みどり銀行 収納サービス課 <shuno-service@midori-ginko.co.jp>"],
    cc=["ネクストペイ 営業部 <sales@nextpay.co.jp>"],
    subject="口座振替・カード決済の併用運用に関するお打合せ",
    body="""みどり銀行 収納サービス課 ご担当者様
ネクストペイ株式会社 営業部 ご担当者様

お世話になっております。日の出産業 経理の宇佐美です。
来年4月から、月謝の支払方法として口座振替とカード決済を受講生が選べるようにする
予定です。振替不能時にカード決済へ切り替える運用について、
三者でお打合せの時間をいただけますでしょうか。

候補日：12月8日（火）15:00～／12月10日（木）10:00～
場所　：弊社本社（日本橋）またはオンライン
""" + SIG_USAMI,
    entities=[],
    detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a meeting: normal three-way mail",
)

add(
    id="eikaiwa-091", expect="pass", charset="utf-8",
    sender=f"大河内 亮 <r-okochi@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="札幌での集合研修 会場候補",
    body="""北国フーズ株式会社
真田様

お世話になっております。大河内です。
2月の札幌集合研修（2日間・20名）の会場候補をお送りします。

・さくらホテル札幌 大通　会議室「ライラック」（30名）
　札幌市中央区大通西5-11　TEL 011-231-8800　1日 88,000円
・札幌ビジネスセンター 7F 研修室B（24名）
　札幌市北区北7条西2-6　TEL 011-716-2201　1日 52,800円
・北海道教育会館 第3会議室（36名）
　札幌市中央区北3条西7-1　TEL 011-251-7390　1日 41,000円

ご希望があれば仮押さえいたします。
""" + SIG_OKOCHI,
    entities=[],
    detectors=[],
    note="list of venues with business addresses and switchboards, not people",
)

add(
    id="eikaiwa-092", expect="pass", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["清陵ケミカル 人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="12月 横浜工場クラス レッスンスケジュール",
    body="""清陵ケミカル株式会社
人材開発部 森様

お世話になっております。横浜校の柚木です。
12月のレッスンスケジュールです。

日付        時間           クラス     担当講師
----------  -------------  ---------  --------
12/1 (火)   18:00-19:30    Inter      Jake
12/3 (木)   18:00-19:30    Upper      Sunita
12/8 (火)   18:00-19:30    Inter      Jake
12/10 (木)  18:00-19:30    Upper      Sunita
12/15 (火)  18:00-19:30    Inter      Marco（代講）
12/17 (木)  18:00-19:30    Upper      Sunita

12/22以降は年末休講です。
""" + SIG_YUNOKI,
    entities=[],
    detectors=[],
    note="class schedule with teachers' first names only: no personal data",
)

add(
    id="eikaiwa-093", expect="pass", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Sakura Hotel Front Desk <front@sakura-hotel.jp>"],
    subject="Re: Reservation HS-2291 – guest details for new teacher",
    body="""Dear Ms. Aoki,

Thank you for registering the details – yes, the spelling is correct.
Ms. Brennan's arrival may be delayed by about an hour; she will call the front desk
directly if so.

Best regards,
""" + SIG_HONDA + """

> Dear Mr. Honda,
>
> Thank you for the information. Could you please confirm the spelling below?
>
>   Guest name:    Ms. Chloe BRENNAN
>   Date of birth: 14 March 1998
>   Passport No.:  PA4812073
>
> Best regards,
> Aoki, Front Desk, Sakura Hotel""",
    entities=[],
    detectors=[],
    note="passport number and DOB appear only in the hotel's own quoted text",
)

add(
    id="eikaiwa-094", expect="pass", charset="utf-8",
    sender=f"Shingo Honda <s-honda@{D}>",
    to=["Natalie Brooks <natalie@pacificteach.com>"],
    subject="Job ad text – April 2027 intake",
    body="""Hi Natalie,

Here's the text for the April 2027 job ad. Could you post it on your boards next week?

---
Hinode English (Tokyo / Yokohama / Osaka) is hiring full-time English instructors.
- Salary: JPY 265,000–290,000 per month, plus transport allowance
- Visa sponsorship, shakai hoken, 10 days' paid leave in the first year
- Requirements: bachelor's degree, native-level English, TEFL/CELTA preferred
- Start: April 2027 (arrival mid-March)
Apply with CV and photo via Pacific Teach Recruiting.
---

Thanks!
""" + SIG_HONDA,
    entities=[],
    detectors=[],
    note="job ad text to the recruiter: no personal data",
)

_CORP095 = corp_number("011001048213")
add(
    id="eikaiwa-095", expect="pass", charset="iso-2022-jp",
    sender=f"宇佐美 香織 <k-usami@{D}>",
    to=["サンライズオフィス 営業管理課 <eigyo-kanri@sunrise-office.co.jp>"],
    subject="新規取引先登録に必要な情報のご連絡",
    body=f"""株式会社サンライズオフィス
営業管理課 御中

お世話になっております。日の出産業株式会社 経理の宇佐美です。
教材・事務用品のお取引開始にあたり、取引先登録に必要な弊社情報をご連絡します。

　商号　　　：日の出産業株式会社
　法人番号　：{HINODE_CORP}
　登録番号　：T{HINODE_CORP}
　本店所在地：東京都中央区日本橋3-6-2
　代表電話　：03-3271-8800
　支払条件　：月末締め翌月末払い（振込）

御社の登録番号（T{_CORP095}）も確認いたしました。
""" + SIG_USAMI,
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="vendor registration with corporate numbers and a switchboard: company data only",
)

add(
    id="eikaiwa-096", expect="pass", charset="shift_jis",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["青葉運輸 配車センター 西村様 <haisha-nishimura@aoba-unyu.co.jp>"],
    subject="送迎の乗車場所変更（2名）",
    body="""青葉運輸株式会社
配車センター 西村様

お世話になっております。杉浦です。
12月から以下の2名の乗車場所が変わります。

　・乙部 湊くん（小2）　新乗車場所：東京都三鷹市下連雀3-14-7 前
　　保護者携帯 090-7720-3318
　・城之内 芽依さん（小4）　新乗車場所：東京都武蔵野市中町1-9-2 前
　　保護者携帯 080-5531-0946

ほかの方は変更ありません。
""" + SIG_SUGIURA,
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two children's pick-up addresses and guardians' phones: under the five-person threshold",
)

add(
    id="eikaiwa-097", expect="pass", charset="utf-8",
    sender=f"神田 真理子 <m-kanda@{D}>",
    to=["錦印刷 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="パンフレット用データ（校舎別在籍数・年代構成）",
    body="""片桐様

お世話になっております。神田です。
パンフレット中面のグラフ用データをお送りします。
円グラフ（年代構成）と棒グラフ（校舎別在籍数）でお願いします。
""" + SIG_KANDA,
    attachments=[{"kind": "xlsx", "name": "パンフ用グラフデータ.xlsx",
                  "sheets": {"校舎別在籍数": [["校舎", "大人", "キッズ", "合計"],
                                              ["渋谷校", 1120, 310, 1430],
                                              ["日本橋本社校", 980, 0, 980],
                                              ["吉祥寺校", 520, 640, 1160],
                                              ["横浜校", 1040, 420, 1460],
                                              ["梅田校", 1210, 280, 1490]],
                             "年代構成": [["年代", "割合"], ["～12歳", "21%"], ["13～22歳", "9%"],
                                          ["20代", "18%"], ["30代", "22%"], ["40代", "16%"],
                                          ["50代以上", "14%"]]}}],
    entities=[],
    detectors=[],
    note="enrolment statistics by school and age band: no people",
)

add(
    id="eikaiwa-098", expect="pass", charset="iso-2022-jp",
    sender=f"杉浦 拓 <t-sugiura@{D}>",
    to=["こどもサポートネット 事務局 <info@kodomo-support.or.jp>"],
    subject="発達特性のあるお子さま向け 少人数英語クラスのご案内",
    body="""特定非営利活動法人 こどもサポートネット
事務局 御中

はじめてご連絡いたします。ヒノデ・イングリッシュ キッズ事業課の杉浦と申します。

当校では来春から、ADHDや自閉スペクトラム症など発達特性のあるお子さまを対象に、
定員4名の少人数英語クラスを開講いたします。
特別支援教育の研修を受けた講師が担当し、体を動かす活動や視覚教材を中心に進めます。

貴法人の会報やイベントでご案内いただくことは可能でしょうか。
チラシ（PDF）のご用意もございます。
""" + SIG_SUGIURA,
    entities=[],
    detectors=[],
    note="mentions ADHD/autism in general terms for a class programme: no identifiable person",
)

# =====================================================================================
# EITHER
# =====================================================================================

add(
    id="eikaiwa-099", expect="either", charset="shift_jis",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["清陵ケミカル 人材開発部 <jinzai@seiryo-chem.co.jp>"],
    subject="本日の横浜工場クラス 代講のお知らせ",
    body="""清陵ケミカル株式会社
人材開発部 森様

お世話になっております。横浜校の柚木です。
本日担当予定のSunita Rao講師がインフルエンザと診断され、今週いっぱい出勤停止となりました。
本日と12/10（木）はMarco講師が代講いたします。
レッスン内容は引き継ぎ済みですので、受講者の皆さまにはご安心いただけますと幸いです。
""" + SIG_YUNOKI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named teacher's influenza diagnosis told to a client: minor, routine health info — arguable either way",
)

add(
    id="eikaiwa-100", expect="either", charset="iso-2022-jp",
    sender=f"柚木 さやか <s-yunoki@{D}>",
    to=["真田様 <sanada@kitaguni-foods.co.jp>"],
    subject="11月 出席状況のご報告",
    body="""北国フーズ株式会社
真田様

お世話になっております。横浜校の柚木です。
11月の出席状況をご報告します（全8回）。

　鰐淵 拓海 様　8/8
　江頭 紗希 様　7/8
　三科 直樹 様　5/8
　有馬 陽菜 様　3/8
　桑名 匠 様　　2/8

欠席の多い方には、次回から振替レッスンのご案内をいたします。
""" + SIG_YUNOKI,
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five of the client's own employees with attendance only (no contact data): list or not is arguable",
)


# What an ISO-2022-JP mailer does to characters outside JIS X 0208 (～ → 〜, － → −, ① → (1)).
_JIS = str.maketrans({"～": "〜", "－": "−", "①": "(1)", "②": "(2)", "③": "(3)", "–": "-"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
