"""Blind evaluation corpus -- area: web (日の出産業's corporate website).

Mail about the corporate website: forwarding what the contact form received
(問い合わせフォームの受信内容の転送), site-update requests to the web production company
(サイト更新の依頼を制作会社へ), access analytics (アクセス解析), form test submissions
(フォームのテスト送信) and the revision of the privacy policy (個人情報保護方針の改定).

Everything in this file is invented: every person, address, telephone number, e-mail
address, account, card and My Number, and every organisation beyond those the brief
names.  It was written blind, from BRIEF.md, build.py and SPEC.md only; mailguard's code,
rules and tests were never opened.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 39601
rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# small helpers (fictional data only)
# --------------------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - dw(s))


def zpad(s: str, w: int) -> str:
    """pad with full-width spaces to display width w (w even)."""
    n = max(0, w - dw(s))
    return s + "　" * (n // 2) + (" " if n % 2 else "")


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, y, ab = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if style == "abbr":
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


def corp_no() -> str:
    """a 13-digit 法人番号 with a valid check digit (fictional)."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):
        p = base[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + "".join(map(str, base))


SURNAMES = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("渡辺", "ワタナベ", "watanabe"), ("伊藤", "イトウ", "ito"), ("山本", "ヤマモト", "yamamoto"),
    ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"), ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"),
    ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"), ("橋本", "ハシモト", "hashimoto"),
    ("阿部", "アベ", "abe"), ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"),
    ("藤田", "フジタ", "fujita"), ("後藤", "ゴトウ", "goto"), ("岡田", "オカダ", "okada"),
    ("長谷川", "ハセガワ", "hasegawa"), ("村上", "ムラカミ", "murakami"), ("近藤", "コンドウ", "kondo"),
    ("坂口", "サカグチ", "sakaguchi"), ("遠藤", "エンドウ", "endo"), ("青木", "アオキ", "aoki"),
    ("勅使河原", "テシガワラ", "teshigawara"), ("四十物", "アイモノ", "aimono"),
    ("小鳥遊", "タカナシ", "takanashi"), ("東海林", "ショウジ", "shoji"),
    ("五百旗頭", "イオキベ", "iokibe"), ("薬袋", "ミナイ", "minai"), ("百目鬼", "ドウメキ", "domeki"),
    ("月見里", "ヤマナシ", "yamanashi"), ("鬼頭", "キトウ", "kito"), ("纐纈", "コウケツ", "koketsu"),
    ("間瀬", "マセ", "mase"), ("犬飼", "イヌカイ", "inukai"), ("水野", "ミズノ", "mizuno"),
    ("服部", "ハットリ", "hattori"), ("杉浦", "スギウラ", "sugiura"), ("榊原", "サカキバラ", "sakakibara"),
]
GIVEN = [
    ("陽菜", "ヒナ", "hina", "F"), ("結衣", "ユイ", "yui", "F"), ("美咲", "ミサキ", "misaki", "F"),
    ("優子", "ユウコ", "yuko", "F"), ("真由美", "マユミ", "mayumi", "F"), ("千尋", "チヒロ", "chihiro", "F"),
    ("恵", "メグミ", "megumi", "F"), ("由紀子", "ユキコ", "yukiko", "F"), ("彩花", "アヤカ", "ayaka", "F"),
    ("智子", "トモコ", "tomoko", "F"), ("奈々", "ナナ", "nana", "F"), ("里美", "サトミ", "satomi", "F"),
    ("翔太", "ショウタ", "shota", "M"), ("大輔", "ダイスケ", "daisuke", "M"), ("健一", "ケンイチ", "kenichi", "M"),
    ("拓也", "タクヤ", "takuya", "M"), ("誠", "マコト", "makoto", "M"), ("浩二", "コウジ", "koji", "M"),
    ("直樹", "ナオキ", "naoki", "M"), ("蓮", "レン", "ren", "M"), ("悠斗", "ユウト", "yuto", "M"),
    ("修", "オサム", "osamu", "M"), ("和也", "カズヤ", "kazuya", "M"), ("隆", "タカシ", "takashi", "M"),
    ("颯", "ハヤテ", "hayate", "M"), ("勝利", "カツトシ", "katsutoshi", "M"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
PLACES = [
    ("464-0851", "愛知県", "名古屋市千種区", "今池南"), ("466-0015", "愛知県", "名古屋市昭和区", "御器所通"),
    ("440-0806", "愛知県", "豊橋市", "八町通"), ("503-0887", "岐阜県", "大垣市", "郭町"),
    ("510-0086", "三重県", "四日市市", "諏訪栄町"), ("432-8021", "静岡県", "浜松市中央区", "佐鳴台"),
    ("156-0057", "東京都", "世田谷区", "上北沢"), ("174-0071", "東京都", "板橋区", "常盤台"),
    ("223-0061", "神奈川県", "横浜市港北区", "日吉"), ("333-0848", "埼玉県", "川口市", "芝下"),
    ("273-0041", "千葉県", "船橋市", "旭町"), ("564-0082", "大阪府", "吹田市", "片山町"),
    ("663-8113", "兵庫県", "西宮市", "甲子園口"), ("606-8267", "京都府", "京都市左京区", "北白川東平井町"),
    ("813-0013", "福岡県", "福岡市東区", "香椎駅前"), ("062-0933", "北海道", "札幌市豊平区", "平岸三条"),
    ("980-0801", "宮城県", "仙台市青葉区", "木町通"), ("731-0138", "広島県", "広島市安佐南区", "祇園"),
    ("390-0861", "長野県", "松本市", "蟻ケ崎"), ("951-8165", "新潟県", "新潟市中央区", "関屋"),
    ("921-8035", "石川県", "金沢市", "泉が丘"), ("710-0826", "岡山県", "倉敷市", "老松町"),
    ("480-1144", "愛知県", "長久手市", "熊田"), ("486-0945", "愛知県", "春日井市", "勝川町"),
]
BUILDINGS = ["", "", "", " コーポ若葉203", " メゾン桜ヶ丘101", " グランシャトー305", "-502",
             " サンハイツ2F", " パークサイド東棟710"]


def person(gender: str | None = None, born: tuple[int, int] = (1950, 2003)) -> dict:
    s = rng.choice(SURNAMES)
    pool = [g for g in GIVEN if gender is None or g[3] == gender]
    g = rng.choice(pool)
    zipc, pref, city, town = rng.choice(PLACES)
    if rng.random() < 0.5:
        num = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    else:
        num = f"{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号"
    addr = f"{pref}{city}{town}{num}{rng.choice(BUILDINGS)}"
    pre = rng.choice(["090", "080", "070", "090", "080"])
    tel = f"{pre}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    style = rng.randrange(4)
    if style == 0:
        local = f"{g[2]}.{s[2]}{rng.randint(1, 99)}"
    elif style == 1:
        local = f"{s[2]}_{g[2][0]}{rng.randint(100, 999)}"
    elif style == 2:
        local = f"{g[2][:3]}{s[2][:4]}{rng.randint(1960, 2005) % 100:02d}"
    else:
        local = f"{rng.choice(['happy', 'blue', 'mikan', 'sora', 'kuma', 'hoshi'])}-{g[2]}{rng.randint(1, 9)}"
    email = f"{local}@{rng.choice(FREEMAIL)}"
    dob = date(rng.randint(*born), 1, 1) + timedelta(days=rng.randrange(365))
    return {"sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "roma": f"{g[2].capitalize()} {s[2].capitalize()}", "gender": g[3], "zip": zipc,
            "pref": pref, "addr": addr, "tel": tel, "email": email, "dob": dob}


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


# --------------------------------------------------------------------------------------
# senders (internal) and their signatures
# --------------------------------------------------------------------------------------

HQ = "〒460-0008 愛知県名古屋市中区栄三丁目15番27号 日の出ビル7F"

SIG = {
    "onodera": ("小野寺 彩 <onodera@hinode-sangyo.co.jp>", f"""
――――――――――――――――――――――――
日の出産業株式会社
広報部 Webグループ　小野寺 彩（Onodera Aya）
{HQ}
TEL 052-261-4470（代表）　内線 2315
E-mail onodera@hinode-sangyo.co.jp
――――――――――――――――――――――――"""),
    "kubota": ("久保田 航 <kubota@hinode-sangyo.co.jp>", """
--
日の出産業株式会社 情報システム部
久保田 航  (kubota@hinode-sangyo.co.jp)
TEL: 052-261-4477 / FAX: 052-261-4480"""),
    "fujisaki": ("藤崎 真理子 <fujisaki@hinode-sangyo.co.jp>", f"""
*******************************************
日の出産業株式会社　総務部 法務課
藤崎 真理子
{HQ}
直通 052-261-4492
*******************************************"""),
    "miyake": ("三宅 健太 <miyake@hinode-sangyo.co.jp>", """
------------------------------
日の出産業(株) 営業企画部
三宅 健太
TEL 052-261-4470 / 携帯はチャットでご連絡ください
------------------------------"""),
    "takagi": ("高城 智美 <takagi@hinode-sangyo.co.jp>", f"""
■□■□■□■□■□■□■□■□■□■□
日の出産業株式会社 人事部 採用課
高城 智美（たかぎ さとみ）
{HQ}
採用専用ダイヤル 052-261-4455
■□■□■□■□■□■□■□■□■□■□"""),
    "togawa": ("戸川 隼人 <togawa@hinode-sangyo.co.jp>", """
―――――――――――――――――
日の出産業株式会社 カスタマーサポート室
戸川 隼人
お客様窓口 0120-61-4470（平日9:00-17:30）
―――――――――――――――――"""),
    "miyamoto": ("宮本 紗希 <miyamoto-s@hinode-sangyo.co.jp>", """
=====================================
日の出産業株式会社 広報部
宮本 紗希 / Miyamoto Saki
052-261-4470(代) ext.2318
====================================="""),
    "nakagawa": ("Ryo Nakagawa <nakagawa@hinode-sangyo.co.jp>", """
--
Ryo Nakagawa
Digital Communications, Corporate Planning Dept.
Hinode Sangyo Co., Ltd.
3-15-27 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel: +81-52-261-4470"""),
    "webmaster": ("日の出産業 Webサイト管理 <webmaster@hinode-sangyo.co.jp>", """
--
日の出産業株式会社 Webサイト管理担当（広報部）
webmaster@hinode-sangyo.co.jp"""),
}

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""


def frm(key: str) -> str:
    return SIG[key][0]


def sig(key: str) -> str:
    return SIG[key][1]


# external contacts (fictional organisations besides the brief's partners)
SORA = "株式会社アトリエ・ソラ"
OOTSUKI = "大槻 様 <ootsuki@atelier-sora.co.jp>"
MORISHITA = "森下 <morishita@atelier-sora.co.jp>"
SHIMURA = "shimura@atelier-sora.co.jp"
KUMONOS = "坂巻 <sakamaki@kumonos-host.jp>"
DATALEAF = "江口 <eguchi@dataleaf.co.jp>"
FORMNAVI = "フォームナビ サポート <support@formnavi.jp>"
HAISHIN = "西田 <nishida@haishin-plus.com>"
LINGO = "原 <hara@lingo-bridge.co.jp>"
NORTHPINE = "Daniel Lim <daniel.lim@northpine-digital.com>"
CAREER = "今井 <imai@career-hashi.co.jp>"
PAYGATE = "加盟店サポート <merchant-support@paygate-one.jp>"
TSUBASA = "岩渕 <iwabuchi@tsubasa-system.jp>"
SHIRAKAWA = "白川 <shirakawa@shirakawa-law.jp>"
NONOMURA = "野々村 <nonomura@shirakawa-law.jp>"
KAWASAKI = "松永 <matsunaga@kawasaki-denki.co.jp>"
AOBA = "中条 <nakajo@aoba-unyu.co.jp>"
KITAGUNI = "堀 <hori@kitaguni-foods.co.jp>"
NISHIKI = "今泉 <imaizumi@nishiki-insatsu.co.jp>"
SAKURA = "小宮 <komiya@sakura-hotel.jp>"
MIDORI = "三浦 <miura@midori-ginko.co.jp>"

HINODE_CORP_NO = corp_no()
SORA_T_NO = "T" + corp_no()

M: list[dict] = []


def add(**kw) -> None:
    M.append(kw)


# ======================================================================================
# STOP — lists of people
# ======================================================================================

# L1: CSV (CP932) export of the contact form, 42 rows, to the production company
_rows = [["受付番号", "受付日時", "お名前", "フリガナ", "メールアドレス", "電話番号", "郵便番号",
          "ご住所", "お問い合わせ種別", "お問い合わせ内容"]]
_kinds = [("製品について", "ステンレス保存容器の替えパッキンだけ購入できますか"),
          ("カタログ請求", "総合カタログを郵送でお願いします"),
          ("取扱店舗", "近くで実物を見られるお店を教えてください"),
          ("その他", "サイトの文字が小さくて読みづらいです"),
          ("製品について", "食洗機に対応していますか"),
          ("修理・部品", "取っ手が割れたので部品を取り寄せたい")]
for i, p in enumerate(people(42)):
    k = rng.choice(_kinds)
    _rows.append([f"C2505-{1040 + i:04d}", f"2025/05/{1 + i // 3:02d} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
                  p["name"], p["kana"], p["email"], p["tel"].replace("-", "") if i % 4 == 0 else p["tel"],
                  p["zip"], p["addr"], k[0], k[1]])
add(sender=frm("onodera"), to=[OOTSUKI], cc=["kubota@hinode-sangyo.co.jp"],
    subject="【ご確認依頼】お問い合わせフォーム 二重登録の件（5月分データ）", charset="iso-2022-jp",
    body=f"""{SORA}
大槻様

いつもお世話になっております。日の出産業の小野寺です。

先日お電話でお話しした、お問い合わせフォームで同じ内容が2回ずつ
登録されてしまう件ですが、管理画面から5月分をCSVで書き出しましたので
添付いたします。受付番号が連番で2つずつ並んでいるものが該当です。

お手数ですが原因の調査をお願いできますでしょうか。
来週の定例までに状況だけでも伺えますと助かります。

よろしくお願いいたします。
{sig("onodera")}
""",
    attachments=[{"kind": "csv", "name": "inquiry_202505.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="contact-form export of 42 people (name, mail, phone, address) as CSV to the web agency")

# L2: catalogue requests pasted as a space-padded table, 7 rows, to the printer (DM)
_ps = people(7)
_lines = [pad("氏名", 16) + pad("〒", 10) + pad("住所", 58) + "TEL",
          "-" * 100]
for p in _ps:
    _lines.append(pad(p["name"], 16) + pad(p["zip"], 10) + pad(p["addr"], 58) + p["tel"])
add(sender=frm("miyamoto"), to=[NISHIKI],
    subject="総合カタログ発送分（Web資料請求 6/2〜6/6）",
    charset="cp932",
    body=f"""錦印刷株式会社
今泉様

お世話になっております。日の出産業の宮本です。
今週分のWebからの資料請求です。いつものように総合カタログ2025と
送付状を同封のうえ、メール便での発送をお願いいたします。

{chr(10).join(_lines)}

宛名ラベルはこちらで作ると時間がかかるため、御社で印字いただけると助かります。
{sig("miyamoto")}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven catalogue requesters (name, postcode, address, phone) pasted as a padded table to an external printer")

# L3: seminar registrations as an HTML table (HTML-only mail), 10 rows, to the hotel
_ps = people(10)
_cos = ["東海精機株式会社", "有限会社みなと工業", "株式会社フジノ製作所", "三河メタル株式会社",
        "株式会社ナガラ技研", "中部ケミカル株式会社", "株式会社いぶき商事", "尾張ツール株式会社",
        "株式会社さくら設計", "瀬戸セラミックス株式会社"]
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{_cos[i]}</td><td>{p['tel']}</td>"
    f"<td>{p['email']}</td></tr>" for i, p in enumerate(_ps))
add(sender=frm("miyake"), to=[SAKURA],
    subject="6/20 新製品セミナー 参加者名簿（名札作成用）",
    html=f"""<html><body style="font-family:sans-serif">
<p>さくらホテル 宴会予約ご担当<br>小宮様</p>
<p>いつもお世話になっております。日の出産業 営業企画部の三宅です。<br>
6/20（金）「2025年 新製品セミナー」のWeb申込者名簿をお送りします。<br>
受付で名札をお渡ししたいので、名札の作成と受付での照合をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>お名前</th><th>会社名</th><th>当日連絡先</th><th>メール</th></tr>
{_trs}
</table>
<p>当日変更があれば改めてご連絡いたします。</p>
<p>日の出産業(株) 営業企画部 三宅 健太<br>TEL 052-261-4470</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ten seminar registrants with mobile numbers and mail in an HTML table to the hotel")

# L4: newsletter subscribers, XLSX with a title row and two sheets, to the mailing service
_ps = people(58)
_s1 = [["メールマガジン会員一覧（2025/05/31時点）"], [],
       ["会員ID", "メールアドレス", "お名前", "生年月日", "都道府県", "登録日"]]
for i, p in enumerate(_ps):
    _s1.append([f"NL{20150 + i * 7}", p["email"], p["name"], p["dob"].strftime("%Y/%m/%d"), p["pref"],
                f"20{rng.randint(19, 25)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"])
_s2 = [["配信停止（5月受付）"], ["メールアドレス", "停止日"]] + [
    [person()["email"], f"2025/05/{rng.randint(1, 31):02d}"] for _ in range(8)]
add(sender=frm("onodera"), to=[HAISHIN],
    subject="配信リスト差し替えのお願い（誕生日メール用）",
    body=f"""ハイシンプラス
西田様

お世話になっております。日の出産業 広報部の小野寺です。

6月から誕生日月のクーポンメールを始めるため、生年月日の列を追加した
会員リストをお送りします。「配信停止」シートの方は除外をお願いします。

現在登録されているリストは、こちらで全件差し替えていただいて構いません。
{sig("onodera")}
""",
    attachments=[{"kind": "xlsx", "name": "mailmagazine_members_20250531.xlsx",
                  "sheets": {"会員": _s1, "配信停止": _s2}}],
    expect="stop", entities=["EMAIL_ADDRESS", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="58 newsletter members with name, mail and date of birth in XLSX to the mailing service")

# L5: web server access log lines with form values in the query string (no names)
_ips = [f"203.0.113.{rng.randint(2, 250)}" for _ in range(9)]
_loglines = []
for i in range(9):
    p = person()
    em = p["email"].replace("@", "%40")
    _loglines.append(
        f'{_ips[i]} - - [0{rng.randint(3, 9)}/Jun/2025:{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:'
        f'{rng.randint(0, 59):02d} +0900] "GET /contact/confirm.php?mail={em}&tel={p["tel"].replace("-", "")}'
        f'&zip={p["zip"].replace("-", "")}&type=catalog HTTP/1.1" 200 {rng.randint(4000, 9000)} '
        f'"https://www.hinode-sangyo.co.jp/contact/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"')
add(sender=frm("kubota"), to=[KUMONOS],
    subject="Re: アクセスログ保管期間の件／フォーム値がログに残っています",
    body=f"""クモノスホスティング
坂巻様

情報システム部の久保田です。ご回答ありがとうございました。

別件でご相談です。確認画面の遷移がGETになっていたため、
入力値がそのままアクセスログに出ていることがわかりました。
例えば以下のような行です（6月分の一部を抜粋）。

{chr(10).join(_loglines)}

フォーム側は制作会社でPOSTに修正済みです。
サーバ上に残っている access_log（ローテート分含む）から該当行を削除いただくことは
可能でしょうか。難しければ、該当期間のログ自体の削除でも構いません。
{sig("kubota")}
""",
    expect="stop", entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine log lines each carrying a visitor's e-mail and phone number (no names) sent to the hosting company")

# L6: forwarded inquiries, one record per block, 6 people, to the manufacturer partner
_ps = people(6)
_blocks = []
_qs = ["電源を入れても表示が出ません。保証期間内です。", "フィルターの交換時期を知りたい。",
       "リモコンを紛失したので単品で買えますか。", "異音がするので点検してほしい。",
       "取扱説明書を無くしました。PDFはありますか。", "設置場所の奥行きが足りるか教えてください。"]
for i, p in enumerate(_ps):
    _blocks.append(f"""■受付No. W-{4410 + i}
　お名前　　：{p['name']}（{p['kana']}）様
　メール　　：{p['email']}
　電話番号　：{p['tel']}
　製品型番　：KD-AP{rng.randint(200, 480)}
　内容　　　：{_qs[i]}""")
add(sender=frm("togawa"), to=[KAWASAKI], cc=["support@hinode-sangyo.co.jp"],
    subject="FW: 【Webお問い合わせ】川崎電機製品に関するお問い合わせ（今週分）",
    body=f"""川崎電機株式会社 お客様相談室
松永様

いつもお世話になっております。日の出産業 カスタマーサポート室の戸川です。
当社サイト経由で御社製空気清浄機についてのお問い合わせが入っておりますので、
今週分をまとめて転送いたします。お客様への直接のご回答をお願いできますと幸いです。

{chr(10).join(_blocks)}

以上6件です。
{sig("togawa")}
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' inquiries (name, mail, phone) forwarded as one block each to a partner")

# L8: a daily digest from the form service, attached as .eml, 5 submissions
_ps = people(5)
_dig = "\n\n".join(
    f"""[{i + 1}] {rng.randint(9, 21)}:{rng.randint(0, 59):02d} 受信
お名前: {p['name']}
メール: {p['email']}
電話: {p['tel']}
ご住所: 〒{p['zip']} {p['addr']}
種別: {rng.choice(['カタログ請求', '製品について', '取扱店舗'])}""" for i, p in enumerate(_ps))
add(sender=frm("webmaster"), to=[FORMNAVI],
    subject="日次ダイジェストの文字化けについて（アカウント: hinode-corp）",
    charset="iso-2022-jp",
    body=f"""フォームナビ サポートご担当者様

日の出産業株式会社 Webサイト管理担当です。
6/11 から、日次ダイジェストメールの件名と一部の本文が
携帯のメールアプリで文字化けするようになりました。
実際に届いたメールをそのまま添付しますのでご確認ください。

契約プラン：ビジネス　アカウントID：hinode-corp
{sig("webmaster")}
""",
    attachments=[{"kind": "eml", "name": "digest_20250611.eml", "message": {
        "sender": "FormNavi <noreply@formnavi.jp>", "to": ["webmaster@hinode-sangyo.co.jp"],
        "subject": "【フォームナビ】日次ダイジェスト 2025/06/11 (5件)", "charset": "utf-8",
        "body": f"お問い合わせフォーム（hinode-corp / contact）に昨日5件の送信がありました。\n\n{_dig}\n\n-- \nFormNavi https://formnavi.jp/\n"}}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="attached digest mail holds five submitters' names, mail, phones and addresses; sent to the form vendor")

# L9: recruiting entries in a PDF table, 8 applicants, to the recruiting agency
_ps = people(8, born=(1996, 2003))
_tab = [["応募No", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "最終学歴"]]
_sch = ["名城大学 理工学部", "愛知工業大学 工学部", "岐阜大学 工学部", "中京大学 経営学部",
        "静岡大学 情報学部", "三重大学 工学部", "南山大学 経済学部", "名古屋工業大学"]
for i, p in enumerate(_ps):
    _tab.append([f"E-{2026}{i + 31:03d}", p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"),
                 p["tel"], p["email"], _sch[i]])
add(sender=frm("takagi"), to=[CAREER],
    subject="採用サイト経由エントリー（技術職）一覧の送付",
    body=f"""キャリアハシ株式会社
今井様

お世話になっております。日の出産業 人事部の高城です。
採用サイトのエントリーフォームから技術職に応募があった8名分の一覧です。
御社経由の応募者と重複していないか照合をお願いできますでしょうか。

よろしくお願いいたします。
{sig("takagi")}
""",
    attachments=[{"kind": "pdf", "name": "entry_list_engineer.pdf", "title": "エントリー一覧",
                  "lines": ["採用サイト エントリー一覧（技術職） 2025年6月", ""], "table": _tab}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="eight job applicants with date of birth, phone and mail in a PDF table to the recruiting agency")

# L10: full-width padded member table with 和暦 birthdays, 6 rows, for migration mapping
_ps = people(6, born=(1948, 1990))
_hdr = zpad("会員番号", 12) + zpad("氏名", 16) + zpad("生年月日", 24) + "電話番号"
_zl = [_hdr, "－" * 40]
for i, p in enumerate(_ps):
    _zl.append(zpad(zen(f"{30120 + i * 3}"), 12) + zpad(p["sei"] + "　" + p["mei"], 16)
               + zpad(wareki(p["dob"], "zen"), 24) + zen(p["tel"]))
add(sender=frm("onodera"), to=[MORISHITA],
    subject="旧会員DB→新CMS 移行テスト用データ",
    charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。小野寺です。
移行スクリプトの和暦変換と全角数字の確認用に、旧会員DBから実データを
数件そのまま貼り付けます（旧システムの画面からコピーしたものです）。

{chr(10).join(_zl)}

生年月日が和暦のまま入っている会員が相当数いるので、
西暦への変換ルールのご確認をお願いします。
{sig("onodera")}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six real member records (full-width, 和暦 birthdays, phones) pasted for a migration test to the agency")

# L12: a plain ZIP holding a legacy XLS of old site members + a readme, to the SI partner
_ps = people(24)
_xrows = [["ID", "氏名", "カナ", "性別", "生年月日", "郵便番号", "住所", "電話", "メール"]]
for i, p in enumerate(_ps):
    _xrows.append([str(1001 + i), p["name"], p["kana"], "女" if p["gender"] == "F" else "男",
                   wareki(p["dob"], "abbr"), p["zip"], p["addr"], p["tel"], p["email"]])
add(sender=frm("kubota"), to=[TSUBASA],
    subject="旧サイト会員データ（2015年版）の件",
    body=f"""ツバサシステム 岩渕様

久保田です。お世話になっております。
新CMSへの移行対象外としていた2015年版の旧会員データが見つかりました。
取り込み可否の判断材料として、ZIPにまとめてお送りします（xlsの旧形式です）。

中身は readme を見ていただければと思います。
{sig("kubota")}
""",
    attachments=[{"kind": "zip", "name": "old_members_2015.zip", "files": [
        {"kind": "xls", "name": "members_2015.xls", "sheets": {"members": _xrows}},
        {"kind": "txt", "name": "readme.txt",
         "text": "旧サイト（2015年リニューアル前）会員テーブルのエクスポート。\n文字コード: UTF-8\n件数: 24\n"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of 24 site members (birthdays, addresses, phones) inside an unencrypted ZIP to the SI partner")

# L13: campaign winners in a DOCX table, 7 people, to the carrier for shipping
_ps = people(7)
_dt = [["No.", "当選者氏名", "〒", "お届け先住所", "電話番号"]]
for i, p in enumerate(_ps):
    _dt.append([str(i + 1), p["name"], p["zip"], p["addr"], p["tel"]])
add(sender=frm("miyamoto"), to=[AOBA],
    subject="Webキャンペーン賞品の発送手配（当選者リスト）",
    body=f"""青葉運輸株式会社
中条様

いつもお世話になっております。日の出産業 広報部の宮本です。
サイトで実施した「創業70周年プレゼントキャンペーン」の賞品発送をお願いします。
お届け先は添付のWordの表のとおりです（7件）。

・品名：ステンレスタンブラー（化粧箱入り）
・出荷日：6/24（火）　当社名古屋倉庫より
・時間指定：なし
{sig("miyamoto")}
""",
    attachments=[{"kind": "docx", "name": "当選者発送先リスト.docx",
                  "paragraphs": ["創業70周年プレゼントキャンペーン 当選者発送先", ""], "tables": [_dt]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven prize winners' names, addresses and phones in a DOCX table to the carrier")

# ======================================================================================
# STOP — identifiers (My Number, card, licence)
# ======================================================================================

_p = person()
_mn = my_number(SEED + 0)
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="FW: 【お問い合わせ】採用について（自由記述欄の件）",
    body=f"""大槻様

小野寺です。
自由記述欄に個人番号を書き込んでくる方がいらっしゃいました。
入力欄の下に「マイナンバー等は入力しないでください」という注意書きを
追加していただけますでしょうか。実際の送信内容を転送しますので参考にしてください。

-------- 転送メッセージ --------
件名: 【お問い合わせ】採用について
差出人: noreply@hinode-sangyo.co.jp

お名前：{_p['name']}
メール：{_p['email']}
お問い合わせ内容：
パート募集に応募したいです。マイナンバーは {_mn[:4]} {_mn[4:8]} {_mn[8:]} です。
必要なら通知カードも郵送します。
--------------------------------
{sig("onodera")}
""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded form submission carrying a person's My Number, sent to the web agency")

_p = person()
_cn = card_number(SEED + 0)
add(sender=frm("togawa"), to=[PAYGATE],
    subject="二重決済のお問い合わせについて（加盟店ID: HND-00412）",
    charset="cp932",
    body=f"""ペイゲートワン 加盟店サポート御中

日の出産業株式会社 カスタマーサポート室の戸川と申します。
オンラインショップのフォームから、二重に決済されたというお問い合わせがありました。
お客様がカード番号を書いてこられていますので、取引の特定にお使いください。

お客様名：{_p['name']} 様
電話：{_p['tel']}
メール：{_p['email']}
カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
ご利用日：2025年6月8日　金額：4,980円×2回
注文番号：HS-EC-250608-0193

返金処理の可否をご教示ください。
{sig("togawa")}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a customer's full credit card number forwarded to the payment provider")

_p = person(born=(1985, 2000))
add(sender=frm("takagi"), to=[MORISHITA], cc=[OOTSUKI],
    subject="エントリーフォーム確認画面の表示崩れ（免許証番号欄）",
    body=f"""{SORA}
森下様（cc: 大槻様）

人事部の高城です。お世話になっております。
ドライバー職のエントリーフォームで、確認画面の「運転免許証番号」欄の数字が
途中で折り返されてしまい、応募者から「入力が間違っている」と問い合わせがありました。
該当の応募内容は以下です（受信メールからコピーしています）。

　氏名：{_p['name']}
　生年月日：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日
　運転免許証番号：第{rng.choice(['50', '51', '53'])}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}号
　希望勤務地：小牧物流センター

スマートフォン（iPhone SE）の縦表示で崩れるようです。修正をお願いいたします。
{sig("takagi")}
""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an applicant's driving licence number and birthday pasted into a bug report to the agency")

# ======================================================================================
# STOP — 要配慮個人情報 of one person
# ======================================================================================

_p = person()
add(sender=frm("miyake"), to=[AOBA],
    subject="工場見学（7/4）送迎バスのご相談",
    body=f"""青葉運輸株式会社
中条様

いつもお世話になっております。日の出産業の三宅です。
7/4の工場見学の送迎バスの件で、Web申込みの備考欄に以下の記載がありましたので共有します。

　申込者：{_p['name']} 様（{_p['tel']}）
　備考：「脳梗塞の後遺症で左半身にまひがあり、車いすを使用しています。
　　　　てんかんの持病もあるため、長時間の乗車が心配です。」

リフト付き車両の手配が可能かどうか、ご確認いただけますでしょうか。
{sig("miyake")}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named applicant's disability and chronic illness sent to the bus company")

_p = person(born=(1988, 1999))
add(sender=frm("takagi"), to=[CAREER],
    subject="Re: 中途採用 エントリーの件",
    charset="iso-2022-jp",
    body=f"""今井様

高城です。ご連絡ありがとうございます。
御社からもご紹介いただいている {_p['name']} さんですが、当社採用サイトから直接も
エントリーがありました。備考欄に次のように書かれていましたので、念のため共有します。

　「前職ではうつ病と診断され、半年間休職しました。現在も月に一度心療内科に
　　通院していますが、就労は問題ないと主治医から言われています。」

面接の日程調整は御社経由で進めさせてください。
{sig("takagi")}

> 高城様
> いつもお世話になっております。キャリアハシの今井です。
> 先日ご紹介した候補者の件、その後いかがでしょうか。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's depression diagnosis and treatment shared with the recruiting agency")

_p = person("F", born=(1965, 1978))
add(sender=frm("miyamoto"), to=[SHIMURA],
    subject="お客様の声ページ 追加原稿（7月更新分）",
    body=f"""志村様

お世話になっております。宮本です。
お客様の声ページに1件追加をお願いします。ご本人から実名・居住地の掲載許可を
いただいたと営業から聞いていますが、最終確認はこちらで行います。

―― 原稿 ――
{_p['name']} 様（{_p['pref']}・{2025 - _p['dob'].year}歳）
「2年前に乳がんの手術を受けてから、重い鍋を持つのがつらくなりました。
軽量シリーズに替えてからは、抗がん剤治療中でも毎日料理が続けられています。」
―― ここまで ――

写真は後日お送りします。
{sig("miyamoto")}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="testimonial names a customer with her cancer surgery and treatment; sent to the web agency")

# ======================================================================================
# STOP — recipients that see each other
# ======================================================================================

add(sender=frm("onodera"),
    to=["松永 <matsunaga@kawasaki-denki.co.jp>", "中条 <nakajo@aoba-unyu.co.jp>",
        "堀 <hori@kitaguni-foods.co.jp>", "三浦 <miura@midori-ginko.co.jp>"],
    subject="【ご案内】日の出産業 コーポレートサイト リニューアルのお知らせ",
    body=f"""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
このたび当社コーポレートサイトを7月1日（火）にリニューアルいたします。

　新URL：https://www.hinode-sangyo.co.jp/
　※旧URL（/jp/ 以下）は9月末まで自動で転送されます。

リンクを設定いただいている場合は、お手数ですがご変更をお願いいたします。
今後ともよろしくお願い申し上げます。
{sig("onodera")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four partner companies in To can see each other: should have been Bcc")

add(sender=frm("togawa"),
    to=["kuma-hiroshi7@gmail.com", "y_tanabe1968@yahoo.co.jp", "mikan.no.ki@icloud.com"],
    subject="お問い合わせフォーム不具合のお詫び",
    body=f"""お客様各位

日の出産業株式会社 カスタマーサポート室でございます。
6月9日から11日にかけて、当社サイトのお問い合わせフォームが正常に送信されない
不具合が発生しておりました。お客様からのお問い合わせが当社に届いておらず、
ご返信が遅れましたことを深くお詫び申し上げます。

お手数をおかけしますが、本メールにご返信いただく形で、
改めてお問い合わせ内容をお知らせいただけますでしょうか。
{sig("togawa")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To see each other's addresses: should have been Bcc")

add(sender=frm("kubota"),
    to=[OOTSUKI, KUMONOS], cc=[DATALEAF, "onodera@hinode-sangyo.co.jp"],
    subject="サイトリニューアル キックオフ日程のご連絡",
    body=f"""関係各社の皆様

日の出産業 情報システム部の久保田です。
サイトリニューアルのキックオフを下記で行います。

日時：6月17日（火）14:00〜15:30
場所：日の出産業 本社7F 第2会議室（オンライン併用）
議題：スケジュール、サーバ移行、計測タグの設計

アトリエ・ソラ様、クモノスホスティング様、データリーフ様に
ご出席いただく予定です。
{sig("kubota")}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc see each other's addresses")

# ======================================================================================
# STOP — look-alike domains
# ======================================================================================

add(sender=frm("onodera"), to=["岩渕 <iwabuchi@tsubasa-sytem.jp>"],
    subject="CMS更新依頼：IRニュース掲載（6/27 15:00公開）",
    body=f"""ツバサシステム 岩渕様

お世話になっております。小野寺です。
IRニュースの予約公開をお願いします。

・公開日時：6月27日（金）15:00
・タイトル：2025年3月期 決算短信〔日本基準〕（連結）の一部訂正について
・PDF：本日中にファイル便でお送りします

よろしくお願いいたします。
{sig("onodera")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a dropped-letter look-alike of the partner tsubasa-system.jp")

add(sender=frm("fujisaki"), to=["白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="個人情報保護方針 改定案（第3版）のご確認のお願い",
    body=f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 総務部の藤崎です。
前回いただいたコメントを反映した改定案（第3版）をお送りします。
主な変更点は、第4条（第三者提供）と第7条（Cookie等の取扱い）です。

お忙しいところ恐縮ですが、7月4日までにご確認いただけますと幸いです。
{sig("fujisaki")}
""",
    attachments=[{"kind": "docx", "name": "privacy_policy_v3.docx",
                  "paragraphs": ["個人情報保護方針（改定案 第3版）",
                                 "第4条（第三者提供）当社は、法令に定める場合を除き、あらかじめ本人の同意を得ることなく個人データを第三者に提供しません。",
                                 "第7条（Cookie等の取扱い）当社ウェブサイトでは、利便性向上およびアクセス解析のためCookieを使用します。"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a TLD look-alike of the partner law firm shirakawa-law.jp")

add(sender=frm("onodera"), to=["久保田 航 <kubota@hinode-sangyo.com>"],
    subject="GA4 プロパティへの招待（編集者権限）",
    body="""久保田さん

小野寺です。
GA4 の新プロパティ「hinode-sangyo.co.jp（2025）」に編集者で追加しました。
Google から招待メールが届くと思うので、承認をお願いします。

測定ID：G-7QK2M3ND5X
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.com is a TLD look-alike of the company's own domain")

add(sender=frm("togawa"), to=["お客様相談室 <support@kawasaki-denkl.co.jp>"],
    subject="製品ページ掲載画像の差し替えについて",
    body=f"""川崎電機株式会社 お客様相談室 御中

日の出産業の戸川です。
当社通販サイトに掲載している空気清浄機 KD-AP360 の製品画像が旧モデルのままでした。
新モデルの画像データ（高解像度）をご提供いただけますでしょうか。
{sig("togawa")}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp uses l for i: homoglyph of the partner kawasaki-denki.co.jp")

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

add(sender=frm("fujisaki"), to=[NONOMURA],
    subject="プライバシーポリシー改定に伴う社内規程の整合確認",
    body=f"""野々村先生

お世話になっております。藤崎です。
ポリシー改定に合わせて改訂予定の「個人情報取扱規程」の新旧対照表をお送りします。
サイト掲載文との整合についてご意見をいただけますと幸いです。
{sig("fujisaki")}
""",
    attachments=[{"kind": "docx", "name": "個人情報取扱規程_新旧対照表.docx", "page_header": "社外秘",
                  "title": "個人情報取扱規程 新旧対照表",
                  "paragraphs": ["個人情報取扱規程 新旧対照表（2025年度改定）",
                                 "第12条 保有個人データの開示等の請求への対応手順を改める。"],
                  "tables": [[["条", "現行", "改定案"],
                              ["第12条", "開示請求は書面で受け付ける", "書面またはWebフォームで受け付ける"],
                              ["第15条", "委託先の監督", "委託先の監督（再委託の事前承認を追加）"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached internal regulation carries a 社外秘 page header and goes to the law firm")

add(sender=frm("onodera"), to=[OOTSUKI],
    subject="リニューアル方針資料（役員会資料抜粋）",
    body=f"""大槻様

小野寺です。
役員会で承認されたリニューアル方針の資料を抜粋してお送りします。
ワイヤーフレーム作成の前提としてご一読ください。
{sig("onodera")}
""",
    attachments=[{"kind": "pptx", "name": "renewal_policy_board.pptx",
                  "page_footer": "Confidential - Hinode Sangyo Internal Only",
                  "slides": [["コーポレートサイト リニューアル方針", "2025年6月 役員会資料（抜粋）"],
                             ["目的", "採用応募の増加", "BtoB問い合わせのリード化", "IR情報の即時性"],
                             ["予算", "初期構築 2,400万円（上限）", "運用 月額 65万円"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides carry a 'Confidential - Internal Only' footer and go to the web agency")

add(sender=frm("miyake"), to=[DATALEAF],
    subject="【取扱注意】EC売上とサイト流入の突合データ",
    body=f"""【取扱注意】

データリーフ 江口様

三宅です。お世話になっております。
ECの売上データと GA4 の流入チャネルを突き合わせた集計です。
まだ社内でも一部にしか共有していない数字ですのでご留意ください。

チャネル別 売上（2025年4〜5月）
  Organic Search      18,420,300円
  Paid Search         11,905,800円
  Email                6,330,150円
  Referral             2,118,900円
  Direct               9,874,400円

LTV分析の設計にご活用ください。
{sig("miyake")}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail itself is stamped 【取扱注意】 and goes to the analytics firm")

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

add(sender=frm("onodera"), to=[MORISHITA],
    subject="フォーム移行用データ（パスワード別送）",
    body=f"""森下様

小野寺です。
フォーム移行用のデータをZIPでお送りします。
パスワードは別メールでお送りします。
{sig("onodera")}
""",
    attachments=[{"kind": "zip", "name": "form_migration_data.zip", "password": "Hnd#2025sora",
                  "files": [{"kind": "csv", "name": "forms.csv", "encoding": "utf-8",
                             "rows": [["form_id", "name", "fields"], ["contact", "お問い合わせ", "12"],
                                      ["catalog", "資料請求", "9"]]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected")

add(sender=frm("miyamoto"), to=[DATALEAF],
    subject="5月度アクセス解析レポートの件",
    body=f"""江口様

宮本です。
5月度のレポート、社内向けに少し加工したものをお戻しします。
コメントを入れた箇所についてご意見ください。
{sig("miyamoto")}
""",
    attachments=[{"kind": "corrupt", "name": "access_report_202505_rev.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read")

add(sender=frm("fujisaki"), to=[LINGO],
    subject="英訳のご依頼：プライバシーポリシー（改定版）",
    body=f"""リンゴブリッジ株式会社
原様

お世話になっております。日の出産業の藤崎です。
先日お見積りいただいた英訳の件、正式にお願いいたします。
原稿PDFは保護をかけていますので、開封用パスワードはお電話でお伝えします。

納期：7月11日（金）
{sig("fujisaki")}
""",
    attachments=[{"kind": "pdf", "name": "privacy_policy_ja_2025.pdf", "password": "hinode0711",
                  "lines": ["個人情報保護方針", "日の出産業株式会社（以下「当社」）は……"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

# ======================================================================================
# EITHER
# ======================================================================================

add(sender=frm("kubota"), to=[PAYGATE],
    subject="テスト環境での決済エラーについて",
    body=f"""ペイゲートワン 加盟店サポート御中

日の出産業 情報システム部の久保田です。
ステージング環境で、貴社ドキュメント記載のテスト用カード番号
4111 1111 1111 1111（有効期限 12/30、セキュリティコード 123）を使って
決済テストを行ったところ、エラーコード E-4021 が返りました。

本番用の加盟店IDではなくテスト用ID（TEST-HND-0412）を使用しています。
原因をご教示ください。
{sig("kubota")}
""",
    expect="either", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a Luhn-valid card number, but the public test number from the vendor's documentation")

_ipl = "\n".join(
    f"198.51.100.{rng.randint(2, 254)} [{rng.randint(10, 12)}/Jun/2025:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}] "
    f"GET {rng.choice(['/products/', '/company/', '/recruit/entry/', '/contact/', '/ir/library/'])} "
    f"{rng.choice(['200', '200', '200', '304'])}" for _ in range(20))
add(sender=frm("kubota"), to=[DATALEAF],
    subject="GA4とサーバログのセッション数の差について",
    body=f"""データリーフ 江口様

久保田です。
GA4 のセッション数とサーバログのリクエスト数の乖離が大きい件、
サーバ側の生ログを一部抜粋してお送りします（IPアドレスとアクセス先のみ）。

{_ipl}

ボット判定のロジックについてご意見ください。
{sig("kubota")}
""",
    expect="either", entities=[], detectors=[],
    note="twenty visitors' IP addresses with pages visited: personal data or not is debatable")

_ps = people(5, born=(1985, 2001))
_iv = "\n".join(
    f"・{p['name']}（{rng.choice(['営業部', '生産技術部', '品質保証部', '物流センター', '経理部'])}／"
    f"{rng.randint(2012, 2023)}年入社／{rng.choice(['名城大学', '岐阜大学', '愛知大学', '静岡県立大学', '中部大学'])}卒）"
    f"趣味：{rng.choice(['キャンプ', '御朱印集め', 'マラソン', 'パン作り', '釣り'])}" for p in _ps)
add(sender=frm("takagi"), to=[OOTSUKI],
    subject="採用サイト 社員インタビュー掲載者の情報",
    body=f"""大槻様

高城です。採用サイトの社員インタビューの掲載者が決まりましたのでお知らせします。
プロフィール欄は以下の内容でお願いします（本人確認済み）。

{_iv}

撮影日程は別途ご相談させてください。
{sig("takagi")}
""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="five employees' names with joining year, school and hobby for publication with consent")

# ======================================================================================
# PASS
# ======================================================================================

# one consumer's inquiry forwarded to a partner
_p = person()
add(sender=frm("togawa"), to=[KAWASAKI],
    subject="FW: 【Webお問い合わせ】修理の依頼について",
    body=f"""松永様

お世話になっております。日の出産業の戸川です。
御社製品の修理依頼が当社サイトに届きましたので転送いたします。
お客様へのご連絡をお願いできますでしょうか。

---------- Forwarded message ----------
From: 日の出産業 お問い合わせフォーム <noreply@hinode-sangyo.co.jp>
Subject: 【Webお問い合わせ】修理の依頼について

お名前　　　：{_p['name']}
メールアドレス：{_p['email']}
お電話番号　：{_p['tel']}
製品名　　　：加湿空気清浄機 KD-AP360
お問い合わせ：昨年12月に購入しました。最近、給水ランプが点滅したまま消えません。
{sig("togawa")}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's inquiry forwarded to a partner: one person, may be warned")

# branch list (businesses) in an HTML-only mail
_br = [("札幌営業所", "060-0042", "北海道札幌市中央区大通西8丁目2番地 大通ビル5F", "011-231-5570"),
       ("仙台営業所", "980-0021", "宮城県仙台市青葉区中央2-9-10 セントラルビル3F", "022-262-8841"),
       ("東京支店", "105-0013", "東京都港区浜松町1-18-16 浜松町ビル9F", "03-5405-2271"),
       ("静岡営業所", "420-0857", "静岡県静岡市葵区御幸町11-30", "054-255-6012"),
       ("本社", "460-0008", "愛知県名古屋市中区栄三丁目15番27号", "052-261-4470"),
       ("大阪支店", "530-0001", "大阪府大阪市北区梅田1-3-1 大阪駅前第1ビル8F", "06-6344-9152"),
       ("広島営業所", "730-0013", "広島県広島市中区八丁堀6-10", "082-227-4308"),
       ("福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前3-2-8", "092-471-6637")]
_btr = "\n".join(f"<tr><td>{b[0]}</td><td>〒{b[1]}<br>{b[2]}</td><td>{b[3]}</td></tr>" for b in _br)
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="拠点一覧ページ更新のお願い（仙台営業所 移転）",
    html=f"""<html><body>
<p>アトリエ・ソラ 大槻様</p>
<p>お世話になっております。小野寺です。<br>
7月1日付で仙台営業所が移転しますので、拠点一覧ページの更新をお願いします。<br>
最新の一覧を下に貼ります（変更は仙台のみです）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>拠点名</th><th>所在地</th><th>電話番号</th></tr>
{_btr}
</table>
<p>公開は6月30日の夕方以降でお願いいたします。</p>
<p>--<br>日の出産業株式会社 広報部 Webグループ 小野寺 彩<br>TEL 052-261-4470</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="list of the company's own branches with office addresses and phones: businesses, not people")

# company profile with 法人番号
add(sender=frm("onodera"), to=[MORISHITA],
    subject="会社概要ページの修正（資本金・法人番号の追記）",
    charset="iso-2022-jp",
    body=f"""森下様

小野寺です。会社概要ページに以下の修正をお願いします。

　資本金：4億8,000万円 → 5億2,000万円（6月の増資による）
　法人番号：{HINODE_CORP_NO}（新たに追記）
　従業員数：1,184名（連結）→ 1,236名（連結）　※2025年4月1日現在

反映後、テスト環境のURLをお知らせください。
{sig("onodera")}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="company profile update with the company's own corporate number: no personal data")

# privacy policy draft in the body, full of risky words
add(sender=frm("fujisaki"), to=[SHIRAKAWA],
    subject="個人情報保護方針 改定骨子のご相談",
    body=f"""白川先生

いつもお世話になっております。日の出産業 総務部の藤崎です。
サイト掲載の個人情報保護方針を改定したく、骨子をご相談させてください。

1. 取得する個人情報の項目の明記
   氏名、住所、電話番号、メールアドレス、生年月日 等。
   なお、当社サイトではマイナンバー（個人番号）やクレジットカード番号は取得しない旨を明記。
   （EC決済は決済代行会社の画面で入力されるため）
2. 要配慮個人情報の取扱い
   原則として取得しない。採用選考で本人から提供された場合の取扱いを追記。
3. 保有個人データの開示等の請求手続
4. 安全管理措置の公表事項（外国にある第三者への提供を含む）
5. Cookie・アクセス解析ツールの利用

2. の書きぶりは特にご意見を伺いたいところです。
来週どこかでWeb会議のお時間をいただけますでしょうか。
{sig("fujisaki")}
""",
    expect="pass", entities=[], detectors=[],
    note="policy outline mentions マイナンバー, card numbers and 要配慮 only as topics")

# ID documents named in the disclosure procedure, no numbers
add(sender=frm("fujisaki"), to=[NONOMURA],
    subject="開示等請求手続ページの文案",
    body=f"""野々村先生

お世話になっております。藤崎です。
開示等請求の手続ページの文案をWordでお送りします。
本人確認書類の列挙の仕方について、ご確認をお願いします。
{sig("fujisaki")}
""",
    attachments=[{"kind": "docx", "name": "開示等請求手続_文案.docx",
                  "paragraphs": ["保有個人データの開示等の請求手続",
                                 "1. 請求書（当社所定様式）に必要事項を記入してください。",
                                 "2. 本人確認書類として、次のいずれかの写しを同封してください。",
                                 "　運転免許証、パスポート（旅券）、在留カード、マイナンバーカード（表面のみ）、健康保険証",
                                 "　※マイナンバーカードの裏面（個人番号）の写しは送付しないでください。",
                                 "　※健康保険証の写しは、記号・番号および保険者番号を黒塗りしてください。",
                                 "3. 手数料として1回につき1,000円分の定額小為替を同封してください。",
                                 "4. 回答は請求者の住所宛てに書面で郵送します。"]}],
    expect="pass", entities=[], detectors=[],
    note="procedure text names identity documents but holds no one's numbers")

# NDA before handing data to the form vendor
add(sender=frm("kubota"), to=["岸 <kishi@formnavi.jp>"],
    subject="秘密保持契約書の締結について",
    body=f"""フォームナビ株式会社
岸様

日の出産業 情報システム部の久保田です。
フォームの移行作業にあたり、過去の受信データを御社環境へ取り込む前に
秘密保持契約（NDA）および個人情報の取扱いに関する覚書を締結させてください。

当社ひな形をご提示する形でよろしければ、来週前半にお送りします。
御社ひな形をご希望の場合はお知らせください。
{sig("kubota")}
{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the standard disclaimer: no data, no marking")

# monthly analytics report, PDF, numbers only
add(sender=frm("miyamoto"), to=[DATALEAF],
    subject="5月度レポートの質問（直帰率の急増について）",
    body=f"""江口様

宮本です。5月度レポートありがとうございました。
2ページ目の /recruit/ 配下の直帰率が 38.2% → 61.7% に跳ね上がっている件、
広告のLPを変えたタイミング（5/12）と重なっているように見えます。
この前後で日別に分けた数字をいただけますでしょうか。

参考までに社内資料に転記した表を添付します。
{sig("miyamoto")}
""",
    attachments=[{"kind": "pdf", "name": "recruit_bounce_202505.pdf",
                  "lines": ["/recruit/ 配下 主要ページ 2025年5月"],
                  "table": [["ページ", "PV", "セッション", "直帰率", "平均エンゲージメント時間"],
                            ["/recruit/", "12,480", "9,302", "61.7%", "0:42"],
                            ["/recruit/new-graduate/", "5,114", "3,880", "44.0%", "1:18"],
                            ["/recruit/career/", "3,902", "2,716", "39.5%", "1:33"],
                            ["/recruit/entry/", "1,877", "1,502", "12.8%", "2:51"]]}],
    expect="pass", entities=[], detectors=[],
    note="aggregate page statistics; numbers but no people")

# a form test with one dummy record
add(sender=frm("onodera"), to=[MORISHITA],
    subject="テスト送信結果（お問い合わせフォーム／ステージング）",
    body=f"""森下様

小野寺です。ステージングでテスト送信しました。結果は以下のとおりです。

【入力値】
　お名前：テスト 太郎
　メール：web-test@hinode-sangyo.co.jp
　電話番号：052-261-4470（代表）
　内容：テスト送信です。返信不要。

【結果】
　・自動返信メール：届きました（件名OK、本文の改行位置がずれています）
　・管理者通知メール：届きません → webmaster@ の設定をご確認ください
　・サンクスページ：OK

よろしくお願いします。
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="test submission with a dummy name, the company's role address and switchboard")

# form test using four staff volunteers' real mobiles: under five people
_ps = people(4, born=(1975, 2000))
_tl = "\n".join(f"{i + 1}\t{p['name']}\t{p['tel']}\t{p['email']}\t{r}" for i, (p, r) in enumerate(
    zip(_ps, ["SMS届いた", "SMS届いた", "SMS届かず（au）", "SMS届いた（3分遅延）"])))
add(sender=frm("kubota"), to=[MORISHITA],
    subject="SMS認証テストの結果（キャリア別）",
    body=f"""森下様

久保田です。会員登録フォームのSMS認証、社内の有志4名の携帯でテストしました。
本人たちには了承を得ています。

No\t氏名\t携帯\tメール\t結果
{_tl}

au だけ届かないので、送信元番号の設定をご確認いただけますか。
{sig("kubota")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four people's mobiles and mail in a test report: under five people, may be warned")

# six test submissions, all the same dummy data
_tt = "\n".join(
    f"  #{i + 1}  {t}  テスト 花子 / form-test@hinode-sangyo.co.jp / 052-261-4470  → {r}"
    for i, (t, r) in enumerate([("10:02", "OK"), ("10:05", "OK"), ("10:09", "NG 二重送信"),
                               ("10:15", "OK"), ("10:21", "NG タイムアウト"), ("10:30", "OK")]))
add(sender=frm("onodera"), to=[MORISHITA, SHIMURA],
    subject="Re: 二重送信対策の修正版テスト",
    body=f"""森下様、志村様

小野寺です。修正版で6回テスト送信しました（すべて同じダミー入力です）。

{_tt}

#3 はボタン連打、#5 は回線を絞った状態です。#3 がまだ通ってしまいます。
{sig("onodera")}

> 小野寺様
> 二重送信対策を入れたものをステージングに反映しました。
> お手すきの際にテストをお願いいたします。
> 森下
""",
    expect="pass", entities=[], detectors=[],
    note="six test rows but one dummy identity with company role address: no list of people")

# reply to one free-mail inquirer, quoting their own details
_p = person()
add(sender=frm("togawa"), to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 【お問い合わせ】部品の購入について",
    body=f"""{_p['name']} 様

日の出産業 カスタマーサポート室の戸川でございます。
お問い合わせいただきありがとうございます。

ご質問の替えパッキン（品番 HS-PK-018）は単品でご購入いただけます。
当社オンラインショップの「部品・消耗品」ページからご注文ください。
{sig("togawa")}

-----Original Message-----
From: {_p['email']}
Sent: Monday, June 9, 2025 21:14
To: support@hinode-sangyo.co.jp
Subject: 【お問い合わせ】部品の購入について

お名前：{_p['name']}
ご住所：〒{_p['zip']} {_p['addr']}
電話番号：{_p['tel']}
保存容器のパッキンだけ買えますか？
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one private person; their details are only in the quoted text")

# reply quoting six records the agency had sent us
_ps = people(6)
_q = "\n".join(f"> {p['name']}, {p['email']}, {p['tel']}" for p in _ps)
add(sender=frm("onodera"), to=[MORISHITA],
    subject="Re: 迷惑フォーム送信の判定漏れ（6件）",
    body=f"""森下様

小野寺です。ご確認ありがとうございます。
6件ともこちらでも実在のお客様からの送信と確認できましたので、
迷惑判定の閾値を下げていただく方向でお願いします。
{sig("onodera")}

-----Original Message-----
From: 森下 <morishita@atelier-sora.co.jp>
Sent: Tuesday, June 10, 2025 11:40
Subject: 迷惑フォーム送信の判定漏れ（6件）

> 小野寺様
> 迷惑判定でブロックされていた送信のうち、実在の方と思われるものを抜き出しました。
{_q}
> ご確認ください。
""",
    expect="pass", entities=[], detectors=[],
    note="the six records are only in quoted text the agency itself sent")

# two external organisations: agency + hosting
add(sender=frm("kubota"), to=[KUMONOS], cc=[OOTSUKI],
    subject="サーバ移行日程の確定（7/5 深夜）",
    body=f"""クモノスホスティング 坂巻様
（cc: アトリエ・ソラ 大槻様）

久保田です。サーバ移行の日程が確定しましたのでご連絡します。

　作業日時：7月5日（土）23:00 〜 7月6日（日）5:00
　DNS切替：6日 1:00 予定（TTLは前日までに300秒へ短縮済み）
　切り戻し判断：3:30

当日の連絡はこのメールスレッドか、電話 052-261-4477 でお願いします。
{sig("kubota")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way project mail")

# one external in To, the rest of the partners in Bcc
add(sender=frm("fujisaki"), to=["fujisaki@hinode-sangyo.co.jp"],
    bcc=["松永 <matsunaga@kawasaki-denki.co.jp>", "中条 <nakajo@aoba-unyu.co.jp>",
         "堀 <hori@kitaguni-foods.co.jp>", "今泉 <imaizumi@nishiki-insatsu.co.jp>",
         "小宮 <komiya@sakura-hotel.jp>"],
    subject="個人情報保護方針改定のお知らせ",
    body=f"""お取引先各位
（本メールはBCCにて一斉送信しております）

平素より大変お世話になっております。
当社は2025年7月1日付で個人情報保護方針を改定いたします。
主な改定内容は、共同利用の範囲の明確化、外国にある第三者への提供に関する記載の追加、
Cookie等の取扱いの追加です。

改定後の全文は当社ウェブサイトでご確認いただけます。
https://www.hinode-sangyo.co.jp/privacy/
{sig("fujisaki")}
""",
    expect="pass", entities=[], detectors=[],
    note="partners are in Bcc, To is the sender herself: no one sees anyone")

# three people of one external organisation
add(sender=frm("onodera"),
    to=[OOTSUKI, MORISHITA, SHIMURA], cc=["miyamoto-s@hinode-sangyo.co.jp"],
    subject="トップページ メインビジュアル差し替え（7/1）",
    body=f"""アトリエ・ソラ
大槻様、森下様、志村様

小野寺です。7/1のトップページのメインビジュアルの件です。
素材は本日、ギガファイル便でお送りしました（ダウンロード期限 6/25）。

　PC用：2560×1080　SP用：1080×1350
　キャッチコピー：「つくる、を支えて70年。」
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="three recipients from a single external company: one party")

# internal-only: full export sent around inside the company
_ps = people(50)
_ir = [["受付日", "氏名", "メール", "電話", "住所", "種別"]] + [
    [f"2025/06/{rng.randint(1, 14):02d}", p["name"], p["email"], p["tel"], p["addr"],
     rng.choice(["カタログ請求", "製品について", "その他"])] for p in _ps]
add(sender=frm("onodera"),
    to=["togawa@hinode-sangyo.co.jp", "sales-support@web.hinode-sangyo.co.jp"],
    cc=["kubota@mail.hinode-sangyo.co.jp"],
    subject="6月前半 Web問い合わせ一覧（営業フォロー用）",
    body=f"""戸川さん、営業サポートの皆さん

小野寺です。6月1日〜14日のWeb問い合わせ一覧です。
カタログ請求の方には営業から電話フォローをお願いします。
※社内限り。外部には転送しないでください。
{sig("onodera")}
""",
    attachments=[{"kind": "csv", "name": "web_inquiry_0601-0614.csv", "encoding": "utf-8", "rows": _ir}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="a list of 50 inquirers, but every recipient is internal (subdomains included)")

# internal: policy draft stamped 社外秘
add(sender=frm("fujisaki"), to=["legal@hinode-sangyo.co.jp", "onodera@hinode-sangyo.co.jp"],
    subject="【社外秘】プライバシーポリシー改定案 社内レビュー",
    body=f"""法務課各位、小野寺さん

藤崎です。弁護士レビュー前の社内確認版です。
コメントは6/20までに Word の変更履歴でお願いします。
{sig("fujisaki")}
""",
    attachments=[{"kind": "docx", "name": "privacy_policy_draft_internal.docx", "page_header": "社外秘",
                  "paragraphs": ["個人情報保護方針（改定案）社内レビュー版",
                                 "第5条 共同利用：当社グループ会社との間で共同利用する個人データの項目を明記する。"]}],
    expect="pass", entities=[], detectors=[],
    note="marked 社外秘 but all recipients are internal")

# the word 社外秘 mentioned, not stamped
add(sender=frm("onodera"), to=[SHIMURA],
    subject="ダウンロード資料ページの整理",
    body=f"""志村様

小野寺です。ダウンロード資料ページの整理をお願いします。

・「製品安全データシート」3点 → 最新版に差し替え（別途送付）
・「2019年度 会社案内」→ 削除
・「販売店向け施策説明資料」→ 削除
　（社内で確認したところ、本来は社外秘扱いの資料で、誤って掲載されていたようです）

削除したファイルは、サーバ上からも消していただけると助かります。
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="mentions a document that was 社外秘; the mail itself is not marked")

# English to a foreign vendor about the cookie banner
add(sender=frm("nakagawa"), to=[NORTHPINE],
    subject="Cookie consent banner for the English site",
    body=f"""Hi Daniel,

Thanks for the call yesterday. To summarise what we agreed for the English site:

1. The consent banner must block GA4 and the ad tags until the visitor opts in.
2. The form on /en/contact/ must not ask for a date of birth or any ID number, and
   there will be no credit card data anywhere on the site -- the shop stays Japan-only.
3. Your team will not need access to the form submissions; they stay in our Japanese
   form service.

Could you send an updated estimate by Friday?

Best regards,
{sig("nakagawa")}
{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English vendor mail mentioning personal data topics, with the standard disclaimer")

# officers' appointment release: three people's birthdays
_ps = people(3, gender="M", born=(1960, 1972))
_ex = "\n\n".join(
    f"""{p['name']}（{p['kana']}）
　生年月日：{wareki(p['dob'])}
　新役職：{pos}
　略歴：{p['dob'].year + 23}年 当社入社、{p['dob'].year + 45}年 {dept}部長"""
    for p, pos, dept in zip(_ps, ["取締役 営業本部長", "取締役 生産本部長", "常務執行役員"],
                            ["東京支店営業", "小牧工場製造", "経営企画"]))
add(sender=frm("miyamoto"), to=[SHIMURA],
    subject="ニュースリリース掲載：役員人事のお知らせ（6/26 16:00）",
    body=f"""志村様

宮本です。6/26 16:00にニュースリリースを1本掲載お願いします。
PDFと同じ内容をHTMLページにも載せたいので、本文を貼っておきます。

――――
役員人事に関するお知らせ

2025年6月26日開催の定時株主総会および取締役会において、下記のとおり選任されました。

{_ex}
――――
{sig("miyamoto")}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="three new officers with birthdays in a press release: under five people, may be warned")

# retailer list as CSV (businesses)
_shops = [["店舗名", "郵便番号", "住所", "電話番号", "営業時間"],
          ["ホームセンターみどり 大府店", "474-0053", "愛知県大府市柊山町5-12", "0562-47-3310", "9:00-20:00"],
          ["くらしの道具 つむぎ 栄店", "460-0008", "愛知県名古屋市中区栄3-5-1 3F", "052-251-8820", "10:00-20:00"],
          ["ホームライフ岐阜店", "500-8384", "岐阜県岐阜市薮田南2-11-3", "058-274-1105", "9:30-19:30"],
          ["キッチンマルシェ 浜松店", "430-0933", "静岡県浜松市中央区鍛冶町100", "053-452-7781", "10:00-19:00"],
          ["生活館いろは 津店", "514-0008", "三重県津市上浜町1-8", "059-213-6640", "9:00-21:00"],
          ["ホームセンターみどり 豊田店", "471-0027", "愛知県豊田市喜多町2-160", "0565-35-2218", "9:00-20:00"],
          ["台所用品のヤマキ", "450-0002", "愛知県名古屋市中村区名駅4-10-25", "052-581-0093", "10:00-18:30"]]
add(sender=frm("miyake"), to=[MORISHITA],
    subject="取扱店マップ用データ（東海エリア追加分）",
    body=f"""森下様

三宅です。取扱店検索ページに東海エリアの店舗を追加したいので、
CSVをお送りします。地図のピンは住所から自動で立つ仕様でしたよね。
{sig("miyake")}
""",
    attachments=[{"kind": "csv", "name": "shops_tokai_add.csv", "encoding": "cp932", "rows": _shops}],
    expect="pass", entities=[], detectors=[],
    note="a list of retail shops with addresses and phones: businesses, not people")

# role addresses for the contact page
add(sender=frm("webmaster"), to=[SHIMURA],
    subject="お問い合わせ窓口一覧の更新",
    body="""志村様

Webサイト管理担当です。お問い合わせ窓口一覧を以下に差し替えてください。

  製品・修理について      support@hinode-sangyo.co.jp    0120-61-4470
  法人のお客様            sales@hinode-sangyo.co.jp      052-261-4470
  採用について            recruit@hinode-sangyo.co.jp    052-261-4455
  IR・株式について        ir@hinode-sangyo.co.jp         052-261-4490
  報道関係者の方          pr@hinode-sangyo.co.jp         052-261-4318
  個人情報の取扱いについて privacy@hinode-sangyo.co.jp    052-261-4492

（「サイトについて」の窓口は廃止します）
""",
    expect="pass", entities=[], detectors=[],
    note="a table of the company's role addresses and desk numbers: business contacts")

# search keywords including risky words
add(sender=frm("miyamoto"), to=[DATALEAF],
    subject="サイト内検索キーワードの分析依頼",
    charset="cp932",
    body=f"""江口様

宮本です。サイト内検索の上位キーワード（5月）を見ていて気になった点があります。

 順位  キーワード                 回数
   1   パッキン                   1,204
   2   修理                         987
   3   カタログ                     731
   4   マイナンバー 提出             402
   5   クレジットカード 使えない     388
   6   源泉徴収票                   301
   7   保証書 紛失                  276

4位と6位は、どうも従業員が社内ポータルと間違えて検索しているようです。
社内IPからの検索を除外した数字を出していただけますか。
{sig("miyamoto")}
""",
    expect="pass", entities=[], detectors=[],
    note="search keywords contain マイナンバー and クレジットカード as words, counts only")

# invoice from the agency: their bank account and T-number
add(sender=frm("onodera"), to=[f"経理ご担当 <keiri@atelier-sora.co.jp>"], cc=[OOTSUKI],
    subject="Re: 請求書送付のご案内（No. AS-2025-0612）",
    body=f"""{SORA} 経理ご担当者様

日の出産業の小野寺です。請求書を受領しました。内容を確認のうえ、
以下のとおり7月末にお支払いいたします。

　請求書番号：AS-2025-0612
　件名：コーポレートサイト 6月度 運用保守費
　金額：715,000円（税込）
　登録番号：{SORA_T_NO}
　振込先：みどり銀行 栄支店 普通 2047731 カ）アトリエソラ

社内の支払システムへの登録の都合上、今後は請求書に発注番号（PO-25-0418）の
記載をお願いいたします。
{sig("onodera")}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice details with the agency's T-number and company bank account: no personal data")

# tracking numbers
add(sender=frm("miyamoto"), to=[AOBA],
    subject="カタログ発送分の配達状況確認",
    body=f"""中条様

宮本です。6/13 に出荷したカタログのうち、以下3個口がまだ「輸送中」のままです。
配達状況をご確認いただけますか。

　お問い合わせ番号：4418-2290-3371
　お問い合わせ番号：4418-2290-3388
　お問い合わせ番号：4418-2290-3402
{sig("miyamoto")}
""",
    expect="pass", entities=[], detectors=[],
    note="tracking numbers only, look like phone numbers but are not")

# a freelance designer on free mail
add(sender=frm("miyamoto"), to=["Kanako Ishizuka <k.ishizuka.design@gmail.com>"],
    subject="バナー制作のお願い（夏のキャンペーン）",
    body=f"""石塚様

お世話になっております。日の出産業 広報部の宮本です。
夏のキャンペーン用バナーを3サイズお願いできますでしょうか。

　728×90 / 300×250 / 1080×1080（Instagram用）
　納期：7月4日（金）
　お見積り：前回と同額（1点 25,000円・税別）で問題ありません

商品写真は後ほど共有フォルダにアップします。
{sig("miyamoto")}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one freelance designer on free mail; ordinary request")

# one inquiry forwarded to a freelance writer on free mail
_p = person()
add(sender=frm("miyamoto"), to=["hayashi.writing@outlook.jp"],
    subject="FAQ記事の素材（実際のお問い合わせ）",
    body=f"""林様

宮本です。FAQ記事の素材として、実際に届いたお問い合わせを1件転送します。
記事ではお名前や連絡先は使わず、質問内容だけ参考にしてください。

---------- 転送 ----------
お名前：{_p['name']}
メール：{_p['email']}
内容：ホーロー鍋をIHで使ったら底が白くなりました。使い方が悪いのでしょうか。
--------------------------
{sig("miyamoto")}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="one customer's name and mail forwarded to a free-mail writer: one person, warned")

# one delivery complaint to the carrier
_p = person()
add(sender=frm("togawa"), to=[AOBA],
    subject="お届け遅延のお問い合わせ（伝票 4418-2291-0045）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
中条様

お世話になっております。日の出産業の戸川です。
通販でご注文のお客様から、まだ届かないとのお問い合わせがありました。

　お届け先：{_p['name']} 様
　住所：〒{_p['zip']} {_p['addr']}
　電話：{_p['tel']}
　伝票番号：4418-2291-0045（6/10出荷）

お客様へ直接ご連絡いただいて構いません。
{sig("togawa")}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's delivery address to the carrier: one person, may be warned")

# one corporate buyer's inquiry to a partner
_p = person()
add(sender=frm("miyake"), to=[KITAGUNI],
    subject="法人ギフトのお問い合わせ（貴社商品とのセット）",
    body=f"""北国フーズ 堀様

三宅です。いつもありがとうございます。
当社サイトの法人向けフォームに、貴社のスープセットと当社のマグカップを
組み合わせた記念品のお問い合わせがありました。

　会社名：株式会社メイテツ精工 総務部
　ご担当：{_p['sei']}様
　直通：052-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}
　メール：{_p['roma'].split()[1].lower()}@meitetsu-seiko.co.jp
　数量：300セット　納期：9月上旬

セット価格のご提案を一緒に作れればと思います。
{sig("miyake")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one customer company's contact person: a business contact of one person")

# FAQ request: ID documents named, person removed
add(sender=frm("togawa"), to=[SHIMURA],
    subject="FAQ追加のお願い（会員登録と本人確認書類）",
    body=f"""志村様

カスタマーサポートの戸川です。最近同じ質問が続いているので、FAQに1問追加をお願いします。
（元のお問い合わせのお名前・連絡先は削除しています）

Q. 会員登録に本人確認書類は必要ですか？運転免許証を持っていません。
A. 会員登録に本人確認書類は必要ありません。運転免許証、パスポート、健康保険証などの
　 写しをお送りいただく必要はございません。
　 ※法人会員のお申込みのみ、登記事項証明書をご提出いただきます。
{sig("togawa")}
""",
    expect="pass", entities=[], detectors=[],
    note="FAQ text names identity documents; the inquirer's details were removed")

# joint-use group companies (businesses)
add(sender=frm("fujisaki"), to=[SHIRAKAWA],
    subject="共同利用の範囲（グループ会社一覧）の記載",
    body=f"""白川先生

藤崎です。共同利用する者の範囲として、以下のグループ会社を列挙する予定です。

・日の出ロジスティクス株式会社　愛知県小牧市新小木3-21　代表電話 0568-75-2201
・日の出テクノサービス株式会社　愛知県名古屋市中区栄3-15-27　代表電話 052-261-4600
・HINODE ASIA PTE. LTD.　10 Anson Road, Singapore
・日の出ホームプロダクツ株式会社　岐阜県各務原市テクノプラザ1-8

共同利用する項目：氏名、住所、電話番号、メールアドレス、購入履歴
管理責任者：日の出産業株式会社 総務部長

外国の子会社を含める場合の記載についてご助言ください。
{sig("fujisaki")}
""",
    expect="pass", entities=[], detectors=[],
    note="list of group companies with office addresses; data items named as categories only")

# form field definition with placeholders
add(sender=frm("onodera"), to=[MORISHITA],
    subject="新フォーム（工場見学申込）の項目定義",
    body=f"""森下様

小野寺です。工場見学申込フォームの項目定義です。

| 項目         | 必須 | 形式           | プレースホルダ            |
|--------------|------|----------------|---------------------------|
| 代表者氏名   | ○    | テキスト       | 例）日の出 太郎           |
| フリガナ     | ○    | 全角カナ       | 例）ヒノデ タロウ         |
| 電話番号     | ○    | 数字・ハイフン | 例）090-XXXX-XXXX         |
| メール       | ○    | メール         | 例）xxxx@example.com      |
| 人数         | ○    | 数値（1〜40）  |                           |
| 配慮事項     |      | 自由記述       | 車いすご利用の有無など    |

配慮事項の欄は任意入力とし、注意書きに「ご記入いただいた内容は見学のご案内にのみ
使用します」と入れてください。
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="form definition with placeholder examples, no real person")

# three external speakers on a seminar page (business)
add(sender=frm("miyake"), to=[SHIMURA],
    subject="セミナーページ 登壇者情報",
    body=f"""志村様

三宅です。9月セミナーの告知ページ、登壇者情報です。

◆基調講演
　東海工業大学 工学部 教授　阿久津 康弘 氏
◆事例紹介
　株式会社フジノ製作所 製造部 課長　真田 礼子 氏
◆製品紹介
　日の出産業株式会社 営業企画部 部長　大河内 隆

顔写真は各社の広報から届き次第お送りします。
{sig("miyake")}
""",
    expect="pass", entities=[], detectors=[],
    note="speakers' names with affiliations and job titles only")

# two external organisations: manufacturer + agency
add(sender=frm("miyake"), to=[KAWASAKI], cc=[MORISHITA],
    subject="共同開発製品ページの公開日について",
    body=f"""川崎電機 松永様
（cc: アトリエ・ソラ 森下様）

三宅です。共同開発の卓上IH調理器の製品ページ、公開日を8月1日で調整させてください。
製品仕様の最終値（消費電力、外形寸法）を7/18までにいただければ、
森下様の方でページに反映いただきます。
{sig("miyake")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="a partner and the agency in To/Cc: two external organisations")

# English reply to an overseas inquirer, quoting him
add(sender=frm("nakagawa"), to=["Mark Ellison <m.ellison@harborview-imports.com>"],
    subject="Re: Distribution inquiry via your website",
    body=f"""Dear Mr. Ellison,

Thank you for your interest in our enamel cookware. Our overseas sales team will send
you the export price list and MOQ by the end of this week.

Kind regards,
{sig("nakagawa")}

On Wed, Jun 11, 2025 at 3:12 AM Mark Ellison <m.ellison@harborview-imports.com> wrote:
> Hello,
> I run a kitchenware import business in Vancouver. Mobile +1 604 555 0187,
> 2210 Commercial Drive, Vancouver BC. Please send your wholesale terms.
> Mark
""",
    expect="pass", entities=[], detectors=[],
    note="reply to the inquirer himself; his details are only in quoted text")

# quoting five applicants the agency had sent
_ps = people(5, born=(1990, 2000))
_qq = "\n".join(f"  {i + 1}. {p['name']}（{2025 - p['dob'].year}歳）{p['tel']}" for i, p in enumerate(_ps))
add(sender=frm("takagi"), to=[CAREER],
    subject="RE: 7月面接候補者のご紹介",
    charset="cp932",
    body=f"""今井様

高城です。ご紹介ありがとうございます。
5名とも書類選考に進めさせていただきます。結果は来週水曜までにご連絡します。
{sig("takagi")}

差出人: 今井 <imai@career-hashi.co.jp>
送信日時: 2025年6月12日 10:05
宛先: 高城 智美 <takagi@hinode-sangyo.co.jp>
件名: 7月面接候補者のご紹介

高城様

キャリアハシの今井です。7月の面接候補者をご紹介します。
{_qq}
よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="five candidates appear only in the quoted mail from the agency itself")

# data retention with the hosting company
add(sender=frm("kubota"), to=[KUMONOS],
    subject="フォーム受信データの保存期間設定",
    body=f"""坂巻様

久保田です。サーバ上のフォーム受信データ（DB）の保存期間について、
以下の設定をお願いします。

・お問い合わせ：受信から180日で自動削除
・資料請求：発送完了後90日で自動削除
・採用エントリー：受信から1年で自動削除
・バックアップ：世代管理7日分、暗号化あり

なお、当社フォームではマイナンバーやカード情報は受け付けない設計です。
削除ログは月次でご報告いただけると助かります。
{sig("kubota")}
""",
    expect="pass", entities=[], detectors=[],
    note="retention settings; mentions マイナンバー and card information only as topics")

# DNS / SPF change
add(sender=frm("kubota"), to=[KUMONOS], cc=["onodera@hinode-sangyo.co.jp"],
    subject="DNSレコード変更依頼（フォーム通知メールの到達率改善）",
    body="""坂巻様

久保田です。フォームの自動返信が迷惑メール扱いされる件で、以下の変更をお願いします。

  hinode-sangyo.co.jp.  TXT  "v=spf1 ip4:192.0.2.16/28 include:_spf.formnavi.jp ~all"
  fn1._domainkey.hinode-sangyo.co.jp.  CNAME  fn1.dkim.formnavi.jp.
  _dmarc.hinode-sangyo.co.jp.  TXT  "v=DMARC1; p=none; rua=mailto:dmarc@hinode-sangyo.co.jp"

反映予定日をお知らせください。
""",
    expect="pass", entities=[], detectors=[],
    note="DNS records; addresses are the company's own role mailboxes")

# testimonials with initials (four)
add(sender=frm("miyamoto"), to=[SHIMURA],
    subject="お客様の声 差し替え原稿（4件）",
    charset="iso-2022-jp",
    body=f"""志村様

宮本です。お客様の声ページの原稿を差し替えます。

1) 「軽くて洗いやすい。毎朝のお弁当づくりが楽になりました。」（40代・女性・K.S様）
2) 「職場の給湯室用にまとめて購入。丈夫で長持ちしています。」（50代・男性・T.M様）
3) 「贈り物にしたら喜ばれました。箱もきれいです。」（30代・女性・A.N様）
4) 「キャンプで使っています。直火OKなのが助かる。」（20代・男性・R.H様）

イニシャル表記で掲載許可を得ています。
{sig("miyamoto")}
""",
    expect="pass", entities=[], detectors=[],
    note="four anonymous testimonials with initials and age bands: no identifiable records")

# apology notice draft
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="お知らせ掲載依頼：フォーム不具合のお詫び",
    body=f"""大槻様

小野寺です。本日中に「お知らせ」に以下を掲載してください。

――――
お問い合わせフォーム不具合のお詫び

2025年6月9日（月）10時頃から6月11日（水）17時頃まで、当社ウェブサイトの
お問い合わせフォームから送信された内容が当社に届かない不具合が発生しておりました。
なお、本不具合による個人情報の漏えいはございません。
お手数ですが、該当期間にお問い合わせいただいたお客様は、再度ご送信くださいますよう
お願い申し上げます。
――――
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="public apology text; mentions 個人情報 only as a word")

# a few 404 lines from crawlers
add(sender=frm("kubota"), to=[SHIMURA],
    subject="404エラーの多いURL",
    body="""志村様

久保田です。旧URLからのリダイレクト漏れと思われる404がいくつか出ています。

  66.249.66.12 "GET /jp/products/enamel/index.html HTTP/1.1" 404 "Googlebot/2.1"
  66.249.66.40 "GET /jp/company/history.html HTTP/1.1" 404 "Googlebot/2.1"
  157.55.39.201 "GET /jp/ir/pdf/2019_q2.pdf HTTP/1.1" 404 "bingbot/2.0"
  66.249.66.12 "GET /jp/recruit/faq.html HTTP/1.1" 404 "Googlebot/2.1"
  40.77.167.88 "GET /jp/contact/thanks.html HTTP/1.1" 404 "bingbot/2.0"

リダイレクト表への追加をお願いします。
""",
    expect="pass", entities=[], detectors=[],
    note="crawler log lines: search-engine bots, no persons")

# online meeting invite with IDs
add(sender=frm("onodera"), to=[OOTSUKI, MORISHITA],
    subject="定例会（6/19）Web会議URL",
    body="""大槻様、森下様

小野寺です。6/19（木）10:00〜 の定例会のURLです。

Zoom ミーティングに参加する
https://zoom.us/j/81234567890?pwd=SG1uZGVTb3JhVGVp
ミーティングID: 812 3456 7890
パスコード: 619619
電話で参加: +81 3 4578 1488 (日本)

議題：フォーム二重送信の件、7月更新スケジュール
""",
    expect="pass", entities=[], detectors=[],
    note="meeting IDs and a dial-in number, no personal data")

# list of ticket numbers (no people)
add(sender=frm("togawa"), to=[MORISHITA],
    subject="管理画面でステータスが更新されない受付番号",
    body=f"""森下様

戸川です。管理画面で「対応済」にしても「未対応」に戻ってしまう受付です。

  C2506-0102  6/03  製品について  未対応に戻る
  C2506-0117  6/04  カタログ請求  未対応に戻る
  C2506-0121  6/04  その他        未対応に戻る
  C2506-0140  6/05  修理・部品    担当者欄が空になる
  C2506-0158  6/06  製品について  未対応に戻る
  C2506-0163  6/06  製品について  未対応に戻る
  C2506-0190  6/09  取扱店舗      担当者欄が空になる
  C2506-0204  6/10  カタログ請求  未対応に戻る
  C2506-0215  6/10  その他        未対応に戻る
  C2506-0229  6/11  修理・部品    未対応に戻る

ブラウザは Edge です。
{sig("togawa")}
""",
    expect="pass", entities=[], detectors=[],
    note="ten rows of ticket numbers and statuses, no people's data")

# conversion counts per form (xlsx)
add(sender=frm("miyamoto"), to=[DATALEAF],
    subject="フォーム別コンバージョン（GA4キーイベント）の確認",
    body=f"""江口様

宮本です。フォーム別のキーイベント数と、管理画面の受信件数の突合です。
差分が大きい「資料請求」の計測設定をご確認いただけますか。
{sig("miyamoto")}
""",
    attachments=[{"kind": "xlsx", "name": "cv_check_202505.xlsx", "sheets": {
        "突合": [["フォーム", "GA4キーイベント", "管理画面受信", "差分"],
                 ["お問い合わせ", 1204, 1188, 16], ["資料請求", 402, 611, -209],
                 ["採用エントリー", 77, 77, 0], ["工場見学", 18, 19, -1]],
        "メモ": [["資料請求は thanks ページが2種類ある（/catalog/thanks と /catalog/thanks2）"]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregate conversion counts in an XLSX")

# law firm reply quoted, about 個人番号 clause
add(sender=frm("fujisaki"), to=[SHIRAKAWA],
    subject="Re: 特定個人情報の記載について",
    body=f"""白川先生

ご教示ありがとうございます。
ご指摘のとおり、個人番号の取扱いは従業員等に関するものに限られるため、
サイト掲載のポリシーとは別に「特定個人情報等の適正な取扱いに関する基本方針」として
掲載する形にいたします。
{sig("fujisaki")}

> 藤崎様
> 番号法第19条により提供できる場合は限定されていますので、
> 顧客向けのポリシーに個人番号の利用目的を並べて記載するのは誤解を招きます。
> 基本方針は別ページとするのが一般的です。
> 白川
""",
    expect="pass", entities=[], detectors=[],
    note="legal discussion of the My Number clause; no numbers")

# a different company with a similar-looking name, not a look-alike
add(sender=frm("onodera"), to=["総務部 広報担当 <koho@hinode-kensetsu.co.jp>"],
    subject="相互リンク解除のご連絡",
    body=f"""日の出建設株式会社 総務部 広報ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 広報部の小野寺と申します。
以前より御社サイトの「地域リンク集」に当社へのリンクを掲載いただき、
ありがとうございました。当社サイトのURL変更に伴い、リンク先の変更
（https://www.hinode-sangyo.co.jp/）をお願いできますでしょうか。
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="hinode-kensetsu.co.jp is a different company's real name, not a typo of hinode-sangyo")

# internal: sensitive content forwarded internally
_p = person()
add(sender=frm("togawa"), to=["takagi@hinode-sangyo.co.jp"], cc=["hr-desk@mail.hinode-sangyo.co.jp"],
    subject="FW: 【お問い合わせ】障がい者採用について",
    body=f"""高城さん

サポートの戸川です。お問い合わせフォームに採用関係の相談が届いたので転送します。
人事部からご回答をお願いできますか。

---- 転送 ----
お名前：{_p['name']}
メール：{_p['email']}
内容：身体障害者手帳（2級）を持っています。人工透析のため週3回通院していますが、
　　　事務職で応募できる求人はありますか。
{sig("togawa")}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=[],
    note="disability and medical details of one person, but sent only to internal addresses")

# reply quoting the customer's card number (asking not to send it)
_p = person()
_cn2 = card_number(SEED + 1)
add(sender=frm("togawa"), to=[_p["email"]],
    subject="Re: 注文がエラーになります",
    body=f"""{_p['sei']} 様

日の出産業 オンラインショップ担当の戸川でございます。
ご不便をおかけし申し訳ございません。

お手数ですが、カード番号はメールやお問い合わせフォームには記載なさらないよう
お願いいたします。エラーの原因は、カード会社の本人認証（3Dセキュア）の画面で
タイムアウトしていたためと思われます。再度ご注文をお試しください。
{sig("togawa")}

> 昨日から何度やっても注文エラーになります。
> カードは {_cn2} です。期限は 08/28。
> 早く買いたいので確認してください。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the customer's card number is only in text quoted from her own mail")

# internal: My Number in a form submission, to information systems only
_p = person()
_mn2 = my_number(SEED + 1)
add(sender=frm("onodera"), to=["kubota@hinode-sangyo.co.jp"],
    subject="フォームにマイナンバーが書き込まれた件（削除依頼）",
    body=f"""久保田さん

小野寺です。お問い合わせフォームの受信データに個人番号が書かれたものがありました。
フォームナビの管理画面と通知メールの保管分から削除をお願いします。

　受付番号：C2506-0248
　お名前：{_p['name']}
　メール：{_p['email']}
　記載内容：「年末調整の件でマイナンバー {_mn2} を送ります」

（当社の従業員の家族の方のようで、送り先を間違えたものと思われます）
""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="a My Number, but the mail stays inside the company")

# masked card number in a payment test report
add(sender=frm("kubota"), to=[PAYGATE],
    subject="本番切替後の疎通確認結果",
    body=f"""ペイゲートワン 加盟店サポート御中

日の出産業 情報システム部の久保田です。
本番切替後、社用カードで少額決済の疎通確認を行いました。

　取引ID：PGO-20250614-000381
　カード：************4402（VISA）
　金額：100円（確認後に取消済み）
　結果：オーソリ OK / 取消 OK

問題ございませんでしたのでご報告いたします。
{sig("kubota")}
""",
    expect="pass", entities=[], detectors=[],
    note="only the last four digits of a card appear; no card number")

# English mail with disclaimer to an overseas agency about site speed
add(sender=frm("nakagawa"), to=["Priya Raman <priya@brightlane.com.sg>"],
    subject="Core Web Vitals audit - follow-up",
    body=f"""Hi Priya,

Thanks for the audit report. A few follow-ups:

- LCP on /en/products/ is 4.1 s on mobile. Is the hero image the main cause?
- Could you check whether the chat widget script can be deferred?
- Our CMS partner will handle the image conversion to WebP.

We would like to start the fixes in the first week of July.

Regards,
{sig("nakagawa")}

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information and are intended solely for the addressee. If you are not the intended
recipient, please notify the sender and delete this e-mail.
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary English mail; the confidentiality notice is the standard footer, not a marking")

# health-management page: aggregate rates
add(sender=frm("miyamoto"), to=[MORISHITA],
    subject="サステナビリティページ 数値更新（健康経営・ダイバーシティ）",
    body=f"""森下様

宮本です。サステナビリティページの数値を2024年度実績に更新してください。

　定期健康診断 受診率：100%
　特定保健指導 実施率：68.4%
　ストレスチェック 受検率：94.1%
　障がい者雇用率：2.61%（法定 2.5%）
　女性管理職比率：9.8%
　男性育児休業取得率：52.0%

あわせて「健康経営優良法人2025」のロゴを追加してください（データは後送）。
{sig("miyamoto")}
""",
    expect="pass", entities=[], detectors=[],
    note="health and disability words only as company-wide rates; no individual")

# one employee interview, business info only
add(sender=frm("takagi"), to=[SHIMURA],
    subject="採用サイト トップの社員写真差し替え",
    body=f"""志村様

高城です。採用サイトのトップに出ている社員写真を差し替えます。
写真（PNG）を添付しますので、キャプションは以下でお願いします。

　「品質保証部　小牧工場　五十嵐 智也」

旧写真の社員は退職しましたので、本日中の差し替えをお願いできますと幸いです。
{sig("takagi")}
""",
    attachments=[{"kind": "png", "name": "recruit_top_photo.png"}],
    expect="pass", entities=[], detectors=[],
    note="one employee's name with his department as a photo caption: no personal data")

# meeting minutes with attendees (business)
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="議事録送付（6/12 定例）",
    body=f"""大槻様

小野寺です。6/12 定例の議事録を送ります。修正があればお知らせください。
{sig("onodera")}
""",
    attachments=[{"kind": "docx", "name": "議事録_20250612.docx",
                  "paragraphs": ["コーポレートサイト運用定例 議事録", "日時：2025年6月12日（木）10:00-11:00",
                                 "場所：Web会議"],
                  "tables": [[["所属", "出席者"],
                              ["アトリエ・ソラ", "大槻様、森下様"],
                              ["日の出産業 広報部", "小野寺、宮本"],
                              ["日の出産業 情報システム部", "久保田"]],
                             [["No", "内容", "担当", "期限"],
                              ["1", "二重送信対策の修正版テスト", "日の出 小野寺", "6/16"],
                              ["2", "404リダイレクト表の更新", "ソラ 森下様", "6/20"]]]}],
    expect="pass", entities=[], detectors=[],
    note="attendee list of business names and action items")

# phone validation bug with an example value
add(sender=frm("togawa"), to=[MORISHITA],
    subject="電話番号欄のバリデーション（全角入力）",
    charset="iso-2022-jp",
    body=f"""森下様

戸川です。電話番号欄に全角で「０９０－１２３４－５６７８」のように入れると
「正しい形式で入力してください」になってしまい、お客様から苦情が来ています。
全角数字・全角ハイフンは自動で半角に変換してから判定するよう修正をお願いします。

同様に、郵便番号欄の「〒」付き入力（〒460-0008）もエラーになるようです。
{sig("togawa")}
""",
    expect="pass", entities=[], detectors=[],
    note="example values in a bug report (a dummy mobile, the company's own postcode)")

# address autocomplete bug using a public landmark address
add(sender=frm("onodera"), to=[MORISHITA],
    subject="住所自動入力の不具合",
    body=f"""森下様

小野寺です。郵便番号からの住所自動入力で、町域が2つ重複して入るケースがあります。

　再現手順：郵便番号に 460-0001 を入力 → 「愛知県名古屋市中区三の丸三の丸」になる
　（名古屋城の所在地で試しました）

郵便番号データの更新が古いのかもしれません。ご確認ください。
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="a public landmark's address used to reproduce a bug")

# ZIP of site assets (readable)
add(sender=frm("onodera"), to=[SHIMURA],
    subject="キャンペーンLP差し替えHTML一式",
    body=f"""志村様

小野寺です。社内で文言修正したLPのHTML一式をZIPでお送りします。
差分は README に書いてあります。
{sig("onodera")}
""",
    attachments=[{"kind": "zip", "name": "lp_summer2025_rev2.zip", "files": [
        {"kind": "html", "name": "index.html",
         "html": "<html><head><title>夏のキャンペーン</title></head><body><h1>つくる、を支えて70年。</h1>"
                 "<p>期間中、対象商品を20%OFF。</p></body></html>"},
        {"kind": "txt", "name": "README.txt", "text": "rev2: 見出しと割引率の表記を修正。画像は変更なし。\n"}]}],
    expect="pass", entities=[], detectors=[],
    note="readable ZIP of campaign HTML")

# prefecture breakdown of sessions
add(sender=frm("miyake"), to=[DATALEAF],
    subject="地域別セッションの件（展示会の出展地検討）",
    body=f"""江口様

三宅です。4〜5月の地域別セッション、ありがとうございました。
展示会の出展地を検討しており、上位の市区町村単位でも見たいです。

　愛知県 名古屋市中区     4,812
　愛知県 豊田市           2,033
　東京都 千代田区         1,977
　大阪府 大阪市北区       1,502
　静岡県 浜松市中央区     1,118

この粒度で、BtoBページのみに絞った数字をいただけますか。
{sig("miyake")}
""",
    expect="pass", entities=[], detectors=[],
    note="session counts by city: place names, not people's addresses")

# two failed submissions forwarded to the form vendor (two people)
_ps = people(2)
add(sender=frm("webmaster"), to=[FORMNAVI],
    subject="送信エラーになったお客様の件（2件）",
    body=f"""フォームナビ サポートご担当者様

Webサイト管理担当です。「送信ボタンを押すとエラーになる」とお電話をいただいた
お客様が2名いらっしゃいます。ログの確認をお願いします。

1. {_ps[0]['name']} 様　{_ps[0]['email']}　6/12 20時頃　Android / Chrome
2. {_ps[1]['name']} 様　{_ps[1]['email']}　6/13 8時頃　iPhone / Safari
{sig("webmaster")}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="two customers' names and mail: under five people, may be warned")

# attendees' mobiles for a photo shoot (three employees)
_ps = people(3, born=(1975, 1998))
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="7/2 撮影当日の立会者と連絡先",
    body=f"""大槻様

小野寺です。7/2 の小牧工場での撮影、当日の立会者と緊急連絡先です。

・{_ps[0]['name']}（広報部）　{_ps[0]['tel']}
・{_ps[1]['name']}（小牧工場 総務課）　{_ps[1]['tel']}
・{_ps[2]['name']}（品質保証部）　{_ps[2]['tel']}

集合は 9:30 正門守衛所です。安全靴は貸し出します。
{sig("onodera")}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three employees' mobiles for a shoot: under five people, may be warned")

# product page updates with product codes
add(sender=frm("miyake"), to=[SHIMURA],
    subject="製品ページ 価格・品番の改定（8/1〜）",
    charset="cp932",
    body=f"""志村様

三宅です。8/1 価格改定分の製品ページ更新をお願いします。

品番            品名                          旧価格     新価格
HS-EN-2016-WH   ホーロー両手鍋 16cm ホワイト   4,400円    4,950円
HS-EN-2020-WH   ホーロー両手鍋 20cm ホワイト   5,500円    6,050円
HS-ST-0450-SV   ステンレス保存容器 450ml        1,980円    2,200円
HS-ST-1200-SV   ステンレス保存容器 1.2L         2,860円    3,190円
HS-PK-018       替えパッキン（3枚入）             660円      770円

JANコードは変更ありません。
{sig("miyake")}
""",
    expect="pass", entities=[], detectors=[],
    note="price list with product codes")

# sitemap for the new site (pptx)
add(sender=frm("onodera"), to=[OOTSUKI, MORISHITA],
    subject="サイトマップ案（社内調整後）",
    body=f"""大槻様、森下様

小野寺です。社内で調整したサイトマップ案をお送りします。
「個人情報保護方針」「特定個人情報の基本方針」「Cookieポリシー」をフッターにまとめました。
{sig("onodera")}
""",
    attachments=[{"kind": "pptx", "name": "sitemap_v4.pptx",
                  "slides": [["サイトマップ案 v4", "2025年6月"],
                             ["グローバルナビ", "製品情報", "企業情報", "IR情報", "採用情報", "お問い合わせ"],
                             ["フッター", "個人情報保護方針", "特定個人情報の基本方針", "Cookieポリシー",
                              "サイトのご利用について"]]}],
    expect="pass", entities=[], detectors=[],
    note="a sitemap deck naming policy pages only")

# English: GA4 consent mode to the foreign vendor, with a CC of the agency (two orgs)
add(sender=frm("nakagawa"), to=[NORTHPINE], cc=[OOTSUKI],
    subject="GA4 consent mode v2 - who implements what",
    body=f"""Hi Daniel, and 大槻さん (cc),

To avoid double work on the English site:

- NorthPine: consent banner and Consent Mode v2 signals
- Atelier Sora: GTM container changes on the Japanese side
- Hinode: final review by our legal team (privacy policy wording)

No form data or customer lists will be exchanged for this work.

Thanks,
{sig("nakagawa")}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc; ordinary coordination")

# forwarded vendor notice (FW) about a maintenance window
add(sender=frm("kubota"), to=[OOTSUKI],
    subject="FW: 【クモノスホスティング】定期メンテナンスのお知らせ",
    body=f"""大槻様

久保田です。ホスティング会社から以下の通知がありました。
7/8 の更新作業はこの時間帯を避けてください。

---------- Forwarded message ----------
From: クモノスホスティング <info@kumonos-host.jp>
Subject: 【クモノスホスティング】定期メンテナンスのお知らせ

いつもクモノスホスティングをご利用いただきありがとうございます。
下記日程で定期メンテナンスを実施いたします。

日時：2025年7月8日（火）2:00〜5:00
影響：コントロールパネルへのログイン不可（Webサイトの表示には影響ありません）

クモノスホスティング株式会社 サポートセンター
TEL 03-5789-1200（平日10:00〜18:00）
{sig("kubota")}
""",
    expect="pass", entities=[], detectors=[],
    note="forward of a vendor notice: business contacts only")

# privacy policy: the privacy contact desk (business)
add(sender=frm("fujisaki"), to=[MORISHITA],
    subject="個人情報保護方針ページ 差し替え原稿（最終）",
    charset="iso-2022-jp",
    body=f"""森下様

総務部の藤崎です。弁護士確認が完了しましたので、最終原稿をお送りします。
7/1 0:00 の公開でお願いします。

（末尾の窓口表記）
【個人情報に関するお問い合わせ窓口】
日の出産業株式会社 総務部 個人情報相談窓口
〒460-0008 愛知県名古屋市中区栄三丁目15番27号
TEL 052-261-4492（受付時間 平日9:00〜17:00）
E-mail privacy@hinode-sangyo.co.jp
個人情報保護管理者：総務部長

制定日：2005年4月1日　最終改定日：2025年7月1日
{sig("fujisaki")}
""",
    expect="pass", entities=[], detectors=[],
    note="the company's own privacy desk contact in the policy text")

# agency asked about test data: uses example domain
add(sender=frm("onodera"), to=[MORISHITA],
    subject="Re: テストデータの作り方について",
    body=f"""森下様

小野寺です。テストデータは実在の方のデータを使わず、以下のルールでお願いします。

・氏名：「テスト」＋連番（テスト001、テスト002…）
・メール：test+連番@example.com
・電話番号：000-0000-0000 固定
・住所：「愛知県テスト市」固定

本番データのコピーは、たとえ一部でもステージングに入れないでください。
{sig("onodera")}

> 負荷試験用に1,000件ほどのテストデータを用意したいのですが、
> 本番データの一部をマスキングして使ってもよろしいでしょうか。
""",
    expect="pass", entities=[], detectors=[],
    note="rules for fake test data; no real person")

# accessibility request mentioning visually impaired users in general
add(sender=frm("onodera"), to=[OOTSUKI],
    subject="アクセシビリティ対応の追加見積",
    body=f"""大槻様

小野寺です。お客様から「音声読み上げでフォームが使えない」とのご意見をいただきました
（ご本人の情報は社内で管理しています）。
視覚に障がいのある方にもフォームをご利用いただけるよう、
JIS X 8341-3 の適合レベルAA を目標に改修の見積りをお願いします。

主な箇所：
・入力欄のラベル関連付け
・エラーメッセージの読み上げ
・画像認証（CAPTCHA）の代替手段
{sig("onodera")}
""",
    expect="pass", entities=[], detectors=[],
    note="mentions disability in general terms; no identifiable person")

# ======================================================================================
# ids: the order is shuffled once (seeded), then numbered web-001 … web-100
# ======================================================================================

rng.shuffle(M)
MESSAGES: list[dict] = [{"id": f"web-{i:03d}", **m} for i, m in enumerate(M, 1)]
