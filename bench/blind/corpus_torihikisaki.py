"""Blind evaluation corpus — area: torihikisaki (取引先管理 at purchasing).

Vendor management at 日の出産業株式会社's 購買部: 取引先登録, 反社チェック, 振込口座の登録・変更,
個人事業主の外注先, 与信調査会社, インボイス登録番号 (T-number), 取引先台帳.

Everything here — people, companies, domains, numbers, addresses, accounts — is invented.
This file was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only (no mailguard code, rules or tests were read).
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 32401
R = random.Random(SEED)

_counter = {"mn": 0, "cc": 0}


def next_my_number() -> str:
    v = my_number(SEED + _counter["mn"])
    _counter["mn"] += 1
    return v


def next_card() -> str:
    v = card_number(SEED + _counter["cc"])
    _counter["cc"] += 1
    return v


_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [R.randrange(10) for _ in range(12)]
    base[0] = R.randrange(1, 10)
    total = 0
    for n in range(1, 13):
        p = base[12 - n]
        total += p * (1 if n % 2 else 2)
    check = 9 - total % 9
    return str(check) + "".join(map(str, base))


def t_number() -> str:
    return "T" + corp_number()


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1989:
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zenshort":
        return f"{'ＨＳ'[short == 'S']}{zen(str(ey))}．{zen(str(m))}．{zen(str(d))}"
    raise ValueError(style)


_NAMES = [
    ("鮫島", "和也", "サメジマ", "カズヤ", "samejima", "kazuya"),
    ("日下部", "佳奈", "クサカベ", "カナ", "kusakabe", "kana"),
    ("纐纈", "隆之", "コウケツ", "タカユキ", "koketsu", "takayuki"),
    ("我妻", "恵理", "ワガツマ", "エリ", "wagatsuma", "eri"),
    ("百目鬼", "悠", "ドウメキ", "ハルカ", "domeki", "haruka"),
    ("東海林", "亮", "ショウジ", "リョウ", "shoji", "ryo"),
    ("勅使河原", "直人", "テシガワラ", "ナオト", "teshigawara", "naoto"),
    ("及川", "美帆", "オイカワ", "ミホ", "oikawa", "miho"),
    ("宍戸", "大樹", "シシド", "ダイキ", "shishido", "daiki"),
    ("猪狩", "玲奈", "イガリ", "レナ", "igari", "rena"),
    ("舟橋", "修平", "フナハシ", "シュウヘイ", "funahashi", "shuhei"),
    ("薬師寺", "千夏", "ヤクシジ", "チナツ", "yakushiji", "chinatsu"),
    ("栗林", "智也", "クリバヤシ", "トモヤ", "kuribayashi", "tomoya"),
    ("桧山", "紗希", "ヒヤマ", "サキ", "hiyama", "saki"),
    ("嵯峨", "健吾", "サガ", "ケンゴ", "saga", "kengo"),
    ("鬼頭", "由香里", "キトウ", "ユカリ", "kito", "yukari"),
    ("砂原", "拓真", "スナハラ", "タクマ", "sunahara", "takuma"),
    ("蛭田", "和美", "ヒルタ", "カズミ", "hiruta", "kazumi"),
    ("枡田", "誠司", "マスダ", "セイジ", "masuda", "seiji"),
    ("雲野", "瑞穂", "クモノ", "ミズホ", "kumono", "mizuho"),
    ("相良", "光太郎", "サガラ", "コウタロウ", "sagara", "kotaro"),
    ("御手洗", "静香", "ミタライ", "シズカ", "mitarai", "shizuka"),
    ("馬場", "勇気", "ババ", "ユウキ", "baba", "yuki"),
    ("五十嵐", "礼子", "イガラシ", "レイコ", "igarashi", "reiko"),
    ("小野寺", "慎也", "オノデラ", "シンヤ", "onodera", "shinya"),
    ("仁科", "早紀", "ニシナ", "サキ", "nishina", "saki"),
    ("真壁", "俊介", "マカベ", "シュンスケ", "makabe", "shunsuke"),
    ("千葉", "菜々子", "チバ", "ナナコ", "chiba", "nanako"),
    ("羽生田", "浩", "ハニュウダ", "ヒロシ", "hanyuda", "hiroshi"),
    ("上遠野", "詩織", "カドノ", "シオリ", "kadono", "shiori"),
    ("京極", "篤", "キョウゴク", "アツシ", "kyogoku", "atsushi"),
    ("城之内", "萌", "ジョウノウチ", "モエ", "jonouchi", "moe"),
    ("長谷部", "剛", "ハセベ", "ツヨシ", "hasebe", "tsuyoshi"),
    ("四ノ宮", "絢子", "シノミヤ", "アヤコ", "shinomiya", "ayako"),
    ("喜多", "慎太郎", "キタ", "シンタロウ", "kita", "shintaro"),
    ("安齋", "涼子", "アンザイ", "リョウコ", "anzai", "ryoko"),
    ("柳田", "章", "ヤナギダ", "アキラ", "yanagida", "akira"),
    ("門脇", "ひかり", "カドワキ", "ヒカリ", "kadowaki", "hikari"),
    ("澤口", "貴史", "サワグチ", "タカシ", "sawaguchi", "takashi"),
    ("戸祭", "奈央", "トマツリ", "ナオ", "tomatsuri", "nao"),
    ("八木橋", "聡", "ヤギハシ", "サトシ", "yagihashi", "satoshi"),
    ("廣瀬", "まどか", "ヒロセ", "マドカ", "hirose", "madoka"),
    ("伊集院", "学", "イジュウイン", "マナブ", "ijuin", "manabu"),
    ("保科", "梓", "ホシナ", "アズサ", "hoshina", "azusa"),
    ("瀬戸口", "大地", "セトグチ", "ダイチ", "setoguchi", "daichi"),
    ("能登", "紀子", "ノト", "ノリコ", "noto", "noriko"),
    ("鶴見", "一輝", "ツルミ", "カズキ", "tsurumi", "kazuki"),
    ("笹森", "愛", "ササモリ", "アイ", "sasamori", "ai"),
    ("檜垣", "英明", "ヒガキ", "ヒデアキ", "higaki", "hideaki"),
    ("冨樫", "千鶴", "トガシ", "チヅル", "togashi", "chizuru"),
    ("大鷹", "浩一", "オオタカ", "コウイチ", "otaka", "koichi"),
    ("江頭", "美由紀", "エガシラ", "ミユキ", "egashira", "miyuki"),
    ("荻窪", "崇", "オギクボ", "タカシ", "ogikubo", "takashi"),
    ("早乙女", "瞳", "サオトメ", "ヒトミ", "saotome", "hitomi"),
    ("宮ノ下", "勝", "ミヤノシタ", "マサル", "miyanoshita", "masaru"),
    ("乙部", "静", "オトベ", "シズカ", "otobe", "shizuka"),
    ("根津", "浩之", "ネヅ", "ヒロユキ", "nezu", "hiroyuki"),
    ("若狭", "優子", "ワカサ", "ユウコ", "wakasa", "yuko"),
    ("小田桐", "直樹", "オダギリ", "ナオキ", "odagiri", "naoki"),
    ("阿久津", "理沙", "アクツ", "リサ", "akutsu", "risa"),
]
R.shuffle(_NAMES)
_name_pos = [0]

_TOWNS = [
    "東京都大田区南六郷", "東京都練馬区石神井町", "東京都江戸川区西葛西", "東京都足立区梅島",
    "神奈川県川崎市中原区木月", "神奈川県相模原市南区相模大野", "神奈川県横浜市港北区日吉本町",
    "埼玉県さいたま市浦和区常盤", "埼玉県川口市芝新町", "埼玉県所沢市小手指町",
    "千葉県船橋市本町", "千葉県柏市豊四季", "大阪府堺市北区中百舌鳥町", "大阪府豊中市庄内東町",
    "愛知県名古屋市千種区今池", "愛知県岡崎市康生通西", "福岡県福岡市早良区西新",
    "北海道札幌市白石区本通", "宮城県仙台市若林区連坊", "静岡県浜松市中央区佐鳴台",
    "兵庫県神戸市灘区六甲台町", "京都府京都市左京区北白川", "広島県広島市安佐南区祇園",
    "新潟県新潟市中央区女池", "茨城県つくば市吾妻", "群馬県高崎市八島町", "長野県松本市深志",
    "栃木県宇都宮市東宿郷", "岡山県岡山市北区奉還町", "熊本県熊本市中央区水前寺",
]
_BLDG = ["コーポ桜 {r}", "メゾン若葉 {r}号室", "サンハイツ {r}", "グランシャリオ{r}", "レジデンス緑町 {r}",
         "第二松風荘 {r}", "", "", "", ""]
_BANKS = [("みどり銀行", "0591"), ("東都銀行", "0612"), ("北斗信用金庫", "1288"),
          ("関東中央銀行", "0537"), ("瀬戸内銀行", "0574"), ("しらかば信用組合", "2410"),
          ("あさひ野銀行", "0633")]
_BRANCHES = [("本店営業部", "001"), ("中央支店", "102"), ("駅前支店", "215"), ("緑町支店", "318"),
             ("北口支店", "127"), ("港南支店", "240"), ("桜台支店", "433"), ("東口支店", "156")]


def people(n: int) -> list[dict]:
    out = []
    for _ in range(n):
        i = _name_pos[0]
        _name_pos[0] += 1
        sei, _, ksei, _, rsei, _ = _NAMES[i % len(_NAMES)]
        _, mei, _, kmei, _, rmei = _NAMES[(i * 7 + 3 + i // len(_NAMES)) % len(_NAMES)]
        y = R.randint(1958, 1998)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        town = R.choice(_TOWNS)
        bldg = R.choice(_BLDG).format(r=R.choice([101, 102, 201, 203, 305, 402, 507]))
        street = f"{R.randint(1, 6)}-{R.randint(1, 28)}-{R.randint(1, 22)}"
        bank, bcode = R.choice(_BANKS)
        branch, brcode = R.choice(_BRANCHES)
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "kana": f"{ksei} {kmei}",
            "hkana": _hankana(f"{ksei} {kmei}"),
            "romaji": f"{rmei.capitalize()} {rsei.capitalize()}",
            "email": R.choice([f"{rsei}.{rmei}", f"{rmei}{rsei[0]}", f"{rsei}{R.randint(10, 99)}",
                               f"{rmei[0]}-{rsei}", f"{rsei}_{rmei}{R.randint(1, 9)}"])
            + "@" + R.choice(["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"]),
            "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
            "zip": f"{R.randint(100, 998)}-{R.randint(1, 9999):04d}",
            "addr": (town + street + (" " + bldg if bldg else "")),
            "town": town, "street": street,
            "mobile": f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
            "bank": bank, "bcode": bcode, "branch": branch, "brcode": brcode,
            "acct": f"{R.randint(1000000, 9999999)}",
        })
    return out


_HK = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー ",
    ["ｱ", "ｲ", "ｳ", "ｴ", "ｵ", "ｶ", "ｷ", "ｸ", "ｹ", "ｺ", "ｻ", "ｼ", "ｽ", "ｾ", "ｿ", "ﾀ", "ﾁ", "ﾂ", "ﾃ", "ﾄ",
     "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", "ﾊ", "ﾋ", "ﾌ", "ﾍ", "ﾎ", "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ", "ﾔ", "ﾕ", "ﾖ", "ﾗ", "ﾘ",
     "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｧ", "ｨ", "ｩ", "ｪ", "ｫ", "ｬ", "ｭ", "ｮ", "ｯ", "ｰ", " "]))
_DAKU = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ",
         "ゼ": "ｾﾞ", "ゾ": "ｿﾞ", "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ",
         "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ", "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ",
         "ポ": "ﾎﾟ"}


def _hankana(s: str) -> str:
    return "".join(_DAKU.get(c) or _HK.get(c, c) for c in s)


def mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def acct7() -> str:
    return f"{R.randint(1000000, 9999999)}"


# -- senders and signatures ---------------------------------------------------------------

MIYOSHI = "三好 亮介 <r-miyoshi@hinode-sangyo.co.jp>"
KISHI = "岸本 早苗 <s.kishimoto@hinode-sangyo.co.jp>"
OMORI = "大森 俊彦 <t-omori@hinode-sangyo.co.jp>"
HAMADA = "浜田 祐子 <y-hamada@hinode-sangyo.co.jp>"
SEKI = "関 敏行 <t.seki@hinode-sangyo.co.jp>"
NAKA = "仲村 明 <a.nakamura@hinode-sangyo.co.jp>"
FURU = "古川 翼 <tsubasa.furukawa@hinode-sangyo.co.jp>"
ADACHI = "安達 美紀 <m-adachi@hinode-sangyo.co.jp>"
ONO = "Ken Ono <k.ono@hinode-sangyo.co.jp>"
TERAO = "寺尾 大輔 <d-terao@hinode-sangyo.co.jp>"
KOBAI_SYS = "購買システム <kobai-system@mail.hinode-sangyo.co.jp>"

SIG_MIYOSHI = """--
日の出産業株式会社　購買部 調達第一課
三好 亮介（みよし りょうすけ）
〒140-0002 東京都品川区東品川2-5-8 日の出ビル7F
TEL 03-5479-2231 / FAX 03-5479-2239
r-miyoshi@hinode-sangyo.co.jp"""

SIG_KISHI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
購買部　取引先管理グループ　岸本 早苗
〒140-0002 東京都品川区東品川2-5-8
TEL：03-5479-2235（直通）
━━━━━━━━━━━━━━━━━━━━"""

SIG_OMORI = """*****************************
 日の出産業株式会社 購買部長
 大森 俊彦
 TEL 03-5479-2230 / 携帯 080-4417-2290
*****************************"""

SIG_HAMADA = """――――――――――――――――
日の出産業株式会社
法務・コンプライアンス室　浜田 祐子
TEL 03-5479-2110（内線 2114）
――――――――――――――――"""

SIG_SEKI = """-------------------------------------
日の出産業(株) 経理部 支払グループ
関 敏行  t.seki@hinode-sangyo.co.jp
03-5479-2150
-------------------------------------"""

SIG_NAKA = """--
情報システム部 仲村
日の出産業株式会社 / 内線 2305"""

SIG_FURU = """_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
日の出産業株式会社 開発設計部
古川 翼 Tsubasa Furukawa
TEL: 03-5479-2402
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/"""

SIG_ONO = """Best regards,

Ken Ono
Global Sourcing, Purchasing Dept.
Hinode Sangyo Co., Ltd.
2-5-8 Higashi-Shinagawa, Shinagawa-ku, Tokyo 140-0002, Japan
Tel: +81-3-5479-2238"""

SIG_TERAO = """====================
日の出産業株式会社 相模原工場 施設課
寺尾 大輔
〒252-0331 神奈川県相模原市南区大野台8-14-1
TEL 042-758-6610
===================="""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it."""

M: list[dict] = []

# ========================================================================================
# 001–025
# ========================================================================================

# 001 — 反社チェック依頼: officers of five new vendors, with DOB and home address, in XLSX
_p = people(7)
_cos = ["株式会社ミナト精機", "株式会社ミナト精機", "東洋パッケージ株式会社", "有限会社山城工業",
        "協和梱包株式会社", "協和梱包株式会社", "大和化成株式会社"]
_roles = ["代表取締役", "取締役", "代表取締役社長", "代表取締役", "代表取締役", "監査役", "代表取締役"]
M.append({
    "id": "torihikisaki-001",
    "sender": KISHI,
    "to": ["コンプラリサーチ株式会社 調査受付 <chosa@compra-research.jp>"],
    "subject": "反社チェックのご依頼（2025年11月 新規取引先分）",
    "charset": "iso-2022-jp",
    "body": f"""コンプラリサーチ株式会社
調査受付ご担当者様

いつもお世話になっております。日の出産業の岸本です。

今月新規で口座開設を予定している取引先5社について、役員の反社会的勢力該当性調査を
お願いしたく、依頼リストを添付いたします。
対象は計7名です。通常コース（回答期限：受付から5営業日）でお願いいたします。

ご不明点があればご連絡ください。
よろしくお願いいたします。

{SIG_KISHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "反社チェック依頼_202511.xlsx",
        "sheets": {
            "依頼リスト": [["反社会的勢力該当性調査 依頼リスト（日の出産業株式会社 購買部）"],
                        ["依頼日：2025/11/04", "", "", "", "", "", ""],
                        [],
                        ["No", "取引先名", "役職", "氏名", "フリガナ", "生年月日", "住所"]]
            + [[i + 1, _cos[i], _roles[i], p["name"], p["kana"], p["dob"], p["addr"]]
               for i, p in enumerate(_p)],
            "記入要領": [["・生年月日は西暦で記入"], ["・住所は登記簿上の住所"], ["・旧姓がある場合は備考欄へ"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 officers' names with date of birth and home address sent to an outside screening firm: a list of people",
})

# 002 — asking a new vendor for registration documents (blank form): ordinary
M.append({
    "id": "torihikisaki-002",
    "sender": MIYOSHI,
    "to": ["丸栄製作所 営業部 長尾様 <nagao@maruei-ss.co.jp>"],
    "subject": "【日の出産業】取引先登録書類のご提出のお願い",
    "charset": "iso-2022-jp",
    "body": f"""株式会社丸栄製作所
営業部 長尾様

いつもお世話になっております。
日の出産業 購買部の三好でございます。

先日はお見積りをいただきありがとうございました。
社内決裁がおりましたので、弊社での取引先登録（口座開設）をお願いいたします。
お手数ですが、下記書類を11月20日（木）までにご返送いただけますでしょうか。

　１．取引先登録申請書（添付のWordファイルにご記入ください）
　２．振込口座届（通帳表紙・見開きの写しを添付）
　３．反社会的勢力の排除に関する表明・確約書（押印のうえ原本郵送）
　４．適格請求書発行事業者の登録番号がわかるもの（通知書の写し等）
　５．会社案内または履歴事項全部証明書（3か月以内）

原本は下記住所の購買部 三好宛にご郵送ください。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "docx", "name": "取引先登録申請書_様式3.docx",
        "title": "取引先登録申請書",
        "paragraphs": ["取引先登録申請書", "日の出産業株式会社 購買部 御中",
                       "下記のとおり取引先登録を申請いたします。"],
        "tables": [[["項目", "記入欄"], ["会社名（商号）", ""], ["法人番号", ""],
                    ["適格請求書発行事業者登録番号", "T"], ["本店所在地", ""], ["代表者役職・氏名", ""],
                    ["ご担当者（部署・氏名・電話・メール）", ""], ["振込先金融機関・支店", ""],
                    ["口座種別・口座番号・口座名義（カナ）", ""], ["支払条件", "月末締め翌月末払い"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "request for registration documents with a blank form: no personal data, ordinary vendor onboarding mail",
})

# 003 — My Numbers of three freelancers to the tax accountant (支払調書)
_p = people(3)
_mn = [next_my_number() for _ in _p]
_amt = ["1,284,000", "462,500", "2,030,000"]
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　住所：〒{p['zip']} {p['addr']}\n"
    f"　個人番号：{_mn[i]}\n　支払金額（源泉徴収前）：{_amt[i]}円／源泉徴収税額：別紙のとおり"
    for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-003",
    "sender": SEKI,
    "to": ["桜井税理士法人 桜井様 <m.sakurai@sakurai-tax.jp>"],
    "cc": ["岸本 早苗 <s.kishimoto@hinode-sangyo.co.jp>"],
    "subject": "報酬・料金の支払調書作成用データ（外注先3名分）",
    "charset": "utf-8",
    "body": f"""桜井税理士法人
桜井先生

お世話になっております。日の出産業 経理部の関です。
今年分の「報酬、料金、契約金及び賞金の支払調書」作成に必要な外注先（個人）の情報を
お送りします。昨年から1名増えて3名です。

{_blocks}

源泉徴収税額の明細は来週お送りします。
よろしくお願いいたします。

{SIG_SEKI}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three freelancers' My Numbers and addresses in the body to an outside tax firm",
})

# 004 — internal: full freelancer ledger CSV to accounting (internal only → pass)
_p = people(12)
M.append({
    "id": "torihikisaki-004",
    "sender": KISHI,
    "to": [SEKI],
    "cc": ["経理部 支払G <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "個人外注先の台帳（最新版）を共有します",
    "charset": "shift_jis",
    "body": f"""関さん

お疲れさまです。岸本です。
支払調書の準備用に、個人事業主の外注先台帳を最新化したのでCSVで送ります。
マイナンバー提出済みかどうかの列も追加しています（番号そのものは入れていません）。
台帳原本は共有フォルダ \\\\fs01\\kobai\\取引先台帳\\ にあります。

{SIG_KISHI}
""",
    "attachments": [{
        "kind": "csv", "name": "個人外注先台帳_20251101.csv", "encoding": "cp932",
        "rows": [["取引先コード", "氏名", "フリガナ", "住所", "電話", "振込先銀行", "支店", "種別",
                  "口座番号", "番号提出"]]
        + [[f"K{3101 + i}", p["name"], p["kana"], p["addr"], p["mobile"], p["bank"], p["branch"],
            "普通", p["acct"], R.choice(["済", "済", "未"])] for i, p in enumerate(_p)],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "a 12-person freelancer ledger, but every recipient is internal",
})

# 005 — 総合振込 data for eight individual contractors sent to the bank by mail
_p = people(8)
_rows = [["1", p["bcode"], p["bank"], p["brcode"], p["branch"], "1", p["acct"],
          p["hkana"], f"{R.randint(30, 480) * 1000}"] for p in _p]
M.append({
    "id": "torihikisaki-005",
    "sender": SEKI,
    "to": ["みどり銀行 品川支店 法人営業課 <shinagawa-houjin@midori-ginko.co.jp>"],
    "subject": "総合振込データ送付の件（10/31支払分・外注費）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 品川支店
法人営業課 御中

いつも大変お世話になっております。日の出産業株式会社 経理部の関でございます。

本日午前よりインターネットバンキングにログインできない状態が続いており、
10/31支払分（外注費・個人）の総合振込を、お電話でご案内いただいたとおり
データ送付にてお願いできればと存じます。

件数：8件
合計：別紙CSVのとおり
振込指定日：2025年10月31日

受付完了のご連絡をいただけますと幸いです。

{SIG_SEKI}
""",
    "attachments": [{"kind": "csv", "name": "sogo_furikomi_20251031.csv", "encoding": "cp932",
                     "rows": [["区分", "銀行コード", "銀行名", "支店コード", "支店名", "科目",
                               "口座番号", "受取人名", "金額"]] + _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "eight individual payees' bank accounts with kana names sent outside (to the bank) as CSV",
})

# 006 — confirming a vendor's change of (company) bank account
M.append({
    "id": "torihikisaki-006",
    "sender": SEKI,
    "to": ["ミナト精機 経理部 <keiri@minato-seiki.co.jp>"],
    "cc": [KISHI],
    "subject": "Re: 振込口座変更のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ミナト精機
経理部 御中

お世話になっております。日の出産業 経理部の関でございます。

振込口座変更届を拝受いたしました。
念のため、本日貴社代表番号へお電話し、経理部 松岡様に変更内容を確認させていただきました。

　変更後：東都銀行　大井町支店（店番 228）　当座　0412873
　名義　：カ）ミナトセイキ
　適用　：2025年12月末お支払分より

なお、口座変更のご依頼は今後も書面（押印）でお願いしております。
メールのみでの変更依頼はお受けしておりませんので、ご了承ください。

{SIG_SEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a company's own bank account confirmed back to that company: business data, not personal",
})

# 007 — lookalike of partner kawasaki-denki.co.jp (i → l)
_cn = corp_number()
M.append({
    "id": "torihikisaki-007",
    "sender": MIYOSHI,
    "to": ["川崎電機 資材部 今井様 <imai@kawasaki-denkl.co.jp>"],
    "subject": "Re: 取引先登録内容のご確認",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
資材部 今井様

お世話になっております。日の出産業の三好です。
登録内容のご確認ありがとうございます。弊社側の登録情報は以下のとおりです。

　取引先コード：V-20418
　法人番号　　：{_cn}
　本店所在地　：神奈川県川崎市幸区堀川町66-2
　支払条件　　：20日締め翌月10日払い

相違がなければ、このまま12月発注分から新コードで発行いたします。

{SIG_MIYOSHI}
""",
    "expect": "stop",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kawasaki-denkl.co.jp is a look-alike of partner kawasaki-denki.co.jp",
})

# 008 — credit check request: six companies (business data only)
_rows = [("株式会社アルテック工業", "東京都板橋区舟渡3-9-2", "03-3967-5521"),
         ("南海フィルム株式会社", "大阪府東大阪市高井田元町1-4-18", "06-6781-3302"),
         ("有限会社栄信メッキ", "埼玉県八潮市大瀬5-12-7", "048-996-2140"),
         ("株式会社ホクト樹脂", "新潟県長岡市新産2-6-11", "0258-46-8810"),
         ("千代田ケミカル株式会社", "千葉県市原市五井南海岸7-1", "0436-22-5097"),
         ("株式会社ケイズ物流", "神奈川県綾瀬市吉岡東4-3-25", "0467-79-4412")]
_tbl = "\n".join(f"{i + 1}  {n:<14}{corp_number()}  {a:<24}{t}" for i, (n, a, t) in enumerate(_rows))
M.append({
    "id": "torihikisaki-008",
    "sender": KISHI,
    "to": ["東亜リサーチ 企業調査部 <yoshin@toa-research.co.jp>"],
    "subject": "企業信用調査のお願い（6社）",
    "charset": "utf-8",
    "body": f"""東亜リサーチ株式会社
企業調査部 ご担当者様

いつもお世話になっております。日の出産業 購買部の岸本です。
下記6社の企業信用調査（標準レポート）をお願いいたします。
いずれも新規仕入先候補で、年間取引見込額は500万～3,000万円です。

No 会社名          法人番号       本店所在地                代表電話
---------------------------------------------------------------------------
{_tbl}

納期は11/21（金）希望です。請求書は従来どおり購買部宛でお願いします。

{SIG_KISHI}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a list of companies with corporate numbers and switchboards: businesses, not people",
})

# 009 — credit check of five sole proprietors, with DOB, home address and mobile (PDF)
_p = people(5)
_yago = ["ミヤマ設計事務所", "工房サンライン", "ＫＳデザイン", "たかはし電設", "ウッドワーク彩"]
M.append({
    "id": "torihikisaki-009",
    "sender": KISHI,
    "to": ["東亜リサーチ 企業調査部 <yoshin@toa-research.co.jp>"],
    "subject": "個人事業主の調査依頼（5件）",
    "charset": "iso-2022-jp",
    "body": f"""東亜リサーチ株式会社
企業調査部 御中

お世話になっております。日の出産業の岸本です。
今回は個人事業主の外注先候補5件になります。調査依頼書をPDFで添付しますので、
ご確認のほどよろしくお願いいたします。

{SIG_KISHI}
""",
    "attachments": [{
        "kind": "pdf", "name": "個人事業主_調査依頼書_20251105.pdf", "title": "調査依頼書",
        "lines": ["調査依頼書（個人事業主）", "依頼元：日の出産業株式会社 購買部", ""],
        "table": [["屋号", "氏名", "生年月日", "自宅住所", "携帯電話"]]
        + [[_yago[i], p["name"], p["dob"], p["addr"], p["mobile"]] for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of five sole proprietors with date of birth, home address and mobile: a list of people",
})

# 010 — T-number request sent To seven vendors of different companies (should be Bcc)
M.append({
    "id": "torihikisaki-010",
    "sender": KISHI,
    "to": ["maruei 長尾様 <nagao@maruei-ss.co.jp>", "keiri@minato-seiki.co.jp",
           "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>", "青葉運輸 経理課 <keiri@aoba-unyu.co.jp>",
           "soumu@yamashiro-kogyo.co.jp", "東洋パッケージ 総務 <soumu@toyo-pkg.co.jp>",
           "info@kyowa-konpo.co.jp"],
    "subject": "【ご依頼】適格請求書発行事業者登録番号のご提出について",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 購買部でございます。

弊社では取引先台帳の点検を行っており、適格請求書発行事業者の登録番号（Tから始まる
13桁の番号）が未登録となっている取引先様にご連絡しております。
お手数ですが、11月28日までに本メールへの返信にて登録番号をお知らせください。
免税事業者の場合はその旨をお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "seven vendors of seven companies all in To: they see each other, should have been Bcc",
})

# 011 — same kind of request done properly with Bcc
M.append({
    "id": "torihikisaki-011",
    "sender": KISHI,
    "to": [KISHI],
    "bcc": ["nagao@maruei-ss.co.jp", "keiri@minato-seiki.co.jp", "eigyo@nishiki-insatsu.co.jp",
            "keiri@aoba-unyu.co.jp", "soumu@yamashiro-kogyo.co.jp", "soumu@toyo-pkg.co.jp",
            "info@kyowa-konpo.co.jp", "jimu@tanabe-mokuzai.co.jp"],
    "subject": "（再送）登録番号のご確認のお願い／日の出産業 購買部",
    "charset": "utf-8",
    "body": f"""取引先ご担当者様（BCCにて失礼いたします）

日の出産業 購買部 取引先管理グループです。
先日ご依頼した適格請求書発行事業者の登録番号について、まだご回答いただいていない
取引先様へ再送しております。既にご回答済みの場合は、行き違いをご容赦ください。

・回答方法：本メールへのご返信（登録番号、または免税事業者である旨）
・回答期限：11月28日（金）

{SIG_KISHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mass mail to vendors done properly with Bcc; no personal data",
})

# 012 — 反社 hit: an identifiable company president's arrest, sent to the law firm
M.append({
    "id": "torihikisaki-012",
    "sender": HAMADA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": [OMORI],
    "subject": "取引候補先の反社チェック結果についてご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 法務・コンプライアンス室の浜田です。

購買部で新規取引を検討している株式会社ライジング興業（埼玉県戸田市）について、
反社チェックの結果、以下の報道記事がヒットしました。

　対象者：代表取締役　蔵前 隆二（くらまえ りゅうじ）氏　昭和47年8月19日生
　内容　：2019年6月、知人男性への恐喝容疑で埼玉県警に逮捕（同年不起訴処分との続報あり）
　出典　：地方紙Web版 2019年6月14日付

不起訴で終わっている点、現在の役員構成に暴力団関係者の情報はない点から、
取引可否の判断についてご意見を伺えればと存じます。
来週中に30分ほどお時間をいただけますでしょうか。

{SIG_HAMADA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identifiable person's arrest record (要配慮個人情報) sent outside, even to the company's lawyer",
})

# 013 — reply to the law firm; the arrest details are only in quoted text
M.append({
    "id": "torihikisaki-013",
    "sender": HAMADA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: Re: 取引候補先の反社チェック結果についてご相談",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

ご回答ありがとうございます。
ご指摘の表明確約書の条項追加について、購買部と調整のうえ改めてご相談いたします。
打合せは11/12（水）14時、弊社会議室でお願いいたします。

浜田

> 浜田様
>
> ご連絡ありがとうございます。
> 蔵前氏の件は不起訴処分で終わっており、報道も一件のみとのことですので、
> それのみをもって取引を拒絶する合理性は乏しいと考えます。
> ただし、契約書の暴排条項に「役員等が刑事事件で逮捕された場合の報告義務」を
> 加えることをお勧めします。
>
> > 対象者：代表取締役　蔵前 隆二（くらまえ りゅうじ）氏　昭和47年8月19日生
> > 内容　：2019年6月、知人男性への恐喝容疑で埼玉県警に逮捕
>
> 白川法律事務所 弁護士 白川 哲也
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the sensitive details appear only in quoted text (lines with >) the lawyer already has",
})

# 014 — password-protected ZIP of vendor master data to the system vendor
_p = people(6)
M.append({
    "id": "torihikisaki-014",
    "sender": NAKA,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "取引先マスタ移行データ（第2回）",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
武田様

お世話になっております。日の出産業 情報システム部の仲村です。
取引先マスタの移行データ（第2回分）をお送りします。
ZIPにはパスワードを設定しています。パスワードは別途お送りします。

{SIG_NAKA}
""",
    "attachments": [{
        "kind": "zip", "name": "torihikisaki_master_v2.zip", "password": "Tm#8821kq",
        "files": [{"kind": "xlsx", "name": "取引先マスタ_v2.xlsx",
                   "sheets": {"個人": [["コード", "氏名", "住所", "口座"]]
                              + [[f"K{4000 + i}", p["name"], p["addr"], p["acct"]]
                                 for i, p in enumerate(_p)]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP: the attachment cannot be inspected",
})

# 015 — the separate password mail
M.append({
    "id": "torihikisaki-015",
    "sender": NAKA,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "パスワードのご連絡",
    "charset": "utf-8",
    "body": f"""武田様

先ほどお送りした「torihikisaki_master_v2.zip」のパスワードです。

　Tm#8821kq

展開後、ファイルは作業完了後に削除をお願いします。

{SIG_NAKA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password mail: no personal data, no attachment",
})

# 016 — vendor evaluation XLSX stamped 社外秘 sent to an outside consultant
M.append({
    "id": "torihikisaki-016",
    "sender": OMORI,
    "to": ["構造改革コンサルティング 平林様 <hirabayashi@kouzou-consult.co.jp>"],
    "subject": "取引先評価結果（上期）送付",
    "charset": "iso-2022-jp",
    "body": f"""平林様

お世話になっております。大森です。
次回ミーティングの事前資料として、上期の取引先評価結果をお送りします。
品質・納期・価格・対応の4軸で、主要仕入先20社を評価しています。

{SIG_OMORI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "取引先評価_2025上期.xlsx", "page_header": "社外秘",
        "sheets": {"評価一覧": [["【社外秘】2025年度上期 取引先評価結果"], [],
                             ["取引先", "品質", "納期", "価格", "対応", "総合", "ランク"]]
                   + [[n, R.randint(2, 5), R.randint(2, 5), R.randint(2, 5), R.randint(2, 5),
                       "", R.choice("ABBC")] for n in
                      ["丸栄製作所", "ミナト精機", "東洋パッケージ", "山城工業", "協和梱包", "大和化成",
                       "アルテック工業", "南海フィルム", "栄信メッキ", "ホクト樹脂", "千代田ケミカル",
                       "ケイズ物流", "田辺木材", "錦印刷", "青葉運輸", "北斗電子", "三光ばね",
                       "富岳ゴム", "ヤマト精工", "新和ダイカスト"]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attachment stamped 社外秘 (page header and title row) sent to an outside consultant",
})

# 017 — mail about an NDA with a new vendor, with the standard disclaimer
M.append({
    "id": "torihikisaki-017",
    "sender": MIYOSHI,
    "to": ["山城工業 総務部 <soumu@yamashiro-kogyo.co.jp>"],
    "subject": "秘密保持契約書のご締結について",
    "charset": "iso-2022-jp",
    "body": f"""有限会社山城工業
総務部 ご担当者様

お世話になっております。日の出産業の三好です。

図面をご提示する前に、秘密保持契約（NDA）の締結をお願いしております。
弊社ひな形を郵送いたしましたので、内容をご確認のうえ、修正のご希望があれば
お知らせください。特になければ2部に押印のうえ、1部をご返送ください。

契約締結後、試作品の仕様書と図面一式をお渡しいたします。

{SIG_MIYOSHI}

{DISCLAIMER_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA plus the standard disclaimer: mentions, not markings",
})

# 018 — one freelancer's driving licence number etc. to the screening firm
_p = people(1)[0]
_dl = f"{R.randint(30, 62)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
M.append({
    "id": "torihikisaki-018",
    "sender": KISHI,
    "to": ["コンプラリサーチ 調査受付 <chosa@compra-research.jp>"],
    "subject": "個人事業主1名の追加調査（本人確認書類あり）",
    "charset": "utf-8",
    "body": f"""コンプラリサーチ株式会社 ご担当者様

岸本です。いつもありがとうございます。
同姓同名の該当がありとのご連絡をいただいた件、ご本人から本人確認書類を
いただきましたので、以下の情報で再照会をお願いします。

氏名　　　：{_p['name']}（{_p['kana']}）
生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
住所　　　：{_p['addr']}
運転免許証：第{_dl}号（{R.choice(['神奈川県', '東京都', '埼玉県'])}公安委員会）

よろしくお願いいたします。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driving licence number (identity document) of one person sent outside",
})

# 019 — payment notice to a freelancer on gmail (account masked)
_p = people(1)[0]
M.append({
    "id": "torihikisaki-019",
    "sender": SEKI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "subject": "10月分 業務委託料のお支払いについて",
    "charset": "iso-2022-jp",
    "body": f"""{_p['sei']}様

いつもお世話になっております。日の出産業 経理部の関です。
10月分の業務委託料について、下記のとおりお支払いいたします。

　請求書番号：INV-2510-0042
　お支払金額：198,000円（源泉徴収税額 20,210円控除後 177,790円）
　お支払予定日：2025年11月28日
　お振込先：ご登録口座（口座番号 末尾 **41）

ご不明点がございましたら、経理部までお問い合わせください。

{SIG_SEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelancer on free mail, payment notice with a masked account: ordinary",
})

# 020 — vendor ledger test data with a sole-proprietor sheet to the system vendor
_p = people(7)
M.append({
    "id": "torihikisaki-020",
    "sender": NAKA,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "cc": ["ツバサシステム 開発チーム <dev-hinode@tsubasa-system.jp>"],
    "subject": "取引先台帳 移行テスト用データ",
    "charset": "utf-8",
    "body": f"""武田様

お世話になっております。仲村です。
移行テスト用に、本番台帳から一部を抜き出したファイルをお送りします。
「法人」「個人事業主」の2シートです。取込後の文字化け確認をお願いします。

{SIG_NAKA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "取引先台帳_テスト抽出.xlsx",
        "sheets": {
            "法人": [["コード", "取引先名", "法人番号", "所在地", "代表電話"],
                   ["V10021", "株式会社丸栄製作所", corp_number(), "東京都大田区東糀谷4-2-9", "03-3745-1180"],
                   ["V10022", "東洋パッケージ株式会社", corp_number(), "埼玉県戸田市美女木2-14-3", "048-421-6630"],
                   ["V10023", "協和梱包株式会社", corp_number(), "千葉県野田市山崎1921", "04-7125-3391"],
                   ["V10024", "大和化成株式会社", corp_number(), "大阪府八尾市跡部北の町2-5-1", "072-991-0082"],
                   ["V10025", "株式会社ミナト精機", corp_number(), "神奈川県横浜市鶴見区末広町1-7", "045-503-2217"]],
            "個人事業主": [["コード", "氏名", "フリガナ", "住所", "携帯", "振込先", "口座番号"]]
            + [[f"K{3201 + i}", p["name"], p["kana"], p["addr"], p["mobile"],
                f"{p['bank']} {p['branch']}", f"普通 {p['acct']}"] for i, p in enumerate(_p)],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "real ledger extract with a sheet of seven sole proprietors (address, mobile, account) sent outside",
})

# 021 — ledger of companies only (corporate accounts) to the system vendor
_rows = [["取引先コード", "取引先名", "法人番号", "所在地", "代表電話", "振込先", "口座"]]
for code, n, a, t in [("V10031", "株式会社アルテック工業", "東京都板橋区舟渡3-9-2", "03-3967-5521"),
                      ("V10032", "南海フィルム株式会社", "大阪府東大阪市高井田元町1-4-18", "06-6781-3302"),
                      ("V10033", "有限会社栄信メッキ", "埼玉県八潮市大瀬5-12-7", "048-996-2140"),
                      ("V10034", "株式会社ホクト樹脂", "新潟県長岡市新産2-6-11", "0258-46-8810"),
                      ("V10035", "千代田ケミカル株式会社", "千葉県市原市五井南海岸7-1", "0436-22-5097"),
                      ("V10036", "株式会社ケイズ物流", "神奈川県綾瀬市吉岡東4-3-25", "0467-79-4412"),
                      ("V10037", "田辺木材株式会社", "静岡県静岡市清水区三保2010", "054-334-1208"),
                      ("V10038", "北斗電子株式会社", "宮城県名取市下余田字鹿島12", "022-382-0915"),
                      ("V10039", "三光ばね工業株式会社", "愛知県刈谷市一ツ木町5-33", "0566-21-7740"),
                      ("V10040", "富岳ゴム株式会社", "静岡県富士市今泉3-8-1", "0545-52-3306"),
                      ("V10041", "ヤマト精工株式会社", "群馬県太田市新田木崎町410", "0276-57-2281"),
                      ("V10042", "新和ダイカスト株式会社", "岐阜県可児市姫ケ丘2-7", "0574-63-5520")]:
    b, bc = R.choice(_BANKS)
    _rows.append([code, n, corp_number(), a, t, b, "当座 " + acct7()])
M.append({
    "id": "torihikisaki-021",
    "sender": NAKA,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "Re: 取引先台帳 移行テスト用データ（法人のみ版）",
    "charset": "utf-8",
    "body": f"""武田様

ご指摘ありがとうございます。個人事業主のデータは社外に出さない方針になりましたので、
法人のみに絞ったCSVを作り直しました。こちらで再テストをお願いします。
前回のファイルは削除をお願いいたします。

{SIG_NAKA}
""",
    "attachments": [{"kind": "csv", "name": "torihikisaki_houjin_only.csv", "encoding": "utf-8",
                     "rows": _rows}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "ledger of twelve companies (corporate numbers, switchboards, corporate accounts): businesses only",
})

# 022 — look-alike of the own domain (hinode-sangyou.co.jp) with two freelancers' contacts
_p = people(2)
M.append({
    "id": "torihikisaki-022",
    "sender": FURU,
    "to": ["岸本 早苗 <s.kishimoto@hinode-sangyou.co.jp>"],
    "subject": "外注先の連絡先（登録用）",
    "charset": "iso-2022-jp",
    "body": f"""岸本さん

開発設計部の古川です。お疲れさまです。
来月から図面作成をお願いする個人の外注先2名の連絡先です。登録をお願いします。

・{_p[0]['name']}さん　携帯 {_p[0]['mobile']}　{_p[0]['email']}
・{_p[1]['name']}さん　携帯 {_p[1]['mobile']}　{_p[1]['email']}

登録申請書はご本人から直接送ってもらうよう伝えています。

{SIG_FURU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but the domain is hinode-sangyou.co.jp, a look-alike of the own domain",
})

# 023 — internal: 反社 screening results with an arrest hit to the legal office
_p = people(6)
_res = ["該当なし", "該当なし", "要確認（2016年 道路交通法違反で逮捕の報道1件）", "該当なし",
        "該当なし", "該当なし"]
M.append({
    "id": "torihikisaki-023",
    "sender": KISHI,
    "to": [HAMADA],
    "cc": [OMORI],
    "subject": "10月分 反社チェック結果の共有",
    "charset": "utf-8",
    "body": f"""浜田さん

お疲れさまです。岸本です。
10月分の反社チェック結果を共有します。1件「要確認」があります。

""" + "\n".join(f"{p['name']}\t{p['dob']}\t{_res[i]}" for i, p in enumerate(_p)) + f"""

要確認の方は取引予定額が小さいため、購買部としては取引継続の意向です。
判断をお願いできますでしょうか。

{SIG_KISHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "screening results with an arrest record, but all recipients are internal",
})

# 024 — guidance to three freelancers, all free-mail, in To (visible to each other)
_p = people(3)
M.append({
    "id": "torihikisaki-024",
    "sender": FURU,
    "to": [f"{_p[0]['name']} <k.{_p[0]['email'].split('@')[0]}@gmail.com>",
           f"{_p[1]['email'].split('@')[0]}@yahoo.co.jp",
           f"{_p[2]['name']} <{_p[2]['email'].split('@')[0]}@icloud.com>"],
    "subject": "インボイス制度対応のご案内（外注先の皆さまへ）",
    "charset": "iso-2022-jp",
    "body": f"""外注先の皆さま

いつも図面作成でお世話になっております。日の出産業 開発設計部の古川です。

来年1月のご請求分から、請求書に登録番号の記載をお願いすることになりました。
免税事業者の方は、これまでどおりの請求書で問題ありませんが、
取引条件の見直しについて個別にご相談させてください。

詳細は購買部から別途ご案内します。

{SIG_FURU}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons (freelancers) in To can see each other's addresses: should be Bcc",
})

# 025 — outsourcing contract (DOCX) to one freelancer with his own name and address
_p = people(1)[0]
M.append({
    "id": "torihikisaki-025",
    "sender": MIYOSHI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@outlook.jp>"],
    "subject": "業務委託契約書（案）の送付",
    "charset": "utf-8",
    "body": f"""{_p['name']}様

お世話になっております。日の出産業 購買部の三好です。
業務委託契約書（案）をお送りします。乙欄のご住所・お名前に誤りがないかご確認ください。
問題なければ、製本版を郵送いたします。

{SIG_MIYOSHI}
""",
    "attachments": [{
        "kind": "docx", "name": "業務委託契約書_案.docx", "title": "業務委託契約書",
        "paragraphs": ["業務委託契約書",
                       "日の出産業株式会社（以下「甲」という）と、下記の者（以下「乙」という）とは、"
                       "機械設計図面作成業務の委託に関し、次のとおり契約を締結する。",
                       "第1条（目的）甲は乙に対し、別紙仕様書に定める業務を委託し、乙はこれを受託する。",
                       "第2条（委託料）委託料は図面1枚あたり18,000円（税別）とする。",
                       "第9条（秘密保持）乙は本契約に関して知り得た甲の技術情報を第三者に開示してはならない。"],
        "tables": [[["", "住所", "氏名"],
                    ["甲", "東京都品川区東品川2-5-8", "日の出産業株式会社 代表取締役 日野 正道"],
                    ["乙", _p["addr"], _p["name"]]]],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "one person's name and address (the recipient's own, in the contract) to one free-mail recipient",
})

# ========================================================================================
# 026–050
# ========================================================================================

# 026 — a named freelancer's hospitalisation (diagnosis) told to the customer
_p = people(1)[0]
M.append({
    "id": "torihikisaki-026",
    "sender": FURU,
    "to": ["川崎電機 技術部 小西様 <konishi@kawasaki-denki.co.jp>"],
    "subject": "制御盤図面の納期遅延についてお詫び",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
技術部 小西様

いつもお世話になっております。日の出産業の古川でございます。

ご依頼いただいている制御盤図面（案件No. KD-2510-07）につきまして、
作図を担当している外注先の{_p['name']}さんが、先週末に急性心筋梗塞で倒れ入院されました。
命に別状はないものの、1か月程度は復帰が難しいとのことです。

弊社内で引継ぎを進めておりますが、納期を11月28日から12月12日へ
変更させていただけないでしょうか。大変ご迷惑をおかけし申し訳ございません。

{SIG_FURU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified freelancer's diagnosis and hospitalisation (要配慮個人情報) sent to a customer",
})

# 027 — delay notice with an unnamed subcontractor's illness: no identifiable person
M.append({
    "id": "torihikisaki-027",
    "sender": MIYOSHI,
    "to": ["川崎電機 資材部 今井様 <imai@kawasaki-denki.co.jp>"],
    "subject": "梱包材の納入日変更のお願い",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 資材部
今井様

お世話になっております。日の出産業 購買部の三好です。

11/14納入予定の梱包材（注文番号 PO-25-11873）について、仕入先の工場で
担当者の急な体調不良が重なり、出荷が11/18にずれ込む見込みとなりました。
ご迷惑をおかけしますが、ご了承いただけますと幸いです。

代替品での先行納入が必要な場合はご相談ください。

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "illness mentioned without an identifiable person or a diagnosis: ordinary business mail",
})

# 028 — corporate card number sent in an English mail to an overseas SaaS vendor
_cc = next_card()
M.append({
    "id": "torihikisaki-028",
    "sender": ONO,
    "to": ["ProcureHub Billing <billing@procurehub.io>"],
    "subject": "Payment details for invoice PH-88412",
    "charset": "utf-8",
    "body": f"""Hello ProcureHub Billing team,

Our card on file expired last month, which is why the renewal for our supplier
portal subscription (invoice PH-88412, USD 4,800) failed. Please charge the new
corporate card below:

  Card holder : KEN ONO / HINODE SANGYO CO LTD
  Card number : {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
  Expiry      : 08/28

Please send the receipt to this address.

{SIG_ONO}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number in the body to an external vendor",
})

# 029 — only the last four digits of the card
M.append({
    "id": "torihikisaki-029",
    "sender": MIYOSHI,
    "to": ["オフィスサプライ楓 受注センター <order@kaede-supply.co.jp>"],
    "subject": "注文番号 KS-771902 の決済について",
    "charset": "iso-2022-jp",
    "body": f"""オフィスサプライ楓 受注センター御中

日の出産業の三好です。
注文番号 KS-771902（コピー用紙 A4 50箱）について、本日法人カード
（末尾4417）で決済しました。請求書払いへの切替は不要です。
納品は相模原工場 資材倉庫宛でお願いします。

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only the last four digits of a card and an order number: ordinary",
})

# 030 — five officers in the body, columns padded with full-width spaces, 和暦 DOB
_p = people(5)
_roles = ["代表取締役", "専務取締役", "取締役", "取締役", "監査役"]
_lines = "\n".join(f"{r}{'　' * (6 - len(r))}{p['name']}{'　' * (7 - len(p['name']))}"
                   f"{p['kana']}{'　' * 2}{wareki(p['y'], p['m'], p['d'], 'zen')}"
                   for r, p in zip(_roles, _p))
M.append({
    "id": "torihikisaki-030",
    "sender": KISHI,
    "to": ["コンプラリサーチ 調査受付 <chosa@compra-research.jp>"],
    "subject": "追加調査依頼：北辰テクノサービス株式会社 役員5名",
    "charset": "iso-2022-jp",
    "body": f"""コンプラリサーチ株式会社 ご担当者様

日の出産業 購買部の岸本です。いつもお世話になっております。
急ぎで恐縮ですが、下記1社の役員についても調査をお願いします。
登記簿から転記しています。

会社名：北辰テクノサービス株式会社（北海道苫小牧市）

役職　　　　氏名　　　　　　フリガナ　　　　　　生年月日
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_lines}

回答は11/10（月）中にいただけると助かります。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five people's names with dates of birth (和暦, full-width digits) to an outside firm",
})

# 031 — HTML-only mail: a table of six freelance designers' contacts to the print partner
_p = people(6)
_yago = ["アトリエ灯", "Studio Koma", "デザイン室ひなた", "ノース企画", "mono graphics", "ことり舎"]
_trs = "\n".join(f"<tr><td>{_yago[i]}</td><td>{p['name']}</td><td>{p['mobile']}</td>"
                 f"<td>{p['email']}</td></tr>" for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-031",
    "sender": MIYOSHI,
    "to": ["錦印刷 制作部 原田様 <harada@nishiki-insatsu.co.jp>"],
    "subject": "カタログ制作の外注デザイナー連絡先",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>錦印刷株式会社<br>制作部 原田様</p>
<p>お世話になっております。日の出産業の三好です。<br>
来期カタログの制作で、弊社が直接契約しているデザイナーさんと直接やり取りいただく
ことになりましたので、連絡先一覧をお送りします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>屋号</th><th>氏名</th><th>携帯</th><th>メール</th></tr>
{_trs}
</table>
<p>各デザイナーには原田様からご連絡が行く旨、伝えてあります。</p>
<pre>{SIG_MIYOSHI}</pre>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML table of six private freelancers with mobiles and e-mail addresses sent outside",
})

# 032 — HTML-only mail: delivery sites (businesses) to the carrier
_sites = [("相模原工場 資材倉庫", "神奈川県相模原市南区大野台8-14-1", "042-758-6610", "8:30-16:30"),
          ("相模原工場 第2倉庫", "神奈川県相模原市南区大野台8-20", "042-758-6625", "9:00-16:00"),
          ("川越物流センター", "埼玉県川越市芳野台2-8-41", "049-225-7703", "8:00-17:00"),
          ("浜松営業所", "静岡県浜松市中央区篠ケ瀬町1120", "053-464-2218", "9:00-17:00"),
          ("大阪営業所", "大阪府大阪市淀川区西中島5-6-13", "06-6305-4471", "9:00-17:30"),
          ("福岡営業所", "福岡県福岡市博多区博多駅東2-10-35", "092-432-0516", "9:00-17:30"),
          ("仙台営業所", "宮城県仙台市宮城野区榴岡4-2-3", "022-297-1138", "9:00-17:30"),
          ("本社 1F 受付", "東京都品川区東品川2-5-8", "03-5479-2210", "9:00-18:00")]
_trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>\n" for a, b, c, d in _sites)
M.append({
    "id": "torihikisaki-032",
    "sender": MIYOSHI,
    "to": ["青葉運輸 営業所 配車係 <haisha@aoba-unyu.co.jp>"],
    "subject": "納品先一覧の更新（2025年12月～）",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>青葉運輸株式会社 配車ご担当者様</p>
<p>いつもお世話になっております。日の出産業 購買部の三好です。<br>
12月から川越物流センターが追加になりますので、納品先一覧を更新しました。</p>
<table border="1"><tr><th>納品先</th><th>住所</th><th>電話</th><th>受付時間</th></tr>
{_trs}</table>
<p>年末は12/29～1/4が全拠点休業です。</p>
<p>--<br>日の出産業株式会社 購買部 三好<br>TEL 03-5479-2231</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites and switchboards: business locations, not people",
})

# 033 — forward of a freelancer's mail with his My Number to the tax firm
_p = people(1)[0]
_mn = next_my_number()
M.append({
    "id": "torihikisaki-033",
    "sender": SEKI,
    "to": ["桜井税理士法人 小峰様 <komine@sakurai-tax.jp>"],
    "subject": "FW: マイナンバーの件",
    "charset": "iso-2022-jp",
    "body": f"""小峰様

お世話になっております。関です。
先日不足していた外注先1名分の個人番号がご本人から届きましたので、転送します。

-------- Forwarded Message --------
差出人: {_p['name']} <{_p['email']}>
送信日時: 2025年11月6日 21:14
宛先: t.seki@hinode-sangyo.co.jp
件名: マイナンバーの件

日の出産業 関様

お世話になっております。{_p['sei']}です。
ご依頼のあった個人番号をお送りします。

個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
住所：{_p['addr']}

よろしくお願いいたします。
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to its recipient) carrying a My Number to an outside firm",
})

# 034 — reply to the freelancer; her My Number only in quoted lines
_p = people(1)[0]
_mn = next_my_number()
M.append({
    "id": "torihikisaki-034",
    "sender": SEKI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "Re: 個人番号のご提出",
    "charset": "iso-2022-jp",
    "body": f"""{_p['sei']}様

ご提出ありがとうございます。確かに受領いたしました。
なお、番号確認書類（通知カードの写し等）と身元確認書類は、同封の返信用封筒で
郵送いただきますようお願いいたします。メールでの送付はご遠慮ください。

経理部 関

> 日の出産業 関様
>
> お世話になっております。{_p['name']}です。
> 個人番号は {_mn} です。
> よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the My Number is only in quoted text, sent back to its own holder who already has it",
})

# 035 — corrupt XLSX attachment to a vendor
M.append({
    "id": "torihikisaki-035",
    "sender": KISHI,
    "to": ["東洋パッケージ 総務 福永様 <fukunaga@toyo-pkg.co.jp>"],
    "subject": "取引先登録情報のご確認（修正版）",
    "charset": "shift_jis",
    "body": f"""東洋パッケージ株式会社
総務部 福永様

お世話になっております。日の出産業の岸本です。
ご指摘いただいた箇所を修正した登録情報をお送りします。
再度ご確認いただけますでしょうか。

{SIG_KISHI}
""",
    "attachments": [{"kind": "corrupt", "name": "取引先登録情報_修正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
})

# 036 — meeting mail to two external organisations (partner + system vendor)
M.append({
    "id": "torihikisaki-036",
    "sender": NAKA,
    "to": ["川崎電機 情報システム課 松下様 <matsushita@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>", MIYOSHI],
    "subject": "EDI連携（発注データ）打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 松下様
（cc：ツバサシステム 武田様）

お世話になっております。日の出産業 情報システム部の仲村です。

発注データのEDI連携について、三社で仕様確認の打合せをお願いしたく存じます。
以下の候補からご都合のよい日時をお知らせください。

　①11/17（月）10:00～11:30
　②11/19（水）15:00～16:30
　③11/20（木）13:30～15:00

場所：弊社本社 7F 第3会議室（Web参加も可）

{SIG_NAKA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# 037 — year-end schedule To/Cc four vendors of four companies
M.append({
    "id": "torihikisaki-037",
    "sender": MIYOSHI,
    "to": ["丸栄製作所 長尾様 <nagao@maruei-ss.co.jp>", "大和化成 営業 <sales@yamato-kasei.co.jp>"],
    "cc": ["協和梱包 <info@kyowa-konpo.co.jp>", "ホクト樹脂 営業部 <eigyo@hokuto-jushi.co.jp>"],
    "subject": "年末年始の納品・検収スケジュールについて",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

いつもお世話になっております。日の出産業 購買部の三好です。
年末年始の納品・検収について、以下のとおりご案内いたします。

　・最終納品受付：12月26日（金）15:00まで
　・年始納品開始：1月5日（月）9:00から
　・12月分検収締め：12月25日（木）

年末のご請求書は12/26必着でお願いいたします。

{SIG_MIYOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four vendors of four companies in To/Cc see each other: should have been Bcc",
})

# 038 — internal notification from the purchasing system (subdomain) with account changes
_p = people(5)
_log = "\n".join(f"{R.randint(8, 17):02d}:{R.randint(0, 59):02d}  K{3300 + i}  {p['name']:<8}  口座変更  "
                 f"{p['bank']} {p['branch']} 普通 {acct7()} → {p['bank']} {p['branch']} 普通 {p['acct']}"
                 for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-038",
    "sender": KOBAI_SYS,
    "to": ["購買部 取引先管理G <torihiki-kanri@hinode-sangyo.co.jp>",
           "経理部 支払G <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "[購買システム] 取引先マスタ変更ログ 2025/11/07",
    "charset": "utf-8",
    "body": f"""本メールは購買システムから自動送信されています。

2025/11/07 の取引先マスタ変更（承認済み）は以下のとおりです。

{_log}

変更件数：5件
※ 口座変更は支払前に必ず書面と照合してください。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "system notification with five individuals' account changes, internal recipients only",
})

# 039 — a foreign freelancer's residence card number to the screening firm
_rc = f"{R.choice('ABCDEFGH')}{R.choice('BCDGHJKL')}{R.randint(10000000, 99999999)}{R.choice('CDEFGHJK')}{R.choice('BCDE')}"
M.append({
    "id": "torihikisaki-039",
    "sender": KISHI,
    "to": ["コンプラリサーチ 調査受付 <chosa@compra-research.jp>"],
    "subject": "外国籍の個人事業主の照会について",
    "charset": "utf-8",
    "body": f"""コンプラリサーチ株式会社 ご担当者様

いつもお世話になっております。岸本です。
翻訳業務の外注先として登録予定の方について、照会をお願いします。
ローマ字表記は在留カードのとおりです。

  氏名（ローマ字）： NGUYEN THI LAN ANH
  氏名（カナ）　　： グエン ティ ラン アイン
  生年月日　　　　： 1991年3月27日
  住居地　　　　　： 東京都板橋区大山東町51-7 ハイツ大山302
  在留カード番号　： {_rc}
  在留期間満了日　： 2027年9月30日

よろしくお願いいたします。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence card number (identity document) of one person sent outside",
})

# 040 — English mail asking an overseas vendor for company bank details
M.append({
    "id": "torihikisaki-040",
    "sender": ONO,
    "to": ["Lin Mei-Hua <meihua.lin@formosa-precision.com.tw>"],
    "subject": "Vendor registration - bank information form",
    "charset": "utf-8",
    "body": f"""Dear Ms. Lin,

Thank you for your quotation for the aluminium housings (RFQ-2510-33).
Before we can issue the first purchase order, we need to register Formosa Precision
as a supplier in our system. Could you please fill in the attached form with your
company's bank details (bank name, SWIFT code, account name and number) and have it
signed by an authorised person?

For security reasons, any later change of bank details will be confirmed by phone
with your finance department before it takes effect.

{SIG_ONO}

{DISCLAIMER_EN}
""",
    "attachments": [{"kind": "pdf", "name": "Supplier_Bank_Information_Form.pdf",
                     "lines": ["Supplier Bank Information Form", "Supplier name: ____________",
                               "Bank name: ____________", "SWIFT/BIC: ____________",
                               "Account name: ____________", "Account number / IBAN: ____________",
                               "Authorised signature: ____________"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "blank bank form for a foreign supplier, disclaimer only: ordinary",
})

# 041 — look-alike of the partner bank midori-ginko.co.jp (i → l)
M.append({
    "id": "torihikisaki-041",
    "sender": SEKI,
    "to": ["みどり銀行 品川支店 <shinagawa-houjin@midori-glnko.co.jp>"],
    "subject": "振込先口座の名義確認のお願い",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 品川支店 法人営業課 御中

いつもお世話になっております。日の出産業 経理部の関です。
取引先から振込口座の変更依頼があり、名義が旧口座と一致しないため、
組戻しを避けるために事前確認をお願いしたく存じます。

　変更後口座：みどり銀行 横浜西口支店 普通 3318042
　名義　　　：カ）ダイワカセイ

お手数ですがご確認のほどお願いいたします。

{SIG_SEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-glnko.co.jp is a look-alike of the partner bank's domain midori-ginko.co.jp",
})

# 042 — ordinary question to the real bank domain
M.append({
    "id": "torihikisaki-042",
    "sender": SEKI,
    "to": ["みどり銀行 品川支店 法人営業課 <shinagawa-houjin@midori-ginko.co.jp>"],
    "subject": "年末の総合振込の締切時刻について",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 品川支店
法人営業課 御中

お世話になっております。日の出産業 経理部の関です。
12月30日（火）支払分の総合振込について、データ送信の締切時刻と、
年末の振込手数料の改定有無をお教えいただけますでしょうか。
件数は例月どおり約380件の見込みです。

{SIG_SEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary question to the partner bank's real domain",
})

# 043 — T-number check of eight sole proprietors with home address, tab-separated, to tax firm
_p = people(8)
_st = ["登録あり", "登録あり", "該当なし", "登録あり", "登録あり", "該当なし", "登録あり", "登録あり"]
_tsv = "\n".join(f"{p['name']}\t{t_number() if _st[i] == '登録あり' else '－'}\t{p['addr']}\t{_st[i]}"
                 for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-043",
    "sender": KISHI,
    "to": ["桜井税理士法人 小峰様 <komine@sakurai-tax.jp>"],
    "subject": "個人外注先の登録番号確認結果",
    "charset": "utf-8",
    "body": f"""小峰様

お世話になっております。日の出産業 購買部の岸本です。
ご相談していた個人外注先8名の登録番号について、国税庁の公表サイトで確認した
結果を貼り付けます（Excelからのコピーです）。

氏名\t登録番号\t住所\t確認結果
{_tsv}

「該当なし」の方の経過措置の扱いについて、ご意見をいただけますと幸いです。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_CORPORATE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight individuals' names with home addresses (and T-numbers), tab-separated, to an outside firm",
})

# 044 — T-number check of nine companies (XLSX) to the tax firm
_rows = [["取引先名", "登録番号", "登録年月日", "確認日"]]
for n in ["株式会社丸栄製作所", "東洋パッケージ株式会社", "協和梱包株式会社", "大和化成株式会社",
          "株式会社ミナト精機", "有限会社山城工業", "田辺木材株式会社", "北斗電子株式会社",
          "三光ばね工業株式会社"]:
    _rows.append([n, t_number(), f"2023/10/01", "2025/11/05"])
M.append({
    "id": "torihikisaki-044",
    "sender": KISHI,
    "to": ["桜井税理士法人 小峰様 <komine@sakurai-tax.jp>"],
    "subject": "法人取引先の登録番号確認結果",
    "charset": "iso-2022-jp",
    "body": f"""小峰様

続けて失礼します。岸本です。
法人の取引先9社分の確認結果も添付します。こちらは全社登録済みでした。

{SIG_KISHI}
""",
    "attachments": [{"kind": "xlsx", "name": "登録番号確認_法人.xlsx",
                     "sheets": {"確認結果": [["適格請求書発行事業者 登録番号確認（法人）"], []] + _rows}}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "nine companies' T-numbers: business data, not people",
})

# 045 — six sole proprietors by trade name with owner name, T-number and business phone
_p = people(6)
_yago = ["山之内塗装", "ひまわり配送", "工房いろは", "松風設備", "リーフ電工", "オフィス灯台"]
_lines = "\n".join(f"・{_yago[i]}（代表 {p['name']}）　{t_number()}　事業所TEL {p['mobile']}"
                   for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-045",
    "sender": MIYOSHI,
    "to": ["北国フーズ 購買課 石黒様 <ishiguro@kitaguni-foods.co.jp>"],
    "subject": "共同購買の協力業者リスト",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
購買課 石黒様

お世話になっております。日の出産業の三好です。
先日の共同購買の件で、弊社が取引している地元の協力業者（個人事業）を
ご紹介します。いずれもインボイス登録済みです。

{_lines}

各業者には北国フーズ様からご連絡がある旨、了解を得ています。

{SIG_MIYOSHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_CORPORATE_NUMBER", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six sole proprietors introduced as businesses (trade name, owner, T-number, business phone that is a mobile): people or businesses, arguable",
})

# 046 — PPTX with 社外秘 on every slide to the partner
M.append({
    "id": "torihikisaki-046",
    "sender": OMORI,
    "to": ["川崎電機 資材部 部長 竹中様 <takenaka@kawasaki-denki.co.jp>"],
    "subject": "来期調達方針（ご参考）",
    "charset": "iso-2022-jp",
    "body": f"""竹中部長

いつもお世話になっております。日の出産業の大森です。
先日お話しした来期の調達方針の資料をお送りします。
社内向けの資料ですので、取扱いにはご配慮ください。

{SIG_OMORI}
""",
    "attachments": [{"kind": "pptx", "name": "2026年度_調達方針.pptx", "page_footer": "社外秘",
                     "slides": [["2026年度 調達方針", "購買部", "社外秘"],
                                ["重点施策", "・主要部材の複数社購買化", "・取引先集約（420社→300社）",
                                 "・価格改定交渉の前倒し"],
                                ["取引先集約の対象", "・年間取引額100万円未満の取引先", "・評価ランクCの取引先"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides stamped 社外秘 sent to an external partner",
})

# 047 — PPTX of the vendor briefing sent to the print partner to print handouts
M.append({
    "id": "torihikisaki-047",
    "sender": KISHI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "取引先説明会 配布資料の印刷のお願い",
    "charset": "utf-8",
    "body": f"""錦印刷株式会社 営業部 御中

お世話になっております。日の出産業の岸本です。
12/3開催の取引先説明会の配布資料を、A4・両面・カラーで120部お願いします。
納品は12/1（月）午前中に本社1F受付までお願いします。

{SIG_KISHI}
""",
    "attachments": [{"kind": "pptx", "name": "取引先説明会2025_配布用.pptx",
                     "slides": [["取引先説明会 2025", "日の出産業株式会社 購買部"],
                                ["本日のご案内", "・来期の発注見通し", "・インボイス対応のお願い",
                                 "・取引先ポータルの導入"],
                                ["取引先ポータル", "・見積・発注・検収をWebで", "・2026年4月稼働予定"],
                                ["お問い合わせ", "購買部 取引先管理グループ TEL 03-5479-2235"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "handout slides for vendors: no marking, no personal data",
})

# 048 — DOCX list of six officers with DOB and address to a second screening firm
_p = people(6)
_roles = ["代表取締役", "取締役副社長", "常務取締役", "取締役", "取締役（社外）", "常勤監査役"]
M.append({
    "id": "torihikisaki-048",
    "sender": HAMADA,
    "to": ["日商調査センター 受付 <uketsuke@nissho-chosa.co.jp>"],
    "subject": "調査依頼書の送付（株式会社グランツ商会）",
    "charset": "shift_jis",
    "body": f"""日商調査センター 御中

お世話になっております。日の出産業 法務・コンプライアンス室の浜田です。
標記の件、調査依頼書をお送りします。コンプライアンス調査（役員個人を含む）での
ご対応をお願いいたします。

{SIG_HAMADA}
""",
    "attachments": [{"kind": "docx", "name": "調査依頼書_グランツ商会.docx", "title": "調査依頼書",
                     "paragraphs": ["調査依頼書", "対象会社：株式会社グランツ商会（東京都中央区）",
                                    "調査区分：コンプライアンス調査（役員個人を含む）", "対象役員："],
                     "tables": [[["役職", "氏名", "ふりがな", "生年月日", "住所"]]
                                + [[_roles[i], p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "short"),
                                    p["addr"]] for i, p in enumerate(_p)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six officers with dates of birth (S58.4.2 style) and addresses to an outside firm",
})

# 049 — plain ZIP with a payment CSV of ten individuals to an outsourced accounting firm
_p = people(10)
M.append({
    "id": "torihikisaki-049",
    "sender": SEKI,
    "to": ["経理サポート東京 担当 <support@keiri-support.co.jp>"],
    "subject": "11月分 外注費支払データ",
    "charset": "utf-8",
    "body": f"""経理サポート東京 ご担当者様

日の出産業の関です。11月分の外注費（個人）の支払データをZIPでお送りします。
仕訳の作成をお願いします。

{SIG_SEKI}
""",
    "attachments": [{"kind": "zip", "name": "gaichuhi_202511.zip",
                     "files": [{"kind": "csv", "name": "gaichuhi_kojin_202511.csv", "encoding": "cp932",
                                "rows": [["コード", "氏名", "銀行", "支店", "種別", "口座番号", "支払額", "源泉税"]]
                                + [[f"K{3400 + i}", p["name"], p["bank"], p["branch"], "普通", p["acct"],
                                    str(R.randint(50, 600) * 1000), ""] for i, p in enumerate(_p)]},
                               {"kind": "txt", "name": "readme.txt",
                                "text": "源泉税は支払額×10.21%（100万円超の部分は20.42%）で計算してください。"}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) holding a CSV of ten individuals' bank accounts sent outside",
})

# 050 — plain ZIP with a quote and a spec (business only)
M.append({
    "id": "torihikisaki-050",
    "sender": MIYOSHI,
    "to": ["三光ばね工業 営業課 <eigyo@sanko-bane.co.jp>"],
    "subject": "見積依頼：圧縮ばね 3品番",
    "charset": "iso-2022-jp",
    "body": f"""三光ばね工業株式会社 営業課 御中

お世話になっております。日の出産業の三好です。
圧縮ばね3品番のお見積りをお願いします。仕様書と数量をZIPにまとめました。
11/21までにご回答いただけますと幸いです。

{SIG_MIYOSHI}
""",
    "attachments": [{"kind": "zip", "name": "RFQ-2511-05.zip",
                     "files": [{"kind": "pdf", "name": "仕様書_SP-2210.pdf",
                                "lines": ["圧縮ばね仕様書 SP-2210", "線径 1.2mm / 外径 12mm / 自由長 35mm",
                                          "材質 SUS304-WPB", "数量 5,000個/月"]},
                               {"kind": "csv", "name": "数量.csv", "encoding": "cp932",
                                "rows": [["品番", "月間数量", "希望単価"], ["SP-2210", "5000", ""],
                                         ["SP-2214", "3000", ""], ["SP-3120", "1200", ""]]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "RFQ with product specs in a plain ZIP: no personal data",
})

# ========================================================================================
# 051–075
# ========================================================================================

# 051 — password-protected PDF credit report sent to the partner
M.append({
    "id": "torihikisaki-051",
    "sender": OMORI,
    "to": ["川崎電機 資材部 竹中様 <takenaka@kawasaki-denki.co.jp>"],
    "subject": "共同発注先の信用調査報告書",
    "charset": "iso-2022-jp",
    "body": f"""竹中部長

お世話になっております。大森です。
共同発注を検討している南海フィルム株式会社の信用調査報告書を共有します。
PDFにはパスワードを設定しています（前回と同じものです）。

{SIG_OMORI}
""",
    "attachments": [{"kind": "pdf", "name": "信用調査報告書_南海フィルム.pdf", "password": "kd2025hs",
                     "lines": ["企業信用調査報告書", "対象：南海フィルム株式会社", "評点：58 / 100",
                               "業績：売上高 42億円（前期比 +3.2%）"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF cannot be inspected",
})

# 052 — internal summary of credit scores
M.append({
    "id": "torihikisaki-052",
    "sender": KISHI,
    "to": [OMORI, MIYOSHI],
    "subject": "信用調査結果サマリ（11月依頼分）",
    "charset": "utf-8",
    "body": f"""大森部長、三好さん

東亜リサーチから6社分の結果が届きましたので要点のみ共有します。

社名              評点  与信限度額案
アルテック工業      62   2,000万円
南海フィルム        58   1,500万円
栄信メッキ          44   300万円（前払い条件を推奨）
ホクト樹脂          55   1,000万円
千代田ケミカル      67   3,000万円
ケイズ物流          51   800万円

報告書PDFは共有フォルダに格納済みです。
栄信メッキは代表者の個人保証を求めるか、ご判断をお願いします。

岸本
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal summary of company credit scores",
})

# 053 — forward as .eml: a freelancer's identity check with a health insurance card number
_p = people(1)[0]
_hi_k = f"{R.randint(1000, 9999)}"
_hi_n = f"{R.randint(10, 999)}"
M.append({
    "id": "torihikisaki-053",
    "sender": KISHI,
    "to": ["コンプラリサーチ 調査受付 <chosa@compra-research.jp>"],
    "subject": "FW: 本人確認書類について（添付メールご参照）",
    "charset": "iso-2022-jp",
    "body": f"""コンプラリサーチ ご担当者様

岸本です。先日照会をお願いした個人事業主の方から、本人確認の内容が届きました。
元のメールを添付しますので、照会に使ってください。

{SIG_KISHI}
""",
    "attachments": [{"kind": "eml", "name": "本人確認書類について.eml", "message": {
        "sender": f"{_p['name']} <{_p['email']}>",
        "to": [KISHI],
        "subject": "本人確認書類について",
        "charset": "iso-2022-jp",
        "body": f"""日の出産業 岸本様

お世話になっております。{_p['name']}です。
運転免許証を持っていないため、健康保険証の内容をお送りします。

保険者名：全国健康保険協会 神奈川支部
記号：{_hi_k}　番号：{_hi_n}
氏名：{_p['name']}
生年月日：{wareki(_p['y'], _p['m'], _p['d'])}
住所：{_p['addr']}

よろしくお願いいたします。
""",
    }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "attached forwarded mail carries a health insurance card 記号・番号 of one person",
})

# 054 — forward as .eml of an ordinary carrier schedule mail to a partner
M.append({
    "id": "torihikisaki-054",
    "sender": MIYOSHI,
    "to": ["北国フーズ 購買課 石黒様 <ishiguro@kitaguni-foods.co.jp>"],
    "subject": "FW: 年末の集荷スケジュール（青葉運輸）",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

三好です。共同配送の件、青葉運輸さんからの年末スケジュールを添付で転送します。
北国フーズ様の千歳工場分も同じ便で回れるとのことです。

{SIG_MIYOSHI}
""",
    "attachments": [{"kind": "eml", "name": "年末の集荷スケジュール.eml", "message": {
        "sender": "青葉運輸 配車係 井上 <inoue@aoba-unyu.co.jp>",
        "to": [MIYOSHI],
        "subject": "年末の集荷スケジュール",
        "charset": "iso-2022-jp",
        "body": """日の出産業 三好様

いつもお世話になっております。青葉運輸の井上です。
年末の集荷スケジュールをお知らせします。

12/26（金）通常便（最終）
12/27（土）臨時便 1台（要予約）
1/5（月）  年始初便

ご予約は配車係（0120-48-2210）までお願いします。

青葉運輸株式会社 東京営業所 配車係 井上
TEL 03-3790-4412
""",
    }}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded carrier schedule: only one business contact, no personal data",
})

# 055 — law firm, screening firm and credit research firm all in To/Cc
M.append({
    "id": "torihikisaki-055",
    "sender": HAMADA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>",
           "コンプラリサーチ 営業部 西尾様 <nishio@compra-research.jp>"],
    "cc": ["東亜リサーチ 企業調査部 <yoshin@toa-research.co.jp>", KISHI],
    "subject": "反社チェック運用見直しの打合せ（11/26）",
    "charset": "iso-2022-jp",
    "body": f"""各位

日の出産業 法務・コンプライアンス室の浜田です。
反社チェックの運用見直しについて、下記のとおり打合せをお願いいたします。

日時：11月26日（水）15:00～16:30
場所：日の出産業 本社 7F 大会議室
議題：
　１．新規取引先の調査範囲（役員・主要株主）
　２．既存取引先の定期チェック（3年ごと→毎年）
　３．信用調査と反社チェックの一本化

資料は前日までにお送りします。

{SIG_HAMADA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To/Cc can see each other's addresses",
})

# 056 — two external organisations: law firm + screening firm
M.append({
    "id": "torihikisaki-056",
    "sender": HAMADA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["コンプラリサーチ 西尾様 <nishio@compra-research.jp>"],
    "subject": "表明確約書の改訂案について",
    "charset": "utf-8",
    "body": f"""白川先生
（cc：コンプラリサーチ 西尾様）

お世話になっております。浜田です。
取引先向けの「反社会的勢力の排除に関する表明・確約書」の改訂案を作成しました。
調査会社の照会項目と整合しているか、西尾様にもご確認いただけますと助かります。

主な改訂点：
・役員の定義に「相談役・顧問」を追加
・表明事項に「反社会的勢力への資金提供の禁止」を明記
・違反時の無催告解除条項を追加

{SIG_HAMADA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: normal",
})

# 057 — legacy XLS ledger with six sole proprietors to the system vendor
_p = people(6)
M.append({
    "id": "torihikisaki-057",
    "sender": NAKA,
    "to": ["ツバサシステム 開発チーム <dev-hinode@tsubasa-system.jp>"],
    "subject": "旧台帳（xls）のレイアウト確認用",
    "charset": "shift_jis",
    "body": f"""ツバサシステム 開発チーム御中

仲村です。旧システムから出力した取引先台帳（xls形式）です。
列レイアウトの確認用に、先頭の数件をそのまま残しています。

{SIG_NAKA}
""",
    "attachments": [{"kind": "xls", "name": "旧取引先台帳_出力.xls",
                     "sheets": {"台帳": [["CD", "区分", "名称", "住所", "TEL", "銀行", "口座"]]
                                + [[f"K{2100 + i}", "個人", p["name"], p["addr"], p["mobile"],
                                    f"{p['bank']}/{p['branch']}", p["acct"]] for i, p in enumerate(_p)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with six individuals' addresses, phones and accounts sent outside",
})

# 058 — legacy XLS price list to a vendor
M.append({
    "id": "torihikisaki-058",
    "sender": MIYOSHI,
    "to": ["大和化成 営業部 <sales@yamato-kasei.co.jp>"],
    "subject": "単価表（改定後）のご確認",
    "charset": "shift_jis",
    "body": f"""大和化成株式会社 営業部 御中

お世話になっております。日の出産業の三好です。
1月からの改定単価を反映した単価表をお送りします。ご確認ください。

{SIG_MIYOSHI}
""",
    "attachments": [{"kind": "xls", "name": "単価表_2026年1月改定.xls",
                     "sheets": {"単価表": [["品番", "品名", "単位", "旧単価", "新単価", "適用開始"],
                                        ["YK-1020", "PPシート 0.5t", "枚", 320, 338, "2026/01/01"],
                                        ["YK-1021", "PPシート 0.8t", "枚", 410, 432, "2026/01/01"],
                                        ["YK-2210", "PEフィルム 50μ", "巻", 5800, 6050, "2026/01/01"],
                                        ["YK-3305", "緩衝材 エアキャップ", "巻", 2400, 2400, "2026/01/01"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list: product codes and prices only",
})

# 059 — records without a name column: vendor codes with accounts, phones, addresses
_p = people(6)
_tsv = "\n".join(f"K{3500 + i}\t{p['bank']}\t{p['branch']}\t普通\t{p['acct']}\t{p['mobile']}\t{p['addr']}"
                 for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-059",
    "sender": SEKI,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "口座データ不整合の件",
    "charset": "utf-8",
    "body": f"""武田様

関です。移行後の突合で、以下6件の口座情報が旧台帳と一致しませんでした。
コードで突合しているので氏名は省いています。正は旧台帳側です。

コード\t銀行\t支店\t種別\t口座番号\t連絡先\t住所
{_tsv}

原因調査をお願いできますでしょうか。

{SIG_SEKI}
""",
    "expect": "stop",
    "entities": ["JP_BANK_ACCOUNT", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six individuals' records (account, mobile, address) without a name column sent outside",
})

# 060 — DOCX stamped 部外秘 (header) to a consultant
M.append({
    "id": "torihikisaki-060",
    "sender": OMORI,
    "to": ["構造改革コンサルティング 平林様 <hirabayashi@kouzou-consult.co.jp>"],
    "subject": "取引先選定基準（現行版）",
    "charset": "iso-2022-jp",
    "body": f"""平林様

大森です。ご依頼の取引先選定基準の現行版をお送りします。
見直し案のたたき台としてご活用ください。

{SIG_OMORI}
""",
    "attachments": [{"kind": "docx", "name": "取引先選定基準_v3.docx", "page_header": "部外秘",
                     "title": "取引先選定基準",
                     "paragraphs": ["部外秘", "取引先選定基準（第3版）", "1. 目的",
                                    "本基準は、購買部が新規取引先を選定する際の評価項目と判断基準を定める。",
                                    "2. 評価項目", "(1) 信用評点50点以上 (2) 反社チェック該当なし "
                                    "(3) ISO9001認証または同等の品質体制 (4) BCPの策定"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "document classified 部外秘 (header and first line) sent to an outside consultant",
})

# 061 — five freelancers introduced in running text to the partner
_p = people(5)
_skill = ["電気CAD（EPLAN）歴12年", "機械設計・SolidWorks", "配線図のトレース", "PLCラダー設計",
          "取扱説明書の作成"]
_prose = (
    f"まず{_p[0]['name']}さん（{_skill[0]}）は携帯{_p[0]['mobile']}、メール{_p[0]['email']}でご連絡がつきます。"
    f"{_p[1]['name']}さんは{_skill[1]}が得意で、日中は{_p[1]['mobile']}にお電話いただくのが確実です"
    f"（メールは{_p[1]['email']}）。"
    f"配線図のトレースなら{_p[2]['name']}さん（{_p[2]['email']}、{_p[2]['mobile']}）が早いです。"
    f"PLCまわりは{_p[3]['name']}さんにお願いしており、連絡先は{_p[3]['mobile']}／{_p[3]['email']}です。"
    f"最後に、{_skill[4]}をお願いしている{_p[4]['name']}さんは、{_p[4]['email']}宛のメールが一番早く、"
    f"急ぎの場合は{_p[4]['mobile']}までどうぞ。")
M.append({
    "id": "torihikisaki-061",
    "sender": FURU,
    "to": ["川崎電機 技術部 小西様 <konishi@kawasaki-denki.co.jp>"],
    "subject": "設計外注先のご紹介",
    "charset": "utf-8",
    "body": f"""小西様

いつもお世話になっております。古川です。
先日ご相談いただいた設計リソースの件、弊社で長くお付き合いのある個人の外注先を
5名ご紹介します。{_prose}
いずれも単価は弊社と同水準（時間単価4,500～6,000円）とのことです。

{SIG_FURU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five private persons' mobiles and e-mail addresses in running text sent outside",
})

# 062 — two freelancers in running text: short list, may warn
_p = people(2)
M.append({
    "id": "torihikisaki-062",
    "sender": FURU,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "図面管理システムの操作説明の件",
    "charset": "iso-2022-jp",
    "body": f"""武田様

古川です。来週の図面管理システムの操作説明には、弊社の外注設計者2名も参加します。
当日入館証の手配をお願いしたく、連絡先をお知らせします。

{_p[0]['name']}さん（携帯 {_p[0]['mobile']}）と、{_p[1]['name']}さん（携帯 {_p[1]['mobile']}）です。

{SIG_FURU}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two people's mobile numbers: a short list under the threshold, may warn",
})

# 063 — an identified freelancer's hearing disability told to the partner
_p = people(1)[0]
M.append({
    "id": "torihikisaki-063",
    "sender": FURU,
    "to": ["川崎電機 技術部 小西様 <konishi@kawasaki-denki.co.jp>"],
    "subject": "11/20 設計レビューの進め方について",
    "charset": "iso-2022-jp",
    "body": f"""小西様

お世話になっております。古川です。
11/20の設計レビューには、外注先の{_p['name']}さんにも同席してもらいます。

{_p['sei']}さんは聴覚障害（身体障害者手帳4級）をお持ちのため、当日は口頭での
やり取りに加えて、チャットでの文字共有をお願いできればと思います。
会議室にプロジェクタがあれば、こちらで文字起こしツールを用意します。

{SIG_FURU}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified person's disability (要配慮個人情報) sent to an outside company",
})

# 064 — venue logistics with the hotel: barrier-free, no person
M.append({
    "id": "torihikisaki-064",
    "sender": ADACHI,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "取引先説明会（12/3）会場の件",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業 総務部の安達です。
12/3の取引先説明会（約120名）について、以下ご確認させてください。

・会場入口から車椅子で入れるルート（段差の有無）
・多目的トイレの場所
・受付台2台と、資料配布用の長机4台の手配
・昼食は不要、休憩時のコーヒーのみ

よろしくお願いいたします。

日の出産業株式会社 総務部 安達 美紀
TEL 03-5479-2120
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "accessibility mentioned with no identifiable person: ordinary venue mail",
})

# 065 — an identified sole proprietor as a fraud victim, told to another vendor
_p = people(1)[0]
M.append({
    "id": "torihikisaki-065",
    "sender": SEKI,
    "to": ["錦印刷 経理部 <keiri@nishiki-insatsu.co.jp>"],
    "subject": "振込口座変更を装ったメールにご注意ください",
    "charset": "utf-8",
    "body": f"""錦印刷株式会社 経理部 御中

お世話になっております。日の出産業 経理部の関です。

実は先月、弊社の外注先である{_p['name']}さん（個人でデザイン業を営まれている方）が、
弊社を装った「振込口座変更」のメールに騙され、取引先からの入金約80万円を
詐取される被害に遭われました。現在、{_p['sei']}さんは神奈川県警に被害届を出されています。

貴社にも同様のメールが届く可能性がありますので、弊社名義の口座変更依頼が
メールで届いた場合は、必ず購買部までお電話でご確認ください。

{SIG_SEKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified person having been a crime victim (要配慮個人情報) told to another company",
})

# 066 — BEC warning to vendors by Bcc, no person named
M.append({
    "id": "torihikisaki-066",
    "sender": "日の出産業 購買部 <kobai@hinode-sangyo.co.jp>",
    "to": ["kobai@hinode-sangyo.co.jp"],
    "bcc": ["keiri@nishiki-insatsu.co.jp", "keiri@aoba-unyu.co.jp", "keiri@minato-seiki.co.jp",
            "sales@yamato-kasei.co.jp", "info@kyowa-konpo.co.jp", "eigyo@hokuto-jushi.co.jp"],
    "subject": "【注意喚起】弊社を装った口座変更依頼メールについて",
    "charset": "iso-2022-jp",
    "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

最近、弊社社員を装い「振込先口座が変更になった」と連絡する不審なメールが
確認されております。弊社が振込先の変更をメールのみでご依頼することはございません。

不審なメールを受信された場合は、開封・返信をせず、購買部
（TEL 03-5479-2235）までご連絡ください。

日の出産業株式会社 購買部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "warning to vendors in Bcc; no identifiable victim, no personal data",
})

# 067 — look-alike of the own domain (co. dropped): hinode-sangyo.jp
M.append({
    "id": "torihikisaki-067",
    "sender": OMORI,
    "to": ["日の出ロジスティクス 購買 宮原さん <miyahara@hinode-sangyo.jp>"],
    "subject": "グループ共通の取引先台帳フォーマット",
    "charset": "iso-2022-jp",
    "body": f"""宮原さん

大森です。グループ共通の取引先台帳フォーマットを作る件、
親会社側の項目案をまとめましたので見ていただけますか。

　必須：取引先コード／商号／法人番号／登録番号（T番号）／所在地／代表電話
　　　　支払条件／振込先／反社チェック実施日／与信限度額
　任意：担当者名／担当者メール／取引開始日／主要取扱品目

{SIG_OMORI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp is a look-alike of the own domain hinode-sangyo.co.jp (co. dropped)",
})

# 068 — look-alike of partner aoba-unyu.co.jp (hyphen for dot): aoba-unyu-co.jp
M.append({
    "id": "torihikisaki-068",
    "sender": MIYOSHI,
    "to": ["青葉運輸 経理課 <keiri@aoba-unyu-co.jp>"],
    "subject": "支払条件変更のご案内",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社 経理課 御中

お世話になっております。日の出産業 購買部の三好です。
2026年1月請求分より、支払条件を「月末締め翌々月10日払い」から
「月末締め翌月末払い」に変更させていただきます。
詳細は別途郵送する通知書をご確認ください。

{SIG_MIYOSHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu-co.jp is a look-alike of the partner domain aoba-unyu.co.jp (hyphen for dot)",
})

# 069 — look-alike of partner tsubasa-system.jp (letter added): tsubasa-systems.jp
M.append({
    "id": "torihikisaki-069",
    "sender": NAKA,
    "to": ["武田 <takeda@tsubasa-systems.jp>"],
    "subject": "取引先マスタ 項目定義書 v0.9",
    "charset": "utf-8",
    "body": f"""武田様

仲村です。取引先マスタの項目定義書 v0.9 を添付します。
「反社チェック実施日」「与信限度額」「登録番号」の3項目を追加しています。

{SIG_NAKA}
""",
    "attachments": [{"kind": "xlsx", "name": "取引先マスタ_項目定義書_v0.9.xlsx",
                     "sheets": {"項目定義": [["No", "項目名", "型", "桁", "必須"],
                                         [1, "取引先コード", "文字", 6, "○"],
                                         [2, "商号", "文字", 100, "○"],
                                         [3, "法人番号", "数字", 13, ""],
                                         [4, "登録番号", "文字", 14, ""],
                                         [5, "反社チェック実施日", "日付", 8, "○"],
                                         [6, "与信限度額", "数値", 12, ""]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systems.jp is a look-alike of the partner domain tsubasa-system.jp (letter added)",
})

# 070 — look-alike of partner nishiki-insatsu.co.jp (letter dropped): nishiki-insatu.co.jp
M.append({
    "id": "torihikisaki-070",
    "sender": KISHI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "Re: 取引先説明会 配布資料の印刷のお願い",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷 営業部 御中

岸本です。お見積りありがとうございます。
部数を120部から150部に変更させてください。納期は変わらず12/1午前でお願いします。

{SIG_KISHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp is a look-alike of the partner domain nishiki-insatsu.co.jp",
})

# 071 — order to the real nishiki-insatsu.co.jp domain
M.append({
    "id": "torihikisaki-071",
    "sender": MIYOSHI,
    "to": ["錦印刷 営業部 原田様 <harada@nishiki-insatsu.co.jp>"],
    "subject": "注文書送付（PO-25-12044 封筒印刷）",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 原田様

お世話になっております。日の出産業の三好です。
下記のとおり発注いたします。注文書PDFを添付します。

　注文番号：PO-25-12044
　品名　　：角2封筒（社名入り・2色）
　数量　　：10,000枚
　単価　　：9.8円
　納期　　：12月10日
　納品先　：本社 1F 受付

請求書には登録番号の記載をお願いします。

{SIG_MIYOSHI}
""",
    "attachments": [{"kind": "pdf", "name": "注文書_PO-25-12044.pdf",
                     "lines": ["注文書", "注文番号 PO-25-12044", "錦印刷株式会社 御中",
                               "角2封筒（社名入り・2色） 10,000枚 @9.8 = 98,000円（税別）",
                               "日の出産業株式会社 購買部"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order to the partner's real domain: order number, product, price",
})

# 072 — 【極秘】 in the subject: vendor consolidation plan to the law firm
M.append({
    "id": "torihikisaki-072",
    "sender": OMORI,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "【極秘】取引先の集約と取引停止の進め方について",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。日の出産業の大森です。
本件は社内でも限られたメンバーのみで検討している案件です。

来期、年間取引額の小さい取引先約120社との取引を段階的に終了する計画があります。
下請法・独占禁止法上の留意点と、取引停止通知の文案についてご相談させてください。

{SIG_OMORI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【極秘】 in the subject and goes outside",
})

# 073 — bilingual disclaimer on an ordinary vendor mail
M.append({
    "id": "torihikisaki-073",
    "sender": ONO,
    "to": ["Formosa Precision Sales <sales@formosa-precision.com.tw>"],
    "subject": "PO-25-12101 delivery schedule / 納期のご確認",
    "charset": "utf-8",
    "body": f"""Dear Formosa Precision team,

Thank you for the order confirmation. Please ship PO-25-12101 (2,000 pcs of
AH-220 housing) in two lots: 1,000 pcs on Dec 8 and 1,000 pcs on Jan 12, both
CIF Yokohama. Please include the packing list and the commercial invoice in the
shipment documents.

{SIG_ONO}

{DISCLAIMER_EN}

{DISCLAIMER_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "standard bilingual confidentiality disclaimer at the end: not a marking",
})

# 074 — PDF with a "Confidential" page header to an overseas vendor
M.append({
    "id": "torihikisaki-074",
    "sender": ONO,
    "to": ["Lin Mei-Hua <meihua.lin@formosa-precision.com.tw>"],
    "subject": "Supplier scorecard H1 2025",
    "charset": "utf-8",
    "body": f"""Dear Ms. Lin,

Please find attached our internal supplier scorecard for H1 2025, which
includes your ranking among our overseas suppliers. Let's discuss the delivery
score at our next quarterly review.

{SIG_ONO}
""",
    "attachments": [{"kind": "pdf", "name": "Supplier_Scorecard_H1_2025.pdf",
                     "page_header": "CONFIDENTIAL - Internal Use Only",
                     "title": "Supplier Scorecard H1 2025",
                     "lines": ["Supplier Scorecard H1 2025 (overseas suppliers)", ""],
                     "table": [["Supplier", "Quality", "Delivery", "Cost", "Rank"],
                               ["Formosa Precision", "4.5", "3.2", "4.0", "2"],
                               ["Shenzhen Bright Metal", "3.8", "4.1", "4.6", "1"],
                               ["Penang Mold Works", "4.0", "3.9", "3.5", "3"],
                               ["Hanoi Cable Co.", "3.1", "3.0", "4.2", "4"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attachment stamped CONFIDENTIAL - Internal Use Only on every page, sent outside",
})

# 075 — mentions 社外秘 in running text (declining to share): not a marking
M.append({
    "id": "torihikisaki-075",
    "sender": MIYOSHI,
    "to": ["ミナト精機 営業部 松岡様 <matsuoka@minato-seiki.co.jp>"],
    "subject": "Re: 評価結果の開示について",
    "charset": "iso-2022-jp",
    "body": f"""松岡様

お世話になっております。三好です。
取引先評価の詳細資料は社外秘扱いのため、資料そのものをお渡しすることはできません。
ただ、貴社の評価ランク（B）と、改善いただきたい点（納期回答の迅速化）は
次回の定例会で口頭にてご説明いたします。ご理解のほどお願いいたします。

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is only mentioned in running text, the mail is not classified",
})

# ========================================================================================
# 076–100
# ========================================================================================

# 076 — six freelancers on free mail in Cc, visible to each other
_p = people(6)
_doms = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp"]
M.append({
    "id": "torihikisaki-076",
    "sender": SEKI,
    "to": [SEKI],
    "cc": [f"{p['name']} <{p['email'].split('@')[0]}@{_doms[i]}>" for i, p in enumerate(_p)],
    "subject": "支払調書の送付時期について（外注先の皆さまへ）",
    "charset": "iso-2022-jp",
    "body": f"""外注先の皆さま

いつもお世話になっております。日の出産業 経理部の関です。

本年分の支払調書（報酬・料金）は、1月20日頃に郵送でお送りする予定です。
ご住所に変更があった方は、12月19日までに経理部までお知らせください。
確定申告にご利用ください。

{SIG_SEKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "six private persons in Cc can see each other's addresses: should have been Bcc",
})

# 077 — one freelancer (free mail) plus one company in To/Cc
_p = people(1)[0]
M.append({
    "id": "torihikisaki-077",
    "sender": MIYOSHI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "cc": ["錦印刷 制作部 原田様 <harada@nishiki-insatsu.co.jp>"],
    "subject": "カタログ入稿データの受け渡しについて",
    "charset": "utf-8",
    "body": f"""{_p['sei']}様
（cc：錦印刷 原田様）

お世話になっております。日の出産業の三好です。
カタログの最終データは、{_p['sei']}様から錦印刷の原田様へ直接ご入稿いただく流れで
お願いします。入稿方法（ストレージのURL等）は原田様からご案内いただけます。

入稿予定：11月25日（火）

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one free-mail recipient plus one company: two external parties, normal",
})

# 078 — CSV of ten vendor contact persons (direct lines, mobiles, e-mails) to the system vendor
_p = people(10)
_cos = [("丸栄製作所", "maruei-ss.co.jp"), ("ミナト精機", "minato-seiki.co.jp"), ("東洋パッケージ", "toyo-pkg.co.jp"),
        ("山城工業", "yamashiro-kogyo.co.jp"), ("協和梱包", "kyowa-konpo.co.jp"), ("大和化成", "yamato-kasei.co.jp"),
        ("ホクト樹脂", "hokuto-jushi.co.jp"), ("三光ばね工業", "sanko-bane.co.jp"), ("田辺木材", "tanabe-mokuzai.co.jp"),
        ("アルテック工業", "altec-kogyo.co.jp")]
_rows = [["取引先名", "部署", "担当者名", "担当者カナ", "直通電話", "携帯", "メール"]]
for (c, d), p in zip(_cos, _p):
    _rows.append([c, R.choice(["営業部", "営業課", "業務部", "総務部"]), p["name"], p["kana"],
                  f"0{R.randint(3, 4)}-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}", p["mobile"],
                  f"{p['email'].split('@')[0].replace('_', '.')}@{d}"])
M.append({
    "id": "torihikisaki-078",
    "sender": NAKA,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "取引先ポータル 初期ユーザー登録用データ",
    "charset": "utf-8",
    "body": f"""武田様

仲村です。取引先ポータルの初期ユーザー登録用に、主要取引先10社の担当者一覧を
CSV（UTF-8）でお送りします。招待メールの送信は4月の本稼働後でお願いします。

{SIG_NAKA}
""",
    "attachments": [{"kind": "csv", "name": "portal_users_initial.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ten vendor contact persons' names, mobiles and e-mails: a list of people, even if business contacts",
})

# 079 — three contact persons shared with the partner
_p = people(3)
M.append({
    "id": "torihikisaki-079",
    "sender": MIYOSHI,
    "to": ["北国フーズ 購買課 石黒様 <ishiguro@kitaguni-foods.co.jp>"],
    "subject": "共同購買 窓口担当者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

お世話になっております。三好です。
共同購買の対象3社の窓口担当者をお知らせします。

・田辺木材　　　{_p[0]['name']}様　直通 054-334-1215　{_p[0]['email'].split('@')[0].replace('_', '.')}@tanabe-mokuzai.co.jp
・協和梱包　　　{_p[1]['name']}様　携帯 {_p[1]['mobile']}
・ホクト樹脂　　{_p[2]['name']}様　直通 0258-46-8817

ご連絡の際は、日の出産業からの紹介とお伝えください。

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three business contact persons: a short list under the threshold, may warn",
})

# 080 — construction subcontractor's worker roster (作業員名簿) to the security company
_p = people(6)
_hk = [(f"{R.randint(1000, 9999)}", f"{R.randint(1, 299)}") for _ in _p]
_pen = [f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}" for _ in _p]
M.append({
    "id": "torihikisaki-080",
    "sender": TERAO,
    "to": ["ひかり警備保障 相模原営業所 <sagamihara@hikari-keibi.co.jp>"],
    "subject": "12月 空調更新工事 入構者名簿の送付",
    "charset": "shift_jis",
    "body": f"""ひかり警備保障株式会社
相模原営業所 御中

お世話になっております。日の出産業 相模原工場 施設課の寺尾です。
12/8～12/19の空調更新工事（施工：有限会社松風設備）の入構者名簿をお送りします。
正門での本人確認に使用してください。

{SIG_TERAO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "作業員名簿_松風設備_202512.xlsx", "title": "作業員名簿",
        "sheets": {"作業員名簿": [["作業員名簿（全建統一様式第5号）", "", "", "", "", "", "", ""],
                              ["事業所名：有限会社松風設備", "", "", "", "", "", "", ""],
                              ["氏名", "ふりがな", "生年月日", "現住所", "電話", "健康保険（記号・番号）",
                               "基礎年金番号", "血液型"]]
                  + [[p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "kanji"), p["addr"], p["mobile"],
                      f"協会けんぽ 記号{_hk[i][0]} 番号{_hk[i][1]}", _pen[i], R.choice(["A", "B", "O", "AB"])]
                     for i, p in enumerate(_p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "worker roster of six with health insurance numbers and basic pension numbers sent outside",
})

# 081 — the same kind of roster forwarded internally to safety & health
_p = people(7)
M.append({
    "id": "torihikisaki-081",
    "sender": TERAO,
    "to": ["相模原工場 安全衛生課 <anzen-sagamihara@hinode-sangyo.co.jp>"],
    "subject": "FW: 作業員名簿（北栄電設・1月工事分）",
    "charset": "shift_jis",
    "body": f"""安全衛生課 各位

施設課 寺尾です。1月の受変電設備点検の作業員名簿が届いたので転送します。
新規入場者教育の対象者確認をお願いします。

----- 転送メッセージ -----
差出人: 北栄電設 工事部 <koji@hokuei-densetsu.co.jp>
件名: 作業員名簿（1月工事分）

""" + "\n".join(f"{p['name']}　{wareki(p['y'], p['m'], p['d'], 'short')}　{p['addr']}　"
                f"健保 記号{R.randint(1000, 9999)} 番号{R.randint(1, 199)}"
                for p in _p) + f"""

{SIG_TERAO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    "detectors": [],
    "note": "a worker roster with health insurance numbers, forwarded only to internal recipients",
})

# 082 — an overseas vendor director's passport number to the screening firm
_pp = f"{R.choice(['3', '5'])}{R.randint(10000000, 99999999)}"
M.append({
    "id": "torihikisaki-082",
    "sender": ONO,
    "to": ["コンプラリサーチ 海外調査チーム <global@compra-research.jp>"],
    "subject": "海外取引先の制裁リスト照会（Penang Mold Works）",
    "charset": "utf-8",
    "body": f"""コンプラリサーチ 海外調査チーム ご担当者様

日の出産業 購買部（海外調達）の小野です。
マレーシアの新規仕入先について、制裁リスト・反社照会をお願いします。
取締役の旅券情報を先方から受領しています。

  Company   : Penang Mold Works Sdn. Bhd.
  Director  : TAN WEI JIE
  Nationality: Malaysia
  Date of birth: 14 MAR 1979
  Passport No.: A{_pp}

納期は通常どおりで結構です。

{SIG_ONO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number (identity document) of one person sent outside",
})

# 083 — English KYC request without any numbers
M.append({
    "id": "torihikisaki-083",
    "sender": ONO,
    "to": ["Penang Mold Works Admin <admin@penangmold.com.my>"],
    "subject": "Supplier onboarding - documents required",
    "charset": "utf-8",
    "body": f"""Dear Penang Mold Works team,

Thank you for accepting our terms. To complete your registration as a supplier,
please send us the following through our supplier portal (not by e-mail):

  1. Certificate of incorporation (SSM)
  2. List of directors
  3. Bank confirmation letter
  4. Signed anti-bribery and anti-social-forces declaration

Once we receive them, our compliance team will run the standard screening,
which normally takes five business days.

{SIG_ONO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "onboarding checklist: no personal data",
})

# 084 — DOCX site-entry application with six workers (DOB, mobile) to a customer
_p = people(6)
M.append({
    "id": "torihikisaki-084",
    "sender": FURU,
    "to": ["北国フーズ 千歳工場 総務課 <chitose-soumu@kitaguni-foods.co.jp>"],
    "subject": "入構申請書の提出（11/25 設備据付）",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社 千歳工場
総務課 御中

お世話になっております。日の出産業 開発設計部の古川です。
11/25の充填機据付作業について、入構申請書を提出いたします。
弊社社員1名と協力会社（個人事業主）の作業者5名です。

{SIG_FURU}
""",
    "attachments": [{"kind": "docx", "name": "入構申請書_20251125.docx", "title": "入構申請書",
                     "paragraphs": ["入構申請書", "作業内容：充填機据付・試運転", "作業日：2025年11月25日 8:30～18:00",
                                    "作業者一覧（当日は写真付き身分証を持参します）"],
                     "tables": [[["No", "所属", "氏名", "生年月日", "携帯電話"]]
                                + [[i + 1, "日の出産業" if i == 0 else "協力会社", p["name"], p["dob"], p["mobile"]]
                                   for i, p in enumerate(_p)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six people with date of birth and mobile sent to a customer",
})

# 085 — three people's names for a venue entry, one with a mobile
_p = people(3)
M.append({
    "id": "torihikisaki-085",
    "sender": ADACHI,
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "12/3 搬入作業者のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約ご担当者様

日の出産業 総務部の安達です。
12/2（火）18時からの会場設営で搬入口を使用する者をお知らせします。

　責任者：{_p[0]['name']}（錦印刷）　当日連絡先 {_p[0]['mobile']}
　作業者：{_p[1]['name']}（錦印刷）、{_p[2]['name']}（日の出産業 総務部）

車両：ハイエース1台（品川400 す 12-34）

日の出産業株式会社 総務部 安達 美紀
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three names, one with a mobile number: a short list, may warn",
})

# 086 — Shift_JIS, one record per block, full-width digits: five candidates to an agency
_p = people(5)
_blocks = "\n\n".join(
    f"■候補{zen(str(i + 1))}\n氏名：{p['name']}（{p['kana']}）\n生年月日：{wareki(p['y'], p['m'], p['d'], 'zenshort')}\n"
    f"携帯：{zen(p['mobile'])}\nメール：{p['email']}\n経験：{R.choice(['射出成形金型', 'NC旋盤', '板金設計', '電気制御', '品質保証'])}"
    for i, p in enumerate(_p))
M.append({
    "id": "torihikisaki-086",
    "sender": MIYOSHI,
    "to": ["テックエージェント 法人営業 <corp@tech-agent.co.jp>"],
    "subject": "業務委託候補者の照会",
    "charset": "shift_jis",
    "body": f"""テックエージェント株式会社
法人営業部 御中

お世話になっております。日の出産業 購買部の三好です。
弊社へ直接応募のあった業務委託候補者5名について、貴社経由での契約に切り替えられるか
ご検討いただきたく、情報をお送りします。

{_blocks}

各候補者には貴社へ情報提供する旨、口頭で了解を得ています。

{SIG_MIYOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people as one-record blocks with 和暦 birth dates and full-width mobiles sent outside",
})

# 087 — price quote reply with product codes and many numbers
M.append({
    "id": "torihikisaki-087",
    "sender": MIYOSHI,
    "to": ["協和梱包 営業 <info@kyowa-konpo.co.jp>"],
    "subject": "Re: 段ボール価格改定のご案内",
    "charset": "iso-2022-jp",
    "body": f"""協和梱包株式会社 御中

お世話になっております。三好です。
価格改定のご案内ありがとうございます。下記品番の改定幅について再検討をお願いします。

品番        サイズ(mm)        現単価  改定案  当社希望
KB-0421     420x310x250       148     171     160
KB-0622     600x400x300       236     279     255
KB-0830     800x600x450       412     488     450
JAN 4901234567894 の緩衝材は据え置きでお願いします。

月間使用量は合計約18,000枚です。

{SIG_MIYOSHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price negotiation with product codes, sizes and a JAN code: numbers but no personal data",
})

# 088 — look-alike of partner kitaguni-foods.co.jp: kitaguni-foods.jp
M.append({
    "id": "torihikisaki-088",
    "sender": MIYOSHI,
    "to": ["石黒様 <ishiguro@kitaguni-foods.jp>"],
    "subject": "共同購買 対象品目リスト（案）",
    "charset": "iso-2022-jp",
    "body": f"""石黒様

三好です。共同購買の対象品目リスト（案）をお送りします。
段ボール、ストレッチフィルム、パレットの3品目から始める想定です。
年間数量は弊社分のみ記載しています。

{SIG_MIYOSHI}
""",
    "attachments": [{"kind": "csv", "name": "共同購買_対象品目.csv", "encoding": "cp932",
                     "rows": [["品目", "仕様", "年間数量（日の出）"], ["段ボール", "A式 K5×K5", "216,000枚"],
                              ["ストレッチフィルム", "500mm×300m 15μ", "2,400巻"],
                              ["パレット", "プラ 1100×1100", "1,200枚"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.jp is a look-alike of the partner domain kitaguni-foods.co.jp (co. dropped)",
})

# 089 — XLSX: a company sheet plus a sheet of seven representatives' DOB and home address
_p = people(7)
_cos = ["株式会社グランツ商会", "有限会社栄信メッキ", "株式会社ケイズ物流", "南海フィルム株式会社",
        "株式会社ホクト樹脂", "北斗電子株式会社", "株式会社アルテック工業"]
M.append({
    "id": "torihikisaki-089",
    "sender": KISHI,
    "to": ["日商調査センター 受付 <uketsuke@nissho-chosa.co.jp>"],
    "subject": "定期調査の対象リスト（7社）",
    "charset": "utf-8",
    "body": f"""日商調査センター ご担当者様

日の出産業の岸本です。年次の定期調査対象7社のリストをお送りします。
今年から代表者個人の調査も含めるため、2枚目のシートに代表者情報を追加しました。

{SIG_KISHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "定期調査対象_2025.xlsx",
        "sheets": {
            "対象会社": [["定期調査対象リスト 2025年度"], [], ["No", "会社名", "法人番号", "所在地"]]
            + [[i + 1, c, corp_number(), R.choice(["東京都中央区", "埼玉県八潮市", "神奈川県綾瀬市", "大阪府東大阪市",
                                                 "新潟県長岡市", "宮城県名取市", "東京都板橋区"])]
               for i, c in enumerate(_cos)],
            "代表者情報": [["No", "会社名", "代表者氏名", "生年月日", "自宅住所"]]
            + [[i + 1, _cos[i], p["name"], wareki(p["y"], p["m"], p["d"]), f"〒{p['zip']} {p['addr']}"]
               for i, p in enumerate(_p)],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "second sheet lists seven representatives with date of birth and home address",
})

# 090 — full card number to the print partner for an online prepayment
_cc = next_card()
M.append({
    "id": "torihikisaki-090",
    "sender": ADACHI,
    "to": ["錦印刷 Web受注センター <web-order@nishiki-insatsu.co.jp>"],
    "subject": "Web注文 No.N-58213 のカード決済について",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷 Web受注センター御中

日の出産業 総務部の安達です。
Web注文（No.N-58213 名刺印刷）の決済画面でエラーになったため、
お電話でご案内いただいたとおり、カード情報をお送りします。

カード番号：{zen(_cc[:4])}－{zen(_cc[4:8])}－{zen(_cc[8:12])}－{zen(_cc[12:])}
有効期限：０９／２７
名義：ＨＩＮＯＤＥ ＳＡＮＧＹＯ

決済完了後にご連絡いただけますと幸いです。

日の出産業株式会社 総務部 安達 美紀
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "full card number (full-width digits) in the body to an external company",
})

# 091 — officers' names and titles only, for screening
_p = people(5)
_roles = ["代表取締役", "取締役", "取締役", "取締役", "監査役"]
M.append({
    "id": "torihikisaki-091",
    "sender": KISHI,
    "to": ["コンプラリサーチ 調査受付 <chosa@compra-research.jp>"],
    "subject": "簡易チェックのお願い（株式会社ソレイユ商事）",
    "charset": "iso-2022-jp",
    "body": f"""コンプラリサーチ ご担当者様

岸本です。簡易チェック（記事検索のみ）をお願いします。

株式会社ソレイユ商事（大阪市西区）
""" + "\n".join(f"　{r}　{p['name']}" for r, p in zip(_roles, _p)) + f"""

生年月日は未取得のため、同姓同名のヒットがあれば別途ご相談させてください。

{SIG_KISHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five officers' names with titles only (registered, public data, nothing else): arguable as a list of people",
})

# 092 — reply with an old quote, but the new text adds five freelancers' accounts
_p = people(5)
_new = "\n".join(f"  {p['name']:<8} {p['bank']} {p['branch']}（{p['brcode']}） 普通 {p['acct']}" for p in _p)
M.append({
    "id": "torihikisaki-092",
    "sender": SEKI,
    "to": ["経理サポート東京 担当 <support@keiri-support.co.jp>"],
    "subject": "Re: 口座情報の不足について",
    "charset": "utf-8",
    "body": f"""ご担当者様

ご指摘ありがとうございます。関です。
不足していた5名分の振込先を以下に記載します。

{_new}

以上で全件揃うかと思います。

> 日の出産業 関様
>
> 11月分の外注費データのうち、5名分の振込先が空欄になっておりました。
> ご確認のうえ、追ってお知らせいただけますでしょうか。
>
> 経理サポート東京
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a reply, but the new text (not the quote) lists five individuals' bank accounts",
})

# 093 — English reply: the supplier's own staff list only in "On … wrote:" quoted lines
_p = [("Chen Yu-Ting", "+886-4-2359-1101", "yuting.chen"), ("Wang Jia-Hao", "+886-4-2359-1108", "jiahao.wang"),
      ("Lee Shu-Fen", "+886-912-448-305", "shufen.lee"), ("Huang Po-Wei", "+886-4-2359-1120", "powei.huang"),
      ("Tsai Hsin-Yi", "+886-933-207-614", "hsinyi.tsai"), ("Lin Mei-Hua", "+886-4-2359-1100", "meihua.lin")]
_q = "\n".join(f"> {n:<14} {t:<18} {e}@formosa-precision.com.tw" for n, t, e in _p)
M.append({
    "id": "torihikisaki-093",
    "sender": ONO,
    "to": ["Lin Mei-Hua <meihua.lin@formosa-precision.com.tw>"],
    "subject": "Re: Contact persons for Hinode Sangyo",
    "charset": "utf-8",
    "body": f"""Dear Ms. Lin,

Thank you, that is very helpful. We have updated our supplier file and will
contact Mr. Huang directly for quality issues from now on.

Best regards,
Ken Ono

On Tue, Nov 4, 2025 at 3:12 PM Lin Mei-Hua <meihua.lin@formosa-precision.com.tw> wrote:
> Dear Mr. Ono,
>
> Please find below our contact persons for your account:
>
{_q}
>
> Best regards,
> Lin Mei-Hua
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the contact list is only in quoted text the recipient wrote herself",
})

# 094 — forward of an internal mail with six sole-proprietor drivers to the carrier partner
_p = people(6)
_cars = [f"{R.choice(['相模', '品川', '横浜', '多摩'])}480 {R.choice('あいうえかきくけこ')} {R.randint(10, 99)}-{R.randint(10, 99)}"
         for _ in _p]
M.append({
    "id": "torihikisaki-094",
    "sender": MIYOSHI,
    "to": ["青葉運輸 配車係 井上様 <inoue@aoba-unyu.co.jp>"],
    "subject": "転送：軽貨物ドライバー（個人委託）一覧",
    "charset": "iso-2022-jp",
    "body": f"""井上様

三好です。年末の臨時便について、弊社が直接委託している軽貨物ドライバーの一覧を
転送します。青葉運輸さんの配車と重ならないよう調整をお願いできますか。

---------- 転送メッセージ ----------
From: 寺尾 大輔 <d-terao@hinode-sangyo.co.jp>
Date: 2025年11月5日(水) 17:40
Subject: 軽貨物ドライバー（個人委託）一覧
To: 三好 亮介 <r-miyoshi@hinode-sangyo.co.jp>

三好さん

相模原工場で委託している軽貨物ドライバーの一覧です。

""" + "\n".join(f"{p['name']}（{p['kana']}） {p['mobile']}  {p['town']}  車両 {_cars[i]}"
                for i, p in enumerate(_p)) + f"""

寺尾

{SIG_MIYOSHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward is new text to its recipient: six private drivers' names and mobiles go outside",
})

# 095 — Outlook-style reply: the card number is only in the quoted original
_cc = next_card()
M.append({
    "id": "torihikisaki-095",
    "sender": ADACHI,
    "to": ["錦印刷 Web受注センター <web-order@nishiki-insatsu.co.jp>"],
    "subject": "RE: Web注文 No.N-58213 決済完了のお知らせ",
    "charset": "shift_jis",
    "body": f"""錦印刷 Web受注センター御中

決済完了のご連絡ありがとうございます。
念のため、いただいたカード情報は貴社側で破棄していただけますでしょうか。
次回からは請求書払いでお願いいたします。

安達

-----Original Message-----
差出人: 錦印刷 Web受注センター <web-order@nishiki-insatsu.co.jp>
送信日時: 2025年11月7日 10:05
宛先: 安達 美紀 <m-adachi@hinode-sangyo.co.jp>
件名: Web注文 No.N-58213 決済完了のお知らせ

日の出産業 安達様

下記カードにて決済が完了しました。
カード番号：{_cc}
有効期限：09/27

錦印刷 Web受注センター
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the card number is only in the quoted original below -----Original Message-----",
})

# 096 — three external organisations in To/Cc and a password ZIP
M.append({
    "id": "torihikisaki-096",
    "sender": NAKA,
    "to": ["川崎電機 情報システム課 松下様 <matsushita@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>", "青葉運輸 システム課 <system@aoba-unyu.co.jp>"],
    "subject": "EDI連携テスト用ファイル",
    "charset": "iso-2022-jp",
    "body": f"""各位

日の出産業 情報システム部の仲村です。
EDI連携テスト用のファイルをお送りします。パスワードは別メールでお送りします。

{SIG_NAKA}
""",
    "attachments": [{"kind": "zip", "name": "edi_test_20251110.zip", "password": "edi-2025-hs",
                     "files": [{"kind": "csv", "name": "order_test.csv", "encoding": "utf-8",
                                "rows": [["PO", "ITEM", "QTY"], ["PO-TEST-001", "KB-0421", "100"]]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "unscannable_attachment"],
    "note": "three external organisations see each other in To/Cc, and the ZIP is encrypted",
})

# 097 — portal account list of six contacts at other vendors sent to one vendor
_p = people(6)
_cos = [("東洋パッケージ", "toyo-pkg.co.jp"), ("丸栄製作所", "maruei-ss.co.jp"), ("協和梱包", "kyowa-konpo.co.jp"),
        ("大和化成", "yamato-kasei.co.jp"), ("ミナト精機", "minato-seiki.co.jp"), ("三光ばね工業", "sanko-bane.co.jp")]
M.append({
    "id": "torihikisaki-097",
    "sender": KISHI,
    "to": ["東洋パッケージ 総務 福永様 <fukunaga@toyo-pkg.co.jp>"],
    "subject": "取引先ポータル アカウント発行のお知らせ",
    "charset": "utf-8",
    "body": f"""東洋パッケージ株式会社
福永様

お世話になっております。日の出産業の岸本です。
取引先ポータルのアカウントを発行しました。添付の一覧でログインIDをご確認ください。
初期パスワードは初回ログイン時に変更をお願いします。

{SIG_KISHI}
""",
    "attachments": [{"kind": "xlsx", "name": "ポータルアカウント一覧_第1陣.xlsx",
                     "sheets": {"アカウント": [["取引先ポータル アカウント一覧（第1陣）"], [],
                                           ["取引先", "担当者", "ログインID（メール）", "電話", "権限"]]
                                + [[c, p["name"], f"{p['email'].split('@')[0]}@{d}",
                                    p["mobile"], R.choice(["見積・受注", "全権限", "請求のみ"])]
                                   for (c, d), p in zip(_cos, _p)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list of six contact persons at several vendors (names, e-mails, mobiles) sent to one vendor",
})

# 098 — five rows: four individuals and one one-person company
_p = people(5)
M.append({
    "id": "torihikisaki-098",
    "sender": SEKI,
    "to": ["ツバサシステム 武田様 <takeda@tsubasa-system.jp>"],
    "subject": "住所変更が反映されない取引先について",
    "charset": "iso-2022-jp",
    "body": f"""武田様

関です。先週マスタで住所変更した取引先のうち、以下が支払通知書に旧住所で出ています。

K3121  {_p[0]['name']}          {_p[0]['addr']}  {_p[0]['mobile']}
K3188  {_p[1]['name']}          {_p[1]['addr']}  {_p[1]['mobile']}
K3203  {_p[2]['name']}          {_p[2]['addr']}  {_p[2]['mobile']}
K3240  {_p[3]['name']}          {_p[3]['addr']}  {_p[3]['mobile']}
V10377 合同会社ルーチェ（代表 {_p[4]['name']}）  {_p[4]['addr']}  {_p[4]['mobile']}

ご確認をお願いします。

{SIG_SEKI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four individuals plus a one-person company at a home address: four or five people, arguable",
})

# 099 — a payment record PDF carrying the freelancer's My Number, sent to the freelancer
_p = people(1)[0]
_mn = next_my_number()
M.append({
    "id": "torihikisaki-099",
    "sender": SEKI,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@gmail.com>"],
    "subject": "支払調書（写し）の送付",
    "charset": "iso-2022-jp",
    "body": f"""{_p['sei']}様

お世話になっております。日の出産業 経理部の関です。
ご依頼のあった本年分の支払調書（写し）をPDFでお送りします。
確定申告にご利用ください。

{SIG_SEKI}
""",
    "attachments": [{"kind": "pdf", "name": f"支払調書_{_p['sei']}様.pdf", "title": "支払調書",
                     "lines": ["令和7年分 報酬、料金、契約金及び賞金の支払調書",
                               f"支払を受ける者 住所：{_p['addr']}", f"氏名：{_p['name']}",
                               f"個人番号：{_mn}",
                               "区分：デザイン料　支払金額：1,320,000円　源泉徴収税額：134,772円",
                               "支払者：日の出産業株式会社 東京都品川区東品川2-5-8"]}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a My Number in the attached PDF goes by ordinary mail, even to its own holder",
})

# 100 — the payee's copy without the My Number, to a freelancer on iCloud
_p = people(1)[0]
M.append({
    "id": "torihikisaki-100",
    "sender": SEKI,
    "to": [f"{_p['email'].split('@')[0]}@icloud.com"],
    "subject": "支払調書（写し）をお送りします",
    "charset": "utf-8",
    "body": f"""{_p['name']}様

いつもお世話になっております。日の出産業 経理部の関です。
本年分の支払調書の写しを添付いたします。
なお、写しには個人番号を記載しておりません（法令上、受給者交付用には記載しない取扱いです）。

{SIG_SEKI}
""",
    "attachments": [{"kind": "pdf", "name": "shiharai_chosho_2025.pdf",
                     "lines": ["令和7年分 報酬、料金、契約金及び賞金の支払調書（写し）",
                               f"住所：{_p['addr']}", f"氏名：{_p['name']}", "個人番号：（記載省略）",
                               "区分：翻訳料　支払金額：486,000円　源泉徴収税額：49,620円"]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "one person's own name and address, no My Number, to one free-mail recipient: may warn",
})

MESSAGES = M
