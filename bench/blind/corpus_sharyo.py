"""Blind corpus, area *sharyo*: company vehicle fleet management at 日の出産業.

Mail of 総務部 車両管理課 (the fleet desk), 安全運転管理者, 人事 and 経理 about the company's
cars and the people who drive them: driver registers and licence checks, the leasing
company (東和オートリース), the fleet insurer and its agent, traffic accidents and their
aftermath, the legally required alcohol checks, parking and 車庫証明, fuel and ETC cards,
rental cars for business trips, telematics vendors, driving schools and 業務委託 drivers.
Every person, number, address, plate and organisation other than those named in BRIEF.md
is invented; the file was written blind, from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 41601

# -- small helpers for inventing plausible data ----------------------------------------

_ZEN = str.maketrans("0123456789-:/.()", "０１２３４５６７８９－：／．（）")
_ZEN_ISO = str.maketrans("0123456789-:/.()", "０１２３４５６７８９−：／．（）")


def _zen(s: str, iso: bool = False) -> str:
    """full-width digits; for ISO-2022-JP mail the hyphen must be U+2212."""
    return s.translate(_ZEN_ISO if iso else _ZEN)


def _license(pref: int, year: int, serial: int, reissue: int = 0) -> str:
    """12-digit 運転免許証番号: 公安委員会, year of first licence, serial, check, reissue."""
    base = f"{pref:02d}{year % 100:02d}{serial:06d}"
    r = sum(int(d) * w for d, w in zip(base, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return base + str(0 if r <= 1 else (11 - r) % 10) + str(reissue)


def _corp(base12: str) -> str:
    """13-digit 法人番号 with its leading check digit."""
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base12)))
    return str(9 - total % 9) + base12


def _wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{e}{ey}.{m}.{d}"
    if style == 2:
        return _zen(f"{era}{ey}年{m}月{d}日")
    return _zen(f"{e}{ey}.{m}.{d}")


_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("柴田", "シバタ", "Shibata"), ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"),
    ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"),
    ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"), ("河野", "コウノ", "Kono"),
    ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"), ("千葉", "チバ", "Chiba"),
    ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"), ("大西", "オオニシ", "Onishi"),
    ("鬼頭", "キトウ", "Kito"), ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("纐纈", "コウケツ", "Koketsu"), ("薬袋", "ミナイ", "Minai"), ("四十万", "シジマ", "Shijima"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("九十九", "ツクモ", "Tsukumo"), ("栗花落", "ツユリ", "Tsuyuri"), ("忽那", "クツナ", "Kutsuna"),
    ("帷子", "カタビラ", "Katabira"), ("鴨志田", "カモシダ", "Kamoshida"), ("釘宮", "クギミヤ", "Kugimiya"),
    ("轟", "トドロキ", "Todoroki"), ("我孫子", "アビコ", "Abiko"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("八月一日", "ホズミ", "Hozumi"), ("猪股", "イノマタ", "Inomata"), ("舎人", "トネリ", "Toneri"),
]
_MEI = [
    ("健一", "ケンイチ", "Kenichi", "M"), ("誠", "マコト", "Makoto", "M"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("翔太", "ショウタ", "Shota", "M"), ("拓也", "タクヤ", "Takuya", "M"), ("直樹", "ナオキ", "Naoki", "M"),
    ("亮", "リョウ", "Ryo", "M"), ("剛", "ツヨシ", "Tsuyoshi", "M"), ("浩二", "コウジ", "Koji", "M"),
    ("隆", "タカシ", "Takashi", "M"), ("和也", "カズヤ", "Kazuya", "M"), ("達也", "タツヤ", "Tatsuya", "M"),
    ("修", "オサム", "Osamu", "M"), ("哲也", "テツヤ", "Tetsuya", "M"), ("勇気", "ユウキ", "Yuki", "M"),
    ("慎吾", "シンゴ", "Shingo", "M"), ("雅人", "マサト", "Masato", "M"), ("康弘", "ヤスヒロ", "Yasuhiro", "M"),
    ("大樹", "ダイキ", "Daiki", "M"), ("英明", "ヒデアキ", "Hideaki", "M"), ("光男", "ミツオ", "Mitsuo", "M"),
    ("恵", "メグミ", "Megumi", "F"), ("陽子", "ヨウコ", "Yoko", "F"), ("美咲", "ミサキ", "Misaki", "F"),
    ("由美", "ユミ", "Yumi", "F"), ("真理子", "マリコ", "Mariko", "F"), ("彩", "アヤ", "Aya", "F"),
    ("香織", "カオリ", "Kaori", "F"), ("智子", "トモコ", "Tomoko", "F"), ("春菜", "ハルナ", "Haruna", "F"),
    ("綾乃", "アヤノ", "Ayano", "F"), ("沙織", "サオリ", "Saori", "F"), ("直美", "ナオミ", "Naomi", "F"),
]
# (postal code, address up to the town, 公安委員会 code, area code of a home phone)
_PLACES = [
    ("144-0052", "東京都大田区蒲田", 30, "03"), ("176-0012", "東京都練馬区豊玉北", 30, "03"),
    ("183-0022", "東京都府中市宮西町", 30, "042"), ("192-0904", "東京都八王子市子安町", 30, "042"),
    ("132-0035", "東京都江戸川区平井", 30, "03"), ("223-0061", "神奈川県横浜市港北区日吉", 45, "045"),
    ("211-0063", "神奈川県川崎市中原区小杉町", 45, "044"), ("252-0231", "神奈川県相模原市中央区相生", 45, "042"),
    ("330-0063", "埼玉県さいたま市浦和区高砂", 43, "048"), ("350-1123", "埼玉県川越市脇田本町", 43, "049"),
    ("273-0005", "千葉県船橋市本町", 44, "047"), ("260-0013", "千葉県千葉市中央区中央", 44, "043"),
    ("270-0034", "千葉県松戸市新松戸", 44, "047"), ("310-0015", "茨城県水戸市宮町", 40, "029"),
    ("320-0811", "栃木県宇都宮市大通り", 41, "028"), ("460-0008", "愛知県名古屋市中区栄", 53, "052"),
    ("532-0011", "大阪府大阪市淀川区西中島", 62, "06"), ("564-0051", "大阪府吹田市豊津町", 62, "06"),
    ("650-0021", "兵庫県神戸市中央区三宮町", 63, "078"), ("980-0811", "宮城県仙台市青葉区一番町", 22, "022"),
]
_BUILD = ["", "", "", "", "", " コーポ桜202", " メゾン緑ヶ丘305", " ハイツ若葉101", " パークサイド東407",
          " グランシャトー1203", " 第二平和荘2F", " サンライズ本町603"]
_DEPTS = ["営業1課", "営業2課", "配送課", "サービス課", "技術部", "総務部", "施設管理課", "北関東営業所",
          "横浜営業所", "千葉営業所", "品質保証部", "資材部"]


def person(i: int, near: str = "") -> dict:
    """a deterministic invented person, numbered i; living in the Tokyo area unless `near`
    names a prefecture."""
    r = random.Random(f"{SEED}-person-{i}")
    sei = _SEI[r.randrange(len(_SEI))]
    mei = _MEI[r.randrange(len(_MEI))]
    pool = [p for p in _PLACES if p[1].startswith(near)] if near else _PLACES[:15]
    postal, town, pref, area = pool[r.randrange(len(pool))]
    y, m, d = r.randint(1963, 2001), r.randint(1, 12), r.randint(1, 28)
    first = r.randint(max(y + 18, 1982), 2022)
    lic = _license(pref, first, r.randint(1000, 999999), r.choice((0, 0, 0, 1, 2)))
    mob = f"{r.choice(('090', '080', '070'))}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    home = f"{area}-{r.randint(100, 9999) if len(area) == 3 else r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    if len(area) == 2:
        home = f"{area}-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
    else:
        home = f"{area}-{r.randint(200, 899)}-{r.randint(1000, 9999)}"
    addr = f"{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}番{r.randint(1, 20)}号{r.choice(_BUILD)}"
    addr2 = f"{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}{r.choice(_BUILD)}"
    ey = r.randint(2026, 2030)
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2]}",
        "sex": "男" if mei[3] == "M" else "女", "birth": (y, m, d),
        "dob": f"{y}/{m:02d}/{d:02d}", "dob_h": f"{y}-{m:02d}-{d:02d}",
        "postal": postal, "addr": addr, "addr2": addr2, "mobile": mob, "home": home,
        "license": lic, "lic_exp": f"{ey}/{m:02d}/{d:02d}", "lic_exp_w": _wareki(ey, m, d),
        "color": r.choice(("ゴールド", "ゴールド", "ブルー", "ブルー", "グリーン")),
        "lic_type": r.choice(("普通", "普通", "普通", "普通", "普通", "準中型", "中型", "大型")),
        "emp": f"{r.choice((1, 2))}{r.randint(0, 99999):05d}",
        "dept": r.choice(_DEPTS), "mail_user": f"{sei[2].lower()}.{mei[2][0].lower()}",
        "age": 2025 - y,
    }


def _w(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(rows: list[list[str]], fill: str = " ", gap: int = 2, rule: str = "-") -> str:
    """a plain-text table as people paste it: padded columns, a rule under the header."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    unit = 2 if fill == "\u3000" else 1
    out = []
    for n, row in enumerate(rows):
        cells = []
        for i, c in enumerate(row):
            c = str(c)
            pad = (widths[i] - _w(c)) // unit + (gap if i < len(row) - 1 else 0)
            cells.append(c + (fill * pad if i < len(row) - 1 else ""))
        out.append("".join(cells).rstrip())
        if n == 0:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)) if rule != "\u2015"
                       else rule * ((sum(widths) + gap * (len(widths) - 1)) // 2))
    return "\n".join(out)


def P(*ids: int, near: str = "") -> list[dict]:
    return [person(i, near) for i in ids]


DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""


def sig(name: str, mail: str, dept: str = "総務部 車両管理課", tel: str = "03-5403-7710") -> str:
    return (f"\n--\n日の出産業株式会社\n{dept}\n{name}\n〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F\n"
            f"TEL {tel} / FAX 03-5403-7719\n{mail}@hinode-sangyo.co.jp\n")


MESSAGES: list[dict] = []

# ======================================================================================
# 001-020
# ======================================================================================

_p = P(*range(101, 109))
MESSAGES.append({
    "id": "sharyo-001",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "新規リース車両の使用者登録について",
    "body": f"""東和オートリース株式会社
法人営業部 戸川様

いつもお世話になっております。
日の出産業 車両管理課の水野です。

10月納車予定の新規リース車両（プロボックス 4台）について、
使用者登録の対象者を下記のとおりお知らせいたします。
付帯の自動車保険の年齢条件（26歳以上）の確認にもご利用ください。

{_pad([["氏名", "所属", "携帯電話", "免許種別", "有効期限"]] + [[p["name"], p["dept"], p["mobile"], p["lic_type"], p["lic_exp"]] for p in _p])}

以上8名です。納車前に改めて車両ごとの割当をご連絡いたします。
ご不明点がございましたらご連絡ください。

よろしくお願いいたします。
{sig("水野 さやか", "mizuno.s")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 drivers with mobile numbers and licence data in a padded plain-text list to the leasing company",
})

MESSAGES.append({
    "id": "sharyo-002",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "リース満了車両の再リース見積のお願い",
    "body": """東和オートリース株式会社
法人営業部 戸川 様

平素より大変お世話になっております。
日の出産業の宇佐美でございます。

来年３月に契約満了を迎える下記車両につきまして、
再リース（１年）と新車入替（５年）の両方でお見積りをお願いできますでしょうか。

  契約番号       登録番号            車種                満了日
  --------------------------------------------------------------------
  TL-2020-0418   品川 500 さ 12-34   トヨタ プロボックス  2026/03/31
  TL-2020-0419   品川 500 さ 12-35   トヨタ プロボックス  2026/03/31
  TL-2020-0422   品川 400 す 87-01   日産 NV200           2026/03/31
  TL-2021-0107   横浜 500 ね 45-90   ホンダ N-VAN         2026/03/31

なお、入替の場合はハイブリッド車を優先して検討したいと考えております。
走行距離の実績は別途お送りした月次報告（９月分）をご参照ください。

お忙しいところ恐縮ですが、１１月中旬までにいただけますと幸いです。
何卒よろしくお願い申し上げます。

――――――――――――――――――――――
日の出産業株式会社
総務部 車両管理課 課長　宇佐美 浩
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL 03-5403-7710（代表） FAX 03-5403-7719
――――――――――――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quote request listing lease contracts and vehicles only; no people's data",
})

_p3 = person(301)
MESSAGES.append({
    "id": "sharyo-003",
    "charset": "utf-8",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["みなと健診クリニック 産業保健窓口 <sangyo@minato-clinic.or.jp>"],
    "subject": "【ご相談】配送課ドライバーの乗務可否について",
    "body": f"""みなと健診クリニック
産業医 篠原先生

いつも大変お世話になっております。
日の出産業 総務部（安全運転管理者）の津村です。

配送課所属のドライバーについて、乗務継続の可否をご相談させてください。

　氏名：{_p3["name"]}（{_p3["kana"]}）
　生年月日：{_wareki(*_p3["birth"])}
　所属：配送課（2トン車 常務）

先月の定期健康診断後の精密検査で「重症の睡眠時無呼吸症候群（AHI 42）」と診断され、
現在 CPAP 治療を開始したところと本人から申告がありました。
本人は日中の眠気は改善していると話しておりますが、
治療開始から２週間程度のため、当面は構内作業に限定しております。

乗務再開の目安や、主治医の意見書で確認すべき点についてご助言いただけますでしょうか。
次回の面談（11/12 14:00〜）でご相談できれば幸いです。

よろしくお願いいたします。
{sig("津村 修一", "tsumura.s", "総務部 安全運転管理者")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named driver's sleep-apnoea diagnosis (medical, 要配慮) sent to an outside clinic",
})

_p4 = person(401)
MESSAGES.append({
    "id": "sharyo-004",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "事故受付番号 A25-118803 運転者情報のご連絡",
    "body": f"""あおい損害保険株式会社
東京損害サービス第二課　三宅様

お世話になっております。日の出産業の森下です。
昨日お電話でご報告した物損事故（駐車場内での接触）について、
ご依頼のありました運転者の情報をお送りします。

【運転者】
氏名　　　　：{_p4["name"]}
生年月日　　：{_p4["dob"]}
住所　　　　：〒{_p4["postal"]} {_p4["addr"]}
連絡先　　　：{_p4["mobile"]}
運転免許証　：第{_p4["license"]}号（{_p4["color"]}・{_p4["lic_type"]}）
有効期限　　：{_p4["lic_exp_w"]}まで

【車両】品川 300 と 56-12（トヨタ カローラ ツーリング）
【発生】10月21日 9時40分頃　千葉市美浜区 商業施設駐車場内

相手方車両の修理見積は届き次第転送いたします。
よろしくお願いいたします。
{sig("森下 圭吾", "morishita.k")}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number with birth date and home address sent to the insurer",
})

_p5 = P(*range(501, 513))
_alc5 = ["0.00", "0.00", "0.00", "0.00", "0.05", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]
MESSAGES.append({
    "id": "sharyo-005",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["宇佐美 浩 <usami.h@hinode-sangyo.co.jp>", "原口 誠 <haraguchi.m@mail.hinode-sangyo.co.jp>"],
    "subject": "横浜営業所 10/28 アルコールチェック記録（要確認1件）",
    "body": "宇佐美課長、原口所長\n\nお疲れさまです。津村です。\n"
            "横浜営業所の10/28 乗務前アルコールチェック結果です（Excelからの貼り付け）。\n"
            f"{_p5[4]['sei']}さんの分が0.05で、10分後の再検査→0.00でしたので、念のため共有します。\n\n"
            "日付\t氏名\t確認方法\t確認者\t検知値(mg/L)\t車両\n"
            + "\n".join(f"2025/10/28\t{p['name']}\t対面\t原口\t{a}\t横浜 480 ね {10 + i:02d}-{(31 + 7 * i) % 90 + 10}"
                        for i, (p, a) in enumerate(zip(_p5, _alc5)))
            + "\n\n記録簿は1年保存で営業所キャビネットに保管しています。\n\n津村\n",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "alcohol-check log of 12 drivers, but every recipient is internal (incl. mail. subdomain)",
})

_p6 = P(*range(601, 611))
MESSAGES.append({
    "id": "sharyo-006",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["日本フューエルカード 法人サポート <support@nf-card.co.jp>"],
    "subject": "カード使用者登録変更（CSV添付）",
    "body": """日本フューエルカード株式会社
法人サポートデスク ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の大谷と申します。

お客様番号 NF-0033172 の給油カードにつきまして、
人事異動に伴う使用者登録の変更をお願いいたします。
変更後の使用者一覧を CSV で添付しましたのでご確認ください。
（カード番号は下4桁のみ記載しております）

反映予定日をご返信いただけますと助かります。
よろしくお願いいたします。

日の出産業株式会社 経理部 大谷 由香
TEL 03-5403-7720
""",
    "attachments": [{
        "kind": "csv", "name": "fuelcard_users_202511.csv", "encoding": "cp932",
        "rows": [["カード下4桁", "使用者氏名", "フリガナ", "社員番号", "所属", "携帯電話", "メールアドレス"]]
        + [[f"{(4 + i * 731) % 10000:04d}", p["name"], p["kana"], p["emp"], p["dept"], p["mobile"],
            f"{p['mail_user']}@hinode-sangyo.co.jp"] for i, p in enumerate(_p6)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 10 card users with mobile and mail addresses to the fuel-card company",
})

_c7 = card_number(SEED + 0)
MESSAGES.append({
    "id": "sharyo-007",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["日本フューエルカード 法人サポート <support@nf-card.co.jp>"],
    "subject": "給油カード紛失による利用停止・再発行のお願い",
    "body": f"""日本フューエルカード株式会社
法人サポートデスク ご担当者様

お世話になっております。日の出産業 経理部の大谷です。

本日、営業部の松井より給油カード紛失の報告がありましたので、
至急、下記カードの利用停止と再発行をお願いいたします。

　カード番号　：{_c7[:4]} {_c7[4:8]} {_c7[8:12]} {_c7[12:]}
　有効期限　　：08/28
　カード使用者：営業部　松井 達也
　登録車両　　：品川 500 さ 12-35
　紛失日時　　：11月4日 夕方頃（外出先で紛失、警察へ遺失届提出済み）

再発行カードは本社 総務部 車両管理課宛にご送付ください。
お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社　経理部　大谷 由香
TEL 03-5403-7720
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full payment-card number of a fuel card (Luhn-valid) sent by mail",
})

MESSAGES.append({
    "id": "sharyo-008",
    "charset": "iso-2022-jp",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター 佐久間様 <sakuma@aoba-unyu.jp>"],
    "subject": "共同配送トラックの夜間駐車スペースについて",
    "body": """青葉運輸株式会社
配車センター　佐久間様

いつもお世話になっております。日の出産業の森下です。

12月から始まる共同配送の件で、御社トラック２台の夜間駐車スペースについてご連絡です。
弊社 川崎物流センターの第２駐車場（大型２枠）を確保いたしました。

・利用時間：20:00〜翌7:00
・入退場：守衛所で車両番号をお伝えください
・鍵の貸し出しはございません

車両番号が確定しましたら、お手数ですがお知らせください。
よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課 森下
TEL 03-5403-7710
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner 青葉運輸 is aoba-unyu.co.jp; aoba-unyu.jp (co. dropped) is a look-alike",
})

MESSAGES.append({
    "id": "sharyo-009",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>", "戸川 様 <togawa@towa-autolease.co.jp>",
           "港北モータース 長尾 様 <nagao@kohoku-motors.co.jp>"],
    "subject": "品川300と5612 修理・代車手配の打合せ日程",
    "body": """関係各位

お世話になっております。日の出産業 車両管理課の森下です。

先日の接触事故（事故受付番号 A25-118803）で損傷した
カローラツーリング（品川 300 と 56-12）の修理について、
保険会社様・リース会社様・整備工場様で一度打合せをさせていただきたく存じます。

候補日時：
　11/10（月）10:00〜11:00
　11/11（火）15:00〜16:00
　11/13（木）13:30〜14:30
場所：港北モータース様 工場（現車確認を兼ねて）

修理見積（概算 38万円）と、修理期間中の代車（リース会社様手配）の扱いについて
確認させていただければと思います。ご都合をお知らせください。

よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課
森下 圭吾 / TEL 03-5403-7710
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "insurer, leasing company and repair shop (three external organisations) all in To",
})

MESSAGES.append({
    "id": "sharyo-010",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["港北モータース 長尾 様 <nagao@kohoku-motors.co.jp>"],
    "cc": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "Re: 12月車検対象車両の入庫日程",
    "body": """港北モータース
長尾様

（CC：東和オートリース 戸川様）

お世話になっております。日の出産業の水野です。
12月車検の入庫日程、下記で確定とさせてください。

　12/2（火）　品川 500 さ 12-34　プロボックス　　引取 9:00
　12/2（火）　品川 500 さ 12-35　プロボックス　　引取 9:00
　12/9（火）　品川 400 す 87-01　ＮＶ２００　　　引取 13:00

代車は戸川様より各１台手配いただける旨、確認済みです。
引取時は本社地下駐車場 B2 の守衛にお声がけください。

費用はリース契約（メンテナンス付）でのご精算をお願いいたします。
よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課　水野
TEL 03-5403-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary scheduling with two external organisations (repair shop + leasing) in To/Cc",
})

_p11 = P(*range(1101, 1115))
MESSAGES.append({
    "id": "sharyo-011",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "フリート契約更改　運転者台帳のご送付",
    "body": """丸福保険サービス株式会社
宮坂様

いつもお世話になっております。
日の出産業 車両管理課の水野です。

来月のフリート契約更改に向けて、最新の運転者台帳をお送りいたします。
「運転者一覧」シートに今年度の登録者全員、
「車両割当」「講習受講歴」シートに補足情報をまとめております。

前年からの変更点は黄色のセルです。
内容をご確認のうえ、保険料試算をお願いできますでしょうか。

日の出産業株式会社 総務部 車両管理課 水野
TEL 03-5403-7710
""",
    "attachments": [{
        "kind": "xlsx", "name": "運転者台帳_2025年度.xlsx", "title": "運転者台帳",
        "sheets": {
            "運転者一覧": [["2025年度 社用車運転者台帳（2025年10月末現在）"], [],
                        ["No", "氏名", "フリガナ", "生年月日", "免許証番号", "種類", "色", "有効期限", "携帯"]]
            + [[i + 1, p["name"], p["kana"], p["dob"], p["license"], p["lic_type"], p["color"], p["lic_exp"],
                p["mobile"]] for i, p in enumerate(_p11)],
            "車両割当": [["車両割当表"], ["登録番号", "車種", "主運転者", "副運転者"]]
            + [[f"品川 500 さ {20 + i}-{40 + i}", "プロボックス", _p11[i]["name"], _p11[i + 7]["name"]]
               for i in range(7)],
            "講習受講歴": [["安全運転講習 受講歴"], ["氏名", "受講日", "講習名"]]
            + [[p["name"], f"2025/0{4 + i % 5}/1{i % 9}", "企業向け安全運転研修（実技）"] for i, p in enumerate(_p11[:9])],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX driver register (14 people: birth dates, licence numbers, mobiles) to the insurance agent",
})

_p12 = P(*range(1201, 1208))
_hist12 = ["高血圧（服薬中）", "なし", "2型糖尿病（インスリン使用）", "なし", "てんかん（発作なし5年）", "なし", "不整脈"]
MESSAGES.append({
    "id": "sharyo-012",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["首都圏交通安全センター 適性診断係 <tekisei@anzen-center.or.jp>"],
    "subject": "運転適性診断　受診者名簿の送付",
    "body": """一般財団法人 首都圏交通安全センター
適性診断係 御中

お世話になっております。
日の出産業株式会社 安全運転管理者の津村でございます。

11月20日（木）午後の運転適性診断（一般診断）の受診者名簿をPDFでお送りします。
事前にご提出を求められておりました既往症の欄も記入しております。

当日は受診者が各自、運転免許証を持参いたします。
どうぞよろしくお願いいたします。

日の出産業株式会社 総務部　津村 修一
TEL 03-5403-7711
""",
    "attachments": [{
        "kind": "pdf", "name": "適性診断_受診者名簿_1120.pdf", "title": "運転適性診断 受診者名簿",
        "lines": ["運転適性診断（一般診断）受診者名簿", "事業者名：日の出産業株式会社　受診日：2025年11月20日", ""],
        "table": [["No", "氏名", "性別", "生年月日", "年齢", "免許種類", "既往症・服薬"]]
        + [[str(i + 1), p["name"], p["sex"], _wareki(*p["birth"], 1), str(p["age"]), p["lic_type"], h]
           for i, (p, h) in enumerate(zip(_p12, _hist12))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF list of 7 examinees with birth dates and medical history (epilepsy, diabetes) to an outside centre",
})

MESSAGES.append({
    "id": "sharyo-013",
    "charset": "utf-8",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["パークス東日本 法人契約窓口 <contract@parks-higashi.co.jp>"],
    "subject": "各拠点近隣の月極駐車場 空き状況の確認",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>パークス東日本株式会社<br>法人契約窓口 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 車両管理課の水野です。</p>
<p>来年度の営業車増車に伴い、下記の御社管理駐車場で法人契約の空きがあるか確認させてください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>拠点</th><th>駐車場名</th><th>所在地</th><th>管理事務所TEL</th><th>希望台数</th></tr>
<tr><td>本社</td><td>パークス浜松町第3</td><td>東京都港区浜松町2-9-4</td><td>03-5401-2280</td><td>2</td></tr>
<tr><td>横浜営業所</td><td>パークス新横浜駅北</td><td>神奈川県横浜市港北区新横浜3-7-18</td><td>045-474-0912</td><td>3</td></tr>
<tr><td>千葉営業所</td><td>パークス千葉中央</td><td>千葉県千葉市中央区富士見2-11-1</td><td>043-221-6655</td><td>1</td></tr>
<tr><td>北関東営業所</td><td>パークス大宮西口</td><td>埼玉県さいたま市大宮区桜木町1-260</td><td>048-641-3370</td><td>2</td></tr>
<tr><td>川崎物流センター</td><td>パークス川崎南町</td><td>神奈川県川崎市川崎区南町15-2</td><td>044-233-8104</td><td>4</td></tr>
</table>
<p>ハイルーフ車（高さ2.0m）が2台含まれます。機械式は不可でお願いします。</p>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 車両管理課<br>水野 さやか<br>TEL 03-5403-7710</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of parking lots and their management-office numbers: a business list, not people",
})

MESSAGES.append({
    "id": "sharyo-014",
    "charset": "iso-2022-jp",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["山吹社労士事務所 山吹先生 <yamabuki@yamabuki-sr.jp>"],
    "subject": "車両管理規程 改定案のご確認",
    "body": """山吹社労士事務所
山吹先生

いつもお世話になっております。日の出産業 人事部の岸本です。

先日ご相談した車両管理規程の改定案がまとまりましたので、添付にてお送りします。
主な変更点は以下の３点です。

　１．アルコールチェック（検知器使用）の義務化に伴う記録・保存の規定
　２．私有車の業務使用（マイカー業務使用）の許可基準の厳格化
　３．事故時の懲戒・求償に関する条項の見直し

就業規則との整合性の観点からご意見をいただけますと幸いです。
来週中にお電話でお時間をいただけますでしょうか。

日の出産業株式会社 人事部 労務課　岸本 麻衣
TEL 03-5403-7705
""",
    "attachments": [{
        "kind": "docx", "name": "車両管理規程_改定案_v3.docx", "title": "車両管理規程（改定案）",
        "page_header": "社外秘　日の出産業株式会社",
        "paragraphs": ["【社外秘】", "車両管理規程（改定案 第3版）", "第1条（目的）",
                       "この規程は、会社が保有又は使用する車両の管理及び運行に関し必要な事項を定め、"
                       "交通事故の防止と業務の円滑な遂行を図ることを目的とする。",
                       "第12条（酒気帯びの確認）",
                       "安全運転管理者は、運転前後にアルコール検知器を用いて運転者の酒気帯びの有無を確認し、"
                       "その記録を1年間保存する。",
                       "第18条（私有車の業務使用）", "私有車の業務使用は、対人・対物無制限の任意保険に加入している者に限り許可する。",
                       "第25条（求償）", "故意又は重大な過失による事故の損害については、その一部を運転者に求償することがある。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached draft regulation stamped 社外秘 in its header and first line, sent outside",
})

MESSAGES.append({
    "id": "sharyo-015",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "事故報告書（A25-121145）の送付",
    "body": """あおい損害保険株式会社
三宅様

お世話になっております。日の出産業の森下です。
11/6 発生の追突事故につきまして、事故報告書一式を送付いたします。

添付ファイルはパスワード付きZIPです。
パスワードは別途メールにてお送りいたします。

よろしくお願いいたします。

日の出産業株式会社 車両管理課 森下
""",
    "attachments": [{
        "kind": "zip", "name": "事故報告書_A25-121145.zip", "password": "Hn2511#06",
        "files": [
            {"kind": "docx", "name": "事故報告書.docx",
             "paragraphs": ["事故報告書", "発生日時：2025年11月6日 18時10分頃", "場所：国道16号 相模原市中央区内",
                            "状況：信号待ち停車中の相手車両に追突"]},
            {"kind": "png", "name": "現場写真1.png"},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

_p16 = P(*range(1601, 1607))
_q16 = "\n".join(f"> {p['name']}　{p['mobile']}　免許期限 {p['lic_exp']}" for p in _p16)
MESSAGES.append({
    "id": "sharyo-016",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "Re: 代車利用者のご確認",
    "body": f"""戸川様

お世話になっております。水野です。
ご確認ありがとうございます。内容に相違ございません。
代車は12/2 9:00に本社B2へお持ちいただければ大丈夫です。

引き続きよろしくお願いいたします。
水野

2025/11/14 17:02、戸川 <togawa@towa-autolease.co.jp> のメール:
> 日の出産業株式会社
> 水野様
>
> いつもお世話になっております。東和オートリースの戸川です。
> 12月の車検期間中の代車利用者として、以前いただいた下記の方々で
> 登録しておりますが、変更はございませんでしょうか。
>
{_q16}
>
> 東和オートリース株式会社 法人営業部 戸川
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-person list is only in quoted text of the recipient's own mail; new text is a short reply",
})

_p17 = P(*range(1701, 1708), near="神奈川県")
MESSAGES.append({
    "id": "sharyo-017",
    "charset": "utf-8",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車センター 佐久間様 <sakuma@aoba-unyu.co.jp>"],
    "subject": "FW: 横浜営業所 ドライバー緊急連絡先（共同配送用）",
    "body": "佐久間様\n\nお世話になっております。日の出産業 横浜営業所の原口です。\n"
            "共同配送の開始にあたり、当営業所ドライバーの緊急連絡先を共有いたします。\n"
            "社内向けに整理したものをそのまま転送いたします。\n\n"
            "---------- Forwarded message ---------\n"
            "From: 津村 修一 <tsumura.s@hinode-sangyo.co.jp>\n"
            "Date: 2025年11月5日(水) 10:14\n"
            "Subject: 横浜営業所 ドライバー緊急連絡先\n"
            "To: 原口 誠 <haraguchi.m@hinode-sangyo.co.jp>\n\n"
            "原口さん\n\n最新版です。\n\n"
            "氏名\t携帯\t自宅\t担当ルート\n"
            + "\n".join(f"{p['name']}\t{p['mobile']}\t{p['home']}\t{r}"
                        for p, r in zip(_p17, ["港北A", "港北B", "都筑", "青葉", "緑", "鶴見", "神奈川"]))
            + "\n\n津村\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the recipient) of a tab-separated list of 7 drivers' mobile and home phones",
})

MESSAGES.append({
    "id": "sharyo-018",
    "charset": "utf-8",
    "sender": "Wataru Fujimori <fujimori.w@hinode-sangyo.co.jp>",
    "to": ["Emma Clarke <emma.clarke@fleetwise.com>"],
    "subject": "Telematics API integration - questions on trip data export",
    "body": """Dear Emma,

Thank you for the call yesterday. As discussed, our fleet team would like to pull
trip summaries from the Fleetwise platform into our in-house vehicle management system.

A few questions before we start the PoC:

1. Is the /v2/trips endpoint rate-limited per tenant or per API key?
2. Can we receive odometer readings at ignition-off, or only at fixed intervals?
3. Do you support webhooks for harsh-braking events (we would like near real-time alerts)?
4. What is the retention period of raw GPS points on your side?

Our target is to connect 48 vehicles in phase 1 (Tokyo and Yokohama) from January.
I would appreciate it if you could share the API reference and a sandbox key.

Best regards,
Wataru Fujimori
IT Systems Department, Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5403-7740
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English technical mail to a vendor; the standard confidentiality disclaimer is not a marking",
})

_p19 = P(*range(1901, 1910))
MESSAGES.append({
    "id": "sharyo-019",
    "charset": "utf-8",
    "sender": "Wataru Fujimori <fujimori.w@hinode-sangyo.co.jp>",
    "to": ["Emma Clarke <emma.clarke@fleetwise.com>"],
    "subject": "Driver accounts for the PoC (Tokyo HQ)",
    "body": """Hi Emma,

Please find attached the driver list for the PoC accounts. Each driver should get a
mobile app login; the app invitation can be sent to the e-mail address in the file.
Mobile numbers are for SMS two-factor authentication.

Let me know once the accounts are created.

Thanks,
Wataru
""",
    "attachments": [{
        "kind": "csv", "name": "fleetwise_drivers_tokyo.csv", "encoding": "utf-8",
        "rows": [["driver_id", "last_name", "first_name", "email", "mobile", "licence_class", "vehicle"]]
        + [[f"HND-{i + 101}", p["romaji"].split()[1], p["romaji"].split()[0],
            f"{p['mail_user']}@hinode-sangyo.co.jp", "+81-" + p["mobile"][1:],
            {"普通": "B", "準中型": "C1-5t", "中型": "C1", "大型": "C"}[p["lic_type"]],
            f"Shinagawa 500 Sa {20 + i}-{40 + i}"] for i, p in enumerate(_p19)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "English mail with a UTF-8 CSV of 9 drivers (romaji names, e-mail, mobile) to a foreign vendor",
})

_p20 = P(2001, 2002, 2003)
MESSAGES.append({
    "id": "sharyo-020",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["関東ドライビングスクール 法人研修担当 <houjin@kanto-ds.co.jp>"],
    "subject": "12/5 実技講習 参加者のご連絡",
    "body": f"""関東ドライビングスクール
法人研修ご担当者様

お世話になっております。日の出産業の津村です。
12月5日（金）の企業向け実技講習、参加者が確定しましたのでご連絡します。

・{_p20[0]["name"]}（配送課）　当日連絡先 {_p20[0]["mobile"]}
・{_p20[1]["name"]}（営業1課）　当日連絡先 {_p20[1]["mobile"]}
・{_p20[2]["name"]}（横浜営業所）　当日連絡先 {_p20[2]["mobile"]}

車両は御社の教習車をお借りする予定です。
請求書は総務部 車両管理課宛にお願いいたします。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
TEL 03-5403-7711
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with their mobile numbers: under the five-person line (may be warned)",
})

# ======================================================================================
# 021-040
# ======================================================================================

_p21 = person(2101)
MESSAGES.append({
    "id": "sharyo-021",
    "charset": "iso-2022-jp",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["宇佐美 浩 <usami.h@hinode-sangyo.co.jp>"],
    "subject": "従業員の酒気帯び運転による逮捕の件（ご相談）",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の岸本でございます。
急ぎご相談させていただきたい件がございます。

昨夜（11/8）、北関東営業所所属の従業員 {_p21["name"]}（{_p21["age"]}歳）が、
休日に私有車を運転中、酒気帯び運転の疑いで埼玉県警に逮捕されたとの連絡が
ご家族からありました。呼気検査の数値は 0.35mg/L と聞いております。
現在も大宮警察署に勾留中とのことです。

本人は営業車の主運転者であり、社用車での飲酒運転ではありませんが、
・当面の出勤・乗務の扱い
・懲戒処分（就業規則第52条）の検討の進め方
・報道があった場合の対応
についてご助言をいただけますでしょうか。

本日午後、お電話でお時間をいただけますと幸いです。

日の出産業株式会社 人事部 労務課　岸本 麻衣
TEL 03-5403-7705
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest for drink-driving (criminal record, 要配慮) sent to a law firm",
})

_p22 = P(*range(2201, 2209), near="東京都")
_cars22 = ["練馬 500 ま 31-07", "練馬 500 ま 31-08", "多摩 400 こ 19-22", "品川 500 さ 20-40",
           "品川 500 さ 21-41", "足立 400 せ 66-10", "多摩 500 ぬ 80-03", "品川 300 と 56-12"]
MESSAGES.append({
    "id": "sharyo-022",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["ひまわり不動産管理 駐車場担当 <parking@himawari-kanri.co.jp>"],
    "subject": "社用車 自宅保管者の駐車場契約（8台分）",
    "body": "ひまわり不動産管理株式会社\n駐車場ご担当 様\n\n"
            "お世話になっております。日の出産業 車両管理課の森下です。\n"
            "直行直帰の営業担当者が社用車を自宅近くで保管するため、\n"
            "御社管理の月極駐車場を法人名義で契約させていただきたく、使用者情報をお送りします。\n\n"
            + "\n".join(f"・{p['name']}／{p['addr']}／{c}／{p['mobile']}" for p, c in zip(_p22, _cars22))
            + "\n\n各使用者の自宅から徒歩5分圏内の区画をご提案いただけますと助かります。\n"
              "契約書類は本社総務部宛にお送りください。\n\n"
              "日の出産業株式会社 総務部 車両管理課 森下 圭吾\nTEL 03-5403-7710\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "「・」 bullet list of 8 employees' home addresses and mobiles to a parking manager",
})

MESSAGES.append({
    "id": "sharyo-023",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["日本フューエルカード 請求担当 <billing@nf-card.co.jp>"],
    "subject": "10月分ご請求書（請求番号 NF-INV-2510-33172）の内訳について",
    "body": """日本フューエルカード株式会社
請求ご担当者様

いつもお世話になっております。日の出産業 経理部の大谷です。
10月分のご請求書を拝受いたしました。ありがとうございます。

内訳を確認したところ、下記の点についてご確認をお願いしたく存じます。

　請求番号：NF-INV-2510-33172
　ご請求金額：1,284,560円（税込）
　①軽油の単価が10/15以降 一律 158.0円/L となっておりますが、
　　契約単価（店頭価格−3円）の適用漏れではないでしょうか。
　②洗車代 4,400円（カード末尾 0735）は弊社規程外の利用のため、
　　利用明細（日時・SS名）をいただけますでしょうか。

お手数ですが、ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理部　大谷 由香
TEL 03-5403-7720
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice query with amounts, invoice number and a card's last four digits only",
})

_p24 = P(*range(2401, 2407))
_acc24 = [("2023/02/14", "駐車場内 後退時接触（物損）", "100:0"), ("2023/09/01", "信号待ち追突される（人身・被害）", "0:100"),
          ("2024/01/22", "交差点右折時 接触（物損）", "70:30"), ("2024/06/30", "縁石乗り上げ 自損", "単独"),
          ("2024/12/05", "渋滞中 追突（物損）", "100:0"), ("2025/07/18", "狭路すれ違い ミラー接触", "50:50")]
MESSAGES.append({
    "id": "sharyo-024",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "過去3年の事故歴（運転者別）",
    "body": "丸福保険サービス\n宮坂様\n\n"
            "お世話になっております。日の出産業の水野です。\n"
            "先日ご依頼いただいた、直近3年間に事故のあった運転者の一覧です。\n"
            "社内の事故報告書から転記しています。\n\n"
            + "\n\n".join(
                f"■{i + 1}\n氏名：{p['name']}（{p['kana']}）\n生年月日：{_wareki(*p['birth'])}\n"
                f"免許証番号：{_zen(p['license'], iso=True)}\n事故日：{a[0]}\n内容：{a[1]}\n過失割合：{a[2]}"
                for i, (p, a) in enumerate(zip(_p24, _acc24)))
            + "\n\n以上6名、6件です。\nよろしくお願いいたします。\n\n"
              "日の出産業株式会社 総務部 車両管理課 水野\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one block per driver: 6 people with 和暦 birth dates and full-width licence numbers",
})

_p25 = person(2501)
_mn25 = my_number(SEED + 0)
MESSAGES.append({
    "id": "sharyo-025",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["税理士法人つばき会計 野々村様 <nonomura@tsubaki-kaikei.jp>"],
    "subject": "業務委託ドライバーの支払調書作成について",
    "body": f"""税理士法人つばき会計
野々村様

いつもお世話になっております。日の出産業 経理部の大谷です。

今年から配送業務を委託している個人事業主の方について、
報酬の支払調書作成に必要な情報をお送りします。

　氏名　　　：{_p25["name"]}（{_p25["kana"]}）
　住所　　　：{_p25["addr2"]}
　個人番号　：{_mn25[:4]}-{_mn25[4:8]}-{_mn25[8:]}
　支払金額　：3,960,000円（2025年1月〜12月見込み）
　源泉徴収　：なし（配送報酬のため）

番号確認・身元確認の書類写しは弊社で保管しております。
ご不明点がございましたらお知らせください。

日の出産業株式会社 経理部　大谷 由香
TEL 03-5403-7720
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a contractor's My Number (個人番号) with name and address sent to an accounting firm",
})

_p26 = P(*range(2601, 2616))
MESSAGES.append({
    "id": "sharyo-026",
    "charset": "utf-8",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["総務部 全体 <soumu@hinode-sangyo.co.jp>"],
    "cc": ["宇佐美 浩 <usami.h@hinode-sangyo.co.jp>"],
    "subject": "【社内】11月 運転免許証 定期確認結果",
    "body": "総務部各位\n\nお疲れさまです。水野です。\n"
            "11月の運転免許証 定期確認（原本提示）の結果をまとめました。\n"
            "期限が3か月以内の方には個別に更新をお願いしています。\n\n"
            + _pad([["氏名", "社員番号", "免許証番号", "有効期限", "確認日", "備考"]]
                   + [[p["name"], p["emp"], p["license"], p["lic_exp"], f"11/{4 + i % 5:02d}",
                       "期限間近" if p["lic_exp"] < "2026/02/01" else ""] for i, p in enumerate(_p26)])
            + "\n\n確認簿の原本は車両管理課で保管します。\n水野\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": [],
    "note": "licence-check list of 15 people, but only internal recipients",
})

MESSAGES.append({
    "id": "sharyo-027",
    "charset": "iso-2022-jp",
    "sender": "北条 里奈 <hojo.r@hinode-sangyo.co.jp>",
    "to": ["森下 圭吾 <morishita.k@hinode-sangyou.co.jp>"],
    "subject": "大阪支店 社用車の予約システム登録について",
    "body": """森下さん

お疲れさまです。大阪支店 総務の北条です。

来月から大阪支店の社用車３台も予約システムに載せる件、
車両情報を下記のとおり登録お願いできますでしょうか。

　なにわ 500 た 33-18　トヨタ アクア
　なにわ 500 た 33-19　トヨタ アクア
　大阪 400 め 71-60　トヨタ ハイエース

鍵の受け渡しは従来どおり支店総務のキーボックスで運用します。

よろしくお願いします。
北条
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague addressed at hinode-sangyou.co.jp, a look-alike of the company's own domain",
})

MESSAGES.append({
    "id": "sharyo-028",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["k.hayama1958@gmail.com", "shiga-tadashi@yahoo.co.jp", "ogura.m.0421@docomo.ne.jp",
           "t-mukaida@outlook.jp", "yoshiki_kawabe@icloud.com", "shibuya.n77@ezweb.ne.jp"],
    "subject": "嘱託ドライバーの皆様へ　冬季安全運転講習のご案内",
    "body": """嘱託ドライバーの皆様

いつもありがとうございます。日の出産業 安全運転管理者の津村です。
今年も冬季の安全運転講習を下記のとおり実施いたします。

　日時：12月13日（土）9:30〜12:00
　会場：本社 7階 大会議室
　内容：雪道・凍結路の運転、スタッドレスタイヤの点検、アルコールチェックの運用
　持ち物：運転免許証、筆記用具

講習は勤務扱いとなり、日当をお支払いします。
ご都合が悪い方は12/5までに私までご連絡ください。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
TEL 03-5403-7711
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "six private persons' free-mail addresses in To, visible to each other (should be Bcc)",
})

MESSAGES.append({
    "id": "sharyo-029",
    "charset": "utf-8",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["夏目 様 <natsume.kazuhiro58@gmail.com>"],
    "subject": "嘱託ドライバー面談日程のご案内（日の出産業）",
    "body": """夏目 様

このたびは嘱託ドライバーの募集にご応募いただき、ありがとうございます。
日の出産業株式会社 人事部の岸本と申します。

面談を下記の日程で行いたいと存じます。

　日時：11月19日（水）14:00〜15:00
　場所：本社 7階 応接室（東京都港区浜松町2-4-1 日の出ビル）
　持ち物：運転免許証（原本）、運転記録証明書（過去5年分・取得済みの場合）

運転記録証明書は自動車安全運転センターで申請いただけます。
間に合わない場合は後日のご提出でも構いません。

ご都合が合わない場合はご遠慮なくお知らせください。
当日お目にかかれますことを楽しみにしております。

日の出産業株式会社 人事部　岸本 麻衣
TEL 03-5403-7705
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one applicant on free mail; no personal data beyond the recipient himself",
})

MESSAGES.append({
    "id": "sharyo-030",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["港北モータース 長尾 様 <nagao@kohoku-motors.co.jp>"],
    "subject": "日常点検記録（10月分）",
    "body": """港北モータース
長尾様

お世話になっております。日の出産業の水野です。
10月分の日常点検記録をお送りします。
タイヤ溝の指摘があった２台について、次回入庫時にご確認ください。

日の出産業 車両管理課 水野
""",
    "attachments": [{"kind": "corrupt", "name": "日常点検記録_202510.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "attached workbook is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "sharyo-031",
    "charset": "utf-8",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["リスクブリッジ・コンサルティング 井口様 <iguchi@riskbridge.co.jp>"],
    "subject": "社用車事故分析レポート（2024年度）ご送付",
    "body": """リスクブリッジ・コンサルティング株式会社
井口様

お世話になっております。日の出産業の宇佐美です。
次回の事故削減プロジェクト定例に先立ち、2024年度の事故分析レポートをお送りします。
事故類型別・時間帯別の集計と、営業所別の事故率を掲載しております。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課 課長 宇佐美 浩
""",
    "attachments": [{
        "kind": "pdf", "name": "事故分析レポート_2024.pdf", "title": "社用車事故分析レポート 2024年度",
        "page_header": "取扱注意　日の出産業株式会社 総務部",
        "page_footer": "本資料の無断複製・転載を禁じます",
        "lines": ["【取扱注意】", "社用車事故分析レポート（2024年度）", "",
                  "1. 総括：事故件数 41件（前年比 -6件）、うち人身事故 3件",
                  "2. 類型：後退時の接触 15件（37%）、追突 9件、出会い頭 6件、その他 11件",
                  "3. 時間帯：16時〜18時に 14件が集中", "4. 営業所別事故率（件／10万km）"],
        "table": [["拠点", "走行距離(km)", "事故件数", "事故率"], ["本社", "612,400", "11", "1.80"],
                  ["横浜営業所", "455,100", "12", "2.64"], ["千葉営業所", "301,800", "6", "1.99"],
                  ["北関東営業所", "520,900", "8", "1.54"], ["大阪支店", "214,300", "4", "1.87"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 取扱注意 in its page header and title line, sent to a consultant",
})

MESSAGES.append({
    "id": "sharyo-032",
    "charset": "iso-2022-jp",
    "sender": "藤森 航 <fujimori.w@hinode-sangyo.co.jp>",
    "to": ["フリートナビ 営業部 松永様 <matsunaga@fleetnavi.jp>"],
    "subject": "車両管理クラウド導入にあたっての秘密保持契約について",
    "body": """株式会社フリートナビ
営業部　松永様

お世話になっております。日の出産業 情報システム部の藤森です。

先日ご提案いただいた車両管理クラウドについて、社内で前向きに検討を進めております。
詳細な要件をお伝えするにあたり、運行データや拠点情報など
弊社の機密情報をお渡しすることになりますので、
事前に秘密保持契約を締結させていただければと存じます。

弊社ひな形をご希望でしたらお送りしますし、
御社のひな形をご提示いただく形でも構いません。
法務部門の確認に１〜２週間ほどかかる見込みです。

また、PoC で使用するデータはダミーデータを想定しております。

ご検討のほどよろしくお願いいたします。

日の出産業株式会社 情報システム部　藤森 航
TEL 03-5403-7740
""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about concluding an NDA; 機密 appears in sentences and the standard disclaimer only",
})

_p33 = P(*range(3301, 3308))
_rel33 = ["妻", "母", "夫", "妻", "父", "妻", "姉"]
_rows33 = "".join(
    f"<tr><td>{p['name']}</td><td>{p['dept']}</td><td>{p['mobile']}</td><td>{rel}</td><td>{p['home']}</td></tr>\n"
    for p, rel in zip(_p33, _rel33))
MESSAGES.append({
    "id": "sharyo-033",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["ロードアシスト 法人契約センター <houjin@road-assist.co.jp>"],
    "subject": "ロードサービス法人契約　運転者・緊急連絡先の登録",
    "html": f"""<html><body>
<p>株式会社ロードアシスト<br>法人契約センター ご担当者様</p>
<p>お世話になっております。日の出産業 車両管理課の森下です。<br>
法人契約（契約番号 RA-H-20931）の運転者および緊急連絡先を下記のとおり登録をお願いします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>運転者氏名</th><th>所属</th><th>運転者携帯</th><th>緊急連絡先（続柄）</th><th>緊急連絡先電話</th></tr></thead>
<tbody>
{_rows33}</tbody></table>
<p>登録完了後、会員カードを本社総務部宛にお送りください。</p>
<p>日の出産業株式会社 総務部 車両管理課<br>森下 圭吾<br>TEL 03-5403-7710</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 7 drivers' mobiles and family emergency numbers",
})

_p34 = person(3401)
MESSAGES.append({
    "id": "sharyo-034",
    "charset": "shift_jis",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["ドライブスタッフ 派遣事業部 石渡様 <ishiwata@drive-staff.co.jp>"],
    "subject": "派遣ドライバー受入書類の記載内容について",
    "body": f"""株式会社ドライブスタッフ
派遣事業部　石渡様

お世話になっております。日の出産業 人事部の岸本です。
12月から受け入れ予定の {_p34["name"]} 様の書類を拝見しました。
社会保険の加入確認で、下記の点が派遣元管理台帳と一致しておりません。

　健康保険証　記号 ５１０２　番号 ８８３（台帳では 番号 ８３８）
　基礎年金番号　４１２７－６０３９１８（台帳では ４１２７－６０３９８１）

転記ミスかと思いますので、正しい内容をご確認のうえ、
台帳の差し替えをお願いできますでしょうか。

日の出産業株式会社 人事部 労務課　岸本 麻衣
TEL 03-5403-7705
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a dispatched driver's health-insurance symbol/number and basic pension number in the body",
})

_p35 = P(3501, 3502, 3503)
MESSAGES.append({
    "id": "sharyo-035",
    "charset": "iso-2022-jp",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "人身事故報告書（搭乗者傷害）の送付",
    "body": """あおい損害保険株式会社
三宅様

お世話になっております。日の出産業の森下です。
11/12 に発生した事故（相手車両の信号無視による出会い頭衝突）につき、
搭乗者傷害保険の請求に向けた事故報告書を添付いたします。
負傷した３名の診断内容は、各病院の診断書の記載どおりに転記しております。

診断書原本は郵送いたします。
よろしくお願いいたします。

日の出産業 総務部 車両管理課 森下
""",
    "attachments": [{
        "kind": "docx", "name": "人身事故報告書_1112.docx", "title": "人身事故報告書",
        "paragraphs": ["人身事故報告書", "発生日時：2025年11月12日 8時25分頃",
                       "発生場所：埼玉県川越市脇田本町 交差点", "車両：川越 400 ほ 22-81（トヨタ ハイエース）",
                       "負傷者（搭乗者）"],
        "tables": [[["氏名", "生年月日", "立場", "診断名", "通院先", "見込み"]]
                   + [[p["name"], p["dob"], r, d, h, t] for p, r, d, h, t in zip(
                       _p35, ["運転者", "助手席", "後部座席"],
                       ["頸椎捻挫・腰椎捻挫", "右橈骨遠位端骨折（手術予定）", "前額部挫創・脳震盪"],
                       ["川越中央病院 整形外科", "埼玉医科総合 整形外科", "川越中央病院 脳神経外科"],
                       ["通院3週間", "入院2週間・休業2か月", "通院2週間"])]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report with three named employees' injuries and diagnoses (medical, 要配慮)",
})

MESSAGES.append({
    "id": "sharyo-036",
    "charset": "utf-8",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["セーフドライブ・テック 営業部 <sales@safedrive-tech.jp>"],
    "subject": "ご注文：アルコール検知器 SD-500 ほか（注文番号 HS-PO-25-0871）",
    "body": """セーフドライブ・テック株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 車両管理課の水野です。
お見積書（No. SDT-Q-25110）のとおり、下記を注文いたします。

  品番          品名                            数量   単価       金額
  ---------------------------------------------------------------------------
  SD-500        据置型アルコール検知器           6    48,000    288,000
  SD-M20        携帯型アルコール検知器          20     9,800    196,000
  SD-MP10       交換用マウスピース（100本入）    10     3,200     32,000
  SD-CAL        年次校正サービス                26     2,500     65,000
  ---------------------------------------------------------------------------
                                               小計             581,000
                                               消費税（10%）     58,100
                                               合計             639,100

納品先：本社 総務部 車両管理課（各営業所分も本社へ一括納品）
希望納期：12月10日
お支払い：月末締め翌月末払い（銀行振込）

注文書（PDF）は別途郵送いたします。よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課　水野 さやか
TEL 03-5403-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes and prices only",
})

MESSAGES.append({
    "id": "sharyo-037",
    "charset": "shift_jis",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["リスクブリッジ・コンサルティング 井口様 <iguchi@riskbridge.co.jp>"],
    "subject": "アルコールチェック運用状況（拠点別集計）",
    "body": """井口様

お世話になっております。日の出産業の津村です。
ご依頼のアルコールチェック運用状況について、拠点別の集計をお送りします。
個人別の記録はお出しできませんので、件数のみとしております。

拠点　　　　　　対象者数　実施回数　未実施　検知あり　うち再検査で0
―――――――――――――――――――――――――――――――――――
本社　　　　　　　　３８　　１,５２０　　　２　　　　３　　　　　　３
横浜営業所　　　　　２６　　１,０４０　　　０　　　　１　　　　　　１
千葉営業所　　　　　１７　　　　６８０　　　１　　　　０　　　　　　０
北関東営業所　　　　２９　　１,１６０　　　４　　　　２　　　　　　１
大阪支店　　　　　　１２　　　　４８０　　　０　　　　０　　　　　　０

※期間：2025年7月〜9月、乗務前後の合計
※検知ありで再検査でも検知された1件は、当日乗務停止・代替運転者手配済み

次回定例で運用改善についてご相談させてください。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated alcohol-check counts per site, no individual records",
})

_c38 = [card_number(SEED + 1), card_number(SEED + 2), card_number(SEED + 3)]
_p38 = P(3801, 3802, 3803)
MESSAGES.append({
    "id": "sharyo-038",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["水野 さやか <mizuno.s@hinode-sangyo.co.jp>"],
    "cc": ["経理部 <keiri@mail.hinode-sangyo.co.jp>"],
    "subject": "新規発行の給油カード番号（社内管理台帳用）",
    "body": "水野さん\n\nお疲れさまです。経理の大谷です。\n"
            "本日届いた新しい給油カード3枚の番号です。管理台帳への登録をお願いします。\n"
            "カード現物は経理の金庫に保管していますので、貸与時に取りに来てください。\n\n"
            + "\n".join(f"　{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}　有効期限 10/30　使用予定者 {p['name']}（{p['dept']}）"
                        for c, p in zip(_c38, _p38))
            + "\n\n大谷\n",
    "expect": "pass",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "full card numbers, but sent only to internal addresses (incl. mail. subdomain)",
})

MESSAGES.append({
    "id": "sharyo-039",
    "charset": "utf-8",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 佐久間様 <sakuma@aoba-unyu.co.jp>", "北国フーズ 物流部 相馬様 <soma@kitaguni-foods.co.jp>",
           "川崎電機 総務課 江口様 <eguchi@kawasaki-denki.co.jp>"],
    "subject": "川崎物流センター 共用駐車場の利用ルール（12月〜）",
    "body": """各社ご担当者様

いつもお世話になっております。日の出産業 横浜営業所の原口です。

12月から川崎物流センターの共用駐車場を３社様にもご利用いただくにあたり、
利用ルールをまとめましたのでご確認ください。

１．区画：A列（大型）青葉運輸様、B列（中型）北国フーズ様、C列（普通）川崎電機様
２．利用時間：6:00〜22:00（夜間は青葉運輸様の２区画のみ）
３．アイドリング禁止、構内は時速10km以下
４．事故・破損があった場合は当日中に弊社守衛所（044-233-5510）へご連絡ください

ご不明点がありましたら私までお問い合わせください。
よろしくお願いいたします。

日の出産業株式会社 横浜営業所 所長　原口 誠
TEL 045-471-3300
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three partner organisations in To can see each other's addresses",
})

_p40 = P(*range(4001, 4007))
MESSAGES.append({
    "id": "sharyo-040",
    "charset": "iso-2022-jp",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["浜松町ビルマネジメント 駐車場係 <parking@hmt-bm.co.jp>"],
    "subject": "地下駐車場 入館許可車両の更新（12月分）",
    "body": "浜松町ビルマネジメント株式会社\n駐車場係 御中\n\n"
            "お世話になっております。7階 日の出産業の森下です。\n"
            "12月の地下駐車場 入館許可車両を下記のとおり更新願います。\n\n"
            + _pad([["区画", "登録番号", "車種", "使用者"]]
                   + [[f"B2-{31 + i}", n, c, p["sei"]] for i, (p, n, c) in enumerate(zip(
                       _p40, ["品川 500 さ 12-34", "品川 500 さ 12-35", "品川 400 す 87-01", "品川 300 と 56-12",
                              "品川 500 さ 20-40", "品川 500 さ 21-41"],
                       ["プロボックス", "プロボックス", "NV200", "カローラ", "プロボックス", "プロボックス"]))])
            + "\n\n許可証の発行をお願いいたします。\n\n日の出産業株式会社 総務部 車両管理課 森下\n",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six rows of plate numbers with users' surnames only: borderline list of people vs vehicle list",
})

# ======================================================================================
# 041-060
# ======================================================================================

MESSAGES.append({
    "id": "sharyo-041",
    "charset": "utf-8",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["関東ドライビングスクール 法人研修担当 <houjin@kanto-ds.co.jp>"],
    "subject": "外国籍社員向け 安全運転講習（やさしい日本語コース）の申込",
    "body": """関東ドライビングスクール
法人研修ご担当者様

お世話になっております。日の出産業の津村です。
「やさしい日本語コース」の個別講習について、1名申し込みをお願いいたします。
申込書の記入項目に沿って記載します。

　氏名（ローマ字）　：NGUYEN VAN THANH
　氏名（カナ）　　　：グエン ヴァン タイン
　生年月日　　　　　：1996年8月19日
　在留カード番号　　：UH48207315FA
　在留期限　　　　　：2027年3月31日
　運転免許証番号　　：452300847210
　所属　　　　　　　：川崎物流センター

受講希望日は12月の平日午前です。候補日をいただけますでしょうか。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
TEL 03-5403-7711
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "residence-card number and licence number of one named employee sent to a driving school",
})

_plates42 = ["品川 500 さ 12-34", "品川 500 さ 12-35", "品川 400 す 87-01", "横浜 500 ね 45-90",
             "品川 300 と 56-12", "品川 500 さ 20-40", "品川 500 さ 21-41", "品川 500 さ 22-42",
             "横浜 480 ね 10-31", "横浜 480 ね 11-38", "千葉 500 ふ 73-02", "大宮 400 ぬ 18-88",
             "大宮 500 ろ 60-05", "なにわ 500 た 33-18", "なにわ 500 た 33-19"]
MESSAGES.append({
    "id": "sharyo-042",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "中間走行距離のご報告（１０月末時点）",
    "body": "東和オートリース\n戸川様\n\nお世話になっております。日の出産業の水野です。\n"
            "契約走行距離の中間確認として、１０月末時点のメーター値をご報告します。\n\n"
            + _pad([["登録番号", "契約番号", "走行距離", "契約上限"]]
                   + [[pl, _zen(f"TL-20{20 + i % 4}-0{400 + i * 7}", iso=True), _zen(f"{18000 + i * 3517 % 40000:,}km", iso=True),
                       _zen("60,000km", iso=True)] for i, pl in enumerate(_plates42)], fill="\u3000", rule="\u2015")
            + "\n\n上限を超える見込みの車両はございません。\nよろしくお願いいたします。\n\n"
              "日の出産業株式会社 総務部 車両管理課 水野\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of 15 vehicles and odometer readings: assets, not people",
})

_p43 = P(*range(4301, 4307))
MESSAGES.append({
    "id": "sharyo-043",
    "charset": "utf-8",
    "sender": "北条 里奈 <hojo.r@hinode-sangyo.co.jp>",
    "to": ["パーク＆シェア 法人会員窓口 <biz@parkshare.jp>"],
    "subject": "法人カーシェア 利用者追加のお願い（大阪支店）",
    "body": "パーク＆シェア株式会社\n法人会員窓口 御中\n\n"
            "お世話になっております。日の出産業株式会社 大阪支店 総務の北条です。\n"
            "法人会員（会員番号 PS-C-008812）に、以下の利用者を追加してください。\n\n"
            "氏名,フリガナ,所属,携帯電話,メールアドレス\n"
            + "\n".join(f"{p['name']},{p['kana']},大阪支店 {p['dept']},{p['mobile']},{p['mail_user']}@hinode-sangyo.co.jp"
                        for p in _p43)
            + "\n\n会員カードは支店宛（〒532-0011 大阪府大阪市淀川区西中島5-3-10 日の出産業 大阪支店）に"
              "お送りください。\n\n日の出産業株式会社 大阪支店 総務 北条 里奈\nTEL 06-6305-2211\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of 6 users with mobiles and e-mail addresses to a car-sharing company",
})

_p44 = P(*range(4401, 4411))
MESSAGES.append({
    "id": "sharyo-044",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["関東ドライビングスクール 法人研修担当 <houjin@kanto-ds.co.jp>"],
    "subject": "新任ドライバー研修 受講者名簿（1/16実施分）",
    "body": """関東ドライビングスクール
法人研修ご担当者様

いつもお世話になっております。日の出産業の津村です。
1月16日実施の新任ドライバー研修について、受講者名簿をお送りします。
御社の受付様式に合わせてWordで作成しました。

ご確認のほどよろしくお願いいたします。

日の出産業 総務部 安全運転管理者 津村
""",
    "attachments": [{
        "kind": "docx", "name": "受講者名簿_新任ドライバー研修_0116.docx", "title": "受講者名簿",
        "paragraphs": ["新任ドライバー研修 受講者名簿", "事業所名：日の出産業株式会社　実施日：令和8年1月16日"],
        "tables": [[["No.", "氏名", "ふりがな", "生年月日", "運転免許証番号", "免許の種類", "所属"]]
                   + [[str(i + 1), p["name"], p["kana"], _wareki(*p["birth"]), p["license"], p["lic_type"], p["dept"]]
                      for i, p in enumerate(_p44)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 10 trainees with 和暦 birth dates and licence numbers",
})

_p45 = P(4501, 4502, 4503, 4504)
MESSAGES.append({
    "id": "sharyo-045",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "代車引取り担当者について",
    "body": "戸川様\n\nお世話になっております。水野です。\n"
            "12/9 の代車の受け取りは、下記4名のいずれかが伺います。\n"
            "当日、店舗で免許証を確認いただく際の照合用にお使いください。\n\n"
            + "\n".join(f"{p['name']}　携帯：{p['mobile']}　免許有効期限：{p['lic_exp']}" for p in _p45)
            + "\n\nよろしくお願いいたします。\n水野\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names, mobiles and licence expiry: below the five-record line, may be warned",
})

MESSAGES.append({
    "id": "sharyo-046",
    "charset": "utf-8",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["リスクブリッジ・コンサルティング 井口様 <iguchi@riskbridge.co.jp>"],
    "subject": "【部外秘】車両コスト削減計画（案）",
    "body": """井口様

お世話になっております。宇佐美です。
来週の打合せ資料として、車両コスト削減計画（案）をお送りします。
本資料は部外秘として取り扱っておりますので、御社内でもご配慮をお願いいたします。

・保有台数の最適化（112台→98台）
・リース期間の延長とメンテナンス契約の見直し
・燃料カード利用ルールの厳格化

宇佐美
""",
    "attachments": [{
        "kind": "xlsx", "name": "車両コスト削減計画_案.xlsx", "page_header": "部外秘",
        "sheets": {
            "サマリー": [["車両コスト削減計画（案）　部外秘"], [], ["項目", "2025年度", "2026年度計画", "削減額"],
                      ["リース料", 61_320_000, 55_440_000, 5_880_000], ["燃料費", 24_800_000, 22_100_000, 2_700_000],
                      ["保険料", 9_870_000, 9_200_000, 670_000], ["駐車場代", 7_420_000, 6_610_000, 810_000]],
            "台数計画": [["拠点", "現有", "計画"], ["本社", 38, 33], ["横浜", 26, 23], ["千葉", 17, 15],
                     ["北関東", 19, 17], ["大阪", 12, 10]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and attachment marked 部外秘, sent to an outside consultant",
})

MESSAGES.append({
    "id": "sharyo-047",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 浜松町支店 法人営業 早瀬様 <hayase@midori-ginkou.co.jp>"],
    "subject": "リース料口座振替依頼書の件",
    "body": """株式会社みどり銀行
浜松町支店 法人営業課　早瀬様

いつもお世話になっております。日の出産業 経理部の大谷です。

東和オートリース様へのリース料支払を口座振替に切り替えるにあたり、
依頼書の記入方法について確認させてください。

　引落口座：当座預金（弊社メイン口座）
　開始予定：2026年1月分から
　振替日：毎月27日

依頼書の届出印欄は、銀行届出印（代表者印ではなく銀行印）でよろしいでしょうか。
また、収納企業側の手続き完了までの目安期間をご教示ください。

よろしくお願いいたします。

日の出産業株式会社 経理部　大谷 由香
TEL 03-5403-7720
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner みどり銀行 is midori-ginko.co.jp; midori-ginkou.co.jp (letter added) is a look-alike",
})

_t48 = "T" + _corp("010401087521")
MESSAGES.append({
    "id": "sharyo-048",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    "subject": "請求書送付：車両貸出料（2025年10月分）",
    "body": f"""青葉運輸株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の大谷です。
10月分の車両貸出料につきまして、ご請求申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　請求書番号　　：HS-2510-0412
　ご請求金額　　：￥462,000-（税込）
　　内訳　ハイエース（川崎 400 あ 55-01）　30日　210,000円
　　　　　ハイエース（川崎 400 あ 55-02）　30日　210,000円
　　　　　消費税（10％）　　　　　　　　　　　　42,000円
　お支払期日　　：2025年11月30日
　お振込先　　　：みどり銀行 浜松町支店 当座 0072815
　　　　　　　　　ヒノデサンギョウ（カ
　登録番号　　　：{_t48}
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

請求書原本（適格請求書）はPDFで別途お送りしております。
ご査収のほど、よろしくお願いいたします。

日の出産業株式会社 経理部　大谷 由香
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F　TEL 03-5403-7720
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own T-number and company bank account: business data",
})

MESSAGES.append({
    "id": "sharyo-049",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "フリート契約 明細（パスワード付PDF）",
    "body": """宮坂様

お世話になっております。水野です。
ご依頼のフリート契約明細をお送りします。
PDFにはパスワードを設定しております。パスワードは後ほどお電話でお伝えします。

よろしくお願いいたします。
日の出産業 車両管理課 水野
""",
    "attachments": [{
        "kind": "pdf", "name": "フリート契約明細_2026.pdf", "password": "fleet2026",
        "lines": ["フリート契約明細", "証券番号 FL-778120-3"],
        "table": [["No", "登録番号", "車種", "用途"], ["1", "品川 500 さ 12-34", "プロボックス", "営業"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

_p50 = P(*range(5001, 5009))
_rows50 = [["申請者氏名", "フリガナ", "生年月日", "免許証番号", "住所", "証明書種別"]] + [
    [p["name"], p["kana"], p["dob"], p["license"], f"〒{p['postal']} {p['addr']}", "運転記録証明書（5年）"]
    for p in _p50]
MESSAGES.append({
    "id": "sharyo-050",
    "charset": "utf-8",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["セーフティレコード 申請代行窓口 <daikou@safety-record.co.jp>"],
    "subject": "運転記録証明書 一括申請データ（8名分）",
    "body": """株式会社セーフティレコード
申請代行窓口 ご担当者様

お世話になっております。日の出産業の津村です。
運転記録証明書の一括申請代行について、申請データをZIPでお送りします。
CSV（UTF-8）と、確認用のExcelを同梱しております。

証明書の送付先は本社 総務部宛でお願いいたします。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
""",
    "attachments": [{
        "kind": "zip", "name": "運転記録証明書_申請_202511.zip",
        "files": [
            {"kind": "csv", "name": "申請データ.csv", "encoding": "utf-8", "rows": _rows50},
            {"kind": "xlsx", "name": "申請データ_確認用.xlsx",
             "sheets": {"申請一覧": [["運転記録証明書 申請一覧（日の出産業株式会社）"]] + _rows50}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with CSV and XLSX of 8 people: birth dates, licence numbers, home addresses",
})

_p51 = P(*range(5101, 5106))
_q51 = "\n".join(f"{p['name']}　{p['dob']}　{p['license']}" for p in _p51)
MESSAGES.append({
    "id": "sharyo-051",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "RE: 記名被保険者の追加について",
    "body": f"""宮坂様

お世話になっております。水野です。
ご連絡ありがとうございます。記載内容で問題ございません。
異動日は12月1日付でお願いいたします。

日の出産業 車両管理課 水野

-----Original Message-----
差出人: 宮坂 健 <miyasaka@marufuku-hoken.co.jp>
送信日時: 2025年11月17日 11:48
宛先: 水野 さやか <mizuno.s@hinode-sangyo.co.jp>
件名: 記名被保険者の追加について

日の出産業株式会社
水野様

いつもお世話になっております。丸福保険サービスの宮坂です。
先日いただいた追加運転者５名について、下記の内容で異動手続きを進めます。
お手数ですがご確認をお願いいたします。

{_q51}

丸福保険サービス株式会社 宮坂
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "5-person list only in the quoted original (差出人/送信日時) from the recipient himself",
})

_p52 = person(5201)
MESSAGES.append({
    "id": "sharyo-052",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "福祉装備（手動運転装置）付き車両のリースについて",
    "body": f"""東和オートリース
戸川様

お世話になっております。日の出産業の水野です。
営業2課の {_p52["name"]} さん用の営業車について、ご相談です。

{_p52["sei"]}さんは身体障害者手帳（肢体不自由 3級・両下肢）をお持ちで、
現在は手動運転装置付きの私有車で通勤されています。
来春から外回りの担当になるため、同様の装置（アクセル・ブレーキの手動操作）を
付けたリース車両をご用意いただけないかと考えております。

・車種：コンパクトカー（アクア等）を希望
・装置：手動運転装置＋旋回ノブ
・免許の条件：「AT車・手動運転装置に限る」

ご本人の了承を得てご相談しております。対応可否と概算をお知らせください。

日の出産業株式会社 総務部 車両管理課 水野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's physical disability (要配慮) sent to the leasing company",
})

_p53 = P(*range(5301, 5307), near="東京都")
_car53 = ["練馬 500 ゆ 12-07", "練馬 330 て 88-19", "多摩 500 つ 41-26", "品川 500 ま 70-01",
          "足立 500 ほ 31-99", "品川 330 や 5-63"]
MESSAGES.append({
    "id": "sharyo-053",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["パークス東日本 月極担当 <tsukigime@parks-higashi.co.jp>"],
    "subject": "マイカー通勤者用 月極契約 名義変更届",
    "body": "パークス東日本株式会社\n月極担当 様\n\n"
            "お世話になっております。日の出産業 車両管理課の森下です。\n"
            "パークス練馬豊玉（法人契約）の区画について、使用者変更をお届けします。\n\n"
            + _pad([["区画", "使用者", "自宅住所", "電話", "車両"]]
                   + [[_zen(f"No.{12 + i}"), p["name"], p["addr"], _zen(p["mobile"]), c]
                      for i, (p, c) in enumerate(zip(_p53, _car53))], fill="\u3000", rule="\u2015")
            + "\n\n変更日は１２月１日でお願いいたします。\n\n"
              "日の出産業株式会社 総務部 車両管理課　森下\nＴＥＬ ０３－５４０３－７７１０\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width padded list of 6 commuters with home addresses and full-width mobiles",
})

_p54 = person(5401)
MESSAGES.append({
    "id": "sharyo-054",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["あおい損保 事故受付センター <jiko-uketsuke@aoi-sonpo.co.jp>"],
    "subject": "事故報告（物損）：品川500さ2241 ミラー接触",
    "body": f"""あおい損害保険株式会社
事故受付センター 御中

いつもお世話になっております。
日の出産業株式会社 車両管理課の森下です。
フリート契約（証券番号 FL-778120-3）の車両で軽微な物損事故がありましたのでご報告します。

【発生日時】2025年11月19日（水）15:20頃
【発生場所】東京都大田区西蒲田7丁目 区道（住宅街の狭路）
【車両】品川 500 さ 22-42（トヨタ プロボックス）
【運転者】{_p54["name"]}（営業1課）／連絡先 {_p54["mobile"]}
【状況】対向車とのすれ違い時に左ドアミラー同士が接触。双方けが人なし。
【相手方】個人の方の自家用車。警察（蒲田署）へ届出済み。

詳細は運転者本人にお電話でご確認いただいて構いません。
よろしくお願いいたします。
{sig("森下 圭吾", "morishita.k")}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "routine accident report naming one driver with his mobile: one person, may be warned",
})

MESSAGES.append({
    "id": "sharyo-055",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>", "ひかり損保 法人営業 工藤様 <kudo.r@hikari-sonpo.co.jp>",
           "東海海上 企業営業 瀬川様 <segawa@tokai-kaijo.co.jp>"],
    "subject": "2026年度 自動車保険（フリート）お見積り依頼",
    "body": """各社ご担当者様

いつもお世話になっております。日の出産業の宇佐美でございます。

2026年4月始期の自動車保険（フリート契約）につきまして、
下記条件でお見積りをお願いしたく、ご連絡いたしました。

　契約台数：112台（営業用軽バン・ライトバン中心）
　補償：対人・対物無制限、人身傷害 5,000万円、車両保険（一般）
　運転者：限定なし、年齢条件 21歳以上
　現契約の優良割引：フリート割引 40%

詳細な車両明細は、秘密保持の観点から個別にお送りいたします。
ご提出期限は12月19日（金）とさせていただきます。

何卒よろしくお願い申し上げます。

日の出産業株式会社 総務部 車両管理課 課長 宇佐美 浩
TEL 03-5403-7710
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "tender to three competing insurers with all addresses in To",
})

MESSAGES.append({
    "id": "sharyo-056",
    "charset": "utf-8",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["津村 修一 <tsumura.s@hinode-sangyo.co.jp>"],
    "bcc": ["houjin@kanto-ds.co.jp", "iguchi@riskbridge.co.jp", "sales@safedrive-tech.jp",
            "tekisei@anzen-center.or.jp", "sakuma@aoba-unyu.co.jp"],
    "subject": "年末年始の営業時間および緊急連絡先のご案内",
    "body": """関係各社ご担当者様

（本メールはBCCにて一斉送信しております）

平素より大変お世話になっております。日の出産業株式会社 総務部でございます。
誠に勝手ながら、年末年始の営業を下記のとおりとさせていただきます。

　休業期間：2025年12月27日（土）〜2026年1月4日（日）
　営業開始：2026年1月5日（月）9:00〜

休業期間中の車両事故・故障等の緊急連絡は、
車両管理課の当番携帯（03-5403-7799 から転送）までお願いいたします。

本年も格別のお引き立てを賜り、誠にありがとうございました。
来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。

日の出産業株式会社 総務部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mass notice correctly sent with external recipients in Bcc only",
})

_p57 = P(*range(5701, 5713))
MESSAGES.append({
    "id": "sharyo-057",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["ハイウェイカードサービス 法人ETC窓口 <etc-houjin@hw-cardservice.co.jp>"],
    "subject": "法人ETCカード 貸与者一覧のご提出",
    "body": """ハイウェイカードサービス株式会社
法人ETC窓口 ご担当者様

お世話になっております。日の出産業 経理部の大谷です。
年次の利用状況確認に伴い、ETCカードの貸与者一覧をご提出いたします。
（社内システムの出力形式のため .xls ファイルとなっております）

よろしくお願いいたします。

日の出産業株式会社 経理部　大谷
TEL 03-5403-7720
""",
    "attachments": [{
        "kind": "xls", "name": "ETC貸与者一覧_2025.xls",
        "sheets": {
            "貸与者": [["法人ETCカード 貸与者一覧（2025年11月1日現在）"], ["契約番号 HW-E-40219"], [],
                     ["カード番号(下4桁)", "貸与者", "カナ", "社員番号", "所属", "携帯電話", "自宅電話"]]
            + [[f"****{(137 + i * 613) % 10000:04d}", p["name"], p["kana"], p["emp"], p["dept"], p["mobile"], p["home"]]
               for i, p in enumerate(_p57)],
            "返却履歴": [["返却履歴"], ["カード番号(下4桁)", "返却日", "理由"],
                     ["****0912", "2025/06/30", "退職"], ["****4471", "2025/09/30", "異動"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with a title row: 12 card holders with mobile and home phone numbers",
})

_c58 = card_number(SEED + 4)
MESSAGES.append({
    "id": "sharyo-058",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["パークス東日本 月極担当 <tsukigime@parks-higashi.co.jp>"],
    "subject": "月極駐車場代 クレジットカード払いへの変更",
    "body": f"""パークス東日本株式会社
月極担当 様

お世話になっております。日の出産業 経理部の大谷です。
パークス練馬豊玉・パークス浜松町第3の月額利用料について、
来月分から法人カード払いに変更をお願いします。

　カード番号：{_zen(_c58, iso=True)}
　有効期限：０９／２９
　名義：HINODE SANGYO CO LTD

お電話でお伝えする方法もあると伺いましたが、担当者不在のためメールにて失礼いたします。
手続き完了のご連絡をお待ちしております。

日の出産業株式会社 経理部　大谷 由香
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "full credit-card number (full-width digits) sent by mail",
})

_p59 = person(5901)
MESSAGES.append({
    "id": "sharyo-059",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>", "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>"],
    "subject": "【社内】11/12 人身事故 負傷者の状況（労災手続き用）",
    "body": f"""岸本さん、宇佐美課長

お疲れさまです。森下です。
11/12 の川越の事故で負傷した {_p59["name"]} さん（配送課）の状況です。

・診断名：右橈骨遠位端骨折
・11/14 に手術、約2週間の入院予定
・主治医の見立てでは、復職（軽作業）まで2か月程度
・ご家族（奥様）とは私が連絡を取っています

労災（業務災害）の様式第5号・第8号の準備をお願いします。
保険会社への報告は私から済ませています。

森下
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "injury diagnosis of a named employee, but only internal recipients",
})

MESSAGES.append({
    "id": "sharyo-060",
    "charset": "iso-2022-jp",
    "sender": "藤森 航 <fujimori.w@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート窓口 <support@tsubasa-sytem.jp>"],
    "subject": "車両予約システム　ログイン障害の件（問合せ番号 TS-44812）",
    "body": """株式会社ツバサシステム
サポート窓口 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の藤森です。

本日 8:30 頃から、車両予約システムにログインできない事象が発生しております。
ブラウザにかかわらず「認証サーバに接続できません（E-1043）」と表示されます。

・影響範囲：全拠点（約150名）
・直前の変更：昨夜 弊社側でプロキシ証明書を更新
・回避策：なし（紙の予約簿で運用中）

至急、原因調査をお願いいたします。

日の出産業株式会社 情報システム部　藤森 航
TEL 03-5403-7740
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner ツバサシステム is tsubasa-system.jp; tsubasa-sytem.jp (letter dropped) is a look-alike",
})

# ======================================================================================
# 061-080
# ======================================================================================

_p61 = P(*range(6101, 6106))
_pp61 = ["TR4418207", "TK2093551", "TZ0771846", "MU6620914", "TS3358072"]
MESSAGES.append({
    "id": "sharyo-061",
    "charset": "utf-8",
    "sender": "Sayaka Mizuno <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["Siam Fleet Rental - Corporate Desk <corporate@siamfleet.com>"],
    "subject": "Rental car booking for our Bangkok business trip (Dec 8-19) - driver details",
    "body": "Dear Corporate Desk,\n\n"
            "Thank you for your quotation (Ref. SFR-Q-2025-1187). We would like to confirm the booking of\n"
            "two Toyota Fortuner vehicles for our team visiting the Amata City plant.\n"
            "As requested, here are the details of the five employees who will drive.\n"
            "All of them will carry an International Driving Permit issued in Japan.\n\n"
            "Name                 Date of birth   Passport No.   Mobile (roaming)\n"
            "-------------------------------------------------------------------------\n"
            + "\n".join(f"{p['ROMAJI']:<21}{p['dob_h']:<16}{pp:<15}+81 {p['mobile'][1:]}"
                        for p, pp in zip(_p61, _pp61))
            + "\n\nPick-up: Suvarnabhumi Airport, Dec 8, 14:00 (flight TG 661)\n"
              "Return: same location, Dec 19, 10:00\n\n"
              "Kind regards,\nSayaka Mizuno\nFleet Management Section, General Affairs Dept.\n"
              "Hinode Sangyo Co., Ltd.\nTel +81-3-5403-7710\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "English list of 5 employees with passport numbers, birth dates and mobiles",
})

MESSAGES.append({
    "id": "sharyo-062",
    "charset": "utf-8",
    "sender": "Sayaka Mizuno <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["Siam Fleet Rental - Corporate Desk <corporate@siamfleet.com>"],
    "cc": ["宇佐美 浩 <usami.h@hinode-sangyo.co.jp>"],
    "subject": "Re: Booking confirmation SFR-B-25-04471",
    "body": """Dear Ms. Ploy,

Thank you for the confirmation. We have checked the voucher and everything is in order:

  Booking ref.   SFR-B-25-04471
  Vehicles       2 x Toyota Fortuner 2.4 (or similar)
  Period         8 Dec 2025 14:00 - 19 Dec 2025 10:00
  Insurance      First-class, zero deductible
  Payment        Invoice to Hinode Sangyo Co., Ltd. (bank transfer, net 30)

Could you also let us know whether a child seat can be added later, and the nearest
authorised service centre to Amata City in case of a breakdown?

Kind regards,
Sayaka Mizuno
Hinode Sangyo Co., Ltd.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English booking mail with reference numbers only; internal Cc",
})

_p63 = person(6301)
MESSAGES.append({
    "id": "sharyo-063",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "あおり運転被害（車両損傷・従業員負傷）のご報告",
    "body": f"""あおい損害保険
三宅様

お世話になっております。日の出産業の森下です。
昨日、弊社営業車があおり運転の被害に遭いましたのでご報告いたします。

　被害者：{_p63["name"]}（{_p63["age"]}歳・営業2課）
　連絡先：{_p63["mobile"]}
　日時　：11月20日 17時50分頃
　場所　：首都高速湾岸線 大井PA付近

後続車に執拗に幅寄せされた後、PA内で停車させられ、相手の男性から
運転席の窓越しに胸ぐらをつかまれ顔を殴られました（全治1週間の打撲）。
ドアミラーも蹴って破損されています。
本人が東京湾岸警察署に被害届を提出し、暴行・器物損壊事件として受理されています。
（受理番号は本人が控えております）

車両の修理と、人身傷害の扱いについてご相談させてください。

日の出産業株式会社 総務部 車両管理課　森下
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee who was the victim of a crime (assault), with injury: 要配慮",
})

_p64 = P(*range(6401, 6410))
_ins64 = ["あおい損保", "ひかり損保", "東海海上", "あおい損保", "みらい共済", "ひかり損保", "東海海上", "あおい損保", "東海海上"]
MESSAGES.append({
    "id": "sharyo-064",
    "charset": "iso-2022-jp",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "マイカー業務使用許可者の任意保険 確認依頼",
    "body": """丸福保険サービス
宮坂様

お世話になっております。日の出産業 人事部の岸本です。
マイカーの業務使用を許可している社員について、
任意保険の補償内容が規程（対人・対物無制限）を満たしているか、
専門家の目で確認していただけないでしょうか。

一覧をPDFでお送りします。証券の写しは別途郵送いたします。

日の出産業 人事部 労務課 岸本
""",
    "attachments": [{
        "kind": "pdf", "name": "マイカー業務使用許可者一覧.pdf",
        "lines": ["マイカー業務使用許可者一覧（2025年11月）", ""],
        "table": [["氏名", "自宅住所", "車両", "保険会社", "証券番号", "対人", "対物"]]
        + [[p["name"], p["addr2"], f"{['アクア', 'フィット', 'N-BOX', 'ノート', 'ヤリス'][i % 5]}",
            ins, f"{7000 + i * 131}-{48210 + i * 977}", "無制限", "無制限" if i != 4 else "2,000万円"]
           for i, (p, ins) in enumerate(zip(_p64, _ins64))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of 9 employees with home addresses and their private insurance policies",
})

MESSAGES.append({
    "id": "sharyo-065",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "新車納車先（各拠点）のご案内",
    "body": """戸川様

お世話になっております。水野です。
来年４月納車分の納車先一覧をお送りします。各拠点の総務窓口へ納車をお願いします。

拠点　　　　　　　住所　　　　　　　　　　　　　　　　　　　電話　　　　　　台数　駐車場
―――――――――――――――――――――――――――――――――――――――――――――――
本社　　　　　　　東京都港区浜松町２－４－１　　　　　　　　03-5403-7700　　4　　地下B2
横浜営業所　　　　神奈川県横浜市港北区新横浜３－７－２　　　045-471-3300　　3　　平面
千葉営業所　　　　千葉県千葉市中央区富士見２－３－１　　　　043-224-5801　　2　　平面
北関東営業所　　　埼玉県さいたま市大宮区桜木町１－１１　　　048-645-2210　　3　　立体
川崎物流センター　神奈川県川崎市川崎区南町１５－８　　　　　044-233-5510　　2　　平面
大阪支店　　　　　大阪府大阪市淀川区西中島５－３－１０　　　06-6305-2211　　 2　　平面
名古屋出張所　　　愛知県名古屋市中区栄３－１８－５　　　　　052-261-0488　　1　　平面
仙台出張所　　　　宮城県仙台市青葉区一番町２－４－６　　　　022-711-3095　　1　　平面

納車日は拠点ごとに調整させてください。
よろしくお願いいたします。

日の出産業 車両管理課 水野
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own branches with office addresses and switchboards: not people",
})

MESSAGES.append({
    "id": "sharyo-066",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 物流部 相馬様 <soma@kitaguni-foods.co.jp>"],
    "subject": "Re: 車両管理の取り組み事例について",
    "body": """相馬様

お世話になっております。日の出産業の宇佐美です。
先日の物流担当者交流会では、ありがとうございました。

ご依頼いただいた弊社のアルコールチェック運用事例ですが、
社内の運用マニュアルは社外秘の扱いとなっておりますため、そのままお渡しすることができません。
代わりに、交流会で使用した公開用のスライドの内容をもとに要点をまとめました。

　・検知器は据置型を拠点に、携帯型を直行直帰者に配備
　・結果はクラウドに自動記録し、安全運転管理者が日次で確認
　・検知時は再検査→それでも検知なら当日乗務停止・代替手配
　・月1回、記録の抜け漏れを拠点長がチェック

ご参考になれば幸いです。

日の出産業株式会社 総務部 車両管理課　宇佐美
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned in a sentence (explaining why the manual is not shared); no marked document",
})

MESSAGES.append({
    "id": "sharyo-067",
    "charset": "utf-8",
    "sender": "藤森 航 <fujimori.w@hinode-sangyo.co.jp>",
    "to": ["フリートナビ 営業部 松永様 <matsunaga@fleetnavi.jp>"],
    "subject": "秘密保持契約書（弊社ひな形）の送付",
    "body": """株式会社フリートナビ
松永様

お世話になっております。日の出産業の藤森です。
先日お話しした秘密保持契約書について、弊社のひな形をお送りします。
修正のご希望がありましたら、変更履歴付きでお戻しいただけますと助かります。

締結後、運行データの項目定義書をお渡しする予定です。

日の出産業株式会社 情報システム部　藤森 航
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx", "title": "秘密保持契約書",
        "paragraphs": ["秘密保持契約書",
                       "日の出産業株式会社（以下「甲」という。）と株式会社フリートナビ（以下「乙」という。）とは、"
                       "車両管理クラウドサービスの導入検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、本目的のために相手方から開示された技術上又は営業上の情報であって、"
                       "開示の際に秘密である旨が明示されたものをいう。",
                       "第2条（秘密保持義務）受領者は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示又は漏えいしてはならない。",
                       "第3条（目的外使用の禁止）受領者は、秘密情報を本目的以外に使用してはならない。",
                       "第7条（有効期間）本契約の有効期間は、締結日から2年間とする。",
                       "甲：東京都港区浜松町2-4-1　日の出産業株式会社　代表取締役　　　　　　印",
                       "乙：　　　　　　　　　　　　　株式会社フリートナビ　代表取締役　　　　　　印"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an NDA template: it is about confidentiality but carries no confidentiality marking",
})

_p68 = P(*range(6801, 6806), near="神奈川県")
MESSAGES.append({
    "id": "sharyo-068",
    "charset": "iso-2022-jp",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["ハマ代行サービス 配車係 <haisha@hama-daikou.co.jp>"],
    "subject": "Re: 忘年会当日の運転代行 予約について",
    "body": "ハマ代行サービス 配車係 様\n\n"
            "ご返信ありがとうございます。横浜営業所の原口です。\n"
            "12/19 の社用車の代行をお願いしたい社員は下記5名です。\n"
            "お迎え時に本人確認のため携帯へご連絡いただけますと助かります。\n\n"
            + "\n".join(f"{i + 1}）{p['name']}　{_zen(p['mobile'], iso=True)}　行先：{p['addr'][:p['addr'].find('丁目') - 1]}方面"
                        for i, p in enumerate(_p68))
            + "\n\n会場：新横浜プリンス通り「和食 しずく」 21:00 お迎え\n\n原口\n\n"
              "> 日の出産業株式会社 原口様\n>\n> お問い合わせありがとうございます。\n"
              "> 12/19（金）21:00 で5台分 仮押さえいたしました。\n"
              "> ご利用者様のお名前とご連絡先をお知らせください。\n>\n> ハマ代行サービス 配車係\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the 5-person list with mobiles is new text of a reply, above the short quote",
})

MESSAGES.append({
    "id": "sharyo-069",
    "charset": "utf-8",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "車検証の写し（3台分）",
    "body": """戸川様

お世話になっております。水野です。
ご依頼の車検証の写し（3台分）をスキャンしてPDFにまとめました。
ご確認ください。

水野
""",
    "attachments": [{"kind": "corrupt", "name": "車検証_3台分.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "attached PDF is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "sharyo-070",
    "charset": "iso-2022-jp",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["桐生 様 <kiryu_h@yahoo.co.jp>"],
    "subject": "Re: 社用車の路上駐車についてのご指摘",
    "body": """桐生 様

日の出産業株式会社 総務部の森下でございます。
このたびは、弊社社用車の路上駐車についてご指摘をいただき、誠にありがとうございました。
また、ご不快な思いをおかけしましたことを深くお詫び申し上げます。

ご指摘の車両（白いライトバン）は弊社の営業車であることを確認いたしました。
運転していた社員には厳重に注意し、全営業担当者にも
コインパーキング等の利用を徹底するよう本日付で通知いたしました。

今後同様のことがございましたら、恐れ入りますが私宛にご連絡いただけますと幸いです。
重ねてお詫び申し上げます。

日の出産業株式会社 総務部 車両管理課　森下 圭吾
TEL 03-5403-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "apology to one private person on free mail; no personal data of others",
})

_p71 = P(*range(7101, 7111))
MESSAGES.append({
    "id": "sharyo-071",
    "charset": "shift_jis",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["品川すいみんクリニック 企業健診窓口 <kigyo@suimin-clinic.jp>"],
    "subject": "SAS簡易検査の結果と精密検査のご予約",
    "body": """品川すいみんクリニック
企業健診窓口 ご担当者様

お世話になっております。日の出産業の津村です。
10月に実施した睡眠時無呼吸症候群（SAS）簡易検査の結果一覧をお送りします。
「要精密」となった方の精密検査（PSG 一泊入院）の予約をお願いいたします。

日の出産業株式会社 総務部 安全運転管理者 津村
""",
    "attachments": [{
        "kind": "csv", "name": "SAS簡易検査結果_202510.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "生年月日", "BMI", "AHI", "判定", "備考"]]
        + [[p["emp"], p["name"], _wareki(*p["birth"], 1), f"{23 + (i * 7) % 11}.{i}", str(ahi),
            "要精密" if ahi >= 15 else ("経過観察" if ahi >= 5 else "異常なし"), note]
           for i, (p, ahi, note) in enumerate(zip(_p71, [4, 18, 33, 7, 2, 41, 12, 3, 26, 9],
                                                  ["", "高血圧治療中", "", "", "", "糖尿病治療中", "", "", "", ""]))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 10 drivers' sleep-apnoea test results and illnesses (medical, 要配慮)",
})

_p72 = person(7201)
MESSAGES.append({
    "id": "sharyo-072",
    "charset": "utf-8",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["ドライブスタッフ 派遣事業部 石渡様 <ishiwata@drive-staff.co.jp>"],
    "subject": "派遣ドライバーの乗務前アルコールチェックについて",
    "body": f"""株式会社ドライブスタッフ
石渡様

お世話になっております。日の出産業 横浜営業所の原口です。
御社から派遣いただいている {_p72["name"]} さんについてご報告です。

本日（11/25）7:10 の乗務前アルコールチェックで 0.12mg/L が検知されました。
15分後の再検査でも 0.09mg/L でしたので、規程に従い本日の乗務は停止し、
構内作業に切り替えていただきました。本人は前夜の飲酒を認めています。

派遣元として、本人への指導をお願いできますでしょうか。
明日以降の乗務については、明朝のチェック結果で判断いたします。

日の出産業株式会社 横浜営業所 所長　原口 誠
TEL 045-471-3300
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "one named driver's alcohol-check failure to his agency: sensitive but not a 要配慮 category",
})

_mn73 = [my_number(SEED + 1), my_number(SEED + 2), my_number(SEED + 3)]
_p73 = P(7301, 7302, 7303)
MESSAGES.append({
    "id": "sharyo-073",
    "charset": "shift_jis",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["経理部 支払調書担当 <shiharai@hinode-sangyo.co.jp>"],
    "subject": "【社内・取扱注意】委託ドライバー 個人番号の登録依頼",
    "body": "支払調書担当各位\n\nお疲れさまです。大谷です。\n"
            "本年度から契約した委託ドライバー3名の個人番号です。\n"
            "番号管理システムへの登録後、本メールは削除してください。\n\n"
            + "\n".join(f"{p['name']}\t{p['addr2']}\t{m}" for p, m in zip(_p73, _mn73))
            + "\n\n大谷\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers and a 取扱注意 marking, but sent only internally",
})

_p74 = P(*range(7401, 7406))
_mn74 = [my_number(SEED + 4 + k) for k in range(5)]
MESSAGES.append({
    "id": "sharyo-074",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["税理士法人つばき会計 野々村様 <nonomura@tsubaki-kaikei.jp>"],
    "subject": "委託ドライバー５名分の支払調書用データ",
    "body": """野々村様

お世話になっております。日の出産業の大谷です。
先日お送りした１名分に続き、残り５名分の支払調書用データをExcelでお送りします。
「支払先一覧」シートと「支払明細」シートに分けております。

よろしくお願いいたします。
日の出産業 経理部 大谷
""",
    "attachments": [{
        "kind": "xlsx", "name": "支払調書用データ_委託ドライバー.xlsx",
        "sheets": {
            "支払先一覧": [["報酬、料金、契約金及び賞金の支払調書 作成用データ（令和7年分）"], [],
                      ["No", "氏名", "フリガナ", "生年月日", "住所", "個人番号"]]
            + [[i + 1, p["name"], p["kana"], p["dob"], f"{p['postal']} {p['addr']}", m]
               for i, (p, m) in enumerate(zip(_p74, _mn74))],
            "支払明細": [["支払明細"], ["氏名", "区分", "支払金額", "源泉徴収税額"]]
            + [[p["name"], "配送業務委託報酬", 2_400_000 + i * 310_000, 0] for i, p in enumerate(_p74)],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with My Numbers, addresses and birth dates of 5 contractors to an outside accountant",
})

MESSAGES.append({
    "id": "sharyo-075",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["hiro.takemura@gmail.com", "a-kuwabara@icloud.com", "m_sonoda.1210@ezweb.ne.jp"],
    "subject": "11月12日 川越市での事故についてのお礼とお願い",
    "body": """竹村様、桑原様、園田様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の森下と申します。

11月12日朝、川越市脇田本町の交差点で発生した弊社車両の事故の際、
救護や通報にご協力いただき、誠にありがとうございました。
負傷した社員も順調に回復しております。

つきましては、保険会社より事故状況の確認のため、
目撃された内容について改めてお話を伺いたいとの申し出がございました。
ご協力いただける場合は、ご都合のよい日時をお知らせいただけますでしょうか。

お忙しいところ大変恐縮ですが、何卒よろしくお願い申し上げます。

日の出産業株式会社 総務部 車両管理課　森下 圭吾
TEL 03-5403-7710
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private witnesses on free mail in To can see each other's addresses",
})

MESSAGES.append({
    "id": "sharyo-076",
    "charset": "shift_jis",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全推進室 西岡様 <nishioka@aoba-unyu.co.jp>"],
    "cc": ["関東ドライビングスクール 法人研修担当 <houjin@kanto-ds.co.jp>"],
    "subject": "合同安全運転講習（2月）の日程調整",
    "body": """青葉運輸株式会社 安全推進室　西岡様
（CC：関東ドライビングスクール 法人研修ご担当者様）

いつもお世話になっております。日の出産業の津村です。
昨年好評だった２社合同の安全運転講習を、今年度も２月に開催したいと考えております。

候補日：２月７日（土）、２月１４日（土）、２月２１日（土）
会場：関東ドライビングスクール様 川崎コース
内容：危険予知トレーニング（KYT）、後退時の死角確認、ドライブレコーダー映像の振り返り
人数：各社１５名程度

講師・コースのご都合を関東ドライビングスクール様に、
参加人数の見込みを西岡様にご確認いただけますでしょうか。

日の出産業株式会社 総務部 安全運転管理者　津村 修一
TEL 03-5403-7711
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way scheduling mail: two external organisations in To/Cc",
})

_p77 = P(*range(7701, 7709))
_o77 = P(*range(7751, 7759))
_acc77 = ["後退時 電柱接触", "信号待ち 追突される", "駐車場内 接触", "交差点 右直事故", "車線変更時 接触",
          "コンビニ駐車場 接触", "渋滞中 追突", "狭路 ミラー接触"]
_txt77 = "\n".join(f"{i + 1}. {d['name']}（{d['dept']}） 11/{3 + i * 3:02d} {a} 相手方:{o['name']} {o['mobile']}"
                   for i, (d, o, a) in enumerate(zip(_p77, _o77, _acc77)))
_html77 = "".join(
    f"<tr><td>{i + 1}</td><td>{d['name']}</td><td>{d['dept']}</td><td>11/{3 + i * 3:02d}</td><td>{a}</td>"
    f"<td>{o['name']}</td><td>{o['mobile']}</td></tr>" for i, (d, o, a) in enumerate(zip(_p77, _o77, _acc77)))
MESSAGES.append({
    "id": "sharyo-077",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "11月度 事故一覧（月次報告）",
    "body": "宮坂様\n\nお世話になっております。森下です。\n11月度の事故一覧です。\n\n"
            + _txt77 + "\n\nよろしくお願いいたします。\n森下\n",
    "html": "<html><body><p>宮坂様</p><p>お世話になっております。森下です。<br>11月度の事故一覧です。</p>"
            "<table border='1'><tr><th>No</th><th>運転者</th><th>所属</th><th>発生日</th><th>内容</th>"
            "<th>相手方</th><th>相手方連絡先</th></tr>" + _html77 + "</table>"
            "<p>よろしくお願いいたします。<br>森下</p></body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text+HTML mail listing 8 accidents with drivers and the other parties' names and mobiles",
})

MESSAGES.append({
    "id": "sharyo-078",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    "subject": "1/23 安全運転表彰式 駐車場のご手配について",
    "body": """さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業の水野です。
1月23日（金）の安全運転表彰式（鳳凰の間・80名）につきまして、
お車でお越しになる来賓の方向けに、ホテル駐車場を10台分確保いただけますでしょうか。

・利用時間：17:00〜21:30
・駐車料金：弊社一括精算（宴会費用と合わせてご請求ください）
・ハイヤー乗降場所のご案内もお願いします

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課 水野
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner さくらホテル is sakura-hotel.jp; sakura-hote1.jp (l → 1) is a homoglyph look-alike",
})

MESSAGES.append({
    "id": "sharyo-079",
    "charset": "utf-8",
    "sender": "Hiroshi Usami <usami.h@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitmore <d.whitmore@nbfleet.com>"],
    "subject": "Fleet safety KPIs FY2024 for the benchmarking study",
    "body": """Dear Daniel,

Thank you for including us in your fleet safety benchmarking study.
Here are our aggregated figures for FY2024 (April 2024 - March 2025):

  Fleet size (average)                 112 vehicles
  Total distance                       2,104,500 km
  Collisions (all)                     41
  Collisions per 100,000 km            1.95
  Injury collisions                    3
  Alcohol-check compliance             99.6 %
  Share of vehicles with dashcams      100 %
  Share of vehicles with telematics    43 %

We do not share driver-level data, but I am happy to discuss our methodology on a call.

Best regards,
Hiroshi Usami
Manager, Fleet Management Section
Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail with aggregated KPIs; 'confidential' only in the standard disclaimer",
})

MESSAGES.append({
    "id": "sharyo-080",
    "charset": "shift_jis",
    "sender": "宇佐美 浩 <usami.h@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "次期リース条件のご相談（資料添付）",
    "body": """戸川様

お世話になっております。宇佐美です。
次期リース条件のご相談に向けて、弊社の車両コスト分析資料をお送りします。
他社様のお見積り条件との比較も含んでおりますので、取扱いにはご注意ください。

来週の打合せでご意見を伺えれば幸いです。

宇佐美
""",
    "attachments": [{
        "kind": "xlsx", "name": "車両コスト分析_次期リース検討.xlsx", "title": "車両コスト分析",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 総務部",
        "sheets": {
            "表紙": [["【社外秘】"], ["車両コスト分析（次期リース検討用）"], ["作成：総務部 車両管理課 2025/11"]],
            "リース料比較": [["車種", "現行月額", "東和オートリース案", "他社A案", "他社B案"],
                        ["プロボックス", 39_800, 37_500, 36_900, 38_200],
                        ["NV200", 48_600, 46_000, 45_500, 47_100], ["アクア", 44_200, 41_800, 42_300, 40_900]],
            "総額試算": [["項目", "5年総額(千円)"], ["現行条件継続", 306_600], ["東和案", 288_400], ["他社A案", 285_100]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached workbook carries 社外秘 in its page header and cover sheet",
})

# ======================================================================================
# 081-100
# ======================================================================================

_p81 = person(8101, near="大阪府")
MESSAGES.append({
    "id": "sharyo-081",
    "charset": "iso-2022-jp",
    "sender": "北条 里奈 <hojo.r@hinode-sangyo.co.jp>",
    "to": ["駅前レンタカー 新大阪駅前店 <shin-osaka@ekimae-rentacar.co.jp>"],
    "subject": "法人契約でのレンタカー予約（12/3〜12/5）",
    "body": f"""駅前レンタカー 新大阪駅前店 御中

いつもお世話になっております。
日の出産業株式会社 大阪支店 総務の北条です（法人契約番号 ER-0041772）。

下記のとおりレンタカーの予約をお願いいたします。
事前登録のため、運転者の免許証情報もあわせてお送りします。

　利用期間：１２月３日（水）９:００ 〜 １２月５日（金）１８:００
　車種クラス：Ｓクラス（ヤリス等）、禁煙車
　運転者：{_p81["name"]}（{_p81["kana"]}）
　生年月日：{_wareki(*_p81["birth"], 2)}
　運転免許証番号：{_zen(_p81["license"], iso=True)}
　免許の有効期限：{_zen(_p81["lic_exp_w"], iso=True)}まで

ご請求は月末締めで大阪支店宛にお願いいたします。
よろしくお願いいたします。

日の出産業株式会社 大阪支店 総務　北条 里奈
TEL 06-6305-2211
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one driver's licence number (full-width digits) and 和暦 birth date sent to a rental company",
})

MESSAGES.append({
    "id": "sharyo-082",
    "charset": "utf-8",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 1/23 安全運転表彰式 駐車場のご手配について",
    "body": """さくらホテル
宴会予約ご担当 小野寺様

ご連絡ありがとうございます。日の出産業の水野です。
ホテル駐車場が当日10台分確保できないとのこと、承知いたしました。
ご紹介いただいた近隣駐車場を、来賓の方へのご案内に使わせていただきます。

　駐車場名                    住所                           台数   営業時間
  -------------------------------------------------------------------------------
　さくらホテル 地下駐車場     東京都港区芝公園1-5-8          4      24時間
　芝公園パーキング            東京都港区芝公園1-7-2          30     7:00〜23:00
　タイムパーク大門            東京都港区浜松町1-22-5         12     24時間
　芝大門第2駐車場             東京都港区芝大門2-3-11         18     8:00〜22:00

駐車券の事前精算サービスが使える駐車場がありましたら教えてください。

日の出産業株式会社 総務部 車両管理課　水野 さやか
TEL 03-5403-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of parking lots (businesses) to a partner hotel",
})

_p83 = P(*range(8301, 8307))
MESSAGES.append({
    "id": "sharyo-083",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "subject": "FW: 千葉営業所 運転者の免許情報",
    "body": """戸川様

お世話になっております。水野です。
千葉営業所から届いた運転者の免許情報を、元のメールごと転送します。
来月納車分の使用者登録にご利用ください。

水野
""",
    "attachments": [{
        "kind": "eml", "name": "千葉営業所 運転者の免許情報.eml",
        "message": {
            "charset": "shift_jis",
            "sender": "千葉営業所 庶務 <chiba-shomu@hinode-sangyo.co.jp>",
            "to": ["水野 さやか <mizuno.s@hinode-sangyo.co.jp>"],
            "subject": "千葉営業所 運転者の免許情報",
            "body": "水野さん\n\nお疲れさまです。千葉営業所の庶務です。\n"
                    "新しい営業車を使う6名の免許情報です。\n\n"
                    + "\n".join(f"◆{p['name']}\n　免許証番号 {p['license']}／{p['lic_type']}／{p['color']}\n"
                                f"　有効期限 {p['lic_exp']}\n　携帯 {p['mobile']}" for p in _p83)
                    + "\n\nよろしくお願いします。\n",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded mail attached as .eml: 6 drivers' licence numbers and mobiles",
})

_p84 = P(*range(8401, 8411))
MESSAGES.append({
    "id": "sharyo-084",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["丸福保険サービス 宮坂 様 <miyasaka@marufuku-hoken.co.jp>"],
    "subject": "追加運転者名簿（暗号化ZIP）",
    "body": """宮坂様

お世話になっております。水野です。
追加運転者の名簿を暗号化ZIPでお送りします。
解凍パスワード：Marufuku#1125

よろしくお願いいたします。
日の出産業 車両管理課 水野
""",
    "attachments": [{
        "kind": "zip", "name": "追加運転者名簿.zip", "password": "Marufuku#1125",
        "files": [{"kind": "xlsx", "name": "追加運転者名簿.xlsx",
                   "sheets": {"名簿": [["氏名", "生年月日", "免許証番号"]]
                              + [[p["name"], p["dob"], p["license"]] for p in _p84]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP (password even given in the same mail) cannot be inspected",
})

MESSAGES.append({
    "id": "sharyo-085",
    "charset": "shift_jis",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 大河内様 <okochi@nishiki-insatsu.co.jp>"],
    "subject": "運転日報・アルコールチェック記録簿の印刷のお願い",
    "body": """錦印刷株式会社
営業部　大河内様

いつもお世話になっております。日の出産業の水野です。
来年度用の「運転日報 兼 アルコールチェック記録簿」の印刷をお願いしたく、
版下データ（Word）をお送りします。

・仕様：A4 片面 2枚複写（上：白、下：黄）、50組綴り、天のり
・部数：400冊
・納期：3月13日（金）
・納品先：本社 総務部 車両管理課

お見積りをいただけますでしょうか。よろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課　水野
TEL 03-5403-7710
""",
    "attachments": [{
        "kind": "docx", "name": "運転日報_版下_2026.docx", "title": "運転日報 兼 アルコールチェック記録簿",
        "paragraphs": ["運転日報 兼 アルコールチェック記録簿", "日の出産業株式会社",
                       "運転者氏名：＿＿＿＿＿＿＿＿　　車両番号：＿＿＿＿＿＿＿＿"],
        "tables": [[["", "時刻", "確認方法", "検知器使用", "酒気帯び", "確認者"],
                    ["乗務前", "", "対面・電話", "有・無", "有・無", ""],
                    ["乗務後", "", "対面・電話", "有・無", "有・無", ""]],
                   [["出発地", "到着地", "出発時刻", "到着時刻", "走行距離", "備考"], ["", "", "", "", "", ""]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank form template sent to a partner printer; no data filled in",
})

_p86 = P(8601, 8602, 8603, 8604)
MESSAGES.append({
    "id": "sharyo-086",
    "charset": "utf-8",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["湖南観光バス 営業課 <eigyo@konan-bus.co.jp>"],
    "subject": "12/6 工場見学会 送迎バスの添乗者について",
    "body": "湖南観光バス株式会社\n営業課 御中\n\n"
            "お世話になっております。日の出産業 人事部の岸本です。\n"
            "12/6（土）の工場見学会 送迎バス（2台）に、弊社から添乗する社員をお知らせします。\n"
            "当日の集合・出発の連絡は各添乗者の携帯へお願いいたします。\n\n"
            + "\n".join(f"　{p['kana']}　（{'1号車' if i < 2 else '2号車'}）　{p['mobile']}" for i, p in enumerate(_p86))
            + "\n\n集合：JR川崎駅 西口 バスロータリー 8:30\n\n"
              "日の出産業株式会社 人事部　岸本 麻衣\nTEL 03-5403-7705\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff (kana names) with mobiles: below the five-record line, may be warned",
})

MESSAGES.append({
    "id": "sharyo-087",
    "charset": "iso-2022-jp",
    "sender": "大谷 由香 <otani.y@hinode-sangyo.co.jp>",
    "to": ["日本フューエルカード 法人サポート <support@nf-card.co.jp>"],
    "subject": "リース返却車両に紐づく給油カードの解約",
    "body": """日本フューエルカード株式会社
法人サポートデスク ご担当者様

お世話になっております。日の出産業 経理部の大谷です。
リース満了で返却する車両に紐づく給油カードの解約をお願いします。

　カード番号　　　　　　　登録車両　　　　　　解約日
　************0735　　　品川 500 さ 12-34　　3/31
　************1466　　　品川 500 さ 12-35　　3/31
　************2197　　　品川 400 す 87-01　　3/31
　************2928　　　横浜 500 ね 45-90　　3/31

カード現物は解約日以降にまとめて返送いたします。
よろしくお願いいたします。

日の出産業株式会社 経理部　大谷
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "masked card numbers tied to vehicles only; nothing personal",
})

_p88 = person(8801)
MESSAGES.append({
    "id": "sharyo-088",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["戸川 様 <togawa@towa-autolease.co.jp>"],
    "cc": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "11/26 単独事故（運転中の体調急変）の件",
    "body": f"""東和オートリース 戸川様
（CC：あおい損害保険 三宅様）

お世話になっております。日の出産業の森下です。
昨日発生したリース車両の単独事故についてご報告します。

　車両：品川 500 さ 21-41（プロボックス）
　運転者：{_p88["name"]}（{_p88["age"]}歳・施設管理課）
　状況：走行中に運転者が脳梗塞を発症し、ガードレールに接触して停止
　　　　（救急搬送先の病院で診断。左半身に軽い麻痺があり、現在入院中）
　損傷：右前部バンパー・フェンダー・ヘッドライト

健康起因事故として国交省様式での報告も検討しております。
車両の引取りと修理見積、車両保険の適用についてご相談させてください。

日の出産業株式会社 総務部 車両管理課　森下
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "a named driver's stroke diagnosis (medical, 要配慮) to the leasing company and insurer",
})

_p89 = P(*range(8901, 8910), near="東京都")
MESSAGES.append({
    "id": "sharyo-089",
    "charset": "utf-8",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["宇佐美 浩 <usami.h@hinode-sangyo.co.jp>"],
    "cc": ["車両管理課 <sharyo@hinode-sangyo.co.jp>"],
    "subject": "【社内】社用車 自宅保管者台帳（最新版）",
    "body": """宇佐美課長

お疲れさまです。森下です。
社用車を自宅保管している社員の台帳を更新しました（9名）。
車庫証明の保管場所と、自宅からの距離も確認済みです。

森下
""",
    "attachments": [{
        "kind": "xlsx", "name": "自宅保管者台帳_202511.xlsx",
        "sheets": {
            "保管者一覧": [["社用車 自宅保管者台帳（2025年11月更新）"], [],
                      ["氏名", "所属", "自宅住所", "携帯", "保管場所", "距離(m)"]]
            + [[p["name"], p["dept"], p["addr"], p["mobile"], "近隣月極（法人契約）", 120 + i * 85]
               for i, p in enumerate(_p89)],
            "車両": [["登録番号", "保管者"]] + [[f"練馬 500 ま {31 + i:02d}-{7 + i:02d}", p["name"]] for i, p in enumerate(_p89)],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "XLSX with 9 employees' home addresses, but all recipients are internal",
})

MESSAGES.append({
    "id": "sharyo-090",
    "charset": "iso-2022-jp",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["佐伯行政書士事務所 佐伯先生 <saeki@saeki-gyosei.jp>"],
    "subject": "車庫証明申請代行のお願い（2台）",
    "body": """佐伯行政書士事務所
佐伯先生

いつもお世話になっております。日の出産業の森下です。
来年１月納車の新車２台について、車庫証明の申請代行をお願いいたします。

【使用の本拠の位置】東京都港区浜松町2-4-1（本社）
【保管場所】
　１台目：東京都港区浜松町2-4-1 日の出ビル 地下駐車場 B2-37
　２台目：東京都港区浜松町2-9-4 パークス浜松町第3 No.15（法人契約）
【車両】トヨタ プロボックス（6AA-NHP160V）×２

保管場所使用承諾証明書と配置図は、ビル管理会社・駐車場会社から取り寄せ済みです。
原本は本日郵送いたします。

日の出産業株式会社 総務部 車両管理課　森下
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "garage-certificate request with company addresses and vehicle models only",
})

_p91 = P(*range(9101, 9107))
_vio91 = [("2025/02/11", "速度超過（20km/h以上25km/h未満）", "2", "反則金 15,000円"),
          ("2025/03/27", "一時不停止", "2", "反則金 7,000円"),
          ("2025/05/09", "酒気帯び運転（0.25mg/L未満）", "13", "罰金 30万円（略式命令）"),
          ("2025/06/14", "携帯電話使用（保持）", "3", "反則金 18,000円"),
          ("2025/08/02", "駐車違反（放置）", "3", "放置違反金 18,000円"),
          ("2025/09/30", "信号無視（赤色等）", "2", "反則金 9,000円")]
MESSAGES.append({
    "id": "sharyo-091",
    "charset": "utf-8",
    "sender": "岸本 麻衣 <kishimoto.m@hinode-sangyo.co.jp>",
    "to": ["山吹社労士事務所 山吹先生 <yamabuki@yamabuki-sr.jp>"],
    "subject": "交通違反者の懲戒処分検討資料",
    "body": """山吹先生

お世話になっております。日の出産業 人事部の岸本です。
今年度の業務中・私用の交通違反者について、懲戒処分の要否をご相談したく、
一覧をCSVでお送りします。特に酒気帯びの1件について量定のご意見をいただけますでしょうか。

日の出産業株式会社 人事部 労務課　岸本
""",
    "attachments": [{
        "kind": "csv", "name": "交通違反者一覧_2025.csv", "encoding": "utf-8",
        "rows": [["氏名", "所属", "運転免許証番号", "違反日", "違反内容", "点数", "処分", "業務中"]]
        + [[p["name"], p["dept"], p["license"], v[0], v[1], v[2], v[3], "私用" if i == 2 else "業務中"]
           for i, (p, v) in enumerate(zip(_p91, _vio91))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 6 named offenders with licence numbers, one with a criminal fine (前科, 要配慮)",
})

_p92 = P(*range(9201, 9206))
MESSAGES.append({
    "id": "sharyo-092",
    "charset": "iso-2022-jp",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["津村 修一 <tsumura.s@hinode-sangyo.co.jp>"],
    "subject": "Re: 年末年始 当番ドライバーの連絡先",
    "body": "津村さん\n\n原口です。1名変更があったので差し替えます。\n\n"
            + "\n".join(f"{p['name']}　{p['mobile']}　{d}" for p, d in zip(
                _p92, ["12/27-28", "12/29-30", "12/31", "1/1-2", "1/3-4"]))
            + "\n\n以上です。\n\n"
              "> 原口さん\n> 年末年始の当番ドライバーの連絡先を送ってください。\n"
              "> 事故対応の一覧に載せます。\n> 津村\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "5 people's mobiles in an internal-only reply",
})

MESSAGES.append({
    "id": "sharyo-093",
    "charset": "shift_jis",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 物流部 相馬様 <soma@kitaguni-foods.co.jp>"],
    "subject": "冷凍車の相互融通について",
    "body": """北国フーズ株式会社
物流部　相馬様

いつもお世話になっております。日の出産業 横浜営業所の原口です。
先日お話のあった、繁忙期（12月）の冷凍車の相互融通について、社内で了承が取れました。

・対象車両：弊社 2t冷凍車 1台（横浜 800 は 40-12、−25℃設定可）
・期間：12/15〜12/28 の平日
・条件：燃料は満タン返し、運転は御社ドライバーの方（御社の保険でカバー）
・車両の受け渡し：弊社 横浜営業所 駐車場

貸出契約書のひな形は弊社法務から改めてお送りします。
よろしくお願いいたします。

日の出産業株式会社 横浜営業所 所長　原口 誠
TEL 045-471-3300
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary vehicle-sharing arrangement with a known partner at its correct domain",
})

MESSAGES.append({
    "id": "sharyo-094",
    "charset": "utf-8",
    "sender": "Sayaka Mizuno <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["Kevin Lim <kevin.lim@clearview-dash.com>"],
    "subject": "Order HS-PO-25-0912: 20 dashcams, shipping and firmware",
    "body": """Dear Kevin,

Thank you for the prompt shipment. We received the first 12 units today
(DHL tracking 7731 0482 5519) and the rest are due next week (tracking 7731 0482 6620).

Two quick questions:
- The units arrived with firmware 3.2.1. Should we update to 3.4.0 before installation?
- Is the parking-mode cable (CV-PK2) compatible with 12V hybrid vehicles (Toyota Aqua)?

Order: HS-PO-25-0912 / Model CV-D700 x 20 / Invoice CVD-INV-88127

Best regards,
Sayaka Mizuno
Fleet Management Section, Hinode Sangyo Co., Ltd.
Tel +81-3-5403-7710
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English order follow-up with tracking and invoice numbers only",
})

MESSAGES.append({
    "id": "sharyo-095",
    "charset": "iso-2022-jp",
    "sender": "水野 さやか <mizuno.s@hinode-sangyo.co.jp>",
    "to": ["港北モータース 長尾 様 <nagao@kohoku-motors.co.jp>"],
    "subject": "スタッドレスタイヤ交換の予約（12月第1週）",
    "body": """港北モータース
工場長　長尾様

いつもお世話になっております。日の出産業の水野です。
今年もスタッドレスタイヤへの交換をお願いしたく、ご連絡しました。

　対象：北関東営業所の営業車 ８台（タイヤは御社でお預かり中の分）
　希望日：１２月１日（月）〜１２月５日（金）のうち２日間
　作業場所：北関東営業所 駐車場（出張作業）

当日の現地窓口は北関東営業所の庶務担当です（営業所代表 048-645-2210）。
お見積りとご都合のよい日程をお知らせください。

よろしくお願いいたします。

――――――――――――――――――――――
日の出産業株式会社
総務部 車両管理課　水野 さやか
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL 03-5403-7710（代表） FAX 03-5403-7719
E-mail: mizuno.s@hinode-sangyo.co.jp
――――――――――――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "routine service booking; only the sender's signature and an office switchboard",
})

_p96 = P(9601, 9602)
MESSAGES.append({
    "id": "sharyo-096",
    "charset": "shift_jis",
    "sender": "原口 誠 <haraguchi.m@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務課 江口様 <eguchi@kawasaki-denki.co.jp>"],
    "subject": "構内配送ドライバー交代のお知らせ（12/2）",
    "body": f"""川崎電機株式会社
総務課　江口様

いつもお世話になっております。日の出産業 横浜営業所の原口です。

御社工場の構内配送を担当している {_p96[0]["name"]} ですが、
持病の定期通院のため、12月2日（火）は終日お休みをいただきます。
当日は {_p96[1]["name"]} が代わりに伺いますので、入構証の発行をお願いできますでしょうか。

車両は通常どおり 横浜 480 ね 11-38 を使用します。
ご迷惑をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 横浜営業所 所長　原口 誠
TEL 045-471-3300
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named driver's 'chronic illness hospital visit' told to a customer: vague medical hint",
})

_p97 = P(*range(9701, 9711))
_rows97 = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['dept']}</td><td>{p['mobile']}</td>"
                  f"<td>{p['home']}</td></tr>" for i, p in enumerate(_p97))
MESSAGES.append({
    "id": "sharyo-097",
    "charset": "utf-8",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["安全運転推進委員 <anzen-iin@hinode-sangyo.co.jp>"],
    "cc": ["原口 誠 <haraguchi.m@mail.hinode-sangyo.co.jp>"],
    "subject": "【社内】事故発生時 緊急連絡網（2025年12月版）",
    "html": f"""<html><body>
<p>安全運転推進委員 各位</p>
<p>お疲れさまです。津村です。<br>事故発生時の緊急連絡網を更新しました。各拠点で掲示をお願いします。</p>
<table border="1" cellpadding="3"><tr><th>順</th><th>氏名</th><th>所属</th><th>携帯</th><th>自宅</th></tr>
{_rows97}</table>
<p>津村</p></body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "HTML contact tree of 10 people, internal recipients only",
})

MESSAGES.append({
    "id": "sharyo-098",
    "charset": "iso-2022-jp",
    "sender": "津村 修一 <tsumura.s@hinode-sangyo.co.jp>",
    "to": ["関東ドライビングスクール 講師 久我様 <kuga@kanto-ds.co.jp>"],
    "subject": "2月合同講習の座学スライド（事前共有）",
    "body": """関東ドライビングスクール
久我様

お世話になっております。日の出産業の津村です。
2月の合同講習の冒頭で弊社から説明する座学スライドをお送りします。
講師の皆様の内容と重複がないかご確認いただけますと幸いです。

日の出産業 総務部 安全運転管理者 津村
""",
    "attachments": [{
        "kind": "pptx", "name": "合同講習_座学_日の出産業.pptx", "title": "安全運転講習 座学",
        "slides": [["日の出産業の事故の傾向", "2024年度 事故41件", "後退時の接触が37%", "夕方16〜18時に集中"],
                   ["後退時の事故を防ぐ", "降車して後方確認", "バックモニターを過信しない", "誘導者がいる場合は合図を決める"],
                   ["アルコールチェックの徹底", "乗務前後の2回", "検知時は必ず再検査", "前夜の飲酒は22時まで"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training slides with aggregated statistics only",
})

MESSAGES.append({
    "id": "sharyo-099",
    "charset": "utf-8",
    "sender": "Hiroshi Usami <usami.h@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitmore <d.whitmore@nbfleet.com>"],
    "subject": "Draft fleet strategy 2026-2030 for your review",
    "body": """Dear Daniel,

As agreed, please find attached our draft fleet strategy for 2026-2030.
Your comments on the EV transition timeline and the leasing vs. ownership analysis
would be most welcome before our board presentation on 15 January.

Best regards,
Hiroshi Usami
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{
        "kind": "pdf", "name": "Fleet_Strategy_2026-2030_draft.pdf", "title": "Fleet Strategy 2026-2030 (draft)",
        "page_header": "INTERNAL ONLY - Hinode Sangyo Co., Ltd.",
        "page_footer": "Confidential - do not distribute",
        "lines": ["INTERNAL ONLY", "Fleet Strategy 2026-2030 (Draft v0.8)", "",
                  "1. Reduce the fleet from 112 to 98 vehicles by FY2027",
                  "2. Convert 40% of light vans to BEV by FY2030 (charging at 6 sites)",
                  "3. Move from 5-year to 4-year leases with full maintenance",
                  "4. Telematics on 100% of vehicles by FY2026"],
        "table": [["FY", "Vehicles", "BEV share", "Cost (JPY m)"], ["2026", "108", "5%", "101.2"],
                  ["2027", "98", "15%", "95.8"], ["2028", "98", "25%", "94.1"], ["2030", "98", "40%", "92.6"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped INTERNAL ONLY / Confidential in header and footer, sent to an outside consultant",
})

MESSAGES.append({
    "id": "sharyo-100",
    "charset": "shift_jis",
    "sender": "森下 圭吾 <morishita.k@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake.k@aoi-sonpo.co.jp>"],
    "subject": "事故受付番号 A25-118803 示談成立のお礼",
    "body": """あおい損害保険株式会社
東京損害サービス第二課　三宅様

いつもお世話になっております。日の出産業の森下です。

10月の駐車場内接触事故（事故受付番号 A25-118803）につきまして、
相手方との示談が成立したとのご連絡をいただき、ありがとうございました。
修理費の支払いと、弊社車両の修理完了（港北モータース様）も確認いたしました。

初動から丁寧にご対応いただき、大変助かりました。
今回の事故を受けて、駐車場内での後退時の降車確認を全社に再徹底しております。

今後ともどうぞよろしくお願いいたします。

日の出産業株式会社 総務部 車両管理課　森下 圭吾
TEL 03-5403-7710
""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you note with a claim number; disclaimer only",
})
