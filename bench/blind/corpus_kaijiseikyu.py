"""Blind corpus — AREA: kaijiseikyu.

個人情報の開示請求・苦情・漏えい対応: 日の出産業の個人情報保護管理室とお客様相談センターが、
開示・利用停止・削除の請求、苦情、漏えい等事案（個人情報保護委員会への報告を含む）に対応する
メール。相手は顧問弁護士・相手方代理人、委託先（コールセンター、印刷、配送、システム保守、
フォレンジック調査）、保険会社、認定個人情報保護団体、消費生活センター、そして請求者本人。

Written blind from BRIEF.md, build.py and SPEC.md only.  Lists of people are generated
deterministically below from invented name / address pools; every My Number and card
number comes from the helpers with SEED + k (k distinct in this file).
"""

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 44601

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("斎藤", "さいとう", "Saito"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("阿部", "あべ", "Abe"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"),
    ("後藤", "ごとう", "Goto"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"),
    ("三浦", "みうら", "Miura"), ("藤原", "ふじわら", "Fujiwara"), ("松田", "まつだ", "Matsuda"),
    ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("石井", "いしい", "Ishii"), ("上田", "うえだ", "Ueda"), ("柴田", "しばた", "Shibata"),
    ("工藤", "くどう", "Kudo"), ("宮崎", "みやざき", "Miyazaki"), ("内田", "うちだ", "Uchida"),
    ("安藤", "あんどう", "Ando"), ("谷口", "たにぐち", "Taniguchi"), ("丸山", "まるやま", "Maruyama"),
    ("今井", "いまい", "Imai"), ("杉山", "すぎやま", "Sugiyama"), ("千葉", "ちば", "Chiba"),
    ("久保", "くぼ", "Kubo"), ("野口", "のぐち", "Noguchi"), ("菊地", "きくち", "Kikuchi"),
    ("新井", "あらい", "Arai"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("五百旗頭", "いおきべ", "Iokibe"), ("薬袋", "みない", "Minai"), ("百目鬼", "どうめき", "Domeki"),
    ("御手洗", "みたらい", "Mitarai"), ("東海林", "しょうじ", "Shoji"), ("小鳥遊", "たかなし", "Takanashi"),
    ("九十九", "つくも", "Tsukumo"), ("鬼頭", "きとう", "Kito"), ("栗栖", "くりす", "Kurisu"),
    ("比嘉", "ひが", "Higa"), ("我那覇", "がなは", "Ganaha"), ("仲宗根", "なかそね", "Nakasone"),
    ("蛯名", "えびな", "Ebina"), ("狩野", "かのう", "Kano"), ("饗庭", "あいば", "Aiba"),
    ("雲母", "きら", "Kira"), ("日下部", "くさかべ", "Kusakabe"), ("宇佐美", "うさみ", "Usami"),
]
_MEI = [
    ("翔太", "しょうた", "Shota", "M"), ("大輔", "だいすけ", "Daisuke", "M"),
    ("健太", "けんた", "Kenta", "M"), ("拓也", "たくや", "Takuya", "M"),
    ("直樹", "なおき", "Naoki", "M"), ("和也", "かずや", "Kazuya", "M"),
    ("誠", "まこと", "Makoto", "M"), ("浩二", "こうじ", "Koji", "M"),
    ("悠真", "ゆうま", "Yuma", "M"), ("蓮", "れん", "Ren", "M"), ("湊", "みなと", "Minato", "M"),
    ("隆", "たかし", "Takashi", "M"), ("正人", "まさと", "Masato", "M"),
    ("勝利", "かつとし", "Katsutoshi", "M"), ("康弘", "やすひろ", "Yasuhiro", "M"),
    ("竜之介", "りゅうのすけ", "Ryunosuke", "M"), ("忠", "ただし", "Tadashi", "M"),
    ("陽向", "ひなた", "Hinata", "M"), ("修", "おさむ", "Osamu", "M"), ("一郎", "いちろう", "Ichiro", "M"),
    ("陽子", "ようこ", "Yoko", "F"), ("美咲", "みさき", "Misaki", "F"), ("由美", "ゆみ", "Yumi", "F"),
    ("恵子", "けいこ", "Keiko", "F"), ("彩花", "あやか", "Ayaka", "F"), ("真由美", "まゆみ", "Mayumi", "F"),
    ("さくら", "さくら", "Sakura", "F"), ("結衣", "ゆい", "Yui", "F"), ("千尋", "ちひろ", "Chihiro", "F"),
    ("智子", "ともこ", "Tomoko", "F"), ("芽依", "めい", "Mei", "F"), ("紗希", "さき", "Saki", "F"),
    ("和子", "かずこ", "Kazuko", "F"), ("律子", "りつこ", "Ritsuko", "F"), ("葵", "あおい", "Aoi", "F"),
    ("春菜", "はるな", "Haruna", "F"), ("静香", "しずか", "Shizuka", "F"), ("ふみ", "ふみ", "Fumi", "F"),
    ("琴音", "ことね", "Kotone", "F"), ("麻衣", "まい", "Mai", "F"),
]
# (〒, 都道府県市区町村町名, 市外局番) — house numbers are invented per person
_TOWNS = [
    ("980-0811", "宮城県仙台市青葉区一番町", "022"), ("330-0063", "埼玉県さいたま市浦和区高砂", "048"),
    ("260-0013", "千葉県千葉市中央区中央", "043"), ("273-0005", "千葉県船橋市本町", "047"),
    ("171-0021", "東京都豊島区西池袋", "03"), ("164-0001", "東京都中野区中野", "03"),
    ("180-0004", "東京都武蔵野市吉祥寺本町", "0422"), ("192-0046", "東京都八王子市明神町", "042"),
    ("154-0024", "東京都世田谷区三軒茶屋", "03"), ("135-0016", "東京都江東区東陽", "03"),
    ("120-0034", "東京都足立区千住", "03"), ("220-0004", "神奈川県横浜市西区北幸", "045"),
    ("252-0231", "神奈川県相模原市中央区相模原", "042"), ("251-0025", "神奈川県藤沢市鵠沼石上", "0466"),
    ("420-0853", "静岡県静岡市葵区追手町", "054"), ("430-0944", "静岡県浜松市中央区田町", "053"),
    ("460-0008", "愛知県名古屋市中区栄", "052"), ("464-0850", "愛知県名古屋市千種区今池", "052"),
    ("500-8833", "岐阜県岐阜市神田町", "058"), ("520-0044", "滋賀県大津市京町", "077"),
    ("530-0012", "大阪府大阪市北区芝田", "06"), ("543-0001", "大阪府大阪市天王寺区上本町", "06"),
    ("590-0077", "大阪府堺市堺区中瓦町", "072"), ("650-0021", "兵庫県神戸市中央区三宮町", "078"),
    ("662-0918", "兵庫県西宮市六湛寺町", "0798"), ("700-0901", "岡山県岡山市北区本町", "086"),
    ("730-0011", "広島県広島市中区基町", "082"), ("760-0050", "香川県高松市亀井町", "087"),
    ("790-0003", "愛媛県松山市三番町", "089"), ("812-0011", "福岡県福岡市博多区博多駅前", "092"),
    ("810-0001", "福岡県福岡市中央区天神", "092"), ("860-0806", "熊本県熊本市中央区花畑町", "096"),
    ("890-0053", "鹿児島県鹿児島市中央町", "099"), ("900-0015", "沖縄県那覇市久茂地", "098"),
    ("950-0087", "新潟県新潟市中央区東大通", "025"), ("920-0853", "石川県金沢市本町", "076"),
    ("310-0015", "茨城県水戸市宮町", "029"), ("370-0841", "群馬県高崎市栄町", "027"),
    ("320-0811", "栃木県宇都宮市大通り", "028"), ("060-0061", "北海道札幌市中央区南一条西", "011"),
]
_BLDG = ["", "", "", "", "メゾン青葉", "コーポ緑川", "パークハイツ", "グランシティ", "サンライズ",
         "ハイム桜", "ライオンズプラザ", "エステート南", "リバーサイド", "レジデンス東"]
_FREEMAIL = ["gmail.com", "gmail.com", "yahoo.co.jp", "yahoo.co.jp", "icloud.com", "outlook.jp",
             "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "au.com"]
_BANKS = [("みどり銀行", ["本店営業部", "新橋支店", "川口支店", "大宮支店"]),
          ("北斗銀行", ["札幌中央支店", "旭川支店", "函館支店"]),
          ("若葉信用金庫", ["本店", "駅前支店", "東口支店"]),
          ("瀬戸内銀行", ["岡山支店", "倉敷支店", "高松支店"]),
          ("あおぞら台銀行", ["渋谷支店", "池袋支店", "横浜西口支店"])]


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_FW = str.maketrans("0123456789-/():.", "０１２３４５６７８９－／（）：．")


def zen(s: str) -> str:
    return s.translate(_FW)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d < _dt.date(1989, 1, 8):
        era, short, y = "昭和", "S", d.year - 1925
    elif d < _dt.date(2019, 5, 1):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "令和", "R", d.year - 2018
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{short}{y}.{d.month}.{d.day}"
    return f"{short}{y:02d}.{d.month:02d}.{d.day:02d}"


def people(n: int, key: str) -> list:
    """n invented people, deterministic per message key."""
    rng = _random.Random(f"{SEED}-{key}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        zipc, town, area = rng.choice(_TOWNS)
        house = (f"{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
                 if rng.random() < 0.4 else
                 f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}")
        b = rng.choice(_BLDG)
        if b:
            house += f" {b}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
        if len(area) == 2:
            tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(0, 9999):04d}"
        elif len(area) == 3:
            tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        else:
            tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(0, 9999):04d}"
        mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        dob = _dt.date(1946, 1, 1) + _dt.timedelta(days=rng.randint(0, 21000))
        local = rng.choice([
            f"{mei[2].lower()}.{sei[2].lower()}",
            f"{sei[2].lower()}{mei[2][0].lower()}{dob.year % 100:02d}",
            f"{mei[2].lower()}{rng.randint(1, 999)}",
            f"{sei[2][0].lower()}{mei[2].lower()}_{dob.month:02d}{dob.day:02d}",
            f"{mei[2].lower()}-{sei[2].lower()}{rng.randint(10, 99)}",
        ])
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
            "kana": f"{kata(sei[1])} {kata(mei[1])}", "hira": f"{sei[1]} {mei[1]}",
            "romaji": f"{mei[2]} {sei[2]}", "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}",
            "sex": mei[3], "zip": zipc, "addr": town + house, "pref_city": town,
            "tel": tel, "mob": mob, "phone": mob if rng.random() < 0.7 else tel,
            "email": f"{local}@{rng.choice(_FREEMAIL)}", "dob": dob,
            "member": f"{rng.randint(10, 99)}{rng.randint(0, 999999):06d}",
            "age": 2026 - dob.year,
            "bank": rng.choice(_BANKS), "acct": f"{rng.randint(0, 9999999):07d}",
            "rng": rng,
        })
    for p in out:
        bank, branches = p["bank"]
        p["bank_name"], p["branch"] = bank, p["rng"].choice(branches)
    return out


def dw(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(s, width: int, zenkaku: bool = False) -> str:
    s = str(s)
    gap = width - dw(s)
    if zenkaku:
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def table(rows, gap: str = "  ", rule: str = "-", zenkaku: bool = False, indent: str = "") -> str:
    """Columns padded under a header, with a rule line — as people paste them."""
    widths = [max(dw(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [pad(c, widths[i], zenkaku) if i < len(r) - 1 else str(c) for i, c in enumerate(r)]
        lines.append(indent + gap.join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + dw(gap) * (len(widths) - 1)
            lines.append(indent + rule * (total // dw(rule)))
    return "\n".join(lines)


def corp_no(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + base12


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- signatures and disclaimers ----------------------------------------------------------

HINODE_ADDR = "〒105-0021 東京都港区東新橋3-7-12 日の出ビル"

SIG_MAKABE = f"""
――――――――――――――――――――――――
日の出産業株式会社
個人情報保護管理室　室長
真壁 理沙（Makabe Risa）
{HINODE_ADDR} 8F
TEL 03-5412-7780（直通）／FAX 03-5412-7781
makabe.risa@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_TOKI = f"""
--
日の出産業株式会社 個人情報保護管理室
主任 土岐 慎吾（とき しんご）
{HINODE_ADDR} 8F
TEL: 03-5412-7782 / 内線 4812
Mail: toki.shingo@hinode-sangyo.co.jp"""

SIG_KUME = """
******************************
日の出産業株式会社
個人情報保護管理室　久米 早苗
TEL 03-5412-7783（内線4815）
kume.sanae@hinode-sangyo.co.jp
******************************"""

SIG_SAKAKIBARA = f"""
━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　お客様相談センター
センター長　榊原 健一
{HINODE_ADDR} 3F
TEL 03-5412-7700（代表） 0120-61-0880（フリーダイヤル）
sakakibara.kenichi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SAOTOME = """
----------------------------------------
日の出産業株式会社 お客様相談センター
スーパーバイザー 早乙女 千夏
TEL: 0120-61-0880（受付 9:00〜18:00）
Mail: saotome.chinatsu@cs.hinode-sangyo.co.jp
----------------------------------------"""

SIG_HANYU = """
－－－－－－－－－－－－－－－－－－－－
日の出産業(株) お客様相談センター
羽生 亮（はにゅう りょう）
0120-61-0880 ／ 内線 3307
－－－－－－－－－－－－－－－－－－－－"""

SIG_MADOGUCHI = f"""
======================================
日の出産業株式会社
個人情報お問い合わせ窓口（個人情報保護管理室）
{HINODE_ADDR}
TEL 0120-61-0885（平日 10:00〜17:00）
E-mail kaiji-madoguchi@hinode-sangyo.co.jp
======================================"""

SIG_WASHIO = f"""
--
日の出産業株式会社 法務部
鷲尾 隆之
{HINODE_ADDR} 9F
TEL 03-5412-7790"""

SIG_WATANUKI = """
--
Yu Watanuki / 綿貫 悠
情報システム部 セキュリティ対策室（HINODE-CSIRT）
日の出産業株式会社
TEL 03-5412-7820 / csirt@hinode-sangyo.co.jp"""

SIG_ICHINOSE = f"""
────────────────────
日の出産業株式会社　人事部 労務グループ
一ノ瀬 葵
{HINODE_ADDR} 5F
TEL 03-5412-7730
────────────────────"""

SIG_MAKABE_EN = """
--
Risa Makabe
Head of Privacy Office
Hinode Sangyo Co., Ltd.
3-7-12 Higashi-Shimbashi, Minato-ku, Tokyo 105-0021, Japan
Tel: +81-3-5412-7780"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡いただき、本メールおよび添付ファイルを削除してください。"""

DISC_JA2 = """
【ご注意】このメールは送信先として指定された方のみを対象としています。宛先に心当たりの
ない場合は、恐れ入りますが破棄のうえ送信者までご一報ください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list = []


def msg(n: int, **kw) -> None:
    kw.pop("rng", None)
    MESSAGES.append({"id": f"kaijiseikyu-{n:03d}", **kw})


# =======================================================================================
# 001 — 削除依頼の反映依頼をコールセンター委託先へ（本文に8名の一覧）
_p = people(8, "001")
msg(1,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>"],
    subject="【依頼】削除・利用停止受付分（10/5〜10/9）の架電リスト反映について",
    charset="cp932",
    body=f"""株式会社ベルヴォイス・コミュニケーションズ
日の出産業様担当チーム　宍戸様

いつもお世話になっております。
日の出産業 お客様相談センターの早乙女です。

先週（10/5〜10/9）に当センターで受け付けた、利用停止・削除のご依頼分をお送りします。
貴社側のアウトバウンド架電リストおよび応対履歴システムからの削除反映をお願いいたします。
反映が完了しましたら、完了日のみご返信いただければ結構です。

{table([["会員番号", "氏名", "電話番号", "メールアドレス", "受付日"]] + [[p["member"], p["name"], p["phone"], p["email"], f"10/{5 + i % 5:02d}"] for i, p in enumerate(_p)])}

※受付番号 SK-2026-0388〜0395 の8件です。
※うち2件は「DMも不要」とのことで、当社側の発送停止は対応済みです。

よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8 customers' names, phones and e-mails pasted as a padded list to the call-centre processor",
)

# 002 — 開示請求の受付通知を請求者本人（フリーメール）へ
msg(2,
    sender="個人情報お問い合わせ窓口 <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["oikawa.tsumugi1987@gmail.com"],
    subject="保有個人データ開示請求の受付について（受付番号 KJ-2026-0217）",
    charset="iso-2022-jp",
    body=f"""及川 紬 様

このたびは当社へ保有個人データの開示請求をいただき、ありがとうございます。
10月8日付で郵送にてお送りいただいた請求書および本人確認書類の写しを、
10月10日に受領いたしましたのでお知らせいたします。

　受付番号：KJ-2026-0217
　請求の種類：開示（利用目的の通知を含む）
　回答予定：受付日から2週間程度

回答は、ご指定いただいた方法（書面の郵送）にてお送りします。
内容によってはお時間をいただく場合がございますが、その際は改めてご連絡いたします。

本メールは送信専用アドレスではございません。ご不明な点は本メールへのご返信、
または下記フリーダイヤルにてお問い合わせください（受付番号をお伝えください）。
{SIG_MADOGUCHI}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="receipt notice to the requester herself on free mail; only her name and a ticket number",
)

# 003 — 誤封入事案の対象者一覧（XLSX、タイトル行つき、2シート）を顧問弁護士へ
_p = people(12, "003")
msg(3,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>"],
    subject="DM誤封入事案 対象者一覧のご送付（10/16ご相談分）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 修一 先生

いつも大変お世話になっております。日の出産業の真壁でございます。

先日お電話でご相談いたしました会員向けDMの誤封入事案につきまして、
現時点で判明している対象者の一覧を添付いたします。
「対象者一覧」シートが他人のDMを受け取った方／自分のDMが他人に届いた方の組合せ、
「経過」シートが当社および印刷委託先での対応経過です。

本人通知の文面と、委員会報告の要否についてご意見を頂戴できますと幸いです。
16日（金）14時のお打合せでは、このファイルをもとにご説明いたします。

何卒よろしくお願い申し上げます。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "xlsx", "name": "誤封入_対象者一覧_20261014.xlsx",
        "sheets": {
            "対象者一覧": [["DM誤封入事案 対象者一覧（2026年10月14日 18時時点）"], [],
                        ["No", "会員番号", "氏名", "フリガナ", "郵便番号", "住所", "誤封入先会員番号", "申出有無"]]
                       + [[i + 1, p["member"], p["name"], p["kana"], p["zip"], p["addr"],
                           _p[(i + 1) % 12]["member"], "有" if i % 4 == 0 else ""] for i, p in enumerate(_p)],
            "経過": [["日付", "内容", "担当"],
                   ["10/9", "会員様より「他人のDMが同封されていた」との申出（相談センター）", "相談C"],
                   ["10/10", "錦印刷様へ連絡、封入ラインの停止を依頼", "土岐"],
                   ["10/12", "封入ログ照合により12名の組合せを特定", "錦印刷・土岐"],
                   ["10/14", "顧問弁護士へ相談、本人通知文案作成中", "真壁"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="12 affected members with names, kana and addresses in an XLSX to the outside lawyer",
)

# 004 — 三者打合せの案内：弁護士・フォレンジック・保険会社が To/Cc で見える
msg(4,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 <shirakawa@shirakawa-law.jp>", "氷室 孝 <himuro@securetrace.co.jp>"],
    cc=["門脇 聡子 <kadowaki.satoko@towa-sonpo.co.jp>", "綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>"],
    subject="会員サイト不正アクセス事案 関係者打合せ（10/21）のご案内",
    charset="utf-8",
    body=f"""白川先生、セキュアトレース 氷室様、東和損害保険 門脇様

いつもお世話になっております。日の出産業の真壁です。
会員サイトへの不正アクセス事案につきまして、関係者での打合せを下記のとおり設定いたしました。

日時：2026年10月21日（水）15:00〜16:30
場所：日の出ビル 9F 第2会議室（Teamsでのご参加も可）
議題：
　1. フォレンジック調査の中間報告（セキュアトレース様）
　2. 個人情報保護委員会への確報の記載内容（白川先生）
　3. 保険金請求に必要な資料と費用の範囲（東和損害保険様）
　4. 本人通知・公表のスケジュール

Teams のURLは前日までに別途お送りします。
ご都合が悪い場合はお知らせください。

{SIG_MAKABE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (law firm, forensic vendor, insurer) see each other in To/Cc",
)

# 005 — 社内のみ：未処理の開示請求一覧（15名）
_p = people(15, "005")
msg(5,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>"],
    cc=["久米 早苗 <kume.sanae@hinode-sangyo.co.jp>", "早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>"],
    subject="未回答の開示請求（期限2週間以内）一覧",
    charset="cp932",
    body=f"""土岐さん

お疲れさまです。羽生です。
管理表から、回答期限まで2週間を切っている開示請求を抜き出しました。
本人確認が済んでいるのに回答書が未作成のものが多いので、割り振りのご相談をさせてください。

{table([["受付番号", "氏名", "生年月日", "連絡先", "期限", "状況"]] + [[f"KJ-2026-{180 + i * 3:04d}", p["name"], ymd(p["dob"]), p["phone"], f"10/{15 + i:02d}", ["本人確認済", "書類不備", "回答書作成中", "本人確認済", "代理人請求"][i % 5]] for i, p in enumerate(_p)])}

代理人請求の3件は委任状の原本待ちです。
よろしくお願いします。
{SIG_HANYU}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=[],
    note="15-person list but every recipient is internal (incl. the cs. subdomain)",
)

# 006 — 退職者の開示請求：社労士事務所へ基礎年金番号つき
msg(6,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["黒岩社会保険労務士事務所 黒岩先生 <kuroiwa@kuroiwa-sr.jp>"],
    subject="退職者からの開示請求（社会保険手続の記録）について",
    charset="iso-2022-jp",
    body=f"""黒岩先生

いつもお世話になっております。日の出産業 人事部の一ノ瀬です。

本年3月に退職した元社員より、在職中の社会保険手続に関する記録の開示請求がありました。
資格喪失届の控えと、厚生年金の記録について貴事務所で保管されている書類を確認したく、
下記の方の分をお調べいただけますでしょうか。

　氏名　　　　：蛯名 康弘（えびな やすひろ）
　生年月日　　：昭和５２年１１月３日
　基礎年金番号：４３０１－５２７７１８
　資格喪失日　：2026年4月1日
　社員番号　　：H-0412

本人は「年金事務所の記録と退職時にもらった書類の内容が違う」と申し立てています。
10月末までに回答したいので、お手数ですがよろしくお願いいたします。
{SIG_ICHINOSE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a former employee's 基礎年金番号 (full-width) sent to an outside labour-law office",
)

# 007 — 顧問弁護士への相談（個人データなし、免責文つき）
msg(7,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="ご相談：通話録音データの開示請求と「業務の適正な実施に著しい支障」",
    charset="utf-8",
    body=f"""小此木先生

お世話になっております。日の出産業 個人情報保護管理室の土岐です。

受付番号 KJ-2026-0201 の件で、判断に迷っている点がありご相談させてください。

請求者は当社お客様相談センターへの過去2年分の通話録音すべての開示を求めています。
録音には応対したオペレーターの声と氏名、社内エスカレーション時の内部のやりとりも
含まれており、全部をそのまま開示すると今後の応対業務に支障が出るおそれがあります。

伺いたいのは次の2点です。
　(1) オペレーターの発言部分を理由に一部不開示とすることは、法第33条第2項第2号の
　　　「業務の適正な実施に著しい支障を及ぼすおそれ」に当たると言えるか
　(2) 電磁的記録（音声ファイル）での提供を求められた場合、書面（文字起こし）での
　　　開示に代えることが認められるか

ガイドラインQ&Aの該当箇所も確認しましたが、当社のケースに当てはまるか自信がありません。
来週どこかで30分ほどお時間をいただけますと助かります。
{SIG_TOKI}
{DISC_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="legal question to the partner law firm; requester identified only by ticket number; standard disclaimer",
)

# 008 — 苦情：食品で入院したお客様の情報を製造委託先へ（要配慮）
msg(8,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["北国フーズ 品質保証部 相馬様 <soma.k@kitaguni-foods.co.jp>"],
    subject="【至急】冷凍ぎょうざ（ロット K26-0917）お客様申出の件",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
品質保証部　相馬様

いつもお世話になっております。日の出産業お客様相談センターの榊原です。
標記の件、本日お客様よりお申出がありましたので取り急ぎ共有いたします。

■お申出者
　氏名：宇佐美 律子 様（７２歳）
　住所：静岡県浜松市中央区田町2-14-9
　電話：053-455-7319
■内容
　10月3日に「北国の手包みぎょうざ 30個入」を調理して喫食。当日夜から嘔吐・下痢があり、
　翌日救急外来を受診、急性胃腸炎と診断され3日間入院されたとのこと。
　現在は退院されていますが、持病の糖尿病があり、主治医から食事制限を受けているそうです。
　診断書のコピーは郵送いただける予定です。
■現品
　未開封品が1袋残っているとのことで、回収の手配をこちらで進めております。

同ロットの製造記録と、他に同様の申出がないかのご確認をお願いいたします。
お客様へは明日中に一次回答のお電話を差し上げる予定です。
{SIG_SAKAKIBARA}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's hospitalisation, diagnosis and diabetes (要配慮) sent to the manufacturer",
)

# 009 — HTMLのみ：不正ログイン疑いアカウントをフォレンジック業者へ
_p = people(10, "009")
_rows = "".join(
    f"<tr><td>{p['member']}</td><td>{p['email']}</td><td>{p['mob']}</td>"
    f"<td>2026-10-{3 + i % 4:02d} {2 + i}:{17 * i % 60:02d}</td><td>185.220.{100 + i}.{(37 * i) % 250}</td></tr>"
    for i, p in enumerate(_p))
msg(9,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["氷室 孝 <himuro@securetrace.co.jp>"],
    cc=["csirt@hinode-sangyo.co.jp"],
    subject="RE: 不正ログイン疑いアカウントのサンプル提供について",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>セキュアトレース株式会社<br>氷室様</p>
<p>お世話になっております。日の出産業 CSIRTの綿貫です。</p>
<p>ご依頼のあった、同一IPレンジからのログイン成功が確認されたアカウントのうち、
10件をサンプルとしてお送りします。<br>
登録電話番号はSMS認証の突合に必要とのことでしたので、そのまま記載しています。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>会員ID</th><th>ログインID（メール）</th><th>登録電話番号</th><th>最終ログイン</th><th>接続元IP</th></tr>
{_rows}
</table>
<p>残りの約1,800件は、別途セキュアファイル便でお渡しする予定です。</p>
<p>--<br>綿貫 悠 / HINODE-CSIRT<br>日の出産業株式会社 情報システム部<br>TEL 03-5412-7820</p>
</body></html>""",
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail: table of 10 members' login e-mails and phone numbers (no name column) to the forensic vendor",
)

# 010 — 4名分の削除反映（しきい値未満）
_p = people(4, "010")
msg(10,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>"],
    subject="架電停止のご依頼（4件）",
    charset="cp932",
    body=f"""ベルヴォイス 宍戸様

お世話になっております。日の出産業 相談センターの羽生です。
本日、電話での勧誘停止のお申出が4件ありましたので、架電リストからの除外をお願いします。

""" + "\n".join(f"{i + 1}. {p['name']}様　{p['phone']}" for i, p in enumerate(_p)) + f"""

いずれもDM・メールは継続希望とのことですので、架電のみ停止でお願いいたします。
{SIG_HANYU}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="only four people's names and phones to the processor: below the list threshold, may warn",
)

# 011 — 弁護士宛のつもりが shirakawa-law.co.jp（co. 追加のそっくりドメイン）
msg(11,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="繰り返しのお電話がある請求者の件（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の土岐です。

通話録音の開示を求めている請求者について、対応方針をご相談させてください。
9月以降、1日に10回以上お電話をいただく日が続いており、オペレーターが疲弊しております。

　氏名：藤 仁美 様
　住所：東京都中野区中野4-18-6 メゾン青葉302
　電話：090-6634-2078

先生から書面で窓口一本化をお願いする形が取れないか、ご検討いただけますでしょうか。
{SIG_TOKI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient domain shirakawa-law.co.jp is a look-alike of the partner shirakawa-law.jp",
)

# 012 — PPAP：開示結果をパスワードZIPで請求者へ
msg(12,
    sender="個人情報お問い合わせ窓口 <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["ryunosuke.kira@yahoo.co.jp"],
    subject="【開示結果のご送付】受付番号 KJ-2026-0196",
    charset="iso-2022-jp",
    body=f"""雲母 竜之介 様

日の出産業株式会社 個人情報お問い合わせ窓口でございます。
お待たせいたしました。受付番号 KJ-2026-0196 の開示請求につきまして、
開示結果（保有個人データ一覧および購入履歴）を添付ファイルにてお送りいたします。

電磁的記録での提供をご希望いただいておりましたので、PDFにてご用意しております。
添付ファイルはパスワードで保護しております。パスワードは別のメールにてお知らせいたします。

ご不明な点がございましたら、受付番号を添えてお問い合わせください。
{SIG_MADOGUCHI}""",
    attachments=[{
        "kind": "zip", "name": "KJ-2026-0196_開示結果.zip", "password": "Kj0196#hns",
        "files": [{"kind": "pdf", "name": "開示結果通知書.pdf",
                   "lines": ["保有個人データ開示結果通知書", "雲母 竜之介 様", "会員番号 51-204871",
                             "ご登録住所 東京都江東区東陽2-9-5", "ご登録電話 080-4471-9023"]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected ZIP (PPAP) that cannot be inspected, to the requester on free mail",
)

# 013 — 返信：弁護士の一覧は引用のみ、新しい本文は短い
_p = people(6, "013")
_quoted = "\n".join("> " + line for line in (
    "久米様\n\nお世話になっております。白川法律事務所の小此木です。\n"
    "ご送付いただいた代理人請求6件のうち、委任状の記載に不備があるものを以下に整理しました。\n\n"
    + table([["No", "請求者", "電話", "不備の内容"]] + [[str(i + 1), p["name"], p["phone"],
            ["押印なし", "委任事項の記載漏れ", "日付なし", "印鑑証明の期限切れ", "問題なし", "問題なし"][i]]
            for i, p in enumerate(_p)]) + "\n\n不備のある4件は請求者へ再提出を依頼いただくのがよいと思います。\n小此木"
).split("\n"))
msg(13,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="Re: 代理人請求6件の委任状確認結果",
    charset="utf-8",
    body=f"""小此木先生

ご確認いただきありがとうございます。
ご指摘の4件については、本日中に再提出のお願いを郵送いたします。
問題なしの2件は、このまま回答書の作成に入ります。

引き続きよろしくお願いいたします。
{SIG_KUME}

2026年10月13日(火) 11:42 小此木 遥 <okonogi@shirakawa-law.jp>:
{_quoted}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-person list is only in the quoted text of the lawyer's own mail; new text has no personal data",
)

# 014 — English: erasure requests to an overseas processor (CSV, UTF-8)
_p = people(7, "014")
msg(14,
    sender="Chinatsu Saotome <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["Priya Raman <p.raman@meridian-bpo.com>"],
    subject="Erasure requests - week 41 (English support line)",
    charset="utf-8",
    body=f"""Hi Priya,

Please find attached the erasure requests we received through the English support line
last week. Could your team remove these customers from the ticketing tool and the
call recordings archive, and confirm by Friday?

Seven requests in total; two of them also asked us to confirm in writing, which we
will handle from Tokyo.

Thanks and best regards,
Chinatsu

--
Chinatsu Saotome
Customer Center, Hinode Sangyo Co., Ltd.
Tel: +81-120-61-0880
{DISC_EN}""",
    attachments=[{
        "kind": "csv", "name": "erasure_requests_w41.csv", "encoding": "utf-8",
        "rows": [["ticket", "customer_id", "name", "email", "phone", "received"]]
                + [[f"EN-{5120 + i}", p["member"], p["romaji"], p["email"], "+81-" + p["mob"][1:], f"2026-10-0{5 + i % 4}"]
                   for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of seven customers' names, e-mails and phones to an overseas processor",
)

# 015 — 社外秘スタンプつきの事故報告書（DOCX）を保険会社へ
msg(15,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["門脇 聡子 様 <kadowaki.satoko@towa-sonpo.co.jp>"],
    subject="事故報告書（第2報）の提出について／サイバー保険 証券番号 CY-2026-008813",
    charset="iso-2022-jp",
    body=f"""東和損害保険株式会社
企業保険サービス部　門脇様

いつもお世話になっております。日の出産業の真壁でございます。
先日ご連絡いたしました会員サイト不正アクセス事案について、
事故報告書（第2報）を添付にてご提出いたします。

調査費用・通知費用の見積書は、確定次第お送りいたします。
よろしくお願い申し上げます。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "docx", "name": "事故報告書_第2報_20261019.docx",
        "page_header": "社外秘", "title": "事故報告書（第2報）",
        "paragraphs": [
            "事故報告書（第2報）", "2026年10月19日　日の出産業株式会社 個人情報保護管理室",
            "1. 事案の概要：会員サイトのログイン機能に対するリスト型攻撃により、会員アカウントへの不正ログインが発生した。",
            "2. 発覚日：2026年10月2日（監視アラートにより検知）",
            "3. 影響範囲：不正ログインが確認された会員 1,812件。閲覧された可能性のある項目は氏名、住所、電話番号、購入履歴、カード番号下4桁。",
            "4. 二次被害：現時点で確認されていない。",
            "5. 対応状況：該当アカウントのパスワードリセット、多要素認証の導入前倒し、個人情報保護委員会への速報（10/6）。",
            "6. 今後の予定：フォレンジック調査最終報告（11月上旬）、本人通知（10月下旬）、確報（11月上旬）。",
        ],
        "tables": [[["費目", "見込額（円）", "状況"], ["フォレンジック調査", "4,800,000", "契約済"],
                    ["本人通知（郵送）", "1,350,000", "見積中"], ["コールセンター増員", "2,100,000", "見積中"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached report carries the 社外秘 header stamp; figures only, no personal data",
)

# 016 — 個人情報保護委員会へ：速報の補足（法人番号のみ）
msg(16,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["個人情報保護委員会事務局 漏えい等報告担当 <rouei-houkoku@ppc-jimukyoku.go.jp>"],
    subject="漏えい等報告（速報）受付番号 R8-0104527 に関する補足のご連絡",
    charset="iso-2022-jp",
    body=f"""個人情報保護委員会事務局
漏えい等報告ご担当者様

お世話になっております。
10月6日に報告フォームより速報を提出いたしました日の出産業株式会社の真壁でございます。
お電話でご指摘いただいた点について、以下のとおり補足いたします。

　事業者名：日の出産業株式会社
　法人番号：{corp_no("010401173526")}
　報告対象事態：法第26条第1項、規則第7条第3号（不正の目的によるおそれ）および第4号（1,000人超）
　対象人数：1,812人（10月19日時点。速報時点の「約2,000人」から精査により確定）
　漏えいした項目：氏名、住所、電話番号、購入履歴、クレジットカード番号の下4桁
　　※カード番号全桁・有効期限・セキュリティコードは当社では保持しておりません。

確報は11月上旬に提出する予定です。
ご不明な点がございましたら、下記までご連絡くださいますようお願い申し上げます。
{SIG_MAKABE}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="report supplement to the regulator with counts and the company's own 法人番号 only",
)

# 017 — 印刷委託先へ：誤封入の照合用CSV（CP932、20名）
_p = people(20, "017")
msg(17,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["椎名 佳代 様 <shiina.kayo@nishiki-insatsu.co.jp>"],
    subject="封入ログ照合用データ（第3ロット分）",
    charset="cp932",
    body=f"""錦印刷株式会社
椎名様

お世話になっております。日の出産業の土岐です。
封入ログとの照合用に、第3ロット（10/7封入分）のうち申出のあった前後20件の宛名データを
CSVでお送りします。封入順No.と実際に同封された会員番号の突き合わせをお願いします。

照合が終わりましたら、貴社側のデータは削除のうえ、削除日をお知らせください。
{SIG_TOKI}""",
    attachments=[{
        "kind": "csv", "name": "lot3_照合用.csv", "encoding": "cp932",
        "rows": [["封入順No", "会員番号", "宛名", "郵便番号", "住所1", "住所2"]]
                + [[f"3-{4410 + i}", p["member"], p["name"] + " 様", p["zip"], p["pref_city"], p["addr"][len(p["pref_city"]):]]
                   for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV (CP932) of 20 members' names and addresses to the printing processor",
)

# 018 — カード不正利用の申出：決済代行会社へカード番号全桁
msg(18,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["株式会社ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="不正利用のお申出に関する取引照会（加盟店ID HN-220341）",
    charset="cp932",
    body=f"""株式会社ペイネクスト
加盟店サポートご担当者様

いつもお世話になっております。日の出産業株式会社 お客様相談センターの榊原です。
会員サイトの件でニュースをご覧になったお客様から、身に覚えのない請求があるとのお申出がありました。
下記カードでの当社サイトにおける取引の有無と、取引日時をご照会いただけますでしょうか。

　カード名義　：ＫＩＴＯ ＭＡＳＡＴＯ（鬼頭 正人 様）
　カード番号　：{card_number(SEED + 101)}
　お申出の取引：2026年10月4日　19,800円
　ご連絡先　　：080-3921-5546

お客様ご本人はカード会社にも連絡済みとのことです。
お手数ですがよろしくお願いいたします。
{SIG_SAKAKIBARA}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a full credit card number with the cardholder's name and phone sent to the payment processor",
)

# 019 — 社内のみ：CSIRT から保護管理室へ影響アカウント30件（XLSX）
_p = people(30, "019")
msg(19,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>", "土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>"],
    cc=["csirt@mail.hinode-sangyo.co.jp"],
    subject="本人通知の先行対象（30件）の抽出結果",
    charset="utf-8",
    body=f"""真壁さん、土岐さん

CSIRT綿貫です。
購入履歴の閲覧まで確認できた30件を、本人通知の先行対象として抽出しました。
通知文の差込みに使えるよう、氏名・メール・電話・生年月日を付けています。

社外（印刷会社等）へ渡す場合は、必要な列だけに絞ってセキュアファイル便でお願いします。
{SIG_WATANUKI}""",
    attachments=[{
        "kind": "xlsx", "name": "先行通知対象_30件.xlsx",
        "sheets": {"対象": [["会員ID", "氏名", "メールアドレス", "電話番号", "生年月日", "閲覧ログ"]]
                           + [[p["member"], p["name"], p["email"], p["phone"], ymd(p["dob"], "-"), "購入履歴"] for p in _p]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=[],
    note="30-person spreadsheet, but all recipients are internal (one on the mail. subdomain)",
)

# 020 — 転送：社内の受付一覧（・箇条書き）を弁護士へ転送
_p = people(6, "020")
_fw = "\n".join(f"・{p['name']}（{p['kana']}）　{p['phone']}\n　{p['zip']} {p['addr']}\n　請求内容：{c}"
                for p, c in zip(_p, ["利用停止（DM）", "開示（購入履歴）", "開示・訂正", "削除", "第三者提供記録の開示", "開示（通話録音）"]))
msg(20,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="FW: 【共有】今週の開示等請求の受付分",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。久米です。
先日お話しした「第三者提供記録の開示」を含む今週の受付分です。
社内共有メールをそのまま転送いたします。5番目の方の件でご意見をいただけますと幸いです。

-------- Forwarded Message --------
差出人: 羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>
送信日時: 2026年10月9日 17:52
宛先: 個人情報保護管理室
件名: 【共有】今週の開示等請求の受付分

管理室の皆さま

今週受け付けた開示等の請求は以下の6件です。

{_fw}

本人確認書類はすべてスキャン済みで、共有フォルダに保存しています。
羽生
{SIG_KUME}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded internal mail with six requesters' phones and addresses as bullets: forwarded text counts",
)

# 021 — 店舗（事業所）の一覧：ポスター印刷用、個人ではない
_shops = [("札幌大通店", "011-231-4470"), ("仙台一番町店", "022-262-5180"), ("池袋西口店", "03-3986-2201"),
          ("吉祥寺店", "0422-21-7730"), ("横浜北幸店", "045-311-6402"), ("名古屋栄店", "052-261-9915"),
          ("京都河原町店", "075-223-1148"), ("梅田芝田店", "06-6372-5508"), ("三宮店", "078-391-2276"),
          ("広島基町店", "082-221-6630"), ("博多駅前店", "092-441-3387"), ("那覇久茂地店", "098-862-4019")]
msg(21,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["椎名 佳代 様 <shiina.kayo@nishiki-insatsu.co.jp>"],
    subject="店頭掲示用「個人情報のお問い合わせ窓口」ポスター 入稿データ",
    charset="utf-8",
    body="""錦印刷株式会社　椎名様

お世話になっております。日の出産業 総務部の芦田です。
個人情報保護方針の改定にあわせて店頭に掲示するポスターの入稿内容をお送りします。
下段に各店舗の代表番号を入れてください。A2判・各店2枚でお願いします。

""" + table([["店舗名", "代表電話"]] + [list(s) for s in _shops], rule="=") + """

中央の文言は「個人情報の開示・訂正・利用停止等のご請求は、各店舗または
個人情報お問い合わせ窓口（0120-61-0885）へ」です。
校正は11/2（月）までにいただけると助かります。

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    html="""<html><body><p>錦印刷株式会社　椎名様</p>
<p>お世話になっております。日の出産業 総務部の芦田です。<br>
個人情報保護方針の改定にあわせて店頭に掲示するポスターの入稿内容をお送りします。<br>
下段に各店舗の代表番号を入れてください。A2判・各店2枚でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>店舗名</th><th>代表電話</th></tr>"""
    + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _shops) + """</table>
<p>中央の文言は「個人情報の開示・訂正・利用停止等のご請求は、各店舗または
個人情報お問い合わせ窓口（0120-61-0885）へ」です。<br>校正は11/2（月）までにいただけると助かります。</p>
<p>芦田 恭平<br>日の出産業株式会社 総務部<br>TEL 03-5412-7740</p></body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of twelve shops' switchboard numbers (businesses, not people); 個人情報 only as a topic",
)

# 022 — DV被害者の住所秘匿の申出：配送会社へ（要配慮：犯罪被害）
msg(22,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様サービス課 門倉様 <kadokura@aoba-unyu.co.jp>"],
    subject="配送先情報の取扱いに関するお願い（お客様からのお申出）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
お客様サービス課　門倉様

いつもお世話になっております。日の出産業お客様相談センターの早乙女です。

当社の通販会員のお客様から、以下のお申出がありました。
元配偶者からのDV被害を受けて避難中で、警察にも相談済み（保護命令が出ている）とのことです。
過去に配達員の方へ「荷物の届け先を教えてほしい」と電話があったことがあるそうで、
第三者からの照会には一切お答えいただかないようお願いいたします。

　お客様氏名：比嘉 真由美 様
　配送先　　：〒330-0063 埼玉県さいたま市浦和区高砂3-11-7 ハイム桜205
　ご連絡先　：070-5518-2294

配送伝票の依頼主欄は「日の出産業」のみとし、品名も一般的な記載にいたします。
貴社のシステム上で該当住所に照会ブロックを設定いただけるか、ご確認をお願いします。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's status as a DV crime victim (要配慮) with her hideout address, to the carrier",
)

# 023 — お詫びメールを請求者6名に To で一斉送信（Bcc にすべきもの）
msg(23,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["hinata.sugiyama@gmail.com", "m.kurisu0721@yahoo.co.jp", "saki-takanashi@icloud.com",
        "tadashi.minai@outlook.jp", "aoi_kusakabe@docomo.ne.jp", "kazuko.nakasone@ezweb.ne.jp"],
    subject="開示請求の回答遅延についてのお詫び",
    charset="iso-2022-jp",
    body=f"""お客様各位

日の出産業株式会社 お客様相談センターでございます。

保有個人データの開示請求をいただいているお客様へ、お詫びとご連絡です。
システム障害の影響により、回答書の作成に遅れが生じております。
当初ご案内した回答予定日から1週間ほど遅れる見込みです。

ご迷惑をおかけし、誠に申し訳ございません。
回答書の発送日が確定しましたら、改めて個別にご連絡いたします。
{SIG_HANYU}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six private requesters in To can see each other's addresses: should have been Bcc",
)

# 024 — 削除完了の返信：請求者本人の元メール（住所・電話）は引用のみ
msg(24,
    sender="個人情報お問い合わせ窓口 <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["五百旗頭 修 <osamu.iokibe@outlook.jp>"],
    subject="Re: 会員登録の削除をお願いします",
    charset="utf-8",
    body=f"""五百旗頭 修 様

日の出産業株式会社 個人情報お問い合わせ窓口でございます。
お問い合わせいただきました会員登録情報の削除につきまして、本日すべての手続きが完了いたしました。

・会員アカウント：削除済み
・メールマガジン：配信停止済み
・カタログ送付：次号（11月発送分）から停止

なお、法令により保存が義務付けられている取引記録（帳簿書類）は、保存期間の満了まで
保管したうえで廃棄いたします。あらかじめご了承ください。
{SIG_MADOGUCHI}

-----Original Message-----
From: 五百旗頭 修 <osamu.iokibe@outlook.jp>
Sent: Tuesday, October 6, 2026 8:14 PM
To: kaiji-madoguchi@hinode-sangyo.co.jp
Subject: 会員登録の削除をお願いします

日の出産業 御中

もう利用しないので、会員登録を削除してください。
登録している情報は以下です。

氏名：五百旗頭 修（いおきべ おさむ）
住所：〒790-0003 愛媛県松山市三番町6-2-11
電話：089-947-3306
生年月日：1958年2月14日

カタログも止めてください。""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to the requester himself; his own details appear only in the quoted original",
)

# 025 — 開示請求受付簿（PDF、9名）を弁護士へ
_p = people(9, "025")
msg(25,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="上期の開示等請求 受付簿（監査前のご確認用）",
    charset="cp932",
    body=f"""白川先生、小此木先生

いつもお世話になっております。真壁です。
来月のプライバシーマーク更新審査の前に、上期に対応が長期化した開示等請求について
処理の妥当性をご確認いただきたく、受付簿の該当部分をPDFでお送りします。

特に No.4 と No.7 は法定の「遅滞なく」を超えている可能性があり、
審査で指摘された場合の説明の仕方をご相談したいと考えております。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "pdf", "name": "開示等請求受付簿_2026上期_抜粋.pdf", "title": "開示等請求受付簿",
        "lines": ["開示等請求受付簿（2026年度上期・長期化案件の抜粋）", "個人情報保護管理室", ""],
        "table": [["No", "受付日", "請求者", "生年月日", "住所", "電話", "種別", "回答日"]]
                 + [[str(i + 1), f"2026/{4 + i % 6}/{3 + i * 2}", p["name"], ymd(p["dob"]), p["addr"], p["phone"],
                     ["開示", "削除", "利用停止", "開示", "訂正"][i % 5], f"2026/{5 + i % 6}/{10 + i}"] for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF register table with nine requesters' birth dates, addresses and phones to the law firm",
)

# 026 — 5名の氏名と受付日・請求種別のみ（連絡先なし）：判断が分かれる
_p = people(5, "026")
msg(26,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="今月の代理人請求の件数について",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。久米です。
今月は弁護士以外の代理人（ご家族・行政書士）による請求が増えております。
委任状の確認方法をそろえたいので、次回の定例でご相談させてください。

参考までに今月分は以下の5件です。
""" + "\n".join(f"　{p['name']}様（{d}受付・{k}）" for p, d, k in zip(_p, ["10/1", "10/2", "10/5", "10/7", "10/8"], ["開示", "開示", "削除", "開示・訂正", "利用停止"])) + f"""

いずれも委任状は原本で受領済みです。
{SIG_KUME}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five names with only date and request type, no contact data: a list of people or just names? could go either way",
)

# 027 — アクセスログをパスワードZIPでフォレンジック業者へ
msg(27,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["氷室 孝 <himuro@securetrace.co.jp>"],
    subject="WAFログ・認証ログ（10/1〜10/5）送付",
    charset="utf-8",
    body=f"""氷室様

お世話になっております。日の出産業 CSIRTの綿貫です。
ご依頼のWAFログと認証サーバのログ（10/1〜10/5）をお送りします。
容量の都合で圧縮しています。解凍パスワードは別途お電話でお伝えします。

ログ中の会員IDは、先日お渡しした対応表と突合いただけます。
{SIG_WATANUKI}""",
    attachments=[{
        "kind": "zip", "name": "logs_20261001-1005.zip", "password": "st-HNS-2026!",
        "files": [{"kind": "txt", "name": "auth_20261001.log",
                   "text": "\n".join(f"2026-10-01T0{i % 10}:12:{i:02d}Z login ok uid=7{i:07d} src=185.220.101.{i}" for i in range(60))},
                  {"kind": "txt", "name": "waf_20261001.log", "text": "blocked /member/login rate-limit\n" * 40}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP of logs cannot be inspected",
)

# 028 — 秘密保持契約書のドラフト（NDAについてのメール）
msg(28,
    sender="鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>",
    to=["セキュアトレース株式会社 法務ご担当 <legal@securetrace.co.jp>"],
    cc=["綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>"],
    subject="秘密保持契約書（調査業務）当社修正案の送付",
    charset="iso-2022-jp",
    body=f"""セキュアトレース株式会社
法務ご担当者様

お世話になっております。日の出産業株式会社 法務部の鷲尾でございます。
フォレンジック調査業務に関する秘密保持契約書について、当社の修正案をお送りします。

主な修正点は以下の3点です。
　・第2条（秘密情報の定義）に、調査の過程で知り得た個人データを明記
　・第7条（返還・廃棄）に、調査終了後30日以内の廃棄と廃棄証明書の提出を追加
　・第11条（有効期間）を契約終了後5年に変更

ご確認のうえ、ご意見をお聞かせください。
{SIG_WASHIO}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_調査業務_日の出修正案.docx",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という。）とセキュアトレース株式会社（以下「乙」という。）は、"
                       "甲が乙に委託するフォレンジック調査業務に関し、次のとおり秘密保持契約を締結する。",
                       "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                       "第2条（秘密情報）本契約において秘密情報とは、開示の方法を問わず甲が乙に開示した技術上・営業上の情報、"
                       "および調査の過程で乙が知り得た個人データをいう。",
                       "第7条（返還・廃棄）乙は、調査終了後30日以内に秘密情報を返還または廃棄し、廃棄証明書を甲に提出する。",
                       "第11条（有効期間）本契約の有効期間は締結日から1年とし、秘密保持義務は契約終了後5年間存続する。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with a draft contract; the words 秘密/個人データ appear only as contract terms",
)

# 029 — ZIP（暗号化なし）：配送事故の対象者 CSV＋XLSX を配送会社へ
_p = people(7, "029")
msg(29,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["門倉 様 <kadokura@aoba-unyu.co.jp>"],
    subject="10/12 仕分けセンター誤配送の件 対象者データ",
    charset="cp932",
    body=f"""青葉運輸　門倉様

お世話になっております。早乙女です。
10/12に川口仕分けセンターで発生した誤配送の件、当社側で把握している対象のお客様の
データをまとめました（CSVとExcelの2種類、中身は同じです）。
誤って配達された先の住所と、本来の届け先との対応を貴社側でご確認ください。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "zip", "name": "誤配送_対象者_1012.zip",
        "files": [
            {"kind": "csv", "name": "対象者.csv", "encoding": "cp932",
             "rows": [["伝票番号", "お届け先氏名", "電話", "お届け先住所"]]
                     + [[f"4417-2290-{3100 + i * 7}", p["name"], p["phone"], p["addr"]] for i, p in enumerate(_p)]},
            {"kind": "xlsx", "name": "対象者.xlsx",
             "sheets": {"1012誤配送": [["伝票番号", "お届け先氏名", "電話", "お届け先住所"]]
                                      + [[f"4417-2290-{3100 + i * 7}", p["name"], p["phone"], p["addr"]] for i, p in enumerate(_p)]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="plain ZIP holding CSV and XLSX with seven customers' names, phones and addresses",
)

# 030 — 二社（弁護士・フォレンジック）への打合せ連絡：通常の三者間メール
msg(30,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["氷室 孝 <himuro@securetrace.co.jp>"],
    cc=["白川 修一 先生 <shirakawa@shirakawa-law.jp>", "真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>"],
    subject="中間報告書のレビュー日程",
    charset="utf-8",
    body=f"""氷室様
（cc：白川先生）

お世話になっております。綿貫です。
中間報告書ドラフトのレビューですが、白川先生にもご同席いただけることになりました。
10/27（火）10:00〜11:00、オンラインでお願いできますでしょうか。

報告書の「侵入経路の特定」の章は、委員会への確報に引用する予定ですので、
表現について先生からコメントをいただく想定です。
{SIG_WATANUKI}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way meeting mail",
)

# 031 — 添付メール（eml）：社内の苦情一覧メールを弁護士へ添付で送付
_p = people(8, "031")
_inner = {
    "sender": "早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    "to": ["榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>"],
    "subject": "不正アクセス報道後の苦情申出（10/7〜10/9）",
    "charset": "iso-2022-jp",
    "body": "センター長\n\n報道後、強い苦情・損害賠償の示唆があったお客様を整理しました。\n\n"
            + table([["氏名", "電話", "メール", "内容"]] + [[p["name"], p["phone"], p["email"],
                     ["賠償を要求", "弁護士に相談すると", "SNSに書くと", "退会と全データ削除", "カード再発行費用の請求",
                      "消費生活センターに相談済み", "謝罪文を要求", "説明会の開催要求"][i]] for i, p in enumerate(_p)])
            + "\n\n早乙女",
}
msg(31,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    subject="賠償請求の示唆があったお客様について（社内報告を添付します）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。真壁です。
報道後に相談センターへ寄せられた苦情のうち、賠償請求や法的措置に言及されたものについて、
センター内の報告メールを添付いたします。
個別の回答方針について、次回ご相談させてください。
{SIG_MAKABE}""",
    attachments=[{"kind": "eml", "name": "苦情申出_1007-1009.eml", "message": _inner}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached internal mail carries eight complainants' phones and e-mails; it is new to the lawyer",
)

# 032 — English: residence card number of a foreign requester to the law firm
msg(32,
    sender="Risa Makabe <makabe.risa@hinode-sangyo.co.jp>",
    to=["Haruka Okonogi <okonogi@shirakawa-law.jp>"],
    subject="Identity check for the request from Mr Nguyen (KJ-2026-0224)",
    charset="utf-8",
    body=f"""Dear Ms Okonogi,

Thank you for your advice yesterday. As discussed, here are the details of the
requester's identity document so that you can check whether the copy he sent is
sufficient for a request made by e-mail from abroad.

  Name:                 NGUYEN VAN MINH
  Date of birth:        1991-07-23
  Residence card no.:   UH48213907EN
  Status of residence:  Engineer/Specialist in Humanities/International Services
  Card valid until:     2028-03-15

He left Japan in August and now lives in Hanoi; he asks for his personnel-related
records from his time at our Osaka logistics centre to be sent electronically.

Best regards,
{SIG_MAKABE_EN}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a 在留カード number with name and birth date sent outside (English mail)",
)

# 033 — English: DSAR acknowledgement to an EU requester on free mail
msg(33,
    sender="Hinode Sangyo Privacy Office <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["Lucie Marchetti <lucie.marchetti82@gmail.com>"],
    subject="Your request for access to personal data - reference KJ-2026-0231",
    charset="utf-8",
    body=f"""Dear Ms Marchetti,

Thank you for your e-mail of 12 October 2026. We confirm receipt of your request for
access to the personal data that Hinode Sangyo Co., Ltd. holds about you in connection
with your purchases on our online shop.

Your reference number is KJ-2026-0231. To protect your data, we need to verify your
identity before we can respond. Please reply using the e-mail address registered with
your account, and let us know your order number from your most recent purchase.

We aim to respond within one month of verifying your identity. If we need more time
because of the complexity of the request, we will tell you why.

Kind regards,

Privacy Office
Hinode Sangyo Co., Ltd.
{DISC_EN}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="acknowledgement to one private requester on free mail; no personal data beyond her name",
)

# 034 — PPTX：保険会社向け説明資料に影響を受けた会員の例（6名）
_p = people(6, "034")
msg(34,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["門脇 聡子 様 <kadowaki.satoko@towa-sonpo.co.jp>"],
    subject="10/21打合せ資料（事前送付）",
    charset="utf-8",
    body=f"""門脇様

お世話になっております。日の出産業の真壁です。
10/21の打合せでご説明する資料を事前にお送りします。
二次被害の申出があった会員の例を5ページ目に載せています。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "pptx", "name": "不正アクセス事案_ご説明資料_1021.pptx",
        "slides": [
            ["会員サイト不正アクセス事案のご説明", "2026年10月21日", "日の出産業株式会社 個人情報保護管理室"],
            ["事案の概要", "リスト型攻撃による不正ログイン", "対象 1,812件（10/19確定）", "10/2 検知、10/6 委員会へ速報"],
            ["対応の経過", "パスワードリセット", "多要素認証の導入", "相談窓口の設置（10/8〜）"],
            ["費用の見込み", "調査 480万円", "通知 135万円", "コールセンター 210万円"],
            ["二次被害の申出があった会員（例）"] + [f"{p['name']}　{p['mob']}　{p['email']}　{k}" for p, k in zip(_p, [
                "不審なSMS受信", "フィッシングメール", "なりすまし注文", "不審なSMS受信", "登録住所への不審な郵便", "なりすまし注文"])],
            ["今後の予定", "本人通知 10月下旬", "確報 11月上旬", "再発防止策の公表"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a slide lists six affected members with mobile numbers and e-mails; deck goes to the insurer",
)

# 035 — tsubasa-sytem.jp（文字の脱落）宛：削除依頼1名
msg(35,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-sytem.jp>"],
    subject="会員データ削除のお願い（1件）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム　井筒様

お世話になっております。日の出産業 相談センターの羽生です。
削除請求のあった会員1件について、本番DBおよびバックアップからの削除をお願いします。

　会員番号：38-551907
　氏名　　：狩野 静香
　メール　：shizuka.kano@hotmail.co.jp

削除完了後、作業報告書をお送りください。
{SIG_HANYU}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="tsubasa-sytem.jp is a misspelling of the partner domain tsubasa-system.jp",
)

# 036 — HTMLのみ：認定個人情報保護団体へ苦情件数の報告（集計のみ）
msg(36,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["一般社団法人 流通個人情報保護協議会 事務局 <jimukyoku@ryutsu-pi.or.jp>"],
    subject="対象事業者の苦情処理状況報告（2026年度上期）",
    charset="utf-8",
    html=f"""<html><body>
<p>一般社団法人 流通個人情報保護協議会<br>事務局 御中</p>
<p>いつもお世話になっております。対象事業者の日の出産業株式会社 個人情報保護管理室 土岐でございます。<br>
2026年度上期の苦情処理状況を、以下のとおりご報告いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>区分</th><th>受付件数</th><th>解決</th><th>対応中</th><th>貴協議会への移送</th></tr>
<tr><td>開示等の請求に関するもの</td><td>38</td><td>35</td><td>3</td><td>0</td></tr>
<tr><td>利用目的・第三者提供に関するもの</td><td>12</td><td>12</td><td>0</td><td>0</td></tr>
<tr><td>漏えい等に関するもの</td><td>147</td><td>118</td><td>29</td><td>2</td></tr>
<tr><td>勧誘・DMの停止</td><td>64</td><td>64</td><td>0</td><td>0</td></tr>
<tr><td>合計</td><td>261</td><td>229</td><td>32</td><td>2</td></tr>
</table>
<p>漏えい等に関するものは、10月の会員サイト不正アクセス事案に伴う件数が大半を占めております。</p>
<p>--<br>日の出産業株式会社 個人情報保護管理室<br>土岐 慎吾<br>TEL 03-5412-7782</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only statistics table of complaint counts; no person in it",
)

# 037 — 1件1ブロック：FC加盟店へ苦情申出者5名
_p = people(5, "037")
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['hira']}）様\n　TEL：{p['phone']}\n　住所：{p['addr']}\n　内容：{k}"
    for i, (p, k) in enumerate(zip(_p, [
        "レジで会員カードの登録内容を大声で読み上げられた", "ポイント照会の際、前のお客様の画面が見えたまま",
        "店頭アンケート用紙が回収箱に入れられず放置されていた", "電話で登録住所を第三者に答えた疑い",
        "お詫びの電話が来ない"])))
msg(37,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["丸越商事 店舗運営部 芹沢様 <serizawa@marukoshi-shoji.co.jp>"],
    subject="【ご確認依頼】加盟店における個人情報の取扱いに関する苦情（5件）",
    charset="cp932",
    body=f"""丸越商事株式会社
店舗運営部　芹沢様

いつもお世話になっております。日の出産業 お客様相談センターの榊原です。
貴社運営の加盟店各店に関して、個人情報の取扱いについての苦情が
今月に入って5件寄せられております。事実確認と、お客様への対応をお願いいたします。

{_blocks}

11/6（金）までに確認結果をご報告ください。
{SIG_SAKAKIBARA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five complainants, one block each with phone and address, to a franchisee",
)

# 038 — 社内のみ：社外秘の経営会議資料
msg(38,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    cc=["鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>"],
    subject="【社外秘】不正アクセス事案 公表方針（10/20経営会議資料）",
    charset="iso-2022-jp",
    body=f"""経営会議メンバー各位

個人情報保護管理室の真壁です。
明日の経営会議で審議いただく公表方針の資料をお送りします。

■論点
　1. 公表の時期：本人通知と同日（10/28予定）か、確報提出後か
　2. 見舞品の有無と金額（500円相当のQUOカードを想定）
　3. 記者会見の要否（法務部・広報部の意見は資料4ページ）

本資料は社外秘です。取扱いにご注意ください。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "公表方針_経営会議資料_1020.pdf", "page_header": "社外秘",
                  "lines": ["会員サイト不正アクセス事案 公表方針（案）", "1. 公表の時期", "2. 見舞品", "3. 記者会見"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘-marked board paper, but every recipient is internal",
)

# 039 — 件名に【極秘】：中間報告（個人データなし）をフォレンジック業者へ
msg(39,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["氷室 孝 <himuro@securetrace.co.jp>"],
    subject="【極秘】侵入経路に関する当社見解（中間報告へのコメント）",
    charset="utf-8",
    body=f"""氷室様

綿貫です。中間報告書ドラフトへの当社コメントです。

1. 2.3節「認証APIのレート制限未設定」について
　設定は存在しましたが、9/28の保守作業で無効化されたままになっていたことが判明しました。
　作業記録を添えて修正いただけますか。
2. 3.1節の攻撃元IPの件数（412件）は、当社集計では437件です。
3. 4章の再発防止策に、WAFルールの定期レビューを追加してください。

本メールの内容は当社内でも限られたメンバーのみで共有しています。
{SIG_WATANUKI}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject carries the classification 【極秘】 and the mail goes outside",
)

# 040 — 和暦・全角数字の一覧：本人確認済みの請求者6名を弁護士へ
_p = people(6, "040")
_rows = [["氏名", "生年月日", "電話番号", "住所"]] + [
    [p["name"], wareki(p["dob"]), zen(p["phone"]), p["addr"]] for p in _p]
msg(40,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="本人確認済み請求者のリスト（第三者提供記録の開示請求）",
    charset="cp932",
    body=f"""小此木先生

お世話になっております。日の出産業の久米です。
第三者提供記録の開示請求のうち、本人確認が完了した6名をお知らせします。
提供先（グループ会社2社）への照会の要否をご判断いただく際の参考にしてください。

{table(_rows, gap="　", rule="－", zenkaku=True)}

提供記録の保存期間（3年）を過ぎているものが含まれる可能性があります。
{SIG_KUME}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six requesters with 和暦 birth dates, full-width phone numbers and addresses to the law firm",
)

# 041 — 通知書の発送伝票番号（12桁）の一覧：人の情報なし
def _yamato(k: int) -> str:
    base = 4420_1873_000 + k * 104_729 + (k * k * 3_181) % 90_000
    d = f"{base:011d}{base % 7}"
    return f"{d[:4]}-{d[4:8]}-{d[8:]}"


msg(41,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["青葉運輸 法人営業部 三枝様 <saegusa@aoba-unyu.co.jp>"],
    subject="本人通知書の配達状況照会（10/28発送分）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
法人営業部　三枝様

お世話になっております。日の出産業 総務部の芦田です。
10/28に発送した通知書のうち、配達状況が「持戻り」のまま更新されていないものが
ありますので、下記伝票番号の状況をご確認いただけますでしょうか。

""" + "\n".join(f"　{i + 1:>2}. {_yamato(i)}" for i in range(14)) + """

再配達依頼がない場合は、11/11で当社へ返送いただいて構いません。

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    expect="pass",
    entities=[],
    detectors=[],
    note="fourteen 12-digit tracking numbers only, no names or addresses",
)

# 042 — 健康診断結果の誤送付：従業員1名の結果を弁護士へ（要配慮）
msg(42,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>"],
    subject="健康診断結果の誤送付について（ご相談）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業 人事部の一ノ瀬です。
定期健康診断の結果通知を、別の社員の自宅に誤って郵送してしまう事故が発生しました。

　対象社員：物流本部 川口センター　日下部 浩二（社員番号 H-2287）
　誤送付先：同センター所属の別の社員の自宅
　通知の内容：血液検査で要精密検査（肝機能）、心電図で経過観察、
　　　　　　　BMI・血圧の数値、既往歴欄に「うつ病（通院中）」の記載

誤送付先の社員からは連絡を受けて回収済みで、内容を見たとのことです。
本人への説明と、委員会への報告（要配慮個人情報の漏えい）の進め方についてご助言ください。
{SIG_ICHINOSE}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's health check results and depression history (要配慮) sent to the outside lawyer",
)

# 043 — Bcc漏れ事故：流出したメールアドレス23件の一覧を弁護士へ
_p = people(23, "043")
msg(43,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="メール誤送信（Bcc漏れ）で表示されたアドレスの一覧",
    charset="utf-8",
    body=f"""小此木先生

お世話になっております。土岐です。
昨日お電話でご報告した、相談センターからのお知らせメールのBcc漏れの件です。
To欄に表示されてしまったアドレスは以下の23件です。
漏えいした項目はメールアドレスのみ（氏名は表示名に含まれていない）と整理しています。

""" + "\n".join(p["email"] for p in _p) + f"""

いずれも個人の方のアドレスで、うち数件は氏名が推測できる形式です。
本人へのお詫びメールの文面案は、明日お送りします。
{SIG_TOKI}""",
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="23 private persons' e-mail addresses, one per line, sent to the law firm",
)

# 044 — 請求者1名の情報を弁護士へ（4名以下）
msg(44,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    subject="内容証明による開示請求への回答について",
    charset="cp932",
    body=f"""白川先生

いつもお世話になっております。真壁です。
内容証明郵便で開示請求と損害賠償の予告が届きましたので、回答書のご確認をお願いしたく存じます。

　請求者：御手洗 陽子 様
　住所　：〒460-0008 愛知県名古屋市中区栄3-22-15 グランシティ栄1102
　電話　：052-261-4837
　到達日：2026年10月15日

請求の趣旨は、当社が保有する同氏の個人データ一切の開示と、不正アクセス事案による
精神的損害への賠償（金額の記載なし）です。回答書案は追ってお送りします。
{SIG_MAKABE}
{DISC_JA}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one requester's name, address and phone to the law firm: one record, may warn",
)

# 045 — 元社員へ開示結果のPDF（マイナンバー記載）をフリーメールで
msg(45,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["tsukumo.naoki.1984@gmail.com"],
    subject="保有個人データ開示結果の送付（人事部）",
    charset="iso-2022-jp",
    body=f"""九十九 直樹 様

日の出産業株式会社 人事部の一ノ瀬です。
先日ご請求いただいた、当社人事部が保有する九十九様の個人データの開示結果を
PDFにてお送りいたします。ご希望により電子メールでの送付としております。

内容にご不明点がございましたら、本メールへご返信ください。
{SIG_ICHINOSE}""",
    attachments=[{
        "kind": "pdf", "name": "開示結果_人事部保有データ_九十九直樹様.pdf", "title": "保有個人データ開示結果",
        "lines": ["保有個人データ開示結果通知書", "", "九十九 直樹 様", "",
                  "当社人事部が保有するあなたの個人データは以下のとおりです。", ""],
        "table": [["項目", "内容"], ["氏名", "九十九 直樹（つくも なおき）"], ["生年月日", "1984年6月30日"],
                  ["住所", "東京都足立区千住2-17-8 コーポ緑川303"], ["電話", "080-5526-1147"],
                  ["個人番号", my_number(SEED + 1)], ["入社日", "2008年4月1日"], ["退職日", "2026年6月30日"],
                  ["最終所属", "物流本部 東京センター"]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="disclosure PDF with the former employee's マイナンバー sent by plain mail to free mail",
)

# 046 — 委託先へ削除バッチの日程連絡（免責文つき、個人データなし）
msg(46,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="退会会員データ削除バッチの本番適用日について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
井筒様

お世話になっております。日の出産業の土岐です。
先日ご提案いただいた退会会員データの定期削除バッチについて、社内承認が下りました。

　本番適用日：2026年11月14日（土）夜間
　対象　　　：退会から3年を経過した会員の氏名・住所・電話・メール（取引記録は除く）
　初回件数　：約41,000件（見込み）

適用前に検証環境での件数確認結果をお送りいただけますでしょうか。
作業報告書の様式は従来どおりで結構です。
{SIG_TOKI}
{DISC_JA2}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule for a deletion batch to the system processor; counts and column names only; disclaimer",
)

# 047 — 見舞金の振込先一覧（6名分の口座）を取引銀行へ
_p = people(6, "047")
msg(47,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["みどり銀行 新橋支店 法人営業課 <shimbashi-hojin@midori-ginko.co.jp>"],
    subject="総合振込（見舞金）の明細について",
    charset="cp932",
    body="""みどり銀行 新橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 総務部の芦田です。
昨日ご依頼した総合振込のうち、法人インターネットバンキングで受取人名義エラーとなった6件の明細をお送りします。
窓口での手続きをお願いできますでしょうか。

""" + table([["受取人", "金融機関", "支店", "種別", "口座番号", "金額"]] +
            [[p["kana"], p["bank_name"], p["branch"], "普通", p["acct"], "5,000"] for p in _p]) + """

振込指定日は11月2日です。
依頼書の原本は本日午後に持参いたします。

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six private persons' bank accounts (kana names) sent to the bank by e-mail",
)

# 048 — 社内宛のつもりが hinode-sangyo.jp（co. 脱落）：7名の一覧
_p = people(7, "048")
msg(48,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["土岐 慎吾 <toki.shingo@hinode-sangyo.jp>"],
    subject="本日の利用停止受付分",
    charset="cp932",
    body="土岐さん\n\n本日受付の利用停止7件です。システム反映をお願いします。\n\n"
         + "\n".join(f"{p['member']}\t{p['name']}\t{p['phone']}\t{p['zip']}\t{p['addr']}" for p in _p)
         + f"\n\nよろしくお願いします。\n{SIG_SAOTOME}",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyo.jp (dropped co.), carrying a seven-person list",
)

# 049 — 委員会への照会：「要配慮」「個人情報」は一般論として言及のみ
msg(49,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["個人情報保護委員会事務局 漏えい等報告担当 <rouei-houkoku@ppc-jimukyoku.go.jp>"],
    subject="報告対象該当性についての照会（DM誤封入事案）",
    charset="utf-8",
    body=f"""個人情報保護委員会事務局
漏えい等報告ご担当者様

日の出産業株式会社の真壁でございます。
当社の会員向けDMの誤封入事案について、報告対象に該当するかご教示いただきたくご連絡いたしました。

・漏えいした個人データ：氏名、住所、会員番号、ポイント残高（12人分）
・要配慮個人情報は含まれておりません。
・クレジットカード番号等、財産的被害が生じるおそれのある情報も含まれておりません。
・原因は印刷委託先における封入機の設定誤りであり、不正の目的は認められません。

規則第7条各号のいずれにも該当しないと考えておりますが、委託先で発生した事案であることから、
委託元としての報告義務の有無について念のため確認させてください。
{SIG_MAKABE}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="question to the regulator; 要配慮個人情報 and card numbers are mentioned only to say they are absent",
)

# 050 — XLS（旧形式）：苦情受付台帳の抜粋を認定団体へ移送
_p = people(8, "050")
msg(50,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["流通個人情報保護協議会 苦情相談室 <kujo@ryutsu-pi.or.jp>"],
    subject="苦情の移送について（8件）",
    charset="iso-2022-jp",
    body=f"""流通個人情報保護協議会
苦情相談室 御中

お世話になっております。日の出産業の土岐でございます。
当社での話し合いによる解決が難しく、お申出者ご本人が貴協議会でのあっせんを希望された
8件について、苦情受付台帳の該当部分を添付いたします（社内システムの出力形式のため .xls です）。
{SIG_TOKI}""",
    attachments=[{
        "kind": "xls", "name": "苦情受付台帳_移送分.xls",
        "sheets": {"移送分": [["受付No", "申出日", "氏名", "電話", "住所", "苦情の要旨", "当社対応"]]
                            + [[f"C-26-{711 + i * 9}", f"2026/9/{2 + i * 3}", p["name"], p["phone"], p["addr"],
                                ["通知が遅い", "見舞金が少ない", "謝罪に来ない", "説明が不十分", "再発防止策が不明",
                                 "退会後もDMが届く", "開示が一部のみ", "担当者の態度"][i], "書面回答済"] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS ledger with eight complainants' phones and addresses to an outside body",
)

# 051 — 返信：委託先からの一覧は Original Message の下に引用されているだけ
_p = people(8, "051")
msg(51,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>"],
    subject="RE: 削除反映完了のご報告",
    charset="cp932",
    body=f"""宍戸様

ご対応ありがとうございました。完了を確認しました。
次回分は10/19（月）にお送りします。
{SIG_SAOTOME}

-----Original Message-----
From: 宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>
Sent: Friday, October 9, 2026 4:03 PM
To: 早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>
Subject: 削除反映完了のご報告

日の出産業 早乙女様

お世話になっております。ベルヴォイスの宍戸です。
ご依頼いただいた8件、本日架電リストおよび応対履歴から削除いたしました。

""" + "\n".join(f"{p['member']}  {p['name']}  {p['phone']}  削除済" for p in _p) + """

宍戸""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the eight-person list is only quoted under -----Original Message----- from the recipient's own mail",
)

# 052 — 壊れたXLSX：削除対象一覧を委託先へ
msg(52,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="削除対象一覧（10月第3週分）",
    charset="iso-2022-jp",
    body=f"""井筒様

お世話になっております。羽生です。
10月第3週分の削除対象一覧を添付します。件数は23件です。
いつもの手順での削除をお願いします。
{SIG_HANYU}""",
    attachments=[{"kind": "corrupt", "name": "削除対象一覧_10月第3週.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached spreadsheet is corrupt and cannot be inspected",
)

# 053 — 返信で新たに5名の一覧を追加（弁護士の質問は引用）
_p = people(5, "053")
msg(53,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="Re: 通話録音の開示を求めている方の一覧をいただけますか",
    charset="utf-8",
    body=f"""小此木先生

お世話になっております。久米です。
ご依頼の件、通話録音の開示を求めている方は現在以下の5名です。

""" + "\n".join(f"{i + 1}) {p['name']}（{ymd(p['dob'], '.')}生） {p['phone']}  録音件数 {3 + i * 4}件" for i, p in enumerate(_p)) + f"""

いずれも請求書面に「すべての録音」と記載されています。
{SIG_KUME}

> 久米様
> 通話録音の開示を求めている方の一覧をいただけますか。
> 開示範囲の判断を一括で整理したいと思います。
> 小此木""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a reply whose NEW text lists five requesters with birth dates and phones; only the question is quoted",
)

# 054 — HTMLのみ：委託先向け研修の案内（「機密」「個人情報」は話題として）
msg(54,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["ベルヴォイス 日の出産業様担当チーム <hinode-team@bellvoice-cc.co.jp>"],
    subject="委託先向け 個人情報取扱い研修（11月）のご案内",
    charset="utf-8",
    html="""<html><body style="font-family:sans-serif">
<p>株式会社ベルヴォイス・コミュニケーションズ<br>日の出産業様担当チームの皆さま</p>
<p>いつもお世話になっております。日の出産業 個人情報保護管理室の久米です。<br>
毎年実施している委託先向けの個人情報取扱い研修を、今年は下記の日程で行います。</p>
<ul>
<li>日時：11月12日（木）14:00〜15:30</li>
<li>形式：オンライン（Teams）</li>
<li>内容：開示等の請求を電話で受けたときの一次対応／本人確認の手順／
機密情報・個人情報の持ち出し禁止ルールの再確認／今年度の事故事例</li>
</ul>
<p>受講者名簿を11月5日までにご返信ください（氏名と所属のみで結構です）。</p>
<p>日の出産業株式会社 個人情報保護管理室<br>久米 早苗 / TEL 03-5412-7783</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="training invitation; 機密情報 and 個人情報 appear only as topics",
)

# 055 — 氏名の列なし：会員番号・生年月日・電話・住所の照合リストを委託先へ
_p = people(9, "055")
msg(55,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="名寄せ不一致データの調査依頼",
    charset="utf-8",
    body=f"""井筒様

お世話になっております。土岐です。
開示請求の回答準備中に、同一人物と思われる会員レコードが別々に存在するケースが見つかりました。
以下9件について、名寄せ処理で統合されなかった原因を調べていただけますか。

会員番号,生年月日,電話番号,登録住所
""" + "\n".join(f"{p['member']},{ymd(p['dob'], '-')},{p['phone']},{p['addr']}" for p in _p) + f"""

統合されていないもう一方のレコードの番号は、調査用DBでご確認ください。
{SIG_TOKI}""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="nine people's birth dates, phones and addresses as comma-separated rows without a name column",
)

# 056 — 聴取の出席者3名の連絡先を弁護士へ（4名以下）
msg(56,
    sender="鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="10/23 関係者ヒアリングの出席者",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。法務部の鷲尾です。
10/23のヒアリングに出席する当社社員は以下の3名です。当日は直接ご連絡いただいて構いません。

　・真壁 理沙（個人情報保護管理室長）　携帯 090-3318-6620
　・綿貫 悠（情報システム部）　　　　　携帯 080-7264-0951
　・早乙女 千夏（お客様相談センター）　携帯 070-2209-4417

会場は当社9F第1会議室です。受付で私の名前をお伝えください。
{SIG_WASHIO}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' mobile numbers: a short attendee list, may warn",
)

# 057 — English: DSAR requester's cancer treatment, forwarded to an overseas processor
msg(57,
    sender="Chinatsu Saotome <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["Priya Raman <p.raman@meridian-bpo.com>"],
    subject="Priority handling - access request from Ms Helen Whitford",
    charset="utf-8",
    body=f"""Hi Priya,

Could your English-line team give priority to the access request from the customer below?

  Name:   Helen Whitford
  E-mail: h.whitford@btinternet.com
  Phone:  +44 7700 914 382
  Ticket: EN-5171

She explained on the phone that she is currently undergoing chemotherapy for breast cancer
and is in hospital most weekdays, so she asked us to contact her only by e-mail and not
to call. She wants copies of all call recordings with our line since April.

Please make sure the note about her treatment is visible to every agent who picks up the
ticket, so nobody calls her by mistake.

Thanks,
Chinatsu
{DISC_EN}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's cancer treatment (要配慮: medical) sent to an overseas processor",
)

# 058 — 委託先3社を To/Cc に並べた手順変更の連絡
msg(58,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>", "宍戸 雅人 様 <shishido.m@bellvoice-cc.co.jp>"],
    cc=["椎名 佳代 様 <shiina.kayo@nishiki-insatsu.co.jp>"],
    subject="【委託先各位】削除・利用停止依頼の受渡し方法の変更について",
    charset="iso-2022-jp",
    body=f"""委託先各位

いつもお世話になっております。日の出産業 個人情報保護管理室の土岐です。
先日の誤封入事案・Bcc漏れ事案を受けて、当社から委託先の皆さまへ削除・利用停止の依頼を
お渡しする方法を、11月1日から以下のとおり変更いたします。

　1. 一覧のメール本文への貼り付け、メール添付は行いません。
　2. 当社のセキュアファイル共有（https://share.hinode-sangyo.co.jp/）に格納し、URLのみご連絡します。
　3. 完了報告には件数と完了日のみを記載し、個人の氏名等は記載しないでください。

ご不明な点があればお知らせください。
{SIG_TOKI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three processor companies see each other in To/Cc: should have been Bcc",
)

# 059 — 弁護士費用の請求書について（請求書番号・事務所の口座）
msg(59,
    sender="鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>",
    to=["白川法律事務所 経理ご担当 <keiri@shirakawa-law.jp>"],
    subject="ご請求書（No. SL-2026-1187）の件",
    charset="cp932",
    body=f"""白川法律事務所
経理ご担当者様

お世話になっております。日の出産業 法務部の鷲尾です。
10月分のご請求書（No. SL-2026-1187、金額 1,386,000円（税込））を受領いたしました。
10月31日に下記口座へお振込みいたします。

　振込先：みどり銀行 虎ノ門支店　普通 2206914　弁護士法人白川法律事務所
　適格請求書発行事業者登録番号：T{corp_no("012305001844")}（ご請求書記載のとおり）

なお、不正アクセス事案の関連費用は保険請求のため、次回から「事案対応分」として
別のご請求書に分けていただけますと助かります。
{SIG_WASHIO}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice number, amount, the law firm's T-number and its business bank account; no private person",
)

# 060 — 「取扱注意」のタイトル行があるXLSX（件数集計）を委員会へ
msg(60,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["個人情報保護委員会事務局 漏えい等報告担当 <rouei-houkoku@ppc-jimukyoku.go.jp>"],
    subject="確報 別紙（影響範囲の内訳）の送付",
    charset="iso-2022-jp",
    body=f"""個人情報保護委員会事務局
漏えい等報告ご担当者様

日の出産業株式会社の真壁でございます。
本日報告フォームより確報を提出いたしました。フォームに添付できなかった別紙（影響範囲の内訳）を
メールにてお送りいたします。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "xlsx", "name": "確報_別紙_影響範囲内訳.xlsx",
        "sheets": {"内訳": [["【取扱注意】確報 別紙　影響範囲の内訳（2026年11月5日）"], [],
                          ["区分", "件数", "備考"],
                          ["不正ログインが確認された会員", 1812, ""],
                          ["うち購入履歴の閲覧あり", 604, ""],
                          ["うち登録情報の変更あり", 37, "配送先住所の変更"],
                          ["うちなりすまし注文あり", 9, "全件キャンセル済"],
                          ["本人通知済み", 1812, "10/28 郵送・メール"]],
                   "都道府県別": [["都道府県", "件数"], ["東京都", 412], ["神奈川県", 231], ["大阪府", 198],
                              ["愛知県", 144], ["その他", 827]]},
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached sheet is classified 【取扱注意】 in its title row; counts only",
)

# 061 — DOCX：お詫び状の差込リスト（9名の宛名）を印刷会社へ
_p = people(9, "061")
msg(61,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["椎名 佳代 様 <shiina.kayo@nishiki-insatsu.co.jp>"],
    subject="お詫び状 差込印刷（追加9名分）",
    charset="utf-8",
    body=f"""椎名様

お世話になっております。土岐です。
誤封入事案のお詫び状について、追加で判明した9名分の差込データをWordでお送りします。
本文は先日校了した版から変更ありません。10/30発送でお願いします。
{SIG_TOKI}""",
    attachments=[{
        "kind": "docx", "name": "お詫び状_差込リスト_追加分.docx",
        "paragraphs": ["お詫び状 差込リスト（追加分）", "差込項目：郵便番号／住所／氏名"],
        "tables": [[["No", "郵便番号", "住所", "氏名"]]
                   + [[str(i + 1), "〒" + p["zip"], p["addr"], p["name"] + " 様"] for i, p in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of nine people's names and postal addresses for mail-merge at the printer",
)

# 062 — 社内のみ：マイナンバーの記載がある書類の取扱い確認
msg(62,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>"],
    subject="開示請求（元社員 九十九様）の個人番号の扱いについて",
    charset="iso-2022-jp",
    body=f"""真壁さん

人事部の一ノ瀬です。
元社員の九十九直樹さんの開示請求ですが、人事システムに登録されている個人番号も
開示対象に含めるべきか確認させてください。

　氏名：九十九 直樹
　個人番号：{my_number(SEED + 2)[:4]} {my_number(SEED + 2)[4:8]} {my_number(SEED + 2)[8:]}
　（扶養控除等申告書から入力したもの）

本人からは「会社が保有しているものはすべて」と言われています。
番号そのものを記載してよいか、記載する場合の送付方法もご指示ください。
{SIG_ICHINOSE}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="a My Number inside the company only (HR to the privacy office): internal mail passes",
)

# 063 — English: a passport number to an overseas processor
msg(63,
    sender="Chinatsu Saotome <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["Priya Raman <p.raman@meridian-bpo.com>"],
    subject="ID verified - EN-5188 (access request from abroad)",
    charset="utf-8",
    body=f"""Hi Priya,

We have verified the identity of the requester on ticket EN-5188 with the copy of his
passport he uploaded, so your team can go ahead and prepare the call recordings.

  Name:             TAKANASHI KENTA
  Passport No.:     TR4827719
  Date of birth:    14 MAR 1990
  Current address:  41 Rue de la Roquette, 75011 Paris, France

Please note his request covers only the calls made after he moved to France in 2024.

Thanks,
Chinatsu
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a Japanese passport number with name and birth date sent to an overseas processor",
)

# 064 — 消費生活センター（lg.jp）へ：あっせん中の1件について
msg(64,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["藤沢市消費生活センター 相談員 <shohi-center@city.fujisawa-shohi.lg.jp>"],
    subject="ご照会の件（相談受付番号 F26-0482）について",
    charset="iso-2022-jp",
    body=f"""藤沢市消費生活センター
相談員 ご担当者様

お世話になっております。日の出産業株式会社 お客様相談センターの榊原でございます。
ご照会いただいた相談者様の件につき、当社の対応状況をご報告いたします。

　相談者：栗栖 正人 様（当社会員）
　ご連絡先（当社登録）：0466-27-3851

当社からは10月13日と10月20日にお電話し、退会および登録情報の削除を完了した旨をお伝え
しております。見舞金の送付についてもご案内済みです。
相談者様から追加のご要望がございましたら、当センターへご連絡いただければ幸いです。
{SIG_SAKAKIBARA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one complainant's name and phone to the municipal consumer centre: a single record, may warn",
)

# 065 — カンマ区切り・カナ氏名：返戻された通知書の再送先7名を印刷会社へ
_p = people(7, "065")
msg(65,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["椎名 佳代 様 <shiina.kayo@nishiki-insatsu.co.jp>"],
    subject="宛所不明で返戻された通知書の再送（7件）",
    charset="cp932",
    body=f"""椎名様

お世話になっております。久米です。
宛所不明で戻ってきた通知書のうち、お客様に確認して新住所が判明した7件です。
封筒を刷り直して再送をお願いします（カナ氏名,郵便番号,新住所 の順です）。

""" + "\n".join(f"{p['kana']},{p['zip']},{p['addr']}" for p in _p) + f"""

よろしくお願いいたします。
{SIG_KUME}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven kana names with new home addresses, comma-separated, to the printer",
)

# 066 — パスワード付きPDF：調査報告書を弁護士へ
msg(66,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    subject="フォレンジック調査 最終報告書（PDF）",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。日の出産業 CSIRTの綿貫です。
セキュアトレース社から受領した最終報告書をお送りします。
セキュアトレース社の指定により、PDFにパスワードが設定されています。
パスワードは真壁からお電話でお伝えします。
{SIG_WATANUKI}""",
    attachments=[{"kind": "pdf", "name": "フォレンジック調査最終報告書_HNS.pdf", "password": "ST-final-1106",
                  "lines": ["フォレンジック調査 最終報告書", "セキュアトレース株式会社", "1. 調査概要", "2. 侵入経路"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF that cannot be inspected",
)

# 067 — 改定した個人情報保護方針（PDF）を取引先へ
msg(67,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["川崎電機株式会社 購買部 時任様 <tokito@kawasaki-denki.co.jp>"],
    subject="個人情報保護方針 改定のお知らせ",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
購買部　時任様

いつも大変お世話になっております。日の出産業 総務部の芦田です。
取引先の皆さまへのお知らせとして、当社の個人情報保護方針を11月1日付で改定いたしました。
改定版を添付いたしますので、ご査収ください。

主な改定点は、委託先の管理、開示等の請求手続き（電磁的記録での開示に対応）、
漏えい等発生時の対応に関する記載の追加です。

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    attachments=[{"kind": "pdf", "name": "個人情報保護方針_2026年11月改定.pdf", "title": "個人情報保護方針",
                  "lines": ["個人情報保護方針", "日の出産業株式会社", "2026年11月1日改定", "",
                            "1. 個人情報の取得と利用", "2. 安全管理措置", "3. 委託先の監督",
                            "4. 開示等の請求への対応", "5. 漏えい等の事案への対応", "6. お問い合わせ窓口 0120-61-0885"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="the company's privacy policy as a PDF to a partner; 個人情報 only as a topic",
)

# 068 — English: XLSX DSAR log (10 requests) to an outside auditor
_p = people(10, "068")
msg(68,
    sender="Risa Makabe <makabe.risa@hinode-sangyo.co.jp>",
    to=["Tom Ashdown <t.ashdown@kestrel-audit.com>"],
    subject="Sample of access requests for your APPI/GDPR audit",
    charset="utf-8",
    body=f"""Dear Tom,

As requested for the fieldwork next week, I attach a sample of ten access requests
handled in the first half of the year, with the requesters' details and our response
dates, so that you can test our timeliness.

Please let me know if you need the underlying correspondence as well.

Kind regards,
{SIG_MAKABE_EN}
{DISC_EN}""",
    attachments=[{
        "kind": "xlsx", "name": "DSAR_sample_H1_2026.xlsx",
        "sheets": {"Cover": [["Access request sample - H1 2026"], ["Prepared by the Privacy Office"], ["Rows: 10"]],
                   "Sample": [["Ref", "Requester", "Date of birth", "E-mail", "Received", "Responded", "Days"]]
                             + [[f"KJ-2026-{40 + i * 13:04d}", p["romaji"], ymd(p["dob"], "-"), p["email"],
                                 f"2026-0{4 + i % 5}-{10 + i:02d}", f"2026-0{4 + i % 5}-{20 + i:02d}", 10] for i, p in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX sample of ten requesters' names, birth dates and e-mails to an outside auditor",
)

# 069 — 1名分の振込口座を銀行へ（1名のみ）
msg(69,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["みどり銀行 新橋支店 法人営業課 <shimbashi-hojin@midori-ginko.co.jp>"],
    subject="組戻しの件（見舞金振込 1件）",
    charset="cp932",
    body="""みどり銀行 新橋支店 法人営業課
ご担当者様

お世話になっております。日の出産業の芦田です。
11/2に振込みました見舞金のうち1件が「口座名義相違」で返却されました。
お客様に確認した正しい口座は下記のとおりですので、再振込の手続きをお願いします。

　受取人：ドウメキ ハルナ
　振込先：若葉信用金庫 駅前支店　普通　3308126
　金額　：5,000円

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one person's bank account for a re-transfer: a single record to the bank, may warn",
)

# 070 — 宗教上の配慮：ホテルへのお客様情報（要配慮：信条）
msg(70,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊部 神崎様 <kanzaki@sakura-hotel.jp>"],
    subject="お詫び招待（11/14ご宿泊）のお客様について",
    charset="iso-2022-jp",
    body=f"""さくらホテル株式会社
宿泊部　神崎様

いつもお世話になっております。日の出産業お客様相談センターの榊原です。
苦情対応の一環としてご招待する下記のお客様について、事前にお伝えしておきたいことがございます。

　お名前：アフマド 美咲 様（ご夫婦2名）
　ご連絡先：080-6902-3174
　ご宿泊日：11月14日（土）1泊

奥様もご主人もイスラム教を信仰されており、お食事はハラール対応、
アルコールを含む調味料も不可とのことです。また、金曜の礼拝のため、
チェックイン前に静かなお部屋をお借りしたいとのご要望がありました。

以前、当社のイベントでこの点への配慮が足りず、強いお叱りを受けた経緯がございます。
何卒よろしくお願いいたします。
{SIG_SAKAKIBARA}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's religion (要配慮: 信条) with her phone, sent to the hotel",
)

# 071 — nishiki-lnsatsu.co.jp（i を l にしたホモグリフ）宛：校正の連絡
msg(71,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["椎名 佳代 様 <shiina.kayo@nishiki-lnsatsu.co.jp>"],
    subject="お詫び状 再校のご確認",
    charset="iso-2022-jp",
    body=f"""椎名様

お世話になっております。日の出産業の久米です。
お詫び状の再校を拝見しました。2か所だけ修正をお願いします。

　・2段落目「ご迷惑とご心配を」→「多大なるご迷惑とご心配を」
　・末尾のお問い合わせ窓口の受付時間「9:00〜17:00」→「10:00〜17:00」

上記修正で校了とさせてください。
{SIG_KUME}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp swaps i for l: a look-alike of the printer's domain",
)

# 072 — Outlook形式の引用（差出人/送信日時）の下に弁護士の一覧、本文は短い
_p = people(5, "072")
msg(72,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="RE: 賠償請求の示唆があった方への回答方針",
    charset="cp932",
    body=f"""小此木先生

整理いただきありがとうございます。方針どおり進めます。
A案の3名には来週中に書面を発送し、B案の2名は榊原から先にお電話します。

真壁

差出人: 小此木 遥 <okonogi@shirakawa-law.jp>
送信日時: 2026年10月22日 9:15
宛先: 真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>
件名: 賠償請求の示唆があった方への回答方針

真壁様

ご相談の5名について、回答方針を以下のとおり整理しました。

""" + "\n".join(f"{p['name']}様（{p['phone']}）：{a}" for p, a in zip(_p, ["A案（書面で見舞金の案内）", "B案（電話で説明のうえ書面）", "A案", "B案", "A案"])) + """

いずれも現時点で具体的な損害の立証はなく、見舞金の範囲での対応が妥当と考えます。
小此木""",
    expect="pass",
    entities=[],
    detectors=[],
    note="five names and phones appear only in the quoted Outlook-style original from the same lawyer",
)

# 073 — UTF-8（BOM付き）CSV：影響を受けた会員30件をフォレンジック業者へ
_p = people(30, "073")
msg(73,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["氷室 孝 <himuro@securetrace.co.jp>"],
    subject="登録情報変更があったアカウントの詳細",
    charset="utf-8",
    body=f"""氷室様

綿貫です。登録情報（配送先・電話番号）が攻撃者により変更された疑いのある30件について、
変更前の登録情報をCSVでお送りします。変更後の値は先日の差分ログにあります。
{SIG_WATANUKI}""",
    attachments=[{
        "kind": "csv", "name": "changed_accounts_30.csv", "encoding": "utf-8-sig",
        "rows": [["member_id", "氏名", "生年月日", "メール", "変更前電話", "変更日時"]]
                + [[p["member"], p["name"], ymd(p["dob"]), p["email"], p["phone"], f"2026-10-0{2 + i % 3} 0{i % 9}:{i * 2:02d}"]
                   for i, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 30 members' names, birth dates, e-mails and phones to the forensic vendor",
)

# 074 — ZIP（暗号化なし）：空の請求書様式と案内を請求者（キャリアメール）へ
msg(74,
    sender="個人情報お問い合わせ窓口 <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["k-ebina.0808@docomo.ne.jp"],
    subject="開示等請求書の様式をお送りします",
    charset="iso-2022-jp",
    body=f"""蛯名 様

日の出産業株式会社 個人情報お問い合わせ窓口でございます。
お電話でご依頼いただいた開示等請求書の様式と、手続きのご案内をお送りします。
スマートフォンでご覧になりにくい場合は、郵送もいたしますのでお申し付けください。

同封書類：
　・開示等請求書（Word）
　・手続きのご案内（PDF）
{SIG_MADOGUCHI}""",
    attachments=[{
        "kind": "zip", "name": "開示等請求書_様式一式.zip",
        "files": [
            {"kind": "docx", "name": "開示等請求書.docx",
             "paragraphs": ["保有個人データ開示等請求書", "日の出産業株式会社 御中", "請求日：　　年　　月　　日"],
             "tables": [[["請求者氏名", ""], ["住所", ""], ["電話番号", ""], ["請求の種類", "□開示 □訂正 □利用停止 □削除"]]]},
            {"kind": "pdf", "name": "手続きのご案内.pdf",
             "lines": ["開示等の請求手続きのご案内", "1. 請求書に必要事項をご記入ください。",
                       "2. 本人確認書類の写しを同封してください（運転免許証等）。", "3. 手数料は無料です。"]},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="blank request forms in a plain ZIP to a requester on carrier mail; no personal data",
)

# 075 — 転送：請求者の運転免許証の記載内容を弁護士へ
msg(75,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="FW: 本人確認書類の記載について（KJ-2026-0229）",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。久米です。
請求書の住所と免許証の住所が異なる件、相談センターからの報告を転送します。
このまま本人確認済みとしてよいか、ご意見をお願いします。

---------- 転送メッセージ ----------
From: 羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>
Date: 2026年10月16日 14:20
Subject: 本人確認書類の記載について（KJ-2026-0229）

久米さん

KJ-2026-0229 の本人確認書類（運転免許証の写し）の記載は以下のとおりです。

　氏名：饗庭 康弘
　生年月日：昭和４６年８月１９日
　住所：神奈川県相模原市中央区相模原2-9-14
　免許証番号：第 ４４１２０７６５３８１０ 号
　有効期限：令和９年９月１９日まで

請求書の住所は「横浜市西区北幸」で、転居届の記載は裏面にありません。
羽生
{SIG_KUME}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a forwarded report with a requester's driver's licence number (full-width) goes to the law firm",
)

# 076 — 本文で「社外秘扱いで」と依頼：マーキングか単なる言及か判断が分かれる
msg(76,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    subject="公表時期についての追加のご相談",
    charset="utf-8",
    body=f"""白川先生

お世話になっております。真壁です。
経営会議で、公表を本人通知の1週間後にずらしたいという意見が出ました。
株主総会の日程との兼ね合いが理由とのことです。

本人通知と公表の時期がずれることで、問い合わせの集中や報道対応に問題が生じないか、
法的な観点からご意見をいただけますでしょうか。

なお、本件は経営会議での議論段階の情報ですので、社外秘の扱いでお願いいたします。
{SIG_MAKABE}""",
    expect="either",
    entities=[],
    detectors=["confidential_marking"],
    note="the body asks for 社外秘 handling of the mail's content: a classification or only a mention? a reviewer could go either way",
)

# 077 — DOCX 議事録（受付番号のみで個人名なし）を弁護士へ
msg(77,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="苦情対応検討会（10/26）議事録のご確認",
    charset="utf-8",
    body=f"""小此木先生

10/26の苦情対応検討会の議事録をお送りします。
個別の案件は受付番号のみで記載しています。修正点があればご指摘ください。
{SIG_KUME}""",
    attachments=[{
        "kind": "docx", "name": "議事録_苦情対応検討会_1026.docx",
        "paragraphs": ["苦情対応検討会 議事録", "日時：2026年10月26日 15:00〜16:30",
                       "出席：白川法律事務所（小此木弁護士）、個人情報保護管理室、お客様相談センター、法務部",
                       "1. 賠償請求の示唆があった案件の方針を確認した。", "2. 見舞金の追加支払いは行わない。",
                       "3. 消費生活センター経由の案件は、センターへの報告を優先する。"],
        "tables": [[["受付番号", "区分", "方針", "担当"], ["C-26-0731", "賠償請求の示唆", "書面回答", "管理室"],
                    ["C-26-0740", "説明会の要求", "個別説明", "相談C"], ["C-26-0752", "消費生活センター経由", "センターへ報告", "相談C"],
                    ["C-26-0769", "退会・全削除", "削除完了を通知", "相談C"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="minutes identify cases only by ticket numbers; no person's data",
)

# 078 — PPTX 研修資料（個人データなし）＋ロゴ画像を委託先へ
msg(78,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["ベルヴォイス 日の出産業様担当チーム <hinode-team@bellvoice-cc.co.jp>"],
    subject="11/12研修の資料（事前配布）",
    charset="iso-2022-jp",
    body=f"""ベルヴォイス 日の出産業様担当チームの皆さま

久米です。11/12の研修資料を事前にお送りします。
当日は画面共有で進めますので、印刷は不要です。
{SIG_KUME}""",
    attachments=[
        {"kind": "pptx", "name": "委託先研修_開示請求の一次対応.pptx",
         "slides": [["開示請求の一次対応", "日の出産業株式会社 個人情報保護管理室"],
                    ["電話で「開示してほしい」と言われたら", "その場で回答しない", "請求書の送付先を案内する", "受付番号を発行する"],
                    ["本人確認の手順", "電話では本人確認を完了しない", "書類は当社管理室で確認する"],
                    ["やってはいけないこと", "登録内容を電話で読み上げる", "家族を名乗る人に情報を伝える", "個人のメールで資料を送る"]]},
        {"kind": "png", "name": "hinode_logo.png"},
    ],
    expect="pass",
    entities=[],
    detectors=[],
    note="training slides with no personal data, plus a logo image",
)

# 079 — 採用応募者の開示請求：調査会社へ逮捕歴に関する照会（要配慮：犯罪歴）
msg(79,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["株式会社確認リサーチ 調査部 <chosa@kakunin-research.co.jp>"],
    subject="調査報告書の記載に関する確認（応募者からの開示請求）",
    charset="iso-2022-jp",
    body=f"""株式会社確認リサーチ
調査部 ご担当者様

お世話になっております。日の出産業 人事部の一ノ瀬です。
本年8月にご依頼した採用前調査の対象者から、当社に対して開示請求がありました。

　対象者：百目鬼 拓也（どうめき たくや）
　生年月日：1994年2月8日
　調査報告書の記載：「2019年に傷害の容疑で逮捕（不起訴）」

ご本人は「逮捕された事実はない、別人と取り違えている」と主張しています。
記載の根拠となった情報源と、同一人物と判断された経緯をご教示ください。
また、要配慮個人情報の取得について本人の同意をどのように確認されたかも併せてお知らせください。
{SIG_ICHINOSE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's alleged arrest record (要配慮: 犯罪の経歴) sent to the screening vendor",
)

# 080 — 社内のみ：パスワードZIPを管理室へ
msg(80,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>", "土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>"],
    subject="本人通知対象者 全件リスト（暗号化済）",
    charset="utf-8",
    body=f"""真壁さん、土岐さん

本人通知対象の1,812件の全件リストです。念のため暗号化ZIPにしています。
パスワードはTeamsのチャットでお送りします。
{SIG_WATANUKI}""",
    attachments=[{"kind": "zip", "name": "通知対象_全件.zip", "password": "csirt-1812",
                  "files": [{"kind": "csv", "name": "通知対象_全件.csv", "encoding": "cp932",
                             "rows": [["会員ID", "氏名"], ["70000001", "（略）"]]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but sent only to internal colleagues",
)

# 081 — 社外秘スタンプ＋15名の訂正対象一覧（XLSX）をシステム委託先へ
_p = people(15, "081")
_q = people(15, "081b")
msg(81,
    sender="土岐 慎吾 <toki.shingo@hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="登録情報の訂正（攻撃者による変更の復旧）15件",
    charset="cp932",
    body=f"""井筒様

お世話になっております。土岐です。
攻撃者により配送先住所が書き換えられていた会員のうち、ご本人に確認が取れた15件について、
本来の住所への訂正をお願いします。一覧を添付します。
{SIG_TOKI}""",
    attachments=[{
        "kind": "xlsx", "name": "訂正対象_15件.xlsx", "page_header": "社外秘",
        "sheets": {"訂正対象": [["社外秘　登録情報訂正対象一覧（2026/10/20）"],
                              ["会員番号", "氏名", "電話", "訂正後（正しい住所）", "変更されていた住所"]]
                             + [[p["member"], p["name"], p["phone"], p["addr"], q["addr"]] for p, q in zip(_p, _q)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "confidential_marking"],
    note="15 members' names, phones and addresses in a spreadsheet stamped 社外秘, to the processor",
)

# 082 — 請求者本人と代理人（2名）の情報を弁護士へ
msg(82,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="成年後見人からの開示請求について",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。久米です。
成年後見人を名乗る方から、被後見人の購入履歴の開示請求がありました。
登記事項証明書の写しは添付されていますが、後見人の権限で足りるかご確認ください。

【本人】
　氏名：鬼頭 和子　生年月日：昭和１２年５月３日
　住所：岐阜県岐阜市神田町4-7-2
【請求者（成年後見人）】
　氏名：鬼頭 誠（長男）
　電話：090-2218-5530

本人の会員登録は平成22年で、直近3年は購入履歴がありません。
{SIG_KUME}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's records (the principal and her guardian) to the law firm: below five, may warn",
)

# 083 — English: three outside organisations visible to each other
msg(83,
    sender="Risa Makabe <makabe.risa@hinode-sangyo.co.jp>",
    to=["Priya Raman <p.raman@meridian-bpo.com>", "Tom Ashdown <t.ashdown@kestrel-audit.com>"],
    cc=["Takashi Himuro <himuro@securetrace.co.jp>"],
    subject="Processor audit of the English support line - kick-off",
    charset="utf-8",
    body=f"""Dear Priya, Tom and Himuro-san,

Following the incident in October, we will audit how the English support line handles
personal data on our behalf. I would like to hold a short kick-off call:

  Date:  Tuesday 10 November, 17:00 JST (16:00 SGT, 08:00 GMT)
  Link:  to follow

Tom's team (Kestrel) will lead the audit; Himuro-san will cover the technical
controls; Priya, please bring your site security lead.

Best regards,
{SIG_MAKABE_EN}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc can see each other's addresses",
)

# 084 — 「マイナンバー」の語のみ（番号なし）を請求者（iCloud）へ
msg(84,
    sender="個人情報お問い合わせ窓口 <kaiji-madoguchi@hinode-sangyo.co.jp>",
    to=["九十九 律子 <ritsuko.tsukumo@icloud.com>"],
    subject="Re: マイナンバーを登録した覚えがないのですが",
    charset="utf-8",
    body=f"""九十九 律子 様

日の出産業株式会社 個人情報お問い合わせ窓口でございます。
お問い合わせありがとうございます。

当社の通販会員サービスでは、お客様のマイナンバー（個人番号）をお預かりすることはございません。
先日お送りした開示結果の「保有個人データの項目」にも、マイナンバーの項目はございません。

「マイナンバーの確認」と称して電話やSMSで番号を聞き出そうとする事例が報告されております。
当社からそのようなご連絡をすることはございませんので、ご注意ください。
{SIG_MADOGUCHI}

2026年10月25日 21:03、九十九 律子 <ritsuko.tsukumo@icloud.com> のメール:
> 日の出産業から「マイナンバーの確認」という電話がありました。
> 登録した覚えはないのですが、御社は私のマイナンバーを持っているのでしょうか？""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="マイナンバー only as a word, no number; one private recipient",
)

# 085 — タブ区切りの3名（4名以下）を委託先へ
_p = people(3, "085")
msg(85,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="メールマガジン配信停止が反映されていない件",
    charset="cp932",
    body="""井筒様

相談センターの羽生です。
配信停止を受け付けたのにメルマガが届いたという苦情が3件ありました。
配信停止フラグの反映状況を確認いただけますか。

会員ID\t氏名\tメールアドレス\t停止受付日
""" + "\n".join(f"{p['member']}\t{p['name']}\t{p['email']}\t2026/10/{12 + i}" for i, p in enumerate(_p)) + f"""

3件とも10/20配信分が届いたとのことです。
{SIG_HANYU}""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three members' names and e-mails, tab-separated: below the list threshold, may warn",
)

# 086 — 会員IDのみのログ抜粋（個人データなし）でシステム改修依頼
msg(86,
    sender="綿貫 悠 <watanuki.yu@hinode-sangyo.co.jp>",
    to=["井筒 大輔 様 <izutsu@tsubasa-system.jp>"],
    subject="【改修依頼】削除バッチのエラー（FK制約違反）",
    charset="utf-8",
    body=f"""井筒様

綿貫です。昨夜の削除バッチで以下のエラーが出て、12件が削除されずに残っています。
ポイント履歴テーブルの外部キーが原因と思われます。改修の見積もりをお願いします。

2026-11-15 02:14:07 ERROR delete_member: FK violation point_history.member_id=70412285
2026-11-15 02:14:07 ERROR delete_member: FK violation point_history.member_id=70412913
2026-11-15 02:14:08 ERROR delete_member: FK violation point_history.member_id=70418847
2026-11-15 02:14:08 ERROR delete_member: FK violation order_header.member_id=70420016
（以下同様、計12件）

残った12件は、改修まで手動で削除する運用にします。
{SIG_WATANUKI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="error log with internal member IDs only; no name, contact or attribute",
)

# 087 — ZIP（暗号化なし）：報告書PDFと集計XLSX（個人データなし）を保険会社へ
msg(87,
    sender="真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>",
    to=["門脇 聡子 様 <kadowaki.satoko@towa-sonpo.co.jp>"],
    subject="保険金請求書類一式（CY-2026-008813）",
    charset="iso-2022-jp",
    body=f"""門脇様

お世話になっております。日の出産業の真壁でございます。
保険金請求に必要な書類一式をZIPにまとめてお送りします。
　・保険金請求書（PDF）
　・費用明細（Excel）
原本は本日郵送いたしました。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "zip", "name": "保険金請求書類_CY-2026-008813.zip",
        "files": [
            {"kind": "pdf", "name": "保険金請求書.pdf",
             "lines": ["保険金請求書", "証券番号 CY-2026-008813", "被保険者 日の出産業株式会社",
                       "事故日 2026年10月2日", "請求額 8,250,000円"]},
            {"kind": "xlsx", "name": "費用明細.xlsx",
             "sheets": {"明細": [["費目", "支払先", "金額"], ["フォレンジック調査", "セキュアトレース株式会社", 4800000],
                                ["本人通知（郵送）", "錦印刷株式会社", 1350000], ["コールセンター増員", "株式会社ベルヴォイス・コミュニケーションズ", 2100000]]}},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="plain ZIP of a claim form and a cost sheet naming only companies",
)

# 088 — 苦情1件（要配慮なし）を委託先へ
msg(88,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>"],
    subject="オペレーター応対に関する苦情（10/27受付）",
    charset="iso-2022-jp",
    body=f"""宍戸様

お世話になっております。榊原です。
不正アクセス専用ダイヤルの応対について、お客様から苦情がありました。

　お客様：小鳥遊 修 様
　電話　：0422-21-5098
　内容　：10/26 19時頃に専用ダイヤルへ電話したところ、オペレーターから
　　　　　「ご自身のパスワード管理の問題では」と言われ不快だった。

当該通話の録音を確認のうえ、応対したオペレーターと経緯をご報告ください。
お客様へは当社からお詫びのお電話を差し上げます。
{SIG_SAKAKIBARA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one complainant's name and phone, no special-care data: a single record, may warn",
)

# 089 — midori-gink0.co.jp（o をゼロにした）宛：返金1件
msg(89,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["みどり銀行 新橋支店 法人営業課 <shimbashi-hojin@midori-gink0.co.jp>"],
    subject="返金振込の依頼（なりすまし注文分）",
    charset="cp932",
    body="""みどり銀行 新橋支店 法人営業課 ご担当者様

お世話になっております。日の出産業の芦田です。
なりすまし注文で代金を引き落とされたお客様への返金を、下記のとおりお願いします。

　受取人：ナカソネ コトネ
　振込先：瀬戸内銀行 高松支店　普通　5521907
　金額　：32,780円

芦田 恭平
日の出産業株式会社 総務部""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-gink0.co.jp (zero for o) is a look-alike of the partner bank's domain",
)

# 090 — HTMLのみ：カード会社へ不正利用調査協力（カード番号全桁）
_cn = card_number(SEED + 102)
msg(90,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["ほしぞらカード 不正利用調査室 <fraud-desk@hoshizora-card.co.jp>"],
    subject="なりすまし注文に関するご照会への回答",
    charset="utf-8",
    html=f"""<html><body>
<p>株式会社ほしぞらカード<br>不正利用調査室 ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 お客様相談センターの榊原です。<br>
10月29日付でご照会いただいた取引について、当社サイトでの注文記録を以下のとおりご回答いたします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>注文番号</th><th>注文日時</th><th>会員名</th><th>カード番号</th><th>金額</th><th>配送先</th></tr>
<tr><td>HN-26100487</td><td>2026/10/04 03:12</td><td>谷口 ふみ</td><td>{_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}</td><td>¥48,400</td><td>（変更後の住所）</td></tr>
</table>
<p>当該注文は不正ログイン後に配送先が変更されたもので、商品は発送前にキャンセルしております。</p>
<p>日の出産業株式会社 お客様相談センター<br>センター長 榊原 健一<br>TEL 03-5412-7700</p>
</body></html>""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="HTML table with a full card number and the member's name sent to the card company",
)

# 091 — 相手方代理人（別の法律事務所）への回答日程の連絡
msg(91,
    sender="鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>",
    to=["あさひ総合法律事務所 嵯峨 正臣 先生 <saga@asahi-sogo-law.jp>"],
    subject="御依頼者 御手洗様の開示請求に対する回答について",
    charset="cp932",
    body=f"""あさひ総合法律事務所
弁護士　嵯峨 正臣 先生

前略　当社は、貴職が代理人を務められる御手洗様からの令和8年10月15日付開示請求につき、
現在回答書を準備しております。回答書は11月6日までに貴職宛に書留郵便にて発送いたします。

なお、通話録音の一部につきましては、当社従業員の発言部分を除いて開示する予定であり、
その理由は回答書に記載いたします。
取り急ぎ、回答予定日をお知らせいたします。　草々
{SIG_WASHIO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule notice to the requester's own attorney; the requester is named only",
)

# 092 — 社労士へ従業員4名の開示請求関連情報（4名）
_p = people(4, "092")
msg(92,
    sender="一ノ瀬 葵 <ichinose.aoi@hinode-sangyo.co.jp>",
    to=["黒岩先生 <kuroiwa@kuroiwa-sr.jp>"],
    subject="雇用保険の記録に関する開示請求（4名）",
    charset="utf-8",
    body=f"""黒岩先生

お世話になっております。一ノ瀬です。
先日の件と同様に、雇用保険の手続記録について開示請求が4名からありました。
貴事務所で保管されている届出控えの有無をご確認ください。

""" + "\n".join(f"■{p['name']}（{ymd(p['dob'])}生）\n　{p['addr']}\n　社員番号 H-{1100 + i * 37}" for i, p in enumerate(_p)) + f"""

いずれも2023年以前に退職した元社員です。
{SIG_ICHINOSE}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four former employees' records to the labour-law office: just under the list threshold, may warn",
)

# 093 — 社内のみ：要配慮を含む苦情一覧（PDF）
_p = people(7, "093")
msg(93,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>", "真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>"],
    subject="配慮が必要なお申出者の一覧（週次）",
    charset="utf-8",
    body=f"""センター長、真壁さん

今週の「配慮が必要なお申出者」の一覧です。対応方針の確認をお願いします。
{SIG_SAOTOME}""",
    attachments=[{
        "kind": "pdf", "name": "要配慮申出者一覧_週次.pdf",
        "lines": ["配慮が必要なお申出者一覧（社内限り）", ""],
        "table": [["氏名", "電話", "配慮事項"]] + [[p["name"], p["phone"], k] for p, k in zip(_p, [
            "聴覚障害（FAXのみ）", "うつ病で通院中、長電話不可", "DV被害で避難中", "入院中（家族が代理）",
            "視覚障害（点字での回答希望）", "認知症の疑い（後見人あり）", "がん治療中"])],
    }],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a list with health and disability notes, but sent only inside the company",
)

# 094 — 聴覚障害のある請求者への対応依頼を委託先へ（要配慮：障害）
msg(94,
    sender="早乙女 千夏 <saotome.chinatsu@cs.hinode-sangyo.co.jp>",
    to=["宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>"],
    subject="電話以外での連絡をご希望のお客様について",
    charset="cp932",
    body=f"""宍戸様

お世話になっております。早乙女です。
開示請求の手続き中のお客様について、応対上のお願いです。

　お名前：薬袋 智子 様
　メール：tomoko.minai@yahoo.co.jp
　FAX　 ：048-833-1926

ご本人は聴覚障害（身体障害者手帳2級）をお持ちで、電話でのご連絡ができません。
貴社からのアウトバウンドの際はメールかFAXでお願いします。
受付システムの顧客メモにもこの旨を登録してください。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named requester's hearing disability (要配慮) with her contacts, to the call-centre processor",
)

# 095 — 健康保険証の記号・番号を本人確認の委託先へ
msg(95,
    sender="羽生 亮 <hanyu.ryo@cs.hinode-sangyo.co.jp>",
    to=["eKYCパートナーズ 審査センター <shinsa@ekyc-partners.co.jp>"],
    subject="本人確認の再審査依頼（申請ID EK-558102）",
    charset="iso-2022-jp",
    body=f"""株式会社eKYCパートナーズ
審査センター ご担当者様

お世話になっております。日の出産業 お客様相談センターの羽生です。
開示請求のオンライン本人確認で「書類不鮮明」となった申請について、
ご本人から電話で読み上げていただいた内容を記載しますので、再審査をお願いします。

　申請ID：EK-558102
　氏名　：宇佐美 陽向
　生年月日：2001年9月17日
　書類　：健康保険証（被保険者）
　記号　：１７０３８　番号：４２５
　保険者番号：06139862

書類画像の再アップロードはご本人にも依頼済みです。
{SIG_HANYU}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a health insurance card's 記号・番号 with name and birth date sent to the ID-check processor",
)

# 096 — English: overseas law firm about a GDPR response timeline (disclaimer)
msg(96,
    sender="Risa Makabe <makabe.risa@hinode-sangyo.co.jp>",
    to=["Eleanor Harcourt <e.harcourt@harcourt-lewis.com>"],
    subject="RE: Timeline for responding to the French customer's access request",
    charset="utf-8",
    body=f"""Dear Eleanor,

Thank you for your note. We agree with your reading: since the customer ordered from our
Japanese shop while living in France and we target EU customers with French-language
pages, we will treat her request under Article 15 GDPR as well as under the APPI.

We verified her identity on 20 October, so we will aim to respond by 20 November at
the latest. We will not extend the deadline unless the call recordings take longer
to review than expected.

I will send you the draft response letter for review next week.

Best regards,
{SIG_MAKABE_EN}
{DISC_EN}

-----Original Message-----
From: Eleanor Harcourt <e.harcourt@harcourt-lewis.com>
Sent: 21 October 2026 09:40
Subject: Timeline for responding to the French customer's access request

Dear Risa, the one-month period runs from receipt of the request, but it is common to
count from verification where identity was genuinely in doubt...""",
    expect="pass",
    entities=[],
    detectors=[],
    note="legal discussion with an overseas law firm; no personal data; standard disclaimer",
)

# 097 — 委託先の日報（7名の架電者一覧）を弁護士へ転送
_p = people(7, "097")
msg(97,
    sender="榊原 健一 <sakakibara.kenichi@hinode-sangyo.co.jp>",
    to=["白川 修一 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["真壁 理沙 <makabe.risa@hinode-sangyo.co.jp>"],
    subject="転送: 【ベルヴォイス】不正アクセス専用ダイヤル 日報（10/12）",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。榊原です。
専用ダイヤルの委託先から届いた日報を転送します。
「集団訴訟」に言及された方が複数いらっしゃいますので、対応についてご意見をください。

-------- 転送メッセージ --------
差出人: 宍戸 雅人 <shishido.m@bellvoice-cc.co.jp>
日付: 2026年10月12日 20:41
件名: 【ベルヴォイス】不正アクセス専用ダイヤル 日報（10/12）

日の出産業 榊原様

本日の入電 214件のうち、エスカレーション対象は以下の7件です。

""" + table([["氏名", "折返し先", "要件"]] + [[p["name"], p["phone"], k] for p, k in zip(_p, [
        "集団訴訟に参加すると", "謝罪文を要求", "集団訴訟に言及", "マスコミに連絡済み", "全データ削除", "弁護士から連絡させる", "説明会の要求"])], gap=" | ", rule="=") + """

ベルヴォイス・コミュニケーションズ　宍戸""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded processor report with seven callers' names and phone numbers: the forward is new to the lawyer",
)

# 098 — 破損したPDF（本人確認書類のスキャン）を弁護士へ
msg(98,
    sender="久米 早苗 <kume.sanae@hinode-sangyo.co.jp>",
    to=["小此木 遥 先生 <okonogi@shirakawa-law.jp>"],
    subject="委任状のスキャン（KJ-2026-0237）",
    charset="iso-2022-jp",
    body=f"""小此木先生

お世話になっております。久米です。
KJ-2026-0237 の委任状と本人確認書類のスキャンをお送りします。
委任者の署名が印字のように見えるのですが、有効と考えてよいかご意見をお願いします。
{SIG_KUME}""",
    attachments=[{"kind": "corrupt", "name": "KJ-2026-0237_委任状_スキャン.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the scanned PDF is corrupt and cannot be inspected",
)

# 099 — お詫び品の発送リスト（XLSX、2シート、25名）を発送代行会社へ
_p = people(25, "099")
msg(99,
    sender="芦田 恭平 <ashida.kyohei@hinode-sangyo.co.jp>",
    to=["フルフィルジャパン 受注センター <order@fulfil-japan.co.jp>"],
    subject="お詫び品（QUOカード）発送データ 第1便",
    charset="utf-8",
    body="""株式会社フルフィルジャパン
受注センター ご担当者様

お世話になっております。日の出産業 総務部の芦田です。
お詫び品（QUOカード500円分＋お詫び状）の発送データ第1便をお送りします。
「発送先」シートが宛先、「集計」シートが都道府県別の件数です。
11/9（月）の出荷でお願いいたします。

芦田 恭平
日の出産業株式会社 総務部
TEL 03-5412-7740""",
    attachments=[{
        "kind": "xlsx", "name": "お詫び品発送データ_第1便.xlsx",
        "sheets": {"発送先": [["お詫び品 発送データ 第1便（25件）"], ["管理No", "郵便番号", "住所", "氏名", "電話番号"]]
                             + [[f"OW-{1001 + i}", p["zip"], p["addr"], p["name"], p["phone"]] for i, p in enumerate(_p)],
                   "集計": [["都道府県", "件数"]] + [[k, v] for k, v in sorted(
                       {p["pref_city"][:3]: sum(1 for q in _p if q["pref_city"][:3] == p["pref_city"][:3]) for p in _p}.items())]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 25 people's names, addresses and phones to a fulfilment vendor",
)

# 100 — 相手方代理人と請求者本人（フリーメール）の二者へ：日程調整
msg(100,
    sender="鷲尾 隆之 <washio.takayuki@hinode-sangyo.co.jp>",
    to=["嵯峨 正臣 先生 <saga@asahi-sogo-law.jp>"],
    cc=["御手洗 陽子 様 <yoko.mitarai.0412@gmail.com>"],
    subject="開示の実施方法（閲覧）の日程について",
    charset="utf-8",
    body=f"""嵯峨先生
（cc：御手洗様）

お世話になっております。日の出産業 法務部の鷲尾です。
御手洗様より、通話録音を当社にて直接聴取する方法での開示をご希望いただきました。
つきましては、下記いずれかの日程でご来社いただけますでしょうか。

　・11月10日（火）14:00〜
　・11月12日（木）10:00〜
　・11月13日（金）15:00〜

会場は当社9F会議室、所要時間は2時間程度を見込んでおります。
御手洗様ご本人のご希望により、本メールはお二人にお送りしております。
{SIG_WASHIO}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="two external parties (the requester's attorney and the requester herself, at her request); no personal data",
)
