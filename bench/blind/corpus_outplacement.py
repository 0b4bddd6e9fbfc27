"""Blind evaluation corpus — area: outplacement (再就職支援).

日の出産業株式会社 キャリア支援事業部, an outplacement and re-employment support business:
candidates leaving client companies, their CVs (履歴書・職務経歴書), salary history, reasons
for leaving (health included), counsellors, job boards, hiring companies and the public
employment office (ハローワーク).

Every person, number, address, mail address and company other than the brief's fixed
organisations is invented; any resemblance to real people or numbers is accidental.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 12901
rng = random.Random(SEED)

_counter = SEED


def _mn() -> str:
    """Next check-digit-valid My Number (n counting up from SEED)."""
    global _counter
    v = my_number(_counter)
    _counter += 1
    return v


def _card() -> str:
    """Next Luhn-valid card number (n counting up from SEED, shared counter)."""
    global _counter
    v = card_number(_counter)
    _counter += 1
    return v


def _corp(base12: str) -> str:
    """法人番号 (13 digits) with its check digit in front."""
    s = sum(int(base12[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base12


HINODE_CORP = _corp("010401087654")

# -- text helpers ---------------------------------------------------------------------

_FW = str.maketrans("0123456789-/.():", "０１２３４５６７８９－／．（）：")


def fw(s: str) -> str:
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - _w(s), 0)


def fpad(s: str, n: int) -> str:
    """pad with full-width spaces (and one ASCII space for an odd remainder)."""
    gap = max(n - _w(s), 0)
    return s + "　" * (gap // 2) + " " * (gap % 2)


def spaced(digits: str, groups=(4, 4, 4)) -> str:
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    return " ".join(out)


# -- invented people --------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"), ("佐々木", "ササキ", "Sasaki"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("四十物", "アイモノ", "Aimono"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("栗花落", "ツユリ", "Tsuyuri"), ("百目鬼", "ドウメキ", "Domeki"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("九十九", "ツクモ", "Tsukumo"), ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"),
    ("宇賀神", "ウガジン", "Ugajin"), ("一尺八寸", "カマツカ", "Kamatsuka"), ("左右田", "ソウダ", "Soda"),
    ("及川", "オイカワ", "Oikawa"), ("畔柳", "クロヤナギ", "Kuroyanagi"), ("忽那", "クツナ", "Kutsuna"),
    ("八月一日", "ホズミ", "Hozumi"), ("日下部", "クサカベ", "Kusakabe"), ("御手洗", "ミタライ", "Mitarai"),
    ("神長", "カミナガ", "Kaminaga"), ("乙部", "オトベ", "Otobe"), ("雲野", "クモノ", "Kumono"),
]

GIVEN_M = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("直樹", "ナオキ", "Naoki"), ("哲也", "テツヤ", "Tetsuya"),
    ("和彦", "カズヒコ", "Kazuhiko"), ("修", "オサム", "Osamu"), ("亮", "リョウ", "Ryo"),
    ("博之", "ヒロユキ", "Hiroyuki"), ("剛", "ツヨシ", "Tsuyoshi"), ("智史", "サトシ", "Satoshi"),
    ("雄一", "ユウイチ", "Yuichi"), ("慎吾", "シンゴ", "Shingo"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("昌平", "ショウヘイ", "Shohei"), ("勝利", "カツトシ", "Katsutoshi"), ("悠真", "ユウマ", "Yuma"),
    ("義明", "ヨシアキ", "Yoshiaki"), ("圭介", "ケイスケ", "Keisuke"), ("光男", "ミツオ", "Mitsuo"),
]
GIVEN_F = [
    ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("恵子", "ケイコ", "Keiko"),
    ("陽子", "ヨウコ", "Yoko"), ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"),
    ("沙織", "サオリ", "Saori"), ("麻衣", "マイ", "Mai"), ("直美", "ナオミ", "Naomi"),
    ("久美子", "クミコ", "Kumiko"), ("千尋", "チヒロ", "Chihiro"), ("裕子", "ユウコ", "Yuko"),
    ("香織", "カオリ", "Kaori"), ("智子", "トモコ", "Tomoko"), ("瞳", "ヒトミ", "Hitomi"),
    ("典子", "ノリコ", "Noriko"), ("綾乃", "アヤノ", "Ayano"), ("早苗", "サナエ", "Sanae"),
    ("文子", "フミコ", "Fumiko"), ("奈緒", "ナオ", "Nao"),
]

ADDRS = [
    ("136-0071", "東京都江東区亀戸"), ("211-0063", "神奈川県川崎市中原区小杉町"),
    ("330-0854", "埼玉県さいたま市大宮区桜木町"), ("273-0005", "千葉県船橋市本町"),
    ("182-0022", "東京都調布市国領町"), ("223-0061", "神奈川県横浜市港北区日吉"),
    ("260-0013", "千葉県千葉市中央区中央"), ("350-1123", "埼玉県川越市脇田本町"),
    ("190-0012", "東京都立川市曙町"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("114-0002", "東京都北区王子"), ("171-0021", "東京都豊島区西池袋"),
    ("143-0016", "東京都大田区大森北"), ("144-0051", "東京都大田区西蒲田"),
    ("140-0011", "東京都品川区東大井"), ("125-0062", "東京都葛飾区青戸"),
    ("335-0002", "埼玉県蕨市塚越"), ("276-0023", "千葉県八千代市勝田台"),
    ("238-0011", "神奈川県横須賀市米が浜通"), ("206-0033", "東京都多摩市落合"),
]
BUILDINGS = ["", "", "", "", " コーポ若葉201", " メゾン・ド・ソレイユ305", " グリーンハイツ102",
             " サンライズ蒲田502", " パークサイド亀戸1108", " ハイム桜木203"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"]
BANKS = [("みどり銀行", ["本店営業部", "蒲田支店", "川崎支店", "大宮支店"]),
         ("東都銀行", ["大森支店", "亀戸支店", "立川支店"]),
         ("若葉信用金庫", ["本店", "船橋支店", "八千代支店"]),
         ("ゆうゆう銀行", ["〇一八支店", "二三八支店"]),
         ("東京中央信用組合", ["品川支店", "池袋支店"])]


def _person(used: set) -> dict:
    while True:
        sur = rng.choice(SURNAMES)
        if sur[0] not in used:
            used.add(sur[0])
            break
    male = rng.random() < 0.58
    giv = rng.choice(GIVEN_M if male else GIVEN_F)
    y = rng.randint(1963, 1998)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    zp, base = rng.choice(ADDRS)
    addr = f"{base}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 18)}{rng.choice(BUILDINGS)}"
    tel = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    pat = rng.randrange(4)
    sr, gr = sur[2].lower(), giv[2].lower()
    local = [f"{gr}.{sr}{y % 100:02d}", f"{sr}{gr[0]}{rng.randint(10, 99)}",
             f"{gr}_{sr}", f"{sr}.{gr}{rng.randint(1, 9)}"][pat]
    bank, branches = rng.choice(BANKS)
    return {
        "sei": sur[0], "mei": giv[0], "sei_k": sur[1], "mei_k": giv[1],
        "sei_r": sur[2], "mei_r": giv[2],
        "name": f"{sur[0]} {giv[0]}", "name2": f"{sur[0]}　{giv[0]}",
        "kana": f"{sur[1]} {giv[1]}", "romaji": f"{giv[2]} {sur[2].upper()}",
        "male": male, "sex": "男" if male else "女", "y": y, "m": m, "d": d,
        "age": 2025 - y - (1 if (m, d) > (6, 1) else 0),
        "zip": zp, "addr": addr, "tel": tel,
        "email": f"{local}@{rng.choice(FREEMAIL)}",
        "emp": f"{rng.randint(100000, 999999)}",
        "bank": bank, "branch": rng.choice(branches),
        "acct": f"{rng.randint(1000000, 9999999)}",
    }


def people(n: int) -> list[dict]:
    used: set = set()
    return [_person(used) for _ in range(n)]


def ymd(p: dict, sep: str = "/") -> str:
    return f"{p['y']}{sep}{p['m']:02d}{sep}{p['d']:02d}"


def jdate(p: dict) -> str:
    return f"{p['y']}年{p['m']}月{p['d']}日"


def wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if (y, m, d) >= (1989, 1, 8):
        era, ab, n = "平成", "H", y - 1988
    else:
        era, ab, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{'元' if n == 1 else n}年{m}月{d}日"
    if style == "fwkanji":
        return f"{era}{fw(str(n))}年{fw(str(m))}月{fw(str(d))}日"
    if style == "abbr":
        return f"{ab}{n}.{m}.{d}"
    if style == "fwabbr":
        return fw(f"{ab}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{n:02d}/{m:02d}/{d:02d}"


# -- the organisation's staff -----------------------------------------------------------

D = "hinode-sangyo.co.jp"
STAFF = {
    "nakanishi": ("中西 里美", "nakanishi.satomi", "キャリアカウンセラー（国家資格キャリアコンサルタント）",
                  "Satomi Nakanishi", "7722"),
    "iwaki": ("岩城 康介", "iwaki.kosuke", "法人営業グループ マネージャー", "Kosuke Iwaki", "7725"),
    "makabe": ("真壁 さやか", "makabe.sayaka", "キャリアカウンセラー", "Sayaka Makabe", "7723"),
    "okochi": ("大河内 徹", "okochi.toru", "事業部長", "Toru Okochi", "7720"),
    "horinouchi": ("堀之内 明日香", "horinouchi.asuka", "業務管理グループ（経理・庶務）",
                   "Asuka Horinouchi", "7728"),
    "kusunoki": ("楠 仁", "kusunoki.jin", "求人開拓グループ", "Jin Kusunoki", "7726"),
    "hayase": ("早瀬 エミリー", "hayase.emily", "Global Client Services", "Emily Hayase", "7731"),
    "tashiro": ("田代 和樹", "tashiro.kazuki", "情報システム部", "Kazuki Tashiro", "7700"),
}


def frm(key: str) -> str:
    name, local, *_ = STAFF[key]
    return f"{name} <{local}@{D}>"


def addr_of(key: str) -> str:
    return f"{STAFF[key][1]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, local, title, en, ext = STAFF[key]
    if style == 0:
        return (f"--\n日の出産業株式会社 キャリア支援事業部\n{title}\n{name}\n"
                f"〒105-0013 東京都港区浜松町2-4-1 日の出浜松町ビル7F\n"
                f"TEL 03-5401-{ext}　FAX 03-5401-7729\nMail {local}@{D}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f"　{name}（{en}）\n　日の出産業株式会社\n　キャリア支援事業部　{title}\n"
                f"　TEL：03-5401-{ext}（直通）\n　E-mail：{local}@{D}\n"
                "　https://www.hinode-sangyo.co.jp/career/\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return f"日の出産業（株）キャリア支援事業部\n{name}\n内線 {ext}"
    return (f"--\n{en}\n{title}, Career Transition Services\nHinode Sangyo Co., Ltd.\n"
            f"2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
            f"Tel +81-3-5401-{ext} | {local}@{D}")


DISC_JP = ("※本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail "
           "and any attachments from your system.")

# -- external contacts (all invented except the brief's partner domains) -----------------

KAWASAKI = "上野 弘美 <ueno.hiromi@kawasaki-denki.co.jp>"
KITAGUNI = "本間 俊夫 <homma.toshio@kitaguni-foods.co.jp>"
TOKAI = "小田切 亮子 <odagiri@tokai-seimitsu.co.jp>"
MINATO = "須藤 克己 <sudo.katsumi@minato-shoji.co.jp>"
HOSHIZORA = "梶原 聡 <kajiwara.s@hoshizora-logistics.co.jp>"
YAMABUKI = "宮坂 由紀 <miyasaka@yamabuki-kensetsu.co.jp>"
NANAO = "戸田 正人 <toda.masato@nanao-kikai.co.jp>"
ASAHI = "沢渡 千秋 <sawatari@asahi-care.or.jp>"
CIEL = "人事部 採用担当 <recruit@ciel-medical.jp>"
KURENAI = "Lin Mei-Hua <mh.lin@kurenai-soft.com>"
NORDWELL = "Jonas Berg <jonas.berg@nordwell-japan.com>"
BRIDGEPOINT = "Daniel Moore <d.moore@bridgepoint-careers.com>"
CAREERBRIDGE = "荻野 崇 <ogino@career-bridge.jp>"
JOBNAVI = "法人サポートデスク <corp-support@jobnavi-plus.com>"
MORI = "登録センター <touroku@tenshoku-no-mori.jp>"
HELLOWORK = "石黒 <ishiguro.k@hellowork-omori.go.jp>"
SHAROSHI = "蒔田 晴彦 <maita@maita-sr.jp>"
KYUYO = "受付窓口 <uketsuke@kyuyo-daiko.co.jp>"
SKILLUP = "受講受付 <entry@skillup-academy.jp>"
KEYAKI = "健診予約センター <yoyaku@keyaki-kenshin.or.jp>"
SAKURA = "宴会・会議予約 <banquet@sakura-hotel.jp>"
AOBA = "採用センター 吉川 <saiyo.yoshikawa@aoba-unyu.co.jp>"
MIDORI = "法人営業部 今泉 <imaizumi@midori-ginko.co.jp>"
SHIRAKAWA = "白川 法子 <n.shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
HANAMIZUKI = "人事総務部 北条 <hojo@hanamizuki-hoken.co.jp>"
MERANTI = "Priya Raman <priya.raman@meranti-talent.com.sg>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    MESSAGES.append(m)


# =====================================================================================
# 001–020
# =====================================================================================

# 001 — stop: padded-column interview schedule of six leavers to the client's HR
_p = people(6)
_slots = ["6/10(火) 10:00", "6/10(火) 13:30", "6/10(火) 15:30", "6/11(水) 10:00",
          "6/11(水) 13:30", "6/12(木) 10:00"]
_rows = [pad("氏名", 14) + pad("社員番号", 11) + pad("携帯電話", 16) + "面談日時",
         "-" * 12 + "  " + "-" * 9 + "  " + "-" * 14 + "  " + "-" * 16]
for _x, _s in zip(_p, _slots):
    _rows.append(pad(_x["name"], 14) + pad(_x["emp"], 11) + pad(_x["tel"], 16) + _s)
add(
    id="outplacement-001", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[KAWASAKI],
    subject="【再就職支援】第2陣 初回個別面談の日程確定について（6名様）",
    body=f"""川崎電機株式会社
人事部 人事企画課
上野 様

いつもお世話になっております。
日の出産業 キャリア支援事業部の中西でございます。

早期退職優遇制度にご応募された第2陣の皆様について、
初回個別面談の日程が下記のとおり確定いたしました。
当日は貴社7階の小会議室をお借りする予定です。

{chr(10).join(_rows)}

面談時間は各回60分を予定しております。
ご本人様には弊社から個別にご案内済みですので、
貴社からの追加のご連絡は不要です。

引き続きよろしくお願いいたします。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six leavers' names, employee numbers and mobiles in padded columns to the client (external)",
)

# 002 — pass: internal handover of six candidates, health notes included
_p = people(6)
_memo = ["事務職希望。Excel中級。面談3回済み。",
         "2023年にうつ病で約半年休職。主治医の就労可の意見書あり。短時間勤務から希望。",
         "製造現場リーダー経験20年。フォークリフト免許あり。",
         "腰椎椎間板ヘルニアの手術歴あり、重量物不可。",
         "経理（月次決算まで）。簿記2級。",
         "応募書類作成中。次回 7/3 予定。"]
_blocks = []
for _i, (_x, _mm) in enumerate(zip(_p, _memo), 1):
    _blocks.append(f"■{_i}. {_x['name']}（{_x['kana']}）{_x['age']}歳\n"
                   f"　生年月日：{jdate(_x)}\n　携帯：{_x['tel']}\n　メモ：{_mm}")
add(
    id="outplacement-002", expect="pass", charset="utf-8",
    sender=frm("makabe"), to=[f"中西 里美 <{addr_of('nakanishi')}>"],
    cc=[f"大河内 徹 <{addr_of('okochi')}>"],
    subject="担当引継ぎ（8月以降分・6名）",
    body=f"""中西さん

お疲れさまです。真壁です。
8月からの産休に伴い、私の担当分のうち下記6名を中西さんにお願いしたく、
引継ぎメモを送ります。詳細はカルテ（共有フォルダ）にも残してあります。

{chr(10).join(_blocks)}

体調面の配慮が必要な方は、求人紹介時に必ずご本人同意を取ってから先方に伝えてください。
来週火曜の15時に30分ほど引継ぎの時間をください。

大河内さん：cc失礼します。

{sig("makabe", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal-only handover (hinode-sangyo.co.jp), though it lists six people with health notes",
)

# 003 — stop: one candidate's 職務経歴書 (DOCX) whose reason for leaving is a diagnosis
_x = people(1)[0]
add(
    id="outplacement-003", expect="stop", charset="cp932",
    sender=frm("nakanishi"), to=[HOSHIZORA],
    subject="候補者のご推薦（倉庫管理・センター長候補）",
    body=f"""星空ロジスティクス株式会社
人事部 梶原様

いつも大変お世話になっております。日の出産業の中西です。

先日ご相談いただいた「物流センター長候補」の求人につきまして、
弊社でご支援中の方を1名ご推薦させていただきます。
職務経歴書を添付いたしましたので、ご確認のほどよろしくお願いいたします。

ご本人は面接日程について、平日であればいつでも調整可能とのことです。

{sig("nakanishi", 1)}
""",
    attachments=[{
        "kind": "docx", "name": f"職務経歴書_{_x['sei']}.docx", "title": "職務経歴書",
        "paragraphs": [
            "職　務　経　歴　書", "2025年6月2日現在",
            f"氏名：{_x['name']}（{_x['kana']}）",
            f"生年月日：{jdate(_x)}（{_x['age']}歳）",
            f"現住所：〒{_x['zip']} {_x['addr']}",
            f"連絡先：{_x['tel']}　／　{_x['email']}",
            "■職務要約",
            "大手電機メーカーの物流子会社にて、入出荷管理・在庫管理に約18年従事。"
            "2019年より第二物流センターのセンター長代理として30名のスタッフをマネジメント。",
            "■職務経歴",
            "2006年4月～2025年3月　川崎電機ロジサービス株式会社",
            "　・入出荷管理（WMS導入プロジェクトのサブリーダー）",
            "　・在庫差異の削減（年間差異率 0.8%→0.2%）",
            "■退職理由",
            "2022年秋に適応障害と診断され約8か月休職しました。復職後は主治医の意見に基づき"
            "業務量を調整しておりましたが、事業再編に伴う早期退職制度に応募し退職いたしました。"
            "現在は通院も月1回となり、フルタイム勤務が可能です。",
            "■資格",
            "フォークリフト運転技能講習修了、物流技術管理士",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one candidate's CV to a hiring company with a diagnosis (適応障害) as reason for leaving: 要配慮個人情報",
)

# 004 — pass: one candidate's 履歴書 (PDF) to a hiring company, nothing sensitive
_x = people(1)[0]
add(
    id="outplacement-004", expect="pass", charset="utf-8",
    sender=frm("makabe"), to=[YAMABUKI],
    subject="【ご推薦】施工管理（建築）ポジション／履歴書送付の件",
    body=f"""山吹建設株式会社
管理部 宮坂 由紀 様

お世話になっております。日の出産業 キャリア支援事業部の真壁です。

先週お電話でお話しした施工管理ポジションについて、
{_x['sei']}様の履歴書をお送りいたします。
ご本人は一級建築施工管理技士をお持ちで、前職では集合住宅の現場を中心に
ご経験を積まれています。

書類選考の結果につきましては、私宛にご連絡いただけますと幸いです。
何卒よろしくお願い申し上げます。

{sig("makabe")}
""",
    attachments=[{
        "kind": "pdf", "name": f"履歴書_{_x['sei']}{_x['mei']}.pdf", "title": "履歴書",
        "lines": [
            "履　歴　書　　　　　　　　　　　　2025年5月28日現在",
            f"ふりがな　{_x['kana']}",
            f"氏名　　　{_x['name']}　　　　性別 {_x['sex']}",
            f"生年月日　{jdate(_x)}生（満{_x['age']}歳）",
            f"現住所　　〒{_x['zip']}　{_x['addr']}",
            f"電話　　　{_x['tel']}",
            f"E-mail　　{_x['email']}",
            "",
            "学歴・職歴",
            "2000年3月　県立工業高等学校 建築科 卒業",
            "2000年4月　株式会社東邦ハウジング 入社（施工管理）",
            "2025年3月　同社 早期退職制度により退職（会社都合）",
            "免許・資格",
            "一級建築施工管理技士／普通自動車第一種運転免許",
            "前職年収　約620万円　　希望年収　580万円以上",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one person's 履歴書 to a hiring company: a single record without sensitive data, may warn",
)

# 005 — stop: CSV (cp932) of seven prospective job seekers with 和暦 birth dates to ハローワーク
_p = people(7)
_csvrows = [["No", "氏名", "フリガナ", "生年月日", "離職予定日", "雇用保険被保険者番号", "希望職種"]]
_jobs = ["一般事務", "製造（検査）", "倉庫作業", "営業", "経理事務", "設備保全", "ドライバー"]
for _i, _x in enumerate(_p, 1):
    _csvrows.append([str(_i), _x["name"], _x["kana"], wareki(_x, "kanji"), "令和7年6月30日",
                     f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}",
                     _jobs[_i - 1]])
add(
    id="outplacement-005", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[HELLOWORK],
    subject="求職申込み予定者の一覧送付（事前相談の件）",
    body=f"""ハローワーク大森
職業相談部門　石黒様

お世話になっております。
日の出産業株式会社 キャリア支援事業部の中西です。

先日ご相談した、北国フーズ様大田工場の閉鎖に伴う離職予定者のうち、
7月上旬に貴所で求職申込みを予定している方の一覧をお送りします。
説明会の会場手配のご参考になれば幸いです。

添付：求職申込予定者一覧.csv

ご不明点がございましたらお知らせください。

{sig("nakanishi")}
""",
    attachments=[{"kind": "csv", "name": "求職申込予定者一覧.csv", "encoding": "cp932",
                  "rows": _csvrows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CSV list of seven people (names, 和暦 birth dates, insurance numbers) to the public employment office",
)

# 006 — stop: seminar invitation to four candidates whose private addresses are all in To
_p = people(4)
_to = [f"{_x['name']} <{_x['email'].split('@')[0]}@{_dm}>"
       for _x, _dm in zip(_p, ["gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com"])]
add(
    id="outplacement-006", expect="stop", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=_to,
    subject="【ご案内】応募書類ブラッシュアップ講座（6/21 土）",
    body=f"""受講者の皆様

こんにちは。日の出産業 キャリア支援事業部の楠です。
次回のグループ講座のご案内です。

　日時：6月21日（土）10:00～12:00
　会場：日の出浜松町ビル 7F セミナールームB
　内容：職務経歴書の「職務要約」と「自己PR」の書き方
　持ち物：作成中の職務経歴書（印刷してお持ちください）

参加の可否を6月18日（水）までにこのメールへの返信でお知らせください。
オンライン参加をご希望の方は、その旨もお書き添えください。

{sig("kusunoki", 2)}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="four private persons (free mail) can see each other in To: should have been Bcc",
)

# 007 — stop: look-alike of the partner's domain (i -> l)
add(
    id="outplacement-007", expect="stop", charset="iso-2022-jp",
    sender=frm("iwaki"), to=["上野 弘美 <ueno.hiromi@kawasaki-denkl.co.jp>"],
    subject="Re: 第3陣説明会の会場について",
    body=f"""上野様

お世話になっております。日の出産業の岩城です。
会場の件、ご確認ありがとうございます。

第3陣の説明会は、ご提案いただいた本社2階の大会議室（定員80名）で問題ございません。
プロジェクターとマイク2本のご準備をお願いできますでしょうか。
弊社からは講師1名、カウンセラー2名の計3名で伺います。

当日の進行表は来週中にお送りいたします。

{sig("iwaki")}

> 岩城様
> 第3陣の説明会ですが、本社2階の大会議室はいかがでしょうか。
> 上野
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denkl.co.jp is a look-alike of partner kawasaki-denki.co.jp",
)

# 008 — pass: reply whose only personal data is in the quoted text of the hiring company
_p = people(6)
_q = ["> 戸田です。二次面接の日程を下記で確定しました。", ">"]
for _x, _t in zip(_p, ["7/1 10:00", "7/1 11:00", "7/1 14:00", "7/2 10:00", "7/2 11:00", "7/2 14:00"]):
    _q.append(f"> {_x['name']}様　{_t}　（携帯 {_x['tel']}）")
_q += [">", "> 当日は正門守衛所で受付をお願いします。", "> 七尾機械 総務部 戸田"]
add(
    id="outplacement-008", expect="pass", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[NANAO],
    subject="Re: 二次面接日程のご連絡",
    body=f"""戸田様

お世話になっております。楠です。
日程のご連絡ありがとうございます。承知いたしました。
各候補者には本日中に弊社からご案内いたします。

引き続きどうぞよろしくお願いいたします。

{sig("kusunoki", 2)}

2025年6月20日(金) 17:42 戸田 正人 <toda.masato@nanao-kikai.co.jp>:
{chr(10).join(_q)}
""",
    entities=[],
    detectors=[],
    note="the candidate list is only in '>' quoted text from the recipient; new text carries nothing",
)

# 009 — stop: proposal deck whose footer is stamped 社外秘
add(
    id="outplacement-009", expect="stop", charset="utf-8",
    sender=frm("iwaki"), to=[KITAGUNI],
    subject="再就職支援プログラムのご提案資料",
    body=f"""北国フーズ株式会社
総務人事部 本間様

お世話になっております。日の出産業の岩城でございます。
先日はお時間をいただきありがとうございました。

お打合せの内容を踏まえたご提案資料をお送りいたします。
料金体系は対象者数に応じた2パターンをご用意しております。
ご検討のほど、よろしくお願いいたします。

{sig("iwaki", 1)}
""",
    attachments=[{
        "kind": "pptx", "name": "北国フーズ様_再就職支援ご提案_v2.pptx",
        "title": "再就職支援プログラム ご提案", "page_footer": "社外秘　日の出産業株式会社",
        "slides": [
            ["再就職支援プログラムのご提案", "北国フーズ株式会社 御中", "2025年6月"],
            ["支援内容", "個別カウンセリング（最長12か月）", "応募書類作成・面接対策",
             "求人開拓・企業紹介", "合同面接会"],
            ["料金体系", "A：1名あたり 60万円（対象30名以上）", "B：1名あたり 75万円（30名未満）"],
            ["スケジュール", "7月：説明会", "8月～：個別支援開始"],
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="attached proposal carries a 社外秘 stamp in every slide footer, sent outside",
)

# 010 — stop: PPAP — application documents in a password ZIP
_x = people(1)[0]
add(
    id="outplacement-010", expect="stop", charset="cp932",
    sender=frm("makabe"), to=[CIEL],
    subject="応募書類送付の件（医療事務職／真壁）",
    body=f"""シエル・メディカル株式会社
人事部 採用ご担当者様

いつもお世話になっております。
日の出産業 キャリア支援事業部の真壁です。

医療事務職の求人にご応募を希望されている{_x['sei']}様の応募書類を、
パスワード付きZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご査収のほどよろしくお願いいたします。

{sig("makabe")}
""",
    attachments=[{
        "kind": "zip", "name": "応募書類_0618.zip", "password": "Hn7#q2Lx",
        "files": [
            {"kind": "txt", "name": "履歴書.txt",
             "text": f"氏名 {_x['name']}\n生年月日 {jdate(_x)}\n住所 {_x['addr']}\n電話 {_x['tel']}"},
            {"kind": "docx", "name": "職務経歴書.docx",
             "paragraphs": ["職務経歴書", f"氏名：{_x['name']}", "医療事務 8年"]},
        ],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 011 — pass: job postings sent to a job board (business list, not people)
_jobrows = [
    ("KB-25061", "星空ロジスティクス株式会社", "物流センター長候補", "埼玉県戸田市", "550～700万円"),
    ("KB-25062", "山吹建設株式会社", "施工管理（建築）", "東京都江東区", "500～750万円"),
    ("KB-25063", "七尾機械株式会社", "生産技術", "神奈川県厚木市", "480～650万円"),
    ("KB-25064", "社会福祉法人 朝日ケア会", "介護職（夜勤なし）", "東京都大田区", "月給24～28万円"),
    ("KB-25065", "シエル・メディカル株式会社", "医療事務", "東京都品川区", "月給22～26万円"),
]
_lines = ["求人ID\t企業名\t職種\t勤務地\t年収／月給"] + ["\t".join(r) for r in _jobrows]
add(
    id="outplacement-011", expect="pass", charset="utf-8",
    sender=frm("kusunoki"), to=[CAREERBRIDGE],
    subject="求人掲載のお願い（6月第4週分・5件）",
    body=f"""株式会社キャリアブリッジ
営業部 荻野様

いつもお世話になっております。日の出産業の楠です。
6月第4週の掲載分として、下記5件の求人原稿の掲載をお願いいたします。
（タブ区切りで貼り付けています。原稿本文は別途共有フォルダに格納済みです）

{chr(10).join(_lines)}

掲載開始は6月23日（月）希望です。
掲載料のお見積りを合わせてお送りいただけますと助かります。

{sig("kusunoki")}
""",
    entities=[],
    detectors=[],
    note="list of job openings and companies to a job board: business data, no personal records",
)

# 012 — stop: one leaver's My Number to the 社労士 office in the body
_x = people(1)[0]
_n = _mn()
add(
    id="outplacement-012", expect="stop", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=[SHAROSHI],
    subject="資格喪失届の件（個人番号のご連絡）",
    body=f"""蒔田社会保険労務士事務所
蒔田先生

いつもお世話になっております。日の出産業の堀之内です。

弊社の契約講師として登録していた方が6月末で退任されるため、
資格喪失届の作成をお願いいたします。
ご依頼のあった個人番号を下記にお知らせいたします。

　氏名　　：{_x['name']}
　生年月日：{jdate(_x)}
　個人番号：{spaced(_n)}
　喪失日　：2025年7月1日

離職票は不要とのことです。よろしくお願いいたします。

{sig("horinouchi", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a My Number (個人番号) in the body to an external 社労士",
)

# 013 — pass: ordinary three-way mail, client + one hiring company
add(
    id="outplacement-013", expect="pass", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[KAWASAKI], cc=[YAMABUKI],
    subject="企業説明会（山吹建設様）開催日程のご相談",
    body=f"""川崎電機株式会社 上野様
（cc）山吹建設株式会社 宮坂様

お世話になっております。日の出産業の岩城です。

川崎電機様の対象者向けに、山吹建設様の企業説明会を開催する件について、
候補日を下記のとおりご提案いたします。

　(1) 7月8日（火）14:00～15:30
　(2) 7月10日（木）10:00～11:30
　(3) 7月15日（火）14:00～15:30

会場は川崎電機様本社2階の会議室を想定しております。
ご都合の良い日程をお知らせいただけますでしょうか。

{sig("iwaki")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail",
)

# 014 — stop: list without a name column (CSV utf-8) to a job board
_p = people(8)
_csvrows = [["受付番号", "生年月日", "携帯番号", "メールアドレス", "希望勤務地", "希望職種"]]
_areas = ["東京23区", "川崎・横浜", "さいたま", "千葉", "東京23区", "多摩", "東京23区", "横浜"]
_jobs2 = ["経理", "総務", "生産管理", "営業事務", "品質保証", "購買", "人事", "物流"]
for _i, _x in enumerate(_p):
    _csvrows.append([f"HS-0{_i + 331}", ymd(_x, "-"), _x["tel"], _x["email"], _areas[_i], _jobs2[_i]])
add(
    id="outplacement-014", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[JOBNAVI],
    subject="一括会員登録の依頼（8件）",
    body=f"""ジョブナビプラス 法人サポートデスク ご担当者様

お世話になっております。日の出産業株式会社の楠です。
提携契約に基づく求職者の一括会員登録をお願いいたします。
今回は8件です。登録完了後、各メールアドレス宛に仮パスワードの送付をお願いします。

※氏名は本人が初回ログイン時に入力する運用のため、受付番号のみとしています。

{sig("kusunoki")}
""",
    attachments=[{"kind": "csv", "name": "bulk_register_0620.csv", "encoding": "utf-8",
                  "rows": _csvrows}],
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="eight people's birth dates, mobiles and e-mails without a name column, to a job board",
)

# 015 — stop: tab-separated katakana names with mobiles, five people
_p = people(5)
_lines = ["フリガナ\t年齢\t携帯\t見学希望日"]
for _x, _dd in zip(_p, ["7/3", "7/3", "7/3", "7/4", "7/4"]):
    _lines.append(f"{_x['kana']}\t{_x['age']}\t{_x['tel']}\t{_dd}")
add(
    id="outplacement-015", expect="stop", charset="cp932",
    sender=frm("kusunoki"), to=[NANAO],
    subject="工場見学 参加者のご連絡",
    body=f"""七尾機械株式会社
総務部 戸田様

お世話になっております。日の出産業の楠です。
厚木工場の見学会について、参加希望者が5名となりましたのでご連絡いたします。
（漢字表記は確認中のため、フリガナでのご連絡となり失礼いたします）

{chr(10).join(_lines)}

当日の緊急連絡先として携帯番号も記載しております。
入構証の準備をよろしくお願いいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's katakana names and mobiles (tab-separated) to a hiring company",
)

# 016 — pass: one candidate on free mail, next appointment only
_x = people(1)[0]
add(
    id="outplacement-016", expect="pass", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[f"{_x['name']} <{_x['email'].split('@')[0]}@gmail.com>"],
    subject="次回面談のご確認（6/26）",
    body=f"""{_x['sei']}様

こんにちは。日の出産業の中西です。
本日はお疲れさまでした。

次回の面談は下記のとおりです。
　6月26日（木）14:00～15:00
　日の出浜松町ビル 7F 面談室3

それまでに、本日お話しした「これまでの仕事で工夫したこと」を
3つほど書き出してきていただけますと、職務経歴書づくりがスムーズです。

ご都合が悪くなった場合は、このメールにご返信ください。

{sig("nakanishi")}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient (the candidate) and no personal data beyond the salutation",
)

# 017 — stop: one candidate's diagnosis in a sentence to a hiring company
_x = people(1)[0]
add(
    id="outplacement-017", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"), to=[ASAHI],
    subject="生活相談員ポジションへのご推薦について",
    body=f"""社会福祉法人 朝日ケア会
法人本部 沢渡様

お世話になっております。日の出産業の真壁です。

生活相談員の求人に、{_x['name']}様（{_x['age']}歳）をご推薦したく、ご連絡いたしました。
前職では特別養護老人ホームで10年間、相談員として勤務されていました。

事前にお伝えしておきたい点として、{_x['sei']}様は昨年、双極性障害の診断を受けて
退職されています。現在は服薬により状態は安定しており、主治医からも就労可との
意見をいただいています。ご本人からは、面接の場で直接ご説明したいとのことです。

書類は明日お送りいたします。ご検討のほどよろしくお願いいたします。

{sig("makabe")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named candidate's diagnosis (双極性障害) in a sentence to a hiring organisation",
)

# 018 — pass: NDA draft for a new client (talk about 秘密保持契約, no marking)
add(
    id="outplacement-018", expect="pass", charset="utf-8",
    sender=frm("iwaki"), to=[TOKAI],
    subject="秘密保持契約書（案）の送付",
    body=f"""東海精密工業株式会社
人事部 小田切様

お世話になっております。日の出産業の岩城です。

再就職支援のご検討にあたり、対象者情報をお預かりする前に
秘密保持契約を締結させていただきたく、弊社ひな形をお送りいたします。
第3条（秘密情報の範囲）と第7条（個人情報の取扱い）は、貴社法務部門のご意見を踏まえて
修正可能ですので、コメントをいただけますと幸いです。

{sig("iwaki")}

{DISC_JP}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_東海精密様.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "東海精密工業株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲の従業員の再就職支援業務に関して開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
            "第1条（目的）本契約は、再就職支援業務の検討及び遂行のために開示される情報の保護を目的とする。",
            "第3条（秘密情報の範囲）秘密情報とは、開示者が秘密である旨を明示して開示した技術上、営業上の情報"
            "及び個人情報をいう。",
            "第7条（個人情報の取扱い）乙は、甲から預託を受けた個人情報を本目的以外に利用してはならない。",
            "第10条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    entities=[],
    detectors=[],
    note="mail about an NDA with a draft NDA: the words 秘密/機密 appear but no document is marked",
)

# 019 — stop: one candidate's health-check results (PDF) to a hiring organisation
_x = people(1)[0]
add(
    id="outplacement-019", expect="stop", charset="cp932",
    sender=frm("nakanishi"), to=[ASAHI],
    subject="雇入時健康診断の結果（写し）送付",
    body=f"""朝日ケア会 沢渡様

お世話になっております。中西です。
{_x['sei']}様の雇入時健康診断の結果（写し）をご本人から預かりましたので、
PDFにてお送りいたします。原本は入職日にご本人が持参されます。

{sig("nakanishi", 2)}
""",
    attachments=[{
        "kind": "pdf", "name": "健康診断結果_写し.pdf", "title": "健康診断結果報告書",
        "lines": [
            "健康診断結果報告書（雇入時）",
            f"受診者氏名：{_x['name']}　　生年月日：{wareki(_x, 'kanji')}　　性別：{_x['sex']}",
            "受診日：2025年6月9日　　けやき健診クリニック",
            "身長 168.2cm　体重 74.5kg　BMI 26.3",
            "血圧 162/98 mmHg　【判定 D：要治療】",
            "AST 58　ALT 71　γ-GTP 122　【判定 C：要再検査】",
            "胸部X線 異常なし　　心電図 異常なし",
            "総合所見：高血圧症の疑い。脂肪肝。医療機関の受診をお勧めします。",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named person's health-check results (要配慮個人情報) in a PDF to an external employer",
)

# 020 — pass: internal monthly report with a full candidate list (XLSX)
_p = people(12)
_reasons = ["会社都合（早期退職）", "会社都合（早期退職）", "病気療養（うつ病）", "会社都合（早期退職）",
            "家族の介護", "会社都合（早期退職）", "病気療養（がん治療）", "会社都合（早期退職）",
            "会社都合（拠点閉鎖）", "会社都合（拠点閉鎖）", "自己都合", "会社都合（拠点閉鎖）"]
_det = [["川崎電機様 対象者一覧（6月末）"], [],
        ["氏名", "生年月日", "前職年収(万円)", "退職理由", "状況", "担当"]]
for _x, _r in zip(_p, _reasons):
    _det.append([_x["name"], ymd(_x), rng.randint(420, 880), _r,
                 rng.choice(["求職中", "応募中", "内定", "決定"]), rng.choice(["中西", "真壁"])])
add(
    id="outplacement-020", expect="pass", charset="utf-8",
    sender=frm("horinouchi"), to=[f"大河内 徹 <{addr_of('okochi')}>"],
    subject="6月度 月次レポート（川崎電機様案件）",
    body=f"""大河内部長

お疲れさまです。堀之内です。
6月度の月次レポートを添付します。
決定率は 41.7%（5/12名）で、前月比 +16.7pt です。
病気療養中の2名は、支援期間の延長をご検討ください。

{sig("horinouchi", 2)}
""",
    attachments=[{
        "kind": "xlsx", "name": "月次レポート_2025-06_川崎電機.xlsx",
        "sheets": {
            "サマリー": [["項目", "件数"], ["対象者", 12], ["決定", 5], ["内定", 2], ["活動中", 5]],
            "対象者一覧": _det,
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal-only mail: a list with health reasons stays inside hinode-sangyo.co.jp",
)


# =====================================================================================
# 021–040
# =====================================================================================

# 021 — stop: progress report XLSX (title row above the header, several sheets) to the client
_p = people(12)
_rows = [["川崎電機株式会社様　再就職支援 進捗一覧（2025年6月末時点）"], [],
         ["No", "氏名", "社員番号", "年齢", "携帯", "メール", "状況", "内定先", "前職年収", "提示年収"]]
for _i, _x in enumerate(_p, 1):
    _st = rng.choice(["活動中", "応募中", "内定", "入社決定"])
    _rows.append([_i, _x["name"], _x["emp"], _x["age"], _x["tel"], _x["email"], _st,
                  "非公開" if _st in ("活動中", "応募中") else rng.choice(["山吹建設", "七尾機械", "星空ロジ"]),
                  rng.randint(450, 900) * 10000, rng.randint(400, 800) * 10000])
add(
    id="outplacement-021", expect="stop", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[KAWASAKI],
    subject="6月末 進捗報告のご送付",
    body=f"""上野様

いつもお世話になっております。日の出産業の岩城です。
6月末時点の進捗一覧をお送りいたします。

・対象者12名のうち、入社決定3名、内定2名
・7月は合同面接会（7/16）を予定しております

詳細は添付のExcel「進捗一覧」シートをご確認ください。
個別の状況についてのご質問は、お電話でも承ります。

{sig("iwaki")}
""",
    attachments=[{
        "kind": "xlsx", "name": "進捗報告_川崎電機様_202506.xlsx",
        "sheets": {
            "表紙": [["再就職支援 進捗報告書"], ["川崎電機株式会社 御中"], ["日の出産業株式会社"]],
            "進捗一覧": _rows,
            "月別推移": [["月", "面談数", "応募数", "決定数"], ["4月", 24, 8, 0], ["5月", 31, 15, 1],
                     ["6月", 28, 19, 2]],
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX list of twelve candidates with mobiles and e-mails (title row above header) to the client",
)

# 022 — stop: partner domain without "co." (kitaguni-foods.jp)
add(
    id="outplacement-022", expect="stop", charset="iso-2022-jp",
    sender=frm("iwaki"), to=["本間 俊夫 <homma.toshio@kitaguni-foods.jp>"],
    subject="契約更新のお見積りについて",
    body=f"""北国フーズ株式会社
本間様

いつもお世話になっております。日の出産業の岩城です。

9月末で期間満了となる再就職支援契約の更新につき、
お見積りを作成いたしました。金額は前回と同条件（1名あたり65万円）です。
正式な見積書は押印版を郵送いたしますので、まずは内容のご確認をお願いいたします。

{sig("iwaki")}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.jp drops the 'co.' of partner kitaguni-foods.co.jp: look-alike domain",
)

# 023 — stop: three hiring companies in To can see each other
add(
    id="outplacement-023", expect="stop", charset="cp932",
    sender=frm("kusunoki"), to=[HOSHIZORA, YAMABUKI, NANAO],
    subject="【出展のご案内】7/16 合同面接会",
    body=f"""採用ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 求人開拓グループの楠でございます。

このたび、弊社が再就職支援を行っている方々（約60名）を対象とした
合同面接会を下記のとおり開催いたします。ぜひご出展をご検討ください。

　日時：2025年7月16日（水）13:00～17:00
　会場：浜松町コンベンションホール 3F
　出展料：無料（ブース・机・椅子をご用意します）
　申込締切：7月4日（金）

出展をご希望の場合は、本メールにご返信ください。

{sig("kusunoki", 1)}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies in To see each other's addresses: should have been Bcc",
)

# 024 — pass: HTML-only price list to a prospective client
add(
    id="outplacement-024", expect="pass", charset="utf-8",
    sender=frm("iwaki"), to=[MINATO],
    subject="再就職支援サービス 料金表のご案内",
    html=f"""<html><body>
<p>港商事株式会社<br>人事部 須藤様</p>
<p>お世話になっております。日の出産業の岩城です。<br>
お問い合わせいただいた料金表をお送りいたします。</p>
<table border="1" cellpadding="4">
<tr><th>プラン</th><th>支援期間</th><th>内容</th><th>料金（1名・税別）</th></tr>
<tr><td>スタンダード</td><td>6か月</td><td>個別カウンセリング／求人紹介</td><td>480,000円</td></tr>
<tr><td>プレミアム</td><td>12か月</td><td>スタンダード＋合同面接会＋独立開業相談</td><td>780,000円</td></tr>
<tr><td>エグゼクティブ</td><td>12か月</td><td>役員・部長職向け専任コンサルタント</td><td>1,500,000円</td></tr>
<tr><td>説明会のみ</td><td>1日</td><td>全体説明会（最大100名）</td><td>200,000円／回</td></tr>
</table>
<p>対象者数に応じたボリュームディスカウントもございます。お気軽にご相談ください。</p>
<p>日の出産業株式会社 キャリア支援事業部<br>岩城 康介<br>TEL 03-5401-7725</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="price list in an HTML table: business data only",
)

# 025 — pass: invoice with the company's T-number and bank account
add(
    id="outplacement-025", expect="pass", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=["経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"],
    subject="ご請求書送付のご案内（請求番号 HS-2506-0147）",
    body=f"""川崎電機株式会社
経理部 支払ご担当者様

平素は格別のお引き立てを賜り、誠にありがとうございます。
6月分の再就職支援サービス料のご請求書をお送りいたします。

　請求番号　：HS-2506-0147
　ご請求金額：3,960,000円（税込）
　お支払期日：2025年7月31日
　お振込先　：みどり銀行 浜松町支店 普通 0481226 ヒノデサンギヨウ（カ
　登録番号　：T{HINODE_CORP}

何卒よろしくお願い申し上げます。

{sig("horinouchi")}
""",
    attachments=[{
        "kind": "pdf", "name": "請求書_HS-2506-0147.pdf", "title": "請求書",
        "lines": ["請　求　書", "川崎電機株式会社 御中", "請求番号 HS-2506-0147　発行日 2025年6月30日",
                  f"日の出産業株式会社　登録番号 T{HINODE_CORP}",
                  "再就職支援サービス（スタンダード）6名 × 600,000円 = 3,600,000円",
                  "消費税（10%） 360,000円", "合計 3,960,000円"],
    }],
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice: the company's T-number and bank account are business data",
)

# 026 — stop: a foreign candidate's residence card number
_rc = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
      f"{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
      f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
add(
    id="outplacement-026", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[HOSHIZORA],
    subject="在留資格の確認について（グエン様）",
    body=f"""星空ロジスティクス株式会社
梶原様

お世話になっております。楠です。
内定をいただいたグエン様の在留資格について、ご依頼の情報をお送りします。

　氏名　　　　：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日　　：1991年8月14日
　在留カード番号：{_rc}
　在留資格　　：技術・人文知識・国際業務
　在留期間満了日：2026年11月30日

在留カードの写しは入社手続き時にご本人が持参します。
就労可能な範囲については、念のため行政書士の確認も取っております。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card (在留カード) number of a named person to a hiring company",
)

# 027 — stop: forwarded .eml from the client holding six leavers' addresses and birth dates
_p = people(6)
_blk = "\n\n".join(f"{_i}）{_x['name']}\n　生年月日 {jdate(_x)}\n　住所 〒{_x['zip']} {_x['addr']}"
                   for _i, _x in enumerate(_p, 1))
add(
    id="outplacement-027", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"), to=[YAMABUKI],
    subject="FW: 第2陣対象者の送付先リスト",
    body=f"""宮坂様

お世話になっております。真壁です。
説明会の案内状の郵送先として、北国フーズ様からいただいたリストを転送いたします。
案内状の発送をお願いできますでしょうか。

{sig("makabe", 2)}
""",
    attachments=[{
        "kind": "eml", "name": "第2陣対象者の送付先リスト.eml",
        "message": {
            "sender": KITAGUNI, "to": [frm("makabe")], "charset": "iso-2022-jp",
            "subject": "第2陣対象者の送付先リスト",
            "body": f"真壁様\n\nお世話になっております。北国フーズの本間です。\n"
                    f"第2陣の対象者6名の郵送先をお送りします。\n\n{_blk}\n\n"
                    f"よろしくお願いいたします。\n北国フーズ株式会社 総務人事部 本間",
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded mail (attached .eml) with six people's home addresses and birth dates to a third company",
)

# 028 — pass: English mail to a global partner with the standard disclaimer
add(
    id="outplacement-028", expect="pass", charset="utf-8",
    sender=frm("hayase"), to=[BRIDGEPOINT],
    subject="Referral terms for APAC transitions – FY2025",
    body=f"""Dear Daniel,

Thank you for the call yesterday. As discussed, here is a summary of the referral terms
we propose for cross-border career transition cases in FY2025:

  - Referral fee: 12% of the programme fee, payable on programme start
  - Coverage: Japan, Singapore, Hong Kong, Australia
  - Data handling: candidate data shared only with written consent, via our portal
  - Review: quarterly, first review in October

Please let me know if your legal team has comments. We can sign the addendum
to the existing framework agreement once both sides are comfortable.

Best regards,
Emily

{sig("hayase", 3)}

{DISC_EN}
""",
    entities=[],
    detectors=[],
    note="business mail in English with a standard confidentiality disclaimer",
)

# 029 — stop: corrupt XLSX
add(
    id="outplacement-029", expect="stop", charset="cp932",
    sender=frm("horinouchi"), to=[KITAGUNI],
    subject="6月分 ご請求明細の送付",
    body=f"""北国フーズ株式会社 本間様

お世話になっております。日の出産業の堀之内です。
6月分の請求明細をお送りいたします。請求書原本は別途郵送いたします。

{sig("horinouchi")}
""",
    attachments=[{"kind": "corrupt", "name": "請求明細_2025年6月.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 030 — pass: four panelists with their mobiles to the hotel
_p = people(4)
add(
    id="outplacement-030", expect="pass", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[SAKURA],
    subject="7/16 会場ご利用の件（パネリスト控室）",
    body=f"""さくらホテル 宴会・会議予約ご担当者様

お世話になっております。日の出産業の楠です。
7月16日のご予約（孔雀の間）について、パネリストの控室利用者をお知らせします。
当日フロントで控室の鍵をお渡しいただく際の確認用です。

・{_p[0]['name']}様　{_p[0]['tel']}
・{_p[1]['name']}様　{_p[1]['tel']}
・{_p[2]['name']}様　{_p[2]['tel']}
・{_p[3]['name']}様　{_p[3]['tel']}

控室は12:00から17:30まで利用予定です。よろしくお願いいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and mobiles (short list under five) to the hotel: may warn",
)

# 031 — stop: block-per-record 和暦 (full-width) birth dates, five training applicants
_p = people(5)
_blk = []
for _i, _x in enumerate(_p, 1):
    _blk.append(f"【{fw(str(_i))}】\n　氏　　名：{_x['name2']}（{_x['kana']}）\n"
                f"　生年月日：{wareki(_x, 'fwkanji')}\n"
                f"　住　　所：〒{fw(_x['zip'])}　{_x['addr']}\n"
                f"　電　　話：{fw(_x['tel'])}")
add(
    id="outplacement-031", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[HELLOWORK],
    subject="公共職業訓練（介護職員初任者研修）受講希望者について",
    body=f"""ハローワーク大森 職業相談部門
石黒様

いつもお世話になっております。日の出産業の中西です。

9月開講の介護職員初任者研修コースについて、弊社支援中の方で
受講を希望されている5名の情報をお送りいたします。
受講あっせんのご相談の際にご活用ください。

{chr(10).join(_blk)}

いずれも求職申込み済みです。ご確認のほどよろしくお願いいたします。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five records in blocks with 和暦 full-width birth dates and addresses to the employment office",
)

# 032 — stop: corporate credit card number to a training school
_c = _card()
add(
    id="outplacement-032", expect="stop", charset="cp932",
    sender=frm("horinouchi"), to=[SKILLUP],
    subject="受講料のカード決済について（MOS講座 3名分）",
    body=f"""スキルアップアカデミー 受講受付ご担当者様

お世話になっております。日の出産業株式会社の堀之内です。
先日お申込みしたMOS（Excel）講座 3名分の受講料について、
オンライン決済がエラーとなるため、下記カードでの決済をお願いできますでしょうか。

　カード番号：{spaced(_c, (4, 4, 4, 4))}
　有効期限　：09/28
　名義　　　：ASUKA HORINOUCHI
　金額　　　：99,000円（33,000円×3名）

お手数をおかけしますが、よろしくお願いいたします。

{sig("horinouchi")}
""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number in the body to an external school",
)

# 033 — pass: internal mail marked 社外秘 with six candidates' bank accounts
_p = people(6)
_lines = [pad("氏名", 14) + pad("金融機関", 24) + pad("口座", 14) + "金額"]
for _x in _p:
    _lines.append(pad(_x["name"], 14) + pad(f"{_x['bank']} {_x['branch']}", 24)
                  + pad(f"普通 {_x['acct']}", 14) + f"{rng.randint(3, 18) * 1000:,}円")
add(
    id="outplacement-033", expect="pass", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=[f"経理部 <keiri@{D}>"],
    subject="【社外秘】面接交通費 立替精算の振込依頼（6名）",
    body=f"""経理部 ご担当者様

お疲れさまです。キャリア支援事業部の堀之内です。
受講者の面接交通費（立替分）の振込をお願いします。
7月10日支払分でお願いできれば幸いです。

{chr(10).join(_lines)}

領収書の原本は社内便で送付済みです。

{sig("horinouchi", 2)}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="internal-only: bank accounts and a 社外秘 marking never leave hinode-sangyo.co.jp",
)

# 034 — stop: one candidate's criminal record in new text of a reply
_x = people(1)[0]
add(
    id="outplacement-034", expect="stop", charset="utf-8",
    sender=frm("makabe"), to=[NANAO],
    subject="Re: 経理職候補者の件",
    body=f"""戸田様

お世話になっております。真壁です。
ご質問の件、ご本人の了承を得ましたのでお伝えいたします。

{_x['name']}様は、前職在職中に業務上横領の罪で有罪判決（懲役2年・執行猶予3年）を受け、
懲戒解雇となっております。執行猶予期間は昨年満了しております。
ご本人は面接でも経緯をご説明する意向です。

経理以外の職種でのご検討も可能か、ご意見をいただけますと幸いです。

{sig("makabe", 2)}

-----Original Message-----
From: 戸田 正人 <toda.masato@nanao-kikai.co.jp>
Sent: Tuesday, June 24, 2025 10:12 AM
Subject: 経理職候補者の件

真壁様
先日ご推薦いただいた方ですが、前職の退職経緯について確認させてください。
戸田
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's criminal record (前科) in new text to a hiring company",
)

# 035 — pass: English reply; the medical remark is only in the quoted text
add(
    id="outplacement-035", expect="pass", charset="utf-8",
    sender=frm("hayase"), to=[KURENAI],
    subject="Re: Interview schedule – QA Engineer",
    body=f"""Hi Mei-Hua,

Thanks for the flexibility. Thursday 3 July at 14:00 works; we will confirm with the
candidate today and send the video-call link by tomorrow noon.

Best,
Emily

{sig("hayase", 3)}

On Mon, Jun 30, 2025 at 9:18 AM Lin Mei-Hua <mh.lin@kurenai-soft.com> wrote:
> Hi Emily,
> Ms. Tanaka told us at the first interview that she is still recovering from knee
> surgery, so we would like to offer the second interview online. Would Thursday
> 3 July, 14:00 JST work?
> Regards,
> Mei-Hua
""",
    entities=[],
    detectors=[],
    note="the health remark is only in the quoted text written by the recipient; new text is scheduling",
)

# 036 — stop: inline forward (転送) of interview results with six mobiles to the client
_p = people(6)
_res = ["合格", "合格", "不合格", "合格", "保留", "合格"]
_lines = []
for _x, _r in zip(_p, _res):
    _lines.append(f"{_x['name']}　一次：{_r}　携帯：{_x['tel']}")
add(
    id="outplacement-036", expect="stop", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[KAWASAKI],
    subject="転送: 一次面接結果のご連絡（七尾機械）",
    body=f"""上野様

お世話になっております。岩城です。
七尾機械様から一次面接の結果が届きましたので、共有いたします。

{sig("iwaki", 2)}

---------- 転送メッセージ ----------
From: 戸田 正人 <toda.masato@nanao-kikai.co.jp>
Date: 2025年6月27日(金) 16:05
Subject: 一次面接結果のご連絡
To: 岩城 康介 <iwaki.kosuke@hinode-sangyo.co.jp>

岩城様

一次面接の結果をご連絡いたします。
合格の方には二次面接の日程調整のため、弊社から直接お電話いたします。

{chr(10).join(_lines)}

七尾機械株式会社 総務部 戸田
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forward is new text to its recipient: six candidates' results and mobiles go to the client",
)

# 037 — pass: list of ハローワーク offices (business contacts) to one candidate
_x = people(1)[0]
add(
    id="outplacement-037", expect="pass", charset="cp932",
    sender=frm("nakanishi"), to=[f"{_x['name']} <{_x['email'].split('@')[0]}@yahoo.co.jp>"],
    subject="お近くのハローワークのご案内",
    body=f"""{_x['sei']}様

日の出産業の中西です。先ほどはお電話ありがとうございました。
ご自宅から通いやすいハローワークを下記にまとめました。
失業給付の手続きは、住所地を管轄するハローワークで行う必要がありますので、
まずは管轄を電話でご確認ください。

　ハローワーク大森　　　東京都大田区大森北3-9-2　　　　03-5712-4180（代表）
　ハローワーク蒲田　　　東京都大田区西蒲田7-22-5　　　　03-5713-6021（代表）
　ハローワーク品川東　　東京都品川区東大井2-14-8　　　　03-5715-3307（代表）
　ハローワーク川崎北　　神奈川県川崎市中原区小杉町1-6-3　044-712-8850（代表）

※上記は弊社で控えている情報です。念のため受付時間とあわせてご確認ください。

{sig("nakanishi")}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="list of public offices with their switchboards (business contacts), to one free-mail recipient",
)

# 038 — stop: DOCX interim report with 取扱注意 in the page header
add(
    id="outplacement-038", expect="stop", charset="utf-8",
    sender=frm("iwaki"), to=[TOKAI],
    subject="再就職支援 中間報告書の送付",
    body=f"""東海精密工業株式会社
人事部 小田切様

お世話になっております。日の出産業の岩城です。
支援開始から3か月が経過しましたので、中間報告書をお送りいたします。
個人別の状況は含めず、集計値のみで作成しております。

{sig("iwaki")}
""",
    attachments=[{
        "kind": "docx", "name": "中間報告書_東海精密様_2025Q2.docx", "title": "中間報告書",
        "page_header": "取扱注意",
        "paragraphs": ["再就職支援 中間報告書（2025年4月～6月）",
                       "1. 対象者数：22名（うち支援辞退 1名）",
                       "2. 就職決定：7名（決定率 33.3%）",
                       "3. 平均決定年収：前職比 87%",
                       "4. 今後の取組み：製造業以外の求人開拓を強化する"],
        "tables": [[["年代", "対象", "決定"], ["30代", "3", "2"], ["40代", "8", "3"], ["50代", "11", "2"]]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached report carries a 取扱注意 classification in its page header",
)

# 039 — stop: password-protected PDF
add(
    id="outplacement-039", expect="stop", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=[YAMABUKI],
    subject="源泉徴収票（前職分）の送付について",
    body=f"""山吹建設株式会社 管理部 宮坂様

お世話になっております。日の出産業の堀之内です。
7月入社予定の方の前職分の源泉徴収票を、ご本人の依頼によりお送りいたします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。

{sig("horinouchi")}
""",
    attachments=[{"kind": "pdf", "name": "源泉徴収票_前職分.pdf", "password": "yb2025",
                  "lines": ["令和6年分 給与所得の源泉徴収票", "支払金額 6,284,000"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the PDF is password-protected and cannot be inspected",
)

# 040 — pass: one candidate (free mail) + one hiring company in To/Cc
_x = people(1)[0]
add(
    id="outplacement-040", expect="pass", charset="iso-2022-jp",
    sender=frm("makabe"), to=[f"{_x['name']} <{_x['email'].split('@')[0]}@gmail.com>"],
    cc=[YAMABUKI],
    subject="最終面接日程のご確認（山吹建設様）",
    body=f"""{_x['sei']}様
（cc：山吹建設株式会社 宮坂様）

お世話になっております。日の出産業の真壁です。
山吹建設様の最終面接の日程が下記のとおり確定しましたので、ご確認ください。

　日時：7月7日（月）15:00～16:00
　場所：山吹建設株式会社 本社 5F 役員会議室（江東区豊洲）
　持ち物：筆記用具

宮坂様、当日はどうぞよろしくお願いいたします。

{sig("makabe")}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private person and one company: two external parties, no personal data",
)


# =====================================================================================
# 041–060
# =====================================================================================

# 041 — stop: English shortlist of five candidates in romaji with mobiles
_p = people(5)
_lines = [f"{'Name':<22}{'Current role':<30}{'Base (JPY)':<13}Mobile",
          "-" * 22 + "-" * 30 + "-" * 13 + "-" * 13]
_roles = ["Production Planning Mgr", "Quality Assurance Lead", "Procurement Specialist",
          "SCM Analyst", "Plant Controller"]
for _x, _r in zip(_p, _roles):
    _lines.append(f"{_x['romaji']:<22}{_r:<30}{rng.randint(7, 12) * 1000000:<13,}{_x['tel']}")
add(
    id="outplacement-041", expect="stop", charset="utf-8",
    sender=frm("hayase"), to=[NORDWELL],
    subject="Shortlist – Supply Chain roles (5 candidates)",
    body=f"""Dear Jonas,

As promised, please find below the shortlist for the three supply chain openings.
All five candidates have agreed to be introduced and are available for a first call
from next week. Their CVs will follow through the portal.

{chr(10).join(_lines)}

Please let me know whom you would like to meet first.

Kind regards,
Emily

{sig("hayase", 3)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five candidates in romaji with salaries and mobile numbers to a foreign-affiliated employer",
)

# 042 — pass: internal reply thread about one candidate's depression
_x = people(1)[0]
add(
    id="outplacement-042", expect="pass", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[f"真壁 さやか <{addr_of('makabe')}>"],
    subject="Re: {0}さんの件".format(_x["sei"]),
    body=f"""真壁さん

ありがとうございます。
{_x['name']}さんは、うつ病の再発で先週から通院頻度が増えているとのことなので、
今月の求人紹介はいったん止めて、面談だけ継続しましょう。
主治医の意見書が出たら、短時間勤務の求人から再開する方向で。

中西

> 中西さん
> {_x['sei']}さん、昨日の面談で少し元気がなかったです。
> 再発の可能性があると本人から聞きました。どう進めましょうか。
> 真壁
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal-only thread: a candidate's diagnosis discussed between two counsellors",
)

# 043 — stop: look-alike of the organisation's own domain (letter added), with a diagnosis
_x = people(1)[0]
add(
    id="outplacement-043", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"), to=["大河内 徹 <okochi.toru@hinode-sangyou.co.jp>"],
    subject="支援期間延長の稟議について（{0}様）".format(_x["sei"]),
    body=f"""大河内部長

お疲れさまです。真壁です。
{_x['name']}様（川崎電機様案件）の支援期間延長について、ご相談させてください。

ご本人は4月に適応障害と診断され、2か月ほど活動を休止されていました。
主治医から活動再開の許可が出たため、契約上の支援期間（9月末）を
3か月延長したいと考えております。延長費用は川崎電機様と協議予定です。

稟議書は明日回覧します。

真壁
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a look-alike of the own domain; the mail also carries a diagnosis",
)

# 044 — stop: 「・」 bullets with full-width mobiles, five people
_p = people(5)
_lines = [f"・{_x['name2']}　様（{fw(str(_x['age']))}歳）　携帯：{fw(_x['tel'])}" for _x in _p]
add(
    id="outplacement-044", expect="stop", charset="cp932",
    sender=frm("kusunoki"), to=[YAMABUKI],
    subject="現場見学会 参加者名簿",
    body=f"""宮坂様

いつもお世話になっております。楠です。
7月2日（水）の豊洲現場見学会の参加者をお送りします。

{chr(10).join(_lines)}

当日、集合場所（豊洲駅改札前 9:30）に遅れる方がいた場合に備えて、
携帯番号を記載しております。ヘルメット5名分のご準備をお願いいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five names with full-width mobile numbers in 「・」 bullets to a hiring company",
)

# 045 — pass: CSV of job postings (no people) to one candidate on free mail
_x = people(1)[0]
add(
    id="outplacement-045", expect="pass", charset="utf-8",
    sender=frm("kusunoki"), to=[f"{_x['name']} <{_x['email'].split('@')[0]}@outlook.jp>"],
    subject="ご希望条件に合う求人リスト",
    body=f"""{_x['sei']}様

楠です。先日伺ったご希望条件（品質保証・神奈川県内・年収500万円以上）で
求人を抽出しました。気になる求人があれば、求人番号をお知らせください。
応募書類の調整は担当カウンセラーと一緒に進めましょう。

{sig("kusunoki")}
""",
    attachments=[{"kind": "csv", "name": "求人リスト_品質保証.csv", "encoding": "utf-8", "rows": [
        ["求人番号", "企業名", "職種", "勤務地", "想定年収", "応募締切"],
        ["J-2506-114", "七尾機械株式会社", "品質保証（機械部品）", "神奈川県厚木市", "520～650万円", "7/15"],
        ["J-2506-121", "相模ケミカル株式会社", "品質管理", "神奈川県相模原市", "500～600万円", "7/20"],
        ["J-2506-133", "湘南メディカルデバイス株式会社", "QA/RA", "神奈川県藤沢市", "550～720万円", "7/31"],
        ["J-2506-140", "川崎電機株式会社（グループ会社）", "品質保証", "神奈川県川崎市", "500～580万円", "随時"],
    ]}],
    entities=[],
    detectors=["freemail_recipient"],
    note="list of job postings (companies), sent to one free-mail recipient",
)

# 046 — stop: six people's bank accounts to a payroll service
_p = people(6)
_lines = ["氏名,金融機関,支店,種別,口座番号,口座名義,金額"]
for _x in _p:
    _lines.append(f"{_x['name']},{_x['bank']},{_x['branch']},普通,{_x['acct']},{_x['kana']},"
                  f"{rng.randint(12, 48) * 500}")
add(
    id="outplacement-046", expect="stop", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=[KYUYO],
    subject="講師謝金・交通費の振込データ（7月支払分）",
    body=f"""株式会社給与計算代行サービス
受付窓口 ご担当者様

お世話になっております。日の出産業の堀之内です。
7月支払分の振込データを下記のとおりお送りします（カンマ区切り）。

{chr(10).join(_lines)}

振込日は7月10日でお願いいたします。
処理完了後、振込明細をお送りください。

{sig("horinouchi")}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six people's bank accounts (comma-separated) to an external payroll service",
)

# 047 — either: anonymised shortlist (initials, age band, former employer type)
_lines = []
for _ini, _age, _prev, _sal in [("K.T.", "40代後半・男性", "大手電機メーカー 生産管理", "550万円"),
                                ("M.S.", "50代前半・男性", "同 設備保全", "600万円"),
                                ("Y.H.", "30代後半・女性", "同 経理（連結決算）", "480万円"),
                                ("A.O.", "40代前半・男性", "同 購買", "520万円"),
                                ("R.N.", "50代後半・男性", "同 工場長代理", "700万円"),
                                ("S.I.", "40代後半・女性", "同 人事労務", "500万円")]:
    _lines.append(f"・{_ini}（{_age}）前職：{_prev}／希望年収 {_sal}")
add(
    id="outplacement-047", expect="either", charset="utf-8",
    sender=frm("kusunoki"), to=[HOSHIZORA],
    subject="ご紹介可能な人材のご案内（匿名レジュメ）",
    body=f"""星空ロジスティクス株式会社
梶原様

お世話になっております。楠です。
現在ご紹介可能な方の匿名プロフィールをお送りします。
ご興味のある方がいらっしゃれば、ご本人の同意を得たうえで詳細をお送りいたします。

{chr(10).join(_lines)}

いずれも川崎電機様の早期退職制度により7月末で退職予定の方です。

{sig("kusunoki")}
""",
    entities=[],
    detectors=[],
    note="six anonymised profiles (initials, age band, ex-employer named): re-identifiable or not is debatable",
)

# 048 — pass: question to ハローワーク about a job posting number
add(
    id="outplacement-048", expect="pass", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[HELLOWORK],
    subject="求人番号 13080-14562751 の応募条件について",
    body=f"""ハローワーク大森 石黒様

お世話になっております。日の出産業の中西です。
下記求人について、応募条件を確認させてください。

　求人番号：13080-14562751
　事業所名：株式会社大森精工
　職種　　：機械オペレーター（正社員）

「経験不問」とありますが、求人票の備考欄に「NC旋盤経験者優遇」とあり、
未経験者の応募がどの程度検討されるのかを事業所様に確認いただけますでしょうか。
紹介状の発行は、確認が取れてからご本人が窓口に伺う予定です。

{sig("nakanishi")}
""",
    entities=[],
    detectors=[],
    note="question about a job posting number: no personal data",
)

# 049 — stop: one candidate's disability certificate for a 障害者雇用 opening
_x = people(1)[0]
add(
    id="outplacement-049", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[CIEL],
    subject="障害者雇用枠（総務事務）へのご推薦",
    body=f"""シエル・メディカル株式会社
人事部 採用ご担当者様

お世話になっております。日の出産業の楠です。
障害者雇用枠の総務事務職に、下記の方をご推薦いたします。

　氏名：{_x['name']}（{_x['age']}歳）
　障害の状況：身体障害者手帳 4級（下肢機能障害）、杖歩行
　必要な配慮：通勤ラッシュを避けた時差出勤、エレベーターのある職場
　連絡先：{_x['tel']}（ご本人携帯）

前職では総務・庶務を15年間担当され、社内規程の管理や備品購買のご経験があります。
面接のご調整をよろしくお願いいたします。

{sig("kusunoki")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a named candidate's disability (身体障害者手帳 4級) to a hiring company: 要配慮個人情報",
)

# 050 — pass: scheduling mail with the standard Japanese disclaimer
add(
    id="outplacement-050", expect="pass", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[KITAGUNI],
    subject="定例会の日程について（7月）",
    body=f"""本間様

お世話になっております。日の出産業の岩城です。
7月の定例会ですが、7月22日（火）16時からでいかがでしょうか。
場所は前回同様、御社大田工場の会議室をお借りできればと存じます。

議題（案）
　1. 6月の活動状況のご報告
　2. 第3陣説明会の準備状況
　3. 工場閉鎖後の連絡窓口について

{sig("iwaki")}

{DISC_JP}
""",
    entities=[],
    detectors=[],
    note="ordinary scheduling mail; the disclaimer's 機密情報 is not a marking",
)

# 051 — stop: HTML-only table of seven candidates with e-mail addresses
_p = people(7)
_trs = "\n".join(f"<tr><td>{_x['name']}</td><td>{_x['email']}</td><td>{rng.randint(1, 6)}</td>"
                 f"<td>{rng.choice(['書類作成中', '応募中', '面接中', '内定'])}</td></tr>" for _x in _p)
add(
    id="outplacement-051", expect="stop", charset="utf-8",
    sender=frm("makabe"), to=[KITAGUNI],
    subject="面談実施状況のご報告（第1陣）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>北国フーズ株式会社<br>本間様</p>
<p>お世話になっております。日の出産業の真壁です。<br>
第1陣の皆様の面談実施状況をご報告いたします。<br>
工場閉鎖後も会社からの連絡が届くよう、連絡用メールアドレスも記載しております。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>氏名</th><th>連絡用メール</th><th>面談回数</th><th>状況</th></tr>
{_trs}
</table>
<p>引き続きよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 キャリア支援事業部<br>真壁 さやか<br>TEL 03-5401-7723</p>
</body></html>""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only table of seven people with private e-mail addresses to the client",
)

# 052 — stop: reply-all with four external organisations in To/Cc
add(
    id="outplacement-052", expect="stop", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[KAWASAKI, NANAO], cc=[JOBNAVI, HELLOWORK],
    subject="Re: 合同説明会の開催概要（確定版）",
    body=f"""皆様

お世話になっております。日の出産業の岩城です。
開催概要の確定版、承知いたしました。
当日の受付は弊社スタッフ4名で対応いたします。
ハローワーク様のブースは入口右手に配置いたしますので、ご確認ください。

{sig("iwaki", 2)}

> 各位
> 合同説明会の開催概要を確定しましたので共有します。
> 　日時：7月23日（水）13:00～16:00
> 　会場：川崎電機 本社ホール
> 上野
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (client, employer, job board, public office) see each other",
)

# 053 — pass: co-hosting a seminar with the bank, venue in Cc
add(
    id="outplacement-053", expect="pass", charset="cp932",
    sender=frm("iwaki"), to=[MIDORI], cc=[SAKURA],
    subject="退職金活用セミナー 共催のお打合せ",
    body=f"""みどり銀行 法人営業部 今泉様
（cc：さくらホテル 宴会・会議予約ご担当者様）

お世話になっております。日の出産業の岩城です。
8月の「退職金の受け取り方と活用セミナー」共催の件、ありがとうございます。
会場はさくらホテル様の「桜の間」（スクール形式 60席）を仮押さえしております。

・日時：8月20日（水）14:00～16:00
・講師：みどり銀行様 ファイナンシャルプランナー 1名
・受講者：弊社支援中の方（約50名予定）

ホテル様には、プロジェクターと演台の手配をお願いできますでしょうか。

{sig("iwaki")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (bank and hotel) in To/Cc: normal three-way mail",
)

# 054 — stop: plain ZIP with a CSV of nine registrants and a DOCX cover
_p = people(9)
_rows = [["氏名", "生年月日", "住所", "電話", "メール"]]
for _x in _p:
    _rows.append([_x["name"], jdate(_x), f"〒{_x['zip']} {_x['addr']}", _x["tel"], _x["email"]])
add(
    id="outplacement-054", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[MORI],
    subject="会員登録代行のお願い（9名分）",
    body=f"""転職の森 登録センター ご担当者様

お世話になっております。日の出産業株式会社の楠です。
提携プランに基づく会員登録代行をお願いいたします。
登録データと依頼書をZIPにまとめて添付しました。

{sig("kusunoki")}
""",
    attachments=[{"kind": "zip", "name": "登録データ_0625.zip", "files": [
        {"kind": "csv", "name": "登録者一覧.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "docx", "name": "登録依頼書.docx",
         "paragraphs": ["会員登録代行 依頼書", "依頼元：日の出産業株式会社", "件数：9件",
                        "備考：本人同意取得済み"]},
    ]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a ZIP (not encrypted) holds a CSV of nine people's full contact records, to a job board",
)

# 055 — stop: driver's licence number of one candidate to the partner (ドライバー職)
_x = people(1)[0]
_lic = f"30{rng.randint(0, 99):02d}{rng.randint(100000, 999999)}{rng.randint(0, 9)}0"
add(
    id="outplacement-055", expect="stop", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[AOBA],
    subject="大型ドライバー職 応募者の免許情報",
    body=f"""青葉運輸株式会社
採用センター 吉川様

お世話になっております。日の出産業の楠です。
大型ドライバー職にご応募の方について、ご依頼の免許情報をお送りします。

　氏名　　　　：{_x['name']}
　生年月日　　：{wareki(_x, 'kanji')}
　運転免許証番号：第{_lic}号
　免許の種類　：大型・中型・普通・大特・けん引
　有効期限　　：令和9年{_x['m']}月{_x['d']}日まで

運転記録証明書は、ご本人が取得次第お送りいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driver's licence number of a named person to a partner company",
)

# 056 — pass: question to the partner about a job's conditions (no personal data)
add(
    id="outplacement-056", expect="pass", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[AOBA],
    subject="求人条件の確認（中型ドライバー・夜間配送）",
    body=f"""吉川様

お世話になっております。楠です。
中型ドライバー（夜間配送）の求人について、いくつか確認させてください。

1. 中型免許（8t限定）でも応募可能でしょうか。
2. 夜間の休憩時間と仮眠室の有無
3. 入社後の同乗研修の期間

先日ご紹介した方とは別に、50代の方で関心をお持ちの方がいらっしゃいます。
条件が合えば改めてご推薦いたします。

{sig("kusunoki", 2)}
""",
    entities=[],
    detectors=[],
    note="ordinary question about a job's conditions to a partner: no personal data",
)

# 057 — stop: basic pension number of one candidate to the 社労士
_x = people(1)[0]
_bp = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(
    id="outplacement-057", expect="stop", charset="cp932",
    sender=frm("nakanishi"), to=[SHAROSHI],
    subject="年金相談のご依頼（早期退職者1名）",
    body=f"""蒔田先生

いつもお世話になっております。日の出産業の中西です。
支援中の方から、退職後の年金の見込み額について相談を受けております。
ご本人の同意を得ておりますので、下記情報で年金記録の確認をお願いできますでしょうか。

　氏名　　　：{_x['name']}（{_x['kana']}）
　生年月日　：{wareki(_x, 'abbr')}
　基礎年金番号：{_bp}
　加入歴　　：厚生年金（川崎電機） 1988年4月～2025年3月

ご面談の日程は先生のご都合に合わせます。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a basic pension number (基礎年金番号) of a named person to an external 社労士",
)

# 058 — stop: health insurance card symbol/number for a health-check booking
_x = people(1)[0]
add(
    id="outplacement-058", expect="stop", charset="utf-8",
    sender=frm("nakanishi"), to=[KEYAKI],
    subject="雇入時健診の予約（1名）",
    body=f"""けやき健診クリニック 健診予約センター御中

お世話になっております。日の出産業株式会社の中西です。
下記の方の雇入時健康診断（法定項目）の予約をお願いいたします。

　受診者：{_x['name']}（{_x['kana']}）　{_x['sex']}性
　生年月日：{jdate(_x)}
　健康保険証：記号 {rng.randint(1000, 9999)} 番号 {rng.randint(10, 999)}（国民健康保険）
　希望日：7月3日（木）午前 または 7月4日（金）午前
　請求先：日の出産業株式会社（受診者負担なし）

予約確定のご連絡は私宛にお願いいたします。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a health insurance card symbol and number of a named person to a clinic",
)

# 059 — pass: internal subdomain recipient, CSV with My Numbers
_p = people(5)
_rows = [["氏名", "フリガナ", "生年月日", "個人番号", "謝金額"]]
for _x in _p:
    _rows.append([_x["name"], _x["kana"], ymd(_x), _mn(), rng.choice([30000, 50000, 80000])])
add(
    id="outplacement-059", expect="pass", charset="utf-8",
    sender=frm("horinouchi"), to=[f"人事部 支払調書担当 <shiharai-chosho@hr.{D}>"],
    subject="講師謝金 支払調書用データ（上期分）",
    body=f"""人事部 支払調書ご担当者様

お疲れさまです。キャリア支援事業部の堀之内です。
上期にセミナー講師をお願いした5名分の支払調書用データを添付します。
個人番号は本人確認済みです。ファイルは確認後に削除をお願いします。

{sig("horinouchi", 2)}
""",
    attachments=[{"kind": "csv", "name": "支払調書データ_上期.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="recipient on hr.hinode-sangyo.co.jp is internal: My Numbers stay inside the company",
)

# 060 — stop: case-study deck with a "Confidential" footer to a hiring company
add(
    id="outplacement-060", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[CIEL],
    subject="採用ご担当者向け説明会の資料",
    body=f"""シエル・メディカル株式会社
人事部 採用ご担当者様

お世話になっております。日の出産業の楠です。
先日の説明会でお見せした再就職成功事例の資料をお送りいたします。
事例は個人が特定されないよう加工しております。

{sig("kusunoki")}
""",
    attachments=[{
        "kind": "pptx", "name": "再就職成功事例集_2025.pptx", "title": "再就職成功事例集",
        "page_footer": "Confidential – Hinode Sangyo internal use only",
        "slides": [["再就職成功事例集 2025", "日の出産業株式会社 キャリア支援事業部"],
                   ["事例1：製造業 品質保証 → 医療機器メーカー QA", "50代男性／年収 前職比 95%"],
                   ["事例2：総務 → 医療法人 事務長", "40代女性／支援期間 4か月"],
                   ["成功のポイント", "経験の棚卸し", "業界をまたぐ職務の翻訳"]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the attached deck is stamped 'Confidential – internal use only' on every slide",
)


# =====================================================================================
# 061–080
# =====================================================================================

# 061 — pass: service overview deck without any marking; body mentions 機密保持
add(
    id="outplacement-061", expect="pass", charset="utf-8",
    sender=frm("iwaki"), to=[MINATO],
    subject="Re: 再就職支援サービスの概要資料",
    body=f"""須藤様

ご返信ありがとうございます。岩城です。
ご依頼のサービス概要資料を添付いたします。
個人情報の取扱いと機密保持の体制については、資料の6ページにまとめております。
プライバシーマーク取得事業者として、対象者情報は専用システムで管理しております。

{sig("iwaki")}

> 岩城様
> 社内検討用に、サービス概要がわかる資料をお送りいただけますか。
> 須藤
""",
    attachments=[{
        "kind": "pptx", "name": "日の出産業_再就職支援サービス概要.pptx", "title": "サービス概要",
        "slides": [["再就職支援サービスのご紹介", "日の出産業株式会社"],
                   ["私たちの強み", "年間支援実績 1,200名", "求人開拓専任チーム 15名"],
                   ["支援の流れ", "説明会 → 個別面談 → 応募 → 内定 → 入社後フォロー"],
                   ["個人情報の取扱い", "プライバシーマーク取得", "秘密保持契約の締結",
                    "アクセス権限の管理"]],
    }],
    entities=[],
    detectors=[],
    note="deck and mail only mention 機密保持 / 個人情報 as topics; no marking, no personal data",
)

# 062 — stop: DOCX table of six interview records, one with a chronic disease
_p = people(6)
_reason = ["会社都合（早期退職制度）", "会社都合（早期退職制度）", "家族の介護（実母）",
           "持病（2型糖尿病）の通院と両立できる職場を希望", "会社都合（早期退職制度）", "キャリアチェンジ"]
_tbl = [["氏名", "生年月日", "退職理由（本人申告）", "希望職種"]]
for _x, _r in zip(_p, _reason):
    _tbl.append([_x["name"], wareki(_x, "abbr"), _r, rng.choice(["生産管理", "事務", "営業", "技術"])])
add(
    id="outplacement-062", expect="stop", charset="cp932",
    sender=frm("makabe"), to=[TOKAI],
    subject="初回面談記録の共有（第1グループ）",
    body=f"""小田切様

いつもお世話になっております。真壁です。
第1グループ6名の初回面談記録をお送りいたします。
社内での配置・再雇用の検討にご活用ください。

{sig("makabe")}
""",
    attachments=[{"kind": "docx", "name": "初回面談記録_第1グループ.docx", "title": "初回面談記録",
                  "paragraphs": ["初回面談記録（第1グループ）", "実施期間：6月9日～6月13日"],
                  "tables": [_tbl]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX table of six people with birth dates; one row states a chronic disease",
)

# 063 — pass: hiring company's contact person given to one candidate on carrier mail
_x = people(1)[0]
add(
    id="outplacement-063", expect="pass", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[f"{_x['email'].split('@')[0]}@docomo.ne.jp"],
    subject="入社手続きのご連絡先",
    body=f"""{_x['sei']}様

内定おめでとうございます。日の出産業の楠です。
入社手続きについては、今後は下記の採用ご担当者から直接ご連絡があります。

　星空ロジスティクス株式会社 人事部
　採用ご担当：梶原 聡 様
　TEL：03-6812-4400（代表）
　受付時間：平日 9:00～17:30

入社日までの間も、ご不安な点があればいつでもご相談ください。

{sig("kusunoki", 2)}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one company contact person (switchboard) to a carrier-mail recipient: business contact",
)

# 064 — stop: homoglyph look-alike (Cyrillic а) of the partner aoba-unyu.co.jp
add(
    id="outplacement-064", expect="stop", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=["採用センター 吉川 <saiyo.yoshikawa@xn--oba-unyu-06g.co.jp>"],
    subject="求人票受領のご連絡",
    body=f"""青葉運輸株式会社 採用センター
吉川様

お世話になっております。日の出産業の楠です。
倉庫内作業（フォークリフト）の求人票を受領いたしました。
さっそく対象者の皆様にご案内いたします。

{sig("kusunoki", 2)}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="xn--oba-unyu-06g.co.jp is aoba-unyu with a Cyrillic 'а': homoglyph look-alike of a partner",
)

# 065 — stop: PDF reception list of ten participants
_p = people(10)
_tbl = [["No", "氏名", "生年月日", "住所", "希望職種"]]
for _i, _x in enumerate(_p, 1):
    _tbl.append([str(_i), _x["name"], ymd(_x, "."), _x["addr"], rng.choice(["施工管理", "積算", "設計", "事務"])])
add(
    id="outplacement-065", expect="stop", charset="utf-8",
    sender=frm("kusunoki"), to=[YAMABUKI],
    subject="合同面接会 受付名簿（山吹建設様ブース分）",
    body=f"""宮坂様

お世話になっております。楠です。
7月16日の合同面接会で、山吹建設様ブースに事前予約された方の受付名簿を
PDFでお送りします。当日の受付でご利用ください。

{sig("kusunoki")}
""",
    attachments=[{"kind": "pdf", "name": "受付名簿_山吹建設様.pdf", "title": "受付名簿",
                  "lines": ["合同面接会（7/16）受付名簿　山吹建設株式会社様ブース", ""],
                  "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of ten people with birth dates and addresses to a hiring company",
)

# 066 — pass: reply; the list sits under -----Original Message----- from the recipient
_p = people(5)
_q = "\n".join(f"{_x['name']}（{ymd(_x)}生）　入職日 8/1" for _x in _p)
add(
    id="outplacement-066", expect="pass", charset="cp932",
    sender=frm("nakanishi"), to=[ASAHI],
    subject="RE: 内定者の入職日について",
    body=f"""沢渡様

お世話になっております。中西です。
入職日のご連絡ありがとうございます。
皆様には弊社からもお祝いとあわせてお伝えいたします。
8月のフォロー面談は、入職後2週目を目安に実施いたします。

中西

-----Original Message-----
From: 沢渡 千秋 <sawatari@asahi-care.or.jp>
Sent: Thursday, June 26, 2025 11:40 AM
To: 中西 里美 <nakanishi.satomi@hinode-sangyo.co.jp>
Subject: 内定者の入職日について

中西様

内定者5名の入職日が決まりましたのでご連絡します。

{_q}

朝日ケア会 法人本部 沢渡
""",
    entities=[],
    detectors=[],
    note="the five-person list is quoted text under -----Original Message----- from the recipient",
)

# 067 — stop: one candidate's religion (礼拝・ハラール) to a hiring company
_x = people(1)[0]
add(
    id="outplacement-067", expect="stop", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=["人事部 採用チーム <recruit-jp@kurenai-soft.com>"],
    subject="面接前のご相談（勤務上の配慮について）",
    body=f"""紅ソフト株式会社
人事部 採用チーム御中

お世話になっております。日の出産業の楠です。
来週面接予定の{_x['name']}様について、ご本人から事前にお伝えしてほしいとの
ご依頼がありましたのでご連絡いたします。

{_x['sei']}様はイスラム教を信仰されており、金曜日の昼に30分程度の礼拝の時間と、
社員食堂でのハラール対応の可否を確認したいとのことです。
面接の際にご説明いただけますと幸いです。

{sig("kusunoki")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's religion (信条) told to a hiring company: 要配慮個人情報",
)

# 068 — pass: salary negotiation without any identifier
add(
    id="outplacement-068", expect="pass", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[YAMABUKI],
    subject="Re: 処遇条件のご提示について",
    body=f"""宮坂様

お世話になっております。岩城です。
処遇条件のご提示、ありがとうございました。
ご本人と面談し、下記のとおりご意向を確認しましたのでお伝えいたします。

・提示年収（560万円）は前向きに受け止めている
・資格手当（一級建築施工管理技士）の扱いを確認したい
・入社日は8月1日を希望

以上、ご検討いただけますと幸いです。

{sig("iwaki")}
""",
    entities=[],
    detectors=[],
    note="salary conditions for an unnamed candidate: ordinary business mail",
)

# 069 — pass: legacy XLS of six candidates to an internal subdomain
_p = people(6)
_rows = [["氏名", "生年月日", "住所", "前職", "前職年収"]]
for _x in _p:
    _rows.append([_x["name"], jdate(_x), _x["addr"], "東海精密工業", rng.randint(400, 750) * 10000])
add(
    id="outplacement-069", expect="pass", charset="utf-8",
    sender=frm("makabe"), to=[f"キャリア支援 共有 <career-share@career.{D}>"],
    subject="東海精密様 対象者台帳（旧形式xls）",
    body=f"""各位

真壁です。
東海精密様からいただいた対象者台帳を、旧システム取込用のxls形式で共有します。
新システム移行後は不要になりますので、取込後は削除してください。

{sig("makabe", 2)}
""",
    attachments=[{"kind": "xls", "name": "対象者台帳_東海精密.xls", "sheets": {"台帳": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="recipient on career.hinode-sangyo.co.jp is internal: the list stays inside",
)

# 070 — pass: internal forward (attached .eml) of a candidate's self-introduction
_x = people(1)[0]
add(
    id="outplacement-070", expect="pass", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[f"楠 仁 <{addr_of('kusunoki')}>"],
    subject="FW: 登録のお願い",
    body=f"""楠さん

お疲れさまです。中西です。
個人で相談に来られた方からのメールを転送します。
営業職の求人で当てはまりそうなものがあれば教えてください。

{sig("nakanishi", 2)}
""",
    attachments=[{"kind": "eml", "name": "登録のお願い.eml", "message": {
        "sender": f"{_x['name']} <{_x['email']}>", "to": [frm("nakanishi")], "charset": "iso-2022-jp",
        "subject": "登録のお願い",
        "body": f"日の出産業株式会社\n中西様\n\n先日のセミナーに参加した{_x['name']}です。\n"
                f"登録をお願いしたく、プロフィールをお送りします。\n\n"
                f"氏名：{_x['name']}\n生年月日：{jdate(_x)}\n住所：〒{_x['zip']} {_x['addr']}\n"
                f"電話：{_x['tel']}\nメール：{_x['email']}\n職歴：食品メーカー 法人営業 22年\n\n"
                f"よろしくお願いいたします。",
    }}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="internal-only forward of a candidate's own mail",
)

# 071 — stop: five candidates in Cc, To is the sender herself
_p = people(5)
_cc = [f"{_x['name']} <{_x['email']}>" for _x in _p]
add(
    id="outplacement-071", expect="stop", charset="utf-8",
    sender=frm("makabe"), to=[frm("makabe")], cc=_cc,
    subject="再就職決定者の交流会のお知らせ",
    body=f"""皆様

再就職が決まった皆様、改めておめでとうございます。日の出産業の真壁です。
新しい職場での近況を共有する交流会を企画しました。

　日時：9月6日（土）15:00～17:00
　場所：日の出浜松町ビル 7F ラウンジ
　会費：無料（軽食あり）

出欠は8月29日までにご返信ください。ご家族の参加も歓迎です。

{sig("makabe")}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons in Cc see each other's addresses: should have been Bcc",
)

# 072 — stop: 【社外秘】 in the subject of a mail to the client
add(
    id="outplacement-072", expect="stop", charset="iso-2022-jp",
    sender=frm("okochi"), to=[KAWASAKI],
    subject="【社外秘】来期の支援体制と担当者変更について",
    body=f"""川崎電機株式会社
人事部 上野様

平素より大変お世話になっております。
日の出産業 キャリア支援事業部の大河内でございます。

10月からの来期につきまして、弊社の組織変更に伴い、
貴社ご担当の体制を以下のとおり変更させていただく予定です。

　統括：大河内（変更なし）
　法人窓口：岩城（変更なし）
　カウンセラー：3名体制 → 4名体制

正式なご案内は9月上旬にお送りいたします。

{sig("okochi")}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 【社外秘】 in its subject and goes to an external client",
)

# 073 — pass: legal review about handling 要配慮個人情報 in general terms
add(
    id="outplacement-073", expect="pass", charset="utf-8",
    sender=frm("iwaki"), to=[SHIRAKAWA],
    subject="業務委託契約の個人情報条項についてのご相談",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の岩城です。
再就職支援の業務委託契約書（ひな形）の改訂について、ご相談させてください。

1. 対象者から退職理由として病歴などの要配慮個人情報を聴取する場合、
   本人同意の取得方法（書面／電磁的方法）として何が適切か
2. 委託元（退職者の勤務先）へ支援状況を報告する際、
   本人同意の範囲をどのように契約書に定めるべきか
3. 秘密保持条項の存続期間（現行：契約終了後3年）の妥当性

来週中にオンラインで30分ほどお時間をいただけますでしょうか。

{sig("iwaki")}
""",
    entities=[],
    detectors=[],
    note="a legal question about 要配慮個人情報 in general: no identifiable person",
)

# 074 — stop: new text of a reply discloses one candidate's panic disorder
_x = people(1)[0]
add(
    id="outplacement-074", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[NANAO],
    subject="Re: 勤務地についてのご相談",
    body=f"""戸田様

お世話になっております。中西です。
ご配慮のお申し出、ありがとうございます。

{_x['sei']}様はパニック障害の治療中で、満員電車での長時間通勤が難しい状況です。
そのため、厚木工場への車通勤が可能であれば大変ありがたいとのことでした。
ご本人の了承を得てお伝えしております。

> 中西様
> 先日の{_x['sei']}様ですが、勤務地は本社（横浜）と厚木工場のどちらがご希望でしょうか。
> 通勤面でご事情があれば、可能な範囲で配慮いたします。
> 七尾機械 戸田

{sig("nakanishi", 2)}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new reply text names a candidate under treatment for panic disorder: 要配慮個人情報",
)

# 075 — pass: the sensitive remark is only in '>' quoted text from the client
_x = people(1)[0]
add(
    id="outplacement-075", expect="pass", charset="cp932",
    sender=frm("makabe"), to=[KITAGUNI],
    subject="Re: 第2陣対象者についての補足",
    body=f"""本間様

お世話になっております。真壁です。
補足のご連絡、ありがとうございます。承知いたしました。
初回面談ではご本人のペースに合わせて進めるよう、担当カウンセラーに申し伝えます。

真壁

> 真壁様
> 第2陣の{_x['name']}さんですが、昨年から病気休職（うつ病）が続いており、
> 説明会には出席できない可能性があります。
> 面談は個別に日程調整をお願いできますでしょうか。
> 北国フーズ 本間
""",
    entities=[],
    detectors=[],
    note="the diagnosis appears only in '>' quoted text written by the recipient himself",
)

# 076 — stop: English CSV (utf-8) of five candidates with birth dates and e-mails
_p = people(5)
_rows = [["Name", "Date of Birth", "Email", "Target country", "Current function"]]
for _x, _c in zip(_p, ["Singapore", "Australia", "Singapore", "Hong Kong", "Vietnam"]):
    _rows.append([_x["romaji"], f"{_x['m']:02d}/{_x['d']:02d}/{_x['y']}", _x["email"], _c,
                  rng.choice(["Finance", "Sales", "Engineering", "HR"])])
add(
    id="outplacement-076", expect="stop", charset="utf-8",
    sender=frm("hayase"), to=[BRIDGEPOINT],
    subject="Relocation candidates – data for your onboarding",
    body=f"""Hi Daniel,

Attached is the list of the five candidates who opted for overseas placement support.
Could you register them in your system so that your local consultants can reach out?

Thanks,
Emily

{sig("hayase", 3)}

{DISC_EN}
""",
    attachments=[{"kind": "csv", "name": "relocation_candidates.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of five people (romaji names, US-style birth dates, e-mails) to a foreign partner",
)

# 077 — pass: four candidates' interview slots with mobiles
_p = people(4)
_lines = [f"{_t}　{_x['name']}様（携帯 {_x['tel']}）"
          for _x, _t in zip(_p, ["10:00～", "11:00～", "13:30～", "14:30～"])]
add(
    id="outplacement-077", expect="pass", charset="cp932",
    sender=frm("kusunoki"), to=[HOSHIZORA],
    subject="7/9 一次面接の時間割",
    body=f"""梶原様

お世話になっております。楠です。
7月9日（水）の一次面接、4名の時間割をお送りします。
遅刻等の連絡用に携帯番号を併記しております。

{chr(10).join(_lines)}

会場は御社戸田センターの2F会議室と伺っております。よろしくお願いいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and mobiles: under the five-record threshold, may warn",
)

# 078 — stop: exactly five names with private e-mails, comma-separated lines
_p = people(5)
_lines = [f"{_x['name']}, {_x['email']}" for _x in _p]
add(
    id="outplacement-078", expect="stop", charset="utf-8",
    sender=frm("makabe"), to=[CIEL],
    subject="オンライン会社説明会 参加登録のお願い",
    body=f"""シエル・メディカル 採用ご担当者様

お世話になっております。真壁です。
7月11日のオンライン会社説明会に、下記5名の参加登録をお願いいたします。
視聴URLは各メールアドレス宛に直接お送りいただいて構いません。

{chr(10).join(_lines)}

{sig("makabe")}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five people's names and private e-mail addresses to a hiring company",
)

# 079 — stop: corrupt PDF to a candidate on carrier mail
_x = people(1)[0]
add(
    id="outplacement-079", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[f"{_x['email'].split('@')[0]}@ezweb.ne.jp"],
    subject="求人票をお送りします",
    body=f"""{_x['sei']}様

日の出産業の中西です。
先日お話しした青葉運輸様の求人票をお送りします。
ご覧になったご感想を、次回の面談でお聞かせください。

{sig("nakanishi", 2)}
""",
    attachments=[{"kind": "corrupt", "name": "求人票_青葉運輸_倉庫管理.pdf"}],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# 080 — pass: event outline with a PNG map
add(
    id="outplacement-080", expect="pass", charset="utf-8",
    sender=frm("kusunoki"), to=[NANAO],
    subject="合同面接会 会場案内図とブース配置",
    body=f"""戸田様

お世話になっております。楠です。
7月16日の合同面接会について、会場案内図とブース配置をお送りします。

・搬入：11:30～12:30（荷物用エレベーターは建物裏手）
・ブース：B-4（机2台・椅子4脚・電源1口）
・駐車場：2台分確保済み（入庫時に「日の出産業 合同面接会」とお伝えください）

{sig("kusunoki")}
""",
    attachments=[{"kind": "png", "name": "会場案内図.png"}, {"kind": "png", "name": "ブース配置.png"}],
    entities=[],
    detectors=[],
    note="event logistics with image attachments: nothing personal",
)


# =====================================================================================
# 081–100
# =====================================================================================

# 081 — stop: partner domain with another TLD (tsubasa-system.co.jp instead of .jp)
add(
    id="outplacement-081", expect="stop", charset="utf-8",
    sender=frm("tashiro"), to=["ツバサシステム サポート <support@tsubasa-system.co.jp>"],
    subject="【問合せ】求職者マイページのログイン障害について",
    body=f"""株式会社ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の田代です。
本日9:40頃から、求職者向けマイページ（candidate.hinode-sangyo.co.jp）で
ログイン後に「セッションが無効です」と表示される事象が発生しています。

・発生範囲：スマートフォン（iOS Safari）からのアクセスのみ
・PCからは正常にログイン可能
・昨夜のメンテナンス（v3.8.2 適用）以降に発生

至急ご確認をお願いいたします。

--
日の出産業株式会社 情報システム部
田代 和樹　内線 7700
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp is a TLD-swapped look-alike of partner tsubasa-system.jp",
)

# 082 — pass: the real partner domain, a log excerpt with user IDs only
add(
    id="outplacement-082", expect="pass", charset="utf-8",
    sender=frm("tashiro"), to=[TSUBASA],
    subject="Re: 【問合せ】求職者マイページのログイン障害について（ログ送付）",
    body=f"""ツバサシステム サポート ご担当者様

田代です。ご依頼のアプリケーションログ（抜粋）をお送りします。

2025-06-30T09:41:12+09:00 WARN  session.invalid uid=C-104233 ua=iOS/17.5 path=/mypage
2025-06-30T09:41:15+09:00 WARN  session.invalid uid=C-104871 ua=iOS/17.5 path=/mypage/jobs
2025-06-30T09:42:03+09:00 WARN  session.invalid uid=C-100912 ua=iOS/18.0 path=/mypage
2025-06-30T09:42:44+09:00 INFO  login.ok        uid=C-103020 ua=Windows/Chrome path=/login

Cookie の SameSite 属性の変更が影響しているように見えます。
ご確認をお願いいたします。

田代

> 田代様
> お問い合わせありがとうございます。該当時間帯のログをご送付いただけますでしょうか。
> ツバサシステム サポート 大倉
""",
    entities=[],
    detectors=[],
    note="log lines with internal user IDs to the genuine partner domain: no personal data",
)

# 083 — stop: a plain ZIP that holds a password-protected PDF
_x = people(1)[0]
add(
    id="outplacement-083", expect="stop", charset="cp932",
    sender=frm("makabe"), to=[ASAHI],
    subject="推薦書類一式の送付（介護職）",
    body=f"""沢渡様

お世話になっております。真壁です。
{_x['sei']}様の推薦書類一式をZIPにまとめてお送りします。
推薦書のPDFには、ご本人の希望によりパスワードを設定しています。
パスワードは後ほどお電話でお伝えします。

{sig("makabe")}
""",
    attachments=[{"kind": "zip", "name": "推薦書類一式.zip", "files": [
        {"kind": "pdf", "name": "推薦書.pdf", "password": "asahi0701",
         "lines": ["推薦書", f"{_x['name']}", "介護福祉士 実務経験9年"]},
        {"kind": "txt", "name": "送付状.txt", "encoding": "cp932",
         "text": "送付状\n社会福祉法人 朝日ケア会 御中\n推薦書 1通\n日の出産業株式会社"},
    ]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the ZIP opens, but the PDF inside is password-protected and cannot be inspected",
)

# 084 — pass: client payroll and the 社労士 in one mail (two organisations), no persons
add(
    id="outplacement-084", expect="pass", charset="iso-2022-jp",
    sender=frm("horinouchi"), to=["給与課 <kyuyo@kawasaki-denki.co.jp>"], cc=[SHAROSHI],
    subject="退職金・離職票のスケジュール確認",
    body=f"""川崎電機株式会社 給与課 ご担当者様
（cc：蒔田社会保険労務士事務所 蒔田先生）

お世話になっております。日の出産業の堀之内です。
第2陣の退職手続きについて、スケジュールを確認させてください。

　6月30日　退職日
　7月10日　離職票の交付（貴社→ご本人郵送）
　7月25日　退職金の振込
　8月上旬　弊社にて失業給付の手続き説明会を実施

離職票の交付時期に遅れが出る場合は、説明会の日程を調整いたしますので
お知らせいただけますと幸いです。

{sig("horinouchi")}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc and only a schedule: normal mail",
)

# 085 — pass: internal mail with an Internal Only / 部外秘 banner
add(
    id="outplacement-085", expect="pass", charset="utf-8",
    sender=frm("okochi"), to=[f"キャリア支援事業部 全員 <career-all@{D}>"],
    subject="[Internal Only] 下期の事業方針について",
    body=f"""＜部外秘＞

キャリア支援事業部の皆さん

お疲れさまです。大河内です。
下期の事業方針を共有します。

1. 決定率目標：60%（上期実績 48%）
2. 新規クライアント：製造業3社、IT1社の獲得
3. 障害者雇用枠の求人開拓を強化（専任1名を配置）
4. 対象者情報の社外送付は必ずポータル経由とし、メール添付は原則禁止

来週の全体会議で詳しく説明します。

大河内
""",
    entities=[],
    detectors=[],
    note="Internal Only / 部外秘 marking, but every recipient is internal",
)

# 086 — stop: XLSX rate sheet with 極秘 in its page header to a partner
add(
    id="outplacement-086", expect="stop", charset="utf-8",
    sender=frm("iwaki"), to=["営業部 大倉 <okura@tsubasa-system.jp>"],
    subject="ポータル連携の費用試算用データ",
    body=f"""ツバサシステム 大倉様

お世話になっております。日の出産業の岩城です。
ポータル連携の費用試算のため、弊社の案件別単価表をお送りします。
印刷時のヘッダーは社内用のままになっております点、ご容赦ください。

{sig("iwaki")}
""",
    attachments=[{
        "kind": "xlsx", "name": "案件別単価表_2025.xlsx", "page_header": "極秘",
        "sheets": {"単価表": [["2025年度 案件別単価表"], [],
                             ["クライアント", "プラン", "単価(円)", "対象者数", "粗利率"],
                             ["川崎電機", "スタンダード", 600000, 48, "38%"],
                             ["北国フーズ", "スタンダード", 650000, 31, "35%"],
                             ["東海精密工業", "プレミアム", 780000, 22, "41%"]],
                   "前提": [["前提条件"], ["カウンセラー1名あたり 担当25名"]]},
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="the XLSX carries a 極秘 classification in its page header, sent outside",
)

# 087 — stop: full-width-space padded columns, 和暦 (abbr.) birth dates, full-width mobiles
_p = people(7)
_lines = [fpad("氏名", 16) + fpad("生年月日", 20) + "携帯", "―" * 26]
for _x in _p:
    _lines.append(fpad(_x["name2"], 16) + fpad(wareki(_x, "fwabbr"), 20) + fw(_x["tel"]))
add(
    id="outplacement-087", expect="stop", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[SKILLUP],
    subject="ＭＯＳ講座（８月期）受講申込",
    body=f"""スキルアップアカデミー
受講受付ご担当者様

いつもお世話になっております。日の出産業の中西です。
ＭＯＳ（Ｅｘｃｅｌ）講座 ８月期に、下記７名の受講を申し込みます。

{chr(10).join(_lines)}

受講料は弊社請求でお願いいたします。
受講票はご本人の携帯へＳＭＳでお送りいただけますと助かります。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven people with 和暦 birth dates and full-width mobiles in full-width-padded columns",
)

# 088 — pass: XLSX of hiring companies (switchboards, office addresses) to the client
add(
    id="outplacement-088", expect="pass", charset="utf-8",
    sender=frm("kusunoki"), to=[KAWASAKI],
    subject="求人開拓状況（6月）のご報告",
    body=f"""上野様

お世話になっております。楠です。
6月に新たに開拓した求人企業の一覧をお送りいたします。
対象者の皆様の希望職種に近い企業を中心に開拓しております。

{sig("kusunoki")}
""",
    attachments=[{"kind": "xlsx", "name": "求人開拓企業一覧_202506.xlsx", "sheets": {
        "企業一覧": [["求人開拓企業一覧（2025年6月）"], [],
                 ["企業名", "業種", "所在地", "代表電話", "求人数"],
                 ["相模ケミカル株式会社", "化学", "神奈川県相模原市中央区淵野辺3-4-1", "042-751-2200", 3],
                 ["湘南メディカルデバイス株式会社", "医療機器", "神奈川県藤沢市辻堂新町2-8-5", "0466-30-1188", 2],
                 ["株式会社大森精工", "機械", "東京都大田区大森南1-12-9", "03-3741-5500", 4],
                 ["多摩フードサービス株式会社", "食品", "東京都多摩市落合1-33-2", "042-339-7710", 2],
                 ["浜松町ビルメンテナンス株式会社", "設備管理", "東京都港区海岸1-5-20", "03-5403-8811", 5],
                 ["青葉運輸株式会社", "物流", "神奈川県横浜市鶴見区大黒町8-1", "045-510-3300", 6]],
        "職種別": [["職種", "求人数"], ["製造・技術", 9], ["物流", 6], ["事務", 4], ["設備管理", 3]],
    }}],
    entities=[],
    detectors=[],
    note="a list of companies with office addresses and switchboards: business data, not people",
)

# 089 — stop: CSV (cp932) without a header row: kana names, sex, 和暦 birth dates, phones
_p = people(6)
_rows = [[_x["kana"], _x["sex"], wareki(_x, "abbr"), _x["tel"].replace("-", "")] for _x in _p]
add(
    id="outplacement-089", expect="stop", charset="cp932",
    sender=frm("kusunoki"), to=[CAREERBRIDGE],
    subject="スカウト配信停止者リスト",
    body=f"""キャリアブリッジ 荻野様

お世話になっております。楠です。
再就職が決まった方について、スカウト配信の停止をお願いいたします。
貴社の会員データと突合できるよう、フリガナ・性別・生年月日・電話番号の形式で
お送りします（ヘッダー行はありません）。

{sig("kusunoki", 2)}
""",
    attachments=[{"kind": "csv", "name": "配信停止_0630.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="header-less CSV of six people (kana names, 和暦 birth dates, phones) to a job board",
)

# 090 — pass: the candidate's own registered data sent back to him
_x = people(1)[0]
add(
    id="outplacement-090", expect="pass", charset="iso-2022-jp",
    sender=frm("nakanishi"), to=[f"{_x['email'].split('@')[0]}@softbank.ne.jp"],
    subject="ご登録内容の確認のお願い",
    body=f"""{_x['sei']}様

日の出産業の中西です。
ご登録いただいた内容は以下のとおりです。誤りがあればお知らせください。

　お名前　　：{_x['name']}（{_x['kana']}）
　生年月日　：{jdate(_x)}
　ご住所　　：〒{_x['zip']} {_x['addr']}
　お電話　　：{_x['tel']}

訂正がない場合は、ご返信は不要です。

{sig("nakanishi", 2)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="one person's own record sent back to that person: a single record, may warn",
)

# 091 — either: counselling notes including the diagnosis, sent to the person himself
_x = people(1)[0]
add(
    id="outplacement-091", expect="either", charset="utf-8",
    sender=frm("makabe"), to=[f"{_x['name']} <{_x['email'].split('@')[0]}@icloud.com>"],
    subject="本日の面談のまとめ",
    body=f"""{_x['name']}様

本日はありがとうございました。真壁です。
面談でお話しした内容を簡単にまとめます。ご確認ください。

・適応障害の治療は順調で、主治医からは週4日勤務から始めることを勧められている
・通院（隔週木曜）の時間を確保できる職場を希望
・希望職種：経理事務（月次決算の経験を活かしたい）
・次回までの宿題：職務経歴書の「実績」欄を数字で書き直す

次回は7月10日（木）16:00です。無理のない範囲で進めていきましょう。

{sig("makabe")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the person's own diagnosis sent to the person's free-mail address: disclosure or not is debatable",
)

# 092 — stop: inline forward of the candidate's own mail (epilepsy) to a hiring company
_x = people(1)[0]
add(
    id="outplacement-092", expect="stop", charset="iso-2022-jp",
    sender=frm("makabe"), to=[HOSHIZORA],
    subject="Fwd: 面接前にお伝えしたいこと",
    body=f"""梶原様

お世話になっております。真壁です。
来週面接予定の{_x['sei']}様から、御社に事前に伝えてほしいとのメールがありましたので
転送いたします。

---------- Forwarded message ---------
From: {_x['name']} <{_x['email']}>
Date: 2025年6月28日(土) 21:14
Subject: 面接前にお伝えしたいこと
To: 真壁 さやか <makabe.sayaka@hinode-sangyo.co.jp>

真壁さん

いつもありがとうございます。{_x['sei']}です。
面接の前に、先方にお伝えいただきたいことがあります。
私はてんかんの持病があり、現在も服薬を続けています。ここ5年は発作はありませんが、
フォークリフトなど車両の運転を伴う業務は避けたいと考えています。

よろしくお願いします。
{_x['name']}
携帯 {_x['tel']}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a forward is new text: the candidate's epilepsy, mobile and address go to a hiring company",
)

# 093 — pass: hotel booking for one candidate travelling to an interview
_x = people(1)[0]
add(
    id="outplacement-093", expect="pass", charset="cp932",
    sender=frm("kusunoki"), to=["宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（7/14 1泊）",
    body=f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社の楠です。
遠方から面接に来られる方の宿泊を、下記のとおりお願いいたします。

　宿泊者：{_x['name']}様
　連絡先：{_x['tel']}
　日程　：7月14日（月）チェックイン 1泊
　部屋　：シングル 禁煙　朝食付き
　精算　：法人請求（日の出産業株式会社 宛）

到着は20時頃になるとのことです。よろしくお願いいたします。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guest's name and mobile to the hotel: a single contact record",
)

# 094 — stop: one candidate's having been a crime victim
_x = people(1)[0]
add(
    id="outplacement-094", expect="stop", charset="utf-8",
    sender=frm("nakanishi"), to=[HANAMIZUKI],
    subject="ご推薦者の勤務地に関するお願い",
    body=f"""はなみずき保険サービス株式会社
人事総務部 北条様

お世話になっております。日の出産業の中西です。
先日ご推薦した{_x['name']}様の配属先について、ご相談がございます。

{_x['sei']}様は前職在籍中にストーカー被害に遭われ、警察に被害届を提出されています。
加害者が前職の取引先の関係者であったため、旧勤務地（横浜支店）周辺での勤務は
避けたいとのご希望です。また、社内報やWebサイトへの氏名・写真の掲載は
控えていただけますと幸いです。

ご本人の了承を得てお伝えしております。ご配慮のほどお願い申し上げます。

{sig("nakanishi")}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate having been a crime victim (犯罪被害) told to an employer: 要配慮個人情報",
)

# 095 — pass: HTML-only statistics, no individuals
add(
    id="outplacement-095", expect="pass", charset="iso-2022-jp",
    sender=frm("iwaki"), to=[TOKAI],
    subject="年代別 就職決定状況（6月末）",
    html="""<html><body>
<p>小田切様</p>
<p>お世話になっております。日の出産業の岩城です。<br>
6月末時点の年代別の就職決定状況をお送りします（個人別の情報は含みません）。</p>
<table border="1">
<tr><th>年代</th><th>対象者</th><th>決定</th><th>決定率</th><th>平均年収（前職比）</th></tr>
<tr><td>30代</td><td>3</td><td>2</td><td>66.7%</td><td>98%</td></tr>
<tr><td>40代</td><td>8</td><td>4</td><td>50.0%</td><td>91%</td></tr>
<tr><td>50代</td><td>11</td><td>3</td><td>27.3%</td><td>82%</td></tr>
<tr><td>合計</td><td>22</td><td>9</td><td>40.9%</td><td>88%</td></tr>
</table>
<p>日の出産業株式会社 キャリア支援事業部<br>岩城 康介</p>
</body></html>""",
    entities=[],
    detectors=[],
    note="aggregate statistics in an HTML table: no person's data",
)

# 096 — stop: XLSX detail sheet without names: employee no., birth date, health reasons
_p = people(8)
_rs = ["会社都合", "病気療養（うつ病）", "会社都合", "会社都合", "病気療養（脳梗塞後遺症）",
       "家族の介護", "会社都合", "会社都合"]
_det = [["対象者明細（退職理由区分別）"], [],
        ["社員番号", "生年月日", "所属", "退職理由区分", "備考"]]
for _x, _r in zip(_p, _rs):
    _det.append([f"M{_x['emp']}", ymd(_x), rng.choice(["営業本部", "物流部", "管理本部", "海外事業部"]), _r,
                 "支援期間延長を検討" if "病気" in _r else ""])
add(
    id="outplacement-096", expect="stop", charset="utf-8",
    sender=frm("iwaki"), to=[MINATO],
    subject="支援対象者の内訳（ご参考）",
    body=f"""須藤様

お世話になっております。岩城です。
ご契約前のお見積りの前提として、御社からいただいたデータをもとに
支援対象者の内訳を整理しましたのでお送りします。
「集計」シートに区分別の人数、「明細」シートに社員番号ベースの明細を記載しています。

{sig("iwaki")}
""",
    attachments=[{"kind": "xlsx", "name": "支援対象者内訳_港商事様.xlsx", "sheets": {
        "集計": [["退職理由区分", "人数"], ["会社都合", 5], ["病気療養", 2], ["家族の介護", 1]],
        "明細": _det,
    }}],
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="no name column, but eight rows of employee numbers and birth dates, two with a diagnosis",
)

# 097 — pass: internal password ZIP
add(
    id="outplacement-097", expect="pass", charset="cp932",
    sender=frm("makabe"), to=[f"中西 里美 <{addr_of('nakanishi')}>"],
    subject="面談記録（暗号化ZIP）",
    body=f"""中西さん

お疲れさまです。真壁です。
引継ぎ対象者の面談記録をパスワード付きZIPで送ります。
パスワードはTeamsで送ります。

真壁
""",
    attachments=[{"kind": "zip", "name": "面談記録_引継ぎ.zip", "password": "mk-0701-handover",
                  "files": [{"kind": "txt", "name": "面談記録.txt", "text": "面談記録（6名）"}]}],
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but the only recipient is internal",
)

# 098 — stop: passport number for an overseas work-pass application (English)
_x = people(1)[0]
_pp = f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
add(
    id="outplacement-098", expect="stop", charset="utf-8",
    sender=frm("hayase"), to=[MERANTI],
    subject="Employment Pass application – candidate details",
    body=f"""Dear Priya,

Thank you for confirming the offer for the Regional Controller role.
For the Employment Pass application, please find the candidate's details below:

  Full name (as in passport): {_x['sei_r'].upper()} {_x['mei_r'].upper()}
  Date of birth:              {_x['d']:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][_x['m']-1]} {_x['y']}
  Nationality:                Japan
  Passport No.:               {_pp}
  Passport expiry:            12 Mar 2033

A scan of the passport will be uploaded to your portal by the candidate directly.

Best regards,
Emily

{sig("hayase", 3)}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a named person's passport number and birth date to an overseas employer",
)

# 099 — either: vague health remark (stamina, no night shifts) about one candidate
_x = people(1)[0]
add(
    id="outplacement-099", expect="either", charset="iso-2022-jp",
    sender=frm("kusunoki"), to=[HOSHIZORA],
    subject="シフト勤務についての確認",
    body=f"""梶原様

お世話になっております。楠です。
先日ご推薦した{_x['name']}様ですが、体力面に少し不安があるとのことで、
夜勤を含むシフトは避けたいとのご希望です。
日勤のみのシフトでのご検討が可能か、ご確認いただけますでしょうか。

{sig("kusunoki", 2)}
""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="a vague health remark without diagnosis about one named person: sensitive or not is debatable",
)

# 100 — pass: seasonal greeting, candidates correctly in Bcc
_p = people(6)
add(
    id="outplacement-100", expect="pass", charset="iso-2022-jp",
    sender=frm("okochi"), to=[frm("okochi")], bcc=[_x["email"] for _x in _p],
    subject="暑中お見舞い申し上げます",
    body=f"""暑中お見舞い申し上げます。

日の出産業 キャリア支援事業部の大河内です。
新しい職場で活躍されている皆様、そして活動を続けていらっしゃる皆様、
厳しい暑さが続きますが、いかがお過ごしでしょうか。

当事業部では、就職後のフォロー面談も引き続き承っております。
お困りのことがあれば、いつでも担当カウンセラーまでご連絡ください。

皆様のご健康とご活躍を心よりお祈り申し上げます。

{sig("okochi")}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="private recipients are in Bcc (To is the sender): nobody sees anyone else",
)
