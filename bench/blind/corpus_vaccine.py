"""Blind corpus, area ``vaccine``: 日の出産業株式会社 イベント運営事業部 ヘルスケア運営部.

The division runs vaccination and health-screening sites: the 東浜市 集団接種センター
(commissioned by the city's 健康推進課 / 保健所), 職域接種 and 定期健診 sites for client companies
(川崎電機, 青葉運輸, 北国フーズ …), venues rented from さくらホテル, 予診票 printed by 錦印刷,
the reservation system 「ツバサ予約クラウド」 run by ツバサシステム, doctors and nurses supplied by
staffing agencies (メディスタッフ, ナースリンク) and the city 医師会.  The mail covers
reservations, pre-vaccination questionnaires (予診票), adverse reactions (副反応), doctors' and
nurses' shifts, staffing, venue logistics, billing and the reservation-system vendor.

Every person, address, phone number, e-mail address, My Number, card number, licence,
passport, insurance and account number in this file is invented; organisations other than the
fixed partners of BRIEF.md are fictional as well.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 10701
rng = random.Random(SEED)
_helper_seed = SEED


def _mynum() -> str:
    global _helper_seed
    v = my_number(_helper_seed)
    _helper_seed += 1
    return v


def _card() -> str:
    global _helper_seed
    v = card_number(_helper_seed)
    _helper_seed += 1
    return v


def _corp_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    return s.translate(FW)


SURNAMES = [
    ("佐々木", "ササキ", "sasaki"), ("東海林", "ショウジ", "shoji"), ("四十物", "アイモノ", "aimono"),
    ("小鳥遊", "タカナシ", "takanashi"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("五百旗頭", "イオキベ", "iokibe"), ("百目鬼", "ドウメキ", "domeki"), ("祖父江", "ソブエ", "sobue"),
    ("鬼頭", "キトウ", "kito"), ("薬袋", "ミナイ", "minai"), ("渡邉", "ワタナベ", "watanabe"),
    ("髙橋", "タカハシ", "takahashi"), ("中村", "ナカムラ", "nakamura"), ("比嘉", "ヒガ", "higa"),
    ("安里", "アサト", "asato"), ("一ノ瀬", "イチノセ", "ichinose"), ("柳田", "ヤナギダ", "yanagida"),
    ("古閑", "コガ", "koga"), ("本多", "ホンダ", "honda"), ("狩野", "カノウ", "kano"),
    ("宇佐美", "ウサミ", "usami"), ("久保寺", "クボデラ", "kubodera"), ("栗栖", "クリス", "kurisu"),
    ("金城", "キンジョウ", "kinjo"), ("大須賀", "オオスガ", "osuga"), ("能登谷", "ノトヤ", "notoya"),
    ("桑名", "クワナ", "kuwana"), ("浜砂", "ハマスナ", "hamasuna"), ("丹下", "タンゲ", "tange"),
    ("設楽", "シタラ", "shitara"), ("三ツ矢", "ミツヤ", "mitsuya"), ("有働", "ウドウ", "udo"),
    ("芦刈", "アシカリ", "ashikari"), ("瀬戸口", "セトグチ", "setoguchi"), ("新垣", "アラガキ", "aragaki"),
    ("長谷部", "ハセベ", "hasebe"), ("御手洗", "ミタライ", "mitarai"), ("日下部", "クサカベ", "kusakabe"),
    ("伊集院", "イジュウイン", "ijuin"), ("乙部", "オトベ", "otobe"), ("今給黎", "イマキイレ", "imakiire"),
    ("鰐淵", "ワニブチ", "wanibuchi"), ("帯刀", "タテワキ", "tatewaki"), ("東", "アズマ", "azuma"),
    ("宮良", "ミヤラ", "miyara"), ("寒河江", "サガエ", "sagae"), ("若狭", "ワカサ", "wakasa"),
    ("粟飯原", "アイハラ", "aihara"), ("蛭子", "エビス", "ebisu"), ("苫米地", "トマベチ", "tomabechi"),
]
GIVEN = [
    ("美咲", "ミサキ", "misaki", "F"), ("陽菜", "ヒナ", "hina", "F"), ("恵子", "ケイコ", "keiko", "F"),
    ("和子", "カズコ", "kazuko", "F"), ("千尋", "チヒロ", "chihiro", "F"), ("奈々", "ナナ", "nana", "F"),
    ("智子", "トモコ", "tomoko", "F"), ("さくら", "サクラ", "sakura", "F"), ("律子", "リツコ", "ritsuko", "F"),
    ("文乃", "アヤノ", "ayano", "F"), ("瑠美", "ルミ", "rumi", "F"), ("多恵", "タエ", "tae", "F"),
    ("紗英", "サエ", "sae", "F"), ("ひろみ", "ヒロミ", "hiromi", "F"), ("澄江", "スミエ", "sumie", "F"),
    ("翔太", "ショウタ", "shota", "M"), ("健一", "ケンイチ", "kenichi", "M"), ("誠", "マコト", "makoto", "M"),
    ("大翔", "ヒロト", "hiroto", "M"), ("修", "オサム", "osamu", "M"), ("達也", "タツヤ", "tatsuya", "M"),
    ("康弘", "ヤスヒロ", "yasuhiro", "M"), ("蒼", "アオイ", "aoi", "M"), ("勝利", "カツトシ", "katsutoshi", "M"),
    ("英樹", "ヒデキ", "hideki", "M"), ("正", "タダシ", "tadashi", "M"), ("悠真", "ユウマ", "yuma", "M"),
    ("源太", "ゲンタ", "genta", "M"), ("譲二", "ジョウジ", "joji", "M"), ("隆之介", "リュウノスケ", "ryunosuke", "M"),
]
TOWNS = [
    ("千葉県東浜市", "若葉町", "271"), ("千葉県東浜市", "汐見台", "271"), ("千葉県東浜市", "本郷", "272"),
    ("千葉県東浜市", "浜野", "272"), ("千葉県東浜市", "緑が丘", "271"), ("千葉県船橋市", "前原西", "274"),
    ("千葉県市川市", "八幡", "272"), ("千葉県習志野市", "谷津", "275"), ("東京都江戸川区", "西葛西", "134"),
    ("千葉県千葉市美浜区", "高洲", "261"), ("千葉県八千代市", "大和田新田", "276"),
    ("千葉県浦安市", "富岡", "279"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp",
            "outlook.jp", "softbank.ne.jp"]
BUILDINGS = ["コーポ汐見", "メゾン若葉", "グランシャリオ東浜", "サンハイツ", "レジデンス本郷", "ハイム緑が丘"]


def mobile(full: bool = False) -> str:
    s = f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return fw(s) if full else s


def address(style: int | None = None) -> str:
    pref, town, zip3 = rng.choice(TOWNS)
    style = rng.randrange(3) if style is None else style
    a, b, c = rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 19)
    if style == 0:
        return f"{pref}{town}{a}丁目{b}番{c}号"
    if style == 1:
        return f"〒{zip3}-{rng.randint(0, 9999):04d} {pref}{town}{a}-{b}-{c}"
    return f"{pref}{town}{a}-{b}-{c} {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 8)}"


def wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{ab}{ey}.{m}.{d}"
    return fw(f"{era}{ey}年{m}月{d}日").replace(".", "．")


def age(dob: tuple[int, int, int]) -> int:
    y, m, d = dob
    return 2025 - y - (1 if (m, d) > (9, 20) else 0)


def people(n: int, sex: str | None = None, ymin: int = 1941, ymax: int = 2004) -> list[dict]:
    sur = rng.sample(SURNAMES, n)
    out = []
    for s in sur:
        g = rng.choice([x for x in GIVEN if sex is None or x[3] == sex])
        dob = (rng.randint(ymin, ymax), rng.randint(1, 12), rng.randint(1, 28))
        out.append({
            "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2].capitalize()} {s[2].upper()}", "sex": "女" if g[3] == "F" else "男",
            "sex_en": g[3], "dob": dob, "mobile": mobile(), "addr": address(),
            "email": f"{g[2]}.{s[2]}{rng.randint(1, 98)}@{rng.choice(FREEMAIL)}",
        })
    return out


def ymd(dob: tuple[int, int, int], sep: str = "/") -> str:
    return f"{dob[0]}{sep}{dob[1]:02d}{sep}{dob[2]:02d}"


def ticket() -> str:
    """接種券番号 (10 digits)."""
    return f"{rng.randint(0, 9999999999):010d}"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)
    return s + " " * max(width - w, 1)


# -- the organisation --------------------------------------------------------------------

D = "hinode-sangyo.co.jp"
OFFICE = "〒105-0014 東京都港区芝二丁目8番3号 日の出ビル7階"
SITE = "東浜市集団接種センター運営本部（東浜市民体育館 2F）"

STAFF = {
    "miyanohara": ("宮之原 涼子", "miyanohara.ryoko", "会場運営課 課長", "03-5439-2210", "080-4410-2207"),
    "tadokoro": ("田所 健吾", "tadokoro.kengo", "予約センター 主任", "03-5439-2214", None),
    "onodera": ("小野寺 美帆", "onodera.miho", "医療人材調整チーム", "03-5439-2231", "070-3328-1940"),
    "iwasa": ("岩佐 大輔", "iwasa.daisuke", "職域接種・健診営業課", "03-5439-2240", "090-7312-6655"),
    "manabe": ("真鍋 早紀", "manabe.saki", "健診事業課 保健師", "03-5439-2252", None),
    "shimabukuro": ("島袋 拓也", "shimabukuro.takuya", "システム運用担当", "03-5439-2263", None),
    "egashira": ("江頭 奈緒", "egashira.nao", "業務管理課（経理）", "03-5439-2270", None),
    "okabe": ("Kenta Okabe", "okabe.kenta", "Procurement, Healthcare Operations", "+81-3-5439-2282", None),
    "hanazono": ("花園 雅人", "hanazono.masato", "ヘルスケア運営部 部長", "03-5439-2201", None),
    "kuze": ("久世 まどか", "kuze.madoka", "看護統括（集団接種センター）", "043-301-7725", "080-6621-3390"),
}


def me(key: str) -> str:
    name, local, *_ = STAFF[key]
    return f"{name} <{local}@{D}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][1]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, local, title, tel, mob = STAFF[key]
    if key == "okabe":
        return (f"--\nKenta Okabe\n{title}\nHinode Sangyo Co., Ltd.\n"
                f"Hinode Bldg. 7F, 2-8-3 Shiba, Minato-ku, Tokyo 105-0014, Japan\n"
                f"Tel: {tel}  /  {local}@{D}")
    if style == 0:
        lines = ["────────────────────", "日の出産業株式会社 イベント運営事業部",
                 f"ヘルスケア運営部 {title}", f"{name}", OFFICE, f"TEL {tel}  FAX 03-5439-2299"]
        if mob:
            lines.append(f"携帯 {mob}")
        lines += [f"Mail {local}@{D}", "────────────────────"]
        return "\n".join(lines)
    if style == 1:
        return (f"--\n{name}（{title}）\n日の出産業株式会社 イベント運営事業部 ヘルスケア運営部\n"
                f"{SITE}\nTEL {tel} / {local}@{D}")
    return (f"*****************************************\n 日の出産業株式会社\n イベント運営事業部 {title}\n"
            f" {name}\n {OFFICE}\n TEL:{tel}\n*****************************************")


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを破棄してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you are "
                 "not the intended recipient, please notify the sender and delete this e-mail.")

# external parties (fictional except the partners fixed in BRIEF.md)
CITY = "東浜市 健康推進課 予防接種係 <yobou-sesshu@city.higashihama.lg.jp>"
CITY_T = "竹之内 遥 <takenouchi-h@city.higashihama.lg.jp>"
HOKENJO = "東浜市保健所 <hokenjo-kansen@city.higashihama.lg.jp>"
ISHIKAI = "東浜市医師会 事務局 <jimukyoku@higashihama-ishikai.or.jp>"
TSUBASA = "ツバサ予約クラウド サポート <support@tsubasa-system.jp>"
TSUBASA_O = "大河内 亮 <okochi@tsubasa-system.jp>"
MEDISTAFF = "メディスタッフ 綾瀬 <ayase@medistaff.co.jp>"
NURSELINK = "ナースリンク コーディネーター <coordinator@nurselink.jp>"
SAKURA = "さくらホテル東浜 宴会営業 堀井 <banquet-higashihama@sakura-hotel.jp>"
NISHIKI = "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"
SHIRAKAWA = "白川 直樹 <shirakawa@shirakawa-law.jp>"
KAWASAKI = "川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"
AOBA = "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"
KITAGUNI = "北国フーズ 人事部 <jinji@kitaguni-foods.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# -- 001-020 -------------------------------------------------------------------------------

_p = people(12, ymin=1938, ymax=1990)
_cond = ["なし", "高血圧（内服中）", "糖尿病", "なし", "気管支喘息", "なし", "心房細動（ワーファリン服用）",
         "なし", "関節リウマチ（免疫抑制剤）", "卵アレルギー", "なし", "慢性腎臓病"]
_rows = [["接種券番号", "氏名", "フリガナ", "生年月日", "性別", "基礎疾患・服薬", "前回接種後の体調不良", "医師判断"]]
for i, p in enumerate(_p):
    _rows.append([ticket(), p["name"], p["kana"], ymd(p["dob"]), p["sex"], _cond[i],
                  rng.choice(["なし", "なし", "発熱38.2℃", "腕の腫れ"]), rng.choice(["可", "可", "可", "要相談"])])
add(
    id="vaccine-001", expect="stop", charset="cp932",
    sender=me("tadokoro"), to=[CITY_T],
    subject="9/14（土）集団接種 予診票データの送付",
    body=f"""東浜市 健康推進課
竹之内様

いつもお世話になっております。日の出産業の田所です。

9月14日（土）市民体育館会場分のうち、医師判断が「要相談」となった方を含む
予診票の入力データをお送りします（添付CSV、12件）。
保健所様への報告にご利用ください。

原本は来週月曜に運営本部から持参いたします。

{sig("tadokoro")}
""",
    attachments=[{"kind": "csv", "name": "予診票入力_0914_体育館.csv", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="12 rows of 予診票 data (name, DOB, 基礎疾患) in a CSV to the city: list plus 要配慮個人情報",
)

add(
    id="vaccine-002", expect="pass", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[SAKURA],
    subject="Re: 11月 接種会場（鳳凰の間）レイアウト・お見積りの件",
    body=f"""さくらホテル東浜
宴会営業 堀井様

お世話になっております。日の出産業の宮之原です。
お見積り（No. SH-2025-1187）ありがとうございました。以下の内容で仮押さえをお願いいたします。

■日程　2025年11月8日（土）・9日（日）　8:00〜19:00（設営・撤去込み）
■会場　鳳凰の間（全面）＋控室「桔梗」
■レイアウト
　・受付・予診票確認　長机6台
　・問診ブース　4ブース（パーティション貸出をお願いします）
　・接種ブース　6ブース
　・経過観察エリア　椅子60脚（15分・30分で色分け）
■備品　延長コード10本、ホワイトボード2台
■単価　会場費 1日 385,000円（税別）、控室 1日 44,000円（税別）

経過観察エリアの救護用に簡易ベッド2台をお借りできるかも併せてご確認ください。

{sig("miyanohara", 2)}
""",
    entities=[], detectors=[],
    note="venue booking with a hotel: layout, quote number and prices; no personal data",
)

_a3 = people(1, sex="F", ymin=1970, ymax=1976)[0]
add(
    id="vaccine-003", expect="stop", charset="iso-2022-jp",
    sender=me("kuze"), to=[HOKENJO], cc=[CITY_T],
    subject="【速報】副反応疑い事例（アナフィラキシー疑い）の発生について",
    body=f"""東浜市保健所 感染症対策係 御中
（cc：健康推進課 竹之内様）

日の出産業 集団接種センターの久世です。本日発生した事例について第一報をお送りします。

本日10時42分ごろ、市民体育館会場にて接種後の経過観察中、{_a3["name"]}様（{age(_a3["dob"])}歳・女性、
生年月日 {wareki(*_a3["dob"])}）に全身のじんましん、咽頭違和感、血圧低下（82/50）がみられました。
担当医の判断でアドレナリン0.3mgを筋注し、10時58分に東浜中央病院へ救急搬送しています。
ご本人は予診票で気管支喘息の既往（吸入ステロイド使用中）と、過去に造影剤でじんましんが出たことを
申告されていました。

ロット番号：FK3391　接種医：小鳥遊医師　搬送先主治医からの情報は入り次第お知らせします。
副反応疑い報告書（様式）は本日中に医師が作成いたします。

{sig("kuze", 1)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named resident's anaphylaxis, asthma history and DOB in running text to the city: 要配慮個人情報",
)

add(
    id="vaccine-004", expect="pass", charset="cp932",
    sender=me("tadokoro"), to=[NISHIKI],
    subject="予診票（12歳以上用）増刷のお願い",
    body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 予約センターの田所です。
予診票の増刷をお願いしたく、ご連絡しました。

品番：YS-12A（複写2枚綴り・A4）
部数：30,000部
納期：10月3日（金）必着
納品先：東浜市民体育館 搬入口（担当 宮之原）

版は前回（受注番号 NK-240817）と同じで、右上の「会場コード」欄だけ追加をお願いします。
校正用に現行の様式（空欄のもの）をPDFで添付しました。

{sig("tadokoro", 1)}
""",
    attachments=[{"kind": "pdf", "name": "予診票_様式_YS-12A.pdf", "title": "予診票（様式）",
                  "lines": ["新型コロナワクチン接種 予診票（12歳以上用）",
                            "接種券番号：＿＿＿＿＿＿＿＿＿＿　会場コード：＿＿＿＿",
                            "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                            "氏名：＿＿＿＿＿＿＿＿　生年月日：　　年　　月　　日（満　　歳）",
                            "電話番号：＿＿＿＿＿＿＿＿＿＿",
                            "1. 現在何らかの病気にかかって治療（投薬など）を受けていますか　□はい　□いいえ",
                            "2. 最近1か月以内に熱が出たり、病気にかかったりしましたか　□はい　□いいえ",
                            "3. 薬や食品などで、重いアレルギー症状を起こしたことがありますか　□はい　□いいえ",
                            "4. 現在妊娠している可能性はありますか　□はい　□いいえ",
                            "医師記入欄：以上の問診及び診察の結果、今日の接種は（可能・見合わせる）",
                            "本人の署名：＿＿＿＿＿＿＿＿"]}],
    entities=[], detectors=[],
    note="print order to the printer with the BLANK 予診票 form: field labels only, no one's data",
)

_p5 = people(8, sex="F", ymin=1965, ymax=1998)
_shift = "氏名\t職種\t9/20(土)\t9/21(日)\t9/23(火祝)\t携帯\n"
for p in _p5:
    days = [rng.choice(["日勤", "AM", "PM", "-"]) for _ in range(3)]
    _shift += f"{p['name']}\t{rng.choice(['看護師', '看護師', '准看護師'])}\t" + "\t".join(days) + f"\t{p['mobile']}\n"
add(
    id="vaccine-005", expect="stop", charset="utf-8",
    sender=me("onodera"), to=[MEDISTAFF],
    subject="9月第4週 派遣看護師シフト確定版",
    body=f"""メディスタッフ株式会社
綾瀬様

お世話になっております。日の出産業の小野寺です。
9月第4週のシフトが確定しましたので共有いたします。
当日連絡用に携帯番号も載せていますので、各スタッフの方へのご連絡をお願いします。

{_shift}
※AM 8:30-13:00 / PM 12:30-17:30 / 日勤 8:30-17:30

{sig("onodera")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated shift table of 8 nurses with their mobile numbers to a staffing agency: list of people",
)

_p6 = people(9, ymin=1940, ymax=1985)
_hx = ["高血圧", "なし", "脳梗塞後遺症", "なし", "2型糖尿病（インスリン）", "甲状腺機能低下症", "なし", "うつ病（通院中）", "なし"]
_sheet6 = [["9/27 要相談者一覧（医師確認用）"], [], ["No", "氏名", "生年月日", "年齢", "既往歴", "服薬", "備考"]]
for i, p in enumerate(_p6):
    _sheet6.append([i + 1, p["name"], ymd(p["dob"], "-"), age(p["dob"]), _hx[i],
                    rng.choice(["あり", "なし"]), rng.choice(["", "前回発熱", "血液サラサラの薬", ""])])
add(
    id="vaccine-006", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[me("kuze")], cc=[f"看護リーダー <nurse-leader@{D}>"],
    subject="9/27 要相談者リスト（医師確認用）",
    body=f"""久世さん

明日の要相談者リストです。問診医の先生に朝のミーティングで回してください。
社内限りでお願いします（外部には出さないでください）。

田所
""",
    attachments=[{"kind": "xlsx", "name": "要相談者_0927.xlsx", "sheets": {"要相談者": _sheet6}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="medical-history list of 9 residents, but every recipient is internal: must go",
)

add(
    id="vaccine-007", expect="stop", charset="iso-2022-jp",
    sender=me("shimabukuro"),
    to=[CITY_T, ISHIKAI, TSUBASA_O],
    subject="【障害報告】ツバサ予約クラウド 9/18 午前の予約画面停止について",
    body=f"""関係各位

日の出産業 システム運用担当の島袋です。
本日9時05分〜10時40分、ツバサ予約クラウドの市民向け予約画面が表示されない障害が発生しました。

・影響：WEB予約の受付停止（コールセンターでの受付は継続）
・原因：ツバサシステム様にて調査中（DBのコネクション枯渇の可能性）
・対応：10時40分に復旧、以降は正常に受付できています

医師会様におかれましては、午後枠の問診医の配置に変更はございません。
詳細な報告書はツバサシステム様からの報告を受けて、明日中に取りまとめます。

{sig("shimabukuro")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="city, 医師会 and the vendor (three external organisations) all in To: should have been Bcc",
)

add(
    id="vaccine-008", expect="pass", charset="iso-2022-jp",
    sender=me("shimabukuro"), to=[TSUBASA_O], cc=[CITY_T],
    subject="10月分 予約枠設定のご依頼",
    body=f"""ツバサシステム株式会社
大河内様
（cc：東浜市 竹之内様）

お世話になっております。日の出産業の島袋です。
10月分の予約枠について、市のご了承をいただいた内容で設定をお願いいたします。

会場コード  会場名              曜日      時間帯        枠数/30分
----------  ------------------  --------  ------------  ---------
HH01        市民体育館          土・日    9:00-16:30    48
HH02        汐見台公民館        水        13:30-16:00   12
HH03        さくらホテル東浜    土        10:00-18:00   36
HH04        浜野地区センター    金        18:00-20:00   10

・HH03は11/8・9も同条件で追加予定です（別途ご連絡します）。
・キャンセル待ち機能は引き続きOFFのままでお願いします。

{sig("shimabukuro", 1)}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (vendor + city) in To/Cc, a table of venues and slot counts: must go",
)

add(
    id="vaccine-009", expect="stop", charset="utf-8",
    sender=me("shimabukuro"), to=["大河内 亮 <okochi@tsubasa-sytem.jp>"],
    subject="CSV取込仕様の確認",
    body=f"""大河内様

お世話になっております。日の出産業の島袋です。
接種実績CSVの取込仕様について2点確認させてください。

1. 接種日の書式は YYYY/MM/DD 固定でしょうか（YYYY-MM-DD も可？）
2. 1ファイルあたりの上限行数

来週の定例で回答いただければ大丈夫です。

{sig("shimabukuro", 1)}
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp",
)

_p10 = people(7, ymin=1945, ymax=2001)
_tr = "".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['mobile']}</td><td>{p['email']}</td>"
    f"<td>10/{rng.randint(4, 26)} {rng.choice(['10:00', '10:30', '14:00', '15:30'])}</td></tr>\n"
    for p in _p10)
add(
    id="vaccine-010", expect="stop", charset="utf-8",
    sender=me("tadokoro"), to=[CITY],
    subject="会場変更のご案内が必要な予約者一覧（汐見台公民館）",
    html=f"""<html><body>
<p>東浜市 健康推進課 予防接種係 御中</p>
<p>いつもお世話になっております。日の出産業 予約センターの田所です。<br>
汐見台公民館の空調工事に伴い、会場変更のご案内が必要な予約者は以下の7名です。
市からの個別通知に使用される場合は、こちらの一覧をご利用ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>氏名</th><th>フリガナ</th><th>電話番号</th><th>メールアドレス</th><th>予約日時</th></tr>
{_tr}</table>
<p>当方からも明日以降、電話で順次ご連絡いたします。</p>
<p>日の出産業株式会社 イベント運営事業部<br>予約センター 田所 健吾<br>TEL 03-5439-2214</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail whose table lists 7 residents with phone and e-mail, to the city",
)

_q11 = people(6, ymin=1950, ymax=1995)
_quoted = "\n".join(f"> {p['name']}　{p['mobile']}　{ymd(p['dob'])}" for p in _q11)
add(
    id="vaccine-011", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY_T],
    subject="Re: 接種券再発行済みの方（6名）へのご連絡",
    body=f"""竹之内様

承知しました。本日中に予約センターから6名の方へ順にお電話し、
再発行済みの接種券を当日ご持参いただくようご案内いたします。
結果は明日の日報でまとめてご報告します。

田所

{"-" * 5}Original Message{"-" * 5}
From: 竹之内 遥 <takenouchi-h@city.higashihama.lg.jp>
Sent: Tuesday, September 16, 2025 11:02 AM
To: 田所 健吾
Subject: 接種券再発行済みの方（6名）へのご連絡

田所様

接種券を再発行した方のうち、すでに予約をお持ちの方が以下6名です。
予約センターからご連絡をお願いできますでしょうか。

{_quoted}

東浜市 健康推進課 竹之内
""",
    entities=[], detectors=[],
    note="the 6-person list is only in the quoted original from the city; the new text carries nothing",
)

_p12 = people(15, ymin=1940, ymax=2000)
add(
    id="vaccine-012", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY],
    subject="接種済証再発行申請者データ（パスワード別送）",
    body=f"""東浜市 健康推進課 予防接種係 御中

日の出産業の田所です。
接種済証の再発行申請者（9月分）のデータをzipでお送りします。
解凍用パスワードは別メールにてお送りします。

{sig("tadokoro")}
""",
    attachments=[{"kind": "zip", "name": "saihakko_202509.zip", "password": "Hh#2509kz",
                  "files": [{"kind": "csv", "name": "再発行申請者_202509.csv",
                             "rows": [["氏名", "生年月日", "住所", "電話"]] +
                                     [[p["name"], ymd(p["dob"]), p["addr"], p["mobile"]] for p in _p12]}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the city: the attachment cannot be inspected",
)

add(
    id="vaccine-013", expect="pass", charset="cp932",
    sender=me("miyanohara"), to=[NISHIKI],
    subject="市民向けチラシ（10月版）会場一覧の原稿",
    body=f"""錦印刷 営業部
ご担当者様

お世話になっております。日の出産業の宮之原です。
10月版チラシ裏面の「会場一覧」原稿をお送りします。

【東浜市 集団接種会場】
・市民体育館　〒271-0093 千葉県東浜市若葉町1-2-1　TEL 043-301-7700
・汐見台公民館　〒271-0081 千葉県東浜市汐見台3-10-5　TEL 043-301-8120
・浜野地区センター　〒272-0124 千葉県東浜市浜野2-6-18　TEL 043-302-1451
・さくらホテル東浜 2F 鳳凰の間　〒272-0133 千葉県東浜市本郷1-1-1　TEL 043-305-8000

予約・お問い合わせ：東浜市ワクチン予約センター　0120-718-556（9:00〜17:00、土日祝も受付）

初校は9/25（木）までにいただけますと助かります。

{sig("miyanohara")}
""",
    entities=[], detectors=[],
    note="list of public venues with addresses and switchboards (places, not people): must go",
)

_e14 = people(1, sex="M", ymin=1968, ymax=1972)[0]
add(
    id="vaccine-014", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=[KITAGUNI],
    subject="定期健診 要精密検査者のご連絡（船橋工場）",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

いつもお世話になっております。日の出産業 健診事業課の真鍋です。
9月10日に実施した船橋工場の定期健診について、至急受診をお勧めすべき方が1名いらっしゃいましたので
先行してご連絡します。

製造二課　{_e14["name"]}様（社員番号 KF-20417、{age(_e14["dob"])}歳）
　血圧 178/106 mmHg、HbA1c 8.9%、心電図：左室肥大の疑い
　判定：要精密検査（循環器内科・糖尿病内科）

ご本人には当日、医師から口頭で受診勧奨を行っております。
産業医の先生にもご共有のうえ、就業上の配慮についてご検討ください。

{sig("manabe")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's health-check results in running text to the client company: 要配慮個人情報",
)

_d15 = people(1, sex="M", ymin=1962, ymax=1980)[0]
add(
    id="vaccine-015", expect="stop", charset="utf-8",
    sender=me("egashira"), to=["桐生会計 担当 <tantou@kiryu-tax.jp>"],
    subject="支払調書作成用：非常勤医師の個人番号",
    body=f"""税理士法人 桐生会計
ご担当者様

お世話になっております。日の出産業 業務管理課の江頭です。
報酬の支払調書作成に必要な情報が揃いましたのでお送りします。

氏名：{_d15["name"]}（{_d15["kana"]}）
住所：{_d15["addr"]}
個人番号：{_mynum()}
区分：医師報酬（集団接種 問診・接種業務）
2025年支払額：2,184,000円（源泉徴収税額 223,236円）

よろしくお願いいたします。

{sig("egashira")}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a part-time doctor's マイナンバー with name and address to an outside tax office",
)

add(
    id="vaccine-016", expect="pass", charset="iso-2022-jp",
    sender=me("hanazono"), to=[SHIRAKAWA],
    subject="ツバサシステム社との秘密保持契約書（案）のご確認",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の花園です。
予約システムの更改にあたり、ツバサシステム社と秘密保持契約を締結する予定です。
先方から届いた案について、以下の点をご確認いただけますでしょうか。

1. 第3条（秘密情報の定義）に、予約者の個人情報が含まれるか明確でない点
2. 第7条の返還・廃棄義務に、バックアップデータの扱いが書かれていない点
3. 有効期間（2年）が業務委託契約の期間より短い点

個人情報の取扱いについては別途「個人情報の取扱いに関する覚書」を結ぶべきか、
併せてご意見をいただけますと幸いです。

{sig("hanazono")}

{DISCLAIMER_JA}
""",
    entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) plus the standard disclaimer: no marking, no personal data",
)

add(
    id="vaccine-017", expect="stop", charset="iso-2022-jp",
    sender=me("kuze"), to=[MEDISTAFF],
    subject="10月から参加される看護師さん向けの資料",
    body=f"""メディスタッフ 綾瀬様

お世話になっております。集団接種センターの久世です。
10月から新たに参加いただく看護師さん向けに、会場での動き方をまとめた資料を添付します。
初日までに目を通していただくよう、お伝えいただけますと助かります。

{sig("kuze", 1)}
""",
    attachments=[{"kind": "docx", "name": "接種会場_看護業務マニュアル_v3.docx",
                  "title": "接種会場 看護業務マニュアル", "page_header": "社外秘",
                  "paragraphs": ["東浜市集団接種センター 看護業務マニュアル（第3版）",
                                 "1. 受付から接種までの流れ",
                                 "予診票の記入漏れは受付で確認し、医師判断欄が空欄の方は問診ブースへ誘導する。",
                                 "2. 希釈・充填の手順", "バイアルは室温に戻してから希釈する。希釈後6時間以内に使用すること。",
                                 "3. アナフィラキシー発生時の対応",
                                 "救護班リーダーに無線で連絡し、エピペンとAEDを準備する。"]}],
    entities=[], detectors=["confidential_marking"],
    note="the mail is harmless but the attached manual carries a 社外秘 stamp in its page header",
)

add(
    id="vaccine-018", expect="pass", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[CITY_T],
    subject="担当者変更のお知らせ",
    body=f"""東浜市 健康推進課
竹之内様

いつも大変お世話になっております。日の出産業の宮之原です。

10月1日付で、当社の市民体育館会場の現場責任者が交代いたします。
今後、現場に関するお問い合わせは下記までお願いいたします。

　新任：日の出産業株式会社 イベント運営事業部 会場運営課　峰岸 崇
　直通：043-301-7731
　Mail：minegishi.takashi@hinode-sangyo.co.jp

私も引き続き全体の窓口として関わりますので、よろしくお願いいたします。

{sig("miyanohara")}
""",
    entities=[], detectors=[],
    note="one new business contact (company direct line and company mail) to the city: must go",
)

_r19 = people(1, sex="M", ymin=1944, ymax=1950)[0]
add(
    id="vaccine-019", expect="stop", charset="utf-8",
    sender=me("tadokoro"), to=[TSUBASA],
    subject="FW: 予約画面で車いす・付き添いを選べない件（市民の方からのご意見）",
    body=f"""ツバサシステム サポートご担当者様

日の出産業 予約センターの田所です。
市民の方から以下のご意見をいただきました。予約画面の「配慮事項」欄の改修について
ご検討いただきたく、原文のまま転送します。

-----Forwarded Message-----
From: {_r19["romaji"]} <{_r19["email"]}>
Subject: 予約について
Date: 2025/09/12 21:14

ワクチン予約センター御中

{_r19["name"]}と申します（{age(_r19["dob"])}歳、電話 {_r19["mobile"]}）。
私は心臓にペースメーカーを入れており、また脳梗塞の後遺症で右半身が不自由なため
車いすで伺いたいのですが、予約画面でそのことを伝える欄がありません。
家内が付き添う予定です。どうすればよいでしょうか。

{sig("tadokoro", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward (new text to the vendor) of a resident's mail with his pacemaker, stroke and disability, name and phone",
)

add(
    id="vaccine-020", expect="pass", charset="iso-2022-jp",
    sender=me("kuze"), to=[CITY_T],
    subject="9月分 接種実績・副反応の集計",
    body=f"""竹之内様

お世話になっております。集団接種センターの久世です。
9月分の集計をお送りします（個人が特定される情報は含めていません）。

年代        接種者数   即時型副反応   救急搬送
--------    --------   ------------   --------
12〜29歳         412              3          0
30〜49歳         958              7          0
50〜64歳       1,204              5          1
65歳以上       2,871              9          1
--------    --------   ------------   --------
合計           5,445             24          2

即時型副反応の内訳：血管迷走神経反射 15件、じんましん 6件、アナフィラキシー疑い 3件
（うち2件は保健所へ副反応疑い報告済み）

{sig("kuze", 1)}
""",
    entities=[], detectors=[],
    note="aggregate counts by age band, no individual: must go",
)

# -- 021-040 -------------------------------------------------------------------------------

add(
    id="vaccine-021", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY_T],
    subject="9/15 接種実績ファイル",
    body=f"""竹之内様

お疲れさまです。日の出産業の田所です。
9/15分の接種実績ファイルを添付します。ご確認ください。

田所
""",
    attachments=[{"kind": "corrupt", "name": "接種実績_0915.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

_rows22 = ""
for _ in range(10):
    p = people(1, ymin=1939, ymax=2003)[0]
    _rows22 += f"{ticket()}    {ymd(p['dob'])}    {p['mobile']}    {rng.choice(['HH01', 'HH02', 'HH03'])}      {rng.choice(['R-1008', 'R-1011', 'R-1019', 'R-1022'])}\n"
add(
    id="vaccine-022", expect="stop", charset="utf-8",
    sender=me("shimabukuro"), to=[TSUBASA],
    subject="【調査依頼】二重登録になっている予約データ",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の島袋です。
同じ接種券番号で予約が二重に登録されているケースが見つかりました。
下記10件について、二重登録の原因調査と片方の取消をお願いします（予約番号は後に入った方）。

接種券番号    生年月日      電話番号         会場      予約番号
------------  ------------  ---------------  --------  --------
{_rows22}
重複はいずれも9/10 22時台にWEBから入っていました。

{sig("shimabukuro")}
""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 residents' records (ticket number, DOB, phone) with no name column, to the vendor: list of people",
)

_bcc23 = [f"{p['email']}" for p in people(6)]
add(
    id="vaccine-023", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[addr_of("tadokoro")], bcc=_bcc23,
    subject="【東浜市ワクチン予約センター】10/5 汐見台公民館会場の変更について",
    body="""ご予約者各位

東浜市ワクチン予約センター（運営：日の出産業株式会社）です。
10月5日（日）に汐見台公民館でご予約の皆さまへのお知らせです。

空調設備の工事のため、当日の会場を「浜野地区センター」（東浜市浜野2-6-18）に変更いたします。
ご予約の時間・接種券はそのままお使いいただけます。
浜野地区センターへは、東浜駅北口から市内循環バス「浜野」下車すぐです。

ご不明な点は予約センター（0120-718-556）までお問い合わせください。
ご迷惑をおかけし申し訳ございません。

東浜市ワクチン予約センター
""",
    entities=[], detectors=["freemail_recipient"],
    note="notice to six residents correctly in Bcc (they cannot see each other); generic content",
)

_r24 = people(3)
_r24_to = []
_doms = ["gmail.com", "docomo.ne.jp", "yahoo.co.jp"]
for p, d in zip(_r24, _doms):
    _r24_to.append(f"{p['email'].split('@')[0]}@{d}")
add(
    id="vaccine-024", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=_r24_to,
    subject="ご予約日時の変更について（東浜市ワクチン予約センター）",
    body="""ご予約の皆さま

東浜市ワクチン予約センターです。
先日お電話でご相談いただいた件、10月12日（日）14:00〜の枠でお取りしました。
当日は接種券と本人確認書類をお持ちください。

東浜市ワクチン予約センター（日の出産業株式会社）
0120-718-556
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (three parties) can see each other's addresses in To",
)

_t25 = _corp_number("010401087318")
add(
    id="vaccine-025", expect="pass", charset="cp932",
    sender=me("egashira"), to=[KAWASAKI],
    subject="職域接種（第2期）ご請求書送付のご案内",
    body=f"""川崎電機株式会社
健康管理室 ご担当者様

平素より大変お世話になっております。日の出産業 業務管理課の江頭です。
職域接種（第2期）の請求書をお送りいたします。

請求書番号：HS-INV-2025-0931
件名：職域接種運営業務（本社・第二工場 2会場）
ご請求金額：4,862,700円（税込）
お支払期日：2025年10月31日

【お振込先】みどり銀行 本店営業部 普通 1180243 ニチノデサンギョウ（カ
適格請求書発行事業者登録番号：T{_t25}

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。

{sig("egashira")}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice: invoice number, the company's own bank account and T-number; no one's personal data",
)

_p26 = people(10, ymin=1963, ymax=2001)
_s26a = [["青葉運輸株式会社 2025年度 定期健康診断 結果一覧（習志野営業所）"], [],
         ["社員番号", "氏名", "生年月日", "身長", "体重", "BMI", "血圧", "LDL", "γ-GTP", "総合判定"]]
for i, p in enumerate(_p26):
    h = rng.randint(152, 182)
    w = rng.randint(48, 96)
    _s26a.append([f"AU{rng.randint(10000, 99999)}", p["name"], ymd(p["dob"]), h, w, round(w / (h / 100) ** 2, 1),
                  f"{rng.randint(108, 172)}/{rng.randint(64, 104)}", rng.randint(88, 190), rng.randint(14, 220),
                  rng.choice(["A 異常なし", "B 軽度異常", "C 要経過観察", "D 要精密検査", "B 軽度異常"])])
_s26b = [["判定区分", "人数"], ["A", 3], ["B", 3], ["C", 2], ["D", 2]]
add(
    id="vaccine-026", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=[AOBA],
    subject="習志野営業所 定期健診結果のご送付",
    body=f"""青葉運輸株式会社
総務部 御中

いつもお世話になっております。日の出産業 健診事業課の真鍋です。
8月に実施いたしました習志野営業所の定期健康診断の結果一覧をお送りします。
D判定の方には個別に受診勧奨の文書を同封しております。

{sig("manabe")}
""",
    attachments=[{"kind": "xlsx", "name": "健診結果一覧_習志野営業所.xlsx",
                  "sheets": {"結果一覧": _s26a, "集計": _s26b}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX (title row, two sheets) of 10 employees' health-check results to the client: list + 要配慮",
)

add(
    id="vaccine-027", expect="pass", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[SAKURA],
    subject="11/8・9 当日の連絡先",
    body=f"""堀井様

お世話になっております。宮之原です。
11月8日・9日の当日連絡先をお知らせします。搬入口の警備の方にもお伝えいただけますと幸いです。

　現場責任者　峰岸 崇　　080-5527-1863
　副責任者　　三ツ矢 千尋　070-2284-6091

搬入は8日7:30から、トラック2台（2t）で伺います。

宮之原
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two staff members' mobile numbers for the event day to the venue: under five people, may warn",
)

_p28 = people(6, sex="F", ymin=1970, ymax=1999)
_b28 = "\n".join(f"・{p['name']}（{rng.choice(['看護師', '看護師', '保健師'])}）{p['mobile']}  "
                 f"{rng.choice(['10/4 終日', '10/5 AM', '10/4 PM・10/5 終日', '10/5 終日'])}" for p in _p28)
add(
    id="vaccine-028", expect="stop", charset="iso-2022-jp",
    sender=me("onodera"), to=["会場運営課 共有 <kaijo-unei@hinode-sangyou.co.jp>"],
    subject="10/4・10/5 看護師シフト（直雇用分）",
    body=f"""会場運営課の皆さん

お疲れさまです。小野寺です。
今週末の直雇用看護師のシフトです。当日欠勤の連絡はこの携帯番号に入りますので、
受付の方でも控えておいてください。

{_b28}

小野寺
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="meant for an internal list but sent to hinode-sangyou.co.jp (look-alike of the own domain), with 6 nurses' mobiles",
)

add(
    id="vaccine-029", expect="pass", charset="utf-8",
    sender=me("okabe"), to=["Ops Desk <ops@polarlog-sg.com>"],
    subject="Temperature excursion check - shipment PLX-88213",
    body=f"""Dear Ops team,

Thank you for the delivery of shipment PLX-88213 to our Higashihama site on 17 Sept.
Our receiving staff noted that logger #TL-0457 showed a short excursion. Could you confirm
whether the lot is still within the stability budget?

  Logger    Min (C)   Max (C)   Time above -60C
  TL-0455   -78.2     -71.5     0 min
  TL-0456   -77.9     -70.8     0 min
  TL-0457   -76.4     -58.9     11 min

Lots on this shipment: FK3391, FK3402 (expiry 2026-01-31).
We have quarantined the TL-0457 tray until we hear from you.

Best regards,
{sig("okabe")}
""",
    entities=[], detectors=[],
    note="English logistics mail: logger readings and lot numbers, no personal data",
)

_p30 = people(6, ymin=1975, ymax=2003)
_nat = ["Vietnam", "Nepal", "Philippines", "Brazil", "Indonesia", "Sri Lanka"]
_lang = ["Vietnamese", "Nepali", "Tagalog", "Portuguese", "Indonesian", "Sinhala"]
_fn = ["NGUYEN Thi Lan", "GURUNG Bikash", "SANTOS Maria Cristina", "OLIVEIRA Lucas", "PUTRI Ayu Lestari",
       "PERERA Dilshan"]
_rc = lambda: f"{rng.choice('ABCDEFGHJKLMN')}{rng.choice('ABCDEFGHJKLMN')}{rng.randint(10000000, 99999999)}{rng.choice('CDEFGH')}{rng.choice('ABCDE')}"
_t30 = "\n".join(f"{i + 1}. {n} ({nat}) - residence card {_rc()} - {lang} - tel {p['mobile']} - Oct {rng.randint(4, 26)}"
                 for i, (n, nat, lang, p) in enumerate(zip(_fn, _nat, _lang, _p30)))
add(
    id="vaccine-030", expect="stop", charset="utf-8",
    sender=me("okabe"), to=["Dispatch Team <dispatch@globalbridge-tsuyaku.jp>"],
    subject="Interpreter booking - October vaccination appointments",
    body=f"""Hello Dispatch Team,

We would like to book interpreters for the following residents who have appointments at the
Higashihama City mass vaccination centre. The city asked us to attach their residence card
numbers so your interpreters can help with the ID check at reception.

{_t30}

Please confirm availability by Friday.

Kind regards,
{sig("okabe")}
""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English list of 6 foreign residents with 在留カード numbers and phones to an interpreter agency",
)

_p31 = people(7, ymin=1965, ymax=2000)
_t31 = "\n".join(f"{p['name']:<10}\t{_mynum()}\t{p['addr']}" for p in _p31)
add(
    id="vaccine-031", expect="pass", charset="utf-8",
    sender=me("egashira"), to=[f"人事総務部 給与チーム <kyuyo@{D}>"], cc=[f"久世 まどか <kuze.madoka@event.{D}>"],
    subject="年末調整用 マイナンバー（接種センター直雇用スタッフ分）",
    body=f"""給与チーム 御中

業務管理課の江頭です。接種センター直雇用スタッフ7名分の個人番号を回収しましたので送付します。
社内のマイナンバー取扱規程に従い、受領後はこのメールを削除してください。

{_t31}

江頭
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=[],
    note="My Numbers of 7 staff, but To and Cc are internal (event.hinode-sangyo.co.jp is a subdomain): must go",
)

add(
    id="vaccine-032", expect="stop", charset="iso-2022-jp",
    sender=me("shimabukuro"), to=[TSUBASA_O],
    subject="【取扱注意】9/18障害 再発防止策（当社案）",
    body=f"""大河内様

お世話になっております。島袋です。
9/18の予約画面停止について、当社としての再発防止策案をまとめました。
貴社の報告書とすり合わせたうえで市へ提出したいと考えています。

1. DB接続数の監視閾値を80%に引き下げ、超過時に当社にも通知
2. 予約受付開始時刻の分散（会場ごとに15分ずらす）
3. 障害時の市民向け告知文テンプレートの事前準備

ご意見をいただけますでしょうか。

{sig("shimabukuro")}
""",
    entities=[], detectors=["confidential_marking"],
    note="the subject carries a 【取扱注意】 classification stamp and the mail goes to the vendor",
)

add(
    id="vaccine-033", expect="pass", charset="iso-2022-jp",
    sender=me("onodera"), to=[NURSELINK],
    subject="11月 集団接種会場 看護師・薬剤師のご手配依頼",
    body=f"""ナースリンク株式会社
コーディネーター ご担当者様

いつもお世話になっております。日の出産業 医療人材調整チームの小野寺です。
11月分の人員について、以下のとおりご手配をお願いできますでしょうか。

【必要人数（1日あたり）】
　看護師（接種・経過観察）　6名
　薬剤師（希釈・充填）　　　2名
【日程】11/8(土)、11/9(日)、11/15(土)、11/16(日)、11/22(土)
【時間】8:30〜17:30（休憩60分）
【場所】さくらホテル東浜 2F（東浜市本郷1-1-1）
【単価】看護師 2,600円/h、薬剤師 3,200円/h（交通費別途実費）
【条件】筋注経験1年以上、集団接種経験者歓迎

10/24（金）までにご回答いただけますと幸いです。

{sig("onodera")}
""",
    entities=[], detectors=[],
    note="staffing request with head-counts and rates, no individual: must go",
)

_p34 = people(6, ymin=1955, ymax=1988)
_banks = [("みどり銀行", "0168"), ("東浜信用金庫", "1291"), ("ゆうちょ銀行", "9900"), ("千葉中央銀行", "0134")]
_rows34 = [["医師名", "フリガナ", "金融機関", "金融機関コード", "支店名", "口座種別", "口座番号", "口座名義", "9月報酬額"]]
for p in _p34:
    b = rng.choice(_banks)
    _rows34.append([p["name"], p["kana"], b[0], b[1], rng.choice(["東浜支店", "本店営業部", "船橋支店", "〇一八支店"]),
                    "普通", f"{rng.randint(1000000, 9999999)}", p["kana"].replace(" ", "　"),
                    f"{rng.randint(12, 40) * 18000}"])
add(
    id="vaccine-034", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=["経理パートナーズ 振込代行 <furikomi@keiri-partners.co.jp>"],
    subject="9月分 医師報酬 振込データ",
    body=f"""株式会社経理パートナーズ
振込代行ご担当者様

日の出産業 業務管理課の江頭です。
9月分の非常勤医師報酬の振込データを送付します。10月10日振込でお願いします。

{sig("egashira", 2)}
""",
    attachments=[{"kind": "csv", "name": "ishi_housyu_202509.csv", "encoding": "utf-8", "rows": _rows34}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="UTF-8 CSV of 6 doctors' personal bank accounts to an outside bookkeeping firm",
)

_a35 = people(1, sex="F", ymin=1985, ymax=1990)[0]
add(
    id="vaccine-035", expect="pass", charset="iso-2022-jp",
    sender=me("kuze"), to=[HOKENJO],
    subject="RE: 9/20 副反応疑い事例の追加情報について",
    body=f"""保健所 感染症対策係 ご担当者様

承知いたしました。報告書の様式（第2版）で作成し直し、明日午前中にお送りします。

久世

-----Original Message-----
From: 東浜市保健所 <hokenjo-kansen@city.higashihama.lg.jp>
Sent: Monday, September 22, 2025 4:18 PM
To: 久世 まどか
Subject: 9/20 副反応疑い事例の追加情報について

日の出産業 久世様

9/20の事例（{_a35["name"]}様、{age(_a35["dob"])}歳女性、接種後20分で呼吸困難・喘鳴、
既往に食物アレルギー（えび）あり）について、国への報告は新しい様式（第2版）でお願いします。
転帰は「回復」で差し支えありません。

東浜市保健所 感染症対策係
""",
    entities=[], detectors=[],
    note="the named adverse-reaction case is only in the quoted original from the health centre",
)

_p36 = people(8, ymin=1950, ymax=1990)
_rows36 = [["氏名", "医籍登録番号", "生年月日", "自宅住所", "携帯電話", "専門", "出務可能日"]]
for p in _p36:
    _rows36.append([p["name"], f"第{rng.randint(300000, 599999)}号", wareki(*p["dob"]), p["addr"], p["mobile"],
                    rng.choice(["内科", "小児科", "整形外科", "皮膚科", "総合診療"]),
                    rng.choice(["土", "日", "土日", "水・土"])])
add(
    id="vaccine-036", expect="stop", charset="cp932",
    sender=me("onodera"), to=[ISHIKAI],
    subject="11月以降の問診医ご推薦の件（候補者名簿）",
    body=f"""東浜市医師会 事務局 御中

いつもお世話になっております。日の出産業 医療人材調整チームの小野寺です。
11月以降の問診医について、当社で登録いただいている先生方の名簿をお送りします。
医師会様からの推薦枠との重複がないかご確認をお願いいたします。

{sig("onodera")}
""",
    attachments=[{"kind": "zip", "name": "問診医候補_202511.zip",
                  "files": [{"kind": "csv", "name": "問診医候補者名簿.csv", "rows": _rows36},
                            {"kind": "txt", "name": "readme.txt", "text": "11月以降の問診医候補（日の出産業登録分）\n"}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="plain ZIP whose CSV lists 8 doctors with home address, DOB and mobile, to the 医師会",
)

add(
    id="vaccine-037", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=["kazuko.iokibe52@yahoo.co.jp"],
    subject="Re: 予約の確認",
    body="""五百旗頭 様

東浜市ワクチン予約センターです。お問い合わせありがとうございます。
ご予約は以下のとおり承っております。

　日時：10月11日（土）10:30
　会場：市民体育館（東浜市若葉町1-2-1）
　予約番号：R-1011-0482

当日は接種券・予診票（ご記入のうえ）・本人確認書類をお持ちください。

東浜市ワクチン予約センター（運営：日の出産業株式会社）
0120-718-556
""",
    entities=[], detectors=["freemail_recipient"],
    note="reply to one resident about her own booking: one free-mail recipient, nothing sensitive",
)

_h38 = people(1, sex="F", ymin=1950, ymax=1958)[0]
add(
    id="vaccine-038", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=["東浜手話通訳者派遣センター <haken@higashihama-shuwa.or.jp>"],
    subject="手話通訳者派遣のお願い（10/18 市民体育館）",
    body=f"""東浜手話通訳者派遣センター 御中

日の出産業 ワクチン予約センターの田所です。
下記の方の接種について、手話通訳者の派遣をお願いいたします。

　対象者：{_h38["name"]}様（{_h38["kana"]}）
　障害の状況：聴覚障害（身体障害者手帳2級）、筆談可
　連絡方法：FAX 043-305-{rng.randint(1000, 9999)}（ご自宅）、メール不可
　日時：10月18日（土）13:30〜（受付13:15）
　会場：東浜市民体育館

ご本人から「問診のときに通訳をお願いしたい」とのご希望をいただいています。

{sig("tadokoro")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named resident's disability (聴覚障害・手帳2級) and home fax to an outside association",
)

add(
    id="vaccine-039", expect="pass", charset="cp932",
    sender=me("kuze"), to=["協和医療器 受注センター <order@kyowa-iryoki.co.jp>"],
    subject="発注：10月分 接種会場消耗品",
    body=f"""協和医療器株式会社
受注センター 御中

いつもお世話になっております。日の出産業 集団接種センターの久世です。
10月分の消耗品を添付の発注書のとおりお願いいたします。
納品は10/1（水）午前、東浜市民体育館 搬入口までお願いします。

{sig("kuze", 1)}
""",
    attachments=[{"kind": "xlsx", "name": "発注書_202510.xlsx", "sheets": {
        "発注書": [["発注書 No. HS-PO-25-1044"], ["品番", "品名", "規格", "数量", "単価", "金額"],
                 ["NS-2516", "注射針", "25G×16mm", 12000, 9, 108000],
                 ["SY-01L", "シリンジ（ローデッドタイプ）", "1mL", 12000, 21, 252000],
                 ["AC-200", "アルコール綿", "個包装", 15000, 3, 45000],
                 ["GL-M", "ニトリル手袋", "Mサイズ", 40, 980, 39200],
                 ["SB-5", "針捨て容器", "5L", 30, 640, 19200]]}}],
    entities=[], detectors=[],
    note="purchase order of consumables (product codes, quantities, prices): no personal data",
)

_y40 = people(1, sex="M", ymin=1946, ymax=1952)[0]
add(
    id="vaccine-040", expect="stop", charset="iso-2022-jp",
    sender=me("kuze"), to=[CITY_T],
    subject="医師判断保留となった方の予診票（ご相談）",
    body=f"""竹之内様

お世話になっております。集団接種センターの久世です。
本日、問診医の判断で接種を見合わせた方が1名いらっしゃいました。
ご本人が市に問い合わせるとおっしゃっていたため、予診票の写しをPDFでお送りします。
次回の接種可否について、市の嘱託医の先生にご相談いただけますでしょうか。

久世
""",
    attachments=[{"kind": "pdf", "name": "予診票写し_0920_受付No118.pdf",
                  "lines": ["予診票（写し） 受付No.118  2025年9月20日 市民体育館",
                            f"住所：{_y40['addr']}",
                            f"氏名：{_y40['name']}（{_y40['kana']}）  性別：男",
                            f"生年月日：{wareki(*_y40['dob'])}（{age(_y40['dob'])}歳）",
                            f"電話番号：{_y40['mobile']}",
                            "1. 現在治療中の病気：はい（悪性リンパ腫 化学療法中、最終投与 9/12）",
                            "2. 最近1か月の発熱：いいえ",
                            "3. 重いアレルギー：いいえ",
                            "医師記入欄：化学療法直後のため本日は見合わせ。主治医と相談のうえ再予約。",
                            "医師署名：勅使河原"]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF copy of one person's filled-in 予診票 (lymphoma under chemotherapy) to the city",
)

# -- 041-060 -------------------------------------------------------------------------------

add(
    id="vaccine-041", expect="pass", charset="iso-2022-jp",
    sender=me("iwasa"), to=["川崎電機 総務部 長嶺 <nagamine@kawasaki-denki.co.jp>"], cc=[SAKURA],
    subject="職域接種（第3期）会場下見の日程調整",
    body=f"""川崎電機株式会社 総務部 長嶺様
さくらホテル東浜 堀井様

いつもお世話になっております。日の出産業の岩佐です。
第3期の職域接種はさくらホテル東浜様の「白鷺の間」で実施する方向で進めております。
つきましては、三社で会場の下見をさせていただきたく、候補日をお送りします。

　① 10月2日（木）14:00〜15:00
　② 10月3日（金）10:00〜11:00
　③ 10月6日（月）15:00〜16:00

確認したい点：
・エレベーターから会場までの車いす動線
・経過観察スペースとして隣室「千鳥」を併用できるか
・社用バス（中型）の車寄せ

ご都合のよい日をお知らせください。

{sig("iwasa")}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To/Cc",
)

add(
    id="vaccine-042", expect="stop", charset="iso-2022-jp",
    sender=me("onodera"), to=[CITY_T], cc=[MEDISTAFF, NURSELINK],
    subject="11月の医療従事者配置計画について",
    body=f"""竹之内様
（cc：メディスタッフ 綾瀬様、ナースリンク ご担当者様）

いつもお世話になっております。日の出産業の小野寺です。
11月の配置計画について、市からのご要望（経過観察エリアの看護師増員）を踏まえ、
派遣会社2社にも下記の分担で調整をお願いしております。

　メディスタッフ様：看護師 4名/日（市民体育館）
　ナースリンク様：看護師 6名/日、薬剤師 2名/日（さくらホテル東浜）

単価・契約条件は各社様と個別に取り決めておりますので、本メールでは省略いたします。

{sig("onodera")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="the city and two competing staffing agencies (three external organisations) see each other in To/Cc",
)

add(
    id="vaccine-043", expect="pass", charset="iso-2022-jp",
    sender=me("shimabukuro"), to=[CITY_T],
    subject="予診票画像の受け渡し方法について",
    body=f"""竹之内様

お世話になっております。島袋です。
先日ご相談いただいた予診票画像の受け渡しについてです。

予診票の画像は機密性の高い情報を含むため、今後はメールでの送受信は行わず、
ツバサ予約クラウドの管理画面（「帳票ダウンロード」メニュー）からダウンロードいただく運用に
切り替えたいと考えています。
市の職員の方用のアカウントは10月1日までに発行いたします。

運用手順書は来週お持ちします。

{sig("shimabukuro", 1)}
""",
    entities=[], detectors=[],
    note="the word 機密 is only mentioned in passing (a handling policy), no stamp and no personal data",
)

_p44 = people(5, ymin=1948, ymax=1999)
_sym = ["38.9℃の発熱、倦怠感", "接種部位の著明な腫脹（10cm）", "動悸・胸痛（心筋炎疑いで精査）", "顔面神経麻痺の疑い",
        "じんましん（全身）"]
_t44 = [["氏名", "年齢", "性別", "接種日", "症状", "受診先", "転帰", "連絡先"]]
for p, s in zip(_p44, _sym):
    _t44.append([p["name"], age(p["dob"]), p["sex"], f"9/{rng.randint(6, 21)}", s,
                 rng.choice(["東浜中央病院", "かかりつけ医", "東浜医療センター"]), rng.choice(["回復", "軽快", "未回復"]),
                 p["mobile"]])
add(
    id="vaccine-044", expect="stop", charset="utf-8",
    sender=me("kuze"), to=[HOKENJO],
    subject="接種後の体調不良に関する相談者フォローアップ状況",
    body=f"""東浜市保健所 感染症対策係 御中

集団接種センターの久世です。
9月中にコールセンターへ接種後の体調不良のご相談があった方のうち、
医療機関を受診された5名のフォローアップ状況を添付のとおりまとめました。

{sig("kuze", 1)}
""",
    attachments=[{"kind": "docx", "name": "フォローアップ状況_9月.docx",
                  "paragraphs": ["接種後体調不良 相談者フォローアップ状況（2025年9月）", "作成：集団接種センター 看護統括"],
                  "tables": [_t44]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table of 5 named residents with their post-vaccination symptoms and phones to the health centre",
)

_k45 = people(1, sex="M", ymin=1978, ymax=1986)[0]
add(
    id="vaccine-045", expect="stop", charset="iso-2022-jp",
    sender=me("iwasa"), to=[KAWASAKI],
    subject="海外渡航用 接種証明書の発行について",
    body=f"""川崎電機 健康管理室 ご担当者様

お世話になっております。日の出産業の岩佐です。
10月にベトナム工場へ赴任される方の海外用接種証明書について、職域接種の記録から
申請書を作成しました。内容に誤りがないか、ご本人にご確認いただけますでしょうか。

　氏名：{_k45["name"]}（{_k45["romaji"]}）
　生年月日：{ymd(_k45["dob"], "-")}
　旅券番号：T{rng.choice("KRZ")}{rng.randint(1000000, 9999999)}
　接種記録：2025/06/14、2025/07/05（職域接種・本社会場）

問題なければ今週中に市へ申請いたします。

{sig("iwasa")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="one employee's passport number with name and DOB to the client company: identity-document number",
)

add(
    id="vaccine-046", expect="pass", charset="utf-8",
    sender=me("shimabukuro"), to=[TSUBASA],
    subject="管理画面のCSV出力が503になる件",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の島袋です。管理画面から接種実績CSVを出力しようとすると503が返ります。
ログの該当部分を貼り付けます。

2025-09-24T09:12:44+09:00 req=7f3a91c2 GET /admin/export/vaccination?venue=HH01&date=2025-09-23 503 30012ms
2025-09-24T09:13:20+09:00 req=7f3a9d07 GET /admin/export/vaccination?venue=HH01&date=2025-09-23 503 30008ms
2025-09-24T09:15:02+09:00 req=7f3ab511 GET /admin/export/vaccination?venue=HH02&date=2025-09-23 200 1840ms

HH01（市民体育館）だけ件数が多い（1日 約900件）ので、タイムアウトではないかと推測しています。
テナントID：hinode-hh-prod

{sig("shimabukuro", 1)}
""",
    entities=[], detectors=[],
    note="support request with log lines (request ids, venue codes): no personal data",
)

add(
    id="vaccine-047", expect="stop", charset="utf-8",
    sender=me("okabe"), to=["FrostLine Sales <sales@frostline-med.com>"],
    subject="RFQ: ultra-low freezers for the Higashihama site",
    body=f"""Dear FrostLine team,

Please find attached our requirements for two additional ultra-low temperature freezers.
We would appreciate a quotation by 10 October.

Best regards,
{sig("okabe")}
""",
    attachments=[{"kind": "pdf", "name": "ULT_freezer_requirements.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Do not distribute",
                  "lines": ["Requirements: ULT freezers for Higashihama vaccination centre",
                            "Quantity: 2 units, -80C to -60C, capacity >= 400 L",
                            "Remote temperature monitoring with e-mail alerts",
                            "Budget ceiling: JPY 4,200,000 per unit incl. installation",
                            "Delivery: by 14 November 2025"]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a CONFIDENTIAL classification in its page footer, sent to a vendor",
)

_v48 = people(1, sex="F", ymin=1994, ymax=1999)[0]
add(
    id="vaccine-048", expect="stop", charset="utf-8",
    sender=me("okabe"), to=["NordVax Safety Desk <safety-jp@nordvax.com>"],
    subject="Adverse event report - lot FK3402",
    body=f"""Dear Safety Desk,

We are reporting an adverse event following immunisation at our Higashihama mass vaccination
centre, as requested in your field safety notice.

Patient: {_v48["romaji"]}, female, born {ymd(_v48["dob"], "-")}
Vaccinated: 2025-09-21 11:20, lot FK3402, left deltoid
Event: chest pain and palpitations on day 2; admitted to Higashihama Medical Center with
suspected myocarditis (troponin elevated). History of Hashimoto's thyroiditis.
Outcome: recovering, discharged on 2025-09-27.

The physician's report (Japanese) will follow from the city health centre.

Best regards,
{sig("okabe")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English adverse-event report naming one patient with DOB, myocarditis and medical history, to the manufacturer",
)

_p49 = people(5, sex="F", ymin=1968, ymax=1996)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{wareki(*p['dob'], rng.choice([0, 1]))}\n"
    f"　住所：{p['addr']}\n　携帯：{p['mobile']}\n　資格：{rng.choice(['看護師', '看護師', '准看護師'])}"
    f"（経験{rng.randint(2, 25)}年）"
    for i, p in enumerate(_p49))
add(
    id="vaccine-049", expect="stop", charset="iso-2022-jp",
    sender=me("onodera"), to=[NURSELINK],
    subject="ご紹介いただいた看護師さん5名の登録情報確認",
    body=f"""ナースリンク株式会社
コーディネーター ご担当者様

お世話になっております。小野寺です。
ご紹介いただいた5名の方について、当社の入構証作成のため登録情報を転記しました。
相違がないかご確認をお願いいたします。

{_blocks}

{sig("onodera")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five nurses as one block each (DOB in 和暦, home address, mobile) to the agency: list of people",
)

add(
    id="vaccine-050", expect="pass", charset="iso-2022-jp",
    sender=me("manabe"), to=[KITAGUNI],
    subject="2026年度 定期健診 オプション検査の料金表",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

お世話になっております。日の出産業 健診事業課の真鍋です。
来年度のオプション検査料金表をお送りします（税別・1名あたり）。

・胃部X線検査　　　　　　　　4,500円
・腹部超音波検査　　　　　　　5,000円
・眼底検査　　　　　　　　　　1,800円
・腫瘍マーカー（PSA／CA125）　各2,200円
・乳がん検診（マンモグラフィ）6,800円
・インフルエンザ予防接種　　　3,300円

100名以上でお申し込みの場合は5％お値引きいたします。
ご検討のほどよろしくお願いいたします。

{sig("manabe")}
""",
    entities=[], detectors=[],
    note="price list of optional examinations: no personal data",
)

_n51 = people(1, sex="F", ymin=1972, ymax=1980)[0]
add(
    id="vaccine-051", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=["ほしの社会保険労務士事務所 <info@sr-hoshino.jp>"],
    subject="資格取得届の作成依頼（看護師 1名）",
    body=f"""ほしの社会保険労務士事務所
星野先生

お世話になっております。日の出産業の江頭です。
10月1日付で集団接種センターに直雇用の看護師が1名入社しますので、
社会保険の資格取得届の作成をお願いいたします。

氏名：{_n51["name"]}（{_n51["kana"]}）
生年月日：{wareki(*_n51["dob"])}
基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
報酬月額：310,000円
被扶養者：なし

{sig("egashira")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a new nurse's 基礎年金番号 with name and DOB to the outside 社労士",
)

_p52 = people(4, sex="F", ymin=1975, ymax=2000)
add(
    id="vaccine-052", expect="pass", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[SAKURA],
    subject="入館証の発行依頼（11/8・9 追加分）",
    body=f"""堀井様

お世話になっております。宮之原です。
11/8・9に追加で入る看護師4名分の入館証をお願いできますでしょうか。
当日、従業員口で本人確認をされる際の連絡先も記載しております。

""" + "\n".join(f"　{p['name']}　{p['mobile']}" for p in _p52) + f"""

よろしくお願いいたします。

{sig("miyanohara", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's names and phones to the venue: under the five-person threshold, may warn",
)

add(
    id="vaccine-053", expect="stop", charset="iso-2022-jp",
    sender=me("iwasa"), to=["堀井 様 <banquet-higashihama@sakura-hotel.co.jp>"],
    subject="白鷺の間 12月の空き状況",
    body=f"""堀井様

お世話になっております。日の出産業の岩佐です。
12月第1・第2週の土日で、白鷺の間の空き状況を教えていただけますでしょうか。
北国フーズ様の健診会場として使用を検討しております。

{sig("iwasa", 1)}
""",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp instead of the partner's sakura-hotel.jp (another TLD): look-alike",
)

add(
    id="vaccine-054", expect="pass", charset="iso-2022-jp",
    sender=me("manabe"), to=[AOBA],
    subject="健診結果の部署別集計（衛生委員会資料）",
    body=f"""青葉運輸株式会社 総務部 御中

お世話になっております。真鍋です。
11月の衛生委員会用に、部署別の集計をお送りします。個人が特定されないよう
人数10名未満の部署は「その他」にまとめています。

部署          受診者数  有所見率  平均BMI  要精密検査
------------  --------  --------  -------  ----------
ドライバー職       148     62.2%     24.8          19
倉庫・荷役          73     49.3%     23.9           7
事務・管理          41     36.6%     22.7           3
その他              12     41.7%     23.1           1

昨年度と比べ、ドライバー職の血圧の有所見率が上がっています（51.0% → 58.1%）。

{sig("manabe")}
""",
    entities=[], detectors=[],
    note="department-level aggregate statistics with small groups merged: no individual",
)

_c55 = _card()
add(
    id="vaccine-055", expect="stop", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[SAKURA],
    subject="会場予約金のお支払いについて",
    body=f"""堀井様

お世話になっております。宮之原です。
11/8・9の会場予約金（385,000円）は、法人カードでお支払いいたします。
お電話で番号をお伝えするのが難しいため、こちらに記載いたします。

カード番号：{_c55[:4]}-{_c55[4:8]}-{_c55[8:12]}-{_c55[12:]}
有効期限：08/28
名義：MASAHITO HANAZONO

決済が完了しましたらご連絡ください。

宮之原
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number with holder name in running text to the hotel",
)

add(
    id="vaccine-056", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY_T],
    subject="記入済み予診票（原本）の発送について",
    body=f"""竹之内様

お世話になっております。田所です。
9月分の記入済み予診票（原本）を本日、市役所 健康推進課宛てに発送しました。

　箱数：6箱（HH01：4箱、HH02：1箱、HH04：1箱）
　配送：青葉運輸 セキュリティ便
　お問い合わせ番号：4410-2281-9032、4410-2281-9043、4410-2281-9054
　到着予定：9月26日（金）午前中

受領後、同封の受領書にご押印のうえご返送ください。

{sig("tadokoro", 1)}
""",
    entities=[], detectors=[],
    note="shipment notice: box counts and tracking numbers only",
)

_p57 = people(7, ymin=1945, ymax=2002)
_ns = "\n".join(f"{p['name']}\t{p['mobile']}\t10/{rng.randint(4, 5)} {rng.choice(['9:30', '10:00', '13:30', '15:00'])}\t{rng.choice(['HH01', 'HH02'])}"
                for p in _p57)
add(
    id="vaccine-057", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[TSUBASA],
    subject="FW: 無断キャンセル者の件（予約停止機能の確認）",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の田所です。
無断キャンセルが続いた方の予約を一時停止できる機能はありますでしょうか。
社内で共有されたメールを添付しますので、対象者の状況をご確認ください。

{sig("tadokoro", 1)}
""",
    attachments=[{"kind": "eml", "name": "無断キャンセル者一覧.eml", "message": {
        "sender": me("kuze"), "to": [me("tadokoro")], "charset": "iso-2022-jp",
        "subject": "10/4・5 無断キャンセル者",
        "body": f"田所さん\n\n10/4・5の無断キャンセル者です。いずれも2回目です。\n\n{_ns}\n\n久世\n"}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an attached internal mail (forwarded) lists 7 no-show residents with phones, sent to the vendor",
)

_m58 = people(1, sex="F", ymin=1991, ymax=1996)[0]
add(
    id="vaccine-058", expect="stop", charset="iso-2022-jp",
    sender=me("kuze"), to=["浜崎 医師 <dr.hamasaki@minatodai-lc.jp>"],
    subject="妊娠中の方の接種についてご相談",
    body=f"""みなと台レディースクリニック
浜崎先生

突然のご連絡失礼いたします。東浜市集団接種センター 看護統括の久世です。
先生のクリニックに通院中とうかがった方について、接種前にご意見をいただきたくご連絡しました。

{_m58["name"]}様（{age(_m58["dob"])}歳）は現在妊娠24週で、切迫早産のため先月まで入院されていたとのことです。
予診で「主治医の先生が接種してよいと言えば受けたい」とおっしゃっています。
10月11日に予約が入っておりますので、可否についてご教示いただけますと幸いです。

{sig("kuze", 1)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named woman's pregnancy and hospitalisation history in running text to an outside clinic",
)

_rows59 = "".join(
    f"<tr><td>{d}</td><td>{v}</td><td>{t}</td><td align='right'>{c}</td></tr>"
    for d, v, t, c in [("10/4(土)", "市民体育館", "9:00-16:30", 720), ("10/5(日)", "浜野地区センター", "9:00-12:00", 120),
                       ("10/8(水)", "汐見台公民館", "13:30-16:00", 96), ("10/11(土)", "市民体育館", "9:00-16:30", 720),
                       ("10/17(金)", "浜野地区センター", "18:00-20:00", 40)])
add(
    id="vaccine-059", expect="pass", charset="utf-8",
    sender=me("miyanohara"), to=[CITY],
    subject="10月前半 会場スケジュール（確定）",
    html=f"""<html><body style="font-family:sans-serif">
<p>東浜市 健康推進課 予防接種係 御中</p>
<p>いつもお世話になっております。日の出産業の宮之原です。<br>10月前半の会場スケジュールが確定しましたのでお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>日付</th><th>会場</th><th>時間</th><th>予約枠</th></tr></thead>
<tbody>{_rows59}</tbody></table>
<p>各会場の責任者は前日17時までに市へ人員配置表を提出いたします。</p>
<p>--<br>日の出産業株式会社 イベント運営事業部 会場運営課<br>宮之原 涼子　TEL 03-5439-2210</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only table of dates, venues and slot counts: no person",
)

add(
    id="vaccine-060", expect="either", charset="iso-2022-jp",
    sender=me("iwasa"), to=[KAWASAKI],
    subject="職域接種（第2期）実施報告",
    body=f"""川崎電機 健康管理室 ご担当者様

お世話になっております。岩佐です。
第2期職域接種の実施報告です。

・接種者数：本社 1,284名、第二工場 412名
・即時型副反応：計7件（血管迷走神経反射 5件、じんましん 2件）
・救急搬送：1件
　第二工場 品質保証課（在籍5名）の60代男性社員1名が、接種12分後にアナフィラキシーを発症し
　東浜医療センターへ搬送。同日中に回復・帰宅されています。

詳細は報告書（別送）をご覧ください。

{sig("iwasa")}
""",
    entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="no name, but a 5-person section plus age band and sex points to one employee's anaphylaxis: re-identifiable or aggregate?",
)

# -- 061-080 -------------------------------------------------------------------------------

_p61 = people(20, ymin=1960, ymax=2004)
_x61 = [["職域接種 予約者一覧（青葉運輸 第3期）"], ["社員番号", "氏名", "カナ", "生年月日", "所属", "接種日", "時間"]]
for p in _p61:
    _x61.append([f"{rng.randint(100000, 199999)}", p["name"], p["kana"], wareki(*p["dob"], 1),
                 rng.choice(["習志野営業所", "船橋センター", "本社"]), rng.choice(["10/20", "10/21"]),
                 rng.choice(["9:00", "9:30", "10:00", "13:00", "13:30", "14:00"])])
add(
    id="vaccine-061", expect="stop", charset="cp932",
    sender=me("iwasa"), to=[AOBA],
    subject="第3期 職域接種 予約者一覧のご確認",
    body=f"""青葉運輸株式会社
総務部 御中

お世話になっております。日の出産業の岩佐です。
第3期職域接種の予約者一覧（10/17時点、20名）をお送りします。
御社のシステムがxls形式のみ対応とのことでしたので、旧形式で保存しています。
所属に誤りがないかご確認ください。

{sig("iwasa", 2)}
""",
    attachments=[{"kind": "xls", "name": "予約者一覧_第3期.xls", "sheets": {"予約者": _x61}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="legacy XLS of 20 employees with DOB (S/H 和暦) back to the client company: a list of people is still a list",
)

add(
    id="vaccine-062", expect="pass", charset="iso-2022-jp",
    sender=me("hanazono"), to=[me("miyanohara"), me("kuze")], cc=[f"コンプライアンス室 <compliance@{D}>"],
    subject="【社外秘】9/20 救急搬送事案の社内報告書",
    body=f"""宮之原さん、久世さん

9/20の救急搬送事案の社内報告書です。社外秘扱いでお願いします。
パスワードは別途Teamsで送ります。役員会資料に使うので、事実関係に誤りがないか確認してください。

花園
""",
    attachments=[{"kind": "zip", "name": "incident_0920.zip", "password": "q8#Lm2vT",
                  "files": [{"kind": "docx", "name": "社内報告書_0920.docx", "page_header": "社外秘",
                             "paragraphs": ["救急搬送事案 社内報告書", "発生日時：2025年9月20日 11:05"]}]}],
    entities=[], detectors=[],
    note="社外秘 stamp and a password ZIP, but every recipient is internal: must go",
)

_m63 = people(1, sex="F", ymin=1988, ymax=1995)[0]
add(
    id="vaccine-063", expect="stop", charset="iso-2022-jp",
    sender=me("onodera"), to=[MEDISTAFF],
    subject="10/25 女性医師の追加手配のお願い",
    body=f"""メディスタッフ 綾瀬様

お世話になっております。小野寺です。
10/25（土）14:00〜の枠に、女性医師の問診を希望される方の予約が入りました。

ご予約者：{_m63["name"]}様（連絡先 {_m63["mobile"]}）
ご希望：イスラム教を信仰されており、宗教上の理由から女性医師による問診・接種をご希望
　　　　（接種時は個室またはパーティションで仕切った場所を希望）

当日14:00〜15:00の1時間だけでも、女性医師をご手配いただけないでしょうか。

{sig("onodera", 1)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named resident's religion (creed is 要配慮個人情報) with her phone to the staffing agency",
)

add(
    id="vaccine-064", expect="pass", charset="utf-8",
    sender=me("shimabukuro"), to=[TSUBASA_O], cc=["Tran Minh Duc <duc.tran@lotus-devworks.vn>"],
    subject="API spec question: slot availability endpoint",
    body=f"""Dear Mr. Okochi, Mr. Tran,

Thank you for the meeting yesterday. As agreed, here is our question in English so that
the development team in Da Nang can answer directly.

GET /v2/slots?venue=HH01&date=2025-10-11 returns "remaining": -2 for some slots when two
bookings arrive within the same second. Is the counter updated in a transaction, or is the
negative value expected while the retry job runs?

We would like a fix before the 11/8 weekend (expected peak: ~1,400 bookings/hour).

Best regards,
Takuya Shimabukuro
System Operations, Hinode Sangyo Co., Ltd.
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (vendor and its offshore developer) in To/Cc; technical content only",
)

_IDN_TSUBASA = "tsubasa-syst\u0435m.jp".encode("idna").decode("ascii")
add(
    id="vaccine-065", expect="stop", charset="iso-2022-jp",
    sender=me("shimabukuro"), to=[f"大河内 亮 <okochi@{_IDN_TSUBASA}>"],
    subject="定例会（10/2）アジェンダ",
    body=f"""大河内様

島袋です。10/2の定例会のアジェンダです。

1. 9/18障害の最終報告
2. 11月繁忙期の負荷試験の計画
3. 管理画面CSV出力のタイムアウト対応
4. 次年度契約について

よろしくお願いいたします。

{sig("shimabukuro", 1)}
""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain is an IDN (punycode) homoglyph of tsubasa-system.jp with a Cyrillic е",
)

_p66 = people(6, ymin=1932, ymax=1948)
_h66 = pad("氏名", 16) + pad("生年月日", 22) + pad("電話", 18) + "お迎え場所\n" + "－" * 40 + "\n"
for p in _p66:
    _h66 += (pad(p["name"], 16) + pad(wareki(*p["dob"], 2), 22) + pad(fw(p["mobile"]), 18)
             + p["addr"].split(" ")[-1 if p["addr"].startswith("〒") else 0] + "\n")
add(
    id="vaccine-066", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=["東浜交通 配車センター <haisha@higashihama-kotsu.co.jp>"],
    subject="10/11 高齢者送迎タクシーの配車依頼",
    body=f"""東浜交通株式会社
配車センター 御中

いつもお世話になっております。東浜市ワクチン予約センター（日の出産業）の田所です。
10/11（土）の送迎サービス利用者をお送りします。市民体育館まで、9:30着でお願いします。

{_h66}
お迎え時に運転手の方からお電話を入れていただけますと助かります。

{sig("tadokoro")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="space-padded table (full-width digits, 和暦 DOB) of 6 elderly residents with phones and home addresses, to a taxi company",
)

add(
    id="vaccine-067", expect="pass", charset="iso-2022-jp",
    sender=me("onodera"), to=["ritsuko.sagae1959@gmail.com"],
    subject="面談日程のご相談（集団接種センター 看護師）",
    body=f"""寒河江 律子 様

はじめまして。日の出産業株式会社 医療人材調整チームの小野寺と申します。
ナースバンクの掲示をご覧いただき、ご応募いただきありがとうございます。

一度オンラインで30分ほどお話をうかがえればと思います。
以下の候補からご都合のよい日時をお知らせください。

　・9月29日（月）10:00〜
　・9月30日（火）14:00〜
　・10月1日（水）16:00〜

勤務は土日中心、1日8時間、時給2,400円（交通費支給）を予定しています。

{sig("onodera")}
""",
    entities=[], detectors=["freemail_recipient"],
    note="recruiting mail to one applicant's gmail: one free-mail recipient, no one's data",
)

_s68 = people(1, sex="M", ymin=1990, ymax=1996)[0]
add(
    id="vaccine-068", expect="stop", charset="iso-2022-jp",
    sender=me("hanazono"), to=[SHIRAKAWA],
    subject="会場スタッフの逮捕について（ご相談）",
    body=f"""白川先生

いつもお世話になっております。日の出産業の花園です。
急ぎご相談させてください。

9/27、市民体育館会場で受付業務に就いていた当社契約社員が、会場内の女性更衣室を
盗撮した疑いで東浜警察署に逮捕されました。

　氏名：{_s68["name"]}（{age(_s68["dob"])}歳）
　生年月日：{ymd(_s68["dob"])}
　住所：{_s68["addr"]}
　雇用形態：契約社員（2025年6月入社）

市への報告の範囲、被害に遭われた可能性のある方への対応、契約の解除について
ご助言をいただきたく存じます。明日午前にお電話させていただけますでしょうか。

{sig("hanazono")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest (criminal record is 要配慮) with DOB and address, even to the company's lawyer",
)

add(
    id="vaccine-069", expect="pass", charset="utf-8",
    sender=me("miyanohara"), to=[CITY_T],
    subject="9/25 定例打合せ 議事録",
    body=f"""竹之内様

本日はありがとうございました。議事録を添付します。
修正点があれば金曜までにお知らせください。

{sig("miyanohara", 1)}
""",
    attachments=[{"kind": "docx", "name": "議事録_20250925.docx", "title": "定例打合せ議事録",
                  "paragraphs": ["東浜市集団接種 定例打合せ 議事録", "日時：2025年9月25日 10:00〜11:30",
                                 "出席：東浜市 健康推進課 竹之内様、村越様／日の出産業 宮之原、田所、島袋",
                                 "1. 10月の会場運営：汐見台公民館の工事日程を踏まえ、10/5は浜野地区センターへ振替。",
                                 "2. 予約システム：障害時の告知文テンプレートを市と当社で共同作成する。",
                                 "3. 次年度：接種体制の縮小案（会場2か所）を11月の定例で提示する。",
                                 "次回：10月9日（木）10:00 市役所 第3会議室"],
                  "tables": [[["課題", "担当", "期限"], ["告知文テンプレート", "田所", "10/3"],
                              ["縮小案の作成", "宮之原", "11/6"]]]}],
    entities=[], detectors=[],
    note="meeting minutes with attendee names only and action items: no personal data",
)

add(
    id="vaccine-070", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=[CITY_T],
    subject="次年度委託費の積算資料",
    body=f"""竹之内様

お世話になっております。日の出産業 業務管理課の江頭です。
次年度委託費の積算資料をお送りします。ご査収ください。

{sig("egashira")}
""",
    attachments=[{"kind": "xlsx", "name": "積算資料_2026年度.xlsx", "page_header": "部外秘",
                  "sheets": {"積算": [["2026年度 集団接種運営業務 積算（当社原価ベース）"],
                                    ["費目", "単価", "数量", "金額", "粗利率"],
                                    ["医師人件費", 14000, 1820, 25480000, "8%"],
                                    ["看護師人件費", 2600, 12600, 32760000, "12%"],
                                    ["会場運営スタッフ", 1500, 21000, 31500000, "22%"],
                                    ["予約システム利用料", 880000, 12, 10560000, "5%"]]}}],
    entities=[], detectors=["confidential_marking"],
    note="the cost sheet (with internal margins) carries a 部外秘 page header and goes to the city",
)

add(
    id="vaccine-071", expect="pass", charset="iso-2022-jp",
    sender=me("onodera"), to=[CITY_T],
    subject="再委託先一覧（人材派遣）の提出",
    body=f"""竹之内様

お世話になっております。小野寺です。
契約書第12条に基づき、医療従事者の派遣元（再委託先）の一覧を提出いたします。

■メディスタッフ株式会社 千葉支店
　千葉県千葉市中央区新町18-14 千葉新町ビル5F　TEL 043-238-5510
　許可番号 派12-300871
■ナースリンク株式会社 船橋営業所
　千葉県船橋市本町4-2-9 本町センタービル3F　TEL 047-404-2219
　許可番号 派12-301644
■株式会社ケアワークス東京 本社
　東京都江東区亀戸2-21-6　TEL 03-5858-6601
　許可番号 派13-316082

{sig("onodera", 1)}
""",
    entities=[], detectors=[],
    note="list of agency branch offices with office addresses and switchboards: businesses, not people",
)

_v72 = people(1, sex="F", ymin=1983, ymax=1990)[0]
add(
    id="vaccine-072", expect="stop", charset="iso-2022-jp",
    sender=me("miyanohara"), to=["東海損害保険 事故受付 <jiko-uketsuke@tokai-sonpo.co.jp>"],
    subject="事故報告（施設賠償責任保険・労災上乗せ）証券番号 TK-88-120457",
    body=f"""東海損害保険株式会社 事故受付ご担当者様

日の出産業株式会社の宮之原です。下記のとおり事故をご報告いたします。

発生日時：2025年9月28日 15:20ごろ
発生場所：東浜市民体育館 接種会場 受付付近
概要：待ち時間に立腹した来場者の男性から、当社派遣看護師が胸を突き飛ばされ転倒。
　　　右手首骨折（全治6週間）。東浜警察署に被害届を提出済み（加害者は現行犯逮捕）。
被害者：{_v72["name"]}（{age(_v72["dob"])}歳、看護師）
　　　　生年月日 {wareki(*_v72["dob"])}　自宅 {_v72["addr"]}

必要書類をお知らせください。

{sig("miyanohara")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named nurse who was a crime victim, with her injury, DOB and home address, to the insurer",
)

_q73 = people(5, ymin=1970, ymax=1995)
_quote73 = "\n".join(f"> - {p['romaji']}, mobile {p['mobile']}, {p['email']}" for p in _q73)
add(
    id="vaccine-073", expect="pass", charset="utf-8",
    sender=me("okabe"), to=["Anna Lindqvist <anna.lindqvist@nordvax.com>"],
    subject="Re: Site visit on 6 October - attendee list",
    body=f"""Dear Anna,

Thank you, all five are registered as visitors. Please come to the staff entrance on the
north side at 9:45; I will meet you there.

Best regards,
Kenta

On Tue, 30 Sep 2025 at 17:12, Anna Lindqvist <anna.lindqvist@nordvax.com> wrote:
> Dear Kenta,
>
> Here are the people joining the site visit next Monday:
{_quote73}
>
> Kind regards,
> Anna
""",
    entities=[], detectors=[],
    note="the five-person attendee list is only in the quoted text of the partner's own mail",
)

add(
    id="vaccine-074", expect="stop", charset="utf-8",
    sender=me("miyanohara"), to=[CITY_T],
    subject="上期振り返り資料（ドラフト）",
    body=f"""竹之内様

お世話になっております。宮之原です。
来週の報告会で使う上期振り返り資料のドラフトです。
ご意見をいただければ反映いたします。

{sig("miyanohara")}
""",
    attachments=[{"kind": "pptx", "name": "上期振り返り_draft.pptx", "page_footer": "機密区分：機密　日の出産業株式会社",
                  "slides": [["上期（4〜9月）振り返り", "接種者数 31,204名（計画比 104%）", "予約充足率 92%"],
                             ["課題", "9/18 予約システム障害", "汐見台公民館の空調工事による会場振替"],
                             ["下期の改善策", "受付の事前チェックイン導入", "経過観察エリアの看護師増員"]]}],
    entities=[], detectors=["confidential_marking"],
    note="the PPTX carries a 機密区分：機密 classification on every slide; mail goes to the city",
)

_corps = [("川崎電機株式会社", "010401087318", "東京都大田区南蒲田2-16-1"),
          ("青葉運輸株式会社", "040001023456", "千葉県習志野市茜浜3-4-7"),
          ("北国フーズ株式会社", "043001007781", "北海道札幌市中央区北二条西4-1"),
          ("東浜ガス株式会社", "040001099217", "千葉県東浜市本郷3-8-2")]
_list75 = "\n".join(f"・{n}　法人番号 {_corp_number(b)}　{a}" for n, b, a in _corps)
add(
    id="vaccine-075", expect="pass", charset="iso-2022-jp",
    sender=me("iwasa"), to=[NISHIKI],
    subject="職域接種のご案内DM 宛先（法人）",
    body=f"""錦印刷 営業部 ご担当者様

お世話になっております。岩佐です。
来期の職域接種のご案内DMの宛先（法人4社）です。宛名は「人事部 御中」でお願いします。

{_list75}

封入物は前回と同じ3点です。

{sig("iwasa", 1)}
""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of client companies with 法人番号 and office addresses: businesses, not people",
)

_p76 = people(6, ymin=1968, ymax=1995)
_f76 = "\n".join(f"{r}\t{p['name']}\t{p['mobile']}" for r, p in
                 zip(["現場責任者", "副責任者", "看護統括", "救護班", "受付リーダー", "設営リーダー"], _p76))
add(
    id="vaccine-076", expect="stop", charset="iso-2022-jp",
    sender=me("miyanohara"), to=["さくらホテル東浜 防災センター <bousai-higashihama@sakura-hotel.jp>"],
    subject="転送: 11/8・9 緊急連絡網",
    body=f"""さくらホテル東浜 防災センター ご担当者様

日の出産業の宮之原です。
11/8・9の接種会場運営にあたり、緊急時の当社連絡先として社内の連絡網を転送いたします。
火災報知・避難誘導の際はこちらにご連絡ください。

---------- 転送メッセージ ----------
差出人: 宮之原 涼子 <miyanohara.ryoko@hinode-sangyo.co.jp>
宛先: 会場運営課
件名: 11/8・9 緊急連絡網

当日の緊急連絡網です（個人携帯）。
{_f76}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward (転送) of an internal phone tree: 6 staff private mobiles go out to the hotel — forwarded text counts",
)

_i77 = people(1, sex="M", ymin=1955, ymax=1962)[0]
add(
    id="vaccine-077", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY_T],
    subject="接種券紛失者の本人確認について",
    body=f"""竹之内様

お世話になっております。田所です。
本日会場に、接種券を紛失された方がいらっしゃいました。運転免許証で本人確認を行いましたので、
接種券の再発行と当日接種の可否についてご確認をお願いいたします。

　氏名：{_i77["name"]}
　生年月日：{wareki(*_i77["dob"], 1)}
　住所：{_i77["addr"]}
　運転免許証番号：第{rng.randint(30, 49)}{rng.randint(1000000000, 9999999999)}号

ご本人は会場でお待ちいただいております。

田所
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="one resident's driver's licence number with name, DOB and address, to the city",
)

add(
    id="vaccine-078", expect="pass", charset="iso-2022-jp",
    sender=me("kuze"), to=[CITY_T],
    subject="ワクチン在庫・使用期限のご報告（9/30時点）",
    body=f"""竹之内様

集団接種センターの久世です。9/30時点の在庫です。

ロット    入庫日   使用期限     在庫（バイアル）
FK3391    9/02     2025/12/31         118
FK3402    9/17     2026/01/31         640
FL0087    9/29     2026/02/28         900

FK3391は年内の期限のため、10月中の市民体育館会場で優先的に使用します。
廃棄見込みはございません。

久世
""",
    entities=[], detectors=[],
    note="vaccine stock and lot numbers: no personal data",
)

add(
    id="vaccine-079", expect="stop", charset="iso-2022-jp",
    sender=me("iwasa"), to=[KITAGUNI], cc=[SAKURA, "祖父江 正 <tadashi.sobue.md@gmail.com>"],
    subject="12/6 健診会場の打合せ",
    body=f"""北国フーズ 人事部 ご担当者様
さくらホテル東浜 堀井様
祖父江先生

お世話になっております。日の出産業の岩佐です。
12/6の健診会場（白鷺の間）の打合せを、下記で行いたいと思います。

　日時：11月14日（金）15:00〜16:00
　場所：さくらホテル東浜 1F ラウンジ

祖父江先生には当日の健診責任医師をお願いしております。

{sig("iwasa")}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two external companies plus a doctor's private gmail in To/Cc: three external parties see each other",
)

_e80 = people(1, sex="M", ymin=1975, ymax=1980)[0]
add(
    id="vaccine-080", expect="pass", charset="iso-2022-jp",
    sender=me("manabe"), to=["青葉運輸 総務部 井手 <ide@aoba-unyu.co.jp>"],
    subject="RE: 二次検査の受診先について",
    body=f"""井手様

ご連絡ありがとうございます。
二次検査は健診当日の結果票を持参いただければ、どちらの医療機関でも受診可能です。
受診後の結果報告書の様式を明日お送りします。

真鍋

差出人: 井手 <ide@aoba-unyu.co.jp>
送信日時: 2025年10月2日 9:41
宛先: 真鍋 早紀 <manabe.saki@hinode-sangyo.co.jp>
件名: 二次検査の受診先について

真鍋様

健診で要精密となった{_e80["name"]}（習志野営業所、{age(_e80["dob"])}歳）ですが、
尿潜血と肝機能（ALT 98）の再検査をかかりつけ医で受けたいと言っています。
御社指定の医療機関でなくても問題ないでしょうか。

青葉運輸 総務部 井手
""",
    entities=[], detectors=[],
    note="one employee's results appear only in the client's own quoted mail (差出人/送信日時 block); new text is harmless",
)

# -- 081-100 -------------------------------------------------------------------------------

_n81 = people(1, sex="F", ymin=1990, ymax=1997)[0]
_sp81 = people(1, sex="M", ymin=1988, ymax=1993)[0]
add(
    id="vaccine-081", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=["ほしの社会保険労務士事務所 <info@sr-hoshino.jp>"],
    subject="新入社員の扶養控除等申告書（データ）",
    body=f"""星野先生

お世話になっております。江頭です。
先日お願いした看護師とは別に、もう1名入社がありますので、扶養控除等申告書の内容を
Wordに書き起こしてお送りします。原本は郵送いたします。

{sig("egashira", 1)}
""",
    attachments=[{"kind": "docx", "name": "扶養控除等申告書_書き起こし.docx",
                  "paragraphs": ["令和7年分 給与所得者の扶養控除等（異動）申告書（書き起こし）"],
                  "tables": [[["項目", "内容"],
                              ["氏名", f"{_n81['name']}（{_n81['kana']}）"],
                              ["個人番号", _mynum()],
                              ["生年月日", wareki(*_n81["dob"])],
                              ["住所", _n81["addr"]],
                              ["源泉控除対象配偶者", f"{_sp81['name']}（個人番号 {_mynum()}）"],
                              ["世帯主", "本人"]]]}],
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="DOCX table with the employee's and her spouse's マイナンバー, to the outside 社労士",
)

add(
    id="vaccine-082", expect="pass", charset="iso-2022-jp",
    sender=me("miyanohara"), to=[SAKURA],
    subject="鳳凰の間 動線計画（案）",
    body=f"""堀井様

お世話になっております。宮之原です。
当日の動線計画（案）をPDFでお送りします。
非常口の前に椅子を置かないよう配置していますが、消防上の問題がないか
ホテル様の防災ご担当にもご確認いただけますと幸いです。

{sig("miyanohara", 2)}
""",
    attachments=[{"kind": "pdf", "name": "動線計画_鳳凰の間.pdf", "title": "動線計画（案）",
                  "lines": ["鳳凰の間 動線計画（案） 2025年11月8日・9日",
                            "入口A（ロビー側）→ 受付（6レーン）→ 予診票確認 → 問診ブース（4）",
                            "→ 接種ブース（6）→ 経過観察エリア（60席）→ 出口B（エレベーターホール側）",
                            "救護室：控室「桔梗」（簡易ベッド2台、AED 1台）",
                            "非常口：東側2か所（前方2mは常時空ける）",
                            "車いす優先レーン：受付6番"]}],
    entities=[], detectors=[],
    note="venue flow plan PDF: rooms, lanes, exits; no personal data",
)

_p83 = people(9)
add(
    id="vaccine-083", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[CITY_T],
    subject="接種証明書 発行申請一覧（10月第1週）",
    body=f"""竹之内様

田所です。10月第1週に会場で受け付けた接種証明書の発行申請一覧です。
PDFにはパスワードを設定しています（いつものものです）。

田所
""",
    attachments=[{"kind": "pdf", "name": "接種証明書発行申請一覧_10月第1週.pdf", "password": "hh2025",
                  "table": [["氏名", "生年月日", "住所"]] + [[p["name"], ymd(p["dob"]), p["addr"]] for p in _p83]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

_k84 = people(1, sex="F", ymin=1960, ymax=1966)[0]
add(
    id="vaccine-084", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=["東浜健康管理センター 受付 <uketsuke@higashihama-kenshin.or.jp>"],
    subject="特定健診 追加受診者の登録依頼",
    body=f"""一般財団法人 東浜健康管理センター
受付ご担当者様

お世話になっております。日の出産業 健診事業課の真鍋です。
10/22の巡回健診（北国フーズ船橋工場）に、被扶養者の方が1名追加となりました。
事前登録をお願いいたします。

氏名：{_k84["name"]}（{_k84["kana"]}）
生年月日：{ymd(_k84["dob"], ".")}
保険者番号：06{rng.randint(100000, 139999)}
被保険者証 記号：{rng.randint(100, 999)}　番号：{rng.randint(1000, 9999)}（被扶養者）

{sig("manabe")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="one person's health insurance card 記号・番号 with name and DOB to an outside screening centre",
)

_p85 = people(6, ymin=1950, ymax=2000)
_l85 = "\n".join(f"{i + 1}) {p['name']} {age(p['dob'])}歳 {p['sex']} {p['mobile']} — "
                 + rng.choice(["接種後30分で嘔吐", "翌日39℃台の発熱が3日間", "左腕のしびれ", "めまい・転倒（頭部打撲）",
                               "じんましん、抗ヒスタミン薬処方", "胸部違和感、心電図異常なし"])
                 for i, p in enumerate(_p85))
add(
    id="vaccine-085", expect="pass", charset="iso-2022-jp",
    sender=me("kuze"), to=[f"医療安全担当 <iryo-anzen@{D}>"], cc=[me("hanazono")],
    subject="Fwd: 9月 副反応相談の記録（医療安全委員会用）",
    body=f"""医療安全担当 各位

看護統括の久世です。9月にコールセンターで受けた副反応相談の記録を、
医療安全委員会の資料用に転送します。社内でのみ使用してください。

{_l85}

久世
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="six residents' adverse reactions and phones, but only to internal addresses: must go",
)

add(
    id="vaccine-086", expect="stop", charset="utf-8",
    sender=me("okabe"), to=["Priya Raman <priya.raman@medqueue-global.com>"],
    subject="Benchmark of our reservation operations (for your proposal)",
    body=f"""Classification: INTERNAL ONLY

Dear Priya,

As discussed, here are our current operating figures so that you can size your proposal for
the reservation platform replacement.

- Peak bookings: 1,380 per hour (Saturday 9:00 release)
- Call centre: 42 seats, average handling time 4m10s
- Current vendor cost: JPY 880,000 per month plus JPY 45 per booking
- No-show rate: 6.8%

Please treat these numbers with care; our current contract with the incumbent runs until March.

Best regards,
{sig("okabe")}
""",
    entities=[], detectors=["confidential_marking"],
    note="the body opens with a 'Classification: INTERNAL ONLY' marking and goes to an outside vendor",
)

add(
    id="vaccine-087", expect="pass", charset="iso-2022-jp",
    sender=me("hanazono"), to=[CITY_T],
    subject="次年度仕様書（個人情報の取扱い）についての意見",
    body=f"""竹之内様

いつもお世話になっております。日の出産業の花園です。
次年度仕様書案の「個人情報の取扱い」の章について、当社の意見をお送りします。

1. 予診票には病歴・服薬・妊娠の有無など要配慮個人情報が含まれるため、
   会場から市への受け渡しは、電子メールではなく施錠ケースでの手渡しに限定してはどうか。
2. 障害のある方・外国籍の方への配慮事項（手話通訳、多言語対応）の情報は、
   予約システム上で閲覧権限を限定する旨を明記してはどうか。
3. 再委託先（派遣会社）に提供する情報は、氏名とシフトのみに限定する。

ご検討のほどよろしくお願いいたします。

{sig("hanazono")}
""",
    entities=[], detectors=[],
    note="a policy discussion that names sensitive categories in general, tied to no person",
)

add(
    id="vaccine-088", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=["北国フーズ 人事部 <jinji@kitaguni-foods-co.jp>"],
    subject="巡回健診（10/22）当日の流れ",
    body=f"""北国フーズ株式会社 人事部 ご担当者様

お世話になっております。真鍋です。
10/22の巡回健診の当日の流れをお送りします。

 8:00 検診車到着・設営（駐車場東側）
 8:45 受付開始
12:00 昼休憩
13:00 午後の部
16:00 撤収

問診票は前日までに各職場で配布をお願いいたします。

{sig("manabe", 1)}
""",
    entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods-co.jp (hyphen for the dot) is a look-alike of the partner kitaguni-foods.co.jp",
)

add(
    id="vaccine-089", expect="pass", charset="iso-2022-jp",
    sender=me("onodera"), to=[CITY_T],
    subject="浜野地区センター会場 責任医師の届出",
    body=f"""竹之内様

お世話になっております。小野寺です。
10月から浜野地区センター会場の責任医師が交代しますので、届出いたします。

　責任医師：能登谷 英樹 医師（内科）
　医籍登録番号：第418296号
　本務先：東浜中央病院 総合内科

届出様式（押印済み）は明日、郵送いたします。

{sig("onodera")}
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one doctor's name with his registration number and workplace, a required notification: one person, may warn",
)

_p90 = people(5, ymin=1940, ymax=1960)
_b90 = "\n".join(f"・{p['name']}（{p['kana']}）　{p['mobile'] if i % 2 else fw(p['mobile'])}　希望：{rng.choice(['10/11 午前', '10/11 午後', '10/12 いつでも', '10/18 午前'])}"
                 for i, p in enumerate(_p90))
add(
    id="vaccine-090", expect="stop", charset="iso-2022-jp",
    sender=me("tadokoro"), to=[TSUBASA],
    subject="電話受付分のキャンセル待ち登録をお願いします",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。予約センターの田所です。
管理画面のキャンセル待ち登録でエラーが出るため、電話で受け付けた下記の方の登録を
そちらで代行していただけますでしょうか。

{_b90}

エラー内容は別途チケットで起票します。

田所
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five residents as 「・」 bullets with names, kana and phones (some full-width) to the vendor",
)

_p91 = people(8, sex="F", ymin=1970, ymax=1999)
_t91 = "日付　　　　AM　　　　　　　　　　　　PM\n"
for d in ["10/18(土)", "10/19(日)", "10/25(土)", "10/26(日)"]:
    a, b = rng.sample(_p91, 2), rng.sample(_p91, 2)
    _t91 += f"{d}　{a[0]['name']}・{a[1]['name']}　　{b[0]['name']}・{b[1]['name']}\n"
add(
    id="vaccine-091", expect="either", charset="iso-2022-jp",
    sender=me("onodera"), to=[MEDISTAFF],
    subject="10月後半 シフト（メディスタッフ様ご登録の方）",
    body=f"""綾瀬様

小野寺です。10月後半、貴社ご登録の看護師さん8名の配置です。

{_t91}
交代がある場合は前日までにご連絡ください。

小野寺
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="8 nurses' names with their work dates back to their own agency, no contact or ID: is a shift roster a list of people's records?",
)

_p92 = people(14, ymin=1962, ymax=2003)
_rows92 = [["社員番号", "氏名", "生年月日", "接種日", "ロット", "接種後の体調（自己申告）"]]
for p in _p92:
    _rows92.append([f"K{rng.randint(20000, 89999)}", p["name"], ymd(p["dob"], "-"), "2025-09-13",
                    rng.choice(["FK3391", "FK3402"]),
                    rng.choice(["なし", "なし", "なし", "発熱38.5℃（翌日欠勤）", "頭痛", "接種部位痛", "持病の喘息が悪化"])])
add(
    id="vaccine-092", expect="stop", charset="iso-2022-jp",
    sender=me("iwasa"), to=[KAWASAKI],
    subject="第2期 職域接種 接種記録（第二工場）",
    body=f"""川崎電機 健康管理室 ご担当者様

お世話になっております。岩佐です。
第二工場分の接種記録をCSV（UTF-8）でお送りします。
接種後の体調欄は、翌日の健康観察アンケートの回答を転記したものです。

{sig("iwasa")}
""",
    attachments=[{"kind": "csv", "name": "sesshu_kiroku_dai2kojo.csv", "encoding": "utf-8", "rows": _rows92}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="CSV of 14 employees with DOB and post-vaccination health (incl. asthma flare) to the client",
)

add(
    id="vaccine-093", expect="pass", charset="utf-8",
    sender=me("okabe"), to=["Anna Lindqvist <anna.lindqvist@nordvax.com>"],
    subject="Mutual NDA - our comments",
    body=f"""Dear Anna,

Thank you for sending the draft mutual non-disclosure agreement. Our legal counsel has two
comments:

1. Clause 2.1: please exclude information that is already public at the time of disclosure.
2. Clause 9: we would prefer Tokyo District Court as the competent court.

Once these are reflected we can sign electronically next week.

Best regards,
{sig("okabe")}

{DISCLAIMER_EN}
""",
    entities=[], detectors=[],
    note="English mail about an NDA with the standard confidentiality disclaimer: no marking, no data",
)

add(
    id="vaccine-094", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
    subject="総合振込の件数上限について",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 業務管理課の江頭です。
集団接種の報酬支払で、月末の総合振込が1回あたり300件を超える見込みです。
現在の契約で1ファイルあたりの上限件数がいくつか、ご教示いただけますでしょうか。

{sig("egashira")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp (letter added) is a look-alike of the partner bank midori-ginko.co.jp",
)

add(
    id="vaccine-095", expect="pass", charset="iso-2022-jp",
    sender=me("tadokoro"), to=["hana_wakasa0305@yahoo.co.jp"],
    subject="Re: 接種後の発熱について",
    body="""若狭様

東浜市ワクチン予約センターです。お問い合わせありがとうございます。

接種後1〜2日の発熱は比較的よくみられる反応で、多くは数日以内に治まります。
市販の解熱鎮痛剤を使用しても差し支えありません。
ただし、38℃以上の発熱が3日以上続く場合や、胸の痛み・息苦しさがある場合は、
かかりつけ医または東浜市 接種後相談窓口（043-301-7799、24時間）にご相談ください。

東浜市ワクチン予約センター（運営：日の出産業株式会社）
""",
    entities=[], detectors=["freemail_recipient"],
    note="general advice on fever to one resident on free mail; nothing about her health is repeated",
)

_c96 = _card()
_r96 = people(1, ymin=1970, ymax=1990)[0]
add(
    id="vaccine-096", expect="stop", charset="iso-2022-jp",
    sender=me("egashira"), to=["ペイクイック 加盟店サポート <merchant-support@payquick.jp>"],
    subject="返金処理のお願い（取引ID PQ-2509-448812）",
    body=f"""株式会社ペイクイック 加盟店サポート ご担当者様

加盟店ID HS00217（日の出産業 健診事業）の江頭です。
健診オプション（腹部超音波）の中止に伴い、下記の取引の返金をお願いいたします。
取引IDで検索できなかったため、カード情報も記載します。

利用者：{_r96["name"]}様
カード番号：{_c96}
利用日：2025/09/10　金額：5,500円

{sig("egashira", 1)}
""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a customer's full card number in running text to the payment processor",
)

_p97 = people(11, ymin=1960, ymax=2000)
_s97 = [["北国フーズ 船橋工場 2025 健診結果（社内確認用）"], ["氏名", "生年月日", "血圧", "HbA1c", "肝機能", "判定", "医師コメント"]]
for p in _p97:
    _s97.append([p["name"], ymd(p["dob"]), f"{rng.randint(104, 176)}/{rng.randint(62, 108)}",
                 round(rng.uniform(5.0, 9.2), 1), rng.choice(["正常", "軽度異常", "要再検"]),
                 rng.choice(["A", "B", "C", "D"]), rng.choice(["", "減量を推奨", "糖尿病内科受診を", "禁酒指導"])])
add(
    id="vaccine-097", expect="pass", charset="iso-2022-jp",
    sender=me("manabe"), to=[f"保健師チーム <hokenshi@{D}>"],
    subject="船橋工場 健診結果のダブルチェックのお願い",
    body=f"""保健師チームの皆さん

真鍋です。北国フーズ様に送る前に、船橋工場の結果一覧のダブルチェックをお願いします。
判定と医師コメントの整合性を中心に見てください。金曜までにお願いします。

真鍋
""",
    attachments=[{"kind": "xlsx", "name": "健診結果_船橋工場_確認用.xlsx", "sheets": {"結果": _s97}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="11 employees' health results, but sent only to an internal team: must go",
)

add(
    id="vaccine-098", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=["青葉運輸 総務部 <soumu@aoba-unyu.jp>"],
    subject="来年度 定期健診の日程候補",
    body=f"""青葉運輸株式会社 総務部 御中

お世話になっております。真鍋です。
来年度の定期健診（習志野営業所）の日程候補をお送りします。

　第1候補：2026年8月5日（水）・6日（木）
　第2候補：2026年8月19日（水）・20日（木）

検診車2台での実施を想定しています。

{sig("manabe")}
""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.jp (the co. dropped) is a look-alike of the partner aoba-unyu.co.jp",
)

add(
    id="vaccine-099", expect="either", charset="iso-2022-jp",
    sender="久世 まどか <kuze.madoka@hinode-sangyo.co.jp>", to=["madoka.kuze.0611@icloud.com"],
    subject="自分用：健診結果",
    body="""（自分用メモ）

2025/09/05 社内定期健診の結果
氏名：久世 まどか
血圧 148/96（要経過観察）、LDL 176（要再検）、甲状腺：橋本病で通院継続
次回：東浜中央病院 内分泌内科 10/14 9:30

家のPCで印刷するために送信。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["freemail_recipient", "personal_data"],
    note="an employee mails her own health results to her own private iCloud address: her own data, but it leaves the company",
)

_p100 = people(7, ymin=1962, ymax=1998)
_t100 = [["社員番号", "生年月日", "性別", "所属", "所見", "判定"]]
for p in _p100:
    _t100.append([f"KD-{rng.randint(10000, 99999)}", ymd(p["dob"]), p["sex"],
                  rng.choice(["製造一課", "製造二課", "品質保証課", "物流課"]),
                  rng.choice(["高血圧", "肝機能障害", "糖代謝異常", "心電図異常（心房細動）", "胸部X線 結節影", "貧血"]),
                  rng.choice(["要精密検査", "要治療", "要再検査"])])
add(
    id="vaccine-100", expect="stop", charset="iso-2022-jp",
    sender=me("manabe"), to=[KAWASAKI],
    subject="第二工場 要再検査者一覧（受診勧奨用）",
    body=f"""川崎電機 健康管理室 ご担当者様

お世話になっております。日の出産業の真鍋です。
第二工場の定期健診で再検査・精密検査が必要となった方の一覧をPDFでお送りします。
氏名は記載しておりませんので、社員番号で照合のうえ受診勧奨をお願いいたします。

{sig("manabe")}
""",
    attachments=[{"kind": "pdf", "name": "要再検査者一覧_第二工場.pdf", "title": "要再検査者一覧",
                  "lines": ["川崎電機株式会社 第二工場 2025年度定期健康診断 要再検査者一覧", ""],
                  "table": _t100}],
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF table of 7 employees (employee no., DOB, findings) without a name column: list of people + health data",
)
