"""Blind evaluation corpus — area: lostfound.

The lost-and-found centre (忘れ物センター / 遺失物センター) that 日の出産業株式会社 runs
under contract for a railway (東雲鉄道), a bus operator (港南バス) and an airport terminal
company (星空空港ターミナル): found wallets with cards and licences, owners' contact
records, police handover lists, courier returns, unclaimed-item auctions, complaints.

Every person, number, address, organisation and domain here is invented (fictional but
plausible); My Numbers and card numbers come from build.my_number / build.card_number.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 12301
rng = random.Random(SEED)
_serial = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_serial))


def next_card() -> str:
    return card_number(next(_serial))


def spaced(num: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + size] for i in range(0, len(num), size))


_ZEN = str.maketrans("0123456789-/.:()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－／．：（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(text: str) -> str:
    return text.translate(_ZEN)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    return f"{era}{n}年{m}月{d}日"


def corporate_number(base12: str) -> str:
    """13-digit 法人番号: check digit in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 == 1 else 2)
    return str(9 - total % 9) + base12


SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("阿部", "アベ", "Abe"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷部", "ハセベ", "Hasebe"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四十物", "アイモノ", "Aimono"), ("鴨志田", "カモシダ", "Kamoshida"), ("百目鬼", "ドウメキ", "Domeki"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("一尺八寸", "カマツカ", "Kamatsuka"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"), ("釜萢", "カマヤチ", "Kamayachi"),
    ("薬袋", "ミナイ", "Minai"), ("月見里", "ヤマナシ", "Yamanashi"), ("茂木", "モテギ", "Motegi"),
    ("桑名", "クワナ", "Kuwana"), ("雲母", "キララ", "Kirara"), ("舎人", "トネリ", "Toneri"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("大輔", "ダイスケ", "Daisuke"),
    ("結衣", "ユイ", "Yui"), ("健一", "ケンイチ", "Kenichi"), ("陽子", "ヨウコ", "Yoko"),
    ("拓也", "タクヤ", "Takuya"), ("由美", "ユミ", "Yumi"), ("直樹", "ナオキ", "Naoki"),
    ("彩花", "アヤカ", "Ayaka"), ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"),
    ("蓮", "レン", "Ren"), ("葵", "アオイ", "Aoi"), ("浩二", "コウジ", "Koji"),
    ("千尋", "チヒロ", "Chihiro"), ("修", "オサム", "Osamu"), ("真由美", "マユミ", "Mayumi"),
    ("颯太", "ソウタ", "Sota"), ("凛", "リン", "Rin"), ("勝也", "カツヤ", "Katsuya"),
    ("芳江", "ヨシエ", "Yoshie"), ("隆之", "タカユキ", "Takayuki"), ("沙織", "サオリ", "Saori"),
    ("和夫", "カズオ", "Kazuo"), ("智子", "トモコ", "Tomoko"), ("悠真", "ユウマ", "Yuma"),
    ("琴音", "コトネ", "Kotone"), ("哲也", "テツヤ", "Tetsuya"), ("美穂", "ミホ", "Miho"),
    ("伸夫", "ノブオ", "Nobuo"), ("紗希", "サキ", "Saki"), ("康平", "コウヘイ", "Kohei"),
]
TOWNS = [  # (prefecture, city, town, first three digits of the postcode)
    ("東京都", "大田区", "西蒲田", "144"), ("東京都", "江東区", "東砂", "136"), ("東京都", "世田谷区", "経堂", "156"),
    ("東京都", "八王子市", "元本郷町", "192"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "川崎市中原区", "木月住吉町", "211"), ("神奈川県", "相模原市南区", "相模大野", "252"),
    ("神奈川県", "藤沢市", "辻堂元町", "251"), ("神奈川県", "横浜市港南区", "日野中央", "234"),
    ("神奈川県", "横須賀市", "森崎", "239"), ("埼玉県", "さいたま市浦和区", "岸町", "330"),
    ("埼玉県", "川口市", "芝新町", "333"), ("千葉県", "船橋市", "本中山", "273"), ("千葉県", "柏市", "旭町", "277"),
    ("静岡県", "沼津市", "大岡", "410"), ("大阪府", "吹田市", "江坂町", "564"), ("愛知県", "名古屋市昭和区", "御器所", "466"),
    ("北海道", "札幌市北区", "北二十四条西", "001"), ("福岡県", "福岡市南区", "大橋", "815"),
    ("茨城県", "つくば市", "竹園", "305"), ("群馬県", "高崎市", "八島町", "370"), ("兵庫県", "神戸市灘区", "六甲町", "657"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "au.com", "hotmail.co.jp"]
ITEMS = ["長財布（黒）", "二つ折り財布（茶）", "スマートフォン（iPhone・青ケース）", "折りたたみ傘（紺）",
         "定期入れ", "キーケース（鍵3本）", "リュックサック（グレー）", "ノートPC（ケース入り）",
         "ワイヤレスイヤホン", "眼鏡（ケース入り）", "紙袋（衣類）", "ニット帽", "腕時計",
         "デジタルカメラ", "名刺入れ", "手帳（黒）", "マフラー（赤）", "ボストンバッグ"]
PLACES = ["みなと中央駅 3番線ホーム", "東雲線 上り 4号車 網棚", "さくら坂駅 改札付近",
          "港南バス 42系統 車内", "港南台BT 待合室", "星空空港 T2 保安検査場",
          "星空空港 T1 到着ロビー", "港南バス 空港リムジン 車内", "東雲線 下り 8号車 座席",
          "みなと中央駅 北口トイレ", "汐見町駅 券売機前", "空港連絡バス 乗り場"]


def _mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _landline() -> str:
    pat = rng.choice(["03-{4}-{4}", "045-{3}-{4}", "044-{3}-{4}", "048-{3}-{4}",
                      "047-{3}-{4}", "06-{4}-{4}", "052-{3}-{4}", "0466-{2}-{4}"])
    out = []
    for chunk in pat.split("-"):
        if chunk.startswith("{"):
            n = int(chunk[1])
            out.append(str(rng.randint(10 ** (n - 1), 10 ** n - 1)))
        else:
            out.append(chunk)
    return "-".join(out)


def folk(count: int) -> list[dict]:
    """Invented people, each with the details a lost-and-found desk could hold."""
    people = []
    used: set[str] = set()
    while len(people) < count:
        s = rng.choice(SURNAMES)
        if s[0] in used:
            continue
        used.add(s[0])
        g = rng.choice(GIVEN)
        pref, city, town, zip3 = rng.choice(TOWNS)
        y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
        street = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        if rng.random() < 0.3:
            street += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシティ'])}" \
                      f"{rng.choice(['日吉', '若葉', '汐見', 'さくら', '緑ヶ丘'])}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
        people.append({
            "kanji": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "roma": f"{g[2]} {s[2]}",
            "ROMA": f"{s[2].upper()} {g[2].upper()}", "sei": s[0], "sei_kana": s[1],
            "mobile": _mobile(), "tel": _landline(),
            "email": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}",
            "zip": f"{zip3}-{rng.randint(1, 9999):04d}",
            "addr": f"{pref}{city}{town}{street}", "city": f"{pref}{city}",
            "dob": (y, m, d), "dob_w": f"{y}/{m:02d}/{d:02d}",
            "licence": f"{rng.choice(['30', '45', '46', '47', '50', '62'])}{rng.randint(0, 99):02d}"
                       f"{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.choice('0001')}",
            "bank": f"{rng.choice(['みどり銀行', '港北信用金庫', 'あさひ台銀行', 'ゆうちょ銀行'])} "
                    f"{rng.choice(['本店営業部', '日吉支店', '港南台支店', '川口支店', '柏支店', '〇一八店'])} "
                    f"普通 {rng.randint(1000000, 9999999)}",
            "item": rng.choice(ITEMS), "place": rng.choice(PLACES),
        })
    return people


# -- the people who write from the centre ----------------------------------------------

SAEKI = "佐伯 真理 <m.saeki@hinode-sangyo.co.jp>"
ONUMA = "大沼 健太 <k.onuma@hinode-sangyo.co.jp>"
MIYAZATO = "宮里 彩 <a.miyazato@hinode-sangyo.co.jp>"
SHOJI = "東海林 修 <o.shoji@hinode-sangyo.co.jp>"
KAWAGUCHI = "Emily Kawaguchi <e.kawaguchi@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 恵 <m.takanashi@hinode-sangyo.co.jp>"
MORIOKA = "森岡 孝 <t.morioka@hinode-sangyo.co.jp>"
NOGUCHI = "野口 慎吾 <s.noguchi@hinode-sangyo.co.jp>"
CENTER = "東雲鉄道 忘れ物センター <wasuremono@hinode-sangyo.co.jp>"

SIG_SAEKI = """
--
日の出産業株式会社　交通サービス事業部
忘れ物センター　佐伯 真理（さえき まり）
〒231-0062 神奈川県横浜市中区桜木町1-8-3 日の出桜木町ビル5F
TEL 045-680-2210（代表） / FAX 045-680-2219
m.saeki@hinode-sangyo.co.jp
"""
SIG_ONUMA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 交通サービス事業部
忘れ物センター　センター長代理　大沼 健太
TEL：045-680-2210　内線 512　携帯：080-3321-7045
〒231-0062 横浜市中区桜木町1-8-3 日の出桜木町ビル5F
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_MIYAZATO = """
-------------------------------------
日の出産業（株） 忘れ物センター 星空空港分室
宮里 彩 / Aya Miyazato
星空空港 第2ターミナル B1F 遺失物取扱所
TEL 0476-55-3180  FAX 0476-55-3181
-------------------------------------
"""
SIG_SHOJI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
忘れ物センター 返送・発送担当　東海林（しょうじ）
TEL 045-680-2214（返送専用ダイヤル）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""
SIG_KAWAGUCHI = """
Best regards,

Emily Kawaguchi
International Desk, Lost & Found Center
Hinode Sangyo Co., Ltd. (operating for Shinonome Railway / Hoshizora Airport Terminal)
Tel: +81-45-680-2216 | e.kawaguchi@hinode-sangyo.co.jp
"""
SIG_TAKANASHI = """
--
日の出産業株式会社 交通サービス事業部 業務管理課
小鳥遊 恵（たかなし めぐみ）
TEL 045-680-2200 / m.takanashi@hinode-sangyo.co.jp
"""
SIG_MORIOKA = """
==============================
日の出産業株式会社 交通サービス事業部 経理担当
森岡 孝
TEL 045-680-2205　FAX 045-680-2209
==============================
"""
SIG_NOGUCHI = """
----------------------------------------------
日の出産業株式会社 交通サービス事業部
お客様相談・品質管理チーム　野口 慎吾
〒231-0062 横浜市中区桜木町1-8-3 日の出桜木町ビル5F
直通 045-680-2230
----------------------------------------------
"""
DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

POLICE = "みなと中央警察署 会計課遺失物係 <ishitsu-minatochuo@police.hoshimi.lg.jp>"
RAIL = "田村 和彦 <k.tamura@shinonome-rail.co.jp>"
BUS = "港南バス 運輸部 菅野様 <kanno.t@konan-bus.co.jp>"
AIRPORT = "石黒 祐子 <y.ishiguro@hoshizora-airport.co.jp>"
AOBA = "青葉運輸 横浜法人営業所 <houjin-yokohama@aoba-unyu.co.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 — police handover list, XLSX with a title row (8 finders)
_p = folk(8)
_rows = [["拾得物件提出一覧（令和6年10月14日～10月20日拾得分）", "", "", "", "", "", "", "", ""],
         ["提出者：日の出産業株式会社 忘れ物センター（東雲鉄道・港南バス 施設占有者代理）"],
         [],
         ["受理番号", "拾得日時", "拾得場所", "物件", "拾得者氏名", "拾得者住所", "拾得者電話",
          "権利主張", "報労金"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([f"M-1014-{_i:03d}", f"10/{13 + _i} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
                  _x["place"], _x["item"], _x["kanji"], _x["addr"], _x["mobile"],
                  "有" if _i % 3 else "放棄", "請求" if _i % 2 else "不要"])
MESSAGES.append({
    "id": "lostfound-001", "expect": "stop",
    "sender": ONUMA, "to": [POLICE], "cc": ["wasuremono@hinode-sangyo.co.jp"],
    "subject": "拾得物件提出一覧（10月第3週分）の送付", "charset": "iso-2022-jp",
    "body": """みなと中央警察署
会計課 遺失物係　ご担当者様

いつも大変お世話になっております。
日の出産業 忘れ物センターの大沼です。

東雲鉄道・港南バス管内で10月14日～20日に拾得した物件のうち、
保管期間を経過したものの提出一覧を添付いたします。

・提出件数：8件（うち拾得者の権利主張あり 5件）
・搬入予定：10月22日（火）10:00　センター車両にて伺います
・現金合計：¥23,760（封筒にて個別封入済み）

拾得者の氏名・連絡先は権利主張の有無にかかわらず記載しております。
記載内容に不備がございましたらご指摘ください。

よろしくお願いいたします。
""" + SIG_ONUMA,
    "attachments": [{"kind": "xlsx", "name": "拾得物件提出一覧_1014-1020.xlsx",
                     "sheets": {"提出一覧": _rows,
                                "集計": [["物件種別", "件数"], ["財布類", 3], ["電子機器", 2],
                                         ["かばん類", 2], ["その他", 1]]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "police handover list: 8 finders' names, addresses and phones in an XLSX to an external (police) domain",
})

# 002 — owner notification, no identifiers (hard pass)
MESSAGES.append({
    "id": "lostfound-002", "expect": "pass",
    "sender": CENTER, "to": ["長谷川 琴音 <hasegawa.kotone0402@gmail.com>"],
    "subject": "【東雲鉄道 忘れ物センター】お問い合わせのお忘れ物について（受付番号 W-24-10-03317）",
    "charset": "iso-2022-jp",
    "body": """長谷川 琴音 様

このたびは東雲鉄道をご利用いただき、ありがとうございます。
東雲鉄道 忘れ物センター（運営：日の出産業株式会社）でございます。

10月17日にWebフォームでお問い合わせいただきましたお忘れ物について、
ご申告の特徴と一致する品物を当センターでお預かりしております。

　品　　名：長財布（黒・革製・ラウンドファスナー）
　拾得日時：10月17日 8時頃
　拾得場所：みなと中央駅 3番線ホーム ベンチ付近
　保管場所：忘れ物センター（みなと中央駅 北口改札外）

財布の中にはカード類が複数入っておりました。中身の詳細はメールではお伝えできかねますので、
お受け取りの際に窓口で確認させていただきます。

【お受け取りに必要なもの】
　・ご本人様確認書類（運転免許証、マイナンバーカード、パスポートなど写真付きのもの1点）
　　※免許証が財布の中にある場合は、健康保険証と公共料金の領収書など2点でも可
　・本メール（受付番号がわかるもの）

受付時間：平日 9:00～19:00／土日祝 9:00～17:00
お預かり期限：11月14日（期限を過ぎますと警察署へ引き渡します）

ご不明な点は 045-680-2210 までお問い合わせください。
""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "notice to one owner on free mail; mentions 運転免許証 / マイナンバーカード as ID types but carries no number",
})

# 003 — licence details sent to the owner for confirmation
MESSAGES.append({
    "id": "lostfound-003", "expect": "stop",
    "sender": SAEKI, "to": ["kamayachi-k@yahoo.co.jp"],
    "subject": "お預かり品のご本人確認について（W-24-10-04021）", "charset": "cp932",
    "body": """釜萢 勝也 様

お電話ありがとうございました。忘れ物センターの佐伯です。
先ほどお話しした二つ折り財布の件、念のため財布内の運転免許証の記載内容を
下記のとおりお知らせいたします。ご本人様のものに相違ないかご確認ください。

　氏名　　　　：釜萢 勝也
　生年月日　　：昭和52年8月19日
　免許証番号　：第 451903125570 号
　有効期限　　：令和9年9月19日まで

相違なければ、明日以降センター窓口にてお渡しいたします。
免許証以外の本人確認書類（健康保険証など）をお持ちください。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a driver's licence number (with name and 和暦 DOB) goes out to a free-mail address — any licence number stops",
})

# 004 — internal daily intake, tab-separated, 12 rows (internal only)
_p = folk(12)
_lines = ["受付No\t時刻\t場所\t品名\t遺失者（判明分）\t連絡先\t状況"]
for _i, _x in enumerate(_p, 1):
    known = _i % 4 != 0
    _lines.append("\t".join([f"W-1018-{_i:03d}", f"{rng.randint(6, 21)}:{rng.randint(0, 59):02d}",
                             _x["place"], _x["item"], _x["kanji"] if known else "不明",
                             _x["mobile"] if known else "－",
                             rng.choice(["連絡済・来所予定", "留守電", "返送希望", "未連絡"]) if known else "保管"]))
MESSAGES.append({
    "id": "lostfound-004", "expect": "pass",
    "sender": "平田 翔 <s.hirata@mail.hinode-sangyo.co.jp>",
    "to": ["wasuremono-all@hinode-sangyo.co.jp"], "cc": [ONUMA],
    "subject": "【日報】10/18 拾得物受付（みなと中央・港南BT）", "charset": "cp932",
    "body": "センター各位\n\n早番の平田です。10/18分の受付を共有します（Excelから貼付）。\n"
            "遺失者が判明したものは連絡先を入れています。留守電の方は明日再架電お願いします。\n\n"
            + "\n".join(_lines) + "\n\n以上です。\n平田\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": [],
    "note": "12 owners with phones, but every recipient is internal (hinode-sangyo.co.jp and its subdomain)",
})

# 005 — courier returns, CSV (CP932) to the partner carrier: 7 consignees
_p = folk(7)
_csv = [["お届け先郵便番号", "お届け先住所", "お届け先名", "お届け先電話番号", "品名", "個数", "支払区分", "お客様管理番号"]]
for _i, _x in enumerate(_p, 1):
    _csv.append([_x["zip"], _x["addr"], _x["kanji"] + " 様", _x["tel"] if _i % 2 else _x["mobile"],
                 "お忘れ物（" + _x["item"] + "）", "1", "着払い", f"W-24-10-0{3500 + _i * 17}"])
MESSAGES.append({
    "id": "lostfound-005", "expect": "stop",
    "sender": SHOJI, "to": [AOBA], "cc": [SAEKI],
    "subject": "着払い返送のお願い（10/21集荷分 7件）", "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 横浜法人営業所 御中

いつもお世話になっております。
日の出産業 忘れ物センターの東海林です。

本日集荷分の送り状データをCSVでお送りします（B2取込レイアウトに合わせています）。
集荷は通常どおり15:00でお願いいたします。

　件数：7件（すべて着払い・60サイズ）
　梱包：センターにて実施済み、送り状のみ貼付をお願いします

よろしくお願いいたします。
""" + SIG_SHOJI,
    "attachments": [{"kind": "csv", "name": "henso_20241021.csv", "encoding": "cp932", "rows": _csv}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven owners' names, addresses and phones in a CSV to the carrier (partner but external)",
})

# 006 — one extra return, block layout (one person)
MESSAGES.append({
    "id": "lostfound-006", "expect": "pass",
    "sender": SHOJI, "to": ["沢村 <sawamura@aoba-unyu.co.jp>"],
    "subject": "返送1件追加（傘）", "charset": "cp932",
    "body": """青葉運輸 横浜法人営業所　沢村様

お世話になります。東海林です。
先ほどのCSVに1件漏れておりましたので、手書き伝票でお願いできますでしょうか。

■お届け先
　〒234-0054 神奈川県横浜市港南区港南台3-14-6
　百目鬼 隆之 様
　TEL 080-4417-2093
■品名　折りたたみ傘（紺）
■支払　着払い
■管理番号　W-24-10-03988

15時の集荷時にまとめてお渡しします。
お手数をおかけしますがよろしくお願いします。
""" + SIG_SHOJI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one owner's delivery address and phone to the carrier: a single record, may warn but goes",
})

# 007 — full card number to the issuer's lost-card desk
_card = next_card()
MESSAGES.append({
    "id": "lostfound-007", "expect": "stop",
    "sender": SAEKI, "to": ["ミライカード 紛失・盗難受付デスク <lost-desk@mirai-card.co.jp>"],
    "subject": "拾得カードの利用停止ご依頼（港南バス車内拾得）", "charset": "iso-2022-jp",
    "body": f"""ミライカード株式会社
紛失・盗難受付デスク ご担当者様

お世話になっております。港南バスの遺失物取扱いを受託しております
日の出産業株式会社 忘れ物センターの佐伯と申します。

下記のクレジットカードが車内で拾得されました。
名義人様へのご連絡が取れないため、不正利用防止の観点から一時停止をご検討ください。

　カード番号：{spaced(_card)}
　名義　　　：TAKAYUKI IOKIBE
　有効期限　：09/28
　拾得日時　：10月19日 21:40頃
　拾得場所　：港南バス 42系統（港南台駅前行）車内

カード現物は規定によりみなと中央警察署へ提出予定です。
""" + SIG_SAEKI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with the holder's name goes to an external card company",
})

# 008 — masked card, last four digits only (hard pass)
MESSAGES.append({
    "id": "lostfound-008", "expect": "pass",
    "sender": SAEKI, "to": ["みどり銀行 カードセンター <card-center@midori-ginko.co.jp>"],
    "subject": "貴行発行カードの拾得について", "charset": "utf-8",
    "body": """みどり銀行 カードセンター 御中

いつもお世話になっております。日の出産業 忘れ物センターの佐伯です。
東雲線車内で貴行発行のクレジットカードが拾得されましたのでご連絡いたします。

　カード種類：みどりVISAゴールド
　カード番号：**** **** **** 0832（末尾4桁のみ記載）
　名義　　　：ヨシダ ミホ 様
　拾得日　　：10月20日

全桁の番号が必要な場合は、お手数ですがセンター代表（045-680-2210）まで
お電話いただければ口頭でお伝えいたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "card number masked to the last 4 digits; one holder's name only — no full card number leaves",
})

# 009 — auction consignment list: items only (business list)
_lots = [["令和6年度 第3回 拾得物払下げ 出品明細", "", "", "", "", "", ""],
         ["出品者：日の出産業株式会社 忘れ物センター　／　作成日：2024/11/05"],
         [],
         ["ロットNo", "区分", "品名", "数量", "状態", "保管満了日", "最低価格（円）"]]
for _i, (cat, name, qty, cond, price) in enumerate([
        ("傘", "ビニール傘（長傘）", 120, "B", 1200), ("傘", "折りたたみ傘", 45, "B", 1500),
        ("衣類", "マフラー・手袋類", 38, "C", 800), ("かばん", "リュックサック", 9, "B", 2500),
        ("かばん", "トートバッグ", 14, "C", 1000), ("電子機器", "モバイルバッテリー（初期化済）", 22, "B", 2000),
        ("電子機器", "有線イヤホン", 31, "C", 500), ("雑貨", "水筒・タンブラー", 27, "B", 700),
        ("雑貨", "眼鏡・サングラス", 16, "C", 600), ("書籍", "文庫本・雑誌", 60, "C", 300),
        ("スポーツ", "ゴルフクラブ（単品）", 3, "B", 3000), ("玩具", "ぬいぐるみ", 11, "C", 400)], 1):
    _lots.append([f"L-03-{_i:03d}", cat, name, qty, cond, "2024/10/31", price])
MESSAGES.append({
    "id": "lostfound-009", "expect": "pass",
    "sender": TAKANASHI, "to": ["よろず公売 出品受付 <shuppin@yorozu-koubai.jp>"],
    "subject": "第3回払下げ 出品明細の送付（日の出産業）", "charset": "utf-8",
    "body": """よろず公売株式会社
出品受付ご担当者様

お世話になっております。日の出産業の小鳥遊です。
第3回払下げの出品明細をお送りします。電子機器はすべて初期化・データ消去済みです。
搬出は11月12日（火）午前を希望いたします。
""" + SIG_TAKANASHI,
    "attachments": [{"kind": "xlsx", "name": "払下げ出品明細_第3回.xlsx",
                     "sheets": {"出品明細": _lots,
                                "区分別": [["区分", "ロット数", "数量計"], ["傘", 2, 165], ["衣類", 1, 38],
                                           ["かばん", 2, 23], ["電子機器", 2, 53], ["雑貨", 2, 43],
                                           ["書籍", 1, 60], ["スポーツ", 1, 3], ["玩具", 1, 11]]}}],
    "entities": [], "detectors": [],
    "note": "unclaimed-item auction list: lots, quantities and prices, no people",
})

# 010 — three external organisations see each other in To
MESSAGES.append({
    "id": "lostfound-010", "expect": "stop",
    "sender": ONUMA, "to": [RAIL, BUS, AIRPORT], "cc": ["wasuremono-all@hinode-sangyo.co.jp"],
    "subject": "年末年始の拾得物取扱い体制について（三社合同打合せのご案内）", "charset": "iso-2022-jp",
    "body": """東雲鉄道株式会社　田村様
港南バス株式会社　菅野様
星空空港ターミナル株式会社　石黒様

いつもお世話になっております。日の出産業の大沼です。
年末年始（12/27～1/5）の拾得物取扱い体制について、三社合同で打合せの場を
設けさせていただきたくご連絡いたしました。

　日時：11月8日（金）14:00～15:30
　場所：日の出産業 桜木町ビル 5F 会議室B（Web併用）
　議題：
　　1. 繁忙期の受付時間延長（空港分室 22:00まで）
　　2. 高速バス・空港リムジンの車内拾得物の集約ルート
　　3. 警察署への提出スケジュール（1/6 一括提出案）

ご都合が悪い場合は代理の方のご出席、またはWeb参加でも結構です。
""" + SIG_ONUMA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To can see each other's addresses: should have been Bcc",
})

# 011 — two organisations (railway + police): normal three-way mail
MESSAGES.append({
    "id": "lostfound-011", "expect": "pass",
    "sender": ONUMA, "to": [RAIL], "cc": [POLICE],
    "subject": "11月からの警察署への提出曜日変更について", "charset": "iso-2022-jp",
    "body": """東雲鉄道 田村様
（cc：みなと中央警察署 会計課 遺失物係 ご担当者様）

お世話になっております。日の出産業の大沼です。
先日警察署様よりご提案いただいた件、11月から下記のとおり変更いたします。

　変更前：毎週火曜 10:00 搬入
　変更後：毎週水曜 13:30 搬入（祝日の場合は翌営業日）

東雲鉄道様の駅から当センターへの集約便（毎週月・木）は変更ございません。
警察署様、変更点に誤りがあればご指摘ください。
""" + SIG_ONUMA,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc and no personal data: a normal three-way mail",
})

# 012 — look-alike of the partner carrier's domain (letter added)
MESSAGES.append({
    "id": "lostfound-012", "expect": "stop",
    "sender": SHOJI, "to": ["沢村 <sawamura@aoba-unnyu.co.jp>"],
    "subject": "再配達先変更のご連絡（W-24-10-03688）", "charset": "cp932",
    "body": """青葉運輸 沢村様

お世話になります。東海林です。
昨日発送分のうち1件、お客様から転居済みとのご連絡があり、お届け先の変更をお願いします。

　管理番号：W-24-10-03688（伝票 4418-2290-7713）
　変更後　：〒333-0845 埼玉県川口市上青木西2-7-11 ハイツ青木203
　　　　　　鴨志田 千尋 様　090-6624-1187
　配達希望：10/24 午前中

お手数ですがよろしくお願いいたします。
""" + SIG_SHOJI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "aoba-unnyu.co.jp is a one-letter look-alike of the partner aoba-unyu.co.jp",
})

# 013 — 社外秘 in subject and as a PDF page stamp
MESSAGES.append({
    "id": "lostfound-013", "expect": "stop",
    "sender": TAKANASHI, "to": [RAIL],
    "subject": "【社外秘】9月度 忘れ物取扱実績報告書の送付", "charset": "iso-2022-jp",
    "body": """東雲鉄道株式会社 営業部 お客さまサービス課
田村様

お世話になっております。日の出産業の小鳥遊です。
9月度の取扱実績報告書をお送りします。ご査収ください。

前年同月比で受付件数は +8.4%、返還率は 41.2%（前年 39.0%）でした。
詳細は報告書3ページ目の分析をご覧ください。
""" + SIG_TAKANASHI,
    "attachments": [{"kind": "pdf", "name": "9月度_取扱実績報告書.pdf", "page_header": "社外秘",
                     "title": "9月度 忘れ物取扱実績報告書",
                     "lines": ["9月度 忘れ物取扱実績報告書", "日の出産業株式会社 忘れ物センター", "",
                               "1. 受付件数　12,418件（前年同月 11,455件）",
                               "2. 返還件数　 5,116件（返還率 41.2%）",
                               "3. 警察署提出　6,870件", "4. 取扱いに関するお申出　14件（うち苦情 5件）"],
                     "table": [["品目", "受付", "返還", "返還率"], ["傘", "3,204", "402", "12.5%"],
                               ["財布", "1,188", "1,031", "86.8%"], ["スマートフォン", "902", "861", "95.5%"],
                               ["衣類", "1,746", "288", "16.5%"], ["かばん", "1,030", "644", "62.5%"]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "【社外秘】 classification in the subject and stamped on every PDF page, sent to a client",
})

# 014 — PPAP: password ZIP to the police
_p = folk(6)
MESSAGES.append({
    "id": "lostfound-014", "expect": "stop",
    "sender": ONUMA, "to": [POLICE],
    "subject": "返還済み物件一覧（10月分）", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 会計課 遺失物係 御中

お世話になっております。日の出産業 忘れ物センターの大沼です。
10月中にセンターで返還した物件の一覧をお送りします（照会のあった分の消込用）。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。
""" + SIG_ONUMA,
    "attachments": [{"kind": "zip", "name": "返還済み一覧_202410.zip", "password": "Hs#2410kx",
                     "files": [{"kind": "xlsx", "name": "返還済み一覧_202410.xlsx",
                                "sheets": {"10月": [["受理番号", "物件", "返還先氏名", "電話"]] +
                                           [[f"M-10-{i:03d}", x["item"], x["kanji"], x["mobile"]]
                                            for i, x in enumerate(_p, 1)]}}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an external address: the attachment cannot be read",
})

# 015 — the password follow-up mail (nothing to hold)
MESSAGES.append({
    "id": "lostfound-015", "expect": "pass",
    "sender": ONUMA, "to": [POLICE],
    "subject": "パスワードのご連絡", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 会計課 遺失物係 御中

先ほどお送りしたファイル「返還済み一覧_202410.zip」のパスワードをお知らせします。

　Hs#2410kx

※来月からは貴署ご指定のファイル共有サービスでの受け渡しに切り替える予定です。
""" + SIG_ONUMA,
    "entities": [], "detectors": [],
    "note": "a password mail with no attachment and no personal data",
})

# 016 — one owner's diabetes revealed in a sentence
MESSAGES.append({
    "id": "lostfound-016", "expect": "stop",
    "sender": SAEKI, "to": ["港南バス 港南台営業所 運行管理 <unkou-konandai@konan-bus.co.jp>"],
    "subject": "至急：車内拾得のポーチ（医薬品在中）について", "charset": "utf-8",
    "body": """港南台営業所 運行管理ご担当者様

お世話になっております。忘れ物センターの佐伯です。
本日夕方に営業所から回送いただいた黒いポーチの件でご連絡します。

中にペン型のインスリン注射器と血糖測定器、お薬手帳が入っており、
お薬手帳の記載から持ち主は比嘉 芳江様（1型糖尿病で港南台中央病院に通院中）と思われます。
手帳に書かれていた連絡先（090-3318-5406）に2回お電話しましたが、つながりません。

インスリンは切らすと危険なため、乗務員の方でお心当たり（よく乗車される時間帯など）が
あれば教えていただけますでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one named owner's medical condition (1型糖尿病, 通院先) sent to an external company",
})

# 017 — reply to a complaint; the owner's own details are only in quoted text
MESSAGES.append({
    "id": "lostfound-017", "expect": "pass",
    "sender": NOGUCHI, "to": ["勅使河原 <teshi.kazu-1962@outlook.jp>"],
    "subject": "Re: 忘れ物の対応について", "charset": "iso-2022-jp",
    "body": """勅使河原 様

お世話になっております。日の出産業 忘れ物センターの野口でございます。
このたびは窓口での対応によりご不快な思いをおかけし、誠に申し訳ございませんでした。

当日の担当者に事実確認を行いましたところ、ご本人確認の手順のご説明が不十分であったことが
わかりました。センター内で手順の説明方法を見直し、全員に周知いたしました。

お預かりしているカメラバッグは、ご希望どおり着払いにてご自宅へお送りいたします。
発送準備が整い次第、あらためてご連絡いたします。

> 10月15日に受け取りに行った勅使河原です。
> 免許証を財布の中に入れたままなくしたので、保険証を持っていったのに
> 「写真付きでないとダメ」と言われ、30分以上待たされたあげく帰されました。
> 送ってもらえるなら以下に送ってください。
>   〒156-0052 東京都世田谷区経堂4-11-8
>   電話 03-3429-6618
> 勅使河原 和夫
""" + SIG_NOGUCHI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "the owner's address and phone appear only in the quoted reply ('>'): the recipient wrote them",
})

# 018 — forward of an owner's enquiry holding a passport number
MESSAGES.append({
    "id": "lostfound-018", "expect": "stop",
    "sender": MIYAZATO, "to": ["星空空港 遺失物取扱所 <ishitsubutsu@hoshizora-airport.co.jp>"],
    "subject": "FW: パスポートの紛失について（至急）", "charset": "utf-8",
    "body": """星空空港ターミナル 遺失物取扱所 ご担当者様

空港分室の宮里です。お問い合わせフォームから下記の照会が届きました。
第1ターミナルでの紛失の可能性もあるため、そちらの取扱所にも届いていないか
ご確認をお願いできますでしょうか。

---------- 転送メッセージ ----------
From: 鴨下 美咲 <misaki.kamoshita88@gmail.com>
Date: 2024年10月22日 6:12
Subject: パスポートの紛失について（至急）

昨夜 SK 803便で到着し、空港リムジンバスに乗る前にパスポートをなくしました。
氏名：鴨下 美咲（KAMOSHITA MISAKI）
旅券番号：TR4418207
生年月日：1991年7月3日
連絡先：080-5521-0937
本日14時の便で再出国予定のため、至急確認をお願いします。
""" + SIG_MIYAZATO,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forwarded enquiry is new text to its recipient: it carries a passport number",
})

# 019 — English, one passenger, to a foreign airline
MESSAGES.append({
    "id": "lostfound-019", "expect": "pass",
    "sender": KAWAGUCHI, "to": ["Skylark Airways Baggage Service <baggage.hzr@skylark-air.com>"],
    "subject": "Found item at Gate 64 - passenger on SK 802 (our ref. AP-24-1022-017)",
    "charset": "utf-8",
    "body": """Dear Skylark Baggage Service team,

A tablet computer in a green sleeve was handed in at Gate 64 this morning. A boarding pass
tucked in the sleeve identifies the passenger:

  Passenger:  Ms. Olivia Bennett
  Flight:     SK 802, 22 Oct, seat 31C
  E-mail on the booking tag: olivia.bennett.travels@gmail.com

Could you forward our contact details to her, or let us know if you prefer that we write
to her directly? We will hold the item at the T2 Lost & Found counter for 14 days.
""" + SIG_KAWAGUCHI,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one passenger's name and e-mail to the airline: a single record, may warn",
})

# 020 — English: six passengers in a padded text table
_p = folk(6)
_hdr = f"{'Ref':<14}{'Passenger':<22}{'Flight':<9}{'Item':<36}{'Phone':<18}E-mail"
_tbl = [_hdr, "-" * len(_hdr)]
for _i, _x in enumerate(_p, 1):
    _tbl.append(f"{'AP-24-10' + str(40 + _i):<14}{_x['ROMA']:<22}{'SK ' + str(rng.choice([802, 803, 806, 811])):<9}"
                f"{rng.choice(['black backpack', 'passport holder (empty)', 'iPad in case', 'umbrella', 'neck pillow', 'camera']):<36}"
                f"{'+81-' + _x['mobile'][1:]:<18}{_x['email']}")
MESSAGES.append({
    "id": "lostfound-020", "expect": "stop",
    "sender": KAWAGUCHI, "to": ["baggage.hzr@skylark-air.com"],
    "subject": "Weekly list - items found on SK flights / T2, week 43", "charset": "utf-8",
    "body": "Hello Mark,\n\nAs agreed, here is this week's list of items from your flights that are "
            "still with us.\nPassenger names and contacts are taken from tags and boarding passes.\n\n"
            + "\n".join(_tbl) + "\n\nPlease let us know which passengers have already contacted you.\n"
            + SIG_KAWAGUCHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six passengers (romaji names, phones, e-mails) in a padded table to a foreign airline",
})

# 021 — two new part-timers' My Numbers to HR (internal only)
_m1, _m2 = next_my_number(), next_my_number()
MESSAGES.append({
    "id": "lostfound-021", "expect": "pass",
    "sender": TAKANASHI, "to": ["人事部 給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "新規アルバイト2名 個人番号の提出（忘れ物センター）", "charset": "cp932",
    "body": f"""給与チーム ご担当者様

業務管理課の小鳥遊です。11/1入職の忘れ物センター アルバイト2名分の個人番号をお送りします。
番号確認書類（通知カード／マイナンバーカードの写し）は社内便で本日発送しました。

1) 舎人 紗希（トネリ サキ）　生年月日 2003年2月14日
   個人番号：{_m1}
2) 桑名 康平（クワナ コウヘイ）　生年月日 1999年9月30日
   個人番号：{_m2}

扶養控除等申告書は各自記入のうえ初出勤日に回収予定です。
""" + SIG_TAKANASHI,
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"], "detectors": [],
    "note": "My Numbers, but the only recipient is internal (hinode-sangyo.co.jp)",
})

# 022 — a found My Number card reported to the police, full-width digits
_m = next_my_number()
MESSAGES.append({
    "id": "lostfound-022", "expect": "stop",
    "sender": SAEKI, "to": [POLICE],
    "subject": "個人番号カードの拾得について（本日持参します）", "charset": "iso-2022-jp",
    "body": f"""みなと中央警察署 会計課 遺失物係　ご担当者様

お世話になっております。忘れ物センターの佐伯です。
本日午前、さくら坂駅の券売機付近で個人番号カードが単体で拾得されました。
カード記載事項は下記のとおりです。本日15時に他の物件とあわせて持参いたします。

　氏名　　：五百旗頭　沙織
　生年月日：{wareki(1991, 11, 3, 'zen')}
　個人番号：{zen(spaced(_m))}
　住所　　：神奈川県横浜市港北区日吉本町４－２２－７

※同日中に本人様からの照会があった場合は、貴署に提出済みとご案内いたします。
""" + SIG_SAEKI,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a My Number (full-width digits) with name, 和暦 DOB and address to the police",
})

# 023 — a residence card: the employer is asked to reach the worker
MESSAGES.append({
    "id": "lostfound-023", "expect": "stop",
    "sender": SAEKI, "to": ["南建設 総務部 <soumu@minami-kensetsu.co.jp>"],
    "subject": "貴社従業員様のお忘れ物（在留カード）について", "charset": "utf-8",
    "body": """南建設株式会社 総務部 御中

突然のご連絡失礼いたします。東雲鉄道の忘れ物センター（日の出産業株式会社）の佐伯と申します。

10月21日、汐見町駅のホームで貴社のロゴ入りヘルメットと作業着の入った袋が拾得され、
中に在留カードが入っておりました。貴社の従業員の方と思われますのでご連絡いたします。

　氏名　　　　：NGUYEN VAN HUNG
　在留カード番号：UH48203917KA
　在留資格　　：技能実習

在留カードは常時携帯義務がございますので、早めにご本人様へお伝えいただけますと幸いです。
お受け取りの際はパスポートをお持ちいただくようお願いいたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence card number with the holder's name to an external company",
})

# 024 — a student ID to the university's student office (one person, no ID document)
MESSAGES.append({
    "id": "lostfound-024", "expect": "pass",
    "sender": "忘れ物センター 平田 <s.hirata@hinode-sangyo.co.jp>",
    "to": ["開成大学 学生支援課 <gakusei-shien@kaisei-u.ac.jp>"],
    "subject": "貴学学生証の拾得について", "charset": "iso-2022-jp",
    "body": """開成大学 学生支援課 ご担当者様

東雲鉄道 忘れ物センター（日の出産業株式会社）の平田と申します。
貴学の学生証と通学定期券の入ったパスケースをお預かりしております。
ご本人様へのご連絡をお願いできますでしょうか。

　学籍番号：22L3041
　氏名　　：月見里 蓮
　拾得場所：東雲線 上り 4号車（10/22 8:15頃）

お受け取りは当センター窓口（9:00～19:00）にて、学生証以外の身分証をお持ちください。

平田 翔
日の出産業株式会社 忘れ物センター　TEL 045-680-2210
""",
    "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "one student's name and student number: not an identity-document number, one record",
})

# 025 — a health insurance card: 記号・番号 to the insurer
MESSAGES.append({
    "id": "lostfound-025", "expect": "stop",
    "sender": SAEKI, "to": ["ひかり健康保険組合 適用課 <tekiyou@hikari-kenpo.or.jp>"],
    "subject": "被保険者証の拾得についてのご連絡", "charset": "cp932",
    "body": """ひかり健康保険組合 適用課 御中

お世話になります。東雲鉄道 忘れ物センター（日の出産業）の佐伯です。
貴組合の被保険者証が拾得されました。ご本人様と連絡がとれないため、
組合様からご連絡いただくことは可能でしょうか。

　保険者番号：06139084
　記号　　　：1204　番号：387　（枝番 01）
　氏名　　　：四十物 智子
　生年月日　：1968年5月30日
　事業所名　：北国フーズ株式会社

保管期限は11月21日までです。期限後はみなと中央警察署へ提出いたします。
""" + SIG_SAEKI,
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a health insurance card's 記号・番号 with name and DOB to an external insurer",
})

# 026 — a cash card: one person's account number to the bank (no ID-document number)
MESSAGES.append({
    "id": "lostfound-026", "expect": "pass",
    "sender": SAEKI, "to": ["みどり銀行 みなと中央支店 <minatochuo@midori-ginko.co.jp>"],
    "subject": "キャッシュカード拾得のご連絡", "charset": "utf-8",
    "body": """みどり銀行 みなと中央支店 ご担当者様

いつもお世話になっております。日の出産業 忘れ物センターの佐伯です。
貴行のキャッシュカードが1枚、駅構内で拾得されましたのでお知らせします。

　口座：みなと中央支店（店番213） 普通 4402718
　名義：ナカソネ コウジ
　拾得：10月22日 みなと中央駅 北口トイレ

カードは財布等に入っておらず単体での拾得です。
お手数ですが、利用停止のご判断とご本人様へのご連絡をお願いいたします。
""" + SIG_SAEKI,
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "one person's account number and name to the issuing bank: a single record, no card/ID number",
})

# 027 — HTML-only table of owners who have not collected (7 rows) to a call-centre contractor
_p = folk(7)
_trs = "".join(
    f"<tr><td>W-24-09-{rng.randint(1000, 9999)}</td><td>{x['kanji']}</td><td>{x['kana']}</td>"
    f"<td>{x['mobile'] if i % 3 else x['tel']}</td><td>{x['item']}</td><td>2024/11/{10 + i:02d}</td></tr>"
    for i, x in enumerate(_p))
MESSAGES.append({
    "id": "lostfound-027", "expect": "stop",
    "sender": ONUMA, "to": ["コールナビ 受託運営部 <jutaku@callnavi.co.jp>"],
    "subject": "未引取者への架電依頼リスト（10月分）", "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>株式会社コールナビ 受託運営部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の大沼です。<br>
10月分の未引取者リストをお送りします。保管期限が近い順に並べています。<br>
架電スクリプトは前月と同じ（v3）でお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>管理No</th><th>お名前</th><th>フリガナ</th><th>電話番号</th><th>お預かり品</th><th>保管期限</th></tr>
{_trs}
</table>
<p>結果は従来どおり共有シートへの記入をお願いいたします。</p>
<p>--<br>日の出産業株式会社 忘れ物センター 大沼 健太<br>TEL 045-680-2210</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of seven owners' names and phone numbers to a contractor",
})

# 028 — business list: lost-property counters (no people)
MESSAGES.append({
    "id": "lostfound-028", "expect": "pass",
    "sender": SAEKI, "to": [BUS],
    "subject": "東雲鉄道 各駅の忘れ物窓口一覧（乗務員様向け掲示用）", "charset": "iso-2022-jp",
    "body": """港南バス 運輸部 菅野様

お世話になっております。佐伯です。
先日ご依頼のあった、乗務員控室に掲示する窓口一覧をお送りします。

駅名　　　　　窓口　　　　　　　　電話番号　　　　受付時間
----------------------------------------------------------------------
みなと中央　　北口 忘れ物センター　045-680-2210　　9:00-19:00
さくら坂　　　駅事務室　　　　　　045-680-3321　　6:00-23:00
汐見町　　　　駅事務室　　　　　　045-680-3345　　6:00-23:00
港南台　　　　東口 旅客案内所　　　045-680-3370　　7:00-21:00
日野中央　　　駅事務室　　　　　　045-680-3392　　6:30-22:30
星空空港　　　T2 B1F 遺失物取扱所　0476-55-3180　　6:00-23:00

駅で受けた忘れ物は翌日正午にはセンターで検索できるようになります。
""" + SIG_SAEKI,
    "entities": [], "detectors": [],
    "note": "a list of counters and switchboard numbers: businesses, not people",
})

# 029 — PDF of loss reports without any name column (6 rows)
_p = folk(6)
_tab = [["届出番号", "届出日", "品名", "特徴", "連絡先電話", "住所"]]
for _i, _x in enumerate(_p, 1):
    _tab.append([f"R-24-{1200 + _i * 7}", f"10/{14 + _i}", _x["item"],
                 rng.choice(["ストラップ付", "イニシャル入り", "傷あり", "キーホルダー付", "ほぼ新品"]),
                 _x["mobile"], _x["addr"]])
MESSAGES.append({
    "id": "lostfound-029", "expect": "stop",
    "sender": "忘れ物センター 平田 <s.hirata@hinode-sangyo.co.jp>", "to": [RAIL],
    "subject": "遺失届（未発見分）の共有", "charset": "cp932",
    "body": """東雲鉄道 田村様

お世話になっております。忘れ物センターの平田です。
各駅へのお問い合わせ分で、まだ該当品が見つかっていない遺失届をPDFにまとめました。
駅の落とし物と照合いただき、該当がありましたらセンターまでご連絡ください。

平田
""",
    "attachments": [{"kind": "pdf", "name": "遺失届_未発見分_1021.pdf",
                     "lines": ["遺失届（未発見分）一覧　2024/10/21 現在", ""], "table": _tab}],
    "entities": ["PHONE_NUMBER", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "six loss reports with phones and home addresses in a PDF: a list of people without a name column",
})

# 030 — either: a clinic patient card mentioned for a named employee
MESSAGES.append({
    "id": "lostfound-030", "expect": "either",
    "sender": SAEKI, "to": ["川崎電機 総務部 受付 <soumu-uketsuke@kawasaki-denki.co.jp>"],
    "subject": "貴社社員証入りの定期入れについて", "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 総務部 御中

お世話になっております。日の出産業 忘れ物センターの佐伯です。
東雲線車内で、貴社の社員証が入った定期入れを拾得しております。

　社員証の氏名：薬袋 哲也 様（社員番号 K-20418）
　定期入れの中身：社員証、通勤定期券（汐見町⇔みなと中央）、
　　　　　　　　　さくら通り内科クリニックの診察券、現金 2,000円

ご本人様にセンターへお越しいただくか、ご連絡いただくようお伝え願えますでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "names a clinic patient card of an identified employee: arguably medical history, arguably trivial",
})

# 031 — incident report DOCX stamped 取扱注意 in its header
MESSAGES.append({
    "id": "lostfound-031", "expect": "stop",
    "sender": NOGUCHI, "to": [RAIL], "cc": [ONUMA],
    "subject": "誤返還事案のご報告（10/16発生分）", "charset": "iso-2022-jp",
    "body": """東雲鉄道株式会社 お客さまサービス課
田村様

いつもお世話になっております。日の出産業の野口です。
10月16日に発生した誤返還の件につきまして、経緯と再発防止策を報告書にまとめました。
お客様の個人情報は記号（お客様A・B）に置き換えております。

ご確認のうえ、ご指摘があればお知らせください。
""" + SIG_NOGUCHI,
    "attachments": [{"kind": "docx", "name": "誤返還事案報告書_1016.docx", "page_header": "取扱注意",
                     "title": "誤返還事案報告書",
                     "paragraphs": ["誤返還事案報告書", "作成：日の出産業株式会社 お客様相談・品質管理チーム",
                                    "1. 概要　同型の黒色スマートフォン2台のうち、お客様Aの物件をお客様Bに返還した。",
                                    "2. 原因　ロック画面の照合を省略し、ケースの特徴のみで本人確認を行った。",
                                    "3. 対応　翌日お客様Bより連絡があり、同日中に回収しお客様Aへ返還済み。",
                                    "4. 再発防止　電子機器はロック解除またはSIM情報の確認を必須化（11/1～）。"],
                     "tables": [[["日時", "事象"], ["10/16 17:40", "お客様Bへ返還"],
                                 ["10/17 09:10", "お客様Bより入電"], ["10/17 15:30", "お客様Aへ返還"]]]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the DOCX carries a 取扱注意 classification in its page header; sent to a client",
})

# 032 — reply to the police; the list is only in the quoted text
_p = folk(5)
_q = "\n".join(f"> {i}. M-1014-00{i}　{x['kanji']}　{x['addr']}" for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "lostfound-032", "expect": "pass",
    "sender": ONUMA, "to": [POLICE],
    "subject": "Re: 10月22日提出分の照合結果", "charset": "iso-2022-jp",
    "body": f"""会計課 遺失物係　井口様

ご確認ありがとうございます。大沼です。
ご指摘の5件、いずれもセンター側の転記ミスでした。申し訳ございません。
拾得物件預り書の控えと突き合わせのうえ、修正版を明日の搬入時に持参いたします。

大沼

-----Original Message-----
From: みなと中央警察署 会計課遺失物係
Sent: Wednesday, October 23, 2024 4:02 PM
Subject: 10月22日提出分の照合結果

日の出産業 大沼様
本日提出分のうち、以下5件の拾得者住所が預り書と一致しません。ご確認ください。
{_q}
""",
    "entities": [], "detectors": [],
    "note": "the five finders appear only in the quoted original from the police itself",
})

# 033 — complaint escalated to the law firm, with a disability mentioned
MESSAGES.append({
    "id": "lostfound-033", "expect": "stop",
    "sender": NOGUCHI, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：返還拒否に関するお申出の件", "charset": "utf-8",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の野口です。
先日お電話でご相談した件、経緯を整理しましたのでお送りします。

■申出人：我如古 伸夫 様（090-7712-3058）
■経緯
　・10/9　財布の返還を希望して来所。本人確認書類をお持ちでなかったため返還を保留。
　・10/10 再来所。ご本人から精神障害者保健福祉手帳（2級）を提示いただき返還。
　　その際「障害を理由に差別された」とのお申出あり。
　・10/18 内容証明にて慰謝料30万円の請求書が到着。

当方としては手順どおりの対応と考えておりますが、説明の仕方に配慮が欠けていた可能性もあり、
今後の対応方針についてご助言いただけますと幸いです。
""" + SIG_NOGUCHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named complainant's disability (精神障害者保健福祉手帳) goes to an external law firm",
})

# 034 — mail about an NDA with the system vendor (hard pass)
MESSAGES.append({
    "id": "lostfound-034", "expect": "pass",
    "sender": TAKANASHI, "to": ["ツバサシステム 営業部 三好様 <miyoshi@tsubasa-system.jp>"],
    "subject": "遺失物管理システム更改の件：秘密保持契約書（案）の送付", "charset": "iso-2022-jp",
    "body": """株式会社ツバサシステム 営業部
三好様

お世話になっております。日の出産業の小鳥遊です。
先日お打合せした遺失物管理システム更改の件、要件定義に入る前に秘密保持契約を
締結させていただきたく、当社ひな形をベースにした契約書（案）をお送りします。

第2条（秘密情報の定義）と第7条（返還・廃棄）について、貴社法務部門のご意見を
いただけますと幸いです。なお、現行システムのデータ（お客様情報を含む）は
NDA締結後もマスキング済みのテストデータのみご提供する予定です。
""" + SIG_TAKANASHI + DISCLAIMER_JA,
    "attachments": [{"kind": "docx", "name": "秘密保持契約書（案）_ツバサシステム様.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                                    "遺失物管理システム更改の検討に関し、次のとおり秘密保持契約を締結する。",
                                    "第1条（目的）本契約は、本件検討のために開示される情報の取扱いを定める。",
                                    "第2条（秘密情報の定義）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                    "第7条（返還・廃棄）受領者は、開示者の求めに応じ、秘密情報を速やかに返還又は廃棄する。",
                                    "第10条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    "entities": [], "detectors": [],
    "note": "mail about an NDA, with the draft NDA and the standard disclaimer: no marking, no personal data",
})

# 035 — corrupt XLSX to the airport
MESSAGES.append({
    "id": "lostfound-035", "expect": "stop",
    "sender": MIYAZATO, "to": [AIRPORT],
    "subject": "9月 空港分室 受付データ（再送）", "charset": "utf-8",
    "body": """石黒様

お世話になっております。空港分室の宮里です。
昨日お送りしたファイルが開けないとのことで、再送いたします。
システムから再出力したものですので、今度は開けるかと思います。
""" + SIG_MIYAZATO,
    "attachments": [{"kind": "corrupt", "name": "9月_空港分室_受付データ.xlsx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX is corrupt and cannot be inspected",
})

# 036 — three private owners in To together (three parties)
MESSAGES.append({
    "id": "lostfound-036", "expect": "stop",
    "sender": CENTER,
    "to": ["hasebe.rin@gmail.com", "ikeda-yumi1979@yahoo.co.jp", "k.maeda.tokyo@icloud.com"],
    "subject": "高速バス（港南ライナー12便）車内のお忘れ物について", "charset": "iso-2022-jp",
    "body": """港南ライナー12便（10月20日 新宿発 港南台行）をご利用のお客様

港南バス 忘れ物センター（運営：日の出産業株式会社）でございます。
終着後の車内点検で、お問い合わせいただいた皆様のお忘れ物と思われる品物が見つかりました。

　長谷部様：紺色の折りたたみ傘
　池田様　：グレーのカーディガン
　前田様　：ワイヤレスイヤホン（白・充電ケース付）

お受け取り方法（来所／着払い返送）をご返信ください。
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons in To can see each other's addresses: three parties, should be Bcc",
})

# 037 — the same kind of notice done right: owners in Bcc
MESSAGES.append({
    "id": "lostfound-037", "expect": "pass",
    "sender": CENTER, "to": [CENTER],
    "bcc": ["aoi.fujii22@gmail.com", "m-okamoto@ezweb.ne.jp", "kobayashi.r@docomo.ne.jp",
            "naoki_harada@yahoo.co.jp", "saki.toneri@icloud.com", "yoko-kato1974@outlook.jp",
            "goto.takuya@softbank.ne.jp", "shimizu.chihiro.55@gmail.com"],
    "subject": "【お知らせ】お預かり品の保管期限が近づいております", "charset": "iso-2022-jp",
    "body": """お客様各位

東雲鉄道 忘れ物センターでございます。
以前お問い合わせをいただき当センターでお預かりしているお品物について、
保管期限（お問い合わせ時にご案内した日付）が近づいております。

期限を過ぎますと遺失物法に基づき警察署へ引き渡しとなり、以後のお問い合わせは
警察署へお願いすることになります。お早めにお受け取りください。

※本メールは一斉送信のため、BCCでお送りしております。
東雲鉄道 忘れ物センター（運営：日の出産業株式会社）　TEL 045-680-2210
""",
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "eight owners, all in Bcc (To is the centre itself): nobody sees anyone else",
})

# 038 — CSV (UTF-8): pupils' kana names and 和暦 birth dates to a school
_kids = [("ドウメキ ソウタ", (2010, 5, 14)), ("ミウラ アオイ", (2010, 11, 2)),
         ("カマツカ レン", (2011, 1, 23)), ("フクダ ユイ", (2010, 8, 9)),
         ("キララ コトネ", (2010, 6, 30)), ("オオタ ユウマ", (2010, 12, 17))]
_csv = [["No", "氏名（カナ）", "生年月日", "学年・組", "お忘れ物", "保護者連絡先"]]
for _i, (_k, (_y, _mo, _d)) in enumerate(_kids, 1):
    _csv.append([str(_i), _k, wareki(_y, _mo, _d, "short"), f"2年{rng.randint(1, 4)}組",
                 rng.choice(["水筒", "体操服袋", "帽子", "上着", "しおり", "リュック"]), _mobile()])
MESSAGES.append({
    "id": "lostfound-038", "expect": "stop",
    "sender": SAEKI, "to": ["星見市立南中学校 教頭 <kyoto@hoshimi-minami-jh.ed.jp>"],
    "subject": "校外学習（10/24 貸切バス）車内のお忘れ物について", "charset": "utf-8",
    "body": """星見市立南中学校
教頭先生

お世話になっております。港南バス 忘れ物センター（日の出産業）の佐伯です。
10月24日の校外学習でご利用いただいた貸切バス3台の車内から、お忘れ物が見つかりました。
生徒手帳・通学定期の記載から持ち主が判明した分を一覧にしております。

学校でまとめてお受け取りいただくか、ご家庭へ直接ご連絡するか、ご指示ください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "csv", "name": "忘れ物一覧_南中_1024.csv", "encoding": "utf-8", "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six pupils (kana names, 和暦 DOB like H22.5.14, guardians' phones) in a CSV to a school",
})

# 039 — auction results (lots and prices only)
MESSAGES.append({
    "id": "lostfound-039", "expect": "pass",
    "sender": TAKANASHI, "to": [RAIL], "cc": [MORIOKA],
    "subject": "第2回払下げ 落札結果のご報告", "charset": "iso-2022-jp",
    "body": """東雲鉄道 田村様

お世話になっております。小鳥遊です。
10月26日に実施した第2回払下げの結果をご報告します。

・出品ロット数　38ロット（うち落札 35／不落 3）
・落札総額　　　¥486,300（税込）
・手数料控除後　¥437,670 → 11月末に貴社指定口座へお振込み

主な落札ロット
　L-02-004　モバイルバッテリー 30点　　¥41,000
　L-02-011　ブランド傘 12本　　　　　　¥28,500
　L-02-019　腕時計（電池切れ）8点　　　¥67,200
　L-02-027　ゴルフクラブ 5本　　　　　 ¥22,000

不落の3ロット（衣類）は廃棄処分といたします。
""" + SIG_TAKANASHI,
    "entities": [], "detectors": [],
    "note": "auction results: lot numbers and prices, no people",
})

# 040 — look-alike of the organisation's own domain (u added) with a staff roster
_p = folk(5)
_shift = "\n".join(f"　{x['kanji']:<8}　{x['mobile']}　{rng.choice(['早番 6:00-14:30', '遅番 14:00-22:30', '日勤 9:00-18:00'])}"
                   for x in _p)
MESSAGES.append({
    "id": "lostfound-040", "expect": "stop",
    "sender": ONUMA, "to": ["空港分室 <airport-bunshitsu@hinode-sangyou.co.jp>"],
    "subject": "11月第1週 応援シフトと緊急連絡先", "charset": "iso-2022-jp",
    "body": f"""空港分室 各位

大沼です。11/1～11/7 の本部からの応援シフトを送ります。
当日欠勤などがあれば、下記の携帯に直接連絡してください。

{_shift}

宮里さん、ロッカーの鍵の手配をお願いします。
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyou.co.jp is a look-alike of the organisation's own domain (extra 'u'), carrying five staff mobiles",
})

# 041 — internal management deck stamped 社外秘 (internal only)
MESSAGES.append({
    "id": "lostfound-041", "expect": "pass",
    "sender": ONUMA, "to": ["交通サービス事業部 経営会議 <ts-keiei@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】経営会議資料：忘れ物センター 下期事業計画", "charset": "cp932",
    "body": "事業部長\n各位\n\n来週の経営会議用に、忘れ物センターの下期計画資料を添付します。\n"
            "受託料改定（東雲鉄道・港南バス）の交渉方針を含むため、取扱いにご注意ください。\n\n大沼\n",
    "attachments": [{"kind": "pptx", "name": "下期事業計画_忘れ物センター.pptx", "page_footer": "社外秘",
                     "slides": [["下期事業計画", "忘れ物センター", "2024年11月"],
                                ["受託料改定方針", "東雲鉄道：+6%（件数増加分）", "港南バス：据置、空港リムジン分のみ別契約"],
                                ["人員計画", "空港分室 +2名（年末年始）", "返送業務の外部委託を検討"]]}],
    "entities": [], "detectors": [],
    "note": "社外秘 marking, but sent only inside hinode-sangyo.co.jp",
})

# 042 — staff emergency contact list to the railway client (6 people)
_p = folk(6)
_w = "\n".join(f"{x['kanji']:　<8}{rng.choice(['センター長代理', '主任', 'リーダー', 'スタッフ', 'スタッフ', 'スタッフ']):　<8}"
               f"{x['mobile']}　　{x['tel']}" for x in _p)
MESSAGES.append({
    "id": "lostfound-042", "expect": "stop",
    "sender": ONUMA, "to": [RAIL],
    "subject": "夜間・休日の緊急連絡網（忘れ物センター）", "charset": "iso-2022-jp",
    "body": f"""東雲鉄道 田村様

お世話になっております。大沼です。
ご依頼の夜間・休日緊急連絡網を更新しました。センター代表が不通の場合は上から順にご連絡ください。

氏名　　　　　役職　　　　　　携帯電話　　　　　　自宅
------------------------------------------------------------
{_w}

個人の携帯番号を含みますので、駅長室等での掲示はお控えください。
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six employees' private mobile and home numbers to an external client",
})

# 043 — exactly four finders to the police (below the list threshold)
_p = folk(4)
_b = "\n".join(f"・{x['kanji']}（{x['addr']}　{x['mobile']}）… {x['item']}" for x in _p)
MESSAGES.append({
    "id": "lostfound-043", "expect": "pass",
    "sender": SAEKI, "to": [POLICE],
    "subject": "報労金請求のある拾得者（4名）について", "charset": "iso-2022-jp",
    "body": f"""みなと中央警察署 会計課 遺失物係　井口様

お世話になっております。佐伯です。
明日提出分のうち、拾得者が報労金を請求している物件は次の4件です。

{_b}

拾得物件預り書の写しは現物と一緒にお持ちします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four finders' records to the police: under five people, may warn but goes",
})

# 044 — forwarded mail (.eml) holding six consignees, to another carrier
_p = folk(6)
_inner = "\n".join(f"{i}) {x['kanji']} 様　〒{x['zip']} {x['addr']}　TEL {x['tel']}　品名：{x['item']}"
                   for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "lostfound-044", "expect": "stop",
    "sender": SHOJI, "to": ["はやて急便 港南営業所 <konan@hayate-kyubin.co.jp>"],
    "subject": "FW: 空港リムジン車内忘れ物 返送先一覧", "charset": "cp932",
    "body": """はやて急便 港南営業所 ご担当者様

いつもありがとうございます。日の出産業の東海林です。
港南バス様から返送先一覧が届きましたので、元のメールを添付で転送します。
6件とも元払い（当社請求）で、明日10時の集荷をお願いします。
""" + SIG_SHOJI,
    "attachments": [{"kind": "eml", "name": "返送先一覧_港南バス.eml", "message": {
        "sender": BUS, "to": [SHOJI], "subject": "空港リムジン車内忘れ物 返送先一覧",
        "charset": "iso-2022-jp",
        "body": "日の出産業 東海林様\n\nお世話になります。港南バス 菅野です。\n"
                "先週の空港リムジン車内の忘れ物で、返送希望のお客様は以下のとおりです。\n"
                "送料は弊社負担とします。\n\n" + _inner + "\n\n菅野\n"}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "a forwarded .eml is new to its recipient: six owners' addresses and phones",
})

# 045 — statistics by category (no people)
MESSAGES.append({
    "id": "lostfound-045", "expect": "pass",
    "sender": MIYAZATO, "to": [AIRPORT],
    "subject": "10月 空港分室 拾得物統計（速報）", "charset": "utf-8",
    "body": """石黒様

お世話になっております。空港分室の宮里です。
10月の速報値をお送りします。確定値は11/10頃にお送りします。

区分            T1      T2    リムジン    計     返還率
-------------------------------------------------------
財布・カード類    212     188      41     441    88.2%
電子機器          305     261      77     643    93.1%
衣類              144     130      52     326    21.8%
かばん類           97      88      33     218    64.7%
傘                 59      41     120     220     9.5%
その他            266     231      48     545    30.3%
-------------------------------------------------------
合計             1083     939     371    2393    58.4%

旅券の拾得は 17件（全件 当日中に航空会社または警察へ引渡し済み）です。
""" + SIG_MIYAZATO,
    "entities": [], "detectors": [],
    "note": "aggregate statistics in a padded table; mentions passports only as a count",
})

# 046 — a finder's arrest record passed on to the client
MESSAGES.append({
    "id": "lostfound-046", "expect": "stop",
    "sender": ONUMA, "to": [RAIL],
    "subject": "報労金請求者に関する警察署からの情報提供について", "charset": "iso-2022-jp",
    "body": """東雲鉄道 田村様

お世話になっております。大沼です。口頭でお伝えした件を念のため文面でも残します。

10/12にさくら坂駅で現金入り封筒（12万円）を届け出た拾得者の舎人 和夫氏について、
警察署の担当者から「同氏には過去に駅構内での置き引き（窃盗）による逮捕歴がある」との
情報提供がありました。今回の拾得自体に不審な点は確認されていないとのことです。

報労金の請求は警察署経由で手続きされますので、当社からの支払いは発生しませんが、
駅係員の方には同氏が来駅された際の対応にご留意いただければと存じます。
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named person's arrest record (犯罪の経歴) in a sentence, to an external client",
})

# 047 — an owner who was a theft victim, to the insurer
MESSAGES.append({
    "id": "lostfound-047", "expect": "stop",
    "sender": NOGUCHI, "to": ["あすか損保 事故受付センター <jiko-uketsuke@asuka-sonpo.co.jp>"],
    "subject": "施設賠償責任保険：事故報告（置き引き被害のお客様）", "charset": "cp932",
    "body": """あすか損害保険株式会社 事故受付センター 御中

いつもお世話になっております。日の出産業株式会社 交通サービス事業部の野口です。
証券番号 KS-2207-44815 の施設賠償責任保険について、事故報告をいたします。

　事故日時：2024年10月19日 18:20頃
　場所　　：みなと中央駅 北口 忘れ物センター前 待合ベンチ
　被害者　：坂本 美穂 様（070-2284-6193）
　概要　　：坂本様が返還手続き中、ベンチに置いたバッグを第三者に持ち去られる
　　　　　　置き引き被害に遭われ、同日みなと中央警察署に被害届を提出済み（受理番号 第1019-33号）。
　　　　　　当センターの監視カメラの死角であった点について、ご本人から賠償のお申出あり。

必要書類のご案内をお願いいたします。
""" + SIG_NOGUCHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named person having been a crime victim (置き引き被害, 被害届) sent to an insurer",
})

# 048 — invoice with the company's T-number and bank account (business data)
_tno = corporate_number("020104437718")
MESSAGES.append({
    "id": "lostfound-048", "expect": "pass",
    "sender": MORIOKA, "to": ["東雲鉄道 経理部 支払担当 <shiharai@shinonome-rail.co.jp>"], "cc": [RAIL],
    "subject": "10月分 遺失物取扱業務委託料のご請求", "charset": "iso-2022-jp",
    "body": f"""東雲鉄道株式会社 経理部 支払ご担当者様

いつもお世話になっております。日の出産業 経理担当の森岡です。
10月分の業務委託料の請求書をお送りします。ご査収のほどよろしくお願いいたします。

　請求番号：INV-2410-0318
　ご請求額：¥3,894,500（税込）
　お支払期日：2024年11月30日
　登録番号：T{_tno}
""" + SIG_MORIOKA,
    "attachments": [{"kind": "pdf", "name": "請求書_INV-2410-0318.pdf", "title": "請求書",
                     "lines": ["請求書", "東雲鉄道株式会社 御中", "請求番号 INV-2410-0318　発行日 2024/10/31",
                               f"日の出産業株式会社　登録番号 T{_tno}",
                               "振込先：みどり銀行 本店営業部 当座 0082214 ヒノデサンギヨウ（カ", ""],
                     "table": [["品目", "数量", "単価", "金額"],
                               ["遺失物取扱業務 基本料（10月）", "1", "2,800,000", "2,800,000"],
                               ["取扱件数超過分（1,000件単位）", "2", "120,000", "240,000"],
                               ["警察署搬入 車両費", "5", "30,000", "150,000"],
                               ["返送業務 手数料", "1", "350,000", "350,000"],
                               ["消費税（10%）", "", "", "354,500"], ["合計", "", "", "3,894,500"]]}],
    "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "an invoice: company T-number and corporate bank account are business data, not personal",
})

# 049 — DOCX inventory of a found wallet to the police (licence, card, account)
_card = next_card()
MESSAGES.append({
    "id": "lostfound-049", "expect": "stop",
    "sender": SAEKI, "to": [POLICE],
    "subject": "高額物件（財布）の在中品目録", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 会計課 遺失物係　ご担当者様

お世話になっております。佐伯です。
本日提出する財布（受理番号 M-1023-011、現金 182,000円在中）の在中品目録を添付します。
現金が高額のため、事前にお送りいたします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "docx", "name": "在中品目録_M-1023-011.docx", "title": "在中品目録",
                     "paragraphs": ["在中品目録（受理番号 M-1023-011）",
                                    "拾得日時：令和6年10月23日 7時05分　拾得場所：東雲線 下り 8号車 座席",
                                    "物件：長財布（茶・革製）"],
                     "tables": [[["品目", "記載内容", "備考"],
                                 ["現金", "182,000円（一万円札18枚、千円札2枚）", ""],
                                 ["運転免許証", "一尺八寸 直樹　昭和60年2月11日生　第462008317740号", "住所：静岡県沼津市大岡2-9-14"],
                                 ["クレジットカード", f"{_card}　NAOKI KAMATSUKA", "有効期限 03/27"],
                                 ["キャッシュカード", "港北信用金庫 日吉支店 普通 3380915", ""],
                                 ["その他", "ポイントカード 5枚、レシート類", ""]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "CREDIT_CARD",
                 "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "DOCX table with a licence number, a full card number and an account of one owner",
})

# 050 — either: a hearing aid with its owner's name and phone
MESSAGES.append({
    "id": "lostfound-050", "expect": "either",
    "sender": "忘れ物センター 平田 <s.hirata@hinode-sangyo.co.jp>",
    "to": ["港南バス 日野中央営業所 <hinochuo@konan-bus.co.jp>"],
    "subject": "車内拾得の補聴器について（写真添付）", "charset": "utf-8",
    "body": """日野中央営業所 ご担当者様

お世話になっております。忘れ物センターの平田です。
昨日 51系統の車内で拾得された補聴器（耳かけ型・左耳用）の件です。
ケースに「茂木 和夫　045-871-2290」とシールが貼られていましたが、固定電話のため日中つながりません。

同系統をよく利用されている年配の男性とのことでしたら、乗務員の方から
センターに補聴器が届いている旨お声がけいただけると助かります。写真を添付します。

平田
""",
    "attachments": [{"kind": "png", "name": "hochouki.png"}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named person's hearing aid: hearing loss is arguably a disability (要配慮) or merely an item",
})

# 051 — legacy XLS of reward payees with bank accounts to the accountant
_p = folk(6)
_rows = [["報労金 立替払い対象者（10月）", "", "", "", ""], [],
         ["拾得者氏名", "住所", "振込先", "報労金額", "受理番号"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([_x["kanji"], _x["addr"], _x["bank"], rng.choice([500, 1200, 3000, 4500, 8000, 18200]),
                  f"M-10{rng.randint(10, 31)}-{_i:03d}"])
MESSAGES.append({
    "id": "lostfound-051", "expect": "stop",
    "sender": MORIOKA, "to": ["田中会計事務所 <office@tanaka-kaikei.jp>"],
    "subject": "報労金立替分の仕訳資料", "charset": "cp932",
    "body": """田中会計事務所
担当 村井様

いつもお世話になっております。日の出産業の森岡です。
10月に当社が立替払いした報労金の明細をお送りします（旧システムからの出力のため xls 形式です）。
雑費処理でよいか、預り金で処理すべきかご教示ください。
""" + SIG_MORIOKA,
    "attachments": [{"kind": "xls", "name": "houroukin_202410.xls", "sheets": {"10月": _rows}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "six payees' names, addresses and bank accounts in a legacy XLS to an outside accountant",
})

# 052 — reward paid to one finder (free mail)
MESSAGES.append({
    "id": "lostfound-052", "expect": "pass",
    "sender": MORIOKA, "to": ["y-yamazaki@ezweb.ne.jp"],
    "subject": "報労金お振込み完了のお知らせ", "charset": "iso-2022-jp",
    "body": """山崎 悠真 様

日の出産業株式会社 経理担当の森岡でございます。
先日は拾得物をお届けいただき、誠にありがとうございました。
遺失者様からお預かりした報労金を、本日下記口座へお振込みいたしました。

　振込先：あさひ台銀行 港南台支店 普通 7730412　ヤマザキ ユウマ
　金額　：4,500円
　振込日：2024年10月25日

ご確認のほどよろしくお願いいたします。
""" + SIG_MORIOKA,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data", "freemail_recipient"],
    "note": "one finder's own account, sent to that finder on free mail: a single record",
})

# 053 — homoglyph look-alike of the partner hotel (capital I for l)
MESSAGES.append({
    "id": "lostfound-053", "expect": "stop",
    "sender": SHOJI, "to": ["さくらホテル フロント <front@sakura-hoteI.jp>"],
    "subject": "シャトルバス車内のお忘れ物（ゴルフバッグ）のお届けについて", "charset": "iso-2022-jp",
    "body": """さくらホテル フロント ご担当者様

お世話になっております。日の出産業 忘れ物センターの東海林です。
港南バスが運行する貴ホテルのシャトルバス車内で、ゴルフバッグのお忘れ物がありました。
タグにホテルの部屋番号（1208）が書かれておりましたので、宿泊のお客様のものと思われます。

本日16時頃、当社の車両でホテルへお届けに上がります。
フロントでお預かりいただけますでしょうか。
""" + SIG_SHOJI,
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "sakura-hoteI.jp uses a capital I in place of l: homoglyph look-alike of the partner sakura-hotel.jp",
})

# 054 — two external organisations (hotel + carrier)
MESSAGES.append({
    "id": "lostfound-054", "expect": "pass",
    "sender": SHOJI, "to": ["さくらホテル フロント <front@sakura-hotel.jp>"], "cc": [AOBA],
    "subject": "Re: 宿泊客様お忘れ物のご自宅配送について", "charset": "iso-2022-jp",
    "body": """さくらホテル フロント 小野様
（cc：青葉運輸 横浜法人営業所様）

ご連絡ありがとうございます。東海林です。
チェックアウト済みのお客様のお忘れ物（スーツケース 1個）は、青葉運輸さんの集荷で
貴ホテルから直接お送りいただく形で承知しました。

青葉運輸さん：集荷は明日 10/26（土）13時～15時、貴ホテル通用口でお願いします。
伝票はホテル側でご用意いただけるとのことです（送り先はホテルから直接お伝えします）。
""" + SIG_SHOJI,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "hotel and carrier in To/Cc: two organisations, no personal data",
})

# 055 — English PDF with a CONFIDENTIAL footer on each page
MESSAGES.append({
    "id": "lostfound-055", "expect": "stop",
    "sender": KAWAGUCHI, "to": ["Mark Whitfield <m.whitfield@skylark-air.com>"],
    "subject": "Draft SLA review - Lost & Found handling for Skylark at HZR", "charset": "utf-8",
    "body": """Dear Mark,

Thank you for the meeting on Tuesday. Please find attached our draft review of the
service levels for lost property handling on Skylark flights at Hoshizora.

The main proposal is to move the handover of items found on board from 24h to 6h after
arrival, with a single daily pick-up at 15:00.

Looking forward to your comments.
""" + SIG_KAWAGUCHI,
    "attachments": [{"kind": "pdf", "name": "SLA_review_Skylark_HZR_draft.pdf",
                     "page_footer": "CONFIDENTIAL - Hinode Sangyo / Skylark Airways",
                     "title": "SLA review draft",
                     "lines": ["Lost & Found Service Level Review (draft v0.3)", "",
                               "1. Current handover: items found on board are passed to us within 24h.",
                               "2. Proposal: handover within 6h; daily pick-up at 15:00 at Gate 60.",
                               "3. Fees: JPY 180 per item (current 150), storage 30 days.",
                               "4. KPIs: return rate 60% (FY2023: 52%)."]}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the PDF carries a CONFIDENTIAL footer on each page, sent to a foreign partner",
})

# 056 — English reply; the passenger list is only in the quoted "On ... wrote:" part
_p = folk(5)
_ql = "\n".join(f"> {x['ROMA']}, {x['mobile']}, {x['email']}" for x in _p)
MESSAGES.append({
    "id": "lostfound-056", "expect": "pass",
    "sender": KAWAGUCHI, "to": ["m.whitfield@skylark-air.com"],
    "subject": "Re: Passengers who called about SK 811", "charset": "utf-8",
    "body": f"""Hi Mark,

Thanks - we checked all five against our records this morning. We hold items for three of
them (ref. AP-24-1019-004, -009 and -012) and will contact them directly. Nothing matching
for the other two yet; we will keep the reports open until the end of the month.

Emily

On Fri, Oct 25, 2024 at 9:14 AM Mark Whitfield <m.whitfield@skylark-air.com> wrote:
> Hi Emily,
> These passengers on SK 811 (19 Oct) called our desk about items left on board:
{_ql}
> Could you check whether you have anything for them?
> Mark
""",
    "entities": [], "detectors": [],
    "note": "the five passengers appear only in the quoted mail from the recipient himself",
})

# 057 — a pension book: basic pension number to the owner's employer
MESSAGES.append({
    "id": "lostfound-057", "expect": "stop",
    "sender": SAEKI, "to": ["ひかり電子 人事部 <jinji@hikari-denshi.co.jp>"],
    "subject": "貴社従業員様の年金手帳と思われる拾得物について", "charset": "utf-8",
    "body": """ひかり電子株式会社 人事部 御中

突然のご連絡失礼いたします。東雲鉄道 忘れ物センター（日の出産業株式会社）の佐伯です。
貴社の入社書類一式と思われる封筒が東雲線車内で拾得され、中に年金手帳が入っておりました。

　年金手帳の記載：氏名 雲母 結衣（キララ ユイ）
　基礎年金番号：4102-583716
　封筒の表書き：「ひかり電子株式会社 人事部 入社手続書類在中」

ご本人様、または貴社のご担当者様にお受け取りいただけますでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], "detectors": ["personal_data"],
    "note": "a basic pension number (基礎年金番号) with the holder's name to an external company",
})

# 058 — general procedure about insurance cards (no individual)
MESSAGES.append({
    "id": "lostfound-058", "expect": "pass",
    "sender": NOGUCHI, "to": [BUS],
    "subject": "健康保険証・マイナンバーカード拾得時の取扱いについて（乗務員様向け）", "charset": "iso-2022-jp",
    "body": """港南バス 運輸部 菅野様

お世話になっております。野口です。
先日の乗務員研修でご質問のあった件、取扱い手順を整理しました。

1. 健康保険証・マイナンバーカード・運転免許証・在留カード等が単体で拾得された場合
　・営業所で封筒に入れ、表に「身分証在中」と記入のうえ当日中にセンターへ回送
　・記号・番号や個人番号を拾得物台帳・無線・メールに書き写さない
　・お客様から電話照会があった場合も、番号の読み上げは行わない
2. 財布等に入っていた場合
　・財布ごと回送し、中身の確認はセンターで2名立会いで行う
3. 外国の旅券の場合
　・空港リムジン車内分は空港分室（0476-55-3180）へ直接連絡

ご不明点があればお知らせください。
""" + SIG_NOGUCHI,
    "entities": [], "detectors": [],
    "note": "a procedure about ID cards and My Number cards in general: no person, no number",
})

# 059 — password-protected PDF to the police
MESSAGES.append({
    "id": "lostfound-059", "expect": "stop",
    "sender": ONUMA, "to": [POLICE],
    "subject": "照会回答書（令和6年10月25日付 照会第418号）", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 刑事課　ご担当者様

お世話になっております。日の出産業 忘れ物センターの大沼です。
10月25日付でご照会いただいた件につき、回答書をお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えいたします。
""" + SIG_ONUMA,
    "attachments": [{"kind": "pdf", "name": "照会回答書_第418号.pdf", "password": "0418kaito",
                     "lines": ["照会回答書", "照会第418号に対し、以下のとおり回答します。",
                               "拾得物件：スマートフォン 1台（M-1020-044）",
                               "返還先：（略）"]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF cannot be inspected",
})

# 060 — full-width digits list in the body (5 owners)
_p = folk(5)
_fw = "\n".join(f"{zen(str(i))}．{x['kanji']}様　{zen(x['mobile'])}　{x['item']}（{zen('10/' + str(20 + i))}拾得）"
                for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "lostfound-060", "expect": "stop",
    "sender": SAEKI, "to": ["港南バス 港南台営業所 <eigyo-konandai@konan-bus.co.jp>"],
    "subject": "営業所預かり品の持ち主判明分（折り返し連絡のお願い）", "charset": "iso-2022-jp",
    "body": f"""港南台営業所 ご担当者様

いつもお世話になっております。佐伯です。
営業所で一時保管いただいている物件のうち、持ち主がわかったものは以下の５件です。
営業所でのお渡しを希望されていますので、営業所から各お客様へご連絡をお願いします。

{_fw}

よろしくお願いいたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five owners with phone numbers written in full-width digits, to an external bus company",
})

# 061 — tracking numbers and destinations by prefecture only (no people)
_tr = "\n".join(f"  {4418 + i:04d}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}   W-24-10-0{4100 + i * 13}   "
                f"{rng.choice(['60', '80', '100'])}サイズ   {rng.choice(['東京都', '神奈川県', '埼玉県', '千葉県', '大阪府', '北海道'])}"
                for i in range(8))
MESSAGES.append({
    "id": "lostfound-061", "expect": "pass",
    "sender": SHOJI, "to": [AOBA],
    "subject": "10/25発送分 追跡番号の照会（配達状況）", "charset": "utf-8",
    "body": f"""青葉運輸 横浜法人営業所 御中

お世話になります。東海林です。
10/25に集荷いただいた8件のうち、お客様から「まだ届かない」とお問い合わせがあった分を含め、
配達状況をまとめて確認させてください。

  伝票番号           管理番号          サイズ     届け先
{_tr}

Webの追跡では全件「輸送中」のままです。よろしくお願いします。
""" + SIG_SHOJI,
    "entities": [], "detectors": [],
    "note": "12-digit tracking numbers and order references with destination prefectures only",
})

# 062 — plain ZIP with a UTF-8 CSV of ten owners as "sample data" for the vendor
_p = folk(10)
_csv = [["id", "owner_name", "owner_kana", "tel", "mail", "zip", "address", "item", "status"]]
for _i, _x in enumerate(_p, 1):
    _csv.append([f"{20240900 + _i}", _x["kanji"], _x["kana"], _x["mobile"], _x["email"], _x["zip"],
                 _x["addr"], _x["item"], rng.choice(["returned", "waiting", "police"])])
MESSAGES.append({
    "id": "lostfound-062", "expect": "stop",
    "sender": "情報システム 北条 <r.hojo@hinode-sangyo.co.jp>", "to": ["三好 <miyoshi@tsubasa-system.jp>"],
    "cc": [TAKANASHI],
    "subject": "データ移行：現行DBの出力サンプル", "charset": "utf-8",
    "body": """ツバサシステム 三好様

お世話になっております。日の出産業 情報システムの北条です。
移行設計用に、現行DBからの出力サンプル（10件）をお送りします。
文字コードはUTF-8、区切りはカンマです。項目定義は readme.txt をご覧ください。

北条 亮
日の出産業株式会社 情報システム部　内線 2291
""",
    "attachments": [{"kind": "zip", "name": "export_sample_20241025.zip",
                     "files": [{"kind": "csv", "name": "owners_sample.csv", "encoding": "utf-8", "rows": _csv},
                               {"kind": "txt", "name": "readme.txt",
                                "text": "owners_sample.csv: 遺失者テーブル（T_OWNER）の先頭10件\nstatus: returned/waiting/police\n"}]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "a ZIP (not encrypted) holding a CSV of ten real owners' records sent as 'sample' to a vendor",
})

# 063 — bug report to the vendor, with the disclaimer (no data)
MESSAGES.append({
    "id": "lostfound-063", "expect": "pass",
    "sender": "情報システム 北条 <r.hojo@hinode-sangyo.co.jp>", "to": ["support@tsubasa-system.jp"],
    "subject": "【不具合】拾得物検索画面で日付範囲指定が効かない", "charset": "iso-2022-jp",
    "body": """ツバサシステム サポートセンター 御中

日の出産業の北条です。遺失物管理システム（Ver.4.2.1）で以下の不具合が発生しています。

【現象】
拾得物検索画面で「拾得日」の範囲を 2024/10/01～2024/10/15 と指定しても、
10/16 以降の拾得物が検索結果に含まれる。
【再現手順】
1. メニュー → 拾得物検索
2. 拾得日 From/To を入力し「検索」
3. 結果一覧の最終ページに範囲外のデータが表示される
【発生頻度】毎回
【影響】警察署提出リストの作成時に手作業で除外している

画面キャプチャは個人情報を含むため添付しておりません。必要であればリモートで確認ください。

北条 亮
日の出産業株式会社 情報システム部
""" + DISCLAIMER_JA,
    "entities": [], "detectors": [],
    "note": "a bug report with the standard confidentiality disclaimer: no data, no marking",
})

# 064 — religion revealed through a found membership card
MESSAGES.append({
    "id": "lostfound-064", "expect": "stop",
    "sender": SAEKI, "to": [RAIL],
    "subject": "さくら坂駅 拾得物（数珠・会員証）の返還について", "charset": "utf-8",
    "body": """東雲鉄道 田村様

お世話になっております。佐伯です。
さくら坂駅から回送された巾着袋の件でご相談です。

中身は数珠、経本、宗教法人「光明会」の会員証で、会員証の氏名は桑名 芳江様
（会員番号 K-0481-2219、所属：港北支部）です。
ご本人から駅に「信仰上大切な物なので、家族に知られずに受け取りたい」とのお電話があったそうで、
駅での直接返還をご希望とのことでした。

駅長室での返還でよろしければ、明日の集約便で駅へお戻しします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named person's religious affiliation (宗教法人の会員証, 信仰) sent to an external client",
})

# 065 — auction poster to the printer (no people)
MESSAGES.append({
    "id": "lostfound-065", "expect": "pass",
    "sender": TAKANASHI, "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "第3回払下げ 告知ポスター・チラシの印刷依頼", "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 営業部　河原様

いつもお世話になっております。日の出産業の小鳥遊です。
第3回払下げの告知物の印刷をお願いします。原稿は前回データの差し替えです。

・B2ポスター　30枚（駅・バス営業所掲示用）
・A4チラシ　 2,000枚（両面カラー）
・差し替え箇所：日程「11月23日（土・祝）10:00～15:00」、会場「港南台BT 2F 多目的ホール」
　出品例の写真（傘・かばん・電子機器）

11月11日納品を希望します。お見積りをいただけますと幸いです。
""" + SIG_TAKANASHI,
    "entities": [], "detectors": [],
    "note": "a print order for an auction poster: business mail",
})

# 066 — PPTX case study naming a wheelchair user, to the bus company
MESSAGES.append({
    "id": "lostfound-066", "expect": "stop",
    "sender": NOGUCHI, "to": [BUS],
    "subject": "乗務員研修資料（お客様対応事例）のご確認", "charset": "utf-8",
    "body": """港南バス 菅野様

お世話になっております。野口です。
11月の乗務員研修で使う「お忘れ物対応事例」の資料案をお送りします。
実際にあった事例をもとにしていますので、内容のご確認をお願いします。
""" + SIG_NOGUCHI,
    "attachments": [{"kind": "pptx", "name": "乗務員研修_忘れ物対応事例.pptx",
                     "slides": [["お忘れ物対応事例", "港南バス 乗務員研修", "2024年11月"],
                                ["事例1：車いすのお客様", "お客様：原田 隆之 様（脳性まひにより電動車いすを使用）",
                                 "降車時にリュックを車内に置き忘れ、営業所へ問い合わせ",
                                 "→ 終点で回収し、ご自宅近くの停留所まで乗務員が持参"],
                                ["ポイント", "お客様の状況に合わせた受け渡し方法を提案する",
                                 "障害の有無に関わらず、本人確認の手順は省略しない"]]}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a slide names a customer together with his disability (脳性まひ, 車いす): sensitive data of one person",
})

# 067 — reply; the owner's licence number is only under -----Original Message-----
MESSAGES.append({
    "id": "lostfound-067", "expect": "pass",
    "sender": SAEKI, "to": ["ganeko.s@gmail.com"],
    "subject": "RE: 財布の問い合わせ（免許証番号を送ります）", "charset": "cp932",
    "body": """我如古 様

ご返信ありがとうございます。忘れ物センターの佐伯です。
ご記載いただいた内容で、お預かりしている財布の持ち主様と確認できました。
なお、今後は番号等をメールに書かれないようお願いいたします（窓口で確認いたします）。

お受け取りは平日 9:00～19:00、センター窓口にて承ります。

-----Original Message-----
From: 我如古 沙織 <ganeko.s@gmail.com>
Sent: Thursday, October 24, 2024 10:31 PM
To: 東雲鉄道 忘れ物センター
Subject: 財布の問い合わせ（免許証番号を送ります）

本人確認のため、財布に入っている免許証の番号を送ります。
第 304719026650 号　我如古 沙織　平成2年6月8日生
""" + SIG_SAEKI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "the licence number appears only in the quoted original written by the recipient herself",
})

# 068 — police, railway and bus all in To/Cc (three parties)
MESSAGES.append({
    "id": "lostfound-068", "expect": "stop",
    "sender": ONUMA, "to": [POLICE, RAIL], "cc": [BUS],
    "subject": "駅前バス乗り場で拾得された現金入り封筒の管轄について", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 会計課 井口様
東雲鉄道 田村様
港南バス 菅野様

お世話になっております。日の出産業の大沼です。
10/26、みなと中央駅前のバス乗り場（駅の敷地と市道の境界付近）で現金入りの封筒が
拾得されました。施設占有者がどちらになるかで提出手続きが変わるため、三者でご確認いただけますでしょうか。

　拾得場所：みなと中央駅 東口 2番のりば ベンチ下
　物件　　：茶封筒（現金 50,000円、メモ1枚）
　拾得者　：駅係員（東雲鉄道）

現物はセンターの金庫で保管しております。
""" + SIG_ONUMA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "police, railway and bus company (three external organisations) see each other in To/Cc",
})

# 069 — carrier and one private owner in To/Cc (two parties)
MESSAGES.append({
    "id": "lostfound-069", "expect": "pass",
    "sender": SHOJI, "to": ["aoki.mayumi.home@gmail.com"], "cc": ["沢村 <sawamura@aoba-unyu.co.jp>"],
    "subject": "お忘れ物（ボストンバッグ）のお届け日時について", "charset": "iso-2022-jp",
    "body": """青木 真由美 様
（cc：青葉運輸 沢村様）

日の出産業 忘れ物センターの東海林でございます。
ご依頼いただいたボストンバッグのお届けについて、配送を担当する青葉運輸の沢村さんを
ccに入れております。日時のご希望は直接ご返信いただいて結構です。

青葉運輸 沢村様：お客様のご連絡先は 080-2257-9164（青木様）です。
当日はお電話の上でお伺いください。
""" + SIG_SHOJI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["multiple_external_domains", "freemail_recipient", "personal_data"],
    "note": "one owner and one carrier (two parties); one person's phone: may warn, goes",
})

# 070 — one record per block: five loss reports to the airport
_p = folk(5)
_blocks = "\n\n".join(
    f"【{i}】受付 AP-R-{2400 + i * 3}\n　お名前：{x['kanji']}（{x['kana']}）\n　電話：{x['mobile']}\n"
    f"　メール：{x['email']}\n　紛失物：{x['item']}\n　紛失場所（申告）：{rng.choice(['T1 出発ロビー', 'T2 保安検査場', 'T2 到着ロビー', '駐車場P3'])}"
    for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "lostfound-070", "expect": "stop",
    "sender": MIYAZATO, "to": ["星空空港 遺失物取扱所 <ishitsubutsu@hoshizora-airport.co.jp>"],
    "subject": "週末分の遺失届（照合のお願い）", "charset": "cp932",
    "body": f"""星空空港ターミナル 遺失物取扱所 ご担当者様

お疲れさまです。空港分室の宮里です。
週末に分室で受け付けた遺失届のうち、ターミナル側で拾得された可能性があるものです。
該当品がありましたらご連絡ください。

{_blocks}
""" + SIG_MIYAZATO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "five loss reports, one block per person (name, phone, e-mail) to the airport company",
})

# 071 — romaji names, tab-separated, to an inbound tour operator (6 tour members)
_p = folk(6)
_tsv = "\n".join(f"{x['roma']}\t{rng.choice(['Room 512', 'Room 618', 'Room 703', 'Room 415'])}\t"
                 f"{x['mobile']}\t{x['item']}\t{x['place']}" for x in _p)
MESSAGES.append({
    "id": "lostfound-071", "expect": "stop",
    "sender": KAWAGUCHI, "to": ["Sakura Trail Tours Operations <ops@sakuratrail-tours.com>"],
    "subject": "Items left by your tour group (Shinonome Line, 24 Oct)", "charset": "utf-8",
    "body": f"""Dear Operations team,

Your guide told the station staff that several members of the group "Autumn Kanto 7D"
left belongings on the train. We matched the following from the guide's phone list
(name / hotel room / mobile / item / where found):

{_tsv}

The group leaves Yokohama on 27 Oct. Please tell us whether the guide will collect the
items at Minato-Chuo or whether we should courier them to the hotel.
""" + SIG_KAWAGUCHI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six tour members (romaji names, mobiles) in tab-separated lines to a foreign tour operator",
})

# 072 — full card number forwarded to accounting, internal only
_card = next_card()
MESSAGES.append({
    "id": "lostfound-072", "expect": "pass",
    "sender": SAEKI, "to": ["経理 <keiri@hinode-sangyo.co.jp>"], "cc": [MORIOKA],
    "subject": "着払い不可のお客様：送料のカード決済について", "charset": "utf-8",
    "body": f"""経理ご担当者様

忘れ物センターの佐伯です。
海外在住のお客様で着払いが使えないため、送料（国際便 ¥6,400）をカードでお支払いいただく件です。
お客様からお電話で伺ったカード情報を共有します。決済後はこのメールを削除してください。

　名義：MIYU NAKAGAWA
　番号：{spaced(_card, 4, '-')}
　期限：11/27

よろしくお願いします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "CREDIT_CARD"], "detectors": [],
    "note": "a full card number, but only to internal accounting (hinode-sangyo.co.jp)",
})

# 073 — health check results described to the owner's employer (partner)
MESSAGES.append({
    "id": "lostfound-073", "expect": "stop",
    "sender": SAEKI, "to": ["北国フーズ 人事総務部 <jinji-soumu@kitaguni-foods.co.jp>"],
    "subject": "貴社名入り封筒（健康診断書類）の拾得について", "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 人事総務部 御中

お世話になっております。日の出産業 忘れ物センターの佐伯です。
港南バス車内で、貴社の社名入り封筒が拾得されましたのでご連絡いたします。

封筒には貴社従業員 岡本 浩二 様宛ての健康診断結果票が入っており、
「肝機能 要精密検査」「高血圧 要治療」との判定が記載されておりました。
ご本人様へご連絡いただき、センターまでお受け取りにお越しいただけますでしょうか。

封筒は開封された状態で拾得されております。中身は記載確認のみ行いました。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named employee's health check results (要精密検査, 高血圧) sent to an external company",
})

# 074 — the word 社外秘 only describes a found envelope (hard pass)
MESSAGES.append({
    "id": "lostfound-074", "expect": "pass",
    "sender": SAEKI, "to": ["川崎電機 総務部 受付 <soumu-uketsuke@kawasaki-denki.co.jp>"],
    "subject": "貴社の書類封筒の拾得について", "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 総務部 御中

お世話になっております。日の出産業 忘れ物センターの佐伯です。
東雲線の網棚で、貴社のロゴ入りA4封筒（厚さ約1cm）が拾得されました。
封筒の表に貴社の「社外秘」スタンプが押されておりましたので、中身は一切確認しておりません。
封をしたまま金庫で保管しております。

お心当たりの部署の方に、社員証をお持ちのうえセンター窓口へお越しいただくよう
お伝えいただけますでしょうか。保管期限は11月26日です。
""" + SIG_SAEKI,
    "entities": [], "detectors": [],
    "note": "社外秘 is only mentioned as what is stamped on a found envelope; the mail itself is not classified",
})

# 075 — XLSX with 部外秘 in its header and title row, to the auction house
MESSAGES.append({
    "id": "lostfound-075", "expect": "stop",
    "sender": TAKANASHI, "to": ["よろず公売 営業部 <eigyo@yorozu-koubai.jp>"],
    "subject": "来期の出品見込み（参考資料）", "charset": "cp932",
    "body": """よろず公売 営業部　大久保様

お世話になっております。小鳥遊です。
先日ご質問いただいた来期の出品見込みについて、社内資料をそのままお送りします。
受託先別の件数も載っていますが、参考程度にご覧ください。
""" + SIG_TAKANASHI,
    "attachments": [{"kind": "xlsx", "name": "来期出品見込み_社内検討.xlsx", "page_header": "部外秘",
                     "sheets": {"見込み": [["【部外秘】来期（2025年度）払下げ出品見込み", "", "", ""],
                                          ["受託先", "上期（点）", "下期（点）", "備考"],
                                          ["東雲鉄道", 4200, 4800, "契約更新交渉中"],
                                          ["港南バス", 1300, 1500, ""],
                                          ["星空空港ターミナル", 2100, 2600, "新規受託見込み"]]}}],
    "entities": [], "detectors": ["confidential_marking"],
    "note": "the XLSX is classified 部外秘 (header and title row) and goes to an external company",
})

# 076 — look-alike of the partner bank (extra 'u')
MESSAGES.append({
    "id": "lostfound-076", "expect": "stop",
    "sender": SAEKI, "to": ["みどり銀行 港南台支店 <konandai@midori-ginkou.co.jp>"],
    "subject": "キャッシュカード拾得（港南台駅前バス停）", "charset": "iso-2022-jp",
    "body": """みどり銀行 港南台支店 ご担当者様

お世話になっております。日の出産業 忘れ物センターの佐伯です。
港南台駅前のバス停で、貴行のキャッシュカードが拾得されました。

　口座：港南台支店 普通 6619043
　名義：ミウラ サキ

利用停止のご判断とご本人様へのご連絡をお願いいたします。
""" + SIG_SAEKI,
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"], "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
})

# 077 — bus company and airport company (two organisations)
MESSAGES.append({
    "id": "lostfound-077", "expect": "pass",
    "sender": MIYAZATO, "to": [BUS, AIRPORT],
    "subject": "空港リムジン車内拾得物の引継ぎ場所変更（11/1～）", "charset": "utf-8",
    "body": """港南バス 菅野様
星空空港ターミナル 石黒様

お世話になっております。空港分室の宮里です。
T2の工事に伴い、11/1から空港リムジン車内拾得物の引継ぎ場所を変更します。

　現在：T2 1F 9番のりば 待機所
　変更後：T2 B1F 遺失物取扱所 横の受付窓口（エレベーター②で地下へ）
　時間：変更なし（各便到着後 15分以内）

乗務員の方への周知をお願いいたします。構内図を次のメールでお送りします。
""" + SIG_MIYAZATO,
    "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To, operational mail without personal data",
})

# 078 — bullet list of five licences to the police (kana names, S-dates)
_p = folk(5)
_bl = "\n".join(f"・{x['kana']}　{wareki(*x['dob'], 'short')}生　免許証番号 {x['licence']}　（{rng.choice(['財布', '定期入れ', 'カードケース', 'ポーチ', '名刺入れ'])}に在中）"
                for x in _p)
MESSAGES.append({
    "id": "lostfound-078", "expect": "stop",
    "sender": ONUMA, "to": ["みなと中央警察署 交通課 <koutsu-minatochuo@police.hoshimi.lg.jp>"],
    "subject": "ご照会の件（運転免許証在中の拾得物）", "charset": "iso-2022-jp",
    "body": f"""みなと中央警察署 交通課　ご担当者様

お世話になっております。日の出産業 忘れ物センターの大沼です。
お電話でご照会のあった、今月センターで受理した物件のうち運転免許証が在中していたものは
次の5件です（現物はいずれも会計課へ提出済みです）。

{_bl}

以上、ご確認ください。
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], "detectors": ["personal_data"],
    "note": "five licence numbers with kana names and 和暦 DOBs (S58.4.2 style) in 「・」 bullets to the police",
})

# 079 — HTML-only FAQ draft for the client's website (no people)
MESSAGES.append({
    "id": "lostfound-079", "expect": "pass",
    "sender": NOGUCHI, "to": ["東雲鉄道 広報部 Web担当 <web@shinonome-rail.co.jp>"],
    "subject": "お忘れ物FAQ 改訂案", "charset": "utf-8",
    "html": """<html><body>
<p>東雲鉄道 広報部 Web担当者様</p>
<p>お世話になっております。日の出産業の野口です。お忘れ物ページのFAQ改訂案です。</p>
<table border="1" cellpadding="6">
<tr><th>質問</th><th>回答（案）</th></tr>
<tr><td>忘れ物をしたらどこに連絡すればよいですか？</td><td>お忘れ物センター（045-680-2210）またはWebフォームでお問い合わせください。</td></tr>
<tr><td>保管期間はどのくらいですか？</td><td>センターで約1か月保管したのち、遺失物法に基づき警察署へ引き渡します。</td></tr>
<tr><td>本人確認書類が財布の中にある場合は？</td><td>健康保険証と公共料金の領収書など、2点の書類で確認いたします。</td></tr>
<tr><td>送ってもらうことはできますか？</td><td>着払いでの返送を承ります（貴重品・現金を除く）。</td></tr>
</table>
<p>ご確認のほどよろしくお願いいたします。<br>野口 慎吾（日の出産業 お客様相談・品質管理チーム）</p>
</body></html>""",
    "entities": [], "detectors": [],
    "note": "HTML-only FAQ draft with the centre's switchboard number: no people",
})

# 080 — a CPAP machine returned by courier: the owner's condition is named
MESSAGES.append({
    "id": "lostfound-080", "expect": "stop",
    "sender": SHOJI, "to": ["はやて急便 港南営業所 <konan@hayate-kyubin.co.jp>"],
    "subject": "精密機器の返送（医療機器・取扱い注意）", "charset": "cp932",
    "body": """はやて急便 港南営業所 ご担当者様

お世話になります。東海林です。
本日、医療機器の返送を1件お願いします。壊れ物シールを貼ってお渡しします。

　お届け先：〒277-0852 千葉県柏市旭町5-3-19
　　　　　　太田 伸夫 様（04-7145-2236）
　品名：CPAP装置（睡眠時無呼吸症候群の治療用）1台　※専用バッグ入り
　ご本人より「毎晩使用するため今日中に発送してほしい」とのご要望です。

夜間帯のお届け（19-21時）でお願いいたします。
""" + SIG_SHOJI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one owner's address plus his medical condition (睡眠時無呼吸症候群の治療機器) to a carrier",
})

# 081 — reply to the bus company; its list is quoted under 差出人/送信日時
_p = folk(6)
_ql = "\n".join(f"{x['kanji']}　{x['mobile']}　{x['item']}" for x in _p)
MESSAGES.append({
    "id": "lostfound-081", "expect": "pass",
    "sender": SAEKI, "to": [BUS],
    "subject": "RE: 営業所保管分の持ち主リスト", "charset": "iso-2022-jp",
    "body": f"""菅野様

リストありがとうございます。佐伯です。
6件ともセンターのシステムに登録しました。明日の集約便で回収いたします。
持ち主の方からセンターに問い合わせがあった場合は、こちらからご案内します。

佐伯

差出人: 菅野 <kanno.t@konan-bus.co.jp>
送信日時: 2024年10月28日 11:47
宛先: 佐伯 真理
件名: 営業所保管分の持ち主リスト

佐伯様
港南台営業所で保管している分で、持ち主がわかっているものです。
{_ql}
よろしくお願いします。
""" + SIG_SAEKI,
    "entities": [], "detectors": [],
    "note": "the six-person list is only in the quoted original (差出人/送信日時) from the recipient",
})

# 082 — forward (転送) of an owner's mail that contains a card number
_card = next_card()
MESSAGES.append({
    "id": "lostfound-082", "expect": "stop",
    "sender": SAEKI, "to": ["ミライカード 紛失・盗難受付デスク <lost-desk@mirai-card.co.jp>"],
    "subject": "転送：クレジットカード紛失の件", "charset": "utf-8",
    "body": f"""ミライカード 紛失・盗難受付デスク ご担当者様

忘れ物センターの佐伯です。当センターには該当のカードは届いておりません。
お客様が貴社への連絡方法が分からないとのことでしたので、いただいたメールを転送いたします。

-------- 転送メッセージ --------
差出人: 西村 康平 <kohei.nishimura.73@yahoo.co.jp>
件名: クレジットカード紛失の件

港南バスの車内でクレジットカードを落としたかもしれません。
カード番号は {_card}、名義は KOHEI NISHIMURA です。
届いていたら連絡ください。090-6673-1528
""" + SIG_SAEKI,
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "a forward is new text to the card company: it carries a full card number",
})

# 083 — list of carrier branches (businesses)
MESSAGES.append({
    "id": "lostfound-083", "expect": "pass",
    "sender": SHOJI, "to": [RAIL],
    "subject": "駅留め返送に対応できる運送会社営業所の一覧", "charset": "utf-8",
    "body": """東雲鉄道 田村様

お世話になっております。東海林です。
駅長室留めの返送に対応できる営業所を一覧にしました。

・青葉運輸 横浜法人営業所　　TEL 045-450-7711　受付 8:00-20:00
・青葉運輸 港北センター　　　TEL 045-540-2280　受付 8:00-21:00
・はやて急便 港南営業所　　　TEL 045-830-6615　受付 9:00-19:00
・はやて急便 川崎中原営業所　TEL 044-733-0418　受付 9:00-19:00
・はやて急便 柏営業所　　　　TEL 04-7160-3392　受付 9:00-18:00

いずれも前日17時までの依頼で翌日配達です。
""" + SIG_SHOJI,
    "entities": [], "detectors": [],
    "note": "a list of carrier branch offices and their phone numbers: businesses, not people",
})

# 084 — English: two airlines and the terminal company in To (three parties)
MESSAGES.append({
    "id": "lostfound-084", "expect": "stop",
    "sender": KAWAGUCHI,
    "to": ["m.whitfield@skylark-air.com", "Lost Property <lostproperty.hzr@pacificwings.com>", AIRPORT],
    "subject": "T2 renovation - temporary lost & found counter from 1 Dec", "charset": "utf-8",
    "body": """Dear all,

From 1 December the T2 Lost & Found counter will move temporarily to B1F (next to the
currency exchange) while the arrivals hall is renovated. Opening hours do not change.

For airlines: please continue to hand over items found on board at the daily 15:00
pick-up; our staff will now come to the gate instead of the cabin crew bringing the items.

A floor map will follow next week.
""" + SIG_KAWAGUCHI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (two airlines and the terminal company) see each other in To",
})

# 085 — multi-level quoted thread; new text lists three attendees with phones
MESSAGES.append({
    "id": "lostfound-085", "expect": "pass",
    "sender": ONUMA, "to": [RAIL],
    "subject": "Re: Re: 11/8 合同打合せ 出席者", "charset": "iso-2022-jp",
    "body": """田村様

ご連絡ありがとうございます。当社からの出席者は以下の3名です。
当日何かあれば各自の携帯にご連絡ください。

・大沼 健太（センター長代理）080-3321-7045
・小鳥遊 恵（業務管理課）　　080-4492-1163
・宮里 彩（空港分室）　　　　070-1185-6627

大沼

> 大沼様
> 出席者のお名前と、当日連絡のつく番号をお知らせください。
> 田村
>
>> 田村様
>> 11/8の打合せ、会議室Bを押さえました。
>> 大沼
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three attendees with mobiles (a short list under five) in a normal reply thread",
})

# 086 — corrupt DOCX to the police
MESSAGES.append({
    "id": "lostfound-086", "expect": "stop",
    "sender": SAEKI, "to": [POLICE],
    "subject": "拾得物件預り書（控）の写し", "charset": "iso-2022-jp",
    "body": """みなと中央警察署 会計課 遺失物係　井口様

お世話になっております。佐伯です。
ご依頼の預り書控えの写しを Word で作成しましたので添付します。
スキャナの不調で画像ではなく転記版となっております。ご了承ください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "corrupt", "name": "預り書控え_M-1022.docx"}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
})

# 087 — English: a passenger's HIV medication named
MESSAGES.append({
    "id": "lostfound-087", "expect": "stop",
    "sender": KAWAGUCHI, "to": ["baggage.hzr@skylark-air.com"],
    "subject": "URGENT - medication found, passenger on SK 806", "charset": "utf-8",
    "body": """Hello Mark,

A pouch of prescription medicine was found at Gate 62 after SK 806 departed this morning.
The pharmacy label reads "Mr. Daniel Reyes" and the tablets are antiretroviral drugs for
his HIV treatment (a 30-day supply).

As he may be without his medication abroad, could you contact him through the booking
and ask where we should send it? We can arrange an express courier today.
""" + SIG_KAWAGUCHI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named passenger's HIV treatment (medical information) sent to an airline",
})

# 088 — English to an owner: a passport found, no number given
MESSAGES.append({
    "id": "lostfound-088", "expect": "pass",
    "sender": KAWAGUCHI, "to": ["lucas.moreau.paris@icloud.com"],
    "subject": "Your passport - Shinonome Railway Lost & Found", "charset": "utf-8",
    "body": """Dear Mr. Moreau,

Thank you for your enquiry. We are pleased to tell you that a French passport matching
your description was handed in at Sakura-zaka Station yesterday afternoon.

For security reasons we cannot confirm passport details by e-mail. Please come to the
Lost & Found Center (Minato-Chuo Station, north exit) with another photo ID, or ask your
embassy to contact us. Opening hours: 9:00-19:00 every day.
""" + SIG_KAWAGUCHI,
    "entities": [], "detectors": ["freemail_recipient"],
    "note": "an owner on free mail told a passport was found, without any number",
})

# 089 — look-alike of the partner vendor (extra 's')
MESSAGES.append({
    "id": "lostfound-089", "expect": "stop",
    "sender": "情報システム 北条 <r.hojo@hinode-sangyo.co.jp>", "to": ["三好 <miyoshi@tsubasa-systems.jp>"],
    "subject": "検証環境の接続情報について", "charset": "iso-2022-jp",
    "body": """ツバサシステム 三好様

お世話になっております。日の出産業の北条です。
来週からの移行検証について、当社側の検証環境の準備が整いました。
VPNの接続手順書は別途ファイル共有サービスでお渡しします。

検証開始は11/5（火）10:00を予定しています。よろしくお願いします。

北条 亮
日の出産業株式会社 情報システム部
""",
    "entities": [], "detectors": ["lookalike_domain"],
    "note": "tsubasa-systems.jp is a look-alike of the partner tsubasa-system.jp (added 's')",
})

# 090 — auction list PDF that still carries the identified owners (6)
_p = folk(6)
_tab = [["ロットNo", "品名", "最低価格", "所有者判明", "所有者氏名", "所有者電話", "備考"]]
for _i, _x in enumerate(_p, 1):
    _tab.append([f"L-04-{_i:03d}", _x["item"], f"{rng.choice([500, 800, 1500, 3000])}", "済",
                 _x["kanji"], _x["mobile"], "所有権放棄書あり"])
MESSAGES.append({
    "id": "lostfound-090", "expect": "stop",
    "sender": TAKANASHI, "to": ["よろず公売 出品受付 <shuppin@yorozu-koubai.jp>"],
    "subject": "第4回払下げ 追加出品（所有権放棄分）", "charset": "utf-8",
    "body": """よろず公売 出品受付ご担当者様

お世話になっております。小鳥遊です。
所有者が判明したものの所有権を放棄された物件を、第4回に追加で出品します。
明細をPDFでお送りします。
""" + SIG_TAKANASHI,
    "attachments": [{"kind": "pdf", "name": "追加出品明細_第4回.pdf",
                     "lines": ["第4回払下げ 追加出品明細（所有権放棄分）", ""], "table": _tab}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "an auction list whose owner columns still hold six people's names and phones",
})

# 091 — internal forward of a complaint with health details (internal only)
MESSAGES.append({
    "id": "lostfound-091", "expect": "pass",
    "sender": NOGUCHI, "to": [ONUMA, "m.takanashi@mail.hinode-sangyo.co.jp"],
    "subject": "FW: お客様の声（10/27 窓口対応）", "charset": "utf-8",
    "body": """大沼さん、小鳥遊さん

窓口対応についてのお申出です。事実確認をお願いします。

---------- Forwarded message ----------
From: お客様の声フォーム
件名: 窓口対応について

10/27に杖を受け取りに行った福田です。パーキンソン病で長く立っていられないと伝えたのに、
椅子も用意してもらえず20分立たされました。障害者手帳も見せたのに配慮がありませんでした。
福田 恵子　045-562-8810
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "sensitive health data of a named customer, but forwarded only to internal colleagues",
})

# 092 — 【極秘】 in the subject, to the law firm
MESSAGES.append({
    "id": "lostfound-092", "expect": "stop",
    "sender": ONUMA, "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"], "cc": [NOGUCHI],
    "subject": "【極秘】現金紛失（センター内）に関するご相談", "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。日の出産業の大沼です。
センターの金庫で保管していた現金入り封筒（受理番号 M-1019-022、現金 80,000円）が
10月末の棚卸で所在不明となっている件でご相談させてください。

遺失者の中川 美咲様（090-2231-8874）には、まだお伝えしておりません。
警察への届出の要否と、遺失者様への説明の順序についてご助言をお願いいたします。
""" + SIG_ONUMA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["confidential_marking", "personal_data"],
    "note": "the mail is classified 【極秘】 in its subject and goes to an external law firm",
})

# 093 — either: six owners by surname with their items, no contact details
MESSAGES.append({
    "id": "lostfound-093", "expect": "either",
    "sender": SAEKI, "to": [BUS],
    "subject": "51系統 10/27 終車の車内忘れ物（問い合わせ済み分）", "charset": "iso-2022-jp",
    "body": """菅野様

お疲れさまです。佐伯です。
10/27の51系統 終車で回収された忘れ物のうち、すでにセンターに問い合わせのあった分です。
営業所に直接来られた場合はセンターへ回送済みとお伝えください。

　鈴木様　　：黒い手袋（片方）
　渡辺様　　：文庫本（カバー付き）
　一尺八寸様：ベビーカー用ブランケット
　山口様　　：折りたたみ傘（水色）
　仲宗根様　：紙袋（お菓子の箱）
　木村様　　：イヤホンケース
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME"], "detectors": ["personal_data"],
    "note": "six surnames each with the item they lost, no contact data: is that a list of people's records?",
})

# 094 — English operational mail to the partner hotel, with the disclaimer
MESSAGES.append({
    "id": "lostfound-094", "expect": "pass",
    "sender": KAWAGUCHI, "to": ["Guest Services <guest.services@sakura-hotel.jp>"],
    "subject": "Shuttle bus lost property - new pick-up routine", "charset": "utf-8",
    "body": """Dear Guest Services team,

Following our call, from 1 November items left on the Sakura Hotel shuttle will be
brought to your front desk twice a day (11:00 and 17:00) instead of being taken to our
center. Items not claimed within 3 days will then be collected by our driver.

Please keep using the handover sheet we provided (item, time found, bus number).
""" + SIG_KAWAGUCHI + DISCLAIMER_EN,
    "entities": [], "detectors": [],
    "note": "English operational mail to a partner with the standard confidentiality disclaimer",
})

# 095 — text + HTML list of five complaints: e-mails and phones, no names
_rows5 = [(f"2024/10/{20 + i}", f"{rng.choice(['taka', 'hana', 'yuki', 'kei', 'sora'])}{rng.randint(100, 999)}@{rng.choice(FREEMAIL)}",
           _mobile(), t) for i, t in enumerate(
    ["返送が遅い", "電話がつながらない", "窓口の説明が不十分", "Webフォームの返信がない", "傘が破損していた"])]
_txt = "\n".join(f"{d}\t{m}\t{p}\t{t}" for d, m, p, t in _rows5)
_htm = "".join(f"<tr><td>{d}</td><td>{m}</td><td>{p}</td><td>{t}</td></tr>" for d, m, p, t in _rows5)
MESSAGES.append({
    "id": "lostfound-095", "expect": "stop",
    "sender": NOGUCHI, "to": ["コールナビ SV 吉岡様 <yoshioka@callnavi.co.jp>"],
    "subject": "折り返し対応のお願い（苦情5件）", "charset": "utf-8",
    "body": "吉岡様\n\n野口です。今週の苦情のうち、折り返しが必要な5件です。\n\n受付日\tメール\t電話\t内容\n"
            + _txt + "\n\nよろしくお願いします。\n" + SIG_NOGUCHI,
    "html": "<html><body><p>吉岡様</p><p>野口です。今週の苦情のうち、折り返しが必要な5件です。</p>"
            "<table border='1'><tr><th>受付日</th><th>メール</th><th>電話</th><th>内容</th></tr>"
            + _htm + "</table><p>よろしくお願いします。</p></body></html>",
    "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five complainants' e-mail addresses and phones, no name column, to a contractor",
})

# 096 — internal XLSX with licence numbers (internal subdomain only)
_p = folk(9)
_rows = [["免許証在中物件（10月）", "", "", "", ""], ["受理番号", "氏名", "免許証番号", "電話", "状況"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([f"M-10-{_i:03d}", _x["kanji"], _x["licence"], _x["mobile"],
                  rng.choice(["返還済", "警察提出", "連絡待ち"])])
MESSAGES.append({
    "id": "lostfound-096", "expect": "pass",
    "sender": ONUMA, "to": ["wasuremono-leaders@mail.hinode-sangyo.co.jp"],
    "subject": "免許証在中物件の管理表（リーダー確認用）", "charset": "cp932",
    "body": "リーダー各位\n\n大沼です。10月分の免許証在中物件の管理表です。\n"
            "月次点検で状況欄の確認をお願いします。社外への転送は禁止です。\n\n大沼\n",
    "attachments": [{"kind": "xlsx", "name": "免許証在中物件_202410.xlsx", "sheets": {"10月": _rows}}],
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"], "detectors": [],
    "note": "licence numbers of nine people, but the only recipient is an internal subdomain",
})

# 097 — PPAP ZIP to the partner carrier
MESSAGES.append({
    "id": "lostfound-097", "expect": "stop",
    "sender": SHOJI, "to": [AOBA],
    "subject": "11月第1週 返送予定リスト（パスワード別送）", "charset": "iso-2022-jp",
    "body": """青葉運輸 横浜法人営業所 御中

お世話になります。東海林です。
来週の返送予定リストを送付します。個人情報保護のため暗号化ZIPとしております。
解凍パスワードは後ほど別メールにてお送りします。
""" + SIG_SHOJI,
    "attachments": [{"kind": "zip", "name": "henso_yotei_1104-1108.zip", "password": "aoba1104!",
                     "files": [{"kind": "csv", "name": "henso_yotei.csv", "encoding": "cp932",
                                "rows": [["管理番号", "お届け先名", "住所", "電話"],
                                         ["W-24-11-0001", "石川 颯太", "東京都大田区西蒲田5-2-8", "03-3735-2290"]]}]}],
    "entities": [], "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP (PPAP) to an external carrier: cannot be inspected",
})

# 098 — price list for returns (no people)
MESSAGES.append({
    "id": "lostfound-098", "expect": "pass",
    "sender": SHOJI, "to": [RAIL],
    "subject": "2025年度 返送手数料（改定案）", "charset": "cp932",
    "body": """東雲鉄道 田村様

お世話になっております。東海林です。
運賃改定に伴う返送手数料の改定案をお送りします（お客様負担分、税込）。

サイズ　　　関東　　　中部・東北　　近畿・北海道　　九州・沖縄
60　　　　　1,100円　　1,350円　　　　1,600円　　　　2,100円
80　　　　　1,400円　　1,650円　　　　1,900円　　　　2,500円
100　　　　 1,750円　　2,000円　　　　2,300円　　　　2,950円
貴重品（現金・カード類）は返送対象外のまま据え置きます。

ご意見をいただけましたら12月の運営会議で確定したいと思います。
""" + SIG_SHOJI,
    "entities": [], "detectors": [],
    "note": "a price list: business data",
})

# 099 — look-alike of the partner (dropped 'co.')
MESSAGES.append({
    "id": "lostfound-099", "expect": "stop",
    "sender": SAEKI, "to": ["川崎電機 情報システム部 <helpdesk@kawasaki-denki.jp>"],
    "subject": "貴社ノートPCの拾得について（資産管理シールあり）", "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 情報システム部 御中

お世話になっております。日の出産業 忘れ物センターの佐伯です。
東雲線車内で、貴社の資産管理シール（KD-PC-20931）が貼られたノートPCを拾得しました。
電源は入れておりません。

持ち主と思われる方（名刺入れが同じバッグに在中）：
　営業本部　小川 直樹 様　携帯 080-7741-0326

ご本人様または貴社ご担当者様にお受け取りいただけますでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["lookalike_domain", "personal_data"],
    "note": "kawasaki-denki.jp drops the 'co.' of the partner kawasaki-denki.co.jp",
})

# 100 — DOCX of six unreachable owners sent to the law firm
_p = folk(6)
_t = [["氏名", "住所", "最終連絡", "物件", "評価額"]]
for _x in _p:
    _t.append([_x["kanji"], _x["addr"], f"{rng.choice(['9/', '10/'])}{rng.randint(1, 28)} 不通（{_x['tel']}）",
               rng.choice(["腕時計", "ノートPC", "カメラ", "現金入り財布", "指輪"]),
               f"{rng.randint(8, 60) * 10000:,}円"])
MESSAGES.append({
    "id": "lostfound-100", "expect": "stop",
    "sender": NOGUCHI, "to": ["白川法律事務所 <office@shirakawa-law.jp>"],
    "subject": "高額物件の所有者と連絡が取れない件（資料送付）", "charset": "utf-8",
    "body": """白川法律事務所 御中
白川先生

お世話になっております。日の出産業の野口です。
先日ご相談した、所有者が判明しているものの連絡が取れない高額物件の件で、
対象者の一覧をWordにまとめました。内容証明の送付の要否についてご意見をお願いいたします。
""" + SIG_NOGUCHI,
    "attachments": [{"kind": "docx", "name": "連絡不通者一覧_高額物件.docx",
                     "paragraphs": ["連絡不通者一覧（高額物件）", "2024年10月31日 現在"], "tables": [_t]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six owners' names, addresses and phones in a DOCX table to an outside law firm",
})
