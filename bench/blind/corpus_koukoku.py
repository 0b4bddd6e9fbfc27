"""ブラインド評価コーパス — 業務領域: 広告・販促（AREA = koukoku）、SEED = 27201。

日の出産業株式会社 マーケティング部・販売促進部のキャンペーン業務メール 100 通。
懸賞の当選者リスト、モニター募集、景品発送、アンケート回答データ、広告代理店・
フルフィルメント（発送代行）会社・インフルエンサー・印刷会社とのやり取り（日本語・英語）。

人物・住所・電話・口座などはすべて架空。マイナンバーとカード番号は build.py の
my_number(SEED + k) / card_number(SEED + k)（k = 0, 1, 2 … を一度ずつ）でのみ生成する。
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud
from types import SimpleNamespace as _NS

from build import card_number, my_number

AREA = "koukoku"
SEED = 27201

# ---------------------------------------------------------------------------------------
# 番号の払い出し（k は通し番号で、同じ k を二度使わない）
_K = [0]


def _next_k() -> int:
    k = _K[0]
    _K[0] += 1
    return k


def new_my_number() -> str:
    return my_number(SEED + _next_k())


def new_card_number() -> str:
    return card_number(SEED + _next_k())


def corp_number(base12: str) -> str:
    """法人番号（13桁）: 先頭が検査用数字。"""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------------------------------
# 表記の小道具
_FW = str.maketrans("0123456789-().,/:SHRT", "０１２３４５６７８９－（）．，／：ＳＨＲＴ")


def fw(s: str) -> str:
    """半角の数字・記号を全角に。"""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(1, n - _w(s))


def wareki(d: _dt.date, style: int = 0) -> str:
    if d >= _dt.date(2019, 5, 1):
        era, ab, y0 = "令和", "R", 2018
    elif d >= _dt.date(1989, 1, 8):
        era, ab, y0 = "平成", "H", 1988
    else:
        era, ab, y0 = "昭和", "S", 1925
    y = d.year - y0
    if style == 0:
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{ab}{y}.{d.month}.{d.day}"
    if style == 2:
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == 3:
        return fw(f"{ab}{y}.{d.month}.{d.day}")
    return f"{ab}{y:02d}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------
# 架空の人物
_SEI = [("佐々木", "ササキ", "Sasaki"), ("五十嵐", "イガラシ", "Igarashi"),
        ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
        ("四十物", "アイモノ", "Aimono"), ("小野寺", "オノデラ", "Onodera"),
        ("久保田", "クボタ", "Kubota"), ("宇佐美", "ウサミ", "Usami"),
        ("長谷部", "ハセベ", "Hasebe"), ("一ノ瀬", "イチノセ", "Ichinose"),
        ("御手洗", "ミタライ", "Mitarai"), ("柳田", "ヤナギダ", "Yanagida"),
        ("古川", "フルカワ", "Furukawa"), ("伊集院", "イジュウイン", "Ijuin"),
        ("猪俣", "イノマタ", "Inomata"), ("大河内", "オオコウチ", "Okochi"),
        ("能登", "ノト", "Noto"), ("鬼塚", "オニツカ", "Onitsuka"),
        ("栗林", "クリバヤシ", "Kuribayashi"), ("城之内", "ジョウノウチ", "Jonouchi"),
        ("早乙女", "サオトメ", "Saotome"), ("仲宗根", "ナカソネ", "Nakasone"),
        ("比嘉", "ヒガ", "Higa"), ("安里", "アサト", "Asato"), ("蛭田", "ヒルタ", "Hiruta"),
        ("米倉", "ヨネクラ", "Yonekura"), ("三枝", "サエグサ", "Saegusa"),
        ("服部", "ハットリ", "Hattori"), ("茂木", "モテギ", "Motegi"),
        ("相楽", "サガラ", "Sagara"), ("小此木", "オコノギ", "Okonogi"),
        ("百目鬼", "ドウメキ", "Domeki"), ("日向", "ヒナタ", "Hinata"),
        ("桐谷", "キリタニ", "Kiritani"), ("藤堂", "トウドウ", "Todo"),
        ("水無瀬", "ミナセ", "Minase"), ("戸叶", "トカノ", "Tokano"), ("結城", "ユウキ", "Yuki"),
        ("保科", "ホシナ", "Hoshina"), ("新垣", "アラガキ", "Aragaki"),
        ("渡辺", "ワタナベ", "Watanabe"), ("高橋", "タカハシ", "Takahashi"),
        ("中村", "ナカムラ", "Nakamura"), ("山口", "ヤマグチ", "Yamaguchi"),
        ("木下", "キノシタ", "Kinoshita"), ("石井", "イシイ", "Ishii"),
        ("松本", "マツモト", "Matsumoto"), ("森田", "モリタ", "Morita"),
        ("吉良", "キラ", "Kira"), ("馬場", "ババ", "Baba"), ("神保", "ジンボ", "Jimbo"),
        ("漆原", "ウルシハラ", "Urushihara"), ("国分", "コクブ", "Kokubu"),
        ("菅生", "スゴウ", "Sugo"), ("廣瀬", "ヒロセ", "Hirose"), ("橘", "タチバナ", "Tachibana")]
_MEI = [("陽菜", "ヒナ", "Hina", "F"), ("結衣", "ユイ", "Yui", "F"),
        ("大翔", "ヒロト", "Hiroto", "M"), ("蓮", "レン", "Ren", "M"),
        ("美咲", "ミサキ", "Misaki", "F"), ("健太", "ケンタ", "Kenta", "M"),
        ("千尋", "チヒロ", "Chihiro", "F"), ("隆之", "タカユキ", "Takayuki", "M"),
        ("由美子", "ユミコ", "Yumiko", "F"), ("智也", "トモヤ", "Tomoya", "M"),
        ("早紀", "サキ", "Saki", "F"), ("和彦", "カズヒコ", "Kazuhiko", "M"),
        ("真由", "マユ", "Mayu", "F"), ("悠斗", "ユウト", "Yuto", "M"),
        ("恵理", "エリ", "Eri", "F"), ("航", "ワタル", "Wataru", "M"),
        ("菜々子", "ナナコ", "Nanako", "F"), ("修一", "シュウイチ", "Shuichi", "M"),
        ("彩花", "アヤカ", "Ayaka", "F"), ("拓海", "タクミ", "Takumi", "M"),
        ("朋美", "トモミ", "Tomomi", "F"), ("颯太", "ソウタ", "Sota", "M"),
        ("紀子", "ノリコ", "Noriko", "F"), ("康介", "コウスケ", "Kosuke", "M"),
        ("亜希", "アキ", "Aki", "F"), ("直樹", "ナオキ", "Naoki", "M"),
        ("里穂", "リホ", "Riho", "F"), ("剛", "ツヨシ", "Tsuyoshi", "M"),
        ("茜", "アカネ", "Akane", "F"), ("誠", "マコト", "Makoto", "M"),
        ("瑞希", "ミズキ", "Mizuki", "F"), ("光太郎", "コウタロウ", "Kotaro", "M"),
        ("佳奈", "カナ", "Kana", "F"), ("信吾", "シンゴ", "Shingo", "M"),
        ("麻衣", "マイ", "Mai", "F"), ("淳", "ジュン", "Jun", "M"),
        ("ひかり", "ヒカリ", "Hikari", "F"), ("昌平", "ショウヘイ", "Shohei", "M"),
        ("かおる", "カオル", "Kaoru", "F"), ("圭", "ケイ", "Kei", "M")]
_ADDR = [("060-0061", "北海道札幌市中央区南一条西"), ("980-0811", "宮城県仙台市青葉区一番町"),
         ("330-0063", "埼玉県さいたま市浦和区高砂"), ("260-0013", "千葉県千葉市中央区中央"),
         ("154-0015", "東京都世田谷区桜新町"), ("167-0051", "東京都杉並区荻窪"),
         ("135-0016", "東京都江東区東陽"), ("173-0004", "東京都板橋区板橋"),
         ("182-0024", "東京都調布市布田"), ("222-0033", "神奈川県横浜市港北区新横浜"),
         ("214-0014", "神奈川県川崎市多摩区登戸"), ("251-0025", "神奈川県藤沢市鵠沼石上"),
         ("420-0857", "静岡県静岡市葵区御幸町"), ("460-0008", "愛知県名古屋市中区栄"),
         ("444-0043", "愛知県岡崎市唐沢町"), ("500-8833", "岐阜県岐阜市神田町"),
         ("600-8216", "京都府京都市下京区東塩小路町"), ("530-0012", "大阪府大阪市北区芝田"),
         ("564-0063", "大阪府吹田市江坂町"), ("650-0021", "兵庫県神戸市中央区三宮町"),
         ("630-8115", "奈良県奈良市大宮町"), ("700-0024", "岡山県岡山市北区駅元町"),
         ("730-0011", "広島県広島市中区基町"), ("760-0023", "香川県高松市寿町"),
         ("812-0011", "福岡県福岡市博多区博多駅前"), ("860-0806", "熊本県熊本市中央区花畑町"),
         ("900-0015", "沖縄県那覇市久茂地"), ("380-0823", "長野県長野市南千歳"),
         ("950-0087", "新潟県新潟市中央区東大通"), ("920-0853", "石川県金沢市本町"),
         ("310-0015", "茨城県水戸市宮町"), ("370-0841", "群馬県高崎市栄町"),
         ("320-0802", "栃木県宇都宮市江野町"), ("790-0003", "愛媛県松山市三番町"),
         ("890-0053", "鹿児島県鹿児島市中央町"), ("272-0034", "千葉県市川市市川"),
         ("206-0033", "東京都多摩市落合"), ("243-0018", "神奈川県厚木市中町")]
_BLDG = ["メゾン栗林", "グランシャリオ", "コーポ桜", "サンハイツ", "パークサイド杉", "ハイム緑ヶ丘",
         "レジデンス葵", "リバーコート", "ヴィラ若葉", "シャトー白石"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "gmail.com", "yahoo.co.jp"]
_TODAY = _dt.date(2025, 6, 1)

_PEOPLE_USED = [0]


def _person(i: int) -> _NS:
    rng = _random.Random(f"{SEED}-person-{i}")
    sei, sei_k, sei_r = rng.choice(_SEI)
    mei, mei_k, mei_r, sex = rng.choice(_MEI)
    zipc, town = rng.choice(_ADDR)
    num = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 22)}"
    bld = ""
    if rng.random() < 0.35:
        bld = f" {rng.choice(_BLDG)}{rng.randint(1, 9)}0{rng.randint(1, 8)}"
    tel = f"{rng.choice(['090', '080', '070', '090'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    dom = rng.choice(_FREEMAIL)
    style = rng.randrange(4)
    if style == 0:
        local = f"{mei_r.lower()}.{sei_r.lower()}"
    elif style == 1:
        local = f"{mei_r.lower()}{sei_r.lower()[:3]}{rng.randint(10, 99)}"
    elif style == 2:
        local = f"{sei_r.lower()}_{rng.choice(['mama', 'cafe', 'run', 'happy', 'neko', 'sora'])}{rng.randint(1, 9)}"
    else:
        local = f"{mei_r[0].lower()}.{sei_r.lower()}{rng.randint(1960, 2005)}"
    dob = _dt.date(rng.randint(1958, 2003), rng.randint(1, 12), rng.randint(1, 28))
    age = _TODAY.year - dob.year - ((_TODAY.month, _TODAY.day) < (dob.month, dob.day))
    return _NS(sei=sei, mei=mei, sei_k=sei_k, mei_k=mei_k, sei_r=sei_r, mei_r=mei_r,
               name=f"{sei} {mei}", kana=f"{sei_k} {mei_k}", romaji=f"{mei_r} {sei_r}",
               ROMAJI=f"{sei_r.upper()} {mei_r.upper()}", sex=sex,
               zip=zipc, pref_city=town, addr=f"{town}{num}{bld}", tel=tel,
               email=f"{local}@{dom}", dob=dob, age=age,
               handle=f"@{mei_r.lower()}_{sei_r.lower()[:4]}{rng.randint(1, 99)}")


def take(n: int) -> list[_NS]:
    out = [_person(_PEOPLE_USED[0] + j) for j in range(n)]
    _PEOPLE_USED[0] += n
    return out


# ---------------------------------------------------------------------------------------
# 差出人と署名（すべて hinode-sangyo.co.jp）
SAEKI = "佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>"
OKANO = "岡野 拓也 <okano.takuya@hinode-sangyo.co.jp>"
MURASE = "村瀬 由紀 <murase.yuki@hinode-sangyo.co.jp>"
HORIGUCHI = "堀口 健二 <horiguchi.kenji@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 梨沙 <odagiri.risa@hinode-sangyo.co.jp>"
TAKANASHI = "高梨 翔 <takanashi.sho@hinode-sangyo.co.jp>"
MUTO = "Erika Muto <muto.erika@hinode-sangyo.co.jp>"
ETO = "江藤 聡 <eto.satoshi@hinode-sangyo.co.jp>"

SIG_SAEKI = """
──────────────────────────
日の出産業株式会社
販売促進部 キャンペーン推進課
佐伯 美穂（さえき みほ）
〒103-0027 東京都中央区日本橋2-11-5 日の出ビル8F
TEL 03-5205-7714 ／ FAX 03-5205-7790
E-mail saeki.miho@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OKANO = """
--
日の出産業株式会社 マーケティング部 デジタルマーケティング課
岡野 拓也 / Takuya Okano
TEL: 03-5205-7721（直通） 携帯: 080-4417-2093
Mail: okano.takuya@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/"""

SIG_MURASE = """
****************************************
日の出産業株式会社　販売促進部
村瀬 由紀
〒103-0027　東京都中央区日本橋２－１１－５
TEL：03-5205-7716（内線 3416）
****************************************"""

SIG_HORIGUCHI = """
=========================================
日の出産業株式会社
販売促進部 部長代理 兼 キャンペーン推進課長
堀口 健二
TEL 03-5205-7710（代表） / 03-5205-7712（直通）
horiguchi.kenji@hinode-sangyo.co.jp
========================================="""

SIG_ODAGIRI = """
----------------------------------------------------
日の出産業株式会社 マーケティング部 ブランド戦略課
小田切 梨沙（Odagiri Risa）
〒103-0027 東京都中央区日本橋2丁目11番5号 日の出ビル
Tel. 03-5205-7725 ／ Fax. 03-5205-7791
----------------------------------------------------"""

SIG_TAKANASHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　お客様キャンペーン事務局
高梨 翔
受付時間 平日10:00～17:00
TEL 0120-415-770（フリーダイヤル）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_MUTO = """
Best regards,

Erika Muto
Global Marketing, Hinode Sangyo Co., Ltd.
2-11-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5205-7730 | muto.erika@hinode-sangyo.co.jp"""

SIG_ETO = """
--
経理部 支払・税務グループ　江藤 聡（内線 2207）"""

DISC_JP = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者へご連絡のうえ、本メールおよび添付ファイルを破棄してください。
本メールの全部または一部の無断転載・複製・第三者への開示を固く禁じます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee(s). If you have received this e-mail in error, please notify the sender
immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."""

# 外部の相手先（架空）
LOGIPACK = "株式会社ロジパック 大貫様 <onuki.k@logipack.co.jp>"
FULFILL = "フルフィルジャパン 出荷管理 三好様 <miyoshi@fulfill-japan.co.jp>"
ADPLANET = "林田 様（アドプラネット） <hayashida@adplanet.co.jp>"
TOHO = "岡村様 <okamura@toho-kokoku.co.jp>"
BRIGHT = "Olivia Grant <o.grant@brightwave-mktg.com>"
NISHIKI = "錦印刷 塩見様 <shiomi@nishiki-insatsu.co.jp>"
KOYO = "光陽プリント 宮内様 <miyauchi@koyo-print.co.jp>"
RESLAB = "リサーチラボ東京 野々村様 <nonomura@research-lab-tokyo.co.jp>"
INFNEXT = "インフルエンス・ネクスト 芦田様 <ashida@influence-next.jp>"
CPSUP = "キャンペーンサポート 事務局 <cp-office@campaign-support.co.jp>"
AOBA = "青葉運輸 営業二課 坂東様 <bando@aoba-unyu.co.jp>"
SAKURA = "さくらホテル 宴会予約 松永様 <banquet@sakura-hotel.jp>"
CMR = "臨床モニターリサーチ 栗原様 <kurihara@cmr-japan.co.jp>"
NORTHSTAR = "Daniel Reyes <daniel.reyes@northstar-promo.com>"

MESSAGES: list[dict] = []


_JIS_FIX = str.maketrans({"～": "〜", "－": "−"})  # ISO-2022-JP のメーラーが送る形に


def add(**kw) -> None:
    if kw.get("charset") == "iso-2022-jp":
        for key in ("subject", "body", "html"):
            if kw.get(key):
                kw[key] = kw[key].translate(_JIS_FIX)
    kw.setdefault("cc", [])
    kw.setdefault("attachments", [])
    kw.setdefault("entities", [])
    kw.setdefault("detectors", [])
    MESSAGES.append(kw)


# =======================================================================================
# STOP — 人の一覧（5名以上）
# =======================================================================================

# 空白揃えの表（ASCII 空白）
_p = take(8)
_hdr = pad("No", 4) + pad("氏名", 16) + pad("〒", 10) + pad("住所", 50) + "電話"
_rule = "--  " + "-" * 14 + "  " + "-" * 8 + "  " + "-" * 48 + "  " + "-" * 13
_rows = "\n".join(pad(str(i), 4) + pad(p.name, 16) + pad(p.zip, 10) + pad(p.addr, 50) + p.tel
                  for i, p in enumerate(_p, 1))
add(expect="stop", sender=SAEKI, to=[LOGIPACK], charset="iso-2022-jp",
    subject="【北国グルメフェア】A賞当選者8名 発送先のご連絡",
    body=f"""株式会社ロジパック
発送センター 大貫様

いつもお世話になっております。日の出産業の佐伯です。

北国グルメフェアのA賞（北国フーズ様 海鮮詰め合わせ）当選者8名分の発送先をお送りします。
冷凍便にて、4月18日（金）～20日（日）着でご手配をお願いいたします。

{_hdr}
{_rule}
{_rows}

のし・メッセージカードは前回と同じ仕様（「ご当選おめでとうございます」）でお願いします。
発送完了後、伝票番号を一覧でご返信いただけますと幸いです。

よろしくお願いいたします。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当選者8名（氏名・住所・電話）の空白揃えの表を外部の発送代行へ：人の一覧")

# タブ区切り
_p = take(10)
_rows = "\n".join(f"SK-{2025040 + i:07d}\t{p.name}\t{p.kana}\t{p.age}\t{'女' if p.sex == 'F' else '男'}\t{p.email}\t{p.tel}"
                  for i, p in enumerate(_p, 1))
add(expect="stop", sender=ODAGIRI, to=[RESLAB], charset="shift_jis",
    subject="スキンケア新商品 ホームユースモニター 一次通過者（10名）",
    body=f"""リサーチラボ東京
野々村様

お世話になっております。日の出産業 ブランド戦略課の小田切です。

先日締め切りましたホームユースモニターの一次選考を社内で行い、下記10名を通過としました。
Excel から貼り付けていますのでタブ区切りになっております。
来週中に事前アンケートのご案内メールを送付いただけますでしょうか。

応募ID\t氏名\tフリガナ\t年齢\t性別\tメールアドレス\t電話番号
{_rows}

試用品の発送は弊社側（ロジパック経由）で手配いたします。
ご不明点があればご連絡ください。
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="モニター応募者10名の氏名・メール・電話をタブ区切りで調査会社へ")

# 「・」箇条書き
_p = take(7)
_rows = "\n".join(f"・{p.name} 様（{p.handle}）　〒{p.zip} {p.addr}　TEL {p.tel}" for p in _p)
add(expect="stop", sender=OKANO, to=[CPSUP], charset="utf-8",
    subject="Xフォロー＆リポストキャンペーン第2弾 当選者7名のご連絡",
    body=f"""キャンペーンサポート 事務局 ご担当者様

いつもお世話になっております。日の出産業の岡野です。
第2弾（5/12～5/25）の抽選が終わりましたので、当選者の方の情報をお送りします。
DMで住所をいただいた方のみです（未返信の2名は後日まとめてご連絡します）。

{_rows}

賞品はオリジナルタンブラー（HS-TB350）です。
当選DMのスクリーンショットは共有フォルダに置いてあります。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="SNSキャンペーン当選者7名の住所・電話を「・」箇条書きで事務局代行会社へ")

# 1名1ブロック・全角数字
_p = take(6)
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(f"""【当選者{fw(str(i))}】
　お名前　：{p.name}（{p.kana}）
　ご住所　：〒{fw(p.zip)}　{fw(p.addr)}
　お電話　：{fw(p.tel)}
　賞品　　：Ｂ賞　オリジナル保冷バッグ（ネイビー）""")
add(expect="stop", sender=MURASE, to=[FULFILL], charset="iso-2022-jp",
    subject="Ｂ賞 追加当選者分の出荷依頼（６件）",
    body="""フルフィルジャパン株式会社
出荷管理ご担当　三好様

お世話になっております。日の出産業の村瀬でございます。
先日の繰り上げ当選分につきまして、下記６件の出荷をお願いいたします。

""" + "\n\n".join(_blocks) + f"""

出荷予定日が決まりましたらご一報ください。
何卒よろしくお願い申し上げます。
{SIG_MURASE}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当選者6名を1名1ブロック・全角数字で発送代行へ：人の一覧")

# HTML のみの表
_p = take(7)
_tr = "\n".join(
    f"<tr><td>{p.name}</td><td>{wareki(p.dob, 0)}</td><td>{p.tel}</td><td>{p.email}</td>"
    f"<td>{['化粧水', '美容液', '乳液'][i % 3]}</td></tr>" for i, p in enumerate(_p))
add(expect="stop", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="ホームユーステスト 参加確定者のご共有（7名）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社アドプラネット<br>林田様</p>
<p>いつも大変お世話になっております。日の出産業の小田切です。</p>
<p>ホームユーステストの参加確定者を下記にまとめました。<br>
事後インタビューの日程調整のご連絡をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>氏名</th><th>生年月日</th><th>携帯電話</th><th>メール</th><th>テスト品</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 マーケティング部 ブランド戦略課<br>小田切 梨沙<br>Tel. 03-5205-7725</p>
</body></html>""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTMLのみのメールの表にモニター7名の生年月日・電話・メール：広告代理店へ")

# CSV（CP932）
_p = take(25)
_rows = [["お届け先郵便番号", "お届け先住所", "お届け先名", "お届け先電話番号", "品名", "個数", "配達指定日"]]
for i, p in enumerate(_p):
    _rows.append([p.zip, p.addr, p.name, p.tel, "景品（食品）" if i % 4 else "景品（雑貨）", "1",
                  f"2025/06/{14 + i % 3}"])
add(expect="stop", sender=TAKANASHI, to=[AOBA], charset="shift_jis",
    subject="景品発送データ（第3回抽選分・25件）",
    body=f"""青葉運輸株式会社
営業二課　坂東様

いつもお世話になっております。
日の出産業 キャンペーン事務局の高梨です。

第3回抽選分の発送データ（25件）を添付いたします。
送り状発行システム取込用のCSV形式（Shift_JIS）です。
集荷は6/12（木）午後でお願いできますでしょうか。
{SIG_TAKANASHI}""",
    attachments=[{"kind": "csv", "name": "hassou_daisankai_25ken.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当選者25名の送り状データCSV（CP932）を運送会社へ")

# CSV（UTF-8）・氏名列なし
_p = take(30)
_rows = [["回答ID", "メールアドレス", "年代", "性別", "居住都道府県", "Q1_満足度", "Q2_購入頻度", "Q3_自由記述"]]
_comments = ["泡立ちが良い", "香りが少し強い", "詰め替えがほしい", "", "価格がもう少し安ければ", "子どもも使えて助かる",
             "", "パッケージがかわいい", "乾燥が気にならなくなった", "店頭で見つけにくい"]
for i, p in enumerate(_p):
    _rows.append([f"R{31000 + i}", p.email, f"{p.age // 10 * 10}代", "女性" if p.sex == "F" else "男性",
                  p.pref_city[:3] if p.pref_city[2] in "都道府県" else p.pref_city[:4],
                  str(1 + (i * 7) % 5), ["週1以上", "月2-3回", "月1回", "それ以下"][i % 4], _comments[i % 10]])
add(expect="stop", sender=ODAGIRI, to=[RESLAB], charset="utf-8",
    subject="購入者アンケート 回答データ（謝礼送付用メールアドレス付き）",
    body=f"""野々村様

お世話になっております。小田切です。
購入者アンケートの回答データ（30件分）をお送りします。
謝礼のデジタルギフト送付にメールアドレスが必要とのことでしたので、アドレス列を残しています。
集計・レポートは6月末納品でお願いいたします。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "csv", "name": "kounyusha_enquete_raw.csv", "encoding": "utf-8",
                  "rows": _rows}],
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="回答者30名のメールアドレス＋属性のCSV（氏名列なし）を調査会社へ：人の一覧")

# XLSX（複数シート・表題行あり）
_pa, _pb = take(5), take(12)
_sa = [["2025 サマーキャンペーン 当選者発送リスト（A賞：ホットプレート）"], [],
       ["No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "賞品コード"]]
_sa += [[i, p.name, p.kana, p.zip, p.addr, p.tel, "HP-A01"] for i, p in enumerate(_pa, 1)]
_sb = [["2025 サマーキャンペーン 当選者発送リスト（B賞：オリジナル保冷バッグ）"],
       ["No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "賞品コード"]]
_sb += [[i, p.name, p.kana, p.zip, p.addr, p.tel, "CB-B02"] for i, p in enumerate(_pb, 1)]
add(expect="stop", sender=SAEKI, to=[FULFILL], charset="iso-2022-jp",
    subject="サマーキャンペーン当選者リスト（A賞・B賞）送付の件",
    body=f"""フルフィルジャパン株式会社
三好様

お世話になっております。日の出産業の佐伯です。
サマーキャンペーンの当選者リストを添付にてお送りします。
シートを賞ごとに分けております（A賞5件、B賞12件）。
7/7（月）出荷でお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "サマーキャンペーン2025_当選者発送リスト.xlsx",
                  "sheets": {"A賞": _sa, "B賞": _sb,
                             "集計": [["賞", "件数"], ["A賞", 5], ["B賞", 12], ["計", 17]]}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当選者17名（住所・電話）のXLSX（賞別シート・表題行あり）を発送代行へ")

# XLSX インフルエンサー振込先
_p = take(6)
_banks = [("三菱UFJ銀行", "渋谷支店"), ("楽天銀行", "第一営業支店"), ("みずほ銀行", "横浜駅前支店"),
          ("住信SBIネット銀行", "法人第一支店"), ("りそな銀行", "梅田支店"), ("福岡銀行", "天神町支店")]
_s1 = [["7月PR案件 出演インフルエンサー"], ["活動名", "本名", "携帯", "メール", "担当商品"]]
_s2 = [["報酬振込先"], ["本名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）"]]
for i, p in enumerate(_p):
    _s1.append([f"{p.mei_r.lower()}_{['life', 'beauty', 'kitchen', 'days', 'mom', 'style'][i]}",
                p.name, p.tel, p.email, ["ボディソープ", "ハンドクリーム", "入浴剤"][i % 3]])
    _s2.append([p.name, _banks[i][0], _banks[i][1], "普通",
                f"{_random.Random(f'{SEED}-acct-{i}').randint(1000000, 9999999)}", p.kana.replace(" ", "　")])
add(expect="stop", sender=OKANO, to=[INFNEXT], charset="utf-8",
    subject="7月PR案件 出演者情報・振込先の共有",
    body=f"""株式会社インフルエンス・ネクスト
芦田様

お世話になっております。日の出産業の岡野です。
7月PR案件の出演者6名分の連絡先と報酬振込先を一覧にしました（添付）。
貴社経由でのお支払いに切り替える件、ご確認のほどお願いいたします。
{SIG_OKANO}""",
    attachments=[{"kind": "xlsx", "name": "7月PR_出演者一覧.xlsx",
                  "sheets": {"出演者": _s1, "振込先": _s2}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="インフルエンサー6名の本名・携帯・メール・口座番号のXLSXをキャスティング会社へ")

# DOCX の表
_p = take(6)
_t = [["No", "氏名", "フリガナ", "生年月日", "携帯電話"]]
for i, p in enumerate(_p, 1):
    _t.append([str(i), p.name, p.kana, wareki(p.dob, 1 if i % 2 else 0), p.tel])
add(expect="stop", sender=ODAGIRI, to=[SAKURA], charset="shift_jis",
    subject="6/21 グループインタビュー 受付用名簿のご送付",
    body=f"""さくらホテル
宴会予約ご担当　松永様

いつもお世話になっております。日の出産業の小田切でございます。
6月21日（土）「桔梗の間」にて実施するグループインタビューの参加者名簿をお送りします。
受付でのご本人確認にご利用ください（生年月日でのご確認をお願いしております）。
当日は10:30受付開始です。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "docx", "name": "グループインタビュー参加者名簿_0621.docx",
                  "paragraphs": ["グループインタビュー（ヘアケア）参加者名簿", "日時：2025年6月21日（土）11:00～13:00",
                                 "会場：さくらホテル 2F 桔梗の間"],
                  "tables": [_t]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="座談会参加者6名の生年月日・携帯のDOCX表をホテルへ：人の一覧")

# PDF の表（宛名ラベル）
_p = take(20)
_t = [["郵便番号", "住所", "氏名"]] + [[p.zip, p.addr, f"{p.name} 様"] for p in _p]
add(expect="stop", sender=MURASE, to=[NISHIKI], charset="iso-2022-jp",
    subject="モニター募集ＤＭ 宛名データ（２０件）",
    body=f"""錦印刷株式会社　ＤＭ課
塩見様

お世話になっております。日の出産業の村瀬です。
先日お見積りいただいたモニター募集ＤＭの宛名データをPDFでお送りします。
テスト送付分の２０件です。問題なければ本番データ（約800件）を来週お送りします。
宛名面のレイアウトは前回（2024年秋）と同じでお願いいたします。
{SIG_MURASE}""",
    attachments=[{"kind": "pdf", "name": "宛名データ_モニター募集DM_テスト20件.pdf",
                  "lines": ["モニター募集DM 宛名データ（テスト送付分）", ""], "table": _t}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="20名の氏名・住所（宛名データ）のPDFを印刷会社へ")

# PPTX
_p = take(6)
_slides = [["ヘアケア新商品 体験モニター 候補者（6名）", "選考用資料", "2025年5月 ブランド戦略課"]]
_fam = ["夫・長女（4歳）", "単身", "夫・長男（小2）・次男（年中）", "両親と同居", "夫", "単身（猫1匹）"]
for i, p in enumerate(_p):
    _slides.append([f"候補者{'ABCDEF'[i]}　{p.name}（{p.age}）",
                    f"居住：{p.addr}", f"連絡先：{p.tel} ／ {p.email}",
                    f"家族構成：{_fam[i]}", f"SNS：Instagram フォロワー約{1200 + i * 850:,}"])
add(expect="stop", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="体験モニター候補者プロフィール（選考用）",
    body=f"""林田様

お世話になっております。小田切です。
体験モニターの候補者プロフィールをスライドにまとめました。
貴社のクリエイティブチームのご意見も伺いたく、水曜の定例までにご確認いただけますと助かります。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pptx", "name": "体験モニター候補者_選考用.pptx", "slides": _slides}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="モニター候補6名の住所・電話・メールのPPTXを広告代理店へ")

# ZIP（CSV＋XLSX）
_p = take(15)
_rows = [["受付番号", "氏名", "郵便番号", "住所", "電話番号", "賞品"]]
_rows += [[f"W-0512-{i:03d}", p.name, p.zip, p.addr, p.tel, "入浴剤ギフト"] for i, p in enumerate(_p, 1)]
add(expect="stop", sender=TAKANASHI, to=[LOGIPACK], charset="shift_jis",
    subject="5/12抽選分 発送データ一式",
    body=f"""ロジパック　大貫様

お世話になっております。日の出産業キャンペーン事務局の高梨です。
5/12抽選分の発送データ一式をzipにまとめて添付しました。
・発送先_0512.csv（15件）
・賞品内訳.xlsx
在庫の引当をお願いいたします。
{SIG_TAKANASHI}""",
    attachments=[{"kind": "zip", "name": "発送データ_0512.zip", "files": [
        {"kind": "csv", "name": "発送先_0512.csv", "encoding": "utf-8-sig", "rows": _rows},
        {"kind": "xlsx", "name": "賞品内訳.xlsx",
         "sheets": {"内訳": [["賞品コード", "品名", "数量"], ["BT-G15", "入浴剤ギフト", 15]]}}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP内のCSVに当選者15名の住所・電話：発送代行へ")

# 転送（本文インライン）
_p = take(5)
_items = []
for i, p in enumerate(_p, 1):
    _items.append(f"({i}) {p.name} 様　TEL {p.tel}\n    {p.zip} {p.addr}\n    応募日 5/{3 + i * 2}　問い合わせ日 6/{2 + i}")
add(expect="stop", sender=SAEKI, to=[TOHO], charset="iso-2022-jp",
    subject="FW: 【事務局】景品未着のお問い合わせ（5件）",
    body=f"""東邦広告社
岡村様

お世話になっております。佐伯です。
事務局から下記の報告がありました。新聞折込の告知で「6月上旬お届け」と
記載していた件と関係しそうですので、念のため共有いたします。
告知文言の修正案をご検討いただけますでしょうか。
{SIG_SAEKI}

---------- 転送メッセージ ----------
差出人: キャンペーンサポート 事務局 <cp-office@campaign-support.co.jp>
日付: 2025年6月6日 16:42
件名: 【事務局】景品未着のお問い合わせ（5件）
宛先: 佐伯 美穂 <saeki.miho@hinode-sangyo.co.jp>

佐伯様

お世話になっております。キャンペーン事務局です。
本日までに景品未着のお問い合わせが5件ございましたのでご報告します。

{chr(10).join(_items)}

いずれも「6月上旬に届くと思っていた」とのお申し出です。
ご対応方針をご指示いただけますと幸いです。

キャンペーン事務局（株式会社キャンペーンサポート）
担当：今井""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="事務局メールを転送（FW）：5名の氏名・電話・住所は受信者にとって新しい本文")

# 転送（メール添付 .eml）
_p = take(8)
_inner = "\n".join(f"{p.name}\t〒{p.zip}\t{p.addr}" for p in _p)
add(expect="stop", sender=MURASE, to=[KOYO], charset="utf-8",
    subject="お礼状 差込印刷用リスト（転送します）",
    body=f"""光陽プリント株式会社
宮内様

お世話になっております。日の出産業の村瀬です。
モニター終了者向けお礼状の差込リストが事務局から届きましたので、メールごと添付で転送いたします。
差込位置は校正でご確認いただいたとおりです。
{SIG_MURASE}""",
    attachments=[{"kind": "eml", "name": "お礼状差込リスト.eml", "message": {
        "sender": TAKANASHI, "to": [MURASE], "charset": "iso-2022-jp",
        "subject": "お礼状 差込用リスト（8名）",
        "body": f"""村瀬さん

お疲れさまです。高梨です。
お礼状の差込用リストです（モニター完走者8名）。

氏名\t郵便番号\t住所
{_inner}

よろしくお願いします。
高梨"""}}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="8名の氏名・住所を含む社内メールを .eml 添付で印刷会社へ転送")

# XLS（旧形式）振込依頼
_p = take(8)
_rows = [["氏名", "フリガナ", "金融機関", "支店", "種別", "口座番号", "振込金額"]]
_bk = [("ゆうちょ銀行", "〇一八店"), ("三井住友銀行", "新宿支店"), ("京都銀行", "四条支店"),
       ("常陽銀行", "水戸駅前支店"), ("北洋銀行", "大通支店"), ("広島銀行", "紙屋町支店"),
       ("イオン銀行", "本店営業部"), ("PayPay銀行", "ビジネス営業部")]
for i, p in enumerate(_p):
    _rows.append([p.name, p.kana, _bk[i][0], _bk[i][1], "普通",
                  f"{_random.Random(f'{SEED}-xls-{i}').randint(1000000, 9999999)}", 5000])
add(expect="stop", sender=ODAGIRI, to=["ペイサービス 西條様 <saijo@payservice.co.jp>"], charset="shift_jis",
    subject="6月分 モニター謝礼 振込依頼",
    body=f"""株式会社ペイサービス
西條様

いつもお世話になっております。日の出産業の小田切です。
6月分のモニター謝礼（8名・各5,000円）の振込依頼ファイルをお送りします。
ご指定の旧形式（.xls）で作成しております。6/25（水）振込でお願いいたします。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "xls", "name": "monitor_sharei_202506.xls", "sheets": {"振込依頼": _rows}}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="モニター8名の口座番号入りXLS（旧形式）を支払代行会社へ")

# 英語の当選者一覧
_p = take(6)
_rows = "\n".join(f"{i}. {p.romaji} | {p.email} | +81-{p.tel[1:]} | 〒{p.zip} {p.addr}"
                  for i, p in enumerate(_p, 1))
add(expect="stop", sender=MUTO, to=[NORTHSTAR], charset="utf-8",
    subject="Japan winners - Global Summer Sweepstakes (6)",
    body=f"""Hi Daniel,

As discussed on Monday's call, here are the six winners drawn for the Japan market.
Please forward them to your fulfilment team so the prize kits can be shipped from
your Singapore warehouse. Addresses are in Japanese, as the couriers prefer.

Name | E-mail | Mobile | Shipping address
{_rows}

Let me know if any address fails validation on your side.
{SIG_MUTO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="English mail listing 6 winners with e-mail, mobile and address to an overseas agency")

# 全角空白揃え・和暦の生年月日
_p = take(5)
_lines = ["氏名　　　　　　　生年月日　　　　　　電話番号", "－" * 30]
for p in _p:
    _lines.append(p.name + "　" * max(1, 9 - len(p.name)) + wareki(p.dob, 2) + "　" * 2 + fw(p.tel))
add(expect="stop", sender=ODAGIRI, to=["美肌リサーチ 久住様 <kusumi@bihada-research.co.jp>"],
    charset="iso-2022-jp",
    subject="敏感肌モニター試験 参加予定者のご連絡",
    body="""株式会社美肌リサーチ
久住様

お世話になっております。日の出産業の小田切です。
パッチテストにご参加いただく予定の方５名をお知らせします。

""" + "\n".join(_lines) + f"""

当日は身分証をお持ちいただくようご案内済みです。
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="5名の和暦生年月日・全角電話を全角空白で揃えて試験会社へ")

# 本文にカンマ区切り
_p = take(10)
_rows = "\n".join(f"{8800 + i},{p.name},{p.email},{p.tel},2025/05/{10 + i}" for i, p in enumerate(_p, 1))
add(expect="stop", sender=OKANO, to=["マーケットボイス 青山様 <aoyama@marketvoice.co.jp>"], charset="utf-8",
    subject="追加インタビュー対象者（10名）",
    body=f"""青山様

お世話になっております。岡野です。
Webアンケートで「インタビュー協力可」と回答した方を抽出しました。
CSVの添付がブロックされるとのことでしたので、本文に貼り付けます。

回答者ID,氏名,メールアドレス,電話番号,回答日
{_rows}

リクルーティングのご連絡をお願いします。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="本文にカンマ区切りで回答者10名の氏名・メール・電話：調査会社へ")

# ZIP（DOCX＋PDF）
_p = take(15)
_t = [["No", "郵便番号", "住所", "氏名"]] + [[str(i), p.zip, p.addr, p.name] for i, p in enumerate(_p, 1)]
add(expect="stop", sender=MURASE, to=[NISHIKI], charset="shift_jis",
    subject="DM入稿データ（差込文面・宛名リスト）",
    body=f"""錦印刷株式会社
塩見様

お世話になっております。村瀬です。
休眠会員向けDMの入稿データをzipで送付いたします。
　・差込文面.docx
　・宛名リスト.pdf（15件・初回分）
初校は6/18（水）にいただけると助かります。
{SIG_MURASE}""",
    attachments=[{"kind": "zip", "name": "DM入稿データ_0603.zip", "files": [
        {"kind": "docx", "name": "差込文面.docx",
         "paragraphs": ["«氏名» 様", "平素は日の出産業の製品をご愛顧いただき誠にありがとうございます。",
                        "しばらくご利用のない会員様へ、特別クーポンをお届けします。",
                        "有効期限：2025年7月31日"]},
        {"kind": "pdf", "name": "宛名リスト.pdf", "lines": ["休眠会員DM 宛名リスト（初回分）"], "table": _t}]}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="ZIP内のPDFに会員15名の氏名・住所：印刷会社へ")

# text＋HTML、To と Cc に外部2社
_p = take(5)
_cm = ["毎朝の楽しみになりました", "家族みんなで使っています", "友人にも勧めました", "香りに癒やされます", "リピート確定です"]
_txt = "\n".join(f"{p.name}（{p.age}歳・{p.pref_city[:6]}）TEL {p.tel} / {p.email}\n　「{_cm[i]}」"
                 for i, p in enumerate(_p))
_tr = "".join(f"<tr><td>{p.name}</td><td>{p.age}</td><td>{p.tel}</td><td>{p.email}</td><td>{_cm[i]}</td></tr>"
              for i, p in enumerate(_p))
add(expect="stop", sender=SAEKI, to=[ADPLANET], cc=[NISHIKI], charset="utf-8",
    subject="「当選者の声」掲載候補（取材打診先5名）",
    body=f"""林田様（cc: 錦印刷 塩見様）

お世話になっております。佐伯です。
会報誌秋号の「当選者の声」コーナーの取材打診先として、下記5名を候補にしました。
林田様から取材のご連絡、塩見様には誌面の仮組をお願いできればと存じます。

{_txt}
{SIG_SAEKI}""",
    html=f"""<p>林田様（cc: 錦印刷 塩見様）</p><p>お世話になっております。佐伯です。<br>
会報誌秋号の「当選者の声」コーナーの取材打診先として、下記5名を候補にしました。</p>
<table border="1"><tr><th>氏名</th><th>年齢</th><th>電話</th><th>メール</th><th>コメント</th></tr>{_tr}</table>
<p>日の出産業株式会社 販売促進部 佐伯 美穂</p>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "multiple_external_domains"],
    note="当選者5名の電話・メール（text＋HTML）を代理店と印刷会社の2社へ")

# =======================================================================================
# STOP — マイナンバー・カード番号・本人確認書類
# =======================================================================================
_p = take(5)
_s = [["2024年分 報酬、料金、契約金及び賞金の支払調書 作成用データ"], [],
      ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p):
    amt = [330000, 550000, 220000, 880000, 165000][i]
    _s.append([p.name, p.addr, new_my_number(), amt, int(amt * 0.1021)])
add(expect="stop", sender=OKANO, to=["シハライサポート 堤様 <tsutsumi@shiharai-support.co.jp>"],
    charset="utf-8",
    subject="インフルエンサー報酬 支払調書作成データ（5名）",
    body=f"""株式会社シハライサポート
堤様

お世話になっております。日の出産業の岡野です。
インフルエンサー報酬に係る支払調書の作成をお願いしたく、対象5名のデータをお送りします。
個人番号はご本人から番号確認書類の写しと併せて取得済みです。
{SIG_OKANO}""",
    attachments=[{"kind": "xlsx", "name": "支払調書用_インフルエンサー報酬_2024.xlsx", "sheets": {"2024年分": _s}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="インフルエンサー5名のマイナンバー・住所のXLSXを支払調書作成代行会社へ")

_p = take(1)[0]
_cn = new_card_number()
_cnf = "-".join(_cn[i:i + 4] for i in range(0, 16, 4))
add(expect="stop", sender=TAKANASHI, to=["ECフルフィル 決済窓口 <kessai@ec-fulfill.jp>"], charset="shift_jis",
    subject="お試しセット 決済エラーの件（受注番号 EC-250611-0042）",
    body=f"""ECフルフィル株式会社
決済窓口 ご担当者様

お世話になっております。日の出産業キャンペーン事務局の高梨です。
お試しセット（500円）の受注 EC-250611-0042 で決済エラーとなったお客様から、
お電話でカード情報をいただきましたので再決済をお願いできますでしょうか。

　お客様名：{_p.name} 様
　電話番号：{_p.tel}
　カード番号：{_cnf}
　有効期限：08/27

お手数ですがよろしくお願いいたします。
{SIG_TAKANASHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"], detectors=["personal_data"],
    note="お客様のクレジットカード番号を本文に記載して外部の決済代行へ")

_p = take(2)
_pp = ["TR4829175", "TZ0736614"]
_blk = "\n\n".join(f"""■{['当選者', '同行者'][i]}
　氏名（ローマ字）：{p.ROMAJI}
　旅券番号　　　　：{_pp[i]}
　生年月日　　　　：{p.dob.year}年{p.dob.month}月{p.dob.day}日
　性別　　　　　　：{'F' if p.sex == 'F' else 'M'}
　旅券有効期限　　：{2029 + i}年{3 + i * 5}月{11 + i}日""" for i, p in enumerate(_p))
add(expect="stop", sender=SAEKI, to=["ひかり旅行 海外手配 今泉様 <imaizumi@hikari-travel.co.jp>"],
    charset="shift_jis",
    subject="特賞（ハワイ ペア旅行）当選者様 旅券情報",
    body=f"""株式会社ひかり旅行
海外手配センター　今泉様

いつもお世話になっております。日の出産業の佐伯です。
特賞ハワイペア旅行の当選者様より旅券情報をいただきましたので、航空券手配をお願いいたします。

{_blk}

出発希望日は10月第2週とのことです。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="懸賞当選者と同行者の旅券番号・生年月日を旅行会社へ（2名でも旅券番号は停止）")

_p = take(1)[0]
add(expect="stop", sender=HORIGUCHI, to=["星野モータース 登録課 片桐様 <katagiri@hoshino-motors.co.jp>"],
    charset="iso-2022-jp",
    subject="特賞（軽自動車）名義登録に必要な情報のご送付",
    body=f"""星野モータース株式会社
登録課　片桐様

お世話になっております。日の出産業の堀口でございます。
創業70周年キャンペーン特賞（軽自動車）の当選者様について、
名義登録に必要な情報をご本人よりお預かりしましたのでお送りします。

　氏名　　　　　：{_p.name}（{_p.kana}）
　生年月日　　　：{wareki(_p.dob, 0)}
　住所　　　　　：〒{_p.zip} {_p.addr}
　電話　　　　　：{_p.tel}
　運転免許証番号：第{_random.Random(f'{SEED}-dl').randint(10**11, 10**12 - 1)}号

車庫証明の書類はご本人から直接お送りいただく予定です。
{SIG_HORIGUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="当選者の運転免許証番号・生年月日・住所をディーラーへ")

add(expect="stop", sender=OKANO, to=[INFNEXT], charset="utf-8",
    subject="らんちゃん様 業務委託契約の件（在留資格の確認）",
    body=f"""芦田様

お世話になっております。岡野です。
9月案件でご提案いただいた「らんちゃん」様の契約手続きの件です。
弊社法務から、就労可能な在留資格かどうか確認するよう指示がありました。
ご本人から頂いた情報は以下のとおりですが、この在留資格で報酬を受け取る業務委託が可能か、
貴社のご見解をいただけますでしょうか。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　在留カード番号：UH47281953FA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2027年3月31日

お手数をおかけしますが、よろしくお願いいたします。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="外国籍インフルエンサーの在留カード番号をキャスティング会社へ")

_p = take(1)[0]
add(expect="stop", sender=ODAGIRI, to=[CMR], charset="shift_jis",
    subject="機能性表示食品 ヒト試験 参加者登録（追加1名）",
    body=f"""臨床モニターリサーチ株式会社
栗原様

お世話になっております。日の出産業の小田切です。
ヒト試験の追加参加者1名の登録をお願いいたします。
同意書の原本は本日発送しました。

　氏名：{_p.name}（{_p.kana}）
　生年月日：{wareki(_p.dob, 4)}
　健康保険証：保険者番号 06139012　記号 523　番号 417
　連絡先：{_p.tel}

検査機関への予約はそちらでお願いできますと幸いです。
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="試験参加者の健康保険証の記号・番号を外部の試験会社へ")

_p = take(1)[0]
add(expect="stop", sender=HORIGUCHI, to=["あおぞら社労士法人 倉田様 <kurata@aozora-sr.jp>"],
    charset="iso-2022-jp",
    subject="イベントMC 短期雇用に伴う資格取得届のお願い",
    body=f"""社会保険労務士法人あおぞら
倉田先生

いつもお世話になっております。日の出産業 販売促進部の堀口です。
夏のサンプリングイベント（7/19～8/31）のMCとして短期雇用する方について、
雇用保険の資格取得手続きをお願いしたく、情報をお送りします。

　氏名：{_p.name}
　生年月日：{wareki(_p.dob, 1)}
　住所：{_p.zip} {_p.addr}
　基礎年金番号：{_random.Random(f'{SEED}-nenkin').randint(1000, 9999)}-{_random.Random(f'{SEED}-nenkin2').randint(100000, 999999)}
　週所定労働時間：24時間

雇用契約書の写しは別途郵送いたします。
{SIG_HORIGUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="短期雇用者の基礎年金番号・生年月日・住所を社労士事務所へ")

_p = take(1)[0]
_cn = new_card_number()
add(expect="stop", sender=TAKANASHI, to=[FULFILL], charset="utf-8",
    subject="FAX申込分（定期便お試し）のデータ化PDF",
    body=f"""三好様

お世話になっております。高梨です。
FAXで届いた定期便お試しキャンペーンの申込書をPDFにしました。
受注登録をお願いいたします（1件）。
{SIG_TAKANASHI}""",
    attachments=[{"kind": "pdf", "name": "FAX申込書_0611_No27.pdf", "lines": [
        "定期便お試しキャンペーン 申込書（FAX受付 No.27）", "",
        f"お名前：{_p.name}（{_p.kana}）", f"ご住所：〒{_p.zip} {_p.addr}",
        f"お電話：{_p.tel}", "お支払方法：クレジットカード",
        f"カード番号：{_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}", "有効期限：11/28",
        "コース：毎月お届け（初回500円）"]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="PDF化した申込書にカード番号：発送代行へ")

_p = take(1)[0]
_mn = new_my_number()
add(expect="stop", sender=ODAGIRI, to=["みなと会計 相原先生 <aihara@minato-tax.jp>"], charset="shift_jis",
    subject="モニター謝礼（年間50万円超）の支払調書について",
    body=f"""税理士法人みなと会計
相原先生

いつもお世話になっております。日の出産業の小田切です。
長期モニターとしてご協力いただいた方への謝礼が年間50万円を超えましたので、
支払調書の提出が必要かと存じます。ご本人の情報は以下のとおりです。

　氏名：{_p.name}
　住所：{fw(_p.zip)}　{_p.addr}
　個人番号：{fw(_mn[:4])}　{fw(_mn[4:8])}　{fw(_mn[8:])}
　年間支払額：５４０，０００円

区分（報酬か雑所得か）についてもご助言いただけますと幸いです。
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="モニター1名のマイナンバー（全角・空白区切り）を税理士事務所へ")

# =======================================================================================
# STOP — 要配慮個人情報（一人でも）
# =======================================================================================
_p = take(1)[0]
add(expect="stop", sender=ODAGIRI, to=[RESLAB], charset="iso-2022-jp",
    subject="Re: 血糖値サポート茶 モニター 参加可否のご相談",
    body=f"""野々村様

お世話になっております。小田切です。
1点ご相談です。応募者No.0412の{_p.name}様（{_p.age}歳）から、事務局あてに
「2型糖尿病で通院中、現在インスリン治療を受けているが参加してよいか」との
お問い合わせがありました。
主治医の許可があれば参加可とするか、今回は対象外とするか、
試験設計上のご判断をいただけますでしょうか。
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="モニター応募者1名の病名・治療内容（要配慮個人情報）を調査会社へ")

_p = take(1)[0]
add(expect="stop", sender=SAEKI, to=[SAKURA], charset="utf-8",
    subject="当選者ご招待イベント　ご来場者への配慮のお願い",
    body=f"""さくらホテル
松永様

いつもお世話になっております。日の出産業の佐伯です。
9/6（土）の当選者ご招待ランチ会について、1点ご相談です。

ご招待する{_p.name}様は車椅子をご利用で、身体障害者手帳（1種2級）をお持ちとのことです。
介助の方（ご家族）1名が同伴されます。
お席は出入口に近い場所をご用意いただき、多目的トイレの位置をご案内いただけますでしょうか。
当日のご連絡先はご本人の携帯（{_p.tel}）です。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="当選者1名の障害の情報（要配慮個人情報）と連絡先をホテルへ")

_p = take(1)[0]
add(expect="stop", sender=OKANO, to=[ADPLANET], charset="shift_jis",
    subject="FW: アンケート自由記述への個別返信について",
    body=f"""林田様

お世話になっております。岡野です。
下記の自由記述について、返信文面を一緒に考えていただけないでしょうか。
お客様にとても丁寧に書いていただいたので、定型文ではなく個別にお返事したいと考えています。

-----Forwarded Message-----
From: アンケートシステム <noreply@hinode-sangyo.co.jp>
Subject: [自由記述] 回答ID 50218

回答者：{_p.name}（{_p.email}）
Q8 ご意見・ご感想：
乳がんの抗がん剤治療中で肌がとても敏感になっています。御社の低刺激ボディソープは
しみずに使える数少ない商品で、本当に助かっています。治療が終わるまで続けたいので、
どうか販売終了にしないでください。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="アンケート回答者の病歴（治療中）を氏名・メール付きで代理店へ転送")

_p = take(1)[0]
add(expect="stop", sender=OKANO, to=["スタジオルミエール 柴崎様 <shibasaki@studio-lumiere.co.jp>"],
    charset="utf-8",
    subject="8/4 撮影 出演者さまへのご配慮事項",
    body=f"""スタジオルミエール
柴崎様

お世話になっております。日の出産業の岡野です。
8/4のスチール撮影に出演いただくアイシャ・ラフマンさん（本名 {_p.name} として登録）について、
事前にお伝えしておきたい点があります。

・ご本人はイスラム教徒のため、ケータリングはハラール対応のものをご用意ください
・12:30頃と15:30頃にお祈りの時間（各15分程度）を確保してください
・ヘアメイク時はスカーフを外すため、女性スタッフのみでの対応をお願いします

ご不明点があればお知らせください。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="出演者1名の信仰（要配慮個人情報）を撮影会社へ")

_p = take(1)[0]
add(expect="stop", sender=HORIGUCHI, to=[TOHO], charset="iso-2022-jp",
    subject="【至急】秋キャンペーン起用予定者の件",
    body=f"""東邦広告社
岡村様

お世話になっております。堀口です。
秋キャンペーンで起用予定だった{_p.name}氏（活動名 {_p.mei_r.upper()}）について、
昨日、酒気帯び運転の容疑で逮捕されたとの情報が弊社に入りました。
まだ報道はされていませんが、起用は見合わせる方向で社内調整しています。
代替候補のご提案と、制作済みビジュアルの差し替えスケジュールを至急ご相談させてください。
{SIG_HORIGUCHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="起用予定者の逮捕情報（要配慮個人情報）を広告代理店へ")

_p = take(3)
_s = [["睡眠サポートサプリ モニター 事前健診結果（抜粋）"],
      ["氏名", "年齢", "血圧(mmHg)", "γ-GTP", "HbA1c", "既往歴・服薬"]]
_hx = [("142/94", 88, "6.1", "高血圧（降圧剤服用中）"), ("118/76", 24, "5.4", "なし"),
       ("131/85", 61, "5.9", "うつ病（寛解・通院中）")]
for p, h in zip(_p, _hx):
    _s.append([p.name, p.age, h[0], h[1], h[2], h[3]])
add(expect="stop", sender=ODAGIRI, to=[CMR], charset="utf-8",
    subject="睡眠サプリ モニター 事前健診結果（3名）",
    body=f"""栗原様

お世話になっております。小田切です。
睡眠サポートサプリのモニター3名の事前健診結果をお送りします。
組入れ基準に照らしてご判断いただけますでしょうか。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "xlsx", "name": "事前健診結果_3名.xlsx", "sheets": {"健診結果": _s}}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="3名の健診結果・既往歴（要配慮個人情報）のXLSXを外部へ：人数が少なくても停止")

_p = take(1)[0]
add(expect="stop", sender=TAKANASHI, to=[LOGIPACK], charset="shift_jis",
    subject="当選者1件 配送方法変更のお願い（局留め）",
    body=f"""ロジパック　大貫様

お世話になっております。事務局の高梨です。
7/3発送予定分のうち、{_p.name}様の1件について配送方法の変更をお願いします。

ご本人から、ストーカー被害に遭っており警察に相談中のため、自宅への配送は避けて
郵便局留めにしてほしいとのご要望がありました。
送り状の差出人欄にも品名にも、キャンペーン名は記載しないでください。

　受取局：中野郵便局 留め
　ご本人連絡先：{_p.tel}

大変恐縮ですが、ご対応のほどよろしくお願いいたします。
{SIG_TAKANASHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="当選者1名が犯罪被害者である旨（要配慮個人情報）を発送代行へ")

# =======================================================================================
# STOP — 3者以上の外部宛先が互いに見える（To/Cc）
# =======================================================================================
add(expect="stop", sender=OKANO,
    to=["ゆうか <yuka.kitchen.diary@gmail.com>", "みなみ <minami_0925@icloud.com>",
        "Kenta Outdoor <kenta.camp.life@yahoo.co.jp>", "saki_mama_days@outlook.jp"],
    charset="utf-8",
    subject="【日の出産業】新商品PRのご協力のお願い（7月投稿分）",
    body=f"""インフルエンサーの皆さま

はじめまして。日の出産業株式会社 デジタルマーケティング課の岡野と申します。
このたび、7月発売の新商品「ふわっと泡ハンドソープ」のPR投稿についてご協力をお願いしたく、ご連絡いたしました。

■ご依頼内容：Instagram フィード投稿1回＋ストーリーズ2回
■投稿期間：7月10日～7月20日
■謝礼：商品一式＋50,000円（税別）

ご興味をお持ちいただけましたら、6/20（金）までにご返信ください。
詳細資料をお送りします。
{SIG_OKANO}""",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="個人のインフルエンサー4名をToに並べて送信：互いのアドレスが見える（Bccにすべき）")

add(expect="stop", sender=HORIGUCHI, to=[ADPLANET, TOHO, BRIGHT], charset="iso-2022-jp",
    subject="2026年度 ブランドキャンペーン 競合プレゼン オリエンのご案内",
    body=f"""株式会社アドプラネット　林田様
株式会社東邦広告社　岡村様
Brightwave Marketing　Grant様

お世話になっております。日の出産業の堀口です。
2026年度ブランドキャンペーンの企画提案（競合プレゼン）について、
オリエンテーションを下記のとおり実施いたします。

　日時：6月24日（火）14:00～15:30
　場所：弊社本社 8F 大会議室（オンライン参加可）
　提案締切：7月25日（金）

ご出席者のお名前を6/20までにご返信ください。
{SIG_HORIGUCHI}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="競合する広告代理店3社を同じToに：互いに見える（3者以上の外部）")

add(expect="stop", sender=TAKANASHI,
    to=["kaori.hasebe@docomo.ne.jp", "t-onodera1972@ezweb.ne.jp", "mitarai_neko3@yahoo.co.jp"],
    cc=["hiroto.kubota@gmail.com", "jun.aimono@softbank.ne.jp"], charset="shift_jis",
    subject="【当選のお知らせ】秋の味覚プレゼントキャンペーン",
    body=f"""この度は「秋の味覚プレゼントキャンペーン」にご応募いただき、誠にありがとうございました。
厳正なる抽選の結果、C賞（新米5kg）にご当選されましたのでお知らせいたします。

賞品のお届け先を確認させていただきたく、10月20日（月）までに本メールへご返信のうえ、
お名前・ご住所・お電話番号をお知らせください。
期限までにご返信がない場合は、当選を無効とさせていただくことがございます。
{SIG_TAKANASHI}""",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="当選者5名（個人・携帯キャリア/フリーメール）をTo/Ccに並べて当選通知：Bcc漏れ")

add(expect="stop", sender=SAEKI, to=[LOGIPACK], cc=[NISHIKI, AOBA, ADPLANET], charset="iso-2022-jp",
    subject="冬の大感謝祭キャンペーン 関係各社キックオフのご案内",
    body=f"""関係各社ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
冬の大感謝祭キャンペーンのキックオフミーティングを下記のとおり開催いたします。

　日時：10月3日（金）10:00～11:30
　場所：オンライン（Teams URLは前日にお送りします）
　議題：全体スケジュール、告知物入稿、景品入庫・発送フロー

ご出席者を9/30までにお知らせください。
{SIG_SAEKI}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="外部4社（発送代行・印刷・運送・代理店）をTo/Ccに：3者以上が互いに見える")

# =======================================================================================
# STOP — 似たドメイン
# =======================================================================================
add(expect="stop", sender=MURASE, to=["塩見様 <shiomi@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    subject="店頭ポスター（B2）初校戻し",
    body=f"""錦印刷株式会社
塩見様

お世話になっております。村瀬です。
店頭ポスターB2の初校を確認しました。修正点は以下の3点です。

１．キャッチコピー「毎日にごほうびを」の級数を2段階アップ
２．応募締切「9月30日（火）」→「9月30日（火）当日消印有効」
３．右下の商品画像を差し替え（新画像は本日中にお送りします）

再校は9/5（金）でお願いいたします。
{SIG_MURASE}""",
    detectors=["lookalike_domain"],
    note="宛先 nishiki-insatu.co.jp はパートナー nishiki-insatsu.co.jp の一字抜け：似たドメイン")

add(expect="stop", sender=HORIGUCHI, to=["村瀬 由紀 <murase.yuki@hinode-sangyou.co.jp>"], charset="shift_jis",
    subject="下期販促予算（案）の共有",
    body=f"""村瀬さん

お疲れさまです。堀口です。
下期の販促予算案を添付します。キャンペーン別の配分を見ておいてください。
金曜の部会で説明するので、気になる点があれば木曜中に。
{SIG_HORIGUCHI}""",
    attachments=[{"kind": "xlsx", "name": "下期販促予算案.xlsx", "sheets": {"予算": [
        ["キャンペーン", "媒体費", "景品費", "発送費", "事務局費", "計"],
        ["秋の味覚", 4200000, 3100000, 820000, 650000, 8770000],
        ["冬の大感謝祭", 6800000, 5200000, 1350000, 980000, 14330000],
        ["SNSフォロー施策", 1200000, 600000, 180000, 0, 1980000]]}}],
    detectors=["lookalike_domain"],
    note="社内の同僚宛のつもりが hinode-sangyou.co.jp（自社ドメインの一字追加）：似たドメイン")

add(expect="stop", sender=TAKANASHI, to=["青葉運輸 集荷センター <shuka@aoba-unyu.jp>"], charset="utf-8",
    subject="集荷依頼（7/10 午後・景品 42個口）",
    body=f"""青葉運輸株式会社
集荷センター ご担当者様

いつもお世話になっております。日の出産業キャンペーン事務局の高梨です。
下記のとおり集荷をお願いいたします。

　集荷日時：7月10日（木）14:00～16:00
　集荷先：日の出産業 江東倉庫（東京都江東区新木場2-7-4）
　個口数：42個口（80サイズ）
　備考：送り状は弊社で発行済み

よろしくお願いいたします。
{SIG_TAKANASHI}""",
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp はパートナー aoba-unyu.co.jp の「co.」抜け：似たドメイン")

add(expect="stop", sender=SAEKI, to=["北国フーズ 営業部 工藤様 <kudo@kitaguni-food.co.jp>"],
    charset="iso-2022-jp",
    subject="共同キャンペーン 景品在庫の確認",
    body=f"""北国フーズ株式会社
営業部　工藤様

いつもお世話になっております。日の出産業の佐伯です。
北国グルメフェアの景品（海鮮詰め合わせ）について、追加当選分として
20セットの在庫確保をお願いできますでしょうか。
出荷は前回同様、ロジパック様の倉庫あてでお願いいたします。
{SIG_SAEKI}""",
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp はパートナー kitaguni-foods.co.jp の一字抜け：似たドメイン")

_idn = "tsubаsa-system.jp".encode("idna").decode("ascii")  # 「а」はキリル文字
add(expect="stop", sender=OKANO, to=[f"ツバサシステム 開発部 <dev-support@{_idn}>"], charset="utf-8",
    subject="キャンペーン応募フォーム 改修依頼",
    body=f"""ツバサシステム株式会社
開発部 ご担当者様

お世話になっております。日の出産業の岡野です。
秋の味覚キャンペーンの応募フォームについて、以下の改修をお願いします。

1. 郵便番号入力後の住所自動補完が建物名まで上書きしてしまう不具合の修正
2. 応募完了画面に「当選者の発表は賞品の発送をもって代えさせていただきます」の文言を追加
3. 締切日時を 2025/10/13 23:59 に変更

リリースは10/1希望です。
{SIG_OKANO}""",
    detectors=["lookalike_domain"],
    note="宛先は tsubasa-system.jp の「a」をキリル文字にした IDN（xn--）：ホモグリフの似たドメイン")

# =======================================================================================
# STOP — 機密区分の表示
# =======================================================================================
add(expect="stop", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="2026春 新商品ローンチ キャンペーン企画書（社内検討版）",
    body=f"""林田様

お世話になっております。小田切です。
来週の打合せ用に、社内検討中の企画書をお送りします。
数字はまだ確定前ですので、参考としてご覧ください。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pptx", "name": "2026春ローンチ企画書_社内検討版.pptx", "page_footer": "社外秘",
                  "slides": [["【社外秘】2026春 新商品ローンチ キャンペーン企画", "ブランド戦略課 2025.06"],
                             ["ターゲット", "30～40代 共働き世帯", "時短・まとめ買いニーズ"],
                             ["施策", "TVCM（関東・関西）", "SNS UGCキャンペーン", "店頭サンプリング"],
                             ["予算（案）", "総額 2.4億円", "うち媒体費 1.6億円"]]}],
    detectors=["confidential_marking"],
    note="添付PPTXに「社外秘」のフッター・表題：機密区分の表示付き資料を社外へ")

add(expect="stop", sender=HORIGUCHI, to=[KOYO], charset="iso-2022-jp",
    subject="【極秘】新商品パッケージ 先行印刷のご相談",
    body=f"""光陽プリント株式会社
宮内様

■取扱区分：極秘（発売発表 2025/11/4 まで）

お世話になっております。堀口です。
11月発売の新商品パッケージについて、先行で色校正をお願いしたくご連絡しました。
商品名・デザインは発表前のため、貴社内でも関係者限りでのお取扱いをお願いいたします。

　品名（仮）：HS-2511 ボタニカルシリーズ 詰替用
　色校：9月第2週
　本機：10月第1週

デザインデータは別途ストレージでお渡しします。
{SIG_HORIGUCHI}""",
    detectors=["confidential_marking"],
    note="件名と本文冒頭に【極秘】の取扱区分：機密区分の表示")

add(expect="stop", sender=MUTO, to=[BRIGHT], charset="utf-8",
    subject="Q3 media plan and budget split",
    body=f"""Hi Olivia,

Please find attached the Q3 media plan with the budget split by channel, as requested.
The figures are final as of today's steering meeting.
{SIG_MUTO}""",
    attachments=[{"kind": "xlsx", "name": "Q3_media_plan_v3.xlsx", "page_header": "CONFIDENTIAL",
                  "sheets": {"Plan": [["CONFIDENTIAL - Hinode Sangyo internal use only"], [],
                                      ["Channel", "Jul", "Aug", "Sep", "Total (JPY)"],
                                      ["TV spot", 18000000, 22000000, 12000000, 52000000],
                                      ["Digital video", 6500000, 7000000, 6000000, 19500000],
                                      ["Social", 3200000, 3500000, 3100000, 9800000],
                                      ["OOH", 0, 4800000, 0, 4800000]]}}],
    detectors=["confidential_marking"],
    note="XLSX with a CONFIDENTIAL page header and classification row sent to an agency")

add(expect="stop", sender=OKANO, to=[INFNEXT], charset="shift_jis",
    subject="秋案件 キャスティング条件のご共有",
    body=f"""芦田様

お世話になっております。岡野です。
秋案件のキャスティング条件（NG条件・報酬上限を含む）をまとめました。
候補リストのご提案時にご参照ください。
{SIG_OKANO}""",
    attachments=[{"kind": "docx", "name": "秋案件_キャスティング条件.docx", "page_header": "部外秘",
                  "paragraphs": ["秋案件 キャスティング条件", "区分：部外秘",
                                 "1. 競合（トイレタリー大手3社）との契約が過去12か月にないこと",
                                 "2. 報酬上限：フォロワー10万人未満 30万円、10万人以上 80万円",
                                 "3. 炎上歴のある方は不可"]}],
    detectors=["confidential_marking"],
    note="DOCXのヘッダーに「部外秘」：区分表示のある文書をキャスティング会社へ")

add(expect="stop", sender=SAEKI, to=[FULFILL], charset="utf-8",
    subject="景品原価・契約単価表（年間契約更新用）",
    body=f"""三好様

お世話になっております。佐伯です。
年間契約の更新に向けて、景品の原価と契約単価の一覧をPDFでお送りします。
ご確認のうえ、保管料の改定案をお知らせいただけますと幸いです。
{SIG_SAEKI}""",
    attachments=[{"kind": "pdf", "name": "景品原価_契約単価表_2025.pdf", "page_footer": "取扱注意",
                  "lines": ["景品原価・契約単価表（2025年度）", "取扱注意"],
                  "table": [["品番", "品名", "原価", "保管料/月", "出荷作業料"],
                            ["HP-A01", "ホットプレート", "8,200", "120", "380"],
                            ["CB-B02", "保冷バッグ", "640", "15", "160"],
                            ["BT-G15", "入浴剤ギフト", "1,150", "20", "160"]]}],
    detectors=["confidential_marking"],
    note="PDFの各ページフッターに「取扱注意」：区分表示のある資料を社外へ")

# =======================================================================================
# STOP — 読めない添付（暗号化・破損）
# =======================================================================================
_p = take(12)
add(expect="stop", sender=TAKANASHI, to=[LOGIPACK], charset="iso-2022-jp",
    subject="【パスワード付】第4回抽選分 発送リスト",
    body=f"""ロジパック　大貫様

お世話になっております。事務局の高梨です。
第4回抽選分の発送リストをパスワード付きzipでお送りします。
パスワードは別メールにてお知らせいたします。
{SIG_TAKANASHI}""",
    attachments=[{"kind": "zip", "name": "hassou_list_4th.zip", "password": "Hn4-cp2025",
                  "files": [{"kind": "csv", "name": "hassou_list_4th.csv", "encoding": "cp932",
                             "rows": [["氏名", "郵便番号", "住所", "電話"]] +
                                     [[p.name, p.zip, p.addr, p.tel] for p in _p]}]}],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）：中身を検査できない")

add(expect="stop", sender=ODAGIRI, to=[ADPLANET], charset="shift_jis",
    subject="ブランド認知調査 報告書（保護PDF）",
    body=f"""林田様

お世話になっております。小田切です。
ブランド認知調査の報告書をお送りします。
社内規程によりPDFに閲覧パスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pdf", "name": "ブランド認知調査報告書_2025.pdf", "password": "adp0618",
                  "lines": ["ブランド認知調査 報告書", "純粋想起 12.4%（前年比 +2.1pt）",
                            "助成想起 58.9%（前年比 +4.6pt）"]}],
    detectors=["unscannable_attachment"],
    note="閲覧パスワード付きPDF：検査できない添付")

add(expect="stop", sender=MURASE, to=[NISHIKI], charset="utf-8",
    subject="再校正戻し（売場POP一式）",
    body=f"""塩見様

お世話になっております。村瀬です。
売場POP一式の再校正戻しをExcelでお送りします。赤字はシートごとに記載しています。
{SIG_MURASE}""",
    attachments=[{"kind": "corrupt", "name": "POP再校戻し_0829.xlsx"}],
    detectors=["unscannable_attachment"],
    note="破損したXLSX：開けない添付")

add(expect="stop", sender=SAEKI, to=[TOHO], charset="iso-2022-jp",
    subject="新聞折込チラシ 原稿（修正版）",
    body=f"""岡村様

お世話になっております。佐伯です。
先ほどお電話でお話しした修正を反映した原稿をお送りします。
ご確認のほどよろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "corrupt", "name": "折込チラシ原稿_修正版.docx"}],
    detectors=["unscannable_attachment"],
    note="破損したDOCX：中身を検査できない")

_p = take(9)
add(expect="stop", sender=MUTO, to=[NORTHSTAR], charset="utf-8",
    subject="Encrypted: winners data for the APAC draw",
    body=f"""Hi Daniel,

Attached is the encrypted archive with the Japan entries for the APAC draw.
I will send the password in a separate e-mail, as agreed with your IT team.
{SIG_MUTO}""",
    attachments=[{"kind": "zip", "name": "JP_entries_APAC_draw.zip", "password": "N0rth-JP-0715",
                  "files": [{"kind": "xlsx", "name": "JP_entries.xlsx",
                             "sheets": {"Entries": [["Name", "E-mail", "Phone"]] +
                                        [[p.romaji, p.email, p.tel] for p in _p]}}]}],
    detectors=["unscannable_attachment"],
    note="Password-protected ZIP sent to an overseas agency: the attachment cannot be inspected")

# =======================================================================================
# PASS — 通常の業務メール（免責文・NDA・事業者一覧・署名・価格表・番号類）
# =======================================================================================
add(expect="pass", sender=SAEKI, to=[ADPLANET], charset="iso-2022-jp",
    subject="夏キャンペーン 制作スケジュールのご確認",
    body=f"""株式会社アドプラネット
林田様

いつもお世話になっております。日の出産業の佐伯です。
先日のお打合せで決まった制作スケジュールを整理しました。ご確認をお願いいたします。

　6/13（金）　キービジュアル初稿
　6/20（金）　LP・バナー一式 初稿
　6/27（金）　最終校了
　7/1（火）　キャンペーン開始

変更がある場合はお早めにお知らせください。
{SIG_SAEKI}
{DISC_JP}""",
    note="通常の制作スケジュール連絡。末尾の「機密情報が含まれている場合があります」は定型の免責文")

add(expect="pass", sender=MUTO, to=[BRIGHT], charset="utf-8",
    subject="Creative review timeline for the autumn campaign",
    body=f"""Hi Olivia,

Thank you for the first round of concepts. Our brand team will review them on Thursday,
and I will come back to you with consolidated feedback by Friday 6pm JST.

Could you also share the production estimate for the 15-second cut-down?
{SIG_MUTO}

{DISC_EN}""",
    note="Ordinary creative review mail with the standard English confidentiality disclaimer")

add(expect="pass", sender=SAEKI, to=["はこぶねロジ 営業部 野口様 <noguchi@hakobune-logi.co.jp>"],
    charset="shift_jis",
    subject="秘密保持契約書（案）のご送付",
    body=f"""株式会社はこぶねロジ
営業部　野口様

お世話になっております。日の出産業の佐伯です。
先日はお時間をいただきありがとうございました。
景品発送業務のお見積りに先立ち、秘密保持契約を締結させていただきたく、
弊社ひな形をお送りします。修正のご希望があれば変更履歴でお知らせください。
{SIG_SAEKI}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ひな形_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社はこぶねロジ（以下「乙」という。）は、"
                                 "甲の景品発送業務の委託検討に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した情報をいう。",
                                 "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                                 "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    note="NDAのひな形を送る通常の取引メール：秘密保持の話題であって区分表示ではない")

add(expect="pass", sender=OKANO, to=[INFNEXT], charset="iso-2022-jp",
    subject="機密保持契約の範囲について（インフルエンサーへの情報開示）",
    body=f"""芦田様

お世話になっております。岡野です。
新商品の発表前PRについて、弊社法務から質問がありましたのでご確認させてください。

貴社と弊社の間では昨年4月に機密保持契約を締結済みですが、発表前の商品情報を
所属インフルエンサーの方にお伝えする場合、その方々とも個別に秘密保持の誓約を
いただく運用になっていますでしょうか。
もし貴社のひな形があれば、参考に拝見できますと幸いです。
{SIG_OKANO}""",
    note="機密保持契約についての相談：NDAの話題は区分表示ではない")

_shops = [("スーパーきたぐに 札幌桑園店", "北海道札幌市中央区北八条西15-28", "011-611-4020"),
          ("スーパーきたぐに 旭川永山店", "北海道旭川市永山3条19-4-1", "0166-47-3310"),
          ("フレッシュマートみなと 函館本町店", "北海道函館市本町22-6", "0138-51-7788"),
          ("ひまわり食品館 青森浜田店", "青森県青森市浜田2-9-1", "017-739-0212"),
          ("ひまわり食品館 八戸沼館店", "青森県八戸市沼館4-7-112", "0178-45-9031"),
          ("マルシェいわて 盛岡南店", "岩手県盛岡市津志田西2-17-50", "019-637-5505"),
          ("せんだいフードマーケット 長町店", "宮城県仙台市太白区長町7-20-3", "022-304-8871"),
          ("せんだいフードマーケット 泉中央店", "宮城県仙台市泉区泉中央1-4-1", "022-771-6630")]
add(expect="pass", sender=SAEKI, to=["北国フーズ 営業部 工藤様 <kudo@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="北国グルメフェア 店頭POP設置店舗のご連絡",
    body=f"""北国フーズ株式会社
営業部 工藤様

いつもお世話になっております。日の出産業の佐伯です。
北国グルメフェアの店頭POPを設置いただく店舗が確定しましたのでお知らせします。
貴社営業ご担当の方の巡回の際にご活用ください。

""" + "\n".join(f"・{n}\n　{a}　TEL {t}" for n, a, t in _shops) + f"""

POPの納品は各店舗へ錦印刷様から直送となります。
{SIG_SAEKI}""",
    note="協賛店舗（事業所）の住所・代表電話の一覧：人の一覧ではない")

add(expect="pass", sender=MURASE, to=[KOYO], charset="shift_jis",
    subject="POP配送先（ドラッグストア12店舗）一覧",
    body=f"""宮内様

お世話になっております。村瀬です。
売場POPの配送先店舗一覧をお送りします。各店舗の店長あてで配送をお願いします。
{SIG_MURASE}""",
    attachments=[{"kind": "xlsx", "name": "POP配送先店舗一覧.xlsx", "sheets": {"配送先": [
        ["売場POP 配送先店舗一覧（2025年9月）"],
        ["店舗コード", "店舗名", "郵便番号", "住所", "店舗電話", "POP数"],
        ["D-1021", "ドラッグはなまる 荻窪駅前店", "167-0043", "東京都杉並区上荻1-9-3", "03-3391-2210", 3],
        ["D-1035", "ドラッグはなまる 三鷹北口店", "180-0006", "東京都武蔵野市中町1-12-8", "0422-55-1180", 2],
        ["D-1102", "ドラッグはなまる 川崎銀柳街店", "210-0023", "神奈川県川崎市川崎区小川町4-1", "044-222-7395", 3],
        ["D-1140", "ドラッグはなまる 大宮東口店", "330-0802", "埼玉県さいたま市大宮区宮町1-38", "048-641-6021", 2],
        ["D-1188", "ドラッグはなまる 船橋本町店", "273-0005", "千葉県船橋市本町4-3-5", "047-433-9812", 2],
        ["D-1201", "ドラッグはなまる 柏二番街店", "277-0005", "千葉県柏市柏1-5-10", "04-7164-3301", 2],
        ["D-1233", "ドラッグはなまる 町田中央店", "194-0013", "東京都町田市原町田6-8-1", "042-726-5540", 3],
        ["D-1250", "ドラッグはなまる 立川南口店", "190-0023", "東京都立川市柴崎町3-2-1", "042-529-7716", 2],
        ["D-1277", "ドラッグはなまる 藤沢駅南店", "251-0055", "神奈川県藤沢市南藤沢2-1-3", "0466-27-4402", 2],
        ["D-1290", "ドラッグはなまる 横須賀中央店", "238-0008", "神奈川県横須賀市大滝町2-6", "046-825-1193", 2],
        ["D-1312", "ドラッグはなまる 水戸南口店", "310-0015", "茨城県水戸市宮町1-7-33", "029-227-6650", 1],
        ["D-1340", "ドラッグはなまる 宇都宮駅東店", "321-0965", "栃木県宇都宮市川向町1-23", "028-638-2271", 1]]}}],
    note="店舗（事業所）の住所・電話のXLSX：人の一覧ではない")

add(expect="pass", sender=SAEKI, to=["ひかり旅行 法人営業 今泉様 <imaizumi@hikari-travel.co.jp>"],
    charset="iso-2022-jp",
    subject="当選者ご招待イベント 会場候補ホテルの件",
    body=f"""ひかり旅行
今泉様

お世話になっております。佐伯です。
来春の当選者ご招待イベント（約60名・ランチ形式）について、会場候補を社内で絞りました。
各ホテルへの空き状況の確認をお願いできますでしょうか。

　1. ホテル海風 横浜　　　　　 045-222-8100（宴会予約）
　2. 東京ベイコートホテル　　　03-5530-1211（代表）
　3. さくらホテル 日本橋　　　 03-3270-6601（宴会部）
　4. グランドパレス大宮　　　　048-643-5500（代表）
　5. ホテルみなと神戸　　　　　078-321-0771（宴会予約）

希望日は3/14（土）または3/21（土）です。
{SIG_SAEKI}""",
    note="ホテル（事業者）の代表・宴会電話の一覧：人の一覧ではない")

add(expect="pass", sender=SAEKI, to=[FULFILL], charset="utf-8",
    subject="冬の大感謝祭 景品単価表・品番一覧",
    body=f"""三好様

お世話になっております。佐伯です。
冬の大感謝祭の景品について、品番と単価の一覧をお送りします。入庫予定数も併記しています。

品番        JANコード        品名                      単価(税別)  入庫数
----------  ---------------  ------------------------  ----------  ------
WG-A10      4901234567894    電気ケトル（1.0L）           4,980      30
WG-B21      4901234567900    ブランケット（ネイビー）     1,850     120
WG-C33      4901234567917    ハンドソープ3本セット          780     600
WG-W01      4901234567924    QUOカード 1,000円分          1,000     300

入庫は11/10（月）、江東倉庫からの横持ちとなります。
{SIG_SAEKI}""",
    note="景品の品番・JAN・単価の一覧：価格表・製品コードのみ")

_trk = [[f"WIN-2025-{3000 + i}", ["A賞", "B賞", "C賞"][i % 3], "青葉運輸",
         f"{_random.Random(f'{SEED}-trk-{i}').randint(10**11, 10**12 - 1)}", f"2025/07/{3 + i % 4:02d}"]
        for i in range(15)]
add(expect="pass", sender=TAKANASHI, to=[CPSUP], charset="shift_jis",
    subject="7月発送分 伝票番号一覧（問い合わせ対応用）",
    body=f"""キャンペーンサポート 事務局 ご担当者様

お世話になっております。高梨です。
7月発送分の伝票番号一覧を添付します。お問い合わせの際は当選者IDで照合してください。
（個人情報は含めておりません）
{SIG_TAKANASHI}""",
    attachments=[{"kind": "csv", "name": "denpyo_202507.csv", "encoding": "cp932",
                  "rows": [["当選者ID", "賞", "運送会社", "伝票番号", "発送日"]] + _trk}],
    note="当選者IDと追跡番号だけのCSV：個人のデータは含まれない")

# 返信：引用部分（> 行）にだけ当選者リスト
_p = take(6)
_q = "\n".join(f"> {p.name}　{p.zip}　{p.addr}　{p.tel}" for p in _p)
add(expect="pass", sender=SAEKI, to=[LOGIPACK], charset="iso-2022-jp",
    subject="Re: 【北国グルメフェア】A賞 発送完了のご報告",
    body=f"""大貫様

ご報告ありがとうございます。佐伯です。
6件とも出荷完了とのこと、承知いたしました。
北国フーズ様にも完了の旨をお伝えしておきます。引き続きよろしくお願いいたします。

佐伯

> 日の出産業 佐伯様
>
> お世話になっております。ロジパックの大貫です。
> 下記6件、本日出荷いたしました。伝票番号は追ってご連絡します。
>
{_q}
>
> 以上、よろしくお願いいたします。""",
    note="返信で新しい本文は御礼のみ。当選者の一覧は「>」の引用部分（相手が送ったもの）だけ")

_p = take(1)[0]
add(expect="pass", sender=ODAGIRI, to=[RESLAB], charset="shift_jis",
    subject="RE: モニター参加者の体調に関するご報告",
    body=f"""野々村様

ご報告ありがとうございます。小田切です。
該当の方は今回のモニターから外していただき、謝礼は規定どおりお支払いする形で問題ありません。
ご本人へのご連絡もお任せしてよろしいでしょうか。

小田切

-----Original Message-----
From: 野々村 <nonomura@research-lab-tokyo.co.jp>
Sent: Wednesday, July 9, 2025 11:20 AM
To: 小田切 梨沙 <odagiri.risa@hinode-sangyo.co.jp>
Subject: モニター参加者の体調に関するご報告

小田切様

お世話になっております。リサーチラボ東京の野々村です。
モニター参加者の{_p.name}様（{_p.tel}）より、妊娠がわかり、
また喘息の持病で通院を再開したため参加を辞退したいとのご連絡がありました。
いかがいたしましょうか。""",
    note="要配慮情報は Original Message の引用部分（相手自身が書いたもの）だけで、新しい本文にはない")

_p = take(5)
_q = "\n".join(f"> - {p.romaji}, {p.email}" for p in _p)
add(expect="pass", sender=MUTO, to=[NORTHSTAR], charset="utf-8",
    subject="Re: Bounced prize notifications (5)",
    body=f"""Hi Daniel,

Thanks for flagging these. I'll ask our campaign office to check the entry forms
for typos and get back to you with corrected addresses by Wednesday.

Erika

On Mon, 14 Jul 2025 at 17:05, Daniel Reyes <daniel.reyes@northstar-promo.com> wrote:
> Hi Erika,
>
> The prize notifications to the following Japan winners bounced:
>
{_q}
>
> Could you double-check them?
> Daniel""",
    note="Reply: the five e-mail addresses are only in the quoted text the partner sent")

# =======================================================================================
# PASS — 社内宛のみ（何を含んでいても）
# =======================================================================================
_p = take(14)
_s = [["秋の味覚キャンペーン 当選者一覧（確定版）"], [],
      ["No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メール", "賞"]]
_s += [[i, p.name, p.kana, p.zip, p.addr, p.tel, p.email, ["A賞", "B賞", "C賞"][i % 3]] for i, p in enumerate(_p, 1)]
add(expect="pass", sender=TAKANASHI, to=[HORIGUCHI], cc=[SAEKI], charset="utf-8",
    subject="秋の味覚キャンペーン 当選者一覧（確定版）",
    body=f"""堀口課長
（cc: 佐伯さん）

お疲れさまです。高梨です。
秋の味覚キャンペーンの当選者一覧（確定版・14名）を添付します。
ご承認いただければ、明日ロジパックさんへ発送データを送ります。
{SIG_TAKANASHI}""",
    attachments=[{"kind": "xlsx", "name": "秋の味覚_当選者一覧_確定版.xlsx", "sheets": {"当選者": _s}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    note="当選者14名の一覧だが宛先はすべて社内（hinode-sangyo.co.jp）")

_p = take(2)
_lines = "\n".join(f"　{p.name}　個人番号：{new_my_number()}　住所：{p.addr}" for p in _p)
add(expect="pass", sender=OKANO, to=[ETO], charset="iso-2022-jp",
    subject="インフルエンサー報酬 支払調書用の個人番号（2名分）",
    body=f"""経理部　江藤さん

お疲れさまです。岡野です。
追加で契約したインフルエンサー2名分の個人番号をお送りします。
本人確認書類の写しは、ファイルサーバーの所定フォルダ（アクセス制限付き）に格納済みです。

{_lines}

確認後、本メールは削除いたします。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    note="マイナンバーを含むが宛先は社内の経理部のみ")

add(expect="pass", sender=ODAGIRI, to=[HORIGUCHI, OKANO], charset="shift_jis",
    subject="【社外秘】2026春ローンチ 企画書（部内レビュー用）",
    body=f"""堀口さん、岡野さん

お疲れさまです。小田切です。
部内レビュー用の企画書を添付します。社外秘資料ですので、代理店への共有は
数字を抜いた版を別途作成します。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pptx", "name": "2026春ローンチ企画書_部内レビュー.pptx", "page_footer": "社外秘",
                  "slides": [["【社外秘】2026春 新商品ローンチ", "部内レビュー用"],
                             ["売上目標", "初年度 18億円", "店頭カバー率 75%"]]}],
    note="社外秘の資料だが宛先は社内のみ")

_p = take(1)[0]
add(expect="pass", sender=TAKANASHI, to=["お客様相談室 <soudan@mail.hinode-sangyo.co.jp>"], charset="utf-8",
    subject="モニター参加者からの体調不良のお申し出（共有）",
    body=f"""お客様相談室 ご担当者様

キャンペーン事務局の高梨です。
モニター参加者の{_p.name}様（{_p.tel}）から、試用品の使用後に湿疹が出て皮膚科を受診し、
接触皮膚炎と診断されたとのお申し出がありました。
品質保証部への報告と、ご本人への今後の対応についてご指示をお願いします。
{SIG_TAKANASHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    note="診断名を含むが宛先は社内サブドメイン mail.hinode-sangyo.co.jp のみ")

# =======================================================================================
# PASS — 外部へ1～4名分の個人データ（警告はありうる）
# =======================================================================================
_p = take(1)[0]
add(expect="pass", sender=TAKANASHI, to=[LOGIPACK], charset="iso-2022-jp",
    subject="宛所不明で戻った景品1件の再発送",
    body=f"""ロジパック　大貫様

お世話になっております。高梨です。
宛所不明で戻ってきた1件について、ご本人に確認が取れましたので再発送をお願いします。

　伝票番号（戻り）：5521-0938-4410
　お名前：{_p.name} 様
　正しいご住所：〒{_p.zip} {_p.addr}
　お電話：{_p.tel}

部屋番号の記載漏れが原因でした。よろしくお願いいたします。
{SIG_TAKANASHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当選者1名の住所・電話を再発送のため発送代行へ：1名分は通してよい（警告可）")

_p = take(3)
_l = "\n".join(f"　・{p.name} 様　携帯 {p.tel}" for p in _p)
add(expect="pass", sender=SAEKI, to=[SAKURA], charset="shift_jis",
    subject="8/30 当選者インタビュー撮影 ご来館者のお知らせ",
    body=f"""さくらホテル
松永様

お世話になっております。佐伯です。
8/30（土）のロビーラウンジでのインタビュー撮影に、当選者の方3名がご来館されます。
フロントでお名前をおっしゃると思いますので、ラウンジまでご案内をお願いいたします。
遅れる場合の連絡先も念のため記載します。

{_l}

撮影クルーは10:00入りです。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="来館者3名の氏名と携帯：4名以下なので通す（警告可）")

_p = take(4)
_l = "\n".join(f"{d}  {p.name}  {p.tel}  {p.email}"
               for d, p in zip(["7/22(火) 10:00", "7/22(火) 14:00", "7/23(水) 10:00", "7/23(水) 15:30"], _p))
add(expect="pass", sender=ODAGIRI, to=[RESLAB], charset="utf-8",
    subject="デプスインタビュー 日程確定分（4名）",
    body=f"""野々村様

お世話になっております。小田切です。
デプスインタビューの日程が確定した4名をお知らせします。
当日の受付と、前日のリマインド連絡をお願いいたします。

日時              氏名        電話          メール
{_l}
{SIG_ODAGIRI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="インタビュー対象4名の連絡先：5名未満なので通す（警告可）")

_p = take(2)
add(expect="pass", sender=OKANO, to=[ADPLANET], charset="iso-2022-jp",
    subject="撮影出演者2名の連絡先",
    body=f"""林田様

お世話になっております。岡野です。
来週の撮影に出ていただくお二人の連絡先です。集合場所のご案内をお願いします。

　{_p[0].name}さん：{_p[0].tel}（{_p[0].email}）
　{_p[1].name}さん：{_p[1].tel}（{_p[1].email}）

よろしくお願いいたします。
{SIG_OKANO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="出演者2名の連絡先を代理店へ：少人数なので通す（警告可）")

_p = take(1)[0]
add(expect="pass", sender=TAKANASHI, to=[CPSUP], charset="shift_jis",
    subject="お問い合わせ1件の引き継ぎ（景品未着）",
    body=f"""キャンペーン事務局 ご担当者様

お世話になっております。高梨です。
弊社代表電話に入ったお問い合わせを1件引き継ぎます。折り返しのご連絡をお願いします。

　お名前：{_p.name} 様
　お電話：{_p.tel}（平日18時以降希望）
　内容：7月当選通知を受け取ったが景品がまだ届かない（当選者ID WIN-2025-3307）
{SIG_TAKANASHI}
{DISC_JP}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="お客様1名の問い合わせ引き継ぎ（免責文つき）：1名分なので通す（警告可）")

# =======================================================================================
# PASS — 外部2社（三者の打合せ）・フリーメール1名
# =======================================================================================
add(expect="pass", sender=MURASE, to=[ADPLANET], cc=[NISHIKI], charset="shift_jis",
    subject="会報誌秋号 入稿スケジュールのすり合わせ",
    body=f"""林田様
（cc：錦印刷 塩見様）

お世話になっております。村瀬です。
会報誌秋号の入稿スケジュールについて、三者でのお打合せをお願いしたくご連絡しました。

　候補日：7/15（火）15時／7/16（水）10時／7/17（木）16時
　形式：オンライン（30分程度）

ご都合のよい日時をご返信ください。
{SIG_MURASE}""",
    detectors=["multiple_external_domains"],
    note="外部2社（代理店と印刷会社）をTo/Ccにした通常の三者打合せ：3者未満なので通す")

add(expect="pass", sender=SAEKI, to=[FULFILL], cc=[AOBA], charset="utf-8",
    subject="冬の大感謝祭 発送スケジュール（案）",
    body=f"""三好様
cc: 青葉運輸 坂東様

お世話になっております。佐伯です。
冬の大感謝祭の発送スケジュール案をお送りします。

| 回 | 抽選日 | データ送付 | 出荷 | 集荷 |
|----|--------|-----------|------|------|
| 1 | 12/8 | 12/9 | 12/12 | 12/12 |
| 2 | 12/22 | 12/23 | 12/26 | 12/26 |
| 3 | 1/13 | 1/14 | 1/17 | 1/17 |

年末は集荷枠が逼迫するため、2回目は午前集荷でお願いできますでしょうか。
{SIG_SAEKI}""",
    detectors=["multiple_external_domains"],
    note="発送代行と運送会社の2社宛のスケジュール連絡：外部2社は通常")

add(expect="pass", sender=OKANO, to=["ゆうか <yuka.kitchen.diary@gmail.com>"], charset="iso-2022-jp",
    subject="投稿内容のご確認（ふわっと泡ハンドソープ）",
    body=f"""ゆうか様

お世話になっております。日の出産業の岡野です。
この度はPR投稿をお引き受けいただき、ありがとうございます。
ご共有いただいた下書きを拝見しました。とても素敵な内容で、修正は1点のみです。

　・「肌荒れが治る」→「手肌をやさしく洗い上げる」への表現変更
　　（薬機法上、効能の表現に制限があるためです）

投稿前に最終版をお送りいただけますと幸いです。
{SIG_OKANO}""",
    detectors=["freemail_recipient"],
    note="インフルエンサー1名（gmail）への通常の連絡：フリーメール1名は通す")

add(expect="pass", sender=TAKANASHI, to=["k-hasebe.0802@docomo.ne.jp"], charset="shift_jis",
    subject="【日の出産業】ご当選のお知らせと賞品お届け先のご確認",
    body=f"""この度は「秋の味覚プレゼントキャンペーン」にご応募いただき、誠にありがとうございました。
厳正なる抽選の結果、A賞（北海道産いくら醤油漬け）にご当選されました。おめでとうございます。

賞品のお届け先確認のため、10月20日（月）までに本メールへのご返信で
お名前・ご住所・お電話番号をお知らせください。
※お届け日時のご指定はお受けできません。あらかじめご了承ください。
{SIG_TAKANASHI}""",
    detectors=["freemail_recipient"],
    note="当選者1名（携帯キャリアメール）への当選通知：1名の宛先なので通す")

add(expect="pass", sender=TAKANASHI, to=["キャンペーン事務局 <campaign@hinode-sangyo.co.jp>"],
    bcc=["yui.sagara@gmail.com", "ren_hinata1988@yahoo.co.jp", "m.okochi1975@icloud.com",
         "takumi.noto@outlook.jp", "saki.minase@docomo.ne.jp", "kazuhiko_run4@ezweb.ne.jp",
         "aki.jimbo@gmail.com", "shingo_cafe2@softbank.ne.jp"],
    charset="iso-2022-jp",
    subject="【日の出産業】賞品発送のお知らせ",
    body=f"""キャンペーンにご当選の皆さま

この度はご当選おめでとうございます。日の出産業キャンペーン事務局です。
賞品を本日発送いたしました。3～5日程度でお届けの予定です。
お届けまで今しばらくお待ちください。

※本メールは当選者の皆さまにBccにてお送りしております。
{SIG_TAKANASHI}""",
    detectors=["freemail_recipient"],
    note="当選者8名へBccで一斉送信：互いに見えないので通す（フリーメール宛ては警告可）")

# =======================================================================================
# PASS — 集計データ・告知文・規約・請求・その他
# =======================================================================================
add(expect="pass", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="購入者アンケート 集計結果（速報）",
    body=f"""林田様

お世話になっております。小田切です。
購入者アンケートの集計速報をPDFでお送りします（n=1,248）。
クリエイティブの方向性検討にご活用ください。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pdf", "name": "購入者アンケート_集計速報.pdf",
                  "lines": ["購入者アンケート 集計速報（n=1,248）", "",
                            "Q1 総合満足度：とても満足 32.1% / 満足 44.7% / 普通 17.0% / 不満 6.2%",
                            "Q2 購入のきっかけ：店頭で見て 41.3% / SNS 22.8% / 知人の紹介 12.5%",
                            "Q3 年代別：20代 14% / 30代 29% / 40代 31% / 50代以上 26%"]}],
    note="個人を含まない集計結果のPDF")

add(expect="pass", sender=SAEKI, to=[TOHO], charset="iso-2022-jp",
    subject="新聞折込チラシ 告知内容のご相談",
    body=f"""岡村様

お世話になっております。佐伯です。
ご依頼いただいた販売実績の詳細データですが、社内資料は社外秘扱いのため、
そのままお渡しすることができません。申し訳ございません。
代わりに、チラシに記載可能な範囲として「シリーズ累計出荷 500万本突破」の表現は
使用可能と確認が取れましたので、こちらでご検討いただけますでしょうか。
{SIG_SAEKI}""",
    note="「社外秘」という語への言及だけで、区分表示の付いた資料は送っていない")

add(expect="pass", sender=HORIGUCHI, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    charset="shift_jis",
    subject="懸賞キャンペーン応募規約（案）のリーガルチェックのお願い",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の堀口でございます。
冬の大感謝祭の応募規約案を作成しました。景品表示法上の景品類の上限額、
および個人情報の取扱いの記載について、ご確認をお願いできますでしょうか。
11/7（金）頃までにご意見をいただけますと幸いです。
{SIG_HORIGUCHI}""",
    attachments=[{"kind": "docx", "name": "冬の大感謝祭_応募規約案.docx",
                  "paragraphs": ["冬の大感謝祭キャンペーン 応募規約（案）",
                                 "1. 応募期間：2025年12月1日～2026年1月12日",
                                 "2. 賞品：A賞 電気ケトル 30名様、B賞 ブランケット 120名様、C賞 ハンドソープ3本セット 600名様",
                                 "3. 個人情報の取扱い：ご応募いただいた個人情報は、賞品の発送および当社からのご案内に利用し、"
                                 "業務委託先を除き第三者に提供することはありません。",
                                 "4. お問い合わせ：日の出産業キャンペーン事務局 0120-415-770（平日10:00～17:00）"]}],
    note="応募規約案（個人情報の取扱いの条文・事務局のフリーダイヤル）：個人データはない")

_t_koyo = corp_number("110401029384")
_t_hinode = corp_number("301001047712")
add(expect="pass", sender=ETO, to=[KOYO], charset="utf-8",
    subject="9月分お支払いのご案内（請求書 No.KP-25-0917）",
    body=f"""光陽プリント株式会社
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の江藤です。
9月分のご請求につきまして、下記のとおりお支払いいたします。

　請求書番号：KP-25-0917
　貴社登録番号：T{_t_koyo}
　お支払金額：1,386,000円（税込）
　お支払予定日：2025年10月31日
　振込元：日の出産業株式会社（登録番号 T{_t_hinode}）

ご確認のほどよろしくお願いいたします。
{SIG_ETO}""",
    entities=["JP_CORPORATE_NUMBER"],
    note="支払案内：インボイス登録番号（法人番号）と請求書番号のみ。個人データなし")

add(expect="pass", sender=MUTO, to=["Sophie Lambert <sophie.lambert@lumen-media.com>"], charset="utf-8",
    subject="Asset specs for the influencer campaign",
    body=f"""Hi Sophie,

Nice to e-mail you after our video call. As promised, here are the asset specs for the
influencer campaign in France:

- Feed post: 1080 x 1350 px, JPG or PNG
- Reels: 9:16, max 60 s, with the #HinodePartner tag
- Product name must appear as "Fuwatto Foam Hand Soap"

We'd love to see the first mood board by the end of next week.
{SIG_MUTO}""",
    note="Ordinary English mail to a foreign partner: no personal data")

add(expect="pass", sender=MURASE, to=[NISHIKI], charset="iso-2022-jp",
    subject="アドプラネット様 ご担当変更のお知らせ",
    body=f"""錦印刷株式会社
塩見様

お世話になっております。村瀬です。
アドプラネット様の弊社担当が、10月より林田様から堺様に交代されます。
入稿データのやり取りは今後、堺様と直接お願いいたします。

　株式会社アドプラネット　第二営業局
　堺 裕子 様
　TEL 03-6459-2281（直通）
　sakai@adplanet.co.jp

引き続きよろしくお願いいたします。
{SIG_MURASE}""",
    note="取引先担当者1名の業務用連絡先の紹介：通常の業務メール")

add(expect="pass", sender=OKANO, to=[INFNEXT], charset="utf-8",
    subject="ロゴデータのご送付",
    body=f"""芦田様

お世話になっております。岡野です。
インフルエンサーの皆さまにお渡しいただくロゴデータ（PNG）を添付します。
使用ガイドラインはPDFで別途お送りします。
{SIG_OKANO}""",
    attachments=[{"kind": "png", "name": "hinode_logo_white.png"}],
    note="ロゴ画像の送付：個人データなし")

add(expect="pass", sender=ODAGIRI, to=[RESLAB], charset="shift_jis",
    subject="ホームユーステスト 調査票（案）",
    body=f"""野々村様

お世話になっております。小田切です。
ホームユーステストの調査票案をお送りします。設問の順序と選択肢についてご意見ください。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "xlsx", "name": "HUT調査票_案v2.xlsx", "sheets": {
        "事前": [["設問No", "設問", "回答形式"], ["Q1", "普段お使いの洗顔料のブランドをお選びください", "SA"],
                 ["Q2", "肌のお悩みをお選びください（いくつでも）", "MA"]],
        "事後": [["設問No", "設問", "回答形式"], ["Q1", "使用感の満足度", "5段階"],
                 ["Q2", "購入意向", "5段階"], ["Q3", "ご意見・ご感想", "FA"]]}}],
    note="調査票（設問のみ）のXLSX：個人データなし")

add(expect="pass", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="モニター募集告知文（LP掲載用）",
    body=f"""林田様

お世話になっております。小田切です。
LPに掲載するモニター募集の告知文を作成しました。デザインへの流し込みをお願いします。

――――――――――――――――――――
＼ 新スキンケア 体験モニター大募集！ ／
発売前の新商品を、ご自宅で2週間お試しいただける方を100名様募集します。

■応募資格：20～49歳の女性で、アンケートにご回答いただける方
■応募方法：下記フォームに、お名前・ご住所・お電話番号・メールアドレスをご入力ください
■応募締切：2025年8月31日（日）
■謝礼：QUOカード 3,000円分
※ご応募時の個人情報は、モニター品の発送と当社からのご連絡にのみ利用します。
――――――――――――――――――――
{SIG_ODAGIRI}""",
    note="モニター募集の告知文：入力項目の説明のみで個人データはない")

add(expect="pass", sender=MURASE, to=[NISHIKI], charset="shift_jis",
    subject="発注書送付（PO-2025-0613 ほか2件）",
    body=f"""塩見様

お世話になっております。村瀬です。
下記3件の発注書をお送りします（原本は郵送いたします）。

　PO-2025-0613　店頭ポスターB2　500枚　　納期 9/12
　PO-2025-0614　レジ前POP　　　 2,000枚　納期 9/12
　PO-2025-0615　応募ハガキ　　　50,000枚　納期 9/5

請求書は月末締めでお願いいたします。
{SIG_MURASE}""",
    note="発注番号・数量・納期のみの通常の取引連絡")

add(expect="pass", sender=SAEKI, to=[ADPLANET], charset="iso-2022-jp",
    subject="雑誌タイアップ 候補媒体一覧",
    body=f"""林田様

お世話になっております。佐伯です。
秋のタイアップ候補媒体を整理しました。各編集部への空き枠確認をお願いします。

媒体名　　　　　　　発行元　　　　　　　　　　編集部電話
ＬＩＦＥ＆ＫＩＴＣＨＥＮ　株式会社くらし出版　　　03-3265-4410
月刊ナチュラルビューティ　はなみずき書房　　　　　03-5213-7702
ママとこども　　　　　　株式会社ひだまり社　　　　06-6341-2290
週末レシピ手帖　　　　　青柳出版株式会社　　　　　03-3818-6655
{SIG_SAEKI}""",
    note="出版社・編集部（事業者）の電話の一覧：人の一覧ではない")

add(expect="pass", sender=SAEKI, to=["北国フーズ 営業部 工藤様 <kudo@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="北国グルメフェア 応募・当選状況のご報告",
    body=f"""工藤様

お世話になっております。佐伯です。
北国グルメフェアの応募・当選状況をご報告します。

地域        応募数   当選数
北海道       3,412       42
東北         2,087       25
関東         5,930       71
中部         1,644       20
近畿         1,902       23
その他       1,015       12
合計        15,990      193

景品の追加発注は不要の見込みです。
{SIG_SAEKI}""",
    note="地域別の応募数・当選数の集計のみ：個人データなし")

add(expect="pass", sender=OKANO, to=["ツバサシステム 開発部 <dev-support@tsubasa-system.jp>"], charset="utf-8",
    subject="キャンペーンLP 文言修正のお願い",
    body=f"""ツバサシステム株式会社
開発部 ご担当者様

お世話になっております。日の出産業の岡野です。
キャンペーンLPの文言修正をお願いします。修正箇所は添付のテキストにまとめました。
公開中ページのため、本日中の反映をお願いできますと助かります。
{SIG_OKANO}""",
    attachments=[{"kind": "txt", "name": "LP修正指示_0902.txt", "encoding": "utf-8",
                  "text": "LP修正指示（2025/09/02）\n\n1. ファーストビュー：「応募締切 9/30」→「応募締切 10/13」\n"
                          "2. 賞品一覧：B賞の画像を差し替え（hs_bag_navy_v2.png）\n"
                          "3. フッター：お問い合わせ窓口の受付時間を「平日10:00～17:00」に修正\n"}],
    note="パートナー（正しいドメイン tsubasa-system.jp）へのLP修正依頼：txt添付、個人データなし")

add(expect="pass", sender=TAKANASHI, to=[LOGIPACK], charset="iso-2022-jp",
    subject="【パスワード通知】第4回抽選分 発送リスト",
    body=f"""ロジパック　大貫様

高梨です。先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hn4-cp2025

ご確認のほどよろしくお願いいたします。
{SIG_TAKANASHI}""",
    note="別送のパスワード通知メール（添付なし）：それ自体に個人データはない")

add(expect="pass", sender=ODAGIRI, to=[ADPLANET], charset="utf-8",
    subject="夏キャンペーン 結果報告書",
    body=f"""林田様

お世話になっております。小田切です。
夏キャンペーンの結果報告書をお送りします。来期の企画にお役立てください。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "pptx", "name": "夏キャンペーン_結果報告.pptx",
                  "slides": [["夏キャンペーン 結果報告", "2025年9月 ブランド戦略課"],
                             ["応募実績", "総応募数 28,410件（目標比 114%）", "新規会員登録 6,205件"],
                             ["SNS", "UGC投稿 3,120件", "平均エンゲージメント率 4.8%"],
                             ["課題", "LP離脱率が高い（62%）", "応募フォームの入力項目削減を検討"]]}],
    note="KPIのみの結果報告PPTX：個人データなし")

# =======================================================================================
# EITHER — 判断の分かれうるもの
# =======================================================================================
add(expect="either", sender=OKANO, to=[TOHO], charset="utf-8",
    subject="秋案件 インフルエンサー候補（公開プロフィールのみ）",
    body=f"""岡村様

お世話になっております。岡野です。
秋案件のインフルエンサー候補を、公開プロフィールの範囲でまとめました。
ご連絡は各所属事務所経由でお願いします。

アカウント          フォロワー  ジャンル        所属
@yuka_kitchen        128,000    料理・暮らし    インフルエンス・ネクスト
@minami.beauty        86,500    美容            インフルエンス・ネクスト
@kenta_camp_life      54,200    アウトドア      フリー（DM窓口）
@saki_mama_days      212,000    育児            株式会社ひだまりプロ
@tomoya.fit           41,800    フィットネス    インフルエンス・ネクスト
@nanako_home          67,300    インテリア      株式会社ひだまりプロ
{SIG_OKANO}""",
    note="6名分だがSNSの公開ハンドル・フォロワー数・所属のみで連絡先なし：人の一覧とみるか判断が分かれる")

add(expect="either", sender=TAKANASHI, to=["ツバサシステム 開発部 <dev-support@tsubasa-system.jp>"],
    charset="iso-2022-jp",
    subject="当選者発表ページ 掲載データ",
    body=f"""ツバサシステム　ご担当者様

お世話になっております。事務局の高梨です。
当選者発表ページの掲載データです（応募規約に基づきイニシャルと都道府県のみ掲載）。
9/10 10:00の公開でお願いいたします。

【A賞】
　東京都　Ｓ・Ｈ様　／　大阪府　Ｍ・Ｙ様　／　北海道　Ｉ・Ｋ様
【B賞】
　神奈川県　Ｔ・Ａ様　／　愛知県　Ｋ・Ｒ様　／　福岡県　Ｎ・Ｍ様
　宮城県　Ｈ・Ｓ様　／　広島県　Ｏ・Ｔ様　／　埼玉県　Ｗ・Ｙ様
{SIG_TAKANASHI}""",
    note="当選者9名のイニシャルと都道府県のみ（公表前提）：個人データの一覧かは判断が分かれる")

_rows = [["回答ID", "年齢", "性別", "居住市区町村", "職業", "家族構成", "自由記述"]]
_jobs = ["会社員", "パート", "専業主婦", "自営業", "公務員", "学生", "会社員", "パート"]
_fams = ["夫・子2人", "単身", "夫", "両親", "夫・子1人", "単身", "妻・子1人", "夫・子3人"]
_fa = ["泡切れが良い", "香りが好み", "詰め替え希望", "子どもが喜ぶ", "価格が高め", "", "乾燥しにくい", "ボトルが重い"]
for i in range(20):
    rr = _random.Random(f"{SEED}-anon-{i}")
    z, town = rr.choice(_ADDR)
    _rows.append([f"A{7100 + i}", rr.randint(22, 68), rr.choice(["女性", "男性", "女性"]), town,
                  _jobs[i % 8], _fams[(i * 3) % 8], _fa[i % 8]])
add(expect="either", sender=ODAGIRI, to=["マーケットボイス 青山様 <aoyama@marketvoice.co.jp>"],
    charset="shift_jis",
    subject="店頭調査 回答データ（匿名化済み）",
    body=f"""青山様

お世話になっております。小田切です。
店頭調査の回答データ（20件）をお送りします。氏名・連絡先は削除済みです。
クロス集計をお願いいたします。
{SIG_ODAGIRI}""",
    attachments=[{"kind": "csv", "name": "tento_chousa_anon.csv", "encoding": "cp932", "rows": _rows}],
    note="氏名・連絡先を削除した20名の属性（年齢・町名・職業・家族構成）：再識別の恐れをどう見るかで判断が分かれる")

# ---------------------------------------------------------------------------------------
# id の付与（並びは SEED で混ぜる）
_random.Random(SEED).shuffle(MESSAGES)
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"{AREA}-{_i:03d}"
    _m.setdefault("charset", "utf-8")
