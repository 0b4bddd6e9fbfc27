"""Blind corpus, area «bosaikunren»: the fire and earthquake drills 日の出産業's 総務部 runs with
the building manager (東雲ビルマネジメント), the city fire department, the security company,
training bodies and neighbouring tenants — 自衛消防隊 rosters, 避難行動要支援者 (people who need
help to evacuate), floor wardens, 救命講習 trainees, drill notices and reports, stockpile
orders — written blind from BRIEF.md (and the detector / entity names of SPEC.md) without
reading mailguard's code; the people, numbers and addresses are all invented."""

import random
import unicodedata

from build import card_number, my_number

SEED = 56201

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("桐生", "キリュウ", "Kiryu"), ("甲斐", "カイ", "Kai"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("百瀬", "モモセ", "Momose"), ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("一色", "イッシキ", "Isshiki"), ("御手洗", "ミタライ", "Mitarai"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("長谷部", "ハセベ", "Hasebe"), ("真壁", "マカベ", "Makabe"),
    ("宇佐美", "ウサミ", "Usami"), ("小豆沢", "アズサワ", "Azusawa"), ("四十物", "アイモノ", "Aimono"),
    ("我妻", "アガツマ", "Agatsuma"), ("目黒", "メグロ", "Meguro"), ("柘植", "ツゲ", "Tsuge"),
    ("瀬戸口", "セトグチ", "Setoguchi"), ("新発田", "シバタ", "Shibata"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"), ("春日", "カスガ", "Kasuga"), ("若狭", "ワカサ", "Wakasa"),
    ("矢吹", "ヤブキ", "Yabuki"), ("鷲尾", "ワシオ", "Washio"), ("能登", "ノト", "Noto"),
    ("早乙女", "サオトメ", "Saotome"), ("名取", "ナトリ", "Natori"), ("沖田", "オキタ", "Okita"),
    ("丹羽", "ニワ", "Niwa"), ("堀之内", "ホリノウチ", "Horinouchi"), ("笠原", "カサハラ", "Kasahara"),
    ("芦田", "アシダ", "Ashida"), ("国分", "コクブ", "Kokubu"), ("設楽", "シタラ", "Shitara"),
    ("氏家", "ウジイエ", "Ujiie"), ("蓮見", "ハスミ", "Hasumi"), ("久米", "クメ", "Kume"),
    ("岩佐", "イワサ", "Iwasa"), ("茂木", "モテギ", "Motegi"), ("立花", "タチバナ", "Tachibana"),
    ("南雲", "ナグモ", "Nagumo"), ("飯干", "イイボシ", "Iiboshi"), ("栗栖", "クリス", "Kurisu"),
    ("幸田", "コウダ", "Koda"), ("漆原", "ウルシバラ", "Urushibara"), ("嘉数", "カカズ", "Kakazu"),
    ("野々村", "ノノムラ", "Nonomura"), ("舘野", "タテノ", "Tateno"), ("鮫島", "サメジマ", "Samejima"),
    ("井筒", "イヅツ", "Izutsu"), ("大日向", "オオヒナタ", "Ohinata"), ("土門", "ドモン", "Domon"),
    ("菅生", "スゴウ", "Sugo"), ("檜山", "ヒヤマ", "Hiyama"), ("三浦", "ミウラ", "Miura"),
    ("日野", "ヒノ", "Hino"), ("霧島", "キリシマ", "Kirishima"), ("篠塚", "シノヅカ", "Shinozuka"),
]
_MEI = [
    ("悠真", "ユウマ", "Yuma", "M"), ("美咲", "ミサキ", "Misaki", "F"), ("健太", "ケンタ", "Kenta", "M"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("翔", "ショウ", "Sho", "M"), ("彩乃", "アヤノ", "Ayano", "F"),
    ("大輔", "ダイスケ", "Daisuke", "M"), ("由佳", "ユカ", "Yuka", "F"), ("拓海", "タクミ", "Takumi", "M"),
    ("真由", "マユ", "Mayu", "F"), ("誠", "マコト", "Makoto", "M"), ("理沙", "リサ", "Risa", "F"),
    ("直樹", "ナオキ", "Naoki", "M"), ("恵", "メグミ", "Megumi", "F"), ("亮介", "リョウスケ", "Ryosuke", "M"),
    ("菜摘", "ナツミ", "Natsumi", "F"), ("隆之", "タカユキ", "Takayuki", "M"), ("沙織", "サオリ", "Saori", "F"),
    ("俊介", "シュンスケ", "Shunsuke", "M"), ("葵", "アオイ", "Aoi", "F"), ("克也", "カツヤ", "Katsuya", "M"),
    ("友里", "ユリ", "Yuri", "F"), ("和也", "カズヤ", "Kazuya", "M"), ("香織", "カオリ", "Kaori", "F"),
    ("颯太", "ソウタ", "Sota", "M"), ("智子", "トモコ", "Tomoko", "F"), ("正人", "マサト", "Masato", "M"),
    ("夏帆", "カホ", "Kaho", "F"), ("秀明", "ヒデアキ", "Hideaki", "M"), ("麻衣", "マイ", "Mai", "F"),
    ("康介", "コウスケ", "Kosuke", "M"), ("遥", "ハルカ", "Haruka", "F"), ("宗一郎", "ソウイチロウ", "Soichiro", "M"),
    ("紗希", "サキ", "Saki", "F"), ("伸吾", "シンゴ", "Shingo", "M"), ("瑞穂", "ミズホ", "Mizuho", "F"),
    ("大和", "ヤマト", "Yamato", "M"), ("奈緒", "ナオ", "Nao", "F"), ("勝利", "カツトシ", "Katsutoshi", "M"),
    ("佳代子", "カヨコ", "Kayoko", "F"), ("蓮", "レン", "Ren", "M"), ("早苗", "サナエ", "Sanae", "F"),
    ("剛", "ツヨシ", "Tsuyoshi", "M"), ("綾香", "アヤカ", "Ayaka", "F"), ("陽介", "ヨウスケ", "Yosuke", "M"),
    ("晴美", "ハルミ", "Harumi", "F"), ("航", "ワタル", "Wataru", "M"), ("希", "ノゾミ", "Nozomi", "F"),
]
_TOWNS = [
    ("神奈川県", "川崎市中原区", "木月"), ("東京都", "世田谷区", "経堂"), ("埼玉県", "さいたま市浦和区", "高砂"),
    ("千葉県", "船橋市", "本町"), ("東京都", "練馬区", "豊玉北"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("東京都", "府中市", "宮西町"), ("埼玉県", "川口市", "栄町"), ("神奈川県", "藤沢市", "鵠沼石上"),
    ("神奈川県", "茅ヶ崎市", "新栄町"), ("東京都", "町田市", "原町田"), ("神奈川県", "大和市", "中央林間"),
    ("神奈川県", "平塚市", "紅谷町"), ("東京都", "大田区", "西蒲田"), ("神奈川県", "相模原市南区", "相模大野"),
    ("神奈川県", "鎌倉市", "大船"), ("東京都", "杉並区", "高円寺南"), ("千葉県", "市川市", "八幡"),
]
_ZIP = {"東京都": 150, "神奈川県": 211, "埼玉県": 331, "千葉県": 272}
_BLDG = ["", "", "", " メゾン若葉201", " コーポ清水102", " グランシャリオ505", " サンライズ藤が丘3-B",
         " パークハイツ1204", " 第二松風荘7号"]
_DEPTS = ["総務部", "経理部", "営業第一部", "営業第二部", "人事部", "情報システム部", "購買部",
          "品質保証部", "法務部", "経営企画部", "海外事業部", "物流企画部"]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com"]


def _people(tag, n):
    """n invented people, the same for the same tag."""
    rng = random.Random(f"{SEED}-{tag}")
    sei = rng.sample(_SEI, n)
    mei = rng.sample(_MEI, n)
    out = []
    for s, m in zip(sei, mei):
        pref, city, town = rng.choice(_TOWNS)
        y = rng.randrange(1961, 2004)
        out.append({
            "name": f"{s[0]} {m[0]}", "sei": s[0], "mei": m[0], "kana": f"{s[1]} {m[1]}",
            "roma": f"{m[2]} {s[2]}", "ROMA": f"{s[2].upper()} {m[2]}", "sex": m[3],
            "sexj": "男" if m[3] == "M" else "女",
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}",
            "home": f"0{rng.choice(['44', '45', '466', '467', '3', '42', '48', '47'])}-{rng.randrange(200, 999)}-{rng.randrange(1000, 10000)}",
            "mail": f"{m[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}@{rng.choice(_FREE)}",
            "work": f"{s[2].lower()}.{m[2][0].lower()}@hinode-sangyo.co.jp",
            "zip": f"{_ZIP[pref] + rng.randrange(0, 30)}-{rng.randrange(0, 10000):04d}",
            "addr": f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}{rng.choice(_BLDG)}",
            "city": f"{pref}{city}",
            "dob": (y, rng.randrange(1, 13), rng.randrange(1, 29)),
            "dept": rng.choice(_DEPTS), "floor": f"{rng.randrange(10, 13)}F",
            "ext": f"{rng.randrange(2100, 2999)}", "emp": f"{rng.randrange(10, 26)}{rng.randrange(1000, 9999)}",
            "age": 2026 - y,
        })
    return out


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s):
    """full-width digits and separators, as pasted from some Japanese spreadsheets"""
    return str(s).translate(_FW)


def wareki(dob, style="kanji"):
    y, m, d = dob
    if (y, m, d) >= (1989, 1, 8):
        era, n, ab = "平成", y - 1988, "H"
    else:
        era, n, ab = "昭和", y - 1925, "S"
    nen = "元" if n == 1 else str(n)
    return {
        "kanji": f"{era}{nen}年{m}月{d}日",
        "fw": fw(f"{era}{nen}年{m}月{d}日"),
        "abbr": f"{ab}{n}.{m}.{d}",
        "abbrfw": fw(f"{ab}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ"),
        "iso": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{y}/{m:02d}/{d:02d}",
        "ja": f"{y}年{m}月{d}日",
    }[style]


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def _pad(s, width, fill=" "):
    s = str(s)
    gap = width - _w(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + fill * max(gap, 0)


def table(rows, gap=2, rule="-", zenkaku=False):
    """columns padded to their display width (ASCII or full-width spaces), a rule under the header"""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) for r in rows if i < len(r)) for i in range(ncol)]
    if zenkaku:
        widths = [w + (w % 2) for w in widths]
    sep = "\u3000" if zenkaku else " " * gap
    lines = []
    for k, r in enumerate(rows):
        cells = [_pad(c, widths[i], "\u3000" if zenkaku else " ") for i, c in enumerate(r)]
        lines.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + _w(sep) * (ncol - 1)
            lines.append(rule * (total // _w(rule)))
    return "\n".join(lines)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def html_table(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
            f"<tr style=\"background:#dde\">{head}</tr>{body}</table>")


# -- signatures of the senders (総務部 and friends) --------------------------------------

SIG_MORINAGA = """--
日の出産業株式会社 総務部 総務課 課長（防火管理者）
森永 隆史　Takashi Morinaga
〒251-0042 神奈川県青嵐市中央2-8-1 青嵐ツインタワー東館10F
TEL 0466-27-3100（代表）／内線 2210
morinaga.t@hinode-sangyo.co.jp"""

SIG_SAKAMAKI = """━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 総務課　坂巻 千夏（さかまき ちなつ）
TEL：0466-27-3104　FAX：0466-27-3199
Mail：sakamaki.c@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━"""

SIG_TERAKADO = """*******************************
寺門 早紀 / Saki Terakado
日の出産業株式会社 総務部 防災・安全衛生担当
青嵐ツインタワー東館 10F
直通 0466-27-3108
*******************************"""

SIG_HATORI = """日の出産業株式会社
総務部長　羽鳥 康平
TEL 0466-27-3100"""

SIG_MIKOSHIBA = """----------------------------------------
人事部 労務課　御子柴 玲奈
日の出産業株式会社
〒251-0042 神奈川県青嵐市中央2-8-1
TEL 0466-27-3130 / mikoshiba.r@hinode-sangyo.co.jp
----------------------------------------"""

SIG_OTOBE = """
乙部 真琴（総務課）
日の出産業株式会社　内線2215"""

SIG_MIZOGUCHI = """=====================================
日の出産業株式会社 大阪支店 総務課
溝口 伸也
〒530-0005 大阪府大阪市北区中之島5-3-18 中之島リバーサイドビル6F
TEL 06-6441-8870
====================================="""

SIG_OTSUKI = """――――――――――――――――
日の出産業株式会社　岩瀬工場
安全衛生課　大槻 義男
〒309-1211 茨城県桜川市岩瀬字東原1880
TEL 0296-75-2201（工場代表）
――――――――――――――――"""

SIG_EN = """Best regards,

Takashi Morinaga
Manager, General Affairs Section (Fire Prevention Manager)
Hinode Sangyo Co., Ltd.
10F Seiran Twin Tower East, 2-8-1 Chuo, Seiran-shi, Kanagawa 251-0042, Japan
Tel: +81-466-27-3100"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者にご連絡のうえ、
本メールを削除してください。無断での複製・転送はお断りいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

# -- who the drills involve --------------------------------------------------------------
BM = "東雲ビルマネジメント 防災センター 大迫様 <bosai-center@shinonome-bm.co.jp>"
BM_KANRI = "東雲ビルマネジメント 管理事務所 <kanri.seiran-east@shinonome-bm.co.jp>"
FD_YOBO = "青嵐市消防局 中央消防署 予防課 <chuo-yobo@fd.city.seiran.lg.jp>"
FD_KYUMEI = "青嵐市消防局 救急課 救命講習係 <kyumei@fd.city.seiran.lg.jp>"
CITY_BOSAI = "青嵐市 危機管理課 <kikikanri@city.seiran.lg.jp>"
KEIBI = "センチネル警備保障 青嵐営業所 <seiran@sentinel-keibi.co.jp>"
LAB = "防災ラボ 芹沢様 <serizawa@bousai-lab.com>"
KYOKAI = "青嵐市防災協会 講習受付 <koshu@seiran-bousai.or.jp>"
ANPI = "ツバサシステム 安否確認サービス サポート <anpi-support@tsubasa-system.jp>"

# -- the messages ------------------------------------------------------------------------

MORINAGA = "森永 隆史 <morinaga.t@hinode-sangyo.co.jp>"
SAKAMAKI = "坂巻 千夏 <sakamaki.c@hinode-sangyo.co.jp>"
TERAKADO = "寺門 早紀 <terakado.s@hinode-sangyo.co.jp>"
HATORI = "羽鳥 康平 <hatori.k@hinode-sangyo.co.jp>"
MIKOSHIBA = "御子柴 玲奈 <mikoshiba.r@hinode-sangyo.co.jp>"
OTOBE = "乙部 真琴 <otobe.m@hinode-sangyo.co.jp>"
MIZOGUCHI = "溝口 伸也 <mizoguchi.s@hinode-sangyo.co.jp>"
OTSUKI = "大槻 義男 <otsuki.y@hinode-sangyo.co.jp>"

# 001 — 自衛消防隊 編成表 (xlsx, two sheets) to the building's 防災センター
_p001 = _people("m001", 19)
_han = ["本部（隊長）", "本部（副隊長）", "通報連絡班", "通報連絡班", "初期消火班", "初期消火班", "初期消火班",
        "避難誘導班", "避難誘導班", "避難誘導班", "避難誘導班", "応急救護班", "応急救護班", "安全防護班"]
_m001 = {
    "id": "bosaikunren-001", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [BM],
    "subject": "自衛消防隊編成表（2026年11月改訂版）送付の件",
    "body": f"""東雲ビルマネジメント株式会社
防災センター 大迫様

いつもお世話になっております。日の出産業の森永です。

11月12日（木）の総合防災訓練に先立ち、弊社の自衛消防隊編成表を改訂いたしましたので
お送りいたします。人事異動に伴い、初期消火班と避難誘導班のメンバーが入れ替わっております。

・シート「編成表」：班別の隊員と勤務階、緊急時の携帯番号
・シート「夜間休日」：夜間・休日に防災センターから連絡する際の順番

防災センターの緊急連絡簿の差し替えをお願いできますでしょうか。
ご不明点がございましたらご連絡ください。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "xlsx", "name": "自衛消防隊編成表_202611.xlsx",
        "sheets": {
            "編成表": [["青嵐ツインタワー東館　日の出産業株式会社　自衛消防隊編成表（2026年11月1日現在）"], [],
                    ["班", "氏名", "所属", "勤務階", "携帯電話", "内線"]]
            + [[_han[i], p["name"], p["dept"], p["floor"], p["mobile"], p["ext"]] for i, p in enumerate(_p001[:14])],
            "夜間休日": [["夜間・休日 連絡順位"], ["順位", "氏名", "携帯電話", "自宅電話"]]
            + [[i + 1, p["name"], p["mobile"], p["home"]] for i, p in enumerate(_p001[14:])],
        },
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: 19 隊員 with mobile / home phone in an XLSX to the building manager",
}

# 002 — date coordination with the building manager, reply with the manager's text quoted
_m002 = {
    "id": "bosaikunren-002", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "Re: 11/12 総合防災訓練の時間割について",
    "body": f"""大迫様

お世話になっております。日の出産業 総務課の坂巻です。
ご調整いただきありがとうございます。以下の時間割で進めさせていただきます。

　13:30　各階防災担当者 集合（10F 大会議室）
　14:00　地震発生想定（緊急地震速報 訓練放送）
　14:05　11F 給湯室より出火想定／非常ベル鳴動
　14:10　避難開始（東側階段使用、エレベーターは停止）
　14:30　一時集合場所（中央公園 北側広場）にて人員確認
　14:45　消火器・屋内消火栓の取扱訓練（消防署員ご指導）
　15:30　終了

非常放送の文案は前回と同じもので差し支えございません。
当日はどうぞよろしくお願いいたします。

{SIG_SAKAMAKI}

> 日の出産業株式会社
> 坂巻様
>
> いつもお世話になっております。東雲ビルマネジメントの大迫です。
> 11/12（木）の訓練について、非常放送とエレベーター停止は14:05〜14:40で
> 設定可能です。館内の他テナント様には当方から周知いたします。
> 時間割が確定しましたらお知らせください。
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary scheduling mail to the building manager; no personal data",
}

# 003 — one employee with a hearing disability: the alarm cannot be heard
_m003 = {
    "id": "bosaikunren-003", "charset": "cp932",
    "sender": TERAKADO, "to": [BM], "cc": ["森永 隆史 <morinaga.t@hinode-sangyo.co.jp>"],
    "subject": "10階 執務室への光警報装置（フラッシュライト）設置のご相談",
    "body": f"""東雲ビルマネジメント株式会社
防災センター 大迫様

お世話になっております。日の出産業 総務部の寺門でございます。

ご相談がございます。弊社経理部の甲斐 美咲（10F 東側島）は聴覚に障害があり
（身体障害者手帳 4級・両耳）、非常ベルおよび非常放送を聞き取ることができません。
前回の訓練では周囲の社員が肩をたたいて知らせましたが、一人で在席している時間帯もあり、
光で知らせる警報装置（フラッシュライト型）の増設が可能かご検討いただけないでしょうか。

費用は弊社負担で差し支えございません。工事の可否と概算をお知らせいただけますと幸いです。

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: one named employee's hearing disability (障害者手帳) to the building manager",
}

# 004 — 自衛消防訓練通知書 to the fire station (form as PDF; only the company's own data)
_m004 = {
    "id": "bosaikunren-004", "charset": "utf-8",
    "sender": MORINAGA, "to": [FD_YOBO],
    "subject": "自衛消防訓練通知書の提出（日の出産業株式会社／青嵐ツインタワー東館10〜12F）",
    "body": f"""青嵐市消防局 中央消防署 予防課 御中

いつもお世話になっております。
日の出産業株式会社 防火管理者の森永でございます。

消防計画に基づき、下記のとおり自衛消防訓練を実施いたしますので、
自衛消防訓練通知書を添付にて提出いたします。

　実施日時：2026年11月12日（木）14:00〜15:30
　訓練種別：総合訓練（通報・消火・避難）／地震想定
　参加予定：約180名
　消防署員の派遣：希望します（消火器・屋内消火栓の取扱指導）

原本は訓練前日までに窓口へ持参いたします。
よろしくお願い申し上げます。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pdf", "name": "自衛消防訓練通知書_日の出産業.pdf", "title": "自衛消防訓練通知書",
        "lines": ["自衛消防訓練通知書", "",
                  "青嵐市消防局 中央消防署長 殿", "                                   2026年10月20日",
                  "事業所名：日の出産業株式会社",
                  "所在地：神奈川県青嵐市中央2-8-1 青嵐ツインタワー東館 10〜12階",
                  "防火管理者：総務部総務課長 森永 隆史　　電話：0466-27-3100（代表）",
                  "訓練日時：2026年11月12日（木）14時00分〜15時30分",
                  "訓練種別：☑通報 ☑消火 ☑避難 □その他",
                  "参加予定人員：約180名（うち自衛消防隊員 14名）",
                  "訓練想定：震度6弱の地震発生後、11階給湯室より出火",
                  "消防職員の派遣：希望する（指導内容：消火器・屋内消火栓の取扱い）",
                  "", "※受付欄（消防署記入）"],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "drill notification form to the fire station: only the company and its fire prevention manager (the sender)",
}

# 005 — the tenants' drill announcement with four tenant companies in To
_m005 = {
    "id": "bosaikunren-005", "charset": "iso-2022-jp",
    "sender": MORINAGA,
    "to": ["光洋商事 総務部 <soumu@koyo-shoji.co.jp>", "明星デザイン 管理部 <kanri@meisei-design.jp>",
           "アーク製薬 青嵐オフィス 総務 <seiran-ga@ark-pharma.co.jp>",
           "Northwind Analytics Japan Office Admin <office.jp@northwind-analytics.com>"],
    "subject": "【東館テナント防災連絡会】11/12 合同防災訓練のご案内",
    "body": f"""東館テナント防災連絡会 各社ご担当者様

いつもお世話になっております。
本年度の連絡会幹事を務めております日の出産業の森永です。

11月12日（木）14時より、東館全体での合同防災訓練を実施いたします。
各社様には以下のご協力をお願いいたします。

1. 参加予定人数を 10月30日（金）までにご返信ください
2. 各フロアの避難誘導担当の方を1名ご選任ください（お名前のみで結構です）
3. 当日14:05の非常ベル鳴動後、東側階段より中央公園北側広場へ避難してください

訓練後、消防署員による消火器取扱指導を予定しております（任意参加）。
(English follows) A joint fire and earthquake drill will be held on Thu 12 Nov from 14:00.
Please reply with the number of participants by 30 Oct.

{SIG_MORINAGA}""",
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: four tenant companies in To, should have been Bcc",
}

# 006 — 普通救命講習 受講者名簿 (DOCX table) to the fire department
_p006 = _people("m006", 12)
_m006 = {
    "id": "bosaikunren-006", "charset": "utf-8",
    "sender": TERAKADO, "to": [FD_KYUMEI],
    "subject": "普通救命講習Ⅰ（10/28）団体申込　受講者名簿の送付",
    "body": f"""青嵐市消防局 救急課 救命講習係 ご担当者様

お世話になっております。日の出産業株式会社の寺門です。
先日お電話で予約させていただいた 10月28日（水）9:00〜12:00 の普通救命講習Ⅰについて、
受講者名簿をお送りいたします（12名）。

修了証の発行に必要とのことで、生年月日もご記入しております。
会場は弊社10階大会議室、AEDトレーナーは弊社のもの2台もご利用いただけます。

{SIG_TERAKADO}""",
    "attachments": [{
        "kind": "docx", "name": "普通救命講習_受講者名簿_日の出産業.docx", "title": "受講者名簿",
        "paragraphs": ["普通救命講習Ⅰ 受講者名簿（団体申込）", "団体名：日の出産業株式会社",
                       "講習日：2026年10月28日（水）9時〜12時　会場：青嵐ツインタワー東館10階",
                       "申込担当：総務部 寺門（0466-27-3108）"],
        "tables": [[["No.", "氏名", "ふりがな", "生年月日", "性別", "連絡先（携帯）"]]
                   + [[str(i + 1), p["name"], p["kana"], wareki(p["dob"]), p["sexj"], p["mobile"]]
                      for i, p in enumerate(_p006)]],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: 12 trainees with date of birth and mobile in a DOCX table",
}

# 007 — three people for the 上級救命講習, names and mobiles in the body
_p007 = _people("m007", 3)
_m007 = {
    "id": "bosaikunren-007", "charset": "cp932",
    "sender": OTOBE, "to": [KYOKAI],
    "subject": "上級救命講習（11/21）受講申込",
    "body": f"""公益財団法人 青嵐市防災協会
講習受付 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務課の乙部と申します。
11月21日（土）の上級救命講習に、弊社応急救護班より3名の受講を申し込みます。

　{_p007[0]['name']}（{_p007[0]['kana']}）　携帯 {_p007[0]['mobile']}
　{_p007[1]['name']}（{_p007[1]['kana']}）　携帯 {_p007[1]['mobile']}
　{_p007[2]['name']}（{_p007[2]['kana']}）　携帯 {_p007[2]['mobile']}

受講料（1名 2,800円）は請求書払いでお願いできますでしょうか。
当日の緊急連絡先として各自の携帯番号を記載しております。
{SIG_OTOBE}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three trainees with mobiles: under five records, may be warned",
}

# 008 — hotel booking for the 帰宅困難者 exercise, paid with the corporate card
_card008 = card_number(SEED + 101)
_m008 = {
    "id": "bosaikunren-008", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": ["さくらホテル青嵐 宿泊予約 <yoyaku.seiran@sakura-hotel.jp>"],
    "subject": "11/12 宿泊予約（帰宅困難者対応訓練）4室",
    "body": f"""さくらホテル青嵐
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の坂巻です。
災害時帰宅困難者の受入協定に基づく訓練の一環として、下記のとおり実際に宿泊いたします。

　宿泊日　　：2026年11月12日（木）1泊
　部屋　　　：シングル 4室（禁煙）
　宿泊者　　：総務部 災害対策本部要員 4名（氏名は当日フロントにて記入）
　お支払い　：法人カード
　　カード番号：{_card008[:4]}-{_card008[4:8]}-{_card008[8:12]}-{_card008[12:]}
　　有効期限　：09/29
　　名義　　　：CHINATSU SAKAMAKI（HINODE SANGYO CO.,LTD.）

領収書の宛名は「日の出産業株式会社」でお願いいたします。

{SIG_SAKAMAKI}""",
    "expect": "stop", "entities": ["CREDIT_CARD", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "identifier: a credit card number written in the body to the hotel",
}

# 009 — participation statistics (CSV) to the building manager
_m009 = {
    "id": "bosaikunren-009", "charset": "utf-8",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "訓練結果（階別集計）のご報告",
    "body": f"""大迫様

お世話になっております。日の出産業の坂巻です。
昨日の訓練では大変お世話になりました。
弊社フロアの階別集計をお送りします。連絡会への報告資料にご利用ください。

・在館者 186名のうち訓練参加 171名（91.9%）
・一時集合場所での人員確認完了まで 12分40秒（前回 15分05秒）
・11Fの東側階段で渋滞が発生したため、次回は西側階段との分散を検討します

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "csv", "name": "訓練集計_階別.csv", "encoding": "utf-8",
        "rows": [["階", "在館者数", "参加者数", "参加率", "避難開始", "集合完了", "所要時間"],
                 ["10F", "74", "70", "94.6%", "14:10", "14:21", "11:05"],
                 ["11F", "63", "56", "88.9%", "14:10", "14:22", "12:40"],
                 ["12F", "49", "45", "91.8%", "14:11", "14:20", "09:30"],
                 ["合計", "186", "171", "91.9%", "", "", "12:40"]],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "statistics only, no people",
}

# 010 — Osaka branch report sent to a look-alike of the company's own domain (.co.jo)
_m010 = {
    "id": "bosaikunren-010", "charset": "cp932",
    "sender": MIZOGUCHI, "to": ["森永 隆史 <morinaga.t@hinode-sangyo.co.jo>"],
    "subject": "大阪支店 防災訓練実施報告（10/15）",
    "body": f"""森永課長

お疲れさまです。大阪支店総務の溝口です。
10月15日に実施した大阪支店の防災訓練について、結果をご報告いたします。

　参加者：42名（在籍 47名、外出 5名）
　想定：南海トラフ地震（震度6弱）、ビル全館放送による避難指示
　避難完了：8分10秒（非常階段 → 中之島公園 所定位置）
　消火器訓練：水消火器 3本使用
　課題：ヘルメットが2名分不足していたため追加購入を申請します

ビル管理会社からの講評は別途転送いたします。

{SIG_MIZOGUCHI}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangyo.co.jo (TLD typo of the company's own domain)",
}

# 011 — PPAP: the roster in a password ZIP, password 'sent separately'
_p011 = _people("m011", 16)
_m011 = {
    "id": "bosaikunren-011", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": [BM_KANRI],
    "subject": "在館者名簿（11/12訓練用）の送付",
    "body": f"""東雲ビルマネジメント株式会社 管理事務所 御中

お世話になっております。日の出産業の坂巻です。
訓練当日の人員確認用に、弊社在館者名簿を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "zip", "name": "在館者名簿_20261112.zip", "password": "Hnd#1112",
        "files": [{"kind": "xlsx", "name": "在館者名簿.xlsx",
                   "sheets": {"名簿": [["氏名", "所属", "階", "携帯"]]
                              + [[p["name"], p["dept"], p["floor"], p["mobile"]] for p in _p011]}}],
    }],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected ZIP (PPAP); its content cannot be inspected",
}

# 012 — internal only: the full 要配慮者 list to 人事 (internal, whatever it carries)
_p012 = _people("m012", 7)
_cond012 = ["車椅子使用（脊髄損傷）", "視覚障害（弱視・身体障害者手帳3級）", "心疾患・ペースメーカー装着",
            "妊娠7か月（階段避難に介助）", "聴覚障害（手話通訳の配慮）", "人工股関節置換術後", "てんかん（服薬中）"]
_m012 = {
    "id": "bosaikunren-012", "charset": "utf-8",
    "sender": TERAKADO, "to": [MIKOSHIBA], "cc": [HATORI],
    "subject": "避難行動要支援者の個別計画（人事部確認用）",
    "body": f"""御子柴さん
（cc: 羽鳥部長）

お疲れさまです。寺門です。
避難行動要支援者の一覧を、人事部の把握内容と突き合わせたく送ります。
本人同意の範囲で、ビル管理会社には「支援が必要な人数と階」だけを伝える予定です。

{table([["氏名", "所属", "階", "配慮事項", "支援者", "本人携帯"]] + [[p["name"], p["dept"], p["floor"], _cond012[i], _p012[(i + 1) % 7]["sei"], p["mobile"]] for i, p in enumerate(_p012)])}

誤りがあれば直接修正して返信してください。社外への送付はしません。

{SIG_TERAKADO}""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], "detectors": [],
    "note": "internal only (人事 and 総務部長): a sensitive list, but no external recipient",
}

# 013 — floor wardens, columns padded with ASCII spaces, in the body (Shift_JIS)
_p013 = _people("m013", 9)
_zone = ["10F 東", "10F 西", "10F 北", "11F 東", "11F 西", "11F 北", "12F 東", "12F 西", "12F 会議室"]
_m013 = {
    "id": "bosaikunren-013", "charset": "cp932",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "避難誘導員（フロアウォーデン）一覧",
    "body": f"""大迫様

お世話になっております。日の出産業の坂巻です。
当日、各区画の避難誘導員は下記のとおりです。防災センターから各区画へ連絡を取る場合は
携帯番号へお願いいたします（訓練中は内線が使えないため）。

{table([["区画", "避難誘導員", "携帯"]] + [[_zone[i], p["name"], p["mobile"]] for i, p in enumerate(_p013)])}

腕章（オレンジ）は当日朝に10F受付でお渡しします。

{SIG_SAKAMAKI}""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: nine floor wardens with mobiles in the body to the building manager",
}

# 014 — 消防計画 draft, DOCX stamped 社外秘 in its header, to the consultant
_m014 = {
    "id": "bosaikunren-014", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [LAB],
    "subject": "消防計画（改訂案）のご確認のお願い",
    "body": f"""株式会社防災ラボ
芹沢様

いつも大変お世話になっております。日の出産業の森永です。
先日のお打合せを踏まえ、消防計画の改訂案を作成いたしました。
特に「第4章 震災対策」と「第6章 自衛消防隊の任務」について、ご意見をいただけますと幸いです。

11月5日（木）の打合せまでにご確認いただけますでしょうか。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "docx", "name": "消防計画_改訂案_v3.docx", "title": "消防計画（改訂案）",
        "page_header": "社外秘　日の出産業株式会社",
        "paragraphs": ["日の出産業株式会社 消防計画（改訂案 第3版）",
                       "第1章 総則　第1条（目的）この計画は、消防法第8条第1項に基づき…",
                       "第4章 震災対策　第22条 震災に備えての事前計画として、…",
                       "第6章 自衛消防隊の任務　第31条 自衛消防隊は、隊長、副隊長及び各班をもって編成する。",
                       "※別表2 自衛消防隊の編成（役職のみ記載。氏名は別紙）"],
        "tables": [[["班", "任務", "人数"], ["通報連絡班", "119番通報、館内への周知、防災センターへの連絡", "2"],
                    ["初期消火班", "消火器・屋内消火栓による初期消火", "3"],
                    ["避難誘導班", "避難経路の確保、逃げ遅れの確認", "4"],
                    ["応急救護班", "負傷者の応急手当、救急隊への引継ぎ", "2"]]],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "marking: the attached DOCX carries 社外秘 in its page header",
}

# 015 — a freelance 防災士 on free mail, asked to give a talk
_m015 = {
    "id": "bosaikunren-015", "charset": "iso-2022-jp",
    "sender": TERAKADO, "to": ["水無瀬 透 <minase.toru.bousai@gmail.com>"],
    "subject": "防災講話のご依頼（11月12日）",
    "body": f"""水無瀬 透 先生

突然のご連絡失礼いたします。日の出産業株式会社 総務部の寺門と申します。
青嵐市防災協会のご紹介で、ご連絡を差し上げました。

11月12日（木）の総合防災訓練の後、15:45〜16:30 の45分間で、
「家庭でできる地震への備え」をテーマに社員向けの講話をお願いできないでしょうか。
対象は社員約150名、会場は弊社10階大会議室です（プロジェクターあり）。

謝礼は弊社規定により 50,000円（税込・交通費込）を予定しております。
ご都合をお聞かせいただけますと幸いです。

{SIG_TERAKADO}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a freelance lecturer), ordinary request",
}

# 016 — 安否確認サービス registration CSV for all 10F staff
_p016 = _people("m016", 24)
_m016 = {
    "id": "bosaikunren-016", "charset": "utf-8",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": [ANPI],
    "subject": "[契約番号 TS-AN-20418] 利用者一括登録データの送付",
    "body": """ツバサシステム株式会社
安否確認サービス サポートご担当者様

お世話になっております。日の出産業 情報システム部の安西です。
11/12の防災訓練で安否確認の一斉配信テストを行うため、本社10F勤務者の利用者データを
一括登録していただきたく、CSVを添付いたします。

個人メールと携帯は、本人が任意で登録を希望した者のみ記載しています。
登録完了後、テスト配信の予約方法をご教示ください。

--
日の出産業株式会社 情報システム部
安西 圭吾
TEL 0466-27-3160
""",
    "attachments": [{
        "kind": "csv", "name": "anpi_users_10F.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "フリガナ", "所属", "会社メール", "個人メール", "携帯電話"]]
        + [[p["emp"], p["name"], p["kana"], p["dept"], p["work"], p["mail"], p["mobile"]] for p in _p016],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: 24 employees with private e-mail and mobile in a CSV to the safety-confirmation vendor (partner)",
}

# 017 — reply to the fire department; their roster of confirmed trainees is only quoted
_p017 = _people("m017", 6)
_m017 = {
    "id": "bosaikunren-017", "charset": "cp932",
    "sender": TERAKADO, "to": [FD_KYUMEI],
    "subject": "Re: 【受付完了】10/28 普通救命講習（日の出産業様）",
    "body": f"""救命講習係 ご担当者様

ご連絡ありがとうございます。日の出産業の寺門です。
受講者の確定内容、承知いたしました。当日は 8:45 に10階受付へお越しください。
駐車場は地下2階の来客用（No.B2-14）をご用意しております。

{SIG_TERAKADO}

-----Original Message-----
From: 青嵐市消防局 救急課 救命講習係
Sent: Thursday, October 22, 2026 4:12 PM
To: 寺門 早紀
Subject: 【受付完了】10/28 普通救命講習（日の出産業様）

日の出産業株式会社 寺門様

お申込みいただいた講習の受付が完了しました。受講確定者は以下のとおりです。
""" + "\n".join(f"{i + 1}. {p['name']}（{wareki(p['dob'], 'abbr')}生） {p['mobile']}" for i, p in enumerate(_p017)) + """

欠席者が出る場合は前日17時までにご連絡ください。
青嵐市消防局 救急課 救命講習係
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the trainee list is only in the quoted original from the recipient; the new text holds no personal data",
}

# 018 — four people needing help to evacuate, with their conditions, to the building manager
_p018 = _people("m018", 4)
_m018 = {
    "id": "bosaikunren-018", "charset": "iso-2022-jp",
    "sender": TERAKADO, "to": [BM],
    "subject": "避難時に介助が必要な社員について（避難器具・担架の準備のお願い）",
    "body": f"""大迫様

お世話になっております。日の出産業の寺門です。
今回の訓練では、介助が必要な社員についても実際に避難の手順を確認したいと考えております。
対象者と必要な支援は次のとおりです（本人の了承を得ております）。

■{_p018[0]['name']}（11F）… 車椅子使用（脊髄損傷）。階段避難車での搬送が必要
■{_p018[1]['name']}（10F）… 視覚障害。誘導者1名が付き添い
■{_p018[2]['name']}（12F）… 心臓ペースメーカー装着。階段は介助付きでゆっくり
■{_p018[3]['name']}（11F）… 人工股関節の手術後で松葉杖使用

階段避難車（イーバックチェア）を11F東側階段前にご用意いただけますでしょうか。

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: four named employees with disabilities / medical conditions (要配慮) to the building manager",
}

# 019 — two external organisations (building manager, fire station) on one mail
_m019 = {
    "id": "bosaikunren-019", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [BM], "cc": [FD_YOBO],
    "subject": "11/12 訓練当日の消防車両の停車位置について",
    "body": f"""東雲ビルマネジメント 大迫様
（cc：中央消防署 予防課 ご担当者様）

お世話になっております。日の出産業の森永です。
当日、中央消防署様より指導用の水消火器と広報車1台でお越しいただけると伺いました。
停車位置について、東館北側の車寄せ（荷捌きスペース横）を 13:30〜16:00 で確保いただけますでしょうか。

消防署様には、到着時に防災センター（1F 北側）へお声がけいただければご案内いたします。

{SIG_MORINAGA}""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way coordination mail",
}

# 020 — floor leaders, names and desk extensions only
_p020 = _people("m020", 6)
_m020 = {
    "id": "bosaikunren-020", "charset": "cp932",
    "sender": OTOBE, "to": [BM],
    "subject": "各階の防災班長（内線）",
    "body": f"""東雲ビルマネジメント 防災センター 御中

日の出産業 総務課の乙部です。
今年度の各階の防災班長は以下のとおりです。館内放送の連絡時などにご活用ください。

""" + "\n".join(f"・{f}　班長：{p['name']}（内線 {p['ext']}）" for f, p in zip(["10F東", "10F西", "11F東", "11F西", "12F東", "12F西"], _p020)) + f"""

以上です。
{SIG_OTOBE}""",
    "expect": "either", "entities": ["PERSON_NAME"], "detectors": [],
    "note": "either: six names with floor and office extension only, a staff directory more than personal records",
}

# 021 — additional users for the safety-confirmation service; the HR export kept the 個人番号 column
_p021 = _people("m021", 3)
_m021 = {
    "id": "bosaikunren-021", "charset": "cp932",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": [ANPI],
    "subject": "Re: [TS-AN-20418] 追加登録（3名）のお願い",
    "body": """サポートご担当者様

お世話になっております。日の出産業の安西です。
先日の一括登録に漏れがあった中途入社の3名分を、追加で登録いただけますでしょうか。
人事システムから抽出したCSVを添付いたします。

--
日の出産業株式会社 情報システム部
安西 圭吾
""",
    "attachments": [{
        "kind": "csv", "name": "追加登録_3名.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "カナ", "所属", "メール", "携帯", "個人番号"]]
        + [[p["emp"], p["name"], p["kana"], p["dept"], p["work"], p["mobile"], my_number(SEED + 1 + i)]
           for i, p in enumerate(_p021)],
    }],
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: an HR export with a 個人番号 column (three rows) sent to the vendor",
}

# 022 — quotation request for stockpile goods (product codes, quantities)
_m022 = {
    "id": "bosaikunren-022", "charset": "utf-8",
    "sender": OTOBE, "to": ["そなえマート 法人営業部 <houjin@sonae-mart.jp>"],
    "subject": "防災備蓄品のお見積りのお願い",
    "body": f"""株式会社そなえマート
法人営業部 ご担当者様

お世話になっております。日の出産業株式会社 総務課の乙部です。
本社（約190名・3日分）の備蓄品更新にあたり、以下のお見積りをお願いいたします。

　品番　　　　品名　　　　　　　　　　　　　　数量
　SM-W500-24　保存水 500ml×24本（7年保存）　　72ケース
　SM-AL-050　 アルファ米 50食セット（五目）　　12箱
　SM-TT-100　 簡易トイレ 100回分　　　　　　　8セット
　SM-BL-001　 アルミブランケット　　　　　　　200枚
　SM-HL-02W　 折りたたみヘルメット（白）　　　30個

納品希望：2026年12月上旬、青嵐ツインタワー東館 地下1階 荷捌き場
期限切れ品（保存水 2019年製）の引取りが可能かもあわせてご教示ください。
{SIG_OTOBE}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "quotation request with product codes; no personal data",
}

# 023 — 緊急連絡網 (tab separated, home addresses) to the security company
_p023 = _people("m023", 6)
_m023 = {
    "id": "bosaikunren-023", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [KEIBI],
    "subject": "機械警備 緊急連絡先（鍵保管者）の変更届",
    "body": f"""センチネル警備保障株式会社 青嵐営業所 御中

いつもお世話になっております。日の出産業の森永です。
異常発報時の緊急連絡先（鍵保管者）を下記のとおり変更いたします。
夜間に駆けつけが必要な場合に備え、自宅住所も記載しております。

""" + tsv([["順位", "氏名", "役職", "自宅住所", "自宅電話", "携帯電話"]]
          + [[str(i + 1), p["name"], r, p["addr"], p["home"], p["mobile"]]
             for i, (p, r) in enumerate(zip(_p023, ["総務部長", "総務課長", "総務課係長", "総務課", "総務課", "施設担当"]))]) + f"""

変更届の書式がございましたらお送りください。押印のうえ返送いたします。

{SIG_MORINAGA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: six key holders with home address and phones, tab separated, to the security company",
}

# 024 — reply-all: building manager, fire station and security company all in To/Cc
_m024 = {
    "id": "bosaikunren-024", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [BM, FD_YOBO], "cc": [KEIBI],
    "subject": "Re: 11/19 訓練反省会の開催について",
    "body": f"""皆様

お世話になっております。日の出産業の森永です。
11月19日（木）15:00〜 の反省会、弊社からは森永・坂巻の2名で出席いたします。
会場は東館1F 防災センター会議室と承知いたしました。

弊社からの議題として、
　・11F東側階段で発生した渋滞
　・非常放送が12F会議室で聞き取りにくかった件
を持参いたします。

{SIG_MORINAGA}

> 各位
> 東雲ビルマネジメントの大迫です。
> 11/12の合同訓練の反省会を下記で開催いたします。
> 日時：11月19日（木）15:00〜16:00　場所：東館1F 防災センター会議室
> 出席者のお名前を11/17までにお知らせください。
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: building manager, fire department and security company in To/Cc (three organisations)",
}

# 025 — mail about the NDA before the consultant receives the building drawings
_m025 = {
    "id": "bosaikunren-025", "charset": "utf-8",
    "sender": HATORI, "to": [LAB],
    "subject": "秘密保持契約書（案）について",
    "body": f"""株式会社防災ラボ
代表取締役 芹沢 様

いつもお世話になっております。日の出産業の羽鳥です。
BCP・防災訓練の見直し支援にあたり、当社フロアの図面や警備体制の資料をご覧いただくため、
事前に秘密保持契約を締結させていただきたく、当社の雛形をお送りいたします。

第5条（秘密情報の返還）の期間について、御社のご意見があればお聞かせください。
ご確認後、電子契約サービスにてお送りいたします。

{SIG_HATORI}
{DISC_JA}""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_防災ラボ様.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）と株式会社防災ラボ（以下「乙」という。）は、"
                       "甲の防災体制の見直し業務に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する図面、警備計画その他の情報をいう。",
                       "第2条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                       "第5条（返還）乙は、本業務終了後30日以内に秘密情報を返還又は廃棄する。",
                       "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA (秘密保持契約) and its draft; the disclaimer is standard; no marking, no personal data",
}

# 026 — a seizure on the stairs during the drill, reported to the external occupational physician
_p026 = _people("m026", 1)[0]
_m026 = {
    "id": "bosaikunren-026", "charset": "cp932",
    "sender": TERAKADO, "to": ["あさひ産業医事務所 戸叶先生 <tokano@asahi-occhealth.jp>"],
    "cc": [MIKOSHIBA],
    "subject": "防災訓練中の体調不良者について（ご報告とご相談）",
    "body": f"""あさひ産業医事務所
戸叶先生

いつもお世話になっております。日の出産業 総務部の寺門です。
本日の防災訓練中に体調不良者が出ましたので、ご報告いたします。

　氏名：{_p026['name']}（{_p026['dept']}、{_p026['age']}歳）
　状況：14:15頃、11階から避難中、9階踊り場で意識消失・けいれん（約1分）
　経過：応急救護班が回復体位をとり、約3分で意識回復。救急要請は本人の希望により見送り
　既往：てんかん（本人申告、服薬中。本日朝の服薬を失念していたとのこと）

明日以降の就業上の配慮（階段避難の介助者指定など）について、
次回の面談でご相談させていただけますでしょうか。

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: a named employee's seizure and epilepsy history sent to an external doctor's office",
}

# 027 — list of evacuation sites and shelters (facilities, not people)
_m027 = {
    "id": "bosaikunren-027", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "避難場所・一時滞在施設の一覧（社内掲示用）",
    "body": f"""大迫様

お世話になっております。日の出産業の坂巻です。
社内掲示用に以下の一覧を作成しました。館内掲示と内容が相違していないか、
お手すきの際にご確認いただけますでしょうか。

{table([["区分", "施設名", "所在地", "電話"],
        ["一時集合場所", "中央公園 北側広場", "青嵐市中央3-1", "0466-20-1180（公園管理事務所）"],
        ["広域避難場所", "青嵐市総合運動公園", "青嵐市緑が丘1-1-1", "0466-28-7700"],
        ["指定避難所", "青嵐市立中央小学校", "青嵐市中央4-12-3", "0466-22-0315"],
        ["一時滞在施設", "青嵐市民会館", "青嵐市本町2-5-8", "0466-23-4411"],
        ["協定ホテル", "さくらホテル青嵐", "青嵐市駅前1-2-3", "0466-25-3939"],
        ["災害拠点病院", "青嵐市民病院", "青嵐市南台6-2-1", "0466-29-1111"]])}

{SIG_SAKAMAKI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a list of facilities and their switchboards, not people",
}

# 028 — the drill report as a password-protected PDF
_m028 = {
    "id": "bosaikunren-028", "charset": "utf-8",
    "sender": MORINAGA, "to": [FD_YOBO],
    "subject": "自衛消防訓練 実施結果報告書の送付",
    "body": f"""中央消防署 予防課 ご担当者様

お世話になっております。日の出産業の森永です。
11月12日の訓練では署員の方にご指導いただき、ありがとうございました。
実施結果報告書をお送りいたします。社内規程によりPDFにパスワードを設定しております。
パスワードは別途お電話でお伝えいたします。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pdf", "name": "訓練実施結果報告書_20261112.pdf", "password": "fd1112hnd",
        "title": "自衛消防訓練 実施結果報告書",
        "lines": ["自衛消防訓練 実施結果報告書", "実施日：2026年11月12日", "参加人員：171名",
                  "避難所要時間：12分40秒", "指導事項：階段の分散利用、非常放送の明瞭化"],
    }],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "unreadable: the PDF is encrypted",
}

# 029 — HTML-only mail: visitors expected in the building during the drill
_p029 = _people("m029", 7)
_co029 = ["川崎電機株式会社", "青葉運輸株式会社", "錦印刷株式会社", "ツバサシステム株式会社",
          "北国フーズ株式会社", "有限会社マルカ工芸", "みどり銀行 青嵐支店"]
_m029 = {
    "id": "bosaikunren-029", "charset": "utf-8",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "訓練時間帯の来館予定者（避難誘導のため）",
    "html": f"""<html><body style="font-family:'Meiryo UI',sans-serif">
<p>東雲ビルマネジメント株式会社<br>防災センター 大迫様</p>
<p>お世話になっております。日の出産業の坂巻です。<br>
訓練時間帯（14:00〜15:30）に弊社へ来館予定のお客様は以下のとおりです。
お客様も一緒に避難していただくため、はぐれた場合に防災センターからご連絡いただけるよう
携帯番号を伺っております。</p>
{html_table([["来館者", "会社名", "訪問先", "携帯電話"]] + [[p["name"], c, "10F 応接" + str(i + 1), p["mobile"]] for i, (p, c) in enumerate(zip(_p029, _co029))])}
<p>よろしくお願いいたします。</p>
<p style="color:#555">{SIG_SAKAMAKI.replace(chr(10), '<br>')}</p>
</body></html>""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: seven visitors' names with mobile numbers in an HTML table",
}

# 030 — English: drill timing for the foreign tenant's office administrator
_m030 = {
    "id": "bosaikunren-030", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Rachel Osei <rachel.osei@northwind-analytics.com>"],
    "subject": "Joint fire drill on 12 November - what your staff need to know",
    "body": f"""Dear Ms. Osei,

Thank you for confirming that Northwind Analytics will join the joint drill.
A few practical points for your team on the 11th floor:

- 14:05 the fire alarm will sound and an announcement (Japanese, then English) will follow.
- Please use the EAST staircase only. Lifts will be stopped from 14:05 to 14:40.
- Assemble at the north lawn of Chuo Park; our wardens wear orange armbands.
- Just tell the warden how many of your staff are present. No names are needed.

The fire department will run an extinguisher demonstration at 14:45 - everyone is welcome.

{SIG_EN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary English instructions to a tenant contact",
}

# 031 — agreement renewal mail to a look-alike of the partner hotel's domain (1 for l)
_m031 = {
    "id": "bosaikunren-031", "charset": "iso-2022-jp",
    "sender": HATORI, "to": ["さくらホテル 法人営業 <houjin@sakura-hote1.jp>"],
    "subject": "帰宅困難者受入協定の更新について",
    "body": f"""さくらホテル青嵐
法人営業ご担当者様

いつもお世話になっております。日の出産業の羽鳥です。
2023年12月に締結いたしました「災害時における帰宅困難者の受入れに関する協定」が
本年12月で満了となりますため、同条件での更新をお願いしたくご連絡いたしました。

受入人数（最大20名・3泊まで）と費用精算の方法は、前回どおりで差し支えございません。
更新用の協定書案をお送りいただけますでしょうか。

{SIG_HATORI}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "look-alike: sakura-hote1.jp imitates the partner sakura-hotel.jp",
}

# 032 — 労災 paperwork for a drill injury: 個人番号, 基礎年金番号 and the diagnosis to the 社労士
_p032 = _people("m032", 1)[0]
_m032 = {
    "id": "bosaikunren-032", "charset": "utf-8",
    "sender": MIKOSHIBA, "to": ["神崎社会保険労務士事務所 <office@kanzaki-sr.jp>"],
    "subject": "労災申請（休業補償）書類作成のお願い",
    "body": f"""神崎社会保険労務士事務所
神崎先生

いつもお世話になっております。日の出産業 人事部の御子柴です。
防災訓練中の事故で、社員が休業することになりました。休業補償給付の請求書作成をお願いいたします。

【被災者】
　氏名　　　：{_p032['name']}（{_p032['kana']}）
　生年月日　：{wareki(_p032['dob'])}
　住所　　　：〒{_p032['zip']} {_p032['addr']}
　個人番号　：{my_number(SEED + 4)}
　基礎年金番号：{4100 + SEED % 97}-{(SEED * 7) % 1000000:06d}

【災害の状況】
　2026年11月12日 14時12分頃、避難訓練で階段を降りる際に足を踏み外し転倒。
　青嵐整形外科にて「左橈骨遠位端骨折」と診断、全治6週間、11/13より休業。

平均賃金の計算に必要な賃金台帳は、別途お送りいたします。

{SIG_MIKOSHIBA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "identifier + sensitive: My Number, 基礎年金番号 and a diagnosis of one employee to the labour consultant",
}

# 033 — stockpile food order (XLSX order sheet with product codes)
_m033 = {
    "id": "bosaikunren-033", "charset": "iso-2022-jp",
    "sender": OTOBE, "to": ["北国フーズ 業務用営業課 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "注文書送付（非常食・発注番号 HS-2026-1187）",
    "body": f"""北国フーズ株式会社
業務用営業課 御中

いつもお世話になっております。日の出産業の乙部です。
先日お見積りいただいた長期保存食について、注文書をお送りいたします。
納品日は12月3日（木）午前でお願いいたします。
{SIG_OTOBE}""",
    "attachments": [{
        "kind": "xlsx", "name": "注文書_HS-2026-1187.xlsx",
        "sheets": {"注文書": [["注文書", "", "", "発注番号 HS-2026-1187"], [],
                            ["品番", "品名", "数量", "単価", "金額"],
                            ["KF-ST-5Y01", "5年保存 パンの缶詰（3種アソート）", 240, 380, 91200],
                            ["KF-ST-5Y12", "5年保存 カレーライスセット", 200, 520, 104000],
                            ["KF-ST-7Y03", "7年保存 ようかん", 600, 120, 72000],
                            ["", "", "", "小計", 267200], ["", "", "", "消費税", 21376],
                            ["", "", "", "合計", 288576]],
                   "納品先": [["納品先", "青嵐ツインタワー東館 地下1階 荷捌き場"],
                            ["受領担当", "日の出産業株式会社 総務課（代表 0466-27-3100）"]]},
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "purchase order with product codes and an order number; no personal data",
}

# 034 — forward of HR's internal mail: night contacts, one block per person, to the security company
_p034 = _people("m034", 5)
_blocks034 = "\n\n".join(f"【{i + 1}】{p['name']}（{p['dept']}）\n　住所：〒{p['zip']} {p['addr']}\n　携帯：{p['mobile']}"
                         for i, p in enumerate(_p034))
_m034 = {
    "id": "bosaikunren-034", "charset": "utf-8",
    "sender": MORINAGA, "to": [KEIBI],
    "subject": "FW: 夜間・休日の参集要員（徒歩参集可能者）",
    "body": f"""センチネル警備保障 青嵐営業所 御中

日の出産業の森永です。
夜間の地震発生時に参集する要員について、人事部で取りまとめた内容を転送いたします。
巡回時の連絡先としてご登録ください。

{SIG_MORINAGA}

-------- 転送メッセージ --------
差出人: 御子柴 玲奈 <mikoshiba.r@hinode-sangyo.co.jp>
送信日時: 2026年10月19日 11:42
宛先: 森永 隆史 <morinaga.t@hinode-sangyo.co.jp>
件名: 夜間・休日の参集要員（徒歩参集可能者）

森永課長

お疲れさまです。御子柴です。
本社から半径5km以内に住んでいて、徒歩参集に同意した社員は以下の5名です。

{_blocks034}

以上、よろしくお願いします。
""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: a forward (new text to its recipient) of five people's address and mobile blocks",
}

# 035 — BCP first-response outline, mail stamped 【部外秘】
_m035 = {
    "id": "bosaikunren-035", "charset": "iso-2022-jp",
    "sender": HATORI, "to": [BM],
    "subject": "【部外秘】大規模地震発生時の初動体制（案）について",
    "body": f"""━━━━━━━━━━━━━━━━━━━━━━━━
　取扱区分：部外秘（東雲ビルマネジメント様 限り）
━━━━━━━━━━━━━━━━━━━━━━━━

東雲ビルマネジメント株式会社
防災センター 大迫様

お世話になっております。日の出産業の羽鳥です。
当社の大規模地震発生時の初動体制（案）の概要をお送りします。
ビル側の初動と齟齬がないか、ご確認をお願いいたします。

1. 震度5強以上：本社10F大会議室に災害対策本部を自動設置
2. 本部長：代表取締役、副本部長：管理本部長、事務局：総務部
3. 発災後30分以内に安否確認システムで全社員へ一斉配信
4. 発災後2時間以内にビル防災センターと被害状況を共有
5. 帰宅困難時は3日間社内待機（備蓄品は3日分）

{SIG_HATORI}""",
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "marking: the mail itself is classified 部外秘 (subject and stamp)",
}

# 036 — English mail to the Singapore property manager, with the standard disclaimer
_m036 = {
    "id": "bosaikunren-036", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Ms. Priya Raman <priya.raman@harbourpoint-pm.com>"],
    "subject": "Hinode Sangyo Singapore office - annual fire drill date",
    "body": f"""Dear Ms. Raman,

Thank you for your notice about the annual fire drill at Harbourpoint Tower.
Our Singapore office (Unit 18-04) will take part on 3 December at 10:30 as scheduled.
Our Fire Warden there remains the office manager; there is no change from last year.

Could you let us know whether the evacuation will use the new assembly point at the
rear car park, as mentioned at the last tenants' meeting?

{SIG_EN}
{DISC_EN}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary English mail; the disclaimer's 'confidential' is not a marking",
}

# 037 — 応急手当普及員講習: applicants and their health declarations (XLSX) to the training body
_p037 = _people("m037", 7)
_health037 = ["なし", "高血圧（服薬中）", "腰椎椎間板ヘルニア（通院中）", "なし", "気管支喘息", "なし", "2型糖尿病（インスリン使用）"]
_m037 = {
    "id": "bosaikunren-037", "charset": "cp932",
    "sender": TERAKADO, "to": [KYOKAI],
    "subject": "応急手当普及員講習（3日間）の受講申込と健康申告書",
    "body": f"""青嵐市防災協会 講習受付 御中

お世話になっております。日の出産業株式会社 総務部の寺門です。
12月の応急手当普及員講習に、7名の受講を申し込みます。
実技が多いとのことでしたので、健康申告のシートも同じファイルに入れております。

{SIG_TERAKADO}""",
    "attachments": [{
        "kind": "xlsx", "name": "普及員講習_申込_日の出産業.xlsx",
        "sheets": {
            "申込者": [["応急手当普及員講習 受講申込書（団体）"], ["団体名", "日の出産業株式会社"], [],
                    ["No", "氏名", "フリガナ", "年齢", "性別", "携帯電話"]]
            + [[i + 1, p["name"], p["kana"], p["age"], p["sexj"], p["mobile"]] for i, p in enumerate(_p037)],
            "健康申告": [["No", "氏名", "持病・既往歴", "実技への配慮"]]
            + [[i + 1, p["name"], _health037[i], "胸骨圧迫は交代制" if _health037[i] != "なし" else ""]
               for i, p in enumerate(_p037)],
        },
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "list + sensitive: seven applicants with mobiles and their medical history",
}

# 038 — internal only: the final 消防計画 stamped 社外秘 to all floor leaders
_m038 = {
    "id": "bosaikunren-038", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["防災班長 各位 <bosai-hancho@hinode-sangyo.co.jp>"],
    "cc": ["総務部 <soumu@hinode-sangyo.co.jp>"],
    "subject": "消防計画（2026年11月改訂）確定版の配布",
    "body": f"""防災班長 各位

総務課の森永です。
消防署への届出が受理されましたので、消防計画の確定版を配布します。
社外秘扱いです。社外の方（派遣元・委託先を含む）への転送はしないでください。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pdf", "name": "消防計画_2026年11月改訂.pdf", "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 総務部", "title": "消防計画",
        "lines": ["日の出産業株式会社 消防計画", "（2026年11月1日改訂・青嵐市消防局 中央消防署 受理）",
                  "第1章 総則", "第2章 予防管理対策", "第3章 自衛消防活動", "第4章 震災対策", "第5章 防災教育・訓練"],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "internal only: a 社外秘 document, but every recipient is internal",
}

# 039 — three neighbourhood disaster-committee members on free mail, all in To
_m039 = {
    "id": "bosaikunren-039", "charset": "iso-2022-jp",
    "sender": MORINAGA,
    "to": ["中央二丁目自治会 防災部 笠井様 <kasai.chuo2@gmail.com>",
           "中央二丁目自治会 荻野様 <ogino.hiroshi1958@gmail.com>",
           "中央二丁目自治会 副会長 堀切様 <horikiri.k.chuo@gmail.com>"],
    "subject": "地域合同防災訓練（11/29）への参加について",
    "body": f"""中央二丁目自治会 防災部の皆様

いつもお世話になっております。日の出産業の森永です。
11月29日（日）の地域合同防災訓練に、当社から社員ボランティア8名と
発電機1台、担架2台をお持ちして参加いたします。

当日は9:00に中央小学校の校庭に集合でよろしいでしょうか。
炊き出し訓練用の保存水（500ml×48本）もお持ちします。

{SIG_MORINAGA}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "visible parties: three private persons (free mail) can see each other's addresses in To",
}

# 040 — unencrypted ZIP (XLSX + CSV) of the first-aid team and radio call list, to the consultant
_p040 = _people("m040", 8)
_m040 = {
    "id": "bosaikunren-040", "charset": "utf-8",
    "sender": TERAKADO, "to": [LAB],
    "subject": "訓練評価用資料（応急救護班・班長連絡先）",
    "body": f"""芹沢様

お世話になっております。日の出産業の寺門です。
当日の評価者の方が各班へ直接連絡できるよう、応急救護班の名簿と
班長の連絡先をまとめてお送りします（ZIPに2ファイル）。

{SIG_TERAKADO}""",
    "attachments": [{
        "kind": "zip", "name": "評価用資料_20261112.zip",
        "files": [
            {"kind": "xlsx", "name": "応急救護班名簿.xlsx",
             "sheets": {"救護班": [["氏名", "所属", "救命講習修了", "携帯"]]
                        + [[p["name"], p["dept"], "2025年度" if i % 2 else "2024年度", p["mobile"]]
                           for i, p in enumerate(_p040[:5])]}},
            {"kind": "csv", "name": "班長連絡先.csv", "encoding": "cp932",
             "rows": [["班", "氏名", "携帯", "メール"]]
             + [[h, p["name"], p["mobile"], p["work"]] for h, p in zip(["通報", "消火", "誘導"], _p040[5:])]},
        ],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "list: eight members with mobiles / e-mail in an unencrypted ZIP (XLSX + CSV)",
}

# 041 — reply; the building manager's list of its own staff is only in the quoted original
_p041 = _people("m041", 5)
_m041 = {
    "id": "bosaikunren-041", "charset": "cp932",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "RE: 訓練当日の防災センター要員について",
    "body": f"""大迫様

ご丁寧にありがとうございます。日の出産業の坂巻です。
当日の要員の方、承知いたしました。弊社の避難誘導員にも共有いたします（社内のみ）。

{SIG_SAKAMAKI}

差出人: 大迫 <bosai-center@shinonome-bm.co.jp>
送信日時: 2026年11月9日 月曜日 10:21
宛先: 坂巻 千夏 <sakamaki.c@hinode-sangyo.co.jp>
件名: 訓練当日の防災センター要員について

日の出産業株式会社 坂巻様

11/12の訓練当日、防災センターは以下の体制で対応いたします。
緊急時は携帯へ直接ご連絡ください。

""" + "\n".join(f"　{r}　{p['name']}　{p['mobile']}" for r, p in zip(["統括", "放送", "設備", "警備", "警備"], _p041)) + """

東雲ビルマネジメント株式会社 防災センター
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the five-person list is only in the quoted mail from the recipient (差出人/送信日時 block)",
}

# 042 — a driver for the city's water truck: one employee's driving licence number
_p042 = _people("m042", 1)[0]
_m042 = {
    "id": "bosaikunren-042", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [CITY_BOSAI],
    "subject": "給水車運転協力者の登録について（地域合同防災訓練）",
    "body": f"""青嵐市 危機管理課 ご担当者様

お世話になっております。日の出産業株式会社の森永です。
11/29の地域合同防災訓練で、市の給水車（中型）の運転に協力する社員の情報をお送りします。
登録票の記入事項は以下のとおりです。

　氏名　　　　：{_p042['name']}
　生年月日　　：{wareki(_p042['dob'], 'ja')}
　運転免許証番号：第 {3090 + SEED % 9}{(SEED * 13) % 100000000:08d} 号
　免許の種類　：中型・普通
　有効期限　　：2029年（令和11年）{_p042['dob'][1]}月{_p042['dob'][2]}日まで

ご不明点があればご連絡ください。

{SIG_MORINAGA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], "detectors": ["personal_data"],
    "note": "identifier: one employee's driving licence number to the city",
}

# 043 — stockpile shipments to the branches: tracking numbers
_m043 = {
    "id": "bosaikunren-043", "charset": "utf-8",
    "sender": OTOBE, "to": ["青葉運輸 法人サービス課 <houjin-service@aoba-unyu.co.jp>"],
    "subject": "集荷依頼の件（備蓄品 支店・工場向け 3口）",
    "body": f"""青葉運輸株式会社
法人サービス課 ご担当者様

いつもお世話になっております。日の出産業の乙部です。
本日お引取りいただいた備蓄品の送り状番号は以下のとおりです。

　送り状番号　　　届け先　　　　　　　　　　　個数
　4410-2286-7013　大阪支店（大阪市北区）　　　6
　4410-2286-7024　岩瀬工場（茨城県桜川市）　　11
　4410-2286-7035　名古屋営業所（名古屋市中区）3

大阪支店分のみ、時間指定（午前中）をお願いできますでしょうか。
{SIG_OTOBE}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "tracking numbers and branch destinations; no personal data",
}

# 044 — a corrupt XLSX to the safety-confirmation vendor
_m044 = {
    "id": "bosaikunren-044", "charset": "utf-8",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": [ANPI],
    "subject": "[TS-AN-20418] テスト配信 未回答者の再配信リスト",
    "body": """サポートご担当者様

お世話になっております。日の出産業の安西です。
11/12のテスト配信で未回答だった利用者の一覧を添付します。
この利用者にだけ、明日10時に再配信を設定いただけますでしょうか。

--
日の出産業株式会社 情報システム部
安西 圭吾
""",
    "attachments": [{"kind": "corrupt", "name": "未回答者_再配信.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "unreadable: the XLSX is corrupt and cannot be inspected",
}

# 045 — volunteer insurance for the community drill: eight volunteers with dates of birth (PDF)
_p045 = _people("m045", 8)
_m045 = {
    "id": "bosaikunren-045", "charset": "iso-2022-jp",
    "sender": OTOBE, "to": ["まつば保険サービス 法人課 <houjin@matsuba-hoken.co.jp>"],
    "subject": "行事傷害保険（11/29 地域合同防災訓練）加入者名簿",
    "body": f"""まつば保険サービス株式会社
法人課 ご担当者様

お世話になっております。日の出産業の乙部です。
11/29の地域合同防災訓練に参加する社員ボランティアについて、
行事傷害保険の加入者名簿（PDF）をお送りします。保険料の請求書もあわせてお願いいたします。
{SIG_OTOBE}""",
    "attachments": [{
        "kind": "pdf", "name": "加入者名簿_20261129.pdf", "title": "行事傷害保険 加入者名簿",
        "lines": ["行事傷害保険 加入者名簿", "契約者：日の出産業株式会社　行事名：中央二丁目地域合同防災訓練",
                  "行事日：2026年11月29日（日）8:30〜13:00", ""],
        "table": [["No", "氏名", "フリガナ", "生年月日", "性別"]]
        + [[str(i + 1), p["name"], p["kana"], wareki(p["dob"], "slash"), p["sexj"]] for i, p in enumerate(_p045)],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "list: eight people with date of birth in a PDF table to the insurance agent",
}

# 046 — drill report (DOCX) to the building management office: numbers and findings only
_m046 = {
    "id": "bosaikunren-046", "charset": "utf-8",
    "sender": MORINAGA, "to": [BM_KANRI],
    "subject": "合同防災訓練 実施報告（日の出産業分）",
    "body": f"""東雲ビルマネジメント株式会社 管理事務所 御中

お世話になっております。日の出産業の森永です。
連絡会の議事録用に、弊社分の実施報告をWordでお送りいたします。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "docx", "name": "訓練実施報告_日の出産業_1112.docx",
        "paragraphs": ["合同防災訓練 実施報告（日の出産業株式会社 10〜12F）",
                       "1. 参加人数：171名（在館者186名、参加率91.9%）",
                       "2. 避難所要時間：12分40秒（前回比 −2分25秒）",
                       "3. 良かった点：避難誘導員の腕章が目立ち、誘導がスムーズだった",
                       "4. 課題：11F東側階段で渋滞。12F会議室で非常放送が聞き取りにくい",
                       "5. 次回への改善：階段の分散利用、スピーカー音量調整の依頼"],
        "tables": [[["階", "参加", "所要時間"], ["10F", "70", "11:05"], ["11F", "56", "12:40"], ["12F", "45", "9:30"]]],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "report with counts and findings only",
}

# 047 — one named employee excused from the smoke tent because of a panic disorder
_p047 = _people("m047", 1)[0]
_m047 = {
    "id": "bosaikunren-047", "charset": "cp932",
    "sender": TERAKADO, "to": [LAB],
    "subject": "煙体験テントの参加者について",
    "body": f"""防災ラボ 芹沢様

お世話になっております。日の出産業の寺門です。
当日の煙体験テントについて、一点お願いがございます。

営業第二部の{_p047['name']}さんはパニック障害の診断を受けており、主治医から
閉鎖空間での煙体験は控えるよう言われているとのことです。
ご本人は見学のみとさせていただきますので、誘導役の方にお伝えいただけますでしょうか。

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: one named employee's mental-health diagnosis to the consultant",
}

# 048 — the pocket disaster manual sent to the printer (PDF, company switchboards only)
_m048 = {
    "id": "bosaikunren-048", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": ["錦印刷 営業部 中条様 <chujo@nishiki-insatsu.co.jp>"],
    "subject": "ポケット版防災マニュアル 入稿データの送付",
    "body": f"""錦印刷株式会社
営業部 中条様

いつもお世話になっております。日の出産業の坂巻です。
ポケット版防災マニュアル（蛇腹折り・名刺サイズ）の入稿データをお送りいたします。
部数は 250部、納期は 11月6日（金）でお願いいたします。
色校正は1回でお願いします。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "pdf", "name": "防災マニュアル_ポケット版_入稿.pdf", "title": "ポケット版防災マニュアル",
        "lines": ["ポケット版 防災マニュアル（日の出産業株式会社）",
                  "地震が起きたら：1. 身を守る 2. 火の始末 3. 出口の確保",
                  "火災を見つけたら：大声で知らせる → 非常ベル → 119番 → 初期消火",
                  "一時集合場所：中央公園 北側広場",
                  "安否確認：ツバサ安否確認サービスのメールに回答",
                  "緊急連絡先：本社代表 0466-27-3100 ／ 防災センター 0466-27-0119",
                  "災害用伝言ダイヤル：171"],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "print order; the manual holds only switchboards and instructions",
}

# 049 — look-alike of the partner tsubasa-system.jp (letter dropped)
_m049 = {
    "id": "bosaikunren-049", "charset": "utf-8",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": ["ツバサシステム サポート <anpi-support@tsubasa-sytem.jp>"],
    "subject": "[TS-AN-20418] テスト一斉配信の日時変更",
    "body": """サポートご担当者様

お世話になっております。日の出産業の安西です。
11/12 14:00 に予約していた安否確認のテスト一斉配信を、14:20 に変更していただけますでしょうか。
訓練の地震想定時刻が変わったためです。対象グループ（本社全員）は変更ありません。

--
日の出産業株式会社 情報システム部
安西 圭吾
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-sytem.jp (letter dropped) instead of the partner tsubasa-system.jp",
}

# 050 — briefing slides for a tenant with the wardens' mobiles (PPTX)
_p050 = _people("m050", 6)
_m050 = {
    "id": "bosaikunren-050", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["光洋商事 総務部 根来様 <negoro@koyo-shoji.co.jp>"],
    "subject": "合同訓練 説明会資料（11Fフロア共用部分）",
    "body": f"""光洋商事株式会社
総務部 根来様

お世話になっております。日の出産業の森永です。
先日の説明会で使用したスライドをお送りします。
11Fは両社で共用している区画がありますので、誘導担当の連絡先も入れております。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pptx", "name": "合同訓練説明会_11F.pptx", "title": "合同訓練 説明会",
        "slides": [["11/12 合同防災訓練 説明会", "東館テナント防災連絡会", "2026年10月27日"],
                   ["避難経路（11F）", "東側階段を使用", "エレベーターは使用しない", "中央公園 北側広場へ"],
                   ["日の出産業 誘導担当（携帯）"] + [f"{p['name']}　{p['floor']}　{p['mobile']}" for p in _p050],
                   ["集合後の流れ", "各社で人員確認 → 防災センターへ報告", "消火器訓練（任意）"]],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: six wardens with mobiles on a slide of a PPTX sent to another tenant",
}

# 051 — four 12F wardens with mobiles (under five)
_p051 = _people("m051", 4)
_m051 = {
    "id": "bosaikunren-051", "charset": "utf-8",
    "sender": OTOBE, "to": [BM_KANRI],
    "subject": "12F 避難誘導員の変更",
    "body": f"""管理事務所 御中

日の出産業 総務課の乙部です。
12F の避難誘導員が交代しましたので、お知らせします。

""" + "\n".join(f"{p['name']}　{p['mobile']}" for p in _p051) + f"""

よろしくお願いいたします。
{SIG_OTOBE}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four people's names and mobiles: below the five-record threshold, may be warned",
}

# 052 — English: evacuation plan PDF marked CONFIDENTIAL to the Singapore property manager
_m052 = {
    "id": "bosaikunren-052", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Ms. Priya Raman <priya.raman@harbourpoint-pm.com>"],
    "subject": "Emergency response plan - Hinode Sangyo Singapore office",
    "body": f"""Dear Ms. Raman,

As requested for the building's emergency file, please find attached our office's
emergency response plan (revision 2026). Let me know if the format does not suit you.

{SIG_EN}""",
    "attachments": [{
        "kind": "pdf", "name": "ERP_Singapore_2026.pdf", "title": "Emergency Response Plan",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
        "lines": ["Emergency Response Plan - Singapore Office (Unit 18-04)", "Revision: 2026-10",
                  "1. Alarm: evacuate via Staircase B to the rear car park", "2. Fire Warden: Office Manager",
                  "3. Deputy Warden: Finance Lead", "4. Head count at the assembly point; report to Building FCC",
                  "5. Business continuity: switch to the Jurong backup site within 24 hours"],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "marking: the attached PDF is stamped CONFIDENTIAL in its footer",
}

# 053 — two foreign employees' residence card numbers for a disaster workshop
_p053 = _people("m053", 2)
_m053 = {
    "id": "bosaikunren-053", "charset": "utf-8",
    "sender": TERAKADO, "to": ["青嵐市国際交流協会 <bousai-ws@seiran-ia.or.jp>"],
    "subject": "外国人住民向け防災ワークショップ 申込（2名）",
    "body": f"""青嵐市国際交流協会 ご担当者様

日の出産業株式会社 総務部の寺門と申します。
12/6（日）の「やさしい日本語で学ぶ防災ワークショップ」に、当社の外国籍社員2名が参加を希望しています。
申込書の項目に従い記入いたします。

1) 氏名：NGUYEN Thi Lan（グエン ティ ラン）
   在留カード番号：{"AB"}{(SEED * 3) % 100000000:08d}{"CE"}
   連絡先：当社総務部経由
2) 氏名：Mateo FERREIRA（マテオ フェレイラ）
   在留カード番号：{"EH"}{(SEED * 11) % 100000000:08d}{"FA"}
   連絡先：当社総務部経由

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"], "detectors": ["personal_data"],
    "note": "identifier: two residence card numbers to an external association",
}

# 054 — the partner 川崎電機 asked to adjust the emergency speakers after the drill
_m054 = {
    "id": "bosaikunren-054", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["川崎電機 サービス部 保守課 <hoshu@kawasaki-denki.co.jp>"],
    "subject": "非常放送設備 スピーカー音量調整のお願い（保守契約 KD-M-55120）",
    "body": f"""川崎電機株式会社
サービス部 保守課 御中

いつもお世話になっております。日の出産業の森永です。
先日の防災訓練で、12F 大会議室（1201）と小会議室（1205〜1208）で非常放送が聞き取りにくいとの
指摘がありました。保守契約（KD-M-55120）の範囲で、スピーカーの音量調整と点検をお願いできますでしょうか。

作業可能日：11月24日（火）〜27日（金）の 9:00〜12:00
立会い：総務課 森永

{SIG_MORINAGA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "maintenance request to a partner with a contract number; no personal data",
}

# 055 — building manager, AED vendor and fire-equipment contractor all visible
_m055 = {
    "id": "bosaikunren-055", "charset": "cp932",
    "sender": SAKAMAKI,
    "to": [BM, "ハートリンクメディカル 保守担当 <service@heartlink-med.co.jp>"],
    "cc": ["丸武防災設備 点検課 <tenken@marutake-bousai.co.jp>"],
    "subject": "11/24 AED・消火器の点検立会いについて",
    "body": f"""関係各位

お世話になっております。日の出産業の坂巻です。
11/24（火）の点検作業について、日程をまとめました。

　10:00〜11:00　AEDパッド・バッテリー交換（ハートリンクメディカル様）10F受付横、12Fエレベーターホール
　13:00〜15:00　消火器の交換・廃棄（丸武防災設備様）10〜12F 計18本
　作業車両：東館北側車寄せ（防災センター大迫様にて手配済み）

入館証は10F受付でお渡しします。

{SIG_SAKAMAKI}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three external organisations in To/Cc",
}

# 056 — English: a named wheelchair user with a spinal cord injury, to the Singapore property manager
_m056 = {
    "id": "bosaikunren-056", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Ms. Priya Raman <priya.raman@harbourpoint-pm.com>"],
    "subject": "Evacuation chair for one of our staff (drill on 3 December)",
    "body": f"""Dear Ms. Raman,

One of our staff in Unit 18-04, Mr. Kenji Arakawa, has used a wheelchair since a spinal
cord injury last year. For the drill on 3 December we would like to practise his
evacuation with the evacuation chair at Staircase B, and two of our staff will assist.

Could the building's FCC confirm that the chair on level 18 has been inspected, and
that a security officer can be present at 10:30?

{SIG_EN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: a named employee's disability and injury to an external property manager",
}

# 057 — list of the company's sites and their fire-prevention contacts (switchboards), as an HTML file
_m057 = {
    "id": "bosaikunren-057", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [LAB],
    "subject": "拠点一覧（BCP見直しのご参考）",
    "body": f"""芹沢様

お世話になっております。日の出産業の森永です。
BCP見直しのご参考に、当社の拠点一覧を社内ポータルから書き出してお送りします（HTMLファイル）。
在籍人数は2026年10月1日時点です。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "html", "name": "拠点一覧.html",
        "html": "<html><head><meta charset=\"utf-8\"><title>拠点一覧</title></head><body><h2>日の出産業 拠点一覧</h2>"
        + html_table([["拠点", "所在地", "代表電話", "防火管理者（役職）", "在籍"],
                      ["本社", "神奈川県青嵐市中央2-8-1", "0466-27-3100", "総務課長", "190"],
                      ["大阪支店", "大阪府大阪市北区中之島5-3-18", "06-6441-8870", "支店総務課長", "47"],
                      ["名古屋営業所", "愛知県名古屋市中区錦2-14-6", "052-211-0456", "営業所長", "18"],
                      ["岩瀬工場", "茨城県桜川市岩瀬字東原1880", "0296-75-2201", "安全衛生課長", "312"],
                      ["青嵐物流センター", "神奈川県青嵐市港町7-3", "0466-31-8800", "センター長", "64"]])
        + "</body></html>",
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a list of the company's sites with switchboards and roles (HTML file), not people",
}

# 058 — legacy XLS for the shuttle-bus exercise: ten people with home addresses
_p058 = _people("m058", 10)
_m058 = {
    "id": "bosaikunren-058", "charset": "cp932",
    "sender": SAKAMAKI, "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "帰宅困難者 送迎訓練の乗車名簿",
    "body": f"""青葉運輸株式会社
貸切バス営業所 御中

お世話になっております。日の出産業の坂巻です。
11/12 の帰宅困難者送迎訓練（マイクロバス1台、2方面）の乗車名簿をお送りします。
降車地点を決めていただくため、自宅住所を記載しております。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "xls", "name": "送迎訓練_乗車名簿.xls",
        "sheets": {"乗車名簿": [["方面", "氏名", "自宅住所", "携帯", "備考"]]
                   + [["北ルート" if i < 5 else "南ルート", p["name"], p["addr"], p["mobile"], ""]
                      for i, p in enumerate(_p058)]},
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: ten passengers with home address and mobile in a legacy XLS to the bus operator (partner)",
}

# 059 — booking the city's earthquake simulator truck
_m059 = {
    "id": "bosaikunren-059", "charset": "utf-8",
    "sender": TERAKADO, "to": [CITY_BOSAI],
    "subject": "起震車の貸出申請（11月12日）",
    "body": f"""青嵐市 危機管理課 ご担当者様

お世話になっております。日の出産業株式会社 総務部の寺門です。
11月12日（木）の総合防災訓練で、起震車「ゆれるくん2号」の派遣をお願いしたく、申請いたします。

　設置場所：青嵐ツインタワー東館 北側公開空地（ビル管理会社の了承済み）
　時間　　：13:00〜16:00（体験は 14:45〜15:45）
　体験予定：約60名（1回4名 × 15回）
　電源　　：ビル側の屋外コンセント（100V・15A）を使用可能

申請書の様式がございましたらお送りください。

{SIG_TERAKADO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary request to the city; no personal data",
}

# 060 — forwarded as an attached mail: employees who serve in the volunteer fire corps, to a private address
_p060 = _people("m060", 5)
_m060 = {
    "id": "bosaikunren-060", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["中央二丁目自治会 会長 須賀様 <suga.shigeo@gmail.com>"],
    "subject": "消防団員の社員について",
    "body": f"""須賀会長

いつもお世話になっております。日の出産業の森永です。
先日お尋ねのあった、当社社員で青嵐市消防団に所属している者について、
人事部からの社内連絡をそのまま添付いたします。地域訓練の班分けにお使いください。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "eml", "name": "消防団員の社員一覧.eml",
        "message": {
            "charset": "iso-2022-jp", "sender": MIKOSHIBA, "to": [MORINAGA],
            "subject": "消防団に所属している社員（兼業届より）",
            "body": "森永課長\n\n兼業届で消防団所属を届け出ている社員は以下の5名です。\n\n"
                    + table([["氏名", "所属", "分団", "携帯"]]
                            + [[p["name"], p["dept"], f"第{i + 2}分団", p["mobile"]] for i, p in enumerate(_p060)])
                    + "\n\n御子柴",
        },
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data", "freemail_recipient"],
    "note": "list: five employees with mobiles in an attached internal mail, sent to a private free-mail address",
}

# 061 — report mentions an unnamed injured employee
_m061 = {
    "id": "bosaikunren-061", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": [BM],
    "subject": "訓練中の負傷者について（ご報告）",
    "body": f"""大迫様

お世話になっております。日の出産業の坂巻です。
昨日の訓練中、弊社の営業第一部の40代の男性社員1名が、11F東側階段の最後の段で
足首をひねりました。軽い捻挫とのことで、本日は通常どおり出社しております。

階段の段鼻の滑り止めが一部はがれていた箇所がありましたので、
念のため点検をお願いできますでしょうか（11F→10F 踊り場の手前）。

{SIG_SAKAMAKI}""",
    "expect": "either", "entities": [], "detectors": [],
    "note": "either: an injury of an unnamed but narrowly described employee (department, age band, sex)",
}

# 062 — look-alike of the company's own domain: 'co.' dropped (hinode-sangyo.jp)
_m062 = {
    "id": "bosaikunren-062", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": ["大槻 義男 <otsuki.y@hinode-sangyo.jp>"],
    "subject": "岩瀬工場 防災訓練の資料（本社版）をお送りします",
    "body": f"""大槻さん

お疲れさまです。本社総務の坂巻です。
工場の訓練計画づくりの参考に、本社の訓練進行表と非常放送の文案をお送りします。
工場は夜勤があるので、夜間想定の訓練もぜひ検討してください。

　・訓練進行表（当日の時間割）
　・非常放送文案（地震・火災・訓練終了）
　・振り返りアンケートの設問

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "docx", "name": "訓練進行表_本社.docx",
        "paragraphs": ["総合防災訓練 進行表（本社）", "14:00 緊急地震速報（訓練放送）", "14:05 出火想定 非常ベル",
                       "14:10 避難開始", "14:30 人員確認", "14:45 消火器訓練", "15:30 終了"],
    }],
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangyo.jp drops 'co.' from the company's own domain",
}

# 063 — internal only: a password ZIP to the Osaka branch mailbox (internal subdomain)
_p063 = _people("m063", 9)
_m063 = {
    "id": "bosaikunren-063", "charset": "cp932",
    "sender": SAKAMAKI, "to": ["大阪支店 総務 <osaka-soumu@mail.hinode-sangyo.co.jp>"],
    "subject": "本社 自衛消防隊名簿（参考）",
    "body": f"""大阪支店 総務課 溝口さん

お疲れさまです。坂巻です。
本社の自衛消防隊名簿をパスワード付きで送ります。パスワードはTeamsで送ります。
支店の名簿づくりの参考にしてください。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "zip", "name": "自衛消防隊名簿_本社.zip", "password": "osk-2026",
        "files": [{"kind": "csv", "name": "名簿.csv",
                   "rows": [["氏名", "班", "携帯"]] + [[p["name"], "避難誘導班", p["mobile"]] for p in _p063]}],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "internal only (mail.hinode-sangyo.co.jp is an internal subdomain): the encrypted ZIP does not leave",
}

# 064 — English: passport numbers of two staff flying in to observe the Singapore drill
_m064 = {
    "id": "bosaikunren-064", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Ms. Priya Raman <priya.raman@harbourpoint-pm.com>"],
    "subject": "Visitor registration - observers for the 3 December drill",
    "body": f"""Dear Ms. Raman,

Two of us from the Tokyo-area head office will observe the drill on 3 December.
As the tower's visitor registration requires passport details, here they are:

  1. MORINAGA Takashi   Japanese   Passport No. TZ{(SEED * 17) % 10000000:07d}
  2. SAKAMAKI Chinatsu  Japanese   Passport No. TR{(SEED * 29) % 10000000:07d}

We will arrive at the lobby at 10:00.

{SIG_EN}""",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_PASSPORT"], "detectors": ["personal_data"],
    "note": "identifier: two passport numbers sent to an external property manager",
}

# 065 — full-width padded columns: trainees whose certificates must be reissued, with 和暦 birth dates
_p065 = _people("m065", 6)
_m065 = {
    "id": "bosaikunren-065", "charset": "cp932",
    "sender": TERAKADO, "to": [FD_KYUMEI],
    "subject": "救命講習修了証の再交付申請（6名分）",
    "body": f"""救命講習係 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の寺門です。
社内での保管中に修了証を紛失した者が6名おり、再交付をお願いしたくご連絡いたしました。
受講時の記録と照合いただけますよう、生年月日と修了証番号を記載いたします。

""" + table([["氏名", "生年月日", "修了年月", "修了証番号"]]
            + [[p["name"].replace(" ", "\u3000"), wareki(p["dob"], "abbrfw"), fw(f"{2022 + i % 3}.{(i * 5) % 12 + 1}"),
                fw(f"青救第{2200 + i * 37}号")] for i, p in enumerate(_p065)], zenkaku=True, rule="―") + f"""

再交付手数料が必要でしたら、あわせてご教示ください。

{SIG_TERAKADO}""",
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "list: six people with 和暦 dates of birth (full-width) and certificate numbers",
}

# 066 — evacuation route map for a newly arrived tenant
_m066 = {
    "id": "bosaikunren-066", "charset": "utf-8",
    "sender": SAKAMAKI, "to": ["明星デザイン 管理部 久保田様 <kubota@meisei-design.jp>"],
    "subject": "11F 避難経路図（共用部分）のご送付",
    "body": f"""明星デザイン株式会社
管理部 久保田様

はじめまして。11Fに入居しております日の出産業の坂巻と申します。
東館テナント防災連絡会の幹事会社として、11F共用部分の避難経路図をお送りします。
ご入居後の社内周知にお使いください。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "pdf", "name": "11F避難経路図.pdf", "title": "11F 避難経路図",
        "lines": ["青嵐ツインタワー東館 11F 避難経路図", "現在地：エレベーターホール",
                  "避難経路：東側階段（第一）／西側階段（第二）", "消火器：EVホール、給湯室前、各執務室入口",
                  "屋内消火栓：東側階段横", "AED：10F受付横（1階下）", "一時集合場所：中央公園 北側広場"],
    }, {"kind": "png", "name": "11F_map_thumb.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "floor map and facilities only",
}

# 067 — individual evacuation plan (DOCX) for a named employee with a physical disability, to the fire station
_p067 = _people("m067", 2)
_m067 = {
    "id": "bosaikunren-067", "charset": "utf-8",
    "sender": MORINAGA, "to": [FD_YOBO],
    "subject": "個別避難計画についてのご相談",
    "body": f"""中央消防署 予防課 ご担当者様

お世話になっております。日の出産業の森永です。
先日の訓練の講評でご助言をいただいた、避難に介助が必要な社員の個別避難計画を作成しました。
内容に不足がないかご確認いただけますでしょうか。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "docx", "name": "個別避難計画_11F.docx", "title": "個別避難計画",
        "paragraphs": ["個別避難計画（日の出産業株式会社 11F）",
                       f"対象者：{_p067[0]['name']}（{_p067[0]['dept']}、{_p067[0]['age']}歳）",
                       "障害の状況：下肢機能障害（身体障害者手帳 2級）、車椅子使用",
                       f"支援者：{_p067[1]['name']}（同部署）、避難誘導班 11F東 担当",
                       "避難方法：東側階段前の階段避難車を使用し、支援者2名で搬送",
                       "一時待避場所：東側階段の附室（排煙設備あり）",
                       "留意事項：長時間の同一姿勢で褥瘡のおそれあり。待機が長引く場合は体位変換"],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: a named employee's disability (障害者手帳) in an individual evacuation plan sent outside",
}

# 068 — the word 社外秘 only mentioned; the attachment is the unmarked summary
_m068 = {
    "id": "bosaikunren-068", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["光洋商事 総務部 根来様 <negoro@koyo-shoji.co.jp>"],
    "subject": "消防計画の概要（11F共用部分）",
    "body": f"""光洋商事株式会社
総務部 根来様

お世話になっております。日の出産業の森永です。
ご依頼の消防計画について、当社の本体は社外秘扱いのため添付しておりません。
11F共用部分に関係する箇所だけを抜き出した概要版（PDF）をお送りいたしますので、ご容赦ください。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pdf", "name": "消防計画_概要_11F共用部.pdf",
        "lines": ["消防計画 概要（11F 共用部分）", "1. 火災発見時は最寄りの非常ベルを押す",
                  "2. 初期消火は両社の初期消火班が協力して行う", "3. 避難は東側階段を優先し、西側階段を補助とする",
                  "4. 人員確認は各社で行い、防災センターへ報告する"],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the word 社外秘 is only mentioned (the marked document is not attached); the summary PDF is unmarked",
}

# 069 — corrupt PDF to the building manager
_m069 = {
    "id": "bosaikunren-069", "charset": "cp932",
    "sender": OTOBE, "to": [BM],
    "subject": "避難経路図（修正版）",
    "body": f"""大迫様

日の出産業 総務課の乙部です。
10F 避難経路図の修正版をお送りします（会議室のレイアウト変更を反映しました）。
館内掲示用の差し替えをお願いいたします。
{SIG_OTOBE}""",
    "attachments": [{"kind": "corrupt", "name": "10F避難経路図_修正版.pdf"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached PDF is corrupt",
}

# 070 — English: invitation with three neighbouring companies visible in To/Cc
_m070 = {
    "id": "bosaikunren-070", "charset": "utf-8",
    "sender": MORINAGA,
    "to": ["Rachel Osei <rachel.osei@northwind-analytics.com>",
           "Henrik Lindqvist <h.lindqvist@lindqvist-marine.jp>"],
    "cc": ["Office Manager <office@beaumont-consulting.co.jp>"],
    "subject": "Invitation: first-aid & AED session after the joint drill (12 Nov)",
    "body": f"""Dear all,

Following the joint drill on 12 November, the fire department will hold a short
first-aid and AED session (15:45-16:30, 10F large meeting room). English interpretation
will be provided. Each company may send up to five people.

Please let me know the number of attendees by 6 November.

{SIG_EN}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three external companies in To/Cc",
}

# 071 — safety-confirmation test: response statistics
_m071 = {
    "id": "bosaikunren-071", "charset": "utf-8",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": [ANPI],
    "subject": "[TS-AN-20418] テスト配信の結果について（ご相談）",
    "body": """サポートご担当者様

お世話になっております。日の出産業の安西です。
11/12のテスト配信の結果は以下のとおりでした（管理画面の集計より）。

  配信対象   186名
  15分以内   121名（65.1%）
  60分以内   163名（87.6%）
  未回答      23名（12.4%）

未回答の多くがキャリアメールでの受信設定が原因のようです。
迷惑メール設定の案内文のテンプレートがあれば、ご提供いただけますでしょうか。

--
日の出産業株式会社 情報システム部
安西 圭吾
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate statistics only",
}

# 072 — reply to the city: the quoted part is theirs, the new text adds a ten-person slot list with phones
_p072 = _people("m072", 10)
_m072 = {
    "id": "bosaikunren-072", "charset": "iso-2022-jp",
    "sender": TERAKADO, "to": [CITY_BOSAI],
    "subject": "Re: 起震車の貸出について（体験者名簿のご提出）",
    "body": f"""危機管理課 ご担当者様

お世話になっております。日の出産業の寺門です。
ご指示のとおり、最初の2回分（10名）の体験者名簿をお送りします。

""" + "\n".join(f"{'14:45' if i < 5 else '15:00'}の回　{p['name']}（{p['age']}歳）　{p['mobile']}" for i, p in enumerate(_p072)) + f"""

以降の回は当日受付で記入いたします。

{SIG_TERAKADO}

> 日の出産業株式会社 寺門様
> 起震車の貸出、承りました。安全管理のため、体験者の氏名・年齢・緊急連絡先を
> 事前にお知らせください（各回最大5名）。
> 青嵐市 危機管理課
""",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "list: the new text of a reply carries ten people with age and mobile",
}

# 073 — the drill scenario (DOCX) with roles but no names
_m073 = {
    "id": "bosaikunren-073", "charset": "cp932",
    "sender": MORINAGA, "to": [LAB],
    "subject": "訓練シナリオ（ブラインド型）の確認のお願い",
    "body": f"""芹沢様

お世話になっております。日の出産業の森永です。
今回はシナリオを事前に知らせない「ブラインド型」で実施したく、
状況付与カードの案を作成しました。難易度が適切かご意見をください。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "docx", "name": "訓練シナリオ_ブラインド型_案.docx",
        "paragraphs": ["総合防災訓練 状況付与カード（案）", "※付与者：防災ラボ様、受け手：自衛消防隊 各班長"],
        "tables": [[["時刻", "付与先", "付与内容", "期待する行動"],
                    ["14:05", "通報連絡班長", "11F給湯室から煙。119番通報せよ", "通報・防災センター連絡"],
                    ["14:12", "避難誘導班長", "東側階段が煙で使用不可", "西側階段への誘導切替"],
                    ["14:18", "応急救護班長", "10F廊下に負傷者1名（足部出血）", "止血・搬送"],
                    ["14:25", "本部", "安否未確認者3名", "各階の逃げ遅れ確認指示"]]],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "scenario with roles only, no people's data",
}

# 074 — the hotel agreement renewal, to the real partner domain
_m074 = {
    "id": "bosaikunren-074", "charset": "iso-2022-jp",
    "sender": HATORI, "to": ["さくらホテル青嵐 総支配人室 <gm-office.seiran@sakura-hotel.jp>"],
    "subject": "Re: 帰宅困難者受入協定 更新案のご送付",
    "body": f"""さくらホテル青嵐
総支配人室 ご担当者様

いつもお世話になっております。日の出産業の羽鳥です。
協定書の更新案をお送りいただきありがとうございます。
第4条（費用の負担）の「実費」の範囲について、朝食代を含むか確認させてください。
それ以外は異存ございませんので、押印手続きに進めていただければ幸いです。

{SIG_HATORI}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary mail to the partner hotel about an agreement",
}

# 075 — stockpile food: three named employees with anaphylaxis history, to the food supplier
_p075 = _people("m075", 3)
_m075 = {
    "id": "bosaikunren-075", "charset": "utf-8",
    "sender": OTOBE, "to": ["北国フーズ 業務用営業課 <gyomu@kitaguni-foods.co.jp>"],
    "subject": "アレルギー対応の備蓄食について",
    "body": f"""北国フーズ株式会社 業務用営業課 御中

お世話になっております。日の出産業の乙部です。
備蓄食の追加で、アレルギー対応品についてご相談させてください。
社内に以下の社員がおり、専用の備蓄を個別に用意したいと考えています。

・{_p075[0]['name']}：小麦　アナフィラキシーの既往あり（エピペン携帯）
・{_p075[1]['name']}：えび・かに　過去に救急搬送歴あり
・{_p075[2]['name']}：卵・乳　主治医から完全除去の指示

7大アレルゲン不使用の長期保存食で、1人3日分（9食）×3名分のご提案をお願いいたします。
{SIG_OTOBE}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: three named employees' medical history (anaphylaxis, hospital transport) to a supplier",
}

# 076 — the partner bank's branch in the same building: joint drill logistics
_m076 = {
    "id": "bosaikunren-076", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": ["みどり銀行 青嵐支店 総務課 <seiran-br@midori-ginko.co.jp>"],
    "subject": "合同訓練時の1F通路の使用について",
    "body": f"""株式会社みどり銀行 青嵐支店
総務課 ご担当者様

いつもお世話になっております。上層階に入居しております日の出産業の森永です。
11/12 14:10〜14:30 の避難時、東側階段から1F北側通用口への通路（貴支店ATMコーナー横）を
約180名が通行いたします。営業時間中となりますので、お客様への影響についてご意見をいただけますでしょうか。

ご要望があれば、通行時間帯を2回に分けることも可能です。

{SIG_MORINAGA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary coordination with a partner; no personal data",
}

# 077 — XLSX with 取扱注意 in the title row: security patrol and key routine
_m077 = {
    "id": "bosaikunren-077", "charset": "cp932",
    "sender": MORINAGA, "to": [KEIBI],
    "subject": "休日の巡回ルート・鍵管理表の更新",
    "body": f"""センチネル警備保障 青嵐営業所 御中

お世話になっております。日の出産業の森永です。
訓練の結果を受けて、休日の巡回ルートと鍵管理表を更新しました。
ご確認のうえ、巡回担当の方へ共有をお願いいたします。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "xlsx", "name": "巡回ルート_鍵管理表_202611.xlsx",
        "sheets": {"巡回ルート": [["【取扱注意】日の出産業株式会社 休日巡回ルート（2026年11月改訂）"], [],
                              ["順", "場所", "確認事項"], [1, "10F 通用口", "施錠・機械警備セット"],
                              [2, "10F サーバールーム", "温度・漏水センサー"], [3, "11F 倉庫", "施錠"],
                              [4, "12F 役員フロア", "施錠・金庫室"]],
                   "鍵管理": [["【取扱注意】鍵管理表"], ["鍵番号", "場所", "保管場所"],
                            ["K-01", "10F 通用口", "防災センター キーボックス"],
                            ["K-07", "サーバールーム", "総務課 金庫"], ["K-12", "金庫室", "総務部長"]]},
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "marking: 【取扱注意】 classification in the XLSX title rows",
}

# 078 — the law firm asked a general question about liability in a joint drill
_m078 = {
    "id": "bosaikunren-078", "charset": "utf-8",
    "sender": HATORI, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "合同防災訓練における事故時の責任分担についてのご相談",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の羽鳥です。
11/29に地域の自治会と合同で防災訓練を行うにあたり、ご相談がございます。

1. 訓練中に自治会の参加者（一般住民）が当社の機材で負傷した場合の責任
2. 当社社員がボランティアとして参加する場合、業務災害として扱うべきか
3. 参加同意書に入れるべき免責条項の範囲

次回の定例打合せ（11/10）でご意見をいただけますと幸いです。

{SIG_HATORI}
{DISC_JA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a general legal question with no person's data; standard disclaimer",
}

# 079 — 「・」 bullets: employees' family-contact e-mail addresses for a disaster app
_p079 = _people("m079", 6)
_m079 = {
    "id": "bosaikunren-079", "charset": "iso-2022-jp",
    "sender": "安西 圭吾 <anzai.k@hinode-sangyo.co.jp>", "to": ["あんぴリンク 導入支援 <dounyu@anpi-link.jp>"],
    "subject": "家族連絡機能の試行ユーザー（6名）",
    "body": """あんぴリンク株式会社
導入支援ご担当者様

お世話になっております。日の出産業の安西です。
家族連絡機能の試行にご協力いただける社員6名と、家族側の受信アドレスは次のとおりです。

""" + "\n".join(f"・{p['name']}（{p['dept']}）　家族連絡先：{p['mail']}" for p in _p079) + """

試行期間は11/1〜11/30でお願いします。

--
日の出産業株式会社 情報システム部　安西 圭吾
""",
    "expect": "stop", "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "list: six employees with private family e-mail addresses in 「・」 bullets",
}

# 080 — unencrypted ZIP of floor plans to the fire-equipment contractor
_m080 = {
    "id": "bosaikunren-080", "charset": "utf-8",
    "sender": SAKAMAKI, "to": ["丸武防災設備 営業課 <eigyo@marutake-bousai.co.jp>"],
    "subject": "消火器配置見直しのお見積り依頼（平面図送付）",
    "body": f"""丸武防災設備株式会社
営業課 御中

お世話になっております。日の出産業の坂巻です。
レイアウト変更に伴い、10F・11F の消火器配置を見直したく、平面図をZIPでお送りします。
歩行距離20m以内の基準を満たす配置案とお見積りをお願いいたします。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "zip", "name": "平面図_10F_11F.zip",
        "files": [{"kind": "pdf", "name": "10F平面図.pdf", "lines": ["10F 平面図（2026年10月レイアウト）", "消火器：現状6本"]},
                  {"kind": "pdf", "name": "11F平面図.pdf", "lines": ["11F 平面図（2026年10月レイアウト）", "消火器：現状7本"]}],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "unencrypted ZIP of floor plans; nothing personal, readable",
}

# 081 — delivery of AED trainers: one colleague's mobile as the day's contact
_p081 = _people("m081", 1)[0]
_m081 = {
    "id": "bosaikunren-081", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": ["ハートリンクメディカル 営業部 <sales@heartlink-med.co.jp>"],
    "subject": "AEDトレーナー貸出（10/28）の受取について",
    "body": f"""株式会社ハートリンクメディカル
営業部 ご担当者様

お世話になっております。日の出産業の坂巻です。
10/28 の救命講習用のAEDトレーナー（3台）の件、当日は私が不在のため、
受取は下記の者が対応いたします。到着の際はご連絡ください。

　受取担当：総務課 {_p081['name']}（携帯 {_p081['mobile']}）
　受取場所：10F 受付（8:30〜）

{SIG_SAKAMAKI}""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one colleague's name and mobile as the contact for a delivery: under five, may be warned",
}

# 082 — health-insurance card symbol/number and an injury, to a clinic
_p082 = _people("m082", 1)[0]
_m082 = {
    "id": "bosaikunren-082", "charset": "cp932",
    "sender": MIKOSHIBA, "to": ["青嵐整形外科クリニック 受付 <uketsuke@seiran-seikei.jp>"],
    "subject": "11/29 受診分の保険証情報について（本人依頼による代理連絡）",
    "body": f"""青嵐整形外科クリニック 受付ご担当者様

お世話になっております。日の出産業株式会社 人事部の御子柴と申します。
11/29（日）に地域の防災訓練（ボランティア参加）で転倒し、貴院を受診した当社社員について、
保険証を持参していなかったため、本人の依頼により保険証の情報をお知らせいたします。

　患者氏名：{_p082['name']}（{_p082['kana']}）
　生年月日：{wareki(_p082['dob'], 'kanji')}
　保険者番号：06139871
　被保険者証 記号：{(SEED * 5) % 100000:05d}　番号：{SEED % 300}
　受診時の診断：右肩関節打撲・右手関節捻挫

窓口での精算方法につきましては、本人から改めてご連絡いたします。

{SIG_MIKOSHIBA}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "identifier + sensitive: health insurance card symbol/number and a diagnosis of one employee",
}

# 083 — AED locations in the building (places, not people)
_m083 = {
    "id": "bosaikunren-083", "charset": "utf-8",
    "sender": TERAKADO, "to": [BM],
    "subject": "AED設置場所の一覧（館内案内図への追記のお願い）",
    "body": f"""大迫様

お世話になっております。日の出産業の寺門です。
弊社で設置しているAEDの一覧です。館内案内図の「AED」マークへの追記をお願いできますでしょうか。

""" + tsv([["No", "設置場所", "機種", "パッド期限", "管理番号"],
           ["1", "10F 受付横", "HL-AED 3100", "2028/03", "HS-AED-01"],
           ["2", "12F エレベーターホール", "HL-AED 3100", "2028/03", "HS-AED-02"],
           ["3", "11F 東側階段前（今回新設）", "HL-AED 5000", "2029/10", "HS-AED-03"]]) + f"""

ビル共用のAED（1F 防災センター前、B1 駐車場入口）とあわせて掲示いただけると助かります。

{SIG_TERAKADO}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "equipment locations and model numbers; no personal data",
}

# 084 — supply-chain BCP contact drill: three partner companies in To/Cc
_m084 = {
    "id": "bosaikunren-084", "charset": "iso-2022-jp",
    "sender": OTSUKI,
    "to": ["川崎電機 生産管理部 <seisan-kanri@kawasaki-denki.co.jp>",
           "錦印刷 工務部 <koumu@nishiki-insatsu.co.jp>"],
    "cc": ["青葉運輸 北関東営業所 <kitakanto@aoba-unyu.co.jp>"],
    "subject": "【訓練】サプライチェーン緊急連絡訓練（12/3 10:00）",
    "body": f"""お取引先各位

いつもお世話になっております。日の出産業 岩瀬工場 安全衛生課の大槻です。
12月3日（木）10:00に、首都直下地震を想定した緊急連絡訓練を行います。
このメールを受信されましたら、下記3点を本日中にご返信ください（訓練です）。

　1. 貴社拠点の被害状況（想定で結構です）
　2. 当社向け出荷の再開見込み
　3. 災害時の連絡窓口（部署名・代表電話）

ご協力のほど、よろしくお願いいたします。

{SIG_OTSUKI}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three partner companies in To/Cc, should have been Bcc",
}

# 085 — a resident hurt at the community drill: name and diagnosis to the law firm
_p085 = _people("m085", 1)[0]
_m085 = {
    "id": "bosaikunren-085", "charset": "utf-8",
    "sender": HATORI, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "地域合同防災訓練での事故について（ご相談）",
    "body": f"""白川先生

お世話になっております。日の出産業の羽鳥です。
先日ご相談した地域合同防災訓練で、残念ながら事故が発生しました。

・被害者：自治会員 {_p085['name']}様（{_p085['age']}歳、{_p085['city']}在住）
・状況：当社が持ち込んだ担架での搬送訓練中、担架が傾き転落
・診断：青嵐市民病院にて「腰椎圧迫骨折」、2週間の入院
・現状：ご家族から当社に治療費の負担について申し入れあり

行事傷害保険の補償範囲を超える部分の対応について、ご助言をお願いいたします。

{SIG_HATORI}
{DISC_JA}""",
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "sensitive: a named resident's injury and hospitalisation sent to the law firm",
}

# 086 — approval of the extinguisher replacement quotation (order number)
_m086 = {
    "id": "bosaikunren-086", "charset": "cp932",
    "sender": SAKAMAKI, "to": ["丸武防災設備 営業課 <eigyo@marutake-bousai.co.jp>"],
    "subject": "Re: 御見積書 No.MB-26-0914（消火器交換）",
    "body": f"""丸武防災設備株式会社
営業課 御中

お世話になっております。日の出産業の坂巻です。
御見積書 No.MB-26-0914 の内容で発注いたします。当社発注番号は PO-HS-26-3317 です。

　ABC粉末消火器 10型（蓄圧式）　18本
　廃消火器 引取・リサイクルシール　18本
　合計 ¥142,560（税込）

作業日は11/24（火）13:00〜でお願いいたします。

{SIG_SAKAMAKI}

> 日の出産業株式会社 坂巻様
> ご依頼の消火器交換について、御見積書をお送りいたします。
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "purchase order reply with quote and order numbers",
}

# 087 — DOCX, one block per warden (name, department, mobile, e-mail), to the new building-centre staff
_p087 = _people("m087", 5)
_paras087 = ["避難誘導班 名簿（日の出産業株式会社）", "2026年11月1日現在"]
for _i, _p in enumerate(_p087):
    _paras087 += [f"■ 誘導員 {_i + 1}", f"氏名：{_p['name']}（{_p['kana']}）", f"担当：{_p['floor']} {_p['dept']}",
                  f"携帯：{_p['mobile']}", f"メール：{_p['work']}"]
_m087 = {
    "id": "bosaikunren-087", "charset": "iso-2022-jp",
    "sender": OTOBE, "to": ["東雲ビルマネジメント 防災センター 新任 栗田様 <kurita@shinonome-bm.co.jp>"],
    "subject": "避難誘導班の名簿（引継ぎ資料）",
    "body": f"""東雲ビルマネジメント株式会社
防災センター 栗田様

はじめまして。日の出産業 総務課の乙部です。
大迫様から担当を引き継がれたと伺いました。今後ともよろしくお願いいたします。
引継ぎ資料として、弊社の避難誘導班の名簿（Word）をお送りします。
{SIG_OTOBE}""",
    "attachments": [{"kind": "docx", "name": "避難誘導班名簿.docx", "paragraphs": _paras087}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "list: five wardens, one block each with mobile and e-mail, in a DOCX",
}

# 088 — two external organisations (security company, building manager): guard posting
_m088 = {
    "id": "bosaikunren-088", "charset": "utf-8",
    "sender": MORINAGA, "to": [KEIBI], "cc": [BM],
    "subject": "Re: 訓練当日の警備員配置について",
    "body": f"""センチネル警備保障 青嵐営業所 御中
（cc：東雲ビルマネジメント 大迫様）

お世話になっております。日の出産業の森永です。
ご提案の配置（1F北側通用口 1名、中央公園 集合場所 1名）で了承いたします。
ビル側の誘導員と無線のチャンネルを合わせる件は、大迫様と直接ご調整ください。

{SIG_MORINAGA}

> 日の出産業 森永様
> 当日は警備員2名を配置予定です。配置案をご確認ください。
""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc; ordinary coordination",
}

# 089 — cost-sharing invoice to a tenant: the company's 登録番号 (corporate number) and bank account
_m089 = {
    "id": "bosaikunren-089", "charset": "iso-2022-jp",
    "sender": SAKAMAKI, "to": ["光洋商事 経理部 <keiri@koyo-shoji.co.jp>"],
    "subject": "【請求書】連絡会 共同購入備蓄品の費用按分（11F共用分）",
    "body": f"""光洋商事株式会社
経理部 御中

お世話になっております。日の出産業の坂巻です。
東館テナント防災連絡会で共同購入した11F共用部の備蓄品について、
按分額の請求書をお送りいたします。お支払期限は12月25日です。

{SIG_SAKAMAKI}""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-INV-26-0452.pdf", "title": "請求書",
        "lines": ["請求書", "光洋商事株式会社 御中", "請求番号：HS-INV-26-0452　発行日：2026年11月30日",
                  "日の出産業株式会社　登録番号：T7502001017346",
                  "件名：11F共用部 防災備蓄品 共同購入費用（按分 2分の1）",
                  "保存水・簡易トイレ・アルミブランケット　一式　¥86,400（税込）",
                  "振込先：みどり銀行 青嵐支店 普通 1184502 ヒノデサンギヨウ（カ"],
    }],
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": ["personal_data"],
    "note": "an invoice: the company's 登録番号 and company bank account are business data, not a person's",
}

# 090 — two employees joining the fire corps as workplace members: 個人番号 and bank accounts (XLSX)
_p090 = _people("m090", 2)
_m090 = {
    "id": "bosaikunren-090", "charset": "utf-8",
    "sender": MIKOSHIBA, "to": ["青嵐市消防局 総務課 消防団係 <shobodan@fd.city.seiran.lg.jp>"],
    "subject": "事業所消防団員の入団手続き書類（日の出産業株式会社 2名）",
    "body": f"""青嵐市消防局 総務課 消防団係 ご担当者様

お世話になっております。日の出産業株式会社 人事部の御子柴です。
事業所消防団員として入団する当社社員2名について、報酬・費用弁償の支払いに必要な
情報を所定の様式（Excel）に入力してお送りいたします。本人の同意を得ております。

{SIG_MIKOSHIBA}""",
    "attachments": [{
        "kind": "xlsx", "name": "入団届_報酬振込口座_日の出産業.xlsx",
        "sheets": {"入団届": [["事業所消防団員 入団届（報酬振込口座・個人番号）"], [],
                           ["氏名", "生年月日", "住所", "個人番号", "金融機関", "支店", "種別", "口座番号"]]
                   + [[p["name"], wareki(p["dob"], "iso"), p["addr"], my_number(SEED + 7 + i),
                       "みどり銀行", ["青嵐支店", "藤沢北支店"][i], "普通", f"{(SEED * (i + 3)) % 10000000:07d}"]
                      for i, p in enumerate(_p090)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "identifier: two employees' My Numbers with address and bank account in an XLSX",
}

# 091 — the tenants' newsletter, recipients in Bcc (text + HTML)
_m091 = {
    "id": "bosaikunren-091", "charset": "utf-8",
    "sender": MORINAGA, "to": ["東館テナント防災連絡会 幹事 <morinaga.t@hinode-sangyo.co.jp>"],
    "bcc": ["soumu@koyo-shoji.co.jp", "kanri@meisei-design.jp", "seiran-ga@ark-pharma.co.jp",
            "office.jp@northwind-analytics.com", "seiran-br@midori-ginko.co.jp"],
    "subject": "東館 防災だより 第12号（合同訓練の結果）",
    "body": f"""東館テナント防災連絡会 各社ご担当者様
（Bccにて失礼いたします）

11/12の合同防災訓練へのご協力ありがとうございました。
・東館全体の参加者：612名（参加率 89.4%）
・全館の避難完了：14分20秒
・次回：2027年5月（春季）を予定

{SIG_MORINAGA}""",
    "html": """<html><body><h3>東館 防災だより 第12号</h3>
<p>東館テナント防災連絡会 各社ご担当者様（Bccにて失礼いたします）</p>
<ul><li>東館全体の参加者：612名（参加率 89.4%）</li><li>全館の避難完了：14分20秒</li>
<li>次回：2027年5月（春季）を予定</li></ul>
<p>日の出産業株式会社 総務部 森永</p></body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "external recipients are in Bcc only; statistics, no personal data",
}

# 092 — English: CSV of Singapore staff for a fire-warden course (names, mobiles, e-mail)
_m092 = {
    "id": "bosaikunren-092", "charset": "utf-8",
    "sender": MORINAGA, "to": ["Apex Safety Training - Enrolment <enrol@apex-safety.com>"],
    "subject": "Enrolment: Fire Warden Course, 14-15 January (6 participants)",
    "body": f"""Dear Enrolment Team,

Please enrol the following six staff of our Singapore office in the Fire Warden Course
on 14-15 January. Their details are in the attached CSV as per your template.
Kindly send the invoice to our Singapore office.

{SIG_EN}""",
    "attachments": [{
        "kind": "csv", "name": "enrolment_hinode_sg.csv", "encoding": "utf-8",
        "rows": [["Full name", "Job title", "Mobile", "E-mail"],
                 ["TAN Wei Ming", "Office Manager", "+65 9137 4420", "tan.wm@hinode-sangyo.co.jp"],
                 ["Siti NURHALIZA", "Finance Lead", "+65 8264 0913", "siti.n@hinode-sangyo.co.jp"],
                 ["Kenji ARAKAWA", "Sales Engineer", "+65 9770 2281", "arakawa.k@hinode-sangyo.co.jp"],
                 ["Rajesh KUMAR", "Logistics Coordinator", "+65 8391 5567", "kumar.r@hinode-sangyo.co.jp"],
                 ["LIM Hui Ling", "HR Executive", "+65 9012 6638", "lim.hl@hinode-sangyo.co.jp"],
                 ["Yuka SHIMOYAMA", "Sales Assistant", "+65 8845 1196", "shimoyama.y@hinode-sangyo.co.jp"]],
    }],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "list: six staff with mobiles and e-mail in a CSV to an external training provider",
}

# 093 — five years of drill figures for the fire station
_m093 = {
    "id": "bosaikunren-093", "charset": "iso-2022-jp",
    "sender": MORINAGA, "to": [FD_YOBO],
    "subject": "防火対象物点検に伴う訓練実績の提出",
    "body": f"""中央消防署 予防課 ご担当者様

お世話になっております。日の出産業の森永です。
防火対象物定期点検の資料として、過去5年の訓練実績をお送りいたします。

{table([["年度", "訓練回数", "種別", "参加者数", "消防署立会い"],
        ["2022", "2", "避難・通報", "148", "1回"], ["2023", "2", "総合", "161", "1回"],
        ["2024", "3", "総合・夜間想定", "172", "2回"], ["2025", "2", "総合", "168", "1回"],
        ["2026", "2", "総合（地震想定）", "171", "1回"]], rule="=")}

{SIG_MORINAGA}""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "yearly statistics only",
}

# 094 — slides of the drill review, footer 'Internal Only', to the consultant
_m094 = {
    "id": "bosaikunren-094", "charset": "cp932",
    "sender": MORINAGA, "to": [LAB],
    "subject": "訓練振り返り資料（経営会議報告版）",
    "body": f"""芹沢様

お世話になっております。日の出産業の森永です。
経営会議に報告した振り返り資料をお送りします。
来年度の計画づくりの参考にしていただければと思います。

{SIG_MORINAGA}""",
    "attachments": [{
        "kind": "pptx", "name": "訓練振り返り_経営会議.pptx", "page_footer": "Internal Only / 社内限り",
        "slides": [["2026年度 総合防災訓練 振り返り", "総務部", "2026年11月"],
                   ["結果", "参加率 91.9%", "避難時間 12分40秒（前回比 −2分25秒）"],
                   ["課題", "階段の渋滞", "非常放送の聞き取り", "要支援者の搬送手順"],
                   ["来年度の投資案", "階段避難車 2台追加（約60万円）", "光警報装置の増設（約45万円）"]],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "marking: every slide carries 'Internal Only / 社内限り'",
}

# 095 — two named pregnant employees excused from the stairs
_p095 = _people("m095", 2)
_m095 = {
    "id": "bosaikunren-095", "charset": "iso-2022-jp",
    "sender": OTOBE, "to": [BM],
    "subject": "訓練時の一時待避エリア利用（2名）",
    "body": f"""大迫様

日の出産業 総務課の乙部です。
訓練当日、妊娠中の社員2名（{_p095[0]['sei']}、{_p095[1]['sei']}）は階段での避難を行わず、
12F東側の一時待避エリアで待機させていただきます。
防災センターからの巡回時にご確認ください。
{SIG_OTOBE}""",
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "either: pregnancy of two employees named by surname; a health matter, arguably not 要配慮",
}

# 096 — drill photos for the building newsletter
_m096 = {
    "id": "bosaikunren-096", "charset": "utf-8",
    "sender": SAKAMAKI, "to": [BM_KANRI],
    "subject": "館内報用の訓練写真",
    "body": f"""管理事務所 御中

日の出産業の坂巻です。
館内報に掲載いただく訓練の写真を3枚お送りします（掲載の了承は取っております）。
キャプション案：「消防署員の指導で消火器の使い方を確認」「中央公園での人員確認」

{SIG_SAKAMAKI}""",
    "attachments": [{"kind": "png", "name": "drill_01.png"}, {"kind": "png", "name": "drill_02.png"},
                    {"kind": "png", "name": "drill_03.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "photos and captions for a newsletter; nothing the policy stops",
}

# 097 — forwards the fire department's public course notice (attached .eml) to a tenant
_m097 = {
    "id": "bosaikunren-097", "charset": "iso-2022-jp",
    "sender": TERAKADO, "to": ["アーク製薬 青嵐オフィス 総務 <seiran-ga@ark-pharma.co.jp>"],
    "subject": "FW: 【青嵐市消防局】令和8年度 事業所向け救命講習のご案内",
    "body": f"""アーク製薬株式会社 青嵐オフィス 総務ご担当者様

日の出産業の寺門です。
先日の連絡会でお話しした救命講習の案内が消防局から届きましたので、転送いたします。
事業所単位での申込みも可能とのことです。

{SIG_TERAKADO}""",
    "attachments": [{
        "kind": "eml", "name": "救命講習のご案内.eml",
        "message": {
            "charset": "iso-2022-jp", "sender": "青嵐市消防局 救急課 <kyumei@fd.city.seiran.lg.jp>",
            "to": ["事業所防火管理者 各位 <undisclosed-recipients@fd.city.seiran.lg.jp>"],
            "subject": "【青嵐市消防局】令和8年度 事業所向け救命講習のご案内",
            "body": "事業所防火管理者 各位\n\n令和8年度の事業所向け救命講習の日程をお知らせします。\n"
                    "・普通救命講習Ⅰ：毎月第2水曜日 9:00〜12:00\n・上級救命講習：奇数月第3土曜日 9:00〜17:00\n"
                    "会場：青嵐市消防局 3階 講習室（青嵐市本町1-1-1）\n申込：電話 0466-22-0119（平日8:30〜17:15）\n\n"
                    "青嵐市消防局 救急課",
        },
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "forward of a public notice from the fire department: no personal data",
}

# 098 — homoglyph look-alike of the partner kawasaki-denki.co.jp ('l' for 'i')
_m098 = {
    "id": "bosaikunren-098", "charset": "cp932",
    "sender": MORINAGA, "to": ["川崎電機 サービス部 <service@kawasaki-denkl.co.jp>"],
    "subject": "非常用発電機の負荷試験について",
    "body": f"""川崎電機株式会社
サービス部 御中

いつもお世話になっております。日の出産業の森永です。
先日の訓練で非常用発電機の起動に約40秒かかったとの報告がありました。
年次点検の際に負荷試験もあわせて実施いただけますでしょうか。お見積りをお願いいたします。

{SIG_MORINAGA}""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "look-alike: kawasaki-denkl.co.jp ('l' for 'i') imitates the partner kawasaki-denki.co.jp",
}

# 099 — city, two neighbouring companies and a private person all visible
_m099 = {
    "id": "bosaikunren-099", "charset": "iso-2022-jp",
    "sender": MORINAGA,
    "to": [CITY_BOSAI, "光洋商事 総務部 根来様 <negoro@koyo-shoji.co.jp>"],
    "cc": ["青嵐中央ビル 管理組合 <kanri@seiran-chuo-bldg.co.jp>", "須賀 茂雄 <suga.shigeo@gmail.com>"],
    "subject": "地域合同防災訓練（11/29）役割分担の確認",
    "body": f"""関係者各位

お世話になっております。日の出産業の森永です。
11/29の地域合同防災訓練の役割分担を確認させてください。

　受付・名簿：中央二丁目自治会（須賀会長）
　起震車：青嵐市 危機管理課
　担架搬送・発電機：日の出産業
　炊き出し：光洋商事様、青嵐中央ビル管理組合様

雨天時は中央小学校の体育館で実施します。

{SIG_MORINAGA}""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "visible parties: the city, two companies and a private person see each other in To/Cc",
}

# 100 — thanks to a retired volunteer on free mail
_m100 = {
    "id": "bosaikunren-100", "charset": "iso-2022-jp",
    "sender": TERAKADO, "to": ["茂呂 正和 <moro-masakazu@yahoo.co.jp>"],
    "subject": "防災訓練へのご協力のお礼",
    "body": f"""茂呂 正和 様

先日は地域合同防災訓練で、ロープワークの指導をしていただきありがとうございました。
当社の社員からも「実際に結べるようになった」と好評でした。
来年春の訓練でも、ぜひお力をお借りできれば幸いです。

寒くなってまいりましたので、どうぞご自愛ください。

{SIG_TERAKADO}""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient, a thank-you note",
}

MESSAGES = [
    _m001, _m002, _m003, _m004, _m005, _m006, _m007, _m008, _m009, _m010,
    _m011, _m012, _m013, _m014, _m015, _m016, _m017, _m018, _m019, _m020,
    _m021, _m022, _m023, _m024, _m025, _m026, _m027, _m028, _m029, _m030,
    _m031, _m032, _m033, _m034, _m035, _m036, _m037, _m038, _m039, _m040,
    _m041, _m042, _m043, _m044, _m045, _m046, _m047, _m048, _m049, _m050,
    _m051, _m052, _m053, _m054, _m055, _m056, _m057, _m058, _m059, _m060,
    _m061, _m062, _m063, _m064, _m065, _m066, _m067, _m068, _m069, _m070,
    _m071, _m072, _m073, _m074, _m075, _m076, _m077, _m078, _m079, _m080,
    _m081, _m082, _m083, _m084, _m085, _m086, _m087, _m088, _m089, _m090,
    _m091, _m092, _m093, _m094, _m095, _m096, _m097, _m098, _m099, _m100,
]
