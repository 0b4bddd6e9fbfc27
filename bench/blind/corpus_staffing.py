"""Blind corpus: staffing / recruiting (人材紹介・派遣) mail of 日の出産業.

Written from BRIEF.md and SPEC.md only.  Every person, number and address is invented.
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SUR = [
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("舎人", "トネリ", "Toneri"), ("蓮見", "ハスミ", "Hasumi"),
    ("榊原", "サカキバラ", "Sakakibara"), ("汐見", "シオミ", "Shiomi"), ("仁平", "ニヘイ", "Nihei"),
    ("筧", "カケイ", "Kakei"), ("椎葉", "シイバ", "Shiiba"), ("外薗", "ホカゾノ", "Hokazono"),
    ("喜屋武", "キャン", "Kyan"), ("比嘉", "ヒガ", "Higa"), ("渡嘉敷", "トカシキ", "Tokashiki"),
    ("宇佐美", "ウサミ", "Usami"), ("真壁", "マカベ", "Makabe"), ("稗田", "ヒエダ", "Hieda"),
    ("猪瀬", "イノセ", "Inose"), ("苫米地", "トマベチ", "Tomabechi"), ("門馬", "モンマ", "Monma"),
    ("上遠野", "カドノ", "Kadono"), ("帯刀", "タテワキ", "Tatewaki"), ("纐纈", "コウケツ", "Koketsu"),
    ("鹿取", "カトリ", "Katori"), ("奥寺", "オクデラ", "Okudera"), ("石動", "イスルギ", "Isurugi"),
    ("宍戸", "シシド", "Shishido"), ("越智", "オチ", "Ochi"), ("檜垣", "ヒガキ", "Higaki"),
    ("祖父江", "ソブエ", "Sobue"), ("饗庭", "アエバ", "Aeba"), ("漆原", "ウルシハラ", "Urushihara"),
    ("諫早", "イサハヤ", "Isahaya"), ("巽", "タツミ", "Tatsumi"), ("鮫島", "サメジマ", "Samejima"),
    ("雫石", "シズクイシ", "Shizukuishi"), ("鷲見", "スミ", "Sumi"), ("寒河江", "サガエ", "Sagae"),
    ("指宿", "イブスキ", "Ibusuki"), ("嘉陽", "カヨウ", "Kayo"), ("杠", "ユズリハ", "Yuzuriha"),
    ("乙部", "オトベ", "Otobe"), ("佐藤", "サトウ", "Sato"), ("高橋", "タカハシ", "Takahashi"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森田", "モリタ", "Morita"), ("岡部", "オカベ", "Okabe"),
    ("平野", "ヒラノ", "Hirano"), ("菊池", "キクチ", "Kikuchi"), ("野口", "ノグチ", "Noguchi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"), ("四十物", "アイモノ", "Aimono"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五百旗頭", "イオキベ", "Iokibe"), ("九十九", "ツクモ", "Tsukumo"),
]
_GIV = [
    ("美咲", "ミサキ", "Misaki", "女"), ("翔太", "ショウタ", "Shota", "男"), ("陽菜", "ヒナ", "Hina", "女"),
    ("大輔", "ダイスケ", "Daisuke", "男"), ("恵", "メグミ", "Megumi", "女"), ("拓海", "タクミ", "Takumi", "男"),
    ("彩花", "アヤカ", "Ayaka", "女"), ("健一", "ケンイチ", "Kenichi", "男"), ("由紀子", "ユキコ", "Yukiko", "女"),
    ("隼人", "ハヤト", "Hayato", "男"), ("千尋", "チヒロ", "Chihiro", "女"), ("誠", "マコト", "Makoto", "男"),
    ("麻衣", "マイ", "Mai", "女"), ("亮介", "リョウスケ", "Ryosuke", "男"), ("香織", "カオリ", "Kaori", "女"),
    ("雄太", "ユウタ", "Yuta", "男"), ("沙織", "サオリ", "Saori", "女"), ("浩二", "コウジ", "Koji", "男"),
    ("奈々", "ナナ", "Nana", "女"), ("智也", "トモヤ", "Tomoya", "男"), ("里奈", "リナ", "Rina", "女"),
    ("哲也", "テツヤ", "Tetsuya", "男"), ("真由美", "マユミ", "Mayumi", "女"), ("悠斗", "ユウト", "Yuto", "男"),
    ("詩織", "シオリ", "Shiori", "女"), ("勝利", "カツトシ", "Katsutoshi", "男"), ("瑞穂", "ミズホ", "Mizuho", "女"),
    ("航", "ワタル", "Wataru", "男"), ("佳奈", "カナ", "Kana", "女"), ("直樹", "ナオキ", "Naoki", "男"),
    ("葵", "アオイ", "Aoi", "女"), ("蓮", "レン", "Ren", "男"), ("早苗", "サナエ", "Sanae", "女"),
    ("昌平", "ショウヘイ", "Shohei", "男"), ("朋美", "トモミ", "Tomomi", "女"), ("一輝", "カズキ", "Kazuki", "男"),
]
_PLACES = [
    ("東京都", "世田谷区", "桜新町"), ("神奈川県", "川崎市中原区", "小杉町"), ("埼玉県", "さいたま市浦和区", "常盤"),
    ("千葉県", "船橋市", "本町"), ("東京都", "練馬区", "石神井台"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("東京都", "八王子市", "子安町"), ("埼玉県", "川口市", "芝新町"), ("千葉県", "市川市", "八幡"),
    ("東京都", "江東区", "北砂"), ("大阪府", "大阪市淀川区", "十三東"), ("大阪府", "豊中市", "庄内栄町"),
    ("兵庫県", "尼崎市", "南塚口町"), ("愛知県", "名古屋市千種区", "今池"), ("愛知県", "春日井市", "鳥居松町"),
    ("福岡県", "福岡市東区", "香椎駅前"), ("北海道", "札幌市白石区", "本通"), ("宮城県", "仙台市若林区", "連坊"),
    ("京都府", "京都市伏見区", "深草西浦町"), ("静岡県", "浜松市中央区", "高林"), ("東京都", "足立区", "梅島"),
    ("神奈川県", "相模原市南区", "相模大野"), ("埼玉県", "所沢市", "緑町"), ("千葉県", "柏市", "豊四季"),
    ("東京都", "府中市", "白糸台"), ("愛知県", "小牧市", "中央"), ("愛知県", "一宮市", "本町"),
    ("愛知県", "名古屋市北区", "大曽根"), ("茨城県", "つくば市", "竹園"), ("栃木県", "宇都宮市", "鶴田町"),
]
_BLDG = ["", "", "", " コーポ若葉203", " サンハイツ101", " グランメゾン浦和502", " レオパレス東雲108",
         " ハイツみどり2F", " メゾン・ド・ソレイユ305", " 第二松葉荘4号"]
_STATIONS = ["武蔵小杉", "北千住", "大宮", "船橋", "町田", "溝の口", "新百合ヶ丘", "川越", "柏", "立川",
             "十三", "尼崎", "今池", "香椎", "蕨", "西船橋", "荻窪", "海老名", "本厚木", "津田沼"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_BANKS = [("みどり銀行", "本店営業部"), ("あおぞら信用金庫", "駅前支店"), ("東都銀行", "新宿支店"),
          ("ゆうちょ銀行", "〇一八店"), ("さくら台銀行", "中央支店"), ("湊信用組合", "本店")]


_KANTO = ("東京都", "神奈川県", "埼玉県", "千葉県")
_CHUBU = ("愛知県",)
_KANSAI = ("大阪府", "兵庫県", "京都府")


def _people(seed: int, n: int, *, born=(1968, 2003), region=None) -> list[dict]:
    rng = _random.Random(f"staffing-people-{seed}")
    places = [pl for pl in _PLACES if region is None or pl[0] in region]
    surs = rng.sample(_SUR, n) if n <= len(_SUR) else [rng.choice(_SUR) for _ in range(n)]
    out = []
    for i in range(n):
        s = surs[i]
        g = rng.choice(_GIV)
        dob = _dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town = rng.choice(places)
        num = rng.choice([f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                          f"{rng.randint(1, 4)}丁目{rng.randint(1, 25)}番{rng.randint(1, 18)}号",
                          f"{rng.randint(100, 2999)}-{rng.randint(1, 40)}"])
        bldg = rng.choice(_BLDG)
        age = 2026 - dob.year - (1 if (dob.month, dob.day) > (12, 6) else 0)
        bank, branch = rng.choice(_BANKS)
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nsp": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
            "sex": g[3], "dob": dob, "age": age,
            "pref": pref, "city": city, "addr": f"{pref}{city}{town}{num}{bldg}",
            "addr_np": f"{city}{town}{num}{bldg}", "zip": f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
            "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}",
            "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
            "station": rng.choice(_STATIONS), "bank": bank, "branch": branch,
            "acct": f"{rng.randint(1000000, 9999999)}", "code": f"H{rng.randint(10000, 99999)}",
        })
    return out


def _zen(s: str) -> str:
    """ASCII digits and common separators to full width."""
    return s.translate(str.maketrans("0123456789-/.:() ", "０１２３４５６７８９－／．：（）\u3000"))


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _w(s))


def _wareki(d: _dt.date, style: str = "kanji") -> str:
    if d < _dt.date(1989, 1, 8):
        era, e, y = "昭和", "S", d.year - 1925
    elif d < _dt.date(2019, 5, 1):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "令和", "R", d.year - 2018
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "zshort":
        return _zen(f"{e}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "zkanji":
        return f"{era}{_zen(str(y))}年{_zen(str(d.month))}月{_zen(str(d.day))}日"
    if style == "slash":
        return f"{e}{y}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _en(d: _dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


# -- signatures of the senders (own contacts: not labelled) ---------------------------------

_SIG_TOKYO = """--
日の出産業株式会社 人材サービス事業部 派遣営業一課
{name}
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL 03-5432-7810 / FAX 03-5432-7811
{mail}"""

_SIG_OSAKA = """━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 大阪支店 人材紹介グループ
{name}
〒530-0001 大阪市北区梅田3-1-9 梅田サンライズビル11F
TEL：06-6345-2281（代）
E-mail：{mail}
━━━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_NAGOYA = """***********************************
 日の出産業（株） 名古屋支店 派遣コーディネート課
 {name}
 愛知県名古屋市中村区名駅4-6-17 名駅日の出ビル5階
 052-583-4410（直通）
***********************************"""

_DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

_DISC_EN = """This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


def _sig(kind: str, name: str, mail: str) -> str:
    return {"tokyo": _SIG_TOKYO, "osaka": _SIG_OSAKA, "nagoya": _SIG_NAGOYA}[kind].format(
        name=name, mail=mail)


MESSAGES: list[dict] = []

# ======================================================================================
# 001-025
# ======================================================================================

_p = _people(1, 6)
_rows = "\n".join(
    f"{i + 1:<3}{_pad(p['name'], 14)}{p['age']:>3}歳  {_pad(p['station'], 12)}{p['tel']}   {p['mail']}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-001-shortlist-padded",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "【ご推薦】生産管理アシスタント（溝の口工場）候補者のご紹介",
    "body": f"""川崎電機株式会社
人事部 採用グループ 高田様

いつも大変お世話になっております。日の出産業の佐伯でございます。

先日ご依頼いただきました生産管理アシスタントの件、書類選考を通過した
候補者を下記のとおりご紹介いたします。面接のご都合がよろしければ、
直接ご連絡いただいても差し支えないと本人たちから了承を得ております。

No 氏名          年齢  最寄駅      携帯              メール
-----------------------------------------------------------------------------------
{_rows}

ご不明な点がございましたら、何なりとお申し付けください。
引き続きどうぞよろしくお願いいたします。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six candidates with mobile and private mail in a space-padded table to a client",
})

MESSAGES.append({
    "id": "staffing-002-jobspec-confirm",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "求人票内容のご確認のお願い（品質保証スタッフ）",
    "body": f"""高田様

お世話になっております。日の出産業の佐伯です。
先日のお打ち合わせ内容をもとに求人票を作成いたしましたので、ご確認をお願いいたします。

■職種　　　：品質保証スタッフ（受入検査・データ入力）
■勤務地　　：川崎電機株式会社 溝の口工場
　　　　　　　神奈川県川崎市高津区久本3-14-2（JR南武線 武蔵溝ノ口駅 徒歩12分）
■就業時間　：8:30～17:15（休憩60分）、残業 月10時間程度
■時給　　　：1,650円～1,800円（経験により優遇）、交通費全額支給
■休日　　　：土日祝、GW・夏季・年末年始（会社カレンダーによる）
■必須条件　：Excel（VLOOKUP・ピボット）、品質関連業務の経験1年以上
■歓迎条件　：QC検定3級、ISO9001 環境での就業経験
■募集人数　：2名／開始日 2027年1月12日～

修正点がございましたら、求人票に直接赤字でご記入いただくか、
本メールにご返信ください。12月10日（木）に媒体掲載を開始する予定です。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job posting to the client: business address and pay terms only",
})

_p = _people(3, 9, region=_KANTO)
_hdr = ["No.", "氏名", "フリガナ", "生年月日", "住所", "携帯電話", "配属先"]
_sites = ["厚木センター", "春日部DC", "大黒ふ頭倉庫"]
MESSAGES.append({
    "id": "staffing-003-roster-xlsx-title",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.co.jp>"],
    "subject": "12月度 派遣スタッフ名簿の送付",
    "body": f"""青葉運輸株式会社　総務部
黒川様

お世話になっております。日の出産業 派遣事業部の水野です。

12月度の派遣スタッフ名簿をお送りします。
「在籍者」シートが継続の方、「新規」シートが12/14から就業開始の方です。
安全教育のご準備にお役立てください。

以上、よろしくお願いいたします。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "attachments": [{
        "kind": "xlsx", "name": "派遣スタッフ名簿_202612_青葉運輸様.xlsx",
        "sheets": {
            "在籍者": [["青葉運輸株式会社様　派遣スタッフ名簿（2026年12月度）"], [], _hdr] + [
                [i + 1, p["name"], p["kana"], _wareki(p["dob"]), p["addr"], p["tel"], _sites[i % 3]]
                for i, p in enumerate(_p[:6])],
            "新規": [["新規就業者（12/14開始）"], _hdr] + [
                [i + 1, p["name"], p["kana"], _wareki(p["dob"]), p["addr"], p["tel"], _sites[i % 3]]
                for i, p in enumerate(_p[6:])],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "nine temp staff with 和暦 birth dates, addresses and mobiles in an XLSX with a title row",
})

MESSAGES.append({
    "id": "staffing-004-interview-eval-depression",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.h@sakura-hotel.jp>"],
    "subject": "Re: フロント正社員 最終面接の件",
    "body": f"""さくらホテル株式会社
人事部 三浦様

お世話になっております。日の出産業の長谷部です。
最終面接に進む汐見さんについて、事前面談での所感を共有いたします。

汐見 奈津子さんは前職のシティホテルでフロント主任を4年務めており、
語学（英語TOEIC 820点）、クレーム対応ともに申し分ありません。
一点、念のためお伝えしておきますと、2024年にうつ病と診断され
約半年休職された経緯があり、現在も月1回通院して服薬を続けているそうです。
主治医からは夜勤を含むシフトも問題ないとの意見をもらっていると聞いております。

ご本人は面接でもこの点を正直にお話しするつもりとのことですので、
ご配慮いただけますと幸いです。

長谷部

> 汐見さんの最終面接ですが、12/15(火)14時でいかがでしょうか。
> 三浦
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one candidate's depression diagnosis and treatment in running text to a client",
})

MESSAGES.append({
    "id": "staffing-005-partner-agency-list",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "繁忙期応援体制：協力派遣会社のご案内",
    "body": f"""北国フーズ株式会社 小牧工場 総務課
今井様

いつもお世話になっております。日の出産業 名古屋支店の大槻です。
年末の繁忙期に弊社だけで人数が揃わない場合に備え、
共同受注でご協力いただく派遣会社を以下にまとめました。

・株式会社あさひスタッフ　　　派23-301482　名古屋市中区栄2-9-3　　　052-201-5530（代）
・東海ワークサポート株式会社　派23-300917　一宮市本町4-12-1　　　　0586-72-1180（代）
・有限会社ミカワ人材センター　派23-302266　豊橋市駅前大通1-55　　　0532-55-0918（代）
・株式会社ナカノ技研サービス　派23-301075　春日井市鳥居松町5-40　　0568-81-2200（代）
・株式会社エスパワー中部　　　派23-303310　岡崎市康生通西3-1　　　0564-24-7781（代）

いずれも窓口は弊社に一本化いたしますので、ご連絡は引き続き大槻までお願いいたします。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of partner staffing companies with licence numbers and switchboards: businesses",
})

_p = _people(6, 1)[0]
_mn = my_number(60601)
MESSAGES.append({
    "id": "staffing-006-mynumber-sr-office",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["社会保険労務士法人ひかり 手続センター <tetsuzuki@hikari-sr.jp>"],
    "subject": "資格取得届の件（12/1入社 派遣スタッフ1名）",
    "body": f"""社会保険労務士法人ひかり
手続センター ご担当者様

お世話になっております。日の出産業の水野です。
12月1日付で雇用した派遣スタッフ1名の健康保険・厚生年金の資格取得届をお願いします。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{_wareki(_p['dob'], 'zkanji')}
　住所　　　：{_p['addr']}
　個人番号　：{_zen(_mn[:4] + ' ' + _mn[4:8] + ' ' + _mn[8:])}
　報酬月額　：238,000円（時給1,400円×170h）

扶養家族はいないとのことです。
どうぞよろしくお願いいたします。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's 個人番号 (full-width, spaced) sent to an outside labour-law office",
})

MESSAGES.append({
    "id": "staffing-007-jobfair-agencies-to",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["あさひスタッフ 営業部 <eigyo@asahi-staff.co.jp>",
           "東海ワークサポート 岩城様 <iwaki@tokai-work.co.jp>",
           "ミカワ人材センター <info@mikawa-jinzai.jp>",
           "エスパワー中部 鈴鹿様 <suzuka@spower-chubu.co.jp>"],
    "subject": "合同就職面接会（2/7 大阪）出展のご案内",
    "body": """各位

平素より大変お世話になっております。日の出産業 大阪支店の森本でございます。

来年2月7日（土）に、弊社主催の合同就職面接会を下記のとおり開催いたします。
昨年に引き続き、協力各社様にもブース出展をお願いできればと存じます。

　日時：2027年2月7日（土）10:00～16:00
　会場：梅田スカイセンター 5F イベントホール
　出展料：無料（ブース備品は弊社にてご用意します）
　出展申込締切：1月15日（金）

ご出展いただける場合は、ご担当者名と出展予定人数を本メールにご返信ください。

日の出産業株式会社 大阪支店 人材紹介グループ
森本 啓太
TEL：06-6345-2281（代）
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four outside staffing companies addressed together in To: should have been Bcc",
})

MESSAGES.append({
    "id": "staffing-008-freemail-interview-invite",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["tatewaki.ren0912@gmail.com"],
    "subject": "面談日時のご案内（日の出産業 人材紹介）",
    "body": f"""帯刀 蓮 様

このたびは弊社の転職支援サービスにご登録いただき、誠にありがとうございます。
キャリアアドバイザーの長谷部と申します。

ご希望いただいた日程で初回面談を承りました。

　日時：12月11日（金）19:00～20:00
　場所：日の出産業株式会社 本社7F 面談室
　　　　東京都港区浜松町2-4-1 日の出ビル7F（JR浜松町駅 北口徒歩3分）
　持ち物：職務経歴書（お持ちでなければ面談で一緒に作成します）

オンラインをご希望の場合は、前日までにお知らせください。
当日お会いできることを楽しみにしております。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "ordinary invitation to one registrant on free mail",
})

MESSAGES.append({
    "id": "staffing-009-lookalike-kawasaki",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denky.co.jp>"],
    "subject": "Re: 面接日程のご相談",
    "body": f"""高田様

お世話になっております。日の出産業の佐伯です。
ご提示いただいた候補日のうち、12/16（水）10:30 で調整がつきました。
当日は弊社の担当も同席いたします。

引き続きよろしくお願いいたします。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}

-----Original Message-----
From: 高田 真紀子 <m-takada@kawasaki-denki.co.jp>
Sent: Tuesday, December 8, 2026 5:12 PM
Subject: 面接日程のご相談

佐伯様
ご推薦いただいた方の面接ですが、12/15午後か12/16午前でご調整いただけますか。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reply goes to kawasaki-denky.co.jp, a one-letter look-alike of the partner domain",
})

_p = _people(10, 5)
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['tel']}</td><td>{p['mail']}</td>"
    f"<td>12/{14 + i // 2}（{'月火水'[i // 2]}） {['10:00', '14:00'][i % 2]}</td><td>ライン作業（夜勤）</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-010-html-interview-table",
    "charset": "utf-8",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "工場見学・面接スケジュール（12/14～16）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北国フーズ株式会社<br>小牧工場 総務課 今井様</p>
<p>いつもお世話になっております。日の出産業 名古屋支店の大槻です。<br>
来週の工場見学・面接の予定が確定しましたのでお知らせいたします。<br>
当日遅れる場合はご本人から直接工場へ連絡するよう伝えておりますが、念のため連絡先も記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>お名前</th><th>連絡先</th><th>メール</th><th>日時</th><th>応募職種</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業（株） 名古屋支店 派遣コーディネート課<br>大槻 由香<br>052-583-4410（直通）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: five applicants with mobile and mail in a table to the client",
})

_p = _people(11, 6)
_q = "\n".join(f"> {p['name']}　{p['tel']}　{p['addr_np']}" for p in _p)
MESSAGES.append({
    "id": "staffing-011-reply-quoted-list",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.co.jp>"],
    "subject": "Re: 年末応援スタッフの件",
    "body": f"""黒川様

ご連絡ありがとうございます。
6名分の情報、たしかに拝受いたしました。貴社で直接雇用に切り替える方々ですね。
派遣契約は12/31付で終了とし、有給の残日数は別途書面でお知らせします。

水野

黒川 様 wrote:
> 水野様
> お世話になっております。来年1月から弊社で直接雇用する方の一覧です。
> 念のため弊社で把握している情報と相違がないかご確認ください。
{_q}
> 黒川
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only in the quoted text of the client's own mail",
})

MESSAGES.append({
    "id": "staffing-012-ppap-roster",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["みなと物流 人事課 <jinji@minato-logi.jp>"],
    "subject": "派遣スタッフ台帳（12月分）送付",
    "body": """みなと物流株式会社
人事課 ご担当者様

お世話になっております。日の出産業の藤代です。
12月分の派遣スタッフ台帳を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

日の出産業株式会社 人材サービス事業部
藤代 さやか
TEL 03-5432-7810
""",
    "attachments": [{
        "kind": "zip", "name": "daicho_202612.zip", "password": "Hnd#2612",
        "files": [{"kind": "csv", "name": "daicho_202612.csv",
                   "rows": [["氏名", "生年月日", "携帯"]] + [
                       [p["name"], p["dob"].isoformat(), p["tel"]] for p in _people(12, 12)]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "staffing-013-three-way-meeting",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "cc": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>", "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>"],
    "subject": "勤怠システム連携の三者打ち合わせ日程",
    "body": f"""ツバサシステム株式会社 内藤様
（cc：川崎電機 高田様、弊社 水野）

お世話になっております。日の出産業の佐伯です。
派遣スタッフの勤怠データを川崎電機様の就業管理システムへ連携する件で、
三者での打ち合わせをお願いしたく、候補日をお送りします。

　① 12/17（木）15:00～16:00
　② 12/18（金）10:00～11:00
　③ 12/21（月）13:30～14:30

場所は川崎電機様 溝の口工場の会議室をお借りできると伺っております。
ご都合のよい日程をお知らせください。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}

{_DISC_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc for a three-way meeting, with the standard disclaimer",
})

MESSAGES.append({
    "id": "staffing-014-refcheck-arrest",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["巴精機 総務部 小野寺様 <onodera@tomoe-seiki.co.jp>"],
    "subject": "リファレンスチェック結果のご報告（経理課長候補）",
    "body": f"""株式会社巴精機
総務部 小野寺様

お世話になっております。日の出産業 人材紹介部の長谷部でございます。
ご依頼いただいておりました経理課長候補 苫米地 昌平 氏のリファレンスチェックが完了しましたので、
概要をご報告いたします。

前職上司2名・同僚1名から回答を得ました。業務遂行能力、部下育成については
いずれも高い評価でした。ただし前々職（2019年）の在籍中に、業務上横領の容疑で
逮捕され、その後不起訴（起訴猶予）となった経緯があると、元上司の方から情報提供がありました。
ご本人にも確認したところ、事実であると認めておられます。

詳細は面談にてご説明させていただきたく、ご都合をお聞かせください。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's arrest record from a reference check, sent to a client",
})

_p = _people(15, 22)
MESSAGES.append({
    "id": "staffing-015-csv-registrants-media",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["ジョブナビプラス カスタマーサポート <support@jobnavi-plus.jp>"],
    "subject": "スカウト配信除外リストの登録依頼",
    "body": """ジョブナビプラス カスタマーサポート ご担当者様

お世話になっております。日の出産業の藤代です。
弊社経由ですでに就業中の方にスカウトメールが届かないよう、
除外リストへの登録をお願いいたします（CSV 22件）。

よろしくお願いいたします。

日の出産業株式会社 人材サービス事業部 藤代
""",
    "attachments": [{"kind": "csv", "name": "jogai_list_1207.csv", "encoding": "cp932",
                     "rows": [["会員ID", "氏名", "カナ", "生年月日", "メールアドレス", "電話番号"]] + [
                         [f"JN{48810 + i * 7}", p["name"], p["kana"], p["dob"].strftime("%Y/%m/%d"),
                          p["mail"], p["tel"].replace("-", "")] for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 22 registrants with birth dates, mail and phone to a job-media company",
})

_p = _people(16, 8)
_lines = "\n".join(f"{p['code']}\t{p['name']}\t{my_number(1600 + i)}\t{p['dob'].strftime('%Y/%m/%d')}"
                   for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-016-internal-mynumber",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    "cc": ["藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>"],
    "subject": "年末調整：個人番号未登録者分の回収結果",
    "body": f"""給与担当 各位

派遣事業部の水野です。
年末調整で個人番号が未登録だった派遣スタッフ8名分、回収できましたので共有します。
給与システムへの登録をお願いします（登録後、本メールは削除してください）。

社員番号\t氏名\t個人番号\t生年月日
{_lines}

水野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Numbers of eight staff, but every recipient is internal",
})

_p = _people(17, 5)
_kinds = ["身体障害（下肢）　2級", "精神障害（統合失調症）　3級", "知的障害　B2", "身体障害（聴覚）　4級",
          "精神障害（発達障害・ASD）　2級"]
_lines = "\n".join(f"{p['name']}\t{p['age']}歳\t{k}\t{p['tel']}\t事務補助" for p, k in zip(_p, _kinds))
MESSAGES.append({
    "id": "staffing-017-disability-candidates-tsv",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["東雲化成 人事課 浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "障害者雇用枠 候補者一覧（1月入社希望）",
    "body": f"""東雲化成株式会社 人事課
浅見様

お世話になっております。日の出産業の森本です。
障害者雇用枠でご依頼いただいている事務補助のポジションについて、
現時点でご紹介可能な方をまとめました（Excel から貼り付けております）。

氏名\t年齢\t障害種別・等級\t連絡先\t希望職種
{_lines}

通院日の配慮が必要な方もいらっしゃいますので、面接時に詳しくお伝えいたします。

{_sig('osaka', '森本 啓太', 'k.morimoto@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five candidates' disability types and grades with phones, tab-separated, to a client",
})

MESSAGES.append({
    "id": "staffing-018-shagaihi-cost-sheet",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "2027年度 派遣料金改定のご提案",
    "body": f"""高田様

お世話になっております。日の出産業の佐伯です。
2027年度の派遣料金改定案をお送りいたします。
最低賃金の改定および社会保険料率の変更を反映しております。
ご検討のほど、よろしくお願いいたします。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "attachments": [{
        "kind": "xlsx", "name": "料金改定_積算根拠_2027.xlsx", "page_header": "社外秘",
        "sheets": {
            "積算根拠": [["【社外秘】派遣料金 積算根拠（川崎電機様向け）"], [],
                         ["職種", "スタッフ時給", "法定福利費", "有給引当", "管理費", "営業利益", "派遣料金"],
                         ["一般事務", 1450, 232, 73, 180, 165, 2100],
                         ["製造ライン", 1380, 221, 69, 170, 160, 2000],
                         ["品質保証", 1700, 272, 85, 200, 193, 2450],
                         ["CADオペレーター", 1900, 304, 95, 220, 231, 2750]],
            "前年比較": [["職種", "2026年度", "2027年度案", "改定率"],
                         ["一般事務", 2000, 2100, "5.0%"], ["製造ライン", 1900, 2000, "5.3%"]],
        }}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "internal cost build-up stamped 社外秘 (page header and title) attached to a client mail",
})

MESSAGES.append({
    "id": "staffing-019-nda-rpo",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 真田様 <sanada@shirakawa-law.jp>"],
    "subject": "採用代行（RPO）契約に伴う秘密保持契約書のレビュー依頼",
    "body": f"""白川法律事務所
真田先生

いつもお世話になっております。日の出産業 人材紹介部の長谷部です。

新規に採用代行（RPO）をお受けする東雲化成様との間で、秘密保持契約を締結する予定です。
先方ひな形をベースに、以下の点についてご意見を頂戴できますでしょうか。

1. 秘密情報の定義に「応募者の個人情報」を含めるか、別途個人情報の取扱いに関する覚書とするか
2. 契約終了後の秘密保持義務の存続期間（先方案：5年）
3. 再委託先（適性検査ベンダー）への開示の可否

ひな形は来週月曜にお送りします。ご多忙のところ恐縮ですが、よろしくお願いいたします。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}

{_DISC_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA to the company's law firm; the disclaimer is not a marking",
})

_p = _people(20, 6, region=_KANTO)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　　生年月日　{_wareki(p['dob'], 'short')}\n"
    f"　　現住所　　{p['addr_np']}\n　　入館開始　12月{14 + i % 2}日"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-020-entry-pass-blocks",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 溝の口工場 警備室 <keibi-mizonokuchi@kawasaki-denki.co.jp>"],
    "subject": "入館証発行申請（派遣スタッフ6名）",
    "body": f"""川崎電機株式会社 溝の口工場
警備室 ご担当者様

お世話になっております。日の出産業の佐伯です。
来週から就業する派遣スタッフの入館証発行をお願いいたします。
工場の申請様式に沿って記載しております。

{_blocks}

顔写真データは人事部 高田様経由でお送り済みです。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six staff, one block each, with S/H short-form birth dates and addresses without prefecture",
})

_p = _people(21, 2)
MESSAGES.append({
    "id": "staffing-021-two-staff-entry",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.h@sakura-hotel.jp>"],
    "subject": "年末年始 宴会サービス応援 2名の件",
    "body": f"""さくらホテル 人事部
三浦様

お世話になっております。日の出産業の水野です。
12/28～1/3の宴会サービス応援、以下の2名で確定しました。

　{_p[0]['name']}（携帯 {_p[0]['tel']}）… 宴会経験3年、黒服可
　{_p[1]['name']}（携帯 {_p[1]['tel']}）… ホテル配膳経験あり

当日の集合場所（従業員通用口）と制服サイズは追ってご連絡いたします。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two staff with mobiles to the client hotel: under five, may warn",
})

MESSAGES.append({
    "id": "staffing-022-lookalike-aoba-dropped-co",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.jp>"],
    "subject": "配車応援の手配状況",
    "body": f"""黒川様

お世話になっております。日の出産業の水野です。
来週の春日部DCの配車応援ですが、フォークリフト有資格者2名の手配が完了しました。
就業条件明示書は月曜にお送りします。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp instead of the partner's aoba-unyu.co.jp (dropped co.)",
})

_p = _people(23, 1, born=(1996, 2001))[0]
MESSAGES.append({
    "id": "staffing-023-residence-card-one",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "外国籍スタッフの在留資格確認について",
    "body": f"""今井様

お世話になっております。大槻です。
来月から小牧工場で就業予定のグエン・ヴァン・ミンさんについて、
在留カードの内容を確認しましたのでお知らせします。

　氏名：NGUYEN VAN MINH（グエン ヴァン ミン）
　生年月日：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2028年3月14日
　在留カード番号：UH47120385VN

就労制限はございません。カードの写しは派遣先台帳と一緒に保管をお願いいたします。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "one foreign worker's residence card number and birth date sent to a client",
})

MESSAGES.append({
    "id": "staffing-024-university-list",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["東雲化成 人事課 浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "新卒採用：学内企業説明会の訪問先候補",
    "body": f"""浅見様

お世話になっております。日の出産業の森本です。
2028年卒向けの学内説明会について、訪問候補の大学をリストアップしました。

大学名　　　　　　　　キャリアセンター代表　　所在地　　　　　　　　　　申込締切
関西理工大学　　　　　06-6710-2211　　　　　　大阪市旭区大宮5-16-1　　　 1/20
浪速経済大学　　　　　072-881-3300　　　　　　寝屋川市初町18-8　　　　　 1/27
阪神学院大学　　　　　0798-54-6100　　　　　　西宮市上ケ原一番町2-1　　　2/3
京南工業大学　　　　　075-612-4450　　　　　　京都市伏見区竹田向代町48　 2/10
奈良総合大学　　　　　0742-27-5601　　　　　　奈良市登大路町30　　　　　 2/14

申込手続きは弊社で代行可能です。訪問希望校をお知らせください。

{_sig('osaka', '森本 啓太', 'k.morimoto@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of universities with career-centre switchboards and addresses: organisations, not people",
})

_p = _people(25, 1)[0]
MESSAGES.append({
    "id": "staffing-025-fw-candidate-bipolar",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["小野寺様 <onodera@tomoe-seiki.co.jp>"],
    "subject": "FW: 内定承諾前のご相談",
    "body": f"""小野寺様

お世話になっております。長谷部です。
内定をいただいた{_p['sei']}さんから下記の相談がありました。
ご本人の了承を得て、そのまま転送いたします。勤務形態についてご検討いただけますでしょうか。

---------- Forwarded message ---------
From: {_p['name']} <{_p['mail']}>
Date: 2026年12月5日(土) 22:41
Subject: 内定承諾前のご相談
To: 長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>

長谷部さん

いつもありがとうございます。{_p['sei']}です。
内定のご連絡、本当にうれしく思っています。
承諾の前にお伝えしておくべきだと思い、ご相談させてください。

実は5年前に双極性障害と診断されていて、今も2週間に一度通院しています。
症状は安定していますが、月末の残業が続くと体調を崩しやすいので、
できれば残業は月20時間程度までにしていただけると助かります。

{_p['name']}
携帯：{_p['tel']}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward of a candidate's own mail disclosing bipolar disorder: forwarded text counts",
})

# ======================================================================================
# 026-050
# ======================================================================================

_p = _people(26, 1)[0]
MESSAGES.append({
    "id": "staffing-026-internal-health-discussion",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>"],
    "cc": ["コンプライアンス室 <compliance@hinode-sangyo.co.jp>"],
    "subject": "【相談】健康申告の内容と配属先について",
    "body": f"""佐伯さん（cc: コンプライアンス室）

水野です。
川崎電機さんのライン業務に推薦予定の{_p['name']}さんですが、健康申告書に
「糖尿病（2型）でインスリン自己注射中」と記載がありました。
夜勤シフトでの低血糖リスクを考えると日勤のみの案件のほうが良いと思います。

派遣先に病名まで伝える必要はないと考えていますが、配慮事項としてどこまで
お伝えするか、コンプラ室のご意見もいただけますか。
申告書の原本は鍵付きキャビネットで保管しています。

水野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a staff member's diabetes discussed, but all recipients are internal",
})

_p = _people(27, 1, born=(1975, 1990))[0]
MESSAGES.append({
    "id": "staffing-027-health-declaration-pdf",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
    "subject": "構内ドライバー候補者の健康状態申告書",
    "body": f"""青葉運輸株式会社
安全管理課 ご担当者様

お世話になっております。日の出産業の水野です。
構内フォークリフト・構内車両運転のポジションについて、御社規程に基づき
候補者の健康状態申告書（写し）をお送りいたします。
ご確認のうえ、就業可否をご判断いただけますでしょうか。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "attachments": [{
        "kind": "pdf", "name": "健康状態申告書_写し.pdf", "title": "健康状態申告書",
        "lines": ["健康状態申告書", "",
                  f"氏名　{_p['name']}　　　生年月日　{_wareki(_p['dob'])}",
                  "1. 現在治療中の病気はありますか　　　はい",
                  "　　病名：てんかん（部分発作）　　通院先：さいたま中央クリニック 神経内科",
                  "2. 服薬中の薬　　　バルプロ酸ナトリウム 1日2回",
                  "3. 過去2年以内の発作の有無　　　なし（最終発作 2022年8月）",
                  "4. 運転に関する主治医の意見　　　運転可（意見書あり）",
                  "", "上記のとおり相違ありません。　2026年12月3日　本人署名"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one candidate's epilepsy and medication in a PDF declaration sent to a client",
})

MESSAGES.append({
    "id": "staffing-028-quotation",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["みなと物流 購買課 青山様 <aoyama@minato-logi.jp>"],
    "subject": "お見積書送付の件（見積番号 HQ-26-1187）",
    "body": """みなと物流株式会社
購買課 青山様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業の藤代でございます。

ご依頼いただきました倉庫内作業スタッフ派遣のお見積りを下記のとおりお送りします。

　見積番号：HQ-26-1187
　件名　　：東扇島センター 入出荷作業 派遣（2027/1～3）
　-------------------------------------------------------
　品目コード　　内容　　　　　　　　単価(時間)　　数量(h)　　金額
　WH-PICK-01　　ピッキング・検品　　 2,050円　　　3,360　　6,888,000円
　WH-FORK-02　　フォークリフト　　　 2,380円　　　1,120　　2,665,600円
　WH-LEAD-03　　現場リーダー　　　　 2,600円　　　　 480　　1,248,000円
　-------------------------------------------------------
　小計 10,801,600円　消費税 1,080,160円　合計 11,881,760円

有効期限は2027年1月8日までとなります。
ご不明な点がございましたら、お気軽にお問い合わせください。

日の出産業株式会社 人材サービス事業部
藤代 さやか
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL 03-5432-7810
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a quotation with item codes and quotation number: no personal data",
})

_cc = card_number(2901)
MESSAGES.append({
    "id": "staffing-029-dorm-card-number",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル名古屋 予約課 <yoyaku-nagoya@sakura-hotel.jp>"],
    "subject": "長期滞在プランの予約（派遣スタッフ宿泊）",
    "body": f"""さくらホテル名古屋 予約課 御中

お世話になっております。日の出産業 名古屋支店の大槻です。
先日お電話でご相談した長期滞在プランについて、以下のとおり予約をお願いします。

　宿泊期間：2027年1月10日（日）～3月31日（水）
　部屋数　：シングル3室（禁煙）
　宿泊者　：弊社派遣スタッフ（お名前はチェックイン前日までにご連絡します）
　お支払い：法人カード払い
　　カード番号　{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　　有効期限　　09/29
　　名義　　　　HINODE SANGYO CO LTD

予約確認書を本アドレスまでお送りください。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full card number with expiry sent to a hotel by mail",
})

_p = _people(30, 5, born=(1985, 1998))
_blocks = "\n".join(
    f"{i + 1}. {p['romaji']} — born {_en(p['dob'])}; {p['mail']}; mobile +81-{p['tel'][1:]}; "
    f"JLPT N1 / {['SAP FI', 'Freight forwarding', 'Customs brokerage', 'WMS rollout', 'Import/export docs'][i]}"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-030-english-shortlist",
    "charset": "utf-8",
    "sender": "Ken Hojo <ken.hojo@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@northwind-asia.com>"],
    "subject": "Shortlist: Bilingual Logistics Coordinator (Yokohama)",
    "body": f"""Dear Priya,

Thank you for your time on Thursday. As promised, here is the shortlist for the
Bilingual Logistics Coordinator role at your Yokohama office. All five candidates have
agreed that we share their details with Northwind so that your team can contact them
directly for the first-round video interviews.

{_blocks}

Salary expectations range from JPY 5.5M to 7.2M. Please let me know which candidates
you would like to meet and I will coordinate the schedule.

Best regards,
Ken Hojo
Senior Consultant, Global Recruitment
Hinode Sangyo Co., Ltd. | 2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013
Tel +81-3-5432-7815
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "English shortlist of five candidates with birth dates, private mail and phones",
})

MESSAGES.append({
    "id": "staffing-031-english-terms-disclaimer",
    "charset": "utf-8",
    "sender": "Ken Hojo <ken.hojo@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@brightwave-eng.com>"],
    "subject": "Re: Placement fee and guarantee period",
    "body": f"""Dear Daniel,

Thank you for your questions about our terms.

- Placement fee: 35% of the first-year theoretical annual salary (base + fixed bonus).
- Guarantee: if the placed candidate leaves within 90 days, we refund on a sliding
  scale (within 30 days 80%, 31-60 days 50%, 61-90 days 30%).
- Invoices are issued on the start date, payable within 30 days.

We can sign the master agreement together with the mutual NDA your legal team sent
last week; our counsel has no further comments on the NDA.

Kind regards,
Ken Hojo
Hinode Sangyo Co., Ltd.

{_DISC_EN}

On Mon, Dec 7, 2026 at 9:02 AM Daniel Whitfield <d.whitfield@brightwave-eng.com> wrote:
> Hi Ken, could you confirm your fee and the guarantee period before we sign?
> Thanks, Daniel
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English commercial terms with the standard confidentiality disclaimer and an NDA mention",
})

MESSAGES.append({
    "id": "staffing-032-shagaihi-subject-strategy",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["ジョブナビプラス 営業部 野々村様 <nonomura@jobnavi-plus.jp>"],
    "subject": "【社外秘】2027年上期 採用広告出稿計画",
    "body": """野々村様

お世話になっております。日の出産業の藤代です。
来期の出稿計画案をお送りしますので、プランのお見積りをお願いできますでしょうか。

【社外秘】本資料は当社内部での検討用資料です。
─────────────────────────
2027年上期 採用広告出稿計画（人材サービス事業部）
─────────────────────────
・首都圏 事務系派遣：月額予算 120万円（前年比 +15%）
・中部 製造系派遣　：月額予算 80万円（競合A社の時給改定に対抗）
・関西 紹介（20代）：月額予算 60万円
・撤退検討　　　　：北海道エリア（応募単価 18,000円超）
─────────────────────────

よろしくお願いいたします。
藤代
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "an internal plan stamped 【社外秘】 in subject and body sent to an ad vendor",
})

_p = _people(33, 7)
MESSAGES.append({
    "id": "staffing-033-haken-notice-docx",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "派遣先通知書（2027年1月～）送付のご案内",
    "body": f"""高田様

お世話になっております。日の出産業の佐伯です。
1月からの契約更新に伴い、派遣先通知書をお送りいたします。
内容をご確認のうえ、派遣先管理台帳への転記をお願いいたします。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "attachments": [{
        "kind": "docx", "name": "派遣先通知書_202701.docx", "title": "派遣先通知書",
        "paragraphs": ["派遣先通知書", "川崎電機株式会社 御中", "2026年12月7日　日の出産業株式会社",
                       "労働者派遣法第35条に基づき、下記のとおり通知します。"],
        "tables": [[["氏名", "性別", "生年月日", "無期雇用/有期", "健康保険", "厚生年金", "雇用保険", "協定対象"]] + [
            [p["name"], p["sex"], p["dob"].strftime("%Y年%m月%d日"), ["有期", "無期"][i % 2], "有", "有", "有", "協定対象"]
            for i, p in enumerate(_p)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX table of seven staff with sex, birth date and insurance status to the client",
})

_p = _people(34, 6)
_orig = "\n".join(f"{p['name']}　{p['dob'].strftime('%Y/%m/%d')}　{p['tel']}" for p in _p)
MESSAGES.append({
    "id": "staffing-034-reply-original-message",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "RE: 社員寮入居予定者について",
    "body": f"""今井様

承知いたしました。6名とも1/9（土）の入寮で手配を進めます。
寝具レンタルは弊社で手配しますので、搬入時間のみご指定ください。

大槻

-----Original Message-----
From: 今井 <imai@kitaguni-foods.co.jp>
Sent: Monday, December 7, 2026 11:20 AM
To: 大槻 由香 <y-otsuki@hinode-sangyo.co.jp>
Subject: 社員寮入居予定者について

大槻様
寮の入居者を下記で登録しております。誤りがあればご指摘ください。
{_orig}
今井
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only under the client's quoted Original Message",
})

_p = _people(35, 7)
_jobs = ["SIer（PG 3年）", "メーカー社内SE", "Web制作会社", "SES（インフラ）", "金融系SIer", "未経験（情報系院卒）", "ヘルプデスク"]
_blt = "\n".join(f"・{p['name']}（{p['age']}）　{_jobs[i]}　{p['station']}駅　{_zen(p['tel'])}"
                 for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-035-bullets-it-candidates",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "subject": "テスター増員の件：即日面談可能な方",
    "body": f"""内藤様

お世話になっております。佐伯です。
先ほどお電話でお話しした件、今週中に面談可能な方を挙げます。

{_blt}

日程調整はご本人と直接やりとりいただいて構いません。
お手数ですが、面談結果だけ佐伯宛にご共有ください。

佐伯
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven candidates in 「・」 bullets with full-width mobile numbers to a partner",
})

_p = _people(36, 8)
MESSAGES.append({
    "id": "staffing-036-pension-pdf-payroll",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["ペイロールワン 受付 <uketsuke@payroll-one.co.jp>"],
    "subject": "新規入社者 給与計算登録データ（12月入社分）",
    "body": """株式会社ペイロールワン 受付ご担当者様

お世話になっております。日の出産業の水野です。
12月入社の派遣スタッフ8名分の登録データをPDFでお送りします。
給与計算システムへの登録をお願いいたします。

日の出産業株式会社 派遣事業部 水野
""",
    "attachments": [{
        "kind": "pdf", "name": "nyusha_202612.pdf", "title": "新規入社者一覧",
        "lines": ["新規入社者一覧（2026年12月）", "日の出産業株式会社 派遣事業部", ""],
        "table": [["社員番号", "氏名", "生年月日", "基礎年金番号", "入社日"]] + [
            [p["code"], p["name"], p["dob"].strftime("%Y/%m/%d"),
             f"{4000 + i * 137 % 5000:04d}-{(310000 + i * 48271) % 1000000:06d}", "2026/12/01"]
            for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight staff with 基礎年金番号 to an outside payroll processor",
})

_p = _people(37, 1)[0]
MESSAGES.append({
    "id": "staffing-037-insurance-card-injury",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 溝の口工場 総務 <soumu-mizonokuchi@kawasaki-denki.co.jp>"],
    "subject": "12/3 構内での負傷の件（労災への切替）",
    "body": f"""溝の口工場 総務ご担当者様

お世話になっております。日の出産業の佐伯です。
12/3に第2ラインで負傷した弊社派遣スタッフの件、ご報告いたします。

{_p['sei']}さん（{_p['name']}）は当日、近隣の整形外科を受診し「右橈骨遠位端骨折」と
診断されました。全治6週間、ギプス固定のため1月中旬まで休業となります。
初診時に健康保険証（記号 3417　番号 208）を使ってしまったため、
労災への切替手続きを進めております。死傷病報告の記載内容をご確認ください。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one worker's fracture diagnosis and health-insurance symbol/number to the client",
})

_p = _people(38, 1, born=(1978, 1992))[0]
MESSAGES.append({
    "id": "staffing-038-drivers-license",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.co.jp>"],
    "subject": "中型ドライバー候補 免許確認のお願い",
    "body": f"""黒川様

お世話になっております。水野です。
中型トラックドライバーの候補者について、運転記録証明の取得前に免許情報の
事前確認をお願いしたいとのことでしたので、下記お送りします。

{_p['name']}　{_wareki(_p['dob'], 'zshort')}生
免許証番号　第{_zen('5310 2847 1960')}号
種類　中型・大特・普通二輪（AT限定なし）
有効期限　令和10年3月8日まで

よろしくお願いいたします。
水野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one candidate's driving-licence number (full-width) and 和暦 birth date to a client",
})

MESSAGES.append({
    "id": "staffing-039-blank-eval-template",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "面接評価シート（様式）をお送りします",
    "body": f"""浅見様

お世話になっております。長谷部です。
面接官の皆様の評価基準を揃えるため、評価シートの様式をお送りします。
面接後、こちらにご記入のうえご返送いただければ、フィードバックを候補者に
お伝えする際に活用いたします。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{
        "kind": "docx", "name": "面接評価シート_様式.docx", "title": "面接評価シート",
        "paragraphs": ["面接評価シート", "候補者氏名：＿＿＿＿＿＿＿＿　面接日：＿＿年＿＿月＿＿日",
                       "面接官：＿＿＿＿＿＿＿＿", "評価基準：5 非常に良い／4 良い／3 標準／2 やや劣る／1 劣る"],
        "tables": [[["評価項目", "観点", "評価(1-5)", "コメント"],
                    ["コミュニケーション", "質問の意図を理解し簡潔に答えられるか", "", ""],
                    ["専門知識", "経理実務・決算経験の深さ", "", ""],
                    ["主体性", "自ら課題を見つけ改善した経験", "", ""],
                    ["カルチャーフィット", "チームでの協働姿勢", "", ""],
                    ["総合評価", "", "", ""]]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank interview evaluation form: no person's data",
})

_p = _people(40, 5)
MESSAGES.append({
    "id": "staffing-040-candidates-visible-to",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": [f"{p['name']} <{p['mail']}>" for p in _p],
    "subject": "【日の出産業】12/12 お仕事説明会のご案内",
    "body": """登録者の皆様

日の出産業 大阪支店の森本です。
先日はWeb登録いただき、ありがとうございました。
12/12（土）に梅田オフィスでお仕事説明会を開催します。

　時間：13:00～14:30（受付12:45～）
　場所：大阪市北区梅田3-1-9 梅田サンライズビル11F
　内容：食品工場・物流センターの新規案件のご紹介、個別相談

参加可否を本メールへの返信でお知らせください。

日の出産業株式会社 大阪支店 人材紹介グループ
森本 啓太　TEL：06-6345-2281（代）
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "five private registrants in To see each other's names and addresses: should be Bcc",
})

MESSAGES.append({
    "id": "staffing-041-bcc-registrants",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["日の出産業 大阪支店 <osaka-jinzai@hinode-sangyo.co.jp>"],
    "bcc": [p["mail"] for p in _people(41, 9)],
    "subject": "【日の出産業】年末年始の営業日のお知らせ",
    "body": """ご登録者の皆様

いつも日の出産業をご利用いただき、ありがとうございます。
年末年始の営業日についてお知らせいたします。

　休業期間：12月29日（火）～1月4日（月）
　※就業中の方の緊急連絡は、従来どおり24時間窓口（0120-41-7810）で承ります。

新年は1月5日（火）9:00より通常営業いたします。
今年も一年、ありがとうございました。

日の出産業株式会社 大阪支店
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "registrants on free mail are in Bcc, so no one sees the others",
})

_p = _people(42, 10, region=_CHUBU)
MESSAGES.append({
    "id": "staffing-042-xls-share-partner",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["あさひスタッフ 営業部 <eigyo@asahi-staff.co.jp>"],
    "subject": "共同受注分：稼働可能者リスト",
    "body": f"""株式会社あさひスタッフ 営業部 御中

お世話になっております。日の出産業 名古屋支店の大槻です。
北国フーズ様の共同受注分、弊社側で1月から稼働可能な登録者をまとめました。
重複登録の方がいないか、御社リストと突合していただけますでしょうか。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "xls", "name": "kadou_kanou_list.xls",
                     "sheets": {"リスト": [["登録No", "氏名", "住所", "電話", "希望時給", "夜勤"]] + [
                         [p["code"], p["name"], p["addr"], p["tel"], 1200 + (i % 4) * 50, "可" if i % 3 else "不可"]
                         for i, p in enumerate(_p)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of ten registrants with addresses and phones shared with another agency",
})

MESSAGES.append({
    "id": "staffing-043-lookalike-sakura-hotei",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.h@sakura-hotei.jp>"],
    "subject": "宴会応援シフト表（12月第3週）",
    "body": f"""三浦様

お世話になっております。日の出産業の水野です。
12月第3週の宴会応援シフト表をお送りします。
19日（土）の披露宴2件は、キャプテン経験者を1名ずつ配置しております。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "xlsx", "name": "shift_1214-1220.xlsx",
                     "sheets": {"シフト": [["日付", "宴会名", "必要人数", "手配人数", "備考"],
                                         ["12/14", "忘年会（鳳凰の間）", 6, 6, ""],
                                         ["12/18", "企業パーティー", 10, 10, "英語対応1名"],
                                         ["12/19", "披露宴A・B", 12, 12, "キャプテン2名"]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotei.jp: an l→i look-alike of the partner sakura-hotel.jp",
})

_p = _people(44, 1, born=(1990, 2000))[0]
MESSAGES.append({
    "id": "staffing-044-religion-halal",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "Re: 1月配属予定者の配置について",
    "body": f"""今井様

お世話になっております。大槻です。
1月配属予定の{_p['name']}さんについて、事前にご相談させてください。

ご本人はイスラム教を信仰されており、豚肉・アルコールを扱う工程への配置は
避けていただきたいとの希望です。また、就業時間中に1回、10分程度の礼拝の時間を
休憩時間内で確保したいとのことでした。ラマダン期間（2月中旬～3月中旬）は
日中の飲食をされないため、体調面にも配慮いただけると助かります。

惣菜ラインではなく、パン工程への配置をご検討いただけますでしょうか。

大槻
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named worker's religion and religious practice sent to the client",
})

MESSAGES.append({
    "id": "staffing-045-applicant-stats",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "11月度 応募状況レポート",
    "body": """浅見様

お世話になっております。日の出産業の藤代です。
11月度の応募状況をご報告いたします。

職種　　　　　　応募数　書類通過　面接　内定　承諾
-------------------------------------------------------
生産技術　　　　　 42　　　 15　　 9　　 2　　 1
品質保証　　　　　 28　　　 11　　 6　　 2　　 2
経理　　　　　　　 61　　　 12　　 5　　 1　　 0
事務補助（障害者雇用枠）　 9　　 6　　 4　　 1　　 1
-------------------------------------------------------
年代別：20代 38%／30代 33%／40代 21%／50代以上 8%

経理職の承諾率が低いため、年収レンジの見直しをご提案させてください。

藤代
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate applicant statistics, no individual",
})

_p = _people(46, 6)
MESSAGES.append({
    "id": "staffing-046-zip-csv-resume",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["小野寺様 <onodera@tomoe-seiki.co.jp>"],
    "subject": "生産技術職 推薦書類一式（6名）",
    "body": f"""小野寺様

お世話になっております。長谷部です。
生産技術職の推薦者6名分の書類をまとめてお送りします。
一覧（CSV）と、ご本人が作成した職務経歴書を同梱しております。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "zip", "name": "suisen_seisangijutsu.zip", "files": [
        {"kind": "csv", "name": "suisen_list.csv", "encoding": "utf-8",
         "rows": [["氏名", "生年月日", "住所", "電話", "メール", "現年収"]] + [
             [p["name"], p["dob"].isoformat(), p["addr"], p["tel"], p["mail"], f"{480 + i * 35}万円"]
             for i, p in enumerate(_p)]},
        {"kind": "docx", "name": f"職務経歴書_{_p[0]['sei']}.docx",
         "paragraphs": ["職務経歴書", f"氏名　{_p[0]['name']}", f"現住所　{_p[0]['addr']}",
                        f"連絡先　{_p[0]['tel']}",
                        "2015年4月～現在　株式会社◯◯製作所　生産技術課　射出成形ラインの立ち上げ"]}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with a CSV of six candidates and a résumé",
})

_p = _people(47, 7)
_lines = "\n".join(f"{p['name']} / {p['tel']} / {p['mail']}" for p in _p)
MESSAGES.append({
    "id": "staffing-047-internal-subdomain",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>"],
    "subject": "大阪で登録 → 首都圏希望の方の引継ぎ",
    "body": f"""藤代さん

大阪支店の森本です。
大阪で登録いただいた方のうち、転居で首都圏での就業を希望されている方を引き継ぎます。
本人には東京の担当から連絡が行くと伝えてあります。

{_lines}

よろしくお願いします。
森本
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "seven registrants' contacts, sent to an internal subdomain only",
})

_p = _people(48, 1, born=(1968, 1980))[0]
MESSAGES.append({
    "id": "staffing-048-health-check-result",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 安全衛生課 <anzeneisei@kawasaki-denki.co.jp>"],
    "subject": "派遣スタッフの定期健康診断結果と就業上の措置について",
    "body": f"""安全衛生課 ご担当者様

お世話になっております。日の出産業の佐伯です。
溝の口工場で就業中の{_p['name']}さん（{_p['age']}歳）の定期健康診断で、
心電図「要精密検査（心房細動の疑い）」、血圧 168/102 の所見がありました。
産業医面談の結果、精密検査の結果が出るまでは高所作業および夜勤を控えるよう
意見が出ております。1月のシフト作成の際にご配慮をお願いいたします。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one worker's health-check findings and work restrictions sent to the client",
})

MESSAGES.append({
    "id": "staffing-049-clinic-list",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "雇入時健康診断の提携医療機関について",
    "body": f"""今井様

お世話になっております。大槻です。
1月入社者の雇入時健康診断（食品衛生上の検便を含む）は、
下記の提携医療機関で受診してもらう予定です。

　・小牧健診センター　　　　　小牧市中央2-118　　　0568-75-3310
　・春日井メディカルクリニック　春日井市鳥居松町3-62　0568-81-7705
　・名駅前ヘルスケアプラザ　　名古屋市中村区名駅3-25-9　052-571-2260

結果は個人あてに郵送され、就業可否のみ弊社から御社にご報告します。

大槻
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of clinics (businesses) about health checks in general: no one's health data",
})

_p = _people(50, 6)
_tt = "\n".join(f"　{t}　{p['name']} 様" for t, p in zip(
    ["10:00", "10:45", "11:30", "13:30", "14:15", "15:00"], _p))
MESSAGES.append({
    "id": "staffing-050-interview-timetable-names",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "12/16 面接タイムテーブル",
    "body": f"""高田様

お世話になっております。佐伯です。
12/16（水）の面接タイムテーブルです。会議室Bでお願いいたします。

{_tt}

書類は前日までにお送り済みのものをご覧ください。
佐伯
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six candidates' names and interview slots only to the client who asked for them: arguably a list, arguably not",
})

# ======================================================================================
# 051-075
# ======================================================================================

_p = _people(51, 6)
_lines = "\n".join(f"{p['name']}　{p['tel']}　{p['addr']}" for p in _p)
MESSAGES.append({
    "id": "staffing-051-lookalike-own-domain",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["森本 啓太 <k.morimoto@hinode-sangyou.co.jp>"],
    "subject": "Re: 首都圏希望者の引継ぎ（追加分）",
    "body": f"""森本さん

藤代です。引継ぎありがとうございます。
こちらからも、関西への転居予定で大阪支店での就業を希望している方を戻します。

{_lines}

よろしくお願いします。
藤代
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but sent to hinode-sangyou.co.jp (a letter added), with six people's records",
})

MESSAGES.append({
    "id": "staffing-052-invoice-tnumber",
    "charset": "iso-2022-jp",
    "sender": "経理部 請求担当 <seikyu@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 経理課 <keiri@aoba-unyu.co.jp>"],
    "subject": "【請求書送付】2026年11月度 派遣料金（請求番号 INV-2611-0452）",
    "body": """青葉運輸株式会社 経理課 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
2026年11月度の派遣料金のご請求書をお送りいたします。

　請求番号　　：INV-2611-0452
　ご請求金額　：4,862,970円（税込）
　お支払期限　：2026年12月25日
　お振込先　　：みどり銀行 浜松町支店 普通 0381724
　　　　　　　　口座名義 ヒノデサンギヨウ（カ
　登録番号　　：T2010401099273

ご不明点は請求担当までお問い合わせください。

日の出産業株式会社 経理部 請求担当
〒105-0013 東京都港区浜松町2-4-1 日の出ビル7F
TEL 03-5432-7800
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's own T-number and company bank account",
})

MESSAGES.append({
    "id": "staffing-053-protected-pdf-resume",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["ブライトウェーブ 日本法人 採用担当 <recruit.jp@brightwave-eng.com>"],
    "subject": "機械設計エンジニア 推薦者の履歴書",
    "body": f"""採用ご担当者様

お世話になっております。日の出産業の長谷部です。
機械設計エンジニアのポジションに推薦者の履歴書をお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "pdf", "name": "rirekisho_suisen_A.pdf", "password": "bw1207",
                     "lines": ["履歴書", f"氏名　{_people(53, 1)[0]['name']}", "機械設計 12年"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF résumé: cannot be inspected",
})

MESSAGES.append({
    "id": "staffing-054-anonymous-profile",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["小野寺様 <onodera@tomoe-seiki.co.jp>"],
    "subject": "【匿名レジュメ】品質保証マネージャー候補のご紹介",
    "body": f"""小野寺様

お世話になっております。長谷部です。
品質保証マネージャー候補として、以下の方をご紹介いたします。
機密保持の観点から、現時点では匿名でのご紹介とさせていただきます。
ご興味をお持ちいただけましたら、ご本人の同意を得たうえで実名の書類をお送りします。

　候補者：K.T氏（40代前半・男性）
　現職　：大手自動車部品メーカー 品質保証部 課長（部下8名）
　経験　：IATF16949 認証取得の推進、顧客監査対応、8D レポート運用
　資格　：QC検定1級、品質管理責任者
　現年収：880万円／希望年収：900万円以上
　転職理由：海外拠点の品質立ち上げに携わりたい

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an anonymised profile (initials only); 「機密保持の観点から」 is a mention, not a marking",
})

_p = _people(55, 5)
_rec = [("無", ""), ("無", ""), ("有", "2017年 道路交通法違反（酒気帯び運転）罰金30万円"), ("無", ""),
        ("有", "2012年 傷害 懲役1年 執行猶予3年（猶予期間満了）")]
MESSAGES.append({
    "id": "staffing-055-security-csv-criminal",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["セントラル警備保障 人事課 <jinji@central-keibi.co.jp>"],
    "subject": "施設警備 派遣候補者の欠格事由確認書類",
    "body": """セントラル警備保障株式会社 人事課 御中

お世話になっております。日の出産業の水野です。
警備業法の欠格事由確認のため、候補者5名の申告内容をCSVでお送りします。
2名から刑罰に関する申告がありましたので、備考欄をご確認ください。

日の出産業株式会社 派遣事業部 水野 理沙
TEL 03-5432-7810
""",
    "attachments": [{"kind": "csv", "name": "kekkaku_shinkoku.csv", "encoding": "cp932",
                     "rows": [["氏名", "生年月日", "本籍地", "刑罰の有無", "備考"]] + [
                         [p["name"], _wareki(p["dob"]), p["pref"], r[0], r[1]] for p, r in zip(_p, _rec)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "CSV of five candidates with birth dates and criminal-record declarations",
})

MESSAGES.append({
    "id": "staffing-056-branch-list",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "subject": "弊社拠点一覧（勤怠システム設定用）",
    "body": f"""内藤様

お世話になっております。佐伯です。
勤怠システムの拠点マスタ設定用に、弊社の拠点一覧をお送りします。

拠点コード | 拠点名       | 所在地                                  | 代表電話
-----------+--------------+-----------------------------------------+--------------
HQ01       | 本社         | 東京都港区浜松町2-4-1 日の出ビル7F      | 03-5432-7800
TK02       | 立川営業所   | 東京都立川市曙町2-8-3 立川センタービル4F | 042-524-6610
YK03       | 横浜支店     | 横浜市西区北幸1-11-5 相鉄北幸ビル9F     | 045-314-2271
OS04       | 大阪支店     | 大阪市北区梅田3-1-9 梅田サンライズビル11F | 06-6345-2281
NG05       | 名古屋支店   | 名古屋市中村区名駅4-6-17 名駅日の出ビル5F | 052-583-4400
FK06       | 福岡営業所   | 福岡市博多区博多駅前2-19-24              | 092-472-5530

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own branch list with office switchboards: no people",
})

_p = _people(57, 7)
_lines = "\n".join(f"{p['code']}\t{p['kana'].replace(' ', '　')}\t{p['bank']}\t{p['branch']}\t普通\t{p['acct']}\t{180000 + i * 7350:,}"
                   for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-057-salary-transfer-tsv",
    "charset": "iso-2022-jp",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "12月25日支給分 給与振込の追加依頼（7件）",
    "body": f"""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の給与担当でございます。
12月25日支給分の給与振込データに、以下7件の追加をお願いいたします。
（総合振込システムへの登録が間に合わなかった新規入社者分です）

社員番号\t受取人名\t銀行\t支店\t種別\t口座番号\t金額
{_lines}

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 経理部 給与担当
TEL 03-5432-7800
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "seven employees' kana names and bank accounts, tab-separated, to the bank",
})

MESSAGES.append({
    "id": "staffing-058-job-ad-drafts",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["野々村様 <nonomura@jobnavi-plus.jp>"],
    "subject": "掲載原稿3件の入稿（12/14掲載開始分）",
    "body": """野々村様

お世話になっております。藤代です。
12/14掲載開始分の原稿3件を入稿いたします。

━━━━━━━━━━━━━━━━━━━━
【原稿1】大手電機メーカーでの品質保証スタッフ／時給1,650円～
　勤務地：川崎市高津区（武蔵溝ノ口駅）
　応募先：日の出産業株式会社 人材サービス事業部　0120-41-7810
【原稿2】ホテルの宴会サービス／日払いOK／時給1,400円
　勤務地：港区（浜松町駅）
【原稿3】食品工場のライン作業（夜勤）／寮完備／月収28万円可
　勤務地：愛知県小牧市　応募先：名古屋支店 052-583-4410
━━━━━━━━━━━━━━━━━━━━

原稿確認用のURLが発行されましたらお知らせください。
藤代
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job advertisements with the company's own hotline numbers",
})

_p = _people(59, 1)[0]
MESSAGES.append({
    "id": "staffing-059-attached-eml-health",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "就業開始日変更のご相談（本人からのメールを添付します）",
    "body": f"""今井様

お世話になっております。大槻です。
1/9から就業予定だった方から、開始日を延期したいとの連絡がありました。
事情は本人のメールをそのまま添付いたしますのでご覧ください。
延期後の開始日は1/25（月）でいかがでしょうか。

大槻
""",
    "attachments": [{"kind": "eml", "name": "本人からのメール.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": f"{_p['name']} <{_p['mail']}>",
        "to": ["大槻 由香 <y-otsuki@hinode-sangyo.co.jp>"],
        "subject": "開始日について",
        "body": f"""大槻さん

{_p['sei']}です。申し訳ありません。
先週の検査で子宮筋腫が見つかり、12/22に腹腔鏡で手術を受けることになりました。
術後2～3週間は重いものを持てないと言われています。
開始日を遅らせていただくことはできますでしょうか。

{_p['name']}
{_p['tel']}
"""}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an attached mail in which a named worker describes a diagnosis and surgery",
})

MESSAGES.append({
    "id": "staffing-060-bcc-clients-notice",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>"],
    "bcc": ["m-takada@kawasaki-denki.co.jp", "kurokawa@aoba-unyu.co.jp", "miura.h@sakura-hotel.jp",
            "naito@tsubasa-system.jp", "onodera@tomoe-seiki.co.jp"],
    "subject": "労働者派遣法の改正に関する説明会のご案内",
    "body": """お取引先各位
（本メールはBCCにて一斉送信しております）

平素は格別のお引き立てを賜り、誠にありがとうございます。
2027年4月施行の改正労働者派遣法について、派遣先様向けの説明会を開催いたします。

　日時：2027年1月21日（木）15:00～16:30
　形式：オンライン（Zoom）／参加無料
　内容：派遣先の義務の変更点、派遣先管理台帳の記載事項、Q&A

お申込みは担当営業までご返信ください。

日の出産業株式会社 人材サービス事業部 佐伯 恭平
TEL 03-5432-7810
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "clients of five organisations in Bcc only: no one sees the others",
})

_p = _people(61, 7, region=_CHUBU)
_stops = ["小牧駅前", "味岡", "桃花台センター", "春日井駅北口", "勝川", "小牧原", "犬山口"]
_hd = _pad("氏名", 14) + _pad("住所", 50) + _pad("携帯", 28) + "乗車停留所"
_rows = "\n".join(_pad(p["name"], 14) + _pad(p["addr_np"], 50) + _pad(_zen(p["tel"]), 28) + s
                  for p, s in zip(_p, _stops))
MESSAGES.append({
    "id": "staffing-061-bus-roster-fullwidth",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 小牧工場 送迎バス係 <bus-komaki@kitaguni-foods.co.jp>"],
    "subject": "1月からの送迎バス乗車名簿",
    "body": f"""送迎バスご担当者様

日の出産業 名古屋支店の大槻です。
1月から夜勤ラインに入るスタッフの送迎バス乗車名簿です。
乗車停留所は本人の住所から近いところを選んでもらいました。

{_hd}
{'―' * 52}
{_rows}

乗車開始は1/9（土）21:00便からです。
{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven staff with addresses (no prefecture) and full-width mobiles in padded columns",
})

_p = _people(62, 3)
_q = "\n".join(f"> - {p['romaji']}, {p['mail']}, {p['tel']}" for p in _p)
MESSAGES.append({
    "id": "staffing-062-english-quoted-wrote",
    "charset": "utf-8",
    "sender": "Ken Hojo <ken.hojo@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@northwind-asia.com>"],
    "subject": "Re: Interview feedback",
    "body": f"""Hi Priya,

Thanks for the quick feedback. I will let all three know today and propose the
second-round slots you offered (Dec 15, 10:00 / 14:00 / 16:00 JST).

Best,
Ken

On Mon, Dec 7, 2026 at 6:45 PM Priya Raman <priya.raman@northwind-asia.com> wrote:
> Hi Ken,
> We would like to move the following candidates to the second round:
{_q}
> The others were strong but we prefer more customs experience.
> Priya
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "candidate details appear only in the client's quoted mail",
})

_p = _people(63, 1, born=(1992, 1998))[0]
MESSAGES.append({
    "id": "staffing-063-passport-gyoseishoshi",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["行政書士法人みなとビザ <office@minato-visa.jp>"],
    "subject": "在留資格認定証明書交付申請のご依頼（エンジニア1名）",
    "body": f"""行政書士法人みなとビザ
ご担当者様

お世話になっております。日の出産業 人材紹介部の長谷部です。
ブライトウェーブ様に内定したエンジニアの在留資格認定証明書交付申請をお願いします。

　氏名（パスポート表記）：RAMOS Miguel Antonio
　国籍：フィリピン
　生年月日：{_en(_p['dob'])}
　旅券番号：P4827193B
　旅券有効期限：2031年5月20日
　最終学歴：University of the Philippines Diliman（機械工学）

雇用契約書の写しと学位証明書は明日郵送いたします。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one candidate's passport number and birth date to an outside immigration office",
})

_p = _people(64, 1)[0]
MESSAGES.append({
    "id": "staffing-064-internal-criminal-discussion",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["人材紹介部 部長 <jinzai-bucho@hinode-sangyo.co.jp>"],
    "cc": ["コンプライアンス室 <compliance@hinode-sangyo.co.jp>"],
    "subject": "登録者の前科申告への対応方針",
    "body": f"""部長

長谷部です。
登録面談で{_p['name']}さん（{_p['age']}歳）から、2020年に窃盗で有罪判決
（懲役1年6月・執行猶予3年）を受けたとの申告がありました。猶予期間は満了しています。

金融・警備系の案件は紹介を控えるとして、一般事務の案件では先方への告知義務は
ないと考えていますが、社内の判断基準を確認させてください。
記録は面談メモにのみ残し、共有フォルダには置いていません。

長谷部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a registrant's criminal record discussed, but only with internal recipients",
})

MESSAGES.append({
    "id": "staffing-065-lookalike-kitaguni-food",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-food.co.jp>"],
    "subject": "1月の増員依頼について",
    "body": f"""今井様

お世話になっております。大槻です。
1月の増員依頼（夜勤ライン8名）につきまして、現時点で5名確定、
残り3名は12/18までに確定させる見込みです。
確定次第、就業条件明示書とあわせてご連絡いたします。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp: the partner's domain with a letter dropped",
})

_p = _people(66, 1)[0]
MESSAGES.append({
    "id": "staffing-066-single-resume-consent",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "経理職 推薦者の履歴書送付（ご本人同意済み）",
    "body": f"""浅見様

お世話になっております。長谷部です。
経理職にご推薦する方の履歴書をお送りします。書類送付についてはご本人の同意を得ております。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "docx", "name": f"履歴書_{_p['sei']}.docx", "title": "履歴書",
                     "paragraphs": ["履　歴　書", "2026年12月6日現在"],
                     "tables": [[["ふりがな", _p["kana"]], ["氏名", _p["name"]],
                                 ["生年月日", f"{_wareki(_p['dob'])}生（満{_p['age']}歳）"],
                                 ["現住所", f"〒{_p['zip']} {_p['addr']}"], ["電話", _p["tel"]],
                                 ["E-mail", _p["mail"]]],
                                [["年", "月", "学歴・職歴"], ["2012", "3", "東都大学 経済学部 卒業"],
                                 ["2012", "4", "株式会社みなと商事 入社 経理部配属"], ["", "", "現在に至る"]]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one candidate's résumé to the client with consent: a single person's record, may warn",
})

_p = _people(67, 1)[0]
MESSAGES.append({
    "id": "staffing-067-three-parties-visible",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": [f"{_p['name']} <{_p['mail']}>", "浅見様 <asami@shinonome-kasei.co.jp>"],
    "cc": ["東海ワークサポート 岩城様 <iwaki@tokai-work.co.jp>"],
    "subject": "職場見学の日程確定のご連絡",
    "body": f"""{_p['sei']}様
東雲化成 浅見様
（cc：東海ワークサポート 岩城様）

お世話になっております。日の出産業の森本です。
職場見学の日程が12/17（木）13:30に確定しましたのでご連絡いたします。
集合場所は東雲化成様 堺工場の正門守衛所です。
当日は共同受注先の東海ワークサポート岩城様も同行されます。

森本
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "a private candidate, a client and another agency all visible in To/Cc: three external parties",
})

_p = _people(68, 1)[0]
MESSAGES.append({
    "id": "staffing-068-freemail-plus-client",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": [f"{_p['name']} <{_p['mail']}>"],
    "cc": ["三浦 様 <miura.h@sakura-hotel.jp>"],
    "subject": "就業初日のご案内（さくらホテル）",
    "body": f"""{_p['sei']}様
（cc：さくらホテル 人事部 三浦様）

日の出産業の水野です。
就業初日のご案内です。

　日時：12月14日（月）8:45
　場所：さくらホテル 従業員通用口（ホテル裏手、駐車場側）
　持ち物：黒のパンプス、印鑑、筆記用具
　当日の受付：人事部 三浦様

わからないことがあれば、水野までお気軽にご連絡ください。
水野（03-5432-7810）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one private worker and the client hotel: two external parties, no list",
})

_p = _people(69, 1)[0]
MESSAGES.append({
    "id": "staffing-069-adjustment-disorder-leave",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "subject": "派遣スタッフの休業について",
    "body": f"""内藤様

お世話になっております。佐伯です。
開発部で就業中の{_p['sei']}（{_p['mei']}）さんですが、本日、心療内科から
「適応障害により2か月間の休養を要する」との診断書が提出されました。
12/8から2/7まで休業となります。

休業中の代替要員は12/14までに手配いたします。
ご本人への業務上の連絡は、当面弊社経由でお願いできますでしょうか。

佐伯
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named worker's adjustment-disorder diagnosis and sick leave sent to the client",
})

MESSAGES.append({
    "id": "staffing-070-vacancy-xlsx-partner",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["あさひスタッフ 営業部 <eigyo@asahi-staff.co.jp>"],
    "subject": "1月 共同受注案件一覧",
    "body": f"""あさひスタッフ 営業部 御中

大槻です。1月の共同受注案件の一覧をお送りします。
充足できそうな案件がありましたらご返信ください。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "xlsx", "name": "kyodo_anken_202701.xlsx",
                     "sheets": {"案件一覧": [["2027年1月 共同受注案件一覧（日の出産業 名古屋支店）"], [],
                                         ["案件No", "派遣先", "就業場所", "職種", "人数", "時給", "請求単価"],
                                         ["N-2701", "北国フーズ株式会社", "小牧市", "食品ライン（夜勤）", 8, 1450, 2150],
                                         ["N-2702", "東雲化成株式会社", "堺市西区", "検品・梱包", 4, 1300, 1950],
                                         ["N-2703", "青葉運輸株式会社", "春日井市", "フォークリフト", 3, 1550, 2300],
                                         ["N-2704", "川崎電機株式会社", "一宮市", "組立", 5, 1400, 2080]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vacancies by client company and site: a list of businesses and jobs",
})

_p = _people(71, 5, born=(1980, 1996))
_slides = [["候補者ご紹介（ツバサシステム様 PM ポジション）", "日の出産業株式会社 人材紹介部", "2026年12月"]] + [
    [f"候補者{i + 1}：{p['name']}（{p['age']}歳）",
     f"現職：{['SIer PM', 'ERPコンサル', '社内SE リーダー', 'Web系 PdM', '金融系PMO'][i]}",
     f"現年収 {620 + i * 40}万円／希望 {700 + i * 40}万円",
     f"連絡先：{p['mail']}", f"面談可能日：12/{15 + i}"] for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "staffing-071-pptx-candidates",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "subject": "PMポジション 候補者ご紹介資料",
    "body": f"""内藤様

お世話になっております。長谷部です。
明日の定例でご説明する候補者紹介資料を先にお送りします。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "pptx", "name": "候補者紹介_PM.pptx", "slides": _slides}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "slides presenting five candidates with ages, salaries and private mail",
})

MESSAGES.append({
    "id": "staffing-072-ppap-password-notice",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["みなと物流 人事課 <jinji@minato-logi.jp>"],
    "subject": "Re: 派遣スタッフ台帳（12月分）送付 [パスワードのお知らせ]",
    "body": """みなと物流株式会社 人事課 ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hnd#2612

なお、来年1月より弊社ではパスワード付きZIPでのファイル送付を廃止し、
ファイル共有サービスでのお渡しに切り替える予定です。

日の出産業株式会社 人材サービス事業部 藤代
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail of a PPAP exchange: no attachment, no personal data",
})

_p = _people(73, 6)
_styles = ["zshort", "kanji", "short", "zkanji", "slash", "zshort"]
_rows = "\n".join(f"{i + 1}）{p['name']}　{p['kana']}　{p['sex']}　{_wareki(p['dob'], st)}"
                  for i, (p, st) in enumerate(zip(_p, _styles)))
MESSAGES.append({
    "id": "staffing-073-insurance-dob-mixed",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["ひまわり保険サービス 法人担当 <hojin@himawari-hoken.co.jp>"],
    "subject": "団体傷害保険 被保険者追加のお願い",
    "body": f"""ひまわり保険サービス 法人ご担当者様

お世話になっております。日の出産業の水野です。
派遣スタッフ向け団体傷害保険に、12月入社の下記6名の追加をお願いします。
生年月日は本人申告のまま転記しておりますので、表記が揃っておらず恐縮です。

{_rows}

補償開始日は12/14でお願いいたします。
{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six staff with birth dates in mixed 和暦 notations (Ｈ２．１１．３, S58.4.2…) to an insurer",
})

MESSAGES.append({
    "id": "staffing-074-zip-job-specs",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["あさひスタッフ 営業部 <eigyo@asahi-staff.co.jp>"],
    "subject": "求人票一式（首都圏 3案件）",
    "body": """あさひスタッフ 営業部 御中

お世話になっております。日の出産業の佐伯です。
首都圏の共同受注3案件の求人票をZIPでお送りします。

佐伯
""",
    "attachments": [{"kind": "zip", "name": "kyujinhyo_3ken.zip", "files": [
        {"kind": "pdf", "name": "kyujin_01_hinshitsu.pdf",
         "lines": ["求人票：品質保証スタッフ", "派遣先：川崎電機株式会社 溝の口工場", "時給 1,650円～", "勤務 8:30-17:15"]},
        {"kind": "pdf", "name": "kyujin_02_enkai.pdf",
         "lines": ["求人票：宴会サービス", "派遣先：さくらホテル 浜松町", "時給 1,400円", "土日のみ可"]},
        {"kind": "txt", "name": "readme.txt", "text": "各求人票の請求単価は別途お打ち合わせのとおりです。"}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of job descriptions: no personal data",
})

_p = _people(75, 6)
_rows = "\n".join(f"{_pad(p['name'], 14)}{160 + i * 4:>5.1f}h   {12 + i % 4:>4.1f}h   {['', '有休1日', '', '遅刻1回', '', ''][i]}"
                  for i, p in enumerate(_p))
MESSAGES.append({
    "id": "staffing-075-hours-by-name",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.co.jp>"],
    "subject": "11月度 稼働時間のご確認（請求前）",
    "body": f"""黒川様

お世話になっております。水野です。
11月度の請求書発行前に、稼働時間のご確認をお願いいたします。

氏名          実働    残業    備考
----------------------------------------
{_rows}

相違がなければ12/9までにご返信ください。
水野
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six workers' hours and attendance sent to the client that supervises them for billing: a list, but routine and already known",
})

# ======================================================================================
# 076-100
# ======================================================================================

MESSAGES.append({
    "id": "staffing-076-lookalike-tsubasa",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-sytem.jp>"],
    "subject": "勤怠連携 CSV フォーマットの件",
    "body": f"""内藤様

お世話になっております。佐伯です。
先日の打ち合わせで確認した勤怠連携 CSV のフォーマット案をお送りします。
項目は「スタッフコード, 就業日, 始業, 終業, 休憩, 派遣先コード」の6項目です。
文字コードは UTF-8（BOM なし）で問題ないでしょうか。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp: the partner's domain with a letter dropped",
})

MESSAGES.append({
    "id": "staffing-077-new-contact-card",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "担当者変更のご挨拶",
    "body": """高田様

いつも大変お世話になっております。日の出産業の佐伯です。
2027年1月1日付で、貴社の担当を下記の者に引き継ぐこととなりました。
在任中は格別のご厚情を賜り、心より御礼申し上げます。

　新担当：日の出産業株式会社 人材サービス事業部 派遣営業一課
　　　　　主任　漆原 航（うるしはら わたる）
　　　　　TEL 03-5432-7812／携帯 080-3391-5527
　　　　　urushihara.w@hinode-sangyo.co.jp

年内に漆原を連れてご挨拶に伺いたく、ご都合をお聞かせいただけますと幸いです。

佐伯 恭平
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "introducing a colleague's business contact details: one person, own staff",
})

MESSAGES.append({
    "id": "staffing-078-lookalike-midori-tld",
    "charset": "iso-2022-jp",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.com>"],
    "subject": "総合振込の締切時刻について",
    "body": """みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の給与担当です。
年末の給与振込について、12/25支給分のデータ伝送の締切時刻を
改めてご教示いただけますでしょうか（例年は3営業日前の15時と認識しております）。

日の出産業株式会社 経理部 給与担当
TEL 03-5432-7800
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.com instead of the partner bank's midori-ginko.co.jp (TLD swap)",
})

MESSAGES.append({
    "id": "staffing-079-contract-draft-docx",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.h@sakura-hotel.jp>"],
    "subject": "個別契約書（案）のご確認",
    "body": f"""三浦様

お世話になっております。水野です。
1月からの宴会サービス派遣について、個別契約書（案）をお送りします。
派遣先責任者・指揮命令者の欄をご確認ください。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "docx", "name": "個別契約書_案_さくらホテル.docx",
                     "paragraphs": ["労働者派遣個別契約書（案）",
                                    "さくらホテル株式会社（以下「甲」）と日の出産業株式会社（以下「乙」）は、"
                                    "労働者派遣基本契約に基づき、次のとおり個別契約を締結する。"],
                     "tables": [[["項目", "内容"],
                                 ["業務内容", "宴会場における料飲サービス（一般業務）"],
                                 ["就業場所", "さくらホテル 浜松町 3F宴会場（東京都港区浜松町1-9-10）"],
                                 ["指揮命令者", "宴会サービス課 課長 石田 直人（内線 3120）"],
                                 ["派遣先責任者", "人事部 部長 三浦 博之（03-5400-1188）"],
                                 ["派遣元責任者", "派遣事業部 水野 理沙（03-5432-7810）"],
                                 ["派遣期間", "2027年1月1日～2027年3月31日"],
                                 ["抵触日", "2029年10月1日"]]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract draft naming business contacts of the two companies: no personal data",
})

MESSAGES.append({
    "id": "staffing-080-corrupt-xlsx",
    "charset": "iso-2022-jp",
    "sender": "藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>",
    "to": ["ペイロールワン 受付 <uketsuke@payroll-one.co.jp>"],
    "subject": "11月度 勤怠データ（再送）",
    "body": """株式会社ペイロールワン 受付ご担当者様

お世話になっております。日の出産業の藤代です。
先ほどのファイルが開けないとのご連絡をいただきましたので再送いたします。
お手数をおかけして申し訳ございません。

藤代
""",
    "attachments": [{"kind": "corrupt", "name": "kintai_202611.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a damaged XLSX that cannot be opened or inspected",
})

_p = _people(81, 1, region=_KANSAI)[0]
MESSAGES.append({
    "id": "staffing-081-own-data-confirmation",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": [f"{_p['name']} <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "ご登録内容の確認のお願い",
    "body": f"""{_p['name']} 様

日の出産業 大阪支店の森本です。
雇用契約書の作成にあたり、ご登録内容に誤りがないかご確認ください。

　お名前　　：{_p['name']}（{_p['kana']}）
　生年月日　：{_p['dob'].year}年{_p['dob'].month}月{_p['dob'].day}日
　ご住所　　：{_p['addr']}
　携帯電話　：{_p['tel']}

変更がある場合は、本メールにご返信ください。

{_sig('osaka', '森本 啓太', 'k.morimoto@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "a registrant's own details sent back to that registrant for confirmation: one person",
})

_p = _people(82, 1, born=(1982, 1988))[0]
MESSAGES.append({
    "id": "staffing-082-confidential-assessment-pdf",
    "charset": "utf-8",
    "sender": "Ken Hojo <ken.hojo@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitfield <d.whitfield@brightwave-eng.com>"],
    "subject": "Candidate assessment report - Plant Manager",
    "body": """Dear Daniel,

Please find attached our assessment report on the final candidate for the Plant
Manager position, including the competency interview and the salary negotiation status.

Kind regards,
Ken Hojo
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{"kind": "pdf", "name": "assessment_plant_manager.pdf",
                     "title": "Candidate Assessment Report", "page_header": "CONFIDENTIAL",
                     "page_footer": "Hinode Sangyo - Confidential - Do not distribute",
                     "lines": ["Candidate Assessment Report - Plant Manager (Brightwave Engineering KK)", "",
                               f"Candidate: {_p['romaji']}", "Current: Deputy Plant Manager, automotive tier-1 supplier",
                               "Competency interview: leadership 4/5, lean manufacturing 5/5, English 3/5",
                               "Current package: JPY 11.2M; expectation JPY 13.0M; notice period 2 months",
                               "Recommendation: proceed to offer"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped CONFIDENTIAL in header and footer sent to a client",
})

MESSAGES.append({
    "id": "staffing-083-year-end-greeting",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "年末のご挨拶",
    "body": f"""北国フーズ株式会社
今井様

本年も格別のお引き立てを賜り、誠にありがとうございました。
繁忙期の増員にも柔軟にご対応いただき、スタッフ一同大変感謝しております。

弊社の年末年始の営業は下記のとおりです。
　12月29日（火）～1月4日（月）休業
　※就業中スタッフの緊急連絡窓口：0120-41-7810（24時間）

来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a year-end greeting with the company's holiday schedule",
})

_p = _people(84, 1)[0]
MESSAGES.append({
    "id": "staffing-084-toriatsukai-docx",
    "charset": "iso-2022-jp",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["小野寺様 <onodera@tomoe-seiki.co.jp>"],
    "subject": "推薦書の送付（生産管理）",
    "body": f"""小野寺様

お世話になっております。長谷部です。
生産管理職の推薦書をお送りいたします。ご査収ください。

{_sig('tokyo', '長谷部 聡', 's.hasebe@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "docx", "name": "推薦書_生産管理.docx", "title": "推薦書",
                     "page_header": "取扱注意　日の出産業株式会社 人材紹介部",
                     "paragraphs": ["推　薦　書", "株式会社巴精機 御中",
                                    f"候補者：{_p['name']}（{_p['age']}歳）",
                                    f"連絡先：{_p['tel']}",
                                    "推薦理由：生産計画の立案から資材調達まで一貫して担当し、在庫回転率を1.4倍に改善した実績がある。",
                                    "面談所感：論理的で落ち着いた受け答え。管理職志向が強い。"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "a recommendation letter with a 取扱注意 page header sent to a client",
})

MESSAGES.append({
    "id": "staffing-085-english-visa-general",
    "charset": "utf-8",
    "sender": "Ken Hojo <ken.hojo@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@northwind-asia.com>"],
    "subject": "Visa sponsorship for overseas hires - process overview",
    "body": """Hi Priya,

As requested, a short overview of how we handle visa sponsorship when you hire from
overseas through us:

1. Offer accepted -> we prepare the Certificate of Eligibility (COE) application with
   our partner immigration office (typically 1-3 months).
2. COE issued -> the candidate applies for the visa at the Japanese embassy in their
   country (about 1 week).
3. Arrival -> residence card issued at the airport; we support address registration
   and bank account opening in the first week.

Documents we will need from Northwind: company registration certificate, latest
financial statements and the signed employment contract. No personal documents from
your side are needed until an offer is made.

Best regards,
Ken Hojo
Hinode Sangyo Co., Ltd. | Global Recruitment
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general process explanation in English mentioning residence cards but no one's data",
})

_p = _people(86, 6)
_rng = _random.Random("emg86")
_fam = [("母", "和子"), ("spouse", ""), ("父", "信夫"), ("姉", "美由紀"), ("spouse", ""), ("兄", "正人")]


def _kin(p: dict, rel: str, given: str) -> str:
    if rel == "spouse":
        given, rel = ("久美", "妻") if p["sex"] == "男" else ("康弘", "夫")
    return f"{p['sei']} {given}（{rel}）"


_lines = "\n".join(
    f"{p['name']}／緊急連絡先：{_kin(p, f, g)}"
    f"　{_rng.choice(['090', '080'])}-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"
    for p, (f, g) in zip(_p, _fam))
MESSAGES.append({
    "id": "staffing-086-emergency-contacts",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["みなと物流 東扇島センター 所長 <higashiogi@minato-logi.jp>"],
    "subject": "Re: 夜間作業者の緊急連絡先について",
    "body": f"""所長様

お世話になっております。日の出産業の水野です。
夜間の事故等に備えて、センターでも緊急連絡先を把握しておきたいとのことでしたので、
夜勤に入っている弊社スタッフ分をお送りします。

{_lines}

原則として、まずは弊社24時間窓口（0120-41-7810）へご連絡ください。
水野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six staff with their family members' names and phones to a client site",
})

MESSAGES.append({
    "id": "staffing-087-aggregate-hours-invoice",
    "charset": "iso-2022-jp",
    "sender": "経理部 請求担当 <seikyu@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"],
    "subject": "11月度 派遣料金明細（注文番号 PO-KD-26-3390）",
    "body": """川崎電機株式会社 経理部 支払ご担当者様

いつもお世話になっております。日の出産業 経理部です。
11月度の派遣料金明細をお送りします。部署別の集計となっております。

注文番号：PO-KD-26-3390

部署　　　　　　　人数　実働時間　残業時間　請求額（税抜）
溝の口 第1ライン　　12　1,968.0　　164.5　　4,312,800円
溝の口 第2ライン　　 9　1,476.0　　 98.0　　3,158,100円
品質保証課　　　　　 3　　492.0　　 21.0　　1,248,750円
総務課（事務）　　　 2　　320.0　　  6.5　　　682,400円
合計　　　　　　　　26　4,256.0　　290.0　　9,402,050円

個人別の明細は各部署の指揮命令者様に確認いただいております。

日の出産業株式会社 経理部 請求担当 TEL 03-5432-7800
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hours and charges aggregated by department with a PO number: no individuals",
})

_p = _people(88, 5, born=(1997, 2004))
_vn = [("TRAN THI HOA", "SB20418377VN"), ("LE VAN DUC", "SB20418412VN"), ("PHAM THI LAN", "SB20419006VN"),
       ("NGUYEN DINH KHOA", "SB20419120VN"), ("VO THI MAI", "SB20419287VN")]
MESSAGES.append({
    "id": "staffing-088-residence-cards-xlsx",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["東雲化成 人事課 浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "特定技能スタッフ5名の在留カード情報",
    "body": f"""浅見様

お世話になっております。大槻です。
1月から堺工場で就業する特定技能スタッフ5名の在留カード情報を一覧にしました。
外国人雇用状況届出の作成にご利用ください。

{_sig('nagoya', '大槻 由香', 'y-otsuki@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "xlsx", "name": "zairyu_card_list.xlsx",
                     "sheets": {"一覧": [["特定技能（飲食料品製造業）在留カード情報"],
                                       ["氏名", "生年月日", "国籍", "在留資格", "在留カード番号", "在留期限"]] + [
                         [n, p["dob"].strftime("%Y/%m/%d"), "ベトナム", "特定技能1号", c, "2027/11/30"]
                         for p, (n, c) in zip(_p, _vn)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "XLSX with a title row: five workers' residence card numbers and birth dates",
})

_p = _people(89, 3)
MESSAGES.append({
    "id": "staffing-089-three-interviews",
    "charset": "iso-2022-jp",
    "sender": "森本 啓太 <k.morimoto@hinode-sangyo.co.jp>",
    "to": ["浅見様 <asami@shinonome-kasei.co.jp>"],
    "subject": "12/18 面接のご案内（3名）",
    "body": f"""浅見様

お世話になっております。森本です。
12/18（金）の面接、下記3名で確定いたしました。
当日の遅刻・欠席連絡は本人から直接入る場合がありますので、連絡先を添えております。

　13:00　{_p[0]['name']}　{_p[0]['tel']}
　14:00　{_p[1]['name']}　{_p[1]['tel']}
　15:00　{_p[2]['name']}　{_p[2]['tel']}

よろしくお願いいたします。
森本
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three candidates with phones: under five people, may warn",
})

_p = _people(90, 6)
MESSAGES.append({
    "id": "staffing-090-mynumber-xlsx-tax",
    "charset": "iso-2022-jp",
    "sender": "経理部 給与担当 <kyuyo@hinode-sangyo.co.jp>",
    "to": ["税理士法人あおい 年末調整チーム <nenmatsu@aoi-tax.jp>"],
    "subject": "年末調整 追加対象者データ（派遣スタッフ6名）",
    "body": """税理士法人あおい 年末調整チーム ご担当者様

お世話になっております。日の出産業 経理部 給与担当です。
年末調整の追加対象者6名分のデータをお送りいたします。
扶養控除等申告書の内容を転記しております。

日の出産業株式会社 経理部 給与担当
""",
    "attachments": [{"kind": "xlsx", "name": "nenmatsu_tsuika_6mei.xlsx",
                     "sheets": {"対象者": [["年末調整 追加対象者（2026年分）", "", "", "", "日の出産業株式会社"], [],
                                        ["社員番号", "氏名", "個人番号", "生年月日", "住所", "扶養人数"]] + [
                         [p["code"], p["name"], my_number(9000 + i), _wareki(p["dob"], "slash"), p["addr"], i % 3]
                         for i, p in enumerate(_p)],
                                "メモ": [["源泉徴収票の発行は1月20日までを予定"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "My Numbers of six staff in an XLSX sent to an outside tax office",
})

MESSAGES.append({
    "id": "staffing-091-seminar-attendees-venue",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "1/21 派遣先様向け説明会 会場手配（来賓席）",
    "body": f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の佐伯です。
1/21の説明会で、前列に来賓席を4席ご用意いただけますでしょうか。
席札は下記でお願いいたします。

　川崎電機株式会社 人事部長　様
　青葉運輸株式会社 総務部長　様
　株式会社巴精機 総務部長　様
　東雲化成株式会社 人事課長　様

当日の受付は弊社スタッフ2名で行います。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seat cards naming companies and titles: no personal records",
})

_p = _people(92, 8)
_fwd = "\n".join(f"{p['code']},{p['name']},{p['kana']},{p['tel']},{p['station']}" for p in _p)
MESSAGES.append({
    "id": "staffing-092-fw-internal-roster-out",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["黒川 様 <kurokawa@aoba-unyu.co.jp>"],
    "subject": "FW: 厚木センター 1月シフト候補者",
    "body": f"""黒川様

お世話になっております。水野です。
社内で調整していた1月シフトの候補者です。ご参考までに転送します。

-----Original Message-----
差出人: 藤代 さやか <fujishiro@mail.hinode-sangyo.co.jp>
送信日時: 2026年12月4日 18:02
宛先: 水野 理沙 <r-mizuno@hinode-sangyo.co.jp>
件名: 厚木センター 1月シフト候補者

水野さん
1月に厚木センターに入れそうな人をリスト化しました（CSV形式で貼ります）。

staff_code,name,kana,mobile,nearest_station
{_fwd}

藤代
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward of an internal mail: the eight-person CSV list is new to the client",
})

_p = _people(93, 12)
MESSAGES.append({
    "id": "staffing-093-internal-roster-health",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["森本 啓太 <k.morimoto@hinode-sangyo.co.jp>"],
    "subject": "名古屋→大阪 応援スタッフ名簿（配慮事項つき）",
    "body": """森本さん

大槻です。年末に大阪へ応援に出すスタッフの名簿です。
配慮事項の列は派遣先には出さないでください。

大槻
""",
    "attachments": [{"kind": "xlsx", "name": "ouen_meibo_osaka.xlsx",
                     "sheets": {"名簿": [["氏名", "生年月日", "住所", "携帯", "配慮事項"]] + [
                         [p["name"], p["dob"].isoformat(), p["addr"], p["tel"],
                          ["", "腰痛（重量物不可）", "", "喘息（粉じん作業不可）", "", ""][i % 6]]
                         for i, p in enumerate(_p)]}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a roster with health notes, but sent only to a colleague",
})

_p = _people(94, 5)
_new = "\n".join(f"  {p['name']}  {p['dob'].strftime('%Y.%m.%d')}  {p['tel']}" for p in _p)
MESSAGES.append({
    "id": "staffing-094-reply-adds-list",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 溝の口工場 警備室 <keibi-mizonokuchi@kawasaki-denki.co.jp>"],
    "subject": "Re: 年始の入構者リストのご提出について",
    "body": f"""警備室 ご担当者様

日の出産業の佐伯です。ご連絡ありがとうございます。
1/5から入構する弊社スタッフは以下の5名です。

{_new}

どうぞよろしくお願いいたします。
佐伯

> 日の出産業 佐伯様
> 年始の入構者について、氏名・生年月日・連絡先を12/18までにご提出ください。
> 溝の口工場 警備室
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a reply whose new text adds five people's birth dates and phones above the quote",
})

MESSAGES.append({
    "id": "staffing-095-confidentiality-pledge-template",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["みなと物流 人事課 <jinji@minato-logi.jp>"],
    "subject": "派遣スタッフの秘密保持誓約書（ひな形）について",
    "body": f"""みなと物流株式会社 人事課 ご担当者様

お世話になっております。水野です。
派遣スタッフからも秘密保持誓約書を取得したいとのご要望について、
弊社が就業開始時に取得している誓約書のひな形をお送りします。

派遣法上、派遣先様が派遣スタッフから直接誓約書を取得することは
推奨されないため、弊社の誓約書に貴社の機密情報の取扱いに関する条項を追加する
形でご対応いただけますと幸いです。

{_sig('tokyo', '水野 理沙', 'r-mizuno@hinode-sangyo.co.jp')}
""",
    "attachments": [{"kind": "docx", "name": "秘密保持誓約書_ひな形.docx",
                     "paragraphs": ["秘密保持誓約書", "日の出産業株式会社 代表取締役 殿",
                                    "私は、派遣先において知り得た機密情報（顧客情報、技術情報、営業情報等）を、"
                                    "在職中はもとより退職後においても第三者に開示・漏えいしないことを誓約します。",
                                    "年　　月　　日　　氏名＿＿＿＿＿＿＿＿＿＿　印"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank confidentiality pledge template: the word 機密 is its subject, not a marking",
})

_p = _people(96, 5)
_grades = ["A", "B+", "B", "A-", "C"]
_comm = ["即戦力。リーダー経験豊富", "技術は十分、コミュニケーションに課題", "伸びしろあり",
         "英語力が高い。年収調整要", "志望動機が曖昧"]
_txt = "\n".join(f"{p['name']}（{p['age']}）　評価{g}　{c}" for p, g, c in zip(_p, _grades, _comm))
_trs = "".join(f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{g}</td><td>{c}</td></tr>"
               for p, g, c in zip(_p, _grades, _comm))
MESSAGES.append({
    "id": "staffing-096-eval-list-alternative",
    "charset": "utf-8",
    "sender": "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>",
    "to": ["内藤 様 <naito@tsubasa-system.jp>"],
    "subject": "一次面接の評価まとめ（弊社所感）",
    "body": f"""内藤様

お世話になっております。長谷部です。
一次面接にご参加いただいた5名について、弊社面談時の所感と評価をまとめました。

{_txt}

二次面接に進める方をお知らせください。
長谷部
""",
    "html": f"""<html><body><p>内藤様</p><p>お世話になっております。長谷部です。<br>
一次面接にご参加いただいた5名について、弊社面談時の所感と評価をまとめました。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>年齢</th><th>評価</th><th>所感</th></tr>{_trs}</table>
<p>二次面接に進める方をお知らせください。<br>長谷部</p></body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five candidates' ages, grades and assessments (text + HTML): a list of people's records without contacts",
})

_p = _people(97, 1)[0]
MESSAGES.append({
    "id": "staffing-097-outlook-quoted-health",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["三浦 様 <miura.h@sakura-hotel.jp>"],
    "subject": "RE: 宴会スタッフの体調について",
    "body": f"""三浦様

ご連絡ありがとうございます。承知いたしました。
本人と面談のうえ、来週のシフトは調整させていただきます。
結果は改めてお電話でご報告します。

水野

差出人: 三浦 <miura.h@sakura-hotel.jp>
送信日時: 2026年12月7日 10:14
宛先: 水野 理沙 <r-mizuno@hinode-sangyo.co.jp>
件名: 宴会スタッフの体調について

水野様
派遣いただいている{_p['name']}さんですが、本人から「メニエール病でめまいが出る」と
聞きました。配膳中に転倒の危険もあるため、来週のシフトについてご相談させてください。
三浦
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the health detail is only in the client's quoted mail; the new text carries nothing",
})

_p = _people(98, 1)[0]
MESSAGES.append({
    "id": "staffing-098-stalking-victim",
    "charset": "iso-2022-jp",
    "sender": "水野 理沙 <r-mizuno@hinode-sangyo.co.jp>",
    "to": ["みなと物流 東扇島センター 所長 <higashiogi@minato-logi.jp>"],
    "subject": "スタッフの勤務シフト変更のお願い（至急）",
    "body": f"""所長様

お世話になっております。水野です。
至急のお願いで恐縮です。

東扇島センターで就業中の{_p['name']}さんが、元交際相手からストーカー被害を受けており、
先週、川崎臨港警察署に被害届を提出し、相手方に警告が出されたとのことです。
帰宅時間帯に待ち伏せされたことがあるため、しばらくの間、
日勤（9:00～17:00）のみのシフトに変更していただけますでしょうか。
また、不審な人物が本人を訪ねてきた場合は取り次がないようお願いいたします。

水野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named worker having been a crime victim (stalking, police report) sent to a client",
})

MESSAGES.append({
    "id": "staffing-099-shagaihi-mention",
    "charset": "iso-2022-jp",
    "sender": "佐伯 恭平 <saeki.kyohei@hinode-sangyo.co.jp>",
    "to": ["高田 真紀子 <m-takada@kawasaki-denki.co.jp>"],
    "subject": "Re: 派遣スタッフの評価制度について",
    "body": f"""高田様

お世話になっております。佐伯です。
派遣スタッフの評価制度についてのお問い合わせ、ありがとうございます。

弊社の評価規程そのものは社外秘の扱いとなっておりお渡しできないのですが、
概要としては以下のとおりです。

・評価は半期ごと、派遣先様からの評価シート（5段階）と弊社面談の結果で決定
・評価に応じて時給を10～50円昇給
・3期連続でA評価の方は、リーダー職への登用候補

評価シートの様式は以前お送りしたものから変更ありません。

{_sig('tokyo', '佐伯 恭平', 'saeki.kyohei@hinode-sangyo.co.jp')}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "says the internal rules are 社外秘 and not sent: a mention, not a marking",
})

_p = _people(100, 1, born=(1990, 1997))[0]
MESSAGES.append({
    "id": "staffing-100-pregnancy-shift",
    "charset": "iso-2022-jp",
    "sender": "大槻 由香 <y-otsuki@hinode-sangyo.co.jp>",
    "to": ["今井 様 <imai@kitaguni-foods.co.jp>"],
    "subject": "就業中スタッフの業務内容変更のご相談",
    "body": f"""今井様

お世話になっております。大槻です。
パン工程で就業中の{_p['name']}さんから妊娠の報告がありました（現在12週、予定日は6月下旬）。
母性健康管理の観点から、重量物の運搬と立ち仕事の連続を避けられるよう、
検品工程への変更をご検討いただけますでしょうか。
産前休業は5月中旬からを予定しており、代替要員は4月中に手配いたします。

大槻
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named worker's pregnancy told to the client: health-related but not a listed 要配慮 category, and needed for her protection",
})
