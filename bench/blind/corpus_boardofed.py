"""boardofed — 日の出産業株式会社 教育ICT事業部・学校支援事業（市町村教育委員会の受託業務）。

児童生徒の学習用端末アカウント、特別支援学級、不登校児童生徒のフォロー（教育支援センター・NPO）、
教職員の人事異動に伴うアカウント切替、テスト結果の出力、保護者連絡網・連絡配信システム、
ICT支援員の派遣（入構証・駐車許可・社会保険）、端末の配送・修理業者とのやり取り。

Written blind from bench/blind/BRIEF.md. My Number / card number seeds start at 4201.
Every person, number and address is invented.
"""

from __future__ import annotations

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# helpers

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    return s.translate(FW)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    d = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += d[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SUR = [
    ("佐久間", "サクマ", "sakuma"), ("小野寺", "オノデラ", "onodera"), ("漆原", "ウルシバラ", "urushibara"),
    ("百瀬", "モモセ", "momose"), ("鬼頭", "キトウ", "kito"), ("日下部", "クサカベ", "kusakabe"),
    ("苫米地", "トマベチ", "tomabechi"), ("薬師寺", "ヤクシジ", "yakushiji"), ("瀬戸口", "セトグチ", "setoguchi"),
    ("御手洗", "ミタライ", "mitarai"), ("四十物", "アイモノ", "aimono"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("井ノ口", "イノクチ", "inokuchi"), ("栗林", "クリバヤシ", "kuribayashi"), ("長谷部", "ハセベ", "hasebe"),
    ("水落", "ミズオチ", "mizuochi"), ("今泉", "イマイズミ", "imaizumi"), ("熊谷", "クマガイ", "kumagai"),
    ("桑島", "クワジマ", "kuwajima"), ("野々村", "ノノムラ", "nonomura"), ("藤枝", "フジエダ", "fujieda"),
    ("宮前", "ミヤマエ", "miyamae"), ("堀之内", "ホリノウチ", "horinouchi"), ("新妻", "ニイツマ", "niitsuma"),
    ("比嘉", "ヒガ", "higa"), ("金城", "キンジョウ", "kinjo"), ("相馬", "ソウマ", "soma"),
    ("袴田", "ハカマタ", "hakamata"), ("根本", "ネモト", "nemoto"), ("上原", "ウエハラ", "uehara"),
    ("仲宗根", "ナカソネ", "nakasone"), ("大庭", "オオバ", "oba"), ("雨宮", "アメミヤ", "amemiya"),
    ("梶原", "カジワラ", "kajiwara"), ("菅野", "カンノ", "kanno"), ("杉浦", "スギウラ", "sugiura"),
    ("若狭", "ワカサ", "wakasa"), ("一ノ瀬", "イチノセ", "ichinose"), ("五味", "ゴミ", "gomi"),
    ("蛭田", "ヒルタ", "hiruta"), ("舘野", "タテノ", "tateno"), ("左近", "サコン", "sakon"),
]
KID = [
    ("陽葵", "ヒマリ", "himari"), ("蓮", "レン", "ren"), ("結菜", "ユイナ", "yuina"), ("湊", "ミナト", "minato"),
    ("芽依", "メイ", "mei"), ("大翔", "ヒロト", "hiroto"), ("凛", "リン", "rin"), ("悠真", "ユウマ", "yuma"),
    ("紬", "ツムギ", "tsumugi"), ("颯太", "ソウタ", "sota"), ("心春", "コハル", "koharu"),
    ("陽翔", "ハルト", "haruto"), ("咲良", "サクラ", "sakura"), ("朝陽", "アサヒ", "asahi"),
    ("美月", "ミヅキ", "mizuki"), ("樹", "イツキ", "itsuki"), ("杏", "アン", "an"), ("蒼", "アオイ", "aoi"),
    ("琴音", "コトネ", "kotone"), ("律", "リツ", "ritsu"), ("彩葉", "イロハ", "iroha"), ("快斗", "カイト", "kaito"),
    ("奏太", "カナタ", "kanata"), ("花音", "カノン", "kanon"), ("壮真", "ソウマ", "soma"), ("柚希", "ユズキ", "yuzuki"),
    ("航平", "コウヘイ", "kohei"), ("乃愛", "ノア", "noa"), ("篤志", "アツシ", "atsushi"), ("千紘", "チヒロ", "chihiro"),
]
ADULT = [
    ("典子", "ノリコ", "noriko"), ("雅史", "マサシ", "masashi"), ("由美子", "ユミコ", "yumiko"),
    ("浩二", "コウジ", "koji"), ("亜希", "アキ", "aki"), ("健太郎", "ケンタロウ", "kentaro"),
    ("千尋", "チヒロ", "chihiro"), ("貴之", "タカユキ", "takayuki"), ("真理恵", "マリエ", "marie"),
    ("和也", "カズヤ", "kazuya"), ("智美", "トモミ", "tomomi"), ("信行", "ノブユキ", "nobuyuki"),
    ("恵", "メグミ", "megumi"), ("達也", "タツヤ", "tatsuya"), ("里沙", "リサ", "risa"), ("幸恵", "ユキエ", "yukie"),
    ("祐介", "ユウスケ", "yusuke"), ("玲子", "レイコ", "reiko"), ("光太郎", "コウタロウ", "kotaro"),
    ("早苗", "サナエ", "sanae"),
]
CHO = ["本町", "緑が丘", "東雲", "花園", "若葉台", "川端町", "新田", "桜木町", "上宿", "西原", "中央", "大塚"]
BLDG = ["", "", "", " コーポ緑201", " メゾン花園103", " サンハイツ南川305", "", " グランシャリオ2-B"]


def people(n: int, seed: int, *, kids: bool = True, years: tuple[int, int] = (2011, 2013),
           city: str = "埼玉県南川市", area: str = "048") -> list[dict]:
    rng = random.Random(f"boardofed-{seed}")
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    while len(out) < n:
        s = rng.choice(SUR)
        g = rng.choice(KID if kids else ADULT)
        if (s[0], g[0]) in seen:
            continue
        seen.add((s[0], g[0]))
        y = rng.randrange(years[0], years[1] + 1)
        mo, d = rng.randrange(1, 13), rng.randrange(1, 29)
        pg = rng.choice(ADULT)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "roma": f"{g[2]}.{s[2]}", "Roma": f"{s[2].upper()} {g[2].capitalize()}",
            "y": y, "m": mo, "d": d,
            "dob": f"{y}/{mo:02d}/{d:02d}", "h": f"H{y - 1988}.{mo}.{d}",
            "tel": f"0{rng.choice('987')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}",
            "home": f"{area}-{rng.randrange(200, 990)}-{rng.randrange(1000, 10000)}",
            "zip": f"{rng.randrange(330, 370)}-{rng.randrange(0, 10000):04d}",
            "addr": f"{city}{rng.choice(CHO)}{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
                    f"{rng.choice(BLDG)}",
            "parent": f"{s[0]} {pg[0]}", "parent_kana": f"{s[1]} {pg[1]}",
            "pmail": f"{s[2]}.{pg[2]}{rng.randrange(10, 99)}@"
                     f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'icloud.com', 'ezweb.ne.jp'])}",
            "score": [rng.randrange(28, 101) for _ in range(5)],
            "no": 0,
        })
    for i, p in enumerate(out, 1):
        p["no"] = i
    return out


def pad(s: str, width: int) -> str:
    """pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(width - w, 0)


# ---------------------------------------------------------------------------------------
# signatures and stock text

H = "hinode-sangyo.co.jp"

MORIMOTO = f"森本 沙織 <morimoto.saori@{H}>"
KUBOTA = f"久保田 航 <kubota.w@{H}>"
HIYAMA = f"檜山 千晶 <hiyama.c@{H}>"
SHOJI = f"東海林 健吾 <shoji.k@{H}>"
PEARCE = f"Andrew Pearce <a.pearce@{H}>"
IGARASHI = f"五十嵐 遼 <igarashi.r@{H}>"
MANABE = f"真鍋 由香里 <manabe.y@{H}>"
NIKAIDO = f"二階堂 修 <nikaido.o@{H}>"
USAMI = f"宇佐美 ひかり <usami.h@{H}>"
AKUTSU = f"阿久津 拓海 <akutsu.t@{H}>"

SIG_MORIMOTO = """
──────────────────────
日の出産業株式会社
教育ICT事業部 学校支援第一課
森本 沙織（Morimoto Saori）
〒160-0023 東京都新宿区西新宿6-12-4 日の出ビル8F
TEL 03-6279-4410 ／ FAX 03-6279-4419
Mail morimoto.saori@hinode-sangyo.co.jp
──────────────────────"""

SIG_KUBOTA = """
--
日の出産業（株）教育ICT事業部 学校支援第二課（ICT支援員センター）
久保田 航
TEL：03-6279-4415（直通）　携帯：080-3318-2064
kubota.w@hinode-sangyo.co.jp"""

SIG_HIYAMA = """
*****************************************
 日の出産業株式会社 教育ICT事業部 業務管理課
 檜山 千晶 Chiaki Hiyama
 〒160-0023 東京都新宿区西新宿6-12-4
 TEL 03-6279-4421  hiyama.c@hinode-sangyo.co.jp
*****************************************"""

SIG_SHOJI = """
==========================================
日の出産業株式会社 公共営業部 文教営業グループ
東海林 健吾（しょうじ けんご）
〒330-0063 埼玉県さいたま市浦和区高砂3-8-21 浦和第一ビル5F（さいたま営業所）
TEL 048-829-6610 ／ 携帯 090-6624-1187
shoji.k@hinode-sangyo.co.jp
=========================================="""

SIG_PEARCE = """
Best regards,
Andrew Pearce
Global Alliances, Education ICT Division
Hinode Sangyo Co., Ltd.
6-12-4 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan
Tel +81-3-6279-4430 | a.pearce@hinode-sangyo.co.jp"""

SIG_IGARASHI = """
--
五十嵐 遼 / Igarashi Ryo
日の出産業株式会社 教育ICT事業部 システム運用課
TEL 03-6279-4425 内線 2314"""

SIG_MANABE = """
―――――――――――――――――――
日の出産業株式会社 管理本部 人事総務部
真鍋 由香里
TEL 03-6279-4001 ／ manabe.y@hinode-sangyo.co.jp
―――――――――――――――――――"""

SIG_NIKAIDO = """
日の出産業株式会社
教育ICT事業部 部長　二階堂 修
〒160-0023 東京都新宿区西新宿6-12-4 日の出ビル8F
TEL 03-6279-4400"""

SIG_USAMI = """
-----
宇佐美 ひかり
日の出産業（株）ICT支援員（南川市担当）
事務所 TEL 03-6279-4415"""

SIG_AKUTSU = """
____________________________
日の出産業株式会社 教育ICT事業部 業務管理課
阿久津 拓海
03-6279-4422 / akutsu.t@hinode-sangyo.co.jp
____________________________"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

# external parties
MINAMI = "city.minamikawa.lg.jp"          # 南川市教育委員会
SAKURA = "city.sakuradai.lg.jp"           # 桜台市教育委員会
KITA = "town.kitahama.lg.jp"              # 北浜町教育委員会
HIGASHI = "city.higashiyama.lg.jp"        # 東山市教育委員会・教育センター
MANABI = "manabilink.co.jp"               # 学習アプリ（まなびリンク）
CONNECT = "school-connect.jp"             # 連絡配信システム（スクールコネクト）
SCORE = "scorelab.co.jp"                  # テスト採点・分析（スコアラボ）
REPAIR = "techrepair.co.jp"               # 端末修理（テックリペア）
HIDAMARI = "hidamari.or.jp"               # NPO法人ひだまり（教育支援センター受託）
PEOPLE = people  # alias

MESSAGES: list[dict] = []


def add(**m) -> None:
    if m.get("charset") == "iso-2022-jp":  # what a JIS mailer does with the cp932-only forms
        for k in ("body", "subject"):
            if k in m:
                m[k] = m[k].replace("～", "〜").replace("－", "−")
    MESSAGES.append(m)

# =======================================================================================
# 001 — body: space-padded table of transfer students' app accounts → learning-app vendor
_k = people(8, 1, years=(2011, 2013))
_pw = ["Mk7#qa2x", "Tr4!uw9p", "Hs2$kd8m", "Ya9&pp3c", "Lz5%ve1r", "Qn8#tt6w", "Bc3!mo4j", "We6$rs2h"]
_rows = "\n".join(
    f" {1 + i % 3}   {1 + i % 4}   {30 + i:>2}  {pad(p['name'], 14)}{pad(f's26m{2030 + i}@st.minamikawa-edu.jp', 34)}{_pw[i]}"
    for i, p in enumerate(_k))
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="8 students' names + login e-mail addresses in a padded body table to an external app vendor",
    sender=MORIMOTO, to=[f"まなびリンク サポート窓口 <support@{MANABI}>"], charset="iso-2022-jp",
    subject="【南川市】第二中学校 転入生アカウントの追加登録のお願い",
    body=f"""まなびリンク株式会社
カスタマーサポート ご担当者様

いつもお世話になっております。日の出産業の森本です。
南川市立第二中学校の4月・5月転入生分につきまして、学習アプリのアカウント追加登録をお願いいたします。
（市教委 学校教育課からは来週月曜の利用開始で了承をいただいております）

学年 組 番号 氏名          ログインID                        初期PW
---- -- ---- ------------- --------------------------------- --------
{_rows}

初期パスワードは初回ログイン時に変更させる設定でお願いします。
登録完了しましたらご一報ください。
{SIG_MORIMOTO}
""")

# 002 — pass: schedule mail with signature only
add(expect="pass", entities=[], detectors=[],
    note="ordinary schedule mail to the board; only the sender's signature",
    sender=SHOJI, to=[f"南川市教育委員会 学校教育課 大河内様 <okochi-t@{MINAMI}>"], charset="iso-2022-jp",
    subject="端末更新（第2期）スケジュール案の送付について",
    body=f"""南川市教育委員会 学校教育課
大河内 様

いつも大変お世話になっております。日の出産業の東海林でございます。
先日の打合せでご相談いただいた、学習用端末の更新（第2期）スケジュール案をお送りします。

　・10月中旬　　　小学校12校　キッティング・資産ラベル貼付
　・11月第1週　　中学校6校　旧端末回収（青葉運輸様手配）
　・11月下旬　　　全校　新端末配備・動作確認
　・12月　　　　　旧端末のデータ消去証明書提出

中学校の回収日につきましては、定期テストの日程と重ならないよう
各校の教務主任の先生と調整のうえ改めてご連絡いたします。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。
{SIG_SHOJI}
""")

# 003 — stop: DOCX table of home-visit records of 6 school-refusal students, one with 心療内科
_k = people(6, 3, years=(2010, 2013))
_notes = ["朝起きられず欠席続く。母と面談。", "週2回 教育支援センター通所。", "心療内科通院中（適応障害の診断あり）。",
          "オンライン授業に午前のみ参加。", "祖母宅から登校を試行中。", "本人と電話で会話できた。"]
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX table of 6 school-refusal students with guardians' phones, one row with a diagnosis",
    sender=USAMI, to=[f"NPO法人ひだまり 教育支援センター <center@{HIDAMARI}>"], charset="utf-8",
    subject="7月分 家庭訪問・連絡記録（南川第一中）",
    body=f"""NPO法人ひだまり
教育支援センター 相川さま

お疲れさまです。ICT支援員の宇佐美です。
南川第一中の7月分の家庭訪問・連絡記録をWordにまとめましたので送ります。
来週のケース会議の資料にお使いください。
{SIG_USAMI}
""",
    attachments=[{"kind": "docx", "name": "家庭訪問記録_7月_南川第一中.docx", "title": "家庭訪問・連絡記録",
                  "paragraphs": ["令和8年7月 家庭訪問・連絡記録", "南川市立南川第一中学校（オンライン学習支援対象生徒）"],
                  "tables": [[["No", "学年", "氏名", "保護者", "連絡先", "状況"]] +
                             [[str(i + 1), f"{1 + i % 3}年", p["name"], p["parent"], p["tel"], _notes[i]]
                              for i, p in enumerate(_k)]]}])

# 004 — pass: list of schools (business addresses and switchboards) for delivery
_schools = [("南川市立南川小学校", "本町2-1-1", "048-771-2101"), ("南川市立緑が丘小学校", "緑が丘3-15-2", "048-771-2102"),
            ("南川市立東雲小学校", "東雲1-8-30", "048-771-2103"), ("南川市立花園小学校", "花園4-2-7", "048-771-2104"),
            ("南川市立若葉台小学校", "若葉台2-22-1", "048-771-2105"), ("南川市立川端小学校", "川端町5-3", "048-771-2106"),
            ("南川市立新田小学校", "新田1-40", "048-771-2107"), ("南川市立上宿小学校", "上宿3-9-11", "048-771-2108"),
            ("南川市立南川第一中学校", "中央1-5-5", "048-771-3101"), ("南川市立南川第二中学校", "大塚2-11-3", "048-771-3102"),
            ("南川市立西原中学校", "西原6-1-1", "048-771-3103"), ("南川市立桜木中学校", "桜木町2-7-18", "048-771-3104")]
_tbl = "\n".join(f"{pad(n, 26)}埼玉県南川市{pad(a, 14)}{t}" for n, a, t in _schools)
add(expect="pass", entities=[], detectors=[],
    note="delivery list of 12 schools with office addresses and switchboards: businesses, not people",
    sender=AKUTSU, to=[f"青葉運輸 法人営業部 矢作様 <yahagi@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="Re: 南川市 端末配送先一覧（12校）",
    body=f"""青葉運輸株式会社
法人営業部 矢作様

お世話になっております。日の出産業の阿久津です。
配送先一覧、遅くなりましたが下記のとおりです。
各校とも受取は事務室、平日8:30～16:30でお願いします。

学校名                    所在地                      代表電話
------------------------  --------------------------  ------------
{_tbl}

搬入経路（エレベーター有無）は別途学校ごとに確認してお送りします。
{SIG_AKUTSU}
""")

# 005 — stop: 4 external organisations visible in To/Cc
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="meeting invite with the board, two vendors and the carrier all visible in To/Cc (4 external parties)",
    sender=NIKAIDO,
    to=[f"桜台市教育委員会 教育総務課 <kyoiku-somu@{SAKURA}>", "ツバサシステム 中務様 <nakatsuka@tsubasa-system.jp>",
        f"まなびリンク 営業部 <sales@{MANABI}>"],
    cc=["青葉運輸 矢作様 <yahagi@aoba-unyu.co.jp>", f"森本 <morimoto.saori@{H}>"], charset="iso-2022-jp",
    subject="【ご案内】桜台市GIGA端末更新 キックオフ会議（9/18）",
    body=f"""関係各位

いつもお世話になっております。日の出産業の二階堂です。
桜台市GIGA端末更新事業のキックオフ会議を下記のとおり開催いたします。

日時：9月18日（金）14:00～16:00
場所：桜台市役所 西庁舎3階 第2会議室（オンライン併用）
議題：1. 全体スケジュール　2. アカウント移行方式　3. 配送・回収計画　4. 体制表の確認

オンライン参加のURLは前日までにお送りします。
ご多用のところ恐縮ですが、ご出席のほどよろしくお願いいたします。
{SIG_NIKAIDO}
""")

# 006 — stop: My Number of one ICT support worker to the labour and social security attorney
_mn = my_number(4201)
add(expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="new ICT support worker's My Number and date of birth sent to an outside 社労士 office",
    sender=MANABE, to=["こもれび社会保険労務士事務所 津川先生 <tsugawa@komorebi-sr.jp>"], charset="iso-2022-jp",
    subject="雇用保険資格取得届の件（9月1日入社 ICT支援員1名）",
    body=f"""こもれび社会保険労務士事務所
津川 先生

いつもお世話になっております。日の出産業 人事総務部の真鍋です。
9月1日付で入社したICT支援員1名につきまして、雇用保険の資格取得手続きをお願いいたします。

　氏名：　苫米地 光太郎（トマベチ コウタロウ）
　生年月日：　昭和６２年１１月３日
　個人番号：　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　雇用形態：　契約社員（週30時間）　配属：南川市教育委員会 派遣

前職の雇用保険被保険者証は本人から回収済みですので、別途郵送いたします。
よろしくお願いいたします。
{SIG_MANABE}
""")

# 007 — pass: 3 ICT support workers' mobile numbers to a school
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three support workers' names and mobiles to the school they serve: under five people",
    sender=KUBOTA, to=["桜台東小学校 教頭 羽生先生 <habu-k@edu.city.sakuradai.lg.jp>"], charset="utf-8",
    subject="2学期のICT支援員 訪問体制について",
    body=f"""桜台市立桜台東小学校
教頭 羽生 先生

お世話になっております。日の出産業 ICT支援員センターの久保田です。
2学期の訪問体制が決まりましたのでお知らせします。
当日の急な連絡は、下記の携帯に直接お電話いただいて構いません。

　月・木　：　根本 早苗　　080-4471-2296
　火・金　：　杉浦 祐介　　090-7713-5820
　水（隔週）：　比嘉 里沙　　070-2236-9914

なお、夏休み中に行った校内Wi-Fiの点検結果は、別途報告書でお送りします。
{SIG_KUBOTA}
""")

# 008 — stop: CSV (CP932) bulk account upload, 40 students, to the systems integrator
_k = people(40, 8, years=(2014, 2019))
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CP932 CSV of 40 pupils (name, kana, account e-mail, date of birth) to an external integrator",
    sender=HIYAMA, to=["ツバサシステム 中務様 <nakatsuka@tsubasa-system.jp>"], charset="shift_jis",
    subject="北浜町 新1年生・転入生 アカウント一括登録用CSV",
    body=f"""株式会社ツバサシステム
中務 様

お世話になっております。日の出産業の檜山です。
北浜町の新1年生・転入生分のアカウント一括登録用CSVを添付します。
文字コードはShift_JIS、1行目ヘッダーです。OU は学校コードで振り分けをお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "csv", "name": "kitahama_accounts_202609.csv", "encoding": "cp932",
                  "rows": [["学校コード", "学年", "組", "氏名", "氏名カナ", "メールアドレス", "生年月日"]] +
                          [[f"K0{1 + i % 4}", str(1 + i % 6), str(1 + i % 2), p["name"], p["kana"],
                            f"{p['roma']}{i:02d}@st.kitahama-edu.jp", p["dob"]] for i, p in enumerate(_k)]}])

# 009 — stop: look-alike of the partner tsubasa-system.jp (letter dropped)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp",
    sender=IGARASHI, to=["中務様 <nakatsuka@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    subject="MDMプロファイル配信設定のご確認",
    body=f"""ツバサシステム 中務様

お世話になっております。日の出産業の五十嵐です。
南川市の中学校端末向けMDMプロファイルについて確認させてください。

1. 夜間（22時～6時）のアプリ利用制限は、全学年共通で良いでしょうか。
2. カメラの利用制限は授業支援アプリのみ許可、で設定予定です。
3. OS更新の配信は土曜の深夜帯を想定しています。

問題なければ、来週火曜にテスト校（南川第二中）へ先行配信します。
{SIG_IGARASHI}
""")

# 010 — pass: quote request with the standard disclaimer
add(expect="pass", entities=[], detectors=[],
    note="quote request to a partner; the closing disclaimer is not a confidentiality stamp",
    sender=SHOJI, to=["川崎電機 文教営業部 <bunkyo@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="充電保管庫（40台用）お見積りのお願い",
    body=f"""川崎電機株式会社
文教営業部 ご担当者様

いつもお世話になっております。日の出産業の東海林です。
下記の条件で充電保管庫のお見積りをお願いできますでしょうか。

　型番：KD-CS40W（40台収納・タイマー充電）
　数量：52台（南川市立小中学校18校分）
　納期：11月末まで　設置作業込み
　提出先：南川市教育委員会（弊社経由）

お手数ですが、9月25日（金）までにご回答いただけますと幸いです。
{SIG_SHOJI}
{DISC_JA}
""")

# 011 — stop: one special-needs pupil's disability and settings → app vendor
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="named pupil in a special-needs class with an autism diagnosis sent to the app vendor: 要配慮 of one person",
    sender=MORIMOTO, to=[f"まなびリンク 開発サポート 藤崎様 <fujisaki@{MANABI}>"], charset="utf-8",
    subject="特別支援学級の児童向け表示設定について（ご相談）",
    body=f"""まなびリンク株式会社
開発サポート 藤崎様

お世話になっております。日の出産業の森本です。
南川市立花園小学校の特別支援学級（自閉症・情緒）に在籍している
4年生の 御手洗 紬（みたらい つむぎ）さんについてご相談です。

担任の先生によると、紬さんは自閉スペクトラム症の診断があり、
画面のアニメーションや効果音に強い苦痛を感じるため、現在は学習アプリを使えていません。
・正解／不正解時のアニメーションと効果音を個別にオフにできるか
・文字サイズを学年設定とは別に大きくできるか
の2点、アカウント単位で設定可能か教えていただけますか。

ログインIDは s26e4017@st.minamikawa-edu.jp です。
{SIG_MORIMOTO}
""")

# 012 — pass: one parent on free mail, repair return date
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one guardian on free mail about the return of a repaired tablet; only a repair number",
    sender=USAMI, to=["瀬戸口様 <setoguchi.megumi88@gmail.com>"], charset="iso-2022-jp",
    subject="修理端末の返却日について（南川小）",
    body=f"""瀬戸口 様

南川小学校でICT支援員をしております、日の出産業の宇佐美です。
お預かりしていたタブレット（受付番号 RP-26-0418）の修理が完了しました。

9月14日（月）に学校で担任の先生からお子さんにお渡しする予定です。
画面の保護フィルムは新しいものに貼り替えてあります。
ご不明な点があれば、学校経由でもこちらのメールでも結構ですのでお知らせください。
{SIG_USAMI}
""")

# 013 — stop: PDF parents' contact network (10 households) to the printer
_k = people(10, 13, years=(2015, 2016))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF contact network of 10 households (guardian, pupil, address, phone) sent to a printing partner",
    sender=AKUTSU, to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="入稿：東雲小 3年2組 緊急連絡網（A4両面・30部）",
    body=f"""錦印刷株式会社
制作部 御中

お世話になっております。日の出産業の阿久津です。
東雲小学校 3年2組の緊急連絡網の入稿データをお送りします。
A4両面・モノクロ・30部、9/10（木）学校着でお願いします。
{SIG_AKUTSU}
""",
    attachments=[{"kind": "pdf", "name": "renrakumou_shinonome_3-2.pdf", "title": "3年2組 緊急連絡網",
                  "lines": ["南川市立東雲小学校　3年2組　緊急連絡網（令和8年度）", "※ 連絡は矢印の順に回してください"],
                  "table": [["No", "児童名", "保護者名", "住所", "電話"]] +
                           [[str(p["no"]), p["name"], p["parent"], p["addr"], p["home"] if i % 2 else p["tel"]]
                            for i, p in enumerate(_k)]}])

# 014 — stop: password ZIP (PPAP) to a school
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of a class roster: its contents cannot be inspected",
    sender=HIYAMA, to=["南川第二中 教務 漆原先生 <urushibara-y@edu.city.minamikawa.lg.jp>"], charset="iso-2022-jp",
    subject="アカウント一覧（2年生）送付",
    body=f"""南川第二中学校
教務主任 漆原 先生

お世話になっております。日の出産業の檜山です。
ご依頼の2年生アカウント一覧をお送りします。
パスワードは別メールにてお送りいたします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "zip", "name": "2nen_account.zip", "password": "Mnk2026#0907",
                  "files": [{"kind": "csv", "name": "2nen_account.csv", "encoding": "cp932",
                             "rows": [["組", "番号", "氏名", "ID", "PW"]] +
                                     [[str(1 + i % 4), str(p["no"]), p["name"], f"s25m{3100 + i}", "Init2026!"]
                                      for i, p in enumerate(people(24, 14))]}]}])

# 015 — pass: aggregated school-refusal statistics by school
add(expect="pass", entities=[], detectors=[],
    note="aggregate counts of school-refusal pupils by school and month: statistics without people",
    sender=MORIMOTO, to=[f"南川市教育委員会 学校教育課 <gakko-kyoiku@{MINAMI}>"], charset="utf-8",
    subject="オンライン学習支援 利用状況（1学期集計）",
    body=f"""南川市教育委員会 学校教育課 御中

お世話になっております。日の出産業の森本です。
不登校児童生徒向けオンライン学習支援の1学期の利用状況を集計しましたので送付します。
学校別・月別の人数と、平均接続時間のみの集計です（個人が特定できる情報は含めていません）。

小学校の利用者は前年同期比で約1.4倍、中学校は横ばいでした。
詳細は添付のExcelをご確認ください。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "xlsx", "name": "オンライン学習支援_1学期集計.xlsx", "title": "1学期集計",
                  "sheets": {"学校別": [["令和8年度 1学期 オンライン学習支援 利用状況"], [],
                                        ["学校", "4月", "5月", "6月", "7月", "平均接続(分/日)"],
                                        ["南川小", 3, 4, 4, 5, 74], ["緑が丘小", 1, 2, 2, 2, 51],
                                        ["東雲小", 2, 2, 3, 3, 88], ["花園小", 0, 1, 1, 1, 40],
                                        ["南川第一中", 9, 11, 12, 12, 102], ["南川第二中", 7, 8, 8, 9, 95],
                                        ["西原中", 4, 4, 5, 6, 81]],
                             "学年別": [["学年", "人数"], ["小4", 2], ["小5", 4], ["小6", 5], ["中1", 9],
                                        ["中2", 10], ["中3", 8]]}}])

# 016 — stop: DOCX with 社外秘 header sent to a board
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached proposal carries a 社外秘 page header and goes to an external board",
    sender=SHOJI, to=[f"桜台市教育委員会 教育総務課 千葉様 <chiba-n@{SAKURA}>"], charset="iso-2022-jp",
    subject="次期校務支援システム ご提案資料（ドラフト）",
    body=f"""桜台市教育委員会 教育総務課
千葉 様

お世話になっております。日の出産業の東海林です。
先日お話しした次期校務支援システムのご提案資料（ドラフト）をお送りします。
来週の庁内説明の前に、方向性だけでもご確認いただけますと幸いです。
{SIG_SHOJI}
""",
    attachments=[{"kind": "docx", "name": "桜台市_次期校務支援システム提案_v0.9.docx", "page_header": "社外秘",
                  "title": "次期校務支援システム ご提案",
                  "paragraphs": ["桜台市様 次期校務支援システム ご提案書（ドラフト v0.9）",
                                 "1. 現行システムの課題：成績処理と出欠管理が別システムであり二重入力が発生している。",
                                 "2. ご提案の方針：クラウド型統合校務支援システムへの移行（令和10年4月稼働）。",
                                 "3. 概算費用：初期 3,850万円、年額運用 1,120万円（税別）。仕入原価は別紙参照。",
                                 "4. 移行スケジュール：令和9年度 2学期にデータ移行リハーサル。"]}])

# 017 — stop: TSV pasted in the body: guardians' contacts for the notification system
_k = people(7, 17, years=(2012, 2014))
_tsv = "\n".join(f"{p['parent']}\t{p['name']}\t{p['tel']}\t{p['pmail']}" for p in _k)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="tab-separated list of 7 guardians (name, child, mobile, e-mail) pasted in the body to a vendor",
    sender=USAMI, to=[f"スクールコネクト 導入支援 <onboarding@{CONNECT}>"], charset="utf-8",
    subject="西原中 追加登録分（保護者7名）",
    body=f"""スクールコネクト 導入支援チーム 御中

日の出産業 ICT支援員の宇佐美です。
西原中学校で登録が漏れていた保護者7名分です。学校から預かったExcelをそのまま貼ります。
配信グループは「2学年」でお願いします。

保護者氏名\t生徒氏名\t携帯電話\tメールアドレス
{_tsv}

よろしくお願いします。
{SIG_USAMI}
""")

# 018 — pass: reply whose only list is quoted text
_k = people(6, 18, years=(2014, 2015))
_q = "\n".join(f"> {p['name']}　{p['roma']}@st.minamikawa-edu.jp" for p in _k)
add(expect="pass", entities=[], detectors=[],
    note="the student list is only in '>' quoted text of the teacher's own mail; new text is a short ack",
    sender=IGARASHI, to=["緑が丘小 情報担当 野々村先生 <nonomura-t@edu.city.minamikawa.lg.jp>"], charset="iso-2022-jp",
    subject="Re: パスワード初期化のお願い（5年1組）",
    body=f"""野々村先生

お世話になっております。日の出産業の五十嵐です。
下記6名分、パスワードを初期化しました。初期パスワードは前回お伝えしたルールのとおりです。
明日の1校時から利用できます。

{SIG_IGARASHI}

野々村 先生 wrote:
> 日の出産業 五十嵐様
> いつもありがとうございます。
> 夏休み明けにログインできない児童が6名います。初期化をお願いします。
{_q}
> 緑が丘小 野々村
""")

# 019 — stop: residence card number of a foreign support worker to a town board
add(expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="support worker's 在留カード number and date of birth sent to the town board for an entry pass",
    sender=KUBOTA, to=[f"北浜町教育委員会 学校教育係 浅利様 <asari@{KITA}>"], charset="utf-8",
    subject="入構証発行申請（英語ICT支援員 1名）",
    body=f"""北浜町教育委員会 学校教育係
浅利 様

お世話になっております。日の出産業の久保田です。
10月から北浜中学校に配置する英語対応のICT支援員について、入構証の発行をお願いいたします。
ご指定の様式に合わせて、申請事項を記載します。

氏名（ローマ字）：REYES Maria Clara
氏名（カナ）：レイエス マリア クララ
生年月日：1994年2月17日
在留カード番号：AB12345678CD
在留期限：2028年3月31日
配置校：北浜町立北浜中学校（週4日）

在留カードの写しが必要でしたら、お知らせください。
{SIG_KUBOTA}
""")

# 020 — stop: six guardians on free mail in To
_k = people(6, 20, years=(2013, 2014))
add(expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient",
                                             "multiple_external_domains"],
    note="six guardians' private addresses all visible in To: should have been Bcc",
    sender=USAMI, to=[f"{p['parent']} <{p['pmail']}>" for p in _k], charset="iso-2022-jp",
    subject="【南川第一中】貸出端末の返却についてのお願い",
    body=f"""保護者の皆様

南川第一中学校でICT支援員をしております日の出産業の宇佐美です。
夏休み中に貸し出しておりましたモバイルルーターの返却期限が9月11日（金）となっております。
お手数ですが、お子様を通じて担任の先生へご返却くださいますようお願いいたします。

充電ケーブルもあわせてご返却ください。
{SIG_USAMI}
""")

# 021 — either: published teacher transfer list (names and schools only)
_t = people(12, 21, kids=False, years=(1965, 1995))
_sch = ["南川小", "緑が丘小", "東雲小", "花園小", "若葉台小", "川端小", "新田小", "南川第一中", "南川第二中", "西原中"]
_rows = "\n".join(f"　{pad(p['name'], 14)}{pad(_sch[i % 10] + '（教諭）', 22)}← {_sch[(i + 3) % 10]}" for i, p in enumerate(_t))
add(expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="12 teachers' names with old/new schools only, the same as the board's published 人事異動; no contact data",
    sender=HIYAMA, to=[f"まなびリンク サポート窓口 <support@{MANABI}>"], charset="iso-2022-jp",
    subject="南川市 10月1日付 教職員異動に伴う所属変更",
    body=f"""まなびリンク サポート窓口 御中

お世話になっております。日の出産業の檜山です。
南川市の10月1日付教職員異動（市報・新聞発表済み）に伴い、教員アカウントの所属校変更をお願いします。
アカウント自体は継続利用です。

　氏名          新所属                旧所属
{_rows}

9月30日の放課後以降に切り替えていただけると助かります。
{SIG_HIYAMA}
""")

# 022 — pass: NDA draft with a vendor
add(expect="pass", entities=[], detectors=[],
    note="mail about signing an NDA (秘密保持契約); the draft defines 秘密情報 but is not stamped",
    sender=SHOJI, to=[f"まなびリンク 法務担当 黒須様 <kurosu@{MANABI}>"], charset="shift_jis",
    subject="秘密保持契約書（案）送付の件",
    body=f"""まなびリンク株式会社
法務ご担当 黒須様

いつもお世話になっております。日の出産業の東海林です。
桜台市様向け共同提案に先立ち、秘密保持契約書（案）をお送りします。
弊社ひな形をベースにしておりますが、第5条（秘密情報の返還・廃棄）と第9条（有効期間）は
貴社のご要望に沿って修正しております。

ご確認のうえ、修正点がございましたら変更履歴付きでご返送ください。
{SIG_SHOJI}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出産業_まなびリンク.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）とまなびリンク株式会社（以下「乙」という）は、"
                                 "桜台市向け共同提案の検討（以下「本件」という）に関し、以下のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示当事者が秘密である旨を明示して開示した情報をいう。",
                                 "第5条（返還・廃棄）受領当事者は、本件終了後、秘密情報を速やかに返還又は廃棄する。",
                                 "第9条（有効期間）本契約の有効期間は締結日から2年間とする。"]}])

# 023 — stop: PPTX with 8 teachers' names, schools and e-mail addresses
_t = people(8, 23, kids=False, years=(1970, 1996))
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="PPTX slide listing 8 training participants with their e-mail addresses, sent to a training company",
    sender=MORIMOTO, to=["ミライ研修 運営事務局 <jimukyoku@mirai-kenshu.co.jp>"], charset="utf-8",
    subject="10/8 授業支援アプリ活用研修 受講者名簿",
    body=f"""株式会社ミライ研修
運営事務局 御中

お世話になっております。日の出産業の森本です。
10/8の研修の受講者名簿をスライドに入れてあります（冒頭で受付確認に使う想定です）。
受講者への事前課題の送付もこのアドレス宛にお願いします。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pptx", "name": "1008研修_オープニング.pptx", "title": "授業支援アプリ活用研修",
                  "slides": [["授業支援アプリ活用研修（東山市）", "10月8日（木）13:30～16:30", "東山市教育センター 研修室A"],
                             ["受講者（1/2）"] + [f"{p['name']}　東山市立{_sch[i]}　{p['roma']}@edu.city.higashiyama.lg.jp"
                                                for i, p in enumerate(_t[:4])],
                             ["受講者（2/2）"] + [f"{p['name']}　東山市立{_sch[i + 4]}　{p['roma']}@edu.city.higashiyama.lg.jp"
                                                for i, p in enumerate(_t[4:])],
                             ["本日の流れ", "1. アプリの基本操作", "2. 協働学習の実践例", "3. 振り返り"]]}])

# 024 — stop: look-alike of the company's own domain (letter added)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp is a look-alike of the company's own domain (added 'u')",
    sender=MORIMOTO, to=["大阪支店 川路さん <kawaji.m@hinode-sangyou.co.jp>"], charset="iso-2022-jp",
    subject="Re: 関西の教育委員会向け 事例紹介資料",
    body=f"""川路さん

お疲れさまです。森本です。
事例紹介資料の件、南川市の導入事例のページは最新版に差し替えておきます。
写真は市教委の広報担当の許可が出たものだけ使ってください。

木曜のオンライン会議で最終確認させてください。
{SIG_MORIMOTO}
""")

# 025 — pass: invoice with the company's 法人番号 / T-number and bank account
_corp = corp_number("011104059382")
add(expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with order number, company bank account and the company's T-number: business data only",
    sender=AKUTSU, to=[f"南川市教育委員会 教育総務課 経理担当 <somu-keiri@{MINAMI}>"], charset="utf-8",
    subject="【請求書送付】8月分 ICT支援員派遣業務委託料",
    body=f"""南川市教育委員会 教育総務課
経理ご担当者様

いつもお世話になっております。日の出産業の阿久津です。
8月分の業務委託料の請求書をお送りします。原本は本日郵送いたしました。
{SIG_AKUTSU}
""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2608-0412.pdf", "title": "請求書",
                  "lines": ["請 求 書", "南川市教育委員会 御中", "請求番号：HS-2608-0412　契約番号：南教総第1184号",
                            "件名：ICT支援員派遣業務委託（令和8年8月分）",
                            "ご請求金額：1,386,000円（うち消費税 126,000円）",
                            "お振込先：みどり銀行 新宿支店 普通 7012385 ヒノデサンギョウ（カ",
                            f"日の出産業株式会社　登録番号 T{_corp}",
                            "〒160-0023 東京都新宿区西新宿6-12-4　TEL 03-6279-4400"],
                  "table": [["品目", "数量", "単価", "金額"], ["ICT支援員派遣（小学校）", "84日", "9,500", "798,000"],
                            ["ICT支援員派遣（中学校）", "48日", "9,500", "456,000"], ["交通費", "1式", "", "6,000"]]}])

# 026 — stop: allergy (anaphylaxis) of one named pupil to a hotel
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named pupil's anaphylaxis history and EpiPen sent to the hotel: health information of one person",
    sender=AKUTSU, to=["さくらホテル 宴会・団体予約 <group@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="北浜中 1年 自然教室（10/15-16）食事対応のお願い",
    body=f"""さくらホテル
団体予約ご担当 様

お世話になっております。日の出産業の阿久津です。
北浜町立北浜中学校 1年生 自然教室（10月15日～16日、生徒62名・引率6名）の件です。

生徒1名につきまして、食事の個別対応をお願いいたします。
　1年2組　百瀬 航平さん
　・卵・乳の重度アレルギー（アナフィラキシーの既往あり）
　・エピペンを本人が携帯、引率の養護教諭も予備を所持
　・夕食・朝食とも除去食、調理器具の共用も避けていただきたいとのことです

当日の献立表を事前に学校へお送りいただけますと助かります。
{SIG_AKUTSU}
""")

# 027 — pass: board + one partner in To/Cc (two external organisations)
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way mail: the board and one partner integrator, no personal data",
    sender=IGARASHI, to=[f"南川市教育委員会 学校教育課 大河内様 <okochi-t@{MINAMI}>"],
    cc=["ツバサシステム 中務様 <nakatsuka@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="校内ネットワーク切替作業（9/26）実施のご連絡",
    body=f"""南川市教育委員会 学校教育課
大河内 様
（cc：ツバサシステム 中務様）

お世話になっております。日の出産業の五十嵐です。
南川第一中学校の校内ネットワーク切替作業を以下の日程で実施いたします。

　日時：9月26日（土）9:00～15:00
　作業：コアスイッチ交換、無線APのファームウェア更新
　影響：作業時間中は校内の端末からインターネットに接続できません

作業はツバサシステム様と弊社の2名体制で行います。
学校への周知は弊社から教頭先生にご連絡いたします。
{SIG_IGARASHI}
""")

# 028 — stop: HTML-only mail with a table of 6 pupils' login problems
_k = people(6, 28, years=(2016, 2017))
_tr = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['roma']}@st.sakuradai-edu.jp</td>"
              f"<td>{['パスワード失念', 'ロック', '多要素認証エラー', 'ロック', '端末交換後ログイン不可', 'パスワード失念'][i]}</td></tr>"
              for i, p in enumerate(_k))
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of 6 pupils' names and account addresses to the app vendor",
    sender=USAMI, to=[f"まなびリンク サポート <support@{MANABI}>"], charset="utf-8",
    subject="【桜台中央小】ログインできない児童（6名）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>まなびリンク サポート御中</p>
<p>日の出産業 ICT支援員の宇佐美です。<br>
桜台中央小学校 4年生で、下記6名がログインできない状態です。至急ご対応をお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>アカウント</th><th>症状</th></tr>
{_tr}
</table>
<p>3校時（10:45～）の授業で使用予定です。</p>
<p>--<br>宇佐美 ひかり<br>日の出産業（株）ICT支援員（桜台市担当）</p>
</body></html>""")

# 029 — stop: 【取扱注意】 stamped tender information to a partner
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail stamped 【取扱注意】 carrying internal tender pricing to a partner",
    sender=SHOJI, to=["ツバサシステム 営業部 大鳥様 <otori@tsubasa-system.jp>"], charset="shift_jis",
    subject="【取扱注意】東山市 校務系ネットワーク更新 入札参加の件",
    body=f"""【取扱注意】

ツバサシステム 大鳥様

お世話になっております。日の出産業の東海林です。
東山市の校務系ネットワーク更新（一般競争入札）について、共同企業体での参加方針が社内で承認されました。

　弊社想定の応札上限：　1億2,400万円（税別）
　構成比：　日の出産業 60％ ／ ツバサシステム 40％
　ネットワーク機器の仕入値：　定価の 48％（川崎電機様と合意済み）

上記は弊社の内部検討値ですので、取扱いには十分ご注意ください。
{SIG_SHOJI}
""")

# 030 — pass: price quotation with product codes
add(expect="pass", entities=[], detectors=[],
    note="quotation with product codes and prices to a town board: no personal data",
    sender=SHOJI, to=[f"北浜町教育委員会 学校教育係 浅利様 <asari@{KITA}>"], charset="iso-2022-jp",
    subject="お見積書送付（予備端末・周辺機器）",
    body=f"""北浜町教育委員会 学校教育係
浅利 様

お世話になっております。日の出産業の東海林です。
ご依頼いただいた予備端末・周辺機器のお見積りをお送りします（見積番号 Q-2609-0188）。

　HS-TAB11E　学習用タブレット（LTE）　　　 8台 × 58,800円 ＝ 470,400円
　HS-KB11　　専用キーボードカバー　　　　 12個 ×  8,900円 ＝ 106,800円
　KD-CS20W　充電保管庫（20台用）　　　　　 1台 × 168,000円 ＝ 168,000円
　設置・キッティング費　　　　　　　　　　 1式　　　　　　　＝  64,000円
　　　　　　　　　　　　　　　　　　　　　　　　　小計　　　 809,200円（税別）

有効期限は発行日より60日です。納期はご発注から約3週間を見込んでおります。
{SIG_SHOJI}
""")

# 031 — stop: corporate card number sent to an overseas app vendor (English)
_cc = card_number(4202)
add(expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="full credit card number with the holder's name sent by mail to a foreign vendor",
    sender=PEARCE, to=["BrightBoard Billing <billing@brightboard.com>"], charset="utf-8",
    subject="Licence renewal - Hinode Sangyo (order BB-77120)",
    body=f"""Hello BrightBoard billing team,

Our online payment keeps failing for the renewal of the 600 classroom licences (order BB-77120),
so as suggested by your chat support I am sending the card details by e-mail.

Card holder: KENGO SHOJI
Card number: {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
Expiry: 08/29

Please charge USD 14,400 and send the receipt to this address.
{SIG_PEARCE}
""")

# 032 — stop: XLSX of teacher transfers with DOB and home phone, forwarded as received
_out = people(6, 32, kids=False, years=(1968, 1995))
_in = people(7, 320, kids=False, years=(1968, 1997))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX (two sheets, title row) of 13 teachers with dates of birth and home phones sent to a vendor",
    sender=HIYAMA, to=[f"まなびリンク サポート窓口 <support@{MANABI}>"], charset="iso-2022-jp",
    subject="FW: 【桜台市】教職員異動データ（10/1付）",
    body=f"""まなびリンク サポート窓口 御中

お世話になっております。日の出産業の檜山です。
桜台市教委から受領した異動データをそのままお送りします。
「転出」シートの方はアカウント停止、「転入」シートの方は新規発行をお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "xlsx", "name": "桜台市_教職員異動_1001.xlsx", "title": "教職員異動（10/1付）",
                  "sheets": {"転出": [["令和8年10月1日付 教職員異動（転出）"], ["職員番号", "氏名", "生年月日", "旧所属", "自宅電話"]] +
                                     [[f"SK{40110 + i}", p["name"], p["dob"], f"桜台市立{_sch[i]}", p["home"].replace("048", "043")]
                                      for i, p in enumerate(_out)],
                             "転入": [["令和8年10月1日付 教職員異動（転入）"], ["職員番号", "氏名", "生年月日", "新所属", "自宅電話"]] +
                                     [[f"SK{40210 + i}", p["name"], p["dob"], f"桜台市立{_sch[-1 - i % 10]}", p["home"].replace("048", "043")]
                                      for i, p in enumerate(_in)]}}])

# 033 — pass: four teachers' accounts for a password reset
_t = people(4, 33, kids=False, years=(1975, 1995))
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four teachers' names and account addresses to the vendor: under five people",
    sender=IGARASHI, to=[f"まなびリンク サポート <support@{MANABI}>"], charset="shift_jis",
    subject="教員アカウント パスワードリセット依頼（4件）",
    body=f"""まなびリンク サポート御中

日の出産業の五十嵐です。教員アカウントのパスワードリセットを4件お願いします。

""" + "\n".join(f"・{p['name']}（{p['roma']}@edu.city.minamikawa.lg.jp）" for p in _t) + f"""

いずれも南川市立若葉台小学校の先生です。リセット後のパスワードは学校の管理者画面から通知されるよう設定してください。
{SIG_IGARASHI}
""")

# 034 — stop: password-protected PDF of test scores
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF (score list) that cannot be inspected",
    sender=HIYAMA, to=[f"スコアラボ 分析チーム <analysis@{SCORE}>"], charset="utf-8",
    subject="東山市 学力調査（中2）結果一覧の送付",
    body=f"""スコアラボ 分析チーム 御中

お世話になっております。日の出産業の檜山です。
東山市 市独自学力調査（中学2年）の結果一覧をPDFでお送りします。
開封パスワードはいつもの方法でお伝えします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "pdf", "name": "higashiyama_chu2_result.pdf", "password": "Hgy-2026-c2",
                  "lines": ["東山市 学力調査 中学2年 結果一覧"],
                  "table": [["番号", "氏名", "国語", "数学", "英語"]] +
                           [[str(p["no"]), p["name"], *map(str, p["score"][:3])] for p in people(30, 34)]}])

# 035 — stop: child under protection after abuse; block the parent's access
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named pupil placed in protective custody after abuse by a parent (crime victim) sent to a vendor",
    sender=MORIMOTO, to=[f"スクールコネクト 運用サポート 里見様 <satomi@{CONNECT}>"], charset="iso-2022-jp",
    subject="至急：保護者アカウントの配信停止・閲覧停止のお願い",
    body=f"""スクールコネクト 運用サポート
里見 様

日の出産業の森本です。至急のお願いです。
若葉台小学校 2年1組 雨宮 乃愛さんについて、父親からの身体的虐待により
昨日から児童相談所で一時保護となりました（学校・市教委から連絡あり）。

父親（雨宮 信行）の保護者アカウントについて、本日中に
・お知らせ配信の停止
・欠席連絡・出欠履歴の閲覧停止
をお願いできますでしょうか。母親側のアカウントはそのままで結構です。

処理が完了しましたら、私宛にご連絡ください。
{SIG_MORIMOTO}
""")

# 036 — pass: internal-only list of special-needs pupils with disability types
_k = people(7, 36, years=(2014, 2018))
_types = ["知的障害", "自閉症・情緒", "自閉症・情緒", "肢体不自由", "知的障害", "弱視", "自閉症・情緒"]
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="disability types of 7 pupils, but every recipient is internal",
    sender=MORIMOTO, to=[f"五十嵐 遼 <igarashi.r@{H}>"], cc=[f"宇佐美 ひかり <usami.h@{H}>"], charset="utf-8",
    subject="花園小 特別支援学級の端末設定（社内共有）",
    body=f"""五十嵐さん
（cc 宇佐美さん）

お疲れさまです。森本です。
花園小の特別支援学級の児童について、端末のアクセシビリティ設定の一覧です。
学校から口頭で聞いた内容なので、社外には出さないでください。

""" + "\n".join(f"{p['name']}\t{_types[i]}学級\t{['ルビ表示', '効果音オフ', '効果音オフ・タイマー非表示', 'スイッチ操作', 'ルビ表示', '拡大表示200%', '効果音オフ'][i]}"
                 for i, p in enumerate(_k)) + f"""

来週の訪問時に宇佐美さんが設定を確認します。
{SIG_MORIMOTO}
""")

# 037 — stop: full-width padded table of transferring teachers' mobiles
_t = people(6, 37, kids=False, years=(1972, 1994))
_rows = "\n".join(f"{pad(p['name'], 16)}{pad(_sch[i] , 14)}{pad(_sch[(i + 5) % 10], 14)}{fw(p['tel'])}"
                  for i, p in enumerate(_t))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="padded table of 6 teachers with old/new schools and private mobiles (full-width digits) to an integrator",
    sender=IGARASHI, to=["ツバサシステム 運用チーム <ops@tsubasa-system.jp>"], charset="shift_jis",
    subject="南川市 異動教員の多要素認証 再登録（6名）",
    body=f"""ツバサシステム 運用チーム 御中

日の出産業の五十嵐です。
異動に伴い多要素認証（SMS）の再登録が必要な先生が6名います。
登録用の携帯番号は学校から聞き取ったものです。

氏名　　　　　　旧所属　　　　新所属　　　　携帯番号
────────────────────────────────────
{_rows}

10月1日 8:00 までに再登録をお願いします。
{SIG_IGARASHI}
""")

# 038 — pass: one business contact (new account manager's mobile)
add(expect="pass", entities=[], detectors=[],
    note="introducing the new account manager with his business mobile: one business contact",
    sender=SHOJI, to=[f"東山市教育委員会 学校教育課 鬼頭様 <kito-m@{HIGASHI}>"], charset="iso-2022-jp",
    subject="担当者変更のご挨拶",
    body=f"""東山市教育委員会 学校教育課
鬼頭 様

いつも大変お世話になっております。日の出産業の東海林でございます。
10月1日より、東山市様の担当を弊社 文教営業グループの 宮前 貴之 が引き継ぐことになりました。

　宮前 貴之（みやまえ たかゆき）
　公共営業部 文教営業グループ 主任
　携帯：090-2281-7736　メール：miyamae.t@hinode-sangyo.co.jp

9月中に宮前とともにご挨拶に伺いたく、ご都合のよい日時をお知らせいただけますと幸いです。
{SIG_SHOJI}
""")

# 039 — stop: look-alike of nishiki-insatsu.co.jp (dropped "co.")
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.jp drops the 'co.' of the printing partner's domain",
    sender=AKUTSU, to=["錦印刷 営業部 長谷部様 <hasebe@nishiki-insatsu.jp>"], charset="iso-2022-jp",
    subject="通知表用紙（後期）の版下データ",
    body=f"""錦印刷株式会社
営業部 長谷部 様

お世話になっております。日の出産業の阿久津です。
南川市の小学校 後期通知表用紙の版下データを共有フォルダにアップしました。
昨年度からの変更点は「外国語」欄の追加と、校長名欄の位置のみです。

色校正は10月2日（金）までにいただけますでしょうか。
{SIG_AKUTSU}
""")

# 040 — stop: ordinary ZIP holding a CSV of 30 pupils with dates of birth
_k = people(30, 40, years=(2012, 2012))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ZIP with a UTF-8 CSV of 30 pupils' names, kana and dates of birth for the test scoring vendor",
    sender=HIYAMA, to=[f"スコアラボ 受付 <uketsuke@{SCORE}>"], charset="utf-8",
    subject="西原中 2年 定期テスト 名票データ",
    body=f"""スコアラボ 受付ご担当者様

お世話になっております。日の出産業の檜山です。
西原中学校 2年生の名票データをZIPでお送りします（CSV、UTF-8）。
採点結果の返却は学校コード・出席番号順でお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "zip", "name": "nishihara_2nen_meihyo.zip",
                  "files": [{"kind": "csv", "name": "2nen_meihyo.csv", "encoding": "utf-8",
                             "rows": [["学校コード", "組", "出席番号", "氏名", "フリガナ", "生年月日"]] +
                                     [["M3103", str(1 + i // 10), str(1 + i % 10), p["name"], p["kana"], p["dob"]]
                                      for i, p in enumerate(_k)]},
                            {"kind": "txt", "name": "readme.txt", "text": "2年 名票データ（9月1日現在）\n転出2名は削除済み\n"}]}])

# 041 — pass: PPTX of app usage statistics by grade
add(expect="pass", entities=[], detectors=[],
    note="usage statistics by grade and school in a PPTX: no individual people",
    sender=MORIMOTO, to=[f"桜台市教育委員会 指導課 <shido@{SAKURA}>"], charset="utf-8",
    subject="学習アプリ利用状況レポート（8月）",
    body=f"""桜台市教育委員会 指導課 御中

お世話になっております。日の出産業の森本です。
8月の学習アプリ利用状況レポートをお送りします。
夏休み期間のため平日との比較は参考値です。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pptx", "name": "桜台市_利用状況レポート_8月.pptx", "title": "利用状況レポート 8月",
                  "slides": [["学習アプリ利用状況（8月）", "桜台市立小中学校 17校", "日の出産業株式会社 教育ICT事業部"],
                             ["学年別ログイン率", "小1-2：31％", "小3-4：44％", "小5-6：52％", "中1-3：38％"],
                             ["学校別 平均学習時間（分/日）", "桜台中央小 23分", "桜台東小 19分", "桜台西中 27分",
                              "※ 全校平均 21分（前年同月 17分）"],
                             ["所見", "ドリル機能の利用が中心", "9月以降は授業での協働機能の活用を支援予定"]]}])

# 042 — stop: student's health insurance card number and injury to the accident insurer
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="pupil's 健康保険証 記号・番号, date of birth and injury/treatment sent to an insurer",
    sender=KUBOTA, to=["あんしん損保 事故受付センター <jiko@anshin-sonpo.co.jp>"], charset="shift_jis",
    subject="事故報告：出前授業（ロボット教室）中の負傷について",
    body=f"""あんしん損害保険株式会社
事故受付センター ご担当者様

いつもお世話になっております。日の出産業 教育ICT事業部の久保田です。
弊社が実施した出前授業中に児童が負傷した件で、賠償責任保険の事故報告をいたします。

■発生日時　令和8年9月9日（水）10時20分ごろ
■場所　　　南川市立新田小学校 理科室
■負傷者　　新田小学校 6年 勅使河原 壮真（てしがわら そうま）さん
　　　　　　生年月日　平成26年6月21日
■状況　　　ロボットキットの組立中、工具で左手人差し指を切創
■治療　　　南川中央病院 整形外科で3針縫合、全治2週間の診断
■健康保険　記号 3120　番号 4471　（国民健康保険 南川市）

保護者の方とは学校同席のもと、本日お詫びに伺っております。
必要書類をご教示いただけますと幸いです。
{SIG_KUBOTA}
""")

# 043 — stop: attached mail (forwarded as an attachment) with 7 teachers' accounts
_t = people(7, 43, kids=False, years=(1970, 1996))
_inner = {"sender": "北浜小 情報主任 熊谷 <kumagai-s@edu.town.kitahama.lg.jp>", "to": [KUBOTA], "charset": "iso-2022-jp",
          "subject": "新任・講師の先生のアカウント",
          "body": "日の出産業 久保田様\n\n北浜小の熊谷です。2学期から勤務の先生のアカウント発行をお願いします。\n\n" +
                  "\n".join(f"{p['name']}　{p['kana']}　{p['roma']}@edu.town.kitahama.lg.jp　{p['tel']}" for p in _t) +
                  "\n\n※携帯番号は多要素認証用です。\n熊谷"}
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached .eml from a school listing 7 teachers with addresses and mobiles, forwarded to a vendor",
    sender=KUBOTA, to=[f"まなびリンク サポート窓口 <support@{MANABI}>"], charset="iso-2022-jp",
    subject="FW: 北浜小 新任・講師アカウント発行依頼",
    body=f"""まなびリンク サポート窓口 御中

日の出産業の久保田です。
北浜小学校から依頼のあった教員アカウントの発行をお願いします。
学校からのメールを添付しますので、記載の内容で登録してください。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "eml", "name": "北浜小_アカウント依頼.eml", "message": _inner}])

# 044 — pass: mail about handling personal data (mentions 機密 / 個人情報 only as words)
add(expect="pass", entities=[], detectors=[],
    note="guidance about not mailing rosters; words like 機密 and 個人情報 are mentioned, nothing is stamped or listed",
    sender=NIKAIDO, to=[f"東山市教育委員会 教育センター 所長 上原様 <uehara-k@{HIGASHI}>"], charset="iso-2022-jp",
    subject="児童生徒情報の受け渡し方法について（ご提案）",
    body=f"""東山市教育センター
所長 上原 様

いつもお世話になっております。日の出産業の二階堂でございます。
先日ご相談いただいた、学校から弊社への児童生徒名簿の受け渡し方法についてご提案いたします。

現在は一部の学校でパスワード付きZIPをメール添付でお送りいただいていますが、
個人情報や機密性の高い情報をメールで送ることは、誤送信のリスクが避けられません。
今後は市の校務系ファイル共有サービス上の専用フォルダを使い、
アクセス権を教務主任の先生と弊社担当者2名に限定する運用をご提案いたします。

運用手順書の案は来週中にお届けします。
{SIG_NIKAIDO}
""")

# 045 — stop: PPTX with "Confidential - Internal Only" footer to an overseas partner
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="deck whose every slide carries 'Confidential - Internal Only' sent to an overseas partner",
    sender=PEARCE, to=["Priya Raman <priya.raman@brightboard.com>"], charset="utf-8",
    subject="Japan K-12 market deck for our call on Thursday",
    body=f"""Hi Priya,

As promised, here is the deck we use internally on the Japanese K-12 market, so you can see how we
position BrightBoard against the local competitors before Thursday's call.

Slides 3-4 show our current margin structure - happy to walk you through them.
{SIG_PEARCE}
""",
    attachments=[{"kind": "pptx", "name": "JP_K12_market_FY26.pptx", "page_footer": "Confidential - Internal Only",
                  "title": "Japan K-12 market FY26",
                  "slides": [["Japan K-12 EdTech market FY26", "Education ICT Division, Hinode Sangyo"],
                             ["GIGA School 2nd phase", "Device refresh 2025-2028 across ~1,700 municipalities",
                              "Budget per device capped at JPY 55,000"],
                             ["Our margin structure", "Hardware: 6-8%", "Licences: 22-30%", "Support staff: 18%"],
                             ["Target boards FY26", "Minamikawa, Sakuradai, Higashiyama, Kitahama", "Pipeline: JPY 480M"]]}])

# 046 — stop: bullets of 5 support workers with Wareki DOB and mobiles
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five support workers' names, dates of birth (和暦) and mobiles in bullets sent to the board",
    sender=KUBOTA, to=[f"桜台市教育委員会 教育総務課 <kyoiku-somu@{SAKURA}>"], charset="iso-2022-jp",
    subject="ICT支援員 庁舎入館証の発行申請（5名）",
    body=f"""桜台市教育委員会 教育総務課 御中

お世話になっております。日の出産業の久保田です。
10月から桜台市に配置するICT支援員5名の入館証発行をお願いいたします。

・舘野 真理恵（タテノ マリエ）　昭和５６年８月１４日生　携帯 ０８０－５５１２－３３０７
・五味 和也（ゴミ カズヤ）　平成２年１月２９日生　携帯 ０９０－１９４８－６６２０
・左近 千尋（サコン チヒロ）　平成７年１１月３日生　携帯 ０７０－４４０３－８１５９
・蛭田 達也（ヒルタ タツヤ）　昭和６３年５月５日生　携帯 ０８０－２７７６－０４１２
・若狭 恵（ワカサ メグミ）　平成１１年３月２２日生　携帯 ０９０－８８３１－２９５７

顔写真データは別途、庁内ファイル共有でお渡しします。
{SIG_KUBOTA}
""")

# 047 — pass: XLSX delivery schedule by school (school office numbers only)
add(expect="pass", entities=[], detectors=[],
    note="delivery schedule by school with office phone numbers: a list of institutions",
    sender=AKUTSU, to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="桜台市 端末配送スケジュール（確定版）",
    body=f"""青葉運輸株式会社
配車センター 御中

お世話になっております。日の出産業の阿久津です。
桜台市の端末配送スケジュール確定版をお送りします。
各校の受取窓口は事務室です。
{SIG_AKUTSU}
""",
    attachments=[{"kind": "xlsx", "name": "桜台市_配送スケジュール_確定.xlsx", "title": "配送スケジュール",
                  "sheets": {"配送": [["桜台市 GIGA端末 配送スケジュール（確定）"], [],
                                      ["配送日", "学校名", "所在地", "事務室電話", "台数", "保管庫"],
                                      ["11/4", "桜台中央小", "千葉県桜台市中央1-1-1", "043-301-2201", 612, 16],
                                      ["11/4", "桜台東小", "千葉県桜台市東町3-4-2", "043-301-2202", 488, 13],
                                      ["11/5", "桜台西小", "千葉県桜台市西町5-10", "043-301-2203", 377, 10],
                                      ["11/5", "桜台南小", "千葉県桜台市南台2-8-1", "043-301-2204", 294, 8],
                                      ["11/6", "桜台西中", "千葉県桜台市西町1-22", "043-301-3201", 540, 14],
                                      ["11/6", "桜台第一中", "千葉県桜台市本郷4-1-6", "043-301-3202", 702, 18]],
                             "注意事項": [["項目", "内容"], ["搬入時間", "8:30～16:00（給食時間 12:15～13:00 は不可）"],
                                          ["駐車", "校庭への乗り入れ不可。正門前の来客用駐車場を利用"]]}}])

# 048 — stop: support worker's health check result to the education centre
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named support worker's health check result and hospital visits sent to the client board",
    sender=KUBOTA, to=[f"東山市教育センター 情報教育係 桑島様 <kuwajima@{HIGASHI}>"], charset="utf-8",
    subject="ICT支援員の勤務日変更について",
    body=f"""東山市教育センター 情報教育係
桑島 様

お世話になっております。日の出産業の久保田です。
東山第二小を担当している支援員 井ノ口 浩二 の勤務日変更についてご相談です。

先月の定期健康診断で高血圧と心電図異常により「要精密検査」となり、
10月中は毎週水曜に循環器内科へ通院することになりました。
つきましては10月の水曜日の訪問を木曜日に振り替えさせていただけないでしょうか。

学校には私から事情を伏せてご説明いたします。
{SIG_KUBOTA}
""")

# 049 — stop: corrupt XLSX
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="attached workbook is corrupt and cannot be read",
    sender=HIYAMA, to=[f"南川市教育委員会 学校教育課 <gakko-kyoiku@{MINAMI}>"], charset="iso-2022-jp",
    subject="アカウント棚卸し結果（9月）",
    body=f"""南川市教育委員会 学校教育課 御中

お世話になっております。日の出産業の檜山です。
9月のアカウント棚卸し結果をお送りします。
卒業生・転出者で未削除のアカウントを学校別にまとめています。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "corrupt", "name": "account_tanaoroshi_202609.xlsx"}])

# 050 — pass: training announcement with the schools in Bcc
add(expect="pass", entities=[], detectors=[],
    note="announcement to many schools correctly sent with To = sender and the schools in Bcc",
    sender=MORIMOTO, to=[MORIMOTO],
    bcc=["minamikawa-es@edu.city.minamikawa.lg.jp", "midorigaoka-es@edu.city.minamikawa.lg.jp",
         "sakuradai-chuo-es@edu.city.sakuradai.lg.jp", "kitahama-es@edu.town.kitahama.lg.jp",
         "higashiyama2-es@edu.city.higashiyama.lg.jp", "nishihara-jh@edu.city.minamikawa.lg.jp"],
    charset="iso-2022-jp", subject="【ご案内】冬休み前 情報モラル出前授業のお申込みについて",
    body=f"""各小・中学校
情報教育ご担当の先生方

いつもお世話になっております。日の出産業 教育ICT事業部の森本です。
今年度も冬休み前の「情報モラル出前授業」を実施いたします。

　対象：小学5年～中学3年
　内容：SNSトラブル、ゲームの課金、パスワード管理（45分または50分）
　実施期間：11月16日～12月18日
　申込締切：10月16日（金）

お申込みは、添付不要で本メールへの返信でも受け付けております。
（本メールは複数の学校様にBccでお送りしております）
{SIG_MORIMOTO}
""")

# 051 — stop: one record per block — 6 households' addresses for pick-up
_k = people(6, 51, years=(2013, 2016))
_blocks = "\n\n".join(f"【{i + 1}】{p['parent']} 様（{p['name']}さん 保護者）\n　〒{p['zip']} {p['addr']}\n　TEL {p['tel']}\n　集荷希望：{['9/14 午前', '9/14 午後', '9/15 午前', '9/15 18-20時', '9/16 午前', '9/16 午後'][i]}"
                      for i, p in enumerate(_k))
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six households, one block each (name, home address, phone), sent to the carrier",
    sender=AKUTSU, to=["青葉運輸 南川営業所 <minamikawa@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="故障端末の自宅集荷依頼（6件）",
    body=f"""青葉運輸 南川営業所 御中

いつもお世話になっております。日の出産業の阿久津です。
家庭学習中に故障した端末の自宅集荷を6件お願いします。
集荷後はテックリペア様（川口センター）へ直送でお願いします。

{_blocks}

伝票は弊社の契約番号（AU-55120）でお願いします。
{SIG_AKUTSU}
""")

# 052 — pass: English NDA talk with an overseas vendor
add(expect="pass", entities=[], detectors=[],
    note="discussion of NDA terms in English; 'confidential information' is contract vocabulary, not a stamp",
    sender=PEARCE, to=["Daniel Okafor <d.okafor@brightboard.com>"], charset="utf-8",
    subject="Re: Mutual NDA - comments from our legal",
    body=f"""Hi Daniel,

Thanks for sending over the mutual NDA. Our legal team (with Shirakawa Law) has two comments:

1. Clause 2: we would like "Confidential Information" to cover only information marked as such
   or identified as confidential in writing within 14 days of oral disclosure.
2. Clause 8: governing law - we propose Japanese law with Tokyo District Court jurisdiction,
   as our customers are Japanese municipalities.

Otherwise we are fine to sign. Could you send a clean version by next Friday?
{SIG_PEARCE}
{DISC_EN}
""")

# 053 — stop: PPTX case study naming a pupil with ADHD medication to a university researcher
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="case-study slides name a pupil with an ADHD diagnosis and medication, sent to a university",
    sender=MORIMOTO, to=["南川大学 教育学部 金城准教授 <kinjo@minamikawa-u.ac.jp>"], charset="utf-8",
    subject="共同研究：通級指導でのタブレット活用事例（スライド）",
    body=f"""南川大学 教育学部
金城 先生

お世話になっております。日の出産業の森本です。
学会発表用に、通級指導教室での活用事例をスライドにまとめました。
匿名化は先生の方でお願いできればと思い、学校から聞いた内容をそのまま入れています。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pptx", "name": "通級指導_活用事例_draft.pptx", "title": "通級指導でのタブレット活用",
                  "slides": [["通級指導でのタブレット活用事例", "南川市立東雲小学校 通級指導教室"],
                             ["事例1：瀬戸口 颯太さん（5年）", "ADHD（注意欠如・多動症）の診断、服薬中（コンサータ）",
                              "タイマーアプリで課題を5分単位に分割", "集中が続く時間が平均4分→11分に"],
                             ["考察", "視覚的な見通しの提示が有効", "保護者との共有は連絡アプリを活用"]]}])

# 054 — stop: look-alike of aoba-unyu.co.jp (other TLD)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.com imitates partner aoba-unyu.co.jp with another TLD",
    sender=AKUTSU, to=["青葉運輸 矢作様 <yahagi@aoba-unyu.com>"], charset="shift_jis",
    subject="旧端末回収 車両手配のお願い（11/2〜11/6）",
    body=f"""青葉運輸株式会社
矢作 様

お世話になっております。日の出産業の阿久津です。
南川市の旧端末回収について、車両の手配をお願いします。

　11/2（月）2t車 2台　小学校6校
　11/4（水）2t車 2台　小学校6校
　11/6（金）4t車 1台　中学校6校

回収した端末はデータ消去センター（戸田）へ搬入をお願いします。
{SIG_AKUTSU}
""")

# 055 — pass: school-refusal online attendance setup, no names
add(expect="pass", entities=[], detectors=[],
    note="camera set-up for online attendance of an unnamed pupil: no identifiable person",
    sender=USAMI, to=[f"南川市教育支援センター 相談員 新妻様 <niitsuma@{MINAMI}>"], charset="iso-2022-jp",
    subject="別室・オンライン参加用カメラの設置について",
    body=f"""南川市教育支援センター
新妻 様

お疲れさまです。日の出産業 ICT支援員の宇佐美です。
南川第二中から相談のあった、教室に入りづらい生徒さん向けのオンライン参加の件です。

・教室後方に会議用カメラ（広角）を1台設置し、黒板と先生だけが映る角度にしました
・他の生徒の顔が映らないよう、カメラの向きは担任の先生と確認済みです
・生徒さん側は自宅の端末から授業支援アプリの「配信」に参加する形です

来週月曜の1校時で試行します。当日は私も学校に待機します。
{SIG_USAMI}
""")

# 056 — stop: forwarded mail (転送) in the body with 5 guardians' phones
_k = people(5, 56, years=(2015, 2017))
_fwd = "\n".join(f"　{i + 1}. {p['name']}（{p['parent']} 様）　{p['tel']}　{['画面割れ', '充電不可', '画面割れ', 'キーボード破損', '水濡れ'][i]}"
                 for i, p in enumerate(_k))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forward (転送) of a school's mail listing 5 pupils and guardians' phones to the repair vendor: new text",
    sender=USAMI, to=[f"テックリペア 受付 <uketsuke@{REPAIR}>"], charset="shift_jis",
    subject="転送: 修理依頼（川端小 5件）",
    body=f"""テックリペア 受付ご担当者様

日の出産業の宇佐美です。川端小から依頼のあった修理5件、下記のとおり転送します。
引取りは学校の事務室です。代替機の受け渡し時に保護者へ連絡が必要な場合は、記載の番号へお願いします。

-------- 転送メッセージ --------
差出人: 川端小 事務 鬼頭 <kito-j@edu.city.minamikawa.lg.jp>
日付: 2026年9月8日 15:12
宛先: 宇佐美 ひかり <usami.h@hinode-sangyo.co.jp>
件名: 修理依頼（川端小 5件）

宇佐美さん
修理が必要な端末です。よろしくお願いします。
{_fwd}
川端小 鬼頭
--------------------------------
{SIG_USAMI}
""")

# 057 — stop: passport numbers for an overseas expo (English)
add(expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two employees' passport numbers and dates of birth sent to an overseas expo organiser",
    sender=PEARCE, to=["EdTech Asia Expo Registration <registration@edtechasia-expo.com>"], charset="utf-8",
    subject="Exhibitor badge registration - Hinode Sangyo (Booth C-214)",
    body=f"""Dear Registration Team,

Please find below the details of our two staff for exhibitor badges and the visa support letter.

1) Name: NIKAIDO Osamu
   Date of birth: 1971-04-09
   Passport No.: TR4418207 (Japan), expires 2031-06-30
2) Name: MORIMOTO Saori
   Date of birth: 1989-12-02
   Passport No.: TZ0937715 (Japan), expires 2029-02-14

Booth: C-214, Hall 2. Please let me know if anything else is needed.
{SIG_PEARCE}
""")

# 058 — pass: two households' pick-up details to the repair vendor
_k = people(2, 58, years=(2015, 2016))
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two guardians' addresses and phones for a pick-up: under five people",
    sender=USAMI, to=[f"テックリペア 受付 <uketsuke@{REPAIR}>"], charset="iso-2022-jp",
    subject="自宅引取り 2件のお願い",
    body=f"""テックリペア 受付ご担当者様

日の出産業の宇佐美です。自宅での引取りを2件お願いします。

1件目：{_k[0]['parent']} 様　{_k[0]['addr']}　{_k[0]['tel']}（平日18時以降）
2件目：{_k[1]['parent']} 様　{_k[1]['addr']}　{_k[1]['home']}（土曜午前）

いずれも画面割れ、保証内です。
{SIG_USAMI}
""")

# 059 — stop: TSV attachment of exam scores for 30 pupils
_k = people(30, 59, years=(2011, 2011))
_tsv = "組\t番号\t氏名\t国語\t数学\t英語\t理科\t社会\n" + "\n".join(
    f"{1 + i // 15}\t{1 + i % 15}\t{p['name']}\t" + "\t".join(map(str, p["score"])) for i, p in enumerate(_k))
add(expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="TSV export of 30 pupils' names and five subject scores sent to the scoring vendor",
    sender=HIYAMA, to=[f"スコアラボ 分析チーム <analysis@{SCORE}>"], charset="utf-8",
    subject="桜木中 3年 第2回定期テスト 素点データ",
    body=f"""スコアラボ 分析チーム 御中

日の出産業の檜山です。
桜木中3年（1・2組）の第2回定期テスト素点データを、校務支援システムから出力したTSVでお送りします。
個人票と学級分析の作成をお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "txt", "name": "sakuragi_3nen_test2.tsv", "encoding": "utf-8", "text": _tsv}])

# 060 — stop: one pupil's religion (halal meals) to the hotel
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named pupil's religion (Muslim, halal meals, prayer time) sent to the hotel: 要配慮 of one person",
    sender=AKUTSU, to=["さくらホテル 団体予約 <group@sakura-hotel.jp>"], charset="utf-8",
    subject="Re: 北浜中 自然教室 食事対応の追加（1名）",
    body=f"""さくらホテル
団体予約ご担当 様

お世話になっております。日の出産業の阿久津です。
先日お願いしたアレルギー対応に加え、もう1名の食事対応をお願いいたします。

1年1組 ハキミ・アミール 君（イスラム教徒のため）
・豚肉・豚由来の調味料（ラード、ゼラチン等）不可、アルコールを含む調味料も不可
・夕方の礼拝のため、18時前後に10分ほど空き部屋をお借りできないでしょうか

ご対応の可否をご連絡いただけますと幸いです。
{SIG_AKUTSU}
""")

# 061 — pass: reply; the teacher list is only under -----Original Message-----
_t = people(6, 61, kids=False, years=(1970, 1995))
_orig = "\n".join(f"{p['name']}　{p['roma']}@edu.city.sakuradai.lg.jp　{p['tel']}" for p in _t)
add(expect="pass", entities=[], detectors=[],
    note="the 6-teacher list appears only in the quoted original from the recipient",
    sender=IGARASHI, to=[f"桜台市教育委員会 指導課 若狭様 <wakasa-r@{SAKURA}>"], charset="shift_jis",
    subject="RE: 研修用アカウントの発行について",
    body=f"""若狭様

お世話になっております。日の出産業の五十嵐です。
研修用アカウント6件、発行が完了しました。
ログイン方法は研修当日に配布する手順書に記載しております。

{SIG_IGARASHI}

-----Original Message-----
From: 若狭 里沙 <wakasa-r@city.sakuradai.lg.jp>
Sent: Tuesday, September 8, 2026 10:41 AM
To: 五十嵐 遼 <igarashi.r@hinode-sangyo.co.jp>
Subject: 研修用アカウントの発行について

日の出産業 五十嵐様
研修に参加する先生のアカウント発行をお願いします。
{_orig}
若狭
""")

# 062 — stop: PDF with 部外秘 header (cost breakdown) to a partner
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF cost breakdown stamped 部外秘 in its page header, sent to a partner",
    sender=SHOJI, to=["川崎電機 文教営業部 楠様 <kusunoki@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="南川市案件 原価内訳（調整用）",
    body=f"""川崎電機 楠様

お世話になっております。日の出産業の東海林です。
南川市案件の原価内訳を添付します。御社分の仕切り価格の調整にご活用ください。
{SIG_SHOJI}
""",
    attachments=[{"kind": "pdf", "name": "minamikawa_genka_uchiwake.pdf", "page_header": "部外秘",
                  "title": "南川市案件 原価内訳",
                  "lines": ["南川市 GIGA端末更新（第2期） 原価内訳", "作成：公共営業部 文教営業グループ"],
                  "table": [["区分", "数量", "原価単価", "売価単価", "粗利率"],
                            ["端末 HS-TAB11E", "4,820", "47,300", "52,800", "10.4%"],
                            ["充電保管庫 KD-CS40W", "52", "121,000", "142,000", "14.8%"],
                            ["キッティング", "4,820", "1,150", "1,900", "39.5%"],
                            ["配送・回収", "1式", "2,860,000", "3,520,000", "18.8%"]]}])

# 063 — stop: legacy XLS export of pupils with addresses and DOB
_k = people(25, 63, years=(2014, 2019), city="静岡県賀茂郡北浜町", area="0558")
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS from the old school-affairs system: 25 pupils with DOB, address and home phone, to an integrator",
    sender=HIYAMA, to=["ツバサシステム データ移行チーム <migration@tsubasa-system.jp>"], charset="shift_jis",
    subject="北浜町 旧校務システム 児童データ（移行テスト用）",
    body=f"""ツバサシステム データ移行チーム 御中

日の出産業の檜山です。
北浜小の旧校務システムから出力した児童データ（xls）をお送りします。
移行テストで文字化け（旧字・外字）の確認をお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "xls", "name": "KITAHAMA_JIDOU.xls",
                  "sheets": {"JIDOU": [["児童番号", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話"]] +
                                      [[f"{2600 + i}", p["name"], p["kana"], p["h"], p["addr"], p["home"]]
                                       for i, p in enumerate(_k)]}}])

# 064 — pass: internal-only, My Number of a staff member to HR
_mn = my_number(4203)
add(expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="a staff member's My Number sent only to internal HR (hinode-sangyo.co.jp)",
    sender=KUBOTA, to=[MANABE], charset="iso-2022-jp",
    subject="支援員 一ノ瀬さんの個人番号（扶養追加分）",
    body=f"""真鍋さん

お疲れさまです。久保田です。
ICT支援員の一ノ瀬 亜希さんから、扶養に追加するお子さんの個人番号の届出がありました。

　扶養追加：一ノ瀬 陽翔（長男）
　個人番号：{_mn}

本人確認書類の写しは社内便で送ります。
久保田
""")

# 065 — stop: competitive quote request with three vendors visible in To
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="quote request sent to three competing vendors who can all see each other in To",
    sender=SHOJI, to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>", "コスモネット 文教営業 <bunkyo@cosmonet.co.jp>",
                      "ひかりデータサービス 営業課 <eigyo@hikari-data.jp>"], charset="iso-2022-jp",
    subject="お見積依頼：校内無線LANアクセスポイント更新（東山市 14校）",
    body=f"""各位

お世話になっております。日の出産業の東海林です。
東山市の校内無線LAN更新につき、お見積りをお願いいたします。

　対象：東山市立小学校10校・中学校4校　AP 計 386台
　条件：既設PoEスイッチ流用、夜間・休日作業
　提出期限：10月2日（金）17時

仕様書は追って共有フォルダにてお渡しします。
{SIG_SHOJI}
""")

# 066 — stop: driver's licence number for a school parking permit
add(expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="support worker's 運転免許証 number sent to the board for a parking permit",
    sender=KUBOTA, to=[f"北浜町教育委員会 学校教育係 浅利様 <asari@{KITA}>"], charset="shift_jis",
    subject="学校駐車場 使用許可申請（支援員 野々村）",
    body=f"""北浜町教育委員会 学校教育係
浅利 様

お世話になっております。日の出産業の久保田です。
北浜小・北浜中を巡回する支援員の車両について、駐車場使用許可を申請いたします。

　氏名：野々村 健太郎
　運転免許証番号：第 4420 1873 5060 号
　車両：白 軽自動車　静岡 580 あ 12-34

許可証は北浜小の事務室でお受け取りできれば幸いです。
{SIG_KUBOTA}
""")

# 067 — pass: meeting minutes with four attendees' phones
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "multiple_external_domains"],
    note="minutes with four attendees' contact phones, to the board with one partner in Cc: under five people",
    sender=MORIMOTO, to=[f"南川市教育委員会 学校教育課 大河内様 <okochi-t@{MINAMI}>"],
    cc=[f"まなびリンク 藤崎様 <fujisaki@{MANABI}>"], charset="utf-8",
    subject="議事録：9/10 学習アプリ運用連絡会",
    body=f"""大河内様
（cc 藤崎様）

お世話になっております。日の出産業の森本です。
9/10の運用連絡会の議事録を送付します。

■出席者（当日連絡先）
　南川市教委　大河内 典子　048-771-1120
　まなびリンク　藤崎 雅史　080-6620-4815
　日の出産業　森本 沙織　090-4158-7733
　日の出産業　五十嵐 遼　070-3182-5540

■決定事項
1. 2学期からドリル教材の学年設定を自動更新に変更する
2. 不具合の一次受付は日の出産業、二次対応はまなびリンク
3. 次回は10/8（木）15時から

修正があればお知らせください。
{SIG_MORIMOTO}
""")

# 068 — stop: UTF-8 CSV of guardians' contact data for the notification system
_k = people(32, 68, years=(2016, 2019))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], detectors=["personal_data"],
    note="UTF-8 CSV of 32 guardians (name, relation, mobile, e-mail, address) sent to the notification vendor",
    sender=HIYAMA, to=[f"スクールコネクト 導入支援 <onboarding@{CONNECT}>"], charset="utf-8",
    subject="緑が丘小 保護者データ（初期登録用）",
    body=f"""スクールコネクト 導入支援チーム 御中

日の出産業の檜山です。
緑が丘小学校の保護者データ（初期登録用）をお送りします。
文字コードUTF-8（BOMなし）、続柄は「母／父／祖母／その他」です。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "csv", "name": "midorigaoka_hogosha.csv", "encoding": "utf-8",
                  "rows": [["児童氏名", "学年", "組", "保護者氏名", "続柄", "携帯電話", "メール", "住所"]] +
                          [[p["name"], str(1 + i % 6), str(1 + i % 3), p["parent"], ["母", "父", "母", "祖母"][i % 4],
                            p["tel"], p["pmail"], p["addr"]] for i, p in enumerate(_k)]}])

# 069 — either: class score list with seat numbers only
add(expect="either", entities=[], detectors=[],
    note="30 rows of scores keyed only by class and seat number, no names: pseudonymous, debatable",
    sender=HIYAMA, to=[f"スコアラボ 分析チーム <analysis@{SCORE}>"], charset="shift_jis",
    subject="西原中 1年3組 小テスト結果（出席番号のみ）",
    body=f"""スコアラボ 分析チーム 御中

日の出産業の檜山です。
西原中1年3組の単元小テスト結果です。氏名は外して出席番号のみにしています。
正答率の分析をお願いします。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "csv", "name": "nishihara_1-3_quiz.csv", "encoding": "cp932",
                  "rows": [["組", "出席番号", "問1", "問2", "問3", "問4", "合計"]] +
                          [["3", str(i + 1), *[str(s % 3 * 5) for s in p["score"][:4]], str(sum(s % 3 * 5 for s in p["score"][:4]))]
                           for i, p in enumerate(people(30, 69))]}])

# 070 — stop: PDF request naming a visually impaired pupil with disability certificate grade
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF request names a pupil's visual disability (身体障害者手帳2級) for a hardware partner",
    sender=MORIMOTO, to=["川崎電機 アクセシビリティ推進室 <a11y@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="弱視児童向け 拡大表示・読み上げ対応端末のご相談",
    body=f"""川崎電機株式会社
アクセシビリティ推進室 御中

いつもお世話になっております。日の出産業の森本です。
桜台南小学校に来年度入学予定の児童について、端末の選定をご相談させてください。
学校・保護者との面談内容を添付にまとめました。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pdf", "name": "桜台南小_面談メモ.pdf", "title": "面談メモ",
                  "lines": ["面談メモ（9月3日 桜台南小学校 校長室）",
                            "対象児童：堀之内 心春（ほりのうち こはる）さん　令和9年度 1年生 入学予定",
                            "障害の状況：先天性白内障術後の弱視。身体障害者手帳 2級（視覚障害）。",
                            "視力：右0.04 左0.06（矯正）。拡大読書器を家庭で使用中。",
                            "希望：画面拡大（400%以上）、画面読み上げ、白黒反転表示。",
                            "同席：校長、特別支援コーディネーター、保護者（母）、日の出産業 森本"]}])

# 071 — pass: CSV of score statistics by class
add(expect="pass", entities=[], detectors=[],
    note="average scores and distribution by class: statistics without people",
    sender=HIYAMA, to=[f"南川市教育委員会 学校教育課 指導係 <shido@{MINAMI}>"], charset="utf-8",
    subject="市学力調査 学級別集計（速報）",
    body=f"""南川市教育委員会 学校教育課 指導係 御中

お世話になっております。日の出産業の檜山です。
市学力調査の学級別集計（速報値）をCSVでお送りします。
個人の得点は含まれていません。
{SIG_HIYAMA}
""",
    attachments=[{"kind": "csv", "name": "gakuryoku_class_summary.csv", "encoding": "utf-8",
                  "rows": [["学校", "学年", "組", "受験者数", "国語平均", "算数数学平均", "標準偏差", "80点以上", "40点未満"],
                           ["南川小", "5", "1", "31", "68.2", "64.9", "15.1", "7", "2"],
                           ["南川小", "5", "2", "30", "71.5", "62.3", "16.8", "6", "3"],
                           ["緑が丘小", "5", "1", "28", "66.0", "70.4", "14.2", "8", "1"],
                           ["南川第一中", "2", "1", "35", "61.7", "55.8", "18.9", "5", "6"],
                           ["南川第一中", "2", "2", "34", "63.1", "58.2", "17.5", "6", "4"],
                           ["西原中", "2", "1", "29", "65.4", "60.1", "16.0", "5", "3"]]}])

# 072 — stop: look-alike of midori-ginko.co.jp (rn for m)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates partner midori-ginko.co.jp ('rn' for 'm')",
    sender=AKUTSU, to=["みどり銀行 公務営業部 <koumu@rnidori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="学校徴収金 口座振替データの送信スケジュール",
    body=f"""みどり銀行 公務営業部 御中

お世話になっております。日の出産業の阿久津です。
南川市の学校徴収金（教材費・給食費）口座振替について、10月分の送信スケジュールをご連絡します。

　データ送信：10月13日（火）15時まで
　振替日　　：10月26日（月）
　結果返却　：10月29日（木）

伝送方式は従来どおりです。変更がある場合はお知らせください。
{SIG_AKUTSU}
""")

# 073 — stop: CSV with no name column: IDs, dates of birth, postcodes, addresses
_k = people(20, 73, years=(2012, 2014))
add(expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="20 rows of pupil IDs with date of birth and home address, no name column, to an integrator",
    sender=IGARASHI, to=["ツバサシステム 中務様 <nakatsuka@tsubasa-system.jp>"], charset="utf-8",
    subject="通学区域チェック用データ",
    body=f"""中務様

日の出産業の五十嵐です。
学区外通学の判定テスト用データです。氏名は抜いてあります。
住所から学区を判定するロジックの検証に使ってください。
{SIG_IGARASHI}
""",
    attachments=[{"kind": "csv", "name": "gakku_check_test.csv", "encoding": "utf-8",
                  "rows": [["login_id", "birth_date", "zip", "address"]] +
                          [[f"mk{4100 + i}", p["dob"], p["zip"], p["addr"]] for i, p in enumerate(_k)]}])

# 074 — pass: tracking numbers for shipments to a school
add(expect="pass", entities=[], detectors=[],
    note="shipment tracking numbers and a product code: no personal data",
    sender=AKUTSU, to=["桜台西中 事務室 <sakuradai-nishi-jh@edu.city.sakuradai.lg.jp>"], charset="iso-2022-jp",
    subject="代替端末発送のお知らせ",
    body=f"""桜台西中学校 事務室 御中

お世話になっております。日の出産業の阿久津です。
修理期間中の代替端末を本日発送いたしました。

　品名：HS-TAB11E 代替機　5台（資産番号 SKD-R-0031～0035）
　送り状番号：青葉運輸 4482-1190-3357、4482-1190-3368
　到着予定：9月16日（水）午前

お受け取り後、同梱の受領書にご押印のうえ返送をお願いいたします。
{SIG_AKUTSU}
""")

# 075 — stop: a teacher's arrest (criminal matter) discussed with the law firm
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named teacher's arrest for drunk driving sent to the outside law firm: criminal record of one person",
    sender=NIKAIDO, to=["白川法律事務所 芦田先生 <ashida@shirakawa-law.jp>"], charset="iso-2022-jp",
    subject="ご相談：逮捕された教員のアカウントとログの保全について",
    body=f"""白川法律事務所
芦田 先生

いつもお世話になっております。日の出産業の二階堂です。
受託先の東山市から、以下の件で照会を受けておりご相談させてください。

東山市立東山第一中学校の教諭 袴田 信行 氏（40代）が、9月12日に酒気帯び運転の疑いで
東山警察署に逮捕されました。市教委から、
　1. 同氏の校務用アカウントを即時停止してよいか
　2. 警察から照会があった場合、メール・ログの提供に応じてよいか
の2点について、受託事業者としての対応を確認したいとの依頼です。

ご多忙のところ恐縮ですが、明日中にお電話でご助言いただけますと幸いです。
{SIG_NIKAIDO}
""")

# 076 — pass: English API discussion with an overseas vendor
add(expect="pass", entities=[], detectors=[],
    note="technical mail about an API integration in English: no personal data",
    sender=PEARCE, to=["Daniel Okafor <d.okafor@brightboard.com>"], charset="utf-8",
    subject="OneRoster CSV import - field mapping question",
    body=f"""Hi Daniel,

Quick question on the OneRoster 1.2 CSV import. Japanese schools use "class" for a homeroom
(e.g. 2-3) and also for subject classes, so we plan to map:

  - homeroom      -> classType = "homeroom"
  - subject class -> classType = "scheduled", with course sourcedId per subject

Does your importer accept both types for the same student in one term? We would test it
with the dummy dataset in the sandbox (tenant: hinode-sandbox-02) before any real data.
{SIG_PEARCE}
""")

# 077 — stop: XLSX of 7 special-needs pupils with disability types
_k = people(7, 77, years=(2012, 2018))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX of 7 pupils in special-needs classes with disability type and diagnosis, to the app vendor",
    sender=MORIMOTO, to=[f"まなびリンク 開発サポート 藤崎様 <fujisaki@{MANABI}>"], charset="utf-8",
    subject="特別支援学級 個別設定の一括反映のお願い",
    body=f"""藤崎様

お世話になっております。日の出産業の森本です。
先日ご相談した個別設定について、対象の児童生徒7名分を一覧にしました。
「設定」列の内容をアカウント単位で反映していただけますでしょうか。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "xlsx", "name": "特別支援学級_個別設定一覧.xlsx", "title": "個別設定一覧",
                  "sheets": {"一覧": [["南川市 特別支援学級 個別設定一覧（9月）"], [],
                                      ["学校", "学級種別", "氏名", "アカウント", "障害・診断", "設定"]] +
                                     [[_sch[i], ["自閉症・情緒", "知的", "自閉症・情緒", "難聴", "知的", "肢体不自由", "自閉症・情緒"][i],
                                       p["name"], f"{p['roma']}@st.minamikawa-edu.jp",
                                       ["ASD", "ダウン症", "ADHD・LD", "感音性難聴", "知的障害（療育手帳B2）", "脳性まひ", "ASD"][i],
                                       ["効果音オフ", "ルビ", "タイマー表示", "字幕ON", "ルビ・拡大", "スイッチ操作", "効果音オフ"][i]]
                                      for i, p in enumerate(_k)]}}])

# 078 — pass: teacher transfer counts by school (statistics)
add(expect="pass", entities=[], detectors=[],
    note="numbers of transferring teachers per school, for planning account work: no individuals",
    sender=HIYAMA, to=[f"まなびリンク サポート窓口 <support@{MANABI}>"], charset="iso-2022-jp",
    subject="4月異動に伴うアカウント作業量の見込み",
    body=f"""まなびリンク サポート窓口 御中

日の出産業の檜山です。
来年4月の教職員異動に伴うアカウント作業量の見込みです（市教委からの概数）。

　市町　　　　転出　転入　新規採用
　南川市　　　　84　　79　　　22
　桜台市　　　　61　　66　　　15
　東山市　　　　47　　44　　　 9
　北浜町　　　　12　　10　　　 2

3月下旬の作業体制についてご相談させてください。
{SIG_HIYAMA}
""")

# 079 — stop: forwarded guardian's mail containing her card number
_cc = card_number(4204)
add(expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forward of a guardian's mail containing her full card number to the payment service",
    sender=AKUTSU, to=["ペイスクール カスタマーセンター <cs@payschool.jp>"], charset="utf-8",
    subject="FW: 教材費のカード払いについて",
    body=f"""ペイスクール カスタマーセンター御中

日の出産業の阿久津です。
保護者の方から、Webでカード登録ができないため下記のメールが届きました。
代理で登録処理をしていただくことは可能でしょうか。

---------- Forwarded message ---------
From: 杉浦 由美子 <yumiko.sugiura.72@yahoo.co.jp>
Date: 2026年9月10日(木) 21:48
Subject: 教材費のカード払いについて
To: <akutsu.t@hinode-sangyo.co.jp>

日の出産業様
桜台東小3年の杉浦 柚希の母です。何度やっても登録画面でエラーになります。
カード番号 {_cc}
有効期限 11/28　名義 YUMIKO SUGIURA
電話 090-5531-7408
代わりに手続きをお願いできますか。
""")

# 080 — stop: English mail naming a pupil's dyslexia to an assistive-tech vendor
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="pupil named with a dyslexia diagnosis in an English mail to a foreign vendor",
    sender=PEARCE, to=["ReadEasy Support <support@readeasy.co.uk>"], charset="utf-8",
    subject="Trial licence for a pupil with dyslexia",
    body=f"""Hello ReadEasy team,

We support the Sakuradai City board of education in Japan. A 6th-grade pupil,
Ms. Aoi Kuribayashi (Sakuradai Minami Elementary), has been diagnosed with developmental
dyslexia by the city's child development centre and struggles with Japanese kanji text.

Could you issue a 90-day trial licence of ReadEasy with Japanese text-to-speech for her
school account? Her teacher would like to start after the autumn break.
{SIG_PEARCE}
""")

# 081 — pass: internal-only forward of a guardians' CSV
_k = people(28, 81, years=(2013, 2019))
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="guardians' CSV forwarded between colleagues only (all recipients internal)",
    sender=HIYAMA, to=[f"阿久津 拓海 <akutsu.t@{H}>"], charset="shift_jis",
    subject="FW: 東雲小 保護者連絡先（差分）",
    body=f"""阿久津さん

お疲れさまです。檜山です。
東雲小から届いた保護者連絡先の差分です。スクールコネクトへの登録前に、
重複チェックだけお願いできますか（社内作業用、先方には私から送ります）。

檜山
""",
    attachments=[{"kind": "csv", "name": "shinonome_hogosha_sabun.csv", "encoding": "cp932",
                  "rows": [["児童氏名", "保護者氏名", "携帯", "メール"]] +
                          [[p["name"], p["parent"], p["tel"], p["pmail"]] for p in _k]}])

# 082 — stop: look-alike of shirakawa-law.jp (letters swapped)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shriakawa-law.jp swaps two letters of the partner law firm's domain",
    sender=NIKAIDO, to=["白川法律事務所 芦田先生 <ashida@shriakawa-law.jp>"], charset="iso-2022-jp",
    subject="業務委託契約書（東山市）レビューのお願い",
    body=f"""白川法律事務所
芦田 先生

いつもお世話になっております。日の出産業の二階堂です。
東山市との業務委託契約書（令和9年度～）の案が届きましたので、レビューをお願いいたします。
特に、再委託の条件（第14条）と損害賠償の上限（第21条）についてご意見を伺いたく存じます。

契約書案は先生の事務所の共有フォルダにアップロードいたしました。
{SIG_NIKAIDO}
""")

# 083 — stop: basic pension number of a new hire to the 社労士
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="new support worker's 基礎年金番号 and date of birth sent to an outside 社労士",
    sender=MANABE, to=["こもれび社会保険労務士事務所 津川先生 <tsugawa@komorebi-sr.jp>"], charset="shift_jis",
    subject="社会保険 資格取得届（10/1入社 1名）",
    body=f"""津川先生

お世話になっております。日の出産業 人事総務部の真鍋です。
10月1日入社のICT支援員について、健康保険・厚生年金の資格取得届をお願いいたします。

氏名　　　　　：仲宗根 玲子（ナカソネ レイコ）
生年月日　　　：1992年7月30日
基礎年金番号　：4028-715936
報酬月額　　　：232,000円
被扶養者　　　：なし

よろしくお願いいたします。
{SIG_MANABE}
""")

# 084 — pass: list of vendors (company switchboards)
add(expect="pass", entities=[], detectors=[],
    note="list of maintenance vendors with company switchboards: businesses, not people",
    sender=IGARASHI, to=[f"桜台市教育委員会 教育総務課 <kyoiku-somu@{SAKURA}>"], charset="utf-8",
    subject="保守窓口一覧（令和8年度下期）",
    body=f"""桜台市教育委員会 教育総務課 御中

お世話になっております。日の出産業の五十嵐です。
下期の保守窓口一覧を更新しました。学校からの問い合わせ先として掲示いただけますと幸いです。

| 対象                 | 会社                 | 窓口電話       | 受付時間           |
|----------------------|----------------------|----------------|--------------------|
| 端末・保管庫         | 日の出産業 ヘルプデスク | 0120-418-227   | 平日 8:00-18:00    |
| 学習アプリ           | まなびリンク         | 03-5860-1133   | 平日 9:00-17:30    |
| 校内ネットワーク     | ツバサシステム       | 043-310-8870   | 24時間（障害時）   |
| 端末修理             | テックリペア         | 048-299-4410   | 平日 9:00-17:00    |
| 連絡配信             | スクールコネクト     | 050-3821-6620  | 平日 8:00-20:00    |
{SIG_IGARASHI}
""")

# 085 — stop: XLSX with 極秘 header: evaluation of three support workers
_t = people(3, 85, kids=False, years=(1980, 1998))
add(expect="stop", entities=["PERSON_NAME"], detectors=["confidential_marking", "personal_data"],
    note="workbook stamped 極秘 in its header (staff evaluations of three people) sent to the client",
    sender=KUBOTA, to=[f"東山市教育センター 情報教育係 桑島様 <kuwajima@{HIGASHI}>"], charset="iso-2022-jp",
    subject="支援員の評価結果（上期）",
    body=f"""桑島様

お世話になっております。日の出産業の久保田です。
上期の支援員評価の結果をお送りします。次年度の配置のご参考にしてください。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "xlsx", "name": "shienin_hyouka_kamiki.xlsx", "page_header": "極秘",
                  "title": "支援員 評価（上期）",
                  "sheets": {"評価": [["東山市担当 ICT支援員 上期評価"], ["氏名", "担当校", "評価", "所見"]] +
                                     [[p["name"], f"東山{['第一', '第二', '第三'][i]}小", ["A", "B", "C"][i],
                                       ["学校からの評価が高い", "報告書の提出遅れあり", "遅刻2回、改善指導中"][i]]
                                      for i, p in enumerate(_t)]}}])

# 086 — pass: internal exam scores workbook to an internal subdomain
_k = people(35, 86, years=(2012, 2012))
add(expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="35 pupils' scores but the recipients are internal (mail.hinode-sangyo.co.jp is internal)",
    sender=HIYAMA, to=[f"分析チーム <bunseki@mail.{H}>"], cc=[f"森本 沙織 <morimoto.saori@{H}>"], charset="utf-8",
    subject="桜木中2年 成績データ（分析レポート作成用）",
    body="""分析チームの皆さん

お疲れさまです。檜山です。
桜木中2年の成績データです。レポート作成後、このファイルは削除してください。

檜山
""",
    attachments=[{"kind": "xlsx", "name": "sakuragi_2nen_seiseki.xlsx",
                  "sheets": {"成績": [["組", "番号", "氏名", "国語", "数学", "英語", "理科", "社会"]] +
                                     [[1 + i // 18, 1 + i % 18, p["name"], *p["score"]] for i, p in enumerate(_k)]}}])

# 087 — stop: school-refusal pupil with a diagnosis to the NPO
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named pupil's orthostatic dysregulation diagnosis and clinic visits sent to an NPO",
    sender=USAMI, to=[f"NPO法人ひだまり 相川様 <aikawa@{HIDAMARI}>"], charset="iso-2022-jp",
    subject="オンライン学習の開始時間について（南川第二中 2年）",
    body=f"""ひだまり 相川さま

お疲れさまです。宇佐美です。
南川第二中2年の 今泉 快斗 さんの件です。
お母様から、先月 小児科で「起立性調節障害」と診断され、朝は起き上がれない日が多いと伺いました。
月2回の通院もあるとのことです。

そのため、オンライン学習の開始を9時から10時半に変更し、
午前の面談は午後に振り替えていただけないでしょうか。
学校（担任：熊谷先生）には了承をいただいています。
{SIG_USAMI}
""")

# 088 — pass: English reply; the student list is only in the quoted text
_k = people(7, 88, years=(2013, 2014))
_q = "\n".join(f"> {p['Roma']}, {p['roma']}@st.sakuradai-edu.jp, grade 6" for p in _k)
add(expect="pass", entities=[], detectors=[],
    note="the 7-student list is only in the 'On ... wrote:' quoted part of the vendor's own mail",
    sender=PEARCE, to=["Daniel Okafor <d.okafor@brightboard.com>"], charset="utf-8",
    subject="Re: Sync errors for 7 student accounts",
    body=f"""Hi Daniel,

Thanks - confirmed. The 7 accounts below now sync correctly after the class code fix on our side.
No further action needed from BrightBoard.
{SIG_PEARCE}

On Thu, Sep 10, 2026 at 4:12 PM Daniel Okafor <d.okafor@brightboard.com> wrote:
> Hi Andrew,
> These student accounts failed to sync last night (error 409, duplicate class):
{_q}
> Could you check the class codes on your side?
> Daniel
""")

# 089 — stop: look-alike of the company's own domain (hyphen for a dot)
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp replaces the dot of hinode-sangyo.co.jp with a hyphen",
    sender=IGARASHI, to=["ヘルプデスク <helpdesk@hinode-sangyo-co.jp>"], charset="iso-2022-jp",
    subject="週末のシステムメンテナンス（学習ポータル）",
    body=f"""ヘルプデスク各位

お疲れさまです。システム運用課の五十嵐です。
今週末、学習ポータルのメンテナンスを行います。学校からの問い合わせ対応をお願いします。

　日時：9月19日（土）22:00 ～ 9月20日（日）6:00
　影響：学習ポータル、ドリル教材にログインできません
　案内文：学校向け案内は金曜の朝に配信予定

{SIG_IGARASHI}
""")

# 090 — pass: reply quoting the guardian-contact list under 差出人/送信日時
_k = people(5, 90, years=(2014, 2016))
_orig = "\n".join(f"{p['parent']}（{p['name']} 保護者）　{p['tel']}" for p in _k)
add(expect="pass", entities=[], detectors=[],
    note="the five guardians' phones are only in the quoted original (差出人/送信日時) from the recipient school",
    sender=USAMI, to=["若葉台小 教頭 相馬先生 <soma-t@edu.city.minamikawa.lg.jp>"], charset="shift_jis",
    subject="RE: 端末持ち帰りの件で保護者へ連絡",
    body=f"""相馬先生

お疲れさまです。宇佐美です。
ご連絡ありがとうございます。5件とも、本日中に家庭用Wi-Fiへの接続方法の案内を
学校の連絡アプリから配信いたします。電話での連絡は先生方にお任せします。

宇佐美

差出人: 相馬 達也 <soma-t@edu.city.minamikawa.lg.jp>
送信日時: 2026年9月9日 16:05
宛先: 宇佐美 ひかり <usami.h@hinode-sangyo.co.jp>
件名: 端末持ち帰りの件で保護者へ連絡

宇佐美さん
家庭でWi-Fiにつながらないと連絡があったご家庭です。
{_orig}
相馬
""")

# 091 — pass: two partner organisations and a manual without personal data
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="board + one partner in To/Cc, an operations manual with no personal data",
    sender=IGARASHI, to=[f"東山市教育センター 情報教育係 桑島様 <kuwajima@{HIGASHI}>"],
    cc=["ツバサシステム 運用チーム <ops@tsubasa-system.jp>"], charset="utf-8",
    subject="障害時の連絡フロー（改訂版）の送付",
    body=f"""桑島様
（cc ツバサシステム運用チーム様）

お世話になっております。日の出産業の五十嵐です。
校内ネットワーク障害時の連絡フローを改訂しましたので送付します。
主な変更点は、夜間・休日の一次受付をツバサシステム様に変更した点です。
{SIG_IGARASHI}
""",
    attachments=[{"kind": "docx", "name": "障害時連絡フロー_v2.docx", "title": "障害時連絡フロー",
                  "paragraphs": ["校内ネットワーク障害時の連絡フロー（第2版）",
                                 "1. 学校は障害を検知したら、代表窓口（0120-418-227）へ連絡する。",
                                 "2. 平日日中は日の出産業ヘルプデスクが一次受付、夜間・休日はツバサシステムが一次受付。",
                                 "3. 30分以内に復旧しない場合、東山市教育センター 情報教育係へ報告する。"],
                  "tables": [[["レベル", "状況", "連絡先"], ["1", "1校・一部教室", "ヘルプデスク"],
                              ["2", "1校全体", "ヘルプデスク＋教育センター"], ["3", "複数校", "全関係者"]]]}])

# 092 — pass: internal-only health information of a staff member
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="staff member's health check result discussed between internal managers only",
    sender=KUBOTA, to=[NIKAIDO], cc=[MANABE], charset="iso-2022-jp",
    subject="支援員 井ノ口さんの勤務配慮について",
    body="""二階堂部長
（cc 真鍋さん）

お疲れさまです。久保田です。
東山市担当の井ノ口 浩二さんが定期健診で「要精密検査（心電図異常）」となり、
10月は毎週水曜に通院するとのことです。勤務日の振替で対応したいと考えています。
産業医面談の設定を人事総務部にお願いできますでしょうか。

久保田
""")

# 093 — pass: ordinary ZIP of teaching materials
add(expect="pass", entities=[], detectors=[],
    note="unencrypted ZIP of worksheets and a slide outline: readable, no personal data",
    sender=MORIMOTO, to=["北浜中 技術科 梶原先生 <kajiwara-k@edu.town.kitahama.lg.jp>"], charset="iso-2022-jp",
    subject="プログラミング授業のワークシート一式",
    body=f"""北浜中学校
技術科 梶原 先生

お世話になっております。日の出産業の森本です。
先日ご依頼いただいた、プログラミング授業（計測・制御）のワークシート一式をZIPでお送りします。
学校の実態に合わせて自由に編集してお使いください。
{SIG_MORIMOTO}
""",
    attachments=[{"kind": "zip", "name": "programming_worksheets.zip",
                  "files": [{"kind": "txt", "name": "ws1_センサーの仕組み.txt",
                             "text": "ワークシート1　センサーの仕組み\n1. 身の回りにあるセンサーを3つ書こう。\n2. 明るさセンサーの値が変わる条件を予想しよう。\n"},
                            {"kind": "txt", "name": "ws2_フローチャート.txt",
                             "text": "ワークシート2　フローチャートを書こう\n暗くなったらLEDを点灯するプログラムを考えよう。\n"},
                            {"kind": "docx", "name": "授業の流れ.docx",
                             "paragraphs": ["1時間目：センサーの仕組み", "2時間目：フローチャート", "3-4時間目：プログラム作成と発表"]}]}])

# 094 — pass: four students' accounts to the integrator
_k = people(4, 94, years=(2011, 2012))
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four students' names and account addresses to a partner: under five people",
    sender=IGARASHI, to=["ツバサシステム 運用チーム <ops@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="フィルタリング除外の依頼（4名・調べ学習用）",
    body=f"""ツバサシステム 運用チーム御中

日の出産業の五十嵐です。
西原中3年の総合的な学習の時間で、動画サイトの閲覧許可が必要な生徒が4名います。
10月末までの期間限定で、フィルタリングの除外グループに追加してください。

""" + "\n".join(f"　{p['name']}　{p['roma']}@st.minamikawa-edu.jp" for p in _k) + f"""

担当教員：西原中 長谷部先生
{SIG_IGARASHI}
""")

# 095 — either: pupil named by initials only, "通院中" without a diagnosis
add(expect="either", entities=[], detectors=[],
    note="school-refusal pupil referred to by initials and grade, 'visiting hospital' without diagnosis: identifiability debatable",
    sender=USAMI, to=[f"NPO法人ひだまり 相川様 <aikawa@{HIDAMARI}>"], charset="utf-8",
    subject="来週の面談日程について",
    body=f"""ひだまり 相川さま

お疲れさまです。宇佐美です。
西原中1年のK.Tさんですが、今月は通院の予定が続くため、
来週の面談は水曜から金曜の15時に変更させてください。
オンライン学習は午後のみ参加の予定です。
{SIG_USAMI}
""")

# 096 — pass: HTML + text newsletter to a board
_news = """南川市教育委員会 学校教育課 御中

いつもお世話になっております。日の出産業 教育ICT事業部です。
「ICT支援だより 9月号」をお届けします。

■今月のトピック
・2学期の端末持ち帰り、家庭のWi-Fi接続トラブルが増えています
・授業支援アプリの新機能「振り返りカード」の使い方
・10月の出前授業（情報モラル）の空き状況

学校への配布・掲示にご活用ください。
日の出産業株式会社 教育ICT事業部 TEL 03-6279-4410"""
add(expect="pass", entities=[], detectors=[],
    note="multipart newsletter (text + HTML) with general tips: no personal data",
    sender=MORIMOTO, to=[f"南川市教育委員会 学校教育課 <gakko-kyoiku@{MINAMI}>"], charset="utf-8",
    subject="ICT支援だより 9月号",
    body=_news,
    html="""<html><body>
<p>南川市教育委員会 学校教育課 御中</p>
<p>いつもお世話になっております。日の出産業 教育ICT事業部です。<br>「ICT支援だより 9月号」をお届けします。</p>
<h3>今月のトピック</h3>
<ul><li>2学期の端末持ち帰り、家庭のWi-Fi接続トラブルが増えています</li>
<li>授業支援アプリの新機能「振り返りカード」の使い方</li>
<li>10月の出前授業（情報モラル）の空き状況</li></ul>
<p>学校への配布・掲示にご活用ください。</p>
<p style="color:#666">日の出産業株式会社 教育ICT事業部 TEL 03-6279-4410</p>
</body></html>""")

# 097 — pass: contract clause discussion with the law firm
add(expect="pass", entities=[], detectors=[],
    note="legal question about personal-data clauses in a contract; no person's data, no stamp",
    sender=NIKAIDO, to=["白川法律事務所 芦田先生 <ashida@shirakawa-law.jp>"], charset="iso-2022-jp",
    subject="個人情報取扱特記事項（再委託）についてのご質問",
    body=f"""白川法律事務所
芦田 先生

いつもお世話になっております。日の出産業の二階堂です。
桜台市の個人情報取扱特記事項に「再委託先への児童生徒情報の提供は、事前に書面による承認を得ること」
とあります。学習アプリ事業者へのアカウント情報（氏名・学年・組）の連携は再委託に当たるのか、
それとも市とアプリ事業者の直接契約の範囲と整理できるのか、ご見解をいただけますでしょうか。

特記事項の全文は前回お送りした契約書案の別紙2です。
{SIG_NIKAIDO}
""")

# 098 — pass: one applicant on free mail (interview time)
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one job applicant on a free-mail address with an interview time",
    sender=MANABE, to=["左近 光太郎 様 <k.sakon.1990@yahoo.co.jp>"], charset="iso-2022-jp",
    subject="ICT支援員 面接日時のご案内",
    body=f"""左近 光太郎 様

このたびは弊社ICT支援員の求人にご応募いただき、誠にありがとうございます。
日の出産業 人事総務部の真鍋でございます。

書類選考の結果、ぜひ面接をお願いしたく、下記の日時をご案内いたします。

　日時：9月24日（木）14:00～15:00
　場所：弊社さいたま営業所（浦和第一ビル5F）
　持ち物：筆記用具（履歴書は提出済みのため不要です）

ご都合が悪い場合は、本メールにご返信ください。
{SIG_MANABE}
""")

# 099 — pass: mentions 社外秘 as a word only
add(expect="pass", entities=[], detectors=[],
    note="社外秘 is only mentioned (the material will not be sent); nothing is stamped",
    sender=SHOJI, to=[f"桜台市教育委員会 教育総務課 千葉様 <chiba-n@{SAKURA}>"], charset="shift_jis",
    subject="Re: 他市の導入費用資料について",
    body=f"""千葉様

お世話になっております。日の出産業の東海林です。
お問い合わせの「他市の導入費用の内訳資料」ですが、弊社内で社外秘扱いとしている資料のため、
申し訳ございませんがそのままお渡しすることはできません。

代わりに、公開されている入札結果をもとにした概算の比較表を作成し、
来週中にお届けいたします。何卒ご了承ください。
{SIG_SHOJI}
""")

# 100 — pass: one pupil's account problem
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one pupil's name and account address for a login problem: a single person's record",
    sender=USAMI, to=[f"まなびリンク サポート <support@{MANABI}>"], charset="iso-2022-jp",
    subject="ログイン時にエラー（E-1024）が出る児童1名",
    body=f"""まなびリンク サポート御中

日の出産業 ICT支援員の宇佐美です。
桜台東小5年の児童1名が、ログイン時に「E-1024 アカウントが無効です」と表示されます。

　氏名：袴田 凛
　アカウント：rin.hakamata@st.sakuradai-edu.jp

昨日までは問題なく使えていたそうです。原因の確認をお願いします。
{SIG_USAMI}
""")

# ---------------------------------------------------------------------------------------
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"boardofed-{_i:03d}"
assert len(MESSAGES) == 100, len(MESSAGES)
