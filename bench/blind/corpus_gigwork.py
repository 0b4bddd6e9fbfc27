"""Blind corpus, area "gigwork": 日の出産業 スキマバイト事業部 and its app 「ヒノデスキマ」.

日の出産業株式会社 runs an on-demand part-time matching app (スキマバイト): workers register
through the app, pick shifts at client stores, hotels, factories and warehouses, pass an
identity check (eKYC), get rated, are penalised for no-shows, and are paid to their own
bank accounts the day after a shift.  The mail below is what the business unit sends:
shift confirmations and worker lists to clients, payout batches and bank inquiries, the
eKYC vendor, accident reports to the insurer and lawyers, client billing, support tickets
escalated to the app vendor, tax and social-insurance paperwork, and plain internal mail.

Every person, worker ID, phone number, address, account, My Number, card number and
document number here is invented; the companies other than 日の出産業 and its listed
partners are fictional too.  Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 9401
rng = random.Random(SEED)
_seq = [SEED]


def next_my_number() -> str:
    s = _seq[0]
    _seq[0] += 1
    return my_number(s)


def next_card() -> str:
    s = _seq[0]
    _seq[0] += 1
    return card_number(s)


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    gap = w - dwidth(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + " " * max(gap, 0)


def columns(rows: list[list[str]], fill: str = " ", sep: str = "  ", rule: str = "-") -> str:
    widths = [max(dwidth(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append(sep.join(pad(str(c), widths[i], fill) for i, c in enumerate(r)).rstrip())
        if n == 0 and rule:
            out.append(rule * ((sum(widths) + dwidth(sep) * (len(widths) - 1)) // dwidth(rule)))
    return "\n".join(out)


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("四十万", "シジマ", "Shijima"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("百目鬼", "ドウメキ", "Domeki"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("我如古", "ガネコ", "Ganeko"),
    ("城間", "シロマ", "Shiroma"), ("古閑", "コガ", "Koga"), ("猪狩", "イガリ", "Igari"),
    ("雲母", "キララ", "Kirara"), ("新発田", "シバタ", "Shibata"), ("毛利", "モウリ", "Mori"),
    ("舟橋", "フナハシ", "Funahashi"), ("宍戸", "シシド", "Shishido"), ("朝比奈", "アサヒナ", "Asahina"),
    ("竹之内", "タケノウチ", "Takenouchi"), ("廣瀬", "ヒロセ", "Hirose"), ("蛭田", "ヒルタ", "Hiruta"),
    ("荻野目", "オギノメ", "Oginome"), ("杠", "ユズリハ", "Yuzuriha"), ("鬼塚", "オニツカ", "Onitsuka"),
]
GIVEN_F = [
    ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("美咲", "ミサキ", "Misaki"),
    ("さくら", "サクラ", "Sakura"), ("彩花", "アヤカ", "Ayaka"), ("真由", "マユ", "Mayu"),
    ("千尋", "チヒロ", "Chihiro"), ("奈々", "ナナ", "Nana"), ("詩織", "シオリ", "Shiori"),
    ("琴音", "コトネ", "Kotone"), ("芽衣", "メイ", "Mei"), ("恵子", "ケイコ", "Keiko"),
    ("由美子", "ユミコ", "Yumiko"), ("朋美", "トモミ", "Tomomi"), ("凛", "リン", "Rin"),
    ("萌", "モエ", "Moe"), ("志保", "シホ", "Shiho"), ("明日香", "アスカ", "Asuka"),
]
GIVEN_M = [
    ("翔太", "ショウタ", "Shota"), ("大輝", "ダイキ", "Daiki"), ("蓮", "レン", "Ren"),
    ("悠人", "ユウト", "Yuto"), ("拓海", "タクミ", "Takumi"), ("健一", "ケンイチ", "Kenichi"),
    ("和也", "カズヤ", "Kazuya"), ("亮", "リョウ", "Ryo"), ("颯太", "ソウタ", "Sota"),
    ("誠", "マコト", "Makoto"), ("隆之", "タカユキ", "Takayuki"), ("浩二", "コウジ", "Koji"),
    ("陸", "リク", "Riku"), ("湊", "ミナト", "Minato"), ("聡", "サトシ", "Satoshi"),
    ("剛", "ツヨシ", "Tsuyoshi"), ("直樹", "ナオキ", "Naoki"), ("樹", "イツキ", "Itsuki"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
PLACES = [
    ("東京都", "大田区", "西蒲田", "144"), ("東京都", "足立区", "梅島", "121"),
    ("東京都", "江戸川区", "船堀", "134"), ("東京都", "練馬区", "豊玉北", "176"),
    ("東京都", "八王子市", "子安町", "192"), ("神奈川県", "川崎市中原区", "新丸子町", "211"),
    ("神奈川県", "横浜市鶴見区", "潮田町", "230"), ("神奈川県", "相模原市中央区", "清新", "252"),
    ("埼玉県", "川口市", "芝新町", "333"), ("埼玉県", "所沢市", "東住吉", "359"),
    ("千葉県", "船橋市", "本中山", "273"), ("千葉県", "市川市", "行徳駅前", "272"),
    ("大阪府", "大阪市淀川区", "十三本町", "532"), ("大阪府", "堺市北区", "中百舌鳥町", "591"),
    ("愛知県", "名古屋市中村区", "太閤", "453"), ("福岡県", "福岡市博多区", "千代", "812"),
    ("北海道", "札幌市白石区", "東札幌三条", "003"), ("兵庫県", "尼崎市", "杭瀬本町", "660"),
]
BLDG = ["コーポ", "メゾン", "ハイツ", "グランシャトー", "サンライズ", "レジデンス", "パレス"]
BANKS = [
    ("みどり銀行", ["本店営業部", "渋谷支店", "川口支店", "船橋支店", "梅田支店", "博多支店"]),
    ("あおぞら台信用金庫", ["本店", "駅前支店", "北口支店"]),
    ("東和ネット銀行", ["さくら支店", "もみじ支店", "ひまわり支店"]),
    ("ゆりかもめ銀行", ["新宿支店", "横浜西口支店", "大宮支店"]),
]
REF_YEAR = 2026


def phone() -> str:
    return f"{rng.choice(['090', '080', '070', '090', '080'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def address() -> tuple[str, str]:
    pref, city, town, z = rng.choice(PLACES)
    a = f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    if rng.random() < 0.45:
        a += f" {rng.choice(BLDG)}{town[:2]}{rng.randrange(1, 6)}0{rng.randrange(1, 9)}"
    return f"{z}-{rng.randrange(0, 10000):04d}", a


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    return f"{ab}{ey:02d}/{m:02d}/{d:02d}"


def bank() -> str:
    b, branches = rng.choice(BANKS)
    return f"{b} {rng.choice(branches)} 普通 {rng.randrange(1000000, 10000000)}"


def person(gender: str | None = None, lo: int = 1966, hi: int = 2006) -> dict:
    g = gender or rng.choice("FM")
    sn = rng.choice(SURNAMES)
    gn = rng.choice(GIVEN_F if g == "F" else GIVEN_M)
    y, m, d = rng.randrange(lo, hi + 1), rng.randrange(1, 13), rng.randrange(1, 29)
    z, a = address()
    mail_local = rng.choice([
        f"{gn[2].lower()}.{sn[2].lower()}{rng.randrange(1, 99)}",
        f"{sn[2].lower()}_{gn[2].lower()}",
        f"{gn[2].lower()}{rng.randrange(1980, 2008)}",
        f"{sn[2][0].lower()}{gn[2].lower()}.{rng.choice(['work', 'baito', 'x', 'mm', 'sk'])}",
    ])
    return {
        "sei": sn[0], "mei": gn[0], "name": f"{sn[0]} {gn[0]}", "kana": f"{sn[1]} {gn[1]}",
        "roma": f"{gn[2]} {sn[2]}", "g": "女" if g == "F" else "男", "gender": g,
        "phone": phone(), "email": f"{mail_local}@{rng.choice(FREEMAIL)}", "zip": z, "addr": a,
        "dob": (y, m, d), "dob_s": f"{y}/{m:02d}/{d:02d}", "age": REF_YEAR - y - (1 if m > 6 else 0),
        "wid": f"W{rng.randrange(1000000, 10000000)}", "bank": bank(),
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete it.")

SIG_SHINOZUKA = """--
日の出産業株式会社 スキマバイト事業部
マッチング運営課 篠塚 麻衣（しのづか まい）
〒105-0014 東京都港区芝2-8-11 日の出ビル6F
TEL 03-5418-7720 / FAX 03-5418-7729
shinozuka.mai@hinode-sangyo.co.jp"""

SIG_USAMI = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
スキマバイト事業部 クライアントサクセス
宇佐美 健吾 Kengo Usami
TEL: 03-5418-7722　携帯: 080-4410-2956
Mail: usami.kengo@hinode-sangyo.co.jp
スキマ時間で働く「ヒノデスキマ」 https://sukima.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OKOCHI = """日の出産業株式会社
スキマバイト事業部 カスタマーサポート
大河内 瑞穂
〒105-0014 東京都港区芝2-8-11
TEL 03-5418-7730（平日10:00-18:00）"""

SIG_HIGA = """------------------------------------
日の出産業株式会社 管理本部 経理部 支払グループ
比嘉 龍之介
TEL 03-5418-7701 内線 2214
higa.ryunosuke@hinode-sangyo.co.jp
------------------------------------"""

SIG_MANABE = """眞鍋 紗希
日の出産業株式会社 スキマバイト事業部 本人確認チーム
TEL 03-5418-7735"""

SIG_KURIBAYASHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 スキマバイト事業部
安全衛生・労務グループ　栗林 徹
〒105-0014 東京都港区芝2-8-11 日の出ビル6F
TEL 03-5418-7740　FAX 03-5418-7749
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KANZAKI = """--
神崎 ユリ / Yuri Kanzaki
日の出産業株式会社 情報システム部（スキマバイト基盤担当）
kanzaki.yuri@hinode-sangyo.co.jp / 03-5418-7790"""

SIG_TOKASHIKI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 スキマバイト事業部 法人営業課
渡嘉敷 誠（とかしき まこと）
〒530-0001 大阪府大阪市北区梅田3-1-4 日の出梅田ビル9F（関西オフィス）
TEL 06-6341-5510 / 携帯 070-3392-8814
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HOSHINO_EN = """Best regards,
Daniel Hoshino
Product Manager, Sukima Gig Platform
Hinode Sangyo Co., Ltd.
2-8-11 Shiba, Minato-ku, Tokyo 105-0014, Japan
+81-3-5418-7795"""

SIG_KOGURE = """--
日の出産業株式会社 スキマバイト事業部 事業企画室
木暮 沙耶香
TEL 03-5418-7711"""

SHINOZUKA = "篠塚 麻衣 <shinozuka.mai@hinode-sangyo.co.jp>"
USAMI = "宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>"
OKOCHI = "大河内 瑞穂 <okochi.mizuho@hinode-sangyo.co.jp>"
HIGA = "比嘉 龍之介 <higa.ryunosuke@hinode-sangyo.co.jp>"
MANABE = "眞鍋 紗希 <manabe.saki@sukima.hinode-sangyo.co.jp>"
KURIBAYASHI = "栗林 徹 <kuribayashi.toru@hinode-sangyo.co.jp>"
KANZAKI = "神崎 ユリ <kanzaki.yuri@hinode-sangyo.co.jp>"
TOKASHIKI = "渡嘉敷 誠 <tokashiki.makoto@hinode-sangyo.co.jp>"
HOSHINO = "Daniel Hoshino <hoshino.daniel@hinode-sangyo.co.jp>"
KOGURE = "木暮 沙耶香 <kogure.sayaka@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001  shift roster to a supermarket client, space-padded columns — STOP
_w = people(6)
add(
    id="gigwork-001", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["丸茂マート 蒲田店 店長 金子様 <kaneko.t@marumo-mart.co.jp>"],
    subject="【ヒノデスキマ】9/14(月) 品出しシフト 確定ワーカーのご連絡",
    body=f"""丸茂マート 蒲田店
店長 金子様

いつもお世話になっております。日の出産業 スキマバイト事業部の篠塚です。

9/14(月) 6:00-10:00 の品出し・前出し作業（募集6名）につきまして、
マッチングが確定いたしましたのでご連絡いたします。

{columns([["氏名", "年齢", "性別", "携帯番号"]] + [[w["name"], str(w["age"]), w["g"], w["phone"]] for w in _w])}

当日は店舗裏口の通用口から入館するよう案内しております。
欠員が出た場合は前日20時までに補充をかけ、改めてご連絡いたします。

よろしくお願いいたします。

{SIG_SHINOZUKA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six workers' names, ages and mobile numbers in a padded table to an external client",
)

# 002  two workers' phones to the hotel banquet captain — PASS (warn)
_w = people(2)
add(
    id="gigwork-002", charset="iso-2022-jp", sender=USAMI,
    to=["さくらホテル 宴会サービス課 <banquet@sakura-hotel.jp>"],
    subject="Re: 明日の宴会サービス 追加2名の件",
    body=f"""さくらホテル 宴会サービス課
石動キャプテン

お世話になっております。宇佐美です。
明日 17:00〜22:00 の追加2名、無事に決まりました。

・{_w[0]['name']} さん（携帯 {_w[0]['phone']}）
・{_w[1]['name']} さん（携帯 {_w[1]['phone']}）

お二人とも宴会サービス経験ありです。遅延などあれば直接ご連絡いただいて構いません。
黒のスラックス・黒靴は持参と伝えています。

{SIG_USAMI}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="only two workers' contact numbers to the partner hotel: below the list threshold",
)

# 003  payout 組戻し request to the partner bank, tab-separated — STOP
_w = people(7)
_rows = "\n".join(
    f"{i + 1}\t2026/09/0{rng.randrange(1, 8)}\t{w['kana'].replace(' ', '　')}\t{w['bank']}\t{rng.randrange(28, 160) * 100:,}円"
    for i, w in enumerate(_w))
add(
    id="gigwork-003", charset="cp932", sender=HIGA,
    to=["みどり銀行 法人営業部 為替担当 <kawase-houjin@midori-ginko.co.jp>"],
    subject="総合振込 組戻し依頼（日の出産業 ワーカー報酬 9月第1週分）",
    body=f"""みどり銀行 法人営業部 為替ご担当者様

いつも大変お世話になっております。日の出産業 経理部の比嘉でございます。

9月第1週に総合振込で送金いたしましたワーカー報酬のうち、
下記7件について二重送金が判明いたしました。組戻しのお手続きをお願いできますでしょうか。

No\t振込日\t受取人名義\t振込先口座\t金額
{_rows}

組戻し依頼書（原本）は本日付で郵送いたします。
ご不明点がございましたらご連絡ください。

{SIG_HIGA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="seven workers' bank accounts with kana holder names, tab-separated, to the bank",
)

# 004  single returned transfer, quoted bank reply under 差出人/送信日時 — PASS
_w = person()
add(
    id="gigwork-004", charset="iso-2022-jp", sender=HIGA,
    to=["みどり銀行 渋谷支店 <shibuya-eigyo@midori-ginko.co.jp>"],
    subject="RE: 振込不能のご連絡（受付番号 FK-260911-0037）",
    body=f"""みどり銀行 渋谷支店
窓口ご担当 吉岡様

お世話になっております。比嘉です。
ご連絡ありがとうございました。該当ワーカーに確認したところ、口座番号の入力誤りでした。
正しい振込先は以下のとおりです。再振込は明日の総合振込に含めます。

受取人：{_w['kana']}
振込先：{_w['bank']}

{SIG_HIGA}

差出人: みどり銀行 渋谷支店 <shibuya-eigyo@midori-ginko.co.jp>
送信日時: 2026年9月11日 10:42
宛先: 比嘉 龍之介
件名: 振込不能のご連絡（受付番号 FK-260911-0037）

日の出産業株式会社 経理部 御中
9/10 付のお振込のうち1件が「口座番号相違」により返却となりました。
ご確認のほどお願い申し上げます。
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one worker's corrected account to the partner bank; a single record is not a list",
)

# 005  accident report to the insurer with a diagnosis — STOP
_w = person("M", 1985, 2003)
add(
    id="gigwork-005", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["星空損害保険 企業賠償サービスセンター <kigyo-claim@hoshizora-sonpo.co.jp>"],
    subject="【事故報告】傷害保険 証券番号 HZ-7741-0392 ワーカー負傷の件",
    body=f"""星空損害保険株式会社
企業賠償サービスセンター ご担当者様

お世話になっております。日の出産業の栗林です。
弊社スキマバイトアプリ経由で就業中のワーカーが負傷いたしましたので、第一報をお送りします。

■発生日時：2026年9月8日（火）14時20分頃
■発生場所：北国フーズ株式会社 千葉第二工場 包装ライン
■被災者：{_w['name']}（{_w['kana']}）
　生年月日 {_w['dob_s']}（{_w['age']}歳）
■状況：段ボール供給機のローラーに右手を巻き込まれ受傷。
■診断：同日、市川中央病院にて「右手第3・第4中手骨骨折」と診断。全治約8週間の見込み。
　手術の要否は9/15の再診で判断とのことです。

労災申請は別途進めております。保険金請求書類のご案内をお願いいたします。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named worker's fracture diagnosis (medical, 要配慮) and birth date to an insurer",
)

# 006  same accident, internal flash report with everything — PASS (internal)
add(
    id="gigwork-006", charset="utf-8", sender=KURIBAYASHI,
    to=["スキマ事業部 幹部 <sukima-mgmt@hinode-sangyo.co.jp>"],
    cc=["法務部 <legal@hinode-sangyo.co.jp>", "宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>"],
    subject="【事故速報・社内限り】北国フーズ千葉第二工場 ワーカー負傷",
    body=f"""関係各位

栗林です。本日の負傷事故の速報です（社内限り）。

被災者　　：{_w['name']}（ワーカーID {_w['wid']}）
連絡先　　：{_w['phone']}
住所　　　：〒{_w['zip']} {_w['addr']}
傷病名　　：右手第3・第4中手骨骨折（市川中央病院 整形外科）
既往歴　　：本人申告で腰椎椎間板ヘルニア（2023年手術）あり
就業内容　：包装ライン補助（本人初回の勤務先）

北国フーズ側の安全教育記録（入場時KY）の提出を依頼済みです。
保険会社への第一報は私から送付済み。明朝9時に事業部内で対応会議を行います。

栗林
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="all recipients are internal (hinode-sangyo.co.jp), whatever the medical detail",
)

# 007  eKYC manual re-check with a driver's licence number — STOP
_w = person("F", 1990, 2004)
_dl = f"30{rng.randrange(10, 24)}{rng.randrange(10000000, 100000000)}"
add(
    id="gigwork-007", charset="utf-8", sender=MANABE,
    to=["KAKUNIN-ID 審査オペレーション <ops-review@kakunin-id.jp>"],
    subject="目視再審査のお願い（申請ID KYC-2609-58812）",
    body=f"""KAKUNIN-ID株式会社
審査オペレーション ご担当者様

お世話になっております。日の出産業 本人確認チームの眞鍋です。

以下の申請について、自動判定が「券面読取エラー」で差し戻しになっています。
本人から再提出の連絡があり、券面情報を手入力で確認しましたので目視での再審査をお願いします。

申請ID：KYC-2609-58812
氏名：{_w['name']}
生年月日：{wareki(*_w['dob'])}
書類種別：運転免許証
免許証番号：{_dl}
有効期限：2029年{_w['dob'][1]}月{_w['dob'][2]}日まで

結果はいつもの管理画面で構いません。

{SIG_MANABE}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a worker's driver's licence number and birth date sent to the eKYC vendor",
)

# 008  eKYC monthly statistics, counts only — PASS
add(
    id="gigwork-008", charset="iso-2022-jp", sender=MANABE,
    to=["KAKUNIN-ID 営業担当 村雨様 <murasame@kakunin-id.jp>"],
    subject="8月度 本人確認処理件数のご確認",
    body="""KAKUNIN-ID株式会社
村雨様

いつもお世話になっております。眞鍋です。
8月度の処理件数について、弊社側の集計と突合いたしました。

  区分                 貴社請求件数   弊社集計
  ------------------------------------------------
  自動判定（承認）         18,204       18,204
  自動判定（否認）          1,377        1,377
  目視審査                    642          640
  再提出                      913          913

目視審査が2件ずれておりますが、8/31 23時台の受付分が月跨ぎになっているためと思われます。
9月分に計上いただく形で問題ございません。請求書はその内容でお願いします。

眞鍋
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate counts to a vendor; no person's data",
)

# 009  no-show list to the hotel WITHOUT a name column — STOP
_w = people(5, lo=1995, hi=2006)
_lines = "\n".join(
    f"{w['wid']}  {w['dob_s']}  {w['phone']}  9/{rng.randrange(1, 13)} {rng.choice(['客室清掃', 'ベッドメイク', '洗い場', '朝食配膳'])}"
    for w in _w)
add(
    id="gigwork-009", charset="iso-2022-jp", sender=USAMI,
    to=["さくらホテル 人事総務 <jinji@sakura-hotel.jp>"],
    subject="9月上旬 無断欠勤（ノーショー）発生状況のご報告",
    body=f"""さくらホテル 人事総務ご担当者様

お世話になっております。宇佐美です。
先日ご要望のあった、貴館シフトでの無断欠勤者の状況をお送りします。
いずれもアプリ上でペナルティ（30日間の応募停止）を付与済みです。

ワーカーID  生年月日    携帯番号       欠勤日/業務
{_lines}

貴館の出入管理台帳との照合にお使いください。

{SIG_USAMI}
""",
    expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five workers' rows (ID, birth date, mobile) with no name column, to an external hotel",
)

# 010  no-show warning to the worker herself on free mail — PASS
add(
    id="gigwork-010", charset="iso-2022-jp", sender="ヒノデスキマ サポート <support@sukima.hinode-sangyo.co.jp>",
    to=["ayaka.shiroma07@yahoo.co.jp"],
    subject="【ヒノデスキマ】無断欠勤に伴うペナルティのお知らせ",
    body="""城間 彩花 様

ヒノデスキマをご利用いただきありがとうございます。
9月10日（木）09:00〜13:00「ドラッグ ミナミ 船堀店 品出し」のお仕事について、
開始時刻までにチェックインが確認できず、店舗からも出勤がなかったとの報告がありました。

利用規約第14条に基づき、以下の措置を行いました。
・ペナルティポイント：+2（累計2）
・9月25日まで新規応募の一時停止

体調不良など、やむを得ない事情があった場合はアプリの「お問い合わせ」から
事情をお知らせください。内容を確認のうえ、ペナルティを取り消す場合がございます。

ヒノデスキマ サポートデスク
（このメールは送信専用アドレスから送信しています）
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one worker's own notice to her own free-mail address",
)

# 011  invoice to the logistics partner, T-number in the body and PDF — PASS
add(
    id="gigwork-011", charset="iso-2022-jp", sender=HIGA,
    to=["青葉運輸 経理部 買掛金担当 <kaikake@aoba-unyu.co.jp>"],
    cc=["宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>"],
    subject="【請求書送付】2026年8月度 スキマバイト利用料（請求番号 HS-INV-2608-0412）",
    body="""青葉運輸株式会社
経理部 買掛金ご担当者様

平素は格別のご高配を賜り厚く御礼申し上げます。
2026年8月度のスキマバイト利用料の請求書をお送りいたします。

請求番号：HS-INV-2608-0412
ご請求金額：3,846,720円（税込）
お支払期日：2026年9月30日
登録番号：T5010401087420

稼働内訳（拠点別）
  厚木DC　　　　延べ 412名 / 1,648時間
  座間第二倉庫　延べ 268名 / 1,072時間
  相模原センター 延べ 131名 /   524時間

お振込先：みどり銀行 本店営業部 当座 0482215 ニチノデサンギヨウ（カ

ご査収のほどよろしくお願い申し上げます。

""" + SIG_HIGA,
    attachments=[{"kind": "pdf", "name": "請求書_HS-INV-2608-0412.pdf", "title": "請求書",
                  "lines": ["請求書", "青葉運輸株式会社 御中", "請求番号 HS-INV-2608-0412",
                            "日の出産業株式会社 登録番号 T5010401087420",
                            "ご請求金額 3,846,720円（税込）"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["スキマバイト利用料 厚木DC", "1,648h", "1,250", "2,060,000"],
                            ["スキマバイト利用料 座間第二倉庫", "1,072h", "1,250", "1,340,000"],
                            ["スキマバイト利用料 相模原センター", "524h", "1,250", "655,000"],
                            ["出精値引", "", "", "-558,000"], ["消費税(10%)", "", "", "349,720"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="ordinary client invoice with the company's own T-number and bank account, no worker data",
)

# 012  billing detail with worker names and hours only — EITHER
_w = people(8)
_sheet = [["2026年8月度 稼働明細（北国フーズ 千葉第二工場）"], [],
          ["日付", "ワーカー氏名", "業務", "開始", "終了", "実働(h)"]]
for w in _w:
    _sheet.append([f"2026/08/{rng.randrange(1, 29):02d}", w["name"], rng.choice(["包装", "検品", "ピッキング"]),
                   "8:00", "17:00", 8])
add(
    id="gigwork-012", charset="iso-2022-jp", sender=USAMI,
    to=["北国フーズ 千葉第二工場 総務課 <soumu-chiba2@kitaguni-foods.co.jp>"],
    subject="8月度 稼働明細のご送付",
    body=f"""北国フーズ株式会社 千葉第二工場
総務課 ご担当者様

お世話になっております。宇佐美です。
8月度の稼働明細をお送りします。請求書の金額根拠としてご確認ください。
勤怠の打刻漏れがあった方は工場側の記録で補正済みです。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "稼働明細_202608_千葉第二.xlsx", "sheets": {"明細": _sheet}}],
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="eight workers' names with dates and hours only, to the client they worked for: a billing record some would let go",
)

# 013  one support ticket escalated to the app vendor — PASS (warn)
_w = person("M", 1996, 2005)
add(
    id="gigwork-013", charset="utf-8", sender=OKOCHI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="[ESC] チケット#48213 チェックイン時にQRが読み取れない",
    body=f"""ツバサシステム 保守ご担当者様

お世話になっております。日の出産業 サポートの大河内です。
以下のチケットのエスカレーションをお願いします。

チケット番号：#48213
ユーザー：{_w['name']}（{_w['wid']}）
登録メール：{_w['email']}
電話：{_w['phone']}
端末：Pixel 7a / Android 15 / アプリ v4.12.0
事象：店舗掲示のQRを読み取るとアプリが落ちる（9/9以降、3回連続）
再現：弊社検証端末（Android 15）でも同様にクラッシュを確認

クラッシュログは管理画面のチケットに添付済みです。
ご確認よろしくお願いいたします。

{SIG_OKOCHI}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single user's contact in a support escalation to the partner vendor",
)

# 014  support-ticket CSV export to the vendor — STOP
_w = people(25)
_csv = [["ticket_id", "created_at", "worker_id", "name", "email", "tel", "category", "status"]]
for i, w in enumerate(_w):
    _csv.append([str(48100 + i * 7), f"2026-09-{rng.randrange(1, 12):02d} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}",
                 w["wid"], w["name"], w["email"], w["phone"],
                 rng.choice(["ログイン", "報酬振込", "本人確認", "チェックイン", "退会"]), rng.choice(["open", "pending"])])
add(
    id="gigwork-014", charset="utf-8", sender=KANZAKI,
    to=["ツバサシステム 開発 森永様 <morinaga@tsubasa-system.jp>"],
    subject="Re: ログイン不具合の影響範囲調査用データ",
    body=f"""ツバサシステム 森永様

神崎です。ご依頼のあった、9/1〜9/11 の未解決チケット一覧（CSV）を添付します。
影響範囲の洗い出しにご利用ください。調査後は削除をお願いします。

{SIG_KANZAKI}
""",
    attachments=[{"kind": "csv", "name": "open_tickets_20260911.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="25 users' names, e-mail addresses and phones in a CSV to an external vendor",
)

# 015  bug report to a look-alike of the vendor's domain — STOP
add(
    id="gigwork-015", charset="iso-2022-jp", sender=KANZAKI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="v4.12.1 リリース判定会議の日程について",
    body=f"""ツバサシステム 保守窓口 ご担当者様

お世話になっております。神崎です。
v4.12.1（チェックイン時クラッシュ修正）のリリース判定会議ですが、
9/16（水）15:00〜 もしくは 9/17（木）10:00〜 でご都合いかがでしょうか。
検証環境での回帰テスト結果（142件中 142件 OK）は事前に共有いただけると助かります。

{SIG_KANZAKI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a dropped-letter look-alike of the partner tsubasa-system.jp",
)

# 016  release meeting with two external organisations — PASS
add(
    id="gigwork-016", charset="iso-2022-jp", sender=KANZAKI,
    to=["森永 <morinaga@tsubasa-system.jp>"],
    cc=["川崎電機 生産管理部 野々村様 <nonomura@kawasaki-denki.co.jp>",
        "篠塚 麻衣 <shinozuka.mai@hinode-sangyo.co.jp>"],
    subject="工場向け打刻端末連携 キックオフ（9/24）",
    body=f"""ツバサシステム 森永様
川崎電機 野々村様

お世話になっております。日の出産業の神崎です。
川崎電機様 厚木工場の入退場ゲートとヒノデスキマのチェックイン連携について、
キックオフを下記で設定させていただきました。

日時：9月24日（木）14:00〜15:30
場所：川崎電機 厚木工場 管理棟2F 第3会議室（Teams併用）
議題：
 1. 現行の入場フロー（ゲートカード貸与）の確認
 2. QRチェックインとゲートログの突合方式
 3. スケジュール

資料は前日までにお送りします。

{SIG_KANZAKI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="an ordinary three-way meeting mail: two external organisations in To/Cc",
)

# 017  seminar invitation with five client companies visible in To — STOP
add(
    id="gigwork-017", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["丸茂マート 人事部 <jinji@marumo-mart.co.jp>", "青葉運輸 <info@aoba-unyu.co.jp>",
        "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>", "夢屋ダイニング 本部 <honbu@yumeya-dining.jp>",
        "さくらホテル 人事総務 <jinji@sakura-hotel.jp>"],
    subject="【ご招待】繁忙期の人手不足対策セミナー（10/8 大阪）",
    body=f"""各位

平素よりヒノデスキマをご利用いただき、誠にありがとうございます。
日の出産業 法人営業課の渡嘉敷でございます。

年末の繁忙期に向けて、スキマバイトを活用した人員計画のセミナーを開催いたします。

日時：2026年10月8日（木）15:00〜17:00
会場：日の出梅田ビル 9F セミナールーム（オンライン同時配信あり）
内容：・昨年繁忙期の充足率データのご紹介
　　　・ノーショーを減らす募集文の書き方
　　　・導入企業様の事例（物流・食品工場）

お申込みは本メールへのご返信でお願いいたします。

{SIG_TOKASHIKI}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five client companies can see each other's addresses in To: should have been Bcc",
)

# 018  the same kind of announcement done right, via Bcc — PASS
add(
    id="gigwork-018", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["渡嘉敷 誠 <tokashiki.makoto@hinode-sangyo.co.jp>"],
    bcc=["jinji@marumo-mart.co.jp", "info@aoba-unyu.co.jp", "soumu@kitaguni-foods.co.jp",
         "honbu@yumeya-dining.jp", "jinji@sakura-hotel.jp", "somu@kirameki-hall.co.jp"],
    subject="年末年始のサポート窓口営業について",
    body=f"""お取引先各位

※本メールはBCCにて一斉にお送りしております。

いつもヒノデスキマをご利用いただきありがとうございます。
年末年始のクライアント向けサポート窓口の営業日をお知らせいたします。

　12月29日（火）〜1月3日（日）：チャット窓口のみ（10:00〜17:00）
　1月4日（月）：通常営業

期間中も求人掲載・マッチングは通常どおりご利用いただけます。
緊急時（当日欠員など）は管理画面の「緊急連絡」ボタンをご利用ください。

{SIG_TOKASHIKI}
""",
    expect="pass", entities=[], detectors=[],
    note="announcement to many clients sent in Bcc, only the sender in To",
)

# 019  worker campaign mail with four private addresses in To — STOP
add(
    id="gigwork-019", charset="utf-8", sender="ヒノデスキマ 運営事務局 <campaign@sukima.hinode-sangyo.co.jp>",
    to=["riku.nakasone22@gmail.com", "mayu0412.k@yahoo.co.jp",
        "tsuyoshi-h.baito@docomo.ne.jp", "shiho_asahina@icloud.com"],
    subject="【当選のお知らせ】9月稼働キャンペーン Amazonギフト券",
    body="""ヒノデスキマをご利用の皆さま

9月稼働キャンペーン（期間中10回以上の勤務）にご参加いただきありがとうございました。
抽選の結果、皆さまが当選されましたのでお知らせします。

ギフト券コードは10月5日までに、アプリのお知らせ欄にお届けします。
引き続きヒノデスキマをよろしくお願いいたします。

ヒノデスキマ 運営事務局
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private persons' addresses visible to each other in To (should have been Bcc)",
)

# 020  reply with the client's worker list only in the quoted part — PASS
_w = people(6)
_q = "\n".join(f"> {w['name']}　{w['phone']}　{w['wid']}" for w in _w)
add(
    id="gigwork-020", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 座間第二倉庫 センター長 <zama2-center@aoba-unyu.co.jp>"],
    subject="Re: 9/19 入場予定者の確認",
    body=f"""青葉運輸 座間第二倉庫
村主センター長

お世話になっております。篠塚です。
ご確認ありがとうございます。6名とも相違ございません。
当日は7:45までに守衛所へ集合するよう、アプリから再度通知いたします。

{SIG_SHINOZUKA}

2026年9月16日(水) 18:02 村主 <zama2-center@aoba-unyu.co.jp>:
> 日の出産業 篠塚様
> 9/19の入場予定者、守衛所に登録する名簿として以下で合っていますか。
{_q}
> 以上6名、よろしくお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list is only quoted from the client's own mail; the new text has no data",
)

# 021  forward of a client's evaluation mail (worker list) to another company — STOP
_w = people(6)
_blk = "\n".join(f"・{w['name']}（{w['wid']}）評価{rng.choice(['A', 'B', 'C'])}　TEL {w['phone']}" for w in _w)
add(
    id="gigwork-021", charset="iso-2022-jp", sender=USAMI,
    to=["なぎさスタッフサービス 営業部 <eigyo@nagisa-staff.co.jp>"],
    subject="FW: 【青葉運輸】9月前半の優秀ワーカーについて",
    body=f"""なぎさスタッフサービス 御中

お世話になっております。宇佐美です。
青葉運輸様の10月の増員分について、貴社で長期派遣へ切り替えられる方がいないか、
以前お話しした件です。クライアントから届いた評価を転送しますので、ご参考ください。

---------- Forwarded message ---------
From: 青葉運輸 人事課 <jinji@aoba-unyu.co.jp>
Date: 2026年9月15日(火) 11:20
Subject: 【青葉運輸】9月前半の優秀ワーカーについて
To: 宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>

宇佐美様
9月前半、厚木DCで特に評価の高かった方です。継続的に来ていただけると助かります。
{_blk}

青葉運輸 人事課 早乙女
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded list of six workers with phones and ratings goes to a third company: forwards count",
)

# 022  fee revision PDF stamped 社外秘 only inside the attachment — STOP
add(
    id="gigwork-022", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["丸茂マート 本部 購買部 <koubai@marumo-mart.co.jp>"],
    subject="2027年度 ご利用料金のご案内（ドラフト）",
    body=f"""丸茂マート株式会社
購買部 仙波様

お世話になっております。渡嘉敷です。
先日の打合せでお話しした2027年度のご利用料金について、ドラフトをお送りします。
店舗数に応じた段階料金の部分をご確認いただけますと幸いです。

{SIG_TOKASHIKI}
""",
    attachments=[{"kind": "pdf", "name": "2027_料金体系_ドラフト_v3.pdf", "title": "2027年度料金体系",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 スキマバイト事業部 社外秘",
                  "lines": ["2027年度 ヒノデスキマ ご利用料金（案）", "", "1. 基本手数料 ワーカー報酬の30%",
                            "2. 店舗数割引 50店舗以上 27% / 100店舗以上 25%",
                            "3. 当日欠員補充オプション 1件あたり 1,500円",
                            "4. 他社比較（内部検討用） A社 32% / B社 30% / C社 28%"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached pricing draft is stamped 社外秘 in its page header; the mail body does not say so",
)

# 023  talk about the NDA with a new division of a partner — PASS
add(
    id="gigwork-023", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["北国フーズ 法務部 <houmu@kitaguni-foods.co.jp>"],
    subject="秘密保持契約書（ドラフト）の送付について",
    body=f"""北国フーズ株式会社
法務部 ご担当者様

お世話になっております。日の出産業の渡嘉敷です。
北海道工場での導入検討にあたり、貴社フォーマットの秘密保持契約書を拝受しました。
弊社法務で確認したところ、以下2点の修正をお願いしたく存じます。

1. 第3条（秘密情報の範囲）：ワーカーの個人情報は別途の業務委託契約で扱うため、本契約の対象外と明記
2. 第9条（有効期間）：契約終了後の秘密保持義務を5年から3年へ

修正案を反映したWordファイルを添付します。ご検討のほどお願いいたします。

{SIG_TOKASHIKI}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_北国フーズ様_日の出産業修正案.docx",
                  "paragraphs": ["秘密保持契約書", "北国フーズ株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、",
                                 "第1条（目的） 本契約は、甲乙間のスキマバイト導入検討に際し開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報の範囲） ……ただし、ワーカーの個人情報の取扱いは別途締結する業務委託契約による。",
                                 "第9条（有効期間） 本契約終了後3年間は、第2条の義務を存続する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with a draft contract: talk of confidentiality, no marking",
)

# 024  ordinary job posting confirmation with the standard disclaimer — PASS
add(
    id="gigwork-024", charset="iso-2022-jp", sender=USAMI,
    to=["夢屋ダイニング 新宿東口店 <shinjuku-e@yumeya-dining.jp>"],
    subject="求人掲載内容のご確認（ホール・ランチ帯）",
    body=f"""夢屋ダイニング 新宿東口店
店長 樋渡様

お世話になっております。宇佐美です。
ご依頼の求人を以下の内容で下書き登録しました。問題なければ公開いたします。

・業務：ホール（配膳・バッシング）
・時間：11:00〜15:00（休憩なし）
・時給：1,350円＋交通費上限500円
・募集人数：平日各2名
・服装：白シャツ（貸与エプロンあり）、黒ズボン
・持ち物：なし

{SIG_USAMI}

{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="routine business mail; the confidentiality disclaimer is boilerplate, not a marking",
)

# 025  PPAP zip of a shift roster to a partner factory — STOP
_w = people(9)
add(
    id="gigwork-025", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["川崎電機 厚木工場 総務課 <atsugi-soumu@kawasaki-denki.co.jp>"],
    subject="10月第1週 入構予定者名簿（パスワード別送）",
    body=f"""川崎電機株式会社 厚木工場
総務課 ご担当者様

お世話になっております。篠塚です。
10月第1週の入構予定者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "zip", "name": "入構予定者_202610W1.zip", "password": "Atg#2610w1",
                  "files": [{"kind": "xlsx", "name": "入構予定者_202610W1.xlsx",
                             "sheets": {"名簿": [["氏名", "生年月日", "携帯"]] +
                                        [[w["name"], w["dob_s"], w["phone"]] for w in _w]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the guard cannot read what it carries",
)

# 026  corrupt workbook to the logistics partner — STOP
add(
    id="gigwork-026", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 厚木DC 事務所 <atsugi-dc@aoba-unyu.co.jp>"],
    subject="来週の募集枠（厚木DC）確認用シート",
    body=f"""青葉運輸 厚木DC
事務所ご担当者様

お世話になっております。篠塚です。
来週分の募集枠と確定状況をまとめたシートを添付しました。
開けない場合はお知らせください（先週同様、社内のファイルサーバ経由で保存し直しています）。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "corrupt", "name": "厚木DC_募集枠_0921週.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 027  支払調書 data with My Numbers to the outside tax accountant — STOP
_w = people(12, lo=1970, hi=2000)
_rows = [["2026年分 報酬・料金等の支払調書 作成用データ（日の出産業 スキマバイト事業部）"],
         ["※単発業務委託ワーカーのうち年間支払額5万円超の者"], [],
         ["No", "氏名", "フリガナ", "個人番号", "住所", "支払金額", "源泉徴収税額"]]
for i, w in enumerate(_w):
    amt = rng.randrange(52, 900) * 1000
    _rows.append([i + 1, w["name"], w["kana"], next_my_number(), w["addr"], amt, int(amt * 0.1021)])
add(
    id="gigwork-027", charset="iso-2022-jp", sender=HIGA,
    to=["橘税理士事務所 <office@tachibana-zeirishi.jp>"],
    subject="支払調書作成用データの送付",
    body=f"""橘税理士事務所
橘先生

いつもお世話になっております。日の出産業 経理部の比嘉です。
業務委託ワーカー分の支払調書作成用データをお送りします。
法定調書合計表とあわせてご作成いただけますでしょうか。

{SIG_HIGA}
""",
    attachments=[{"kind": "xlsx", "name": "支払調書データ_2026.xlsx",
                  "sheets": {"支払調書": _rows, "集計": [["人数", 12], ["支払総額", "=SUM(支払調書!F5:F16)"]]}}],
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="twelve workers' My Numbers with names and addresses in an XLSX to an outside accountant",
)

# 028  one worker's My Number in running text — STOP
_w = person("F", 1975, 1992)
_mn = next_my_number()
add(
    id="gigwork-028", charset="utf-8", sender=HIGA,
    to=["かなで税理士法人 担当 高見沢様 <takamizawa@kanade-tax.jp>"],
    subject="Re: 個人番号の記載漏れについて",
    body=f"""かなで税理士法人
高見沢様

お世話になっております。比嘉です。
ご指摘いただいた支払調書の個人番号の記載漏れの件、ワーカー本人から回答がありました。
{_w['name']}さんの個人番号は {_mn[:4]} {_mn[4:8]} {_mn[8:]} とのことです。
本人確認書類（マイナンバーカード表面）はアプリで確認済みです。

お手数ですが、追記のうえ再作成をお願いいたします。

{SIG_HIGA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="one worker's My Number inside a sentence to an external tax firm",
)

# 029  a residence card number for a work-permission check — STOP
_rc = f"{rng.choice(['AB', 'EH', 'UF', 'QK'])}{rng.randrange(10000000, 100000000)}{rng.choice(['CD', 'FA', 'JP', 'RT'])}"
add(
    id="gigwork-029", charset="iso-2022-jp", sender=MANABE,
    to=["青葉運輸 人事課 <jinji@aoba-unyu.co.jp>"],
    subject="外国籍ワーカーの就労資格確認について",
    body=f"""青葉運輸株式会社
人事課 早乙女様

お世話になっております。日の出産業 本人確認チームの眞鍋です。
お問い合わせのあった、9/22 厚木DC シフトのワーカーの就労資格について回答します。

氏名：NGUYEN THI LAN（グエン ティ ラン）
在留資格：留学（資格外活動許可あり・週28時間以内）
在留カード番号：{_rc}
在留期間満了日：2027年10月3日

アプリ側で週28時間を超える応募はできない設定になっております。
原本確認は弊社で実施済みです。

{SIG_MANABE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a foreign worker's residence card number to a client",
)

# 030  five foreign workers' residence cards in a DOCX table — STOP
_names = [("TRAN VAN DUC", "ベトナム"), ("MAHARJAN SUNIL", "ネパール"), ("SANTOS MARIA CLARA", "フィリピン"),
          ("LI XIAOWEN", "中国"), ("BUI THANH HUONG", "ベトナム"), ("GURUNG ANIL", "ネパール")]
_tbl = [["氏名（ローマ字）", "生年月日", "在留資格", "在留カード番号", "満了日"]]
for n, _c in _names:
    y = rng.randrange(1996, 2005)
    _tbl.append([n, f"{y}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
                 rng.choice(["留学", "家族滞在", "特定活動"]),
                 f"{rng.choice(['AB', 'EH', 'UF', 'QK', 'SZ'])}{rng.randrange(10000000, 100000000)}{rng.choice(['CD', 'FA', 'JP', 'RT'])}",
                 f"2027/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"])
add(
    id="gigwork-030", charset="iso-2022-jp", sender=MANABE,
    to=["川崎電機 厚木工場 総務課 <atsugi-soumu@kawasaki-denki.co.jp>"],
    subject="外国籍ワーカー 在留資格確認表（10月入構分）",
    body=f"""川崎電機株式会社 厚木工場 総務課 御中

お世話になっております。日の出産業 本人確認チームの眞鍋です。
貴工場の入構規程に基づき、10月入構予定の外国籍ワーカーの在留資格確認表を送付します。

{SIG_MANABE}
""",
    attachments=[{"kind": "docx", "name": "在留資格確認表_202610.docx", "title": "在留資格確認表",
                  "paragraphs": ["在留資格確認表（2026年10月入構分）", "日の出産業株式会社 スキマバイト事業部 本人確認チーム",
                                 "原本確認日：2026年9月14日〜16日"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="six foreign workers' residence card numbers and birth dates in a DOCX table to a client",
)

# 031  a worker's epilepsy disclosed to the client factory — STOP
_w = person("M", 1990, 2002)
add(
    id="gigwork-031", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["北国フーズ 千葉第二工場 製造課 <seizo-chiba2@kitaguni-foods.co.jp>"],
    subject="来週からのライン配置についてのご相談",
    body=f"""北国フーズ株式会社 千葉第二工場
製造課 飯干様

お世話になっております。栗林です。
来週から週3回入っていただく {_w['name']}さん（ワーカーID {_w['wid']}）について、ご相談です。

ご本人から、てんかんの持病があり服薬でコントロールできているものの、
念のため高所作業や回転機械まわりは避けたいとの申し出がありました。
包装ラインの後工程（箱詰め・検品）への配置をご検討いただけますでしょうか。

本人の了解を得てお伝えしていますが、取扱いにはご配慮ください。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's epilepsy (medical, 要配慮) sent to an external client",
)

# 032  internal discussion of a worker's disability — PASS (internal)
_w = person("F", 1985, 2000)
add(
    id="gigwork-032", charset="iso-2022-jp", sender=OKOCHI,
    to=["栗林 徹 <kuribayashi.toru@hinode-sangyo.co.jp>"],
    cc=["眞鍋 紗希 <manabe.saki@sukima.hinode-sangyo.co.jp>"],
    subject="聴覚障害のあるワーカーさんからの要望",
    body=f"""栗林さん

大河内です。サポートに以下の要望が届いています。
{_w['name']}さん（{_w['wid']}、{_w['age']}歳）は聴覚障害（身体障害者手帳 2級）があり、
店舗での朝礼が口頭のみだと内容がわからないため、事前にテキストで共有してほしいとのことです。

クライアント側に伝える際、障害の内容をどこまで書いてよいか、ご本人の同意範囲を
確認してから進めたいと思います。同意書のテンプレートはありますか？

大河内
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="internal only (sukima.hinode-sangyo.co.jp is an internal subdomain)",
)

# 033  a worker's arrest reported to the client store — STOP
_w = person("M", 1980, 2000)
add(
    id="gigwork-033", charset="iso-2022-jp", sender=USAMI,
    to=["丸茂マート 船堀店 店長 <funabori@marumo-mart.co.jp>"],
    cc=["丸茂マート 本部 総務部 <soumu@marumo-mart.co.jp>"],
    subject="先日の商品紛失の件（ご報告）",
    body=f"""丸茂マート 船堀店
店長 楢崎様

お世話になっております。宇佐美です。
先週ご相談いただいたバックヤードでの商品紛失の件、ご報告です。

当日シフトに入っていた {_w['name']}（{_w['kana']}）さんが、
別の店舗での窃盗容疑で9月12日に葛西警察署に逮捕されたとの連絡を、ご家族から受けました。
貴店の件との関係は現時点で不明です。本アカウントは利用停止としております。

警察から照会があった場合は、弊社にもご一報いただけますと幸いです。

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's arrest (criminal record, 要配慮) sent to a client",
)

# 034  client store list (businesses, not people) to the app vendor — PASS
_stores = [["店舗コード", "店舗名", "住所", "代表電話", "受付時間"],
           ["MM-031", "丸茂マート 蒲田店", "東京都大田区西蒲田7-44-2", "03-3731-5510", "6:00-23:00"],
           ["MM-044", "丸茂マート 船堀店", "東京都江戸川区船堀3-9-15", "03-3689-2281", "7:00-24:00"],
           ["MM-052", "丸茂マート 梅島駅前店", "東京都足立区梅島2-1-8", "03-3887-0943", "7:00-23:00"],
           ["MM-058", "丸茂マート 新丸子店", "神奈川県川崎市中原区新丸子町915", "044-722-6130", "8:00-22:00"],
           ["MM-061", "丸茂マート 行徳駅前店", "千葉県市川市行徳駅前1-27-3", "047-395-4476", "7:00-23:00"],
           ["MM-067", "丸茂マート 本中山店", "千葉県船橋市本中山4-6-2", "047-333-1208", "9:00-21:00"]]
add(
    id="gigwork-034", charset="utf-8", sender=KANZAKI,
    to=["ツバサシステム 森永様 <morinaga@tsubasa-system.jp>"],
    subject="勤務地マスタ追加（丸茂マート 6店舗）",
    body=f"""森永様

神崎です。丸茂マート様の新規6店舗を勤務地マスタに追加してください。
ジオフェンス半径はいつもどおり150mでお願いします。

{columns(_stores, sep=" | ", rule="=")}

{SIG_KANZAKI}
""",
    expect="pass", entities=[], detectors=[],
    note="a list of shops with switchboard numbers and addresses: businesses, not people",
)

# 035  logistics centres list back to the partner — PASS
add(
    id="gigwork-035", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 業務推進部 <gyomu-suishin@aoba-unyu.co.jp>"],
    subject="求人掲載拠点の一覧（ご確認用）",
    body=f"""青葉運輸株式会社 業務推進部 御中

お世話になっております。篠塚です。
現在ヒノデスキマで求人を掲載している貴社拠点の一覧です。集合場所・入構時間に誤りがないかご確認ください。

■厚木DC
　神奈川県厚木市上依知3011-2／TEL 046-245-7710
　集合：正門守衛所　入構 7:45 / 16:45
■座間第二倉庫
　神奈川県座間市広野台2-4-1／TEL 046-252-3306
　集合：B棟通用口　入構 8:15
■相模原センター
　神奈川県相模原市中央区清新7-2-9／TEL 042-758-1144
　集合：事務所1F受付　入構 8:45 / 13:45
■市川塩浜デポ
　千葉県市川市塩浜1-12-5／TEL 047-306-9820
　集合：トラックヤード横プレハブ　入構 21:45（夜勤）
■八王子営業所
　東京都八王子市石川町2970-8／TEL 042-646-2275
　集合：2F事務所　入構 5:45

{SIG_SHINOZUKA}
""",
    expect="pass", entities=[], detectors=[],
    note="one record per block, but the records are warehouses, not people",
)

# 036  English mail with aggregate payout figures to the payment processor — PASS
add(
    id="gigwork-036", charset="utf-8", sender=HOSHINO,
    to=["Priya Raman <priya.raman@payflow-asia.com>"],
    subject="Instant payout volumes - August 2026",
    body=f"""Hi Priya,

Thanks for the call yesterday. As promised, here are our August figures for the
instant-payout pilot, so your risk team can size the prefunding line:

  Payout requests            61,402
  Paid same day              58,911  (95.9%)
  Failed (account mismatch)     377
  Average payout           JPY 7,840
  Peak hour                18:00-19:00 JST

We would like to move the cut-off from 15:00 to 17:00 JST from October. Could you let
us know if that needs a contract amendment or only a change in the API settings?

{SIG_HOSHINO_EN}

{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate figures in English to a payment provider, with the standard disclaimer",
)

# 037  English mail with production worker data to an offshore QA vendor — STOP
_w = people(8, lo=1990, hi=2005)
_lines = "\n".join(f"{w['wid']}, {w['roma']}, {w['email']}, +81-{w['phone'][1:]}" for w in _w)
add(
    id="gigwork-037", charset="utf-8", sender=HOSHINO,
    to=["QA Team <qa-team@lumenqa.com>"],
    subject="Test accounts for the regression run",
    body=f"""Hello team,

For tomorrow's regression run of the check-in flow, please use the following accounts.
They are real workers who agreed to help us test (they know a test push will arrive),
so please do not change their profiles.

worker_id, name, email, phone
{_lines}

Let me know once the run is finished.

{SIG_HOSHINO_EN}
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight real workers' names, e-mails and phones (comma-separated) to an offshore vendor",
)

# 038  HTML-only mail with a table of six workers — STOP
_w = people(6, lo=1995, hi=2006)
_tr = "\n".join(
    f"<tr><td>{w['name']}</td><td>{w['kana']}</td><td>{w['age']}</td><td>{w['phone']}</td><td>{rng.choice(['ホール', 'キッチン補助', '洗い場'])}</td></tr>"
    for w in _w)
add(
    id="gigwork-038", charset="utf-8", sender=USAMI,
    to=["夢屋ダイニング 本部 店舗運営部 <unei@yumeya-dining.jp>"],
    subject="週末イベント応援スタッフ（6名）のご案内",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>夢屋ダイニング 店舗運営部<br>浅利様</p>
<p>お世話になっております。日の出産業の宇佐美です。<br>
9/26・27 の屋外イベント出店の応援スタッフが決まりましたのでお知らせします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>氏名</th><th>フリガナ</th><th>年齢</th><th>携帯</th><th>希望ポジション</th></tr>
{_tr}
</table>
<p>集合は各日 9:30、会場西ゲートです。</p>
<p>━━━━━━━━━━━━━━━━━━━━━━<br>日の出産業株式会社 スキマバイト事業部<br>宇佐美 健吾<br>TEL: 03-5418-7722</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of six workers' names, ages and mobile numbers",
)

# 039  HTML-only mail with a table of venues — PASS
add(
    id="gigwork-039", charset="utf-8", sender=TOKASHIKI,
    to=["きらめきホール 運営部 <unei@kirameki-hall.co.jp>"],
    subject="関西エリア 対応可能会場のご案内",
    html="""<html><body>
<p>きらめきホール株式会社<br>運営部 御中</p>
<p>いつもお世話になっております。日の出産業 関西オフィスの渡嘉敷です。<br>
ご質問いただいた、関西エリアで弊社ワーカーの派遣実績がある会場の一覧です。</p>
<table border="1">
<tr><th>会場</th><th>所在地</th><th>代表電話</th><th>昨年度実績</th></tr>
<tr><td>なにわ国際展示場</td><td>大阪府大阪市住之江区南港北1-5-2</td><td>06-6612-3300</td><td>延べ2,140名</td></tr>
<tr><td>梅田スカイホール</td><td>大阪府大阪市北区大淀中2-9-4</td><td>06-6440-8811</td><td>延べ880名</td></tr>
<tr><td>神戸ポートアリーナ</td><td>兵庫県神戸市中央区港島中町6-11</td><td>078-302-5520</td><td>延べ1,310名</td></tr>
<tr><td>京都みやこメッセ別館</td><td>京都府京都市左京区岡崎成勝寺町9-1</td><td>075-762-2630</td><td>延べ460名</td></tr>
<tr><td>堺ベイサイドホール</td><td>大阪府堺市堺区築港八幡町1-44</td><td>072-228-7070</td><td>延べ395名</td></tr>
</table>
<p>渡嘉敷 誠<br>日の出産業株式会社 スキマバイト事業部 法人営業課<br>TEL 06-6341-5510</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of event venues with switchboard numbers: a list of businesses",
)

# 040  multi-sheet XLSX roster with birth dates and addresses — STOP
_w = people(14)
_s1 = [["ふじみロジ 所沢センター 10月 登録ワーカー名簿", "", "", "", "", "作成：日の出産業"], [],
       ["ワーカーID", "氏名", "フリガナ", "生年月日", "住所", "携帯"]]
for w in _w:
    _s1.append([w["wid"], w["name"], w["kana"], w["dob_s"], f"〒{w['zip']} {w['addr']}", w["phone"]])
_s2 = [["シフト枠", "日付", "必要人数", "確定"], ["早番", "10/1", 6, 6], ["遅番", "10/1", 4, 3], ["早番", "10/2", 6, 5]]
add(
    id="gigwork-040", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["ふじみロジ 所沢センター 管理課 <tokorozawa@fujimi-logi.co.jp>"],
    subject="10月 登録ワーカー名簿・シフト枠",
    body=f"""ふじみロジ株式会社 所沢センター
管理課 ご担当者様

お世話になっております。篠塚です。
10月に貴センターへ登録済みのワーカー名簿と、シフト枠の確定状況をお送りします。
（ブック内に「名簿」「シフト枠」の2シートがあります）

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "xlsx", "name": "所沢C_10月_名簿_シフト枠.xlsx", "sheets": {"名簿": _s1, "シフト枠": _s2}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="fourteen workers' birth dates, home addresses and phones in an XLSX with a title row",
)

# 041  XLSX of open shift slots, no people — PASS
_slots = [["2026年10月 募集枠計画（青葉運輸 各拠点）"], [], ["拠点", "日付", "時間帯", "業務", "人数", "時給"]]
for d in range(1, 15):
    for site in ("厚木DC", "座間第二倉庫"):
        _slots.append([site, f"10/{d}", rng.choice(["8:00-17:00", "13:00-22:00", "22:00-翌5:00"]),
                       rng.choice(["ピッキング", "梱包", "仕分け"]), rng.randrange(3, 15), rng.choice([1200, 1250, 1400])])
add(
    id="gigwork-041", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 業務推進部 <gyomu-suishin@aoba-unyu.co.jp>"],
    subject="10月 募集枠計画（案）",
    body=f"""青葉運輸株式会社 業務推進部 御中

お世話になっております。篠塚です。
10月前半の募集枠計画（案）を添付いたします。夜勤の時給は深夜割増込みの金額です。
修正があれば直接シートに書き込んでご返送ください。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "xlsx", "name": "募集枠計画_202610_青葉運輸.xlsx", "sheets": {"10月前半": _slots}}],
    expect="pass", entities=[], detectors=[],
    note="shift slots with headcounts and wages: no person's data",
)

# 042  property-damage report with three witnesses (DOCX) — PASS (warn)
_w = people(3)
add(
    id="gigwork-042", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["星空損害保険 企業賠償サービスセンター <kigyo-claim@hoshizora-sonpo.co.jp>"],
    subject="【物損事故】施設賠償 証券番号 HZ-7741-0392 フォークリフト接触",
    body=f"""星空損害保険株式会社
企業賠償サービスセンター ご担当者様

お世話になっております。日の出産業の栗林です。
9/17 に青葉運輸 座間第二倉庫で発生した物損事故（ワーカーが押した台車がラックに接触し、
荷崩れで貴社ご案内の保管品が破損）について、事故状況報告書をお送りします。
人身被害はございません。目撃者3名の連絡先を報告書に記載しております。

{SIG_KURIBAYASHI}
""",
    attachments=[{"kind": "docx", "name": "事故状況報告書_20260917_座間第二.docx",
                  "paragraphs": ["事故状況報告書", "発生日時：2026年9月17日 10:35頃",
                                 "場所：青葉運輸 座間第二倉庫 B棟2階 ラック列C-14",
                                 "概要：台車がラック支柱に接触、上段の段ボール3箱が落下し内容物（陶器）破損",
                                 "人的被害：なし", "目撃者："],
                  "tables": [[["氏名", "所属", "連絡先"]] +
                             [[w["name"], rng.choice(["ワーカー", "青葉運輸 社員"]), w["phone"]] for w in _w]]}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three witnesses' phone numbers to the insurer: under five people, no sensitive data",
)

# 043  one worker's own payout statement PDF to her free-mail address — PASS
_w = person("F", 1998, 2005)
add(
    id="gigwork-043", charset="utf-8", sender="ヒノデスキマ 報酬窓口 <payout@sukima.hinode-sangyo.co.jp>",
    to=[f"{_w['name']} <{_w['email'].split('@')[0]}@icloud.com>"],
    subject="【ヒノデスキマ】2026年8月分 報酬支払明細書",
    body=f"""{_w['name']} 様

いつもヒノデスキマをご利用いただきありがとうございます。
ご依頼いただいた2026年8月分の報酬支払明細書（PDF）をお送りします。
住民税の申告等にご利用ください。

ヒノデスキマ 報酬窓口
""",
    attachments=[{"kind": "pdf", "name": "報酬支払明細_202608.pdf",
                  "lines": ["報酬支払明細書（2026年8月分）", f"{_w['name']} 様（{_w['wid']}）",
                            f"振込先：{_w['bank']}", "支払総額：86,420円 源泉徴収税額：0円"],
                  "table": [["勤務日", "勤務先", "時間", "報酬"],
                            ["8/3", "丸茂マート 蒲田店", "4.0h", "5,200"],
                            ["8/10", "さくらホテル", "5.0h", "7,000"],
                            ["8/24", "青葉運輸 厚木DC", "8.0h", "10,000"]]}],
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["freemail_recipient", "personal_data"],
    note="a worker's own statement sent to her own free-mail address: one person",
)

# 044  PDF transfer detail of 20 workers to the bank — STOP
_w = people(20)
_tbl = [["No", "受取人", "金融機関・支店・口座", "金額"]]
for i, w in enumerate(_w):
    _tbl.append([str(i + 1), w["kana"], w["bank"], f"{rng.randrange(30, 220) * 100:,}"])
add(
    id="gigwork-044", charset="iso-2022-jp", sender=HIGA,
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    subject="即日払い 振込エラー分の明細（調査依頼）",
    body=f"""みどり銀行 法人営業部
須永様

お世話になっております。比嘉です。
9/14 の即日払いバッチのうち、ステータスが「処理中」のまま止まっている20件の明細です。
着金状況のご調査をお願いできますでしょうか。

{SIG_HIGA}
""",
    attachments=[{"kind": "pdf", "name": "振込明細_20260914_未完了分.pdf", "lines": ["即日払い 未完了分明細（2026/09/14）"],
                  "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="twenty workers' names and bank accounts in a PDF table to the bank",
)

# 045  format question to a look-alike of the partner bank — STOP
add(
    id="gigwork-045", charset="iso-2022-jp", sender=HIGA,
    to=["みどり銀行 法人営業部 <houjin-eigyo@midori-glnko.co.jp>"],
    subject="総合振込データのレコード形式について",
    body=f"""みどり銀行 法人営業部
須永様

お世話になっております。比嘉です。
10月から即日払いのバッチを1日2回に増やすにあたり、確認させてください。

1. 全銀フォーマットのヘッダーレコードは1ファイル1件のままで良いか
2. 同日2回目のファイルで依頼人コードを変える必要があるか
3. 2回目の締め時刻（17:00 を想定）で当日着金が可能か

ご回答よろしくお願いいたします。

{SIG_HIGA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-glnko.co.jp swaps i for l: a look-alike of the partner bank's domain",
)

# 046  meeting notes to a look-alike of the company's own domain — STOP
add(
    id="gigwork-046", charset="iso-2022-jp", sender=KOGURE,
    to=["宇佐美 健吾 <usami.kengo@hinode-sangyo.jp>"],
    cc=["篠塚 麻衣 <shinozuka.mai@hinode-sangyo.co.jp>"],
    subject="9/15 事業部定例 議事メモ",
    body=f"""宇佐美さん、篠塚さん

木暮です。本日の定例の議事メモです。

1. 9月の充足率：全体 91.2%（前月比 +1.4pt）。夜勤物流が 84% と低い。
2. ノーショー率：2.8%。ペナルティ強化後の効果を10月に再評価。
3. 丸茂マート様 料金改定：渡嘉敷さんがドラフト提示済み、回答待ち。
4. 次回：9/29（火）10:00

{SIG_KOGURE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.jp drops the co. of the organisation's own domain: a look-alike",
)

# 047  three external organisations in To/Cc — STOP
add(
    id="gigwork-047", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>"],
    cc=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>", "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="初回勤務者向け 安全ポスターの共同制作について",
    body=f"""青葉運輸 安全推進室 様
北国フーズ 総務部 様
錦印刷 営業部 様

お世話になっております。日の出産業の栗林です。
初めて現場に入るワーカー向けの安全ポスター（多言語版）について、
青葉運輸様・北国フーズ様に監修いただき、錦印刷様で制作いただく件で、
まずは皆さまにご挨拶を兼ねてご連絡いたしました。

・サイズ：B2 / A3 の2種類
・言語：日本語・英語・ベトナム語・ネパール語
・掲示場所：各拠点の入構口、休憩室

10月上旬にオンラインで打合せを設定したく、候補日を追ってお送りします。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To/Cc",
)

# 048  two external organisations on one event staffing mail — PASS
add(
    id="gigwork-048", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["きらめきホール 運営部 宍倉様 <shishikura@kirameki-hall.co.jp>"],
    cc=["さくらホテル 営業部 <eigyo@sakura-hotel.jp>", "宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>"],
    subject="11/20 合同展示会 ケータリング・受付スタッフの手配について",
    body=f"""きらめきホール 宍倉様
さくらホテル 営業部 御中

お世話になっております。日の出産業の渡嘉敷です。
11/20 の合同展示会につき、会場運営（きらめきホール様）とケータリング（さくらホテル様）の
双方でスキマバイトの手配をご希望と伺いましたので、窓口を一本化させていただきます。

・受付・誘導：14名（きらめきホール様ご依頼分）
・ケータリング配膳：10名（さくらホテル様ご依頼分）
・集合：会場搬入口 8:00

動線と休憩室の割り当てについて、三者で一度お打合せできればと存じます。

{SIG_TOKASHIKI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way business mail",
)

# 049  identity document re-upload instructions to one worker — PASS
add(
    id="gigwork-049", charset="iso-2022-jp", sender=MANABE,
    to=["kotone.h.1999@gmail.com"],
    subject="【ヒノデスキマ】本人確認書類の再提出のお願い",
    body="""廣瀬 琴音 様

ヒノデスキマ本人確認チームです。
ご提出いただいた本人確認書類について、画像が不鮮明なため確認が完了できませんでした。
お手数ですが、以下の点にご注意のうえアプリから再提出をお願いいたします。

・書類全体が枠内に収まるように撮影する
・照明の反射で文字が隠れないようにする
・厚みがわかるよう斜めからの写真も1枚添付する

再提出から通常24時間以内に審査結果をお知らせします。

ヒノデスキマ 本人確認チーム
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="instructions to one worker's own free-mail address; no document numbers",
)

# 050  health insurance card symbol/number to the eKYC vendor — STOP
_w = person("M", 1970, 1995)
add(
    id="gigwork-050", charset="utf-8", sender=MANABE,
    to=["KAKUNIN-ID 審査オペレーション <ops-review@kakunin-id.jp>"],
    subject="保険証による本人確認の目視判定依頼（KYC-2609-60174）",
    body=f"""審査オペレーション ご担当者様

眞鍋です。健康保険証＋住民票での本人確認申請について、目視判定をお願いします。

申請ID　　：KYC-2609-60174
氏名　　　：{_w['name']}（{_w['kana']}）
生年月日　：{wareki(*_w['dob'], style='abbr')}
保険者番号：{rng.randrange(1000000, 10000000):08d}
記号・番号：記号 {rng.randrange(1000, 100000)} 番号 {rng.randrange(1, 300)}
備考　　　：住民票の住所と申請住所の番地表記が異なる（「丁目」の有無のみ）

{SIG_MANABE}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a worker's health insurance card symbol and number to an external vendor",
)

# 051  basic pension numbers for social-insurance enrolment, full-width padded columns — STOP
_w = people(5, lo=1968, hi=1998)
_rows = [["氏名", "生年月日", "基礎年金番号", "加入予定日"]]
for w in _w:
    _rows.append([w["name"], wareki(*w["dob"], style="zen"),
                  zen(f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"), "１０月１日"])
add(
    id="gigwork-051", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["みなと社会保険労務士法人 <info@minato-sr.jp>"],
    subject="社会保険 資格取得届のご依頼（10/1付 5名）",
    body=f"""みなと社会保険労務士法人
担当 五十嵐様

いつもお世話になっております。日の出産業の栗林です。
スキマバイトから長期契約へ切り替えるワーカーのうち、10月1日付で社会保険の
加入要件を満たす方が5名おりますので、資格取得届の作成をお願いいたします。

{columns(_rows, fill=chr(0x3000), sep=chr(0x3000), rule="－")}

標準報酬月額の算定根拠（契約時給×所定時間）は別途お送りします。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="five people's basic pension numbers (full-width) and 和暦 birth dates to an outside labour consultant",
)

# 052  internal My Number collection status — PASS (internal)
_w = people(4, lo=1975, hi=2000)
_lines = "\n".join(f"　{w['name']}　{next_my_number()}　回収済（{rng.choice(['カード', '通知カード＋免許証', '住民票＋保険証'])}）"
                   for w in _w)
add(
    id="gigwork-052", charset="iso-2022-jp", sender=HIGA,
    to=["経理部 税務グループ <zeimu@hinode-sangyo.co.jp>"],
    subject="支払調書 個人番号の追加回収分（4名）",
    body=f"""税務グループ各位

比嘉です。先週時点で未回収だった4名分の個人番号を回収しました。
特定個人情報の管理台帳への転記をお願いします（転記後、本メールは削除してください）。

{_lines}

比嘉
""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers, but every recipient is internal",
)

# 053  worker CSV between internal subdomains — PASS (internal)
_w = people(18)
_csv = [["worker_id", "氏名", "メール", "携帯", "登録日"]] + [
    [w["wid"], w["name"], w["email"], w["phone"], f"2026/0{rng.randrange(1, 9)}/{rng.randrange(1, 29):02d}"] for w in _w]
add(
    id="gigwork-053", charset="utf-8", sender=MANABE,
    to=["データ分析チーム <analytics@mail.hinode-sangyo.co.jp>"],
    subject="休眠ワーカー抽出結果（再活性化キャンペーン用）",
    body="""分析チーム各位

眞鍋です。ご依頼の「本人確認済みかつ90日以上未稼働」のワーカー抽出結果です。
キャンペーンの配信リスト作成にご利用ください。

眞鍋
""",
    attachments=[{"kind": "csv", "name": "dormant_workers_0915.csv", "encoding": "cp932", "rows": _csv}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="a worker list between internal subdomains (sukima. → mail.hinode-sangyo.co.jp): internal only",
)

# 054  four orientation attendees with phones to the hotel — PASS (warn)
_w = people(4, lo=1998, hi=2006)
_b = "\n".join(f"・{w['name']}（{w['kana']}） {w['phone']}" for w in _w)
add(
    id="gigwork-054", charset="iso-2022-jp", sender=USAMI,
    to=["さくらホテル 客室課 <kyakushitsu@sakura-hotel.jp>"],
    subject="9/30 客室清掃 事前研修の参加者",
    body=f"""さくらホテル 客室課
鷲尾様

お世話になっております。宇佐美です。
9/30（火）13:00〜 の客室清掃事前研修の参加者は以下の4名です。
当日連絡がつかない場合に備え、携帯番号も記載しております。

{_b}

研修後、10月から各自アプリで貴館のシフトに応募できるよう設定いたします。

{SIG_USAMI}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees' names and phones to a partner hotel: fewer than five people",
)

# 055  exactly five workers, one block each, kana and full-width phones — STOP
_w = people(5)
_blocks = "\n\n".join(
    f"【{i + 1}】{w['kana']}\n　連絡先：{zen(w['phone'])}\n　生年月日：{wareki(*w['dob'], style='zen')}\n　経験：{rng.choice(['レジ', '品出し', '惣菜', 'なし'])}"
    for i, w in enumerate(_w))
add(
    id="gigwork-055", charset="cp932", sender=SHINOZUKA,
    to=["丸茂マート 梅島駅前店 <umejima@marumo-mart.co.jp>"],
    subject="惣菜部門 長期応援候補者のご紹介",
    body=f"""丸茂マート 梅島駅前店
副店長 饗庭様

いつもお世話になっております。篠塚です。
惣菜部門の長期応援として、貴店でのお仕事経験があり評価の高い方を5名ご紹介いたします。

{_blocks}

面談をご希望の方がいらっしゃいましたらお知らせください。

{SIG_SHINOZUKA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five people in one-record-per-block layout with kana names, full-width phones and 和暦 birth dates",
)

# 056  CP932 CSV of ten workers to an event venue — STOP
_w = people(10, lo=1995, hi=2006)
_csv = [["No", "氏名", "フリガナ", "性別", "生年月日", "携帯電話", "メールアドレス"]]
for i, w in enumerate(_w):
    _csv.append([str(i + 1), w["name"], w["kana"],
                 w["g"], w["dob_s"], w["phone"], w["email"]])
add(
    id="gigwork-056", charset="cp932", sender=TOKASHIKI,
    to=["きらめきホール 運営部 宍倉様 <shishikura@kirameki-hall.co.jp>"],
    subject="11/20 受付スタッフ 入館証作成用データ",
    body=f"""きらめきホール 宍倉様

お世話になっております。渡嘉敷です。
11/20 の受付・誘導スタッフ分（先行確定の10名）の入館証作成用データを添付いたします。
残り4名は確定次第お送りします。

{SIG_TOKASHIKI}
""",
    attachments=[{"kind": "csv", "name": "入館証用_1120_受付.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ten workers' birth dates, phones and e-mails in a CP932 CSV to an external venue",
)

# 057  plain ZIP holding a shuttle-bus roster CSV — STOP
_w = people(11)
_csv = [["便", "氏名", "携帯", "乗車地", "自宅住所"]]
for w in _w:
    _csv.append([rng.choice(["1便 6:40", "2便 7:10"]), w["name"], w["phone"],
                 rng.choice(["本厚木駅北口", "海老名駅東口", "相模大野駅"]), w["addr"]])
add(
    id="gigwork-057", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 厚木DC 事務所 <atsugi-dc@aoba-unyu.co.jp>"],
    subject="送迎バス乗車名簿（9/28週）",
    body=f"""厚木DC 事務所ご担当者様

篠塚です。9/28週の送迎バス乗車名簿をZIPにまとめて送ります。
バス会社への提出用に、乗車地ごとのシートも同梱しています。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "zip", "name": "送迎バス_0928週.zip",
                  "files": [{"kind": "csv", "name": "乗車名簿_0928.csv", "encoding": "cp932", "rows": _csv},
                            {"kind": "txt", "name": "readme.txt", "text": "乗車名簿_0928.csv：全便分\n変更は前日17時まで"}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="an unencrypted ZIP with eleven workers' phones and home addresses in a CSV",
)

# 058  a forwarded mail attached as .eml, carrying a worker list — STOP
_w = people(7)
_inner_lines = "\n".join(f"{w['name']}\t{w['phone']}\t{w['email']}" for w in _w)
add(
    id="gigwork-058", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["川崎電機 厚木工場 総務課 <atsugi-soumu@kawasaki-denki.co.jp>"],
    subject="FW: 入構者の差し替えについて（添付メール参照）",
    body=f"""川崎電機 厚木工場 総務課 御中

篠塚です。社内の担当から差し替え後の入構者について連絡がありましたので、
元のメールを添付でお送りします。ゲートカードの発行をお願いいたします。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "eml", "name": "入構者差し替え.eml", "message": {
        "charset": "iso-2022-jp", "sender": USAMI, "to": [SHINOZUKA],
        "subject": "川崎電機 10/5〜 入構者差し替え",
        "body": f"篠塚さん\n\n川崎電機の10/5からの入構者、以下7名に差し替えになりました。\n\n氏名\t携帯\tメール\n{_inner_lines}\n\n宇佐美"}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="the attached internal mail (.eml) lists seven workers' phones and e-mails and goes outside",
)

# 059  .eml attached with business-only content to the vendor — PASS
add(
    id="gigwork-059", charset="iso-2022-jp", sender=KANZAKI,
    to=["ツバサシステム 森永様 <morinaga@tsubasa-system.jp>"],
    subject="FW: 10月の繁忙期に向けたサーバ増強の件",
    body=f"""森永様

神崎です。事業部から届いた依頼を添付します。
10月第2週の求人公開数が平常時の約2.5倍になる見込みとのことなので、
オートスケールの上限を引き上げる方向でお見積りをお願いします。

{SIG_KANZAKI}
""",
    attachments=[{"kind": "eml", "name": "サーバ増強依頼.eml", "message": {
        "charset": "iso-2022-jp", "sender": KOGURE, "to": [KANZAKI],
        "subject": "10月の繁忙期に向けたサーバ増強の件",
        "body": "神崎さん\n\n事業企画の木暮です。10月第2週にテレビCMが入ります。\n"
                "昨年のCM時はアクセスが平常時の3倍、求人公開数は2.5倍でした。\n"
                "アプリが落ちないよう、インフラの事前増強をお願いできますか。\n\n木暮"}}],
    expect="pass", entities=[], detectors=[],
    note="an attached mail with business content only",
)

# 060  【社外秘】 classification at the top of the mail — STOP
add(
    id="gigwork-060", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["さくらホテル 経営企画室 <keiei@sakura-hotel.jp>"],
    subject="【社外秘】ホテル業界向け 新料金プランのご提案",
    body=f"""【社外秘】
――――――――――――――――――――――――
さくらホテル株式会社
経営企画室 御中

いつもお世話になっております。日の出産業の渡嘉敷です。
来期よりホテル業界向けに提供予定の新料金プランについて、貴社に先行してご案内いたします。

・客室清掃パッケージ：1室あたり固定単価（ワーカー手配・品質チェック込み）
・宴会サービス：ワーカー報酬＋手数料25%（現行30%）
・繁忙期の優先手配枠：月額固定 80,000円

競合他社には未公表の内容のため、お取扱いにご注意ください。

{SIG_TOKASHIKI}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is classified 【社外秘】 and goes to an external hotel",
)

# 061  internal 社外秘 strategy memo — PASS (internal)
add(
    id="gigwork-061", charset="iso-2022-jp", sender=KOGURE,
    to=["スキマ事業部 幹部 <sukima-mgmt@hinode-sangyo.co.jp>"],
    subject="【社外秘】競合動向レポート（9月）",
    body=f"""幹部各位

【社外秘】
9月の競合動向をまとめました。社外への転送はご遠慮ください。

・A社：物流向けに「前日キャンセル補償」を開始。手数料は据え置き。
・B社：飲食チェーン2社と独占契約の噂（未確認）。
・C社：ワーカー向けに即日払い手数料を無料化。弊社の即日払い利用率に影響の可能性。

詳細は共有フォルダの「競合_202609.pptx」をご覧ください。

{SIG_KOGURE}
""",
    attachments=[{"kind": "pptx", "name": "競合_202609.pptx", "page_footer": "社外秘",
                  "slides": [["競合動向 2026年9月", "A社 前日キャンセル補償", "B社 飲食チェーン独占契約", "C社 即日払い無料化"]]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 material, but every recipient is internal",
)

# 062  mere mention of 社外秘 in a refusal — PASS
add(
    id="gigwork-062", charset="iso-2022-jp", sender=USAMI,
    to=["夢屋ダイニング 本部 店舗運営部 <unei@yumeya-dining.jp>"],
    subject="Re: マッチングの仕組みについての資料",
    body=f"""夢屋ダイニング 浅利様

お世話になっております。宇佐美です。
ワーカーの表示順位を決めるロジックの詳細資料についてですが、
社内で社外秘扱いとなっている資料のため、そのままお渡しすることができません。
申し訳ございません。

代わりに、公開しているヘルプページの該当箇所をご案内いたします。
https://sukima.hinode-sangyo.co.jp/help/client/matching
概要としては「距離」「過去の評価」「同店舗での勤務実績」を主な要素にしております。

{SIG_USAMI}
""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (to refuse a document), not a marking",
)

# 063  PPTX with a Confidential footer to the app vendor — STOP
add(
    id="gigwork-063", charset="utf-8", sender=HOSHINO,
    to=["ツバサシステム 森永様 <morinaga@tsubasa-system.jp>"],
    subject="2027 ロードマップ説明資料",
    body=f"""森永様

木曜の打合せで使う2027年のプロダクトロードマップ資料を共有します。
開発工数の見積りの前提としてご確認いただけると助かります。

{SIG_HOSHINO_EN}
""",
    attachments=[{"kind": "pptx", "name": "Sukima_Roadmap_2027.pptx", "title": "Sukima Roadmap 2027",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                  "slides": [["2027 Product Roadmap", "Q1: 即日払い 1日2回化", "Q2: 外国籍ワーカー向け多言語UI",
                              "Q3: 企業間ワーカー共有（β）"],
                             ["KPI", "充足率 93%", "ノーショー率 2.0%以下"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="each slide carries a CONFIDENTIAL / Internal Only footer; goes to an external vendor",
)

# 064  service introduction deck to a prospective client — PASS
add(
    id="gigwork-064", charset="iso-2022-jp", sender=TOKASHIKI,
    to=["はなみずきカフェ 本部 <honbu@hanamizuki-cafe.jp>"],
    subject="ヒノデスキマ サービスご紹介資料",
    body=f"""はなみずきカフェ 本部
森下様

先日はお時間をいただきありがとうございました。日の出産業の渡嘉敷です。
ご説明に使用したサービス紹介資料をお送りいたします。
導入店舗数や料金は2026年9月時点の公開情報です。

{SIG_TOKASHIKI}
""",
    attachments=[{"kind": "pptx", "name": "ヒノデスキマ_サービス紹介_202609.pptx",
                  "slides": [["ヒノデスキマとは", "最短1時間から働ける・募集できる", "登録ワーカー 82万人"],
                             ["料金", "基本手数料 ワーカー報酬の30%", "初期費用・月額費用 0円"],
                             ["導入事例", "物流・食品工場・ホテル・飲食"]]}],
    expect="pass", entities=[], detectors=[],
    note="a public sales deck to a prospect; nothing personal or classified",
)

# 065  a client's corporate card number to the payment processor — STOP
_cc = next_card()
add(
    id="gigwork-065", charset="utf-8", sender=HIGA,
    to=["PayFlow Asia 加盟店サポート <merchant-support@payflow-asia.com>"],
    subject="クライアント決済 カード登録エラーの調査依頼",
    body=f"""PayFlow Asia 加盟店サポート ご担当者様

お世話になっております。日の出産業 経理部の比嘉です。
クライアント（はなみずきカフェ様）の法人カード登録が3回続けてエラーになっています。
先方の了承を得ていますので、カード情報をお伝えします。原因をご調査ください。

カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
名義：HANAMIZUKI CAFE / TAKESHI MORISHITA
有効期限：08/29
エラーコード：E-4102（3DS認証タイムアウト）

{SIG_HIGA}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number (Luhn-valid) with the holder's name to a processor",
)

# 066  support forwards a worker's message that contains his My Number — STOP
_w = person("M", 1988, 2001)
_mn = next_my_number()
add(
    id="gigwork-066", charset="utf-8", sender=OKOCHI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="FW: 【お問い合わせ】マイナンバー登録ができません（#48377）",
    body=f"""ツバサシステム 保守ご担当者様

大河内です。マイナンバー登録画面でエラーになるとの問い合わせです。
入力値の桁数チェックで弾かれているように見えます。ユーザーの問い合わせを転送します。

-------- 転送メッセージ --------
送信者: {_w['name']} <{_w['email']}>
件名: マイナンバー登録ができません

何度入力しても「番号が正しくありません」と出ます。
番号は {zen(_mn)} です。カードを見ながら入力しているので間違いはないと思います。
報酬の受け取りに必要と言われたので早く直してください。
{_w['name']}
""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a forwarded user message carries a full-width My Number to an external vendor",
)

# 067  NDA clause review with the partner law firm — PASS
add(
    id="gigwork-067", charset="iso-2022-jp", sender="法務部 岩清水 瞳 <iwashimizu.hitomi@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="クライアント向け秘密保持契約ひな形の改訂について",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 法務部の岩清水です。
スキマバイト事業のクライアント向け秘密保持契約のひな形を改訂したく、ご相談です。

1. クライアントがワーカーの評価情報を他社と共有することの禁止条項の追加
2. 秘密情報の返還・廃棄の証明方法（書面／電子）
3. 個人情報の取扱いを業務委託契約側に寄せる場合の整合性

現行ひな形と改訂案（見え消し）を添付いたします。来週中にお打合せの時間を頂けますと幸いです。

--
日の出産業株式会社 法務部
岩清水 瞳
TEL 03-5418-7760
""",
    attachments=[{"kind": "docx", "name": "NDAひな形_改訂案_見え消し.docx",
                  "paragraphs": ["秘密保持契約書（改訂案）", "第2条 秘密情報の定義", "第4条の2 ワーカー評価情報の第三者提供の禁止",
                                 "第8条 秘密情報の返還・廃棄"]}],
    expect="pass", entities=[], detectors=[],
    note="talk about NDA clauses with the company's law firm; no marking, no personal data",
)

# 068  accident lawsuit: a named worker's permanent disability to the law firm — STOP
_w = person("F", 1972, 1985)
add(
    id="gigwork-068", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["法務部 <legal@hinode-sangyo.co.jp>"],
    subject="【ご相談】転倒事故の損害賠償請求について",
    body=f"""白川先生

お世話になっております。日の出産業の栗林です。
昨年11月の転倒事故の件で、被災ワーカーの代理人から損害賠償請求書が届きました。
ご相談の前提として、経緯をまとめます。

被災者：{_w['name']}（{wareki(*_w['dob'])}生）
住所：{_w['addr']}
事故：2025年11月6日、さくらホテル 客室フロアで濡れた床により転倒
傷病：左大腿骨頸部骨折。人工骨頭置換術を受け、2026年8月に症状固定。
　　　後遺障害等級 第10級11号の認定（労災）。
請求：逸失利益・慰謝料等 合計 1,870万円

ホテル側の清掃手順（濡れ床の標示）にも問題があったと考えております。
請求書のPDFは別途お送りします。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's fracture, surgery and disability grade (要配慮) with address to an external law firm",
)

# 069  accident summary where one case is identifiable by worker ID only — EITHER
add(
    id="gigwork-069", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["星空損害保険 企業営業部 <kigyo-eigyo@hoshizora-sonpo.co.jp>"],
    subject="更改に向けた事故実績の共有（2025/10〜2026/9）",
    body=f"""星空損害保険 企業営業部
堀之内様

お世話になっております。栗林です。
契約更改に向けて、直近1年間の事故実績を共有します。

  月      件数  主な内容
  2025/11   2   転倒（骨折1件）、切創
  2026/02   1   腰痛
  2026/05   3   挟まれ、切創×2
  2026/09   1   挟まれ（中手骨骨折）

このうち 2026/09 の1件（ワーカーID W{rng.randrange(1000000, 10000000)}、20代男性、北国フーズ 千葉第二工場）は
現在も休業中で、保険金請求を準備しています。

{SIG_KURIBAYASHI}
""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="mostly aggregate; one injury tied to a worker ID the insurer could resolve: identifiable or not is arguable",
)

# 070  aggregated accident statistics to a client — PASS
add(
    id="gigwork-070", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["北国フーズ 安全衛生委員会 事務局 <anzen-jimu@kitaguni-foods.co.jp>"],
    subject="スキマバイト就業者の労働災害発生状況（上期）",
    body=f"""北国フーズ株式会社
安全衛生委員会 事務局 御中

お世話になっております。日の出産業の栗林です。
次回の安全衛生委員会資料として、貴社工場での上期（4〜9月）の状況をまとめました。

・延べ就業者数：5,842名
・休業災害：1件（挟まれ）　不休災害：3件（切創2、打撲1）
・度数率：2.14（弊社全体平均 1.87）
・初回就業者の災害比率：4件中3件

初回就業者への入場時教育（動画5分）の導入をご提案いたします。

{SIG_KURIBAYASHI}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate accident statistics with no identifiable person",
)

# 071  no-show "blacklist" with three client companies in To — STOP
_w = people(6)
_rows = "\n".join(f"  {w['wid']}  {pad(w['name'], 14)} 無断欠勤 {rng.randrange(3, 7)}回" for w in _w)
add(
    id="gigwork-071", charset="iso-2022-jp", sender=USAMI,
    to=["丸茂マート 人事部 <jinji@marumo-mart.co.jp>", "夢屋ダイニング 本部 <honbu@yumeya-dining.jp>",
        "はなみずきカフェ 本部 <honbu@hanamizuki-cafe.jp>"],
    subject="アカウント停止ワーカーのご連絡（小売・飲食クライアント各位）",
    body=f"""クライアント各位

お世話になっております。日の出産業の宇佐美です。
無断欠勤が続いたため、以下のワーカーのアカウントを9/15付で停止しました。
貴社で直接雇用の応募があった場合のご参考としてお知らせします。

{_rows}

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME"],
    detectors=["personal_data", "external_recipients_visible", "multiple_external_domains"],
    note="six named workers with no-show records, and three client companies visible to each other in To",
)

# 072  six workers' home addresses for commuting allowance — STOP
_w = people(6)
_lines = "\n".join(f"{i + 1}. {w['name']}　〒{w['zip']}　{w['addr']}　（最寄：{rng.choice(['京急蒲田', '西新井', '船堀', '川口', '南行徳'])}駅）"
                   for i, w in enumerate(_w))
add(
    id="gigwork-072", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["ふじみロジ 所沢センター 管理課 <tokorozawa@fujimi-logi.co.jp>"],
    subject="交通費実費精算のための住所情報",
    body=f"""ふじみロジ 管理課 ご担当者様

篠塚です。交通費を実費で精算される件、経路確認のため住所が必要とのことでしたので、
9月に5回以上勤務した6名分をお送りします。

{_lines}

経路の計算は貴社規程（最安経路）でお願いします。

{SIG_SHINOZUKA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="six workers' home addresses to a client",
)

# 073  three workers' addresses for uniform delivery — PASS (warn)
_w = people(3)
_b = "\n".join(f"　{w['name']} 様　〒{w['zip']} {w['addr']}　TEL {w['phone']}　Lサイズ" for w in _w)
add(
    id="gigwork-073", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["青葉運輸 厚木DC 事務所 <atsugi-dc@aoba-unyu.co.jp>"],
    subject="Re: 安全靴・ユニフォームの送付先",
    body=f"""厚木DC 事務所ご担当者様

篠塚です。長期で入っていただく3名への安全靴・ユニフォームの直送、ありがとうございます。
送付先は以下です。本人には着払い不要と伝えてあります。

{_b}

{SIG_SHINOZUKA}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's delivery addresses to the partner: under the five-person threshold",
)

# 074  legacy XLS with nine workers' delivery addresses — STOP
_w = people(9)
_rows = [["ユニフォーム送付リスト（北国フーズ 北海道工場 立上げ要員）"],
         ["氏名", "郵便番号", "住所", "電話番号", "サイズ", "靴"]]
for w in _w:
    _rows.append([w["name"], w["zip"], w["addr"], w["phone"], rng.choice(["S", "M", "L", "LL"]), rng.choice(["24.0", "25.5", "26.5", "27.0"])])
add(
    id="gigwork-074", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["北国フーズ 北海道工場 総務 <soumu-hokkaido@kitaguni-foods.co.jp>"],
    subject="立上げ要員 ユニフォーム送付リスト",
    body=f"""北国フーズ 北海道工場 総務ご担当者様

お世話になっております。篠塚です。
立上げ要員9名分のユニフォーム送付リストをお送りします（Excel 97-2003形式）。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "xls", "name": "ユニフォーム送付リスト.xls", "sheets": {"送付先": _rows}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="nine workers' addresses and phones in a legacy XLS to a client",
)

# 075  shift cancellation with order numbers, earlier mail quoted — PASS
add(
    id="gigwork-075", charset="iso-2022-jp", sender=USAMI,
    to=["丸茂マート 蒲田店 店長 金子様 <kaneko.t@marumo-mart.co.jp>"],
    subject="RE: 台風接近に伴う求人取り下げ",
    body=f"""金子様

宇佐美です。承知いたしました。
以下3件の求人を取り下げ、応募済みのワーカーへはアプリで休業補償の対象外である旨を通知しました。
（前日18時以降のキャンセルではないため、キャンセル料は発生しません）

  求人番号 JOB-2609-88412　9/21 6:00-10:00 品出し
  求人番号 JOB-2609-88413　9/21 10:00-14:00 レジ補助
  求人番号 JOB-2609-88420　9/22 6:00-10:00 品出し

{SIG_USAMI}

-----Original Message-----
From: 金子 <kaneko.t@marumo-mart.co.jp>
Sent: Thursday, September 17, 2026 4:11 PM
To: 宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>
Subject: 台風接近に伴う求人取り下げ

宇佐美様
台風の影響で21日・22日は臨時休業にします。求人の取り下げをお願いします。
丸茂マート 蒲田店 金子
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary cancellation with job order numbers; the client's mail is quoted",
)

# 076  "On … wrote:" reply; the worker's phone is only in the quoted part — PASS
_w = person("F", 1999, 2005)
add(
    id="gigwork-076", charset="utf-8", sender=USAMI,
    to=["夢屋ダイニング 新宿東口店 <shinjuku-e@yumeya-dining.jp>"],
    subject="Re: 本日のワーカーさんと連絡がとれません",
    body=f"""樋渡様

宇佐美です。ご連絡ありがとうございます。
ご本人から先ほどサポートに「電車の遅延で15分ほど遅れる」と連絡が入りました。
11:15頃の到着見込みです。ご迷惑をおかけして申し訳ございません。

宇佐美

On 2026/09/18 10:52, 夢屋ダイニング 新宿東口店 wrote:
> 宇佐美様
> 本日11時からの {_w['name']} さんがまだ来ていません。
> アプリに出ている番号 {_w['phone']} にかけても出ないのですが、何か聞いていますか？
> 樋渡
""",
    expect="pass", entities=[], detectors=[],
    note="the worker's name and phone appear only in the quoted client mail",
)

# 077  new list typed above a quoted thread — STOP
_w = people(5, lo=1990, hi=2006)
_new = "\n".join(f"{w['name']} / {w['dob_s']} / {w['phone']}" for w in _w)
add(
    id="gigwork-077", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["北国フーズ 千葉第二工場 総務課 <soumu-chiba2@kitaguni-foods.co.jp>"],
    subject="Re: Re: 10/3 臨時増産 追加要員",
    body=f"""総務課 須田様

篠塚です。追加の5名が確定しました。入構申請用に生年月日もお送りします。

氏名 / 生年月日 / 携帯
{_new}

よろしくお願いいたします。

{SIG_SHINOZUKA}

> 篠塚様
> 10/3 の臨時増産の件、追加で5名お願いできますか。
> 入構申請に生年月日が必要になりますので、確定したら併せてお知らせください。
> 北国フーズ 須田
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the quoted part is harmless, but the new text adds five people's birth dates and phones",
)

# 078  comma-separated kana names and abbreviated 和暦 birth dates — STOP
_w = people(7, lo=1966, hi=2004)
_lines = "\n".join(f"{w['kana'].replace(' ', '')},{w['g']},{wareki(*w['dob'], style='abbr')}" for w in _w)
add(
    id="gigwork-078", charset="cp932", sender=USAMI,
    to=["さくらホテル 宴会サービス課 <banquet@sakura-hotel.jp>"],
    subject="宴会スタッフ 名札作成用",
    body=f"""宴会サービス課 石動様

宇佐美です。10月の婚礼シーズン用に、登録いただく7名の名札作成データです。
社内システムへの取込用に、カナ・性別・生年月日（和暦）の順でカンマ区切りにしています。

{_lines}

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="seven people's kana names with 和暦 birth dates (S58.4.2 style), comma-separated",
)

# 079  recruitment flyer draft to the printing partner — PASS
add(
    id="gigwork-079", charset="iso-2022-jp", sender=KOGURE,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="駅貼りポスター入稿データについて",
    body=f"""錦印刷株式会社
営業部 柊様

お世話になっております。日の出産業の木暮です。
10月の駅貼りポスター（B0・2種）の入稿データをお送りします。

・A案：「今日の3時間を、お金に。」（物流・夜勤訴求）
・B案：「面接なし、履歴書なし。」（飲食・小売訴求）
・QRコードの遷移先：https://sukima.hinode-sangyo.co.jp/lp/station2610
・掲出：10/5〜10/18（都内32駅）

色校正は10/1（木）に弊社でご確認させてください。

{SIG_KOGURE}
""",
    attachments=[{"kind": "pdf", "name": "ポスター入稿_A案B案.pdf",
                  "lines": ["A案 今日の3時間を、お金に。", "B案 面接なし、履歴書なし。", "ヒノデスキマ"]}],
    expect="pass", entities=[], detectors=[],
    note="advertising copy and print specs to a partner printer",
)

# 080  reply to the printer's invoice: company account and T-number — PASS
add(
    id="gigwork-080", charset="iso-2022-jp", sender=HIGA,
    to=["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
    subject="Re: 請求書（No.NK-26-0914）の振込先変更について",
    body=f"""錦印刷株式会社 経理課 御中

お世話になっております。日の出産業 経理部の比嘉です。
振込先変更のご連絡ありがとうございます。念のため、登録内容を復唱いたします。

　請求書番号：NK-26-0914（ポスター印刷 B0×64枚）
　請求金額：418,000円（税込）
　適格請求書発行事業者登録番号：T7011101042296
　新振込先：みどり銀行 神田支店 普通 3318420 ニシキインサツ（カ

9月末のお支払から新しい口座へお振込いたします。

{SIG_HIGA}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a supplier's company bank account and T-number on an invoice: business data, not a person's",
)

# 081  English: a worker's passport number for venue security clearance — STOP
_pp = f"{rng.choice(['TK', 'TR', 'MZ'])}{rng.randrange(1000000, 10000000)}"
add(
    id="gigwork-081", charset="utf-8", sender=HOSHINO,
    to=["Security Desk <security@globalexpo-japan.com>"],
    subject="Security clearance - interpreter staff for G-Tech Summit",
    body=f"""Dear Security Desk,

For the G-Tech Summit on 12 November, the organiser asks for passport details of every
interpreter working in the restricted area. Ours for Hall B is below:

  Name:            HARTMANN EMI
  Nationality:     Japan
  Passport No.:    {_pp}
  Date of birth:   14 March 1999
  Role:            English/German interpreter, Hall B registration

Please let me know once the clearance badge is ready.

{SIG_HOSHINO_EN}
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named worker's passport number and birth date to an external event organiser",
)

# 082  law firm and insurer together on general claim procedure — PASS
add(
    id="gigwork-082", charset="iso-2022-jp", sender="法務部 岩清水 瞳 <iwashimizu.hitomi@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["星空損害保険 企業営業部 堀之内様 <kigyo-eigyo@hoshizora-sonpo.co.jp>"],
    subject="ワーカー事故時の対応フロー見直し（三者打合せのお願い）",
    body="""白川先生
星空損害保険 堀之内様

お世話になっております。日の出産業 法務部の岩清水です。
スキマバイト就業中の事故が発生した際の対応フロー（初動連絡、保険会社への通知、
クライアントとの責任分担の整理）を見直しております。

弁護士の先生と保険会社のお立場から、それぞれご意見をいただきたく、
10月中旬に1時間ほどオンラインでお打合せをお願いできますでしょうか。
現行フロー図を添付いたします（個別事案の情報は含んでおりません）。

--
日の出産業株式会社 法務部
岩清水 瞳
TEL 03-5418-7760
""",
    attachments=[{"kind": "pdf", "name": "事故対応フロー_現行.pdf",
                  "lines": ["ワーカー事故対応フロー（現行）", "1. 現場→事業部 第一報（30分以内）",
                            "2. 事業部→保険会社 通知（当日）", "3. 労災申請支援", "4. クライアントとの協議"]}],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc for a policy discussion; no case data",
)

# 083  shift confirmation to a look-alike of the food partner — STOP
add(
    id="gigwork-083", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["北国フーズ 千葉第二工場 総務課 <soumu-chiba2@kitaguni-food.co.jp>"],
    subject="10月第2週 シフト充足状況",
    body=f"""北国フーズ 千葉第二工場
総務課 須田様

お世話になっております。篠塚です。
10月第2週の充足状況です。

  10/12(月)  早番 8/8   遅番 6/6
  10/13(火)  早番 8/8   遅番 5/6
  10/14(水)  早番 7/8   遅番 6/6
  10/15(木)  早番 8/8   遅番 6/6

13日遅番・14日早番は引き続き募集中です。前日までに埋まらない場合はご連絡します。

{SIG_SHINOZUKA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp",
)

# 084  to a look-alike of the logistics partner (other TLD) — STOP
add(
    id="gigwork-084", charset="iso-2022-jp", sender=USAMI,
    to=["青葉運輸 人事課 早乙女様 <saotome@aoba-unyu.jp>"],
    subject="長期就業者の直接雇用切替えに関する手数料について",
    body=f"""青葉運輸 人事課
早乙女様

お世話になっております。宇佐美です。
ヒノデスキマ経由で就業したワーカーを貴社で直接雇用される場合の紹介手数料について、
ご質問への回答です。

・就業開始から6か月未満：想定年収の15%
・6か月以上12か月未満：想定年収の8%
・12か月以上：無料

契約書第11条に記載があります。ご不明点があればお知らせください。

{SIG_USAMI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
)

# 085  aggregate figures to a municipal employment office — PASS
add(
    id="gigwork-085", charset="iso-2022-jp", sender=KOGURE,
    to=["みなと台市 産業振興課 就労支援係 <shuro-shien@city-minatodai.lg.jp>"],
    subject="「スキマ時間就労促進事業」実績報告（上半期）",
    body=f"""みなと台市 産業振興課 就労支援係 御中

いつもお世話になっております。日の出産業の木暮です。
委託事業「スキマ時間就労促進事業」の上半期実績をご報告いたします。

　市内在住の新規登録者数　　　　　　 1,284名
　うち初回就業まで至った者　　　　　　　 702名
　市内事業所の求人掲載数　　　　　　　 3,915件
　60歳以上の就業者数（延べ）　　　　　 1,130名
　子育て世帯の就業者数（延べ・自己申告）  2,448名

個人が特定される情報は含めておりません。詳細版は様式第3号にて別途提出いたします。

{SIG_KOGURE}
""",
    expect="pass", entities=[], detectors=[],
    note="aggregate figures to a municipality; no one is identifiable",
)

# 086  a named worker's disability reported to the city's support programme — STOP
_w = person("M", 1994, 2003)
add(
    id="gigwork-086", charset="iso-2022-jp", sender=KOGURE,
    to=["みなと台市 障がい福祉課 <shougai-fukushi@city-minatodai.lg.jp>"],
    subject="障がい者就労体験 参加者の状況報告",
    body=f"""みなと台市 障がい福祉課
就労体験ご担当 片桐様

お世話になっております。日の出産業の木暮です。
市の就労体験プログラムからご紹介いただいた参加者の状況をご報告します。

{_w['name']}さん（{_w['age']}歳、療育手帳B2・軽度知的障害）
　9月の就業：4回（丸茂マート 梅島駅前店での品出し）
　店舗評価：すべて「また来てほしい」
　課題：初めての店舗では作業手順の理解に時間がかかるため、同一店舗での継続就業を推奨

来月は週2回の固定シフトを試行する予定です。

{SIG_KOGURE}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's intellectual disability (要配慮) sent to an external body",
)

# 087  case summary to a look-alike of the law firm (.com instead of .jp) — STOP
add(
    id="gigwork-087", charset="iso-2022-jp", sender="法務部 岩清水 瞳 <iwashimizu.hitomi@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.com>"],
    subject="利用規約改定（キャンセルポリシー）のレビュー依頼",
    body="""白川先生

岩清水です。ワーカー向け利用規約のキャンセルポリシー改定案をお送りします。
前日キャンセルにペナルティを科す点について、消費者契約法との関係でご意見をいただけますでしょうか。

改定案の要点
1. 勤務開始24時間前以降のキャンセル：ペナルティポイント+1
2. 無断欠勤：+2、累計4で30日間の利用停止
3. 体調不良等で診断書を提出した場合は取消し

--
日の出産業株式会社 法務部 岩清水
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.com swaps the TLD of the partner law firm shirakawa-law.jp",
)

# 088  a named worker's religion (prayer times, halal) to the client — STOP
add(
    id="gigwork-088", charset="utf-8", sender=USAMI,
    to=["北国フーズ 千葉第二工場 総務課 <soumu-chiba2@kitaguni-foods.co.jp>"],
    subject="ワーカーの休憩時間についてのご相談",
    body=f"""北国フーズ 千葉第二工場
総務課 須田様

お世話になっております。宇佐美です。
来週から入るワーカーのアフマド・ハキミさん（ワーカーID W{rng.randrange(1000000, 10000000)}）から、
イスラム教徒のため、勤務中に1回5分程度のお祈りの時間を取りたいとの相談がありました。
また、社員食堂のメニューで豚肉由来の食材を避けたいそうです。

休憩室の一角をお借りできるか、またお祈りの時間を休憩時間に含める形でよいか、
ご検討いただけますでしょうか。

{SIG_USAMI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's religion (信条, 要配慮) sent to an external client",
)

# 089  night-shift workers' health-check results (PDF) to the client — STOP
_w = people(5, lo=1970, hi=1995)
_tbl = [["氏名", "年齢", "受診日", "血圧", "判定", "所見"]]
for w in _w:
    _tbl.append([w["name"], str(w["age"]), "2026/08/2" + str(rng.randrange(0, 9)),
                 f"{rng.randrange(110, 168)}/{rng.randrange(68, 104)}", rng.choice(["A", "B", "C", "D"]),
                 rng.choice(["異常なし", "脂質異常 要経過観察", "高血圧 要精密検査", "肝機能 要再検査", "貧血 要経過観察"])])
add(
    id="gigwork-089", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["青葉運輸 市川塩浜デポ 所長 <shiohama@aoba-unyu.co.jp>"],
    subject="夜勤従事者 特定業務従事者健康診断の結果",
    body=f"""青葉運輸 市川塩浜デポ
所長 安芸様

お世話になっております。栗林です。
深夜業に継続して従事する5名の、特定業務従事者健診の結果一覧をお送りします。
判定D（要精密検査）の方については、受診結果が出るまで夜勤のシフトを入れないよう
アプリ側で調整します。

{SIG_KURIBAYASHI}
""",
    attachments=[{"kind": "pdf", "name": "特定業務従事者健診結果_塩浜デポ.pdf",
                  "lines": ["特定業務従事者健康診断 結果一覧（2026年8月実施）", "対象：市川塩浜デポ 夜勤従事者"],
                  "table": _tbl}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five named workers' health check results (要配慮) in a PDF to a client",
)

# 090  a worker is a stalking victim; asks the store not to reveal her shifts — STOP
_w = person("F", 1996, 2004)
add(
    id="gigwork-090", charset="iso-2022-jp", sender=OKOCHI,
    to=["はなみずきカフェ 三軒茶屋店 <sangenjaya@hanamizuki-cafe.jp>"],
    subject="ワーカーのシフト情報のお取扱いについて（お願い）",
    body=f"""はなみずきカフェ 三軒茶屋店
店長 戸叶様

お世話になっております。日の出産業 サポートの大河内です。
貴店で週2回勤務している {_w['name']} さんについて、お願いがございます。

ご本人が元交際相手からストーカー被害を受けており、現在警察に相談中とのことです。
店舗に本人の勤務日を問い合わせる電話があっても、一切お答えにならないようお願いいたします。
また、シフト表の店頭掲示からご本人のお名前を外していただけますと幸いです。

{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker as a crime victim (要配慮) disclosed to a client store",
)

# 091  encrypted PDF withholding slip to a worker's free mail — STOP
_w = person("M", 1980, 1998)
add(
    id="gigwork-091", charset="iso-2022-jp", sender=HIGA,
    to=[f"{_w['roma']} <{_w['email'].split('@')[0]}@gmail.com>"],
    subject="源泉徴収票（2025年分）の再発行",
    body=f"""{_w['name']} 様

日の出産業 経理部の比嘉です。
ご依頼の2025年分 源泉徴収票を再発行いたしました。
PDFにはパスワードを設定しています（ご登録の生年月日8桁）。

{SIG_HIGA}
""",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_2025.pdf", "password": "19" + "880412",
                  "lines": ["令和7年分 給与所得の源泉徴収票", f"{_w['name']}", "支払金額 1,284,300円"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="a password-protected PDF cannot be inspected; goes to a free-mail address",
)

# 092  T-number and corporate number given to a client's accounts payable — PASS
add(
    id="gigwork-092", charset="iso-2022-jp", sender=HIGA,
    to=["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
    subject="Re: 取引先登録情報のご提出について",
    body=f"""川崎電機株式会社
経理部 御中

お世話になっております。日の出産業 経理部の比嘉です。
取引先マスタ登録に必要な情報は以下のとおりです。

　商号　　　　：日の出産業株式会社
　法人番号　　：5010401087420
　登録番号　　：T5010401087420
　本店所在地　：東京都港区芝2-8-11
　代表電話　　：03-5418-7700
　支払条件　　：月末締め翌月末払い
　振込先　　　：みどり銀行 本店営業部 当座 0482215

反社会的勢力でない旨の表明確約書は、押印のうえ本日郵送いたしました。

{SIG_HIGA}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own corporate number, T-number and company account: business data",
)

# 093  worker ratings with phones, one record per paragraph in a DOCX — STOP
_w = people(8)
_paras = ["ワーカー評価サマリ（ゆめや新宿東口店 9月）", "※店舗評価の平均と、当日連絡用の携帯番号"]
for w in _w:
    _paras.append(f"{w['name']}（{w['wid']}）　平均評価 {rng.choice(['4.9', '4.6', '4.2', '3.8', '3.1'])}　勤務{rng.randrange(2, 12)}回　携帯 {w['phone']}")
add(
    id="gigwork-093", charset="iso-2022-jp", sender=USAMI,
    to=["夢屋ダイニング 新宿東口店 <shinjuku-e@yumeya-dining.jp>"],
    subject="9月の勤務ワーカー 評価サマリ",
    body=f"""樋渡様

宇佐美です。9月に貴店で勤務したワーカーの評価サマリをお送りします。
「お気に入り登録」の参考にしてください。

{SIG_USAMI}
""",
    attachments=[{"kind": "docx", "name": "評価サマリ_新宿東口_202609.docx", "paragraphs": _paras}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight workers' names, ratings and mobile numbers, one per paragraph in a DOCX",
)

# 094  legacy XLS demand forecast — PASS
_rows = [["週", "包装", "検品", "ピッキング", "合計"]]
for wk in range(40, 48):
    a, b, c = rng.randrange(20, 60), rng.randrange(10, 30), rng.randrange(15, 45)
    _rows.append([f"2026-W{wk}", a, b, c, a + b + c])
add(
    id="gigwork-094", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["北国フーズ 千葉第二工場 製造課 <seizo-chiba2@kitaguni-foods.co.jp>"],
    subject="年末商戦期の必要人数予測（W40〜W47）",
    body=f"""製造課 飯干様

篠塚です。昨年実績と今年の生産計画から、年末商戦期の必要人数を予測しました。
貴社の生産計画システムに取り込めるよう、xls形式にしています。

{SIG_SHINOZUKA}
""",
    attachments=[{"kind": "xls", "name": "必要人数予測_W40-W47.xls", "sheets": {"予測": _rows}}],
    expect="pass", entities=[], detectors=[],
    note="headcount forecast by week: no person's data",
)

# 095  app nicknames with star ratings, no contact data — EITHER
_nick = ["はるる", "Tomo_0312", "もぐもぐ", "K.S", "ゆずぽん", "さんた", "Ren"]
_lines = "\n".join(f"・{n}（★{rng.choice(['4.8', '4.5', '4.1', '3.6', '2.9'])}／勤務{rng.randrange(1, 20)}回／{rng.randrange(19, 61)}歳）"
                   for n in _nick)
add(
    id="gigwork-095", charset="iso-2022-jp", sender=USAMI,
    to=["はなみずきカフェ 本部 <honbu@hanamizuki-cafe.jp>"],
    subject="三軒茶屋店 常連ワーカーの状況",
    body=f"""はなみずきカフェ 本部 森下様

宇佐美です。三軒茶屋店で繰り返し勤務しているワーカーの状況です。
アプリ上の表示名でお送りしています。

{_lines}

★3.5未満の方は、店舗側でブロックすることも可能です。

{SIG_USAMI}
""",
    expect="either", entities=[], detectors=[],
    note="seven workers by app nickname with rating, shift count and age: a list of people, but hardly identifiable",
)

# 096  support reply to a client manager (business contact only) — PASS
add(
    id="gigwork-096", charset="iso-2022-jp", sender=OKOCHI,
    to=["きらめきホール 運営部 宍倉様 <shishikura@kirameki-hall.co.jp>"],
    subject="【チケット#C-20931】管理画面にログインできない件",
    body=f"""きらめきホール株式会社
運営部 宍倉様

お問い合わせいただきありがとうございます。日の出産業 サポートの大河内です。

管理画面にログインできない件、確認いたしました。
9/18 に貴社管理者アカウントのパスワード有効期限（90日）が切れていたことが原因です。
ログイン画面の「パスワードをお忘れの方」から再設定をお願いいたします。

なお、貴社のご担当者追加は以下の窓口でも承っております。
　クライアントサポート　TEL 03-5418-7730（平日10:00-18:00）

{SIG_OKOCHI}
""",
    expect="pass", entities=[], detectors=[],
    note="an ordinary support answer to a client's staff; only business contacts",
)

# 097  support digest: six users' e-mail addresses in running text — STOP
_w = people(6)
add(
    id="gigwork-097", charset="utf-8", sender=OKOCHI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="メール認証コードが届かない問い合わせの件（まとめ）",
    body=f"""ツバサシステム 保守ご担当者様

大河内です。昨日から「認証コードのメールが届かない」という問い合わせが続いています。
届いていないと申告があったのは、{_w[0]['name']}さん（{_w[0]['email']}）、{_w[1]['name']}さん（{_w[1]['email']}）、
{_w[2]['name']}さん（{_w[2]['email']}）、{_w[3]['name']}さん（{_w[3]['email']}）、
{_w[4]['name']}さん（{_w[4]['email']}）、それと{_w[5]['name']}さん（{_w[5]['email']}）の6名です。
キャリアメールが多いので、送信ドメイン認証まわりを疑っています。配信ログをご確認ください。

{SIG_OKOCHI}
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six users' names and e-mail addresses inside running sentences, to an external vendor",
)

# 098  a worker's depression and phased return disclosed to the client — STOP
_w = person("F", 1985, 1998)
add(
    id="gigwork-098", charset="iso-2022-jp", sender=KURIBAYASHI,
    to=["ふじみロジ 所沢センター 管理課 <tokorozawa@fujimi-logi.co.jp>"],
    subject="長期就業ワーカーの復帰について",
    body=f"""ふじみロジ 管理課
塙様

お世話になっております。栗林です。
7月からお休みしていた {_w['name']}さんですが、主治医から「うつ病の症状が安定したため、
短時間勤務から再開可」との診断書が出ました。
10月は週2回・1日4時間（検品のみ）から再開させていただけますでしょうか。

残業や急なシフト延長は当面お控えいただけると助かります。

{SIG_KURIBAYASHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named worker's depression diagnosis (medical, 要配慮) in running text to a client",
)

# 099  carpool mail: three workers' private addresses plus the client in To — STOP
add(
    id="gigwork-099", charset="iso-2022-jp", sender=SHINOZUKA,
    to=["yuto.funahashi@gmail.com", "rin-iokibe@ezweb.ne.jp", "sota.k.work@yahoo.co.jp",
        "北国フーズ 北海道工場 総務 <soumu-hokkaido@kitaguni-foods.co.jp>"],
    subject="北海道工場 立上げ応援 移動のご案内",
    body=f"""立上げ応援の皆さま
北国フーズ 北海道工場 総務ご担当者様

日の出産業の篠塚です。
10/6（火）からの北海道工場立上げ応援について、移動のご案内です。

・10/5（月）羽田 13:25発 → 新千歳 15:00着（航空券はアプリのお知らせに添付済み）
・新千歳空港から工場までは、北国フーズ様の送迎車をご手配いただいています。
　到着ロビー2階の「北国フーズ」プレートが目印です。
・宿泊：工場近隣のビジネスホテル（10/5〜10/16）

ご不明点は篠塚までお気軽にどうぞ。

{SIG_SHINOZUKA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons and a client company see each other's addresses in To",
)

# 100  internal weekly report with no-show rows — PASS (internal)
_w = people(5)
_rows = "\n".join(f"\t{w['wid']}\t{w['name']}\t{w['phone']}\t{rng.choice(['体調不良(事後連絡)', '連絡なし', '寝坊'])}" for w in _w)
add(
    id="gigwork-100", charset="iso-2022-jp", sender=KOGURE,
    to=["スキマバイト事業部 全員 <sukima-all@hinode-sangyo.co.jp>"],
    subject="週次レポート（9/14〜9/20）",
    body=f"""事業部の皆さん

お疲れさまです。木暮です。先週の週次レポートです。

■KPI
　求人公開数 12,884件（前週比 +6.2%）
　充足率 90.7%
　ノーショー率 2.6%
■ノーショー 要フォロー者（3回目以上）
{_rows}

フォローはサポートチームで今週中に実施予定です。

{SIG_KOGURE}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="a list of five workers with phones, but sent only to an internal list",
)
