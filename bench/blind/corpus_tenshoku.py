"""Blind evaluation corpus — area: tenshoku (中途採用・人材紹介会社経由の採用).

Mail sent by 日の出産業株式会社's 人事部 (採用グループ・労務), 経理部 and hiring managers
around mid-career hiring through recruiting agencies: 人材紹介会社からの候補者推薦の転送,
書類選考結果, 面接日程調整, 内定条件, リファレンスチェック, 紹介手数料, 入社手続.

Everything here is invented: every person, agency, address, phone number, My Number,
card number and document is fictional.  Written blind, from bench/blind/BRIEF.md,
bench/blind/build.py and shared/SPEC.md only, without reading mailguard's code, rules,
tests or any other corpus file.
"""

from __future__ import annotations

import datetime
import random

from build import card_number, my_number

SEED = 37201
rng = random.Random(SEED)
AREA = "tenshoku"
MESSAGES: list[dict] = []

# -- numbers --------------------------------------------------------------------------

_k_my = 0
_k_card = 0


def next_my_number() -> str:
    global _k_my
    v = my_number(SEED + _k_my)
    _k_my += 1
    return v


def next_card() -> str:
    global _k_card
    v = card_number(SEED + _k_card)
    _k_card += 1
    return v


def corporate_number() -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - s % 9) + "".join(map(str, base))


_ZEN = str.maketrans("0123456789-()/.: ", "０１２３４５６７８９－（）／．：　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def grp4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# -- invented people --------------------------------------------------------------------

_NAMES = [line.split() for line in """\
勅使河原 悠斗 てしがわら ゆうと Teshigawara Yuto
御手洗 沙織 みたらい さおり Mitarai Saori
東海林 健吾 しょうじ けんご Shoji Kengo
五十嵐 遥 いがらし はるか Igarashi Haruka
小鳥遊 蓮 たかなし れん Takanashi Ren
四十物 千尋 あいもの ちひろ Aimono Chihiro
真栄田 翔太 まえだ しょうた Maeda Shota
比嘉 菜々子 ひが ななこ Higa Nanako
久保寺 拓海 くぼでら たくみ Kubodera Takumi
宇佐美 恵理 うさみ えり Usami Eri
鬼頭 大輔 きとう だいすけ Kito Daisuke
百瀬 由佳 ももせ ゆか Momose Yuka
金城 亮太 きんじょう りょうた Kinjo Ryota
漆原 智子 うるしはら ともこ Urushihara Tomoko
西園寺 慎也 さいおんじ しんや Saionji Shinya
古閑 陽菜 こが ひな Koga Hina
大河内 誠 おおこうち まこと Okochi Makoto
栗林 麻衣 くりばやし まい Kuribayashi Mai
天野 俊介 あまの しゅんすけ Amano Shunsuke
鮫島 彩 さめじま あや Samejima Aya
猪俣 和也 いのまた かずや Inomata Kazuya
能登 早紀 のと さき Noto Saki
一ノ瀬 隼 いちのせ はやと Ichinose Hayato
堀之内 理沙 ほりのうち りさ Horinouchi Risa
伊集院 孝 いじゅういん たかし Ijuin Takashi
蛭田 明美 ひるた あけみ Hiruta Akemi
水上 直樹 みなかみ なおき Minakami Naoki
沖田 詩織 おきた しおり Okita Shiori
我妻 聡 わがつま さとし Wagatsuma Satoshi
箕輪 春香 みのわ はるか Minowa Haruka
樋渡 雄一 ひわたし ゆういち Hiwatashi Yuichi
乙部 玲奈 おとべ れな Otobe Rena
柳田 慶 やなぎだ けい Yanagida Kei
杉浦 絵美 すぎうら えみ Sugiura Emi
若狭 仁 わかさ じん Wakasa Jin
粟飯原 紗希 あいはら さき Aihara Saki
田所 翼 たどころ つばさ Tadokoro Tsubasa
神保 奈緒 じんぼ なお Jinbo Nao
泉谷 光 いずみや ひかる Izumiya Hikaru
梶原 由紀 かじわら ゆき Kajiwara Yuki
長嶺 達也 ながみね たつや Nagamine Tatsuya
有働 真由 うどう まゆ Udo Mayu
木暮 圭佑 こぐれ けいすけ Kogure Keisuke
相良 佳奈 さがら かな Sagara Kana
岩城 亘 いわき わたる Iwaki Wataru
鳴海 香織 なるみ かおり Narumi Kaori
土門 修 どもん おさむ Domon Osamu
早乙女 瞳 さおとめ ひとみ Saotome Hitomi
井筒 康平 いづつ こうへい Izutsu Kohei
丹羽 美穂 にわ みほ Niwa Miho
門倉 航 かどくら わたる Kadokura Wataru
三枝 綾乃 さえぐさ あやの Saegusa Ayano
上遠野 学 かどの まなぶ Kadono Manabu
藤ヶ谷 舞 ふじがや まい Fujigaya Mai
設楽 浩二 したら こうじ Shitara Koji
中曽根 愛 なかそね あい Nakasone Ai
保坂 純一 ほさか じゅんいち Hosaka Junichi
八木橋 千夏 やぎはし ちなつ Yagihashi Chinatsu
新垣 悠 あらかき ゆう Arakaki Yu
須藤 陽介 すどう ようすけ Sudo Yosuke
桐山 紗耶 きりやま さや Kiriyama Saya
織田 晴彦 おだ はるひこ Oda Haruhiko
蔵前 大地 くらまえ だいち Kuramae Daichi
籾山 琴音 もみやま ことね Momiyama Kotone
轟 謙太郎 とどろき けんたろう Todoroki Kentaro
朝比奈 恵 あさひな めぐみ Asahina Megumi
""".splitlines()]

_ADDR = [
    ("154-0021", "東京都", "世田谷区", "豪徳寺"), ("177-0041", "東京都", "練馬区", "石神井町"),
    ("135-0061", "東京都", "江東区", "豊洲"), ("166-0004", "東京都", "杉並区", "阿佐谷南"),
    ("223-0061", "神奈川県", "横浜市港北区", "日吉"), ("211-0063", "神奈川県", "川崎市中原区", "小杉町"),
    ("330-0061", "埼玉県", "さいたま市浦和区", "常盤"), ("333-0848", "埼玉県", "川口市", "芝下"),
    ("273-0005", "千葉県", "船橋市", "本町"), ("277-0843", "千葉県", "柏市", "明原"),
    ("183-0022", "東京都", "府中市", "宮西町"), ("194-0013", "東京都", "町田市", "原町田"),
    ("251-0037", "神奈川県", "藤沢市", "鵠沼海岸"), ("530-0041", "大阪府", "大阪市北区", "天神橋"),
    ("464-0850", "愛知県", "名古屋市千種区", "今池"), ("810-0022", "福岡県", "福岡市中央区", "薬院"),
    ("001-0024", "北海道", "札幌市北区", "北二十四条西"), ("980-0871", "宮城県", "仙台市青葉区", "八幡"),
    ("657-0027", "兵庫県", "神戸市灘区", "永手町"), ("606-8267", "京都府", "京都市左京区", "北白川西町"),
    ("305-0031", "茨城県", "つくば市", "吾妻"), ("370-0841", "群馬県", "高崎市", "栄町"),
    ("420-0839", "静岡県", "静岡市葵区", "鷹匠"), ("900-0015", "沖縄県", "那覇市", "久茂地"),
]
_BLDG = ["", "", "", "コーポ桜 203", "メゾン・ド・ソレイユ 501", "グランレジデンス 1104",
         "ハイツ若葉 2F", "パークサイド東 305号室", "ルミエール 12号"]
_FREE = ["gmail.com", "gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
_COMPANIES = ["東邦精機株式会社", "株式会社アステラ物流", "北斗化成株式会社", "株式会社ミナトソフト",
              "三協エンジニアリング株式会社", "株式会社グリーンフィールド", "大和ケミカル株式会社",
              "丸栄商事株式会社", "株式会社ソラリス", "東和電装株式会社", "株式会社ヤマブキ製作所",
              "協和テクノサービス株式会社", "株式会社オリオン食品", "関東メディカル販売株式会社"]
_JOBS = ["生産技術", "品質保証", "設備保全", "法人営業", "経理", "購買", "社内SE", "物流管理",
         "製品開発（機械設計）", "人事労務", "海外営業", "回路設計"]

# names that play a named part in one message's story are kept out of the random draw
_RESERVED = {"漆原", "乙部", "比嘉", "田所", "若狭", "宇佐美", "相良", "神保", "栗林", "保坂", "鳴海",
             "堀之内", "一ノ瀬", "五十嵐", "木暮", "梶原", "長嶺", "設楽", "杉浦", "小鳥遊", "箕輪",
             "四十物", "樋渡", "鮫島", "土門", "籾山", "御手洗", "久保寺"}
_deck: list[list[str]] = []


def person(**over) -> dict:
    """One invented person with contact details (names are drawn without repeats until the pool runs out).

    person(sei="保坂", mei="純一") gives that named character, with matching kana and romaji."""
    global _deck
    named = [n for n in _NAMES if n[0] == over.get("sei") and n[1] == over.get("mei")]
    if named:
        sei, mei, ksei, kmei, rsei, rmei = named[0]
        over = {k: v for k, v in over.items() if k not in ("sei", "mei", "name")}
    else:
        if not _deck:
            _deck = [n for n in _NAMES if n[0] not in _RESERVED]
            rng.shuffle(_deck)
        sei, mei, ksei, kmei, rsei, rmei = _deck.pop()
    dob = datetime.date(rng.randint(1972, 1999), rng.randint(1, 12), rng.randint(1, 28))
    zipc, pref, city, town = rng.choice(_ADDR)
    street = f"{town}{rng.randint(1, 4)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    bldg = rng.choice(_BLDG)
    p = {
        "sei": sei, "mei": mei, "name": f"{sei} {mei}", "kana": f"{ksei} {kmei}",
        "roma": f"{rmei} {rsei}", "ROMA": f"{rsei.upper()} {rmei.upper()}",
        "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "mail": f"{rmei.lower()}.{rsei.lower()}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
        "dob": dob, "age": 2026 - dob.year - (1 if (dob.month, dob.day) > (10, 1) else 0),
        "zip": zipc, "pref": pref, "city": city,
        "addr": f"{pref}{city}{street}" + (f" {bldg}" if bldg else ""),
        "company": rng.choice(_COMPANIES), "job": rng.choice(_JOBS),
        "salary": rng.randrange(420, 980, 10),
    }
    p.update(over)
    return p


def people(n: int) -> list[dict]:
    return [person() for _ in range(n)]


def wareki(d: datetime.date, style: str = "kanji") -> str:
    if d >= datetime.date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{e}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def ymd(d: datetime.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def jdate(d: datetime.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count 2), as people do by eye."""
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(width - w, 1)


# -- the organisation and the people who write ----------------------------------------

ONODERA = "小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>"
HASEBE = "長谷部 剛 <hasebe.tsuyoshi@hinode-sangyo.co.jp>"
KURISU = "栗栖 亮介 <kurisu.ryosuke@hinode-sangyo.co.jp>"
TERANO = "寺ノ下 葵 <teranoshita.aoi@hinode-sangyo.co.jp>"
SAIYO = "日の出産業 採用担当 <saiyo@hinode-sangyo.co.jp>"
ARIMA = "有馬 和彦 <arima.kazuhiko@hinode-sangyo.co.jp>"
OSAKO = "大迫 潤 <osako.jun@hinode-sangyo.co.jp>"

SIG_ONODERA = """\
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 採用グループ
小野寺 美咲（おのでら みさき）
〒103-0027 東京都中央区日本橋二丁目7番1号 日の出ビル8F
TEL：03-5201-4410（直通） FAX：03-5201-4411
Mail：onodera.misaki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HASEBE = """\
--
日の出産業株式会社
人事部 採用グループ 課長　長谷部 剛
〒103-0027 東京都中央区日本橋2-7-1
TEL 03-5201-4400（代表） / 03-5201-4412（直通）
携帯 080-4471-2093"""

SIG_KURISU = """\
----------------------------------------
日の出産業株式会社 人事部 労務グループ
栗栖 亮介  Ryosuke Kurisu
TEL: 03-5201-4415  FAX: 03-5201-4411
kurisu.ryosuke@hinode-sangyo.co.jp
----------------------------------------"""

SIG_TERANO = """\
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
人事部 採用グループ（中途採用担当）
寺ノ下 葵 / Aoi Teranoshita
〒103-0027 東京都中央区日本橋2丁目7番1号
Tel 03-5201-4413　Fax 03-5201-4411
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SAIYO = """\
------------------------------
日の出産業株式会社 人事部 採用担当
saiyo@hinode-sangyo.co.jp
TEL 03-5201-4410（平日 9:00～17:30）
https://www.hinode-sangyo.co.jp/recruit/
------------------------------"""

SIG_ARIMA = """\
--
日の出産業株式会社 技術本部 生産技術部
部長 有馬 和彦
TEL 029-851-3300（つくば工場 代表）"""

SIG_OSAKO = """\
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 経理部 支払グループ
大迫 潤
TEL 03-5201-4420 / FAX 03-5201-4421
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_EN = """\
--
Misaki Onodera
Talent Acquisition, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4410"""

DISC_JA = """\
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """\
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

# -- the outside world (all fictional) ------------------------------------------------

CB = "キャリアブリッジ株式会社 藤堂 様 <todo.k@career-bridge.co.jp>"
CB_KEIRI = "キャリアブリッジ 経理部 <keiri@career-bridge.co.jp>"
NL = "増岡 様 <masuoka@nextlink-hr.jp>"
PS = "白鳥 まどか <shiratori@prosearch-japan.com>"
MJ = "久我 様（みらい人材センター） <kuga.m@mirai-jinzai.co.jp>"
ES = "芦田 様 <ashida@exec-summit.jp>"
TC = "門脇 様 <kadowaki@techcareer-agent.jp>"
PT = "Rachel Lim <rachel.lim@pacifictalent.com>"
RW = "リファレンスワークス 受付 <order@refworks.co.jp>"
SR = "椎名 様（つばき労務） <shiina@tsubaki-sr.jp>"
GY = "みなと行政書士事務所 <info@minato-gyosei.jp>"
CLINIC = "清稜会健診センター 産業保健室 <sangyo@seiryokai-kenshin.or.jp>"
EVENT = "イベントワークス 進行担当 <staff@event-works.co.jp>"
ATS = "さいようクラウド サポート <support@saiyo-cloud.jp>"
HOKEN = "ほけんスクエア 岸 様 <kishi@hoken-square.co.jp>"
TRAVEL = "旅プランニング 法人デスク <corp@tabi-planning.co.jp>"
KAIGI = "会議室プラザ日本橋 <nihonbashi@kaigi-plaza.jp>"
LOGI = "日の出ロジスティクス 人事課 津田 <tsuda.h@hinode-logi.co.jp>"
CONSUL = "HRコンパス 八田 様 <hatta@hr-compass.jp>"
KIRI = "霧島 様 <kirishima@kirishima-consulting.jp>"
NAVI = "転職ナビ 広告営業部 <ad-sales@tenshoku-navi.jp>"
BPO = "けいりサポート 立替精算チーム <seisan@keiri-support.co.jp>"
PAYROLL = "ペイロールパートナーズ 給与計算センター <center@payroll-partners.co.jp>"
SAKURA = "さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"
SAKURA_BQ = "さくらホテル 宴会セールス 森下 <morishita@sakura-hotel.jp>"
SHIRAKAWA = "白川 恭子 <shirakawa.k@shirakawa-law.jp>"


def add(n: int, expect: str, *, sender: str, to: list[str], subject: str, body: str | None = None,
        html: str | None = None, cc: list[str] | None = None, bcc: list[str] | None = None,
        charset: str = "iso-2022-jp", attachments: list[dict] | None = None,
        entities: tuple | list = (), detectors: tuple | list = (), note: str) -> None:
    m: dict = {"id": f"{AREA}-{n:03d}", "sender": sender, "to": list(to), "subject": subject,
               "charset": charset, "expect": expect, "entities": list(entities),
               "detectors": list(detectors), "note": note}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# =====================================================================================
# 001 – 020
# =====================================================================================

_p = people(7)
add(1, "stop", sender=ONODERA, to=[CB],
    subject="【日の出産業】貴社ご紹介候補者の連絡先突合のお願い",
    body=f"""キャリアブリッジ株式会社
藤堂 様

いつもお世話になっております。
日の出産業の小野寺です。

来週から生産技術職の一次面接が始まりますので、採用管理システムに
登録している貴社ご紹介分の候補者情報を出力してお送りいたします。
当日の遅刻・欠席連絡に使いますので、携帯番号・メールアドレスに
変更のある方がいらっしゃいましたら、お手数ですがご指摘ください。

添付：ATS_export_careerbridge_1014.csv（7名分）

どうぞよろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "csv", "name": "ATS_export_careerbridge_1014.csv", "encoding": "cp932",
                  "rows": [["応募者ID", "氏名", "フリガナ", "携帯電話", "メールアドレス", "応募日", "選考ステータス"]]
                  + [[f"A26-{3105 + i}", p["name"], p["kana"], p["tel"], p["mail"],
                      f"2026/09/{rng.randint(10, 30)}", rng.choice(["一次面接調整中", "一次面接確定", "書類通過"])]
                     for i, p in enumerate(_p)]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 7 candidates' names, mobiles and e-mail addresses sent to an agency")

add(2, "pass", sender=TERANO, to=[NL], charset="cp932",
    subject="求人票送付：設備保全エンジニア（つくば工場）",
    body=f"""株式会社ネクストリンク
増岡様

いつも大変お世話になっております。日の出産業の寺ノ下でございます。

先日お打ち合わせでお話しした、つくば工場の設備保全エンジニアの
求人票が社内決裁を通りましたので、添付にてお送りいたします。
年収レンジは前回お伝えした 480～650万円 から変更ございません。

ご推薦の際は、職務経歴書に保全経験年数と扱った設備（プレス、射出成形機等）を
明記いただけますと選考がスムーズです。

何卒よろしくお願い申し上げます。

{SIG_TERANO}

{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "求人票_設備保全エンジニア_つくば.docx", "title": "求人票",
                  "paragraphs": ["求人票", "募集職種：設備保全エンジニア（経験者）",
                                 "勤務地：つくば工場（茨城県つくば市吾妻三丁目）",
                                 "想定年収：480万円～650万円（経験・能力を考慮）",
                                 "仕事内容：生産設備の予防保全計画の立案・実施、突発故障対応、更新工事の立会い",
                                 "応募資格：製造業での設備保全経験3年以上／第二種電気工事士あれば尚可",
                                 "勤務時間：8:30～17:15（交替勤務なし）",
                                 "休日：年間休日121日（土日祝・夏季・年末年始）",
                                 "選考フロー：書類選考 → 一次面接（オンライン可） → 最終面接（工場見学含む）"],
                  "tables": [[["項目", "内容"], ["募集人数", "1名"], ["入社時期", "2027年1月～4月"],
                              ["紹介手数料", "基本契約書に準ずる"]]]}],
    note="job description to one agency; the standard disclaimer only")

add(3, "stop", sender=HASEBE,
    to=["todo.k@career-bridge.co.jp", "masuoka@nextlink-hr.jp", "shiratori@prosearch-japan.com",
        "kuga.m@mirai-jinzai.co.jp", "kadowaki@techcareer-agent.jp"],
    subject="【求人票更新】品質保証課長候補 年収レンジ改定のお知らせ",
    body=f"""人材紹介会社 ご担当者各位

平素より弊社の採用活動にご協力いただき、誠にありがとうございます。
日の出産業 人事部の長谷部です。

現在ご依頼中の「品質保証課長候補（本社／つくば）」につきまして、
下記のとおり条件を改定いたしましたのでお知らせいたします。

　・想定年収：700～850万円　→　750～950万円
　・応募資格：ISO9001 内部監査経験は「必須」から「歓迎」に変更
　・面接回数：3回 → 2回（一次：部長・人事、最終：役員）

改定後の求人票は来週月曜に各社ポータルへ反映いたします。
引き続きご推薦のほど、よろしくお願い申し上げます。

{SIG_HASEBE}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five agencies in To can see each other; should have been Bcc")

add(4, "pass", sender=ONODERA, to=[PS],
    subject="Re: 【ご推薦】品質保証職 堀之内様",
    body=f"""株式会社プロサーチ・ジャパン
白鳥様

お世話になっております。日の出産業の小野寺です。

ご推薦いただいた堀之内様につきまして、書類選考の結果、
ぜひ一次面接にお進みいただきたく存じます。

下記の候補日でご都合はいかがでしょうか。

　① 10/21（水）14:00～15:00
　② 10/23（金）10:00～11:00
　③ 10/26（月）16:00～17:00

面接形式：オンライン（Microsoft Teams、URLは確定後にお送りします）
面接官　：品質保証部 部長 有村、人事部 小野寺

ご本人様へのご連絡をお願いできますと幸いです。

{SIG_ONODERA}
""",
    note="document-screening result and interview slots for one candidate, no personal data")

_p = person(sei="漆原", mei="智子", name="漆原 智子")
add(5, "stop", sender=TERANO, to=[MJ],
    subject="漆原様の選考について（ご確認のお願い）",
    body=f"""株式会社みらい人材センター
久我様

お世話になっております。日の出産業の寺ノ下です。

本日一次面接を行いました漆原 智子様（経理職でご推薦）の件で、
一点ご確認させてください。

面接の中で、ご本人から「前職在籍中の2023年に適応障害と診断され、
約6か月間休職していた。現在は通院も終了している」とのお話がありました。
ご推薦状にはこの点の記載がなかったのですが、貴社では把握されていましたでしょうか。

選考自体は前向きに進めたいと考えておりますが、入社後の業務量の調整について
部門と相談したく、差し支えない範囲で状況をお聞かせいただけますと幸いです。

よろしくお願いいたします。

{SIG_TERANO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="medical history (diagnosis, sick leave) of one named candidate sent to an agency")

_p = people(5)
_quoted = "\n".join(
    f"> {i + 1}. {p['name']}（{p['age']}歳）　現職：{p['company']}　{p['job']}\n>    携帯：{p['tel']}"
    for i, p in enumerate(_p))
add(6, "pass", sender=ONODERA, to=[CB],
    subject="Re: 【キャリアブリッジ】生産技術職 ご推薦5名のご案内",
    body=f"""藤堂様

お世話になっております。日の出産業の小野寺です。
ご推薦ありがとうございます。

2番目の{_p[1]['sei']}様、4番目の{_p[3]['sei']}様について、職務経歴書の詳細版を
拝見したく、ご送付をお願いできますでしょうか。
他の3名の方は部門確認中ですので、今週中にご連絡いたします。

{SIG_ONODERA}

> 日の出産業株式会社
> 小野寺様
>
> いつもお世話になっております。キャリアブリッジの藤堂です。
> 生産技術職（つくば）に以下5名をご推薦いたします。
>
{_quoted}
>
> ご検討のほどよろしくお願いいたします。
""",
    note="the candidate list is only in the quoted text of the agency's own mail; new text has only surnames")

_p = person()
add(7, "stop", sender=ONODERA, to=["有馬部長 <arima.kazuhiko@hinode-sangyou.co.jp>"],
    subject=f"FW: 【キャリアブリッジ】ご推薦：生産技術職 {_p['name']}様",
    body=f"""有馬部長

お疲れ様です。人事の小野寺です。
キャリアブリッジ社から推薦が届きましたので転送いたします。
書類選考のご判断を今週金曜までにいただけますと助かります。

-------- Forwarded Message --------
From: 藤堂 健一 <todo.k@career-bridge.co.jp>
To: onodera.misaki@hinode-sangyo.co.jp
Subject: 【キャリアブリッジ】ご推薦：生産技術職 {_p['name']}様

日の出産業株式会社 小野寺様

下記の方をご推薦いたします。

■氏名　　：{_p['name']}（{_p['kana']}）
■生年月日：{jdate(_p['dob'])}（{_p['age']}歳）
■現住所　：〒{_p['zip']} {_p['addr']}
■携帯　　：{_p['tel']}
■メール　：{_p['mail']}
■現職　　：{_p['company']} 生産技術課（在籍8年）
■希望年収：{_p['salary'] + 50}万円

推薦理由：量産立上げの経験が豊富で、…（以下略）
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="candidate profile meant for an internal manager sent to hinode-sangyou.co.jp (extra letter)")

_p = person()
_mn = next_my_number()
add(8, "stop", sender=KURISU, to=[SR],
    subject="12/1入社者 資格取得届の件",
    body=f"""つばき労務
椎名様

いつもお世話になっております。日の出産業 労務の栗栖です。

12月1日付で中途入社する社員1名について、健康保険・厚生年金の
資格取得届の作成をお願いいたします。

　氏名　　　　：{_p['name']}（{_p['kana']}）
　生年月日　　：{wareki(_p['dob'])}
　住所　　　　：{_p['addr']}
　個人番号　　：{grp4(_mn)}
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　標準報酬月額：41万円（見込み）
　被扶養者　　：なし

入社書類の原本は本日レターパックで発送しております。
よろしくお願いいたします。

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new hire's My Number and basic pension number to the outside labour-law office")

_p = person(sei="乙部", mei="玲奈", name="乙部 玲奈")
add(9, "pass", sender=HASEBE, to=[f"乙部 玲奈 <rena.otobe.0612@gmail.com>"],
    subject="【日の出産業】内定のご連絡と労働条件について",
    body=f"""乙部 玲奈 様

日の出産業株式会社 人事部の長谷部でございます。
先日は最終面接にお越しいただき、誠にありがとうございました。

厳正なる選考の結果、乙部様を採用させていただくことに決定いたしましたので、
ご連絡申し上げます。主な条件は以下のとおりです。

　職種　　：購買（本社 調達部）
　雇用形態：正社員（試用期間3か月、条件変更なし）
　想定年収：620万円
　　　　　　（月給38万円×12か月＋賞与 年2回 計164万円を想定）
　入社日　：2027年1月4日（月）
　勤務地　：本社（東京都中央区日本橋）
　勤務時間：9:00～17:30（フレックスタイム制、コアタイム11:00～14:00）

正式な労働条件通知書は、ご承諾の意思をいただいた後に郵送いたします。
恐れ入りますが、10月30日（金）までにご回答をいただけますでしょうか。
ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_HASEBE}
""",
    detectors=["freemail_recipient"],
    note="offer conditions sent to the candidate herself on free mail; her own details only")

add(10, "stop", sender=ARIMA, to=[KIRI],
    subject="技術面接ご同席のお願い（候補者資料送付）",
    body=f"""霧島様

いつもお世話になっております。日の出産業の有馬です。

来週10/27（火）の技術面接にご同席いただく候補者2名の
履歴書・職務経歴書をお送りします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせします。

当日は13:00に本社8階受付へお越しください。

{SIG_ARIMA}
""",
    attachments=[{"kind": "zip", "name": "候補者資料_1019.zip", "password": "Hn#4821kQ",
                  "files": [{"kind": "docx", "name": "履歴書_候補者A.docx",
                             "paragraphs": ["履歴書", "氏名：鮫島 彩", "携帯：090-5521-0834"]},
                            {"kind": "docx", "name": "職務経歴書_候補者B.docx",
                             "paragraphs": ["職務経歴書", "氏名：土門 修"]}]}],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP of CVs (PPAP) to an outside technical advisor: cannot be inspected")

_p = people(6)
_rows = "\n".join(
    f"{t}  {pad(p['name'], 16)}{p['tel']}" for t, p in zip(
        ["10:00", "10:00", "11:30", "11:30", "14:00", "15:30"], _p))
add(11, "stop", sender=SAIYO, to=[KAIGI], charset="cp932",
    subject="10/24（土）会議室Ｂご利用時の受付対応について",
    body=f"""会議室プラザ日本橋 ご担当者様

お世話になっております。日の出産業株式会社 採用担当です。
10月24日（土）にＢ会議室をお借りしている件でご連絡いたします。

当日は中途採用の面接を行いますが、弊社スタッフが面接中は受付に
おりませんので、来館された方のお名前の確認と、お見えにならない場合の
お電話での確認をお願いできればと存じます。来館予定者は以下のとおりです。

時間   氏名            携帯番号
------------------------------------------
{_rows}
------------------------------------------

追加料金が発生する場合はお知らせください。
よろしくお願いいたします。

{SIG_SAIYO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six candidates' names and mobiles in a padded list to a rental meeting-room company")

_p = people(6)
_res = ["通過", "お見送り", "通過", "お見送り", "お見送り", "通過"]
_cm = ["組込み開発の経験が要件に合致", "マネジメント経験が要件に届かず", "英語力を評価",
       "直近の経験がWeb系中心のため", "希望年収が予算を大きく超過", "前職での品質改善実績を評価"]
add(12, "either", sender=TERANO, to=[TC],
    subject="書類選考結果のご連絡（10/12受付分 6名）",
    body=f"""株式会社テックキャリア
門脇様

お世話になっております。日の出産業の寺ノ下です。
10/12にご推薦いただいた6名の書類選考結果をご連絡いたします。

""" + "\n".join(f"{i + 1}. {p['name']}様（{p['age']}）：{r}　…{c}"
                   for i, (p, r, c) in enumerate(zip(_p, _res, _cm))) + f"""

通過の3名の方には、一次面接の候補日を別途お送りいたします。
引き続きよろしくお願いいたします。

{SIG_TERANO}
""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six names with age and screening result, sent back to the agency that supplied them: a list, but nothing the agency lacks")

add(13, "stop", sender=ONODERA, to=[PS],
    subject="求人票（経理マネージャー）をお送りします",
    body=f"""白鳥様

お世話になっております。日の出産業の小野寺です。
先ほどお電話でお話しした経理マネージャーの求人票を添付いたします。
ご確認のほどよろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "docx", "name": "2027年度_中途採用計画_経理財務.docx",
                  "page_header": "社外秘", "title": "2027年度 中途採用計画（経理財務部門）",
                  "paragraphs": ["【社外秘】2027年度 中途採用計画（経理財務部門）",
                                 "1. 背景：現経理課長の2027年3月退任に伴う後任確保",
                                 "2. 採用予算：年収上限900万円、紹介手数料は1ポジション当たり300万円まで",
                                 "3. 利用エージェント：プロサーチ・ジャパン（第一候補）、ネクストリンク",
                                 "4. 社内候補との比較：内部昇格は時期尚早との判断（人事委員会 9/30）"],
                  "tables": [[["時期", "施策"], ["10月", "エージェント2社に依頼"],
                              ["11月", "書類選考・一次面接"], ["12月", "最終面接・内定"]]]}],
    detectors=["confidential_marking"],
    note="the attachment is the internal hiring plan stamped 社外秘, sent to an agency instead of the job description")

_p = people(4)
add(14, "pass", sender=TERANO, to=[SAKURA_BQ],
    subject="10/29 小会議室「藤」ご利用者のご連絡",
    body=f"""さくらホテル 宴会セールス
森下様

いつもお世話になっております。日の出産業の寺ノ下です。
10月29日（木）に小会議室「藤」で実施する最終面接のご来館者をお知らせします。
フロントでお名前をおっしゃった方を会議室前の待合へご案内いただけますでしょうか。
遅れる場合にご連絡いただく際の番号も併記いたします。

　13:00　{_p[0]['name']} 様　{_p[0]['tel']}
　14:00　{_p[1]['name']} 様　{_p[1]['tel']}
　15:00　{_p[2]['name']} 様　{_p[2]['tel']}
　16:00　{_p[3]['name']} 様　{_p[3]['tel']}

弊社側は役員2名と私の計3名で、12:30に入室いたします。

{SIG_TERANO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four visitors with phone numbers to the hotel hosting the interview: under five records")

_p = person(sei="比嘉", mei="菜々子", name="比嘉 菜々子")
_cc = next_card()
add(15, "stop", sender=SAIYO, to=[SAKURA],
    subject="宿泊予約のお願い（10/22 1泊 シングル1室）",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業株式会社 人事部 採用担当です。
弊社の最終面接にお越しいただく方の宿泊について、下記のとおり予約をお願いいたします。

　宿泊者　　：{_p['name']} 様（ヒガ ナナコ）
　ご連絡先　：{_p['tel']}
　日程　　　：2026年10月22日（木）チェックイン／23日（金）チェックアウト 1泊
　部屋　　　：シングル 禁煙 朝食付き
　お支払い　：法人カードにて事前決済
　　カード番号：{grp4(_cc, '-')}
　　有効期限　：08/29
　　名義　　　：HINODE SANGYO CO LTD

領収書は「日の出産業株式会社」宛でお願いいたします。
予約確認書はこのアドレスにお送りください。

{SIG_SAIYO}
""",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a corporate credit card number written in a hotel booking mail")

add(16, "stop", sender=SAIYO,
    to=["ryota.k1988@gmail.com", "s-mitarai@yahoo.co.jp", "takumi.kubodera@icloud.com",
        "aya-same0413@docomo.ne.jp"],
    subject="【日の出産業】一次面接のご案内（10/27・10/28）",
    body=f"""各位

この度は弊社の中途採用にご応募いただき、誠にありがとうございます。
日の出産業株式会社 人事部 採用担当でございます。

書類選考の結果、皆様に一次面接にお進みいただくこととなりました。
個別にご連絡したお時間にお越しください。

　場所：東京都中央区日本橋2-7-1 日の出ビル 8階 人事部受付
　持ち物：筆記用具、（未提出の方は）職務経歴書
　所要時間：約60分（適性検査15分を含みます）

ご都合が悪くなった場合は、本メールにご返信ください。
皆様にお会いできることを楽しみにしております。

{SIG_SAIYO}
""",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private candidates in To see each other's addresses: should have been Bcc")

_p = people(3)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日：{ymd(p['dob'])}\n　TEL：{p['tel']}\n　E-mail：{p['mail']}"
    f"\n　現職：{p['company']}（{p['job']}）"
    for i, p in enumerate(_p))
add(17, "pass", sender=ONODERA,
    to=[ARIMA, "技術本部 採用窓口 <gijutsu-saiyo@hinode-sangyo.co.jp>"],
    subject="FW: ネクストリンク社よりご推薦3名（生産技術・設備保全）",
    body=f"""有馬部長
技術本部 採用窓口 各位

お疲れ様です。人事の小野寺です。
ネクストリンク社より3名の推薦がありましたので、以下転送いたします。
書類選考のご判断をお願いいたします。

----- 転送メッセージ -----
差出人: 増岡 <masuoka@nextlink-hr.jp>
件名: ご推薦（3名）

{_blocks}

以上、よろしくお願いいたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    note="candidate records forwarded to internal recipients only")

_p = people(8)
add(18, "stop", sender=TERANO, to=[SAKURA], cc=[SAKURA_BQ],
    subject="内定者導入研修（1/5～1/7）宿泊者名簿の送付",
    body=f"""さくらホテル
宿泊予約ご担当者様（Cc：宴会セールス 森下様）

お世話になっております。日の出産業の寺ノ下です。
1月の内定者導入研修の宿泊者名簿をお送りします。
チェックイン時の本人確認にご利用ください。
部屋割りは2枚目のシートのとおりです。

{SIG_TERANO}
""",
    attachments=[{"kind": "xlsx", "name": "宿泊者名簿_20270105.xlsx", "title": "宿泊者名簿",
                  "sheets": {
                      "宿泊者名簿": [["2027年1月 内定者導入研修 宿泊者名簿（日の出産業株式会社）"], [],
                                 ["No", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "喫煙"]]
                      + [[i + 1, p["name"], p["kana"], p["dob"],
                          f"〒{p['zip']} {p['addr']}", p["tel"], "禁煙"] for i, p in enumerate(_p)],
                      "部屋割り": [["部屋", "利用者No"], ["801", "1,2"], ["802", "3,4"], ["803", "5,6"],
                               ["804", "7,8"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX of eight new hires with birth dates, home addresses and mobiles to a hotel")

add(19, "stop", sender=TERANO, to=[SAKURA_BQ],
    subject="研修時のお食事・お部屋について（ご相談）",
    body=f"""森下様

いつもお世話になっております。日の出産業の寺ノ下です。
1月の内定者導入研修の件で、ご相談がございます。

参加者のうち、アフマド・フィルダウス様（マレーシア出身、1月入社予定）は
イスラム教を信仰されているため、
　・研修中の昼食・夕食をハラール対応としていただけないか
　・1日数回、礼拝のための小部屋（10分程度）をお借りできないか
の2点についてご対応可能かお伺いしたく存じます。
ご本人には、ホテル側と調整する旨の了承をいただいております。

追加費用がかかる場合はお見積もりをお願いいたします。

{SIG_TERANO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the religion of a named new hire sent to a hotel (even with consent it is 要配慮個人情報)")

add(20, "pass", sender=HASEBE, to=[NL], charset="cp932",
    subject="人材紹介基本契約書 改定案（秘密保持条項）のご確認",
    body=f"""株式会社ネクストリンク
営業部 増岡様

お世話になっております。日の出産業 人事部の長谷部です。

来年度の契約更新にあたり、弊社法務から人材紹介基本契約書の改定案が
出てまいりましたので、要点をお知らせいたします。

　第12条（秘密保持）
　　…相手方から開示された機密情報を、本契約の目的以外に使用してはならない。
　　現行の「契約終了後2年間」を「契約終了後3年間」に延長。
　第13条（個人情報の取扱い）
　　候補者の個人情報は、本人の同意の範囲内でのみ提供・利用する旨を明記。
　第15条（返金規定）
　　変更なし（入社後3か月以内の自己都合退職：50%返金）

秘密保持契約（NDA）を別途締結するかどうかは、貴社のご意向を伺ってから
決めたいと考えております。条文案は来週、法務から直接お送りいたします。

{SIG_HASEBE}
""",
    note="mail about the agency contract's confidentiality clause (a mention, not a marking)")

# =====================================================================================
# 021 – 040
# =====================================================================================

add(21, "stop", sender=HASEBE, to=["溝口 先生 <mizoguchi@shirakawa-law.co.jp>"],
    subject="内定取消の可否についてご相談",
    body=f"""白川法律事務所
溝口先生

いつも大変お世話になっております。日の出産業 人事部の長谷部です。

中途採用で内定を出している方（32歳・男性、2027年1月入社予定）について、
提出された職務経歴書の記載（前職での役職・在籍期間）が事実と異なることが、
リファレンスチェックの結果判明いたしました。
ご本人は「記載の誤りであり、故意ではない」と説明しています。

このような場合に内定を取り消すことが法的に許容されるか、
また取り消す場合の手順について、ご助言をいただけますでしょうか。
経緯をまとめた資料は、ご都合のよい日時にお持ちいたします。

{SIG_HASEBE}
""",
    detectors=["lookalike_domain"],
    note="partner law firm is shirakawa-law.jp; this goes to shirakawa-law.co.jp (look-alike)")

_dob = datetime.date(1995, 7, 14)
add(22, "stop", sender=KURISU, to=[GY], charset="utf-8",
    subject="在留資格変更許可申請のご依頼（ベトナム国籍・内定者）",
    body=f"""みなと行政書士事務所
ご担当者様

お世話になっております。日の出産業 人事部の栗栖です。
先日お電話でご相談した件、申請のご依頼をさせていただきます。

【申請対象者】
　氏名（ローマ字）：NGUYEN VAN DUC
　氏名（カナ）　　：グエン・ヴァン・ドゥック
　国籍　　　　　　：ベトナム
　生年月日　　　　：{ymd(_dob)}
　在留カード番号　：TK{rng.randint(10000000, 99999999)}EA
　現在の在留資格　：留学（在留期限 2027/03/31）
　旅券番号　　　　：C{rng.randint(1000000, 9999999)}
【変更後】
　技術・人文知識・国際業務（回路設計エンジニアとして2027年4月入社予定）

雇用契約書の写しと会社の登記簿謄本は来週郵送いたします。
必要書類に漏れがあればご指摘ください。

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="residence card and passport numbers of a candidate sent to an outside administrative scrivener")

_t = corporate_number()
add(23, "pass", sender=OSAKO, to=[CB_KEIRI], cc=["todo.k@career-bridge.co.jp"],
    subject="お支払いのご連絡（請求書No. CB-2026-1187）",
    body=f"""キャリアブリッジ株式会社
経理部 御中
（Cc：営業部 藤堂様）

いつもお世話になっております。日の出産業 経理部の大迫です。

下記ご請求につきまして、10月30日（金）に振込予定ですのでご連絡いたします。

　請求書番号　：CB-2026-1187
　登録番号　　：T{_t}
　件名　　　　：人材紹介手数料（9月1日入社 1名分）
　請求金額　　：2,310,000円（うち消費税 210,000円）
　支払予定日　：2026年10月30日
　振込先　　　：みどり銀行 本店営業部 普通 ※請求書記載の口座

振込手数料は弊社負担といたします。
ご不明な点がございましたらご連絡ください。

{SIG_OSAKO}
""",
    entities=["JP_CORPORATE_NUMBER"],
    note="payment notice of an agency fee: invoice and T-number, no person's data")

add(24, "stop", sender=ONODERA, to=[NL], cc=[PS, MJ],
    subject="【募集終了】法人営業（名古屋営業所）ポジションクローズのお知らせ",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業の小野寺です。

ご依頼しておりました「法人営業（名古屋営業所）」につきまして、
このたび採用が決定いたしましたので、本日をもって募集を終了いたします。
選考中の方につきましては、個別にご連絡を差し上げます。

多くの方をご推薦いただき、誠にありがとうございました。
今後ともどうぞよろしくお願いいたします。

{SIG_ONODERA}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing agencies in To/Cc see each other's addresses")

_p = person(sei="田所", mei="翼", name="田所 翼")
add(25, "stop", sender=HASEBE, to=[CB],
    subject="内定保留のご連絡（田所様）",
    body=f"""藤堂様

お世話になっております。日の出産業の長谷部です。
ご推薦いただいた田所 翼様の件で、ご相談させてください。

内定前のリファレンスチェックの結果、田所様が2019年に傷害事件で逮捕され、
罰金刑を受けていたことが判明しました。先日の面談でご本人にも確認し、
事実であるとのことでした。

弊社としては事件の内容と現在の状況を踏まえて慎重に判断したく、
内定の通知はいったん保留とさせていただきます。
貴社でこの件をご存じだったかどうか、お聞かせいただけますでしょうか。

{SIG_HASEBE}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="arrest and criminal record of a named candidate sent to the agency")

add(26, "pass", sender=TERANO, to=[MJ], charset="cp932",
    subject="勤務地一覧（求人票補足）",
    body=f"""久我様

お世話になっております。日の出産業の寺ノ下です。
求人票の「勤務地」について、各事業所の所在地をまとめました。
候補者様へのご説明にお使いください。

事業所          所在地                                  代表電話
-----------------------------------------------------------------------
本社            東京都中央区日本橋2-7-1 日の出ビル        03-5201-4400
つくば工場      茨城県つくば市吾妻3-18-2                  029-851-3300
名古屋営業所    愛知県名古屋市中区錦1-11-20 錦ビル5F      052-231-7810
大阪支店        大阪府大阪市淀川区西中島5-6-9             06-6305-2211
福岡営業所      福岡県福岡市博多区博多駅前3-4-8           092-412-6630

転勤の可能性があるのは本社・大阪支店のみです。

{SIG_TERANO}
""",
    note="a list of the company's own sites with switchboards: business data, not people")

_p = people(6)
_tsv = "\n".join(f"HS{rng.randint(100000, 999999)}\t{ymd(p['dob'], '-')}\t{p['tel'].replace('-', '')}\t{p['addr']}"
                 for p in _p)
add(27, "stop", sender=ONODERA, to=[ATS],
    subject="CSVインポートエラーについて（契約ID: HS-20931）",
    body=f"""さいようクラウド サポートご担当者様

お世話になっております。日の出産業株式会社の小野寺です。
応募者データのCSVインポートで、以下の6行だけエラーになってしまいます。
エラーメッセージは「E-402 不正な値が含まれています」です。

該当行をそのまま貼り付けます（応募者ID／生年月日／携帯／住所 のタブ区切り）。

{_tsv}

生年月日の形式が原因でしょうか。ご確認をお願いいたします。

{SIG_ONODERA}
""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six applicant rows without a name column (ID, birth date, mobile, address) pasted to the ATS vendor")

add(28, "stop", sender=HASEBE, to=["五十嵐 遥 <haruka_igarashi@yahoo.co.jp>"],
    subject="内定通知書の送付",
    body=f"""五十嵐 遥 様

日の出産業株式会社 人事部の長谷部です。
先ほどはお電話にて失礼いたしました。

内定通知書をPDFにてお送りいたします。
ファイルを開く際のパスワードは、お電話でお伝えしたとおり
生年月日の8桁（西暦）です。

ご確認のうえ、同封の承諾書にご署名いただき、11月6日までにご返送ください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "内定通知書_五十嵐様.pdf", "password": "19910503",
                  "lines": ["内定通知書", "五十嵐 遥 様", "貴殿を2027年1月4日付で採用することを内定いたしました。",
                            "想定年収：580万円"]}],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF offer letter to a candidate's free mail: cannot be inspected")

add(29, "pass", sender=ONODERA, to=[CB], cc=["一ノ瀬 隼 <hayato.ichinose.w@gmail.com>"],
    subject="【日程確定】最終面接 11/4（水）15:00～",
    body=f"""キャリアブリッジ 藤堂様
（Cc：一ノ瀬様）

お世話になっております。日の出産業の小野寺です。
一ノ瀬様の最終面接の日程が確定いたしましたのでご連絡いたします。
ご本人様のご希望により、一ノ瀬様にもCcでお送りしております。

　日時：2026年11月4日（水）15:00～16:00
　場所：本社 8階 役員会議室（受付にて「人事部 小野寺」をお呼び出しください）
　面接官：取締役 生産本部長 石動、技術本部 部長 有馬

当日は交通費を実費精算いたしますので、領収書をお持ちください。

{SIG_ONODERA}
""",
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="normal three-way scheduling mail: the agency and the candidate only (two external parties)")

add(30, "stop", sender=HASEBE, to=[ES],
    subject="【極秘】CFO後任候補のサーチご依頼について",
    body=f"""エグゼクティブ・サミット株式会社
芦田様

先日はお時間をいただきありがとうございました。
日の出産業の長谷部です。

ご相談しておりました件、正式にサーチをお願いしたくご連絡いたしました。
現CFOの退任は社内でもまだ一部の役員しか知らない情報ですので、
本件は非公開求人として進めていただけますようお願いいたします。

　ポジション：取締役 CFO（経理・財務・IR管掌）
　時期　　　：2027年6月の株主総会での選任を想定
　想定報酬　：年収2,000～2,500万円
　要件　　　：上場企業でのCFOまたは経理部長経験、M&A実務

候補者のご紹介は、私宛のみにお願いいたします。

{SIG_HASEBE}
""",
    detectors=["confidential_marking"],
    note="subject marked 【極秘】: an undisclosed executive search sent to a search firm")

_p = person(sei="若狭", mei="仁", name="若狭 仁", dob=datetime.date(1991, 6, 18))
add(31, "stop", sender=KURISU, to=[HOKEN], charset="cp932",
    subject="社用車 運転者追加のお願い（営業部）",
    body=f"""ほけんスクエア
岸様

いつもお世話になっております。日の出産業の栗栖です。
11月1日付で中途入社する営業部員が社用車を運転しますので、
フリート契約の運転者登録への追加をお願いいたします。

　氏名　　　　：若狭 仁（ワカサ ジン）
　生年月日　　：{wareki(_p['dob'])}
　運転免許証　：第{rng.randint(30, 30)}{rng.randint(10, 14)}{rng.randint(100000, 999999)}{rng.randint(10, 99)}号
　免許の色　　：ゴールド（有効期限 令和9年7月18日）
　使用車両　　：品川500 さ 12-34（プロボックス）

手続きに必要な書類があればお知らせください。

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a new hire's driving licence number and birth date to an insurance agent")

add(32, "pass", sender=ONODERA, to=[PT], charset="utf-8",
    subject="Final interview for the Overseas Sales Manager role - schedule",
    body=f"""Dear Rachel,

Thank you for introducing Mr. Okafor to us. Our hiring panel was impressed
by his first-round interview and would like to invite him to the final round.

Proposed slots (Japan Standard Time):
  - Wed 28 Oct, 17:00-18:00
  - Thu 29 Oct, 09:00-10:00

The interview will be held on Microsoft Teams with our Managing Director
and the Head of Overseas Sales. I will send the meeting link once a slot
is confirmed. Could you check his availability and let me know?

Best regards,
{SIG_EN}
""",
    note="English scheduling mail to a search firm about one candidate; no personal data")

_p = people(5)
_tr = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{p['company']}</td><td>{p['job']}</td>"
    f"<td>{p['salary']}万円</td><td>{p['tel']}</td></tr>" for p in _p)
add(33, "stop", sender=HASEBE, to=[SHIRAKAWA], charset="utf-8",
    subject="最終面接（11/9）候補者のご案内",
    html=f"""<html><body>
<p>白川先生</p>
<p>いつもお世話になっております。日の出産業 人事部の長谷部です。<br>
社外取締役としてご同席いただく11月9日の最終面接（経営企画室長候補）の候補者は以下の5名です。<br>
当日の進行が遅れた場合、先生から直接ご連絡いただけるよう携帯番号も記載しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><th>年齢</th><th>現職</th><th>職種</th><th>現年収</th><th>携帯</th></tr>
{_tr}
</table>
<p>各候補者の職務経歴書は当日紙でお渡しいたします。<br>何卒よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 採用グループ 課長 長谷部 剛<br>TEL 03-5201-4412</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML table of five candidates (age, employer, salary, mobile) to an outside director at a partner firm")

add(34, "pass", sender=KURISU, to=[GY],
    subject="RE: 在留カード写しの件",
    body=f"""みなと行政書士事務所
ご担当者様

お世話になっております。日の出産業の栗栖です。
ご返送いただいた在留カードの写し、確かに受領いたしました。
原本はご本人に返却済みです。引き続きよろしくお願いいたします。

{SIG_KURISU}

-----Original Message-----
From: みなと行政書士事務所 <info@minato-gyosei.jp>
Sent: Tuesday, October 20, 2026 4:12 PM
To: kurisu.ryosuke@hinode-sangyo.co.jp
Subject: 在留カード写しの件

日の出産業株式会社
栗栖様

お世話になっております。
申請に使用した在留カードの写しを返送いたします。

　氏名：NGUYEN VAN DUC
　在留カード番号：TK{rng.randint(10000000, 99999999)}EA
　在留期間満了日：2027年03月31日

ご確認のほどお願いいたします。
""",
    note="the residence card number appears only in the quoted mail of the recipient itself")

_p = person(sei="宇佐美", mei="恵理", name="宇佐美 恵理")
add(35, "stop", sender=TERANO, to=[MJ], charset="cp932",
    subject="宇佐美様 入社日の件でご相談",
    body=f"""久我様

お世話になっております。日の出産業の寺ノ下です。

12月入社予定の宇佐美 恵理様ですが、入社前健康診断の結果、
心電図で「要精密検査」、血圧も 168/102 と高値の判定が出ております。
産業医からは、精密検査の結果が出るまで入社日を延期するのが望ましいとの
意見がありました。

ご本人には明日私からお電話いたしますが、その前に貴社にも状況を
共有させていただきたく、ご連絡いたしました。
入社日を1月4日に変更する方向でご相談させてください。

{SIG_TERANO}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health check results of a named new hire sent to the agency")

add(36, "stop", sender=HASEBE, to=["安西 部長 <anzai.t@kawasaki-denki.com>"],
    subject="リファレンスのご協力のお願い（日の出産業 長谷部）",
    body=f"""川崎電機株式会社
制御機器事業部 安西部長

突然のご連絡失礼いたします。日の出産業株式会社 人事部の長谷部と申します。
いつも弊社調達部が大変お世話になっております。

このたび弊社の中途採用に応募いただいている相良 佳奈様より、
前職の上司として安西部長のお名前を推薦者に挙げていただきました。
ご本人の同意のもと、在籍時のご様子について15分ほどお話を伺えればと存じます。

ご都合のよい日時を2～3候補お知らせいただけますと幸いです。

{SIG_HASEBE}
""",
    detectors=["lookalike_domain"],
    note="partner 川崎電機 is kawasaki-denki.co.jp; this goes to kawasaki-denki.com (TLD swap)")

_bcc = [person()["mail"] for _ in range(8)]
add(37, "pass", sender=SAIYO, to=["saiyo@hinode-sangyo.co.jp"], bcc=_bcc,
    subject="【日の出産業】キャリア採用 オンライン会社説明会のご案内（11/12）",
    body=f"""キャリア採用にご応募いただいた皆様

このたびは日の出産業株式会社にご関心をお寄せいただき、ありがとうございます。
下記のとおりオンライン会社説明会を開催いたします。

　日時：2026年11月12日（木）19:00～20:00
　形式：Zoom（URLは前日にお送りします）
　内容：事業紹介、中途入社社員との座談会、質疑応答

※本メールはBCCにてお送りしております。
※参加をご希望の方は、11月9日までに本メールへご返信ください。

{SIG_SAIYO}
""",
    detectors=["freemail_recipient"],
    note="eight candidates correctly placed in Bcc; free-mail recipients only warn")

_p = people(5)
_refs = people(5)
add(38, "stop", sender=HASEBE, to=[RW],
    subject="リファレンスチェック実施依頼（5名分）",
    body=f"""株式会社リファレンスワークス
ご担当者様

お世話になっております。日の出産業株式会社の長谷部です。
最終選考中の候補者5名について、リファレンスチェックの実施をお願いいたします。
対象者と推薦者の情報は添付の依頼書にまとめております。
候補者ご本人からは同意書を取得済みです。

納期は11月13日（金）でお願いできますでしょうか。

{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "リファレンスチェック依頼書_日の出産業.docx",
                  "paragraphs": ["リファレンスチェック実施依頼書", "依頼元：日の出産業株式会社 人事部",
                                 "対象者5名、推薦者各1名（下表）"],
                  "tables": [[["No", "候補者氏名", "候補者連絡先", "推薦者氏名", "関係", "推薦者電話", "推薦者メール"]]
                             + [[str(i + 1), p["name"], p["mail"], r["name"],
                                 rng.choice(["前職上司", "前職同僚", "前々職上司"]), r["tel"], r["mail"]]
                                for i, (p, r) in enumerate(zip(_p, _refs))]]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="DOCX table of five candidates and their referees' phones and e-mails to a reference-check vendor")

add(39, "stop", sender=ONODERA, to=[CB],
    subject="一次面接 評価シート送付（3名分）",
    body=f"""藤堂様

お世話になっております。日の出産業の小野寺です。
先週の一次面接3名分の評価シートをお送りいたします。
フィードバックの際にご活用ください。

{SIG_ONODERA}
""",
    attachments=[{"kind": "corrupt", "name": "一次面接評価シート_1023.xlsx"}],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

add(40, "pass", sender=HASEBE, to=["Kogure Keisuke <keisuke.kogure.77@gmail.com>"],
    subject="入社のご案内と提出書類について",
    body=f"""木暮 圭佑 様

日の出産業株式会社 人事部の長谷部です。
このたびは内定をご承諾いただき、誠にありがとうございます。
入社日（2027年1月4日）までの流れと、ご用意いただく書類をお送りいたします。
詳細は添付の「入社のご案内」をご確認ください。

ご不明点はお気軽にご連絡ください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "入社のご案内.docx",
                  "paragraphs": ["入社のご案内", "1. 入社日：2027年1月4日（月）9:00 本社8階 人事部",
                                 "2. ご提出書類（入社日にご持参ください）",
                                 "　・マイナンバーカード（または通知カード）の写し",
                                 "　・年金手帳または基礎年金番号通知書の写し",
                                 "　・源泉徴収票（2026年分、前職発行のもの）",
                                 "　・給与振込口座の届出書（同封の様式）",
                                 "　・運転免許証の写し（社用車を運転する方のみ）",
                                 "3. 入社前健康診断：12月中に指定の医療機関で受診してください",
                                 "※個人番号は法令で定められた社会保険・税の手続きにのみ利用します。"]}],
    detectors=["freemail_recipient"],
    note="onboarding guide mentions マイナンバー and 運転免許証 as documents to bring, no numbers")

# =====================================================================================
# 041 – 060
# =====================================================================================

_p = people(6)
_fee_rows = []
for p in _p:
    base = p["salary"] * 10000
    _fee_rows.append([p["name"], rng.choice(["2026/04/01", "2026/05/01", "2026/06/01", "2026/07/01", "2026/09/01"]),
                      p["job"], base, "35%", int(base * 0.35)])
add(41, "stop", sender=OSAKO, to=[CB_KEIRI],
    subject="上期 紹介手数料のご請求内容照合について",
    body=f"""キャリアブリッジ株式会社
経理部 ご担当者様

お世話になっております。日の出産業 経理部の大迫です。
上期（4～9月）にご請求いただいた紹介手数料について、
弊社側の記録と照合した一覧をお送りします。
5行目の方の理論年収が請求書と一致しておりませんので、ご確認をお願いします。

{SIG_OSAKO}
""",
    attachments=[{"kind": "xlsx", "name": "紹介手数料照合_2026上期.xlsx",
                  "sheets": {"照合": [["2026年度上期 紹介手数料 照合表（キャリアブリッジ株式会社 様）"],
                                    ["作成：日の出産業 経理部", "", "", "", "", ""],
                                    ["氏名", "入社日", "職種", "理論年収（円）", "料率", "手数料（税抜）"]]
                                   + _fee_rows}}],
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six hires' names with hire dates and salaries (employee data) in an XLSX to the agency")

add(42, "pass", sender=HASEBE, to=[NL],
    subject="返金規定の適用について（設楽様）",
    body=f"""増岡様

お世話になっております。日の出産業の長谷部です。

9月1日に入社された設楽様ですが、ご本人の申し出により
10月31日付で自己都合退職されることになりました。
入社後3か月以内の退職となりますので、基本契約書第15条の返金規定
（紹介手数料の50%）の適用をお願いしたく存じます。

返金額の算定と、返金方法（相殺か振込か）についてご相談させてください。

{SIG_HASEBE}
""",
    note="refund clause for one early leaver; no personal data beyond the name")

_p = person()
_sp = person(sei=_p["sei"])
_ch = person(sei=_p["sei"], dob=datetime.date(2019, 2, 11))
add(43, "stop", sender=KURISU, to=[PAYROLL], charset="utf-8",
    subject="12月入社者の扶養情報（源泉・年末調整用）",
    body=f"""ペイロールパートナーズ 給与計算センター
ご担当者様

お世話になっております。日の出産業の栗栖です。
12月1日入社者1名の扶養控除等申告書の内容をExcelにまとめましたので、
給与システムへの登録をお願いいたします。

{SIG_KURISU}
""",
    attachments=[{"kind": "xlsx", "name": "扶養情報_202612入社.xlsx",
                  "sheets": {"扶養控除等申告": [["区分", "氏名", "続柄", "生年月日", "個人番号", "所得見込"],
                                           ["本人", _p["name"], "本人", ymd(_p["dob"]), next_my_number(), ""],
                                           ["配偶者", f"{_p['sei']} {_sp['mei']}", "妻", ymd(_sp["dob"]), next_my_number(), "0"],
                                           ["扶養親族", f"{_p['sei']} {_ch['mei']}", "長男", ymd(_ch["dob"]), next_my_number(), "0"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="My Numbers of a new hire and his dependants in an XLSX to a payroll outsourcer")

add(44, "stop", sender=HASEBE,
    to=["安西 部長 <anzai.t@kawasaki-denki.co.jp>", "宮坂 様 <miyasaka@astera-butsuryu.co.jp>",
        "Shinoda <shinoda.masao.1958@gmail.com>"],
    subject="相良 佳奈様のリファレンスのお願い",
    body=f"""推薦者の皆様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の長谷部と申します。

弊社の中途採用に応募いただいている相良 佳奈様より、推薦者として
皆様のお名前を挙げていただきました（ご本人の同意を得ております）。
お一人15分程度、お電話またはオンラインでお話を伺えますと幸いです。

ご都合のよい日時を、本メールへのご返信でお知らせください。
よろしくお願い申し上げます。

{SIG_HASEBE}
""",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three referees from three parties in To see each other: should have been separate mails or Bcc")

_p = people(6)
_lines = "\n".join(f"{pad(p['name'], 14)}{ymd(p['dob'])}  {p['tel']}  {p['addr']}" for p in _p)
add(45, "pass", sender=TERANO, to=["人事オペレーション <hr-ops@mail.hinode-sangyo.co.jp>"],
    subject="1月入社者 社員マスタ登録依頼",
    body=f"""人事オペレーション ご担当各位

お疲れ様です。採用グループの寺ノ下です。
1月4日入社予定の6名について、社員マスタへの登録をお願いします。

氏名          生年月日    携帯           住所
------------------------------------------------------------------------
{_lines}

配属先は別途、人事異動発令で共有いたします。
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    note="new hires' list to an internal subdomain (mail.hinode-sangyo.co.jp): all recipients internal")

_p = people(5)
_bul = "\n".join(f"・{p['name']}様　{p['tel']}　{p['mail']}　希望：{p['job']}" for p in _p)
add(46, "stop", sender=SAIYO, to=[EVENT],
    subject="11/14 キャリアフェア 個別面談 予約者のご連絡",
    body=f"""イベントワークス 進行ご担当者様

お世話になっております。日の出産業 採用担当です。
11月14日のキャリアフェアで、弊社ブースの個別面談を事前予約された方を
お知らせします。当日、受付での照合にご利用ください。

{_bul}

上記以外の方は当日受付順でご案内いただいて構いません。

{SIG_SAIYO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five visitors' names, mobiles and e-mails in 「・」 bullets to an event company")

add(47, "pass", sender=ONODERA, to=[PS],
    subject="一次面接の面接官について",
    body=f"""白鳥様

お世話になっております。日の出産業の小野寺です。
候補者様へのご案内用に、一次面接の面接官をお知らせいたします。

　・品質保証部 部長　　有村 康弘
　・品質保証部 課長　　柴崎 恵子
　・人事部 採用グループ 小野寺 美咲

面接官は変更になる場合がございますので、その際は改めてご連絡します。

{SIG_ONODERA}
""",
    note="names and titles of the company's own interviewers: no personal data")

_p = person(sei="神保", mei="奈緒", name="神保 奈緒")
add(48, "stop", sender=KURISU, to=[CLINIC],
    subject="障害者雇用枠 入社予定者の就業上の配慮について（ご相談）",
    body=f"""清稜会健診センター 産業保健室
産業医 小早川先生

いつもお世話になっております。日の出産業 人事部の栗栖です。

2027年1月に障害者雇用枠で入社予定の神保 奈緒さん（経理部配属予定）について、
入社前にご相談させてください。

　・精神障害者保健福祉手帳 2級（双極性障害）
　・現在も月1回通院、服薬中
　・ご本人の希望：当面は時短勤務（6時間）、繁忙期の残業免除

面談の際に先生からもご意見をいただければと存じます。
12月中旬で30分ほどお時間をいただけますでしょうか。

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named new hire's disability and diagnosis sent to an outside occupational physician")

_p = people(5)
_inner = "\n\n".join(
    f"{i + 1}. {p['name']}（{p['kana']}）\n　生年月日 {wareki(p['dob'], 'abbr')}　{p['age']}歳\n"
    f"　携帯 {p['tel']} / {p['mail']}\n　現職 {p['company']}　{p['job']}"
    for i, p in enumerate(_p))
add(49, "stop", sender=HASEBE, to=[LOGI],
    subject="FW: 物流管理職 ご推薦5名（ネクストリンク）",
    body=f"""日の出ロジスティクス 人事課
津田様

お疲れ様です。本社人事の長谷部です。
先日お話しした物流管理職の件、ネクストリンク社から本社宛に推薦が来ましたが、
勤務地を考えると御社での採用の方が合いそうですので、元のメールを添付で転送します。
ご検討ください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "eml", "name": "ご推薦5名（物流管理職）.eml",
                  "message": {"sender": "増岡 <masuoka@nextlink-hr.jp>",
                              "to": ["hasebe.tsuyoshi@hinode-sangyo.co.jp"],
                              "subject": "ご推薦5名（物流管理職）", "charset": "iso-2022-jp",
                              "body": f"""日の出産業株式会社
長谷部様

いつもお世話になっております。ネクストリンクの増岡です。
物流管理職に以下5名をご推薦いたします。

{_inner}

よろしくお願いいたします。
"""}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="an agency mail with five candidate records forwarded as .eml to a group company on its own (external) domain")

add(50, "either", sender=HASEBE, to=["石丸 課長 <ishimaru@kawasaki-denko.co.jp>"],
    subject="リファレンスのお願い（日の出産業 人事部）",
    body=f"""川崎電工株式会社
品質管理部 石丸課長

お世話になります。日の出産業株式会社 人事部の長谷部と申します。

弊社の中途採用に応募されている方から、推薦者として石丸課長のお名前を
挙げていただきました。候補者ご本人の同意は取得済みです。
お電話で15分ほど、在籍時のご様子を伺えないでしょうか。

よろしくお願いいたします。

{SIG_HASEBE}
""",
    detectors=["lookalike_domain"],
    note="川崎電工 (kawasaki-denko.co.jp) is a real other company but one letter from partner kawasaki-denki.co.jp")

add(51, "stop", sender=HASEBE, to=[PS],
    subject="経理マネージャー 年収条件の件",
    body=f"""白鳥様

お世話になっております。日の出産業の長谷部です。
先日ご相談いただいた、候補者様の年収条件の件です。
弊社の等級別給与レンジを添付いたしますので、
M2等級での提示となる前提でご本人とお話しいただけますでしょうか。

{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "等級別給与レンジ_2026.xlsx", "page_header": "部外秘",
                  "title": "等級別給与レンジ（人事部外秘）",
                  "sheets": {"管理職": [["【部外秘】2026年度 等級別給与レンジ（管理職）"],
                                     ["等級", "月額下限", "月額上限", "賞与目安（月数）", "想定年収"],
                                     ["M1", 520000, 600000, 4.5, "860～990万"],
                                     ["M2", 600000, 690000, 4.8, "1,010～1,160万"],
                                     ["M3", 690000, 800000, 5.0, "1,170～1,360万"]],
                             "一般職": [["等級", "月額下限", "月額上限"], ["S1", 230000, 280000],
                                     ["S2", 270000, 340000], ["S3", 330000, 420000]]}}],
    detectors=["confidential_marking"],
    note="internal salary table stamped 部外秘 (header and title row) sent to an agency")

add(52, "pass", sender=ONODERA, to=[PT], charset="utf-8",
    subject="Re: Candidate profile - Overseas Sales Manager",
    body=f"""Hi Rachel,

Thank you, we have reviewed the profile. We would like to move forward
with a first-round interview. I will send you some time slots tomorrow.

Best regards,
Misaki

On Tue, Oct 13, 2026 at 9:12 AM Rachel Lim <rachel.lim@pacifictalent.com> wrote:
> Dear Misaki,
>
> Please find below the profile of the candidate we discussed.
>
>   Name:     Daniel Okafor
>   Mobile:   +81 80-3391-7725
>   Email:    d.okafor.jp@gmail.com
>   Current:  Regional Sales Lead, Solaris Japan K.K.
>   Salary:   JPY 11.5M
>
> He is available for interviews from next week.
>
> Kind regards,
> Rachel Lim
> Pacific Talent Partners
""",
    note="the candidate's details appear only in the quoted text from the recipient herself")

_p = people(3)
add(53, "stop", sender=ONODERA, to=["有村 部長 <arimura.y@hinode-sangyo.jp>"],
    subject="品質保証職 一次面接の評価まとめ",
    body=f"""有村部長

お疲れ様です。人事の小野寺です。
昨日の一次面接3名の評価をまとめました。

| 氏名 | 年齢 | 評価 | コメント |
|---|---|---|---|
| {_p[0]['name']} | {_p[0]['age']} | A | 監査対応の経験が豊富、次回役員面接へ |
| {_p[1]['name']} | {_p[1]['age']} | B | 知識は十分、リーダー経験がやや不足 |
| {_p[2]['name']} | {_p[2]['age']} | C | 志望動機が不明確 |

最終面接に進める方を今週中にお知らせください。
""",
    entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="internal evaluation meant for a manager sent to hinode-sangyo.jp (co. dropped: look-alike of the own domain)")

_cc = next_card()
_t = corporate_number()
add(54, "stop", sender=TERANO, to=[NAVI],
    subject="求人広告掲載 申込書の送付（2026年11月号）",
    body=f"""転職ナビ 広告営業部
ご担当者様

お世話になっております。日の出産業の寺ノ下です。
11月掲載分の申込書をお送りします。
今回はクレジットカード決済でお願いいたします（申込書に記入済み）。

{SIG_TERANO}
""",
    attachments=[{"kind": "pdf", "name": "掲載申込書_日の出産業_202611.pdf",
                  "lines": ["転職ナビ 求人広告掲載申込書", "",
                            "申込企業：日の出産業株式会社", f"法人番号：{_t}",
                            "所在地：東京都中央区日本橋2-7-1",
                            "ご担当：人事部 寺ノ下 葵（03-5201-4413）", "",
                            "掲載プラン：スタンダード4週間（商品コード TN-STD-04）",
                            "掲載職種：設備保全エンジニア／品質保証",
                            "金額：880,000円（税込）", "",
                            "お支払方法：クレジットカード",
                            f"カード番号：{grp4(_cc)}", "有効期限：11/28",
                            "カード名義：AOI TERANOSHITA"]}],
    entities=["CREDIT_CARD", "JP_CORPORATE_NUMBER"], detectors=["personal_data"],
    note="PDF application form carrying a credit card number, sent to a job-ad media company")

add(55, "pass", sender=TERANO, to=[TC],
    subject="長嶺様 内定承諾のご連絡",
    body=f"""門脇様

お世話になっております。日の出産業の寺ノ下です。
長嶺様より本日、内定承諾書を受領いたしました。
ご尽力いただき誠にありがとうございました。

入社日は2027年1月4日（月）で確定となります。
入社までの手続きは弊社から直接ご本人にご案内いたしますが、
何かございましたら引き続きご協力をお願いいたします。

{SIG_TERANO}
""",
    note="offer accepted notice to the agency: a name and a start date only")

_p = person()
add(56, "stop", sender=SAIYO, to=[TRAVEL], charset="utf-8",
    subject="航空券手配のお願い（シンガポール⇔羽田 往復）",
    body=f"""旅プランニング 法人デスク ご担当者様

いつもお世話になっております。日の出産業 人事部 採用担当です。
シンガポール在住の候補者の最終面接のため、航空券の手配をお願いいたします。

搭乗者氏名（旅券記載）：{_p['ROMA']}
生年月日　　　　　　　：{ymd(_p['dob'])}
旅券番号　　　　　　　：T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}
旅券有効期限　　　　　：2031/05/20
往路：11月8日（日）SIN→HND 夜便
復路：11月11日（水）HND→SIN 午前便
座席：エコノミー（通路側希望）

請求書は人事部宛でお願いいたします。

{SIG_SAIYO}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="a candidate's passport number and birth date sent to a travel agency")

_cc_list = [person()["mail"] for _ in range(6)]
add(57, "stop", sender=TERANO, to=["saiyo@hinode-sangyo.co.jp"], cc=_cc_list,
    subject="内定者懇親会のご案内（12/11 金）",
    body=f"""2027年1月入社予定の皆様

こんにちは。日の出産業 人事部の寺ノ下です。
入社前に同期の皆さん同士で顔を合わせていただく機会として、
下記のとおり懇親会を開催いたします。

　日時：12月11日（金）18:30～20:30
　場所：日本橋駅近くの飲食店（詳細は追ってご連絡します）
　費用：会社負担

出欠を12月1日までに、このメールへの返信でお知らせください。

{SIG_TERANO}
""",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="six future hires' private addresses in Cc: should have been Bcc")

add(58, "pass", sender=KURISU, to=[SHIRAKAWA], cc=[SR],
    subject="雇用契約書ひな形（中途採用用）改定の打合せ日程",
    body=f"""白川先生
（Cc：つばき労務 椎名様）

いつもお世話になっております。日の出産業の栗栖です。
中途採用者向け雇用契約書ひな形の改定につき、三者で打合せをお願いしたく存じます。

候補日：
　11/17（火）10:00～11:00
　11/19（木）15:00～16:00
　11/20（金）13:00～14:00

場所は弊社本社8階会議室、またはTeamsでも結構です。
ご都合をお知らせいただけますと幸いです。

{SIG_KURISU}
""",
    detectors=["multiple_external_domains"],
    note="two external organisations (law firm and labour-law office) in a normal meeting mail")

_p = people(5)
_csv = "\n".join(f"{p['name']},{p['kana']},{ymd(p['dob'])},{p['tel']}" for p in _p)
add(59, "stop", sender=ONODERA, to=[MJ], charset="cp932",
    subject="重複応募の確認のお願い",
    body=f"""久我様

お世話になっております。日の出産業の小野寺です。

弊社の採用サイトへ直接応募があった方のうち、貴社にもご登録があるかもしれない方が
5名おりますので、紹介手数料の扱いを確認させてください。
（システムから出力したものをそのまま貼り付けています）

氏名,フリガナ,生年月日,電話番号
{_csv}

貴社経由でのご推薦予定がある方がいらっしゃいましたら、今週中にお知らせください。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="comma-separated list of five direct applicants (birth dates, phones) pasted to an agency")

add(60, "pass", sender=ARIMA, to=[KIRI],
    subject="パスワードのお知らせ",
    body=f"""霧島様

先ほどお送りした「候補者資料_1019.zip」のパスワードをお知らせします。

　パスワード：Hn#4821kQ

よろしくお願いいたします。

{SIG_ARIMA}
""",
    note="the separate password mail of a PPAP exchange: no attachment, no personal data")

# =====================================================================================
# 061 – 080
# =====================================================================================

add(61, "pass", sender=HASEBE, to=["梶原 由紀 <yuki.kajiwara@icloud.com>"],
    subject="機密保持誓約書のご提出について",
    body=f"""梶原 由紀 様

日の出産業株式会社 人事部の長谷部です。
入社に先立ち、1点お願いがございます。

弊社では、入社されるすべての方に「機密保持誓約書」へのご署名をお願いしております。
前職で締結された秘密保持契約（競業避止義務を含む）がある場合、
弊社での業務と抵触しないか確認させていただきたいため、
差し支えなければ該当条項の写しもあわせてお持ちください。

誓約書の様式は入社日にお渡しします。
ご不明な点があればお気軽にご連絡ください。

{SIG_HASEBE}
""",
    detectors=["freemail_recipient"],
    note="mail to a new hire about signing an NDA: a mention of 機密, not a marking")

_p = person()
add(62, "stop", sender=ARIMA, to=[KIRI],
    subject="FW: 【ネクストリンク】面談メモ（技術職 候補者）",
    body=f"""霧島様

お世話になっております。日の出産業の有馬です。
来週の技術面接の前に、紹介会社の面談メモを共有いたします。
退職理由について面接では深く触れないようご配慮いただけますと幸いです。

---------- Forwarded message ---------
From: 増岡 <masuoka@nextlink-hr.jp>
Date: 2026年10月19日(月) 18:40
Subject: 【ネクストリンク】面談メモ（技術職 候補者）

■候補者：{_p['name']} 様（{_p['age']}歳）
■現職：{_p['company']}　回路設計
■転職理由：
　前職の同僚からストーカー被害を受け、警察に被害届を提出。
　加害者は退職したものの、同じ職場に居づらくなったため転職を決意。
　ご本人はこの件を面接で話すことに抵抗はないとのこと。
■希望年収：{_p['salary']}万円以上
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forwarded memo telling that a named candidate was a crime victim, sent to an outside interviewer")

add(63, "pass", sender=TERANO, to=[NAVI], charset="cp932",
    subject="Re: お見積書（2026年12月掲載）受領のご連絡",
    body=f"""転職ナビ 広告営業部
ご担当者様

お世話になっております。日の出産業の寺ノ下です。
お見積書（No. TN-Q-26-04418）を受領いたしました。

　商品コード TN-STD-04　スタンダード4週間　　 880,000円
　商品コード TN-OPT-SC　スカウトメール300通　　165,000円
　合計　　　　　　　　　　　　　　　　　　　1,045,000円（税込）

社内決裁後、注文書（発注番号 HS-PO-2611-0072）をお送りいたします。
お支払いは前回と同様、請求書払い（翌月末）でお願いいたします。

{SIG_TERANO}
""",
    note="quote, product codes and order number for job advertising: business data only")

_p = person()
add(64, "stop", sender=ONODERA, to=["総務部 発送担当 <hassou@hinode-sanqyo.co.jp>"],
    subject="入社書類の発送依頼（内定者宛）",
    body=f"""総務部 発送担当 御中

お疲れ様です。人事の小野寺です。
内定者宛に入社書類一式をレターパックプラスで発送をお願いします。

　宛先：〒{_p['zip']}
　　　　{_p['addr']}
　　　　{_p['name']} 様
　電話：{_p['tel']}

書類は本日中に総務部の棚（発送予定）に置いておきます。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="internal mailing request sent to hinode-sanqyo.co.jp (q for g homoglyph)")

_p = person()
add(65, "stop", sender=KURISU, to=[SR],
    subject="資格取得届 追加情報（前職の保険証情報）",
    body=f"""椎名様

お世話になっております。日の出産業の栗栖です。
先日ご依頼した12/1入社者の件で、前職の保険証・年金の情報を
本人から入手しましたので、Word にまとめてお送りします。
被扶養者の認定に必要とのことでしたので、よろしくお願いいたします。

{SIG_KURISU}
""",
    attachments=[{"kind": "docx", "name": "入社者情報_追加.docx",
                  "paragraphs": ["入社者情報（追加分）", f"作成日：2026年10月26日　日の出産業 人事部"],
                  "tables": [[["項目", "内容"], ["氏名", _p["name"]], ["フリガナ", _p["kana"]],
                              ["生年月日", wareki(_p["dob"])],
                              ["前職の健康保険証", f"記号 {rng.randint(1000, 9999)}　番号 {rng.randint(10, 999)}（協会けんぽ 東京支部）"],
                              ["保険者番号", f"0113{rng.randint(1000, 9999)}"],
                              ["基礎年金番号", f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"],
                              ["資格喪失日", "2026年11月30日"]]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="health insurance card symbol/number and basic pension number in a DOCX to the labour-law office")

add(66, "pass", sender=ONODERA, to=[CB],
    subject="週次 選考状況のご報告（10/26週）",
    body=f"""藤堂様

お世話になっております。日の出産業の小野寺です。
今週の選考状況をご報告いたします。

　ご推薦数　　：12名（累計 47名）
　書類通過　　：5名
　一次面接実施：4名（うち通過 2名）
　最終面接予定：2名（11/4、11/9）
　内定　　　　：0名

生産技術職はまだ母集団が不足しておりますので、
引き続きご推薦をお願いいたします。

{SIG_ONODERA}
""",
    note="weekly pipeline figures only")

_p = people(5)
add(67, "stop", sender=HASEBE, to=[CONSUL], charset="utf-8",
    subject="採用進捗ご報告資料（定例MTG用）",
    body=f"""HRコンパス
八田様

お世話になっております。日の出産業の長谷部です。
明日の定例ミーティング用の資料をお送りします。
4枚目に最終選考に残っている候補者の一覧を入れております。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "採用進捗報告_202610.pptx",
                  "slides": [["2026年10月 中途採用 進捗報告", "日の出産業株式会社 人事部"],
                             ["サマリー", "応募 138名／書類通過 41名／面接 23名", "内定 3名、承諾 2名"],
                             ["チャネル別", "人材紹介 62%", "ダイレクト応募 24%", "リファラル 14%"],
                             ["最終選考 候補者一覧"] + [f"{p['name']}（{p['age']}）{p['company']}／年収{p['salary']}万／{p['tel']}"
                                                 for p in _p],
                             ["来月の打ち手", "生産技術職の求人票見直し", "スカウト媒体の追加"]]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PPTX slide listing five finalists with employer, salary and mobile, sent to an HR consultant")

add(68, "pass", sender=SAIYO, to=["Sugiura Emi <emi.sugiura0921@gmail.com>"],
    subject="最終面接前日のご宿泊について",
    body=f"""杉浦 絵美 様

日の出産業株式会社 採用担当です。
遠方からお越しいただくため、前日のご宿泊費は弊社で負担いたします。
本社近くのホテルをいくつかご紹介しますので、お好きなところをご予約ください
（1泊12,000円まで、領収書をお持ちください）。

　さくらホテル日本橋　　　東京都中央区日本橋室町1-5-3　　TEL 03-3241-8800
　ホテルリバーサイド茅場町　東京都中央区新川1-2-10　　　TEL 03-3551-2020
　ビジネスイン三越前　　　東京都中央区日本橋本町2-4-1　TEL 03-3270-6611

ご不明な点がございましたらご連絡ください。

{SIG_SAIYO}
""",
    detectors=["freemail_recipient"],
    note="a list of hotels (businesses) sent to one candidate on free mail")

add(69, "stop", sender=ONODERA, to=[PT], charset="utf-8",
    subject="Mr. Hiwatashi - start date",
    body=f"""Dear Rachel,

Thank you for your help with Mr. Yuichi Hiwatashi's offer.

During yesterday's call he told us that he is currently undergoing
chemotherapy for colon cancer and will finish the treatment in February.
He asked whether his start date could be moved from 1 January to 1 April.

Our management is fine with that, but before we confirm it in writing,
could you let us know whether he raised this with you as well?
We want to make sure he is not under any pressure.

Best regards,
{SIG_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's cancer treatment (medical information) sent to a search firm in English")

add(70, "pass", sender=ONODERA, to=[PS],
    subject="Re: 内定辞退のご連絡（堀之内様）",
    body=f"""白鳥様

ご連絡ありがとうございます。日の出産業の小野寺です。
堀之内様の内定辞退の件、承知いたしました。
ご家族の転勤とのことで、致し方ないことと存じます。
ご本人にもどうぞよろしくお伝えください。

ポジションは引き続きオープンとしておりますので、
今後ともご推薦をお願いいたします。

{SIG_ONODERA}

> 日の出産業 小野寺様
> 大変申し訳ございません。堀之内様より、ご家族の転勤が決まったため
> 内定を辞退したいとのご連絡がありました。
""",
    note="declined offer, one name, family reason (not sensitive)")

_p = people(5)
_banks = ["みどり銀行", "東都銀行", "ゆうちょ銀行", "さわやか信用金庫", "北斗銀行"]
add(71, "stop", sender=OSAKO, to=[BPO], charset="cp932",
    subject="面接交通費の振込依頼（10月分）",
    body=f"""けいりサポート 立替精算チーム御中

いつもお世話になっております。日の出産業 経理部の大迫です。
10月に実施した最終面接の交通費（候補者5名分）の振込をお願いいたします。
振込先は添付のExcel（xls）のとおりです。振込日は11/10でお願いします。

{SIG_OSAKO}
""",
    attachments=[{"kind": "xls", "name": "面接交通費_振込依頼_202610.xls",
                  "sheets": {"振込依頼": [["氏名", "カナ", "銀行名", "支店名", "種別", "口座番号", "金額"]]
                                     + [[p["name"], p["kana"], b, rng.choice(["本店", "新宿支店", "大宮支店", "〇一八", "中央支店"]),
                                         "普通", f"{rng.randint(1000000, 9999999)}", str(rng.randrange(3000, 48000, 10))]
                                        for p, b in zip(_p, _banks)]}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five candidates' personal bank accounts in a legacy XLS to an accounting outsourcer")

add(72, "pass", sender=ONODERA, to=[ARIMA],
    subject="FW: 【テックキャリア】候補者資料（パスワード別送）",
    body=f"""有馬部長

お疲れ様です。人事の小野寺です。
テックキャリア社から候補者資料が届きましたので転送します。
パスワードは別途口頭でお伝えします。

-----Original Message-----
From: 門脇 <kadowaki@techcareer-agent.jp>
Subject: 【テックキャリア】候補者資料（パスワード別送）

候補者2名分の資料を添付いたします。パスワードは別メールにてお送りします。
""",
    attachments=[{"kind": "zip", "name": "candidates_1020.zip", "password": "tc-2026-1020",
                  "files": [{"kind": "txt", "name": "resume_1.txt", "text": "職務経歴書\n氏名：籾山 琴音"}]}],
    note="encrypted ZIP forwarded to an internal manager only: all recipients internal")

add(73, "stop", sender=HASEBE, to=[ES], charset="utf-8",
    subject="CFOサーチ 参考資料（組織図）",
    body=f"""芦田様

お世話になっております。日の出産業の長谷部です。
候補者様へのご説明用に、現在の経営管理部門の組織図をお送りします。
レポートライン等、ご不明な点があればお知らせください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "Organization_Chart_Finance_2026.pdf",
                  "page_footer": "CONFIDENTIAL - Internal Use Only", "title": "Organization Chart (Finance)",
                  "lines": ["Hinode Sangyo Co., Ltd. - Corporate Management Division", "",
                            "CFO (vacancy from June 2027)",
                            "  - Accounting Dept. (GM: 38 staff)",
                            "  - Finance & Treasury Dept. (GM: 9 staff)",
                            "  - IR Office (Manager: 3 staff)",
                            "  - Corporate Planning (GM: 11 staff)"]}],
    detectors=["confidential_marking"],
    note="PDF org chart with a 'CONFIDENTIAL - Internal Use Only' footer on every page, sent to a search firm")

add(74, "stop", sender=TERANO,
    to=["staff@event-works.co.jp", "morishita@sakura-hotel.jp", "masuoka@nextlink-hr.jp"],
    subject="【1/23 合同キャリア説明会】会場・運営の打合せについて",
    body=f"""イベントワークス様、さくらホテル 森下様、ネクストリンク 増岡様

お世話になっております。日の出産業の寺ノ下です。
1月23日（土）の合同キャリア説明会について、三社の皆様と一度
打合せをさせていただきたく、まとめてご連絡いたしました。

　・会場レイアウト（宴会場「桜」、ブース8小間）
　・受付・誘導の役割分担
　・当日の集客状況の共有方法

11月第2週でご都合のよい日時をお知らせください。

{SIG_TERANO}
""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To can see each other")

_p = people(1)[0]
_r = people(2)
add(75, "pass", sender=HASEBE, to=[RW],
    subject="リファレンスチェック依頼（1名・推薦者2名）",
    body=f"""リファレンスワークス ご担当者様

お世話になっております。日の出産業の長谷部です。
候補者1名について、リファレンスチェックをお願いいたします。

【候補者】{_p['name']}様（同意取得済み）

【推薦者1】{_r[0]['name']} 様（前職 上司）
　TEL：{_r[0]['tel']}　Mail：{_r[0]['mail']}
【推薦者2】{_r[1]['name']} 様（前職 同僚）
　TEL：{_r[1]['tel']}　Mail：{_r[1]['mail']}

納期は11/20でお願いします。

{SIG_HASEBE}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="two referees' contacts for one candidate to the vendor: under five records")

_p = person()
_mn = next_my_number()
add(76, "stop", sender=KURISU, to=[SR],
    subject=f"FW: 個人番号のご連絡（{_p['name']}）",
    body=f"""椎名様

お世話になっております。日の出産業の栗栖です。
先日不足していた入社者の個人番号、本人から連絡がありましたので転送します。
資格取得届への記載をお願いいたします。

> 差出人: {_p['name']} <{_p['mail']}>
> 送信日時: 2026年10月27日 21:14
> 宛先: kurisu.ryosuke@hinode-sangyo.co.jp
> 件名: 個人番号のご連絡
>
> 日の出産業 栗栖様
> お世話になっております。{_p['name']}です。
> ご依頼のありましたマイナンバーをお送りします。
> 　{zen(grp4(_mn))}
> 通知カードの写しは入社日に持参いたします。
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a new hire's My Number (full-width digits) forwarded to the labour-law office: a forward is new text")

add(77, "pass", sender=TERANO, to=[TC],
    subject="求人一覧（11月時点）",
    body=f"""門脇様

お世話になっております。日の出産業の寺ノ下です。
11月時点でオープンしている技術系ポジションの一覧をCSVでお送りします。

{SIG_TERANO}
""",
    attachments=[{"kind": "csv", "name": "open_positions_202611.csv", "encoding": "utf-8",
                  "rows": [["求人ID", "職種", "勤務地", "年収下限(万円)", "年収上限(万円)", "募集人数", "ステータス"],
                           ["HS-J-2611", "回路設計エンジニア", "つくば工場", "550", "800", "2", "募集中"],
                           ["HS-J-2612", "組込みソフトウェア", "つくば工場", "500", "780", "1", "募集中"],
                           ["HS-J-2614", "社内SE（基幹システム）", "本社", "520", "750", "1", "募集中"],
                           ["HS-J-2617", "生産技術（樹脂成形）", "つくば工場", "480", "700", "2", "書類選考中"],
                           ["HS-J-2620", "設備保全", "つくば工場", "480", "650", "1", "募集中"]]}],
    note="CSV of open positions: no people")

_p = person(sei="栗林", mei="麻衣", name="栗林 麻衣")
add(78, "pass", sender=SAIYO, to=[f"栗林 麻衣 <mai.kuribayashi22@yahoo.co.jp>"],
    subject="RE: 住所変更のご連絡",
    body=f"""栗林 麻衣 様

日の出産業 採用担当です。
ご連絡ありがとうございます。住所変更の件、承知いたしました。
入社書類一式は新しいご住所宛に今週中にお送りいたします。

{SIG_SAIYO}

差出人: 栗林 麻衣 <mai.kuribayashi22@yahoo.co.jp>
送信日時: 2026年10月28日 7:52
宛先: saiyo@hinode-sangyo.co.jp
件名: 住所変更のご連絡

日の出産業 採用ご担当者様

お世話になっております。栗林です。
11月から下記に転居いたしますので、書類の送付先の変更をお願いいたします。

　新住所：〒{_p['zip']} {_p['addr']}
　電話：{_p['tel']}（変更ありません）
""",
    detectors=["freemail_recipient"],
    note="her own address appears only in her quoted mail, replied to herself")

add(79, "pass", sender=ONODERA, to=[PS],
    subject="候補者様の年収交渉について",
    body=f"""白鳥様

お世話になっております。日の出産業の小野寺です。

経理マネージャーの件、ご本人の現年収が860万円、希望が950万円とのことで
社内で検討いたしました。等級の上限の関係で、提示は最大で920万円となります。
その代わり、入社1年後の昇格審査を前倒しで実施することは可能です。

この内容でご本人の意向を確認していただけますでしょうか。

{SIG_ONODERA}
""",
    note="salary negotiation for one unnamed candidate with the agency")

_p = people(5)
_find = ["異常なし", "肝機能 要経過観察（ALT 62）", "血圧 要再検査（158/98）", "糖尿病 治療中（HbA1c 7.4）",
         "胸部X線 要精密検査"]
add(80, "stop", sender=KURISU, to=[CLINIC],
    subject="1月入社者 雇入時健診結果の確認依頼",
    body=f"""清稜会健診センター 産業保健室
ご担当者様

お世話になっております。日の出産業の栗栖です。
1月入社予定者の雇入時健康診断の結果（他院受診分）を一覧にしました。
就業判定のご意見を産業医の先生にいただきたく、お送りいたします。

{SIG_KURISU}
""",
    attachments=[{"kind": "xlsx", "name": "雇入時健診_1月入社.xlsx",
                  "sheets": {"一覧": [["氏名", "生年月日", "受診日", "所見", "判定"]]
                                   + [[p["name"], ymd(p["dob"]), "2026/11/" + str(rng.randint(10, 27)), f,
                                       "A" if f == "異常なし" else rng.choice(["C", "D"])]
                                      for p, f in zip(_p, _find)]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five new hires' health check findings (medical data) in an XLSX to an outside clinic")

# =====================================================================================
# 081 – 100
# =====================================================================================

add(81, "pass", sender=HASEBE, to=[MJ],
    subject="個人情報の取扱いに関する覚書（案）の送付",
    body=f"""株式会社みらい人材センター
久我様

お世話になっております。日の出産業の長谷部です。
先日お話しした「個人情報の取扱いに関する覚書」の案をお送りいたします。
貴社の法務ご担当にもご確認いただけますと幸いです。

{SIG_HASEBE}

{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "個人情報の取扱いに関する覚書（案）.docx",
                  "title": "個人情報の取扱いに関する覚書（案）",
                  "paragraphs": ["個人情報の取扱いに関する覚書（案）",
                                 "日の出産業株式会社（以下「甲」）と株式会社みらい人材センター（以下「乙」）は、"
                                 "人材紹介基本契約に基づき乙が甲に提供する候補者の個人情報の取扱いについて、以下のとおり合意する。",
                                 "第1条（提供する情報の範囲）乙は、求人への応募に必要な範囲の情報に限り甲に提供する。",
                                 "第2条（要配慮個人情報）乙は、病歴、障害、信条、犯罪の経歴その他の要配慮個人情報を、"
                                 "本人の明示の同意なく甲に提供してはならない。",
                                 "第3条（個人番号）甲は、選考の過程で候補者の個人番号（マイナンバー）を取得しない。",
                                 "第4条（安全管理措置）甲及び乙は、個人情報を電子メールで送付する場合、"
                                 "送信先の確認を徹底し、複数の候補者の情報を一つのメールにまとめて送付しない。",
                                 "第5条（廃棄）甲は、不採用となった候補者の情報を選考終了後6か月以内に廃棄する。"]}],
    note="a draft data-handling memorandum full of risky words (要配慮個人情報, マイナンバー) but about no person")

add(82, "stop", sender=HASEBE, to=["Narumi Kaori <kaori.narumi@outlook.jp>"],
    subject="雇用契約書のご確認",
    body=f"""鳴海 香織 様

日の出産業株式会社 人事部の長谷部です。
雇用契約書を添付いたしますので、内容をご確認ください。
問題がなければ、署名・捺印のうえ原本を郵送いたします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "corrupt", "name": "雇用契約書_鳴海様.docx"}],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the employment-contract DOCX is corrupt and cannot be inspected")

_p = people(5)
_fw = "\n".join(f"{pad(p['name'], 14)}{p['job']:　<8}{zen(p['tel'])}" for p in _p)
add(83, "stop", sender=TERANO, to=[p["mail"] for p in _p],
    subject="【内定者の皆様へ】連絡網の共有",
    body=f"""1月入社予定の皆様

こんにちは。日の出産業 人事部の寺ノ下です。
先日の懇親会で「同期の連絡先を知りたい」とのお声をいただきましたので、
連絡網をお送りします（掲載については全員の了承をいただいております）。

氏名　　　　　配属予定　　　　携帯
－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_fw}

入社まで何かあれば、私までお気軽にご連絡ください。

{SIG_TERANO}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five new hires' mobiles (full-width) to all of them in To: a list of people and visible private addresses")

_p = person(sei="保坂", mei="純一", name="保坂 純一")
add(84, "pass", sender=KURISU, to=[f"保坂 純一 <{_p['mail']}>"],
    subject="入社手続きのご案内（登録内容のご確認）",
    body=f"""保坂 純一 様

日の出産業株式会社 人事部 労務グループの栗栖です。
入社手続きにあたり、ご提出いただいた内容を下記のとおり登録いたしました。
誤りがございましたらご返信ください。

　氏名　　：{_p['name']}（{_p['kana']}）
　住所　　：〒{_p['zip']} {_p['addr']}
　電話番号：{_p['tel']}
　入社日　：2027年1月4日
　通勤経路：ご申告の経路（通勤手当 月額上限5万円）

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="a new hire's own registered details sent back to the new hire: one person")

_p = people(9)
add(85, "stop", sender=ONODERA, to=[ATS],
    subject="旧システムからのデータ移行用ファイル（テスト分）",
    body=f"""さいようクラウド 導入支援ご担当者様

お世話になっております。日の出産業の小野寺です。
旧採用管理システムからのデータ移行テスト用に、2025年度の応募者データの一部を
ZIPにまとめてお送りします。CSVがUTF-8、Excelは参考までに同じ内容です。

移行時の項目マッピングのご確認をお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{"kind": "zip", "name": "migration_test_2025.zip",
                  "files": [{"kind": "csv", "name": "applicants_2025.csv", "encoding": "utf-8",
                             "rows": [["id", "name", "kana", "birth", "tel", "email", "address", "route"]]
                             + [[f"OLD-{20250 + i}", p["name"], p["kana"], ymd(p["dob"], "-"), p["tel"], p["mail"],
                                 p["addr"], rng.choice(["紹介", "直接応募", "リファラル"])] for i, p in enumerate(_p)]},
                            {"kind": "xlsx", "name": "applicants_2025.xlsx",
                             "sheets": {"data": [["ID", "氏名", "生年月日", "電話", "メール"]]
                                        + [[f"OLD-{20250 + i}", p["name"], ymd(p["dob"]), p["tel"], p["mail"]]
                                           for i, p in enumerate(_p)]}}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a plain ZIP with nine applicants' records (CSV and XLSX) sent to the ATS vendor")

add(86, "pass", sender=SAIYO, to=["Takanashi Ren <ren.takanashi@icloud.com>"],
    subject="入社書類を発送いたしました",
    body=f"""小鳥遊 蓮 様

日の出産業 採用担当です。
本日、入社書類一式を発送いたしましたのでお知らせいたします。

　配送：ゆうパック
　お問い合わせ番号：3361-8804-2275
　到着予定：10月31日（土）午前中

届きましたら、同封のチェックリストに沿ってご準備をお願いいたします。

{SIG_SAIYO}
""",
    detectors=["freemail_recipient"],
    note="a parcel tracking number to one candidate on free mail")

_p = person()
add(87, "stop", sender=KURISU, to=["法人営業部 <hojin@midori-ginkou.co.jp>"],
    subject="給与振込口座の確認依頼（新入社員1名）",
    body=f"""みどり銀行 日本橋支店 法人営業部 御中

いつもお世話になっております。日の出産業株式会社 人事部の栗栖です。
12月入社の社員1名の給与振込口座が貴行の口座となっておりますので、
口座の有効性確認（口座名義照会）をお願いいたします。

　氏名　　：{_p['name']}（{_p['kana']}）
　支店　　：{rng.choice(['本店営業部', '新宿西口支店', '浦和支店'])}
　種別　　：普通
　口座番号：{rng.randint(1000000, 9999999)}

よろしくお願いいたします。

{SIG_KURISU}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="partner bank is midori-ginko.co.jp; this goes to midori-ginkou.co.jp (look-alike) with an account number")

_init = ["K.T.", "M.S.", "H.I.", "Y.O.", "R.N."]
_p = people(5)
add(88, "either", sender=ARIMA, to=[KIRI],
    subject="技術面接 候補者概要（事前共有）",
    body=f"""霧島様

お世話になっております。日の出産業の有馬です。
11/10の技術面接の候補者概要です。お名前は当日お渡しする資料に記載します。

""" + "\n".join(f"　{i}　{p['age']}歳　{p['company']}　{p['job']}　経験{rng.randint(4, 18)}年"
                for i, p in zip(_init, _p)) + f"""

特に3人目の方は設計レビューの経験を深掘りいただけますと助かります。

{SIG_ARIMA}
""",
    note="five candidates by initials with age and current employer: possibly identifiable, no contact data")

add(89, "pass", sender=TERANO, to=[MJ], charset="utf-8",
    subject="【日の出産業】2026年11月 募集ポジション一覧",
    html="""<html><body>
<p>株式会社みらい人材センター<br>久我様</p>
<p>いつもお世話になっております。日の出産業の寺ノ下です。<br>
11月時点の募集ポジションをお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>職種</th><th>勤務地</th><th>想定年収</th><th>人数</th></tr>
<tr><td>経理（連結決算）</td><td>本社</td><td>550～750万円</td><td>1</td></tr>
<tr><td>購買（海外調達）</td><td>本社</td><td>500～700万円</td><td>1</td></tr>
<tr><td>法人営業</td><td>大阪支店</td><td>450～650万円</td><td>2</td></tr>
<tr><td>人事労務</td><td>本社</td><td>500～680万円</td><td>1</td></tr>
</table>
<p>ご推薦をお待ちしております。</p>
<p>日の出産業株式会社 人事部 採用グループ 寺ノ下 葵<br>TEL 03-5201-4413</p>
</body></html>""",
    note="HTML table of open positions: no people")

add(90, "stop", sender=HASEBE, to=["Minowa Haruka <haruka.minowa@gmail.com>"],
    subject="内定条件のご提示（再提示）",
    body=f"""【取扱注意】

箕輪 春香 様

日の出産業株式会社 人事部の長谷部です。
先日ご相談いただいた条件につき、社内で再検討した結果をお知らせします。
本内容は箕輪様個別の条件ですので、取扱いにご注意ください。

　想定年収：680万円（前回提示 640万円）
　役職　　：主任（入社6か月後に係長昇格審査）
　入社日　：2027年2月1日
　その他　：リモートワーク 週2日まで可

ご検討のほど、よろしくお願いいたします。

{SIG_HASEBE}
""",
    detectors=["confidential_marking", "freemail_recipient"],
    note="mail stamped 【取扱注意】 at the top, sent to a candidate's free mail")

add(91, "pass", sender=ONODERA, to=["Li Wei <liwei.eng.1994@gmail.com>"], charset="utf-8",
    subject="Offer of employment - Hinode Sangyo Co., Ltd.",
    body=f"""Dear Mr. Li,

We are pleased to offer you the position of Embedded Software Engineer
at our Tsukuba plant, starting on 1 April 2027.

  Annual salary:   JPY 6,200,000 (incl. two bonus payments)
  Working hours:   8:30-17:15, Monday to Friday
  Visa:            We will sponsor your change of status of residence
                   (Engineer/Specialist in Humanities/International Services).

On your first day, please bring your passport and your residence card;
we will also ask you for your My Number for social insurance and tax.
Please reply by 13 November whether you accept this offer.

Best regards,
{SIG_EN}

{DISC_EN}
""",
    detectors=["freemail_recipient"],
    note="English offer to one candidate: mentions passport, residence card and My Number with no numbers")

_p = people(5)
_blk = "\n\n".join(
    f"■候補者{i + 1}\n氏名：{p['name']}\n生年月日：{wareki(p['dob'], 'zen') if i % 2 else jdate(p['dob'])}\n"
    f"住所：{p['addr']}\n連絡先：{p['tel'] if i % 2 == 0 else zen(p['tel'])}\n"
    f"職歴：{p['company']}（{p['job']}）"
    for i, p in enumerate(_p))
add(92, "stop", sender=ARIMA, to=[KIRI], charset="cp932",
    subject="11/17 技術面接 候補者情報",
    body=f"""霧島様

いつもお世話になっております。日の出産業の有馬です。
11/17（火）の技術面接の候補者5名の情報をお送りします。
当日の進行確認でご本人に連絡が必要な場合は、直接ご連絡いただいて構いません。

{_blk}

よろしくお願いいたします。

{SIG_ARIMA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five candidate blocks (birth dates in 西暦 and full-width 和暦, city, mobile) to an outside interviewer")

add(93, "pass", sender=ONODERA, to=["Aimono Chihiro <chihiro.aimono@outlook.jp>"],
    subject="本日の面接のお礼",
    body=f"""四十物 千尋 様

本日はお忙しい中、弊社の一次面接にお越しいただき、誠にありがとうございました。
日の出産業 人事部の小野寺です。

選考結果につきましては、1週間以内にご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。

{SIG_ONODERA}

{DISC_JA}
{DISC_EN}
""",
    detectors=["freemail_recipient"],
    note="thank-you mail to a candidate with Japanese and English disclaimers")

_p = person()
add(94, "stop", sender=ARIMA, to=["ツバサシステム 技術部 <gijutsu@tsubasa-system.co.jp>"],
    subject="技術面接のご協力依頼（社内SE候補）",
    body=f"""株式会社ツバサシステム 技術部 御中

いつもお世話になっております。日の出産業の有馬です。
基幹システム担当の社内SE候補について、技術面接へのご同席をお願いしたく存じます。

　候補者：{_p['name']}（{_p['age']}歳）
　連絡先：{_p['mail']}
　経験　：SAP S/4HANA 導入プロジェクト 5年、ABAP 開発

日程はご本人と直接調整いただけますと助かります。

{SIG_ARIMA}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="partner ツバサシステム is tsubasa-system.jp; this goes to tsubasa-system.co.jp (look-alike)")

add(95, "pass", sender=HASEBE, to=[NL],
    subject="弊社担当者変更のご連絡",
    body=f"""株式会社ネクストリンク
増岡様

お世話になっております。日の出産業の長谷部です。
11月1日付の人事異動により、貴社とのやり取りの窓口を
採用グループの寺ノ下に変更させていただきます。

　新担当：人事部 採用グループ 寺ノ下 葵
　TEL：03-5201-4413　Mail：teranoshita.aoi@hinode-sangyo.co.jp

現在ご依頼中の4ポジション（設備保全、品質保証、購買、法人営業）は
そのまま引き継ぎます。今後ともよろしくお願いいたします。

{SIG_HASEBE}
""",
    note="change of the company's own contact person: one business contact")

_p = people(3)
add(96, "pass", sender=ONODERA, to=[PT], charset="utf-8",
    subject="Shortlist for the first round",
    body=f"""Hi Rachel,

Thank you for the profiles. We would like to interview the following three:

  1. {_p[0]['roma']}  <{_p[0]['mail']}>
  2. {_p[1]['roma']}  <{_p[1]['mail']}>
  3. {_p[2]['roma']}  <{_p[2]['mail']}>

Could you confirm they are available in the week of 16 November?
We will then send calendar invitations to them directly.

Best regards,
Misaki
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="three shortlisted names with e-mails back to the search firm: under five records")

_p = person(sei="鳴海", mei="香織", name="鳴海 香織")
add(97, "pass", sender=TERANO,
    to=[ARIMA, "有村 康弘 <arimura.y@hinode-sangyo.co.jp>", "柴崎 恵子 <shibasaki.k@hinode-sangyo.co.jp>",
        "総務部 施設担当 <shisetsu@hinode-sangyo.co.jp>"],
    subject="11/12 最終面接の準備について（配慮事項）",
    body=f"""関係各位

お疲れ様です。人事の寺ノ下です。
11/12の最終面接で、鳴海 香織さんは聴覚障害（両耳、補聴器使用）があるため、
以下の配慮をお願いします。

　・面接官はマスクを外し、ゆっくり正面から話す
　・筆談用のホワイトボードを会議室に用意（総務部で手配をお願いします）
　・オンラインの場合は字幕機能をオン

ご不明点があれば私までお願いします。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="a candidate's disability shared with internal interviewers only")

add(98, "stop", sender=HASEBE, to=[CONSUL],
    subject="来期採用戦略 ドラフト",
    body=f"""八田様

お世話になっております。日の出産業の長谷部です。
来期の採用戦略のドラフトをお送りします。
明日の打合せでご意見をいただけますと幸いです。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "2027採用戦略_draft.pptx", "page_footer": "社外秘",
                  "slides": [["2027年度 採用戦略（ドラフト）", "社外秘", "人事部"],
                             ["採用目標", "中途 28名（前年 19名）", "うち管理職 6名"],
                             ["エージェント方針", "取引社数を8社→4社に集約", "手数料率 35%→30% の交渉"],
                             ["リスク", "つくば工場の人員不足が継続", "賃金水準が競合より約8%低い"]]}],
    detectors=["confidential_marking"],
    note="strategy deck stamped 社外秘 on every slide, sent to an outside consultant")

add(99, "pass", sender=HASEBE, to=[TC], charset="cp932",
    subject="紹介手数料率（2027年度）のご提示",
    body=f"""株式会社テックキャリア
門脇様

お世話になっております。日の出産業の長谷部です。
来年度の基本契約更新にあたり、弊社からの手数料率のご提案をお送りします。

　理論年収　　　　　　　料率
　-----------------------------------
　600万円未満　　　　　 30%
　600万円以上900万円未満 32%
　900万円以上　　　　　 35%
　-----------------------------------
　※返金規定：1か月以内 80%／3か月以内 50%／6か月以内 20%

ご意見がございましたら、11月20日までにお知らせください。

{SIG_HASEBE}
""",
    note="fee-rate price table for an agency: no people")

add(100, "pass", sender=HASEBE, to=[CB],
    subject="年末年始の連絡体制について",
    body=f"""藤堂様

お世話になっております。日の出産業の長谷部です。
年末年始（12/29～1/4）の弊社採用窓口の連絡体制をお知らせします。

　12/29～12/30　長谷部（携帯 080-4471-2093）
　12/31～1/3　　休業（緊急時は下記代表メールへ）
　1/4～　　　　 通常体制（小野寺・寺ノ下）

　代表メール：saiyo@hinode-sangyo.co.jp

急ぎのご連絡は上記へお願いいたします。

{SIG_HASEBE}
""",
    note="the company's own holiday contact rota (business contacts of its staff)")
