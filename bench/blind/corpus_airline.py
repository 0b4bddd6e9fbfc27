"""Blind corpus: airline — Hinode Sangyo's airport ground-handling and charter travel business.

Passenger manifests, special-assistance requests (wheelchair, medical), group bookings,
lost baggage claims, crew rosters, irregular operations, partner airlines and travel
agencies; English and Japanese.  Every person, number and address is invented.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SUR = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("東海林", "ショウジ", "Shoji"), ("四十物", "アイモノ", "Aimono"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("我那覇", "ガナハ", "Ganaha"),
    ("宇佐美", "ウサミ", "Usami"), ("喜多", "キタ", "Kita"), ("嶋津", "シマヅ", "Shimazu"),
    ("漆原", "ウルシバラ", "Urushibara"), ("栗栖", "クルス", "Kurusu"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("千葉", "チバ", "Chiba"), ("菅野", "カンノ", "Kanno"), ("芦田", "アシダ", "Ashida"),
    ("御手洗", "ミタライ", "Mitarai"), ("砂川", "スナガワ", "Sunagawa"), ("宮里", "ミヤザト", "Miyazato"),
]

_GIV = [
    ("翔太", "ショウタ", "Shota", "M"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("健一", "ケンイチ", "Kenichi", "M"), ("拓也", "タクヤ", "Takuya", "M"),
    ("直樹", "ナオキ", "Naoki", "M"), ("悠人", "ユウト", "Yuto", "M"), ("隆", "タカシ", "Takashi", "M"),
    ("誠", "マコト", "Makoto", "M"), ("浩二", "コウジ", "Koji", "M"), ("和也", "カズヤ", "Kazuya", "M"),
    ("蓮", "レン", "Ren", "M"), ("湊", "ミナト", "Minato", "M"), ("修", "オサム", "Osamu", "M"),
    ("昭夫", "アキオ", "Akio", "M"), ("陽向", "ヒナタ", "Hinata", "M"), ("智也", "トモヤ", "Tomoya", "M"),
    ("勝利", "カツトシ", "Katsutoshi", "M"), ("義男", "ヨシオ", "Yoshio", "M"),
    ("美咲", "ミサキ", "Misaki", "F"), ("陽子", "ヨウコ", "Yoko", "F"), ("恵子", "ケイコ", "Keiko", "F"),
    ("さくら", "サクラ", "Sakura", "F"), ("結衣", "ユイ", "Yui", "F"), ("真由美", "マユミ", "Mayumi", "F"),
    ("彩", "アヤ", "Aya", "F"), ("由美子", "ユミコ", "Yumiko", "F"), ("千尋", "チヒロ", "Chihiro", "F"),
    ("葵", "アオイ", "Aoi", "F"), ("芽依", "メイ", "Mei", "F"), ("直美", "ナオミ", "Naomi", "F"),
    ("幸子", "サチコ", "Sachiko", "F"), ("奈々", "ナナ", "Nana", "F"), ("詩織", "シオリ", "Shiori", "F"),
    ("文子", "フミコ", "Fumiko", "F"), ("静江", "シズエ", "Shizue", "F"), ("凛", "リン", "Rin", "F"),
]

_TOWNS = [
    ("150-0012", "東京都渋谷区広尾"), ("231-0023", "神奈川県横浜市中区山下町"),
    ("260-0013", "千葉県千葉市中央区中央"), ("286-0033", "千葉県成田市花崎町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0001", "大阪府大阪市北区梅田"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("810-0001", "福岡県福岡市中央区天神"), ("060-0042", "北海道札幌市中央区大通西"),
    ("900-0015", "沖縄県那覇市久茂地"), ("980-0811", "宮城県仙台市青葉区一番町"),
    ("730-0011", "広島県広島市中区基町"), ("604-8005", "京都府京都市中京区恵比須町"),
    ("144-0052", "東京都大田区蒲田"), ("273-0005", "千葉県船橋市本町"),
    ("214-0014", "神奈川県川崎市多摩区登戸"), ("182-0022", "東京都調布市国領町"),
    ("420-0852", "静岡県静岡市葵区紺屋町"), ("390-0811", "長野県松本市中央"),
    ("590-0014", "大阪府堺市堺区田出井町"), ("862-0950", "熊本県熊本市中央区水前寺"),
    ("950-0087", "新潟県新潟市中央区東大通"), ("761-0301", "香川県高松市林町"),
]

_BLDG = ["", "", "", "", " コーポ若葉203", " グランメゾン日の出502", " サンハイツ101",
         " パークサイド南305", " ルミエール北野1102", " メゾン青柳2F"]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "gmail.com", "yahoo.co.jp"]

_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def people(seed, n, y0=1950, y1=2001):
    """n invented people (distinct surnames while the pool lasts)."""
    rng = random.Random(f"airline-people-{seed}")
    surs = rng.sample(_SUR, min(n, len(_SUR)))
    while len(surs) < n:
        surs.append(rng.choice(_SUR))
    out = []
    for i in range(n):
        s = surs[i]
        g = rng.choice(_GIV)
        town = rng.choice(_TOWNS)
        dob = _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))
        mob = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        local = rng.choice([
            f"{g[2].lower()}.{s[2].lower()}",
            f"{s[2].lower()}{g[2][0].lower()}{rng.randint(10, 99)}",
            f"{g[2].lower()}{rng.randint(1970, 2005)}",
            f"{s[2][:3].lower()}-{g[2].lower()}",
            f"{g[2][0].lower()}{s[2].lower()}_{rng.randint(1, 999)}",
        ])
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "sur_r": s[2], "giv_r": g[2], "sex": g[3], "dob": dob, "mobile": mob,
            "email": f"{local}@{rng.choice(_FREEMAIL)}",
            "zip": town[0],
            "addr": f"{town[1]}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
                    f"{rng.choice(_BLDG)}",
            "passport": f"{rng.choice(['TK', 'TR', 'TS', 'TZ', 'MZ', 'TH'])}{rng.randint(1000000, 9999999)}",
            "pp_exp": _dt.date(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28)),
        })
    return out


def fw(text):
    """ASCII digits and hyphens to full width, as people type them in Japanese IME."""
    return text.translate(str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）"))


def wareki(d, style="kanji"):
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    return f"{era}{y}年{d.month}月{d.day}日"


def adate(d):
    """Airline style: 02APR83."""
    return f"{d.day:02d}{_MON[d.month - 1]}{d.year % 100:02d}"


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w, fill=" "):
    s = str(s)
    gap = w - width(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + fill * max(gap, 0)


def table(rows, sep="  ", fill=" ", rule="-"):
    """Columns padded with spaces under a header and a rule, as pasted from Excel by hand."""
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(pad(c, ws[i], fill) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        lines.append(rule * ((sum(ws) + width(sep) * (len(ws) - 1)) // width(rule)))
    for r in rows[1:]:
        lines.append(sep.join(pad(c, ws[i], fill) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def quote(text):
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# -- signatures ----------------------------------------------------------------------------

SIG_AIRPORT = """──────────────────────
日の出産業株式会社
空港サービス部 成田ステーション
森下 美咲（Misaki Morishita）
〒282-0004 千葉県成田市古込1-1 第2旅客ターミナルビル 5F
TEL 0476-33-1180 / FAX 0476-33-1181
misaki.morishita@hinode-sangyo.co.jp
──────────────────────"""

SIG_TRAVEL = """--
日の出産業株式会社 旅行事業部 団体旅行課
小野寺 健
〒105-0013 東京都港区浜松町2-4-1 日の出ビル 9F
TEL: 03-5401-7720（代表） 内線 4312
E-mail: ken.onodera@hinode-sangyo.co.jp
観光庁長官登録旅行業 第1999号"""

SIG_BAGGAGE = """****************************************
日の出産業株式会社
手荷物サービスセンター（羽田）
宮城 琴音
TEL 03-5757-8830  FAX 03-5757-8831
kotone.miyagi@hinode-sangyo.co.jp
****************************************"""

SIG_OCC = """_____________________________
Takayuki Okawa
Operations Control Center (OCC)
Hinode Sangyo Co., Ltd. – Ground Handling Division
Tel +81-476-33-1190 (24h) | t.okawa@hinode-sangyo.co.jp
_____________________________"""

SIG_CREW = """――――――――――――――――
日の出産業株式会社
運航サポート部 乗員スケジュール課
長谷部 亮
TEL 03-5401-7745（直通）
r.hasebe@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_ASSIST = """======================================
日の出産業株式会社 空港サービス部
お手伝いデスク（特別支援） 安達 由紀
TEL 0476-33-1185（7:00-22:00）
yuki.adachi@hinode-sangyo.co.jp
======================================"""

SIG_HR = """---------------------------------
日の出産業株式会社 管理本部 人事総務課
松永 千尋
〒105-0013 東京都港区浜松町2-4-1 日の出ビル 7F
TEL 03-5401-7700 / c.matsunaga@hinode-sangyo.co.jp
---------------------------------"""

SIG_ACCT = """--
日の出産業株式会社 経理部
堀 直人（Naoto Hori）
TEL 03-5401-7710 FAX 03-5401-7719"""

SIG_STATION_EN = """Best regards,

Kenji Tanabe
Station Manager, Kansai
Hinode Sangyo Co., Ltd.
1-banchi Senshu-Kuko Kita, Izumisano, Osaka 549-0001, Japan
Tel: +81-72-456-3320  Mobile: +81-80-4471-2093
kenji.tanabe@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you are not the intended recipient, please notify the sender
and delete this e-mail. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# =========================================================================================
# STOP — lists of people
# =========================================================================================

_p = people(1, 12, 1948, 1999)
_rows = [["No", "NAME", "SEX", "DOB", "CONTACT TEL"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([f"{_i:02d}", f"{_x['sur_r'].upper()}/{_x['giv_r'].upper()} {'MR' if _x['sex'] == 'M' else 'MS'}",
                  _x["sex"], adate(_x["dob"]), _x["mobile"]])
MESSAGES.append({
    "id": "airline-001", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Charter passenger manifest (12 names, DOB, mobile) pasted as a space-padded table to a partner airline.",
    "charset": "iso-2022-jp",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 運航管理 <ops-nrt@kaiyo-airlines.co.jp>"],
    "subject": "【HN8101/11月14日】チャーター便 乗客名簿（最終版）",
    "body": "海洋エアライン株式会社\n運航管理ご担当者様\n\nいつもお世話になっております。日の出産業 成田ステーションの森下です。\n"
            "11/14 NRT-OKA チャーター便 HN8101 の最終乗客名簿を下記のとおりお送りいたします。\n"
            "前回送付分から2名（No.07, No.11）差し替えとなっておりますのでご確認ください。\n\n"
            + table(_rows) +
            "\n\n合計 12名（幼児なし）\nチェックイン開始は 7:10 を予定しております。\n\n何卒よろしくお願いいたします。\n\n" + SIG_AIRPORT,
})

_p = people(2, 10, 1962, 1998)
_rows = [["No.", "氏名", "フリガナ", "性別", "携帯電話", "部屋タイプ"]]
for _i, _x in enumerate(_p, 1):
    _rows.append([_i, _x["name"], _x["kana"], "男" if _x["sex"] == "M" else "女", _x["mobile"],
                  ["ツイン", "ツイン", "シングル", "トリプル"][_i % 4]])
MESSAGES.append({
    "id": "airline-002", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Company-trip rooming list, ten guests with kana and mobile numbers, tab-separated in the body to a partner hotel.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル那覇 予約課 <reserve-naha@sakura-hotel.jp>"],
    "subject": "川崎電機様 社員旅行（12/5-12/7）宿泊者名簿",
    "body": "さくらホテル那覇\n予約課 ご担当者様\n\nお世話になっております。日の出産業 旅行事業部の小野寺でございます。\n"
            "先日仮押さえいただきました川崎電機様 社員旅行の件、宿泊者が確定しましたので\n"
            "名簿を貼り付けます（Excelからそのままコピーしております）。\n\n"
            + tsv(_rows) +
            "\n\n部屋割りは当日フロントで変更が出る可能性がございます。\n"
            "夕食は2日目のみ宴会場（和室）をお願いしております。\n\nよろしくお願いいたします。\n\n" + SIG_TRAVEL,
})

_p = people(3, 7, 1955, 1995)
_rows = [["氏名", "人数", "ご連絡先", "備考"]]
for _i, _x in enumerate(_p):
    _rows.append([_x["name"], f"{(_i % 3) + 1}名", fw(_x["mobile"]),
                  ["", "乳幼児連れ", "", "禁煙希望", "", "", "ツイン希望"][_i]])
MESSAGES.append({
    "id": "airline-003", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Irregular-operations hotel request: seven stranded passengers with full-width mobile numbers in a full-width-padded table.",
    "charset": "utf-8",
    "sender": "OCC当直 大川 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["Front Office <front@crowne-harbor-hotel.com>"],
    "subject": "【至急】欠航に伴う本日の宿泊手配のお願い（HN562便）",
    "body": "クラウンハーバーホテル\nフロント ご担当者様\n\n夜分に失礼いたします。日の出産業 OCC の大川です。\n"
            "本日 21:40 発 HN562 便（福岡行）が機材不具合により欠航となりました。\n"
            "先ほどお電話でお願いした件、お客様の一覧をお送りします。\n"
            "シャトルバスは 22:30 にターミナル 3番乗り場から出発予定です。\n\n"
            + table(_rows, sep="\u3000", fill="\u3000", rule="－") +
            "\n\nご請求は弊社宛（IRR-1114-562）でお願いいたします。朝食付きでお願いします。\n\n" + SIG_OCC,
})

_p = people(4, 6, 1950, 1999)
_lines = ["事故番号,氏名,配送先住所,電話番号,配達希望"]
for _i, _x in enumerate(_p):
    _lines.append(f"HNDHN{30412 + _i * 7},{_x['name']},〒{_x['zip']} {_x['addr']},{_x['mobile']},"
                  + ["11/16 午前", "11/16 14-16時", "11/17 指定なし", "11/16 18-20時", "11/16 午前", "11/17 午前"][_i])
MESSAGES.append({
    "id": "airline-004", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Six delayed-baggage delivery orders (name, home address, phone) as comma-separated lines to the courier partner.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 羽田営業所 <haneda@aoba-unyu.co.jp>"],
    "subject": "遅延手荷物 配送依頼（11/16分 6件）",
    "body": "青葉運輸株式会社 羽田営業所\n配車ご担当 様\n\nいつもお世話になっております。\n"
            "本日到着分の遅延手荷物について、下記6件の配送をお願いいたします。\n"
            "お荷物は手荷物サービスセンター（1F 到着ロビー南側）にて 13時以降にお渡しできます。\n\n"
            + "\n".join(_lines) +
            "\n\n※配送料は月末締めで弊社にご請求ください。\n\n" + SIG_BAGGAGE,
})

_p = people(5, 6, 1940, 1975)
_q = people(55, 6, 1945, 1990)
_items = []
for _x, _e in zip(_p, _q):
    _rel = "長女" if _e["sex"] == "F" else "長男"
    _items.append(f"・{_x['name']} 様（携帯 {_x['mobile']}）\n　緊急連絡先：{_rel} {_x['sei']} {_e['mei']} 様 {_e['mobile']}")
MESSAGES.append({
    "id": "airline-005", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Six tour participants with their mobiles and family emergency contacts as 「・」 bullets to a travel agency.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["旅の窓トラベル 仕入課 橋爪様 <hashizume@tabi-no-mado.co.jp>"],
    "subject": "Re: 北海道チャーター 添乗員用 緊急連絡先の件",
    "body": "旅の窓トラベル\n橋爪様\n\nお世話になっております。小野寺です。\n"
            "添乗員さん用の緊急連絡先、当社で取りまとめた分をお送りします。\n"
            "（Cグループの6名様分です。A・Bグループは昨日お送りしたとおりです）\n\n"
            + "\n".join(_items) +
            "\n\n出発前日に念のため添乗員さんから一度ご連絡いただけると助かります。\nよろしくお願いします。\n\n" + SIG_TRAVEL,
})

_p = people(6, 6, 1970, 2000)
_blocks = []
for _i, _x in enumerate(_p):
    _blocks.append(f"■{_i + 1}\n氏名　　：{_x['name']}（{_x['kana']}）\n社員番号：HS-{4410 + _i * 13}\n"
                   f"携帯　　：{_x['mobile']}\n到着便　：HN7{_i % 2}3（{['18:05', '21:40'][_i % 2]}着）")
MESSAGES.append({
    "id": "airline-006", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Crew layover booking: six crew, one block each with name, staff number and private mobile, to an outside hotel.",
    "charset": "utf-8",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["エアロテル関西 宿泊予約 <booking@aerotel-kix.co.jp>"],
    "subject": "12月第1週 乗務員宿泊（6名）のお願い",
    "body": "エアロテル関西\n宿泊予約ご担当者様\n\nお世話になっております。日の出産業 乗員スケジュール課の長谷部です。\n"
            "12/2(月)〜12/3(火) 1泊、乗務員6名の宿泊をお願いいたします。\n"
            "遅着の場合は各自の携帯にご連絡ください。\n\n"
            + "\n\n".join(_blocks) +
            "\n\n請求は従来どおり月締めでお願いします。\n\n" + SIG_CREW,
})

_p = people(7, 8, 1945, 2012)
_tr = "".join(
    f"<tr><td>{i}</td><td>{x['sur_r'].upper()}</td><td>{x['giv_r'].upper()}</td><td>{x['dob']:%d %b %Y}</td>"
    f"<td>{x['passport']}</td><td>{x['pp_exp']:%d %b %Y}</td></tr>"
    for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "airline-007", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail to an overseas ground operator: table of eight tour members with DOB and passport numbers.",
    "charset": "utf-8",
    "sender": "Ken Onodera <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["Reservations <res@pacific-isle-tours.com>"],
    "subject": "Final pax list - Hinode Guam Charter Tour GT-1207",
    "html": "<html><body style=\"font-family:Arial\"><p>Dear Reservations team,</p>"
            "<p>Please find below the final participant list for our Guam charter tour (GT-1207, arriving 7 Dec on HN9301). "
            "Kindly use it for your hotel check-in and the optional tour bookings.</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr style=\"background:#ddeeff\">"
            "<th>#</th><th>Surname</th><th>Given name</th><th>Date of birth</th><th>Passport No.</th><th>Expiry</th></tr>"
            + _tr + "</table><p>Transfer: 2 coaches, our escort Ms. Ishida will be on board.</p>"
            "<p>Best regards,<br>Ken Onodera<br>Group Tours, Travel Division<br>Hinode Sangyo Co., Ltd.<br>"
            "Tel +81-3-5401-7720</p></body></html>",
})

_p = people(8, 15, 1958, 2003)
_rows = [["氏名（カナ）", "氏名（ローマ字）", "性別", "生年月日", "携帯電話", "メールアドレス"]]
for _x in _p:
    _rows.append([_x["kana"], f"{_x['sur_r'].upper()} {_x['giv_r'].upper()}", "M" if _x["sex"] == "M" else "F",
                  _x["dob"].strftime("%Y/%m/%d"), _x["mobile"], _x["email"]])
MESSAGES.append({
    "id": "airline-008", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Group PNR name list (15 people: kana, romaji, DOB, mobile, e-mail) as a CP932 CSV to a partner airline.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 団体予約センター <group-rsv@kaiyo-airlines.co.jp>"],
    "subject": "団体PNR ネームリスト入力のお願い（GRP-K2291 川崎電機様）",
    "body": "海洋エアライン株式会社\n団体予約センター 御中\n\nいつもお世話になっております。\n"
            "表題の団体（GRP-K2291、15名）のネームリストを添付のCSVにてお送りいたします。\n"
            "発券期限の11/20までにネーム入力をお願いできますでしょうか。\n\n"
            "ご不明点がございましたら小野寺までご連絡ください。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "csv", "name": "GRP-K2291_namelist.csv", "encoding": "cp932", "rows": _rows}],
})

_p = people(9, 9, 1935, 1990)
_notes = ["腎臓透析のため到着後すぐに病院へ移動。車いす（機内用）要", "視覚障害（全盲）、盲導犬同伴",
          "脳梗塞後遺症により左半身まひ。WCHC", "車いす（自走可）", "心臓ペースメーカー装着、保安検査で配慮要",
          "聴覚障害。筆談ボード使用", "パーキンソン病、歩行困難のため搭乗補助", "車いす（自走可）",
          "術後（人工股関節）、前方座席希望"]
_rows = [["取扱日", "便名", "旅客氏名", "SSR", "備考"]]
for _i, (_x, _n) in enumerate(zip(_p, _notes)):
    _ssr = "WCHC" if "WCHC" in _n or "透析" in _n else ("BLND" if "視覚" in _n else ("DEAF" if "聴覚" in _n else "WCHR"))
    _rows.append([f"2025/10/{3 + _i * 3:02d}", f"KY{310 + _i}", _x["name"], _ssr, _n])
MESSAGES.append({
    "id": "airline-009", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Monthly special-assistance log: nine named passengers with disabilities and medical conditions, UTF-8 CSV to a partner airline.",
    "charset": "utf-8",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン お客様サポート室 <cs-support@kaiyo-airlines.co.jp>"],
    "subject": "10月分 お手伝い（特別支援）取扱実績のご報告",
    "body": "海洋エアライン株式会社\nお客様サポート室 ご担当者様\n\nお世話になっております。日の出産業 お手伝いデスクの安達です。\n"
            "10月分の特別支援取扱実績をCSVにまとめましたので送付いたします。\n"
            "取扱料の精算は例月どおり件数ベースでお願いいたします（今月は計9件）。\n\n" + SIG_ASSIST,
    "attachments": [{"kind": "csv", "name": "assist_2025-10.csv", "encoding": "utf-8", "rows": _rows}],
})

_p = people(10, 14, 2008, 2009)
_allergy = ["卵", "なし", "小麦・そば", "なし", "甲殻類（エビ・カニ）", "なし", "乳", "落花生（アナフィラキシー既往あり、エピペン携行）",
            "なし", "なし", "そば", "なし", "キウイ", "なし"]
_sheet = [["県立日向南高等学校 修学旅行 機内食アレルギー対応表（HN8411 / 2025年12月9日）"], [],
          ["組", "出席番号", "生徒氏名", "座席", "アレルギー", "対応"]]
for _i, (_x, _a) in enumerate(zip(_p, _allergy)):
    if _a != "なし":
        _sheet.append([f"2年{_i % 4 + 1}組", _i + 3, _x["name"], f"{20 + _i // 6}{'ABCDEF'[_i % 6]}", _a, "除去食"])
_t = people(110, 3, 1965, 1990)
_sheet2 = [["引率教員"], [], ["氏名", "役割", "携帯（当日連絡用）"]] + [[x["name"], r, x["mobile"]] for x, r in zip(_t, ["団長", "副団長", "養護教諭"])]
MESSAGES.append({
    "id": "airline-010", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "School-trip allergy sheet: named students with food allergies (one with anaphylaxis history) in a two-sheet XLSX to the caterer.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 機内食課 <inflight@kitaguni-foods.co.jp>"],
    "subject": "12/9 HN8411 修学旅行チャーター 特別食（アレルギー対応）のご依頼",
    "body": "北国フーズ株式会社\n機内食課 御中\n\nいつもお世話になっております。\n"
            "12月9日 HN8411（日向→那覇）修学旅行チャーターの特別食につき、学校から\n"
            "アレルギー対応表を受領しましたので、添付にてお送りいたします。\n"
            "除去食の搭載数は別途、確定数でご連絡いたします。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "xlsx", "name": "HN8411_アレルギー対応表.xlsx",
                     "sheets": {"生徒": _sheet, "引率": _sheet2}}],
})

_p = people(11, 9, 1975, 2004)
_shift = [["2025年11月 勤務実績（派遣スタッフ／成田ステーション ランプ・カウンター）"],
          ["派遣元：株式会社人材ブリッジ　締日：11/30"], [],
          ["スタッフNo", "氏名", "配置", "出勤日数", "実働時間", "深夜時間", "備考"]]
for _i, _x in enumerate(_p):
    _shift.append([f"JB-{20731 + _i}", _x["name"], ["カウンター", "ランプ", "ゲート"][_i % 3], 18 + _i % 4,
                   f"{142 + _i * 3}:30", f"{12 + _i}:00", ["", "有給1日", "", "遅刻1回", "", "", "欠勤1日", "", ""][_i]])
_renraku = [["緊急連絡網（11月更新）"], [], ["氏名", "携帯電話", "自宅住所"]] + \
    [[x["name"], x["mobile"], f"〒{x['zip']} {x['addr']}"] for x in _p]
MESSAGES.append({
    "id": "airline-011", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with a titled work-hours sheet and an emergency phone tree (nine staff, mobiles, home addresses) sent to the staffing agency.",
    "charset": "cp932",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["人材ブリッジ 成田営業所 木下様 <kinoshita@jinzai-bridge.co.jp>"],
    "subject": "11月分 勤務実績のご送付",
    "body": "株式会社人材ブリッジ\n木下様\n\nお世話になっております。日の出産業の長谷部です。\n"
            "11月分の勤務実績を添付いたします。ご請求書の作成にお使いください。\n"
            "先月分から1名増えております（12/1付で2名入替予定です）。\n\n"
            "以上、よろしくお願いいたします。\n\n" + SIG_CREW,
    "attachments": [{"kind": "xlsx", "name": "勤務実績_202511_成田.xlsx",
                     "sheets": {"勤務実績": _shift, "連絡網": _renraku}}],
})

_p = people(12, 5, 1952, 1996)
_rows = [["No.", "請求者", "住所", "電話", "損害内容", "請求額", "振込先"]]
_dmg = ["スーツケース破損（キャスター脱落）", "内容品紛失（カメラ）", "スーツケース破損（外装割れ）",
        "到着遅延に伴う日用品購入", "ゴルフバッグ破損"]
_bank = ["みどり銀行 成田支店 普通 3382014", "ゆうちょ銀行 〇一八店 普通 4471829",
         "あおぞら信用金庫 本店 普通 0028813", "みどり銀行 浜松町支店 普通 1170452", "東西銀行 梅田支店 当座 0093317"]
for _i, _x in enumerate(_p):
    _rows.append([_i + 1, _x["name"], _x["addr"], _x["mobile"], _dmg[_i], f"{[38500, 124000, 42000, 9870, 56100][_i]:,}円", _bank[_i]])
MESSAGES.append({
    "id": "airline-012", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five baggage-damage claimants with address, phone and personal bank account sent to the insurer.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["寿損害保険 航空保険金サービス課 <aviation-claims@kotobuki-sonpo.co.jp>"],
    "subject": "受託手荷物賠償 保険金請求（10月分 5件）",
    "body": "寿損害保険株式会社\n航空保険金サービス課 御中\n\n平素より大変お世話になっております。\n"
            "日の出産業 手荷物サービスセンターでございます。\n\n"
            "10月に発生いたしました受託手荷物の事故5件につきまして、保険金請求明細を\n"
            "Word形式でお送りいたします。各事故の写真・修理見積書は別便にてお送りします。\n\n"
            "ご査定のほど、よろしくお願い申し上げます。\n\n" + SIG_BAGGAGE,
    "attachments": [{"kind": "docx", "name": "保険金請求明細_2025年10月.docx",
                     "paragraphs": ["受託手荷物賠償 保険金請求明細", "契約者：日の出産業株式会社　証券番号：AV-77120394",
                                    "対象期間：2025年10月1日〜10月31日", ""],
                     "tables": [_rows]}],
})

_p = people(13, 14, 1948, 2015)
_tbl = [["#", "SURNAME", "GIVEN NAME", "SEX", "DOB", "NATIONALITY", "PASSPORT", "EXPIRY"]]
for _i, _x in enumerate(_p, 1):
    _tbl.append([_i, _x["sur_r"].upper(), _x["giv_r"].upper(), _x["sex"], _x["dob"].strftime("%d/%m/%Y"), "JPN",
                 _x["passport"], _x["pp_exp"].strftime("%d/%m/%Y")])
MESSAGES.append({
    "id": "airline-013", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "Passenger manifest PDF (14 passengers with DOB and passport numbers) to an overseas ground handler.",
    "charset": "utf-8",
    "sender": "Takayuki Okawa <t.okawa@hinode-sangyo.co.jp>",
    "to": ["GSG Operations <ops@guam-ground-svc.com>"],
    "cc": ["Ken Onodera <ken.onodera@hinode-sangyo.co.jp>"],
    "subject": "HN9301 NRT-GUM 07DEC - passenger manifest",
    "body": "Dear GSG Ops,\n\nAttached is the passenger manifest for HN9301 NRT-GUM on 07 DEC (ETA 13:25 local), "
            "14 passengers, no infants, one WCHR already advised via SITA.\n"
            "Please arrange the arrival service and immigration assistance as per our handling agreement.\n\n"
            "Thanks and regards,\n\n" + SIG_OCC,
    "attachments": [{"kind": "pdf", "name": "HN9301_07DEC_manifest.pdf",
                     "lines": ["PASSENGER MANIFEST", "Flight: HN9301  Route: NRT-GUM  Date: 07DEC  A/C: JA82HN", ""],
                     "table": _tbl}],
})

_p = people(14, 11, 1960, 2000)
_csv = [["ツアーコード", "氏名", "フリガナ", "携帯", "メール", "同行者"]]
for _i, _x in enumerate(_p):
    _csv.append(["TH-0224", _x["name"], _x["kana"], _x["mobile"], _x["email"], "あり" if _i % 3 == 0 else ""])
_rooming = [["ルーミングリスト（台北 2/24-2/27）"], ["部屋", "氏名", "タイプ"]] + \
    [[f"R{_i // 2 + 1}", _x["name"], "TWN"] for _i, _x in enumerate(_p)]
MESSAGES.append({
    "id": "airline-014", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Plain (unencrypted) ZIP holding a participant CSV (11 people, mobile, e-mail) and a rooming XLSX, sent to a tour operator.",
    "charset": "utf-8",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["みなと観光 海外手配 <kaigai@minato-tours.co.jp>"],
    "subject": "台北ツアー（TH-0224）手配資料一式",
    "body": "みなと観光株式会社\n海外手配ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "2/24発 台北ツアーの手配資料一式をZIPにまとめて添付いたします。\n"
            "・参加者一覧（CSV）\n・ルーミングリスト（Excel）\n\n"
            "現地ガイドさんへの共有をお願いいたします。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "zip", "name": "TH-0224_手配資料.zip", "files": [
        {"kind": "csv", "name": "participants.csv", "encoding": "utf-8", "rows": _csv},
        {"kind": "xlsx", "name": "rooming.xlsx", "sheets": {"rooming": _rooming}},
    ]}],
})

_p = people(15, 8, 1950, 1990)
_orig = "\n".join(f"{i}) {x['name']}（{x['kana']}） {wareki(x['dob'], 'short')}生 TEL:{x['mobile']}"
                  for i, x in enumerate(_p, 1))
MESSAGES.append({
    "id": "airline-015", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Forward (転送) of an agency's mail: eight guests with 和暦 DOB and phone, new text to the hotel it is forwarded to.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル函館 <hakodate@sakura-hotel.jp>"],
    "subject": "FW: 【旅の窓】函館ツアー 参加者名簿送付の件",
    "body": "さくらホテル函館 ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "旅行会社さんから届いた名簿を転送いたします。1/18チェックインの8名様分です。\n"
            "シニア割引の対象確認もあわせてお願いします。\n\n"
            "-----Original Message-----\n"
            "From: 橋爪 彩 <hashizume@tabi-no-mado.co.jp>\nSent: Tuesday, December 16, 2025 10:12 AM\n"
            "To: 小野寺 健 <ken.onodera@hinode-sangyo.co.jp>\nSubject: 【旅の窓】函館ツアー 参加者名簿送付の件\n\n"
            "日の出産業 小野寺様\n\nいつもお世話になっております。旅の窓トラベルの橋爪です。\n"
            "函館ツアーの参加者名簿です。ホテルへの手配をお願いいたします。\n\n" + _orig +
            "\n\n以上8名、よろしくお願いいたします。\n\n旅の窓トラベル 仕入課 橋爪\nTEL 03-6809-2214\n\n" + SIG_TRAVEL,
})

_p = people(16, 7, 1955, 2000)
_inner = "\n".join(f"{x['name']} / {x['mobile']} / {x['email']} / 予約番号 {['KQ7X2M', 'LP3R9D', 'ZX81TT', 'HB4N6W', 'QW2E8R', 'MN5K1C', 'RT6Y3U'][i]}"
                   for i, x in enumerate(_p))
MESSAGES.append({
    "id": "airline-016", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Internal mail with seven IRROPS passengers' mobile and e-mail forwarded as an attached .eml to a partner airline.",
    "charset": "iso-2022-jp",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン CR室 <customer-relations@kaiyo-airlines.co.jp>"],
    "subject": "FW: 11/3 KY318 遅延 補償対象のお客様",
    "body": "海洋エアライン株式会社 CR室 ご担当者様\n\nお世話になっております。日の出産業 OCC の大川です。\n"
            "11/3 KY318 の大幅遅延に関し、補償対象となるお客様の一覧（社内メール）を添付で転送いたします。\n"
            "お客様へのご連絡は貴社よりお願いできればと存じます。\n\n" + SIG_OCC,
    "attachments": [{"kind": "eml", "name": "補償対象のお客様.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "成田ステーション 森下 <misaki.morishita@hinode-sangyo.co.jp>",
        "to": ["t.okawa@hinode-sangyo.co.jp"],
        "subject": "11/3 KY318 遅延 補償対象のお客様",
        "body": "大川さん\n\nお疲れ様です。森下です。\nKY318 で3時間以上遅延し、乗継に影響が出たお客様7名です。\n\n"
                + _inner + "\n\n海洋さんに渡す際はご確認ください。\n森下",
    }}],
})

_p = people(17, 6, 1968, 2003)
_xls = [["制限区域立入承認証 新規申請者一覧", "", "", "", "", ""],
        ["氏名", "フリガナ", "生年月日", "現住所", "所属", "業務内容"]]
for _i, _x in enumerate(_p):
    _xls.append([_x["name"], _x["kana"], wareki(_x["dob"]), _x["addr"], "日の出産業（株）成田ステーション",
                 ["ランプ作業", "手荷物搬送", "ランプ作業", "GSE運転", "機内清掃", "手荷物搬送"][_i]])
MESSAGES.append({
    "id": "airline-017", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Airport restricted-area pass applications: six employees with 和暦 DOB and home addresses in a legacy XLS to the airport company.",
    "charset": "cp932",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["日向空港ビル 保安管理課 <hoan@hinata-airport.co.jp>"],
    "subject": "制限区域立入承認証 新規発行申請（6名）",
    "body": "日向空港ビル株式会社\n保安管理課 御中\n\nいつもお世話になっております。\n日の出産業 人事総務課の松永でございます。\n\n"
            "12月入社予定者の制限区域立入承認証の新規発行を申請いたします。\n"
            "申請者一覧（xls）を添付いたしますので、ご確認をお願いいたします。\n"
            "保安講習の受講日程につきましても、ご調整いただけますと幸いです。\n\n" + SIG_HR,
    "attachments": [{"kind": "xls", "name": "立入承認証申請者一覧.xls", "sheets": {"申請者": _xls}}],
})

_rng = random.Random("airline-018")
_lines = ["予約番号      メールアドレス                     電話番号        回答日",
          "------------  ---------------------------------  --------------  ----------"]
for _x in people(18, 12, 1960, 2000):
    _pnr = "".join(_rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    _lines.append(f"{_pnr:<12}  {_x['email']:<33}  {_x['mobile']:<14}  2025/11/{_rng.randint(1, 28):02d}")
MESSAGES.append({
    "id": "airline-018", "expect": "stop",
    "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Twelve survey respondents' e-mail and phone by booking reference, no name column, sent to a research vendor.",
    "charset": "utf-8",
    "sender": "営業企画 吉岡 <m.yoshioka@hinode-sangyo.co.jp>",
    "to": ["あおぞらリサーチ 調査部 <survey@aozora-research.co.jp>"],
    "subject": "再調査（インタビュー）対象者リスト",
    "body": "あおぞらリサーチ株式会社\n調査部 ご担当者様\n\nお世話になっております。日の出産業 営業企画の吉岡です。\n"
            "チャーター旅行満足度アンケートで「インタビューに協力可」と回答された方の一覧です。\n"
            "氏名は社内システムから出せなかったため、予約番号で管理をお願いします。\n\n"
            + "\n".join(_lines) +
            "\n\n謝礼（QUOカード）の発送は弊社で行いますので、日程調整のみお願いいたします。\n\n"
            "日の出産業株式会社 営業企画部 吉岡 真央\nTEL 03-5401-7731",
})

_p = people(19, 5, 1965, 2001)
_orig = ("小野寺様\n\nお世話になっております。旅の窓トラベルの橋爪です。\n"
         "昨日の宮古島チャーター（HN8722）でノーショーとなったお客様について、\n"
         "弊社からご本人へ確認したいので、お名前とご連絡先を教えていただけますでしょうか。\n\n橋爪")
MESSAGES.append({
    "id": "airline-019", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Reply whose new text lists five no-show passengers with mobiles; only the agency's question is quoted.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["橋爪 彩 <hashizume@tabi-no-mado.co.jp>"],
    "subject": "Re: HN8722 ノーショーのお客様について",
    "body": "橋爪様\n\nお世話になっております。小野寺です。\nノーショーの5名様は以下のとおりです。\n\n"
            + "\n".join(f"{x['name']}　{x['mobile']}" for x in _p) +
            "\n\nうち2名様は空港までお越しでしたが、保安検査締切後の到着でした。\nよろしくお願いいたします。\n\n小野寺\n\n"
            "2025年11月20日(木) 9:41 橋爪 彩 <hashizume@tabi-no-mado.co.jp>:\n" + quote(_orig),
})

_p = people(20, 8, 1950, 2000)
_rows = [["受取人名（カナ）", "銀行", "支店", "種別", "口座番号", "金額"]]
_banks = [("ミドリギンコウ", "ナリタ"), ("ユウチヨギンコウ", "ゼロイチハチ"), ("トウザイギンコウ", "ウメダ"),
          ("ミドリギンコウ", "ハママツチヨウ"), ("アオゾラシンキン", "ホンテン"), ("ホクトギンコウ", "サツポロ"),
          ("ミドリギンコウ", "カワサキ"), ("ナンカイシンキン", "サカイ")]
for _i, (_x, _b) in enumerate(zip(_p, _banks)):
    _rows.append([_x["kana"].replace(" ", "　"), _b[0], _b[1], "普通", f"{(_i * 7919 + 1203557) % 9000000 + 1000000}",
                  f"{[12300, 8800, 45000, 12300, 6600, 23100, 8800, 15400][_i]:,}"])
MESSAGES.append({
    "id": "airline-020", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "Batch refund transfer request: eight individual passengers' bank accounts in a padded table to the bank.",
    "charset": "cp932",
    "sender": "堀 直人 <n.hori@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 浜松町支店 法人営業 <hamamatsucho-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込（欠航払戻し分）明細のご送付",
    "body": "みどり銀行 浜松町支店\n法人営業ご担当 様\n\n平素より大変お世話になっております。日の出産業 経理部の堀でございます。\n"
            "先日ご相談しました欠航払戻しの総合振込につき、明細をお送りいたします。\n"
            "振込指定日：12月10日　件数：8件　合計：131,300円\n\n"
            + table(_rows) +
            "\n\n依頼書原本は本日中に窓口へ持参いたします。\nどうぞよろしくお願いいたします。\n\n" + SIG_ACCT,
})

_p = people(21, 30, 1938, 1960)
_txt = "\n".join(["当選者No\t氏名\t郵便番号\t住所\t生年月日\t電話"] +
                 [f"{501 + i}\t{x['name']}\t{x['zip']}\t{x['addr']}\t{wareki(x['dob'])}\t{x['mobile'][:3]}{x['mobile'][3:]}"
                  for i, x in enumerate(_p)])
MESSAGES.append({
    "id": "airline-021", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Thirty sightseeing-flight winners (address, 和暦 DOB, phone) as a tab-separated .txt attachment to the printer.",
    "charset": "iso-2022-jp",
    "sender": "営業企画 吉岡 <m.yoshioka@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 宮坂様 <miyasaka@nishiki-insatsu.co.jp>"],
    "subject": "初日の出遊覧飛行 当選通知はがき 宛名データ",
    "body": "錦印刷株式会社\n宮坂様\n\nいつもお世話になっております。日の出産業の吉岡です。\n"
            "初日の出遊覧飛行の当選通知はがき、宛名データをテキストで添付します（タブ区切り）。\n"
            "生年月日と電話番号の列は不要ですので、印字しないようお願いします。\n"
            "12/12 発送でお願いできれば幸いです。\n\n日の出産業株式会社 営業企画部 吉岡 真央\nTEL 03-5401-7731",
    "attachments": [{"kind": "txt", "name": "tousen_atena.txt", "encoding": "cp932", "text": _txt}],
})

# =========================================================================================
# STOP — identity and card numbers
# =========================================================================================

MESSAGES.append({
    "id": "airline-022", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "One passenger's passport number and DOB sent to a foreign partner airline for a name correction.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Skylark Ticketing Support <ticketing@skylark-aviation.com>"],
    "subject": "Name correction request - PNR 6QX2LM / SL 872 KIX-SIN 19DEC",
    "body": "Hello Ticketing team,\n\nCould you please help us correct the passenger name on PNR 6QX2LM?\n"
            "The travel agent keyed the given name with a typo and the passenger cannot check in online.\n\n"
            "  Booked as : IOKIBE/SHIGERU MR\n"
            "  Correct   : IOKIBE/SHIGEHARU MR (as per passport)\n"
            "  Passport  : TR8830417 (JPN), expiry 03 MAY 2031\n"
            "  DOB       : 22 JUL 1979\n\n"
            "Ticket 852-2419904416 is already issued; we would appreciate it if the correction could be done "
            "without reissue as per the waiver we discussed.\n\n" + SIG_STATION_EN,
})

_cc = card_number(23)
MESSAGES.append({
    "id": "airline-023", "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "Full credit card number and expiry of a customer typed into the mail to guarantee a hotel block.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル金沢 予約係 <kanazawa-rsv@sakura-hotel.jp>"],
    "subject": "団体予約（1/24-1/25）ギャランティーの件",
    "body": "さくらホテル金沢\n予約係 ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "先ほどお電話いただいた団体予約のギャランティーにつきまして、\n"
            "幹事様のカードで保証していただくことになりましたので、お知らせいたします。\n\n"
            f"　カード名義：TAKANASHI REN\n　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}\n　有効期限：08/28\n\n"
            "決済はチェックアウト時に現地精算となります旨、幹事の小鳥遊様にもご了承いただいております。\n"
            "よろしくお願いいたします。\n\n" + SIG_TRAVEL,
})

_mn = my_number(24)
MESSAGES.append({
    "id": "airline-024", "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "A contract ramp agent's マイナンバー in full-width digits, with DOB, mailed to the outside tax accountant.",
    "charset": "cp932",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["かえで税理士法人 担当 武藤様 <muto@kaede-zeirishi.jp>"],
    "subject": "年末調整 追加1名分のご連絡",
    "body": "かえで税理士法人\n武藤様\n\nいつも大変お世話になっております。日の出産業 人事総務課の松永です。\n"
            "年末調整の件で、11月中途入社の1名分が漏れておりましたので追加でお送りします。\n\n"
            f"氏名：九十九 拓也（ツクモ タクヤ）\n生年月日：{fw('1996')}年{fw('3')}月{fw('17')}日\n"
            f"個人番号：{fw(_mn[:4])} {fw(_mn[4:8])} {fw(_mn[8:])}\n所属：成田ステーション ランプ課（契約社員）\n\n"
            "扶養控除等申告書の原本は郵送いたします。\nお手数をおかけしますが、よろしくお願いいたします。\n\n" + SIG_HR,
})

MESSAGES.append({
    "id": "airline-025", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "A foreign ground-staff member's 在留カード number, nationality and DOB sent to the staffing agency.",
    "charset": "utf-8",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["人材ブリッジ 外国人雇用サポート <global-support@jinzai-bridge.co.jp>"],
    "subject": "Re: 特定技能（空港グランドハンドリング）受入れ予定者の確認",
    "body": "人材ブリッジ ご担当者様\n\nお世話になっております。長谷部です。\n"
            "来月から成田ステーションに配属予定の方について、在留カードの記載内容を確認しました。\n\n"
            "　氏名：NGUYEN THI HOA（グエン ティ ホア）\n　国籍：ベトナム\n　生年月日：1999年10月4日\n"
            "　在留カード番号：UH48201735EA\n　在留資格：特定技能1号　在留期間満了日：2027年3月31日\n\n"
            "就労制限の欄も問題ありませんでした。配属前研修は12/8からの予定です。\n\n" + SIG_CREW,
})

MESSAGES.append({
    "id": "airline-026", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "An employee's driver's licence number sent to the airport company for an airside vehicle permit.",
    "charset": "iso-2022-jp",
    "sender": "成田ステーション ランプ課 柴崎 <h.shibasaki@hinode-sangyo.co.jp>",
    "to": ["hoan@hinata-airport.co.jp"],
    "subject": "構内車両運転許可（ランプパス）申請について",
    "body": "日向空港ビル 保安管理課 御中\n\nお世話になっております。日の出産業 ランプ課の柴崎です。\n"
            "トーイングトラクター運転要員1名の構内運転許可を申請いたします。\n\n"
            "　運転者氏名：宇佐美 和也\n　運転免許証番号：第 451207384610 号\n　免許の種類：中型・大特\n"
            "　有効期限：令和9年6月17日まで\n\n"
            "構内運転講習は12/4の回を希望いたします。\nよろしくお願いいたします。\n\n"
            "日の出産業株式会社 成田ステーション ランプ課\n柴崎 洋平　TEL 0476-33-1183",
})

MESSAGES.append({
    "id": "airline-027", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Passenger injured on the boarding bridge: health insurance card 記号・番号, diagnosis and contact sent to the insurer.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["寿損害保険 賠償責任保険 事故受付 <jiko-uketsuke@kotobuki-sonpo.co.jp>"],
    "subject": "【事故報告】搭乗橋での旅客転倒事故（11/9 成田）",
    "body": "寿損害保険株式会社\n事故受付ご担当者様\n\nいつもお世話になっております。日の出産業 成田ステーションの森下です。\n"
            "11/9に発生した旅客転倒事故につき、第一報をお送りいたします。\n\n"
            "■発生日時：2025年11月9日 14:22頃\n■場所：第2ターミナル 64番ゲート 搭乗橋\n"
            "■被害者：菅野 静江 様（昭和22年2月14日生、78歳）\n"
            "■連絡先：090-6124-3358（ご長男 菅野様）\n"
            "■状況：搭乗橋のスロープで足を滑らせ転倒。成田赤十字病院に救急搬送され、\n"
            "　右大腿骨頸部骨折と診断。12日に手術予定と伺っております。\n"
            "■健康保険証：後期高齢者医療被保険者証 被保険者番号 12045873（保険者番号 39122014）\n\n"
            "治療費の立替えについてご相談させてください。詳細報告書は週明けにお送りします。\n\n" + SIG_AIRPORT,
})

MESSAGES.append({
    "id": "airline-028", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "A retiring captain's 基礎年金番号, DOB and home address sent to the outside 社労士 office.",
    "charset": "cp932",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["やまぶき社会保険労務士事務所 <office@yamabuki-sr.jp>"],
    "subject": "資格喪失届の作成依頼（12月末退職者）",
    "body": "やまぶき社会保険労務士事務所\n山吹先生\n\nいつもお世話になっております。日の出産業の松永です。\n"
            "12月末で定年退職となる運航乗務員1名の資格喪失届の作成をお願いいたします。\n\n"
            "氏名：勅使河原 義男\n生年月日：S35.12.28\n基礎年金番号：4170-382915\n"
            "住所：〒286-0033 千葉県成田市花崎町812-4\n退職日：2025年12月31日\n\n"
            "離職票は不要とのことです。\nよろしくお願いいたします。\n\n" + SIG_HR,
})

_cc = card_number(29)
MESSAGES.append({
    "id": "airline-029", "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Filled-in card payment form (PDF) with a customer's full card number and phone sent to the payment agent.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["ペイゲートジャパン 加盟店サポート <merchant@paygate-japan.co.jp>"],
    "subject": "郵送申込分 カード決済処理のお願い（申込No.C-20931）",
    "body": "ペイゲートジャパン株式会社\n加盟店サポート ご担当者様\n\nお世話になっております。日の出産業 旅行事業部の小野寺です。\n"
            "郵送でお申込みいただいたお客様のカード決済処理をお願いしたく、申込書をPDFでお送りします。\n"
            "金額は 286,000円（チャーターツアー2名分）です。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "pdf", "name": "C-20931_カード決済申込書.pdf",
                     "lines": ["クレジットカード決済申込書", "", "申込No.：C-20931", "ツアー名：冬の屋久島チャーター 3日間",
                               "お申込者氏名：栗栖 芽依（クルス メイ）", "電話番号：080-3391-7406",
                               f"カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}", "有効期限：11/27",
                               "ご利用金額：286,000円（一括）", "", "上記のとおり申し込みます。 2025年11月18日 栗栖 芽依"]}],
})

# =========================================================================================
# STOP — 要配慮個人情報 about one person
# =========================================================================================

MESSAGES.append({
    "id": "airline-030", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Running text about one named passenger's spinal cord injury and disability certificate, sent to the operating airline.",
    "charset": "iso-2022-jp",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 那覇空港所 <oka-station@kaiyo-airlines.co.jp>"],
    "subject": "12/2 KY325 お手伝いのお客様（車いす）について",
    "body": "海洋エアライン 那覇空港所 ご担当者様\n\nお世話になっております。日の出産業 お手伝いデスクの安達です。\n"
            "12/2 KY325（成田→那覇）ご搭乗の鰐淵 湊様について、事前にお知らせいたします。\n\n"
            "鰐淵様は3年前の事故による頸髄損傷で、首から下がほとんど動かせない状態とのことです。\n"
            "身体障害者手帳1級をお持ちで、電動車いす（バッテリーはリチウムイオン、取外し可）をお預かりします。\n"
            "座位保持のためのベルトをご本人がお持ちになるそうです。\n"
            "到着時は機側で機内用車いすへの移乗をお願いできますでしょうか。移乗は介助者2名が必要です。\n\n"
            "ご本人から、トイレは機内では使用しないとのお申し出を頂いております。\n\n" + SIG_ASSIST,
})

MESSAGES.append({
    "id": "airline-031", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "MEDIF-type request in English: a named passenger with COPD needing in-flight oxygen, to the foreign partner airline.",
    "charset": "utf-8",
    "sender": "Yuki Adachi <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["Skylark MEDA Desk <meda@skylark-aviation.com>"],
    "subject": "MEDA clearance request - SL 871 SIN-KIX 22DEC - MS NAKASONE FUMIKO",
    "body": "Dear MEDA Desk,\n\nWe would like to request medical clearance for the following passenger travelling on SL 871 SIN-KIX on 22 DEC:\n\n"
            "NAKASONE/FUMIKO MS, born 05 SEP 1948, PNR 8KD3PQ\n\n"
            "She has chronic obstructive pulmonary disease (COPD) and has been on home oxygen therapy since last year. "
            "Her pulmonologist advises 2 L/min oxygen throughout the flight. She can walk short distances only, "
            "so a WCHS will also be needed at both ends.\n\n"
            "The MEDIF part 2 completed by her physician will follow by fax. Please advise whether your POC policy "
            "allows her own Inogen unit or if we should book airline oxygen.\n\n"
            "Kind regards,\nYuki Adachi\nSpecial Assistance Desk, Hinode Sangyo Co., Ltd.\nTel +81-476-33-1185",
})

MESSAGES.append({
    "id": "airline-032", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One named passenger's religion (Muslim, prayer times) stated in running text to the in-flight caterer.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 機内食課 <inflight@kitaguni-foods.co.jp>"],
    "subject": "1/10 HN8503 特別食1食の追加",
    "body": "北国フーズ 機内食課 御中\n\nお世話になっております。小野寺です。\n"
            "1/10 HN8503（新千歳→台北）に特別食を1食追加でお願いいたします。\n\n"
            "座席 14C の ハッサン・アリ 様（マレーシア からの研修生グループの引率者）は\n"
            "敬虔なイスラム教徒でいらっしゃるため、ハラール認証の食材で調理されたものをお願いします。\n"
            "また、飛行中にお祈りの時間がかかるため、配膳のタイミングを後ろにずらしてほしいとのことです。\n"
            "客室乗務員への申し送りは当社で行います。\n\nよろしくお願いいたします。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-033", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "Deportee escort notice: a named person's criminal conviction and passport number sent to the partner airline.",
    "charset": "utf-8",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 保安担当 <security@kaiyo-airlines.co.jp>"],
    "subject": "【DEPA】11/28 KY901 護送対象旅客について",
    "body": "海洋エアライン 保安ご担当者様\n\n日の出産業 OCC の大川です。\n"
            "出入国在留管理局より、11/28 KY901（成田→マニラ）に護送付き被退去強制者（DEPA）1名の搭乗連絡がありました。\n\n"
            "氏名：REYES, MARK ANTHONY（レイエス マーク アンソニー）\n旅券番号：P7730291B（フィリピン）\n"
            "座席：最後方 45A（護送官2名 45B・45C）\n\n"
            "入管の説明では、本人は国内で傷害罪により懲役1年6月の実刑判決を受け、刑期満了後の送還とのことです。\n"
            "機内では拘束具は使用しない予定ですが、酒類の提供は行わないようお願いいたします。\n\n" + SIG_OCC,
})

MESSAGES.append({
    "id": "airline-034", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "A named passenger who was assaulted and robbed in the terminal (crime victim, police report) described to the insurer.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["寿損害保険 航空保険金サービス課 <aviation-claims@kotobuki-sonpo.co.jp>"],
    "subject": "手荷物盗難事案のご相談（HND 11/21）",
    "body": "寿損害保険 航空保険金サービス課 ご担当者様\n\nお世話になっております。手荷物サービスセンターの宮城です。\n"
            "11/21夜に到着ロビーで発生した盗難事案について、当社の賠償責任の対象となるかご相談させてください。\n\n"
            "被害に遭われたのは 嶋津 真由美 様（携帯 080-4417-2960）で、ターンテーブル付近で\n"
            "見知らぬ男性に突き飛ばされ、受取直後のスーツケースを奪われました。\n"
            "嶋津様は転倒して手首を負傷され、東京空港警察署に被害届を提出済みです（受理番号 第2025-1187号）。\n"
            "犯人はまだ捕まっていないとのことです。\n\n"
            "防犯カメラ映像は警察に提出しております。ご見解をお聞かせいただけますと幸いです。\n\n" + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-035", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Complaint summary naming a passenger and her stated Ainu origin (民族的出自), sent to the partner airline's CS.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン お客様相談室 <soudan@kaiyo-airlines.co.jp>"],
    "subject": "KY212 カウンターでの対応に関するお申し出（ご報告）",
    "body": "海洋エアライン お客様相談室 ご担当者様\n\nお世話になっております。成田ステーションの森下です。\n"
            "11/15 KY212 チェックインカウンターでの当社スタッフの対応について、お客様からお申し出がありましたのでご報告します。\n\n"
            "お申し出者：砂川 陽子 様（札幌市在住）\n"
            "内容：ご本人はアイヌ民族の出身で、民族衣装の刺繍が入ったバッグをお持ちでした。\n"
            "　　　スタッフがバッグについて不用意な発言をし、出自をからかわれたように感じたとのことです。\n"
            "　　　当該スタッフには事実確認中です。\n\n"
            "貴社便のお客様のため、今後のご対応について相談させてください。\n\n" + SIG_AIRPORT,
})

MESSAGES.append({
    "id": "airline-036", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A dispatched agent's mental-health diagnosis (適応障害) and sick leave named in a mail to the staffing agency.",
    "charset": "iso-2022-jp",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["人材ブリッジ 成田営業所 木下様 <kinoshita@jinzai-bridge.co.jp>"],
    "subject": "派遣スタッフ 勤務継続についてのご相談",
    "body": "木下様\n\nお世話になっております。日の出産業の長谷部です。\n\n"
            "カウンター配属の 東海林 さくら さんの件でご相談です。\n"
            "本人から、心療内科で適応障害と診断され、1か月の休養が必要との診断書が提出されました。\n"
            "早朝シフトが続いたことも影響しているようで、こちらとしても配慮が足りなかったと反省しています。\n\n"
            "復帰後は日勤のみのシフトにするか、配置転換を含めて検討したいので、\n"
            "一度お打合せの時間をいただけますでしょうか。\n\n" + SIG_CREW,
})

MESSAGES.append({
    "id": "airline-037", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "Stretcher repatriation of a named stroke patient (diagnosis, DOB) to the hospital and the ambulance company.",
    "charset": "cp932",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["南記念病院 地域連携室 <renkei@minami-kinen-hp.or.jp>"],
    "cc": ["ケアモビリティ 配車センター <haisha@care-mobility.co.jp>"],
    "subject": "12/6 ストレッチャー搭乗のお客様 受入れについて",
    "body": "南記念病院 地域連携室 ご担当者様\n（cc：ケアモビリティ様）\n\nお世話になっております。日の出産業 お手伝いデスクの安達です。\n\n"
            "12/6 HN8203（那覇→成田、14:50着）でストレッチャー搭乗される 比嘉 昭夫 様（1941年8月3日生）の\n"
            "受入れについてご連絡いたします。\n"
            "比嘉様は那覇滞在中に脳梗塞を発症され、現地病院で治療を受けておられました。右半身まひと軽度の失語があり、\n"
            "医師1名・看護師1名が同乗されます。\n\n"
            "成田到着後は機側でケアモビリティ様の寝台車に移乗し、そのまま貴院へ搬送の予定です。\n"
            "到着予定は 16:30 頃です。\n\n" + SIG_ASSIST,
})

# =========================================================================================
# STOP — several external parties visible to each other
# =========================================================================================

MESSAGES.append({
    "id": "airline-038", "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Cancellation notice to four competing travel agencies all in To: should have been Bcc.",
    "charset": "iso-2022-jp",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["旅の窓トラベル 仕入課 <shiire@tabi-no-mado.co.jp>", "星空ツーリスト 手配センター <tehai@hoshizora-travel.jp>",
           "みなと観光 国内手配 <kokunai@minato-tours.co.jp>", "GlobalWings Travel Japan <japan-desk@globalwings-travel.com>"],
    "subject": "【運航情報】12/3 HN8605・HN8606（宮崎チャーター）欠航のお知らせ",
    "body": "旅行会社各位\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "台風26号の接近に伴い、下記チャーター便を欠航とさせていただきます。\n\n"
            "　12/3 HN8605 成田 10:20 → 宮崎 12:25\n　12/3 HN8606 宮崎 13:25 → 成田 15:00\n\n"
            "振替便は 12/4 同時刻にて設定済みです。各社様のお客様の振替可否を 12/2 17:00 までにご回答ください。\n"
            "払戻しをご希望の場合は手数料不要で承ります。\n\n"
            "ご迷惑をおかけしますが、何卒よろしくお願い申し上げます。\n\n"
            "日の出産業株式会社 OCC（運航統制）\nTEL 0476-33-1190（24時間）",
})

MESSAGES.append({
    "id": "airline-039", "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "Meeting-time notice to five private tour participants, their personal addresses all visible in To.",
    "charset": "utf-8",
    "sender": "旅行事業部 添乗 石田 <m.ishida@hinode-sangyo.co.jp>",
    "to": ["kazu.teshigawara@gmail.com", "yumiko-h1962@yahoo.co.jp", "s.aimono@icloud.com",
           "fujita.osamu.55@docomo.ne.jp", "nana_kita@outlook.jp"],
    "subject": "【日の出チャーター】冬の屋久島3日間 集合時間のご案内",
    "body": "ツアーご参加の皆様\n\nこのたびは「冬の屋久島チャーター 3日間」にお申込みいただき、誠にありがとうございます。\n"
            "添乗員の石田でございます。ご出発当日の集合についてご案内いたします。\n\n"
            "　集合日時：1月17日（土）7:30\n　集合場所：羽田空港 第1ターミナル 2階 南ウイング 団体受付カウンター「日の出産業」旗の前\n"
            "　搭乗便　：HN8471 羽田 8:55 発\n\n"
            "屋久島は雨が多いため、防水のジャケットと歩きやすい靴をご用意ください。\n"
            "当日のご連絡は添乗員携帯 080-4120-7735 までお願いいたします。\n\n"
            "皆様にお会いできるのを楽しみにしております。\n\n日の出産業株式会社 旅行事業部\n添乗員 石田 真琴",
})

MESSAGES.append({
    "id": "airline-040", "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "New handling rates sent to three foreign airlines at once, each seeing the others in To/Cc.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Station Manager KIX <kix.station@skylark-aviation.com>", "Park Ji-hoon <jhpark@sunair-korea.co.kr>"],
    "cc": ["Orchid Air Japan Office <japan@orchid-air.com.tw>"],
    "subject": "KIX ground handling - 2026 rate revision",
    "body": "Dear partners,\n\nThank you for your continued business at Kansai.\n\n"
            "As announced at the AOC meeting in October, our ground handling rates at KIX will be revised from "
            "1 April 2026 to reflect higher labour and GSE fuel costs. The average increase is 4.8 %.\n\n"
            "  Turnaround A321/B737      JPY 268,000 -> 281,000\n"
            "  Turnaround A330/B787      JPY 412,000 -> 431,500\n"
            "  Extra GPU per 30 min      JPY   6,200 ->   6,500\n\n"
            "The amended Annex B will be sent individually to each of you for signature. "
            "Please let me know if you would like to discuss.\n\n" + SIG_STATION_EN,
})

MESSAGES.append({
    "id": "airline-041", "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "Two organisations (school, travel agency) in To plus a PTA parent's private address in Cc: three parties visible.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["日向南高校 教頭 <kyoto@hinata-minami-h.ed.jp>", "星空ツーリスト 教育旅行課 <kyouiku@hoshizora-travel.jp>"],
    "cc": ["PTA会長 三浦様 <miura.pta2025@yahoo.co.jp>"],
    "subject": "修学旅行チャーター 説明会日程のご相談",
    "body": "県立日向南高等学校 教頭先生\n星空ツーリスト 教育旅行課 ご担当者様\nPTA会長 三浦様\n\n"
            "いつもお世話になっております。日の出産業 旅行事業部の小野寺です。\n"
            "保護者向け説明会（チャーター便の安全運航と機内での過ごし方について）の日程について、\n"
            "下記候補日のご都合をお聞かせいただけますでしょうか。\n\n"
            "　① 11/29（土）10:00〜11:00\n　② 12/1（月）18:30〜19:30\n　③ 12/3（水）18:30〜19:30\n\n"
            "会場は学校の体育館をお借りできればと存じます。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-042", "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Request for quotation sent to three competing hotels, two of them in Cc, all visible to each other.",
    "charset": "iso-2022-jp",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["さくらホテル成田 営業部 <narita-sales@sakura-hotel.jp>"],
    "cc": ["クラウンハーバーホテル 法人営業 <corporate@crowne-harbor-hotel.com>", "エアロテル関西 営業 <sales@aerotel-kix.co.jp>"],
    "subject": "2026年度 乗務員宿泊契約 お見積りのお願い",
    "body": "各ホテル 営業ご担当者様\n\nお世話になっております。日の出産業 乗員スケジュール課の長谷部です。\n"
            "2026年度（4月〜翌3月）の乗務員宿泊について、お見積りをお願いいたします。\n\n"
            "　想定室数：月平均 180室泊（シングル）\n　チェックイン：深夜 0:30 まで対応可能なこと\n"
            "　朝食：5:00 から提供可能なこと（不可の場合は軽食ボックス）\n　送迎：空港⇔ホテル 1日6往復\n\n"
            "ご提出期限：12月19日（金）\n各社様個別にご回答いただければ幸いです。\n\n" + SIG_CREW,
})

# =========================================================================================
# STOP — look-alike recipient domains
# =========================================================================================

MESSAGES.append({
    "id": "airline-043", "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "Partner sakura-hotel.jp mistyped as sakura-hotel.co.jp (TLD swap).",
    "charset": "utf-8",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル那覇 予約課 <reserve-naha@sakura-hotel.co.jp>"],
    "subject": "Re: 川崎電機様 社員旅行 送迎バス時刻の変更",
    "body": "さくらホテル那覇 予約課 ご担当者様\n\nお世話になっております。小野寺です。\n"
            "12/5 の空港→ホテル送迎バスですが、到着便が HN8101 に変更となったため、\n"
            "空港発を 13:30 → 14:10 に変更をお願いできますでしょうか。\n"
            "台数は変わらず大型1台です。\n\nよろしくお願いいたします。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-044", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "One delivery address to aoba-unnyu.co.jp, a one-letter-added look-alike of partner aoba-unyu.co.jp.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 羽田営業所 <haneda@aoba-unnyu.co.jp>"],
    "subject": "遅延手荷物 配送依頼（追加1件）",
    "body": "青葉運輸 羽田営業所 御中\n\n追加で1件お願いします。\n\n"
            "事故番号：HNDHN30511\nお客様：御手洗 奈々 様\n配送先：〒144-0052 東京都大田区蒲田4-18-7 メゾン青柳2F\n"
            "電話：070-2286-5130\n配達希望：本日 19-21時\n\n" + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-045", "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "Bank partner midori-ginko.co.jp spoofed by homoglyph midori-glnko.co.jp (l for i).",
    "charset": "cp932",
    "sender": "堀 直人 <n.hori@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 浜松町支店 <hamamatsucho-hojin@midori-glnko.co.jp>"],
    "subject": "Re: 振込先口座変更のご案内について",
    "body": "みどり銀行 浜松町支店 ご担当者様\n\nお世話になっております。日の出産業 経理部の堀です。\n"
            "ご案内いただいた「法人口座の振込先変更」の件、社内で確認いたしますので、\n"
            "変更後の口座情報と変更理由を記載した書面を頂戴できますでしょうか。\n"
            "また、念のため担当の方の直通番号をお知らせください。\n\n" + SIG_ACCT,
})

MESSAGES.append({
    "id": "airline-046", "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "Internal shift-swap mail addressed to hinode-sangyo.jp (dropped co.), a look-alike of the company's own domain.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["成田カウンター リーダー <narita-counter-lead@hinode-sangyo.jp>"],
    "cc": ["長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>"],
    "subject": "12/7 早番・遅番 交代の件",
    "body": "カウンターリーダー各位\n\nお疲れ様です。森下です。\n"
            "12/7（日）の早番（5:30〜）と遅番（13:00〜）について、私と西岡さんで交代します。\n"
            "長谷部さんには了承済みです。勤務表の修正をお願いします。\n\n森下",
})

# =========================================================================================
# STOP — confidentiality markings
# =========================================================================================

MESSAGES.append({
    "id": "airline-047", "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "Route plan stamped 【社外秘】 in subject and document header, sent to a partner airline.",
    "charset": "iso-2022-jp",
    "sender": "事業企画部 真壁 <s.makabe@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 路線企画部 <route-planning@kaiyo-airlines.co.jp>"],
    "subject": "【社外秘】2026年度 チャーター運航計画（案）",
    "body": "━━━━━━━━━━━━━━━━━━━━\n　社外秘　／　取扱注意\n━━━━━━━━━━━━━━━━━━━━\n\n"
            "海洋エアライン 路線企画部 御中\n\nお世話になっております。日の出産業 事業企画部の真壁です。\n"
            "来週の定例に先立ち、2026年度のチャーター運航計画（案）をお送りします。\n\n"
            "1. 成田－宮古 夏季チャーター：7/19〜8/31 週3便（A321）\n"
            "2. 関西－台北 冬季チャーター：12/20〜1/12 週2便\n"
            "3. 羽田－屋久島 新規：3月に試験運航4便\n"
            "4. 撤退検討：中部－石垣（搭乗率 58%）\n\n"
            "数字はまだ役員会前のものです。\n\n日の出産業株式会社 事業企画部 真壁 聡\nTEL 03-5401-7760",
})

MESSAGES.append({
    "id": "airline-048", "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "Cost breakdown XLSX whose page header says 'Confidential' — the marking is only inside the attachment.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Lim Wei Ling <wl.lim@skylark-aviation.com>"],
    "subject": "KIX handling cost breakdown as requested",
    "body": "Dear Wei Ling,\n\nFollowing our call this morning, please find attached the cost breakdown behind the 2026 "
            "turnaround price for the A321neo. Sheet 2 shows the manpower assumptions.\n\n"
            "Happy to walk you through it on Thursday.\n\n" + SIG_STATION_EN,
    "attachments": [{"kind": "xlsx", "name": "KIX_A321_cost_breakdown_2026.xlsx",
                     "page_header": "Confidential - Hinode Sangyo / Not for distribution",
                     "sheets": {
                         "Summary": [["KIX A321neo turnaround - cost build-up (JPY)"], [],
                                     ["Item", "Cost", "Margin", "Price"],
                                     ["Ramp manpower", 118400, 0.12, 132608], ["Passenger services", 64200, 0.12, 71904],
                                     ["GSE & fuel", 38900, 0.10, 42790], ["Overhead", 22500, 0.15, 25875],
                                     ["Total", 244000, "", 273177]],
                         "Manpower": [["Role", "Heads", "Hours", "Rate"], ["Ramp agent", 6, 1.5, 3200],
                                      ["Loader", 2, 1.5, 3500], ["Check-in", 4, 2.5, 2600], ["Gate", 2, 1.0, 2600]]}}],
})

MESSAGES.append({
    "id": "airline-049", "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "IRROPS manual DOCX with 社外秘 in its page footer (only in the attachment) sent to the system vendor.",
    "charset": "cp932",
    "sender": "情報システム課 有馬 <k.arima@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    "subject": "振替処理機能 要件整理用の資料",
    "body": "ツバサシステム株式会社\n開発部 ご担当者様\n\nお世話になっております。日の出産業 情報システム課の有馬です。\n"
            "DCS の振替処理機能の要件整理にあたり、現行の欠航時対応手順書をお送りします。\n"
            "第3章の「振替優先順位」が今回の画面設計に関係する部分です。\n\n"
            "日の出産業株式会社 情報システム課 有馬 圭\nTEL 03-5401-7790",
    "attachments": [{"kind": "docx", "name": "欠航時対応手順書_v3.2.docx", "page_footer": "社外秘　日の出産業株式会社",
                     "paragraphs": ["欠航・大幅遅延時 旅客対応手順書 第3.2版", "第1章 目的", "本手順書は、欠航・大幅遅延発生時の旅客対応を定める。",
                                    "第2章 体制", "OCC当直責任者は、欠航決定から15分以内に各ステーションへ一斉連絡を行う。",
                                    "第3章 振替優先順位", "(1) お手伝いを要するお客様、(2) 乗継のお客様、(3) 上級会員、(4) その他の順とする。",
                                    "第4章 宿泊・交通費", "宿泊手配は提携ホテルを優先し、上限額は1泊12,000円とする。"],
                     "tables": [[["区分", "判断者", "期限"], ["欠航決定", "OCC当直責任者", "出発2時間前"],
                                 ["振替便設定", "OCC", "欠航決定後30分"], ["宿泊手配", "各ステーション", "欠航決定後60分"]]]}],
})

MESSAGES.append({
    "id": "airline-050", "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF titled 極秘 (route withdrawal and staff redeployment plan) sent to the outside law firm.",
    "charset": "iso-2022-jp",
    "sender": "事業企画部 真壁 <s.makabe@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "中部ステーション縮小に関するご相談資料",
    "body": "白川法律事務所\n白川先生\n\nいつもお世話になっております。日の出産業の真壁です。\n"
            "来週のご相談に向けて、中部ステーション縮小の検討資料をお送りいたします。\n"
            "委託契約の解約条項と、従業員の配置転換に関する論点をご確認いただけますと幸いです。\n\n"
            "日の出産業株式会社 事業企画部 真壁 聡",
    "attachments": [{"kind": "pdf", "name": "中部ステーション縮小検討.pdf", "page_header": "極秘",
                     "lines": ["【極秘】中部ステーション縮小に関する検討資料", "2025年11月 事業企画部", "",
                               "1. 背景：中部発着チャーターの減少（前年比 -34%）",
                               "2. 方針案：2026年9月末をもってランプ業務を青葉運輸へ移管",
                               "3. 影響：正社員12名の配置転換、契約社員8名の契約満了",
                               "4. 論点：ハンドリング契約第18条（中途解約）の違約金"]}],
})

MESSAGES.append({
    "id": "airline-051", "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "Security procedure mailed with an 'INTERNAL ONLY / 取扱注意' stamp at the top to an overseas partner.",
    "charset": "utf-8",
    "sender": "Takayuki Okawa <t.okawa@hinode-sangyo.co.jp>",
    "to": ["Sun Air Korea - Ground Ops <groundops@sunair-korea.co.kr>"],
    "subject": "Bomb threat response flow - NRT station (for your reference)",
    "body": "*** INTERNAL ONLY / 取扱注意 — Hinode Sangyo NRT Station ***\n\n"
            "Dear colleagues,\n\nAs discussed at the station meeting, below is our current response flow "
            "when a bomb threat is received for a flight we handle:\n\n"
            "1. Call receiver fills in the threat checklist (form SEC-07) and informs OCC immediately.\n"
            "2. OCC duty manager assesses the threat (GREEN / AMBER / RED) with the carrier's security officer.\n"
            "3. AMBER/RED: aircraft moved to the isolated parking stand 801; passengers deplaned with cabin baggage.\n"
            "4. Hold baggage re-screened; reconciliation run before reloading.\n\n"
            "Please do not forward outside your security team.\n\n" + SIG_OCC,
})

# =========================================================================================
# STOP — attachments that cannot be read
# =========================================================================================

MESSAGES.append({
    "id": "airline-052", "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "PPAP: the group manifest travels in a password-protected ZIP; the password follows in a second mail.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["星空ツーリスト 手配センター <tehai@hoshizora-travel.jp>"],
    "subject": "【送付】宮古島チャーター 搭乗者名簿",
    "body": "星空ツーリスト 手配センター ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "宮古島チャーターの搭乗者名簿を送付いたします。\n"
            "ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "zip", "name": "miyako_meibo.zip", "password": "Hn2025miyako!",
                     "files": [{"kind": "xlsx", "name": "搭乗者名簿.xlsx",
                                "sheets": {"名簿": [["氏名", "生年月日", "電話"]] +
                                           [[x["name"], x["dob"].isoformat(), x["mobile"]] for x in people(52, 20)]}}]}],
})

MESSAGES.append({
    "id": "airline-053", "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Settlement statement sent as a password-protected PDF: the guard cannot read it.",
    "charset": "cp932",
    "sender": "堀 直人 <n.hori@hinode-sangyo.co.jp>",
    "to": ["旅の窓トラベル 経理部 <keiri@tabi-no-mado.co.jp>"],
    "subject": "11月度 精算書（パスワード付PDF）",
    "body": "旅の窓トラベル 経理部 御中\n\nいつもお世話になっております。日の出産業 経理部の堀です。\n"
            "11月度の精算書をお送りします。PDFを開く際のパスワードは、従来どおり貴社取引先コードです。\n\n"
            "ご確認のほどよろしくお願いいたします。\n\n" + SIG_ACCT,
    "attachments": [{"kind": "pdf", "name": "精算書_202511_旅の窓.pdf", "password": "TNM0412",
                     "lines": ["精算書 2025年11月度", "旅の窓トラベル 御中", "チャーター座席販売 42席 × 58,000円 = 2,436,000円",
                               "手数料 (8%) -194,880円", "差引請求額 2,241,120円"]}],
})

MESSAGES.append({
    "id": "airline-054", "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Rooming list XLSX is corrupt (truncated upload) and cannot be inspected.",
    "charset": "utf-8",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル金沢 予約係 <kanazawa-rsv@sakura-hotel.jp>"],
    "subject": "ルーミングリスト（1/24 団体）",
    "body": "さくらホテル金沢 予約係 ご担当者様\n\nお世話になっております。小野寺です。\n"
            "1/24 チェックインの団体のルーミングリストをお送りします。\n"
            "前回のファイルが開けなかったとのことでしたので、保存し直しました。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "corrupt", "name": "rooming_0124_v2.xlsx"}],
})

MESSAGES.append({
    "id": "airline-055", "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Crew general declaration sent in an AES-encrypted ZIP to a foreign handler; contents cannot be scanned.",
    "charset": "utf-8",
    "sender": "Ryo Hasebe <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["GSG Crew Services <crew@guam-ground-svc.com>"],
    "subject": "HN9301/9302 crew GD and hotel list (encrypted)",
    "body": "Hi team,\n\nPlease find attached the crew general declaration and the hotel rooming for HN9301/9302 (07-09 DEC).\n"
            "The zip is encrypted as per our data handling agreement - password by WhatsApp to your duty phone.\n\n"
            "Thanks,\nRyo Hasebe\nCrew Scheduling, Hinode Sangyo Co., Ltd.\n+81-3-5401-7745",
    "attachments": [{"kind": "zip", "name": "HN9301_crew_GD.zip", "password": "gum-0712-crew",
                     "files": [{"kind": "pdf", "name": "crew_GD.pdf", "lines": ["GENERAL DECLARATION - CREW"] +
                                [f"{x['sur_r'].upper()} {x['giv_r'].upper()}  {x['passport']}  {adate(x['dob'])}" for x in people(550, 8, 1970, 2000)]}]}],
})


def corporate_number(base12):
    """法人番号: check digit (first digit) + 12 base digits."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), 1))
    return str(9 - total % 9) + base12


# =========================================================================================
# PASS — everyday mail that must go
# =========================================================================================

MESSAGES.append({
    "id": "airline-056", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Schedule change to a partner airline's ops; only the standard Japanese confidentiality disclaimer at the end.",
    "charset": "iso-2022-jp",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 運航管理 <ops-nrt@kaiyo-airlines.co.jp>"],
    "subject": "12月 成田ハンドリング便 スケジュール変更のご確認",
    "body": "海洋エアライン 運航管理 ご担当者様\n\nお世話になっております。日の出産業 OCC の大川です。\n"
            "12月の成田ハンドリング便につき、下記の変更を反映いたしました。\n\n"
            "・KY311 成田発 8:40 → 8:25（12/1〜12/20）\n・KY318 成田着 21:05 → 21:30（毎日）\n"
            "・12/24〜12/26 KY315 運休\n\n"
            "スポット割当は空港会社からの確定後に改めてご連絡します。\n\n" + SIG_OCC + "\n" + DISCLAIMER_JA,
})

MESSAGES.append({
    "id": "airline-057", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Mail about an NDA (秘密保持契約) with the law firm: talk about confidentiality, not a marking.",
    "charset": "cp932",
    "sender": "事業企画部 真壁 <s.makabe@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "秘密保持契約書（グアム地上支援会社）ご確認のお願い",
    "body": "白川先生\n\nいつもお世話になっております。日の出産業の真壁です。\n"
            "グアムの地上支援会社（Guam Ground Services）との業務提携に先立ち、先方から秘密保持契約書（NDA）の\n"
            "ドラフトが届きました。以下の点についてご意見をいただけますでしょうか。\n\n"
            "1. 秘密情報の定義が「口頭で開示された情報」まで含まれており、範囲が広すぎないか\n"
            "2. 有効期間が契約終了後10年となっている点\n"
            "3. 準拠法がグアム法（米国法）となっている点\n\n"
            "機密保持義務の相互性については問題ないと考えております。\n"
            "ドラフトは先生の事務所のポータルにアップロードいたしました。\n\n日の出産業株式会社 事業企画部 真壁 聡\nTEL 03-5401-7760",
})

MESSAGES.append({
    "id": "airline-058", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Quote request to the courier partner; only the sender's signature and the partner's business contact.",
    "charset": "utf-8",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業部 鶴田様 <tsuruta@aoba-unyu.co.jp>"],
    "subject": "2026年度 遅延手荷物配送 単価のお見積り依頼",
    "body": "青葉運輸株式会社\n法人営業部 鶴田様\n\nいつもお世話になっております。羽田の宮城です。\n"
            "来年度の遅延手荷物配送について、以下の条件でお見積りをお願いできますでしょうか。\n\n"
            "　想定件数：月 350〜420件（繁忙期 600件）\n　配送エリア：首都圏1都3県＋山梨・静岡東部\n"
            "　時間帯指定：あり（6区分）\n　集荷：1日3回（10時／14時／18時）\n\n"
            "ご不明点は下記までお気軽にお問い合わせください。\n"
            "鶴田様の携帯（080-5519-2203）にもお電話するかもしれません。\n\n" + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-059", "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "One passenger's delivery address and phone to the real courier partner: a single record, may be warned.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 羽田営業所 <haneda@aoba-unyu.co.jp>"],
    "subject": "発見手荷物 配送依頼 1件（HNDHN30587）",
    "body": "青葉運輸 羽田営業所 御中\n\nお世話になっております。\n福岡で発見されたお荷物が本日羽田に到着しましたので、配送をお願いいたします。\n\n"
            "【事故番号】HNDHN30587\n【荷物】黒のソフトスーツケース（タグ番号 0852 417733）\n"
            "【お届け先】漆原 直樹 様\n　〒182-0022 東京都調布市国領町3-9-14 サンハイツ101\n　TEL 090-3317-0862\n"
            "【希望】明日 午前中\n\n" + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-060", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Three site-inspection attendees with mobile numbers to a partner hotel: under five people.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル那覇 営業部 <naha-sales@sakura-hotel.jp>"],
    "subject": "12/11 下見（インスペクション）訪問者のご連絡",
    "body": "さくらホテル那覇 営業部 ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "12/11（木）14時からの館内下見ですが、以下3名で伺います。\n\n"
            "　日の出産業　小野寺 健（携帯 080-6612-4470）\n"
            "　日の出産業　石田 真琴（携帯 090-2208-5519）\n"
            "　川崎電機 総務部　湯浅 和也 様（携帯 070-3390-1187）\n\n"
            "宴会場と大浴場を中心に拝見できれば幸いです。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-061", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Directory of airport counters (business switchboards, opening hours): a list of places, not people.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["星空ツーリスト 手配センター <tehai@hoshizora-travel.jp>"],
    "subject": "各空港 団体受付カウンター連絡先一覧（2026年1月改訂）",
    "body": "星空ツーリスト 手配センター ご担当者様\n\nお世話になっております。\n団体受付カウンターの連絡先一覧を更新しましたのでお送りします。\n\n"
            + table([["空港", "カウンター位置", "電話", "受付時間"],
                     ["成田 T2", "3F 出発ロビー Lカウンター", "0476-33-1180", "6:00-21:00"],
                     ["羽田 T1", "2F 南ウイング 団体受付", "03-5757-8800", "5:30-21:30"],
                     ["関西 T1", "4F 国際線 Fカウンター", "072-456-3320", "6:30-22:00"],
                     ["中部", "3F 出発ロビー 団体受付", "0569-38-7711", "7:00-20:00"],
                     ["福岡", "国内線 2F 北団体カウンター", "092-621-4406", "6:30-20:30"],
                     ["那覇", "国内線 1F 団体受付", "098-840-2239", "7:00-20:00"],
                     ["新千歳", "国内線 2F 団体受付", "0123-46-5570", "7:00-21:00"]]) +
            "\n\n変更点：中部の受付時間、福岡の位置（北側に移転）です。\n\n" + SIG_AIRPORT,
})

MESSAGES.append({
    "id": "airline-062", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Charter seat price list XLSX to a travel agency: prices and flight codes only.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["旅の窓トラベル 仕入課 <shiire@tabi-no-mado.co.jp>"],
    "subject": "2026年夏 チャーター座席 卸価格表",
    "body": "旅の窓トラベル 仕入課 御中\n\nお世話になっております。日の出産業の小野寺です。\n"
            "2026年夏のチャーター座席の卸価格表を添付いたします。\n"
            "お申込み締切は 3/31 です。ブロック数のご希望をお知らせください。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "xlsx", "name": "2026夏_チャーター卸価格表.xlsx", "sheets": {
        "国内": [["2026年夏 国内チャーター 卸価格（税込・片道）"], [],
                 ["便名", "区間", "期間", "大人", "小児", "最低催行"],
                 ["HN8101", "成田-那覇", "7/19-8/31", 24800, 18600, 120],
                 ["HN8721", "成田-宮古", "7/19-8/31", 31500, 23600, 100],
                 ["HN8471", "羽田-屋久島", "7/25-8/24", 36800, 27600, 80],
                 ["HN8203", "関西-石垣", "8/1-8/20", 29900, 22400, 100]],
        "国際": [["2026年夏 国際チャーター 卸価格（税別・往復）"], [],
                 ["便名", "区間", "期間", "大人", "燃油目安"],
                 ["HN9301", "成田-グアム", "7/24-8/28", 68000, 14800],
                 ["HN9511", "関西-台北", "8/7-8/17", 52000, 6200]]}}],
})

_cn = corporate_number("010401074533")
MESSAGES.append({
    "id": "airline-063", "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "Invoice mail: invoice numbers, the company's T-number and its corporate bank account — business data only.",
    "charset": "cp932",
    "sender": "堀 直人 <n.hori@hinode-sangyo.co.jp>",
    "to": ["星空ツーリスト 経理課 <keiri@hoshizora-travel.jp>"],
    "subject": "請求書送付のご案内（INV-2025-11-0873）",
    "body": "星空ツーリスト株式会社 経理課 御中\n\n平素より格別のご高配を賜り、誠にありがとうございます。\n"
            "11月分のご請求につきまして、下記のとおりご案内申し上げます。\n\n"
            "　請求書番号：INV-2025-11-0873\n　ご請求金額：3,184,560円（税込）\n　お支払期限：2025年12月31日\n\n"
            "　【お振込先】みどり銀行 浜松町支店 普通 0215578 ヒノデサンギヨウ（カ\n"
            f"　【登録番号】T{_cn}\n\n"
            "請求書PDFは取引先ポータルにアップロード済みです。\n\n" + SIG_ACCT,
})

MESSAGES.append({
    "id": "airline-064", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Bag-tag and 12-digit courier tracking numbers (look like ID numbers, are not); no person named.",
    "charset": "utf-8",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 羽田営業所 <haneda@aoba-unyu.co.jp>"],
    "subject": "配送状況の確認をお願いします（3件）",
    "body": "青葉運輸 羽田営業所 ご担当者様\n\nお世話になっております。\n昨日お渡しした下記3件について、お客様から「まだ届かない」とお問い合わせがありました。\n"
            "配送状況をご確認いただけますでしょうか。\n\n"
            "　タグ番号 0852 417702 ／ 送り状番号 4012-5583-2290\n"
            "　タグ番号 0852 417719 ／ 送り状番号 4012-5583-2301\n"
            "　タグ番号 0317 992044 ／ 送り状番号 4012-5583-2318\n\n"
            "お手数ですがよろしくお願いいたします。\n\n" + SIG_BAGGAGE,
})

_p = people(65, 9, 1950, 2000)
_orig = ("小野寺様\n\nお世話になっております。旅の窓の橋爪です。\n宮古島チャーターの追加9名分の名簿です。\n\n"
         + "\n".join(f"{x['name']}\t{x['dob']:%Y/%m/%d}\t{x['mobile']}" for x in _p) + "\n\nよろしくお願いします。\n橋爪")
MESSAGES.append({
    "id": "airline-065", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Reply whose new text is a short acknowledgement; the nine-person list is only in the quoted original.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["橋爪 彩 <hashizume@tabi-no-mado.co.jp>"],
    "subject": "Re: 宮古島チャーター 追加名簿",
    "body": "橋爪様\n\nお世話になっております。小野寺です。\n追加9名様、確かに受領いたしました。本日中に座席を確保いたします。\n"
            "確定後、座席番号をお知らせします。\n\n小野寺\n\n"
            "-----Original Message-----\n差出人: 橋爪 彩 <hashizume@tabi-no-mado.co.jp>\n送信日時: 2025年11月25日 16:02\n"
            "宛先: 小野寺 健 <ken.onodera@hinode-sangyo.co.jp>\n件名: 宮古島チャーター 追加名簿\n\n" + quote(_orig),
})

_p = people(66, 10, 1955, 2010)
MESSAGES.append({
    "id": "airline-066", "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": [],
    "note": "Manifest with passport numbers sent only to internal colleagues (main domain and a subdomain).",
    "charset": "utf-8",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["成田ステーション 団体カウンター <nrt-group@hinode-sangyo.co.jp>"],
    "cc": ["OCC <occ@mail.hinode-sangyo.co.jp>"],
    "subject": "HN9511 関西-台北 12/20 搭乗者（旅券情報）",
    "body": "成田・関西ステーション各位\n\nお疲れ様です。旅行事業部 小野寺です。\n12/20 HN9511 の搭乗者旅券情報です。APIS 送信前の確認をお願いします。\n\n"
            + "\n".join(f"{i:>2}. {x['sur_r'].upper()}/{x['giv_r'].upper()}  {x['dob']:%d%b%y}  {x['passport']}  exp {x['pp_exp']:%d%b%y}"
                        for i, x in enumerate(_p, 1)) +
            "\n\n以上10名。\n小野寺（内線 4312）",
})

MESSAGES.append({
    "id": "airline-067", "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Crew fitness and medical restrictions discussed among internal addresses only.",
    "charset": "iso-2022-jp",
    "sender": "長谷部 亮 <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["運航乗務部 部長 <flightops-gm@hinode-sangyo.co.jp>", "産業医室 <sangyoi@hinode-sangyo.co.jp>"],
    "subject": "12月乗務割 健康上の配慮が必要な乗務員について",
    "body": "各位\n\nお疲れ様です。乗員スケジュール課 長谷部です。\n12月の乗務割作成にあたり、産業医意見を反映した配慮事項をまとめます。\n\n"
            "・四十物 健一 機長：高血圧で服薬調整中。12/1〜12/14 は深夜帯乗務なし\n"
            "・小林 奈々 CA：妊娠（安定期）。12/10 以降乗務停止、地上勤務へ\n"
            "・喜多 拓也 副操縦士：腰椎椎間板ヘルニア術後。長距離（4時間超）乗務は当面不可\n\n"
            "社外秘扱いでお願いします。\n長谷部",
})

MESSAGES.append({
    "id": "airline-068", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Booking a seminar on in-flight medical emergencies: health words (急病, AED, 心肺蘇生) not about any person.",
    "charset": "utf-8",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["スカイセーフティアカデミー 研修事業部 <seminar@skysafety-academy.jp>"],
    "subject": "「機内・空港での急病人対応セミナー」受講申込（12名）",
    "body": "スカイセーフティアカデミー 研修事業部 御中\n\nお世話になっております。日の出産業 人事総務課の松永です。\n"
            "貴社主催の「機内・空港での急病人対応セミナー ―心肺蘇生・AED・てんかん発作・アナフィラキシー―」に\n"
            "弊社より12名の受講を申し込みたく存じます。\n\n"
            "　希望日程：2026年1月21日（水）成田会場\n　受講者：カウンター・ゲート担当 12名（氏名は確定後にご連絡）\n"
            "　請求先：日の出産業株式会社 人事総務課\n\n"
            "認知症のお客様への声かけ研修も別途ご相談させてください。\n\n" + SIG_HR,
})

MESSAGES.append({
    "id": "airline-069", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Booking a 機密文書 shredding pickup: the word 機密 names a service, it is not a marking on the mail.",
    "charset": "cp932",
    "sender": "成田ステーション 事務 竹内 <a.takeuchi@hinode-sangyo.co.jp>",
    "to": ["エコドックリサイクル 受付センター <uketsuke@eco-doc-recycle.co.jp>"],
    "subject": "機密文書回収（溶解処理）の日程について",
    "body": "エコドックリサイクル株式会社\n受付センター 御中\n\nいつもお世話になっております。日の出産業 成田ステーションの竹内です。\n"
            "年末の機密文書回収（溶解処理）の日程をご相談させてください。\n\n"
            "　回収場所：成田空港 第2ターミナル 5F 日の出産業 事務所\n　数量：回収ボックス 14箱（前回 9箱）\n"
            "　希望日：12/22（月）または 12/23（火）の午後\n\n"
            "溶解証明書は従来どおり総務宛にお送りください。\n\n"
            "日の出産業株式会社 成田ステーション 事務 竹内 愛\nTEL 0476-33-1180",
})

MESSAGES.append({
    "id": "airline-070", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Charter timetable full of dates and times (operating, deadlines) — none is a birth date.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["みなと観光 国内手配 <kokunai@minato-tours.co.jp>"],
    "subject": "屋久島チャーター 運航日程と各種締切日",
    "body": "みなと観光 国内手配 ご担当者様\n\nお世話になっております。\n屋久島チャーターの運航日程と締切日をお知らせします。\n\n"
            "【運航日】\n　第1便 2026年1月17日（土）羽田 8:55 → 屋久島 11:05\n"
            "　第2便 2026年1月24日（土）同上\n　第3便 2026年2月7日（土）同上\n"
            "　帰路はいずれも2日後（月曜）屋久島 12:00 → 羽田 13:55\n\n"
            "【締切】\n　座席返却期限：出発21日前（第1便は 2025年12月27日）\n"
            "　名簿提出期限：出発10日前\n　最終入金期限：2026年1月9日\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-071", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "13-digit ticket numbers and a 12-digit booking number for a refund: look like ID numbers, are not; no names.",
    "charset": "utf-8",
    "sender": "堀 直人 <n.hori@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 収入管理部 <revenue@kaiyo-airlines.co.jp>"],
    "subject": "未使用航空券 払戻し処理のお願い（団体 GRP-K2291）",
    "body": "海洋エアライン 収入管理部 ご担当者様\n\nお世話になっております。日の出産業 経理部の堀です。\n"
            "団体 GRP-K2291（予約番号 481920336017）のうち、未使用となった下記3枚の払戻しをお願いいたします。\n\n"
            "　航空券番号 852-2419903351（区間 NRT-OKA）\n　航空券番号 852-2419903368（区間 NRT-OKA）\n"
            "　航空券番号 852-2419903375（区間 OKA-NRT）\n\n"
            "払戻額は運賃規則に基づき 1枚あたり 18,600円－取消手数料 2,000円 と認識しております。\n\n" + SIG_ACCT,
})

MESSAGES.append({
    "id": "airline-072", "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Normal three-way meeting mail: two partner organisations (courier, hotel) in To/Cc.",
    "charset": "cp932",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業部 鶴田様 <tsuruta@aoba-unyu.co.jp>"],
    "cc": ["さくらホテル成田 フロント 石原様 <narita-front@sakura-hotel.jp>"],
    "subject": "ホテル宛て手荷物直送サービス 打合せの件",
    "body": "青葉運輸 鶴田様\n（cc：さくらホテル成田 石原様）\n\nお世話になっております。日の出産業の宮城です。\n"
            "遅延手荷物をお客様のご宿泊ホテルへ直送するサービスについて、三者で打合せをお願いできればと存じます。\n\n"
            "　日時候補：12/9（火）15:00〜 または 12/10（水）10:00〜\n　場所：さくらホテル成田 2F 会議室（石原様にご手配いただけるとのこと）\n\n"
            "ご都合をお知らせください。\n\n" + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-073", "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Quote for a family trip to one private customer on free mail (multipart text + HTML).",
    "charset": "utf-8",
    "sender": "旅行事業部 個人旅行 窓口 <tabi@hinode-sangyo.co.jp>",
    "to": ["ganaha.mei@gmail.com"],
    "subject": "【お見積り】石垣島チャーター 4名様（3/20-3/23）",
    "body": "我那覇 芽依 様\n\nこの度はお問い合わせいただき、誠にありがとうございます。\n日の出産業 旅行事業部でございます。\n\n"
            "ご希望の石垣島チャーターツアーのお見積りをお送りいたします。\n\n"
            "　大人2名 × 89,800円\n　小児2名 × 62,800円\n　合計 305,200円（税込）\n\n"
            "お申込みはお見積り有効期限（12/20）までにご返信ください。\n\n日の出産業株式会社 旅行事業部\nTEL 03-5401-7720（平日 9:30-18:00）",
    "html": "<html><body><p>我那覇 芽依 様</p><p>この度はお問い合わせいただき、誠にありがとうございます。<br>日の出産業 旅行事業部でございます。</p>"
            "<p>ご希望の石垣島チャーターツアーのお見積りをお送りいたします。</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>区分</th><th>単価</th><th>人数</th></tr>"
            "<tr><td>大人</td><td>89,800円</td><td>2</td></tr><tr><td>小児</td><td>62,800円</td><td>2</td></tr>"
            "<tr><td colspan=\"2\">合計（税込）</td><td>305,200円</td></tr></table>"
            "<p>お申込みはお見積り有効期限（12/20）までにご返信ください。</p>"
            "<p>日の出産業株式会社 旅行事業部<br>TEL 03-5401-7720（平日 9:30-18:00）</p></body></html>",
})

MESSAGES.append({
    "id": "airline-074", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English operational mail to a foreign partner ending with the standard confidentiality disclaimer.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Park Ji-hoon <jhpark@sunair-korea.co.kr>"],
    "subject": "Winter schedule - KIX slot times and stand allocation",
    "body": "Dear Mr. Park,\n\nThank you for sending your winter schedule. I have checked it against our manpower plan:\n\n"
            "  SK 721 ICN-KIX  arr 10:35  stand 12  - OK\n  SK 722 KIX-ICN  dep 11:50  stand 12  - OK\n"
            "  SK 725 ICN-KIX  arr 19:10  stand 7   - please note the 45 min minimum turn\n\n"
            "The airport's slot confirmation is still pending for SK 725 on Sundays; I will update you as soon as we hear back.\n\n"
            + SIG_STATION_EN + "\n" + DISCLAIMER_EN,
})

MESSAGES.append({
    "id": "airline-075", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Special-assistance statistics (counts by SSR code and flight), no individual passenger.",
    "charset": "iso-2022-jp",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン お客様サポート室 <cs-support@kaiyo-airlines.co.jp>"],
    "subject": "11月 お手伝い取扱件数（速報）",
    "body": "海洋エアライン お客様サポート室 ご担当者様\n\nお世話になっております。お手伝いデスクの安達です。\n11月の取扱件数（速報値）をお知らせします。\n\n"
            + table([["SSR", "内容", "成田", "羽田", "計"],
                     ["WCHR", "車いす（歩行可）", "142", "188", "330"],
                     ["WCHS", "車いす（階段不可）", "37", "51", "88"],
                     ["WCHC", "車いす（機内まで）", "12", "19", "31"],
                     ["BLND", "視覚", "4", "7", "11"],
                     ["DEAF", "聴覚", "3", "5", "8"],
                     ["MEDA", "医療", "2", "3", "5"]]) +
            "\n\n前年同月比で WCHR が 18% 増加しております。機内用車いすの追加配備をご検討ください。\n\n" + SIG_ASSIST,
})

_p = people(76, 4, 1960, 1995)
MESSAGES.append({
    "id": "airline-076", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Small group booking: four guests with mobile numbers to a partner hotel (under five; may be warned).",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル函館 <hakodate@sakura-hotel.jp>"],
    "subject": "2/7 ご宿泊 4名様（日の出産業 手配分）",
    "body": "さくらホテル函館 ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n2/7（土）1泊、下記4名様の宿泊をお願いいたします。\n\n"
            + "\n".join(f"{i}. {x['name']}様　{x['mobile']}" for i, x in enumerate(_p, 1)) +
            "\n\nツイン2室、2名ずつでお願いします。到着は 19時頃の予定です。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-077", "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Reply to one claimant on free mail about her own delayed bag: one free-mail recipient, her own case only.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["芦田 様 <ashida.rin0823@yahoo.co.jp>"],
    "subject": "Re: 手荷物が届かない件（事故番号 HNDHN30622）",
    "body": "芦田 様\n\nこの度はお荷物の到着が遅れ、多大なるご迷惑をおかけしておりますことを深くお詫び申し上げます。\n"
            "日の出産業 手荷物サービスセンターの宮城でございます。\n\n"
            "お荷物は本日 KY216 便にて那覇から羽田に到着しており、明日 11/28 午前中にご自宅へお届けする手配をいたしました。\n"
            "配送は青葉運輸が担当いたします。\n\n"
            "お荷物が届くまでの間にご購入された日用品につきましては、領収書をお送りいただければ規定に基づき補償いたします。\n\n"
            + SIG_BAGGAGE,
})

MESSAGES.append({
    "id": "airline-078", "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Tour notice done right: participants' private addresses are in Bcc, To is the sender's own team.",
    "charset": "utf-8",
    "sender": "旅行事業部 添乗 石田 <m.ishida@hinode-sangyo.co.jp>",
    "to": ["旅行事業部 団体旅行課 <dantai@hinode-sangyo.co.jp>"],
    "bcc": ["kazu.teshigawara@gmail.com", "yumiko-h1962@yahoo.co.jp", "s.aimono@icloud.com",
            "fujita.osamu.55@docomo.ne.jp", "nana_kita@outlook.jp", "uruwashi.k@ezweb.ne.jp"],
    "subject": "【日の出チャーター】屋久島 天候による行程変更のお知らせ",
    "body": "ツアーご参加の皆様\n\n添乗員の石田です。\n屋久島は明日大雨の予報のため、2日目の白谷雲水峡トレッキングを3日目午前に振り替えます。\n"
            "2日目は屋久杉自然館と温泉へご案内いたします。\n\n"
            "集合時間は 8:30 ホテルロビーに変更となります。\n\nご不明点は添乗員携帯 080-4120-7735 までどうぞ。\n\n日の出産業株式会社 旅行事業部 石田 真琴",
})

MESSAGES.append({
    "id": "airline-079", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Delay notice to one agency with aggregate passenger counts only.",
    "charset": "cp932",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["みなと観光 国内手配 <kokunai@minato-tours.co.jp>"],
    "subject": "【遅延】HN8471 羽田→屋久島 出発遅延のお知らせ",
    "body": "みなと観光 国内手配 ご担当者様\n\n日の出産業 OCC の大川です。\n"
            "本日の HN8471 は屋久島空港の視程不良により、出発を 8:55 → 10:40 に変更いたしました。\n\n"
            "　ご予約数：貴社分 38名（うち小児 4名、お手伝い 1件）\n　ご搭乗手続き：通常どおり 7:55 開始\n"
            "　ラウンジ利用券：1,000円分を全員にお配りします\n\n"
            "視程がさらに悪化した場合は鹿児島への代替着陸となる可能性がございます。\n\n" + SIG_OCC,
})

MESSAGES.append({
    "id": "airline-080", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Directory of partner airlines' station offices (company numbers and SITA codes): businesses, not people.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["GlobalWings Travel Japan <japan-desk@globalwings-travel.com>"],
    "subject": "成田 提携航空会社 空港所連絡先",
    "body": "GlobalWings Travel Japan\nご担当者様\n\nお世話になっております。\nご依頼の成田空港における提携航空会社の空港所連絡先です。\n\n"
            "航空会社,空港所,代表電話,SITA\n"
            "海洋エアライン,成田空港所,0476-34-2201,NRTKOKY\n"
            "Skylark Aviation,Narita Station,0476-34-7720,NRTKKSL\n"
            "Sun Air Korea,成田支店,0476-32-5510,NRTKKSK\n"
            "Orchid Air,成田空港事務所,0476-33-9021,NRTKKOA\n\n"
            "いずれも代表番号です。夜間は当社OCC（0476-33-1190）にお問い合わせください。\n\n" + SIG_AIRPORT,
})

MESSAGES.append({
    "id": "airline-081", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "List of layover hotels with addresses and switchboards sent to a partner airline: a list of businesses.",
    "charset": "utf-8",
    "sender": "Ryo Hasebe <r.hasebe@hinode-sangyo.co.jp>",
    "to": ["Skylark Crew Control <crewcontrol@skylark-aviation.com>"],
    "subject": "Crew layover hotels in Japan - 2026 contracted list",
    "body": "Dear Crew Control,\n\nAs requested, these are the hotels we will use for your crew layovers from April 2026:\n\n"
            "KIX  Aerotel Kansai         1-1 Rinku Orai Kita, Izumisano, Osaka      +81-72-460-1100\n"
            "NRT  Sakura Hotel Narita    760 Tokko, Narita, Chiba                   +81-476-32-8800\n"
            "HND  Crowne Harbor Hotel    2-6-3 Haneda Airport, Ota-ku, Tokyo        +81-3-5756-4400\n"
            "NGO  Sakura Hotel Tokoname  1-10 Centrair, Tokoname, Aichi             +81-569-38-2200\n\n"
            "Transport: hotel shuttle, 24h. Rooming lists will be sent per trip via the crew portal.\n\n"
            "Best regards,\nRyo Hasebe\nCrew Scheduling, Hinode Sangyo Co., Ltd.",
})

MESSAGES.append({
    "id": "airline-082", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Forward of a partner's notice that holds only operational information (aircraft change), no personal data.",
    "charset": "iso-2022-jp",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 機内食課 <inflight@kitaguni-foods.co.jp>"],
    "subject": "FW: 【海洋エアライン】1月 機材変更のお知らせ",
    "body": "北国フーズ 機内食課 ご担当者様\n\nお世話になっております。OCC の大川です。\n"
            "海洋エアライン様から機材変更の連絡がありましたので転送します。搭載数の変更をお願いします。\n\n"
            "---------- Forwarded message ---------\nFrom: 海洋エアライン 運航管理 <ops-nrt@kaiyo-airlines.co.jp>\n"
            "Date: 2025年12月2日(火) 11:20\nSubject: 【海洋エアライン】1月 機材変更のお知らせ\n\n"
            "ハンドリング各社様\n\n1月の下記便につき、機材を変更いたします。\n\n"
            "　KY311/312：A320（168席）→ A321（194席）1/10〜1/31\n　KY325/326：B737-800（165席）→ A320（168席）1/15〜1/31\n\n"
            "以上、よろしくお願いいたします。\n海洋エアライン株式会社 運航管理部\n\n" + SIG_OCC,
})

MESSAGES.append({
    "id": "airline-083", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Meeting invitation to internal staff and one external vendor; nothing personal.",
    "charset": "utf-8",
    "sender": "情報システム課 有馬 <k.arima@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    "cc": ["森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>", "大川 隆之 <t.okawa@hinode-sangyo.co.jp>"],
    "subject": "DCS バージョンアップ 切替リハーサルの打合せ",
    "body": "ツバサシステム 開発部 ご担当者様\n\nお世話になっております。情報システム課の有馬です。\n"
            "DCS バージョンアップの切替リハーサルについて、打合せをお願いいたします。\n\n"
            "　日時：12/15（月）13:30〜15:00\n　場所：弊社 浜松町本社 9F 会議室B ／ Teams 併用\n"
            "　議題：切替手順、ロールバック判断基準、当日の連絡体制\n\n"
            "弊社からは成田ステーション 森下、OCC 大川、有馬の3名が出席します。\n\n"
            "日の出産業株式会社 情報システム課 有馬 圭\nTEL 03-5401-7790",
})

MESSAGES.append({
    "id": "airline-084", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Generic policy PDF on medical clearance and wheelchairs: health words, but about no person.",
    "charset": "cp932",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["星空ツーリスト 教育旅行課 <kyouiku@hoshizora-travel.jp>"],
    "subject": "お手伝いが必要なお客様のご案内（旅行会社様向け資料）",
    "body": "星空ツーリスト 教育旅行課 ご担当者様\n\nお世話になっております。お手伝いデスクの安達です。\n"
            "先日ご質問いただいた、お体の不自由なお客様や持病をお持ちのお客様のご案内について、\n"
            "旅行会社様向けの資料をお送りします。修学旅行のご案内にもご活用ください。\n\n" + SIG_ASSIST,
    "attachments": [{"kind": "pdf", "name": "お手伝いご案内_旅行会社様向け.pdf",
                     "lines": ["お手伝いが必要なお客様のご案内（旅行会社様向け）", "",
                               "1. 車いすをご利用のお客様：出発48時間前までにご連絡ください。",
                               "2. 医療用酸素・人工呼吸器をご使用のお客様：診断書（MEDIF）が必要です。",
                               "3. 妊娠36週以降のお客様：出発7日以内の医師の診断書が必要です。",
                               "4. 食物アレルギー：除去食は特定原材料8品目に対応します。",
                               "5. てんかん・糖尿病等の持病：常備薬は機内持込み手荷物に入れてください。",
                               "6. 補助犬：身体障害者補助犬法に基づき同伴いただけます。"]}],
})

MESSAGES.append({
    "id": "airline-085", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Meal-load CSV per flight with counts of special meal codes; no passenger data.",
    "charset": "iso-2022-jp",
    "sender": "大川 隆之 <t.okawa@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 機内食課 <inflight@kitaguni-foods.co.jp>"],
    "subject": "12/20-12/22 チャーター便 搭載数（確定）",
    "body": "北国フーズ 機内食課 御中\n\nお世話になっております。\n年末チャーター便の搭載数（確定）をCSVで添付します。\n"
            "特別食はコード別の数のみ記載しています。\n\n" + SIG_OCC,
    "attachments": [{"kind": "csv", "name": "meal_load_1220-1222.csv", "encoding": "cp932", "rows": [
        ["日付", "便名", "区間", "Y食", "CHML", "VGML", "MOML", "GFML", "クルー食"],
        ["2025/12/20", "HN9511", "KIX-TPE", 182, 6, 2, 1, 0, 8],
        ["2025/12/20", "HN9512", "TPE-KIX", 176, 6, 2, 1, 0, 8],
        ["2025/12/21", "HN9301", "NRT-GUM", 188, 11, 3, 0, 1, 9],
        ["2025/12/22", "HN9302", "GUM-NRT", 185, 11, 3, 0, 1, 9]]}],
})

MESSAGES.append({
    "id": "airline-086", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Draft handling agreement DOCX with a 'Confidentiality' clause heading: contract text, not a classification stamp.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Lim Wei Ling <wl.lim@skylark-aviation.com>"],
    "subject": "SGHA Annex B draft - KIX 2026",
    "body": "Dear Wei Ling,\n\nAttached is our draft of Annex B (services and charges) to the IATA SGHA 2023 for KIX. "
            "Clause 7 on confidentiality follows the wording of the main agreement; clause 9 adds the new de-icing charges.\n\n"
            "Please send your comments by 19 December.\n\n" + SIG_STATION_EN,
    "attachments": [{"kind": "docx", "name": "SGHA_AnnexB_KIX_2026_draft.docx",
                     "paragraphs": ["ANNEX B - LOCATION(S), AGREED SERVICES AND CHARGES", "Location: Kansai International Airport (KIX)",
                                    "Handling Company: Hinode Sangyo Co., Ltd.", "Carrier: Skylark Aviation",
                                    "1. Ramp Services - as per Section 3 of the Main Agreement.",
                                    "7. Confidentiality - Each party shall keep the terms of this Annex in confidence and "
                                    "shall not disclose them to third parties without the other party's consent.",
                                    "9. De-icing - charged per event at JPY 185,000 (A321) including fluid up to 600 litres.",
                                    "10. Term - from 1 April 2026 to 31 March 2028."]}],
})

_p = people(87, 8, 1980, 2004)
MESSAGES.append({
    "id": "airline-087", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "Internal training roster with staff mobiles, sent only inside the company.",
    "charset": "cp932",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["成田ステーション 全員 <nrt-all@hinode-sangyo.co.jp>"],
    "subject": "1月 危険物取扱（DGR）初期訓練 受講者と連絡先",
    "body": "成田ステーションの皆さん\n\nお疲れ様です。人事総務課 松永です。\n1月のDGR初期訓練の受講者が決まりました。\n"
            "当日の連絡用に携帯番号を載せていますので、社外には転送しないでください。\n\n"
            + table([["受講者", "所属", "携帯", "日程"]] +
                    [[x["name"], ["ランプ", "カウンター", "貨物"][i % 3], x["mobile"], ["1/13-1/14", "1/20-1/21"][i % 2]]
                     for i, x in enumerate(_p)]) +
            "\n\n場所：成田研修センター 2F\n\n" + SIG_HR,
})

MESSAGES.append({
    "id": "airline-088", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Sales proposal PPTX to a corporate customer: plans and prices, customer's business contact only.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 湯浅様 <k.yuasa@kawasaki-denki.co.jp>"],
    "subject": "2026年度 社員旅行チャーターのご提案",
    "body": "川崎電機株式会社\n総務部 湯浅様\n\nいつも大変お世話になっております。日の出産業の小野寺です。\n"
            "先日お伺いした来年度の社員旅行につき、チャーター便をご利用いただくプランのご提案資料をお送りします。\n"
            "ご検討のほど、よろしくお願いいたします。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "pptx", "name": "川崎電機様_社員旅行チャーターご提案.pptx", "slides": [
        ["川崎電機様 2026年度 社員旅行のご提案", "日の出産業株式会社 旅行事業部", "2025年12月"],
        ["プランA：沖縄 2泊3日", "成田－那覇 専用チャーター（A321・194席）", "1名あたり 78,000円〜", "宴会・アクティビティ込み"],
        ["プランB：北海道 2泊3日", "羽田－新千歳 専用チャーター", "1名あたり 82,000円〜", "冬季はスキー・温泉プラン"],
        ["チャーターの利点", "全員同じ便で移動、搭乗手続きは団体カウンター", "機内アナウンスで社長挨拶も可能"]]}],
})

MESSAGES.append({
    "id": "airline-089", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "GSE spare-parts order with 12-digit part numbers (look like My Numbers, are product codes).",
    "charset": "utf-8",
    "sender": "成田ステーション GSE整備 坂口 <t.sakaguchi@hinode-sangyo.co.jp>",
    "to": ["エアロパーツサプライ 受注センター <order@aero-parts-supply.co.jp>"],
    "subject": "注文書 PO-NRT-25-1182（トーイングトラクター部品）",
    "body": "エアロパーツサプライ株式会社 受注センター 御中\n\nいつもお世話になっております。\n下記の部品を発注いたします。\n\n"
            "　部品番号 4012 8831 0575　ブレーキパッド（TT-50用）　× 8\n"
            "　部品番号 4012 8831 0612　油圧ホース 1.2m　× 4\n"
            "　部品番号 7720 1904 3381　牽引ピン（スチール）　× 10\n\n"
            "納品先：成田空港 GSE整備場（第2貨物地区）\n希望納期：12/12\n\n"
            "日の出産業株式会社 成田ステーション GSE整備 坂口 拓\nTEL 0476-33-1187",
})

MESSAGES.append({
    "id": "airline-090", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to a tour operator giving the tour leader's business contact and our duty phone.",
    "charset": "utf-8",
    "sender": "Ken Onodera <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["Reservations <res@pacific-isle-tours.com>"],
    "subject": "GT-1207 arrival - contact on the day",
    "body": "Dear Reservations team,\n\nFor the GT-1207 group arriving on 7 Dec, our escort on the day will be Ms. Makoto Ishida "
            "(Hinode Sangyo, tour desk +81-3-5401-7720). Your guide can reach our Guam duty phone at +1-671-646-2280 "
            "if the flight is delayed.\n\nThe coach pick-up point remains Door 3 of the arrivals hall.\n\n"
            "Best regards,\nKen Onodera\nGroup Tours, Hinode Sangyo Co., Ltd.",
})

MESSAGES.append({
    "id": "airline-091", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Short English reply; the passenger's passport number appears only in the quoted message below 'wrote:'.",
    "charset": "utf-8",
    "sender": "Kenji Tanabe <kenji.tanabe@hinode-sangyo.co.jp>",
    "to": ["Skylark Ticketing Support <ticketing@skylark-aviation.com>"],
    "subject": "Re: Name correction request - PNR 6QX2LM",
    "body": "Hello,\n\nConfirmed, thank you - the passenger was able to check in online this morning.\n\nBest regards,\nKenji Tanabe\n\n"
            "On Thu, 11 Dec 2025 at 09:14, Skylark Ticketing Support <ticketing@skylark-aviation.com> wrote:\n"
            + quote("Dear Kenji,\n\nWe have corrected the name to IOKIBE/SHIGEHARU MR in PNR 6QX2LM\n"
                    "(passport TR8830417, DOB 22JUL79) without reissue.\n\nRegards,\nTicketing Support"),
})

MESSAGES.append({
    "id": "airline-092", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Group seat-block confirmation with an XLSX of flights and seat counts; no people.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["星空ツーリスト 手配センター <tehai@hoshizora-travel.jp>"],
    "subject": "団体座席ブロック 確定のご連絡（2026年2月分）",
    "body": "星空ツーリスト 手配センター ご担当者様\n\nお世話になっております。小野寺です。\n2月分の団体座席ブロックが確定しました。添付の一覧をご確認ください。\n\n" + SIG_TRAVEL,
    "attachments": [{"kind": "xlsx", "name": "座席ブロック_202602.xlsx", "sheets": {"2月": [
        ["2026年2月 団体座席ブロック（星空ツーリスト様）"], [],
        ["出発日", "便名", "区間", "ブロック席数", "返却期限"],
        ["2026/02/07", "HN8471", "HND-KUM", 40, "2026/01/17"],
        ["2026/02/14", "HN8101", "NRT-OKA", 60, "2026/01/24"],
        ["2026/02/21", "HN8721", "NRT-MMY", 35, "2026/01/31"]]}}],
})

MESSAGES.append({
    "id": "airline-093", "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Planning mail with the customer in To and a travel agency in Cc: two external organisations is normal.",
    "charset": "iso-2022-jp",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 湯浅様 <k.yuasa@kawasaki-denki.co.jp>"],
    "cc": ["星空ツーリスト 法人営業 <hojin@hoshizora-travel.jp>"],
    "subject": "Re: 社員旅行 現地オプショナルツアーの件",
    "body": "湯浅様\n（cc：星空ツーリスト 法人営業ご担当者様）\n\nお世話になっております。小野寺です。\n"
            "現地オプショナルツアーは星空ツーリスト様に手配をお願いすることになりましたので、cc に入れさせていただきました。\n"
            "美ら海水族館コースと首里城コースの2本立てで、1月中に参加希望数をまとめる予定です。\n\n"
            "今後は三者でやり取りさせてください。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-094", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Recruitment flyer draft to the printer: 健康診断 and 障がい者雇用 as policy words, about no person.",
    "charset": "utf-8",
    "sender": "松永 千尋 <c.matsunaga@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 宮坂様 <miyasaka@nishiki-insatsu.co.jp>"],
    "subject": "採用チラシ（グランドスタッフ募集）原稿",
    "body": "錦印刷 宮坂様\n\nお世話になっております。日の出産業の松永です。\nグランドスタッフ募集チラシの原稿をお送りします。A4 片面、3,000部でお願いします。\n\n"
            "――――― 原稿 ―――――\n空港で働こう！ グランドスタッフ募集\n"
            "・勤務地：成田空港／羽田空港\n・月給 226,000円〜（深夜手当別途）\n"
            "・福利厚生：社会保険完備、年1回の健康診断、メンタルヘルス相談窓口、制服貸与\n"
            "・障がい者雇用枠もございます。配慮事項は面接時にご相談ください。\n"
            "・応募：採用サイトまたは 03-5401-7700（人事総務課）\n――――――――――――\n\n" + SIG_HR,
})

_p = people(95, 7, 1950, 2000)
MESSAGES.append({
    "id": "airline-095", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "Open baggage claims CSV (names, phones, addresses) shared between two internal teams only.",
    "charset": "iso-2022-jp",
    "sender": "宮城 琴音 <kotone.miyagi@hinode-sangyo.co.jp>",
    "to": ["成田 手荷物サービス <nrt-baggage@hinode-sangyo.co.jp>"],
    "subject": "羽田・成田 未解決案件リスト（11/30時点）",
    "body": "成田 手荷物サービスの皆さん\n\nお疲れ様です。羽田の宮城です。\n11/30時点の未解決案件リストです。成田発の便に絡むものは引き継ぎをお願いします。\n\n宮城",
    "attachments": [{"kind": "csv", "name": "open_claims_1130.csv", "encoding": "utf-8", "rows":
                     [["事故番号", "氏名", "電話", "住所", "状況"]] +
                     [[f"HNDHN{30390 + i * 11}", x["name"], x["mobile"], x["addr"], ["捜索中", "補償協議中", "捜索中", "発見・配送待ち", "捜索中", "補償協議中", "捜索中"][i]]
                      for i, x in enumerate(_p)]}],
})

MESSAGES.append({
    "id": "airline-096", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "VIP meet-and-assist request naming a company president with his flight: a business contact, no personal data types.",
    "charset": "cp932",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 成田空港所 <nrt-station@kaiyo-airlines.co.jp>"],
    "subject": "12/8 KY311 VIPお出迎えのご依頼",
    "body": "海洋エアライン 成田空港所 ご担当者様\n\nお世話になっております。成田ステーションの森下です。\n"
            "12/8 KY311（8:25発）に、川崎電機株式会社 代表取締役社長 小田切 様がご搭乗されます。\n"
            "同社総務部よりご依頼があり、ラウンジへのご案内と優先搭乗をお願いできればと存じます。\n"
            "ご到着は 7:30 頃、秘書の方がご同行されます。\n\n" + SIG_AIRPORT,
})

MESSAGES.append({
    "id": "airline-097", "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "The word 機密 used in passing (機密性の高いデータ) in a mail to the system vendor; no marking, no data.",
    "charset": "utf-8",
    "sender": "情報システム課 有馬 <k.arima@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 <dev-team@tsubasa-system.jp>"],
    "subject": "APIS 連携テスト用データの受け渡し方法",
    "body": "ツバサシステム 開発部 ご担当者様\n\nお世話になっております。有馬です。\n"
            "APIS 連携テストについて、旅券情報のような機密性の高いデータはメールでは送らず、\n"
            "貴社の専用ポータル（アクセス制限付き）経由でお渡しすることにしたいと思います。\n"
            "テストデータも実在しない架空の旅客で作成します。\n\n"
            "ポータルのアカウントを2つ発行いただけますでしょうか（有馬、森下）。\n\n"
            "日の出産業株式会社 情報システム課 有馬 圭\nTEL 03-5401-7790",
})

# =========================================================================================
# EITHER — a privacy officer could judge these either way
# =========================================================================================

MESSAGES.append({
    "id": "airline-098", "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One named passenger's pregnancy (34 weeks) for fit-to-fly: health data or not 要配慮 is arguable.",
    "charset": "iso-2022-jp",
    "sender": "安達 由紀 <yuki.adachi@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 予約センター <reservations@kaiyo-airlines.co.jp>"],
    "subject": "12/18 KY325 妊娠中のお客様のご搭乗について",
    "body": "海洋エアライン 予約センター ご担当者様\n\nお世話になっております。お手伝いデスクの安達です。\n"
            "12/18 KY325 ご予約の 宮里 詩織 様（予約番号 QK7H2P）は、ご搭乗日時点で妊娠34週とのことです。\n"
            "経過は順調とのことで、診断書の要否と、足元の広い座席の確保が可能かご確認いただけますでしょうか。\n\n" + SIG_ASSIST,
})

_p = people(99, 6, 1960, 1995)
MESSAGES.append({
    "id": "airline-099", "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "Six guests' names with room types only, no contact details: a list of people or just a rooming request.",
    "charset": "cp932",
    "sender": "小野寺 健 <ken.onodera@hinode-sangyo.co.jp>",
    "to": ["さくらホテル成田 予約課 <narita-rsv@sakura-hotel.jp>"],
    "subject": "12/19 前泊 6名様 部屋割り",
    "body": "さくらホテル成田 予約課 ご担当者様\n\nお世話になっております。小野寺です。\n12/19 前泊の部屋割りです。\n\n"
            + "\n".join(f"{['101', '101', '102', '102', '103', '104'][i]}号室想定　{x['name']} 様　{['ツイン', 'ツイン', 'ツイン', 'ツイン', 'シングル', 'シングル'][i]}"
                        for i, x in enumerate(_p)) +
            "\n\n翌朝 6:00 のシャトルをご利用予定です。\n\n" + SIG_TRAVEL,
})

MESSAGES.append({
    "id": "airline-100", "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "WCHR code for one named passenger without any diagnosis: mobility need, arguably not disability information.",
    "charset": "utf-8",
    "sender": "森下 美咲 <misaki.morishita@hinode-sangyo.co.jp>",
    "to": ["海洋エアライン 那覇空港所 <oka-station@kaiyo-airlines.co.jp>"],
    "subject": "12/3 KY321 WCHR 1名",
    "body": "那覇空港所 ご担当者様\n\nお世話になっております。成田の森下です。\n12/3 KY321 にて WCHR 1名様（栗栖 義男 様、座席 3C）がご到着です。\n"
            "到着ゲートでの車いすのご用意をお願いします。\n\n" + SIG_AIRPORT,
})
