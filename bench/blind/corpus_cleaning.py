"""cleaning — 日の出産業株式会社 清掃サービス事業部 (ハウスクリーニング・ビル清掃) のメール 100 通.

Households' bookings with addresses and key handling, staff rosters and shifts,
building-cleaning contracts with property managers, subcontractors, damage claims,
staff background checks and health declarations, customers' special requests,
invoices and equipment rental.

Every person, phone number, address, bank account, card number and ID number in this
file is invented (fictional, for testing only); every external domain other than the
partner domains named in BRIEF.md is fictional too.
Seeds for my_number() / card_number(): 6201, 6202, … in order of use (SEED = 6201).
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

R = random.Random(6201)
_SEEDS = iter(range(6201, 6400))


def mn() -> str:
    return my_number(next(_SEEDS))


def cardno() -> str:
    return card_number(next(_SEEDS))


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"), ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"), ("柴田", "シバタ", "Shibata"),
    ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮本", "ミヤモト", "Miyamoto"),
    ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("武田", "タケダ", "Takeda"),
    ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"), ("千葉", "チバ", "Chiba"),
    ("久保", "クボ", "Kubo"), ("岩崎", "イワサキ", "Iwasaki"), ("野口", "ノグチ", "Noguchi"),
    ("比嘉", "ヒガ", "Higa"), ("新垣", "アラカキ", "Arakaki"), ("大城", "オオシロ", "Oshiro"),
    # rare surnames
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("五月女", "ソウトメ", "Sotome"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("薬袋", "ミナイ", "Minai"),
    ("鴨脚", "イチョウ", "Icho"), ("九十九", "ツクモ", "Tsukumo"),
    ("百目鬼", "ドウメキ", "Domeki"), ("雲母", "キラ", "Kira"),
    ("御手洗", "ミタライ", "Mitarai"), ("釈迦郡", "シャカゴオリ", "Shakagori"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"), ("一尺八寸", "カマツカ", "Kamatsuka"),
]
GIVEN = [
    ("陽子", "ヨウコ", "Yoko"), ("美和", "ミワ", "Miwa"), ("恵", "メグミ", "Megumi"),
    ("由美子", "ユミコ", "Yumiko"), ("直美", "ナオミ", "Naomi"), ("真由美", "マユミ", "Mayumi"),
    ("千里", "チサト", "Chisato"), ("奈緒", "ナオ", "Nao"), ("彩花", "アヤカ", "Ayaka"),
    ("京子", "キョウコ", "Kyoko"), ("幸子", "サチコ", "Sachiko"), ("和代", "カズヨ", "Kazuyo"),
    ("里美", "サトミ", "Satomi"), ("光代", "ミツヨ", "Mitsuyo"), ("朋美", "トモミ", "Tomomi"),
    ("沙織", "サオリ", "Saori"), ("久美", "クミ", "Kumi"), ("紀子", "ノリコ", "Noriko"),
    ("健一", "ケンイチ", "Kenichi"), ("浩二", "コウジ", "Koji"), ("誠", "マコト", "Makoto"),
    ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"), ("隆", "タカシ", "Takashi"),
    ("修", "オサム", "Osamu"), ("勝也", "カツヤ", "Katsuya"), ("拓海", "タクミ", "Takumi"),
    ("博之", "ヒロユキ", "Hiroyuki"), ("正樹", "マサキ", "Masaki"), ("昭", "アキラ", "Akira"),
    ("稔", "ミノル", "Minoru"), ("雄一", "ユウイチ", "Yuichi"), ("蓮", "レン", "Ren"),
    ("颯", "ハヤテ", "Hayate"), ("豊", "ユタカ", "Yutaka"), ("清", "キヨシ", "Kiyoshi"),
]
PLACES = [
    ("154", "東京都", "世田谷区", "桜丘"), ("168", "東京都", "杉並区", "高井戸東"),
    ("177", "東京都", "練馬区", "石神井台"), ("225", "神奈川県", "横浜市青葉区", "美しが丘"),
    ("211", "神奈川県", "川崎市中原区", "今井南町"), ("330", "埼玉県", "さいたま市浦和区", "常盤"),
    ("273", "千葉県", "船橋市", "前原西"), ("181", "東京都", "三鷹市", "下連雀"),
    ("183", "東京都", "府中市", "若松町"), ("135", "東京都", "江東区", "東雲"),
    ("140", "東京都", "品川区", "大井"), ("152", "東京都", "目黒区", "中根"),
    ("146", "東京都", "大田区", "久が原"), ("251", "神奈川県", "藤沢市", "鵠沼海岸"),
    ("333", "埼玉県", "川口市", "芝新町"), ("182", "東京都", "調布市", "国領町"),
    ("194", "東京都", "町田市", "つくし野"), ("279", "千葉県", "浦安市", "美浜"),
    ("164", "東京都", "中野区", "鷺宮"), ("120", "東京都", "足立区", "西新井本町"),
]
BLDG = ["ハイツ", "コーポ", "レジデンス", "メゾン", "パークハウス", "グランドール", "荘"]
BLDG_NAME = ["桜", "若葉", "青空", "エトワール", "ソレイユ", "けやき", "フォレスト", "ひばり"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def _mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}"


def _land(area: str = "03") -> str:
    if len(area) == 2:
        return f"{area}-{R.randrange(3000, 6999)}-{R.randrange(1000, 9999)}"
    return f"{area}-{R.randrange(200, 999)}-{R.randrange(1000, 9999)}"


def _dob(lo: int = 1955, hi: int = 2003) -> _dt.date:
    return _dt.date(R.randrange(lo, hi + 1), R.randrange(1, 13), R.randrange(1, 29))


def wareki(d: _dt.date, short: bool = False) -> str:
    if d >= _dt.date(2019, 5, 1):
        era, y, s = "令和", d.year - 2018, "R"
    elif d >= _dt.date(1989, 1, 8):
        era, y, s = "平成", d.year - 1988, "H"
    else:
        era, y, s = "昭和", d.year - 1925, "S"
    if short:
        return f"{s}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def people(n: int, rare: int = 1) -> list[dict]:
    """n invented people with unique surnames; about `rare` of them with a rare surname."""
    common = SURNAMES[:-14]
    rares = SURNAMES[-14:]
    sn = R.sample(common, n - min(rare, n)) + R.sample(rares, min(rare, n))
    R.shuffle(sn)
    out = []
    for s in sn:
        g = R.choice(GIVEN)
        zp, pref, city, town = R.choice(PLACES)
        street = f"{town}{R.randrange(1, 6)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}"
        room = ""
        if R.random() < 0.45:
            room = f" {R.choice(BLDG_NAME)}{R.choice(BLDG)}{R.randrange(1, 6)}0{R.randrange(1, 9)}"
        out.append({
            "sei": s[0], "sei_kana": s[1], "sei_ro": s[2],
            "mei": g[0], "mei_kana": g[1], "mei_ro": g[2],
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
            "mobile": _mobile(), "tel": _land(),
            "zip": f"{zp}-{R.randrange(0, 99):02d}{R.randrange(0, 99):02d}"[:8],
            "pref": pref, "city": city, "street": street + room,
            "addr": f"{pref}{city}{street}{room}",
            "dob": _dob(),
            "mail": f"{g[2].lower()}.{s[2].lower()}{R.randrange(1, 99)}@{R.choice(FREEMAIL)}",
        })
    return out


def pad(s: str, w: int) -> str:
    """left-justify to w display columns (full-width = 2)."""
    width = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(w - width, 0)


# -- the organisation ----------------------------------------------------------------

CO = "日の出産業株式会社"
CO_ADDR = "〒160-0023 東京都新宿区西新宿7-21-3 日の出西新宿ビル5F"

STAFF = {
    "morikawa": ("森川 由佳", "morikawa.yuka", "ハウスクリーニング課", "03-5321-7782"),
    "okochi": ("大河内 誠", "okochi.makoto", "ビルメンテナンス課 課長", "03-5321-7785"),
    "kasuga": ("春日 亜希子", "kasuga.akiko", "業務管理課（シフト・配置担当）", "03-5321-7790"),
    "tokano": ("戸叶 健太", "tokano.kenta", "法人営業課", "03-5321-7786"),
    "usami": ("宇佐美 玲奈", "usami.rena", "管理部 労務グループ", "03-5321-7701"),
    "higa": ("比嘉 翔", "higa.sho", "品質管理室", "03-5321-7795"),
    "shinbori": ("新堀 千尋", "shinbori.chihiro", "管理部 経理グループ", "03-5321-7705"),
    "mashiba": ("真柴 悟", "mashiba.satoru", "清掃サービス事業部長", "03-5321-7780"),
    "nagumo": ("南雲 沙也加", "nagumo.sayaka", "ハウスクリーニング課 受付センター", "0120-41-7780"),
    "ishiguro": ("石黒 拓也", "ishiguro.takuya", "ビルメンテナンス課", "03-5321-7787"),
}


EN = {
    "ishiguro": ("Takuya Ishiguro", "Building Maintenance Section, Cleaning Services Division"),
    "usami": ("Rena Usami", "Labour Affairs Group, Administration Department"),
}


def addr(key: str) -> str:
    return f"{STAFF[key][1]}@hinode-sangyo.co.jp"


def sender(key: str) -> str:
    return f"{STAFF[key][0]} <{addr(key)}>"


def sig(key: str, style: int = 0) -> str:
    name, local, dept, tel = STAFF[key]
    if style == 0:
        return (f"\n--\n{CO}\n清掃サービス事業部 {dept}\n{name}\n{CO_ADDR}\n"
                f"TEL {tel} / FAX 03-5321-7781\nMail {local}@hinode-sangyo.co.jp\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n{CO}　清掃サービス事業部\n{dept}　{name}\n"
                f"{CO_ADDR}\nTEL：{tel}\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"\n*************************************\n 日の出産業（株） {dept}\n  {name}\n"
                f"  TEL {tel}  {local}@hinode-sangyo.co.jp\n*************************************\n")
    if style == 3:
        sei = name.split()[0]
        return f"\n{sei}（日の出産業 {dept}）\n内線 {tel[-4:]}\n"
    # English
    en_name, en_dept = EN.get(key, (local, "Cleaning Services Division"))
    return (f"\nBest regards,\n\n{en_name}\n{en_dept}\n"
            f"Hinode Sangyo Co., Ltd.\n7-21-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan\n"
            f"Tel +81-3-5321-7780\n")


DISCLAIMER_JP = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete "
                 "this e-mail. Any unauthorised use or disclosure is prohibited.\n")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    n = len(MESSAGES) + 1
    msg = {"id": f"cleaning-{n:03d}", "expect": expect, "entities": entities,
           "detectors": detectors, "note": note}
    msg.update(kw)
    MESSAGES.append(msg)


# ---------------------------------------------------------------------------------------
# 001 入館者名簿 (8 staff, DOB + mobile) as XLSX to a property manager
_p = people(8)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "XLSX of 8 cleaning staff with birth dates and mobiles sent to an external building manager",
    charset="iso-2022-jp", sender=sender("kasuga"),
    to=["上条 様 <kamijo@kasumi-bm.co.jp>"], cc=[addr("okochi")],
    subject="【霞ヶ関第二ビル】日常清掃 入館者名簿の提出（4月分）",
    body=f"""霞ビルマネジメント株式会社
上条様

いつも大変お世話になっております。
日の出産業 業務管理課の春日でございます。

4月から霞ヶ関第二ビルの日常清掃に従事するスタッフの入館者名簿を
添付にてお送りいたします。入館証の発行手続きをお願いできますでしょうか。

前月からの変更点は、新規2名（名簿の7・8行目）の追加のみです。
退場者はおりません。

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。
{sig("kasuga")}""",
    attachments=[{"kind": "xlsx", "name": "入館者名簿_霞ヶ関第二ビル_202604.xlsx",
                  "title": "入館者名簿",
                  "sheets": {"入館者名簿": [["霞ヶ関第二ビル 清掃業務 入館者名簿（日の出産業株式会社）"],
                                        ["作成日", "2026/03/24"], [],
                                        ["No", "氏名", "フリガナ", "生年月日", "携帯電話", "勤務帯", "備考"]]
                             + [[i + 1, p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"),
                                 p["mobile"], R.choice(["早朝", "日中", "夜間"]),
                                 "新規" if i >= 6 else ""] for i, p in enumerate(_p)],
                             "記入要領": [["項目", "説明"], ["勤務帯", "早朝 6:00-9:00 / 日中 9:00-17:00 / 夜間 18:00-22:00"]]}}])

# 002 schedule reply to the property manager (quoted)
add("pass", [], [],
    "ordinary reply about a periodic cleaning timetable; no personal data",
    charset="cp932", sender=sender("okochi"),
    to=["kamijo@kasumi-bm.co.jp"], cc=[addr("ishiguro")],
    subject="Re: 定期清掃（床面ワックス）の実施日について",
    body=f"""上条様

お世話になっております。日の出産業の大河内です。
ご連絡ありがとうございます。ご提示の日程で問題ございません。

　５月１６日（土）　１～３階　共用廊下・エレベーターホール
　５月１７日（日）　４～７階　共用廊下・給湯室
　５月２３日（土）　地下１階　駐車場管理室・防災センター前

作業時間はいずれも 8:30～17:00、作業員は各日6名、ポリッシャー2台を持ち込みます。
養生のため、当日はエレベーター1基を作業用に専有させていただけますと助かります。

以上、よろしくお願いいたします。
{sig("okochi", 1)}
> 日の出産業株式会社
> 大河内様
>
> いつもお世話になっております。霞ビルマネジメントの上条です。
> 5月の定期清掃の実施日について、テナント様との調整の結果、
> 下記日程でお願いできればと存じます。
>   5/16(土) 1F-3F、5/17(日) 4F-7F、5/23(土) B1F
> ご確認のほどよろしくお願いいたします。
""")

# 003 schedule change to six households, all in To
_h = people(6)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "six private customers on different free-mail/carrier domains put openly in To instead of Bcc",
    charset="iso-2022-jp", sender=sender("nagumo"),
    to=[f"{p['name']} 様 <{p['mail']}>" for p in _h],
    subject="【日の出産業ハウスクリーニング】5/12（火）ご訪問時間変更のお願い",
    body=f"""お客様各位

いつも日の出産業のハウスクリーニングをご利用いただき、誠にありがとうございます。

5月12日（火）にご予約をいただいておりますお客様へのご連絡です。
当日、担当チームの車両点検が入ることとなり、誠に勝手ながら
ご訪問時間を以下のとおり変更させていただけないでしょうか。

　変更前：9:00～12:00
　変更後：13:00～16:00

ご都合が悪い場合は、お手数ですが本メールへの返信または
フリーダイヤル 0120-41-7780（受付 9:00～18:00）までご連絡ください。
別日へのお振替も承ります。

ご迷惑をおかけし申し訳ございません。何卒よろしくお願い申し上げます。
{sig("nagumo", 1)}""")

# 004 internal shift roster, padded columns
_p = people(7)
_rows = "\n".join(f"{pad(p['name'], 16)}{pad(R.choice(['早番', '遅番', '夜勤']), 8)}"
                  f"{pad(R.choice(['新宿A', '渋谷B', '品川C', '中野D']), 10)}{p['mobile']}" for p in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "staff roster with mobiles, but every recipient is internal",
    charset="utf-8", sender=sender("kasuga"),
    to=[addr("okochi"), addr("ishiguro")], cc=["seiso-shift@hinode-sangyo.co.jp"],
    subject="来週（6/1～6/7）ビル清掃シフト確定版",
    body=f"""大河内課長、石黒さん

お疲れさまです。春日です。
来週のビル清掃シフトが確定しましたので共有します。
急な欠員が出た場合の連絡用に携帯番号も載せています。

氏名            勤務    現場      携帯
--------------------------------------------------------
{_rows}
--------------------------------------------------------

※品川Cは6/3のみ夜勤2名体制です。
※名簿は部外に出さないようお願いします。

春日
""")

# 005 key custody ledger CSV of 12 households to a subcontractor
_h = people(12, rare=2)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "CSV key-custody ledger of 12 households (name, address, phone) sent to a subcontractor",
    charset="cp932", sender=sender("morikawa"),
    to=["能登 様 <noto@pikapika-clean.jp>"],
    subject="鍵お預かり台帳（城南エリア）送付の件",
    body=f"""ピカピカクリーン有限会社
能登様

お世話になっております。日の出産業の森川です。

6月から城南エリアの定期訪問を一部お願いするにあたり、
鍵をお預かりしているお客様の台帳をCSVでお送りします。
鍵の受け渡しは6/1（月）10時に弊社五反田営業所にてお願いいたします。

・不在時入室「可」のお客様のみ、鍵番号の札を付けてお渡しします
・返却時は必ず受領簿にサインをお願いします

よろしくお願いいたします。
{sig("morikawa", 2)}""",
    attachments=[{"kind": "csv", "name": "kagi_daicho_jonan.csv",
                  "rows": [["鍵番号", "お客様名", "住所", "電話", "訪問頻度", "不在時入室", "メモ"]]
                  + [[f"K-{301 + i}", p["name"], p["addr"], R.choice([p["tel"], p["mobile"]]),
                      R.choice(["毎週", "隔週", "月1回"]), R.choice(["可", "可", "不可"]),
                      R.choice(["", "オートロック暗証は別途", "管理人室に声掛け", "猫あり", ""])]
                     for i, p in enumerate(_h)]}])

# 006 bedridden family member: special request passed to a subcontractor
_c = people(1)[0]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one customer's bedridden father with his diagnosis and care level, with name/address, to a subcontractor",
    charset="utf-8", sender=sender("morikawa"),
    to=["ashizawa@seiso-partners.co.jp"],
    subject="【ご依頼】6/8 水回りクリーニング（{0}様邸）注意事項".format(_c["sei"]),
    body=f"""清創パートナーズ株式会社
手配ご担当 芦沢様

いつもお世話になっております。日の出産業の森川です。
6/8（月）の水回りセット、下記のとおり手配をお願いいたします。

■お客様　　：{_c['name']} 様
■ご住所　　：{_c['addr']}
■ご連絡先　：{_c['mobile']}
■作業時間　：10:00～13:00（浴室・洗面・トイレ・キッチン）

■注意事項（ご家族様より）
お父様（82歳）が脳梗塞の後遺症で寝たきり（要介護5）のため、1階和室で在宅療養中です。
・和室前の廊下は作業動線にしないでください（吸引器の電源コードあり）
・14時に訪問看護が来るため、13時までに必ず完了してください
・塩素系洗剤はにおいが残るため使用不可とのことです

お手数ですが、作業員の方へも周知をお願いいたします。
{sig("morikawa")}""")

# 007 booking confirmation to a private customer (free mail, no address)
_c = people(1)[0]
add("pass", [], ["freemail_recipient"],
    "booking confirmation to the customer herself on free mail; only the date, menu and price",
    charset="iso-2022-jp", sender=sender("nagumo"),
    to=[f"{_c['name']} 様 <{_c['mail']}>"],
    subject="ご予約確定のお知らせ（受付番号 HC-260514-0387）",
    body=f"""{_c['sei']} 様

この度は日の出産業ハウスクリーニングにお申し込みいただき、ありがとうございます。
以下の内容でご予約が確定いたしました。

　受付番号　：HC-260514-0387
　ご訪問日時：2026年5月14日（木）9:00～12:00
　メニュー　：エアコンクリーニング（壁掛け・お掃除機能なし）×2台
　料金　　　：19,800円（税込）　※当日現金またはカード決済

当日はご登録のご住所へスタッフ2名でお伺いします。
駐車スペースがない場合は近隣のコインパーキングを利用いたします（料金はご負担不要です）。

変更・キャンセルは前々日18時までにご連絡ください。
{sig("nagumo", 1)}""")

# 008 background check result (criminal record) to the staffing agency
_a = people(1)[0]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one applicant's criminal record (theft, suspended sentence) with name and DOB sent to an external agency",
    charset="cp932", sender=sender("usami"),
    to=["堀内様 <horiuchi@hello-staff.jp>"],
    subject="ご紹介いただいた候補者の件（{0}様）".format(_a["sei"]),
    body=f"""株式会社ハロースタッフ
堀内様

お世話になっております。日の出産業 労務グループの宇佐美です。

先日ご紹介いただいたハウスクリーニングスタッフ候補の件でご連絡いたします。

　氏名：{_a['name']}（{_a['kana']}）
　生年月日：{wareki(_a['dob'])}

弊社では個人宅へ鍵をお預かりして入室する業務のため、採用前に身元確認を行っております。
ご本人の申告書面により、{2019 + R.randrange(0, 4)}年に窃盗罪で有罪判決（懲役1年・執行猶予3年）を
受けていたことが分かりました。
誠に恐縮ながら、今回は個人宅業務での採用は見送らせていただきたく存じます。
ビル清掃（夜間・複数名体制）であれば再検討の余地がありますので、
ご本人のご意向を確認いただけますでしょうか。

よろしくお願いいたします。
{sig("usami")}""")

# 009 look-alike of the own domain (typo), harmless content
add("stop", [], ["lookalike_domain"],
    "meant for a colleague but addressed to hinode-sangyou.co.jp, a typo look-alike of the own domain",
    charset="iso-2022-jp", sender=sender("ishiguro"),
    to=["okochi.makoto@hinode-sangyou.co.jp"],
    subject="来週の機材搬入（ポリッシャー・自動床洗浄機）",
    body=f"""大河内課長

お疲れさまです。石黒です。
来週の機材搬入の件、レンテックさんから回答がありました。

・自動床洗浄機（手押し式）1台：6/2 午前着
・ポリッシャー 17インチ 2台：6/2 午前着
・返却：6/9 夕方に引取り

搬入先は品川の現場倉庫（B1F）で調整済みです。
受取りは夜勤明けの班長に頼んでおきます。

石黒
""")

# 010 equipment rental quote reply
add("pass", [], [],
    "equipment rental quotation talk: model numbers, periods and prices only",
    charset="utf-8", sender=sender("ishiguro"),
    to=["三好様 <miyoshi@rentec-kiki.co.jp>"],
    subject="Re: お見積り依頼（高所作業用ローリングタワー・高圧洗浄機）",
    body=f"""株式会社レンテック機器
営業部 三好様

お世話になっております。日の出産業の石黒です。
お見積りありがとうございました。下記の内容で発注させてください。

 品名                         型番          数量  期間          単価(日)
 ローリングタワー H3.5m        RT-35A        2     7/20～7/24    4,200
 高圧洗浄機 200V               HPW-2000S     1     7/20～7/24    6,800
 延長ホース 20m                HS-20         2     7/20～7/24      500

見積番号 RQ-2026-04412 の条件（配送・引取込み）でお願いいたします。
納品先は前回と同じ大崎の現場です。注文書は別途FAXいたします。
{sig("ishiguro", 0)}""")

# 011 PPAP: encrypted ZIP to the social insurance office
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP (給与データ) to an external office: contents cannot be inspected",
    charset="cp932", sender=sender("usami"),
    to=["伊東社会保険労務士事務所 伊東様 <ito@ito-sr-office.jp>"],
    subject="5月分 給与・勤怠データ送付",
    body=f"""伊東先生

いつもお世話になっております。日の出産業の宇佐美です。
5月分の清掃スタッフ（パート・アルバイト）の給与・勤怠データをお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

今月は入社4名・退職2名がございます。詳細はファイル内の「異動」シートをご覧ください。

よろしくお願いいたします。
{sig("usami", 1)}""",
    attachments=[{"kind": "zip", "name": "202605_kyuyo_kintai.zip", "password": "Hs#2605wq",
                  "files": [{"kind": "csv", "name": "kintai.csv",
                             "rows": [["社員番号", "氏名", "出勤日数"], ["P1021", "山田 花子", "18"]]}]}])

# 012 the password mail that follows
add("pass", [], [],
    "the separate password notice for the previous ZIP; no attachment, no personal data",
    charset="cp932", sender=sender("usami"),
    to=["ito@ito-sr-office.jp"],
    subject="パスワードのお知らせ（5月分 給与・勤怠データ）",
    body=f"""伊東先生

先ほどお送りしたファイルのパスワードをお知らせします。

　Hs#2605wq

よろしくお願いいたします。
宇佐美
""")

# 013 社外秘 stamped DOCX to the client
add("stop", [], ["confidential_marking"],
    "quality audit report whose DOCX header is stamped 社外秘, sent to an external client",
    charset="iso-2022-jp", sender=sender("higa"),
    to=["facility@konan-hospital.or.jp"], cc=[addr("okochi")],
    subject="4月度 清掃品質点検結果のご報告",
    body=f"""港南総合病院 施設課 御中

いつもお世話になっております。日の出産業 品質管理室の比嘉でございます。
4月度の清掃品質点検の結果を取りまとめましたので、ご報告いたします。

総合評価は A（前月 B+）です。外来トイレの清拭記録の不備は改善済みです。
詳細は添付の報告書をご確認ください。
{sig("higa")}""",
    attachments=[{"kind": "docx", "name": "清掃品質点検報告_2026年4月.docx",
                  "page_header": "社外秘　日の出産業株式会社 品質管理室",
                  "title": "清掃品質点検報告 2026年4月",
                  "paragraphs": ["清掃品質点検報告（2026年4月度）", "1. 点検概要",
                                 "点検日：4月22日・23日　点検者：品質管理室 比嘉、ビルメンテナンス課 石黒",
                                 "2. 評価", "総合評価 A。前月指摘の外来トイレ清拭記録は全件記入済み。",
                                 "3. 原価と人員配置（社内検討用）",
                                 "病棟フロアの人員を1名削減しても品質維持可能と判断。次回契約更新時に単価見直しを提案予定。"],
                  "tables": [[["区分", "点検箇所", "評価"], ["外来", "トイレ", "A"],
                              ["病棟", "廊下・ナースステーション", "A-"], ["共用", "エントランス", "A"]]]}])

# 014 NDA talk with a property manager
add("pass", [], [],
    "mail about an NDA (秘密保持契約) draft; the word 機密 is talk, not a marking",
    charset="utf-8", sender=sender("tokano"),
    to=["法務ご担当 <legal@kasumi-bm.co.jp>"], cc=["kamijo@kasumi-bm.co.jp"],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""霞ビルマネジメント株式会社
法務ご担当者様

お世話になっております。日の出産業 法人営業課の戸叶です。
秘密保持契約書（案）を拝受しました。弊社法務の確認結果をお送りします。

1. 第2条（機密情報の定義）：口頭開示情報は「開示後30日以内に書面で特定したもの」に限定したい
2. 第5条（有効期間）：契約終了後3年 → 2年 への短縮を希望
3. 第8条（返還・廃棄）：廃棄証明書の提出は「求めがあった場合」としたい

上記以外は原案どおりで差し支えございません。
修正版をご用意いただけましたら押印手続きに進めます。
{sig("tokano")}""")

# 015 My Number of a new part-timer to the social insurance office
_n = people(1)[0]
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "a new part-timer's マイナンバー with name, DOB and address in the body to an external office",
    charset="iso-2022-jp", sender=sender("usami"),
    to=["ito@ito-sr-office.jp"],
    subject="資格取得届の件（6/1入社 パート1名）",
    body=f"""伊東先生

お世話になっております。宇佐美です。
6月1日入社のパートスタッフ1名について、資格取得届の作成をお願いします。

　氏名　　　：{_n['name']}（{_n['kana']}）
　生年月日　：{wareki(_n['dob'])}
　住所　　　：〒{_n['zip']} {_n['addr']}
　個人番号　：{mn()}
　雇用形態　：パート（週4日・1日5時間）
　配属　　　：ハウスクリーニング課 世田谷チーム

通勤手当は月額8,400円です。
よろしくお願いいたします。
{sig("usami", 3)}""")

# 016 credit card number to the payment agency
_c = people(1)[0]
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's full card number and holder name mailed to an external payment agency",
    charset="cp932", sender=sender("shinbori"),
    to=["support@towa-payment.co.jp"],
    subject="オーソリエラーの再処理依頼（加盟店ID 8830-2215）",
    body=f"""東和ペイメント株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 経理グループの新堀です。
5/20の売上のうち1件がオーソリエラーとなっておりましたが、
お客様にお電話で確認したところカード情報に誤りはないとのことでした。
お手数ですが再処理をお願いできますでしょうか。

　取引番号：TX-20260520-00914
　カード名義：{_c['ROMAJI'].upper()}
　カード番号：{cardno()}
　有効期限：08/29
　金額：33,000円（レンジフード・換気扇クリーニング）

よろしくお願いいたします。
{sig("shinbori")}""")

# 017 invoice with T-number and company bank account
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "ordinary invoice mail: invoice number, 登録番号 (T-number) and the company's own bank account",
    charset="iso-2022-jp", sender=sender("shinbori"),
    to=["経理部 御中 <keiri@kasumi-bm.co.jp>"],
    subject="請求書送付のご案内（2026年5月分／請求番号 INV-2605-0112）",
    body=f"""霞ビルマネジメント株式会社
経理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
2026年5月分の清掃業務委託料につきまして、下記のとおりご請求申し上げます。

　請求番号　　：INV-2605-0112
　件名　　　　：霞ヶ関第二ビル 日常清掃・定期清掃（5月分）
　ご請求金額　：1,386,000円（うち消費税 126,000円）
　お支払期限　：2026年6月30日
　お振込先　　：みどり銀行 新宿西口支店 普通 3388120 ヒノデサンギヨウ（カ
　登録番号　　：T7011101048821

請求書原本（PDF）は取引先ポータルにアップロード済みです。
{sig("shinbori", 1)}""")

# 018 damage claims, 5 incidents, to the insurer
_v = people(5)
_blocks = "\n".join(
    f"""【{i + 1}】事故日 2026/{R.randrange(3, 6)}/{R.randrange(1, 28)}
　被害者　：{p['name']} 様
　住所　　：{p['addr']}
　電話　　：{p['mobile']}
　内容　　：{item}
　見積額　：{R.randrange(2, 30) * 10000:,}円
""" for i, (p, item) in enumerate(zip(_v, ["洗面台の陶器にヒビ（作業中に器具落下）",
                                           "フローリングに擦り傷（家具移動時）",
                                           "エアコン化粧パネルの爪破損",
                                           "浴室鏡のウロコ取りで表面コーティング剥離",
                                           "玄関ドアの塗装剥がれ（養生テープ）"])))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five claim blocks, each a customer's name, address and phone, sent to the insurer",
    charset="utf-8", sender=sender("higa"),
    to=["小田切様 <odagiri@anshin-sonpo.co.jp>"],
    subject="賠償責任保険 事故報告（3～5月分 まとめて5件）",
    body=f"""安心損害保険株式会社
損害サービス課 小田切様

いつもお世話になっております。日の出産業 品質管理室の比嘉です。
3月～5月に発生したハウスクリーニング作業中の物損事故5件について、
まとめてご報告いたします。いずれもお客様とは示談前です。

{_blocks}
写真と見積書は追って郵送いたします。
証券番号：BL-7720-114509
{sig("higa", 0)}""")

# 019 damage claim, one household, to the insurer
_c = people(1)[0]
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "one customer's contact details in a single damage claim to the insurer: may warn, not hold",
    charset="iso-2022-jp", sender=sender("higa"),
    to=["odagiri@anshin-sonpo.co.jp"],
    subject="事故報告（フローリング傷）証券番号 BL-7720-114509",
    body=f"""小田切様

お世話になっております。日の出産業の比嘉です。
昨日発生した物損事故1件をご報告します。

事故日時：2026年6月3日（水）11時頃
事故場所：お客様宅 リビング
お客様　：{_c['name']} 様
ご住所　：{_c['addr']}
ご連絡先：{_c['tel']}
状況　　：ソファ移動の際、脚の保護キャップが外れておりフローリングに約40cmの擦り傷。
　　　　　お客様からは補修業者の見積（55,000円）をいただいております。

ご対応についてご指示をお願いいたします。
{sig("higa", 3)}""")

# 020 staff health declarations for a hospital contract
_p = people(6)
_hrows = [["No", "氏名", "生年月日", "体温", "自覚症状", "既往歴・治療中の疾患", "判定"]]
_conds = ["なし", "高血圧（服薬中）", "なし", "2型糖尿病（通院中）", "B型肝炎キャリア", "なし"]
for i, p in enumerate(_p):
    _hrows.append([i + 1, p["name"], wareki(p["dob"], short=True), f"36.{R.randrange(1, 8)}",
                   R.choice(["なし", "なし", "軽い咳"]), _conds[i], "可"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "health declarations (medical history of named staff) for six people sent to a hospital client",
    charset="cp932", sender=sender("okochi"),
    to=["施設課 <facility@konan-hospital.or.jp>"],
    subject="病棟清掃従事者 健康申告書（6月分）",
    body=f"""港南総合病院 施設課 御中

お世話になっております。日の出産業の大河内です。
ご指示いただいた病棟清掃従事者の健康申告書（6月分）を添付いたします。
感染管理委員会でのご確認をよろしくお願いいたします。
{sig("okochi", 0)}""",
    attachments=[{"kind": "xlsx", "name": "健康申告書_病棟清掃_6月.xlsx",
                  "sheets": {"6月": [["病棟清掃従事者 健康申告書　2026年6月"], []] + _hrows}}])

# 021 internal forward of a health declaration (all internal)
_s = people(1)[0]
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "a staff member's illness forwarded inside the company only; no external recipient",
    charset="utf-8", sender=sender("okochi"),
    to=[addr("usami")], cc=["sangyoi-office@hinode-sangyo.co.jp"],
    subject="FW: 【健康申告】病棟担当 {0}さん".format(_s["sei"]),
    body=f"""宇佐美さん

お疲れさまです。大河内です。
現場リーダーから下記の報告がありました。産業医面談の調整をお願いできますか。
病院側への配置変更の連絡は私から「体調不良のため」とだけ伝えます。

-----Original Message-----
From: 品川C班 リーダー
Sent: Tuesday, June 2, 2026 7:48 AM
To: 大河内 誠
Subject: 【健康申告】病棟担当 {_s['sei']}さん

{_s['name']}さん（病棟担当）から、先週の健康診断で肺結核の疑いがあり
精密検査を受けるとの申告がありました。結果が出るまで本人は自宅待機としています。
代わりは外来担当から1名回します。
""")

# 022 notice to four subcontractors, all visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "four subcontractor companies addressed together in To: should have been Bcc",
    charset="iso-2022-jp", sender=sender("kasuga"),
    to=["noto@pikapika-clean.jp", "ashizawa@seiso-partners.co.jp",
        "内藤様 <naito@fujimi-service.co.jp>", "info@marukame-bm.co.jp"],
    subject="【協力会社各位】夏季繁忙期（7～8月）の応援依頼について",
    body=f"""協力会社各位

いつもお世話になっております。日の出産業 業務管理課の春日です。

例年どおり7～8月はエアコンクリーニングの依頼が集中する見込みのため、
応援可能な人数・日程を6月20日（土）までにご回答いただけますでしょうか。

・対象期間：7月1日～8月31日
・作業内容：壁掛けエアコン分解洗浄（お掃除機能付き含む）
・単価：従来どおり（1台あたり協力会社単価表のとおり）
・回答様式：添付なし、本メールへの返信で結構です

お忙しいところ恐縮ですが、よろしくお願いいたします。
{sig("kasuga", 1)}""")

# 023 meeting mail with two external organisations
add("pass", [], ["multiple_external_domains"],
    "normal three-way meeting mail: one property manager and one subcontractor",
    charset="utf-8", sender=sender("okochi"),
    to=["kamijo@kasumi-bm.co.jp"], cc=["noto@pikapika-clean.jp", addr("ishiguro")],
    subject="霞ヶ関第二ビル 外壁ガラス清掃 事前打合せのご案内",
    body=f"""霞ビルマネジメント 上条様
（cc：ピカピカクリーン 能登様）

お世話になっております。日の出産業の大河内です。
7月の外壁ガラス清掃（ゴンドラ作業）に向けて、事前打合せを下記のとおり設定しました。

　日時：6月17日（水）14:00～15:00
　場所：霞ヶ関第二ビル 3F 管理事務所会議室
　議題：作業工程、ゴンドラ点検記録、歩行者養生範囲、雨天順延時の連絡体制

ゴンドラ作業は能登様の班にお願いする予定です。
ご都合が悪い場合はお知らせください。
{sig("okochi", 0)}""")

# 024 DM mailing list (30 customers) to the printing partner
_h = people(30, rare=3)
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "CSV of 30 customers' names and home addresses for a DM, sent to the printing partner",
    charset="cp932", sender=sender("tokano"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="夏のエアコンクリーニングDM 宛名データ入稿",
    body=f"""錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の戸叶です。
先日お打合せした夏季DM（はがき）の宛名データをお送りします。
まずはテスト分として既存顧客30件です。本番データは来週お送りします。

・CSV（Shift_JIS）、1行目は見出しです
・「様」は印字時に付けてください
・発送予定日：6月25日

よろしくお願いいたします。
{sig("tokano", 2)}""",
    attachments=[{"kind": "csv", "name": "dm_atena_test30.csv",
                  "rows": [["顧客番号", "氏名", "郵便番号", "住所1", "住所2", "前回利用"]]
                  + [[f"C{20400 + i * 7}", p["name"], p["zip"], p["pref"] + p["city"], p["street"],
                      f"2025/{R.randrange(6, 12)}"] for i, p in enumerate(_h)]}])

# 025 look-alike of the printing partner's domain
add("stop", [], ["lookalike_domain"],
    "nishiki-insatu.co.jp drops an 's' from the partner domain nishiki-insatsu.co.jp",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["seisaku@nishiki-insatu.co.jp"],
    subject="Re: DM校正（初校）について",
    body=f"""錦印刷 制作部 御中

お世話になっております。戸叶です。
初校を確認しました。以下2点の修正をお願いします。

1. 表面キャッチ「夏本番の前に！」の「！」を半角から全角に
2. 裏面の料金表　お掃除機能付き　16,500円 → 17,600円（税込）

再校は6/15（月）までにPDFでいただけると助かります。
{sig("tokano", 3)}""")

# 026 English mail to a foreign equipment maker
add("pass", [], [],
    "English business mail about a scrubber order: order and serial numbers only",
    charset="utf-8", sender=sender("ishiguro"),
    to=["Anna Lindqvist <anna.lindqvist@nordicfloorcare.com>"],
    subject="PO HS-2026-0517: ride-on scrubber delivery and spare parts",
    body=f"""Dear Ms. Lindqvist,

Thank you for your quick reply. We confirm purchase order HS-2026-0517 as follows:

  - NFC Ride-On Scrubber R80, qty 1 (serial no. to be advised on shipment)
  - Squeegee blade kit SB-80, qty 4
  - Pad driver 20", qty 2

Please ship to our Tokyo warehouse via your usual forwarder; the consignee details are the
same as for order HS-2025-1102. Could you also send the Japanese-language operating manual
in PDF, if one is available?

We would appreciate an estimated delivery date by the end of this week.
{sig("ishiguro", 4)}{DISCLAIMER_EN}""")

# 027 English: residence card numbers of technical trainees to the supervising org
_t = [("NGUYEN Thi Lan", "1999/03/14"), ("TRAN Van Duc", "2001/11/02"), ("PHAM Minh Chau", "2000/07/28")]
add("stop", ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "residence card numbers of three named trainees with DOB sent outside",
    charset="utf-8", sender=sender("usami"),
    to=["Mr. Le <le.hoang@asia-jinzai.or.jp>"],
    subject="Residence card details for the June training report",
    body=f"""Dear Mr. Le,

Thank you for your support with our building-cleaning trainees.
For the monthly report to the Organization for Technical Intern Training, please find the
details you asked for below.

Name                 Date of birth   Residence card no.   Expiry
{_t[0][0]:<20} {_t[0][1]:<15} AB{R.randrange(10**7, 10**8)}CD          2027/03/31
{_t[1][0]:<20} {_t[1][1]:<15} EF{R.randrange(10**7, 10**8)}GH          2027/03/31
{_t[2][0]:<20} {_t[2][1]:<15} JK{R.randrange(10**7, 10**8)}LM          2028/09/30

All three completed the 3-month skills check (floor care, window cleaning) last week.
{sig("usami", 4)}""")

# 028 reply where the customer list is only in the quoted text
_h = people(5)
_q = "\n".join(f"> {p['name']}様　{p['addr']}　{p['tel']}" for p in _h)
add("pass", [], [],
    "the five-customer list is only quoted from the subcontractor's own mail; new text is a short reply",
    charset="cp932", sender=sender("morikawa"),
    to=["noto@pikapika-clean.jp"],
    subject="Re: 6/10 訪問先の確認",
    body=f"""能登様

お世話になっております。森川です。
ご確認ありがとうございます。5件とも内容に相違ございません。
当日はよろしくお願いいたします。

森川

> 日の出産業 森川様
>
> 6/10の訪問先、下記5件で認識しております。相違があればご指摘ください。
>
{_q}
>
> ピカピカクリーン 能登
""")

# 029 forward of the internal roster (6 staff) to a building manager
_p = people(6)
_lines = "\n".join(f"{p['name']}\t{p['mobile']}\t{R.choice(['班長', '', '', ''])}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward of an internal mail carrying six staff names and mobiles to an external building manager",
    charset="iso-2022-jp", sender=sender("ishiguro"),
    to=["防災センター <bousai@tokai-bm.co.jp>"],
    subject="FW: 夜間清掃班 緊急連絡先（大崎セントラルタワー）",
    body=f"""東海ビルメンテナンス 防災センター ご担当者様

お世話になっております。日の出産業の石黒です。
夜間清掃班の緊急連絡先について、社内で回覧したものをそのまま転送いたします。
夜間に入館トラブル等があった場合はこちらにご連絡ください。

---------- 転送メッセージ ----------
差出人: 春日 亜希子
日付: 2026年6月4日 18:22
件名: 夜間清掃班 緊急連絡先（大崎セントラルタワー）
宛先: 石黒 拓也

石黒さん

大崎の夜間班、6月からのメンバーです。

{_lines}

春日
""")

# 030 HTML-only price list to a corporate prospect
add("pass", [], [],
    "HTML-only price list for office cleaning; business information only",
    charset="utf-8", sender=sender("tokano"),
    to=["総務部 <soumu@aozora-shoji.co.jp>"],
    subject="オフィス清掃 料金表のご送付",
    html=f"""<html><body style="font-family:sans-serif">
<p>青空商事株式会社<br>総務部 御中</p>
<p>先日はお時間をいただきありがとうございました。日の出産業の戸叶です。<br>
ご依頼のオフィス清掃の料金表をお送りいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>メニュー</th><th>内容</th><th>頻度</th><th>月額（税抜）</th></tr>
<tr><td>日常清掃ライト</td><td>床掃除機がけ・ゴミ回収・給湯室</td><td>週2回</td><td>38,000円</td></tr>
<tr><td>日常清掃スタンダード</td><td>上記＋トイレ・デスク拭き</td><td>週5回</td><td>92,000円</td></tr>
<tr><td>定期清掃</td><td>床洗浄・ワックス</td><td>月1回</td><td>1㎡あたり 180円</td></tr>
<tr><td>ガラス清掃</td><td>内外面（3階まで）</td><td>季節ごと</td><td>別途お見積り</td></tr>
</table>
<p>※初回のみ現地調査（無料）を行います。<br>見積有効期限：2026年7月31日</p>
<p>--<br>日の出産業株式会社 清掃サービス事業部 法人営業課<br>戸叶 健太<br>TEL 03-5321-7786</p>
</body></html>""")

# 031 HTML-only table of 7 staff home addresses and mobiles to a client
_p = people(7)
_tr = "\n".join(f"<tr><td>{p['name']}</td><td>{p['addr']}</td><td>{p['mobile']}</td>"
                f"<td>{R.choice(['日勤', '夜勤'])}</td></tr>" for p in _p)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "HTML-only table of seven staff home addresses and mobiles sent to an external client",
    charset="utf-8", sender=sender("okochi"),
    to=["Sakai Facility <sakai@tokai-bm.co.jp>"],
    subject="緊急連絡網（清掃スタッフ）ご提出",
    html=f"""<html><body>
<p>東海ビルメンテナンス株式会社<br>酒井様</p>
<p>お世話になっております。日の出産業の大河内です。<br>
災害時対応マニュアルの改訂に伴い、常駐清掃スタッフの緊急連絡網をご提出いたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>氏名</th><th>自宅住所</th><th>携帯電話</th><th>勤務</th></tr>
{_tr}
</table>
<p>変更があり次第、改めてご連絡いたします。</p>
<p>日の出産業株式会社 ビルメンテナンス課<br>大河内 誠　TEL 03-5321-7785</p>
</body></html>""")

# 032 list of own branch offices (business list)
add("pass", [], [],
    "a list of the company's own branch offices with switchboards: business data, not people",
    charset="iso-2022-jp", sender=sender("okochi"),
    to=["kamijo@kasumi-bm.co.jp"],
    subject="弊社営業所一覧（緊急時の連絡先）",
    body=f"""上条様

お世話になっております。大河内です。
先日お問い合わせいただいた、弊社の営業所と代表電話の一覧です。
夜間・休日は本社の当番電話に転送されます。

・本社（新宿）　　東京都新宿区西新宿7-21-3　　03-5321-7780
・五反田営業所　　東京都品川区西五反田2-14-8　03-5436-2210
・中野営業所　　　東京都中野区中野5-31-2　　　03-5380-6621
・横浜営業所　　　横浜市西区北幸1-9-12　　　　045-312-4408
・大宮営業所　　　さいたま市大宮区桜木町2-5-1　048-643-7719

よろしくお願いいたします。
{sig("okochi", 3)}""")

# 033 driver's licence to the van rental company
_d = people(1)[0]
add("stop", ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "a staff member's driver's licence number with name and DOB sent to a rental company",
    charset="cp932", sender=sender("ishiguro"),
    to=["予約センター <yoyaku@green-rentacar.jp>"],
    subject="ご予約 6/15-6/19 ハイエース（予約番号 GR-58812）運転者登録",
    body=f"""グリーンレンタカー 予約センター御中

お世話になっております。日の出産業の石黒です。
予約番号 GR-58812 の運転者登録をお願いします。

運転者氏名：{_d['name']}（{_d['kana']}）
生年月日：{wareki(_d['dob'], short=True)}
運転免許証番号：第{R.randrange(10, 99)}{R.randrange(10**9, 10**10)}号
免許の色：ゴールド

貸出時に原本を提示いたします。
{sig("ishiguro", 2)}""")

# 034 corrupt XLSX to a subcontractor
add("stop", [], ["unscannable_attachment"],
    "the shift workbook sent to a subcontractor is damaged and cannot be read",
    charset="utf-8", sender=sender("kasuga"),
    to=["naito@fujimi-service.co.jp"],
    subject="7月 応援シフト表",
    body=f"""富士見サービス 内藤様

お世話になっております。春日です。
7月の応援シフト表をお送りします。
黄色セルが御社にお願いしたい枠です。ご確認ください。
{sig("kasuga", 3)}""",
    attachments=[{"kind": "corrupt", "name": "7月応援シフト表_富士見サービス様.xlsx"}])

# 035 PDF work completion report + photo
add("pass", [], [],
    "work completion report (PDF) and a photo for a property manager; no personal data",
    charset="iso-2022-jp", sender=sender("ishiguro"),
    to=["kamijo@kasumi-bm.co.jp"],
    subject="作業完了報告（5/23 地下1階 定期清掃）",
    body=f"""上条様

お世話になっております。石黒です。
5/23（土）の地下1階定期清掃が完了しましたので、報告書と写真をお送りします。
防災センター前の床材に一部浮きがありましたので、写真2をご確認ください。
{sig("ishiguro")}""",
    attachments=[{"kind": "pdf", "name": "作業完了報告書_20260523.pdf", "title": "作業完了報告書",
                  "lines": ["作業完了報告書", "物件：霞ヶ関第二ビル　地下1階",
                            "作業日：2026年5月23日（土）8:30～16:10", "作業員：6名（班長 石黒）",
                            "作業内容：床面洗浄・ワックス2層塗布、巾木清掃",
                            "特記事項：防災センター前 床材浮き（約30cm角）→ 管理会社様へ報告"]},
                 {"kind": "png", "name": "photo2_bousai_mae.png"}])

# 036 password-protected PDF quotation
add("stop", [], ["unscannable_attachment"],
    "the quotation PDF is password-protected: the guard cannot inspect it",
    charset="cp932", sender=sender("tokano"),
    to=["soumu@aozora-shoji.co.jp"],
    subject="お見積書送付（オフィス清掃・年間契約）",
    body=f"""青空商事株式会社 総務部 御中

お世話になっております。戸叶です。
年間契約のお見積書をお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。
{sig("tokano", 0)}""",
    attachments=[{"kind": "pdf", "name": "御見積書_青空商事様_年間清掃.pdf", "password": "aozora0612",
                  "lines": ["御見積書", "オフィス清掃 年間契約", "合計 1,104,000円（税抜）"]}])

# 037 three staff names + mobiles to the client for a one-off job
_p = people(3)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three staff members' names and mobiles for a one-off job: a short list, may warn",
    charset="utf-8", sender=sender("kasuga"),
    to=["sakura-hotel 客室管理 <kyakushitsu@sakura-hotel.jp>"],
    subject="6/21 客室カーペット洗浄 作業員のご連絡",
    body=f"""さくらホテル 客室管理課 御中

お世話になっております。日の出産業の春日です。
6/21（日）の客室カーペット洗浄に伺う作業員は下記3名です。
当日の入館・連絡はリーダーの{_p[0]['sei']}までお願いいたします。

　リーダー　{_p[0]['name']}　{_p[0]['mobile']}
　　　　　　{_p[1]['name']}　{_p[1]['mobile']}
　　　　　　{_p[2]['name']}　{_p[2]['mobile']}

8:00に通用口から入館いたします。
{sig("kasuga", 1)}""")

# 038 five staff as bullets to a client
_p = people(5, rare=2)
_b = "\n".join(f"・{p['name']}（{p['kana']}）　携帯 {zen(p['mobile'])}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five staff names with mobiles (full-width digits) in bullets sent to an external client",
    charset="iso-2022-jp", sender=sender("okochi"),
    to=["総務課 <soumu@minatomirai-office.co.jp>"],
    subject="年末大掃除 作業員名簿",
    body=f"""みなとみらいオフィス株式会社
総務課 御中

いつもお世話になっております。日の出産業の大河内です。
12月27日（日）の年末大掃除に伺う作業員名簿をお送りします。

{_b}

セキュリティカードの発行をよろしくお願いいたします。
{sig("okochi", 1)}""")

# 039 health insurance card + injury to the insurer
_w = people(1)[0]
add("stop", ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "an injured worker's health insurance card number, DOB and diagnosis sent to the insurer",
    charset="cp932", sender=sender("usami"),
    to=["odagiri@anshin-sonpo.co.jp"],
    subject="傷害保険 請求（作業中の転落事故）",
    body=f"""安心損害保険 小田切様

お世話になっております。日の出産業 労務の宇佐美です。
先日お電話でお伝えした作業中の事故について、被保険者の情報をお送りします。

被保険者　：{_w['name']}
生年月日　：{_w['dob'].strftime('%Y年%m月%d日')}
健康保険証：記号 {R.randrange(1000, 9999)}　番号 {R.randrange(10, 999)}（協会けんぽ）
事故日　　：2026年5月29日
状況　　　：脚立（1.8m）からの転落
診断名　　：右橈骨遠位端骨折、腰椎圧迫骨折（全治3か月）
入院先　　：港南総合病院 整形外科

労災申請と並行して進めます。必要書類をご教示ください。
{sig("usami", 0)}""")

# 040 internal background check summary list
_p = people(5)
_res = ["問題なし", "問題なし", "要確認：2018年 道路交通法違反（罰金刑）", "問題なし", "問題なし"]
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "background check results incl. a criminal record, but only to internal recipients",
    charset="utf-8", sender=sender("usami"),
    to=[addr("mashiba")], cc=[addr("morikawa")],
    subject="個人宅担当候補 身元確認結果（5名）",
    body=f"""真柴部長
（cc 森川さん）

お疲れさまです。宇佐美です。
個人宅担当の候補5名について、身元確認の結果をまとめました。

""" + "\n".join(f"{i + 1}. {p['name']}：{r}" for i, (p, r) in enumerate(zip(_p, _res))) + """

3番の方は本人申告あり。個人宅（鍵預かり）担当は見送り、ビル清掃での採用を提案します。
ご判断をお願いします。

宇佐美
""")

# 041 PPTX proposal with a slide listing six assigned staff and mobiles
_p = people(6)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "proposal deck whose staffing slide lists six named staff with mobiles, sent to a prospect",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["施設管理部 <shisetsu@hoshino-medical.co.jp>"],
    subject="クリニックモール清掃業務 ご提案資料",
    body=f"""星野メディカル株式会社 施設管理部 御中

お世話になっております。日の出産業の戸叶です。
先日のヒアリング内容を踏まえたご提案資料をお送りいたします。
6ページ目に配置予定スタッフを記載しております。
{sig("tokano", 1)}""",
    attachments=[{"kind": "pptx", "name": "ご提案_クリニックモール清掃_日の出産業.pptx",
                  "title": "クリニックモール清掃業務のご提案",
                  "slides": [["クリニックモール清掃業務のご提案", "日の出産業株式会社 清掃サービス事業部", "2026年6月"],
                             ["現状の課題", "待合室の床汚れ（雨天時）", "トイレの臭気クレーム", "夜間のゴミ回収動線"],
                             ["ご提案内容", "日常清掃 7:00-10:00 / 17:00-20:00", "月1回 床洗浄・ワックス", "トイレ尿石除去（四半期）"],
                             ["配置予定スタッフ"] + [f"{p['name']}　{p['mobile']}　{R.choice(['清掃作業従事者研修修了', 'ビルクリーニング技能士2級', '病院清掃受託責任者'])}" for p in _p],
                             ["お見積り概算", "月額 420,000円（税抜）", "初期費用なし"]]}])

# 042 PPTX proposal without personal data
add("pass", [], [],
    "proposal deck with services and prices only",
    charset="utf-8", sender=sender("tokano"),
    to=["kikaku@kitaguni-foods.co.jp"],
    subject="工場内清掃 改善提案（第2版）",
    body=f"""北国フーズ株式会社 企画課 御中

お世話になっております。日の出産業の戸叶です。
工場内清掃の改善提案（第2版）をお送りします。
前回ご指摘いただいた「乾式清掃の比率」を追記しました。
{sig("tokano", 0)}""",
    attachments=[{"kind": "pptx", "name": "工場内清掃改善提案_v2.pptx",
                  "page_footer": "日の出産業株式会社",
                  "slides": [["工場内清掃 改善提案（第2版）", "北国フーズ株式会社 様"],
                             ["現状", "湿式清掃が中心、床の乾燥待ちで稼働開始が遅延"],
                             ["改善案", "包装エリアは乾式清掃（HEPA掃除機）へ切替", "洗浄エリアのみ湿式を継続"],
                             ["効果", "立上げ時間 約25分短縮", "洗剤使用量 30%減"]]}])

# 043 look-alike of the hotel partner (TLD swap)
add("stop", [], ["lookalike_domain"],
    "sakura-hotel.co.jp is a TLD swap of the partner domain sakura-hotel.jp",
    charset="cp932", sender=sender("kasuga"),
    to=["kyakushitsu@sakura-hotel.co.jp"],
    subject="7月 客室清掃 人員計画（案）",
    body=f"""さくらホテル 客室管理課 御中

お世話になっております。日の出産業の春日です。
7月の客室清掃の人員計画（案）です。

　平日　：ルームメイク 14名／インスペクター 2名
　土日祝：ルームメイク 18名／インスペクター 3名
　連泊エコプラン対応：平日のみ1名増

稼働予測に変更がありましたらお知らせください。
{sig("kasuga", 0)}""")

# 044 the real hotel partner: multipart text+HTML schedule
add("pass", [], [],
    "floor-by-floor cleaning schedule to the partner hotel; business data only",
    charset="utf-8", sender=sender("kasuga"),
    to=["kyakushitsu@sakura-hotel.jp"],
    subject="7月 客室清掃 人員計画（確定）",
    body="""さくらホテル 客室管理課 御中

7月の人員計画を確定版としてお送りします。
フロア別の担当人数は下表のとおりです（HTML版もご参照ください）。

3F-5F 6名 / 6F-8F 6名 / 9F-11F 5名 / 12F 2名

日の出産業 春日
""",
    html="""<html><body><p>さくらホテル 客室管理課 御中</p>
<p>7月の人員計画を確定版としてお送りします。</p>
<table border="1"><tr><th>フロア</th><th>客室数</th><th>ルームメイク</th><th>インスペクター</th></tr>
<tr><td>3F-5F</td><td>96</td><td>6</td><td>1</td></tr>
<tr><td>6F-8F</td><td>96</td><td>6</td><td>1</td></tr>
<tr><td>9F-11F</td><td>84</td><td>5</td><td>1</td></tr>
<tr><td>12F（スイート）</td><td>8</td><td>2</td><td>-</td></tr></table>
<p>日の出産業株式会社 業務管理課 春日</p></body></html>""")

# 045 condo board: two private persons and the management company in To
_b = people(2)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "two private board members (free mail) and a management company can all see each other",
    charset="iso-2022-jp", sender=sender("okochi"),
    to=[f"{_b[0]['name']} <{_b[0]['sei_ro'].lower()}.{_b[0]['mei_ro'].lower()}@gmail.com>",
        f"{_b[1]['name']} <{_b[1]['mei_ro'].lower()}{R.randrange(10, 99)}@yahoo.co.jp>"],
    cc=["フロント担当 <front@green-kanri.co.jp>"],
    subject="グリーンヒルズ桜丘 共用部清掃 仕様変更のご相談",
    body=f"""グリーンヒルズ桜丘管理組合
理事長 {_b[0]['sei']}様、副理事長 {_b[1]['sei']}様
（cc：グリーン管理 フロント担当様）

いつもお世話になっております。日の出産業の大河内です。
先日の理事会でご要望のあった共用部清掃の仕様変更について、案をお送りします。

1. ゴミ置場の清掃を週2回→週3回（月・水・金）に増回
2. エントランスのガラス清掃を月1回→月2回に増回
3. 上記による月額増額：18,500円（税抜）

次回理事会（6/27）でご審議いただけますと幸いです。
{sig("okochi", 0)}""")

# 046 one free-mail customer: pets
_c = people(1)[0]
add("pass", [], ["freemail_recipient"],
    "reply to one private customer about her dog during the visit; no sensitive or ID data",
    charset="utf-8", sender=sender("nagumo"),
    to=[f"{_c['name']} <{_c['mail']}>"],
    subject="Re: 当日、犬がいるのですが大丈夫でしょうか",
    body=f"""{_c['sei']} 様

お問い合わせありがとうございます。日の出産業 受付センターの南雲です。

ワンちゃんがいらっしゃっても作業は可能です。
ただ、掃除機や高圧洗浄の音に驚いてしまう子も多いため、
作業中は別のお部屋かケージに入っていただけますと安心です。
ペット用の低刺激洗剤もご用意しておりますので、当日スタッフにお申し付けください。

引き続きよろしくお願いいたします。

> 来週エアコンクリーニングをお願いしている者です。
> 小型犬（トイプードル）を室内で飼っているのですが、当日いても大丈夫でしょうか。
{sig("nagumo", 3)}""")

# 047 either: a child's allergy/asthma passed to a subcontractor
_c = people(1)[0]
add("either", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a customer's child's asthma/atopy as a work instruction: health data of one person, or just a detergent note",
    charset="iso-2022-jp", sender=sender("morikawa"),
    to=["naito@fujimi-service.co.jp"],
    subject="6/18 {0}様邸 使用洗剤の指定".format(_c["sei"]),
    body=f"""富士見サービス 内藤様

お世話になっております。森川です。
6/18（木）の{_c['sei']}様邸（{_c['addr']}）の件、洗剤の指定があります。

お子様（小学2年生）が小児喘息とアトピー性皮膚炎で通院中とのことで、
・塩素系・香料入りの洗剤は使用しない
・仕上げは水拭き2回
・作業後30分以上の換気
をお願いしたいとのことです。弊社指定の無香料中性洗剤をお渡しします。
{sig("morikawa", 3)}""")

# 048 plain ZIP with XLSX of staff bank accounts to a payroll outsourcer
_p = people(8)
_bank = ["みどり銀行", "ゆうちょ銀行", "東都信用金庫", "みどり銀行", "関東中央銀行"]
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "ZIP (no password) holding an XLSX of eight staff members' bank accounts, to an outsourcer",
    charset="cp932", sender=sender("usami"),
    to=["受託業務部 <payroll@tsubame-bpo.co.jp>"],
    subject="振込口座変更届（6月反映分）",
    body=f"""つばめビジネスサービス株式会社
受託業務部 御中

お世話になっております。日の出産業の宇佐美です。
6月給与から反映する振込口座の新規・変更分をZIPでお送りします。
（新規入社5名、口座変更3名）
{sig("usami", 2)}""",
    attachments=[{"kind": "zip", "name": "koza_henko_202606.zip",
                  "files": [{"kind": "xlsx", "name": "振込口座一覧_202606.xlsx",
                             "sheets": {"口座一覧": [["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "区分"]]
                                        + [[f"P{1200 + i * 3}", p["name"], R.choice(_bank),
                                            R.choice(["新宿支店", "中野支店", "本店営業部", "〇一八支店"]),
                                            "普通", f"{R.randrange(10**6, 10**7)}",
                                            "新規" if i < 5 else "変更"] for i, p in enumerate(_p)]}}]}])

# 049 forwarded .eml carrying five bookings, to a subcontractor
_h = people(5)
_inner = "\n".join(f"{i + 1}) {p['name']} 様 / {p['addr']} / {p['mobile']} / {m}"
                   for i, (p, m) in enumerate(zip(_h, ["浴室", "キッチン", "エアコン2台", "レンジフード", "水回り5点"])))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "attached mail (eml) with five bookings (name, address, mobile) forwarded to a subcontractor",
    charset="utf-8", sender=sender("morikawa"),
    to=["ashizawa@seiso-partners.co.jp"],
    subject="FW: 6/24 予約分（5件）",
    body=f"""芦沢様

お世話になっております。森川です。
6/24分の予約5件、受付センターからのメールを添付しますのでご確認ください。
割り振りは前回同様お任せします。
{sig("morikawa", 3)}""",
    attachments=[{"kind": "eml", "name": "6_24予約分.eml",
                  "message": {"charset": "utf-8", "sender": sender("nagumo"), "to": [addr("morikawa")],
                              "subject": "6/24 予約分（5件）",
                              "body": f"森川さん\n\n6/24の確定分です。\n\n{_inner}\n\n受付センター 南雲\n"}}])

# 050 forwarded .eml with a building manager's business request
add("pass", [], [],
    "forwarded eml of a property manager's work request; business content only",
    charset="iso-2022-jp", sender=sender("okochi"),
    to=["noto@pikapika-clean.jp"],
    subject="FW: 【依頼】エントランス マット交換・ガラス清掃の追加",
    body=f"""能登様

お世話になっております。大河内です。
管理会社様から下記の追加依頼がありました（元メール添付）。
6月中で対応可能な日程をお知らせいただけますか。
{sig("okochi", 3)}""",
    attachments=[{"kind": "eml", "name": "追加依頼_霞ビルマネジメント.eml",
                  "message": {"charset": "iso-2022-jp", "sender": "上条 <kamijo@kasumi-bm.co.jp>",
                              "to": [addr("okochi")], "subject": "【依頼】エントランス マット交換・ガラス清掃の追加",
                              "body": "大河内様\n\nお世話になっております。霞ビルマネジメントの上条です。\n"
                                      "梅雨入りに伴い、エントランスの除塵マットを吸水タイプへ交換いただきたく、\n"
                                      "あわせて風除室ガラスの清掃を1回追加でお願いします。\n費用はお見積りください。\n\n上条\n"}}])

# 051 one-record-per-block, full-width digits, five households to a subcontractor
_h = people(5, rare=2)
_blk = "\n".join(f"""■{zen(str(i + 1))}件目
お名前：{p['name']}（{p['kana']}）
ご住所：〒{zen(p['zip'])}　{zen(p['addr'])}
お電話：{zen(p['mobile'])}
ご依頼：{m}
""" for i, (p, m) in enumerate(zip(_h, ["引越し前クリーニング（2LDK）", "浴室のみ", "エアコン1台・レンジフード",
                                     "ベランダ高圧洗浄", "窓ガラス・網戸（全室）"])))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five household records, one per block with full-width digits, sent to a subcontractor",
    charset="cp932", sender=sender("nagumo"),
    to=["内藤 <naito@fujimi-service.co.jp>"],
    subject="６月第４週　ご依頼分（５件）",
    body=f"""富士見サービス株式会社
内藤様

いつもお世話になっております。日の出産業 受付センターの南雲です。
６月第４週のご依頼分５件をお送りします。日程調整はお客様へ直接お願いいたします。

{_blk}
以上、よろしくお願いいたします。
{sig("nagumo", 1)}""")

# 052 和暦 contract term with a property manager
add("pass", [], [],
    "contract renewal terms in 和暦 with a contract number; no personal data",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["kamijo@kasumi-bm.co.jp"],
    subject="清掃業務委託契約 更新のご案内（契約番号 HK-R05-0231）",
    body=f"""霞ビルマネジメント株式会社
上条様

お世話になっております。日の出産業 法人営業課の戸叶です。
霞ヶ関第二ビルの清掃業務委託契約（契約番号 HK-R05-0231）が
令和８年９月３０日をもって期間満了となりますので、更新についてご案内いたします。

　更新後の契約期間：令和８年１０月１日～令和１０年９月３０日（２年間）
　委託料：月額1,260,000円（税抜）※最低賃金改定に伴い 3.2% の改定をお願いしたく存じます
　仕様：現行どおり（日常清掃・定期清掃・ガラス清掃 年4回）

ご検討のほど、よろしくお願いいたします。
{sig("tokano", 1)}""")

# 053 DOCX contract draft stamped 取扱注意, to a subcontractor
add("stop", [], ["confidential_marking"],
    "subcontract draft whose DOCX header carries the marking 取扱注意",
    charset="utf-8", sender=sender("mashiba"),
    to=["代表 能登様 <noto@pikapika-clean.jp>"],
    subject="業務再委託契約書（案）の送付",
    body=f"""ピカピカクリーン有限会社
代表取締役 能登様

お世話になっております。日の出産業の真柴です。
来期の業務再委託契約書（案）をお送りいたします。
単価表（別紙2）も含めてご確認のうえ、ご意見をお寄せください。
{sig("mashiba", 0)}""",
    attachments=[{"kind": "docx", "name": "業務再委託契約書_案_ピカピカクリーン様.docx",
                  "page_header": "【取扱注意】",
                  "paragraphs": ["業務再委託契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）とピカピカクリーン有限会社（以下「乙」という）は、次のとおり契約を締結する。",
                                 "第1条（目的）甲は、甲が顧客から受託したハウスクリーニング業務の一部を乙に再委託する。",
                                 "第7条（鍵の管理）乙は、甲から預かった顧客の鍵を施錠可能な保管庫で管理し、受領簿に記録する。",
                                 "別紙2 単価表"],
                  "tables": [[["作業", "乙単価（税抜）"], ["エアコン（標準）", "6,500円"], ["浴室", "8,000円"],
                              ["キッチン", "9,000円"]]]}])

# 054 confidential-document shredding service (the word is the service name)
add("pass", [], [],
    "about a 機密文書回収 (confidential paper shredding) service; the word is a service name, not a marking",
    charset="cp932", sender=sender("tokano"),
    to=["soumu@aozora-shoji.co.jp"],
    subject="機密文書回収・溶解サービスのご案内",
    body=f"""青空商事株式会社 総務部 御中

お世話になっております。日の出産業の戸叶です。
先日ご質問いただいた「機密文書回収・溶解サービス」についてご案内します。

・専用ボックス（鍵付き 45L）を設置し、月1回回収
・回収後は提携工場で箱ごと溶解処理し、溶解証明書を発行
・料金：1箱あたり 2,800円（税抜）、ボックス設置は無料

オフィス清掃と同日の回収も可能です。
パンフレットをご希望の場合はお申し付けください。
{sig("tokano", 2)}""")

# 055 legacy XLS of ten customers to a call-centre outsourcer
_h = people(10, rare=2)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "legacy XLS of ten regular customers (name, phone, address) sent to a call-centre outsourcer",
    charset="iso-2022-jp", sender=sender("morikawa"),
    to=["bell-link 運用チーム <ops@bell-link.co.jp>"],
    subject="定期契約更新のご案内コール 対象リスト（第1弾）",
    body=f"""株式会社ベルリンク 運用チーム御中

お世話になっております。日の出産業の森川です。
7月に契約更新を迎える定期清掃のお客様へのご案内コール、対象リストの第1弾です。
トークスクリプトは先週お送りした v3 をご使用ください。
{sig("morikawa", 0)}""",
    attachments=[{"kind": "xls", "name": "teiki_koushin_call_01.xls",
                  "sheets": {"対象": [["No", "氏名", "電話番号", "住所", "契約プラン", "更新月"]]
                             + [[i + 1, p["name"], R.choice([p["tel"], p["mobile"]]), p["addr"],
                                 R.choice(["水回り隔月", "毎週2h", "月1回4h"]), "2026/07"]
                                for i, p in enumerate(_h)]}}])

# 056 legacy XLS uniform ledger of twelve staff to the uniform lease company
_p = people(12)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "XLS uniform ledger of twelve staff with sizes and mobiles sent to the lease company",
    charset="cp932", sender=sender("kasuga"),
    to=["受注センター <order@unilease.co.jp>"],
    subject="ユニフォーム追加貸与（12名分）",
    body=f"""ユニリース株式会社 受注センター御中

お世話になっております。日の出産業の春日です。
新規スタッフ12名分のユニフォーム貸与をお願いします。
配送時に不在の場合はご本人へ連絡してよいとのことなので、携帯番号も記載しています。
{sig("kasuga", 2)}""",
    attachments=[{"kind": "xls", "name": "uniform_12mei.xls",
                  "sheets": {"貸与": [["氏名", "上衣", "下衣", "帽子", "携帯", "配属"]]
                             + [[p["name"], R.choice(["S", "M", "L", "LL"]), R.choice(["M", "L", "W76", "W82"]),
                                 "F", p["mobile"], R.choice(["新宿", "五反田", "中野"])] for p in _p]}}])

# 057 tab-separated special requests of nine households, incl. health, to a subcontractor
_h = people(9, rare=2)
_req = ["犬2匹（室内飼い）", "奥様が車椅子利用のため段差注意", "猫1匹・脱走注意", "特記なし",
        "ご主人が認知症で在宅。作業中は声掛けのみ", "喫煙者あり・ヤニ汚れ", "ハウスダストアレルギー（花粉症）",
        "要介護3のお母様同居、介護ベッドの下は不要", "特記なし"]
_tsv = "\n".join(f"{p['name']}\t{p['addr']}\t{p['mobile']}\t{r}" for p, r in zip(_h, _req))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "tab-separated list of nine households incl. dementia, wheelchair and care-level notes, to a subcontractor",
    charset="utf-8", sender=sender("morikawa"),
    to=["ashizawa@seiso-partners.co.jp"],
    subject="7月 定期訪問先リスト（特記事項付き）",
    body=f"""芦沢様

お世話になっております。森川です。
7月から御社に担当いただく定期訪問先9件です。Excelに貼れるようタブ区切りにしています。
特記事項は作業員の方に必ず共有をお願いします。

氏名\t住所\t電話\t特記事項
{_tsv}

よろしくお願いいたします。
{sig("morikawa", 0)}""")

# 058 aggregated survey results to a marketing partner
add("pass", [], [],
    "aggregated customer-satisfaction figures only; no individual responses",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["analytics@surveyworks.co.jp"],
    subject="2026年上期 顧客満足度アンケート 集計結果の共有",
    body=f"""サーベイワークス株式会社
分析チーム御中

お世話になっております。日の出産業の戸叶です。
上期アンケートの単純集計を共有します。クロス集計の設計をご相談させてください。

　回答数：1,284件（回収率 31.6%）
　総合満足度：「満足」62.1%／「やや満足」27.4%／「やや不満」7.8%／「不満」2.7%
　再利用意向：81.3%
　不満理由の上位：①到着時間の遅れ ②仕上がりのムラ ③見積りと請求の差

個票データは弊社内で匿名化処理後、別途お送りします。
{sig("tokano", 3)}""")

# 059 a burglary victim's post-investigation cleaning, to a subcontractor
_c = people(1)[0]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names a customer as a burglary (crime) victim, with address and phone, to a subcontractor",
    charset="cp932", sender=sender("morikawa"),
    to=["noto@pikapika-clean.jp"],
    subject="至急：6/12 特殊清掃のお願い",
    body=f"""能登様

お世話になっております。森川です。急ぎのご依頼です。

お客様：{_c['name']}様
住所：{_c['addr']}
電話：{_c['tel']}（日中は携帯 {_c['mobile']}）

先週末に空き巣の被害に遭われ、警察の鑑識作業が終わったため、
指紋採取の粉（アルミ粉末）の除去と室内清掃をご希望です。
窓ガラス1枚が割られており、現在は板で塞いでいる状態とのこと。
お客様はかなり動揺されていますので、対応は丁寧にお願いいたします。

6/12（金）午後で調整いただけますか。
{sig("morikawa", 1)}""")

# 060 a staff member's late arrival, name only
add("pass", [], [],
    "apology for a late arrival naming one staff member with no data about him",
    charset="utf-8", sender=sender("okochi"),
    to=["kamijo@kasumi-bm.co.jp"],
    subject="本日の作業開始遅延のお詫び",
    body=f"""上条様

お世話になっております。日の出産業の大河内です。
本日、早朝清掃班の作業開始が約20分遅れ、テナント様の始業前に
エントランスの清掃が間に合わなかったとのこと、大変申し訳ございませんでした。

原因は班長の中島が乗車予定の電車の遅延によるもので、代行の指示が
遅れたことが直接の要因です。今後は班長不在時に副班長が自動的に
作業を開始する運用に改めます。

重ねてお詫び申し上げます。
{sig("okochi", 0)}""")

# 061 look-alike of the transport partner (dropped "co.")
add("stop", [], ["lookalike_domain"],
    "aoba-unyu.jp drops the 'co.' of the partner domain aoba-unyu.co.jp",
    charset="iso-2022-jp", sender=sender("ishiguro"),
    to=["配車センター <haisha@aoba-unyu.jp>"],
    subject="機材輸送のお願い（6/29 大崎→幕張）",
    body=f"""青葉運輸株式会社 配車センター御中

お世話になっております。日の出産業の石黒です。
下記の機材輸送をお願いいたします。

　集荷：6/29（月）9:00　大崎現場倉庫（B1F 搬入口）
　配達：同日 13:00まで　幕張イベントホール 搬入口C
　荷物：自動床洗浄機 1台（約180kg）、ポリッシャー 3台、洗剤類 12ケース
　車両：2t パワーゲート付き

見積りをいただけましたら正式に発注いたします。
{sig("ishiguro", 1)}""")

# 062 the real transport partner, tracking numbers
add("pass", [], [],
    "shipping details with tracking numbers to the real transport partner",
    charset="cp932", sender=sender("ishiguro"),
    to=["haisha@aoba-unyu.co.jp"],
    subject="Re: 機材輸送 配達完了のご確認",
    body=f"""青葉運輸 配車センター御中

お世話になっております。石黒です。
6/29分、全数到着を確認しました。ありがとうございました。

　送り状番号：4471-2290-3815（洗浄機）
　　　　　　　4471-2290-3826（ポリッシャー・洗剤）

復路（7/3 幕張→大崎）も同条件でお願いします。
{sig("ishiguro", 3)}""")

# 063 hyphen-for-dot look-alike of the own domain, carrying a six-person roster
_p = people(6)
_r = "\n".join(f"{i + 1:>2}  {pad(p['name'], 14)} {p['mobile']}" for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "hinode-sangyo-co.jp (hyphen for a dot) is not internal; the mail carries six staff mobiles",
    charset="utf-8", sender=sender("kasuga"),
    to=["ishiguro.takuya@hinode-sangyo-co.jp"],
    subject="幕張イベント清掃 応援メンバー",
    body=f"""石黒さん

お疲れさまです。春日です。
幕張の応援メンバー6名が決まりました。現地集合なので連絡先を送ります。

 #  氏名           携帯
--  -------------- -------------
{_r}

集合：7/1 6:30 搬入口C前
春日
""")

# 064 customer list to an internal subdomain
_h = people(7)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "seven customers' records sent to an internal subdomain (mail.hinode-sangyo.co.jp) only",
    charset="iso-2022-jp", sender=sender("nagumo"),
    to=["callcenter@mail.hinode-sangyo.co.jp"], cc=[addr("morikawa")],
    subject="折り返し依頼（7件）",
    body="受付センター各位\n\n昨日の留守電で折り返し依頼があったお客様です。本日中に対応をお願いします。\n\n"
         + "\n".join(f"{p['name']}様／{p['addr']}／{p['tel']}／{R.choice(['見積依頼', '日程変更', '請求の確認', 'キャンセル'])}"
                     for p in _h)
         + "\n\n南雲\n")

# 065 look-alike of the electronics partner (.com)
add("stop", [], ["lookalike_domain"],
    "kawasaki-denki.com swaps the TLD of the partner domain kawasaki-denki.co.jp",
    charset="utf-8", sender=sender("tokano"),
    to=["総務部 須藤様 <sudo@kawasaki-denki.com>"],
    subject="川崎工場 年次大清掃の日程について",
    body=f"""川崎電機株式会社
総務部 須藤様

お世話になっております。日の出産業の戸叶です。
8月の川崎工場 年次大清掃について、ライン停止期間に合わせて以下を予定しております。

　8/11（火）～8/13（木）　天井・ダクト清掃（高所作業車2台）
　8/14（金）　　　　　　　床面剥離洗浄・ワックス

作業人数は延べ64名を予定しています。入構手続きについてご指示ください。
{sig("tokano", 0)}""")

# 066 the real electronics partner: contract renewal
add("pass", [], [],
    "contract renewal mail to the real partner domain; business contacts only",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["sudo@kawasaki-denki.co.jp"], cc=["kobai@kawasaki-denki.co.jp"],
    subject="清掃業務委託契約（川崎工場）更新書類のご送付",
    body=f"""川崎電機株式会社
総務部 須藤様
（cc：購買部 ご担当者様）

お世話になっております。日の出産業の戸叶です。
川崎工場の清掃業務委託契約の更新書類を本日郵送いたしました。
内容は先日合意いただいたとおりで、委託料は据え置き（月額2,350,000円・税抜）です。

ご捺印のうえ、1部をご返送いただけますと幸いです。
{sig("tokano", 1)}{DISCLAIMER_JP}""")

# 067 newsletter with five customers in Cc
_h = people(5)
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "campaign mail with five private customers in Cc: each can see the others",
    charset="cp932", sender=sender("nagumo"),
    to=[addr("nagumo")],
    cc=[f"{_h[0]['name']} <{_h[0]['sei_ro'].lower()}{R.randrange(100, 999)}@gmail.com>",
        f"{_h[1]['sei_ro'].lower()}.{_h[1]['mei_ro'].lower()}@gmail.com",
        f"{_h[2]['mei_ro'].lower()}_{R.randrange(10, 99)}@yahoo.co.jp",
        f"{_h[3]['name']} <{_h[3]['sei_ro'].lower()}-{R.randrange(1, 9)}@softbank.ne.jp>",
        f"{_h[4]['mei_ro'].lower()}{_h[4]['sei_ro'].lower()}@ezweb.ne.jp"],
    subject="【会員様限定】梅雨のカビ対策キャンペーンのお知らせ",
    body=f"""いつも日の出産業ハウスクリーニングをご利用いただきありがとうございます。

会員様限定で「梅雨のカビ対策キャンペーン」を実施いたします。

　期間　：6月15日～7月15日
　内容　：浴室クリーニング＋防カビコーティング　通常22,000円 → 17,600円（税込）
　お申込：フリーダイヤル 0120-41-7780 またはWebマイページから

この機会にぜひご利用ください。
配信停止をご希望の方は、本メールにご返信ください。
{sig("nagumo", 1)}""")

# 068 the same kind of campaign correctly in Bcc (multipart)
_h = people(6)
add("pass", [], ["freemail_recipient"],
    "campaign mail with customers correctly in Bcc; To is the sender's own address",
    charset="utf-8", sender=sender("nagumo"),
    to=["info-hc@hinode-sangyo.co.jp"],
    bcc=[p["mail"] for p in _h],
    subject="【会員様へ】年末大掃除の早期予約受付を開始しました",
    body="""会員の皆様

いつもありがとうございます。日の出産業ハウスクリーニングです。
年末の大掃除シーズンに向けて、早期予約の受付を開始しました。
10月31日までのお申込みで、全メニュー10%オフとなります。

ご予約はマイページまたはフリーダイヤル 0120-41-7780 まで。
""",
    html="""<html><body><p>会員の皆様</p><p>いつもありがとうございます。日の出産業ハウスクリーニングです。</p>
<p><b>年末大掃除 早期予約受付中！</b><br>10月31日までのお申込みで <span style="color:red">全メニュー10%オフ</span></p>
<p>ご予約はマイページまたはフリーダイヤル 0120-41-7780 まで。</p></body></html>""")

# 069 direct debit requests for six customers to the bank partner
_h = people(6)
_rows = "\n".join(f"{i + 1}　{pad(p['name'], 14)}{pad(R.choice(['みどり銀行 中野支店', 'みどり銀行 荻窪支店', 'みどり銀行 本店営業部']), 24)}普通 {R.randrange(10**6, 10**7)}"
                  for i, p in enumerate(_h))
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "six customers' names with their bank accounts for direct debit, sent in the body to the bank",
    charset="iso-2022-jp", sender=sender("shinbori"),
    to=["法人営業部 <hojin@midori-ginko.co.jp>"],
    subject="口座振替 新規登録分（7月引落し開始）",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業 経理グループの新堀です。
7月27日引落し分から口座振替を開始するお客様6件の登録をお願いいたします。
依頼書の原本は本日郵送しております。

No 氏名          金融機関・支店          口座
{_rows}

委託者番号：0038-1127
{sig("shinbori", 0)}""")

# 070 company bank account inquiry to the bank partner
add("pass", [], [],
    "an inquiry about the company's own account and fees; no personal data",
    charset="utf-8", sender=sender("shinbori"),
    to=["hojin@midori-ginko.co.jp"],
    subject="振込手数料の改定について（お問い合わせ）",
    body=f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業の新堀です。
10月からの振込手数料改定のお知らせを拝見しました。
弊社口座（新宿西口支店 普通 3388120）からの総合振込について、
月間300件程度の場合の手数料をご教示いただけますでしょうか。
協力会社への支払いを月2回に集約することも検討しております。
{sig("shinbori", 3)}""")

# 071 customer DB export (UTF-8 CSV, 15 rows) to the IT vendor partner
_h = people(15, rare=3)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "UTF-8 CSV of fifteen customers (e-mail, phone, address) sent to the IT vendor for a migration test",
    charset="utf-8", sender=sender("nagumo"),
    to=["開発チーム <dev@tsubasa-system.jp>"],
    subject="予約システム移行 テストデータ",
    body=f"""ツバサシステム株式会社
開発チーム御中

お世話になっております。日の出産業の南雲です。
移行テスト用に、現行システムから顧客データを15件抽出しました。
文字化けの確認用に、外字を含む方も入れています。
{sig("nagumo", 0)}""",
    attachments=[{"kind": "csv", "name": "customer_export_sample.csv", "encoding": "utf-8",
                  "rows": [["customer_id", "name", "name_kana", "email", "tel", "address", "created_at"]]
                  + [[f"{880100 + i}", p["name"], p["kana"], p["mail"], p["mobile"], p["addr"],
                      f"2024-{R.randrange(1, 12):02d}-{R.randrange(1, 28):02d}"] for i, p in enumerate(_h)]}])

# 072 error report whose log excerpt leaks customer e-mails and phones
_h = people(6)
_log = "\n".join(f"2026-06-08 10:{12 + i:02d}:{R.randrange(10, 59)} ERROR MailSendJob id={5521 + i} "
                 f"to={p['mail']} tel={p['mobile']} reason=550 mailbox unavailable" for i, p in enumerate(_h))
add("stop", ["EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "an error report pasting a log with six customers' e-mail addresses and phones, to the IT vendor",
    charset="iso-2022-jp", sender=sender("nagumo"),
    to=["support@tsubasa-system.jp"],
    subject="【障害報告】予約確認メールが一部送信されない",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の南雲です。
本日午前、予約確認メールの一部が送信エラーになっています。
管理画面のエラーログを貼り付けます。原因の調査をお願いします。

{_log}

同時間帯の他の送信は正常でした。
{sig("nagumo", 3)}""")

# 073 stool test results of food-factory cleaning staff to the food partner
_p = people(7)
_sheet = [["北国フーズ 札幌第一工場 清掃従事者 検便結果（2026年6月）"], [],
          ["No", "氏名", "生年月日", "検査日", "赤痢", "サルモネラ", "O157", "ノロウイルス", "備考"]]
for i, p in enumerate(_p):
    pos = i == 4
    _sheet.append([i + 1, p["name"], wareki(p["dob"]), "2026/06/02", "陰性", "陰性", "陰性",
                   "陽性" if pos else "陰性", "陽性のため就業停止中" if pos else ""])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "stool-test (health check) results of seven named staff, one positive, sent to the client factory",
    charset="cp932", sender=sender("okochi"),
    to=["品質保証部 <qa@kitaguni-foods.co.jp>"],
    subject="6月度 検便結果のご提出（札幌第一工場 清掃従事者）",
    body=f"""北国フーズ株式会社 品質保証部 御中

お世話になっております。日の出産業の大河内です。
6月度の清掃従事者の検便結果を提出いたします。
1名ノロウイルス陽性のため、陰性確認まで就業を停止し、代替要員を配置しております。
{sig("okochi", 1)}""",
    attachments=[{"kind": "xlsx", "name": "検便結果_202606_札幌第一工場.xlsx", "sheets": {"6月": _sheet}}])

# 074 HACCP cleaning schedule to the food partner
add("pass", [], [],
    "HACCP cleaning schedule for a factory; no personal data",
    charset="utf-8", sender=sender("higa"),
    to=["qa@kitaguni-foods.co.jp"],
    subject="HACCP 清掃計画表（7月）",
    body=f"""北国フーズ 品質保証部御中

お世話になっております。日の出産業 品質管理室の比嘉です。
7月の清掃計画表です。前月からの変更は★印のみです。

エリア        対象                    頻度      方法
------------  ----------------------  --------  ------------------------
下処理室      床・排水溝              毎日      アルカリ洗剤→すすぎ→次亜塩素酸
加熱室        フード・グリスフィルター 週1回     浸け置き洗浄
★包装室      床                      毎日      乾式（HEPA掃除機）に変更
前室          手洗い設備・長靴洗浄機  毎日      中性洗剤・アルコール

ATP検査は週1回、各エリア3点で継続します。
{sig("higa", 2)}""")

# 075 staff arrest reported to the law firm partner
_s = people(1)[0]
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a staff member's arrest with name, DOB and address sent to the external law firm",
    charset="iso-2022-jp", sender=sender("mashiba"),
    to=["白川先生 <shirakawa@shirakawa-law.jp>"], cc=[addr("usami")],
    subject="ご相談：当社スタッフの逮捕について",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の真柴です。
急ぎご相談させてください。

当社ハウスクリーニング課のパートスタッフが、お客様宅での窃盗容疑で
昨日逮捕されたと、警察から連絡がありました。

　氏名：{_s['name']}
　生年月日：{_s['dob'].year}年{_s['dob'].month}月{_s['dob'].day}日
　住所：{_s['addr']}
　勤続：2年4か月

被害に遭われたお客様への対応、報道対応、本人の処分について、
本日中にお電話でご指示をいただけますでしょうか。
{sig("mashiba", 0)}""")

# 076 NDA draft review with the law firm partner (DOCX without markings)
add("pass", [], [],
    "NDA draft sent to the law firm for review; the document talks about secrets but carries no marking",
    charset="utf-8", sender=sender("tokano"),
    to=["shirakawa@shirakawa-law.jp"],
    subject="秘密保持契約書（霞ビルマネジメント社）のレビュー依頼",
    body=f"""白川先生

お世話になっております。日の出産業の戸叶です。
霞ビルマネジメント社との秘密保持契約書について、先方修正版が届きましたので
レビューをお願いできますでしょうか。主な論点は第2条と第5条です。
ご多忙のところ恐縮ですが、6/19（金）までにご意見をいただけますと幸いです。
{sig("tokano", 0)}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_霞ビルマネジメント_先方修正版.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "第1条（目的）本契約は、清掃業務委託の検討のために開示される情報の取扱いを定める。",
                                 "第2条（機密情報）本契約において機密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                 "第5条（有効期間）本契約は締結日から3年間有効とする。"]}])

# 077 【極秘】 in the subject, to a subcontractor
add("stop", [], ["confidential_marking"],
    "the subject is classified 【極秘】 and the mail goes to a subcontractor",
    charset="cp932", sender=sender("mashiba"),
    to=["noto@pikapika-clean.jp"],
    subject="【極秘】来期単価改定の方針について",
    body=f"""能登社長

お世話になっております。真柴です。
来期の単価改定について、弊社の方針を先にお伝えしておきます。

・大手管理会社2社から5%の値下げ要請を受けており、来期は協力会社単価も
　平均3%の見直しをお願いせざるを得ない見込みです
・その代わり、年間の発注量（最低保証 1,200時間）を契約に明記します

正式なご提示は8月になります。それまでは御社内でも限られた方のみでお願いします。
{sig("mashiba", 3)}""")

# 078 ordinary mail with both disclaimers
add("pass", [], [],
    "ordinary scheduling mail to a subcontractor ending with standard JP/EN disclaimers",
    charset="iso-2022-jp", sender=sender("kasuga"),
    to=["naito@fujimi-service.co.jp"],
    subject="安全衛生協議会（7/8）のご案内",
    body=f"""富士見サービス 内藤様

お世話になっております。春日です。
協力会社様向けの安全衛生協議会を下記のとおり開催します。

　日時：7月8日（水）15:00～16:30
　場所：弊社本社 5F 会議室A（オンライン参加も可）
　内容：上期の労災・ヒヤリハット事例、熱中症対策、脚立作業のルール再確認

ご出席者のお名前を7/3までにお知らせください。
{sig("kasuga", 0)}{DISCLAIMER_JP}{DISCLAIMER_EN}""")

# 079 PDF table of eight staff with emergency contacts, to the client
_p = people(8)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PDF table of eight staff with their own and emergency-contact phones, sent to the client",
    charset="utf-8", sender=sender("okochi"),
    to=["soumu@minatomirai-office.co.jp"],
    subject="常駐清掃員 名簿（PDF）",
    body=f"""みなとみらいオフィス 総務課御中

お世話になっております。大河内です。
ご依頼の常駐清掃員名簿をPDFでお送りします。
{sig("okochi", 3)}""",
    attachments=[{"kind": "pdf", "name": "常駐清掃員名簿_みなとみらい.pdf", "title": "常駐清掃員名簿",
                  "lines": ["常駐清掃員名簿（2026年7月1日現在）", "日の出産業株式会社 ビルメンテナンス課", ""],
                  "table": [["氏名", "フリガナ", "携帯", "緊急連絡先（続柄）"]]
                  + [[p["name"], p["kana"], p["mobile"], f"{_mobile()}（{R.choice(['夫', '妻', '母', '長男', '長女'])}）"]
                     for p in _p]}])

# 080 PDF invoice with T-number
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "PDF invoice with the company's 登録番号 and bank account; no personal data",
    charset="cp932", sender=sender("shinbori"),
    to=["keiri@sakura-hotel.jp"],
    subject="請求書（2026年6月分 客室清掃）",
    body=f"""さくらホテル 経理ご担当者様

お世話になっております。日の出産業 経理グループの新堀です。
6月分の請求書をお送りします。ご査収のほどよろしくお願いいたします。
{sig("shinbori", 1)}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2606-0087.pdf", "title": "請求書",
                  "lines": ["請求書", "さくらホテル株式会社 御中", "請求番号：INV-2606-0087　発行日：2026年6月30日",
                            "日の出産業株式会社　登録番号：T7011101048821",
                            "振込先：みどり銀行 新宿西口支店 普通 3388120"],
                  "table": [["品目", "数量", "単価", "金額"], ["客室清掃（ルームメイク）", "6,812室", "520", "3,542,240"],
                            ["スイート加算", "96室", "1,800", "172,800"], ["小計", "", "", "3,715,040"],
                            ["消費税（10%）", "", "", "371,504"], ["合計", "", "", "4,086,544"]]}])

# 081 basic pension numbers of two staff to the social insurance office
_p = people(2)
add("stop", ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"], ["personal_data"],
    "two staff members' 基礎年金番号 sent outside: an ID number, whatever the count",
    charset="utf-8", sender=sender("usami"),
    to=["ito@ito-sr-office.jp"],
    subject="Re: 基礎年金番号の確認について",
    body=f"""伊東先生

お世話になっております。宇佐美です。
お問い合わせの2名、年金手帳の写しで確認できました。

{_p[0]['name']}　基礎年金番号 {R.randrange(1000, 9999)}-{R.randrange(100000, 999999)}
{_p[1]['name']}　基礎年金番号 {R.randrange(1000, 9999)}-{R.randrange(100000, 999999)}

これで資格取得届を進めていただけますでしょうか。
宇佐美

> 宇佐美様
> 先日の資格取得届のうち2名について、基礎年金番号が未記入でした。
> お手数ですがご確認をお願いします。
> 伊東
""")

# 082 算定基礎届 data: seven staff with DOB and pay, to the social insurance office
_p = people(7)
_lines = "\n".join(f"{p['name']},{p['dob'].strftime('%Y/%m/%d')},{R.randrange(140, 260) * 1000},"
                   f"{R.randrange(140, 260) * 1000},{R.randrange(140, 260) * 1000}" for p in _p)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "comma-separated list of seven staff with dates of birth and monthly pay, sent to an external office",
    charset="iso-2022-jp", sender=sender("usami"),
    to=["ito@ito-sr-office.jp"],
    subject="算定基礎届 対象者データ（パート追加分）",
    body=f"""伊東先生

お世話になっております。宇佐美です。
算定基礎届の対象となるパートスタッフの追加分です。4～6月の報酬月額を貼り付けます。

氏名,生年月日,4月,5月,6月
{_lines}

よろしくお願いいたします。
{sig("usami", 3)}""")

# 083 passport number for a visa renewal, to an administrative scrivener
_f = ("LE THI HOA", "1997年9月21日")
add("stop", ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "one staff member's passport number with name and DOB sent to an external scrivener",
    charset="cp932", sender=sender("usami"),
    to=["みなと行政書士事務所 <info@minato-gyosei.jp>"],
    subject="在留期間更新申請のご依頼（特定技能・ビルクリーニング）",
    body=f"""みなと行政書士事務所 御中

お世話になっております。日の出産業 労務の宇佐美です。
特定技能（ビルクリーニング）で就労中のスタッフ1名の在留期間更新をお願いいたします。

　氏名（旅券記載）：{_f[0]}
　国籍：ベトナム
　生年月日：{_f[1]}
　旅券番号：C{R.randrange(10**6, 10**7)}
　現在の在留期限：2026年9月30日

雇用契約書と源泉徴収票は本日郵送いたします。
{sig("usami", 1)}""")

# 084 one job applicant on free mail: interview scheduling
_a = people(1)[0]
add("pass", [], ["freemail_recipient"],
    "interview scheduling with one applicant at her own free-mail address",
    charset="iso-2022-jp", sender=sender("usami"),
    to=[f"{_a['name']} 様 <{_a['mail']}>"],
    subject="面接日程のご案内（日の出産業 ハウスクリーニングスタッフ）",
    body=f"""{_a['name']} 様

この度は日の出産業のハウスクリーニングスタッフにご応募いただき、ありがとうございます。
面接の日程について、以下の候補からご都合のよい日時をお知らせください。

　① 6月16日（火）10:00
　② 6月17日（水）14:00
　③ 6月19日（金）11:00

会場：本社 5F（西新宿駅 徒歩3分）
持ち物：履歴書（写真貼付）、筆記用具
所要時間：約45分（簡単な実技説明を含みます）
{sig("usami", 0)}""")

# 085 six applicants with phones to the staffing agency
_p = people(6)
_t = "\n".join(f"{pad(p['name'], 14)}{pad(str(2026 - p['dob'].year) + '歳', 6)}{pad(p['mobile'], 15)}"
               f"{R.choice(['世田谷', '杉並', '練馬', '中野'])}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six applicants' names and mobiles sent to an external staffing agency",
    charset="utf-8", sender=sender("usami"),
    to=["horiuchi@hello-staff.jp"],
    subject="直接応募者の件（貴社登録への切替希望者）",
    body=f"""ハロースタッフ 堀内様

お世話になっております。宇佐美です。
弊社に直接応募があった方のうち、派遣での就業を希望された6名です。
ご本人の了承は得ておりますので、貴社からご連絡をお願いします。

氏名          年齢  携帯           希望エリア
------------------------------------------------
{_t}

{sig("usami", 3)}""")

# 086 two applicants' interview times to the agency (names only)
add("pass", [], [],
    "interview times for two candidates named without any other personal data",
    charset="cp932", sender=sender("usami"),
    to=["horiuchi@hello-staff.jp"],
    subject="Re: ご紹介候補者 面接日程",
    body=f"""堀内様

お世話になっております。宇佐美です。
ご紹介いただいた2名の面接日程、以下で確定させてください。

　・大川様　6/22（月）13:30～
　・真鍋様　6/22（月）15:00～

会場は本社5Fです。受付で「清掃事業部の面接」とお伝えいただくようお願いします。
{sig("usami", 3)}""")

# 087 DOCX accident report with a staff member's epilepsy, to the client
_s, _c = people(2)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "accident report naming a worker's epileptic seizure (medical condition) and a customer's address, to the client",
    charset="utf-8", sender=sender("higa"),
    to=["kanri@green-kanri.co.jp"],
    subject="事故報告書（グリーンヒルズ桜丘 共用部清掃中の転倒）",
    body=f"""グリーン管理株式会社 管理部御中

お世話になっております。日の出産業 品質管理室の比嘉です。
6/9に発生した事故について、報告書をお送りいたします。
{sig("higa", 0)}""",
    attachments=[{"kind": "docx", "name": "事故報告書_20260609.docx", "title": "事故報告書",
                  "paragraphs": ["事故報告書", "発生日時：2026年6月9日（火）10時20分頃",
                                 "発生場所：グリーンヒルズ桜丘 3階共用廊下",
                                 f"当事者：日の出産業 清掃スタッフ {_s['name']}",
                                 "状況：廊下清掃中に当事者がてんかんの発作を起こして転倒し、"
                                 f"302号室（{_c['name']}様　{_c['addr']}）の玄関ドアに接触、ドア下部に凹みが生じた。",
                                 "当事者は持病として服薬中であったが、当日は服薬を失念していたと申告。",
                                 "対応：救急搬送（同日帰宅）。ドア補修は弊社負担で実施予定。"],
                  "tables": [[["項目", "内容"], ["被害", "玄関ドア下部 凹み（約5cm）"], ["補修見積", "66,000円"]]]}])

# 088 DOCX work procedure to a subcontractor
add("pass", [], [],
    "work procedure document for a subcontractor; no personal data",
    charset="iso-2022-jp", sender=sender("higa"),
    to=["ashizawa@seiso-partners.co.jp"],
    subject="作業手順書（レンジフード分解洗浄）改訂版",
    body=f"""芦沢様

お世話になっております。比嘉です。
レンジフード分解洗浄の作業手順書を改訂しました（v2.3）。
シロッコファンの浸け置き時間と、アルカリ洗剤の希釈倍率を変更しています。
作業員の方への周知をお願いいたします。
{sig("higa", 3)}""",
    attachments=[{"kind": "docx", "name": "作業手順書_レンジフード_v2.3.docx",
                  "paragraphs": ["作業手順書：レンジフード分解洗浄（v2.3）",
                                 "1. ブレーカーを落とし、電源が切れていることを確認する",
                                 "2. 整流板・フィルター・シロッコファンを取り外す",
                                 "3. アルカリ洗剤を40倍に希釈し、60℃の湯で30分浸け置き（旧：20分）",
                                 "4. 本体内部は養生後、スチームで油を浮かせて拭き取る",
                                 "5. 組み付け後、動作確認をお客様立会いで行う"]}])

# 089 either: five tenant companies' contact persons with mobiles
_p = people(5)
_ten = ["3F 株式会社オリオン設計", "4F ミナト会計事務所", "5F 株式会社ヒカリ電子", "6F 青空商事株式会社 分室",
        "7F 合同会社ソラマメ"]
_l = "\n".join(f"{t}　総務 {p['sei']}様　携帯 {p['mobile']}" for t, p in zip(_ten, _p))
add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "five tenants' contact persons with mobiles: business contacts, yet five named people's mobile numbers",
    charset="cp932", sender=sender("ishiguro"),
    to=["noto@pikapika-clean.jp"],
    subject="夜間ワックス作業 テナント連絡先",
    body=f"""能登様

お世話になっております。石黒です。
6/27の夜間ワックス作業で、テナント内に立ち入る必要が出た場合の連絡先です。
（管理会社様経由で各テナントの了承を得ています）

{_l}

22時以降の連絡は緊急時のみとしてください。
{sig("ishiguro", 3)}""")

# 090 list of buildings (business addresses, management switchboards)
add("pass", [], [],
    "a list of buildings with business addresses and management company switchboards: not people",
    charset="utf-8", sender=sender("okochi"),
    to=["naito@fujimi-service.co.jp"],
    subject="8月 ガラス清掃 対象物件一覧",
    body=f"""内藤様

お世話になっております。大河内です。
8月のガラス清掃の対象物件です。各物件の管理会社窓口も記載しています。

物件名, 所在地, 階数, 管理会社（代表）
霞ヶ関第二ビル, 東京都千代田区霞が関3-8-1, 7F, 霞ビルマネジメント 03-3580-2200
大崎セントラルタワー, 東京都品川区大崎1-11-4, 22F, 東海ビルメンテナンス 03-5487-3300
みなとみらいオフィス, 横浜市西区みなとみらい2-3-5, 15F, みなとみらいオフィス 045-224-7100
青空商事本社ビル, 東京都中央区日本橋本町2-6-9, 9F, 青空商事 総務部 03-3241-5500
北国フーズ 東京支社, 東京都台東区上野5-17-2, 6F, 北国フーズ 03-3831-9000

ゴンドラが必要なのは大崎のみです。
{sig("okochi", 3)}""")

# 091 three external organisations in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "a property manager, a subcontractor and a rental company all in To: three external parties visible",
    charset="iso-2022-jp", sender=sender("okochi"),
    to=["kamijo@kasumi-bm.co.jp", "noto@pikapika-clean.jp", "miyoshi@rentec-kiki.co.jp"],
    subject="外壁ガラス清掃 工程表（第2版）の共有",
    body=f"""関係各位

お世話になっております。日の出産業の大河内です。
外壁ガラス清掃の工程表（第2版）を共有いたします。

　7/6（月）ゴンドラ搬入・点検（レンテック機器様）
　7/7（火）～7/10（金）東面・南面（ピカピカクリーン様）
　7/13（月）～7/15（水）西面・北面
　7/16（木）予備日／ゴンドラ搬出

テナント様への周知は霞ビルマネジメント様にお願いしております。
{sig("okochi", 0)}""")

# 092 reply quoting the manager's list of entry cards (quoted under 差出人/送信日時)
_p = people(6)
_ql = "\n".join(f"  {p['name']}　入館証 No.{R.randrange(2000, 2999)}　{p['mobile']}" for p in _p)
add("pass", [], [],
    "the six-person entry-card list is only in the quoted original below 差出人/送信日時; new text is a thank-you",
    charset="utf-8", sender=sender("kasuga"),
    to=["bousai@tokai-bm.co.jp"],
    subject="RE: 入館証発行完了のお知らせ",
    body=f"""東海ビルメンテナンス 防災センター御中

お世話になっております。日の出産業の春日です。
入館証の発行ありがとうございました。明日8時に受け取りに伺います。

春日

差出人: 東海ビルメンテナンス 防災センター <bousai@tokai-bm.co.jp>
送信日時: 2026年6月11日 16:05
宛先: 春日 亜希子 <kasuga.akiko@hinode-sangyo.co.jp>
件名: 入館証発行完了のお知らせ

日の出産業 春日様

ご依頼の入館証6枚の発行が完了しました。
{_ql}
防災センター窓口にてお渡しします。
""")

# 093 XLSX with a shift sheet and a contacts sheet (7 staff, romaji too) to a subcontractor
_p = people(7)
_days = ["7/1", "7/2", "7/3", "7/4", "7/5"]
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "XLSX whose 連絡先 sheet lists seven staff with mobiles and home addresses, sent to a subcontractor",
    charset="cp932", sender=sender("kasuga"),
    to=["手配担当 <tehai@seiso-partners.co.jp>"],
    subject="幕張イベント 合同シフト表",
    body=f"""清創パートナーズ 手配ご担当者様

お世話になっております。春日です。
幕張イベント清掃の合同シフト表をお送りします。
2枚目のシートに弊社スタッフの連絡先を入れています（送迎ルート作成用）。
{sig("kasuga", 0)}""",
    attachments=[{"kind": "xlsx", "name": "幕張イベント_合同シフト.xlsx",
                  "sheets": {"シフト": [["幕張イベントホール 清掃シフト（7/1-7/5）"], ["氏名"] + _days]
                             + [[p["name"]] + [R.choice(["○", "○", "休", "夜"]) for _ in _days] for p in _p],
                             "連絡先": [["氏名", "Romaji", "携帯", "自宅住所", "送迎"]]
                             + [[p["name"], p["ROMAJI"], p["mobile"], p["addr"], R.choice(["要", "不要"])] for p in _p]}}])

# 094 XLSX shift with staff codes only
add("pass", [], [],
    "shift table identifying staff only by codes: no personal data",
    charset="iso-2022-jp", sender=sender("kasuga"),
    to=["kyakushitsu@sakura-hotel.jp"],
    subject="7月第1週 客室清掃シフト（コード表記）",
    body=f"""さくらホテル 客室管理課御中

お世話になっております。春日です。
7月第1週のシフト表をお送りします。スタッフはコードで表記しています。
{sig("kasuga", 3)}""",
    attachments=[{"kind": "xlsx", "name": "shift_2026w27.xlsx",
                  "sheets": {"W27": [["コード", "月", "火", "水", "木", "金", "土", "日"]]
                             + [[f"HS-{100 + i}"] + [R.choice(["A", "B", "休"]) for _ in range(7)] for i in range(14)],
                             "凡例": [["記号", "時間"], ["A", "9:00-15:00"], ["B", "11:00-17:00"]]}}])

# 095 a full-width card number to an external accounting firm
_c = people(1)[0]
_cn = cardno()
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's card number written in full-width digits, sent to an external accounting firm",
    charset="iso-2022-jp", sender=sender("shinbori"),
    to=["担当 上野様 <ueno@sakae-kaikei.jp>"],
    subject="返金処理の件（カード決済取消）",
    body=f"""さかえ会計事務所
上野様

お世話になっております。日の出産業の新堀です。
作業キャンセルに伴う返金処理の件、仕訳の確認をお願いします。

お客様：{_c['name']}様
決済日：令和８年５月２２日
金額：１６，５００円
カード番号：{zen(_cn[:4] + '-' + _cn[4:8] + '-' + _cn[8:12] + '-' + _cn[12:])}
決済代行の取消番号：ＣＸ－０５２２－７７１

売上取消と返金のどちらで処理すべきかご教示ください。
{sig("shinbori", 3)}""")

# 096 internal My Number collection (all internal)
_p = people(2)
add("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
    "My Numbers of two staff, but only between internal addresses",
    charset="cp932", sender=sender("morikawa"),
    to=[addr("usami")],
    subject="マイナンバー提出（世田谷チーム新人2名）",
    body=f"""宇佐美さん

お疲れさまです。森川です。
世田谷チームの新人2名から個人番号の提出がありました。
本人確認書類は原本を確認済みです。

{_p[0]['name']}　{mn()}
{_p[1]['name']}　{mn()}

森川
""")

# 097 homoglyph look-alike of the own domain (zero for o)
add("stop", [], ["lookalike_domain"],
    "hinode-sangy0.co.jp replaces an 'o' with a zero: a homoglyph of the own domain",
    charset="utf-8", sender=sender("higa"),
    to=["okochi.makoto@hinode-sangy0.co.jp"],
    subject="品質点検の日程（7月）",
    body=f"""大河内課長

お疲れさまです。比嘉です。
7月の品質点検の日程案です。

・7/14（火）霞ヶ関第二ビル
・7/16（木）港南総合病院
・7/22（水）さくらホテル

ご都合の悪い日があればお知らせください。
比嘉
""")

# 098 equipment return: rental contract and tracking numbers
add("pass", [], [],
    "equipment return notice with rental contract and tracking numbers",
    charset="iso-2022-jp", sender=sender("ishiguro"),
    to=["miyoshi@rentec-kiki.co.jp"],
    subject="レンタル機材返却のご連絡（契約番号 RC-26-1187）",
    body=f"""レンテック機器 三好様

お世話になっております。日の出産業の石黒です。
契約番号 RC-26-1187 の機材を本日発送で返却いたします。

　ローリングタワー RT-35A ×2（送り状 4471-2291-0043）
　高圧洗浄機 HPW-2000S ×1（送り状 4471-2291-0054）
　延長ホース HS-20 ×2（同梱）

高圧洗浄機のトリガーに少しガタつきがあります。使用中の破損ではありませんが念のためお伝えします。
{sig("ishiguro", 2)}""")

# 099 either: two staff declared free of criminal record, to a condo manager
_p = people(2)
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "two named staff confirmed as having no criminal record: touches 犯罪歴 though it states its absence",
    charset="utf-8", sender=sender("usami"),
    to=["front@green-kanri.co.jp"],
    subject="常駐清掃員の身元確認について（ご回答）",
    body=f"""グリーン管理株式会社 フロントご担当者様

お世話になっております。日の出産業 労務グループの宇佐美です。
管理組合様からご要望のあった常駐清掃員2名の身元確認について、ご回答いたします。

　{_p[0]['name']}：身元保証書 提出済／本人申告により犯罪歴なし
　{_p[1]['name']}：身元保証書 提出済／本人申告により犯罪歴なし

両名とも入社時に誓約書を取得しております。
{sig("usami", 0)}""")

# 100 TXT attachment: five leavers with addresses, to the uniform lease company
_p = people(5)
_txt = "退職者ユニフォーム回収リスト（2026年6月退職）\n\n" + "\n".join(
    f"{i + 1}. {p['name']}\n   〒{p['zip']} {p['addr']}\n   TEL {p['mobile']}\n   貸与：上衣2・下衣2・帽子1"
    for i, p in enumerate(_p)) + "\n"
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "TXT attachment with five leavers' home addresses and mobiles for uniform pick-up, to the lease company",
    charset="cp932", sender=sender("kasuga"),
    to=["order@unilease.co.jp"],
    subject="退職者ユニフォームの回収依頼（5名）",
    body=f"""ユニリース 受注センター御中

お世話になっております。日の出産業の春日です。
6月退職者5名分のユニフォーム回収をお願いいたします。
ご自宅への着払い回収キットの送付をお願いできますでしょうか。
対象者は添付のテキストのとおりです。
{sig("kasuga", 1)}""",
    attachments=[{"kind": "txt", "name": "kaishu_list_202606.txt", "text": _txt, "encoding": "cp932"}])
