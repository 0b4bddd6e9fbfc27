"""Blind corpus, area: photostudio — 日の出産業株式会社 フォトスタジオ事業部.

School and kindergarten photography (学校写真・園写真), graduation albums with class lists,
七五三・成人式前撮り・wedding shoots, customer orders and deliveries via print labs and
carriers, model releases (肖像権使用同意書), and children who need extra care at shoots.
Written blind from BRIEF.md; every person, number and address is invented.
My Number / card seeds start at 2101.
"""

from __future__ import annotations

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# small helpers (data only; every message below has its own wording and layout)

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """full-width digits and hyphens, as some people type them."""
    return s.translate(_FW)


def pad(s: str, width: int) -> str:
    """left-justify by display width (full-width characters count two columns)."""
    import unicodedata

    w = sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in s)
    return s + " " * max(width - w, 1)


def corp_no(body12: str) -> str:
    """法人番号 with its check digit in front."""
    digits = [int(c) for c in body12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + body12


SURNAMES = [
    ("相川", "あいかわ", "Aikawa"), ("五十嵐", "いがらし", "Igarashi"),
    ("東海林", "しょうじ", "Shoji"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("百瀬", "ももせ", "Momose"), ("小野寺", "おのでら", "Onodera"),
    ("早瀬", "はやせ", "Hayase"), ("桐生", "きりゅう", "Kiryu"),
    ("真壁", "まかべ", "Makabe"), ("芹沢", "せりざわ", "Serizawa"),
    ("久我", "くが", "Kuga"), ("結城", "ゆうき", "Yuki"),
    ("宇佐美", "うさみ", "Usami"), ("鷲尾", "わしお", "Washio"),
    ("日下部", "くさかべ", "Kusakabe"), ("四方田", "よもだ", "Yomoda"),
    ("仁科", "にしな", "Nishina"), ("槙野", "まきの", "Makino"),
    ("藤堂", "とうどう", "Todo"), ("水無瀬", "みなせ", "Minase"),
    ("猪俣", "いのまた", "Inomata"), ("加賀美", "かがみ", "Kagami"),
    ("間宮", "まみや", "Mamiya"), ("岩佐", "いわさ", "Iwasa"),
    ("千早", "ちはや", "Chihaya"), ("沢渡", "さわたり", "Sawatari"),
    ("榎本", "えのもと", "Enomoto"), ("若狭", "わかさ", "Wakasa"),
    ("伊集院", "いじゅういん", "Ijuin"), ("菅生", "すごう", "Sugo"),
    ("国府田", "こうだ", "Koda"), ("及川", "おいかわ", "Oikawa"),
    ("塩谷", "しおや", "Shioya"), ("小鳥遊", "たかなし", "Takanashi"),
    ("御子柴", "みこしば", "Mikoshiba"), ("須賀", "すが", "Suga"),
    ("乙部", "おとべ", "Otobe"), ("蓮見", "はすみ", "Hasumi"),
    ("古手川", "こてがわ", "Kotegawa"), ("能登", "のと", "Noto"),
    ("比嘉", "ひが", "Higa"), ("粟津", "あわづ", "Awazu"),
    ("宍戸", "ししど", "Shishido"), ("阿久津", "あくつ", "Akutsu"),
    ("八雲", "やくも", "Yakumo"), ("漆原", "うるしばら", "Urushibara"),
]
KIDS = [
    ("陽翔", "はると", "Haruto"), ("蒼", "あおい", "Aoi"), ("湊", "みなと", "Minato"),
    ("結菜", "ゆな", "Yuna"), ("凛", "りん", "Rin"), ("陽葵", "ひまり", "Himari"),
    ("芽依", "めい", "Mei"), ("蓮", "れん", "Ren"), ("樹", "いつき", "Itsuki"),
    ("紬", "つむぎ", "Tsumugi"), ("碧", "あお", "Ao"), ("咲良", "さくら", "Sakura"),
    ("悠真", "ゆうま", "Yuma"), ("朔", "さく", "Saku"), ("心春", "こはる", "Koharu"),
    ("颯太", "そうた", "Sota"), ("柚希", "ゆずき", "Yuzuki"), ("律", "りつ", "Ritsu"),
    ("澪", "みお", "Mio"), ("大和", "やまと", "Yamato"), ("杏", "あん", "An"),
    ("晴", "はる", "Haru"), ("琴音", "ことね", "Kotone"), ("怜央", "れお", "Reo"),
    ("詩", "うた", "Uta"), ("旭", "あさひ", "Asahi"), ("千紘", "ちひろ", "Chihiro"),
    ("結翔", "ゆいと", "Yuito"), ("彩葉", "いろは", "Iroha"), ("理仁", "りひと", "Rihito"),
]
ADULTS = [
    ("美穂", "みほ", "Miho"), ("健太", "けんた", "Kenta"), ("由香里", "ゆかり", "Yukari"),
    ("隆之", "たかゆき", "Takayuki"), ("麻衣", "まい", "Mai"), ("直樹", "なおき", "Naoki"),
    ("智子", "ともこ", "Tomoko"), ("翔平", "しょうへい", "Shohei"),
    ("千尋", "ちひろ", "Chihiro"), ("康介", "こうすけ", "Kosuke"),
    ("綾乃", "あやの", "Ayano"), ("大輔", "だいすけ", "Daisuke"), ("奈緒", "なお", "Nao"),
    ("剛", "つよし", "Tsuyoshi"), ("沙織", "さおり", "Saori"), ("誠", "まこと", "Makoto"),
    ("恵理子", "えりこ", "Eriko"), ("浩二", "こうじ", "Koji"), ("瑞穂", "みずほ", "Mizuho"),
    ("崇", "たかし", "Takashi"),
]
TOWNS = [
    ("154-0015", "東京都世田谷区桜新町"), ("227-0062", "神奈川県横浜市青葉区青葉台"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("336-0018", "埼玉県さいたま市南区南本町"),
    ("273-0005", "千葉県船橋市本町"), ("184-0004", "東京都小金井市本町"),
    ("214-0014", "神奈川県川崎市多摩区登戸"), ("181-0013", "東京都三鷹市下連雀"),
    ("206-0033", "東京都多摩市落合"), ("359-1111", "埼玉県所沢市緑町"),
    ("270-0034", "千葉県松戸市新松戸"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("185-0012", "東京都国分寺市本町"), ("223-0061", "神奈川県横浜市港北区日吉"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("167-0051", "東京都杉並区荻窪"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def _rng(tag: str) -> random.Random:
    return random.Random(f"photostudio-{tag}")


def mobile(rng: random.Random) -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def address(rng: random.Random) -> tuple[str, str]:
    postal, town = rng.choice(TOWNS)
    a = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
    if rng.random() < 0.3:
        a += f" {rng.choice(['メゾン', 'コーポ', 'パークハイツ', 'グランシエル'])}" \
             f"{rng.choice(['若葉', '緑ヶ丘', '桜台', 'エクラ'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
    return postal, a


def people(tag: str, n: int, kids: bool = False, born: tuple[int, int] = (1975, 1995)):
    """n invented people: dicts with name, kana, romaji, dob, tel, mail, postal, addr."""
    rng = _rng(tag)
    sur = rng.sample(SURNAMES, n)
    out = []
    for s in sur:
        g = rng.choice(KIDS if kids else ADULTS)
        y = rng.randint(*born)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        postal, addr = address(rng)
        parent = rng.choice(ADULTS)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2]} {s[2]}", "y": y, "m": m, "d": d,
            "dob": f"{y}/{m:02d}/{d:02d}", "tel": mobile(rng),
            "mail": f"{s[2].lower()}.{g[2].lower()[:3]}{rng.randint(10, 99)}@{rng.choice(FREEMAIL)}",
            "postal": postal, "addr": addr,
            "parent": f"{s[0]} {parent[0]}", "parent_kana": f"{s[1]} {parent[1]}",
        })
    return out


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "fw":
        return fw(f"{era}{ey}年{m}月{d}日").replace("年", "年")
    return f"{era}{ey}年{m}月{d}日"


# ---------------------------------------------------------------------------------------
# senders and their signatures

MORIKAWA = "森川 詩織 <s.morikawa@hinode-sangyo.co.jp>"
SIG_MORIKAWA = """
--
日の出産業株式会社 フォトスタジオ事業部 スクールフォト課
森川 詩織（もりかわ しおり）
〒150-0002 東京都渋谷区渋谷3-21-8 日の出ビル6F
TEL 03-5468-7210（代表）／ FAX 03-5468-7219
s.morikawa@hinode-sangyo.co.jp
"""
OKOCHI = "大河内 亮 <r.okochi@hinode-sangyo.co.jp>"
SIG_OKOCHI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
フォトスタジオ事業部 アルバム制作課　大河内 亮
TEL: 03-5468-7214  携帯: 080-3317-4820
〒150-0002 東京都渋谷区渋谷3-21-8
━━━━━━━━━━━━━━━━━━━━━━
"""
SHIINA = "椎名 真由 <m.shiina@hinode-sangyo.co.jp>"
SIG_SHIINA = """
----------------------------------------
フォトスタジオ ひので 吉祥寺店（日の出産業株式会社）
店長　椎名 真由
〒180-0004 東京都武蔵野市吉祥寺本町2-5-11 2F
TEL 0422-27-3806　定休日：火曜
----------------------------------------
"""
HASEBE = "長谷部 拓海 <t.hasebe@hinode-sangyo.co.jp>"
SIG_HASEBE = """
--
Takumi Hasebe / 長谷部 拓海
Wedding Photo Div., Hinode Sangyo Co., Ltd.
日の出産業株式会社 フォトスタジオ事業部 ウェディング課
Tel +81-3-5468-7216 / Mobile +81-90-6621-0394
"""
KURIHARA = "栗原 美和 <m.kurihara@hinode-sangyo.co.jp>"
SIG_KURIHARA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 フォトスタジオ事業部
受注センター　栗原 美和
TEL：0120-58-4102（平日10:00～17:00）
E-mail：m.kurihara@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""
ORDER_DESK = "ひので写真 受注センター <photo-order@hinode-sangyo.co.jp>"
SIG_ORDER = """
────────────────────
フォトスタジオ ひので 受注センター
（運営：日の出産業株式会社）
フリーダイヤル 0120-58-4102
受付時間 10:00～17:00（土日祝除く）
────────────────────
"""
TSUKAMOTO = "塚本 健司 <k.tsukamoto@hinode-sangyo.co.jp>"
SIG_TSUKAMOTO = """
日の出産業株式会社
フォトスタジオ事業部 事業部長
塚本 健司
TEL 03-5468-7200
"""
MIYASHITA = "宮下 由紀 <y.miyashita@hinode-sangyo.co.jp>"
SIG_MIYASHITA = """
--------------------------------
日の出産業株式会社 管理本部 経理課
宮下 由紀
TEL 03-5468-7031 ／ 内線 3104
--------------------------------
"""
SAOTOME = "早乙女 遥 <h.saotome@hinode-sangyo.co.jp>"
SIG_SAOTOME = """
--
早乙女 遥（撮影部 チーフカメラマン）
日の出産業株式会社 フォトスタジオ事業部
携帯 070-2284-6619
"""
NONOMURA = "野々村 圭 <k.nonomura@hinode-sangyo.co.jp>"
SIG_NONOMURA = """
--
日の出産業株式会社 フォトスタジオ事業部 業務管理課
（個人情報取扱責任者補佐）野々村 圭
TEL 03-5468-7205
"""
ISHIGURO = "石黒 千夏 <c.ishiguro@hinode-sangyo.co.jp>"
SIG_ISHIGURO = """
__________________________________
フォトスタジオ ひので 横浜青葉台店
石黒 千夏
〒227-0062 横浜市青葉区青葉台1-9-3 青葉台テラス1F
TEL 045-988-2157
__________________________________
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送を禁じます。
"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"photostudio-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 stop — 七五三 reservations as a space-padded table in the body, to the kimono partner
_p = people("001", 8, kids=True, born=(2019, 2022))
_rows = "\n".join(
    f"{i + 1:>2}  {pad('11/' + str(9 + i // 3), 5)} {['10:00', '11:30', '14:00'][i % 3]}  "
    f"{pad(p['name'], 16)}  {p['dob']}  {pad(['3歳 被布', '5歳 袴', '7歳 四つ身'][i % 3], 10)}  "
    f"{pad(p['parent'], 12)}{p['tel']}"
    for i, p in enumerate(_p))
add(
    sender=SHIINA, to=["着付け予約係 <yoyaku@kimono-hanaya.co.jp>"],
    subject="11月 七五三ご予約分の着物サイズ手配のお願い（吉祥寺店）",
    charset="iso-2022-jp",
    body=f"""株式会社はなや 着付け予約係 御中

いつも大変お世話になっております。
フォトスタジオひので吉祥寺店の椎名です。

11月第2週の七五三撮影のご予約が確定しましたので、着物・袴の手配をお願いいたします。
お子さまの身長は当日計測しますが、目安として生年月日を入れてあります。

No  日付  時間   お子さま氏名      生年月日    区分        保護者      連絡先
--  ----- -----  ----------------  ----------  ----------  ----------  -------------
{_rows}

当日の持ち込み小物は各ご家庭にご連絡済みです。
変更があれば都度ご連絡いたします。よろしくお願いいたします。
{SIG_SHIINA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 children's reservations with birthdays and parents' mobiles, padded table, to an external partner",
)

# 002 pass — shoot schedule confirmation to a school, signature only
add(
    sender=MORIKAWA, to=["教頭 平田先生 <hirata@sakuragaoka-es.setagaya.ed.jp>"],
    subject="【日程確認】6年生 卒業アルバム 個人写真撮影について",
    charset="iso-2022-jp",
    body=f"""世田谷区立桜ヶ丘小学校
教頭 平田先生

いつもお世話になっております。日の出産業 スクールフォト課の森川です。
先日お電話でご相談した個人写真撮影の日程、以下で確定とさせてください。

　日時：10月16日（木）9:00～12:00（雨天時も実施）
　場所：多目的室（背景紙・照明は8:15から設営します）
　対象：6年1組～3組（各組 約35分）
　撮影スタッフ：弊社カメラマン2名・アシスタント1名

当日は体操服ではなく、制服（標準服）でのご来校をお願いできれば幸いです。
設営のため、8:10頃に職員玄関から入らせていただきます。

何卒よろしくお願いいたします。
{SIG_MORIKAWA}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary schedule mail to one school contact; only the sender's signature",
)

# 003 stop — CSV (CP932) of album delivery addresses to the carrier partner
_p = people("003", 14, kids=True, born=(2012, 2013))
add(
    sender=OKOCHI, to=["青葉運輸 法人営業 蒲田様 <kamata@aoba-unyu.co.jp>"],
    cc=["r.okochi@hinode-sangyo.co.jp"],
    subject="卒アル個別配送分（転校生・欠席者）送り状データ",
    charset="shift_jis",
    body=f"""青葉運輸株式会社
蒲田様

お世話になっております。日の出産業の大河内です。
卒業式当日に受け取れなかった児童分を個別配送でお願いしたく、送り状用データを添付します。
（転校済みの児童を含みます。お届け先は保護者様ご自宅です）

・品名：卒業アルバム（1冊／箱 約2.1kg）
・集荷：3/26（木）午後 弊社倉庫（品川）
・時間指定：なし

ご確認のほどよろしくお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "csv", "name": "卒アル個別配送_0326.csv", "encoding": "cp932",
        "rows": [["お届け先郵便番号", "お届け先住所", "お届け先氏名", "電話番号", "品名", "個数"]]
        + [[p["postal"], p["addr"], p["parent"] + " 様", p["tel"], "卒業アルバム", 1]
           for p in _p],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="14 guardians' names, home addresses and phones in a CP932 CSV to the carrier",
)

# 004 pass — studio list (businesses) to a customer on free mail
add(
    sender=ORDER_DESK, to=["tamaki.yoshino1207@gmail.com"],
    subject="Re: 近くの店舗を教えてください",
    charset="utf-8",
    body=f"""吉野様

お問い合わせありがとうございます。フォトスタジオひので 受注センターです。
ご住所の近くですと、以下の3店舗が便利かと存じます。いずれも駐車場がございます。

■ 吉祥寺店　〒180-0004 東京都武蔵野市吉祥寺本町2-5-11 2F　TEL 0422-27-3806（火曜定休）
■ 三鷹店　　〒181-0013 東京都三鷹市下連雀3-30-2　TEL 0422-49-1175（水曜定休）
■ 国分寺店　〒185-0012 東京都国分寺市本町4-1-9 国分寺スクエア3F　TEL 042-359-6620（水曜定休）

七五三のご予約はWebまたはお電話で承っております。
ご来店をお待ちしております。
{SIG_ORDER}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a list of studios (business addresses) to one free-mail customer",
)

# 005 stop — a freelance photographer's My Number to the tax accountant
add(
    sender=MIYASHITA, to=["田辺税理士事務所 小松様 <komatsu@tanabe-tax.jp>"],
    subject="支払調書作成用 外注カメラマン情報（1名追加）",
    charset="iso-2022-jp",
    body=f"""田辺税理士事務所
小松様

お世話になっております。日の出産業 経理の宮下です。
報酬、料金、契約金及び賞金の支払調書について、先日の一覧に1名漏れがございました。
お手数ですが追加をお願いいたします。

　氏名　　　：漆原 透（うるしばら とおる）
　住所　　　：〒223-0061 神奈川県横浜市港北区日吉5-12-3-402
　個人番号　：{my_number(2101)}
　支払区分　：撮影報酬（学校行事・七五三繁忙期応援）
　支払金額　：1,284,000円（源泉徴収税額 131,104円）

本人確認書類（運転免許証の写し）は別途郵送いたします。
よろしくお願いいたします。
{SIG_MIYASHITA}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a contractor's 個人番号 with name and address to an outside tax office",
)

# 006 stop — look-alike of the print partner's domain (letter dropped)
add(
    sender=OKOCHI, to=["錦印刷 制作部 <seisaku@nishiki-insatu.co.jp>"],
    subject="入稿スケジュールのご相談（さくら幼稚園 卒園アルバム）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 制作部 御中

いつもお世話になっております。日の出産業の大河内でございます。
さくら幼稚園様の卒園アルバムにつき、入稿スケジュールを以下で調整させてください。

　初校入稿　：1月20日（月）
　初校戻し　：1月27日（月）
　責了　　　：2月5日（水）
　納品希望　：3月10日（月）　約118冊

仕様は昨年度と同じ（A4横・ハードカバー・40P）を想定しております。
ご都合をお聞かせいただけますと幸いです。
{SIG_OKOCHI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a one-letter look-alike of the partner nishiki-insatsu.co.jp",
)

# 007 pass — reply to a parent on free mail; her details are only in the quote
add(
    sender=SHIINA, to=["kuga.rieko.0815@yahoo.co.jp"],
    subject="Re: 撮影データの再送について",
    charset="shift_jis",
    body=f"""久我様

ご連絡ありがとうございます。吉祥寺店の椎名です。
ダウンロード期限が切れてしまったとのこと、失礼いたしました。
本日中に新しいダウンロードURLを発行し、別メールでお送りいたします（期限は30日間です）。

今後ともフォトスタジオひのでをよろしくお願いいたします。
{SIG_SHIINA}
> フォトスタジオひので 吉祥寺店 ご担当者様
>
> 9月に七五三の撮影をお願いした久我です。
> データのダウンロード期限が過ぎてしまい、開けなくなりました。
> 再送は可能でしょうか。
>
> 注文番号：HN-2409-03318
> 住所：東京都杉並区荻窪4-18-6
> 電話：090-4417-2583
> 久我 理恵子
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the customer's own address and phone appear only in the quoted text of her mail",
)

# 008 stop — XLSX, one sheet per class, title row above the header, to the album printer
_sheets = {}
for _c in range(1, 4):
    _p = people(f"008-{_c}", 9, kids=True, born=(2012, 2013))
    _sheets[f"6年{_c}組"] = (
        [[f"令和7年度 卒業アルバム 個人ページ名簿　6年{_c}組", "", "", "", ""],
         ["出席番号", "氏名", "ふりがな", "生年月日", "将来の夢（寄せ書き欄）"]]
        + [[i + 1, p["name"], p["kana"], p["dob"],
            ["パティシエ", "サッカー選手", "獣医さん", "宇宙飛行士", "保育士", "ゲームクリエイター",
             "パイロット", "看護師", "小説家"][i]] for i, p in enumerate(_p)])
_sheets["備考"] = [["担任", "1組 小宮山先生 / 2組 有村先生 / 3組 鳴海先生"],
                   ["写真ファイル名", "出席番号_氏名ローマ字.jpg"]]
add(
    sender=OKOCHI, to=["錦印刷 制作部 矢吹様 <yabuki@nishiki-insatsu.co.jp>"],
    subject="みなみ台小 卒アル 個人ページ名簿（確定版）送付",
    charset="utf-8",
    body=f"""錦印刷株式会社 制作部
矢吹様

お世話になっております。日の出産業の大河内です。
みなみ台小学校 卒業アルバムの個人ページ用名簿（確定版）をお送りします。
学校の校正が済み、ふりがな・生年月日の修正も反映済みです。
組ごとにシートを分けています。写真データは別途ギガファイル便でお送りします。

組版をよろしくお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "xlsx", "name": "みなみ台小_卒アル名簿_確定.xlsx",
                  "sheets": _sheets}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="27 pupils' names, kana and birthdays across three XLSX sheets to the print partner",
)

# 009 stop — one child's diagnosis, to a freelance photographer on free mail
add(
    sender=SAOTOME, to=["yuri.photo.works@gmail.com"],
    subject="ひかり幼稚園 運動会撮影の件（事前共有）",
    charset="iso-2022-jp",
    body=f"""百目木さん

お疲れさまです、早乙女です。土曜のひかり幼稚園の運動会、応援ありがとうございます。
園から事前に共有があったので、お伝えしておきます。

年長ばら組の 宍戸 湊（ししど みなと）くんは自閉スペクトラム症の診断があり、
大きな音とフラッシュが苦手だそうです。ストロボは使わず、正面から近づきすぎないようにしてください。
かけっこの時は加配の先生（佐伯先生）が横につきます。

集合は8:00、正門横です。よろしくお願いします。
{SIG_SAOTOME}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named child's developmental diagnosis (要配慮個人情報) to an external free-mail photographer",
)

# 010 pass — two partner organisations in To/Cc, no personal data
add(
    sender=OKOCHI,
    to=["矢吹様 <yabuki@nishiki-insatsu.co.jp>"],
    cc=["蒲田様 <kamata@aoba-unyu.co.jp>", "s.morikawa@hinode-sangyo.co.jp"],
    subject="3月納品分の出荷日程（錦印刷様→青葉運輸様）",
    charset="iso-2022-jp",
    body=f"""錦印刷 矢吹様
青葉運輸 蒲田様

お世話になっております。日の出産業の大河内です。
3月の卒業アルバム納品について、印刷所出荷から学校納品までの段取りを共有いたします。

　3/6（金）錦印刷様 製本完了・検品
　3/9（月）青葉運輸様 集荷（錦印刷様 川口工場）14時目安
　3/10（火）～3/13（金）各校へ納品（別紙の校一覧のとおり、午前着）

総数は 14校・1,962冊 の見込みです。
パレット数が確定しましたら錦印刷様よりご連絡をお願いいたします。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations coordinated in one mail: a normal three-way mail",
)

# 011 stop — three kindergartens see each other in To
add(
    sender=MORIKAWA,
    to=["あおぞら幼稚園 <office@aozora-kg.ed.jp>", "みどり保育園 <info@midori-hoikuen.or.jp>",
        "しらゆり幼稚園 事務室 <jimu@shirayuri-youchien.jp>"],
    subject="2学期 園内撮影（スナップ）日程のご案内",
    charset="iso-2022-jp",
    body=f"""各園 ご担当者様

いつもお世話になっております。日の出産業 スクールフォト課の森川です。
2学期の園内スナップ撮影について、各園の候補日をお知らせいたします。

　あおぞら幼稚園様：9/24（水）、10/1（水）
　みどり保育園様　：9/26（金）、10/3（金）
　しらゆり幼稚園様：9/30（火）、10/7（火）

ご都合のよい日を9/12までにご返信ください。
{SIG_MORIKAWA}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external kindergartens in To can see each other's addresses (should be Bcc)",
)

# 012 pass — statistics only
add(
    sender=TSUKAMOTO, to=["中川様 <nakagawa@hanabi-ad.co.jp>"],
    subject="七五三キャンペーン 効果測定の数値（速報）",
    charset="utf-8",
    body=f"""株式会社はなび広告 中川様

お世話になっております。日の出産業の塚本です。
先日ご相談したキャンペーンの効果測定用に、店舗別の予約件数（9/1～10/31）をお送りします。

店舗        予約件数  前年比   うちWeb予約  平均客単価
----------  --------  -------  -----------  ----------
吉祥寺        412     108%       71%       38,200円
三鷹          268     101%       66%       35,900円
国分寺        231      97%       62%       34,100円
横浜青葉台    387     115%       74%       41,500円
----------  --------  -------  -----------  ----------
合計        1,298     106%       70%       38,100円

年齢別では 3歳 38%／5歳 27%／7歳 35% でした。
来週の定例で詳細をご説明いたします。
{SIG_TSUKAMOTO}""",
    expect="pass", entities=[], detectors=[],
    note="aggregated booking statistics, no individual people",
)

# 013 stop — HTML-only mail with a table of unpaid online orders, to the system vendor
_p = people("013", 7)
_tr = "\n".join(
    f"<tr><td>WEB-{240000 + 37 * i + 11}</td><td>{p['name']}</td><td>{p['mail']}</td>"
    f"<td>{p['tel']}</td><td>{[3300, 5800, 12400, 2200, 8600, 4400, 9900][i]:,}円</td></tr>"
    for i, p in enumerate(_p))
add(
    sender=KURIHARA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【至急】決済ステータスが「未確定」のままの注文について",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>ツバサシステム株式会社<br>サポートご担当者様</p>
<p>いつもお世話になっております。日の出産業 受注センターの栗原です。</p>
<p>スクールフォト販売サイトで、コンビニ決済済みのはずが「未確定」のまま残っている注文が
以下のとおりございます。お客様からもお問い合わせが来ております。至急ご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>注文番号</th><th>購入者氏名</th><th>メールアドレス</th><th>電話番号</th><th>金額</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>――――――――――<br>日の出産業株式会社 フォトスタジオ事業部<br>受注センター　栗原 美和<br>
TEL：0120-58-4102</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 buyers' names, e-mails and phones to the vendor",
)

# 014 pass — internal only: a full class list with addresses
_p = people("014", 12, kids=True, born=(2018, 2019))
add(
    sender=MORIKAWA, to=["h.saotome@hinode-sangyo.co.jp", "r.okochi@hinode-sangyo.co.jp"],
    subject="あおぞら幼稚園 きく組 名簿（撮影順の確認用）",
    charset="utf-8",
    body="早乙女さん、大河内さん\n\nお疲れさまです。あおぞら幼稚園から名簿が届いたので共有します。\n"
    "撮影順はこの並びでお願いします（住所は卒園アルバム発送用）。\n\n"
    + "\n".join(f"{i + 1}\t{p['name']}\t{p['kana']}\t{p['dob']}\t〒{p['postal']} {p['addr']}"
                for i, p in enumerate(_p))
    + "\n\n社内共有のみでお願いします。\n" + SIG_MORIKAWA,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
    note="a class list with addresses, but every recipient is internal",
)

# 015 stop — a credit card number taken by phone, passed to the payment agent
add(
    sender=KURIHARA, to=["加盟店サポート <kameiten@smile-pay.co.jp>"],
    subject="電話受注分のカード決済 手動処理のお願い（受注番号 TEL-1108-022）",
    charset="shift_jis",
    body=f"""スマイルペイ株式会社 加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 受注センターの栗原です。
決済端末の不具合で、お電話で承った下記のご注文のカード決済が通っておりません。
お手数ですが手動での与信・売上処理をお願いできますでしょうか。

　加盟店ID　：HS-0042871
　お客様氏名：須賀 明日香 様
　ご連絡先　：080-5521-9047
　カード番号：{card_number(2101)}
　有効期限　：08/28
　金額　　　：46,200円（七五三 和装プラン＋アルバム）
　支払回数　：一括

処理結果をご返信いただけますと助かります。
{SIG_KURIHARA}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a customer's full card number in the body to an outside company",
)

# 016 stop — a PDF stamped 社外秘 in its page header, to the print partner
add(
    sender=TSUKAMOTO, to=["錦印刷 営業部 大門様 <daimon@nishiki-insatsu.co.jp>"],
    subject="来期の発注計画（参考資料）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 大門様

いつもお世話になっております。塚本です。
来期の卒業アルバム発注見込みについて、社内で使っている計画資料をお送りします。
単価交渉の前提としてご覧いただければと思います。

よろしくお願いいたします。
{SIG_TSUKAMOTO}""",
    attachments=[{
        "kind": "pdf", "name": "2026年度_アルバム発注計画.pdf",
        "page_header": "社外秘　日の出産業株式会社 フォトスタジオ事業部",
        "title": "2026年度 アルバム発注計画",
        "lines": ["2026年度 卒業アルバム 発注計画（案）", "",
                  "1. 受注見込み：小学校 31校 / 中学校 9校 / 幼稚園・保育園 22園",
                  "2. 想定冊数：約 5,400 冊（前年比 +6%）",
                  "3. 目標原価率：38%（現行 42%）", "4. 印刷所の分散：錦印刷 70% / 他社 30%"],
        "table": [["区分", "冊数", "現行単価", "目標単価"],
                  ["小学校 A4ハード 48P", "3,100", "2,480円", "2,250円"],
                  ["中学校 A4ハード 64P", "1,150", "3,120円", "2,900円"],
                  ["園 A4ソフト 32P", "1,150", "1,680円", "1,550円"]],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a 社外秘 stamp in its page header",
)

# 017 pass — mail about an NDA with a new client
add(
    sender=TSUKAMOTO, to=["経営企画室 三角様 <misumi@kodomo-no-mori.co.jp>"],
    cc=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""株式会社こどもの森 経営企画室
三角様

お世話になっております。日の出産業の塚本でございます。
先日はお時間をいただきありがとうございました。

貴社運営の保育園28園の撮影・写真販売をお引き受けするにあたり、まずは秘密保持契約を
締結させていただきたく存じます。弊社ひな形をもとに、顧問の白川法律事務所に確認いただいた
案をお送りいたしますので、ご確認をお願いいたします。

主な点は以下のとおりです。
・第2条：秘密情報の範囲（園児・保護者の個人情報を含む）
・第5条：秘密情報の返還・廃棄
・第8条：有効期間（契約終了後3年）

修正のご希望があれば、Wordの変更履歴でお戻しください。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_こどもの森様.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "株式会社こどもの森（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                                 "保育園における写真撮影及び写真販売業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）……", "第2条（秘密情報）……",
                                 "第5条（返還・廃棄）……", "第8条（有効期間）……"]}],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="mail about an NDA, two external organisations, no marking stamp and no personal data",
)

# 018 stop — password-protected ZIP (PPAP) to a school
_p = people("018", 6, kids=True, born=(2012, 2013))
add(
    sender=MORIKAWA, to=["6学年主任 鳴海先生 <narumi@minamidai-es.machida.ed.jp>"],
    subject="卒業アルバム 個人写真データ（校正用）",
    charset="iso-2022-jp",
    body=f"""みなみ台小学校
鳴海先生

お世話になっております。日の出産業の森川です。
校正用の個人写真データと名簿をZIPでお送りします。
パスワードは別メールでお知らせいたします。

ご確認よろしくお願いいたします。
{SIG_MORIKAWA}""",
    attachments=[{"kind": "zip", "name": "minamidai_kosei_0118.zip", "password": "Mn7#kq2025",
                  "files": [{"kind": "csv", "name": "名簿.csv", "encoding": "cp932",
                             "rows": [["番号", "氏名", "生年月日"]]
                             + [[i + 1, p["name"], p["dob"]] for i, p in enumerate(_p)]},
                            {"kind": "png", "name": "001.png"}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP attachment cannot be inspected",
)

# 019 pass — three people's contact details for a wedding shoot, to the partner hotel
add(
    sender=HASEBE, to=["ブライダルサロン 宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="11/22 桐生様・蓮見様ご婚礼 撮影の当日連絡先",
    charset="iso-2022-jp",
    body=f"""さくらホテル ブライダルサロン
宮坂様

いつもお世話になっております。日の出産業 ウェディング課の長谷部です。
11/22（土）のご婚礼について、当日の連絡先を共有いたします。
前撮りのロケーション移動の際にご連絡することがあるかもしれません。

　新郎　桐生 駿　様　　090-3318-2274
　新婦　蓮見 ひかり 様　080-6642-0157
　新婦お母様　蓮見 瑞穂 様　090-8870-3361（お支度の付き添い）

撮影は 9:30 チャペル前集合、カメラマンは弊社の早乙女・アシスタント1名です。
よろしくお願いいたします。
{SIG_HASEBE}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's phone numbers to a partner: under five records, may be warned",
)

# 020 stop — DOCX table of child models and guardians, to an ad agency
_p = people("020", 6, kids=True, born=(2016, 2020))
add(
    sender=TSUKAMOTO, to=["制作2部 氷室様 <himuro@hanabi-ad.co.jp>"],
    subject="キャンペーンビジュアル 出演モデル一覧（同意書取得済）",
    charset="utf-8",
    body=f"""はなび広告 氷室様

お世話になっております。塚本です。
来春の入学記念キャンペーン用に撮影したキッズモデル6名について、
肖像権使用同意書はすべて回収済みです。一覧をWordでお送りしますので、
クレジット表記と契約書の作成にお使いください。

よろしくお願いいたします。
{SIG_TSUKAMOTO}""",
    attachments=[{
        "kind": "docx", "name": "出演モデル一覧_入学記念2026.docx",
        "paragraphs": ["入学記念キャンペーン2026 出演キッズモデル一覧",
                       "同意書原本は日の出産業 フォトスタジオ事業部にて保管"],
        "tables": [[["No", "モデル氏名", "生年月日", "保護者氏名", "住所", "保護者連絡先", "使用範囲"]]
                   + [[str(i + 1), p["name"], p["dob"], p["parent"], p["addr"], p["tel"],
                       ["Web・店頭", "Web・店頭・交通広告", "Web のみ", "Web・店頭",
                        "店頭のみ", "Web・店頭・交通広告"][i]] for i, p in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six child models with birthdays, guardians, addresses and phones",
)

# 021 stop — PPTX listing the album committee parents with phones and e-mails
_p = people("021", 6)
add(
    sender=MORIKAWA, to=["PTA会長 猪俣様 <pta-chair@hibarigaoka-jhs.ed.jp>"],
    subject="卒業アルバム委員会 第1回打合せ資料",
    charset="iso-2022-jp",
    body=f"""ひばりが丘中学校 PTA会長
猪俣様

お世話になっております。日の出産業の森川です。
明日の第1回アルバム委員会の資料をお送りします。委員の皆さまの連絡先も
スライド3枚目にまとめてありますので、当日プロジェクターで確認させてください。

よろしくお願いいたします。
{SIG_MORIKAWA}""",
    attachments=[{
        "kind": "pptx", "name": "アルバム委員会_第1回.pptx",
        "slides": [["卒業アルバム委員会 第1回", "ひばりが丘中学校 令和8年3月卒業生", "日の出産業株式会社"],
                   ["今年度のスケジュール", "5月 修学旅行同行撮影", "9月 体育祭", "11月 個人写真",
                    "1月 校正", "3月 納品"],
                   ["委員名簿"] + [f"{p['name']}（{['委員長', '副委員長', '会計', '委員', '委員', '委員'][i]}）"
                                   f"　{p['tel']}　{p['mail']}" for i, p in enumerate(_p)],
                   ["お願い", "写真の持ち込みは10月末まで", "個人情報の取扱いにご注意ください"]],
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a PPTX slide lists six parents with mobile numbers and e-mail addresses",
)

# 022 pass — English mail to an overseas partner with the disclaimer
add(
    sender=HASEBE, to=["Leilani Kahale <leilani@islandvows-hawaii.com>"],
    subject="Re: Photographer schedule for March resort weddings",
    charset="utf-8",
    body=f"""Hi Leilani,

Thank you for the updated chapel schedule. We can confirm two photographers for
the following bookings (our refs):

  HW-2603-01  Mar 7   Kahala chapel, 10:30 ceremony + 1h beach session
  HW-2603-04  Mar 12  Ko Olina lawn, 16:00 ceremony (sunset session)
  HW-2603-09  Mar 19  Kahala chapel, 13:00 ceremony

Our team arrives in Honolulu on Mar 5. Could you please send the parking permits
for the chapel as before?

Best regards,
{SIG_HASEBE}
{DISCLAIMER_EN}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English partner mail with booking refs and a standard disclaimer",
)

# 023 stop — passport numbers of the shooting team, to the travel agency
add(
    sender=HASEBE, to=["うみかぜトラベル 法人デスク 江藤様 <eto@umikaze-travel.co.jp>"],
    subject="3月ハワイ出張 航空券手配（撮影チーム3名）",
    charset="iso-2022-jp",
    body=f"""うみかぜトラベル 江藤様

お世話になっております。日の出産業 ウェディング課の長谷部です。
3/5発のホノルル出張について、航空券とESTAの手配をお願いいたします。
パスポート情報は以下のとおりです。

1) 長谷部 拓海（HASEBE TAKUMI）　1988/06/14　旅券番号 TR4820617　有効期限 2031/02/09
2) 早乙女 遥（SAOTOME HARUKA）　1992/11/03　旅券番号 TS1197054　有効期限 2029/08/22
3) 比嘉 蓮（HIGA REN）　　　　　1997/01/27　旅券番号 TZ6603381　有効期限 2033/05/16

機材の超過手荷物（3個・各23kg以内）も含めてお見積もりください。
{SIG_HASEBE}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport numbers of three people to an outside agency",
)

# 024 pass — an invoice with the company's registration number and bank account
add(
    sender=MIYASHITA, to=["ひかり幼稚園 事務室 <jimu@hikari-kindergarten.ed.jp>"],
    subject="ご請求書送付のご案内（卒園アルバム制作費）",
    charset="shift_jis",
    body=f"""学校法人ひかり学園 ひかり幼稚園
事務室 御中

いつもお世話になっております。日の出産業 経理課の宮下でございます。
卒園アルバム制作費のご請求書をお送りいたします。

　請求書番号：INV-2603-0184
　ご請求金額：428,450円（税込）
　お支払期日：2026年4月30日
　お振込先　：みどり銀行 渋谷支店 普通 3810462 ニチノデサンギョウ（カ
　登録番号　：T{corp_no('010401087632')}

ご不明な点がございましたらご連絡ください。
{SIG_MIYASHITA}""",
    attachments=[{"kind": "pdf", "name": "INV-2603-0184.pdf",
                  "lines": ["御請求書", "学校法人ひかり学園 ひかり幼稚園 御中", "",
                            "件名：卒園アルバム制作費（令和7年度）",
                            f"日の出産業株式会社　登録番号 T{corp_no('010401087632')}"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["卒園アルバム A4ソフト 32P", "97", "3,650", "354,050"],
                            ["追加プリント（集合写真）", "97", "300", "29,100"],
                            ["小計", "", "", "389,500"], ["消費税(10%)", "", "", "38,950"],
                            ["合計", "", "", "428,450"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own T-number and company bank account: business data only",
)

# 025 stop — forward (FW) of a teacher's mail listing absent pupils, to a freelance photographer
_p = people("025", 6, kids=True, born=(2012, 2013))
_lst = "\n".join(f"　{p['name']}（6年{[1, 1, 2, 2, 3, 3][i]}組）　自宅 {p['tel']}"
                 for i, p in enumerate(_p))
add(
    sender=MORIKAWA, to=["漆原 透 <toru.urushibara.photo@gmail.com>"],
    subject="FW: 個人写真 欠席者の撮り直しについて",
    charset="iso-2022-jp",
    body=f"""漆原さん

お世話になっております、森川です。
11/20の撮り直しを漆原さんにお願いしたいので、学校からのメールを転送します。
当日来られない場合は各ご家庭に直接連絡してよいとのことです。

-----Original Message-----
From: 鳴海 <narumi@minamidai-es.machida.ed.jp>
Sent: Friday, November 7, 2025 4:12 PM
To: 森川 詩織 <s.morikawa@hinode-sangyo.co.jp>
Subject: 個人写真 欠席者の撮り直しについて

日の出産業 森川様

先日の個人写真撮影で欠席だった児童は以下の6名です。
撮り直しの日程が決まりましたら、保護者に連絡をお願いします。

{_lst}

みなみ台小学校 6学年主任 鳴海
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a forwarded mail is new text to the freelance recipient: six pupils with home phones",
)

# 026 stop — an internal mail with a reorder list, forwarded as an attachment to the lab
_p = people("026", 9)
_ITEMS026 = ["2L×3", "六切×1", "L×10", "2L×2・L×4", "キャビネ×2", "四切×1", "L×6", "2L×5", "六切×2"]
add(
    sender=SHIINA, to=["光陽フォトラボ 受付 <uketsuke@koyo-photolab.co.jp>"],
    subject="焼き増し直送分のお客様リスト（転送します）",
    charset="shift_jis",
    body=f"""光陽フォトラボ 受付ご担当者様

お世話になっております。フォトスタジオひので吉祥寺店の椎名です。
焼き増しのご自宅直送分について、社内で回ってきたリストをそのまま添付で転送します。
発送元は弊社名義でお願いいたします。
{SIG_SHIINA}""",
    attachments=[{"kind": "eml", "name": "焼き増し直送リスト.eml", "message": {
        "sender": KURIHARA, "to": ["m.shiina@hinode-sangyo.co.jp"],
        "subject": "吉祥寺店 焼き増し直送分（10月後半）", "charset": "iso-2022-jp",
        "body": "椎名さん\n\n10月後半受付の焼き増し直送分です。ラボ手配をお願いします。\n\n"
        + "\n".join(f"■{p['name']} 様\n　〒{p['postal']} {p['addr']}\n　TEL {p['tel']}\n"
                    f"　内容：{_ITEMS026[i]}"
                    for i, p in enumerate(_p))
        + "\n\n受注センター 栗原",
    }}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached mail (message/rfc822) carries nine customers' addresses and phones",
)

# 027 pass — Outlook-style reply; the pupil list is only in the quoted original
add(
    sender=MORIKAWA, to=["鳴海先生 <narumi@minamidai-es.machida.ed.jp>"],
    subject="RE: 個人写真 撮影順の変更",
    charset="iso-2022-jp",
    body=f"""鳴海先生

ご連絡ありがとうございます。
撮影順の変更、承知いたしました。当日はご指示の順で進めます。
{SIG_MORIKAWA}
差出人: 鳴海 <narumi@minamidai-es.machida.ed.jp>
送信日時: 2025年10月14日 17:46
宛先: 森川 詩織 <s.morikawa@hinode-sangyo.co.jp>
件名: 個人写真 撮影順の変更

森川様

通級の時間の関係で、以下の児童を各組の最初に撮影してください。

　6-1 小鳥遊 律　　2013/04/11　保護者 090-2231-7745
　6-1 須賀 紬　　　2012/09/30　保護者 080-1145-3382
　6-2 乙部 颯太　　2012/12/02　保護者 070-3368-9021
　6-2 八雲 心春　　2013/01/19　保護者 090-7702-4416
　6-3 能登 蓮　　　2012/06/05　保護者 080-9934-1270

よろしくお願いします。
鳴海
""",
    expect="pass", entities=[], detectors=[],
    note="the five pupils' data are only in the quoted mail the teacher herself sent",
)

# 028 stop — homoglyph look-alike of the partner hotel (capital I for l)
add(
    sender=HASEBE, to=["ブライダルサロン <bridal@sakura-hoteI.jp>"],
    subject="12月の前撮りロケ 撮影許可のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル ブライダルサロン御中

いつもお世話になっております。日の出産業 ウェディング課の長谷部です。
12月の前撮りで、中庭とロビー階段での撮影許可をお願いしたく存じます。

　12/6（土）10:00～11:30　中庭・ロビー階段
　12/13（土）14:00～15:30　中庭

他のお客様のご迷惑にならないよう、機材は最小限にいたします。
ご確認をお願いいたします。
{SIG_HASEBE}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hoteI.jp (capital I) is a homoglyph of the partner sakura-hotel.jp",
)

# 029 stop — TSV pasted in the body: New Year card orders to the printer
_p = people("029", 7)
add(
    sender=KURIHARA, to=["錦印刷 年賀状受付 <nenga@nishiki-insatsu.co.jp>"],
    subject="写真入り年賀状 ご注文分（第3便）",
    charset="utf-8",
    body="錦印刷 年賀状受付ご担当者様\n\nお世話になっております。日の出産業 受注センターの栗原です。\n"
    "写真入り年賀状の第3便です。差出人欄に印字する内容をそのまま貼り付けます。\n\n"
    "受注番号\t差出人氏名\t郵便番号\t住所\t電話番号\tデザイン\t枚数\n"
    + "\n".join(f"NY26-{3100 + i * 7}\t{p['name']}\t{p['postal']}\t{p['addr']}\t{p['tel']}\t"
                f"{['A-03', 'B-11', 'A-07', 'C-02', 'B-04', 'A-03', 'C-09'][i]}\t{[50, 80, 30, 100, 60, 40, 70][i]}"
                for i, p in enumerate(_p))
    + "\n\n写真データは受注番号のフォルダでアップロード済みです。\n" + SIG_KURIHARA,
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of seven customers' names, addresses and phones",
)

# 030 pass — price list to a customer on free mail
add(
    sender=ISHIGURO, to=["mizuho-n.0402@icloud.com"],
    subject="成人式前撮りプランのご案内",
    charset="utf-8",
    body=f"""仁科様

先日はお電話ありがとうございました。フォトスタジオひので 横浜青葉台店の石黒です。
ご案内したプランの料金をお送りいたします。

　・スタジオ撮影プラン（振袖お持ち込み）　22,000円
　・スタジオ撮影プラン（振袖レンタル込み）　49,500円
　・ロケーション撮影（近隣公園）　＋16,500円
　・アルバム（10ページ）　33,000円／データ全カット　27,500円
　※早期割（12月末までのご予約）で撮影料10%OFF

ご予約はお電話かWebから承ります。お待ちしております。
{SIG_ISHIGURO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a price list to one private customer on free mail",
)

# 031 stop — children needing care at a shoot, with their conditions, to a contractor
add(
    sender=SAOTOME, to=["ルミエール写真工房 代表 <info@lumiere-photo.jp>"],
    subject="しらゆり幼稚園 園内撮影 応援カメラマン向け注意事項",
    charset="utf-8",
    body=f"""ルミエール写真工房
仁科様

いつもお世話になっております。日の出産業 撮影部の早乙女です。
来週のしらゆり幼稚園の応援、よろしくお願いします。
園から「配慮が必要な子」の共有がありましたので、担当クラス分を転記します。

 クラス   氏名             配慮事項
 ------   ---------------  ------------------------------------------
 ゆり組   阿久津 結翔      車椅子を使用。集合写真は端の列に車椅子のまま
 ゆり組   比嘉 澪          てんかんの既往あり。ストロボの連続発光は避ける
 もも組   宍戸 朔          難聴（補聴器使用）。声かけは正面から
 もも組   粟津 杏          食物アレルギー（卵）。撮影中の飴の配布はしない

撮影後のデータから個人の特定につながるメモは削除してください。
{SIG_SAOTOME}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="four named children's disabilities and medical conditions (要配慮) to an outside studio",
)

# 032 pass — My Number collection inside the company
add(
    sender=MIYASHITA, to=["h.saotome@hinode-sangyo.co.jp"],
    cc=["k.nonomura@hinode-sangyo.co.jp"],
    subject="扶養控除等申告書の個人番号の確認",
    charset="iso-2022-jp",
    body=f"""早乙女さん

お疲れさまです、経理の宮下です。
提出いただいた扶養控除等申告書の個人番号、控えと照合しました。誤りがないかご確認ください。

　本人　早乙女 遥　　{my_number(2102)}
　配偶者 早乙女 航平　{my_number(2103)}

問題なければ返信不要です。
{SIG_MIYASHITA}""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers, but the mail stays inside hinode-sangyo.co.jp",
)

# 033 stop — legacy XLS customer ledger to the system vendor for migration
_p = people("033", 18, born=(1970, 1996))
add(
    sender=NONOMURA, to=["ツバサシステム 導入担当 桑原様 <kuwabara@tsubasa-system.jp>"],
    subject="顧客データ移行テスト用のサンプル",
    charset="shift_jis",
    body=f"""ツバサシステム株式会社
桑原様

お世話になっております。日の出産業の野々村です。
新予約システムへの移行テスト用に、旧顧客台帳（Excel97形式）から一部を抜き出しました。
文字化けや項目のずれがないか確認いただけますか。
{SIG_NONOMURA}""",
    attachments=[{"kind": "xls", "name": "顧客台帳_抜粋.xls", "sheets": {
        "顧客": [["顧客番号", "氏名", "フリガナ", "生年月日", "電話", "メール", "住所", "最終来店"]]
        + [[f"C{10400 + i * 13}", p["name"], p["kana"], p["dob"], p["tel"], p["mail"],
            p["addr"], f"2025/{(i % 9) + 1:02d}/{(i * 3) % 27 + 1:02d}"] for i, p in enumerate(_p)]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with 18 customers' full records sent outside",
)

# 034 stop — a corrupt XLSX attachment
add(
    sender=MORIKAWA, to=["鳴海先生 <narumi@minamidai-es.machida.ed.jp>"],
    subject="写真注文 集計表（学年分）",
    charset="iso-2022-jp",
    body=f"""鳴海先生

お世話になっております。森川です。
修学旅行写真の注文集計表をお送りします。クラスごとの枚数をご確認ください。
{SIG_MORIKAWA}""",
    attachments=[{"kind": "corrupt", "name": "注文集計_修学旅行.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX is corrupt and cannot be read",
)

# 035 pass — notice to parents with every parent in Bcc
add(
    sender=MORIKAWA, to=["s.morikawa@hinode-sangyo.co.jp"],
    bcc=["aikawa.miho22@gmail.com", "k-igarashi@yahoo.co.jp", "shoji.family@icloud.com",
         "momose.nao@outlook.jp", "onodera-k@docomo.ne.jp", "hayase.0531@ezweb.ne.jp"],
    subject="【ひばりが丘中】修学旅行写真 販売開始のお知らせ",
    charset="iso-2022-jp",
    body=f"""保護者の皆さま

いつもお世話になっております。ひばりが丘中学校の写真販売を担当しております、
日の出産業株式会社 フォトスタジオ事業部です。

修学旅行の写真をWebで販売開始いたしました。
　販売期間：11月4日（火）～11月24日（月）
　閲覧パスワードは学校から配布されたお知らせをご確認ください。

ご不明な点は受注センター（0120-58-4102）までお問い合わせください。
{SIG_MORIKAWA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="parents are in Bcc, so nobody sees anyone else; free-mail recipients only",
)

# 036 stop — three parents on free mail can all see each other
add(
    sender=MORIKAWA,
    to=["真壁 奈緒 様 <makabe.nao@gmail.com>", "芹沢 沙織 様 <saori-serizawa@yahoo.co.jp>",
        "藤堂 恵理子 様 <todo.eriko@icloud.com>"],
    subject="アルバム委員さま 写真持ち込み締切のご連絡",
    charset="iso-2022-jp",
    body=f"""アルバム委員の皆さま

いつもご協力ありがとうございます。日の出産業の森川です。
部活動ページ用の写真の持ち込み締切が近づいてまいりました。

　締切：10月31日（金）
　提出方法：共有フォルダへアップロード、または学校の職員室前の回収箱へ

何かありましたらご連絡ください。
{SIG_MORIKAWA}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To see each other's addresses: should be Bcc",
)

# 037 stop — a photographer's driving licence number to a rental company
add(
    sender=SAOTOME, to=["モビリティレント 法人受付 <hojin@mobility-rent.co.jp>"],
    subject="機材車レンタル 運転者登録（追加1名）",
    charset="shift_jis",
    body=f"""モビリティレント株式会社 法人受付ご担当者様

お世話になっております。日の出産業 撮影部の早乙女です。
法人契約（契約番号 MR-H-00871）の運転者に1名追加をお願いします。

　氏名：比嘉 蓮（ひが れん）
　生年月日：平成9年1月27日
　住所：東京都多摩市落合3-14-2-305
　運転免許証番号：第301508472190号
　免許の色：青（有効期限 令和9年3月27日）

免許証の両面画像は、貴社の登録フォームからもアップロードしておきます。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's driving licence number, birthday and address to an outside firm",
)

# 038 pass — the word 社外秘 is only mentioned, nothing is stamped
add(
    sender=OKOCHI, to=["光陽フォトラボ 営業 千葉様 <chiba@koyo-photolab.co.jp>"],
    subject="Re: 原価資料のご提供について",
    charset="iso-2022-jp",
    body=f"""光陽フォトラボ 千葉様

お世話になっております。大河内です。
ご依頼の件、弊社の原価表は社外秘扱いのため、そのままお渡しすることができません。
申し訳ございません。代わりに、発注予定数量（下記）でお見積もりをいただけますでしょうか。

　・L判プリント　月 約42,000枚
　・2L判プリント　月 約6,500枚
　・六切パネル加工　月 約300枚

何卒よろしくお願いいたします。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=[],
    note="社外秘 is mentioned in a sentence, not a marking on the mail; volumes only",
)

# 039 stop — PDF table: graduates' address book for album delivery
_p = people("039", 16, kids=True, born=(2010, 2011))
add(
    sender=OKOCHI, to=["錦印刷 発送課 <hassou@nishiki-insatsu.co.jp>"],
    subject="ひばりが丘中 卒アル 卒業後送付分の宛名リスト",
    charset="utf-8",
    body=f"""錦印刷 発送課 御中

お世話になっております。日の出産業の大河内です。
卒業式後に発送する分（追加注文・欠席者）の宛名リストをPDFでお送りします。
宛名ラベルの印字をお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "pdf", "name": "宛名リスト_ひばりが丘中.pdf",
                  "lines": ["ひばりが丘中学校 令和8年3月卒業 アルバム発送先", ""],
                  "table": [["No", "宛名", "〒", "住所", "電話"]]
                  + [[str(i + 1), p["parent"] + " 様方 " + p["mei"] + " 様", p["postal"], p["addr"], p["tel"]]
                     for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a PDF table of 16 families' names, addresses and phones",
)

# 040 stop — a plain ZIP with a UTF-8 CSV of purchase accounts, to the system vendor
_p = people("040", 25)
add(
    sender=KURIHARA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="アカウント一括登録用データ（あおぞら幼稚園）",
    charset="utf-8",
    body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の栗原です。
あおぞら幼稚園の写真販売アカウントの一括登録をお願いします。
CSVをZIPにまとめました（パスワードはかけていません）。
{SIG_KURIHARA}""",
    attachments=[{"kind": "zip", "name": "aozora_accounts.zip", "files": [
        {"kind": "csv", "name": "aozora_accounts_utf8.csv", "encoding": "utf-8",
         "rows": [["login_id", "parent_name", "child_name", "email", "tel"]]
         + [[f"aoz{2600 + i}", p["parent"], p["name"].split()[0] + " " + KIDS[i % len(KIDS)][0],
             p["mail"], p["tel"]] for i, p in enumerate(_p)]},
        {"kind": "txt", "name": "readme.txt", "text": "文字コード：UTF-8\n区切り：カンマ\n"}]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a UTF-8 CSV of 25 parents' names, e-mails and phones",
)

# 041 pass — four pending deliveries, to the carrier
add(
    sender=KURIHARA, to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="持ち戻り4件の再配達依頼",
    charset="iso-2022-jp",
    body=f"""青葉運輸 お客様センター御中

お世話になっております。日の出産業 受注センターの栗原です。
不在持ち戻りとなっている下記4件、お客様と再配達日を調整しましたのでお願いいたします。

1. 伝票 4471-2208-3391　間宮 千尋 様　090-1184-2203　11/15 午前
2. 伝票 4471-2208-3405　沢渡 康介 様　080-4471-0925　11/15 18-20時
3. 伝票 4471-2208-3417　若狭 綾乃 様　070-6630-1148　11/16 午前
4. 伝票 4471-2208-3422　塩谷 剛 様　　090-5526-8817　11/16 14-16時

よろしくお願いいたします。
{SIG_KURIHARA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four customers' names and phones: under the five-record threshold, may be warned",
)

# 042 stop — a customer who is a victim of stalking, named, to the hotel
add(
    sender=HASEBE, to=["宴会営業 宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="12/20 ご婚礼 撮影・掲出に関するお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宮坂様

いつもお世話になっております。長谷部です。
12/20（土）にご婚礼の 伊集院 瑞穂 様 について、新婦様ご本人からご相談がありました。

以前の交際相手からストーカー被害を受け、警察に相談中とのことで、
・挙式・披露宴の写真をホテルのSNSやブライダルフェアで一切掲出しない
・当日の会場名・時間を問い合わせがあっても答えない
の2点を徹底してほしいとのご要望です。弊社側でも作例掲載を行いません。

館内スタッフの皆さまへの共有をお願いできますでしょうか。
{SIG_HASEBE}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a customer as a crime (stalking) victim: 要配慮個人情報 of one person",
)

# 043 pass — a child's condition discussed internally only
add(
    sender=SAOTOME, to=["s.morikawa@hinode-sangyo.co.jp"],
    cc=["k.nonomura@hinode-sangyo.co.jp"],
    subject="あおぞら幼稚園 発表会撮影の配慮事項",
    charset="utf-8",
    body=f"""森川さん

お疲れさまです。発表会の撮影、配置を決めました。
すみれ組の 結城 晴 くん（脳性まひ、歩行器使用）が舞台袖から出る場面は、
園の希望どおり正面下手から1台で押さえます。外注さんには名前は伝えず、
「配置図の★の子」とだけ共有します。

以上、社内共有まで。
{SIG_SAOTOME}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named child's disability, but every recipient is internal",
)

# 044 stop — a DOCX whose header carries 部外秘, to a freelance photographer
add(
    sender=SAOTOME, to=["ren.higa.camera@gmail.com"],
    subject="撮影マニュアル（園・学校）最新版",
    charset="iso-2022-jp",
    body=f"""比嘉さん

お疲れさまです。来月から応援で入っていただくので、撮影マニュアルの最新版を送ります。
入退館のルールと、SNS投稿禁止の項目だけは必ず読んでおいてください。
{SIG_SAOTOME}""",
    attachments=[{"kind": "docx", "name": "撮影マニュアル_園学校_v7.docx",
                  "page_header": "部外秘　フォトスタジオ事業部 撮影部",
                  "paragraphs": ["園・学校撮影マニュアル 第7版",
                                 "1. 入退館：受付で名札を受け取り、退館時に返却する。",
                                 "2. 撮影データ：当日中に事業部サーバへアップロードし、カードは初期化する。",
                                 "3. SNS：撮影した写真・園舎の画像は一切投稿しない。",
                                 "4. 配慮が必要なお子さま：園の指示に従い、個別の情報は口外しない。"]}],
    expect="stop", entities=[], detectors=["confidential_marking", "freemail_recipient"],
    note="DOCX page header is stamped 部外秘 and goes to an external free-mail address",
)

# 045 pass — lab order with order numbers, product codes and tracking numbers
add(
    sender=OKOCHI, to=["光陽フォトラボ 受付 <uketsuke@koyo-photolab.co.jp>"],
    subject="発注書 PO-25-1187（出荷済み分の伝票番号もあわせて）",
    charset="iso-2022-jp",
    body=f"""光陽フォトラボ 受付ご担当者様

いつもお世話になっております。大河内です。
今週分の発注です。

　発注番号 PO-25-1187
　KP-L-GL　　L判 光沢　　　　 12,400枚
　KP-2L-GL　 2L判 光沢　　　　 1,820枚
　KP-6G-MT　 六切 マット　　　   260枚
　KP-PNL-A4　A4パネル加工　　　  48枚

先週分（PO-25-1174）は以下の伝票で受領済みです。
　青葉運輸 4471-2207-8820 / 4471-2207-8834

よろしくお願いいたします。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=[],
    note="order numbers, product codes and tracking numbers only",
)

# 046 stop — three external organisations see each other
add(
    sender=OKOCHI,
    to=["矢吹様 <yabuki@nishiki-insatsu.co.jp>", "蒲田様 <kamata@aoba-unyu.co.jp>"],
    cc=["鳴海先生 <narumi@minamidai-es.machida.ed.jp>"],
    subject="みなみ台小 卒業アルバム 納品日の最終確認",
    charset="iso-2022-jp",
    body=f"""各位

お世話になっております。日の出産業の大河内です。
みなみ台小学校様の卒業アルバム納品について、関係者の皆さまに一斉にご連絡いたします。

　納品日時：3月12日（木）10:00 学校着
　搬入場所：職員玄関横の会議室
　冊数：103冊（予備3冊含む）

学校様には受領書へのご押印をお願いいたします。
{SIG_OKOCHI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (printer, carrier, school) visible to each other in To/Cc",
)

# 047 stop — a residence card number to a staffing agency
add(
    sender=NONOMURA, to=["ほしのスタッフ 派遣管理 <haken@hoshino-staff.co.jp>"],
    subject="派遣スタッフ 在留カード確認の件（グエン様）",
    charset="utf-8",
    body=f"""ほしのスタッフ株式会社 派遣管理ご担当者様

いつもお世話になっております。日の出産業の野々村です。
12月から撮影アシスタントとしてお越しいただく方について、就労可否の確認のため、
在留カードの記載内容を照合させてください。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　生年月日：1999年8月14日
　在留カード番号：UH48217390QA
　在留資格：技術・人文知識・国際業務（在留期限 2027年9月30日）

上記で相違なければ、契約書の作成を進めます。
{SIG_NONOMURA}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a residence card number of one person to an outside agency",
)

# 048 pass — English reply; the partner's own mail is quoted under "On … wrote:"
add(
    sender=OKOCHI, to=["Marco Bellini <m.bellini@legatoria-arno.it>"],
    subject="Re: Leather album covers - lead time",
    charset="utf-8",
    body=f"""Dear Marco,

Thank you for the quick answer. Six weeks is fine for us; please go ahead with
the 40 covers in "Cognac" as quoted (your ref. Q-2025-318). We will send the
deposit by wire this week.

Kind regards,
Ryo Okochi
Album Production, Hinode Sangyo Co., Ltd.

On Tue, 4 Nov 2025 at 09:12, Marco Bellini <m.bellini@legatoria-arno.it> wrote:
> Dear Mr Okochi,
> our lead time for hand-stitched covers is currently six weeks from deposit.
> Please call me on my mobile +39 347 218 6604 if anything is urgent.
> Marco Bellini, Legatoria Arno s.r.l., Via dei Serragli 41, Firenze
""",
    expect="pass", entities=[], detectors=[],
    note="English business reply; the partner's contact details are only in the quote",
)

# 049 stop — one record per block: coming-of-age pre-shoot customers, to the kimono partner
_p = people("049", 5, born=(2005, 2006))
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）様\n"
    f"　生年月日：{wareki(p['y'], p['m'], p['d'])}\n"
    f"　ご住所：〒{p['postal']} {p['addr']}\n"
    f"　携帯：{fw(p['tel'])}\n"
    f"　身長：{152 + i * 3}cm／足袋 {22.5 + (i % 3) * 0.5}cm"
    for i, p in enumerate(_p))
add(
    sender=ISHIGURO, to=["はなや 振袖担当 <furisode@kimono-hanaya.co.jp>"],
    subject="成人式前撮り 振袖お届け先のご連絡（青葉台店）",
    charset="iso-2022-jp",
    body=f"""株式会社はなや 振袖ご担当者様

いつもお世話になっております。フォトスタジオひので 横浜青葉台店の石黒です。
前撮り後、振袖を当日までご自宅保管されるお客様5名分のお届け先をお送りします。

{_blocks}

お届けは前撮り翌週以降でお願いいたします。
{SIG_ISHIGURO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customer blocks with 和暦 birthdays, addresses and full-width mobile numbers",
)

# 050 either — a names-only class list (names, kana, class) to the album printer
_p = people("050", 24, kids=True, born=(2019, 2020))
add(
    sender=OKOCHI, to=["矢吹様 <yabuki@nishiki-insatsu.co.jp>"],
    subject="さくら幼稚園 卒園アルバム 名前ページ用の名簿",
    charset="iso-2022-jp",
    body="錦印刷 矢吹様\n\nお世話になっております。大河内です。\n"
    "卒園アルバムの「なまえ」ページ用に、クラスごとの名簿を貼り付けます。ふりがなは園の表記どおりです。\n\n"
    "＜ほし組＞\n" + "\n".join(f"・{p['name']}（{p['kana']}）" for p in _p[:12])
    + "\n\n＜つき組＞\n" + "\n".join(f"・{p['name']}（{p['kana']}）" for p in _p[12:])
    + "\n\nよろしくお願いいたします。\n" + SIG_OKOCHI,
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="24 children's names with kana and class only, to the contracted printer: a list of people without contact data",
)

# 051 stop — a child hurt at the studio: health insurance card and injury, to the insurer
add(
    sender=SHIINA, to=["へいあん損保 事故受付 <jiko-uketsuke@heian-sonpo.co.jp>"],
    subject="施設賠償責任保険 事故報告（吉祥寺店 11/3発生）",
    charset="shift_jis",
    body=f"""へいあん損害保険株式会社 事故受付ご担当者様

いつもお世話になっております。日の出産業株式会社 フォトスタジオひので吉祥寺店の椎名です。
証券番号 HS-3018-2207 の施設賠償責任保険について、事故のご報告をいたします。

　発生日時：2025年11月3日（月・祝）14:20頃
　場所：吉祥寺店 第2スタジオ
　被害者：御子柴 大和 くん（2020年6月18日生・5歳）
　保護者：御子柴 崇 様　携帯 090-6614-2087
　状況：撮影用の木製階段セットから転落し、左前腕を骨折（若木骨折）。
　　　　武蔵野中央病院で全治6週間と診断、ギプス固定。
　健康保険証：記号 0613-2048　番号 117　（保険者番号 06131428）

治療費の立替分について、保護者様へのご説明の仕方もご相談させてください。
{SIG_SHIINA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a child's injury diagnosis and health insurance card number to the insurer",
)

# 052 pass — list of collection points (shops), to a school
add(
    sender=MORIKAWA, to=["事務室 <jimu@hibarigaoka-jhs.ed.jp>"],
    subject="写真のお受け取り店舗一覧（保護者配布用）",
    charset="iso-2022-jp",
    body=f"""ひばりが丘中学校 事務室 御中

お世話になっております。日の出産業の森川です。
保護者向けお知らせに掲載いただく、写真のお受け取り店舗の一覧です。

┌──────────┬──────────────────────┬─────────┐
│店舗名　　　　　　│住所　　　　　　　　　　　　　　　　　　　　│電話　　　　　　│
├──────────┼──────────────────────┼─────────┤
│ひので 国分寺店　　│東京都国分寺市本町4-1-9 国分寺スクエア3F　　│042-359-6620　 │
│ひので 三鷹店　　　│東京都三鷹市下連雀3-30-2　　　　　　　　　　│0422-49-1175　 │
│ひので 吉祥寺店　　│東京都武蔵野市吉祥寺本町2-5-11 2F　　　　　 │0422-27-3806　 │
│カメラのタカダ 小平店│東京都小平市美園町1-8-4（提携店）　　　　　│042-341-0078　 │
│フォトショップ 大樹│東京都西東京市田無町2-2-16（提携店）　　　　│042-461-5530　 │
└──────────┴──────────────────────┴─────────┘

営業時間はいずれも10:00～19:00です。
{SIG_MORIKAWA}""",
    expect="pass", entities=[], detectors=[],
    note="a table of shops (business addresses and phones), no people",
)

# 053 stop — look-alike of the company's own domain, carrying staff private contacts
_p = people("053", 6, born=(1980, 2000))
add(
    sender=SAOTOME, to=["撮影部 共有 <satsueibu@hinode-sanyo.co.jp>"],
    subject="12月 繁忙期シフトと緊急連絡先",
    charset="utf-8",
    body="撮影部のみなさん\n\nお疲れさまです。12月の七五三後半・クリスマスフォトのシフト確定版です。\n"
    "当日の欠員連絡用に、個人携帯と最寄り駅も載せています。\n\n"
    + "名前            個人携帯         最寄り駅     担当\n"
    + "--------------  ---------------  -----------  ------------\n"
    + "\n".join(f"{pad(p['name'], 14)}  {p['tel']:<15}  {pad(['武蔵境', '溝の口', '国分寺', '青葉台', '南浦和', '新松戸'][i], 11)}  "
                f"{['吉祥寺 土日', '青葉台 土日', '国分寺 土', '青葉台 日', '出張撮影', '三鷹 土日'][i]}"
                for i, p in enumerate(_p))
    + "\n" + SIG_SAOTOME,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanyo.co.jp drops a letter of the own domain; six staff private mobiles go there",
)

# 054 pass — a couple on two free-mail addresses: two parties only
add(
    sender=HASEBE, to=["kiryu.shun@gmail.com"], cc=["hikari.hasumi@icloud.com"],
    subject="前撮りロケーションのご提案",
    charset="iso-2022-jp",
    body=f"""桐生様
蓮見様

先日はご来店ありがとうございました。ウェディング課の長谷部です。
前撮りのロケーション候補を3つご提案いたします。

　A：旧古河庭園（洋館とバラ園、11月上旬まで）
　B：横浜 山下公園～赤レンガ倉庫（夕景）
　C：さくらホテル中庭（雨天時は館内チャペル）

ご希望をお聞かせいただければ、撮影許可の手配を進めます。
{SIG_HASEBE}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="two private recipients (a couple) can see each other: fewer than three parties",
)

# 055 stop — XLSX with a Confidential page header, to the system vendor
add(
    sender=NONOMURA, to=["桑原様 <kuwabara@tsubasa-system.jp>"],
    subject="予約システム 要件一覧（v0.9）",
    charset="utf-8",
    body=f"""ツバサシステム 桑原様

お世話になっております。野々村です。
要件一覧のv0.9をお送りします。社内の承認前の版ですので取り扱いにご注意ください。
{SIG_NONOMURA}""",
    attachments=[{"kind": "xlsx", "name": "予約システム要件一覧_v0.9.xlsx",
                  "page_header": "Confidential - Hinode Sangyo Photo Studio Division",
                  "sheets": {"機能要件": [["No", "区分", "要件", "優先度"],
                                          [1, "予約", "店舗・スタジオ・カメラマン別の空き枠表示", "A"],
                                          [2, "予約", "衣装の在庫引当（サイズ別）", "A"],
                                          [3, "決済", "事前決済とキャンセル料の自動計算", "B"],
                                          [4, "顧客", "来店履歴と撮影データの紐付け", "A"]],
                             "非機能要件": [["No", "要件"], [1, "個人情報の暗号化保存"],
                                            [2, "操作ログ 5年保存"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the XLSX carries a Confidential page header",
)

# 056 pass — statistics about children needing support, no individuals
add(
    sender=MORIKAWA, to=["教育委員会 学務課 <gakumu@city-hanazono.lg.jp>"],
    subject="学校写真における合理的配慮の実施状況（ご報告）",
    charset="iso-2022-jp",
    body=f"""花園市教育委員会 学務課 御中

いつもお世話になっております。日の出産業 スクールフォト課の森川です。
ご依頼のあった今年度の実施状況を、学校名・個人が特定されない形でまとめました。

　対象校：市内小中学校 18校
　個別撮影の時間・場所を調整した件数：41件
　　うち 車椅子等で撮影位置を調整：12件
　　うち 音・光への配慮（ストロボ不使用等）：19件
　　うち 別室・少人数での撮影：10件
　保護者からの事前相談件数：23件

来年度に向け、撮影スタッフ研修を7月に予定しております。
{SIG_MORIKAWA}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate counts only; no child can be identified",
)

# 057 stop — CSV (CP932) of failed card payments with card numbers, to the payment processor
_p = people("057", 6)
add(
    sender=KURIHARA, to=["スマイルペイ 加盟店サポート <kameiten@smile-pay.co.jp>"],
    subject="オーソリエラー分の再処理依頼（10月度）",
    charset="shift_jis",
    body=f"""スマイルペイ株式会社 加盟店サポート御中

お世話になっております。日の出産業の栗原です。
10月度にオーソリエラーとなった注文について、お客様にカード情報を再確認いただきました。
一覧を添付しますので再処理をお願いいたします。
{SIG_KURIHARA}""",
    attachments=[{"kind": "csv", "name": "再処理依頼_202510.csv", "encoding": "cp932",
                  "rows": [["注文番号", "氏名", "メール", "カード番号", "有効期限", "金額"]]
                  + [[f"WEB-2510{400 + i * 9}", p["name"], p["mail"], card_number(2104 + i),
                      f"{(i % 12) + 1:02d}/{27 + i % 4}", [8800, 15400, 4400, 22000, 6600, 11000][i]]
                     for i, p in enumerate(_p)]}],
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a CP932 CSV of six customers' card numbers",
)

# 058 stop — basic pension number of a part-timer, to the labour consultant
add(
    sender=NONOMURA, to=["あおやま社労士事務所 <office@aoyama-sr.jp>"],
    subject="資格取得届の作成依頼（撮影アシスタント 1名）",
    charset="iso-2022-jp",
    body=f"""あおやま社労士事務所 御中

いつもお世話になっております。日の出産業の野々村です。
12/1入社のパート（撮影アシスタント）について、社会保険の資格取得届をお願いいたします。

　氏名　　　　：古手川 奈緒（こてがわ なお）
　生年月日　　：平成12年3月9日
　住所　　　　：〒359-1111 埼玉県所沢市緑町2-7-15
　基礎年金番号：4218-603947
　所定労働時間：週30時間（月給換算 182,000円）

雇用契約書の写しはPDFで別途お送りします。
{SIG_NONOMURA}""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one employee's basic pension number to an outside office",
)

# 059 pass — a blank model release template
add(
    sender=TSUKAMOTO, to=["ほしぞらプロダクション 木暮様 <kogure@hoshizora-pro.co.jp>"],
    subject="肖像権使用同意書（ひな形）のご確認",
    charset="utf-8",
    body=f"""ほしぞらプロダクション 木暮様

お世話になっております。日の出産業の塚本です。
来月のキッズモデル撮影で使用する肖像権使用同意書のひな形をお送りします。
所属モデルの保護者様にご記入いただく欄に過不足がないか、ご確認いただけますか。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "docx", "name": "肖像権使用同意書_ひな形.docx",
                  "paragraphs": ["肖像権使用同意書",
                                 "日の出産業株式会社 御中",
                                 "私は、下記の撮影において撮影された写真を、貴社が下記の範囲で使用することに同意します。",
                                 "使用範囲：□Web □店頭ポスター □交通広告 □パンフレット",
                                 "使用期間：撮影日から2年間"],
                  "tables": [[["モデル氏名", ""], ["生年月日", "　　年　　月　　日"],
                              ["保護者氏名", ""], ["住所", ""], ["電話番号", ""],
                              ["署名", ""]]]}],
    expect="pass", entities=[], detectors=[],
    note="a blank form: field labels only, no one's data",
)

# 060 stop — a password-protected PDF
add(
    sender=MORIKAWA, to=["教頭 平田先生 <hirata@sakuragaoka-es.setagaya.ed.jp>"],
    subject="撮影・掲載同意書の回収状況（一覧）",
    charset="iso-2022-jp",
    body=f"""平田先生

お世話になっております。森川です。
同意書の回収状況の一覧をPDFでお送りします。開封パスワードは先日お電話でお伝えしたものです。
{SIG_MORIKAWA}""",
    attachments=[{"kind": "pdf", "name": "同意書回収状況_桜ヶ丘小.pdf", "password": "sakura0930",
                  "lines": ["撮影・掲載同意書 回収状況", "6年1組 33/35", "6年2組 34/34"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be inspected",
)

# 061 stop — full-width padded list in the body: entrance photos with birthdays, to the lab
_p = people("061", 7, kids=True, born=(2021, 2022))
_rows = "\n".join(
    f"{fw(str(i + 1)):　<3}{p['name'].replace(' ', '　'):　<7}{wareki(p['y'], p['m'], p['d'], 'fw'):　<12}"
    f"{p['parent'].replace(' ', '　'):　<7}{fw(p['tel'])}"
    for i, p in enumerate(_p))
add(
    sender=ISHIGURO, to=["光陽フォトラボ 加工課 <kakou@koyo-photolab.co.jp>"],
    subject="入園記念台紙 名入れ分の指示書",
    charset="shift_jis",
    body=f"""光陽フォトラボ 加工課 御中

お世話になっております。フォトスタジオひので 横浜青葉台店の石黒です。
入園記念写真の台紙名入れ分です。台紙の裏に生年月日も箔押しします。
仕上がり後、保護者様へ直接お渡し日のご連絡をお願いできればと思います。

番号　園児氏名　　　　生年月日　　　　　　保護者　　　　　連絡先
－－　－－－－－－　－－－－－－－－－－　－－－－－－　－－－－－－－
{_rows}

台紙：KD-22（さくら柄）、箔押し：金
{SIG_ISHIGURO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded list of seven children with 和暦 birthdays and parents' phones",
)

# 062 pass — internal subdomain only, with a customer CSV
_p = people("062", 10)
add(
    sender=KURIHARA, to=["店舗運営 <tenpo-unei@mail.hinode-sangyo.co.jp>"],
    cc=["m.shiina@hinode-sangyo.co.jp"],
    subject="アンケート回答者リスト（謝礼送付用）",
    charset="utf-8",
    body=f"""店舗運営チーム各位

お疲れさまです。受注センターの栗原です。
10月のアンケートで謝礼（QUOカード）を希望された方のリストです。
発送は店舗運営チームでお願いします。
{SIG_KURIHARA}""",
    attachments=[{"kind": "csv", "name": "謝礼送付リスト.csv", "encoding": "utf-8",
                  "rows": [["氏名", "郵便番号", "住所", "電話"]]
                  + [[p["name"], p["postal"], p["addr"], p["tel"]] for p in _p]}],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="customer list sent only to internal addresses (mail.hinode-sangyo.co.jp is internal)",
)

# 063 stop — a bride's religion, named, to the hotel
add(
    sender=HASEBE, to=["宮坂様 <miyasaka@sakura-hotel.jp>"],
    subject="1/17 ご婚礼（粟津様・カーン様）撮影時のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宮坂様

お世話になっております。長谷部です。
1/17 の粟津 康介 様・アイシャ カーン 様のご婚礼について、事前にお打合せした内容を共有します。

新婦のアイシャ様はイスラム教を信仰されているため、
・お支度部屋での撮影は女性カメラマン（早乙女）のみが入室
・ヘアメイク中・ヒジャブを外している間の撮影は行わない
・乾杯の撮影はノンアルコールでのご用意
とさせていただきます。ご親族のお祈りの時間（13:10頃）は控室を空けていただけますと幸いです。

よろしくお願いいたします。
{SIG_HASEBE}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ties a named person to a religion (要配慮個人情報), sent outside",
)

# 064 pass — acknowledging receipt; the My Number is only in the contractor's quoted mail
add(
    sender=MIYASHITA, to=["toru.urushibara.photo@gmail.com"],
    subject="Re: マイナンバーの件",
    charset="iso-2022-jp",
    body=f"""漆原様

ご連絡ありがとうございます。経理の宮下です。
個人番号、確かに受領いたしました。支払調書の作成にのみ使用し、適切に管理いたします。
なお、次回からはメールではなく、郵送用の封筒をお送りしますのでそちらでお願いできれば幸いです。
{SIG_MIYASHITA}
> 日の出産業 経理ご担当者様
>
> お世話になっております。外注カメラマンの漆原です。
> ご依頼のマイナンバーをお送りします。
> 個人番号：{my_number(2110)}
> 漆原 透
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the My Number appears only in the quoted mail its owner sent; new text has none",
)

# 065 stop — forward of a parent's mail about her son's diabetes, to a freelance photographer
add(
    sender=SHIINA, to=["yuri.photo.works@gmail.com"],
    subject="FW: 七五三撮影の当日について（ご相談）",
    charset="utf-8",
    body=f"""百目木さん

日曜の10時の枠、百目木さんにお願いしている回です。お母さまからのご相談を転送しますので
目を通しておいてください。撮影途中に休憩を入れられるよう、余裕をもって進めてください。

---------- Forwarded message ---------
From: 乙部 由香里 <otobe.yukari@outlook.jp>
Date: 2025年11月5日(水) 21:48
Subject: 七五三撮影の当日について（ご相談）
To: <m.shiina@hinode-sangyo.co.jp>

フォトスタジオひので 吉祥寺店 ご担当者様

11/9 10:00 に予約している乙部です。
息子の乙部 律（7歳）は1型糖尿病で、インスリンポンプをつけています。
撮影中に血糖値を測る時間をいただきたいのと、着物の帯の位置がポンプにかからないように
していただけると助かります。
よろしくお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="a forwarded mail tying a named child to a diagnosis (and the mother's address) goes to a free-mail photographer",
)

# 066 stop — a TXT attachment (Shift_JIS) with a school photo order list, to the lab
_p = people("066", 8)
add(
    sender=MORIKAWA, to=["光陽フォトラボ 受付 <uketsuke@koyo-photolab.co.jp>"],
    subject="桜ヶ丘小 運動会写真 自宅配送分",
    charset="shift_jis",
    body=f"""光陽フォトラボ 受付ご担当者様

お世話になっております。日の出産業の森川です。
桜ヶ丘小学校 運動会写真のうち、自宅配送を選択された方の分です。
テキストで失礼します。
{SIG_MORIKAWA}""",
    attachments=[{"kind": "txt", "name": "haisou_sakuragaoka.txt", "encoding": "cp932",
                  "text": "桜ヶ丘小 運動会写真 自宅配送分\n\n"
                  + "\n".join(f"{i + 1:02d} {p['name']} 〒{p['postal']} {p['addr']} TEL:{p['tel']} "
                              f"注文 SK-{7700 + i * 3}" for i, p in enumerate(_p)) + "\n"}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a Shift_JIS text file with eight customers' addresses and phones",
)

# 067 pass — one reshoot appointment to a parent on free mail
add(
    sender=ISHIGURO, to=["hasumi.family@softbank.ne.jp"],
    subject="撮り直しのご予約確定のお知らせ",
    charset="iso-2022-jp",
    body=f"""蓮見様

このたびは仕上がりにご不満をおかけし、申し訳ございませんでした。
撮り直しのご予約を以下で確定いたしました。

　日時：11月30日（日）11:00～
　場所：フォトスタジオひので 横浜青葉台店（第1スタジオ）
　内容：七五三 5歳 袴（衣装は前回と同じものをご用意します）
　料金：無料

当日お気をつけてお越しください。
{SIG_ISHIGURO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a single private customer's appointment, studio address only",
)

# 068 pass — the carrier partner's regional subdomain (its own domain, not a look-alike)
add(
    sender=KURIHARA, to=["青葉運輸 関東支社 お客様センター <kanto-cs@kanto.aoba-unyu.co.jp>"],
    subject="集荷依頼（11/18 品川倉庫）",
    charset="iso-2022-jp",
    body=f"""青葉運輸 お客様センター御中

お世話になっております。日の出産業 受注センターの栗原です。
以下のとおり集荷をお願いいたします。

　日時：11月18日（火）15:00～17:00
　場所：日の出産業 品川倉庫（お客様番号 AU-220871）
　個数：段ボール 24個（写真プリント、1個 約8kg）

よろしくお願いいたします。
{SIG_KURIHARA}""",
    expect="pass", entities=[], detectors=[],
    note="kanto.aoba-unyu.co.jp is a subdomain of the partner carrier; pickup request only",
)

# 069 pass — album proof corrections; the teacher's list is quoted with '>'
add(
    sender=OKOCHI, to=["有村先生 <arimura@minamidai-es.machida.ed.jp>"],
    subject="Re: 卒アル 初校の修正点",
    charset="iso-2022-jp",
    body=f"""有村先生

ご確認ありがとうございます。大河内です。
ご指摘の5点、すべて再校で修正いたします。再校は2/3（火）にお届けします。
{SIG_OKOCHI}
> 大河内様
> 2組の個人ページで以下の修正をお願いします。
> ・出席番号4 槙野 樹さん　誕生日 2012/7/14 → 2012/7/4
> ・出席番号9 水無瀬 咲良さん　ふりがな みなせ → みなせ（濁点なし、正しい）
> ・出席番号15 四方田 怜央さん　保護者欄の電話 090-3381-5527 は削除
> ・出席番号21 日下部 芽依さん　誕生日 2013/2/1
> ・出席番号28 宇佐美 碧さん　漢字「碧」の字体
> 有村
""",
    expect="pass", entities=[], detectors=[],
    note="the pupils' data are only in the teacher's quoted mail",
)

# 070 stop — XLSX with photo contest entries, several sheets, to the ad agency
_sheets = {}
for _n, _shop in enumerate(["吉祥寺", "青葉台", "国分寺"]):
    _p = people(f"070-{_n}", 6, born=(1978, 1995))
    _sheets[_shop] = ([[f"第5回 ひのでフォトコンテスト 応募者一覧（{_shop}店）"], [],
                       ["受付No", "応募者氏名", "年齢", "住所", "電話", "メール", "作品タイトル"]]
                      + [[f"{_shop[:1]}-{100 + i}", p["name"], 2025 - p["y"], p["addr"], p["tel"],
                          p["mail"], ["はじめての袴", "おじいちゃんと", "雨上がりの公園", "ねむい朝",
                                      "七五三の朝", "姉妹"][i]] for i, p in enumerate(_p)])
add(
    sender=TSUKAMOTO, to=["中川様 <nakagawa@hanabi-ad.co.jp>"],
    subject="フォトコンテスト 応募者一覧（審査用）",
    charset="utf-8",
    body=f"""はなび広告 中川様

お世話になっております。塚本です。
フォトコンテストの応募者一覧をお送りします。入賞者への連絡もお願いできればと思い、
連絡先も含めています。店舗別にシートを分けています。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "xlsx", "name": "フォトコン応募者一覧.xlsx", "sheets": _sheets}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="18 entrants' addresses, phones and e-mails across three XLSX sheets",
)

# 071 stop — three children's allergies, named, to the event company
add(
    sender=SHIINA, to=["イベント企画 ぽけっと 担当 <event@pocket-kikaku.co.jp>"],
    subject="クリスマスフォト会 お菓子配布の件",
    charset="shift_jis",
    body=f"""株式会社ぽけっと ご担当者様

お世話になっております。フォトスタジオひので吉祥寺店の椎名です。
12/14のクリスマスフォト会で配布するお菓子について、参加予定のお子さまのうち
次の3名に食物アレルギーがあると保護者様から申告がありました。

・若狭 心春ちゃん（4歳）　小麦・乳（アナフィラキシーの既往あり、エピペン携帯）
・東海林 蓮くん（6歳）　　落花生
・国府田 杏ちゃん（3歳）　卵

この3名には別のプレゼント（シール・お絵かきセット）をご用意いただけますか。
{SIG_SHIINA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named children's allergies and anaphylaxis history (medical, 要配慮) to an outside company",
)

# 072 pass — two partner organisations, wedding fair planning
add(
    sender=HASEBE,
    to=["宮坂様 <miyasaka@sakura-hotel.jp>"],
    cc=["北国フーズ 催事担当 野口様 <noguchi@kitaguni-foods.co.jp>"],
    subject="2月ブライダルフェア 三社打合せの日程",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宮坂様
北国フーズ 野口様

お世話になっております。日の出産業 ウェディング課の長谷部です。
2月のブライダルフェア（試食会＋フォトブース）の打合せ日程をご相談させてください。

　候補1：12/9（火）14:00～
　候補2：12/11（木）10:00～
　候補3：12/12（金）16:00～
　場所：さくらホテル 2F 小会議室

ご都合のよい候補をお知らせください。
{SIG_HASEBE}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc: a normal three-way meeting mail",
)

# 073 stop — PPTX with 極秘 in the slide footer, to the bank
add(
    sender=TSUKAMOTO, to=["みどり銀行 法人営業部 片桐様 <katagiri@midori-ginko.co.jp>"],
    subject="融資のご相談資料（スタジオ2店舗の取得について）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
片桐様

お世話になっております。日の出産業の塚本でございます。
先日ご相談した、写真スタジオ2店舗の事業譲受に関する資料をお送りいたします。
ご検討のほどよろしくお願いいたします。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "pptx", "name": "スタジオ取得計画_みどり銀行様.pptx",
                  "page_footer": "極秘　日の出産業株式会社",
                  "slides": [["写真スタジオ事業 譲受計画", "2026年4月 取得予定", "日の出産業株式会社"],
                             ["対象", "対象：写真館2店舗（埼玉県内）", "譲受価格：約1.8億円（調整中）"],
                             ["資金計画", "自己資金 6,000万円", "借入希望額 1.2億円（期間7年）"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX slides carry a 極秘 footer",
)

# 074 pass — three outside studios invited to bid, correctly in Bcc
add(
    sender=SAOTOME,
    to=["h.saotome@hinode-sangyo.co.jp"],
    bcc=["ルミエール写真工房 <info@lumiere-photo.jp>", "スタジオ彩 <contact@studio-aya.co.jp>",
         "フォトオフィス凪 <nagi@photo-nagi.com>"],
    subject="【ご依頼】2026年3月 卒業式撮影の応援カメラマン",
    charset="utf-8",
    body=f"""各社 ご担当者様

いつもお世話になっております。日の出産業 撮影部の早乙女です。
来年3月の卒業式シーズンの応援カメラマンについて、ご対応可否とお見積もりをお願いいたします。

　期間：2026年3月16日（月）～3月24日（火）のうち平日
　内容：小学校・中学校の卒業式（式典・集合写真）
　必要人数：1日あたり 2～4名
　ご回答期限：12月19日（金）

よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="pass", entities=[], detectors=[],
    note="three outside studios, but in Bcc: none of them sees the others",
)

# 075 pass — tracking number to one customer on a carrier address
add(
    sender=ORDER_DESK, to=["sakura.oikawa@docomo.ne.jp"],
    subject="【フォトスタジオひので】商品発送のお知らせ（ご注文番号 HN-2511-07742）",
    charset="shift_jis",
    body=f"""及川 様

このたびはご注文いただきありがとうございます。
ご注文の商品を本日発送いたしました。

　ご注文番号：HN-2511-07742
　商品：七五三 アルバム（スクエア20P）×1、2L プリント×4
　配送：青葉運輸　お問い合わせ番号 4471-2210-0568
　お届け予定：11月21日（金）

配送状況は青葉運輸のWebサイトでご確認いただけます。
{SIG_ORDER}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="order and tracking numbers to one customer on a carrier mail address",
)

# 076 stop — a corrupt PDF proof
add(
    sender=OKOCHI, to=["有村先生 <arimura@minamidai-es.machida.ed.jp>"],
    subject="卒アル 再校PDF",
    charset="iso-2022-jp",
    body=f"""有村先生

お世話になっております。大河内です。
再校のPDFをお送りします。2/10までにご確認をお願いいたします。
{SIG_OKOCHI}""",
    attachments=[{"kind": "corrupt", "name": "minamidai_saikou.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the PDF attachment is corrupt",
)

# 077 stop — ZIP with a DOCX and an XLSX of model releases, to the agency
_p = people("077", 5, kids=True, born=(2015, 2019))
add(
    sender=TSUKAMOTO, to=["木暮様 <kogure@hoshizora-pro.co.jp>"],
    subject="撮影済みモデル 同意書一式（控え）",
    charset="utf-8",
    body=f"""ほしぞらプロダクション 木暮様

先日の撮影ではありがとうございました。塚本です。
ご記入いただいた同意書の控えを、一覧表とあわせてZIPでお送りします。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "zip", "name": "同意書一式_1108.zip", "files": [
        {"kind": "xlsx", "name": "同意書一覧.xlsx", "sheets": {"一覧": [
            ["モデル名", "生年月日", "保護者", "住所", "電話"]]
            + [[p["name"], p["dob"], p["parent"], p["addr"], p["tel"]] for p in _p]}},
        {"kind": "docx", "name": "同意書_控え.docx",
         "paragraphs": [f"肖像権使用同意書（控え）　モデル：{p['name']}　保護者：{p['parent']}　"
                        f"住所：{p['addr']}　電話：{p['tel']}" for p in _p]}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP of an XLSX and a DOCX with five child models' and guardians' records",
)

# 078 pass — colour calibration talk, with a long bilingual disclaimer
add(
    sender=OKOCHI, to=["光陽フォトラボ 技術課 <gijutsu@koyo-photolab.co.jp>"],
    subject="プリントの色かぶりについて（11/12出荷分）",
    charset="iso-2022-jp",
    body=f"""光陽フォトラボ 技術課 御中

お世話になっております。大河内です。
11/12出荷分のL判プリントで、全体にやや緑かぶりが見られました（ロット KP-1112-B）。
弊社モニタはキャリブレーション済み（D65・120cd/m2）です。
ターゲットチャートのプリントを1枚お送りいただけますでしょうか。
{SIG_OKOCHI}{DISCLAIMER_JA}{DISCLAIMER_EN}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary business mail with standard disclaimers only",
)

# 079 stop — a contractor's arrest, named, to the law firm
add(
    sender=NONOMURA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【ご相談】外注カメラマンの逮捕報道について",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の野々村です。
至急ご相談させてください。

昨年まで弊社の外注カメラマンとして学校撮影に入っていた 鷲尾 隆之 氏（42歳）が、
11/10に駅構内での盗撮の容疑で神奈川県警に逮捕されたと報道されました。
弊社での業務中の問題は確認されておりませんが、取引先の学校から問い合わせが来ております。

・学校・保護者への説明の要否と文面
・過去の撮影データの確認範囲
についてご助言をいただけますでしょうか。
{SIG_NONOMURA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's arrest (criminal record, 要配慮) sent outside, even to counsel",
)

# 080 pass — internal mail stamped 社外秘 with a staff list
_p = people("080", 7, born=(1975, 1998))
add(
    sender=TSUKAMOTO, to=["photo-managers@hinode-sangyo.co.jp"],
    subject="【社外秘】店長会議資料（人事評価・昇給案）",
    charset="utf-8",
    body="店長各位\n\n【社外秘】\n来週の店長会議の資料です。各店の評価案をご確認ください。\n\n"
    + "\n".join(f"・{p['name']}（{['吉祥寺', '三鷹', '国分寺', '青葉台', '吉祥寺', '青葉台', '三鷹'][i]}）"
                f" 評価 {['A', 'B+', 'B', 'A-', 'B', 'B+', 'C'][i]} 昇給案 {[8000, 5000, 3000, 6000, 3000, 5000, 0][i]:,}円"
                f" 生年月日 {p['dob']}"
                for i, p in enumerate(_p))
    + "\n" + SIG_TSUKAMOTO,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="社外秘 staff evaluations, but the distribution list is internal",
)

# 081 stop — UTF-8 CSV: coming-of-age DM address list with birthdays, to the printer
_p = people("081", 30, born=(2006, 2007))
add(
    sender=ISHIGURO, to=["錦印刷 DM受付 <dm@nishiki-insatsu.co.jp>"],
    subject="成人式前撮りDM 宛名データ（青葉台店・2027年成人対象）",
    charset="utf-8",
    body=f"""錦印刷 DM受付ご担当者様

お世話になっております。フォトスタジオひので 横浜青葉台店の石黒です。
前撮りDMの宛名データ（UTF-8・BOMなし）をお送りします。
七五三でご来店いただいたお客様のうち、2027年に成人を迎える方です。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "csv", "name": "dm_seijin2027_aobadai.csv", "encoding": "utf-8",
                  "rows": [["zip", "address", "name", "kana", "birthday"]]
                  + [[p["postal"], p["addr"], p["name"], p["kana"], p["dob"]] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 30 young customers' names, addresses and birthdays",
)

# 082 stop — bullets with parents' emergency contacts, to a contractor studio
_p = people("082", 5, kids=True, born=(2019, 2021))
add(
    sender=SAOTOME, to=["ルミエール写真工房 仁科様 <nishina@lumiere-photo.jp>"],
    subject="遠足同行撮影 緊急連絡先（バス2号車）",
    charset="iso-2022-jp",
    body="仁科さん\n\nお疲れさまです。明日の遠足、2号車の同行をお願いします。\n"
    "園から、はぐれた場合などの緊急連絡用に保護者の携帯を預かりました。\n\n"
    + "\n".join(f"・{p['name']}（{['ぞう', 'ぞう', 'きりん', 'きりん', 'ぞう'][i]}組）　"
                f"保護者 {p['parent']}　{p['tel']}" for i, p in enumerate(_p))
    + "\n\n終了後はこのメールを削除してください。\n" + SIG_SAOTOME,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bulleted list of five children with their parents' mobiles, sent outside",
)

# 083 pass — one business contact passed on to the lab
add(
    sender=MORIKAWA, to=["光陽フォトラボ 配送担当 <haisou@koyo-photolab.co.jp>"],
    subject="直送時の学校側窓口について",
    charset="iso-2022-jp",
    body=f"""光陽フォトラボ 配送ご担当者様

お世話になっております。森川です。
ひばりが丘中学校への直送分について、受け取りの窓口は事務の先生です。
到着が遅れる場合は下記へ直接ご連絡ください。

　ひばりが丘中学校 事務主任　丸岡 恵理子 先生
　携帯（学校貸与）080-2119-6653

よろしくお願いいたします。
{SIG_MORIKAWA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one business contact's name and phone: a single record, may be warned",
)

# 084 stop — a staff member's infection and test result, named, to the kindergarten
add(
    sender=SAOTOME, to=["園長 小宮山先生 <encho@hikari-kindergarten.ed.jp>"],
    subject="明日の撮影スタッフ変更のご連絡",
    charset="iso-2022-jp",
    body=f"""ひかり幼稚園
小宮山園長先生

お世話になっております。日の出産業 撮影部の早乙女です。
明日の園内撮影に伺う予定だったカメラマンの 能登 直樹 が、本日の検査で
インフルエンザA型陽性と診断されましたので、担当を私（早乙女）に変更いたします。
能登は先週金曜以降、貴園には伺っておりません。

ご心配をおかけし申し訳ございません。明日はよろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's diagnosis (medical, 要配慮) sent outside",
)

# 085 pass — sales statistics per school in an XLSX, no people
add(
    sender=TSUKAMOTO, to=["錦印刷 営業部 大門様 <daimon@nishiki-insatsu.co.jp>"],
    subject="今年度の冊数実績（学校別）",
    charset="utf-8",
    body=f"""大門様

いつもお世話になっております。塚本です。
来期の見積もりの参考に、今年度の学校別冊数実績をお送りします。
{SIG_TSUKAMOTO}""",
    attachments=[{"kind": "xlsx", "name": "冊数実績_2025.xlsx", "sheets": {
        "学校別": [["令和7年度 卒業アルバム 冊数実績"], [],
                   ["学校", "区分", "卒業生数", "注文冊数", "注文率", "追加注文"],
                   ["みなみ台小", "小", 103, 103, "100%", 4],
                   ["桜ヶ丘小", "小", 98, 97, "99%", 2],
                   ["ひばりが丘中", "中", 212, 204, "96%", 7],
                   ["さくら幼稚園", "園", 118, 118, "100%", 11],
                   ["あおぞら幼稚園", "園", 74, 72, "97%", 3]],
        "月別": [["月", "納品冊数"], ["2月", 412], ["3月", 1550]]}}],
    expect="pass", entities=[], detectors=[],
    note="per-school figures: statistics without people",
)

# 086 stop — look-alike of the system vendor (letter dropped)
add(
    sender=NONOMURA, to=["桑原様 <kuwabara@tsubasa-sytem.jp>"],
    subject="Re: 本番切替日の件",
    charset="iso-2022-jp",
    body=f"""桑原様

お世話になっております。野々村です。
本番切替は 1/13（火）早朝 5:00～8:00 でお願いいたします。
当日は各店舗の開店前に、受注センターで予約画面の動作確認を行います。
{SIG_NONOMURA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp",
)

# 087 pass — text+HTML mail: four longevity photo bookings with 和暦 birthdays, to the hotel
_p = people("087", 4, born=(1935, 1950))
for _q, _y in zip(_p, [1938, 1949, 1946, 1936]):  # 米寿・喜寿・傘寿・卒寿 in 2026
    _q["y"] = _y
_hr = "\n".join(f"<tr><td>{p['name']} 様</td><td>{wareki(p['y'], p['m'], p['d'], 'short')}</td>"
                f"<td>{['米寿', '喜寿', '傘寿', '卒寿'][i]}</td><td>{p['tel']}</td>"
                f"<td>{[8, 12, 6, 15, 9, 11][i]}名</td></tr>" for i, p in enumerate(_p))
_tx = "\n".join(f"{p['name']} 様 {wareki(p['y'], p['m'], p['d'], 'short')} "
                f"{['米寿', '喜寿', '傘寿', '卒寿'][i]} {p['tel']} {[8, 12, 6, 15, 9, 11][i]}名"
                for i, p in enumerate(_p))
add(
    sender=HASEBE, to=["宴会予約 <enkai@sakura-hotel.jp>"],
    subject="長寿祝い家族写真プラン ご予約者一覧（1月分）",
    charset="utf-8",
    body=f"さくらホテル 宴会予約ご担当者様\n\n長寿祝いプラン1月分のご予約です。\n\n{_tx}\n\n長谷部\n",
    html=f"""<html><body><p>さくらホテル 宴会予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業の長谷部です。<br>
長寿祝い家族写真プラン（会食＋写真）1月分のご予約者様です。お部屋の手配をお願いいたします。</p>
<table border="1"><tr><th>主役のお名前</th><th>生年月日</th><th>お祝い</th><th>代表者連絡先</th><th>人数</th></tr>
{_hr}
</table><p>長谷部 拓海</p></body></html>""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four customers' birthdays and phones to a partner: under five records, may be warned",
)

# 088 pass — internal forward of parents' phone numbers
_p = people("088", 5)
add(
    sender=SHIINA, to=["h.saotome@hinode-sangyo.co.jp"],
    subject="FW: 日曜の出張撮影 ご家族連絡先",
    charset="iso-2022-jp",
    body="早乙女さん\n\n日曜の公園ロケ5組の連絡先です。雨天連絡をお願いします。\n\n"
    + "\n".join(f"{p['parent']} 様　{p['tel']}" for p in _p) + "\n" + SIG_SHIINA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="five families' phones, but only to an internal colleague",
)

# 089 stop — refund list with bank accounts to a look-alike of the partner bank
_p = people("089", 5)
add(
    sender=MIYASHITA, to=["みどり銀行 渋谷支店 法人窓口 <shibuya-hojin@midori-ginkou.co.jp>"],
    subject="返金振込の依頼（キャンセル料差額）",
    charset="shift_jis",
    body="みどり銀行 渋谷支店 法人窓口ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の宮下です。\n"
    "下記5件の返金振込をお願いいたします（振込手数料は当方負担）。\n\n"
    + "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　{['さくら', 'ひまわり', 'あおば', 'みなと', 'けやき'][i]}銀行 "
                f"{['本店', '吉祥寺支店', '青葉台支店', '川崎支店', '浦和支店'][i]} 普通 {4100000 + 7321 * (i + 3)}"
                f"　{[5500, 11000, 3300, 16500, 7700][i]:,}円"
                for i, p in enumerate(_p))
    + "\n" + SIG_MIYASHITA,
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp adds a letter to the partner bank's domain; five customers' accounts",
)

# 090 either — a vague request to be considerate of a named child, no diagnosis
add(
    sender=SAOTOME, to=["ren.higa.camera@gmail.com"],
    subject="さくら幼稚園 遠足撮影メモ",
    charset="iso-2022-jp",
    body=f"""比嘉さん

お疲れさまです。明日のさくら幼稚園の遠足について、園からひとこと。
年中うさぎ組の 四方田 悠真 くんは大勢の中が苦手で、急に列から離れることがあるそうです。
無理に集合写真に入れなくてよいので、先生と一緒のカットを別に押さえてください。
{SIG_SAOTOME}""",
    expect="either", entities=["PERSON_NAME"], detectors=["freemail_recipient"],
    note="a named child's behaviour hint without a diagnosis: may or may not read as disability information",
)

# 091 pass — three refund payees' accounts, to the partner bank
_p = people("091", 3)
add(
    sender=MIYASHITA, to=["片桐様 <katagiri@midori-ginko.co.jp>"],
    subject="総合振込データ（11/25支払分・返金）",
    charset="utf-8",
    body=f"""みどり銀行 片桐様

お世話になっております。宮下です。
インターネットバンキングの障害で登録ができないため、11/25支払分の返金3件のデータをお送りします。
窓口での処理をお願いできますでしょうか。
{SIG_MIYASHITA}""",
    attachments=[{"kind": "xlsx", "name": "総合振込_1125.xlsx", "sheets": {"振込": [
        ["総合振込依頼 2025/11/25"], ["受取人名（カナ）", "受取人名", "銀行", "支店", "種目", "口座番号", "金額"]]
        + [[p["kana"], p["name"], "みどり銀行", ["渋谷", "新宿", "吉祥寺", "横浜", "浦和", "船橋"][i] + "支店",
            "普通", f"{2300000 + 5813 * (i + 1)}", [4400, 9900, 2200, 13200, 6600, 3300][i]]
           for i, p in enumerate(_p)]}}],
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="three payees' bank accounts to the partner bank: under five records, may be warned",
)

# 092 pass — short reply; names and phones only in the '>' quote
add(
    sender=ISHIGURO, to=["あおぞら幼稚園 <office@aozora-kg.ed.jp>"],
    subject="Re: 卒園写真 撮影当日の欠席連絡",
    charset="iso-2022-jp",
    body=f"""あおぞら幼稚園 ご担当者様

ご連絡ありがとうございます。石黒です。
欠席の5名さまは、3/2（月）の予備日に撮影いたします。保護者様へのご案内は園からお願いできますと幸いです。
{SIG_ISHIGURO}
> 日の出産業 石黒様
> 本日、以下の5名が欠席でした。
> きく組 相川 凛（保護者 090-8812-4471）
> きく組 百瀬 結菜（保護者 080-2290-3316）
> ばら組 菅生 大和（保護者 070-4415-9902）
> ばら組 加賀美 紬（保護者 090-6673-2218）
> ばら組 岩佐 湊（保護者 080-7761-0453）
> あおぞら幼稚園 事務
""",
    expect="pass", entities=[], detectors=[],
    note="the five children's data are only in the kindergarten's own quoted mail",
)

# 093 stop — reply whose new text adds a list above the quote
_p = people("093", 6, kids=True, born=(2010, 2011))
add(
    sender=MORIKAWA, to=["ひばりが丘中 3学年 <gakunen3@hibarigaoka-jhs.ed.jp>"],
    subject="Re: 個人写真 撮り直し希望者",
    charset="utf-8",
    body="3学年の先生方\n\nお世話になっております。森川です。\n"
    "撮り直しを希望されたご家庭に弊社から直接連絡したところ、以下の6名は12/2（火）の放課後で調整できました。\n"
    "保護者様の連絡先もあわせてお送りします。\n\n"
    + "\n".join(f"{p['name']}\t{['3-1', '3-1', '3-2', '3-3', '3-4', '3-4'][i]}\t{p['parent']}\t{p['tel']}\t{p['mail']}"
                for i, p in enumerate(_p))
    + "\n" + SIG_MORIKAWA
    + "\nOn 2025/11/21 15:02, ひばりが丘中 3学年 wrote:\n> 森川様\n> 撮り直し希望者の件、ご家庭への連絡をお願いできますか。\n",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the new (unquoted) text lists six pupils with parents' phones and e-mails",
)

# 094 pass — a nursery whose name shares a word with the partner bank: not a look-alike
add(
    sender=MORIKAWA, to=["みどり保育園 園長 <info@midori-hoikuen.or.jp>"],
    subject="12月 お遊戯会の撮影について",
    charset="iso-2022-jp",
    body=f"""社会福祉法人みどり会 みどり保育園
園長先生

いつもお世話になっております。日の出産業の森川です。
12/13（土）のお遊戯会、例年どおりビデオ1台・スチール2名で伺います。
客席後方に三脚を立てさせていただく位置を、前日までにご指定いただけますと幸いです。
{SIG_MORIKAWA}""",
    expect="pass", entities=[], detectors=[],
    note="midori-hoikuen.or.jp is a different organisation, not a look-alike of midori-ginko.co.jp",
)

# 095 stop — staff with home addresses and private phones, to the event organiser
_p = people("095", 6, born=(1978, 2001))
add(
    sender=SAOTOME, to=["市民まつり実行委員会 事務局 <jimukyoku@hanazono-matsuri.jp>"],
    subject="記録撮影スタッフの名簿提出",
    charset="shift_jis",
    body="花園市民まつり実行委員会 事務局 御中\n\n"
    "お世話になっております。日の出産業 撮影部の早乙女です。\n"
    "ボランティア保険加入のため、記録撮影スタッフの名簿を提出いたします。\n\n"
    + "氏名          生年月日     住所                                          携帯\n"
    + "------------  -----------  --------------------------------------------  -------------\n"
    + "\n".join(f"{pad(p['name'], 12)}  {p['dob']:<11}  {pad(p['addr'], 44)}  {p['tel']}" for p in _p)
    + "\n" + SIG_SAOTOME,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six staff members' birthdays, home addresses and private mobiles to an outside body",
)

# 096 either — five of our photographers with company mobiles, to the school
add(
    sender=SAOTOME, to=["平田先生 <hirata@sakuragaoka-es.setagaya.ed.jp>"],
    subject="運動会当日の撮影スタッフ",
    charset="iso-2022-jp",
    body=f"""平田先生

お世話になっております。早乙女です。
運動会当日の撮影スタッフと、当日連絡用の社用携帯です。

　早乙女 遥（統括）　070-2284-6619
　比嘉 蓮　　　　　　070-2284-6622
　能登 直樹　　　　　070-2284-6625
　古手川 奈緒　　　　070-2284-6627
　漆原 透（外部）　　070-2284-6630

全員、弊社の腕章と名札を着用します。
{SIG_SAOTOME}""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five staff with company-issued mobiles: business contacts, yet a five-person list",
)

# 097 stop — school, printer and a freelance photographer: three parties see each other
add(
    sender=OKOCHI,
    to=["有村先生 <arimura@minamidai-es.machida.ed.jp>", "矢吹様 <yabuki@nishiki-insatsu.co.jp>",
        "漆原 透 <toru.urushibara.photo@gmail.com>"],
    subject="卒アル 表紙写真の差し替えについて",
    charset="iso-2022-jp",
    body=f"""有村先生、矢吹様、漆原さん

お世話になっております。大河内です。
表紙の校舎写真を、漆原さんが11/28に撮影したカット（桜なし・晴天）に差し替えます。
データは漆原さんから錦印刷様へ直接お送りいただき、再校で先生にご確認いただく流れでお願いします。
{SIG_OKOCHI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a school, the printer and a private photographer: three external parties visible in To",
)

# 098 pass — survey statistics with one business contact in the signature only
add(
    sender=TSUKAMOTO, to=["中川様 <nakagawa@hanabi-ad.co.jp>"],
    subject="来店アンケート集計（10月）",
    charset="utf-8",
    body=f"""中川様

お世話になっております。塚本です。
10月の来店アンケート集計です（回答 1,126件）。

  総合満足度　　　　4.6 / 5.0
  カメラマンの対応　4.7
  衣装の品ぞろえ　　4.2
  待ち時間　　　　　3.8
  再来店意向　　　　82%
  知ったきっかけ　　Instagram 41% / 紹介 23% / 検索 19% / チラシ 9% / その他 8%

自由記述は個人が特定されない形で別途まとめます。
{SIG_TSUKAMOTO}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate survey results, no individual respondents",
)

# 099 stop — a school's mail about a child's condition, forwarded as an attachment
add(
    sender=MORIKAWA, to=["yuri.photo.works@gmail.com"],
    subject="卒業式の撮影 事前情報（学校からのメールを添付します）",
    charset="iso-2022-jp",
    body=f"""百目木さん

卒業式の撮影、よろしくお願いします。
学校からの配慮依頼のメールを添付しますので、事前に読んでおいてください。
{SIG_MORIKAWA}""",
    attachments=[{"kind": "eml", "name": "配慮依頼_桜ヶ丘小.eml", "message": {
        "sender": "平田 <hirata@sakuragaoka-es.setagaya.ed.jp>",
        "to": ["s.morikawa@hinode-sangyo.co.jp"],
        "subject": "卒業式当日の撮影について（配慮のお願い）", "charset": "iso-2022-jp",
        "body": """日の出産業 森川様

卒業式の撮影について1点お願いです。
6年2組の 間宮 蒼 さんは、昨年から心臓疾患（拡張型心筋症）で通院しており、
長時間の起立が難しいため、式の間は車椅子で参加します。
証書授与の場面は、車椅子のまま壇下で受け取る形になります。
撮影位置のご配慮をお願いします。

桜ヶ丘小学校 教頭 平田
""",
    }}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="an attached school mail gives a named child's heart condition, sent to a free-mail photographer",
)

# 100 pass — album specs, mentioning the NDA
add(
    sender=OKOCHI, to=["錦印刷 営業部 大門様 <daimon@nishiki-insatsu.co.jp>"],
    subject="新規受注校 仕様のご連絡（こどもの森 保育園28園）",
    charset="iso-2022-jp",
    body=f"""錦印刷 大門様

お世話になっております。大河内です。
株式会社こどもの森様と秘密保持契約を締結し、来年度から保育園28園の卒園アルバムを
お引き受けすることになりました。貴社とは既存の機密保持契約の範囲で進められると
考えておりますが、念のため法務にも確認中です。

仕様（案）
　判型：A4横　ソフトカバー
　ページ数：24P / 32P の2種
　想定冊数：約1,900冊（各園 40～110冊）
　納期：2027年2月下旬～3月上旬

概算のお見積もりをお願いできますでしょうか。
{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=[],
    note="talk about NDAs and album specs; no marking, no personal data",
)

# ISO-2022-JP mailers send the JIS wave dash and minus for ～ and －, as Outlook and
# Thunderbird do when they encode Japanese text that way.
_JIS = str.maketrans({"～": "〜", "－": "−"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html", "subject"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
