"""Blind corpus, area: hinanjo — 災害時の避難所運営協力.

日の出産業 opens its 浜ノ宮工場 (体育館・研修センター・社員寮) as a 指定避難所 / 福祉避難所
under an agreement with 浜ノ宮市 (a fictional city in 静岡県): residents' registration
(避難者カード・名簿), people needing support (要配慮者・避難行動要支援者), employee and
outside volunteers, supplies from partners, rosters of evacuees, drills and the real
operation after a typhoon.  Written blind from BRIEF.md; every person, number and address
is invented (My Numbers and card numbers from build.py's helpers).
"""

import random

from build import card_number, my_number

SEED = 44801

# -- invented people -------------------------------------------------------------------

_SEI = [
    ("佐久間", "サクマ", "Sakuma"), ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("鬼頭", "キトウ", "Kito"), ("八木", "ヤギ", "Yagi"), ("漆原", "ウルシバラ", "Urushibara"),
    ("伊集院", "イジュウイン", "Ijuin"), ("宮路", "ミヤジ", "Miyaji"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("門脇", "カドワキ", "Kadowaki"),
    ("雲母", "キララ", "Kirara"), ("仁科", "ニシナ", "Nishina"), ("榎本", "エノモト", "Enomoto"),
    ("大鷹", "オオタカ", "Otaka"), ("芦原", "アシハラ", "Ashihara"), ("保坂", "ホサカ", "Hosaka"),
    ("水無瀬", "ミナセ", "Minase"), ("汐田", "シオタ", "Shiota"), ("鶴見", "ツルミ", "Tsurumi"),
    ("塙", "ハナワ", "Hanawa"), ("及川", "オイカワ", "Oikawa"),
    ("角倉", "スミノクラ", "Suminokura"), ("蓬田", "ヨモギダ", "Yomogida"), ("比嘉", "ヒガ", "Higa"),
    ("杉浦", "スギウラ", "Sugiura"), ("野々村", "ノノムラ", "Nonomura"), ("戸来", "ヘライ", "Herai"),
    ("日下部", "クサカベ", "Kusakabe"), ("猪俣", "イノマタ", "Inomata"),
    ("海老原", "エビハラ", "Ebihara"), ("沢渡", "サワタリ", "Sawatari"), ("冨樫", "トガシ", "Togashi"),
    ("真田", "サナダ", "Sanada"), ("亀井", "カメイ", "Kamei"), ("浜崎", "ハマサキ", "Hamasaki"),
    ("御子柴", "ミコシバ", "Mikoshiba"), ("有働", "ウドウ", "Udo"),
]
_MEI_M = [
    ("健一", "ケンイチ", "Kenichi"), ("隆", "タカシ", "Takashi"), ("翔太", "ショウタ", "Shota"),
    ("正雄", "マサオ", "Masao"), ("勇", "イサム", "Isamu"), ("悠真", "ユウマ", "Yuma"),
    ("清", "キヨシ", "Kiyoshi"), ("大輔", "ダイスケ", "Daisuke"), ("蓮", "レン", "Ren"),
    ("孝之", "タカユキ", "Takayuki"), ("茂", "シゲル", "Shigeru"), ("拓海", "タクミ", "Takumi"),
    ("源治", "ゲンジ", "Genji"), ("湊", "ミナト", "Minato"), ("義男", "ヨシオ", "Yoshio"),
]
_MEI_F = [
    ("美智子", "ミチコ", "Michiko"), ("陽菜", "ヒナ", "Hina"), ("和子", "カズコ", "Kazuko"),
    ("さくら", "サクラ", "Sakura"), ("恵美", "エミ", "Emi"), ("トメ", "トメ", "Tome"),
    ("結衣", "ユイ", "Yui"), ("節子", "セツコ", "Setsuko"), ("真由美", "マユミ", "Mayumi"),
    ("葵", "アオイ", "Aoi"), ("千代", "チヨ", "Chiyo"), ("由香", "ユカ", "Yuka"),
    ("ハツ", "ハツ", "Hatsu"), ("紬", "ツムギ", "Tsumugi"), ("久美子", "クミコ", "Kumiko"),
]
_TOWNS = [("汐見町", "437-0031"), ("松風台", "437-0044"), ("港町", "437-0012"),
          ("高砂町", "437-0025"), ("日吉台", "437-0058"), ("新田", "437-0063"),
          ("梅ヶ丘", "437-0071"), ("浜通り", "437-0016"), ("砂山町", "437-0027"),
          ("西浦", "437-0082")]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
             "outlook.jp", "softbank.ne.jp"]


class _P(dict):
    __getattr__ = dict.__getitem__


def _ppl(k, n, young=False, old=False):
    """n invented residents of 浜ノ宮市, reproducible from (SEED, k)."""
    rng = random.Random(f"hinanjo-{SEED}-{k}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        male = rng.random() < 0.5
        mei = rng.choice(_MEI_M if male else _MEI_F)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        lo, hi = (1975, 2004) if young else (1932, 1958) if old else (1936, 2021)
        y = rng.randint(lo, hi)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        town, zipc = rng.choice(_TOWNS)
        ch, ban, go = rng.randint(1, 4), rng.randint(1, 30), rng.randint(1, 22)
        mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        land = f"0557-{rng.randint(31, 49)}-{rng.randint(1000, 9999)}"
        dom = rng.choice(_FREEMAIL)
        mail = f"{sei[2].lower()}.{mei[2].lower()[:3]}{rng.randint(10, 99)}@{dom}"
        out.append(_P(
            sei=sei[0], mei=mei[0], name=f"{sei[0]} {mei[0]}", name2=f"{sei[0]}{mei[0]}",
            kana=f"{sei[1]} {mei[1]}", roma=f"{mei[2]} {sei[2].upper()}",
            sex="男" if male else "女", y=y, m=m, d=d, age=2026 - y - (1 if m > 9 else 0),
            town=town, zip=zipc, addr=f"静岡県浜ノ宮市{town}{ch}丁目{ban}番{go}号",
            addr_s=f"浜ノ宮市{town}{ch}-{ban}-{go}", chome=f"{town}{ch}-{ban}-{go}",
            mob=mob, land=land, tel=mob if rng.random() < 0.7 else land, mail=mail,
            room=rng.choice(["体育館A", "体育館B", "研修室1", "研修室2", "和室", "寮1F"]),
            hh=rng.randint(1, 5),
        ))
    return out


def _wareki(p, style="long"):
    y = p.y
    if y >= 2019:
        era, ey, ab = "令和", y - 2018, "R"
    elif y >= 1989:
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "long":
        return f"{era}{ey}年{p.m}月{p.d}日"
    if style == "dot":
        return f"{ab}{ey}.{p.m}.{p.d}"
    return f"{era}{_fw(str(ey))}年{_fw(str(p.m))}月{_fw(str(p.d))}日"


def _fw(s):
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _dob(p, sep="/"):
    return f"{p.y}{sep}{p.m:02d}{sep}{p.d:02d}"


def _pad(s, w):
    """pad to a display width (full-width chars count 2)."""
    width = sum(2 if ord(c) > 0x2000 else 1 for c in str(s))
    return str(s) + " " * max(w - width, 0)


def _houjin(base12):
    """法人番号: check digit + 12-digit base."""
    digits = [int(c) for c in base12]
    total = sum(dv * (1 if i % 2 == 0 else 2) for i, dv in enumerate(reversed(digits)))
    return str(9 - total % 9) + base12


_CARE = ["車椅子使用", "視覚障害（全盲）", "聴覚障害（手話可）", "認知症・要介護2",
         "人工透析（週3回・火木土）", "在宅酸素療法（HOT）", "知的障害（療育手帳A）",
         "統合失調症・服薬中", "糖尿病（インスリン自己注射）", "心臓ペースメーカー",
         "要介護3・ほぼ寝たきり", "てんかん（発作時対応要）", "パーキンソン病",
         "うつ病・通院中", "脳梗塞後遺症（右半身まひ）"]

# -- the sender side -------------------------------------------------------------------

MAKABE = "真壁 透 <makabe@hinode-sangyo.co.jp>"
ONODERA = "小野寺 みゆき <m-onodera@hinode-sangyo.co.jp>"
GONDO = "権藤 慎也 <gondo.s@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 奈央 <saotome@hinode-sangyo.co.jp>"
MOMOSE = "百瀬 健司 <momose@hinode-sangyo.co.jp>"
NARUMI = "鳴海 由紀 <narumi@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 亮 <igarashi-r@hamanomiya.hinode-sangyo.co.jp>"
KUSUNOKI = "楠木 翔 <kusunoki@hinode-sangyo.co.jp>"
NIWA = "丹羽 さおり <niwa@hinode-sangyo.co.jp>"
HORI = "堀之内 剛 <horinouchi@hinode-sangyo.co.jp>"

SIG_MAKABE = """
--
日の出産業株式会社 総務部 危機管理課
課長　真壁 透（まかべ とおる）
〒437-0012 静岡県浜ノ宮市港町1丁目8番地
TEL 0557-31-2200（代表）／内線 2214
makabe@hinode-sangyo.co.jp
"""
SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 危機管理課　小野寺 みゆき
TEL：0557-31-2200（内線2217）
Mail：m-onodera@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━
"""
SIG_GONDO = """
------------------------------
日の出産業(株) 施設管理課
権藤 慎也
浜ノ宮工場 管理棟2F
TEL 0557-31-2281 FAX 0557-31-2290
------------------------------
"""
SIG_SAOTOME = """
***************************************
日の出産業株式会社 CSR推進室
早乙女 奈央 (Nao Saotome)
〒437-0012 静岡県浜ノ宮市港町1-8
Tel: 0557-31-2200 ext.2305
***************************************
"""
SIG_MOMOSE = """
--
人事部 勤労課　百瀬 健司
日の出産業株式会社　内線 2120
"""
SIG_NARUMI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 健康管理室
保健師　鳴海 由紀
内線 2160
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""
SIG_IGARASHI = """
_____________________________
日の出産業株式会社 浜ノ宮工場 総務係
五十嵐 亮
TEL 0557-31-2500 / FAX 0557-31-2509
_____________________________
"""
SIG_KUSUNOKI = """
--
情報システム部 楠木 翔
日の出産業株式会社  TEL 0557-31-2200 (ext.2402)
"""
SIG_NIWA = """
-----
日の出産業株式会社 経理部
丹羽 さおり
TEL 0557-31-2200（内線2080）
"""
SIG_HORI = """
==================================
日の出産業株式会社 購買部 資材課
堀之内 剛
TEL 0557-31-2200 / 携帯（社用）080-3311-0452
==================================
"""
SIG_EN = """
Nao Saotome
CSR Office, Hinode Sangyo Co., Ltd.
1-8 Minato-cho, Hamanomiya-shi, Shizuoka 437-0012, Japan
Tel: +81-557-31-2200
"""
DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""
DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

# -- the other side --------------------------------------------------------------------

CITY_BOUSAI = "浜ノ宮市 危機管理課 南雲様 <nagumo-k@city.hamanomiya.lg.jp>"
CITY_BOUSAI2 = "bousai@city.hamanomiya.lg.jp"
CITY_FUKUSHI = "浜ノ宮市 福祉総務課 桐生様 <kiryu-a@city.hamanomiya.lg.jp>"
CITY_ZEIMU = "浜ノ宮市 資産税課 <shisanzei@city.hamanomiya.lg.jp>"
CITY_HOKEN = "浜ノ宮市 健康づくり課 保健師 <kenko@city.hamanomiya.lg.jp>"
SHAKYO = "浜ノ宮市社協 ボランティアセンター <vc@hamanomiya-shakyo.or.jp>"
SHAKYO_KASAI = "葛西 様 <kasai@hamanomiya-shakyo.or.jp>"
JICHIKAI = "宍戸 昭三 <shishido.shiomi@gmail.com>"
HOSP = "浜ノ宮中央病院 地域連携室 <renkei@hamanomiya-chuo-hp.or.jp>"
NPO = "NPO法人つなぐ手 事務局 <office@tsunagute.or.jp>"
KITAGUNI = "北国フーズ 米倉様 <yonekura@kitaguni-foods.co.jp>"
AOBA = "青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"
SAKURA = "さくらホテル浜ノ宮 宿泊予約 <hamanomiya@sakura-hotel.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
KAWASAKI = "川崎電機 レンタル営業部 <rental@kawasaki-denki.co.jp>"
NISHIKI = "錦印刷 制作課 <seisaku@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"
MIDORI = "みどり銀行 浜ノ宮支店 法人課 <hamanomiya-hojin@midori-ginko.co.jp>"

MESSAGES = []

# ---------------------------------------------------------------------------- 001-010

_p = _ppl(1, 12)
MESSAGES.append({
    "id": "hinanjo-001", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [CITY_BOUSAI], "cc": [ONODERA],
    "subject": "【浜ノ宮工場避難所】避難者名簿（第1報 10/14 21:00現在）",
    "body": "浜ノ宮市 危機管理課\n南雲様\n\nお世話になっております。日の出産業の真壁です。\n"
            "台風19号に伴い開設した当社浜ノ宮工場体育館の避難所につきまして、\n"
            "21時時点の受付分を下記のとおりご報告いたします。\n\n"
            "No  氏名            年齢 性別 住所                          連絡先\n"
            "--------------------------------------------------------------------------\n"
            + "\n".join(f"{i:>2}  {_pad(p.name, 16)}{p.age:>3}  {p.sex}   {_pad(p.addr_s, 30)}{p.tel}"
                        for i, p in enumerate(_p, 1))
            + "\n--------------------------------------------------------------------------\n"
            "計12名（うち車中泊2名を含む）\n\n次回は明朝7時に第2報をお送りします。\n" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "12 evacuees with address and phone in a padded table to the city: list of people (1)",
})

MESSAGES.append({
    "id": "hinanjo-002", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [CITY_BOUSAI],
    "subject": "災害時における施設使用に関する協定 締結式の日程について",
    "body": "浜ノ宮市 危機管理課\n南雲 様\n\nいつもお世話になっております。\n日の出産業CSR推進室の早乙女でございます。\n\n"
            "先日ご相談いたしました「災害時における施設使用に関する協定」の締結式につきまして、\n"
            "弊社側の候補日をお知らせいたします。\n\n"
            "　・11月 5日（木）14:00～15:00\n　・11月10日（火）10:00～11:00\n　・11月12日（木）15:00～16:00\n\n"
            "会場は市役所本庁舎3階の特別会議室を想定しておりますが、ご都合いかがでしょうか。\n"
            "弊社からは代表取締役社長 日比野と、総務部長 若狭の2名が出席予定です。\n\n"
            "報道発表の要否につきましても、あわせてご教示いただけますと幸いです。\n\n"
            "よろしくお願いいたします。\n" + SIG_SAOTOME + DISC_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "scheduling mail to one external office, names only, with the standard confidentiality disclaimer",
})

_p = _ppl(3, 9)
MESSAGES.append({
    "id": "hinanjo-003", "charset": "cp932",
    "sender": ONODERA, "to": [CITY_BOUSAI2],
    "subject": "避難者名簿（パスワード付き）送付の件",
    "body": "浜ノ宮市 危機管理課 防災係 御中\n\nお世話になっております。日の出産業 総務部の小野寺です。\n\n"
            "本日分の避難者名簿をお送りします。\n"
            "ファイルにはパスワードを設定しておりますので、パスワードは別メールにてお知らせします。\n\n"
            "ご確認のほどよろしくお願いいたします。\n" + SIG_ONODERA,
    "attachments": [{"kind": "zip", "name": "hinansha_meibo_1015.zip", "password": "Hnd#1015shelter",
                     "files": [{"kind": "csv", "name": "避難者名簿_1015.csv",
                                "rows": [["受付No", "氏名", "住所", "電話", "世帯人数"]]
                                + [[f"A{i:03d}", p.name, p.addr, p.tel, p.hh] for i, p in enumerate(_p, 1)]}]}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP (PPAP) of the evacuee roster to the city: attachment cannot be read (7)",
})

_p = _ppl(4, 23)
MESSAGES.append({
    "id": "hinanjo-004", "charset": "utf-8",
    "sender": IGARASHI, "to": [MAKABE, ONODERA, "避難所運営班 <shelter-team@hinode-sangyo.co.jp>"],
    "subject": "受付名簿 10/15 朝時点（社内共有）",
    "body": "危機管理課 各位\n\n工場総務の五十嵐です。\n体育館受付で記入いただいた避難者カードを入力しました。23名分です。\n"
            "市への報告は真壁課長からお願いします（こちらからは送っていません）。\n"
            "※外部への転送はしないでください。\n" + SIG_IGARASHI,
    "attachments": [{"kind": "csv", "name": "uketsuke_1015_0700.csv", "encoding": "cp932",
                     "rows": [["No", "氏名", "フリガナ", "生年月日", "住所", "電話", "避難場所"]]
                     + [[i, p.name, p.kana, _dob(p), p.addr, p.tel, p.room] for i, p in enumerate(_p, 1)]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "full evacuee roster, but every recipient is internal (incl. a subdomain sender)",
})

_p = _ppl(5, 1, old=True)[0]
MESSAGES.append({
    "id": "hinanjo-005", "charset": "iso-2022-jp",
    "sender": NARUMI, "to": [HOSP],
    "subject": "避難所からの受診相談（糖尿病の方）",
    "body": "浜ノ宮中央病院 地域連携室 御中\n\n日の出産業 健康管理室の保健師、鳴海と申します。\n"
            "当社工場内に開設している避難所に避難されている方について、受診のご相談です。\n\n"
            f"　氏名：{_p.name}（{_p.age}歳・{_p.sex}性）\n"
            f"　住所：{_p.addr_s}\n"
            "　既往：2型糖尿病（インスリン自己注射）、高血圧\n"
            "　状況：自宅浸水でインスリンと血糖測定器を持ち出せず、昨夜から未使用。\n"
            "　　　　今朝の随時血糖（簡易測定）312mg/dL、口渇あり。\n\n"
            "かかりつけは市内の　さかもと内科　とのことですが、休診中のため\n"
            "本日午前中に貴院で診ていただけないでしょうか。当社車両でお連れできます。\n" + SIG_NARUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable evacuee's diagnosis (diabetes, blood sugar) to a hospital: special-care data (3)",
})

MESSAGES.append({
    "id": "hinanjo-006", "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": [CITY_BOUSAI, SHAKYO_KASAI, JICHIKAI],
    "subject": "第3回 避難所運営委員会の開催について",
    "body": "関係各位\n\nお世話になっております。日の出産業の真壁です。\n\n"
            "標記の件、下記のとおり開催いたしますのでご出席をお願いいたします。\n\n"
            "　日時：11月18日（水）18:30～20:00\n"
            "　場所：日の出産業 浜ノ宮工場 研修センター2階 大会議室\n"
            "　議題：(1) 10月の避難所運営の振り返り\n"
            "　　　　(2) 備蓄品の補充計画\n"
            "　　　　(3) 自治会との受付分担の見直し\n\n"
            "駐車場は正門左手の来客用をご利用ください。\n" + SIG_MAKABE,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "city, social welfare council and a private person (gmail) all in To: three external parties see each other (4)",
})

MESSAGES.append({
    "id": "hinanjo-007", "charset": "cp932",
    "sender": HORI, "to": [KITAGUNI],
    "subject": "避難所用 備蓄食品のお見積りご依頼",
    "body": "北国フーズ株式会社\n営業部 米倉様\n\nいつも大変お世話になっております。\n日の出産業 資材課の堀之内です。\n\n"
            "浜ノ宮工場の避難所備蓄の入替えにあたり、下記のお見積りをお願いできますでしょうか。\n\n"
            "品番        品名                          数量      希望納期\n"
            "-----------------------------------------------------------------\n"
            "KF-AL205   アルファ米 五目ごはん 100g        600食    12/10\n"
            "KF-AL207   アルファ米 わかめごはん 100g      600食    12/10\n"
            "KF-CB110   保存パン（5年保存）缶              480缶    12/10\n"
            "KF-WT500   保存水 500ml（7年）24本入         60ケース 12/10\n"
            "KF-AF030   アレルギー対応カレー（特定原材料28品目不使用） 200食 12/10\n"
            "-----------------------------------------------------------------\n\n"
            "前回（見積No. KQ-2025-0877）と同条件で差し支えございません。\n"
            "ご多忙のところ恐縮ですが、11/20頃までにご回答いただけますと幸いです。\n" + SIG_HORI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "quotation request to a partner: product codes and quantities only",
})

_p = _ppl(8, 14)
MESSAGES.append({
    "id": "hinanjo-008", "charset": "cp932",
    "sender": ONODERA, "to": [SHAKYO_KASAI],
    "subject": "避難者受付名簿の共有（戸別訪問用）",
    "body": "浜ノ宮市社会福祉協議会\n葛西様\n\nお世話になります。日の出産業の小野寺です。\n"
            "お電話でご依頼のありました、帰宅された方への戸別訪問用の名簿を添付いたします。\n"
            "生年月日は受付票の記載どおり和暦のままです。\n\nよろしくお願いします。\n" + SIG_ONODERA,
    "attachments": [{"kind": "csv", "name": "戸別訪問用_避難者名簿.csv", "encoding": "cp932",
                     "rows": [["氏名", "ふりがな", "生年月日", "住所", "電話番号", "退所日"]]
                     + [[p.name, p.kana, _wareki(p), p.addr, p.tel, "10/17"] for p in _p]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 14 evacuees with 和暦 birth dates, addresses, phones to the council (1)",
})

MESSAGES.append({
    "id": "hinanjo-009", "charset": "iso-2022-jp",
    "sender": HORI, "to": ["北国フーズ 米倉様 <yonekura@kitaguni-food.co.jp>"],
    "subject": "Re: 備蓄食品 お見積りの件",
    "body": "米倉様\n\nお見積りありがとうございました。\n見積No. KQ-2026-1142 の内容で発注させていただきます。\n"
            "注文書は本日中に郵送いたします。\n\n"
            "納品先：日の出産業株式会社 浜ノ宮工場 防災倉庫（正門から入って右手）\n"
            "納品日：12月10日（木）午前中\n\n引き続きよろしくお願いいたします。\n" + SIG_HORI,
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner domain kitaguni-foods.co.jp typed as kitaguni-food.co.jp: look-alike recipient (5)",
})

MESSAGES.append({
    "id": "hinanjo-010", "charset": "utf-8",
    "sender": GONDO, "to": [AOBA],
    "subject": "物資輸送 配送先一覧（市指定避難所・福祉避難所）",
    "body": "青葉運輸株式会社 配車センター 御中\n\nお世話になっております。日の出産業 施設管理課の権藤です。\n"
            "市からの要請による物資輸送の配送先を下記にまとめました。\n\n"
            "配送先                           住所                               電話\n"
            "-----------------------------------------------------------------------------------\n"
            "浜ノ宮市立第二小学校 体育館       静岡県浜ノ宮市松風台2丁目1番1号     0557-42-1020\n"
            "浜ノ宮市立汐見中学校             静岡県浜ノ宮市汐見町3丁目5番8号     0557-44-2231\n"
            "日の出産業 浜ノ宮工場 体育館      静岡県浜ノ宮市港町1丁目8番地        0557-31-2500\n"
            "特別養護老人ホーム 松風の里       静岡県浜ノ宮市日吉台4丁目12番3号    0557-46-7700\n"
            "浜ノ宮市 西浦地区センター         静岡県浜ノ宮市西浦560番地           0557-48-0310\n"
            "浜ノ宮市 総合福祉会館（福祉避難所）静岡県浜ノ宮市高砂町1丁目2番5号     0557-35-1188\n"
            "-----------------------------------------------------------------------------------\n\n"
            "荷受けは各施設の受付（市職員または施設職員）で対応します。\n"
            "2t車での進入可否は別途確認中です。\n" + SIG_GONDO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of facilities (schools, care home, centres) with switchboards: businesses, not people",
})

# ---------------------------------------------------------------------------- 011-020

_p = _ppl(11, 11, old=True)
_rng = random.Random(SEED + 11)
MESSAGES.append({
    "id": "hinanjo-011", "charset": "utf-8",
    "sender": NARUMI, "to": [CITY_FUKUSHI], "cc": [MAKABE],
    "subject": "福祉避難所への移送候補者リスト（要配慮者）",
    "body": "浜ノ宮市 福祉総務課\n桐生様\n\nお世話になっております。日の出産業 健康管理室の鳴海です。\n"
            "本日の巡回で、一般避難スペースでの生活が難しいと判断した方をリストにしました。\n"
            "福祉避難所（総合福祉会館）への移送をご検討いただけますでしょうか。\n\n"
            "シート「移送候補」に一覧、シート「服薬状況」に聞き取った内容をまとめています。\n" + SIG_NARUMI,
    "attachments": [{"kind": "xlsx", "name": "移送候補者リスト_1016.xlsx", "title": "要配慮者 移送候補",
                     "sheets": {
                         "移送候補": [["浜ノ宮工場避難所　要配慮者一覧（10/16 14時 巡回）"], [],
                                  ["No", "氏名", "年齢", "性別", "住所", "連絡先", "状態", "介助"]]
                         + [[i, p.name, p.age, p.sex, p.addr_s, p.tel, _CARE[(i * 3) % len(_CARE)],
                             _rng.choice(["全介助", "一部介助", "見守り"])] for i, p in enumerate(_p, 1)],
                         "服薬状況": [["氏名", "常用薬", "残数", "かかりつけ"]]
                         + [[p.name, _rng.choice(["降圧剤", "インスリン", "抗てんかん薬", "抗精神病薬", "利尿剤"]),
                             f"{_rng.randint(0, 5)}日分", _rng.choice(["さかもと内科", "浜ノ宮中央病院", "松風台クリニック"])]
                            for p in _p[:7]],
                     }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX of 11 people needing support with disability/illness per row to the city: list + special-care data (1, 3)",
})

MESSAGES.append({
    "id": "hinanjo-012", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [CITY_BOUSAI], "cc": [SHAKYO],
    "subject": "避難所運営訓練（12/6）打合せのお願い",
    "body": "浜ノ宮市 危機管理課 南雲様\n浜ノ宮市社会福祉協議会 ボランティアセンター ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の早乙女です。\n\n"
            "12月6日（日）に予定している避難所運営訓練につきまして、\n"
            "三者で事前打合せをさせていただきたく、ご連絡いたしました。\n\n"
            "　候補：11月24日（火）10時～／11月26日（木）14時～\n　場所：市役所 防災センター会議室 もしくは オンライン\n\n"
            "訓練の想定（震度6弱・津波注意報）と、受付・物資・要配慮者対応の各班の\n"
            "役割分担案は、打合せ当日に資料をお持ちします。\n\nご都合をお聞かせください。\n" + SIG_SAOTOME,
    "expect": "pass", "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail: two external organisations in To/Cc",
})

_p = _ppl(13, 1)[0]
MESSAGES.append({
    "id": "hinanjo-013", "charset": "utf-8",
    "sender": MOMOSE, "to": [CITY_ZEIMU],
    "subject": "罹災証明書 交付申請書の送付（当社従業員分）",
    "body": "浜ノ宮市 資産税課 ご担当者様\n\nお世話になっております。日の出産業 人事部の百瀬と申します。\n"
            "当社従業員で、台風19号により自宅が床上浸水した者の罹災証明書交付申請について、\n"
            "本人から委任を受け、申請書を代理で送付いたします。\n\n"
            "委任状の原本は郵送いたします。ご不明点があればご連絡ください。\n" + SIG_MOMOSE,
    "attachments": [{"kind": "docx", "name": "罹災証明書交付申請書_" + _p.sei + ".docx",
                     "title": "罹災証明書交付申請書",
                     "paragraphs": ["罹災証明書交付申請書", "浜ノ宮市長 様", "令和8年10月19日",
                                    "次のとおり罹災証明書の交付を申請します。"],
                     "tables": [[["申請者氏名", _p.name], ["フリガナ", _p.kana],
                                 ["生年月日", _wareki(_p)], ["住所", _p.addr],
                                 ["電話番号", _p.mob], ["個人番号", my_number(SEED + 1)],
                                 ["被災住家の所在地", _p.addr], ["被害の状況", "床上浸水（約60cm）"],
                                 ["代理人", "日の出産業株式会社 人事部 百瀬 健司"]]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX application form carrying one employee's My Number to the city: My Number (2)",
})

_p = _ppl(14, 8)
MESSAGES.append({
    "id": "hinanjo-014", "charset": "iso-2022-jp",
    "sender": ONODERA, "to": [CITY_BOUSAI],
    "subject": "Re: 【確認依頼】退所者名簿の照合",
    "body": "南雲様\n\n照合結果、承知しました。\n当社側の記録とも一致しておりますので、こちらで確定とさせていただきます。\n"
            "受付簿の原本は11月末までに市へお返しします。\n\n小野寺\n\n"
            "> 日の出産業 小野寺様\n>\n> 本日までに退所された方の名簿です。貴社の記録と照合をお願いします。\n>\n"
            + "\n".join(f"> {_pad(p.name, 14)} {p.addr_s}  {p.tel}  退所10/{17 + i % 3}" for i, p in enumerate(_p))
            + "\n>\n> 浜ノ宮市 危機管理課 南雲\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the roster is only in the quoted part of the city's own mail; new text has no personal data",
})

MESSAGES.append({
    "id": "hinanjo-015", "charset": "utf-8",
    "sender": GONDO, "to": [CITY_BOUSAI],
    "subject": "避難所開設・運営手順書（浜ノ宮工場）送付",
    "body": "浜ノ宮市 危機管理課 南雲様\n\nお世話になっております。施設管理課の権藤です。\n"
            "ご依頼の浜ノ宮工場の避難所開設・運営手順書をお送りします。\n"
            "夜間・休日の開錠手順、非常用発電機の起動手順、避難スペースの区割りを含みます。\n" + SIG_GONDO,
    "attachments": [{"kind": "pdf", "name": "避難所開設運営手順書_浜ノ宮工場_v3.pdf",
                     "title": "避難所開設・運営手順書", "page_header": "社外秘", "page_footer": "日の出産業株式会社 社外秘 - 無断複製禁止",
                     "lines": ["【社外秘】避難所開設・運営手順書（浜ノ宮工場）第3版",
                               "1. 開設判断：市からの開設要請、または震度5強以上で自動開設",
                               "2. 夜間・休日の開錠：守衛室キーボックス（暗証は別途管理）から体育館マスターキーを取り出す",
                               "3. 非常用発電機：管理棟B1 発電機室、起動盤のモードを手動に切替え",
                               "4. 避難スペース：体育館A/Bを一般、研修室1・2と和室を要配慮者用とする",
                               "5. 立入禁止区域：製造棟、危険物倉庫、サーバー室",
                               "6. 受付：避難者カード記入、市の様式に準拠"]}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 社外秘 in header and footer sent to the city: confidentiality marking (6)",
})

MESSAGES.append({
    "id": "hinanjo-016", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [JICHIKAI],
    "subject": "防災訓練の日程についてご相談",
    "body": "汐見町自治会\n会長　宍戸 昭三 様\n\n"
            "いつも大変お世話になっております。日の出産業の早乙女でございます。\n"
            "先日は総会にお招きいただき、ありがとうございました。\n\n"
            "さて、自治会の皆さまと合同で行う避難所開設訓練ですが、\n"
            "12月6日（日）の午前中で調整を進めております。\n"
            "自治会からのご参加人数の目安（20名程度でしょうか）と、\n"
            "炊き出し訓練の実施可否について、ご意見をお聞かせいただけますと幸いです。\n\n"
            "お手すきの際にご返信いただければ結構です。\n" + SIG_SAOTOME,
    "expect": "pass", "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (the residents' association chair), no personal data",
})

MESSAGES.append({
    "id": "hinanjo-017", "charset": "cp932",
    "sender": MOMOSE, "to": [SHAKYO],
    "subject": "社員ボランティア登録票の提出",
    "body": "浜ノ宮市社会福祉協議会 ボランティアセンター御中\n\nお世話になっております。日の出産業 人事部の百瀬です。\n"
            "災害ボランティアに参加する当社社員の登録票を提出します。\n"
            "様式は貴センターのものをそのまま使用しています。\n\nご査収ください。\n" + SIG_MOMOSE,
    "attachments": [{"kind": "corrupt", "name": "ボランティア登録票_日の出産業.xlsx"}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the volunteer registration workbook is corrupt and cannot be inspected (7)",
})

_p = _ppl(18, 9, young=True)
MESSAGES.append({
    "id": "hinanjo-018", "charset": "utf-8",
    "sender": MOMOSE, "to": [SHAKYO_KASAI],
    "subject": "10/18（日）災害ボランティア 当社参加者",
    "body": "葛西様\n\n人事の百瀬です。週末の泥出しボランティアの参加者です。\n"
            "当日連絡がつくよう、個人の携帯とメールを記載しています。\n\n"
            "氏名\tフリガナ\t携帯\tメール\t車両\n"
            + "\n".join(f"{p.name}\t{p.kana}\t{p.mob}\t{p.mail}\t{'可' if i % 3 == 0 else '-'}"
                        for i, p in enumerate(_p))
            + "\n\n集合は8:30に社協前でよろしいでしょうか。\n" + SIG_MOMOSE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 9 employee volunteers with private mobiles and e-mail to the council (1)",
})

_p = _ppl(19, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-019", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [CITY_BOUSAI],
    "subject": "夜間の連絡先について",
    "body": "南雲様\n\nお世話になります。真壁です。\n"
            "本日から3日間、避難所の夜間責任者は当社の下記の者が務めます。\n"
            "夜間に市からのご連絡がある場合は、こちらへお願いいたします。\n\n"
            f"　夜間責任者：{_p.name}（施設管理課）\n　携帯：{_p.mob}\n\n"
            "私は日中（8時～19時）対応いたします。\n" + SIG_MAKABE,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's contact (night duty officer's mobile) to the city: may warn, must go",
})

_p = _ppl(20, 10)
MESSAGES.append({
    "id": "hinanjo-020", "charset": "utf-8",
    "sender": KUSUNOKI, "to": [TSUBASA],
    "subject": "避難者受付アプリ 取込エラーの件（データ添付）",
    "html": "<html><body><p>ツバサシステム株式会社<br>サポートご担当者様</p>"
            "<p>いつもお世話になっております。日の出産業 情報システム部の楠木です。</p>"
            "<p>避難者受付アプリへのCSV取込で「生年月日の形式が不正です」というエラーになります。<br>"
            "再現用に、実際に取込もうとしたデータを下に貼ります。原因をご確認いただけますか。</p>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>受付番号</th><th>氏名</th><th>生年月日</th><th>住所</th><th>電話</th></tr>"
            + "".join(f"<tr><td>B-{200 + i}</td><td>{p.name}</td><td>{_wareki(p, 'dot')}</td>"
                      f"<td>{p.addr}</td><td>{p.tel}</td></tr>" for i, p in enumerate(_p))
            + "</table><p>よろしくお願いいたします。</p>"
            "<p>--<br>情報システム部 楠木 翔<br>日の出産業株式会社 TEL 0557-31-2200 (ext.2402)</p></body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail pasting 10 real evacuee rows into a support ticket to the vendor (1)",
})

# ---------------------------------------------------------------------------- 021-030

_p = _ppl(21, 3, young=True)
MESSAGES.append({
    "id": "hinanjo-021", "charset": "cp932",
    "sender": SAOTOME, "to": [SHAKYO_KASAI],
    "subject": "Re: 12/6 訓練 参加者のご連絡",
    "body": "葛西様\n\nお世話になっております。早乙女です。\n訓練当日、当社から受付班として参加する3名をお知らせします。\n"
            "当日の緊急連絡用に携帯番号を添えております。\n\n"
            + "\n".join(f"・{p.name}（{['総務部', '施設管理課', '人事部'][i]}）　携帯 {p.mob}" for i, p in enumerate(_p))
            + "\n\n当日はよろしくお願いいたします。\n" + SIG_SAOTOME,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with mobile numbers to one external body: short list, may warn",
})

MESSAGES.append({
    "id": "hinanjo-022", "charset": "iso-2022-jp",
    "sender": HORI, "to": [KITAGUNI],
    "subject": "避難所の食事　ハラール対応のご相談",
    "body": "北国フーズ 米倉様\n\nお世話になっております。堀之内です。\n急なご相談で恐縮です。\n\n"
            "避難所に、当社協力会社の技能実習生 Muhammad RIZKI（ムハマド・リズキ）さんのご家族3名がおられます。\n"
            "イスラム教を信仰されているため、豚肉・アルコールを含まない食事が必要です。\n"
            "断食月ではないので、通常の3食で結構です。\n\n"
            "ハラール認証のある非常食、または原材料で対応可能な商品があれば、\n"
            "明日の配送分から3食×3名分を追加していただけないでしょうか。\n" + SIG_HORI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named family's religion (Islam) sent to a food supplier: special-care data of one person (3)",
})

MESSAGES.append({
    "id": "hinanjo-023", "charset": "utf-8",
    "sender": ONODERA, "to": [CITY_BOUSAI2],
    "subject": "【定時報告】浜ノ宮工場避難所 10/16 18:00",
    "body": "浜ノ宮市 危機管理課 防災係 御中\n\n日の出産業 小野寺です。18時の定時報告です。\n\n"
            "■避難者数\n　体育館A　 42名（18世帯）\n　体育館B　 37名（15世帯）\n"
            "　研修室・和室（要配慮者スペース） 9名\n　車中泊（駐車場） 6台・14名\n　合計 102名\n\n"
            "■地区別\n　汐見町 48／港町 21／浜通り 19／砂山町 9／その他 5\n\n"
            "■要配慮者 9名（高齢者5、障害のある方2、乳幼児連れ2）※氏名は別途手渡し\n\n"
            "■物資\n　毛布 残80枚、飲料水 残40ケース、紙おむつ（大人用L）不足\n\n"
            "■その他\n　ペット同伴 4世帯（屋外テントで対応中）\n" + SIG_ONODERA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate counts by area and category, no individual records",
})

_p = _ppl(24, 7)
_alg = ["卵", "乳", "小麦", "そば", "落花生", "えび・かに", "卵・乳"]
MESSAGES.append({
    "id": "hinanjo-024", "charset": "cp932",
    "sender": HORI, "to": [KITAGUNI], "cc": [NARUMI],
    "subject": "アレルギー対応食のお願い（避難所）",
    "body": "北国フーズ 米倉様\n\nいつもありがとうございます。堀之内です。\n"
            "避難所で食物アレルギーのある方を確認しましたので、個別に配膳できるよう\n"
            "お弁当に名前を貼っていただけますでしょうか。\n\n"
            "【アレルギー対応者一覧】\n"
            + "\n".join(f"　{i}. {_pad(p.name, 14)} {p.age:>2}歳  {_pad(p.room, 8)} 除去：{_alg[i - 1]}"
                        + ("（アナフィラキシー既往あり、エピペン所持）" if i in (2, 5) else "")
                        for i, p in enumerate(_p, 1))
            + "\n\n以上7名分、明日の昼食からお願いいたします。\n" + SIG_HORI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "7 named evacuees with age, room and food allergy / anaphylaxis history to a supplier: list + health data (1, 3)",
})

_p = _ppl(25, 5)
MESSAGES.append({
    "id": "hinanjo-025", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [CITY_BOUSAI],
    "subject": "当社 避難所運営班の班長一覧",
    "body": "南雲様\n\nお世話になっております。真壁です。\n"
            "当社の避難所運営班の班長（社員）を下記のとおりお知らせします。\n"
            "各班への直接のご連絡は、社用携帯にお願いします。\n\n"
            "班        氏名            所属            社用携帯\n"
            "------------------------------------------------------------\n"
            + "\n".join(f"{_pad(b, 10)}{_pad(p.name, 16)}{_pad(d, 16)}080-33{11 + i:02d}-{4400 + i * 7}"
                        for i, (b, p, d) in enumerate(zip(["総括", "受付", "物資", "衛生", "要配慮者"], _p,
                                                         ["総務部", "総務部", "購買部", "施設管理課", "健康管理室"])))
            + "\n------------------------------------------------------------\n" + SIG_MAKABE,
    "expect": "either", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five employees with company-issued mobiles: business contacts, yet five rows of people; a judgement call",
})

_p = _ppl(26, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-026", "charset": "utf-8",
    "sender": ONODERA, "to": ["浜ノ宮市国際交流協会 <info@hamanomiya-ia.or.jp>"],
    "subject": "外国人避難者の通訳支援のお願い",
    "body": "浜ノ宮市国際交流協会 御中\n\n日の出産業 総務部の小野寺と申します。\n"
            "当社避難所に、日本語での意思疎通が難しいベトナム出身の方が避難されています。\n"
            "ベトナム語の通訳ボランティアの派遣をお願いできないでしょうか。\n\n"
            "受付票の記載内容をお伝えします。\n"
            "　氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）\n"
            "　国籍：ベトナム\n"
            f"　在留カード番号：UH{random.Random(SEED + 26).randint(10000000, 99999999)}GA\n"
            "　在留資格：技能実習（2号）\n"
            f"　住所：{_p.addr}（社員寮ではなく民間アパート）\n"
            f"　携帯：{_p.mob}\n\n"
            "ご検討のほどよろしくお願いいたします。\n" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a residence card number of a foreign evacuee sent outside: identity document number (2)",
})

MESSAGES.append({
    "id": "hinanjo-027", "charset": "iso-2022-jp",
    "sender": GONDO, "to": [CITY_BOUSAI],
    "subject": "避難スペースの区割り変更について",
    "body": "南雲様\n\n施設管理課の権藤です。\n先日ご指摘いただいた研修センター2階の扱いについてです。\n\n"
            "2階東側の書庫には機密書類の保管庫があるため、今回の区割りからは除外し、\n"
            "代わりに1階の第3研修室（約60㎡）を要配慮者スペースとして追加します。\n"
            "これにより収容可能人数は当初計画から＋12名の178名となります。\n\n"
            "図面は次回の委員会でお配りします。\n" + SIG_GONDO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the word 機密 used in passing (a document store), no marking, no personal data",
})

_p = _ppl(28, 4, young=True)
_rng = random.Random(SEED + 28)
MESSAGES.append({
    "id": "hinanjo-028", "charset": "cp932",
    "sender": MOMOSE, "to": ["常盤損保 法人営業部 <hojin-eigyo@tokiwa-sonpo.co.jp>"],
    "subject": "物資配送ボランティア 運転者の追加登録",
    "body": "常盤損害保険株式会社 法人営業部 ご担当者様\n\nお世話になっております。日の出産業 人事部の百瀬です。\n"
            "社有車で避難所間の物資配送を行う社員を、ボランティア活動中の自動車保険の\n"
            "運転者限定特約に追加したく、下記をお送りします。\n\n"
            + "\n".join(f"【{i}】{p.name}（{p.kana}）\n　生年月日：{_dob(p, '.')}\n"
                        f"　運転免許証番号：第{_rng.choice(['49', '30', '47'])}{_rng.randint(10, 99)}{_rng.randint(100000, 999999)}{_rng.randint(0, 9)}{_rng.randint(0, 2)}号"
                        f"（{_rng.choice(['ゴールド', 'ブルー'])}）"
                        for i, p in enumerate(_p, 1))
            + "\n\n手続き書類のご案内をお願いいたします。\n" + SIG_MOMOSE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "four drivers' licence numbers and birth dates to an insurer: identity document numbers (2)",
})

_p = _ppl(29, 16, old=True)
_rng = random.Random(SEED + 29)
MESSAGES.append({
    "id": "hinanjo-029", "charset": "utf-8",
    "sender": NARUMI, "to": [MAKABE, IGARASHI], "cc": ["産業医 若松 <wakamatsu-dr@hinode-sangyo.co.jp>"],
    "subject": "要配慮者スペースの利用者一覧（社内）",
    "body": "真壁課長、五十嵐さん\n\n鳴海です。要配慮者スペースの利用者を一覧にしました。\n"
            "夜間巡回の際に参照してください（社内限り）。\n\n"
            + "\n".join(f"{p.room}｜{p.name}（{p.age}）｜{_CARE[j % len(_CARE)]}｜家族 {p.tel}"
                        for j, p in enumerate(_p))
            + "\n\n透析の方は火木土の送迎を市と調整中です。\n" + SIG_NARUMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "list of people needing support with conditions, but all recipients are internal",
})

MESSAGES.append({
    "id": "hinanjo-030", "charset": "iso-2022-jp",
    "sender": NIWA, "to": [SAKURA],
    "subject": "要配慮者の方の宿泊予約（法人カード決済）",
    "body": "さくらホテル浜ノ宮 ご予約係 御中\n\nお世話になっております。日の出産業 経理部の丹羽でございます。\n"
            "本日お電話で仮押さえいただいたユニバーサルルーム2室（10/16～10/19、3泊）について、\n"
            "お支払いは当社法人カードでお願いいたします。\n\n"
            f"　カード番号：{' '.join(card_number(SEED + 101)[i:i + 4] for i in range(0, 16, 4))}\n"
            "　有効期限：09/29\n"
            "　名義：HINODE SANGYO CO LTD / SAORI NIWA\n\n"
            "宿泊者のお名前は、チェックイン時に当社担当者からお伝えいたします。\n"
            "請求書は当社経理部宛にお送りください。\n" + SIG_NIWA,
    "expect": "stop", "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with expiry in the body to a hotel: card number (2)",
})

# ---------------------------------------------------------------------------- 031-040

_tno = "T" + _houjin("304152607081")
MESSAGES.append({
    "id": "hinanjo-031", "charset": "cp932",
    "sender": NIWA, "to": [NISHIKI],
    "subject": "ご請求書（No. NP-26-10384）お支払いのご連絡",
    "body": "錦印刷株式会社 制作課 御中\n\nいつもお世話になっております。日の出産業 経理部の丹羽です。\n\n"
            "下記ご請求につきまして、本日お振込の手続きをいたしましたのでご連絡いたします。\n\n"
            "　請求書番号：NP-26-10384\n　件名：避難者カード（複写式・3枚綴り）5,000組 印刷\n"
            "　金額：198,000円（税込）\n"
            f"　登録番号：{_tno}\n"
            "　お振込先：みどり銀行 浜ノ宮支店 当座 0123456 ニシキインサツ（カ\n"
            "　お支払日：11月30日\n\n"
            "振込手数料は当社負担としております。\nご確認のほどよろしくお願いいたします。\n" + SIG_NIWA,
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "payment notice to a partner: invoice number, the printer's T-number and company bank account, no person's data",
})

_p = _ppl(32, 1)[0]
MESSAGES.append({
    "id": "hinanjo-032", "charset": "iso-2022-jp",
    "sender": NARUMI, "to": [HOSP],
    "subject": "発熱者の受診予約のお願い（避難所）",
    "body": "浜ノ宮中央病院 地域連携室 ご担当者様\n\n日の出産業 健康管理室 鳴海です。\n"
            "先ほどお電話した件、受付に必要とのことでしたので保険証の情報をお送りします。\n\n"
            f"　氏名　　：{_p.name}（{_p.kana}）\n"
            f"　生年月日：{_wareki(_p)}\n"
            "　保険者　：浜ノ宮市国民健康保険\n"
            "　記号　　：静浜国　番号：４８２７１９（枝番 ０２）\n"
            "　症状　　：昨夜から38.6℃の発熱、咳。既往に気管支喘息あり。\n\n"
            "14時にお連れします。\n" + SIG_NARUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health insurance card number plus symptoms and asthma history of one evacuee to a hospital (2, 3)",
})

MESSAGES.append({
    "id": "hinanjo-033", "charset": "utf-8",
    "sender": HORI, "to": [CITY_BOUSAI], "cc": [GONDO],
    "subject": "支援物資 発送のご連絡（お問合せ番号あり）",
    "body": "浜ノ宮市 危機管理課 南雲様\n\nお世話になっております。日の出産業 資材課の堀之内です。\n"
            "当社本社から市の物資集積所（旧浜ノ宮市民体育館）宛に、下記を発送しました。\n\n"
            "  品目                 数量     運送会社   お問合せ番号\n"
            "  ------------------------------------------------------------\n"
            "  毛布（圧縮）          200枚    青葉運輸   4401-2233-8890\n"
            "  簡易トイレ処理袋      50箱     青葉運輸   4401-2233-8891\n"
            "  大人用紙おむつ L      30ケース 青葉運輸   4401-2233-8892\n"
            "  保存水 2L             80ケース 青葉運輸   4401-2233-8893\n"
            "  ------------------------------------------------------------\n\n"
            "到着は明日10/17の午前指定です。\n" + SIG_HORI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "shipment notice with item list and tracking numbers only",
})

_p = _ppl(34, 3, young=True)
MESSAGES.append({
    "id": "hinanjo-034", "charset": "cp932",
    "sender": MOMOSE, "to": ["みなと社会保険労務士法人 <office@minato-sr.jp>"],
    "subject": "被災した従業員の社会保険手続きについて",
    "body": "みなと社会保険労務士法人\n担当 鮎川先生\n\nいつもお世話になっております。日の出産業 人事部の百瀬です。\n"
            "台風19号で住家に被害を受けた従業員3名について、保険料の免除・猶予や\n"
            "年金関係で利用できる特例がないかご相談させてください。\n\n"
            + "\n".join(f"{p.name}　{_dob(p, '-')}生　基礎年金番号 {4100 + i * 37}-{random.Random(SEED + 34 + i).randint(100000, 999999)}"
                        f"　被害：{['全壊', '大規模半壊', '床上浸水'][i]}"
                        for i, p in enumerate(_p))
            + "\n\n来週中にお時間をいただけますと助かります。\n" + SIG_MOMOSE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers of three employees to a labour consultant: social insurance numbers (2)",
})

MESSAGES.append({
    "id": "hinanjo-035", "charset": "utf-8",
    "sender": SAOTOME, "to": ["Emily Carter <e.carter@pacific-relief.org>"],
    "subject": "Thank you for the relief goods - Hamanomiya shelter",
    "body": "Dear Ms. Carter,\n\nOn behalf of Hinode Sangyo, thank you very much for the 300 hygiene kits your team\n"
            "sent to our Hamanomiya plant shelter. They arrived safely on October 20 and were\n"
            "handed out the same afternoon together with the city's own supplies.\n\n"
            "At its peak the shelter hosted about 110 people; as of today 28 remain, mostly\n"
            "families whose homes are still being dried out. We expect to close the shelter\n"
            "by the end of November, in consultation with the city.\n\n"
            "If it would help your report to donors, I can send a short summary with photos\n"
            "of the distribution (no faces of evacuees will be shown).\n\n"
            "Best regards,\n" + SIG_EN + DISC_EN,
    "html": "<html><body><p>Dear Ms. Carter,</p><p>On behalf of Hinode Sangyo, thank you very much for the "
            "<b>300 hygiene kits</b> your team sent to our Hamanomiya plant shelter. They arrived safely on "
            "October 20 and were handed out the same afternoon together with the city's own supplies.</p>"
            "<p>At its peak the shelter hosted about 110 people; as of today 28 remain, mostly families whose "
            "homes are still being dried out. We expect to close the shelter by the end of November, in "
            "consultation with the city.</p><p>If it would help your report to donors, I can send a short "
            "summary with photos of the distribution (no faces of evacuees will be shown).</p>"
            "<p>Best regards,<br>Nao Saotome<br>CSR Office, Hinode Sangyo Co., Ltd.<br>Tel: +81-557-31-2200</p>"
            "<p style='font-size:small;color:gray'>This e-mail and any attachments may contain confidential "
            "information. If you are not the intended recipient, please notify the sender immediately and "
            "delete this e-mail.</p></body></html>",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English thank-you mail (text + HTML) to a foreign NGO, aggregate figures, standard disclaimer",
})

_p = _ppl(36, 2, young=True)
MESSAGES.append({
    "id": "hinanjo-036", "charset": "utf-8",
    "sender": SAOTOME, "to": [SAKURA],
    "subject": "Room list for the international volunteer team (Oct 22-26)",
    "body": "Dear Reservations team,\n\nThank you for holding four single rooms for the volunteer team supporting our shelter.\n"
            "As requested for the guest register of foreign guests, please find the passport details below.\n\n"
            "  Name                 Nationality   Passport No.   Date of birth\n"
            "  -----------------------------------------------------------------\n"
            "  Daniel MORRIS        USA           583214097      1988-03-14\n"
            "  Priya RAMAN          India         T7729150       1991-11-02\n"
            f"  {_pad(_p[0].roma, 21)}Japan         TR4820931      {_dob(_p[0], '-')}\n"
            f"  {_pad(_p[1].roma, 21)}Japan         TZ1175306      {_dob(_p[1], '-')}\n"
            "  -----------------------------------------------------------------\n\n"
            "The invoice should be addressed to Hinode Sangyo Co., Ltd., CSR Office.\n\n"
            "Kind regards,\n" + SIG_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and birth dates of four volunteers (two Japanese passports) to a hotel: identity documents (2)",
})

_p = _ppl(37, 8, young=True)
MESSAGES.append({
    "id": "hinanjo-037", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [SHAKYO_KASAI],
    "subject": "RE: 10/24 ボランティア受入れ予定者",
    "body": "葛西様\n\nご連絡ありがとうございます。\n24日は8名の受入れで承知いたしました。\n"
            "当社側は体育館入口で受付を設け、軍手・長靴・マスクを用意しておきます。\n"
            "駐車場は西門側の第2駐車場をお使いください。\n\n早乙女\n\n"
            "-----Original Message-----\n"
            "From: 葛西 <kasai@hamanomiya-shakyo.or.jp>\nSent: Thursday, October 22, 2026 4:12 PM\n"
            "To: 早乙女 奈央 <saotome@hinode-sangyo.co.jp>\nSubject: 10/24 ボランティア受入れ予定者\n\n"
            "早乙女様\n\n24日に貴社避難所へ派遣するボランティアの名簿です。\n\n"
            + "\n".join(f"{i}. {p.name}  {p.age}歳  {p.mob}  {p.addr_s}" for i, p in enumerate(_p, 1))
            + "\n\n社協 ボランティアセンター 葛西\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reply whose only list is the council's own roster under -----Original Message-----",
})

_p = _ppl(38, 8, old=True)
MESSAGES.append({
    "id": "hinanjo-038", "charset": "utf-8",
    "sender": GONDO, "to": [AOBA],
    "subject": "FW: 帰宅送迎の対象者について（10/21）",
    "body": "青葉運輸 配車センター御中\n\n施設管理課の権藤です。\n"
            "市から下記の依頼がありましたので転送します。明日のマイクロバス手配をお願いします。\n\n"
            "---------- Forwarded message ---------\n"
            "From: 浜ノ宮市 危機管理課 南雲 <nagumo-k@city.hamanomiya.lg.jp>\n"
            "Date: 2026年10月20日(火) 17:45\nSubject: 帰宅送迎の対象者について（10/21）\n"
            "To: 権藤 慎也 <gondo.s@hinode-sangyo.co.jp>\n\n"
            "権藤様\n\n明日、自宅の片付けが済んだ方の帰宅送迎をお願いします。\n\n"
            + "\n".join(f"■{p.name}様（{p.hh}名）\n　送り先：{p.addr}\n　連絡先：{p.tel}" for p in _p)
            + "\n\n浜ノ宮市 危機管理課 南雲\n" + SIG_GONDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of the city's mail: 8 evacuees' home addresses and phones become new text to the carrier (1)",
})

_p = _ppl(39, 31, young=True)
_rng = random.Random(SEED + 39)
MESSAGES.append({
    "id": "hinanjo-039", "charset": "utf-8",
    "sender": MOMOSE, "to": ["人事部 勤労課 <kinro@hinode-sangyo.co.jp>"], "cc": [SAOTOME],
    "subject": "社員ボランティア 登録者一覧（集計用）",
    "body": "勤労課各位\n\n社員ボランティアの登録者一覧です（10/23時点 31名）。\n"
            "ボランティア休暇の申請と突き合わせてください。\n" + SIG_MOMOSE,
    "attachments": [{"kind": "xlsx", "name": "社員ボランティア登録者_1023.xlsx",
                     "sheets": {"登録者": [["社員番号", "氏名", "所属", "携帯", "生年月日", "参加日"]]
                                + [[f"H{_rng.randint(10000, 99999)}", p.name,
                                    _rng.choice(["製造一課", "製造二課", "品質保証", "営業一課", "総務部", "経理部"]),
                                    p.mob, _dob(p), _rng.choice(["10/18", "10/24", "10/25", "10/31"])] for p in _p],
                                "集計": [["参加日", "人数"], ["10/18", 9], ["10/24", 8], ["10/25", 7], ["10/31", 7]]}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "employee volunteer list with mobiles and birth dates, internal recipients only",
})

_p = _ppl(40, 10, old=True)
MESSAGES.append({
    "id": "hinanjo-040", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [NPO],
    "subject": "在宅避難者の見守り訪問について（市からのメールを添付します）",
    "body": "NPO法人つなぐ手 事務局 御中\n\nお世話になっております。日の出産業 CSR推進室の早乙女です。\n"
            "先日ご相談した在宅避難の方への見守り訪問の件、市から対象者の一覧が届きましたので\n"
            "元のメールをそのまま添付いたします。訪問ルートのご検討にお使いください。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "eml", "name": "在宅避難者一覧（市危機管理課）.eml", "message": {
        "charset": "iso-2022-jp", "sender": CITY_BOUSAI, "to": [SAOTOME],
        "subject": "在宅避難者の一覧（見守り対象）",
        "body": "日の出産業 早乙女様\n\n見守り訪問の対象となる在宅避難者の一覧です。\n\n"
                + "\n".join(f"{p.name}　{p.age}歳　{p.addr}　TEL {p.tel}" for p in _p)
                + "\n\n浜ノ宮市 危機管理課 南雲\n"}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached mail (message/rfc822) holding 10 residents' addresses and phones sent to an NPO (1)",
})

# ---------------------------------------------------------------------------- 041-050

_p = _ppl(41, 4)
MESSAGES.append({
    "id": "hinanjo-041", "charset": "cp932",
    "sender": IGARASHI, "to": [CITY_BOUSAI],
    "subject": "夜間巡回に協力いただく自治会の方（4名）",
    "body": "浜ノ宮市 危機管理課 南雲様\n\n工場総務の五十嵐です。\n"
            "今週の夜間巡回は、当社警備員に加えて汐見町自治会の方4名にご協力いただきます。\n"
            "市の腕章を4本お借りしたく、お名前と連絡先をお知らせします。\n\n"
            "　氏名　　　　　　　担当日　　　携帯\n"
            + "\n".join(f"　{_pad(p.name, 18)}{_pad(d, 12)}{p.mob}" for p, d in zip(_p, ["10/19（月）", "10/20（火）", "10/21（水）", "10/22（木）"]))
            + "\n\n腕章は明日の定時報告の際に受け取りに伺います。\n" + SIG_IGARASHI,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and mobiles to the city: under the five-record line, may warn",
})

_p = _ppl(42, 13)
_rng = random.Random(SEED + 42)
MESSAGES.append({
    "id": "hinanjo-042", "charset": "cp932",
    "sender": SAOTOME, "to": [JICHIKAI],
    "subject": "世帯名簿（避難状況を追記しました）",
    "body": "宍戸会長\n\nお世話になっております。日の出産業の早乙女です。\n"
            "先日お預かりした汐見町3丁目・4丁目の世帯名簿に、当社避難所での避難状況を追記しました。\n"
            "元のファイル形式（.xls）のままお返しします。\n\n"
            "安否未確認の世帯は黄色の欄です（色はこちらの環境では付けられなかったので「要確認」と記載）。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "xls", "name": "汐見町3-4丁目_世帯名簿_追記.xls",
                     "sheets": {"世帯名簿": [["班", "世帯主", "住所", "電話", "人数", "避難状況"]]
                                + [[f"{_rng.randint(1, 6)}班", p.name, p.addr, p.land, p.hh,
                                    _rng.choice(["当社避難所", "親戚宅", "在宅", "要確認"])] for p in _p]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "legacy XLS household roster (13 rows, addresses, phones) to a gmail address (1)",
})

MESSAGES.append({
    "id": "hinanjo-043", "charset": "iso-2022-jp",
    "sender": KUSUNOKI, "to": ["ツバサシステム 営業 三上様 <mikami@tsubasa-system.jp>"],
    "subject": "避難者受付システム導入に伴う秘密保持契約書について",
    "body": "ツバサシステム株式会社\n営業部 三上様\n\nお世話になっております。日の出産業 情報システム部の楠木です。\n\n"
            "避難者受付システムの試験導入にあたり、法務から秘密保持契約（NDA）の締結が\n"
            "必要との回答がありました。貴社の雛形をお送りいただけますでしょうか。\n\n"
            "当社側の主な確認点は以下の3点です。\n"
            "　1. 避難者の個人情報を貴社クラウドに保存する場合の取扱い（委託先としての管理）\n"
            "　2. 試験終了後のデータ消去と消去証明\n"
            "　3. 再委託の有無\n\n"
            "契約締結までは、ダミーデータのみで検証を進める予定です。\n" + SIG_KUSUNOKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA and personal-data handling terms; no data, no marking",
})

_p = _ppl(44, 6)
_tables = []
for _i, _q in enumerate(_p):
    _m = _ppl(440 + _i, _q.hh - 1) if _q.hh > 1 else []
    _tables.append([["世帯番号", f"C-{31 + _i}", "入所日", "10/14"],
                    ["世帯主", _q.name, "生年月日", _wareki(_q)],
                    ["住所", _q.addr, "電話", _q.tel]]
                   + [["同居家族", f"{_x.mei}（{_x.age}歳）", "続柄", "家族"] for _x in _m])
MESSAGES.append({
    "id": "hinanjo-044", "charset": "utf-8",
    "sender": ONODERA, "to": [CITY_BOUSAI2],
    "subject": "世帯カード（入力分）をお送りします",
    "body": "危機管理課 防災係 ご担当者様\n\n小野寺です。\n手書きの世帯カードのうち、本日入力が終わった6世帯分をWordにまとめました。\n"
            "市の被災者台帳への転記にお使いください。\n" + SIG_ONODERA,
    "attachments": [{"kind": "docx", "name": "世帯カード_C031-C036.docx",
                     "paragraphs": ["避難所 世帯カード（日の出産業 浜ノ宮工場避難所）", "入力者：総務部 小野寺"],
                     "tables": _tables}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX with one table per household (6 households, birth dates, addresses, phones) to the city (1)",
})

MESSAGES.append({
    "id": "hinanjo-045", "charset": "iso-2022-jp",
    "sender": ONODERA, "to": [CITY_BOUSAI],
    "subject": "避難者カード原本の返却方法について",
    "body": "南雲様\n\nいつもお世話になっております。小野寺です。\n\n"
            "避難所閉鎖後の避難者カード原本の扱いについて確認させてください。\n"
            "避難者カードは個人情報を含むため、当社ではコピーを取らず、原本を施錠保管しています。\n"
            "協定第9条に基づき市へ返却する予定ですが、返却は\n"
            "　(a) 市の職員の方に工場まで取りに来ていただく\n"
            "　(b) 当社社員が市役所へ持参する\n"
            "のどちらがよろしいでしょうか。\n\n"
            "また、当社PCに残っている入力用データは、返却後に消去して報告書を提出します。\n" + SIG_ONODERA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "個人情報 mentioned in passing about returning forms; no personal data",
})

_p = _ppl(46, 6, old=True)
MESSAGES.append({
    "id": "hinanjo-046", "charset": "utf-8",
    "sender": MAKABE, "to": [CITY_BOUSAI, CITY_FUKUSHI], "cc": [SHAKYO],
    "subject": "避難所運営 中間報告（資料送付）",
    "body": "浜ノ宮市 危機管理課 南雲様、福祉総務課 桐生様\n浜ノ宮市社会福祉協議会 ご担当者様\n\n"
            "お世話になっております。日の出産業の真壁です。\n"
            "明日の調整会議でご説明する中間報告の資料をお送りします。\n"
            "要配慮者の状況（5枚目）は個別対応の検討にお使いください。\n" + SIG_MAKABE,
    "attachments": [{"kind": "pptx", "name": "避難所運営_中間報告_1022.pptx",
                     "title": "浜ノ宮工場避難所 中間報告",
                     "slides": [["浜ノ宮工場避難所 運営中間報告", "2026年10月22日", "日の出産業株式会社 総務部"],
                                ["避難者数の推移", "10/14 開設 38名", "10/16 最大 112名", "10/22 現在 41名"],
                                ["物資", "毛布・飲料水は充足", "大人用紙おむつ・生理用品が不足気味"],
                                ["課題", "夜間の照明", "トイレの清掃当番", "ペット同伴世帯の居場所"],
                                ["要配慮者の状況（個別）"]
                                + [f"{p.name}（{p.age}）{p.room}：{_CARE[(k * 2 + 1) % len(_CARE)]}" for k, p in enumerate(_p)],
                                ["今後の予定", "11月末 閉鎖目標", "仮設住宅の入居状況に応じて調整"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "PPTX slide lists 6 named evacuees with disabilities/illnesses, to the city and the council (1, 3)",
})

_p = _ppl(47, 12)
MESSAGES.append({
    "id": "hinanjo-047", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [IGARASHI, GONDO],
    "subject": "FW: 明日の受入れ予定者（市より）",
    "body": "五十嵐さん、権藤さん\n\n市から明日の受入れ予定者の連絡がありました。\n体育館Bのスペース確保をお願いします。\n\n真壁\n\n"
            "-----Original Message-----\n差出人: 南雲 <nagumo-k@city.hamanomiya.lg.jp>\n"
            "送信日時: 2026年10月15日 16:02\n宛先: 真壁 透\n件名: 明日の受入れ予定者\n\n"
            "真壁様\n\n第二小学校から移っていただく方の一覧です。\n\n"
            + "\n".join(f"{p.name}　{p.sex}　{p.age}歳　{p.addr_s}　{p.tel}" for p in _p)
            + "\n\n南雲\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "forward of a roster from the city to internal colleagues only",
})

_p = _ppl(48, 18)
MESSAGES.append({
    "id": "hinanjo-048", "charset": "cp932",
    "sender": ONODERA, "to": [CITY_BOUSAI], "cc": [MAKABE],
    "subject": "避難者名簿（閉鎖時最終版）PDF",
    "body": "浜ノ宮市 危機管理課\n南雲様\n\n小野寺です。\n避難所閉鎖に伴い、最終版の避難者名簿をPDFでお送りします。\n"
            "入所日・退所日を含みます。紙の原本は11/30に持参します。\n" + SIG_ONODERA,
    "attachments": [{"kind": "pdf", "name": "避難者名簿_最終版.pdf", "title": "避難者名簿（最終版）",
                     "lines": ["浜ノ宮工場避難所 避難者名簿（最終版） 作成：日の出産業 総務部", ""],
                     "table": [["No", "氏名", "生年月日", "住所", "電話", "入所", "退所"]]
                     + [[i, p.name, _dob(p), p.addr_s, p.tel, "10/14", f"10/{18 + i % 12}"] for i, p in enumerate(_p, 1)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 18 evacuees with birth dates, addresses and phones to the city (1)",
})

MESSAGES.append({
    "id": "hinanjo-049", "charset": "iso-2022-jp",
    "sender": GONDO, "to": [KAWASAKI],
    "subject": "可搬型発電機 レンタル延長のお願い",
    "body": "川崎電機株式会社 レンタル営業部 御中\n\nいつもお世話になっております。日の出産業 施設管理課の権藤です。\n\n"
            "現在お借りしている下記機材について、避難所運営の延長に伴い\n"
            "レンタル期間を11月30日まで延長させていただきたく、ご連絡いたしました。\n\n"
            "　・可搬型ガソリン発電機 KDG-2800iS ×2台（契約No. R-26-55102）\n"
            "　・LED投光器 KL-100W ×6台（同上）\n"
            "　・コードリール 30m ×4\n\n"
            "延長分のお見積りと、燃料携行缶の追加可否についてもお知らせください。\n" + SIG_GONDO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "equipment rental extension to a partner: model numbers and contract number",
})

_p = _ppl(50, 26)
_rng = random.Random(SEED + 50)
MESSAGES.append({
    "id": "hinanjo-050", "charset": "utf-8",
    "sender": KUSUNOKI, "to": [TSUBASA],
    "subject": "既存データ移行のお願い（避難者受付システム）",
    "body": "ツバサシステム サポート ご担当者様\n\n日の出産業 楠木です。\n"
            "本番移行にあたり、これまでExcelで管理していた受付データをZIPでお送りします。\n"
            "・uketsuke.csv … 受付台帳\n・setai.xlsx … 世帯情報\n\n移行後に件数の照合をお願いします。\n" + SIG_KUSUNOKI,
    "attachments": [{"kind": "zip", "name": "migration_data_20261026.zip", "files": [
        {"kind": "csv", "name": "uketsuke.csv", "encoding": "utf-8",
         "rows": [["id", "name", "kana", "birth", "tel", "room"]]
         + [[f"U{i:04d}", p.name, p.kana, _dob(p, "-"), p.tel, p.room] for i, p in enumerate(_p, 1)]},
        {"kind": "xlsx", "name": "setai.xlsx", "sheets": {"世帯": [["世帯ID", "世帯主", "住所", "人数"]]
         + [[f"S{i:03d}", p.name, p.addr, p.hh] for i, p in enumerate(_p[::2], 1)]}}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a CSV (26 evacuees) and an XLSX of households sent to the vendor (1)",
})

# ---------------------------------------------------------------------------- 051-060

MESSAGES.append({
    "id": "hinanjo-051", "charset": "utf-8",
    "sender": GONDO, "to": ["総務部 危機管理課 <kikikanri@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】工場セキュリティと避難所動線の整理（レビュー依頼）",
    "body": "危機管理課 各位\n\n権藤です。\n避難所として開放する際の、製造エリアとの動線分離の案をまとめました。\n"
            "警備システムのゾーン設定も書いていますので社外秘扱いとします。\n"
            "金曜までにコメントをください。\n" + SIG_GONDO,
    "attachments": [{"kind": "docx", "name": "避難所動線とセキュリティゾーン案.docx",
                     "page_header": "社外秘", "title": "避難所動線とセキュリティゾーン案",
                     "paragraphs": ["【社外秘】避難所動線とセキュリティゾーン案（施設管理課）",
                                    "1. 避難者の動線：正門→体育館A/B、西門→研修センター（要配慮者）",
                                    "2. 製造棟への通路は防火シャッターを閉鎖し、機械警備をゾーン3～5で有効化",
                                    "3. 守衛室での入退管理：避難者にはリストバンドを配布"],
                     "tables": [[["ゾーン", "エリア", "避難所開設時"], ["1", "体育館", "警備解除"],
                                 ["2", "研修センター", "警備解除"], ["3", "製造棟", "警備継続"],
                                 ["4", "危険物倉庫", "警備継続"], ["5", "サーバー室", "警備継続"]]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 document, but sent to an internal address only",
})

MESSAGES.append({
    "id": "hinanjo-052", "charset": "iso-2022-jp",
    "sender": ONODERA, "to": [CITY_BOUSAI],
    "cc": [SHAKYO, NPO, HOSP],
    "subject": "【日報】浜ノ宮工場避難所 10/19",
    "body": "関係各位\n\n日の出産業 小野寺です。本日の日報をお送りします。\n\n"
            "・避難者数：64名（前日比 －11）\n・新規受付：2世帯5名／退所：6世帯16名\n"
            "・救護：軽傷2件（すり傷）、体調不良による受診1件\n"
            "・ボランティア：社協経由 8名、NPOつなぐ手 3名\n"
            "・明日の予定：午前 炊き出し（NPO）、午後 保健師巡回（病院）\n\n"
            "ご不明点は小野寺までお願いします。\n" + SIG_ONODERA,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "city, council, NPO and hospital all visible in To/Cc: four external parties should have been Bcc (4)",
})

MESSAGES.append({
    "id": "hinanjo-053", "charset": "utf-8",
    "sender": SAOTOME, "to": [SHIRAKAWA],
    "subject": "避難者名簿の自治会への提供について（ご相談）",
    "body": "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の早乙女です。\n\n"
            "避難所運営に関して、個人情報の取扱いについてご相談させてください。\n\n"
            "汐見町自治会から、安否確認のために当社避難所の避難者名簿を提供してほしいとの\n"
            "要望がありました。名簿は市との協定に基づき当社が受付業務を代行して作成したもので、\n"
            "一部には要配慮個人情報（障害や持病の申告）も含まれています。\n\n"
            "　1. 当社から自治会へ直接提供することは、個人情報保護法上可能でしょうか。\n"
            "　2. 本人同意を取る場合、受付票に同意欄を設ける形で足りるでしょうか。\n"
            "　3. 市を経由して提供するのが適切でしょうか。\n\n"
            "名簿そのものはお送りしておりません。面談でのご相談でも結構です。\n" + SIG_SAOTOME,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "legal question about sharing a roster; mentions 要配慮個人情報 in general, carries none",
})

_vols = ["高城 美羽 <miu.takagi0312@gmail.com>", "漆畑 悟 <s-urushihata@yahoo.co.jp>",
         "Kenta Morioka <kenta.mori-oka@icloud.com>", "ささき ゆい <yui-sasaki.0808@docomo.ne.jp>",
         "日向 圭 <hinata.kei77@ezweb.ne.jp>"]
MESSAGES.append({
    "id": "hinanjo-054", "charset": "utf-8",
    "sender": SAOTOME, "to": _vols,
    "subject": "今週末のボランティアシフトのお知らせ",
    "body": "ボランティアの皆さま\n\nいつもご協力ありがとうございます。日の出産業 CSR推進室の早乙女です。\n"
            "今週末のシフトをお知らせします。\n\n"
            "10/24（土）\n　9:00-13:00　受付・案内　高城さん、漆畑さん\n　13:00-17:00　物資仕分け　森岡さん\n"
            "10/25（日）\n　9:00-13:00　炊き出し補助　佐々木さん、日向さん\n\n"
            "当日は体育館入口の受付でお名前を伝えてください。昼食はこちらで用意します。\n" + SIG_SAOTOME,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private volunteers' addresses all in To: each a party, all see each other (4)",
})

_p = _ppl(55, 40)
MESSAGES.append({
    "id": "hinanjo-055", "charset": "cp932",
    "sender": IGARASHI, "to": [MAKABE, NARUMI],
    "subject": "受付データ一式（パスワード付）",
    "body": "真壁課長、鳴海さん\n\n受付データ一式をパスワード付きZIPで送ります。\n"
            "パスワードはいつもの避難所用のものです（Teamsでお送りします）。\n" + SIG_IGARASHI,
    "attachments": [{"kind": "zip", "name": "uketsuke_all.zip", "password": "shelter-2026-10",
                     "files": [{"kind": "csv", "name": "all.csv",
                                "rows": [["氏名", "住所", "電話"]] + [[p.name, p.addr, p.tel] for p in _p]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP, but every recipient is internal",
})

_p = _ppl(56, 10, young=True)
MESSAGES.append({
    "id": "hinanjo-056", "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["避難所運営班 <shelter-team@hinode-sangyo.com>"],
    "subject": "避難所運営班 緊急連絡網（10月改訂）",
    "body": "運営班の皆さん\n\n真壁です。10月改訂の緊急連絡網です。夜間・休日はこの順に電話をお願いします。\n\n"
            "順  氏名            自宅                携帯\n"
            + "\n".join(f"{i:>2}  {_pad(p.name, 16)}{_pad(p.land, 20)}{p.mob}" for i, p in enumerate(_p, 1))
            + "\n\n変更があれば総務まで。\n" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for the internal list but addressed to hinode-sangyo.com (TLD swap): look-alike with 10 people's home/mobile numbers (5, 1)",
})

MESSAGES.append({
    "id": "hinanjo-057", "charset": "utf-8",
    "sender": GONDO, "to": [CITY_BOUSAI],
    "subject": "体育館レイアウト案（間仕切り設置後）",
    "body": "南雲様\n\nお世話になります。権藤です。\n段ボール間仕切り設置後の体育館レイアウト案をお送りします。\n"
            "通路幅は車椅子が通れるよう1.2mを確保しています。\n" + SIG_GONDO,
    "attachments": [{"kind": "pptx", "name": "体育館レイアウト案_v2.pptx",
                     "slides": [["体育館A レイアウト案", "間仕切り 2m×2m ×36区画", "通路 1.2m", "授乳室・更衣室を南側に設置"],
                                ["体育館B レイアウト案", "ファミリー区画 24", "単身区画 12", "ペット同伴は屋外テント"],
                                ["動線", "入口は東側のみ", "トイレは仮設を含め計14基"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "layout slides with no personal data",
})

MESSAGES.append({
    "id": "hinanjo-058", "charset": "cp932",
    "sender": GONDO, "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
    "subject": "10/20 物資輸送の追加依頼",
    "body": "青葉運輸 配車センター御中\n\n施設管理課の権藤です。\n明日10/20の物資輸送について、追加をお願いします。\n\n"
            "　積込み：日の出産業 浜ノ宮工場 防災倉庫　8:30\n"
            "　届け先：浜ノ宮市 西浦地区センター（静岡県浜ノ宮市西浦560番地）\n"
            "　荷物　：段ボールベッド 40台、毛布 100枚\n"
            "　車両　：4t ウイング車 1台\n\n"
            "受領担当は市の職員の方です。\n" + SIG_GONDO,
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner aoba-unyu.co.jp written as aoba-unyu.jp (dropped co.): look-alike recipient (5)",
})

MESSAGES.append({
    "id": "hinanjo-059", "charset": "utf-8",
    "sender": SAOTOME, "to": [SHAKYO],
    "subject": "合同避難所運営訓練 実施報告書の送付",
    "body": "浜ノ宮市社会福祉協議会 ボランティアセンター 御中\n\nお世話になっております。日の出産業の早乙女です。\n"
            "12月6日の合同訓練の実施報告書をPDFでお送りします。\nご協力いただき、ありがとうございました。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "合同避難所運営訓練_実施報告書.pdf",
                     "lines": ["合同避難所運営訓練 実施報告書", "日時：2026年12月6日（日）9:00-12:00",
                               "場所：日の出産業 浜ノ宮工場 体育館・研修センター",
                               "参加：自治会 23名、社協・ボランティア 11名、市職員 4名、当社社員 18名",
                               "内容：受付訓練（避難者カード記入）、段ボールベッド組立、炊き出し、要配慮者の搬送",
                               "所要時間：受付開始から全員の区画割当まで 42分（目標 30分）",
                               "課題：受付の動線が混雑、車椅子の方の誘導要員不足、ペット受入れ手順の未整備",
                               "次回：2027年6月（夜間想定）"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "drill report PDF with aggregate numbers only",
})

_p = _ppl(60, 2, old=True)
MESSAGES.append({
    "id": "hinanjo-060", "charset": "iso-2022-jp",
    "sender": NIWA, "to": ["さくらホテル浜ノ宮 宿泊予約 <hamanomiya@sakura-hotel.co.jp>"],
    "subject": "宿泊者のお名前（10/16チェックイン分）",
    "body": "さくらホテル浜ノ宮 ご予約係 御中\n\n日の出産業の丹羽です。\n本日チェックイン予定の2室の宿泊者をお知らせします。\n\n"
            + "\n".join(f"　{n}：{p.name} 様（連絡先 {p.tel}）" for n, p in zip(["1室目", "2室目"], _p))
            + "\n\nご高齢のため、エレベーター近くのお部屋でお願いできれば幸いです。\n" + SIG_NIWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner sakura-hotel.jp written as sakura-hotel.co.jp: look-alike domain, with two guests' phones (5)",
})

# ---------------------------------------------------------------------------- 061-070

_p = _ppl(61, 1, old=True)[0]
MESSAGES.append({
    "id": "hinanjo-061", "charset": "utf-8",
    "sender": NIWA, "to": [SAKURA],
    "subject": "追加1室のお願い（10/18～）",
    "body": "さくらホテル浜ノ宮 ご予約係 御中\n\nいつもお世話になっております。日の出産業の丹羽です。\n"
            "避難所から移っていただく方の宿泊を、10/18から1室追加でお願いできますでしょうか。\n\n"
            f"　宿泊者：{_p.name} 様（{_p.age}歳）\n"
            "　ご事情：足腰が弱く杖歩行のため、体育館の床での生活が難しくなっております。\n"
            "　　　　　段差の少ないお部屋（可能であればユニバーサルルーム）を希望します。\n\n"
            "お支払いは前回と同様、当社請求でお願いいたします。\n" + SIG_NIWA,
    "expect": "either", "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one named elderly person 'weak legs, walks with a cane': frailty vs. disability/health, a judgement call",
})

MESSAGES.append({
    "id": "hinanjo-062", "charset": "iso-2022-jp",
    "sender": KUSUNOKI, "to": ["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    "subject": "受付端末の追加ライセンスについて",
    "body": "ツバサシステム サポートご担当者様\n\n日の出産業 情報システム部の楠木です。\n"
            "避難所の受付端末を2台追加したいので、ライセンスの追加手続きを教えてください。\n\n"
            "　契約番号：TS-HNS-000318\n　現在の台数：3台（タブレット）\n　追加：2台（ノートPC、Windows 11）\n\n"
            "よろしくお願いします。\n" + SIG_KUSUNOKI,
    "expect": "stop", "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-system.jp written tsubasa-systern.jp ('rn' for 'm' homoglyph): look-alike (5)",
})

MESSAGES.append({
    "id": "hinanjo-063", "charset": "utf-8",
    "sender": HORI, "to": [KITAGUNI],
    "subject": "備蓄品ローテーション計画（2027年度）のご共有",
    "body": "北国フーズ 米倉様\n\nいつもお世話になっております。堀之内です。\n"
            "来年度の備蓄品ローテーション計画をExcelにまとめましたのでご共有します。\n"
            "賞味期限が近いものはフードバンクへの寄付を予定しています。\n" + SIG_HORI,
    "attachments": [{"kind": "xlsx", "name": "備蓄品ローテーション計画_2027.xlsx",
                     "sheets": {
                         "計画": [["浜ノ宮工場 防災倉庫 備蓄品ローテーション計画（2027年度）"], [],
                                ["品番", "品名", "在庫", "賞味期限", "入替予定", "処分方法"],
                                ["KF-AL205", "アルファ米 五目", 600, "2027-05", "2027-04", "フードバンク"],
                                ["KF-AL207", "アルファ米 わかめ", 600, "2027-05", "2027-04", "フードバンク"],
                                ["KF-CB110", "保存パン", 480, "2027-09", "2027-08", "社内配布"],
                                ["KF-WT500", "保存水 500ml", 1440, "2029-03", "2029-02", "-"],
                                ["KF-AF030", "アレルギー対応カレー", 200, "2027-11", "2027-10", "フードバンク"]],
                         "発注予定": [["月", "品番", "数量"], ["2027-04", "KF-AL205", 600],
                                  ["2027-04", "KF-AL207", 600], ["2027-08", "KF-CB110", 480]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "stock rotation workbook with product codes, no people",
})

MESSAGES.append({
    "id": "hinanjo-064", "charset": "cp932",
    "sender": HORI, "to": [KITAGUNI],
    "subject": "防災倉庫 在庫表のご確認",
    "body": "北国フーズ 米倉様\n\n堀之内です。\n納品数の確認のため、当社の防災倉庫の在庫表をお送りします。\n"
            "社内用の資料のためヘッダーがそのままですがご容赦ください。\n" + SIG_HORI,
    "attachments": [{"kind": "xlsx", "name": "防災倉庫在庫表_202610.xlsx",
                     "page_header": "部外秘", "page_footer": "部外秘　日の出産業株式会社 購買部",
                     "sheets": {"在庫": [["【部外秘】防災倉庫 在庫表（2026年10月末）"], [],
                                       ["品番", "品名", "期首", "入庫", "払出", "期末", "単価", "金額"],
                                       ["KF-AL205", "アルファ米 五目", 600, 0, 412, 188, 310, 58280],
                                       ["KF-CB110", "保存パン", 480, 0, 296, 184, 420, 77280],
                                       ["KF-WT500", "保存水 500ml", 1440, 0, 980, 460, 95, 43700],
                                       ["MF-BL01", "圧縮毛布", 400, 200, 520, 80, 1850, 148000]]}}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "workbook stamped 部外秘 in its title row, header and footer sent to a partner (6)",
})

MESSAGES.append({
    "id": "hinanjo-065", "charset": "utf-8",
    "sender": SAOTOME, "to": [CITY_BOUSAI],
    "subject": "協定書（案）の修正版について",
    "body": "南雲様\n\nお世話になっております。早乙女です。\n"
            "先日いただいたコメントを反映した協定書（案）をお送りします。\n"
            "主な修正は第8条（費用負担）と第10条（秘密の保持）です。\n"
            "第10条は、避難者の個人情報を協定の目的以外に利用しないことと、\n"
            "協定終了後の返却・消去を明記する形にしました。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "docx", "name": "災害時施設使用協定書_案_v4.docx",
                     "paragraphs": ["災害時における施設の使用に関する協定書（案）",
                                    "浜ノ宮市（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、次のとおり協定を締結する。",
                                    "第1条（目的）この協定は、災害時に乙の施設を避難所として使用することに関し必要な事項を定める。",
                                    "第8条（費用負担）避難所の運営に要した費用は、甲が負担する。ただし、乙の通常の維持管理費を除く。",
                                    "第10条（秘密の保持）甲及び乙は、この協定の履行により知り得た秘密及び避難者の個人情報を、この協定の目的以外に利用してはならない。",
                                    "第11条（有効期間）この協定の有効期間は、締結の日から1年間とする。"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "draft agreement with a confidentiality clause: a mention, not a marking",
})

MESSAGES.append({
    "id": "hinanjo-066", "charset": "utf-8",
    "sender": SAOTOME, "to": ["Raj Menon <raj.menon@asia-disaster-aid.org>"],
    "subject": "Shelter operations playbook (draft) for your review",
    "body": "Dear Raj,\n\nAs discussed on our call, attached is the draft playbook we use at the Hamanomiya\n"
            "plant when it opens as a city-designated shelter. Your comments on the volunteer\n"
            "intake section would be very welcome.\n\nBest regards,\n" + SIG_EN,
    "attachments": [{"kind": "docx", "name": "Shelter_Playbook_DRAFT_v0.9.docx",
                     "page_header": "CONFIDENTIAL - Internal Only", "page_footer": "Hinode Sangyo Co., Ltd. - Confidential",
                     "paragraphs": ["CONFIDENTIAL - INTERNAL ONLY", "Hamanomiya Plant Shelter Operations Playbook (draft v0.9)",
                                    "1. Activation: on the city's request or seismic intensity 5+ at the plant.",
                                    "2. Access control: security zones 3-5 remain armed; guards issue wristbands.",
                                    "3. Volunteer intake: ID check at the west gate; briefing every 2 hours.",
                                    "4. Power: emergency generator in the admin building basement, 72 hours of fuel."]}],
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "English DOCX marked 'CONFIDENTIAL - Internal Only' sent to a foreign NGO (6)",
})

MESSAGES.append({
    "id": "hinanjo-067", "charset": "cp932",
    "sender": SAOTOME, "to": [CITY_BOUSAI],
    "subject": "災害時協力事業者（当社取引先）一覧の提出",
    "body": "浜ノ宮市 危機管理課 南雲様\n\nお世話になっております。\n"
            "市の災害時協力事業者登録に推薦する当社取引先の一覧をCSVでお送りします。\n"
            "各社からは推薦について了承を得ております。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "csv", "name": "協力事業者一覧.csv", "encoding": "cp932",
                     "rows": [["事業者名", "法人番号", "所在地", "代表電話", "協力内容"],
                              ["北国フーズ株式会社", _houjin("180001042231"), "静岡県浜ノ宮市新田12番地の3", "0557-40-1100", "食料品の供給"],
                              ["青葉運輸株式会社", _houjin("208001017756"), "静岡県浜ノ宮市港町5丁目2番1号", "0557-33-8000", "物資の輸送"],
                              ["川崎電機株式会社", _houjin("401001093318"), "静岡県浜ノ宮市高砂町2丁目9番", "0557-35-4400", "発電機・照明の貸与"],
                              ["錦印刷株式会社", _houjin("304152607081"), "静岡県浜ノ宮市梅ヶ丘1丁目1番1号", "0557-47-2020", "様式等の印刷"],
                              ["株式会社さくらホテル", _houjin("011101055428"), "静岡県浜ノ宮市浜通り3丁目15番", "0557-32-5151", "要配慮者の宿泊"]]}],
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "list of businesses with corporate numbers, addresses and switchboards: companies, not people",
})

MESSAGES.append({
    "id": "hinanjo-068", "charset": "iso-2022-jp",
    "sender": GONDO, "to": ["東海警備保障 管制センター <kansei@tokai-keibi.co.jp>"],
    "subject": "【取扱注意】避難所開設時の警備設定変更について",
    "body": "＜取扱注意＞\n\n東海警備保障株式会社 管制センター 御中\n\n日の出産業 施設管理課の権藤です。\n"
            "避難所開設時の警備設定を下記のとおり変更します。\n\n"
            "　・体育館（ゾーン1）、研修センター（ゾーン2）：開設中は機械警備を解除\n"
            "　・製造棟（ゾーン3）、危険物倉庫（ゾーン4）：警備継続、開設中は巡回を2時間毎に増強\n"
            "　・守衛室キーボックスの暗証番号：11月1日付で変更（新番号は別途書面）\n\n"
            "本件は警備上の情報のため、貴社内でも関係者限りでの取扱いをお願いします。\n" + SIG_GONDO,
    "expect": "stop", "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself classified 【取扱注意】 in subject and head, sent to a security contractor (6)",
})

MESSAGES.append({
    "id": "hinanjo-069", "charset": "utf-8",
    "sender": ONODERA, "to": [NISHIKI],
    "subject": "避難者カード 増刷の入稿データ",
    "body": "錦印刷株式会社 制作課 御中\n\nお世話になっております。日の出産業の小野寺です。\n"
            "避難者カードの増刷分の入稿データをZIPでお送りします。\n"
            "前回からの変更点は、裏面に「個人情報の取扱いについて」の同意欄を追加した点です。\n\n"
            "　・数量：3,000組（複写式3枚綴り）\n　・納期：11月20日\n\n"
            "校正を1回お願いします。\n" + SIG_ONODERA,
    "attachments": [{"kind": "zip", "name": "hinansha_card_v5.zip", "files": [
        {"kind": "docx", "name": "避難者カード_表面.docx",
         "paragraphs": ["避難者カード（浜ノ宮市・日の出産業 浜ノ宮工場避難所）", "受付番号：＿＿＿＿"],
         "tables": [[["氏名", ""], ["フリガナ", ""], ["生年月日", "　　年　　月　　日"], ["住所", ""],
                     ["電話", ""], ["配慮が必要なこと", "□なし □あり（　　　）"]]]},
        {"kind": "docx", "name": "避難者カード_裏面.docx",
         "paragraphs": ["個人情報の取扱いについて",
                        "記入いただいた情報は、避難所の運営及び浜ノ宮市の被災者支援の目的にのみ利用します。",
                        "□ 安否確認の問い合わせに対し、避難していることを回答してよい"]},
        {"kind": "pdf", "name": "仕様書.pdf", "lines": ["避難者カード 印刷仕様", "A4 縦 / ノーカーボン3枚綴り / 1色", "数量 3,000組"]}]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "print data: blank forms and a spec in a plain ZIP; no one's data",
})

MESSAGES.append({
    "id": "hinanjo-070", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": [SHIRAKAWA],
    "subject": "協定書（案）のリーガルチェックのお願い",
    "body": "白川先生\n\nお世話になっております。日の出産業の早乙女です。\n"
            "市との協定書（案）最新版のリーガルチェックをお願いしたく、PDFをお送りします。\n"
            "社内規程によりパスワードを設定しています。パスワードはお電話でお伝えします。\n\n"
            "特に第10条（秘密の保持）と第12条（損害賠償）についてご意見をいただけますと幸いです。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "協定書案_v5.pdf", "password": "Shirakawa1107",
                     "lines": ["災害時における施設の使用に関する協定書（案）v5", "第10条（秘密の保持）…", "第12条（損害賠償）…"]}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to a law firm: attachment cannot be inspected (7)",
})

# ---------------------------------------------------------------------------- 071-080

MESSAGES.append({
    "id": "hinanjo-071", "charset": "iso-2022-jp",
    "sender": HORI, "to": [KITAGUNI],
    "subject": "FW: 炊き出し・食料供給に関する市からの通知",
    "body": "米倉様\n\n堀之内です。\n市から食料供給の運用変更について通知がありましたので、元のメールを添付します。\n"
            "10/26以降は市の集積所経由ではなく、各避難所への直送となります。\n"
            "配送数は当社から毎日15時までにご連絡します。\n" + SIG_HORI,
    "attachments": [{"kind": "eml", "name": "食料供給の運用変更について.eml", "message": {
        "charset": "iso-2022-jp", "sender": CITY_BOUSAI2, "to": ["避難所運営事業者各位 <undisclosed-recipients@city.hamanomiya.lg.jp>"],
        "subject": "食料供給の運用変更について（通知）",
        "body": "避難所運営事業者 各位\n\n浜ノ宮市 危機管理課です。\n"
                "10月26日（月）から、協定事業者からの食料は各避難所へ直送していただく運用に変更します。\n"
                "各避難所は前日15時までに必要数を協定事業者へ連絡してください。\n"
                "集積所（旧市民体育館）は10月25日で閉鎖します。\n\n浜ノ宮市 危機管理課 防災係\n"}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "forwarded city notice as an attached mail: no personal data",
})

MESSAGES.append({
    "id": "hinanjo-072", "charset": "cp932",
    "sender": ONODERA, "to": [NISHIKI],
    "subject": "Re: 避難者カード 校正の件",
    "body": "錦印刷 制作課 ご担当者様\n\n小野寺です。\n校正ありがとうございました。赤字を入れたPDFをお返しします。\n"
            "修正は2か所（電話欄の幅、同意欄の文言）です。\n\n"
            "> 校正用PDFをお送りします。ご確認をお願いいたします。\n> 錦印刷 制作課 立花\n",
    "attachments": [{"kind": "corrupt", "name": "校正戻し_避難者カード.pdf"}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "returned proof PDF is corrupt and cannot be read (7)",
})

MESSAGES.append({
    "id": "hinanjo-073", "charset": "utf-8",
    "sender": SAOTOME, "to": ["森岡 健太 <kenta.mori-oka@icloud.com>"],
    "subject": "ボランティアありがとうございました",
    "html": "<html><body style='font-family:sans-serif'>"
            "<p>森岡 健太 様</p>"
            "<p>先週末は避難所でのボランティアにご参加いただき、本当にありがとうございました。<br>"
            "物資の仕分けを手伝っていただいたおかげで、月曜の配布がとてもスムーズでした。</p>"
            "<p>次回の募集は<b>11月7日（土）</b>を予定しています。ご都合が合えば、ぜひまたお願いします。</p>"
            "<table border='1' cellpadding='4' style='border-collapse:collapse'>"
            "<tr><th>日にち</th><th>時間</th><th>内容</th></tr>"
            "<tr><td>11/7（土）</td><td>9:00-12:00</td><td>体育館の清掃・撤収準備</td></tr>"
            "<tr><td>11/8（日）</td><td>9:00-12:00</td><td>段ボールベッドの解体</td></tr></table>"
            "<p>日の出産業株式会社 CSR推進室<br>早乙女 奈央<br>TEL 0557-31-2200</p></body></html>",
    "expect": "pass", "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "HTML-only thank-you to one volunteer on iCloud: one free-mail recipient, no data",
})

MESSAGES.append({
    "id": "hinanjo-074", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [CITY_BOUSAI],
    "subject": "避難所運営 振り返り報告書（Word）",
    "body": "南雲様\n\n真壁です。\n先日の委員会で合意した振り返り報告書をWordでお送りします。\n"
            "市の検証報告書への引用は自由にしていただいて結構です。\n" + SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "振り返り報告書_浜ノ宮工場避難所.docx"}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX is corrupt: an attachment that could not be read (7)",
})

MESSAGES.append({
    "id": "hinanjo-075", "charset": "cp932",
    "sender": HORI, "to": [AOBA], "cc": [KITAGUNI],
    "subject": "11/2 備蓄食品の搬入日時について（3社調整）",
    "body": "青葉運輸 配車センター御中\n北国フーズ 米倉様（CC）\n\nお世話になっております。日の出産業 資材課の堀之内です。\n\n"
            "北国フーズ様の倉庫から当社防災倉庫への備蓄食品の搬入について、\n"
            "下記の日程で進めたいと考えております。\n\n"
            "　積込み：11月2日（月）9:00　北国フーズ 新田倉庫\n"
            "　搬入　：同日 10:30頃　日の出産業 浜ノ宮工場 防災倉庫\n"
            "　荷量　：パレット6枚（約1.8t）\n\n"
            "北国フーズ様には出荷伝票番号を、青葉運輸様には車両番号を\n"
            "前日までにお知らせいただけますと助かります。\n" + SIG_HORI,
    "expect": "pass", "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three-way logistics mail: two partner organisations in To/Cc",
})

_p = _ppl(76, 15, young=True)
MESSAGES.append({
    "id": "hinanjo-076", "charset": "utf-8",
    "sender": SAOTOME, "to": [NPO],
    "subject": "炊き出しボランティア名簿（暗号化ZIP）",
    "body": "NPO法人つなぐ手 事務局御中\n\n早乙女です。\n11/1の炊き出しに参加する当社社員ボランティアの名簿です。\n"
            "検便結果の提出状況も入れています。パスワードは別送します。\n" + SIG_SAOTOME,
    "attachments": [{"kind": "zip", "name": "takidashi_volunteer.zip", "password": "tsunagu1101",
                     "files": [{"kind": "xlsx", "name": "炊き出しボランティア名簿.xlsx",
                                "sheets": {"名簿": [["氏名", "携帯", "検便"]] + [[p.name, p.mob, "提出済"] for p in _p]}}]}],
    "expect": "stop", "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP with a volunteer roster to an NPO: encrypted attachment (7)",
})

_p = _ppl(77, 1)[0]
MESSAGES.append({
    "id": "hinanjo-077", "charset": "iso-2022-jp",
    "sender": ONODERA, "to": [SHAKYO_KASAI],
    "subject": "家財搬出のボランティア派遣依頼（1件）",
    "body": "葛西様\n\nお世話になっております。小野寺です。\n"
            "避難所の方から、自宅の家財搬出を手伝ってほしいとのご相談がありました。\n"
            "ご本人の了解を得て、連絡先をお伝えします。\n\n"
            f"　お名前：{_p.name} 様\n　ご住所：{_p.addr}\n　電話　：{_p.tel}\n"
            "　内容　：1階の畳・家具の搬出（軽トラック1台分程度）\n　希望日：10/24（土）午前\n\n"
            "直接ご本人とご調整いただけますでしょうか。\n" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one resident's contact details passed on with consent: a single record, may warn",
})

_p = _ppl(78, 6, old=True)
_needs = ["車椅子（自走不可）", "ストレッチャー", "全盲・介助者同行", "車椅子（折りたたみ可）", "歩行器", "在宅酸素（ボンベ持参）"]
MESSAGES.append({
    "id": "hinanjo-078", "charset": "cp932",
    "sender": GONDO, "to": ["青葉運輸 福祉輸送課 <fukushi@aoba-unyu.co.jp>"],
    "subject": "福祉車両での移送依頼（10/17 福祉避難所へ）",
    "body": "青葉運輸株式会社 福祉輸送課 御中\n\nお世話になります。日の出産業 施設管理課の権藤です。\n"
            "市からの依頼で、当社避難所から総合福祉会館（福祉避難所）へ下記の方々の移送をお願いします。\n\n"
            + "\n".join(f"【{i}】\n氏名：{p.name}（{p.kana}）\n年齢：{p.age}歳\n"
                        f"状態：{_needs[i - 1]}\n家族連絡先：{p.tel}\n" for i, p in enumerate(_p, 1))
            + "\n出発は10時を予定しています。\n" + SIG_GONDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one block per person: 6 people with ages, phones and disabilities to a carrier (1, 3)",
})

_p = _ppl(79, 2)
MESSAGES.append({
    "id": "hinanjo-079", "charset": "utf-8",
    "sender": SAOTOME, "to": [CITY_BOUSAI],
    "subject": "自治会側の窓口について",
    "body": "南雲様\n\n早乙女です。\n合同訓練に関する自治会側の窓口は、下記のお二人になりました。\n\n"
            f"　汐見町自治会 副会長　{_p[0].name} 様　TEL {_p[0].land}\n"
            f"　汐見町自治会 防災委員　{_p[1].name} 様　TEL {_p[1].mob}\n\n"
            "市からの連絡も、こちらのお二人にお願いできればとのことです。\n" + SIG_SAOTOME,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two residents' association contacts with phones: under five records, may warn",
})

_p = _ppl(80, 9)
MESSAGES.append({
    "id": "hinanjo-080", "charset": "iso-2022-jp",
    "sender": IGARASHI, "to": [CITY_BOUSAI2],
    "subject": "追加受付分（Excelから貼り付け）",
    "body": "防災係 ご担当者様\n\n工場総務の五十嵐です。夕方以降の追加受付分です。Excelから貼り付けています。\n\n"
            "氏名,生年月日,性別,住所,電話\n"
            + "\n".join(f"{p.name2},{_wareki(p, 'dot')},{p.sex},{p.addr_s},{_fw(p.tel)}" for p in _p)
            + "\n\n以上9名です。\n" + SIG_IGARASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated rows of 9 evacuees (S58.4.2-style dates, full-width phones) pasted in the body (1)",
})

# ---------------------------------------------------------------------------- 081-090

MESSAGES.append({
    "id": "hinanjo-081", "charset": "utf-8",
    "sender": KUSUNOKI, "to": [TSUBASA],
    "subject": "【不具合報告】受付画面で世帯人数が保存されない",
    "body": "ツバサシステム サポート ご担当者様\n\n日の出産業 楠木です。不具合の報告です。\n\n"
            "■事象\n受付画面で世帯人数を「2」以上にして保存すると、一覧では「1」と表示されます。\n\n"
            "■再現手順（テスト環境、ダミーデータで確認済み）\n"
            "1. 新規受付 → 氏名「テスト 一郎」、世帯人数「3」を入力\n2. 保存 → 一覧画面へ戻る\n"
            "3. 世帯人数が「1」と表示される\n\n"
            "■環境\nアプリ ver 2.4.1 / iPadOS 18.1 / Safari\n\n"
            "スクリーンショットを添付します。\n" + SIG_KUSUNOKI,
    "attachments": [{"kind": "png", "name": "screenshot_setai_bug.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "bug report with a screenshot and an obvious dummy name only",
})

_p = _ppl(82, 7, old=True)
MESSAGES.append({
    "id": "hinanjo-082", "charset": "iso-2022-jp",
    "sender": SAOTOME, "to": ["汐見町自治会 副会長 <shiomi.fukukaicho@yahoo.co.jp>"],
    "subject": "安否未確認の方（汐見町4丁目）",
    "body": "副会長様\n\nお世話になっております。日の出産業の早乙女です。\n"
            "当社避難所の受付記録と照合したところ、汐見町4丁目で下記の方々の所在が確認できていません。\n"
            "自治会で心当たりがあれば教えていただけますでしょうか。\n\n"
            + "\n".join(f"・{p.name}さん（{p.age}歳）　{p.addr_s}　☎{p.land}" for p in _p)
            + "\n\nよろしくお願いいたします。\n" + SIG_SAOTOME,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "bulleted list of 7 residents with addresses and phones to a private yahoo address (1)",
})

_p = _ppl(83, 1, old=True)[0]
MESSAGES.append({
    "id": "hinanjo-083", "charset": "utf-8",
    "sender": MAKABE, "to": [NARUMI], "cc": [IGARASHI],
    "subject": "Re: 和室の方の夜間の様子",
    "body": "鳴海さん\n\n了解しました。今夜は警備の巡回を和室前に1回追加します。\n"
            "市の福祉総務課には明朝、私から電話で伝えます。\n\n真壁\n\n"
            f"On 2026/10/18 22:40, 鳴海 由紀 wrote:\n"
            f"> 真壁課長\n> 和室の{_p.name}さん（{_p.age}）ですが、認知症の周辺症状が強く、\n"
            "> 夜間に2回、体育館の外へ出ようとされました。\n"
            "> 福祉避難所への移送を市に急いでもらうよう伝えていただけますか。\n> 鳴海\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "internal thread; the dementia note is quoted text and all recipients are internal",
})

_p = _ppl(84, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-084", "charset": "cp932",
    "sender": NARUMI, "to": [CITY_HOKEN],
    "subject": "避難所の方の精神面のフォローについて",
    "body": "浜ノ宮市 健康づくり課 保健師 ご担当者様\n\n日の出産業 健康管理室の鳴海です。\n"
            "当社避難所に避難中の方について、精神保健の専門的なフォローをお願いしたくご連絡しました。\n\n"
            f"{_p.name}さん（{_p.age}歳、{_p.addr_s}）\n"
            "統合失調症で市内のメンタルクリニックに通院中。避難時に内服薬を持ち出せず、\n"
            "3日前から服薬が途切れています。昨夜から不眠と独語が目立つようになりました。\n"
            "ご本人は市の保健師さんとの面談を了承されています。\n\n"
            "本日中に巡回いただくことは可能でしょうか。\n" + SIG_NARUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable evacuee's psychiatric diagnosis and symptoms to the city health office (3)",
})

_p = _ppl(85, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-085", "charset": "iso-2022-jp",
    "sender": MOMOSE, "to": [NARUMI, "産業医 若松 <wakamatsu-dr@hinode-sangyo.co.jp>"],
    "subject": "ボランティア参加希望者の就業配慮について",
    "body": "鳴海さん、若松先生\n\n人事の百瀬です。\n"
            f"製造二課の{_p.name}さん（社員番号 H{random.Random(SEED + 85).randint(10000, 99999)}）が泥出しボランティアを希望していますが、\n"
            "昨年の健診で心疾患の所見があり、現在も通院中と聞いています。\n"
            "重作業への参加可否について、ご意見をいただけますでしょうか。\n" + SIG_MOMOSE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an employee's health finding discussed with the occupational doctor: internal recipients only",
})

_p = _ppl(86, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-086", "charset": "utf-8",
    "sender": IGARASHI, "to": ["東海警備保障 浜ノ宮営業所 <hamanomiya@tokai-keibi.co.jp>"],
    "subject": "避難所での盗難事案と警備強化のお願い",
    "body": "東海警備保障 浜ノ宮営業所 御中\n\n工場総務の五十嵐です。\n"
            "昨夜、体育館Bで避難者の財布が盗まれる事案があり、浜ノ宮警察署が対応しました。\n\n"
            f"警察によると、同じく避難中の{_p.name}（{_p.age}歳、{_p.addr_s}）が窃盗の疑いで\n"
            "今朝逮捕されたとのことです。同人は過去にも同種の前歴があるそうです。\n\n"
            "ご家族はまだ避難所に残っておられるため、トラブル防止の観点から\n"
            "今週は夜間の巡回を1名増員していただけないでしょうか。\n" + SIG_IGARASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named evacuee's arrest and prior record sent to a security contractor: special-care data (3)",
})

MESSAGES.append({
    "id": "hinanjo-087", "charset": "iso-2022-jp",
    "sender": NIWA, "to": [MIDORI],
    "subject": "義援金受付口座の開設について",
    "body": "みどり銀行 浜ノ宮支店 法人課 御中\n\nいつもお世話になっております。日の出産業 経理部の丹羽でございます。\n\n"
            "社員・取引先からの義援金を取りまとめて浜ノ宮市へ寄付するため、\n"
            "専用の普通預金口座を開設したく、必要書類をお教えいただけますでしょうか。\n\n"
            "　口座名義（案）：日の出産業株式会社 災害義援金口\n"
            "　開設希望日　　：10月26日\n"
            "　振込手数料　　：義援金の振込手数料免除の取扱いの有無もあわせて伺えますと幸いです。\n\n"
            "よろしくお願いいたします。\n" + SIG_NIWA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "opening a company donation account with a partner bank: business only",
})

_p = _ppl(88, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-088", "charset": "utf-8",
    "sender": ONODERA, "to": [SHAKYO_KASAI],
    "subject": "【至急】ボランティアの方への周知のお願い",
    "body": "葛西様\n\n小野寺です。至急のお願いです。\n\n"
            f"避難所におられる{_p.name}さん（{_p.age}歳）とお子さん2名は、配偶者からのDV被害で\n"
            "警察に相談中の方です。加害者が避難所を探して問い合わせてくる可能性があります。\n\n"
            "派遣されるボランティアの方には、\n"
            "・この方の所在について外部からの問い合わせには一切答えないこと\n"
            "・SNSに避難所内の写真を投稿しないこと\n"
            "を徹底していただけますでしょうか。\n" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named evacuee identified as a domestic-violence (crime) victim, sent to the council (3)",
})

MESSAGES.append({
    "id": "hinanjo-089", "charset": "cp932",
    "sender": NIWA, "to": [SAKURA],
    "subject": "要配慮者の二次避難先　系列ホテルの空室状況について",
    "body": "さくらホテル 法人営業ご担当者様\n\nお世話になっております。日の出産業の丹羽です。\n"
            "市から、要配慮者の二次避難先としてホテルの確保を依頼されています。\n"
            "貴社系列の下記ホテルで、10/20～10/31の空室状況を教えていただけますでしょうか。\n\n"
            "　ホテル名                    所在地                           電話\n"
            "　さくらホテル浜ノ宮          静岡県浜ノ宮市浜通り3丁目15番    0557-32-5151\n"
            "　さくらホテル浜ノ宮駅前      静岡県浜ノ宮市港町2丁目1番7号    0557-32-6262\n"
            "　さくらイン高砂              静岡県浜ノ宮市高砂町4丁目3番     0557-35-8800\n"
            "　さくらホテル汐見リゾート    静岡県浜ノ宮市汐見町1丁目20番    0557-44-9090\n"
            "　さくらホテル三島            静岡県三島市一番町8番1号         055-971-3311\n\n"
            "ユニバーサルルームの有無もあわせてお願いいたします。\n" + SIG_NIWA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of five hotels with addresses and switchboards: businesses, not people",
})

_p = _ppl(90, 1, old=True)[0]
MESSAGES.append({
    "id": "hinanjo-090", "charset": "utf-8",
    "sender": SAOTOME, "to": ["Volunteer Desk <volunteers@pacific-relief.org>"],
    "subject": "Request: sign-language interpreter for one evacuee",
    "body": "Dear Volunteer Desk,\n\nThank you again for your support at our shelter.\n"
            "We would like to ask whether any of your volunteers can interpret Japanese Sign Language.\n\n"
            f"One of the evacuees, {'Mr.' if _p.sex == '男' else 'Ms.'} {_p.roma} ({_p.age}), is profoundly deaf since birth and\n"
            "also has a mild intellectual disability. The announcements in the gym are by voice only,\n"
            "so this person has missed meal times twice. We would need someone for 2-3 hours a day\n"
            "for the coming week.\n\nBest regards,\n" + SIG_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail naming one evacuee with hearing and intellectual disabilities to a foreign NGO (3)",
})

# ---------------------------------------------------------------------------- 091-100

MESSAGES.append({
    "id": "hinanjo-091", "charset": "iso-2022-jp",
    "sender": MAKABE, "to": [CITY_FUKUSHI],
    "subject": "RE: 要配慮者名簿のご提供について",
    "body": "桐生様\n\nお世話になっております。真壁です。\n"
            "ご依頼の要配慮者名簿ですが、要配慮個人情報を含むため、社内規程上メールでの送付は\n"
            "控えさせていただきます。明日10時の調整会議の場で、紙でお渡しいたします。\n"
            "会議後に回収が必要かどうかだけ、ご指示ください。\n\n真壁\n\n"
            "差出人: 桐生 <kiryu-a@city.hamanomiya.lg.jp>\n送信日時: 2026年10月16日 9:12\n"
            "宛先: 真壁 透 <makabe@hinode-sangyo.co.jp>\n件名: 要配慮者名簿のご提供について\n\n"
            "真壁様\n福祉避難所への移送調整のため、貴社避難所の要配慮者名簿（氏名・状態）を\n"
            "ご提供いただけますでしょうか。\n浜ノ宮市 福祉総務課 桐生\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "reply declining to e-mail the list; 要配慮個人情報 mentioned only, no data",
})

_p = _ppl(92, 6, young=True)
_rng = random.Random(SEED + 92)
MESSAGES.append({
    "id": "hinanjo-092", "charset": "utf-8",
    "sender": MOMOSE, "to": [CITY_ZEIMU],
    "subject": "罹災証明書 一括申請（当社従業員6名分）",
    "body": "浜ノ宮市 資産税課 御中\n\n日の出産業 人事部の百瀬です。\n"
            "先日お電話でご了承いただいた、当社従業員の罹災証明書の一括申請分です。\n"
            "市の様式に合わせ、個人番号の欄も入力しています。委任状は本日発送しました。\n" + SIG_MOMOSE,
    "attachments": [{"kind": "xlsx", "name": "罹災証明_一括申請_日の出産業.xlsx",
                     "sheets": {"申請者一覧": [["罹災証明書 一括申請 申請者一覧（日の出産業株式会社）"],
                                          ["No", "氏名", "フリガナ", "生年月日", "個人番号", "被災住家の所在地", "電話", "被害"]]
                                + [[i, p.name, p.kana, _dob(p), my_number(SEED + 10 + i), p.addr, p.mob,
                                    _rng.choice(["床上浸水", "床下浸水", "一部損壊"])] for i, p in enumerate(_p, 1)],
                                "委任状受領": [["No", "受領日"]] + [[i, "10/21"] for i in range(1, 7)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of 6 employees with My Numbers, birth dates, addresses to the city (1, 2)",
})

_p = _ppl(93, 1, young=True)[0]
MESSAGES.append({
    "id": "hinanjo-093", "charset": "iso-2022-jp",
    "sender": NIWA, "to": ["浜ノ宮会計事務所 <info@hamanomiya-kaikei.jp>"],
    "subject": "通訳謝礼の支払調書作成について",
    "body": "浜ノ宮会計事務所 御中\n\nいつもお世話になっております。日の出産業 経理部の丹羽です。\n"
            "避難所でベトナム語通訳をお願いした方への謝礼（10月分 60,000円）について、\n"
            "支払調書の作成をお願いします。ご本人から提供を受けた情報は以下のとおりです。\n\n"
            f"　氏名　　：{_p.name}\n　住所　　：{_p.addr}\n"
            f"　個人番号：{_fw(' '.join(my_number(SEED + 2)[i:i + 4] for i in range(0, 12, 4)))}\n"
            "　支払額　：60,000円（源泉徴収税額 6,126円）\n\n"
            "番号確認書類の写しは郵送いたします。\n" + SIG_NIWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an interpreter's My Number in full-width digits in the body to an accounting office (2)",
})

_p = _ppl(94, 11)
MESSAGES.append({
    "id": "hinanjo-094", "charset": "cp932",
    "sender": ONODERA, "to": [IGARASHI], "bcc": [SHAKYO_KASAI],
    "subject": "明日のボランティア配置用 避難者一覧",
    "body": "五十嵐さん\n（社協の葛西さんにはBCCで共有しています）\n\n"
            "明日の片付けボランティアの配置用に、帰宅予定の避難者一覧を送ります。\n\n"
            "■帰宅予定者\n"
            + "\n".join(f"　{p.name}／{p.chome}／{p.tel}／世帯{p.hh}名" for p in _p)
            + "\n\n小野寺\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "roster of 11 evacuees with addresses and phones; an external council address in Bcc is still a recipient (1)",
})

_p = _ppl(95, 10, old=True)
_rng = random.Random(SEED + 95)
MESSAGES.append({
    "id": "hinanjo-095", "charset": "utf-8",
    "sender": NARUMI, "to": [CITY_HOKEN],
    "subject": "避難所 健康チェック表（10/17 朝）",
    "body": "健康づくり課 保健師の皆さま\n\n日の出産業 健康管理室の鳴海です。\n今朝の健康チェックの結果をCSV（UTF-8）でお送りします。\n"
            "要観察の方は備考欄をご参照ください。\n" + SIG_NARUMI,
    "attachments": [{"kind": "csv", "name": "kenko_check_1017am.csv", "encoding": "utf-8",
                     "rows": [["区画", "氏名", "年齢", "体温", "血圧", "既往歴", "備考"]]
                     + [[p.room, p.name, p.age, f"{_rng.choice([36.2, 36.5, 36.8, 37.4, 38.1])}",
                         f"{_rng.randint(118, 172)}/{_rng.randint(70, 98)}",
                         _rng.choice(["高血圧", "糖尿病", "心不全", "なし", "COPD", "脳梗塞"]),
                         _rng.choice(["", "", "要観察", "下肢むくみ・エコノミークラス症候群注意", "不眠"])] for p in _p]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 10 evacuees with temperature, blood pressure and medical history to the city (1, 3)",
})

_p = _ppl(96, 12, young=True)
_rng = random.Random(SEED + 96)
MESSAGES.append({
    "id": "hinanjo-096", "charset": "iso-2022-jp",
    "sender": MOMOSE, "to": [SHAKYO],
    "subject": "ボランティア活動保険 加入申込（日の出産業 12名）",
    "body": "浜ノ宮市社会福祉協議会 ボランティアセンター 御中\n\n日の出産業 人事部の百瀬です。\n"
            "ボランティア活動保険（天災タイプ）の加入申込書をお送りします。\n"
            "保険料は当社でまとめてお振込みします。\n" + SIG_MOMOSE,
    "attachments": [{"kind": "xlsx", "name": "ボランティア活動保険_加入申込書.xlsx",
                     "sheets": {"申込書": [["ボランティア活動保険 加入申込書"], ["団体名", "日の出産業株式会社"], [],
                                        ["No", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話", "プラン"]]
                                + [[i, p.name, p.kana, p.sex, _wareki(p, "fw"), p.addr, p.mob,
                                    _rng.choice(["基本", "天災"])] for i, p in enumerate(_p, 1)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "insurance application XLSX: 12 employees with 和暦 birth dates, home addresses, mobiles (1)",
})

MESSAGES.append({
    "id": "hinanjo-097", "charset": "utf-8",
    "sender": SAOTOME,
    "to": ["Emily Carter <e.carter@pacific-relief.org>", "Raj Menon <raj.menon@asia-disaster-aid.org>"],
    "cc": ["Program Office <program@jvc-kyoiku.or.jp>"],
    "subject": "Joint debrief on the Hamanomiya shelter - proposed dates",
    "body": "Dear all,\n\nThank you all for your generous support during the typhoon response.\n"
            "We would like to hold a short online debrief with the three organisations that\n"
            "sent volunteers and goods to our shelter.\n\n"
            "Proposed slots (JST):\n  - Tue, Nov 24, 16:00-17:00\n  - Thu, Nov 26, 10:00-11:00\n\n"
            "Agenda: what worked, what we should prepare differently, and how to coordinate\n"
            "volunteer intake next time. Please reply with your availability.\n\n"
            "Best regards,\n" + SIG_EN,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations openly in To/Cc (English): should have been Bcc (4)",
})

MESSAGES.append({
    "id": "hinanjo-098", "charset": "cp932",
    "sender": HORI, "to": ["ふとんの森田 オンライン注文係 <order@futon-morita.co.jp>"],
    "subject": "毛布100枚 至急の注文（カード決済）",
    "body": "ふとんの森田 オンライン注文係 御中\n\n"
            "日の出産業の堀之内と申します。お電話で在庫を確認いただいた件です。\n"
            "避難所用に急ぎで必要なため、私個人のカードで立替決済させてください。\n\n"
            "　品番：MB-1420 マイクロファイバー毛布 シングル ×100枚\n"
            "　お届け先：日の出産業 浜ノ宮工場 体育館（静岡県浜ノ宮市港町1丁目8番地）\n"
            f"　カード番号：{card_number(SEED + 102)}\n"
            "　有効期限：2028年4月　名義：TSUYOSHI HORINOUCHI\n\n"
            "本日発送可能でしたら、送り状番号をご連絡ください。\n" + SIG_HORI,
    "expect": "stop", "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "an employee's personal credit card number in the body to a shop (2)",
})

_p = _ppl(99, 7)
MESSAGES.append({
    "id": "hinanjo-099", "charset": "iso-2022-jp",
    "sender": ONODERA, "to": [CITY_BOUSAI],
    "subject": "Re: 仮設住宅入居説明会の案内対象について",
    "body": "南雲様\n\nお問い合わせの件、当社避難所に残っておられる方で、仮設住宅の入居を希望されているのは\n"
            "下記の7世帯です。説明会のご案内をお願いいたします。\n\n"
            "世帯主　　　　　　　住所　　　　　　　　　　　　　　　電話\n"
            + "\n".join(f"{_pad(p.name, 20)}{_pad(p.addr_s, 34)}{p.tel}" for p in _p)
            + "\n\n小野寺\n\n"
            "> 日の出産業 小野寺様\n> 貴社避難所で、仮設住宅の入居を希望されている世帯を教えていただけますか。\n"
            "> 11/2の入居説明会のご案内を個別にお送りしたいと考えています。\n> 南雲\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose new text (not the quote) lists 7 households with addresses and phones to the city (1)",
})

_p = _ppl(100, 6, old=True)
_q = _ppl(1001, 1, old=True)[0]
MESSAGES.append({
    "id": "hinanjo-100", "charset": "utf-8",
    "sender": NARUMI, "to": [CITY_FUKUSHI],
    "subject": "Re: 移送者の確認",
    "body": "桐生様\n\n鳴海です。ご確認ありがとうございます。6名とも明日10時の移送で問題ありません。\n\n"
            f"1点追加です。一覧には載っていませんが、研修室2の{_q.name}さん（{_q.age}歳）も\n"
            "慢性腎不全で人工透析（火・木・土）を受けておられ、送迎の関係で福祉避難所への\n"
            "移送を希望されています。追加でご検討いただけますでしょうか。\n\n鳴海\n\n"
            "> 鳴海様\n> 明日の移送予定者は以下のとおりです。ご確認ください。\n"
            + "\n".join(f"> {p.name}（{p.age}） {_CARE[(k * 5) % len(_CARE)]}" for k, p in enumerate(_p))
            + "\n> 浜ノ宮市 福祉総務課 桐生\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the quoted list is the city's own, but the new text adds one named person's dialysis (3)",
})
