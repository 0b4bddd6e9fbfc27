"""Blind corpus, area "haigusha": family and dependant allowances (家族手当・扶養手当・配偶者手当)
at 日の出産業 — spouses' income checks (配偶者の収入確認・課税証明書), children's school
certificates (在学証明書), dependants moving in or out (扶養追加・除外・同居・別居), and the yearly
audit of allowance eligibility run with the payroll outsourcer (ツバサシステム 給与BPOセンター), the
社労士 office, the health-insurance society, banks, schools, city tax offices and employees'
families on private mail.  Written blind from BRIEF.md (and the names in SPEC.md and the
message format of build.py) without reading mailguard's code or the other corpus files."""

import datetime as _dt
import random as _random

from build import card_number, my_number

SEED = 61001

# -- invented people for the longer lists ------------------------------------------------

_SEI = [("勅使河原", "テシガワラ"), ("五百旗頭", "イオキベ"), ("小鳥遊", "タカナシ"),
        ("東海林", "ショウジ"), ("百目鬼", "ドウメキ"), ("薬師寺", "ヤクシジ"),
        ("宇佐美", "ウサミ"), ("比嘉", "ヒガ"), ("仲宗根", "ナカソネ"), ("漆原", "ウルシバラ"),
        ("鬼頭", "キトウ"), ("我妻", "ワガツマ"), ("相楽", "サガラ"), ("桑畑", "クワハタ"),
        ("尾花", "オバナ"), ("溝呂木", "ミゾロギ"), ("喜屋武", "キャン"), ("越智", "オチ"),
        ("芦刈", "アシカリ"), ("鮫島", "サメジマ"), ("轟", "トドロキ"), ("檜垣", "ヒガキ"),
        ("千々岩", "チヂイワ"), ("鷲尾", "ワシオ"), ("猪狩", "イガリ"), ("柘植", "ツゲ"),
        ("皆川", "ミナガワ"), ("宮路", "ミヤジ"), ("野々村", "ノノムラ"), ("大豆生田", "オオマメウダ"),
        ("帯刀", "タテワキ"), ("十河", "ソゴウ"), ("久保寺", "クボデラ"), ("丹羽", "ニワ"),
        ("香取", "カトリ"), ("真壁", "マカベ"), ("祖父江", "ソブエ"), ("雨宮", "アメミヤ"),
        ("蓮見", "ハスミ"), ("五味", "ゴミ")]
_MEI_M = [("颯太", "ソウタ"), ("悠真", "ユウマ"), ("蒼", "アオイ"), ("湊", "ミナト"),
          ("陽翔", "ハルト"), ("律", "リツ"), ("樹", "イツキ"), ("朔也", "サクヤ"),
          ("恭平", "キョウヘイ"), ("将吾", "ショウゴ"), ("達彦", "タツヒコ"), ("正隆", "マサタカ"),
          ("健志", "タケシ"), ("慎之介", "シンノスケ"), ("賢太郎", "ケンタロウ"), ("洋介", "ヨウスケ")]
_MEI_F = [("結衣", "ユイ"), ("紬", "ツムギ"), ("凛", "リン"), ("澪", "ミオ"),
          ("千晶", "チアキ"), ("美穂", "ミホ"), ("佳奈子", "カナコ"), ("瑞希", "ミズキ"),
          ("朋美", "トモミ"), ("詩織", "シオリ"), ("早苗", "サナエ"), ("環", "タマキ"),
          ("里沙", "リサ"), ("帆乃香", "ホノカ"), ("葉月", "ハヅキ"), ("芙美", "フミ")]
_PLACES = [("332-0015", "埼玉県", "川口市", "川口"), ("273-0041", "千葉県", "船橋市", "旭町"),
           ("252-0206", "神奈川県", "相模原市中央区", "淵野辺"), ("178-0061", "東京都", "練馬区", "大泉学園町"),
           ("134-0091", "東京都", "江戸川区", "船堀"), ("305-0032", "茨城県", "つくば市", "竹園"),
           ("564-0011", "大阪府", "吹田市", "岸部南"), ("470-1202", "愛知県", "豊田市", "渡刈町"),
           ("663-8113", "兵庫県", "西宮市", "甲子園口"), ("251-0047", "神奈川県", "藤沢市", "辻堂"),
           ("183-0004", "東京都", "府中市", "紅葉丘"), ("277-0005", "千葉県", "柏市", "柏"),
           ("359-1141", "埼玉県", "所沢市", "小手指町"), ("432-8021", "静岡県", "浜松市中央区", "佐鳴台"),
           ("211-0063", "神奈川県", "川崎市中原区", "小杉町"), ("460-0012", "愛知県", "名古屋市中区", "千代田")]

_FW = str.maketrans("0123456789-.", "０１２３４５６７８９－．")


def _fw(text):
    """ASCII digits, hyphen and dot to full width."""
    return text.translate(_FW)


def _wareki(d, style="kanji"):
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return _fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def _people(salt, n, kind="mixed", child_years=(2003, 2024)):
    """n invented employees, each with one dependant (spouse, child or parent)."""
    rng = _random.Random(f"{SEED}-{salt}")
    sei = rng.sample(_SEI, n)
    out = []
    for i in range(n):
        s, sk = sei[i]
        male = rng.random() < 0.7
        em, emk = rng.choice(_MEI_M if male else _MEI_F)
        rel = kind if kind != "mixed" else rng.choice(["配偶者", "子", "子", "父母"])
        if rel == "配偶者":
            dm, dmk = rng.choice(_MEI_F if male else _MEI_M)
            rel_name = "妻" if male else "夫"
            dob = _dt.date(rng.randrange(1968, 1996), rng.randrange(1, 13), rng.randrange(1, 29))
        elif rel == "子":
            boy = rng.random() < 0.5
            dm, dmk = rng.choice(_MEI_M if boy else _MEI_F)
            rel_name = rng.choice(["長男", "次男"] if boy else ["長女", "次女"])
            dob = _dt.date(rng.randrange(*child_years), rng.randrange(1, 13), rng.randrange(1, 29))
        else:
            mother = rng.random() < 0.6
            dm, dmk = rng.choice(_MEI_F if mother else _MEI_M)
            rel_name = "実母" if mother else "実父"
            dob = _dt.date(rng.randrange(1940, 1958), rng.randrange(1, 13), rng.randrange(1, 29))
        zc, pref, city, town = rng.choice(_PLACES)
        out.append({
            "no": f"{rng.choice('HKN')}{rng.randrange(10000, 99999)}",
            "emp": f"{s} {em}", "emp_kana": f"{sk} {emk}",
            "dep": f"{s} {dm}", "dep_kana": f"{sk} {dmk}", "rel": rel_name, "dob": dob,
            "zip": zc, "addr": f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            "tel": f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "income": rng.randrange(0, 130) * 10000,
        })
    return out


# -- the people who write from 日の出産業 -------------------------------------------------

SIG_SAEKI = """
--
日の出産業株式会社 人事部 給与厚生課
佐伯 真澄（さえき ますみ）
〒104-0032 東京都中央区八丁堀3-14-7 日の出八丁堀ビル5F
TEL 03-5543-2180（内線2241）  FAX 03-5543-2189
saeki.masumi@hinode-sangyo.co.jp"""

SIG_MURASAME = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務グループ　村雨 拓海
TEL：03-5543-2183　／　携帯：なし
〒104-0032 東京都中央区八丁堀3-14-7
━━━━━━━━━━━━━━━━━━━━"""

SIG_KASHIMADA = """
-------------------------------------
日の出産業株式会社 大阪支社 総務課
鹿島田 葵 (Kashimada Aoi)
〒530-0047 大阪市北区西天満4-9-12
Tel 06-6362-7410 / Fax 06-6362-7411
-------------------------------------"""

SIG_EBATO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 給与厚生課 課長　江波戸 由紀
〒104-0032 東京都中央区八丁堀3-14-7
ＴＥＬ：03-5543-2180　ＦＡＸ：03-5543-2189
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KIRA = """
Best regards,
Nao Kira
Global Mobility, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-14-7 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel +81-3-5543-2195"""

SIG_IMAIZUMI = """
__________________________________
日の出産業株式会社 人事部 人事企画グループ
今泉 航
TEL 03-5543-2177 / imaizumi.wataru@hinode-sangyo.co.jp
__________________________________"""

SIG_SANTANDA = """
//
日の出産業(株) 名古屋工場 総務課
三反田 修
〒455-0027 愛知県名古屋市港区船見町2-31
TEL 052-661-3350（代）"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

SAEKI = "佐伯 真澄 <saeki.masumi@hinode-sangyo.co.jp>"
MURASAME = "村雨 拓海 <murasame.t@hinode-sangyo.co.jp>"
KASHIMADA = "鹿島田 葵 <kashimada-a@hinode-sangyo.co.jp>"
EBATO = "江波戸 由紀 <ebato.yuki@hinode-sangyo.co.jp>"
KIRA = "Nao Kira <kira.nao@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 航 <imaizumi.wataru@hinode-sangyo.co.jp>"
SANTANDA = "三反田 修 <santanda@hinode-sangyo.co.jp>"

# the payroll outsourcer (ツバサシステム 給与BPOセンター) and the other outsiders
BPO = "ツバサシステム 給与BPOセンター <payroll-bpo@tsubasa-system.jp>"
KUMAKIRI = "熊切 様 <kumakiri@tsubasa-system.jp>"
SAOTOME = "早乙女 玲奈 <saotome.r@tsubasa-system.jp>"
SR = "社会保険労務士法人みなと 氷室 <himuro@minato-sr.jp>"
KENPO = "関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"
GLOBALPAY = "Meridian Payroll Asia <jp-desk@meridian-payroll.com>"

MESSAGES = []

# ---------------------------------------------------------------- 001-020

_P12 = _people("internal-mynumber-roster", 25)
_P15 = _people("school-cert-status", 12, "子", (2003, 2010))

MESSAGES += [
    {
        "id": "haigusha-001",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "cc": ["村雨 拓海 <murasame.t@hinode-sangyo.co.jp>"],
        "subject": "【日の出産業】11月度 家族手当 変更者一覧の送付",
        "body": """ツバサシステム株式会社 給与BPOセンター
熊切様

いつもお世話になっております。日の出産業の佐伯です。

11月度給与分の家族手当（扶養追加・除外）変更者一覧をお送りいたします。
シート「追加」「除外」に分けております。支給・停止の開始月は各行の
「適用月」のとおりでお願いいたします。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx", "name": "家族手当変更者一覧_2025年11月度.xlsx",
            "title": "家族手当変更者一覧",
            "sheets": {
                "追加": [
                    ["2025年11月度 家族手当 変更者一覧（追加）", "", "", "", "", "", ""],
                    ["社員番号", "社員氏名", "扶養家族氏名", "続柄", "生年月日", "適用月", "手当月額"],
                    ["H30417", "神楽 雅人", "神楽 小春", "長女", "2025/08/19", "2025/11", 8000],
                    ["H28851", "苫米地 圭", "苫米地 裕子", "妻", "1991/03/07", "2025/11", 10000],
                    ["K41106", "舟木 沙耶", "舟木 大和", "長男", "2025/09/30", "2025/11", 8000],
                    ["N20339", "有働 勝利", "有働 キヨ", "実母", "1952/12/02", "2025/12", 5000],
                ],
                "除外": [
                    ["2025年11月度 家族手当 変更者一覧（除外）", "", "", "", "", "", ""],
                    ["社員番号", "社員氏名", "扶養家族氏名", "続柄", "生年月日", "停止月", "事由"],
                    ["H19772", "嵯峨 英明", "嵯峨 咲良", "長女", "2002/06/14", "2025/11", "就職"],
                    ["K37014", "阿久根 崇", "阿久根 瞳", "妻", "1988/10/21", "2025/11", "収入超過"],
                    ["H22508", "乙部 伸也", "乙部 陽菜", "次女", "2003/01/27", "2025/12", "婚姻"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 7 employees' dependants with names and dates of birth in an XLSX to the payroll outsourcer",
    },
    {
        "id": "haigusha-002",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [BPO],
        "subject": "12月度 手当変更データの締切日について",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

いつもお世話になっております。日の出産業 人事部の佐伯です。

年末のため、12月度の手当変更データ（家族手当・住宅手当）の締切を
通常の「10日」から「8日（月）正午」に前倒しさせていただけますでしょうか。
年末調整の扶養控除等申告書の回収スケジュールとも重なるため、
データ自体は例年どおり共有フォルダへ格納いたします。

ご都合が悪いようでしたらご一報ください。
何卒よろしくお願いいたします。
""" + SIG_SAEKI + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling mail to the outsourcer; the standard disclaimer is not a marking",
    },
    {
        "id": "haigusha-003",
        "charset": "cp932",
        "sender": MURASAME,
        "to": [SAOTOME],
        "subject": "Re: 扶養追加（配偶者）の個人番号について",
        "body": """早乙女様

お世話になっております。日の出産業の村雨です。
ご依頼のありました、扶養追加分の配偶者の個人番号をお知らせします。

　社員番号：K40288　社員氏名：鰐淵 康介
　配偶者氏名：鰐淵 里香（ワニブチ リカ）
　生年月日：平成4年7月15日
　個人番号：""" + my_number(SEED + 1) + """
　扶養開始日：2025年10月1日（婚姻による）

源泉徴収・年末調整への反映をお願いいたします。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a spouse's My Number in the body of a mail to the outsourcer",
    },
    {
        "id": "haigusha-004",
        "charset": "utf-8",
        "sender": KASHIMADA,
        "to": [KUMAKIRI],
        "subject": "家族手当 追加申請（出生）1件",
        "body": """熊切様

いつもお世話になっております。大阪支社総務の鹿島田です。
出生による家族手当の追加が1件ございますので、ご対応をお願いします。

・社員：楠瀬 智也（社員番号 N51930）
・対象：長男　楠瀬 陽向（くすのせ ひなた）
・生年月日：2025年9月3日
・手当開始：2025年10月分より（月額8,000円）

出生届の受理証明は本社人事部へ原本回付済みです。
""" + SIG_KASHIMADA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one dependant's record (name, date of birth) to the outsourcer: may warn, must go",
    },
    {
        "id": "haigusha-005",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [SAOTOME],
        "cc": [KUMAKIRI],
        "subject": "障害のある子の加算について（1名）",
        "body": """ツバサシステム　早乙女様
（cc：熊切様）

お世話になっております。日の出産業 佐伯です。

下記社員より、家族手当の「障害のある子」加算の申請がありました。
規程第12条により、12月分から加算額（月額6,000円）を上乗せ願います。

　社員：蔵元 義昭（H33610）
　対象の子：蔵元 航平（次男、平成22年5月8日生）
　身体障害者手帳　2級（肢体不自由・下肢機能障害）
　交付日：令和7年8月20日

手帳の写しは当社で保管しておりますので、貴社への送付はいたしません。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's disability (身体障害者手帳 2級) sent to the outsourcer",
    },
    {
        "id": "haigusha-006",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI, SR],
        "cc": [KENPO, SAEKI],
        "subject": "扶養状況確認（定期監査）キックオフ日程のご案内",
        "body": """関係各位

日の出産業 人事企画の今泉でございます。
本年度の扶養状況確認（家族手当・健康保険被扶養者）の定期監査につき、
キックオフ会議を下記のとおり開催いたします。

　日時：12月4日（木）14:00〜15:30
　場所：弊社本社 5F 第2会議室（Web併用）
　議題：対象抽出条件、提出書類（課税証明書・在学証明書）、回収スケジュール

ツバサシステム様、社労士法人みなと様、健康保険組合様にお声がけしております。
ご出欠を11月28日までにご返信いただけますと幸いです。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three external organisations in To/Cc see each other's addresses",
    },
    {
        "id": "haigusha-007",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [SAOTOME],
        "subject": "課税証明書の請求先（社員居住地の市区町村）一覧",
        "body": """早乙女様

お世話になっております。村雨です。
配偶者収入確認の件、社員が課税（所得）証明書を郵送請求する際の
請求先一覧を作りましたので共有いたします。社員向け案内に転記いただいて構いません。

市区町村            担当課              電話             郵送請求先
------------------  ------------------  ---------------  --------------------------------
川口市              市民税課            048-258-1110     〒332-8601 埼玉県川口市青木2-1-1
船橋市              市民税課            047-436-2211     〒273-8501 千葉県船橋市湊町2-10-25
相模原市            市民税課            042-754-1111     〒252-5277 相模原市中央区中央2-11-15
練馬区              税務課              03-3993-1111     〒176-8501 東京都練馬区豊玉北6-12-1
江戸川区            課税課              03-3652-1151     〒132-8501 東京都江戸川区中央1-4-1
吹田市              市民税課            06-6384-1231     〒564-8550 大阪府吹田市泉町1-3-40

※電話番号は各役所の代表番号です。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of city offices (business contacts), not people",
    },
    {
        "id": "haigusha-008",
        "charset": "cp932",
        "sender": SAEKI,
        "to": ["熊切 様 <kumakiri@tsubasa-sytem.jp>"],
        "subject": "扶養除外 2件（10月末付）",
        "body": """熊切様

いつもお世話になっております。日の出産業の佐伯です。
10月末付で扶養除外となる方が2名おりますので、11月度から家族手当の停止をお願いします。

1) 社員番号H26145 丸茂 直樹 ／ 妻 丸茂 真由美（昭和62年2月11日生）… パート収入超過
2) 社員番号K30982 雪野 貴之 ／ 長男 雪野 蓮（平成15年9月1日生）… 就職

よろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: tsubasa-sytem.jp (letters swapped) instead of the partner tsubasa-system.jp",
    },
    {
        "id": "haigusha-009",
        "charset": "cp932",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "cc": [SAOTOME],
        "subject": "配偶者収入確認の結果（手当停止対象）",
        "body": """ツバサシステム株式会社
熊切様、早乙女様

お世話になっております。江波戸です。
配偶者の収入確認（令和６年分課税証明書）の結果、下記６名は配偶者の年収が
規程の上限（１３０万円）を超えていたため、１２月度から配偶者手当を停止します。

社員番号　　社員氏名　　　　配偶者氏名　　　　配偶者生年月日　　　年収（円）
－－－－　　－－－－－－　　－－－－－－－　　－－－－－－－－　　－－－－－－
Ｈ２１３０７　東堂　孝之　　　東堂　明日香　　　昭和５９年１月１２日　１，４２０，０００
Ｋ３３４１８　百瀬　篤　　　　百瀬　千夏　　　　平成２年１０月３日　　１，３８６，５００
Ｈ２８０９２　神保　和真　　　神保　みゆき　　　昭和６１年６月２９日　１，５１２，０００
Ｎ４０１７５　巽　恵理子　　　巽　浩一　　　　　昭和５７年４月１８日　２，０４０，０００
Ｈ３５５６１　筧　優斗　　　　筧　美咲　　　　　平成５年１２月２５日　１，３０８，０００
Ｋ２７７４０　熊耳　拓郎　　　熊耳　礼子　　　　昭和６３年８月８日　　１，６６５，０００

過年度分の返還要否は別途ご相談させてください。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: six spouses with dates of birth and income, full-width padded columns in the body",
    },
    {
        "id": "haigusha-010",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": ["法務部 雲井 <kumoi@seiran-research.co.jp>"],
        "subject": "扶養実態調査業務に関する秘密保持契約書（案）の送付",
        "body": """株式会社セイラン・リサーチ
法務部 雲井様

お世話になっております。日の出産業の今泉です。
先日お打合せいたしました扶養実態調査業務の委託に先立ち、
秘密保持契約書（案）をお送りします。

第3条（秘密情報の範囲）に個人情報の取扱いを明記し、第7条で再委託の禁止を
定めております。ご確認のうえ、修正のご希望がございましたら見え消しでご返送ください。
""" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書（案）_日の出産業_セイランリサーチ.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社セイラン・リサーチ（以下「乙」という。）は、"
                "甲が乙に委託する扶養実態調査業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、本業務の遂行にあたり甲が乙に開示する秘密情報の取扱いを定める。",
                "第3条（秘密情報の範囲）秘密情報には、甲の従業員及びその家族の個人情報を含むものとする。",
                "第5条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                "第7条（再委託）乙は、甲の書面による事前の承諾なく本業務を第三者に再委託してはならない。",
                "第10条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                "（以下余白）",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約) with a draft contract: no marking, no personal data",
    },
    {
        "id": "haigusha-011",
        "charset": "iso-2022-jp",
        "sender": SANTANDA,
        "to": [SAOTOME],
        "subject": "名古屋工場 扶養家族一覧（年次確認分）",
        "body": """ツバサシステム　早乙女様

お世話になっております。名古屋工場総務の三反田です。
年次の扶養確認分、名古屋工場の扶養家族一覧をお送りします。
ZIPにパスワードを設定しております。パスワードは別メールにてお知らせします。

よろしくお願いいたします。
""" + SIG_SANTANDA,
        "attachments": [{
            "kind": "zip", "name": "nagoya_fuyou_2025.zip", "password": "Hn7#kq2025",
            "files": [{"kind": "csv", "name": "扶養家族一覧_名古屋.csv",
                       "rows": [["社員番号", "氏名", "扶養者", "続柄", "生年月日"]] +
                               [[p["no"], p["emp"], p["dep"], p["rel"], p["dob"].isoformat()]
                                for p in _people("nagoya-zip", 14)]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) that cannot be inspected",
    },
    {
        "id": "haigusha-012",
        "charset": "cp932",
        "sender": MURASAME,
        "to": ["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "cc": [SAEKI],
        "subject": "【社内】年末調整 扶養親族マイナンバー突合リスト",
        "body": """給与厚生課 各位

労務Gの村雨です。
扶養控除等申告書の扶養親族マイナンバーを、人事システム登録値と突合したリストです。
「不一致」は本人への再確認をお願いします。社外には出さないでください。

社員番号\t社員氏名\t扶養親族\t続柄\t生年月日\t個人番号\t突合
""" + "\n".join(
            f"{p['no']}\t{p['emp']}\t{p['dep']}\t{p['rel']}\t{_wareki(p['dob'], 'short')}\t"
            f"{my_number(SEED + 100 + i)}\t{'不一致' if i % 7 == 3 else '一致'}"
            for i, p in enumerate(_P12)) + "\n" + SIG_MURASAME,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "all recipients internal: a 25-row My Number list may circulate inside the company",
    },
    {
        "id": "haigusha-013",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [SR],
        "subject": "家族手当規程 改定案（配偶者手当の段階的廃止）ご相談",
        "body": """社会保険労務士法人みなと
氷室先生

いつも大変お世話になっております。日の出産業の江波戸です。
来年度から配偶者手当を段階的に縮小し、子の手当へ振り替える改定を検討しております。
改定案と移行シミュレーションを添付いたしますので、不利益変更の観点から
ご意見を賜れますでしょうか。

来週中にお打合せのお時間をいただけますと幸いです。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "xlsx", "name": "家族手当規程改定案_移行シミュレーション.xlsx",
            "page_header": "社外秘", "title": "家族手当規程 改定案",
            "sheets": {
                "改定案": [
                    ["【社外秘】家族手当規程 改定案（2026年4月施行予定）"],
                    ["区分", "現行（月額）", "2026年度", "2027年度", "2028年度"],
                    ["配偶者", 10000, 7000, 4000, 0],
                    ["子（1人につき）", 8000, 10000, 12000, 14000],
                    ["父母等", 5000, 5000, 5000, 5000],
                ],
                "影響額": [
                    ["対象者区分", "人数", "年間影響額（千円）"],
                    ["配偶者のみ", 142, -5112],
                    ["配偶者＋子", 318, 1908],
                    ["子のみ", 97, 2328],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached workbook carries a 社外秘 header and title row",
    },
    {
        "id": "haigusha-014",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "Re: 在学証明書 未提出者のご連絡",
        "body": """熊切様

ご連絡ありがとうございます。佐伯です。
未提出の5名には本日中に社内から督促いたします。
今月末までに提出がない場合は、ご指摘のとおり1月度から子の手当を停止で結構です。

""" + SIG_SAEKI + """

> 日の出産業 佐伯様
>
> お世話になっております。ツバサシステムの熊切です。
> 22歳到達年度までの子について在学証明書の提出をお願いしておりますが、
> 11月20日時点で下記の方が未提出です。
>
> H31742 宍戸 隆文 様 （長男 宍戸 悠斗 2005/04/11）
> K28015 仁科 奈美 様 （長女 仁科 茜 2004/09/30）
> H24907 御厨 敏行 様 （次男 御厨 快 2006/01/19）
> N39262 蒔田 圭吾 様 （長女 蒔田 葵衣 2005/12/02）
> H40558 浜尾 健 様   （長男 浜尾 匠 2004/07/23）
>
> 何卒よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the '>' quoted text the recipient already has",
    },
    {
        "id": "haigusha-015",
        "charset": "cp932",
        "sender": KASHIMADA,
        "to": [SAOTOME],
        "subject": "在学証明書 提出状況（大阪支社分）",
        "body": """早乙女様

いつもお世話になっております。大阪支社の鹿島田です。
大阪支社分の在学証明書の提出状況をCSVでお送りします。
「提出日」が空欄の方は現在督促中です。

どうぞよろしくお願いいたします。
""" + SIG_KASHIMADA,
        "attachments": [{
            "kind": "csv", "name": "在学証明書提出状況_大阪.csv", "encoding": "cp932",
            "rows": [["社員番号", "社員氏名", "子の氏名", "フリガナ", "続柄", "生年月日", "学校名", "学年", "提出日"]] + [
                [p["no"], p["emp"], p["dep"], p["dep_kana"], p["rel"], p["dob"].strftime("%Y/%m/%d"),
                 ["千里山学院大学", "摂津工業高等専門学校", "大阪北辰高等学校", "浪速看護専門学校"][i % 4],
                 f"{i % 4 + 1}年", "" if i % 5 == 2 else f"2025/11/{i + 5:02d}"]
                for i, p in enumerate(_P15)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: twelve children with names, kana, dates of birth and schools in a CP932 CSV",
    },
    {
        "id": "haigusha-016",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": [SR],
        "subject": "国民年金第３号被保険者関係届の作成依頼（１件）",
        "body": """社会保険労務士法人みなと
氷室様

いつもお世話になっております。日の出産業 労務グループの村雨です。
婚姻により配偶者を扶養に入れる社員がおりますので、
健康保険被扶養者（異動）届と第３号被保険者関係届の作成をお願いします。

【被保険者】　社員番号 H37729　鳴海 大地
【配偶者】　　鳴海 由香里（ナルミ ユカリ）
　　　　　　　生年月日：平成３年１１月２９日
　　　　　　　基礎年金番号：4127-658093
　　　　　　　住所：神奈川県横浜市港北区日吉本町4-22-8 コーポ日吉203（同居）
【扶養開始日】令和７年１０月１８日

婚姻届受理証明書のPDFは別途共有フォルダに格納いたします。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a spouse's 基礎年金番号 to the 社労士 office",
    },
    {
        "id": "haigusha-017",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [SR],
        "subject": "家族手当 受給状況の集計（部門別）",
        "body": """氷室先生

お世話になっております。江波戸です。
先日ご依頼いただいた家族手当の受給状況を、部門別の人数・金額で集計しました。
個人が特定されないよう、10名未満の部門は「その他」にまとめております。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "xlsx", "name": "家族手当_部門別集計_2025年10月.xlsx",
            "sheets": {
                "部門別": [
                    ["家族手当 受給状況（2025年10月支給分）"],
                    ["部門", "在籍者数", "受給者数", "配偶者", "子", "父母等", "支給総額（円）"],
                    ["本社管理部門", 214, 96, 61, 118, 4, 1582000],
                    ["営業本部", 388, 171, 109, 230, 9, 2975000],
                    ["名古屋工場", 452, 243, 177, 341, 22, 4608000],
                    ["大阪支社", 126, 58, 39, 71, 2, 968000],
                    ["その他", 37, 12, 8, 14, 0, 192000],
                    ["合計", 1217, 580, 394, 774, 37, 10325000],
                ],
                "推移": [
                    ["年度", "受給者数", "支給総額（千円）"],
                    ["2021", 612, 125400], ["2022", 603, 124100], ["2023", 596, 123800],
                    ["2024", 588, 123300], ["2025", 580, 123900],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics only: counts and totals by department, no person",
    },
    {
        "id": "haigusha-018",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["ochiai.kyoko@gmail.com", "minami_s1986@yahoo.co.jp",
               "t-hanyu@docomo.ne.jp", "yuri.kazama@icloud.com"],
        "subject": "【日の出産業】配偶者の所得証明書ご提出のお願い",
        "body": """日の出産業株式会社の社員のご家族（配偶者）の皆さま

突然のご連絡失礼いたします。日の出産業 人事部の佐伯と申します。
社員の方から、家族手当の書類はご家族のアドレスへ直接連絡してほしいと
ご依頼がありましたので、ご案内をお送りいたします。

家族手当（配偶者手当）の年次確認のため、令和7年度（令和6年分）の
課税（所得）証明書を12月15日までにご提出ください。
お住まいの市区町村の窓口またはコンビニ交付で取得できます。

提出方法：社員ご本人経由で人事部へ（封筒に「家族手当書類在中」と朱書き）

ご不明な点は下記までお問い合わせください。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: four private persons on free mail in To can see each other",
    },
    {
        "id": "haigusha-019",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["ayako.shimotsuki@yahoo.co.jp"],
        "subject": "所得証明書のご提出について（日の出産業 人事部）",
        "body": """霜月 綾子 様

日の出産業 人事部の佐伯でございます。
ご主人さまよりこちらのアドレスをお伺いし、ご連絡しております。

家族手当の年次確認のため、令和6年分の所得が記載された
課税（所得）証明書のご提出をお願いしております。
取得後、ご主人さま経由でご提出いただくか、下記住所へご郵送ください。

　〒104-0032 東京都中央区八丁堀3-14-7 日の出八丁堀ビル5F
　日の出産業株式会社 人事部 給与厚生課 家族手当担当

お手数をおかけしますが、よろしくお願い申し上げます。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private person on free mail, only a salutation and the company's own address",
    },
    {
        "id": "haigusha-020",
        "charset": "cp932",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "配偶者手当 継続の件（収入ゼロの理由）",
        "body": """熊切様

お世話になっております。江波戸です。
収入確認でご照会のあった件、社員本人に確認できましたのでご回答します。

社員番号K29953 鞍馬 俊介さんの配偶者 鞍馬 美紀さん（昭和60年3月3日生）は、
うつ病により今年2月から休職のうえ8月に退職され、現在も通院治療中とのことです。
このため令和7年の収入見込みはゼロで、配偶者手当は継続支給として差し支えありません。

診断書の写しは当社で確認済み・保管しております。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named spouse's diagnosis (うつ病) and treatment sent to the outsourcer",
    },
]

# ---------------------------------------------------------------- 021-040

_P27 = _people("audit-answers-docx", 10)
_P38 = _people("spouse-income-pdf", 9, "配偶者")

MESSAGES += [
    {
        "id": "haigusha-021",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "別居扶養（仕送り）確認結果",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>ツバサシステム 早乙女様</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
別居している父母・子を扶養とする社員について、仕送りの送金記録を確認しました。<br>
下表のとおり全員要件（年間72万円以上）を満たしておりますので、手当継続でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>社員氏名</th><th>扶養家族</th><th>続柄</th><th>扶養家族の住所</th><th>年間送金額</th></tr>
<tr><td>H27304</td><td>宇田川 亮</td><td>宇田川 トミ子</td><td>実母</td><td>秋田県横手市十文字町梨木字家東12</td><td>960,000</td></tr>
<tr><td>K31159</td><td>南雲 直人</td><td>南雲 悠</td><td>長男</td><td>京都府京都市左京区北白川東平井町8-3 ハイツ白川102</td><td>1,200,000</td></tr>
<tr><td>H35520</td><td>甘利 誠</td><td>甘利 幸三</td><td>実父</td><td>長野県上田市真田町長5771</td><td>840,000</td></tr>
<tr><td>N40016</td><td>石動 紗希</td><td>石動 ハル</td><td>実母</td><td>富山県小矢部市石動町9-14</td><td>780,000</td></tr>
<tr><td>H22871</td><td>磯辺 雅彦</td><td>磯辺 栞</td><td>長女</td><td>宮城県仙台市青葉区米ケ袋2-1-17 メゾン米ケ袋305</td><td>1,080,000</td></tr>
<tr><td>K26690</td><td>沖田 将</td><td>沖田 シヅ</td><td>祖母</td><td>鹿児島県薩摩川内市平佐町1822</td><td>720,000</td></tr>
<tr><td>H38842</td><td>角南 陽介</td><td>角南 芳江</td><td>実母</td><td>岡山県倉敷市児島味野3-9-6</td><td>900,000</td></tr>
<tr><td>N33075</td><td>葛城 理沙</td><td>葛城 蒼真</td><td>長男</td><td>北海道札幌市北区北十八条西5-2-11 ルミエール北18 4F</td><td>1,320,000</td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 給与厚生課<br>佐伯 真澄<br>TEL 03-5543-2180</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: eight dependants with home addresses in an HTML-only table",
    },
    {
        "id": "haigusha-022",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": [KUMAKIRI],
        "subject": "FW: 【ツバサ】家族手当 過払い候補者のご報告",
        "body": """熊切様

村雨です。下記、早乙女様からいただいたメールを念のため熊切様にも転送します。
6名とも社内で確認中ですので、結果が出ましたら改めてご連絡します。

-----Forwarded Message-----
From: 早乙女 玲奈 <saotome.r@tsubasa-system.jp>
To: 村雨 拓海 <murasame.t@hinode-sangyo.co.jp>
Subject: 【ツバサ】家族手当 過払い候補者のご報告

日の出産業 村雨様

ツバサシステムの早乙女です。
扶養データと年齢の突合により、下記の方に手当過払いの可能性があります。

H29011 春日 信吾　長女 春日 花音　2003/02/14　22歳到達年度超過
K33876 杉浦 亨　　妻　 杉浦 瞳　　1979/07/30　収入確認未了
H41207 塙 恭介　　長男 塙 大翔　　2002/11/05　22歳到達年度超過
N27754 羽鳥 修　　実父 羽鳥 勝　　1949/03/21　同居確認未了
H30662 坂東 美由紀 夫 坂東 健吾　1977/09/09　収入確認未了
K25193 湯浅 大輔　次男 湯浅 翼　　2003/08/27　22歳到達年度超過
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a forward of the outsourcer's own six-person list back to a colleague at the same outsourcer: new text in form, nothing new to that organisation",
    },
    {
        "id": "haigusha-023",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "cc": ["法人営業部 石神 <ishigami.k@midori-ginko.co.jp>"],
        "subject": "年末 給与・賞与振込データ授受日程の確認",
        "body": """ツバサシステム 熊切様
みどり銀行 法人営業部 石神様

いつもお世話になっております。日の出産業の江波戸です。
年末の給与・賞与振込データの授受日程を、三者で確認させてください。

　12月賞与：データ作成（ツバサ様）12/5 → 当社承認 12/8 → 銀行様へ伝送 12/9 → 振込日 12/12
　12月給与：データ作成 12/17 → 当社承認 12/18 → 伝送 12/19 → 振込日 12/24
　※家族手当の改定分（1月施行）は1月給与から反映

伝送方式・承認フローは従来どおりです。
問題がなければ本メールへのご返信は不要です。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (outsourcer and bank) in a normal three-way schedule mail",
    },
    {
        "id": "haigusha-024",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["みどり銀行 八丁堀支店 <hatchobori@midori-ginko.jp>"],
        "subject": "給与振込口座の変更について（1名）",
        "body": """みどり銀行 八丁堀支店 ご担当者様

いつもお世話になっております。日の出産業 人事部の佐伯です。
下記社員の家族手当・給与の振込口座が変更となりますので、
12月給与振込分からの反映をお願いいたします。

　社員氏名：小此木 健太郎（オコノギ ケンタロウ）
　変更前：みどり銀行 八丁堀支店 普通 3041827
　変更後：みどり銀行 船橋北口支店 普通 7715093

よろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: midori-ginko.jp drops the co. of the partner bank midori-ginko.co.jp",
    },
    {
        "id": "haigusha-025",
        "charset": "cp932",
        "sender": MURASAME,
        "to": [KENPO],
        "subject": "被扶養者異動届（削除）の件　記号番号のご連絡",
        "body": """関東機械工業健康保険組合　適用課 御中

いつもお世話になっております。日の出産業（事業所記号 ヒノデ）の村雨です。
先日郵送いたしました被扶養者（異動）届の件、お電話でお問い合わせいただいた
保険証の記号・番号をご連絡します。

　被保険者：篠宮 昌也
　被扶養者：篠宮 凛太郎（長男）　平成14年6月6日生
　被保険者証　記号 7310　番号 284（枝番 02）
　削除理由：就職（令和7年10月1日 勤務先の健康保険に加入）

保険証は回収済みで、届出に同封しております。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a dependant's health-insurance card 記号・番号 by e-mail",
    },
    {
        "id": "haigusha-026",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "Re: 扶養実態調査 追加作業のお見積り",
        "body": """熊切様

お見積りありがとうございました。江波戸です。
内容を確認しましたので、下記のとおり発注させていただきます。

　見積番号：TS-Q-2025-0873
　件名：扶養実態調査（家族手当・被扶養者）追加作業一式
　単価：1名あたり 1,800円 × 対象 620名 ＝ 1,116,000円（税別）
　請求先登録番号：T2010401087352（貴社）

注文書は本日付で郵送いたします。請求書は12月末締めでお願いします。
""" + SIG_EBATO + """

-----Original Message-----
From: 熊切 <kumakiri@tsubasa-system.jp>
Sent: Tuesday, November 18, 2025 5:42 PM
Subject: 扶養実態調査 追加作業のお見積り

江波戸様　お見積書を添付いたします。ご査収ください。
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "order mail with a quote number and the vendor's T-number (a company's number, not a person's)",
    },
    {
        "id": "haigusha-027",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [SAOTOME],
        "cc": [SAEKI],
        "subject": "扶養実態調査 回答一覧（第1回分）",
        "body": """早乙女様

お世話になっております。今泉です。
扶養実態調査の社員回答のうち、第1回回収分（10名）をWordの一覧にまとめました。
同居・別居の別と、扶養家族の連絡先の確認をお願いいたします。
""" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "docx", "name": "扶養実態調査_回答一覧_第1回.docx",
            "paragraphs": ["扶養実態調査　回答一覧（第1回回収分）", "回収日：2025年11月14日"],
            "tables": [[["社員番号", "社員氏名", "扶養家族", "続柄", "同居/別居", "扶養家族の住所", "扶養家族の電話"]] + [
                [p["no"], p["emp"], p["dep"], p["rel"], "同居" if i % 3 else "別居",
                 f"〒{p['zip']} {p['addr']}", p["tel"]]
                for i, p in enumerate(_P27)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: ten dependants with addresses and phone numbers in a DOCX table",
    },
    {
        "id": "haigusha-028",
        "charset": "iso-2022-jp",
        "sender": EBATO,
        "to": [SR],
        "subject": "Re: 家族手当規程の本文送付について",
        "body": """氷室先生

ご連絡ありがとうございます。江波戸です。
規程の本文は社内で社外秘扱いとしているため、申し訳ございませんが
メールでのお送りは控えさせてください。
概要は以下のとおりです。詳細は次回ご来社の際に紙でご覧いただければと存じます。

　・配偶者：月額10,000円（年収130万円未満）
　・子：1人につき月額8,000円（22歳到達年度末まで）
　・父母等：月額5,000円（同居または仕送り年72万円以上）

よろしくお願いいたします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (why the rules are not sent), not a marking on the mail",
    },
    {
        "id": "haigusha-029",
        "charset": "utf-8",
        "sender": KASHIMADA,
        "to": [KUMAKIRI],
        "subject": "在学証明書（スキャン）送付",
        "body": """熊切様

お世話になっております。鹿島田です。
大阪支社分の在学証明書をスキャンしてPDFにまとめました。
PDFは開封パスワードを設定しています（パスワードは従来どおり電話でお伝えします）。
""" + SIG_KASHIMADA,
        "attachments": [{
            "kind": "pdf", "name": "zaigaku_osaka_20251120.pdf", "password": "osk-1120",
            "title": "在学証明書（大阪支社）",
            "lines": ["在学証明書", "氏名　穂積 陽菜　平成17年4月9日生", "上記の者は本学文学部2年に在学していることを証明する。",
                      "令和7年10月1日　千里山学院大学 学長"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: an encrypted (password-protected) PDF",
    },
    {
        "id": "haigusha-030",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "配偶者（外国籍）の扶養追加　確認書類",
        "body": """早乙女様

お世話になっております。佐伯です。
外国籍の配偶者の扶養追加について、在留資格の確認が取れましたのでご連絡します。

　社員：H36018 菅沼 健二
　配偶者：RUIZ MARIA ELENA（ルイス マリア エレナ）
　国籍：フィリピン　生年月日：1990年2月17日
　在留資格：日本人の配偶者等　在留期間満了日：2028年3月16日
　在留カード番号：UH48302917EA

家族手当（配偶者）は11月分から支給開始でお願いします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a foreign spouse's residence card number",
    },
    {
        "id": "haigusha-031",
        "charset": "utf-8",
        "sender": KIRA,
        "to": [GLOBALPAY],
        "subject": "Family allowance for assignees in Singapore - policy question",
        "body": """Dear Meridian Payroll team,

We are reviewing how our Japanese family allowance (kazoku teate) should be handled
for employees on assignment to our Singapore subsidiary from April 2026.

Under our home policy the allowance is JPY 10,000/month for a spouse and JPY 8,000/month
per child. Could you advise:
  1. whether it should be paid through the home (Japan) payroll or the host payroll;
  2. whether Singapore treats it as taxable employment income;
  3. what documents you usually collect to confirm dependants (we would share them
     only once the data processing addendum is signed).

A short call next week would also be welcome.
""" + SIG_KIRA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy question to a foreign payroll provider; the disclaimer is not a marking",
    },
    {
        "id": "haigusha-032",
        "charset": "cp932",
        "sender": SANTANDA,
        "to": [KUMAKIRI],
        "subject": "扶養除外者（10月異動分）名古屋工場",
        "body": """熊切様

名古屋工場総務の三反田です。10月に扶養から外れた家族を連絡します。
（Excelから貼り付けています。列がずれていたらすみません）

社員番号\t社員氏名\t除外家族\t続柄\t生年月日\t除外日\t理由
N20814\t戸叶 正和\t戸叶 沙也加\t長女\t2003/05/02\t2025/10/01\t就職（トヨタ系部品メーカー）
N31447\t鍋島 伸二\t鍋島 加代子\t妻\t1974/11/15\t2025/10/15\tパート収入増
N28803\t秦 和彦\t秦 キミ\t実母\t1941/01/30\t2025/10/22\t死亡
N35112\t廣瀬 勇気\t廣瀬 颯\t長男\t2002/08/19\t2025/10/01\t就職
N41960\t柳生 卓\t柳生 明美\t妻\t1983/04/04\t2025/10/31\t離婚

以上5名、11月度から家族手当停止でお願いします。
""" + SIG_SANTANDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: five dependants leaving with names and dates of birth, tab-separated in the body",
    },
    {
        "id": "haigusha-033",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": [SR],
        "subject": "同居の父母を扶養に入れる場合の要件について（相談）",
        "body": """氷室様

いつもお世話になっております。村雨です。
以下のケースについてご相談させてください。

営業本部の社員 鰺坂 隆之（H25337）の母 鰺坂 ふみ（昭和17年8月5日生）が、
アルツハイマー型認知症と診断され、要介護2の認定を受けたため
12月から社員宅（千葉県市川市行徳駅前2-17-4）で同居・介護することになりました。
母には遺族年金が年150万円ほどあるそうです。

この場合、健康保険の被扶養者（60歳以上は180万円未満）と当社家族手当の
父母要件の両方を満たすと考えてよいでしょうか。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named parent's diagnosis (認知症) and care level in a consultation mail",
    },
    {
        "id": "haigusha-034",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI],
        "subject": "12/4 キックオフ 当社出席者",
        "body": """熊切様

お世話になっております。今泉です。
12/4のキックオフ、当社からは以下3名が出席します。
当日、受付で入館証をお渡しします。何かあれば各自の携帯へどうぞ。

　今泉 航（人事企画）　090-3318-4027
　佐伯 真澄（給与厚生）　080-6620-1953
　村雨 拓海（労務）　070-2145-8836

よろしくお願いします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with their mobiles: a short list, may warn but must go",
    },
    {
        "id": "haigusha-035",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": ["監査部 瀬尾 <seo.h@keiyo-kansa.co.jp>"],
        "subject": "手当支給の内部統制評価　指摘事項サマリー",
        "body": """京葉監査法人　瀬尾様

お世話になっております。日の出産業の今泉です。
家族手当の支給プロセスに関する内部統制評価の指摘事項サマリーを添付します。
個人名は含めておりません。
""" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "docx", "name": "家族手当_内部統制評価_指摘事項サマリー.docx",
            "page_header": "取扱注意", "title": "指摘事項サマリー（取扱注意）",
            "paragraphs": [
                "【取扱注意】家族手当 支給プロセス 内部統制評価　指摘事項サマリー",
                "1. 扶養除外の届出遅延により、過払いが発生した事例が年間14件あった（総額1,326,000円）。",
                "2. 在学証明書の回収状況が支社単位でしか管理されていない。",
                "3. 配偶者収入の確認が自己申告のみで、証憑確認が3年に1度となっている。",
                "4. 委託先（給与計算）からの変更データ受領時の照合記録が残っていない。",
                "改善計画：2026年3月までに届出の電子化と年次の証憑確認を実施する。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the DOCX carries a 取扱注意 page header and title",
    },
    {
        "id": "haigusha-036",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "RE: 年齢到達による子の手当終了予定者",
        "body": """早乙女様

佐伯です。ご連絡ありがとうございます。
リストの6名、内容を確認しました。全員3月末での終了で問題ありません。
本人への通知は当社から行います。

-----Original Message-----
From: 早乙女 玲奈 [mailto:saotome.r@tsubasa-system.jp]
Sent: Wednesday, November 19, 2025 10:15 AM
To: 佐伯 真澄
Subject: 年齢到達による子の手当終了予定者

佐伯様

22歳到達年度末（2026年3月末）で子の手当が終了する予定の方です。

社員番号  社員氏名      子の氏名      生年月日
--------  ------------  ------------  ----------
H24410    榎本 光一     榎本 美玖     2003/06/01
K30057    坪井 健       坪井 大河     2003/10/12
H33981    三ッ矢 聡     三ッ矢 愛     2003/04/25
N29716    粟田 和也     粟田 莉子     2004/01/08
H27725    堀之内 剛     堀之内 陸     2003/12/30
K38804    木佐貫 久美   木佐貫 奏     2004/03/17

ツバサシステム 早乙女
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only under -----Original Message----- from the recipient herself",
    },
    {
        "id": "haigusha-037",
        "charset": "iso-2022-jp",
        "sender": KASHIMADA,
        "to": ["佐伯 真澄 <saeki.masumi@hinode-sangyo.jp>"],
        "subject": "大阪支社 扶養確認 未回収者リスト",
        "body": """佐伯さん

大阪の鹿島田です。扶養確認書類の未回収者リストです。
本社からも督促をかけていただけると助かります。

社員番号　氏名　　　　扶養家族　　　続柄　生年月日　　　未提出書類
N50112　　小田切 亮　　小田切 真理　　妻　　S60.9.14　　　課税証明書
N48806　　椎葉 早紀　　椎葉 隼　　　　長男　H16.5.30　　　在学証明書
N51023　　平良 和樹　　平良 由希　　　妻　　H2.1.8　　　　課税証明書
N47719　　国分 勇　　　国分 トシ　　　実母　S19.12.1　　　仕送り証明
N49935　　門脇 恭子　　門脇 翔　　　　長男　H15.11.23　　在学証明書
N52208　　茅野 翔太　　茅野 つぐみ　　妻　　H7.7.7　　　　課税証明書
N46031　　吉弘 誠一　　吉弘 舞　　　　長女　H16.2.2　　　　在学証明書
N50647　　牟田 大介　　牟田 綾香　　　妻　　S63.3.19　　　課税証明書

よろしくお願いします。
""" + SIG_KASHIMADA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: hinode-sangyo.jp (co. dropped) instead of the own domain, carrying an eight-person list",
    },
    {
        "id": "haigusha-038",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "配偶者所得確認 結果通知（PDF）",
        "body": """熊切様

江波戸です。配偶者所得確認の結果通知（本社分のうち、手当額に変更がある9名）を
PDFでお送りします。給与データへの反映をお願いします。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "pdf", "name": "配偶者所得確認結果_本社_変更者.pdf",
            "title": "配偶者所得確認 結果通知",
            "lines": ["配偶者所得確認 結果通知（手当額変更者）", "作成：日の出産業株式会社 人事部 給与厚生課　2025年11月21日", ""],
            "table": [["社員番号", "社員氏名", "配偶者氏名", "配偶者生年月日", "令和6年分所得", "判定", "適用月"]] + [
                [p["no"], p["emp"], p["dep"], _wareki(p["dob"]), f"{p['income'] + 1300000:,}円",
                 "停止", "2025年12月"] for p in _P38],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: nine spouses with dates of birth and income in a PDF table",
    },
    {
        "id": "haigusha-039",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["福利厚生サービス部 <fukuri@kodomo-no-mori.co.jp>"],
        "subject": "提携保育所一覧の掲載内容確認",
        "body": """株式会社こどもの森　福利厚生サービス部 ご担当者様

いつもお世話になっております。日の出産業 人事部の佐伯です。
社内ポータルの「子育て支援」ページに掲載する提携保育所の一覧です。
所在地・電話番号に誤りがないかご確認いただけますでしょうか。

■こどもの森 八丁堀園　東京都中央区八丁堀2-5-1　TEL 03-6280-4411
■こどもの森 新川園　　東京都中央区新川1-22-9　　TEL 03-6280-4425
■こどもの森 月島園　　東京都中央区月島3-8-12　　TEL 03-6280-4438
■こどもの森 豊洲園　　東京都江東区豊洲5-6-30　　TEL 03-6280-4450
■こどもの森 名古屋港園　愛知県名古屋市港区港明1-10-2　TEL 052-655-7700
■こどもの森 西天満園　大阪府大阪市北区西天満6-3-16　TEL 06-6809-2231

12月1日に掲載予定です。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of nursery facilities (businesses) with their addresses and phones",
    },
    {
        "id": "haigusha-040",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": ["学生支援課 <gakusei@kitami-kogei.ac.jp>",
               "教務課 <kyomu@seiryo-h.ed.jp>",
               "学生課 <gakuseika@nanto-kango.ac.jp>"],
        "subject": "在学証明書の電子発行についてのお問い合わせ",
        "body": """各校 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の村雨と申します。
当社では、社員の子の家族手当の支給要件確認のため、年1回在学証明書の提出を
求めております。
貴校で在学証明書を電子（PDF、電子署名付き）で発行されているか、また
在籍確認のご照会を企業から受け付けていらっしゃるかをお教えいただけますでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three unrelated schools addressed together in To",
    },
]

# ---------------------------------------------------------------- 041-060

_P44 = _people("annual-check-zip", 20)

MESSAGES += [
    {
        "id": "haigusha-041",
        "charset": "utf-8",
        "sender": KIRA,
        "to": [SR],
        "subject": "国外居住親族の扶養確認書類について",
        "body": """氷室先生

お世話になっております。人事部の吉良です。
ベトナムに居住する子を扶養に入れたいという社員の件で、確認書類のご相談です。

　社員：K42280 ファン・ヴァン・ミン（Phan Van Minh）
　対象：長女 Phan Thi Lan　2009年4月22日生（ハノイ在住、現地の中学校に在学）
　親族関係書類：出生証明書（和訳付き）
　本人確認：旅券番号 C4827163（ベトナム旅券）
　送金関係書類：2025年1月～10月の送金明細（合計 96万円）

旅券の写しで親族関係書類の代わりになるのか、年末調整の扶養控除と
家族手当の両方の観点からご教示いただけますと助かります。
""" + SIG_KIRA,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a child's passport number in a consultation mail to the 社労士 office",
    },
    {
        "id": "haigusha-042",
        "charset": "cp932",
        "sender": SAEKI,
        "to": ["みどり銀行 八丁堀支店 石神 <ishigami.k@midori-ginko.co.jp>"],
        "subject": "給与振込口座変更のご連絡（1名）",
        "body": """みどり銀行 八丁堀支店
石神様

いつもお世話になっております。日の出産業の佐伯です。
下記1名の給与振込口座が変更となりますので、12月給与分からの反映をお願いします。

　社員氏名：有馬 沙耶香（アリマ サヤカ）
　変更後口座：みどり銀行 本店営業部 普通預金 4408261

婚姻による改姓（旧姓：小栗）に伴う変更です。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one employee's bank account to the partner bank's correct domain: may warn, must go",
    },
    {
        "id": "haigusha-043",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI],
        "subject": "扶養実態調査　別居理由の確認結果（1件）",
        "body": """熊切様

今泉です。調査で「別居・仕送りなし」となっていた1件、本人と面談して確認しました。

H30228 江藤 達也さんの配偶者 江藤 美和子さん（昭和58年10月2日生）は、
詐欺事件で懲役2年6月の判決を受け、現在 栃木刑務所に服役中とのことです。
生計維持関係はないため、配偶者手当は本年4月に遡って停止とし、
過払い分（8か月・80,000円）は本人同意のうえ12月から分割で控除します。

取扱いには十分ご注意ください。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named spouse's criminal conviction and imprisonment",
    },
    {
        "id": "haigusha-044",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [BPO],
        "cc": [SAOTOME],
        "subject": "年次扶養確認データ一式（本社・営業本部）",
        "body": """ツバサシステム 給与BPOセンター 御中
早乙女様

お世話になっております。日の出産業の佐伯です。
年次扶養確認のデータ一式をZIPにまとめてお送りします。
　・fuyou_master.csv（UTF-8）… 扶養家族マスタ（20名分）
　・確認結果.xlsx … 判定結果と手当額

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "zip", "name": "fuyou_check_2025_honsha.zip",
            "files": [
                {"kind": "csv", "name": "fuyou_master.csv", "encoding": "utf-8",
                 "rows": [["emp_no", "emp_name", "dep_name", "dep_kana", "relation", "birth", "zip", "address"]] + [
                     [p["no"], p["emp"], p["dep"], p["dep_kana"], p["rel"], p["dob"].isoformat(), p["zip"], p["addr"]]
                     for p in _P44]},
                {"kind": "xlsx", "name": "確認結果.xlsx",
                 "sheets": {"判定": [["社員番号", "扶養家族", "判定", "手当月額"]] + [
                     [p["no"], p["dep"], "継続" if p["income"] < 1000000 else "要確認",
                      {"妻": 10000, "夫": 10000, "実母": 5000, "実父": 5000}.get(p["rel"], 8000)]
                     for p in _P44]}},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: twenty dependants with dates of birth and addresses in a CSV inside an unencrypted ZIP",
    },
    {
        "id": "haigusha-045",
        "charset": "iso-2022-jp",
        "sender": SANTANDA,
        "to": [SAOTOME],
        "subject": "名古屋工場　扶養追加4件",
        "body": """早乙女様

三反田です。名古屋工場の扶養追加分（4件）です。

・N42771 米澤 浩二　→ 長女 米澤 柚葉（令和７年８月２日生）
・N39018 纐纈 悟　　→ 妻 纐纈 恵（平成６年１月２０日生）
・N44502 安富 慎吾　→ 次男 安富 湊人（令和７年９月１５日生）
・N37365 八角 剛　　→ 実母 八角 節子（昭和２３年５月５日生）

いずれも１１月分からの支給でお願いします。
""" + SIG_SANTANDA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four dependants' records: below the five-person threshold, may warn, must go",
    },
    {
        "id": "haigusha-046",
        "charset": "cp932",
        "sender": KASHIMADA,
        "to": [KUMAKIRI],
        "subject": "扶養変更届 取りまとめ（大阪）",
        "body": """熊切様

鹿島田です。大阪支社の扶養変更届の取りまとめExcelをお送りします。
ファイルが開けないなどございましたらご連絡ください。
""" + SIG_KASHIMADA,
        "attachments": [{"kind": "corrupt", "name": "扶養変更届_大阪_11月.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "haigusha-047",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [BPO],
        "subject": "家族手当 申請様式（2026年版）の共有",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

村雨です。2026年1月から使用する家族手当の申請様式（空欄）をお送りします。
変更点は「扶養家族の収入見込み」欄の追加のみです。
社員からの問い合わせ対応用にお手元に置いていただければと思います。
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "pdf", "name": "家族手当申請書_様式第3号_2026.pdf",
            "title": "家族手当申請書（様式第3号）",
            "lines": ["家族手当 認定申請書（様式第3号）", "",
                      "申請日：　　　年　　月　　日", "所属：＿＿＿＿＿＿　社員番号：＿＿＿＿＿＿　氏名：＿＿＿＿＿＿",
                      "", "1. 対象となる家族", "　氏名：＿＿＿＿＿＿　続柄：＿＿＿　生年月日：　　年　　月　　日",
                      "　同居・別居の別：□同居　□別居（仕送り月額　　　　円）",
                      "　収入見込み（年額）：＿＿＿＿＿＿円", "",
                      "2. 添付書類　□住民票　□課税証明書　□在学証明書　□仕送りの記録",
                      "", "上記のとおり相違ありません。　　　　申請者署名＿＿＿＿＿＿"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank application form: field labels, no one's data",
    },
    {
        "id": "haigusha-048",
        "charset": "iso-2022-jp",
        "sender": KIRA,
        "to": ["受付 <order@toho-honyaku.co.jp>"],
        "subject": "戸籍・出生証明書の翻訳依頼（扶養認定用）",
        "body": """東邦翻訳センター ご担当者様

日の出産業 人事部の吉良です。扶養認定に使う親族関係書類の翻訳をお願いします。
費用は社員本人負担となるため、本人から預かったカードで決済してください。

　依頼者（社員）：葛西 ハンナ（Hannah Kasai）
　書類：出生証明書（英語→日本語）2通、婚姻証明書 1通
　納期：12月5日まで
　決済カード：""" + card_number(SEED + 2) + """　有効期限 08/28　名義 HANNAH KASAI

原本のスキャンは別途お送りします。
""" + SIG_KIRA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's credit card number in the body",
    },
    {
        "id": "haigusha-049",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "FW: 【営業本部】家族構成変更の届出（10月分）",
        "body": """熊切様

江波戸です。営業本部から届いた10月分の届出を転送します。
11月度給与での反映をお願いします。

---------- Forwarded message ---------
From: 営業本部 庶務 葛葉 <kuzunoha@hinode-sangyo.co.jp>
Date: 2025年11月4日(火) 9:12
Subject: 【営業本部】家族構成変更の届出（10月分）
To: 江波戸 由紀 <ebato.yuki@hinode-sangyo.co.jp>

江波戸課長

10月分の家族構成の変更届です。

①営業1部 鬼塚 慶太 … 長男 鬼塚 晴（2025/10/03生）出生 追加
②営業2部 蒲生 秀典 … 妻 蒲生 千里（1992/06/18生）婚姻 追加
③営業2部 和賀 直美 … 夫 和賀 仁（1980/02/09生）収入超過 除外
④営業3部 宝田 周平 … 長女 宝田 結菜（2003/07/07生）就職 除外
⑤営業3部 比留間 拓 … 実父 比留間 勇作（1948/09/30生）同居開始 追加
⑥営業企画 芹沢 みのり … 長男 芹沢 遥斗（2025/09/21生）出生 追加

よろしくお願いします。
葛葉
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded internal mail with six dependants' records is new text to the outsourcer",
    },
    {
        "id": "haigusha-050",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "2026年1月以降の家族手当額（確定）",
        "body": """早乙女様

佐伯です。2026年1月以降の家族手当額が確定しましたのでお知らせします。
（HTMLメールで表を付けています）

配偶者 10,000 → 7,000円 / 子 8,000 → 10,000円 / 父母等 5,000円（据置）
障害のある子の加算 6,000円（据置）

マスタの更新をお願いします。
""" + SIG_SAEKI,
        "html": """<html><body>
<p>早乙女様</p>
<p>佐伯です。2026年1月以降の家族手当額が確定しましたのでお知らせします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>手当コード</th><th>区分</th><th>現行（月額）</th><th>2026年1月～</th></tr>
<tr><td>FA01</td><td>配偶者</td><td align="right">10,000</td><td align="right">7,000</td></tr>
<tr><td>FA02</td><td>子（1人につき）</td><td align="right">8,000</td><td align="right">10,000</td></tr>
<tr><td>FA03</td><td>父母等</td><td align="right">5,000</td><td align="right">5,000</td></tr>
<tr><td>FA04</td><td>障害のある子の加算</td><td align="right">6,000</td><td align="right">6,000</td></tr>
</table>
<p>マスタの更新をお願いします。</p>
<p>日の出産業株式会社 人事部 給与厚生課　佐伯 真澄<br>TEL 03-5543-2180</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "allowance amounts by category (a rate table), text + HTML alternative, no person",
    },
    {
        "id": "haigusha-051",
        "charset": "iso-2022-jp",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "FW: 【部外秘】家族手当 過払い返還の取扱い方針（人事部内）",
        "body": """熊切様

江波戸です。返還の取扱い方針が部内で決まりましたので、参考までに転送します。
控除処理のご準備をお願いします。

-------- 転送メッセージ --------
件名: 【部外秘】家族手当 過払い返還の取扱い方針（人事部内）
差出人: 人事部長 設楽 <shitara@hinode-sangyo.co.jp>
宛先: 人事部 課長各位

【部外秘】
家族手当の過払い（届出遅延によるもの）の返還について、以下のとおりとする。
　1. 返還対象期間は最大2年間とする。
　2. 返還額が10万円を超える場合は、本人の同意を得て最長12回の分割控除とする。
　3. 故意の不申告が疑われる場合は、懲戒委員会に付議する。
本方針は人事部内限りとし、社員への周知は別途通知文で行う。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: a 【部外秘】 internal policy memo forwarded to the outsourcer",
    },
    {
        "id": "haigusha-052",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": ["白川法律事務所 弁護士 鶴見 <tsurumi@shirakawa-Iaw.jp>"],
        "subject": "家族手当の過払い返還請求に関するご相談",
        "body": """白川法律事務所
鶴見先生

いつもお世話になっております。日の出産業の今泉です。
家族手当の過払い返還について、社員が返還を拒んでいる事案がございます。
事実関係を整理した資料は面談時にお持ちしますので、
来週のいずれかで1時間ほどお時間を頂戴できますでしょうか。

候補：11/26（水）15時～、11/27（木）10時～、11/28（金）16時～
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-Iaw.jp (capital I for l) imitates the partner law firm's domain",
    },
    {
        "id": "haigusha-053",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "収入確認の照会への回答（K31820）",
        "body": """熊切様

佐伯です。照会のあった件の回答です。

K31820 乙黒 健司さんの妻 乙黒 弥生さんは、昨年末から療養のため仕事を休んでおり、
今年の収入見込みはありません。配偶者手当は継続でお願いします。
来年の確認時に改めて課税証明書を提出してもらいます。
""" + SIG_SAEKI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named spouse is 療養中 (on sick leave) without a diagnosis: health information or not is a judgement call",
    },
    {
        "id": "haigusha-054",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI],
        "cc": [SAOTOME],
        "subject": "扶養状況確認 監査計画（案）",
        "body": """熊切様、早乙女様

今泉です。今年度の扶養状況確認の監査計画（案）です。ご意見をお願いします。

1. 対象：家族手当受給者 580名のうち、以下の条件で抽出
　(1) 配偶者の収入が前年100万円以上の者（全件）
　(2) 19〜22歳の子を扶養する者（全件）
　(3) 上記以外から無作為に10％
2. 確認書類：課税証明書、在学証明書、住民票（別居の場合は仕送りの記録）
3. スケジュール：12月上旬 依頼 → 1月末 回収 → 2月 判定 → 3月給与で精算
4. 結果報告：件数と金額の集計のみを人事部長へ報告（個人別結果は人事部内で保管）

キックオフでご説明します。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit plan with counts and criteria, no person",
    },
    {
        "id": "haigusha-055",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [SAOTOME],
        "subject": "父母等の扶養認定 申請者情報（5名）",
        "body": """早乙女様

村雨です。父母等を扶養とする申請が5件ありましたので、認定に必要な情報をお送りします。

■申請1
　社員：H34417 鵜飼 正志
　扶養家族：鵜飼 ハツエ（実母） 昭和21年3月18日生
　住所：福島県会津若松市門田町飯寺字村東62
　電話：0242-28-5519
■申請2
　社員：K29304 泉谷 結子
　扶養家族：泉谷 昭雄（実父） 昭和18年11月2日生
　住所：山口県下関市長府川端1-7-22
　電話：083-245-7731
■申請3
　社員：H38856 栗栖 直哉
　扶養家族：栗栖 和子（実母） 昭和25年7月9日生
　住所：同居（東京都杉並区高円寺南3-41-6）
　電話：080-4471-2093
■申請4
　社員：N40723 丸岡 孝
　扶養家族：丸岡 スミ（祖母） 昭和10年1月25日生
　住所：愛知県一宮市木曽川町黒田字北宿二ノ切90
　電話：0586-86-3318
■申請5
　社員：H41190 米田 有紀
　扶養家族：米田 邦夫（義父） 昭和22年4月30日生
　住所：新潟県長岡市殿町2-3-15
　電話：0258-33-6027

よろしくお願いします。
""" + SIG_MURASAME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five dependants, one record per block with birth date, address and phone",
    },
    {
        "id": "haigusha-056",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "別居配偶者の本人確認（扶養継続）",
        "body": """早乙女様

佐伯です。単身赴任に伴い別居となった配偶者の本人確認が済みましたのでご連絡します。

　社員：H26679 梶原 宗一郎（名古屋工場へ単身赴任）
　配偶者：梶原 典子　昭和５６年９月１２日生
　住所：東京都世田谷区用賀4-19-3
　確認書類：運転免許証（番号 第301508726440号、有効期限 令和9年10月12日）

仕送り実績も確認済みですので、配偶者手当は継続でお願いします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a spouse's driver's licence number",
    },
    {
        "id": "haigusha-057",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": ["学務課 証明書係 <shomei@kitami-kogei.ac.jp>"],
        "subject": "在籍確認のお願い（日の出産業 人事部）",
        "body": """北見工芸大学 学務課 証明書係 ご担当者様

日の出産業株式会社 人事部の村雨と申します。
当社社員の子について、家族手当の支給要件確認のため在籍確認をお願いしたく
ご連絡いたしました。本人（学生）の同意書は別途郵送いたします。

　学生氏名：真鍋 詩音（まなべ しおん）
　学部・学年：工芸学部 デザイン学科 3年（2023年4月入学）

在籍の有無のみご回答いただければ結構です。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one student's enrolment enquiry to her university: one person's record, may warn",
    },
    {
        "id": "haigusha-058",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "障害者控除・障害加算 対象者（11月更新）",
        "body": """熊切様

佐伯です。障害者控除（年末調整）と家族手当の障害加算の対象者を更新しました。
今回の変更は4名です。添付をご確認ください。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx", "name": "障害加算対象者_202511.xlsx",
            "sheets": {"更新分": [
                ["社員番号", "社員氏名", "対象家族", "続柄", "障害区分", "手帳等級", "控除区分"],
                ["H29310", "城之内 浩", "城之内 蒼", "長男", "知的障害（療育手帳）", "A", "特別障害者"],
                ["K33502", "桐生 玲子", "桐生 正", "夫", "身体障害（視覚）", "1級", "特別障害者"],
                ["H27014", "飯干 努", "飯干 菜摘", "長女", "精神障害", "2級", "障害者"],
                ["N38841", "勝又 芳樹", "勝又 キク", "実母", "身体障害（聴覚）", "4級", "障害者"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: four named dependants with disability type and grade in an XLSX",
    },
    {
        "id": "haigusha-059",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": ["市民税課 <shiminzei@city.nanri.lg.jp>"],
        "subject": "課税証明書の郵送請求（勤務先経由）についての問い合わせ",
        "body": """南里市役所 市民税課 ご担当者様

日の出産業株式会社 人事部の村雨と申します。
当社社員の配偶者の所得確認のため、課税証明書を取得してもらっております。
配偶者ご本人が市外に住んでいる場合の郵送請求について、以下を教えてください。

1. 委任状があれば、社員（配偶者）が代理で郵送請求できるか
2. 手数料の支払いは定額小為替のみか
3. 請求から発送までのおおよその日数

社員向けの案内文を作成するための確認です。よろしくお願いいたします。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general procedural question to a city tax office",
    },
    {
        "id": "haigusha-060",
        "charset": "cp932",
        "sender": EBATO,
        "to": [KUMAKIRI, "監査部 瀬尾 <seo.h@keiyo-kansa.co.jp>"],
        "cc": ["法人営業部 石神 <ishigami.k@midori-ginko.co.jp>", SAEKI],
        "subject": "Re: 過払い返還分の口座振込による受入れについて",
        "body": """皆さま

江波戸です。全員に返信いたします。
過払い返還分は、給与控除とせず当社口座への振込で受け入れる方向で調整します。
みどり銀行様には受入口座の入金明細データのご提供を、
ツバサ様には返還管理表の作成を、京葉監査法人様には手続の妥当性のご確認を
それぞれお願いできればと存じます。

> 瀬尾です。
> 給与控除とする場合は労使協定の範囲をご確認ください。
> 振込で受け入れる場合は入金記録との照合方法を決めておく必要があります。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: outsourcer, audit firm and bank (three organisations) in To/Cc on a reply-all",
    },
]

# ---------------------------------------------------------------- 061-080

_P66 = _people("education-allowance-xls", 11, "子", (2003, 2010))
_P77 = _people("eml-attached-roster", 7)

MESSAGES += [
    {
        "id": "haigusha-061",
        "charset": "utf-8",
        "sender": SANTANDA,
        "to": [SAOTOME],
        "subject": "住所変更（扶養家族の転居）データ",
        "body": """早乙女様

三反田です。扶養家族の転居に伴う住所変更を連絡します。
（社員番号で照合してください。氏名は省略しています）

社員番号,続柄,生年月日,新郵便番号,新住所,電話
N30214,妻,1984-02-26,470-0224,愛知県みよし市三好町上ケ池52-3,090-5521-8804
N27789,実母,1946-10-10,491-0858,愛知県一宮市栄4-8-15 サンハイツ栄101,0586-71-2240
N33650,長男,2004-05-05,464-0819,愛知県名古屋市千種区四谷通1-18 ヴィラ四谷3B,080-3177-0962
N41128,妻,1990-12-01,448-0844,愛知県刈谷市広小路3-27,070-8812-4439
N29906,長女,2005-03-14,500-8384,岐阜県岐阜市薮田南2-11-9,090-2268-5170
N36541,夫,1979-08-23,444-0865,愛知県岡崎市明大寺町字西郷中40-6,080-9034-6615
""" + SIG_SANTANDA,
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six dependants' birth dates, addresses and phones, comma-separated, no name column",
    },
    {
        "id": "haigusha-062",
        "charset": "iso-2022-jp",
        "sender": EBATO,
        "to": ["川崎電機 人事部 給与グループ <kyuyo-g@kawasaki-denki.co.jp>"],
        "subject": "出向者に係る家族手当の負担区分（2026年度）",
        "body": """川崎電機株式会社 人事部 給与グループ ご担当者様

いつもお世話になっております。日の出産業 人事部の江波戸です。
貴社への出向者（現在3名）に係る家族手当の負担区分について、
2026年度も現行の出向契約どおりとさせていただきたく、ご確認をお願いします。

　・家族手当：出向元（当社）支給、出向先（貴社）へ全額請求
　・請求額：3名分 合計 月額54,000円（2025年11月現在）
　・請求方法：四半期ごとに出向負担金と合わせて請求

改定後の手当額（2026年1月〜）が反映された見込額は、12月中にお送りします。
""" + SIG_EBATO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an aggregate amount for seconded staff to a partner, no individual named",
    },
    {
        "id": "haigusha-063",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "課税証明書スキャン（本社分その3）",
        "body": """熊切様

佐伯です。本社分の課税証明書スキャン（その3）をお送りします。
複合機でまとめてPDF化しています。
""" + SIG_SAEKI,
        "attachments": [{"kind": "corrupt", "name": "kazei_scan_honsha_03.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: a corrupt PDF scan that cannot be inspected",
    },
    {
        "id": "haigusha-064",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [SAOTOME],
        "subject": "扶養控除等（異動）申告書　中途入社者分",
        "body": """早乙女様

村雨です。11月入社の社員の扶養控除等（異動）申告書の内容を、
Wordに転記してお送りします。源泉徴収への反映をお願いします。
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "docx", "name": "扶養控除等申告書_転記_11月入社.docx",
            "paragraphs": ["令和7年分 給与所得者の扶養控除等（異動）申告書（転記）",
                           "給与の支払者：日の出産業株式会社",
                           "所得者：大貫 亮介（オオヌキ リョウスケ）　生年月日 平成元年6月14日",
                           "所得者の個人番号：" + my_number(SEED + 3),
                           "住所：東京都品川区東大井5-9-21 パークサイド大井 507"],
            "tables": [[
                ["区分", "氏名", "続柄", "生年月日", "個人番号", "同居・別居"],
                ["源泉控除対象配偶者", "大貫 真帆", "妻", "平成2年9月27日", my_number(SEED + 4), "同居"],
                ["控除対象扶養親族", "大貫 一颯", "長男", "平成30年3月2日", my_number(SEED + 5), "同居"],
                ["16歳未満の扶養親族", "大貫 心春", "長女", "令和3年12月19日", my_number(SEED + 6), "同居"],
            ]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: four My Numbers (employee and family) in a DOCX",
    },
    {
        "id": "haigusha-065",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [BPO],
        "subject": "課税証明書・在学証明書 原本の発送について",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

佐伯です。本社回収分の課税証明書・在学証明書の原本（計48通）を
本日、簡易書留で発送いたしました。

　発送日：2025年11月21日
　お問い合わせ番号：4402-1187-6630
　内容：封筒2通（A：課税証明書 31通、B：在学証明書 17通）

到着しましたら、一言ご連絡いただけますと幸いです。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number and document counts, no person",
    },
    {
        "id": "haigusha-066",
        "charset": "utf-8",
        "sender": EBATO,
        "to": [SR],
        "subject": "子女教育手当 対象者一覧（制度設計のご相談用）",
        "body": """氷室先生

江波戸です。子女教育手当の制度見直しのご相談用に、現行対象者の一覧を添付します。
古い給与システムから出力したため xls 形式です。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "xls", "name": "kyoiku_teate_taishosha.xls",
            "sheets": {"対象者": [["社員番号", "社員氏名", "子の氏名", "生年月日", "学校区分", "学校名", "手当月額"]] + [
                [p["no"], p["emp"], p["dep"], p["dob"].strftime("%Y/%m/%d"),
                 ["大学", "高校", "専門学校", "高専"][i % 4],
                 ["関東学芸大学", "県立若葉高等学校", "東都医療専門学校", "東都工業高等専門学校"][i % 4],
                 [12000, 6000, 10000, 8000][i % 4]] for i, p in enumerate(_P66)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: eleven children with dates of birth and schools in a legacy XLS",
    },
    {
        "id": "haigusha-067",
        "charset": "iso-2022-jp",
        "sender": SANTANDA,
        "to": ["江波戸 由紀 <ebato.yuki@hinode-sangyo-co.jp>"],
        "subject": "名古屋工場 扶養認定 保留案件",
        "body": """江波戸課長

名古屋工場の三反田です。認定を保留している案件のご相談です。

・N38207 大津賀 豊　妻 大津賀 恵子（S55.4.14）
　パート先2か所の合算で年収見込み128万円。130万円の壁ぎりぎりのため判断保留。
・N42915 庄司 竜也　実父 庄司 茂（S22.2.20）
　年金収入175万円、別居。仕送り実績の確認待ち。

ご判断をお願いします。
""" + SIG_SANTANDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: hinode-sangyo-co.jp (a hyphen for the dot) imitates the own domain",
    },
    {
        "id": "haigusha-068",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [SAOTOME],
        "subject": "FW: 【人事部ニュース】令和7年度税制改正（特定親族特別控除）の概要",
        "body": """早乙女様

村雨です。社内向けに配信した税制改正の概要を参考までに転送します。
年末調整での取扱いについて、貴社の対応方針も伺えればと思います。

---------- 転送 ----------
差出人: 人事部ニュース <hr-news@hinode-sangyo.co.jp>
件名: 【人事部ニュース】令和7年度税制改正（特定親族特別控除）の概要

社員の皆さま

令和7年度税制改正により、令和7年分の年末調整から次の点が変わります。
　・給与所得控除の最低保障額が55万円から65万円に引き上げ
　・扶養親族等の所得要件が48万円以下から58万円以下に引き上げ
　・19歳以上23歳未満の親族について「特定親族特別控除」を新設
家族手当の支給要件（当社規程）は今回の改正とは連動しません。
ご不明な点は人事部 給与厚生課までお問い合わせください。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded internal newsletter on tax rules: general information, no person",
    },
    {
        "id": "haigusha-069",
        "charset": "cp932",
        "sender": KASHIMADA,
        "to": [SAOTOME],
        "subject": "子の手当延長（22歳超）の申請について",
        "body": """早乙女様

鹿島田です。子の手当の年齢延長の申請が1件ありましたのでご連絡します。

社員 N47302 日下部 涼子さんの長男 日下部 崇（平成15年1月30日生）は、
重度の知的障害（療育手帳A）があり、現在も大阪府立北摂特別支援学校の
高等部専攻科に在籍しています。
規程附則第3条により、22歳到達後も在学中は子の手当を継続します。

在学証明書は受領済みです。
""" + SIG_KASHIMADA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named son's intellectual disability (療育手帳A, special-needs school)",
    },
    {
        "id": "haigusha-070",
        "charset": "utf-8",
        "sender": KIRA,
        "to": ["Priya Nair <priya.nair@meridian-payroll.com>"],
        "subject": "Re: Dependant details for the Singapore assignees",
        "body": """Hi Priya,

Thanks - the figures match ours. Please go ahead and set up the dependant allowance
for the three assignees from the April 2026 payroll run. No further changes from our side.
""" + SIG_KIRA + """

On Thu, Nov 20, 2025 at 4:02 PM Priya Nair <priya.nair@meridian-payroll.com> wrote:
> Dear Nao,
>
> As discussed, here is what we hold for the assignees' dependants:
>
>   Haruto Sagara  - spouse Mei Sagara (DOB 1990-05-14), son Riku Sagara (DOB 2019-01-30)
>   Kenta Obana    - spouse Akane Obana (DOB 1987-11-02)
>   Sho Mizorogi   - spouse Lisa Mizorogi (DOB 1992-08-19), daughter Emi Mizorogi (DOB 2021-06-07)
>
> Please confirm so that we can configure the host payroll.
>
> Kind regards,
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the dependants' details are only in the quoted text written by the recipient",
    },
    {
        "id": "haigusha-071",
        "charset": "utf-8",
        "sender": KIRA,
        "to": [GLOBALPAY],
        "subject": "Draft dependant allowance policy for international assignees",
        "body": """Dear Meridian team,

Please find attached our draft policy on dependant allowances for international
assignees. We would appreciate your comments on the host-country payroll aspects
by 5 December.
""" + SIG_KIRA,
        "attachments": [{
            "kind": "pdf", "name": "Draft_Dependant_Allowance_Policy_v0.3.pdf",
            "title": "Dependant Allowance Policy for International Assignees (draft)",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "page_header": "Confidential",
            "lines": ["Dependant Allowance Policy for International Assignees - Draft v0.3",
                      "1. Scope: employees on assignment of 12 months or longer.",
                      "2. Spouse allowance: paid in home payroll, JPY 7,000 per month from 2026.",
                      "3. Child allowance: JPY 10,000 per child per month up to the fiscal year of age 22.",
                      "4. Evidence: marriage/birth certificates; school enrolment certificate for ages 16-22.",
                      "5. Review: annually in December together with the home-country audit."],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the PDF carries a CONFIDENTIAL page header and footer",
    },
    {
        "id": "haigusha-072",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI, SAOTOME],
        "subject": "キックオフ資料（扶養状況確認の進め方）",
        "body": """熊切様、早乙女様

今泉です。12/4キックオフで使用する説明資料をお送りします。
個人別のデータは含めておりません。事前にご一読いただけますと幸いです。
""" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "pptx", "name": "扶養状況確認_キックオフ資料.pptx",
            "title": "扶養状況確認 キックオフ",
            "slides": [
                ["扶養状況確認 2025", "日の出産業株式会社 人事部", "2025年12月4日"],
                ["目的", "家族手当・被扶養者の支給要件を年1回確認する", "過払い・届出漏れの早期発見"],
                ["進め方", "① 対象抽出（ツバサ様）", "② 社員への依頼（当社）", "③ 書類回収・判定（ツバサ様）", "④ 精算（3月給与）"],
                ["役割分担", "当社：社員対応・最終判定", "ツバサ様：データ突合・書類確認", "社労士法人みなと様：規程解釈の助言"],
                ["スケジュール", "12月上旬 依頼", "1月末 回収締切", "2月 判定", "3月 精算"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "process slides for the audit with the outsourcer, no person",
    },
    {
        "id": "haigusha-073",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "配偶者収入の確認結果（H32250 竹之内様）",
        "body": """熊切様

佐伯です。保留になっていた1件の確認結果です。

　社員：H32250 竹之内 俊
　配偶者：竹之内 千景（昭和61年12月8日生）
　令和6年分 給与収入：1,186,000円（課税証明書で確認）
　判定：配偶者手当 継続

お手数ですが、保留フラグの解除をお願いします。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one spouse's income check result: a single person's record, may warn",
    },
    {
        "id": "haigusha-074",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [SR],
        "subject": "住民票（続柄記載）の写しの件",
        "body": """氷室様

村雨です。被扶養者認定の件で、社員から提出された住民票の内容を
PDFに書き起こしましたのでお送りします。
（原本は個人番号入りで取得されてしまったため、書き起こしにも記載があります）
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "pdf", "name": "住民票写し_書き起こし_相良.pdf",
            "lines": ["住民票の写し（書き起こし）", "住所：埼玉県さいたま市浦和区岸町6-12-3",
                      "世帯主：相良 修平", ""],
            "table": [
                ["氏名", "続柄", "生年月日", "住民となった日", "個人番号"],
                ["相良 修平", "世帯主", "昭和57年2月8日", "平成24年4月1日", my_number(SEED + 7)],
                ["相良 和美", "妻", "昭和59年10月25日", "平成24年4月1日", my_number(SEED + 8)],
                ["相良 美羽", "子", "平成25年7月31日", "平成25年7月31日", my_number(SEED + 9)],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: three family members' My Numbers in a PDF transcription of a 住民票",
    },
    {
        "id": "haigusha-075",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": ["uruma.kenji0423@gmail.com"],
        "subject": "Re: 子の手当の終了時期について",
        "body": """漆間 健二 様

人事部の佐伯です。お問い合わせありがとうございます。
ご自宅のアドレスへのご返信とのことで、こちらにお送りします。

ご長男 漆間 拓真さん（平成15年8月14日生）は、令和8年3月末で22歳到達年度の
末日を迎えるため、子の手当（月額8,000円）は令和8年3月分で終了となります。
大学院へ進学される場合も、規程上は延長の対象外となりますのでご了承ください。

ご不明点があれば、社内メールでもお気軽にどうぞ。

> 佐伯さん
> 長男の手当がいつまで出るのか教えてください。来年大学院に進む予定です。
> 漆間
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "reply to the employee's own private address about his own son: one record, may warn",
    },
    {
        "id": "haigusha-076",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["kana.hoshino.0811@gmail.com", "r-tachibana@icloud.com"],
        "cc": ["mizuki_aso@gmail.com"],
        "subject": "【育休中の皆さまへ】家族手当（子）の申請書類について",
        "body": """育児休業中の皆さま

いつもお疲れさまです。人事部の佐伯です。
休業中のため、ご本人さまのご自宅アドレスにお送りしています。

お子さまの出生に伴う家族手当（子）の申請には、以下の書類が必要です。
　・家族手当認定申請書（様式第3号）
　・出生届受理証明書 または 住民票（続柄記載のもの）
提出期限：出生日から30日以内（遅れた場合は申請月からの支給となります）

郵送先：〒104-0032 東京都中央区八丁堀3-14-7 日の出産業 人事部 給与厚生課
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: three private persons on free mail in To/Cc can see each other",
    },
    {
        "id": "haigusha-077",
        "charset": "cp932",
        "sender": EBATO,
        "to": [KUMAKIRI],
        "subject": "FW: 扶養家族の同居・別居区分の変更（本社）",
        "body": """熊切様

江波戸です。社内で受けた届出メールをそのまま添付で転送します。
7名分の同居・別居区分を更新してください。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "eml", "name": "扶養家族の同居別居区分の変更.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "総務課 葛葉 <kuzunoha@hinode-sangyo.co.jp>",
                "to": [EBATO],
                "subject": "扶養家族の同居・別居区分の変更（本社）",
                "body": "江波戸課長\n\n総務課の葛葉です。同居・別居区分の変更届が7件ありました。\n\n" + "\n".join(
                    f"{p['no']}　{p['emp']}　／　{p['dep']}（{p['rel']}、{_wareki(p['dob'], 'short')}生）　"
                    f"{'同居→別居' if i % 2 else '別居→同居'}　新住所 〒{p['zip']} {p['addr']}"
                    for i, p in enumerate(_P77)) + "\n\nよろしくお願いします。\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: an attached internal mail (message/rfc822) with seven dependants' records and addresses",
    },
    {
        "id": "haigusha-078",
        "charset": "iso-2022-jp",
        "sender": KASHIMADA,
        "to": [KUMAKIRI],
        "subject": "在学証明書 追加提出分（3名）",
        "body": """熊切様

鹿島田です。在学証明書の追加提出分、3名分の内容です。原本は本日発送しました。

N48806 椎葉 早紀　長男 椎葉 隼（H16.5.30）　大阪工業技術専門学校 2年
N49935 門脇 恭子　長男 門脇 翔（H15.11.23）　浪速学院大学 4年
N46031 吉弘 誠一　長女 吉弘 舞（H16.2.2）　　関西医療福祉大学 3年

これで大阪支社分は全員提出済みです。
""" + SIG_KASHIMADA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three children's school records: a short list under the threshold, may warn",
    },
    {
        "id": "haigusha-079",
        "charset": "utf-8",
        "sender": KIRA,
        "to": ["Priya Nair <priya.nair@meridian-payroll.com>"],
        "subject": "Change for assignee Kenta Obana - spouse returning to Japan",
        "body": """Hi Priya,

A change for one of the Singapore assignees, effective 1 January 2026:

  Assignee: Kenta Obana (employee no. H31508)
  Spouse:   Akane Obana, born 2 November 1987
  Reason:   Akane has been diagnosed with breast cancer and will return to Japan
            for surgery and chemotherapy at a hospital in Tokyo.

She remains his dependant, so the spouse allowance continues, but the host-country
family housing supplement should stop from January. Please keep this strictly need-to-know.
""" + SIG_KIRA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named spouse's cancer diagnosis and treatment, in English",
    },
    {
        "id": "haigusha-080",
        "charset": "cp932",
        "sender": MURASAME,
        "to": [BPO],
        "subject": "事業所別 書類提出窓口の一覧",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

村雨です。社員からの問い合わせを貴社で受けた際の案内用に、
事業所ごとの書類提出窓口（代表番号）をまとめました。

【本社】　　　人事部 給与厚生課　〒104-0032 東京都中央区八丁堀3-14-7　　TEL 03-5543-2180
【大阪支社】　総務課　　　　　　　〒530-0047 大阪市北区西天満4-9-12　　　TEL 06-6362-7410
【名古屋工場】総務課　　　　　　　〒455-0027 名古屋市港区船見町2-31　　　TEL 052-661-3350
【仙台営業所】庶務係　　　　　　　〒980-0811 仙台市青葉区一番町2-4-10　　TEL 022-262-5581
【福岡営業所】庶務係　　　　　　　〒812-0011 福岡市博多区博多駅前3-7-28　TEL 092-471-6604
【札幌営業所】庶務係　　　　　　　〒060-0042 札幌市中央区大通西8-2-5　　　TEL 011-241-9307

受付時間はいずれも平日9:00～17:30です。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own offices with switchboard numbers: businesses, not people",
    },
]

# ---------------------------------------------------------------- 081-100

_P94 = _people("internal-subdomain-audit", 15)

MESSAGES += [
    {
        "id": "haigusha-081",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": [SR],
        "subject": "被扶養者資格再確認 提出書類（暗号化ZIP）",
        "body": """氷室様

村雨です。被扶養者資格再確認の提出書類一式をお送りします。
添付はパスワード付きZIPです。解凍パスワードは後ほど別メールでお送りします。

（ファイル：被扶養者再確認_提出書類.zip）
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "zip", "name": "被扶養者再確認_提出書類.zip", "password": "minato#2511",
            "files": [{"kind": "docx", "name": "被扶養者再確認_一覧.docx",
                       "paragraphs": ["被扶養者資格再確認 一覧"],
                       "tables": [[["社員氏名", "被扶養者", "続柄", "生年月日"]] + [
                           [p["emp"], p["dep"], p["rel"], p["dob"].isoformat()]
                           for p in _people("sr-zip-docx", 9)]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: an AES-encrypted ZIP with a DOCX inside",
    },
    {
        "id": "haigusha-082",
        "charset": "utf-8",
        "sender": KASHIMADA,
        "to": ["庶務 <shomu@kansai-kojo-service.co.jp>"],
        "subject": "家族手当関係の様式一式（構内常駐の出向者向け）",
        "body": """関西工場サービス株式会社　庶務ご担当者様

いつもお世話になっております。日の出産業 大阪支社の鹿島田です。
貴社構内に常駐している当社社員向けに、家族手当関係の様式一式（未記入）を
ZIPでお送りします。休憩室の書類棚に備え置いていただけますと助かります。

・家族手当認定申請書（様式第3号）
・扶養家族異動届（様式第4号）
・記入例
""" + SIG_KASHIMADA,
        "attachments": [{
            "kind": "zip", "name": "kazoku_teate_yoshiki.zip",
            "files": [
                {"kind": "docx", "name": "様式第3号_家族手当認定申請書.docx",
                 "paragraphs": ["家族手当 認定申請書（様式第3号）", "氏名：", "対象家族：", "続柄：", "生年月日：", "添付書類："]},
                {"kind": "docx", "name": "様式第4号_扶養家族異動届.docx",
                 "paragraphs": ["扶養家族 異動届（様式第4号）", "異動の種類：□追加　□除外　□同居・別居の変更", "異動日：", "事由："]},
                {"kind": "pdf", "name": "記入例.pdf",
                 "lines": ["記入例", "氏名：日出 太郎（見本）", "対象家族：日出 花子（見本）　続柄：妻",
                           "※記入例の氏名は架空のものです。"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a plain ZIP of blank forms and a specimen with a sample name, no real person",
    },
    {
        "id": "haigusha-083",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "Re: 個人番号の桁誤りについて（K35566）",
        "body": """早乙女様

佐伯です。ご指摘ありがとうございました。本人に確認したところ転記誤りでした。
正しい番号は以下のとおりです。

　K35566 氏家 航 様　長女 氏家 芽依（平成21年10月11日生）
　個人番号：""" + my_number(SEED + 10) + """

お手数ですが差し替えをお願いします。

> 佐伯様
> K35566 氏家様の扶養親族（長女）の個人番号がチェックデジットエラーとなります。
> ご確認をお願いできますでしょうか。
> 早乙女
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a corrected My Number in the new text of a reply (quoted text holds none)",
    },
    {
        "id": "haigusha-084",
        "charset": "iso-2022-jp",
        "sender": MURASAME,
        "to": [SR],
        "subject": "FW: 被扶養者資格の再確認の実施について（健保組合より）",
        "body": """氷室様

村雨です。健保組合から届いた通知を添付で転送します。
例年と変わりないように見えますが、提出期限が2週間早まっています。
スケジュールの組み直しについてご相談させてください。
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "eml", "name": "被扶養者資格の再確認の実施について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": KENPO,
                "to": ["事業主各位 <jigyosho-list@kanto-kikai-kenpo.or.jp>"],
                "subject": "被扶養者資格の再確認の実施について（通知）",
                "body": """事業主 各位

関東機械工業健康保険組合 適用課

令和7年度 被扶養者資格の再確認を下記のとおり実施いたします。

1. 対象：令和7年10月1日現在の被扶養者（18歳未満の者を除く）
2. 提出書類：被扶養者状況リスト、課税（非課税）証明書 等
3. 提出期限：令和8年1月16日（金）
4. 提出先：当組合 適用課（郵送）

ご協力のほど、よろしくお願い申し上げます。
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an attached general notice from the health-insurance society: no person",
    },
    {
        "id": "haigusha-085",
        "charset": "utf-8",
        "sender": SAEKI,
        "to": ["熊切 様 <kumakiri@tsubasa-systems.jp>"],
        "subject": "配偶者手当 再開（1名）",
        "body": """熊切様

いつもお世話になっております。佐伯です。
配偶者の退職に伴い、配偶者手当を再開する方が1名おります。

　H28317 稗田 裕一　／　妻 稗田 朋子（平成元年4月26日生）
　再開月：2025年12月分

退職証明書は確認済みです。よろしくお願いします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike: tsubasa-systems.jp (an s added) instead of the partner tsubasa-system.jp",
    },
    {
        "id": "haigusha-086",
        "charset": "utf-8",
        "sender": KIRA,
        "to": ["Priya Nair <priya.nair@meridian-payroll.com>"],
        "subject": "Dependants remaining in Japan - 2026 assignee group",
        "body": """Hi Priya,

For the second group of assignees (departing February 2026), the following dependants
will stay in Japan. Home payroll keeps paying their allowance; please record them as
"dependant - not accompanying".

Assignee (emp no.)     Dependant            Relation   Date of birth   Home address in Japan
---------------------  -------------------  ---------  --------------  ----------------------------------------------
Daichi Todoroki H33019  Sayaka Todoroki      spouse     1989-09-03      2-8-14 Shimouma, Setagaya-ku, Tokyo 154-0002
Ryo Higaki      K30470  Fumi Higaki          mother     1951-04-27      1-22-5 Kamoi, Midori-ku, Yokohama 226-0003
Takumi Washio   H36652  Yui Washio           daughter   2006-12-15      4-3-9 Tsutsujigaoka, Chofu-shi, Tokyo 182-0006
Shingo Tsuge    N29981  Miho Tsuge           spouse     1985-01-20      6-1-30 Kita-Urawa, Urawa-ku, Saitama 330-0074
Kohei Igari     H40728  Minato Igari         son        2004-07-08      3-17-2 Tsudanuma, Narashino-shi, Chiba 275-0016
""" + SIG_KIRA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five dependants with dates of birth and home addresses (romaji) to a foreign payroll provider",
    },
    {
        "id": "haigusha-087",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [SAEKI],
        "bcc": ["m.tsuruga_1979@yahoo.co.jp", "sakiko.hanawa@gmail.com", "yumi-ishiguro@ezweb.ne.jp",
                "k.nonomura.family@outlook.jp", "tomoe_amamiya@softbank.ne.jp", "haruka.kumagai88@icloud.com"],
        "subject": "【日の出産業】課税証明書のご提出期限が近づいています",
        "body": """社員のご家族（配偶者）の皆さま

日の出産業 人事部の佐伯でございます。
（本メールは一斉送信のため、宛先を非表示にしてお送りしております）

家族手当の年次確認に必要な課税（所得）証明書のご提出期限は、12月15日です。
既にご提出済みの方は、行き違いとなりましたことをお詫び申し上げます。

ご不明な点は、人事部 給与厚生課（03-5543-2180）までお問い合わせください。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "bulk mail to private persons correctly in Bcc: they cannot see each other",
    },
    {
        "id": "haigusha-088",
        "charset": "cp932",
        "sender": EBATO,
        "to": [KUMAKIRI, SAOTOME],
        "subject": "【要対応】扶養家族の住所の取扱いについて（1件）",
        "body": """熊切様、早乙女様

江波戸です。1件、特別な取扱いをお願いしたい案件がございます。

N44170 西園寺 葉子さんは、元夫からの配偶者暴力（DV）の被害を受けており、
支援措置により住民票の閲覧制限がかかっています。
長男 西園寺 蒼空（平成28年6月2日生）とともに転居していますが、
新住所は給与システム・帳票類に一切登録しないでください。
（郵送物はすべて当社人事部気付でお願いします）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee has been a victim of domestic violence (crime victim)",
    },
    {
        "id": "haigusha-089",
        "charset": "utf-8",
        "sender": EBATO,
        "to": ["シニアコンサルタント 沢渡 <sawatari@hrdesign-partners.co.jp>"],
        "subject": "手当体系見直し プロジェクト　現状分析資料",
        "body": """沢渡様

いつもお世話になっております。日の出産業の江波戸です。
手当体系見直しプロジェクトの現状分析資料（家族手当部分）をお送りします。
集計値のみで、個人別のデータは含めておりません。
""" + SIG_EBATO,
        "attachments": [{
            "kind": "pptx", "name": "家族手当_現状分析_20251121.pptx",
            "slides": [
                ["家族手当の現状", "受給者 580名（在籍者の47.7%）", "年間支給総額 1億2,390万円"],
                ["受給者数の推移", "2021年度 612名 → 2025年度 580名", "配偶者手当受給者は5年で18%減少"],
                ["区分別構成", "配偶者 394名 ／ 子 774名 ／ 父母等 37名", "子1人あたり平均 1.6人"],
                ["同業他社比較（公開資料ベース）", "配偶者手当を廃止・縮小済み：調査対象12社中7社", "子の手当の平均：月額11,200円"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics in slides to a consultant, no person",
    },
    {
        "id": "haigusha-090",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": ["白川法律事務所 鶴見 <tsurumi@shirakawa-law.jp>"],
        "subject": "【極秘】家族手当不正受給事案の懲戒処分についてのご相談",
        "body": """【極秘】

白川法律事務所
鶴見先生

日の出産業の今泉です。先日お電話でご相談した事案について、論点を整理しました。

1. 事案の概要：社員1名が、配偶者の就職（年収約400万円）を3年間届け出ず、
   配偶者手当 計36万円を受給していた。
2. 論点：(1) 懲戒解雇の相当性（就業規則第58条）、(2) 返還請求の範囲と時効、
   (3) 故意の立証方法
3. 本人は返還の意思を示しているが、故意は否認している。

対象者の特定につながる情報は面談時にお伝えします。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the subject and the body are stamped 【極秘】 (to the correct partner law firm)",
    },
    {
        "id": "haigusha-091",
        "charset": "cp932",
        "sender": MURASAME,
        "to": ["市民税課 特別徴収係 <tokucho@city.nanri.lg.jp>"],
        "subject": "給与支払報告書（総括表）の記載事項について",
        "body": """南里市役所 市民税課 特別徴収係 ご担当者様

日の出産業株式会社 人事部の村雨と申します。
令和8年度分の給与支払報告書の提出にあたり、総括表の記載について確認させてください。

　事業者名：日の出産業株式会社
　法人番号：5011001064219
　特別徴収義務者指定番号：00184562

昨年まで「受給者総人員」に退職者を含めておりましたが、
扶養控除の改正に伴い様式の変更点はございますでしょうか。
eLTAXでの提出を予定しております。
""" + SIG_MURASAME,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "the company's own 法人番号 to a city office: a corporate number, no personal data",
    },
    {
        "id": "haigusha-092",
        "charset": "utf-8",
        "sender": EBATO,
        "to": ["川崎電機 人事部 <kyuyo-g@kawasaki-denki.co.jp>",
               "青葉運輸 総務部 <somu@aoba-unyu.co.jp>"],
        "cc": [KUMAKIRI],
        "subject": "出向者の家族手当 負担金請求方法の統一について",
        "body": """川崎電機株式会社 人事部 ご担当者様
青葉運輸株式会社 総務部 ご担当者様
（cc：ツバサシステム 熊切様）

いつもお世話になっております。日の出産業の江波戸です。
2026年1月の家族手当改定に合わせ、出向者に係る家族手当の負担金請求を、
両社とも四半期ごと・ツバサシステム様作成の明細付きに統一させていただきたく存じます。

つきましては、12月10日（水）にオンラインで15分ほどご説明の機会を頂戴できますでしょうか。
""" + SIG_EBATO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: two partner companies and the outsourcer (three organisations) in To/Cc",
    },
    {
        "id": "haigusha-093",
        "charset": "utf-8",
        "sender": KIRA,
        "to": ["Priya Nair <priya.nair@meridian-payroll.com>"],
        "subject": "Call on Tuesday - dependant allowance set-up",
        "body": """Hi Priya,

Tuesday 25 November at 10:00 SGT (11:00 JST) works for us. I will send a Teams link.
Agenda: (1) home/host split of the allowance, (2) evidence we collect, (3) the data
processing addendum - our legal team will join for the last item.
""" + SIG_KIRA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a short English scheduling mail; 'confidential' appears only in the standard disclaimer",
    },
    {
        "id": "haigusha-094",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": ["給与厚生課 <kyuyo@mail.hinode-sangyo.co.jp>"],
        "cc": ["内部監査室 <audit@hq.hinode-sangyo.co.jp>"],
        "subject": "Re: 抽出サンプル（15件）の証憑確認結果",
        "body": """給与厚生課 各位
（cc：内部監査室）

今泉です。内部監査室から依頼のあったサンプル15件の証憑確認結果を添付します。
うち2件は証憑不足のため、本人に再提出を依頼しています。
""" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "xlsx", "name": "証憑確認結果_サンプル15件.xlsx",
            "sheets": {"結果": [
                ["証憑確認結果（内部監査 サンプル抽出分）"],
                ["No", "社員番号", "社員氏名", "扶養家族", "続柄", "生年月日", "住所", "確認書類", "結果"]] + [
                [i + 1, p["no"], p["emp"], p["dep"], p["rel"], p["dob"].isoformat(), p["addr"],
                 "課税証明書" if p["rel"] in ("妻", "夫") else "住民票",
                 "証憑不足" if i in (4, 11) else "適正"] for i, p in enumerate(_P94)]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "all recipients are on internal subdomains (mail./hq.hinode-sangyo.co.jp): the 15-row list stays inside",
    },
    {
        "id": "haigusha-095",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [SAOTOME],
        "subject": "課税証明書 提出状況（本社・追加分）",
        "body": """早乙女様

佐伯です。本社分の課税証明書の提出状況（追加分）です。

　堤 英二 様 …… 提出済
　菱沼 由佳 様 …… 提出済
　巻島 隼人 様 …… 未提出（12/5までに提出予定）
　城戸 光代 様 …… 提出済
　灰原 学 様 …… 未提出

以上です。
""" + SIG_SAEKI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "five names with only a submission status: a list of people, or names without records, is a judgement call",
    },
    {
        "id": "haigusha-096",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [KUMAKIRI],
        "subject": "Re: 扶養家族5名以上の社員数について",
        "body": """熊切様

今泉です。お問い合わせの件、人事システムで集計しました。

　扶養家族（家族手当の対象）が5名以上の社員：12名
　　うち本社 3名、名古屋工場 7名、大阪支社 2名
　最多：7名（1名）

個人別の内訳が必要な場合は、監査の段階で別途ご相談させてください。
""" + SIG_IMAIZUMI + """

差出人: 熊切 <kumakiri@tsubasa-system.jp>
送信日時: 2025年11月20日 18:03
宛先: 今泉 航
件名: 扶養家族5名以上の社員数について

今泉様　扶養家族5名以上の社員数を教えていただけますでしょうか。抽出条件の検討に使います。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts only, no person",
    },
    {
        "id": "haigusha-097",
        "charset": "iso-2022-jp",
        "sender": SAEKI,
        "to": [KUMAKIRI],
        "subject": "配偶者の収入がない理由の確認結果（H30901）",
        "body": """熊切様

佐伯です。照会のあった件、社員本人から事情を聞き取りました。

H30901 鷹野 修平さんの妻 鷹野 恵美さん（昭和63年5月19日生）は、
日本ナザレ福音教会の専従伝道師として奉仕しており、信仰上の理由から
教会からの報酬を受け取っていないとのことです。
収入がないことは教会発行の証明書で確認しましたので、配偶者手当は継続とします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named spouse's religion (evangelist of a named church, by faith)",
    },
    {
        "id": "haigusha-098",
        "charset": "utf-8",
        "sender": MURASAME,
        "to": [BPO],
        "subject": "手当コードマスタ（2026年1月改定版）",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

村雨です。2026年1月改定版の手当コードマスタをCSVでお送りします。
FA05（配偶者 経過措置）を新設しています。
""" + SIG_MURASAME,
        "attachments": [{
            "kind": "csv", "name": "teate_code_master_202601.csv", "encoding": "utf-8",
            "rows": [["手当コード", "手当名", "支給単位", "月額", "課税区分", "適用開始", "適用終了"],
                     ["FA01", "家族手当（配偶者）", "人", 7000, "課税", "2026-01-01", ""],
                     ["FA02", "家族手当（子）", "人", 10000, "課税", "2026-01-01", ""],
                     ["FA03", "家族手当（父母等）", "人", 5000, "課税", "2026-01-01", ""],
                     ["FA04", "障害のある子の加算", "人", 6000, "課税", "2026-01-01", ""],
                     ["FA05", "配偶者 経過措置", "人", 3000, "課税", "2026-01-01", "2027-12-31"],
                     ["HA01", "住宅手当（世帯主）", "人", 20000, "課税", "2024-04-01", ""]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a code master (allowance codes and amounts) in CSV, no person",
    },
    {
        "id": "haigusha-099",
        "charset": "utf-8",
        "sender": KASHIMADA,
        "to": [SAOTOME],
        "subject": "扶養親族（子２名）の個人番号のご連絡",
        "body": """早乙女様

大阪支社の鹿島田です。年末調整用に、扶養親族の個人番号をご連絡します。
（社員が全角で記入してきたため、そのまま転記しています）

社員番号　Ｎ５１４０７　社員氏名　大久保　慎平
　長男　大久保　海翔　平成２０年１１月３日生
　　個人番号　""" + _fw(my_number(SEED + 11)[:4] + " " + my_number(SEED + 11)[4:8] + " " + my_number(SEED + 11)[8:]).replace(" ", "　") + """
　次男　大久保　湊斗　平成２３年２月２８日生
　　個人番号　""" + _fw(my_number(SEED + 12)) + """

よろしくお願いいたします。
""" + SIG_KASHIMADA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: two children's My Numbers written in full-width digits",
    },
    {
        "id": "haigusha-100",
        "charset": "cp932",
        "sender": SAEKI,
        "to": [BPO],
        "subject": "ヘルプデスク用 家族手当FAQ（社内ポータル掲載版）",
        "body": """ツバサシステム 給与BPOセンター ご担当者様

佐伯です。社内ポータルに掲載している家族手当FAQをHTMLファイルでお送りします。
社員から貴社ヘルプデスクに問い合わせがあった際の回答の目安としてご利用ください。
""" + SIG_SAEKI + DISC_JA,
        "attachments": [{
            "kind": "html", "name": "kazoku_teate_faq.html",
            "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>家族手当FAQ</title></head>
<body><h1>家族手当 よくある質問</h1>
<dl>
<dt>Q1. 配偶者がパートで働いています。手当はもらえますか？</dt>
<dd>配偶者の年収が130万円未満であれば支給対象です。年1回、課税証明書で確認します。</dd>
<dt>Q2. 子が大学に進学しました。何か手続きは必要ですか？</dt>
<dd>16歳以上の子は、毎年4月に在学証明書を提出してください（22歳到達年度末まで）。</dd>
<dt>Q3. 別居している母に仕送りしています。対象になりますか？</dt>
<dd>年間72万円以上の仕送りを継続している場合は対象です。送金記録を提出してください。</dd>
<dt>Q4. 扶養家族が就職したらどうすればよいですか？</dt>
<dd>就職日から14日以内に扶養家族異動届（様式第4号）を提出してください。遅れると返還の対象になります。</dd>
</dl>
<p>お問い合わせ：人事部 給与厚生課（内線2241）</p>
</body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an FAQ page (HTML attachment) with rules, no person; disclaimer at the end",
    },
]
