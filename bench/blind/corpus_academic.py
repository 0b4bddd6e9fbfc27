"""Blind corpus: AREA = "academic" — 日の出産業 学会支援部 (学会事務局).

日の出産業株式会社の学会支援部が、一般社団法人 日本環境材料学会 (JSEM) とその第32回年次大会・
国際シンポジウム APSEM 2026 の事務局を受託している、という想定のメール 100 通:
会員の入会・会費、大会参加者、発表者と要旨、旅費助成、査読者、講演者のホテル手配、
会員名簿、学会賞の推薦、参加者の特別な配慮 (車椅子・手話通訳・食事制限) など。

Every person, number, address, domain and organisation here is invented (fictional but
plausible).  My Numbers and card numbers come from build.py's my_number() / card_number()
with seeds starting at 5101 (SEED = 5101, then 5102, 5103, …).  Corporate numbers are
generated with a valid 法人番号 check digit by a helper below.
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 5101
_seed_counter = [SEED]


def _next_seed() -> int:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return s


def MYNUM() -> str:
    return my_number(_next_seed())


def CARD() -> str:
    return card_number(_next_seed())


def corporate_number(base12: str) -> str:
    """13-digit 法人番号: check digit (first) + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


R = random.Random(SEED)

FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(FW)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡邊", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五月女", "ソウトメ", "Sotome"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("四十物", "アイモノ", "Aimono"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"),
    ("九十九", "ツクモ", "Tsukumo"), ("帷子", "カタビラ", "Katabira"), ("仁平", "ニヘイ", "Nihei"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("及川", "オイカワ", "Oikawa"), ("千葉", "チバ", "Chiba"),
    ("菅原", "スガワラ", "Sugawara"), ("阿部", "アベ", "Abe"), ("熊谷", "クマガイ", "Kumagai"),
    ("畠山", "ハタケヤマ", "Hatakeyama"), ("丹野", "タンノ", "Tanno"), ("早坂", "ハヤサカ", "Hayasaka"),
    ("門脇", "カドワキ", "Kadowaki"), ("西園寺", "サイオンジ", "Saionji"), ("比嘉", "ヒガ", "Higa"),
    ("安里", "アサト", "Asato"), ("宇佐美", "ウサミ", "Usami"), ("天羽", "アモウ", "Amou"),
    ("猪狩", "イガリ", "Igari"), ("蛯名", "エビナ", "Ebina"), ("鴇田", "トキタ", "Tokita"),
    ("雫石", "シズクイシ", "Shizukuishi"), ("目時", "メトキ", "Metoki"), ("王", "オウ", "Wang"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"),
    ("由紀子", "ユキコ", "Yukiko"), ("大輔", "ダイスケ", "Daisuke"), ("彩乃", "アヤノ", "Ayano"),
    ("誠", "マコト", "Makoto"), ("智子", "トモコ", "Tomoko"), ("陽菜", "ヒナ", "Hina"),
    ("拓也", "タクヤ", "Takuya"), ("恵理", "エリ", "Eri"), ("俊介", "シュンスケ", "Shunsuke"),
    ("亜希子", "アキコ", "Akiko"), ("隆之", "タカユキ", "Takayuki"), ("千尋", "チヒロ", "Chihiro"),
    ("蒼", "アオイ", "Aoi"), ("紗季", "サキ", "Saki"), ("和也", "カズヤ", "Kazuya"),
    ("理沙", "リサ", "Risa"), ("悠人", "ユウト", "Yuto"), ("奈緒", "ナオ", "Nao"),
    ("直樹", "ナオキ", "Naoki"), ("香織", "カオリ", "Kaori"), ("颯", "ハヤテ", "Hayate"),
    ("文香", "フミカ", "Fumika"), ("修平", "シュウヘイ", "Shuhei"), ("真琴", "マコト", "Makoto"),
    ("圭", "ケイ", "Kei"), ("裕美", "ヒロミ", "Hiromi"), ("康介", "コウスケ", "Kosuke"),
]
UNIVS = [
    ("北杜大学", "hokuto-u.ac.jp"), ("東北学芸工科大学", "tohoku-gakugei.ac.jp"),
    ("港湾工業大学", "kowan-tech.ac.jp"), ("青嵐大学", "seiran-u.ac.jp"),
    ("信濃理科大学", "shinano-rika.ac.jp"), ("瀬戸内海洋大学", "setouchi-marine.ac.jp"),
    ("国立環境材料研究所", "nimer.go.jp"), ("北陸先端材料大学", "hokuriku-mat.ac.jp"),
    ("筑紫学院大学", "tsukushi-gakuin.ac.jp"), ("阿武隈大学", "abukuma-u.ac.jp"),
    ("みちのく工業高等専門学校", "michinoku-kosen.ac.jp"), ("丹沢化成株式会社 研究所", "tanzawa-kasei.co.jp"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
PLACES = [
    ("980", "宮城県", "仙台市青葉区", ["上杉", "北目町", "八幡", "国見", "中山"]),
    ("982", "宮城県", "仙台市太白区", ["長町", "富沢", "八木山本町"]),
    ("154", "東京都", "世田谷区", ["松原", "代沢", "等々力", "桜新町"]),
    ("113", "東京都", "文京区", ["千石", "本駒込", "向丘"]),
    ("223", "神奈川県", "横浜市港北区", ["日吉", "大倉山", "綱島西"]),
    ("565", "大阪府", "吹田市", ["千里山西", "江坂町", "山田東"]),
    ("812", "福岡県", "福岡市東区", ["箱崎", "香椎", "若宮"]),
    ("001", "北海道", "札幌市北区", ["北十六条西", "麻生町", "新川"]),
    ("464", "愛知県", "名古屋市千種区", ["不老町", "覚王山通", "今池"]),
    ("305", "茨城県", "つくば市", ["天久保", "竹園", "吾妻"]),
    ("920", "石川県", "金沢市", ["角間町", "小立野", "涌波"]),
    ("739", "広島県", "東広島市", ["鏡山", "西条町", "八本松東"]),
    ("960", "福島県", "福島市", ["森合", "野田町", "渡利"]),
    ("020", "岩手県", "盛岡市", ["上田", "高松", "月が丘"]),
]
BLDG = ["", "", "", "", " コーポ青葉201", " メゾン杜の風305", "-1102", " ハイツ若葉102", " グランシャリオ7F"]

_used_names: set[str] = set()


def person(univ: bool = True, birth: tuple[int, int] = (1958, 2001)) -> dict:
    while True:
        s = R.choice(SURNAMES)
        g = R.choice(GIVEN)
        if s[0] + g[0] not in _used_names:
            _used_names.add(s[0] + g[0])
            break
    uni = R.choice(UNIVS)
    pz, pref, city, towns = R.choice(PLACES)
    town = R.choice(towns)
    addr = f"{pref}{city}{town}{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)}{R.choice(BLDG)}"
    zipc = f"{pz}-{R.randint(0, 9999):04d}"
    mobile = f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    dob = _dt.date(R.randint(*birth), R.randint(1, 12), R.randint(1, 28))
    if univ:
        email = f"{g[2][0].lower()}.{s[2].lower()}@{uni[1]}"
    else:
        email = f"{g[2].lower()}.{s[2].lower()}{R.randint(1, 99)}@{R.choice(FREEMAIL)}"
    lab = f"0{R.choice(['22', '3', '6', '92', '11', '76', '82'])}-{R.randint(200, 899)}-{R.randint(1000, 9999)}"
    return {"sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
            "affil": uni[0], "udom": uni[1], "email": email, "mobile": mobile, "lab": lab,
            "addr": addr, "zip": zipc, "dob": dob, "memno": f"{R.choice([2008, 2012, 2015, 2019, 2021, 2023])}-{R.randint(100, 1999):04d}"}


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d.year >= 2019 and (d.year > 2019 or d.month >= 5):
        era, short, y = "令和", "R", d.year - 2018
    elif d.year >= 1989:
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    return f"{era}{y}年{d.month}月{d.day}日"


def seireki(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def bank_account() -> str:
    branch = R.choice(["本店営業部", "仙台駅前支店", "長町支店", "泉中央支店", "つくば支店", "金沢支店"])
    return f"みどり銀行 {branch} 普通 {R.randint(1000000, 9999999)}"


# -- signatures and disclaimers ----------------------------------------------------------

STAFF = {
    "onodera": ("小野寺 真央", "m-onodera@hinode-sangyo.co.jp"),
    "kaneshiro": ("金城 拓海", "t-kaneshiro@hinode-sangyo.co.jp"),
    "asari": ("浅利 由香", "y-asari@hinode-sangyo.co.jp"),
    "shinomiya": ("四ノ宮 健", "k-shinomiya@hinode-sangyo.co.jp"),
    "mitsuya": ("三ツ矢 理恵", "r-mitsuya@hinode-sangyo.co.jp"),
    "kito": ("鬼頭 正和", "m-kito@hinode-sangyo.co.jp"),
    "jimu": ("日本環境材料学会 事務局", "jsem-office@hinode-sangyo.co.jp"),
    "taikai": ("第32回年次大会 運営事務局", "jsem2026@hinode-sangyo.co.jp"),
}


def SENDER(key: str) -> str:
    n, a = STAFF[key]
    return f"{n} <{a}>"


def sig(key: str, style: int = 0) -> str:
    n, a = STAFF[key]
    if style == 0:
        who = "" if key == "jimu" else f"{n}\n"
        return (f"--\n一般社団法人 日本環境材料学会 事務局\n（日の出産業株式会社 学会支援部 内）\n{who}"
                f"〒980-0021 宮城県仙台市青葉区中央4-7-18 日の出ビル5F\nTEL 022-268-5510 / FAX 022-268-5519\n{a}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n第32回日本環境材料学会年次大会 運営事務局\n"
                f"日の出産業株式会社 学会支援部\n担当：{n}\nTEL：022-268-5512（平日9:30〜17:30）\n"
                f"E-mail：jsem2026@hinode-sangyo.co.jp\n━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"{n}\n日の出産業（株）学会支援部\n内線 5514"
    if style == 3:
        romaji = {"onodera": "Mao Onodera", "kaneshiro": "Takumi Kaneshiro", "asari": "Yuka Asari",
                  "shinomiya": "Ken Shinomiya", "mitsuya": "Rie Mitsuya", "kito": "Masakazu Kito",
                  "jimu": "JSEM Secretariat", "taikai": "APSEM 2026 Secretariat"}[key]
        return (f"Best regards,\n\n{romaji}\nAPSEM 2026 Secretariat\nc/o Hinode Sangyo Co., Ltd., "
                f"Academic Society Support Dept.\n5F Hinode Bldg., 4-7-18 Chuo, Aoba-ku, Sendai 980-0021, Japan\n"
                f"Tel: +81-22-268-5510  E-mail: {a}")
    return f"――――――――――\n日の出産業株式会社\n学会支援部　{n}\n{a}\n――――――――――"


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail.")


MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    m["id"] = f"academic-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# 001 — 会員名簿 CSV to the printer -------------------------------------------------------
_p = people(30)
_rows = [["会員番号", "氏名", "フリガナ", "所属", "会員種別", "郵便番号", "送付先住所", "電話番号", "E-mail"]]
for i, p in enumerate(_p):
    kind = R.choice(["正会員", "正会員", "正会員", "学生会員", "シニア会員"])
    _rows.append([p["memno"], p["name"], p["kana"], p["affil"], kind, p["zip"], p["addr"],
                  p["mobile"] if i % 3 else p["lab"], p["email"]])
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="30名分の会員名簿(住所・電話・メール)CSVを外部の印刷会社へ送付",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["錦印刷 営業部 久保田様 <kubota@nishiki-insatsu.co.jp>"],
    subject="会員名簿2026年版 入稿データ（第1弾）",
    body=f"""錦印刷株式会社
営業部 久保田様

いつもお世話になっております。
日本環境材料学会 事務局の小野寺です。

会員名簿2026年版の入稿データ（第1弾：あ行〜か行の一部）を添付いたします。
残りは来週中にお送りする予定です。
組版は昨年版と同じ体裁（2段組・所属は1行に収める）でお願いいたします。

初校は7月末頃にいただけますと助かります。
どうぞよろしくお願いいたします。

{sig("onodera")}
""",
    attachments=[{"kind": "csv", "name": "meibo2026_part1.csv", "rows": _rows}])

# 002 — internal: duplicate check of a member CSV ------------------------------------------
_p = people(18)
_rows = [["No", "会員番号", "氏名", "所属", "E-mail", "電話"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["memno"], p["name"], p["affil"], p["email"], p["mobile"]])
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="会員リストだが宛先は社内のみ",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["浅利 由香 <y-asari@hinode-sangyo.co.jp>"],
    subject="重複登録の疑いがある会員 18件",
    body=f"""浅利さん

お疲れさまです。金城です。
大会参加登録システムから戻ってきたデータと会員DBを突合したところ、
同一人物で会員番号が2つあるように見えるものが18件ありました。
添付のCSVにまとめたので、旧番号側の統合をお願いできますか。

急ぎではないので、今月中で大丈夫です。

{sig("kaneshiro", 2)}
""",
    attachments=[{"kind": "csv", "name": "dup_check.csv", "rows": _rows, "encoding": "utf-8"}])

# 003 — 年会費未納者 padded table in body to the treasurer --------------------------------------
_p = people(8)
_lines = ["会員番号    氏名            所属                     E-mail                               未納年度      金額",
          "-" * 112]
for p in _p:
    yrs = R.choice(["2024,2025", "2025", "2023-2025", "2025"])
    amt = {"2024,2025": "20,000", "2025": "10,000", "2023-2025": "30,000"}[yrs]
    _lines.append(f"{p['memno']:<12}{p['name']:<12}{p['affil']:<18}{p['email']:<37}{yrs:<14}{amt}")
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="年会費未納者8名の一覧(氏名・メール)を外部の会計理事へ本文で送付",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["羽生田 典子 <n-hanyuda@nimer.go.jp>"],
    subject="【JSEM】年会費未納者一覧（6月末時点）",
    body=f"""羽生田先生

いつも大変お世話になっております。
日本環境材料学会事務局 経理担当の三ツ矢でございます。

ご依頼のありました、6月末時点での年会費未納者（2年以上を含む）を下記にまとめました。
督促状は7月10日に発送予定です。3年以上未納の方は会則第9条により
理事会でのご審議が必要かと存じますので、ご確認をお願いいたします。

{chr(10).join(_lines)}

合計 8名 / 未納額計 は別添の月次報告に記載しております。

{sig("mitsuya")}
""")

# 004 — wheelchair of a keynote speaker to the hotel --------------------------------------
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="講演者個人の障害(車椅子利用・下肢障害)を外部のホテルへ",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["さくらホテル 宿泊予約係 <reservation@sakura-hotel.jp>"],
    subject="9/17〜19 ご予約（日本環境材料学会）バリアフリールームのご相談",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。
日本環境材料学会 年次大会事務局の浅利です。

先日お願いした講演者用客室のうち、{_p['affil']}の{_p['name']}先生のお部屋について
追加のご相談です。
{_p['sei']}先生は数年前の脊髄損傷により下肢に障害があり、常時車椅子をご利用です。
バリアフリールーム（ロールインシャワー付き）への変更は可能でしょうか。
また、駐車場からロビーまでの段差の有無も教えていただけますと幸いです。

チェックイン 9月17日（木）18時頃 / チェックアウト 9月19日（土）

お手数をおかけしますが、よろしくお願いいたします。

{sig("asari", 1)}
""")

# 005 — booking of two speakers (pass) ----------------------------------------------------
_a, _b = people(2)
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="講演者2名の宿泊手配(携帯1件)をホテルへ。1〜4名なので警告まで",
    charset="cp932", sender=SENDER("asari"),
    to=["reservation@sakura-hotel.jp"],
    subject="講演者宿泊予約のお願い（2名）",
    body=f"""さくらホテル ご予約係 御中

お世話になっております。日本環境材料学会 年次大会事務局の浅利でございます。
下記2名分の宿泊予約をお願いいたします。請求は事務局（日の出産業）宛てでお願いします。

■ {_a['name']} 様（{_a['affil']}）
  9/17 IN 〜 9/19 OUT　シングル禁煙 2泊 朝食付
■ {_b['name']} 様（{_b['affil']}）
  9/18 IN 〜 9/19 OUT　シングル禁煙 1泊 朝食付
  ※到着が22時過ぎになるとのことです。遅れる場合はご本人携帯（{_b['mobile']}）へ
    ご連絡いただいて構わないと伺っています。

以上、よろしくお願いいたします。

{sig("asari", 1)}
""")

# 006 — committee notice with three universities in To -------------------------------------
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="3大学の実行委員をToに並べて送信(Bccにすべき)",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["鮫島 礼子 <r-sameshima@tohoku-gakugei.ac.jp>", "蔀 健吾 <shitomi@kowan-tech.ac.jp>",
        "k.tokita@abukuma-u.ac.jp", "雫石 圭 <shizukuishi.kei@hokuto-u.ac.jp>"],
    subject="第4回 大会実行委員会（オンライン）開催のご案内",
    body=f"""実行委員各位

お世話になっております。大会事務局の金城です。
第4回実行委員会を下記のとおり開催いたします。

　日時：6月24日（水）16:00〜17:30
　方法：Zoom（URLは前日までにお送りします）
　議題：1) 一般講演プログラム案　2) 懇親会会場　3) 託児室の設置について

ご欠席の場合は6月19日までにご連絡ください。

{sig("kaneshiro", 1)}
""")

# 007 — travel grant transfers XLSX to the bank --------------------------------------------
_p = people(9, birth=(1994, 2003))
_rows = [["2026年度 若手研究者旅費助成 振込依頼明細"], [],
         ["No", "受取人氏名", "受取人カナ", "所属", "振込先", "金額"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["kana"], p["affil"], bank_account(), R.choice([30000, 50000, 80000])])
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="旅費助成の受給者9名の口座一覧を外部の銀行へ",
    charset="utf-8", sender=SENDER("mitsuya"),
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="総合振込のお願い（日本環境材料学会 旅費助成分）",
    body=f"""みどり銀行 法人営業部 御中

いつもお世話になっております。
日本環境材料学会の会計事務を担当しております、日の出産業の三ツ矢です。

旅費助成金の総合振込をお願いしたく、明細を添付いたします。
振込指定日：7月15日
振込元口座：学会名義の普通預金（いつもの口座）

明細の内容にご不明点がありましたらご連絡ください。

{sig("mitsuya", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "旅費助成_振込明細_2026.xlsx",
                  "sheets": {"振込一覧": _rows,
                             "集計": [["区分", "件数", "金額計"], ["学生", 6, ""], ["ポスドク", 3, ""]]}}])

# 008 — speaker's My Number to the tax accountant -------------------------------------------
_p = person(birth=(1955, 1975))
_mn = MYNUM()
add(expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="講演者の個人番号と住所を外部の税理士事務所へ本文で送信",
    charset="iso-2022-jp", sender=SENDER("mitsuya"),
    to=["木下税理士事務所 木下様 <kinoshita@kinoshita-tax.jp>"],
    subject="講演謝金の支払調書について（特別講演分）",
    body=f"""木下先生

お世話になっております。日の出産業の三ツ矢です。
年次大会の特別講演の謝金について、支払調書の作成をお願いいたします。

　支払先　　：{_p['name']}（{_p['kana']}）
　住所　　　：〒{_p['zip']} {_p['addr']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額　：100,000円（源泉徴収税額 10,210円）
　支払日　　：2026年9月30日

ご本人からは番号確認書類の写しもいただいております。
必要でしたら郵送いたします。

{sig("mitsuya")}
""")

# 009 — internal: My Number to accounting on a subdomain ------------------------------------
_p = person(birth=(1950, 1970))
_mn = MYNUM()
add(expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], detectors=[],
    note="個人番号を含むが宛先は社内(サブドメイン)のみ",
    charset="cp932", sender=SENDER("asari"),
    to=["経理課 <keiri@mail.hinode-sangyo.co.jp>"],
    subject="謝金支払 個人番号の登録依頼（学会支援部）",
    body=f"""経理課 ご担当者様

学会支援部の浅利です。
日本環境材料学会の委託業務で講演謝金を支払う方の個人番号登録をお願いします。
本人確認書類（通知カード＋運転免許証の写し）は社内便で送りました。

氏名：{_p['name']}
生年月日：{wareki(_p['dob'])}
住所：{_p['addr']}
個人番号：{_mn}

よろしくお願いします。
{sig("asari", 2)}
""")

# 010 — forwarded card number to the registration-system vendor ------------------------------
_p = person(univ=False)
_cn = CARD()
_cnf = f"{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}"
add(expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="参加者が書いてきたカード番号を含むメールを外部ベンダーへ転送",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="FW: 参加費の二重決済について",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。JSEM2026 運営事務局の金城です。
参加者の方から二重決済のお問い合わせがありました。下記転送いたしますので、
決済ログの確認と、片方の取消しをお願いできますでしょうか。

-------- 転送メッセージ --------
差出人: {_p['name']} <{_p['email']}>
件名: 参加費の二重決済について
日付: 2026/06/02 22:41

事務局御中

参加登録の際、画面が固まってしまい2回決済ボタンを押してしまいました。
カード明細に10,000円が2件計上されています。
使ったカードは {_cnf}（有効期限 08/29）です。
1件分の返金をお願いいたします。

{_p['affil']}　{_p['name']}
-------------------------------

{sig("kaneshiro", 1)}
""")

# 011 — reply to a student member on free mail, quoting her change-of-address --------------
_p = person(univ=False, birth=(1998, 2003))
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="会員本人(フリーメール1名)への返信。住所は引用部分のみ",
    charset="iso-2022-jp", sender=SENDER("jimu"),
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 住所変更のお願い",
    body=f"""{_p['sei']}様

日本環境材料学会 事務局です。
ご連絡ありがとうございます。会員情報の住所を変更いたしました。
次号の学会誌（8月発行）から新しいご住所へお届けいたします。

今後ともよろしくお願いいたします。

{sig("jimu")}

> 日本環境材料学会 事務局 御中
>
> 学生会員の{_p['name']}（会員番号 {_p['memno']}）です。
> 引っ越しに伴い、住所が変わりましたので変更をお願いします。
> 新住所：〒{_p['zip']} {_p['addr']}
> 電話：{_p['mobile']}
> よろしくお願いいたします。
""")

# 012 — look-alike of the hotel's domain --------------------------------------------------
_p = person()
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="宛先ドメインが sakura-hotel.jp ではなく sakura-hotel.co.jp (TLD違いのなりすまし候補)",
    charset="cp932", sender=SENDER("asari"),
    to=["さくらホテル 予約係 <reservation@sakura-hotel.co.jp>"],
    subject="追加予約（日本環境材料学会）",
    body=f"""さくらホテル 予約係 様

いつもありがとうございます。日本環境材料学会事務局の浅利です。
講演者1名の追加予約をお願いします。

　お名前：{_p['name']} 様
　日程：9月18日（金）〜9月19日（土）1泊
　ご連絡先（携帯）：{_p['mobile']}

確認のご返信をお待ちしております。

{sig("asari", 1)}
""")

# 013 — registration fee table to a university's accounting office ---------------------------
add(expect="pass", entities=[], detectors=[],
    note="参加費の料金表を大学の経理へ。個人情報なし",
    charset="utf-8", sender=SENDER("taikai"),
    to=["北杜大学 工学部 経理係 <keiri-kogaku@hokuto-u.ac.jp>"],
    subject="第32回年次大会 参加費について（お問い合わせへの回答）",
    body=f"""北杜大学 工学部 経理係 御中

お問い合わせいただいた参加費の内訳をお知らせいたします。
研究費からのお支払いに必要でしたら、見積書・請求書も発行いたします。

                         早期(〜7/31)    通常(8/1〜)    当日
  正会員                  10,000円        12,000円      14,000円
  学生会員                 3,000円         4,000円       5,000円
  非会員                  15,000円        17,000円      19,000円
  懇親会                   6,000円         6,000円       ―

※ 要旨集（PDF）は参加費に含まれます。冊子体は別途 2,000円です。

何卒よろしくお願いいたします。

{sig("taikai", 1)}
""")

# 014 — reviewer list XLSX to the program chair --------------------------------------------
_p = people(14, birth=(1960, 1990))
_fields = ["高分子材料", "セラミックス", "腐食・防食", "環境分析", "リサイクル", "LCA", "触媒", "水処理"]
_rows = [["第32回年次大会 一般講演 査読者一覧（案）"],
         ["氏名", "所属", "メールアドレス", "専門分野", "担当予定件数", "昨年度担当"]]
for p in _p:
    _rows.append([p["name"], p["affil"], p["email"], R.choice(_fields), R.randint(3, 8), R.choice(["有", "無"])])
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="査読者14名の氏名・メールの一覧を外部のプログラム委員長へ",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["蔀 健吾 先生 <shitomi@kowan-tech.ac.jp>"],
    subject="査読者リスト（案）送付",
    body=f"""蔀先生

お世話になっております。大会事務局の金城です。
一般講演の査読者リスト（案）を作成しましたので添付いたします。
昨年度の担当実績と専門分野から割り当て件数を仮置きしています。
ご修正があれば直接ファイルに書き込んでお戻しください。

{sig("kaneshiro")}
""",
    attachments=[{"kind": "xlsx", "name": "reviewers_draft.xlsx", "sheets": {"査読者": _rows},
                  "title": "査読者一覧"}])

# 015 — reply quoting the reviewer list the chair sent ------------------------------------
_p = people(6, birth=(1960, 1990))
_q = "\n".join(f"> {p['name']}（{p['affil']}）{p['email']}" for p in _p)
add(expect="pass", entities=[], detectors=[],
    note="査読者一覧は相手から受け取ったメールの引用部分のみ",
    charset="cp932", sender=SENDER("kaneshiro"),
    to=["shitomi@kowan-tech.ac.jp"],
    subject="Re: 追加査読者の件",
    body=f"""蔀先生

ご連絡ありがとうございます。
追加の6名の先生方には、本日中に事務局から査読依頼をお送りします。
査読システムのアカウントも併せて発行いたします。

金城

> 金城さん
>
> 追加で下記の先生方に査読をお願いしたいと思います。
{_q}
> いずれも内諾済みです。よろしくお願いします。
>
> 蔀
""")

# 016 — 取扱注意 board papers (PDF) to the president ---------------------------------------
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="ヘッダに「取扱注意」と表示された理事会資料PDFを外部の会長へ",
    charset="iso-2022-jp", sender=SENDER("kito"),
    to=["藤ヶ谷 宗一郎 会長 <fujigaya@hokuto-u.ac.jp>"],
    subject="第3回理事会 資料（事前送付）",
    body=f"""藤ヶ谷会長

いつもお世話になっております。事務局の鬼頭でございます。
来週の第3回理事会の資料を事前にお送りいたします。
特に議題3（事務局委託費の改定）について、事前にご意見を頂戴できれば幸いです。

{sig("kito")}
""",
    attachments=[{"kind": "pdf", "name": "理事会資料_第3回.pdf", "page_header": "取扱注意",
                  "title": "第3回理事会資料",
                  "lines": ["一般社団法人 日本環境材料学会 第3回理事会 資料", "",
                            "議題1 2026年度上半期 会員数の推移", "議題2 年次大会の準備状況",
                            "議題3 事務局委託費の改定について（案）",
                            "  現行：年額 4,800,000円 → 改定案：年額 5,400,000円",
                            "議題4 その他"]}])

# 017 — PPAP zip of the member list -------------------------------------------------------
_p = people(25)
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP(中身は会員名簿)を外部へ。中身を検査できない",
    charset="utf-8", sender=SENDER("onodera"),
    to=["羽生田 典子 <n-hanyuda@nimer.go.jp>"],
    subject="会員名簿（最新版）の送付",
    body=f"""羽生田先生

お世話になっております。事務局の小野寺です。
ご依頼の会員名簿（最新版）をパスワード付きZIPでお送りします。
パスワードは別途メールにてお知らせいたします。

{sig("onodera")}
""",
    attachments=[{"kind": "zip", "name": "meibo_latest.zip", "password": "Jsem#0601",
                  "files": [{"kind": "csv", "name": "meibo.csv",
                             "rows": [["氏名", "所属", "E-mail"]] + [[p["name"], p["affil"], p["email"]] for p in _p]}]}])

# 018 — the password mail that follows ------------------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="パスワード通知のみ。個人情報・添付なし",
    charset="utf-8", sender=SENDER("onodera"),
    to=["n-hanyuda@nimer.go.jp"],
    subject="パスワードのお知らせ",
    body="""羽生田先生

先ほどお送りしたファイルのパスワードをお知らせします。

　Jsem#0601

※次回からは共有フォルダでのお渡しに切り替える予定です。

小野寺
""")

# 019 — banquet special-needs list CSV to the caterer ---------------------------------------
_p = people(7)
_needs = ["ハラール対応（宗教上の理由）", "車椅子のため通路側の席", "卵・乳アレルギー（アナフィラキシー既往あり）",
          "聴覚障害のため手話通訳者が隣席", "ベジタリアン（ヒンドゥー教）", "糖尿病のため糖質制限食",
          "ノンアルコール（妊娠中）"]
_rows = [["氏名", "所属", "テーブル", "配慮内容"]]
for p, n in zip(_p, _needs):
    _rows.append([p["name"], p["affil"], R.choice("ABCDEF"), n])
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="懇親会参加者7名の宗教・障害・病歴を氏名付きで外部のケータリング会社へ",
    charset="cp932", sender=SENDER("asari"),
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="懇親会 個別対応が必要な方のリスト",
    body=f"""北国フーズ ケータリング事業部
ご担当 様

お世話になっております。日本環境材料学会 大会事務局の浅利です。
9月18日の懇親会について、個別の配慮が必要な方の一覧を添付いたします。
お席札にお名前を入れていただき、該当のお料理をお出しいただけますでしょうか。

{sig("asari", 1)}
""",
    attachments=[{"kind": "csv", "name": "konshinkai_hairyo.csv", "rows": _rows}])

# 020 — banquet order with counts only ------------------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="懇親会の発注。食事制限は人数のみで個人を特定しない",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["catering@kitaguni-foods.co.jp"],
    subject="懇親会 最終人数のご連絡",
    body=f"""北国フーズ ご担当様

お世話になっております。大会事務局の浅利です。
9月18日（金）懇親会の最終人数をご連絡いたします。

・参加者 合計 186名（うち来賓 6名）
・ハラール対応 3食
・ベジタリアン 5食
・卵不使用 2食 / 甲殻類不使用 1食
・ノンアルコール希望 約30名（目安）

発注書番号 JSEM-2026-0918-K を請求書に記載してください。
会場搬入は15:30以降でお願いいたします。

{sig("asari", 1)}
""")

# 021 — rooming list, tab separated, to the hotel -------------------------------------------
_p = people(7, birth=(1955, 1985))
_lines = ["氏名\tフリガナ\tIN\tOUT\t部屋\t携帯\tメール"]
for p in _p:
    inn = R.choice(["9/16", "9/17", "9/17", "9/18"])
    _lines.append(f"{p['name']}\t{p['kana']}\t{inn}\t9/19\tSGL禁煙\t{p['mobile']}\t{p['email']}")
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="講演者7名のルーミングリスト(携帯・メール付き)を外部ホテルへ",
    charset="utf-8", sender=SENDER("asari"),
    to=["団体予約 担当 <group@sakura-hotel.jp>"],
    subject="【JSEM2026】講演者ルーミングリスト",
    body=f"""さくらホテル 団体予約ご担当者様

いつも大変お世話になっております。
日本環境材料学会 第32回年次大会 事務局の浅利です。

講演者のルーミングリストをお送りいたします（Excelから貼り付けています）。
到着が遅くなる方にはホテルから直接ご連絡いただいて構いません。

{chr(10).join(_lines)}

清算はすべて事務局一括（日の出産業株式会社 宛）でお願いします。

{sig("asari", 1)}
""")

# 022 — English: passport data of five overseas participants to the travel agency ----------------
_names = [("CHEN", "Mei-Ling", "Taiwan"), ("NGUYEN", "Van Thanh", "Viet Nam"), ("RAGHAVAN", "Anil", "India"),
          ("SANTOS", "Maria Cristina", "Philippines"), ("PUTRI", "Ayu Lestari", "Indonesia")]
_lines = ["No. | Surname | Given name | Nationality | Passport No. | Date of birth | Arrival"]
for i, (s, g, c) in enumerate(_names, 1):
    pp = f"{R.choice(['K', 'C', 'P', 'N', 'B'])}{R.randint(1000000, 9999999)}{R.choice(['', 'A', ''])}"
    dob = _dt.date(R.randint(1975, 1998), R.randint(1, 12), R.randint(1, 28))
    _lines.append(f"{i}. | {s} | {g} | {c} | {pp} | {dob.strftime('%d %b %Y')} | 15 Sep 2026")
add(expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="海外参加者5名の旅券番号・生年月日を外部の旅行会社へ(英文)",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Tabi no Mado Travel - Inbound Desk <inbound@tabi-no-mado.co.jp>"],
    subject="APSEM 2026 - visa invitation letters (5 participants)",
    body=f"""Dear Ms. Kurihara,

Thank you for your help with the invitation letters last year.
For APSEM 2026 we have five overseas participants who need a visa invitation and a
hotel/flight package. Their passport details are below, as copied from the forms they sent.

{chr(10).join(_lines)}

Could you prepare the guarantee letters by 10 July? We will sign them as the organizer.

{sig("shinomiya", 3)}
""")

# 023 — English mail to the keynote speaker (pass) ---------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="基調講演者への日程連絡(英文)。個人情報なし、免責文あり",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Prof. Helena Lindqvist <helena.lindqvist@ktu-materials.se>"],
    subject="APSEM 2026 keynote: programme and travel",
    body=f"""Dear Professor Lindqvist,

Thank you again for accepting our invitation to give the opening keynote at APSEM 2026.

- Keynote: 17 September 2026 (Thu), 10:00-11:00, Main Hall, Hirose River Convention Center
- Please send your slides by 10 September; a Windows PC with PowerPoint 365 is provided.
- We have booked a room at Sakura Hotel Sendai from 15 to 19 September; breakfast included.
- Airport pick-up at Sendai Airport: our staff will wait at the arrival gate with a sign.

Your honorarium and travel expenses will be reimbursed after the symposium; we will send
the form separately.

{sig("shinomiya", 3)}

{DISC_EN}
""")

# 024 — forward of a presenter's cancer treatment to an external session chair ---------------
_p = person(birth=(1965, 1985))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="発表者の病歴(がん治療)を含むメールを外部の座長へ転送",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["畠山 俊介 先生 <s.hatakeyama@seiran-u.ac.jp>"],
    subject="FW: 発表形式の変更について（B会場 2日目）",
    body=f"""畠山先生

座長をお願いしているB会場2日目のセッションについて、
発表者の方から下記のご相談がありましたので転送いたします。
オンライン発表への切り替えをお認めいただけるか、ご判断をお願いできますでしょうか。

金城

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Date: 2026年8月3日(月) 9:12
Subject: 発表形式の変更について
To: jsem2026@hinode-sangyo.co.jp

大会事務局 御中

B-2-07で発表予定の{_p['affil']} {_p['name']}です。
私事で恐縮ですが、7月に乳がんが見つかり、現在抗がん剤治療を受けております。
主治医から大会期間中の移動は控えるよう言われたため、
オンラインでの発表に切り替えていただくことは可能でしょうか。

何卒よろしくお願いいたします。
""")

# 025 — internal forward of a presenter on dialysis -------------------------------------------
_p = person(birth=(1955, 1970))
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], detectors=[],
    note="発表者の病歴(人工透析)だが社内の担当者間のみ",
    charset="cp932", sender=SENDER("kaneshiro"),
    to=["asari <y-asari@hinode-sangyo.co.jp>"], cc=["m-onodera@hinode-sangyo.co.jp"],
    subject="FW: 発表時間帯のお願い",
    body=f"""浅利さん（cc 小野寺さん）

{_p['sei']}先生から以下のご依頼です。人工透析の日程の都合で、
発表は2日目の午後にしてほしいとのこと。プログラム編成時に考慮をお願いします。
（座長・委員会への共有は「ご本人の都合により」だけでお願いします）

-----Original Message-----
From: {_p['name']} <{_p['email']}>
Sent: Tuesday, June 9, 2026 8:30 PM
To: jsem2026@hinode-sangyo.co.jp
Subject: 発表時間帯のお願い

週3回人工透析を受けており、9/17（木）午後と9/19（土）午前は透析日です。
発表は9/18（金）午後に入れていただけると助かります。
{_p['affil']} {_p['name']}
""")

# 026 — program draft DOCX (name/affiliation/title) to the printer — either ---------------------
_p = people(28, birth=(1960, 2001))
_titles = ["再生ポリエステル繊維の加水分解挙動", "海洋環境におけるマイクロプラスチックの劣化評価",
           "鉄鋼スラグを用いた藻場造成材の開発", "バイオマス由来炭素材料のCO2吸着特性",
           "廃太陽光パネルからの銀回収プロセス", "都市鉱山由来レアメタルのLCA", "生分解性樹脂の土壌中分解速度",
           "セメント系材料の炭酸化促進", "光触媒コーティングの耐候性評価", "下水汚泥焼却灰のリン回収"]
_table = [["講演番号", "演題", "発表者（○印：登壇者）", "所属"]]
for i, p in enumerate(_p, 1):
    _table.append([f"A-1-{i:02d}", R.choice(_titles), f"○{p['name']}", p["affil"]])
add(expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="公開予定の講演プログラム(氏名・所属・演題28件)を印刷会社へ。連絡先なし:名簿とみるか公開情報とみるか",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["久保田 <kubota@nishiki-insatsu.co.jp>"],
    subject="講演プログラム 1日目A会場分 原稿",
    body=f"""久保田様

お世話になっております。小野寺です。
講演プログラムの1日目A会場分の原稿ができましたので、Wordでお送りします。
B会場・C会場分は金曜日に送ります。
登壇者の○印は組版でも残してください。

{sig("onodera", 4)}
""",
    attachments=[{"kind": "docx", "name": "program_day1_A.docx",
                  "paragraphs": ["第32回日本環境材料学会年次大会 講演プログラム", "第1日 9月17日（木） A会場（大ホール）"],
                  "tables": [_table]}])

# 027 — student part-time staff with My Numbers to the labour consultant -----------------------
_p = people(6, univ=False, birth=(2001, 2006))
_rows = [["大会アルバイト 源泉・マイナンバー登録票"], [],
         ["氏名", "フリガナ", "生年月日", "住所", "個人番号", "勤務日数"]]
for p in _p:
    _rows.append([p["name"], p["kana"], seireki(p["dob"]), p["addr"], MYNUM(), R.randint(2, 3)])
add(expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="学生アルバイト6名の個人番号・生年月日・住所を外部の社労士へ",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["あさひ社会保険労務士事務所 <office@asahi-sr.jp>"],
    subject="大会スタッフ（短期アルバイト）の登録票",
    body=f"""あさひ社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 三ツ矢です。
9月の学会大会で受付スタッフとして雇用する学生アルバイトの登録票を添付いたします。
給与計算と源泉徴収票の作成をお願いいたします。

{sig("mitsuya", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "arbeit_touroku.xlsx", "sheets": {"登録票": _rows}}])

# 028 — look-alike of the printer's domain (dropped letter) -------------------------------------
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.co.jp ではなく nishiki-insatu.co.jp (1文字欠落)",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["kubota@nishiki-insatu.co.jp"],
    subject="Re: 要旨集 表紙デザイン案",
    body=f"""久保田様

表紙デザイン案ありがとうございました。
委員会で確認した結果、B案で進めていただくことになりました。
タイトルの書体だけ、もう少し太いものに変えていただけますか。

背表紙の文字：第32回 日本環境材料学会 年次大会 講演要旨集 2026

{sig("onodera", 4)}
""")

# 029 — proof corrections to the real printer domain (pass) ------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="印刷会社への校正戻し。正しいドメイン、個人情報なし",
    charset="cp932", sender=SENDER("onodera"),
    to=["錦印刷 久保田様 <kubota@nishiki-insatsu.co.jp>"], cc=["t-kaneshiro@hinode-sangyo.co.jp"],
    subject="要旨集 初校 修正指示（p.1〜48）",
    body=f"""久保田様

初校ありがとうございました。p.1〜48 の修正指示をPDFでお送りします。
赤字は主に図番号と単位（μm / ℃）の誤りです。
再校は8月20日（木）着でお願いできますでしょうか。

{sig("onodera")}
""",
    attachments=[{"kind": "pdf", "name": "shusei_p001-048.pdf", "title": "初校修正指示",
                  "lines": ["要旨集 初校 修正指示", "p.5 図2 キャプション 「SEM像」→「SEM 像（×5000）」",
                            "p.12 式(3) 単位 mm → μm", "p.27 表1 3行目 25 ℃ → 250 ℃",
                            "p.40 参考文献 [4] 巻号を追加"]}])

# 030 — legacy XLS of direct-debit accounts to the bank ---------------------------------------
_p = people(12)
_rows = [["会員番号", "口座名義（カナ）", "金融機関", "支店", "種目", "口座番号", "引落額"]]
for p in _p:
    _rows.append([p["memno"], p["kana"], "みどり銀行", R.choice(["仙台駅前", "長町", "泉中央", "金沢", "本店営業部"]),
                  "普通", f"{R.randint(1000000, 9999999)}", 10000])
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="会員12名の口座振替データ(口座番号・名義)を外部の銀行へ",
    charset="iso-2022-jp", sender=SENDER("mitsuya"),
    to=["みどり銀行 口座振替センター <furikae@midori-ginko.co.jp>"],
    subject="年会費 口座振替データ（追加分）",
    body=f"""みどり銀行 口座振替センター御中

お世話になっております。
日本環境材料学会（委託先：日の出産業）の三ツ矢です。

今年度から口座振替に切り替えた会員12名分のデータを、
ご指定のExcel（97-2003形式）でお送りします。
振替日は8月27日でお願いいたします。

{sig("mitsuya")}
""",
    attachments=[{"kind": "xls", "name": "furikae_tsuika.xls", "sheets": {"Sheet1": _rows}}])

# 031 — HTML-only reception list to the venue ---------------------------------------------------
_p = people(10)
_tr = "\n".join(f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['affil']}</td><td>{p['mobile']}</td>"
                f"<td>{p['email']}</td></tr>" for i, p in enumerate(_p, 1))
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="来賓・役員10名の携帯・メールの表をHTMLメールで外部の会場へ",
    charset="utf-8", sender=SENDER("taikai"),
    to=["広瀬川コンベンションセンター 催事課 <saiji@hirose-cc.jp>"],
    subject="来賓受付 名簿のご送付",
    html=f"""<html><body style="font-family:Meiryo,sans-serif">
<p>広瀬川コンベンションセンター 催事課 御中</p>
<p>いつもお世話になっております。第32回年次大会 運営事務局です。<br>
開会式の来賓受付で使用する名簿をお送りします。到着確認のため、遅れている方には
会場スタッフから直接お電話いただけますと助かります。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>メール</th></tr>
{_tr}
</table>
<p>どうぞよろしくお願いいたします。</p>
<p>第32回日本環境材料学会年次大会 運営事務局<br>日の出産業株式会社 学会支援部<br>TEL 022-268-5512</p>
</body></html>""")

# 032 — HTML-only room schedule to the venue (pass) ---------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="会場の部屋割り表(HTMLのみ)。個人情報なし",
    charset="utf-8", sender=SENDER("taikai"),
    to=["saiji@hirose-cc.jp"],
    subject="会場使用スケジュール（最終版）",
    html="""<html><body>
<p>催事課 ご担当者様</p>
<p>お世話になっております。使用スケジュールの最終版をお送りします。</p>
<table border="1">
<tr><th>日付</th><th>大ホール</th><th>会議室201</th><th>会議室202</th><th>展示ホール</th></tr>
<tr><td>9/16（水）</td><td>設営 15:00〜</td><td>―</td><td>―</td><td>搬入 13:00〜</td></tr>
<tr><td>9/17（木）</td><td>8:00〜19:00</td><td>9:00〜18:00</td><td>9:00〜18:00</td><td>9:00〜18:00</td></tr>
<tr><td>9/18（金）</td><td>8:30〜17:00</td><td>9:00〜18:00</td><td>9:00〜18:00</td><td>9:00〜17:00</td></tr>
<tr><td>9/19（土）</td><td>8:30〜15:00</td><td>9:00〜12:00</td><td>―</td><td>撤去 12:00〜</td></tr>
</table>
<p>追加で控室（和室）を9/17のみお借りできますでしょうか。</p>
<p>運営事務局 金城</p>
</body></html>""")

# 033 — four students on Gmail in To --------------------------------------------------------
_p = people(4, univ=False, birth=(1999, 2004))
add(expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人(フリーメール)4名を To に並べて送信: 互いのアドレスが見える",
    charset="iso-2022-jp", sender=SENDER("jimu"),
    to=[f"{p['name']} <{p['romaji'].lower().replace(' ', '.')}{R.randint(10, 99)}@gmail.com>" for p in _p],
    subject="学生ポスター賞 受賞のお知らせ",
    body=f"""学生会員の皆様

日本環境材料学会 事務局です。
このたびは学生ポスター賞の受賞、誠におめでとうございます。
表彰式は9月19日（土）11:30から大ホールで行います。
10分前までに舞台袖の受付へお越しください。

賞状と副賞（図書カード）はその場でお渡しします。

{sig("jimu")}
""")

# 034 — Bcc announcement including free-mail members (pass) -------------------------------------
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="会員への案内をBccで送信(Toは自分)。宛先は互いに見えない",
    charset="cp932", sender=SENDER("jimu"),
    to=["jsem-office@hinode-sangyo.co.jp"],
    bcc=["a.oikawa@abukuma-u.ac.jp", "hina.kumagai77@yahoo.co.jp", "t.ebina@seiran-u.ac.jp",
         "kazuya.tanno3@gmail.com", "n.higa@tsukushi-gakuin.ac.jp", "m-sotome@ezweb.ne.jp"],
    subject="【JSEM】東北支部 見学会のご案内",
    body=f"""東北支部会員の皆様（Bccにて失礼いたします）

日本環境材料学会 東北支部より、秋の見学会のご案内です。

　日時：10月23日（金）13:00〜17:00
　見学先：みちのく環境リサイクルセンター（宮城県大崎市）
　集合：JR古川駅 東口 12:40（貸切バス）
　参加費：会員無料 / 非会員 2,000円
　定員：25名（先着順）

お申込みは支部ウェブサイトのフォームからお願いいたします。

{sig("jimu")}
""")

# 035 — 極秘 award nomination DOCX to a committee member ------------------------------------------
_p = person(birth=(1962, 1975))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["confidential_marking", "personal_data"],
    note="ヘッダに「選考委員会限り 極秘」の学会賞推薦書を外部委員へ",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["小田切 誠 先生 <odagiri@seiran-u.ac.jp>"],
    subject="学会賞（功績賞）推薦書の送付",
    body=f"""表彰委員長 小田切先生

お世話になっております。事務局の小野寺です。
功績賞について、締切までに届いた推薦書1件をお送りいたします。
書式の不備はありません。委員会でのご審議をよろしくお願いいたします。

{sig("onodera")}
""",
    attachments=[{"kind": "docx", "name": "推薦書_功績賞_2026.docx", "page_header": "選考委員会限り　極秘",
                  "title": "功績賞推薦書",
                  "paragraphs": ["日本環境材料学会 功績賞 推薦書", f"被推薦者：{_p['name']}（{_p['kana']}）",
                                 f"生年月日：{wareki(_p['dob'])}", f"所属：{_p['affil']} 教授",
                                 "推薦理由：環境調和型材料の研究を長年にわたり主導し、学会の国際化に多大な貢献をした。",
                                 "推薦者：正会員 1名・名誉会員 1名"],
                  "tables": [[["年", "主な経歴"], ["1998", "博士（工学）取得"], ["2010", "同大学 教授"],
                              ["2020", "本会 副会長"]]]}])

# 036 — call for award nominations to the members' list address (pass) --------------------------
add(expect="pass", entities=[], detectors=[],
    note="学会賞推薦の募集を会員メーリングリスト(単一宛先)へ",
    charset="utf-8", sender=SENDER("jimu"),
    to=["jsem-members@ml.jsem-gakkai.or.jp"],
    subject="[jsem-members:2291] 2027年度 学会賞 候補者推薦のお願い",
    body=f"""会員各位

日本環境材料学会 表彰委員会より、2027年度学会賞の候補者推薦のお願いです。

・功績賞　　　1件以内
・論文賞　　　3件以内
・技術賞　　　2件以内
・奨励賞（40歳未満）　3件以内

推薦書様式は学会ウェブサイトからダウンロードしてください。
締切：2026年11月30日（月）必着
提出先：事務局（jsem-office@hinode-sangyo.co.jp）

{sig("jimu")}
""")

# 037 — five membership applications, one block each, to the president --------------------------
_p = people(5, birth=(1975, 2000))
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(f"""【{i}】{p['name']}（{p['kana']}）
　生年月日：{wareki(p['dob'], 'short' if i % 2 else 'kanji')}
　自宅：〒{p['zip']} {p['addr']}
　電話：{p['mobile']}
　所属：{p['affil']}
　会員種別：{R.choice(['正会員', '学生会員'])}　推薦者：{R.choice(['鮫島 礼子', '蔀 健吾', '羽生田 典子'])}""")
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="入会申込者5名の生年月日・自宅住所・電話を外部の会長へ",
    charset="cp932", sender=SENDER("onodera"),
    to=["fujigaya@hokuto-u.ac.jp"],
    subject="6月受付分 入会申込者（理事会承認用）",
    body=f"""藤ヶ谷会長

お世話になっております。事務局の小野寺です。
6月に受け付けた入会申込は以下の5件です。
次回理事会で承認いただく前に、念のため内容をご確認ください。

{(chr(10) * 2).join(_blocks)}

以上です。

{sig("onodera")}
""")

# 038 — three new members, with e-mail, to the president (pass) ---------------------------------
_p = people(3)
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="入会者3名(氏名・メール)のみ。5名未満なので警告まで",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["藤ヶ谷会長 <fujigaya@hokuto-u.ac.jp>"],
    subject="7月受付分 入会申込（3名）",
    body=f"""藤ヶ谷会長

7月受付分の入会申込は3名でした。

・{_p[0]['name']}（{_p[0]['affil']}）{_p[0]['email']}
・{_p[1]['name']}（{_p[1]['affil']}）{_p[1]['email']}
・{_p[2]['name']}（{_p[2]['affil']}）{_p[2]['email']}

いずれも推薦者の署名がそろっております。

小野寺
""")

# 039 — corrupt xlsx to the program chair ------------------------------------------------------
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="破損したxlsxを外部へ送付(検査できない)",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["shitomi@kowan-tech.ac.jp"],
    subject="セッション割り振り表（再送）",
    body=f"""蔀先生

先ほどのファイルが開けないとのことで、保存し直して再送いたします。
もしまた開けないようでしたらお知らせください。

{sig("kaneshiro", 1)}
""",
    attachments=[{"kind": "corrupt", "name": "session_warifuri_v3.xlsx"}])

# 040 — 基礎年金番号 of six temporary staff, tab list in body, to the labour consultant ------------
_p = people(6, univ=False, birth=(1965, 1995))
_lines = ["氏名\t生年月日\t基礎年金番号\t雇用期間"]
for p in _p:
    _lines.append(f"{p['name']}\t{wareki(p['dob'], 'short')}\t{R.randint(1000, 9999)}-{R.randint(100000, 999999)}\t9/1〜9/30")
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="臨時職員6名の基礎年金番号・生年月日を外部の社労士へ",
    charset="iso-2022-jp", sender=SENDER("mitsuya"),
    to=["office@asahi-sr.jp"],
    subject="9月 臨時職員 社会保険取得届の件",
    body=f"""あさひ社労士事務所 御中

お世話になっております。日の出産業 三ツ矢です。
大会準備のため9月に1か月雇用する臨時職員6名の情報です。
資格取得届の作成をお願いいたします。

{chr(10).join(_lines)}

いずれも週30時間勤務の予定です。

{sig("mitsuya", 2)}
""")

# 041 — poster panel transport with tracking numbers (pass) -------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="ポスターパネル輸送の手配。伝票番号・発注番号のみ",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["青葉運輸 仙台営業所 <sendai@aoba-unyu.co.jp>"],
    subject="ポスターパネル輸送 集荷日程の確認",
    body=f"""青葉運輸 仙台営業所 ご担当者様

いつもお世話になっております。日の出産業 学会支援部の金城です。
ポスターパネル（180×90cm 60枚）の輸送について、下記で確定させてください。

　往路：9/15（火）10:00 集荷　保管倉庫（名取市）→ 広瀬川コンベンションセンター 搬入口B
　復路：9/19（土）15:00 集荷　会場 → 保管倉庫
　発注番号：HS-2026-0742
　前回の送り状番号：4417-2390-5518 / 4417-2390-5529（参考）

車両は4t車1台でお願いいたします。

{sig("kaneshiro", 4)}
""")

# 042 — driver's licence for the excursion van to the rental company -----------------------------
_p = person(univ=False, birth=(1975, 1995))
add(expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="運転者の運転免許証番号・生年月日を外部のレンタカー会社へ",
    charset="cp932", sender=SENDER("shinomiya"),
    to=["みちのくレンタカー 仙台駅東口店 <sendai-higashi@michinoku-rent.co.jp>"],
    subject="9/19 ハイエース予約 運転者登録",
    body=f"""みちのくレンタカー 仙台駅東口店 御中

お世話になっております。日の出産業の四ノ宮です。
9/19（土）にご予約しているハイエース（10人乗り）の運転者登録をお願いします。

　運転者氏名：{_p['name']}
　生年月日　：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日
　免許証番号：第{R.randint(10, 99)}{R.randint(1000000000, 9999999999)}号
　免許の種類：普通・中型（8t限定）

当日は本人が免許証原本をお持ちします。

{sig("shinomiya", 4)}
""")

# 043 — residence card of a foreign student applicant to the grant committee chair ----------------
_p = person(univ=True, birth=(1996, 2001))
add(expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="留学生1名の在留カード番号・生年月日を外部の委員へ",
    charset="utf-8", sender=SENDER("onodera"),
    to=["助成委員長 我妻先生 <wagatsuma@shinano-rika.ac.jp>"],
    subject="旅費助成 申請者の在留資格確認について",
    body=f"""我妻先生

お世話になっております。事務局の小野寺です。
旅費助成に申請のあった留学生の方について、要項の「国内に在留する者」の
要件確認のため在留カードの写しを提出いただきました。内容は以下のとおりです。

　氏名：TRAN THI HUONG（チャン・ティ・フオン）
　生年月日：{seireki(_p['dob'])}
　在留カード番号：{R.choice(['AB', 'UH', 'EK'])}{R.randint(10000000, 99999999)}{R.choice(['CD', 'FA', 'JK'])}
　在留資格：留学（在留期間満了日 2028年3月31日）
　所属：{_p['affil']} 大学院 博士後期課程

要件は満たしていると思われますが、ご確認をお願いいたします。

{sig("onodera")}
""")

# 044 — injury at the excursion: insurance claim with 健康保険証 ------------------------------------
_p = person(birth=(1960, 1990))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="見学会での負傷(診断名)と健康保険証の記号番号を外部の保険会社へ",
    charset="iso-2022-jp", sender=SENDER("shinomiya"),
    to=["あんしん損保 事故受付センター <jiko@hoken-anshin.co.jp>"],
    subject="行事参加者傷害保険 事故報告（証券番号 AN-77-0193）",
    body=f"""あんしん損保 事故受付センター 御中

日本環境材料学会（契約者）の事務局、日の出産業の四ノ宮です。
見学会中に参加者が負傷しましたので、ご報告いたします。

　被保険者：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['dob'])}
　発生日時：2026年9月19日 14時20分頃
　発生場所：みちのく環境リサイクルセンター 構内階段
　状況：階段で足を踏み外し転倒
　診断：右足関節外果骨折（全治8週間、仙台中央病院 整形外科）
　健康保険証：記号 {R.randint(100, 999)}  番号 {R.randint(1000, 9999)}

診断書の写しは郵送いたします。

{sig("shinomiya")}
""")

# 045 — NDA discussion with the system vendor (pass) --------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="秘密保持契約についてのやりとり。マーキングではなく言及のみ",
    charset="cp932", sender=SENDER("kito"),
    to=["ツバサシステム 営業部 大場様 <ooba@tsubasa-system.jp>"],
    subject="Re: 秘密保持契約書（案）の件",
    body=f"""大場様

お世話になっております。日の出産業の鬼頭です。
秘密保持契約書（案）をお送りいただきありがとうございました。
当社の法務で確認し、第5条（秘密情報の返還・廃棄）について
「会員の個人情報は契約終了後30日以内に消去し、消去証明書を提出する」旨の
追記をお願いしたいとのことでした。修正版をお待ちしております。

なお、参加登録システムの本番データ移行は契約締結後に行う予定です。

{sig("kito", 4)}

{DISC_JA}
""")

# 046 — 【部外秘】 in the subject, to the system vendor ---------------------------------------------
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="件名と本文冒頭に【部外秘】の表示がある資料を外部ベンダーへ",
    charset="utf-8", sender=SENDER("kito"),
    to=["ooba@tsubasa-system.jp"],
    subject="【部外秘】次期会員管理システム 要件メモ",
    body=f"""【部外秘】

大場様

社内検討用にまとめた次期会員管理システムの要件メモです。
お見積りの前提としてご参照ください。

1. 会員数：約3,800名（正会員 2,900 / 学生 700 / 賛助 200社）
2. 会費決済：クレジット・口座振替・銀行振込の3方式
3. 大会参加登録と会員DBの連携（会員番号で照合）
4. 現行委託費：年額 4,800,000円（比較のため記載。取扱いにご注意ください）

鬼頭
""")

# 047 — internal: 社外秘 PPTX to colleagues (pass) ----------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="社外秘表示のある資料だが宛先は社内のみ",
    charset="iso-2022-jp", sender=SENDER("kito"),
    to=["学会支援部 <gakkai-shien@hinode-sangyo.co.jp>"],
    subject="来期の受託提案（社内レビュー用）",
    body="""部内各位

来期の学会事務局受託提案の資料です。金曜の部会で読み合わせます。
社外秘ですので、学会側への送付は私からのみ行います。

鬼頭
""",
    attachments=[{"kind": "pptx", "name": "jutaku_teian_2027.pptx", "page_footer": "社外秘",
                  "slides": [["2027年度 学会事務局 受託提案", "日本環境材料学会 様", "日の出産業株式会社 学会支援部"],
                             ["委託費の考え方", "基本料 月額 380,000円", "大会運営 1回 2,200,000円"],
                             ["体制", "専任2名＋兼任2名", "繁忙期（7〜9月）は派遣1名追加"]]}])

# 048 — PPTX with 社外秘 footer to an external board member ----------------------------------------
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="フッタに「社外秘」と表示されたスライドを外部の理事へ",
    charset="cp932", sender=SENDER("kito"),
    to=["門脇 直樹 理事 <kadowaki@shinano-rika.ac.jp>"],
    subject="事務局体制見直しのご説明資料",
    body=f"""門脇先生

お世話になっております。日の出産業の鬼頭です。
先日お電話でお話しした事務局体制の見直しについて、説明資料をお送りいたします。
ご意見をいただけましたら、理事会資料に反映いたします。

{sig("kito", 4)}
""",
    attachments=[{"kind": "pptx", "name": "体制見直し_説明資料.pptx", "page_footer": "社外秘",
                  "slides": [["事務局体制の見直しについて", "2026年7月", "日の出産業株式会社"],
                             ["現状の課題", "大会期の業務集中", "会費督促の遅れ"],
                             ["見直し案", "会費業務のシステム化", "大会運営の外部委託範囲の拡大"]]}])

# 049 — English: five session chairs in To --------------------------------------------------------
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="5機関の座長を To に並べて一斉送信(英文)",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Prof. Mei-Ling Chen <mlchen@formosa-tech.edu.tw>", "Dr. Anil Raghavan <anil.r@iisc-mat.ac.in>",
        "Prof. Shunsuke Hatakeyama <s.hatakeyama@seiran-u.ac.jp>", "Dr. Somchai Prasert <somchai.p@siam-envtech.ac.th>",
        "Assoc. Prof. Ji-hoon Park <jhpark@hanbit-univ.ac.kr>"],
    subject="APSEM 2026 - information for session chairs",
    body=f"""Dear Session Chairs,

Thank you for agreeing to chair a session at APSEM 2026. A few practical notes:

1. Please come to the chair's desk (Room 201 foyer) 15 minutes before your session.
2. Each oral talk is 15 min + 5 min Q&A. A bell rings at 12 and 15 minutes.
3. No-shows: please leave the slot empty; do not move later talks forward.
4. Best Presentation Award score sheets will be handed to you at the desk.

The final programme will be sent next week.

{sig("shinomiya", 3)}
""")

# 050 — venue and hotel together: shuttle bus (two organisations, pass) ---------------------------
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="会場とホテルの2社宛(三者打合せ)。2組織までは通常業務",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["saiji@hirose-cc.jp", "さくらホテル 宴会・送迎担当 <banquet@sakura-hotel.jp>"],
    cc=["y-asari@hinode-sangyo.co.jp"],
    subject="大会期間中のシャトルバス運行について（会場・ホテル・事務局）",
    body=f"""広瀬川コンベンションセンター 催事課 様
さくらホテル 宴会・送迎ご担当 様

いつもお世話になっております。大会事務局の金城です。
シャトルバスの運行について、三者で認識をそろえたくご連絡いたしました。

　9/17・18　ホテル発 8:00 / 8:20 / 8:40　会場発 18:10 / 18:40
　9/19　　　ホテル発 8:15 / 8:45　会場発 15:30
　乗降場所：ホテル正面玄関 / 会場 西側車寄せ

ご都合の悪い点があれば6/30までにお知らせください。

{sig("kaneshiro", 1)}
""")

# 051 — 倫理委員会: a member's arrest, to an external board member -----------------------------------
_p = person(birth=(1965, 1980))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="会員の逮捕(犯罪歴)を氏名付きで外部の倫理委員長へ",
    charset="cp932", sender=SENDER("kito"),
    to=["倫理委員長 仁平先生 <nihei@hokuriku-mat.ac.jp>"],
    subject="会員の資格停止に関するご相談",
    body=f"""仁平先生

お世話になっております。事務局の鬼頭でございます。
大変申し上げにくいご相談です。

正会員の{_p['name']}氏（{_p['affil']}、会員番号 {_p['memno']}）が、
6月28日に迷惑防止条例違反の容疑で逮捕されたとの報道がありました。
同氏は今年度の大会で招待講演を予定しております。
会則第12条に基づく資格停止と講演の取扱いについて、倫理委員会でのご検討をお願いできますでしょうか。

報道記事の写しは別途郵送いたします。

{sig("kito")}
""")

# 052 — crime victim: forward to the printer with the reason ----------------------------------------
_p = person(birth=(1990, 2000))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="ストーカー被害(犯罪被害)を受けた会員の事情を氏名付きで外部の印刷会社へ転送",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["kubota@nishiki-insatsu.co.jp"],
    subject="転送：プログラムへの氏名掲載について（至急）",
    body=f"""久保田様

急ぎのお願いです。下記の会員の方について、プログラム・要旨集とも
氏名を「（氏名非公開）」に差し替えていただけますでしょうか。
事情は転送メールのとおりです。お取扱いにはご配慮ください。

小野寺

＜転送元メッセージ＞
差出人: {_p['name']} <{_p['email']}>
送信日時: 2026年8月5日 23:02
宛先: jsem2026@hinode-sangyo.co.jp
件名: プログラムへの氏名掲載について

以前から元交際相手によるストーカー被害を受けており、
現在警察に相談し、接近禁止の措置を取ってもらっています。
学会のプログラムに名前と所属が載ると居場所が知られてしまうため、
氏名を伏せていただけないでしょうか。
{_p['affil']} {_p['name']}
""")

# 053 — hearing impairment and disability certificate to the interpreter agency -----------------
_p = person(birth=(1985, 1998))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="発表者の聴覚障害(身体障害者手帳の等級)を氏名付きで外部の通訳派遣団体へ",
    charset="utf-8", sender=SENDER("asari"),
    to=["手と手 通訳派遣センター <haken@te-to-te.or.jp>"],
    subject="手話通訳者・要約筆記者の派遣依頼（9/18）",
    body=f"""手と手 通訳派遣センター ご担当者様

はじめてご連絡いたします。日本環境材料学会 年次大会事務局の浅利と申します。
以下のとおり、通訳者の派遣をお願いしたくご連絡いたしました。

　利用者：{_p['name']} 様（{_p['affil']} 助教）
　障害の状況：感音性難聴（身体障害者手帳2級）、手話が第一言語
　日時：9月18日（金）13:00〜17:00（ご本人の口頭発表 14:20〜、質疑含む）
　場所：広瀬川コンベンションセンター 会議室202
　内容：材料工学の専門用語が多いため、事前に要旨をお送りします

費用のお見積りもあわせてお願いいたします。

{sig("asari", 1)}
""")

# 054 — reply to that member, sensitive details only in the quote (pass) ---------------------------
_p = person(birth=(1985, 1998))
add(expect="pass", entities=[], detectors=[],
    note="本人への返信。障害に関する記述は本人から届いたメールの引用部分のみ",
    charset="cp932", sender=SENDER("asari"),
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 発表時の情報保障について",
    body=f"""{_p['sei']}先生

ご連絡ありがとうございます。大会事務局の浅利です。
ご依頼の件、9月18日の発表とその前後のセッションについて手配いたしました。
当日は発表30分前に会議室202で打合せをお願いいたします。

浅利

On 2026/07/01 10:15, {_p['name']} wrote:
> 大会事務局 御中
> 私は聴覚に障害があり、補聴器を使っても会話の聞き取りが困難です。
> 発表と質疑応答の際、手話通訳と文字通訳（UDトーク等）をお願いできますか。
> {_p['affil']} {_p['name']}
""")

# 055 — sudden illness at the venue: incident note to the venue ------------------------------------
_p = person(birth=(1975, 1995))
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="参加者の急病と持病(てんかん)を氏名付きで外部の会場へ報告",
    charset="iso-2022-jp", sender=SENDER("taikai"),
    to=["広瀬川コンベンションセンター 防災センター <bousai@hirose-cc.jp>"],
    subject="本日の救急搬送の件（報告）",
    body=f"""防災センター ご担当者様

本日は迅速なご対応をありがとうございました。
救急搬送の経緯について、ご依頼どおり報告いたします。

・時刻：9月17日 15:05頃
・場所：展示ホール ポスター会場 P-32付近
・対象者：{_p['name']}さん（{_p['affil']}、参加者）
・状況：発表中に意識を失い転倒。同行の指導教員によると、てんかんの持病があり
  服薬中とのこと。約2分で意識回復、念のため仙台中央病院へ搬送。
・その後：同日18時、ご本人より「帰宅可」との連絡あり。

第32回年次大会 運営事務局 金城
""")

# 056 — three sponsors in To/Cc ------------------------------------------------------------------
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="協賛企業3社の担当者を To/Cc に並べて送信",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["川崎電機 広報部 <koho@kawasaki-denki.co.jp>", "丹沢化成 研究所 <lab-pr@tanzawa-kasei.co.jp>"],
    cc=["湖北分析センター 営業 <sales@kohoku-bunseki.co.jp>"],
    subject="企業展示 出展者説明資料の送付",
    body=f"""出展企業 ご担当者様

このたびは第32回年次大会の企業展示にご出展いただき、ありがとうございます。
出展者説明資料を添付いたします。小間割りは抽選の結果、以下のとおりです。

　川崎電機様　　　　A-1, A-2
　丹沢化成様　　　　B-4
　湖北分析センター様　B-5

搬入は9/16（水）13:00からです。

{sig("kaneshiro", 1)}
""",
    attachments=[{"kind": "pdf", "name": "exhibitor_guide.pdf", "title": "出展者説明資料",
                  "lines": ["企業展示 出展者説明資料", "1. 搬入出", "2. 電源（1小間 1.5kWまで）",
                            "3. 無線LAN", "4. 展示物の保険について"]}])

# 057 — change-of-address blocks for seven members to the mailing contractor -----------------------
_p = people(7)
_blocks = []
for p in _p:
    _blocks.append(f"■会員番号 {p['memno']}\n{p['name']} 様\n〒{p['zip']}\n{p['addr']}")
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="会員7名の自宅住所(宛名ラベル用)を外部の発送代行会社へ",
    charset="cp932", sender=SENDER("onodera"),
    to=["仙台ハッソウ 受注係 <juchu@sendai-hassou.co.jp>"],
    subject="学会誌8月号 送付先変更分（7件）",
    body=f"""仙台ハッソウ 受注係 御中

いつもお世話になっております。日本環境材料学会 事務局の小野寺です。
学会誌8月号の発送について、前回お渡しした宛名データからの変更分7件をお知らせします。
以下の住所に差し替えをお願いいたします。

{(chr(10) * 2).join(_blocks)}

以上7件、よろしくお願いいたします。

{sig("onodera")}
""")

# 058 — PDF of excursion participants with DOB to the travel agency --------------------------------
_p = people(12)
_table = [["No", "氏名", "生年月日", "年齢", "携帯電話"]]
for i, p in enumerate(_p, 1):
    _table.append([i, p["name"], seireki(p["dob"], "."), 2026 - p["dob"].year, p["mobile"]])
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="見学会参加者12名の生年月日・携帯をPDFで外部の旅行会社へ",
    charset="iso-2022-jp", sender=SENDER("shinomiya"),
    to=["旅の窓 法人旅行課 栗原様 <kurihara@tabi-no-mado.co.jp>"],
    subject="見学会 参加者名簿（国内旅行傷害保険 加入用）",
    body=f"""栗原様

お世話になっております。日の出産業の四ノ宮です。
9/19の見学会の参加者名簿をお送りします。国内旅行傷害保険の加入手続きにお使いください。

{sig("shinomiya")}
""",
    attachments=[{"kind": "pdf", "name": "kengakukai_meibo.pdf", "title": "見学会参加者名簿",
                  "lines": ["第32回年次大会 見学会 参加者名簿", "2026年9月19日（土）"], "table": _table}])

# 059 — plain zip with presenters' contacts to the AV contractor -----------------------------------
_p = people(20)
_rows = [["講演番号", "氏名", "所属", "メール", "携帯"]]
for i, p in enumerate(_p, 1):
    _rows.append([f"{R.choice('ABC')}-{R.randint(1, 3)}-{i:02d}", p["name"], p["affil"], p["email"], p["mobile"]])
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="発表者20名の連絡先CSVを含むZIP(暗号化なし)を外部の映像音響業者へ",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["仙台音響 技術部 <tech@sendai-onkyo.co.jp>"],
    subject="発表データ事前受付用の資料一式",
    body=f"""仙台音響 技術部 御中

大会事務局の金城です。
発表データの事前受付（PCセンター）の準備資料一式をZIPでお送りします。
未提出の方への督促は、御社から直接メールしていただいて構いません。

{sig("kaneshiro", 1)}
""",
    attachments=[{"kind": "zip", "name": "pc_center_shiryo.zip",
                  "files": [{"kind": "csv", "name": "presenters.csv", "rows": _rows, "encoding": "utf-8"},
                            {"kind": "docx", "name": "受付手順.docx",
                             "paragraphs": ["PCセンター受付手順", "1. 講演番号を確認", "2. USBからコピー", "3. 動作確認"]}]}])

# 060 — forwarded mail (eml) with six grant applicants --------------------------------------------
_p = people(6, birth=(1996, 2002))
_inner = "\n".join(f"{i}. {p['name']}（{p['affil']}）生年月日 {wareki(p['dob'])} / {p['email']}"
                   for i, p in enumerate(_p, 1))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data", "multiple_external_domains"],
    note="旅費助成申請者6名(生年月日・メール)を含むメールを添付ファイル(eml)で外部委員へ転送",
    charset="cp932", sender=SENDER("onodera"),
    to=["我妻先生 <wagatsuma@shinano-rika.ac.jp>", "助成委員 帷子先生 <katabira@abukuma-u.ac.jp>"],
    subject="FW: 旅費助成 第2次締切分の申請者",
    body=f"""我妻先生、帷子先生

第2次締切分の申請者一覧を、事務局内で回覧したメールごとお送りします。
審査票は来週お送りします。

小野寺
""",
    attachments=[{"kind": "eml", "name": "申請者一覧_第2次.eml",
                  "message": {"charset": "cp932", "sender": SENDER("asari"),
                              "to": ["m-onodera@hinode-sangyo.co.jp"],
                              "subject": "旅費助成 第2次締切分 申請者一覧",
                              "body": f"小野寺さん\n\n第2次締切分の申請者です（6名）。\n\n{_inner}\n\n浅利\n"}}])

# 061 — DOCX of eight award candidates with DOB and home address -----------------------------
_p = people(8, birth=(1986, 1995))
_table = [["候補者", "生年月日", "自宅住所", "所属・職", "推薦論文"]]
for p in _p:
    _table.append([p["name"], wareki(p["dob"], "short"), p["addr"], f"{p['affil']} {R.choice(['助教', '講師', '准教授', '研究員'])}",
                   f"J. Environ. Mater. Vol.{R.randint(40, 45)}"])
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="奨励賞候補8名の生年月日・自宅住所の表(DOCX)を外部の選考委員へ",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["odagiri@seiran-u.ac.jp"],
    subject="奨励賞 候補者一覧（年齢要件の確認用）",
    body=f"""小田切先生

奨励賞の候補者一覧をお送りします。
「応募年度の4月1日に40歳未満」の要件確認のため、生年月日を入れてあります。
副賞の送付先として自宅住所も併記しました。

{sig("onodera", 2)}
""",
    attachments=[{"kind": "docx", "name": "奨励賞候補者一覧.docx",
                  "paragraphs": ["2026年度 奨励賞 候補者一覧", "（推薦受付順）"], "tables": [_table]}])

# 062 — English: CONFIDENTIAL review results to the overseas co-chair -----------------------------
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="CONFIDENTIAL と表示された査読結果PDFを海外の共同委員長へ",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Prof. Mei-Ling Chen <mlchen@formosa-tech.edu.tw>"],
    subject="APSEM 2026 - review results for your decision",
    body=f"""Dear Prof. Chen,

Attached are the aggregated review scores for the 46 submissions in Track B.
Six papers have conflicting reviews (score spread of 3 or more); we have highlighted them.
Could you make the accept/reject decision on those by 20 June?

{sig("shinomiya", 3)}
""",
    attachments=[{"kind": "pdf", "name": "TrackB_review_summary.pdf", "page_header": "CONFIDENTIAL - Programme Committee only",
                  "title": "Track B review summary",
                  "lines": ["APSEM 2026 Track B - review summary", "Submissions: 46", "Accepted (oral): 18",
                            "Accepted (poster): 20", "Pending decision: 6", "Rejected: 2"],
                  "table": [["Paper", "R1", "R2", "R3", "Mean"], ["B-012", "5", "2", "4", "3.7"],
                            ["B-019", "1", "4", "5", "3.3"], ["B-031", "2", "5", "3", "3.3"]]}])

# 063 — 東北支部 roster with full-width digits and 和暦 ------------------------------------------
_p = people(6, birth=(1950, 1990))
_lines = ["　氏名　　　　　　生年月日　　　　　　　電話番号", "　" + "－" * 30]
for p in _p:
    _lines.append(f"　{p['name']:<8}　{wareki(p['dob'], 'zen'):<12}　{zen(p['mobile'])}")
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="支部役員6名の生年月日(和暦・全角)と携帯を外部の支部長へ",
    charset="cp932", sender=SENDER("jimu"),
    to=["東北支部長 及川先生 <a.oikawa@abukuma-u.ac.jp>"],
    subject="東北支部 役員名簿（改選後）",
    body=f"""及川支部長

いつもお世話になっております。事務局です。
改選後の東北支部役員名簿を作成しましたのでご確認ください。
（役員保険の加入手続きに生年月日が必要なため記載しています）

{chr(10).join(_lines)}

誤りがありましたらご指摘ください。

{sig("jimu")}
""")

# 064 — a speaker's card number to the hotel for the guarantee --------------------------------
_p = person()
_cn = CARD()
add(expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="講演者のクレジットカード番号(全角)をホテルへギャランティー用に送信",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["reservation@sakura-hotel.jp"],
    subject="予約番号 SH-260917-044 ギャランティーについて",
    body=f"""さくらホテル 予約係様

お世話になっております。浅利です。
予約番号 SH-260917-044（{_p['name']}様）について、ご本人がご自身のカードで
精算されたいとのことで、カード情報をお預かりしました。ギャランティーの登録をお願いします。

　カード番号：{zen(_cn[:4])}　{zen(_cn[4:8])}　{zen(_cn[8:12])}　{zen(_cn[12:])}
　有効期限：{zen('11/28')}
　名義：{_p['ROMAJI'].upper()}

事務局一括精算の対象からは外してください。

{sig("asari", 1)}
""")

# 065 — look-alike of our own domain, with six members' dues status -----------------------------
_p = people(6)
_lines = [f"{p['memno']}, {p['name']}, {p['email']}, {R.choice(['2025年度未納', '2024-2025年度未納', '退会届未処理'])}" for p in _p]
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="社内宛てのつもりが hinode-sangyou.co.jp (自社ドメインの類似)へ会員6名の一覧",
    charset="utf-8", sender=SENDER("mitsuya"),
    to=["小野寺 真央 <m-onodera@hinode-sangyou.co.jp>"],
    subject="督促対象の確認",
    body=f"""小野寺さん

督促状を出す前に、下記6名の状況を確認させてください。
（会員番号, 氏名, メール, 状況）

{chr(10).join(_lines)}

退会届の件は先月受付分だと思います。

三ツ矢
""")

# 066 — look-alike of the bank: dropped "co." ---------------------------------------------------
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.co.jp ではなく midori-ginko.jp (co. の欠落)",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.jp>"],
    subject="残高証明書の発行依頼（3月末基準）",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日本環境材料学会の会計を担当しております三ツ矢です。
監事監査のため、学会名義口座の残高証明書（2026年3月31日基準）を1通お願いいたします。

　口座：仙台駅前支店 普通 学会名義（一般社団法人日本環境材料学会）
　送付先：学会事務局（日の出産業株式会社 学会支援部 内）

手数料は口座からの引落しで結構です。

{sig("mitsuya")}
""")

# 067 — look-alike of the caterer: dropped "s" ------------------------------------------------
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods.co.jp ではなく kitaguni-food.co.jp",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["catering@kitaguni-food.co.jp"],
    subject="懇親会 メニュー案の件",
    body=f"""北国フーズ ご担当様

メニュー案ありがとうございました。
Bコース（1名 5,500円）で進めてください。
牛タンの焼き場は会場の換気の関係で設置不可とのことですので、
代わりに笹かまの実演をご検討いただけますか。

浅利
""")

# 068 — hyphen for a dot in our own domain -------------------------------------------------------
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="mail.hinode-sangyo.co.jp のつもりが mail-hinode-sangyo.co.jp (ドットをハイフンに)",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["keiri@mail-hinode-sangyo.co.jp"],
    subject="仮払い精算（大会準備 6月分）",
    body="""経理課 御中

学会支援部の金城です。6月分の仮払い精算書を提出します。

・会場下見 交通費 3,420円
・備品（名札ケース 300個）18,150円
・郵送料 9,870円

領収書の原本は社内便で送りました。
よろしくお願いします。
""")

# 069 — homoglyph of the registration vendor ------------------------------------------------
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-system.jp ではなく tsubasa-systern.jp (m→rn の見間違い)",
    charset="cp932", sender=SENDER("kaneshiro"),
    to=["support@tsubasa-systern.jp"],
    subject="参加登録フォーム 項目追加のお願い",
    body=f"""ツバサシステム サポートご担当者様

いつもお世話になっております。大会事務局の金城です。
参加登録フォームに以下の項目を追加していただけますでしょうか。

1. 託児室の利用希望（有／無）
2. 懇親会の食事に関するご要望（自由記述・任意）
3. 領収書の宛名（自由記述）

公開は6月15日を予定しています。

{sig("kaneshiro", 1)}
""")

# 070 — password-protected PDF of receipts to a university ---------------------------------------
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード保護されたPDFを外部へ送付(検査できない)",
    charset="iso-2022-jp", sender=SENDER("mitsuya"),
    to=["港湾工業大学 研究支援課 <kenkyu-shien@kowan-tech.ac.jp>"],
    subject="参加費 領収書（研究室一括分）",
    body=f"""港湾工業大学 研究支援課 御中

蔀研究室から一括でお支払いいただいた参加費の領収書（11名分）をお送りします。
PDFにはパスワードを設定しております。パスワードは研究室の蔀先生にお伝えしてあります。

{sig("mitsuya")}
""",
    attachments=[{"kind": "pdf", "name": "ryoshusho_shitomi_lab.pdf", "password": "kowan2026",
                  "lines": ["領収書", "蔀研究室 御中", "参加費 11名分 合計 61,000円"]}])

# 071 — corrupt DOCX abstract forwarded to the program chair --------------------------------------
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="破損した要旨ファイル(docx)を外部の委員長へ転送",
    charset="utf-8", sender=SENDER("kaneshiro"),
    to=["shitomi@kowan-tech.ac.jp"],
    subject="FW: 講演要旨の差し替え（C-2-11）",
    body=f"""蔀先生

C-2-11の発表者から要旨の差し替えが届きました。
こちらの環境では一部文字化けしているように見えますが、念のためそのまま転送します。

金城

-----Original Message-----
From: C-2-11 発表者
Subject: 講演要旨の差し替え
要旨の図3に誤りがありました。差し替え版を添付します。
""",
    attachments=[{"kind": "corrupt", "name": "C-2-11_abstract_rev.docx"}])

# 072 — reply-all: three outside parties visible in Cc, quoted thread ------------------------------
_s = person(univ=False, birth=(1999, 2003))
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="全員に返信で、2大学の教員と学生のフリーメール(3者)が To/Cc で互いに見える",
    charset="cp932", sender=SENDER("kaneshiro"),
    to=["鮫島 礼子 <r-sameshima@tohoku-gakugei.ac.jp>"],
    cc=["畠山 俊介 <s.hatakeyama@seiran-u.ac.jp>", f"{_s['name']} <{_s['email']}>"],
    subject="Re: Re: 学生スタッフの集合時間",
    body=f"""鮫島先生、畠山先生、{_s['sei']}さん

ご確認ありがとうございます。
学生スタッフの集合は 9/17（木）7:45、会場1階 総合受付裏 でお願いします。
昼食は事務局で用意します。

金城

> 集合時間は8時で大丈夫でしょうか。青嵐大の学生も同じ時間でよいですか。
> 鮫島
""")

# 073 — English: six registrants with e-mail to the overseas co-organiser ---------------------------
_p = people(6, univ=False, birth=(1985, 2000))
_lines = "\n".join(f"  {i}) {p['ROMAJI']} / {p['email']} / {R.choice(['Regular', 'Student', 'Student', 'Regular'])}"
                   for i, p in enumerate(_p, 1))
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data", "freemail_recipient"],
    note="参加登録者6名の氏名・個人メールを海外の共催者(フリーメール)へ",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Dr. Anil Raghavan <anil.raghavan.lab@gmail.com>"],
    subject="Re: Japanese registrants for the joint workshop",
    body=f"""Dear Anil,

As requested, here are the Japanese registrants for the satellite workshop on 20 September.
(name / e-mail / category)

{_lines}

Please add them to your workshop mailing list so they receive the pre-reading.

{sig("shinomiya", 3)}
""")

# 074 — childcare room list with a child's medical history -------------------------------------
_p = people(5, birth=(1982, 1992))
_kids = ["ゆい", "そうた", "はると", "めい", "りこ"]
_notes = ["熱性けいれんの既往あり（座薬持参）", "特になし", "小麦アレルギー", "特になし", "喘息あり（吸入器持参）"]
_lines = []
for p, k, n in zip(_p, _kids, _notes):
    _lines.append(f"・{p['sei']} {k}ちゃん（{R.randint(1, 5)}歳） 保護者：{p['name']} 携帯 {p['mobile']} 備考：{n}")
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="託児利用5家族の保護者携帯と子の既往症を外部の託児業者へ",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["キッズスマイル 派遣保育課 <hoiku@kids-smile.co.jp>"],
    subject="学会託児室 ご利用者一覧（9/17・18）",
    body=f"""キッズスマイル 派遣保育課 御中

いつもお世話になっております。日本環境材料学会 大会事務局の浅利です。
9/17・18の託児室のご利用者が確定しましたのでお知らせします。

{chr(10).join(_lines)}

保育士2名の配置でお願いいたします。
緊急時は保護者の携帯へ直接ご連絡ください。

{sig("asari", 1)}
""")

# 075 — honoraria list with bank accounts and addresses to the tax accountant ---------------------
_p = people(9, birth=(1955, 1985))
_rows = [["招待講演・チュートリアル 謝金支払一覧"], ["氏名", "住所", "支払額", "源泉税", "振込先"]]
for p in _p:
    _rows.append([p["name"], p["addr"], 50000, 5105, bank_account()])
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="講師9名の住所・振込口座一覧(XLSX)を外部の税理士へ",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["kinoshita@kinoshita-tax.jp"],
    subject="9月 謝金支払分の明細",
    body=f"""木下先生

9月に支払った謝金の明細を添付します。
源泉所得税の納付書作成をお願いいたします（納期限 10/10）。

{sig("mitsuya", 4)}
""",
    attachments=[{"kind": "xlsx", "name": "shakin_2026_09.xlsx",
                  "sheets": {"明細": _rows, "メモ": [["特別講演1件は別途（支払調書 作成済み）"]]}}])

# 076 — HTML attachment: member directory for a joint meeting with another society ---------------
_p = people(15)
_tr = "".join(f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['affil']}</td><td>{p['lab']}</td><td>{p['email']}</td></tr>"
              for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="会員15名の連絡先(HTML添付)を他学会の事務局へ",
    charset="utf-8", sender=SENDER("jimu"),
    to=["日本表面材料学会 事務局 <office@jsms-gakkai.or.jp>"],
    subject="合同シンポジウム 当会側世話人の連絡先",
    body=f"""日本表面材料学会 事務局 御中

いつもお世話になっております。日本環境材料学会 事務局です。
来年3月の合同シンポジウムについて、当会側の世話人（15名）の連絡先一覧を
お送りいたします。貴会側の一覧もいただけますと幸いです。

{sig("jimu")}
""",
    attachments=[{"kind": "html", "name": "sewanin_list.html",
                  "html": f"<html><body><h3>合同シンポジウム 世話人一覧（JSEM側）</h3><table border='1'>"
                          f"<tr><th>氏名</th><th>フリガナ</th><th>所属</th><th>電話</th><th>E-mail</th></tr>{_tr}</table></body></html>"}])

# 077 — last year's participants, bullets, to a sponsor ---------------------------------------
_p = people(9)
_lines = "\n".join(f"・{p['name']}（{p['affil']}）　{p['email']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="前回大会参加者9名のメールアドレスを協賛企業へ(第三者提供)",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["川崎電機 広報部 岩渕様 <iwabuchi@kawasaki-denki.co.jp>"],
    subject="Re: ランチョンセミナーの集客について",
    body=f"""岩渕様

お世話になっております。大会事務局の金城です。
ランチョンセミナーの告知先として、昨年の分析機器セッションに参加された方のうち
企業展示ブースに立ち寄られた方を抜き出しました。

{_lines}

ご案内の際は「学会事務局から紹介を受けた」旨を記載していただけますと幸いです。

{sig("kaneshiro", 1)}
""")

# 078 — four attendees of a closed session, with e-mail, to the session chair (pass) --------------
_p = people(4)
add(expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="ワークショップ参加者4名の連絡先を座長へ。5名未満なので警告まで",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["畠山先生 <s.hatakeyama@seiran-u.ac.jp>"],
    subject="若手ワークショップ 参加確定者",
    body=f"""畠山先生

若手ワークショップ（定員4名）の参加確定者です。事前課題の送付をお願いいたします。

  {_p[0]['name']:<10}{_p[0]['affil']:<16}{_p[0]['email']}
  {_p[1]['name']:<10}{_p[1]['affil']:<16}{_p[1]['email']}
  {_p[2]['name']:<10}{_p[2]['affil']:<16}{_p[2]['email']}
  {_p[3]['name']:<10}{_p[3]['affil']:<16}{_p[3]['email']}

{sig("kaneshiro", 1)}
""")

# 079 — list of hotels (businesses) to the members' list (pass) ---------------------------------
add(expect="pass", entities=[], detectors=[],
    note="周辺ホテルの一覧(事業者の代表番号・住所)のみ",
    charset="cp932", sender=SENDER("taikai"),
    to=["jsem-members@ml.jsem-gakkai.or.jp"],
    subject="[jsem-members:2305] 年次大会 会場周辺の宿泊施設のご案内",
    body=f"""会員各位

第32回年次大会の期間中は市内で大型イベントが重なり、宿泊施設の混雑が予想されます。
お早めのご予約をお勧めいたします。会場から徒歩圏内の主な宿泊施設は以下のとおりです。

ホテル名                    所在地                              代表電話          会場まで
さくらホテル仙台            宮城県仙台市青葉区本町2-9-1          022-261-0800      徒歩8分
ホテル広瀬リバーサイド      宮城県仙台市青葉区花京院1-3-6        022-713-4411      徒歩5分
ビジネスイン五橋            宮城県仙台市若林区五橋3-2-20         022-265-7070      地下鉄1駅
杜の都ステイ                宮城県仙台市青葉区中央2-11-5         022-797-2525      徒歩12分

※ さくらホテル仙台は学会特別料金（シングル 1泊 9,800円）があります。予約時に「JSEM」とお伝えください。

{sig("taikai", 1)}
""")

# 080 — receipt PDF to a participant with the order number (pass) ---------------------------------
add(expect="pass", entities=[], detectors=[],
    note="参加者本人への領収書送付。注文番号・金額のみ",
    charset="utf-8", sender=SENDER("taikai"),
    to=["e.tokita@hokuriku-mat.ac.jp"],
    subject="領収書の再発行について（登録番号 JSEM26-R-01873）",
    body=f"""鴇田様

お問い合わせいただいた領収書を再発行し、PDFで添付いたしました。
宛名は「北陸先端材料大学」に変更しております。

　登録番号：JSEM26-R-01873
　決済日：2026年7月22日
　金額：10,000円（正会員 早期登録）

{sig("taikai", 1)}
""",
    attachments=[{"kind": "pdf", "name": "receipt_JSEM26-R-01873.pdf", "title": "領収書",
                  "lines": ["領 収 書（再発行）", "北陸先端材料大学 様", "金額 10,000円",
                            "但し 第32回日本環境材料学会年次大会 参加費として", "登録番号 JSEM26-R-01873",
                            "一般社団法人 日本環境材料学会"]}])

# 081 — quote request for printing the directory, DOCX spec (pass) ------------------------------
add(expect="pass", entities=[], detectors=[],
    note="名簿冊子の印刷見積依頼。仕様書のみで個人データなし",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="会員名簿2026年版 お見積りのお願い",
    body=f"""錦印刷株式会社 営業部 御中

いつもお世話になっております。日本環境材料学会 事務局の小野寺です。
会員名簿2026年版の印刷について、お見積りをお願いいたします。
仕様書を添付しました。掲載人数は約3,800名、昨年より約120名増の見込みです。
データ入稿は7月上旬を予定しています。

{sig("onodera")}
""",
    attachments=[{"kind": "docx", "name": "名簿印刷_仕様書.docx",
                  "paragraphs": ["会員名簿2026年版 印刷仕様書", "判型：A5", "頁数：本文 約280頁＋表紙4頁",
                                 "刷色：本文 1色 / 表紙 4色", "製本：無線綴じ", "部数：1,200部",
                                 "納品：2026年10月上旬、学会事務局へ一括納品"]}])

# 082 — reply to the tax accountant: the number goes by registered mail (pass) ---------------------
add(expect="pass", entities=[], detectors=[],
    note="個人番号の送付方法についての連絡のみ。番号は記載なし",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["kinoshita@kinoshita-tax.jp"],
    subject="Re: 支払調書の件",
    body=f"""木下先生

ご返信ありがとうございます。
ご指摘のとおり、個人番号はメールでお送りするのは控え、
本人確認書類の写しとあわせて本日簡易書留で発送いたしました。
（追跡番号 1234-5678-9012 ※郵便局の控えより）

到着しましたらご一報いただけますと幸いです。

三ツ矢

> 三ツ矢様
> 個人番号はメールではなく、書留か当事務所のアップロード窓口でお願いします。
> 木下
""")

# 083 — internal forward of a wheelchair request (pass) -------------------------------------------
_p = person(birth=(1960, 1980))
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"], detectors=[],
    note="参加者の障害(車椅子)に関する転送だが社内のみ",
    charset="iso-2022-jp", sender=SENDER("taikai"),
    to=["y-asari@hinode-sangyo.co.jp"], cc=["k-shinomiya@hinode-sangyo.co.jp"],
    subject="FW: 会場のバリアフリーについて",
    body=f"""浅利さん、四ノ宮さん

下記の方、会場とホテルの両方で配慮が必要です。
ホテル側には「車椅子対応の部屋」とだけ伝え、障害の内容は伝えないでください。

---------- 転送 ----------
From: {_p['name']} <{_p['email']}>
件名: 会場のバリアフリーについて

頸椎損傷のため電動車椅子を使用しています。
会場内のエレベーター、多目的トイレの場所を教えていただけますか。
""")

# 084 — sponsor ad in the program: sponsor and printer (two organisations, pass) --------------------
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="協賛企業と印刷会社の2社宛て(広告原稿のやりとり)",
    charset="utf-8", sender=SENDER("onodera"),
    to=["川崎電機 広報部 岩渕様 <iwabuchi@kawasaki-denki.co.jp>"],
    cc=["錦印刷 久保田様 <kubota@nishiki-insatsu.co.jp>"],
    subject="プログラム集 広告原稿の入稿について",
    body=f"""川崎電機株式会社 広報部 岩渕様
（cc：錦印刷 久保田様）

お世話になっております。事務局の小野寺です。
プログラム集の広告（表3・カラー1頁）について、原稿は錦印刷の久保田様へ
直接ご入稿いただけますでしょうか。

　サイズ：A4 天地297×左右210mm（塗り足し各3mm）
　形式：PDF/X-1a
　締切：8月7日（金）

広告料 150,000円（税別）の請求書は別途お送りします。

{sig("onodera")}
""")

# 085 — consultation with the law office about the directory (pass) -------------------------------
add(expect="pass", entities=[], detectors=[],
    note="会員名簿の取扱いに関する法律相談。一般論のみで個人データなし",
    charset="iso-2022-jp", sender=SENDER("kito"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="会員名簿の配布と個人情報保護法について（ご相談）",
    body=f"""白川先生

いつもお世話になっております。日の出産業の鬼頭でございます。
受託先の学会について、以下の点をご相談させてください。

1. 会員名簿（氏名・所属・所属先連絡先）を全会員に冊子配布することは、
   入会時の同意取得のみで足りるか。自宅住所の掲載は任意とすべきか。
2. 大会参加者の「配慮事項」（障害・食事制限等）は要配慮個人情報にあたり得るため、
   取得時の同意文言をどう書くべきか。
3. 協賛企業から参加者リストの提供を求められた場合の断り方。

来週ご都合のよい日時にお打合せをお願いできますでしょうか。

{sig("kito", 4)}

{DISC_JA}
""")

# 086 — English reply quoting the co-chair's list of session chairs (pass) -------------------------
_p = people(5, birth=(1960, 1985))
_q = "\n".join(f"> - {p['romaji']} ({p['email']})" for p in _p)
add(expect="pass", entities=[], detectors=[],
    note="座長候補の一覧は相手のメールの引用部分のみ(英文)",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["Prof. Mei-Ling Chen <mlchen@formosa-tech.edu.tw>"],
    subject="Re: proposed chairs for Track A",
    body=f"""Dear Prof. Chen,

Thank you. We will send the invitations to all five today and let you know who accepts.

Kind regards,
Ken Shinomiya

On Mon, 8 Jun 2026 at 18:02, Mei-Ling Chen <mlchen@formosa-tech.edu.tw> wrote:
> Dear Ken,
> For Track A, I propose the following chairs:
{_q}
> All of them attended APSEM 2024.
> Best, Mei-Ling
""")

# 087 — internal: participants with special needs XLSX (pass) --------------------------------------
_p = people(11)
_rows = [["参加者 配慮事項一覧（社内用）"], ["登録番号", "氏名", "携帯", "配慮事項"]]
_needs = ["車椅子", "ハラール", "手話通訳", "視覚障害（点字資料）", "ベジタリアン", "授乳室", "杖使用",
          "てんかん（発作時対応）", "卵アレルギー", "ペースメーカー", "難聴"]
for i, (p, n) in enumerate(zip(_p, _needs), 1):
    _rows.append([f"JSEM26-R-{R.randint(100, 2500):05d}", p["name"], p["mobile"], n])
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="配慮事項(要配慮情報を含む)の一覧だが宛先は社内のみ",
    charset="cp932", sender=SENDER("asari"),
    to=["taikai-staff@hinode-sangyo.co.jp"],
    subject="当日の配慮事項一覧（スタッフ用）",
    body="""大会スタッフ各位

当日の配慮事項一覧です。受付・会場係は目を通しておいてください。
印刷物は当日朝に配布し、終了後に回収・シュレッダーします。

浅利
""",
    attachments=[{"kind": "xlsx", "name": "hairyo_ichiran_staff.xlsx", "sheets": {"一覧": _rows}}])

# 088 — venue map PNG to a participant (pass) -------------------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="参加者への会場案内図(画像)の送付のみ",
    charset="iso-2022-jp", sender=SENDER("taikai"),
    to=["n.yamanashi@michinoku-kosen.ac.jp"],
    subject="Re: 会場へのアクセスについて",
    body=f"""月見里様

お問い合わせありがとうございます。
仙台駅からは地下鉄東西線「大町西公園」駅下車、西1出口から徒歩5分です。
会場の案内図を添付いたしますのでご利用ください。
お車の場合、会場駐車場（有料・120台）は混雑が予想されます。

{sig("taikai", 1)}
""",
    attachments=[{"kind": "png", "name": "access_map.png"}])

# 089 — announcing the end of PPAP (pass) ---------------------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="パスワード付きZIP廃止のお知らせ。添付・個人情報なし",
    charset="utf-8", sender=SENDER("kito"),
    to=["藤ヶ谷会長 <fujigaya@hokuto-u.ac.jp>"],
    subject="事務局からのファイル送付方法の変更について",
    body=f"""藤ヶ谷会長

いつもお世話になっております。事務局の鬼頭です。
これまで名簿等を「パスワード付きZIP＋別メールでパスワード」でお送りしておりましたが、
8月1日以降は当社のファイル共有サービス（アクセス期限7日・ダウンロード通知あり）に切り替えます。
理事の先生方には理事会でご説明いたしますが、先に会長にお知らせいたします。

{sig("kito")}
""")

# 090 — invoice with our 登録番号 in full-width digits (pass) ----------------------------------------
_cn = corporate_number("370001048213")
add(expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="請求書番号と当社の適格請求書発行事業者登録番号(法人番号)のみ",
    charset="cp932", sender=SENDER("mitsuya"),
    to=["阿武隈大学 会計課 <kaikei@abukuma-u.ac.jp>"],
    subject="請求書の送付（請求書番号 HS-2608-0112）",
    body=f"""阿武隈大学 会計課 御中

いつもお世話になっております。日の出産業株式会社の三ツ矢です。
共催シンポジウムの会場費負担分について、請求書をお送りいたします。

　請求書番号：{zen('HS-2608-0112')}
　請求金額　：{zen('220,000')}円（うち消費税 {zen('20,000')}円）
　お支払期限：{zen('2026')}年{zen('9')}月{zen('30')}日
　登録番号　：Ｔ{zen(_cn)}
　振込先　　：みどり銀行 仙台駅前支店 当座 {zen('0081234')} ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ

原本は本日郵送いたしました。

{sig("mitsuya", 4)}
""")

# 091 — grant notice to the grantee, with her own account (pass) --------------------------------
_p = person(birth=(1997, 2001))
add(expect="pass", entities=[], detectors=[],
    note="助成金受給者本人への通知。記載の口座は受信者本人のもの",
    charset="iso-2022-jp", sender=SENDER("mitsuya"),
    to=[f"{_p['name']} 様 <{_p['email']}>"],
    subject="旅費助成金 お振込みのお知らせ",
    body=f"""{_p['name']} 様

日本環境材料学会 事務局です。
旅費助成金 50,000円を、ご登録いただいた下記口座へ7月15日にお振込みいたしました。

　{bank_account()}（名義：{_p['kana']}）

ご確認のほどよろしくお願いいたします。
大会終了後、1か月以内に参加報告書（A4 1枚）をご提出ください。

{sig("jimu")}
""")

# 092 — English call for papers to another society's list (pass) --------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="海外学会のメーリングリスト(単一宛先)への論文募集(英文)",
    charset="utf-8", sender=SENDER("shinomiya"),
    to=["announce@apmrs-society.org"],
    subject="[CFP] APSEM 2026, Sendai, Japan - abstract deadline 31 May",
    body=f"""Dear colleagues,

The 9th Asia-Pacific Symposium on Environmental Materials (APSEM 2026) will be held on
16-19 September 2026 in Sendai, Japan, jointly with the 32nd Annual Meeting of JSEM.

Topics: recycling and upcycling of materials; corrosion and durability; green catalysis;
life cycle assessment; water and soil remediation; materials for carbon capture.

Abstract submission: https://apsem2026.jsem-gakkai.or.jp/ (deadline 31 May 2026)
Travel grants are available for students and early-career researchers from the region.

We would be grateful if you could circulate this announcement to your members.

{sig("shinomiya", 3)}
""")

# 093 — five speakers' university office numbers to the hotel — either -------------------------------
_p = people(5, birth=(1955, 1980))
_lines = "\n".join(f"　{p['name']}先生（{p['affil']} 研究室 {p['lab']}）" for p in _p)
add(expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="講演者5名の氏名と大学研究室の電話(業務連絡先)をホテルへ。名簿か業務連絡先か判断が分かれる",
    charset="utf-8", sender=SENDER("asari"),
    to=["group@sakura-hotel.jp"],
    subject="講演者の連絡先（到着遅延時用）",
    body=f"""さくらホテル 団体予約ご担当者様

講演者の方の到着が遅れた場合の連絡先として、各先生の研究室の電話番号をお知らせします。
事務局につながらない時間帯（22時以降）のみご利用ください。

{_lines}

浅利
""")

# 094 — reply quoting a lab's group registration (pass) ------------------------------------------
_p = people(6, birth=(1998, 2004))
_q = "\n".join(f"> {i}. {p['name']}（{p['kana']}）学生会員 {p['memno']}  {p['email']}" for i, p in enumerate(_p, 1))
add(expect="pass", entities=[], detectors=[],
    note="研究室の一括登録6名は相手(教員)のメールの引用部分のみ",
    charset="cp932", sender=SENDER("taikai"),
    to=["丹野先生 <tanno@setouchi-marine.ac.jp>"],
    subject="Re: 研究室一括の参加登録",
    body=f"""丹野先生

いつもお世話になっております。大会事務局です。
6名分の参加登録、受け付けました。請求書は研究室宛てに1通でお送りします。
名札は当日、総合受付の「団体」窓口でまとめてお受け取りください。

運営事務局

> 大会事務局 御中
> 研究室の学生6名分の参加登録をお願いします。
{_q}
> 支払いは研究費から一括で行います。
> 丹野
""")

# 095 — Bcc to university members only (pass) ----------------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="大学の会員への案内を Bcc で送信。To は自分のみ",
    charset="iso-2022-jp", sender=SENDER("onodera"),
    to=["学会事務局 <jsem-office@hinode-sangyo.co.jp>"],
    bcc=["r-sameshima@tohoku-gakugei.ac.jp", "shitomi@kowan-tech.ac.jp", "odagiri@seiran-u.ac.jp",
         "wagatsuma@shinano-rika.ac.jp", "nihei@hokuriku-mat.ac.jp", "kadowaki@shinano-rika.ac.jp"],
    subject="第3回理事会 日程調整のお願い",
    body=f"""理事各位（Bccにて失礼いたします）

第3回理事会の日程調整をお願いいたします。
下記の調整フォームに、6月12日（金）までにご回答ください。

　候補：7月6日（月）、7月8日（水）、7月10日（金） いずれも15:00〜17:00
　形式：対面（仙台）＋オンライン併用

{sig("onodera")}
""")

# 096 — dues reminder to a member on free mail, her own data only (pass) ----------------------------
_p = person(univ=False, birth=(1980, 1995))
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="会員本人(フリーメール)への会費督促。本人の会員番号・金額のみ",
    charset="utf-8", sender=SENDER("jimu"),
    to=[_p["email"]],
    subject="【日本環境材料学会】2026年度 年会費のお支払いについて",
    body=f"""{_p['name']} 様

日本環境材料学会 事務局です。
2026年度の年会費のお支払いが確認できておりませんので、ご案内いたします。

　会員番号：{_p['memno']}
　年会費　：10,000円（正会員）
　お支払方法：会員マイページからクレジットカード、または同封の払込票

行き違いでお支払い済みの場合はご容赦ください。

{sig("jimu")}
""")

# 097 — internal: password ZIP between colleagues (pass) --------------------------------------------
add(expect="pass", entities=[], detectors=[],
    note="暗号化ZIPだが宛先は社内のみ",
    charset="cp932", sender=SENDER("onodera"),
    to=["t-kaneshiro@hinode-sangyo.co.jp"],
    subject="名簿データ（作業用）",
    body="""金城さん

作業用の名簿データです。パスワードはいつものものです。
作業が終わったらローカルから削除してください。

小野寺
""",
    attachments=[{"kind": "zip", "name": "meibo_work.zip", "password": "hinode-work",
                  "files": [{"kind": "csv", "name": "meibo_work.csv",
                             "rows": [["氏名", "E-mail"]] + [[p["name"], p["email"]] for p in people(8)]}]}])

# 098 — cancellations without personal data to the program chair (pass) -----------------------------
add(expect="pass", entities=[], detectors=[],
    note="発表取消し2件の連絡。講演番号のみで個人データなし",
    charset="iso-2022-jp", sender=SENDER("kaneshiro"),
    to=["shitomi@kowan-tech.ac.jp"],
    subject="発表取消し 2件（B-1-05, C-3-02）",
    body=f"""蔀先生

本日、発表取消しの連絡が2件ありました。
　B-1-05：共著者の所属機関の事情により取消し
　C-3-02：データの再検証が必要になったため取消し（来年度に改めて発表予定とのこと）

B会場は1件繰り上げず、空き枠として休憩を延ばす形でよろしいでしょうか。

{sig("kaneshiro", 1)}
""")

# 099 — an author asks who reviewed the paper: reply mentions 機密 only as a word (pass) ---------------
add(expect="pass", entities=[], detectors=[],
    note="「機密保持の観点から」という言及のみで表示(マーキング)ではない",
    charset="utf-8", sender=SENDER("jimu"),
    to=["h.amou@tsukushi-gakuin.ac.jp"],
    subject="Re: 査読結果についての問い合わせ",
    body=f"""天羽様

お問い合わせありがとうございます。日本環境材料学会 事務局です。
誠に恐れ入りますが、査読の公正性と機密保持の観点から、査読者のお名前や所属を
お知らせすることはできません。
査読コメントへの反論がございましたら、「回答書」の様式で編集委員会宛てにご提出ください。
編集委員長が内容を確認のうえ、必要に応じて別の査読者に再査読を依頼いたします。

{sig("jimu")}

{DISC_JA}
""")

# 100 — one participant's food allergy to the caterer — either -------------------------------------
_p = person()
add(expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="参加者1名の食物アレルギーを氏名付きで外部のケータリング会社へ。アレルギーを病歴とみるか判断が分かれる",
    charset="iso-2022-jp", sender=SENDER("asari"),
    to=["catering@kitaguni-foods.co.jp"],
    subject="懇親会 アレルギー対応 1名追加",
    body=f"""北国フーズ ご担当様

お世話になっております。浅利です。
懇親会のアレルギー対応を1名追加でお願いします。

　{_p['name']}様（{_p['affil']}）：そば・落花生アレルギー
　※ 席札にお名前を入れ、別皿でご用意いただけますと助かります。

{sig("asari", 1)}
""")
