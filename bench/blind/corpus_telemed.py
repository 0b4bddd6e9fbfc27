"""Blind corpus — area "telemed".

日の出産業株式会社 ヘルスケア事業部 オンライン診療事業室 runs the online-medical-consultation
platform 「ひので オンライン診療」: partner clinics and their doctors, patients' bookings,
prescriptions sent on to partner pharmacies, delivery of medicines (青葉運輸), card payment
(a payment processor, みどり銀行), corporate health plans sold to client companies and their
health-insurance societies, and the system vendors behind the app (ツバサシステム and others).

The mail below is written by the sales, patient-support, pharmacy/delivery, corporate-plan,
IT, accounting and compliance staff of that office.  Every person, patient, doctor, company
outside the brief's list, address, phone number, account, card number, My Number and other
identifier in this file is invented; any likeness to a real person or number is chance.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 9501
rng = random.Random(SEED)
_seed = [SEED]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: a check digit in front of a 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _mynumber_ok(s: str) -> bool:
    body = [int(c) for c in s[:11]]
    total = 0
    for n in range(1, 12):
        total += body[11 - n] * (n + 1 if n <= 6 else n - 5)
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def parcel_number() -> str:
    """A 12-digit delivery slip number that is NOT a valid My Number."""
    while True:
        s = "".join(str(rng.randrange(10)) for _ in range(12))
        if s[0] != "0" and not _mynumber_ok(s):
            return s


_ZEN = str.maketrans("0123456789-/.:", "０１２３４５６７８９－／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"), ("渡辺", "ワタナベ", "watanabe"), ("伊藤", "イトウ", "ito"),
    ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"),
    ("山崎", "ヤマザキ", "yamazaki"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"), ("藤田", "フジタ", "fujita"),
    ("岡田", "オカダ", "okada"), ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"),
    ("近藤", "コンドウ", "kondo"), ("坂本", "サカモト", "sakamoto"), ("遠藤", "エンドウ", "endo"),
    ("青木", "アオキ", "aoki"), ("西村", "ニシムラ", "nishimura"), ("福田", "フクダ", "fukuda"),
    ("三浦", "ミウラ", "miura"), ("東海林", "ショウジ", "shoji"), ("五十嵐", "イガラシ", "igarashi"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("百瀬", "モモセ", "momose"),
    ("鬼塚", "オニツカ", "onitsuka"), ("薬袋", "ミナイ", "minai"), ("九十九", "ツクモ", "tsukumo"),
    ("一ノ瀬", "イチノセ", "ichinose"), ("小鳥遊", "タカナシ", "takanashi"), ("栗栖", "クリス", "kurisu"),
    ("宍戸", "シシド", "shishido"), ("檜山", "ヒヤマ", "hiyama"), ("真壁", "マカベ", "makabe"),
    ("雲母", "キララ", "kirara"), ("猪俣", "イノマタ", "inomata"), ("鮫島", "サメジマ", "samejima"),
    ("羽生", "ハニュウ", "hanyu"), ("仲宗根", "ナカソネ", "nakasone"), ("春日井", "カスガイ", "kasugai"),
]
GIVEN = [
    ("翔太", "ショウタ", "shota"), ("美咲", "ミサキ", "misaki"), ("大輔", "ダイスケ", "daisuke"),
    ("陽菜", "ヒナ", "hina"), ("健一", "ケンイチ", "kenichi"), ("由美子", "ユミコ", "yumiko"),
    ("拓也", "タクヤ", "takuya"), ("真理", "マリ", "mari"), ("蓮", "レン", "ren"),
    ("結衣", "ユイ", "yui"), ("誠", "マコト", "makoto"), ("恵子", "ケイコ", "keiko"),
    ("浩二", "コウジ", "koji"), ("彩", "アヤ", "aya"), ("隆", "タカシ", "takashi"),
    ("優子", "ユウコ", "yuko"), ("直樹", "ナオキ", "naoki"), ("千尋", "チヒロ", "chihiro"),
    ("和也", "カズヤ", "kazuya"), ("沙織", "サオリ", "saori"), ("悠真", "ユウマ", "yuma"),
    ("葵", "アオイ", "aoi"), ("茂", "シゲル", "shigeru"), ("幸子", "サチコ", "sachiko"),
    ("航", "ワタル", "wataru"), ("琴音", "コトネ", "kotone"), ("昌平", "ショウヘイ", "shohei"),
    ("早苗", "サナエ", "sanae"), ("慎吾", "シンゴ", "shingo"), ("紗季", "サキ", "saki"),
    ("文雄", "フミオ", "fumio"), ("瑞穂", "ミズホ", "mizuho"), ("剛", "ツヨシ", "tsuyoshi"),
]
PLACES = [
    ("東京都", "世田谷区", "桜新町", "154-0015"), ("東京都", "杉並区", "阿佐谷北", "166-0001"),
    ("東京都", "江東区", "大島", "136-0072"), ("東京都", "練馬区", "石神井町", "177-0041"),
    ("東京都", "府中市", "宮西町", "183-0022"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("神奈川県", "川崎市中原区", "小杉町", "211-0063"), ("神奈川県", "藤沢市", "鵠沼石上", "251-0025"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"), ("埼玉県", "川口市", "芝新町", "333-0851"),
    ("千葉県", "船橋市", "本町", "273-0005"), ("千葉県", "柏市", "明原", "277-0843"),
    ("大阪府", "豊中市", "上野東", "560-0013"), ("大阪府", "大阪市阿倍野区", "昭和町", "545-0011"),
    ("愛知県", "名古屋市千種区", "今池", "464-0850"), ("福岡県", "福岡市早良区", "西新", "814-0002"),
    ("北海道", "札幌市中央区", "南一条西", "060-0061"), ("宮城県", "仙台市青葉区", "一番町", "980-0811"),
    ("兵庫県", "神戸市灘区", "六甲町", "657-0845"), ("静岡県", "浜松市中央区", "富塚町", "432-8002"),
    ("広島県", "広島市南区", "皆実町", "734-0007"), ("京都府", "京都市左京区", "田中里ノ前町", "606-8216"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BUILDINGS = ["", "", "", " コーポ桜101", " メゾン日吉203", " グランハイツ502", " サンライズ西新704",
             " パークサイド常盤306", " ハイム六甲1105"]


def person(min_year: int = 1948, max_year: int = 2003) -> dict:
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN)
    y, m, d = rng.randint(min_year, max_year), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town, zipc = rng.choice(PLACES)
    addr = (f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
            f"{rng.choice(BUILDINGS)}")
    phone = f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    local = rng.choice([f"{g[2]}.{s[2]}", f"{s[2]}{g[2][0]}{rng.randint(1, 99)}",
                        f"{g[2]}_{rng.randint(1960, 2005)}", f"{s[2]}-{g[2]}"])
    return {"name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2].capitalize()} {s[2].upper()}", "y": y, "m": m, "d": d,
            "zip": zipc, "addr": addr, "phone": phone,
            "email": f"{local}@{rng.choice(FREEMAIL)}", "sex": rng.choice(["男", "女"])}


def people(n: int, **kw) -> list[dict]:
    out: list[dict] = []
    names: set[str] = set()
    while len(out) < n:
        p = person(**kw)
        if p["name"] not in names:
            names.add(p["name"])
            out.append(p)
    return out


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    return f"{e}{n}.{m}.{d}" if short else f"{era}{n}年{m}月{d}日"


def dob(p: dict, style: str = "slash") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "wareki":
        return wareki(y, m, d)
    if style == "wareki_short":
        return wareki(y, m, d, short=True)
    if style == "zen_wareki":
        return zen(wareki(y, m, d))
    raise ValueError(style)


OFFICE = "〒105-0011 東京都港区芝公園2-4-1 日の出芝公園ビル8F"


def sig(name: str, team: str, mail: str, tel: str) -> str:
    return (f"\n──────────────────────────\n"
            f"日の出産業株式会社 ヘルスケア事業部\n"
            f"オンライン診療事業室 {team}\n"
            f"{name}\n"
            f"{OFFICE}\n"
            f"TEL: {tel}  FAX: 03-5400-7729\n"
            f"Mail: {mail}\n"
            f"──────────────────────────\n")


def sig_short(name: str, mail: str, tel: str) -> str:
    return f"\n--\n日の出産業（株） オンライン診療事業室\n{name}  {tel}\n{mail}\n"


def sig_en(name: str, title: str, mail: str, tel: str) -> str:
    return (f"\nBest regards,\n\n{name}\n{title}\nOnline Medical Services Office, Healthcare Division\n"
            f"Hinode Sangyo Co., Ltd.\n2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, Japan\n"
            f"Tel: +81-3-5400-{tel}  |  {mail}\n")


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
                 "not the intended recipient, please notify the sender immediately and delete this "
                 "e-mail. Any unauthorised use or disclosure is prohibited.\n")

# staff of the online-medical-consultation office (all invented)
SAEKI = ("佐伯 遼", "事業推進課", "saeki.ryo@hinode-sangyo.co.jp", "03-5400-7721")
MORISHITA = ("森下 真由", "患者サポートセンター", "morishita.mayu@hinode-sangyo.co.jp", "03-5400-7735")
OKOCHI = ("大河内 健", "薬局・配送連携チーム", "okochi.ken@hinode-sangyo.co.jp", "03-5400-7742")
KAMIYA = ("神谷 彩花", "法人サービス課", "kamiya.ayaka@hinode-sangyo.co.jp", "03-5400-7750")
NONOMURA = ("野々村 拓海", "システム企画課", "nonomura.takumi@hinode-sangyo.co.jp", "03-5400-7763")
HIGASHI = ("東 美咲", "管理課（経理）", "higashi.misaki@hinode-sangyo.co.jp", "03-5400-7771")
SUGAWARA = ("菅原 慎一", "クリニック連携課", "sugawara.shinichi@hinode-sangyo.co.jp", "03-5400-7728")
YANAGIDA = ("柳田 恵", "医療安全・コンプライアンス担当", "yanagida.megumi@hinode-sangyo.co.jp",
            "03-5400-7780")
ISURUGI = ("石動 修", "室長", "isurugi.osamu@hinode-sangyo.co.jp", "03-5400-7700")


def frm(staff: tuple) -> str:
    return f"{staff[0]} <{staff[2]}>"


def S(staff: tuple) -> str:
    return sig(*staff)


def SS(staff: tuple) -> str:
    return sig_short(staff[0], staff[2], staff[3])


MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"telemed-{len(MESSAGES) + 1:03d}"
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MESSAGES.append(m)

# ---------------------------------------------------------------------------------------
# 001 stop — prescription PDF to a partner pharmacy (patient, insurance card, diagnosis)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["はなまる薬局 本町店 <honmachi@hanamaru-yakkyoku.co.jp>"],
    subject="【処方箋送付】オンライン診療分 受付番号 P-0611-027",
    body="""はなまる薬局 本町店
管理薬剤師 大竹様

いつもお世話になっております。
日の出産業 オンライン診療事業室の大河内です。

本日オンライン診療を受診された患者様の処方箋をPDFにてお送りいたします。
原本は提携クリニックより本日中に簡易書留で発送される予定です。

　受付番号　：P-0611-027
　お受取方法：ご自宅配送（青葉運輸 当日便・常温）

調剤が完了しましたら、いつもどおり薬局ポータルの「調剤完了」ボタンから
ご連絡をお願いいたします。
""" + S(OKOCHI),
    attachments=[{
        "kind": "pdf", "name": "処方箋_P-0611-027.pdf", "title": "処方箋",
        "lines": [
            "処　方　箋",
            "（この処方箋は、どの保険薬局でも有効です。）",
            "保険者番号：06131428",
            "被保険者証の記号・番号：記号 ４７２１　番号 ３８",
            "患者氏名：一ノ瀬 琴音（イチノセ コトネ）　性別：女",
            "生年月日：平成元年７月１４日",
            "住所：東京都江東区大島5-18-3-704",
            "傷病名（参考）：急性腰痛症",
            "処方：",
            "  Rp1 ロキソプロフェンNa錠60mg　1回1錠　1日3回 毎食後　7日分",
            "  Rp2 レバミピド錠100mg　1回1錠　1日3回 毎食後　7日分",
            "  Rp3 ロキソプロフェンNaテープ100mg　14枚　1日1回 患部に貼付",
            "保険医療機関：医療法人社団青葉会 青山ファミリークリニック",
            "保険医氏名：大月 圭吾",
            "交付年月日：令和7年6月11日",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_ADDRESS",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prescription PDF to an external pharmacy: one patient's insurance card number, "
         "birth date, diagnosis and drugs, only in the attachment",
)

# 002 pass — list of partner clinics (businesses) to a corporate-plan client
_clinics = [
    ("青山ファミリークリニック", "内科・小児科", "東京都港区南青山3-9-14 2F", "03-6418-2201"),
    ("みなと内科クリニック", "内科・循環器内科", "東京都港区芝5-31-8", "03-3455-7610"),
    ("北川皮膚科", "皮膚科・アレルギー科", "東京都品川区大井1-22-5", "03-3771-0458"),
    ("桜ヶ丘こころのクリニック", "心療内科", "東京都多摩市関戸2-40-3", "042-337-8812"),
    ("日吉駅前クリニック", "内科・耳鼻咽喉科", "神奈川県横浜市港北区日吉2-1-1", "045-561-3390"),
    ("浦和ウィメンズクリニック", "婦人科", "埼玉県さいたま市浦和区高砂1-6-2", "048-822-4127"),
    ("船橋やまびこ内科", "内科・糖尿病内科", "千葉県船橋市本町4-2-17", "047-431-9905"),
    ("豊中いずみ眼科", "眼科", "大阪府豊中市本町1-10-3", "06-6841-2276"),
]
_rows = "\n".join(f"{n:<16}　{k:<12}　{a:<28}　{t}" for n, k, a, t in _clinics)
add(
    expect="pass", charset="shift_jis",
    sender=frm(KAMIYA),
    to=["川崎電機株式会社 人事部 三好様 <miyoshi.t@kawasaki-denki.co.jp>"],
    subject="【ご案内】法人プラン対象 提携クリニック一覧（2025年7月版）",
    body=f"""川崎電機株式会社
人事部 厚生課 三好様

いつも大変お世話になっております。日の出産業の神谷でございます。

先日お問い合わせいただきました、法人プランでご利用いただける提携クリニックの
一覧（首都圏・関西の一部）を下記にまとめました。社内ポータルへの掲載にご利用ください。

クリニック名　　　　　　診療科　　　　　　　所在地　　　　　　　　　　　　　　代表電話
--------------------------------------------------------------------------------------------
{_rows}

※全国の提携先は約320院ございます。全件版はExcelでもお送りできますのでお申し付けください。
※各院の診療時間はアプリ内の医療機関ページに掲載しております。

引き続きよろしくお願いいたします。
""" + S(KAMIYA),
    note="a list of clinics (businesses) with switchboard numbers and office addresses: no people",
)

# 003 stop — delivery request CSV (9 patients' names, addresses, phones) to the carrier
_d3 = people(9)
_rows3 = [["受付番号", "お届け先氏名", "フリガナ", "郵便番号", "お届け先住所", "電話番号",
           "配達希望時間帯", "品名", "温度帯"]]
for i, p in enumerate(_d3):
    _rows3.append([f"D-0612-{101 + i}", p["name"], p["kana"], p["zip"], p["addr"], p["phone"],
                   rng.choice(["午前中", "14-16時", "16-18時", "18-20時", "19-21時"]),
                   "医薬品", rng.choice(["常温", "常温", "冷蔵"])])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["青葉運輸 医薬品物流課 <iyaku-haiso@aoba-unyu.co.jp>"],
    subject="6/12 午前集荷分 配送依頼データ",
    body="""青葉運輸株式会社
医薬品物流課 ご担当者様

お世話になっております。日の出産業の大河内です。
6/12（木）午前集荷分の配送依頼データ（9件）を添付いたします。
冷蔵品が2件含まれておりますので、保冷ボックスのご手配をお願いします。

集荷先：はなまる薬局 本町店／東西調剤 浦和店
""" + SS(OKOCHI),
    attachments=[{"kind": "csv", "name": "haiso_20250612_AM.csv", "rows": _rows3,
                  "encoding": "cp932"}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of nine patients' delivery addresses and phones to the external carrier",
)

# 004 pass — internal follow-up list with health details, all recipients internal
_d4 = people(6)
_iss = ["降圧薬の継続処方希望。家庭血圧の記録アップロード方法が分からないとのこと",
        "アトピー性皮膚炎の外用薬、配送先を勤務先に変更したい",
        "2型糖尿病、次回採血を近隣クリニックで受けたい",
        "不眠症で睡眠導入剤処方中。ビデオ通話が途中で切れた件のクレーム",
        "花粉症。保険証の切替（新しい記号・番号）を登録したい",
        "妊娠中のため、処方薬の確認を医師に再度してほしい"]
_b4 = "\n".join(f"・{p['name']} 様（{p['phone']}）\n　　{x}" for p, x in zip(_d4, _iss))
add(
    expect="pass", charset="utf-8",
    sender=frm(MORISHITA),
    to=["患者サポートセンター <patient-support@hinode-sangyo.co.jp>"],
    cc=[frm(YANAGIDA)],
    subject="【共有】本日の要フォロー患者様（6件）",
    body=f"""サポートセンターの皆さん

お疲れさまです。森下です。
本日の入電のうち、明日以降も折り返し・確認が必要な6件を共有します。
対応した人はスレッドに返信で記録をお願いします。

{_b4}

柳田さん：4件目はクレーム扱いにしています。念のためご確認ください。
""" + SS(MORISHITA),
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    note="patients' phones and conditions, but every recipient is internal",
)

# 005 stop — three clinics in To, visible to each other
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["青山ファミリークリニック 院長 大月先生 <otsuki@aoyama-fc.jp>",
        "みなと内科クリニック 事務長 <jimucho@minato-naika.jp>",
        "北川皮膚科 北川先生 <info@kitagawa-hifuka.com>"],
    subject="【ご案内】7月 提携医療機関向け 新機能説明会（オンライン開催）",
    body="""提携医療機関の先生方、ご担当者様

平素より「ひので オンライン診療」をご利用いただき、誠にありがとうございます。
日の出産業 クリニック連携課の菅原でございます。

8月リリース予定の新機能（再診予約の自動リマインド、処方内容の薬局自動連携）について、
下記のとおりオンライン説明会を開催いたします。

　日時：2025年7月17日（木）13:30〜14:30
　形式：Zoom（URLは前日にお送りします）
　内容：新機能デモ／運用変更点／質疑応答

ご出席いただける場合は、7月10日までに本メールへご返信ください。
ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + S(SUGAWARA),
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external clinics in To can see each other's addresses: should have been Bcc",
)

# 006 stop — look-alike of ツバサシステム (letters swapped)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(NONOMURA),
    to=["ツバサシステム 笹川様 <sasagawa@tusbasa-system.jp>"],
    subject="Re: 予約API タイムアウト事象の件",
    body="""ツバサシステム株式会社
開発二部 笹川様

お世話になっております。日の出産業の野々村です。
ご報告ありがとうございました。

タイムアウトの原因がDBコネクションプールの枯渇とのこと、承知しました。
修正版のリリースは 6/18（水）22:00〜 のメンテナンス枠でお願いできますでしょうか。
当社側では、リリース前日までに検証環境での負荷試験結果を確認させていただきます。

あわせて、再発防止策（監視閾値の見直し）の資料もご共有ください。
""" + SS(NONOMURA),
    detectors=["lookalike_domain"],
    note="tusbasa-system.jp is a letter-swapped look-alike of partner tsubasa-system.jp",
)

# 007 pass — two external organisations (clinic + vendor), normal three-way meeting
add(
    expect="pass", charset="utf-8",
    sender=frm(SUGAWARA),
    to=["みなと内科クリニック 事務長 岩淵様 <jimucho@minato-naika.jp>"],
    cc=["ツバサシステム 笹川様 <sasagawa@tsubasa-system.jp>", frm(NONOMURA)],
    subject="電子カルテ連携の打ち合わせ日程について",
    body="""みなと内科クリニック
事務長 岩淵様

（cc: ツバサシステム 笹川様、弊社 野々村）

いつもお世話になっております。日の出産業の菅原です。

貴院の電子カルテとオンライン診療予約の連携について、3者で一度お打ち合わせを
させていただきたく、下記の候補日をご提示いたします。

　① 6/24（火）15:00〜16:00
　② 6/25（水）10:00〜11:00
　③ 6/27（金）14:00〜15:00

場所は貴院会議室、もしくはオンラインのどちらでも対応可能です。
ご都合のよい日時をお知らせいただけますと幸いです。
""" + S(SUGAWARA),
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for an ordinary three-way meeting",
)

# 008 stop — one employee's health-check result in running text to the client company
add(
    expect="stop", charset="utf-8",
    sender=frm(KAMIYA),
    to=["北国フーズ 総務部 健康管理担当 <kenko@kitaguni-foods.co.jp>"],
    subject="Re: 健診後フォロー面談の結果について",
    body="""北国フーズ株式会社
総務部 健康管理ご担当 坂巻様

お世話になっております。日の出産業の神谷です。

先週実施した健診後フォロー（オンライン面談）の結果をご報告します。
製造第二課の猪俣 亮 様（社員番号 K-20417）ですが、面談医の所見として
HbA1c 8.4%、空腹時血糖 162mg/dL と高値で、2型糖尿病の疑いが強いとのことでした。
ご本人には提携クリニックでのオンライン受診を勧奨し、6/20に初診予約が入っております。

夜勤シフトの調整について、産業医の先生からも意見書を出していただく予定です。
""" + S(KAMIYA),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's health-check values and suspected diabetes to an external company",
)

# 009 pass — booking confirmation to the patient (one free-mail recipient)
add(
    expect="pass", charset="iso-2022-jp",
    sender="ひので オンライン診療 <noreply-booking@hinode-sangyo.co.jp>",
    to=["haruka.tsuji1993@gmail.com"],
    subject="【ひので オンライン診療】ご予約確定のお知らせ（予約番号 R-250612-0418）",
    body="""辻 遥 様

このたびは「ひので オンライン診療」をご利用いただき、ありがとうございます。
以下の内容でご予約が確定しました。

　予約番号：R-250612-0418
　日時　　：2025年6月14日（土）10:30〜
　医療機関：日吉駅前クリニック
　診療形式：ビデオ通話（初診）

■ご受診の前に
・開始5分前までにアプリにログインし、カメラとマイクの確認をお願いします。
・保険証はアプリの「マイページ」から事前に登録できます。
・キャンセルは前日18時までアプリからお手続きください。

※本メールは送信専用アドレスから送信しています。
お問い合わせ：ひので オンライン診療 サポートデスク 0120-556-210（9:00〜20:00）
""",
    detectors=["freemail_recipient"],
    note="a booking confirmation to the patient herself on free mail; no one else's data",
)

# 010 stop — password-protected ZIP to a health-insurance society
_d10 = people(8)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["川崎電機健康保険組合 事務局 <jimu@kawasaki-denki-kenpo.or.jp>"],
    subject="法人プラン 利用登録者名簿（6月分）の送付",
    body="""川崎電機健康保険組合
事務局 ご担当者様

お世話になっております。日の出産業の神谷です。
6月分の利用登録者名簿をお送りいたします。
解凍用のパスワードは別途メールにてお知らせいたします。

ご確認のほど、よろしくお願いいたします。
""" + S(KAMIYA),
    attachments=[{"kind": "zip", "name": "登録者名簿_202506.zip", "password": "Kd#0612hn",
                  "files": [{"kind": "xlsx", "name": "登録者名簿_202506.xlsx", "sheets": {
                      "登録者": [["記号", "番号", "氏名", "生年月日"]] +
                      [[str(4000 + i), str(10 + i), p["name"], dob(p)] for i, p in
                       enumerate(_d10)]}}]}],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external society: the attachment cannot be read",
)

# 011 stop — one card number in the body to the payment processor
_c11 = card()
add(
    expect="stop", charset="utf-8",
    sender=frm(HIGASHI),
    to=["ペイブリッジ株式会社 加盟店サポート <merchant-support@paybridge.co.jp>"],
    subject="返金処理のご依頼（決済ID PB-88213450／PB-88213451）",
    body=f"""ペイブリッジ株式会社
加盟店サポート ご担当者様

お世話になっております。日の出産業 管理課の東です。

6/9に決済画面の不具合で二重決済となった利用者様がおり、1件分の返金をお願いいたします。
管理画面から決済IDで検索できなかったため、カード情報を記載いたします。

　決済ID　　：PB-88213450（返金対象）／PB-88213451（有効）
　カード番号：{_c11[:4]} {_c11[4:8]} {_c11[8:12]} {_c11[12:]}
　有効期限　：11/28
　カード名義：KOJI HIYAMA
　金額　　　：3,850円

お手数ですが、処理完了後にご連絡をいただけますと幸いです。
""" + S(HIGASHI),
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a full credit card number with holder name in the body to an external processor",
)

# 012 pass — invoice with the company's T-number and the company's own bank account
_t12 = corp_number("010401087321")
add(
    expect="pass", charset="shift_jis",
    sender=frm(HIGASHI),
    to=["さくらホテル 経理部 <keiri@sakura-hotel.jp>"],
    subject="【請求書送付】法人オンライン診療プラン 2025年6月分",
    body=f"""株式会社さくらホテル
経理部 御中

いつもお世話になっております。日の出産業 管理課の東でございます。
2025年6月分のご請求書をPDFにてお送りいたします。

　請求番号：INV-2025-06-0143
　ご請求額：¥396,000（税込）
　お支払期日：2025年7月31日

お振込先：みどり銀行 本店営業部 普通 2047713
　　　　　口座名義 ヒノデサンギヨウ（カ
適格請求書発行事業者登録番号：T{_t12}

ご不明点がございましたらお気軽にお問い合わせください。
""" + S(HIGASHI),
    attachments=[{"kind": "pdf", "name": "請求書_INV-2025-06-0143.pdf", "title": "請求書",
                  "lines": ["御 請 求 書", "株式会社さくらホテル 御中", "請求番号 INV-2025-06-0143",
                            "発行日 2025年6月30日", f"登録番号 T{_t12}",
                            "法人オンライン診療プラン（スタンダード） 120名 × 3,000円 = 360,000円",
                            "消費税（10%） 36,000円", "合計 396,000円",
                            "振込先 みどり銀行 本店営業部 普通 2047713"]}],
    entities=["JP_CORPORATE_NUMBER"],
    note="an invoice: the company's registration number and company bank account, no people",
)

# 013 pass — HTML-only: four doctors presenting at a client's briefing, with day-of mobiles
_d13 = [("鮫島 文雄", "内科・総合診療", "090-6612-3307"), ("百瀬 瑞穂", "皮膚科", "080-4471-9920"),
        ("春日井 剛", "心療内科（産業医）", "070-2238-5164"), ("羽生 紗季", "婦人科", "090-8803-1475")]
_tr13 = "".join(f"<tr><td>{n}</td><td>{k}</td><td>{t}</td></tr>" for n, k, t in _d13)
add(
    expect="pass", charset="utf-8",
    sender=frm(SAEKI),
    to=["丸の内商事 人事部 ウェルネス推進室 <hr-wellness@marunouchi-shoji.co.jp>"],
    subject="7/3 オンライン診療体験会 登壇医師のご連絡",
    html=f"""<html><body>
<p>丸の内商事株式会社<br>人事部 ウェルネス推進室 御中</p>
<p>いつもお世話になっております。日の出産業の佐伯です。<br>
7/3（木）の社内体験会にご登壇いただく医師をご連絡いたします。
当日の会場入りの連絡用に、各医師の携帯番号を記載しております。</p>
<table border="1" cellpadding="4">
<tr><th>医師名</th><th>専門</th><th>当日連絡先</th></tr>
{_tr13}
</table>
<p>会場は貴社本社12階 大会議室、13:00集合と伺っております。<br>
どうぞよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 オンライン診療事業室 事業推進課<br>佐伯 遼　TEL 03-5400-7721</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four doctors' names with mobile numbers: under five records, may warn",
)

# 014 pass — reply; the patient list is only in the quoted text of the clinic's mail
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["みなと内科クリニック 岩淵様 <jimucho@minato-naika.jp>"],
    subject="Re: 来週の再診枠の件",
    body="""岩淵様

お世話になっております。菅原です。
ご連絡ありがとうございます。3名様とも、来週水曜午後の再診枠を確保いたしました。
患者様へのご案内はアプリのプッシュ通知で本日中に行います。

引き続きよろしくお願いいたします。

菅原

> 菅原様
>
> いつもお世話になっております。みなと内科の岩淵です。
> 下記3名、来週の再診をオンラインでお願いしたいです。
>
>   東海林 直樹 様  1962/03/08  高血圧症  090-3318-7720
>   五十嵐 恵子 様  1957/11/21  脂質異常症  080-5520-1193
>   栗栖 航 様      1979/06/30  逆流性食道炎  070-6142-8835
>
> よろしくお願いいたします。
> みなと内科クリニック 事務長 岩淵
""",
    note="patient data appears only in the quoted text of the clinic's own mail; new text has none",
)

# 015 stop — 社外秘 stamp only in the DOCX page header
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["錦印刷 営業部 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="法人プラン パンフレット改訂 原稿のご送付",
    body="""錦印刷株式会社
営業部 片桐様

お世話になっております。日の出産業の神谷です。
先日ご相談したパンフレット改訂の件、原稿の元になる資料をお送りします。
料金表のページはこちらの内容をもとにレイアウトをご検討ください。

入稿スケジュールは改めてご相談させてください。
""" + S(KAMIYA),
    attachments=[{"kind": "docx", "name": "法人プラン_料金改定方針_v3.docx",
                  "title": "法人プラン 料金改定方針", "page_header": "社外秘",
                  "paragraphs": [
                      "法人プラン 料金改定方針（2025年10月改定）",
                      "1. 改定の背景：受診件数の増加に伴う医師報酬単価の見直し",
                      "2. 新料金：ライト 1,800円→2,100円／スタンダード 3,000円→3,300円",
                      "3. 既存顧客の据え置き期間：最大12か月（上位20社は個別交渉）",
                      "4. 営業目標：2026年3月までに契約社数 180社、粗利率 34%",
                  ],
                  "tables": [[["プラン", "現行", "改定後", "据置"],
                              ["ライト", "1,800", "2,100", "6か月"],
                              ["スタンダード", "3,000", "3,300", "12か月"],
                              ["プレミアム", "4,500", "4,800", "12か月"]]]}],
    detectors=["confidential_marking"],
    note="the attached document is stamped 社外秘 in its page header; the mail body is harmless",
)

# 016 stop — My Numbers of two doctors to an outside tax accountant
_m16a, _m16b = mynum(), mynum()
add(
    expect="stop", charset="shift_jis",
    sender=frm(HIGASHI),
    to=["税理士法人ほしの会計 星野様 <hoshino@hoshino-kaikei.jp>"],
    subject="支払調書作成用資料（提携医 報酬分）",
    body=f"""税理士法人ほしの会計
星野様

お世話になっております。日の出産業 管理課の東です。
「報酬、料金、契約金及び賞金の支払調書」の作成用に、個人で契約している
提携医2名分の情報をお送りします。

【1】宍戸 慎吾（シシド シンゴ）
　　住所：神奈川県藤沢市鵠沼石上2-11-6
　　個人番号：{_m16a}
　　支払金額：2,184,000円（源泉徴収税額 222,958円）

【2】真壁 千尋（マカベ チヒロ）
　　住所：千葉県柏市明原3-4-19 パークサイド明原402
　　個人番号：{_m16b}
　　支払金額：1,356,000円（源泉徴収税額 138,435円）

ご確認のほどよろしくお願いいたします。
""" + S(HIGASHI),
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="two doctors' My Numbers and home addresses to an external accountant",
)

# 017 pass — My Numbers, but internal only (incl. an internal subdomain)
_d17 = people(5, min_year=1955, max_year=1990)
_r17 = "\n".join(f"{p['name']:<8}\t{mynum()}\t{rng.choice(['回収済', '回収済', '本人確認書類待ち'])}"
                 for p in _d17)
add(
    expect="pass", charset="utf-8",
    sender=frm(HIGASHI),
    to=["管理課 経理 <keiri@hinode-sangyo.co.jp>"],
    cc=["総務 マイナンバー担当 <mynumber@hr.hinode-sangyo.co.jp>"],
    subject="提携医 個人番号の回収状況（社内限り）",
    body=f"""経理チーム各位
（cc: 総務 マイナンバー担当）

東です。提携医（個人契約）の個人番号の回収状況です。
年末の支払調書に向けて、未回収の方は総務から再依頼をお願いします。

氏名\t個人番号\t状況
{_r17}

保管は所定のキャビネットで、ファイルは共有フォルダに置かないでください。
""" + SS(HIGASHI),
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    note="My Numbers, but all recipients are hinode-sangyo.co.jp or its subdomain",
)

# 018 stop — six patients in To (free mail), visible to each other
_d18 = people(6)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(MORISHITA),
    to=[p["email"] for p in _d18],
    subject="【重要】システムメンテナンスに伴うご予約日時変更のお願い",
    body="""ご予約いただいている患者様各位

ひので オンライン診療 サポートセンターでございます。
6月15日（日）2:00〜6:00に予定していたシステムメンテナンスが、
都合により 6月15日（日）8:00〜10:00 に変更となりました。

この時間帯にご予約をいただいている皆様には大変お手数ですが、
アプリの「予約変更」から別の日時をお選びいただけますようお願い申し上げます。

ご不便をおかけし、誠に申し訳ございません。
""" + SS(MORISHITA),
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six patients' private addresses in To: each sees the others (and that they are patients)",
)

# 019 pass — the same kind of notice, correctly sent Bcc
_d19 = people(8)
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(MORISHITA),
    to=["ひので オンライン診療 サポート <support@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in _d19],
    subject="【ひので オンライン診療】夏季の診療体制について",
    body="""ひので オンライン診療をご利用の皆様

いつもご利用いただきありがとうございます。
8月11日〜8月16日は、一部の提携医療機関が夏季休診となります。
期間中も夜間・休日の診療枠は通常どおりご利用いただけます。

詳しくはアプリのお知らせ欄をご確認ください。
""" + SS(MORISHITA),
    detectors=["freemail_recipient"],
    note="patients are in Bcc, not visible to each other; only the free-mail warning applies",
)

# 020 stop — weekly report with an own-domain look-alike (co. dropped) in Cc
add(
    expect="stop", charset="utf-8",
    sender=frm(SAEKI),
    to=[frm(ISURUGI)],
    cc=["神谷 彩花 <kamiya.ayaka@hinode-sangyo.jp>"],
    subject="週次報告（6/9週）オンライン診療事業",
    body="""石動室長
（cc: 神谷さん）

佐伯です。6/9週の週次報告です。

■KPI
・受診件数：4,812件（前週比 +6.2%）
・新規会員：1,233名
・法人プラン契約：142社（+3社：丸の内商事、ミナミ電工、北国フーズ増枠）
・薬局連携率：78%

■トピック
・予約APIのタイムアウト事象はツバサシステムで原因特定済、6/18リリース予定
・7月の提携医療機関向け説明会の案内を発送済

以上です。
""" + SS(SAEKI),
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp (co. dropped) is an external look-alike of the internal domain",
)

# 021 stop — tab-separated no-show list without a name column, to a call-centre contractor
_d21 = people(7)
_r21 = "\n".join(f"M{rng.randint(1000000, 9999999)}\t{p['phone']}\t{p['email']}\t"
                 f"2025/05/{rng.randint(10, 31):02d}\t{rng.randint(2, 4)}"
                 for p in _d21)
add(
    expect="stop", charset="utf-8",
    sender=frm(MORISHITA),
    to=["コールネクスト株式会社 SV 今泉様 <imaizumi@callnext.co.jp>"],
    subject="架電リスト（無断キャンセル会員）のご送付",
    body=f"""コールネクスト株式会社
今泉様

お世話になっております。日の出産業 患者サポートセンターの森下です。
5月中に2回以上無断キャンセルとなった会員様のリストです。
来週の架電でご利用規約の変更点のご案内をお願いいたします。

会員ID\t電話番号\tメールアドレス\t最終予約日\tキャンセル回数
{_r21}

トークスクリプトは先日お送りしたv2をご使用ください。
""" + S(MORISHITA),
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="seven members' phones and e-mails, tab-separated, no name column, to a contractor",
)

# 022 pass — two clinic staff accounts to be created, to the system vendor
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【アカウント発行依頼】桜ヶ丘こころのクリニック 事務アカウント2件",
    body="""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の菅原です。
新規提携の「桜ヶ丘こころのクリニック」様の事務アカウント発行をお願いします。

1) 事務長　檜山 隆（ヒヤマ タカシ）
　 ログインID用メール：hiyama@sakuragaoka-kokoro.jp
　 携帯（SMS認証用）：090-2716-4408
2) 受付　　仲宗根 彩（ナカソネ アヤ）
　 ログインID用メール：uketsuke@sakuragaoka-kokoro.jp
　 携帯（SMS認証用）：080-9134-2257

権限はいずれも「医療機関事務（標準）」でお願いいたします。
利用開始希望日：7月1日
""" + S(SUGAWARA),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two clinic staff members' contact details for account creation: under five, may warn",
)

# 023 stop — clinic, pharmacy and carrier in To/Cc: three external organisations
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["東西調剤 浦和店 <urawa@tozai-chozai.co.jp>",
        "青山ファミリークリニック 受付 <uketsuke@aoyama-fc.jp>"],
    cc=["青葉運輸 医薬品物流課 <iyaku-haiso@aoba-unyu.co.jp>"],
    subject="【至急】6/12 冷蔵便 配送遅延の件（受付番号 D-0612-114）",
    body="""関係者各位

日の出産業の大河内です。
本日の冷蔵便1件（受付番号 D-0612-114）が、集荷車両の故障により
お届けが 6/13 午前にずれ込む見込みとなりました。

・東西調剤 浦和店様：保冷剤の追加をお願いできますでしょうか。
・青山ファミリークリニック様：患者様への説明は弊社サポートから行います。
  残薬確認のため、医師から患者様へお電話いただける時間帯があればお知らせください。
・青葉運輸様：代替車両の手配状況を本スレッドでご共有ください。

ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SS(OKOCHI),
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (pharmacy, clinic, carrier) see each other in To/Cc",
)

# 024 pass — NDA draft with a new vendor (mail about an NDA, no marking)
add(
    expect="pass", charset="utf-8",
    sender=frm(NONOMURA),
    to=["メディシンク株式会社 法務部 <legal@medisync.co.jp>"],
    cc=["メディシンク 営業部 高見様 <takami@medisync.co.jp>"],
    subject="秘密保持契約書（案）ご確認のお願い",
    body="""メディシンク株式会社
法務部 ご担当者様
（cc: 営業部 高見様）

お世話になっております。日の出産業 システム企画課の野々村です。

処方データ連携の共同検討に先立ち、秘密保持契約書の当社案をお送りします。
第4条（秘密情報の範囲）と第9条（有効期間）について、貴社のご意見をいただけますと幸いです。
押印は電子契約（クラウドサイン）での締結を予定しております。

ご確認のほど、よろしくお願いいたします。
""" + S(NONOMURA) + DISCLAIMER_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出産業_メディシンク.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とメディシンク株式会社（以下「乙」という。）は、"
                      "処方データ連携に関する共同検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定める。",
                      "第4条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した技術上・営業上の情報をいう。"
                      "ただし、公知の情報、開示前から保有していた情報は除く。",
                      "第5条（個人情報）甲及び乙は、本件において個人情報を相互に提供しないものとする。",
                      "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
                  ]}],
    note="mail about an NDA with the NDA draft attached: no marking, no personal data",
)

# 025 stop — XLSX of a client's employees (name, DOB, e-mail) to the system vendor
_d25 = people(15, min_year=1965, max_year=2002)
_s25 = [["北国フーズ株式会社 法人プラン 登録者一覧（2025年6月）"], [],
        ["社員番号", "氏名", "フリガナ", "生年月日", "メールアドレス", "所属"]]
for i, p in enumerate(_d25):
    _s25.append([f"K-{20100 + i * 7}", p["name"], p["kana"], dob(p),
                 f"{p['romaji'].split()[1].lower()}.{p['romaji'].split()[0].lower()}@kitaguni-foods.co.jp",
                 rng.choice(["製造第一課", "製造第二課", "品質保証部", "営業部", "総務部", "物流センター"])])
_d25f = people(4)
_f25 = [["家族会員（被扶養者）"], ["社員番号", "氏名", "続柄", "生年月日"]] + \
       [[f"K-{20100 + i * 7}", p["name"], rng.choice(["配偶者", "子"]), dob(p)] for i, p in enumerate(_d25f)]
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="北国フーズ様 法人アカウント一括登録のお願い",
    body="""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業 法人サービス課の神谷です。
新規契約の北国フーズ様の法人アカウントについて、一括登録をお願いいたします。
登録対象者と家族会員の一覧を添付いたします（シート2枚）。

7/1 からのサービス開始を予定しておりますので、6/27 までに登録完了のご連絡をいただけますと幸いです。
""" + S(KAMIYA),
    attachments=[{"kind": "xlsx", "name": "北国フーズ_登録者一覧_202506.xlsx",
                  "sheets": {"登録対象": _s25, "家族会員": _f25}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of 19 people (employees and family) with birth dates and e-mails to a vendor",
)

# 026 stop — password-protected PDF (questionnaire) to a clinic
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["北川皮膚科 受付 <info@kitagawa-hifuka.com>"],
    subject="事前問診票の送付（6/13 午後診分）",
    body="""北川皮膚科
受付ご担当者様

お世話になっております。日の出産業の菅原です。
明日 6/13 午後のオンライン診療分について、アプリで事前入力された問診票をお送りします。
PDFにはパスワードを設定しております。パスワードは後ほどお電話でお伝えします。

よろしくお願いいたします。
""" + SS(SUGAWARA),
    attachments=[{"kind": "pdf", "name": "問診票_20250613PM.pdf", "password": "kh0613pm",
                  "lines": ["事前問診票（6/13 午後）", "1. 氏名：鬼塚 優子　年齢：34　主訴：手湿疹の悪化",
                            "2. 氏名：雲母 蓮　年齢：19　主訴：ニキビ"]}],
    detectors=["unscannable_attachment"],
    note="encrypted PDF to an external clinic: the content cannot be inspected",
)

# 027 pass — aggregated monthly usage report to a corporate client
add(
    expect="pass", charset="shift_jis",
    sender=frm(KAMIYA),
    to=["北国フーズ 総務部 坂巻様 <sakamaki@kitaguni-foods.co.jp>"],
    subject="【月次レポート】法人プラン ご利用状況（2025年5月）",
    body="""北国フーズ株式会社
総務部 坂巻様

いつもお世話になっております。日の出産業の神谷です。
5月のご利用状況をご報告いたします（個人が特定されない集計値のみです）。

■受診件数（診療科別）
　内科・総合診療　　　　 41件
　皮膚科　　　　　　　　 17件
　耳鼻咽喉科（花粉症含む）12件
　婦人科　　　　　　　　  6件
　その他　　　　　　　　  9件
　合計　　　　　　　　　 85件（前月比 +11件）

■年代別利用率
　20代 14%／30代 22%／40代 19%／50代 11%／60代以上 4%

■健康相談チャット：延べ 63件（平均応答時間 7分）

※5件未満の区分は個人特定防止のため「その他」にまとめております。
次回の定例会（6/26）で詳細をご説明いたします。
""" + S(KAMIYA),
    note="aggregated usage statistics only; no individual can be identified",
)

# 028 stop — forward of a patient's complaint (with her condition) to the vendor
add(
    expect="stop", charset="utf-8",
    sender=frm(MORISHITA),
    to=["ツバサシステム 笹川様 <sasagawa@tsubasa-system.jp>"],
    subject="FW: 薬が届かないのですが",
    body="""笹川様

お世話になっております。森下です。
下記の患者様からのお問い合わせ、配送ステータスが「調剤待ち」のまま更新されていません。
薬局側では調剤完了を押したとのことなので、連携ログをご確認いただけますか。

---------- Forwarded message ---------
From: 薬袋 早苗 <sanae.minai@icloud.com>
Date: 2025年6月11日(水) 21:47
Subject: 薬が届かないのですが
To: support@hinode-sangyo.co.jp

お世話になります。6/9にオンライン診療を受けた薬袋早苗です。
うつ病で桜ヶ丘こころのクリニックに通院しており、抗うつ薬が明後日で切れてしまいます。
アプリでは「調剤待ち」のままで、薬局にも電話がつながりません。
至急確認して、080-7392-4416 までご連絡ください。
""" + SS(MORISHITA),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forwarded patient mail (new to the vendor) with her name, phone and depression",
)

# 029 pass — English mail to a foreign video-SDK vendor, with the standard disclaimer
add(
    expect="pass", charset="utf-8",
    sender=frm(NONOMURA),
    to=["Priya Raman <priya.raman@vidlinkasia.com>"],
    subject="Video call latency in the Osaka region - follow-up",
    body="""Hi Priya,

Thank you for the call yesterday. As discussed, we are still seeing higher-than-usual
round-trip latency (p95 around 420 ms) for sessions routed through your Osaka edge
between 19:00 and 22:00 JST.

Could you share:
  1. the edge-node utilisation for 10-12 June, and
  2. whether the SDK 4.8.2 hotfix changes the fallback to the Tokyo region?

We would like to decide by 20 June whether to pin our clinics to Tokyo for the evening slots.
""" + sig_en("Takumi Nonomura", "System Planning Section", "nonomura.takumi@hinode-sangyo.co.jp",
             "7763") + DISCLAIMER_EN,
    note="ordinary vendor mail in English; the confidentiality disclaimer is not a marking",
)

# 030 stop — English debug log with five users' e-mails and phones
_d30 = people(5)
_log30 = "\n".join(
    f"2025-06-1{i}T2{i}:0{i}:{10 + i * 7}+09:00 WARN  rtc.session  user_id=U{rng.randint(100000, 999999)} "
    f"email={p['email']} tel=+81-{p['phone'][1:]} reason=ICE_TIMEOUT"
    for i, p in enumerate(_d30))
add(
    expect="stop", charset="utf-8",
    sender=frm(NONOMURA),
    to=["Priya Raman <priya.raman@vidlinkasia.com>"],
    subject="Re: Video call latency in the Osaka region - logs",
    body=f"""Hi Priya,

Here are the relevant lines from our gateway log for the sessions that dropped
(I pasted them as they are, sorry for the length):

{_log30}

All five were on Android 14 with SDK 4.8.1. Let me know if you need the full trace.
""" + sig_en("Takumi Nonomura", "System Planning Section", "nonomura.takumi@hinode-sangyo.co.jp",
             "7763"),
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="log lines carrying five users' e-mail addresses and phone numbers to a foreign vendor",
)

# 031 stop — one foreign patient's residence-card number and complaint to an interpreter agency
add(
    expect="stop", charset="utf-8",
    sender=frm(MORISHITA),
    to=["グローバルブリッジ通訳 コーディネーター <coordinator@globalbridge-tsuyaku.co.jp>"],
    subject="医療通訳（ベトナム語）の手配のお願い 6/16",
    body="""グローバルブリッジ通訳
コーディネーター ご担当者様

お世話になっております。日の出産業 患者サポートセンターの森下です。
オンライン診療の医療通訳（ベトナム語）を1件手配させてください。

　日時：6月16日（月）18:00〜18:30（ビデオ通話）
　受診者：グエン・ヴァン・ミン 様（男性・28歳）
　在留カード番号：UH48213957KA（本人確認済）
　受診科：消化器内科（2週間続く胃の痛みと黒い便があるとのこと）

通訳者の方には、当日17:45までに通訳用URLからご入室いただくようお伝えください。
""" + S(MORISHITA),
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's residence-card number and symptoms to an external agency",
)

# 032 pass — pharmacy pick-up points (businesses) as CSV to the carrier
_ph = [("はなまる薬局 本町店", "東京都中央区日本橋本町2-3-11", "03-3241-5580", "11:00/16:00"),
       ("はなまる薬局 神田店", "東京都千代田区神田須田町1-7-2", "03-3251-0917", "11:00/16:00"),
       ("東西調剤 浦和店", "埼玉県さいたま市浦和区仲町1-12-4", "048-829-3306", "12:00"),
       ("東西調剤 大宮西口店", "埼玉県さいたま市大宮区桜木町2-5-8", "048-641-7720", "12:00/17:00"),
       ("ひまわり薬局 日吉店", "神奈川県横浜市港北区日吉本町1-4-30", "045-563-1182", "13:00"),
       ("ひまわり薬局 武蔵小杉店", "神奈川県川崎市中原区小杉町3-264", "044-711-4093", "13:00"),
       ("みどり調剤薬局 船橋店", "千葉県船橋市本町5-1-3", "047-433-6618", "11:30"),
       ("みどり調剤薬局 柏店", "千葉県柏市柏1-2-35", "04-7163-2291", "11:30"),
       ("いずみ薬局 豊中店", "大阪府豊中市本町3-1-57", "06-6843-9014", "12:00"),
       ("いずみ薬局 天王寺店", "大阪府大阪市阿倍野区阿倍野筋1-5-1", "06-6631-2248", "12:00/16:30"),
       ("さかえ薬局 今池店", "愛知県名古屋市千種区今池5-2-10", "052-731-0642", "13:00"),
       ("にしじん調剤", "福岡県福岡市早良区西新4-8-21", "092-821-3375", "12:30")]
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["青葉運輸 医薬品物流課 <iyaku-haiso@aoba-unyu.co.jp>"],
    subject="集荷先薬局リスト更新（7月〜）",
    body="""青葉運輸株式会社 医薬品物流課 御中

お世話になっております。日の出産業の大河内です。
7月から集荷先に関西・東海・九州の薬局が加わります。最新の集荷先リストを添付しますので、
集荷ルートのご検討をお願いいたします。定時集荷の時刻は各店舗と調整済みです。
""" + S(OKOCHI),
    attachments=[{"kind": "csv", "name": "集荷先薬局リスト_202507.csv", "encoding": "utf-8",
                  "rows": [["薬局名", "所在地", "電話番号", "定時集荷"]] + [list(r) for r in _ph]}],
    note="a list of pharmacies (businesses) with store phones and addresses: no people",
)

# 033 stop — one insured person's card number and DOB to a health-insurance society
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(MORISHITA),
    to=["川崎電機健康保険組合 適用課 <tekiyo@kawasaki-denki-kenpo.or.jp>"],
    subject="資格確認エラーに関するご照会",
    body="""川崎電機健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業 オンライン診療事業室の森下です。
貴組合の被保険者の方について、オンライン資格確認で「資格なし」と返されるため、
資格の状況をご確認いただけますでしょうか。

　氏名：勅使河原 和也（テシガワラ カズヤ）
　生年月日：昭和５６年１０月２日
　保険者番号：06271145
　記号：３０２　番号：１８８４

ご本人は4月に関西事業所へ異動されたとのことです。
お手数をおかけしますが、よろしくお願いいたします。
""" + S(MORISHITA),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one person's health-insurance card symbol/number and birth date to an external society",
)

# 034 stop — PPTX sales deck with an identifiable patient case (diagnosis)
add(
    expect="stop", charset="utf-8",
    sender=frm(SAEKI),
    to=["丸の内商事 人事部 ウェルネス推進室 <hr-wellness@marunouchi-shoji.co.jp>"],
    subject="法人プランのご提案資料（導入事例つき）",
    body="""丸の内商事株式会社
人事部 ウェルネス推進室 御中

お世話になっております。日の出産業の佐伯です。
先日の打ち合わせでご要望のあった導入事例を加えた提案資料をお送りします。
社内でのご検討にご活用ください。
""" + S(SAEKI),
    attachments=[{"kind": "pptx", "name": "ひのでオンライン診療_法人プランご提案.pptx",
                  "title": "法人プランご提案", "slides": [
                      ["法人プランのご提案", "丸の内商事株式会社 御中", "日の出産業株式会社 2025年6月"],
                      ["導入効果", "通院による欠勤 ▲32%", "健診後の受診率 41%→68%"],
                      ["導入事例：川崎電機株式会社", "利用者：製造部 鬼塚 昌平 様（52歳）",
                       "2型糖尿病と高血圧で通院を中断していたが、夜間のオンライン診療で受診を再開",
                       "HbA1c 9.1% → 7.0%（6か月）"],
                      ["料金", "スタンダード 1名あたり月額 3,000円"],
                  ]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's diabetes and hypertension in a sales deck sent to another company",
)

# 035 pass — internal: password ZIP to the internal audit address
add(
    expect="pass", charset="utf-8",
    sender=frm(YANAGIDA),
    to=["内部監査室 <audit@hinode-sangyo.co.jp>"],
    subject="個人情報取扱状況 点検資料（オンライン診療事業室）",
    body="""内部監査室 各位

医療安全・コンプライアンス担当の柳田です。
上期の個人情報取扱状況の点検資料を送付します。
ZIPのパスワードは社内チャットでお送りしました。
""" + SS(YANAGIDA),
    attachments=[{"kind": "zip", "name": "点検資料_2025上期.zip", "password": "audit-2025H1",
                  "files": [{"kind": "txt", "name": "点検結果.txt",
                             "text": "アクセス権棚卸：完了\n持出記録：3件\n"}]}],
    note="an encrypted ZIP, but the only recipient is internal",
)

# 036 stop — 【社外秘】 in the subject and on the first line, to the vendor
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SAEKI),
    to=["ツバサシステム 営業部 有馬様 <arima@tsubasa-system.jp>"],
    subject="【社外秘】オンライン診療事業 中期計画（開発ロードマップ抜粋）",
    body="""社外秘

ツバサシステム株式会社
営業部 有馬様

お世話になっております。日の出産業の佐伯です。
来期の開発体制のご相談にあたり、当社中期計画の開発ロードマップ部分を抜粋してお送りします。

2025下期：処方データの薬局自動連携、法人管理画面の刷新
2026上期：電子処方箋対応、多言語（英・中・越）対応
2026下期：オンライン服薬指導との統合、健保向けレポートAPI

開発費の想定は 2026年度 約1.8億円 です。体制案のご提示をお願いいたします。
""" + S(SAEKI),
    detectors=["confidential_marking"],
    note="the mail itself is classified 社外秘 (subject and first line) and goes to a vendor",
)

# 037 pass — the word 社外秘 only mentioned, not a marking
add(
    expect="pass", charset="utf-8",
    sender=frm(KAMIYA),
    to=["丸の内商事 情報システム部 <security-check@marunouchi-shoji.co.jp>"],
    subject="Re: 委託先セキュリティチェックシートのご回答",
    body="""丸の内商事株式会社
情報システム部 ご担当者様

お世話になっております。日の出産業の神谷です。
セキュリティチェックシートの回答をお送りします。

なお、設問18でご依頼のあった当社の内部監査報告書は社外秘の扱いとなっているため、
原本の共有はいたしかねます。代わりに、ISMS認証の登録証の写しと、
第三者評価の概要（公開版）を添付いたしますのでご了承ください。

ご不明点があればお知らせください。
""" + S(KAMIYA) + DISCLAIMER_JA,
    attachments=[{"kind": "pdf", "name": "第三者評価概要_公開版.pdf",
                  "lines": ["オンライン診療プラットフォーム 第三者評価 概要（公開版）",
                            "評価機関：株式会社セキュアレビュー", "評価日：2025年3月",
                            "総合評価：A（重大な指摘事項なし）"]}],
    note="社外秘 is only mentioned (a document that will not be shared); nothing sent is marked",
)

# 038 stop — five doctor candidates, one block each, to a partner clinic
_d38 = people(5, min_year=1965, max_year=1990)
_b38 = "\n\n".join(
    f"■候補者{i + 1}\n氏名　：{p['name']}（{p['kana']}）\n年齢　：{2025 - p['y']}歳\n"
    f"携帯　：{p['phone']}\nメール：{p['email']}\n現住所：{p['addr']}\n"
    f"専門　：{rng.choice(['総合内科', '小児科', '皮膚科', '精神科', '循環器内科'])}"
    for i, p in enumerate(_d38))
add(
    expect="stop", charset="utf-8",
    sender=frm(SUGAWARA),
    to=["青山ファミリークリニック 事務長 <jimucho@aoyama-fc.jp>"],
    subject="夜間オンライン診療 担当医候補のご紹介（5名）",
    body=f"""青山ファミリークリニック
事務長 ご担当者様

お世話になっております。日の出産業の菅原です。
夜間帯（19時〜23時）の担当医として、紹介会社経由で応募のあった先生方をご紹介します。
面談を希望される方をお知らせください。

{_b38}

候補者の皆様には、貴院へ情報を共有することの同意をいただいております。
""" + S(SUGAWARA),
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five people's records (name, mobile, e-mail, home address) in blocks to a clinic",
)

# 039 pass — one doctor candidate discussed with the recruiting agency
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["メディキャリア株式会社 コンサルタント 越智様 <ochi@medi-career.co.jp>"],
    subject="Re: 候補者ご推薦の件（小児科）",
    body="""メディキャリア株式会社
越智様

お世話になっております。日の出産業の菅原です。
ご推薦いただいた九十九 浩二 先生（45歳・小児科）について、ぜひ面談をお願いしたく存じます。
当方の候補日は 6/23（月）18:30〜 または 6/25（水）19:00〜 です。

当日はオンラインで実施しますので、先生の携帯（080-3391-6624）へは
開始時刻に当方から接続テストのお電話を差し上げてもよろしいでしょうか。
""" + S(SUGAWARA),
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one candidate's name and mobile to the agency that proposed him: one person, may warn",
)

# 040 stop — corrupt XLSX to the payment processor
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(HIGASHI),
    to=["ペイブリッジ株式会社 精算チーム <settlement@paybridge.co.jp>"],
    subject="5月分 精算明細の照合結果",
    body="""ペイブリッジ株式会社
精算チーム ご担当者様

お世話になっております。日の出産業 管理課の東です。
5月分の精算明細について、当社側の照合結果を添付します。
差異が3件ありましたので、シート「差異」をご確認ください。
""" + S(HIGASHI),
    attachments=[{"kind": "corrupt", "name": "精算照合_202505.xlsx"}],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# 041 stop — five doctors' personal bank accounts (fee transfer) to the bank
_d41 = people(5, min_year=1960, max_year=1988)
_banks = [("みどり銀行", "新宿支店"), ("みどり銀行", "横浜駅前支店"), ("東都信用金庫", "本店"),
          ("ゆうちょ銀行", "〇一八店"), ("みどり銀行", "柏支店")]
_r41 = "\n".join(
    f"{p['kana']:<14}{b:<10}{br:<10}普通  {rng.randint(1000000, 9999999)}  {rng.randint(18, 96) * 10000:>10,}"
    for p, (b, br) in zip(_d41, _banks))
add(
    expect="stop", charset="shift_jis",
    sender=frm(HIGASHI),
    to=["みどり銀行 法人営業部 外為・振込センター <furikomi-center@midori-ginko.co.jp>"],
    subject="総合振込（6月25日付）明細の件",
    body=f"""みどり銀行 法人営業部
振込センター ご担当者様

いつもお世話になっております。日の出産業 管理課の東でございます。
6月25日付の総合振込のうち、インターネットバンキングでエラーとなった5件について、
振込先明細を下記のとおりお送りいたします。窓口での処理をお願いできますでしょうか。

受取人名（カナ）  銀行名    支店名    科目  口座番号         金額
--------------------------------------------------------------------------
{_r41}

依頼人：日の出産業株式会社（お客様番号 00318842）
""" + S(HIGASHI) + DISCLAIMER_JA,
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five doctors' personal bank accounts in a padded table to the (partner) bank",
)

# 042 pass — hotel booking for three staff members
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SAEKI),
    to=["さくらホテル 大阪 宿泊予約係 <osaka-reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（7/10〜7/11 3名）",
    body="""さくらホテル大阪
宿泊予約係 御中

お世話になっております。日の出産業株式会社の佐伯と申します。
法人契約（契約番号 SH-C-2210）にて、下記のとおり宿泊の予約をお願いいたします。

　宿泊日：7月10日（木）チェックイン〜7月11日（金）チェックアウト
　部屋　：シングル（禁煙）×3室

　1. 佐伯 遼　　　携帯 090-4127-3395
　2. 菅原 慎一　　携帯 080-2291-6610
　3. 大河内 健　　携帯 070-5583-2047

到着は3名とも21時頃の予定です。
請求は会社宛ての後払いでお願いいたします。
""" + S(SAEKI),
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff members' names and mobiles for a hotel booking: under five, may warn",
)

# 043 stop — criminal matter about one patient, to the law firm
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(YANAGIDA),
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["白川法律事務所 事務局 <office@shirakawa-law.jp>"],
    subject="ご相談：向精神薬の不正入手事案について",
    body="""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 コンプライアンス担当の柳田です。
標記の件、ご相談させてください。

当社プラットフォームの会員 小鳥遊 拓也（タカナシ タクヤ、1991年2月17日生）が、
複数の提携クリニックで睡眠薬を重複処方させていた件で、6月5日に神奈川県警に逮捕されたと
警察から連絡がありました。捜査関係事項照会書も届いております。

・照会への回答範囲（受診履歴・処方履歴・ログイン履歴）
・会員規約に基づく退会措置のタイミング
・提携クリニックへの説明方法

について、ご意見をいただけますでしょうか。照会書の写しは別途お持ちします。
""" + S(YANAGIDA),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named member's arrest and prescriptions (criminal record and medical) to a law firm",
)

# 044 pass — ordinary legal consultation on the terms of use
add(
    expect="pass", charset="utf-8",
    sender=frm(YANAGIDA),
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="利用規約改定案（第12条・第15条）のレビューのお願い",
    body="""白川 先生

お世話になっております。日の出産業の柳田です。
ひので オンライン診療の利用規約の改定案について、レビューをお願いいたします。

主な改定点は次の3点です。
　1. 第12条：無断キャンセルが続く会員への利用制限（2回で警告、3回で30日停止）
　2. 第15条：薬局への処方情報の提供に関する同意の取得方法（アプリ内の個別同意へ変更）
　3. 附則：施行日を2025年10月1日とする

あわせて、提携クリニックとの秘密保持契約のひな形も、電子処方箋の開始に合わせて
見直しが必要かどうかご意見をいただけますと幸いです。
""" + S(YANAGIDA) + DISCLAIMER_JA,
    attachments=[{"kind": "docx", "name": "利用規約_改定案_新旧対照表.docx",
                  "paragraphs": ["利用規約 新旧対照表（案）"],
                  "tables": [[["条", "現行", "改定案"],
                              ["第12条", "当社は会員に通知の上、利用を停止できる。",
                               "無断キャンセルが3回に達した会員は30日間予約ができない。"],
                              ["第15条", "会員は処方情報の薬局への提供に同意する。",
                               "処方情報の薬局への提供は、処方ごとにアプリで同意を得る。"]]]}],
    note="terms-of-use review with the law firm; NDA mention and disclaimer only",
)

# 045 stop — legacy XLS of high-stress employees (stress check) to an external occupational doctor
_d45 = people(7, min_year=1965, max_year=2000)
_x45 = [["ストレスチェック 高ストレス者一覧（面接指導対象）"], [],
        ["社員番号", "氏名", "所属", "判定", "面接指導希望", "備考"]]
for i, p in enumerate(_d45):
    _x45.append([f"M-{31000 + rng.randint(1, 899)}", p["name"],
                 rng.choice(["営業一課", "営業二課", "経理部", "物流部", "開発部"]),
                 "高ストレス", rng.choice(["あり", "なし", "あり"]),
                 rng.choice(["", "不眠の訴えあり", "メンタル不調で休職歴あり", "", "長時間労働（月80h超）"])])
add(
    expect="stop", charset="shift_jis",
    sender=frm(KAMIYA),
    to=["産業医パートナーズ 面接指導受付 <mensetsu@sangyoi-partners.jp>"],
    subject="ミナミ電工様 ストレスチェック面接指導の対象者",
    body="""産業医パートナーズ
面接指導受付 ご担当者様

お世話になっております。日の出産業 法人サービス課の神谷です。
ミナミ電工様のストレスチェック（5月実施）で高ストレスと判定された方の一覧です。
面接指導の日程調整をお願いいたします。
""" + S(KAMIYA),
    attachments=[{"kind": "xls", "name": "高ストレス者一覧_ミナミ電工.xls",
                  "sheets": {"対象者": _x45}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS listing seven named employees as high-stress with mental-health notes",
)

# 046 pass — price list of the corporate plans to a prospect
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SAEKI),
    to=["ミナミ電工株式会社 総務部 <soumu@minami-denko.co.jp>"],
    subject="法人向けオンライン診療プラン 料金表のご送付",
    body="""ミナミ電工株式会社
総務部 ご担当者様

お世話になっております。日の出産業の佐伯でございます。
お問い合わせいただいた法人プランの料金表をお送りいたします。

プラン名        月額（1名あたり）  診察料          健康相談チャット  薬の配送料
-----------------------------------------------------------------------------------
ライト          1,800円            自己負担         ○                 実費
スタンダード    3,000円            月2回まで無料     ○                 無料
プレミアム      4,500円            回数無制限        ○（24時間）       無料

※初期費用 50,000円（100名以上のご契約で無料）
※最低契約期間 12か月　※価格はすべて税別です

御見積書が必要でしたら、ご契約予定人数をお知らせください。
""" + S(SAEKI),
    note="a price list: no people, no marking",
)

# 047 stop — look-alike of 北国フーズ (letter dropped)
add(
    expect="stop", charset="utf-8",
    sender=frm(KAMIYA),
    to=["北国フーズ 総務部 坂巻様 <sakamaki@kitaguni-food.co.jp>"],
    subject="法人プラン 契約書（増枠分）のご確認",
    body="""北国フーズ株式会社
総務部 坂巻様

お世話になっております。日の出産業の神谷です。
ご依頼いただいた増枠（120名→180名）に伴う変更契約書の案をお送りします。
内容に問題がなければ、電子契約のご案内をお送りいたします。

・変更後の対象人数：180名
・適用開始日：2025年8月1日
・月額：540,000円（税別）
""" + S(KAMIYA),
    attachments=[{"kind": "pdf", "name": "変更契約書_案_北国フーズ.pdf",
                  "lines": ["法人向けオンライン診療サービス 変更契約書（案）", "対象人数 180名",
                            "適用開始日 2025年8月1日"]}],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops a letter of partner kitaguni-foods.co.jp",
)

# 048 stop — full-width digits, 和暦 birth dates, no name column, to an analytics vendor
_d48 = people(6)
_r48 = "\n".join(
    f"{zen(str(rng.randint(300000, 399999)))}　{dob(p, 'zen_wareki')}　{p['sex']}　"
    f"〒{zen(p['zip'])}　{zen(p['phone'])}"
    for p in _d48)
add(
    expect="stop", charset="utf-8",
    sender=frm(SAEKI),
    to=["データラボ株式会社 分析チーム <analytics@datalabo.co.jp>"],
    subject="Re: 解約予測モデル用のサンプルデータ",
    body=f"""データラボ株式会社
分析チーム ご担当者様

お世話になっております。佐伯です。
モデルの入力形式の確認用に、解約会員のサンプルを数件貼り付けます。
（会員番号・生年月日・性別・郵便番号・電話番号の順です）

{_r48}

本番データはSFTPでお渡しする予定です。項目の過不足があればお知らせください。
""" + SS(SAEKI),
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six members' birth dates (和暦, full-width) and phones without names to an outside vendor",
)

# 049 pass — delivery slip numbers (12 digits) and order numbers only
_r49 = "\n".join(f"  ORD-2506-{rng.randint(10000, 99999)}   {parcel_number()}   "
                 f"{rng.choice(['持戻り', '配達中', '調査中', '持戻り', '店舗保管'])}"
                 for _ in range(10))
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["青葉運輸 お客様センター 法人窓口 <houjin-cs@aoba-unyu.co.jp>"],
    subject="配達状況の確認依頼（10件）",
    body=f"""青葉運輸株式会社
お客様センター 法人窓口 御中

お世話になっております。日の出産業の大河内です。
下記10件について、追跡画面のステータスが2日以上更新されていません。
状況をご確認いただけますでしょうか。

  注文番号          伝票番号        追跡画面の表示
{_r49}

お客様番号：AU-0031127（日の出産業 医薬品配送）
""" + SS(OKOCHI),
    note="order and 12-digit tracking numbers only; no names or addresses",
)

# 050 stop — DOCX shift table with six doctors' home addresses and mobiles
_d50 = people(6, min_year=1962, max_year=1990)
_t50 = [["医師名", "曜日", "時間帯", "携帯電話", "自宅住所（緊急時）"]]
for p in _d50:
    _t50.append([p["name"], rng.choice(["月・木", "火・金", "水", "土", "日・祝", "月〜金"]),
                 rng.choice(["19:00-21:00", "21:00-23:00", "9:00-12:00"]), p["phone"], p["addr"]])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["さくらがおか内科 院長 <incho@sakuragaoka-naika.jp>"],
    subject="夜間・休日 担当医シフト表（7月）",
    body="""さくらがおか内科
院長 先生

お世話になっております。日の出産業の菅原です。
7月から貴院と共同で運用する夜間・休日枠の担当医シフト表をお送りします。
システム障害時の緊急連絡用に、各医師の連絡先も記載しております。
""" + S(SUGAWARA),
    attachments=[{"kind": "docx", "name": "担当医シフト表_202507.docx",
                  "paragraphs": ["夜間・休日 担当医シフト表（2025年7月）"], "tables": [_t50]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of six doctors with mobiles and home addresses to an external clinic",
)

# 051 pass — reply; patient details only under -----Original Message-----
add(
    expect="pass", charset="shift_jis",
    sender=frm(OKOCHI),
    to=["ひまわり薬局 日吉店 <hiyoshi@himawari-ph.co.jp>"],
    subject="RE: 疑義照会の件（受付番号 P-0610-088）",
    body="""ひまわり薬局 日吉店
薬剤師 堀内様

お世話になっております。大河内です。
処方医に確認し、ご指摘どおり1日2回に修正する旨、クリニックから訂正の連絡が入りました。
修正後の処方内容は薬局ポータルに反映済みです。ご確認をお願いいたします。

大河内

-----Original Message-----
From: 堀内 <hiyoshi@himawari-ph.co.jp>
Sent: Tuesday, June 10, 2025 4:12 PM
To: okochi.ken@hinode-sangyo.co.jp
Subject: 疑義照会の件（受付番号 P-0610-088）

日の出産業 大河内様

受付番号 P-0610-088、患者 五十嵐 直樹 様（1949/08/03生）の処方について、
アムロジピン5mg 1日3回となっておりますが、通常は1日1回です。
慢性腎臓病もあるとのことですので、処方医にご確認いただけますか。
""" + SS(OKOCHI),
    note="the patient's data is only in the quoted original from the pharmacy itself",
)

# 052 stop — unencrypted ZIP with a CSV of 20 app users, to an advertising agency
_d52 = people(20)
_c52 = [["user_id", "name", "email", "tel", "registered_at", "plan"]] + [
    [f"U{rng.randint(100000, 999999)}", p["name"], p["email"], p["phone"],
     f"2025-0{rng.randint(1, 5)}-{rng.randint(1, 28):02d}", rng.choice(["個人", "法人", "個人"])]
    for p in _d52]
add(
    expect="stop", charset="utf-8",
    sender=frm(SAEKI),
    to=["広告ラボ株式会社 アカウントプランナー 堤様 <tsutsumi@koukoku-lab.jp>"],
    subject="リターゲティング配信用リストの件",
    body="""広告ラボ株式会社
堤様

お世話になっております。日の出産業の佐伯です。
先日ご相談したリターゲティング配信（休眠会員向け）用のリストをお送りします。
まずは試験配信用に20件です。ハッシュ化はそちらでお願いできますでしょうか。
""" + SS(SAEKI),
    attachments=[{"kind": "zip", "name": "休眠会員_試験配信用.zip",
                  "files": [{"kind": "csv", "name": "dormant_users_test.csv", "encoding": "utf-8",
                             "rows": _c52}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 20 members' names, e-mails and phones",
)

# 053 pass — release notes to the vendor
add(
    expect="pass", charset="utf-8",
    sender=frm(NONOMURA),
    to=["ツバサシステム 開発二部 <dev2@tsubasa-system.jp>"],
    subject="v3.14.0 受入テスト結果とリリース判定",
    body="""ツバサシステム 開発二部の皆様

日の出産業の野々村です。v3.14.0 の受入テスト結果を共有します。

  テストケース：412件（OK 405／NG 4／保留 3）
  NG：HSO-2231（予約一覧の並び順）、HSO-2237（英語表示の崩れ）、
      HSO-2240（薬局ポータルのCSV出力で文字化け）、HSO-2244（通知の二重送信）
  保留：HSO-2219、HSO-2250、HSO-2251（仕様確認中）

HSO-2240 と HSO-2244 の修正を条件に、6/25（水）22:00 のリリースを承認します。
修正版（v3.14.1）のビルドは 6/23 までにお願いします。
""" + SS(NONOMURA),
    note="release notes with ticket numbers and versions only",
)

# 054 stop — English: a foreign patient's passport number and condition to a coordinator
add(
    expect="stop", charset="utf-8",
    sender=frm(MORISHITA),
    to=["MedTour Japan Coordination Desk <desk@medtour-japan.com>"],
    subject="Follow-up consultation for Mr. Chen - documents",
    body="""Dear Coordination Desk,

Thank you for referring the patient below to our online follow-up service.
Before the first consultation we need to register him with the clinic; please confirm
the details:

  Patient: CHEN Wei-Lun
  Date of birth: 14 March 1972
  Passport No.: TW3318207
  Condition: post-operative follow-up after coronary stent placement (Osaka, May 2025);
             on dual antiplatelet therapy

The consultation is booked for 24 June, 09:00 JST, with Dr. Samejima (cardiology).
""" + sig_en("Mayu Morishita", "Patient Support Center", "morishita.mayu@hinode-sangyo.co.jp", "7735") + DISCLAIMER_EN,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's passport number, birth date and heart condition to an external agency",
)

# 055 pass — interview scheduling with one doctor candidate on free mail
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["羽生 先生 <hanyu.mizuho.md@outlook.jp>"],
    subject="オンライン面談の日程のご連絡（日の出産業）",
    body="""羽生 瑞穂 先生

日の出産業 クリニック連携課の菅原でございます。
このたびは当社オンライン診療の担当医募集にご関心をお寄せいただき、ありがとうございます。

面談は 6月26日（木）19:30〜20:00、Google Meet にて実施いたします。
URLは前日までにお送りいたします。
ご不明点がございましたら、本メールにご返信ください。
""" + S(SUGAWARA),
    detectors=["freemail_recipient"],
    note="one free-mail recipient (a candidate) about her own interview; no other data",
)

# 056 stop — three family members on private addresses in To/Cc
add(
    expect="stop", charset="utf-8",
    sender=frm(MORISHITA),
    to=["ryota.makabe@gmail.com", "makabe-yoko@yahoo.co.jp"],
    cc=["kanae.m.0712@icloud.com"],
    subject="家族アカウント連携の設定方法について",
    body="""真壁様

ひので オンライン診療 サポートセンターの森下でございます。
お電話でご依頼いただいた家族アカウント連携について、設定手順をお送りします。

1. 代表者のアプリで「マイページ」→「家族を追加」を開きます。
2. 表示された招待コードを、各ご家族のアプリで入力してください。
3. 連携後は、代表者の画面からご家族の予約状況を確認できます。

招待コードの有効期限は24時間です。ご不明点はサポートデスクまでお問い合わせください。
""" + SS(MORISHITA),
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons (each a party) see each other's addresses in To/Cc",
)

# 057 pass — a client's branch offices (businesses) for poster shipping
_br = [("本社", "東京都大田区大森北1-18-2", "03-3761-1100"),
       ("川崎工場", "神奈川県川崎市川崎区扇町5-4", "044-333-2801"),
       ("厚木工場", "神奈川県厚木市森の里青山7-1", "046-247-0910"),
       ("名古屋支店", "愛知県名古屋市中村区名駅3-22-8", "052-551-4471"),
       ("大阪支店", "大阪府大阪市北区梅田2-4-9", "06-6345-2280"),
       ("広島営業所", "広島県広島市中区八丁堀14-3", "082-222-5906"),
       ("福岡営業所", "福岡県福岡市博多区博多駅前3-9-1", "092-471-8830"),
       ("仙台営業所", "宮城県仙台市青葉区本町2-10-28", "022-265-1142"),
       ("札幌営業所", "北海道札幌市中央区北二条西3-1", "011-231-0754")]
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["錦印刷 営業部 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="川崎電機様向け 告知ポスター 発送先一覧",
    body="""錦印刷株式会社
片桐様

お世話になっております。日の出産業の神谷です。
川崎電機様の社内告知用ポスター（B2・各5枚）の発送先をお送りします。
宛名は各拠点の「総務ご担当者様」でお願いいたします。

""" + "\n".join(f"・{n}　{a}　TEL {t}" for n, a, t in _br) + """

納品希望日：7月4日（金）必着
""" + S(KAMIYA),
    note="a client's branch offices with office addresses and switchboards: businesses only",
)

# 058 stop — 取扱注意 stamped in the PDF page header, to a pharmacy chain
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["東西調剤株式会社 本部 薬局事業部 <honbu@tozai-chozai.co.jp>"],
    subject="2025年度下期 連携手数料体系のご案内",
    body="""東西調剤株式会社
本部 薬局事業部 ご担当者様

お世話になっております。日の出産業の大河内です。
下期から適用する連携手数料の体系をまとめた資料をお送りします。
次回の定例会でご説明いたしますので、事前にご一読いただけますと幸いです。
""" + S(OKOCHI),
    attachments=[{"kind": "pdf", "name": "連携手数料体系_2025下期.pdf", "title": "連携手数料体系",
                  "page_header": "取扱注意", "page_footer": "日の出産業株式会社 オンライン診療事業室",
                  "lines": ["提携薬局 連携手数料体系（2025年10月〜）",
                            "処方連携手数料：1件あたり 120円（月300件以上 100円）",
                            "配送手配手数料：1件あたり 80円", "他チェーンとの個別条件は開示しないこと"]}],
    detectors=["confidential_marking"],
    note="the PDF carries a 取扱注意 stamp in its page header",
)

# 059 stop — health-check results CSV, employee numbers but no names, to the client company
_r59 = [["社員番号", "年齢", "性別", "収縮期血圧", "拡張期血圧", "HbA1c", "LDL", "判定"]]
for _ in range(10):
    _r59.append([f"K-{rng.randint(20000, 29999)}", rng.randint(28, 62), rng.choice(["男", "女"]),
                 rng.randint(118, 172), rng.randint(72, 104), f"{rng.uniform(5.2, 8.9):.1f}",
                 rng.randint(98, 201), rng.choice(["要精密検査", "要治療", "要経過観察", "要精密検査"])])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["北国フーズ 総務部 健康管理担当 <kenko@kitaguni-foods.co.jp>"],
    subject="健診有所見者の受診勧奨リスト（5月健診分）",
    body="""北国フーズ株式会社
総務部 健康管理ご担当者様

お世話になっております。日の出産業の神谷です。
5月健診で要精密検査・要治療となった方のうち、まだオンライン受診をされていない
10名のリストをお送りします。職場からの受診勧奨にご活用ください。
""" + SS(KAMIYA),
    attachments=[{"kind": "csv", "name": "受診勧奨リスト_202505.csv", "rows": _r59}],
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check results of ten employees keyed by employee number (no names) to the employer",
)

# 060 pass — the same kind of CSV, but only to an internal subdomain
_r60 = [["社員番号", "氏名", "収縮期血圧", "HbA1c", "判定"]]
for p in people(8, min_year=1965, max_year=1997):
    _r60.append([f"M-{rng.randint(31000, 31999)}", p["name"], rng.randint(120, 168),
                 f"{rng.uniform(5.4, 8.6):.1f}", rng.choice(["要精密検査", "要治療"])])
add(
    expect="pass", charset="utf-8",
    sender=frm(KAMIYA),
    to=["産業保健チーム <sangyo-hoken@telemed.hinode-sangyo.co.jp>"],
    cc=[frm(YANAGIDA)],
    subject="ミナミ電工様 有所見者リスト（オンライン受診勧奨の準備）",
    body="""産業保健チームの皆さん

神谷です。ミナミ電工様から受領した有所見者リストを共有します。
受診勧奨メッセージの送信は来週月曜の予定です。文面の確認をお願いします。
""" + SS(KAMIYA),
    attachments=[{"kind": "csv", "name": "有所見者_ミナミ電工.csv", "rows": _r60}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="health data of eight named employees, but only to internal (sub)domain addresses",
)

# 061 stop — religion (refuses blood transfusion) of one patient, to a referral hospital
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["東和総合病院 地域医療連携室 <renkei@towa-hospital.or.jp>"],
    subject="紹介予定患者様についての事前のご相談",
    body="""東和総合病院
地域医療連携室 御中

お世話になっております。日の出産業 クリニック連携課の菅原です。
提携医（みなと内科クリニック）からの依頼で、事前にご相談させてください。

来週、貴院消化器外科へ紹介予定の 春日井 幸子 様（72歳、電話 048-862-3319）は、
信仰上の理由（エホバの証人）で輸血を拒否されており、無輸血での手術が可能かどうかを
事前に確認したいとのご意向です。ご本人は胆石症で、腹腔鏡手術の適応と言われています。

対応可能な場合、紹介状は提携医から直接FAXでお送りします。
""" + S(SUGAWARA),
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's religion and illness with name and phone to an external hospital",
)

# 062 pass — anonymous survey results to the app vendor
add(
    expect="pass", charset="utf-8",
    sender=frm(SAEKI),
    to=["ツバサシステム UXチーム <ux@tsubasa-system.jp>"],
    subject="アプリ満足度アンケート結果（5月）",
    body="""ツバサシステム UXチームの皆様

日の出産業の佐伯です。5月実施のアプリ満足度アンケート（無記名、回答 1,184件）の
結果を共有します。次期改修の優先度付けにご活用ください。

■総合満足度：4.1／5（前回 3.9）
■不満点の上位
　1. 診察開始までの待ち時間が分からない（312件）
　2. 保険証の登録がわかりにくい（188件）
　3. 薬の配送状況が追えない（141件）

■自由記述（抜粋・原文ママ）
　「夜でも診てもらえるのが助かる」
　「ビデオが固まったときの再接続ボタンがほしい」
　「薬局を選ぶ画面で近い順に並べてほしい」

個人を特定できる回答は含めていません。
""" + SS(SAEKI),
    note="anonymous survey aggregates and comments: no individual",
)

# 063 stop — English: a client's employee roster as bullets (names, e-mails, DOB)
_d63 = people(6, min_year=1970, max_year=2000)
_b63 = "\n".join(f"  - {p['romaji']}, {p['email'].split('@')[0]}@northstar-tech.com, "
                 f"DOB {p['y']}-{p['m']:02d}-{p['d']:02d}" for p in _d63)
add(
    expect="stop", charset="utf-8",
    sender=frm(KAMIYA),
    to=["Video Conferencing Support <support@meetbridge.io>"],
    subject="Bulk invitation for Northstar Tech Japan employees",
    body=f"""Hello,

We are onboarding a corporate client, Northstar Tech Japan, to our telemedicine service,
and would like your team to pre-create guest profiles on the video platform for the first
wave of employees so they can join their first health consultation without signing up:

{_b63}

Please use the Japan data region. Let us know once the invitations are sent.
""" + sig_en("Ayaka Kamiya", "Corporate Services Section", "kamiya.ayaka@hinode-sangyo.co.jp", "7750"),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="bulleted roster of six employees with e-mails and birth dates to a foreign vendor",
)

# 064 pass — client HR and its health-insurance society: two external organisations
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["さくらホテル 人事部 宮内様 <miyauchi@sakura-hotel.jp>"],
    cc=["さくらホテル健康保険組合 保健事業課 <hoken@sakura-kenpo.or.jp>"],
    subject="下期の保健事業連携についての打ち合わせ",
    body="""株式会社さくらホテル 人事部 宮内様
さくらホテル健康保険組合 保健事業課 ご担当者様

いつもお世話になっております。日の出産業の神谷です。
下期の特定保健指導とオンライン診療の連携について、三者でお打ち合わせの機会を
いただけますでしょうか。

候補日：7/8（火）10:00〜／7/9（水）14:00〜／7/11（金）16:00〜
場所　：オンライン（Teams）

議題案：
　1. 特定保健指導の対象者へのオンライン受診案内の流れ
　2. 集計レポートの項目（個人が特定されない粒度）
　3. 費用負担の整理
""" + S(KAMIYA),
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a normal meeting",
)

# 065 stop — one employee's basic pension number and illness to a labour-law office
add(
    expect="stop", charset="shift_jis",
    sender=frm(HIGASHI),
    to=["社会保険労務士法人なかの事務所 <info@sr-nakano.jp>"],
    subject="傷病手当金の申請書類について（看護師 1名）",
    body="""社会保険労務士法人なかの事務所
中野先生

お世話になっております。日の出産業 管理課の東です。
当室のオンライン診療サポート看護師1名が休職となり、傷病手当金の申請をお願いしたく、
必要事項をお送りします。

　氏名：百瀬 早苗（モモセ サナエ）
　基礎年金番号：4127-608315
　休職期間：2025年6月2日〜（当面3か月の見込み）
　傷病名：腰椎椎間板ヘルニア（主治医意見書あり）

事業主記入欄は来週中に押印してお送りします。
""" + S(HIGASHI),
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an employee's basic pension number and diagnosis to an external office",
)

# 066 pass — privacy-policy text that names the categories, no person
add(
    expect="pass", charset="utf-8",
    sender=frm(YANAGIDA),
    to=["白川法律事務所 事務局 <office@shirakawa-law.jp>"],
    subject="プライバシーポリシー改定案（要配慮個人情報の取扱い）",
    body="""白川法律事務所 事務局 御中

いつもお世話になっております。日の出産業の柳田です。
白川先生にご確認いただきたいプライバシーポリシー改定案をお送りします。

（改定案 抜粋）
第5条（要配慮個人情報の取得）
当社は、病歴、診療及び調剤に関する情報、健康診断の結果その他の要配慮個人情報を、
あらかじめご本人の同意を得て取得します。
第8条（第三者提供）
当社は、処方箋情報を、ご本人が選択した薬局に対し、ご本人の同意に基づき提供します。

ご確認は 7/4 までにいただけますと助かります。
""" + SS(YANAGIDA),
    note="policy wording that names sensitive categories in general; no person's data",
)

# 067 stop — one patient's driving licence and address to an ID-verification vendor
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(MORISHITA),
    to=["KYCチェック株式会社 審査センター <review@kyc-check.jp>"],
    subject="本人確認の再審査依頼（申請ID KV-77120893）",
    body="""KYCチェック株式会社
審査センター ご担当者様

お世話になっております。日の出産業 患者サポートセンターの森下です。
下記の申請が自動審査で否認となりましたが、ご本人から問い合わせがあり、
券面画像が不鮮明だったとのことで、記載内容を手入力でお送りします。再審査をお願いします。

　氏名　　　　：栗栖 由美子
　生年月日　　：昭和４８年５月２９日
　住所　　　　：兵庫県神戸市灘区六甲町3-7-22
　運転免許証番号：６３０８２１４５７７９０
　有効期限　　：令和９年６月２９日
""" + S(MORISHITA),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one person's driving-licence number, birth date and address to an external vendor",
)

# 068 pass — drug master codes (no people)
_drugs = [("アムロジピン錠5mg「トーワ」", "2171022F1260", "10.10"),
          ("ロキソプロフェンNa錠60mg「サワイ」", "1149019F1536", "9.80"),
          ("レバミピド錠100mg「NP」", "2329021F1153", "10.10"),
          ("フェキソフェナジン塩酸塩錠60mg「ケミファ」", "4490023F1217", "14.30"),
          ("ビラスチンOD錠20mg", "4490031F2022", "46.90"),
          ("メトホルミン塩酸塩錠250mgMT「日医工」", "3962002F1111", "10.40"),
          ("ロスバスタチン錠2.5mg「DSEP」", "2189017F1240", "10.40"),
          ("ヘパリン類似物質油性クリーム0.3%", "3339950M1118", "2.90"),
          ("ゾルピデム酒石酸塩錠5mg「サワイ」", "1129009F1106", "10.10"),
          ("エピナスチン塩酸塩錠20mg「日医工」", "4490014F2119", "12.50")]
add(
    expect="pass", charset="utf-8",
    sender=frm(OKOCHI),
    to=["メディシンク株式会社 データ連携チーム <data@medisync.co.jp>"],
    subject="医薬品マスタ差分（7月薬価改定分）",
    body="""メディシンク株式会社
データ連携チームの皆様

日の出産業の大河内です。
7月の薬価改定に伴う医薬品マスタの差分をお送りします（タブ区切り）。

医薬品名\tYJコード\t薬価（円）
""" + "\n".join(f"{n}\t{c}\t{p}" for n, c, p in _drugs) + """

反映は 7/1 0:00 でお願いします。
""" + SS(OKOCHI),
    note="drug master codes and prices; no person",
)

# 069 stop — PPTX with an 'Internal Only' footer on every slide, to a foreign vendor
add(
    expect="stop", charset="utf-8",
    sender=frm(NONOMURA),
    to=["Priya Raman <priya.raman@vidlinkasia.com>"],
    subject="Architecture overview for the Q3 integration",
    body="""Hi Priya,

Ahead of next week's workshop, please find attached a short overview of how the video
sessions fit into our booking and prescription flow. Slides 3 and 4 show where we would
like the SDK callbacks to land.
""" + sig_en("Takumi Nonomura", "System Planning Section", "nonomura.takumi@hinode-sangyo.co.jp",
             "7763"),
    attachments=[{"kind": "pptx", "name": "telemed_architecture_Q3.pptx",
                  "page_footer": "Hinode Sangyo - Internal Only", "slides": [
                      ["Telemedicine platform - architecture", "Q3 2025"],
                      ["Components", "Booking API", "Video gateway", "Prescription hub", "Pharmacy portal"],
                      ["Session flow", "Booking -> waiting room -> video -> e-prescription"],
                      ["Open items", "Callback retries", "Regional failover (Osaka/Tokyo)"],
                  ]}],
    detectors=["confidential_marking"],
    note="every slide of the attached deck carries an 'Internal Only' footer",
)

# 070 stop — a clinic's referral mail with six patients, forwarded as an attachment
_d70 = people(6, min_year=1940, max_year=1995)
_dx70 = ["高血圧症", "2型糖尿病", "脂質異常症", "気管支喘息", "甲状腺機能低下症", "高尿酸血症"]
_inner70 = {
    "sender": "みなと内科クリニック 事務長 岩淵 <jimucho@minato-naika.jp>",
    "to": [frm(OKOCHI)],
    "subject": "7月からの長期処方患者（配送希望）",
    "charset": "iso-2022-jp",
    "body": "日の出産業 大河内様\n\nみなと内科の岩淵です。7月から配送を希望される長期処方の患者様です。\n\n"
            + "\n".join(f"{p['name']}（{dob(p, 'wareki_short')}生）　{dx}　{p['phone']}"
                        for p, dx in zip(_d70, _dx70))
            + "\n\nよろしくお願いいたします。\n",
}
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["ひまわり薬局 日吉店 <hiyoshi@himawari-ph.co.jp>"],
    subject="FW: 7月からの長期処方患者（配送希望）",
    body="""ひまわり薬局 日吉店
堀内様

大河内です。みなと内科さんから届いた件、添付のとおり転送します。
7月から貴店での調剤・配送をお願いしたく、在庫のご確認をお願いします。
""" + SS(OKOCHI),
    attachments=[{"kind": "eml", "name": "7月からの長期処方患者.eml", "message": _inner70}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forwarded mail (attached .eml) listing six patients with diagnoses to a pharmacy",
)

# 071 either — pseudonymised rows (study ID, age band, diagnosis) to a university
_r71 = [["研究ID", "年代", "性別", "都道府県", "主病名", "処方日数", "継続月数"]]
for i in range(8):
    _r71.append([f"HS-{1001 + i}", rng.choice(["30代", "40代", "50代", "60代", "70代"]),
                 rng.choice(["男", "女"]), rng.choice(["東京都", "神奈川県", "埼玉県", "千葉県"]),
                 rng.choice(["高血圧症", "2型糖尿病", "脂質異常症", "アトピー性皮膚炎", "不眠症"]),
                 rng.choice([28, 30, 56, 60, 90]), rng.randint(3, 26)])
add(
    expect="either", charset="utf-8",
    sender=frm(SAEKI),
    to=["東海医科大学 公衆衛生学教室 <pubhealth@tokai-med.ac.jp>"],
    subject="共同研究：仮名加工データ（試行分）の送付",
    body="""東海医科大学 公衆衛生学教室
杉浦先生

お世話になっております。日の出産業の佐伯です。
共同研究契約に基づき、仮名加工したデータの試行分（8件）をお送りします。
氏名・連絡先・会員番号は削除し、研究IDは当社内の対応表でのみ照合できます。
項目や粒度に問題がないかご確認ください。
""" + SS(SAEKI),
    attachments=[{"kind": "xlsx", "name": "仮名加工データ_試行.xlsx", "sheets": {"data": _r71}}],
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="pseudonymised rows with diagnoses under a research contract: identifiable or not is arguable",
)

# 072 pass — shipping-label spec with one sample record
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["青葉運輸 システム課 <system@aoba-unyu.co.jp>"],
    subject="送り状データ連携 項目定義（案）",
    body="""青葉運輸株式会社 システム課 御中

日の出産業の大河内です。送り状データ連携の項目定義案をお送りします。
各項目の桁数と必須/任意をご確認ください。

No  項目名        桁数  必須  備考
1   受付番号      12    ○    D-MMDD-NNN 形式
2   お届け先氏名  40    ○    全角
3   郵便番号      8     ○    ハイフンあり
4   住所          100   ○
5   電話番号      13    ○    ハイフンあり
6   温度帯        1     ○    1:常温 2:冷蔵
7   配達希望      2     －    コード表参照

（記入例）
D-0701-001, 日の出 花子, 105-0011, 東京都港区芝公園2-4-1, 03-5400-7700, 1, 01

記入例は当社の代表住所・代表電話を使ったダミーです。
""" + SS(OKOCHI),
    note="a field spec with one obviously dummy example built on the company's own address",
)

# 073 stop — look-alike of 青葉運輸 (a letter added)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(OKOCHI),
    to=["青葉運輸 医薬品物流課 <iyaku-haiso@aoba-unnyu.co.jp>"],
    subject="7月の集荷時刻変更について",
    body="""青葉運輸株式会社
医薬品物流課 ご担当者様

お世話になっております。日の出産業の大河内です。
7月1日より、以下の薬局の定時集荷時刻が変更になります。

・はなまる薬局 神田店：11:00 → 11:30
・東西調剤 大宮西口店：17:00 → 17:30

ルート表の更新をお願いいたします。
""" + SS(OKOCHI),
    detectors=["lookalike_domain"],
    note="aoba-unnyu.co.jp adds a letter to partner aoba-unyu.co.jp",
)

# 074 pass — delivery status to the patient himself (one free-mail recipient)
add(
    expect="pass", charset="iso-2022-jp",
    sender="ひので オンライン診療 サポート <support@hinode-sangyo.co.jp>",
    to=["t.kasugai.0824@yahoo.co.jp"],
    subject="Re: お薬の配送状況について",
    body=f"""春日井 様

ひので オンライン診療 サポートセンターでございます。
お問い合わせいただいたお荷物は、本日午前に薬局から出荷されております。

　配送業者：青葉運輸
　伝票番号：{parcel_number()}
　お届け予定：明日（6/14）午前中

青葉運輸の追跡ページで伝票番号を入力すると、配達状況をご確認いただけます。
ご不在の場合は不在票の連絡先へ再配達をご依頼ください。
""",
    detectors=["freemail_recipient"],
    note="a delivery status to the patient himself; a tracking number, no one else's data",
)

# 075 stop — XLSX with three patients' card numbers for refunds
_r75 = [["返金依頼一覧（6月第2週）"], ["決済ID", "カード番号", "名義", "金額", "理由"]]
for nm in ("MINORU SAMEJIMA", "AOI TAKANASHI", "KEIKO NAKASONE"):
    _r75.append([f"PB-{rng.randint(88000000, 88999999)}", card(), nm,
                 rng.choice([2200, 3300, 3850, 5500]), rng.choice(["二重決済", "診療キャンセル", "医師都合による中止"])])
add(
    expect="stop", charset="utf-8",
    sender=frm(HIGASHI),
    to=["ペイブリッジ株式会社 加盟店サポート <merchant-support@paybridge.co.jp>"],
    subject="返金依頼（3件）",
    body="""ペイブリッジ株式会社
加盟店サポート ご担当者様

日の出産業 管理課の東です。返金依頼3件を添付の一覧でお送りします。
処理完了後、一覧の決済IDでご連絡ください。
""" + SS(HIGASHI),
    attachments=[{"kind": "xlsx", "name": "返金依頼_0613.xlsx", "sheets": {"返金依頼": _r75}}],
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="XLSX with three full card numbers and holder names to the processor",
)

# 076 pass — English reply; the user data is only in the quoted text ("On … wrote:")
add(
    expect="pass", charset="utf-8",
    sender=frm(NONOMURA),
    to=["Priya Raman <priya.raman@vidlinkasia.com>"],
    subject="Re: Accounts affected by the 12 June outage",
    body="""Hi Priya,

Thanks - we have checked all of them on our side and the sessions have been refunded.
No further action is needed from your team. Let's cover the root cause in Thursday's call.

Takumi

On Fri, 13 Jun 2025 at 10:02, Priya Raman <priya.raman@vidlinkasia.com> wrote:
> Hi Takumi,
> These are the end users whose sessions failed during the outage:
>   U482913  k.hiyama@gmail.com      +81-90-2231-7745
>   U503318  aoi.t@icloud.com        +81-80-6614-0329
>   U517742  shoji_1981@yahoo.co.jp  +81-70-3398-1126
>   U520019  m-tsukumo@outlook.jp    +81-90-8810-4452
>   U533107  rin.s@docomo.ne.jp      +81-80-1175-6623
> Regards, Priya
""",
    note="five users appear only in the vendor's own quoted mail; the new text has no data",
)

# 077 stop — one employee's disability certificate details to the client's occupational clinic
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["ミナミ電工 産業医室 <sangyoi@minami-denko.co.jp>"],
    subject="オンライン面談時の配慮事項について",
    body="""ミナミ電工株式会社
産業医室 ご担当者様

お世話になっております。日の出産業の神谷です。
来週の健康相談（オンライン）に参加される開発部の 檜山 直樹 様について、
ご本人から事前に申し出がありましたので共有いたします。

・聴覚障害があり、身体障害者手帳（2級）をお持ちです。
・ビデオ面談は字幕表示（音声認識）を併用し、チャットでの補足を希望されています。

当日は手話通訳の手配は不要とのことです。
""" + S(KAMIYA),
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's disability (certificate grade) sent to an external company",
)

# 078 pass — internal mail stamped 社外秘
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(ISURUGI),
    to=["オンライン診療事業室 全員 <telemed-all@hinode-sangyo.co.jp>"],
    subject="【社外秘】下期 事業方針と組織変更について",
    body="""【社外秘】

室員各位

石動です。下期の事業方針と組織変更についてお知らせします。

1. 薬局・配送連携チームを「薬局連携課」に格上げ（課長：大河内）
2. 法人サービス課に健保組合担当を新設
3. 下期重点：電子処方箋対応、法人プラン 180社、解約率 1.5%以下

社外への共有は控えてください。質問は各課長まで。
""" + sig_short("石動 修", "isurugi.osamu@hinode-sangyo.co.jp", "03-5400-7700"),
    note="社外秘-stamped, but addressed only to an internal list",
)

# 079 stop — reply to the client: quoted question, but the NEW text discloses a diagnosis
add(
    expect="stop", charset="utf-8",
    sender=frm(KAMIYA),
    to=["川崎電機 人事部 三好様 <miyoshi.t@kawasaki-denki.co.jp>"],
    subject="Re: 休職中社員の状況確認",
    body="""三好様

お世話になっております。神谷です。
面談を担当した医師に確認しました。
宍戸 悠真 様は、適応障害の診断で現在も週1回のオンライン診療を継続されており、
主治医の見立てでは復職は早くても8月以降とのことです。
復職面談の日程は、主治医意見書が出てからご相談させてください。

神谷

> 神谷様
> 当社社員の宍戸さんの件ですが、その後の受診状況を教えていただけますでしょうか。
> 復職時期の目安を検討しております。
> 川崎電機 人事部 三好
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the new (unquoted) text tells the employer a named employee's diagnosis",
)

# 080 pass — payment errors with masked card numbers only
_r80 = "\n".join(f"PB-{rng.randint(88000000, 88999999)}  ************{rng.randint(1000, 9999)}  "
                 f"{rng.choice(['3,300', '2,200', '5,500', '3,850']):>6}円  "
                 f"{rng.choice(['E-051 与信NG', 'E-062 3Dセキュア失敗', 'E-017 有効期限切れ', 'E-090 タイムアウト'])}"
                 for _ in range(8))
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(HIGASHI),
    to=["ペイブリッジ株式会社 技術サポート <tech@paybridge.co.jp>"],
    subject="決済エラー多発のご相談（6/12 20時台）",
    body=f"""ペイブリッジ株式会社
技術サポート ご担当者様

日の出産業 管理課の東です。6/12 20時台に決済エラーが集中しました。
管理画面から出力したエラー一覧（カード番号はマスク済み）を貼り付けますので、
原因の調査をお願いします。

決済ID       カード番号          金額     エラー
{_r80}

3Dセキュアの認証画面でタイムアウトしているように見えます。
""" + SS(HIGASHI),
    note="transaction IDs, amounts and masked card numbers only: nothing identifies a person",
)

# 081 stop — look-alike of 川崎電機 (a hyphen where the dot belongs)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["川崎電機 人事部 三好様 <miyoshi.t@kawasaki-denki-co.jp>"],
    subject="健康経営セミナー（7/22）講師の件",
    body="""川崎電機株式会社
人事部 厚生課 三好様

お世話になっております。日の出産業の神谷です。
7/22の健康経営セミナーの講師は、提携医の鮫島先生（総合内科）に決まりました。
演題は「働く世代の生活習慣病とオンライン診療の上手な使い方」（60分）です。

会場設営とマイクのご準備をお願いできますでしょうか。
""" + S(KAMIYA),
    detectors=["lookalike_domain"],
    note="kawasaki-denki-co.jp replaces the dot of partner kawasaki-denki.co.jp with a hyphen",
)

# 082 pass — a doctor's general health column for the newsletter, no patient
add(
    expect="pass", charset="utf-8",
    sender=frm(SAEKI),
    to=["錦印刷 編集部 <henshu@nishiki-insatsu.co.jp>"],
    subject="会員向け会報誌 8月号 コラム原稿",
    body="""錦印刷株式会社 編集部 御中

日の出産業の佐伯です。8月号の医師コラムの原稿をお送りします。

――――――――――――
夏バテと熱中症、オンラインで相談できること（監修：百瀬 瑞穂 医師）

暑さが続くと、食欲不振やだるさを感じる方が増えます。水分と塩分をこまめにとり、
睡眠を十分に確保しましょう。めまいや頭痛、吐き気が続く場合は熱中症の可能性があります。
意識がはっきりしない、水が飲めないときは、オンライン診療ではなくすぐに救急要請を。
――――――――――――

見出しのフォントは前号と同じでお願いします。
""" + SS(SAEKI),
    note="general health column under a doctor's byline; no patient, no personal data",
)

# 083 stop — HTML-only booking list with departments (incl. psychiatry) to a clinic
_d83 = people(7)
_dept83 = ["心療内科", "心療内科", "内科", "心療内科", "皮膚科", "心療内科", "内科"]
_tr83 = "".join(
    f"<tr><td>R-2506{rng.randint(10, 20)}-{rng.randint(1000, 9999)}</td><td>{p['name']}</td>"
    f"<td>{p['phone']}</td><td>6/{rng.randint(16, 21)} {rng.choice(['19:00', '19:30', '20:00', '20:30'])}</td>"
    f"<td>{dp}</td><td>{rng.choice(['初診', '再診'])}</td></tr>"
    for p, dp in zip(_d83, _dept83))
add(
    expect="stop", charset="utf-8",
    sender=frm(SUGAWARA),
    to=["桜ヶ丘こころのクリニック 受付 <uketsuke@sakuragaoka-kokoro.jp>"],
    subject="来週の夜間枠 予約一覧",
    html=f"""<html><body style="font-family:sans-serif">
<p>桜ヶ丘こころのクリニック<br>受付ご担当者様</p>
<p>お世話になっております。日の出産業の菅原です。<br>
来週（6/16〜6/21）の夜間枠の予約一覧をお送りします。ポータルの不具合が直るまでの暫定対応です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>予約番号</th><th>患者氏名</th><th>電話番号</th><th>日時</th><th>診療科</th><th>区分</th></tr>
{_tr83}
</table>
<p>ポータル復旧後は通常どおり画面でご確認ください。</p>
<p>日の出産業株式会社 クリニック連携課 菅原 慎一<br>TEL 03-5400-7728</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of seven patients with phones and psychiatric appointments to a clinic",
)

# 084 pass — HTML-only table of clinics' opening hours
_h84 = [("青山ファミリークリニック", "9:00-12:30 / 15:00-19:00", "19:00-22:00", "木・日"),
        ("みなと内科クリニック", "9:00-13:00 / 14:30-18:00", "—", "土午後・日"),
        ("北川皮膚科", "10:00-13:00 / 15:00-18:30", "20:00-22:00", "水・日"),
        ("日吉駅前クリニック", "8:30-12:00 / 14:00-18:00", "19:00-23:00", "日・祝"),
        ("船橋やまびこ内科", "9:00-12:00 / 15:00-18:00", "—", "木午後・日"),
        ("さくらがおか内科", "9:00-12:00 / 14:00-17:30", "19:00-23:00", "土午後・日")]
add(
    expect="pass", charset="utf-8",
    sender=frm(SUGAWARA),
    to=["コールネクスト株式会社 SV 今泉様 <imaizumi@callnext.co.jp>"],
    subject="【FAQ更新】提携クリニックの診療時間（7月）",
    html="""<html><body>
<p>コールネクスト株式会社 今泉様</p>
<p>日の出産業の菅原です。問い合わせ対応用FAQの診療時間表を更新しました。</p>
<table border="1" cellpadding="4">
<tr><th>医療機関</th><th>外来</th><th>オンライン夜間枠</th><th>休診日</th></tr>
""" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _h84) + """
</table>
<p>7/1からこちらでご案内をお願いします。</p>
</body></html>""",
    note="HTML table of clinics' opening hours: businesses, no people",
)

# 085 stop — three client companies in To for a webinar invitation
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SAEKI),
    to=["丸の内商事 人事部 <hr-wellness@marunouchi-shoji.co.jp>",
        "ミナミ電工 総務部 <soumu@minami-denko.co.jp>",
        "北国フーズ 総務部 坂巻様 <sakamaki@kitaguni-foods.co.jp>"],
    subject="【ご招待】法人プラン ご契約企業様向けウェビナー（7/15）",
    body="""法人プランご契約企業 ご担当者様

いつもお世話になっております。日の出産業の佐伯でございます。
ご契約企業様向けに、健康経営の取り組み事例をご紹介するウェビナーを開催いたします。

　日時：2025年7月15日（火）16:00〜17:00
　内容：オンライン診療の利用促進策／健保組合との連携事例／質疑応答
　参加費：無料

お申込みは下記フォームからお願いいたします。
https://www.hinode-sangyo.co.jp/telemed/webinar0715
""" + S(SAEKI),
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three client companies in To see each other's addresses (should be Bcc)",
)

# 086 pass — practical question to a pharmacy; only the pharmacist's business contact
add(
    expect="pass", charset="shift_jis",
    sender=frm(OKOCHI),
    to=["東西調剤 浦和店 <urawa@tozai-chozai.co.jp>"],
    subject="お盆期間の営業日と集荷について",
    body="""東西調剤 浦和店
管理薬剤師 蔦谷様

お世話になっております。日の出産業の大河内です。
お盆期間（8/13〜8/16）の営業日と、配送用の集荷可否を教えていただけますでしょうか。
青葉運輸の臨時ダイヤを組むため、7/18までにご回答いただけますと助かります。

なお、当日の連絡窓口は私（携帯 090-7714-2208）までお願いいたします。
""" + S(OKOCHI),
    note="an operational question; the only contact given is the sender's own",
)

# 087 stop — DOCX referral letter for one patient
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(SUGAWARA),
    to=["東和総合病院 地域医療連携室 <renkei@towa-hospital.or.jp>"],
    subject="診療情報提供書の送付（みなと内科クリニックより）",
    body="""東和総合病院
地域医療連携室 御中

お世話になっております。日の出産業の菅原です。
提携医のみなと内科クリニック 岩淵院長からの診療情報提供書をお送りします。
原本は患者様が受診時にご持参されます。
""" + S(SUGAWARA),
    attachments=[{"kind": "docx", "name": "診療情報提供書_仲宗根様.docx", "title": "診療情報提供書",
                  "paragraphs": [
                      "診療情報提供書",
                      "東和総合病院 循環器内科 御机下",
                      "患者氏名：仲宗根 茂 様　生年月日：昭和２２年１２月８日（77歳）　男性",
                      "住所：埼玉県川口市芝新町5-14-2",
                      "傷病名：慢性心不全（NYHA II）、心房細動、2型糖尿病",
                      "紹介目的：心エコーおよび抗凝固療法の見直しのご依頼",
                      "現在の処方：エドキサバン60mg、ビソプロロール2.5mg、メトホルミン500mg",
                      "みなと内科クリニック 院長 岩淵 誠",
                  ]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a referral letter (diagnoses, drugs) for one named patient as DOCX to a hospital",
)

# 088 either — names of the client's own employees who have not registered yet
_d88 = people(6, min_year=1970, max_year=2001)
add(
    expect="either", charset="utf-8",
    sender=frm(KAMIYA),
    to=["丸の内商事 人事部 ウェルネス推進室 <hr-wellness@marunouchi-shoji.co.jp>"],
    subject="Re: アプリ未登録者の確認",
    body="""丸の内商事 ウェルネス推進室 御中

お世話になっております。神谷です。
ご依頼のあった、貴社からいただいた対象者名簿のうち、6/13時点でアプリの初回登録が
済んでいない方は以下の6名です。

""" + "\n".join(f"　{rng.choice(['営業本部', '管理本部', '海外事業部'])}　{p['name']}" for p in _d88) + """

登録案内メールの再送は当社から行いますので、社内でのお声がけをお願いいたします。
""" + S(KAMIYA),
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six employees' names with departments returned to their own employer, who supplied them",
)

# 089 stop — CSV of doctors master (DOB, mobile, home address) to a migration vendor
_d89 = people(8, min_year=1958, max_year=1990)
_r89 = [["医師ID", "氏名", "フリガナ", "生年月日", "携帯電話", "自宅郵便番号", "自宅住所", "診療科"]]
for i, p in enumerate(_d89):
    _r89.append([f"DR{2100 + i}", p["name"], p["kana"], dob(p, "iso"), p["phone"], p["zip"], p["addr"],
                 rng.choice(["内科", "皮膚科", "小児科", "精神科", "婦人科", "耳鼻咽喉科"])])
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(NONOMURA),
    to=["クラウドマイグレート株式会社 移行PMO <pmo@cloudmigrate.co.jp>"],
    subject="移行リハーサル用データ（医師マスタ）",
    body="""クラウドマイグレート株式会社
移行PMO ご担当者様

日の出産業の野々村です。
来週の移行リハーサル用に、医師マスタの抽出ファイルをお送りします（CP932）。
全件は312件ですが、まずはマッピング確認用に8件のみです。
""" + SS(NONOMURA),
    attachments=[{"kind": "csv", "name": "doctor_master_sample.csv", "rows": _r89, "encoding": "cp932"}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CP932 CSV of eight doctors' birth dates, mobiles and home addresses to a vendor",
)

# 090 pass — internal forward of a patient complaint (sensitive), internal only
add(
    expect="pass", charset="utf-8",
    sender=frm(MORISHITA),
    to=[frm(YANAGIDA)],
    cc=["患者サポートセンター <patient-support@hinode-sangyo.co.jp>"],
    subject="FW: 診察中に通信が切れた件（クレーム）",
    body="""柳田さん

森下です。医療安全の観点で確認が必要そうなので転送します。

---------- Forwarded message ---------
From: 東海林 沙織 <saori.shoji@gmail.com>
Subject: 診察中に通信が切れた件

パニック障害で通院中の東海林です。昨日の診察中に2回通信が切れ、
薬の量の説明を最後まで聞けませんでした。電話 090-5518-2047 に連絡ください。
""" + SS(MORISHITA),
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    note="a forwarded complaint with a patient's condition, but every recipient is internal",
)

# 091 stop — one employee's My Number to the health-insurance society
_m91 = mynum()
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(HIGASHI),
    to=["さくらホテル健康保険組合 適用課 <tekiyo@sakura-kenpo.or.jp>"],
    subject="被扶養者異動届の補足（個人番号の記載漏れ）",
    body=f"""さくらホテル健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業 管理課の東です。
（当社はさくらホテル様の健康管理業務を受託しております。）

先日提出した被扶養者異動届に、被扶養者の個人番号の記載漏れがありましたので
お知らせいたします。

　被保険者：さくらホテル 客室部 羽生 剛 様
　被扶養者：羽生 葵 様（長女）
　被扶養者の個人番号：{_m91[:4]}-{_m91[4:8]}-{_m91[8:]}

お手数ですが、届出書への追記をお願いできますでしょうか。
""" + S(HIGASHI),
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a My Number (hyphenated) of a dependant sent to an external society",
)

# 092 pass — four webinar speakers/panellists with business e-mails
add(
    expect="pass", charset="utf-8",
    sender=frm(SAEKI),
    to=["ウェビナーワークス 配信チーム <ops@webinar-works.jp>"],
    subject="7/15 ウェビナー 登壇者アカウント発行のお願い",
    body="""ウェビナーワークス 配信チーム御中

日の出産業の佐伯です。7/15のウェビナーで登壇者用アカウントの発行をお願いします。

・佐伯 遼（日の出産業）　　　　 saeki.ryo@hinode-sangyo.co.jp
・坂巻 真理（北国フーズ 総務部）  sakamaki@kitaguni-foods.co.jp
・宮内 昌平（さくらホテル 人事部）miyauchi@sakura-hotel.jp
・鮫島 文雄（提携医）　　　　　 samejima.f@aoyama-fc.jp

リハーサルは 7/14 15:00 からでお願いします。
""" + SS(SAEKI),
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four speakers' business e-mail addresses: under five, may warn",
)

# 093 stop — five family members (name, relation, DOB, mobile) as bullets to the client
_d93 = people(5, min_year=1950, max_year=2010)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(KAMIYA),
    to=["さくらホテル 人事部 宮内様 <miyauchi@sakura-hotel.jp>"],
    subject="家族会員の登録内容のご確認（7月追加分）",
    body="""株式会社さくらホテル
人事部 宮内様

お世話になっております。日の出産業の神谷です。
7月から家族会員として追加される方の登録内容です。
請求対象となりますので、誤りがないかご確認をお願いいたします。

""" + "\n".join(f"・{p['name']}（{rng.choice(['配偶者', '子', '父', '母'])}）　{dob(p, 'kanji')}生　{p['phone']}"
                for p in _d93) + """

問題なければ、6/27までにご返信ください。
""" + S(KAMIYA),
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's names, birth dates and mobiles as bullets to an external company",
)

# 094 pass — error log with internal IDs and IP addresses only
add(
    expect="pass", charset="utf-8",
    sender=frm(NONOMURA),
    to=["ツバサシステム 運用チーム <ops@tsubasa-system.jp>"],
    subject="【障害報告依頼】6/13 02:10 予約API 5xx多発",
    body="""ツバサシステム 運用チームの皆様

野々村です。本日 02:10〜02:24 に予約APIで5xxが多発しました。
当社側の監視ログ（抜粋）です。原因と影響範囲の報告をお願いします。

02:10:14 ALERT api-booking-02 (10.20.3.12) 5xx_rate=34% upstream=db-primary
02:11:02 ALERT api-booking-03 (10.20.3.13) 5xx_rate=41% upstream=db-primary
02:13:47 INFO  failover db-primary -> db-replica-1 (10.20.8.21)
02:24:09 INFO  5xx_rate<1% all nodes

影響：予約作成 218件失敗（リトライにより 201件は成功）
""" + SS(NONOMURA),
    note="monitoring log with host names, private IPs and counts; no personal data",
)

# 095 stop — look-alike of the law firm (another TLD)
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(YANAGIDA),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.com>"],
    subject="提携クリニック契約書ひな形の改定について",
    body="""白川 先生

お世話になっております。日の出産業の柳田です。
提携クリニックとの業務委託契約書ひな形について、電子処方箋の開始に伴う改定箇所を
まとめました。来週のご面談の前にご一読いただけますでしょうか。

・第7条（処方情報の送信）：電子処方箋管理サービス経由を原則とする
・第11条（再委託）：配送業者への再委託の範囲を明記
""" + S(YANAGIDA),
    detectors=["lookalike_domain"],
    note="shirakawa-law.com is the partner shirakawa-law.jp on another TLD",
)

# 096 stop — corrupt PDF (scanned health-check result) to a clinic
add(
    expect="stop", charset="shift_jis",
    sender=frm(SUGAWARA),
    to=["船橋やまびこ内科 <info@yamabiko-naika.jp>"],
    subject="健診結果のスキャンデータ（オンライン受診前の参考資料）",
    body="""船橋やまびこ内科
ご担当者様

お世話になっております。日の出産業の菅原です。
6/18にオンライン受診予定の法人プラン利用者について、ご本人から提出のあった
健診結果のスキャンデータをお送りします。
""" + SS(SUGAWARA),
    attachments=[{"kind": "corrupt", "name": "健診結果_scan_0618.pdf"}],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# 097 pass — member-card design proof with placeholder numbers
add(
    expect="pass", charset="iso-2022-jp",
    sender=frm(SAEKI),
    to=["錦印刷 営業部 片桐様 <katagiri@nishiki-insatsu.co.jp>"],
    subject="Re: 法人会員カード 校正刷りの確認",
    body="""片桐様

お世話になっております。佐伯です。校正刷りを確認しました。以下2点の修正をお願いします。

1. 会員番号の見本表記「HN-0000-0000-00」の桁区切りを、ハイフンから半角スペースへ
2. 裏面のサポートデスク番号を 0120-556-210 に差し替え（現在は旧番号）

名義欄の見本「HINODE TARO」はそのままで結構です。
再校は 6/20 までにいただけますと助かります。
""" + SS(SAEKI),
    note="a print proof with placeholder member numbers and a sample name; no real person",
)

# 098 stop — the bank in To, a homoglyph look-alike of the bank in Cc
add(
    expect="stop", charset="iso-2022-jp",
    sender=frm(HIGASHI),
    to=["みどり銀行 法人営業部 米倉様 <yonekura@midori-ginko.co.jp>"],
    cc=["みどり銀行 決済ソリューション部 <kessai-sol@midori-glnko.co.jp>"],
    subject="口座振替サービス導入のご相談",
    body="""みどり銀行
法人営業部 米倉様
（cc: 決済ソリューション部 ご担当者様）

いつもお世話になっております。日の出産業 管理課の東です。
法人プランの月額料金について、クレジットカードに加えて口座振替での収納を検討しております。
導入スケジュールと手数料体系について、一度ご説明の機会をいただけますでしょうか。
""" + S(HIGASHI),
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="midori-glnko.co.jp (l for i) in Cc is a homoglyph look-alike of partner midori-ginko.co.jp",
)

# 099 either — conference case report: age band, area, rare disease, no name
add(
    expect="either", charset="utf-8",
    sender=frm(SAEKI),
    to=["日本遠隔医療研究会 事務局 <office@telemed-kenkyukai.or.jp>"],
    subject="第12回学術集会 演題スライドの提出",
    body="""日本遠隔医療研究会 事務局 御中

日の出産業株式会社 オンライン診療事業室の佐伯です。
一般演題（演題番号 O-27）の発表スライドを提出いたします。
症例の記載については、ご本人から学会発表の同意を得ております。
""" + SS(SAEKI),
    attachments=[{"kind": "pdf", "name": "O-27_slides.pdf", "title": "O-27 発表スライド",
                  "lines": [
                      "オンライン診療で早期受診につながった全身性エリテマトーデスの一例",
                      "症例：40代女性、東京都多摩市在住、小学校教諭",
                      "2024年11月、発熱と関節痛で夜間オンライン診療を受診",
                      "頬部紅斑の画像所見から膠原病を疑い、桜ヶ丘の連携病院へ紹介",
                      "抗dsDNA抗体陽性、SLEと診断。現在はオンライン再診で経過観察中",
                  ]}],
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a case report without a name, but age, town, occupation and rare disease may identify her",
)

# 100 stop — XLSX with 30 patients' bookings (departments) on two sheets, to a migration vendor
_d100 = people(30)
_s100 = [["予約データ移行リハーサル（2025年5月分抽出）"], [],
         ["会員ID", "氏名", "カナ", "生年月日", "電話", "メール", "予約日時", "診療科", "医療機関"]]
for p in _d100:
    _s100.append([f"M{rng.randint(1000000, 9999999)}", p["name"], p["kana"], dob(p), p["phone"], p["email"],
                  f"2025-05-{rng.randint(1, 31):02d} {rng.choice(['10:00', '14:30', '19:00', '21:30'])}",
                  rng.choice(["内科", "心療内科", "皮膚科", "婦人科", "精神科", "泌尿器科"]),
                  rng.choice(["青山ファミリークリニック", "桜ヶ丘こころのクリニック", "北川皮膚科", "日吉駅前クリニック"])])
_sum100 = [["診療科", "件数"], ["内科", 9], ["心療内科", 6], ["皮膚科", 5], ["婦人科", 4], ["精神科", 4], ["泌尿器科", 2]]
add(
    expect="stop", charset="utf-8",
    sender=frm(NONOMURA),
    to=["クラウドマイグレート株式会社 移行PMO <pmo@cloudmigrate.co.jp>"],
    subject="移行リハーサル用データ（予約履歴）",
    body="""クラウドマイグレート株式会社
移行PMO ご担当者様

日の出産業の野々村です。
予約履歴テーブルの移行リハーサル用データ（30件）と、件数照合用の集計シートをお送りします。
本番移行時は専用線経由で受け渡しますので、今回限りのメール送付とさせてください。
""" + SS(NONOMURA),
    attachments=[{"kind": "xlsx", "name": "予約履歴_移行リハーサル.xlsx",
                  "sheets": {"予約履歴": _s100, "集計": _sum100}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 30 patients with contact data and departments (psychiatry, urology...) to a vendor",
)
