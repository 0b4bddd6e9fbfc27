"""Blind corpus, area ``security``: physical security and internal investigations.

Written from bench/blind/BRIEF.md (and the renderer/helpers in build.py) alone, without
reading mailguard's code or any other corpus file.  The mail comes from 日の出産業's 総務部
施設・セキュリティ課, 法務コンプライアンス部, 内部監査室 and 人事部 and goes to security
companies (警備会社), building management (防災センター), the access-control vendor,
police stations, outside counsel, forensic investigators, insurers and neighbours:
入館証 / セキュリティカード issuance and loss, 入退室ログ extracts, 防犯カメラ映像の提供依頼,
被害届・拾得物の届出, 社内不正調査 and ハラスメント調査, 来訪者名簿, 作業員名簿, 鍵の管理,
緊急連絡網 — with the lists of people, ID documents, 要配慮個人情報 (crime victims,
arrests, injuries, disability, religion), confidentiality stamps, encrypted attachments,
look-alike domains and open recipient lists such mail really carries, and the many
look-alike-but-harmless cases (business directories, statistics, one contact, quoted
text, internal-only mail, NDA talk, card serials and key numbers without people).
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

# -- invented people ----------------------------------------------------------------------

_SUR = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"), ("森", "モリ", "Mori"), ("阿部", "アベ", "Abe"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
    ("宇佐美", "ウサミ", "Usami"), ("御手洗", "ミタライ", "Mitarai"), ("京極", "キョウゴク", "Kyogoku"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("蓮見", "ハスミ", "Hasumi"), ("設楽", "シタラ", "Shitara"),
    ("鬼頭", "キトウ", "Kito"), ("榊原", "サカキバラ", "Sakakibara"), ("古賀", "コガ", "Koga"),
    ("大和田", "オオワダ", "Owada"), ("日下部", "クサカベ", "Kusakabe"), ("雨宮", "アマミヤ", "Amamiya"),
    ("釘宮", "クギミヤ", "Kugimiya"), ("仲宗根", "ナカソネ", "Nakasone"), ("猪狩", "イガリ", "Igari"),
    ("真壁", "マカベ", "Makabe"), ("不破", "フワ", "Fuwa"), ("左近", "サコン", "Sakon"),
]
_GIV_M = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("浩二", "コウジ", "Koji"),
    ("誠", "マコト", "Makoto"), ("隆之", "タカユキ", "Takayuki"), ("悠真", "ユウマ", "Yuma"),
    ("蒼", "アオイ", "Aoi"), ("啓介", "ケイスケ", "Keisuke"), ("雅人", "マサト", "Masato"),
    ("伸一", "シンイチ", "Shinichi"), ("和也", "カズヤ", "Kazuya"), ("陸", "リク", "Riku"),
    ("光太郎", "コウタロウ", "Kotaro"), ("勇気", "ユウキ", "Yuki"), ("達郎", "タツロウ", "Tatsuro"),
    ("功", "イサオ", "Isao"), ("正樹", "マサキ", "Masaki"), ("恭平", "キョウヘイ", "Kyohei"),
]
_GIV_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("真由美", "マユミ", "Mayumi"),
    ("彩花", "アヤカ", "Ayaka"), ("恵", "メグミ", "Megumi"), ("千尋", "チヒロ", "Chihiro"),
    ("由佳", "ユカ", "Yuka"), ("さくら", "サクラ", "Sakura"), ("奈々", "ナナ", "Nana"),
    ("香織", "カオリ", "Kaori"), ("結衣", "ユイ", "Yui"), ("麻衣", "マイ", "Mai"),
    ("久美子", "クミコ", "Kumiko"), ("芽衣", "メイ", "Mei"), ("瑞穂", "ミズホ", "Mizuho"),
    ("智子", "トモコ", "Tomoko"), ("綾乃", "アヤノ", "Ayano"), ("静香", "シズカ", "Shizuka"),
]
_TOWNS = [
    ("東京都", "世田谷区", "経堂", "156-0052"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("東京都", "練馬区", "石神井町", "177-0041"), ("神奈川県", "川崎市中原区", "木月", "211-0025"),
    ("東京都", "府中市", "宮西町", "183-0022"), ("埼玉県", "川口市", "芝新町", "333-0851"),
    ("千葉県", "松戸市", "常盤平", "270-2261"), ("東京都", "江東区", "南砂", "136-0076"),
    ("東京都", "大田区", "西蒲田", "144-0051"), ("神奈川県", "相模原市中央区", "相生", "252-0238"),
    ("東京都", "杉並区", "阿佐谷南", "166-0004"), ("埼玉県", "所沢市", "小手指町", "359-1141"),
    ("千葉県", "市川市", "行徳駅前", "272-0133"), ("東京都", "足立区", "西新井栄町", "123-0843"),
    ("神奈川県", "藤沢市", "辻堂元町", "251-0043"), ("東京都", "町田市", "森野", "194-0022"),
    ("茨城県", "取手市", "井野", "302-0011"), ("東京都", "板橋区", "常盤台", "174-0071"),
]
_BLD = ["", "", "", " コーポ若葉201", " メゾン桜台305", "-402", " グランシャトー1102", " ハイツ緑ヶ丘B-103",
        "", " サンライズ21 707", "", "", " パークハイム駅前503", "-1205", " レジデンス東雲B棟814", "",
        " 第二松風荘2号室", " アーバンコート310", "", "-206"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp"]


def people(seed: str, n: int, female_ratio: float = 0.4, born=(1962, 2003)) -> list[dict]:
    """n invented people with contact data (deterministic for a seed)."""
    rng = _random.Random(f"security-{seed}")
    out: list[dict] = []
    used: set[str] = set()
    while len(out) < n:
        sur = rng.choice(_SUR)
        female = rng.random() < female_ratio
        giv = rng.choice(_GIV_F if female else _GIV_M)
        if sur[0] + giv[0] in used:
            continue
        used.add(sur[0] + giv[0])
        pref, city, town, zipc = rng.choice(_TOWNS)
        dob = _dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        area = rng.choice(["03-{a}-{b}", "045-{c}-{b}", "048-{c}-{b}", "047-{c}-{b}",
                           "042-{c}-{b}", "0467-{d}-{b}", "029-{c}-{b}"])
        home = area.format(a=rng.randint(3000, 6999), b=f"{rng.randint(0, 9999):04d}",
                           c=rng.randint(200, 999), d=rng.randint(20, 99))
        mail_local = rng.choice(["{r}.{s}", "{s}{y}", "{r}_{s}{n}", "{s}.{r}{y}"]).format(
            r=giv[2].lower(), s=sur[2].lower(), y=dob.year % 100, n=rng.randint(1, 99))
        out.append({
            "sur": sur[0], "giv": giv[0], "name": f"{sur[0]} {giv[0]}",
            "name_j": f"{sur[0]}　{giv[0]}", "kana": f"{sur[1]} {giv[1]}",
            "roma": f"{giv[2]} {sur[2].upper()}", "roma2": f"{sur[2]} {giv[2]}",
            "sex": "女" if female else "男", "dob": dob, "mobile": mob, "home": home,
            "zip": zipc,
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
                    f"{rng.choice(_BLD)}",
            "mail": f"{mail_local}@{rng.choice(_FREE)}",
            "emp": f"{rng.choice(['H', 'H', 'K', 'S'])}{rng.randint(10, 24):02d}{rng.randint(0, 9999):04d}",
            "card": f"{rng.randint(10, 99)}{rng.randint(0, 99999999):08d}",
            "blood": rng.choice(["A", "A", "O", "B", "AB"]),
            "bp": f"{rng.randint(108, 148)}/{rng.randint(62, 94)}",
            "kenpo": f"{rng.randint(1000, 9999)}・{rng.randint(100, 9999)}",
            "nenkin": f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            "license": f"{rng.choice(['30', '45', '46', '44', '50'])}{rng.randint(10, 22):02d}"
                       f"{rng.randint(0, 99999999):08d}",
        })
    return out


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ").replace(".", "．")
    return f"{era}{y}年{d.month}月{d.day}日"


def fw(s: str, dash: str = "－") -> str:
    """ASCII digits (and hyphens) to full width; use dash='−' for ISO-2022-JP text."""
    table = {ord(str(i)): chr(0xFF10 + i) for i in range(10)}
    table[ord("-")] = dash
    return s.translate(table)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int, fill: str = " ") -> str:
    """left-justify s to a display width (full-width characters count 2)."""
    gap = width - _w(s)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + fill * max(gap, 0)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- signatures ----------------------------------------------------------------------------

SIG_MURAI = """――――――――――――――――――――
日の出産業株式会社
総務部 施設・セキュリティ課
村井 達也（むらい たつや）
〒105-0014 東京都港区芝2-8-11 日の出ビル7F
TEL 03-5403-2210（代表）　内線 2217
E-mail: t-murai@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SOMA = """-------------------------------------------
日の出産業株式会社 法務コンプライアンス部
相馬 玲子
TEL: 03-5403-2290 / FAX: 03-5403-2291
soma.reiko@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_KASAI = """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　内部監査室
葛西 浩一　Koichi Kasai
〒105-0014 東京都港区芝2-8-11
TEL 03-5403-2300
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_OTSUKI = """--
日の出産業株式会社 相模原工場 総務課
大槻 修
〒252-0238 神奈川県相模原市中央区星が丘4-11-2
TEL 042-758-3311 内線 105
o-otsuki@hinode-sangyo.co.jp"""

SIG_NONOMURA = """******************************
日の出産業株式会社
人事部 労務グループ
野々村 千春
TEL 03-5403-2240
nonomura.c@hinode-sangyo.co.jp
******************************"""

SIG_EN = """--
Tatsuya Murai
Facilities & Security Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
2-8-11 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5403-2210
t-murai@hinode-sangyo.co.jp"""

SIG_HAYAMI = """――――――――――――
日の出産業株式会社
総務部 施設・セキュリティ課
速水 沙織
内線 2219 / 直通 03-5403-2219
hayami.s@hinode-sangyo.co.jp
――――――――――――"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you
are not the intended recipient, please notify the sender and delete this e-mail."""

MURAI = "村井 達也 <t-murai@hinode-sangyo.co.jp>"
SOMA = "相馬 玲子 <soma.reiko@hinode-sangyo.co.jp>"
KASAI = "葛西 浩一 <kasai.k@hinode-sangyo.co.jp>"
OTSUKI = "大槻 修 <o-otsuki@hinode-sangyo.co.jp>"
NONOMURA = "野々村 千春 <nonomura.c@hinode-sangyo.co.jp>"
HAYAMI = "速水 沙織 <hayami.s@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-020

_p = people("001", 8, born=(1999, 2003))
_rows = "\n".join(
    f"{p['emp']:<9}{pad(p['name'], 15)}{pad(p['kana'], 22)}{pad(d, 16)}{p['mobile']}"
    for p, d in zip(_p, ["営業第一部", "営業第一部", "経理部", "情報システム部", "総務部",
                         "営業第二部", "商品企画部", "商品企画部"]))
MESSAGES.append({
    "id": "security-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "【入館証発行依頼】4月入社 新入社員8名分",
    "body": f"""響ビルマネジメント株式会社
芝日の出ビル 防災センター 御中

いつも大変お世話になっております。
日の出産業 総務部の村井でございます。

4月1日付で入社する新入社員8名について、入館証（ICカード）の発行をお願いいたします。
研修期間中は7F・8Fのみ通行可、9F役員フロアは不可の設定でお願いします。

社員番号 氏名           フリガナ              配属            携帯電話
-------- -------------- --------------------- --------------- -------------
{_rows}

写真データは別途、社内便にてお届けします。
発行が完了しましたら3月28日（金）までに防災センター窓口で受け取りに伺います。

よろしくお願いいたします。

{SIG_MURAI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 new hires' records (employee no., name, kana, mobile) in a space-padded table to building management",
})

MESSAGES.append({
    "id": "security-002", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": [KASAI],
    "cc": ["村井 達也 <t-murai@hinode-sangyo.co.jp>"],
    "subject": "RE: 9Fサーバー室 入退室ログの抽出（10/1〜10/31）",
    "body": """葛西さん

お疲れさまです。速水です。
ご依頼の9Fサーバー室の入退室ログ（10月分）を抽出しましたので添付します。

・シート「ログ」：カード読取の全件（時刻・扉・カードID・氏名・社員番号）
・シート「カード台帳」：該当期間に通行実績のあるカード保有者の一覧（携帯番号入り）

共連れ検知のアラームは10/17 22:41の1件のみでした。防犯カメラの該当時間帯の映像は
保存期限が迫っているため、DVDに退避済みです（金庫保管）。

監査以外の用途では使わないようお願いします。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "xlsx", "name": "serverroom_access_202510.xlsx",
        "sheets": {
            "ログ": [["9Fサーバー室 入退室ログ 2025/10/01-10/31"], [],
                     ["日時", "扉", "方向", "カードID", "氏名", "社員番号"]] + [
                [f"2025/10/{(i % 28) + 1:02d} {8 + i % 12:02d}:{(i * 7) % 60:02d}", "9F-SV01",
                 "入" if i % 2 == 0 else "出", p["card"], p["name"], p["emp"]]
                for i, p in enumerate(people("002", 14) * 3)],
            "カード台帳": [["カード保有者一覧"], ["社員番号", "氏名", "所属", "携帯", "カードID"]] + [
                [p["emp"], p["name"], "情報システム部", p["mobile"], p["card"]]
                for p in people("002", 14)],
        }}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "server-room access log with 14 holders' mobiles, but sent to internal audit only (all recipients internal)",
})

_p = people("003", 6, female_ratio=0.05, born=(1965, 1998))
_blocks = "\n\n".join(
    f"［{i + 1}］{p['name']}（{p['kana']}）\n"
    f"　生年月日：{wareki(p['dob'])}\n"
    f"　現住所　：〒{p['zip']} {p['addr']}\n"
    f"　携帯　　：{p['mobile']}\n"
    f"　緊急連絡先：{p['home']}（{['妻', '母', '父', '妻', '兄', '妻'][i]}）"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "security-003", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "防犯カメラ増設工事に伴う作業員の入館について（11/8〜11/10）",
    "body": f"""あさひ警備保障株式会社
芝営業所　常駐警備ご担当者様

お世話になっております。日の出産業の村井です。

先日ご相談した防犯カメラ増設工事ですが、施工会社（光陽電設）から作業員名簿が届きましたので
共有いたします。工事期間中は通用口での本人確認をお願いいたします。

■工事期間　11月8日（土）〜11月10日（月）　8:30〜18:00
■作業場所　B1F駐車場、1Fエントランス、7F・8F共用廊下
■作業員（6名）

{_blocks}

※作業員の変更があった場合は前日までにご連絡します。

{SIG_MURAI}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six contractor workers, one block each with DOB (和暦), home address, mobile, emergency phone, to the security company",
})

MESSAGES.append({
    "id": "security-004", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["五十嵐 様 <igarashi.t@asahi-keibi.co.jp>"],
    "subject": "Re: 12月 警備員配置表のご送付",
    "body": """五十嵐様

お世話になっております。日の出産業の村井です。
12月の配置表、確かに受領いたしました。年末年始の巡回回数の件も承知しました。
12/29の夜間は当社の当番者が22時まで在館予定ですので、その旨申し送りをお願いします。

引き続きよろしくお願いいたします。

村井

> 日の出産業株式会社 村井様
>
> いつもお世話になっております。あさひ警備保障の五十嵐です。
> 12月の警備員配置表をお送りします。
>
> 日勤  隊長 東海林 功   090-4418-2207  生年 S47
> 日勤  隊員 仲宗根 陸   080-3321-9045  生年 H10
> 夜勤  隊員 猪狩 正樹   070-5582-1130  生年 S55
> 夜勤  隊員 左近 恭平   090-7719-6024  生年 H3
> 予備  隊員 不破 雅人   080-2207-4481  生年 S61
>
> ご確認のほどよろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the guard roster (5 people) is only quoted back to the security company that sent it; new text has no personal data",
})

MESSAGES.append({
    "id": "security-005", "expect": "stop", "charset": "utf-8",
    "sender": MURAI,
    "to": ["あさひ警備保障 芝営業所 隊長 東海林様 <shoji.i@asahi-keibi.co.jp>"],
    "subject": "【至急】特定人物の入館拒否・声掛けのお願い",
    "body": """東海林隊長

お疲れさまです。日の出産業 村井です。
急ぎのお願いです。電話でもお伝えしましたが、念のためメールでも残します。

当社 経理部の 蓮見 綾乃（ハスミ アヤノ）さんが、元交際相手からつきまとい行為を受けており、
10月24日に三田警察署へ被害届を提出し、現在ストーカー規制法に基づく警告が出ている状態です。
相手方の男性が本社ビル付近に現れる可能性があるため、以下の対応をお願いします。

 ・相手方：鬼頭 和也（キトウ カズヤ）、30代前半、身長175cm程度、細身、黒縁眼鏡
 ・受付での面会申し出は一切取り次がず、防災センターから当社総務（内線2217）へ連絡
 ・蓮見さんの退館時（18時前後）は通用口からタクシー乗り場まで同行をお願いしたい

相手方の写真は警察から提供を受けていますので、明朝、紙で隊長にお渡しします。
本件は関係者限りでお願いいたします。

""" + SIG_MURAI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names an employee as a stalking victim (crime victim, 要配慮個人情報) to the security company",
})

MESSAGES.append({
    "id": "security-006", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["川崎電機 総務部 <soumu@kawasaki-denki.co.jp>",
           "北国フーズ 東京支社 総務課 <tokyo-soumu@kitaguni-foods.co.jp>",
           "錦印刷 管理部 <kanri@nishiki-insatsu.co.jp>",
           "みなと歯科クリニック 事務長 <office@minato-shika.jp>"],
    "cc": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "【芝日の出ビル入居各社様】共用部防犯カメラ更新工事のお知らせ",
    "body": """芝日の出ビル　入居テナント各社　ご担当者様

いつもお世話になっております。
ビルオーナー代行として共用部の管理を担当しております、日の出産業 総務部の村井です。

共用部に設置している防犯カメラ（計24台）を、下記日程でネットワークカメラへ更新いたします。
工事中は一部エリアで録画が途切れる時間帯がございますので、ご承知おきください。

　日程：11月15日（土）9:00〜17:00（予備日 11月22日）
　範囲：1Fエントランス、EVホール各階、B1F駐車場、非常階段
　施工：光陽電設株式会社

工事当日はエレベーター1基を養生のため停止します。
ご不明点は防災センター（内線100）または村井までお問い合わせください。

""" + SIG_MURAI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "tenant notice with four tenant companies plus building management openly in To/Cc; should have been Bcc",
})

_p = people("007", 7)
_trs = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{d}</td><td>{p['mobile']}</td><td>{per}</td></tr>"
    for i, (p, d, per) in enumerate(zip(_p, ["経理部", "経理部", "経理部", "情報システム部", "情報システム部",
                                             "法務コンプライアンス部", "総務部"],
                                        ["11/25-11/29 〜23:00", "11/25-11/29 〜23:00", "11/28 〜翌2:00",
                                         "11/29(土) 9:00-18:00", "11/29(土) 9:00-18:00", "11/27 〜22:00",
                                         "11/29(土) 8:00-20:00"])))
MESSAGES.append({
    "id": "security-007", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "夜間・休日 在館許可者リスト（11月第4週）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>あさひ警備保障株式会社<br>芝営業所 ご担当者様</p>
<p>お世話になっております。日の出産業 総務部の速水です。<br>
月末の決算作業・システム切替に伴い、下記の者が夜間・休日に在館します。<br>
巡回時に在館者がいた場合は、こちらのリストと照合のうえご対応ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>所属</th><th>携帯（緊急連絡用）</th><th>在館予定</th></tr>
{_trs}
</table>
<p>機械警備のセットは最終退館者が行います。セット忘れがあった場合は上記携帯へご連絡ください。</p>
<p>――――――――――――<br>日の出産業株式会社<br>総務部 施設・セキュリティ課<br>速水 沙織<br>
内線 2219 / 直通 03-5403-2219</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 7 employees and their mobiles for after-hours presence, to the security company",
})

MESSAGES.append({
    "id": "security-008", "expect": "pass", "charset": "cp932",
    "sender": MURAI,
    "to": ["極東セキュリティ 法人営業部 <houjin@kyokuto-security.co.jp>"],
    "subject": "機械警備 お見積りのお願い（対象拠点一覧）",
    "body": """極東セキュリティ株式会社
法人営業部　金城様

先日はご来社いただきありがとうございました。日の出産業の村井です。
お打合せの際にお話しした機械警備の切替について、対象拠点の一覧をお送りします。
各拠点の営業時間・床面積もあわせて記載しましたので、お見積りをお願いいたします。

拠点名　　　　　　住所　　　　　　　　　　　　　　　　　　　　代表電話　　　　営業時間　　床面積
――――――――――――――――――――――――――――――――――――――――――――――――――――
本社　　　　　　　東京都港区芝2-8-11 日の出ビル7-9F　　　　　03-5403-2210　　9:00-18:00　1,850㎡
横浜営業所　　　　神奈川県横浜市西区北幸1-5-10 4F　　　　　　045-313-7720　　9:00-18:00　　320㎡
さいたま営業所　　埼玉県さいたま市大宮区桜木町2-3-8 6F　　　048-645-1180　　9:00-18:00　　210㎡
相模原工場　　　　神奈川県相模原市中央区星が丘4-11-2　　　　　042-758-3311　　24時間　　　9,400㎡
千葉物流センター　千葉県習志野市茜浜3-2-5　　　　　　　　　　047-452-6630　　7:00-22:00　6,100㎡

現行契約は来年3月末で満了します。2月中旬までにご提示いただけますと助かります。

""" + SIG_MURAI + "\n\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites (business addresses and switchboards), not people; disclaimer at the end",
})

MESSAGES.append({
    "id": "security-009", "expect": "stop", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Tsubasa System DC Reception <dc-reception@tsubasa-system.jp>"],
    "subject": "Data center visit request - 18 Nov (3 visitors from Hinode US)",
    "body": """Dear DC Reception team,

We would like to register three visitors from our US subsidiary for the rack inspection
at your Tokyo No.2 data center (Cage H-14) on Tuesday, 18 November, 10:00-16:00.
As required by your entry procedure, please find their passport details below.

1) Name: Daniel R. HOLLOWAY
   Nationality: USA / Passport No.: 548213079 / Date of birth: 1979-06-14
2) Name: Priya NATARAJAN
   Nationality: USA / Passport No.: 561904482 / Date of birth: 1986-11-02
3) Name: Kenji ODAGIRI
   Nationality: Japan / Passport No.: TR4471923 / Date of birth: 1983-03-27

They will be escorted by me at all times. Please let me know if the original passports
must be presented at the gate or if a copy is sufficient.

Best regards,

""" + SIG_EN,
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers (identity documents) of three visitors sent to the data-center operator",
})

_p = people("010", 26, female_ratio=0.35)
_cos = ["株式会社ミナト化成", "東邦リース株式会社", "有限会社ささき工務店", "株式会社ヨツバ商事", "北斗精機株式会社",
        "株式会社アルファ物流", "三協テクノ株式会社", "株式会社いろは企画"]
_doms = ["minato-kasei.co.jp", "toho-lease.co.jp", "sasaki-koumuten.jp", "yotsuba-shoji.co.jp", "hokuto-seiki.co.jp",
         "alpha-butsuryu.co.jp", "sankyo-techno.co.jp", "iroha-kikaku.jp"]
MESSAGES.append({
    "id": "security-010", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["あさひ警備保障 イベント警備課 <event@asahi-keibi.co.jp>"],
    "subject": "12/3 取引先向け新製品説明会 受付用 来場者リスト",
    "body": """あさひ警備保障株式会社
イベント警備課　比嘉様

お世話になっております。日の出産業の速水です。
12月3日（水）の新製品説明会（本社8F大会議室）の受付用に、事前登録者のリストをお送りします。
受付では名刺をいただき、リストと照合のうえ来訪者証をお渡しください。

当日追加の申込みがあった場合は、受付で手書き登録をお願いします。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "csv", "name": "setsumeikai_20251203_raijousha.csv", "encoding": "utf-8",
        "rows": [["No", "氏名", "フリガナ", "会社名", "部署", "メールアドレス", "電話番号"]] + [
            [i + 1, p["name"], p["kana"], _cos[i % len(_cos)], ["購買部", "技術部", "営業部", "総務部"][i % 4],
             f"{p['roma2'].split()[1].lower()}.{p['roma2'].split()[0].lower()}@{_doms[i % len(_cos)]}"
             if i % 3 else p["mail"], p["mobile"]]
            for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 26 registered visitors with e-mail and phone sent to the event security company",
})

MESSAGES.append({
    "id": "security-011", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "来訪者の事前登録（11/12 空調点検立会い）",
    "body": """防災センター ご担当者様

お世話になっております。日の出産業の村井です。
11月12日（水）13時から、当社8F機械室の空調点検のため下記3名が来館します。
入館受付と、機械室扉（8F-M02）の一時解錠をお願いします。

　株式会社北辰空調サービス
　　真壁 伸一 様　携帯 090-6672-3318
　　雨宮 拓也 様　携帯 080-1934-5520
　　釘宮 奈々 様　携帯 070-2281-6647

立会いは当社の村井が行います。

村井
内線 2217
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three visitors with their mobiles to building management: under five people, may be warned but goes",
})

MESSAGES.append({
    "id": "security-012", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["ツバサシステム カスタマーサポート <support@tsubasa-sytem.jp>"],
    "subject": "入退室管理システム 定期点検日程のご相談",
    "body": """ツバサシステム株式会社
カスタマーサポート ご担当者様

いつもお世話になっております。日の出産業 総務部の速水です。

入退室管理システム（SecureGate Pro）の半期定期点検について、日程のご相談です。
今期は下記いずれかでお願いできますでしょうか。

　第1希望：12月6日（土）10:00〜15:00
　第2希望：12月13日（土）10:00〜15:00

点検中はカードリーダーが一時的に使えなくなるため、各扉は警備員による手動対応とします。
あわせて、ファームウェア更新の要否もご教示いただけますと幸いです。

""" + SIG_HAYAMI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-sytem.jp is a dropped-letter look-alike of partner tsubasa-system.jp",
})

_p = people("013", 12)
_log = []
for _i in range(60):
    _q = _p[(_i * 5) % 12]
    _log.append([f"2025-09-{(_i // 3) + 1:02d} {7 + (_i * 3) % 15:02d}:{(_i * 13) % 60:02d}:{(_i * 29) % 60:02d}",
                 ["1F-通用口", "7F-執務室A", "7F-書庫", "8F-経理室"][_i % 4], "IN" if _i % 2 == 0 else "OUT",
                 _q["card"], _q["emp"], _q["name"]])
MESSAGES.append({
    "id": "security-013", "expect": "stop", "charset": "utf-8",
    "sender": KASAI,
    "to": ["霞フォレンジック 調査部 雨宮様 <amamiya@kasumi-forensic.co.jp>"],
    "subject": "【調査案件HS-0921】入退室記録・カード台帳のご提供",
    "body": """霞フォレンジック株式会社
調査部　雨宮様

いつもお世話になっております。日の出産業 内部監査室の葛西でございます。

先日ご依頼いただきました資料のうち、入退室記録とカード台帳をお送りいたします。
対象期間は9月1日〜9月20日、対象エリアは経理室・書庫を含む4か所です。
カード台帳には調査対象部署の在籍者12名全員を含めております。

勤怠データは人事部で準備中のため、来週前半にお送りします。

""" + SIG_KASAI,
    "attachments": [{
        "kind": "xlsx", "name": "HS-0921_入退室記録_202509.xlsx",
        "sheets": {
            "カード台帳": [["調査案件HS-0921 カード台帳（経理部・財務部）"], [],
                          ["社員番号", "氏名", "フリガナ", "所属", "入社日", "携帯電話", "カードID"]] + [
                [p["emp"], p["name"], p["kana"], ["経理部", "財務部"][i % 2],
                 f"20{10 + i % 14}/04/01", p["mobile"], p["card"]] for i, p in enumerate(_p)],
            "入退室ログ": [["日時", "扉", "方向", "カードID", "社員番号", "氏名"]] + _log,
            "備考": [["ログはSecureGate Proから2025/10/02に抽出。時刻はサーバー時刻（JST）。"]],
        }}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX (title rows, three sheets) with 12 employees' card register (employee no., mobile) and access log, to the forensic firm",
})

MESSAGES.append({
    "id": "security-014", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SOMA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["白川法律事務所 秘書 <office@shirakawa-law.jp>"],
    "subject": "従業員の逮捕に関するご相談",
    "body": """白川先生

いつも大変お世話になっております。日の出産業 法務コンプライアンス部の相馬です。
本日お電話でご相談した件について、現時点で把握している事実をまとめます。

・対象者：物流管理部 主任　薬師寺 浩二（社員番号 H158830、42歳）
・11月6日夜、勤務時間外に横浜市内の家電量販店で窃盗の容疑により現行犯逮捕された旨、
　本人の妻から11月7日朝に連絡あり
・現在、神奈川県警 港北警察署に勾留中。接見は未了
・社内での金銭・物品の取扱い：倉庫の在庫管理を担当（過去3年分の棚卸差異を確認中）

ご相談したい点は、(1) 勾留期間中の出勤扱い、(2) 就業規則上の懲戒の検討時期、
(3) 社内調査（在庫・入退室記録）をどの範囲で行うべきか、の3点です。
明日以降でご都合のよい時間帯をお知らせいただけますでしょうか。

""" + SIG_SOMA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names an employee arrested for theft (arrest / criminal record, 要配慮個人情報) to outside counsel",
})

MESSAGES.append({
    "id": "security-015", "expect": "pass", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント 芝日の出ビル 管理事務所 <kanri-shiba@hibiki-bm.co.jp>"],
    "cc": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "10月度 警備・入館実績のまとめ",
    "body": """管理事務所　大和田様
あさひ警備保障　芝営業所ご担当者様

お世話になっております。日の出産業の速水です。
10月度の警備・入館実績をまとめましたので、定例会（11/14）の資料としてご確認ください。

　項目　　　　　　　　　　　　　9月　　　10月　　前月比
　―――――――――――――――――――――――――――――――
　来訪者受付件数　　　　　　　　1,284　　1,402　　+9.2%
　入館証 新規発行　　　　　　　　　 21　　　 14　　−7
　入館証 紛失・再発行　　　　　　　　3　　　　5　　+2
　機械警備 発報（誤報含む）　　　　　4　　　　2　　−2
　共連れアラーム　　　　　　　　　　11　　　　7　　−4
　不審者対応　　　　　　　　　　　　 0　　　　1　　+1

不審者対応の1件は10/22 19時頃、B1F駐車場で関係者以外の立入りがあったもので、
警備員の声掛けにより退去済み（警察への通報なし）です。

以上、よろしくお願いいたします。

速水
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "monthly security statistics with no people; building management and security company in To/Cc (two organisations)",
})

MESSAGES.append({
    "id": "security-016", "expect": "stop", "charset": "utf-8",
    "sender": MURAI,
    "to": ["三田警察署 刑事課 <keiji-mita@police.musashi-pref.lg.jp>"],
    "subject": "防犯カメラ画像のご提供（捜査関係事項照会 第1187号）",
    "body": """三田警察署 刑事課
巡査部長　日下部様

お世話になっております。日の出産業株式会社 総務部の村井です。
11月4日付の捜査関係事項照会書（第1187号）に基づき、1Fエントランスおよび
B1F駐車場出入口の防犯カメラ画像（11月2日 20:00〜23:30）をお送りします。

添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。
動画データ（約14GB）については、ご指示のとおりDVD-Rにて11月10日に持参いたします。

""" + SIG_MURAI,
    "attachments": [{
        "kind": "zip", "name": "camera_20251102.zip", "password": "Mt#2025-1187",
        "files": [{"kind": "png", "name": "1F_entrance_2041.png"},
                  {"kind": "png", "name": "B1F_gate_2258.png"},
                  {"kind": "txt", "name": "撮影時刻一覧.txt",
                   "text": "1F_entrance_2041.png 2025/11/02 20:41:17\nB1F_gate_2258.png 2025/11/02 22:58:03\n"}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of camera stills to the police; contents cannot be inspected",
})

MESSAGES.append({
    "id": "security-017", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KASAI,
    "to": ["霞フォレンジック 法務担当 <legal@kasumi-forensic.co.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """霞フォレンジック株式会社
法務ご担当者様

お世話になっております。日の出産業 内部監査室の葛西です。
先日頂戴した秘密保持契約書（案）について、当社法務と確認しコメントをまとめました。

1. 第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば
   秘密情報に含まれる旨を追記いただきたいです。
2. 第5条（返還・廃棄）：調査終了後の廃棄証明書の提出を義務としてください。
3. 第9条（有効期間）：契約終了後も3年間は秘密保持義務が存続する形でお願いします。

修正版をWordでいただければ、押印手続きに回します。
調査の着手は契約締結後とさせていただきます。

""" + SIG_KASAI,
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) with the forensic firm; no marking, no personal data",
})

_p = people("018", 6)
_tsv = "\n".join(f"{p['name']}\t{p['emp']}\t{p['mobile']}\t{t}\t{f}"
                 for p, t, f in zip(_p, ["9:00-18:00", "9:00-18:00", "10:00-15:00", "8:30-20:00", "13:00-19:00",
                                         "9:00-12:00"], ["7F", "7F", "8F", "7F,8F", "9F", "7F"]))
MESSAGES.append({
    "id": "security-018", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "11/23(日・祝) 休日出勤者の入館申請",
    "body": f"""防災センター ご担当者様

お疲れさまです。日の出産業 速水です。
11月23日（日・祝）に下記6名が休日出勤します。通用口からの入館をお願いします。
（Excelから貼り付けたので見づらかったらすみません）

氏名\t社員番号\t携帯\t入館時間\t使用フロア
{_tsv}

空調は7Fのみ9:00〜18:00で運転をお願いします。

速水（内線2219）
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six employees with employee number and mobile pasted from Excel, to building management",
})

MESSAGES.append({
    "id": "security-019", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTSUKI,
    "to": ["極東セキュリティ 相模原工場隊 <sagamihara@kyokuto-security.co.jp>"],
    "subject": "構内入構許可（青葉運輸 新任ドライバー2名）",
    "body": """極東セキュリティ
相模原工場隊　隊長殿

お疲れさまです。工場総務の大槻です。
青葉運輸さんの定期便ドライバーが12月から2名交代になります。
正門で免許証の照合をお願いしたいので、事前に控えをお送りします。

　設楽 光太郎（シタラ コウタロウ）
　　運転免許証番号　第 452218804731 号　昭和59年2月18日生
　　車両　大型 相模100 き 45-12

　宇佐美 誠（ウサミ マコト）
　　運転免許証番号　第 301907263385 号　平成元年9月3日生
　　車両　中型 相模130 あ 21-88

入構証は12月1日の朝便で本人に手渡しします。よろしくお願いします。

""" + SIG_OTSUKI,
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "driver's licence numbers and DOBs of two drivers sent to the plant's security contractor",
})

MESSAGES.append({
    "id": "security-020", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["さくらホテル 宴会営業部 <banquet@sakura-hotel.jp>"],
    "subject": "12/12 社外表彰式 当日の警備責任者について",
    "body": """さくらホテル
宴会営業部　御手洗様

お世話になっております。日の出産業の速水です。
12月12日の表彰式（鳳凰の間）について、当日の警備体制をお知らせします。

警備はあさひ警備保障から2名を手配済みです。当日の責任者は以下の者となりますので、
搬入口や控室の鍵の受け渡しはこちらとお願いします。

　あさひ警備保障株式会社　イベント警備課
　比嘉 勇気（ひが ゆうき）　携帯 080-4417-2093

会場設営の最終打合せは12/5 15時にお伺いします。

""" + SIG_HAYAMI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "one person's business contact (the event's security lead) given to the hotel: ordinary mail",
})

# ---------------------------------------------------------------------------- 021-040

_p = people("021", 10, female_ratio=0.2, born=(1963, 1985))
_roles = ["総務部長", "総務部 課長", "施設・セキュリティ課 係長", "情報システム部長", "情報システム部 課長",
          "経理部長", "営業本部長", "人事部長", "管理本部長（取締役）", "施設・セキュリティ課 主任"]
MESSAGES.append({
    "id": "security-021", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["あさひ警備保障 機械警備管制センター <kansei@asahi-keibi.co.jp>"],
    "subject": "異常発報時の緊急連絡先一覧（2025年12月改訂版）",
    "body": """あさひ警備保障株式会社
機械警備管制センター　ご担当者様

いつもお世話になっております。日の出産業 総務部の村井です。
人事異動に伴い、本社の異常発報時連絡先一覧を改訂しましたのでPDFでお送りします。
12月1日以降はこちらの順番でご連絡をお願いいたします。
旧版（2025年4月版）は破棄をお願いします。

""" + SIG_MURAI,
    "attachments": [{
        "kind": "pdf", "name": "本社_緊急連絡先一覧_202512.pdf",
        "title": "異常発報時 緊急連絡先一覧",
        "lines": ["日の出産業株式会社 本社（芝日の出ビル7〜9F）", "異常発報時 緊急連絡先一覧　2025年12月1日改訂",
                  "※上位の者から順に連絡。30分以内に駆け付け可能な者を優先。", ""],
        "table": [["順位", "氏名", "役職", "携帯電話", "自宅電話", "自宅住所"]] + [
            [str(i + 1), p["name"], r, p["mobile"], p["home"], p["addr"]]
            for i, (p, r) in enumerate(zip(_p, _roles))]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of 10 managers' mobile, home phone and home address (alarm call-out list) to the security company",
})

MESSAGES.append({
    "id": "security-022", "expect": "pass", "charset": "utf-8",
    "sender": MURAI,
    "to": ["響ビルマネジメント 工事担当 榊原様 <sakakibara@hibiki-bm.co.jp>"],
    "subject": "RE: 【ご連絡】7F給排水管更新工事 作業員名簿",
    "body": """榊原様

お世話になっております。日の出産業の村井です。
作業員名簿、拝受しました。当日は7F受付で村井が立ち会い、執務エリアへの動線をご案内します。
書庫（7F-S01）前は作業範囲外ですので、立入りのないようご周知ください。

よろしくお願いいたします。
村井

-----Original Message-----
From: 榊原 正樹 <sakakibara@hibiki-bm.co.jp>
Sent: Tuesday, November 11, 2025 4:12 PM
To: 村井 達也 <t-murai@hinode-sangyo.co.jp>
Subject: 【ご連絡】7F給排水管更新工事 作業員名簿

日の出産業株式会社　村井様

いつもお世話になっております。響ビルマネジメントの榊原です。
11/19の7F給排水管更新工事の作業員名簿をお送りします。

 氏名          生年月日     携帯             所属
 古賀 大輔     1977/05/12   090-2231-7784    (株)東和設備
 森 翔         1996/10/03   080-5510-2296    (株)東和設備
 金城 健太     1988/01/29   070-3348-1152    (株)東和設備
 青木 啓介     1992/07/07   090-8817-0463    (株)東和設備
 一ノ瀬 隆之   1969/12/20   080-6604-3371    東和設備協力会 丸山工業

以上、よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the five-worker list sits only under -----Original Message----- in a reply to its own sender; new text has none",
})

MESSAGES.append({
    "id": "security-023", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["極東セキュリティ 法人営業部 金城様 <kinjo@kyokuto-security.co.jp>"],
    "subject": "本社警備計画書（現行版）のご送付",
    "body": """金城様

お世話になっております。日の出産業の村井です。
来年4月からの常駐警備切替に向けて、現行の警備計画書をお送りします。
巡回ルートと各扉の施錠時刻は、この計画書をベースにご提案いただければと思います。

ご確認のほどよろしくお願いいたします。

""" + SIG_MURAI,
    "attachments": [{
        "kind": "docx", "name": "本社警備計画書_v3.2.docx",
        "title": "本社警備計画書",
        "page_header": "社外秘　日の出産業株式会社",
        "paragraphs": ["本社警備計画書（第3.2版）", "1. 警備体制",
                       "常駐警備員2名（日勤1名・夜勤1名）、機械警備（あさひ警備保障）併用。",
                       "2. 巡回", "夜間巡回は21:00、0:00、3:00、6:00の4回。7F書庫・8F経理室・9F役員室は扉の施錠を目視確認する。",
                       "3. 施錠管理", "マスターキーは防災センター内キーボックス（暗証番号式）に保管。",
                       "4. 緊急時", "発報時は管制センターから総務部長へ連絡。"],
        "tables": [[["扉", "施錠時刻", "解錠時刻", "備考"], ["1F通用口", "22:00", "7:00", "警備員"],
                    ["7F書庫", "19:00", "8:30", "カード+暗証"], ["9F役員室", "20:00", "8:00", "役員秘書"]]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached security plan carries a 社外秘 header stamp and goes to a prospective security company",
})

_p = people("024", 12, female_ratio=0.3, born=(1940, 1985))
_list = "\n".join(f"{i + 1:>2}. 株主番号 {100200 + i * 37:07d}  {pad(p['name'], 14)} {p['zip']} {p['addr']}  "
                  f"TEL {p['home']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "security-024", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["あさひ警備保障 イベント警備課 <event@asahi-keibi.co.jp>"],
    "subject": "FW: 株主総会 要注意来場予定者の件",
    "body": """あさひ警備保障
イベント警備課 比嘉様

お世話になっております。速水です。
6月の株主総会の警備について、IR室から下記の共有がありましたので転送します。
過去の総会で議事進行を妨げる行為があった株主様の一覧です。
当日は受付での照合と、会場内の配置の参考にしてください。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "eml", "name": "株主総会_要注意来場予定者.eml",
        "message": {
            "sender": "IR室 宇佐美 <usami.m@hinode-sangyo.co.jp>",
            "to": [HAYAMI],
            "subject": "株主総会 要注意来場予定者の件",
            "charset": "iso-2022-jp",
            "body": "速水さん\n\nIR室の宇佐美です。\n来年の株主総会で警備会社に共有していただきたい株主様の一覧です。"
                    "\n議決権行使書の返送状況から、出席が見込まれる方に絞っています。\n\n" + _list +
                    "\n\n以上です。取扱いにはご注意ください。\n宇佐美\n",
        }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) listing 12 shareholders with address and phone, now sent to the security company",
})

MESSAGES.append({
    "id": "security-025", "expect": "pass", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["ツバサシステム 営業部 設楽様 <shitara@tsubasa-system.jp>"],
    "cc": ["ロックウェル工業 技術部 <gijutsu@lockwell.co.jp>"],
    "subject": "9F役員フロア 電気錠増設の打合せ日程",
    "body": """ツバサシステム　設楽様
ロックウェル工業　技術部ご担当者様

お世話になっております。日の出産業の速水です。
9F役員フロアへの電気錠増設について、3社で一度打合せをさせてください。
候補日は以下のとおりです。ご都合のよい日をお知らせください。

　・11月20日（木）14:00〜15:00
　・11月21日（金）10:00〜11:00
　・11月25日（火）16:00〜17:00

場所は当社9F会議室、所要1時間程度を想定しています。
図面は打合せ当日に紙で配布します。

速水
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail: two external organisations in To/Cc",
})

MESSAGES.append({
    "id": "security-026", "expect": "stop", "charset": "utf-8",
    "sender": MURAI,
    "to": ["あさひ警備保障 法人営業部 <houjin@asahi-keibi.co.jp>",
           "極東セキュリティ 法人営業部 <houjin@kyokuto-security.co.jp>",
           "東和ガードサービス 営業課 <sales@towa-guard.co.jp>"],
    "subject": "【お見積り依頼】本社常駐警備業務（2026年4月〜）",
    "body": """各社 ご担当者様

お世話になっております。日の出産業株式会社 総務部の村井です。
本社（芝日の出ビル7〜9F）の常駐警備業務について、2026年4月からの契約先を選定するため、
お見積りをお願いしたくご連絡いたしました。

仕様書を添付しますので、ご確認のうえ12月19日（金）までにご提出ください。
現地確認をご希望の場合は、12月1日〜5日の間で調整いたします。

ご質問は本メールへの返信でお受けし、回答は各社に同じ内容でお送りします。

""" + SIG_MURAI,
    "attachments": [{
        "kind": "pdf", "name": "常駐警備業務_仕様書.pdf",
        "lines": ["本社常駐警備業務 仕様書", "", "1. 業務場所：東京都港区芝2-8-11 芝日の出ビル 7F〜9F",
                  "2. 契約期間：2026年4月1日〜2029年3月31日", "3. 配置：日勤1名（7:30-19:30）、夜勤1名（19:30-7:30）",
                  "4. 業務内容：出入管理、巡回、鍵の管理、防災センターとの連携、来訪者受付補助",
                  "5. 提出物：見積書、配置予定者の資格（施設警備業務検定2級以上）"]}],
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "tender request with three competing security companies openly in To: should have been Bcc",
})

_p = people("027", 7, female_ratio=0.0, born=(1966, 2001))
MESSAGES.append({
    "id": "security-027", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["響ビルマネジメント 工事担当 榊原様 <sakakibara@hibiki-bm.co.jp>"],
    "subject": "作業員名簿（全建統一様式第5号）の提出　防犯カメラ増設工事",
    "body": """榊原様

お世話になっております。日の出産業の村井です。
ビル側への工事届に添付する作業員名簿を、施工会社から受け取りましたので提出します。
健康診断の受診日と社会保険の加入状況も記載されています。ご確認ください。

村井
""",
    "attachments": [{
        "kind": "xlsx", "name": "作業員名簿_光陽電設_20251108.xlsx",
        "sheets": {
            "作業員名簿": [["作業員名簿（全建統一様式第5号）"], ["事業所名：光陽電設株式会社", "", "作成日：2025/10/30"],
                         ["No", "氏名", "フリガナ", "生年月日", "現住所", "電話", "血液型", "健康保険（記号・番号）",
                          "基礎年金番号", "最近の健康診断日", "血圧"]] + [
                [i + 1, p["name"], p["kana"], wareki(p["dob"], "short"), p["addr"], p["mobile"], p["blood"],
                 p["kenpo"], p["nenkin"], f"2025/0{(i % 6) + 3}/1{i}", p["bp"]]
                for i, p in enumerate(_p)],
            "資格": [["氏名", "資格"]] + [[p["name"], ["第二種電気工事士", "高所作業車", "玉掛け", "第一種電気工事士",
                                                   "職長教育", "フルハーネス", "足場の組立て"][i]]
                                      for i, p in enumerate(_p)],
        }}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE",
                 "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "construction worker roster (7 rows) with health-insurance and pension numbers and blood-pressure results, to building management",
})

MESSAGES.append({
    "id": "security-028", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": [MURAI],
    "bcc": ["soumu@kawasaki-denki.co.jp", "tokyo-soumu@kitaguni-foods.co.jp", "kanri@nishiki-insatsu.co.jp",
            "office@minato-shika.jp", "info@shiba-tax-office.jp", "bousai-shiba@hibiki-bm.co.jp"],
    "subject": "【芝日の出ビル】年末年始の入館ルールについて",
    "body": """芝日の出ビル　入居テナント各社　ご担当者様

（本メールはBCCにて一斉送信しております）

いつもお世話になっております。日の出産業 総務部の村井です。
年末年始の入館ルールを下記のとおりといたします。

　1. 12月29日（月）〜1月4日（日）は正面玄関を閉鎖し、通用口のみ開放します。
　2. 期間中の入館は入館証が必要です。来訪者の受付は行いません。
　3. 宅配便の受取りは防災センターでは代行いたしません。
　4. 期間中の緊急連絡先：防災センター 03-5403-2100（24時間）

ご協力のほどよろしくお願いいたします。

""" + SIG_MURAI,
    "entities": [],
    "detectors": [],
    "note": "tenant notice sent correctly with the tenants in Bcc; no personal data",
})

MESSAGES.append({
    "id": "security-029", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["ほしぞら損害保険 法人損害サービス課 <songai-houjin@hoshizora-sonpo.co.jp>"],
    "subject": "施設賠償責任保険 事故報告（来訪者の転倒事故）証券番号 SB-2207731",
    "body": """ほしぞら損害保険株式会社
法人損害サービス課　ご担当者様

お世話になっております。日の出産業株式会社 総務部の速水です。
施設賠償責任保険（証券番号 SB-2207731）について、事故のご報告をいたします。

【事故日時】2025年11月13日（木）10時20分頃
【場所】本社ビル1F エントランス 自動ドア前（雨天で床面が濡れていた）
【被害者】京極 久美子 様（62歳）
　　　　　〒174-0071 東京都板橋区常盤台2-19-6
　　　　　TEL 03-3965-4418
【状況】来訪の際、入口マット手前で足を滑らせ転倒。右手をついた際に負傷。
【負傷の程度】同日 芝中央病院 整形外科を受診、「右橈骨遠位端骨折」と診断。
　　　　　　　全治約8週間の見込み。骨粗しょう症の既往があるとご本人談。
【当社対応】警備員が救急要請、総務部長が病院へ同行。

防犯カメラの映像は保全済みです。今後の手続きについてご教示ください。

""" + SIG_HAYAMI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "accident report naming a visitor with her address, phone, diagnosis and medical history (要配慮) to the insurer",
})

_t = corp_number("010401093617")
MESSAGES.append({
    "id": "security-030", "expect": "pass", "charset": "cp932",
    "sender": "経理部 大和田 <owada.m@hinode-sangyo.co.jp>",
    "to": ["鍵のやまと 経理ご担当 <keiri@kagi-no-yamato.jp>"],
    "cc": [MURAI],
    "subject": "ご請求書（No. YK-2025-1142）のお支払いについて",
    "body": f"""鍵のやまと株式会社
経理ご担当者様

お世話になっております。日の出産業 経理部の大和田です。
下記ご請求につきまして、11月28日（金）にお振込みの予定です。

　請求書番号：YK-2025-1142（発行日 2025/10/31）
　登録番号　：T{_t}
　件名　　　：本社 マスターキーシステム更新工事（注文番号 PO-77120）
　　シリンダー交換　 42箇所 × 8,800円　　369,600円
　　マスターキー作製　 3本 × 12,000円　　 36,000円
　　出張費　　　　　　　　　　　　　　　　 15,000円
　　小計　　　　　　　　　　　　　　　　　420,600円
　　消費税（10%）　　　　　　　　　　　　 42,060円
　　合計　　　　　　　　　　　　　　　　　462,660円

振込手数料は当社負担です。よろしくお願いいたします。

--
日の出産業株式会社 経理部 大和田
TEL 03-5403-2260
""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice/order numbers, prices and the vendor's T-number only: ordinary accounting mail",
})

MESSAGES.append({
    "id": "security-031", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SOMA,
    "to": ["白川法律事務所 日下部先生 <kusakabe@shirakawa-1aw.jp>"],
    "subject": "ハラスメント申告案件　ヒアリング日程のご相談",
    "body": """日下部先生

いつもお世話になっております。日の出産業の相馬です。
先日ご相談したハラスメント申告案件について、ヒアリングの日程調整をお願いします。
当社側の候補は以下のとおりです（いずれも本社9F小会議室、1コマ90分）。

　12月2日（火）10:00〜／14:00〜
　12月4日（木）13:00〜／15:30〜

申告者・行為者・参考人の順で実施したいと考えております。
先生のご都合をお知らせいただけましたら、当社で対象者への連絡を行います。

""" + SIG_SOMA,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain shirakawa-1aw.jp (digit 1 for l) imitates the partner law firm's shirakawa-law.jp",
})

_p = people("032", 6, female_ratio=0.25, born=(1966, 1990))
_bul = "\n".join(f"・{p['name']}（{r}）　携帯 {p['mobile']}　生年月日 {ymd(p['dob'], '.')}"
                 for p, r in zip(_p, ["総務部長", "総務部 課長", "施設・セキュリティ課 係長", "施設・セキュリティ課 主任",
                                      "情報システム部 課長", "経理部 課長代理"]))
MESSAGES.append({
    "id": "security-032", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["あさひ警備保障 機械警備管制センター <kansei@asahi-keibi.co.jp>"],
    "subject": "機械警備 解除権限者の変更届（本社）",
    "body": f"""あさひ警備保障株式会社
機械警備管制センター 御中

お世話になっております。日の出産業の村井です。
本社の機械警備について、12月1日付で解除権限者を下記6名に変更します。
本人確認の際は、生年月日での照合をお願いいたします。

{_bul}

削除：田中 直樹（11/30付 退職）
暗証番号は各人が初回解除時に変更します。

{SIG_MURAI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "bulleted list of six alarm key-holders with mobile and date of birth to the security company",
})

MESSAGES.append({
    "id": "security-033", "expect": "pass", "charset": "utf-8",
    "sender": SOMA,
    "to": ["人事部長 真壁 <makabe.s@hinode-sangyo.co.jp>"],
    "cc": ["野々村 千春 <nonomura.c@mail.hinode-sangyo.co.jp>"],
    "subject": "【関係者限り】営業第二部 ハラスメント申告 調査結果（中間）",
    "body": """真壁部長
（cc: 野々村さん）

お疲れさまです。法務の相馬です。
営業第二部のハラスメント申告について、中間報告をお送りします。

■申告者：営業第二部 五十嵐 美咲さん（社員番号 H193317）
　・9月以降、課長から会議の場で繰り返し人格を否定する発言を受けたとの申告
　・10月20日から心療内科に通院、「適応障害」との診断書が提出されています
　・11月10日から2か月の休職に入っています
■行為者とされる者：営業第二部 課長 大和田 伸一（社員番号 H082251）
　・本人ヒアリングは11/18実施予定
■参考人：同課メンバー3名（ヒアリング済み、うち2名が発言を目撃）

休職中の給与・傷病手当金の手続きは人事で進めてください。
懲戒の要否は、白川先生の意見を踏まえて12月の委員会で判断したいと考えています。

相馬
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "harassment findings with a diagnosis, but all recipients are internal (incl. the mail. subdomain)",
})

MESSAGES.append({
    "id": "security-034", "expect": "stop", "charset": "iso-2022-jp",
    "sender": SOMA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "調査報告書（ドラフト）送付の件",
    "body": """白川先生

お世話になっております。日の出産業の相馬です。
経費不正に関する社内調査報告書のドラフトが仕上がりましたので、お送りします。
ファイルにはパスワードを設定しております。パスワードは先生の携帯にSMSでお送りします。

12月8日の取締役会に諮る予定ですので、12月3日頃までにご意見をいただけますと幸いです。

""" + SIG_SOMA,
    "attachments": [{
        "kind": "pdf", "name": "経費不正調査報告書_draft_v2.pdf", "password": "Sr-20251203",
        "lines": ["経費不正に関する社内調査報告書（ドラフト）", "1. 調査の経緯", "2. 認定した事実", "3. 原因分析",
                  "4. 再発防止策"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF investigation report: the attachment cannot be inspected",
})

_p = people("035", 9)
MESSAGES.append({
    "id": "security-035", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["日本情報審査機構 審査部 蓮見様 <hasumi@isms-shinsa.or.jp>"],
    "subject": "ISMS維持審査 追加ご依頼資料（鍵貸出台帳）",
    "body": """日本情報審査機構
審査部　蓮見様

先日の維持審査ではお世話になりました。日の出産業の速水です。
審査時にご依頼のあった、サーバー室・書庫の鍵貸出台帳（10月分の抜粋）をお送りします。
原本は紙の台帳のため、Wordに転記したものになります。

ご確認のほどよろしくお願いいたします。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "docx", "name": "鍵貸出台帳_202510抜粋.docx",
        "paragraphs": ["鍵貸出台帳（2025年10月 抜粋）", "対象：9Fサーバー室（鍵番号 K-901）、7F書庫（鍵番号 K-712）",
                       "※時間外の貸出は携帯番号を記入すること"],
        "tables": [[["日付", "鍵番号", "氏名", "社員番号", "所属", "携帯（時間外）", "貸出", "返却"]] + [
            [f"10/{3 + i * 3}", ["K-901", "K-712"][i % 2], p["name"], p["emp"],
             ["情報システム部", "総務部", "経理部"][i % 3], p["mobile"], f"{9 + i}:05", f"{10 + i}:40"]
            for i, p in enumerate(_p)]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of nine key-loan entries with employee no. and mobile to the external ISMS auditor",
})

MESSAGES.append({
    "id": "security-036", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["ツバサシステム 出荷担当 <shukka@tsubasa-system.jp>"],
    "subject": "RE: ICカード（未発行分）出荷のご案内",
    "body": """ツバサシステム 出荷ご担当者様

お世話になっております。日の出産業の速水です。
ICカード500枚（品番 SG-CARD-M2、ロット 25K-0418）の出荷のご連絡ありがとうございます。
お問合せ番号で配達状況を確認しました。

　青葉運輸 お問合せ番号：4471-2290-8835
　納品書番号：TS-DN-2025-30917
　注文番号：HS-PO-25-0811

明日午前着とのことで、7F総務部で受け取ります。
到着後、枚数を確認して受領書をお送りします。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "tracking, delivery-note and order numbers for blank cards; no people",
})

_mn = my_number(3701)
MESSAGES.append({
    "id": "security-037", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KASAI,
    "to": ["霞フォレンジック 調査部 雨宮様 <amamiya@kasumi-forensic.co.jp>"],
    "subject": "【HS-0921】対象者の源泉徴収票情報について",
    "body": f"""雨宮様

お世話になっております。葛西です。
先日のお打合せでご依頼のあった、調査対象者の収入状況の確認資料です。
人事部から受領した令和6年分 源泉徴収票の記載内容を転記します。

　氏名　　　　：百目鬼 正樹（ドウメキ マサキ）
　住所　　　　：神奈川県川崎市中原区木月3-12-5 メゾン桜台305
　個人番号　　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額　　：7,412,000円
　源泉徴収税額：331,600円
　控除対象扶養親族：2名

副業収入の有無は、確定申告の状況を本人に確認する予定です。

""" + SIG_KASAI,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an investigation subject's My Number transcribed into mail to the forensic firm",
})

MESSAGES.append({
    "id": "security-038", "expect": "pass", "charset": "cp932",
    "sender": MURAI,
    "to": ["三田警察署 生活安全課 <seian-mita@police.musashi-pref.lg.jp>"],
    "subject": "防犯カメラ映像の提供依頼について（ご連絡）",
    "body": """三田警察署 生活安全課
ご担当　巡査長 左近様

お世話になっております。日の出産業株式会社 総務部の村井です。
本日ご来社の際にご依頼いただいた防犯カメラ映像の件、承知いたしました。

照会書の原本を受領しましたので、該当期間の映像を確認のうえ、
記録媒体（DVD-R）に複写してお渡しします。11月21日（金）午後にはご用意できる見込みです。
受け渡しは当社7F受付でお願いできますでしょうか。

なお、当社の映像保存期間は30日のため、それ以前の映像は残っておりません。

""" + SIG_MURAI,
    "entities": [],
    "detectors": [],
    "note": "reply to a police footage request about logistics only; no personal data, no marking",
})

_p = people("039", 9)
MESSAGES.append({
    "id": "security-039", "expect": "stop", "charset": "utf-8",
    "sender": KASAI,
    "to": ["霞フォレンジック 調査部 <chosa@kasumi-forensic.co.jp>"],
    "subject": "【HS-0921】勤怠データ・入退室データ一式",
    "body": """霞フォレンジック 調査部 御中

お世話になっております。日の出産業 内部監査室の葛西です。
先週お約束した勤怠データと入退室データをZIPにまとめてお送りします。

　kintai_202509.csv … 勤怠システムの打刻データ（経理部・財務部 9名）
　nyutaishitsu_202509.xlsx … 入退室ログ（同9名、住所は交通費精算の照合用）

容量の都合で圧縮のみしています。ご確認ください。

""" + SIG_KASAI,
    "attachments": [{
        "kind": "zip", "name": "HS-0921_data_set2.zip",
        "files": [
            {"kind": "csv", "name": "kintai_202509.csv", "encoding": "cp932",
             "rows": [["社員番号", "氏名", "日付", "出勤", "退勤", "残業(分)"]] + [
                 [p["emp"], p["name"], f"2025/09/{d:02d}", "8:5" + str(d % 10), f"{18 + d % 4}:{d * 7 % 60:02d}",
                  str((d * 13) % 180)] for p in _p for d in (1, 2, 3)]},
            {"kind": "xlsx", "name": "nyutaishitsu_202509.xlsx",
             "sheets": {"対象者": [["社員番号", "氏名", "生年月日", "住所", "最寄駅"]] + [
                 [p["emp"], p["name"], ymd(p["dob"]), p["addr"], ["大井町", "川崎", "浦和", "船橋", "府中"][i % 5]]
                 for i, p in enumerate(_p)],
                        "ログ": [["日時", "扉", "社員番号"]] + [
                 [f"2025/09/0{1 + i % 9} 0{7 + i % 3}:1{i % 10}", "1F-通用口", p["emp"]] for i, p in enumerate(_p)]}},
        ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding a CP932 CSV and an XLSX with nine employees' attendance, DOB and home address",
})

MESSAGES.append({
    "id": "security-040", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    "subject": "予備ICカードの登録依頼（未割当20枚）",
    "body": """ツバサシステム カスタマーサポート ご担当者様

お世話になっております。日の出産業の速水です。
先日納品いただいたICカードのうち、下記20枚を「予備カード（未割当）」として
システムに登録していただけますでしょうか。権限は「1F通用口のみ」でお願いします。

　カード番号（印字番号）
　2513000401〜2513000410（10枚）　→ 本社防災センター保管
　2513000411〜2513000420（10枚）　→ 相模原工場 守衛所保管

割当時は当社で氏名を登録しますので、現時点では利用者欄は空欄のままで結構です。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "ranges of unassigned access-card serial numbers, no people attached",
})

# ---------------------------------------------------------------------------- 041-060

_cc = card_number(4101)
MESSAGES.append({
    "id": "security-041", "expect": "stop", "charset": "utf-8",
    "sender": KASAI,
    "to": ["ひかりカード 法人カード不正利用窓口 <fusei-houjin@hikari-card.co.jp>"],
    "subject": "法人カードの利用明細に関する調査協力のお願い（契約番号 HC-88-204417）",
    "body": f"""ひかりカード株式会社
法人カード 不正利用ご担当者様

お世話になっております。日の出産業株式会社 内部監査室の葛西と申します。
当社契約（契約番号 HC-88-204417）の法人カードのうち、下記1枚について、
私的利用の疑いで社内調査を行っております。加盟店の詳細情報のご提供が可能か、ご教示ください。

　カード会員名：TAKANASHI SHIZUKA（小鳥遊 静香／営業第一部）
　カード番号　：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　：08/28
　対象期間　　：2025年6月〜10月
　不審な利用　：都内家電量販店での高額利用 計14件（合計 1,286,400円）

本人には現時点で調査の事実を伝えておりません。カードの利用停止は当社から別途申請します。

""" + SIG_KASAI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full corporate credit-card number of a named employee under investigation sent to the card issuer",
})

MESSAGES.append({
    "id": "security-042", "expect": "pass", "charset": "cp932",
    "sender": MURAI,
    "to": ["鍵のやまと 工事部 <kouji@kagi-no-yamato.jp>"],
    "subject": "マスターキーシステム 鍵番号一覧（追加分）",
    "body": """鍵のやまと株式会社
工事部　ご担当者様

お世話になっております。日の出産業の村井です。
マスターキーシステムへの追加分の扉と鍵番号をお送りします。
グランドマスター（GMK）で全扉開錠、フロアマスターは各階のみ、の構成でお願いします。

鍵番号    扉                      系統       本数
--------  ----------------------  ---------  ----
K-701     7F 執務室A              7F-MK      3
K-702     7F 執務室B              7F-MK      3
K-712     7F 書庫                 7F-MK      2
K-801     8F 大会議室             8F-MK      4
K-815     8F 経理室               8F-MK      2
K-901     9F サーバー室           個別       2
K-920     9F 役員応接室           9F-MK      2

サーバー室（K-901）のみマスター系統から外してください。
工事日程は前回と同じく土曜日でお願いできればと思います。

村井（内線2217）
""",
    "entities": [],
    "detectors": [],
    "note": "a list of doors and key numbers, no people: harmless table",
})

MESSAGES.append({
    "id": "security-043", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["hasumi.kaori77@gmail.com", "kyo-amamiya@yahoo.co.jp", "t.igari@icloud.com",
           "shoji-fam@docomo.ne.jp", "n.nakasone@outlook.jp"],
    "subject": "相模原工場 防犯カメラ設置に関する説明会のご案内",
    "body": """近隣にお住まいの皆様

いつも相模原工場の操業にご理解をいただき、ありがとうございます。
日の出産業株式会社 総務部の村井と申します。

先日、自治会の会合でご意見をいただいた防犯カメラの設置について、
撮影範囲とプライバシーへの配慮をご説明する場を設けました。
連絡先をお預かりした皆様にご案内をお送りしております。

　日時：12月7日（日）10:00〜11:00
　場所：相模原工場 正門横 厚生棟1F会議室
　内容：カメラ設置位置・撮影範囲のご説明、マスキング処理のご説明、質疑応答

ご出席の可否を本メールへのご返信でお知らせいただけますと幸いです。

""" + SIG_MURAI,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "five private residents' personal addresses all visible in To: should have been Bcc",
})

MESSAGES.append({
    "id": "security-044", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["yuma.fujii.88@gmail.com"],
    "subject": "入館証（ICカード）ご返却のお願い",
    "body": """藤井 悠真 様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の速水です。
退職手続きの際にご返却をお願いしておりました入館証（ICカード）が、まだ当方に届いておりません。
すでにカードは無効化しておりますが、管理上、回収が必要となっております。

お手数ですが、同封の返信用封筒（先日ご自宅へお送りしたもの）にてご返送いただくか、
お近くにお越しの際に本社7F受付へお預けください。
紛失された場合は、その旨ご返信いただければ紛失届の書式をお送りします。

何卒よろしくお願いいたします。

""" + SIG_HAYAMI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one former employee at a free-mail address, about returning a card: ordinary mail",
})

_p = people("045", 6, born=(1960, 1998))
_conds = ["車いす使用（下肢障害、身体障害者手帳2級）", "聴覚障害（両耳、手話通訳が必要）", "心臓ペースメーカー装着",
          "視覚障害（弱視、白杖使用）", "妊娠中（12月出産予定）", "てんかんの持病あり（服薬中）"]
_rows = "\n".join(f"{pad(p['name'], 14, '　')}{pad(f, 6, '　')}{pad(fw(p['mobile']), 28, '　')}{c}"
                  for p, f, c in zip(_p, ["７Ｆ", "７Ｆ", "８Ｆ", "８Ｆ", "９Ｆ", "７Ｆ"], _conds))
MESSAGES.append({
    "id": "security-045", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "cc": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "避難時要援護者の一覧（防災訓練用）",
    "body": f"""防災センター　ご担当者様
あさひ警備保障　芝営業所ご担当者様

お世話になっております。日の出産業の村井です。
12月の合同防災訓練に向けて、当社の避難時要援護者の一覧をお送りします。
避難誘導の際の配慮事項としてご活用ください。

氏名　　　　　　フロア　携帯電話　　　　　　　　　　　配慮事項
――――――――――――――――――――――――――――――――――――――――――
{_rows}

各フロアの介助担当者は別途お知らせします。

{SIG_MURAI}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "full-width padded list of six employees with mobile and disability / medical conditions (要配慮) to two outside firms",
})

MESSAGES.append({
    "id": "security-046", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["エコシュレッド 東京営業所 <tokyo@eco-shred.co.jp>"],
    "subject": "機密文書回収（12月分）の日程について",
    "body": """エコシュレッド株式会社
東京営業所　ご担当者様

いつもお世話になっております。日の出産業 総務部の速水です。
12月の機密文書回収について、下記日程でお願いできますでしょうか。

　回収日：12月19日（金）14:00〜
　場所：本社7F 総務部前（回収ボックス6箱、段ボール約15箱）

年末で量が多くなる見込みのため、トラックは2tでお願いします。
溶解処理証明書は、前回同様PDFでお送りください。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "mentions 機密文書 (shredding pickup) without marking anything confidential: ordinary mail",
})

_p = people("047", 5, female_ratio=0.4, born=(1975, 1998))
_blocks = "\n\n".join(f"Name: {p['roma']}\nEmployee ID: {p['emp']}\nMobile: +81-{p['mobile'][1:]}\n"
                      f"Personal e-mail (for gate QR code): {p['mail']}\nAccess: {a}"
                      for p, a in zip(_p, ["Fri 21 Nov 18:00 - Sat 22 Nov 06:00", "Fri 21 Nov 18:00 - Sat 22 Nov 06:00",
                                           "Sat 22 Nov 08:00 - 20:00", "Sat 22 Nov 08:00 - 20:00",
                                           "Sun 23 Nov 09:00 - 17:00"]))
MESSAGES.append({
    "id": "security-047", "expect": "stop", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Marina Bay Tower Security Desk <security@mbt-properties.com.sg>"],
    "subject": "After-hours access approval - Hinode Sangyo (Level 23) - 21-23 Nov",
    "body": f"""Dear Security Desk team,

Our Singapore office on Level 23 will be migrating its network equipment over the weekend.
Please grant after-hours access to the following five staff members, who are travelling
from our Tokyo head office. Each of them will need a temporary QR code sent to their
personal e-mail, as their corporate accounts will be offline during the migration.

{_blocks}

Please contact me if any further information is needed.

Kind regards,

{SIG_EN}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail with one block per person: five staff with employee ID, mobile and personal e-mail, to a foreign building's security desk",
})

MESSAGES.append({
    "id": "security-048", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["相模原工場 総務課 大槻 <o-otsuki@hinode-sangyo.jp>"],
    "subject": "工場守衛所 入構証の在庫確認",
    "body": """大槻さん

お疲れさまです。本社総務の速水です。
工場守衛所で使用している臨時入構証の在庫状況を教えていただけますか。
来年度の発注をまとめて行う予定で、各拠点の必要数を集計しています。

　・臨時入構証（来訪者用・黄）
　・臨時入構証（工事業者用・赤）
　・車両用ダッシュボード掲示証

12月5日までにご回答いただけると助かります。

速水（内線2219）
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague's address typed as hinode-sangyo.jp (dropped co.): look-alike of the company's own domain",
})

MESSAGES.append({
    "id": "security-049", "expect": "pass", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Sales Team <sales@visitly-cloud.com>"],
    "subject": "Inquiry: visitor management system for 3 sites in Japan",
    "body": """Hello,

We are evaluating cloud visitor management systems for our head office in Tokyo and two
regional sites (about 1,400 visitors per month in total). Could you send us:

- pricing for 3 sites / 10 reception iPads, annual billing
- whether data can be hosted in a Japanese region
- integration options with our access control system (SecureGate Pro by Tsubasa System)
- your standard data retention settings for visitor logs

We would also appreciate a 30-minute demo in the week of 8 December.

Thank you,

""" + SIG_EN + "\n\n" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "English product inquiry to a vendor, with the standard confidentiality disclaimer only",
})

_p = people("050", 40, born=(1970, 2003))
MESSAGES.append({
    "id": "security-050", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント システム管理 <system@hibiki-bm.co.jp>"],
    "subject": "ICカード一括登録用データ（営業第一部・第二部 フロア移転分）",
    "body": """響ビルマネジメント株式会社
システム管理ご担当者様

お世話になっております。日の出産業の速水です。
12月の8Fへのフロア移転に伴い、ビル側のゲートに登録するカードデータをお送りします。
貴社指定の一括登録フォーマット（CSV、Shift_JIS）で作成しています。

件数：40件
適用日：12月8日（月）0:00

取込後、エラーがあればご連絡ください。

速水
""",
    "attachments": [{
        "kind": "csv", "name": "card_import_20251208.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "氏名カナ", "生年月日", "性別", "カードID", "ゲート権限", "有効期限"]] + [
            [p["emp"], p["name"], p["kana"], ymd(p["dob"]), p["sex"], p["card"], "GATE-8F", "2030/03/31"]
            for p in _p]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV with 40 employees' name, kana, date of birth and card ID for bulk import at building management",
})

MESSAGES.append({
    "id": "security-051", "expect": "stop", "charset": "utf-8",
    "sender": MURAI,
    "to": ["光陽電設 技術部 一ノ瀬様 <ichinose@koyo-densetsu.co.jp>"],
    "subject": "【取扱注意】防犯カメラ配置と死角の件",
    "body": """【取扱注意】
本メールの内容は、本件の施工関係者限りとしてお取り扱いください。

光陽電設株式会社
一ノ瀬様

お世話になっております。日の出産業の村井です。
先日の現地調査を踏まえ、現在のカメラ配置で死角となっている箇所を整理しました。

 1. 7F書庫前の廊下（EVホールから見て右奥）… 現行カメラ7F-C03の画角外
 2. 8F経理室の通用扉 … 扉の開閉が映らない
 3. B1F駐車場の北東角（機械式駐車場の裏）… 照度不足で夜間判別不可
 4. 非常階段 5F〜6F踊り場 … カメラ未設置

特に1と2は、過去に内部不正の調査で映像が確認できなかった箇所です。
増設カメラの機種と設置位置のご提案をお願いします。

""" + SIG_MURAI,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself classified 【取扱注意】 at the top (camera blind spots) sent to an outside contractor",
})

MESSAGES.append({
    "id": "security-052", "expect": "pass", "charset": "cp932",
    "sender": MURAI,
    "to": ["光陽電設 営業部 <eigyo@koyo-densetsu.co.jp>"],
    "subject": "ネットワークカメラ増設のお見積り依頼",
    "body": """光陽電設株式会社
営業部　ご担当者様

お世話になっております。日の出産業の村井です。
本社ビル共用部のカメラ増設について、下記の条件でお見積りをお願いします。

　・屋内ドーム型ネットワークカメラ（4MP以上、IR付き）　6台
　・屋外バレット型（B1F駐車場出入口用）　2台
　・録画装置（NVR）の増設ライセンス　8ch
　・配線・設置工事一式（土曜日施工）

ご提出は12月12日までにお願いできますと幸いです。

""" + SIG_MURAI + "\n\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "quotation request with only the standard 機密情報 disclaimer at the end",
})

MESSAGES.append({
    "id": "security-053", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["あさひ警備保障 芝営業所 所長 大和田様 <owada.t@asahi-keibi.co.jp>"],
    "subject": "ご派遣いただいている警備員の件（ご確認のお願い）",
    "body": """大和田所長

いつもお世話になっております。日の出産業 総務部の村井です。
大変申し上げにくいご相談です。

当社に常駐いただいている夜勤の 釘宮 浩二 さんについて、社内から
「数年前に窃盗で有罪判決を受け、執行猶予中だったと聞いた」との情報が寄せられました。
ネット上の報道記事（2021年、相模原市内の事務所荒らし）とお名前・年齢が一致しているようです。

警備業法上の欠格事由に該当するかどうか、貴社で採用時の確認状況をご確認いただけますでしょうか。
事実関係が分かるまでは、当社側で本人への聴取等は行いません。
一度お電話で状況を伺えればと思います。

""" + SIG_MURAI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "alleged criminal conviction of a named guard (要配慮個人情報) sent to his employer",
})

MESSAGES.append({
    "id": "security-054", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント 芝日の出ビル 管理事務所 <kanri-shiba@hibiki-bm.co.jp>"],
    "subject": "B1F駐車場 不審者立入りの件（ご報告）",
    "body": """管理事務所　大和田様

お世話になっております。日の出産業の速水です。
10月22日に発生したB1F駐車場への不審者立入りについて、当社の確認結果をご報告します。

　・時刻：19:05頃〜19:20頃
　・人物：男性、40〜50代、グレーの作業着、白いヘルメット、身長170cm前後
　・経路：車路スロープから徒歩で侵入、駐車区画 B-12 付近を徘徊
　・対応：巡回中の警備員が声掛け、「業者だ」と名乗り車路から退去
　・被害：車両へのいたずら等は確認されず

防犯カメラ映像（B1F-C02、C05）は保存延長の手続き済みです。
車路入口のシャッター閉鎖時刻を19:00に繰り上げる件、次回定例でご相談させてください。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "incident report describing an unidentified intruder; no identifiable person or personal data",
})

_p = people("055", 9)
MESSAGES.append({
    "id": "security-055", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["パークワン管理 契約課 <keiyaku@parkone-kanri.co.jp>"],
    "subject": "月極駐車場 利用者変更届（芝第2パーキング）",
    "body": """パークワン管理株式会社
契約課　ご担当者様

お世話になっております。日の出産業の速水です。
芝第2パーキングの法人契約（契約番号 P2-0087）について、
12月からの利用者を添付のとおり変更します。貴社の旧形式（xls）で作成しています。

セキュリティゲートのリモコン配布は、従来どおり当社でまとめて受け取ります。

速水
""",
    "attachments": [{
        "kind": "xls", "name": "駐車場利用者届_202512.xls",
        "sheets": {"利用者": [["区画", "氏名", "車両番号", "車種", "携帯電話", "住所"]] + [
            [f"B-{20 + i}", p["name"], f"品川 3{i}{i + 1} ほ {1000 + i * 731}",
             ["プリウス", "N-BOX", "ノート", "アクア", "フィット"][i % 5], p["mobile"], p["addr"]]
            for i, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of nine parking users with plate, mobile and home address sent to the parking operator",
})

MESSAGES.append({
    "id": "security-056", "expect": "pass", "charset": "utf-8",
    "sender": MURAI,
    "to": ["三田警察署 刑事課 日下部 <keiji-mita@police.musashi-pref.lg.jp>"],
    "subject": "Re: 窃盗事件に関する参考人聴取のお願い",
    "body": """日下部様

お世話になっております。日の出産業の村井です。
ご依頼の件、承知いたしました。11月18日（火）14時に当社7F応接室をご用意します。
警備員の交代時間の関係で、15時30分までに終了いただけますと助かります。

当日は私が受付までお迎えに上がります。

村井

> 日の出産業株式会社 総務部 村井様
>
> 三田警察署刑事課の日下部です。先日はご協力ありがとうございました。
> 11月2日の窃盗事件について、当夜勤務していた警備員の方に参考人として
> お話を伺いたく存じます。
>   猪狩 正樹 氏（昭和55年生）夜勤隊員
>   被疑者：無職 男性 38歳 住居不定（前歴あり）
> ご都合のよい日時をお知らせください。
""",
    "entities": [],
    "detectors": [],
    "note": "the police officer's details about a witness and suspect are only quoted back to the police; new text is scheduling",
})

MESSAGES.append({
    "id": "security-057", "expect": "stop", "charset": "iso-2022-jp",
    "sender": OTSUKI,
    "to": ["極東セキュリティ 相模原工場隊 <sagamihara@kyokuto-security.co.jp>"],
    "subject": "外国籍技能実習生の入構登録について",
    "body": """極東セキュリティ　相模原工場隊　ご担当者様

お疲れさまです。工場総務の大槻です。
12月1日から第2製造課に配属となる技能実習生1名の入構登録をお願いします。
入構証の発行時に在留カードの原本確認が必要とのことでしたので、事前に情報をお送りします。

　氏名：NGUYEN VAN DUC（グエン　ヴァン　ドゥック）
　国籍：ベトナム
　生年月日：2001年7月19日
　在留カード番号：UH48172935FA
　在留期間（満了日）：2027年11月30日

初日は8時に正門で私が引き合わせます。

""" + SIG_OTSUKI,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "residence-card number and nationality of one trainee sent to the security contractor",
})

_p = people("058", 2, born=(1970, 1985))
MESSAGES.append({
    "id": "security-058", "expect": "pass", "charset": "cp932",
    "sender": OTSUKI,
    "to": ["極東セキュリティ 相模原工場隊 <sagamihara@kyokuto-security.co.jp>"],
    "subject": "年末年始 工場の緊急連絡先（当番者）",
    "body": """極東セキュリティ　相模原工場隊　ご担当者様

お疲れさまです。大槻です。
年末年始（12/29〜1/4）の工場当番者の連絡先をWordでお送りします。
発報・設備異常の際は、上から順にご連絡ください。

""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "docx", "name": "年末年始当番表_相模原.docx",
        "paragraphs": ["相模原工場 年末年始 緊急連絡先", "期間：2025/12/29〜2026/1/4"],
        "tables": [[["順", "氏名", "役職", "携帯電話"]] + [
            [str(i + 1), p["name"], r, p["mobile"]] for i, (p, r) in enumerate(zip(_p, ["工場長", "設備課長"]))]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two on-duty managers' mobiles in a DOCX to the security contractor: under five people",
})

_p = people("059", 6, female_ratio=0.2, born=(1964, 1988))
MESSAGES.append({
    "id": "security-059", "expect": "stop", "charset": "utf-8",
    "sender": MURAI,
    "to": ["極東セキュリティ 法人営業部 金城様 <kinjo@kyokuto-security.co.jp>"],
    "subject": "本社警備体制のご説明資料（キックオフ用）",
    "body": """金城様

お世話になっております。日の出産業の村井です。
来週のキックオフで使用する、当社の警備体制の説明資料をお送りします。
最終ページの緊急連絡網は、引継ぎ後そのまま貴社の管制に登録いただく想定です。

""" + SIG_MURAI,
    "attachments": [{
        "kind": "pptx", "name": "本社警備体制_キックオフ.pptx",
        "slides": [["本社警備体制のご説明", "日の出産業株式会社 総務部", "2025年12月"],
                   ["現行体制", "常駐警備 2名（日勤・夜勤）", "機械警備 あさひ警備保障（2026/3末まで）",
                    "入退室管理 SecureGate Pro"],
                   ["引継ぎスケジュール", "2月：現地研修", "3月：並行稼働", "4月1日：切替"],
                   ["緊急連絡網"] + [f"{i + 1}. {p['name']}（{r}）携帯 {p['mobile']}　自宅 {p['home']}"
                                     for i, (p, r) in enumerate(zip(_p, ["総務部長", "総務部 課長", "施設・セキュリティ課 係長",
                                                                          "施設・セキュリティ課 主任", "情報システム部 課長",
                                                                          "管理本部長"]))]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX whose last slide lists six managers' mobile and home numbers, sent to a new security company",
})

MESSAGES.append({
    "id": "security-060", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    "subject": "RE: 【問合せ番号 TS-44817】カードリーダー読取エラーの件",
    "body": """ツバサシステム カスタマーサポート
ご担当者様

お世話になっております。日の出産業の速水です。
ご依頼のあった、エラー発生時間帯（11/10〜11/12）の入退室ログをお送りします。
管理画面からエクスポートしたファイルをそのまま添付しています。

エラーは7F執務室Aの扉で集中しており、朝の出社時間帯に多い印象です。
ご確認のほどよろしくお願いいたします。

速水
""",
    "attachments": [{"kind": "corrupt", "name": "accesslog_7F_20251110-12.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the exported access-log workbook is corrupt and cannot be inspected",
})

# ---------------------------------------------------------------------------- 061-080

MESSAGES.append({
    "id": "security-061", "expect": "either", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "来館者のご連絡（11/26 監査法人）",
    "body": """防災センター ご担当者様

お世話になっております。日の出産業の村井です。
11月26日（水）〜28日（金）の3日間、監査法人の方が下記5名来館されます。
9時に1Fで受付をお願いします。入館証は3日間有効のものでお願いします。

　・あけぼの監査法人　パートナー　勅使河原 誠 様
　・あけぼの監査法人　マネージャー　比嘉 香織 様
　・あけぼの監査法人　シニア　森 陸 様
　・あけぼの監査法人　スタッフ　小林 結衣 様
　・あけぼの監査法人　スタッフ　金城 翔 様

作業場所は8F小会議室2です。

村井
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five visitors' names and job titles only, no contact data or identifiers: a list of people or just business names, arguable",
})

MESSAGES.append({
    "id": "security-062", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "夜間巡回チェックリストの改訂版",
    "body": """あさひ警備保障 芝営業所 ご担当者様

お世話になっております。日の出産業の速水です。
夜間巡回のチェックリストを改訂しました。12月1日から新様式でお願いします。
主な変更点は、9F役員フロアの確認箇所追加と、共連れ防止扉のアラーム確認欄の新設です。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "xlsx", "name": "夜間巡回チェックリスト_v4.xlsx",
        "sheets": {
            "巡回ルート": [["夜間巡回チェックリスト（2025年12月改訂）"], [],
                        ["No", "フロア", "確認箇所", "確認内容", "21時", "0時", "3時", "6時"],
                        [1, "7F", "通用口", "施錠・電気錠ランプ", "", "", "", ""],
                        [2, "7F", "書庫 K-712", "施錠・在室者なし", "", "", "", ""],
                        [3, "8F", "経理室 K-815", "施錠", "", "", "", ""],
                        [4, "8F", "給湯室", "火気・水漏れ", "", "", "", ""],
                        [5, "9F", "サーバー室 K-901", "温度表示（25℃以下）", "", "", "", ""],
                        [6, "9F", "役員応接室", "施錠・消灯", "", "", "", ""],
                        [7, "B1F", "駐車場シャッター", "閉鎖", "", "", "", ""]],
            "記入要領": [["異常があった場合は備考欄に記入し、管制へ連絡。"], ["チェックは ✓、該当なしは ―"]],
        }}],
    "entities": [],
    "detectors": [],
    "note": "patrol checklist workbook with locations only, no people",
})

_p = people("063", 5, female_ratio=0.0, born=(1968, 2000))
_blocks = "\n".join(f"{i + 1}）{p['name']}　{wareki(p['dob'], 'short')}生　携帯{p['mobile']}\n　　住所 {p['addr']}"
                    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "security-063", "expect": "stop", "charset": "cp932",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "FW: 11/29 7F内装工事 作業員について",
    "body": f"""防災センター ご担当者様

お世話になっております。日の出産業の村井です。
内装業者から作業員の連絡が来ましたので、下に転送します。
当日は通用口での入館受付をお願いします。

---------- Forwarded message ---------
From: 株式会社アトリエ匠 工務課 <koumu@atelier-takumi.co.jp>
Date: 2025年11月20日(木) 17:45
Subject: 11/29 7F内装工事 作業員について
To: 村井 達也 <t-murai@hinode-sangyo.co.jp>

日の出産業株式会社
村井様

お世話になっております。アトリエ匠の工務課です。
11/29（土）の7F会議室間仕切り工事の作業員は以下の5名です。

{_blocks}

作業時間は8:00〜19:00を予定しています。
よろしくお願いいたします。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "inline forward (FW:) of a contractor's mail listing five workers with DOB, mobile and address: new to the building manager",
})

MESSAGES.append({
    "id": "security-064", "expect": "stop", "charset": "utf-8",
    "sender": SOMA,
    "to": ["三田警察署 生活安全課 <seian-mita@police.musashi-pref.lg.jp>"],
    "subject": "女子更衣室での盗撮被害について（ご相談）",
    "body": """三田警察署 生活安全課
ご担当者様

お世話になっております。日の出産業株式会社 法務コンプライアンス部の相馬です。
昨日お電話でご相談した件について、被害に遭った従業員の情報と経緯をお送りします。

【被害者】
　氏名：一ノ瀬 芽衣（いちのせ めい）、26歳、当社総務部
　連絡先：携帯 080-7726-3140（日中は勤務中のため、当社相馬経由でお願いします）
【経緯】
　11月14日（金）12時頃、本社7F女子更衣室のロッカー上部に小型カメラが置かれているのを
　本人が発見。カメラは当社で回収し、電源を切った状態で保管しています。
　本人は被害届の提出を希望しています。
【防犯カメラ】
　更衣室前の廊下カメラ（7F-C04）の11/7〜11/14の映像を保全済みです。

ご来社いただける日程をご教示いただけますでしょうか。

""" + SIG_SOMA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names a voyeurism victim with her mobile (crime victim, 要配慮個人情報) to the police",
})

_mn = my_number(6501)
MESSAGES.append({
    "id": "security-065", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTSUKI,
    "to": [NONOMURA],
    "subject": "守衛（嘱託）採用者の入社書類について",
    "body": f"""野々村さん

お疲れさまです。相模原工場の大槻です。
12月1日付で採用する守衛（嘱託）1名の入社書類を回収しました。
原本は本日社内便で本社人事部宛に送りますが、先に内容をお知らせします。

　氏名：不破 功（フワ イサオ）
　生年月日：昭和33年5月21日
　住所：神奈川県相模原市中央区相生2-7-14
　個人番号：{_mn}
　基礎年金番号：4417-302918

通勤手当の申請書は来週になるとのことです。

大槻
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    "detectors": [],
    "note": "My Number and pension number of a new hire, but sent plant-to-HR inside the company only",
})

MESSAGES.append({
    "id": "security-066", "expect": "stop", "charset": "utf-8",
    "sender": "経理部 出納グループ 御手洗 <mitarai.y@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 芝支店 法人営業 <shiba-houjin@midori-ginko-co.jp>"],
    "subject": "年末の現金輸送スケジュールについて",
    "body": """みどり銀行 芝支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部の御手洗です。
年末の小口現金の補充について、現金輸送の日程をご相談させてください。

　12月24日（水）10:30　本社7F経理室へ搬入（警備会社：あさひ警備保障）
　12月26日（金）15:00　売上金の回収

輸送車は本社ビルB1F駐車場の搬入口に着けていただく形でお願いします。
当日の受け取りは経理部2名で立ち会います。

--
日の出産業株式会社 経理部 出納グループ
御手洗 由佳
TEL 03-5403-2262
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner bank's domain mistyped as midori-ginko-co.jp (hyphen for dot)",
})

_p = people("067", 4, female_ratio=0.0)
MESSAGES.append({
    "id": "security-067", "expect": "pass", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "12/6(土) 電気錠工事の入館者",
    "body": "防災センター ご担当者様\n\nお世話になっております。日の出産業の速水です。\n"
            "12月6日（土）の9F電気錠増設工事で、以下の4名が入館します。\n\n"
            + "\n".join(f"　{p['name']}（ロックウェル工業）　{p['mobile']}" for p in _p)
            + "\n\n工事は8:30〜17:00、9F役員フロアのみです。立会いは速水が行います。\n\n速水\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four workers with mobiles to building management: under the five-person threshold",
})

_p = people("068", 3)
MESSAGES.append({
    "id": "security-068", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["あさひ警備保障 イベント警備課 比嘉様 <event@asahi-keibi.co.jp>"],
    "subject": "Re: 12/3 説明会 来場者の追加について",
    "body": "比嘉様\n\nお世話になっております。村井です。\n追加の来場者は以下3名です。受付リストへの追記をお願いします。\n\n"
            + "\n".join(f"　{p['name']}　{c}　{p['mobile']}"
                        for p, c in zip(_p, ["株式会社ミナト化成", "北斗精機株式会社", "三協テクノ株式会社"]))
            + """

村井

----- 元のメッセージ -----
差出人: 比嘉 勇気 <event@asahi-keibi.co.jp>
送信日時: 2025年11月28日 11:02
宛先: 村井 達也
件名: 12/3 説明会 来場者の追加について

村井様

あさひ警備保障の比嘉です。
現在のリストに登録されている方の中で、以下の6名は当日の変更連絡がありました。

  宇佐美 恵     株式会社ヨツバ商事   090-3385-1127   → 代理出席
  薬師寺 達郎   東邦リース株式会社   080-6612-4009   → 欠席
  雨宮 千尋     株式会社アルファ物流 070-1148-2295   → 時間変更 14時
  真壁 直樹     有限会社ささき工務店 090-9924-6620   → 欠席
  仲宗根 蒼     株式会社いろは企画   080-2270-5538   → 代理出席
  京極 正樹     北斗精機株式会社     090-7731-0864   → 時間変更 15時

追加の方がいらっしゃればお知らせください。
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "new text adds three visitors with phones; the six-person list is only quoted from the recipient's own mail",
})

MESSAGES.append({
    "id": "security-069", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["極東セキュリティ 管制センター <kansei@kyokuto-security.co.jp>"],
    "subject": "各拠点ビルの防災センター連絡先",
    "body": """極東セキュリティ 管制センター ご担当者様

お世話になっております。日の出産業の速水です。
機械警備の発報時に、各拠点の入居ビルの防災センターへ連絡いただく場合の連絡先一覧です。

- 本社（芝日の出ビル）　響ビルマネジメント 防災センター　03-5403-2100（24h）
- 横浜営業所（北幸スクエア）　横浜ビルサービス 中央監視室　045-313-7000（24h）
- さいたま営業所（大宮桜木ビル）　東邦ファシリティーズ 管理室　048-645-1100（平日9-18時）
- 千葉物流センター　自社管理のため、当社守衛所　047-452-6631（24h）

夜間・休日で防災センターにつながらない場合は、当社の緊急連絡先へお願いします。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "a directory of buildings' security centres (businesses, switchboards), not people",
})

MESSAGES.append({
    "id": "security-070", "expect": "stop", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Olivia Brandt <o.brandt@northbridge-audit.com>"],
    "subject": "Group physical security review - door access matrix (Tokyo HQ)",
    "body": """Dear Olivia,

As requested for the group physical security review, please find attached the door
access matrix for our Tokyo head office. It shows which access groups can open which
doors and at what times. Personal card holders are not included; the groups are mapped
to departments.

Let me know if you also need the change history for the past 12 months.

Best regards,

""" + SIG_EN,
    "attachments": [{
        "kind": "xlsx", "name": "Tokyo_HQ_door_access_matrix.xlsx",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Internal Use Only",
        "title": "Door access matrix (Confidential)",
        "sheets": {
            "Matrix": [["Tokyo HQ door access matrix - CONFIDENTIAL"], [],
                       ["Door", "ALL-STAFF", "FIN", "IT", "EXEC", "GUARD", "Hours"],
                       ["7F staff entrance", "Y", "Y", "Y", "Y", "Y", "07:00-22:00"],
                       ["7F archive K-712", "", "Y", "", "Y", "Y", "08:30-19:00"],
                       ["8F finance room", "", "Y", "", "Y", "Y", "08:30-20:00"],
                       ["9F server room", "", "", "Y", "", "Y", "24h"],
                       ["9F executive area", "", "", "", "Y", "Y", "08:00-20:00"]],
            "Groups": [["Group", "Mapped to"], ["FIN", "Accounting, Treasury"], ["IT", "Information Systems"],
                       ["EXEC", "Directors, secretaries"]],
        }}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached workbook is stamped CONFIDENTIAL / Internal Use Only (title row and footer), sent to an outside auditor",
})

_p = people("071", 5, born=(1968, 1999))
_rows = "\n".join(f"{r:<10}{p['emp']:<9}{pad(p['name'], 14)}{pad(d, 16)}{p['mobile']:<15}{t}"
                  for p, r, d, t in zip(_p, ["申告者", "行為者", "参考人1", "参考人2", "参考人3"],
                                        ["物流管理部", "物流管理部", "物流管理部", "物流管理部", "品質保証部"],
                                        ["12/2 10:00", "12/4 13:00", "12/2 14:00", "12/4 15:30", "12/5 10:00"]))
MESSAGES.append({
    "id": "security-071", "expect": "stop", "charset": "cp932",
    "sender": SOMA,
    "to": ["白川法律事務所 日下部先生 <kusakabe@shirakawa-law.jp>"],
    "subject": "ハラスメント申告案件　ヒアリング対象者と日程（確定）",
    "body": f"""日下部先生

お世話になっております。日の出産業の相馬です。
ヒアリングの対象者と日程が確定しましたのでお知らせします。
当日、対象者が来ない場合は先生から直接携帯へご連絡いただいて構いません。

区分      社員番号 氏名          所属            携帯           日時
--------- -------- ------------- --------------- -------------- ------------
{_rows}

会場はいずれも本社9F小会議室です。録音の可否は冒頭で本人に確認します。

{SIG_SOMA}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "space-padded table of five interviewees (complainant, accused, witnesses) with employee no. and mobile to outside counsel",
})

MESSAGES.append({
    "id": "security-072", "expect": "pass", "charset": "iso-2022-jp",
    "sender": KASAI,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["霞フォレンジック 調査部 雨宮様 <amamiya@kasumi-forensic.co.jp>"],
    "subject": "HS-0921 調査キックオフのお打合せ",
    "body": """白川先生
霞フォレンジック 雨宮様

お世話になっております。日の出産業 内部監査室の葛西です。
経理部の件の調査について、3者でキックオフのお打合せをお願いしたく存じます。
本件は社内でもごく一部の者しか把握しておらず、対象者に気付かれないよう進めたいと考えております。
そのため、お打合せは当社ではなく白川先生の事務所でお願いできれば幸いです。

　候補日：12月1日（月）16:00〜／12月2日（火）10:00〜

議題（案）
　1. 調査範囲と期間
　2. デジタル・フォレンジックの対象端末（PC 3台、社用スマートフォン1台）
　3. 対象者ヒアリングのタイミング
　4. 報告書の構成と提出先

""" + SIG_KASAI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "meeting mail to counsel and forensic firm (two outside organisations); secrecy is talked about, nothing is stamped",
})

MESSAGES.append({
    "id": "security-073", "expect": "stop", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "来訪者のご連絡と会議室使用のお願い（12/9-12/11）",
    "body": """防災センター ご担当者様

お世話になっております。日の出産業の村井です。
12月9日から3日間、マレーシアの取引先から下記の方が来社されます。

　Mr. Ahmad Faizal bin ROSLAN（アフマド・ファイザル氏）
　PT. Sinar Borneo Trading 購買部長

ご本人はイスラム教徒で、1日に数回の礼拝が必要とのことです。
12時30分頃と15時30分頃に、共用部の多目的室（2F）を15分程度使用させていただけますでしょうか。
また、ビル内のテナント飲食店でハラール対応の店舗があれば教えてください。

入館証は3日間有効のものでお願いします。

""" + SIG_MURAI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named visitor's religion (要配慮個人情報: 信条) given to building management",
})

MESSAGES.append({
    "id": "security-074", "expect": "pass", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "来訪者用入館証（VISITORカード）印刷のご依頼",
    "body": """錦印刷株式会社
営業部　ご担当者様

お世話になっております。日の出産業の速水です。
来訪者用入館証の追加印刷をお願いします。前回（注文番号 NP-2024-5531）と同仕様です。

　品名：VISITORカード（PVC、85.6×54mm、ストラップ穴あり）
　色：青（一般来訪者）200枚／赤（工事業者）100枚
　通し番号：V-0401〜V-0600、W-0201〜W-0300
　納期：12月15日（月）
　単価：前回同額（@180円）

校正は前回データ流用のため不要です。請求書は経理部宛にお願いします。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "print order for visitor badges with serial ranges, order number and price: no people",
})

_p = people("075", 4, female_ratio=0.7, born=(1985, 2002))
_tr = "".join(f"<tr><td>{p['name']}</td><td>{r}</td><td>{p['mobile']}</td></tr>"
              for p, r in zip(_p, ["受付リーダー", "受付", "受付", "クローク"]))
_tx = "\n".join(f"  {p['name']}（{r}）{p['mobile']}" for p, r in zip(_p, ["受付リーダー", "受付", "受付", "クローク"]))
MESSAGES.append({
    "id": "security-075", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["さくらホテル 宴会営業部 御手洗様 <banquet@sakura-hotel.jp>"],
    "subject": "12/12 表彰式 当社受付スタッフの連絡先",
    "body": f"""御手洗様

お世話になっております。日の出産業の速水です。
当日、受付・クロークを担当する当社スタッフ4名の連絡先です。
控室の鍵の受け渡しや来場者の誘導でご連絡が必要な際にご利用ください。

{_tx}

速水
""",
    "html": f"""<html><body><p>御手洗様</p><p>お世話になっております。日の出産業の速水です。<br>
当日、受付・クロークを担当する当社スタッフ4名の連絡先です。<br>
控室の鍵の受け渡しや来場者の誘導でご連絡が必要な際にご利用ください。</p>
<table border="1"><tr><th>氏名</th><th>担当</th><th>携帯</th></tr>{_tr}</table>
<p>速水</p></body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text+HTML mail with four staff mobiles to the event hotel: under five people",
})

MESSAGES.append({
    "id": "security-076", "expect": "pass", "charset": "iso-2022-jp",
    "sender": OTSUKI,
    "to": ["igari.yoshi55@yahoo.co.jp"],
    "subject": "Re: 工場の防犯カメラの向きについて",
    "body": """猪狩様

日の出産業 相模原工場 総務課の大槻でございます。
ご連絡いただきありがとうございます。また、ご不安をおかけし申し訳ございません。

ご指摘のカメラ（東門付近）は、本日現地で確認し、撮影範囲に猪狩様のお宅の
窓が一部含まれていることを確認しました。明日中に角度を調整し、
あわせて該当部分にマスキング設定を行います。作業後に改めてご報告いたします。

何卒よろしくお願い申し上げます。

""" + SIG_OTSUKI + """

-----Original Message-----
From: 猪狩 <igari.yoshi55@yahoo.co.jp>
Sent: Thursday, November 20, 2025 8:14 PM
To: o-otsuki@hinode-sangyo.co.jp
Subject: 工場の防犯カメラの向きについて

工場の東側に住んでいる猪狩です（相模原市中央区星が丘4-13-8）。
東門に新しく付いたカメラが、うちの2階の窓の方を向いているように見えます。
電話 042-758-9927 までご連絡ください。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one neighbour at a free-mail address; her address and phone are only in the quoted original",
})

MESSAGES.append({
    "id": "security-077", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["三田警察署 会計課 遺失物係 <ishitsubutsu-mita@police.musashi-pref.lg.jp>"],
    "subject": "拾得物の届出について（財布1点）",
    "body": """三田警察署 会計課 遺失物係 ご担当者様

お世話になっております。日の出産業株式会社（芝日の出ビル7F）総務部の速水です。
当ビル1Fエントランスで財布の拾得がありましたので、届出の前にご連絡いたします。

　拾得日時：11月19日（水）18時40分頃
　拾得場所：芝日の出ビル1F エントランス ソファ横
　拾得者　：当社警備員（あさひ警備保障）
　物件　　：黒色の長財布1点（現金 12,400円、カード類7枚）

財布の中に運転免許証があり、持ち主は下記の方と思われます。
当ビルの来訪者記録には該当がありませんでした。

　氏名：榊原 陽子
　住所：東京都杉並区阿佐谷南1-24-9 ハイツ緑ヶ丘B-103
　生年月日：昭和62年3月8日
　免許証番号：302213478560

明日午前中に現物を持参いたします。

""" + SIG_HAYAMI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "found-property report copying a stranger's driver's licence number, address and DOB into mail to the police",
})

MESSAGES.append({
    "id": "security-078", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["あさひ警備保障 芝営業所 <shiba-eigyo@asahi-keibi.co.jp>"],
    "subject": "合同防災訓練（12/10）の避難経路図",
    "body": """あさひ警備保障 芝営業所 ご担当者様

お世話になっております。日の出産業の速水です。
12月10日の合同防災訓練で使用する、当社フロアの避難経路図をお送りします。
警備員の方には、7F東階段の誘導をお願いする予定です。

""" + SIG_HAYAMI,
    "attachments": [{
        "kind": "pdf", "name": "避難経路図_7F-9F.pdf",
        "lines": ["日の出産業株式会社 避難経路（7F〜9F）", "",
                  "7F：執務室A・B → 東階段（第1避難経路）／西階段（第2避難経路）",
                  "8F：大会議室 → 東階段、経理室 → 西階段", "9F：役員フロア → 西階段",
                  "集合場所：芝公園 第2駐車場横 広場", "点呼：各フロアの防火担当者 → 総務部 → 防災センター"]}],
    "entities": [],
    "detectors": [],
    "note": "evacuation-route PDF with floors and stairs only; no people, no marking",
})

MESSAGES.append({
    "id": "security-079", "expect": "stop", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Ryan Cole <ryan.cole@vigilant-cctv.com>", "Sales Desk <sales@lockwell.co.jp>"],
    "cc": ["Kyokuto Security Project Team <project@kyokuto-security.co.jp>"],
    "subject": "Kick-off: Tokyo HQ security upgrade (CCTV, locks, guarding)",
    "body": """Dear all,

Thank you for agreeing to join the Tokyo HQ security upgrade project. As discussed
separately with each of you, the scope is:

- Vigilant CCTV: replacement of 24 analogue cameras with IP cameras and a new VMS
- Lockwell: electric locks for the 9F executive area and integration with SecureGate Pro
- Kyokuto Security: guarding and alarm monitoring from April 2026

I would like to hold a joint kick-off meeting on Tuesday 9 December, 15:00-16:30 JST,
at our head office (9F meeting room). Remote participation via Teams is possible.
Please confirm your attendees by 3 December.

Best regards,

""" + SIG_EN,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three separate outside vendors can see each other in To/Cc",
})

_p = people("080", 8, female_ratio=0.1, born=(1962, 2002))
_rows = "\n".join(f"{fw(str(i + 1)):　<2}　{pad(p['name'], 14, '　')}{pad(wareki(p['dob'], 'fw'), 26, '　')}"
                  f"{pad(c, 16, '　')}{fw(p['mobile'])}"
                  for i, (p, c) in enumerate(zip(_p, ["相模設備工業", "相模設備工業", "相模設備工業", "丸和電気",
                                                      "丸和電気", "丸和電気", "東洋クレーン", "東洋クレーン"])))
MESSAGES.append({
    "id": "security-080", "expect": "stop", "charset": "cp932",
    "sender": OTSUKI,
    "to": ["極東セキュリティ 相模原工場隊 <sagamihara@kyokuto-security.co.jp>"],
    "subject": "年末定修工事　協力会社入構者名簿（１２／２７〜２８）",
    "body": f"""極東セキュリティ　相模原工場隊　隊長殿

お疲れさまです。工場総務の大槻です。
年末の定期修理工事で入構する協力会社の名簿をお送りします。
正門で名簿と照合のうえ、入構証（赤）を貸与してください。

No　氏名　　　　　　生年月日　　　　　　　　　会社　　　　　　携帯
――――――――――――――――――――――――――――――――――――――――
{_rows}

作業は第２製造棟のみです。製品倉庫への立入りは不可です。

{SIG_OTSUKI}
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width padded roster of eight contractor workers with 和暦 DOB and full-width mobile numbers",
})

# ---------------------------------------------------------------------------- 081-100

MESSAGES.append({
    "id": "security-081", "expect": "pass", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Tsubasa System DC Reception <dc-reception@tsubasa-system.jp>"],
    "subject": "Re: Data center visit request - 18 Nov (3 visitors from Hinode US)",
    "body": """Dear Ms. Kinjo,

Thank you for the confirmation. We will bring the original passports on the day and
arrive at the security gate at 09:45. I will be the escort for all three visitors.

Best regards,
Tatsuya Murai

On Fri, 14 Nov 2025 at 11:20, DC Reception <dc-reception@tsubasa-system.jp> wrote:
> Dear Mr. Murai,
>
> We have registered the following visitors for 18 November, Cage H-14:
>
> Daniel R. HOLLOWAY   Passport 548213079   DOB 1979-06-14
> Priya NATARAJAN      Passport 561904482   DOB 1986-11-02
> Kenji ODAGIRI        Passport TR4471923   DOB 1983-03-27
>
> Please bring the original passports; copies will not be accepted.
>
> Best regards,
> Kinjo, DC Reception
""",
    "entities": [],
    "detectors": [],
    "note": "passport details appear only in the quoted reply from the data centre that sent them",
})

MESSAGES.append({
    "id": "security-082", "expect": "stop", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "株主総会 来場者名簿（パスワード付き）",
    "body": """防災センター ご担当者様

お世話になっております。日の出産業の速水です。
6月の株主総会当日の来場者名簿をお送りします。社内規程によりパスワードを設定しております。
パスワードは追ってお送りします。

　ファイル：来場者名簿_株主総会.zip（Excel 1点）

よろしくお願いいたします。

速水
""",
    "attachments": [{
        "kind": "zip", "name": "来場者名簿_株主総会.zip", "password": "hs2026soukai",
        "files": [{"kind": "xlsx", "name": "来場者名簿.xlsx",
                   "sheets": {"名簿": [["株主番号", "氏名", "住所"]] + [
                       [f"{300100 + i}", p["name"], p["addr"]] for i, p in enumerate(people("082", 15))]}}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of a visitor list: the attachment cannot be inspected",
})

_p = people("083", 6, female_ratio=0.1)
MESSAGES.append({
    "id": "security-083", "expect": "pass", "charset": "cp932",
    "sender": MURAI,
    "to": ["総務部 全員 <soumu-all@hinode-sangyo.co.jp>", "相模原工場 総務課 <sagamihara-soumu@hinode-sangyo.co.jp>"],
    "cc": ["情報システム部 <is-all@hinode-sangyo.co.jp>", KASAI],
    "subject": "FW: 12月 警備員配置表のご送付（本社）",
    "body": "各位\n\nお疲れさまです。村井です。\nあさひ警備保障から12月の配置表が届きましたので共有します。"
            "夜間に警備員へ連絡する場合は、下記携帯ではなく防災センター経由でお願いします。\n\n"
            "-----Original Message-----\nFrom: 五十嵐 <igarashi.t@asahi-keibi.co.jp>\n"
            "Sent: Monday, December 1, 2025 9:12 AM\nTo: 村井 達也\nSubject: 12月 警備員配置表のご送付\n\n"
            + "\n".join(f"{s}  {p['name']}  {p['mobile']}  {ymd(p['dob'])}生"
                        for s, p in zip(["日勤 隊長", "日勤 隊員", "夜勤 隊員", "夜勤 隊員", "予備", "予備"], _p))
            + "\n\n以上、よろしくお願いいたします。\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "forward of a six-guard roster with mobiles and DOB, but only to internal distribution lists",
})

_p = people("084", 5, born=(1970, 1998))
_reasons = ["病気休職（うつ病）", "病気休職（適応障害）", "傷病休職（脊椎損傷・リハビリ中）", "病気休職（がん治療）",
            "病気休職（双極性障害）"]
MESSAGES.append({
    "id": "security-084", "expect": "stop", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    "subject": "休職者のカード権限一時停止のお願い",
    "body": "ツバサシステム カスタマーサポート ご担当者様\n\nお世話になっております。日の出産業の速水です。\n"
            "人事部からの依頼で、下記5名のICカード権限を復職まで一時停止していただけますでしょうか。\n"
            "管理画面の一括停止がエラーになるため、貴社側での作業をお願いしたいです。\n\n"
            "社員番号,氏名,カードID,休職理由,休職期間\n"
            + "\n".join(f"{p['emp']},{p['name']},{p['card']},{r},2025/{10 + i % 3}/01〜" for i, (p, r) in
                        enumerate(zip(_p, _reasons)))
            + "\n\n復職時は当社から改めてご連絡します。\n\n" + SIG_HAYAMI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of five employees with card ID and the diagnosis behind their sick leave, to the system vendor",
})

MESSAGES.append({
    "id": "security-085", "expect": "pass", "charset": "iso-2022-jp",
    "sender": SOMA,
    "to": ["三田警察署 刑事課 日下部 <keiji-mita@police.musashi-pref.lg.jp>"],
    "subject": "受理番号 第2025-04417号の件（追加資料について）",
    "body": """三田警察署 刑事課
日下部様

お世話になっております。日の出産業の相馬です。
11月に受理いただいた被害届（受理番号 第2025-04417号）の件で、追加資料のご相談です。

当社で保全している防犯カメラ映像のうち、7F-C04の11月7日分について、
録画装置のログ（エクスポート番号 NVR-EX-1129-03）もあわせて提出が必要かご確認ください。
必要な場合、次回ご来社時に媒体でお渡しします。

""" + SIG_SOMA,
    "entities": [],
    "detectors": [],
    "note": "follow-up citing a police receipt number and export numbers only; nobody identified",
})

_p = people("086", 7, born=(1975, 2000))
_rows = "\n".join(f"{pad(p['name'], 14, '　')}{pad(r, 12, '　')}{pad(p['zip'], 10)}{p['addr']}"
                  for p, r in zip(_p, ["2025/6/30", "2025/7/31", "2025/7/31", "2025/8/31", "2025/9/15", "2025/9/30",
                                       "2025/10/31"]))
MESSAGES.append({
    "id": "security-086", "expect": "stop", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["白川法律事務所 秘書 <office@shirakawa-law.jp>"],
    "subject": "Re: 入館証未返却者への督促状送付の件",
    "body": f"""白川法律事務所　ご担当者様

お世話になっております。日の出産業の村井です。
ご依頼いただいた未返却者の一覧です。送付先は退職時に届け出のあった住所です。

氏名　　　　　　退職日　　　　〒　　　　住所
――――――――――――――――――――――――――――――――――――――――
{_rows}

督促状の文案は先日の版で問題ございません。よろしくお願いいたします。

村井

> 日の出産業株式会社　村井様
>
> 白川法律事務所の事務局でございます。
> 入館証未返却者への督促状の件、弁護士名での送付を承りました。
> つきましては、対象者の氏名・退職日・送付先住所をお知らせください。
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "new text of a reply lists seven ex-employees with retirement date and home address (full-width padded)",
})

MESSAGES.append({
    "id": "security-087", "expect": "pass", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["川崎電機 セキュリティ機器営業部 <security-sales@kawasaki-denki.co.jp>"],
    "subject": "防犯機器の価格確認（来期予算用）",
    "body": """川崎電機株式会社
セキュリティ機器営業部 ご担当者様

お世話になっております。日の出産業の速水です。
来期予算の作成のため、下記製品の価格をご確認いただけますでしょうか。
（前回お見積り No. KD-Q-25-0712 の単価から変更があるかどうか）

| 品番         | 品名                          | 数量 | 前回単価   |
|--------------|-------------------------------|------|-----------|
| KD-NC4420D   | 屋内ドームカメラ 4MP          | 12   | 48,000円  |
| KD-NC4460B   | 屋外バレットカメラ 4MP        | 4    | 62,000円  |
| KD-NVR32     | ネットワークレコーダー 32ch    | 1    | 380,000円 |
| KD-HDD8T     | 増設HDD 8TB                   | 4    | 29,000円  |
| KD-CR200     | ICカードリーダー（壁埋込）     | 6    | 35,500円  |

12月中旬までにご回答いただけますと助かります。

""" + SIG_HAYAMI + "\n\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "price check with product codes and a quote number, to a partner; standard disclaimer",
})

MESSAGES.append({
    "id": "security-088", "expect": "stop", "charset": "utf-8",
    "sender": SOMA,
    "to": ["白川法律事務所 日下部先生 <kusakabe@shirakawa-law.jp>",
           "霞フォレンジック 雨宮様 <amamiya@kasumi-forensic.co.jp>",
           "外部通報窓口 きずなホットライン <desk@hotline-kizuna.jp>"],
    "subject": "通報案件 No.25-031 の調査体制について",
    "body": """関係各位

お世話になっております。日の出産業 法務コンプライアンス部の相馬です。
外部通報窓口経由で受け付けた案件（No.25-031）について、調査体制を以下のとおりとしたく、
ご確認をお願いいたします。

　・事実調査（ヒアリング）：白川法律事務所
　・デジタル調査（メール・PCログ）：霞フォレンジック
　・通報者との連絡：きずなホットライン（通報者の匿名性を維持するため、当社は直接連絡しません）

初回の合同打合せは12月3日（水）15時、オンラインで実施します。
招待URLは別途お送りします。

""" + SIG_SOMA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside organisations (law firm, forensic firm, hotline) openly in To",
})

MESSAGES.append({
    "id": "security-089", "expect": "stop", "charset": "cp932",
    "sender": HAYAMI,
    "to": ["川崎電機 サービス部 <service@kawasaki-denkl.co.jp>"],
    "subject": "録画装置点検の作業員入館について",
    "body": """川崎電機株式会社
サービス部　ご担当者様

お世話になっております。日の出産業の速水です。
12月4日（木）の録画装置（KD-NVR32）定期点検の件、ありがとうございます。
当日は1F受付で「日の出産業 速水」宛とお伝えいただければ、入館証をお渡しします。
作業は9Fサーバー室で、所要は2時間程度と伺っています。

お越しになる方のお名前を、前日までにお知らせください。

速水
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denkl.co.jp (l for i) imitates the partner kawasaki-denki.co.jp",
})

MESSAGES.append({
    "id": "security-090", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["響ビルマネジメント 防災センター <bousai-shiba@hibiki-bm.co.jp>"],
    "subject": "11/27 来館者（ツバサシステム）",
    "body": """防災センター 御中

お世話になっております。村井です。
11/27（木）14時、下記1名が来館されます。9Fサーバー室での作業です。

　ツバサシステム株式会社　フィールドサービス部
　左近 啓介 様
　携帯：090-5531-8842

入館証のお渡しと、9F通用扉の一時解錠をお願いします。

村井
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "one vendor engineer's business contact to building management: ordinary mail",
})

MESSAGES.append({
    "id": "security-091", "expect": "stop", "charset": "cp932",
    "sender": SOMA,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "経費不正調査報告書（最終版）",
    "body": """白川先生

お世話になっております。日の出産業の相馬です。
ご意見を反映した調査報告書の最終版をお送りします。
取締役会（12/8）での報告後、監査役にも共有する予定です。

""" + SIG_SOMA,
    "attachments": [{
        "kind": "pdf", "name": "経費不正調査報告書_最終版.pdf",
        "title": "経費不正に関する社内調査報告書",
        "page_header": "極秘　取締役会資料",
        "lines": ["経費不正に関する社内調査報告書", "2025年12月", "日の出産業株式会社 内部監査室／法務コンプライアンス部",
                  "", "1. 調査の経緯", "　2025年8月、経理部内の照合作業において交通費精算の不整合が発見された。",
                  "2. 認定した事実", "　対象者A（経理部）は2023年4月から2025年7月まで、架空の出張旅費を計42回申請した。",
                  "3. 被害額", "　合計 2,184,300円", "4. 再発防止策", "　精算システムの承認フロー見直し、入退室記録との突合。"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "report PDF carries a 極秘 stamp on every page; sent to outside counsel",
})

MESSAGES.append({
    "id": "security-092", "expect": "either", "charset": "utf-8",
    "sender": HAYAMI,
    "to": ["ツバサシステム カスタマーサポート <support@tsubasa-system.jp>"],
    "subject": "【問合せ番号 TS-44817】エラー発生時のログ抜粋",
    "body": "ツバサシステム ご担当者様\n\nお世話になっております。速水です。\n"
            "エラーが出たときの読取ログを、管理画面から抜粋して貼り付けます。\n"
            "氏名は伏せ、カードIDのみにしています。\n\n"
            "日時                 扉        カードID     結果\n"
            + "\n".join(f"2025-11-1{d} 08:{m:02d}:{s:02d}  7F-DOOR-A  {c}   {r}"
                        for d, m, s, c, r in [(0, 41, 12, "3417720581", "ERR-E12"), (0, 43, 55, "5120093348", "OK"),
                                              (0, 44, 2, "2290817764", "ERR-E12"), (1, 38, 19, "4471038825", "ERR-E12"),
                                              (1, 39, 47, "3417720581", "OK"), (1, 52, 8, "6630928117", "ERR-E07"),
                                              (2, 40, 33, "2290817764", "ERR-E12"), (2, 47, 1, "7718204396", "ERR-E12")])
            + "\n\nERR-E12が多く、カードの個体差ではなくリーダー側の問題ではないかと考えています。\n\n速水\n",
    "entities": [],
    "detectors": [],
    "note": "card IDs of six holders with times but no names: pseudonymous to the vendor, identifiable only via our register; arguable",
})

_p = people("093", 7, born=(1970, 1996))
MESSAGES.append({
    "id": "security-093", "expect": "stop", "charset": "iso-2022-jp",
    "sender": KASAI,
    "to": ["霞フォレンジック 調査部 雨宮様 <amamiya@kasumi-forensic.co.jp>"],
    "subject": "【HS-0921】関係者一覧（ヒアリング候補）",
    "body": """雨宮様

お世話になっております。葛西です。
ヒアリング候補の関係者一覧をWordでお送りします。
役職・入社年次のほか、ヒアリング当日の連絡用に携帯番号と住所（自宅待機となった場合の書類送付用）を入れています。

""" + SIG_KASAI,
    "attachments": [{
        "kind": "docx", "name": "HS-0921_関係者一覧.docx",
        "page_header": "HS-0921",
        "paragraphs": ["調査案件 HS-0921 関係者一覧", "作成：内部監査室　2025年11月"],
        "tables": [[["区分", "社員番号", "氏名", "役職", "入社", "携帯", "住所"]] + [
            [k, p["emp"], p["name"], r, f"{2000 + i * 3}年", p["mobile"], p["addr"]]
            for i, (p, k, r) in enumerate(zip(_p, ["対象者", "上長", "同僚", "同僚", "同僚", "承認者", "取引先窓口"],
                                              ["主任", "課長", "担当", "担当", "担当", "部長", "担当"]))]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of seven people in an investigation with employee no., mobile and home address, to the forensic firm",
})

MESSAGES.append({
    "id": "security-094", "expect": "pass", "charset": "utf-8",
    "sender": MURAI,
    "to": [SOMA],
    "subject": "FW: 盗撮被害の件（本人からの申告メモ）",
    "body": """相馬さん

お疲れさまです。村井です。
一ノ瀬さんから受け取った申告メモを転送します。警察への相談の前にご確認ください。

---------- 転送メッセージ ----------
差出人: 一ノ瀬 芽衣 <ichinose.m@hinode-sangyo.co.jp>
日時: 2025年11月14日 13:25
件名: 更衣室の件

村井さん

先ほどお伝えした件をメモにしました。
・11/14 12時頃、7F女子更衣室のロッカー上に黒い小型の機械を発見
・レンズのようなものがこちらを向いていた
・10月から同じ場所に何か置いてあった気がする
・自宅は世田谷区経堂1-8-3、携帯 080-7726-3140 です。警察の方から連絡があれば出られます
被害届は出したいと思っています。

一ノ瀬
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "forward of a crime victim's own account with her address, but only between two internal colleagues",
})

_p = people("095", 6, female_ratio=0.15, born=(1965, 1998))
MESSAGES.append({
    "id": "security-095", "expect": "stop", "charset": "cp932",
    "sender": OTSUKI,
    "to": ["極東セキュリティ 相模原工場隊 <sagamihara@kyokuto-security.co.jp>"],
    "subject": "構内フォークリフト・構内車両 運転許可者の更新",
    "body": """極東セキュリティ　相模原工場隊　ご担当者様

お疲れさまです。大槻です。
構内車両の運転許可者を更新しました。夜間の構内巡回時に、
許可証の携帯と免許証の照合をお願いしているため、一覧をCSVでお送りします。

""" + SIG_OTSUKI,
    "attachments": [{
        "kind": "csv", "name": "kounai_unten_kyoka_2026.csv", "encoding": "utf-8",
        "rows": [["許可番号", "氏名", "所属", "運転免許証番号", "免許種別", "有効期限", "フォークリフト技能講習"]] + [
            [f"SG-26-{i + 1:03d}", p["name"], ["製造1課", "製造2課", "物流課", "物流課", "設備課", "品質保証課"][i],
             p["license"], ["普通", "中型", "普通", "大型", "普通", "準中型"][i], f"202{7 + i % 3}/0{1 + i}/15",
             "修了" if i % 3 else "未"] for i, p in enumerate(_p)]}],
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of six permit holders with driver's licence numbers, to the security contractor",
})

MESSAGES.append({
    "id": "security-096", "expect": "pass", "charset": "iso-2022-jp",
    "sender": HAYAMI,
    "to": ["ミライ人材開発 研修企画部 <kenshu@mirai-jinzai.co.jp>"],
    "subject": "情報セキュリティ研修（新任管理職向け）の内容について",
    "body": """ミライ人材開発株式会社
研修企画部　ご担当者様

お世話になっております。日の出産業の速水です。
1月の新任管理職向け情報セキュリティ研修について、当社からの要望をお伝えします。

　1. 当社の文書区分（「極秘」「社外秘」「社内限り」「公開」）の違いと、
　　 それぞれの持ち出し・メール送信のルール
　2. 入館証の貸し借り・共連れの禁止について、実際の事例を交えて
　3. 離席時のPCロック、机上の書類（クリアデスク）
　4. 不審者を見かけたときの声掛けと、防災センターへの連絡

当社の規程類は、研修資料作成用に抜粋版を別途お送りします。
所要時間は90分でお願いします。

速水
""",
    "entities": [],
    "detectors": [],
    "note": "talks about the document classes 極秘/社外秘 as training content; no document is marked",
})

_p = people("097", 8, female_ratio=0.0, born=(1995, 2004))
_tsv = "\n".join(f"{r}\t{p['name']}\t{p['mobile']}\t{p['home']}\t{rel}"
                 for p, r, rel in zip(_p, ["101", "102", "103", "105", "201", "202", "203", "205"],
                                      ["父", "母", "母", "父", "母", "父", "母", "兄"]))
MESSAGES.append({
    "id": "security-097", "expect": "stop", "charset": "utf-8",
    "sender": NONOMURA,
    "to": ["あさひ警備保障 相模原営業所 <sagamihara@asahi-keibi.co.jp>"],
    "subject": "独身寮（星が丘寮）の入居者一覧　夜間警備用",
    "body": f"""あさひ警備保障 相模原営業所 ご担当者様

お世話になっております。日の出産業 人事部の野々村です。
12月から星が丘寮の夜間巡回をお願いするにあたり、入居者一覧をお送りします。
異常時に本人と連絡がつかない場合は、緊急連絡先（実家）へのご連絡をお願いします。

部屋\t氏名\t携帯\t緊急連絡先\t続柄
{_tsv}

退寮・入寮があった場合は、都度お知らせします。

{SIG_NONOMURA}
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of eight dormitory residents with mobile and family emergency numbers, to the security company",
})

_p = people("098", 4, born=(1980, 1995))
MESSAGES.append({
    "id": "security-098", "expect": "pass", "charset": "utf-8",
    "sender": "Tatsuya Murai <t-murai@hinode-sangyo.co.jp>",
    "to": ["Laura Mendes <l.mendes@hinode-us.com>"],
    "subject": "Visitor passes for your team - Tokyo HQ, 2-4 Dec",
    "body": "Hi Laura,\n\nYour team's visitor passes for 2-4 December are ready. The building's gate system "
            "will send each person a QR code the evening before, so please check that the addresses below are "
            "correct:\n\n"
            + "\n".join(f"- {p['roma']} <{p['roma2'].split()[1].lower()}.{p['roma2'].split()[0].lower()}@hinode-us.com>"
                        for p in _p)
            + "\n\nPlease use the main entrance on the 1st floor and go to the 7th floor reception. "
              "I will meet you there at 9:00 on the first day.\n\nBest regards,\n\n" + SIG_EN,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four visitors' work e-mail addresses sent back to their own manager at the US subsidiary: under five people",
})

MESSAGES.append({
    "id": "security-099", "expect": "either", "charset": "cp932",
    "sender": MURAI,
    "to": ["あさひ警備保障 芝営業所 隊長 東海林様 <shoji.i@asahi-keibi.co.jp>"],
    "subject": "本日の夜勤交代について",
    "body": """東海林隊長

お疲れさまです。村井です。
夜勤の仲宗根さんですが、21時の巡回後に体調が優れないとのことで、
防災センターで30分ほど休んでいただきました。顔色が悪く、めまいがあるとのことでしたので、
本日は22時で交代いただけると助かります。代わりの方の手配をお願いできますでしょうか。

ご本人はタクシーで帰宅されました。念のため明日の勤務もご配慮いただければと思います。

村井
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named guard felt unwell (dizziness) reported to his employer: health information or just a shift change, arguable",
})

MESSAGES.append({
    "id": "security-100", "expect": "pass", "charset": "iso-2022-jp",
    "sender": MURAI,
    "to": ["三田警察署 生活安全課 <seian-mita@police.musashi-pref.lg.jp>"],
    "subject": "不審者の画像について（11/22 B1F駐車場）",
    "body": """三田警察署 生活安全課
巡査長 左近様

お世話になっております。日の出産業 総務部の村井です。
昨日お電話でお伝えした、B1F駐車場に立ち入った不審者の画像をお送りします。

　撮影日時：11月22日（土）19時12分
　カメラ　：B1F-C02（車路スロープ上部）
　人物　　：男性、40〜50代、グレーの作業着、白いヘルメット

10月22日にも同様の服装の人物が立ち入っており、同一人物の可能性があります。
動画が必要な場合はDVDでお渡しします。

""" + SIG_MURAI,
    "attachments": [{"kind": "png", "name": "B1F-C02_20251122_1912.png"}],
    "entities": [],
    "detectors": [],
    "note": "a still of an unidentified intruder and a description to the police; no identifiable person's data",
})
