"""Blind corpus — area: jidosodanjo (子ども・家庭支援の受託事業).

日の出産業株式会社 子ども家庭支援事業部 is contracted by 南野市 (a fictional city in
埼玉県) to run 「南野市子ども家庭支援センター」.  Its staff write to the prefectural child
guidance centre (児童相談所), the city's 子ども家庭課 and 保健センター, schools, nurseries,
clinics and hospitals, the police (生活安全課), foster-care NPOs, foster parents, lawyers,
suppliers and partners: child protection cases, home visits, foster placements,
要保護児童対策地域協議会 meetings, events, invoices.

Every person, phone number, address and identifier below is invented; My Numbers and
card numbers come from the build helpers.
"""

import random

from build import card_number, my_number

SEED = 48601

# -- the people of the centre (senders) --------------------------------------------------
D = "hinode-sangyo.co.jp"
KURAMOCHI = f"倉持 祐介 <y.kuramochi@{D}>"       # センター長
TSUJIMOTO = f"辻本 彩花 <a.tsujimoto@{D}>"       # 相談員
MAKINO = f"槙野 修平 <s.makino@{D}>"             # 家庭支援員
SONOBE = f"園部 真理 <m.sonobe@{D}>"             # 里親支援担当
MAKITA = f"蒔田 佳奈 <k.makita@{D}>"             # 事務
SHINOMIYA = f"篠宮 遼 <r.shinomiya@{D}>"         # 心理士
ARIMURA = f"有村 千景 <c.arimura@{D}>"           # 相談員
SHIMADA = f"嶋田 朋美 <t.shimada@{D}>"           # 保健師
MARUOKA = f"丸岡 英明 <h.maruoka@{D}>"           # 事業部長（本社）
CENTER = f"南野市子ども家庭支援センター <kodomo-center@{D}>"

# -- external organisations --------------------------------------------------------------
JISO = "minamino-cgc.pref-saitama.lg.jp"         # 埼玉県南野児童相談所
CITY = "city.minamino.lg.jp"                     # 南野市 子ども家庭課・保健センター
POLICE = "minamino-ps.saitama-police.lg.jp"      # 南野警察署 生活安全課
SHAKYO = "minamino-shakyo.or.jp"                 # 南野市社会福祉協議会
SATOOYA = "satooya-hiroba.or.jp"                 # NPO法人 里親ひろば
FOSTER = "fostering-kizuna.or.jp"                # フォスタリング機関 きずな
HIGASHI_ES = "higashi-e.minamino.ed.jp"          # 南野市立東小学校
MIDORI_ES = "midorigaoka-e.minamino.ed.jp"       # 南野市立緑が丘小学校
DAINI_JH = "daini-j.minamino.ed.jp"              # 南野市立第二中学校
HIDAMARI = "hidamari-hoikuen.or.jp"              # ひだまり保育園
SAKURANBO = "sakuranbo-hoiku.jp"                 # さくらんぼ保育園
WAKABA = "wakaba-kodomoen.jp"                    # わかば認定こども園
KODOMO_CL = "minamino-kodomo.jp"                 # みなみのこどもクリニック
CHUO_HP = "minamino-chuo-hp.or.jp"               # 南野中央病院
KOKORO_CL = "aozora-kokoro.jp"                   # あおぞらこころのクリニック


def _sig(name, role, mail, tel="049-237-5510", ext=None, style=0):
    """The centre's signature, in the styles the staff actually use."""
    t = tel + (f"（内線{ext}）" if ext else "")
    if style == 0:
        return f"""
――――――――――――――――――――――――
日の出産業株式会社 子ども家庭支援事業部
南野市子ども家庭支援センター（南野市受託）
{role}　{name}
〒350-1123 埼玉県南野市本町2-5-1 南野市保健福祉会館3階
TEL {t} ／ FAX 049-237-5511
Mail: {mail}
――――――――――――――――――――――――"""
    if style == 1:
        return f"""
--
南野市子ども家庭支援センター
（運営：日の出産業株式会社）
{role} {name}
TEL: {t}
{mail}"""
    if style == 2:
        return f"""
********************************************
 日の出産業株式会社
 子ども家庭支援事業部 南野市子ども家庭支援センター
 {name}（{role}）
 〒350-1123 埼玉県南野市本町2-5-1
 電話 {t}　FAX 049-237-5511
********************************************"""
    return f"""
{name}
{role} / Minamino Child & Family Support Center
Hinode Sangyo Co., Ltd.
2-5-1 Honcho, Minamino-shi, Saitama 350-1123, Japan
Tel +81-49-237-5510 / {mail}"""


DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

# -- invented people for the longer lists ------------------------------------------------
_SURNAMES = [
    ("佐伯", "サエキ", "Saeki"), ("久保田", "クボタ", "Kubota"), ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("真壁", "マカベ", "Makabe"), ("宇佐美", "ウサミ", "Usami"),
    ("氏家", "ウジイエ", "Ujiie"), ("神崎", "カンザキ", "Kanzaki"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("春日", "カスガ", "Kasuga"), ("柘植", "ツゲ", "Tsuge"), ("蓮見", "ハスミ", "Hasumi"),
    ("早乙女", "サオトメ", "Saotome"), ("益子", "マシコ", "Mashiko"), ("飯干", "イイボシ", "Iiboshi"),
    ("猪俣", "イノマタ", "Inomata"), ("國分", "コクブン", "Kokubun"), ("沼尻", "ヌマジリ", "Numajiri"),
    ("芦沢", "アシザワ", "Ashizawa"), ("梶谷", "カジタニ", "Kajitani"), ("日下部", "クサカベ", "Kusakabe"),
    ("檜山", "ヒヤマ", "Hiyama"), ("鳴海", "ナルミ", "Narumi"), ("押尾", "オシオ", "Oshio"),
    ("帯刀", "タテワキ", "Tatewaki"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("廣瀬", "ヒロセ", "Hirose"), ("斎藤", "サイトウ", "Saito"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("森田", "モリタ", "Morita"), ("石原", "イシハラ", "Ishihara"), ("大野", "オオノ", "Ono"),
    ("野口", "ノグチ", "Noguchi"), ("菅原", "スガワラ", "Sugawara"), ("坂口", "サカグチ", "Sakaguchi"),
    ("水野", "ミズノ", "Mizuno"), ("御手洗", "ミタライ", "Mitarai"), ("四月一日", "ワタヌキ", "Watanuki"),
]
_CHILD = [
    ("陽翔", "ハルト", "Haruto", "男"), ("蓮", "レン", "Ren", "男"), ("結菜", "ユイナ", "Yuina", "女"),
    ("凛", "リン", "Rin", "女"), ("湊", "ミナト", "Minato", "男"), ("陽葵", "ヒマリ", "Himari", "女"),
    ("悠真", "ユウマ", "Yuma", "男"), ("芽依", "メイ", "Mei", "女"), ("蒼", "アオイ", "Aoi", "男"),
    ("紬", "ツムギ", "Tsumugi", "女"), ("大和", "ヤマト", "Yamato", "男"), ("杏", "アン", "An", "女"),
    ("颯太", "ソウタ", "Sota", "男"), ("心春", "コハル", "Koharu", "女"), ("樹", "イツキ", "Itsuki", "男"),
    ("莉子", "リコ", "Riko", "女"), ("律", "リツ", "Ritsu", "男"), ("咲良", "サクラ", "Sakura", "女"),
    ("朝陽", "アサヒ", "Asahi", "男"), ("美桜", "ミオ", "Mio", "女"), ("奏太", "カナタ", "Kanata", "男"),
    ("楓", "カエデ", "Kaede", "女"), ("琉生", "ルイ", "Rui", "男"), ("詩", "ウタ", "Uta", "女"),
    ("日向", "ヒナタ", "Hinata", "男"), ("瑛太", "エイタ", "Eita", "男"), ("心愛", "ココア", "Kokoa", "女"),
    ("碧", "アオ", "Ao", "男"), ("千尋", "チヒロ", "Chihiro", "女"), ("柚希", "ユズキ", "Yuzuki", "女"),
]
_ADULT = [
    ("健一", "ケンイチ", "男"), ("由美子", "ユミコ", "女"), ("直樹", "ナオキ", "男"), ("真由美", "マユミ", "女"),
    ("智子", "トモコ", "女"), ("和也", "カズヤ", "男"), ("恵", "メグミ", "女"), ("浩二", "コウジ", "男"),
    ("裕子", "ユウコ", "女"), ("達也", "タツヤ", "男"), ("美穂", "ミホ", "女"), ("剛", "ツヨシ", "男"),
    ("千佳", "チカ", "女"), ("博之", "ヒロユキ", "男"), ("香織", "カオリ", "女"), ("隆", "タカシ", "男"),
    ("亜希子", "アキコ", "女"), ("誠", "マコト", "男"), ("久美子", "クミコ", "女"), ("聡", "サトシ", "男"),
]
_TOWNS = [
    ("350-1124", "緑が丘"), ("350-1125", "東雲"), ("350-1126", "西原"), ("350-1127", "若葉台"),
    ("350-1131", "栄町"), ("350-1132", "旭町"), ("350-1133", "北野"), ("350-1134", "桜木町"),
    ("350-1135", "泉"), ("350-1136", "宮前"), ("350-1137", "新田"), ("350-1138", "柳沢"),
    ("350-1141", "富士見"), ("350-1142", "中央"),
]
_BLDG = ["", "", "", "", " コーポ緑202", " ハイツ若葉105", " メゾン東雲301", " 市営西原団地3-204",
         " サンライズ旭401", " グランレーヴ北野106", "", " 県営泉住宅12-303"]

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s):
    """Full-width digits and hyphens, as some staff type them."""
    return str(s).translate(_FW)


def wareki(y, m, d, style="kanji"):
    if y >= 2019 and (y, m) >= (2019, 5):
        era, k, e = "令和", y - 2018, "R"
    elif y >= 1989:
        era, k, e = "平成", y - 1988, "H"
    else:
        era, k, e = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if k == 1 else k}年{m}月{d}日"
    if style == "short":
        return f"{e}{k}.{m}.{d}"
    return f"{e}{k:02d}/{m:02d}/{d:02d}"


class _P:
    """One invented person."""

    def __init__(self, r, child=True, surname=None):
        s = surname or r.choice(_SURNAMES)
        self.sei, self.sei_kana, self.sei_roma = s
        if child:
            g = r.choice(_CHILD)
            self.mei, self.mei_kana, self.mei_roma, self.sex = g
            self.y = r.randint(2012, 2022)
        else:
            g = r.choice(_ADULT)
            self.mei, self.mei_kana, self.sex = g
            self.mei_roma = g[1]
            self.y = r.randint(1968, 2000)
        self.m, self.d = r.randint(1, 12), r.randint(1, 28)
        zip_, town = r.choice(_TOWNS)
        self.zip = zip_
        self.addr = (f"埼玉県南野市{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番"
                     f"{r.randint(1, 25)}号{r.choice(_BLDG)}")
        self.addr_short = f"南野市{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)}"
        self.mobile = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        self.home = f"049-2{r.randint(10, 99)}-{r.randint(1000, 9999)}"

    @property
    def name(self):
        return f"{self.sei} {self.mei}"

    @property
    def kana(self):
        return f"{self.sei_kana} {self.mei_kana}"

    def dob(self, style="iso"):
        if style == "iso":
            return f"{self.y}/{self.m:02d}/{self.d:02d}"
        if style == "dash":
            return f"{self.y}-{self.m:02d}-{self.d:02d}"
        return wareki(self.y, self.m, self.d, style)

    def age(self, now=2026):
        return now - self.y - (1 if (self.m, self.d) > (6, 1) else 0)


def people(n, key, child=True):
    r = random.Random(f"{SEED}-{key}")
    out, seen = [], set()
    while len(out) < n:
        p = _P(r, child)
        if p.name in seen:
            continue
        seen.add(p.name)
        out.append(p)
    return out


def houjin(base12):
    """法人番号 with its check digit (the first digit)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


GRADE = ["年少", "年中", "年長", "小1", "小2", "小3", "小4", "小5", "小6", "中1", "中2", "中3"]


def grade(p, now=2026):
    a = p.age(now)
    if a < 3:
        return "未就園"
    return GRADE[min(a - 3, len(GRADE) - 1)]


MESSAGES = []

# ======================================================================================
# 001-025
# ======================================================================================

MESSAGES.append({
    "id": "jidosodanjo-001",
    "sender": TSUJIMOTO,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "cc": [KURAMOCHI],
    "subject": "【通告】東小3年男児の身体的虐待の疑いについて（至急）",
    "charset": "iso-2022-jp",
    "body": """埼玉県南野児童相談所
相談調査課　福士様

いつもお世話になっております。
南野市子ども家庭支援センターの辻本です。

本日午前、南野市立東小学校より連絡があり、下記児童について身体的虐待が疑われるため
通告いたします。先ほどお電話でもお伝えした件です。

■児童
　氏名　　：鬼塚 湊（おにづか みなと）　男
　生年月日：平成30年7月14日（7歳）
　所属　　：南野市立東小学校 3年2組
　住所　　：埼玉県南野市東雲2丁目7番3号 メゾン東雲105
■世帯
　母　鬼塚 千佳（32歳・パート勤務）　携帯 090-6142-3878
　母の交際相手（氏名不詳、30代男性・半年前から同居とのこと）

■経過
・本日1時間目、担任が左頬と両上腕に青あざを確認。
・養護教諭の聞き取りに対し、本児は「夜、おじさんにたたかれた。ママは見てた」と話す。
・昨年11月にも額の擦過傷で当センターが家庭訪問（母は「転んだ」と説明）。
・本日は給食を2回おかわり。朝食は食べていないとのこと。

下校時刻は15:10です。学校では本児を校長室で待機させる準備をしているとのことです。
一時保護の要否についてご判断をお願いいたします。
写真（養護教諭撮影）は学校から直接FAXされる予定です。
""" + _sig("辻本 彩花", "相談員", "a.tsujimoto@hinode-sangyo.co.jp", ext="23"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "abuse report on a named child (crime victim / injuries) with DOB and address to the child guidance centre: sensitive data of one person",
})

MESSAGES.append({
    "id": "jidosodanjo-002",
    "sender": KURAMOCHI,
    "to": [f"児童相談所 地域連携担当 <renkei@{JISO}>"],
    "subject": "要対協 実務者会議（6月）の日程調整について",
    "charset": "cp932",
    "body": """児童相談所　地域連携担当　御中

お世話になっております。南野市子ども家庭支援センターの倉持です。

6月の要保護児童対策地域協議会 実務者会議について、日程の候補をお送りします。
ご都合のよい日に○をつけてご返信いただけますと幸いです。

　① 6月10日（水）14:00～16:00
　② 6月12日（金）10:00～12:00
　③ 6月17日（水）14:00～16:00

会場は例年どおり保健福祉会館3階 大会議室を予定しています。
進行管理ケースの資料は、決まり次第、別途の方法でお渡しします。

どうぞよろしくお願いいたします。
""" + _sig("倉持 祐介", "センター長", "y.kuramochi@hinode-sangyo.co.jp", style=1),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting scheduling with one external organisation, no personal data",
})

_p3 = people(12, "003")
_kind3 = ["身体的虐待", "ネグレクト", "心理的虐待（面前DV）", "ネグレクト", "身体的虐待", "養育困難",
          "心理的虐待", "ネグレクト", "身体的虐待", "性的虐待（疑い）", "ネグレクト", "養育困難"]
_stat3 = ["学校であざ確認、児相送致済", "登校渋り継続、家庭訪問月2回", "両親別居、母子で実家へ",
          "保育園でおむつかぶれ・体重減少", "一時保護解除後のフォロー中", "母うつ病で入院、祖母が養育",
          "兄からの暴言、本児不眠で通院", "食事が与えられていない様子、給食で補食", "父による叩き、警察通報歴あり",
          "性被害の訴え、児相と協同面接予定", "未受診・予防接種未接種", "父がアルコール依存症で治療中"]
MESSAGES.append({
    "id": "jidosodanjo-003",
    "sender": ARIMURA,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>", f"南 祥子 <s-minami@{JISO}>"],
    "subject": "進行管理台帳（3月末時点）の送付",
    "charset": "utf-8",
    "body": """児童相談所 福士様、南様

お世話になっております。子ども家庭支援センターの有村です。
3月末時点の進行管理台帳を添付いたします。
「特定妊婦」シートも今回から同じファイルにまとめました。
ご確認のほどよろしくお願いいたします。

有村
""",
    "attachments": [{
        "kind": "xlsx", "name": "進行管理台帳_R8.03末.xlsx",
        "title": "要保護児童等 進行管理台帳",
        "sheets": {
            "進行管理（3月）": [["令和7年度 要保護児童等 進行管理台帳（南野市子ども家庭支援センター分）"], [],
                             ["No", "ケース番号", "児童氏名", "ふりがな", "性別", "生年月日", "所属", "住所",
                              "主訴", "直近の状況", "担当"]]
            + [[i + 1, f"R7-{i * 7 + 15:03d}", p.name, p.kana, p.sex, p.dob("iso"), grade(p), p.addr,
                _kind3[i], _stat3[i], ["有村", "辻本", "槙野"][i % 3]] for i, p in enumerate(_p3)],
            "特定妊婦": [["特定妊婦 進行管理"], ["氏名", "年齢", "出産予定日", "リスク要因", "連絡先"],
                       ["押尾 真由美", 19, "2026/05/20", "未受診・若年・パートナー不明", "070-3318-2294"],
                       ["比嘉 香織", 34, "2026/06/02", "統合失調症で通院中、服薬中断歴", "080-5521-0967"],
                       ["日下部 恵", 27, "2026/04/28", "上の子2名が施設入所中、経済困窮", "090-1174-6630"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX case register of 12 children (name, DOB, address, abuse type) plus expectant mothers' mental illness, sent outside",
})

_p4 = people(7, "004")
_dx4 = ["自閉スペクトラム症（診断済）", "母：双極性障害", "ADHD疑い・未受診", "父：覚醒剤取締法違反で服役中",
        "本児：喘息で入退院", "母：知的障害（療育手帳B）", "特記なし"]
MESSAGES.append({
    "id": "jidosodanjo-004",
    "sender": MAKINO,
    "to": [KURAMOCHI, TSUJIMOTO, ARIMURA, SHINOMIYA],
    "subject": "今週の受理会議ケース（7件）",
    "charset": "iso-2022-jp",
    "body": "みなさん\n\n槙野です。木曜の受理会議で扱うケースです。Excelに貼れるようタブ区切りにしてあります。\n\n"
            "受付日\t児童氏名\t生年月日\t学年等\t経路\t特記事項\n"
            + "\n".join(f"4/{7 + i}\t{p.name}\t{p.dob('short')}\t{grade(p)}\t{['学校', '保育園', '近隣', '警察', '本人', '医療機関', '母'][i]}\t{_dx4[i]}"
                        for i, p in enumerate(_p4))
            + "\n\n資料は共有フォルダ「受理会議\\2026」に置いてあります。\n持ち出し禁止でお願いします。\n\n槙野\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "case list with diagnoses and a criminal record, but every recipient is internal",
})

MESSAGES.append({
    "id": "jidosodanjo-005",
    "sender": TSUJIMOTO,
    "to": [f"東小学校 教頭 <kyoto@{HIGASHI_ES}>", f"ひだまり保育園 <info@{HIDAMARI}>",
           f"みなみのこどもクリニック 相談室 <soudan@{KODOMO_CL}>",
           f"南野警察署 生活安全課 <seian@{POLICE}>", f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "個別ケース検討会議の開催について（ご案内）",
    "charset": "cp932",
    "body": """関係機関の皆様

いつも大変お世話になっております。
南野市子ども家庭支援センター（要対協調整機関）の辻本です。

下記のとおり個別ケース検討会議を開催いたしますので、ご出席をお願いいたします。

　日時：5月14日（木）15:30～17:00
　場所：南野市保健福祉会館3階　小会議室B
　対象：東雲地区のきょうだいケース（ケースA・ケースB）
　議題：(1) 現状の共有　(2) 各機関の役割分担　(3) 見守り体制の確認

ケースの詳細資料は当日配布・回収といたします。
ご出席者のお名前を5月12日（火）までにご返信ください。
""" + _sig("辻本 彩花", "相談員（要対協調整担当）", "a.tsujimoto@hinode-sangyo.co.jp", ext="23", style=2),
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five external organisations (school, nursery, clinic, police, CGC) all in To: should have been Bcc",
})

_p6 = people(6, "006")
MESSAGES.append({
    "id": "jidosodanjo-006",
    "sender": ARIMURA,
    "to": [f"南 祥子 <s-minami@{JISO}>"],
    "subject": "Re: 転入ケースの照会（6名分）",
    "charset": "utf-8",
    "body": """南様

お世話になっております。有村です。
照会の件、承知いたしました。6名分、住基と学校在籍を確認のうえ、
来週水曜（4/22）までにお電話でご回答します。

有村

On 2026/04/15 10:42, 南 祥子 wrote:
> 子ども家庭支援センター 有村様
>
> 県外から転入した下記のお子さんについて、在籍状況と
> 支援センターでの把握状況をご確認いただけますでしょうか。
>
""" + "\n".join(f"> {i + 1}. {p.name}（{p.kana}） {p.dob('kanji')}生  {p.addr}"
                for i, p in enumerate(_p6)) + """
>
> いずれも前住所地の児相から移管連絡があったケースです。
> よろしくお願いいたします。
>
> 埼玉県南野児童相談所 相談調査課 南
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list of six children is only in the quoted text of the CGC's own mail; the new text has no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-007",
    "sender": MAKINO,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "家庭訪問記録（鬼塚家）の送付",
    "charset": "iso-2022-jp",
    "body": """福士様

お世話になっております。槙野です。
本日の家庭訪問記録と、これまでの経過一覧を添付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

槙野 修平
南野市子ども家庭支援センター　TEL 049-237-5510
""",
    "attachments": [{
        "kind": "zip", "name": "20260416_訪問記録.zip", "password": "Kd7mN2q9",
        "files": [
            {"kind": "docx", "name": "家庭訪問記録_0416.docx",
             "paragraphs": ["家庭訪問記録", "訪問日：2026年4月16日 16:00", "対象：鬼塚 湊（H30.7.14生）",
                            "母は玄関先で対応。交際相手は不在。本児の左頬のあざは薄くなっている。"]},
            {"kind": "xlsx", "name": "経過一覧.xlsx",
             "sheets": {"経過": [["日付", "内容"], ["2025/11/20", "額の擦過傷で訪問"],
                                ["2026/04/15", "学校より通告"], ["2026/04/16", "家庭訪問"]]}},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the CGC: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "jidosodanjo-008",
    "sender": MAKINO,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "Re: 家庭訪問記録（鬼塚家）の送付【パスワード】",
    "charset": "iso-2022-jp",
    "body": """福士様

先ほどお送りした添付ファイルのパスワードです。

　Kd7mN2q9

槙野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "separate password mail: no attachment, no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-009",
    "sender": SONOBE,
    "to": [f"南野市 子ども家庭課 手当係 <teate@{CITY}>"],
    "subject": "里親委託児童に係る児童手当認定請求書の記載内容について",
    "charset": "utf-8",
    "body": f"""南野市 子ども家庭課 手当係 ご担当者様

お世話になっております。子ども家庭支援センター 里親支援担当の園部です。
4月1日付で委託となった児童について、受託里親の檜山様から認定請求書をお預かりしています。
記入漏れの確認のため、記載内容をお知らせします。原本は明日窓口へ持参いたします。

　請求者（里親）　：檜山 剛（ひやま つよし）
　生年月日　　　　：昭和57年11月3日
　住所　　　　　　：埼玉県南野市桜木町4丁目2番18号
　個人番号　　　　：{my_number(SEED + 1)}
　委託児童　　　　：鳴海 心春（令和2年2月9日生）
　委託日　　　　　：令和8年4月1日

個人番号欄が請求書では一部かすれておりましたので、上記で相違ないかご確認ください。
""" + _sig("園部 真理", "里親支援担当", "m.sonobe@hinode-sangyo.co.jp", ext="31"),
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a foster parent's My Number with name, DOB and address in the body to the city",
})

MESSAGES.append({
    "id": "jidosodanjo-010",
    "sender": SONOBE,
    "to": ["春日 恵 <megumi.kasuga1984@gmail.com>"],
    "subject": "次回の面会日程について",
    "charset": "utf-8",
    "body": """春日様

いつもありがとうございます。センターの園部です。
次回の面会ですが、以下の日程で調整がつきました。

　日時：5月9日（土）10:00～11:00
　場所：センター2階 プレイルーム
　当日は園部と心理士の篠宮が同席します。

駐車場は会館の裏手をご利用ください。ご都合が悪くなりましたら
センター（049-237-5510）までお電話ください。

園部
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one foster parent on free mail, schedule only",
})

MESSAGES.append({
    "id": "jidosodanjo-011",
    "sender": KURAMOCHI,
    "to": ["白川法律事務所 岡部先生 <okabe@shirakawa-law.co.jp>"],
    "subject": "法律相談のお願い（親権停止の可能性について）",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
岡部 拓真 先生

いつもお世話になっております。南野市子ども家庭支援センターの倉持です。
来週の定例法律相談で、以下のケースについてご意見を伺えればと存じます。

【概要】
・母　沼尻 久美子 氏（38歳）：アルコール依存症で南野中央病院に通院中、断酒できず。
・長女　沼尻 杏（中2）：昨年度から不登校、家事と弟の世話を担っている（ヤングケアラー）。
・母は医療的ケアの同意を拒否しており、弟（小3・喘息）の受診が途切れている。
・児相は親権停止の申立ても視野に入れていると聞いています。

当日は資料をお持ちします。よろしくお願いいたします。
""" + _sig("倉持 祐介", "センター長", "y.kuramochi@hinode-sangyo.co.jp"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.co.jp is a look-alike (other TLD) of the partner shirakawa-law.jp; also a named mother's alcohol dependence",
})

MESSAGES.append({
    "id": "jidosodanjo-012",
    "sender": MAKITA,
    "to": [f"錦印刷 営業部 大津様 <otsu@nishiki-insatsu.co.jp>"],
    "subject": "「南野市 子育て応援ガイド2026」入稿データについて",
    "charset": "cp932",
    "body": """錦印刷株式会社
営業部　大津様

いつもお世話になっております。
日の出産業 子ども家庭支援センターの蒔田です。

先日お見積りいただいた「子育て応援ガイド2026」の入稿データ（初校用PDF）をお送りします。
　・A5判 24ページ　中綴じ
　・部数：3,000部
　・納期：6月5日（金）センター着

p.12の地図は差し替え予定です。初校は紙で2部お願いいたします。
""" + _sig("蒔田 佳奈", "事務", "k.makita@hinode-sangyo.co.jp", style=2) + DISCLAIMER_JA,
    "attachments": [{
        "kind": "pdf", "name": "子育て応援ガイド2026_初校.pdf", "title": "子育て応援ガイド2026",
        "lines": ["南野市 子育て応援ガイド 2026", "",
                  "こんなときはご相談ください",
                  "・子育てに疲れた、イライラしてしまう",
                  "・子どもの発達が気になる",
                  "・家族のことで悩んでいる",
                  "",
                  "南野市子ども家庭支援センター　TEL 049-237-5510（平日 8:30～17:15）",
                  "児童相談所 虐待対応ダイヤル　189（いちはやく）",
                  "子育てひろば「ぽかぽか」　南野市栄町1-3-2　TEL 049-237-8800"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print job to a partner with a brochure PDF (public phone numbers) and the standard confidentiality disclaimer",
})

MESSAGES.append({
    "id": "jidosodanjo-013",
    "sender": SHINOMIYA,
    "to": [f"東小学校 特別支援教育コーディネーター 益子先生 <mashiko-t@{HIGASHI_ES}>"],
    "subject": "栗林颯太さんの学校生活での配慮について",
    "charset": "utf-8",
    "body": """益子先生

お世話になっております。子ども家庭支援センター心理士の篠宮です。
先日お話しした2年1組の栗林颯太さんについて、保護者の了解を得ましたのでお伝えします。

・3月にあおぞらこころのクリニックでADHD（注意欠如・多動症）と診断されています。
・4月からコンサータ18mgを朝1回服用。午後に効果が切れて落ち着かなくなることがあります。
・食欲が落ちる副作用があり、給食を残すことが増えるかもしれません。
・座席は前方、指示は短く一つずつ、が家庭でも有効とのことです。

ご家庭は母子世帯で、母は夜勤のある仕事のため、連絡は夕方以降の電話が確実です。
次回のケース会議で学校での様子を伺えれば幸いです。

篠宮 遼（公認心理師）
南野市子ども家庭支援センター
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named pupil's ADHD diagnosis and medication sent to the school: health data of one person",
})

_p14 = people(16, "014", child=False)
MESSAGES.append({
    "id": "jidosodanjo-014",
    "sender": SONOBE,
    "to": [f"フォスタリング機関きずな 野々村様 <nonomura@{FOSTER}>"],
    "subject": "里親登録家庭一覧（南野市内分）",
    "charset": "cp932",
    "body": """野々村様

お世話になっております。園部です。
リクルート研修の案内送付用に、南野市内の登録里親家庭の一覧をお送りします。
CSV（Shift_JIS）です。受託状況は4月1日現在です。

よろしくお願いします。
園部
""",
    "attachments": [{
        "kind": "csv", "name": "satooya_minamino_20260401.csv", "encoding": "cp932",
        "rows": [["登録番号", "種別", "里父氏名", "里母氏名", "住所", "電話", "里父生年月日", "里母生年月日", "受託状況"]]
        + [[f"埼里-{1200 + i * 13}", ["養育", "養育", "専門", "親族", "養子縁組希望", "養育", "養育", "専門"][i],
            _p14[2 * i].name, f"{_p14[2 * i].sei} {_p14[2 * i + 1].mei}", _p14[2 * i].addr,
            _p14[2 * i].home, _p14[2 * i].dob("iso"), _p14[2 * i + 1].dob("iso"),
            ["受託中(1名)", "未委託", "受託中(2名)", "受託中(1名)", "未委託", "休止中", "受託中(1名)", "未委託"][i]]
           for i in range(8)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "CSV list of eight foster households with names, addresses, phones and DOBs to an external NPO",
})

MESSAGES.append({
    "id": "jidosodanjo-015",
    "sender": MARUOKA,
    "to": ["ツバサシステム 営業部 西條様 <saijo@tsubasa-system.jp>"],
    "cc": [KURAMOCHI],
    "subject": "ケース管理システム改修に係る秘密保持契約書（案）の送付",
    "charset": "iso-2022-jp",
    "body": """株式会社ツバサシステム
営業部　西條様

いつもお世話になっております。日の出産業の丸岡です。

ケース管理システム改修のご提案にあたり、弊社法務で秘密保持契約書（案）を作成しました。
第3条（秘密情報の範囲）に、改修作業中に閲覧し得る相談記録・個人情報の扱いを明記しています。
御社法務部門でご確認のうえ、修正点がございましたら見え消しでご返送ください。

契約締結後、現行システムのデータ構成をご説明する打合せを設定させていただきます。

日の出産業株式会社
子ども家庭支援事業部　事業部長　丸岡 英明
TEL 03-5820-4410（本社）
""" + DISCLAIMER_JA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_ツバサシステム.docx", "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                       "甲が南野市から受託する子ども家庭支援センター事業に係るケース管理システムの改修に関し、"
                       "次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、前文の業務の検討及び実施のために甲が乙に開示する情報の取扱いを定める。",
                       "第3条（秘密情報）相談記録、児童及び保護者の個人情報その他甲が秘密である旨を示して開示した一切の情報をいう。",
                       "第7条（返還・廃棄）乙は、業務終了後、秘密情報を速やかに返還又は廃棄する。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a partner, draft contract attached, no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-016",
    "sender": SHIMADA,
    "to": [f"みなみのこどもクリニック 受付 <uketsuke@{KODOMO_CL}>"],
    "subject": "本日15時 受診のお願い（一時保護委託中の児童）",
    "charset": "cp932",
    "body": f"""みなみのこどもクリニック
小児科 ご担当者様

子ども家庭支援センター保健師の嶋田です。先ほどはお電話で失礼いたしました。
本日15時に下記児童の受診をお願いいたします。里親の方と私が同行します。

　氏名：宇佐美 律（うさみ りつ）　4歳
　生年月日：令和3年10月22日
　保険証：国民健康保険　記号 南野 12　番号 {fw('304417')}
　主訴：昨夜から38度台の発熱。頭部に打撲痕あり（一時保護前の受傷、児相把握済み）
　既往：熱性けいれん（令和5年）
　アレルギー：卵

受給者証（子ども医療費）は原本をお持ちします。
診療情報は児相にも共有させていただく予定です。

嶋田 朋美（保健師）
南野市子ども家庭支援センター　049-237-5510
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a child's health-insurance symbol/number with medical history and injury to a clinic",
})

MESSAGES.append({
    "id": "jidosodanjo-017",
    "sender": KURAMOCHI,
    "to": [f"南野市 子ども家庭課 課長 石動様 <isurugi@{CITY}>"],
    "cc": [MARUOKA],
    "subject": "令和8年度 業務改善計画書のご提出",
    "charset": "utf-8",
    "body": """南野市 子ども家庭課
石動課長

お世話になっております。子ども家庭支援センターの倉持です。
先月の事業評価でご指摘いただいた点を踏まえ、令和8年度の業務改善計画書を作成いたしました。
添付にてご提出いたします。

内容について来週中にご説明の機会をいただけますと幸いです。

倉持
""",
    "attachments": [{
        "kind": "pdf", "name": "R8業務改善計画書.pdf", "title": "令和8年度 業務改善計画書",
        "page_header": "部外秘", "page_footer": "部外秘 ― 日の出産業株式会社",
        "lines": ["【部外秘】", "令和8年度 南野市子ども家庭支援センター 業務改善計画書", "",
                  "1. 指摘事項への対応",
                  "  (1) 夜間・休日の連絡体制：オンコール当番を2名体制に変更（7月～）",
                  "  (2) 記録の遅延：訪問後48時間以内の入力を徹底、月次で遅延件数を報告",
                  "  (3) 職員の離職：処遇改善手当の新設（本社決裁済み）",
                  "2. 人員計画　相談員 6名 → 7名、心理士 1名 → 2名",
                  "3. 予算への影響　委託料の範囲内で対応（詳細は別紙）"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached plan is stamped 部外秘 and goes to an external recipient (the city)",
})

MESSAGES.append({
    "id": "jidosodanjo-018",
    "sender": ARIMURA,
    "to": [f"南野市社会福祉協議会 地域福祉係 <chiiki@{SHAKYO}>"],
    "subject": "市内の子ども食堂一覧（センター把握分）",
    "charset": "iso-2022-jp",
    "body": """社会福祉協議会 地域福祉係 御中

お世話になっております。子ども家庭支援センターの有村です。
先日お問い合わせのあった、センターで把握している子ども食堂の一覧です。
ご活用ください。

名称                    所在地                        電話            開催
----------------------------------------------------------------------------------
にじいろ食堂            南野市栄町1-3-2 ぽかぽか内     049-237-8800    毎週水 17時
みどりの台所            南野市緑が丘2-10-1 集会所      049-231-4402    第2・4土 12時
こども食堂ひまわり      南野市西原3-1-8 西原公民館     049-238-1190    毎週金 17時半
寺子屋キッチン          南野市宮前1-5-5 宮前寺         049-235-6627    第1日 11時
東雲みんなの食堂        南野市東雲4-2-20 東雲会館      049-232-0851    第3土 17時
わかばキッチン          南野市若葉台1-1-1 若葉台センター 049-239-7713  毎週火 17時
北野こども食堂          南野市北野2-8-3 北野教会       049-234-5090    第2・4木 17時
フードパントリー泉      南野市泉5-1-14 泉自治会館      049-236-3318    月1回（不定）

開催日は変更になることがあります。最新情報は各団体にご確認ください。

有村 千景
南野市子ども家庭支援センター　TEL 049-237-5510
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of children's cafeterias (venues, public phone numbers): businesses, not people",
})

MESSAGES.append({
    "id": "jidosodanjo-019",
    "sender": TSUJIMOTO,
    "to": [f"南野警察署 生活安全課 少年係 <seian@{POLICE}>"],
    "subject": "DVケースの情報共有（東海林家）",
    "charset": "iso-2022-jp",
    "body": """南野警察署 生活安全課
少年係　巡査部長 上条様

お世話になっております。子ども家庭支援センターの辻本です。
本日お電話でご相談した件について、当センターで把握している情報を共有いたします。

　父：東海林 浩二（しょうじ こうじ）　昭和60年5月21日生
　　　令和6年9月に妻への傷害で逮捕（南野署）、罰金刑。現在は別居中。
　母：東海林 美穂　平成2年8月8日生
　子：東海林 蓮（小4）、東海林 紬（年中）
　母子の現住所：埼玉県南野市泉3丁目11番6号（父には秘匿）

今週月曜に父が紬さんの保育園に現れ、「迎えに来た」と話したため園が母へ連絡、
母が110番通報しています。保護命令の申立てを母が検討中です。
周辺の警戒をお願いできればと存じます。
""" + _sig("辻本 彩花", "相談員", "a.tsujimoto@hinode-sangyo.co.jp", ext="23", style=1),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named father's arrest record and the DV victims' hidden address sent to the police",
})

MESSAGES.append({
    "id": "jidosodanjo-020",
    "sender": ARIMURA,
    "to": [f"緑が丘小学校 教頭 梶谷先生 <kajitani@{MIDORI_ES}>"],
    "cc": [f"南 祥子 <s-minami@{JISO}>", TSUJIMOTO],
    "subject": "5/20 三者打合せの件（A児）",
    "charset": "utf-8",
    "body": """梶谷先生
（cc：児童相談所 南様）

お世話になっております。子ども家庭支援センターの有村です。
先日ご相談いただいたA児の件で、学校・児相・センターの三者打合せを下記で設定しました。

　日時：5月20日（水）16:00～17:00
　場所：緑が丘小学校 校長室
　出席：学校（校長・教頭・担任）、児相（南様）、センター（有村・辻本）

当日の資料はセンターで用意します。
ご都合が悪い場合はお知らせください。

有村 千景
南野市子ども家庭支援センター
TEL 049-237-5510
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a three-way meeting with two external organisations; the child is not identified",
})

_p21 = people(7, "021")
_fin21 = ["1歳6か月健診未受診・電話不通", "3歳児健診で言葉の遅れ指摘、精密検査未受診", "体重増加不良（-2SD）",
          "1歳6か月健診未受診・転入直後", "3歳児健診で多動傾向、発達相談予約キャンセル", "母が産後うつで通院中",
          "4か月健診未受診・訪問不在2回"]
MESSAGES.append({
    "id": "jidosodanjo-021",
    "sender": SHIMADA,
    "to": [f"南野市保健センター 母子保健係 <boshi@{CITY}>"],
    "subject": "健診未受診・要フォロー児の共有（4月分）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'MS PGothic',sans-serif;font-size:10pt">
<p>保健センター 母子保健係 ご担当者様</p>
<p>お世話になっております。子ども家庭支援センター保健師の嶋田です。<br>
4月分の健診未受診・要フォロー児について、センターで把握している状況を共有します。<br>
地区担当保健師さんの訪問予定と重ならないよう調整させてください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>児童氏名</th><th>生年月日</th><th>保護者</th><th>連絡先</th><th>状況</th></tr>
""" + "\n".join(
        f"<tr><td>{i + 1}</td><td>{p.name}</td><td>{p.dob('short')}</td><td>{p.sei} {q.mei}</td>"
        f"<td>{q.mobile}</td><td>{_fin21[i]}</td></tr>"
        for i, (p, q) in enumerate(zip(_p21, people(7, "021a", child=False)))) + """
</table>
<p>よろしくお願いいたします。</p>
<p>嶋田 朋美（保健師）<br>南野市子ども家庭支援センター<br>TEL 049-237-5510</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of seven infants with DOB, guardian phone and health-check findings to the city health centre",
})

MESSAGES.append({
    "id": "jidosodanjo-022",
    "sender": KURAMOCHI,
    "to": ["さくらホテル 宴会・宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "6/18-19 研修会場および宿泊のご予約（日の出産業）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業株式会社の倉持と申します。
お電話でご案内いただいたとおり、下記のとおり予約をお願いいたします。

　研修会場：6月18日（木）13:00～17:00　「桜の間」スクール形式 40名
　宿泊　　：6月18日 シングル 3室（講師用）
　お支払い：クレジットカード（事前決済）
　　カード番号　{card_number(SEED + 101)}
　　有効期限　　09/28
　　名義　　　　YUSUKE KURAMOCHI

領収書の宛名は「日の出産業株式会社」でお願いいたします。

倉持 祐介
日の出産業株式会社 子ども家庭支援事業部
TEL 049-237-5510
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with expiry and holder name in the body to a hotel",
})

_p23 = people(4, "023", child=False)
MESSAGES.append({
    "id": "jidosodanjo-023",
    "sender": MAKITA,
    "to": [f"人事部 労務グループ <jinji-romu@{D}>"],
    "cc": [KURAMOCHI],
    "subject": "新任支援員4名の個人番号等（入社手続き）",
    "charset": "cp932",
    "body": "人事部 労務グループ ご担当者様\n\n"
            "子ども家庭支援センターの蒔田です。5月1日付で採用の支援員4名の入社手続き書類の内容です。\n"
            "本人確認書類の写しは社内便で送付済みです。\n\n"
            + "\n".join(f"【{i + 1}】{p.name}（{p.kana}）\n　生年月日：{p.dob('kanji')}\n"
                        f"　住所：〒{p.zip} {p.addr}\n　個人番号：{my_number(SEED + 2 + i)}\n"
                        for i, p in enumerate(_p23))
            + "\n以上、よろしくお願いいたします。\n蒔田\n",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "staff My Numbers, but sent only to the internal HR department",
})

MESSAGES.append({
    "id": "jidosodanjo-024",
    "sender": TSUJIMOTO,
    "to": [f"第二中学校 生徒指導主事 氏家先生 <ujiie@{DAINI_JH}>"],
    "subject": "個別ケース検討会議 記録（4/24開催分）",
    "charset": "utf-8",
    "body": """氏家先生

先日はご出席ありがとうございました。辻本です。
4/24の個別ケース検討会議の記録を添付いたします。
学校での役割分担（朝の声かけ、欠席2日目の家庭連絡）をご確認ください。

辻本
""",
    "attachments": [{
        "kind": "docx", "name": "個別ケース検討会議記録_20260424.docx", "title": "個別ケース検討会議記録",
        "paragraphs": ["個別ケース検討会議 記録", "日時：2026年4月24日（金）16:00～17:20　場所：第二中学校 会議室",
                       "出席：第二中（校長・氏家・担任 帯刀）、児相（福士）、センター（辻本・篠宮）",
                       "1. 世帯の状況", ""],
        "tables": [[["続柄", "氏名", "生年月日", "職業・所属", "健康状態等"],
                    ["父", "芦沢 達也", "S53.2.14", "建設業（日雇い）", "特記なし。飲酒時に暴言"],
                    ["母", "芦沢 亜希子", "S59.9.30", "無職", "うつ病で南野中央病院精神科に通院、服薬中"],
                    ["本児", "芦沢 莉子", "H24.6.5", "第二中3年", "リストカット痕あり（4月確認）"],
                    ["弟", "芦沢 朝陽", "H29.1.19", "東小3年", "喘息"],
                    ["祖母", "芦沢 久美子", "S25.12.1", "年金生活", "要介護2（認知症）"]],
                   [["役割", "担当機関", "内容"],
                    ["見守り", "第二中", "朝の声かけ、保健室での面談 週1回"],
                    ["家庭支援", "センター", "訪問 週1回、母の通院同行"],
                    ["心理", "児相", "本児の心理面接 月2回"]]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX meeting record with a table of five family members (DOB, depression, self-harm, dementia) sent to a school",
})

MESSAGES.append({
    "id": "jidosodanjo-025",
    "sender": SONOBE,
    "to": ["檜山 剛 <hiyama.tsuyoshi@gmail.com>", "春日 恵 <megumi.kasuga1984@gmail.com>",
           "mashiko-family@yahoo.co.jp", "國分 誠 <m.kokubun@icloud.com>",
           "猪俣 千佳 <chika-ino@outlook.jp>", "tatewaki.h-19@docomo.ne.jp"],
    "subject": "【ご案内】6月の里親サロン",
    "charset": "iso-2022-jp",
    "body": """里親の皆さま

いつもお世話になっております。子ども家庭支援センター里親支援担当の園部です。
6月の里親サロンのご案内です。

　日時：6月13日（土）10:00～12:00
　場所：南野市保健福祉会館3階 和室
　テーマ：「思春期の子どもとの関わり」
　　　　　先輩里親の体験談＋フリートーク
　託児：あり（要予約・6/6まで）

参加のご連絡は、このメールへのご返信でお願いします。

園部 真理
南野市子ども家庭支援センター　TEL 049-237-5510
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "six foster parents (private persons) can see each other's addresses in To: should have been Bcc",
})

# ======================================================================================
# 026-050
# ======================================================================================

MESSAGES.append({
    "id": "jidosodanjo-026",
    "sender": MAKITA,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "Re: 6/18 宿泊者のお名前について",
    "charset": "cp932",
    "body": """さくらホテル ご担当者様

お世話になっております。日の出産業の蒔田です。
6/18ご宿泊の講師の方のお名前と、当日の緊急連絡先をお知らせします。

　・帯刀 博之 様（清陵大学）　　　　　携帯 090-8824-1157
　・仲宗根 裕子 様（臨床心理士）　　　携帯 080-4410-2263
　・勅使河原 聡 様（弁護士）　　　　　携帯 070-2291-0384
　・蒔田 佳奈（弊社・引率）　　　　　　携帯 080-6637-9012

チェックインは17時半頃の予定です。
よろしくお願いいたします。

蒔田
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four guests' names and mobile numbers to the hotel: a short list, may be warned",
})

MESSAGES.append({
    "id": "jidosodanjo-027",
    "sender": ARIMURA,
    "to": [f"南 祥子 <s-minami@{JISO}>"],
    "subject": "Re: 進行管理台帳が開けません → 再送します",
    "charset": "utf-8",
    "body": """南様

ご連絡ありがとうございます。有村です。
ファイルが壊れていたようで申し訳ありません。保存し直したものを再送いたします。
これでも開けない場合はお電話ください。

有村

> 有村様
> 本日いただいた台帳ですが、Excelで開こうとすると
> 「ファイルが破損しています」と表示されます。お手数ですが再送をお願いします。
> 南
""",
    "attachments": [{"kind": "corrupt", "name": "進行管理台帳_R8.03末_再送.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "jidosodanjo-028",
    "sender": TSUJIMOTO,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "FW: 長期欠席児童の状況について（東小）",
    "charset": "iso-2022-jp",
    "body": """福士様

お世話になっております。辻本です。
東小学校から届いた長期欠席児童の一覧を転送します。
このうち2名（檜山さん、早乙女さん）は児相でも把握されているケースかと思いますので、
ご確認をお願いいたします。

辻本

---------- Forwarded message ---------
From: 東小学校 教頭 <kyoto@higashi-e.minamino.ed.jp>
Date: 2026年4月17日(金) 18:05
Subject: 長期欠席児童の状況について
To: 辻本 彩花 <a.tsujimoto@hinode-sangyo.co.jp>

子ども家庭支援センター 辻本様

4月の欠席状況（10日以上）を以下のとおりお知らせします。

学年  氏名            欠席日数  理由・状況
----  --------------  --------  ----------------------------------------
2-1   檜山 日向        12       母と連絡取れず。家庭訪問で不在
3-2   早乙女 心愛      14       「弟の世話がある」と本人。母は入院中
4-1   百目鬼 瑛太      10       起立性調節障害（診断書あり）
4-3   益子 詩          11       登校しぶり、腹痛の訴え
5-2   神崎 琉生        15       昼夜逆転、ゲーム依存の疑い
5-2   真壁 千尋        10       自閉スペクトラム症、教室に入れない
6-1   柘植 大和        13       父子家庭。父が朝いない
6-3   飯干 柚希        16       コロナ後から不登校、SC面談中

ご確認のほどよろしくお願いいたします。

南野市立東小学校 教頭 鳴海
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of a school's list of eight absent pupils with reasons incl. diagnoses: a forward is new text to the CGC",
})

_T029 = "T" + houjin("010401172943")
MESSAGES.append({
    "id": "jidosodanjo-029",
    "sender": f"経理部 請求担当 <keiri-seikyu@{D}>",
    "to": [f"南野市 子ども家庭課 庶務係 <shomu@{CITY}>"],
    "subject": "【請求書送付】南野市子ども家庭支援センター運営業務委託料（4月分）",
    "charset": "cp932",
    "body": f"""南野市 子ども家庭課 庶務係 御中

いつもお世話になっております。日の出産業株式会社 経理部です。
標記の件、4月分の請求書をお送りいたします。

　請求番号：HS-2604-0117
　請求金額：4,235,000円（税込）
　お支払期日：2026年5月29日
　登録番号：{_T029}

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。

日の出産業株式会社 経理部
〒101-0032 東京都千代田区岩本町3-8-2
TEL 03-5820-4400
""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2604-0117.pdf", "title": "請求書",
        "lines": ["請 求 書", "", "南野市長 様", "", "日の出産業株式会社",
                  f"登録番号 {_T029}", "〒101-0032 東京都千代田区岩本町3-8-2", "",
                  "件名：南野市子ども家庭支援センター運営業務委託料（令和8年4月分）",
                  "請求金額：￥4,235,000（うち消費税 ￥385,000）",
                  "振込先：みどり銀行 本店営業部 普通 1047725 ヒノデサンギヨウ（カ"],
        "table": [["品目", "数量", "単価", "金額"], ["運営業務委託料（4月分）", "1", "3,850,000", "3,850,000"],
                  ["消費税（10%）", "", "", "385,000"]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's T-number and company bank account: business data, no people",
})

MESSAGES.append({
    "id": "jidosodanjo-030",
    "sender": TSUJIMOTO,
    "to": ["槙野 修平 <s.makino@hinode-sangyou.co.jp>"],
    "subject": "明日の訪問メモ（百目鬼さん宅）",
    "charset": "utf-8",
    "body": """槙野さん

明日の同行訪問、よろしくお願いします。辻本です。
事前メモを送ります。

・百目鬼 瑛太くん（4年）　起立性調節障害で朝起きられず、4月は10日欠席
・母 百目鬼 由美子さん　パニック障害で心療内科通院、外出が難しい
・父は単身赴任中（名古屋）、月1回帰宅
・前回訪問時、台所に食べ物がほとんどなかった

14:00にセンター出発でお願いします。

辻本
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain; carries health data",
})

MESSAGES.append({
    "id": "jidosodanjo-031",
    "sender": ARIMURA,
    "to": [f"南野市 子ども家庭課 相談係 <soudan@{CITY}>"],
    "subject": "4月分 相談対応実績（月次報告）",
    "charset": "utf-8",
    "body": """子ども家庭課 相談係 ご担当者様

お世話になっております。有村です。
4月分の相談対応実績を添付いたします（件数のみ、個人を特定する情報は含みません）。

・新規受付 38件（前年同月比 +6）
・うち虐待相談 14件（心理的 7、身体的 4、ネグレクト 3）
・家庭訪問 112回

ご確認よろしくお願いいたします。
""" + _sig("有村 千景", "相談員", "c.arimura@hinode-sangyo.co.jp", style=1),
    "attachments": [{
        "kind": "xlsx", "name": "月次実績_2026-04.xlsx",
        "sheets": {
            "集計": [["令和8年4月 相談対応実績"], [], ["区分", "新規", "継続", "計"],
                   ["養護相談（虐待）", 14, 96, 110], ["養護相談（その他）", 6, 31, 37],
                   ["保健相談", 3, 12, 15], ["障害相談", 4, 22, 26], ["非行相談", 1, 5, 6],
                   ["育成相談", 10, 44, 54], ["計", 38, 210, 248]],
            "年齢別": [["年齢区分", "件数"], ["0～2歳", 9], ["3～6歳", 11], ["小学生", 12], ["中学生", 5],
                     ["高校生等", 1]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate monthly statistics, no individual records",
})

MESSAGES.append({
    "id": "jidosodanjo-032",
    "sender": SHIMADA,
    "to": ["南野市国際交流協会 通訳派遣担当 <tsuyaku@minamino-ia.or.jp>"],
    "subject": "通訳派遣のお願い（タガログ語・5/21 乳児家庭訪問）",
    "charset": "iso-2022-jp",
    "body": """南野市国際交流協会
通訳派遣ご担当者様

お世話になっております。子ども家庭支援センター保健師の嶋田です。
下記のとおりタガログ語の通訳派遣をお願いいたします。

　日時：5月21日（木）10:00～11:30
　訪問先：埼玉県南野市西原2丁目14番9号 市営西原団地5-102
　対象：母　SANTOS MARIA CRISTINA（サントス マリア クリスティーナ）さん
　　　　1991年3月17日生　フィリピン国籍
　　　　在留カード番号 RT48172935PH
　　　　携帯 080-3952-6617（日本語は簡単な会話のみ）
　　　　乳児（生後2か月）の育児相談

派遣決定のご連絡をお待ちしております。

嶋田 朋美（保健師）
南野市子ども家庭支援センター TEL 049-237-5510
""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a mother's residence card number with DOB, address and phone to an external association",
})

_p33c = people(9, "033")
_p33a = people(9, "033a", child=False)
MESSAGES.append({
    "id": "jidosodanjo-033",
    "sender": MAKINO,
    "to": ["NPO法人みなみの学童クラブ 事務局 <jimukyoku@minamino-gakudo.or.jp>"],
    "subject": "見守り対象児童の緊急連絡先（夏休み期間）",
    "charset": "cp932",
    "body": "みなみの学童クラブ 事務局 ご担当者様\n\n"
            "お世話になっております。子ども家庭支援センターの槙野です。\n"
            "夏休み中、学童でお預かりいただく見守り対象児童の緊急連絡先です。\n"
            "Excelにそのまま貼り付けられるようタブ区切りにしています。\n\n"
            "児童氏名\t学年\t保護者氏名\t続柄\t携帯\t勤務先\n"
            + "\n".join(f"{c.name}\t{grade(c)}\t{c.sei} {a.mei}\t{'母' if a.sex == '女' else '父'}\t{a.mobile}\t049-23{i}-{4100 + i * 37}"
                        for i, (c, a) in enumerate(zip(_p33c, _p33a)))
            + "\n\n保護者に連絡がつかない場合はセンター（049-237-5510）へお電話ください。\n\n槙野\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated emergency contacts of nine children's guardians to an external after-school club",
})

MESSAGES.append({
    "id": "jidosodanjo-034",
    "sender": SONOBE,
    "to": [CENTER],
    "bcc": ["hiyama.tsuyoshi@gmail.com", "megumi.kasuga1984@gmail.com", "mashiko-family@yahoo.co.jp",
            "m.kokubun@icloud.com", "chika-ino@outlook.jp", "tatewaki.h-19@docomo.ne.jp",
            "numajiri_ken@ezweb.ne.jp", "sakaguchi.home@softbank.ne.jp"],
    "subject": "里親だより 第42号（5月）",
    "charset": "utf-8",
    "body": """里親の皆さま（BCCで一斉送信しています）

いつもありがとうございます。里親支援担当の園部です。
「里親だより」5月号をお届けします。

■ 6月の里親サロン
　6/13（土）10時～　テーマ「思春期の子どもとの関わり」
■ レスパイト・ケアの利用について
　今年度から年14日まで利用できるようになりました。詳しくはセンターへ。
■ 研修のお知らせ
　県の更新研修（7月・9月）の日程が決まりました。対象の方には個別にご連絡します。

園部 真理
南野市子ども家庭支援センター　TEL 049-237-5510
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "newsletter to foster parents correctly in Bcc; only free-mail recipients, no list visible",
})

MESSAGES.append({
    "id": "jidosodanjo-035",
    "sender": SHIMADA,
    "to": [f"南野中央病院 医療福祉相談室 <msw@{CHUO_HP}>"],
    "subject": "手術前のご相談（宗教上の理由による輸血拒否）",
    "charset": "utf-8",
    "body": """南野中央病院 医療福祉相談室
MSW 沖田様

お世話になっております。子ども家庭支援センター保健師の嶋田です。
6月に小児外科で手術予定の下記のお子さんについて、事前にご相談させてください。

　患者：小鳥遊 樹（たかなし いつき）くん　平成28年12月3日生（9歳）
　予定：6月上旬　鼠径ヘルニア手術（小児外科 大野医師）

ご両親は信仰する宗教の教義により輸血を拒否する意向を示しており、
「輸血が必要になっても同意しない」との書面を用意しているとのことです。
必要時の対応（児相による親権停止・保全処分の可能性を含む）について、
病院としての方針を事前に伺えればと思います。

嶋田
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's surgery and his parents' religion-based refusal of transfusion: religion and medical data",
})

_p36 = people(6, "036")
_alg36 = ["卵（アナフィラキシー歴あり・エピペン携帯）", "乳・乳製品", "なし（宗教上豚肉不可）", "小麦", "えび・かに", "なし"]
MESSAGES.append({
    "id": "jidosodanjo-036",
    "sender": MAKITA,
    "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
    "subject": "ショートステイ利用児童のお弁当手配（5/2～5/6）",
    "charset": "cp932",
    "body": """北国フーズ株式会社 給食事業部 ご担当者様

いつもお世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
連休中のショートステイ利用児童分のお弁当をお願いいたします。
アレルギー対応が必要な児童がおりますので、添付の一覧をご確認ください。

　期間：5月2日（土）～5月6日（水）　朝・昼・夕
　食数：児童6食＋職員2食

よろしくお願いいたします。
""" + _sig("蒔田 佳奈", "事務", "k.makita@hinode-sangyo.co.jp"),
    "attachments": [{
        "kind": "pdf", "name": "ショートステイ利用児童_食事配慮一覧.pdf", "title": "食事配慮一覧",
        "lines": ["ショートステイ利用児童 食事配慮一覧（5/2～5/6）", ""],
        "table": [["No", "氏名", "生年月日", "年齢", "アレルギー・配慮"]]
        + [[str(i + 1), p.name, p.dob("short"), f"{p.age()}歳", _alg36[i]] for i, p in enumerate(_p36)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of six children with DOB, allergies (anaphylaxis) and a religious diet to a catering partner",
})

MESSAGES.append({
    "id": "jidosodanjo-037",
    "sender": TSUJIMOTO,
    "to": [f"緑が丘小学校 校長 廣瀬先生 <hirose@{MIDORI_ES}>"],
    "subject": "Re: 先日のご相談の件",
    "charset": "iso-2022-jp",
    "body": """廣瀬校長先生

ご連絡ありがとうございます。辻本です。
ご相談の件、機密性の高い内容を含みますので、メールでのやりとりは控え、
来週の面談の場で直接お話しさせていただければと思います。

候補として、5月19日（火）または21日（木）の15時以降はいかがでしょうか。
学校へ伺います。

辻本 彩花
南野市子ども家庭支援センター　049-237-5510（内線23）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 only in passing; scheduling mail with no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-038",
    "sender": KURAMOCHI,
    "to": ["Case Transfer Desk <transfer@icsw-asiapacific.org>"],
    "subject": "CONFIDENTIAL - Case referral: child relocating to Cebu, Philippines",
    "charset": "utf-8",
    "body": """CONFIDENTIAL

Dear Ms. Reyes,

I am the director of the Minamino Child & Family Support Center, which the City of
Minamino has contracted to Hinode Sangyo Co., Ltd. We were referred to your desk by the
prefectural child guidance centre.

We would like to request follow-up support for the following child, whose mother has
informed us that they will move to Cebu City at the end of May:

  Child:   KIMURA Yuina, female, born 14 August 2017 (age 8)
  Mother:  KIMURA Jocelyn (née DELA CRUZ), born 2 February 1990
  Japan address until 31 May: 4-2-18 Sakuragicho, Minamino-shi, Saitama

Yuina was placed in temporary protective custody in 2024 after physical abuse by her
stepfather, who was later convicted of assault. She has been diagnosed with PTSD and
sees a child psychiatrist every month. The mother has cooperated with our support plan.

Could your partner agency in Cebu contact the family after their arrival? We can share
the support plan with the mother's consent.

Kind regards,
""" + _sig("Yusuke Kuramochi", "Director", "y.kuramochi@hinode-sangyo.co.jp", style=3) + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "mail classified CONFIDENTIAL with a named child's abuse history and PTSD diagnosis to an overseas organisation",
})

MESSAGES.append({
    "id": "jidosodanjo-039",
    "sender": KURAMOCHI,
    "to": ["Park Ji-yeon <jypark@seoul-familycenter.or.kr>"],
    "subject": "Your study visit to Minamino on 9 July - programme",
    "charset": "utf-8",
    "body": """Dear Ms. Park,

Thank you for your e-mail. We are pleased to welcome your delegation of eight from the
Seoul Family Support Center on Thursday 9 July.

Draft programme:
  10:00  Welcome and overview of the centre (Director Kuramochi)
  10:45  How the local child protection network works in Japan
  12:00  Lunch at the city hall cafeteria
  13:30  Visit to the parenting support plaza "Pokapoka"
  15:00  Q&A and wrap-up

An interpreter (Korean-Japanese) will be provided by the city. Please let us know of
any dietary requirements by 26 June. We will not be able to show case files or visit
families, for privacy reasons, but we are happy to discuss our anonymised statistics.

Best regards,
""" + _sig("Yusuke Kuramochi", "Director", "y.kuramochi@hinode-sangyo.co.jp", style=3) + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to a foreign partner about a study visit, with the standard disclaimer",
})

MESSAGES.append({
    "id": "jidosodanjo-040",
    "sender": SONOBE,
    "to": [f"児童相談所 里親担当 早乙女様 <saotome-r@{JISO}>"],
    "subject": "親族里親認定申請（祖母）の添付書類について",
    "charset": "cp932",
    "body": """児童相談所 里親担当　早乙女様

お世話になっております。園部です。
鳴海家の親族里親認定申請について、祖母の年金受給状況の確認書類が揃いました。
申請書の記載と照合いただく項目を以下にまとめます。

　申請者：鳴海 智子（なるみ ともこ）　昭和31年4月28日生
　住所　：埼玉県南野市富士見1丁目9番2号
　基礎年金番号：4127-385016
　年金の種類：老齢基礎年金・遺族厚生年金
　委託予定児童：鳴海 蒼（孫・小5）

年金証書の写しは本日郵送しました。よろしくお願いいたします。

園部 真理（里親支援担当）
""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a grandmother's basic pension number with name, DOB and address to the CGC",
})

_p41 = people(10, "041", child=False)
MESSAGES.append({
    "id": "jidosodanjo-041",
    "sender": SONOBE,
    "to": ["里親ひろば 事務局 <office@satooya-hiroba.or.jp>"],
    "subject": "会報発送用の名簿（旧システム出力）",
    "charset": "iso-2022-jp",
    "body": """里親ひろば 事務局 様

お世話になっております。園部です。
会報の発送先名簿を旧システムから出力しました（古いExcel形式です）。
住所変更のあった方は反映済みです。

園部
""",
    "attachments": [{
        "kind": "xls", "name": "kaiho_hassou_meibo.xls",
        "sheets": {"名簿": [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話"]]
                   + [[f"M{305 + i * 4}", p.name, p.kana, p.zip, p.addr, p.home] for i, p in enumerate(_p41)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with ten foster parents' names, addresses and phones to an NPO",
})

MESSAGES.append({
    "id": "jidosodanjo-042",
    "sender": MAKINO,
    "to": [f"ひだまり保育園 主任 水野先生 <mizuno@{HIDAMARI}>"],
    "subject": "RE: 木曜の訪問について",
    "charset": "cp932",
    "body": """水野先生

ご連絡ありがとうございます。槙野です。
木曜14時に園へ伺います。駐車場は園庭側をお借りします。
当日はセンターの保健師（嶋田）も同行します。

槙野

差出人: 水野 香織 <mizuno@hidamari-hoikuen.or.jp>
送信日時: 2026年5月11日 月曜日 17:32
宛先: 槙野 修平 <s.makino@hinode-sangyo.co.jp>
件名: 木曜の訪問について

槙野さま

いつもお世話になっております。ひだまり保育園の水野です。
すみれ組の比嘉 陽葵ちゃん（R2.6.18生）ですが、今週も月・火とお迎えが20時過ぎで、
お母さんからはお酒の匂いがしました。昨日は背中に古いあざのようなものがありました。
木曜に一度見ていただけますか。

水野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the child's details are only in the quoted original (差出人/送信日時); the new text is logistics",
})

MESSAGES.append({
    "id": "jidosodanjo-043",
    "sender": TSUJIMOTO,
    "to": [f"南野警察署 生活安全課 <seian@{POLICE}>"],
    "cc": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "協同面接の日程について（性被害の訴えがあった児童）",
    "charset": "iso-2022-jp",
    "body": """南野警察署 生活安全課 上条様
（cc：児童相談所 福士様）

お世話になっております。辻本です。
昨日ご連絡した件で、児相・警察・検察の協同面接（司法面接）の日程調整をお願いいたします。

　児童：芦沢 凛（あしざわ りん）さん　平成27年3月2日生（小5）
　概要：母の交際相手（40代）から、昨年秋ごろから複数回、身体を触られる等の性的被害を
　　　　受けていたと、学校の養護教諭に打ち明けた。本日から一時保護中。

面接まで本児に詳しい聞き取りはしないよう、学校にもお願いしてあります。
児相からは5/15（金）午後が候補と伺っています。

辻本
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "a named child as a victim of sexual abuse (crime victim) with DOB to the police and the CGC",
})

MESSAGES.append({
    "id": "jidosodanjo-044",
    "sender": MAKITA,
    "to": ["青葉運輸 南野営業所 <minamino@aoba-unyu.co.jp>"],
    "subject": "寄贈絵本の配送状況について（問合せ）",
    "charset": "utf-8",
    "body": """青葉運輸株式会社 南野営業所 御中

お世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
先週お願いした寄贈絵本の配送（市内保育園5か所あて）のうち、2件が未着とのことです。
お手数ですが配送状況をご確認いただけますでしょうか。

　お問合せ番号 4521-8830-1147　さくらんぼ保育園あて（10箱）
　お問合せ番号 4521-8830-1152　わかば認定こども園あて（8箱）

出荷日は5月7日（木）です。よろしくお願いいたします。

蒔田 佳奈
日の出産業株式会社 子ども家庭支援事業部　TEL 049-237-5510
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers and nursery names only: ordinary business mail to a partner",
})

_p45 = people(6, "045", child=False)
MESSAGES.append({
    "id": "jidosodanjo-045",
    "sender": SONOBE,
    "to": ["里親ひろば 研修係 <kenshu@satooya-hiroba.or.jp>"],
    "subject": "基礎研修 受講申込者（6名）",
    "charset": "utf-8",
    "body": "里親ひろば 研修係 様\n\n園部です。7月の里親基礎研修の受講申込者をお知らせします。\n"
            "受講票の送付をお願いします。\n\n"
            + "\n".join(f"■ 申込{i + 1}\n氏名：{p.name}（{p.kana}）\n生年月日：{p.dob('kanji')}\n"
                        f"住所：〒{p.zip} {p.addr}\n電話：{p.mobile}\n"
                        f"メール：{p.sei_roma.lower()}.{p.mei_roma.lower()}{p.y % 100}@{['gmail.com', 'yahoo.co.jp', 'icloud.com'][i % 3]}\n"
                        for i, p in enumerate(_p45))
            + "\n以上6名です。\n園部\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six applicants, one record per block (DOB, address, phone, e-mail) to an external NPO",
})

MESSAGES.append({
    "id": "jidosodanjo-046",
    "sender": ARIMURA,
    "to": ["ツバサシステム サポート <support@tsubasa-systen.jp>"],
    "subject": "【不具合報告】ケース記録の保存時にエラー",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業 子ども家庭支援センターの有村です。
本日10時頃から、ケース記録画面で「保存」を押すと
「E-3021 排他制御エラー」と表示され保存できません。
画面キャプチャを添付します。

・端末：センター事務室 PC-07
・ブラウザ：Edge 最新版
・発生頻度：毎回

至急ご確認をお願いいたします。

有村 千景
TEL 049-237-5510
""",
    "attachments": [{"kind": "png", "name": "error_E3021.png"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systen.jp is a look-alike of the partner tsubasa-system.jp (letter swapped)",
})

MESSAGES.append({
    "id": "jidosodanjo-047",
    "sender": MARUOKA,
    "to": ["ツバサシステム 営業部 西條様 <saijo@tsubasa-system.jp>"],
    "subject": "Re: お見積書（ケース管理システム改修）",
    "charset": "iso-2022-jp",
    "body": """西條様

お見積りありがとうございました。丸岡です。
社内で確認し、以下の構成で進めたいと考えております。

　項目                         数量   単価         金額
　-----------------------------------------------------------
　要件定義                     1式    800,000      800,000
　記録画面改修（排他制御）     1式    1,250,000    1,250,000
　帳票追加（進行管理台帳）     3帳票  180,000      540,000
　保守（年額）                 1年    360,000      360,000
　-----------------------------------------------------------
　合計（税抜）                                     2,950,000

帳票追加は3帳票に絞りました。正式見積の再発行をお願いいたします。

丸岡
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price table in a reply to a partner: business data only",
})

_p48 = people(5, "048")
_hx48 = ["アトピー性皮膚炎", "特記なし", "てんかん（服薬中）", "低出生体重児", "気管支喘息"]
MESSAGES.append({
    "id": "jidosodanjo-048",
    "sender": SHIMADA,
    "to": [f"みなみのこどもクリニック 受付 <uketsuke@{KODOMO_CL}>"],
    "subject": "予防接種・健康診断の予約（ショートステイ児童5名）",
    "charset": "cp932",
    "body": "みなみのこどもクリニック ご担当者様\n\n"
            "お世話になっております。子ども家庭支援センター保健師の嶋田です。\n"
            "5月20日（水）午後に、下記5名の健康診断と未接種分の予防接種をお願いいたします。\n"
            "保険証の写しは当日持参します。\n\n"
            "氏名　　　　　　生年月日　　　　保険者番号　　記号・番号　　　　既往\n"
            + "\n".join(f"{p.name:<8}　{p.dob('iso')}　　{['00112045', '06113021', '00112045', '31110027', '06113021'][i]}　"
                        f"　{['南野', '41-2208', '南野', '1207', '41-2208'][i]}・{5120 + i * 311}　　{_hx48[i]}"
                        for i, p in enumerate(_p48))
            + "\n\n嶋田 朋美（保健師）\n南野市子ども家庭支援センター　049-237-5510\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five children with health-insurance numbers and medical history to a clinic",
})

MESSAGES.append({
    "id": "jidosodanjo-049",
    "sender": KURAMOCHI,
    "to": [f"児童相談所 研修担当 <kenshu@{JISO}>", f"南野警察署 生活安全課 <seian@{POLICE}>"],
    "subject": "児童虐待対応 合同研修（7月）の日程について",
    "charset": "utf-8",
    "body": """児童相談所 研修担当 様
南野警察署 生活安全課 様

お世話になっております。子ども家庭支援センターの倉持です。
昨年好評だった児相・警察・センター合同の事例研修を、今年も7月に開催したいと考えております。

　候補日：7月8日（水）、7月15日（水）、7月22日（水）いずれも14:00～16:30
　会場：保健福祉会館 大会議室（定員60名）
　内容：模擬事例を用いたグループワーク（事例は架空のものを作成します）

各機関のご都合を6月5日までにお知らせください。

倉持
""" + _sig("倉持 祐介", "センター長", "y.kuramochi@hinode-sangyo.co.jp", style=2),
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To for a joint training; no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-050",
    "sender": SHINOMIYA,
    "to": ["清陵大学 帯刀先生 <tatewaki@seiryo-u.ac.jp>"],
    "subject": "ゲスト講義（6/3）のスライドについて",
    "charset": "utf-8",
    "body": """帯刀先生

お世話になっております。篠宮です。
6/3の「子ども家庭福祉論」ゲスト講義のスライドをお送りします。
事例は実際のケースをもとにしています。学生さんへの配布可否はご判断ください。

篠宮 遼
""",
    "attachments": [{
        "kind": "pptx", "name": "ゲスト講義_子ども家庭支援の現場から.pptx",
        "title": "子ども家庭支援の現場から",
        "slides": [["子ども家庭支援の現場から", "南野市子ども家庭支援センター 心理士 篠宮 遼"],
                   ["センターの役割", "要対協の調整機関", "家庭訪問・相談", "児相との連携"],
                   ["事例：真壁 千尋さん（小5・女子）", "自閉スペクトラム症の診断（令和4年、あおぞらこころのクリニック）",
                    "母は統合失調症で入退院を繰り返す", "令和7年 ネグレクトで一時保護 → 在宅支援へ"],
                   ["支援の経過", "週1回の家庭訪問", "学校の特別支援学級へ転籍", "母の訪問看護導入"],
                   ["ふりかえり", "機関連携で大切なこと"]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "lecture slides with a real, named child's diagnosis and her mother's mental illness to a university",
})

# ======================================================================================
# 051-075
# ======================================================================================

MESSAGES.append({
    "id": "jidosodanjo-051",
    "sender": SONOBE,
    "to": [f"児童相談所 里親担当 早乙女様 <saotome-r@{JISO}>"],
    "subject": "里親 國分様の連絡先変更について",
    "charset": "iso-2022-jp",
    "body": """早乙女様

お世話になっております。園部です。
里親の國分様から転居のご連絡がありましたので、お知らせします。

　氏名：國分 誠 様
　新住所：〒350-1136 埼玉県南野市宮前3丁目4番11号
　電話：049-235-7720（自宅）／090-5513-0842（携帯）
　転居日：5月16日

委託中のお子さんの学区は変わりません。
台帳の更新をお願いいたします。

園部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one foster parent's new address and phones to the CGC: a single record, may be warned",
})

_p52 = people(9, "052")
_p52a = people(9, "052a", child=False)
_n52 = ["母うつ病で通院、月2回利用", "父子家庭・父夜勤", "きょうだい3人、末子に発達遅滞", "母入院時のみ",
        "母が精神科入院中（措置入院歴）", "祖母介護でレスパイト", "DV避難中（所在秘匿）", "母ひとり親・障害年金受給",
        "本児に脳性まひ、医療的ケアあり"]
MESSAGES.append({
    "id": "jidosodanjo-052",
    "sender": KURAMOCHI,
    "to": ["こどもみらいサポート 事業推進部 <suishin@kodomo-mirai.co.jp>"],
    "cc": [MARUOKA],
    "subject": "ショートステイ事業の引継ぎ資料一式",
    "charset": "utf-8",
    "body": """株式会社こどもみらいサポート
事業推進部 ご担当者様

お世話になっております。日の出産業の倉持です。
6月から御社に移管となるショートステイ事業（西部地区）の引継ぎ資料をまとめてお送りします。
利用登録世帯の一覧（CSV）と、各世帯の留意事項（Word）が入っています。

来週の引継ぎ会議で補足いたします。よろしくお願いいたします。

倉持
""",
    "attachments": [{
        "kind": "zip", "name": "ショートステイ引継ぎ資料.zip",
        "files": [
            {"kind": "csv", "name": "利用登録世帯一覧.csv", "encoding": "utf-8",
             "rows": [["登録No", "児童氏名", "生年月日", "保護者氏名", "住所", "電話", "留意事項"]]
             + [[f"SS-{40 + i}", c.name, c.dob("dash"), f"{c.sei} {a.mei}", c.addr, a.mobile, _n52[i]]
                for i, (c, a) in enumerate(zip(_p52, _p52a))]},
            {"kind": "docx", "name": "世帯別留意事項.docx",
             "paragraphs": ["世帯別留意事項（抜粋）",
                            f"SS-44 {_p52[4].name}：母が精神科に措置入院歴あり。母の状態悪化時は児相へ連絡。",
                            f"SS-46 {_p52[6].name}：DV避難中。父からの問い合わせには一切応じないこと。",
                            f"SS-48 {_p52[8].name}：脳性まひ。経管栄養のため看護師配置日に限る。"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP with a CSV of nine households and notes on mental illness, DV and disability to another company",
})

MESSAGES.append({
    "id": "jidosodanjo-053",
    "sender": SHINOMIYA,
    "to": [f"ひだまり保育園 <info@{HIDAMARI}>", f"さくらんぼ保育園 園長 <encho@{SAKURANBO}>",
           f"わかば認定こども園 <office@{WAKABA}>"],
    "cc": [f"市立北野保育所 <kitano-hoiku@{CITY}>"],
    "subject": "保育者向け研修「気になる子への関わり方」のご案内",
    "charset": "utf-8",
    "body": """市内保育施設の園長先生・ご担当の皆様

お世話になっております。子ども家庭支援センター心理士の篠宮です。
今年度も保育者向けの研修を下記のとおり開催いたします。

　日時：6月24日（水）18:30～20:00
　会場：保健福祉会館3階 大会議室（オンライン併用）
　講師：篠宮 遼（公認心理師）
　内容：発達が気になる子どもへの声かけ、保護者との面談のコツ

参加人数を6月17日までにお知らせください。

篠宮
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations (three nurseries + city nursery) can see each other in To/Cc",
})

_p54 = people(5, "054")
MESSAGES.append({
    "id": "jidosodanjo-054",
    "sender": ARIMURA,
    "to": [TSUJIMOTO, MAKINO],
    "cc": [f"子ども家庭支援センター 共有 <kodomo-center@mail.{D}>"],
    "subject": "FW: 新年度 要配慮児童の引継ぎ（さくらんぼ保育園より）",
    "charset": "cp932",
    "body": "辻本さん、槙野さん\n\n有村です。さくらんぼ保育園から届いた引継ぎです。\n"
            "小学校へ上がった子たちなので、学校との連携の際に参考にしてください。\n\n"
            "-----Original Message-----\nFrom: さくらんぼ保育園 園長 <encho@sakuranbo-hoiku.jp>\n"
            "Sent: Monday, April 13, 2026 4:20 PM\nTo: 有村 千景\nSubject: 新年度 要配慮児童の引継ぎ\n\n"
            + "\n".join(f"・{p.name}（{p.dob('short')}生）　{s}"
                        for p, s in zip(_p54, ["食物アレルギー（卵）、母子家庭", "発達相談中、言葉の遅れ",
                                               "父の暴力で母子避難歴あり", "弱視で眼鏡使用",
                                               "母が外国籍（ベトナム）、日本語支援が必要"]))
            + "\n\nさくらんぼ保育園 園長 猪俣\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a nursery's list forwarded only to internal colleagues (incl. a mail. subdomain)",
})

MESSAGES.append({
    "id": "jidosodanjo-055",
    "sender": MAKITA,
    "to": ["北国フーズ CSR推進室 <csr@kitaguni-food.co.jp>"],
    "subject": "食材ご寄付のお礼",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
CSR推進室 ご担当者様

いつもお世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
先日はフードパントリー向けに、レトルト食品・缶詰など段ボール24箱分の食材をご寄付いただき、
誠にありがとうございました。

5月のパントリーでは市内の子育て世帯に配布させていただきました。
ご寄付の様子を次号の「センターだより」で紹介させていただいてもよろしいでしょうか。

今後ともよろしくお願いいたします。

蒔田 佳奈
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops a letter of the partner kitaguni-foods.co.jp: look-alike domain",
})

MESSAGES.append({
    "id": "jidosodanjo-056",
    "sender": ARIMURA,
    "to": [f"南 祥子 <s-minami@{JISO}>"],
    "subject": "市内保育施設の連絡先一覧（令和8年度版）",
    "charset": "utf-8",
    "body": """南様

お世話になっております。有村です。
ご依頼の市内保育施設の連絡先一覧（令和8年度版）を添付いたします。
園長の異動を反映しています。緊急時の連絡にご利用ください。

有村
""",
    "attachments": [{
        "kind": "xlsx", "name": "市内保育施設一覧_R8.xlsx",
        "sheets": {"保育所・認定こども園": [
            ["南野市内 保育施設一覧（令和8年4月1日現在）"],
            ["施設名", "種別", "所在地", "代表電話", "園長", "定員"],
            ["ひだまり保育園", "私立保育所", "南野市緑が丘1-4-7", "049-231-2206", "大野 恵", 90],
            ["さくらんぼ保育園", "私立保育所", "南野市栄町3-12-1", "049-233-5581", "猪俣 和也", 60],
            ["わかば認定こども園", "認定こども園", "南野市若葉台2-2-30", "049-239-1140", "井上 智子", 150],
            ["市立北野保育所", "公立保育所", "南野市北野1-1-5", "049-234-0021", "坂口 裕子", 80],
            ["市立東雲保育所", "公立保育所", "南野市東雲3-8-1", "049-232-0317", "清水 剛", 100],
            ["ほしのこ保育室", "小規模保育", "南野市中央4-6-2 2F", "049-230-9962", "森田 美穂", 19],
            ["キッズガーデン宮前", "企業主導型", "南野市宮前2-1-15", "049-235-4478", "石原 博之", 30]],
            "幼稚園": [["施設名", "所在地", "代表電話"],
                     ["南野ひかり幼稚園", "南野市泉1-20-3", "049-236-1105"],
                     ["聖マリア幼稚園", "南野市桜木町2-9-9", "049-233-8870"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of nurseries with switchboard numbers and head teachers' names: businesses, not people's records",
})

MESSAGES.append({
    "id": "jidosodanjo-057",
    "sender": MAKINO,
    "to": ["NPO法人ささえあいドライブ 事務局 <jimu@sasaeai-drive.or.jp>"],
    "subject": "送迎ボランティア登録（新規1名）",
    "charset": "cp932",
    "body": """ささえあいドライブ 事務局 御中

お世話になっております。子ども家庭支援センターの槙野です。
通院・面会送迎ボランティアに新たにご登録いただく方の情報です。
ボランティア保険の加入手続きをお願いいたします。

　氏名：蓮見 隆（はすみ たかし）
　生年月日：1962年10月5日
　住所：埼玉県南野市旭町1丁目17番3号
　運転免許証番号：第４０２１６８７１３３５０号（第一種普通・ゴールド）
　有効期限：2029年11月5日
　使用車両：トヨタ シエンタ（自家用）

免許証の写しは郵送いたします。

槙野 修平
南野市子ども家庭支援センター　TEL 049-237-5510
""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a volunteer's driver's licence number (full-width digits) with DOB and address to an NPO",
})

MESSAGES.append({
    "id": "jidosodanjo-058",
    "sender": TSUJIMOTO,
    "to": [f"第二中学校 生徒指導主事 氏家先生 <ujiie@{DAINI_JH}>"],
    "subject": "2年 神崎さんの件（警察からの連絡）",
    "charset": "utf-8",
    "body": """氏家先生

お世話になっております。辻本です。
2年3組の神崎 奏太さんについて、南野警察署から当センターに連絡がありましたので共有します。

・5月9日（土）夜、市内のドラッグストアで友人2名と万引きをして補導されました。
・3月にも深夜徘徊で補導歴があり、今回は児童相談所へ通告される見込みです。
・母によると、4月以降ほとんど家に帰らず、先輩の家に泊まっているとのこと。

学校での様子（出席状況、交友関係）を教えていただけますでしょうか。
近日中に母と面談予定です。

辻本 彩花
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named pupil's police custody (補導) and shoplifting: juvenile offence record sent to the school",
})

MESSAGES.append({
    "id": "jidosodanjo-059",
    "sender": CENTER,
    "to": [f"さくらんぼ保育園 園長 <encho@{SAKURANBO}>"],
    "subject": "子育てひろば「夏まつり」チラシ掲示のお願い",
    "charset": "iso-2022-jp",
    "body": """さくらんぼ保育園 園長 猪俣様

いつもお世話になっております。南野市子ども家庭支援センターです。
7月の子育てひろば「夏まつり」のチラシを作成しました。
園の掲示板に掲示していただけますと幸いです。紙のチラシは来週お届けします。

南野市子ども家庭支援センター
TEL 049-237-5510
""",
    "attachments": [{
        "kind": "pdf", "name": "natsumatsuri2026.pdf", "title": "子育てひろば 夏まつり",
        "lines": ["子育てひろば ぽかぽか「夏まつり」", "",
                  "日時：7月25日（土）10:00～12:00", "場所：子育てひろば ぽかぽか（南野市栄町1-3-2）",
                  "対象：0歳～就学前のお子さんと保護者", "内容：ヨーヨー釣り、スタンプラリー、手形アート",
                  "参加費：無料（申込不要）", "", "問合せ：南野市子ども家庭支援センター 049-237-5510"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "public event flyer to one nursery",
})

_p60 = people(6, "060", child=False)
MESSAGES.append({
    "id": "jidosodanjo-060",
    "sender": MAKINO,
    "to": [f"保健センター 地区担当 菅原様 <sugawara-h@{CITY}>"],
    "subject": "Re: 来週の訪問予定を教えてください",
    "charset": "cp932",
    "body": "菅原様\n\nお世話になっております。槙野です。\n来週のセンターの訪問予定は以下のとおりです。重なる世帯があればお知らせください。\n\n"
            + "\n".join(f"{['5/18(月)', '5/18(月)', '5/19(火)', '5/20(水)', '5/21(木)', '5/22(金)'][i]} "
                        f"{['10:00', '14:00', '13:30', '10:30', '15:00', '11:00'][i]}　{p.name} 様宅　{p.addr}　{p.mobile}"
                        for i, p in enumerate(_p60))
            + "\n\n槙野\n\n> 槙野さん\n> 地区担当の菅原です。来週、当方も乳児家庭訪問がありますので、\n"
              "> 重複を避けるためセンターの訪問予定を教えていただけますか。\n> 菅原\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the reply's new text adds six households' names, addresses and phones (the quoted question has none)",
})

MESSAGES.append({
    "id": "jidosodanjo-061",
    "sender": KURAMOCHI,
    "to": ["白川法律事務所 岡部先生 <okabe@shirakawa-law.jp>"],
    "subject": "28条申立て関係資料（鬼塚家）",
    "charset": "utf-8",
    "body": """岡部先生

お世話になっております。倉持です。
児相から依頼のあった家庭裁判所への28条申立てに関して、センター側の経過記録をPDFでお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。

倉持
""",
    "attachments": [{
        "kind": "pdf", "name": "経過記録_鬼塚家.pdf", "password": "hS2026oz",
        "lines": ["経過記録（鬼塚家）", "2025/11/20 額の擦過傷で家庭訪問",
                  "2026/04/15 学校より通告（左頬・上腕のあざ）", "2026/04/16 一時保護"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF: the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "jidosodanjo-062",
    "sender": MARUOKA,
    "to": [f"南野市 子ども家庭課 課長 石動様 <isurugi@{CITY}>"],
    "cc": [KURAMOCHI],
    "subject": "業務委託契約の変更協議書（案）について",
    "charset": "iso-2022-jp",
    "body": """南野市 子ども家庭課
石動課長

お世話になっております。日の出産業の丸岡でございます。
ショートステイ事業の一部移管に伴う委託契約の変更について、協議書（案）を作成しました。
第8条（個人情報の保護）は、引継ぎ時のデータ授受の手順を追記しています。
ご確認のほどよろしくお願いいたします。

日の出産業株式会社 子ども家庭支援事業部
事業部長 丸岡 英明
""",
    "attachments": [{
        "kind": "docx", "name": "変更協議書（案）.docx", "title": "業務委託契約変更協議書（案）",
        "paragraphs": ["業務委託契約変更協議書（案）",
                       "南野市（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                       "令和6年4月1日付で締結した南野市子ども家庭支援センター運営業務委託契約の一部を次のとおり変更する。",
                       "第2条（業務の範囲）ショートステイ事業（西部地区）を令和8年6月1日以降、業務の範囲から除く。",
                       "第5条（委託料）委託料を月額3,850,000円から月額3,520,000円（税抜）に変更する。",
                       "第8条（個人情報の保護）乙は、業務の引継ぎに際し、甲の立会いのもと、暗号化した媒体により"
                       "利用者情報を引き渡すものとし、引渡し後は乙の保有する複製を消去する。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract amendment draft that mentions personal-data handling but carries none",
})

_p63 = people(5, "063", child=False)
MESSAGES.append({
    "id": "jidosodanjo-063",
    "sender": MAKITA,
    "to": ["神田社会保険労務士事務所 <office@kanda-sr.jp>"],
    "subject": "資格取得届の作成依頼（センター職員5名）",
    "charset": "utf-8",
    "body": """神田社会保険労務士事務所
神田先生

お世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
6月1日入社の職員5名について、社会保険・雇用保険の資格取得届の作成をお願いいたします。
必要事項を添付のExcelにまとめました。

よろしくお願いいたします。
蒔田
""",
    "attachments": [{
        "kind": "xlsx", "name": "資格取得_202606.xlsx",
        "sheets": {
            "取得者": [["資格取得届 作成依頼（2026年6月1日入社）"],
                    ["氏名", "フリガナ", "性別", "生年月日", "住所", "個人番号", "基礎年金番号", "報酬月額"]]
            + [[p.name, p.kana, p.sex, p.dob("iso"), p.addr, my_number(SEED + 6 + i),
                f"{3100 + i * 217}-{402115 + i * 3391}", 240000 + i * 8000] for i, p in enumerate(_p63)],
            "扶養": [["被保険者", "被扶養者", "続柄", "生年月日"],
                   [_p63[1].name, f"{_p63[1].sei} 結菜", "長女", "2019/03/11"],
                   [_p63[3].name, f"{_p63[3].sei} 樹", "長男", "2021/09/27"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five employees' My Numbers and pension numbers in an XLSX to an outside labour-law office",
})

MESSAGES.append({
    "id": "jidosodanjo-064",
    "sender": ARIMURA,
    "to": ["kumi_s0712@yahoo.co.jp"],
    "subject": "Re: 相談の予約について",
    "charset": "iso-2022-jp",
    "body": """ご連絡ありがとうございます。
南野市子ども家庭支援センターの有村です。

ご希望の5月22日（金）10時から、センター2階の相談室でお待ちしております。
お子さんも一緒で大丈夫です。プレイルームに保育スタッフがおります。

当日ご都合が悪くなりましたら、049-237-5510までお電話ください。

有村 千景
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a parent on free mail gets an appointment time; nothing personal beyond her own address",
})

MESSAGES.append({
    "id": "jidosodanjo-065",
    "sender": SHINOMIYA,
    "to": ["仲宗根心理オフィス 仲宗根先生 <info@nakasone-shinri.jp>"],
    "subject": "職員研修の事前資料（対応マニュアル）",
    "charset": "cp932",
    "body": """仲宗根先生

お世話になっております。篠宮です。
来月の職員研修の事前資料として、センターの「初期対応マニュアル」をお送りします。
研修内容の検討にお使いください。

篠宮
""",
    "attachments": [{
        "kind": "docx", "name": "初期対応マニュアル_v3.docx", "title": "初期対応マニュアル",
        "page_header": "社外秘　日の出産業株式会社 子ども家庭支援事業部",
        "page_footer": "社外秘・複製禁止",
        "paragraphs": ["【社外秘】南野市子ども家庭支援センター 初期対応マニュアル（第3版）",
                       "1. 通告受理　通告は全件、受理票に記録し、当日中にセンター長へ報告する。",
                       "2. 緊急度判断　48時間以内に児童の安全を目視で確認する。",
                       "3. 児相送致の基準　一時保護の検討が必要な場合は、直ちに児童相談所へ連絡する。",
                       "4. 夜間・休日　オンコール当番（携帯）が一次対応する。"],
        "tables": [[["緊急度", "目安", "初動"], ["A", "生命の危険", "即時児相連絡・警察"],
                    ["B", "継続的な身体的虐待", "当日訪問"], ["C", "育児不安", "1週間以内に面談"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached manual is stamped 社外秘 in header, footer and title, sent to an outside trainer",
})

MESSAGES.append({
    "id": "jidosodanjo-066",
    "sender": KURAMOCHI,
    "to": ["若葉台自治会 会長 <kaicho@wakabadai-jichikai.jp>"],
    "subject": "地域説明会の資料をお送りします",
    "charset": "utf-8",
    "body": """若葉台自治会 会長様

お世話になっております。子ども家庭支援センターの倉持です。
6月6日の地域説明会でお話しする資料をお送りします。
当日はプロジェクターをお借りできれば助かります。

倉持
""",
    "attachments": [{
        "kind": "pptx", "name": "地域説明会_センターのご紹介.pptx", "title": "センターのご紹介",
        "page_footer": "南野市子ども家庭支援センター",
        "slides": [["南野市子ども家庭支援センターのご紹介", "2026年6月6日　若葉台自治会 地域説明会"],
                   ["センターの仕事", "子育ての相談（電話・来所・訪問）", "子育てひろばの運営", "関係機関のネットワーク"],
                   ["数字で見るセンター（令和7年度）", "相談受付 412件", "家庭訪問 1,285回", "ひろば利用 延べ9,800組"],
                   ["地域の皆さまへのお願い", "気になる子どもがいたら 189 またはセンターへ", "通告者の秘密は守られます"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "community presentation with aggregate figures only",
})

MESSAGES.append({
    "id": "jidosodanjo-067",
    "sender": SONOBE,
    "to": ["旅の窓トラベル 教育旅行部 <kyoiku@tabi-no-mado.co.jp>"],
    "subject": "海外研修プログラム参加者情報（里親委託中の生徒）",
    "charset": "utf-8",
    "body": """旅の窓トラベル 教育旅行部 ご担当者様

お世話になっております。南野市子ども家庭支援センター里親支援担当の園部です。
夏の高校生海外研修（オーストラリア）に参加する生徒の旅券情報をお送りします。
里親委託中のため、申込書の保護者欄は委託先の里親と児相の同意書で対応させていただきます。

　氏名（ローマ字）：HIGA ITSUKI
　氏名：比嘉 樹
　生年月日：2009年4月19日
　旅券番号：TS4082716
　旅券有効期限：2031年3月2日

よろしくお願いいたします。
""" + _sig("園部 真理", "里親支援担当", "m.sonobe@hinode-sangyo.co.jp", ext="31", style=1),
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foster child's passport number with name and DOB to a travel agency",
})

_p68 = people(7, "068", child=False)
_p68c = people(7, "068c")
_o68 = ["安定。中学受験の相談あり", "夜尿が続く、受診を勧めた", "実親との面会後に不安定",
        "里母の体調不良（腰痛）", "学校でのトラブル、担任と連携", "安定", "措置変更の検討（里父の転勤）"]
MESSAGES.append({
    "id": "jidosodanjo-068",
    "sender": SONOBE,
    "to": [f"フォスタリング機関きずな 野々村様 <nonomura@{FOSTER}>"],
    "subject": "4月 里親家庭訪問実績",
    "charset": "utf-8",
    "body": "野々村様\n\n園部です。4月の訪問実績です。\n\n"
            + "\n".join(f"{p.name}様（{p.mobile}）／委託児 {c.mei}（{grade(c)}）／4/{3 + i * 4}／{o}"
                        for i, (p, c, o) in enumerate(zip(_p68, _p68c, _o68)))
            + "\n\n園部\n",
    "html": """<div style="font-family:Meiryo,sans-serif">
<p>野々村様</p><p>園部です。4月の訪問実績です。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>里親氏名</th><th>携帯</th><th>委託児童</th><th>学年</th><th>訪問日</th><th>所見</th></tr></thead>
<tbody>
""" + "\n".join(f"<tr><td>{p.name}</td><td>{p.mobile}</td><td>{c.name}</td><td>{grade(c)}</td>"
                f"<td>4/{3 + i * 4}</td><td>{o}</td></tr>"
                for i, (p, c, o) in enumerate(zip(_p68, _p68c, _o68))) + """
</tbody></table>
<p>園部</p></div>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven foster parents with mobile numbers and their foster children (text + HTML table) to an external agency",
})

MESSAGES.append({
    "id": "jidosodanjo-069",
    "sender": MAKITA,
    "to": ["北国フーズ CSR推進室 <csr@kitaguni-foods.co.jp>"],
    "subject": "フードパントリー在庫状況（5月末）",
    "charset": "cp932",
    "body": """北国フーズ株式会社 CSR推進室 ご担当者様

お世話になっております。蒔田です。
フードパントリーの5月末在庫をCSVでお送りします。
米とミルクが不足気味です。次回のご寄付の参考にしていただければ幸いです。

蒔田
""",
    "attachments": [{
        "kind": "csv", "name": "pantry_stock_202605.csv", "encoding": "cp932",
        "rows": [["品目", "規格", "在庫数", "単位", "賞味期限（最短）"],
                 ["精米", "5kg", "3", "袋", "2026/09/30"], ["粉ミルク", "800g缶", "2", "缶", "2027/01/15"],
                 ["レトルトカレー", "200g", "86", "個", "2027/04/01"], ["ツナ缶", "70g", "140", "個", "2028/02/28"],
                 ["紙おむつ", "Mサイズ", "12", "パック", "-"], ["パスタ", "500g", "45", "袋", "2027/08/31"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "inventory CSV to a partner: no people",
})

_p70 = people(10, "070")
_r70 = ["身体的虐待", "ネグレクト", "心理的虐待", "身体的虐待", "性的虐待", "ネグレクト", "保護者の精神疾患",
        "身体的虐待", "ネグレクト", "保護者の逮捕"]
MESSAGES.append({
    "id": "jidosodanjo-070",
    "sender": ARIMURA,
    "to": [f"南 祥子 <s-minami@{JISO}>"],
    "subject": "一時保護解除後フォロー対象児童一覧（PDF）",
    "charset": "iso-2022-jp",
    "body": """南様

お世話になっております。有村です。
一時保護解除後にセンターでフォローしている児童の一覧をPDFでお送りします。
次回の実務者会議の資料としてお使いください。

有村
""",
    "attachments": [{
        "kind": "pdf", "name": "解除後フォロー一覧_202605.pdf", "title": "一時保護解除後フォロー対象児童一覧",
        "lines": ["一時保護解除後 フォロー対象児童一覧（令和8年5月1日現在）", ""],
        "table": [["No", "氏名", "生年月日", "保護理由", "解除日", "住所"]]
        + [[str(i + 1), p.name, p.dob("kanji"), _r70[i], f"R{7 + i // 6}.{(i * 5) % 12 + 1}.{10 + i}", p.addr_short]
           for i, p in enumerate(_p70)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF table of ten children with DOB, address and the abuse that led to protective custody",
})

MESSAGES.append({
    "id": "jidosodanjo-071",
    "sender": MAKITA,
    "to": ["東雲会館 管理人 <kanri@shinonome-kaikan.jp>"],
    "subject": "7/25 会場使用時の緊急連絡先",
    "charset": "iso-2022-jp",
    "body": """東雲会館 管理人様

お世話になっております。子ども家庭支援センターの蒔田です。
7月25日（土）の「夏まつり」出張ひろばの当日連絡先をお知らせします。

　責任者：槙野 修平　080-2207-4416
　副責任者：蒔田 佳奈　080-6637-9012

鍵は前日17時に受け取りに伺います。

蒔田
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two staff mobile numbers for an event to the venue: a short list, may be warned",
})

_p72 = people(8, "072", child=False)
MESSAGES.append({
    "id": "jidosodanjo-072",
    "sender": ARIMURA,
    "to": ["マーケットリンク・リサーチ 調査部 <chousa@marketlink-research.co.jp>"],
    "subject": "利用者満足度調査 発送先データ（第1弾）",
    "charset": "utf-8",
    "body": """マーケットリンク・リサーチ 調査部 ご担当者様

お世話になっております。日の出産業 子ども家庭支援センターの有村です。
利用者満足度調査の調査票発送先データ（第1弾）をお送りします。
氏名は伏せて管理IDにしてあります。電話は督促用です。

ID,生年月日,郵便番号,住所,電話
""" + "\n".join(f"U{2600 + i * 19},{p.dob('dash')},{p.zip},{p.addr},{p.mobile}" for i, p in enumerate(_p72)) + """

第2弾は来週お送りします。

有村
""",
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight users' DOB, address and phone without a name column, comma-separated, to a research firm",
})

MESSAGES.append({
    "id": "jidosodanjo-073",
    "sender": TSUJIMOTO,
    "to": [f"緑が丘小学校 教頭 梶谷先生 <kajitani@{MIDORI_ES}>"],
    "subject": "関係機関連絡票の様式（最新版）",
    "charset": "cp932",
    "body": """梶谷先生

お世話になっております。辻本です。
先日お話しした「関係機関連絡票」と「見守りチェックシート」の最新様式をお送りします。
ZIPにまとめてあります（パスワードはかけていません）。

辻本
""",
    "attachments": [{
        "kind": "zip", "name": "様式_R8.zip",
        "files": [
            {"kind": "docx", "name": "関係機関連絡票.docx",
             "paragraphs": ["関係機関連絡票", "送付日：　　年　　月　　日", "送付元機関：", "対象児童：（氏名・学年）",
                            "連絡内容：", "センター記入欄："]},
            {"kind": "xlsx", "name": "見守りチェックシート.xlsx",
             "sheets": {"シート": [["見守りチェックシート"], ["日付", "出欠", "服装", "表情", "けが", "気づき"]]}},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank forms in an unencrypted ZIP to a school",
})

MESSAGES.append({
    "id": "jidosodanjo-074",
    "sender": SHINOMIYA,
    "to": [f"わかば認定こども園 主幹保育教諭 <office@{WAKABA}>"],
    "subject": "加配申請の添付資料について（氏家 芽依ちゃん）",
    "charset": "utf-8",
    "body": """わかば認定こども園
主幹保育教諭 坂口先生

お世話になっております。篠宮です。
保育士加配の申請に添付する資料の内容をお知らせします。

　氏家 芽依（うじいえ めい）ちゃん　令和3年5月12日生　年中組
　・ダウン症候群（染色体検査で確定診断）
　・療育手帳 A（令和5年交付）
　・心臓の手術歴あり（心室中隔欠損、令和4年に根治術）
　・週2回、市の療育センターに通所

医師意見書の写しは保護者から直接お渡しいただく予定です。

篠宮 遼（公認心理師）
南野市子ども家庭支援センター
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's disability (Down syndrome, 療育手帳 A) and surgery history to a nursery",
})

_p75 = people(5, "075", child=False)
MESSAGES.append({
    "id": "jidosodanjo-075",
    "sender": SONOBE,
    "to": [f"フォスタリング機関きずな 野々村様 <nonomura@{FOSTER}>"],
    "subject": "RE: 更新研修の対象者",
    "charset": "iso-2022-jp",
    "body": "野々村様\n\n園部です。一覧ありがとうございます。\n"
            "5名とも対象で間違いありません。センターからも個別に声をかけます。\n\n園部\n\n"
            "-----Original Message-----\nFrom: 野々村 <nonomura@fostering-kizuna.or.jp>\n"
            "Sent: Tuesday, May 12, 2026 9:14 AM\nTo: 園部 真理\nSubject: 更新研修の対象者\n\n"
            "園部さま\n今年度、登録更新の研修対象となる南野市内の里親さんです。ご確認ください。\n\n"
            + "\n".join(f"{p.name}　{p.addr}　{p.home}　登録満了 R8.{7 + i % 3}.31" for i, p in enumerate(_p75))
            + "\n\nきずな 野々村\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five foster parents' records are only in the quoted -----Original Message----- from the recipient",
})

# ======================================================================================
# 076-100
# ======================================================================================

MESSAGES.append({
    "id": "jidosodanjo-076",
    "sender": TSUJIMOTO,
    "to": [f"東小学校 教頭 <kyoto@{HIGASHI_ES}>"],
    "subject": "明日のケース会議資料",
    "charset": "utf-8",
    "body": """鳴海教頭先生

お世話になっております。辻本です。
明日のケース会議の資料を添付します。当日は紙でもお持ちします。

辻本
""",
    "attachments": [{"kind": "corrupt", "name": "ケース会議資料_0520.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
})

MESSAGES.append({
    "id": "jidosodanjo-077",
    "sender": MARUOKA,
    "to": [KURAMOCHI],
    "cc": [f"経営企画部 <keiki@{D}>"],
    "subject": "【社外秘】次期委託（R9～）プロポーザル対応方針",
    "charset": "iso-2022-jp",
    "body": """倉持さん

丸岡です。【社外秘】
南野市の次期委託（令和9年度～）のプロポーザルについて、経営企画と方針を整理しました。

・提案価格：現行比 +4%（処遇改善分）を上限とする
・競合：こどもみらいサポートが参入の意向との情報あり
・差別化：夜間オンコール体制、心理士2名体制、要対協事務局の実績

市側への事前の感触確認は、7月の定例協議の後に私から行います。
本件は社外に出さないようお願いします。

丸岡
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "marked 社外秘 but sent only to internal recipients",
})

MESSAGES.append({
    "id": "jidosodanjo-078",
    "sender": MAKINO,
    "to": ["民生委員 石原様 <ishihara.t55@docomo.ne.jp>", "民生委員 森田様 <morita-kumiko@ezweb.ne.jp>",
           "主任児童委員 野口様 <noguchi_m@softbank.ne.jp>"],
    "subject": "東雲地区 見守り訪問の分担について",
    "charset": "cp932",
    "body": """東雲地区の民生委員・主任児童委員の皆さま

いつもありがとうございます。子ども家庭支援センターの槙野です。
6月の見守り訪問の分担について、先日の地区会で決まった内容を共有します。

　第1週：石原様（1～2丁目）
　第2週：森田様（3丁目）
　第3週：野口様（4～5丁目）
　第4週：センター職員が同行して全体を回ります

対象世帯の一覧は、次回の地区会でお渡しします（その場で回収します）。
何かあればセンター（049-237-5510）までご連絡ください。

槙野
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons (welfare volunteers on carrier mail) can see each other's addresses in To",
})

MESSAGES.append({
    "id": "jidosodanjo-079",
    "sender": ARIMURA,
    "to": [f"社会福祉協議会 ボランティアセンター <volunteer@{SHAKYO}>"],
    "subject": "市内の児童館・子育て支援施設（ボランティア募集先）",
    "charset": "utf-8",
    "html": """<html><body>
<p>ボランティアセンター ご担当者様</p>
<p>お世話になっております。子ども家庭支援センターの有村です。<br>
夏休みの学生ボランティアの受入れ先として、以下の施設が受入れ可能とのことです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>施設名</th><th>所在地</th><th>電話</th><th>受入れ人数</th></tr>
<tr><td>南野市立中央児童館</td><td>南野市中央2-1-1</td><td>049-230-1515</td><td>4名</td></tr>
<tr><td>南野市立西原児童館</td><td>南野市西原1-9-4</td><td>049-238-2020</td><td>3名</td></tr>
<tr><td>南野市立北野児童館</td><td>南野市北野3-3-3</td><td>049-234-3131</td><td>2名</td></tr>
<tr><td>子育てひろば ぽかぽか</td><td>南野市栄町1-3-2</td><td>049-237-8800</td><td>3名</td></tr>
<tr><td>子育てひろば にこにこ</td><td>南野市泉2-6-10</td><td>049-236-0707</td><td>2名</td></tr>
<tr><td>学童クラブ みなみの</td><td>南野市宮前1-12-8</td><td>049-235-2244</td><td>5名</td></tr>
</table>
<p>申込方法は各施設に直接お問い合わせいただく形で構いません。</p>
<p>有村 千景<br>南野市子ども家庭支援センター（日の出産業株式会社）<br>TEL 049-237-5510</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of children's facilities with public phone numbers: a list of businesses",
})

MESSAGES.append({
    "id": "jidosodanjo-080",
    "sender": SHINOMIYA,
    "to": ["Prof. Daniel Whitfield <d.whitfield@seiryo-u.ac.jp>"],
    "subject": "Slides for our joint research meeting",
    "charset": "utf-8",
    "body": """Dear Prof. Whitfield,

Thank you for agreeing to review our plans. Please find attached the slides on the
redesign of our home-visiting service that we discussed with the head office last week.
They have not been shared with the city yet.

I look forward to our meeting on Friday.

Best regards,
Ryo Shinomiya
Clinical psychologist, Minamino Child & Family Support Center
""",
    "attachments": [{
        "kind": "pptx", "name": "HomeVisit_Redesign_draft.pptx", "title": "Home-visit service redesign (draft)",
        "page_footer": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
        "slides": [["Home-visit service redesign", "Draft for internal discussion", "Internal Only"],
                   ["Current issues", "Visit records entered late (avg. 4.2 days)", "Staff turnover 28% in FY2025",
                    "Night on-call handled by one person"],
                   ["Proposal", "Tablet-based visit notes", "Two-person on-call rota", "Risk screening at intake"],
                   ["Cost estimate", "Tablets: JPY 1.2M", "On-call allowance: JPY 3.6M / year"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides marked Internal Only on every page sent to an outside researcher",
})

MESSAGES.append({
    "id": "jidosodanjo-081",
    "sender": SHINOMIYA,
    "to": ["Prof. Daniel Whitfield <d.whitfield@seiryo-u.ac.jp>"],
    "subject": "Re: Aggregated data for the paper",
    "charset": "utf-8",
    "body": """Dear Prof. Whitfield,

As requested, here are the aggregated figures for FY2023-FY2025. Cells with fewer than
five cases have been suppressed ("<5") so that no family can be identified.
The city has approved their use for the paper.

Best regards,
Ryo

> Could you send the yearly counts by type of maltreatment and age group?
> Aggregated numbers are fine - we do not need any individual data.
""",
    "attachments": [{
        "kind": "xlsx", "name": "aggregated_FY2023-2025.xlsx",
        "sheets": {"by_type": [["Aggregated referrals, Minamino (FY2023-FY2025)"],
                               ["Type", "FY2023", "FY2024", "FY2025"],
                               ["Physical", 31, 36, 40], ["Neglect", 22, 25, 19], ["Psychological", 58, 64, 71],
                               ["Sexual", "<5", "<5", "<5"]],
                   "by_age": [["Age group", "FY2023", "FY2024", "FY2025"], ["0-2", 18, 20, 23], ["3-5", 25, 27, 26],
                              ["6-11", 49, 55, 58], ["12-17", 21, 26, 27]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated, suppressed statistics to a researcher; no individual records",
})

_p82 = people(5, "082")
_o82 = ["右太ももに5cm大の青あざ。本人「ころんだ」", "3日続けて同じ服、体臭あり", "頭部にたんこぶ、母は「ぶつけた」と説明",
        "お迎えの父が酒臭い。園で午睡中に泣き叫ぶ", "首に引っかき傷。発熱続くが受診していない"]
MESSAGES.append({
    "id": "jidosodanjo-082",
    "sender": TSUJIMOTO,
    "to": [f"福士 健吾 <k-fukushi@{JISO}>"],
    "subject": "転送：園からの報告（5名分）",
    "charset": "iso-2022-jp",
    "body": """福士様

辻本です。ひだまり保育園から今週分の気になる子の報告が届きましたので、元のメールを添付で転送します。
うち2名（1・3番）は先週の実務者会議で名前が挙がった子です。

辻本
""",
    "attachments": [{
        "kind": "eml", "name": "ひだまり保育園_今週の報告.eml",
        "message": {
            "sender": f"水野 香織 <mizuno@{HIDAMARI}>",
            "to": [TSUJIMOTO],
            "subject": "今週の報告（気になる子）",
            "charset": "iso-2022-jp",
            "body": "辻本さま\n\nひだまり保育園の水野です。今週の報告です。\n\n"
                    + "\n".join(f"{i + 1}. {p.name}（{p.dob('short')}生・{grade(p)}）\n   {o}"
                                for i, (p, o) in enumerate(zip(_p82, _o82)))
                    + "\n\nよろしくお願いします。\n水野\n",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an attached (forwarded) mail lists five children with DOB and injuries suggesting abuse, sent to the CGC",
})

MESSAGES.append({
    "id": "jidosodanjo-083",
    "sender": ARIMURA,
    "to": [f"社会福祉協議会 地域福祉係 <chiiki@{SHAKYO}>"],
    "subject": "FW: 【会場変更】6月実務者会議",
    "charset": "utf-8",
    "body": """社会福祉協議会 地域福祉係 様

有村です。市から会場変更の連絡がありましたので、元のメールを添付でお送りします。
社協からのご出席者にもお伝えください。

有村
""",
    "attachments": [{
        "kind": "eml", "name": "【会場変更】6月実務者会議.eml",
        "message": {
            "sender": f"南野市 子ども家庭課 <kodomo-katei@{CITY}>",
            "to": [ARIMURA],
            "subject": "【会場変更】6月実務者会議",
            "charset": "iso-2022-jp",
            "body": "関係機関各位\n\n6月10日（水）の要保護児童対策地域協議会 実務者会議ですが、\n"
                    "大会議室の空調工事のため、会場を市役所本庁舎5階 第3会議室に変更します。\n"
                    "時間に変更はありません（14:00～16:00）。\n\n南野市 子ども家庭課\n",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a forwarded notice of a venue change: no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-084",
    "sender": MAKITA,
    "to": ["みどり銀行 南野支店 法人営業課 <minamino-hojin@rnidori-ginko.co.jp>"],
    "subject": "里親手当の振込先変更（1件）",
    "charset": "cp932",
    "body": """みどり銀行 南野支店 法人営業課 御中

いつもお世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
総合振込で毎月お願いしている里親支援手当のうち、1件の振込先が変更となります。
6月振込分から下記でお願いいたします。

　受取人：猪俣 千佳 様
　旧：みどり銀行 南野支店 普通 2214587
　新：ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 3908176
　　　口座名義 イノマタ チカ

よろしくお願いいたします。

蒔田 佳奈
日の出産業株式会社 子ども家庭支援事業部　TEL 049-237-5510
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "rnidori-ginko.co.jp imitates the partner bank midori-ginko.co.jp (rn for m); carries a person's bank accounts",
})

MESSAGES.append({
    "id": "jidosodanjo-085",
    "sender": MAKITA,
    "to": ["ハローワーク南野 求人部門 <kyujin@hw-minamino.mhlw.go.jp>"],
    "subject": "求人票の記載内容変更について（家庭支援員）",
    "charset": "iso-2022-jp",
    "body": """ハローワーク南野 求人部門 ご担当者様

お世話になっております。日の出産業株式会社の蒔田です。
現在公開中の求人（求人番号 11080-04127561）について、以下のとおり変更をお願いいたします。

　職種：家庭支援員（南野市子ども家庭支援センター）
　賃金：月給 218,000円～ → 月給 226,000円～
　必要資格：社会福祉士・保育士・教員免許のいずれか（変更なし）
　休日：土日祝（月1回程度の休日当番あり）

よろしくお願いいたします。

日の出産業株式会社 子ども家庭支援事業部　蒔田
TEL 049-237-5510
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a job posting change: no personal data",
})

MESSAGES.append({
    "id": "jidosodanjo-086",
    "sender": SHIMADA,
    "to": [f"緑が丘小学校 養護教諭 <hoken@{MIDORI_ES}>"],
    "subject": "1年 國分 楓さんのご家庭について（情報提供）",
    "charset": "iso-2022-jp",
    "body": """緑が丘小学校 養護教諭 栗林先生

お世話になっております。子ども家庭支援センター保健師の嶋田です。
1年2組の國分 楓さんのご家庭について、学校にお伝えしておいた方がよいと思われる点を
お母さまの了解のもと共有します。

・お母さま（國分 久美子さん）は統合失調症で、5月から南野中央病院に入院中です。
・退院は7月頃の見込み。その間は祖父母宅（同じ学区内）から通学します。
・楓さんはお母さまの入院後、夜泣きと腹痛の訴えが増えています。

保健室で気になる様子があれば、センターの嶋田（049-237-5510）までご連絡ください。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named mother's schizophrenia and hospitalisation tied to her named child, sent to a school",
})

MESSAGES.append({
    "id": "jidosodanjo-087",
    "sender": SONOBE,
    "to": [f"児童相談所 里親担当 早乙女様 <saotome-r@{JISO}>"],
    "subject": "認定前研修 修了者（4名）のご報告",
    "charset": "utf-8",
    "body": """早乙女様

お世話になっております。園部です。
5月の認定前研修を修了された方をご報告します。
家庭調査の日程調整は児相から直接ご連絡いただけますと幸いです。

1) 百目鬼 和也 様　　TEL 090-3315-2287
2) 百目鬼 恵 様　　　TEL 080-7729-0153
3) 鬼塚 直樹 様　　　TEL 070-6621-4409
4) 四月一日 香織 様　TEL 049-233-1862

園部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four applicants' names and phones to the CGC: under five records, may be warned",
})

_p88 = people(8, "088")
_p88a = people(8, "088a", child=False)
MESSAGES.append({
    "id": "jidosodanjo-088",
    "sender": CENTER,
    "to": [f"社会福祉協議会 総務係 <somu@{SHAKYO}>"],
    "subject": "行事保険の加入者名簿（親子遠足 6/27）",
    "charset": "cp932",
    "body": "社会福祉協議会 総務係 御中\n\n"
            "お世話になっております。南野市子ども家庭支援センターです。\n"
            "6月27日の親子遠足（子育てひろば主催）の行事保険加入者名簿です。\n"
            "CSV形式で本文に貼り付けています。\n\n"
            "No,児童氏名,フリガナ,生年月日,保護者氏名,連絡先\n"
            + "\n".join(f"{i + 1},{c.name},{c.kana},{c.dob('wa')},{c.sei} {a.mei},{fw(a.mobile)}"
                        for i, (c, a) in enumerate(zip(_p88, _p88a)))
            + "\n\n引率職員3名は別途お知らせします。\n\n南野市子ども家庭支援センター　049-237-5510\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight children with kana, 和暦 DOB and guardians' full-width mobile numbers, comma-separated, to the council",
})

MESSAGES.append({
    "id": "jidosodanjo-089",
    "sender": ARIMURA,
    "to": [f"南 祥子 <s-minami@{JISO}>"],
    "subject": "Re: 明日の打合せ資料について",
    "charset": "iso-2022-jp",
    "body": """南様

有村です。明日の打合せの資料ですが、個人情報を含むため、メールではお送りせず
紙で2部持参いたします。打合せ後に回収させてください。

13時半に児相の1階受付に伺います。

有村
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "個人情報 mentioned only in passing; no personal data sent",
})

MESSAGES.append({
    "id": "jidosodanjo-090",
    "sender": SONOBE,
    "to": ["星野行政書士事務所 <info@hoshino-gyosei.jp>"],
    "subject": "在留期間更新申請のご依頼（一時保護中の児童）",
    "charset": "utf-8",
    "body": """星野行政書士事務所
星野先生

お世話になっております。南野市子ども家庭支援センターの園部です。
児童相談所からの依頼で、在留期間更新申請の書類作成をお願いしたく、ご連絡しました。

　氏名：NGUYEN THI BAO ANH（グエン ティ バオ アン）
　生年月日：2014年8月30日（11歳）　国籍：ベトナム
　旅券番号：C7719024
　在留カード番号：UH30571846LA
　在留資格：家族滞在（期限 2026年7月15日）

母の交際相手からの身体的虐待により、4月から児相が一時保護しています。
母は帰国の意向を示しており、本児の今後の在留資格についてもご相談させてください。

園部 真理（里親支援担当）
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a child's passport and residence card numbers plus her abuse history to an outside legal office",
})

_p91 = people(15, "091", child=False)
MESSAGES.append({
    "id": "jidosodanjo-091",
    "sender": MAKITA,
    "to": ["北国フーズ 配送センター <haisou@kitaguni-foods.co.jp>"],
    "subject": "食材宅配（こども宅食）6月分の配送先",
    "charset": "utf-8",
    "body": """北国フーズ株式会社 配送センター ご担当者様

お世話になっております。日の出産業 子ども家庭支援センターの蒔田です。
こども宅食 6月分の配送先一覧を添付いたします。
「配送先」シートに15世帯、「不在時対応」シートに置き配の可否をまとめています。

蒔田
""",
    "attachments": [{
        "kind": "xlsx", "name": "こども宅食_配送先_202606.xlsx",
        "sheets": {
            "配送先": [["こども宅食 配送先一覧（2026年6月）"], [],
                     ["世帯No", "代表者氏名", "郵便番号", "住所", "電話", "子ども人数", "配送日"]]
            + [[f"T{501 + i}", p.name, p.zip, p.addr, p.mobile, 1 + i % 4, ["第1水", "第3水"][i % 2]]
               for i, p in enumerate(_p91)],
            "不在時対応": [["世帯No", "置き配", "備考"]]
            + [[f"T{501 + i}", "可" if i % 3 else "不可", "インターホン故障" if i == 4 else ""] for i in range(15)],
            "集計": [["配送日", "世帯数"], ["第1水", 8], ["第3水", 7]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with fifteen households' names, addresses and phones to a delivery partner",
})

_p92 = people(6, "092")
MESSAGES.append({
    "id": "jidosodanjo-092",
    "sender": SHINOMIYA,
    "to": [f"心理チーム <shinri-team@mail.{D}>"],
    "cc": [KURAMOCHI],
    "subject": "心理面接 予定一覧（6月）",
    "charset": "utf-8",
    "body": """心理チームの皆さん

篠宮です。6月の心理面接の予定一覧（CSV）です。
新規の2名は発達検査（WISC-V）から入ります。

篠宮
""",
    "attachments": [{
        "kind": "csv", "name": "shinri_yotei_202606.csv", "encoding": "utf-8",
        "rows": [["氏名", "生年月日", "学年", "主訴", "診断", "頻度"]]
        + [[p.name, p.dob("iso"), grade(p), s, d, f]
           for p, s, d, f in zip(_p92, ["不眠・悪夢", "場面緘黙", "自傷", "トラウマ反応", "発達検査", "発達検査"],
                                 ["PTSD", "不安症", "うつ状態", "PTSD", "未", "未"],
                                 ["週1", "隔週", "週1", "隔週", "単発", "単発"])],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnoses of six children in a CSV, but sent only to an internal team address (mail. subdomain)",
})

MESSAGES.append({
    "id": "jidosodanjo-093",
    "sender": SONOBE,
    "to": [f"児童相談所 里親担当 早乙女様 <saotome-r@{JISO}>", f"フォスタリング機関きずな 野々村様 <nonomura@{FOSTER}>"],
    "cc": ["里親ひろば 事務局 <office@satooya-hiroba.or.jp>", f"社会福祉協議会 地域福祉係 <chiiki@{SHAKYO}>"],
    "subject": "里親支援連絡会（5/14）議事録",
    "charset": "iso-2022-jp",
    "body": """関係者各位

お世話になっております。園部です。
5月14日の里親支援連絡会の議事録をお送りします。

1. 里親リクルート
　・10月に「里親制度説明会」を市役所ロビーで開催（担当：きずな）
　・市報8月号に記事掲載を依頼（担当：センター）
2. レスパイト・ケア
　・受け入れ可能な里親家庭が不足。社協のファミサポ会員への周知を検討
3. 次回
　・8月20日（木）14:00～ 保健福祉会館

修正があれば5月22日までにお知らせください。

園部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations in To/Cc can see each other: should have been Bcc",
})

MESSAGES.append({
    "id": "jidosodanjo-094",
    "sender": TSUJIMOTO,
    "to": [f"南野警察署 生活安全課 <seian@{POLICE}>"],
    "subject": "パトロール強化のお願い（東雲4丁目付近）",
    "charset": "utf-8",
    "body": """南野警察署 生活安全課 上条様

お世話になっております。辻本です。
東雲4丁目の市営住宅付近で、夜間に小学生が一人で外にいるのを近隣住民が何度か目撃しています。
センターで把握している世帯（ひとり親・母は夜勤、小3男児）と思われますが、
まだ確認ができていません。

夜間（21時～23時頃）のパトロールを強化していただけないでしょうか。
子どもを見かけた際はセンターまでご一報いただけますと助かります。

辻本
""",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "no name, but area + family type + grade might identify the household: a privacy officer could go either way",
})

MESSAGES.append({
    "id": "jidosodanjo-095",
    "sender": SONOBE,
    "to": ["里親ひろば 事務局 <office@satooya-hiroba.or.jp>"],
    "subject": "レスパイト受け入れ可能な家庭（概要）",
    "charset": "cp932",
    "body": """里親ひろば 事務局 様

園部です。夏休みのレスパイト受け入れについて、受け入れ可能と回答のあった家庭の概要です。
お名前と連絡先は、マッチングが決まった段階でお伝えします。

　A家：南野市緑が丘　夫婦（50代）、実子なし、小学生まで可
　B家：南野市宮前　　夫婦（40代）＋実子（高1）、乳幼児可
　C家：南野市泉　　　里母のみ（60代）、未就学児のみ
　D家：南野市北野　　夫婦（30代）＋実子（年長）、男児のみ
　E家：南野市栄町　　夫婦（40代）、専門里親、障害のある子も可

園部
""",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "five households described by town, ages and family make-up but no names or contacts: arguably not identifiable",
})

_p96 = people(7, "096", child=False)
MESSAGES.append({
    "id": "jidosodanjo-096",
    "sender": SONOBE,
    "to": [f"研修担当 <kenshu@{D}>"],
    "subject": "里親研修 受講者名簿（会場手配用）",
    "charset": "iso-2022-jp",
    "body": "研修担当 御中\n\n園部です。7月の里親研修の受講者です。会場と宿泊の手配をお願いします。\n"
            "外部へ出す場合は人数だけにしてください。\n\n"
            "氏名　　　　　　　住所　　　　　　　　　　　　　　　　　電話\n"
            "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
            + "\n".join(f"{p.name:　<8}{p.addr_short:　<20}{fw(p.home)}" for p in _p96)
            + "\n\n園部\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "seven trainees' addresses and phones in padded columns, sent only to an internal team",
})

MESSAGES.append({
    "id": "jidosodanjo-097",
    "sender": KURAMOCHI,
    "to": ["Park Ji-yeon <jypark@seoul-familycenter.or.kr>"],
    "subject": "Re: Delegation members for 9 July",
    "charset": "utf-8",
    "body": """Dear Ms. Park,

Thank you for the list. We have passed the number of visitors (eight) to the city hall
for the building pass; no further details are needed on our side.

Looking forward to seeing you on 9 July.

Best regards,
Yusuke Kuramochi

On Mon, 15 Jun 2026 at 11:02, Park Ji-yeon <jypark@seoul-familycenter.or.kr> wrote:
> Dear Mr. Kuramochi,
>
> Here are our delegation members:
> 1. PARK Ji-yeon, born 1979-03-12, passport M48211093
> 2. KIM Min-su, born 1985-11-02, passport M70315528
> 3. LEE Hye-jin, born 1990-06-25, passport M22860417
> 4. CHOI Dong-hyun, born 1982-01-30, passport M91043376
> 5. JUNG Soo-ah, born 1994-09-08, passport M65520981
> 6. KANG Eun-ji, born 1988-12-14, passport M30378465
> 7. YOON Tae-ho, born 1976-04-19, passport M58742210
> 8. HAN Seo-yeon, born 1997-07-07, passport M14069853
>
> Best regards,
> Ji-yeon
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the delegation list with passport numbers is only in the quoted text of the recipient's own mail",
})

MESSAGES.append({
    "id": "jidosodanjo-098",
    "sender": SHINOMIYA,
    "to": [f"あおぞらこころのクリニック 予約受付 <yoyaku@{KOKORO_CL}>"],
    "subject": "初診予約のお願い（中学2年女子）",
    "charset": "cp932",
    "body": """あおぞらこころのクリニック
予約受付 ご担当者様

お世話になっております。南野市子ども家庭支援センター心理士の篠宮です。
児童精神科の初診予約をお願いしたく、ご連絡いたしました。

　氏名：柘植 咲良（つげ さくら）
　生年月日：平成２４年１０月３日（１３歳・中学２年）
　保護者：母 柘植 裕子　携帯 ０８０－４１７３－２２９５
　主訴：4月頃から手首の自傷が続いている。5月10日に市販薬の過量服薬で
　　　　南野中央病院に救急搬送（入院なし）。不眠、食欲低下。
　家族歴：母にうつ病の通院歴あり。

できるだけ早い日程でお願いできますと幸いです。
""" + _sig("篠宮 遼", "心理士", "r.shinomiya@hinode-sangyo.co.jp", ext="27", style=2),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named girl's self-harm and overdose with 和暦 DOB (full-width) and the mother's phone to a clinic",
})

MESSAGES.append({
    "id": "jidosodanjo-099",
    "sender": CENTER,
    "to": [f"東小学校 教頭 <kyoto@{HIGASHI_ES}>", f"さくらんぼ保育園 園長 <encho@{SAKURANBO}>"],
    "cc": [ARIMURA],
    "subject": "保幼小連携 交流会（7/8）のご案内",
    "charset": "utf-8",
    "body": """東小学校 教頭 鳴海先生
さくらんぼ保育園 園長 猪俣先生

いつもお世話になっております。南野市子ども家庭支援センターです。
保幼小連携の交流会を下記のとおり開催します。

　日時：7月8日（水）15:30～16:30
　場所：東小学校 図書室
　内容：年長児の学校見学、1年生との交流、先生方の情報交換（一般的な内容のみ）

ご出席いただける方のお名前をお知らせください。
担当：有村（049-237-5510）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To (school and nursery), internal Cc; no personal data",
})

_p100 = people(8, "100", child=False)
_r100 = ["統合失調症・服薬中断", "10代・未受診", "DV被害（保護命令発令中）", "知的障害（療育手帳B）",
         "アルコール依存症で治療中", "上の子が施設入所中", "うつ病・希死念慮の訴えあり", "HIV陽性、通院中"]
MESSAGES.append({
    "id": "jidosodanjo-100",
    "sender": SHIMADA,
    "to": [f"南野市 子ども家庭課 母子保健担当 <boshi@{CITY}>"],
    "subject": "特定妊婦・要支援家庭 一覧（5月更新）",
    "charset": "utf-8",
    "body": """子ども家庭課 母子保健担当 様

お世話になっております。嶋田です。
特定妊婦・要支援家庭の一覧を5月時点に更新しました。
「特定妊婦」シートに8名、「出産後」シートに出産済みの方を移しています。

嶋田
""",
    "attachments": [{
        "kind": "xlsx", "name": "特定妊婦一覧_2026-05.xlsx",
        "sheets": {
            "特定妊婦": [["特定妊婦 一覧（2026年5月15日更新）"],
                     ["氏名", "生年月日", "住所", "携帯", "出産予定日", "リスク要因", "担当"]]
            + [[p.name, p.dob("short"), p.addr, p.mobile, f"2026/{6 + i % 5:02d}/{3 + i * 3:02d}", _r100[i],
                ["嶋田", "辻本"][i % 2]] for i, p in enumerate(_p100)],
            "出産後": [["氏名", "出産日", "児の状況"],
                    ["押尾 真由美", "2026/05/02", "低出生体重（2,180g）、NICU入院中"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX of eight expectant mothers with address, phone and mental illness / HIV / DV victimhood to the city",
})
