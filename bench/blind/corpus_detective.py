"""Blind corpus — area: detective (調査・リスクリサーチ).

Mail of 日の出リスクリサーチ株式会社, the risk-research subsidiary of 日の出産業株式会社
(senders on hinode-sangyo.co.jp and its subdomain research.hinode-sangyo.co.jp).  The
subsidiary does pre-employment screening (採用前調査・経歴確認), corporate due diligence,
anti-social-forces checks (反社チェック), media and public-record searches, and
investigations commissioned by law firms (所在調査, 相続人調査, 資産調査, 社内調査).  Its
clients are HR and legal departments of Japanese companies, law firms, and foreign
clients who receive English reports; it also works with subcontracted field
investigators and database vendors.

Every person, company, address, phone number, account, document number and case in
this file is invented.  My Numbers and card numbers come from build.my_number() /
build.card_number() (seeded from SEED upward) and are only check-digit valid.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 10401
rng = random.Random(SEED)
_counter = [SEED]


def _next_seed() -> int:
    s = _counter[0]
    _counter[0] += 1
    return s


def new_my_number() -> str:
    return my_number(_next_seed())


def new_card() -> str:
    return card_number(_next_seed())


def corporate_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def new_corp() -> str:
    return corporate_number("".join(str(rng.randrange(10)) for _ in range(12)))


def _mn_check(first11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def tracking_number() -> str:
    """12 digits like a parcel slip, deliberately NOT a valid My Number."""
    first = str(rng.randint(2, 7)) + "".join(str(rng.randrange(10)) for _ in range(10))
    last = (_mn_check(first) + 1 + rng.randrange(8)) % 10
    s = first + str(last)
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    return f"{ab}{ey:02d}.{m:02d}.{d:02d}"


_SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("鬼頭", "キトウ", "Kito"), ("栗栖", "クリス", "Kurisu"),
    ("甘粕", "アマカス", "Amakasu"), ("百目鬼", "ドウメキ", "Domeki"),
    ("四十物", "アイモノ", "Aimono"), ("佐々木", "ササキ", "Sasaki"),
    ("高橋", "タカハシ", "Takahashi"), ("渡部", "ワタナベ", "Watanabe"),
    ("中村", "ナカムラ", "Nakamura"), ("小野寺", "オノデラ", "Onodera"),
    ("松浦", "マツウラ", "Matsuura"), ("三上", "ミカミ", "Mikami"), ("宇佐美", "ウサミ", "Usami"),
    ("柳瀬", "ヤナセ", "Yanase"), ("名越", "ナゴシ", "Nagoshi"), ("外山", "トヤマ", "Toyama"),
    ("芦田", "アシダ", "Ashida"), ("葛西", "カサイ", "Kasai"), ("能登", "ノト", "Noto"),
    ("石動", "イスルギ", "Isurugi"), ("上坂", "コウサカ", "Kosaka"), ("安孫子", "アビコ", "Abiko"),
    ("菅野", "カンノ", "Kanno"), ("岩城", "イワキ", "Iwaki"), ("樋渡", "ヒワタシ", "Hiwatashi"),
    ("日下部", "クサカベ", "Kusakabe"), ("羽生", "ハニュウ", "Hanyu"),
    ("桑畑", "クワバタ", "Kuwabata"), ("野々村", "ノノムラ", "Nonomura"),
    ("関口", "セキグチ", "Sekiguchi"), ("森下", "モリシタ", "Morishita"),
    ("藤枝", "フジエダ", "Fujieda"), ("大和田", "オオワダ", "Owada"),
    ("西園寺", "サイオンジ", "Saionji"), ("伊集院", "イジュウイン", "Ijuin"),
    ("今泉", "イマイズミ", "Imaizumi"), ("丹羽", "ニワ", "Niwa"), ("千葉", "チバ", "Chiba"),
    ("小笠原", "オガサワラ", "Ogasawara"), ("矢作", "ヤハギ", "Yahagi"), ("塙", "ハナワ", "Hanawa"),
    ("久米", "クメ", "Kume"), ("宮武", "ミヤタケ", "Miyatake"), ("保坂", "ホサカ", "Hosaka"),
    ("比嘉", "ヒガ", "Higa"), ("津軽", "ツガル", "Tsugaru"), ("阿久津", "アクツ", "Akutsu"),
]
_GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("彩花", "アヤカ", "Ayaka"), ("健一", "ケンイチ", "Kenichi"), ("由美子", "ユミコ", "Yumiko"),
    ("拓海", "タクミ", "Takumi"), ("千尋", "チヒロ", "Chihiro"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("真由", "マユ", "Mayu"), ("隆之", "タカユキ", "Takayuki"), ("沙織", "サオリ", "Saori"),
    ("亮介", "リョウスケ", "Ryosuke"), ("恵理", "エリ", "Eri"), ("修平", "シュウヘイ", "Shuhei"),
    ("奈緒", "ナオ", "Nao"), ("和也", "カズヤ", "Kazuya"), ("瑞穂", "ミズホ", "Mizuho"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("佳奈", "カナ", "Kana"), ("悠人", "ユウト", "Yuto"),
    ("琴音", "コトネ", "Kotone"), ("博之", "ヒロユキ", "Hiroyuki"), ("麻衣", "マイ", "Mai"),
    ("誠", "マコト", "Makoto"), ("陽菜", "ヒナ", "Hina"), ("光太郎", "コウタロウ", "Kotaro"),
    ("智子", "トモコ", "Tomoko"), ("俊介", "シュンスケ", "Shunsuke"), ("理沙", "リサ", "Risa"),
    ("正樹", "マサキ", "Masaki"), ("早苗", "サナエ", "Sanae"), ("慎吾", "シンゴ", "Shingo"),
    ("葵", "アオイ", "Aoi"), ("文彦", "フミヒコ", "Fumihiko"), ("紗希", "サキ", "Saki"),
]
_PLACES = [
    ("東京都", "世田谷区", "桜新町"), ("東京都", "杉並区", "高井戸東"), ("東京都", "江東区", "大島"),
    ("東京都", "練馬区", "石神井台"), ("東京都", "八王子市", "めじろ台"),
    ("神奈川県", "横浜市港北区", "日吉本町"), ("神奈川県", "川崎市中原区", "木月"),
    ("神奈川県", "藤沢市", "鵠沼海岸"), ("埼玉県", "さいたま市浦和区", "常盤"),
    ("埼玉県", "川口市", "芝新町"), ("千葉県", "船橋市", "本町"), ("千葉県", "柏市", "豊四季"),
    ("大阪府", "豊中市", "岡町北"), ("大阪府", "大阪市阿倍野区", "王子町"),
    ("愛知県", "名古屋市千種区", "覚王山通"), ("愛知県", "岡崎市", "羽根町"),
    ("福岡県", "福岡市早良区", "西新"), ("兵庫県", "西宮市", "甲子園口"),
    ("北海道", "札幌市豊平区", "月寒東"), ("宮城県", "仙台市青葉区", "上杉"),
    ("京都府", "京都市左京区", "下鴨西本町"), ("静岡県", "浜松市中央区", "曳馬"),
    ("茨城県", "つくば市", "竹園"), ("広島県", "広島市安佐南区", "長束"),
]
_BLDG = ["コーポ若葉", "グランメゾン翠", "ハイツ欅", "パークサイド東", "レジデンス桜坂", "メゾン白樺",
         "サンライズ本町", "シティハイム南", "ライオンズ中央", "エクセル杜"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_used: set[str] = set()


_FUKUOKA = [
    ("福岡県", "福岡市早良区", "西新"), ("福岡県", "福岡市東区", "香椎駅前"),
    ("福岡県", "北九州市小倉北区", "京町"), ("福岡県", "北九州市八幡西区", "黒崎"),
    ("福岡県", "久留米市", "東町"), ("福岡県", "福岡市南区", "大橋"), ("福岡県", "春日市", "春日原北町"),
]


def person(y0: int = 1962, y1: int = 2001, places: list | None = None) -> dict:
    while True:
        s = rng.choice(_SURNAMES)
        g = rng.choice(_GIVEN)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            break
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    pref, city, town = rng.choice(places or _PLACES)
    bld = ""
    if rng.random() < 0.5:
        bld = f" {rng.choice(_BLDG)}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
    street = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号"
    short = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    return {
        "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}",
        "romaji": f"{g[2]} {s[2].upper()}", "sei_r": s[2], "mei_r": g[2],
        "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "dob_jp": f"{y}年{m}月{d}日",
        "zip": f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
        "pref": pref, "city": city, "town": town,
        "addr": f"{pref}{city}{town}{street}{bld}",
        "addr_s": f"{pref}{city}{town}{short}{bld}",
        "tel": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREEMAIL)}",
    }


def people(n: int, y0: int = 1962, y1: int = 2001, places: list | None = None) -> list[dict]:
    return [person(y0, y1, places) for _ in range(n)]


def license_no() -> str:
    return rng.choice(["30", "45", "62", "50", "29"]) + "".join(
        str(rng.randrange(10)) for _ in range(10))


def passport_no() -> str:
    return rng.choice(["TR", "TS", "TK", "MZ", "TZ"]) + "".join(
        str(rng.randrange(10)) for _ in range(7))


def residence_card_no() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(L) + rng.choice(L) + "".join(str(rng.randrange(10)) for _ in range(8))
            + rng.choice(L) + rng.choice(L))


def pension_no() -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}"


# --- senders and signatures ------------------------------------------------------------

CO = "日の出リスクリサーチ株式会社"
ADDR = "〒103-0023 東京都中央区日本橋本町3-8-12 日の出産業日本橋ビル6F"

STAFF = {
    "morooka": ("諸岡 健二", "Kenji Morooka", "k.morooka@hinode-sangyo.co.jp",
                "調査部 企業調査課", "Corporate Intelligence Dept.", "03-6262-7412"),
    "makabe": ("真壁 さやか", "Sayaka Makabe", "s.makabe@hinode-sangyo.co.jp",
               "営業部 ソリューション営業課", "Sales Dept.", "03-6262-7420"),
    "ukai": ("鵜飼 透", "Toru Ukai", "t.ukai@research.hinode-sangyo.co.jp",
             "リーガルサポート室", "Legal Support Office", "03-6262-7431"),
    "kuji": ("久慈 美穂", "Miho Kuji", "m.kuji@hinode-sangyo.co.jp",
             "スクリーニング部 採用前調査課", "Screening Dept.", "03-6262-7415"),
    "kira": ("吉良 レイナ", "Reina Kira", "r.kira@hinode-sangyo.co.jp",
             "国際調査デスク", "International Desk", "03-6262-7440"),
    "obana": ("尾花 大輔", "Daisuke Obana", "d.obana@hinode-sangyo.co.jp",
              "管理部 経理課", "Finance", "03-6262-7402"),
    "tachibana": ("橘 宗一郎", "Soichiro Tachibana", "s.tachibana@research.hinode-sangyo.co.jp",
                  "調査部 フィールド調査課", "Field Investigation Dept.", "03-6262-7450"),
    "enomoto": ("榎本 千景", "Chikage Enomoto", "c.enomoto@hinode-sangyo.co.jp",
                "コンプライアンス調査課 反社チェック担当", "Compliance Screening", "03-6262-7418"),
}


def frm(key: str) -> str:
    s = STAFF[key]
    return f"{s[0]} <{s[2]}>"


def sig(key: str, style: int = 0) -> str:
    name, en, mail, dept, dept_en, tel = STAFF[key]
    if style == 1:
        return (f"\n――――――――――――――――――――\n{CO}\n{dept}\n{name}\n{ADDR}\n"
                f"TEL：{tel}　FAX：03-6262-7499\nMail：{mail}\n――――――――――――――――――――\n")
    if style == 2:
        return f"\n--\n{name}（{dept}）\n{CO}　TEL {tel}\n"
    if style == 3:
        return (f"\nBest regards,\n\n{en}\n{dept_en}\nHinode Risk Research Co., Ltd. "
                f"(a Hinode Sangyo group company)\n3-8-12 Nihonbashi-Honcho, Chuo-ku, Tokyo "
                f"103-0023, Japan\nTel: +81-3-{tel[3:]}\n{mail}\n")
    return (f"\n--------------------------------------------------\n{CO}（日の出産業グループ）\n"
            f"{dept}　{name}\n{ADDR}\nTEL {tel} / FAX 03-6262-7499\n{mail}\n"
            f"--------------------------------------------------\n")


DISC_JP = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender immediately and delete "
           "this e-mail. Any unauthorised use or disclosure is prohibited.\n")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# 001-025
# ======================================================================================

_c = people(6, 1989, 2002)
_res = ["問題なし", "問題なし", "要確認（職歴期間に相違）", "問題なし", "問題なし", "問題なし"]
_lines = "\n".join(
    f"HR-2507{i + 11:02d}  {p['name']}{'　' * (6 - len(p['name']))}  {p['dob']}  "
    f"{p['pref']}{p['city']}{'　' * max(0, 9 - len(p['pref'] + p['city']))}  {_res[i]}"
    for i, p in enumerate(_c))
add(
    id="detective-001", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>"],
    cc=["m.kuji@hinode-sangyo.co.jp"],
    subject="【採用前調査】7月受付分 調査結果一覧のご報告",
    body=f"""川崎電機株式会社
人事部 採用課
蓮見 様

いつもお世話になっております。
日の出リスクリサーチの久慈でございます。

7月にご依頼いただきました中途採用候補者6名様の採用前調査が完了いたしましたので、
結果を一覧にてご報告いたします。個別の報告書は明日までに別途お送りいたします。

受付番号    氏名            生年月日    現住所（市区町村）      判定
----------------------------------------------------------------------------
{_lines}
----------------------------------------------------------------------------

「要確認」の1名様につきましては、前職の在籍期間が履歴書記載と約8か月相違しております。
ご本人様への確認方法について、改めてご相談させてください。

何卒よろしくお願い申し上げます。
{sig("kuji")}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six screening candidates with DOB and residence in a padded list to a client's HR",
)

add(
    id="detective-002", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-law.jp>"],
    subject="Re: 秘密保持契約書（調査業務委託）ドラフトの件",
    body=f"""白川法律事務所
津田 様

お世話になっております。日の出リスクリサーチの鵜飼です。

秘密保持契約書のドラフトを拝見いたしました。弊社からのコメントは以下2点です。

1. 第3条（秘密情報の定義）について
   口頭で開示された情報も、開示後14日以内に書面で特定したものは秘密情報に含める、
   という文言で問題ございません。
2. 第9条（有効期間）について
   契約終了後3年間とのご提案ですが、調査資料の保管期間（5年）と揃えるため、
   5年間への変更をご検討いただけますでしょうか。

その他の条項は原案どおりで結構です。修正版をお送りいただければ、社内の押印手続きを
進めます。

よろしくお願いいたします。
{sig("ukai", 2)}{DISC_JP}""",
    entities=[], detectors=[],
    note="talk about an NDA with the partner law firm; the word 秘密 is only discussed",
)

_c = people(25, 1960, 2000)
add(
    id="detective-003", expect="stop", charset="shift_jis",
    sender=frm("enomoto"),
    to=["データ照会受付 <kensaku@riskeye-db.jp>"],
    subject="照会依頼（一括）：取引先役員・担当者 25名",
    body=f"""株式会社リスクアイ
データ照会受付 ご担当者様

いつもお世話になっております。
日の出リスクリサーチ 反社チェック担当の榎本です。

契約番号 RE-2231 にて、添付CSVの25名について一括照会をお願いいたします。
照会範囲は「新聞記事・Web記事・官報・独自DB」の標準セット、期間は過去10年でお願いします。

結果は8月20日（水）までにご回答いただけますと幸いです。
{sig("enomoto", 2)}""",
    attachments=[{
        "kind": "csv", "name": "照会対象者_20250812.csv", "encoding": "cp932",
        "rows": [["No", "氏名", "フリガナ", "生年月日", "住所", "所属"]] + [
            [i + 1, p["name"], p["kana"], p["dob"], p["addr_s"],
             rng.choice(["丸川建設（株） 取締役", "楓HD 監査役", "（株）ナギサ物流 代表取締役",
                         "個人事業主", "丸川建設（株） 購買部長", "北斗リース（株） 執行役員"])]
            for i, p in enumerate(_c)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 25 people with DOB and home address sent to an external database vendor",
)

_p = person(1984, 1990)
add(
    id="detective-004", expect="pass", charset="utf-8",
    sender=frm("tachibana"),
    to=["諸岡 健二 <k.morooka@hinode-sangyo.co.jp>", "s.yamaoka@hinode-sangyo.co.jp"],
    subject="【共有】案件 HS-25-0419 公判記録の閲覧結果",
    body=f"""諸岡さん、山岡さん

橘です。本日 東京地裁で記録閲覧してきました。取り急ぎメモを共有します（社内限り）。

対象者：{_p['name']}（{_p['kana']}）　{wareki(_p['y'], _p['m'], _p['d'])}生
住所（判決書記載）：{_p['addr']}

・2016年3月 詐欺容疑で逮捕、同年6月 懲役2年6月 執行猶予4年の判決（確定）
・判決書上の勤務先は当時の「有限会社シンエイ企画」
・執行猶予期間は2020年6月で満了

依頼者（常盤製薬 法務部）への報告書にどこまで記載するか、明日の朝会で相談させてください。
弁護士法23条照会の線も白川先生に確認中です。

橘
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="criminal record of one person, but every recipient is internal (subdomain included)",
)

_p = person(1987, 1995)
add(
    id="detective-005", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>"],
    subject="候補者 {}様 採用前調査の中間報告".format(_p["sei"]),
    body=f"""星見商事株式会社
人事部 花房様

お世話になっております。日の出リスクリサーチの久慈です。

ご依頼の{_p['name']}様（営業職応募）について、報告書の完成に先立ち、
ご判断に影響しうる事項が判明しましたので、取り急ぎご連絡いたします。

報道・公開情報の調査の過程で、同氏が2019年11月、神奈川県内で暴行容疑により
現行犯逮捕されていたことを示す地方紙の記事を確認しました。記事中の氏名・年齢・
当時の勤務先が応募書類と一致しております。その後の処分（起訴・不起訴）については
現時点で確認できておりません。

最終報告書では、記事の写しと照合の根拠を添えてご報告いたします。
採否のご判断にあたっては、ご本人への確認機会を設けていただくことをお勧めいたします。

引き続きよろしくお願いいたします。
{sig("kuji", 1)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="arrest of a named candidate stated in running text to the client's HR",
)

_c = people(5, 1988, 2000)
_q = "\n".join(f"> {i + 1}. {p['name']}（{p['kana']}） {p['dob']}  {p['tel']}" for i, p in enumerate(_c))
add(
    id="detective-006", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["秋月 隼人 <akizuki@marukawa-kensetsu.co.jp>"],
    subject="Re: 採用前調査のお願い（施工管理職 5名）",
    body=f"""秋月様

日の出リスクリサーチの久慈です。ご依頼ありがとうございます。
5名様分、確かに受領いたしました。ご本人様の同意書もすべて揃っていることを確認しております。

標準プラン（経歴確認・報道検索・反社チェック）にて着手し、9月5日（金）までに
ご報告いたします。途中で確認事項が出ましたら個別にご連絡いたします。

よろしくお願いいたします。
{sig("kuji", 2)}
秋月 隼人 wrote:
> 日の出リスクリサーチ 久慈様
>
> いつもお世話になっております。丸川建設の秋月です。
> 下記5名の採用前調査をお願いできますでしょうか。同意書は本日郵送しました。
>
{_q}
>
> 丸川建設株式会社 総務部 秋月
""",
    entities=[], detectors=[],
    note="the candidate list is only in the quoted client mail; new text has no personal data",
)

add(
    id="detective-007", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"),
    to=["人事部 花房様 <y.hanafusa@hoshimi-shoji.co.jp>",
        "総務部 秋月様 <akizuki@marukawa-kensetsu.co.jp>",
        "経営企画部 葉山様 <hayama@kaede-hd.co.jp>"],
    subject="【ご案内】10/15 反社会的勢力排除・採用リスク対策セミナー（無料）",
    body=f"""各位

いつも大変お世話になっております。
日の出リスクリサーチ 営業部の真壁でございます。

日頃お取引いただいている人事・総務ご担当の皆様を対象に、下記のとおりセミナーを
開催いたします。ご多用中とは存じますが、ぜひご参加ください。

■日時：2025年10月15日（水）15:00～16:30
■会場：日の出産業日本橋ビル 2F 大会議室（オンライン併用）
■内容：
　1. 反社チェックの実務 ― 取引開始時・継続モニタリングのポイント
　2. 採用前調査で「聞いてよいこと・いけないこと」（職業安定法・個人情報保護法）
　3. 事例紹介と質疑応答
■参加費：無料
■お申込み：本メールへのご返信にて、参加人数と参加方法をお知らせください。

何卒よろしくお願い申し上げます。
{sig("makabe")}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="seminar invitation with three client companies visible to each other in To",
)

add(
    id="detective-008", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["白川 透 弁護士 <t.shirakawa@shirakawa-law.com>"],
    cc=["t.ukai@research.hinode-sangyo.co.jp"],
    subject="案件 SL-2025-031 進捗のご報告（所在調査）",
    body=f"""白川先生

いつもお世話になっております。日の出リスクリサーチの鵜飼です。

ご依頼の所在調査（貴所案件番号 SL-2025-031）について、進捗をご報告します。

・住民票の職務上請求：8/4 申請、8/12 回答受領済み
・転居先と思われる物件の現地確認：8/18（月）に実施予定
・報告書提出予定：8/22（金）

現地確認の結果次第で追加調査のご提案をさせていただくかもしれません。
その際は改めてお見積りをお送りいたします。

以上、よろしくお願いいたします。
{sig("ukai", 2)}""",
    entities=[], detectors=["lookalike_domain"],
    note="partner law firm shirakawa-law.jp addressed as shirakawa-law.com (TLD swap)",
)

_branches = [
    ("本社", "東京都港区芝浦3-4-1 芝浦グランドタワー12F", "03-5442-1100"),
    ("札幌支店", "北海道札幌市中央区北四条西5-1-3", "011-231-4410"),
    ("仙台支店", "宮城県仙台市青葉区中央2-8-13", "022-262-7710"),
    ("さいたま営業所", "埼玉県さいたま市大宮区桜木町1-7-5", "048-641-3301"),
    ("横浜支店", "神奈川県横浜市西区みなとみらい2-3-5", "045-222-6900"),
    ("名古屋支店", "愛知県名古屋市中村区名駅4-6-23", "052-581-2200"),
    ("大阪支店", "大阪府大阪市北区梅田2-4-9", "06-6341-5580"),
    ("神戸営業所", "兵庫県神戸市中央区御幸通8-1-6", "078-231-0045"),
    ("広島支店", "広島県広島市中区紙屋町1-2-22", "082-247-3361"),
    ("高松営業所", "香川県高松市寿町2-2-10", "087-851-9920"),
    ("福岡支店", "福岡県福岡市博多区博多駅前3-2-1", "092-411-8830"),
    ("那覇営業所", "沖縄県那覇市久茂地1-7-1", "098-862-4470"),
]
_corp = new_corp()
add(
    id="detective-009", expect="pass", charset="utf-8",
    sender=frm("morooka"),
    to=["葉山 直哉 <hayama@kaede-hd.co.jp>"],
    subject="【企業調査】株式会社ミナトフロント 拠点実在確認の結果",
    body=f"""楓ホールディングス株式会社
経営企画部 葉山様

お世話になっております。日の出リスクリサーチの諸岡です。

買収検討先の株式会社ミナトフロント（法人番号 {_corp}）について、
登記・Webサイト記載の12拠点の実在確認を行いました。全拠点で看板・受付の存在を確認し、
代表電話の応答も確認済みです。

拠点名　　　　所在地　　　　　　　　　　　　　　　　　　代表電話　　　　確認結果
""" + "\n".join(f"{b[0]}{'　' * (8 - len(b[0]))}{b[1]}{'　' * max(1, 24 - len(b[1]) // 1)}{b[2]}　　実在確認済" for b in _branches) + f"""

なお、高松営業所は2025年4月に現住所へ移転しており、旧住所（高松市番町）の記載が
一部の求人サイトに残っていました。報告書本文で補足いたします。

よろしくお願いいたします。
{sig("morooka")}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of a company's branch offices with switchboards: businesses, not people",
)

add(
    id="detective-010", expect="stop", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["岸本 亘 <w.kishimoto@tokiwa-pharma.co.jp>"],
    subject="調査報告書（最終版）送付の件",
    body=f"""常盤製薬株式会社
法務部 岸本様

お世話になっております。日の出リスクリサーチの諸岡です。

ご依頼いただきました取引先調査の最終報告書を添付にてお送りいたします。
ファイルはパスワード付きZIPとなっております。パスワードは別メールにてお知らせいたします。

ご査収のほど、よろしくお願いいたします。
{sig("morooka", 2)}""",
    attachments=[{
        "kind": "zip", "name": "報告書_HS-25-0388.zip", "password": "Hn7#qT2025",
        "files": [{"kind": "docx", "name": "調査報告書_HS-25-0388.docx",
                   "paragraphs": ["調査報告書", "対象：株式会社アーク精機", "1. 登記情報",
                                  "2. 役員・株主", "3. 取引先ヒアリング", "4. 報道・風評"]}],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external client: contents cannot be inspected",
)

_p = person(1968, 1975)
_pp = passport_no()
add(
    id="detective-011", expect="stop", charset="utf-8",
    sender=frm("kira"),
    to=["Priya Raman <priya.raman@northbridge-capital.com>"],
    subject="Project Camellia - background on proposed JV director",
    body=f"""Dear Priya,

Following our call this morning, here is a short note on the proposed representative
director of the JV, ahead of the full report due on Friday.

Subject:        {_p['romaji']} ({_p['name']})
Date of birth:  {_p['d']} {['January','February','March','April','May','June','July','August','September','October','November','December'][_p['m'] - 1]} {_p['y']}
Passport no.:   {_pp} (Japan; copy provided by the target company for KYC)
Current role:   Managing Director, Sakaki Trading Co., Ltd. (since 2017)

Company registry records confirm his directorships at three companies, all consistent
with the CV you shared. We have not found any litigation in Tokyo or Osaka District
Courts in which he is a party. Media searches (Japanese and English, 15 years) returned
no adverse coverage.

We will include the registry extracts and the media search log in the report.
{sig("kira", 3)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport number of a named director in an English note to a foreign client",
)

add(
    id="detective-012", expect="pass", charset="utf-8",
    sender=frm("kira"),
    to=["Emily Carter <emily.carter@vantara-tech.com>"],
    subject="Re: Pre-employment screening in Japan - scope and fees",
    body=f"""Dear Emily,

Thank you for your interest in our screening services for your Tokyo office.

To answer your questions:

1. Scope. Our standard Japan package covers identity and address verification,
   education and employment verification, a media and internet search (Japanese and
   English), a civil litigation search, and an anti-social forces (hansha) check.
   Criminal record checks are not available to private parties in Japan, so we do
   not offer them.
2. Consent. Each candidate signs our consent form (English/Japanese). We can send it
   to candidates directly or through your HR team.
3. Turnaround. 7-10 business days; express (5 days) at +30%.
4. Fees. JPY 58,000 per candidate for the standard package; executive package
   from JPY 180,000. Invoices are issued monthly in JPY.

Happy to set up a call next week if that helps.
{sig("kira", 3)}{DISC_EN}""",
    entities=[], detectors=[],
    note="English scope/fee mail to a foreign client with the usual confidentiality disclaimer",
)

_c = people(8, 1958, 1990)
_rows = [[f"BK-{i + 1:03d}", p["name"], p["kana"], p["dob"],
          rng.choice(["株式会社ヤマブキ興産", "合同会社ソラ", "有限会社東雲商会", "株式会社ヤマブキ興産"]),
          rng.choice(["代表取締役", "取締役", "監査役", "実質的支配者"]),
          rng.choice(["該当なし", "該当なし", "該当なし", "要精査（同姓同名記事あり）"])]
         for i, p in enumerate(_c)]
add(
    id="detective-013", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["コンプライアンス統括部 新規取引審査G <shinsa-g@midori-ginko.co.jp>"],
    subject="反社チェック結果（8月第2週依頼分）",
    body=f"""みどり銀行
コンプライアンス統括部 新規取引審査グループ 御中

お世話になっております。日の出リスクリサーチの榎本でございます。

8月第2週にご依頼いただいた法人顧客の役員等8名について、照会結果を添付のExcelにて
ご報告いたします。1名は同姓同名の記事が見つかったため、本人特定のための追加情報
（過去の住所等）をいただけますと精査が可能です。

よろしくお願いいたします。
{sig("enomoto", 1)}""",
    attachments=[{
        "kind": "xlsx", "name": "反社チェック結果_0815.xlsx", "title": "反社チェック結果",
        "sheets": {
            "表紙": [["反社チェック結果報告"], [""], ["依頼元", "みどり銀行 コンプライアンス統括部"],
                   ["依頼日", "2025/08/11"], ["報告日", "2025/08/15"], ["件数", "8名"]],
            "結果": [["反社チェック結果一覧（2025年8月15日 報告）"], [],
                   ["管理番号", "氏名", "フリガナ", "生年月日", "所属法人", "役職", "判定"]] + _rows,
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with title row and cover sheet: eight officers with DOB to a partner bank",
)

_cos = [("株式会社ヤマブキ興産", "東京都台東区浅草橋2-19-8"), ("合同会社ソラ", "神奈川県川崎市幸区堀川町580"),
        ("有限会社東雲商会", "千葉県市川市八幡3-2-11"), ("株式会社ナギサ物流", "大阪府堺市堺区戎島町4-45"),
        ("北斗リース株式会社", "北海道札幌市北区北七条西2-8"), ("株式会社オーシャンテック", "福岡県北九州市小倉北区浅野1-2-39"),
        ("三葉工業株式会社", "愛知県豊田市元城町2-7")]
add(
    id="detective-014", expect="pass", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["秋月 隼人 <akizuki@marukawa-kensetsu.co.jp>"],
    subject="協力会社 反社チェック結果（法人7社）",
    body=f"""丸川建設株式会社
総務部 秋月様

いつもお世話になっております。日の出リスクリサーチの榎本です。

新規協力会社7社の法人チェックが完了しました。いずれも反社会的勢力との関係を示す
情報は確認されませんでした。

""" + "\n".join(f"・{c[0]}（法人番号 {new_corp()}）\n　本店：{c[1]}　→ 判定：該当なし" for c in _cos) + f"""

※役員個人のチェックをご希望の場合は、別途対象者リストをお送りください。

よろしくお願いいたします。
{sig("enomoto", 2)}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="check results for seven companies (法人番号, head office): businesses, not people",
)

add(
    id="detective-015", expect="stop", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["岸本 亘 <w.kishimoto@tokiwa-pharma.co.jp>"],
    subject="株式会社アーク精機 企業調査報告書のご送付",
    body=f"""岸本様

お世話になっております。諸岡です。
株式会社アーク精機の企業調査報告書（Word版）をお送りします。
ご不明点がございましたらお気軽にお問い合わせください。

諸岡
{sig("morooka", 2)}""",
    attachments=[{
        "kind": "docx", "name": "企業調査報告書_アーク精機.docx", "page_header": "社外秘",
        "title": "企業調査報告書",
        "paragraphs": ["企業調査報告書", "調査対象：株式会社アーク精機",
                       "1. 概要：1987年設立、精密部品の受託加工。従業員約140名。",
                       "2. 財務：直近3期は増収、営業利益率4～6%で推移。",
                       "3. 取引先評判：主要取引先3社へのヒアリングでは支払遅延の指摘なし。",
                       "4. 報道：2023年に工場火災の報道1件（人的被害なし）。",
                       "5. 総合所見：取引開始に支障となる事項は認められない。"],
        "tables": [[["項目", "内容"], ["本店", "埼玉県川越市芳野台2-8-51"], ["資本金", "9,800万円"],
                    ["代表者", "代表取締役 今泉 智"]]],
    }],
    entities=[], detectors=["confidential_marking"],
    note="社外秘 stamp only in the attached report's page header; mail body is plain",
)

add(
    id="detective-016", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["tomoya.niwa0412@gmail.com"],
    subject="【日の出リスクリサーチ】調査同意書ご提出のお願い",
    body=f"""丹羽 智也 様

突然のご連絡失礼いたします。
日の出リスクリサーチ株式会社 スクリーニング部の久慈と申します。

株式会社星見商事様より、採用選考の一環として経歴確認のご依頼を受けております。
つきましては、下記URLより調査同意書の内容をご確認のうえ、電子署名にてご提出
いただけますでしょうか。

https://consent.hinode-sangyo.co.jp/s/7QK2-88XD

・確認する項目：学歴、職歴（在籍期間・役職）
・ご提出期限：8月29日（金）

ご不明な点は本メールへのご返信、または下記お電話までお問い合わせください。
{sig("kuji")}""",
    entities=[], detectors=["freemail_recipient"],
    note="consent request to one candidate on free mail; only the recipient's own address",
)

_p = person(1975, 1985, [("大阪府", "豊中市", "岡町北"), ("大阪府", "豊中市", "服部元町"), ("大阪府", "豊中市", "庄内東町")])
_lic = "62" + license_no()[2:]
add(
    id="detective-017", expect="stop", charset="shift_jis",
    sender=frm("tachibana"),
    to=["関西調査サービス 大西様 <onishi@kansai-chosa.co.jp>"],
    subject="現地調査のご依頼（大阪・豊中）HS-25-0502",
    body=f"""関西調査サービス株式会社
大西様

お世話になっております。日の出リスクリサーチの橘です。
先日お電話でご相談した現地調査の件、正式にご依頼いたします。

【対象者】
氏名：{_p['name']}（{_p['kana']}）
生年月日：{wareki(_p['y'], _p['m'], _p['d'], 'abbr')}
最終判明住所：{_p['zip']} {_p['addr']}
運転免許証番号：{_lic}（依頼者提供の写しより）
使用車両：白の軽ワゴン（なにわ 580 あ 12-34）

【依頼内容】
・上記住所での居住実態の確認（表札・郵便受け・電気メーター）
・平日朝の出勤状況の確認（2日間）

報告期限は9月3日でお願いします。費用は前回と同条件で結構です。
{sig("tachibana", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driver's licence number of one target sent to a subcontracted investigator",
)

_card = new_card()
add(
    id="detective-018", expect="stop", charset="iso-2022-jp",
    sender=frm("obana"),
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="宿泊予約の保証について（9/8～9/10 2名）",
    body=f"""さくらホテル 予約センター ご担当者様

お世話になっております。日の出リスクリサーチ 経理課の尾花です。
予約番号 SKR-887412 の件、法人カードでの保証をお願いいたします。

カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}
有効期限：11/28
名義：DAISUKE OBANA

お手数ですが、保証手続き完了のご連絡をいただけますと幸いです。
{sig("obana", 2)}""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a credit card number with holder name in the body to a partner hotel",
)

add(
    id="detective-019", expect="pass", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    subject="予約内容の確認（SKR-887412）",
    body=f"""さくらホテル 予約センター ご担当者様

日の出リスクリサーチの橘です。下記の予約内容でお間違いないかご確認ください。

・予約番号：SKR-887412
・日程：9月8日（月）～9月10日（水） 2泊
・部屋：シングル禁煙 2室
・宿泊者：橘 宗一郎／小鳥遊 翼
・当日連絡先：小鳥遊 090-3318-4620
・到着予定：21時以降（レイトチェックイン希望）

領収書は法人名「日の出リスクリサーチ株式会社」宛てで2枚に分けてください。
よろしくお願いいたします。
{sig("tachibana", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="hotel booking for two staff with one mobile number: one or two people, may warn",
)

_c = people(6, 1985, 1998)
_trs = "".join(
    f"<tr><td>{p['name']}</td><td>{p['dob']}</td><td>{rng.choice(['株式会社ワカバ商事', '東都通信株式会社', 'ハルカ技研株式会社', '株式会社マルサン'])}</td>"
    f"<td>{rng.choice(['2016年4月～2021年3月', '2019年10月～2024年6月', '2014年4月～2018年9月', '2020年1月～2025年2月'])}</td>"
    f"<td>{rng.choice(['一致', '一致', '一致', '在籍期間に相違（約6か月）', '退職理由：本人申告と相違'])}</td></tr>\n"
    for p in _c)
add(
    id="detective-020", expect="stop", charset="utf-8",
    sender=frm("kuji"),
    to=["採用担当 <saiyo@kaede-hd.co.jp>"],
    subject="前職在籍確認 結果（6名分）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>楓ホールディングス株式会社<br>人事部 採用担当 御中</p>
<p>いつもお世話になっております。日の出リスクリサーチの久慈です。<br>
ご依頼の6名について、前職への在籍確認を実施しましたので結果をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>前職</th><th>在籍期間（前職回答）</th><th>照合結果</th></tr>
{_trs}</table>
<p>相違のあった方については、前職人事担当者の回答内容を報告書に記載しております。</p>
<p>--<br>日の出リスクリサーチ株式会社 スクリーニング部<br>久慈 美穂　TEL 03-6262-7415</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six candidates' DOB and employment verification",
)

_c = people(6, 1970, 1999, _FUKUOKA)
add(
    id="detective-021", expect="stop", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["九州リサーチ 中島様 <nakajima@kyushu-research.jp>"],
    subject="聞き込み先リスト（福岡案件）",
    body=f"""中島様

橘です。お世話になっております。
明日からの福岡での聞き込み、よろしくお願いします。訪問先は以下6件です。
（依頼者の意向で氏名は伏せて整理番号で管理しています）

整理番号  生年月日      電話             住所
--------  ------------  ---------------  ------------------------------------------
""" + "\n".join(f"F-{i + 1:02d}      {p['dob']}    {p['tel']}    {p['addr_s']}" for i, p in enumerate(_c)) + f"""

F-03とF-05は日中不在が多いとのことなので、夕方以降の訪問をお願いします。
結果は1件ごとにメモで結構ですので、都度お送りください。

橘
""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six people's DOB, phone and address in a padded list without any name column",
)

add(
    id="detective-022", expect="pass", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["調査部 <chosa-all@hinode-sangyo.co.jp>", "経営企画 <keikaku@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】7月度 案件状況報告",
    body=f"""調査部各位、経営企画ご担当

諸岡です。7月度の案件状況をまとめました。社外秘扱いでお願いします。

■受注件数：採用前調査 142件／反社チェック 1,260件／企業調査 18件／法律事務所案件 9件
■売上：前年同月比 +12%（反社チェックの大口1件が寄与）
■遅延案件：2件（いずれも現地調査の天候延期）
■クレーム：0件

8月は採用前調査の繁忙期に入るため、応援体制について来週の部会で相談させてください。

諸岡
""",
    entities=[], detectors=[],
    note="社外秘 internal report, but all recipients are internal (incl. mail.hinode-sangyo.co.jp)",
)

_c = people(5, 1990, 2002)
_fw = "\n".join(f"{p['name']}\t{p['kana']}\t{p['dob']}\t{p['tel']}\t{p['mail']}" for p in _c)
add(
    id="detective-023", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["九州リサーチ 中島様 <nakajima@kyushu-research.jp>"],
    subject="FW: 【川崎電機】九州工場 採用予定者の経歴確認依頼",
    body=f"""中島様

お世話になっております。久慈です。
川崎電機様からのご依頼、九州工場の採用予定者分を転送いたします。
学歴確認（卒業証明の照合）をお願いできますでしょうか。期限は9/12です。

-------- 転送メッセージ --------
差出人: 蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>
日付: 2025/08/20 10:14
宛先: 久慈 美穂 <m.kuji@hinode-sangyo.co.jp>
件名: 【川崎電機】九州工場 採用予定者の経歴確認依頼

久慈様

お世話になっております。川崎電機の蓮見です。
九州工場の採用予定者5名の経歴確認をお願いいたします。

氏名\tフリガナ\t生年月日\t携帯\tメール
{_fw}

同意書は別途郵送いたします。
蓮見
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of a client's five-candidate list to a subcontractor: forwarded text counts",
)

_c = people(6, 1988, 2001)
_orig = "\n".join(f"  {p['name']}  {p['dob_jp']}生  {p['addr_s']}" for p in _c)
add(
    id="detective-024", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>"],
    subject="RE: 追加依頼（6名）",
    body=f"""蓮見様

久慈です。承知いたしました。
6名様とも標準プランで対応し、9月10日にまとめてご報告いたします。

取り急ぎ受領のご連絡まで。

-----Original Message-----
From: 蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>
Sent: Wednesday, August 27, 2025 4:02 PM
To: 久慈 美穂 <m.kuji@hinode-sangyo.co.jp>
Subject: 追加依頼（6名）

久慈様

先日の件に加えて、以下6名の追加をお願いします。
{_orig}

よろしくお願いいたします。
川崎電機株式会社 人事部 採用課 蓮見
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted original under -----Original Message-----",
)

_p = person(1950, 1962)
_mn = new_my_number()
add(
    id="detective-025", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-law.jp>"],
    subject="相続人調査：住民票除票の記載事項（被相続人関係）",
    body=f"""津田様

鵜飼です。お世話になっております。
ご依頼の相続人調査で取得した住民票除票の記載事項を、取り急ぎテキストでお送りします。
原本はレターパックで本日発送しました。

氏名　　　：{_p['name']}
生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
住所　　　：{_p['addr']}
個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
除票日　　：令和7年6月2日（死亡）

※個人番号は本来記載省略で請求すべきところ、請求書の記載漏れで記載ありの写しが
交付されています。取扱いにご注意ください。

鵜飼
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a My Number transcribed from a residence record, sent to the partner law firm",
)

# ======================================================================================
# 026-050
# ======================================================================================

add(
    id="detective-026", expect="pass", charset="iso-2022-jp",
    sender=frm("makabe"),
    to=["人事総務部 宮内様 <miyauchi@harumi-kogyo.co.jp>"],
    subject="採用前調査サービス 料金表のご送付",
    body=f"""晴海工業株式会社
人事総務部 宮内様

先日はお時間をいただき、誠にありがとうございました。
日の出リスクリサーチの真壁です。

お打合せの際にお話しした料金表をPDFでお送りいたします。
年間50件以上のご依頼を見込まれる場合はボリュームディスカウントの対象となりますので、
ご検討の際はお気軽にお声がけください。

引き続きどうぞよろしくお願いいたします。
{sig("makabe")}""",
    attachments=[{
        "kind": "pdf", "name": "料金表_2025年度.pdf", "title": "料金表",
        "lines": ["日の出リスクリサーチ株式会社　サービス料金表（2025年度）", "",
                  "※価格はすべて税抜。交通費実費は別途。", ""],
        "table": [["コード", "サービス", "内容", "料金"],
                  ["SC-01", "採用前調査 ライト", "学歴・職歴確認", "28,000円"],
                  ["SC-02", "採用前調査 スタンダード", "ライト＋報道検索＋反社チェック", "45,000円"],
                  ["SC-03", "採用前調査 エグゼクティブ", "スタンダード＋訴訟・登記調査", "150,000円～"],
                  ["AS-01", "反社チェック（個人）", "1名あたり", "1,500円"],
                  ["AS-02", "反社チェック（法人）", "1社あたり", "2,000円"],
                  ["CI-01", "企業調査", "登記・財務・風評", "120,000円～"],
                  ["OP-01", "特急対応", "納期短縮", "基本料金の30%"]],
    }],
    entities=[], detectors=[],
    note="a price list PDF with service codes to a prospective client",
)

_p = person(1986, 1994)
add(
    id="detective-027", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>"],
    subject="調査報告書の送付（受付番号 HR-250833）",
    body=f"""花房様

お世話になっております。久慈です。
受付番号 HR-250833 の報告書をPDFでお送りいたします。
ご確認のほどよろしくお願いいたします。

久慈
{sig("kuji", 2)}""",
    attachments=[{
        "kind": "pdf", "name": "HR-250833_報告書.pdf", "title": "採用前調査報告書",
        "lines": ["採用前調査報告書（受付番号 HR-250833）", "",
                  f"対象者：{_p['name']}（{_p['kana']}）　生年月日：{_p['dob_jp']}",
                  "依頼者：星見商事株式会社 人事部", "",
                  "1. 学歴：○○大学経済学部 2009年3月卒業（卒業証明書により確認）",
                  "2. 職歴：株式会社ワカバ商事 2009年4月～2024年12月（前職人事部より回答）",
                  "3. 前職照会の補足：",
                  "　前職人事担当者によれば、対象者は2021年にうつ病の診断を受け、",
                  "　約5か月間休職した後、復職している。",
                  "4. 報道検索：該当なし", "5. 反社チェック：該当なし"],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one candidate's depression diagnosis and sick leave inside the attached PDF report",
)

add(
    id="detective-028", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["岸本 亘 <w.kishimoto@tokiwa-pharma.co.jp>"],
    cc=["白川 透 <t.shirakawa@shirakawa-law.jp>", "t.ukai@research.hinode-sangyo.co.jp"],
    subject="社内調査キックオフ会議の日程について",
    body=f"""常盤製薬株式会社 法務部 岸本様
（cc：白川法律事務所 白川先生）

お世話になっております。日の出リスクリサーチの鵜飼です。

先日ご相談いただいた社内調査について、三者でのキックオフ会議の候補日を
お送りいたします。ご都合のよい日時をお知らせください。

・9月2日（火）10:00～11:30
・9月3日（水）14:00～15:30
・9月5日（金）10:00～11:30

場所は白川法律事務所様の会議室をお借りできると伺っております。
当日は調査計画（案）と概算見積をお持ちします。

よろしくお願いいたします。
{sig("ukai")}""",
    entities=[], detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: client and partner law firm, two external orgs",
)

add(
    id="detective-029", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["審査部 <shinsa@aoba-unyu.co.jp>"],
    subject="反社チェック結果ファイル（8月分）",
    body=f"""青葉運輸株式会社 審査部 御中

お世話になっております。日の出リスクリサーチの榎本です。
8月分の反社チェック結果ファイルを添付いたします。
ファイルが開けない場合はご連絡ください。

榎本
{sig("enomoto", 2)}""",
    attachments=[{"kind": "corrupt", "name": "反社チェック結果_8月分.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

_rc = residence_card_no()
add(
    id="detective-030", expect="stop", charset="utf-8",
    sender=frm("kuji"),
    to=["人事課 大橋様 <ohashi@aoba-unyu.co.jp>"],
    subject="就労資格確認の結果（倉庫作業員 採用予定者）",
    body=f"""青葉運輸株式会社
人事課 大橋様

お世話になっております。日の出リスクリサーチの久慈です。
ご依頼の採用予定者1名について、在留カードの真正性と就労資格を確認しました。

氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
生年月日：1998年3月17日
在留カード番号：{_rc}
在留資格：特定技能1号（物流倉庫）
在留期間満了日：2026年11月30日
失効情報照会：有効（出入国在留管理庁 在留カード等番号失効情報照会にて確認）

就労制限の範囲内での雇用であれば問題ございません。資格外の業務（運転業務等）に
従事させる場合は在留資格変更が必要となりますのでご注意ください。
{sig("kuji")}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="residence card number of a named foreign hire sent to a partner's HR",
)

_c = people(3, 1970, 1995)
add(
    id="detective-031", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="ヒアリング対象者の連絡先（3名）",
    body=f"""黒崎先生

鵜飼です。お世話になっております。
ヒアリングにご協力いただける元従業員3名と連絡が取れました。
日程調整のため、先生の事務所から直接ご連絡いただいて差し支えないとのことです。

""" + "\n".join(f"{i + 1}）{p['name']} 様　携帯 {p['tel']}　（平日18時以降希望）" for i, p in enumerate(_c)) + f"""

3名とも、謝礼は不要とのことでした。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's mobile numbers to a law firm: under the five-person list threshold",
)

_c = people(15, 1965, 2000)
add(
    id="detective-032", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["経営企画部 桐生様 <kiryu@kitaguni-foods.co.jp>"],
    subject="従業員定期スクリーニング（第3四半期）の結果送付",
    body=f"""北国フーズ株式会社
経営企画部 桐生様

いつもお世話になっております。日の出リスクリサーチの榎本です。
第3四半期の定期スクリーニング結果（15名）をZIPにまとめてお送りします。
全員「該当なし」でした。

よろしくお願いいたします。
{sig("enomoto")}""",
    attachments=[{
        "kind": "zip", "name": "Q3_screening.zip",
        "files": [{"kind": "csv", "name": "Q3_screening/result_2025Q3.csv", "encoding": "utf-8",
                   "rows": [["社員番号", "氏名", "生年月日", "住所", "判定"]] + [
                       [f"KF{rng.randint(10000, 99999)}", p["name"], p["dob"], p["addr_s"], "該当なし"]
                       for p in _c]},
                  {"kind": "txt", "name": "Q3_screening/readme.txt",
                   "text": "判定基準：新聞記事DB・官報・独自DBにて照会。同姓同名は生年月日で除外済み。"}],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP with a CSV of fifteen employees' DOB and home address to a partner",
)

add(
    id="detective-033", expect="pass", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["shinsa-g@midori-ginko.co.jp"],
    subject="7月度 反社チェック実施状況のご報告",
    body=f"""みどり銀行 コンプライアンス統括部 御中

日の出リスクリサーチの榎本です。7月度の実施状況をご報告します。

　区分　　　　　　依頼件数　該当なし　要精査　該当
　法人　　　　　　　　412　　　 405　　　 6　　 1
　個人（役員等）　　　838　　　 829　　　 9　　 0
　合計　　　　　　　1,250　　 1,234　　　15　　 1

・要精査15件のうち13件は同姓同名で本人と別人と判明、2件は追加情報待ちです。
・該当1件（法人）は、6月にご報告済みの案件の継続モニタリングによるものです。

明細は従来どおりポータルに掲載しております。
{sig("enomoto", 2)}""",
    entities=[], detectors=[],
    note="aggregate monthly counts only, no individual records",
)

add(
    id="detective-034", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["諸岡 健二 <k.morooka@hinode-sangyo-co.jp>"],
    subject="今週の週報（スクリーニング部）",
    body=f"""諸岡さん

久慈です。今週の週報を送ります。

・採用前調査：完了38件／着手41件（うち特急3件）
・前職照会の回答遅延が2社で発生、来週月曜に再督促
・川崎電機様向け九州工場案件は九州リサーチへ一部外注済み
・来週水曜 午後は星見商事様と定例

以上です。
久慈
""",
    entities=[], detectors=["lookalike_domain"],
    note="meant for a colleague, but the domain is hinode-sangyo-co.jp (dot turned hyphen)",
)

_p = person(1955, 1965)
add(
    id="detective-035", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="資産状況調査（相手方）ご報告",
    body=f"""黒崎総合法律事務所
黒崎先生

いつもお世話になっております。日の出リスクリサーチの鵜飼です。
貸金返還請求事件の相手方、{_p['name']}氏（{_p['y']}年生）の資産状況について、
現時点での調査結果をご報告します。

1. 不動産：{_p['pref']}{_p['city']}の自宅土地建物は2023年に売却済み（登記簿で確認）。
2. 預貯金：売却代金の大半は、同氏が2023年秋に被害に遭った投資詐欺（SNS型）で失われた
   模様です。所轄署に被害届が受理されていることを、同氏の親族の証言と地元紙の記事
   （氏名は匿名）で確認しました。
3. 就労：現在は知人の経営する運送会社で配送業務に従事（月収20万円前後との証言）。

回収可能性は低いと考えられますが、詳細は報告書にまとめます。
{sig("ukai")}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person having been a fraud victim (crime victim) in running text to a law firm",
)

add(
    id="detective-036", expect="pass", charset="utf-8",
    sender=frm("morooka"),
    to=["桐生 慎也 <kiryu@kitaguni-foods.co.jp>"],
    subject="【報道検索】株式会社ハルノ乳業 検索結果サマリー",
    body=f"""北国フーズ株式会社
経営企画部 桐生様

お世話になっております。諸岡です。
出資検討先の株式会社ハルノ乳業について、過去10年分の報道検索の結果を要約しました。

■ネガティブ報道（3件）
 ・2018/07 一部商品の自主回収（賞味期限の誤表示）― 全国紙・地方紙
 ・2020/02 労働基準監督署から是正勧告（残業代未払い）― 業界紙
 ・2022/11 取引先との代金請求訴訟（2023年に和解）― 地方紙
■ポジティブ・中立報道（主なもの）
 ・2021/05 十勝新工場の稼働開始
 ・2024/09 学校給食向け乳製品で道の表彰

経営陣個人に関するネガティブ報道は見当たりませんでした。
詳細な記事一覧は報告書の別紙に付けます。
{sig("morooka", 2)}{DISC_JP}""",
    entities=[], detectors=[],
    note="media-search summary about a company only, to a partner",
)

_p = person(1992, 1999)
add(
    id="detective-037", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["秋月 隼人 <akizuki@marukawa-kensetsu.co.jp>"],
    subject="本人確認書類の照合結果（{}様）".format(_p["sei"]),
    body=f"""秋月様

久慈です。お世話になっております。
{_p['name']}様の本人確認書類について、照合結果をお知らせします。

運転免許証をお持ちでないとのことで、健康保険証の写しで確認いたしました。
　保険者：全国健康保険協会 東京支部
　記号：{rng.randint(10000000, 99999999)}　番号：{rng.randint(1, 300)}
　氏名：{_p['name']}　生年月日：{zen(_p['dob'])}
住民票の記載（氏名・生年月日・住所）と一致しております。

なお、保険証の写しは照合後に弊社で廃棄いたしました。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="health insurance card 記号・番号 of one candidate to a client",
)

add(
    id="detective-038", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-law.jp>"],
    subject="常盤製薬様のご担当者変更について",
    body=f"""津田様

鵜飼です。いつもお世話になっております。
常盤製薬様の本件ご担当が、10月1日付で岸本様から下記の方に交代されるとのことです。
今後の日程調整等はこちらの方へお願いいたします。

　常盤製薬株式会社 法務部 コンプライアンスグループ
　新井 麻里子 様
　直通：03-5312-6678
　メール：m.arai@tokiwa-pharma.co.jp

岸本様は引き続きccに入られるそうです。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one client contact's business details passed to a partner law firm",
)

_c = people(10, 1950, 1985)
_role = ["Representative Director", "Director", "Director", "Outside Director", "Corporate Auditor",
         "Shareholder (22.5%)", "Shareholder (18.0%)", "Shareholder (9.1%)", "Director", "Shareholder (5.5%)"]
add(
    id="detective-039", expect="stop", charset="utf-8",
    sender=frm("kira"),
    to=["Priya Raman <priya.raman@northbridge-capital.com>"],
    cc=["r.kira@hinode-sangyo.co.jp"],
    subject="Project Camellia - integrity check, officers and shareholders (draft)",
    body=f"""Dear Priya,

Please find attached the draft integrity-check table for Sakaki Trading's officers and
principal shareholders (10 individuals). Home addresses are as recorded in the company
registry and the shareholder register provided in the data room.

None of the ten returned adverse findings in the anti-social forces databases. Two hits in
the media search relate to namesakes and have been excluded (see column "Notes").

{sig("kira", 3)}""",
    attachments=[{
        "kind": "pdf", "name": "Camellia_integrity_check_DRAFT.pdf", "title": "Integrity check",
        "lines": ["Project Camellia - Integrity Check (Draft)", "Prepared by Hinode Risk Research", ""],
        "table": [["#", "Name", "Date of birth", "Home address", "Role", "Notes"]] + [
            [i + 1, f"{p['romaji']} / {p['name']}", p["dob"], p["addr_s"], _role[i],
             "No adverse" if i not in (3, 7) else "Namesake excluded"]
            for i, p in enumerate(_c)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of ten individuals with DOB and home address to a foreign client",
)

_c = people(7, 1985, 2002)
add(
    id="detective-040", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["s.fuwa@research.hinode-sangyo.co.jp"],
    cc=["m.kuji@hinode-sangyo.co.jp"],
    subject="FW: 採用前調査依頼（7名）― 担当お願いします",
    body=f"""不破さん

久慈です。下の星見商事様の依頼、担当をお願いできますか。
7名とも標準プラン、期限は9/19です。同意書のスキャンは共有フォルダに置きました。

---------- Forwarded message ---------
From: 花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>
Subject: 採用前調査依頼（7名）

""" + "\n".join(f"・{p['name']}（{p['kana']}）　{p['dob']}　{p['tel']}" for p in _c) + """

よろしくお願いします。
星見商事 花房
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=[],
    note="forward of a seven-candidate list, but only to internal colleagues",
)

_p = person(1972, 1980)
add(
    id="detective-041", expect="stop", charset="shift_jis",
    sender=frm("tachibana"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    cc=["t.ukai@research.hinode-sangyo.co.jp"],
    subject="行動確認記録（9/6・9/7）",
    body=f"""黒崎先生

橘です。週末2日間の行動確認の結果をご報告します。

対象者：{_p['name']}（経理課長）
自宅：{_p['addr']}

9/6（土）
 08:40 自宅を出発、徒歩で最寄り駅へ
 09:25 横浜市内の貸倉庫（ハマトランク関内）に入館、10:10 退館。段ボール2箱を搬出
 11:00～15:30 自宅
9/7（日）
 09:50 自宅を出発
 10:15～12:20 宗教法人 光明会 横浜支部の礼拝に参加（毎週参加している模様、近隣住民談）
 12:40 ファミリーレストランで会食（相手は支部の関係者とみられる男性2名）
 14:10 帰宅

貸倉庫の契約名義については月曜に確認します。
{sig("tachibana", 2)}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="surveillance log of a named employee revealing his religious affiliation, to a law firm",
)

_c = people(5, 1955, 1980)
_q = "\n".join(f"> - {p['romaji']}, born {p['dob']}, {p['addr_s']}" for p in _c)
add(
    id="detective-042", expect="pass", charset="utf-8",
    sender=frm("kira"),
    to=["Erik Lindqvist <erik.lindqvist@lindqvist-partners.com>"],
    subject="Re: Additional names for the Osaka matter",
    body=f"""Dear Erik,

Thank you - received. We will add the five individuals below to the scope and run the
standard checks. Revised fee estimate to follow by Thursday.

Best regards,
Reina

On Tue, 2 Sep 2025 at 09:12, Erik Lindqvist <erik.lindqvist@lindqvist-partners.com> wrote:
> Dear Reina,
>
> Further to our call, please also cover the following persons connected to the
> Osaka distributor:
>
{_q}
>
> Many thanks,
> Erik
""",
    entities=[], detectors=[],
    note="the five-person list appears only in the quoted mail under 'On ... wrote:'",
)

_p = person(1980, 1988)
_pn = pension_no()
add(
    id="detective-043", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["葉山 直哉 <hayama@kaede-hd.co.jp>"],
    subject="経歴確認：年金加入記録との照合について",
    body=f"""葉山様

お世話になっております。久慈です。
{_p['name']}様（{wareki(_p['y'], _p['m'], _p['d'], 'abbr')}生）の職歴について、ご本人から
提出いただいた「ねんきん定期便」の加入記録と照合しました。

基礎年金番号：{_pn}
・2006年4月～2012年8月　厚生年金（株式会社マルサン）…履歴書と一致
・2012年9月～2013年3月　国民年金（空白期間）…履歴書では「家業手伝い」と記載
・2013年4月～現在　　　厚生年金（東都通信株式会社）…履歴書と一致

空白期間についてはご本人の説明と矛盾はないと判断しております。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="basic pension number of a named candidate to a client",
)

add(
    id="detective-044", expect="pass", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["桐生 慎也 <kiryu@kitaguni-foods.co.jp>"],
    subject="Re: 調査にあたってご提供いただく資料",
    body=f"""桐生様

諸岡です。ご連絡ありがとうございます。

ご質問の件、御社の社外秘資料（取締役会議事録や買収スキームの検討資料など）は
本調査には不要ですので、お送りいただかなくて結構です。
弊社は公開情報とヒアリングを基に調査いたしますので、以下のみご提供ください。

　・対象会社の正式名称と本店所在地
　・把握されている主要取引先名（分かる範囲で）
　・調査の重点（反社・風評・財務のいずれを重視されるか）

どうぞよろしくお願いいたします。
{sig("morooka", 2)}""",
    entities=[], detectors=[],
    note="社外秘 only mentioned in the text, not a marking on the mail",
)

add(
    id="detective-045", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["ryo.hosaka88@gmail.com", "akutsu.sanae@gmail.com", "y.miyatake.1996@gmail.com"],
    subject="【日の出リスクリサーチ】経歴確認のご協力のお願い",
    body=f"""保坂様、阿久津様、宮武様

突然のご連絡失礼いたします。
日の出リスクリサーチ株式会社の久慈と申します。

ご応募先の企業様より、選考の一環として経歴確認のご依頼をいただいております。
お手数ですが、同封の案内に沿って卒業証明書の写しを9月12日までにご提出ください。

ご不明点は下記までお問い合わせください。
{sig("kuji")}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private candidates on free mail visible to each other in To (should be Bcc)",
)

_c = people(7, 1965, 1995)
add(
    id="detective-046", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-law.jp>"],
    subject="元従業員の所在判明リスト",
    body=f"""津田様

鵜飼です。ご依頼の元従業員7名の所在が判明しましたので、一覧を貼り付けます
（Excelから貼り付けたためタブ区切りです）。

氏名\t現勤務先\t携帯電話\t現住所
""" + "\n".join(
        f"{p['name']}\t{rng.choice(['（株）青空フーズ', '無職', '派遣（物流）', '自営（内装業）', '（株）シーサイド'])}\t{p['tel']}\t{p['addr_s']}"
        for p in _c) + f"""

いずれも本人には接触しておりません。証人尋問の打診は先生の方からお願いいたします。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of seven people with mobile and home address to the partner law firm",
)

_t = "T" + new_corp()
add(
    id="detective-047", expect="pass", charset="iso-2022-jp",
    sender=frm("obana"),
    to=["経理部 支払担当 <shiharai@marukawa-kensetsu.co.jp>"],
    cc=["akizuki@marukawa-kensetsu.co.jp"],
    subject="請求書送付のご案内（INV-2508-0147）",
    body=f"""丸川建設株式会社
経理部 ご担当者様

いつもお世話になっております。日の出リスクリサーチ 経理課の尾花です。
8月分のご請求書をお送りいたします。

　請求書番号：INV-2508-0147
　ご請求金額：1,287,000円（税込）
　お支払期限：2025年9月30日
　お振込先：みどり銀行 日本橋支店 普通 4417203 ヒノデリスクリサーチ（カ
　登録番号：{_t}

ご不明点がございましたら経理課までお問い合わせください。
{sig("obana")}""",
    attachments=[{
        "kind": "pdf", "name": "INV-2508-0147.pdf", "title": "請求書",
        "lines": ["請求書", "丸川建設株式会社 御中", "請求書番号 INV-2508-0147　発行日 2025/08/31",
                  f"日の出リスクリサーチ株式会社　登録番号 {_t}", ""],
        "table": [["品目", "数量", "単価", "金額"],
                  ["採用前調査 スタンダード (SC-02)", "14", "45,000", "630,000"],
                  ["反社チェック 個人 (AS-01)", "120", "1,500", "180,000"],
                  ["反社チェック 法人 (AS-02)", "95", "2,000", "190,000"],
                  ["現地調査 交通費実費", "1", "170,000", "170,000"],
                  ["小計", "", "", "1,170,000"], ["消費税(10%)", "", "", "117,000"],
                  ["合計", "", "", "1,287,000"]],
    }],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own bank account and T-number",
)

_p = person(1993, 2000)
add(
    id="detective-048", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["蓮見 亜希子 <a.hasumi@kawasaki-denki.jp>"],
    subject="調査完了のご連絡（HR-250719）",
    body=f"""蓮見様

お世話になっております。久慈です。
下記の方の採用前調査が完了いたしました。特記事項はございません。

　受付番号：HR-250719
　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{_p['dob_jp']}
　判定：問題なし

報告書の原本は本日郵送いたしました。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="partner kawasaki-denki.co.jp misspelt as kawasaki-denki.jp (co. dropped)",
)

add(
    id="detective-049", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["宮内 恵 <miyauchi@harumi-kogyo.co.jp>"],
    subject="調査同意書のひな形（Word）",
    body=f"""宮内様

お世話になっております。久慈です。
候補者様にお渡しいただく調査同意書のひな形をWordでお送りします。
御社のロゴを入れる等の編集はご自由にどうぞ。

よろしくお願いいたします。
{sig("kuji", 2)}""",
    attachments=[{
        "kind": "docx", "name": "調査同意書_ひな形.docx", "title": "調査同意書",
        "paragraphs": ["調査同意書", "",
                       "私は、晴海工業株式会社（以下「会社」）が採用選考のために、会社の委託する"
                       "日の出リスクリサーチ株式会社を通じて、下記の事項を確認することに同意します。",
                       "1. 学歴（卒業の事実）", "2. 職歴（在籍期間・役職）", "3. 公開されている報道等の情報",
                       "確認した情報は採用選考の目的にのみ利用され、選考終了後は適切に廃棄されます。",
                       "", "　　年　　月　　日"],
        "tables": [[["氏名（自署）", ""], ["生年月日", "　　　　年　　月　　日"], ["現住所", ""],
                    ["電話番号", ""]]],
    }],
    entities=[], detectors=[],
    note="a blank consent-form template: field labels only, no one's data",
)

_p = person(1978, 1990)
add(
    id="detective-050", expect="stop", charset="utf-8",
    sender=frm("kuji"),
    to=["人事課 大橋様 <ohashi@aoba-unyu.co.jp>"],
    subject="ドライバー採用予定者 調査報告書",
    body=f"""大橋様

お世話になっております。日の出リスクリサーチの久慈です。
ドライバー職採用予定者1名の調査報告書をWordでお送りします。
ご確認のほどよろしくお願いいたします。
{sig("kuji", 2)}""",
    attachments=[{
        "kind": "docx", "name": "調査報告書_HR-250911.docx", "title": "調査報告書",
        "paragraphs": ["調査報告書（受付番号 HR-250911）", "依頼者：青葉運輸株式会社 人事課", ""],
        "tables": [[["項目", "内容"],
                    ["氏名", f"{_p['name']}（{_p['kana']}）"],
                    ["生年月日", wareki(_p['y'], _p['m'], _p['d'])],
                    ["住所", _p["addr"]],
                    ["職歴", "運送会社2社（計11年）。在籍期間は申告どおり。"],
                    ["報道・公開情報",
                     "2018年、道路交通法違反（酒気帯び運転）で罰金30万円の略式命令を受けた旨の地元紙記事あり。"],
                    ["反社チェック", "該当なし"]]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a candidate's criminal conviction (fine for drink-driving) in an attached DOCX report",
)

# ======================================================================================
# 051-075
# ======================================================================================

_p = person(1983, 1992)
add(
    id="detective-051", expect="either", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["宮内 恵 <miyauchi@harumi-kogyo.co.jp>"],
    subject="採用前調査 結果のご報告（HR-250920）",
    body=f"""晴海工業株式会社
人事総務部 宮内様

お世話になっております。日の出リスクリサーチの久慈です。
初回のご依頼分の調査が完了しましたので、結果をご報告いたします。

■対象者　　：{_p['name']}（{_p['kana']}）
■生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
■学歴　　　：申告どおり（卒業証明書で確認）
■職歴　　　：申告どおり（前職2社より回答）
■逮捕・犯罪歴に関する報道：該当なし
■破産・民事訴訟：該当なし
■反社チェック：該当なし

総合判定：特記事項なし

報告書（PDF）は明日、ポータルにアップロードいたします。
{sig("kuji")}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one candidate; a negative 'no arrest/crime reports' finding may or may not count as sensitive",
)

add(
    id="detective-052", expect="pass", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["中島 浩二 <nakajima@kyushu-research.jp>"],
    subject="熊本出張時の宿泊候補",
    body=f"""中島様

橘です。来週の熊本での張り込み、宿は以下から選ぼうと思っています。
土地勘のある中島さんのおすすめがあれば教えてください。

・ホテル肥後ステーション　熊本市西区春日3-15-30　096-352-8811　駐車場あり（1泊1,000円）
・くまもと城見ホテル　熊本市中央区花畑町4-1　096-324-6600　駐車場提携
・ビジネスホテル水前寺　熊本市中央区水前寺6-3-12　096-383-4120　駐車場無料
・スマイルイン熊本上通　熊本市中央区上通町5-8　096-356-2277　駐車場なし

対象者宅は東区なので、水前寺あたりが便利かなと考えています。
{sig("tachibana", 2)}""",
    entities=[], detectors=[],
    note="a list of hotels with addresses and phone numbers: businesses, not people",
)

_c = people(6, 1990, 2003)
_inner = {
    "sender": "蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>",
    "to": ["久慈 美穂 <m.kuji@hinode-sangyo.co.jp>"],
    "subject": "関西工場 応募者リスト",
    "charset": "iso-2022-jp",
    "body": "久慈様\n\n関西工場の応募者6名です。経歴確認をお願いします。\n\n" + "\n".join(
        f"{i + 1}. {p['name']} / {p['mail']} / {p['tel']} / {p['dob']}" for i, p in enumerate(_c))
        + "\n\n川崎電機 人事部 蓮見\n",
}
add(
    id="detective-053", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["関西調査サービス 大西様 <onishi@kansai-chosa.co.jp>"],
    subject="関西工場案件のご依頼（元メール添付）",
    body=f"""大西様

久慈です。いつもありがとうございます。
川崎電機様の関西工場案件、依頼者からのメールをそのまま添付します。
職歴確認をお願いできますでしょうか。期限は9/26でお願いします。
{sig("kuji", 2)}""",
    attachments=[{"kind": "eml", "name": "関西工場 応募者リスト.eml", "message": _inner}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an attached e-mail carries six applicants' contact details to a subcontractor",
)

add(
    id="detective-054", expect="stop", charset="utf-8",
    sender=frm("kira"),
    to=["Emily Carter <emily.carter@vantara-tech.com>"],
    subject="Vendor due diligence - Kirameki Electronics (final report)",
    body=f"""Dear Emily,

Please find attached our final report on Kirameki Electronics Co., Ltd., the proposed
contract manufacturer for your Japan launch.

In short: the company is properly registered, financially stable and has no anti-social
forces links that we could identify. One labour-standards notice from 2022 has been
resolved. Details are in sections 3 to 5.

Let me know if you would like a call to walk through the findings.
{sig("kira", 3)}""",
    attachments=[{
        "kind": "pdf", "name": "Kirameki_DD_Final.pdf", "title": "Vendor Due Diligence Report",
        "page_header": "CONFIDENTIAL - Prepared for Vantara Technologies only",
        "lines": ["Vendor Due Diligence Report: Kirameki Electronics Co., Ltd.", "",
                  "1. Corporate registration: incorporated 1994, Saitama; capital JPY 80m.",
                  "2. Ownership: founding family 62%, regional bank 5%, others.",
                  "3. Financials: revenue JPY 6.2bn (FY2024), equity ratio 41%.",
                  "4. Regulatory: labour standards notice (2022) on overtime, remedied.",
                  "5. Reputation and media: no adverse coverage in the last 10 years.",
                  "6. Anti-social forces: no links identified.", "",
                  "Conclusion: no red flags identified."],
    }],
    entities=[], detectors=["confidential_marking"],
    note="CONFIDENTIAL stamp in the attached PDF's page header to a foreign client",
)

add(
    id="detective-055", expect="pass", charset="iso-2022-jp",
    sender=frm("makabe"),
    to=["s.makabe@hinode-sangyo.co.jp"],
    bcc=["y.hanafusa@hoshimi-shoji.co.jp", "akizuki@marukawa-kensetsu.co.jp",
         "hayama@kaede-hd.co.jp", "miyauchi@harumi-kogyo.co.jp", "ohashi@aoba-unyu.co.jp",
         "a.hasumi@kawasaki-denki.co.jp"],
    subject="【御礼】反社排除・採用リスク対策セミナー 資料のご案内",
    body=f"""各位

※本メールはBCCにて皆様にお送りしております。

先日は「反社会的勢力排除・採用リスク対策セミナー」にご参加いただき、
誠にありがとうございました。日の出リスクリサーチの真壁です。

当日の資料は下記よりダウンロードいただけます（10月末まで）。
https://www.hinode-sangyo.co.jp/risk/seminar/20251015/

アンケートでいただいたご質問への回答も、同ページに掲載しております。
今後ともよろしくお願い申し上げます。
{sig("makabe")}""",
    entities=[], detectors=[],
    note="seminar follow-up with all clients in Bcc; To is the sender herself",
)

_heirs = people(5, 1948, 1990)
for _h, (_nm, _y, _m, _d) in zip(_heirs, [("芦田 光太郎", 1961, 3, 8), ("栗栖 由美子", 1963, 11, 21),
                                        ("芦田 文彦", 1966, 6, 2), ("芦田 悠人", 1992, 1, 15),
                                        ("芦田 陽菜", 1995, 9, 30)]):
    _h.update(name=_nm, y=_y, m=_m, d=_d)
_rel = ["長男", "長女（婚姻により栗栖姓）", "二男", "孫（亡三男 芦田 誠 の長男・代襲相続人）",
        "孫（亡三男 芦田 誠 の長女・代襲相続人）"]
_blocks = "\n\n".join(
    f"【相続人{i + 1}】{_rel[i]}\n　氏名：{p['name']}\n　生年月日：{wareki(p['y'], p['m'], p['d'])}\n"
    f"　住所：〒{p['zip']} {p['addr']}\n　備考：{rng.choice(['戸籍附票により現住所確認', '住民票により確認', '現地にて居住確認済'])}"
    for i, p in enumerate(_heirs))
add(
    id="detective-056", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["渚法律事務所 事務局 <office@nagisa-law.jp>"],
    subject="相続人調査結果（被相続人 故 芦田 重雄 様）",
    body=f"""渚法律事務所
中川先生

いつもお世話になっております。日の出リスクリサーチの鵜飼です。
ご依頼の相続人調査が完了しましたので、判明した相続人5名をご報告します。
戸籍謄本類一式は本日、簡易書留で発送いたしました。

{_blocks}

ご不明点がございましたらお知らせください。
{sig("ukai")}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five heirs, one block each with DOB and address, to an external law firm",
)

_t1, _t2 = tracking_number(), tracking_number()
add(
    id="detective-057", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-law.jp>"],
    subject="報告書原本の発送について（SL-2025-031／SL-2025-044）",
    body=f"""津田様

鵜飼です。お世話になっております。
下記2件の報告書原本を本日発送いたしました。

　SL-2025-031　所在調査報告書　　宅急便　お問い合わせ伝票番号 {_t1}
　SL-2025-044　資産調査報告書　　宅急便　お問い合わせ伝票番号 {_t2}

明日午前中に到着の予定です。
また、SL-2025-044 の請求書（INV-2509-0021）は報告書に同封しております。

よろしくお願いいたします。
{sig("ukai", 2)}{DISC_JP}""",
    entities=[], detectors=[],
    note="case numbers, parcel tracking numbers and an invoice number only",
)

_p = person(1990, 1998)
add(
    id="detective-058", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["葉山 直哉 <hayama@kaede-hd.co.jp>"],
    subject="Re: 候補者の前職照会について",
    body=f"""葉山様

久慈です。お問い合わせの件、回答いたします。

{_p['sei']}様の前職照会で、前職の人事担当者から「在職中は精神障害者保健福祉手帳（2級）を
お持ちで、障害者雇用枠で勤務されていた」との回答がありました。
勤務態度・退職理由（契約期間満了）に問題は指摘されておりません。

なお、障害の有無は採否の判断材料とすべき情報ではございませんので、報告書への記載は
控えております。取扱いには十分ご注意ください。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one candidate's disability (障害者手帳) disclosed to the client in running text",
)

_p = person(1970, 1985)
add(
    id="detective-059", expect="pass", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["白川 透 <t.shirakawa@shirakawa-law.jp>"],
    cc=["tsuda@shirakawa-law.jp"],
    subject="SL-2025-031 所在調査：転居先判明のご報告",
    body=f"""白川先生

鵜飼です。SL-2025-031 について、対象者の転居先が判明しましたのでご報告します。

対象者：{_p['name']}
転居先：{_p['zip']} {_p['addr']}
連絡先：{_p['tel']}（現地近隣での聞き取りで判明、通話は未実施）

8/18 の現地確認で、表札・郵便受けの名義、夜間の在室を確認しております。
送達の際は、平日19時以降が在宅の可能性が高いです。

詳細は報告書にてご報告します。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one located person's address and phone to the commissioning partner law firm: may warn",
)

_c = people(9, 1970, 2000)
add(
    id="detective-060", expect="stop", charset="shift_jis",
    sender=frm("enomoto"),
    to=["人事課 大橋様 <ohashi@aoba-unyu.co.jp>"],
    subject="ドライバー9名 反社チェック・免許照合結果",
    body=f"""大橋様

お世話になっております。榎本です。
ドライバー採用予定者9名の反社チェックと運転免許証の照合結果を、
御社指定のExcel（97-2003形式）でお送りします。全員問題ございません。
{sig("enomoto", 2)}""",
    attachments=[{
        "kind": "xls", "name": "ドライバー照合結果.xls",
        "sheets": {"照合結果": [["No", "氏名", "生年月日", "免許証番号", "免許種別", "反社チェック"]] + [
            [i + 1, p["name"], p["dob"], license_no(), rng.choice(["中型", "大型", "準中型", "大型・牽引"]),
             "該当なし"] for i, p in enumerate(_c)]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="legacy XLS: nine drivers with DOB and licence numbers to a partner",
)

_rc = residence_card_no()
add(
    id="detective-061", expect="pass", charset="utf-8",
    sender=frm("kuji"),
    to=["不破 俊 <s.fuwa@research.hinode-sangyo.co.jp>"],
    subject="在留カード失効照会の手順（青葉運輸案件）",
    body=f"""不破さん

久慈です。青葉運輸の件、在留カードの失効照会はこの手順でお願いします。

1. 出入国在留管理庁の「在留カード等番号失効情報照会」を開く
2. 番号 {_rc} と有効期間満了日 2026/11/30 を入力
3. 結果画面をPDFで保存し、案件フォルダ（HR-250902）へ

対象者：NGUYEN VAN MINH（1998/03/17生）

結果が「有効」以外の場合は、先方に連絡する前に私に一報ください。
久慈
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=[],
    note="residence card number of one person, sent only to an internal colleague",
)

add(
    id="detective-062", expect="stop", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["桐生 慎也 <kiryu@kitaguni-foods.co.jp>"],
    subject="【極秘】プロジェクトH（ハルノ乳業）調査スケジュール",
    body=f"""桐生様

諸岡です。プロジェクトHの調査スケジュール案をお送りします。

　9/8～9/12　公開情報調査（登記・報道・訴訟）
　9/15～9/26　取引先・元従業員ヒアリング（対象先には貴社名を伏せて実施）
　9/29～10/3　経営陣の反社・風評チェック
　10/8　　　　中間報告会
　10/17　　　最終報告書提出

基本合意前の案件のため、社内でも関係者限りとしております。
{sig("morooka", 2)}""",
    entities=[], detectors=["confidential_marking"],
    note="【極秘】 classification in the subject of mail to a partner",
)

_cand = person(1985, 1990)
_refs = people(3, 1960, 1985)
add(
    id="detective-063", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>"],
    subject="リファレンスチェック 推薦者の連絡先について",
    body=f"""花房様

久慈です。{_cand['sei']}様のリファレンスチェックについて、ご本人から推薦者3名の
連絡先をいただきました。念のため共有いたします（ご本人の了承済み）。

　1. {_refs[0]['name']} 様（前職の上司）　　{_refs[0]['tel']}
　2. {_refs[1]['name']} 様（前職の同僚）　　{_refs[1]['tel']}
　3. {_refs[2]['name']} 様（取引先担当者）　{_refs[2]['tel']}

来週中にヒアリングを実施し、9/24にご報告いたします。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three referees' phone numbers for one candidate: fewer than five people",
)

_c = people(5, 1950, 1988)
add(
    id="detective-064", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["shinsa-g@midori-ginko.co.jp"],
    subject="要精査案件の本人特定のお願い",
    body=f"""みどり銀行 コンプライアンス統括部 新規取引審査G 御中

日の出リスクリサーチの榎本です。
8月依頼分のうち、同姓同名の記事がヒットした5名について、貴行ご登録の情報と照合を
お願いいたします。記事中の人物の情報は以下のとおりです。

""" + "\n".join(
        f"（{zen(str(i + 1))}）{p['kana']}　{zen(wareki(p['y'], p['m'], p['d']))}生　ＴＥＬ：{zen(p['tel'])}"
        for i, p in enumerate(_c)) + f"""

生年月日・電話番号のいずれかが一致する場合は、ご一報ください。
{sig("enomoto", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people in kana with 和暦 DOB and full-width phone numbers to a partner bank",
)

add(
    id="detective-065", expect="pass", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["法人営業部 <hojin@shinbun-archive.jp>"],
    subject="記事データベース契約更新のご相談",
    body=f"""株式会社新聞アーカイブ
法人営業部 ご担当者様

いつもお世話になっております。日の出リスクリサーチの諸岡です。

現在ご契約中の記事データベース（契約番号 NA-C-10882、同時接続5ID）が
11月末で更新となります。次期契約について、以下をご相談させてください。

　・同時接続IDを5から8へ増やした場合のお見積り
　・地方紙オプション（東北・九州）の追加可否
　・API連携（検索結果の一括取得）の提供予定

ご担当の方からご連絡いただけますと幸いです。
{sig("morooka")}""",
    entities=[], detectors=[],
    note="contract renewal talk with a data vendor; no personal data",
)

add(
    id="detective-066", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["津田 里美 <tsuda@shirakawa-1aw.jp>"],
    subject="10月の定例打合せについて",
    body=f"""津田様

鵜飼です。10月の定例打合せですが、10/7（火）15時からでいかがでしょうか。
議題は以下を予定しています。

　・進行中案件（3件）の状況確認
　・相続人調査の標準納期の見直し
　・11月以降の料金改定について

ご都合をお知らせいただければ幸いです。
{sig("ukai", 2)}""",
    entities=[], detectors=["lookalike_domain"],
    note="partner shirakawa-law.jp spelt shirakawa-1aw.jp (digit 1 for the letter l)",
)

add(
    id="detective-067", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"),
    to=["宮内 恵 <miyauchi@harumi-kogyo.co.jp>"],
    subject="反社チェック体制構築のご提案資料",
    body=f"""宮内様

お世話になっております。真壁です。
先日のお打合せを踏まえ、御社向けの反社チェック体制構築のご提案資料を作成しました。
ご高覧いただけますと幸いです。
{sig("makabe", 2)}""",
    attachments=[{
        "kind": "pptx", "name": "ご提案_反社チェック体制_晴海工業様.pptx",
        "title": "反社チェック体制構築のご提案", "page_footer": "社外秘　日の出リスクリサーチ株式会社",
        "slides": [["反社チェック体制構築のご提案", "晴海工業株式会社 御中", "2025年9月"],
                   ["現状の課題", "取引開始時のチェックが部署ごとにばらつき", "継続モニタリングが未実施"],
                   ["ご提案", "全社共通の審査フロー", "年1回の既存取引先一括チェック", "契約書の暴排条項の整備"],
                   ["お見積り", "初期費用 300,000円", "月額 1,500円／件（従量）"]],
    }],
    entities=[], detectors=["confidential_marking"],
    note="社外秘 printed in the footer of every slide of the attached deck",
)

add(
    id="detective-068", expect="pass", charset="utf-8",
    sender=frm("morooka"),
    to=["岸本 亘 <w.kishimoto@tokiwa-pharma.co.jp>"],
    subject="新規代理店 代表者の報道検索結果",
    body=f"""岸本様

諸岡です。新規代理店候補「株式会社ミドリメディカル」代表取締役 鬼頭 誠一 氏について、
報道・Web検索の結果をご報告します。

・全国紙・地方紙・業界紙（過去10年）：ネガティブ記事なし
・業界紙で同社の新規事業に関するインタビュー記事 2件（2022年、2024年）
・民事訴訟：2019年に元取引先から売掛金請求訴訟を提起され、翌年和解（判決DB）

代表者個人について、取引開始を見送るべき事情は見当たりませんでした。
{sig("morooka", 2)}""",
    entities=["PERSON_NAME"], detectors=[],
    note="media-search result on one company representative; civil suit only, nothing sensitive",
)

_p = person(1940, 1955)
_mn = new_my_number()
add(
    id="detective-069", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["中川 沙耶 弁護士 <nakagawa@nagisa-law.jp>"],
    subject="住民票写しのデータ化（ご依頼分）",
    body=f"""中川先生

鵜飼です。ご依頼の住民票写しの記載事項をPDFにまとめました。
原本は明日お届けします。
{sig("ukai", 2)}""",
    attachments=[{
        "kind": "pdf", "name": "住民票記載事項.pdf", "title": "住民票記載事項",
        "lines": ["住民票の写し 記載事項（転記）", "",
                  f"氏名　　　　{_p['name']}",
                  f"生年月日　　{wareki(_p['y'], _p['m'], _p['d'])}",
                  "性別　　　　男",
                  f"住所　　　　{_p['addr']}",
                  f"個人番号　　{_mn}",
                  "住民となった日　平成12年4月1日",
                  "", "※転記者：日の出リスクリサーチ 鵜飼"],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a My Number inside an attached PDF transcription of a residence record",
)

_c = people(6, 1955, 1990)
add(
    id="detective-070", expect="pass", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["shinsa-g@midori-ginko.co.jp"],
    subject="RE: 反社チェック依頼（6名）",
    body=f"""新規取引審査G ご担当者様

榎本です。ご依頼ありがとうございます。
6名分、確かに承りました。8/29（金）までにご報告いたします。

榎本

差出人: みどり銀行 新規取引審査G <shinsa-g@midori-ginko.co.jp>
送信日時: 2025年8月25日 11:32
宛先: 榎本 千景 <c.enomoto@hinode-sangyo.co.jp>
件名: 反社チェック依頼（6名）

日の出リスクリサーチ 榎本様

下記6名の照会をお願いします。
""" + "\n".join(f"{p['name']}　{p['dob']}　{p['pref']}{p['city']}" for p in _c) + """

みどり銀行 コンプライアンス統括部
""",
    entities=[], detectors=[],
    note="the six-name request is only quoted under 差出人/送信日時 in a short reply",
)

add(
    id="detective-071", expect="stop", charset="utf-8",
    sender=frm("kira"),
    to=["Erik Lindqvist <erik.lindqvist@lindqvist-partners.com>"],
    subject="Osaka matter - investigation report (protected PDF)",
    body=f"""Dear Erik,

Attached is our investigation report on the Osaka distributor and the five connected
individuals. As agreed, the PDF is password-protected; I will send the password by SMS
to your mobile.

{sig("kira", 3)}""",
    attachments=[{
        "kind": "pdf", "name": "Osaka_investigation_report.pdf", "password": "Lq-5512-osk",
        "title": "Investigation report",
        "lines": ["Investigation Report - Osaka distributor", "1. Summary", "2. Corporate records",
                  "3. Connected individuals", "4. Media and litigation"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to a foreign law firm: cannot be inspected",
)

_grp = [("楓ホールディングス株式会社", "東京都千代田区丸の内1-6-2"), ("楓テクノサービス株式会社", "東京都品川区大崎2-11-1"),
        ("楓ロジスティクス株式会社", "埼玉県戸田市美女木東1-3-7"), ("株式会社楓フードサプライ", "千葉県習志野市茜浜3-4-6"),
        ("楓アセット合同会社", "東京都千代田区丸の内1-6-2")]
add(
    id="detective-072", expect="pass", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["葉山 直哉 <hayama@kaede-hd.co.jp>"],
    subject="調査範囲の確認（グループ会社5社）",
    body=f"""葉山様

諸岡です。ご依頼の件、調査範囲を下記のとおり確認させてください。
登記簿から取得した法人番号も併記しております。

""" + "\n".join(f"　{i + 1}. {g[0]}\n　　法人番号 {new_corp()}／本店 {g[1]}" for i, g in enumerate(_grp)) + f"""

上記5社について、取引先との紛争・行政処分・報道の有無を確認いたします。
過不足がございましたらお知らせください。
{sig("morooka", 2)}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="five group companies with 法人番号 and head offices: businesses, not people",
)

_c = people(5, 1975, 1998)
add(
    id="detective-073", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="退職者ヒアリング候補（5名）",
    body=f"""黒崎先生

鵜飼です。社内調査の件、ヒアリング候補となる退職者5名の連絡先をお送りします。
いずれも2022～2024年に経理部を退職した方です。

""" + "\n".join(f"・{p['name']}　携帯：{p['tel']}　メール：{p['mail']}" for p in _c) + f"""

接触の順番は、在籍期間の長い方からがよいと考えております。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="bulleted list of five people with private mobile and e-mail to a law firm",
)

_c = people(2, 1988, 1996)
add(
    id="detective-074", expect="pass", charset="utf-8",
    sender=frm("kira"),
    to=["Emily Carter <emily.carter@vantara-tech.com>"],
    subject="Consent forms - two candidates still pending",
    body=f"""Dear Emily,

We have received consent forms from all but two of your Tokyo candidates. Could your
team nudge them, or would you prefer that we contact them directly?

  - {_c[0]['romaji']}  {_c[0]['mail']}  {_c[0]['tel']}
  - {_c[1]['romaji']}  {_c[1]['mail']}  {_c[1]['tel']}

Once the forms are in, we can complete both checks within seven business days.
{sig("kira", 3)}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two candidates' contact details to the foreign client: below the list threshold",
)

add(
    id="detective-075", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["岸本 亘 <w.kishimoto@tokiwa-pharma.co.jp>"],
    cc=["白川 透 <t.shirakawa@shirakawa-law.jp>", "大西 誠 <onishi@kansai-chosa.co.jp>"],
    subject="大阪工場 社内調査の現地体制について",
    body=f"""岸本様、白川先生、大西様

日の出リスクリサーチの鵜飼です。
大阪工場での社内調査について、現地体制が固まりましたのでご連絡いたします。

・現地調査は関西調査サービスの大西様チーム（2名）にご協力いただきます。
・ヒアリングは9/16～9/18、工場内の会議室をお借りしたいと考えております。
・ヒアリング記録は弊社で取りまとめ、白川先生にご確認いただいた上で
  常盤製薬様にご報告いたします。

工場側のご担当者のご紹介を岸本様にお願いできますでしょうか。
{sig("ukai")}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="client, law firm and subcontractor (three external organisations) in To/Cc",
)

# ======================================================================================
# 076-100
# ======================================================================================

add(
    id="detective-076", expect="pass", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["橘 宗一郎 <s.tachibana@research.hinode-sangyo.co.jp>"],
    subject="報告書ドラフト（パスワード付き）",
    body="""橘さん

諸岡です。アーク精機の件、報告書ドラフトをパスワード付きZIPで送ります。
パスワードはいつもの案件ルールです（案件番号＋受付日）。
現地調査の部分の加筆をお願いします。

諸岡
""",
    attachments=[{
        "kind": "zip", "name": "draft_HS-25-0388.zip", "password": "HS250388-0714",
        "files": [{"kind": "docx", "name": "調査報告書_ドラフト.docx",
                   "paragraphs": ["調査報告書（ドラフト）", "対象：株式会社アーク精機", "現地調査：（橘さん加筆）"]}],
    }],
    entities=[], detectors=[],
    note="an encrypted ZIP, but sent only to an internal colleague",
)

_p = person(1975, 1982)
add(
    id="detective-077", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="労働時間実態調査 中間報告",
    body=f"""黒崎先生

鵜飼です。ご依頼の労働時間実態調査について中間報告いたします。

1. 入退館記録（2024年4月～2025年3月）
   {_p['name']}氏の月平均の時間外労働は約96時間、最長は2024年11月の121時間でした。
2. PCログ
   深夜0時以降のログオフが月10回以上の月が7か月ありました。
3. 健康状態
   同氏が会社に提出していた2024年度の定期健康診断の結果によれば、血圧168/102、
   γ-GTP 214 で「要精密検査」の判定を受けていましたが、受診記録はありません。
   また、2025年1月に心療内科で不眠症の診断を受けていたことを同僚が証言しています。

最終報告は10/10を予定しております。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's health-check results and diagnosis in running text to a law firm",
)

add(
    id="detective-078", expect="pass", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["法人営業部 <corp@career-bridge.co.jp>"],
    subject="求人掲載のお願い（調査補助員・パートタイム）",
    body=f"""株式会社キャリアブリッジ
法人営業部 ご担当者様

いつもお世話になっております。日の出リスクリサーチの橘です。
下記の求人の掲載をお願いいたします。

【職種】調査補助員（パートタイム）
【仕事内容】登記簿・官報・新聞記事データベースの検索、報告書の校正
【勤務地】東京都中央区日本橋本町（日の出産業日本橋ビル）
【勤務時間】9:30～16:30のうち実働5時間、週3日～
【時給】1,450円～（交通費全額支給）
【応募資格】基本的なPC操作（Word・Excel）ができる方。調査業務の経験不問。
【掲載期間】10月1日～10月31日

原稿のご確認ができましたらご連絡ください。
{sig("tachibana")}""",
    entities=[], detectors=[],
    note="a job advertisement sent to a recruiting agency",
)

_c = people(5, 1990, 2002)
add(
    id="detective-079", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["葉山 直哉 <naoya.hayama.kaede@gmail.com>"],
    subject="【至急】最終面接対象者5名の調査結果",
    body=f"""葉山様

お世話になっております。久慈です。
本日は社外でPCが使えないとのことでしたので、ご指示どおりご自宅のアドレス宛に
お送りいたします。明日の最終面接対象5名の調査結果（Excel）です。
{sig("kuji", 2)}""",
    attachments=[{
        "kind": "xlsx", "name": "最終面接対象者_調査結果.xlsx",
        "sheets": {"結果": [["楓ホールディングス 最終面接対象者 調査結果（2025/09/18）"], [],
                          ["受付番号", "氏名", "生年月日", "携帯", "学歴", "職歴", "判定"]] + [
            [f"HR-2509{i + 40}", p["name"], p["dob"], p["tel"], "確認済", rng.choice(["確認済", "確認済", "一部相違"]),
             "問題なし"] for i, p in enumerate(_c)]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="five candidates' records in an XLSX sent to the client's private free-mail address",
)

_p = person(1994, 2000)
add(
    id="detective-080", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=[f"{_p['name']} <{_p['mail']}>"],
    subject="保有個人データの開示請求に対するご回答",
    body=f"""{_p['name']} 様

日の出リスクリサーチ株式会社 個人情報お問い合わせ窓口（スクリーニング部 久慈）です。
先日ご請求いただいた保有個人データの開示について、ご本人確認が完了しましたので
回答いたします。弊社が保有している{_p['sei']}様の情報は以下のとおりです。

　氏名：{_p['name']}
　生年月日：{_p['dob_jp']}
　住所：{_p['addr']}
　調査の依頼元：星見商事株式会社（採用選考）
　調査項目：学歴・職歴の確認
　調査結果：いずれも申告どおり
　保存期限：2026年3月31日（以後、廃棄）

訂正・利用停止等をご希望の場合は、本メールにご返信ください。
{sig("kuji")}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="a data-subject access reply: one person's own data sent to that person's free mail",
)

_c = people(6, 1950, 1975)
_mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_romaddr = ["2-14-7 Hiyoshi-honcho, Kohoku-ku, Yokohama, Kanagawa", "1-3-22 Takaido-higashi, Suginami-ku, Tokyo",
            "4-8-1 Kakuozan-dori, Chikusa-ku, Nagoya, Aichi", "3-19-5 Nishijin, Sawara-ku, Fukuoka",
            "5-2-11 Kamisugi, Aoba-ku, Sendai, Miyagi", "2-7-30 Okamachi-kita, Toyonaka, Osaka"]
add(
    id="detective-081", expect="stop", charset="utf-8",
    sender=frm("kira"),
    to=["Priya Raman <priya.raman@northbridge-capital.com>"],
    subject="Sakaki Trading - management team residential details",
    body=f"""Hi Priya,

As requested for your KYC file, below are the residential details of Sakaki Trading's
six executive officers, taken from the commercial register and confirmed on site.

Name\tDOB\tHome address\tTitle
""" + "\n".join(
        f"{p['romaji']}\t{p['d']:02d} {_mon[p['m'] - 1]} {p['y']}\t{_romaddr[i]}\t{rng.choice(['CEO', 'CFO', 'COO', 'Executive Officer', 'General Manager', 'CTO'])}"
        for i, p in enumerate(_c)) + f"""

Please let me know if you also need the Japanese-script versions.
{sig("kira", 3)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six executives' DOB and romanised home addresses, tab-separated, to a foreign client",
)

_c = people(20, 1960, 2002)
add(
    id="detective-082", expect="pass", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["久慈 美穂 <m.kuji@hinode-sangyo.co.jp>", "不破 俊 <s.fuwa@research.hinode-sangyo.co.jp>",
        "諸岡 健二 <k.morooka@hinode-sangyo.co.jp>"],
    subject="【社内】同姓同名ヒット 確認対象20名",
    body="""久慈さん、不破さん、諸岡さん

榎本です。今月の一括照会で同姓同名ヒットが出た20名を一覧にしました。
手分けして記事の本人特定をお願いします（担当欄に名前を入れてください）。

榎本
""",
    attachments=[{
        "kind": "xlsx", "name": "同姓同名ヒット_202509.xlsx",
        "sheets": {"一覧": [["No", "氏名", "生年月日", "住所", "ヒット記事", "担当"]] + [
            [i + 1, p["name"], p["dob"], p["addr_s"], rng.choice(["地方紙 2017", "全国紙 2012", "Web 2021", "業界紙 2019"]), ""]
            for i, p in enumerate(_c)]},
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="a twenty-person list, but all three recipients are internal",
)

_cos = ["株式会社ヤマブキ興産", "合同会社ソラ", "有限会社東雲商会", "株式会社ナギサ物流", "北斗リース株式会社", "三葉工業株式会社"]
add(
    id="detective-083", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["秋月 隼人 <akizuki@marukawa-kensetsu.co.jp>"],
    subject="既存取引先 年次チェック結果",
    body=f"""秋月様

榎本です。既存取引先の年次チェック結果をExcelでお送りします。
6社とも特段の問題はございませんでした。
{sig("enomoto", 2)}""",
    attachments=[{
        "kind": "xlsx", "name": "年次チェック結果_2025.xlsx", "page_header": "社外秘",
        "title": "既存取引先 年次チェック",
        "sheets": {"結果": [["社外秘　既存取引先 年次チェック結果（2025年度）"], [],
                          ["No", "法人名", "法人番号", "判定", "備考"]] + [
            [i + 1, c, new_corp(), "該当なし", "" if i != 2 else "代表者交代（2025/04）"]
            for i, c in enumerate(_cos)]},
    }],
    entities=["JP_CORPORATE_NUMBER"], detectors=["confidential_marking"],
    note="社外秘 in the workbook's title row and page header; the mail itself is unmarked",
)

add(
    id="detective-084", expect="pass", charset="iso-2022-jp",
    sender=frm("makabe"),
    to=["法務部 新井 麻里子 <m.arai@tokiwa-pharma.co.jp>"],
    subject="業務委託基本契約および秘密保持契約（案）のご送付",
    body=f"""常盤製薬株式会社
法務部 新井様

お世話になっております。日の出リスクリサーチの真壁です。
来年度の業務委託基本契約の更新にあわせ、秘密保持契約書（案）をお送りいたします。
個人情報の取扱いに関する条項（第7条）は、前回ご指摘いただいた再委託先の管理について
追記しております。ご確認のほどよろしくお願いいたします。
{sig("makabe")}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_常盤製薬様.docx", "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）",
                       "常盤製薬株式会社（以下「甲」）と日の出リスクリサーチ株式会社（以下「乙」）は、"
                       "甲が乙に委託する調査業務に関し、以下のとおり秘密保持契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示した技術上・営業上の情報、"
                       "及び調査の過程で乙が知り得た個人情報をいう。",
                       "第2条（秘密保持義務）乙は秘密情報を第三者に開示してはならない。",
                       "第7条（個人情報の取扱い）乙は、再委託先に対しても本契約と同等の義務を課し、"
                       "その管理状況を甲に報告する。",
                       "第10条（有効期間）本契約の有効期間は締結日から1年とし、自動更新する。"],
    }],
    entities=[], detectors=[],
    note="an NDA draft about confidential information, not a document classified confidential",
)

_corp = new_corp()
add(
    id="detective-085", expect="stop", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["新規取引審査G <shinsa-g@midori-ginkou.co.jp>"],
    subject="法人照会結果（株式会社テンザン開発）",
    body=f"""みどり銀行 コンプライアンス統括部 新規取引審査G 御中

日の出リスクリサーチの榎本です。
ご依頼の法人照会について、結果をお知らせします。

　法人名：株式会社テンザン開発
　法人番号：{_corp}
　本店：静岡県沼津市大手町3-6-9
　判定：該当なし（代表者・役員3名も該当なし）

よろしくお願いいたします。
{sig("enomoto", 2)}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=["lookalike_domain"],
    note="partner bank midori-ginko.co.jp misspelt midori-ginkou.co.jp (letter added)",
)

_p = person(1988, 1993)
add(
    id="detective-086", expect="stop", charset="utf-8",
    sender=frm("kuji"),
    to=["蓮見 亜希子 <a.hasumi@kawasaki-denki.co.jp>"],
    subject="FW: 【ニュースアラート】継続モニタリング対象者のヒット",
    body=f"""蓮見様

久慈です。内定者の継続モニタリングで、下記のニュースがヒットしました。
氏名・年齢・居住地が内定者の{_p['name']}様と一致しております。
取り急ぎ転送いたします。対応についてご相談させてください。

---------- Forwarded message ---------
From: NewsWatch Alert <alert@newswatch-service.jp>
Subject: [アラート] キーワード「{_p['name']}」

■地方ニュース（2025/09/21 18:04）
「飲食店で口論、客の男を傷害容疑で逮捕」
{_p['pref']}警察は21日、飲食店で他の客を殴り、軽傷を負わせたとして、傷害の疑いで
{_p['city']}の会社員、{_p['name']}容疑者（{2025 - _p['y']}）を逮捕した。
調べに対し「酔っていて覚えていない」と供述しているという。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded news alert tying a named hire to an arrest, sent to the client's HR",
)

_c = people(5, 1989, 2000)
add(
    id="detective-087", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>"],
    subject="Re: 今週分の進捗を教えてください",
    body=f"""花房様

久慈です。今週分の進捗は以下のとおりです。

　氏名　　　　　　生年月日　　　携帯　　　　　　　状況
""" + "\n".join(
        f"　{p['name']}{'　' * (7 - len(p['name']))}{p['dob']}　{p['tel']}　{st}"
        for p, st in zip(_c, ["完了（問題なし）", "完了（問題なし）", "前職回答待ち", "本人に在籍証明の提出依頼中", "着手前（同意書未着）"])) + f"""

同意書が未着の方は、ご本人の携帯に弊社から連絡してもよろしいでしょうか。

{sig("kuji", 2)}
> 久慈様
> 今週分の5名の進捗を教えていただけますか。部長に報告が必要でして。
> 星見商事 花房
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only the question is quoted; the new answer lists five candidates with DOB and mobile",
)

_c = people(10, 1970, 2000)
add(
    id="detective-088", expect="stop", charset="iso-2022-jp",
    sender=frm("ukai"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="ハラスメント調査 ヒアリング対象者一覧（Word）",
    body=f"""黒崎先生

鵜飼です。大阪工場のハラスメント調査について、ヒアリング対象者10名の一覧を
Wordでお送りします。工場総務からいただいた連絡先を転記しています。
{sig("ukai", 2)}""",
    attachments=[{
        "kind": "docx", "name": "ヒアリング対象者一覧.docx", "title": "ヒアリング対象者一覧",
        "paragraphs": ["ヒアリング対象者一覧（大阪工場）", "作成：日の出リスクリサーチ 2025/09/10"],
        "tables": [[["No", "氏名", "所属", "内線", "携帯", "区分"]] + [
            [str(i + 1), p["name"], rng.choice(["製造1課", "製造2課", "品質保証課", "総務課", "物流課"]),
             f"内線{rng.randint(2100, 2899)}", p["tel"],
             "申告者" if i == 0 else ("行為者とされる者" if i == 1 else "目撃者")]
            for i, p in enumerate(_c)]],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of ten employees with mobile numbers for a harassment inquiry, to a law firm",
)

_off = people(6, 1950, 1980)
_titles = ["代表取締役社長", "専務取締役", "取締役（管理本部長）", "取締役（営業本部長）", "社外取締役", "常勤監査役"]
add(
    id="detective-089", expect="either", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=["桐生 慎也 <kiryu@kitaguni-foods.co.jp>"],
    subject="ハルノ乳業 経営陣の報道検索結果",
    body=f"""桐生様

諸岡です。ハルノ乳業の経営陣6名について、報道・Web検索を実施しました。
氏名・役職は同社Webサイトの役員一覧によります。

""" + "\n".join(f"　{t}{'　' * (11 - len(t))}{p['name']}　…　ネガティブ報道なし" for t, p in zip(_titles, _off)) + f"""

いずれも同姓同名の別人の記事を除き、該当はございませんでした。
{sig("morooka", 2)}""",
    entities=["PERSON_NAME"], detectors=[],
    note="six officers' public names and titles with a search result: business data or a people list?",
)

add(
    id="detective-090", expect="pass", charset="utf-8",
    sender=frm("kira"),
    to=["Emily Carter <emily.carter@vantara-tech.com>"],
    subject="Education verification completed - candidate VT-0193",
    body=f"""Dear Emily,

We have completed the education verification for candidate VT-0193.

  Candidate:     Daniel Whitmore
  Date of birth: 14 August 1991
  Claimed:       MSc Information Systems, Kyoto Institute of Informatics (2016)
  Verified:      Yes - degree conferred September 2016, confirmed by the registrar
                 in writing on 22 September 2025

No discrepancies were found. The registrar's letter is on file and can be provided on
request. The employment verification for the same candidate is still in progress.
{sig("kira", 3)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one candidate's degree verification with DOB to the client: single person, may warn",
)

_c = people(5, 1960, 1990)
_banks = [("みどり銀行", "浅草橋支店"), ("東和信用金庫", "本店営業部"), ("ゆうちょ銀行", "〇一八店"),
          ("さつき銀行", "駅前支店"), ("みどり銀行", "豊中支店")]
add(
    id="detective-091", expect="stop", charset="shift_jis",
    sender=frm("ukai"),
    to=["中川 沙耶 弁護士 <nakagawa@nagisa-law.jp>"],
    subject="債務者の預金口座 判明分（差押え申立て用）",
    body=f"""中川先生

鵜飼です。ご依頼の債務者5名について、判明した預金口座をお知らせします。
申立書にそのまま使えるよう、CSV形式で貼り付けます。

債務者名,住所,金融機関,支店,種別,口座番号
""" + "\n".join(
        f"{p['name']},{p['addr_s']},{_banks[i][0]},{_banks[i][1]},普通,{rng.randint(1000000, 9999999)}"
        for i, p in enumerate(_c)) + f"""

口座の残高までは判明しておりません。
{sig("ukai", 2)}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="comma-separated list of five debtors' bank accounts and addresses to a law firm",
)

_t = tracking_number()
add(
    id="detective-092", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["秋月 隼人 <akizuki@marukawa-kensetsu.co.jp>"],
    subject="報告書原本の発送（甘粕様分）",
    body=f"""秋月様

久慈です。甘粕様分の調査報告書原本を、本日宅急便で発送いたしました。

　お問い合わせ伝票番号：{_t}
　お届け予定：9月26日（金）午前中

到着しましたら、受領書にご署名のうえご返送ください。
{sig("kuji", 2)}""",
    entities=[], detectors=[],
    note="a bare surname and a 12-digit parcel tracking number; no personal data",
)

_c = people(3, 1985, 1998)
add(
    id="detective-093", expect="stop", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["採用担当 <saiyo@kaede-hd.co.jp>"],
    subject="9月第3週 完了分の報告書（3名分）",
    body=f"""楓ホールディングス 人事部 採用担当 御中

久慈です。9月第3週に完了した3名分の報告書をZIPにまとめてお送りします。
そのうち1名については特記事項がございます。報告書をご確認ください。
{sig("kuji", 2)}""",
    attachments=[{
        "kind": "zip", "name": "報告書_9月第3週.zip",
        "files": [
            {"kind": "docx", "name": f"HR-2509{51 + i}_{p['sei']}.docx",
             "paragraphs": [f"調査報告書（HR-2509{51 + i}）", f"氏名：{p['name']}", f"生年月日：{p['dob_jp']}",
                            "学歴：申告どおり", "職歴：申告どおり",
                            ("報道：2020年2月、窃盗（万引き）容疑で逮捕された旨の記事あり（同年3月に起訴猶予）。"
                             if i == 1 else "報道：該当なし"),
                            "反社チェック：該当なし"]}
            for i, p in enumerate(_c)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP of three DOCX reports; one records a candidate's arrest",
)

_p = person(1990, 1996)
add(
    id="detective-094", expect="pass", charset="iso-2022-jp",
    sender=frm("kuji"),
    to=["花房 由紀 <y.hanafusa@hoshimi-shoji.co.jp>"],
    cc=["エージェント 森 <mori@career-bridge.co.jp>"],
    subject="【調査完了】{}様（経歴確認）".format(_p["name"]),
    body=f"""花房様
（cc：キャリアブリッジ 森様）

お世話になっております。日の出リスクリサーチの久慈です。
ご紹介いただいた{_p['name']}様（{_p['dob']}生）の経歴確認が完了しました。
学歴・職歴とも申告どおりで、特記事項はございません。

森様から、内定通知の日程調整のため結果を共有してほしいとのご要望がありましたので、
花房様のご了承のうえでccに入れております。
{sig("kuji", 2)}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "multiple_external_domains"],
    note="client and its recruiting agency (two external organisations), one candidate's name and DOB",
)

_p = person(1972, 1980)
_card = new_card()
add(
    id="detective-095", expect="stop", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["黒崎 隆 弁護士 <kurosaki@kurosaki-sogo-law.jp>"],
    subject="法人カード私的利用の疑い（利用明細の照合結果）",
    body=f"""黒崎先生

橘です。経理課長の法人カード私的利用の件、利用明細の照合結果をご報告します。

　カード名義：{_p['romaji'].upper()}（{_p['name']}）
　カード番号：{_card}
　照合期間：2024年4月～2025年8月

・家電量販店での購入 23件（計1,842,300円）：業務との関連を示す稟議・納品記録なし
・都内ホテルの宿泊 11件（計506,000円）：すべて休日、出張記録なし
・ネット通販 47件（計733,910円）：配送先が同氏の自宅

詳細は別添の明細照合表にまとめております（明日お送りします）。
{sig("tachibana", 2)}""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full card number and its holder in an investigation update to a law firm",
)

_card = new_card()
add(
    id="detective-096", expect="pass", charset="iso-2022-jp",
    sender=frm("tachibana"),
    to=["尾花 大輔 <d.obana@hinode-sangyo.co.jp>"],
    subject="法人カードの利用停止のお願い（紛失）",
    body=f"""尾花さん

橘です。昨夜、熊本出張中に法人カードを紛失しました。申し訳ありません。
カード会社への利用停止の連絡をお願いできますでしょうか。

　名義：SOICHIRO TACHIBANA
　カード番号：{_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
　最終利用：9/24 20:15頃 熊本市内のコンビニ

警察には遺失届を出しました（受理番号は後ほど）。
橘
""",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=[],
    note="a card number, but the mail goes only to the internal accounting colleague",
)

_c = people(5, 1965, 1995, _FUKUOKA)
_rows_txt = "\n".join(f"{i + 1}. {p['name']}／{p['dob']}／{p['addr']}" for i, p in enumerate(_c))
_rows_html = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['dob']}</td><td>{p['addr']}</td></tr>"
                     for i, p in enumerate(_c))
add(
    id="detective-097", expect="stop", charset="utf-8",
    sender=frm("tachibana"),
    to=["中島 浩二 <nakajima@kyushu-research.jp>"],
    subject="居住確認のご依頼（福岡・北九州 5件）",
    body=f"""中島様

橘です。下記5名の居住確認（表札・郵便受け・外観写真）をお願いします。

{_rows_txt}

報告は10/3までにお願いします。
橘
""",
    html=f"""<html><body>
<p>中島様</p>
<p>橘です。下記5名の居住確認（表札・郵便受け・外観写真）をお願いします。</p>
<table border="1" cellpadding="3"><tr><th>No</th><th>氏名</th><th>生年月日</th><th>住所</th></tr>
{_rows_html}</table>
<p>報告は10/3までにお願いします。<br>橘</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="text+HTML mail listing five people with DOB and address to a subcontractor",
)

_p = person(1968, 1978)
add(
    id="detective-098", expect="either", charset="iso-2022-jp",
    sender=frm("enomoto"),
    to=["shinsa-g@midori-ginko.co.jp"],
    subject="要精査案件の結果（管理番号 BK-0827-014）",
    body=f"""新規取引審査G ご担当者様

榎本です。要精査としていた管理番号 BK-0827-014 の結果をご報告します。

　氏名：{_p['name']}（{_p['y']}年生）
　所属：株式会社ヤマブキ興産 取締役

過去の報道および弊社独自DBの情報から、同氏は指定暴力団傘下組織の
構成員（企業舎弟）と認められます。同社との取引はお控えいただくことを推奨いたします。

詳細は明日、担当より電話にてご説明いたします。
{sig("enomoto", 2)}""",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="one person identified as a gang member: not an APPI 要配慮 item as such, but close to it",
)

_idn = "kitaguni-f\u043e\u043eds.co.jp".encode("idna").decode("ascii")
add(
    id="detective-099", expect="stop", charset="iso-2022-jp",
    sender=frm("morooka"),
    to=[f"桐生 慎也 <kiryu@{_idn}>"],
    subject="中間報告会の資料について",
    body=f"""北国フーズ株式会社
経営企画部 桐生様

諸岡です。10/8の中間報告会の資料は、前日までにお送りする予定です。
当日は弊社から3名（諸岡・吉良・橘）で伺います。
プロジェクターのご用意をお願いできますでしょうか。
{sig("morooka", 2)}""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain is an IDN homoglyph of kitaguni-foods.co.jp (Cyrillic о)",
)

add(
    id="detective-100", expect="pass", charset="utf-8",
    sender=frm("kira"),
    to=["Erik Lindqvist <erik.lindqvist@lindqvist-partners.com>"],
    subject="Working arrangements for the Osaka matter",
    body=f"""Dear Erik,

Thank you for the signed engagement letter. To make the next few weeks run smoothly,
here is how we propose to work:

1. Instructions. Please send new names or scope changes to me, copying our desk
   address (intl-desk@hinode-sangyo.co.jp). We will confirm each instruction in writing
   within one business day.
2. Sources. We rely on public records (commercial and real-estate registers, court
   records where accessible, the official gazette), Japanese and English media, and
   discreet source enquiries. We do not obtain telephone, bank or medical records, and
   we do not use pretexting.
3. Reports. Interim findings by e-mail in summary form only; full reports through our
   secure portal. Portal accounts will be created for you and your associate.
4. Data handling. Personal data is held in Japan, deleted 12 months after the matter
   closes unless you instruct otherwise, and never shared with other clients.
5. Billing. Monthly in arrears, in JPY, against the estimate (JPY 2.4m) agreed on
   28 August; we will flag any overrun before it occurs.

I look forward to working with you.
{sig("kira", 3)}{DISC_EN}""",
    entities=[], detectors=[],
    note="English process mail to a foreign law firm with the standard disclaimer",
)
