"""Blind corpus — housekeeping: 日の出産業 ハウスキーピング事業部 (家事代行・ハウスクリーニング).

Customers' homes and keys, visit schedules, elderly and disabled customers' needs, staff
assignments, damage / breakage claims, subcontractor crews, payments, complaints.
Every person, number and address below is invented.
"""

import random

from build import card_number, my_number

# -- small helpers ----------------------------------------------------------------------


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def zen(s: str, dash: str = "－") -> str:
    """ASCII digits (and '-') to full-width, as people type them in Japanese IMEs."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == "-":
            out.append(dash)
        else:
            out.append(ch)
    return "".join(out)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


_SUR = [("相沢", "アイザワ", "aizawa"), ("五十嵐", "イガラシ", "igarashi"),
        ("宇佐美", "ウサミ", "usami"), ("榎本", "エノモト", "enomoto"),
        ("大河内", "オオコウチ", "okochi"), ("尾形", "オガタ", "ogata"),
        ("柏木", "カシワギ", "kashiwagi"), ("金城", "キンジョウ", "kinjo"),
        ("久保寺", "クボデラ", "kubodera"), ("桑原", "クワバラ", "kuwabara"),
        ("小早川", "コバヤカワ", "kobayakawa"), ("財前", "ザイゼン", "zaizen"),
        ("塩谷", "シオヤ", "shioya"), ("新堂", "シンドウ", "shindo"),
        ("菅生", "スゴウ", "sugo"), ("瀬尾", "セオ", "seo"),
        ("高階", "タカシナ", "takashina"), ("津久井", "ツクイ", "tsukui"),
        ("手塚", "テヅカ", "tezuka"), ("土橋", "ドバシ", "dobashi"),
        ("七尾", "ナナオ", "nanao"), ("楡井", "ニレイ", "nirei"),
        ("野々宮", "ノノミヤ", "nonomiya"), ("畑中", "ハタナカ", "hatanaka"),
        ("比嘉", "ヒガ", "higa"), ("古舘", "フルタチ", "furutachi"),
        ("別所", "ベッショ", "bessho"), ("穂積", "ホヅミ", "hozumi"),
        ("真壁", "マカベ", "makabe"), ("三ツ矢", "ミツヤ", "mitsuya"),
        ("武藤", "ムトウ", "muto"), ("望月", "モチヅキ", "mochizuki"),
        ("柳瀬", "ヤナセ", "yanase"), ("湯浅", "ユアサ", "yuasa"),
        ("依田", "ヨダ", "yoda"), ("若狭", "ワカサ", "wakasa"),
        ("勅使河原", "テシガワラ", "teshigawara"), ("東海林", "ショウジ", "shoji"),
        ("百目鬼", "ドウメキ", "domeki"), ("四十物", "アイモノ", "aimono")]
_GIV = [("和枝", "カズエ", "kazue"), ("貞夫", "サダオ", "sadao"),
        ("美津子", "ミツコ", "mitsuko"), ("恒雄", "ツネオ", "tsuneo"),
        ("敏江", "トシエ", "toshie"), ("光太郎", "コウタロウ", "kotaro"),
        ("千鶴", "チヅル", "chizuru"), ("秀明", "ヒデアキ", "hideaki"),
        ("ハル", "ハル", "haru"), ("由紀", "ユキ", "yuki"), ("智恵", "チエ", "chie"),
        ("宗一", "ソウイチ", "soichi"), ("喜美子", "キミコ", "kimiko"),
        ("篤", "アツシ", "atsushi"), ("恵理香", "エリカ", "erika"),
        ("翔太", "ショウタ", "shota"), ("紗希", "サキ", "saki"), ("ミヨ", "ミヨ", "miyo"),
        ("勝利", "カツトシ", "katsutoshi"), ("奈々", "ナナ", "nana"),
        ("健吾", "ケンゴ", "kengo"), ("房子", "フサコ", "fusako"),
        ("陽菜", "ヒナ", "hina"), ("隆之介", "リュウノスケ", "ryunosuke"),
        ("節子", "セツコ", "setsuko"), ("雅美", "マサミ", "masami")]
_TOWN = [("158-0083", "東京都世田谷区奥沢"), ("152-0035", "東京都目黒区自由が丘"),
         ("145-0071", "東京都大田区田園調布"), ("166-0001", "東京都杉並区阿佐谷北"),
         ("177-0041", "東京都練馬区石神井町"), ("211-0025", "神奈川県川崎市中原区木月"),
         ("142-0064", "東京都品川区旗の台"), ("151-0053", "東京都渋谷区代々木"),
         ("108-0071", "東京都港区白金台"), ("165-0033", "東京都中野区若宮"),
         ("225-0002", "神奈川県横浜市青葉区美しが丘"), ("154-0002", "東京都世田谷区下馬"),
         ("146-0082", "東京都大田区池上"), ("183-0022", "東京都府中市宮西町"),
         ("180-0004", "東京都武蔵野市吉祥寺本町"), ("272-0034", "千葉県市川市市川")]
_BLDG = ["", "", "", "", "-203", "-1105", " グランシャリオ下馬402", " コーポ若葉201",
         " パークハイム308", "-5F"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp"]


def people(seed: str, n: int, lo: int = 1938, hi: int = 2001) -> list[dict]:
    """n invented people, deterministic from seed."""
    rng = random.Random(f"housekeeping-{seed}")
    out, used = [], set()
    while len(out) < n:
        s, g = rng.choice(_SUR), rng.choice(_GIV)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        zip_, town = rng.choice(_TOWN)
        addr = f"{town}{rng.randrange(1, 8)}-{rng.randrange(1, 40)}-{rng.randrange(1, 25)}"
        addr += rng.choice(_BLDG)
        if rng.random() < 0.6:
            tel = f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        else:
            tel = f"03-{rng.randrange(3000, 6999)}-{rng.randrange(1000, 9999)}"
        y, m, d = rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29)
        mail = f"{g[2]}.{s[2]}{rng.randrange(1, 99)}@{rng.choice(_FREE)}"
        out.append({"name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
                    "roma": f"{s[2].upper()} {g[2].capitalize()}", "zip": zip_,
                    "addr": addr, "tel": tel, "dob": f"{y}/{m:02d}/{d:02d}",
                    "y": y, "m": m, "d": d, "mail": mail,
                    "no": f"C{rng.randrange(100000, 999999)}"})
    return out


def wareki(y: int, m: int, d: int) -> str:
    if y >= 1989 and (y, m, d) >= (1989, 1, 8):
        era, base = "平成", 1988
    else:
        era, base = "昭和", 1925
    n = y - base
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


# -- signatures and disclaimers ---------------------------------------------------------

SIG_MURASE = """
--
日の出産業株式会社　ハウスキーピング事業部
サービスコーディネーター　村瀬 千晶（むらせ ちあき）
〒150-0002 東京都渋谷区渋谷2-14-8 日の出渋谷ビル5F
TEL 03-5468-2210（代）／FAX 03-5468-2211
murase.chiaki@hinode-sangyo.co.jp
"""

SIG_TOKANO = """
━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
ハウスキーピング事業部　城南エリアマネージャー
戸叶 圭介（Tokano Keisuke）
TEL：03-5468-2214　携帯：090-3318-7702
E-mail：k-tokano@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ONODERA = """
---------------------------------------------
日の出産業（株）ハウスキーピング事業部
品質管理課　小野寺 美保
〒150-0002 渋谷区渋谷2-14-8　TEL 03-5468-2216
---------------------------------------------
"""

SIG_KATSURAGI = """
****************************************
日の出産業株式会社 ハウスキーピング事業部
外注管理グループ　葛城 亮
TEL 03-5468-2219 / FAX 03-5468-2211
r-katsuragi@hinode-sangyo.co.jp
****************************************
"""

SIG_TAKIMOTO = """
―――――――――――――――――
日の出産業株式会社　管理本部 経理部
瀧本 沙耶
〒150-0002 東京都渋谷区渋谷2-14-8
TEL 03-5468-2001（経理直通 03-5468-2031）
―――――――――――――――――
"""

SIG_OIKAWA = """
日の出産業株式会社
ハウスキーピング事業部 業務課 課長
及川 紘一
TEL 03-5468-2212 / 携帯 080-5521-0937
"""

SIG_MARUMO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業 家事代行サービス「ひので家事ラク」
カスタマーセンター　丸茂 さやか
フリーダイヤル 0120-41-8622（平日9:00〜18:00）
https://www.hinode-sangyo.co.jp/kajiraku/
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_NISHINA = """
--
日の出産業株式会社 ハウスキーピング事業部
シニアサポート担当　仁科 由希子
TEL 03-5468-2218　携帯 070-2290-4415
"""

SIG_EZOE = """
----
江副 拓真 / Takuma Ezoe
日の出産業株式会社 ハウスキーピング事業部 業務課
TEL 03-5468-2213
"""

SIG_EN = """
--
Chiaki Murase
Service Coordinator, Housekeeping Division
Hinode Sangyo Co., Ltd.
5F Hinode Shibuya Bldg., 2-14-8 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan
Tel +81-3-5468-2210 | murase.chiaki@hinode-sangyo.co.jp
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

MURASE = "村瀬 千晶 <murase.chiaki@hinode-sangyo.co.jp>"
TOKANO = "戸叶 圭介 <k-tokano@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美保 <m-onodera@hinode-sangyo.co.jp>"
KATSURAGI = "葛城 亮 <r-katsuragi@hinode-sangyo.co.jp>"
TAKIMOTO = "瀧本 沙耶 <takimoto.saya@hinode-sangyo.co.jp>"
OIKAWA = "及川 紘一 <k-oikawa@hinode-sangyo.co.jp>"
MARUMO = "丸茂 さやか <s-marumo@hinode-sangyo.co.jp>"
NISHINA = "仁科 由希子 <y-nishina@hinode-sangyo.co.jp>"
EZOE = "江副 拓真 <t-ezoe@hinode-sangyo.co.jp>"
MURASE_EN = "Chiaki Murase <murase.chiaki@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# STOP — lists of people
# ======================================================================================

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Six customers' names, home addresses and phones in a space-padded table to a subcontractor crew.",
    charset="cp932",
    sender=TOKANO,
    to=["クリーンワークス多摩 配車係 <haisha@cleanworks-tama.co.jp>"],
    subject="【来週分】定期清掃 訪問先リスト（城南エリア 11/17〜11/21）",
    body="""クリーンワークス多摩
配車ご担当　市ノ瀬様

いつもお世話になっております。日の出産業の戸叶です。
来週分の訪問先をお送りします。「預り」のお客様は鍵を当社でお預かりしていますので、
前日17時までに渋谷事務所の受付で鍵をお受け取りください（受領簿にサインをお願いします）。

日付   時間         お客様名       住所                                 電話           鍵
-----  -----------  -------------  -----------------------------------  -------------  ----
11/17  09:00-12:00  榎本 和枝      東京都世田谷区奥沢5-21-3             03-3721-4486   預り
11/17  13:30-16:30  久保寺 恒雄    東京都目黒区自由が丘2-8-11-302       090-6614-2057  在宅
11/18  10:00-12:00  野々宮 千鶴    東京都大田区田園調布3-40-9           03-3722-9153   預り
11/19  09:00-11:00  別所 房子      東京都品川区旗の台4-6-18             080-3390-7721  在宅
11/20  14:00-17:00  楡井 秀明      東京都世田谷区等々力7-2-25           090-2248-6630  預り
11/21  09:30-12:30  湯浅 喜美子    東京都目黒区八雲1-17-4 ﾊｲﾂ八雲101     03-3718-0264   在宅

※楡井様宅は大型犬がいますので、インターホン後に必ずお電話を入れてから入室してください。
※11/19 別所様は作業中ずっとご在宅です。お茶などを勧められてもお断りで構いません。

変更があればこのメールに返信でお知らせください。
よろしくお願いいたします。
""" + SIG_TOKANO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five elderly users with full-width phone numbers and their family emergency contacts, padded table, to an external crew.",
    charset="iso-2022-jp",
    sender=NISHINA,
    to=["ハウスメイト城東 事務所 <office@housemate-joto.co.jp>"],
    subject="見守り付き家事サポート　利用者一覧（緊急連絡先つき）",
    body="""株式会社ハウスメイト城東
事務所　ご担当者様

お世話になっております。日の出産業の仁科です。
１２月から江東・江戸川エリアの見守り付き家事サポートを貴社にお願いする件、
利用者様の一覧をお送りします。訪問時に応答がない場合は、右欄の緊急連絡先へ
ご連絡ください。

Ｎｏ．　氏名　　　　　年齢　自宅電話　　　　　　　緊急連絡先（続柄）
−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−−
１　　　桑原　ミヨ　　８７　""" + zen("03-3691-2204", "−") + """　　桑原　健吾（長男）""" + zen("090-7731-4058", "−") + """
２　　　東海林　貞夫　８２　""" + zen("03-3684-7715", "−") + """　　東海林　雅美（長女）""" + zen("080-2216-9043", "−") + """
３　　　若狭　房子　　９１　""" + zen("03-5606-3382", "−") + """　　若狭　篤（甥）　""" + zen("070-4418-2276", "−") + """
４　　　百目鬼　ハル　７９　""" + zen("03-3877-0419", "−") + """　　百目鬼　智恵（次女）""" + zen("090-5540-8811", "−") + """
５　　　武藤　節子　　８４　""" + zen("03-3652-6630", "−") + """　　武藤　光太郎（長男）""" + zen("080-6671-3025", "−") + """

訪問曜日・時間帯は別途シフト表でお送りします。
どうぞよろしくお願いいたします。
""" + SIG_NISHINA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="Seven individual contractors' bank accounts pasted tab-separated from Excel to the bank.",
    charset="utf-8",
    sender=TAKIMOTO,
    to=["みどり銀行 渋谷支店 法人係 <shibuya-hojin@midori-ginko.co.jp>"],
    subject="外注スタッフ報酬 総合振込の件（11月分・手作業分）",
    body="""みどり銀行 渋谷支店
法人係 ご担当者様

いつも大変お世話になっております。日の出産業 経理部の瀧本でございます。
先日お電話でご相談した件、インターネットバンキングの登録が間に合わなかった
個人事業主スタッフ分の振込先を下記にお送りいたします（Excelから貼り付けております）。
振込指定日は11月28日（金）でお願いいたします。

氏名	金融機関	支店	種別	口座番号	振込金額
柏木 陽菜	みどり銀行	渋谷支店	普通	3047125	186,400
宇佐美 敏江	東都信用金庫	大森支店	普通	0815534	142,750
七尾 紗希	ゆうちょ銀行	〇一八店	普通	5521876	98,300
三ツ矢 喜美子	みどり銀行	自由が丘支店	普通	2263409	211,000
土橋 隆之介	相武銀行	町田支店	普通	1180627	75,600
穂積 千鶴	みどり銀行	池上出張所	普通	4402291	164,200
財前 由紀	城南信用組合	本店営業部	当座	0039914	120,900

合計 7件　999,150円

手数料は当社負担でお願いいたします。ご不明点がございましたらご連絡ください。
""" + SIG_TAKIMOTO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Mailing data for six customers (name, postcode, address) pasted as CSV into the body to the printer.",
    charset="cp932",
    sender=MARUMO,
    to=["錦印刷 DM制作チーム <dm-seisaku@nishiki-insatsu.co.jp>"],
    subject="春の大掃除キャンペーンDM　宛名データ（追加6件）",
    body="""錦印刷株式会社
DM制作チーム　堀之内様

お世話になっております。日の出産業カスタマーセンターの丸茂です。
昨日お送りした宛名データに、紙の申込書から起こした分が漏れておりました。
申し訳ありませんが、下記6件を追加で差し込みいただけますでしょうか。

氏名,郵便番号,住所1,住所2
小早川 宗一,158-0094,東京都世田谷区玉川3-31-2,
津久井 恵理香,152-0004,東京都目黒区鷹番1-9-14,ﾒｿﾞﾝ鷹番305
四十物 敏江,146-0082,東京都大田区池上6-2-19,
勅使河原 秀明,180-0004,東京都武蔵野市吉祥寺本町4-22-8,
ヤナセ ハル,166-0001,東京都杉並区阿佐谷北2-40-1,コーポ若葉201
望月 健吾,211-0025,神奈川県川崎市中原区木月1-16-3,

校正は明日午前中に拝見します。
よろしくお願いいたします。
""" + SIG_MARUMO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Bullet list of five customers with address and phone sent to the subcontractor for apology calls.",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="11/8　到着遅延の件　該当のお客様",
    body="""有限会社ピカリ
大城様

お世話になっております。日の出産業 品質管理課の小野寺です。
11月8日（土）の杉並・中野エリアで、車両トラブルによる到着遅延が発生した件です。
当社カスタマーセンターにご連絡のあったお客様は以下の5件でした。
本日中に貴社の担当リーダーからお詫びのお電話を入れていただけますでしょうか。

・畑中　貞夫　様　杉並区阿佐谷北3-22-6　TEL 03-3338-5127（予定10:00→到着11:10）
・古舘　喜美子　様　杉並区高円寺南1-7-30-201　TEL 090-2671-8834（予定10:30→11:25）
・新堂　智恵　様　中野区若宮2-14-5　TEL 080-4402-1956（予定13:00→14:05）
・瀬尾　和枝　様　中野区鷺宮4-1-11　TEL 03-3337-6240（予定13:30→キャンセル）
・依田　光太郎　様　杉並区天沼1-28-9　TEL 070-3381-5572（予定15:00→15:50）

瀬尾様は作業自体をキャンセルされていますので、振替日のご希望も伺ってください。
対応結果は11日までにご報告をお願いいたします。
""" + SIG_ONODERA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Five expat clients' names, home addresses, mobiles and personal e-mails listed in English to a relocation partner.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Megan Tsai <megan.tsai@global-relo.com>"],
    subject="New housekeeping clients starting in December",
    body="""Hi Megan,

Thanks for the referrals. Below are the five assignees who have signed up for weekly
housekeeping from December. Could you double-check the addresses against your move-in
records? Two of them had not received their keys yet when we spoke.

- Anders Lindqvist — 3-6-14 Minami-Azabu, Minato-ku, Tokyo 106-0047, Apt 702
  mobile 080-2231-5567, anders.lindqvist@outlook.com
- Priya Raghunathan — 1-11-3 Hiroo, Shibuya-ku, Tokyo 150-0012
  mobile 090-7145-3308, priya.r.tokyo@gmail.com
- Thomas & Claire Dubois — 5-2-21 Shirokanedai, Minato-ku, Tokyo 108-0071, #301
  mobile 070-6603-1129 (Claire), claire.dubois.jp@icloud.com
- Kenneth Oyelaran — 2-17-8 Kamimeguro, Meguro-ku, Tokyo 153-0051
  mobile 080-9918-4470, k.oyelaran@gmail.com
- Hannah Schreiber — 4-9-1 Motoazabu, Minato-ku, Tokyo 106-0046, Tower B 1503
  mobile 090-3382-6061, hannah.schreiber@yahoo.co.jp

First visits are booked for the week of 1 December. I'll send the crew names once
they're confirmed.

Best regards,
""" + SIG_EN,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five temporary staff, one block each with birth date, home address and mobile, to the dispatching crew company.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["ハウスメイト城東 人事 <jinji@housemate-joto.co.jp>"],
    cc=["葛城 亮 <r-katsuragi@hinode-sangyo.co.jp>"],
    subject="年末繁忙期 応援スタッフの登録情報について",
    body="""ハウスメイト城東
人事ご担当　西園寺様

お世話になっております。日の出産業 外注管理の葛城です。
12月の応援で貴社チームに入っていただく当社登録スタッフ5名の情報です。
貴社の入館証発行に必要とのことでしたので、お送りします。

■1
氏名：尾形 紗希（オガタ サキ）
生年月日：1994年7月19日
住所：東京都江戸川区西葛西6-11-2-405
携帯：080-6627-3319

■2
氏名：金城 奈々（キンジョウ ナナ）
生年月日：1988年2月3日
住所：東京都江東区南砂4-7-15
携帯：090-1184-5572

■3
氏名：手塚 隆之介（テヅカ リュウノスケ）
生年月日：2000年11月28日
住所：千葉県市川市市川2-30-4 パークハイム308
携帯：070-3395-2810

■4
氏名：五十嵐 節子（イガラシ セツコ）
生年月日：1961年5月9日
住所：東京都葛飾区金町3-18-22
携帯：080-5531-7046

■5
氏名：大河内 勝利（オオコウチ カツトシ）
生年月日：1975年9月14日
住所：東京都足立区梅島1-2-9
携帯：090-6420-3318

入館証の発行が終わりましたらご一報ください。
""" + SIG_KATSURAGI,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Six staff with 和暦 full-width birth dates, one block each, sent to the liability insurer.",
    charset="iso-2022-jp",
    sender=OIKAWA,
    to=["東洋損害保険 渋谷支社 営業二課 <shibuya2@toyo-sonpo.co.jp>"],
    subject="賠償責任保険　被保険者追加のお願い（スタッフ６名）",
    body="""東洋損害保険株式会社
渋谷支社 営業二課　御中

平素より大変お世話になっております。
日の出産業 ハウスキーピング事業部の及川でございます。

家事代行サービス賠償責任保険（証券番号ＨＫ−２０２４−０７７１４）につきまして、
１２月１日付で下記６名を被保険者に追加いただきたく、ご連絡いたします。

【氏名】塩谷　和枝（シオヤ　カズエ）
【生年月日】昭和４８年１１月３日
【雇用形態】パート

【氏名】別所　翔太（ベッショ　ショウタ）
【生年月日】平成１１年４月２２日
【雇用形態】契約社員

【氏名】楡井　美津子（ニレイ　ミツコ）
【生年月日】昭和３９年６月３０日
【雇用形態】パート

【氏名】比嘉　恵理香（ヒガ　エリカ）
【生年月日】平成７年１月１７日
【雇用形態】パート

【氏名】野々宮　篤（ノノミヤ　アツシ）
【生年月日】昭和５８年４月２日
【雇用形態】正社員

【氏名】三ツ矢　ハル（ミツヤ　ハル）
【生年月日】昭和３２年１２月８日
【雇用形態】パート

追加保険料のご案内をいただけましたら、月内にお振込みいたします。
何卒よろしくお願い申し上げます。
""" + SIG_OIKAWA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail: a table of seven customer visits with addresses and phones to a subcontractor.",
    charset="utf-8",
    sender=TOKANO,
    to=["ミナトクリーン 工務 <koumu@minato-clean.co.jp>"],
    subject="12/2（火）〜12/4（木）スポット清掃　訪問表",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社ミナトクリーン<br>工務ご担当 嶋田様</p>
<p>お世話になっております。日の出産業の戸叶です。<br>
今週のスポット清掃（水回り3点セット／レンジフード）の訪問表です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>日</th><th>時間</th><th>お客様</th><th>住所</th><th>電話</th><th>備考</th></tr>
<tr><td>12/2</td><td>9:00</td><td>相沢 美津子 様</td><td>港区白金台4-11-7</td><td>03-3441-5820</td><td>猫あり（脱走注意）</td></tr>
<tr><td>12/2</td><td>13:00</td><td>ザイゼン ケンゴ 様</td><td>港区高輪2-9-3-1203</td><td>090-8812-4439</td><td>オートロック・1203呼出</td></tr>
<tr><td>12/3</td><td>9:30</td><td>穂積 恒雄 様</td><td>品川区上大崎3-2-15</td><td>03-3447-2093</td><td>駐車場なし</td></tr>
<tr><td>12/3</td><td>14:00</td><td>柳瀬 陽菜 様</td><td>品川区東五反田5-20-1 ﾌﾟﾗｳﾄﾞ五反田806</td><td>080-7724-1150</td><td>レンジフードのみ</td></tr>
<tr><td>12/4</td><td>9:00</td><td>真壁 喜美子 様</td><td>目黒区三田1-6-22</td><td>03-3711-9467</td><td>前回浴室の鏡のウロコ残りでクレームあり</td></tr>
<tr><td>12/4</td><td>13:00</td><td>土橋 宗一 様</td><td>目黒区中目黒2-4-30</td><td>070-5529-0836</td><td></td></tr>
<tr><td>12/4</td><td>15:30</td><td>勅使河原 紗希 様</td><td>渋谷区恵比寿西1-33-6-402</td><td>090-2204-7781</td><td>在宅ワーク中・静かに</td></tr>
</table>
<p>作業完了後は当日中に完了報告（写真付き）をお願いします。</p>
<p>――<br>日の出産業株式会社 ハウスキーピング事業部<br>城南エリアマネージャー 戸叶 圭介<br>TEL 03-5468-2214</p>
</body></html>""",
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="HTML-only table of five customers' account holders and account numbers (direct-debit form errors) to the bank.",
    charset="utf-8",
    sender=TAKIMOTO,
    to=["みどり銀行 口座振替センター <furikae-center@midori-ginko.co.jp>"],
    subject="口座振替依頼書　不備返却分の再提出について",
    html="""<html><body>
<p>みどり銀行 口座振替センター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業 経理部の瀧本です。<br>
10月受付分で不備返却となった依頼書について、お客様に再記入いただいたものを本日発送いたしました。
念のため対象を下表にまとめております。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<thead><tr><th>委託者顧客番号</th><th>預金者名</th><th>支店</th><th>科目</th><th>口座番号</th><th>前回の不備</th></tr></thead>
<tbody>
<tr><td>HK-030118</td><td>ヨダ サダオ</td><td>田園調布支店</td><td>普通</td><td>1042287</td><td>届出印相違</td></tr>
<tr><td>HK-030142</td><td>ムトウ ミツコ</td><td>吉祥寺支店</td><td>普通</td><td>3360915</td><td>口座番号判読不可</td></tr>
<tr><td>HK-030157</td><td>ユアサ チヅル</td><td>二子玉川支店</td><td>普通</td><td>0274461</td><td>名義カナ誤り</td></tr>
<tr><td>HK-030163</td><td>キンジョウ ヒデアキ</td><td>大森支店</td><td>普通</td><td>5518023</td><td>届出印相違</td></tr>
<tr><td>HK-030171</td><td>ワカサ トシエ</td><td>渋谷支店</td><td>貯蓄</td><td>6603148</td><td>科目誤り</td></tr>
</tbody></table>
<p>12月27日の振替に間に合いますでしょうか。お手数ですがご確認をお願いいたします。</p>
<p>日の出産業株式会社 管理本部 経理部<br>瀧本 沙耶　TEL 03-5468-2031</p>
</body></html>""",
)

_NENGA = people("nenga", 42)
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CP932 CSV of 42 customers' names, kana and home addresses sent to the printer for New Year cards.",
    charset="iso-2022-jp",
    sender=MARUMO,
    to=["錦印刷 営業部 堀之内 <horinouchi@nishiki-insatsu.co.jp>"],
    subject="年賀状　宛名印刷データの送付",
    body="""錦印刷株式会社
営業部　堀之内様

お世話になっております。日の出産業の丸茂です。
先日お見積りいただいた年賀状の宛名印刷について、データを添付いたします。
定期契約のお客様42件分です（CSV、Shift_JIS）。
差出人面は昨年と同じデザインでお願いいたします。

校正紙は12月5日頃いただけると助かります。
よろしくお願いいたします。
""" + SIG_MARUMO,
    attachments=[{
        "kind": "csv", "name": "2026年賀_宛名リスト.csv", "encoding": "cp932",
        "rows": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "敬称"]]
        + [[p["no"], p["name"], p["kana"], p["zip"], p["addr"], "様"] for p in _NENGA],
    }],
)

_STAFF = people("staffmaster", 25, 1955, 2003)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Real staff master (25 housekeepers: mobile, personal e-mail, address, birth date) sent as CSV to the system vendor for test loading.",
    charset="cp932",
    sender=EZOE,
    to=["ツバサシステム 導入支援 <donyu-shien@tsubasa-system.jp>"],
    subject="新スケジューラ移行　スタッフマスタ（テスト投入用）",
    body="""ツバサシステム株式会社
導入支援チーム　御中

お世話になっております。日の出産業 業務課の江副です。
来週のテスト環境への投入用に、スタッフマスタを添付します。
ダミーを作る時間がなかったので、現行システムから出力したものをそのまま付けています。
テストが終わったら削除をお願いします。

列の並びは先日の定義書どおりです。不足項目があれば教えてください。
""" + SIG_EZOE,
    attachments=[{
        "kind": "csv", "name": "staff_master_20251120.csv", "encoding": "cp932",
        "rows": [["スタッフCD", "氏名", "カナ", "携帯電話", "メール", "住所", "生年月日", "所属"]]
        + [[f"S{2100 + i}", p["name"], p["kana"], p["tel"], p["mail"], p["addr"], p["dob"],
            ["城南", "城西", "城東", "川崎"][i % 4]] for i, p in enumerate(_STAFF)],
    }],
)

_SHIFT_STAFF = people("shiftstaff", 8, 1960, 2000)
_SHIFT_CUST = people("shiftcust", 10)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX shift workbook: sheets of staff mobiles and ten customers' home addresses, sent to a subcontractor.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["クリーンワークス多摩 市ノ瀬 <ichinose@cleanworks-tama.co.jp>"],
    subject="12月シフト表（城南）送付",
    body="""市ノ瀬様

お世話になっております。戸叶です。
12月の城南エリアのシフト表を送ります。
「訪問先」シートに今月からの新規のお客様も入れてあります。
貴社スタッフの方の割り振りが決まりましたら、シフトシートのH列に記入して返送ください。

戸叶
""",
    attachments=[{
        "kind": "xlsx", "name": "12月シフト表_城南.xlsx",
        "sheets": {
            "シフト": [["2025年12月 城南エリア シフト表"], [],
                      ["日付", "曜日", "開始", "終了", "訪問先CD", "当社スタッフ", "作業", "貴社スタッフ"]]
            + [[f"12/{1 + i // 2}", "月火水木金土日"[(i // 2) % 7], "09:00" if i % 2 == 0 else "13:30",
                "12:00" if i % 2 == 0 else "16:30", _SHIFT_CUST[i % 10]["no"],
                _SHIFT_STAFF[i % 8]["name"], ["定期", "水回り", "整理収納", "定期"][i % 4], ""]
               for i in range(20)],
            "スタッフ連絡先": [["当社スタッフ 連絡先（緊急時のみ使用）"], ["氏名", "携帯", "最寄駅"]]
            + [[p["name"], p["tel"], ["自由が丘", "大井町", "蒲田", "二子玉川", "五反田",
                                     "武蔵小杉", "大岡山", "三軒茶屋"][i]]
               for i, p in enumerate(_SHIFT_STAFF)],
            "訪問先": [["訪問先一覧"], ["訪問先CD", "お客様名", "住所", "電話", "鍵"]]
            + [[p["no"], p["name"] + " 様", p["addr"], p["tel"], "預り" if i % 3 == 0 else "在宅"]
               for i, p in enumerate(_SHIFT_CUST)],
        },
    }],
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with a title row listing six breakage claims with the customers' names, addresses and phones, to the insurer.",
    charset="utf-8",
    sender=OIKAWA,
    to=["東洋損害保険 損害サービス課 <songai-svc@toyo-sonpo.co.jp>"],
    subject="上期 賠償事故一覧のご送付（家事代行賠責）",
    body="""東洋損害保険株式会社
損害サービス課　宮之原様

いつもお世話になっております。日の出産業の及川です。
ご依頼のありました2025年度上期の事故一覧を添付いたします。
No.4（花瓶）とNo.6（フローリング）は現在もお客様と示談交渉中です。

ご確認のほどよろしくお願いいたします。
""" + SIG_OIKAWA + DISC_JA,
    attachments=[{
        "kind": "xlsx", "name": "賠償事故一覧_2025上期.xlsx", "title": "賠償事故一覧",
        "sheets": {
            "一覧": [
                ["賠償事故 発生一覧（2025年4月〜9月）", "", "", "", "", "", "", ""],
                ["No.", "発生日", "お客様名", "住所", "電話", "事故内容", "損害額（円）", "状況"],
                [1, "2025/04/12", "高階 美津子", "東京都世田谷区下馬2-18-6", "03-3424-7719", "食器棚のガラス扉破損", 48000, "支払済"],
                [2, "2025/05/03", "望月 宗一", "東京都大田区池上4-9-21", "090-4417-6625", "洗面台ボウルのひび", 126500, "支払済"],
                [3, "2025/06/18", "湯浅 和枝", "東京都目黒区鷹番3-2-14-301", "080-2235-9047", "掃除機でカーテン裾を巻き込み", 32400, "支払済"],
                [4, "2025/07/22", "楡井 光太郎", "神奈川県横浜市青葉区美しが丘5-12-3", "045-902-3318", "有田焼の花瓶落下・全損", 380000, "交渉中"],
                [5, "2025/08/09", "宇佐美 ハル", "東京都杉並区阿佐谷北6-3-8", "03-3339-2051", "液晶テレビ画面の擦り傷", 89800, "支払済"],
                [6, "2025/09/27", "財前 恵理香", "東京都港区白金台2-25-4", "090-8830-1176", "フローリングのワックス剥離", 214000, "交渉中"],
            ],
            "集計": [["区分", "件数", "金額"], ["支払済", 4, 296700], ["交渉中", 2, 594000]],
        },
    }],
)

_CARE = [
    ["桑原 ミヨ", "1938/03/14", "東京都江東区南砂2-5-11", "03-3640-2289", "要介護2", "アルツハイマー型認知症（中等度）。火の元確認を必ず"],
    ["東海林 貞夫", "1943/10/02", "東京都江東区大島6-1-20-508", "03-3683-7716", "要介護1", "脳梗塞後遺症で右片麻痺。浴室は手すり使用"],
    ["若狭 房子", "1934/07/25", "東京都江戸川区船堀3-14-2", "03-3687-0451", "要支援2", "糖尿病でインスリン自己注射。冷蔵庫の薬に触れない"],
    ["百目鬼 ハル", "1946/01/30", "東京都江戸川区西小岩1-9-7", "03-3659-8820", "要介護3", "パーキンソン病。転倒歴あり"],
    ["武藤 節子", "1941/12/11", "東京都墨田区立花4-3-16", "03-3611-5072", "要支援1", "うつ病で通院中。声かけは穏やかに"],
    ["七尾 勝利", "1939/05/08", "東京都江東区北砂5-20-1", "03-3644-1938", "要介護2", "人工透析（月水金午後）。該当日は午前のみ訪問"],
]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of six elderly users with birth dates, addresses, care levels and diagnoses sent to an outside care office.",
    charset="cp932",
    sender=NISHINA,
    to=["居宅介護支援事業所ひだまり 木ノ下 <kinoshita@hidamari-care.or.jp>"],
    subject="保険外サービス利用者の情報共有について",
    body="""居宅介護支援事業所ひだまり
ケアマネジャー　木ノ下様

いつもお世話になっております。日の出産業の仁科です。
先日の担当者会議でお話のあった、当社の保険外家事サービスをご利用の方の一覧です。
訪問時の留意点もあわせて記載しておりますので、ケアプランとの相違があればご指摘ください。

何卒よろしくお願いいたします。
""" + SIG_NISHINA,
    attachments=[{
        "kind": "xlsx", "name": "保険外サービス利用者一覧_202511.xlsx",
        "sheets": {
            "利用者": [["保険外サービス 利用者一覧（2025年11月時点）"],
                    ["氏名", "生年月日", "住所", "電話", "介護度", "主な疾患・訪問時の留意点"]] + _CARE,
        },
    }],
)

_TRAIN = [
    ["瀬尾 紗希", "セオ サキ", "080-1172-3394", "saki.seo.0412@gmail.com"],
    ["依田 雅美", "ヨダ マサミ", "090-6638-0027", "m-yoda@docomo.ne.jp"],
    ["柏木 由紀", "カシワギ ユキ", "070-2281-9946", "yuki.kashiwagi@icloud.com"],
    ["津久井 千鶴", "ツクイ チヅル", "080-4490-1183", "chizuru-t@yahoo.co.jp"],
    ["東海林 奈々", "ショウジ ナナ", "090-3307-5562", "nana.shoji88@gmail.com"],
    ["四十物 陽菜", "アイモノ ヒナ", "080-9925-6610", "hina.aimono@outlook.jp"],
    ["古舘 智恵", "フルタチ チエ", "070-6645-3201", "furutachi.chie@ezweb.ne.jp"],
    ["穂積 敏江", "ホヅミ トシエ", "090-5518-7734", "toshie.h@softbank.ne.jp"],
]
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX roster of eight staff with personal mobiles and private e-mail addresses sent to an outside training school.",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["家事アカデミー 講座事務局 <jimukyoku@kaji-academy.jp>"],
    subject="整理収納講座（2月期）受講者名簿の提出",
    body="""家事アカデミー
講座事務局　御中

お世話になっております。日の出産業 品質管理課の小野寺です。
2月期の整理収納アドバイザー講座に当社から8名を受講させます。
受講者名簿を添付いたしますので、教材の送付とオンライン教室のご案内をお願いいたします。

請求書は当社宛（品質管理課 小野寺）でお願いいたします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "受講者名簿_日の出産業.docx",
        "paragraphs": ["整理収納アドバイザー講座（2026年2月期）受講者名簿",
                       "申込団体：日の出産業株式会社 ハウスキーピング事業部",
                       "申込担当：品質管理課 小野寺 美保"],
        "tables": [[["No.", "氏名", "フリガナ", "携帯電話", "メールアドレス"]]
                   + [[str(i + 1)] + r for i, r in enumerate(_TRAIN)]],
    }],
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF order form for duplicate keys listing five customers' names and home addresses, to a locksmith.",
    charset="cp932",
    sender=EZOE,
    to=["鍵のタカハシ <order@kagi-takahashi.com>"],
    subject="合鍵作製のご依頼（5件）",
    body="""鍵のタカハシ　高橋様

いつもありがとうございます。日の出産業の江副です。
お客様からお預かりしている鍵のうち、スタッフ交代に伴い予備が必要になった5件の
合鍵作製をお願いします。依頼書をPDFで添付しますので、現物は明日持参します。

よろしくお願いします。
""" + SIG_EZOE,
    attachments=[{
        "kind": "pdf", "name": "合鍵作製依頼書_1121.pdf", "title": "合鍵作製依頼書",
        "lines": ["合鍵作製依頼書", "依頼日：2025年11月21日　依頼者：日の出産業株式会社 業務課 江副", ""],
        "table": [["No", "鍵タグ", "お客様名", "住所", "鍵の種類", "本数"],
                  ["1", "K-0412", "大河内 秀明", "東京都世田谷区玉川台1-14-9", "ディンプル", "1"],
                  ["2", "K-0433", "塩谷 ハル", "東京都世田谷区用賀2-31-5", "ギザギザ", "2"],
                  ["3", "K-0451", "手塚 恒雄", "東京都大田区上池台4-8-17", "ディンプル", "1"],
                  ["4", "K-0460", "新堂 房子", "東京都目黒区原町1-22-3-103", "ギザギザ", "1"],
                  ["5", "K-0478", "畑中 健吾", "東京都品川区小山7-5-26", "ディンプル", "1"]],
    }],
)

_RES = people("residents", 12)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Plain ZIP holding an XLSX of twelve residents with phones and a UTF-8 CSV of further residents' addresses, to the property manager.",
    charset="utf-8",
    sender=TOKANO,
    to=["東都ハウジング 管理部 <kanri@toto-housing.co.jp>"],
    subject="11月　入居者向けハウスクリーニング実施報告",
    body="""東都ハウジング株式会社
管理部　鮫島様

いつもお世話になっております。日の出産業の戸叶です。
11月分の入居者向けハウスクリーニング（福利厚生プラン）の実施報告をお送りします。
実施一覧と、12月の追加依頼分をまとめてZIPにしています。

追加依頼分のうち2件は入居者様とまだ日程が合っておりません。調整でき次第ご報告します。
""" + SIG_TOKANO,
    attachments=[{
        "kind": "zip", "name": "実施報告_202511.zip",
        "files": [
            {"kind": "xlsx", "name": "実施一覧_202511.xlsx",
             "sheets": {"11月実施": [["物件", "部屋", "入居者名", "電話", "実施日", "メニュー"]]
                        + [["ソレイユ木月" if i < 6 else "メゾン池上", f"{100 + (i % 6) * 101}",
                            p["name"], p["tel"], f"2025/11/{3 + i * 2:02d}",
                            ["エアコン", "浴室", "キッチン"][i % 3]] for i, p in enumerate(_RES)]}},
            {"kind": "csv", "name": "追加依頼_12月.csv", "encoding": "utf-8",
             "rows": [["入居者名", "住所", "電話", "希望メニュー"],
                      ["ムトウ アツシ", "神奈川県川崎市中原区木月2-6-18-305", "080-6612-4470", "エアコン2台"],
                      ["依田 奈々", "東京都大田区池上3-22-9-201", "090-3318-0072", "浴室"],
                      ["高階 隆之介", "神奈川県川崎市中原区木月2-6-18-102", "070-1149-3385", "キッチン・換気扇"],
                      ["比嘉 千鶴", "東京都大田区池上3-22-9-306", "03-3754-2208", "エアコン1台"],
                      ["新堂 雅美", "神奈川県川崎市中原区木月2-6-18-408", "090-7760-2213", "浴室・洗面"]]},
        ],
    }],
)

add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Forward (FW) of an internal arrears list of five customers with phones, addresses and amounts to a debt-collection company.",
    charset="cp932",
    sender=TAKIMOTO,
    to=["エムズ債権サービス 回収部 <kaishu@ms-saiken.co.jp>"],
    subject="FW: 【未収】10月分 口座振替不能のお客様",
    body="""エムズ債権サービス株式会社
回収部　ご担当者様

お世話になっております。日の出産業 経理部の瀧本です。
先日ご契約いただいた督促代行の件、初回分として下記のお客様をお願いいたします。
社内のメールをそのまま転送しますので、読みにくい点はご容赦ください。

-----Original Message-----
From: 瀧本 沙耶
Sent: Tuesday, November 11, 2025 4:52 PM
To: 及川 紘一
Subject: 【未収】10月分 口座振替不能のお客様

及川課長

10月分の振替不能で、2回督促しても入金がないお客様です。

1) 五十嵐 恒雄 様　TEL 090-2284-1175　東京都練馬区石神井町6-18-2　未収 32,780円（9月・10月）
2) 小早川 美津子 様　TEL 03-3996-4052　東京都練馬区石神井台3-9-14　未収 16,390円
3) 土橋 翔太 様　TEL 080-5573-2016　東京都中野区若宮1-40-7-202　未収 49,170円（8〜10月）
4) 金城 喜美子 様　TEL 070-4430-6628　東京都杉並区阿佐谷北5-1-3　未収 16,390円
5) 別所 篤 様　TEL 090-8816-3307　東京都武蔵野市吉祥寺本町3-27-11　未収 27,500円

5) 別所様は「サービスに不満があるので払わない」とおっしゃっています。
瀧本
""" + SIG_TAKIMOTO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Internal mail listing six housekeepers' personal mobiles, forwarded as an attached .eml to a subcontractor.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="転送: 応援要員の連絡先",
    body="""大城様

お世話になっております。葛城です。
12/6の大型案件（社宅の一斉退去清掃）で貴社チームと合流する当社スタッフの連絡先です。
社内で回したメールをそのまま添付しますので、当日の現場リーダーの方に共有してください。

葛城
""",
    attachments=[{
        "kind": "eml", "name": "応援要員の連絡先.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": OIKAWA,
            "to": ["葛城 亮 <r-katsuragi@hinode-sangyo.co.jp>"],
            "subject": "応援要員の連絡先",
            "body": """葛城さん

12/6の応援メンバーと連絡先です。当日は現地8:30集合です。

柳瀬　恵理香　　070-3362-9180　（リーダー経験あり）
相沢　健吾　　　090-1128-4476
宇佐美　由紀　　080-2274-6639
津久井　宗一　　090-5503-7712　（車で来ます）
望月　和枝　　　080-6691-0245
真壁　陽菜　　　070-2218-3350

及川
""",
        },
    }],
)

_LEGACY = people("legacy", 30, 1930, 1990)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Legacy .xls customer ledger extract (30 customers with phone, address, birth date) sent to a data-cleansing vendor.",
    charset="iso-2022-jp",
    sender=EZOE,
    to=["データ整理サービス 名寄せ担当 <nayose@data-seiri.co.jp>"],
    subject="旧顧客台帳の名寄せ作業　サンプルデータ",
    body="""株式会社データ整理サービス
名寄せご担当　御中

お世話になっております。日の出産業の江副です。
お見積りのために、旧システムの顧客台帳から30件を抜き出したサンプルを添付します。
旧システムの都合でExcel97-2003形式になっています。
重複の傾向（旧字・カナ違い・転居）を見ていただき、作業費のお見積りをお願いします。
""" + SIG_EZOE,
    attachments=[{
        "kind": "xls", "name": "旧顧客台帳_抽出30件.xls",
        "sheets": {"台帳": [["顧客番号", "氏名", "カナ", "電話", "郵便番号", "住所", "生年月日", "初回利用日"]]
                   + [[p["no"], p["name"], p["kana"], p["tel"], p["zip"], p["addr"], p["dob"],
                       f"20{10 + i % 14:02d}/{1 + i % 12:02d}/15"] for i, p in enumerate(_LEGACY)]},
    }],
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reply whose new text is a tab-separated key-custody register of five customers (name, address, phone) to the key-storage company.",
    charset="cp932",
    sender=EZOE,
    to=["セーフキー 保管センター <hokan@safekey.co.jp>"],
    subject="Re: 12月 新規保管分のご連絡のお願い",
    body="""セーフキー株式会社
保管センター　岩渕様

お世話になっております。日の出産業の江副です。
12月からの新規保管分、以下の5本です。明日の集荷でお渡しします。

タグ番号	お客様名	住所	連絡先	備考
HK-K1201	小早川 秀明	東京都世田谷区奥沢2-9-18	03-3727-5540	オートロック鍵と2本1組
HK-K1202	三ツ矢 智恵	東京都目黒区緑が丘1-20-3-205	090-4471-8826	
HK-K1203	依田 房子	東京都大田区雪谷大塚町11-6	03-3728-0917	勝手口の鍵
HK-K1204	楡井 ハル	東京都品川区荏原5-3-24	080-6603-2291	
HK-K1205	高階 篤	東京都世田谷区等々力2-33-1	070-2252-4418	12/24以降の利用

以上、よろしくお願いいたします。
""" + SIG_EZOE + """
> 日の出産業株式会社
> 江副様
>
> いつもお世話になっております。セーフキーの岩渕です。
> 12月からの新規保管分がございましたら、タグ番号と保管先情報をご連絡ください。
> 集荷は毎週木曜日です。
""",
)

# ======================================================================================
# STOP — identity and card numbers
# ======================================================================================

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="A sole-trader housekeeper's My Number with name and address, in the body to the outside tax accountant.",
    charset="iso-2022-jp",
    sender=TAKIMOTO,
    to=["辻本税理士事務所 辻本 <tsujimoto@tsujimoto-tax.jp>"],
    subject="支払調書作成用の情報（外注先 個人分）",
    body="""辻本税理士事務所
辻本先生

いつもお世話になっております。日の出産業 経理部の瀧本です。
令和7年分の報酬の支払調書について、書面での提出が遅れていた1名分をお送りします。

氏名：菅生　奈々
住所：東京都足立区梅島2-9-14
個人番号：""" + my_number(24) + """
支払金額：1,284,000円（源泉徴収税額 131,056円）
区分：家事代行業務の外注報酬

残りの方は揃い次第お送りします。よろしくお願いいたします。
""" + SIG_TAKIMOTO,
)

_MN25 = my_number(25)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="New part-timer's My Number and basic pension number in full-width digits, with 和暦 birth date, to the labour-law office.",
    charset="cp932",
    sender=OIKAWA,
    to=["社会保険労務士法人かけはし 手続きチーム <tetsuzuki@kakehashi-sr.jp>"],
    subject="資格取得届のお願い（12/1入社 パート1名）",
    body="""社会保険労務士法人かけはし
手続きチーム　ご担当者様

お世話になっております。日の出産業の及川です。
12月1日入社のパート1名について、社会保険・雇用保険の資格取得届をお願いいたします。
本人から預かった情報を下記に記載します。

氏名　　　：比嘉　ハル（ヒガ　ハル）
生年月日　：平成２年８月２７日
個人番号　：""" + g4(zen(_MN25), "　") + """
基礎年金番号：""" + zen("4127-603358") + """
所定労働時間：週２５時間
月額給与見込：１２８，０００円

扶養家族はおりません。
ご確認のほどよろしくお願いいたします。
""" + SIG_OIKAWA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX transcription of a dependants declaration carrying three people's My Numbers, sent to the payroll outsourcer.",
    charset="utf-8",
    sender=OIKAWA,
    to=["ペイロールサポート 年調担当 <nencho@payroll-support.co.jp>"],
    subject="年末調整　申告書転記分の送付（ハウスキーピング事業部 1名）",
    body="""ペイロールサポート株式会社
年末調整ご担当者様

お世話になっております。日の出産業の及川です。
用紙の提出が間に合わなかった社員1名分について、内容をWordに転記したものを添付いたします。
原本は後日郵送いたします。
""" + SIG_OIKAWA,
    attachments=[{
        "kind": "docx", "name": "扶養控除等申告書_転記_野々宮.docx",
        "paragraphs": ["令和8年分 給与所得者の扶養控除等（異動）申告書　転記",
                       "所属：ハウスキーピング事業部",
                       "住所：東京都大田区池上5-14-2-303"],
        "tables": [[["区分", "氏名", "続柄", "生年月日", "個人番号"],
                    ["本人", "野々宮 篤", "", "1983/04/02", my_number(2601)],
                    ["配偶者", "野々宮 雅美", "妻", "1985/09/16", my_number(2602)],
                    ["扶養親族", "野々宮 陽菜", "長女", "2014/06/21", my_number(2603)]]],
    }],
)

_CC27 = card_number(27)
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="A customer's full card number, expiry and holder name taken by phone, sent to the payment processor.",
    charset="iso-2022-jp",
    sender=MARUMO,
    to=["ペイネクスト 加盟店サポート <support@paynext.jp>"],
    subject="電話受付分の手動決済について（加盟店ID HN-20417）",
    body="""ペイネクスト株式会社
加盟店サポート　ご担当者様

お世話になっております。日の出産業（加盟店ID：HN-20417）の丸茂です。
管理画面にログインできない状態が続いているため、本日お電話で受け付けたお客様の
カード決済を代わりに処理いただけないでしょうか。

カード番号：""" + g4(_CC27, "-") + """
有効期限　：09/28
名義　　　：KIMIKO TEZUKA
金額　　　：38,500円（税込）エアコンクリーニング2台
お客様名　：手塚 喜美子 様

ログインの件は別途お問い合わせしております。よろしくお願いいたします。
""" + SIG_MARUMO,
)

_CC28 = card_number(28)
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="English mail carrying a client's full credit-card number and expiry to the relocation company.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Megan Tsai <megan.tsai@global-relo.com>"],
    subject="Billing for Ms. Solberg's move-out deep clean",
    body="""Hi Megan,

Ms. Ingrid Solberg's assistant called this morning and asked us to charge the move-out deep
clean (JPY 96,800 incl. tax) to the card below. Since your company normally pays for her
services, could you confirm it's fine for us to bill her personal card this time?

Cardholder: INGRID SOLBERG
Card no.: """ + g4(_CC28) + """
Expiry: 11/27

The clean is scheduled for Saturday 13 December, 9:00–17:00.

Thanks,
""" + SIG_EN + DISC_EN,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="Two staff drivers' licence numbers with birth dates sent to the vehicle-lease company.",
    charset="iso-2022-jp",
    sender=EZOE,
    to=["関東オートリース 法人窓口 <hojin@kanto-lease.co.jp>"],
    subject="社用車　運転者登録の追加（2名）",
    body="""関東オートリース株式会社
法人窓口　ご担当者様

いつもお世話になっております。日の出産業の江副です。
契約番号 KL-88213（軽バン3台）について、運転者を2名追加登録したく、ご連絡いたします。

1.　氏名：土橋　健吾
　　生年月日：1991年3月12日
　　運転免許証番号：第３０１２４４５８１７２０号
　　有効期限：2028年4月12日（ゴールド）

2.　氏名：大河内　奈々
　　生年月日：1997年10月5日
　　運転免許証番号：第３０１５８８０２６３４１号
　　有効期限：2027年11月5日

免許証の写しは必要でしょうか。必要であれば郵送いたします。
""" + SIG_EZOE,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="A foreign housekeeper's residence card number and status sent to the outside registered support organisation.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["ひまわり登録支援機関 生活支援課 <seikatsu@himawari-shien.or.jp>"],
    subject="特定技能スタッフの在留期間更新について",
    body="""一般社団法人ひまわり登録支援機関
生活支援課　ご担当者様

お世話になっております。日の出産業の葛城です。
当社で家事支援業務に従事している下記スタッフの在留期間更新について、
申請書類の準備をお願いいたします。

氏名：DELA CRUZ MARICEL ANN（デラクルス マリセル アン）
在留カード番号：PH48213057FA
在留資格：特定技能1号
在留期間満了日：2026年3月14日

本人の面談は12月中旬で調整させてください。
""" + SIG_KATSURAGI,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="An expat customer's passport number in an entry authorisation letter sent to the building concierge.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Concierge Desk <concierge@azabu-residence-mgmt.jp>"],
    subject="Entry authorisation – Unit 1802, Mr. Oliver Brandt",
    body="""Dear Concierge team,

Mr. Oliver Brandt (Unit 1802) will be overseas from 15 December to 12 January and has asked
Hinode Sangyo to carry out weekly housekeeping during his absence. As your building rules
require, please find his authorisation below.

  I, Oliver Brandt, holder of passport no. TR5082716, resident of Unit 1802, authorise
  Hinode Sangyo Co., Ltd. housekeeping staff to enter my apartment with the key I have
  deposited with them, every Tuesday between 10:00 and 13:00.

Our staff will show their company ID at the front desk. Please let me know if the signed
original is also needed.

Kind regards,
""" + SIG_EN,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Health-insurance card symbol/number of a staff member plus a dependant's name and birth date sent to the insurance society.",
    charset="cp932",
    sender=OIKAWA,
    to=["関東家事サービス健康保険組合 適用課 <tekiyo@kanto-kaji-kenpo.or.jp>"],
    subject="被扶養者異動届（追加）の事前確認",
    body="""関東家事サービス健康保険組合
適用課　ご担当者様

お世話になっております。日の出産業株式会社（事業所記号 4120）の及川です。
下記の被保険者について、お子様の出生に伴う被扶養者追加の届出を予定しております。
添付書類に不足がないか、事前にご確認いただけますでしょうか。

被保険者：瀬尾 翔太
被保険者証　記号 4120　番号 387
追加する被扶養者：瀬尾 陽菜（長女）
生年月日：令和7年10月30日

出生届の受理証明書は取得済みです。
""" + SIG_OIKAWA,
)

# ======================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# ======================================================================================

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Running text: a named elderly customer at a stated address has been diagnosed with Alzheimer's — sent to the subcontractor.",
    charset="iso-2022-jp",
    sender=NISHINA,
    to=["クリーンワークス多摩 リーダー 蓮見 <hasumi@cleanworks-tama.co.jp>"],
    subject="来週からの高階様宅の件",
    body="""蓮見さん

お疲れさまです。日の出産業の仁科です。
来週火曜から担当していただく高階ミヨ様（世田谷区奥沢7-3-12）の件で、
事前にお伝えしておきたいことがあります。

ご長女様から伺ったのですが、ミヨ様は昨年アルツハイマー型の認知症と診断されていて、
ここ数か月でだいぶ進んでいるそうです。物の置き場所を忘れて「財布を盗られた」と
おっしゃることがあるので、貴重品のある寝室の引き出し・仏間には絶対に触れないでください。
同じ質問を何度もされますが、否定せずに穏やかに答えてあげてください。

作業後は毎回、ご長女様に私からLINEで報告しますので、気になったことはメモで結構です
ので教えてください。

よろしくお願いします。
仁科
""",
)

add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named customer's total blindness and disability certificate grade, with his phone, in instructions to an external crew.",
    charset="utf-8",
    sender=TOKANO,
    to=["ミナトクリーン 嶋田 <shimada@minato-clean.co.jp>"],
    subject="新規　依田様（品川区）作業時の注意点",
    body="""嶋田様

お世話になっております。戸叶です。
12月から隔週でお願いする依田勝利様について、作業時の注意点をまとめました。

依田様は全盲で、身体障害者手帳1級をお持ちです。お一人暮らしです。
・家具や日用品の位置は絶対に動かさないでください。拭いたら必ず同じ場所・同じ向きに戻す。
・ドアや引き出しは開けたままにしない（つまずき・衝突の原因になります）。
・入室時と退室時、部屋を移るときは必ず声をかけてください。
・盲導犬（ラブラドール）がいますが、作業中は撫でたり声をかけたりしないでください。

ご本人の携帯（090-7318-2264）に到着10分前にお電話を入れてください。
""" + SIG_TOKANO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="States a named customer family's religion (Islam) and prayer practice to the subcontractor.",
    charset="cp932",
    sender=MURASE,
    to=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="ラフマン様宅　作業時のお願い",
    body="""大城様

お世話になっております。日の出産業の村瀬です。
来月から毎週金曜にお伺いするラフマン様（ファリダ・ラフマン様）のお宅について、
ご家族の信仰に関わるお願いがありますので共有いたします。

ご一家はイスラム教徒で、1日5回お祈りをされます。
・リビング奥の礼拝用の敷物は踏まない、掃除機をかけない（ご本人が片付けます）
・コーランの置かれた棚は拭き掃除不要、物を上に置かない
・豚由来成分を含む洗剤・ブラシ（豚毛）は使用しない
・金曜正午前後は礼拝のため、作業は9時〜11時半で終えてください

細かい点ですが、トラブル防止のため、担当の方にも必ずお伝えください。
""" + SIG_MURASE,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named crew member's arrest and suspended sentence for theft discussed with his employer (external).",
    charset="iso-2022-jp",
    sender=KATSURAGI,
    to=["ハウスメイト城東 代表 西園寺 <saionji@housemate-joto.co.jp>"],
    subject="貴社スタッフの件（ご相談）",
    body="""株式会社ハウスメイト城東
代表取締役　西園寺様

いつもお世話になっております。日の出産業の葛城でございます。
大変申し上げにくいご相談です。

貴社からご紹介いただき、10月から当社案件に入っていただいている真壁翔太さんについて、
お客様から「以前ニュースで見た人ではないか」とのご指摘があり、確認いたしました。
その結果、真壁さんは2021年に住居侵入・窃盗で逮捕され、懲役2年・執行猶予4年の
判決を受けていたことがわかりました。

当社としては、鍵をお預かりする案件に執行猶予期間中の方を配置することは難しく、
当面、真壁さんを当社案件から外していただきたいと考えております。
ご本人への伝え方も含め、一度お電話でご相談させてください。
""" + SIG_KATSURAGI,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named customer is a domestic-violence victim under a resident-record restriction; her new address is given — to an outside crew.",
    charset="utf-8",
    sender=ONODERA,
    to=["ミナトクリーン 工務 <koumu@minato-clean.co.jp>"],
    subject="【重要】七尾様宅の訪問について",
    body="""株式会社ミナトクリーン
工務ご担当 嶋田様

お世話になっております。日の出産業の小野寺です。
来週から定期でお願いする七尾恵理香様について、重要なお願いです。

七尾様は元夫からのDV被害のため今年転居され、住民票の閲覧制限（支援措置）を受けています。
元夫が現在も居場所を探している可能性があるとのことです。
・訪問先の住所（江東区東雲1-9-22-1415）は作業チーム以外に一切口外しないでください
・電話で七尾様の所在や予定を問い合わせる人がいても、何も答えず当社にご連絡ください
・社用車は建物前に駐車せず、近隣のコインパーキングを使ってください

ご理解とご協力をよろしくお願いいたします。
""" + SIG_ONODERA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Names a housekeeper's ethnic origin (Zainichi Korean) in a harassment matter sent to the outside law firm.",
    charset="iso-2022-jp",
    sender=OIKAWA,
    to=["白川法律事務所 沖田先生 <okita@shirakawa-law.jp>"],
    subject="お客様による差別発言の件（ご相談）",
    body="""白川法律事務所
沖田先生

いつもお世話になっております。日の出産業の及川です。
お客様からスタッフへの差別発言について、対応をご相談させてください。

11月14日、当社スタッフの李美善（イ・ミソン）が定期訪問先の古舘宗一様宅で作業中、
古舘様から、李が在日韓国人三世であることを理由に「朝鮮人に家の中を触らせるな」
「国に帰れ」といった発言を繰り返し受けました。李は現在ショックで休んでおります。

当社としては契約の解除も視野に入れておりますが、解約の申し入れ方と、
李本人へのケアについて法的に留意すべき点をご教示いただけますでしょうか。
経緯をまとめたメモは明日お送りします。
""" + SIG_OIKAWA,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named dispatched housekeeper's health-check findings (hypertension, ECG) sent to the staffing agency.",
    charset="cp932",
    sender=KATSURAGI,
    to=["スタッフネット家事 派遣営業 <haken@staffnet-kaji.co.jp>"],
    subject="若狭さんの業務内容について",
    body="""スタッフネット家事株式会社
派遣営業　仲宗根様

お世話になっております。日の出産業の葛城です。
派遣いただいている若狭智恵さんの件でご相談です。

先月の定期健康診断の結果を本人から見せてもらったところ、血圧が178/104で「要治療」、
心電図にも所見ありで精密検査の指示が出ていました。本人はまだ受診していないようです。
当面、エアコン分解洗浄や家具移動などの重作業からは外し、定期清掃のみにしたいと
考えています。派遣契約上の業務内容の変更として問題ないか確認させてください。

また、貴社からも受診を勧めていただけると助かります。
""" + SIG_KATSURAGI,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Tells a partner hotel that a named team leader is on leave for depression.",
    charset="utf-8",
    sender=TOKANO,
    to=["さくらホテル 宿泊部 客室課 <kyakushitsu@sakura-hotel.jp>"],
    subject="客室清掃チームの体制変更について",
    body="""さくらホテル
宿泊部 客室課　樋口様

いつもお世話になっております。日の出産業の戸叶です。
客室清掃チームの体制変更についてご連絡いたします。

常駐チームリーダーの瀬尾篤ですが、うつ病の診断を受け、主治医の指示で
12月末まで休職することになりました。
その間は副リーダーの金城がリーダー業務を代行し、私も週2回現場に入ります。

年末の繁忙期に申し訳ございませんが、品質は落とさないよう努めます。
何かございましたら私の携帯までご連絡ください。
""" + SIG_TOKANO,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English: a named client's child has epilepsy, with seizure instructions, shared with an outside nanny agency.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Rachel Imai <rachel@tokyo-nanny.com>"],
    subject="Whitfield household – coordination between nanny and housekeeper",
    body="""Hi Rachel,

Since your nanny and our housekeeper will both be at the Whitfields' on Tuesdays and Fridays,
I wanted to make sure we're on the same page.

Mrs. Sarah Whitfield told our housekeeper last week that her son Liam (7) has epilepsy and
is on daily medication. She asked that anyone in the house knows what to do if he has a
seizure: keep him on his side, do not put anything in his mouth, time it, and call her
immediately — and an ambulance if it lasts more than five minutes. His rescue medication
is in the top kitchen drawer.

Our housekeeper (Ms. Higa) will leave the kitchen floor dry before 15:00 when Liam gets home.
Could you pass this on to your nanny?

Best,
""" + SIG_EN,
)

# ======================================================================================
# STOP — external recipients visible to each other
# ======================================================================================

add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Invitation to four different subcontractor companies all in To: they can see each other (should be Bcc).",
    charset="iso-2022-jp",
    sender=KATSURAGI,
    to=["クリーンワークス多摩 <info@cleanworks-tama.co.jp>",
        "有限会社ピカリ <info@pikari.jp>",
        "ハウスメイト城東 <office@housemate-joto.co.jp>",
        "ミナトクリーン <info@minato-clean.co.jp>"],
    subject="【ご案内】年末大掃除シーズン 協力会社説明会（12/3）",
    body="""協力会社各位

いつも大変お世話になっております。
日の出産業 ハウスキーピング事業部 外注管理グループの葛城でございます。

年末の大掃除シーズンに向けて、下記のとおり協力会社様向けの説明会を開催いたします。
ご多用中恐縮ですが、ご出席いただけますようお願い申し上げます。

　日時：2025年12月3日（水）14:00〜15:30
　場所：日の出渋谷ビル 5F 会議室A（渋谷区渋谷2-14-8）
　内容：繁忙期の受注見込み、単価・応援体制、鍵の受け渡しルールの変更点

出欠を11月28日までにご返信ください。
""" + SIG_KATSURAGI,
)

add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Three private customers on free mail put in To together, exposing each other's addresses.",
    charset="utf-8",
    sender=MARUMO,
    to=["kobayakawa.soichi@gmail.com", "yanase-home@yahoo.co.jp", "t.hozumi@icloud.com"],
    subject="【ひので家事ラク】12月10日の訪問時間変更のお願い",
    body="""ルミエール等々力にお住まいのお客様

いつも「ひので家事ラク」をご利用いただきありがとうございます。
カスタマーセンターの丸茂でございます。

12月10日（水）は、マンションの排水管清掃が午前中に実施されるため、
同日午前にご予約のお客様の訪問を午後（13:00〜）に変更させていただけないでしょうか。
ご都合が合わない場合は、別日での振替も承ります。

お手数ですが、本メールへのご返信でご希望をお知らせください。
""" + SIG_MARUMO,
)

add(
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="English notice with three separate clients (two corporate HR contacts and a private gmail) visible in To/Cc.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["j.morrison@northbridge-capital.com"],
    cc=["hr-japan@velaris-pharma.com", "lena.kowalczyk@gmail.com"],
    subject="Year-end schedule for housekeeping services",
    body="""Dear clients,

Thank you for using Hinode Sangyo's housekeeping services this year.

Our office will be closed from 29 December to 4 January. Regular visits falling in that
period will be moved to the week of 22 December or the week of 5 January; your assigned
housekeeper will contact you to agree a date.

Wishing you a pleasant holiday season.

Kind regards,
""" + SIG_EN,
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="Damage claim sent with the insurer, the law firm and the subcontractor all in To/Cc (three external parties); names one customer and her address.",
    charset="cp932",
    sender=OIKAWA,
    to=["東洋損害保険 宮之原 <miyanohara@toyo-sonpo.co.jp>",
        "白川法律事務所 沖田 <okita@shirakawa-law.jp>"],
    cc=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="楡井様宅 花瓶破損事故　今後の進め方",
    body="""関係各位

お世話になっております。日の出産業の及川です。
7月22日に発生した楡井様宅（横浜市青葉区美しが丘5-12-3）での花瓶破損事故について、
お客様から鑑定書付きで38万円のご請求がありました。

・東洋損保様：鑑定書の写しを本日郵送しました。支払可否のご判断をお願いします。
・沖田先生：お客様が「示談に応じなければ訴える」とおっしゃっているため、
　交渉の進め方についてご助言をお願いします。
・ピカリ様：作業当日の状況について、担当者の報告書を再提出してください。

来週中に一度、三者でお打ち合わせの場を設けたいと考えております。
""" + SIG_OIKAWA,
)

# ======================================================================================
# STOP — look-alike recipient domains
# ======================================================================================

add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Weekly report meant for the manager goes to hinode-sangyou.co.jp — a letter-added look-alike of the own domain.",
    charset="iso-2022-jp",
    sender=EZOE,
    to=["及川 紘一 <k-oikawa@hinode-sangyou.co.jp>"],
    subject="週報（11/17〜11/21）業務課 江副",
    body="""及川課長

お疲れさまです。江副です。今週の週報です。

■受注
・定期：新規 9件／解約 3件（うち転居 2件）
・スポット：41件（エアコン 17、水回り 15、その他 9）
■クレーム
・2件（遅刻 1、仕上がり 1）いずれも対応済み
■その他
・新スケジューラの移行テストは12/8開始で確定
・社用車1台、12/1から車検で4日間使えません

以上です。
江副
""",
)

add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Recipient domain midori-glnko.co.jp swaps i for l: a homoglyph of partner bank midori-ginko.co.jp.",
    charset="cp932",
    sender=TAKIMOTO,
    to=["みどり銀行 振替センター 佐久間様 <sakuma@midori-glnko.co.jp>"],
    subject="口座振替データ（12月27日振替分）の送信スケジュール",
    body="""みどり銀行
口座振替センター　佐久間様

いつもお世話になっております。日の出産業 経理部の瀧本です。
12月27日振替分の請求データについて、年末のため送信スケジュールを早めたく存じます。

・データ送信：12月15日（月）午前中
・件数見込み：約1,240件
・振替結果の返却：12月29日（月）

上記で問題ないかご確認いただけますでしょうか。
""" + SIG_TAKIMOTO,
)

add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp — look-alike domain.",
    charset="utf-8",
    sender=EZOE,
    to=["青葉運輸 法人営業 <hojin@aoba-unyu.jp>"],
    subject="業務用洗剤の定期配送（渋谷・川崎倉庫）",
    body="""青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業の江副です。
業務用洗剤・ワックスの倉庫間の定期配送について、1月からの便を下記に変更したいです。

・渋谷事務所 → 川崎倉庫：毎週月曜 午前
・川崎倉庫 → 渋谷事務所：毎週木曜 午後
・荷量：1回あたり段ボール20〜30箱（18L缶 4〜6缶を含む）

お見積りをいただけますと幸いです。
""" + SIG_EZOE,
)

add(
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp.",
    charset="iso-2022-jp",
    sender=EZOE,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="【障害】スタッフアプリで作業完了報告が送信できない",
    body="""ツバサシステム サポートご担当者様

日の出産業の江副です。お世話になっております。
本日10時頃から、スタッフ用アプリで作業完了報告（写真付き）を送信すると
「通信エラー（E-5012）」が表示され、送信できない状態です。

・発生端末：Android、iPhoneとも
・写真なしの報告は送信できる
・管理画面側には報告が届いていない

至急ご確認をお願いいたします。
""" + SIG_EZOE,
)

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Mail stamped 【社外秘】 (subject and top of body) carrying an internal rate-revision plan, sent to a subcontractor.",
    charset="iso-2022-jp",
    sender=KATSURAGI,
    to=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="【社外秘】2026年度 外注単価改定案",
    body="""【社外秘】

大城様

お世話になっております。葛城です。
先日お話しした2026年度の外注単価の改定案です。社内の検討資料をそのまま貼り付けます。

　定期清掃（2時間）　　　　4,800円 → 5,100円
　水回り3点セット　　　　12,000円 → 12,600円
　エアコン（壁掛け）　　　 6,500円 → 6,500円（据え置き）
　繁忙期加算（12/20〜12/30）　　　＋15％

当社の受注単価との差は社内でも限られた者しか知らない数字です。取扱いにご注意ください。
来週の打ち合わせでご意見を伺えれば幸いです。

葛城
""",
)

add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["confidential_marking", "personal_data"],
    note="DOCX accident report whose page header is stamped 取扱注意 (marking only inside the attachment); names one customer and address.",
    charset="utf-8",
    sender=ONODERA,
    to=["東洋損害保険 損害サービス課 <songai-svc@toyo-sonpo.co.jp>"],
    subject="事故報告書の送付（受付番号 TS-25-118842）",
    body="""東洋損害保険株式会社
損害サービス課　ご担当者様

お世話になっております。日の出産業 品質管理課の小野寺です。
先日お電話でご報告した破損事故について、事故報告書を添付いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "事故報告書_TS-25-118842.docx", "page_header": "取扱注意",
        "title": "事故報告書",
        "paragraphs": ["事故報告書", "受付番号：TS-25-118842",
                       "発生日時：2025年11月18日 10時40分頃",
                       "発生場所：お客様宅（東京都目黒区八雲1-17-4 ハイツ八雲101　湯浅 喜美子 様）",
                       "事故内容：浴室清掃中、スタッフが脚立を移動させた際に洗面所の照明カバー（ガラス製）に接触し破損。",
                       "お客様への対応：当日謝罪。同等品の手配をお約束済み。",
                       "再発防止策：脚立移動時は二人作業とし、上方確認を徹底する。"],
    }],
)

add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF plan whose every page footer reads CONFIDENTIAL / internal use only; the mail text is plain.",
    charset="cp932",
    sender=MURASE,
    to=["ツバサシステム 営業部 羽生 <hanyu@tsubasa-system.jp>"],
    subject="見守りサービス連携の件　企画資料",
    body="""ツバサシステム株式会社
営業部　羽生様

お世話になっております。日の出産業の村瀬です。
先日ご相談した、家事代行と見守りセンサーの連携サービスについて、
社内で作った企画資料をお送りします。システム面で実現可能か見ていただけますか。
""" + SIG_MURASE,
    attachments=[{
        "kind": "pdf", "name": "見守り連携サービス企画_v3.pdf",
        "title": "見守り連携サービス企画", "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "lines": ["家事代行×見守りセンサー 連携サービス企画（第3版）", "",
                  "1. 背景：独居高齢者の利用増加、ご家族からの安否確認ニーズ",
                  "2. サービス概要：訪問時にセンサー状態を確認、異常時はご家族へ通知",
                  "3. 収益計画：初年度 契約300件、月額2,980円",
                  "4. 協業先候補：ツバサシステム（アプリ）、セーフキー（鍵管理）",
                  "5. 課題：通知の責任範囲、個人情報の取扱い、価格設定"],
    }],
)

add(
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX proposal whose slides carry a 部外秘 footer, sent to a client.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["東都ハウジング 鮫島 <samejima@toto-housing.co.jp>"],
    subject="空室クリーニング一括受託のご提案資料",
    body="""東都ハウジング株式会社
管理部　鮫島様

いつもお世話になっております。日の出産業の戸叶です。
先日お打ち合わせした空室クリーニングの一括受託について、提案資料をお送りします。
来週のご社内検討にお使いください。
""" + SIG_TOKANO,
    attachments=[{
        "kind": "pptx", "name": "空室クリーニング一括受託ご提案.pptx", "page_footer": "部外秘",
        "slides": [["空室クリーニング一括受託のご提案", "日の出産業株式会社 ハウスキーピング事業部", "2025年11月"],
                   ["現状の課題", "退去〜入居までのリードタイム", "業者ごとの品質のばらつき"],
                   ["ご提案内容", "管理物件 約420戸の退去清掃を一括受託", "退去連絡から3営業日以内に完了"],
                   ["お見積り", "1R〜1K：28,000円", "2LDK：52,000円", "年間契約割引 8％"]],
    }],
)

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP (PPAP) of a resident list; contents cannot be inspected.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["東都ハウジング 管理部 <kanri@toto-housing.co.jp>"],
    subject="入居者名簿（12月清掃対象）の送付",
    body="""東都ハウジング株式会社
管理部　ご担当者様

お世話になっております。日の出産業の戸叶です。
12月の共用部・専有部清掃の対象となる入居者名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。
""" + SIG_TOKANO,
    attachments=[{
        "kind": "zip", "name": "入居者名簿_12月.zip", "password": "Hs2025#1201",
        "files": [{"kind": "xlsx", "name": "入居者名簿_12月.xlsx",
                   "sheets": {"名簿": [["部屋", "入居者名", "電話"]]
                              + [[f"{200 + i}", p["name"], p["tel"]]
                                 for i, p in enumerate(people("ppap", 15))]}}],
    }],
)

add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Password-protected PDF quotation: the attachment cannot be opened for inspection.",
    charset="utf-8",
    sender=MURASE,
    to=["ベラリス製薬 総務部 福利厚生担当 <fukuri@velaris-pharma.co.jp>"],
    subject="福利厚生プラン（家事代行）お見積書",
    body="""ベラリス製薬株式会社
総務部 福利厚生ご担当者様

お世話になっております。日の出産業の村瀬です。
社員様向け家事代行の福利厚生プランについて、お見積書をお送りいたします。
PDFにはパスワードを設定しておりますので、お電話でお伝えしたものをご入力ください。
""" + SIG_MURASE,
    attachments=[{
        "kind": "pdf", "name": "お見積書_HS-Q-25-0931.pdf", "password": "velaris0931",
        "lines": ["御見積書", "見積番号：HS-Q-25-0931", "福利厚生プラン（社員利用分 月20時間）",
                  "月額 198,000円（税別）"],
    }],
)

add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Corrupt XLSX attachment (truncated/garbled) that cannot be parsed.",
    charset="cp932",
    sender=TAKIMOTO,
    to=["東都ハウジング 経理課 <keiri@toto-housing.co.jp>"],
    subject="11月分　請求明細のご送付",
    body="""東都ハウジング株式会社
経理課　ご担当者様

いつもお世話になっております。日の出産業 経理部の瀧本です。
11月分のハウスクリーニング請求明細を添付いたします。
請求書原本は本日郵送いたしました（請求番号 HS-INV-2511-0214）。
""" + SIG_TAKIMOTO,
    attachments=[{"kind": "corrupt", "name": "請求明細_202511_東都ハウジング.xlsx"}],
)

add(
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Corrupt PDF work report attachment that cannot be read.",
    charset="utf-8",
    sender=ONODERA,
    to=["さくらホテル 客室課 樋口 <higuchi@sakura-hotel.jp>"],
    subject="11月度　客室清掃品質チェック報告書",
    body="""さくらホテル
客室課　樋口様

お世話になっております。日の出産業の小野寺です。
11月度の客室清掃品質チェックの報告書（写真付き）をお送りします。
容量が大きいため、開けない場合はお知らせください。
""" + SIG_ONODERA,
    attachments=[{"kind": "corrupt", "name": "品質チェック報告_202511.pdf"}],
)

# ======================================================================================
# PASS — ordinary mail that must go
# ======================================================================================

HINODE_CORP_NO = corp_number("011001058832")

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Ordinary crew confirmation for an office job; only signatures and the standard confidentiality disclaimer.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["クリーンワークス多摩 市ノ瀬 <ichinose@cleanworks-tama.co.jp>"],
    subject="Re: 11/29（土）オフィス定期清掃の人員について",
    body="""市ノ瀬様

お世話になっております。戸叶です。
11/29（土）の法人オフィス定期清掃（渋谷区内、約180平米）、4名体制で承知しました。
作業時間は9:00〜13:00、ビル側の搬入口は8:45から使えます。
カーペット洗浄機は当社から持ち込みますので、貴社は通常装備のみでお願いします。

引き続きよろしくお願いします。
""" + SIG_TOKANO + DISC_JA,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Mail about signing an NDA with a new subcontractor; the DOCX is the draft contract text, not a marked document.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["ソラ技研 営業部 野中 <nonaka@sora-giken.co.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body="""株式会社ソラ技研
営業部　野中様

お世話になっております。日の出産業 外注管理グループの葛城です。
先日はエアコン分解洗浄の協力体制についてお打ち合わせいただき、ありがとうございました。

お取引開始にあたり、まずは秘密保持契約を締結させていただきたく、当社ひな形の案を
お送りします。お客様のご住所や鍵の情報をお渡しすることになるため、第2条の
「機密情報」の定義に顧客情報を明記しております。
修正のご希望があれば、変更履歴付きでご返送ください。
""" + SIG_KATSURAGI,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_ソラ技研様.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という）と株式会社ソラ技研（以下「乙」という）は、"
                       "甲が乙に委託する清掃業務に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、委託業務の遂行にあたり開示される情報の取扱いを定める。",
                       "第2条（機密情報の定義）本契約において機密情報とは、甲が乙に開示する顧客の氏名、"
                       "住所、連絡先、鍵及び住居内の状況に関する一切の情報をいう。",
                       "第3条（秘密保持義務）乙は機密情報を第三者に開示又は漏えいしてはならない。",
                       "第4条（返還・廃棄）委託業務終了後、乙は速やかに機密情報を返還又は廃棄する。",
                       "第5条（有効期間）本契約の有効期間は締結日から3年間とする。"],
    }],
)

add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One customer's name, address and phone for a single job to a subcontractor — may be warned, not held.",
    charset="cp932",
    sender=MURASE,
    to=["ソラ技研 工事課 <koji@sora-giken.co.jp>"],
    subject="エアコン分解洗浄のご依頼（12/6 午後）",
    body="""ソラ技研　工事課　ご担当者様

お世話になっております。日の出産業の村瀬です。
下記1件、エアコン分解洗浄をお願いいたします。

ご依頼主：早乙女 節子 様
住所　　：東京都杉並区成田東3-18-5
電話　　：03-3315-7742
日時　　：12月6日（土）13:00〜
内容　　：壁掛けエアコン 2台（リビング：お掃除機能付き、寝室：通常）
駐車場　：敷地内に1台分あり

作業後、完了報告をいただけましたら当社からご請求いたします。
""" + SIG_MURASE,
)

add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three attendees with mobile numbers for a training venue booking at the partner hotel — below the list threshold.",
    charset="iso-2022-jp",
    sender=ONODERA,
    to=["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    subject="12/12 研修会場ご予約の件（参加者追加）",
    body="""さくらホテル
宴会予約ご担当者様

お世話になっております。日の出産業の小野寺です。
12月12日の「客室清掃 技術研修」（小会議室「楓」）について、当日の引率者を
お知らせいたします。何かあれば下記へご連絡ください。

　小野寺　美保（品質管理課）　080-3327-1146
　金城　由紀（客室清掃チーム）　090-6618-2093
　高階　篤（客室清掃チーム）　　070-4452-8817

昼食のお弁当は合計22個で変更ありません。
""" + SIG_ONODERA,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Directory of the company's own branch offices (addresses and switchboards) — businesses, not people.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["ソラ技研 営業部 野中 <nonaka@sora-giken.co.jp>"],
    subject="当社営業所の一覧（鍵受け渡し窓口）",
    body="""野中様

お世話になっております。葛城です。
鍵の受け渡し窓口となる当社営業所の一覧です。受付時間は各所とも平日8:30〜18:00です。

営業所        住所                                      電話
------------  ----------------------------------------  -------------
渋谷（本部）  東京都渋谷区渋谷2-14-8 日の出渋谷ビル5F    03-5468-2210
城西          東京都杉並区荻窪5-27-3 荻窪南口ビル3F     03-5347-1180
城東          東京都江東区亀戸2-36-12 亀戸中央ビル2F    03-5626-4470
川崎          神奈川県川崎市中原区小杉町3-264 4F       044-733-5021
横浜北        神奈川県横浜市青葉区青葉台1-6-14 2F       045-988-3106
吉祥寺        東京都武蔵野市吉祥寺南町1-11-2 5F         0422-41-7735

土日の受け渡しは渋谷のみ対応しています。
""" + SIG_KATSURAGI,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Price list (text + HTML) for a corporate welfare programme; no personal data.",
    charset="utf-8",
    sender=MURASE,
    to=["北国フーズ 人事総務部 <jinji-somu@kitaguni-foods.co.jp>"],
    subject="社員様向け家事代行・ハウスクリーニング料金表（2026年度）",
    body="""北国フーズ株式会社
人事総務部　ご担当者様

お世話になっております。日の出産業の村瀬です。
2026年度の福利厚生価格の料金表をお送りします。

・家事代行（定期）2時間　 6,600円（一般価格 7,920円）
・家事代行（スポット）3時間　11,550円
・水回り3点セット　　　　 19,800円
・エアコンクリーニング（壁掛け）　 9,900円／台
・レンジフード　　　　　　14,300円

いずれも税込です。社員様には専用コード「KITAGUNI26」をお伝えください。
""" + SIG_MURASE,
    html="""<html><body>
<p>北国フーズ株式会社<br>人事総務部　ご担当者様</p>
<p>お世話になっております。日の出産業の村瀬です。<br>2026年度の福利厚生価格の料金表をお送りします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>メニュー</th><th>福利厚生価格（税込）</th><th>一般価格</th></tr>
<tr><td>家事代行（定期）2時間</td><td>6,600円</td><td>7,920円</td></tr>
<tr><td>家事代行（スポット）3時間</td><td>11,550円</td><td>13,860円</td></tr>
<tr><td>水回り3点セット</td><td>19,800円</td><td>23,100円</td></tr>
<tr><td>エアコンクリーニング（壁掛け）</td><td>9,900円／台</td><td>12,100円／台</td></tr>
<tr><td>レンジフード</td><td>14,300円</td><td>16,500円</td></tr>
</table>
<p>社員様には専用コード「KITAGUNI26」をお伝えください。</p>
<p>日の出産業株式会社 ハウスキーピング事業部<br>村瀬 千晶　TEL 03-5468-2210</p>
</body></html>""",
)

add(
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice notice with invoice number, the company's qualified-invoice T-number and its corporate bank account — no person's data.",
    charset="iso-2022-jp",
    sender=TAKIMOTO,
    to=["さくらホテル 経理課 <keiri@sakura-hotel.jp>"],
    subject="請求書送付のご案内（HS-INV-2511-0198）",
    body="""さくらホテル
経理課　ご担当者様

いつもお世話になっております。日の出産業 経理部の瀧本です。
11月分の客室清掃業務委託料の請求書をPDFにてお送りします。

請求番号：HS-INV-2511-0198
ご請求金額：2,846,900円（税込）
お支払期日：2025年12月31日
振込先：みどり銀行 渋谷支店 普通 1234567 ヒノデサンギョウ（カ
登録番号：T""" + HINODE_CORP_NO + """

ご査収のほどよろしくお願いいたします。
""" + SIG_TAKIMOTO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Shipment tracking: the 12-digit waybill number looks like a My Number but is a tracking number (and fails the check digit).",
    charset="cp932",
    sender=EZOE,
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配達状況の確認（送り状番号 4417-2093-8856）",
    body="""青葉運輸株式会社
お客様センター　ご担当者様

いつもお世話になっております。日の出産業の江副です。
11月18日に川崎倉庫から発送した業務用洗剤（18L缶×6）がまだ渋谷事務所に届いておりません。

送り状番号：4417-2093-8856
発送日：2025年11月18日
個数：3口

配達状況をご確認いただけますでしょうか。明日の作業で使用するため、至急お願いいたします。
""" + SIG_EZOE,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Reply to a subcontractor: the customer list appears only in the '>' quoted text the recipient sent.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["クリーンワークス多摩 市ノ瀬 <ichinose@cleanworks-tama.co.jp>"],
    subject="Re: 11/15 作業完了報告",
    body="""市ノ瀬様

ご報告ありがとうございます。内容確認しました。
楡井様のレンジフードの件は、当社からお客様に説明しておきます。

戸叶

> 戸叶様
>
> お世話になっております。11/15の作業完了報告です。
>
> 榎本 和枝 様　世田谷区奥沢5-21-3　03-3721-4486　完了
> 久保寺 恒雄 様　目黒区自由が丘2-8-11-302　090-6614-2057　完了
> 野々宮 千鶴 様　大田区田園調布3-40-9　03-3722-9153　完了
> 別所 房子 様　品川区旗の台4-6-18　080-3390-7721　完了
> 楡井 秀明 様　世田谷区等々力7-2-25　090-2248-6630　一部未了（レンジフードのファン固着）
> 湯浅 喜美子 様　目黒区八雲1-17-4　03-3718-0264　完了
>
> クリーンワークス多摩　市ノ瀬
""",
)

add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Reply to one private customer on gmail; her own address and phone appear only in the quoted original.",
    charset="utf-8",
    sender=MARUMO,
    to=["畑中 智恵 <chie.hatanaka77@gmail.com>"],
    subject="RE: 定期サービスの曜日変更について",
    body="""畑中 智恵 様

いつもご利用いただきありがとうございます。
「ひので家事ラク」カスタマーセンターの丸茂でございます。

12月から毎週木曜日10:00〜12:00への変更、承りました。
担当スタッフは引き続き尾形が伺います。

今後ともよろしくお願いいたします。
""" + SIG_MARUMO + """
-----Original Message-----
From: 畑中 智恵 <chie.hatanaka77@gmail.com>
Sent: Monday, November 17, 2025 9:12 PM
To: info-kajiraku@hinode-sangyo.co.jp
Subject: 定期サービスの曜日変更について

お世話になっております。
会員番号 HK-041276 の畑中です（杉並区阿佐谷北3-22-6、電話 03-3338-5127）。
12月から仕事の都合で、火曜日を木曜日に変更できますでしょうか。時間は同じで大丈夫です。
""",
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the client's own contact and passport details are only in the quoted 'On ... wrote:' text.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Daniel Okafor <d.okafor@northbridge-capital.com>"],
    subject="Re: Key handover before my trip",
    body="""Dear Mr. Okafor,

Thank you — we have received the spare key and the building's entry form. Our housekeeper
will visit every Thursday as usual while you are away, and I will e-mail you a short report
after each visit.

Have a safe trip.

Best regards,
""" + SIG_EN + """
On Wed, 19 Nov 2025 at 08:41, Daniel Okafor <d.okafor@northbridge-capital.com> wrote:
> Hi Chiaki,
> I'm leaving for Lagos on 1 Dec and back on 20 Dec. I dropped the spare key at your
> Shibuya office yesterday. The building asked me to fill in their form with my passport
> number (A07731952) and my mobile 080-3354-2219, which I did — they said you'd need a copy.
> My address for the record: 1-4-22 Higashi, Shibuya-ku, Apt 903.
> Thanks,
> Daniel
""",
)

_NET = people("renrakumo", 12, 1965, 2002)
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="Staff emergency contact list (12 people) sent only to internal addresses.",
    charset="cp932",
    sender=OIKAWA,
    to=["hk-jonan@hinode-sangyo.co.jp"],
    cc=["戸叶 圭介 <k-tokano@hinode-sangyo.co.jp>"],
    subject="【更新】城南チーム 緊急連絡網（12月版）",
    body="""城南チームの皆さん

お疲れさまです。及川です。
12月版の緊急連絡網です。台風・地震などで訪問を中止する場合は、上から順に電話で回してください。

""" + "\n".join(f"{i + 1:>2}. {p['name']:<8}  {p['tel']}" for i, p in enumerate(_NET)) + """

番号が変わった方は私まで連絡してください。
及川
""",
)

add(
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="My Number passed between HR and accounting — all recipients internal.",
    charset="iso-2022-jp",
    sender=OIKAWA,
    to=["瀧本 沙耶 <takimoto.saya@hinode-sangyo.co.jp>"],
    subject="年末調整　提出漏れ1名分の個人番号",
    body="""瀧本さん

お疲れさまです。及川です。
年末調整で個人番号の記入漏れがあった1名分、本人に確認できました。

　氏名：塩谷　和枝（パート・城南）
　個人番号：""" + my_number(3101) + """

申告書の原本は社内便で送ります。
及川
""",
)

add(
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="A staff member's diagnosis and leave discussed between the manager and HR — internal recipients only.",
    charset="utf-8",
    sender=TOKANO,
    to=["人事部 労務課 <roumu@hinode-sangyo.co.jp>"],
    cc=["及川 紘一 <k-oikawa@hinode-sangyo.co.jp>"],
    subject="瀬尾さんの休職手続きについて",
    body="""労務課 ご担当者様

お疲れさまです。城南の戸叶です。
さくらホテル常駐チームの瀬尾篤さんですが、昨日「うつ病、3か月の休養を要する」との
診断書が提出されました。12月1日からの休職手続きをお願いします。
診断書原本は本日社内便で送りました。

復職時の面談には私も同席します。
""" + SIG_TOKANO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="A 社外秘-stamped cost sheet circulated inside the company only.",
    charset="cp932",
    sender=KATSURAGI,
    to=["及川 紘一 <k-oikawa@hinode-sangyo.co.jp>", "hk-kanri@hinode-sangyo.co.jp"],
    subject="【社外秘】外注原価比較（2025上期）",
    body="""及川課長、管理チームの皆さん

上期の外注原価比較をまとめました。社外秘でお願いします。
来週の単価交渉の前に目を通しておいてください。

葛城
""",
    attachments=[{
        "kind": "xlsx", "name": "外注原価比較_2025上期.xlsx", "page_header": "社外秘",
        "sheets": {"比較": [["外注原価比較（2025年4月〜9月）"],
                           ["協力会社", "件数", "平均単価", "クレーム率"],
                           ["クリーンワークス多摩", 412, 4850, "0.7%"],
                           ["ピカリ", 288, 4720, "1.4%"],
                           ["ハウスメイト城東", 305, 4990, "0.9%"],
                           ["ミナトクリーン", 197, 5120, "0.5%"]]},
    }],
)

_INTCSV = people("internal-csv", 30)
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="Customer CSV sent to an internal subdomain address (mail.hinode-sangyo.co.jp) — internal, so it goes.",
    charset="utf-8",
    sender=EZOE,
    to=["システム管理 <sysadmin@mail.hinode-sangyo.co.jp>"],
    subject="顧客マスタ差分（11月）取込依頼",
    body="""システム管理ご担当者様

業務課の江副です。11月の顧客マスタ差分（新規30件）を添付します。
今夜のバッチで取り込みをお願いします。
""",
    attachments=[{
        "kind": "csv", "name": "customer_diff_202511.csv", "encoding": "utf-8",
        "rows": [["customer_no", "name", "kana", "zip", "address", "tel"]]
        + [[p["no"], p["name"], p["kana"], p["zip"], p["addr"], p["tel"]] for p in _INTCSV],
    }],
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Health words describe a product (allergy/mite course), not any person.",
    charset="iso-2022-jp",
    sender=MURASE,
    to=["錦印刷 DM制作チーム <dm-seisaku@nishiki-insatsu.co.jp>"],
    subject="チラシ原稿：アレルギー対策ダニ除去コース",
    body="""錦印刷　DM制作チーム　堀之内様

お世話になっております。村瀬です。
新メニューのチラシ原稿です。レイアウトは前回の「エアコン」チラシに合わせてください。

―――――――――――――――
【新登場】アレルギー対策 ダニ除去コース
花粉症・ぜんそく・アトピーが気になるご家庭に。
寝具・カーペット・ソファのダニを専用機で吸引、アレルゲンを99％除去（当社調べ）。
小さなお子様や高齢の方がいるご家庭でも安心の、無香料・低刺激の洗剤を使用します。
ベッド1台＋ソファ1台　16,500円（税込）
―――――――――――――――

「99％」の注記は小さめで構いません。校正は来週火曜までにお願いします。
""" + SIG_MURASE,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Registers staff for a dementia-supporter seminar: the health word is a course title, not about a person.",
    charset="cp932",
    sender=NISHINA,
    to=["青空市 地域包括支援センター <houkatsu@city.aozora.lg.jp>"],
    subject="認知症サポーター養成講座（1/21）受講申込",
    body="""青空市 地域包括支援センター
ご担当者様

お世話になっております。日の出産業 ハウスキーピング事業部の仁科と申します。
1月21日（水）開催の「認知症サポーター養成講座」に、当社スタッフ4名での受講を
申し込みたく、ご連絡いたしました。

訪問先で高齢のお客様と接する機会が多いため、全員で基礎を学ばせたいと考えております。
受講者の氏名は申込書でお送りします。会場の駐車場の有無も教えていただけますと幸いです。
""" + SIG_NISHINA,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Company-wide infection-control policy sent to a client: health words as policy, no individual.",
    charset="utf-8",
    sender=ONODERA,
    to=["ベラリス製薬 総務部 <somu@velaris-pharma.co.jp>"],
    subject="冬季の感染症対策について（ご案内）",
    body="""ベラリス製薬株式会社
総務部　ご担当者様

いつも福利厚生プランをご利用いただきありがとうございます。
インフルエンザ・新型コロナウイルス感染症・ノロウイルスの流行期に入りましたので、
当社の対策方針をご案内いたします。

1. スタッフは毎朝検温し、37.5度以上または咳・下痢等の症状がある場合は訪問しません。
2. 訪問時はマスクを着用し、入室前に手指消毒を行います。
3. 嘔吐物の処理はお引き受けできません（専門業者をご紹介します）。
4. お客様ご家族に感染症の方がいらっしゃる場合は、事前にご連絡いただければ日程を調整します。

ご理解・ご協力のほどよろしくお願いいたします。
""" + SIG_ONODERA,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="The word 機密 is used in passing (handling of confidential papers at a client's office); no marking.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["川崎電機 総務課 <somu@kawasaki-denki.co.jp>"],
    subject="Re: 役員フロア清掃時の書類の扱いについて",
    body="""川崎電機株式会社
総務課　ご担当者様

お世話になっております。日の出産業の戸叶です。
ご指摘ありがとうございます。役員フロアの清掃では、今後以下を徹底いたします。

・机上の書類には一切触れず、拭き掃除は書類のない部分のみ
・機密文書回収ボックスの周辺は床清掃のみとし、ボックスは動かさない
・シュレッダーくずの回収は総務課様の立会い時のみ

スタッフへの再教育は今週中に実施し、実施記録をお送りします。
""" + SIG_TOKANO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Many dates (contract start, work days, key return) but none is a birth date; one corporate client contact.",
    charset="cp932",
    sender=MURASE,
    to=["北国フーズ 東京支社 総務 <tokyo-somu@kitaguni-foods.co.jp>"],
    subject="社宅退去清掃の日程確定のお知らせ",
    body="""北国フーズ株式会社 東京支社
総務ご担当者様

お世話になっております。日の出産業の村瀬です。
社宅（3戸）の退去清掃の日程が確定しましたのでお知らせします。

　契約開始日：令和7年12月1日
　作業日　　：2025年12月8日（月）・12月9日（火）
　鍵のお預かり：12月5日（金）15:00　東京支社受付にて
　鍵のご返却　：12月10日（水）午前中
　請求締日　：12月20日

作業完了後、各戸の写真付き報告書を12月12日までにお送りします。
""" + SIG_MURASE,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="A 16-digit contract number and a 12-digit customer number look like card / My Numbers but are internal reference numbers (and fail the checksums).",
    charset="utf-8",
    sender=MARUMO,
    to=["錦印刷 請求担当 <seikyu@nishiki-insatsu.co.jp>"],
    subject="Re: お支払いの照合について",
    body="""錦印刷株式会社
請求ご担当者様

お世話になっております。日の出産業の丸茂です。
ご照会の件、当社側の番号は以下のとおりです。

　当社契約番号：5210 0033 4881 0724
　お客様番号（当社管理）：300125576014
　発注番号：PO-HK-25-1107
　貴社請求書番号：NI-2025-11-0452

11月28日に 88,000円 をお振込み済みです。ご確認ください。
""" + SIG_MARUMO,
)

add(
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Ordinary three-way meeting mail: the client and one subcontractor (two external organisations) in To/Cc.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["東都ハウジング 鮫島 <samejima@toto-housing.co.jp>"],
    cc=["有限会社ピカリ 大城 <oshiro@pikari.jp>"],
    subject="空室クリーニング　三者打ち合わせの日程",
    body="""東都ハウジング　鮫島様
（cc：ピカリ　大城様）

お世話になっております。日の出産業の戸叶です。
1月からの空室クリーニングの運用について、三者で打ち合わせをお願いしたく、
下記の候補からご都合をお知らせください。

　12月9日（火）10:00〜11:00
　12月10日（水）15:00〜16:00
　12月11日（木）10:00〜11:00

場所は東都ハウジング様の会議室をお借りできればと考えております。
""" + SIG_TOKANO,
)

add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Booking confirmation to one private customer on yahoo.co.jp; no one else's data.",
    charset="iso-2022-jp",
    sender=MARUMO,
    to=["aimono-t@yahoo.co.jp"],
    subject="【ひので家事ラク】ご予約確認（12月3日）",
    body="""四十物 様

このたびは「ひので家事ラク」をご予約いただき、ありがとうございます。
以下の内容で承りました。

　ご予約番号：KR-25120317
　日時　　　：12月3日（水）13:00〜16:00
　メニュー　：お掃除スポット3時間＋冷蔵庫内の拭き上げ
　料金　　　：13,860円（税込）当日スタッフにお支払いください
　担当　　　：比嘉（女性スタッフ）

ご変更・キャンセルは前日17時までにご連絡ください。
""" + SIG_MARUMO,
)

add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Year-end notice to customers with all private addresses in Bcc — nobody sees anyone else.",
    charset="utf-8",
    sender=MARUMO,
    to=["ひので家事ラク <info-kajiraku@hinode-sangyo.co.jp>"],
    bcc=["kobayakawa.soichi@gmail.com", "yanase-home@yahoo.co.jp", "t.hozumi@icloud.com",
         "mitsuya.chie@outlook.jp", "kinjo-k@docomo.ne.jp", "h.yuasa@ezweb.ne.jp"],
    subject="【ひので家事ラク】年末年始の営業について",
    body="""お客様各位

いつも「ひので家事ラク」をご利用いただき、誠にありがとうございます。
年末年始の営業についてご案内いたします。

　年内最終訪問：12月28日（日）
　年始の訪問開始：1月5日（月）
　カスタマーセンター休業：12月29日〜1月4日

期間中の定期訪問は、担当スタッフより振替日をご相談させていただきます。
来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。
""" + SIG_MARUMO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="English purchase-order mail to a foreign equipment supplier (PO numbers, part codes, a .txt order sheet).",
    charset="utf-8",
    sender=EZOE.replace("江副 拓真", "Takuma Ezoe"),
    to=["Order Desk <orders@kraftreiniger.de>"],
    subject="PO HS-PO-25-0412 – spare parts for carpet extractors",
    body="""Dear Order Desk,

Please find our purchase order HS-PO-25-0412 attached as a text file.

Items:
  KR-X300-BR   Rotary brush, 300 mm       x 6
  KR-X300-FL   Intake filter set          x 10
  KR-PMP-24V   Pump assembly 24 V         x 2

Delivery: DAP Tokyo, by 20 January 2026 if possible. Please send your proforma invoice
to this address. Our previous shipment arrived under DHL AWB 7730 4415 982.

Kind regards,
Takuma Ezoe
Operations, Housekeeping Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5468-2213
""" + DISC_EN,
    attachments=[{
        "kind": "txt", "name": "HS-PO-25-0412.txt", "encoding": "utf-8",
        "text": """PURCHASE ORDER HS-PO-25-0412
Buyer: Hinode Sangyo Co., Ltd., 2-14-8 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan
Supplier: Kraft Reiniger GmbH
Line  Part no.     Description                 Qty  Unit EUR
1     KR-X300-BR   Rotary brush 300 mm           6     42.00
2     KR-X300-FL   Intake filter set            10     18.50
3     KR-PMP-24V   Pump assembly 24 V            2    310.00
Incoterms: DAP Tokyo
""",
    }],
)

add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four staff with mobiles for a hotel's security pass list — four records, below the five-person threshold.",
    charset="cp932",
    sender=TOKANO,
    to=["さくらホテル 警備室 <keibi@sakura-hotel.jp>"],
    subject="年末応援スタッフの入館登録（4名）",
    body="""さくらホテル
警備室　ご担当者様

お世話になっております。日の出産業の戸叶です。
12月20日〜31日の客室清掃応援で入館する当社スタッフ4名の登録をお願いいたします。

氏名　　　　　携帯
柳瀬 恵理香　070-3362-9180
相沢 健吾　　090-1128-4476
宇佐美 由紀　080-2274-6639
望月 和枝　　080-6691-0245

入館証は12月19日に私が受け取りに伺います。
""" + SIG_TOKANO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Payment notice to a subcontractor: payment number and the subcontractor's corporate bank account only.",
    charset="iso-2022-jp",
    sender=TAKIMOTO,
    to=["ハウスメイト城東 経理 <keiri@housemate-joto.co.jp>"],
    subject="お支払いのご案内（支払番号 PAY-2511-0087）",
    body="""株式会社ハウスメイト城東
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の瀧本です。
10月分の業務委託料につきまして、下記のとおりお支払いいたします。

　支払番号：PAY-2511-0087
　対象請求書：HMJ-2510-033
　お支払額：1,732,500円
　お支払日：2025年11月28日
　振込先：東都信用金庫 亀戸支店 普通 0728815 カ）ハウスメイトジョウトウ

振込手数料は当社にて負担いたします。
""" + SIG_TAKIMOTO,
)

add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Apology to one complaining customer on gmail with a case number; a photo attached; no third party's data.",
    charset="utf-8",
    sender=ONODERA,
    to=["穂積 様 <hozumi.family@gmail.com>"],
    subject="【受付番号 CS-25-3381】浴室の仕上がりについてのお詫び",
    body="""穂積 様

このたびは、11月20日の浴室清掃の仕上がりについてご不快な思いをおかけし、
誠に申し訳ございませんでした。品質管理課の小野寺でございます。

ご指摘いただいた鏡のウロコ汚れについて、添付の写真のとおり、当日の作業後の状態を
確認いたしました。再清掃を無償で実施させていただきたく、12月2日（火）または
12月4日（木）の午前でご都合をお聞かせいただけますでしょうか。

今後このようなことがないよう、担当スタッフへの指導を徹底いたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "png", "name": "作業後写真_浴室鏡.png"}],
)

add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One customer's name, address and phone in a single breakage claim to the insurer — one person, no sensitive data.",
    charset="cp932",
    sender=OIKAWA,
    to=["東洋損害保険 事故受付センター <jiko-uketsuke@toyo-sonpo.co.jp>"],
    subject="事故受付のお願い（家事代行賠責 HK-2024-07714）",
    body="""東洋損害保険株式会社
事故受付センター　ご担当者様

お世話になっております。日の出産業の及川です。
家事代行賠償責任保険（証券番号 HK-2024-07714）について、事故の受付をお願いいたします。

発生日時：2025年11月25日 14:20頃
被害者　：勅使河原 紗希 様
住所　　：東京都渋谷区恵比寿西1-33-6-402
電話　　：090-2204-7781
事故内容：キッチン清掃中、スタッフがIH調理器のガラストップに洗剤ボトルを落とし、ひびが入った
損害見込：約15万円（メーカー見積待ち）

事故報告書は明日お送りいたします。
""" + SIG_OIKAWA,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="List of partner companies' switchboard numbers — a business directory, not people.",
    charset="utf-8",
    sender=KATSURAGI,
    to=["ソラ技研 工事課 <koji@sora-giken.co.jp>"],
    subject="協力会社の代表連絡先（合同現場用）",
    body="""ソラ技研　工事課　ご担当者様

葛城です。12/6の社宅一斉退去清掃は複数の協力会社との合同現場になりますので、
各社の代表連絡先をお知らせします（現場での連絡は各社の現場リーダー経由でお願いします）。

・株式会社クリーンワークス多摩　東京都府中市宮西町2-8-1　042-361-5570（代表）
・有限会社ピカリ　東京都杉並区高円寺北3-2-14　03-5373-2201（代表）
・株式会社ハウスメイト城東　東京都江東区亀戸6-12-5　03-5609-3318（代表）
・株式会社ミナトクリーン　東京都港区芝浦3-9-11　03-6809-4402（代表）
・日の出産業株式会社（現場統括）　03-5468-2219（外注管理直通）
""" + SIG_KATSURAGI,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Price list sent as a PDF attachment to a corporate client.",
    charset="iso-2022-jp",
    sender=MURASE,
    to=["川崎電機 総務課 <somu@kawasaki-denki.co.jp>"],
    subject="2026年度　オフィス清掃・社宅清掃 料金表",
    body="""川崎電機株式会社
総務課　ご担当者様

いつもお世話になっております。日の出産業の村瀬です。
2026年度の料金表をPDFでお送りいたします。4月1日以降のご依頼から適用となります。
""" + SIG_MURASE,
    attachments=[{
        "kind": "pdf", "name": "2026年度_料金表.pdf", "title": "2026年度 料金表",
        "lines": ["2026年度 料金表（法人様向け）", "日の出産業株式会社 ハウスキーピング事業部", ""],
        "table": [["区分", "メニュー", "単位", "料金（税別）"],
                  ["オフィス", "日常清掃", "1回・100㎡まで", "18,000円"],
                  ["オフィス", "カーペット洗浄", "1㎡", "450円"],
                  ["社宅", "退去清掃 1K", "1戸", "28,000円"],
                  ["社宅", "退去清掃 2LDK", "1戸", "52,000円"],
                  ["共通", "エアコン（壁掛け）", "1台", "9,000円"]],
    }],
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Reply whose client-side staff list (five people with phones) is only in the quoted 差出人/送信日時 block.",
    charset="cp932",
    sender=TOKANO,
    to=["川崎電機 総務課 八木 <yagi@kawasaki-denki.co.jp>"],
    subject="RE: 社宅退去者の立会い担当について",
    body="""八木様

お世話になっております。戸叶です。
立会いのご担当者の件、承知いたしました。当日はそれぞれの方に直接ご連絡いたします。

引き続きよろしくお願いいたします。
""" + SIG_TOKANO + """
差出人: 八木 航 <yagi@kawasaki-denki.co.jp>
送信日時: 2025年11月20日 11:03
宛先: 戸叶 圭介 <k-tokano@hinode-sangyo.co.jp>
件名: 社宅退去者の立会い担当について

戸叶様

各戸の立会いは退去者本人が行います。連絡先は以下のとおりです。
101号 堀江 崇　090-4418-2271
203号 三宅 理沙　080-6652-3390
205号 谷口 正人　070-1183-5526
302号 長谷部 舞　090-7730-4418
306号 城戸 雄大　080-2296-1143

川崎電機 総務課 八木
""",
)

_DMG = people("damage-internal", 9)
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="Breakage-claim ledger with customers' details sent only to internal accounting.",
    charset="utf-8",
    sender=OIKAWA,
    to=["瀧本 沙耶 <takimoto.saya@hinode-sangyo.co.jp>", "keiri@hinode-sangyo.co.jp"],
    subject="賠償事故台帳（保険金入金照合用）",
    body="""経理部 瀧本さん

保険金の入金照合用に、今年度の賠償事故台帳を送ります。
「入金予定」列が保険会社からの支払予定日です。
""",
    attachments=[{
        "kind": "xlsx", "name": "賠償事故台帳_2025年度.xlsx",
        "sheets": {"台帳": [["事故番号", "お客様", "住所", "電話", "損害額", "入金予定"]]
                   + [[f"HK-ACC-25{i + 1:03d}", p["name"], p["addr"], p["tel"], 30000 + i * 17500,
                       f"2025/{(i % 3) + 10}/25"] for i, p in enumerate(_DMG)]},
    }],
)

add(
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Vendor registration with the company's own 法人番号 and company details — no person's data.",
    charset="iso-2022-jp",
    sender=TAKIMOTO,
    to=["ベラリス製薬 購買部 取引先登録 <vendor-entry@velaris-pharma.co.jp>"],
    subject="取引先登録申請書の記載事項について",
    body="""ベラリス製薬株式会社
購買部　取引先登録ご担当者様

お世話になっております。日の出産業 経理部の瀧本です。
取引先登録申請書の記載事項をお送りいたします。

　商号　　　：日の出産業株式会社
　法人番号　：""" + HINODE_CORP_NO + """
　本店所在地：東京都渋谷区渋谷2-14-8
　代表電話　：03-5468-2001
　資本金　　：9,800万円
　適格請求書発行事業者登録番号：T""" + HINODE_CORP_NO + """

押印済みの原本は本日郵送いたしました。
""" + SIG_TAKIMOTO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="English discussion of a mutual NDA with an overseas franchise; 'confidential information' used only as a contract term.",
    charset="utf-8",
    sender=MURASE_EN,
    to=["Wei Ling Tan <weiling.tan@sparklehome.com.sg>"],
    subject="Mutual NDA before sharing training materials",
    body="""Dear Wei Ling,

Thank you for the call yesterday. Before we share our housekeeper training manuals and
quality checklists, our legal team would like both companies to sign a mutual NDA.

A few points from our side:
- "Confidential Information" should cover training materials, pricing and any customer
  information, whether disclosed in writing or orally.
- Term of three years, governed by Japanese law, Tokyo District Court.
- Either party may share with its employees on a need-to-know basis.

If you have a standard template you prefer, we're happy to start from yours.

Best regards,
""" + SIG_EN + DISC_EN,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Heat-stroke prevention rules for all crews — health wording is general policy, not about a person.",
    charset="cp932",
    sender=ONODERA,
    to=["クリーンワークス多摩 <info@cleanworks-tama.co.jp>"],
    subject="【協力会社各位】夏季の熱中症対策ルールの改定",
    body="""協力会社　ご担当者様

日の出産業 品質管理課の小野寺です。
来年度から、夏季（6月〜9月）の熱中症対策ルールを以下のとおり改定します。

1. エアコンのない部屋での作業は、1時間ごとに10分の休憩を必ず取る
2. お客様宅で飲み物を勧められた場合、受け取ってよい（従来は辞退）
3. 頭痛・めまい・吐き気などの症状が出たら作業を中止し、当社に連絡する
4. 空調服・ネッククーラーの購入費を一部補助する（1人3,000円まで）

貴社スタッフの皆様への周知をお願いいたします。
""" + SIG_ONODERA,
)

add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Two visiting staff with mobiles for a site survey — two people, not a list.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["北国フーズ 東京支社 総務 <tokyo-somu@kitaguni-foods.co.jp>"],
    subject="社宅の下見に伺う者について",
    body="""北国フーズ株式会社 東京支社
総務ご担当者様

お世話になっております。戸叶です。
12月2日（火）10時からの社宅下見には、下記2名が伺います。

　戸叶　圭介（エリアマネージャー）　090-3318-7702
　金城　由紀（現場リーダー）　　　　090-6618-2093

当日、建物前に着きましたら金城からお電話いたします。
""" + SIG_TOKANO,
)

add(
    expect="pass",
    entities=[],
    detectors=[],
    note="Recruitment ad order with posting IDs; no applicant data.",
    charset="utf-8",
    sender=OIKAWA,
    to=["ワークナビ東京 営業 <sales@worknavi-tokyo.jp>"],
    subject="求人広告の掲載継続（掲載ID WN-884120 / WN-884121）",
    body="""ワークナビ東京
営業ご担当者様

お世話になっております。日の出産業の及川です。
下記2件の求人広告について、1月末まで掲載を延長したく、お手続きをお願いいたします。

　掲載ID WN-884120　家事代行スタッフ（パート・城南エリア）時給1,350円〜
　掲載ID WN-884121　ハウスクリーニングスタッフ（正社員）月給24万円〜

原稿の「未経験歓迎」「週2日〜OK」は残し、「年末年始手当あり」を追加してください。
""" + SIG_OIKAWA,
)

add(
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Short visit reminder to one customer's carrier mail address.",
    charset="iso-2022-jp",
    sender=MARUMO,
    to=["bessho-fusako@docomo.ne.jp"],
    subject="明日のご訪問のお知らせ",
    body="""別所様

ひので家事ラクです。
明日11月19日（水）9:00〜11:00に、担当の比嘉がお伺いします。
ご不明な点はフリーダイヤル0120-41-8622までお電話ください。
""",
)

add(
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Key handover for one customer (name, address, key-box instructions) to a subcontractor — one person only.",
    charset="cp932",
    sender=EZOE,
    to=["ミナトクリーン 嶋田 <shimada@minato-clean.co.jp>"],
    subject="真壁様宅　鍵の受け渡し方法",
    body="""嶋田様

お世話になっております。江副です。
12/4の真壁様宅（目黒区三田1-6-22）は、お客様ご不在のため、
玄関横のキーボックスをご利用ください。暗証番号は当日朝にショートメールでお送りします。

作業後は鍵をキーボックスに戻し、番号ダイヤルを必ず崩してください。
""" + SIG_EZOE,
)

# ======================================================================================
# EITHER — honest grey cases
# ======================================================================================

add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="Staff observations on a customer's dementia sent to her own daughter (the contracting family member) on gmail: sensitive, but to the data subject's family who asked.",
    charset="utf-8",
    sender=NISHINA,
    to=["高階 由紀 <yuki.takashina.0321@gmail.com>"],
    subject="お母様のご様子について（11/25訪問分）",
    body="""高階 由紀 様

いつもお世話になっております。日の出産業の仁科です。
11月25日の訪問時のお母様（ミヨ様）のご様子をご報告いたします。

認知症の症状について、先月よりも物忘れが増えているように見受けられました。
作業中に3回ほど「財布がない」とおっしゃり、一緒に探したところ台所の引き出しにありました。
また、冷蔵庫に同じ牛乳が4本入っておりました。
お薬カレンダーの火曜分が飲まれていないようでしたので、念のためお知らせいたします。

主治医の先生へのご相談の参考になれば幸いです。
""" + SIG_NISHINA,
)

add(
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="Five customer surnames with visit times only (no contact data or address) to a subcontractor: a list of people, but it carries almost nothing about them.",
    charset="iso-2022-jp",
    sender=TOKANO,
    to=["クリーンワークス多摩 市ノ瀬 <ichinose@cleanworks-tama.co.jp>"],
    subject="11/26（水）の順番変更",
    body="""市ノ瀬様

戸叶です。11/26（水）の訪問順を以下に変更してください。

　 9:00　榎本様
　10:30　野々宮様
　13:00　久保寺様
　14:30　湯浅様
　16:00　楡井様

住所・鍵は先週お送りした訪問先リストのとおりです。
""",
)

add(
    expect="either",
    entities=[],
    detectors=[],
    note="Key-custody reconciliation by customer number and neighbourhood only (no names or contacts) for five keys: pseudonymous, arguably not a list of people.",
    charset="cp932",
    sender=EZOE,
    to=["セーフキー 保管センター <hokan@safekey.co.jp>"],
    subject="鍵保管 棚卸し差異の確認",
    body="""セーフキー株式会社
保管センター　岩渕様

お世話になっております。江副です。
11月の棚卸しで、当社台帳と貴社保管記録に差異があった鍵は以下の5本です。

タグ番号   顧客番号     地域
HK-K0718   C-0047712   世田谷区奥沢
HK-K0733   C-0048105   目黒区八雲
HK-K0761   C-0049230   大田区田園調布
HK-K0802   C-0050018   品川区旗の台
HK-K0815   C-0050377   世田谷区等々力

貴社側の入出庫記録をご確認いただけますでしょうか。
""" + SIG_EZOE,
)

for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"housekeeping-{_i:03d}"
