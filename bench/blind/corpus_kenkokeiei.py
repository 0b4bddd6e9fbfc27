"""Blind corpus: kenkokeiei — 日の出産業株式会社の健康経営（ウェルネス施策）のメール.

Wearable step counts and sleep data, BMI / blood-pressure challenges, smoking-cessation
clinics, stress-check follow-ups, the wellness-app vendor, corporate gyms, award
(健康経営優良法人) applications with anonymised statistics, and ordinary event and
vendor mail.

Every person, number, address and organisation outside the brief's named partners is
invented.  Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only (no product code, no other corpus file).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 18401
rng = random.Random(SEED)

D = "hinode-sangyo.co.jp"

# -- small helpers -----------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-/().:", "０１２３４５６７８９－／（）．：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wlen(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - wlen(s), 0)


def table(rows: list[list[str]], widths: list[int], rule: str = "-") -> str:
    out = []
    for i, r in enumerate(rows):
        out.append("  ".join(pad(str(c), w) for c, w in zip(r, widths)).rstrip())
        if i == 0:
            out.append(rule * (sum(widths) + 2 * (len(widths) - 1)))
    return "\n".join(out)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zshort":
        return {"H": "Ｈ", "S": "Ｓ"}[short] + zen(f"{n}.{m}.{d}")
    return f"{y}/{m:02d}/{d:02d}"


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP_NO = corp_number("010001084721")
RHYTHM_T_NO = "T" + corp_number("011101067350")

# -- invented people ---------------------------------------------------------------------

_POOL = [
    ("相沢", "美咲", "アイザワ", "ミサキ", "aizawa", "misaki", "F"),
    ("勅使河原", "徹", "テシガワラ", "トオル", "teshigawara", "toru", "M"),
    ("小鳥遊", "ひかり", "タカナシ", "ヒカリ", "takanashi", "hikari", "F"),
    ("東海林", "誠一", "ショウジ", "セイイチ", "shoji", "seiichi", "M"),
    ("五百旗頭", "真琴", "イオキベ", "マコト", "iokibe", "makoto", "F"),
    ("月見里", "蓮", "ヤマナシ", "レン", "yamanashi", "ren", "M"),
    ("熊谷", "沙織", "クマガイ", "サオリ", "kumagai", "saori", "F"),
    ("仁科", "大輔", "ニシナ", "ダイスケ", "nishina", "daisuke", "M"),
    ("杠", "葉月", "ユズリハ", "ハヅキ", "yuzuriha", "hazuki", "F"),
    ("比嘉", "健太郎", "ヒガ", "ケンタロウ", "higa", "kentaro", "M"),
    ("宍戸", "由紀子", "シシド", "ユキコ", "shishido", "yukiko", "F"),
    ("安居院", "拓真", "アグイ", "タクマ", "agui", "takuma", "M"),
    ("早乙女", "玲奈", "サオトメ", "レナ", "saotome", "rena", "F"),
    ("日下部", "修", "クサカベ", "オサム", "kusakabe", "osamu", "M"),
    ("長谷部", "綾乃", "ハセベ", "アヤノ", "hasebe", "ayano", "F"),
    ("丹羽", "悠斗", "ニワ", "ユウト", "niwa", "yuto", "M"),
    ("御手洗", "千尋", "ミタライ", "チヒロ", "mitarai", "chihiro", "F"),
    ("鬼頭", "康弘", "キトウ", "ヤスヒロ", "kito", "yasuhiro", "M"),
    ("漆原", "さやか", "ウルシバラ", "サヤカ", "urushibara", "sayaka", "F"),
    ("瀬尾", "雅人", "セオ", "マサト", "seo", "masato", "M"),
    ("梁瀬", "恵", "ヤナセ", "メグミ", "yanase", "megumi", "F"),
    ("須賀", "孝之", "スガ", "タカユキ", "suga", "takayuki", "M"),
    ("我妻", "友香", "ワガツマ", "ユカ", "wagatsuma", "yuka", "F"),
    ("猪股", "翔", "イノマタ", "ショウ", "inomata", "sho", "M"),
    ("木佐貫", "詩織", "キサヌキ", "シオリ", "kisanuki", "shiori", "F"),
    ("羽生田", "浩二", "ハニュウダ", "コウジ", "hanyuda", "koji", "M"),
    ("百瀬", "紗希", "モモセ", "サキ", "momose", "saki", "F"),
    ("雲野", "隆", "クモノ", "タカシ", "kumono", "takashi", "M"),
    ("鳩山", "奈々", "ハトヤマ", "ナナ", "hatoyama", "nana", "F"),
    ("砂川", "一樹", "スナガワ", "カズキ", "sunagawa", "kazuki", "M"),
    ("蔵元", "あずさ", "クラモト", "アズサ", "kuramoto", "azusa", "F"),
    ("帯刀", "秀明", "タテワキ", "ヒデアキ", "tatewaki", "hideaki", "M"),
    ("栗栖", "真央", "クリス", "マオ", "kurisu", "mao", "F"),
    ("宮武", "剛", "ミヤタケ", "ツヨシ", "miyatake", "tsuyoshi", "M"),
    ("雨宮", "佳織", "アメミヤ", "カオリ", "amemiya", "kaori", "F"),
    ("小此木", "洋平", "オコノギ", "ヨウヘイ", "okonogi", "yohei", "M"),
    ("真栄田", "梨花", "マエダ", "リカ", "maeda", "rika", "F"),
    ("伊集院", "光", "イジュウイン", "ヒカル", "ijuin", "hikaru", "M"),
    ("椎葉", "美穂", "シイバ", "ミホ", "shiiba", "miho", "F"),
    ("芦刈", "直樹", "アシカリ", "ナオキ", "ashikari", "naoki", "M"),
    ("押切", "まどか", "オシキリ", "マドカ", "oshikiri", "madoka", "F"),
    ("巽", "大地", "タツミ", "ダイチ", "tatsumi", "daichi", "M"),
    ("生田目", "恭子", "ナマタメ", "キョウコ", "namatame", "kyoko", "F"),
    ("国分", "哲也", "コクブ", "テツヤ", "kokubu", "tetsuya", "M"),
    ("柳楽", "舞", "ナギラ", "マイ", "nagira", "mai", "F"),
    ("蛭田", "賢治", "ヒルタ", "ケンジ", "hiruta", "kenji", "M"),
    ("八木橋", "優子", "ヤギハシ", "ユウコ", "yagihashi", "yuko", "F"),
    ("舟橋", "陽介", "フナハシ", "ヨウスケ", "funahashi", "yosuke", "M"),
    ("古閑", "瑞穂", "コガ", "ミズホ", "koga", "mizuho", "F"),
    ("十河", "俊介", "ソゴウ", "シュンスケ", "sogo", "shunsuke", "M"),
    ("坂東", "里美", "バンドウ", "サトミ", "bando", "satomi", "F"),
    ("嶋津", "亘", "シマヅ", "ワタル", "shimazu", "wataru", "M"),
    ("加治木", "菜摘", "カジキ", "ナツミ", "kajiki", "natsumi", "F"),
    ("四十物", "浩", "アイモノ", "ヒロシ", "aimono", "hiroshi", "M"),
    ("西園寺", "彩花", "サイオンジ", "アヤカ", "saionji", "ayaka", "F"),
    ("金城", "勇気", "キンジョウ", "ユウキ", "kinjo", "yuki", "M"),
    ("越智", "朋美", "オチ", "トモミ", "ochi", "tomomi", "F"),
    ("袴田", "亮", "ハカマダ", "リョウ", "hakamada", "ryo", "M"),
    ("藤ヶ谷", "知世", "フジガヤ", "トモヨ", "fujigaya", "tomoyo", "F"),
    ("千葉", "啓太", "チバ", "ケイタ", "chiba", "keita", "M"),
    ("浦辺", "静香", "ウラベ", "シズカ", "urabe", "shizuka", "F"),
    ("三反田", "清", "サンタンダ", "キヨシ", "santanda", "kiyoshi", "M"),
    ("上遠野", "結衣", "カトウノ", "ユイ", "katono", "yui", "F"),
    ("甲斐", "隼人", "カイ", "ハヤト", "kai", "hayato", "M"),
]

_DEPTS = ["製造一課", "製造二課", "品質保証課", "物流センター", "営業一部", "営業二部", "経理課",
          "総務課", "設計開発部", "情報システム部", "購買課", "大阪支店", "名古屋営業所",
          "生産技術課", "カスタマーサポート"]

_PLACES = [
    ("東京都", "練馬区", "石神井台"), ("埼玉県", "川口市", "芝新町"), ("千葉県", "船橋市", "前原西"),
    ("神奈川県", "横浜市港北区", "日吉本町"), ("東京都", "杉並区", "下井草"),
    ("埼玉県", "所沢市", "小手指町"), ("神奈川県", "川崎市中原区", "木月住吉町"),
    ("千葉県", "松戸市", "常盤平"), ("東京都", "府中市", "白糸台"), ("茨城県", "取手市", "藤代"),
    ("東京都", "江戸川区", "南小岩"), ("神奈川県", "相模原市南区", "相南"),
    ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "市川市", "行徳駅前"),
    ("東京都", "町田市", "成瀬台"), ("神奈川県", "藤沢市", "湘南台"), ("埼玉県", "越谷市", "蒲生寿町"),
]
_BLDG = ["", "", "", " コーポ白樺102", " グランメゾン潮見305", " ハイツ若葉201", " サンライズ東203",
         " パークサイド青葉1104", " メゾン・ド・リラ2F"]
_BANKS = [("みどり銀行", "日本橋支店"), ("ひばり信用金庫", "川口支店"), ("東都銀行", "船橋支店"),
          ("ゆうちょ銀行", "〇一八支店"), ("さざなみ銀行", "横浜駅前支店"), ("みどり銀行", "所沢支店")]


def _person(t: tuple) -> dict:
    sei, mei, ks, km, rs, rm, sex = t
    y = rng.randrange(1964, 2002)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    pref, city, town = rng.choice(_PLACES)
    zipc = f"{rng.randrange(100, 400):03d}-{rng.randrange(0, 10000):04d}"
    addr = f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    addr += rng.choice(_BLDG)
    phone = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(0, 10000):04d}"
    return {
        "sei": sei, "mei": mei, "name": f"{sei} {mei}", "kana": f"{ks} {km}",
        "romaji": f"{rm.capitalize()} {rs.upper()}", "sex": sex, "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "zip": zipc, "addr": addr, "phone": phone,
        "mail": f"{rs}.{rm}@{D}", "emp": f"{rng.randrange(10, 40)}{rng.randrange(0, 1000):03d}",
        "dept": rng.choice(_DEPTS), "age": 2026 - y,
    }


def people(n: int) -> list[dict]:
    return [_person(t) for t in rng.sample(_POOL, n)]


# -- senders and signatures ------------------------------------------------------------------

MORI = f"森下 彩 <morishita.aya@{D}>"
USAMI = f"宇佐美 奈緒 <usami.nao@{D}>"
OKOCHI = f"大河内 健 <okochi.ken@{D}>"
SUDO = f"須藤 亮介 <sudo.ryosuke@{D}>"
MIWA = f"三輪 拓海 <miwa.takumi@{D}>"
HAYAMA = f"Kenji Hayama <hayama.kenji@{D}>"
KENKO = f"健康推進室 <kenko-suishin@{D}>"
TADO = f"田所 千晶 <tadokoro.chiaki@{D}>"
NOGU = f"野口 真由 <noguchi.mayu@{D}>"

SIG_MORI = """
――――――――――――――――――――――――
日の出産業株式会社 人事部 健康推進室
森下 彩（もりした あや）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル7F
TEL：03-5820-4471（直通）　FAX：03-5820-4499
Mail：morishita.aya@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_USAMI = """
--
日の出産業株式会社
人事部 健康推進室　保健師　宇佐美 奈緒
TEL 03-5820-4473 ／ 内線 2173
usami.nao@hinode-sangyo.co.jp"""

SIG_OKOCHI = """
*********************************************
日の出産業株式会社　総務部 厚生課
大河内 健　Ken Okochi
〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5820-4400(代)  内線 2210
*********************************************"""

SIG_SUDO = """
─────────────────
日の出産業株式会社
人事部 健康推進室 室長　須藤 亮介
TEL: 03-5820-4470
E-mail: sudo.ryosuke@hinode-sangyo.co.jp
─────────────────"""

SIG_MIWA = """
----
三輪 拓海 / 情報システム部 基盤グループ
日の出産業株式会社  TEL 03-5820-4520"""

SIG_HAYAMA = """
Best regards,

Kenji Hayama
Health Promotion Office, HR Department
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5820-4475"""

SIG_TADO = """
======================================
日の出産業株式会社 総務部 総務課（社内イベント担当）
田所 千晶
TEL 03-5820-4402 / 携帯 080-4417-2290（イベント当日連絡用）
======================================"""

SIG_NOGU = """
――
人事部 労務課　野口 真由
内線 2150"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it."""

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"kenkokeiei-{len(MESSAGES) + 1:03d}"
    kw.setdefault("cc", [])
    kw.setdefault("attachments", [])
    MESSAGES.append(kw)

# ==========================================================================================
# 001-020
# ==========================================================================================

_p = people(40)
add(
    sender=MORI, to=["ウェルステップ 導入支援 <onboarding@wellstep.co.jp>"],
    subject="【日の出産業】アプリ初期アカウント登録データ送付の件（第1陣）", charset="utf-8",
    body=f"""株式会社ウェルステップ
導入支援チーム 御中

いつもお世話になっております。日の出産業の森下です。

先日のキックオフでご説明いただいた一括登録フォーマットに合わせ、
第1陣（本社勤務者40名）のアカウント登録用データを作成しましたので添付いたします。
生年月日は年代別レポートのために入れております。

・ファイル：account_import_1st.csv（UTF-8／カンマ区切り）
・件数：40件

登録完了後、招待メールの送信日時をご連絡いただけますと幸いです。
どうぞよろしくお願いいたします。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "account_import_1st.csv", "encoding": "utf-8",
                  "rows": [["employee_code", "氏名", "フリガナ", "mail", "所属", "生年月日", "性別"]]
                  + [[p["emp"], p["name"], p["kana"], p["mail"], p["dept"], p["dob"], p["sex"]]
                     for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="40 employees' account records (name, e-mail, DOB) in a CSV to the app vendor",
)

add(
    sender=MIWA, to=["support@wellstep.co.jp"], cc=[f"morishita.aya@{D}"],
    subject="Re: SSO（SAML）設定のご確認 [WS-2026-0418]", charset="cp932",
    body=f"""ウェルステップ サポートご担当者様

日の出産業 情報システム部の三輪です。
チケット WS-2026-0418 の件、追加で確認させてください。

1. IdP 側の Entity ID は https://sso.hinode-sangyo.co.jp/saml/wellness で登録済みです。
   ACS URL は御社テナント（hinode.wellstep-app.jp）の値でよろしいでしょうか。
2. 契約プランは WS-ENT-300（300ID）ですが、年度途中に WS-ENT-500 へ
   変更した場合、SSO 設定の再申請は必要でしょうか。
3. 見積書 Q-260815-07 の「SSO連携オプション（SSO-OPT-01）」は初期費用のみで
   月額は発生しない理解で合っていますか。

お手数ですがご回答をお願いいたします。
{SIG_MIWA}""",
    expect="pass", entities=[], detectors=[],
    note="technical SSO question to the app vendor: plan codes, ticket and quote numbers only",
)

_p = people(12)
_rows = "\n".join(f"{p['name']}\t〒{p['zip']}\t{p['addr']}\t{p['phone']}" for p in _p)
add(
    sender=OKOCHI, to=["出荷担当 <shukka@rhythmtech.jp>"],
    subject="リズムバンド 直送分の配送先について", charset="iso-2022-jp",
    body=f"""株式会社リズムテック
出荷ご担当 様

お世話になっております。日の出産業 総務部の大河内です。
在宅勤務者分のウェアラブル端末（RB-200）は、会社経由ではなく各自の自宅へ
直送をお願いしたく、配送先を下記にまとめました。エクセルからそのまま貼っています。

氏名\t郵便番号\t住所\t電話
{_rows}

以上12名分です。配送日時の指定は不要です。
よろしくお願いいたします。
{SIG_OKOCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 employees' home addresses and mobiles, tab-separated in the body, to the device vendor",
)

_p = people(3)
add(
    sender=OKOCHI, to=["リズムテック サポート <support@rhythmtech.jp>"],
    subject="RB-200 初期不良の交換依頼（3台）", charset="utf-8",
    body=f"""リズムテック サポートセンター 御中

日の出産業の大河内です。配布した RB-200 のうち3台が充電できない状態です。
交換をお願いできますでしょうか。

  社員番号  氏名            シリアル        症状
  -------------------------------------------------------
""" + "\n".join(
        f"  {p['emp']}     {pad(p['name'], 14)}  RB2-{rng.randrange(100000, 999999)}   {s}"
        for p, s in zip(_p, ["充電ランプが点灯しない", "画面が表示されない", "充電後すぐに電源が落ちる"]))
    + f"""

引き取りは本社（〒103-0027 東京都中央区日本橋3-8-14 日の出ビル7F 総務部宛）でお願いします。
{SIG_OKOCHI}""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="three employees' names with device serials for an exchange: fewer than five, no sensitive data",
)

_p = people(1)[0]
_card = card_number(SEED + 1)
_cardf = " ".join(_card[i:i + 4] for i in range(0, 16, 4))
add(
    sender=OKOCHI, to=["法人会員窓口 <houjin@energia-fit.co.jp>"],
    subject="法人会員 追加入会のお申込み（1名）", charset="cp932",
    body=f"""フィットネスクラブ エナジア
法人会員窓口 ご担当者様

いつもお世話になっております。日の出産業 総務部厚生課の大河内です。
法人会員の追加入会を1名お願いいたします。本人の希望で、月会費は
本人名義のクレジットカード払いとしたいとのことです。

氏名　　　：{_p['name']}（{_p['kana']}）
生年月日　：{_p['dob']}
携帯電話　：{_p['phone']}
利用店舗　：日本橋店
カード番号：{_cardf}
有効期限　：{rng.randrange(1, 13):02d}/{rng.randrange(28, 32)}
名義　　　：{_p['romaji'].upper()}

入会書類の原本は本人から店舗へ持参させます。
{SIG_OKOCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number of an employee joining the corporate gym",
)

add(
    sender=OKOCHI, to=["法人営業部 佐伯様 <saeki@energia-fit.co.jp>"],
    subject="法人プランお見積りのお礼と拠点一覧", charset="utf-8",
    body=f"""エナジア 法人営業部
佐伯様

先日はお見積りをいただきありがとうございました。
全国利用プラン（EF-CORP-ALL）の検討にあたり、弊社拠点の近くに
御社店舗があるか確認したく、拠点一覧をお送りします。

拠点名            所在地                                         代表電話
------------------------------------------------------------------------------------
本社              東京都中央区日本橋3-8-14 日の出ビル             03-5820-4400
川口工場          埼玉県川口市領家5-11-2                           048-222-7310
相模原工場        神奈川県相模原市中央区田名3200-5                 042-763-1180
物流センター      千葉県市川市塩浜2-17-9                           047-396-2201
大阪支店          大阪府大阪市中央区備後町2-4-6 本町フロントビル8F 06-6266-8800
名古屋営業所      愛知県名古屋市中村区名駅南1-21-10                052-581-3366
仙台営業所        宮城県仙台市青葉区中央4-2-25                     022-214-5011
福岡営業所        福岡県福岡市博多区博多駅東2-9-1                  092-436-7702

各拠点から徒歩15分圏内の店舗数をお知らせいただけますと助かります。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=[],
    note="list of the company's own sites with switchboard numbers: a business list, not people",
)

_p = people(1)[0]
add(
    sender=USAMI, to=["港南内科クリニック 禁煙外来 <kinen@konan-naika.jp>"],
    subject="禁煙外来受診のご相談（弊社社員）", charset="iso-2022-jp",
    body=f"""港南内科クリニック
禁煙外来ご担当 先生

突然のご連絡失礼いたします。日の出産業株式会社 健康推進室の保健師、宇佐美と申します。
弊社の禁煙支援プログラムで、御院の禁煙外来をご紹介したい社員がおりご相談です。

製造二課の{_p['sei']}さん（{wareki(1974, 11, 3, 'zen')}生）で、1日20本を約25年続けています。
昨年の定期健診で血圧が高めと指摘され、現在は近くの内科で降圧剤を処方されて服用中です。
本人はチャンピックスの服用に少し不安があるようで、初診時にご相談させていただければと思います。

平日の18時以降で受診可能な枠がございましたらお知らせください。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's hypertension treatment and medication in running text to a clinic",
)

_p = people(6)
_blocks = "\n\n".join(
    f"■{i}\n氏名：{p['name']}\nメール：{p['mail']}\n携帯：{p['phone']}\n喫煙本数：1日{rng.choice([10, 15, 20, 25, 30])}本"
    for i, p in enumerate(_p, 1))
add(
    sender=MORI, to=["卒煙ナビ 法人窓口 <corp@sotsuen-navi.com>"],
    subject="オンライン禁煙プログラム 申込者のご連絡（10月開始分）", charset="utf-8",
    body=f"""卒煙ナビ 法人窓口 ご担当者様

お世話になっております。日の出産業の森下です。
10月開始のオンライン禁煙プログラムの申込者が確定しましたのでご連絡します。
初回オンライン面談の案内を各自へ直接お送りください。

{_blocks}

以上6名です。
{SIG_MORI}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six applicants as blocks with e-mail and mobile to an online cessation service",
)

add(
    sender=MORI, to=["卒煙ナビ 法人窓口 <corp@sotsuen-navi.com>"],
    subject="Re: 上期プログラム実施報告のご送付", charset="cp932",
    body=f"""卒煙ナビ ご担当者様

実施報告書をお送りいただきありがとうございました。社内の衛生委員会で共有いたします。

報告書の要点（弊社側の控えとして）
・参加者 6名／12週完遂 4名（完遂率 67%）
・完遂者のうち 3か月後の禁煙継続 3名
・ご請求：請求書番号 SN-INV-2026-0931、1,188,000円（税込）

下期も同規模で実施予定です。募集開始を11月中旬と考えております。
{SIG_MORI}

> ※以下、前回メール
> 上期プログラムの実施報告書（集計版）を添付いたします。""",
    expect="pass", entities=[], detectors=[],
    note="aggregate programme results and an invoice number only",
)

_p = people(1)[0]
add(
    sender=USAMI, to=["メンタルコンパス EAP相談窓口 <eap-desk@mentalcompass.co.jp>"],
    subject="外部カウンセリングのご依頼（1名）", charset="utf-8",
    body=f"""株式会社メンタルコンパス
EAP相談窓口 ご担当者様

いつもお世話になっております。日の出産業 健康推進室の宇佐美です。
今年度のストレスチェックで高ストレスと判定された社員のうち、1名が御社の外部カウンセリングを
希望しています。産業医面談は辞退されましたが、本人の同意を得てご連絡しています。

{_p['dept']}　{_p['name']}さん（{_p['age']}歳）
連絡先：{_p['phone']}（本人携帯、平日19時以降希望）
状況：9月頃から寝つきが悪く、食欲も落ちているとのこと。業務量の増加が背景にあるようです。

初回は対面を希望しています。日程候補をご提示いただけますでしょうか。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's high-stress result and symptoms sent to an external EAP",
)

_dep = ["製造一課", "製造二課", "品質保証課", "物流センター", "営業一部", "営業二部", "設計開発部", "本社管理部門"]
_t = [["部署", "受検者数", "仕事の量的負担", "コントロール", "上司の支援", "総合健康リスク"]]
for dname in _dep:
    _t.append([dname, str(rng.randrange(12, 90)), f"{rng.uniform(7.5, 10.5):.1f}", f"{rng.uniform(6.5, 9.0):.1f}",
               f"{rng.uniform(6.0, 8.5):.1f}", str(rng.randrange(86, 128))])
add(
    sender=MORI, to=["メンタルコンパス 分析チーム <analysis@mentalcompass.co.jp>"],
    subject="集団分析レポートの追加集計のお願い", charset="utf-8",
    body=f"""メンタルコンパス 分析チーム ご担当者様

集団分析の速報値をありがとうございました。弊社で整理した表が下記です。

{table(_t, [14, 8, 14, 12, 10, 14])}

※10名未満の部署は「本社管理部門」にまとめて集計済み

追加で、年代別（20代／30代／40代／50代以上）のクロス集計をお願いできますでしょうか。
最小集計単位は従来どおり10名でお願いします。
{SIG_MORI}""",
    expect="pass", entities=[], detectors=[],
    note="stress-check group analysis by department (n>=10): anonymous statistics",
)

_p = people(9)
_t = [["氏名", "所属", "判定", "面接指導希望", "備考"]]
for p in _p:
    _t.append([p["name"], p["dept"], "高ストレス", rng.choice(["希望", "希望", "希望しない", "保留"]),
               rng.choice(["", "前年度も該当", "残業月60h超", "", "休職歴あり"])])
add(
    sender=USAMI, to=[f"sangyo-hoken@{D}"], cc=[f"sudo.ryosuke@{D}"],
    subject="【要対応】ストレスチェック高ストレス者 面接指導の調整", charset="utf-8",
    body=f"""産業保健スタッフ各位

今年度ストレスチェックの高ストレス者（本人同意済みで実施者から提供を受けたもの）です。
面接指導希望者は今月中に産業医面談を設定してください。

{table(_t, [14, 16, 10, 12, 14])}

※本情報は産業保健スタッフ限りとし、上長には共有しないでください。
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="high-stress list of nine, but every recipient is internal",
)

_p = people(15)
_rows = [["2026年度 定期健康診断 有所見者一覧（産業医確認用）"], [],
         ["社員番号", "氏名", "生年月日", "性別", "収縮期血圧", "拡張期血圧", "HbA1c", "LDL", "判定"]]
for p in _p:
    _rows.append([p["emp"], p["name"], p["dob"], "男" if p["sex"] == "M" else "女",
                  rng.randrange(128, 176), rng.randrange(80, 108), round(rng.uniform(5.6, 7.8), 1),
                  rng.randrange(120, 210), rng.choice(["C 要経過観察", "D 要精密検査", "D 要治療", "C 要経過観察"])])
add(
    sender=USAMI, to=["杉浦先生 <sugiura@sugiura-ohc.jp>"],
    subject="有所見者一覧（就業判定のお願い）", charset="utf-8",
    body=f"""杉浦先生

いつもお世話になっております。日の出産業の宇佐美です。
今年度の定期健診で有所見となった方の一覧をお送りします。
就業区分の判定（通常勤務／就業制限／要休業）をご記入のうえ、ご返送いただけますでしょうか。

添付：2026年度_有所見者一覧.xlsx（15名）
{SIG_USAMI}""",
    attachments=[{"kind": "xlsx", "name": "2026年度_有所見者一覧.xlsx",
                  "sheets": {"有所見者": _rows,
                             "判定基準": [["区分", "内容"], ["A", "異常なし"], ["B", "軽度異常"],
                                          ["C", "要経過観察"], ["D", "要精密検査・要治療"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health-check findings of 15 named employees in an XLSX to the contracted occupational physician (external)",
)

_p = people(20)
add(
    sender=USAMI, to=["西新宿健診センター 法人受付 <houjin@nishishinjuku-kenshin.or.jp>"],
    subject="秋季健診 受診者名簿の送付", charset="iso-2022-jp",
    body=f"""西新宿健診センター
法人受付ご担当者様

お世話になっております。日の出産業の宇佐美です。
秋季（10～11月）受診分の名簿をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
{SIG_USAMI}""",
    attachments=[{"kind": "zip", "name": "受診者名簿_秋季.zip", "password": "Hn#2026aki",
                  "files": [{"kind": "xlsx", "name": "受診者名簿_秋季.xlsx",
                             "sheets": {"名簿": [["氏名", "生年月日", "コース"]]
                                        + [[p["name"], p["dob"], "法定+胃部"] for p in _p]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected",
)

add(
    sender=USAMI, to=["西新宿健診センター 法人受付 <houjin@nishishinjuku-kenshin.or.jp>"],
    subject="Re: 秋季健診 受診者名簿の送付（パスワード）", charset="iso-2022-jp",
    body=f"""西新宿健診センター ご担当者様

先ほどお送りしたファイルのパスワードです。

　Hn#2026aki

よろしくお願いいたします。
{SIG_USAMI}""",
    expect="pass", entities=[], detectors=[],
    note="the password mail alone carries nothing readable as personal data",
)

_p = people(8)
_t = [["記号", "番号", "氏名", "生年月日", "区分"]]
for p in _p:
    _t.append([zen(str(rng.randrange(1000, 9999))), zen(str(rng.randrange(1, 900))), p["name"],
               wareki(p["y"], p["m"], p["d"], "short"), rng.choice(["積極的支援", "動機付け支援"])])
add(
    sender=NOGU, to=["日の出産業健康保険組合 保健事業課 <hokenjigyo@hinode-kenpo.or.jp>"],
    subject="特定保健指導 対象者（事業所分）の確認", charset="cp932",
    body=f"""健康保険組合 保健事業課 ご担当者様

人事部労務課の野口です。お世話になっております。
事業所で把握している今年度の特定保健指導対象者は以下のとおりです。
組合側の抽出結果と突合をお願いします。

{table(_t, [6, 6, 14, 12, 14])}

就業時間内での実施を予定しているため、日程調整は当方で行います。
{SIG_NOGU}""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 members with health-insurance 記号・番号 and 保健指導 status to the (external) health insurance society",
)

_p = people(1)[0]
_mn = my_number(SEED + 1)
add(
    sender=NOGU, to=["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
    subject="マイナ保険証の紐づけエラーについて", charset="utf-8",
    body=f"""適用課 ご担当者様

労務課の野口です。
{_p['dept']}の{_p['name']}さんから、マイナ保険証で受付した際に「資格情報なし」と表示されたと
相談がありました。本人に確認した個人番号は {_mn[:4]} {_mn[4:8]} {_mn[8:]} です。
組合側の登録内容と一致しているかご確認いただけますでしょうか。

本人は来週、健診の二次検査で受診予定のため、急ぎ対応いただけますと助かります。
{SIG_NOGU}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="an employee's My Number in the body to the health insurance society",
)

add(
    sender=SUDO, to=["保健事業課 田畑様 <tabata@hinode-kenpo.or.jp>"],
    subject="コラボヘルス会議資料（数値の確認）", charset="utf-8",
    body=f"""田畑様

健康推進室の須藤です。来週のコラボヘルス会議資料の数値を確認させてください。

                     2023年度   2024年度   2025年度
  ------------------------------------------------
  特定健診受診率        97.8%      98.4%      98.7%
  特定保健指導実施率    28.5%      35.0%      41.2%
  喫煙率                27.1%      25.3%      23.4%
  BMI25以上の割合       31.9%      31.2%      30.6%
  血圧リスク者割合      18.0%      17.1%      16.5%

いずれも被保険者（事業所分）全体の割合です。相違があればご指摘ください。
{SIG_SUDO}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate rates only",
)

add(
    sender=SUDO, to=["ヘルスデザイン研究所 片岡様 <kataoka@healthdesign-lab.co.jp>"],
    subject="健康経営優良法人 申請書ドラフト（第2版）", charset="iso-2022-jp",
    body=f"""片岡様

お世話になっております。須藤です。
申請書ドラフト第2版を添付します。前回ご指摘の「取組の効果検証」欄を追記しました。
数値はすべて全社集計値です。ご確認をお願いいたします。
{SIG_SUDO}""",
    attachments=[{"kind": "docx", "name": "健康経営優良法人2027_申請書ドラフトv2.docx",
                  "title": "健康経営優良法人2027 申請書ドラフト",
                  "paragraphs": [
                      "健康経営優良法人2027（大規模法人部門）認定申請書　ドラフト第2版",
                      f"法人名：日の出産業株式会社　法人番号：{HINODE_CORP_NO}",
                      "1. 経営理念・方針：「社員の健康は事業の基盤」として2022年に健康経営宣言を行った。",
                      "2. 組織体制：代表取締役を責任者とし、人事部健康推進室・産業医・健保組合で推進。",
                      "3. 取組の効果検証：ウォーキングチャレンジ参加者（n=412）の平均歩数は"
                      "開始前比 +1,380歩/日、喫煙率は3年で27.1%→23.4%に低下。",
                      "4. ストレスチェック受検率 94.6%、高ストレス者割合 10.8%（前年11.9%）。"],
                  "tables": [[["指標", "2024年度", "2025年度"], ["定期健診受診率", "99.1%", "99.4%"],
                              ["精密検査受診率", "68.0%", "74.5%"], ["有給休暇取得率", "63.2%", "68.9%"]]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="award application draft with company-wide statistics and the company's 法人番号; no person",
)

add(
    sender=SUDO, to=["ヘルスデザイン研究所 片岡様 <kataoka@healthdesign-lab.co.jp>"],
    subject="戦略マップ（案）のご相談", charset="utf-8",
    body=f"""片岡様

須藤です。次回打合せで議論したい戦略マップ案を添付しました。
KGI／KPI の置き方についてご意見をいただけますと幸いです。
{SIG_SUDO}""",
    attachments=[{"kind": "docx", "name": "健康経営戦略マップ_案.docx", "page_header": "社外秘",
                  "paragraphs": ["健康経営戦略マップ（2027-2029）案",
                                 "経営課題：熟練技能者の高齢化と生産性の維持",
                                 "KGI：プレゼンティーズム損失割合を15%→12%へ",
                                 "KPI：運動習慣者比率、睡眠で休養が取れている者の割合、高ストレス者割合",
                                 "施策：ウォーキングチャレンジ、睡眠セミナー、管理職向けラインケア研修"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached DOCX carries a 社外秘 header stamp",
)

_p = people(1)[0]
add(
    sender=SUDO, to=["ヘルスデザイン研究所 片岡様 <kataoka@healthdesign-lab.co.jp>"],
    subject="健康経営度調査 回答控え（PDF）", charset="cp932",
    body=f"""片岡様

健康経営度調査の回答控えをPDFでお送りします。
社内規程によりパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_SUDO}""",
    attachments=[{"kind": "pdf", "name": "健康経営度調査_回答控え.pdf", "password": "kk2027",
                  "lines": ["健康経営度調査 回答控え", "Q1 経営レベルの会議での議題化：年4回"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)
# ==========================================================================================
# 022-045
# ==========================================================================================

add(
    sender=MORI, to=["ヘルスデザイン研究所 片岡様 <kataoka@healthdesign-lab.co.jp>"],
    subject="精密検査受診率の部署別内訳", charset="utf-8",
    body=f"""片岡様

森下です。申請書の「精密検査受診勧奨」の記載用に、部署別の内訳を出しました。

部署            要精検者  受診済  未受診
----------------------------------------
製造一課            14      10       4
製造二課            11       8       3
物流センター         9       6       3
営業一部             7       5       2
品質保証課           1       0       1
経理課               2       2       0

品質保証課は対象1名が未受診のままで、本人は「忙しくて行けていない」とのことです。
このまま載せてよいか、まとめて「その他」とすべきかご意見ください。
{SIG_MORI}""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=[],
    note="'anonymous' department table where one cell (品質保証課, 1名) singles out a person's recheck finding",
)

add(
    sender=TADO,
    to=["川崎電機 人事部 小野寺様 <onodera@kawasaki-denki.co.jp>",
        "みどり銀行 人事部 健康管理担当 <kenko@midori-ginko.co.jp>",
        "青葉運輸 総務課 堀内様 <horiuchi@aoba-unyu.co.jp>"],
    subject="【ご案内】4社合同ウォーキングチャレンジ2026 秋", charset="iso-2022-jp",
    body=f"""各社 健康経営ご担当者様

いつもお世話になっております。日の出産業 総務部の田所です。
昨年ご好評いただいた合同ウォーキングチャレンジを、今年も下記のとおり開催いたします。

　期間：10月1日（木）～10月31日（土）
　方式：各社チーム（5名1組）の1日平均歩数で競います
　アプリ：ウェルステップ（各社のアカウントをそのまま利用可）
　表彰：11月中旬 オンライン表彰式

参加チーム数を9月18日（金）までにご返信ください。
{SIG_TADO}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies' contacts all in To: should have been Bcc",
)

add(
    sender=TADO, to=[f"tadokoro.chiaki@{D}"],
    bcc=["onodera@kawasaki-denki.co.jp", "kenko@midori-ginko.co.jp", "horiuchi@aoba-unyu.co.jp",
         "s-ikeda@kitaguni-foods.co.jp"],
    subject="合同ウォーキングチャレンジ 参加チーム数のリマインド", charset="utf-8",
    body=f"""各社 健康経営ご担当者様
（本メールはBCCでお送りしております）

田所です。合同ウォーキングチャレンジの参加チーム数のご回答期限が今週金曜日となっております。
まだの方はご返信をお願いいたします。すでにご回答いただいた皆様、ありがとうございました。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="external recipients properly in Bcc",
)

add(
    sender=TADO, to=["北国フーズ 法人営業 池田様 <s-ikeda@kitaguni-foods.co.jp>"],
    cc=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="健康セミナー（11/12）ヘルシーランチの搬入について", charset="cp932",
    body=f"""北国フーズ 池田様
（cc：さくらホテル 宴会予約ご担当様）

お世話になっております。日の出産業の田所です。
11月12日の健康セミナーでは、北国フーズ様の減塩ランチBOX（KF-HL-08）を60食お願いしております。
搬入はさくらホテル様の地下搬入口から 11:15 でお願いしたく、
ホテル様には配膳台2台のご用意をお願いできればと存じます。

お二方で直接ご調整いただいて問題ございません。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner companies in To/Cc: a normal three-way logistics mail",
)

add(
    sender=TADO, to=["宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="11/12 健康セミナー 会場予約の確認", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当者様

日の出産業の田所です。11月12日（木）13:00-17:00 の「桜の間」仮予約の件、
正式に予約させていただきます。スクール形式60名、プロジェクター・マイク2本をお願いします。
見積番号 SH-E-26-1104 の内容で相違ございません。
{SIG_TADO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp instead of the partner's sakura-hotel.jp (TLD look-alike)",
)

add(
    sender=TADO, to=["池田様 <s-ikeda@kitaguni-food.co.jp>"],
    subject="ヘルシー弁当 追加発注（80食）", charset="utf-8",
    body=f"""北国フーズ 池田様

田所です。社内健康週間（10/19-10/23）の社食イベント用に、ヘルシー弁当を追加でお願いします。

  品番        品名                         数量   単価
  KF-HL-08    減塩ランチBOX                 50    780
  KF-HL-12    たんぱく質しっかり弁当         30    850

納品は各日 11:00、本社7F 社員食堂までお願いします。
{SIG_TADO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the 's' of partner kitaguni-foods.co.jp",
)

add(
    sender=MORI, to=["桐生 部長 <kiryu.masaki@hinode-sangyou.co.jp>"],
    subject="ウォーキング大会 当日スタッフの集合時間", charset="utf-8",
    body="""桐生部長

お疲れさまです。森下です。
10/25（日）のウォーキング大会、部長には開会のご挨拶をお願いしております。
スタッフ集合は 8:15、お台場海浜公園 センターハウス前です。雨天の場合は前日17時に判断します。

よろしくお願いいたします。
森下""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp: a typo of the company's own domain",
)

add(
    sender=TADO, to=["営業部 木村様 <kimura@nishiki-insatu.co.jp>"],
    subject="健康週間ポスター 印刷のご依頼", charset="cp932",
    body=f"""錦印刷 木村様

田所です。健康週間の告知ポスターの印刷をお願いします。
　B2 ポスター 40枚（コート135kg）／A4 チラシ 600枚
入稿データは明日中にお送りします。納期は10/9（金）でお願いいたします。
{SIG_TADO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops the 's' of partner nishiki-insatsu.co.jp",
)

add(
    sender=TADO, to=["営業部 木村様 <kimura@nishiki-insatsu.co.jp>"],
    subject="Re: 健康週間ポスター 校正のご確認", charset="cp932",
    body=f"""木村様

初校をありがとうございました。1点だけ修正をお願いします。
・「1日8,000歩」→「1日8,000歩を目標に」に変更
それ以外は問題ありません。修正後、そのまま本機校正なしで進めてください。
{SIG_TADO}

-----Original Message-----
From: 木村 <kimura@nishiki-insatsu.co.jp>
Sent: Monday, October 5, 2026 10:12 AM
Subject: 健康週間ポスター 校正のご確認
初校PDFをお送りします。ご確認をお願いいたします。""",
    attachments=[{"kind": "pdf", "name": "poster_kenko_week_proof1.pdf",
                  "lines": ["日の出産業 健康週間 10/19-10/23", "歩こう、ひと駅。1日8,000歩",
                            "社員食堂でヘルシーメニュー提供", "主催：人事部 健康推進室"]}],
    expect="pass", entities=[], detectors=[],
    note="poster proof to the correct partner domain",
)

add(
    sender=SUDO, to=["ウェルステップ 営業部 真鍋様 <manabe@wellstep.co.jp>"],
    subject="来期KPI設計書のご共有", charset="utf-8",
    body=f"""真鍋様

須藤です。来期のアプリ活用に関するKPI設計書をお送りします。
アプリ側で取得可能なデータ項目と照らし合わせていただけますでしょうか。
{SIG_SUDO}""",
    attachments=[{"kind": "pdf", "name": "KPI設計書_2027.pdf", "page_header": "取扱注意",
                  "title": "ウェルネスアプリ KPI設計書",
                  "lines": ["ウェルネスアプリ KPI設計書（2027年度）",
                            "1. アクティブ率：月1回以上ログイン 70%以上",
                            "2. 歩数：参加者平均 7,500歩/日以上",
                            "3. 睡眠：平均睡眠時間 6時間30分以上の者の割合 55%以上"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF stamped 取扱注意 on every page",
)

add(
    sender=SUDO, to=["ウェルステップ 法務 <legal@wellstep.co.jp>"], cc=[f"houmu@{D}"],
    subject="秘密保持契約書（ドラフト）のご確認", charset="utf-8",
    body=f"""ウェルステップ 法務ご担当者様

日の出産業 健康推進室の須藤です。
来期の健診データ連携の検討にあたり、先に秘密保持契約を締結させていただきたく、
弊社ひな形ベースのドラフトをお送りします（弊社法務部 cc）。
第3条（秘密情報の範囲）と第7条（返還・廃棄）についてご意見をいただければ幸いです。
{SIG_SUDO}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_draft_wellstep.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」）と株式会社ウェルステップ（以下「乙」）は、"
                                 "健診データ連携の検討に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報の範囲）開示の際に秘密である旨を明示した情報をいう。",
                                 "第7条（返還・廃棄）乙は、甲の求めにより秘密情報を速やかに返還又は廃棄する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the draft NDA attached: no classification stamp",
)

add(
    sender=OKOCHI, to=["リズムテック データ連携担当 <data@rhythmtech.jp>"],
    subject="9月分 歩数データ集計ファイル", charset="iso-2022-jp",
    body=f"""リズムテック データ連携ご担当者様

大河内です。9月分の歩数データ集計ファイルをお送りします。
ダッシュボードへの取り込みをお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "corrupt", "name": "歩数データ_2026-09.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

_p = people(10)
_steps = sorted((rng.randrange(10500, 19800) for _ in _p), reverse=True)
_t = [["順位", "氏名", "所属", "1日平均歩数"]]
for i, (p, s) in enumerate(zip(_p, _steps), 1):
    _t.append([str(i), p["name"], p["dept"], f"{s:,}"])
add(
    sender=KENKO, to=[f"all-staff@{D}"],
    subject="【健康推進室】9月 歩数ランキング発表！", charset="utf-8",
    body=f"""社員の皆さま

9月のウォーキングチャレンジ、個人部門の上位10名を発表します！

{table(_t, [4, 14, 18, 12])}

上位3名には10月中に賞品（QUOカード）をお届けします。
10月は合同チャレンジです。チーム登録をお忘れなく。

人事部 健康推進室（内線 2170）""",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="named step ranking, sent only to the internal all-staff list",
)

_p = people(10)
_steps = sorted((rng.randrange(11000, 21000) for _ in _p), reverse=True)
_t = [["No.", "氏名", "部署", "年代", "平均歩数"]]
for i, (p, s) in enumerate(zip(_p, _steps), 1):
    _t.append([str(i), p["name"], p["dept"], f"{p['age'] // 10 * 10}代", f"{s:,}"])
add(
    sender=TADO, to=["川崎電機 人事部 小野寺様 <onodera@kawasaki-denki.co.jp>"],
    subject="合同チャレンジ 弊社個人上位者の報告", charset="cp932",
    body=f"""小野寺様

いつもお世話になっております。日の出産業の田所です。
合同チャレンジの個人賞選考用に、弊社の個人上位10名をお送りします。

{table(_t, [4, 14, 18, 6, 10])}

集計期間：10/1～10/31、アプリの自動計測値です。
{SIG_TADO}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="ten employees' records (name, dept, age band, steps) to an external co-organiser",
)

add(
    sender=TADO, to=["川崎電機 人事部 小野寺様 <onodera@kawasaki-denki.co.jp>"],
    subject="合同チャレンジ チーム別結果（日の出産業分）", charset="utf-8",
    body=f"""小野寺様

田所です。弊社分のチーム別結果です。個人名は含めておりません。

チーム名                人数  1日平均歩数
---------------------------------------------
日本橋ウォーカーズ        5     12,480
川口工場 夜勤組           5     11,902
物流センター フォークス   5     10,655
相模原 ひだまり会         5      9,870
営業二部 外回り隊         5      9,512
大阪支店 なにわ歩こう会   5      8,930

表彰式の進行表は来週お送りします。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="team results only, no individuals",
)

_p = people(6)
_quoted = "\n".join(f"> {p['name']}　〒{p['zip']}　{p['addr']}　TEL {p['phone']}" for p in _p)
add(
    sender=OKOCHI, to=["出荷担当 <shukka@rhythmtech.jp>"],
    subject="Re: 【出荷完了】RB-200 自宅直送分", charset="utf-8",
    body=f"""リズムテック 出荷ご担当様

出荷完了のご連絡ありがとうございます。
各自に到着確認をしてもらい、問題があれば個別にご連絡します。
{SIG_OKOCHI}

2026年10月8日(木) 15:02 リズムテック 出荷担当 <shukka@rhythmtech.jp>:
> 日の出産業 大河内様
>
> 下記6名様分、本日ヤマト運輸にて出荷いたしました。
{_quoted}
>
> 以上、よろしくお願いいたします。""",
    expect="pass", entities=[], detectors=[],
    note="the six addresses are only in the vendor's own quoted text; new text has none",
)

_p = people(7)
_fw = "\n".join(f"{i}. {p['name']}（{p['kana']}）　{wareki(p['y'], p['m'], p['d'], 'kanji')}生　"
                f"携帯 {p['phone']}　希望：{rng.choice(['日本橋店', '川口店', '船橋店', '新宿南口店'])}"
                for i, p in enumerate(_p, 1))
add(
    sender=OKOCHI, to=["法人会員窓口 <houjin@energia-fit.co.jp>"],
    subject="FW: 法人会員 11月入会希望者まとめ", charset="iso-2022-jp",
    body=f"""エナジア 法人会員窓口 ご担当者様

11月入会分です。社内で取りまとめたメールをそのまま転送いたします。
入会手続きをお願いいたします。

大河内

-----Original Message-----
From: 百瀬 紗希 <momose.saki@{D}>
Sent: Wednesday, October 14, 2026 9:41 AM
To: 大河内 健 <okochi.ken@{D}>
Subject: 法人会員 11月入会希望者まとめ

大河内さん

厚生課の百瀬です。11月入会の希望者をまとめました。

{_fw}

よろしくお願いします。""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal list of 7 applicants (DOB, mobile): forwarded text counts",
)

_p = people(1)[0]
add(
    sender=USAMI, to=["パーソナルトレーナー 岸様 <kishi.trainer@energia-fit.co.jp>"],
    subject="BMIチャレンジ 個別サポート対象者について", charset="utf-8",
    body=f"""岸様

日の出産業の宇佐美です。BMIチャレンジで個別サポートをお願いする方の情報です。

{_p['name']}さん（{_p['age']}歳・{'男性' if _p['sex'] == 'M' else '女性'}）
　今年の健診結果：BMI 31.2、血圧 158/96、空腹時血糖 118
　健診で「糖尿病予備群」と言われており、現在は医療機関での治療は受けていません。
　膝に軽い痛みがあるため、ジョギングよりもバイクや水中ウォーキング中心でお願いします。

初回は10月21日（水）19時、日本橋店でお願いできればと思います。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's health-check results (BMI, BP, glucose) to an external trainer",
)

add(
    sender=USAMI, to=["パーソナルトレーナー 岸様 <kishi.trainer@energia-fit.co.jp>"],
    subject="BMIチャレンジ 中間集計", charset="utf-8",
    body=f"""岸様

いつもありがとうございます。BMIチャレンジ（8週間）の中間集計です。

・参加者 42名（うち個別サポート 6名）
・体重変化 平均 −1.8kg（中央値 −1.5kg）
・BMI変化 平均 −0.6
・週2回以上ジム利用者の割合 57%

後半はグループレッスン枠を増やせないか、ご検討いただけますでしょうか。
{SIG_USAMI}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate challenge statistics only",
)

_p = people(6)
add(
    sender=TADO, to=["ノベルティ工房 受注センター <order@novelty-kobo.jp>"],
    subject="景品の個別発送のお願い（6名分）", charset="cp932",
    body=f"""ノベルティ工房 受注センター ご担当者様

日の出産業の田所です。健康チャレンジ入賞者への景品を各自の自宅へ直送していただきたく、
送付先リストを添付します。品番は全員 NV-TWL-0032（今治フェイスタオル2枚組）です。
{SIG_TADO}""",
    attachments=[{"kind": "xlsx", "name": "景品発送先リスト.xlsx",
                  "sheets": {"発送先": [["健康チャレンジ 入賞者 景品発送先"], [],
                                        ["氏名", "郵便番号", "住所", "電話番号", "品番"]]
                             + [[p["name"], p["zip"], p["addr"], p["phone"], "NV-TWL-0032"] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six winners' home addresses and phones in an XLSX",
)

_p = people(2)
add(
    sender=TADO, to=["ノベルティ工房 受注センター <order@novelty-kobo.jp>"],
    subject="Re: 景品の個別発送（追加2名）", charset="utf-8",
    body=f"""受注センター ご担当者様

追加で2名分の直送をお願いします。

{_p[0]['name']} 様　〒{_p[0]['zip']} {_p[0]['addr']}　{_p[0]['phone']}
{_p[1]['name']} 様　〒{_p[1]['zip']} {_p[1]['addr']}　{_p[1]['phone']}

品番は前回と同じ NV-TWL-0032 です。
{SIG_TADO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's shipping addresses: under the five-person threshold (warning at most)",
)

add(
    sender=TADO, to=["ノベルティ工房 営業 矢部様 <yabe@novelty-kobo.jp>"],
    subject="健康週間ノベルティ お見積りのお願い", charset="iso-2022-jp",
    body=f"""矢部様

田所です。健康週間の参加賞として、下記のお見積りをお願いします。

　NV-BTL-0118　ステンレスボトル 350ml（名入れ1色）　500個
　NV-TWL-0032　今治フェイスタオル2枚組　　　　　　 100個
　NV-PDM-0007　万歩計（クリップ式）　　　　　　　 300個

納期：10月9日（金）本社着
ロゴデータ（AI形式）は別途お送りします。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="a quotation request with product codes",
)

_p = people(1)[0]
add(
    sender=USAMI, to=[f"{_p['sei']} {_p['mei']} <{_p['mail'].split('@')[0].replace('.', '_')}1987@gmail.com>"],
    subject="健診結果（再検査のご案内）", charset="utf-8",
    body=f"""{_p['name']}さん

健康推進室の宇佐美です。社用アドレスが休職中で使えないとのことで、
ご希望どおり個人のアドレスへお送りします。

今年の定期健診で、肝機能（ALT 88、γ-GTP 142）が「要再検査」となっています。
脂肪肝の指摘もありますので、1か月以内に消化器内科を受診してください。
受診後は結果のコピーを健康推進室まで提出をお願いします。

ご不明な点があれば、いつでもご連絡ください。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="an employee's health-check findings sent to a private Gmail address (external)",
)

add(
    sender=MORI, to=["管理栄養士 浜口様 <hamaguchi.eiyou@yahoo.co.jp>"],
    subject="食事セミナー（11月）の日程について", charset="cp932",
    body=f"""浜口先生

いつもお世話になっております。日の出産業の森下です。
11月の食事セミナーですが、以下の日程でお願いできますでしょうか。

　11月18日（水）12:10-12:50　本社7F 大会議室＋オンライン配信
　テーマ：「コンビニで選ぶ、血糖値を上げにくいお昼ごはん」

謝金は前回同様、源泉徴収後の金額をお振込みいたします。
{SIG_MORI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, schedule only",
)
# ==========================================================================================
# 046-070
# ==========================================================================================

_p = people(6)
_lines = "\n".join(
    f"・{p['sei']}さん（{p['age']}歳{'男性' if p['sex'] == 'M' else '女性'}）HbA1c {rng.uniform(6.0, 7.4):.1f}／"
    f"体重 {rng.randrange(68, 104)}kg／{rng.choice(['夜勤あり', '外食が多い', '間食が多い', '飲酒 毎日', '単身赴任'])}"
    for p in _p)
add(
    sender=USAMI, to=["管理栄養士 浜口様 <hamaguchi.eiyou@yahoo.co.jp>"],
    subject="個別食事指導の対象者（事前情報）", charset="utf-8",
    body=f"""浜口先生

宇佐美です。来月の個別食事指導（1人30分）の対象者の事前情報です。
健診結果から抜粋しています。指導内容のご準備にお役立てください。

{_lines}

当日の順番は上から順でお願いします。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="six employees' HbA1c and weight (health-check results) to a dietitian's Yahoo address",
)

add(
    sender=HAYAMA, to=["PulseWear Partner Support <partners@pulsewear.com>"],
    subject="API rate limits and SKU availability for Japan", charset="utf-8",
    body=f"""Hello PulseWear Partner team,

We are evaluating PulseWear bands for our corporate wellness programme (about 600 staff).
Could you help with a few questions?

1. The daily-summary endpoint (/v2/users/{{id}}/daily) is limited to 150 calls/hour per
   client. Is a higher limit available on the Enterprise tier?
2. Are SKUs PW-BAND-4S (black) and PW-BAND-4S-WH (white) certified for Japan (技適)?
3. Our purchase order would be PO-HS-2026-1187. Can you quote lead time for 600 units?

Thanks in advance.
{SIG_HAYAMA}
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English vendor question: endpoints, SKUs, a PO number",
)

_p = people(8)
_rows = [["email", "device_id", "date_of_birth", "avg_sleep_min", "resting_hr", "last_sync"]]
for p in _p:
    _rows.append([p["mail"], f"PW4S-{rng.randrange(16**6):06X}", p["dob"].replace("/", "-"),
                  rng.randrange(290, 440), rng.randrange(52, 78), f"2026-09-{rng.randrange(1, 20):02d}"])
add(
    sender=HAYAMA, to=["PulseWear Support <support@pulsewear.com>"],
    subject="Sync failures since firmware 4.2.1 - user export attached", charset="utf-8",
    body=f"""Hi Support,

Since firmware 4.2.1 several of our users' bands stopped syncing sleep data.
I attach the export from our admin console for the affected users so you can check
their accounts on your side.

The pattern: sleep sessions after 02:00 are dropped, steps are fine.
{SIG_HAYAMA}
{DISC_EN}""",
    attachments=[{"kind": "csv", "name": "sync_failures_users.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["EMAIL_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="eight users' e-mail, date of birth and wearable data in a CSV to a foreign vendor",
)

_p = people(1)[0]
add(
    sender=OKOCHI, to=["リズムテック サポート <support@rhythmtech.jp>"],
    subject="睡眠スコアの計測について（問い合わせ）", charset="iso-2022-jp",
    body=f"""リズムテック サポートセンター ご担当者様

大河内です。RB-200 の睡眠計測について問い合わせです。
{_p['dept']}の{_p['name']}さんの端末で、この1か月の睡眠スコアが毎晩30点台、
睡眠時間が平均4時間10分と表示されています。本人は「最近寝つきが悪い気はする」とのことですが、
端末の計測誤差の可能性もあるかと思い、ログの確認をお願いできますでしょうか。
端末シリアル：RB2-{rng.randrange(100000, 999999)}
{SIG_OKOCHI}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named employee's wearable sleep data and a remark on poor sleep: borderline health information",
)

_p = people(1)[0]
add(
    sender=OKOCHI, to=["ルネス スポーツクラブ 法人受付 <corporate@lunes-sports.jp>"],
    subject="法人利用登録（外国籍社員）", charset="utf-8",
    body=f"""ルネス スポーツクラブ 法人受付 ご担当者様

日の出産業 総務部の大河内です。
設計開発部の Nguyen Van Thanh（グエン・ヴァン・タン）さんの法人利用登録をお願いします。
本人確認書類は在留カードとのことで、番号をお知らせします。

在留カード番号：{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randrange(10**7, 10**8)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}
在留期間満了日：2028年4月30日

初回来店時にカード原本を提示させます。
{SIG_OKOCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a foreign employee's residence card number to a gym",
)

_p = people(14)
add(
    sender=TADO, to=["ひまわり生命 団体保険課 <dantai@himawari-life.co.jp>"],
    subject="ウォーキング大会 傷害保険 加入者名簿", charset="cp932",
    body=f"""ひまわり生命 団体保険課 ご担当者様

日の出産業の田所です。10/25 ウォーキング大会のイベント傷害保険の加入者名簿（スタッフ分）を
CSVでお送りします。参加者本体は当日受付で人数報告とさせていただきます。
{SIG_TADO}""",
    attachments=[{"kind": "csv", "name": "加入者名簿_スタッフ.csv", "encoding": "cp932",
                  "rows": [["No", "氏名", "フリガナ", "生年月日", "性別"]]
                  + [[str(i), p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "kanji"),
                      "男" if p["sex"] == "M" else "女"] for i, p in enumerate(_p, 1)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="14 staff with 和暦 dates of birth in a CP932 CSV to an insurer",
)

add(
    sender=MORI, to=["ひまわり生命 健康経営推進部 大谷様 <otani@himawari-life.co.jp>"],
    subject="共催セミナー「がんと仕事の両立」登壇者について", charset="utf-8",
    body=f"""大谷様

森下です。12月の共催セミナーの登壇者が決まりましたのでご連絡します。

第2部「体験談」は、弊社経理課の仙波 佳代子さんにお願いすることになりました。
仙波さんは2年前に乳がんの手術を受け、通院治療を続けながら時短勤務で復職した経験を
お話しくださいます。社外での公開セミナーで氏名と病名を出すことは本人了承済みです。

プロフィール文は本人に確認のうえ、来週お送りします。
{SIG_MORI}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's cancer history, but she consented to tell it at a public seminar",
)

add(
    sender=TADO, to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/12 健康セミナー 車椅子でご来場の方について", charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約ご担当者様

田所です。11/12 の健康セミナーに、車椅子でご来場の社員が1名おります。
物流センターの鵜飼 圭吾さんで、身体障害者手帳（1種2級、下肢機能障害）をお持ちです。
会場内の段差と多目的トイレの位置を事前に確認させていただけますでしょうか。
当日は正面玄関のスロープからご案内いただけますと助かります。
{SIG_TADO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's disability (身体障害者手帳) to the hotel",
)

add(
    sender=TADO, to=["宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 11/12 健康セミナー 最終人数とレイアウト", charset="cp932",
    body=f"""宴会予約ご担当者様

最終人数とレイアウトのご連絡です。

・参加者 58名＋講師2名＋スタッフ4名＝64名
・レイアウト：スクール形式（3人掛け×22卓）
・休憩時の飲み物：お茶・水のみ（砂糖入り飲料なし）
・ランチは北国フーズ様の搬入分のため、ホテル様の料理は不要です
・アレルギー対応：ランチ側で対応済みのため、ホテル様への依頼はございません

請求書の宛名は「日の出産業株式会社 総務部」でお願いします。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="head counts and layout only",
)

add(
    sender=TADO, to=["北国フーズ 法人営業 池田様 <s-ikeda@kitaguni-foods.co.jp>"],
    subject="健康セミナー ランチの個別対応について", charset="utf-8",
    body=f"""池田様

田所です。ランチBOX 60食のうち、個別対応をお願いしたい方がいます。

・営業一部 アフマド・ラヒムさん：ムスリムのため、ハラール対応（豚・アルコール不使用）でお願いします。
・設計開発部 久米 航平さん：ヴィーガンのため、動物性食品なしでお願いします。

容器にお名前のシールを貼っていただけますと、当日お渡ししやすいです。
{SIG_TADO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's religion (Muslim) sent to the caterer: special-care information",
)

add(
    sender=TADO, to=["北国フーズ 法人営業 池田様 <s-ikeda@kitaguni-foods.co.jp>"],
    subject="社食ヘルシーウィーク アレルギー対応食数", charset="iso-2022-jp",
    body=f"""池田様

田所です。社食ヘルシーウィークのアレルギー対応食数です（事前申告分）。

　卵除去　　　3食／日
　乳除去　　　2食／日
　そば　　　　1食／日（そば粉の混入に注意）
　えび・かに　2食／日

対応食は通常食と別トレーに分けて配膳台の右端に置いてください。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="allergy meal counts without any names",
)

_p = people(3)
_l = "\n".join(f"　{i}）{p['dept']}　{p['name']}　（{d}）" for i, (p, d) in enumerate(
    zip(_p, ["高ストレス・本人申出", "高ストレス・本人申出", "高ストレス・長時間労働 月95h"]), 1))
add(
    sender=USAMI, to=["杉浦先生 <sugiura@sugiura-ohc.jp>"],
    subject="面接指導の日程（11月）", charset="iso-2022-jp",
    body=f"""杉浦先生

宇佐美です。11月の面接指導の対象者と日程案です。

{_l}

11月10日（火）14:00／14:40／15:20 でいかがでしょうか。
場所は本社7F 健康相談室です。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="three named employees with high-stress results to the external occupational physician",
)

_p = people(1)[0]
add(
    sender=NOGU, to=["リワークセンター日本橋 <info@rework-nihonbashi.jp>"],
    subject="リワークプログラム利用のご相談", charset="utf-8",
    body=f"""リワークセンター日本橋 ご担当者様

日の出産業株式会社 人事部労務課の野口と申します。
現在休職中の社員について、復職に向けて御センターのリワークプログラムの利用を検討しております。

対象者：{_p['name']}（{_p['age']}歳、{_p['dept']}）
休職開始：2026年6月1日
診断名：適応障害（主治医：さくら通りメンタルクリニック）
本人連絡先：{_p['phone']}

主治医からはリワーク利用の許可が出ています。見学のご予約方法を教えてください。
{SIG_NOGU}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's diagnosis and sick leave to an external return-to-work centre",
)

_cc = card_number(SEED + 2)
add(
    sender=OKOCHI, to=["ふくりプラス 法人サポート <biz-support@fukuri-plus.jp>"],
    subject="ジム利用チケット 一括購入の決済カード変更", charset="cp932",
    body=f"""ふくりプラス 法人サポート ご担当者様

日の出産業 総務部の大河内です。
ジム利用チケットの一括購入に使用している法人カードが更新されましたので、変更をお願いします。

　契約ID：FP-C-004871
　新カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限：09/31
　名義：HINODE SANGYO CO LTD

手続き完了のご連絡をいただけますと幸いです。
{SIG_OKOCHI}""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a (corporate) credit card number in the body: any card number stops",
)

_p = people(2)
add(
    sender=TADO, to=["青葉運輸 営業所 レンタル係 <rental@aoba-unyu.co.jp>"],
    subject="ウォーキング大会 マイクロバス借用（運転者情報）", charset="utf-8",
    body=f"""青葉運輸 レンタル係 ご担当者様

田所です。10/25 のウォーキング大会で救護・荷物運搬用にマイクロバスを1台お借りする件、
運転者2名の情報をお送りします。

1. {_p[0]['name']}　運転免許証番号 {rng.randrange(10**11, 10**12)}（中型）
2. {_p[1]['name']}　運転免許証番号 {rng.randrange(10**11, 10**12)}（中型）

免許証のコピーは当日お持ちします。
{SIG_TADO}""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="two employees' driver's licence numbers to the partner transport company",
)

_p = people(7)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['mail']}</td><td>{p['phone']}</td><td>{e}</td></tr>"
    for p, e in zip(_p, ["E-401 認証エラー", "E-401 認証エラー", "招待メール未着", "E-503", "歩数が0のまま",
                         "招待メール未着", "E-401 認証エラー"]))
add(
    sender=MIWA, to=["support@wellstep.co.jp"],
    subject="ログインできない利用者の一覧（調査依頼）", charset="utf-8",
    html=f"""<html><body>
<p>ウェルステップ サポートご担当者様</p>
<p>情報システム部の三輪です。アプリにログインできない利用者が出ています。<br>
以下の方のアカウント状態をご確認ください。電話での本人確認も可とのことです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><th>メールアドレス</th><th>携帯番号</th><th>事象</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>----<br>三輪 拓海 / 情報システム部 基盤グループ<br>日の出産業株式会社 TEL 03-5820-4520</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of seven employees' e-mail and mobile numbers",
)

add(
    sender=KENKO, to=[f"kenko-suishin@{D}"],
    bcc=["onodera@kawasaki-denki.co.jp", "kenko@midori-ginko.co.jp", "horiuchi@aoba-unyu.co.jp",
         "kataoka@healthdesign-lab.co.jp", "otani@himawari-life.co.jp"],
    subject="けんこう通信 vol.18（秋号）のお届け", charset="utf-8",
    html="""<html><body>
<h2>けんこう通信 vol.18（秋号）</h2>
<p>日頃より弊社の健康経営の取組にご協力いただき、ありがとうございます。<br>
（本メールはBCCにてお送りしております）</p>
<h3>今月のおすすめレシピ：きのこたっぷり減塩けんちん汁</h3>
<ul><li>しいたけ・まいたけ・しめじ 各50g</li><li>大根・にんじん 各60g</li><li>だし 600ml、薄口しょうゆ 小さじ2</li></ul>
<h3>秋の合同ウォーキングチャレンジ 結果速報</h3>
<p>参加4社・58チーム、全体の1日平均歩数は 9,840歩でした。</p>
<p>発行：日の出産業株式会社 人事部 健康推進室</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML newsletter, external readers in Bcc, no personal data",
)

add(
    sender=SUDO, to=["ヘルスデザイン研究所 片岡様 <kataoka@healthdesign-lab.co.jp>"],
    subject="取締役会報告資料（健康経営）のレビュー依頼", charset="utf-8",
    body=f"""片岡様

須藤です。来月の取締役会で報告する健康経営の進捗資料です。
表現面のレビューをお願いできますでしょうか。
{SIG_SUDO}""",
    attachments=[{"kind": "pptx", "name": "取締役会報告_健康経営_202611.pptx",
                  "page_footer": "Confidential - Hinode Sangyo",
                  "slides": [["健康経営 進捗報告", "2026年11月 取締役会", "人事部 健康推進室"],
                             ["KPIの状況", "運動習慣者比率 34%→38%", "高ストレス者割合 11.9%→10.8%"],
                             ["来期の投資計画", "ウェアラブル端末追加配布 200台", "睡眠改善プログラム導入"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides carry a 'Confidential' footer classification",
)

add(
    sender=MORI, to=["清涼大学 公衆衛生学教室 平岡先生 <hiraoka@seiryo-u.ac.jp>"],
    subject="共同研究 中間報告スライド", charset="iso-2022-jp",
    body=f"""平岡先生

森下です。共同研究の中間報告スライドをお送りします。
いずれも集計値のみで、個人が特定される情報は含めておりません。
{SIG_MORI}""",
    attachments=[{"kind": "pptx", "name": "中間報告_歩数と睡眠.pptx",
                  "slides": [["歩数と睡眠の関連（中間報告）", "日の出産業 × 清涼大学"],
                             ["対象", "ウェアラブル装着者 412名（20-64歳）", "観察期間 2026年4月～9月"],
                             ["結果", "1日8,000歩以上群は睡眠効率が平均2.1ポイント高い",
                              "交替勤務者では関連が弱い（n=96）"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregated research results only",
)

_rows = [["research_id", "age", "sex", "shift", "steps_avg", "sleep_min_avg", "bmi", "sbp", "dbp"]]
for i in range(30):
    _rows.append([f"HS-{rng.randrange(10000, 99999)}", rng.randrange(22, 64), rng.choice(["M", "F"]),
                  rng.choice(["day", "day", "night"]), rng.randrange(3200, 14500), rng.randrange(300, 460),
                  round(rng.uniform(18.5, 33.0), 1), rng.randrange(102, 168), rng.randrange(62, 104)])
add(
    sender=MORI, to=["清涼大学 公衆衛生学教室 平岡先生 <hiraoka@seiryo-u.ac.jp>"],
    cc=[f"sudo.ryosuke@{D}"],
    subject="共同研究データ（第2回提供分）", charset="utf-8",
    body=f"""平岡先生

第2回提供分のデータをお送りします（30名分のサンプル）。
氏名は研究IDに置き換えてあり、対応表は弊社で保管しています。
BMI・血圧は今年度の定期健診の値です。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "research_data_batch2.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="pseudonymised rows of 30 people with health-check values (BMI, BP) to a university",
)

_p = people(10)
_csv = [["氏名", "生年月日", "受診日", "身長", "体重", "血圧", "尿糖", "心電図", "総合判定"]]
for p in _p:
    _csv.append([p["name"], p["dob"], f"2025/{rng.randrange(9, 12)}/{rng.randrange(1, 29)}",
                 rng.randrange(150, 185), rng.randrange(45, 95), f"{rng.randrange(108, 160)}/{rng.randrange(64, 100)}",
                 rng.choice(["－", "－", "＋"]), rng.choice(["異常なし", "異常なし", "洞性徐脈", "右脚ブロック"]),
                 rng.choice(["A", "B", "C", "D"])])
add(
    sender=USAMI, to=["あおぞら健診プラザ 法人担当 <corp@aozora-kenshin.or.jp>"],
    subject="前年度健診結果のご提供（経年比較用）", charset="utf-8",
    body=f"""あおぞら健診プラザ 法人担当 ご担当者様

宇佐美です。今年度から受診先を御施設に変更した大阪支店の社員について、
経年比較のため前年度の結果をお送りします。ZIPにまとめています。
{SIG_USAMI}""",
    attachments=[{"kind": "zip", "name": "前年度結果_大阪支店.zip",
                  "files": [{"kind": "csv", "name": "前年度結果_大阪支店.csv", "encoding": "cp932", "rows": _csv},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "前年度（2025年度）定期健診結果 大阪支店分 10名\n判定区分は旧健診機関の基準です。"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named health-check results of 10 people inside an (unencrypted) ZIP",
)

add(
    sender=TADO, to=["営業部 木村様 <kimura@nishiki-insatsu.co.jp>"],
    subject="入稿データ一式（健康週間ポスター・チラシ）", charset="utf-8",
    body=f"""木村様

田所です。入稿データ一式をZIPでお送りします。
・poster_B2.pdf（ポスター）
・flyer_A4.pdf（チラシ）
・logo_hinode.png（ロゴ）
{SIG_TADO}""",
    attachments=[{"kind": "zip", "name": "入稿データ_健康週間.zip",
                  "files": [{"kind": "pdf", "name": "poster_B2.pdf",
                             "lines": ["健康週間 10/19-10/23", "歩こう、ひと駅。1日8,000歩を目標に"]},
                            {"kind": "pdf", "name": "flyer_A4.pdf",
                             "lines": ["社員食堂 ヘルシーウィーク", "減塩ランチ 480円"]},
                            {"kind": "png", "name": "logo_hinode.png"}]}],
    expect="pass", entities=[], detectors=[],
    note="ZIP of print data without personal data",
)

_p = people(1)[0]
add(
    sender=USAMI, to=["パーソナルトレーナー 岸様 <kishi.trainer@energia-fit.co.jp>"],
    subject="FW: 運動プログラム参加者の配慮事項", charset="utf-8",
    body=f"""岸様

宇佐美です。来月から個別プログラムに参加する方について、社内で共有した内容を
そのまま転送します。メニュー作成の参考にしてください。
{SIG_USAMI}""",
    attachments=[{"kind": "eml", "name": "運動プログラム参加者の配慮事項.eml",
                  "message": {"sender": USAMI, "to": [f"sudo.ryosuke@{D}"], "charset": "utf-8",
                              "subject": "運動プログラム参加者の配慮事項",
                              "body": f"""須藤室長

個別運動プログラムに参加予定の{_p['dept']} {_p['name']}さんについてです。
昨年、腰椎椎間板ヘルニアの手術を受けており、主治医から
「前屈・重量物を扱う種目は当面禁止」との診断書が出ています。
トレーナーさんに伝えてよいか、本人の了承は取れています。

宇佐美"""}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forwarded mail (attached .eml) with one named employee's surgery and medical restriction",
)

add(
    sender=SUDO, to=["メンタルコンパス 営業部 城戸様 <kido@mentalcompass.co.jp>"],
    subject="FW: ストレスチェック実施規程（改定案）", charset="iso-2022-jp",
    body=f"""城戸様

須藤です。社内で回覧中の実施規程の改定案を転送します。
外部委託部分（第8条～第11条）の記載に誤りがないかご確認ください。
{SIG_SUDO}""",
    attachments=[{"kind": "eml", "name": "ストレスチェック実施規程（改定案）.eml",
                  "message": {"sender": SUDO, "to": [f"eisei-iinkai@{D}"], "charset": "iso-2022-jp",
                              "subject": "【社外秘】ストレスチェック実施規程（改定案）の回覧",
                              "body": """衛生委員会 各位

【社外秘】
ストレスチェック実施規程の改定案を回覧します。
第8条 実施者は契約する外部機関の医師又は保健師とする。
第11条 結果の保存期間は5年とし、外部機関において保存する。

須藤"""}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the forwarded internal mail is classified 【社外秘】",
)

_p = people(3)
_pp = "\n".join(f"({i}) {p['romaji'].upper()}　{p['name']}　生年月日 {p['dob']}　旅券番号 "
                f"{rng.choice(['TK', 'TR', 'MZ', 'TS'])}{rng.randrange(10**6, 10**7)}"
                for i, p in enumerate(_p, 1))
add(
    sender=MORI, to=["星空トラベル 法人旅行センター <houjin@hoshizora-travel.co.jp>"],
    subject="ウェルネスアワード 副賞旅行（台北）の手配", charset="utf-8",
    body=f"""星空トラベル 法人旅行センター ご担当者様

日の出産業の森下です。ウェルネスアワード受賞者3名の副賞旅行（台北 2泊3日）の
航空券手配に必要な情報をお送りします。

{_pp}

いずれも旅券の残存期間は6か月以上あることを確認済みです。
{SIG_MORI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers of three award winners to a travel agency",
)
# ==========================================================================================
# 071-100
# ==========================================================================================

add(
    sender=MORI, to=["星空トラベル 法人旅行センター 江口様 <eguchi@hoshizora-travel.co.jp>"],
    subject="Re: 副賞旅行 行程表と請求について", charset="cp932",
    body=f"""江口様

行程表をありがとうございました。内容で問題ございません。

・予約番号：HZ-TPE-260312
・12/4（金）羽田 8:55発 → 台北松山 11:45着
・ホテル：台北リバーサイドホテル（2泊・朝食付）
・ご請求額：3名分 合計 465,000円（税込）

請求書は「日の出産業株式会社 人事部 健康推進室」宛でお願いいたします。
{SIG_MORI}

> 森下様
> 副賞旅行の行程表（案）を添付いたします。ご確認くださいませ。
> 星空トラベル 江口""",
    expect="pass", entities=[], detectors=[],
    note="itinerary, booking number and invoice amount only",
)

add(
    sender=OKOCHI,
    to=["エナジア 法人営業部 <houjin-eigyo@energia-fit.co.jp>",
        "ルネス スポーツクラブ 法人受付 <corporate@lunes-sports.jp>",
        "アクアフィットネス 法人担当 <biz@aqua-fitness.jp>"],
    subject="法人契約 来期お見積りのお願い", charset="utf-8",
    body=f"""各社 法人ご担当者様

日の出産業 総務部厚生課の大河内です。
来期（2027年4月～）の法人契約について、相見積りをお願いしております。

・対象：正社員・契約社員 約1,200名
・希望：全店舗利用可、月4回までの都度利用型
・回答期限：11月20日（金）

各社の見積書をPDFでお送りいただけますでしょうか。
{SIG_OKOCHI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing gyms visible to each other in To (相見積り): should have been Bcc",
)

add(
    sender=MIWA, to=["ウェルステップ 開発 柴田様 <shibata@wellstep.co.jp>"],
    cc=["リズムテック 連携担当 <data@rhythmtech.jp>"],
    subject="端末連携の三者打合せ（11/5）アジェンダ", charset="utf-8",
    body=f"""柴田様
（cc：リズムテック 連携ご担当者様）

三輪です。11/5（木）15:00 からの三者打合せのアジェンダをお送りします。

1. RB-200 → ウェルステップ への歩数連携（API v3 移行）
2. 睡眠データ項目のマッピング（sleep_stage の値域）
3. 障害時の連絡フロー

会議URLは別途お送りします。
{SIG_MIWA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external vendors in To/Cc: an ordinary three-way meeting mail",
)

add(
    sender=TADO,
    to=["ヨガ講師 森川さん <morikawa.yoga@gmail.com>", "ピラティス講師 <pilates.aki@yahoo.co.jp>",
        "ストレッチ講師 上条さん <kamijo.stretch@icloud.com>"],
    subject="社内リフレッシュレッスン（12月）のご相談", charset="iso-2022-jp",
    body=f"""講師の皆さま

いつもありがとうございます。日の出産業の田所です。
12月の昼休みリフレッシュレッスンの担当日を決めたく、ご都合をお聞かせください。

　12/2（水）・12/9（水）・12/16（水）　各回 12:10-12:40

ご希望の日を2つまで、今週中にお返事いただけますと助かります。
{SIG_TADO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons' free-mail addresses visible to each other",
)

add(
    sender=TADO, to=["ヨガ講師 森川さん <morikawa.yoga@gmail.com>"],
    subject="12/9 ヨガレッスンのご確認", charset="utf-8",
    body=f"""森川さん

田所です。12/9（水）12:10-12:40 のヨガレッスン、よろしくお願いいたします。
会場は本社7F 大会議室、ヨガマットは20枚こちらでご用意します。
講師料 22,000円（税込）は、レッスン翌月末にお振込みいたします。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, a booking confirmation",
)

_p = people(6)
_t = [["氏名", "賞", "金額", "振込先"]]
for p, prize in zip(_p, ["金賞", "銀賞", "銅賞", "敢闘賞", "敢闘賞", "新人賞"]):
    bank, br = rng.choice(_BANKS)
    _t.append([p["name"], prize, {"金賞": "30,000", "銀賞": "20,000", "銅賞": "10,000"}.get(prize, "5,000"),
               f"{bank} {br} 普通 {rng.randrange(10**6, 10**7)}"])
add(
    sender=NOGU, to=["給与計算センター 日の出産業担当 <hinode-team@kyuyo-bpo.co.jp>"],
    subject="健康チャレンジ賞金の支給（11月給与で精算）", charset="cp932",
    body=f"""給与計算センター ご担当者様

労務課の野口です。健康チャレンジの賞金を11月給与とは別に振込支給したく、
対象者と振込先をお知らせします（給与振込口座と同じです）。

{table(_t, [14, 8, 8, 40])}

課税区分は一時所得ではなく給与扱いでお願いします。
{SIG_NOGU}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six employees' bank accounts to the payroll outsourcer",
)

add(
    sender=OKOCHI, to=["リズムテック 経理部 <keiri@rhythmtech.jp>"],
    subject="請求書 RT-INV-2026-0977 の金額について", charset="utf-8",
    body=f"""リズムテック 経理部 ご担当者様

日の出産業 総務部の大河内です。
請求書 RT-INV-2026-0977（登録番号 {RHYTHM_T_NO}）について確認させてください。
RB-200 の単価が見積書 RT-Q-2026-0412 では 8,800円ですが、請求書では 9,680円となっています。
税込・税抜の違いかと思いますが、ご確認いただけますでしょうか。

お振込先（みどり銀行 日本橋支店 当座 0012345 カ）リズムテック）は変更なしと理解しております。
{SIG_OKOCHI}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice query: the vendor's T-number and company bank account, no person",
)

_p = people(25)
add(
    sender=MORI, to=["メンタルコンパス 運用担当 <ops@mentalcompass.co.jp>"],
    subject="未受検者へのリマインド送信のお願い", charset="cp932",
    body=f"""メンタルコンパス 運用ご担当者様

森下です。ストレスチェックの受検期限が迫っていますので、
未受検者へのリマインドメール送信をお願いします。対象者をCSVで添付します。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "未受検者_1026.csv", "encoding": "cp932",
                  "rows": [["社員番号", "氏名", "所属", "メールアドレス"]]
                  + [[p["emp"], p["name"], p["dept"], p["mail"]] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="25 employees with e-mail addresses in a CP932 CSV",
)

_p = people(3)
_q = "\n".join(f"> ・{p['dept']} {p['name']} 様（高ストレス）" for p in _p)
add(
    sender=MORI, to=["メンタルコンパス 運用担当 <ops@mentalcompass.co.jp>"],
    subject="Re: 面接指導申出者の件", charset="utf-8",
    body=f"""運用ご担当者様

ご連絡ありがとうございます。産業医面談の日程を調整のうえ、来週中にご回答します。
{SIG_MORI}

-----Original Message-----
差出人: メンタルコンパス 運用担当 <ops@mentalcompass.co.jp>
送信日時: 2026年10月28日 16:20
宛先: 森下 彩 <morishita.aya@{D}>
件名: 面接指導申出者の件

森下様

今回、面接指導の申出があったのは次の3名です（本人同意済み）。
{_q}

日程が決まりましたらお知らせください。""",
    expect="pass", entities=[], detectors=[],
    note="the names and results are only in the vendor's own quoted mail",
)

add(
    sender=USAMI, to=["港南内科クリニック 禁煙外来 <kinen@konan-naika.jp>"],
    subject="Re: 初診日のご案内", charset="iso-2022-jp",
    body=f"""港南内科クリニック ご担当者様

初診日のご案内ありがとうございます。本人に伝えました。
1点だけ補足させてください。
本人（東海林さん）は昨年うつ病で3か月休職し、現在も心療内科で抗うつ薬を服用しています。
禁煙補助薬の選択でご配慮いただけますと幸いです。
{SIG_USAMI}

> 日の出産業 宇佐美様
> 東海林様の初診日は 11月4日（水）18:30 となりました。
> 当日は保険証とお薬手帳をお持ちください。""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="reply whose NEW text adds a named person's depression and sick leave",
)

_p = people(4)
add(
    sender=USAMI, to=[f"eisei-iinkai@{D}"],
    subject="第7回 衛生委員会 議事録（案）", charset="utf-8",
    body=f"""衛生委員会 各位

第7回衛生委員会の議事録（案）です。修正があれば金曜までにお知らせください。

1. 長時間労働者の状況（9月）
　・月80時間超：4名（{_p[0]['sei']}、{_p[1]['sei']}、{_p[2]['sei']}、{_p[3]['sei']}）全員に面接指導実施済み
　・{_p[0]['sei']}さんは不眠の訴えあり、産業医より専門医受診を勧奨
2. 休業者の状況
　・メンタルヘルス不調による休業 2名（うち1名は12月復職予定）
3. 健康経営施策
　・ウォーキングチャレンジ参加率 48%（前年比 +6pt）

以上
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="committee minutes with individual health details, internal list only",
)

_p = people(5)
_l = "\n".join(f"  {p['name']}（{p['dept']}）：{d}、休業開始 {s}" for p, d, s in zip(
    _p, ["うつ病", "適応障害", "腰椎圧迫骨折", "乳がん（治療中）", "自律神経失調症"],
    ["2026/05/11", "2026/07/01", "2026/08/20", "2026/03/02", "2026/09/14"]))
add(
    sender=NOGU, to=[f"sudo.ryosuke@{D}", f"usami.nao@{D}"], cc=["杉浦先生 <sugiura@sugiura-ohc.jp>"],
    subject="休業者の状況（10月末時点）", charset="utf-8",
    body=f"""須藤室長、宇佐美さん
（cc：杉浦先生）

10月末時点の休業者の状況です。

{_l}

復職面談の予定は次回の衛生委員会前に整理します。
{SIG_NOGU}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five employees' diagnoses; the external physician is in Cc",
)

_p = people(6)
_t = [["氏名", "所属", "メール", "再勧奨回数"]]
for p in _p:
    _t.append([p["name"], p["dept"], p["mail"], str(rng.randrange(1, 4))])
add(
    sender=USAMI, to=[f"kanrishoku-osaka@mail.{D}"], cc=[f"morishita.aya@{D}"],
    subject="【大阪支店】健診未受診者への受診勧奨のお願い", charset="iso-2022-jp",
    body=f"""大阪支店 管理職各位

健康推進室の宇佐美です。大阪支店で定期健診がまだの方の一覧です。
12月10日までに受診するよう、声かけをお願いいたします。

{table(_t, [14, 12, 36, 10])}
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="list of six to an internal subdomain (mail.hinode-sangyo.co.jp) only",
)

add(
    sender=USAMI, to=["須藤 亮介 <sudo.ryosuke@hinode-sangyo-co.jp>"],
    subject="ストレスチェック 実施スケジュール（案）", charset="utf-8",
    body=f"""須藤室長

宇佐美です。今年度のストレスチェックのスケジュール案です。

　10/1 　実施通知（社長メッセージ）
　10/5～10/23　受検期間
　11/6 　個人結果通知
　11月中　高ストレス者の面接指導
　12/10　集団分析報告（衛生委員会）

ご確認をお願いします。
{SIG_USAMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp: a hyphen for the dot of the company's own domain",
)

add(
    sender=TADO, to=["人事部 健康管理担当 <kenko@rnidori-ginko.co.jp>"],
    subject="合同チャレンジ 表彰式の進行について", charset="cp932",
    body=f"""みどり銀行 人事部 健康管理ご担当者様

田所です。合同チャレンジの表彰式（11/18 オンライン）の進行表案です。

　16:00　開会・主催挨拶（日の出産業）
　16:05　結果発表（チーム部門）
　16:20　各社代表コメント（各社1分）
　16:30　閉会

御行のコメントご担当者のお名前を事前にいただけますでしょうか。
{SIG_TADO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp: 'rn' homoglyph for 'm' of partner midori-ginko.co.jp",
)

add(
    sender=TADO, to=["人事部 健康管理担当 <kenko@midori-ginko.co.jp>"],
    subject="Re: 合同チャレンジ 表彰式の進行について", charset="utf-8",
    body=f"""みどり銀行 健康管理ご担当者様

ご返信ありがとうございます。コメントは人事部長様にお願いできるとのこと、承知しました。
当日は 15:45 に接続テストを行いますので、少し早めのご入室をお願いいたします。
{SIG_TADO}

> 日の出産業 田所様
> 弊行からのコメントは人事部長が担当いたします。
> みどり銀行 人事部""",
    expect="pass", entities=[], detectors=[],
    note="correct partner domain, event logistics",
)

add(
    sender=MIWA, to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="人事システム 健康データ項目追加の見積依頼", charset="utf-8",
    body=f"""ツバサシステム 保守窓口 ご担当者様

三輪です。人事システム（HR-Core）にウェアラブル連携の項目を追加したく、見積をお願いします。
追加項目：1日平均歩数、平均睡眠時間、アプリ最終ログイン日
画面：社員詳細画面の「健康」タブ
希望納期：2027年3月末
{SIG_MIWA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp: a dropped letter in partner tsubasa-system.jp",
)

add(
    sender=MIWA, to=["ツバサシステム 開発 高野様 <takano@tsubasa-system.jp>"],
    subject="健康データ連携 項目定義書（v0.3）", charset="utf-8",
    body=f"""高野様

三輪です。項目定義書 v0.3 をお送りします。実データは含めていません。
{SIG_MIWA}""",
    attachments=[{"kind": "xlsx", "name": "健康データ連携_項目定義書_v0.3.xlsx",
                  "sheets": {"項目定義": [["健康データ連携 項目定義書 v0.3"], [],
                                          ["No", "項目名", "物理名", "型", "桁", "備考"],
                                          [1, "社員番号", "emp_code", "CHAR", 5, "必須"],
                                          [2, "氏名", "emp_name", "NVARCHAR", 40, "表示用"],
                                          [3, "生年月日", "birth_date", "DATE", 10, "yyyy/mm/dd"],
                                          [4, "1日平均歩数", "steps_avg", "INT", 6, ""],
                                          [5, "平均睡眠時間", "sleep_min_avg", "INT", 4, "分"],
                                          [6, "最終ログイン", "last_login", "DATETIME", 19, ""]],
                             "変更履歴": [["版", "日付", "内容"], ["0.3", "2026/10/30", "睡眠項目を追加"]]}}],
    expect="pass", entities=[], detectors=[],
    note="a field-definition sheet: column names like 氏名・生年月日 but no data",
)

_p = people(1)[0]
add(
    sender=OKOCHI, to=["ルネス スポーツクラブ 法人受付 <corporate@lunes-sports.jp>"],
    subject="健康申告書の内容（入会予定者）", charset="iso-2022-jp",
    body=f"""ルネス スポーツクラブ 法人受付 ご担当者様

大河内です。入会予定者の健康申告書の内容を、本人に代わってお知らせします。

{_p['kana']}（{_p['name']}）
{wareki(_p['y'], _p['m'], _p['d'], 'zen')}生　{zen(_p['phone'])}
既往歴：心筋梗塞（２０２４年、ステント留置）。現在も循環器内科に通院中。
主治医より「軽い有酸素運動は可、高強度は不可」との意見あり。

インストラクターの方にも共有いただけますと幸いです。
{SIG_OKOCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's heart-attack history with 和暦 DOB and full-width phone to a gym",
)

_p = people(1)[0]
add(
    sender=OKOCHI, to=["ルネス スポーツクラブ 法人受付 <corporate@lunes-sports.jp>"],
    subject="法人会員 新規登録1名", charset="utf-8",
    body=f"""ご担当者様

いつもお世話になっております。日の出産業の大河内です。
法人会員の新規登録を1名お願いいたします。

{_p['name']}（{_p['kana']}）／{_p['dob']}生／携帯 {_p['phone']}／利用店舗：神田店

会員証は本社総務部宛にお送りください。
{SIG_OKOCHI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's registration record, no sensitive data: under the list threshold",
)

_p = people(5)
_blocks = "\n\n".join(
    f"【{i}】{p['name']}（{p['age']}歳）\n　既往・持病：{c}\n　緊急連絡先：{p['phone']}（本人）"
    for i, (p, c) in enumerate(zip(_p, ["気管支喘息（吸入薬携帯）", "てんかん（服薬中）", "狭心症（ニトロ携帯）",
                                       "1型糖尿病（インスリン使用）", "人工股関節"]), 1))
add(
    sender=TADO, to=["救護サポート 派遣担当 <haken@kyugo-support.jp>"],
    subject="ウォーキング大会 救護上の留意者リスト", charset="utf-8",
    body=f"""救護サポート 派遣ご担当者様

田所です。10/25 のウォーキング大会で、事前に申告のあった留意者の情報です。
派遣いただく看護師の方に共有をお願いします。

{_blocks}

当日の救護テントはゴール地点に設置します。
{SIG_TADO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five participants' chronic conditions, one block each, to a nurse-dispatch firm",
)

add(
    sender=TADO, to=["救護サポート 派遣担当 <haken@kyugo-support.jp>"],
    subject="看護師派遣のお見積りについて", charset="cp932",
    body=f"""救護サポート ご担当者様

田所です。お見積り（KS-Q-2610-22）ありがとうございました。
看護師2名（8:00～14:00）、AED1台のレンタル込みで発注いたします。
雨天中止の場合のキャンセル料について、前日17時の判断で問題ないか確認させてください。
{SIG_TADO}""",
    expect="pass", entities=[], detectors=[],
    note="an order against a quote number",
)

_p = people(6)
add(
    sender=SUDO, to=["健康経営認定 申請事務局 <shinsei@kenko-keiei-nintei.jp>"],
    subject="【日の出産業】添付資料の差し替えについて", charset="utf-8",
    body=f"""申請事務局 ご担当者様

日の出産業の須藤です。先日提出した補足資料に誤りがありましたので差し替えをお送りします。
「取組実績」シートの数値を修正しました。
{SIG_SUDO}""",
    attachments=[{"kind": "xlsx", "name": "補足資料_取組実績_差替.xlsx",
                  "sheets": {"取組実績": [["健康経営の取組実績（2026年度）"], [],
                                          ["取組", "対象者数", "参加者数", "参加率"],
                                          ["ウォーキングチャレンジ", 1180, 566, "48%"],
                                          ["禁煙プログラム", 276, 12, "4%"],
                                          ["睡眠セミナー", 1180, 214, "18%"]],
                             "面接指導記録": [["長時間労働者 面接指導記録（9月）"], [],
                                              ["氏名", "所属", "時間外", "医師所見", "措置"]]
                             + [[p["name"], p["dept"], f"{rng.randrange(81, 112)}h",
                                 rng.choice(["睡眠障害の疑い", "抑うつ傾向", "高血圧（未治療）", "特記なし"]),
                                 rng.choice(["時間外制限", "通常勤務", "専門医受診勧奨"])] for p in _p]}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a second sheet of the workbook holds six named employees' physician findings",
)

add(
    sender=SUDO, to=["健康経営認定 申請事務局 <shinsei@kenko-keiei-nintei.jp>"],
    subject="補足資料の提出（日の出産業株式会社）", charset="iso-2022-jp",
    body=f"""申請事務局 ご担当者様

日の出産業株式会社の須藤です。ご依頼の補足資料を提出いたします。
数値はすべて全社の集計値です。
{SIG_SUDO}""",
    attachments=[{"kind": "xlsx", "name": "補足資料_日の出産業.xlsx",
                  "sheets": {"基本情報": [["法人名", "日の出産業株式会社"], ["法人番号", HINODE_CORP_NO],
                                          ["従業員数", 1214], ["所在地", "東京都中央区日本橋3-8-14"]],
                             "指標": [["指標", "2024年度", "2025年度", "2026年度"],
                                      ["定期健診受診率", "99.1%", "99.4%", "99.6%"],
                                      ["ストレスチェック受検率", "91.8%", "93.2%", "94.6%"],
                                      ["喫煙率", "25.3%", "23.4%", "22.0%"],
                                      ["運動習慣者比率", "31%", "34%", "38%"]]}}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="company-level statistics and the company's 法人番号 only",
)

_p = people(1)[0]
add(
    sender=USAMI, to=["港南内科クリニック 受付 <uketsuke@konan-naika.jp>"],
    subject="禁煙外来 初診予約（事前登録）", charset="utf-8",
    body=f"""港南内科クリニック 受付ご担当者様

宇佐美です。事前登録に必要とのことで、受診予定者の情報をお送りします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['y'], _p['m'], _p['d'], 'kanji')}
　保険者番号：０６１３９８２７
　被保険者証 記号：{zen(str(rng.randrange(100, 999)))}　番号：{zen(str(rng.randrange(1, 3000)))}

初診は 11月11日（水）18:30 でお願いいたします。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="an employee's health-insurance card 記号・番号 (full-width) to a clinic",
)

_p = people(3)
add(
    sender=MORI, to=["港商工会議所 健康経営セミナー事務局 <seminar@minato-cci.or.jp>"],
    subject="健康経営セミナー（12/3）参加申込", charset="iso-2022-jp",
    body=f"""セミナー事務局 ご担当者様

日の出産業株式会社 人事部の森下です。12/3 の健康経営セミナーに、以下3名で参加を申し込みます。

・{_p[0]['name']}　{_p[0]['mail']}
・{_p[1]['name']}　{_p[1]['mail']}
・森下 彩　morishita.aya@hinode-sangyo.co.jp

参加証は各自のアドレスへお送りください。
{SIG_MORI}""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="three attendees with work e-mail: under five people",
)

_p = people(9)
add(
    sender=MORI, to=["ヘルスエキスポ 運営事務局 <entry@health-expo.jp>"],
    subject="ヘルスケアEXPO 2027 来場事前登録（団体）", charset="utf-8",
    body=f"""運営事務局 ご担当者様

日の出産業の森下です。団体での来場事前登録をお願いします。
指定のフォーマットで9名分をCSVにまとめました。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "団体登録_日の出産業.csv", "encoding": "utf-8",
                  "rows": [["会社名", "部署", "氏名", "フリガナ", "メール", "携帯電話"]]
                  + [["日の出産業株式会社", p["dept"], p["name"], p["kana"], p["mail"], p["phone"]] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine employees' e-mail and mobile numbers in a CSV to an expo organiser",
)

_rows = "\n".join(f"RB-200-BK   RB2-{rng.randrange(100000, 999999)}   {rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}   {b}"
                  for b in ["本社", "本社", "本社", "川口工場", "川口工場", "相模原工場", "相模原工場", "物流センター",
                            "物流センター", "大阪支店", "大阪支店", "名古屋営業所", "仙台営業所", "福岡営業所",
                            "本社", "川口工場", "相模原工場", "大阪支店", "物流センター", "本社"])
add(
    sender=OKOCHI, to=["リズムテック 出荷担当 <shukka@rhythmtech.jp>"],
    subject="拠点宛出荷分の到着確認（20台）", charset="cp932",
    body=f"""出荷ご担当者様

大河内です。拠点宛に出荷いただいた20台、すべて到着を確認しました。

品番        シリアル     伝票番号         納品先
------------------------------------------------------
{_rows}

受領書は本日郵送いたします。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=[],
    note="device serials and tracking numbers per site: looks like a list but holds no people",
)

add(
    sender=NOGU, to=["日の出産業健康保険組合 保健事業課 <hokenjigyo@hinode-kenpo.or.jp>"],
    subject="契約健診機関一覧の確認", charset="utf-8",
    body=f"""保健事業課 ご担当者様

野口です。来年度の契約健診機関の一覧を社内案内用に作成しました。誤りがないかご確認ください。

機関名,所在地,予約電話
西新宿健診センター,東京都新宿区西新宿6-12-3,03-5322-7100
あおぞら健診プラザ,大阪府大阪市北区梅田2-5-18,06-6345-2288
川口中央クリニック,埼玉県川口市栄町3-9-1,048-255-6010
相模原メディカルスクエア,神奈川県相模原市中央区相模原4-3-14,042-752-8800
名駅前健診クリニック,愛知県名古屋市中村区名駅3-26-8,052-583-1150
杜の都健診センター,宮城県仙台市青葉区一番町2-7-17,022-262-4711
博多駅前健康管理センター,福岡県福岡市博多区博多駅前3-2-8,092-472-3300
{SIG_NOGU}""",
    expect="pass", entities=[], detectors=[],
    note="a comma list of clinics (businesses) with addresses and reservation numbers",
)

add(
    sender=HAYAMA, to=["PulseWear Support <support@pulsewear.com>"],
    subject="Re: Sync failures since firmware 4.2.1", charset="utf-8",
    body=f"""Hi Daniel,

Thank you for the quick analysis. We will push firmware 4.2.3 to all bands during the
maintenance window on 14 November (JST 22:00-24:00) and let you know the result.
{SIG_HAYAMA}
{DISC_EN}

On Thu, 5 Nov 2026 at 09:14, Daniel Okafor <support@pulsewear.com> wrote:
> Hello Kenji,
>
> We checked the accounts you listed. The following devices dropped sessions after 02:00:
>   PW4S-3A91C0  user hs0114  last good sync 2026-09-03
>   PW4S-77B2E1  user hs0231  last good sync 2026-09-04
>   PW4S-0C4F9D  user hs0398  last good sync 2026-09-04
>   PW4S-B18E22  user hs0402  last good sync 2026-09-06
>   PW4S-5D6A07  user hs0517  last good sync 2026-09-07
> Firmware 4.2.3 fixes the overnight buffer overflow.
>
> Daniel Okafor, PulseWear Support""",
    expect="pass", entities=[], detectors=[],
    note="English reply; the device list is only in the vendor's quoted text",
)

assert len(MESSAGES) == 100, len(MESSAGES)
