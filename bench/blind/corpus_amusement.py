"""Blind corpus, area "amusement": 日の出産業のアミューズメント事業部 (カラオケ・ボウリング・
ゲームセンター).  Membership cards, prize winners, lost property, incident reports (injuries,
fights, police), part-time staff rosters (many students), late-night age checks (青少年),
CCTV requests from the police, equipment vendors, events.

Every person, number, address, e-mail address and domain below (other than the fixed
organisation and partner domains of BRIEF.md) is invented.  My Numbers and card numbers
come from build.my_number() / build.card_number() with seeds starting at 8201 (8201,
8202, … in the order they are drawn below); other data come from random.Random(8201).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from build import card_number, my_number

AREA = "amusement"
SEED = 8201
_seed = [SEED]


def next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum() -> str:
    return my_number(next_seed())


def card() -> str:
    return card_number(next_seed())


R = random.Random(SEED)

# -- people ---------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"),
    ("中島", "ナカジマ", "Nakajima"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("中山", "ナカヤマ", "Nakayama"), ("石井", "イシイ", "Ishii"), ("上田", "ウエダ", "Ueda"),
    ("森田", "モリタ", "Morita"), ("原", "ハラ", "Hara"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"),
    ("宮崎", "ミヤザキ", "Miyazaki"), ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"),
    ("高木", "タカギ", "Takagi"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("大野", "オオノ", "Ono"), ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"),
    # rare surnames
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("東海林", "ショウジ", "Shoji"), ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("左右田", "ソウダ", "Soda"), ("五月女", "ソウトメ", "Sotome"), ("我孫子", "アビコ", "Abiko"),
    ("鬼頭", "キトウ", "Kito"), ("舎利弗", "トドロキ", "Todoroki"), ("十河", "ソゴウ", "Sogo"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("釈迦郡", "シャカゴオリ", "Shakagori"), ("月見里", "ヤマナシ", "Yamanashi"),
]

GIVEN = [
    ("翔太", "ショウタ", "Shota", "m"), ("大輝", "ダイキ", "Daiki", "m"), ("蓮", "レン", "Ren", "m"),
    ("悠斗", "ユウト", "Yuto", "m"), ("陽向", "ヒナタ", "Hinata", "m"), ("颯太", "ソウタ", "Sota", "m"),
    ("健一", "ケンイチ", "Kenichi", "m"), ("隆", "タカシ", "Takashi", "m"), ("誠", "マコト", "Makoto", "m"),
    ("拓海", "タクミ", "Takumi", "m"), ("湊", "ミナト", "Minato", "m"), ("樹", "イツキ", "Itsuki", "m"),
    ("和也", "カズヤ", "Kazuya", "m"), ("直人", "ナオト", "Naoto", "m"), ("浩二", "コウジ", "Koji", "m"),
    ("優斗", "ユウト", "Yuto", "m"), ("海斗", "カイト", "Kaito", "m"), ("亮介", "リョウスケ", "Ryosuke", "m"),
    ("美咲", "ミサキ", "Misaki", "f"), ("陽菜", "ヒナ", "Hina", "f"), ("結衣", "ユイ", "Yui", "f"),
    ("さくら", "サクラ", "Sakura", "f"), ("葵", "アオイ", "Aoi", "f"), ("凛", "リン", "Rin", "f"),
    ("彩花", "アヤカ", "Ayaka", "f"), ("真由美", "マユミ", "Mayumi", "f"), ("恵子", "ケイコ", "Keiko", "f"),
    ("千尋", "チヒロ", "Chihiro", "f"), ("芽衣", "メイ", "Mei", "f"), ("莉子", "リコ", "Riko", "f"),
    ("七海", "ナナミ", "Nanami", "f"), ("優奈", "ユウナ", "Yuna", "f"), ("明日香", "アスカ", "Asuka", "f"),
    ("紗希", "サキ", "Saki", "f"), ("琴音", "コトネ", "Kotone", "f"), ("理恵", "リエ", "Rie", "f"),
]

PLACES = [
    ("144", "東京都", "大田区", ["蒲田", "西蒲田", "東矢口", "池上", "仲六郷", "南六郷"]),
    ("146", "東京都", "大田区", ["下丸子", "千鳥", "鵜の木"]),
    ("194", "東京都", "町田市", ["原町田", "森野", "中町", "旭町", "玉川学園"]),
    ("210", "神奈川県", "川崎市川崎区", ["駅前本町", "砂子", "小川町", "大島"]),
    ("211", "神奈川県", "川崎市中原区", ["小杉町", "新丸子町", "木月"]),
    ("252", "神奈川県", "相模原市南区", ["相模大野", "上鶴間本町"]),
    ("330", "埼玉県", "さいたま市大宮区", ["桜木町", "大門町", "宮町", "吉敷町"]),
    ("331", "埼玉県", "さいたま市北区", ["宮原町", "日進町"]),
    ("273", "千葉県", "船橋市", ["本町", "湊町", "宮本", "夏見"]),
    ("272", "千葉県", "市川市", ["八幡", "南八幡", "市川南"]),
    ("152", "東京都", "目黒区", ["自由が丘", "中根"]),
    ("183", "東京都", "府中市", ["宮西町", "府中町"]),
]

BUILDINGS = ["", "", "", "サンハイツ", "コーポ緑", "メゾン蒲田", "グランレジデンス", "ハイム桜",
             "パレス町田", "ライオンズマンション", "レオパレス大宮", "シティコート"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]


class P(dict):
    __getattr__ = dict.__getitem__


def person(born_from: int = 1965, born_to: int = 2000, gender: str | None = None) -> P:
    s = R.choice(SURNAMES)
    pool = [g for g in GIVEN if gender is None or g[3] == gender]
    g = R.choice(pool)
    zip3, pref, city, towns = R.choice(PLACES)
    town = R.choice(towns)
    chome = R.randint(1, 6)
    ban = R.randint(1, 30)
    go = R.randint(1, 25)
    bld = R.choice(BUILDINGS)
    room = f"{R.randint(1, 9)}0{R.randint(1, 9)}"
    line = f"{town}{chome}丁目{ban}-{go}" + (f" {bld}{room}号" if bld else "")
    zipc = f"{zip3}-{R.randint(0, 9999):04d}"
    dob = date(born_from, 1, 1) + timedelta(days=R.randrange((born_to - born_from + 1) * 365))
    mob = f"0{R.choice(['90', '80', '70'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    user = R.choice([
        f"{g[2].lower()}.{s[2].lower()}",
        f"{s[2].lower()}{g[2].lower()[0]}{R.randint(1, 99)}",
        f"{g[2].lower()}_{R.randint(1980, 2010)}",
        f"{s[2].lower()}-{g[2].lower()}",
        f"{g[2].lower()}{s[2].lower()[:3]}{R.randint(10, 999)}",
    ])
    mail = f"{user}@{R.choice(FREEMAIL)}"
    return P(sei=s[0], mei=g[0], name=f"{s[0]} {g[0]}", name2=f"{s[0]}{g[0]}",
             kana=f"{s[1]} {g[1]}", romaji=f"{g[2]} {s[2]}", ROMAJI=f"{s[2].upper()} {g[2]}",
             gender="男" if g[3] == "m" else "女", zip=zipc, pref=pref, city=city,
             addr=f"{pref}{city}{line}", addr_nopref=f"{city}{line}", dob=dob, phone=mob,
             mail=mail, age=_age(dob))


def _age(d: date, ref: date = date(2026, 9, 1)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def people(n: int, born_from: int = 1965, born_to: int = 2000) -> list[P]:
    return [person(born_from, born_to) for _ in range(n)]


def students(n: int) -> list[P]:
    return people(n, 2003, 2008)


FW = str.maketrans("0123456789-().:/ ", "０１２３４５６７８９－（）．：／　")


def fw(s: str) -> str:
    """full-width digits and separators."""
    return s.translate(FW)


def wareki(d: date, style: int = 0) -> str:
    if d >= date(2019, 5, 1):
        era, ab, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, ab, y = "平成", "H", d.year - 1988
    else:
        era, ab, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == 2:
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{ab}{y:02d}/{d.month:02d}/{d.day:02d}"


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def member_no(prefix: str = "SR") -> str:
    return f"{prefix}{R.randint(10000000, 99999999)}"


def pad(s: str, width: int) -> str:
    """pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x7F else 1 for c in s)
    return s + " " * max(width - w, 0)


def table(header: list[str], rows: list[list[str]], widths: list[int], rule: str = "-") -> str:
    out = ["".join(pad(h, w) for h, w in zip(header, widths)).rstrip()]
    out.append(rule * (sum(widths) - 2))
    for r in rows:
        out.append("".join(pad(str(c), w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


# -- the organisation's people and signatures ------------------------------------------------

DOM = "hinode-sangyo.co.jp"
HQ = "〒144-0052 東京都大田区蒲田5-21-8 日の出ビル7F"

STAFF = {
    "murase": ("村瀬 健吾", "アミューズメント事業部 店舗運営課", "03-5712-4411"),
    "horinouchi": ("堀之内 早苗", "総務部 総務課", "03-5712-4402"),
    "onizuka": ("鬼塚 亮", "サンライズボウル蒲田 店長", "03-3738-2210"),
    "usami": ("宇佐美 香織", "アミューズメント事業部 会員サービス課", "03-5712-4415"),
    "shoji": ("東海林 拓", "カラオケ事業部 エリアマネージャー", "03-5712-4430"),
    "higa": ("比嘉 美咲", "人事部 アルバイト採用担当", "03-5712-4405"),
    "kuga": ("久我 直樹", "アミューズメント事業部 設備管理課", "03-5712-4418"),
    "makabe": ("真壁 由紀", "アミューズメント事業部 イベント企画課", "03-5712-4420"),
    "tokano": ("戸叶 誠", "経理部", "03-5712-4403"),
    "iwabuchi": ("岩渕 俊介", "ヒノデゲームパーク川崎店 店長", "044-211-7730"),
    "hasebe": ("長谷部 蘭", "法務・コンプライアンス室", "03-5712-4408"),
    "mitsuya": ("三ツ矢 悠", "情報システム部", "03-5712-4409"),
    "anzai": ("安西 智子", "カラオケ日の出 町田駅前店 店長", "042-722-5561"),
    "kuroki": ("黒木 大地", "サンライズボウル大宮 副店長", "048-641-3390"),
    "nakaoka": ("中岡 純", "アミューズメント事業部 販促課", "03-5712-4422"),
}


def sender(key: str) -> str:
    return f"{STAFF[key][0]} <{key}@{DOM}>"


def sig(key: str, style: int = 0) -> str:
    name, dept, tel = STAFF[key]
    if style == 0:
        return (f"\n--\n日の出産業株式会社\n{dept}\n{name}\n{HQ}\nTEL {tel} / FAX 03-5712-4499\n"
                f"E-mail {key}@{DOM}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社 {dept}\n {name}\n"
                f" TEL：{tel}\n Mail：{key}@{DOM}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}（{dept}）\n内線 {tel[-3:]}\n"
    if style == 3:
        return (f"\n-- \n{name}\nHinode Sangyo Co., Ltd. / Amusement Div.\n"
                f"5-21-8 Kamata, Ota-ku, Tokyo 144-0052 Japan\nTel +81-{tel[1:]}\n")
    return (f"\n――――――――――――――――\n{name}\n日の出産業㈱ {dept}\n{tel}\n――――――――――――――――\n")


DISCLAIMER_JP = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete "
                 "this e-mail.\n")

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    mid = f"{AREA}-{len(MESSAGES) + 1:03d}"
    msg = {"id": mid, "expect": expect, "entities": entities, "detectors": detectors,
           "note": note}
    msg.update(kw)
    msg.setdefault("cc", [])
    msg.setdefault("bcc", [])
    MESSAGES.append(msg)


# ============================================================================================
# messages
# ============================================================================================

# --- 001 会員データ移行: 会員CSVをカードシステム業者へ (stop) -----------------------------------
_m = people(30, 1958, 2007)
_rows = [["会員番号", "氏名", "フリガナ", "生年月日", "性別", "電話番号", "メールアドレス", "郵便番号",
          "住所", "入会日", "ランク"]]
for p in _m:
    _rows.append([member_no("HS"), p.name, p.kana, ymd(p.dob), p.gender, p.phone, p.mail, p.zip,
                  p.addr, f"20{R.randint(15, 25)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}",
                  R.choice(["ゴールド", "シルバー", "レギュラー", "レギュラー"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    ["personal_data"],
    "30 members' full records (DOB, phone, mail, address) in a CSV to the card-system vendor",
    charset="utf-8", sender=sender("usami"),
    to=["ツバサシステム 開発部 野々村様 <nonomura@tsubasa-system.jp>"],
    subject="【会員システム移行】テストデータ送付の件",
    body=f"""ツバサシステム株式会社
開発部 野々村様

いつもお世話になっております。日の出産業の宇佐美です。

先日の定例でご依頼いただいた、新会員カードシステムへの移行テスト用データを
添付にてお送りいたします。
蒲田店の会員のうち、直近で入会・更新があった30件を抽出しております。

・ファイル：member_kamata_test.csv（Shift_JIS、カンマ区切り）
・件数：30件
・項目：会員番号／氏名／フリガナ／生年月日／性別／電話／メール／住所／入会日／ランク

ランク判定のロジック確認にもお使いください。
不足している項目があればご連絡ください。
{sig("usami")}""",
    attachments=[{"kind": "csv", "name": "member_kamata_test.csv", "rows": _rows}])

# --- 002 ピンセッター部品の見積依頼 (pass) -----------------------------------------------------
add("pass", [], [],
    "ordinary quote request to a partner: part numbers, quantities, no personal data",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    cc=[f"onizuka@{DOM}"],
    subject="ピンセッター交換部品 御見積のお願い（サンライズボウル蒲田）",
    body=f"""川崎電機株式会社
サービス部 ご担当者様

いつも大変お世話になっております。
日の出産業 設備管理課の久我でございます。

サンライズボウル蒲田のピンセッター（12～18番レーン）について、
定期点検で摩耗が見つかった部品の交換を検討しております。
下記につきまして御見積をお願いできますでしょうか。

  品番            品名                     数量
  ----------------------------------------------
  PS-82-1140      ターレットベルト           6
  PS-82-2031      デッキ昇降シリンダ         2
  PS-82-0776      スイープバー用ブッシュ    12
  PS-90-3310      ボールリターン制御基板     1

納期のご都合もあわせてお知らせいただけますと助かります。
（希望：10月の定休日 10/14 に一括交換）

どうぞよろしくお願いいたします。
{sig("kuga", 0)}""")

# --- 003 ボウリング場での負傷: 保険会社へ (stop, sensitive) -----------------------------------------
_v = person(1980, 1995)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "injured customer's name, phone and diagnosis (骨折) sent to an outside insurer",
    charset="cp932", sender=sender("onizuka"),
    to=["東海火災海上 事故受付センター <jiko-uketsuke@tokai-kasai.co.jp>"],
    subject="施設賠償責任保険 事故報告（サンライズボウル蒲田 9月6日発生）",
    body=f"""東海火災海上保険株式会社
事故受付センター 御中

証券番号 BA-2291-004817 の件で、事故のご報告をいたします。

■発生日時　令和8年9月6日（日）15時40分頃
■発生場所　サンライズボウル蒲田　7番レーン　アプローチ
■被害者　　{_v.name}様（{_v.age}歳）　連絡先 {_v.phone}
■状況　　　投球時にアプローチ上のオイル残りで足を滑らせ転倒、右手をついた。
■受診　　　同日、蒲田中央病院の整形外科を受診。「右橈骨遠位端骨折」と診断され、
　　　　　　ギプス固定・全治約6週間の見込みとのこと（ご本人より電話で聴取）。
■当社対応　当日の利用料金は返金済み。治療費については保険での対応を検討中とお伝え済み。

レーンメンテナンス記録と当日の防犯カメラ映像は保存しております。
今後の手続きについてご指示いただけますでしょうか。
{sig("onizuka", 4)}""")

# --- 004 社内: 会員抽出リスト (pass, internal) ---------------------------------------------------
_m = people(12, 1970, 2006)
_lines = "\n".join(f"{member_no('HS')}\t{p.name}\t{ymd(p.dob, '-')}\t{p.phone}\t{p.mail}" for p in _m)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
    "member list, but every recipient is internal",
    charset="iso-2022-jp", sender=sender("usami"),
    to=[f"nakaoka@{DOM}"], cc=[f"murase@{DOM}"],
    subject="誕生月クーポン対象（10月生まれ・休眠会員）",
    body=f"""中岡さん

お疲れさまです。宇佐美です。
10月誕生月クーポンの対象のうち、半年以上来店のない休眠会員を抜き出しました。
DM ではなくメール配信で試したいので、配信リストの作成をお願いします。

{_lines}

※配信停止フラグの立っている会員は除外済みです。
宇佐美
""")

# --- 005 類似ドメイン: 川崎電機 (stop, lookalike) ------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "recipient domain kawasaki-denkl.co.jp is a one-letter look-alike of partner kawasaki-denki.co.jp",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["大橋 様 <ohashi@kawasaki-denkl.co.jp>"],
    subject="Re: 発注書送付（注文番号 HS-PO-26-0917）",
    body=f"""川崎電機株式会社
営業二課 大橋様

お世話になっております。日の出産業の久我です。

ご連絡いただいた件、承知いたしました。
注文番号 HS-PO-26-0917（ボールリターン制御基板 1式）の発注書を
押印のうえ PDF で再送いたします。

納品先：サンライズボウル大宮（さいたま市大宮区桜木町）
納品希望日：10月8日（水）午前中

よろしくお願いいたします。
{sig("kuga", 2)}""",
    attachments=[{"kind": "pdf", "name": "発注書_HS-PO-26-0917.pdf",
                  "lines": ["発注書", "注文番号 HS-PO-26-0917", "川崎電機株式会社 御中",
                            "品名: ボールリターン制御基板 PS-90-3310  数量 1  単価 186,000円",
                            "日の出産業株式会社 設備管理課"]}])

# --- 006 落とし物: 持ち主へ返信（キャリアメール） (pass) -----------------------------------------------
add("pass", [], ["freemail_recipient"],
    "reply to one lost-property owner at a carrier address; no other person's data",
    charset="iso-2022-jp", sender=sender("anzai"),
    to=["k.tsuyuri-0214@docomo.ne.jp"],
    subject="Re: 忘れ物の問い合わせ（カラオケ日の出 町田駅前店）",
    body=f"""栗花落様

カラオケ日の出 町田駅前店の安西でございます。
お問い合わせいただいた忘れ物の件、店舗でお預かりしておりました。

・お預かり日：9月12日（土）
・お部屋：12号室
・品物：黒の折りたたみ傘、ネイビーのパスケース（中にICカード1枚）

受付カウンターにて、13時～翌5時の間にお受け取りいただけます。
ご来店の際は、ご本人様確認のできるもの（ICカードの記名と一致するもの）を
お持ちください。保管期限は10月12日までとなります。

カラオケ日の出 町田駅前店
TEL 042-722-5561
""")

# --- 007 アルバイト名簿を派遣会社へ (stop, list) --------------------------------------------------
_s = students(9)
_uni = ["大田学院大学", "多摩文理大学", "京浜工科大学", "町田女子短期大学", "城南経済大学",
        "東都デザイン専門学校", "大田学院大学", "京浜工科大学", "横浜国際大学"]
_lines = "\n".join(f"{p.name}\t{p.kana}\t{u}\t{R.randint(1, 4)}年\t{p.phone}\t{p.mail}"
                   for p, u in zip(_s, _uni))
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "9 student part-timers' names, phones and private mail pasted tab-separated to a staffing agency",
    charset="utf-8", sender=sender("higa"),
    to=["スタッフフォース 派遣営業部 <haken-eigyo@stafforce.co.jp>"],
    subject="年末年始の応援スタッフ調整について",
    body=f"""株式会社スタッフフォース
派遣営業部 ご担当者様

お世話になっております。日の出産業 人事部の比嘉です。

年末年始（12/28～1/4）の繁忙期シフトにつき、当社直雇用のアルバイトでは
埋まらない枠を御社にお願いしたく、まずは当社側の確定メンバーを共有いたします。
重複してお声がけすることのないよう、照合にお使いください。

氏名\tフリガナ\t学校\t学年\t携帯\tメール
{_lines}

不足枠は別途シフト表でお送りします。
{sig("higa", 1)}""")

# --- 008 警察からの防犯カメラ映像照会: 受付の返信 (pass) ------------------------------------------
add("pass", [], [],
    "reply to the police about a CCTV request: procedure and dates only, no personal data",
    charset="iso-2022-jp", sender=sender("iwabuchi"),
    to=["川崎中央警察署 刑事課 <keiji-kawasakichuo@kanagawa-kenkei.lg.jp>"],
    subject="防犯カメラ映像のご提供について（ヒノデゲームパーク川崎店）",
    body=f"""神奈川県警察 川崎中央警察署
刑事課 ご担当 様

お世話になっております。ヒノデゲームパーク川崎店の岩渕です。
本日お電話でご依頼のありました防犯カメラ映像の件、承りました。

当店の録画装置は約30日分を上書き保存しておりますので、ご指定の
9月18日（金）20:00～23:00の映像は現在保全済みです。

社内規程により、映像のご提供は「捜査関係事項照会書」を頂戴したうえで
行っております。書面をお持ちいただく際は、事前に店舗までお電話ください。
提供は DVD-R にて、店舗事務所でお渡しいたします。

なお、会員情報の照会につきましても同照会書にご記載いただければ、
本社法務担当にて確認のうえ回答いたします。

ヒノデゲームパーク川崎店
店長 岩渕 俊介
TEL 044-211-7730
""")

# --- 009 景品当選者の発送リスト XLSX を運送会社へ (stop) ------------------------------------------
_w = people(18, 1960, 2008)
_sheet = [["サマーキャンペーン2026 景品発送リスト", "", "", "", "", ""],
          ["", "", "", "", "", ""],
          ["No.", "賞品", "お名前", "郵便番号", "ご住所", "電話番号"]]
_prizes = ["A賞 ワイヤレスイヤホン", "B賞 ボウリング招待券10G", "B賞 ボウリング招待券10G",
           "C賞 オリジナルタンブラー"]
for i, p in enumerate(_w, 1):
    _sheet.append([i, R.choice(_prizes), p.name, p.zip, p.addr, p.phone])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "18 prize winners' names, addresses and phones in an XLSX to the delivery partner",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="サマーキャンペーン景品 発送依頼（18件）",
    body=f"""青葉運輸株式会社 法人営業部 御中

いつもお世話になっております。日の出産業 販促課の中岡です。

サマーキャンペーンの当選者向け景品の発送をお願いいたします。
送り先一覧を Excel で添付しますので、伝票の作成をお願いできますでしょうか。
（集荷：9/25 午後、蒲田本社ビル1F 荷捌き場）

・送り状一覧：景品発送リスト_0925.xlsx（「発送先」シート）
・元払い、お届け指定なし
・A賞のみ「精密機器」扱いでお願いします

{sig("nakaoka")}""",
    attachments=[{"kind": "xlsx", "name": "景品発送リスト_0925.xlsx",
                  "sheets": {"発送先": _sheet,
                             "集計": [["賞品", "数量"], ["A賞", 3], ["B賞", 8], ["C賞", 7]]}}])

# --- 010 秘密保持契約の締結について (pass) ---------------------------------------------------------
add("pass", [], [],
    "mail about an NDA (秘密保持契約) with a partner; the word is not a marking, no personal data",
    charset="cp932", sender=sender("hasebe"),
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    cc=[f"mitsuya@{DOM}"],
    subject="秘密保持契約書（案）ご確認のお願い",
    body=f"""ツバサシステム株式会社
営業部 御中

いつもお世話になっております。日の出産業 法務・コンプライアンス室の長谷部です。

会員アプリ開発のご提案に先立ち、秘密保持契約を締結させていただきたく、
当社ひな形をベースにした契約書案を添付いたします。

主な修正点は以下のとおりです。
・第3条（秘密情報の範囲）に、会員情報を含む個人情報を明記
・第7条（返還・廃棄）に、廃棄証明書の提出を追加
・有効期間を2年、自動更新なしに変更

ご意見がございましたら、変更履歴付きでご返送ください。
{sig("hasebe")}{DISCLAIMER_JP}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日の出産業_ツバサシステム.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "甲の会員アプリ開発の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、本目的のために開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報）秘密情報には、甲が保有する会員情報その他の個人情報を含む。",
                                 "第7条（返還・廃棄）乙は、甲の求めに応じ秘密情報を返還又は廃棄し、廃棄証明書を提出する。"]}])

# --- 011 警察への照会回答: 逮捕された会員の登録情報 (stop, sensitive) -----------------------------------
_x = person(1988, 2001, "m")
_no = member_no("HG")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "answer to a police inquiry with the registered data of a member arrested for theft (arrest = 要配慮)",
    charset="utf-8", sender=sender("hasebe"),
    to=["川崎中央警察署 刑事課 <keiji-kawasakichuo@kanagawa-kenkei.lg.jp>"],
    cc=[f"iwabuchi@{DOM}"],
    subject="捜査関係事項照会書（川中刑第1187号）に対する回答",
    body=f"""川崎中央警察署長 殿

令和8年9月24日付 捜査関係事項照会書（川中刑第1187号）につき、
添付の回答書のとおり回答いたします。

原本は本日付で郵送いたします。

日の出産業株式会社
法務・コンプライアンス室 長谷部 蘭
""",
    attachments=[{"kind": "docx", "name": "回答書_川中刑第1187号.docx",
                  "paragraphs": ["回答書",
                                 "照会事項：クレーンゲーム機景品窃盗事件（9月18日発生）で逮捕された"
                                 "被疑者と同一人物と思われる当社会員の登録情報",
                                 "下記のとおり回答します。"],
                  "tables": [[["項目", "登録内容"],
                              ["会員番号", _no],
                              ["氏名", f"{_x.name}（{_x.kana}）"],
                              ["生年月日", wareki(_x.dob)],
                              ["住所", f"〒{_x.zip} {_x.addr}"],
                              ["電話番号", _x.phone],
                              ["最終来店", "2026年9月18日 20:41 入店 / 22:57 退店"]]]}])

# --- 012 大会ゲストの宿泊手配: 3名 (pass) --------------------------------------------------------
_g = people(3, 1975, 1996)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three guest pros' names and mobiles to the partner hotel: under five people, may be warned",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["さくらホテル 宿泊予約 <yoyaku@sakura-hotel.jp>"],
    subject="【ご予約】10/17 サンライズカップ ゲスト様ご宿泊（3室）",
    body=f"""さくらホテル 宿泊予約係 御中

いつもお世話になっております。日の出産業 イベント企画課の真壁です。
10月17日（土）開催の「サンライズカップ2026」にお招きするゲストプロの
ご宿泊を、以下のとおりお願いいたします。

・チェックイン 10/16（金）　チェックアウト 10/18（日）　2泊
・シングル 3室（禁煙）
・お支払い：当社への請求書払い（法人契約 No.SH-0338）

ご宿泊者様
  {_g[0].name}様　携帯 {_g[0].phone}
  {_g[1].name}様　携帯 {_g[1].phone}
  {_g[2].name}様　携帯 {_g[2].phone}

到着が遅くなる場合はご本人から直接ご連絡が入るかと存じます。
よろしくお願いいたします。
{sig("makabe", 1)}""")

# --- 013 協賛3社が To に並ぶ (stop, visible) -------------------------------------------------------
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three sponsor companies addressed together in To: they can see each other, should be Bcc",
    charset="cp932", sender=sender("makabe"),
    to=["北国フーズ 販促部 <hansoku@kitaguni-foods.co.jp>",
        "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>",
        "オーシャンドリンク 広報 <pr@ocean-drink.co.jp>"],
    subject="サンライズカップ2026 協賛のお礼と当日のご案内",
    body=f"""協賛各社 ご担当者様

このたびは「サンライズカップ2026」へのご協賛を賜り、誠にありがとうございます。
当日のスケジュールをお知らせいたします。

 10月17日（土）
  9:00  受付開始（サンライズボウル蒲田 2F）
  9:45  開会式・協賛社様ご紹介
 10:00  予選（3ゲーム）
 13:30  決勝ラウンド
 16:00  表彰式・抽選会

協賛社様ブースは2F ロビーに設営いただけます（設営は8:00から可能です）。
駐車場は裏手の提携駐車場を3台分確保しております。

ご不明点は真壁までお問い合わせください。
{sig("makabe")}""")

# --- 014 返信: 引用部分に不在持ち戻りの一覧 (pass, quoted) ---------------------------------------------
_q = people(6, 1965, 2005)
_quoted = "\n".join(f"> {i}. {p.name}様　{p.addr}　{p.phone}" for i, p in enumerate(_q, 1))
add("pass", [], [],
    "the list of undelivered winners is only quoted from the partner's own mail; new text has none",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["青葉運輸 蒲田営業所 <kamata@aoba-unyu.co.jp>"],
    subject="Re: 【ご連絡】持ち戻り・保管中のお荷物について",
    body=f"""青葉運輸 蒲田営業所
吉岡様

ご連絡ありがとうございます。中岡です。
6件とも、当選者様には当社から再配達のご案内をメールで差し上げます。
保管期限（10/2）を過ぎたものは、当社本社宛に返送いただければ結構です。

よろしくお願いいたします。
中岡

2026年9月26日(土) 10:12 吉岡 <kamata@aoba-unyu.co.jp>:
> 日の出産業 中岡様
>
> いつもお世話になっております。青葉運輸の吉岡です。
> 9/25 集荷分のうち、下記6件がご不在で持ち戻りとなっております。
>
{_quoted}
>
> 営業所にて1週間保管いたします。
""")

# --- 015 パスワード付きZIP (stop, unscannable) ------------------------------------------------------
_m = people(40, 1960, 2006)
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP (password sent separately): the guard cannot read what is inside",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["プラスワン広告 メディア部 <media@plusone-ad.co.jp>"],
    subject="ハロウィンキャンペーン 配信対象データ",
    body=f"""プラスワン広告 メディア部
三上様

お世話になっております。日の出産業の中岡です。
ハロウィンキャンペーンの配信対象データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。

ご確認よろしくお願いいたします。
{sig("nakaoka", 4)}""",
    attachments=[{"kind": "zip", "name": "halloween_target_0930.zip", "password": "Hs#2026hw",
                  "files": [{"kind": "csv", "name": "target.csv",
                             "rows": [["氏名", "メール", "生年月日"]] +
                                     [[p.name, p.mail, ymd(p.dob)] for p in _m]}]}])

# --- 016 宴会プランの請求書 (pass, corporate number) ------------------------------------------------
_t = corp_number("010401088217")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "invoice to a corporate client with the company's T-number and company bank account",
    charset="cp932", sender=sender("tokano"),
    to=["丸中商事 総務部 経理ご担当 <keiri@marunaka-shoji.co.jp>"],
    subject="ご請求書送付のご案内（請求番号 INV-2609-0142）",
    body=f"""丸中商事株式会社
総務部 経理ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
9月11日にご利用いただきました「ボウリング＆カラオケ 歓送迎会プラン」の
ご請求書をお送りいたします。

  請求番号：INV-2609-0142
  ご利用日：2026年9月11日（金）　42名様
  ご請求額：¥231,000（税込）
  お支払期日：2026年10月31日

【お振込先】
  みどり銀行 蒲田支店（店番 214） 普通預金 3318520
  口座名義 ヒノデサンギヨウ（カ

登録番号：T{_t}

何卒よろしくお願い申し上げます。
{sig("tokano")}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2609-0142.pdf", "title": "請求書",
                  "lines": ["請求書", "丸中商事株式会社 御中", "請求番号 INV-2609-0142",
                            "ボウリング＆カラオケ 歓送迎会プラン 42名 @5,000 = 210,000",
                            "消費税（10%） 21,000", "合計 231,000円",
                            f"日の出産業株式会社 登録番号 T{_t}",
                            "振込先 みどり銀行 蒲田支店 普通 3318520"]}])

# --- 017 クレジット返金: カード番号を決済代行へ (stop) --------------------------------------------------
_c = card()
_cp = person(1970, 1999)
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a customer's full card number sent in the body to the payment processor",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["ペイゲート・ジャパン 加盟店サポート <support@paygate-japan.co.jp>"],
    subject="二重決済の取消依頼（加盟店ID 60118832）",
    body=f"""ペイゲート・ジャパン株式会社
加盟店サポート 御中

加盟店ID 60118832 日の出産業（カラオケ日の出 船橋店）の戸叶です。

9月20日に船橋店の端末で二重に売上が計上された取引があり、
1件の取消をお願いしたくご連絡いたしました。

  カード会員名：{_cp.ROMAJI.upper()}（{_cp.name}様）
  カード番号　：{_c[:4]} {_c[4:8]} {_c[8:12]} {_c[12:]}
  有効期限　　：{R.randint(1, 12):02d}/{R.randint(27, 31)}
  取引日時　　：2026/09/20 21:14 と 21:15
  金額　　　　：各 6,380円
  承認番号　　：0482291 / 0482307（後者を取消希望）

お客様には返金手続き中である旨ご案内済みです。
お手数ですがご対応をお願いいたします。
{sig("tokano", 2)}""")

# --- 018 深夜の年齢確認: 高校へ生徒名を連絡 (stop, list) ------------------------------------------------
_y = people(6, 2009, 2011)
_blocks = "\n\n".join(
    f"（{i}）{p.name}（{p.kana}）\n　　{R.randint(1, 3)}年生　生年月日 {wareki(p.dob, 1)}\n"
    f"　　保護者連絡先 {p.phone}" for i, p in enumerate(_y, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "six minors' names, dates of birth and guardian phones, one block each, sent to a school",
    charset="cp932", sender=sender("iwabuchi"),
    to=["県立川崎北高等学校 生徒指導部 <seitoshido@kawasakikita-h.ed.jp>"],
    subject="深夜帯の入店について（ご報告）",
    body=f"""神奈川県立川崎北高等学校
生徒指導部 ご担当の先生

お世話になっております。ヒノデゲームパーク川崎店 店長の岩渕です。

9月19日（土）23時10分頃、店内巡回で年齢確認を行ったところ、
貴校の生徒証を持った以下の6名が在店しておりました。
県の青少年保護育成条例により、23時以降の18歳未満の方の入場はお断りしており、
その場で退店していただき、保護者の方にも連絡をいたしました。

{_blocks}

本人たちは落ち着いており、トラブル等はございませんでした。
今後の指導のご参考としてお知らせいたします。

ヒノデゲームパーク川崎店 岩渕
""")

# --- 019 社内: 店舗スタッフ緊急連絡網 (pass, internal subdomain) ----------------------------------------
_s = students(7)
_rows = [[p.name, R.choice(["フロント", "ドリンク", "清掃", "フロント"]), p.phone,
          R.choice(["父", "母", "母"]) + " " + f"0{R.choice(['90', '80'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"]
         for p in _s]
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "staff emergency contact list sent only to internal addresses (mail. subdomain is internal)",
    charset="utf-8", sender=sender("anzai"),
    to=[f"shoji@mail.{DOM}"], cc=[f"higa@{DOM}"],
    subject="町田駅前店 緊急連絡網（10月更新）",
    body=f"""東海林さん

お疲れさまです。安西です。
10月からの新メンバーを加えた緊急連絡網です。台風シーズンなので早めに共有します。

{table(["氏名", "担当", "本人携帯", "緊急連絡先"], _rows, [16, 10, 16, 20])}

以上です。安西
""")

# --- 020 社外秘の月次売上報告PDFをコンサルへ (stop, marking) -----------------------------------------
add("stop", [], ["confidential_marking"],
    "monthly report PDF stamped 社外秘 in its page header goes to an outside consultant",
    charset="iso-2022-jp", sender=sender("murase"),
    to=["ブライトパス・コンサルティング 坂口様 <sakaguchi@brightpath-consulting.co.jp>"],
    subject="8月度 店舗別実績のご共有",
    body=f"""ブライトパス・コンサルティング
坂口様

お世話になっております。日の出産業の村瀬です。
次回の収益改善ミーティングに向けて、8月度の店舗別実績をお送りします。
ボウリングは前年並み、カラオケは町田・船橋が回復、ゲームは川崎が苦戦しております。

よろしくお願いいたします。
{sig("murase")}""",
    attachments=[{"kind": "pdf", "name": "2026年8月度_店舗別実績.pdf", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 アミューズメント事業部",
                  "title": "2026年8月度 店舗別実績",
                  "lines": ["2026年8月度 店舗別実績（アミューズメント事業部）", ""],
                  "table": [["店舗", "売上（千円）", "前年比", "客数"],
                            ["サンライズボウル蒲田", "18,420", "99.2%", "21,880"],
                            ["サンライズボウル大宮", "15,110", "101.8%", "18,204"],
                            ["カラオケ日の出 町田駅前店", "9,870", "108.5%", "14,350"],
                            ["カラオケ日の出 船橋店", "8,215", "104.1%", "11,902"],
                            ["ヒノデゲームパーク川崎店", "12,660", "92.7%", "30,115"]]}])

# --- 021 免許証番号で重複入会を照会 (stop, ID document) --------------------------------------------
_d = person(1985, 2000)
_lic = f"{R.choice(['30', '45', '50'])}{R.randint(10, 25)}{R.randint(10000000, 99999999)}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "a member's driver's licence number (with name and DOB) sent to the system vendor",
    charset="utf-8", sender=sender("usami"),
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="Re: 会員重複登録チェックの調査依頼",
    body=f"""ツバサシステム サポートデスク御中

日の出産業 会員サービス課の宇佐美です。
先週ご相談した重複登録の件、対象の方の本人確認書類の情報をお送りします。
入会時に運転免許証で確認しており、この番号で2件登録されているようです。

 氏名　　　　：{_d.name}
 生年月日　　：{ymd(_d.dob)}
 免許証番号　：{_lic}
 会員番号　　：HS{R.randint(10000000, 99999999)} / HS{R.randint(10000000, 99999999)}

DB側で同一番号を持つレコードを抽出いただけますでしょうか。
ポイントの統合はこちらで行います。
{sig("usami", 2)}""")

# --- 022 2社合同の打合せ案内 (pass, two organisations) ---------------------------------------------
add("pass", [], ["multiple_external_domains"],
    "meeting invitation to two partner companies together: two organisations is a normal three-way mail",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["川崎電機 大橋様 <ohashi@kawasaki-denki.co.jp>", "ツバサシステム 石黒様 <ishiguro@tsubasa-system.jp>"],
    cc=[f"mitsuya@{DOM}"],
    subject="【日程調整】スコアシステム連携の三者打合せ",
    body=f"""川崎電機 大橋様
ツバサシステム 石黒様

お世話になっております。日の出産業の久我です。
ボウリングのスコア表示装置と会員アプリの連携について、
三社で仕様をすり合わせる打合せをお願いしたく、候補日をお送りします。

　① 10月6日（火）14:00～15:30
　② 10月8日（木）10:00～11:30
　③ 10月9日（金）16:00～17:30

場所：サンライズボウル蒲田 3F 会議室（実機を見ながら確認できます）
ご都合のよい日を返信いただけますと幸いです。
{sig("kuga")}""")

# --- 023 アルバイトのマイナンバーを税理士事務所へ (stop, My Number) ----------------------------------
_a = person(2002, 2005)
_mn = mynum()
add("stop", ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "a part-timer's My Number with address and DOB sent to the tax accountant by mail",
    charset="cp932", sender=sender("tokano"),
    to=["小倉税理士事務所 <office@ogura-tax.jp>"],
    subject="扶養控除等申告書の差し替え（アルバイト1名分）",
    body=f"""小倉税理士事務所
小倉先生

お世話になっております。日の出産業 経理部の戸叶です。
年末調整の準備で、カラオケ町田駅前店のアルバイト1名の申告書に誤りがありましたので、
修正後の内容をお知らせいたします。

　氏名　　　{_a.name}（{_a.kana}）
　生年月日　{wareki(_a.dob)}
　住所　　　〒{_a.zip}　{_a.addr}
　個人番号　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　区分　　　勤労学生（大学2年）

原本は月末にまとめて郵送いたします。
{sig("tokano", 4)}""")

# --- 024 English: shipment of crane machines (pass) ---------------------------------------------
add("pass", [], [],
    "English shipping mail to a foreign maker: PO, invoice and tracking numbers only",
    charset="utf-8", sender=sender("kuga"),
    to=["Megan Porter <megan.porter@clawtech-intl.com>"],
    subject="RE: Shipment of 4 x CT-900 crane units / PO HS-PO-26-0881",
    body=f"""Hi Megan,

Thank you for the update. We confirm receipt of the commercial invoice CI-77125 and
the packing list.

For our records:
  PO number      : HS-PO-26-0881
  Units          : 4 x CT-900 (JP power spec, 100V)
  B/L            : ONEYTKO2261883
  Carrier ref    : 7714 2290 3318

Our customs broker will handle the import at Yokohama. Could you please confirm that
the spare claw assemblies (part no. CT-CL-220) are in the same container? They are
not on the packing list.

Best regards,
Naoki Kuga
Facilities, Amusement Division
Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}""")

# --- 025 HTMLのみ: DM 送付先一覧を印刷会社へ (stop, list in HTML table) ------------------------------
_w = people(12, 1955, 2004)
_trs = "\n".join(f"<tr><td>{i}</td><td>{p.name}</td><td>{p.zip}</td><td>{p.addr}</td></tr>"
                 for i, p in enumerate(_w, 1))
add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "12 prize winners' names and home addresses in an HTML-only table to the printing partner",
    charset="utf-8", sender=sender("nakaoka"),
    to=["錦印刷 DM制作 <dm@nishiki-insatsu.co.jp>"],
    subject="当選通知ハガキ 宛名データ",
    html=f"""<html><body>
<p>錦印刷株式会社 DM制作ご担当者様</p>
<p>いつもお世話になっております。日の出産業 販促課の中岡です。<br>
秋のスタンプラリー当選通知ハガキの宛名データです。下表のとおり印字をお願いいたします。</p>
<table border="1" cellpadding="3">
<tr><th>No</th><th>お名前</th><th>〒</th><th>ご住所</th></tr>
{_trs}
</table>
<p>差出人面は前回（春）と同じデザインで、日付のみ10月に変更してください。</p>
<p>日の出産業株式会社 販促課 中岡 純<br>TEL 03-5712-4422</p>
</body></html>""")

# --- 026 会員向けメルマガ: Bcc 一斉送信 (pass) -----------------------------------------------------
add("pass", [], ["freemail_recipient"],
    "member newsletter with every member in Bcc: nobody sees the others; free-mail recipients only warn",
    charset="iso-2022-jp", sender=f"サンライズボウル蒲田 <info@{DOM}>",
    to=[f"info@{DOM}"],
    bcc=[person().mail for _ in range(7)],
    subject="【サンライズボウル蒲田】10月のイベントカレンダー",
    body="""サンライズボウル蒲田 会員の皆さま

いつもご利用ありがとうございます。10月のイベントをご案内します。

◆ 毎週水曜　レディースデー（女性 1ゲーム 300円）
◆ 10/10（土）　ハロウィン仮装ボウリング（仮装でご来場の方 シューズ無料）
◆ 10/17（土）　サンライズカップ2026（一般観覧無料）
◆ 10/24（土）　ファミリーチャレンジ　小学生以下 ガター無しレーン開放

会員アプリのクーポンもあわせてご利用ください。

※本メールは送信専用アドレスから配信しています。
※配信停止はアプリの「設定」からお手続きください。
サンライズボウル蒲田　TEL 03-3738-2210
""")

# --- 027 深夜勤務者の健診結果を外部の産業医事務所へ (stop, health) --------------------------------------
_h = person(1978, 1992, "m")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "one employee's health check results (要精密検査) sent to an outside occupational-health office",
    charset="utf-8", sender=sender("horinouchi"),
    to=["産業医パートナーズ 面談予約 <mendan@sangyoui-partners.jp>"],
    subject="深夜業従事者の面談予約（カラオケ船橋店 1名）",
    body=f"""産業医パートナーズ
面談予約ご担当者様

日の出産業 総務部の堀之内です。
深夜業従事者の特定業務健診で有所見となった社員の面談をお願いいたします。

 対象者：{_h.name}（{_h.kana}）　{wareki(_h.dob, 1)}生
 所属　：カラオケ日の出 船橋店（主に22時～翌6時勤務）
 所見　：ALT 128 / γ-GTP 245 で肝機能「要精密検査」、血圧 162/98「要治療」
 本人希望：平日の午前中

前回（3月）も血圧で要再検査となっており、勤務時間帯の見直しも含めて
ご意見をいただきたいと考えております。
{sig("horinouchi")}""")

# --- 028 議事録: 「社外秘」という単語が話題として出てくるだけ (pass) ------------------------------------
add("pass", [], [],
    "the word 社外秘 only appears in the discussion (a question about it), not as a marking",
    charset="cp932", sender=sender("makabe"),
    to=["オーシャンドリンク 広報 杉浦様 <sugiura@ocean-drink.co.jp>"],
    subject="Re: 9/29 打合せメモ（ハロウィン共同企画）",
    body=f"""オーシャンドリンク株式会社
杉浦様

先日はありがとうございました。打合せメモを共有いたします。

【決定事項】
・10/10～10/31 の期間、ボウリング2ゲーム以上で新商品サンプルを配布
・配布数：2店舗合計 3,000本（御社より 10/8 着で納品）
・店頭POPは御社デザイン、設置は当社スタッフ

【確認事項】
・御社から「企画書は社外秘扱いか」とのご質問がありましたが、
  今回の企画書は店頭告知にも使う内容ですので、取扱いの制限はございません。
・SNS 告知の開始日は 10/5 で調整

引き続きよろしくお願いいたします。
真壁
""")

# --- 029 機器ベンダー3社に同報 (stop, visible) -------------------------------------------------------
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "three equipment vendors (three organisations) in To/Cc can see each other's addresses",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["川崎電機 <service@kawasaki-denki.co.jp>", "アルカディア・アミューズ 保守窓口 <hoshu@arcadia-amuse.co.jp>"],
    cc=["ツバサシステム <support@tsubasa-system.jp>", f"iwabuchi@{DOM}"],
    subject="川崎店 停電に伴う機器点検のお願い",
    body=f"""関係各社 ご担当者様

日の出産業 設備管理課の久我です。
9月28日（月）深夜、ヒノデゲームパーク川崎店が入居するビルで瞬間停電が発生し、
一部機器に不具合が出ております。

 ・メダルプッシャー2台：起動時エラー E-21
 ・プライズ機（クレーン）5台：クレジット表示リセット
 ・POS / 会員カードリーダー：通信断（復旧済み、ログ確認希望）

明日中に点検にお越しいただけますでしょうか。
到着予定時刻を各社ご返信ください。
{sig("kuga", 2)}""")

# --- 030 社内: 年齢確認記録 (pass, internal) -----------------------------------------------------
_y = people(5, 2008, 2011)
_rows = "\n".join(f"・{p.name}（{p.age}歳／{wareki(p.dob, 3)}生）　学生証で確認　22:{R.randint(0, 59):02d} 退店"
                  for p in _y)
add("pass", ["PERSON_NAME", "DATE_OF_BIRTH"], [],
    "late-night age-check log with minors' DOBs, sent only to internal colleagues",
    charset="iso-2022-jp", sender=sender("kuroki"),
    to=[f"murase@{DOM}", f"hasebe@{DOM}"],
    subject="【大宮】年齢確認記録（9月第4週）",
    body=f"""村瀬さん、長谷部さん

大宮の黒木です。9月第4週に22時以降の年齢確認で退店をお願いした方の記録です。

{_rows}

うち2名は保護者の迎えを待って退店しました。
条例のポスターをフロント横にも追加しています。
黒木
""")

# --- 031 宴会予約: 車椅子・聴覚障害のお客様 (stop, disability) -----------------------------------------
_e = people(2, 1960, 1990)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "two named guests' disabilities (車椅子, 聴覚障害) sent to the partner hotel: 要配慮 even for one person",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["さくらホテル 宴会営業 <enkai@sakura-hotel.jp>"],
    subject="11/7 表彰パーティー 配慮事項のご連絡",
    body=f"""さくらホテル 宴会営業ご担当 様

いつもお世話になっております。日の出産業の真壁です。
11月7日の「ボウリングリーグ年間表彰パーティー」（鳳凰の間、80名）について、
参加者のうち配慮が必要な方をお知らせいたします。

・{_e[0].name}様：車椅子をご利用です（脊髄損傷による下肢麻痺）。
　テーブルは入口近く、椅子を1脚外した席をご用意ください。
・{_e[1].name}様：聴覚障害があり、手話通訳の方が同伴されます。
　通訳の方のお席を隣にお願いします（お食事も1名分追加）。

その他のアレルギー情報は別途一覧でお送りします。
{sig("makabe")}""")

# --- 032 景品の注文確認 (pass) -------------------------------------------------------------------
add("pass", [], [],
    "order confirmation for crane-game prizes: order numbers, product codes, quantities",
    charset="cp932", sender=sender("iwabuchi"),
    to=["丸光トイズ 受注センター <juchu@marumitsu-toys.co.jp>"],
    subject="Re: ご注文内容のご確認（受注番号 MT-2609-55182）",
    body=f"""丸光トイズ株式会社
受注センター 御中

お世話になっております。ヒノデゲームパーク川崎店の岩渕です。
ご確認いただいた内容で問題ございません。

  JAN/品番            品名                               入数   ケース
  --------------------------------------------------------------------
  4589012345678       ふわもちアニマル BIG（全4種）        24      3
  4589012340211       ミニフィギュア 宇宙ネコ（全6種）     48      2
  MT-PZ-8830          お菓子BOX アソート 300g              20      5
  MT-PZ-9102          LEDライトキーホルダー（全5色）      100      1

納品：10月2日（金）午前　川崎店 搬入口
お支払い：月末締め翌月末払い（従来どおり）

よろしくお願いいたします。
岩渕
""")

# --- 033 外国人スタッフの在留カード番号を派遣会社へ (stop) ----------------------------------------------
_f = [("NGUYEN VAN HUNG", date(2001, 3, 14), "UH47281936EK", "留学", "2027年4月10日"),
      ("TRAN THI MAI", date(2002, 11, 2), "RJ09638271AF", "留学", "2027年9月30日")]
_txt = "\n".join(f"  {n}\n    生年月日 {ymd(b)}　在留カード番号 {c}　在留資格 {s}（資格外活動許可あり）　期限 {e}"
                 for n, b, c, s, e in _f)
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
    "two foreign students' residence card numbers with names and DOBs sent to a staffing agency",
    charset="utf-8", sender=sender("higa"),
    to=["グローバルワークス 登録センター <touroku@globalworks-hr.jp>"],
    subject="就労資格確認のお願い（ゲームパーク川崎店 2名）",
    body=f"""グローバルワークス株式会社
登録センター ご担当者様

日の出産業 人事部の比嘉です。
御社経由で川崎店に来ていただく予定の留学生2名について、
在留カードの内容を当社で確認しましたので、念のため共有いたします。

{_txt}

週28時間の上限管理は御社側でお願いできますでしょうか。
{sig("higa")}""")

# --- 034 店舗一覧（事業所）を印刷会社へ (pass, business list) ------------------------------------------
add("pass", [], [],
    "list of the company's own shops with addresses and switchboards: businesses, not people",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="共通チラシ 裏面の店舗一覧",
    body=f"""錦印刷 営業部 御中

中岡です。共通チラシ裏面の店舗一覧は以下でお願いします。

サンライズボウル蒲田
  〒144-0051 東京都大田区西蒲田7-44-3　TEL 03-3738-2210　10:00～翌2:00
サンライズボウル大宮
  〒330-0854 埼玉県さいたま市大宮区桜木町2-6-11　TEL 048-641-3390　10:00～24:00
カラオケ日の出 町田駅前店
  〒194-0013 東京都町田市原町田6-12-20 町田駅前ビル4F　TEL 042-722-5561　13:00～翌5:00
カラオケ日の出 船橋店
  〒273-0005 千葉県船橋市本町4-2-17　TEL 047-431-8820　13:00～翌5:00
ヒノデゲームパーク川崎店
  〒210-0007 神奈川県川崎市川崎区駅前本町11-2 川崎DXビル2F　TEL 044-211-7730　10:00～24:00

ロゴは前回入稿分から変更ありません。
{sig("nakaoka", 2)}""")

# --- 035 ゲームセンターでの喧嘩・逮捕をビル管理会社へ (stop, arrest) ------------------------------------
_f1, _f2 = person(1990, 2004, "m"), person(1990, 2004, "m")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "names of customers arrested after a fight, sent to the building management company",
    charset="cp932", sender=sender("iwabuchi"),
    to=["川崎DXビル管理事務所 <kanri@kawasaki-dx-bldg.co.jp>"],
    subject="【事故報告】9/26 店内での暴力事件について",
    body=f"""川崎DXビル管理事務所
ご担当者様

ヒノデゲームパーク川崎店の岩渕です。
9月26日（土）21時30分頃、当店内（2F 格闘ゲームコーナー）で客同士の口論から
殴り合いとなる事件が発生しましたので、ご報告いたします。

1. 当事者
   {_f1.name}（{_f1.age}歳）、{_f2.name}（{_f2.age}歳）　いずれも当店会員
2. 経過
   21:31 スタッフが制止、110番通報
   21:44 川崎中央署員到着。{_f1.sei}氏は傷害の容疑で現行犯逮捕、{_f2.sei}氏は任意同行
3. 被害
   {_f2.sei}氏が顔面を負傷（救急搬送なし）。筐体1台のモニターにひび割れ
4. 共用部への影響
   エレベーターホールに一時人だかりができましたが、22時には解消

両名とも当面の出入り禁止とし、会員資格を停止しました。
ご迷惑をおかけしましたことをお詫び申し上げます。

ヒノデゲームパーク川崎店 店長 岩渕 俊介
TEL 044-211-7730
""")

# --- 036 イベント当日の応援スタッフ4名を運営会社へ (pass, 4 people) ------------------------------------
_s = students(4)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "four support staff with mobile numbers to the event company: under five people, a warning at most",
    charset="utf-8", sender=sender("makabe"),
    to=["イベントクルー 現場統括 <genba@eventcrew.co.jp>"],
    subject="サンライズカップ当日の当社スタッフ連絡先",
    body=f"""イベントクルー 現場統括 谷様

お世話になっております。真壁です。
当日、受付と誘導に入る当社アルバイト4名の連絡先です。
何かあれば直接連絡してもらって構いません。

・{_s[0].name}　{_s[0].phone}（受付リーダー）
・{_s[1].name}　{_s[1].phone}
・{_s[2].name}　{_s[2].phone}
・{_s[3].name}　{_s[3].phone}

8:00 に2F ロビー集合です。
真壁
""")

# --- 037 団体予約の返信: お客様4名が To に並ぶ (stop, visible free mail) --------------------------------
_c4 = people(4, 1995, 2006)
_doms = ["gmail.com", "yahoo.co.jp", "icloud.com", "ezweb.ne.jp"]
_to = [f"{p.name} <{p.mail.split('@')[0]}@{d}>" for p, d in zip(_c4, _doms)]
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "four private customers (each a party) addressed together in To: they see each other's addresses",
    charset="iso-2022-jp", sender=sender("anzai"),
    to=_to,
    subject="Re: 10/3 パーティールームのご予約について",
    body=f"""皆さま

カラオケ日の出 町田駅前店の安西です。
10月3日（土）19時からのパーティールーム（最大20名）のご予約を承りました。

・コース：飲み放題3時間＋フード6品　お一人様 4,400円
・人数変更は前日18時まで承ります
・幹事の方にはご来店時に受付カードをお渡しします

皆さまでお楽しみいただけますと幸いです。
カラオケ日の出 町田駅前店　042-722-5561
""")

# --- 038 カラオケ楽曲利用報告 (pass, business) ------------------------------------------------------
add("pass", [], [],
    "song-usage report to a rights organisation: per-shop counts, no personal data",
    charset="cp932", sender=sender("shoji"),
    to=["音楽著作権協会 業務部 <gyomu-karaoke@ongaku-kenri.or.jp>"],
    subject="2026年第3四半期 カラオケ利用状況報告（契約番号 KR-118204）",
    body=f"""一般社団法人 音楽著作権協会
業務部 御中

契約番号 KR-118204 日の出産業株式会社の東海林でございます。
2026年第3四半期（7～9月）の利用状況をご報告いたします。

店舗,室数,営業日数,延べ利用室時間
カラオケ日の出 町田駅前店,32,92,48120
カラオケ日の出 船橋店,24,92,33960
サンライズボウル蒲田（カラオケコーナー）,6,92,5211

使用料のお支払いは請求書受領後、翌月末までに行います。
{sig("shoji")}""")

# --- 039 アルバイト給与振込口座リストを銀行へ (stop, bank accounts) -------------------------------------
_s = students(8)
_rows = [["社員番号", "氏名", "カナ", "銀行", "支店", "種別", "口座番号", "振込額"]]
for p in _s:
    _rows.append([f"A{R.randint(30000, 39999)}", p.name, p.kana, R.choice(["みどり銀行", "ゆうちょ銀行", "京浜信用金庫"]),
                  R.choice(["蒲田支店", "町田支店", "川崎支店", "大宮支店"]), "普通", f"{R.randint(1000000, 9999999)}",
                  R.randint(38000, 121000)])
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "eight part-timers' bank accounts for salary transfer in a CSV to the bank",
    charset="iso-2022-jp", sender=sender("tokano"),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="給与振込データ（追加分）の送付",
    body=f"""みどり銀行 法人営業部
ご担当 様

いつもお世話になっております。日の出産業 経理部の戸叶です。
9月分アルバイト給与のうち、伝送に間に合わなかった8名分の振込データを送付します。
振込指定日は9月30日でお願いいたします。

{sig("tokano")}""",
    attachments=[{"kind": "csv", "name": "kyuyo_tsuika_0930.csv", "rows": _rows, "encoding": "utf-8"}])

# --- 040 社内: 負傷事故の報告 (pass, internal) -----------------------------------------------------
_v = person(2010, 2016)
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "injury report with a child's diagnosis, but sent only inside the company",
    charset="cp932", sender=sender("kuroki"),
    to=[f"murase@{DOM}", f"horinouchi@{DOM}"], cc=[f"hasebe@{DOM}"],
    subject="【事故報告】大宮 キッズレーンでの負傷（第一報）",
    body=f"""村瀬さん、堀之内さん

大宮の黒木です。第一報です。

本日 14:20 頃、キッズレーン（1番）でボールリターンに指を挟んだお子様がいました。
・お客様：{_v.name}さん（{_v.age}歳）、ご家族4名でご来店
・救急車は呼ばず、お母様の車で近くの整形外科へ
・夕方お母様から電話あり、「左手中指の骨にひび、全治3週間」とのこと

ボールリターンのカバーが外れかけていたことが原因とみています。
1番レーンは使用中止にしました。保険会社への連絡は明日総務からお願いできますか。
黒木
""")

# --- 041 別TLDの「社内」アドレスへシフト表 (stop, lookalike + list) -------------------------------------
_s = students(6)
_lines = "\n".join(f"{p.name:<8}  {p.phone}  {'月水金' if i % 2 else '火木土'}  18:00-23:00"
                   for i, p in enumerate(_s))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "roster of six with phones sent to hinode-sangyo.com, a TLD swap of the company's own domain",
    charset="iso-2022-jp", sender=sender("shoji"),
    to=["安西 智子 <anzai@hinode-sangyo.com>"],
    subject="船橋→町田 ヘルプ要員のシフト",
    body=f"""安西さん

東海林です。来月、船橋から町田へヘルプに出せるメンバーです。
本人たちには了解を取ってあります。直接連絡してシフトを組んでください。

{_lines}

よろしく。
東海林
""")

# --- 042 アルバイト求人原稿 (pass) ---------------------------------------------------------------
add("pass", [], [],
    "job advertisement copy for a recruiting site: wages and shop details, no personal data",
    charset="utf-8", sender=sender("higa"),
    to=["バイトナビ 原稿制作 <genko@baito-navi.jp>"],
    subject="求人原稿の修正（掲載No. BN-4471902）",
    body=f"""バイトナビ 原稿制作ご担当者様

日の出産業 人事部の比嘉です。掲載中の求人原稿を以下のとおり修正願います。

【職種】ボウリング場スタッフ（受付・レーン整備・清掃）
【勤務地】サンライズボウル蒲田（JR蒲田駅 徒歩5分）
【時給】1,250円～（22時以降 1,563円～）※高校生は22時まで
【勤務時間】10:00～翌2:00 の間で1日4時間～、週2日～OK
【待遇】交通費規定支給、ボウリング無料（月4ゲーム）、制服貸与
【応募】WEB応募後、店舗より面接日をご連絡します

「高校生不可」の記載は削除してください（22時までの勤務であれば可です）。
{sig("higa", 2)}""")

# --- 043 盗難被害のお客様を保険会社へ (stop, crime victim) ---------------------------------------------
_v = person(1975, 1998, "f")
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named customer who was the victim of a theft (犯罪被害) reported to the insurer with her phone",
    charset="utf-8", sender=sender("shoji"),
    to=["東海火災海上 事故受付センター <jiko-uketsuke@tokai-kasai.co.jp>"],
    subject="受託物賠償の対象可否について（カラオケ船橋店）",
    body=f"""東海火災海上保険 事故受付センター 御中

日の出産業 カラオケ事業部の東海林です。
船橋店で発生した盗難について、保険の対象となるかご相談させてください。

・発生：9月27日（日）2時頃
・被害者：{_v.name}様（{_v.age}歳）　TEL {_v.phone}
・内容：お客様が受付に預けたバッグ（ロッカー代わりの預かりサービス）から
　財布が抜き取られた。現金約4万円とクレジットカード2枚。
・船橋東警察署に被害届を提出済み（受理番号 第2611号）
・防犯カメラに不審な人物が映っており、警察に映像を提出済み

当社の預かり中の事故のため、受託物賠償の対象になるかと考えております。
{sig("shoji")}""")

# --- 044 English reply: the player list is only quoted (pass) ------------------------------------
_pl = people(6, 1990, 2006)
_q = "\n".join(f"> {p.romaji}, {p.mail}, handle: {p.romaji.split()[0].lower()}{R.randint(10, 99)}" for p in _pl)
add("pass", [], [],
    "English reply: the six players' e-mails are only in the quoted mail the partner sent",
    charset="utf-8", sender=sender("makabe"),
    to=["Daniel Cho <daniel.cho@strikeleague.com>"],
    subject="Re: Sunrise Cup – streamed players for the online ranking",
    body=f"""Hi Daniel,

Thanks, all six are confirmed on our side as well. We will print their handles on
the lane monitors during the final round.

See you on the 17th.

Yuki Makabe
Event Planning, Hinode Sangyo

On Mon, Sep 28, 2026 at 9:41 AM Daniel Cho <daniel.cho@strikeleague.com> wrote:
> Hi Yuki,
>
> Here are the players who agreed to be streamed and added to the online ranking:
>
{_q}
>
> Let me know if anything changes.
> Daniel
""")

# --- 045 労災: 健康保険証の記号番号と傷病名を社労士へ (stop) -----------------------------------------
_w = person(1970, 1985, "m")
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    ["personal_data"],
    "an employee's health insurance card symbol/number and injury diagnosis sent to an outside 社労士",
    charset="cp932", sender=sender("horinouchi"),
    to=["たちばな社会保険労務士事務所 <info@tachibana-sr.jp>"],
    subject="労災申請のご相談（設備係 1名）",
    body=f"""たちばな社会保険労務士事務所
立花先生

いつもお世話になっております。日の出産業 総務部の堀之内です。
ボウリング場の設備係が作業中に負傷しましたので、労災申請をお願いいたします。
本人は当初、健康保険証で受診してしまったため、切り替えの手続きも必要かと存じます。

　氏名：{_w.name}
　生年月日：{wareki(_w.dob, 0)}
　健康保険証：記号 {R.randint(1000, 9999)}　番号 {R.randint(10, 999)}（協会けんぽ 東京支部）
　負傷日：令和8年9月15日
　状況：ピンセッター裏でのメンテナンス中、重量物を持ち上げた際に腰を痛めた
　傷病名：腰椎椎間板ヘルニア（蒲田整形外科クリニック、9/16受診）
　休業：9/16～ 約4週間の見込み

必要書類をお知らせいただけますと幸いです。
{sig("horinouchi", 1)}""")

# --- 046 保守スケジュール XLSX (pass, business) ----------------------------------------------------
add("pass", [], [],
    "maintenance schedule by shop and machine for a partner vendor: no people, no marking",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    subject="第4四半期 定期保守スケジュール（案）",
    body=f"""川崎電機 サービス部 御中

久我です。第4四半期の定期保守スケジュール案を添付します。
各店舗の定休日・閑散時間帯に合わせています。ご都合の悪い日があればお知らせください。
{sig("kuga")}""",
    attachments=[{"kind": "xlsx", "name": "Q4_保守スケジュール案.xlsx",
                  "sheets": {"ボウリング": [["2026年度 第4四半期 定期保守スケジュール（案）"], [],
                                          ["店舗", "対象", "日付", "時間", "作業内容"],
                                          ["蒲田", "ピンセッター 1-12", "2026/10/14", "9:00-17:00", "定期点検・注油"],
                                          ["蒲田", "ピンセッター 13-24", "2026/11/11", "9:00-17:00", "定期点検・注油"],
                                          ["大宮", "ピンセッター 1-20", "2026/10/21", "9:00-18:00", "定期点検"],
                                          ["大宮", "レーンマシン", "2026/12/02", "7:00-10:00", "オイル交換"]],
                             "スコア装置": [["店舗", "日付", "内容"],
                                       ["蒲田", "2026/10/14", "ファーム更新 v4.2"],
                                       ["大宮", "2026/10/21", "ファーム更新 v4.2"]]}}])

# --- 047 基礎年金番号を社労士事務所へ (stop) ------------------------------------------------------
_n = person(1996, 2002)
_bp = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
    "a new hire's basic pension number with name and DOB sent outside for social insurance enrolment",
    charset="iso-2022-jp", sender=sender("horinouchi"),
    to=["たちばな社会保険労務士事務所 <info@tachibana-sr.jp>"],
    subject="社会保険 資格取得届の作成依頼（10/1入社）",
    body=f"""立花先生

堀之内です。10月1日付でアルバイトから契約社員に登用する者の
社会保険資格取得をお願いします。

　氏名　　　　{_n.name}（{_n.kana}）
　生年月日　　{wareki(_n.dob, 1)}
　基礎年金番号 {_bp}
　報酬月額　　220,000円
　所属　　　　サンライズボウル蒲田

扶養家族はおりません。
堀之内
""")

# --- 048 宴会プラン料金表PDFを法人顧客へ (pass) ----------------------------------------------------
add("pass", [], [],
    "price list of party plans sent to a corporate customer's contact",
    charset="cp932", sender=sender("shoji"),
    to=["大東ホールディングス 総務部 福永様 <fukunaga@daito-hd.co.jp>"],
    subject="忘年会プランのご案内（カラオケ日の出）",
    body=f"""大東ホールディングス株式会社
総務部 福永様

お世話になっております。カラオケ日の出の東海林でございます。
先日お問い合わせいただきました忘年会プランの料金表をお送りいたします。
30名様以上でご予約の場合、幹事様2名分を無料とさせていただきます。

ご検討のほど、よろしくお願い申し上げます。
{sig("shoji", 1)}{DISCLAIMER_JP}""",
    attachments=[{"kind": "pdf", "name": "2026忘年会プラン料金表.pdf", "title": "忘年会プラン料金表",
                  "lines": ["カラオケ日の出 2026 忘年会プラン", "（町田駅前店・船橋店 共通）", ""],
                  "table": [["プラン", "時間", "内容", "料金（税込）"],
                            ["スタンダード", "2時間", "飲み放題＋料理5品", "3,800円"],
                            ["プレミアム", "3時間", "飲み放題＋料理8品", "5,200円"],
                            ["ボウリング付き", "2G＋2時間", "飲み放題＋料理6品", "6,000円"]]}])

# --- 049 当選旅行: 外国人当選者の旅券番号を旅行会社へ (stop) ---------------------------------------------
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
    "prize trip: the winner's passport number, name and DOB sent to a travel agency",
    charset="utf-8", sender=sender("makabe"),
    to=["ひかりトラベル 法人旅行課 <hojin@hikari-travel.co.jp>"],
    subject="グランプリ賞品（台湾旅行）の手配について",
    body=f"""ひかりトラベル 法人旅行課
村井様

お世話になっております。日の出産業の真壁です。
スタンプラリーのグランプリ「台湾ペア旅行」の当選者が決まりましたので、
航空券手配のため旅券情報をお送りします。

　代表者：LIN MEI-HUA（リン メイファ）様
　生年月日：1994年7月23日
　旅券番号：TR{R.randint(1000000, 9999999)}　有効期限 2031/05/08
　同行者：ご主人（旅券情報は後日）

ご本人は日本在住の台湾籍の方で、出発は12月上旬をご希望です。
{sig("makabe")}""")

# --- 050 転送: 新しい景品問屋の担当者名刺情報 (pass, business contact) ---------------------------------
add("pass", [], [],
    "forward of one supplier representative's business card: a business contact, not a list",
    charset="iso-2022-jp", sender=sender("iwabuchi"),
    to=["北国フーズ 営業部 小室様 <komuro@kitaguni-foods.co.jp>"],
    subject="FW: 景品用菓子の新規取引先のご紹介",
    body=f"""小室様

岩渕です。先日お話しした景品問屋の担当者を転送でご紹介します。
御社のお菓子をプライズ用パッケージで扱えないか相談されたいそうです。

---------- Forwarded message ----------
From: 宮内 <miyauchi@prize-link.co.jp>
Date: 2026年9月24日
Subject: ご挨拶

ヒノデゲームパーク 岩渕様

先日は名刺交換ありがとうございました。
株式会社プライズリンク 営業部 課長 宮内 康平
〒111-0053 東京都台東区浅草橋2-8-5 浅草橋MKビル3F
TEL 03-5833-0712（代表）／ 携帯 080-4471-2093
miyauchi@prize-link.co.jp
""")

# --- 051 PPTX 報告書に入賞者の連絡先スライド (stop, list in pptx) ---------------------------------------
_w = people(6, 1970, 2004)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "event report deck for a sponsor; one slide lists six prize winners with their mobiles",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["北国フーズ 販促部 <hansoku@kitaguni-foods.co.jp>"],
    subject="サンライズカップ2026 実施報告書",
    body=f"""北国フーズ株式会社 販促部 御中

先日はご協賛ありがとうございました。実施報告書をお送りします。
北国フーズ賞の受賞者の方には、御社から直接賞品の発送をお願いできればと存じます。

{sig("makabe", 4)}""",
    attachments=[{"kind": "pptx", "name": "サンライズカップ2026_実施報告.pptx",
                  "title": "サンライズカップ2026 実施報告",
                  "slides": [["サンライズカップ2026 実施報告", "2026年10月17日（土）", "サンライズボウル蒲田"],
                             ["開催概要", "参加者 96名（24チーム）", "来場者 約350名", "SNS 投稿 1,240件"],
                             ["協賛社ブース", "試飲サンプル 1,800本配布", "アンケート回収 412件"],
                             ["北国フーズ賞 受賞者（賞品発送先）"] +
                             [f"{p.name}　{p.phone}" for p in _w],
                             ["来年に向けて", "開催時期を9月に前倒し", "ジュニア部門の新設"]]}])

# --- 052 遺失物センターへ: 落とし主1名 (pass, one person) -------------------------------------------
_o = person(1960, 1990)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "one lost-property owner's name and phone to the police lost-property centre: a single person",
    charset="cp932", sender=sender("onizuka"),
    to=["警視庁 遺失物センター <ishitsubutsu@keishicho-ishitsu.lg.jp>"],
    subject="拾得物の提出について（サンライズボウル蒲田）",
    body=f"""遺失物センター ご担当者様

サンライズボウル蒲田の鬼塚です。
9月5日に当店で拾得し、店舗で保管していた財布（現金 12,300円在中）について、
保管期間内に落とし主の方から連絡がありましたのでお知らせします。

 落とし主：{_o.name}様　電話 {_o.phone}

本日ご本人が来店され、身分証で確認のうえお返ししました。
先日提出した拾得物件預り書（第 0915-22 号）は取消しをお願いいたします。

サンライズボウル蒲田 鬼塚
03-3738-2210
""")

# --- 053 ZIP（暗号化なし）の会員CSVを広告代理店へ (stop) -------------------------------------------
_m = people(25, 1965, 2007)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "unencrypted ZIP holding a CSV of 25 members (mail, DOB, phone) sent to an ad agency",
    charset="utf-8", sender=sender("nakaoka"),
    to=["プラスワン広告 三上様 <mikami@plusone-ad.co.jp>"],
    subject="LINE連携キャンペーン 対象会員データ（サンプル）",
    body=f"""三上様

中岡です。LINE連携キャンペーンの検証用に、会員データのサンプルを ZIP でお送りします。
（容量の関係で圧縮しています）

members_sample.csv … 25件（UTF-8）

マッチング率の目安を出していただけると助かります。
{sig("nakaoka")}""",
    attachments=[{"kind": "zip", "name": "members_sample.zip",
                  "files": [{"kind": "csv", "name": "members_sample.csv", "encoding": "utf-8",
                             "rows": [["member_id", "name", "email", "birthday", "tel"]] +
                                     [[member_no("HS"), p.name, p.mail, ymd(p.dob, "-"), p.phone] for p in _m]}]}])

# --- 054 全角の品番・注文番号 (pass) --------------------------------------------------------------
add("pass", [], [],
    "order numbers and product codes written in full-width digits: not personal data",
    charset="iso-2022-jp", sender=sender("kuroki"),
    to=["アルカディア・アミューズ 受注課 <juchu@arcadia-amuse.co.jp>"],
    subject="メダル補充の追加発注",
    body=f"""アルカディア・アミューズ 受注課 御中

サンライズボウル大宮の黒木です。
ゲームコーナー用メダルの追加発注をお願いします。

　注文番号　ＨＳ－ＰＯ－２６－０９３３
　品番　　　ＡＡ－ＭＤ－２５Ｓ（２５φ 真鍮メダル）
　数量　　　２０，０００枚（５，０００枚×４袋）
　納品先　　サンライズボウル大宮
　希望納期　１０月５日（月）

前回の伝票番号は ３３０２－８８１４－０２１７ でした。
黒木
""")

# --- 055 転送メール添付: 遺失物一覧を処分業者へ (stop, eml attachment) ---------------------------------
_o = people(7, 1960, 2008)
_fwd = {"charset": "iso-2022-jp", "sender": sender("onizuka"), "to": [f"horinouchi@{DOM}"],
        "subject": "8月分 保管期限切れ遺失物の一覧",
        "body": "堀之内さん\n\n鬼塚です。8月分で保管期限が切れた遺失物です。\n"
                "持ち主が判明しているものは連絡先も書いています。\n\n" +
                table(["品名", "拾得日", "持ち主", "連絡先"],
                      [[R.choice(["傘", "マフラー", "イヤホン", "キーケース", "水筒", "帽子", "手袋"]),
                        f"8/{R.randint(1, 31)}", p.name, p.phone] for p in _o],
                      [14, 8, 16, 16]) + "\n\n鬼塚\n"}
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forwarded mail (attached .eml) lists seven lost-property owners with phones, sent to a disposal firm",
    charset="iso-2022-jp", sender=sender("horinouchi"),
    to=["エコ回収センター <uketsuke@eco-kaishu.co.jp>"],
    subject="FW: 遺失物の引取り依頼（蒲田店）",
    body=f"""エコ回収センター ご担当者様

日の出産業 総務部の堀之内です。
蒲田店で保管期限が切れた遺失物の引取りをお願いいたします。
品目は添付の社内メールのとおりです（7点）。

引取り希望日：10月7日（水）午前
{sig("horinouchi")}""",
    attachments=[{"kind": "eml", "name": "8月分遺失物一覧.eml", "message": _fwd}])

# --- 056 HTMLのみ: キャンペーン告知（景品一覧） (pass) ----------------------------------------------
add("pass", [], [],
    "HTML-only campaign notice to a partner: a table of prizes, no people",
    charset="utf-8", sender=sender("nakaoka"),
    to=["北国フーズ 販促部 <hansoku@kitaguni-foods.co.jp>"],
    subject="ウィンタースタンプラリー 景品構成（確定版）",
    html="""<html><body style="font-family:sans-serif">
<p>北国フーズ株式会社 販促部 御中</p>
<p>いつもお世話になっております。日の出産業 販促課の中岡です。<br>
ウィンタースタンプラリーの景品構成が確定しましたのでお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>賞</th><th>景品</th><th>本数</th><th>提供</th></tr>
<tr><td>グランプリ</td><td>北海道グルメセット（2万円相当）</td><td>3</td><td>北国フーズ様</td></tr>
<tr><td>A賞</td><td>ボウリング年間パス</td><td>5</td><td>当社</td></tr>
<tr><td>B賞</td><td>カラオケ3時間無料券</td><td>30</td><td>当社</td></tr>
<tr><td>C賞</td><td>スープカレー詰め合わせ</td><td>50</td><td>北国フーズ様</td></tr>
</table>
<p>告知ポスターの入稿は11月10日を予定しております。</p>
<p>日の出産業株式会社 販促課 中岡</p>
</body></html>""")

# --- 057 English: player registration list to an overseas partner (stop) ---------------------------
_pl = people(8, 1985, 2007)
_lines = "\n".join(f"{i}. {p.romaji:<22} DOB {p.dob.isoformat()}  {p.mail}" for i, p in enumerate(_pl, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], ["personal_data"],
    "English mail listing eight players with dates of birth and private e-mails to a foreign company",
    charset="utf-8", sender=sender("makabe"),
    to=["Daniel Cho <daniel.cho@strikeleague.com>"],
    subject="Sunrise Cup qualifiers – registration for the Asia online ranking",
    body=f"""Hi Daniel,

As discussed, here are the eight qualifiers from the Sunrise Cup who would like to be
registered for the Asia online ranking. The ranking requires date of birth for the
junior / senior categories, so I have included it.

{_lines}

Please let me know once their accounts are created; we will tell them to check their
inboxes.

Best regards,
Yuki Makabe
Event Planning, Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}""")

# --- 058 社内: 当選者一覧を経理へ (pass, internal) ------------------------------------------------
_w = people(10, 1960, 2008)
add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
    "prize winners list in XLSX, but sent only to the internal accounting department",
    charset="cp932", sender=sender("nakaoka"),
    to=[f"tokano@{DOM}"],
    subject="景品費の計上用 当選者リスト",
    body="""戸叶さん

中岡です。サマーキャンペーンの景品費計上用に当選者リストを添付します。
一時所得の関係で、5万円超の景品はありません（最高額 A賞 18,700円）。

よろしくお願いします。
""",
    attachments=[{"kind": "xlsx", "name": "当選者リスト_経理用.xlsx",
                  "sheets": {"当選者": [["氏名", "住所", "電話", "賞", "金額"]] +
                                      [[p.name, p.addr, p.phone, "B賞", 4400] for p in _w]}}])

# --- 059 全角数字の会員リストを本文に (stop, list, full-width) --------------------------------------
_m = people(7, 1955, 1995)
_lines = "\n".join(f"{p.name}　{fw(p.phone)}　{p.addr}" for p in _m)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
    "seven members' names, full-width phone numbers and addresses pasted into mail to a posting company",
    charset="iso-2022-jp", sender=sender("kuroki"),
    to=["ポスティングプラス 大宮営業所 <omiya@posting-plus.co.jp>"],
    subject="チラシ配布エリアの除外先について",
    body=f"""ポスティングプラス 大宮営業所 御中

サンライズボウル大宮の黒木です。
来週のチラシ配布について、「チラシを入れないでほしい」とご連絡をいただいた会員様の
ご住所を共有します。配布時に除外をお願いいたします。

{_lines}

お手数ですがよろしくお願いいたします。
黒木
""")

# --- 060 レーン改修見積への返信 (pass) -------------------------------------------------------------
add("pass", [], [],
    "reply about a lane renovation estimate from a partner, with quoted text and estimate numbers",
    charset="iso-2022-jp", sender=sender("kuga"),
    to=["川崎電機 大橋様 <ohashi@kawasaki-denki.co.jp>"],
    subject="Re: 大宮店 レーン改修 御見積書（見積番号 KD-Q-26-1182）",
    body=f"""大橋様

お世話になっております。久我です。
御見積書ありがとうございます。社内で検討し、プランB（12レーン分、
アプローチ材のみ交換）で進める方向です。
正式な発注は10月の経営会議の後になります。

取り急ぎご連絡まで。
久我

-----Original Message-----
From: 大橋 <ohashi@kawasaki-denki.co.jp>
Sent: Tuesday, September 29, 2026 5:02 PM
To: kuga@hinode-sangyo.co.jp
Subject: 大宮店 レーン改修 御見積書（見積番号 KD-Q-26-1182）

久我様

先日の現地調査の結果を踏まえ、御見積書を添付いたします。
プランA：20レーン全面改修　　 38,500,000円（税別）
プランB：12レーン アプローチ交換 9,240,000円（税別）
工期はいずれも定休日を含む連続5日間を想定しております。
""",
    attachments=[{"kind": "png", "name": "現地調査写真_大宮.png"}])

# --- 061 類似ドメイン: みどり銀行 (stop, lookalike) -------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "midori-ginkou.co.jp (extra 'u') is a look-alike of partner bank midori-ginko.co.jp",
    charset="cp932", sender=sender("tokano"),
    to=["みどり銀行 蒲田支店 法人担当 <kamata-hojin@midori-ginkou.co.jp>"],
    subject="両替機用 硬貨の定期配送について",
    body=f"""みどり銀行 蒲田支店
法人担当 ご担当者様

日の出産業 経理部の戸叶です。
各店舗の両替機用硬貨の定期配送について、10月から以下に変更をお願いいたします。

　・サンライズボウル蒲田：毎週月曜 → 毎週月・木
　・100円硬貨 50本 / 500円硬貨 10本（変更なし）
　・手数料引落口座：当座 0081123（変更なし）

変更届の書式がございましたらお送りください。
{sig("tokano")}""")

# --- 062 応募者1名への面接日程（Gmail） (pass) -----------------------------------------------------
_ap = person(2005, 2008)
add("pass", [], ["freemail_recipient"],
    "interview scheduling reply to one applicant at a free-mail address; only her own data",
    charset="iso-2022-jp", sender=sender("higa"),
    to=[f"{_ap.name} <{_ap.mail.split('@')[0]}@gmail.com>"],
    subject="【日の出産業】アルバイト面接日程のご案内",
    body=f"""{_ap.name} 様

このたびはサンライズボウル蒲田のアルバイトにご応募いただき、
ありがとうございます。人事部の比嘉です。

面接日程を下記のとおりご案内いたします。
　日時：10月3日（土）11:00～（30分程度）
　場所：サンライズボウル蒲田 3F 事務所（受付でお名前をお伝えください）
　持ち物：履歴書（写真貼付）、学生証

高校生の方は保護者の同意書が必要になります。面接時にお渡しします。
ご都合が悪い場合はこのメールにご返信ください。
{sig("higa", 1)}""")

# --- 063 取扱注意のヘッダ付き新店計画DOCXを設計事務所へ (stop, marking) -------------------------------
add("stop", [], ["confidential_marking"],
    "new-shop plan DOCX carries 「取扱注意」 in its page header and goes to an outside design office",
    charset="utf-8", sender=sender("murase"),
    to=["アトリエ・ノード 設計室 <design@atelier-node.jp>"],
    subject="新店（相模大野）基本計画のご送付",
    body=f"""アトリエ・ノード
設計室 皆様

日の出産業の村瀬です。
相模大野の新店（複合アミューズメント）の基本計画をお送りします。
レイアウト案の作成をお願いいたします。

{sig("murase", 1)}""",
    attachments=[{"kind": "docx", "name": "相模大野新店_基本計画_v3.docx",
                  "page_header": "取扱注意", "title": "相模大野新店 基本計画",
                  "paragraphs": ["相模大野新店 基本計画（第3版）",
                                 "1. 物件：相模原市南区相模大野 駅前複合ビル 3-4F（約2,400㎡）",
                                 "2. 業態：ボウリング16レーン＋カラオケ20室＋ゲームコーナー",
                                 "3. 開業目標：2027年10月",
                                 "4. 投資額：約6億8千万円（内装・機器含む）"],
                  "tables": [[["フロア", "用途", "面積"], ["3F", "ボウリング", "1,500㎡"],
                              ["4F", "カラオケ・ゲーム", "900㎡"]]]}])

# --- 064 法人宴会の予約確認 (pass) -----------------------------------------------------------------
add("pass", [], [],
    "booking confirmation to a corporate client's contact: booking number, plan, no personal data",
    charset="cp932", sender=sender("onizuka"),
    to=["大東ホールディングス 総務部 福永様 <fukunaga@daito-hd.co.jp>"],
    subject="ご予約確認（予約番号 SRB-261120-07）",
    body=f"""大東ホールディングス株式会社
総務部 福永様

このたびはサンライズボウル蒲田をご予約いただき、誠にありがとうございます。
下記内容にて承りました。

　予約番号：SRB-261120-07
　日時　　：2026年11月20日（金）18:30～21:00
　人数　　：48名様（12レーン）
　プラン　：ボウリング2ゲーム＋パーティールーム飲み放題
　お支払い：ご請求書払い

当日は18:15までに1F 受付へお越しください。
サンライズボウル蒲田 店長 鬼塚
TEL 03-3738-2210
""")

# --- 065 【極秘】店舗閉鎖の相談を不動産会社へ (stop, marking in subject) --------------------------------
add("stop", [], ["confidential_marking"],
    "subject stamped 【極秘】 on a store-closure plan sent to an outside real-estate broker",
    charset="iso-2022-jp", sender=sender("murase"),
    to=["ベイサイド不動産 法人営業部 <hojin@bayside-fudosan.co.jp>"],
    subject="【極秘】船橋店の閉店・物件解約に関するご相談",
    body=f"""ベイサイド不動産株式会社
法人営業部 久保田様

日の出産業の村瀬です。
以前から検討しておりましたカラオケ日の出 船橋店について、
2027年3月末での閉店を前提に、賃貸借契約の解約手続きをご相談したく存じます。
従業員への告知は12月を予定しておりますので、それまでは本件の取扱いにご注意ください。

・現契約：2022年4月1日～2027年3月31日（解約予告 6か月前）
・原状回復：スケルトン戻し
・後継テナントのご紹介も可能であればお願いしたいです

{sig("murase")}""")

# --- 066 2社（協賛＋印刷）への連絡 (pass, two organisations) --------------------------------------
add("pass", [], ["multiple_external_domains"],
    "one sponsor and the printer together in To: two organisations, normal coordination mail",
    charset="utf-8", sender=sender("nakaoka"),
    to=["北国フーズ 小室様 <komuro@kitaguni-foods.co.jp>", "錦印刷 西田様 <nishida@nishiki-insatsu.co.jp>"],
    subject="スタンプラリー台紙 ロゴ入稿の件",
    body=f"""北国フーズ 小室様
錦印刷 西田様

お世話になっております。日の出産業の中岡です。
スタンプラリー台紙に北国フーズ様のロゴを掲載するにあたり、
入稿データは小室様から錦印刷の西田様へ直接お送りいただけますでしょうか。

・形式：AI または EPS（アウトライン化済み）
・締切：10月9日（金）
・掲載位置：裏面下部（協賛社欄）

お手数ですがよろしくお願いいたします。
{sig("nakaoka")}""")

# --- 067 English deck marked "Internal Only" (stop, marking) --------------------------------------
add("stop", [], ["confidential_marking"],
    "English roadmap deck whose footer says 'Internal Only' is sent to a foreign vendor",
    charset="utf-8", sender=sender("kuga"),
    to=["Megan Porter <megan.porter@clawtech-intl.com>"],
    subject="Our 2027 prize-machine plan (for discussion)",
    body=f"""Hi Megan,

Ahead of our call on Thursday, attached is our plan for prize machines next year, so
you can see where the CT-900 and the new CT-1200 might fit.

Best regards,
Naoki Kuga
{sig("kuga", 3)}""",
    attachments=[{"kind": "pptx", "name": "2027_prize_machine_plan.pptx", "page_footer": "Internal Only",
                  "slides": [["2027 Prize Machine Plan", "Amusement Division"],
                             ["Fleet today", "Kawasaki: 64 units", "Omiya: 22 units", "Kamata: 18 units"],
                             ["2027 budget", "Replace 30 units (JPY 96m)", "Shortlist: ClawTech, Arcadia"]]}])

# --- 068 社内: 逮捕事案の報告 (pass, internal) ----------------------------------------------------
_x = person(1985, 2003, "m")
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "report of a customer's arrest, but only to internal colleagues",
    charset="iso-2022-jp", sender=sender("iwabuchi"),
    to=[f"hasebe@{DOM}", f"murase@{DOM}"],
    subject="【続報】9/18 景品窃盗の件",
    body=f"""長谷部さん、村瀬さん

岩渕です。9/18 のクレーンゲーム景品窃盗の続報です。
本日、川崎中央署から、会員の{_x.name}（{_x.age}歳）が窃盗容疑で逮捕されたと連絡がありました。
防犯カメラ映像は先週照会書に基づいて提出済みです。

会員資格の扱い（停止・退会処理）について、規約上どうすべきか相談させてください。
岩渕
""")

# --- 069 パスワード付きPDFの契約書 (stop, unscannable) ------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "the contract PDF is password-protected, so it cannot be inspected",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["イベントクルー 契約担当 <keiyaku@eventcrew.co.jp>"],
    subject="業務委託契約書（サンライズカップ運営）",
    body=f"""イベントクルー株式会社
契約ご担当者様

日の出産業の真壁です。
サンライズカップ運営業務の委託契約書を PDF でお送りします。
PDF にはパスワードを設定しています（パスワードは別途お電話でお伝えします）。

ご確認後、押印済みの原本2部をご郵送ください。
{sig("makabe", 2)}""",
    attachments=[{"kind": "pdf", "name": "業務委託契約書_サンライズカップ.pdf", "password": "hinode1017",
                  "lines": ["業務委託契約書", "委託者 日の出産業株式会社", "受託者 イベントクルー株式会社",
                            "委託業務 サンライズカップ2026 の運営", "委託料 1,650,000円（税込）"]}])

# --- 070 遺失物の件数統計をビル管理へ (pass, statistics) ----------------------------------------------
add("pass", [], [],
    "monthly lost-property counts by category for the building office: statistics, no people",
    charset="cp932", sender=sender("anzai"),
    to=["町田駅前ビル 管理事務所 <kanri@machida-ekimae-bldg.jp>"],
    subject="9月 遺失物取扱件数のご報告",
    body=f"""町田駅前ビル 管理事務所 御中

カラオケ日の出 町田駅前店の安西です。
テナント会で共有の、9月分の遺失物取扱件数です。

  品目              件数    返還済   警察へ提出
  ------------------------------------------------
  傘                  41        9        32
  衣類・小物          17        6        11
  スマートフォン       6        6         0
  財布・カード類       8        7         1
  その他              12        3         9
  ------------------------------------------------
  合計                84       31        53

スマートフォンは全件、当日～翌日に返還できました。
安西
""")

# --- 071 壊れたXLSX (stop, corrupt) -----------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "the attached spreadsheet is damaged and cannot be opened or scanned",
    charset="cp932", sender=sender("nakaoka"),
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="Re: 景品発送リスト（10月分）",
    body=f"""青葉運輸 法人営業部 御中

中岡です。先ほどのファイルが開けないとのこと、失礼いたしました。
保存し直したものを再送いたします。
これでも開けない場合はお電話ください。
{sig("nakaoka", 2)}""",
    attachments=[{"kind": "corrupt", "name": "景品発送リスト_10月.xlsx"}])

# --- 072 警備会社との巡回スケジュール (pass, business) -------------------------------------------
add("pass", [], [],
    "patrol schedule agreed with a security company: times and places only",
    charset="iso-2022-jp", sender=sender("iwabuchi"),
    to=["セーフティガード 川崎営業所 <kawasaki@safetyguard.co.jp>"],
    subject="10月からの深夜巡回について",
    body=f"""セーフティガード株式会社
川崎営業所 御中

ヒノデゲームパーク川崎店の岩渕です。
先月の暴力事件を受けて、10月から金・土の深夜巡回を強化したいと考えています。

　曜日：金曜・土曜（祝前日含む）
　時間：21:00～閉店（24:00）＋閉店後30分
　人数：1名常駐（2F 格闘ゲームコーナー周辺を重点）
　開始：10月2日（金）

お見積をいただけますでしょうか。
岩渕
""")

# --- 073 防犯カメラ静止画の暗号化ZIPを警察へ (stop, unscannable) -------------------------------------
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP of CCTV stills to the police: contents cannot be inspected",
    charset="utf-8", sender=sender("onizuka"),
    to=["蒲田警察署 生活安全課 <seian-kamata@keishicho-kamata.lg.jp>"],
    subject="防犯カメラ画像の送付（9/30 置き引き事案）",
    body="""蒲田警察署 生活安全課
ご担当 様

サンライズボウル蒲田の鬼塚です。
9月30日の置き引き事案について、ご依頼の防犯カメラの静止画を送付します。
ZIP のパスワードは、お電話でお伝えしたものです。

サンライズボウル蒲田 店長 鬼塚 亮
03-3738-2210
""",
    attachments=[{"kind": "zip", "name": "cctv_0930_stills.zip", "password": "kamata0930",
                  "files": [{"kind": "png", "name": "cam03_2114.png"},
                            {"kind": "png", "name": "cam05_2117.png"},
                            {"kind": "txt", "name": "memo.txt",
                             "text": "cam03 21:14 入口 / cam05 21:17 12番レーン付近"}]}])

# --- 074 店舗別売上CSVをコンサルへ（マーキングなし） (pass) ------------------------------------------
add("pass", [], [],
    "shop-level sales figures in a CSV to a consultant, no marking and no people",
    charset="utf-8", sender=sender("murase"),
    to=["ブライトパス・コンサルティング 坂口様 <sakaguchi@brightpath-consulting.co.jp>"],
    subject="Re: 時間帯別売上データのご依頼",
    body=f"""坂口様

村瀬です。ご依頼の時間帯別売上（9月）を CSV でお送りします。
客単価は税込です。
{sig("murase", 2)}""",
    attachments=[{"kind": "csv", "name": "hourly_sales_2609.csv", "encoding": "utf-8",
                  "rows": [["店舗", "時間帯", "売上", "客数", "客単価"],
                           ["蒲田", "10-14", 3120400, 4211, 741], ["蒲田", "14-18", 5340100, 6020, 887],
                           ["蒲田", "18-22", 7011800, 7304, 960], ["蒲田", "22-26", 2948300, 2790, 1057],
                           ["町田", "13-18", 2210500, 3310, 668], ["町田", "18-24", 5120900, 6891, 743],
                           ["町田", "24-29", 2538700, 3120, 814]]}])

# --- 075 少年サポートセンターへ: 学生証番号付きの年齢確認記録 (stop, list) -------------------------------
_y = people(5, 2009, 2011)
_rows = [["確認日時", "氏名", "生年月日", "学校名", "学生証番号", "対応"]]
for p in _y:
    _rows.append([f"9/{R.randint(1, 28)} 23:{R.randint(0, 59):02d}", p.name, wareki(p.dob, 1),
                  R.choice(["市立大宮西中学校", "県立大宮南高校", "私立桜木学園高校"]),
                  f"{R.randint(20, 26)}{R.randint(1000, 9999)}", R.choice(["退店", "保護者引渡し"])])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "five minors' names, DOBs and student ID numbers in a DOCX table sent to a police youth centre",
    charset="iso-2022-jp", sender=sender("kuroki"),
    to=["少年サポートセンター大宮 <shonen-omiya@saitama-kenkei.lg.jp>"],
    subject="深夜入店した少年の記録（9月分）",
    body="""少年サポートセンター大宮 ご担当者様

サンライズボウル大宮の黒木です。
先日の地域連絡会でご依頼のあった、9月に深夜帯（23時以降）の入店を確認した
18歳未満の方の記録を添付いたします。

サンライズボウル大宮 副店長 黒木 大地
""",
    attachments=[{"kind": "docx", "name": "深夜入店記録_9月.docx",
                  "paragraphs": ["深夜入店者（18歳未満）記録　2026年9月", "サンライズボウル大宮"],
                  "tables": [_rows]}])

# --- 076 返信: 引用部分に警察の照会内容 (pass, quoted) ----------------------------------------------
_x = person(1990, 2004, "m")
add("pass", [], [],
    "reply to the police: the suspect's details are only in the quoted original; new text is a pickup time",
    charset="cp932", sender=sender("onizuka"),
    to=["蒲田警察署 刑事課 <keiji-kamata@keishicho-kamata.lg.jp>"],
    subject="RE: 防犯カメラ映像の任意提出について",
    body=f"""蒲田警察署 刑事課
ご担当 様

鬼塚です。承知いたしました。
映像は DVD-R 2枚に書き出して準備しておきます。
10月2日（金）14時に店舗事務所でお待ちしております。

サンライズボウル蒲田 鬼塚

-----Original Message-----
差出人: 蒲田警察署 刑事課 <keiji-kamata@keishicho-kamata.lg.jp>
送信日時: 2026年9月30日 16:22
宛先: onizuka@hinode-sangyo.co.jp
件名: 防犯カメラ映像の任意提出について

サンライズボウル蒲田 鬼塚様

先日の置き引き事件につき、被疑者として{_x.name}（{_x.age}歳、住所 {_x.addr}）を
本日窃盗容疑で逮捕しました。
つきましては9月30日 21:00～21:30 の店内カメラ映像の任意提出をお願いします。
""")

# --- 077 XLS（旧形式）: ボウリングリーグ会員名簿を協会へ (stop, list) -------------------------------
_l = people(10, 1950, 2000)
_rows = [["リーグ", "氏名", "ふりがな", "電話番号", "アベレージ", "ハンディ"]]
for p in _l:
    _rows.append(["火曜シニアリーグ" if p.dob.year < 1970 else "木曜ナイトリーグ", p.name, p.kana,
                  p.phone, R.randint(140, 205), R.randint(0, 40)])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "ten league members with phone numbers in a legacy XLS to the bowling association",
    charset="cp932", sender=sender("onizuka"),
    to=["東日本ボウリング協会 事務局 <jimukyoku@ebowling-kyokai.or.jp>"],
    subject="公認リーグ登録名簿の提出（サンライズボウル蒲田）",
    body=f"""東日本ボウリング協会 事務局 御中

サンライズボウル蒲田の鬼塚です。
2026年度後期の公認リーグ登録名簿を提出いたします（Excel 97-2003 形式）。

登録料は10月10日までに振り込みます。
{sig("onizuka")}""",
    attachments=[{"kind": "xls", "name": "league_2026H2_kamata.xls", "sheets": {"登録名簿": _rows}}])

# --- 078 English: licensor report with counts only (pass) ---------------------------------------
add("pass", [], [],
    "English royalty report to a foreign licensor: machine counts and plays, no people",
    charset="utf-8", sender=sender("kuga"),
    to=["Licensing Team <licensing@pixelpop-games.com>"],
    subject="Q3 2026 royalty report – Hinode Sangyo (Licence No. PP-JP-0042)",
    body="""Dear Licensing Team,

Please find below our Q3 2026 figures for the "Pixel Pop Rhythm" cabinets.

  Site                    Cabinets   Plays (Jul-Sep)   Royalty (JPY)
  Kawasaki Game Park          3          41,208          1,236,240
  Sunrise Bowl Omiya          1          12,755            382,650
  Total                       4          53,963          1,618,890

Payment will be made by wire transfer by October 31, 2026, referencing invoice
PP-INV-26Q3-0042.

Kind regards,
Naoki Kuga
Facilities, Amusement Division, Hinode Sangyo Co., Ltd.
""")

# --- 079 派遣スタッフの熱中症を派遣元へ (stop, health) --------------------------------------------
_h = person(1999, 2005)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named temp worker's heat stroke, hospital treatment and history of asthma reported to the agency",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["スタッフフォース 派遣営業部 <haken-eigyo@stafforce.co.jp>"],
    subject="【ご報告】派遣スタッフの体調不良について（9/20 屋外イベント）",
    body=f"""株式会社スタッフフォース
派遣営業部 ご担当者様

日の出産業 イベント企画課の真壁です。
9月20日の屋外イベント（大宮店 駐車場特設会場）で、御社からの派遣スタッフ
{_h.name}さんが作業中に体調を崩されましたのでご報告いたします。

・13時30分頃、めまいと吐き気を訴え、救護テントで休憩
・改善しないため救急要請し、大宮中央病院へ搬送
・病院で「熱中症（II度）」と診断、点滴後に帰宅
・ご本人によると持病の喘息の薬を当日は持参していなかったとのこと

当社の休憩時間の設定にも問題があったと考えております。
ご本人の回復状況が分かりましたらお知らせください。
{sig("makabe")}""")

# --- 080 社内: マイナンバー提出状況 (pass, internal) ------------------------------------------------
_s = students(3)
_mns = [mynum() for _ in _s]
_lines = "\n".join(f"  {p.name}\t{m}\t提出済（通知カード写し）" for p, m in zip(_s, _mns))
add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "My Numbers of three part-timers, but the mail stays inside the company (HR to accounting)",
    charset="cp932", sender=sender("higa"),
    to=[f"tokano@{DOM}"],
    subject="新規アルバイトの個人番号（10月入社分）",
    body=f"""戸叶さん

比嘉です。10月入社のアルバイト3名分の個人番号です。
給与システムへの登録をお願いします。登録後、このメールは削除してください。

{_lines}

比嘉
""")

# --- 081 転送: スタッフ連絡網を清掃会社へ (stop, forward) ------------------------------------------
_s = students(6)
_lines = "\n".join(f"{p.name}（{p.kana}） {p.phone}" for p in _s)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward (FW:) of an internal mail listing six part-timers' mobiles to an outside cleaning firm: a forward is new text",
    charset="iso-2022-jp", sender=sender("onizuka"),
    to=["クリーンワークス 蒲田事業所 <kamata@cleanworks.co.jp>"],
    subject="FW: 閉店後清掃の立会い当番",
    body=f"""クリーンワークス 蒲田事業所
小松様

鬼塚です。閉店後清掃の立会いは、10月から下記のアルバイトが当番で入ります。
鍵の受け渡しなどで連絡が必要な場合は、直接連絡してください。

-----Original Message-----
From: 鬼塚 亮 <onizuka@hinode-sangyo.co.jp>
Sent: Wednesday, September 30, 2026 11:05 PM
To: kamata-staff@hinode-sangyo.co.jp
Subject: 閉店後清掃の立会い当番

蒲田スタッフの皆さん

10月から、閉店後（2:00～3:30）の清掃立会いを以下のメンバーで回します。

{_lines}

当番表は事務所に貼っておきます。
鬼塚
""")

# --- 082 発表用: 当選者のカナ名と都道府県 (either) ------------------------------------------------
_w = people(8, 1960, 2008)
_lines = "\n".join(f"　{p.kana.split()[0]} {p.kana.split()[1][0]}様（{p.pref}{p.city}）" for p in _w)
add("either", ["PERSON_NAME"], ["personal_data"],
    "winners' kana surnames with initial and city for publication on the website: identifiable? either way",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["ウェブスタジオ・リンク 更新担当 <koshin@webstudio-link.jp>"],
    subject="キャンペーンサイト 当選者発表ページの更新",
    body=f"""ウェブスタジオ・リンク 更新ご担当者様

日の出産業の中岡です。サマーキャンペーンA賞・B賞の当選者発表を
以下の表記で掲載してください（ご本人の掲載同意は取得済みです）。

【A賞・B賞 当選者（敬称略せず）】
{_lines}

掲載開始は10月5日（月）10時でお願いします。
中岡
""")

# --- 083 故障機での客の負傷報告DOCXをメーカーへ (stop, sensitive in docx) -----------------------------
_v = person(2012, 2016, "m")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "incident report DOCX names a child and his head injury (CT, 脳震盪) and goes to the machine maker",
    charset="utf-8", sender=sender("iwabuchi"),
    to=["アルカディア・アミューズ 品質保証部 <qa@arcadia-amuse.co.jp>"],
    subject="【至急】メダルプッシャー筐体での事故について",
    body=f"""アルカディア・アミューズ株式会社
品質保証部 御中

ヒノデゲームパーク川崎店の岩渕です。
御社製メダルプッシャー（型式 AA-MP-700）の上部パネルが外れ、
お客様が負傷する事故が発生しました。事故報告書を添付します。

同型機は全店で稼働停止にしています。原因調査をお願いいたします。
{sig("iwabuchi")}""",
    attachments=[{"kind": "docx", "name": "事故報告書_20260927_川崎店.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "発生日時：2026年9月27日（日）16時05分頃",
                                 "発生場所：ヒノデゲームパーク川崎店 1F メダルコーナー",
                                 "機種：AA-MP-700（製造番号 MP7-00481）"],
                  "tables": [[["項目", "内容"],
                              ["負傷者", f"{_v.name}くん（{_v.age}歳）"],
                              ["状況", "上部アクリルパネル（約2kg）が落下し頭部に当たる"],
                              ["受診", "川崎南病院へ救急搬送。頭部CTで出血なし、「脳震盪・頭部打撲」と診断"],
                              ["経過", "同日帰宅。翌日、保護者より頭痛が続くとの連絡あり"]]]}])

# --- 084 類似ドメイン（ホモグリフ）: 北国フーズ (stop) -----------------------------------------------
add("stop", [], ["lookalike_domain"],
    "kitaguni-f00ds.co.jp uses zeros for the o's: a homoglyph of partner kitaguni-foods.co.jp",
    charset="cp932", sender=sender("makabe"),
    to=["北国フーズ ケータリング <catering@kitaguni-f00ds.co.jp>"],
    subject="11/7 表彰パーティー ケータリング発注",
    body=f"""北国フーズ株式会社
ケータリング事業部 御中

日の出産業の真壁です。
11月7日の表彰パーティーのケータリングを正式に発注いたします。

　会場：さくらホテル 鳳凰の間（持込み許可済み）
　人数：80名
　メニュー：北海道ビュッフェ Bプラン（@4,500円）
　搬入：16:00～17:00

発注書は別途郵送いたします。
{sig("makabe", 2)}""")

# --- 085 類似ドメイン（ハイフン）: 青葉運輸に3名の送り先 (stop) --------------------------------------
_w = people(3, 1960, 2000)
_lines = "\n".join(f"  {p.name} 様　〒{p.zip} {p.addr}　{p.phone}" for p in _w)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "aoba-unyu-co.jp replaces a dot of partner aoba-unyu.co.jp with a hyphen; three addressees inside",
    charset="iso-2022-jp", sender=sender("nakaoka"),
    to=["青葉運輸 吉岡様 <yoshioka@aoba-unyu-co.jp>"],
    subject="再配達先のご連絡（3件）",
    body=f"""青葉運輸 吉岡様

中岡です。先日の持ち戻り分のうち、当選者様と連絡がとれた3件の再配達先です。

{_lines}

いずれも平日夜（19-21時）の配達希望です。
中岡
""")

# --- 086 壊れたPDF (stop, corrupt) -------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "the seating-plan PDF is damaged and cannot be read",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["さくらホテル 宴会営業 <enkai@sakura-hotel.jp>"],
    subject="表彰パーティー 席次表（最終版）",
    body=f"""さくらホテル 宴会営業ご担当様

真壁です。表彰パーティーの席次表の最終版をお送りします。
前回版からの変更は、テーブル3と7の入れ替えのみです。

{sig("makabe", 1)}""",
    attachments=[{"kind": "corrupt", "name": "席次表_最終版.pdf"}])

# --- 087 弁護士と保険会社へ: 個人を特定しない事故の相談 (pass) ----------------------------------------
add("pass", [], ["multiple_external_domains"],
    "two organisations (partner law firm, insurer); the injured customer is not identifiable",
    charset="utf-8", sender=sender("hasebe"),
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["東海火災海上 損害サービス課 <songai@tokai-kasai.co.jp>"],
    subject="施設内事故の示談方針について（ご相談）",
    body=f"""白川先生
（cc：東海火災海上 損害サービス課 ご担当者様）

いつもお世話になっております。日の出産業の長谷部です。
先日ご相談したボウリング場での転倒事故について、保険会社様にも同席いただき
示談方針をご相談したく、日程調整をお願いできますでしょうか。

・事故：9月、蒲田店のアプローチでの転倒
・相手方：30代の男性のお客様（代理人なし）
・先方のご要望：治療費・休業損害に加え、慰謝料
・当社の考え：過失割合の整理をした上で、保険の範囲内での解決を希望

候補日：10月7日（水）午後、10月9日（金）午前
{sig("hasebe")}""")

# --- 088 宗教上の食事配慮: 名前付きで (stop, religion) ----------------------------------------------
_g = people(3, 1970, 1995)
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "named guests' religion (イスラム教・ハラール) and a medical diet sent to the hotel",
    charset="utf-8", sender=sender("makabe"),
    to=["さくらホテル 宴会営業 <enkai@sakura-hotel.jp>"],
    subject="Re: 11/7 表彰パーティー お食事の個別対応",
    body=f"""さくらホテル 宴会営業ご担当様

真壁です。先日お問い合わせのあった、お食事の個別対応が必要な方です。

1）{_g[0].name}様　イスラム教のため、ハラール対応（豚・アルコール不使用）
2）{_g[1].name}様　同上（{_g[0].sei}様のご家族）
3）{_g[2].name}様　糖尿病の治療中のため、糖質を控えたメニューを希望

個別メニューの料金をお知らせいただけますと幸いです。
{sig("makabe")}""")

# --- 089 協賛社への当選者リスト（カンマ区切り） (stop, list) -----------------------------------------
_w = people(8, 1960, 2006)
_lines = "\n".join(f"{p.name},{p.zip},{p.addr},{p.phone}" for p in _w)
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "eight prize winners comma-separated (name, address, phone) pasted to the sponsoring partner",
    charset="cp932", sender=sender("nakaoka"),
    to=["北国フーズ 販促部 小室様 <komuro@kitaguni-foods.co.jp>"],
    subject="北国フーズ賞 当選者（賞品の直送をお願いします）",
    body=f"""北国フーズ 小室様

いつもお世話になっております。中岡です。
北国フーズ賞（北海道グルメセット）の当選者8名です。
御社から直接の発送をお願いできますでしょうか。CSV に貼り付けられる形にしています。

氏名,郵便番号,住所,電話番号
{_lines}

お届け後、伝票番号だけご連絡いただけると助かります。
{sig("nakaoka", 2)}""")

# --- 090 英語: 来日エンジニアの手配（社名のみ） (pass) ---------------------------------------------
add("pass", [], [],
    "English visit arrangements for two vendor engineers: names only with flight and hotel, no personal data",
    charset="utf-8", sender=sender("kuga"),
    to=["Megan Porter <megan.porter@clawtech-intl.com>"],
    subject="Re: Engineer visit for CT-900 installation (Oct 12-14)",
    body="""Hi Megan,

Thanks for the names. Everything is arranged for Tom and Priya:

  - Hotel: Sakura Hotel Kawasaki, Oct 11-14 (3 nights), booked under Hinode Sangyo
  - Pickup: our driver will meet them at Haneda T3 arrivals, flight UA 837
  - Site: Kawasaki Game Park, 2F, access from 8:30 each day

Our site contact will be the store manager, Mr. Iwabuchi; he will wait at the staff
entrance on the first morning.

Best regards,
Naoki Kuga
Hinode Sangyo Co., Ltd.
""")

# --- 091 応募者情報（1人1ブロック）を共同運営会社へ (stop, list) -------------------------------------
_s = people(5, 2004, 2008)
_blocks = "\n".join(
    f"■ 応募No.{2610 + i}\n  氏名：{p.name}（{p.kana}）\n  生年月日：{wareki(p.dob, 2)}\n"
    f"  学校：{R.choice(['相模女子大学', '桜美林台大学', '県立相模大野高校', '相模原経理専門学校'])}\n"
    f"  連絡先：{p.phone} ／ {p.mail}\n  希望：{R.choice(['平日夕方', '土日のみ', '深夜可（大学生）'])}\n"
    for i, p in enumerate(_s, 1))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five applicants, one block each (DOB in 和暦, phone, mail), sent to a joint-venture partner",
    charset="utf-8", sender=sender("higa"),
    to=["関東レジャー開発 人事グループ <jinji@kanto-leisure.co.jp>"],
    subject="相模大野 オープニングスタッフ 応募者の共有",
    body=f"""関東レジャー開発株式会社
人事グループ 御中

日の出産業 人事部の比嘉です。
相模大野の共同運営店舗について、当社窓口に届いたオープニングスタッフの
応募者を共有いたします。面接の割り振りをご検討ください。

{_blocks}
高校生の方は22時までの勤務となります。
{sig("higa")}""")

# --- 092 入館申請: 氏名とシフトのみ6名 (either) --------------------------------------------------
_s = students(6)
_rows = [[p.name, R.choice(["月・水", "火・木", "金・土", "土・日"]), R.choice(["17:00-23:00", "18:00-24:00"])]
         for p in _s]
add("either", ["PERSON_NAME"], ["personal_data"],
    "six part-timers' names with shift days only (no contact data) for the building's access list",
    charset="cp932", sender=sender("anzai"),
    to=["町田駅前ビル 管理事務所 <kanri@machida-ekimae-bldg.jp>"],
    subject="夜間通用口 入館者登録（10月）",
    body=f"""町田駅前ビル 管理事務所 御中

カラオケ日の出 町田駅前店の安西です。
10月から夜間通用口を利用するアルバイトの入館者登録をお願いします。

{table(["氏名", "曜日", "時間"], _rows, [16, 10, 14], "=")}

入館証の発行ができましたらご連絡ください。
安西
""")

# --- 093 急性アルコール中毒のお客様をビル管理へ (stop, health) ----------------------------------------
_v = person(2002, 2006, "m")
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named student's acute alcohol poisoning and hospital transport reported to the building office",
    charset="iso-2022-jp", sender=sender("anzai"),
    to=["町田駅前ビル 管理事務所 <kanri@machida-ekimae-bldg.jp>"],
    subject="救急車の出入りについて（10/2 深夜）",
    body=f"""町田駅前ビル 管理事務所 御中

安西です。昨夜の救急車の件でご報告します。

10月2日 1時20分頃、21号室のお客様（大学生の団体）のうち
{_v.name}さん（{_v.age}歳）が意識がもうろうとした状態になり、救急要請しました。
搬送先の病院で「急性アルコール中毒」との診断だったと、ご友人から連絡がありました。
今朝、ご本人から回復したとのお電話をいただいています。

搬送の際にエレベーターを10分ほど専有してしまいました。申し訳ありません。
今後、団体のお客様には飲み放題の注意喚起を徹底します。
安西
""")

# --- 094 マイナンバー一覧XLSXを給与計算代行へ (stop, My Number list) ---------------------------------
_s = students(6)
_rows = [["年末調整対象者（アルバイト）個人番号一覧", "", "", "", ""], ["", "", "", "", ""],
         ["従業員番号", "氏名", "生年月日", "住所", "個人番号"]]
for p in _s:
    _rows.append([f"A{R.randint(30000, 39999)}", p.name, ymd(p.dob), p.addr, mynum()])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "six part-timers' My Numbers with DOB and address in an XLSX to a payroll outsourcer",
    charset="cp932", sender=sender("tokano"),
    to=["ペイロールワン 年調チーム <nencho@payroll-one.co.jp>"],
    subject="年末調整 追加対象者の個人番号データ",
    body=f"""ペイロールワン株式会社
年調チーム 御中

日の出産業 経理部の戸叶です。
年末調整の追加対象者（9月以降入社のアルバイト6名）のデータを添付いたします。

よろしくお願いいたします。
{sig("tokano")}""",
    attachments=[{"kind": "xlsx", "name": "年調追加対象者_個人番号.xlsx", "title": "個人番号一覧",
                  "sheets": {"対象者": _rows}}])

# --- 095 ケータリングの相談（免責文つき） (pass) --------------------------------------------------
add("pass", [], [],
    "ordinary catering inquiry to a partner; the standard 機密情報 disclaimer is not a marking",
    charset="iso-2022-jp", sender=sender("shoji"),
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="カラオケ店向け フードメニューのご相談",
    body=f"""北国フーズ株式会社
ケータリング事業部 御中

お世話になっております。カラオケ日の出の東海林です。
冬季限定のフードメニューとして、御社の冷凍スープカレーとザンギを
カラオケ2店舗で提供できないか検討しております。

・想定数量：2店舗合計で月 600食程度
・調理：店舗の電子レンジ・フライヤーで対応できるもの
・提供開始：12月1日

業務用の価格表とサンプルをお送りいただけますでしょうか。
{sig("shoji", 0)}{DISCLAIMER_JP}""")

# --- 096 弁護士・保険会社・お客様本人を同報（病名つき） (stop, visible + sensitive) ------------------------
_v = person(1984, 1994, "m")
_vm = f"{_v.mail.split('@')[0]}@gmail.com"
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    "law firm, insurer and the injured customer all in To/Cc (three parties) and the customer's diagnosis in the text",
    charset="utf-8", sender=sender("hasebe"),
    to=[f"{_v.name} 様 <{_vm}>"],
    cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>",
        "東海火災海上 損害サービス課 <songai@tokai-kasai.co.jp>"],
    subject="示談協議の日程について",
    body=f"""{_v.name} 様

日の出産業株式会社 法務・コンプライアンス室の長谷部でございます。
このたびは当社店舗でのお怪我につき、ご迷惑をおかけしております。

{_v.sei}様の「右橈骨遠位端骨折」について、主治医の診断書（10/1付）により
全治8週間・リハビリ通院が必要との内容を確認いたしました。
つきましては、当社代理人の白川法律事務所、保険会社の東海火災海上とともに、
示談に向けた協議の場を設けたく存じます。

候補日：10月14日（水）14時、10月16日（金）10時
場所：白川法律事務所（港区芝）またはオンライン

ご都合をお知らせいただけますと幸いです。
{sig("hasebe")}""")

# --- 097 地域紙へ: 集合写真と入賞者の氏名・年齢 (either) ---------------------------------------------
_w = people(5, 1950, 2012)
_cap = "、".join(f"{p.name}さん（{p.age}）" for p in _w)
add("either", ["PERSON_NAME"], ["personal_data"],
    "photo caption naming five winners with ages for a local paper: consented publicity, judge either way",
    charset="iso-2022-jp", sender=sender("makabe"),
    to=["大田タイムス 編集部 <henshu@ota-times.jp>"],
    subject="サンライズカップ 入賞者写真（掲載用）",
    body=f"""大田タイムス 編集部
記者 堤様

先日は取材ありがとうございました。日の出産業の真壁です。
紙面掲載用の入賞者集合写真をお送りします。写真掲載とお名前・年齢の掲載は
入賞者ご本人（未成年の方は保護者）に了承をいただいております。

キャプション案：
前列左から {_cap}

よろしくお願いいたします。
{sig("makabe", 2)}""",
    attachments=[{"kind": "png", "name": "sunrisecup2026_winners.png"}])

# --- 098 転送: 出入禁止者リスト（逮捕歴つき）を警備会社へ (stop, list + sensitive) ----------------------
_b = people(5, 1975, 2005)
_reasons = ["店内での暴行（傷害容疑で逮捕）", "景品の窃盗（逮捕・起訴）", "スタッフへの威力業務妨害（逮捕）",
            "筐体破損・器物損壊（書類送検）", "未成年への声かけ・つきまとい（警察から警告）"]
_txt = "\n".join(f"{i}. {p.name}（{p.age}歳・{p.gender}）　{r}　会員番号 {member_no('HG')}"
                 for i, (p, r) in enumerate(zip(_b, _reasons), 1))
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "forwarded ban list of five people with their arrests and charges, sent to the security company",
    charset="cp932", sender=sender("iwabuchi"),
    to=["セーフティガード 川崎営業所 <kawasaki@safetyguard.co.jp>"],
    subject="FW: 【川崎店】出入禁止者リスト（10月更新）",
    body=f"""セーフティガード 川崎営業所 御中

岩渕です。10月から巡回をお願いする警備員の方にも共有いただきたく、
社内で回している出入禁止者リストを転送します。見かけたらスタッフに連絡してください。

-------- 転送メッセージ --------
差出人: 長谷部 蘭 <hasebe@hinode-sangyo.co.jp>
日付: 2026/09/30 18:02
宛先: iwabuchi@hinode-sangyo.co.jp
件名: 【川崎店】出入禁止者リスト（10月更新）

岩渕さん

法務で確認済みの出入禁止者リストです（10月1日付）。

{_txt}

長谷部
""")

# --- 099 返信: 引用部は無害、新しい本文に5名の連絡先 (stop, new list in reply) ----------------------------
_s = students(5)
_lines = "\n".join(f"  {p.name}（{p.kana}）　携帯 {p.phone}" for p in _s)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "reply whose new text (not the quote) lists five staff with mobile numbers for the event company",
    charset="iso-2022-jp", sender=sender("kuroki"),
    to=["イベントクルー 現場統括 <genba@eventcrew.co.jp>"],
    subject="Re: 大宮ハロウィンナイト 当日スタッフの連絡先",
    body=f"""谷様

黒木です。大宮店側で当日入るスタッフの連絡先です。
ゾンビ仮装で誘導する5名です。

{_lines}

よろしくお願いします。

> 黒木様
> イベントクルーの谷です。
> 10/31 のハロウィンナイト、当日の店舗側スタッフの連絡先を
> いただけますでしょうか。無線が届かない場合の連絡用です。
""")

# --- 100 年会費のカード決済エラー一覧PDF (stop, card numbers) ----------------------------------------
_m = people(5, 1965, 2000)
_tbl = [["会員番号", "カード名義", "カード番号", "有効期限", "エラー"]]
for p in _m:
    c = card()
    _tbl.append([member_no("SR"), p.ROMAJI.upper(), f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}",
                 f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", R.choice(["G12 有効期限切れ", "G55 限度額超過", "G30 取引判定保留"])])
add("stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
    "PDF listing five members' full card numbers with holder names sent to the payment processor",
    charset="utf-8", sender=sender("usami"),
    to=["ペイゲート・ジャパン 加盟店サポート <support@paygate-japan.co.jp>"],
    subject="継続課金エラーの内容確認のお願い（加盟店ID 60118832）",
    body=f"""ペイゲート・ジャパン 加盟店サポート 御中

日の出産業 会員サービス課の宇佐美です。
プレミアム会員の年会費（継続課金）で、10月1日の決済がエラーとなった5件について、
エラーコードの意味と再決済の可否をご確認いただけますでしょうか。
一覧を PDF で添付いたします。
{sig("usami")}""",
    attachments=[{"kind": "pdf", "name": "継続課金エラー一覧_1001.pdf", "title": "継続課金エラー一覧",
                  "lines": ["継続課金エラー一覧（2026年10月1日処理分）", "加盟店ID 60118832 日の出産業株式会社", ""],
                  "table": _tbl}])
