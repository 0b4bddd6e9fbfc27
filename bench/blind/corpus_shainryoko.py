"""社員旅行・慰安旅行の手配 (shainryoko): mail that 日の出産業's 総務部・人事部・経理部 and the
trip organisers (幹事) send while arranging three company trips — the 本社 trip to 熱海
(さくらホテル熱海, 山吹観光バス, ひばりツーリスト), the factory/sales trip to 鬼怒川 (旅館かじか亭,
青葉運輸's chartered buses) and the sales incentive tour to 台北 (東雲トラベル, a Taiwanese
ground operator, in English): quotes and itineraries, participant and passenger lists,
rooming lists, family and retiree (OB) participants, meal and allergy requests, barrier-free
requests, travel-accident insurance, rental cars, deposits and refunds, the しおり printed by
錦印刷, internal organiser mail, replies with quoted lists, forwards, PPAP zips and
corrupt files.
"""

import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 69801


# -- small helpers used to lay out the invented data ---------------------------------------

def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in ("F", "W") else 1 for c in str(s))


def _pad(s, width):
    s = str(s)
    return s + " " * max(width - _w(s), 0)


def _table(rows, sep="  ", rule="-"):
    """rows[0] is the header; columns padded with ASCII spaces, a rule under the header."""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(_pad(c, widths[i]) for i, c in enumerate(rows[0])).rstrip()]
    lines.append(rule * (sum(widths) + len(sep) * (len(widths) - 1)))
    for r in rows[1:]:
        lines.append(sep.join(_pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def _fw(s):
    return str(s).translate(_FW)


def _wareki(d, style="kanji"):
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return _fw(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    ys = "元" if y == 1 else str(y)
    return f"{era}{ys}年{d.month}月{d.day}日"


def _houjin(base12):
    """法人番号 / T-number: the check digit (first digit) for a 12-digit base."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _card(seed):
    c = card_number(seed)
    return "-".join(c[i:i + 4] for i in range(0, 16, 4))


_SEI = [("真田", "サナダ", "Sanada"), ("五十嵐", "イガラシ", "Igarashi"),
        ("東海林", "ショウジ", "Shoji"), ("小鳥遊", "タカナシ", "Takanashi"),
        ("勅使河原", "テシガワラ", "Teshigawara"), ("百目鬼", "ドウメキ", "Domeki"),
        ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
        ("渡邉", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
        ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
        ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
        ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
        ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
        ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
        ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
        ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
        ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
        ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
        ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
        ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
        ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
        ("坂本", "サカモト", "Sakamoto"), ("青木", "アオキ", "Aoki"),
        ("藤井", "フジイ", "Fujii"), ("福田", "フクダ", "Fukuda"),
        ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
        ("法華津", "ホケツ", "Hoketsu"), ("薬師寺", "ヤクシジ", "Yakushiji"),
        ("米満", "ヨネミツ", "Yonemitsu"), ("舘", "タチ", "Tachi"),
        ("御手洗", "ミタライ", "Mitarai"), ("一尺八寸", "カマツカ", "Kamatsuka"),
        ("雲母", "キララ", "Kirara"), ("日比野", "ヒビノ", "Hibino"),
        ("宇賀神", "ウガジン", "Ugajin"), ("栃木", "トチギ", "Tochigi"),
        ("飯能", "ハンノウ", "Hanno"), ("釜萢", "カマヤチ", "Kamayachi"),
        ("鵜飼", "ウカイ", "Ukai"), ("相良", "サガラ", "Sagara"),
        ("早乙女", "サオトメ", "Saotome"), ("猪瀬", "イノセ", "Inose")]
_MEI_M = [("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
          ("誠", "マコト", "Makoto"), ("隆之", "タカユキ", "Takayuki"), ("悠真", "ユウマ", "Yuma"),
          ("浩二", "コウジ", "Koji"), ("拓海", "タクミ", "Takumi"), ("和也", "カズヤ", "Kazuya"),
          ("直樹", "ナオキ", "Naoki"), ("蓮", "レン", "Ren"), ("英明", "ヒデアキ", "Hideaki"),
          ("昌平", "ショウヘイ", "Shohei"), ("航", "ワタル", "Wataru"), ("勇気", "ユウキ", "Yuki"),
          ("隼人", "ハヤト", "Hayato"), ("秀樹", "ヒデキ", "Hideki"), ("陽介", "ヨウスケ", "Yosuke")]
_MEI_F = [("美咲", "ミサキ", "Misaki"), ("彩", "アヤ", "Aya"), ("由美子", "ユミコ", "Yumiko"),
          ("葵", "アオイ", "Aoi"), ("真由", "マユ", "Mayu"), ("恵", "メグミ", "Megumi"),
          ("奈々", "ナナ", "Nana"), ("沙織", "サオリ", "Saori"), ("陽菜", "ヒナ", "Hina"),
          ("京子", "キョウコ", "Kyoko"), ("里穂", "リホ", "Riho"), ("智子", "トモコ", "Tomoko"),
          ("瑞希", "ミズキ", "Mizuki"), ("佳織", "カオリ", "Kaori"), ("早紀", "サキ", "Saki")]
_TOWNS = [("330", "埼玉県", "さいたま市大宮区", "桜木町"), ("331", "埼玉県", "さいたま市西区", "指扇"),
          ("336", "埼玉県", "さいたま市南区", "別所"), ("332", "埼玉県", "川口市", "芝新町"),
          ("343", "埼玉県", "越谷市", "大沢"), ("350", "埼玉県", "川越市", "新宿町"),
          ("360", "埼玉県", "熊谷市", "籠原南"), ("362", "埼玉県", "上尾市", "原市"),
          ("366", "埼玉県", "深谷市", "上柴町西"), ("365", "埼玉県", "鴻巣市", "本宮町"),
          ("115", "東京都", "北区", "赤羽西"), ("175", "東京都", "板橋区", "成増"),
          ("270", "千葉県", "松戸市", "常盤平"), ("370", "群馬県", "高崎市", "問屋町"),
          ("346", "埼玉県", "久喜市", "栗橋北"), ("337", "埼玉県", "さいたま市見沼区", "大和田町")]
_DEPTS = ["総務部", "営業一課", "営業二課", "製造部 第一製造課", "製造部 品質保証課", "経理部",
          "人事部", "情報システム室", "物流センター", "技術開発部"]
_APTS = ["", "", "", "", " ハイツ欅 203", " グランメゾン大宮 1105", " コーポ若葉 2-B",
         " サンライズ原市 402", ""]


def _people(tag, n, adult=True):
    """n invented people, fixed by tag: names, kana, romaji, sex, birth date, mobile,
    home address, employee number, department."""
    rng = random.Random(f"{SEED}-people-{tag}")
    seis = rng.sample(_SEI, n) if n <= len(_SEI) else [rng.choice(_SEI) for _ in range(n)]
    out = []
    for i in range(n):
        sex = rng.choice("男女")
        mei = rng.choice(_MEI_M if sex == "男" else _MEI_F)
        sei = seis[i]
        if adult:
            dob = date(rng.randrange(1962, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
        else:
            dob = date(rng.randrange(2012, 2023), rng.randrange(1, 13), rng.randrange(1, 29))
        z, pref, city, town = rng.choice(_TOWNS)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{sei[2].upper()} {mei[2]}",
            "sur": sei[2].upper(), "given": mei[2].upper(), "sex": sex, "dob": dob,
            "age": 2026 - dob.year - (1 if (dob.month, dob.day) > (10, 16) else 0),
            "mobile": f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "zip": f"{z}-{rng.randrange(0, 10000):04d}",
            "addr": f"{pref}{city}{town}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
                    + rng.choice(_APTS),
            "emp": f"{rng.choice('1234')}{rng.randrange(0, 10000):04d}",
            "dept": rng.choice(_DEPTS),
            "mail": f"{sei[2].lower()}.{mei[2].lower()}@hinode-sangyo.co.jp",
        })
    return out


# -- signatures and disclaimers ------------------------------------------------------------

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 総務課
真壁 千尋（まかべ ちひろ）
〒330-0846 埼玉県さいたま市大宮区大門町3-118 日の出大宮ビル5F
TEL 048-641-7720（代表）／内線 2214
makabe.chihiro@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OKOCHI = """
--
日の出産業株式会社
人事部 福利厚生グループ　大河内 亮
TEL: 048-641-7720 (ext.2310)  FAX: 048-641-7729
Mail: okochi.ryo@hinode-sangyo.co.jp"""

SIG_TOKANO = """
-------------------------------------
日の出産業(株) 営業二課
戸叶 美沙 （営業表彰旅行 幹事）
TEL 048-641-7731 / 携帯 080-3317-5402
-------------------------------------"""

SIG_ONIZUKA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 深谷工場 製造部
鬼塚 剛 （鬼怒川旅行 幹事長）
〒366-0801 埼玉県深谷市上野台2988-5
TEL 048-571-3380　FAX 048-571-3389
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SOMA = """
*****************************
日の出産業株式会社 経理部
相馬 修一
TEL 048-641-7725
soma.shuichi@hinode-sangyo.co.jp
*****************************"""

SIG_EN = """
--
Misa Tokano
Sales Div. II, Hinode Sangyo Co., Ltd.
3-118 Daimon-cho, Omiya-ku, Saitama 330-0846, Japan
Tel +81-48-641-7731"""

DISC_JA = """
------------------------------------------------------------
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
------------------------------------------------------------"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MAKABE = "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"
TOKANO = "戸叶 美沙 <tokano.misa@hinode-sangyo.co.jp>"
ONIZUKA = "鬼塚 剛 <onizuka.tsuyoshi@mail.hinode-sangyo.co.jp>"
SOMA = "相馬 修一 <soma.shuichi@hinode-sangyo.co.jp>"
HIBARI = "矢吹 真理子 <yabuki@hibari-tourist.co.jp>"
SHINONOME = "梶原 悠 <kajiwara@shinonome-travel.jp>"
YAMABUKI = "山吹観光バス 鶴田様 <tsuruta@yamabuki-bus.co.jp>"
AOBA = "青葉運輸 貸切バス事業部 <kashikiri@aoba-unyu.co.jp>"
KAJIKA = "旅館かじか亭 予約係 <yoyaku@kajikatei.jp>"
SAKURA_RSV = "さくらホテル熱海 宿泊予約 <atami-reserve@sakura-hotel.jp>"
SAKURA_BQ = "さくらホテル熱海 宴会予約 <banquet@sakura-hotel.jp>"
FORMOSA = "Lin Yi-chen <ops@formosalink-travel.com.tw>"
MIRAI = "富樫 様 <togashi@mirai-hoken.co.jp>"
NISHIKI = "錦印刷 芦田様 <ashida@nishiki-insatsu.co.jp>"


# -- 001-025 -------------------------------------------------------------------------------

_P002 = _people("002", 32)
_B002 = _table([["No", "氏名", "フリガナ", "生年月日", "携帯電話"]]
               + [[str(i + 1), p["name"], p["kana"], _wareki(p["dob"]), p["mobile"]]
                  for i, p in enumerate(_P002)])

_P004 = _people("004", 8)
_Q004 = "\n".join("> " + line for line in _table(
    [["No.", "お名前", "生年月日", "ご連絡先"]]
    + [[str(i + 1), p["name"], p["dob"].strftime("%Y/%m/%d"), p["mobile"]]
       for i, p in enumerate(_P004)]).split("\n"))

_P008 = _people("008", 40)
_X008 = {
    "名簿": [["2026年度 本社・大宮地区 社員旅行（熱海）参加者名簿　確定版 10/2時点"], [],
             ["社員番号", "氏名", "フリガナ", "所属", "生年月日", "携帯", "自宅住所",
              "緊急連絡先（続柄）", "緊急連絡先電話"]]
            + [[p["emp"], p["name"], p["kana"], p["dept"], p["dob"].isoformat(), p["mobile"],
                f"〒{p['zip']} {p['addr']}", f"{p['sei']} {random.Random(i).choice(['（妻）', '（夫）', '（母）', '（父）'])}",
                f"0{random.Random(i * 7).choice('789')}0-{random.Random(i).randrange(1000, 9999)}-{random.Random(i + 99).randrange(1000, 9999)}"]
               for i, p in enumerate(_P008)],
    "集計": [["所属", "参加", "不参加"], ["総務部", 6, 1], ["営業一課", 9, 2], ["営業二課", 7, 1],
             ["経理部", 4, 0], ["人事部", 3, 1], ["情報システム室", 4, 2], ["物流センター", 7, 3]],
}

_P011 = _people("011", 14)
_X011 = {
    "参加者一覧": [["営業表彰旅行 参加者一覧（2026/11/12〜11/15 台北 3泊4日）"],
                   ["社員番号", "氏名", "氏名（ローマ字）", "性別", "年齢", "携帯番号", "所属"]]
                  + [[p["emp"], p["name"], p["romaji"], p["sex"], p["age"], p["mobile"], p["dept"]]
                     for p in _P011],
    "部屋割り": [["部屋", "1人目", "2人目"]]
                + [[f"ツイン{i // 2 + 1}", _P011[i]["name"], _P011[i + 1]["name"]]
                   for i in range(0, 14, 2)],
}

_P015 = _people("015", 12)
_P017 = _people("017", 18)
_P019 = [("宇佐美 拓郎", "製造部", "部長", "和室 個室"), ("日比野 英明", "製造部 第一製造課", "課長", "和室 個室"),
         ("相良 京子", "品質保証課", "課長", "和室 個室"), ("早乙女 和也", "営業二課", "課長", "和洋室 個室"),
         ("飯能 秀樹", "物流センター", "センター長", "和室 個室"), ("猪瀬 直樹", "製造部 第一製造課", "係長", "和室4名"),
         ("鵜飼 浩二", "製造部 第一製造課", "係長", "和室4名"), ("栃木 沙織", "品質保証課", "主任", "和室3名"),
         ("釜萢 陽介", "営業二課", "主任", "和室4名")]

_P022 = _P015

_MESSAGES_1 = [
    {
        "id": "shainryoko-001",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
        "cc": [OKOCHI],
        "subject": "【社員旅行】本社・大宮地区 社員旅行の実施概要（幹事向け）",
        "body": """幹事の皆さま

お疲れさまです。総務の真壁です。
今年度の社員旅行（本社・大宮地区）の概要が固まりましたので共有します。

・日程　　：2026年10月16日（金）〜17日（土）1泊2日
・行き先　：熱海（宿泊：さくらホテル熱海）
・移動　　：山吹観光バス 大型2台（大宮駅西口 8:00集合）
・手配　　：ひばりツーリスト 法人営業部（担当 矢吹様）
・会社負担：1人あたり25,000円（超過分は積立金から充当）
・申込締切：9月25日（金）

各部署の取りまとめは来週の幹事会で相談させてください。
参加者名簿は今回も総務で一元管理します。部署でExcelを作って社外に送ることは
しないようお願いします。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "internal announcement to the organisers' list; no personal data",
    },
    {
        "id": "shainryoko-002",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "国内旅行傷害保険 加入者名簿の送付（10/16-17 熱海）",
        "body": """ひばりツーリスト
法人営業部　矢吹様

いつもお世話になっております。日の出産業の真壁です。
ご依頼いただいておりました国内旅行傷害保険の加入者名簿をお送りします。
生年月日は和暦で記載しております。不足がございましたらご指摘ください。

""" + _B002 + """

以上32名です。残り13名は来週中にお送りします。
よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 32 participants with birth dates and mobiles pasted as a padded table to the travel agency",
    },
    {
        "id": "shainryoko-003",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "cc": [YAMABUKI],
        "subject": "10/16 熱海行き 行程表（案）のご確認",
        "body": """ひばりツーリスト 矢吹様
（cc: 山吹観光バス 鶴田様）

お世話になっております。日の出産業 真壁です。
行程表の案を作りましたので、バスの時間に無理がないかご確認いただけますでしょうか。

【1日目 10/16（金）】
 8:00  大宮駅西口 集合・出発
 9:40  海老名SA 休憩（20分）
11:30  小田原 かまぼこ博物館 見学・昼食
14:00  熱海 みかん狩り（かなた果樹園）
16:00  さくらホテル熱海 着
18:30  宴会（2F 桜の間）

【2日目 10/17（土）】
 9:30  ホテル発
10:00  熱海梅園・来宮神社 散策
12:30  網代で昼食（自由）
14:30  熱海発
17:30  大宮駅西口 着・解散

バスは大型2台、荷物室の利用は各自手荷物1個程度の想定です。
ご意見いただけましたら幸いです。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "itinerary to the travel agency with the bus company in Cc: two external organisations, no personal data",
    },
    {
        "id": "shainryoko-004",
        "charset": "iso-2022-jp",
        "sender": TOKANO,
        "to": ["ひばりツーリスト 手配センター <tehai@hibari-tourist.co.jp>"],
        "subject": "Re: 【ご確認】追加参加者8名様の情報",
        "body": """手配センター ご担当者様

お世話になっております。日の出産業の戸叶です。
内容を確認いたしました。8名とも相違ございません。
このまま保険のお手続きを進めていただけますでしょうか。

よろしくお願いいたします。
""" + SIG_TOKANO + """

> 日の出産業株式会社
> 戸叶 様
>
> いつもお世話になっております。ひばりツーリスト手配センターです。
> 追加でお申込みいただいた8名様の情報を下記の通り承りました。
> 誤りがないかご確認をお願いいたします。
>
""" + _Q004 + """
>
> ひばりツーリスト株式会社 手配センター
> TEL 03-5812-4470
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "reply: the 8-person list is quoted from the agency's own mail; the new text holds no personal data",
    },
    {
        "id": "shainryoko-005",
        "charset": "shift_jis",
        "sender": SOMA,
        "to": [KAJIKA],
        "subject": "申込金のお支払い（カード決済）について　10/23 日の出産業",
        "body": f"""旅館かじか亭
ご予約係 御中

お世話になっております。日の出産業株式会社 経理部の相馬でございます。
10月23日ご宿泊分（48名様）の申込金につきまして、お電話でご案内いただいた通り
法人カードでの決済をお願いしたく、カード情報をお知らせいたします。

　カード番号：{_card(SEED + 101)}
　有効期限　：09/29
　名義　　　：HINODE SANGYO / SHUICHI SOMA
　決済金額　：144,000円（48名 × 3,000円）

領収書の宛名は「日の出産業株式会社」でお願いいたします。
""" + SIG_SOMA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a credit card number (with holder name) sent in the body to the ryokan",
    },
    {
        "id": "shainryoko-006",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "2日目 昼食候補のお店について",
        "body": """矢吹様

お世話になっております。真壁です。
2日目の昼食ですが、団体で入れそうなお店を幹事で探しました。
45名が一度に入れるか、予約可能かどうかお問い合わせいただけますか。

店名              住所                             TEL            席数
----------------------------------------------------------------------------
網代 魚政         静岡県熱海市網代47-3             0557-68-2231   60
磯料理 しおさい   静岡県熱海市下多賀 493-1         0557-67-1180   40
熱海銀座 喜久屋   静岡県熱海市銀座町8-12           0557-81-5524   50
伊豆山 ひもの亭   静岡県熱海市伊豆山 11-6          0557-80-3317   35
来宮そば 松月     静岡県熱海市福道町 2-4           0557-82-0096   48

第一希望は魚政さんです。難しければしおさいさんと喜久屋さんで2班に分けても構いません。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "list of restaurants (businesses, not people) with their shop phones and addresses",
    },
    {
        "id": "shainryoko-007",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": [HIBARI, SHINONOME, "旅の木トラベル 法人窓口 <houjin@tabinoki-travel.jp>"],
        "subject": "【見積依頼】社員旅行（1泊2日・約45名）のお見積りのお願い",
        "body": """各社 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の大河内です。
下記条件にて社員旅行のお見積りをお願いしたく、ご連絡いたしました。

　日程：2026年10月16日（金）〜17日（土）
　人数：約45名（うちご家族5〜8名程度）
　方面：熱海・伊東・箱根のいずれか
　交通：大宮発 貸切バス
　宿泊：和室4〜5名1室、宴会場付き
　予算：お一人様 35,000円前後（税込）

恐れ入りますが、9月11日（金）までにご提出いただけますと幸いです。
よろしくお願いいたします。
""" + SIG_OKOCHI,
        "expect": "stop", "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "quote request to three competing travel agencies all in To: three external parties see each other",
    },
    {
        "id": "shainryoko-008",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
        "subject": "【幹事限】参加者名簿（確定版）を共有します",
        "body": """幹事各位

お疲れさまです。真壁です。
参加者名簿の確定版を添付します（10/2時点、40名）。
緊急連絡先まで入っていますので、取扱いにはご注意ください。
旅行会社やホテルにはこのファイルをそのまま転送しないでください。
必要な項目だけ総務から出します。
""" + SIG_MAKABE,
        "attachments": [{"kind": "xlsx", "name": "熱海旅行_参加者名簿_確定版.xlsx", "sheets": _X008}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "full participant roster with addresses and emergency contacts, but every recipient is internal",
    },
    {
        "id": "shainryoko-009",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "アレルギー対応のお願い（10/23 日の出産業 ご宴会）",
        "body": """旅館かじか亭
ご予約係様

お世話になっております。日の出産業の鬼塚です。
10月23日の夕食・翌朝食について、1名アレルギー対応をお願いできますでしょうか。

　対象者：製造部 第一製造課　百目鬼 隼人（どうめき はやと）
　内容　：そばアレルギー
　　　　　医師からアナフィラキシーの既往があると診断されており、
　　　　　エピペンを常に携帯しています。
　　　　　そば粉を使った料理のほか、そばを茹でた湯の使い回しも不可です。

ご対応の可否をご教示いただけますと助かります。
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's diagnosed allergy and anaphylaxis history sent to the ryokan",
    },
    {
        "id": "shainryoko-010",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [SAKURA_BQ],
        "subject": "10/16 ご宴会のお料理について（アレルギー等の人数）",
        "body": """さくらホテル熱海
宴会予約ご担当者様

いつもお世話になっております。日の出産業の真壁です。
10月16日の宴会（45名）のお料理について、事前アンケートの結果をお知らせします。

　甲殻類（えび・かに）NG … 2名
　そば NG　　　　　　　　… 1名
　ベジタリアン　　　　　　… 1名（乳製品・卵は可）
　お酒を飲まない方　　　　… 8名

該当者の席には当日、幹事から目印のカードを置かせていただきます。
お名前はその際に幹事からお伝えいたします。
お手数ですがご対応の可否をお知らせください。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "dietary needs given only as counts, no one is identified",
    },
    {
        "id": "shainryoko-011",
        "charset": "shift_jis",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "営業表彰旅行（台北）参加者一覧の送付",
        "body": """東雲トラベル
海外旅行課 梶原様

お世話になっております。日の出産業の戸叶です。
営業表彰旅行の参加者一覧と部屋割り案を添付いたします。
ツイン7室でご手配をお願いします。

パスポートの情報は別途お送りします。
""" + SIG_TOKANO,
        "attachments": [{"kind": "xlsx", "name": "台北表彰旅行_参加者一覧.xlsx", "sheets": _X011}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 14 employees with employee number, sex, age and mobile in an XLSX to the travel agency",
    },
    {
        "id": "shainryoko-012",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": [AOBA],
        "subject": "途中乗車（佐野SA）の3名について",
        "body": """青葉運輸 貸切バス事業部
ご担当者様

お世話になっております。日の出産業 深谷工場の鬼塚です。
10/23 の1号車ですが、佐野SAで3名が途中乗車します。
当日連絡がつかない場合に備え、携帯番号をお知らせしておきます。

氏名\t乗車地\t乗車予定\t携帯
雲母 勇気\t佐野SA（上り線側駐車場）\t9:10\t090-4472-1958
宇賀神 奈々\t佐野SA（上り線側駐車場）\t9:10\t080-6603-2147
栃木 蓮\t佐野SA（上り線側駐車場）\t9:10\t070-2281-7734

乗務員の方にもお伝えいただけますと助かります。
""" + SIG_ONIZUKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's mobiles to the bus company: under the five-person line, may be warned",
    },
    {
        "id": "shainryoko-013",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["さくらホテル熱海 宴会予約 <banquet@sakura-hotel.co.jp>"],
        "subject": "宴会プラン・余興機材のご相談",
        "body": """さくらホテル熱海
宴会予約ご担当者様

お世話になっております。日の出産業の真壁です。
10/16 の宴会について、いくつかご相談させてください。

1. プロジェクターとスクリーンのお借り入れは可能でしょうか（表彰式でスライドを使います）
2. カラオケ機材の持ち込み・利用料金
3. ビンゴ大会の景品を前日に宅配でお送りしてもよいか

お手すきの際にご回答いただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hotel.co.jp instead of the partner's sakura-hotel.jp",
    },
    {
        "id": "shainryoko-014",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["葛西 昭男 <kasai.akio1953@gmail.com>"],
        "subject": "社員旅行へのご招待（OB会の皆様）",
        "body": """葛西 昭男 様

ご無沙汰しております。日の出産業 人事部の大河内でございます。
本年も社員旅行にOB会の皆様をお招きすることになりました。

　日程：10月16日（金）〜17日（土）
　行先：熱海（さくらホテル熱海）
　ご負担：お一人様 10,000円（残りは会社が負担いたします）

ご参加いただける場合は、9月25日までにこのメールにご返信ください。
久しぶりに皆様とお会いできるのを楽しみにしております。
""" + SIG_OKOCHI,
        "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
        "note": "invitation to one retiree on free mail; no one else's data",
    },
    {
        "id": "shainryoko-015",
        "charset": "iso-2022-jp",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "【台北】パスポート情報一式の送付（パスワードは別送）",
        "body": """梶原様

お世話になっております。戸叶です。
参加者12名分のパスポート情報を添付いたします。
パスワードは別メールでお送りいたします。
""" + SIG_TOKANO,
        "attachments": [{"kind": "zip", "name": "passport_list.zip", "password": "Tw2026!hs",
                         "files": [{"kind": "xlsx", "name": "passport_list.xlsx", "sheets": {
                             "list": [["氏名", "ローマ字", "旅券番号", "有効期限"]]
                                     + [[p["name"], p["romaji"], f"T{chr(65 + i)}{2748103 + i * 3317}",
                                         "2031-03-31"] for i, p in enumerate(_P015)]}}]}],
        "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the travel agency: cannot be inspected",
    },
    {
        "id": "shainryoko-016",
        "charset": "iso-2022-jp",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "パスワードのお知らせ",
        "body": """梶原様

先ほどお送りした「passport_list.zip」のパスワードをお知らせします。

　Tw2026!hs

よろしくお願いいたします。
戸叶
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "the separate password mail carries no attachment and no personal data",
    },
    {
        "id": "shainryoko-017",
        "charset": "shift_jis",
        "sender": ONIZUKA,
        "to": [AOBA],
        "subject": "乗車名簿（1号車・2号車）送付の件",
        "body": """青葉運輸株式会社
貸切バス事業部 ご担当者様

いつもお世話になっております。日の出産業の鬼塚です。
10/23〜24 鬼怒川行きの乗車名簿をCSVでお送りします。
緊急連絡先は本人の携帯です。運行中に何かあった場合にご利用ください。
""" + SIG_ONIZUKA,
        "attachments": [{"kind": "csv", "name": "乗車名簿_1023.csv", "encoding": "cp932",
                         "rows": [["号車", "座席", "氏名", "所属", "緊急連絡先（携帯）"]]
                                 + [[1 if i < 9 else 2, f"{i % 9 // 2 + 1}{'ABCD'[i % 4]}", p["name"],
                                     p["dept"], p["mobile"]] for i, p in enumerate(_P017)]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 18 passengers with their mobiles in a CP932 CSV to the bus company",
    },
    {
        "id": "shainryoko-018",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [SAKURA_RSV],
        "subject": "部屋割りのご連絡（10/16 日の出産業 45名）",
        "body": """さくらホテル熱海
ご宿泊予約ご担当者様

お世話になっております。日の出産業の真壁です。
部屋割りが決まりましたのでお知らせします。
チェックイン時にお部屋ごとに鍵をお渡しいただけますと助かります。

　部屋　　　　　　人数　　お名前
　和室１　　　　　５名　　真田、五十嵐、東海林、小鳥遊、鈴木
　和室２　　　　　５名　　高橋、渡邉、伊藤、山本、中村
　和室３　　　　　５名　　小林、加藤、吉田、山口、松本
　和室４　　　　　５名　　井上、木村、林、清水、山崎
　和室５　　　　　５名　　森、池田、橋本、阿部、石川
　和室６　　　　　５名　　前田、藤田、岡田、後藤、長谷川
　和室７　　　　　５名　　村上、近藤、坂本、青木、藤井
　和洋室１　　　　５名　　福田、太田、三浦、法華津、薬師寺
　和洋室２　　　　５名　　米満、舘、御手洗、一尺八寸、真壁

以上９室、４５名です。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "rooming list of surnames only, no contact details or other attributes, to the hotel that houses them",
    },
    {
        "id": "shainryoko-019",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "部屋割り表（役職者の個室について）",
        "body": """かじか亭 ご予約係様

お世話になっております。日の出産業の鬼塚です。
部屋割りのうち、個室をご用意いただく方と一部の相部屋を先にお知らせします。

""" + _table([["氏名", "所属", "役職", "お部屋"]] + [list(r) for r in _P019]) + """

残りの方は来週あらためてお送りします。
""" + SIG_ONIZUKA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "nine employees' names with department and job title to the ryokan: employee data or just a rooming list",
    },
    {
        "id": "shainryoko-020",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [SAKURA_BQ],
        "subject": "ハラール対応のお食事について（10/16 ご宴会）",
        "body": """さくらホテル熱海
宴会予約ご担当者様

いつもお世話になっております。日の出産業の真壁です。
宴会に参加する営業一課のアズハル・ラフマン（Azhar Rahman）はイスラム教徒のため、
豚肉・豚由来のエキス・アルコール（みりん・料理酒を含む）を使わないお料理を
ご用意いただくことは可能でしょうか。
また、夕方にお祈りの時間がありますので、宴会開始前に15分ほど使える小部屋が
あればお借りしたいです。

ご検討のほどよろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religion sent to the hotel (a partner, but external)",
    },
    {
        "id": "shainryoko-021",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [FORMOSA],
        "cc": [SHINONOME],
        "subject": "Incentive tour Nov 12-15 - Day 2 itinerary",
        "body": """Dear Ms. Lin,

Thank you for the draft itinerary. Kajiwara-san of Shinonome Travel is in Cc.
For Day 2 (Nov 13) we would like to change the order a little:

  09:00  Depart hotel
  09:45  National Palace Museum (guided, Japanese-speaking guide please)
  12:30  Lunch at Din Tai Fung (Xinyi branch) - 14 pax
  14:30  Jiufen old street
  18:30  Dinner cruise is cancelled; free evening instead

Could you let us know whether the bus can stay with us until 19:00?

Best regards,
""" + SIG_EN,
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "English itinerary mail to the Taiwanese ground operator with the Japanese agency in Cc: two organisations, no personal data",
    },
    {
        "id": "shainryoko-022",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [FORMOSA],
        "subject": "Passenger manifest - Hinode Sangyo incentive tour (14 pax)",
        "body": """Dear Ms. Lin,

Please find attached the passenger manifest for the hotel and the airport transfer.
Two more names will follow once their passports are renewed.

Best regards,
""" + SIG_EN,
        "attachments": [{"kind": "xlsx", "name": "manifest_TPE_1112.xlsx", "sheets": {
            "Manifest": [["HINODE SANGYO INCENTIVE TOUR - PASSENGER MANIFEST (12-15 NOV 2026)"], [],
                         ["No", "Surname", "Given name", "Sex", "Date of birth", "Passport No.",
                          "Expiry"]]
                        + [[i + 1, p["sur"], p["given"], "M" if p["sex"] == "男" else "F",
                            p["dob"].strftime("%d %b %Y").upper(), f"T{chr(75 + i % 10)}{3190457 + i * 5521}",
                            f"{2029 + i % 6}-0{1 + i % 9}-15"] for i, p in enumerate(_P022)],
            "Flights": [["Date", "Flight", "From", "To", "Dep", "Arr"],
                        ["12 NOV", "BR 197", "HND", "TSA", "09:30", "12:15"],
                        ["15 NOV", "BR 196", "TSA", "HND", "13:40", "17:45"]]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers and birth dates of 12 travellers in an XLSX to the overseas operator",
    },
    {
        "id": "shainryoko-023",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [FORMOSA],
        "subject": "Re: Passenger manifest - corrected entries",
        "body": """Dear Ms. Lin,

Thank you for double-checking. Yes, the corrected entries below are right,
and I confirm the spelling of all six names.

Kind regards,
Misa

On Tue, 22 Sep 2026 at 15:02, Lin Yi-chen <ops@formosalink-travel.com.tw> wrote:
> Dear Ms. Tokano,
>
> While entering the manifest we found six entries that do not match the
> passport scans. We have corrected them as follows - please confirm:
>
""" + "\n".join(f"> {i + 1}. {p['sur']} {p['given']:<10} DOB {p['dob'].strftime('%d/%m/%Y')}  "
                f"Passport T{chr(75 + i % 10)}{3190457 + i * 5521}"
                for i, p in enumerate(_P022[:6])) + """
>
> Best regards,
> Lin Yi-chen
> Formosa Link Travel Service Co., Ltd.
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "reply: the passport data sits only in the quoted mail of the recipient; the new text has none",
    },
    {
        "id": "shainryoko-024",
        "charset": "iso-2022-jp",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "参加者グエン・ヴァン・ミンの渡航書類について",
        "body": """梶原様

お世話になっております。戸叶です。
表彰旅行の参加者のうち、技術開発部のグエン・ヴァン・ミンはベトナム国籍のため、
再入国の確認用に在留カードの情報をお送りします。

　氏名　　　　：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　生年月日　　：1994年7月19日
　在留カード番号：AB58204716CD
　在留期間満了日：2028年3月31日
　在留資格　　：技術・人文知識・国際業務

台湾の入境で追加の手続きが必要かどうかも教えていただけますでしょうか。
""" + SIG_TOKANO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence card number (identity document) of one employee to the agency",
    },
    {
        "id": "shainryoko-025",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [HIBARI],
        "subject": "個人情報の取扱いに関する覚書（案）のご送付",
        "body": """ひばりツーリスト株式会社
法人営業部 矢吹様

お世話になっております。日の出産業の大河内です。
参加者名簿をお渡しするにあたり、当社の規程上、個人情報の取扱い及び秘密保持に
関する覚書の締結が必要となります。案を添付いたしますのでご確認ください。
貴社の雛形がございましたら、そちらでも差し支えございません。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "docx", "name": "個人情報取扱覚書_案_ひばりツーリスト.docx",
                         "title": "個人情報の取扱いに関する覚書（案）",
                         "paragraphs": [
                             "個人情報の取扱いに関する覚書（案）",
                             "日の出産業株式会社（以下「甲」という。）と株式会社ひばりツーリスト（以下「乙」という。）は、"
                             "甲の社員旅行の手配業務（以下「本業務」という。）に関し、以下のとおり覚書を締結する。",
                             "第1条（目的）本覚書は、本業務において甲が乙に提供する個人情報の取扱いを定める。",
                             "第2条（秘密保持）乙は、本業務に関して知り得た甲の機密情報及び個人情報を第三者に開示しない。",
                             "第3条（利用目的）乙は、提供を受けた個人情報を宿泊・交通・保険の手配の目的にのみ利用する。",
                             "第4条（返還・廃棄）乙は、本業務終了後30日以内に個人情報を返還又は廃棄し、その旨を書面で報告する。",
                             "第5条（再委託）乙は、甲の書面による承諾なく本業務を再委託しない。",
                             "第6条（事故時の対応）漏えい等が発生した場合、乙は直ちに甲に報告する。",
                             "2026年　月　日　　甲：日の出産業株式会社　　乙：株式会社ひばりツーリスト"]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "mail about a data-handling / confidentiality agreement; the draft mentions 機密 but carries no marking or personal data",
    },
]

# -- 026-050 -------------------------------------------------------------------------------

_BUDGET = {
    "予算": [["【社外秘】2026年度 福利厚生予算 社員旅行内訳"], [],
             ["費目", "本社・大宮（熱海）", "深谷工場（鬼怒川）", "営業表彰（台北）", "合計"],
             ["交通費", 620000, 540000, 0, 1160000], ["宿泊・宴会費", 1575000, 1296000, 0, 2871000],
             ["パッケージ代金", 0, 0, 2380000, 2380000], ["保険料", 22500, 24000, 56000, 102500],
             ["予備費", 150000, 120000, 200000, 470000],
             ["合計", 2367500, 1980000, 2636000, 6983500]],
    "前年比": [["年度", "参加率", "一人当たり会社負担"], ["2024", "71%", 23800], ["2025", "76%", 24500],
              ["2026（計画）", "80%", 25000]],
}

_P029 = [("真田 健太", "真田 結衣", "長女", date(2016, 5, 21)), ("真田 健太", "真田 蒼", "長男", date(2019, 12, 3)),
         ("宇賀神 奈々", "宇賀神 蓮", "長男", date(2014, 8, 9)), ("宇賀神 奈々", "宇賀神 匠", "夫", date(1985, 2, 14)),
         ("鵜飼 浩二", "鵜飼 美穂", "妻", date(1988, 11, 30)), ("鵜飼 浩二", "鵜飼 ひなた", "長女", date(2021, 4, 2)),
         ("猪瀬 直樹", "猪瀬 湊", "長男", date(2017, 7, 27))]
_H029 = "".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{_wareki(d)}</td><td>{2026 - d.year - (1 if (d.month, d.day) > (10, 16) else 0)}歳</td></tr>\n"
    for a, b, c, d in _P029)

_MN033 = my_number(SEED + 1)
_P035 = _people("035", 15)
_P039 = _people("039", 20)
_P040 = _people("040", 12)
_P043 = _people("043", 30)

_OB = ["葛西 昭男 <kasai.akio1953@gmail.com>", "大貫 節子 <setsuko.onuki@yahoo.co.jp>",
       "藤巻 一郎 <fujimaki-ichiro@docomo.ne.jp>", "栗林 和夫 <k.kuribayashi@outlook.jp>",
       "宍戸 恒雄 <shishido.tsuneo@icloud.com>", "柳沼 正 <yaginuma.t@ezweb.ne.jp>"]

_MESSAGES_2 = [
    {
        "id": "shainryoko-026",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "集合場所（大宮駅西口）でのバス待機について",
        "body": """山吹観光バス株式会社
鶴田様

お世話になっております。日の出産業の真壁です。
10/16 朝の集合場所ですが、大宮駅西口の観光バス乗降場は 7:45〜8:15 の
30分のみ予約が取れました。恐れ入りますが 7:45 ちょうどに着車いただけますでしょうか。
また、帰りは同じ場所ではなく、ソニックシティ前で降ろしていただく予定です。

よろしくお願いいたします。
""" + SIG_MAKABE + DISC_JA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "ordinary arrangement with the bus company; the standard confidentiality disclaimer is not a marking",
    },
    {
        "id": "shainryoko-027",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": [HIBARI],
        "subject": "ご予算の件（参考資料）",
        "body": """矢吹様

お世話になっております。大河内です。
先日お問い合わせのあったご予算について、参考までに社内資料をお送りします。
熱海の欄をご覧いただければと思います。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "xlsx", "name": "2026福利厚生予算_社員旅行.xlsx", "sheets": _BUDGET,
                         "page_header": "社外秘", "title": "2026年度 福利厚生予算（社外秘）"}],
        "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
        "note": "marking: an internal budget workbook stamped 社外秘 sent to the travel agency",
    },
    {
        "id": "shainryoko-028",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["宇佐美 拓郎 <usami.takuro@hinode-sangyo.co.jp>"],
        "cc": [MAKABE],
        "subject": "FW: 2026福利厚生予算（社員旅行分）ご確認のお願い",
        "body": """宇佐美部長

お疲れさまです。大河内です。
社員旅行3件分の予算表を添付します。熱海と鬼怒川は確定、台北は見積ベースです。
予備費の配分についてご判断いただけますでしょうか。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "xlsx", "name": "2026福利厚生予算_社員旅行.xlsx", "sheets": _BUDGET,
                         "page_header": "社外秘"}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "the 社外秘 budget goes only to internal recipients",
    },
    {
        "id": "shainryoko-029",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "ご家族参加者の一覧（子供料金の確認用）",
        "html": """<html><body>
<p>ひばりツーリスト 矢吹様</p>
<p>お世話になっております。日の出産業の真壁です。<br>
ご家族で参加される方の一覧をお送りします。子供料金・幼児料金の区分をご確認ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#ddeeff"><th>社員氏名</th><th>ご家族氏名</th><th>続柄</th><th>生年月日</th><th>旅行時年齢</th></tr>
""" + _H029 + """</table>
<p>以上7名です。よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 真壁 千尋<br>TEL 048-641-7720</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: seven family members with birth dates in an HTML-only table to the agency",
    },
    {
        "id": "shainryoko-030",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "追加のご家族（お子様4名）",
        "body": """矢吹様

たびたび失礼いたします。真壁です。
締切後に追加で申込みのあったお子様4名分をCSVでお送りします。
布団・食事の要否も記載しております。
""" + SIG_MAKABE,
        "attachments": [{"kind": "csv", "name": "追加_子供4名.csv", "encoding": "utf-8",
                         "rows": [["氏名", "ふりがな", "生年月日", "学年", "布団", "食事"],
                                  ["御手洗 陽太", "みたらい ようた", "2018/06/14", "小2", "要", "子供膳"],
                                  ["御手洗 七海", "みたらい ななみ", "2021/01/08", "年中", "要", "お子様ランチ"],
                                  ["舘 このは", "たち このは", "2015/09/30", "小5", "要", "子供膳"],
                                  ["早乙女 律", "さおとめ りつ", "2023/03/22", "—", "不要", "不要"]]}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four children's names and birth dates: under five records, may be warned",
    },
    {
        "id": "shainryoko-031",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "リフト付き車両の手配について",
        "body": """鶴田様

お世話になっております。日の出産業の真壁です。
10/16 の2号車について、リフト付き車両への変更は可能でしょうか。

経理部の 法華津 恵（ほけつ めぐみ）が身体障害者手帳（1種2級）をお持ちで、
普段から車椅子を使用しています。乗降時の介助はご本人と同じ課の者が行いますが、
車椅子の固定ベルトの有無も教えていただけると助かります。

料金の差額が出る場合はお見積りをお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability (手帳の等級, wheelchair) sent to the bus company",
    },
    {
        "id": "shainryoko-032",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [SAKURA_RSV],
        "subject": "バリアフリールームのご用意について",
        "body": """さくらホテル熱海 ご宿泊予約ご担当者様

お世話になっております。日の出産業の真壁です。
10/16 ご宿泊の団体（45名）のうち、車椅子をご利用の方が1名いらっしゃいます。
バリアフリールームを1室（ツイン、同室者1名）ご用意いただけますでしょうか。
宴会場までの動線にエレベーターがあるかもあわせて教えてください。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "barrier-free request with no one named: not tied to an identifiable person",
    },
    {
        "id": "shainryoko-033",
        "charset": "iso-2022-jp",
        "sender": "四月一日 葵 <watanuki.aoi@hinode-sangyo.co.jp>",
        "to": [SHINONOME],
        "subject": "本人確認書類について（台北表彰旅行）",
        "body": f"""東雲トラベル
梶原様

はじめまして。日の出産業 営業一課の四月一日（わたぬき）と申します。
表彰旅行のお申込みにあたり本人確認が必要と伺いましたので、
マイナンバーカードの情報をお送りします。

　氏名　　：四月一日 葵（ワタヌキ アオイ）
　生年月日：{_fw('1996.02.11')}
　個人番号：{_fw(_MN033[:4])} {_fw(_MN033[4:8])} {_fw(_MN033[8:])}

パスポートは現在更新中で、10月中に受け取る予定です。
よろしくお願いいたします。

四月一日 葵
日の出産業株式会社 営業一課　内線 2405
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's My Number (full-width digits) sent to the travel agency as ID",
    },
    {
        "id": "shainryoko-034",
        "charset": "iso-2022-jp",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "Re: 本人確認書類の件",
        "body": """梶原様

お世話になっております。戸叶です。
社内の担当に確認しましたところ、旅行の手配に個人番号（マイナンバー）は
不要とのことでした。先日弊社の四月一日からお送りしたメールは、
お手数ですが削除していただけますでしょうか。
本人確認はパスポートの受領後にパスポートで行わせてください。

大変失礼いたしました。
""" + SIG_TOKANO + """

-----Original Message-----
From: 梶原 悠 <kajiwara@shinonome-travel.jp>
Sent: Thursday, September 24, 2026 10:12 AM
To: 戸叶 美沙
Subject: 本人確認書類の件

戸叶様
四月一日様から個人番号をお知らせいただきましたが、当社では個人番号は
お預かりしておりません。念のためご確認いただけますでしょうか。
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "mail about My Number (asking the agency to delete it) without any number; a name alone",
    },
    {
        "id": "shainryoko-035",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [NISHIKI],
        "subject": "旅のしおり 原稿のご送付（熱海 10/16-17）",
        "body": """錦印刷株式会社
芦田様

いつもお世話になっております。日の出産業の真壁です。
社員旅行の「旅のしおり」の原稿をお送りします。A5中綴じ・12ページ、50部でお願いします。
班分けのページは表組みのままで構いません。
""" + SIG_MAKABE,
        "attachments": [{"kind": "docx", "name": "旅のしおり_原稿_v3.docx",
                         "title": "2026 社員旅行 旅のしおり",
                         "paragraphs": ["2026 日の出産業 社員旅行　旅のしおり",
                                        "日程：10月16日（金）〜17日（土）　行先：熱海",
                                        "集合：大宮駅西口 観光バス乗降場 7:45",
                                        "持ち物：保険証のコピー、常備薬、雨具、宴会の余興用品",
                                        "■ 班分けと班員の連絡先（当日、班長が点呼を行います）"],
                         "tables": [[["班", "氏名", "携帯番号", "備考"]]
                                    + [[f"{i // 5 + 1}班", p["name"], p["mobile"], "班長" if i % 5 == 0 else ""]
                                       for i, p in enumerate(_P035)],
                                    [["時刻", "予定"], ["8:00", "出発"], ["11:30", "小田原 見学・昼食"],
                                     ["14:00", "みかん狩り"], ["16:00", "ホテル着"], ["18:30", "宴会"]]]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a DOCX booklet with 15 participants' mobiles in a table, sent to the printer",
    },
    {
        "id": "shainryoko-036",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [NISHIKI],
        "subject": "Re: 【校正】旅のしおり 2校のご確認",
        "body": """芦田様

2校ありがとうございました。赤字を入れたPDFをお返しします。
班分けのページは個人の携帯番号を載せない形に変更しましたので、
差し替えをお願いします（班長への連絡は総務の代表電話経由にします）。

""" + SIG_MAKABE + """

> 真壁様
> 2校をお送りします。9/30（水）正午までにご返送いただければ
> 10/9 納品に間に合います。
> 錦印刷 芦田
""",
        "attachments": [{"kind": "pdf", "name": "しおり_2校_赤字.pdf",
                         "lines": ["2026 社員旅行 旅のしおり（2校・赤字入り）",
                                   "P.2 日程表：11:30 小田原 → 11:45 に修正",
                                   "P.5 緊急連絡先：日の出産業 総務部 048-641-7720（代表）",
                                   "　　　　　　　さくらホテル熱海 0557-81-6200",
                                   "　　　　　　　山吹観光バス 運行管理 048-663-5511",
                                   "P.7 班分け：班名のみ掲載（携帯番号の列を削除）",
                                   "P.11 宴会の進行：表彰 → 乾杯 → ビンゴ の順に修正"]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "proof corrections to the printer: only business phone numbers, no personal data",
    },
    {
        "id": "shainryoko-037",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": _OB[:5],
        "subject": "OB会の皆様へ　社員旅行ご参加の最終ご案内",
        "body": """OB会の皆様

いつもお世話になっております。日の出産業 人事部の大河内です。
社員旅行へのご参加のお申込み、ありがとうございました。最終のご案内をお送りします。

・10月16日（金）7:45 大宮駅西口 観光バス乗降場にお集まりください
・ご負担金 10,000円は当日受付でお預かりします
・お部屋はOB会の皆様で和洋室1室をご用意しています

当日お会いできるのを楽しみにしております。
""" + SIG_OKOCHI,
        "expect": "stop", "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five retirees' private addresses visible to each other in To: should have been Bcc",
    },
    {
        "id": "shainryoko-038",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": [OKOCHI],
        "bcc": _OB,
        "subject": "【OB会】ご負担金のお振込先について",
        "body": """OB会の皆様（BCCにて失礼いたします）

日の出産業 人事部の大河内です。
当日受付での現金のお預かりが難しい方のために、お振込先をご案内します。

　みどり銀行 大宮支店　普通　1284503
　口座名義　ニチノデサンギヨウ（カ　フクリコウセイ

お振込の際はお名前の前に「OB」とご入力ください。
""" + SIG_OKOCHI,
        "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
        "note": "retirees correctly in Bcc; the bank account is the company's own",
    },
    {
        "id": "shainryoko-039",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": ["千葉 奈央 <chiba.nao@hinode-sangoy.co.jp>"],
        "subject": "鬼怒川旅行 参加者名簿（人事確認用）",
        "body": """千葉さん

お疲れさまです。深谷工場の鬼塚です。
鬼怒川旅行の参加者名簿です。保険の手続き前に人事側でも確認をお願いします。
""" + SIG_ONIZUKA,
        "attachments": [{"kind": "xlsx", "name": "鬼怒川_参加者名簿.xlsx", "sheets": {
            "参加者": [["社員番号", "氏名", "生年月日", "携帯", "住所"]]
                      + [[p["emp"], p["name"], p["dob"].strftime("%Y/%m/%d"), p["mobile"], p["addr"]]
                         for p in _P039]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike of the own domain (hinode-sangoy.co.jp) with a 20-person roster attached",
    },
    {
        "id": "shainryoko-040",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": ["深谷工場 幹事 <kanji-fukaya@mail.hinode-sangyo.co.jp>"],
        "cc": [TOKANO],
        "subject": "鬼怒川 各班の連絡先（幹事用）",
        "body": """幹事の皆さん

鬼塚です。当日の点呼用に、班長・副班長の携帯をまとめました。

""" + _table([["班", "役割", "氏名", "携帯"]]
             + [[f"{i // 2 + 1}班", "班長" if i % 2 == 0 else "副班長", p["name"], p["mobile"]]
                for i, p in enumerate(_P040)]) + """

社外には出さないでください。
""" + SIG_ONIZUKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "12 people's mobiles, but only to internal addresses (an internal subdomain and the main domain)",
    },
    {
        "id": "shainryoko-041",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [MIRAI],
        "subject": "国内旅行傷害保険 申込書（PDF）の送付",
        "body": """株式会社ミライ保険サービス
富樫様

お世話になっております。日の出産業の真壁です。
団体の国内旅行傷害保険の申込書をPDFでお送りします。
パスワードは社内の規程により、お電話でお伝えいたします。
""" + SIG_MAKABE,
        "attachments": [{"kind": "pdf", "name": "旅行傷害保険_申込書.pdf", "password": "hs1016",
                         "lines": ["国内旅行傷害保険 団体申込書", "契約者：日の出産業株式会社",
                                   "保険期間：2026年10月16日〜10月17日", "被保険者数：45名（別紙名簿のとおり）"]}],
        "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the insurance agent: cannot be inspected",
    },
    {
        "id": "shainryoko-042",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [MIRAI],
        "subject": "被保険者の追加（ご家族4名）",
        "body": """富樫様

お世話になっております。真壁です。
被保険者の追加をお願いいたします。いずれも社員のご家族です。

■1
　氏名：早乙女 美穂（サオトメ ミホ）
　生年月日：S61.3.9
　続柄：社員 早乙女 和也の妻
■2
　氏名：早乙女 律（サオトメ リツ）
　生年月日：R5.3.22
　続柄：同 長男
■3
　氏名：舘 このは（タチ コノハ）
　生年月日：H27.9.30
　続柄：社員 舘 航の長女
■4
　氏名：御手洗 和枝（ミタライ カズエ）
　生年月日：S33.12.1
　続柄：社員 御手洗 里穂の母

保険料の差額はまとめてご請求ください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four family members' records (names, wareki birth dates) to the insurance agent: under five, may be warned",
    },
    {
        "id": "shainryoko-043",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [MIRAI],
        "subject": "被保険者名簿（30名分）",
        "body": """富樫様

お世話になっております。真壁です。
被保険者名簿をZIPにまとめてお送りします（CSVと記入要領）。
""" + SIG_MAKABE,
        "attachments": [{"kind": "zip", "name": "被保険者名簿_1016.zip", "files": [
            {"kind": "csv", "name": "hihokensha_1016.csv", "encoding": "utf-8",
             "rows": [["氏名", "カナ", "生年月日", "性別", "郵便番号", "住所"]]
                     + [[p["name"], p["kana"], p["dob"].isoformat(), p["sex"], p["zip"], p["addr"]]
                        for p in _P043]},
            {"kind": "txt", "name": "記入要領.txt",
             "text": "生年月日は西暦（YYYY-MM-DD）で記載しています。\n住所は現住所です。\n"}]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 30 insured persons with birth dates and home addresses in a CSV inside a plain ZIP",
    },
    {
        "id": "shainryoko-044",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "cc": [SAKURA_RSV],
        "subject": "10/16 ホテル到着時のバス駐車について",
        "body": """山吹観光バス 鶴田様
さくらホテル熱海 ご担当者様

お世話になっております。日の出産業の真壁です。
ホテル到着時のバスの駐車について、お二方に同時にご相談させてください。

・到着予定：10/16 16:00頃（大型2台）
・ホテル様の大型車駐車場は1台分とのことで、もう1台は近隣の
　市営駐車場（熱海市和田浜南町）で待機いただく形でよろしいでしょうか
・乗務員様（1号車 村瀬様、2号車 大畑様）のお部屋はホテル様でご用意済みと伺っています

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "bus company and hotel (two organisations) on one mail; drivers named only as business contacts",
    },
    {
        "id": "shainryoko-045",
        "charset": "shift_jis",
        "sender": ONIZUKA,
        "to": ["つばめレンタカー 大宮店 <omiya@tsubame-rentacar.jp>"],
        "subject": "ハイエース2台のご予約（運転者情報）",
        "body": """つばめレンタカー 大宮店 御中

お世話になっております。日の出産業の鬼塚です。
10/22〜24 でご予約のハイエース2台について、運転者の情報をお送りします。

　運転者1：鬼塚 剛　　免許証番号 301204587216　有効期限 2029/04/15　携帯 090-2841-6637
　運転者2：舘 航　　　免許証番号 302109934518　有効期限 2027/11/02　携帯 080-7715-3302
　運転者3：猪瀬 直樹　免許証番号 301715620947　有効期限 2028/08/27　携帯 070-3398-1204

備品（景品・音響機材）の運搬に使用します。
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "driving licence numbers of three employees sent to the rental car company",
    },
    {
        "id": "shainryoko-046",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": ["つばめレンタカー 大宮店 <omiya@tsubame-rentacar.jp>"],
        "subject": "Re: ご予約内容の確認（予約番号 TR-260922-118）",
        "body": """つばめレンタカー 大宮店
ご担当者様

ご連絡ありがとうございます。鬼塚です。
予約番号 TR-260922-118 の内容で問題ございません。
運転者は私（鬼塚）と舘の2名を予定しています。
免許証は受け取りの際に店頭でご提示いたします。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "rental confirmation naming the drivers but giving no licence or other data",
    },
    {
        "id": "shainryoko-047",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["若葉損害保険 事故受付センター <jiko-uketsuke@wakaba-sonpo.co.jp>"],
        "cc": [MIRAI],
        "subject": "事故報告（国内旅行傷害保険 証券番号 KR-2610-55821）",
        "body": """若葉損害保険株式会社 事故受付センター御中
（cc: ミライ保険サービス 富樫様）

日の出産業株式会社 総務部の真壁です。
社員旅行中の事故について、下記の通りご報告いたします。

　証券番号　　：KR-2610-55821
　被保険者　　：栗原 早紀（クリハラ サキ）　昭和６３年７月１５日生
　健康保険証　：記号 3120045　番号 218
　事故日時　　：2026年10月17日 10:20頃
　事故場所　　：熱海梅園 園内の石段
　傷病名　　　：右足関節外果骨折（全治約6週間の見込み）
　受診医療機関：国際医療福祉大学熱海病院
　状況　　　　：散策中に石段で足を滑らせて転倒

診断書は後日郵送いたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "an injured employee's diagnosis and health insurance card number sent to the insurer",
    },
    {
        "id": "shainryoko-048",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [MIRAI],
        "cc": ["若葉損害保険 法人営業 <houjin-eigyo@wakaba-sonpo.co.jp>"],
        "subject": "補償内容の確認（2日目のみ参加される方の扱い）",
        "body": """富樫様
（cc: 若葉損害保険 法人営業ご担当者様）

お世話になっております。真壁です。
2日目の昼から現地で合流する参加者が数名おります。
この場合、保険期間は1泊2日分で加入しておいて、合流前の移動中の事故も
補償されるという理解でよろしいでしょうか。

また、OB会の方（当社の従業員ではない方）も同じ団体契約に含められるかを
あわせてご教示ください。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "coverage question to the agent and the insurer: two organisations, no personal data",
    },
    {
        "id": "shainryoko-049",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": [AOBA],
        "cc": ["山吹観光バス 配車係 <haisha@yamabuki-bus.co.jp>", "疾風交通 営業部 <eigyo@hayate-kotsu.co.jp>"],
        "subject": "10/23 鬼怒川 貸切バス3台の分担について",
        "body": """各社 ご担当者様

お世話になっております。日の出産業の鬼塚です。
10/23〜24 の鬼怒川行きですが、参加者が増えたため大型3台が必要になりました。
青葉運輸様で2台、残り1台を山吹観光バス様と疾風交通様のどちらかにお願いしたく、
各社の空き状況とお見積りを9/30までにいただけますでしょうか。

　出発：10/23（金）7:30 深谷工場 正門前
　帰着：10/24（土）17:00 同所
""" + SIG_ONIZUKA,
        "expect": "stop", "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three bus companies (competitors) can see each other in To/Cc",
    },
    {
        "id": "shainryoko-050",
        "charset": "shift_jis",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "お飲み物・お料理のお好みについて",
        "body": """かじか亭 ご予約係様

鬼塚です。宴会について細かいお願いで恐縮です。

・舘と猪瀬はお酒を飲まないので、乾杯はウーロン茶でお願いします
・薬師寺は生ものが苦手とのことで、お造りを焼き魚に替えていただけると助かります
・飲み放題は全員分でお願いします（ソフトドリンクの方も含めて）

よろしくお願いいたします。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "named food and drink preferences (not health or religion) to the ryokan",
    },
]

# -- 051-075 -------------------------------------------------------------------------------

_P054 = _people("054", 8)
_BANKS = [("みどり銀行", "大宮支店"), ("武蔵野信用金庫", "上尾支店"), ("みどり銀行", "深谷支店"),
          ("東都銀行", "川口支店"), ("ゆうちょ銀行", "〇一八店"), ("みどり銀行", "浦和支店"),
          ("彩の国銀行", "熊谷支店"), ("東都銀行", "赤羽支店")]
_T054 = [["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "払戻額"]] + [
    [p["emp"], p["name"], _BANKS[i][0], _BANKS[i][1], "普通", f"{3015520 + i * 70913:07d}",
     f"{18000 + (i % 3) * 6000:,}円"] for i, p in enumerate(_P054)]

_P061 = {"sender": "さくらホテル熱海 宴会予約 <banquet@sakura-hotel.jp>",
         "to": [MAKABE], "charset": "iso-2022-jp",
         "subject": "【ご予約確認】10/16 日の出産業株式会社様 ご宴会",
         "body": """日の出産業株式会社
真壁 千尋 様

この度はさくらホテル熱海をご利用いただき誠にありがとうございます。
下記の通りご予約を承りました。

　日時　：2026年10月16日（金）18:30〜20:30
　会場　：2F 桜の間（正面玄関より右手エレベーター）
　人数　：45名様
　お料理：季節の会席「潮騒」
　お飲物：2時間飲み放題
　バス　：正面玄関前にて乗降可、大型車駐車場は1台分（南側）

さくらホテル熱海　宴会予約係　秋葉
〒413-0023 静岡県熱海市東海岸町6-21
TEL 0557-81-6200　FAX 0557-81-6209
"""}

_P062 = {"配慮事項": [["台北表彰旅行　健康上の配慮事項（本人申告）"], [],
                      ["氏名", "所属", "配慮事項", "旅行会社への依頼"],
                      ["日比野 英明", "製造部", "1型糖尿病（インスリン自己注射・機内に注射器持込み）",
                       "機内持込みの申告書類の確認"],
                      ["相良 京子", "品質保証課", "心臓ペースメーカー使用", "空港保安検査での申告方法"],
                      ["飯能 秀樹", "物流センター", "腰椎椎間板ヘルニア術後（長時間の座位が困難）",
                       "通路側座席・バスの前方席"]],
            "メモ": [["※ 本人の同意を得て記載（9/18 人事部 確認）"]]}

_P073_LIST = _people("073", 10)
_P073 = {"sender": OKOCHI, "to": ["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
         "charset": "iso-2022-jp",
         "subject": "【幹事向け】各班の連絡網",
         "body": "幹事各位\n\n大河内です。当日の班ごとの連絡網です。班長は出発前に班員の携帯に一度連絡してください。\n\n"
                 + "\n".join(f"{i // 2 + 1}班　{p['name']}　{p['mobile']}　{p['mail']}"
                             for i, p in enumerate(_P073_LIST))
                 + "\n\n以上です。" + SIG_OKOCHI}

_MESSAGES_3 = [
    {
        "id": "shainryoko-051",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [KAJIKA],
        "subject": "夕食についてのご相談（えび・かに）",
        "body": """かじか亭 ご予約係様

お世話になっております。日の出産業 営業二課の戸叶です。
参加者のうち、営業二課の米満 沙織が、えびやかにを食べると口の中がかゆくなることが
あるそうです。病院で検査をしたことはなく、アレルギーかどうかは本人もはっきり
わからないとのことですが、念のため甲殻類を使わないお料理に替えていただけますか。

よろしくお願いいたします。
""" + SIG_TOKANO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's possible (undiagnosed) shellfish reaction: health information or a meal preference",
    },
    {
        "id": "shainryoko-052",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "自家用車でお越しの方（駐車場のご予約）",
        "body": """かじか亭 ご予約係様

お世話になっております。鬼塚です。
バスではなく自家用車で現地に直接向かう者が6名おります。
駐車場のご予約と、到着が遅れた場合のご連絡用に携帯番号をお知らせします。

・舘 航（製造部）　車両：熊谷 300 さ 12-34　携帯 080-7715-3302
・日比野 英明（製造部）　車両：熊谷 330 ち 58-07　携帯 090-5530-2816
・宇賀神 奈々（営業二課）　車両：大宮 500 ゆ 71-19　携帯 070-4418-6625
・早乙女 和也（営業二課）　車両：大宮 300 ふ 3-86　携帯 090-1187-4453
・相良 京子（品質保証課）　車両：熊谷 500 ま 90-12　携帯 080-2264-9081
・釜萢 陽介（物流センター）　車両：春日部 330 ぬ 44-70　携帯 070-6039-5528

到着はいずれも 10/23 の 15時〜17時の予定です。
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six people with car plates and mobiles as bullets to the ryokan",
    },
    {
        "id": "shainryoko-053",
        "charset": "iso-2022-jp",
        "sender": SOMA,
        "to": ["ひばりツーリスト 経理部 <keiri@hibari-tourist.co.jp>"],
        "subject": "適格請求書の発行のお願い（社員旅行代金）",
        "body": f"""株式会社ひばりツーリスト
経理部 ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の相馬です。
10/16〜17 社員旅行のご請求について、適格請求書の形式での発行をお願いいたします。

　ご請求先　：日の出産業株式会社（登録番号 T{_houjin('030001048826')}）
　お見積番号：HT-2026-08814
　ご請求金額：1,597,500円（税込）
　お支払予定：11月末日 銀行振込

貴社の登録番号（T{_houjin('011101072913')}）の記載もお忘れなきようお願いいたします。
""" + SIG_SOMA,
        "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
        "note": "invoice request with two companies' registration (T-) numbers; business data only",
    },
    {
        "id": "shainryoko-054",
        "charset": "shift_jis",
        "sender": SOMA,
        "to": ["みどり銀行 大宮支店 窪田様 <kubota@midori-ginko.co.jp>"],
        "subject": "旅行積立金 払戻し（総合振込）のご依頼",
        "body": """みどり銀行 大宮支店
法人営業課 窪田様

いつもお世話になっております。日の出産業の相馬でございます。
社員旅行に参加しなかった社員への積立金の払戻しについて、総合振込をお願いいたします。
振込先の一覧をPDFでお送りします。振込日は10月30日でお願いします。
""" + SIG_SOMA,
        "attachments": [{"kind": "pdf", "name": "積立金払戻_振込先一覧.pdf",
                         "lines": ["旅行積立金 払戻し 振込先一覧（2026年10月30日 振込分）",
                                   "依頼人：日の出産業株式会社（みどり銀行 大宮支店 当座 0042817）", ""],
                         "table": _T054}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: eight employees' personal bank accounts in a PDF table to the bank (a partner, but external)",
    },
    {
        "id": "shainryoko-055",
        "charset": "shift_jis",
        "sender": SOMA,
        "to": ["みどり銀行 大宮支店 窪田様 <kubota@midori-ginko.co.jp>"],
        "subject": "旅行代金のお振込について（期日指定）",
        "body": """窪田様

お世話になっております。相馬です。
下記の振込を11月30日の期日指定でお願いできますでしょうか。

　振込先：東都銀行 神田支店　当座 0719924
　　　　　カ）ヒバリツーリスト
　金額　：1,597,500円
　依頼人：日の出産業株式会社（当座 0042817）

振込依頼書は本日中にインターネットバンキングで登録いたします。
""" + SIG_SOMA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "a payment between two companies' accounts: business bank data, no person's data",
    },
    {
        "id": "shainryoko-056",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "【部外秘】役員送迎車の行程について",
        "body": """取扱注意

鶴田様

お世話になっております。真壁です。
役員3名（社長・専務・常務）は当日、別便のハイヤーでホテルに向かいます。
宴会の開始を役員到着に合わせるため、バス2台の到着時刻と調整させてください。

　役員車　大宮本社 13:30発 → 小田原で会食 → 17:30 ホテル着（予定）
　社長挨拶は 18:30 からを予定しております。

本件は社内でもまだ公表前の予定のため、取扱いにご注意ください。
""" + SIG_MAKABE,
        "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
        "note": "marking: the mail is classified 【部外秘】 / 取扱注意 and goes to the bus company",
    },
    {
        "id": "shainryoko-057",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [HIBARI],
        "subject": "Re: ご予算の上限について",
        "body": """矢吹様

お世話になっております。大河内です。
ご予算の内訳資料については社外秘扱いのためお送りできないのですが、
お一人様あたり35,000円（税込、バス代込み）が上限とお考えください。
宴会の飲み放題を2時間から90分にすれば収まるようでしたら、それでも構いません。

""" + SIG_OKOCHI + """

> 大河内様
> ご予算の内訳を拝見できれば、より近い形でご提案できるかと存じます。
> 矢吹
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "the word 社外秘 is only mentioned (declining to send a document), not a marking",
    },
    {
        "id": "shainryoko-058",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [SAKURA_RSV],
        "subject": "部屋割り表（最終版）の送付",
        "body": """さくらホテル熱海 ご担当者様

お世話になっております。真壁です。
部屋割り表の最終版を添付します。前回版からの変更は3名分です。
""" + SIG_MAKABE,
        "attachments": [{"kind": "corrupt", "name": "部屋割り_最終版.xlsx"}],
        "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    {
        "id": "shainryoko-059",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["千葉 奈央 <chiba.nao@hinode-sangyo.co.jp>"],
        "subject": "参加者名簿（保険用）パスワード付き",
        "body": """千葉さん

お疲れさまです。真壁です。
保険加入用の名簿をパスワード付きZIPで送ります。パスワードはTeamsで送ります。
""" + SIG_MAKABE,
        "attachments": [{"kind": "zip", "name": "保険用名簿.zip", "password": "Atm-1016",
                         "files": [{"kind": "csv", "name": "hoken.csv", "encoding": "cp932",
                                    "rows": [["氏名", "生年月日"]] + [[p["name"], p["dob"].isoformat()]
                                                                     for p in _P043[:10]]}]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "an encrypted ZIP, but only to an internal colleague",
    },
    {
        "id": "shainryoko-060",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "FW: 【全社】社員旅行 集合場所と駐車場のご案内",
        "body": """鶴田様

お世話になっております。真壁です。
社内向けに出した集合場所の案内を念のため転送します。
乗降場の位置がバス会社様の認識と合っているかご確認ください。

-------- 転送メッセージ --------
差出人: 真壁 千尋
送信日時: 2026年10月5日 9:02
宛先: 全社員
件名: 【全社】社員旅行 集合場所と駐車場のご案内

社員の皆さま

10/16 の集合場所は大宮駅西口 2階デッキを降りた先の「観光バス乗降場」です。
車で来られる方は、本社ビル地下駐車場（B2）を前日から2日間利用できます。
駐車券は総務で配布しますので、10/14までに申し出てください。
出発は 8:00 です。遅れる場合は総務の代表番号（048-641-7720）へ。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "forward of an internal announcement with meeting point and company numbers only",
    },
    {
        "id": "shainryoko-061",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "FW: 【ご予約確認】さくらホテル熱海 ご宴会",
        "body": """鶴田様

ホテルからの予約確認メールを添付で転送します。
バスの乗降場所と駐車場の位置が書かれていますのでご参照ください。
""" + SIG_MAKABE,
        "attachments": [{"kind": "eml", "name": "予約確認_さくらホテル熱海.eml", "message": _P061}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "attached hotel confirmation: business details, the hotel's contact only",
    },
    {
        "id": "shainryoko-062",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "参加者の健康上の配慮事項について",
        "body": """梶原様

お世話になっております。戸叶です。
参加者のうち3名から健康上の配慮について申告がありましたので、一覧をお送りします。
航空会社・空港での手続きや座席の手配でご対応いただけるものがあれば教えてください。
""" + SIG_TOKANO,
        "attachments": [{"kind": "xlsx", "name": "健康上の配慮事項_台北.xlsx", "sheets": _P062}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: three named travellers' medical conditions in an XLSX to the agency",
    },
    {
        "id": "shainryoko-063",
        "charset": "utf-8",
        "sender": "東海林 智子 <shoji.tomoko@mail.hinode-sangyo.co.jp>",
        "to": [ONIZUKA],
        "subject": "鬼怒川旅行の参加について（ご相談）",
        "body": """鬼塚さん

お疲れさまです。品質保証課の東海林です。
旅行には参加させていただく予定なのですが、持病の喘息があって、
夜に発作が出ることがあります。吸入器は持っていきますが、
念のため同室の方には伝えておきたいので、部屋割りのときに相談させてください。
旅館の方には伝えなくて大丈夫です。

東海林
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's own health condition sent only to the internal organiser",
    },
    {
        "id": "shainryoko-064",
        "charset": "shift_jis",
        "sender": ONIZUKA,
        "to": ["北国フーズ 法人受注 <order@kitaguni-fooods.co.jp>"],
        "subject": "バス車内 昼食弁当のご注文（10/23 48食）",
        "body": """北国フーズ株式会社
法人受注ご担当者様

いつもお世話になっております。日の出産業の鬼塚です。
10/23 のバス車内の昼食用に、お弁当を下記の通り注文いたします。

　品名：幕の内弁当「秋」　48食（うち2食はご飯少なめ）
　お茶：48本
　お届け：10/23（金）7:00 深谷工場 正門守衛所
　お支払い：請求書払い（いつもの通り）

よろしくお願いいたします。
""" + SIG_ONIZUKA,
        "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-fooods.co.jp (letter added) instead of the partner kitaguni-foods.co.jp",
    },
    {
        "id": "shainryoko-065",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": ["北国フーズ 法人受注 <order@kitaguni-foods.co.jp>"],
        "cc": [AOBA],
        "subject": "Re: お弁当の受け渡し場所について",
        "body": """北国フーズ ご担当者様
（cc：青葉運輸 貸切バス事業部様）

鬼塚です。お弁当の受け渡しですが、工場ではなくバスに直接積み込んでいただく形に
変更させてください。バスは 7:10 に正門前に着車予定です。
青葉運輸様には乗務員の方に荷物室を開けておいていただくようお願いいたします。

""" + SIG_ONIZUKA + """

> 鬼塚様
> 受け渡し場所は守衛所でよろしいでしょうか。北国フーズ 受注センター
""",
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "caterer (correct partner domain) and bus company on one mail: two organisations",
    },
    {
        "id": "shainryoko-066",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": ["みなかみアウトドア 予約センター <info@minakami-outdoor.jp>"],
        "subject": "ラフティング 参加人数の変更（10/24 午前）",
        "body": """みなかみアウトドア 予約センター御中

お世話になっております。日の出産業の鬼塚です。
10/24 午前のラフティング（予約番号 MO-1024-07）ですが、1名が体調不良のため
不参加となり、12名から11名に変更をお願いします。
身長・体重の申告票は11名分を当日お持ちします。
キャンセル料が発生する場合はお知らせください。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "a headcount change with an anonymous 'feeling unwell': no identifiable person",
    },
    {
        "id": "shainryoko-067",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": ["かなた果樹園 <yoyaku@kanata-mikan.jp>"],
        "subject": "10/16 みかん狩り 団体予約の件",
        "body": """かなた果樹園 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の真壁と申します。
10月16日（金）14時から、社員旅行の団体でみかん狩りをお願いしたく、ご連絡しました。

　大人　　　　　　　　　40名
　小学生　　　　　　　　 4名
　未就学児（3歳以上）　 2名
　バス　　　　　　　　　大型2台

駐車場の有無と、お土産用の持ち帰り袋の料金を教えていただけますでしょうか。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "group booking with head counts only",
    },
    {
        "id": "shainryoko-068",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": ["ひなぎくガラス工房 <info@hinagiku-glass.jp>"],
        "subject": "吹きガラス体験（10/24）班長の連絡先",
        "body": """ひなぎくガラス工房 ご担当者様

お世話になっております。日の出産業の戸叶です。
10/24 の吹きガラス体験は4班に分かれて伺います。
当日の受付・お支払いは各班の班長が行いますので、連絡先をお知らせします。

　A班　猪瀬 直樹　090-6218-4470
　B班　栃木 沙織　080-3391-0726
　C班　鵜飼 浩二　070-5504-8813
　D班　米満 沙織　090-7762-1395

よろしくお願いいたします。
""" + SIG_TOKANO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four group leaders' mobiles to the workshop: under five, may be warned",
    },
    {
        "id": "shainryoko-069",
        "charset": "shift_jis",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "延泊のご家族 宿泊者名簿の記入事項",
        "body": """かじか亭 ご予約係様

鬼塚です。10/24 に延泊される1家族（4名）の宿泊者名簿の記入事項をお送りします。
チェックイン時の記入の手間を省くため、事前にお知らせしておきます。

氏名\t住所\t電話
日比野 英明\t埼玉県熊谷市籠原南2-17-4\t090-5530-2816
日比野 佳織\t同上\t080-4127-3395
日比野 蓮\t同上\t（保護者に同じ）
日比野 紬\t同上\t（保護者に同じ）

到着は 10/24 の 16時頃です。
""" + SIG_ONIZUKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "register details of one family (four people) to the ryokan: under five, may be warned",
    },
    {
        "id": "shainryoko-070",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "座席表（1号車・2号車）",
        "body": """鶴田様

お世話になっております。真壁です。
座席表をPowerPointでお送りします。ガイドさんの点呼用にお使いください。
""" + SIG_MAKABE,
        "attachments": [{"kind": "pptx", "name": "座席表_1016.pptx", "title": "バス座席表",
                         "slides": [["1号車 座席表", "最前列：真壁（幹事）・大河内（幹事）",
                                     "2列目：真田・五十嵐 ／ 東海林・小鳥遊",
                                     "3列目：鈴木・高橋 ／ 渡邉・伊藤",
                                     "4列目：山本・中村 ／ 小林・加藤",
                                     "5列目以降：自由席"],
                                    ["2号車 座席表", "最前列：御手洗（幹事）・舘（幹事）",
                                     "2列目：吉田・山口 ／ 松本・井上",
                                     "3列目：木村・林 ／ 清水・山崎",
                                     "4列目以降：自由席"]]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "a seating chart of surnames only, no contact details or attributes",
    },
    {
        "id": "shainryoko-071",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "お礼（10/23-24 ご宿泊）",
        "body": """かじか亭 女将様、スタッフの皆様

先日は大変お世話になりました。日の出産業の鬼塚です。
お料理も温泉も大好評で、参加者からも「来年もここがいい」との声が多数ありました。
宴会場で撮った集合写真をお送りしますので、よろしければお納めください。

来年もまたよろしくお願いいたします。
""" + SIG_ONIZUKA,
        "attachments": [{"kind": "png", "name": "集合写真_1.png"}, {"kind": "png", "name": "集合写真_2.png"}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "thank-you mail with group photos; no personal data in text",
    },
    {
        "id": "shainryoko-072",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [SAKURA_RSV],
        "subject": "お忘れ物のお問い合わせ（10/16 502号室）",
        "body": """さくらホテル熱海 フロントご担当者様

お世話になっております。日の出産業の真壁です。
10/16 にご宿泊した当社の社員が、502号室に眼鏡ケース（黒・革製）を忘れたようです。
見つかりましたら、本人に直接ご連絡いただけますでしょうか。

　氏名　：御手洗 里穂（みたらい りほ）
　連絡先：080-5129-3368（本人携帯）

着払いでの返送で構いません。お手数をおかけします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one person's name and mobile for a lost-property call: may be warned",
    },
    {
        "id": "shainryoko-073",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "FW: 【幹事向け】各班の連絡網",
        "body": """鶴田様

ガイドさんが各班長と直接やりとりしたいとのことでしたので、
社内の連絡網のメールを添付で転送します。
""" + SIG_MAKABE,
        "attachments": [{"kind": "eml", "name": "各班の連絡網.eml", "message": _P073}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: an internal phone tree (10 people, mobiles and mail) forwarded as an attached mail to the bus company",
    },
    {
        "id": "shainryoko-074",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": [AOBA],
        "subject": "RE: 10/23 運行指示書（案）",
        "body": """青葉運輸 ご担当者様

鬼塚です。運行指示書の案、ありがとうございます。
1点だけ、出発時刻を 7:30 から 7:15 に早めていただけますでしょうか。
日光で渋滞が見込まれるため、工場の朝礼を省略することにしました。
その他は案の通りで結構です。

""" + SIG_ONIZUKA + """

差出人: 青葉運輸 貸切バス事業部 <kashikiri@aoba-unyu.co.jp>
送信日時: 2026年10月13日 16:47
宛先: 鬼塚 剛
件名: 10/23 運行指示書（案）

日の出産業 鬼塚様
運行指示書の案をお送りします。
　1号車 乗務員 稲垣　2号車 乗務員 宮腰
　7:30 深谷工場発 → 東北道 → 佐野SA → 日光 → 16:00 鬼怒川着
ご確認をお願いいたします。
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "reply below an Outlook-style quoted header; drivers named as business contacts only",
    },
    {
        "id": "shainryoko-075",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": ["Lotus Garden Hotel Reservations <reservations@lotusgarden-taipei.com>"],
        "subject": "Late check-in for two guests - Hinode Sangyo group (Nov 12)",
        "body": """Dear Reservations Team,

Our group (Hinode Sangyo, booked via Formosa Link Travel, ref. FL-26-1112-HS) will
check in on Nov 12 around 14:00. Two guests will arrive separately on a later flight
and check in around 23:30. Please keep their room (twin) until then.

  Mr. Kenta SANADA    mobile +81-90-3318-2207
  Mr. Daisuke UKAI    mobile +81-80-6624-1950

If you need to reach them on the day, please call these numbers.

Best regards,
""" + SIG_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English request with two guests' mobiles to the Taipei hotel: under five, may be warned",
    },
]

# -- 076-100 -------------------------------------------------------------------------------

_P086 = _people("086", 40)
def _rooms086():
    lines, room = [], 0
    for sex in ("男", "女"):
        group = sorted((p for p in _P086 if p["sex"] == sex), key=lambda p: p["age"])
        for i, p in enumerate(group):
            if i % 5 == 0:
                room += 1
            lines.append(f"{'和室' if sex == '男' else '和洋室'}{room}\t{p['name']}\t{p['sex']}\t{p['age']}\t{p['dept']}")
    return "\n".join(lines)


_P094 = _people("094", 6)
_P097 = _people("097", 9)
_P098 = _people("098", 25)

_SURVEY = {
    "集計": [["2026 社員旅行（熱海）アンケート集計　回答 38名／45名"], [],
             ["設問", "とても良い", "良い", "普通", "悪い"],
             ["行程全体", 14, 17, 6, 1], ["宿泊施設", 20, 13, 5, 0], ["宴会の料理", 11, 18, 7, 2],
             ["バス移動", 9, 15, 11, 3], ["みかん狩り", 22, 12, 4, 0]],
    "自由記述（抜粋）": [["分類", "コメント"],
                      ["良かった点", "ホテルのお風呂が広くて良かった"],
                      ["良かった点", "家族連れでも参加しやすかった"],
                      ["改善点", "帰りの渋滞が長かったので出発を早めてほしい"],
                      ["改善点", "2日目の昼食は自由より団体のほうがよい"]],
}

_MESSAGES_4 = [
    {
        "id": "shainryoko-076",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "当日の緊急連絡体制表",
        "body": """矢吹様

お世話になっております。真壁です。
当日の緊急連絡体制表をお送りします（古いExcel形式ですみません）。
添乗員の方にもお渡しいただけますでしょうか。
""" + SIG_MAKABE,
        "attachments": [{"kind": "xls", "name": "緊急連絡体制表.xls", "sheets": {
            "体制表": [["役割", "氏名／名称", "連絡先", "備考"],
                       ["幹事長", "真壁 千尋", "080-2217-6034", "総務部（社用携帯）"],
                       ["副幹事", "大河内 亮", "090-6641-2785", "人事部（社用携帯）"],
                       ["2号車責任者", "御手洗 里穂", "070-3356-9120", "営業一課"],
                       ["ホテル", "さくらホテル熱海 フロント", "0557-81-6200", ""],
                       ["バス", "山吹観光バス 運行管理", "048-663-5511", "24時間"],
                       ["旅行会社", "ひばりツーリスト 緊急デスク", "03-5812-4499", "24時間"],
                       ["会社", "日の出産業 総務部（代表）", "048-641-7720", "平日のみ"]]}}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with three organisers' mobiles plus business numbers: under five people, may be warned",
    },
    {
        "id": "shainryoko-077",
        "charset": "shift_jis",
        "sender": OKOCHI,
        "to": ["日の出産業 全社員 <all@hinode-sangyo.co.jp>"],
        "subject": "【リマインド】社員旅行の出欠回答は9/25（金）まで",
        "body": """社員の皆さま

人事部 福利厚生グループの大河内です。
社員旅行の出欠回答の締切が今週金曜日に迫っています。
まだの方は社内ポータルの申込フォームからご回答ください。

　熱海（本社・大宮地区）　10/16〜17
　鬼怒川（深谷工場）　　　10/23〜24

食事の配慮（アレルギー等）や、移動に配慮が必要な方は、フォームの
「幹事への連絡事項」欄ではなく、人事部まで個別にご相談ください。
旅行会社・ホテルには、ご本人の同意を得た範囲でのみお伝えします。
""" + SIG_OKOCHI,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "internal all-staff reminder",
    },
    {
        "id": "shainryoko-078",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": ["葛西 昭男 <kasai.akio1953@gmail.com>", "藤巻 一郎 <fujimaki-ichiro@docomo.ne.jp>"],
        "subject": "相部屋のご確認（OB会 葛西様・藤巻様）",
        "body": """葛西様、藤巻様

日の出産業の大河内です。
ご旅行当日のお部屋ですが、お二人で和室1室をご利用いただく形でよろしいでしょうか。
ご希望があれば個室もご用意できます（差額 6,000円）。
お手数ですが今週中にお返事をいただけますと幸いです。
""" + SIG_OKOCHI,
        "expect": "pass", "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "two private persons who room together, both in To: only two external parties",
    },
    {
        "id": "shainryoko-079",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "アンケート結果のご共有（来年度に向けて）",
        "body": """矢吹様

今年の社員旅行ではありがとうございました。真壁です。
参加者アンケートの集計をお送りします。来年度のご提案の参考にしていただければ幸いです。
（自由記述は個人が特定できない形に抜粋しています）
""" + SIG_MAKABE,
        "html": """<html><body><p>矢吹様</p>
<p>今年の社員旅行ではありがとうございました。真壁です。<br>
参加者アンケートの集計をお送りします。来年度のご提案の参考にしていただければ幸いです。</p>
<table border="1"><tr><th>設問</th><th>とても良い</th><th>良い</th><th>普通</th><th>悪い</th></tr>
<tr><td>行程全体</td><td>14</td><td>17</td><td>6</td><td>1</td></tr>
<tr><td>宿泊施設</td><td>20</td><td>13</td><td>5</td><td>0</td></tr>
<tr><td>宴会の料理</td><td>11</td><td>18</td><td>7</td><td>2</td></tr></table>
<p>日の出産業株式会社 総務部 真壁</p></body></html>""",
        "attachments": [{"kind": "xlsx", "name": "アンケート集計_熱海2026.xlsx", "sheets": _SURVEY}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "aggregated survey results, text + HTML alternative and an XLSX; no individual data",
    },
    {
        "id": "shainryoko-080",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [SHINONOME],
        "subject": "社内説明会用の資料一式（行程表・注意事項）",
        "body": """梶原様

お世話になっております。戸叶です。
来週の社内説明会で使う資料をZIPにまとめました。
行程表と旅行の注意事項に誤りがないか、ご確認をお願いできますでしょうか。
""" + SIG_TOKANO,
        "attachments": [{"kind": "zip", "name": "説明会資料_台北.zip", "files": [
            {"kind": "pdf", "name": "行程表_台北_1112-1115.pdf",
             "lines": ["営業表彰旅行 台北 3泊4日 行程表", "11/12（木）羽田 9:30発 → 松山 12:15着 → 市内観光",
                       "11/13（金）故宮博物院・九份", "11/14（土）終日自由行動（オプション：野柳・淡水）",
                       "11/15（日）松山 13:40発 → 羽田 17:45着"]},
            {"kind": "docx", "name": "旅行の注意事項.docx",
             "paragraphs": ["旅行の注意事項", "パスポートの残存期間は入国時に6か月以上が必要です。",
                            "海外旅行保険は会社で一括加入します（個別の加入は不要）。",
                            "常備薬は機内持込み手荷物に入れてください。",
                            "現地での緊急連絡先：東雲トラベル 24時間デスク 03-6205-1180"]}]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "plain ZIP of an itinerary PDF and a notes DOCX; no personal data",
    },
    {
        "id": "shainryoko-081",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [NISHIKI],
        "subject": "校正紙の返送（伝票番号のお知らせ）",
        "body": """芦田様

お世話になっております。真壁です。
3校の校正紙を本日宅配便でお返ししました。

　配送会社　：ヤマト運輸
　伝票番号　：4812-3391-0657
　お届け予定：9/29（火）午前中

データでの修正指示は特にありません。よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "tracking number for returned proofs",
    },
    {
        "id": "shainryoko-082",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": [HIBARI],
        "cc": [SAKURA_BQ],
        "subject": "Re: Re: 宴会開始時刻の変更について",
        "body": """矢吹様、さくらホテル熱海 ご担当者様

真壁です。お二方ともありがとうございます。
では宴会は 18:45 開始、20:45 終了でお願いいたします。
飲み放題の時間もそれに合わせていただけますと助かります。

""" + SIG_MAKABE + """

> ひばりツーリストの矢吹です。
> ホテル様に確認したところ、18:45開始でも料理の提供に問題はないとのことです。
>
>> さくらホテル熱海 宴会予約の秋葉です。
>> 18:30開始のご予定でしたが、15分程度でしたら後ろ倒しが可能です。
>>
>>> 真壁です。役員の到着が遅れる見込みのため、宴会の開始を遅らせられないでしょうか。
""",
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "three-way thread with the agency and the hotel (two organisations), quoted levels",
    },
    {
        "id": "shainryoko-083",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [HIBARI],
        "subject": "キャンセルのご連絡（3名）",
        "body": """矢吹様

お世話になっております。真壁です。
大変申し訳ございませんが、以下の3名が参加を取りやめることになりました。

　営業一課　石井
　物流センター　遠藤
　技術開発部　西村

取消料の規定（14日前まで無料）に該当するかご確認いただけますでしょうか。
部屋割りは追ってご連絡いたします。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "three cancellations by surname and department only",
    },
    {
        "id": "shainryoko-084",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "当日の到着時刻と連絡先について",
        "body": """かじか亭 ご予約係様

鬼塚です。10/23 当日は 16:00 頃到着の予定です。
渋滞などで遅れる場合は私からお電話いたします。
当日、旅館様から連絡を取りたい場合は私の携帯（090-4418-2035）までお願いします。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "the sender gives his own mobile as the day's contact",
    },
    {
        "id": "shainryoko-085",
        "charset": "utf-8",
        "sender": ONIZUKA,
        "to": [KAJIKA],
        "subject": "表彰式用の会場（宴会前1時間）のご相談",
        "body": """かじか亭 ご予約係様

お世話になっております。鬼塚です。
宴会の前に30分ほど、工場の安全表彰式を行いたいと考えています。

・17:00〜17:45 で、50名程度が着席できるお部屋
・プロジェクター、マイク2本
・表彰状を置く長机1台

宴会場をそのまま使わせていただく形でも構いません。料金をお知らせください。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "venue request, no personal data",
    },
    {
        "id": "shainryoko-086",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["社員旅行幹事 <ryoko-kanji@hinode-sangyo.co.jp>"],
        "subject": "部屋割り（案）たたき台です",
        "body": """幹事の皆さん

真壁です。部屋割りのたたき台を作りました（タブ区切りなのでExcelに貼れます）。
性別・年齢が近い人で組んでいます。意見をください。

部屋\t氏名\t性別\t年齢\t所属
""" + _rooms086() + """

""" + SIG_MAKABE,
        "expect": "pass", "entities": ["PERSON_NAME"], "detectors": [],
        "note": "40 employees with sex, age and department, but to the internal organisers' list only",
    },
    {
        "id": "shainryoko-087",
        "charset": "iso-2022-jp",
        "sender": SOMA,
        "to": ["辻 会計事務所 辻先生 <tsuji@tsuji-zeirishi.jp>"],
        "subject": "社員旅行費用の課税関係についてのご相談",
        "body": """辻先生

いつもお世話になっております。日の出産業の相馬です。
今年度の社員旅行について、給与課税の要否をご確認いただきたくご連絡しました。

1. 熱海（1泊2日）：会社負担 25,000円／人、参加率 約80％
2. 鬼怒川（1泊2日）：会社負担 27,500円／人、参加率 約85％
3. 台北（3泊4日）：営業成績上位者のみ14名、会社負担 約170,000円／人

3. は参加者を成績で選んでいるため、全員参加型ではない点が気になっております。
不参加者への金銭の支給はありません（積立金の払戻しのみ）。
""" + SIG_SOMA,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "tax question to the accountant with aggregate figures only",
    },
    {
        "id": "shainryoko-088",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "社内ポータル 旅行申込フォームの項目追加のご依頼",
        "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 人事部の大河内です。
社内ポータルの旅行申込フォームに、以下の項目の追加をお願いしたいです。

・参加区分（本人のみ／家族同伴）
・同伴家族の人数（大人・子供・幼児）
・バス乗車地（大宮駅西口／本社）
・食事の配慮の有無（有／無のみ。内容は人事部へ個別に申告）

持病などの要配慮個人情報は自由記述欄に書き込まれないよう、
注意書きの表示もお願いします。お見積りをいただけますと幸いです。
""" + SIG_OKOCHI,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "a form-design request to a partner that only mentions categories of data",
    },
    {
        "id": "shainryoko-089",
        "charset": "iso-2022-jp",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "お見積書（YB-2026-0412）の確認",
        "body": """鶴田様

お見積書をありがとうございました。真壁です。
内容を確認しました。以下の通りで発注させていただきます。

　見積番号　　YB-2026-0412
　車両　　　　大型観光バス（53人乗り）×2台
　運賃　　　　 398,000円 × 2台 = 796,000円
　高速・駐車　  62,400円
　乗務員宿泊　　 実費（ホテル手配済み）
　合計（税込）　858,400円

注文書は別途郵送いたします。
""" + SIG_MAKABE,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "quote confirmation with prices and a quote number",
    },
    {
        "id": "shainryoko-090",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": [FORMOSA],
        "subject": "Meals and cancellation policy",
        "body": """Dear Ms. Lin,

Two small points before we finalise:

1. Meals: one traveller is vegetarian (eggs and dairy are fine). Could the
   restaurants on Day 1 and Day 2 prepare one vegetarian set? We will tell the
   guide who it is on arrival.
2. Cancellation: please confirm that cancellations up to 21 days before
   departure are free of charge, and 30% thereafter.

Thank you for your help.

Best regards,
""" + SIG_EN + DISC_EN,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "English mail with an anonymous meal request and the standard disclaimer",
    },
    {
        "id": "shainryoko-091",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [YAMABUKI],
        "subject": "2号車の座席についてのお願い",
        "body": """鶴田様

お世話になっております。真壁です。
2号車に乗る総務部の薬師寺 瑞希が、現在妊娠6か月です。
揺れの少ない前方の座席と、途中休憩を1回増やしていただくことは可能でしょうか。
ご本人からは、ガイドさんにも伝えてよいと了解をもらっています。
""" + SIG_MAKABE,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's pregnancy (health-related, not clearly 要配慮) sent with her consent to the bus company",
    },
    {
        "id": "shainryoko-092",
        "charset": "shift_jis",
        "sender": MAKABE,
        "to": [SAKURA_BQ],
        "subject": "Re: ご宴会の進行について",
        "body": """秋葉様

ご提案ありがとうございます。真壁です。
進行は下記でお願いいたします。

　18:45　開宴・社長挨拶
　18:55　乾杯（専務）
　19:00　お食事・ご歓談
　19:30　永年勤続表彰（5名）
　20:00　ビンゴ大会（景品は当日ホテルに搬入済み）
　20:40　中締め
　20:45　お開き

カラオケは2次会（21:00〜 3F ラウンジ）で利用させてください。

""" + SIG_MAKABE + """

-----Original Message-----
From: さくらホテル熱海 宴会予約 秋葉
Sent: Monday, October 5, 2026 11:20 AM
Subject: ご宴会の進行について

真壁様
当日の進行表をいただけますと、料理の出すタイミングを合わせられます。
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "banquet programme to the partner hotel; no personal data",
    },
    {
        "id": "shainryoko-093",
        "charset": "iso-2022-jp",
        "sender": OKOCHI,
        "to": [YAMABUKI],
        "subject": "OB会の方の送迎について（3名）",
        "body": """山吹観光バス 鶴田様

お世話になっております。日の出産業の大河内です。
OB会からご参加の方のうち、ご高齢で駅までの移動が難しい3名について、
1号車で出発前にご自宅近くまでお迎えに上がることはできますでしょうか。

【1】
葛西 昭男 様
〒331-0052 埼玉県さいたま市西区三橋5-1120-3
電話 048-623-1957

【2】
大貫 節子 様
〒362-0021 埼玉県上尾市原市3-8-14
電話 048-771-4402

【3】
宍戸 恒雄 様
〒330-0071 埼玉県さいたま市浦和区上木崎2-6-31
電話 090-8834-2016

ルートと料金のご提案をいただけますと助かります。
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three retirees' home addresses and phones in blocks: under five, may be warned",
    },
    {
        "id": "shainryoko-094",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [SOMA],
        "subject": "積立金の払戻し対象者（給与振込口座）",
        "body": """相馬さん

お疲れさまです。大河内です。
熱海旅行の不参加者のうち、積立金の払戻し対象の6名分です。
給与振込口座と同じ口座への振込でお願いします。

""" + _table([["社員番号", "氏名", "口座", "払戻額"]]
             + [[p["emp"], p["name"], f"みどり銀行 大宮支店 普通 {4102233 + i * 51177:07d}", "24,000円"]
                for i, p in enumerate(_P094)]) + """
""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "six employees' bank accounts, but between two internal staff",
    },
    {
        "id": "shainryoko-095",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [HIBARI],
        "subject": "ご発注のご連絡（お見積書 HT-2026-08814）",
        "body": """矢吹様

お世話になっております。大河内です。
お見積書 HT-2026-08814 の内容で正式に発注いたします。
社内決裁済みの見積書（押印済み）をPDFでお返しします。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "pdf", "name": "見積書_HT-2026-08814_承認済.pdf",
                         "lines": ["御見積書　No. HT-2026-08814", "日の出産業株式会社 御中",
                                   "件名：2026年度 社員旅行（熱海 1泊2日）", ""],
                         "table": [["項目", "単価", "数量", "金額"],
                                   ["宿泊（1泊2食）", "22,000", "45", "990,000"],
                                   ["宴会飲み放題", "3,500", "45", "157,500"],
                                   ["貸切バス", "429,200", "2", "858,400"],
                                   ["保険料", "500", "45", "22,500"],
                                   ["合計（税込）", "", "", "2,028,400"],
                                   ["承認", "日の出産業株式会社 人事部長（印）", "", ""]]}],
        "expect": "pass", "entities": [], "detectors": [],
        "note": "signed quote returned as a PDF: prices and a quote number only",
    },
    {
        "id": "shainryoko-096",
        "charset": "utf-8",
        "sender": TOKANO,
        "to": ["misa.t0312@icloud.com"],
        "subject": "台北 行程表（自分用）",
        "body": """自分用。スマホで見る用に転送。

11/12 羽田 9:30 BR197 → 松山 12:15
11/13 故宮・九份
11/14 自由行動
11/15 松山 13:40 BR196 → 羽田 17:45
ホテル：Lotus Garden Hotel Taipei
""",
        "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
        "note": "the sender mails the itinerary to her own private address; no one else's data",
    },
    {
        "id": "shainryoko-097",
        "charset": "utf-8",
        "sender": MAKABE,
        "to": ["ひばりツーリスト 手配センター <tehai@hibari-tourist.co.jp>"],
        "subject": "RE: 【ご確認】宿泊者情報（第2便）",
        "body": """手配センター ご担当者様

真壁です。ご確認ありがとうございます。
内容は相違ありません。1点だけ、和洋室2の方々は和室に変更してください
（ベッドよりお布団の希望が多かったため）。

-----Original Message-----
From: ひばりツーリスト 手配センター <tehai@hibari-tourist.co.jp>
Sent: Wednesday, September 30, 2026 5:41 PM
To: 真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>
Subject: 【ご確認】宿泊者情報（第2便）

日の出産業株式会社 真壁様

宿泊者情報（第2便）を下記の通り登録いたしました。ご確認ください。

""" + "\n".join(f"{i + 1:>2}  {_pad(p['name'], 14)}{_pad(p['kana'], 18)}{p['dob'].strftime('%Y年%m月%d日')}  和洋室2"
               for i, p in enumerate(_P097)) + """

ひばりツーリスト 手配センター
""",
        "expect": "pass", "entities": [], "detectors": [],
        "note": "reply: the nine-person list with birth dates is only in the quoted original from the recipient",
    },
    {
        "id": "shainryoko-098",
        "charset": "shift_jis",
        "sender": OKOCHI,
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "申込フォーム 初期データ（対象社員）の送付",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。大河内です。
先日ご相談した旅行申込フォームの初期データとして、対象社員の一覧をお送りします。
テスト環境への取込みをお願いいたします。
""" + SIG_OKOCHI,
        "attachments": [{"kind": "xlsx", "name": "取込用_対象社員一覧.xlsx", "sheets": {
            "取込データ": [["社員番号", "氏名", "カナ", "所属", "メールアドレス"]]
                          + [[p["emp"], p["name"], p["kana"], p["dept"], p["mail"]] for p in _P098],
            "説明": [["列", "内容"], ["社員番号", "5桁"], ["メールアドレス", "ログインIDとして使用"]]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 25 employees with e-mail addresses in an XLSX to a partner vendor (external all the same)",
    },
    {
        "id": "shainryoko-099",
        "charset": "iso-2022-jp",
        "sender": ONIZUKA,
        "to": [KAJIKA, AOBA],
        "subject": "大型バス2台の駐車について",
        "body": """かじか亭様、青葉運輸様

鬼塚です。当日のバス駐車の件、お二方に一度にお送りします。
旅館様の駐車場に大型2台が入れるとのことでしたので、
青葉運輸様は到着後そのまま旅館様の駐車場に停めてください。
出発は翌朝 9:00 です。
""" + SIG_ONIZUKA,
        "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
        "note": "ryokan and bus company both in To: two organisations, no personal data",
    },
    {
        "id": "shainryoko-100",
        "charset": "utf-8",
        "sender": OKOCHI,
        "to": [HIBARI],
        "subject": "精算のご報告と来年度について",
        "body": """矢吹様

お世話になっております。大河内です。
このたびの社員旅行では大変お世話になりました。精算結果をご報告いたします。

　ご請求額　　　　2,028,400円
　追加（お子様）　　 32,000円
　取消料　　　　　　　 0円
　お支払額　　　　2,060,400円（11/30 お振込予定）

来年度は鬼怒川・台北も含めて一括でご相談させていただくかもしれません。
引き続きよろしくお願いいたします。
""" + SIG_OKOCHI + DISC_EN,
        "expect": "pass", "entities": [], "detectors": [],
        "note": "settlement figures with an English disclaimer at the end",
    },
]

MESSAGES = _MESSAGES_1 + _MESSAGES_2 + _MESSAGES_3 + _MESSAGES_4
