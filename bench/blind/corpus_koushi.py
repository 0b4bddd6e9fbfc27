"""External lecturers and experts (外部講師・専門家の手配) at 日の出産業: mail of the 人事部 研修課,
総務, 経理 and 営業企画 with training companies, universities, lawyers, venues, caterers,
printers and the lecturers themselves — lecturer requests and profiles, honorarium payment
accounts (謝金の振込先), travel-expense settlement, withholding tax and the My Numbers it needs
(源泉徴収・支払調書), speaker lists for seminars, participant rosters (受講者名簿) for training
companies and qualification bodies, health/disability accommodations, NDAs, invoices, and the
reply threads, forwards, password-ZIP and visible-recipient mistakes that surround them."""

import random

from build import card_number, my_number

SEED = 69401

# -- invented people and places (fictional; deterministic from SEED) ---------------------

_SEI = [
    ("佐々木", "ササキ", "sasaki"), ("東海林", "ショウジ", "shoji"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("小鳥遊", "タカナシ", "takanashi"),
    ("四月一日", "ワタヌキ", "watanuki"), ("五百旗頭", "イオキベ", "iokibe"),
    ("百目鬼", "ドウメキ", "domeki"), ("月見里", "ヤマナシ", "yamanashi"),
    ("平良", "タイラ", "taira"), ("比嘉", "ヒガ", "higa"), ("金城", "キンジョウ", "kinjo"),
    ("宇佐美", "ウサミ", "usami"), ("長谷部", "ハセベ", "hasebe"), ("相馬", "ソウマ", "soma"),
    ("仁科", "ニシナ", "nishina"), ("真壁", "マカベ", "makabe"), ("阿久津", "アクツ", "akutsu"),
    ("神長", "カミナガ", "kaminaga"), ("寒河江", "サガエ", "sagae"), ("雲野", "クモノ", "kumono"),
    ("今泉", "イマイズミ", "imaizumi"), ("大森", "オオモリ", "omori"), ("田村", "タムラ", "tamura"),
    ("吉岡", "ヨシオカ", "yoshioka"), ("関口", "セキグチ", "sekiguchi"), ("古賀", "コガ", "koga"),
    ("望月", "モチヅキ", "mochizuki"), ("小野寺", "オノデラ", "onodera"),
    ("桐生", "キリュウ", "kiryu"), ("鬼塚", "オニツカ", "onitsuka"), ("甲斐", "カイ", "kai"),
    ("及川", "オイカワ", "oikawa"), ("早坂", "ハヤサカ", "hayasaka"),
    ("篠崎", "シノザキ", "shinozaki"), ("唐沢", "カラサワ", "karasawa"), ("八木", "ヤギ", "yagi"),
    ("牧野", "マキノ", "makino"), ("井之上", "イノウエ", "inoue"), ("上杉", "ウエスギ", "uesugi"),
    ("芦田", "アシダ", "ashida"), ("鴨志田", "カモシダ", "kamoshida"), ("禰津", "ネズ", "nezu"),
    ("我妻", "ワガツマ", "wagatsuma"), ("指宿", "イブスキ", "ibusuki"), ("生田目", "ナマタメ", "namatame"),
]
_MEI = [
    ("陽菜", "ヒナ", "hina"), ("蒼", "アオイ", "aoi"), ("颯太", "ソウタ", "sota"),
    ("美咲", "ミサキ", "misaki"), ("健一", "ケンイチ", "kenichi"), ("直子", "ナオコ", "naoko"),
    ("大輔", "ダイスケ", "daisuke"), ("千尋", "チヒロ", "chihiro"), ("智也", "トモヤ", "tomoya"),
    ("由佳", "ユカ", "yuka"), ("拓真", "タクマ", "takuma"), ("沙織", "サオリ", "saori"),
    ("慎太郎", "シンタロウ", "shintaro"), ("恵", "メグミ", "megumi"), ("航", "ワタル", "wataru"),
    ("佳奈", "カナ", "kana"), ("隆之", "タカユキ", "takayuki"), ("舞", "マイ", "mai"),
    ("匠", "タクミ", "takumi"), ("理沙", "リサ", "risa"), ("和彦", "カズヒコ", "kazuhiko"),
    ("綾乃", "アヤノ", "ayano"), ("悠斗", "ユウト", "yuto"), ("真由美", "マユミ", "mayumi"),
    ("修", "オサム", "osamu"), ("麻衣子", "マイコ", "maiko"), ("俊介", "シュンスケ", "shunsuke"),
    ("絵里", "エリ", "eri"), ("崇", "タカシ", "takashi"), ("裕子", "ユウコ", "yuko"),
    ("譲", "ユズル", "yuzuru"), ("志保", "シホ", "shiho"), ("敦", "アツシ", "atsushi"),
]
_TOWNS = [
    ("166-0003", "東京都杉並区高円寺南"), ("251-0037", "神奈川県藤沢市鵠沼海岸"),
    ("330-0802", "埼玉県さいたま市大宮区宮町"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0012", "大阪府大阪市北区芝田"), ("812-0011", "福岡県福岡市博多区博多駅前"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("060-0042", "北海道札幌市中央区大通西"),
    ("273-0005", "千葉県船橋市本町"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("730-0011", "広島県広島市中区基町"), ("600-8216", "京都府京都市下京区東塩小路町"),
    ("380-0836", "長野県長野市南県町"), ("920-0853", "石川県金沢市本町"),
    ("900-0015", "沖縄県那覇市久茂地"), ("183-0022", "東京都府中市宮西町"),
    ("214-0014", "神奈川県川崎市多摩区登戸"), ("300-0036", "茨城県土浦市大和町"),
]
_BANKS = [("東西銀行", "0591"), ("北斗銀行", "0583"), ("あおい信用金庫", "1398"),
          ("はまなす銀行", "0562"), ("瀬戸内みらい銀行", "0577"), ("中央ネット銀行", "0044")]
_BRANCHES = ["本店営業部", "駅前支店", "東口支店", "緑町支店", "中央支店", "港北支店", "大学前出張所"]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "hotmail.co.jp"]


def _people(n, salt):
    """n invented people with a full record each (only the fields a message shows count)."""
    rng = random.Random(f"koushi-{SEED}-{salt}")
    out, used = [], set()
    while len(out) < n:
        s, g = rng.choice(_SEI), rng.choice(_MEI)
        if s[0] in used:
            continue
        used.add(s[0])
        y, m, d = rng.randrange(1961, 2002), rng.randrange(1, 13), rng.randrange(1, 29)
        zip_, town = rng.choice(_TOWNS)
        bank, bcode = rng.choice(_BANKS)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "roma": f"{g[2].capitalize()} {s[2].capitalize()}",
            "user": f"{s[2]}.{g[2]}", "dob": (y, m, d), "zip": zip_,
            "addr": f"{town}{rng.randrange(1, 8)}-{rng.randrange(1, 28)}-{rng.randrange(1, 19)}",
            "mobile": f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "email": f"{g[2]}.{s[2]}{rng.randrange(10, 99)}@{rng.choice(_FREE)}",
            "bank": bank, "bank_code": bcode, "branch": rng.choice(_BRANCHES),
            "acct": f"{rng.randrange(1000000, 9999999)}", "emp": f"H{rng.randrange(10000, 99999)}",
        })
    return out


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


_FEMALE = {"陽菜", "美咲", "直子", "千尋", "由佳", "沙織", "恵", "佳奈", "舞", "理沙", "綾乃",
           "真由美", "麻衣子", "絵里", "裕子", "志保"}


def _sex(p):
    return "女" if p["mei"] in _FEMALE else "男"


def _zen(s):
    return s.translate(_ZEN)


def _wareki(y, m, d, style="full"):
    if (y, m, d) >= (1989, 1, 8):
        era, k, ab = "平成", y - 1988, "H"
    else:
        era, k, ab = "昭和", y - 1925, "S"
    if style == "abbr":
        return f"{ab}{k}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{k}年{m}月{d}日").replace("－", "-")
    return f"{era}{k}年{m}月{d}日"


def _dob(p, style="iso"):
    y, m, d = p["dob"]
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "slash":
        return f"{y}/{m}/{d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    return _wareki(y, m, d, style)


def _w(s):
    """display width (full-width characters count 2)"""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def _pad(rows, sep="  ", rule="-"):
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append(sep.join(str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip())
        if n == 0 and rule:
            lines.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    return "\n".join(lines)


def _padz(rows):
    """columns padded with full-width spaces, as some people do in Word-trained habits"""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - _w(c)
            cells.append(str(c) + "\u3000" * (gap // 2) + " " * (gap % 2))
        out.append("\u3000".join(cells).rstrip())
    return "\n".join(out)


def _tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def _csvt(rows):
    return "\n".join(",".join(str(c) for c in r) for r in rows)


def _html_table(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
            f"<tr style=\"background:#dde8f4\">{head}</tr>{body}</table>")


# -- senders and their signatures -------------------------------------------------------

MORISHITA = "森下 奈緒 <morishita.nao@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 亮 <kashiwagi.ryo@hinode-sangyo.co.jp>"
OKOCHI = "大河内 澄子 <okochi.sumiko@hinode-sangyo.co.jp>"
HAMANO = "浜野 慎吾 <hamano.shingo@hinode-sangyo.co.jp>"
NIKAIDO = "二階堂 彩 <nikaido.aya@hinode-sangyo.co.jp>"
SAOTOME = "Takumi Saotome <saotome.takumi@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 健司 <shishido.kenji@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 舞 <igarashi.mai@hinode-sangyo.co.jp>"
KENSHU = "日の出産業 研修事務局 <kenshu@hinode-sangyo.co.jp>"

SIG_MORISHITA = """
──────────────────────
日の出産業株式会社
人事部 人材開発課 研修担当　森下 奈緒
〒105-0014 東京都港区芝2-11-5 日の出ビル7F
TEL 03-5442-7310（直通）／ FAX 03-5442-7319
morishita.nao@hinode-sangyo.co.jp
──────────────────────"""

SIG_KASHIWAGI = """
--
柏木 亮 (Ryo Kashiwagi)
日の出産業株式会社 人事部 人材開発課 課長代理
TEL: 03-5442-7312  内線 4312
"""

SIG_OKOCHI = """
***********************************
日の出産業株式会社　経理部 出納課
大河内　澄子
TEL 03-5442-7501  FAX 03-5442-7509
***********************************"""

SIG_HAMANO = """
====================================
 日の出産業株式会社 総務部 総務課
 浜野 慎吾（はまの しんご）
 〒105-0014 東京都港区芝2-11-5
 TEL:03-5442-7200 / 携帯:080-3318-0042
===================================="""

SIG_NIKAIDO = """
--------------------------------------------
日の出産業株式会社 営業企画部 セミナー運営チーム
二階堂 彩 / Aya Nikaido
TEL 03-5442-7655　Mobile 090-6710-2283
https://www.hinode-sangyo.co.jp/
--------------------------------------------"""

SIG_SAOTOME = """
Best regards,

Takumi Saotome
Corporate Communications, Hinode Sangyo Co., Ltd.
2-11-5 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5442-7820
"""

SIG_SHISHIDO = """
宍戸 健司
日の出産業(株) 技術本部 技術研修センター
〒243-0303 神奈川県愛甲郡愛川町中津4010-1
TEL 046-285-6611
"""

SIG_IGARASHI = """
五十嵐 舞
日の出産業株式会社 総務部 安全衛生グループ
TEL 03-5442-7233
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ本メールを破棄してください。無断での転送・複製はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""


# -- 001-020 -----------------------------------------------------------------------------

_P001 = _people(12, "001")
_P009 = _people(6, "009")
_P017 = _people(30, "017")
_P018 = _people(3, "018")

_P1 = [
    {
        "id": "koushi-001",
        "sender": MORISHITA,
        "to": ["宮園 様 <miyazono@mirai-jinzai.co.jp>"],
        "cc": [KASHIWAGI],
        "subject": "【新任管理職研修】受講者名簿の送付（11/12・13開催分）",
        "charset": "iso-2022-jp",
        "body": """株式会社ミライ人材開発
研修事業部　宮園様

いつも大変お世話になっております。
日の出産業の森下です。

11月12日（木）・13日（金）開催の新任管理職研修につきまして、
受講者名簿を添付にてお送りいたします。
シート「受講者一覧」に12名分をまとめております。グループ分けの際の
ご参考として所属・役職も入れてありますので、ご確認ください。

事前課題の提出状況は別シートに記載しております。
未提出の2名には当方から催促いたします。

何卒よろしくお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "新任管理職研修_受講者名簿_20261112.xlsx",
            "title": "新任管理職研修 受講者名簿",
            "sheets": {
                "受講者一覧": [["2026年度 新任管理職研修　受講者名簿", "", "", "", "", "", "", ""],
                               ["作成：人事部人材開発課　2026/10/20", "", "", "", "", "", "", ""],
                               ["No", "社員番号", "氏名", "フリガナ", "所属", "役職",
                                "メールアドレス", "携帯電話"]]
                + [[i + 1, p["emp"], p["name"], p["kana"],
                    ["営業第一部", "生産管理部", "経理部", "技術本部", "物流部", "品質保証部"][i % 6],
                    "課長" if i % 3 else "課長代理",
                    f"{p['user']}@hinode-sangyo.co.jp", p["mobile"]] for i, p in enumerate(_P001)],
                "事前課題提出状況": [["氏名", "課題1", "課題2", "備考"]]
                + [[p["name"], "済", "済" if i % 5 else "未", ""] for i, p in enumerate(_P001)],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12名の受講者名簿（社員番号・メール・携帯）をXLSXで研修会社へ：名簿の社外送付",
    },
    {
        "id": "koushi-002",
        "sender": KASHIWAGI,
        "to": ["五百旗頭 教授 <iokibe.h@seiryo-u.ac.jp>"],
        "subject": "ご講演のお願い（品質工学セミナー 2027年2月）",
        "charset": "utf-8",
        "body": """清陵大学 工学部 機械システム工学科
五百旗頭 先生

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の柏木と申します。
先日の日本品質管理学会の秋季大会で先生のご発表を拝聴し、
ぜひ弊社の技術者向けにお話しいただけないかと思いご連絡いたしました。

■ご依頼内容（案）
　テーマ　：品質工学の基礎と設計現場での活用（仮）
　日時　　：2027年2月上旬〜中旬のうち、先生のご都合のよい平日 13:30〜16:30
　会場　　：弊社 技術研修センター（神奈川県愛川町）※オンライン併用
　対象　　：設計・生産技術部門の若手〜中堅社員 約40名
　謝金　　：100,000円（所得税の源泉徴収後にお振込みいたします）
　交通費　：実費を別途お支払いいたします

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
お受けいただける場合は、改めて詳細をご相談させてください。

何卒よろしくお願い申し上げます。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "大学教員への講演依頼。個人情報なし、受信者1名",
    },
    {
        "id": "koushi-003",
        "sender": OKOCHI,
        "to": ["神田会計事務所 担当 芦田様 <ashida@kanda-kaikei.jp>"],
        "subject": "FW: 個人番号のご提出について（小鳥遊）",
        "charset": "iso-2022-jp",
        "body": f"""芦田様

いつもお世話になっております。日の出産業 経理部の大河内です。
12月分の講師謝金の支払調書作成用に、講師の小鳥遊先生からご提出いただいた
個人番号を転送いたします。お手数ですがご対応をお願いいたします。

-----Original Message-----
From: 小鳥遊 綾乃
Sent: Wednesday, December 2, 2026 9:41 PM
To: 大河内 澄子
Subject: 個人番号のご提出について

日の出産業株式会社
経理部　大河内様

お世話になっております。小鳥遊です。
ご依頼いただいておりました件、以下のとおりご連絡いたします。

　氏名　　　：小鳥遊 綾乃（タカナシ アヤノ）
　個人番号　：{my_number(SEED + 30)[:4]} {my_number(SEED + 30)[4:8]} {my_number(SEED + 30)[8:]}
　住所　　　：〒251-0037 神奈川県藤沢市鵠沼海岸5-22-3

番号確認書類（通知カードの写し）と身元確認書類は、後日郵送いたします。
よろしくお願いいたします。

小鳥遊
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師のマイナンバーを含むメールを外部の会計事務所へ転送（転送は新しい本文として数える）",
    },
    {
        "id": "koushi-004",
        "sender": MORISHITA,
        "to": ["hayasaka.megumi.coach@gmail.com"],
        "subject": "Re: 謝金のお支払いについて",
        "charset": "iso-2022-jp",
        "body": """早坂先生

お世話になっております。日の出産業の森下です。
お問い合わせいただいた謝金の源泉徴収について、ご説明いたします。

講演料は所得税法第204条の報酬に当たるため、弊社でお支払いの際に
源泉所得税（復興特別所得税を含め10.21％）を差し引かせていただきます。

　謝金（税抜）　　　　80,000円
　消費税（10％）　　　 8,000円
　源泉所得税　　　　　▲8,168円
　―――――――――――――――――
　お振込額　　　　　　79,832円

※源泉徴収の対象は税抜の謝金額です（請求書で消費税額を区分いただいた場合）。
※年明けに支払調書を郵送いたしますので、確定申告の際にご利用ください。

ご不明な点がございましたら、お気軽にお問い合わせください。

> 森下様
> 先日はありがとうございました。
> 請求書の金額ですが、源泉徴収はどのように計算されますか？
> 個人事業主として初めての講演なもので、恐縮です。
> 早坂
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "フリーメールの講師1名へ源泉徴収の説明。個人データなし",
    },
    {
        "id": "koushi-005",
        "sender": SHISHIDO,
        "to": ["iokibe.h@seiryo-u.ac.jp", "akutsu.takayuki@gmail.com", "kiryu@coaching-lab.jp",
               "namatame_osamu@yahoo.co.jp", "info@yagi-gijutsushi.jp"],
        "subject": "技術研修シリーズ（全5回）講師打合せ日程のご相談",
        "charset": "iso-2022-jp",
        "body": """講師の皆様

お世話になっております。
日の出産業 技術研修センターの宍戸です。

このたびは2027年1月〜3月の技術研修シリーズ（全5回）の講師を
お引き受けいただき、誠にありがとうございます。

各回の内容の重複を避けるため、一度オンラインで講師打合せ（60分程度）を
持たせていただきたく、以下の候補日からご都合をお知らせください。

　1) 12月 8日（火）10:00〜11:00
　2) 12月10日（木）15:00〜16:00
　3) 12月14日（月）13:00〜14:00

お手数ですが、12月3日（木）までにご返信いただけますと幸いです。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "講師5名（大学・個人フリーメール・事務所）をToに並べて送信：Bccにすべき",
    },
    {
        "id": "koushi-006",
        "sender": KASHIWAGI,
        "to": ["研修企画部 津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "リーダーシップ研修 第3回の講師について（ご相談）",
        "charset": "utf-8",
        "body": """株式会社ラーニングアーク
研修企画部 津田様

お世話になっております。日の出産業の柏木です。

取り急ぎご相談です。リーダーシップ研修の第3回（11/26）をご担当予定の
真壁 匠 先生ですが、昨日奥様からご連絡があり、心筋梗塞で緊急入院され、
現在も治療中とのことでした。少なくとも1か月は安静が必要とのことで、
11月の登壇は難しい状況です。

つきましては、御社ご登録の講師の方で代講いただける方がいらっしゃらないか、
ご確認いただけますでしょうか。カリキュラムは第1回・第2回の流れを
引き継いでいただければと思います。

先生のご容体については、ご本人のご意向もあり社内でもごく一部にしか
共有しておりませんので、お取り扱いにご配慮ください。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の講師の病名・入院（病歴＝要配慮個人情報）を研修会社へ",
    },
    {
        "id": "koushi-007",
        "sender": NIKAIDO,
        "to": ["錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "セミナーパンフレット 講師紹介文の差し替え",
        "charset": "shift_jis",
        "body": """錦印刷株式会社
宇佐美様

いつもお世話になっております。日の出産業 営業企画部の二階堂です。
先日入稿したお客様向けセミナーのパンフレットについて、講師紹介文を
先生ご本人の確認を経て差し替えたく、ご連絡いたしました。

【差し替え後の講師紹介（P.2 右段）】
勅使河原 慎太郎（てしがわら しんたろう）
物流コンサルタント／中小企業診断士。大手運送会社で20年にわたり
倉庫管理・配送網の設計に携わった後、2015年に独立。
「現場で回る改善」をモットーに、これまで300社以上の物流改善を支援。
著書に『明日から変わる倉庫の5S』（港北出版）ほか。

文字数は旧原稿とほぼ同じですので、レイアウトの変更は不要かと存じます。
初校は10月30日（金）頃にいただけますと助かります。

よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "公開用の講師プロフィール（経歴のみ、連絡先なし）を印刷会社へ",
    },
    {
        "id": "koushi-008",
        "sender": HAMANO,
        "to": ["白川法律事務所 弁護士 指宿先生 <ibusuki@shirakawa-law.co.jp>"],
        "subject": "Re: ハラスメント防止研修のご登壇日程",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
指宿先生

いつもお世話になっております。日の出産業 総務部の浜野です。
ハラスメント防止研修のご登壇について、日程をご調整いただきありがとうございます。

それでは、1月19日（火）14:00〜16:00 で確定とさせてください。
会場は本社7階の大会議室、受講者は管理職約60名を予定しております。
当日は13:30頃にお越しいただければ、受付にて名札をお渡しいたします。

講演資料は1月12日までにいただけますと、印刷が間に合います。
引き続きよろしくお願い申し上げます。

> 浜野様
> 1月19日の午後、または1月21日の午前であれば対応可能です。
> 指宿
""" + SIG_HAMANO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "提携先 shirakawa-law.jp の似姿ドメイン shirakawa-law.co.jp 宛て（TLD違い）",
    },
    {
        "id": "koushi-009",
        "sender": NIKAIDO,
        "to": ["ステージワークス 制作部 百目鬼様 <domeki@stageworks.co.jp>"],
        "subject": "物流DXフォーラム 登壇者情報（旅費手配用）",
        "charset": "shift_jis",
        "body": """株式会社ステージワークス
百目鬼様

お世話になっております。二階堂です。
12月4日の「物流DXフォーラム2026」の登壇者情報をお送りします。
新幹線・宿泊の手配と当日の控室案内に使っていただければと思います。
出発地は各先生のご自宅で、旅費はご自宅最寄駅からで計算してください。

""" + _pad([["氏名", "所属", "携帯", "メール", "出発地（自宅）"]]
           + [[p["name"], org, p["mobile"], p["email"], p["addr"]]
              for p, org in zip(_P009, ["東都物流大学", "フリーランス", "㈱ロジテック総研",
                                         "港北運輸㈱", "北辰コンサルティング", "ネクスト倉庫㈱"])]) + """

当日の入り時間は、基調講演の先生のみ11:00、それ以外は12:30でお願いします。
変更がありましたら、またご連絡いたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "登壇者6名の携帯・メール・自宅住所を空白揃えの表でイベント会社へ",
    },
    {
        "id": "koushi-010",
        "sender": MORISHITA,
        "to": ["津田様 <tsuda@learning-arc.co.jp>"],
        "cc": ["さくらホテル 宴会営業 長谷部様 <hasebe@sakura-hotel.jp>", KASHIWAGI],
        "subject": "11/26 研修会場レイアウトのお打合せについて",
        "charset": "iso-2022-jp",
        "body": """ラーニングアーク 津田様
さくらホテル 長谷部様

お世話になっております。日の出産業の森下です。
11月26日のリーダーシップ研修（第3回）の会場について、
ホテル側とのレイアウト確認を三者で行えればと思いご連絡しました。

・会場：さくらホテル 2階「桔梗の間」
・人数：受講者24名＋講師1名＋事務局2名
・形式：島型6テーブル（1島4名）、前方にスクリーン・プロジェクター
・備品：ホワイトボード2台、付箋・模造紙（研修会社様ご持参）

11月10日（火）の15時から30分ほど、オンラインでいかがでしょうか。
ご都合をお知らせいただけますと幸いです。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "研修会社とホテルの2社をTo/Ccに：通常の三者打合せ、個人データなし",
    },
    {
        "id": "koushi-011",
        "sender": HAMANO,
        "to": ["たびプランナー 法人営業 金城様 <kinjo@tabi-planner.co.jp>"],
        "subject": "講師の航空券手配のお願い（福岡→羽田 1/18）",
        "charset": "shift_jis",
        "body": f"""たびプランナー株式会社
法人営業部　金城様

いつもお世話になっております。日の出産業 総務部の浜野です。
外部講師の先生の航空券手配をお願いしたく、ご連絡いたします。

　搭乗者　：平良 由佳 様（タイラ ユカ）
　区間　　：福岡 → 羽田　2027年1月18日（月）午後便
　　　　　　羽田 → 福岡　2027年1月19日（火）18時以降の便
　座席　　：通路側希望

お支払いは、いつもの法人カードでお願いします。
　カード番号：{card_number(SEED + 110)[:4]}-{card_number(SEED + 110)[4:8]}-{card_number(SEED + 110)[8:12]}-{card_number(SEED + 110)[12:]}
　有効期限　：08/29
　名義　　　：HINODE SANGYO CO LTD / SHINGO HAMANO

eチケットの控えは私宛てにお送りください。
""" + SIG_HAMANO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "クレジットカード番号（法人カード）を旅行会社へ本文で送付",
    },
    {
        "id": "koushi-012",
        "sender": MORISHITA,
        "to": ["経理部 出納課 <suito@hinode-sangyo.co.jp>"],
        "cc": [OKOCHI],
        "subject": "講師謝金の振込依頼（11/12 新任管理職研修 外部講師分）",
        "charset": "iso-2022-jp",
        "body": """出納課 ご担当者様

お疲れさまです。人材開発課の森下です。
11/12・13の新任管理職研修の外部講師謝金について、振込をお願いします。
稟議（No. JK-2026-0481）は決裁済みです。

　講師氏名：月見里 恵（ヤマナシ メグミ）
　住所　　：〒166-0003 東京都杉並区高円寺南4-8-21-305
　謝金　　：200,000円（税抜）／源泉所得税 20,420円
　振込先　：東西銀行 高円寺支店（店番 214） 普通 3071845
　口座名義：ヤマナシ メグミ
　支払予定：11月末日

源泉徴収票ではなく支払調書の対象となりますので、年末にまとめて作成ください。
よろしくお願いします。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "講師の振込先・住所を含むが宛先はすべて社内",
    },
    {
        "id": "koushi-013",
        "sender": OKOCHI,
        "to": ["芦田様 <ashida@kanda-kaikei.jp>"],
        "subject": "講師謝金 支払明細（2026年7月〜12月分）送付",
        "charset": "iso-2022-jp",
        "body": """神田会計事務所
芦田様

お世話になっております。日の出産業 経理部の大河内です。
2026年7月〜12月の講師謝金の支払明細をお送りいたします。
支払調書の作成にお使いください。

ファイルにはパスワードを設定しております。
パスワードは別メールにてお送りいたします。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "zip", "name": "講師謝金支払明細_2026H2.zip", "password": "Kn7#q2Lp",
            "files": [{"kind": "xlsx", "name": "講師謝金支払明細_2026H2.xlsx",
                       "sheets": {"明細": [["氏名", "住所", "支払額", "源泉税"],
                                           ["月見里 恵", "東京都杉並区高円寺南4-8-21", 200000, 20420]]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）：中身を検査できない",
    },
    {
        "id": "koushi-014",
        "sender": OKOCHI,
        "to": ["芦田様 <ashida@kanda-kaikei.jp>"],
        "subject": "【パスワード】講師謝金 支払明細（2026年7月〜12月分）",
        "charset": "iso-2022-jp",
        "body": """芦田様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Kn7#q2Lp

よろしくお願いいたします。

日の出産業 経理部 大河内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワードのみの別送メール。添付も個人データもなし",
    },
    {
        "id": "koushi-015",
        "sender": KASHIWAGI,
        "to": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "2027年度 階層別研修体系（案）のご共有",
        "charset": "utf-8",
        "body": """ラーニングアーク 津田様

お世話になっております。柏木です。
来年度の研修体系の見直しにあたり、社内で検討中の案を添付いたします。
御社からのご提案の前提としてご覧いただければと思います。
特に「中堅層の選抜研修」の部分について、ご意見をいただけますと幸いです。

柏木
""",
        "attachments": [{
            "kind": "docx", "name": "2027年度_階層別研修体系_案v3.docx",
            "page_header": "社外秘　日の出産業株式会社 人事部",
            "title": "2027年度 階層別研修体系（案）",
            "paragraphs": [
                "2027年度 階層別研修体系（案） v3",
                "1. 見直しの背景",
                "中期経営計画（2026-2028）における管理職比率の見直し、および次世代経営人材の計画的育成を踏まえ、"
                "現行の階層別研修を再編する。",
                "2. 主な変更点",
                "・新任管理職研修を2日間から3日間へ拡充（評価者研修を統合）",
                "・中堅層（入社8〜12年目）から年間20名を選抜し、外部講師による選抜研修を新設",
                "・若手研修の一部をeラーニングへ移行（ツバサシステム社LMSを利用）",
                "3. 予算（概算）",
            ],
            "tables": [[["区分", "2026年度", "2027年度案"],
                        ["階層別研修", "18,400千円", "22,900千円"],
                        ["選抜研修（新設）", "－", "9,600千円"],
                        ["eラーニング", "3,100千円", "4,800千円"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ヘッダーに「社外秘」の区分表示がある社内検討資料を研修会社へ",
    },
    {
        "id": "koushi-016",
        "sender": MORISHITA,
        "to": ["akutsu.takayuki@gmail.com"],
        "subject": "Re: 振込先のご連絡",
        "charset": "iso-2022-jp",
        "body": """阿久津先生

ご連絡ありがとうございます。日の出産業の森下です。
振込先、確かに承りました。経理に回し、11月30日にお振込みいたします。
お振込み後、支払通知書をお送りいたします。

引き続きよろしくお願いいたします。

2026年11月2日(月) 22:14 阿久津 隆之 <akutsu.takayuki@gmail.com>:
> 森下様
>
> お世話になっております。阿久津です。
> 謝金の振込先は以下のとおりです。
>
> 　北斗銀行 緑町支店　普通　5520931
> 　アクツ タカユキ
>
> 住所は前回お伝えしたものから変更ありません。
> よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "口座情報は引用部分（受信者自身が送ったもの）のみ。新しい本文に個人データなし",
    },
    {
        "id": "koushi-017",
        "sender": IGARASHI,
        "to": ["日本ビジネス研修協会 検定事業部 <kentei@jbta.or.jp>"],
        "subject": "ビジネス実務検定（2級）団体受験の申込について",
        "charset": "shift_jis",
        "body": """一般社団法人日本ビジネス研修協会
検定事業部 御中

お世話になっております。日の出産業株式会社 総務部の五十嵐です。
2027年1月実施のビジネス実務検定2級につきまして、団体受験を申し込みます。
貴会指定の様式に沿って受験者一覧（30名）をCSVで添付いたしましたので、
ご査収のほどよろしくお願いいたします。

受験料は請求書をいただき次第、お振込みいたします。
""" + SIG_IGARASHI,
        "attachments": [{
            "kind": "csv", "name": "団体受験申込_日の出産業.csv", "encoding": "cp932",
            "rows": [["団体番号", "受験者氏名", "フリガナ", "生年月日", "性別", "連絡先メール", "勤務先"]]
            + [["D-20417", p["name2"], p["kana"], _dob(p, "slash"), _sex(p),
                f"{p['user']}@hinode-sangyo.co.jp", "日の出産業株式会社"]
               for i, p in enumerate(_P017)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "30名の受験者一覧（生年月日・メール）をCSVで検定団体へ",
    },
    {
        "id": "koushi-018",
        "sender": HAMANO,
        "to": ["金城様 <kinjo@tabi-planner.co.jp>"],
        "subject": "シンガポール視察研修 渡航者情報",
        "charset": "iso-2022-jp",
        "body": """たびプランナー
金城様

お世話になっております。浜野です。
2月の海外物流視察研修（シンガポール 3泊5日）の渡航者情報をお送りします。
同行いただく講師の望月先生と、受講者3名の計4名です。
航空券・ホテルの名義は旅券どおりのローマ字でお願いします。

""" + _tsv([["区分", "氏名（旅券表記）", "旅券番号", "有効期限", "生年月日"],
             ["講師", "MOCHIZUKI KAZUHIKO", "TR4829107", "2031/05/20", "1964/09/03"]]
            + [["受講者", p["roma"].upper().split()[1] + " " + p["roma"].upper().split()[0],
                f"T{'KSZ'[i]}{3017245 + i * 118813}", f"20{30 + i}/0{i + 2}/1{i}", _dob(p, "slash")]
               for i, p in enumerate(_P018)]) + """

ご不明点がありましたらご連絡ください。
""" + SIG_HAMANO,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "講師・受講者4名の旅券番号と生年月日（本人確認書類の番号）を旅行会社へ",
    },
    {
        "id": "koushi-019",
        "sender": SAOTOME,
        "to": ["Daniel Okafor <d.okafor@northwind-consulting.com>"],
        "subject": "Keynote at Hinode Logistics Forum - schedule and honorarium",
        "charset": "utf-8",
        "body": """Dear Mr. Okafor,

Thank you again for accepting our invitation to give the keynote at the Hinode
Logistics Forum on Friday, 4 December 2026 in Tokyo.

A few practical points:

  * Keynote: 13:10-14:00 (40 min talk + 10 min Q&A), Hall A, Sakura Hotel Tokyo
  * Rehearsal: 11:30, same room. Simultaneous interpretation (EN/JA) is provided.
  * Honorarium: JPY 300,000. As you are a non-resident, Japanese withholding tax
    of 20.42% applies unless a tax treaty relief form is filed before payment.
    If you would like to use the treaty, we will send you the form
    (Application Form for Income Tax Convention) to sign.
  * Travel: business-class airfare and three nights at the venue hotel are covered.

Could you send us your slides by 20 November so that the interpreters can prepare?
""" + SIG_SAOTOME + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "海外講師への英文の日程・謝金案内。個人データなし、免責文のみ",
    },
    {
        "id": "koushi-020",
        "sender": MORISHITA,
        "to": ["ことばリンク 派遣コーディネーター <haken@kotoba-link.or.jp>"],
        "subject": "要約筆記者の派遣依頼（12/3 コンプライアンス研修）",
        "charset": "iso-2022-jp",
        "body": """特定非営利活動法人ことばリンク
派遣コーディネーター様

はじめてご連絡いたします。日の出産業株式会社 人事部の森下と申します。

12月3日（木）13:00〜17:00に本社で実施するコンプライアンス研修に、
営業第二部の比嘉 蒼（ひが あおい）が受講予定です。
比嘉は重度の感音性難聴（身体障害者手帳3級）があり、講義の内容を
リアルタイムで文字にしていただける要約筆記をお願いしたいと考えております。

・場所：東京都港区芝2-11-5 日の出ビル 7階 大会議室
・形式：パソコン要約筆記（スクリーン表示ではなく本人の手元PCへの表示を希望）
・講師：外部講師1名、講義中心（グループワーク30分あり）

費用とご手配の可否をお知らせいただけますでしょうか。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "氏名のわかる受講者の障害（難聴・手帳等級）を外部団体へ：要配慮個人情報",
    },
]


# -- 021-040 -----------------------------------------------------------------------------

_P025 = _people(12, "025")
_P028 = _people(8, "028")
_P029 = _people(9, "029")
_P036 = _people(10, "036")

_P2 = [
    {
        "id": "koushi-021",
        "sender": MORISHITA,
        "to": ["長谷部様 <hasebe@sakura-hotel.jp>"],
        "subject": "11/26 研修当日の連絡先について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会営業
長谷部様

お世話になっております。日の出産業の森下です。
11月26日の研修当日、何かございましたら以下の者の携帯までご連絡ください。
（私は午前中、本社での別件があり到着が12時頃になります）

・事務局　柏木 亮　　　０８０−４４１７−２０９３
・事務局　吉岡 千尋　　０９０−８８３２−５１６０
・講師　　神長 航 先生　０７０−３１０９−７７４２（会場到着は12:30予定）

なお、講師控室は「萩の間」をご用意いただいていると伺っております。
よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "3名分の氏名と携帯番号（5名未満）をホテルへ：警告はあり得るが保留不要",
    },
    {
        "id": "koushi-022",
        "sender": NIKAIDO,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
        "subject": "会場仮予約のお願い（2027/3/5 セミナー）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業 営業企画部の二階堂です。
下記の日程で、お客様向けセミナーの会場を仮予約させていただけますでしょうか。

　日時：2027年3月5日（金）12:00〜18:00（設営含む）
　人数：120名（スクール形式）
　その他：登壇者控室1室、受付用の長机2台、有線マイク2本・ワイヤレス2本

正式な申込は講師の先生方の日程が確定次第、2週間以内にご連絡いたします。
よろしくお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "提携先 sakura-hotel.jp の似姿 sakura-hote1.jp（l→1）宛て",
    },
    {
        "id": "koushi-023",
        "sender": IGARASHI,
        "to": ["安全管理課 <anzen@kohoku-unyu.co.jp>", "工務部 鴨志田様 <kamoshida@marusan-kogyo.co.jp>",
               "青葉運輸 総務 <soumu@aoba-unyu.co.jp>", "禰津様 <nezu@toko-setsubi.jp>"],
        "subject": "【ご案内】協力会社様向け 安全衛生講習（外部講師）",
        "charset": "iso-2022-jp",
        "body": """協力会社各位

平素より大変お世話になっております。
日の出産業株式会社 総務部 安全衛生グループの五十嵐です。

構内作業に従事される協力会社の皆様を対象に、労働安全コンサルタントの
先生をお招きして安全衛生講習を開催いたします。

　日時：2027年1月27日（水）9:30〜11:30
　会場：川崎物流センター 2階 研修室
　講師：労働安全コンサルタント（外部講師）
　内容：フォークリフト周辺での接触災害防止、熱中症以外の季節災害

参加人数を1月15日（金）までに本メールへの返信でお知らせください。
受講料は無料です。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "協力会社4社の担当者をToに並べた一斉案内：Bccにすべき",
    },
    {
        "id": "koushi-024",
        "sender": KENSHU,
        "to": [KENSHU],
        "bcc": ["purchasing@kawasaki-denki.co.jp", "jinji@kohoku-unyu.co.jp",
                "kenshu@marusan-kogyo.co.jp", "soumu@aoba-unyu.co.jp", "hr@toko-setsubi.jp"],
        "subject": "【ご案内】品質工学セミナー（講師：清陵大学 五百旗頭教授）参加者募集",
        "charset": "iso-2022-jp",
        "body": """お取引先各位
（本メールはBCCにてお送りしております）

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 研修事務局でございます。

このたび弊社では、清陵大学 工学部の五百旗頭教授をお招きし、
品質工学セミナーを開催いたします。お取引先の皆様にもご参加いただけるよう
若干の席をご用意いたしましたので、ご案内申し上げます。

　日時：2027年2月10日（水）13:30〜16:30
　会場：日の出産業 技術研修センター（オンライン併用）
　定員：お取引先様枠 20名（先着順）
　参加費：無料

お申込みは、2月1日（月）までに本メールへご返信ください。

日の出産業株式会社 研修事務局
kenshu@hinode-sangyo.co.jp / TEL 03-5442-7310
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "取引先5社への案内を正しくBccで送信。To/Ccは社内のみ",
    },
    {
        "id": "koushi-025",
        "sender": OKOCHI,
        "to": ["芦田様 <ashida@kanda-kaikei.jp>"],
        "cc": ["神田会計事務所 所長 <kanda@kanda-kaikei.jp>"],
        "subject": "法定調書（報酬・料金等の支払調書）作成資料",
        "charset": "iso-2022-jp",
        "body": """芦田様
（CC：神田所長）

いつもお世話になっております。日の出産業 経理部の大河内です。
2026年分の報酬・料金等の支払調書について、作成用の一覧をお送りいたします。
対象は外部講師12名です。個人番号は講師の皆様からご提出いただいたものを
転記しております。

※先日パスワード付きでお送りしたファイルが開けないとのことでしたので、
　今回はそのまま添付しております。お手数ですが、受領後はご返信ください。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "xlsx", "name": "2026_支払調書作成資料_講師謝金.xlsx",
            "sheets": {
                "講師一覧": [["報酬・料金等の支払調書 作成資料（2026年分）", "", "", "", "", ""],
                             ["区分", "氏名", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
                + [["講演料", p["name"], my_number(SEED + 250 + i), f"{p['addr']}",
                    80000 * (1 + i % 4), int(80000 * (1 + i % 4) * 0.1021)]
                   for i, p in enumerate(_P025)],
                "合計": [["人数", 12], ["支払金額計", sum(80000 * (1 + i % 4) for i in range(12))]],
            },
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師12名の個人番号・住所の一覧を暗号化なしのXLSXで税理士事務所へ",
    },
    {
        "id": "koushi-026",
        "sender": OKOCHI,
        "to": ["ミライ人材開発 経理部 <keiri@mirai-jinzai.co.jp>"],
        "subject": "請求書受領のご連絡（請求番号 MJ-2611-0387）",
        "charset": "iso-2022-jp",
        "body": """株式会社ミライ人材開発
経理部 ご担当者様

お世話になっております。日の出産業株式会社 経理部の大河内です。
下記の請求書を受領いたしましたのでご連絡いたします。

　請求番号　　：MJ-2611-0387
　件名　　　　：新任管理職研修（11/12・13）講師派遣料・教材費
　請求金額　　：1,188,000円（税込）
　適格請求書発行事業者登録番号：T3526018159083
　お支払予定日：2026年12月25日（金）

お支払いは請求書記載の御社口座へお振込みいたします。
よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "研修会社の請求書受領連絡。登録番号（法人）と請求番号のみ",
    },
    {
        "id": "koushi-027",
        "sender": SHISHIDO,
        "to": ["iokibe.h@seiryo-u.ac.jp"],
        "subject": "旅費精算書のご確認のお願い",
        "charset": "utf-8",
        "body": """五百旗頭先生

先日はご講演いただき、誠にありがとうございました。
受講者アンケートでも「実務にすぐ使える」と大変好評でした。

旅費精算書を作成しましたので、添付のPDFをご確認のうえ、
ご署名いただいたものを返送いただけますでしょうか。
新幹線の領収書原本もあわせてご送付いただけますと助かります。
""" + SIG_SHISHIDO,
        "attachments": [{"kind": "corrupt", "name": "旅費精算書_五百旗頭先生.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付PDFが壊れていて検査できない",
    },
    {
        "id": "koushi-028",
        "sender": MORISHITA,
        "to": [OKOCHI, KASHIWAGI],
        "subject": "12月支払分 講師謝金・源泉税の確認",
        "charset": "shift_jis",
        "body": """大河内さん
（cc 柏木さん）

お疲れさまです。森下です。
12月に支払う外部講師8名分の謝金と源泉税を整理しました。
支払調書用の住所もあわせて記載しています。ご確認をお願いします。

""" + _padz([["氏名", "住所", "謝金（税抜）", "源泉税"]]
            + [[p["name"], p["addr"], f"{50000 + i * 10000:,}円", f"{int((50000 + i * 10000) * 0.1021):,}円"]
               for i, p in enumerate(_P028)]) + """

※寒河江先生分は交通費実費 12,340円 を別途加算（源泉対象外）。
よろしくお願いします。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "講師8名の住所と謝金の一覧だが、宛先は社内のみ",
    },
    {
        "id": "koushi-029",
        "sender": NIKAIDO,
        "to": ["domeki@stageworks.co.jp"],
        "cc": ["ステージワークス 制作部 <seisaku@stageworks.co.jp>"],
        "subject": "【更新】登壇者リスト v4（到着便を追記）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>百目鬼様、制作部の皆様</p>
<p>お世話になっております。二階堂です。<br>
登壇者リストを更新しましたので、以下のとおり共有いたします（v4）。<br>
到着便と当日の携帯番号を追記しています。空港でのお出迎えの手配をお願いします。</p>
""" + _html_table([["No", "氏名", "所属・役職", "携帯電話", "メール", "到着便"]]
                  + [[i + 1, p["name"],
                      ["東都物流大学 教授", "㈱ロジテック総研 主任研究員", "港北運輸㈱ 取締役",
                       "北辰コンサルティング 代表", "ネクスト倉庫㈱ DX推進室長", "フリーランス",
                       "国土交通政策研究所 研究官", "㈱サプライリンク CTO", "東洋梱包㈱ 部長"][i],
                      p["mobile"], p["email"],
                      ["JAL 3051 11:05着", "ANA 241 10:40着", "新幹線", "SKY 703 09:55着",
                       "新幹線", "ANA 995 11:20着", "新幹線", "JAL 905 10:10着", "新幹線"][i]]
                     for i, p in enumerate(_P029)]) + """
<p>変更点：4番の先生の到着便が変更になりました。</p>
<p>--<br>日の出産業株式会社 営業企画部 二階堂 彩<br>TEL 03-5442-7655</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールで登壇者9名の携帯・メールの表をイベント会社へ",
    },
    {
        "id": "koushi-030",
        "sender": KASHIWAGI,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "【機密】中期人材育成計画（ドラフト）ご提案依頼の前提資料",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━━━━━
　機密区分：機密（関係者限り・転送禁止）
━━━━━━━━━━━━━━━━━━━━━━

ミライ人材開発 宮園様

お世話になっております。柏木です。
次年度のご提案をお願いするにあたり、弊社の中期人材育成計画の
骨子をお伝えします。まだ役員会前のドラフトですのでご留意ください。

1. 2028年までに管理職の女性比率を12％→20％へ
2. 工場長・センター長候補の後継者育成プログラムを新設（対象15名）
3. 技術系社員のリスキリング（データ分析・生産DX）に年間4,000万円を投資
4. 人事制度改定（2027年10月予定）に合わせ評価者研修を全管理職に実施

上記のうち2と4について、外部講師を含めたプログラム案をご提案ください。
提出期限は12月18日（金）です。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "件名と本文冒頭に「機密」の区分表示：社外への送付は保留",
    },
    {
        "id": "koushi-031",
        "sender": MORISHITA,
        "to": ["北国フーズ 法人配達係 <delivery@kitaguni-foods.co.jp>"],
        "subject": "お弁当のご注文（12/3 本社7階）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
法人配達係 ご担当者様

いつもお世話になっております。日の出産業の森下です。
12月3日（木）の研修用に、昼食のお弁当を注文いたします。

　お届け：12月3日（木）11:45　本社7階 大会議室前
　内容　：幕の内弁当（松）× 31個
　　　　　ハラール対応弁当 × 1個

ハラール対応の1個は、講師としてお招きするアフマド・ハキム先生の分です。
先生はムスリムでいらっしゃるため、豚肉・アルコール（みりん等の調味料を含む）
を使用しないものをお願いいたします。お弁当には先生のお名前を付箋で
貼っていただけますと助かります。

請求書は通常どおり総務部宛てでお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の講師の信仰（ムスリム）を仕出し業者へ：信条は要配慮個人情報",
    },
    {
        "id": "koushi-032",
        "sender": IGARASHI,
        "to": ["delivery@kitaguni-foods.co.jp"],
        "subject": "お弁当注文（1/27 川崎物流センター）",
        "charset": "shift_jis",
        "body": """北国フーズ様

お世話になっております。日の出産業 総務部の五十嵐です。
1/27（水）の安全衛生講習の昼食を以下でお願いします。

　・日替わり弁当　　　　　　　38個
　・幕の内弁当（竹）　　　　　 2個（講師・来賓用）
　・お茶（500ml）　　　　　　40本

お届け先：川崎物流センター 2階 研修室（11:30着）
ご担当：五十嵐（当日の連絡は代表 044-280-7700 経由でお願いします）

よろしくお願いいたします。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "数量のみの弁当発注。個人データなし",
    },
    {
        "id": "koushi-033",
        "sender": KASHIWAGI,
        "to": ["桐生 先生 <kiryu@coaching-lab.jp>"],
        "subject": "評価者研修 受講後アンケート集計のご共有",
        "charset": "utf-8",
        "body": """【社外秘】
日の出産業株式会社 人事部 作成　2026.12.09

桐生先生

先日は評価者研修でのご登壇、ありがとうございました。
受講後アンケートの集計結果をお送りします。次回の改善の参考にしてください。

■回答数　38名／受講者41名（回収率 92.7％）
■満足度（5段階）
　・研修全体　　　　　　4.3
　・講師の説明のわかりやすさ　4.5
　・ロールプレイの有用性　3.8
■自由記述（抜粋）
　・評価面談のロールプレイをもう少し長く取りたかった
　・実際の等級定義を使った演習だったので身近に感じた
　・来期の制度改定（昇格要件の厳格化）との関係も知りたい

※本資料には人事制度改定の社内検討内容を含みますので、
　先生限りでのお取り扱いをお願いいたします。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "本文冒頭に【社外秘】の区分表示がある集計資料を外部講師へ",
    },
    {
        "id": "koushi-034",
        "sender": MORISHITA,
        "to": ["星野社会保険労務士事務所 <office@hoshino-sr.jp>"],
        "subject": "外国人雇用状況届出のお願い（語学研修講師の短期雇用）",
        "charset": "utf-8",
        "body": """星野社会保険労務士事務所
星野先生

お世話になっております。日の出産業の森下です。
社内英語研修の講師として、1月から3か月間、下記の方を嘱託で雇用いたします。
ハローワークへの外国人雇用状況届出をお願いできますでしょうか。

　氏名　　　　：ANDERSON, Claire Louise
　生年月日　　：1991年7月14日
　性別　　　　：女
　国籍・地域　：カナダ
　在留資格　　：技術・人文知識・国際業務
　在留期間　　：2028年4月30日まで
　在留カード番号：RZ48120377FA
　雇入れ日　　：2027年1月6日
　勤務先　　　：本社（東京都港区）

在留カードの写しは別途郵送いたします。
よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "外国籍講師の在留カード番号と生年月日を社労士事務所へ",
    },
    {
        "id": "koushi-035",
        "sender": SHISHIDO,
        "to": ["yagi.naoko@tohto-logistics-u.ac.jp"],
        "subject": "謝金お振込み先のご確認",
        "charset": "iso-2022-jp",
        "body": """東都物流大学
八木 直子 先生

お世話になっております。日の出産業 技術研修センターの宍戸です。
1月22日のご講演の謝金につき、お振込み前に口座のご確認をお願いいたします。

　金融機関：はまなす銀行（0562）　大学前出張所
　口座種別：普通
　口座番号：4417208
　口座名義：ヤギ ナオコ

上記でお間違いなければ、2月末日にお振込みいたします。
お手数ですが、ご返信いただけますと幸いです。
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "講師本人へ本人の振込先の確認（1名分）：警告はあり得るが保留不要",
    },
    {
        "id": "koushi-036",
        "sender": HAMANO,
        "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
        "subject": "FW: 【ラーニングアーク】合宿研修 参加者名簿",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の浜野です。
1月の合宿研修（2泊）の宿泊者について、研修会社から届いた名簿を
そのまま転送いたします。部屋割り（喫煙・禁煙）の参考にしてください。

浜野
""",
        "attachments": [{
            "kind": "eml", "name": "合宿研修 参加者名簿.eml",
            "message": {
                "sender": "津田 <tsuda@learning-arc.co.jp>",
                "to": [HAMANO],
                "subject": "合宿研修 参加者名簿",
                "charset": "iso-2022-jp",
                "body": """日の出産業 浜野様

お世話になっております。ラーニングアークの津田です。
合宿研修の参加者名簿（確定版）を添付いたします。
宿泊手配の際にご利用ください。

津田
""",
                "attachments": [{
                    "kind": "csv", "name": "合宿研修_参加者名簿_確定.csv", "encoding": "cp932",
                    "rows": [["No", "氏名", "性別", "喫煙", "携帯番号", "到着予定"]]
                    + [[i + 1, p["name"], _sex(p), "禁煙" if i % 4 else "喫煙",
                        p["mobile"], "14:00" if i % 3 else "16:30"] for i, p in enumerate(_P036)],
                }],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "10名の参加者名簿（携帯）を含むメールを添付メールとしてホテルへ転送",
    },
    {
        "id": "koushi-037",
        "sender": NIKAIDO,
        "to": ["宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "フォーラム当日プログラム 入稿データ",
        "charset": "iso-2022-jp",
        "body": """錦印刷 宇佐美様

お世話になっております。二階堂です。
12/4 物流DXフォーラムの当日プログラム（A4二つ折り）の原稿です。
Web掲載済みの内容と同じですので、そのまま組版をお願いします。

【プログラム】
13:00　開会挨拶　　日の出産業株式会社 代表取締役社長　相馬 和彦
13:10　基調講演　　「世界の物流はどこへ向かうか」
　　　　　　　　　Northwind Consulting　Daniel Okafor 氏
14:10　講演1　　　「倉庫自動化の投資判断」
　　　　　　　　　株式会社ロジテック総研 主任研究員　及川 志保 氏
15:00　講演2　　　「中小運送会社のDX、最初の一歩」
　　　　　　　　　港北運輸株式会社 取締役　寒河江 修 氏
15:50　パネル討論　モデレーター：東都物流大学 教授　八木 直子 氏
17:00　閉会

部数は300部、納品は12/2（水）午前にお願いします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "公開済みの講演プログラム（氏名・所属・役職のみ、連絡先なし）を印刷会社へ",
    },
    {
        "id": "koushi-038",
        "sender": MORISHITA,
        "to": ["hayasaka.megumi.coach@gmail.com"],
        "cc": ["akutsu.takayuki@gmail.com", "iokibe.h@seiryo-u.ac.jp"],
        "subject": "講師懇親会のご案内（12/18）",
        "charset": "iso-2022-jp",
        "body": """早坂先生、阿久津先生、五百旗頭先生

いつも弊社の研修にご協力いただき、ありがとうございます。
日の出産業の森下です。

今年度お世話になった講師の先生方をお招きして、ささやかな懇親会を
開きたく、ご案内申し上げます。

　日時：12月18日（金）18:30〜20:30
　場所：さくらホテル 1階 レストラン「楓」
　会費：不要です

ご出欠を12月11日までにお知らせいただけますと幸いです。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "個人の講師2名（同じgmail.comでも各1者）と大学教員をTo/Ccに並べて送信：3者が互いに見える",
    },
    {
        "id": "koushi-039",
        "sender": SHISHIDO,
        "to": ["k-namatame.0312@docomo.ne.jp"],
        "subject": "明日の集合場所",
        "charset": "shift_jis",
        "body": """生田目先生

宍戸です。明日はよろしくお願いします。
本厚木駅北口ロータリーに8:40、白のワゴン車（社名入り）でお待ちしております。
車で20分ほどで研修センターに着きます。

何かあれば研修センター代表 046-285-6611 までお電話ください。

宍戸
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "携帯キャリアのアドレスの講師1名への連絡。個人データなし",
    },
    {
        "id": "koushi-040",
        "sender": IGARASHI,
        "to": ["フィールドアカデミー 運営部 仁科様 <nishina@field-academy.co.jp>"],
        "subject": "研修中の負傷事故について（保険請求用情報）",
        "charset": "iso-2022-jp",
        "body": """株式会社フィールドアカデミー
運営部 仁科様

お世話になっております。日の出産業 総務部の五十嵐です。
11月20日のアウトドア・チームビルディング研修中に受講者が負傷した件で、
御社加入の傷害保険の請求に必要な情報をお送りします。

　受講者氏名　：宇佐美 颯太（ウサミ ソウタ）
　生年月日　　：平成7年3月8日
　所属　　　　：物流部 川崎物流センター
　健康保険証　：協会けんぽ　記号 31120457　番号 118
　受傷の状況　：ロープ渡りの課題中に着地に失敗
　傷病名　　　：右足関節外果骨折（全治8週間の診断）
　受診医療機関：厚木中央総合病院 整形外科（11/20 救急搬送）

診断書の写しは本人の了承を得て郵送いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "受講者の健康保険証の記号・番号と傷病名（要配慮）を研修会社へ",
    },
]


# -- 041-060 -----------------------------------------------------------------------------

_P041 = _people(15, "041")
_P047 = _people(14, "047")
_P053 = _people(7, "053")
_P060 = _people(12, "060")

_P3 = [
    {
        "id": "koushi-041",
        "sender": SHISHIDO,
        "to": ["日本物流技能振興会 講習事業課 <koushu@butsuryu-ginou.or.jp>"],
        "subject": "修了証発行申請（玉掛け特別教育 12/9・10 実施分）",
        "charset": "iso-2022-jp",
        "body": """一般財団法人日本物流技能振興会
講習事業課 御中

お世話になっております。日の出産業 技術研修センターの宍戸です。
12月9日・10日に貴会講師をお招きして実施した玉掛け特別教育について、
修了者15名の名簿をPDFでお送りいたします。修了証の発行をお願いいたします。

修了証は技術研修センター宛てに一括でご送付ください。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "pdf", "name": "修了者名簿_玉掛け特別教育_20261210.pdf",
            "title": "修了者名簿",
            "lines": ["玉掛け特別教育　修了者名簿", "実施日：2026年12月9日・10日　実施場所：日の出産業 技術研修センター",
                      "講師：日本物流技能振興会 派遣講師", ""],
            "table": [["No", "氏名", "フリガナ", "生年月日", "所属"]]
            + [[i + 1, p["name"], p["kana"], _dob(p, "full"),
                ["生産一課", "生産二課", "物流部", "設備保全課", "品質保証部"][i % 5]]
               for i, p in enumerate(_P041)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "修了者15名の氏名・和暦の生年月日をPDFの表で外部団体へ",
    },
    {
        "id": "koushi-042",
        "sender": MORISHITA,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "新任管理職研修 受講案内（最終版）",
        "charset": "iso-2022-jp",
        "body": """宮園様

お世話になっております。森下です。
受講者に配布する研修案内の最終版をPDFでお送りします。
講師の先生にもお渡しいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "pdf", "name": "新任管理職研修_受講案内_最終.pdf",
            "lines": ["2026年度 新任管理職研修 受講案内",
                      "日程：2026年11月12日（木）9:30〜17:30／13日（金）9:00〜17:00",
                      "会場：日の出ビル 7階 大会議室",
                      "講師：株式会社ミライ人材開発 派遣講師　月見里 恵 氏",
                      "",
                      "1日目　管理職の役割／労務管理の基礎／ケース討議",
                      "2日目　部下育成とフィードバック／評価面談ロールプレイ／行動計画",
                      "",
                      "持ち物：事前課題（提出済みのもの）、筆記用具、社員証",
                      "服装：ビジネスカジュアル可",
                      "問い合わせ：人事部 人材開発課（内線 4310）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "受講案内PDF（日程・内容・講師名のみ）を研修会社へ",
    },
    {
        "id": "koushi-043",
        "sender": KASHIWAGI,
        "to": ["ツバサシステム LMSサポート <lms-support@tsubasa-systems.jp>"],
        "subject": "eラーニング受講アカウントの追加発行依頼",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム株式会社
LMSサポート ご担当者様

お世話になっております。日の出産業 人事部の柏木です。
中途入社者のため、受講アカウントを4件追加でお願いいたします。

　1. 禰津 恵　　　nezu.megumi@hinode-sangyo.co.jp　（営業第一部）
　2. 我妻 航　　　wagatsuma.wataru@hinode-sangyo.co.jp　（技術本部）
　3. 生田目 舞　　namatame.mai@hinode-sangyo.co.jp　（経理部）
　4. 寒河江 敦　　sagae.atsushi@hinode-sangyo.co.jp　（物流部）

付与コース：新入社員必修パック（情報セキュリティ、コンプライアンス、ハラスメント）
開始日：12月1日

よろしくお願いいたします。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "提携先 tsubasa-system.jp の似姿 tsubasa-systems.jp（s追加）宛て。4名分の氏名・メール",
    },
    {
        "id": "koushi-044",
        "sender": KASHIWAGI,
        "to": ["ツバサシステム LMSサポート <lms-support@tsubasa-system.jp>"],
        "subject": "Re: eラーニング受講アカウントの追加発行依頼",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム LMSサポート ご担当者様

お世話になっております。柏木です。
先ほどのメールは宛先を誤っておりました。失礼いたしました。
改めて、以下3名のアカウント発行をお願いいたします（1名は入社辞退となりました）。

・禰津 恵（営業第一部）　nezu.megumi@hinode-sangyo.co.jp
・我妻 航（技術本部）　　wagatsuma.wataru@hinode-sangyo.co.jp
・寒河江 敦（物流部）　　sagae.atsushi@hinode-sangyo.co.jp

付与コースと開始日は前回のとおりです。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "正しい提携先ドメインへ3名分のアカウント情報：5名未満で保留不要",
    },
    {
        "id": "koushi-045",
        "sender": HAMANO,
        "to": ["桐生 先生 <kiryu@coaching-lab.jp>"],
        "subject": "業務委託契約書（講師業務）のご確認",
        "charset": "iso-2022-jp",
        "body": """コーチングラボ
桐生先生

お世話になっております。日の出産業 総務部の浜野です。
2027年度の評価者研修の講師業務委託契約書をお送りいたします。
PDFにはパスワードをかけております。パスワードは、先生の携帯電話番号の
下4桁です（先日お電話でお伝えしたとおりです）。

内容をご確認のうえ、問題なければ製本版を郵送いたします。
""" + SIG_HAMANO,
        "attachments": [{
            "kind": "pdf", "name": "業務委託契約書_コーチングラボ_2027.pdf", "password": "5521",
            "lines": ["業務委託契約書", "日の出産業株式会社（以下「甲」）とコーチングラボ（以下「乙」）は…"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDF：中身を検査できない",
    },
    {
        "id": "koushi-046",
        "sender": SAOTOME,
        "to": ["Daniel Okafor <d.okafor@northwind-consulting.com>"],
        "subject": "Re: Passport details for the hotel booking",
        "charset": "utf-8",
        "body": """Dear Daniel,

Thank you for sending these so quickly. We have passed them on to the hotel,
and your room (non-smoking, king bed) is confirmed for 2-5 December.
A car will pick you up at Haneda Terminal 3 on arrival.

See you in Tokyo!

Takumi

On Mon, 16 Nov 2026 at 08:12, Daniel Okafor <d.okafor@northwind-consulting.com> wrote:
> Dear Takumi,
>
> As requested, here are my details for the hotel registration:
>
>   Full name:        Daniel Chukwuemeka Okafor
>   Nationality:      British
>   Passport number:  562018447
>   Date of birth:    21 March 1975
>
> Best,
> Daniel
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "旅券情報は受信者本人が送った引用部分のみ。新しい本文に個人データなし",
    },
    {
        "id": "koushi-047",
        "sender": MORISHITA,
        "to": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "合宿研修 受講者名簿・座席表（ZIP）",
        "charset": "utf-8",
        "body": """ラーニングアーク 津田様

お世話になっております。森下です。
1月の合宿研修の受講者名簿と座席表をZIPにまとめてお送りします。
名簿には当日の緊急連絡用に携帯番号も入れています。

森下
""",
        "attachments": [{
            "kind": "zip", "name": "合宿研修_名簿_座席表.zip",
            "files": [
                {"kind": "xlsx", "name": "受講者名簿.xlsx",
                 "sheets": {"名簿": [["氏名", "ふりがな", "所属", "メール", "携帯（緊急連絡用）"]]
                            + [[p["name"], p["kana"], ["営業", "技術", "管理"][i % 3],
                                f"{p['user']}@hinode-sangyo.co.jp", p["mobile"]]
                               for i, p in enumerate(_P047)]}},
                {"kind": "docx", "name": "座席表.docx",
                 "paragraphs": ["合宿研修 座席表（1日目）"],
                 "tables": [[["A島", "B島", "C島"]]
                            + [[_P047[j]["name"], _P047[j + 5]["name"],
                                _P047[j + 10]["name"] if j + 10 < 14 else ""] for j in range(5)]]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP内のXLSXに14名の受講者名簿（メール・携帯）：名簿の社外送付",
    },
    {
        "id": "koushi-048",
        "sender": MORISHITA,
        "to": ["産業医 <sangyoi@hinode-sangyo.co.jp>", "健康管理室 <kenko@hinode-sangyo.co.jp>"],
        "subject": "合宿研修参加予定者の健康面の配慮について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """健康管理室 各位

お疲れさまです。人材開発課の森下です。
1月の合宿研修（2泊3日、野外活動あり）の参加予定者のうち、
本人から申し出のあった以下2名について、参加可否と配慮事項を
ご相談させてください。

・上杉 理沙（経理部）　　1型糖尿病でインスリン自己注射中。食事時間の固定を希望。
・鬼塚 匠（品質保証部）　てんかんの既往あり。服薬でコントロール中とのこと。

研修会社には「健康上の配慮が必要な方がいる」とのみ伝え、
病名は伝えない予定です。ご意見をいただけますと助かります。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "受講者2名の病歴（要配慮）を含むが宛先は社内の産業医・健康管理室のみ",
    },
    {
        "id": "koushi-049",
        "sender": OKOCHI,
        "to": ["oikawa.shiho.office@yahoo.co.jp"],
        "subject": "個人番号のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": f"""及川 志保 様

いつもお世話になっております。日の出産業株式会社 経理部の大河内です。
先日ご提出いただいた「個人番号のご提供について」の用紙ですが、
数字がかすれて読み取りにくい箇所がございました。

当方で読み取った番号は以下のとおりです。
　{my_number(SEED + 490)}

こちらでお間違いないか、ご確認いただけますでしょうか。
誤りがある場合は、お手数ですが正しい番号をお知らせください。

よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "本人宛てでもマイナンバーをメール本文で社外へ（フリーメール）",
    },
    {
        "id": "koushi-050",
        "sender": OKOCHI,
        "to": ["唐沢 譲 様 <karasawa@hokushin-consulting.jp>"],
        "subject": "支払調書の送付について",
        "charset": "iso-2022-jp",
        "body": """北辰コンサルティング
唐沢 譲 様

平素より大変お世話になっております。
日の出産業株式会社 経理部の大河内でございます。

2026年中にお支払いした講演料につきまして、
「報酬、料金、契約金及び賞金の支払調書」を1月20日頃に郵送いたします。
確定申告の際のご参考としてお使いください。

なお、支払調書の写しには個人番号は記載しておりません。
ご不明な点がございましたら、経理部までお問い合わせください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "支払調書の郵送案内。番号等の個人データなし",
    },
    {
        "id": "koushi-051",
        "sender": KASHIWAGI,
        "to": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "Re: 1月の講師ご予定について",
        "charset": "utf-8",
        "body": """津田様

お世話になっております。柏木です。
1月の営業力強化研修でご提案いただいている講師の件ですが、
社内で確認したところ、芦田 隆之 氏は昨年、傷害の容疑で逮捕されたと
報道されており（その後の処分は不明）、役員から別の方をとの指示がありました。

大変恐縮ですが、別の講師の方をご提案いただけますでしょうか。
事情が事情ですので、ご本人への伝え方はお任せいたします。

> 柏木様
> 1月の営業力強化研修の講師は、芦田 隆之を予定しております。
> プロフィールを添付いたしますのでご確認ください。
> 津田
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の講師候補の逮捕歴（要配慮個人情報）を新しい本文で研修会社へ",
    },
    {
        "id": "koushi-052",
        "sender": KASHIWAGI,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "来期の講師ご担当について",
        "charset": "iso-2022-jp",
        "body": """ミライ人材開発 宮園様

お世話になっております。柏木です。
来期の新任管理職研修の講師について、ご相談です。

今期の受講者アンケートでは、講義パートの評価は高かった一方、
「自社の事例に近い演習がほしい」という声が多く寄せられました。
来期は製造業の現場経験がある講師の方を中心にご提案いただけますと幸いです。

今期ご担当いただいた講師の方には、引き続き2日目の評価面談パートを
お願いできればと考えております。

ご検討のほど、よろしくお願いいたします。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "講師交代の相談（アンケートに基づく一般的な理由）。個人データなし",
    },
    {
        "id": "koushi-053",
        "sender": MORISHITA,
        "to": ["ミライ人材開発 講師管理課 <koushi-kanri@mirai-jinzai.co.jp>"],
        "subject": "講師旅費の立替精算一覧（11月分）",
        "charset": "utf-8",
        "body": """ミライ人材開発 講師管理課 御中

お世話になっております。日の出産業の森下です。
御社経由で支払っていただく講師旅費（11月分、7名）の一覧です。
Excelから貼り付けていますので、表計算ソフトに貼り直してご利用ください。

""" + _tsv([["講師名", "出発地（自宅）", "交通費", "振込先"]]
           + [[p["name"], f"〒{p['zip']} {p['addr']}", f"{(i * 3719) % 20000 + 4800}",
               f"{p['bank']} {p['branch']} 普通 {p['acct']}"] for i, p in enumerate(_P053)]) + """

ご不明点があればお知らせください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "講師7名の自宅住所と口座のタブ区切り一覧を研修会社へ",
    },
    {
        "id": "koushi-054",
        "sender": SHISHIDO,
        "to": ["yoshioka-chihiro@outlook.jp"],
        "subject": "交通費の精算方法について",
        "charset": "iso-2022-jp",
        "body": """吉岡先生

お世話になっております。日の出産業 技術研修センターの宍戸です。
交通費の精算方法についてご案内いたします。

・新幹線・特急：領収書（原本）をご提出ください。ICカード利用の場合は
　利用履歴の印字で結構です。
・タクシー：本厚木駅〜研修センター間のみ対象です。
・宿泊：前泊が必要な場合は弊社で手配いたします（上限 12,000円／泊）。

領収書は当日、受付にお渡しいただくか、後日下記住所へ郵送してください。
〒243-0303 神奈川県愛甲郡愛川町中津4010-1 日の出産業 技術研修センター 宍戸 宛
""" + SIG_SHISHIDO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "フリーメールの講師1名へ旅費規程の案内。住所は自社事業所のみ",
    },
    {
        "id": "koushi-055",
        "sender": NIKAIDO,
        "to": ["及川 志保 <oikawa@logitech-soken.co.jp>", "寒河江 修 <sagae.o@kohoku-unyu.co.jp>",
               "八木 直子 <yagi.naoko@tohto-logistics-u.ac.jp>"],
        "subject": "パネル討論 事前打合せ（11/20 オンライン）",
        "charset": "iso-2022-jp",
        "body": """及川様、寒河江様、八木先生

お世話になっております。日の出産業の二階堂です。
12/4 フォーラムのパネル討論について、事前打合せの日時が決まりましたので
ご連絡いたします。

　日時：11月20日（金）16:00〜17:00
　方法：Teams（招待は別途お送りします）
　内容：論点のすり合わせ、持ち時間、スライド使用の有無

モデレーターの八木先生から、事前に論点メモをお送りいただく予定です。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "3つの外部組織の登壇者をToに並べて送信：互いのアドレスが見える",
    },
    {
        "id": "koushi-056",
        "sender": KASHIWAGI,
        "to": ["唐沢 譲 様 <karasawa@hokushin-consulting.jp>"],
        "cc": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "営業力強化研修（1月）ご登壇のお礼と今後の進め方",
        "charset": "iso-2022-jp",
        "body": """北辰コンサルティング 唐沢様
（cc：ラーニングアーク 津田様）

お世話になっております。日の出産業の柏木です。
このたびは急なお願いにもかかわらず、1月の営業力強化研修の講師を
お引き受けいただき、誠にありがとうございます。

今後の進め方は以下のとおりと考えております。
　12/15　研修会社様を交えたキックオフ（オンライン）
　12/25　テキスト案のご提出
　1/8　　最終打合せ
　1/21・22　研修本番

ご不明点は津田様または私までお問い合わせください。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "講師と研修会社の2組織をTo/Ccに：通常の三者のやりとり",
    },
    {
        "id": "koushi-057",
        "sender": KASHIWAGI,
        "to": ["桐生 先生 <kiryu@coaching-lab.jp>"],
        "subject": "評価者研修で使う社内事例スライドのご確認",
        "charset": "utf-8",
        "body": """桐生先生

お世話になっております。柏木です。
2日目のケース討議で使う社内事例のスライドを作成しましたので、
研修の流れに合うかご確認いただけますでしょうか。
修正があれば直接書き込んでいただいて構いません。
""" + SIG_KASHIWAGI,
        "attachments": [{
            "kind": "pptx", "name": "評価者研修_社内事例_v2.pptx",
            "page_footer": "Confidential - Hinode Sangyo Internal Only",
            "slides": [
                ["ケース1：目標設定が曖昧な部下", "営業第二部の実例をもとに再構成",
                 "期初の目標が「前年並み」のみ", "中間面談が実施されていない"],
                ["ケース2：評価の甘辛", "A課とB課でS評価の比率が3倍違う",
                 "昇格判定への影響（2025年度実績）"],
                ["討議の進め方", "個人ワーク10分", "グループ討議25分", "発表・講師コメント15分"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "各スライドに「Confidential / Internal Only」の表示があるPPTXを外部講師へ",
    },
    {
        "id": "koushi-058",
        "sender": SHISHIDO,
        "to": ["iokibe.h@seiryo-u.ac.jp"],
        "subject": "講演資料へのコメント",
        "charset": "iso-2022-jp",
        "body": """五百旗頭先生

お世話になっております。宍戸です。
講演資料（ドラフト）を拝見しました。受講者の前提知識に合わせて、
いくつかコメントを添付のスライドにまとめましたのでご参照ください。
全体としては大変わかりやすく、このまま進めていただければと思います。
""" + SIG_SHISHIDO,
        "attachments": [{
            "kind": "pptx", "name": "講演資料コメント_技術研修センター.pptx",
            "slides": [
                ["全体コメント", "受講者の多くはSN比を聞いたことがある程度",
                 "直交表の説明は具体例を1つ増やしていただけると助かります"],
                ["P.12〜15", "事例は自動車部品でなく、弊社に近い包装機械だとより身近です"],
                ["演習", "電卓持参を案内済み", "演習時間は30分を確保しています"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "講演資料へのコメントPPTX。区分表示も個人データもなし",
    },
    {
        "id": "koushi-059",
        "sender": SHISHIDO,
        "to": ["かながわ技能講習センター 受付 <uketsuke@kanagawa-ginou.co.jp>"],
        "subject": "フォークリフト運転技能講習 受講申込（3名）",
        "charset": "shift_jis",
        "body": """かながわ技能講習センター
受付ご担当者様

お世話になっております。日の出産業 技術研修センターの宍戸です。
2月のフォークリフト運転技能講習（普通自動車免許保有者向け 31時間コース）に
下記3名の受講を申し込みます。

■受講者1
　氏名：鴨志田 颯太（カモシダ ソウタ）
　生年月日：平成10年6月2日
　運転免許証番号：第 301504218836 号（普通）
■受講者2
　氏名：禰津 健一（ネズ ケンイチ）
　生年月日：昭和63年11月19日
　運転免許証番号：第 452009371152 号（中型）
■受講者3
　氏名：我妻 麻衣子（ワガツマ マイコ）
　生年月日：平成4年1月27日
　運転免許証番号：第 308801294460 号（普通）

受講料は請求書払いでお願いいたします。
""" + SIG_SHISHIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "3名分でも運転免許証番号（本人確認書類の番号）を含むため保留",
    },
    {
        "id": "koushi-060",
        "sender": IGARASHI,
        "to": ["青葉運輸 貸切バス課 甲斐様 <kai@aoba-unyu.co.jp>"],
        "subject": "1/27 講習会 送迎バス 乗車名簿",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
貸切バス課 甲斐様

お世話になっております。日の出産業の五十嵐です。
1月27日の安全衛生講習の送迎バス（本社→川崎物流センター）の
乗車名簿をお送りします。当日、乗車確認にご利用ください。
連絡のつかない方がいた場合は、携帯へ直接お電話いただいて構いません。

氏名,所属,携帯,乗車地
""" + "\n".join(f"{p['name']},{['総務部', '人事部', '経理部', '営業第一部'][i % 4]},{p['mobile']},"
                f"{'本社前' if i % 3 else '品川駅港南口'}" for i, p in enumerate(_P060)) + """

講師の先生は別途タクシーで向かわれますので、名簿には含めておりません。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12名の氏名・携帯をカンマ区切りで本文に貼って運送会社へ",
    },
]


# -- 061-080 -----------------------------------------------------------------------------

_P061 = _people(10, "061")
_P062 = _people(8, "062")
_P063 = _people(7, "063")
_P065 = _people(20, "065")
_P067 = _people(6, "067")
_P068 = _people(4, "068")
_P078 = _people(8, "078")

_P4 = [
    {
        "id": "koushi-061",
        "sender": IGARASHI,
        "to": ["南川市消防本部 救急課 <kyumei@fd.city.minamikawa.lg.jp>"],
        "subject": "普通救命講習（出張講習）受講者名簿の提出",
        "charset": "iso-2022-jp",
        "body": """南川市消防本部 救急課
救命講習ご担当者様

お世話になっております。日の出産業株式会社 総務部の五十嵐です。
12月16日に弊社川崎物流センターで実施していただく普通救命講習Iについて、
受講者名簿（10名）を提出いたします。
修了証の作成にお使いいただけますと幸いです。
""" + SIG_IGARASHI,
        "attachments": [{
            "kind": "docx", "name": "普通救命講習_受講者名簿.docx",
            "title": "普通救命講習 受講者名簿",
            "paragraphs": ["普通救命講習I　受講者名簿", "事業所名：日の出産業株式会社 川崎物流センター",
                           "実施日：令和8年12月16日"],
            "tables": [[["No", "氏名", "ふりがな", "生年月日", "電話番号"]]
                       + [[str(i + 1), p["name"], p["kana"], _dob(p, "full"), p["mobile"]]
                          for i, p in enumerate(_P061)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "10名の受講者名簿（生年月日・電話）をDOCXの表で消防本部へ",
    },
    {
        "id": "koushi-062",
        "sender": MORISHITA,
        "to": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "Re: 合宿研修 グループ分け（案）",
        "charset": "iso-2022-jp",
        "body": f"""津田様

ご送付ありがとうございます。森下です。
グループ分けの案、拝見しました。基本的にこの案で問題ございません。
1点だけ、Bグループの{_P062[5]['sei']}さんの読みは「{_P062[5]['kana'].split()[0]}」です。
名札を作成される際にご注意いただけますと幸いです。

よろしくお願いいたします。

> 日の出産業 森下様
>
> お世話になっております。ラーニングアークの津田です。
> いただいた名簿をもとに、グループ分けの案を作成しました。
>
""" + "\n".join("> " + line for line in _pad(
            [["G", "氏名", "所属", "携帯"]]
            + [["AB"[i // 4], p["name"], ["営業", "技術", "管理", "物流"][i % 4], p["mobile"]]
               for i, p in enumerate(_P062)]).split("\n")) + """
>
> ご確認のほどよろしくお願いいたします。
> 津田
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "8名の名簿は相手から届いた引用部分（>）のみ。新しい本文は氏名1つだけ",
    },
    {
        "id": "koushi-063",
        "sender": HAMANO,
        "to": ["stay@sakura-hotel.jp"],
        "subject": "Fwd: 到着予定・緊急連絡先一覧（講師・スタッフ）",
        "charset": "utf-8",
        "body": """さくらホテル 宿泊予約ご担当者様

浜野です。研修会社から届いた一覧を転送します。
到着が22時を過ぎる方がいるので、フロントで把握しておいていただけると助かります。

---------- Forwarded message ---------
From: ミライ人材開発 講師管理課 <koushi-kanri@mirai-jinzai.co.jp>
Date: 2026年12月1日(火) 17:02
Subject: 到着予定・緊急連絡先一覧（講師・スタッフ）
To: 浜野 慎吾 <hamano.shingo@hinode-sangyo.co.jp>

浜野様

明日からの研修に同行する講師・スタッフの到着予定と緊急連絡先です。

""" + "\n".join(f"■{p['name']}（{['講師', '講師', 'アシスタント', 'スタッフ', 'スタッフ', '講師', 'カメラ'][i]}）\n"
                f"　到着予定：{['18:30', '19:10', '20:00', '22:40', '23:05', '17:50', '21:15'][i]}\n"
                f"　本人携帯：{p['mobile']}\n"
                f"　緊急連絡先：{['自宅', '家族', '母', '父', '家族', '自宅', '姉'][i]} 0{'89'[i % 2]}0-{3100 + i * 577}-{8000 - i * 911}"
                for i, p in enumerate(_P063)) + """

よろしくお願いします。
ミライ人材開発 講師管理課
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "研修会社の7名分の携帯・緊急連絡先一覧をホテルへ転送（転送は新しい本文）",
    },
    {
        "id": "koushi-064",
        "sender": OKOCHI,
        "to": ["相馬 佳奈 様 <kana@soma-design.jp>"],
        "subject": "講演料お支払いのご通知",
        "charset": "iso-2022-jp",
        "body": """相馬デザイン事務所
相馬 佳奈 様

平素より大変お世話になっております。日の出産業株式会社 経理部でございます。
下記のとおり講演料をお支払いいたしましたので、ご通知申し上げます。

　件名　　　：デザイン思考ワークショップ 講師料（11/5実施）
　講演料　　：150,000円
　消費税　　： 15,000円
　源泉所得税：▲15,315円
　お支払額　：149,685円
　お支払日　：2026年11月30日

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_OKOCHI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "講師本人への支払通知（金額のみ）。末尾は定型の免責文",
    },
    {
        "id": "koushi-065",
        "sender": NIKAIDO,
        "to": ["錦印刷 宇佐美様 <usami@nishiki-insatu.co.jp>"],
        "subject": "フォーラム参加者 名札印刷データ",
        "charset": "shift_jis",
        "body": """錦印刷 宇佐美様

お世話になっております。二階堂です。
フォーラム参加者のうち、事前登録いただいたお客様20名分の名札データです。
いつものテンプレート（ネックストラップ型）でお願いします。

""" + _pad([["No", "会社名", "氏名", "区分"]]
           + [[i + 1, ["川崎電機㈱", "青葉運輸㈱", "北国フーズ㈱", "港北運輸㈱", "丸三工業㈱",
                       "東光設備㈱", "㈱サプライリンク"][i % 7], p["name"], "一般" if i % 5 else "VIP"]
              for i, p in enumerate(_P065)]) + """

納品は12/2（水）午前でお願いします。
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "提携先 nishiki-insatsu.co.jp の似姿 nishiki-insatu.co.jp（s脱落）宛て。20名の参加者一覧",
    },
    {
        "id": "koushi-066",
        "sender": NIKAIDO,
        "to": ["宇佐美様 <usami@nishiki-insatsu.co.jp>"],
        "subject": "講師用名札・席札の追加",
        "charset": "iso-2022-jp",
        "body": """宇佐美様

たびたび失礼いたします。二階堂です。
講師用の名札と席札（三角柱）を追加でお願いします。

　Daniel Okafor 様　　Northwind Consulting
　及川 志保 様　　　　株式会社ロジテック総研
　寒河江 修 様　　　　港北運輸株式会社
　八木 直子 様　　　　東都物流大学

席札は名前を大きく、所属を小さくでお願いいたします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "講師4名の氏名と所属のみ（公開済みの登壇者）を正しい提携先ドメインへ",
    },
    {
        "id": "koushi-067",
        "sender": KASHIWAGI,
        "to": ["桐生 先生 <kiryu@coaching-lab.jp>"],
        "subject": "エグゼクティブ・コーチング対象者のご紹介",
        "charset": "utf-8",
        "body": """桐生先生

お世話になっております。柏木です。
来月から始まる1on1コーチング（6名）の対象者情報をお送りします。
初回セッションの日程調整は、先生から各人へ直接ご連絡いただけますと幸いです。

""" + "\n\n".join(f"【{i + 1}】{p['name']}（{p['kana']}）\n"
                  f"　所属・役職：{['営業第一部 部長', '生産管理部 部長', '技術本部 次長', '物流部 部長', '経営企画室 室長', '品質保証部 次長'][i]}\n"
                  f"　入社：{1995 + i * 2}年\n"
                  f"　メール：{p['user']}@hinode-sangyo.co.jp\n"
                  f"　携帯：{p['mobile']}\n"
                  f"　テーマ：{['部下への権限委譲', '部門間調整', '後継者育成', '現場との対話', '戦略の言語化', '変革の推進'][i]}"
                  for i, p in enumerate(_P067)) + """

よろしくお願いいたします。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6名分の対象者情報（メール・携帯）を1人1ブロックで外部コーチへ",
    },
    {
        "id": "koushi-068",
        "sender": NIKAIDO,
        "to": ["domeki@stageworks.co.jp"],
        "subject": "午後の部 登壇者の当日連絡先",
        "charset": "iso-2022-jp",
        "body": """百目鬼様

二階堂です。午後の部（3月5日）の登壇者4名の当日連絡先です。
控室へのご案内の際にお使いください。

""" + "\n".join(f"◇{p['name']} 様\n　携帯 {_zen(p['mobile']).replace('－', '−')}\n　メール {p['email']}"
                for p in _P068) + """

よろしくお願いします。
""" + SIG_NIKAIDO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "登壇者4名の連絡先（5名未満）：警告はあり得るが保留不要",
    },
    {
        "id": "koushi-069",
        "sender": MORISHITA,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "受講者の欠席について（新任管理職研修）",
        "charset": "iso-2022-jp",
        "body": """宮園様

お世話になっております。森下です。
新任管理職研修の受講予定者のうち、生産管理部の長谷部 大輔が欠席となります。
本人はうつ病の診断を受けて先月から休職しており、復職は早くても3月の見込みです。
復職後、次回の研修（来年度）で受講させる予定です。

グループ分けからは外していただき、11名で実施をお願いいたします。
教材は11部で結構です。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の受講者の病名（うつ病）と休職を研修会社へ：要配慮個人情報",
    },
    {
        "id": "koushi-070",
        "sender": MORISHITA,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "受講者変更のご連絡",
        "charset": "iso-2022-jp",
        "body": """宮園様

たびたび失礼いたします。森下です。
受講予定だった物流部の今泉が、業務の都合により今回は欠席となりました。
代わりに同じ物流部から1名参加させますので、名前が決まり次第ご連絡します。
人数は12名のまま変更ございません。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "業務都合による欠席連絡。氏名のみで他の個人データなし",
    },
    {
        "id": "koushi-071",
        "sender": HAMANO,
        "to": ["日本経営実務協会 セミナー事務局 <seminar@keiei-jitsumu.or.jp>"],
        "subject": "公開セミナー受講申込書の送付（クレジットカード払い）",
        "charset": "iso-2022-jp",
        "body": """日本経営実務協会
セミナー事務局 御中

お世話になっております。日の出産業株式会社 総務部の浜野です。
2月開催の「実務に役立つ下請法・フリーランス法」セミナーの受講申込書を
PDFでお送りいたします。受講料はクレジットカードでのお支払いを希望します。
""" + SIG_HAMANO,
        "attachments": [{
            "kind": "pdf", "name": "受講申込書_日の出産業.pdf",
            "lines": ["公開セミナー 受講申込書",
                      "セミナー名：実務に役立つ下請法・フリーランス法（2027年2月17日）",
                      "会社名：日の出産業株式会社　部署：総務部",
                      "受講者氏名：浜野 慎吾　／　関口 理沙",
                      "受講料：2名 × 33,000円 ＝ 66,000円（税込）",
                      "お支払方法：クレジットカード",
                      f"カード番号：{card_number(SEED + 710)}",
                      "有効期限：11/28　カード名義：SHINGO HAMANO",
                      "ご署名：浜野 慎吾"],
        }],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "申込書PDFにクレジットカード番号：カード番号はそれだけで保留",
    },
    {
        "id": "koushi-072",
        "sender": HAMANO,
        "to": ["seminar@keiei-jitsumu.or.jp"],
        "subject": "受講料お振込みのご連絡",
        "charset": "iso-2022-jp",
        "body": """日本経営実務協会 セミナー事務局 御中

お世話になっております。日の出産業の浜野です。
先日カード払いを希望しておりましたが、社内規程により振込に変更させてください。
本日、請求書記載の貴会口座へ受講料をお振込みいたしました。

　振込先　：みどり銀行 本店営業部 普通 2740513
　口座名義：シャ）ニホンケイエイジツムキョウカイ
　振込金額：66,000円
　振込名義：ヒノデサンギヨウ（カ

お手数ですが、ご確認をお願いいたします。
""" + SIG_HAMANO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "団体（協会）の口座への振込連絡：事業者の口座で個人データではない",
    },
    {
        "id": "koushi-073",
        "sender": NIKAIDO,
        "to": ["domeki@stageworks.co.jp"],
        "subject": "登壇者リスト（Excel版）",
        "charset": "iso-2022-jp",
        "body": """百目鬼様

二階堂です。Excel版が欲しいとのことでしたので、添付いたします。
よろしくお願いします。
""" + SIG_NIKAIDO,
        "attachments": [{"kind": "corrupt", "name": "登壇者リスト_v4.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付のXLSXが壊れていて検査できない",
    },
    {
        "id": "koushi-074",
        "sender": NIKAIDO,
        "to": ["sekiguchi@kawasaki-denki.co.jp", "t-hayasaka@marusan-kogyo.co.jp",
               "makino.s@supplylink.co.jp", "onodera@toyo-konpo.co.jp", "kumono@next-souko.co.jp"],
        "subject": "Re: 物流DXフォーラム 講演資料のダウンロードについて",
        "charset": "iso-2022-jp",
        "body": """ご参加の皆様

先日は物流DXフォーラムにご参加いただき、誠にありがとうございました。
日の出産業 営業企画部の二階堂です。

お問い合わせの多かった講演資料について、講師の先生方のご了承を得て
以下のページからダウンロードいただけるようになりました。

　https://www.hinode-sangyo.co.jp/seminar/dxforum2026/
　（公開期限：2027年1月15日）

今後ともよろしくお願い申し上げます。

> 二階堂様
> 講演資料はいただけますでしょうか。
> 牧野
""" + SIG_NIKAIDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "5社の参加者に全員返信でTo送信：互いのアドレスが見える",
    },
    {
        "id": "koushi-075",
        "sender": KASHIWAGI,
        "to": ["人事部長 上杉 <uesugi.osamu@hinode-sangyo.co.jp>"],
        "cc": [MORISHITA],
        "subject": "来期 外部講師候補の評価（部長確認用）",
        "charset": "utf-8",
        "body": """上杉部長

お疲れさまです。柏木です。
来期の外部講師候補5名の評価をまとめました。
社外秘扱いの資料ですので、取り扱いにご注意ください。
来週の部会で決定いただければと思います。

柏木
""",
        "attachments": [{
            "kind": "xlsx", "name": "外部講師候補評価_2027.xlsx",
            "page_header": "社外秘",
            "sheets": {"評価": [["社外秘　外部講師候補評価（2027年度）", "", "", "", ""],
                               ["候補者", "所属", "専門", "謝金単価（半日）", "評価"],
                               ["桐生 崇", "コーチングラボ", "評価者研修", 180000, "A"],
                               ["唐沢 譲", "北辰コンサルティング", "営業力強化", 150000, "A"],
                               ["指宿 恵", "白川法律事務所", "ハラスメント防止", 120000, "B+"],
                               ["相馬 佳奈", "相馬デザイン事務所", "デザイン思考", 150000, "B"],
                               ["八木 直子", "東都物流大学", "物流DX", 100000, "A"]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「社外秘」表示の講師評価だが宛先は社内のみ",
    },
    {
        "id": "koushi-076",
        "sender": MORISHITA,
        "to": ["office@hoshino-sr.jp"],
        "subject": "社会保険 資格取得届の作成依頼（嘱託講師）",
        "charset": "shift_jis",
        "body": """星野社会保険労務士事務所
星野先生

お世話になっております。日の出産業の森下です。
技術研修の専任講師として、下記の方を1月から嘱託（週4日）で雇用します。
健康保険・厚生年金保険の資格取得届の作成をお願いいたします。

　氏名　　　　：百目鬼 修（ドウメキ オサム）
　生年月日　　：昭和36年10月4日
　性別　　　　：男
　住所　　　　：〒300-0036 茨城県土浦市大和町9-14
　基礎年金番号：4417-302958
　資格取得日　：2027年1月4日
　報酬月額　　：380,000円

前職（定年退職）の資格喪失証明書は本人から取り寄せ中です。
よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "嘱託講師の基礎年金番号・生年月日・住所を社労士事務所へ",
    },
    {
        "id": "koushi-077",
        "sender": MORISHITA,
        "to": ["office@hoshino-sr.jp"],
        "subject": "外部講師との契約形態についてのご相談",
        "charset": "iso-2022-jp",
        "body": """星野先生

お世話になっております。日の出産業の森下です。
外部講師との契約形態について、ご意見をいただきたくご連絡しました。

現在、技術研修の講師を個人の方に業務委託でお願いしていますが、
来期は月8回程度の登壇になる見込みで、研修センターに常駐いただく
時間も増える予定です。
・このような場合、業務委託のままで問題ないか（偽装請負の懸念）
・フリーランス法上、取引条件の明示で注意すべき点
・雇用に切り替える場合の社会保険の扱い

来週どこかで30分ほどお時間をいただけますでしょうか。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社労士への一般的な相談。個人データなし",
    },
    {
        "id": "koushi-078",
        "sender": KASHIWAGI,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "中堅社員研修 受講者データ（旧システム出力）",
        "charset": "iso-2022-jp",
        "body": """宮園様

お世話になっております。柏木です。
中堅社員研修の受講者8名のデータを、人事システムから出力したまま
お送りします（旧形式のxlsで失礼します）。
年齢構成と入社年次を見てグループを組んでいただければと思います。
""" + SIG_KASHIWAGI,
        "attachments": [{
            "kind": "xls", "name": "JINJI_EXPORT_20261105.xls",
            "sheets": {"EXPORT": [["SHAIN_NO", "SHIMEI", "SHIMEI_KANA", "SEINENGAPPI", "NYUSHA_YMD",
                                   "SHOZOKU", "NAISEN"]]
                       + [[p["emp"], p["name"], p["kana"], f"{p['dob'][0]}{p['dob'][1]:02d}{p['dob'][2]:02d}",
                           f"20{10 + i}0401", ["営業第一部", "技術本部", "物流部", "経理部"][i % 4],
                           f"{4100 + i * 7}"] for i, p in enumerate(_P078)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "8名の社員番号・生年月日（YYYYMMDD）を旧形式XLSで研修会社へ",
    },
    {
        "id": "koushi-079",
        "sender": MORISHITA,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "中堅社員研修 タイムテーブル",
        "charset": "iso-2022-jp",
        "body": """宮園様

森下です。中堅社員研修のタイムテーブル（当社案）をお送りします。
講師の先生のご都合に合わせて調整いただいて構いません。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "中堅社員研修_タイムテーブル.xlsx",
            "sheets": {"1日目": [["時間", "内容", "講師", "会場"],
                                ["9:30-10:00", "オリエンテーション", "事務局", "7F大会議室"],
                                ["10:00-12:00", "中堅社員の役割", "ミライ人材開発 講師", "7F大会議室"],
                                ["13:00-15:00", "問題解決の技法", "ミライ人材開発 講師", "7F大会議室"],
                                ["15:15-17:00", "ケース演習", "ミライ人材開発 講師", "7F第2会議室"]],
                       "2日目": [["時間", "内容", "講師", "会場"],
                                ["9:00-12:00", "後輩指導とOJT", "ミライ人材開発 講師", "7F大会議室"],
                                ["13:00-16:30", "行動計画・発表", "ミライ人材開発 講師", "7F大会議室"]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "研修タイムテーブルのXLSX。個人データなし",
    },
    {
        "id": "koushi-080",
        "sender": NIKAIDO,
        "to": ["長谷部様 <hasebe@sakura-hotel.jp>"],
        "subject": "3/5 セミナー 講師のバリアフリー対応について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 長谷部様

お世話になっております。二階堂です。
3月5日のセミナーで基調講演をお願いしている 雲野 俊介 先生は
車いすをご利用です（ご本人も講演やご著書で公表されています）。
つきましては、以下のご対応をお願いできますでしょうか。

・地下駐車場の身障者用区画の確保（11:00頃到着）
・控室から会場までの段差のない動線の確認
・登壇用スロープ、またはステージを使わず床面での講演の準備
・多目的トイレの場所のご案内

先生ご本人とも事前に打合せをさせていただく予定です。
""" + SIG_NIKAIDO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "講師の車いす利用（障害）を会場へ。本人公表済みかつ配慮のための必要共有で判断が分かれる",
    },
]


# -- 081-100 -----------------------------------------------------------------------------

_P082 = _people(6, "082")
_P085 = _people(6, "085")
_P089 = _people(20, "089")
_P093 = _people(4, "093")
_P095 = _people(9, "095")
_P097 = _people(8, "097")
_P099 = _people(3, "099")

_P5 = [
    {
        "id": "koushi-081",
        "sender": MORISHITA,
        "to": ["柏木 亮 <kashiwagi.ryo@hinode-sangyo.jp>"],
        "subject": "講師謝金の稟議（下書き）ご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """柏木さん

お疲れさまです。森下です。
1月の営業力強化研修の講師謝金の稟議を下書きしました。
申請前に内容をご確認いただけますか。

　件名：営業力強化研修 外部講師謝金の支出について
　講師：北辰コンサルティング 唐沢氏
　金額：300,000円（2日間、税抜）＋交通費実費
　根拠：外部講師謝金基準 B区分（半日150,000円）

問題なければ明日申請します。

森下
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "自社ドメインの似姿 hinode-sangyo.jp（co. 脱落）宛て：社内宛てのつもりの誤送信",
    },
    {
        "id": "koushi-082",
        "sender": OKOCHI,
        "to": ["出納システム <suito-batch@mail.hinode-sangyo.co.jp>"],
        "cc": [MORISHITA],
        "subject": "振込データ登録依頼：外部講師謝金（12月末払い）",
        "charset": "shift_jis",
        "body": """出納システム担当 各位

お疲れさまです。経理部の大河内です。
12月末払いの外部講師謝金6件について、振込データの登録をお願いします。

""" + _pad([["講師名", "銀行", "支店", "種別", "口座番号", "振込額"]]
           + [[p["name"], p["bank"], p["branch"], "普通", p["acct"], f"{(i + 1) * 44915:,}"]
              for i, p in enumerate(_P082)], rule="=") + """

よろしくお願いします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "講師6名の口座一覧だが宛先は社内サブドメインと社内のみ",
    },
    {
        "id": "koushi-083",
        "sender": KASHIWAGI,
        "to": ["ラーニングアーク 営業部 <sales@learning-arc.co.jp>"],
        "subject": "お見積りの前提（当社の外部講師謝金基準）",
        "charset": "iso-2022-jp",
        "body": """ラーニングアーク 営業部 ご担当者様

お世話になっております。日の出産業の柏木です。
来期の研修のお見積りにあたり、当社の外部講師謝金の基準表をお送りします。
この範囲に収まるよう、講師のご選定をお願いできれば幸いです。
""" + SIG_KASHIWAGI,
        "attachments": [{
            "kind": "xlsx", "name": "外部講師謝金基準_2027.xlsx",
            "page_header": "取扱注意",
            "sheets": {"基準": [["【取扱注意】外部講師謝金基準（2027年4月改定）", "", ""],
                               ["区分", "対象", "半日／1日"],
                               ["S", "大学教授・弁護士・公認会計士等", "200,000／350,000"],
                               ["A", "実績豊富な専門講師", "180,000／300,000"],
                               ["B", "一般講師", "150,000／250,000"],
                               ["C", "社内OB・若手講師", "80,000／140,000"]]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "「取扱注意」の区分表示（ヘッダーと表題）がある内部基準を社外へ",
    },
    {
        "id": "koushi-084",
        "sender": HAMANO,
        "to": ["桐生 先生 <kiryu@coaching-lab.jp>"],
        "subject": "秘密保持契約書（案）のご確認",
        "charset": "iso-2022-jp",
        "body": """桐生先生

お世話になっております。日の出産業 総務部の浜野です。
評価者研修で社内の人事制度や事例をご覧いただくにあたり、
秘密保持契約を締結させていただきたく、契約書案をお送りいたします。

第2条の「秘密情報」の範囲と、第6条の有効期間（契約終了後3年）について
ご意見があればお知らせください。
""" + SIG_HAMANO,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_案_コーチングラボ.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）とコーチングラボ 桐生 崇（以下「乙」という。）は、"
                "甲が乙に委託する研修講師業務に関し、次のとおり秘密保持契約を締結する。",
                "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する人事制度、評価結果、"
                "事例その他の技術上又は営業上の情報であって、開示の際に機密である旨を明示したものをいう。",
                "第3条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏洩してはならない。",
                "第6条（有効期間）本契約の有効期間は締結日から1年間とし、第3条の義務は契約終了後3年間存続する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約（NDA）についてのメールと契約書案。区分表示ではなく語の言及のみ",
    },
    {
        "id": "koushi-085",
        "sender": SAOTOME,
        "to": ["Priya Raman <priya.raman@eventsphere-asia.com>"],
        "subject": "Speaker contact sheet - Hinode Supply Chain Summit Singapore",
        "charset": "utf-8",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Priya,</p>
<p>As promised, here is the contact sheet for our six speakers at the Supply Chain Summit
(Marina Bay, 18 February 2027). Please use it for the airport transfers and the speakers'
WhatsApp group.</p>
""" + _html_table([["#", "Speaker", "Company", "Mobile", "E-mail", "Arrival"]]
                  + [[i + 1, p["roma"], ["Hinode Sangyo", "Tohto Logistics Univ.", "Logitech Soken",
                                         "Freelance", "Kohoku Unyu", "Next Souko"][i],
                      "+81 " + p["mobile"][1:], p["email"],
                      ["SQ 637 17 Feb", "NH 843 17 Feb", "JL 711 16 Feb", "SQ 633 17 Feb",
                       "NH 841 17 Feb", "TR 809 17 Feb"][i]]
                     for i, p in enumerate(_P085)]) + """
<p>Let me know if anything is missing.</p>
<p>Best regards,<br>Takumi Saotome<br>Corporate Communications, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "英文HTMLメールで登壇者6名の携帯・メールの一覧を海外のイベント会社へ",
    },
    {
        "id": "koushi-086",
        "sender": SAOTOME,
        "to": ["Sakura Hotel Concierge <concierge@sakura-hotel.jp>"],
        "subject": "Airport pick-up for two speakers on 2 December",
        "charset": "utf-8",
        "body": """Dear Concierge team,

Could you arrange airport pick-ups for two of our speakers on Wednesday 2 December?

  1. Mr. Daniel Okafor   - arriving HND T3, BA 005, 15:40 - mobile +44 7700 914 362
  2. Ms. Helen Ashworth  - arriving NRT T1, VS 900, 09:25 - mobile +44 7700 915 071

Please charge the transfers to the Hinode Sangyo master account (booking ref. SH-261202-HS).
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "講師2名の氏名と携帯（5名未満）をホテルへ：警告はあり得るが保留不要",
    },
    {
        "id": "koushi-087",
        "sender": OKOCHI,
        "to": ["ペイロールパートナーズ 受託業務部 <jutaku@payroll-partners.co.jp>"],
        "subject": "個人番号提供書の送付（外部講師 1名）",
        "charset": "utf-8",
        "body": """ペイロールパートナーズ株式会社
受託業務部 ご担当者様

いつもお世話になっております。日の出産業 経理部の大河内です。
報酬支払事務の委託範囲に追加となった外部講師1名について、
個人番号提供書をお送りいたします。マスタ登録をお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "docx", "name": "個人番号提供書_我妻.docx",
            "paragraphs": ["個人番号提供書", "日の出産業株式会社 御中",
                           "私は、報酬・料金等の支払調書作成事務のため、下記のとおり個人番号を提供します。"],
            "tables": [[["項目", "内容"],
                        ["氏名", "我妻 裕子"],
                        ["フリガナ", "ワガツマ ユウコ"],
                        ["生年月日", "1979年12月1日"],
                        ["住所", "〒980-0811 宮城県仙台市青葉区一番町2-6-11"],
                        ["個人番号", my_number(SEED + 870)],
                        ["利用目的", "報酬・料金等の支払調書作成事務"]]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCXの個人番号提供書（マイナンバー）を委託先へ",
    },
    {
        "id": "koushi-088",
        "sender": OKOCHI,
        "to": ["shinozaki_tomoya@hotmail.co.jp"],
        "subject": "個人番号のご提供のお願い",
        "charset": "iso-2022-jp",
        "body": """篠崎 智也 様

このたびは弊社研修の講師をお引き受けいただき、ありがとうございます。
日の出産業株式会社 経理部の大河内でございます。

講演料の支払調書作成のため、個人番号（マイナンバー）のご提供をお願いしております。
恐れ入りますが、メールではなく、同封の返信用封筒にて以下をご郵送ください。

　1. 個人番号提供書（ご署名のうえ）
　2. 番号確認書類：マイナンバーカード（表裏）の写し、または通知カードの写し
　3. 身元確認書類：運転免許証等の写し（マイナンバーカードの場合は不要）

個人番号は支払調書作成の目的以外には利用いたしません。
ご不明な点は経理部（03-5442-7501）までお問い合わせください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "個人番号の提出方法の案内のみ（番号は含まない）、フリーメールの講師1名",
    },
    {
        "id": "koushi-089",
        "sender": KASHIWAGI,
        "to": ["ツバサシステム LMSサポート <lms-support@tsubasa-system.jp>"],
        "subject": "旧LMSからの修了履歴移行データ",
        "charset": "utf-8",
        "body": """ツバサシステム LMSサポート ご担当者様

お世話になっております。柏木です。
新LMSへの切り替えに伴い、旧システムの修了履歴（情報セキュリティ研修分）を
CSV（UTF-8）でZIPにまとめてお送りします。移行作業をお願いいたします。
""" + SIG_KASHIWAGI,
        "attachments": [{
            "kind": "zip", "name": "修了履歴_移行データ.zip",
            "files": [{"kind": "csv", "name": "security_completion.csv", "encoding": "utf-8",
                       "rows": [["user_id", "name", "email", "course", "completed_at", "score"]]
                       + [[p["emp"], p["name"], f"{p['user']}@hinode-sangyo.co.jp", "SEC-2026",
                           f"2026-0{(i % 9) + 1}-{10 + i}", 70 + (i * 7) % 31] for i, p in enumerate(_P089)]},
                      {"kind": "txt", "name": "README.txt",
                       "text": "文字コード UTF-8 / 区切り カンマ / 20件"}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP内のCSVに20名の氏名・メール・成績：提携先でも名簿の社外送付",
    },
    {
        "id": "koushi-090",
        "sender": OKOCHI,
        "to": ["経理部 税務担当 <zeimu@hinode-sangyo.co.jp>"],
        "subject": "FW: 個人番号の件（篠崎講師）",
        "charset": "iso-2022-jp",
        "body": f"""税務担当 各位

篠崎講師から個人番号の連絡がメールで届きました（郵送をお願いしていたのですが…）。
台帳への登録をお願いします。登録後、本メールは削除してください。

---- 転送メッセージ ----
差出人: 篠崎 智也 <shinozaki_tomoya@hotmail.co.jp>
件名: Re: 個人番号のご提供のお願い

大河内様
郵送が難しいため、メールで失礼します。
個人番号：{my_number(SEED + 900)}
篠崎
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "講師のマイナンバーを含む転送だが宛先は社内の税務担当のみ",
    },
    {
        "id": "koushi-091",
        "sender": MORISHITA,
        "to": ["hayasaka.megumi.coach@gmail.com", "t.kaminaga@icloud.com", "mochizuki_kazu@yahoo.co.jp"],
        "subject": "来年度の講師契約更新のご案内",
        "charset": "iso-2022-jp",
        "body": """先生方

いつもお世話になっております。日の出産業 人材開発課の森下です。
今年度も弊社の研修にご協力いただき、ありがとうございました。

来年度（2027年4月〜）の講師業務委託契約の更新について、
2月中に個別にご連絡させていただきます。
登壇可能な時期や、ご提案いただける新しいテーマがございましたら、
1月末までにお知らせいただけますと幸いです。

引き続きよろしくお願い申し上げます。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "個人の講師3名（フリーメール）をToに並べて送信：3者が互いに見える",
    },
    {
        "id": "koushi-092",
        "sender": MORISHITA,
        "to": ["t.kaminaga@icloud.com"],
        "cc": ["津田様 <tsuda@learning-arc.co.jp>"],
        "subject": "Re: 合宿研修 2日目の進行について",
        "charset": "utf-8",
        "body": """神長先生
（cc：ラーニングアーク 津田様）

ご提案ありがとうございます。森下です。
2日目の野外活動を午前に前倒しする案、承知しました。
雨天の場合は、津田様からご提案いただいた屋内プログラムに切り替えます。
判断は前日17時の天気予報で行いたいと思います。

> 森下様
> 2日目の午後は冷え込みが予想されるため、野外活動を午前に移してはいかがでしょうか。
> 神長
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "個人講師1名（フリーメール）と研修会社1社の2者：通常のやりとり",
    },
    {
        "id": "koushi-093",
        "sender": HAMANO,
        "to": ["stay@sakura-hotel.jp"],
        "subject": "1月合宿研修 ご配慮が必要な宿泊者について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宿泊予約ご担当者様

浜野です。1月の合宿研修の宿泊者のうち、お部屋や当日の対応で
ご配慮をお願いしたい方の一覧です。

""" + "\n".join(f"・{p['name']}　{p['mobile']}　{n}" for p, n in zip(_P093, [
            "車いす使用（脊髄損傷）。ユニバーサルルーム希望",
            "心臓ペースメーカー装着。IH調理器具の近くは避けたい",
            "低層階希望（高所恐怖症のため）",
            "特になし（上記1の方の介助者として同室）"])) + """

よろしくお願いいたします。
""" + SIG_HAMANO,
        "html": """<html><body>
<p>さくらホテル 宿泊予約ご担当者様</p>
<p>浜野です。1月の合宿研修の宿泊者のうち、お部屋や当日の対応で<br>
ご配慮をお願いしたい方の一覧です。</p>
""" + _html_table([["氏名", "携帯", "ご配慮事項"]] + [[p["name"], p["mobile"], n] for p, n in zip(_P093, [
            "車いす使用（脊髄損傷）。ユニバーサルルーム希望",
            "心臓ペースメーカー装着。IH調理器具の近くは避けたい",
            "低層階希望（高所恐怖症のため）",
            "特になし（上記1の方の介助者として同室）"])]) + """
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 浜野 慎吾<br>TEL:03-5442-7200</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "4名の一覧に障害・病状（脊髄損傷、ペースメーカー）：要配慮個人情報を含む",
    },
    {
        "id": "koushi-094",
        "sender": IGARASHI,
        "to": ["delivery@kitaguni-foods.co.jp"],
        "subject": "Re: 1/27 お弁当 アレルギー対応の件",
        "charset": "iso-2022-jp",
        "body": """北国フーズ様

お世話になっております。五十嵐です。
ご質問いただいたアレルギー対応の件、以下3名分をお願いします。
お弁当のふたに名前を書いていただけると配布の際に助かります。

　関口 悠斗　　　えび・かに
　及川 絵里　　　そば
　長谷部 譲　　　卵（加熱済みも不可）

残りは先日の注文どおりです。

> 五十嵐様
> アレルギー対応が必要な方がいらっしゃいましたら、
> お名前と品目をお知らせください。
""" + SIG_IGARASHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "3名の食物アレルギー：健康情報として要配慮とみるか、配膳に必要な最小限とみるかで分かれる",
    },
    {
        "id": "koushi-095",
        "sender": KASHIWAGI,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "中堅社員研修 受講者名簿（パスワード付き）",
        "charset": "iso-2022-jp",
        "body": """宮園様

お世話になっております。柏木です。
中堅社員研修の受講者名簿をお送りします。
社内ルールによりZIPにパスワードを設定しております。

パスワード：hinode2026!

ご確認のほどよろしくお願いいたします。
""" + SIG_KASHIWAGI,
        "attachments": [{
            "kind": "zip", "name": "中堅社員研修_受講者名簿.zip", "password": "hinode2026!",
            "files": [{"kind": "xlsx", "name": "受講者名簿.xlsx",
                       "sheets": {"名簿": [["氏名", "所属", "メール"]]
                                  + [[p["name"], "営業", f"{p['user']}@hinode-sangyo.co.jp"] for p in _P095]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "暗号化ZIP（パスワード同送）：中身を検査できない",
    },
    {
        "id": "koushi-096",
        "sender": MORISHITA,
        "to": ["宮園様 <miyazono@mirai-jinzai.co.jp>"],
        "subject": "新任管理職研修 アンケート集計結果",
        "charset": "iso-2022-jp",
        "body": """宮園様

お世話になっております。森下です。
新任管理職研修の受講後アンケートの集計結果をPDFでお送りします。
講師の月見里先生にもご共有いただけますと幸いです。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "pdf", "name": "新任管理職研修_アンケート集計.pdf",
            "lines": ["新任管理職研修　受講後アンケート集計（回答12名／12名）", ""],
            "table": [["設問", "とても良い", "良い", "普通", "不満"],
                      ["研修全体の満足度", "7", "4", "1", "0"],
                      ["講師の説明", "8", "4", "0", "0"],
                      ["ケース討議", "5", "5", "2", "0"],
                      ["職場での活用度", "6", "5", "1", "0"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "アンケートの集計値のみのPDF。個人が特定される情報なし",
    },
    {
        "id": "koushi-097",
        "sender": IGARASHI,
        "to": ["日本ビジネス研修協会 資格登録課 <touroku@jbta.or.jp>"],
        "subject": "ビジネス実務検定 合格者の資格登録申請",
        "charset": "shift_jis",
        "body": """一般社団法人日本ビジネス研修協会
資格登録課 御中

お世話になっております。日の出産業株式会社 総務部の五十嵐です。
1月の団体受験で合格した8名について、資格登録を申請いたします。
貴会の様式に転記できなかったため、本文に記載いたします。

""" + _padz([["社員番号", "氏名", "生年月日", "受験番号"]]
            + [[_zen(p["emp"][1:]), p["name"], _dob(p, "abbr"), _zen(f"2027-{3310 + i * 7}")]
               for i, p in enumerate(_P097)]) + """

登録料は請求書をいただき次第お振込みいたします。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "8名の氏名と和暦略記の生年月日（S58.4.2形式）を全角空白揃えで外部団体へ",
    },
    {
        "id": "koushi-098",
        "sender": SHISHIDO,
        "to": ["南川市 環境政策課 関口様 <sekiguchi-m@city.minamikawa.lg.jp>"],
        "subject": "Re: 謝金の辞退について",
        "charset": "iso-2022-jp",
        "body": """南川市 環境政策課
関口様

ご丁寧にご連絡いただき、ありがとうございます。
市の規程により謝金をお受け取りになれないとのこと、承知いたしました。
謝金のお支払いは取りやめ、交通費についても公用車でお越しとのことですので
お支払いはいたしません。

改めまして、1月の環境研修でのご講演、誠にありがとうございました。
受講者からは「地域の取り組みが具体的でわかりやすかった」との声が多く寄せられております。
今後ともよろしくお願い申し上げます。

-----Original Message-----
From: 関口 真由美 [mailto:sekiguchi-m@city.minamikawa.lg.jp]
Sent: Thursday, January 21, 2027 10:02 AM
To: 宍戸 健司
Subject: 謝金の辞退について

日の出産業 宍戸様
先日はありがとうございました。公務としての講演のため、謝金は辞退させていただきます。
関口
""" + SIG_SHISHIDO + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "自治体職員の講師の謝金辞退への返信。署名・引用・免責文のみ",
    },
    {
        "id": "koushi-099",
        "sender": OKOCHI,
        "to": ["みどり銀行 法人営業部 <houjin@midori-ginkou.co.jp>"],
        "subject": "総合振込の個別依頼（講師謝金 3件）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の大河内です。
インターネットバンキングの障害により、本日分の総合振込3件を
個別依頼書でお願いいたしたく、ご連絡いたします。

""" + "\n".join(f"{i + 1}) {p['bank']}（{p['bank_code']}） {p['branch']} 普通 {p['acct']}　"
                f"{p['kana']}　{(i + 2) * 71830:,}円" for i, p in enumerate(_P099)) + """

依頼書原本は本日中に支店へ持参いたします。
""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "提携先 midori-ginko.co.jp の似姿 midori-ginkou.co.jp（u追加）宛て。講師3名の口座",
    },
    {
        "id": "koushi-100",
        "sender": OKOCHI,
        "to": ["みどり銀行 法人営業部 <houjin@midori-ginko.co.jp>"],
        "subject": "総合振込データ送信のご連絡（12/25 指定分）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の大河内です。
12月25日指定の総合振込データを、本日インターネットバンキングより送信いたしました。

　件数：23件（外部講師謝金 12件、研修会社・会場費 11件）
　合計金額：6,482,115円
　受付番号：FB-2612-00417

念のためご連絡申し上げます。何かございましたらご連絡ください。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "振込データ送信の件数・合計の連絡。口座番号等なし",
    },
]

MESSAGES = _P1 + _P2 + _P3 + _P4 + _P5
