"""採用面接 (mensetsu) — mail of 日の出産業's 人事部 採用グループ and the sites that recruit
with it: interview scheduling with candidates on free mail, résumés and 職務経歴 passed to and
from recruiting agents, interview evaluations and feedback, aptitude-test and background-check
vendors, interview venues and hotels, offer letters (内定通知・労働条件通知書), onboarding
paperwork with 社労士 and payroll (マイナンバー, 基礎年金番号, 在留カード), declines (辞退) and
the internal threads around them — as plain text, padded tables, CSV, HTML tables, XLSX, XLS,
DOCX, PDF, PPTX, ZIP, attached mail, encrypted and corrupt files, in ISO-2022-JP, Shift_JIS and
UTF-8, in Japanese and English."""

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 69001

# -- invented people ------------------------------------------------------------------------

_SEI = [
    ("相馬", "ソウマ", "Soma"), ("五十嵐", "イガラシ", "Igarashi"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("御手洗", "ミタライ", "Mitarai"),
    ("長谷部", "ハセベ", "Hasebe"), ("九十九", "ツクモ", "Tsukumo"), ("宇佐美", "ウサミ", "Usami"),
    ("眞鍋", "マナベ", "Manabe"), ("神保", "ジンボ", "Jimbo"), ("桐生", "キリュウ", "Kiryu"),
    ("葛西", "カサイ", "Kasai"), ("氷室", "ヒムロ", "Himuro"), ("早乙女", "サオトメ", "Saotome"),
    ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("百瀬", "モモセ", "Momose"),
    ("雲井", "クモイ", "Kumoi"), ("瀬戸口", "セトグチ", "Setoguchi"), ("能登", "ノト", "Noto"),
    ("笹本", "ササモト", "Sasamoto"), ("柘植", "ツゲ", "Tsuge"), ("日下部", "クサカベ", "Kusakabe"),
    ("安曇", "アズミ", "Azumi"), ("穂積", "ホヅミ", "Hozumi"), ("帯刀", "タテワキ", "Tatewaki"),
    ("米倉", "ヨネクラ", "Yonekura"), ("三橋", "ミツハシ", "Mitsuhashi"), ("鮫島", "サメジマ", "Samejima"),
    ("砂川", "スナガワ", "Sunagawa"), ("嵯峨", "サガ", "Saga"), ("蓮見", "ハスミ", "Hasumi"),
    ("羽柴", "ハシバ", "Hashiba"), ("井伊", "イイ", "Ii"), ("千葉", "チバ", "Chiba"),
    ("真栄田", "マエダ", "Maeda"), ("紺野", "コンノ", "Konno"), ("江波戸", "エバト", "Ebato"),
    ("大豆生田", "オオマメウダ", "Omameuda"), ("四十物", "アイモノ", "Aimono"),
    ("藤ヶ谷", "フジガヤ", "Fujigaya"), ("寒河江", "サガエ", "Sagae"), ("土師", "ハジ", "Haji"),
    ("栗栖", "クリス", "Kurisu"), ("伊集院", "イジュウイン", "Ijuin"), ("椎名", "シイナ", "Shiina"),
]
_MEI = [
    ("遥", "ハルカ", "Haruka"), ("蒼", "アオイ", "Aoi"), ("颯太", "ソウタ", "Sota"),
    ("美咲", "ミサキ", "Misaki"), ("健吾", "ケンゴ", "Kengo"), ("千尋", "チヒロ", "Chihiro"),
    ("湊", "ミナト", "Minato"), ("結衣", "ユイ", "Yui"), ("大和", "ヤマト", "Yamato"),
    ("凛", "リン", "Rin"), ("悠真", "ユウマ", "Yuma"), ("彩花", "アヤカ", "Ayaka"),
    ("拓海", "タクミ", "Takumi"), ("菜々子", "ナナコ", "Nanako"), ("陸", "リク", "Riku"),
    ("真央", "マオ", "Mao"), ("雄一郎", "ユウイチロウ", "Yuichiro"), ("朋美", "トモミ", "Tomomi"),
    ("慎也", "シンヤ", "Shinya"), ("詩織", "シオリ", "Shiori"), ("航平", "コウヘイ", "Kohei"),
    ("日向", "ヒナタ", "Hinata"), ("亮介", "リョウスケ", "Ryosuke"), ("萌", "モエ", "Moe"),
    ("圭", "ケイ", "Kei"), ("紗希", "サキ", "Saki"), ("隼人", "ハヤト", "Hayato"),
    ("由佳里", "ユカリ", "Yukari"), ("将太", "ショウタ", "Shota"), ("和奏", "ワカナ", "Wakana"),
    ("敦史", "アツシ", "Atsushi"), ("沙耶", "サヤ", "Saya"), ("光太郎", "コウタロウ", "Kotaro"),
]
_PLACES = [
    ("東京都", "世田谷区", "北沢", "155-0031"), ("東京都", "練馬区", "石神井町", "177-0041"),
    ("東京都", "江東区", "大島", "136-0072"), ("東京都", "府中市", "宮西町", "183-0022"),
    ("神奈川県", "横浜市港北区", "大倉山", "222-0037"), ("神奈川県", "川崎市中原区", "木月", "211-0025"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037"), ("埼玉県", "さいたま市浦和区", "岸町", "330-0064"),
    ("埼玉県", "川口市", "芝新町", "333-0851"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("千葉県", "柏市", "豊四季", "277-0861"), ("大阪府", "吹田市", "千里山西", "565-0851"),
    ("大阪府", "大阪市阿倍野区", "昭和町", "545-0011"), ("兵庫県", "西宮市", "甲子園口", "663-8113"),
    ("愛知県", "名古屋市昭和区", "八事本町", "466-0825"), ("愛知県", "岡崎市", "羽根町", "444-0813"),
    ("福岡県", "福岡市早良区", "西新", "814-0002"), ("宮城県", "仙台市青葉区", "上杉", "980-0011"),
    ("北海道", "札幌市豊平区", "平岸三条", "062-0933"), ("静岡県", "浜松市中央区", "高林", "430-0907"),
    ("京都府", "京都市左京区", "下鴨松原町", "606-0801"), ("広島県", "広島市安佐南区", "祇園", "731-0138"),
]
_BLDG = ["", "", "", " コーポ桜木203", " メゾン葉山102", " グランシャリオ507", " ハイツ若葉201",
         " パークサイド北沢3F", " レジデンス翠301"]
_SCHOOLS = ["東都大学 経済学部", "北陵工業大学 工学部", "南海学院大学 文学部", "西京外国語大学 英米語学科",
            "東都大学大学院 情報学研究科", "葵学園大学 商学部", "湘北理科大学 理工学部", "みなと国際大学 国際関係学部",
            "中部産業大学 経営学部", "白鷺女子大学 人間科学部"]
_EMPLOYERS = ["株式会社マルタカ精機", "東邦ロジスティクス株式会社", "株式会社ソラリスIT", "北斗化成株式会社",
              "株式会社いろは商事", "ミナミ電装株式会社", "株式会社アーバンリンク", "大洋フードサービス株式会社",
              "株式会社グリーンテック山梨", "株式会社フジミ建設", "ヤマブキ薬品株式会社", "株式会社セレスト"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
             "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_TODAY = _dt.date(2026, 10, 1)


def _people(key, n, young=False):
    """n invented people, the same for the same key."""
    rng = _random.Random(f"{SEED}-{key}")
    out, used = [], set()
    while len(out) < n:
        s, m = rng.choice(_SEI), rng.choice(_MEI)
        if s[0] in used:
            continue
        used.add(s[0])
        year = rng.randint(2003, 2005) if young else rng.randint(1979, 2001)
        dob = _dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town, zipc = rng.choice(_PLACES)
        addr = (f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
                f"{rng.choice(_BLDG)}")
        phone = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        dom = rng.choice(_FREEMAIL)
        local = f"{m[2].lower()}{rng.choice(['.', '_', '', '-'])}{s[2].lower()}{rng.randint(1, 99)}"
        age = _TODAY.year - dob.year - ((_TODAY.month, _TODAY.day) < (dob.month, dob.day))
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
            "roma": f"{m[2]} {s[2]}", "ROMA": f"{s[2].upper()} {m[2]}", "dob": dob, "age": age,
            "zip": zipc, "addr": addr, "pref": pref, "phone": phone, "mail": f"{local}@{dom}",
            "school": rng.choice(_SCHOOLS), "employer": rng.choice(_EMPLOYERS),
            "sex": rng.choice(["男", "女"]),
        })
    return out


# -- how people write numbers and tables -----------------------------------------------------

_ZEN = str.maketrans("0123456789-/().,:", "０１２３４５６７８９－／（）．，：")


def _zen(s):
    return str(s).translate(_ZEN)


def _wareki(d, style="kanji"):
    if d >= _dt.date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "abbr":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def _w(s):
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in str(s))


def _pad(rows, gap="  ", rule="-", fill=" "):
    """Columns padded to their display width, a rule under the header."""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]

    def line(r):
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - _w(c)
            cells.append(str(c) + (fill * (pad // 2) + " " * (pad % 2) if fill == "　" else " " * pad))
        return gap.join(cells).rstrip()

    out = [line(rows[0]), rule * (sum(widths) + len(gap) * (len(widths) - 1))]
    out += [line(r) for r in rows[1:]]
    return "\n".join(out)


def _corp(base12):
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), 1))
    return str(9 - total % 9) + base12


# -- the sending side --------------------------------------------------------------------------

SIG_MORISHITA = """――――――――――――――――――――――
日の出産業株式会社　人事部 採用グループ
森下 彩（もりした あや）
〒105-0014 東京都港区芝2-18-7 日の出ビル5F
TEL 03-5442-7810（代表）／内線 2231
E-mail a.morishita@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_TAKAHATA = """--
日の出産業株式会社
人事部 採用グループ　高畑 俊介
TEL: 03-5442-7810 / FAX: 03-5442-7819
s.takahata@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/"""

SIG_TAKAHATA_EN = """Best regards,
Shunsuke Takahata
Talent Acquisition, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-18-7 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5442-7810"""

SIG_NISHINA = """********************************
日の出産業株式会社 名古屋工場
総務課（新卒・工場採用担当）
仁科 亮
〒454-0871 愛知県名古屋市中川区柳森町3-12
TEL 052-362-4418  FAX 052-362-4420
********************************"""

SIG_OGASAWARA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 労務グループ
小笠原 由紀
TEL 03-5442-7814（直通）
y.ogasawara@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_SAIYO = """─────────────────────
日の出産業株式会社 新卒採用チーム
〒105-0014 東京都港区芝2-18-7
TEL：03-5442-7810（平日9:00〜17:30）
saiyo@hinode-sangyo.co.jp
─────────────────────"""

SIG_IWAKI = """日の出産業株式会社
人事部長　岩城 正和"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""

FROM_MORISHITA = "森下 彩 <a.morishita@hinode-sangyo.co.jp>"
FROM_TAKAHATA = "高畑 俊介 <s.takahata@hinode-sangyo.co.jp>"
FROM_NISHINA = "仁科 亮 <r.nishina@hinode-sangyo.co.jp>"
FROM_OGASAWARA = "小笠原 由紀 <y.ogasawara@hinode-sangyo.co.jp>"
FROM_SAIYO = "日の出産業 新卒採用チーム <saiyo@hinode-sangyo.co.jp>"
FROM_IWAKI = "岩城 正和 <m.iwaki@hinode-sangyo.co.jp>"


MESSAGES = []
_add = MESSAGES.append

# 001 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-001",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["宇佐美 航平 <kohei.usami0611@gmail.com>"],
    "subject": "【日の出産業】一次面接日程のご相談",
    "body": f"""宇佐美 航平 様

はじめまして。日の出産業株式会社 人事部 採用グループの高畑と申します。
このたびは当社「法人営業（産業資材）」職にご応募いただき、誠にありがとうございます。
書類選考の結果、ぜひ一次面接にお越しいただきたく、ご連絡いたしました。

以下の候補日時のうち、ご都合のよいものを２つほどお知らせいただけますでしょうか。

　(1) 10月14日（水） 10:00〜11:00
　(2) 10月15日（木） 15:00〜16:00
　(3) 10月19日（月） 13:30〜14:30

形式　　：対面（本社5F 面接室）またはWeb（Teams）いずれも可
所要時間：約60分（面接45分＋会社説明15分）
持ち物　：特にございません（履歴書はご提出済みのもので結構です）

いずれも難しい場合は、ご都合のよい日時を複数お知らせください。
どうぞよろしくお願いいたします。

{SIG_TAKAHATA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview scheduling with one candidate on free mail; no personal data beyond the addressee",
})

# 002 -------------------------------------------------------------------------------------
_p = _people("m002", 6)
_rows = [["時間", "氏名", "フリガナ", "携帯電話"]]
for _i, _x in enumerate(_p):
    _rows.append([f"{10 + _i}:00", _x["name"], _x["kana"], _zen(_x["phone"])])
_add({
    "id": "mensetsu-002",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["さくらホテル 宴会営業 岸本様 <banquet@sakura-hotel.jp>"],
    "subject": "11/5 会議室「桔梗」ご利用分　来館者リストの件",
    "body": f"""さくらホテル 宴会営業部
岸本様

いつも大変お世話になっております。日の出産業の森下です。
11月5日（木）に会議室「桔梗」をお借りして実施する最終面接につきまして、
フロントでのご案内用に来館者のリストをお送りいたします。

当日、お名前を名乗られた方を会議室までご案内いただけますと幸いです。
遅刻等のご連絡がホテル様に入った場合は、下記携帯へ直接折り返していただいて構いません。

{_pad(_rows, gap="　")}

※面接官（当社役員2名）は9:30頃に到着予定です。
※昼食のお弁当（5名分）は12:00搬入でお願いいたします。

以上、よろしくお願いいたします。

{SIG_MORISHITA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six candidates' names and mobile numbers (full-width digits, padded table) sent to the hotel: a list of people",
})

# 003 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-003",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "Re: 【ご推薦】相馬 拓海様（生産管理）一次面接の結果について",
    "body": f"""株式会社キャリアブリッジ
野々村様

お世話になっております。日の出産業の高畑です。
昨日実施いたしました相馬 拓海様の一次面接の結果をご連絡いたします。

■結果：保留（来週中に最終判断いたします）

■所感
・生産管理システムの導入経験は十分で、現場との調整力も高く評価しています。
・一方、前職を退職された経緯について、ご本人から「2023年にうつ病と診断され、
　約半年間休職したのち復職したが、その後退職した」とのお話がありました。
　現在は通院を終えているとのことですが、配属予定の工場は繁忙期の残業が多いため、
　部門長が慎重に判断したいと申しております。

恐れ入りますが、現在の就業状況や、入社時期のご希望について、
可能な範囲でご本人にご確認いただけますでしょうか。

{SIG_TAKAHATA}

> 日の出産業株式会社
> 高畑様
>
> いつもお世話になっております。キャリアブリッジの野々村です。
> 相馬様の一次面接、本日はありがとうございました。
> 結果のご連絡をお待ちしております。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "interview feedback to the agent discloses a named candidate's depression diagnosis and sick leave (要配慮個人情報)",
})

# 004 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-004",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "Re: 面接日程ご回答（神保様・蓮見様）",
    "body": f"""株式会社ジョブリンク・パートナーズ
上条様

お世話になっております。日の出産業の森下です。
日程のご回答をありがとうございます。以下にて確定とさせてください。

　神保様：10月20日（火）14:00〜　本社5F 面接室（対面）
　蓮見様：10月21日（水）10:00〜　Web（URLは前日までにお送りします）

面接官は経理部 課長の大槻と、私森下の2名です。
ご本人様へのご案内をどうぞよろしくお願いいたします。

{SIG_MORISHITA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "interview times for two candidates named only, sent to their agent: ordinary scheduling",
})

# 005 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-005",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["東海林 千尋 <chihiro_shoji@yahoo.co.jp>"],
    "subject": "内定のご通知（日の出産業株式会社）",
    "body": f"""東海林 千尋 様

日の出産業株式会社 人事部の森下でございます。
先日は最終面接にお越しいただき、誠にありがとうございました。

厳正なる選考の結果、東海林様を採用させていただくことが内定いたしましたので、
ご通知申し上げます。

内定通知書および労働条件通知書を添付のZIPファイルにてお送りいたします。
解凍用のパスワードは、この後別のメールにてお送りいたします。

ご確認のうえ、内定承諾書にご署名いただき、11月13日（金）までにご返送ください。
ご不明な点がございましたら、何なりとお問い合わせください。

東海林様とご一緒に働けることを、社員一同心より楽しみにしております。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "zip", "name": "内定通知書_東海林様.zip", "password": "Hn#2026-1106",
        "files": [
            {"kind": "pdf", "name": "内定通知書.pdf",
             "lines": ["内定通知書", "東海林 千尋 様", "〒222-0037 神奈川県横浜市港北区大倉山3-14-2",
                       "入社予定日 2027年1月4日", "職種 経理（連結決算）", "年俸 6,240,000円"]},
            {"kind": "pdf", "name": "労働条件通知書.pdf",
             "lines": ["労働条件通知書", "契約期間 期間の定めなし", "就業場所 本社（東京都港区）"]},
        ]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "offer letter sent as a password-protected ZIP (PPAP): the attachment cannot be inspected",
})

# 006 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-006",
    "charset": "utf-8",
    "sender": FROM_SAIYO,
    "to": ["kanade.mitarai@gmail.com", "riku-ebato22@yahoo.co.jp", "s.kumoi0408@icloud.com",
           "hozumi_moe@outlook.jp"],
    "subject": "【日の出産業】グループ面接（10/24）のご案内",
    "body": f"""各位

日の出産業株式会社 新卒採用チームです。
エントリーシートの選考を通過された皆さまに、グループ面接のご案内をお送りします。

日時：2026年10月24日（土）13:00〜15:30（12:45より受付）
場所：日の出産業 本社 7F 大会議室（東京都港区芝2-18-7）
服装：自由（スーツでなくても構いません）
持ち物：筆記用具、学生証

当日は4〜5名のグループで、与えられたテーマについて30分間ディスカッションを行います。
出欠について、10月20日（火）までに本メールへのご返信でお知らせください。

{SIG_SAIYO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four students' private addresses in To: they all see each other's e-mail; should have been Bcc",
})

# 007 -------------------------------------------------------------------------------------
_p = _people("m007", 8)
_route = ["キャリアブリッジ", "自社HP", "ジョブリンク", "リファラル", "自社HP", "転職サイトA", "タレントアーク", "自社HP"]
_add({
    "id": "mensetsu-007",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["大槻 修 <o.otsuki@hinode-sangyo.co.jp>", "芦田 美帆 <m.ashida@mail.hinode-sangyo.co.jp>"],
    "cc": [FROM_MORISHITA],
    "subject": "経理職 一次面接 候補者一覧（10月第3週）",
    "body": f"""大槻課長、芦田さん

お疲れさまです。高畑です。
来週実施の経理職一次面接の候補者一覧を添付します（8名）。
履歴書・職務経歴書はTeamsの採用フォルダに格納済みです。

面接後の評価入力は、シート「評価」にお願いします。
よろしくお願いします。

高畑
""",
    "attachments": [{
        "kind": "xlsx", "name": "経理職_一次面接候補者_1019週.xlsx",
        "sheets": {
            "候補者": [["経理職 一次面接 候補者一覧（作成：人事部 高畑）"], [],
                    ["No", "氏名", "フリガナ", "年齢", "現職", "電話", "メール", "応募経路"]]
            + [[i + 1, x["name"], x["kana"], x["age"], x["employer"], x["phone"], x["mail"], _route[i]]
               for i, x in enumerate(_p)],
            "評価": [["No", "氏名", "面接官", "評価(A-D)", "コメント"]]
            + [[i + 1, x["name"], "", "", ""] for i, x in enumerate(_p)],
        }}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "candidate list with contacts, but every recipient is internal (incl. the mail. subdomain)",
})

# 008 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-008",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["田島 部長 <k.tajima@hinode-sangyou.co.jp>"],
    "subject": "二次面接のお願い（品質保証・鬼塚様）",
    "body": """田島部長

お疲れさまです。人事の森下です。
品質保証課の中途採用で一次面接を通過した候補者について、二次面接をお願いできればと存じます。

　氏名　　：鬼塚 悠真（オニヅカ ユウマ）
　年齢　　：34歳
　現職　　：ミナミ電装株式会社 品質管理部（在籍9年）
　連絡先　：080-4417-2093
　希望年収：620万円

ISO9001の内部監査員資格をお持ちで、顧客監査の対応経験も豊富です。
10/27（火）または10/29（木）の午後でご都合はいかがでしょうか。

森下
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for an internal manager but sent to hinode-sangyou.co.jp (letter added): look-alike of the own domain",
})

# 009 -------------------------------------------------------------------------------------
_p = _people("m009", 12, young=True)
_add({
    "id": "mensetsu-009",
    "charset": "shift_jis",
    "sender": FROM_SAIYO,
    "to": ["アセスメントラボ 受検サポート <support@assess-lab.co.jp>"],
    "subject": "適性検査（SPI形式）受検者登録のお願い　第3回分",
    "body": f"""株式会社アセスメントラボ
受検サポートご担当者様

いつもお世話になっております。日の出産業 新卒採用チームです。
第3回分の受検者データをCSVにてお送りいたしますので、アカウント発行をお願いいたします。
受検期間は10月26日（月）〜11月2日（月）を予定しております。

ご案内メールの送信元は、前回同様 no-reply@assess-lab.co.jp でお願いいたします。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "csv", "name": "受検者登録_第3回.csv", "encoding": "cp932",
        "rows": [["受検者番号", "氏名", "フリガナ", "生年月日", "メールアドレス", "受検区分"]]
        + [[f"H27-03{i + 1:03d}", x["name"], x["kana"], x["dob"].strftime("%Y/%m/%d"), x["mail"],
            "総合職" if i % 3 else "技術職"] for i, x in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of twelve students with birth dates and private e-mail to the test vendor",
})

# 010 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-010",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["桐生 湊 <minato.kiryu@yahoo.co.jp>"],
    "subject": "内定のご連絡と今後のお手続きについて",
    "body": f"""桐生 湊 様

日の出産業株式会社 人事部の高畑です。
先日は最終面接にお越しいただき、ありがとうございました。

選考の結果、桐生様に内定をお出しすることとなりました。おめでとうございます。
添付の内定通知書をご確認ください。処遇条件の詳細は、来週改めて面談の場でご説明いたします。

ご承諾いただける場合は、11月10日（火）までに本メールへご返信ください。
入社日のご相談も、その際にお聞かせいただけますと幸いです。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "pdf", "name": "内定通知書_桐生様.pdf", "title": "内定通知書",
        "lines": ["2026年10月30日", "", "桐生 湊 様", "〒211-0025 神奈川県川崎市中原区木月2-9-4 ハイツ若葉201", "",
                  "日の出産業株式会社", "代表取締役社長 日野 直人", "", "内 定 通 知 書", "",
                  "貴殿を下記の条件にて採用することを内定いたしましたので通知いたします。", "",
                  "1. 入社予定日　2027年2月1日", "2. 配属予定　　情報システム部", "3. 職　　種　　社内SE（基幹システム）",
                  "4. 給　　与　　月給 385,000円（固定残業代を含まない）", "", "以上"],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "offer letter with the candidate's own name and address, sent to that candidate: one person",
})

# 011 -------------------------------------------------------------------------------------
_mn011 = my_number(SEED + 1)
_add({
    "id": "mensetsu-011",
    "charset": "iso-2022-jp",
    "sender": FROM_OGASAWARA,
    "to": ["山際社労士事務所 長尾様 <nagao@yamagiwa-sr.jp>"],
    "subject": "12/1入社　資格取得届の作成依頼（九十九様）",
    "body": f"""山際社会保険労務士事務所
長尾様

いつもお世話になっております。日の出産業 労務グループの小笠原です。
12月1日付で入社予定の中途採用者1名について、社会保険・雇用保険の資格取得届の作成をお願いいたします。

【入社者情報】
氏名　　　　　：九十九 遥（ツクモ ハルカ）
生年月日　　　：平成4年7月19日
住所　　　　　：〒273-0005 千葉県船橋市本町4-21-6 メゾン葉山102
個人番号　　　：{_mn011[:4]} {_mn011[4:8]} {_mn011[8:]}
基礎年金番号　：4102-638157
雇用保険被保険者番号：5203-418862-7
報酬月額　　　：380,000円
被扶養者　　　：なし

前職の離職票は本人が年内に提出予定とのことです。
ご不明点があればご連絡ください。

{SIG_OGASAWARA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number and basic pension number in the body, sent to the outside 社労士",
})

# 012 -------------------------------------------------------------------------------------
_p = _people("m012", 5)
_quoted = "\n".join(
    f"> No.{i + 1} {x['name']}（{x['age']}歳）現職：{x['employer']}\n>     TEL {x['phone']} / {x['mail']}"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-012",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "Re: 【推薦】営業企画職 候補者5名のご紹介",
    "body": f"""野々村様

お世話になっております。高畑です。
5名のご推薦をありがとうございました。社内で確認し、以下の3名の方と
一次面接をさせていただきたく存じます。

　No.1 {_p[0]['sei']}様、No.3 {_p[2]['sei']}様、No.4 {_p[3]['sei']}様

No.2、No.5の方は、今回は経験領域が合わず見送りとさせてください。
面接候補日は別途お送りします。

高畑

2026/10/08 11:42、野々村 <nonomura@career-bridge.co.jp> のメール:
> 日の出産業株式会社
> 高畑様
>
> いつもお世話になっております。キャリアブリッジの野々村です。
> 営業企画職の候補者として、以下5名をご推薦いたします。
>
{_quoted}
>
> 各種書類はマイページにアップロードしております。ご検討のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only quoted back to the agent who sent it; new text names three surnames",
})

# 013 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-013",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "2027年度 中途採用計画（共有版）",
    "body": f"""株式会社タレントアーク
戸叶様

お世話になっております。日の出産業の森下です。
先日の打合せでお話しした来年度の中途採用計画を添付いたします。
重点ポジションは「生産技術」「法人営業（東海エリア）」の2つです。

ご紹介の優先度づけにお役立ていただければ幸いです。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "pdf", "name": "2027年度_中途採用計画.pdf", "title": "2027年度 中途採用計画",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部",
        "lines": ["2027年度 中途採用計画", "", "1. 採用目標 合計 24名（前年比 +6名）"],
        "table": [["部門", "職種", "人数", "想定年収", "採用予算"],
                  ["名古屋工場", "生産技術", "5", "550〜750万円", "1,350万円"],
                  ["営業本部", "法人営業（東海）", "4", "500〜700万円", "1,100万円"],
                  ["管理本部", "経理（連結）", "2", "600〜800万円", "600万円"],
                  ["情報システム部", "社内SE", "3", "550〜800万円", "900万円"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "hiring plan PDF stamped 社外秘 in its page header, sent to a recruiting agent",
})

# 014 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-014",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "書類選考結果のご連絡（10/9ご推薦分）",
    "body": f"""株式会社ジョブリンク・パートナーズ
上条様

お世話になっております。日の出産業の森下です。
10月9日にご推薦いただいた方々の書類選考結果をお知らせいたします。
（貴社管理番号にて失礼いたします）

貴社管理番号　　職種　　　　　結果
JL-2610-0412　　経理　　　　　通過
JL-2610-0417　　経理　　　　　見送り
JL-2610-0433　　購買　　　　　通過
JL-2610-0438　　購買　　　　　通過
JL-2610-0451　　総務　　　　　見送り

通過の方の面接候補日は、明日中にお送りいたします。

{SIG_MORISHITA}
""",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "five screening results keyed only by the agent's own reference numbers: pseudonymous rows, arguably a list",
})

# 015 -------------------------------------------------------------------------------------
_p = _people("m015", 15)
_jobs = ["法人営業", "生産技術", "経理", "社内SE", "品質保証"]
_add({
    "id": "mensetsu-015",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    "cc": ["早坂 様 <hayasaka@tsubasa-system.jp>"],
    "subject": "採用管理システム移行：応募者データ（テスト移行用）",
    "body": f"""株式会社ツバサシステム
導入支援ご担当 早坂様

お世話になっております。日の出産業 人事部の高畑です。
新採用管理システムへのテスト移行用として、現行システムから出力した応募者データをお送りします。
まずは直近分のみ（15件）です。項目のマッピングをご確認いただけますでしょうか。

本番移行分（約2,300件）は、マッピング確定後にお送りします。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "applicant_export_202609.xlsx",
        "sheets": {
            "応募者": [["応募者マスタ 移行データ（2026/09末時点）"],
                    ["応募者ID", "氏名", "フリガナ", "生年月日", "性別", "電話番号", "メール", "住所", "最終学歴", "応募職種"]]
            + [[f"A{260900 + i * 7}", x["name"], x["kana"], x["dob"].isoformat(), x["sex"], x["phone"], x["mail"],
                f"〒{x['zip']} {x['addr']}", x["school"], _jobs[i % 5]] for i, x in enumerate(_p)],
            "選考履歴": [["応募者ID", "選考ステップ", "実施日", "結果"]]
            + [[f"A{260900 + i * 7}", "書類選考", "2026-09-1" + str(i % 10), "通過" if i % 2 else "不通過"]
               for i in range(15)],
            "コード表": [["区分", "コード", "名称"], ["結果", "1", "通過"], ["結果", "2", "不通過"], ["結果", "9", "辞退"]],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX export of fifteen applicants (birth date, phone, mail, address) sent to the ATS vendor",
})

# 016 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-016",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["長谷部 陸 <riku.hasebe.dev@outlook.jp>"],
    "subject": "最終面接当日のご案内（秘密保持誓約書について）",
    "body": f"""長谷部 陸 様

お世話になっております。日の出産業の高畑です。
11月9日（月）の最終面接について、当日のご案内をお送りします。

最終面接では、開発中の製品に関する技術説明の時間を設けております。
そのため、面接開始前に「秘密保持誓約書」へのご署名をお願いしております。
内容を事前にご確認いただけるよう、ひな形を添付いたしますので、ご一読ください。
（ご署名は当日、受付でお願いいたします。事前の印刷・押印は不要です）

ご不明な点や、誓約書の内容についてご質問があれば、遠慮なくお知らせください。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持誓約書（ひな形）.docx",
        "paragraphs": ["秘密保持誓約書", "日の出産業株式会社 御中",
                       "私は、貴社の採用選考において開示を受けた技術情報その他一切の情報を、第三者に開示・漏洩しないことを誓約します。",
                       "第1条（秘密情報）……", "第2条（目的外使用の禁止）……",
                       "　　年　　月　　日　　氏名：＿＿＿＿＿＿＿＿＿＿"]}],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "mail about a non-disclosure pledge with a blank template; no marking, no personal data",
})

# 017 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-017",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>", "上条 様 <kamijo@joblink-partners.jp>",
           "戸叶 様 <tokano@talentark.co.jp>", "堀内 様 <horiuchi@enworks-agent.com>",
           "国分 様 <kokubu@globalgate-hr.jp>"],
    "subject": "【求人票更新】生産技術職（名古屋工場）募集要件変更のお知らせ",
    "body": f"""人材紹介会社各位

平素より大変お世話になっております。日の出産業 人事部の森下です。
名古屋工場 生産技術職の募集要件を一部変更いたしましたので、最新の求人票をお送りいたします。

主な変更点
・必須要件：「設備保全経験3年以上」→「設備保全または生産技術経験2年以上」
・想定年収：500〜700万円 → 520〜750万円
・募集人数：3名 → 5名

引き続き、ご紹介のほどよろしくお願いいたします。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "pdf", "name": "求人票_生産技術_名古屋_v3.pdf",
        "lines": ["求人票　生産技術（名古屋工場）", "勤務地：愛知県名古屋市中川区", "募集人数：5名",
                  "想定年収：520〜750万円", "必須：設備保全または生産技術経験2年以上"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five competing recruiting agents in To see each other; should have been Bcc",
})

# 018 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-018",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["ひだまりワークス 就労支援員 篠原様 <shinohara@hidamari-works.or.jp>"],
    "subject": "障害者雇用枠　職場実習受け入れの件（栗栖様）",
    "body": f"""特定非営利活動法人 ひだまりワークス
就労支援員 篠原様

お世話になっております。日の出産業 人事部の高畑です。
先日面接させていただいた栗栖様の職場実習（2週間）について、受け入れ部署が決まりましたのでご連絡します。

【対象者】
氏名：栗栖 紗希 様（クリス サキ）
生年月日：1998年2月11日
障害の状況：身体障害者手帳 2級（下肢機能障害）、車いす使用
面接時に伺った配慮事項：
　・通勤ラッシュを避けるため 10:00〜16:00 勤務を希望
　・多目的トイレの利用（本社3Fに設置済み）
　・定期的な通院（月1回、リハビリ）のため平日半日の休暇

【実習先】総務部 文書管理チーム（本社3F）
【期間】11月16日（月）〜11月27日（金）

実習初日は9:45に本社1F受付までお越しいただけますよう、ご本人へのご案内をお願いいたします。

{SIG_TAKAHATA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's disability grade and medical needs sent to the employment support NPO (要配慮個人情報)",
})

# 019 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-019",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["キャリアブリッジ イベント事業部 大須賀様 <osuga@career-bridge.co.jp>"],
    "cc": ["さくらホテル 宴会営業 岸本様 <banquet@sakura-hotel.jp>"],
    "subject": "12/12 合同企業説明会（さくらホテル 鳳凰の間）打合せ日程について",
    "body": f"""キャリアブリッジ 大須賀様
さくらホテル 岸本様

いつもお世話になっております。日の出産業 新卒採用チームの仁科です。
12月12日（土）の合同企業説明会につきまして、三者で会場レイアウトと当日の動線を確認する
打合せを持たせていただきたく、ご連絡いたしました。

候補日：11月18日（水）15:00〜 / 11月19日（木）10:00〜
場所　：さくらホテル 2F 鳳凰の間（現地確認を兼ねて）

ブース数は18社、来場見込みは約400名です。
ご都合をお知らせいただけますと幸いです。

{SIG_SAIYO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail: two external organisations in To/Cc",
})

# 020 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-020",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    "subject": "会議室のご予約（11/25 最終面接用）",
    "body": f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の森下です。
下記のとおり会議室を予約させていただきたく、ご連絡いたしました。

日時：2026年11月25日（水）9:00〜18:00
人数：面接官3名＋候補者（各回1名）
部屋：小会議室（ロの字型、6名程度）×1、控室×1
備品：プロジェクター、ホワイトボード
請求：いつもどおり本社総務部宛てでお願いいたします。

空き状況をお知らせいただけますと幸いです。

{SIG_MORISHITA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner sakura-hotel.jp addressed as sakura-hotel.co.jp: look-alike domain (other TLD)",
})

# 021 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-021",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "11月 面接枠のご案内",
    "body": f"""タレントアーク 戸叶様

お世話になっております。高畑です。
11月の一次面接で、貴社ご推薦の方向けに確保している枠を一覧にしました。
添付のExcelに候補日時を記載しておりますので、ご本人のご都合を伺えますでしょうか。

よろしくお願いいたします。

{SIG_TAKAHATA}
""",
    "attachments": [{"kind": "corrupt", "name": "面接枠_202611_タレントアーク様.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

# 022 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-022",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <dan.whitfield.eng@gmail.com>"],
    "subject": "Hinode Sangyo - Video interview for the Process Engineer position",
    "body": f"""Dear Mr. Whitfield,

Thank you for your application for the Process Engineer position at our Nagoya plant.
We would be pleased to invite you to a first video interview with our plant manager
and myself.

Could you let us know which of the following slots suits you? (all times in JST, UTC+9)

  - Tue 20 Oct, 17:00 - 18:00
  - Wed 21 Oct, 09:00 - 10:00
  - Fri 23 Oct, 16:30 - 17:30

The interview will be held in English on Microsoft Teams; we will send the link once a
slot is confirmed. It will last about 45 minutes, followed by 15 minutes for your questions.

{SIG_TAKAHATA_EN}

{DISCLAIMER_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "English interview scheduling with one overseas candidate on free mail; standard disclaimer",
})

# 023 -------------------------------------------------------------------------------------
_p = _people("m023", 5)
_trs = "\n".join(
    f"<tr><td>10/{26 + i // 2}（{'月火水'[i // 2]}）{['10:00', '14:00'][i % 2]}</td><td>{x['name']}</td>"
    f"<td>{x['phone']}</td><td>{x['mail']}</td><td>{['対面', 'Web'][i % 2]}</td></tr>"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-023",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "一次面接 日程確定表（ご推薦5名様分）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社キャリアブリッジ<br>野々村様</p>
<p>お世話になっております。日の出産業の森下です。<br>
ご推薦いただいた5名様の一次面接日程が確定しましたので、一覧でお送りします。<br>
当日の緊急連絡用に、ご本人の連絡先も念のため記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>日時</th><th>氏名</th><th>携帯</th><th>メール</th><th>形式</th></tr>
{_trs}
</table>
<p>ご本人様へのご案内をよろしくお願いいたします。</p>
<p>――――――――――――――――――――――<br>日の出産業株式会社　人事部 採用グループ<br>森下 彩<br>
TEL 03-5442-7810（代表）／内線 2231</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of five candidates with mobile numbers and e-mail addresses to the agent",
})

# 024 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-024",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["グローバルゲート 国分様 <kokubu@globalgate-hr.jp>"],
    "subject": "内定者 グエン様　在留資格変更許可申請の書類について",
    "body": f"""株式会社グローバルゲート
国分様

お世話になっております。日の出産業 労務グループの小笠原です。
来年4月入社予定の内定者について、在留資格変更（留学→技術・人文知識・国際業務）の
申請書類作成をお願いしたく、必要事項をお送りします。

氏名（ローマ字）：NGUYEN THI THANH LAN
生年月日：2002年3月14日
国籍：ベトナム
在留カード番号：RK58301947EA
在留期限：2027年3月31日
旅券番号：C7261845
最終学歴：みなと国際大学 国際関係学部（2027年3月卒業見込み）
雇用予定：海外営業部（月給 255,000円）

卒業証明書は卒業後に改めてお送りします。
よろしくお願いいたします。

{SIG_OGASAWARA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a future hire's residence card and passport numbers sent to the visa agent: identity documents",
})

# 025 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-025",
    "charset": "shift_jis",
    "sender": FROM_NISHINA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "名古屋工場での面接　近隣の宿泊施設について",
    "body": f"""ジョブリンク・パートナーズ 上条様

お世話になっております。日の出産業 名古屋工場の仁科です。
遠方から面接にお越しになる方がいらっしゃるとのことで、工場近くの宿泊施設をまとめました。
宿泊費は当社規定（上限9,000円／泊）にて精算いたしますので、領収書をお持ちいただくようお伝えください。

・ホテルリブレ中川　　　　TEL 052-361-5500　名古屋市中川区八熊1-4-11　工場まで車10分
・ビジネスホテル八田　　　TEL 052-353-2218　名古屋市中川区八田町2-7　　近鉄八田駅前
・ステイイン金山　　　　　TEL 052-322-0870　名古屋市中区金山1-15-3　　金山駅徒歩2分
・名古屋ポートホテル　　　TEL 052-651-4141　名古屋市港区港明1-9-20　　無料駐車場あり
・コンフォートイン尾頭橋　TEL 052-331-9090　名古屋市中川区尾頭橋3-1-5

最寄りは近鉄「八田」駅で、駅からはタクシーで7分ほどです。

{SIG_NISHINA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels (businesses, switchboards and addresses), not people",
})

# 026 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-026",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["ピープルデザイン研究所 三枝様 <saegusa@peopledesign-lab.jp>"],
    "subject": "外部面接官ご依頼の件：評価基準書の送付",
    "body": f"""株式会社ピープルデザイン研究所
三枝様

お世話になっております。日の出産業の森下です。
11月の管理職採用の二次面接で外部面接官をお引き受けいただき、ありがとうございます。
当社の面接評価基準書を添付いたします。評価項目と段階の定義をご確認いただき、
面接当日はこの基準に沿ってご評価をお願いできればと存じます。

事前打合せは11月4日（水）16時から、オンラインでお願いいたします。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "docx", "name": "面接評価基準書_管理職_2026.docx", "title": "面接評価基準書（管理職）",
        "page_header": "部外秘　人事部", "page_footer": "日の出産業株式会社",
        "paragraphs": ["面接評価基準書（管理職採用）", "1. 評価項目と配点",
                       "評価は5段階（S/A/B/C/D）とし、B以上を合格ラインとする。"],
        "tables": [[["評価項目", "配点", "着眼点"],
                    ["組織マネジメント", "30", "部下育成・目標設定の具体的な経験"],
                    ["課題解決力", "25", "定量的な成果と再現性"],
                    ["当社理解・志望度", "15", "事業への理解、入社後のビジョン"],
                    ["コミュニケーション", "20", "傾聴・論理性"],
                    ["価値観の適合", "10", "当社行動指針との一致"]]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "evaluation criteria DOCX classified 部外秘 in its page header, sent to an outside interviewer",
})

# 027 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-027",
    "charset": "shift_jis",
    "sender": FROM_TAKAHATA,
    "to": [FROM_IWAKI],
    "cc": [FROM_MORISHITA],
    "subject": "最終面接前の申し送り（ルート営業・百瀬様）",
    "body": f"""岩城部長

お疲れさまです。高畑です。
明日の最終面接（百瀬 大和様、ルート営業）について、事前に共有させてください。

二次面接の終盤で、ご本人から「てんかんの持病があり、服薬で発作は5年以上出ていない」との
申告がありました。主治医の意見書も提出可能とのことです。
ルート営業は社用車での外回りが中心のため、運転業務の可否は面接ではなく、
内定後に産業医面談で確認する進め方でよいか、ご判断をお願いします。

面接の場では健康状態についての質問は控えていただけますと幸いです。

高畑
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a candidate's medical condition shared only with the internal HR director: internal recipients only",
})

# 028 -------------------------------------------------------------------------------------
_p = _people("m028", 7, young=True)
_dept = ["機械工学科", "電気電子工学科", "応用化学科", "機械工学科", "情報工学科", "建築学科", "電気電子工学科"]
_res = ["内定", "内定", "内定", "不合格", "内定", "辞退", "内定"]
_tsv = "学籍番号\t氏名\tフリガナ\t学科\t携帯電話\t結果\n" + "\n".join(
    f"22T{3041 + i * 13}\t{x['name']}\t{x['kana']}\t{_dept[i]}\t{x['phone'].replace('-', '')}\t{_res[i]}"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-028",
    "charset": "utf-8",
    "sender": FROM_NISHINA,
    "to": ["北陵工業大学 キャリア支援課 <career@hokuryo-tech.ac.jp>"],
    "subject": "学校推薦 選考結果のご報告（日の出産業 名古屋工場）",
    "body": f"""北陵工業大学 キャリア支援課
ご担当者様

いつも大変お世話になっております。日の出産業 名古屋工場 総務課の仁科です。
今年度、学校推薦にてご応募いただいた学生の皆さんの選考結果をご報告いたします。
あわせて、内定者への今後のご連絡に使用する携帯番号に誤りがないか、貴課の登録内容と
照合いただけますと助かります。

{_tsv}

内定式は10月1日に実施済みで、内定者の皆さんには入社前研修のご案内を順次お送りしております。
引き続きよろしくお願いいたします。

{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of seven students with mobile numbers and results sent to the university",
})

# 029 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-029",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["葛西 彩花 <ayaka.kasai@icloud.com>"],
    "subject": "RE: 二次面接日程について",
    "body": f"""葛西 彩花 様

ご返信ありがとうございます。森下です。
それでは、10月28日（水）15:00〜 本社5F 面接室にて二次面接とさせていただきます。
当日は1Fの受付で「人事部 森下と面接」とお伝えください。

お会いできることを楽しみにしております。

{SIG_MORISHITA}

-----Original Message-----
From: 葛西 彩花 <ayaka.kasai@icloud.com>
Sent: Monday, October 19, 2026 8:12 PM
To: 森下 彩 <a.morishita@hinode-sangyo.co.jp>
Subject: Re: 二次面接日程について

日の出産業株式会社
人事部 森下様

お世話になっております。葛西彩花です。
候補日のご連絡をありがとうございます。10月28日（水）15時でお願いできますでしょうか。

なお、履歴書に記載の住所から転居いたしましたので、念のためお知らせいたします。
新住所：〒330-0064 埼玉県さいたま市浦和区岸町2-11-8 グランシャリオ507
携帯：080-6612-3059（変更ありません）

どうぞよろしくお願いいたします。
葛西 彩花
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the candidate's own new address appears only in her quoted mail under -----Original Message-----",
})

# 030 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-030",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["桑原産業医事務所 桑原先生 <kuwabara@kuwabara-oh.jp>"],
    "subject": "雇入時健診結果のご確認のお願い（12/1入社予定者）",
    "body": f"""桑原先生

いつもお世話になっております。日の出産業 労務グループの小笠原です。
12月1日入社予定の中途採用者1名について、雇入時健康診断の結果に要精密検査の項目があったため、
就業上の配慮が必要かどうか、ご意見をいただけますでしょうか。

対象者：寒河江 健吾 様（製造部 設備保全課 配属予定）
健診結果は添付PDFのとおりです。
夜勤（2交替）のある職場のため、特に血圧の所見について見解をいただけると助かります。

{SIG_OGASAWARA}
""",
    "attachments": [{
        "kind": "pdf", "name": "雇入時健診結果_寒河江様.pdf", "title": "健康診断結果報告書",
        "lines": ["健康診断結果報告書（雇入時）", "受診者：寒河江 健吾　生年月日：昭和63年9月3日（38歳）　男",
                  "受診日：2026年10月22日　実施機関：医療法人社団 青樹会 セイジュクリニック", ""],
        "table": [["項目", "結果", "基準値", "判定"],
                  ["血圧（収縮期/拡張期）", "168 / 102", "〜129 / 〜84", "D 要精密検査"],
                  ["AST / ALT", "48 / 87", "〜30 / 〜30", "C 要経過観察"],
                  ["γ-GTP", "142", "〜50", "C 要経過観察"],
                  ["HbA1c", "5.8", "〜5.5", "B 軽度異常"],
                  ["胸部X線", "異常なし", "", "A"],
                  ["総合判定", "", "", "D 要精密検査（循環器内科）"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named new hire's health-check results (要精密検査) sent to an outside occupational physician",
})

# 031 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-031",
    "charset": "shift_jis",
    "sender": FROM_SAIYO,
    "to": [FROM_SAIYO],
    "cc": ["hayato-0312@docomo.ne.jp", "nanako.shiina@ezweb.ne.jp", "aoi_tsuge@softbank.ne.jp",
           "kotaro.yonekura24@gmail.com", "saya_momose@yahoo.co.jp", "rin.haji2004@icloud.com"],
    "subject": "【内定者の皆さまへ】12/19 内定者懇親会のご案内",
    "body": f"""内定者の皆さま

こんにちは。日の出産業 新卒採用チームです。
寒くなってまいりましたが、いかがお過ごしでしょうか。

入社前に同期や先輩社員と交流していただく場として、内定者懇親会を開催いたします。

　日時：2026年12月19日（土）17:00〜19:30
　会場：さくらホテル 3F「花水木」（JR田町駅 徒歩5分）
　会費：無料（交通費は規定により支給します）

出欠を12月4日（金）までに、本メールへの返信でお知らせください。
食物アレルギーのある方は、あわせてお知らせください。

{SIG_SAIYO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "six future hires' private and carrier addresses in Cc, all visible to each other",
})

# 032 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-032",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["川崎電機 人事課 松倉様 <matsukura@kawasaki-denki.co.jp>"],
    "subject": "合同面接（出向前提ポジション）候補者の書類送付",
    "body": f"""川崎電機株式会社 人事課
松倉様

お世話になっております。日の出産業 人事部の高畑です。
先般ご相談いたしました、貴社への出向を前提とした制御設計ポジションにつきまして、
合同面接に進んでいただく候補者1名の履歴書をお送りいたします。

ご本人には、貴社への出向前提であること、および選考書類を貴社と共有することについて
同意をいただいております。

面接日程は11月10日（火）または11日（水）の午後で調整させてください。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "docx", "name": "履歴書_眞鍋様.docx",
        "paragraphs": ["履 歴 書", "2026年10月20日現在"],
        "tables": [[["ふりがな", "まなべ ゆういちろう"],
                    ["氏名", "眞鍋 雄一郎"],
                    ["生年月日", "1990年6月27日生（満36歳）"],
                    ["現住所", "〒466-0825 愛知県名古屋市昭和区八事本町3-18-6"],
                    ["電話", "090-2287-6140"],
                    ["E-mail", "y.manabe.0627@gmail.com"]],
                   [["年", "月", "学歴・職歴"],
                    ["2013", "3", "北陵工業大学 工学部 電気電子工学科 卒業"],
                    ["2013", "4", "ミナミ電装株式会社 入社（制御設計部）"],
                    ["", "", "現在に至る"]]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one candidate's résumé to a partner for a joint interview, with his consent: one person, a warning at most",
})

# 033 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-033",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["堀内 様 <horiuchi@enworks-agent.com>"],
    "subject": "求人のご依頼：購買（調達）担当",
    "body": f"""株式会社エンワークス
堀内様

先日はお打合せのお時間をいただき、ありがとうございました。日の出産業の森下です。
お話しした購買（調達）担当の求人票を添付いたします。

・募集人数：1名
・想定年収：480〜620万円
・勤務地：本社（東京都港区）
・選考フロー：書類選考 → 一次面接（Web可）→ 適性検査 → 最終面接

ご不明点があればお気軽にご連絡ください。ご紹介をお待ちしております。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "docx", "name": "求人票_購買担当_2026.docx",
        "paragraphs": ["求人票　購買（調達）担当", "【業務内容】原材料・副資材の調達、取引先との価格交渉、納期管理",
                       "【必須要件】メーカーでの購買経験3年以上", "【歓迎要件】英語での取引経験、SAP MMの使用経験",
                       "【休日】完全週休2日制（土日祝）、年間休日125日"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a job description sent to a recruiting agent: ordinary business mail",
})

# 034 -------------------------------------------------------------------------------------
_p = _people("m034", 8, young=True)
_add({
    "id": "mensetsu-034",
    "charset": "shift_jis",
    "sender": FROM_SAIYO,
    "to": ["ミライ人材研修 研修運営部 <unei@mirai-kenshu.co.jp>"],
    "subject": "内定者宿泊研修（1/23-24）参加者名簿の送付",
    "body": f"""株式会社ミライ人材研修
研修運営部 ご担当者様

お世話になっております。日の出産業 新卒採用チームです。
1月23日〜24日の内定者宿泊研修につきまして、傷害保険の加入手続きと宿泊者名簿の作成に
必要な参加者名簿を添付いたします（本社採用分 8名）。

名古屋工場採用分は、仁科より別途お送りいたします。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "docx", "name": "内定者宿泊研修_参加者名簿.docx", "title": "参加者名簿",
        "paragraphs": ["2027年入社 内定者宿泊研修 参加者名簿（本社採用）", "研修期間：2027年1月23日（土）〜24日（日）"],
        "tables": [[["No", "氏名", "ふりがな", "性別", "生年月日", "住所", "携帯電話"]]
                   + [[str(i + 1), x["name"], x["kana"], x["sex"], _wareki(x["dob"]), x["addr"], x["phone"]]
                      for i, x in enumerate(_p)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX roster of eight future hires (和暦 birth dates, addresses, mobiles) sent to the training company",
})

# 035 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-035",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "Re: 二次面接の結果について（生産技術職）",
    "body": f"""タレントアーク 戸叶様

お世話になっております。高畑です。
二次面接の結果、ご推薦いただいた方には最終面接に進んでいただくことになりました。
最終面接は工場長と役員の2名で、名古屋工場にて実施いたします。

候補日は11月16日（月）、17日（火）の午前です。
交通費は当社規定により実費を精算いたしますので、その旨ご本人にお伝えください。

{SIG_TAKAHATA}

{DISCLAIMER_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "interview progress note to an agent ending in the standard confidentiality disclaimer: not a marking",
})

# 036 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-036",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["東和オートリース 法人営業部 <fleet@towa-autolease.co.jp>"],
    "subject": "運転者登録のお願い（12月入社 営業職）",
    "body": f"""東和オートリース株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の小笠原です。
12月入社予定の営業職1名について、リース車両の運転者登録（任意保険の運転者限定特約）を
お願いしたく、申請書を添付いたします。

使用車両：品川 500 さ 41-07（プロボックス）
使用開始：2026年12月1日

{SIG_OGASAWARA}
""",
    "attachments": [{
        "kind": "pdf", "name": "運転者登録申請書_202612.pdf",
        "lines": ["運転者登録申請書", "", "申請会社：日の出産業株式会社（契約番号 TA-20418）", ""],
        "table": [["項目", "内容"],
                  ["運転者氏名", "伊集院 将太（イジュウイン ショウタ）"],
                  ["生年月日", "平成9年11月8日"],
                  ["運転免許証番号", "第 304209817563 号"],
                  ["免許の種類", "普通（AT限定なし）"],
                  ["有効期限", "令和10年12月8日まで（ブルー）"],
                  ["所属", "営業本部 東京営業所"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a new hire's driver's licence number in a PDF form sent to the car-lease company",
})

# 037 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-037",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["日下部 敦史 <atsushi.kusakabe.work@gmail.com>"],
    "subject": "労働条件通知書の送付（日の出産業）",
    "body": f"""日下部 敦史 様

お世話になっております。日の出産業の高畑です。
先日の処遇面談でご説明した内容を、労働条件通知書にまとめました。
添付のPDFにはパスワードを設定しております。パスワードは、面談時にお伝えした方法
（ご登録の携帯番号へのSMS）で別途お送りします。

内容をご確認のうえ、ご不明点があればご連絡ください。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "pdf", "name": "労働条件通知書_日下部様.pdf", "password": "kusa1121",
        "lines": ["労働条件通知書", "日下部 敦史 殿", "契約期間：期間の定めなし", "就業場所：本社",
                  "賃金：月給 412,000円"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF: the attachment cannot be inspected",
})

# 038 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-038",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["さくらホテル フロント 佐伯様 <front@sakura-hotel.jp>"],
    "subject": "11/12 ロビー待ち合わせの件（来館者4名）",
    "body": f"""さくらホテル フロント
佐伯様

お世話になっております。日の出産業の森下です。
11月12日（木）午後、ロビーラウンジで最終面接の候補者と待ち合わせをいたします。
以下の4名がフロントで当社名をお伝えした場合、ラウンジ奥の席までご案内をお願いできますでしょうか。

・13:00　小鳥遊 凛 様　（携帯 090-5120-4478）
・14:00　瀬戸口 光太郎 様（携帯 080-3371-9025）
・15:00　藤ヶ谷 由佳里 様（携帯 070-2209-6613）
・16:00　仲宗根 陸 様　（携帯 090-8846-1302）

お手数をおかけしますが、よろしくお願いいたします。

{SIG_MORISHITA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four visitors' names and mobiles to the hotel: under five people, may be warned",
})

# 039 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-039",
    "charset": "utf-8",
    "sender": FROM_IWAKI,
    "to": ["真壁 様 <makabe@nexus-search.com>"],
    "subject": "【極秘】次期CFO候補のサーチについて",
    "body": f"""ネクサス・エグゼクティブサーチ
真壁様

ご無沙汰しております。日の出産業の岩城です。
先日お電話でお話しした件、正式にご依頼させていただきます。

現CFOの退任（2027年6月の株主総会予定）に伴い、後任候補のサーチをお願いしたく存じます。
本件は社内でも社長と私のみが把握しておりますので、お取り扱いには十分ご注意ください。

【ポジション】取締役 CFO（管理本部長兼務）
【想定年収】2,000〜2,500万円
【要件】上場企業でのCFOまたは経理財務部長経験、IR経験、M&A/PMI経験
【期間】2027年2月末までに最終候補2〜3名

ご紹介いただく際は、私宛てに直接ご連絡ください。

{SIG_IWAKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 【極秘】 in the subject (executive succession) sent to an external search firm",
})

# 040 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-040",
    "charset": "iso-2022-jp",
    "sender": FROM_IWAKI,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": [FROM_MORISHITA],
    "subject": "内定取消の可否についてご相談",
    "body": f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の岩城です。
内定者の件で、法的な観点からご助言をいただきたくご連絡しました。

2027年4月入社予定の内定者、笹本 颯太（22歳、南海学院大学4年）について、
匿名の通報をきっかけに本人へ確認したところ、2025年8月に傷害の容疑で逮捕され、
その後不起訴（起訴猶予）となっていたことが判明しました。
本人は面接時にこの事実を申告しておらず、エントリーシートの賞罰欄は「なし」と記載されています。

この場合に内定を取り消すことが可能か、また取り消す場合の手続や留意点について、
ご意見をいただけますでしょうか。来週どこかで30分ほどお時間をいただけますと幸いです。

{SIG_IWAKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named future hire's arrest record sent outside (even to counsel): 要配慮個人情報",
})

# 041 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-041",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "書類選考結果（安曇様／総務職）",
    "body": f"""キャリアブリッジ 野々村様

お世話になっております。日の出産業の森下です。
ご推薦いただいた安曇様（総務職）の書類選考の結果をお知らせいたします。

慎重に検討いたしましたが、今回は株主総会運営のご経験を重視しているため、
誠に残念ながら見送りとさせていただきます。
ご本人様には、貴社よりよろしくお伝えいただけますと幸いです。

また近いポジションが出ましたら、改めてご相談させてください。

{SIG_MORISHITA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a single screening result for one candidate named by surname: ordinary agent mail",
})

# 042 -------------------------------------------------------------------------------------
_p = _people("m042", 9)
_src = ["求人サイトA", "求人サイトA", "自社HP", "求人サイトB", "求人サイトA", "自社HP", "求人サイトB", "求人サイトA", "自社HP"]
_add({
    "id": "mensetsu-042",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["ハイアサポート 採用代行チーム 茂木様 <mogi@hiresupport.co.jp>"],
    "subject": "【一次対応ご依頼】10月第4週 新規応募者9名",
    "body": f"""株式会社ハイアサポート
茂木様

いつもありがとうございます。日の出産業の高畑です。
今週の新規応募者9名分の一覧をPDFでお送りします。
通常どおり、応募御礼メールの送付と一次面接の日程調整をお願いいたします。

面接枠は添付の2ページ目に記載しています。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "pdf", "name": "新規応募者一覧_1026.pdf", "title": "新規応募者一覧",
        "lines": ["新規応募者一覧（2026年10月19日〜25日受付）", ""],
        "table": [["No", "応募経路", "氏名", "生年月日", "電話番号", "メールアドレス", "応募職種"]]
        + [[str(i + 1), _src[i], x["name"], x["dob"].strftime("%Y/%m/%d"), x["phone"], x["mail"],
            ["経理", "法人営業", "生産技術"][i % 3]] for i, x in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of nine applicants with birth dates, phones and e-mail sent to the RPO vendor",
})

# 043 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-043",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["International Student Office <iso@toto-u.ac.jp>",
           "Career Support for International Students <intl-career@nankai-gakuin.ac.jp>",
           "Global Career Center <gcc@minato-kokusai.ac.jp>"],
    "subject": "Thank you for the Career Fair / Winter Internship 2027 at Hinode Sangyo",
    "body": f"""Dear Career Office staff,

Thank you very much for inviting Hinode Sangyo to your international students' career fair
last week. We were impressed by the number of students who visited our booth.

As promised, we are pleased to share the details of our Winter Internship 2027:

  Dates:     1-12 February 2027 (10 working days)
  Location:  Head office (Tokyo) and Nagoya plant
  Language:  English / Japanese (JLPT N2 or above recommended)
  Apply by:  18 December 2026 via www.hinode-sangyo.co.jp/recruit/intern

We would be grateful if you could forward this information to interested students.

{SIG_TAKAHATA_EN}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three universities' career offices in To see each other: three external organisations, should be Bcc",
})

# 044 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-044",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": [FROM_SAIYO],
    "bcc": ["mao.hashiba@gmail.com", "kenshin_tatewaki@yahoo.co.jp", "yuma.ii.0722@icloud.com",
            "wakana-aimono@outlook.jp", "shinya.chiba5@gmail.com", "k.kumoi-99@docomo.ne.jp",
            "tomomi_samejima@gmail.com", "ryo.teshigawara@yahoo.co.jp", "saki.noto@ezweb.ne.jp",
            "hinata.omameuda@gmail.com"],
    "subject": "【リマインド】明日10/31 会社説明会（オンライン）のご案内",
    "body": f"""日の出産業の会社説明会にお申し込みいただいた皆さま

新卒採用チームです。明日の会社説明会について、改めてご案内いたします。

　日時：10月31日（土）10:00〜11:30
　形式：オンライン（Zoom ウェビナー）
　URL ：https://zoom.example-webinar.jp/j/8421550937（パスコード：hinode27）

カメラ・マイクはオフのままで結構です。ご質問はQ&A機能からお寄せください。
当日お会いできることを楽しみにしております。

{SIG_SAIYO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "mass reminder with the students correctly in Bcc: nobody sees anyone else's address",
})

# 045 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-045",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["芦田 美帆 <m.ashida@hinode-sangyo.jp>"],
    "subject": "FW: 【応募】経理職（連結）へのご応募 - 紺野様",
    "body": f"""芦田さん

お疲れさまです。森下です。
経理職に自社HPから応募がありました。書類を転送しますので、ご確認をお願いします。
連結決算の実務経験5年で、要件には合っていそうです。
面接に進める場合は、水曜までにお知らせください。

森下
""",
    "attachments": [{
        "kind": "pdf", "name": "紺野様_履歴書.pdf", "title": "履歴書",
        "lines": ["履歴書", "氏名：紺野 朋美（コンノ トモミ）", "生年月日：1987年12月2日（38歳）",
                  "住所：〒183-0022 東京都府中市宮西町4-8-12", "電話：080-7715-2046",
                  "学歴：葵学園大学 商学部 卒業（2010年3月）",
                  "職歴：2010年4月 株式会社いろは商事 入社（経理部）／2016年4月 北斗化成株式会社 入社（連結決算）"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "internal forward sent to hinode-sangyo.jp (co. dropped): look-alike of the own domain, with a résumé",
})

# 046 -------------------------------------------------------------------------------------
_p = _people("m046", 5)
_add({
    "id": "mensetsu-046",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["リファレンスジャパン 調査受付 <order@refjapan.co.jp>"],
    "subject": "経歴確認調査のご依頼（管理職候補 5名）",
    "body": f"""株式会社リファレンスジャパン
調査受付ご担当者様

お世話になっております。日の出産業 人事部の小笠原です。
管理職採用の最終候補者5名について、職歴の在籍確認をお願いいたします。
ご本人からは調査への同意書を取得済みです（同意書の写しも同梱しています）。

対象者一覧はZIP内のCSV（UTF-8）をご確認ください。
納期は11月20日（金）でお願いできますでしょうか。

{SIG_OGASAWARA}
""",
    "attachments": [{
        "kind": "zip", "name": "経歴確認_依頼_20261109.zip",
        "files": [
            {"kind": "csv", "name": "対象者一覧.csv", "encoding": "utf-8",
             "rows": [["依頼番号", "氏名", "カナ", "生年月日", "現住所", "確認対象の勤務先", "在籍期間（申告）"]]
             + [[f"HS-1109-{i + 1:02d}", x["name"], x["kana"], x["dob"].strftime("%Y-%m-%d"), x["addr"],
                 x["employer"], f"{2008 + i * 2}年4月〜現在"] for i, x in enumerate(_p)]},
            {"kind": "txt", "name": "備考.txt",
             "text": "同意書は各候補者から原本を取得済み。写しは別便（郵送）にて送付します。\n"}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an open ZIP holding a CSV of five candidates with birth dates and home addresses, to the background-check firm",
})

# 047 -------------------------------------------------------------------------------------
_mn047a, _mn047b = my_number(SEED + 2), my_number(SEED + 3)
_add({
    "id": "mensetsu-047",
    "charset": "iso-2022-jp",
    "sender": FROM_OGASAWARA,
    "to": ["給与チーム 江口 <t.eguchi@hinode-sangyo.co.jp>"],
    "subject": "12/1入社 九十九さん　扶養控除等申告書の内容（マイナンバー含む）",
    "body": f"""江口さん

お疲れさまです。小笠原です。
12/1入社の九十九さんから扶養控除等申告書を回収しましたので、給与システム登録用に内容をお送りします。
（原本は労務キャビネットに保管済みです）

本人　　：九十九 遥　　個人番号 {_mn047a}
配偶者　：九十九 慎也　個人番号 {_mn047b}　生年月日 平成2年1月30日　年間所得見込 0円

登録が終わったら、このメールは削除をお願いします。

小笠原
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Numbers passed between HR and payroll, all recipients internal",
})

# 048 -------------------------------------------------------------------------------------
_cc048 = card_number(SEED + 4)
_add({
    "id": "mensetsu-048",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約のお願い（11/24 1泊・面接来訪者）",
    "body": f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の森下です。
最終面接のため福岡からお越しになる方の宿泊を、下記のとおり予約させてください。

宿泊日　：11月24日（火）1泊
宿泊者　：比嘉様（1名）
部屋　　：シングル禁煙、朝食付き
到着予定：21:00頃

お支払いは当社の法人カードにてお願いいたします。
カード番号：{_cc048[:4]}-{_cc048[4:8]}-{_cc048[8:12]}-{_cc048[12:]}
有効期限　：08/29
名義　　　：AYA MORISHITA

領収書は「日の出産業株式会社」宛てでお願いいたします。

{SIG_MORISHITA}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with expiry written into the mail to the hotel",
})

# 049 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-049",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["羽柴 ゆう <yu-hashiba.0904@docomo.ne.jp>"],
    "subject": "Re: 内定辞退のご連絡",
    "body": f"""羽柴 様

ご連絡いただき、ありがとうございます。日の出産業の高畑です。
内定辞退の件、承知いたしました。
熟考のうえでのご決断と存じます。わざわざご丁寧にお知らせくださり、感謝申し上げます。

お送りした書類の返送等は不要です。破棄していただいて構いません。
羽柴様の今後のご活躍を、心よりお祈り申し上げます。

{SIG_TAKAHATA}

> 日の出産業株式会社 人事部 高畑様
> お世話になっております。羽柴です。
> 大変申し上げにくいのですが、熟考の結果、他社への入社を決め、
> 内定を辞退させていただきたくご連絡いたしました。
> ご期待に沿えず申し訳ございません。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "acknowledging a candidate's decline of the offer; carrier mail address, no personal data",
})

# 050 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-050",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["さくらホテル 宴会営業 岸本様 <banquet@sakura-hotel.jp>"],
    "subject": "1/23 内定者研修　お食事と控室についてのご相談",
    "body": f"""さくらホテル 宴会営業部
岸本様

お世話になっております。日の出産業 新卒採用チームです。
1月23日の内定者研修（昼食・夕食付き）につきまして、2点ご相談させてください。

1. 内定者のうち、ラフマン・アフマド様はイスラム教を信仰されているため、
   ハラール対応のお食事（昼・夕）を1名分ご用意いただけますでしょうか。
2. 同じくアフマド様が12:30〜と15:30〜の2回、礼拝のお時間をとられるため、
   小さめの控室を1室、終日確保いただけますと助かります。

参加人数は合計16名（内定者14名＋当社社員2名）です。
お見積りをいただけますと幸いです。

{SIG_SAIYO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named future hire's religion disclosed to the hotel (信条 is 要配慮個人情報)",
})

# 051 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-051",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@bridgewell-talent.com>"],
    "subject": "Hinode Singapore - 2027 hiring plan for your reference",
    "body": f"""Dear Priya,

Thank you for the call yesterday. As discussed, I attach the 2027 hiring plan for our
Singapore sales office so that you can prepare the shortlist for the Regional Sales
Manager and the two Sales Engineer roles.

Please note the plan has not been announced to the local team yet.

{SIG_TAKAHATA_EN}
""",
    "attachments": [{
        "kind": "pptx", "name": "Hinode_SG_Hiring_Plan_2027.pptx", "title": "SG Hiring Plan 2027",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "slides": [["Hinode Sangyo Singapore – Hiring Plan 2027", "HR Department, Tokyo", "October 2026"],
                   ["Headcount", "Regional Sales Manager x1 (replacement)", "Sales Engineer x2 (new)",
                    "Admin Executive x1 (Q3)"],
                   ["Budget", "Total package budget: SGD 520k", "Agency fee cap: 20% of annual base"],
                   ["Timeline", "Shortlist by 15 Dec", "Final interviews in Tokyo: Jan 2027"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX whose slides carry a CONFIDENTIAL footer, sent to an overseas agency",
})

# 052 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-052",
    "charset": "shift_jis",
    "sender": FROM_SAIYO,
    "to": ["井伊 颯太 <sota.ii.0915@gmail.com>"],
    "subject": "【日の出産業】Web適性検査の受検のお願い",
    "body": f"""井伊 颯太 様

日の出産業 新卒採用チームです。
一次面接へのご参加、ありがとうございました。次のステップとして、Web適性検査の受検をお願いいたします。

　受検URL　：https://test.assess-lab.co.jp/hinode27/
　受検ID　　：HN27-0418
　受検期限　：11月8日（日）23:59まで
　所要時間　：約65分（能力検査35分・性格検査30分）

途中で中断すると再開できない場合がありますので、通信環境の安定した場所で受検してください。
受検完了後、1週間程度で次回選考のご案内をお送りします。

{SIG_SAIYO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "aptitude-test invitation to one student with a test ID and URL: ordinary candidate mail",
})

# 053 -------------------------------------------------------------------------------------
_p = _people("m053", 6, young=True)
_blocks = "\n\n".join(
    f"【{i + 1}】\n氏名　：{x['name']}（{x['kana']}）\n住所　：〒{x['zip']} {x['addr']}\n電話　：{x['phone']}\n"
    f"チェックイン：12/19　チェックアウト：12/20"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-053",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "12/19 内定者懇親会　遠方参加者の宿泊者名簿",
    "body": f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 新卒採用チームです。
12月19日の内定者懇親会のあと、宿泊を希望した内定者6名（遠方・終電の都合）につきまして、
宿泊者名簿へのご記入用に、各人の情報をお送りいたします。

お部屋はシングル6室（禁煙）、お支払いは当社への一括請求でお願いいたします。

{_blocks}

どうぞよろしくお願いいたします。

{SIG_SAIYO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six future hires' home addresses and phones, one block each, sent to the hotel",
})

# 054 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-054",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["神保 結衣 <yui.jimbo.1989@gmail.com>"],
    "cc": ["野々村 様 <nonomura@career-bridge.co.jp>", "川崎電機 人事課 松倉様 <matsukura@kawasaki-denki.co.jp>"],
    "subject": "Re: 合同最終面接のご案内（11/13）",
    "body": f"""神保 様
（cc：キャリアブリッジ 野々村様、川崎電機 松倉様）

お世話になっております。日の出産業の高畑です。
11月13日（金）の合同最終面接について、当日の詳細をご案内いたします。

　時間：14:00〜15:00（13:45までにお越しください）
　場所：川崎電機株式会社 本社 8F 第3会議室
　　　　（川崎市幸区堀川町66-3　JR川崎駅西口 徒歩4分）
　面接官：川崎電機 技術本部長、当社 生産本部長、人事 高畑

当日は1Fの受付で「日の出産業との面接」とお伝えください。

{SIG_TAKAHATA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "candidate's private address, her agent and a partner firm all in To/Cc: three external parties visible",
})

# 055 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-055",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["堀内 様 <horiuchi@enworks-agent.com>"],
    "subject": "一次面接のフィードバック（購買担当・三橋様）",
    "body": f"""エンワークス 堀内様

お世話になっております。日の出産業の森下です。
昨日の三橋様の一次面接について、フィードバックをお送りします。

結果：通過（二次面接へ）

良かった点
　- 海外サプライヤーとの価格交渉を英語で行ってきた具体的なエピソードが説得力があった
　- 原価低減の実績を数字で説明できていた
懸念点
　- 退職理由（上司との方針の違い）について、もう少し前向きな整理があるとよい
　- SAPの利用経験が参照系のみ

二次面接では購買部長が、チームでの役割について深掘りする予定です。

{SIG_MORISHITA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "interview feedback for one candidate (surname only), nothing sensitive: ordinary agent mail",
})

# 056 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-056",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "面接評価シートの送付（蓮見様）",
    "body": f"""ジョブリンク・パートナーズ 上条様

お世話になっております。森下です。
ご依頼いただいておりました、蓮見様の一次面接評価シート（ご本人へのフィードバック用に
要点をまとめたもの）をPDFでお送りします。

ご確認のほどよろしくお願いいたします。

{SIG_MORISHITA}
""",
    "attachments": [{"kind": "corrupt", "name": "面接評価シート_蓮見様.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt: it cannot be inspected",
})

# 057 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-057",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "【問合せ】面接官アカウントでカレンダー連携ができない",
    "body": f"""株式会社ツバサシステム
サポートご担当者様

お世話になっております。日の出産業 人事部の高畑です（契約ID：HNS-0092）。
採用管理システムで、本日追加した面接官アカウント3件について、
Outlookカレンダーとの連携を設定すると「認証に失敗しました（E-4012）」と表示されます。

・発生日時：10月27日 10:15頃から
・ブラウザ：Edge 最新版
・既存の面接官アカウントでは問題なく連携できています

お手数ですが、原因と対処方法をご教示いただけますでしょうか。

{SIG_TAKAHATA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped): look-alike domain",
})

# 058 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-058",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["穂積 拓海 <takumi.hozumi@gmail.com>"],
    "subject": "Re: 二次面接前の資料について",
    "body": f"""穂積 様

お問い合わせいただき、ありがとうございます。高畑です。
ご依頼のあった「配属予定部署の詳細な組織図」につきましては、社外秘の扱いとなっておりますため、
恐れ入りますが資料としてお渡しすることはできかねます。

代わりに、二次面接の冒頭で配属予定の課長から、チーム構成（現在8名）や
担当領域について口頭でご説明させていただきます。
公開している会社案内と統合報告書は、以下のページからご覧いただけます。
https://www.hinode-sangyo.co.jp/ir/library/

ご理解のほどよろしくお願いいたします。

{SIG_TAKAHATA}

> 二次面接の前に、配属予定の部署の組織図などをいただくことは可能でしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the word 社外秘 is only mentioned (why a document cannot be sent): no marking, nothing attached",
})

# 059 -------------------------------------------------------------------------------------
_p = _people("m059", 5, young=True)
_sizes = ["M", "L", "S", "LL", "M"]
_bul = "\n".join(
    f"・{x['name']}　サイズ{_sizes[i]}　〒{x['zip']} {x['addr']}　TEL {x['phone']}"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-059",
    "charset": "shift_jis",
    "sender": FROM_NISHINA,
    "to": ["東海ユニフォーム 営業部 野田様 <noda@tokai-uniform.co.jp>"],
    "subject": "新入社員 作業服のご発注と直送先について",
    "body": f"""東海ユニフォーム株式会社
営業部 野田様

いつもお世話になっております。日の出産業 名古屋工場の仁科です。
4月入社の工場配属者5名分の作業服（夏冬各2着・安全靴）を発注いたします。
入社前研修で着用するため、恐れ入りますが各人の自宅へ直送をお願いいたします。

{_bul}

納期は3月13日（土）着でお願いいたします。請求は名古屋工場総務課宛てで結構です。

{SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "「・」 bullets with five new hires' home addresses and phones sent to the uniform supplier",
})

# 060 -------------------------------------------------------------------------------------
_p = _people("m060", 3)
_add({
    "id": "mensetsu-060",
    "charset": "iso-2022-jp",
    "sender": FROM_OGASAWARA,
    "to": ["ペイロールワークス 受託チーム <jutaku@payrollworks.co.jp>"],
    "subject": "11月入社者の従業員マスタ登録データ",
    "body": f"""株式会社ペイロールワークス
受託チーム ご担当者様

お世話になっております。日の出産業の小笠原です。
11月入社の3名について、従業員マスタの登録データをお送りします。
11月分給与から計算対象に含めてください。

{SIG_OGASAWARA}
""",
    "attachments": [{
        "kind": "csv", "name": "employee_master_202611.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "カナ", "生年月日", "入社日", "個人番号", "基礎年金番号", "扶養人数"]]
        + [[f"26{1101 + i}", x["name"], x["kana"], x["dob"].strftime("%Y%m%d"), "20261101",
            my_number(SEED + 5 + i), f"{3100 + i * 17}-{418203 + i * 3311}", str(i % 3)]
           for i, x in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of three new hires with My Numbers and pension numbers sent to the payroll outsourcer",
})

# 061 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-061",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "Re: 土師様 二次面接日程",
    "body": f"""タレントアーク 戸叶様

お世話になっております。森下です。
土師様より、月に一度の通院があるため水曜日の午後は避けたいとのご要望を承りました。
二次面接は11月5日（木）10:00〜で設定いたします。

ご本人へのご連絡をお願いいたします。

{SIG_MORISHITA}

> 森下様
> 土師様の二次面接日程の件、ご本人から水曜午後以外でお願いしたいとのことでした。
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's monthly hospital visit (no diagnosis) mentioned to his agent: health data or not is arguable",
})

# 062 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-062",
    "charset": "utf-8",
    "sender": FROM_TAKAHATA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "二次面接 評価シート（ご推薦3名分）",
    "body": f"""タレントアーク 戸叶様

お世話になっております。高畑です。
ご推薦いただいた3名の二次面接評価をまとめましたので、添付にてお送りします。
最終面接には鮫島様、五十嵐様のお二人に進んでいただきたく、日程調整をお願いいたします。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "二次面接評価_生産技術_1104.xlsx",
        "sheets": {
            "評価": [["生産技術職 二次面接 評価まとめ（2026/11/04 実施）"], [],
                   ["氏名", "年齢", "技術力", "協調性", "志望度", "総合", "健康面・勤務上の配慮", "コメント"],
                   ["鮫島 健吾", 31, "A", "B", "A", "A", "特になし", "設備立上げ経験が豊富"],
                   ["五十嵐 圭", 29, "B", "A", "A", "B+", "持病（1型糖尿病）あり、インスリン使用。夜勤は要相談",
                    "若手育成に意欲"],
                   ["勅使河原 陸", 35, "B", "C", "B", "C", "特になし", "転勤不可のため見送り"]],
            "面接官": [["面接官", "所属"], ["立花", "生産技術部長"], ["高畑", "人事部"]],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "evaluation XLSX to the agent with a named candidate's diabetes in a 健康面 column (要配慮個人情報)",
})

# 063 -------------------------------------------------------------------------------------
_tno = "T" + _corp("011001047392")
_add({
    "id": "mensetsu-063",
    "charset": "shift_jis",
    "sender": "経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 経理部 <keiri@career-bridge.co.jp>"],
    "cc": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "請求書（No.CB-2026-1187）記載内容のご確認",
    "body": f"""株式会社キャリアブリッジ
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部 支払担当です。
10月31日付でいただいた紹介手数料のご請求書につきまして、1点確認させてください。

　請求書番号　：CB-2026-1187
　件名　　　　：人材紹介手数料（2026年10月入社 1名分）
　請求金額　　：2,310,000円（税込）
　登録番号　　：{_tno}

適格請求書発行事業者の登録番号が、国税庁の公表サイトで確認した番号と1桁相違しているようです。
お手数ですが、正しい登録番号を記載した請求書を再発行いただけますでしょうか。
お支払いは11月末日、貴社指定口座（みどり銀行 本店営業部 当座）へのお振込みを予定しております。

――――――――――――
日の出産業株式会社 経理部
TEL 03-5442-7820
――――――――――――
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an agency invoice query: a company's T-number and invoice figures, no person's data",
})

# 064 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-064",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["アセスメントラボ 営業部 <sales@assess-lab.co.jp>", "タレントメトリクス 営業担当 <info@talent-metrics.jp>",
           "人材測定研究所 法人窓口 <houjin@jinzai-sokutei.co.jp>"],
    "subject": "適性検査サービスのお見積り依頼（2028年卒採用）",
    "body": f"""ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 新卒採用チームです。
2028年卒採用で利用するWeb適性検査について、お見積りをお願いしたくご連絡いたしました。

・想定受検者数：1,200名（うちテストセンター受検 300名程度）
・実施時期：2027年3月〜6月
・必要な機能：能力検査・性格検査、結果のCSV出力、面接支援レポート
・回答期限：11月20日（金）

比較検討のうえ、12月中に導入先を決定する予定です。
ご不明点があればお問い合わせください。

{SIG_SAIYO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "a request for quotes sent to three competing vendors in To: each sees the others",
})

# 065 -------------------------------------------------------------------------------------
_p = _people("m065", 6)
_add({
    "id": "mensetsu-065",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["ピープルデザイン研究所 三枝様 <saegusa@peopledesign-lab.jp>"],
    "subject": "面接評価の分析用データ（上期 管理職採用分）",
    "body": f"""三枝様

お世話になっております。森下です。
面接評価の妥当性分析にあたり、上期の管理職採用の評価一覧をお送りします。
ご指定のとおり、Excel 97-2003形式（.xls）で保存しております。

分析結果は12月の人事委員会で報告予定です。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "xls", "name": "管理職採用_面接評価_上期.xls",
        "sheets": {
            "評価一覧": [["氏名", "生年月日", "電話番号", "一次評価", "二次評価", "最終", "入社後評価(6か月)"]]
            + [[x["name"], _wareki(x["dob"], "abbr"), x["phone"], "ABBCAB"[i], "BAACBB"[i],
                ["内定", "内定", "不合格", "辞退", "内定", "不合格"][i], ["B", "A", "-", "-", "B", "-"][i]]
               for i, x in enumerate(_p)],
            "凡例": [["記号", "意味"], ["A", "期待を上回る"], ["B", "期待どおり"], ["C", "やや不足"]],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of six candidates with 和暦 birth dates (H/S abbreviations), phones and ratings to a consultant",
})

# 066 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-066",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["堀内 様 <horiuchi@enworks-agent.com>"],
    "subject": "Re: 勤務地条件のご相談（三橋様）",
    "body": f"""堀内様

お世話になっております。森下です。
三橋様の勤務地のご希望について、社内で確認いたしました。

ご家族の介護のため転居を伴う異動は難しいとのこと、承知いたしました。
購買担当は本社固定のポジションで、現時点で転勤の予定はございませんので、
その旨ご本人にお伝えいただけますと幸いです。
なお、在宅勤務は週2日まで利用可能です。

{SIG_MORISHITA}

> 森下様
> 三橋様より、ご家族の介護の事情で、将来的にも転勤のない勤務をご希望とのことです。
> 本社固定でのご就業が可能か、ご確認いただけますでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "family care as the reason for no relocation: not 要配慮個人情報; one candidate by surname",
})

# 067 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-067",
    "charset": "iso-2022-jp",
    "sender": FROM_OGASAWARA,
    "to": ["山際社労士事務所 長尾様 <nagao@yamagiwa-sr.jp>"],
    "subject": "中途採用者の初任給設定についてのご相談",
    "body": f"""長尾様

お世話になっております。小笠原です。
先日ご相談した中途採用者の初任給設定について、現行の等級別給与レンジ表をお送りします。
前職給与との調整給の設け方について、他社事例を踏まえたご意見をいただければ幸いです。

{SIG_OGASAWARA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "等級別給与レンジ_2026.xlsx", "page_header": "取扱注意",
        "sheets": {
            "給与レンジ": [["【取扱注意】等級別 基本給レンジ（2026年4月改定）"], [],
                       ["等級", "呼称", "下限", "中位", "上限", "中途採用時の上限目安"],
                       ["G1", "担当", 220000, 245000, 270000, 260000],
                       ["G2", "主任", 265000, 300000, 335000, 320000],
                       ["G3", "係長", 320000, 365000, 410000, 390000],
                       ["M1", "課長", 420000, 480000, 540000, 510000],
                       ["M2", "部長", 530000, 610000, 690000, 650000]],
            "調整給": [["区分", "内容"], ["調整給A", "前職年収との差額を最長2年間補填"]],
        }}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "salary-range XLSX marked 【取扱注意】 (title row and page header), sent to the outside 社労士",
})

# 068 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-068",
    "charset": "shift_jis",
    "sender": FROM_TAKAHATA,
    "to": ["立花 部長 <h.tachibana@hinode-sangy0.co.jp>"],
    "subject": "明日の二次面接（生産技術）のリマインド",
    "body": f"""立花部長

お疲れさまです。高畑です。
明日の二次面接のリマインドです。

　11/4（水）13:00〜14:00　候補者1人目（タレントアーク経由）
　　　　　　 14:30〜15:30　候補者2人目（タレントアーク経由）
　　　　　　 16:00〜17:00　候補者3人目（自社HP応募）
　場所：本社 5F 第2面接室

評価シートは面接後、ATSに入力をお願いします。

高畑
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "internal reminder addressed to hinode-sangy0.co.jp (zero for o): homoglyph look-alike of the own domain",
})

# 069 -------------------------------------------------------------------------------------
_p = _people("m069", 10, young=True)
_add({
    "id": "mensetsu-069",
    "charset": "utf-8",
    "sender": FROM_SAIYO,
    "to": ["新卒採用チーム <saiyo@hinode-sangyo.co.jp>", FROM_IWAKI, "名古屋工場 総務課 <soumu-ngy@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2027年入社 内定者一覧（11/1時点）",
    "body": """関係者各位

お疲れさまです。新卒採用チームです。
11月1日時点の内定者一覧を共有します（辞退者2名を反映済み）。
社外秘の資料ですので、社外への転送はしないでください。

新卒採用チーム
""",
    "attachments": [{
        "kind": "xlsx", "name": "【社外秘】2027内定者一覧_1101.xlsx", "page_header": "社外秘",
        "sheets": {
            "内定者": [["2027年入社 内定者一覧（社外秘）"],
                    ["No", "氏名", "フリガナ", "学校", "配属予定", "携帯", "メール"]]
            + [[i + 1, x["name"], x["kana"], x["school"], ["本社", "名古屋工場"][i % 2], x["phone"], x["mail"]]
               for i, x in enumerate(_p)],
        }}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a 社外秘 list of future hires, but every recipient is internal",
})

# 070 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-070",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["ハイアサポート 採用代行チーム 茂木様 <mogi@hiresupport.co.jp>"],
    "subject": "11月第1週 新規応募者データ（パスワード別送）",
    "body": f"""茂木様

いつもありがとうございます。高畑です。
今週の新規応募者データを、パスワード付きZIPでお送りします。
パスワードは次のメールでお知らせします。

{SIG_TAKAHATA}
""",
    "attachments": [{
        "kind": "zip", "name": "新規応募者_1102.zip", "password": "Hs1102!rpo",
        "files": [{"kind": "xlsx", "name": "新規応募者_1102.xlsx",
                   "sheets": {"応募者": [["氏名", "電話", "メール"], ["（略）", "", ""]]}}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "applicant data in an encrypted ZIP (password sent separately): the attachment cannot be inspected",
})

# 071 -------------------------------------------------------------------------------------
_p = _people("m071", 6, young=True)
_inner_rows = [["氏名", "学校", "配属予定", "携帯", "メール"]] + [
    [x["name"], x["school"].split()[0], ["営業", "生産技術", "経理", "営業", "情報システム", "品質保証"][i],
     x["phone"], x["mail"]] for i, x in enumerate(_p)]
_add({
    "id": "mensetsu-071",
    "charset": "utf-8",
    "sender": FROM_SAIYO,
    "to": ["アオゾラ企画 編集部 小川様 <ogawa@aozora-kikaku.co.jp>"],
    "subject": "FW: 採用サイト用 内定者インタビュー候補",
    "body": f"""アオゾラ企画 小川様

お世話になっております。日の出産業 新卒採用チームです。
採用サイトリニューアル用の内定者インタビューについて、社内で候補者を選定しました。
選定時の社内メールを添付しますので、記載の6名に直接ご連絡いただき、
取材日程の調整をお願いできますでしょうか。

ご本人たちには、制作会社さんから連絡が行く旨を伝えてあります。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "eml", "name": "内定者インタビュー候補の件.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": FROM_MORISHITA,
            "to": [FROM_SAIYO],
            "subject": "内定者インタビュー候補の件",
            "body": f"""新卒採用チーム各位

採用サイト用インタビューの候補、以下の6名で確定とします。
連絡先は内定者システムから転記しました。

{_pad(_inner_rows)}

制作会社への連絡はチームからお願いします。
森下
""",
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) with a padded table of six future hires' mobiles and e-mail",
})

# 072 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-072",
    "charset": "shift_jis",
    "sender": FROM_OGASAWARA,
    "to": ["東海林 千尋 <chihiro_shoji@yahoo.co.jp>"],
    "subject": "入社日（1/4）にご提出いただく書類について",
    "body": f"""東海林 千尋 様

内定承諾書のご返送、ありがとうございました。日の出産業 労務グループの小笠原です。
1月4日の入社日に、以下の書類をご持参いただきますようお願いいたします。

　1. マイナンバーカードの写し（表・裏）または通知カードの写し＋本人確認書類
　2. 基礎年金番号がわかるもの（年金手帳または基礎年金番号通知書）
　3. 雇用保険被保険者証（前職でお受け取りのもの）
　4. 前職の源泉徴収票（2026年分）
　5. 給与振込口座の届出書（同封の様式）
　6. 扶養家族がいる場合は、扶養控除等申告書

番号が記載された書類は、メールやFAXではなく、必ず原本または写しを封筒に入れてお持ちください。
ご不明点があれば、お気軽にお問い合わせください。

{SIG_OGASAWARA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "lists which onboarding documents to bring (My Number card, pension book) without any numbers",
})

# 073 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-073",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["山際社労士事務所 長尾様 <nagao@yamagiwa-sr.jp>"],
    "subject": "FW: 前職の健康保険について（桐生）",
    "body": f"""長尾様

お世話になっております。小笠原です。
2月入社予定の桐生さんから、前職の健康保険の資格喪失について下記の問い合わせがありました。
任意継続との関係で、当社での資格取得日をどう扱うべきか、ご教示いただけますでしょうか。

小笠原

---------- 転送メッセージ ----------
From: 桐生 湊 <minato.kiryu@yahoo.co.jp>
Date: 2026年11月20日 21:03
Subject: 前職の健康保険について
To: 小笠原 由紀 <y.ogasawara@hinode-sangyo.co.jp>

小笠原様

お世話になっております。桐生です。
前職を12月31日付で退職予定ですが、1月は有給消化のため在籍扱いになるかもしれません。
念のため、現在の保険証の情報をお送りします。

　保険者名：ソラリスIT健康保険組合
　記号：３１２０４　番号：８８
　氏名：桐生 湊　生年月日：平成７年５月２２日

二重加入にならないか心配しております。よろしくお願いいたします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the 社労士) carrying a future hire's health insurance 記号・番号 in full-width digits",
})

# 074 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-074",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@bridgewell-talent.com>"],
    "subject": "RE: Regional Sales Manager - final interview outcome",
    "body": f"""Dear Priya,

Thank you for arranging Mr. Kenji Samejima's final interview last Friday.

Our panel was very positive about his regional network and his track record in Malaysia.
However, towards the end of the interview he told us that he is currently undergoing
chemotherapy for lymphoma and expects to finish treatment in March. He asked whether
the start date could be moved to April 2027.

Before we make a decision, could you sound him out on whether a part-time start or a
remote arrangement for the first months would work for him? We would like to keep the
process going if at all possible.

{SIG_TAKAHATA_EN}

{DISCLAIMER_EN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail to an overseas agency disclosing a named candidate's cancer treatment (medical history)",
})

# 075 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-075",
    "charset": "iso-2022-jp",
    "sender": FROM_OGASAWARA,
    "to": ["セイジュクリニック 健診センター <kenshin@seijukai.or.jp>"],
    "subject": "雇入時健康診断の予約のお願い（1名）",
    "body": f"""医療法人社団 青樹会 セイジュクリニック
健診センター ご担当者様

いつもお世話になっております。日の出産業の小笠原です。
中途入社予定者1名の雇入時健康診断の予約をお願いいたします。

　受診者：桐生 湊 様（男性）
　生年月日：1995年5月22日
　希望日：12月7日（月）または12月9日（水）の午前
　コース：雇入時健診（法定項目）
　請求先：日の出産業株式会社 人事部（契約番号 S-1182）

結果は従来どおり、人事部 小笠原宛てに郵送でお送りください。

{SIG_OGASAWARA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "booking a statutory health check for one person (no results): one person's data, may be warned",
})

# 076 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-076",
    "charset": "shift_jis",
    "sender": FROM_OGASAWARA,
    "to": ["みどり銀行 法人営業部 給与振込担当 <kyuyo-furikomi@midori-glnko.co.jp>"],
    "subject": "給与振込　新規受取人の登録について（12月分より）",
    "body": f"""みどり銀行 法人営業部
給与振込ご担当者様

いつもお世話になっております。日の出産業 労務グループの小笠原です。
12月1日入社の社員1名について、12月分給与から振込を開始いたしますので、
受取人の登録をお願いいたします。

　受取人名　　：ツクモ ハルカ（九十九 遥）
　振込先　　　：みどり銀行 船橋支店（店番 214）
　預金種目　　：普通預金
　口座番号　　：4081736
　初回振込日　：2026年12月25日

登録完了のご連絡をいただけますと幸いです。

{SIG_OGASAWARA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner midori-ginko.co.jp spelled midori-glnko.co.jp (l for i): look-alike, with a new hire's bank account",
})

# 077 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-077",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@bridgewell-talent.com>"],
    "subject": "Direct applicants for the Sales Engineer roles (SG)",
    "body": f"""Hi Priya,

Further to our agreement, here are the direct applicants we received through our careers
page for the two Sales Engineer roles in Singapore. Could your team run the first
screening calls with them this week and let us know who you would recommend?

The CSV is UTF-8. Please ignore the "source" column, it is for our internal tracking.

Thanks,
Shunsuke
""",
    "attachments": [{
        "kind": "csv", "name": "SG_direct_applicants_Nov.csv", "encoding": "utf-8",
        "rows": [["name", "email", "mobile", "current_employer", "source"],
                 ["Tan Wei Ming", "weiming.tan88@gmail.com", "+65 9127 4408", "Orient Controls Pte Ltd", "careers-page"],
                 ["Nurul Aisyah binte Rahman", "nurul.aisyah.r@outlook.com", "+65 8832 1960", "Keppel Marine Systems", "careers-page"],
                 ["Rajesh Kumar Pillai", "rajesh.pillai.eng@yahoo.com", "+65 9045 7712", "Sentosa Automation", "linkedin"],
                 ["Hoshino Daiki", "daiki.hoshino.sg@gmail.com", "+65 8201 3355", "Miyabi Electric Asia", "careers-page"],
                 ["Lim Jia Hui", "jiahui.lim@icloud.com", "+65 9766 0284", "Straits Instruments", "referral"],
                 ["Marcus Ong", "marcus.ong.work@gmail.com", "+65 8390 5517", "", "careers-page"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of six applicants with private e-mail and mobile numbers sent to an overseas agency",
})

# 078 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-078",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["東都大学 キャリアセンター 求人受付 <kyujin@career.toto-u.ac.jp>"],
    "subject": "2028年卒 求人票の送付（日の出産業株式会社）",
    "body": f"""東都大学 キャリアセンター
求人受付ご担当者様

平素より大変お世話になっております。日の出産業株式会社 新卒採用チームです。
2028年3月卒業予定の皆さまを対象とした求人票をお送りいたします。
学内での掲示、および求人検索システムへのご登録をお願いできますでしょうか。

また、2月に予定されている学内合同企業説明会への参加も希望しております。
申込方法をご教示いただけますと幸いです。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "pdf", "name": "求人票_日の出産業_2028卒.pdf", "title": "求人票 2028年卒",
        "lines": ["求 人 票（2028年3月卒業予定者用）", "",
                  "事業所名：日の出産業株式会社", f"法人番号：{_corp('010401093857')}",
                  "所在地：〒105-0014 東京都港区芝2-18-7", "代表電話：03-5442-7810",
                  "職種：総合職（営業・生産技術・管理）", "募集人数：25名程度",
                  "初任給：学部卒 250,000円／修士了 270,000円", "休日：年間125日（土日祝）",
                  "応募方法：当社採用サイトからエントリー"]}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "job posting PDF to a university with the company's own 法人番号 and switchboard: no person's data",
})

# 079 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-079",
    "charset": "utf-8",
    "sender": FROM_IWAKI,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "cc": [FROM_MORISHITA],
    "subject": "来期の紹介手数料率について",
    "body": f"""【機密区分：社外秘】

株式会社ジョブリンク・パートナーズ
上条様

いつもお世話になっております。日の出産業 人事部の岩城です。
来期の人材紹介手数料について、当社の方針をお伝えいたします。

1. 来期の中途採用予算は総額 9,800万円、うちエージェント経由 6,200万円を想定しています。
2. 手数料率は一律 30%（現行 35%）でお願いしたく、年間5名以上の決定で 28% とします。
3. 返金規定は、入社1か月以内 80%、3か月以内 50%（現行どおり）。

他社様にも同条件でご提示しております。12月中旬までにご回答いただけますと幸いです。

{SIG_IWAKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail is classified 【機密区分：社外秘】 at its head and sent to an agent",
})

# 080 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-080",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["白川法律事務所 浅利先生 <asari@shirakawa-law.jp>"],
    "subject": "人材紹介基本契約書（ひな形改定案）のリーガルチェックのお願い",
    "body": f"""白川法律事務所
浅利先生

いつもお世話になっております。日の出産業 人事部の森下です。
人材紹介会社との基本契約書のひな形を改定したく、改定案のリーガルチェックをお願いいたします。

主な改定点は以下のとおりです。
・第8条（返金規定）の期間と割合の見直し
・第11条（秘密保持）に、候補者の個人情報の取扱いと削除義務を追記
・第14条（反社会的勢力の排除）の文言を最新の条例に合わせて修正

11月末までにご意見をいただけますと助かります。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "docx", "name": "人材紹介基本契約書_改定案_v2.docx",
        "paragraphs": ["人材紹介基本契約書（案）", "日の出産業株式会社（以下「甲」という）と＿＿＿＿（以下「乙」という）は、次のとおり契約を締結する。",
                       "第8条（返金）……", "第11条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の秘密情報及び候補者の個人情報を……",
                       "第14条（反社会的勢力の排除）……"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract draft with a secrecy clause sent to the company's law firm: mail about confidentiality, not marked",
})

# 081 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-081",
    "charset": "utf-8",
    "sender": FROM_OGASAWARA,
    "to": ["Asia Relocate Booking Desk <booking@asiarelocate.com>"],
    "subject": "Flight and hotel for a new hire relocating from Houston (PO HS-26-0415)",
    "body": f"""Dear Booking Desk,

Please arrange a one-way flight and two weeks of serviced apartment for our new hire
relocating from the United States to Tokyo, as per our framework agreement.

  Name (as in passport): NAKASONE RIKU
  Date of birth:         14 FEB 1991
  Nationality:           Japan
  Passport No.:          TR5829316 (expires 03 SEP 2031)
  Route:                 IAH -> HND, preferably on 10 or 11 January 2027
  Apartment:             near Tamachi station, 1K, from arrival date

Please invoice Hinode Sangyo Co., Ltd., HR Department, quoting PO HS-26-0415.

Kind regards,
Yuki Ogasawara
Human Resources, Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a new hire's passport number and date of birth sent to a relocation agency",
})

# 082 -------------------------------------------------------------------------------------
_p = _people("m082", 5, young=True)
_add({
    "id": "mensetsu-082",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["ネクストキャリア研究所 早瀬様 <hayase@nextcareer-lab.jp>"],
    "subject": "内定者フォロー面談　対象者プロフィールの送付",
    "body": f"""株式会社ネクストキャリア研究所
早瀬様

お世話になっております。日の出産業 新卒採用チームです。
12月の内定者フォロー面談（辞退防止施策）の対象5名について、プロフィール資料をお送りします。
面談のアポイントは、各人の携帯へ直接ご連絡いただいて構いません。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "pptx", "name": "内定者プロフィール_フォロー面談対象.pptx", "title": "内定者プロフィール",
        "slides": [["内定者フォロー面談 対象者（5名）", "2026年12月実施分", "日の出産業 新卒採用チーム"]]
        + [[f"{x['name']}（{x['kana']}）", f"生年月日：{_wareki(x['dob'], 'zen')}", f"学校：{x['school']}",
            f"携帯：{x['phone']}", ["志望度：中（他社と比較中）", "志望度：高", "志望度：低（公務員試験を併願）",
                                 "志望度：中", "志望度：中（勤務地に不安）"][i]]
           for i, x in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX with one slide per future hire (five people: birth date in full-width 和暦, mobile) to a consultancy",
})

# 083 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-083",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@bridgewell-talent.com>"],
    "subject": "Re: Quarterly recruitment figures",
    "body": f"""Hi Priya,

Sure, here are our headline figures for Q3 (July-September), Japan and Singapore combined:

  Applications received      412
  First interviews            96
  Final interviews            34
  Offers made                 21
  Offers accepted             17   (acceptance rate 81%)
  Average time-to-offer       38 days

Agency-sourced hires made up 9 of the 17 acceptances. Happy to walk you through the
breakdown by role at our next monthly call.

{SIG_TAKAHATA_EN}

On Mon, 2 Nov 2026 at 10:14, Priya Raman <priya.raman@bridgewell-talent.com> wrote:
> Hi Shunsuke, could you share your Q3 funnel numbers for our annual review? Thanks!
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate recruiting statistics in English: no person's data",
})

# 084 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-084",
    "charset": "shift_jis",
    "sender": FROM_MORISHITA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "米倉様の件（最終面接での確認事項）",
    "body": f"""キャリアブリッジ 野々村様

お世話になっております。森下です。
米倉 詩織様の最終面接について、1点ご相談させてください。

二次面接で短期離職の理由を伺ったところ、ご本人から「前職の元同僚からストーカー被害を受け、
警察に被害届を出して接近禁止の警告が出された。職場を変えざるを得なかった」との説明がありました。
当社としては選考上の懸念とは考えておりませんが、入社後の安全配慮として、
住所や勤務地の情報の扱いについてご本人の希望を確認しておきたいと考えています。

最終面接の前に、野々村様からご本人の意向を伺っていただくことは可能でしょうか。

{SIG_MORISHITA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate having been a crime victim (stalking, police report) told to the agent: 要配慮個人情報",
})

# 085 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-085",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["堀内 様 <horiuchi@enworks-agent.com>"],
    "subject": "追加求人3件の求人票（まとめて送付します）",
    "body": f"""エンワークス 堀内様

お世話になっております。森下です。
先日お話しした追加求人3件の求人票を、ZIPにまとめてお送りします（パスワードはかけていません）。

　1. 品質保証（名古屋工場）
　2. 法務（契約審査）
　3. 情報セキュリティ担当

いずれも年内に面接を始めたいポジションです。よろしくお願いいたします。

{SIG_MORISHITA}
""",
    "attachments": [{
        "kind": "zip", "name": "求人票_追加3件_202611.zip",
        "files": [
            {"kind": "pdf", "name": "01_品質保証_名古屋.pdf", "lines": ["求人票 品質保証（名古屋工場）", "想定年収 480〜650万円"]},
            {"kind": "pdf", "name": "02_法務_契約審査.pdf", "lines": ["求人票 法務（契約審査）", "想定年収 550〜800万円"]},
            {"kind": "docx", "name": "03_情報セキュリティ.docx", "paragraphs": ["求人票 情報セキュリティ担当", "想定年収 600〜850万円"]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of three job descriptions to an agent: readable, nothing personal",
})

# 086 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-086",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <dan.whitfield.eng@gmail.com>"],
    "subject": "Offer of employment - Process Engineer (Nagoya)",
    "body": f"""Dear Daniel,

Following your final interview, I am delighted to offer you the position of Process
Engineer at our Nagoya plant.

Please find attached the offer letter and the summary of employment conditions. The PDF is
password-protected; I will send you the password by text message to the number you gave us.

We would appreciate your reply by 30 November. Please do not hesitate to contact me if
you have any questions about the visa process or relocation support.

{SIG_TAKAHATA_EN}
""",
    "attachments": [{
        "kind": "pdf", "name": "Offer_Letter_Whitfield.pdf", "password": "Nagoya#2027",
        "lines": ["OFFER OF EMPLOYMENT", "Daniel Whitfield", "Position: Process Engineer", "Annual salary: JPY 7,200,000"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "encrypted PDF offer letter to an overseas candidate: cannot be inspected",
})

# 087 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-087",
    "charset": "shift_jis",
    "sender": FROM_NISHINA,
    "to": ["宇佐美 日向 <hinata-usami@softbank.ne.jp>"],
    "subject": "名古屋工場での面接　アクセスのご案内",
    "body": f"""宇佐美 日向 様

日の出産業 名古屋工場 総務課の仁科です。
11月10日（火）10:00からの工場見学・面接について、アクセスのご案内をお送りします。

・最寄駅：近鉄名古屋線「八田」駅 南口から徒歩15分（タクシー約7分）
・お車の場合：来客用駐車場（正門を入って右手）をご利用ください
・受付：正門横の守衛所でお名前と「総務課 仁科と面接」とお伝えください

工場内では安全のため、ヘルメットと安全靴をお貸しします。
歩きやすい靴でお越しください。地図を添付いたします。

{SIG_NISHINA}
""",
    "attachments": [{"kind": "png", "name": "名古屋工場_地図.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "directions with a map image to one candidate on a carrier address",
})

# 088 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-088",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["川崎電機 人事課 松倉様 <matsukura@kawasaki-denki-co.jp>"],
    "subject": "合同面接の面接官について",
    "body": f"""川崎電機株式会社 人事課
松倉様

お世話になっております。日の出産業の高畑です。
11月13日の合同最終面接につきまして、当社側の面接官が生産本部長の大塚から、
副本部長の島津に変更となりましたのでお知らせいたします。

評価シートは前回お送りした共通様式を使用させていただきます。
引き続きよろしくお願いいたします。

{SIG_TAKAHATA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner kawasaki-denki.co.jp addressed as kawasaki-denki-co.jp (hyphen for dot): look-alike domain",
})

# 089 -------------------------------------------------------------------------------------
_mn089 = my_number(SEED + 8)
_add({
    "id": "mensetsu-089",
    "charset": "shift_jis",
    "sender": FROM_OGASAWARA,
    "to": ["山際社労士事務所 長尾様 <nagao@yamagiwa-sr.jp>"],
    "subject": "転送：入社手続き書類について（東海林）",
    "body": f"""長尾様

お世話になっております。小笠原です。
1月4日入社の東海林さんから個人番号の連絡がありましたので、資格取得届用に転送いたします。
（本人には今後メールで番号を送らないよう伝えました）

小笠原

-------- Forwarded Message --------
件名: 入社手続き書類について
日付: 2026/12/02 22:47
差出人: 東海林 千尋 <chihiro_shoji@yahoo.co.jp>
宛先: 小笠原 由紀 <y.ogasawara@hinode-sangyo.co.jp>

小笠原様

お世話になっております。東海林です。
マイナンバーカードのコピーを入社日に持参する予定ですが、
先に手続きを進めていただけるとのことでしたので、番号をお知らせします。

個人番号：{_zen(_mn089[:4])}　{_zen(_mn089[4:8])}　{_zen(_mn089[8:])}

よろしくお願いいたします。
東海林 千尋
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the 社労士) carrying a future hire's My Number in full-width digits",
})

# 090 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-090",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["さくらホテル 宴会営業 岸本様 <banquet@sakura-hotel.jp>"],
    "subject": "11/25 最終面接　当日の連絡先",
    "body": f"""岸本様

お世話になっております。森下です。
11月25日の会議室ご利用にあたり、当日の当社側連絡先をお知らせします。
候補者の到着や会議室の延長などは、下記いずれかにご連絡ください。

  森下 彩（人事）       080-2291-5530
  立花 浩二（生産技術部長）090-4418-6207
  島津 玲子（生産副本部長）070-5563-1184

よろしくお願いいたします。

{SIG_MORISHITA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobile numbers given to the venue for the day: a short contact list, may be warned",
})

# 091 -------------------------------------------------------------------------------------
_p = _people("m091", 6)
_q091 = "\n".join(
    f"{i + 1}. {x['name']}（{x['kana']}）{x['age']}歳　{x['employer']}\n"
    f"   住所：{x['addr']}　TEL：{x['phone']}　生年月日：{x['dob'].strftime('%Y/%m/%d')}"
    for i, x in enumerate(_p))
_add({
    "id": "mensetsu-091",
    "charset": "iso-2022-jp",
    "sender": FROM_TAKAHATA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "RE: 【ご推薦】品質保証職 6名",
    "body": f"""上条様

お世話になっております。高畑です。
6名のご推薦、ありがとうございます。書類を拝見のうえ、今週中に結果をお返しいたします。
なお、3番目の方は先月当社HPから直接ご応募いただいており、既に選考中のため、
今回は貴社経由のご推薦としては受け付けられない点、ご了承ください。

高畑

差出人: 上条 <kamijo@joblink-partners.jp>
送信日時: 2026年11月9日 9:58
宛先: 高畑 俊介 <s.takahata@hinode-sangyo.co.jp>
件名: 【ご推薦】品質保証職 6名

日の出産業株式会社
高畑様

いつもお世話になっております。ジョブリンク・パートナーズの上条です。
品質保証職（名古屋工場）の候補者として、以下の6名をご推薦いたします。

{_q091}

ご検討のほど、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-candidate list sits only in the agent's own mail quoted under 差出人/送信日時; the new text holds none",
})

# 092 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-092",
    "charset": "shift_jis",
    "sender": FROM_SAIYO,
    "to": ["さくらホテル 宴会営業 岸本様 <banquet@sakura-hotel.jp>"],
    "subject": "12/12 合同企業説明会　入館証の発行者リスト（エージェント各社）",
    "body": f"""岸本様

お世話になっております。日の出産業 新卒採用チームです。
12月12日の合同企業説明会で、運営をお手伝いいただく人材紹介会社の方々の入館証の発行をお願いします。

会社名,氏名,直通電話,携帯（当日連絡用）,メール
キャリアブリッジ,大須賀 哲也,03-6812-4401,080-7719-2254,osuga@career-bridge.co.jp
キャリアブリッジ,野々村 彩子,03-6812-4415,090-3384-6170,nonomura@career-bridge.co.jp
ジョブリンク・パートナーズ,上条 誠,03-5790-2231,070-1128-9943,kamijo@joblink-partners.jp
タレントアーク,戸叶 由里,052-228-3310,080-6651-0278,tokano@talentark.co.jp
エンワークス,堀内 健,03-4405-7788,090-2217-5091,horiuchi@enworks-agent.com

搬入は8:30から、来場者受付は9:30開始です。

{SIG_SAIYO}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five agency staff's business contacts incl. work mobiles (CSV in the body) to the venue: a people list or business contacts",
})

# 093 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-093",
    "charset": "utf-8",
    "sender": FROM_SAIYO,
    "to": ["能登 圭 <kei.noto.2005@gmail.com>"],
    "subject": "Re: 学内説明会の日程について",
    "body": f"""能登 圭 様

お問い合わせありがとうございます。日の出産業 新卒採用チームです。
当社が参加予定の学内説明会の一覧を添付いたします（CSV形式）。
能登様の大学での開催は現在調整中のため、決まり次第ご案内いたします。

学外の方でも参加可能な回がありますので、各大学のキャリアセンターにご確認ください。

{SIG_SAIYO}
""",
    "attachments": [{
        "kind": "csv", "name": "学内説明会_参加予定_2026冬.csv", "encoding": "utf-8-sig",
        "rows": [["日付", "大学", "会場", "キャリアセンター代表電話", "学外参加"],
                 ["2026/12/03", "東都大学", "本郷キャンパス 2号館", "03-3812-6621", "可"],
                 ["2026/12/08", "北陵工業大学", "八事キャンパス 講堂", "052-832-1150", "不可"],
                 ["2026/12/15", "南海学院大学", "堺キャンパス 学生会館", "072-241-3308", "可"],
                 ["2027/01/14", "みなと国際大学", "芝浦キャンパス 5F", "03-5444-0912", "可"],
                 ["2027/01/21", "湘北理科大学", "厚木キャンパス", "046-221-7760", "不可"],
                 ["2027/02/04", "西京外国語大学", "オンライン", "075-311-2048", "可"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "CSV of university events with career-centre switchboards: a list of organisations, not people",
})

# 094 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-094",
    "charset": "iso-2022-jp",
    "sender": FROM_SAIYO,
    "to": ["早乙女 悠真 <yuma_saotome@ezweb.ne.jp>"],
    "subject": "【日の出産業】選考結果のご連絡",
    "body": f"""早乙女 悠真 様

日の出産業株式会社 新卒採用チームです。
先日はお忙しい中、二次面接にお越しいただき、誠にありがとうございました。

慎重に選考を進めてまいりましたが、誠に残念ながら、
今回はご期待に沿いかねる結果となりました。
ご縁がなかったことを大変心苦しく思いますが、何卒ご了承くださいますようお願い申し上げます。

なお、選考に関する個別のお問い合わせにはお答えできかねますので、あらかじめご了承ください。
早乙女様の今後のご活躍を心よりお祈り申し上げます。

{SIG_SAIYO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "rejection notice to one student on a carrier address: ordinary mail",
})

# 095 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-095",
    "charset": "shift_jis",
    "sender": FROM_TAKAHATA,
    "to": ["桐生 湊 <minato.kiryu@yahoo.co.jp>"],
    "subject": "内定承諾書の受領について",
    "body": f"""桐生 湊 様

日の出産業の高畑です。
内定承諾書を確かに受領いたしました。改めまして、入社のご決断をありがとうございます。

入社日は2027年2月1日（月）で確定です。
今後の流れは以下のとおりです。

　12月上旬　雇入時健康診断のご案内（労務グループ 小笠原より）
　1月中旬　 入社書類一式の送付
　2月1日　　入社手続き・オリエンテーション（本社7F）

ご不明な点がありましたら、いつでもご連絡ください。

{SIG_TAKAHATA}
""",
    "html": f"""<html><body>
<p>桐生 湊 様</p>
<p>日の出産業の高畑です。<br>
内定承諾書を確かに受領いたしました。改めまして、入社のご決断をありがとうございます。</p>
<p>入社日は<b>2027年2月1日（月）</b>で確定です。今後の流れは以下のとおりです。</p>
<ul>
<li>12月上旬：雇入時健康診断のご案内（労務グループ 小笠原より）</li>
<li>1月中旬：入社書類一式の送付</li>
<li>2月1日：入社手続き・オリエンテーション（本社7F）</li>
</ul>
<p>ご不明な点がありましたら、いつでもご連絡ください。</p>
<p>--<br>日の出産業株式会社<br>人事部 採用グループ　高畑 俊介<br>TEL: 03-5442-7810</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "acknowledging a signed offer acceptance (text + HTML alternative), one candidate",
})

# 096 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-096",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["野々村 様 <nonomura@career-bridge.co.jp>"],
    "subject": "Re: 年収条件のご相談（瀬戸口様）",
    "body": f"""野々村様

お世話になっております。森下です。
瀬戸口様の年収条件について、社内で再検討いたしました。

ご本人の現年収 720万円（賞与込み）、ご希望 780万円に対し、
当社としては G3等級上限に調整給を加えた 760万円（月給 47.5万円＋賞与4.0か月）が
最大限のご提示となります。
住宅手当（月3万円）が別途支給される点も含めて、ご本人にご説明いただけますでしょうか。

{SIG_MORISHITA}

> 瀬戸口様は、現年収を下回らないことが条件で、できれば780万円を希望されています。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "salary negotiation for one candidate (surname only) with his agent: no identifiers",
})

# 097 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-097",
    "charset": "iso-2022-jp",
    "sender": FROM_MORISHITA,
    "to": ["戸叶 様 <tokano@talentark.co.jp>"],
    "subject": "転送：応募のご連絡（重複応募の確認）",
    "body": f"""戸叶様

お世話になっております。森下です。
先週ご推薦いただいた百瀬様と思われる方から、当社HPの問い合わせ窓口に直接ご連絡がありました。
重複応募の扱いを確認したく、ご本人からのメールを転送いたします。
貴社からのご推薦が先ですので、貴社経由として進める想定です。

森下

-----転送元のメッセージ-----
From: 百瀬 真央 <mao.momose.works@gmail.com>
Sent: 2026/11/10 23:18
To: recruit-info@hinode-sangyo.co.jp
Subject: 経理職への応募について

日の出産業株式会社 採用ご担当者様

夜分に失礼いたします。百瀬真央と申します。
貴社の経理職（連結決算）に大変興味があり、直接お問い合わせいたしました。
現在、ヤマブキ薬品株式会社で連結決算を担当して7年目になります。
ご連絡は下記の携帯までお願いできますと幸いです。

百瀬 真央
携帯：090-6127-3348
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward of one candidate's mail (new text to the agent) with her mobile and address: one person, may be warned",
})

# 098 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-098",
    "charset": "utf-8",
    "sender": FROM_MORISHITA,
    "to": ["上条 様 <kamijo@joblink-partners.jp>"],
    "subject": "12月時点 募集中ポジション一覧",
    "html": """<html><body style="font-family:sans-serif">
<p>ジョブリンク・パートナーズ<br>上条様</p>
<p>お世話になっております。日の出産業の森下です。<br>
12月1日時点で募集中のポジションを一覧にしました。ご紹介の参考にしてください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>求人ID</th><th>職種</th><th>勤務地</th><th>想定年収</th><th>人数</th><th>優先度</th></tr></thead>
<tbody>
<tr><td>HS-J-2611</td><td>生産技術</td><td>名古屋工場</td><td>520〜750万円</td><td>5</td><td>高</td></tr>
<tr><td>HS-J-2612</td><td>法人営業（東海）</td><td>名古屋営業所</td><td>500〜700万円</td><td>4</td><td>高</td></tr>
<tr><td>HS-J-2604</td><td>経理（連結）</td><td>本社</td><td>600〜800万円</td><td>1</td><td>中</td></tr>
<tr><td>HS-J-2615</td><td>購買（調達）</td><td>本社</td><td>480〜620万円</td><td>1</td><td>中</td></tr>
<tr><td>HS-J-2618</td><td>情報セキュリティ</td><td>本社</td><td>600〜850万円</td><td>1</td><td>低</td></tr>
</tbody></table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 採用グループ<br>森下 彩<br>TEL 03-5442-7810</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only table of open positions (jobs, not people) to an agent",
})

# 099 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-099",
    "charset": "utf-8",
    "sender": "Shunsuke Takahata <s.takahata@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@bridgewell-talent.com>"],
    "subject": "Re: Shortlist - Regional Sales Manager (SG)",
    "body": f"""Hi Priya,

Many thanks for the shortlist. We would like to interview candidates 1, 2 and 4 by video
next week; the hiring manager is available Tue/Wed afternoons SGT. Candidates 3 and 5
do not have the distributor-management experience we need, so please let them know.

Best,
Shunsuke

On Thu, 12 Nov 2026 at 18:40, Priya Raman <priya.raman@bridgewell-talent.com> wrote:
> Dear Shunsuke,
>
> Please find below our shortlist for the Regional Sales Manager role:
>
> 1. Chua Boon Keat   | +65 9182 7730 | boonkeat.chua@gmail.com   | ex-Yokogawa, 14 yrs
> 2. Farah Iskandar   | +60 12-338 4419 | farah.iskandar@yahoo.com | ex-Omron, 11 yrs
> 3. Ong Siew Ling    | +65 8844 1092 | siewling.ong@outlook.com  | ex-ABB, 9 yrs
> 4. Vikram Menon     | +65 9730 2261 | vikram.menon.sg@gmail.com | ex-Schneider, 16 yrs
> 5. Tanaka Masaru    | +65 8123 5570 | m.tanaka.sg@icloud.com    | ex-Hitachi Asia, 12 yrs
>
> Kind regards,
> Priya
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the agency's shortlist of five is only quoted back to it (On … wrote:); new text refers to numbers",
})

# 100 -------------------------------------------------------------------------------------
_add({
    "id": "mensetsu-100",
    "charset": "shift_jis",
    "sender": FROM_TAKAHATA,
    "to": ["帯刀 菜々子 <nanako.tatewaki@gmail.com>"],
    "cc": ["堀内 様 <horiuchi@enworks-agent.com>"],
    "subject": "【Web面接のご案内】11/18（水）16:00〜 一次面接",
    "body": f"""帯刀 菜々子 様
（cc：エンワークス 堀内様）

お世話になっております。日の出産業の高畑です。
一次面接（Web）の接続先をお送りいたします。

────────────────────
Microsoft Teams 会議
日時：2026年11月18日（水）16:00〜17:00
会議リンク：https://teams.example-meet.jp/l/meetup-join/19%3ameeting_HN1118
会議ID：482 771 309 25　パスコード：kT7xQp
────────────────────

開始5分前になりましたら、上記リンクから入室してお待ちください。
接続トラブルの際は、03-5442-7810（代表）の人事部 高畑までお電話ください。

{SIG_TAKAHATA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "meeting link to a candidate with her agent in Cc: two external parties, a normal arrangement",
})
