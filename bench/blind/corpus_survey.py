"""Blind corpus: 日の出産業's customer surveys, employee engagement surveys and research
panels run with outside research firms.

Every person, number and address below is invented.  Written from BRIEF.md alone.
"""

from __future__ import annotations

import datetime as _dt
import random as _random

from build import card_number, my_number

# -- invented people ------------------------------------------------------------------

_SEI = [
    ("東海林", "しょうじ", "Shoji"), ("四月一日", "わたぬき", "Watanuki"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("小鳥遊", "たかなし", "Takanashi"),
    ("御手洗", "みたらい", "Mitarai"), ("九十九", "つくも", "Tsukumo"),
    ("五百旗頭", "いおきべ", "Iokibe"), ("百目鬼", "どうめき", "Domeki"),
    ("栗花落", "つゆり", "Tsuyuri"), ("纐纈", "こうけつ", "Koketsu"),
    ("我妻", "わがつま", "Wagatsuma"), ("宍戸", "ししど", "Shishido"),
    ("猪狩", "いがり", "Igari"), ("帷子", "かたびら", "Katabira"),
    ("漆原", "うるしばら", "Urushibara"), ("十河", "そごう", "Sogo"),
    ("日下部", "くさかべ", "Kusakabe"), ("左近充", "さこんじょう", "Sakonjo"),
    ("鬼頭", "きとう", "Kito"), ("仁科", "にしな", "Nishina"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("鶴来", "つるぎ", "Tsurugi"),
    ("汐見", "しおみ", "Shiomi"), ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"),
    ("高橋", "たかはし", "Takahashi"), ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"),
    ("渡辺", "わたなべ", "Watanabe"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("森", "もり", "Mori"), ("阿部", "あべ", "Abe"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
    ("小川", "おがわ", "Ogawa"), ("岡田", "おかだ", "Okada"), ("長谷川", "はせがわ", "Hasegawa"),
    ("藤原", "ふじわら", "Fujiwara"), ("村上", "むらかみ", "Murakami"),
    ("近藤", "こんどう", "Kondo"), ("坂口", "さかぐち", "Sakaguchi"), ("能登", "のと", "Noto"),
    ("真栄城", "まえしろ", "Maeshiro"), ("比嘉", "ひが", "Higa"), ("越智", "おち", "Ochi"),
    ("釘宮", "くぎみや", "Kugimiya"), ("雲母", "きらら", "Kirara"), ("月見里", "やまなし", "Yamanashi"),
    ("廿日出", "はつかで", "Hatsukade"), ("春夏冬", "あきなし", "Akinashi"),
]
_MEI = [
    ("翔太", "しょうた", "Shota", "男"), ("健一", "けんいち", "Kenichi", "男"),
    ("大輔", "だいすけ", "Daisuke", "男"), ("拓海", "たくみ", "Takumi", "男"),
    ("誠", "まこと", "Makoto", "男"), ("浩二", "こうじ", "Koji", "男"),
    ("隆之", "たかゆき", "Takayuki", "男"), ("悠真", "ゆうま", "Yuma", "男"),
    ("俊介", "しゅんすけ", "Shunsuke", "男"), ("正樹", "まさき", "Masaki", "男"),
    ("幸雄", "ゆきお", "Yukio", "男"), ("慎吾", "しんご", "Shingo", "男"),
    ("航", "わたる", "Wataru", "男"), ("直人", "なおと", "Naoto", "男"),
    ("康弘", "やすひろ", "Yasuhiro", "男"), ("蒼", "あおい", "Aoi", "男"),
    ("美咲", "みさき", "Misaki", "女"), ("陽子", "ようこ", "Yoko", "女"),
    ("由美子", "ゆみこ", "Yumiko", "女"), ("彩花", "あやか", "Ayaka", "女"),
    ("千尋", "ちひろ", "Chihiro", "女"), ("恵", "めぐみ", "Megumi", "女"),
    ("真由美", "まゆみ", "Mayumi", "女"), ("沙織", "さおり", "Saori", "女"),
    ("奈々", "なな", "Nana", "女"), ("和子", "かずこ", "Kazuko", "女"),
    ("結衣", "ゆい", "Yui", "女"), ("里美", "さとみ", "Satomi", "女"),
    ("香織", "かおり", "Kaori", "女"), ("智子", "ともこ", "Tomoko", "女"),
    ("芽依", "めい", "Mei", "女"), ("紗希", "さき", "Saki", "女"),
]
_TOWNS = [
    ("東京都", "世田谷区", "桜新町", "154"), ("東京都", "練馬区", "石神井町", "177"),
    ("東京都", "江戸川区", "西葛西", "134"), ("東京都", "八王子市", "長房町", "193"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223"), ("神奈川県", "相模原市南区", "相模大野", "252"),
    ("神奈川県", "藤沢市", "鵠沼桜が岡", "251"), ("埼玉県", "川越市", "新富町", "350"),
    ("埼玉県", "さいたま市浦和区", "岸町", "330"), ("千葉県", "船橋市", "本町", "273"),
    ("千葉県", "柏市", "豊四季", "277"), ("大阪府", "堺市北区", "百舌鳥梅町", "591"),
    ("大阪府", "豊中市", "庄内東町", "561"), ("兵庫県", "西宮市", "甲子園口", "663"),
    ("京都府", "京都市左京区", "下鴨北園町", "606"), ("愛知県", "名古屋市千種区", "覚王山通", "464"),
    ("愛知県", "豊橋市", "花田町", "440"), ("福岡県", "福岡市早良区", "西新", "814"),
    ("北海道", "札幌市白石区", "本郷通", "003"), ("宮城県", "仙台市青葉区", "上杉", "980"),
    ("広島県", "広島市安佐南区", "祇園", "731"), ("静岡県", "浜松市中央区", "佐鳴台", "432"),
    ("新潟県", "長岡市", "台町", "940"), ("沖縄県", "那覇市", "首里石嶺町", "903"),
    ("岡山県", "倉敷市", "玉島", "713"), ("長野県", "松本市", "蟻ケ崎", "390"),
    ("熊本県", "熊本市中央区", "水前寺", "862"), ("石川県", "金沢市", "泉野町", "921"),
]
_BLDG = ["", "", "", "", "コーポ若葉 102", "メゾン・ド・ソレイユ 305", "グリーンハイツ 2-B",
         "サンライズ館 401", "ハイツ桜 201", "パークサイド東 1103", "第二三浦荘 3号"]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def people(seed: str, n: int) -> list[dict]:
    """n invented people, reproducible from the seed."""
    rng = _random.Random(f"survey-{seed}")
    out = []
    used = set()
    while len(out) < n:
        s = rng.choice(_SEI)
        g = rng.choice(_MEI)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        t = rng.choice(_TOWNS)
        y = rng.randrange(1950, 2004)
        dob = _dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
        pre = rng.choice(["090", "080", "070", "090", "080"])
        tel = f"{pre}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
        mail = (f"{g[2].lower()}{rng.choice(['.', '_', ''])}{s[2].lower()}"
                f"{rng.choice(['', str(y % 100), str(rng.randrange(1, 999))])}@{rng.choice(_FREE)}")
        banchi = f"{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name0": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "kata": _kata(f"{s[1]} {g[1]}"),
            "romaji": f"{g[2]} {s[2]}", "sex": g[3], "dob": dob, "age": 2026 - y - 1,
            "zip": f"{t[3]}-{rng.randrange(0, 10000):04d}", "pref": t[0], "city": t[1],
            "town": t[2], "banchi": banchi, "bldg": rng.choice(_BLDG),
            "addr": f"{t[0]}{t[1]}{t[2]}{banchi}",
            "tel": tel, "mail": mail,
        })
    return out


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s: str) -> str:
    """full-width digits and separators"""
    return str(s).translate(_FW)


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "long":
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace(short, chr(ord(short) + 0xFEE0))
    if style == "fwlong":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    raise ValueError(style)


def corp_number(base12: str) -> str:
    """a 13-digit 法人番号 with a valid leading check digit"""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + base12


def en_date(d: _dt.date) -> str:
    return d.strftime("%-d %b %Y")


# -- the senders ------------------------------------------------------------------------

_ADDR_HQ = "〒103-0027 東京都中央区日本橋2-9-14 日の出ビル7F"


def sig(who: str) -> str:
    s = {
        "yamagishi": "――――――――――――――――――――――\n日の出産業株式会社 マーケティング本部 CX推進課\n"
                     "山岸 玲奈（Reina Yamagishi）\n" + _ADDR_HQ + "\nTEL 03-5201-7730（直通）"
                     " / FAX 03-5201-7731\nyamagishi.r@hinode-sangyo.co.jp\n――――――――――――――――――――――",
        "usami": "--\n日の出産業株式会社\n人事部 組織開発グループ\n宇佐美 航平\n"
                 "内線 4412 / 外線 03-5201-7744\nusami.k@hinode-sangyo.co.jp",
        "tsuge": "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n日の出産業株式会社　経営企画部　調査室\n"
                 "室長代理　柘植　真理子\n〒１０３－００２７　東京都中央区日本橋２－９－１４\n"
                 "ＴＥＬ：０３－５２０１－７７０２\nMail: tsuge.m@hinode-sangyo.co.jp\n"
                 "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝",
        "sugiura": "━━━━━━━━━━━━━━━━━━\n日の出産業(株) 商品企画部 食品グループ\n杉浦 大地 / Daichi Sugiura\n"
                   "Tel: 03-5201-7761  Mobile: 080-4471-2093\nsugiura.d@hinode-sangyo.co.jp\n"
                   "━━━━━━━━━━━━━━━━━━",
        "sagara": "***************************************\n日の出産業株式会社 お客様相談室\n相良 詩織\n"
                  "フリーダイヤル 0120-61-7001（受付 9:00〜17:30）\nsagara.s@hinode-sangyo.co.jp\n"
                  "***************************************",
        "hojo": "-------------------------------------\n日の出産業株式会社 販売促進部\n北条 亮（ほうじょう りょう）\n"
                + _ADDR_HQ + "\nTEL:03-5201-7785\nE-mail:hojo.r@hinode-sangyo.co.jp\n"
                "-------------------------------------",
        "iwasa": "日の出産業株式会社 経理部 支払グループ\n岩佐 由紀\nTEL 03-5201-7720\niwasa.y@hinode-sangyo.co.jp",
        "morishita": "Best regards,\n\nKenta Morishita\nGlobal Marketing, Hinode Sangyo Co., Ltd.\n"
                     "2-9-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\nTel: +81-3-5201-7790\n"
                     "morishita.k@hinode-sangyo.co.jp",
        "kuwabara": "――\n日の出産業株式会社 人事部 健康経営推進室\n桑原 史子（保健師）\n内線 4430\n"
                    "kuwabara.f@hinode-sangyo.co.jp",
    }
    return s[who]


SENDER = {
    "yamagishi": "山岸 玲奈 <yamagishi.r@hinode-sangyo.co.jp>",
    "usami": "宇佐美 航平 <usami.k@hinode-sangyo.co.jp>",
    "tsuge": "柘植 真理子 <tsuge.m@hinode-sangyo.co.jp>",
    "sugiura": "杉浦 大地 <sugiura.d@hinode-sangyo.co.jp>",
    "sagara": "相良 詩織 <sagara.s@hinode-sangyo.co.jp>",
    "hojo": "北条 亮 <hojo.r@hinode-sangyo.co.jp>",
    "iwasa": "岩佐 由紀 <iwasa.y@hinode-sangyo.co.jp>",
    "morishita": "Kenta Morishita <morishita.k@hinode-sangyo.co.jp>",
    "kuwabara": "桑原 史子 <kuwabara.f@hinode-sangyo.co.jp>",
}

DISCLAIMER_JA = ("\n\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("\n\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete it.")

# external organisations (invented)
INSIGHT = "株式会社インサイトブリッジ 調査設計部 小野寺様 <onodera@insightbridge.co.jp>"
VOICE = "ボイスリサーチ 集計チーム <data-team@voice-research.jp>"
TOWA = "東和マーケティングリサーチ 三好様 <miyoshi@towa-mr.co.jp>"
PANELW = "株式会社パネルワークス パネル事務局 <panel-office@panelworks.jp>"
ENGAGE = "エンゲージラボ 藤堂様 <todo.h@engagelab.co.jp>"
FIELD = "株式会社フィールドアイ リクルート担当 <recruit@field-eye.co.jp>"
LOGI = "株式会社ロジポスト 発送センター <hassou@logipost.co.jp>"
NORTH = "Emma Whitfield <e.whitfield@northbridge-insights.com>"
TOTO = "東都大学 消費者行動研究室 久我先生 <kuga@econ.toto-u.ac.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# MUST STOP
# ======================================================================================

# 1 -- prize winners, tab-separated in the body, to the shipping agent
_p = people("winners-tsv", 12)
add(
    id="survey-prize-winners-tab-body",
    sender=SENDER["hojo"], to=[LOGI],
    subject="【発送依頼】春の愛用者アンケート 当選者分（QUOカード3,000円）",
    charset="iso-2022-jp",
    body="株式会社ロジポスト\n発送センター ご担当者様\n\nいつもお世話になっております。日の出産業の北条です。\n"
         "先日ご相談した愛用者アンケートの謝礼発送の件、当選者が確定しましたので\n"
         "以下の12件の発送をお願いいたします。Excelに貼り付けられるようタブ区切りにしています。\n\n"
         "No\t郵便番号\t住所\t\t氏名\t電話\n"
         + "\n".join(f"{i+1}\t{p['zip']}\t{p['addr']}\t{p['bldg']}\t{p['name']}\t{p['tel']}"
                     for i, p in enumerate(_p))
         + "\n\n発送予定日：4月18日（金）\n送り状の品名は「アンケート謝礼」でお願いします。\n\n" + sig("hojo"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 prize winners with name, address, phone to an outside shipping agent",
)

# 2 -- winners workbook with a title row, two sheets, to partner logistics
_p = people("winners-xlsx", 34)
add(
    id="survey-winners-xlsx-two-sheets",
    sender=SENDER["hojo"], to=["青葉運輸 営業所 真壁様 <makabe@aoba-unyu.co.jp>"],
    cc=["北条 亮 <hojo.r@hinode-sangyo.co.jp>"],
    subject="夏のご愛顧キャンペーン 賞品発送リストの送付",
    charset="cp932",
    body="青葉運輸株式会社\n真壁様\n\nお世話になっております。販売促進部の北条でございます。\n"
         "ご愛顧キャンペーン（アンケート回答者抽選）の賞品発送リストを添付いたします。\n"
         "「当選者」シートが本発送、「補欠」シートは不達時の繰上げ分です。\n"
         "冷蔵便指定のため、配達希望日時の列もご確認ください。\n\n何卒よろしくお願いいたします。\n\n" + sig("hojo"),
    attachments=[{
        "kind": "xlsx", "name": "賞品発送リスト_0712.xlsx",
        "sheets": {
            "当選者": [["2026年 夏のご愛顧キャンペーン 当選者一覧（北国フーズ詰合せ）"], [],
                      ["当選No", "お名前", "フリガナ", "〒", "ご住所", "建物名", "電話番号", "配達希望"]]
                     + [[f"A-{i+1:03d}", p["name"], p["kata"], p["zip"], p["addr"], p["bldg"], p["tel"],
                         _random.Random(i).choice(["指定なし", "午前中", "14-16時", "18-20時"])]
                        for i, p in enumerate(_p[:28])],
            "補欠": [["補欠当選者（繰上げ用）"], ["順位", "お名前", "〒", "ご住所", "電話番号"]]
                   + [[i + 1, p["name"], p["zip"], p["addr"] + p["bldg"], p["tel"]] for i, p in enumerate(_p[28:])],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="34 winners (name, kana, address, phone) in an XLSX with a title row, to a partner carrier",
)

# 3 -- interview recruits, one record per block
_p = people("recruit-blocks", 6)
_jobs = ["会社員（食品メーカー以外）", "パート（スーパー勤務）", "専業主婦", "自営業（飲食）", "大学院生", "公務員"]
add(
    id="survey-interview-recruits-blocks",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="Re: デプスインタビュー 対象者候補のご提示について",
    charset="utf-8",
    body="フィールドアイ\nリクルート担当 各位\n\n日の出産業 杉浦です。候補者リストありがとうございました。\n"
         "弊社側で事前に確認したいので、当社の愛用者登録者から推薦する6名を下記に挙げます。\n"
         "スクリーニング電話をかけていただき、条件に合えば本リクルートに回してください。\n\n"
         + "\n".join(
             f"■候補{i+1}\n  {p['name']}（{p['kana']}）　{p['sex']}性 {p['age']}歳\n"
             f"  {_jobs[i]}／{p['pref']}{p['city']}在住\n  携帯 {p['tel']}\n  メール {p['mail']}\n"
             f"  購入頻度：月{2 + i % 3}回以上\n"
             for i, p in enumerate(_p))
         + "\n謝礼は1名あたり10,000円、インタビュー時間は90分を想定しています。\n\n" + sig("sugiura"),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 recruit candidates, one block each (name, age, area, mobile, e-mail) to a fieldwork firm",
)

# 4 -- raw response CSV (CP932) with attributes and DOB
_p = people("raw-csv", 40)
_rr = _random.Random("raw-csv-sc")
add(
    id="survey-raw-response-csv-cp932",
    sender=SENDER["yamagishi"], to=[INSIGHT],
    subject="顧客満足度調査（郵送回収分）ローデータ送付",
    charset="iso-2022-jp",
    body="株式会社インサイトブリッジ\n小野寺様\n\nいつも大変お世話になっております。\n"
         "郵送で回収した調査票をこちらで入力しましたので、ローデータをお送りします。\n"
         "Web回収分とのマージ・ウエイト集計をお願いできますでしょうか。\n"
         "なお、文字コードはShift_JISです。\n\n" + sig("yamagishi"),
    attachments=[{
        "kind": "csv", "name": "CS2026_mail_raw.csv", "encoding": "cp932",
        "rows": [["回答者ID", "氏名", "性別", "生年月日", "郵便番号", "住所", "電話番号",
                  "Q1総合満足度", "Q2再購入意向", "Q3推奨度", "FA_ご意見"]]
                + [[f"M{2600 + i}", p["name0"], p["sex"], p["dob"].strftime("%Y/%m/%d"), p["zip"],
                    p["addr"], p["tel"], _rr.randrange(1, 6), _rr.randrange(1, 6), _rr.randrange(0, 11),
                    _rr.choice(["", "特になし", "もう少し量が多いと嬉しい", "配送が遅かった", "味は満足"])]
                   for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="raw questionnaire data for 40 respondents with name, DOB, address, phone in a CSV",
)

# 5 -- engagement survey free text mentioning health, tied to employee rows
_es = [
    ("E10234", "物流部", "30代", "女", "育児中で時短勤務。評価が下がらないか不安です。"),
    ("E10871", "営業2部", "40代", "男", "昨年うつ病で3か月休職し、復職後は残業を免除してもらっています。上司の理解には感謝しています。"),
    ("E11402", "情報システム部", "20代", "男", "特になし"),
    ("E09955", "経理部", "50代", "女", "母の介護と自分の乳がんの通院が重なり、有休が足りません。"),
    ("E12310", "品質保証部", "30代", "男", "評価基準が不透明。"),
    ("E10566", "総務部", "40代", "女", "適応障害の診断を受け、現在も月1回通院しています。在宅勤務を続けたい。"),
    ("E12044", "営業1部", "20代", "女", "研修をもっと増やしてほしい。"),
    ("E08712", "製造管理部", "50代", "男", "持病の糖尿病で夜勤がつらい。配置転換を希望。"),
]
add(
    id="survey-es-freetext-health-rows",
    sender=SENDER["usami"], to=[ENGAGE],
    subject="ES調査 自由記述の分類作業について（データ送付）",
    charset="utf-8",
    body="エンゲージラボ 藤堂様\n\nお世話になっております。日の出産業の宇佐美です。\n"
         "先日お話しした自由記述のカテゴリ分類ですが、対象データを添付いたします。\n"
         "社員番号はクロス集計用に残しています（部署・年代は人事マスタから付与済）。\n"
         "納期は月末でお願いできれば幸いです。\n\n" + sig("usami"),
    attachments=[{
        "kind": "xlsx", "name": "ES2026_自由記述_分類用.xlsx",
        "sheets": {"FA": [["社員番号", "所属", "年代", "性別", "Q25 働きやすさについて自由にご記入ください"]]
                          + [list(r) for r in _es]},
    }],
    expect="stop", entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="engagement free text with depression / cancer / diabetes tied to employee-number rows, to vendor",
)

# 6 -- one customer's allergy answer forwarded to a partner maker
add(
    id="survey-one-customer-allergy",
    sender=SENDER["sagara"], to=["北国フーズ 品質管理課 谷地様 <yachi@kitaguni-foods.co.jp>"],
    subject="アンケート回答内容のご共有（アレルギー表示について）",
    charset="iso-2022-jp",
    body="北国フーズ株式会社\n品質管理課 谷地様\n\nいつもお世話になっております。日の出産業お客様相談室の相良です。\n"
         "商品アンケートに以下のご回答があり、表示の確認をお願いしたくご連絡いたしました。\n\n"
         "回答者：十河 美咲 様（千葉県柏市豊四季5-8-21、電話 080-3318-6620）\n"
         "回答内容：「子どもの頃から小麦アレルギーと診断されており、エピペンを処方されています。"
         "『北海道じゃがバター』に小麦の表示がなかったので食べたところ、じんましんが出て"
         "救急外来を受診しました。」\n\n"
         "ご本人からは、原材料の確認結果を電話で連絡してほしいとのご要望をいただいております。\n"
         "ロット番号：KF-260311-B\n\n" + sig("sagara"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified respondent's diagnosis and ER visit (medical history) sent to an outside maker",
)

# 7 -- panel registrations, HTML-only mail
_p = people("panel-html", 8)
add(
    id="survey-panel-registrations-html",
    sender=SENDER["tsuge"], to=[PANELW],
    subject="自社モニター登録者の貴社パネル移行分（8名）",
    charset="utf-8",
    html="<html><body><p>株式会社パネルワークス<br>パネル事務局 御中</p>"
         "<p>お世話になっております。日の出産業 経営企画部の柘植です。<br>"
         "貴社パネルへの移行に同意を得た自社モニター登録者を下表のとおりお知らせします。</p>"
         "<table border='1' cellspacing='0' cellpadding='3'><tr><th>登録番号</th><th>氏名</th>"
         "<th>生年月日</th><th>性別</th><th>メールアドレス</th><th>都道府県</th><th>携帯</th></tr>"
         + "".join(f"<tr><td>HM-{4410 + i}</td><td>{p['name']}</td><td>{p['dob']:%Y年%m月%d日}</td>"
                   f"<td>{p['sex']}</td><td>{p['mail']}</td><td>{p['pref']}</td><td>{p['tel']}</td></tr>"
                   for i, p in enumerate(_p))
         + "</table><p>同意取得日はいずれも3月31日です。</p><pre>" + sig("tsuge") + "</pre></body></html>",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of 8 panel registrants with DOB, e-mail, mobile to a panel company",
)

# 8 -- My Number of an interview participant for the payment record
add(
    id="survey-honorarium-mynumber",
    sender=SENDER["iwasa"], to=["山科税理士事務所 担当 <office@yamashina-tax.jp>"],
    subject="報酬の支払調書作成用情報（インタビュー協力者）",
    charset="iso-2022-jp",
    body="山科税理士事務所 御中\n\nいつもお世話になっております。日の出産業経理部の岩佐です。\n"
         "専門家インタビュー（業界有識者ヒアリング）で謝金を5万円超お支払いした方について、\n"
         "支払調書の作成に必要な情報をお送りします。\n\n"
         "　氏名：五百旗頭 康弘\n　住所：兵庫県西宮市甲子園口3-12-8\n"
         f"　個人番号：{my_number(801)}\n　支払額：165,000円（源泉徴収税額 16,846円）\n\n"
         "ご確認のほどよろしくお願いいたします。\n\n" + sig("iwasa"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a My Number (with name and address) sent to an outside tax office",
)

# 9 -- full-width padded columns, full-width digits
_p = people("fw-cols", 7)
add(
    id="survey-winners-fullwidth-columns",
    sender=SENDER["hojo"], to=["錦印刷 宛名印字係 <atena@nishiki-insatsu.co.jp>"],
    subject="当選通知はがき 宛名データ",
    charset="iso-2022-jp",
    body="錦印刷株式会社　宛名印字係　御中\n\nお世話になっております。\n当選通知はがきの宛名を下記でお願いします（７件）。\n\n"
         "氏名　　　　　　　〒　　　　　住所　　　　　　　　　　　　　　　　　　電話\n"
         "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
         + "\n".join(f"{p['sei']}　{p['mei']}" + "　" * max(1, 8 - len(p['sei'] + p['mei']))
                     + f"{fw(p['zip'])}　{p['pref']}{p['city']}{p['town']}{fw(p['banchi'])}"
                     + "　" * 2 + fw(p['tel'])
                     for p in _p)
         + "\n\n差出人面は前回と同じ版でお願いいたします。\n\n" + sig("hojo"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 winners in full-width padded columns with full-width postcodes and phones to a printer",
)

# 10 -- three research firms visible to each other
add(
    id="survey-rfp-three-firms-to",
    sender=SENDER["tsuge"],
    to=[INSIGHT, TOWA, "株式会社クモ・リサーチ 営業部 <sales@kumo-research.co.jp>"],
    subject="【ご提案依頼】2027年度 ブランド認知度トラッキング調査",
    charset="iso-2022-jp",
    body="各位\n\nいつもお世話になっております。日の出産業 経営企画部 調査室の柘植です。\n"
         "標記の調査につきまして、下記の要領でご提案とお見積りをお願いしたくご連絡しました。\n\n"
         "・調査手法：インターネット調査（四半期ごと、年4回）\n・対象：全国20〜69歳男女、各回n=2,000\n"
         "・設問数：スクリーニング10問＋本調査30問程度\n・納品物：ローデータ、GT表、クロス集計表、報告書\n"
         "・提出期限：11月14日（金）17時\n\n"
         "ご不明点があればお気軽にお問い合わせください。\n\n" + sig("tsuge"),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="RFP to three competing research firms all in To: they see each other",
)

# 11 -- look-alike of the partner printer (letters swapped)
add(
    id="survey-lookalike-nishiki-swap",
    sender=SENDER["yamagishi"], to=["錦印刷 制作部 平賀様 <hiraga@nishiki-insastu.co.jp>"],
    subject="郵送調査票 入稿データ（最終版）",
    charset="iso-2022-jp",
    body="錦印刷株式会社\n制作部 平賀様\n\nお世話になっております。日の出産業の山岸です。\n"
         "郵送調査票の最終版データを入稿いたします。A4中綴じ12ページ、部数は8,500部です。\n"
         "返信用封筒（料金受取人払）も前回同様にお願いします。\n色校は10日（水）着でお願いできますと助かります。\n\n"
         + sig("yamagishi"),
    attachments=[{"kind": "pdf", "name": "調査票_最終版.pdf",
                  "lines": ["2026年 お客様満足度調査 ご協力のお願い", "",
                            "問1 当社製品をどのくらいの頻度でご購入されますか。",
                            "　1. 週1回以上　2. 月2〜3回　3. 月1回程度　4. それ以下",
                            "問2 最もよく購入する商品をお選びください。"]}],
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insastu.co.jp: letters swapped in the partner printer's domain",
)

# 12 -- ES report deck stamped 社外秘 to a consultancy
add(
    id="survey-es-report-pptx-stamp",
    sender=SENDER["usami"], to=["ヒューマンリンク・コンサルティング 石動様 <isurugi@humanlink-c.co.jp>"],
    subject="組織診断ワークショップ用資料",
    charset="utf-8",
    body="石動様\n\nお世話になっております。宇佐美です。\n来週のワークショップで使う、今年度のES調査の報告資料をお送りします。\n"
         "部門別スコアの解釈について、当日コメントをいただけますと幸いです。\n\n" + sig("usami"),
    attachments=[{"kind": "pptx", "name": "ES調査2026_経営報告.pptx", "page_footer": "社外秘　日の出産業株式会社 人事部",
                  "slides": [["2026年度 従業員エンゲージメント調査 経営報告", "回答率 87.4%（2,315名中2,023名）"],
                             ["総合エンゲージメント", "スコア 61.2（前年比 -2.8pt）", "eNPS -18"],
                             ["部門別の傾向", "物流部・製造管理部で低下幅が大きい", "上司との関係性の設問が悪化"],
                             ["次年度の施策案", "1on1の定着", "評価制度の説明会"]]}],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="deck footer stamped 社外秘 on every slide, sent outside",
)

# 13 -- PPAP zip of raw data
add(
    id="survey-raw-data-password-zip",
    sender=SENDER["yamagishi"], to=[VOICE],
    subject="【データ送付】店頭アンケート入力データ",
    charset="iso-2022-jp",
    body="ボイスリサーチ 集計チーム御中\n\nお世話になっております。\n店頭アンケートの入力データを送付します。\n"
         "パスワードは別メールにてお送りします。\n\n" + sig("yamagishi"),
    attachments=[{"kind": "zip", "name": "tento_enquete_0520.zip", "password": "Hn2026#0520",
                  "files": [{"kind": "csv", "name": "tento_raw.csv",
                             "rows": [["ID", "氏名", "電話"]] + [[i, p["name0"], p["tel"]]
                                                              for i, p in enumerate(people("ppap", 20))]}]}],
    expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): cannot be inspected",
)

# 14 -- reception list for a group interview at the hotel, bullets, wareki DOB
_p = people("hotel-bullets", 6)
add(
    id="survey-group-interview-reception-bullets",
    sender=SENDER["sugiura"], to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="6/14 グループインタビュー 受付名簿",
    charset="iso-2022-jp",
    body="さくらホテル 宴会予約ご担当者様\n\n日の出産業の杉浦です。いつもお世話になっております。\n"
         "6月14日（日）「桔梗の間」で実施するグループインタビューの参加者名簿です。\n"
         "フロントで本人確認の際にお使いください（生年月日で確認いただく運用です）。\n\n"
         + "\n".join(f"・{p['name']}様　{wareki(p['dob'], 'short')}生　{p['tel']}" for p in _p)
         + "\n\n13:30受付開始、14:00開始、16:00終了予定です。\n\n" + sig("sugiura"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 participants with wareki-short DOBs (S58.4.2) and mobiles as ・ bullets to a hotel",
)

# 15 -- ZIP (no password) of two CSVs: answers and attribute master joined by ID
_p = people("zip-two-csv", 25)
_rr = _random.Random("zip2")
add(
    id="survey-zip-answers-and-master",
    sender=SENDER["tsuge"], to=[VOICE], cc=["山岸 玲奈 <yamagishi.r@hinode-sangyo.co.jp>"],
    subject="再集計用データ一式",
    charset="utf-8",
    body="ボイスリサーチ 集計チーム\nご担当者様\n\n経営企画部の柘植です。\n再集計に必要なデータを一式ZIPでお送りします。\n"
         "answers.csv と respondents.csv は「RID」で結合してください。\n\n" + sig("tsuge"),
    attachments=[{"kind": "zip", "name": "recalc_20260602.zip", "files": [
        {"kind": "csv", "name": "answers.csv", "encoding": "utf-8",
         "rows": [["RID", "Q1", "Q2", "Q3", "Q4"]] + [[f"R{i:04d}", _rr.randrange(1, 6), _rr.randrange(1, 6),
                                                     _rr.randrange(1, 6), _rr.randrange(1, 6)] for i in range(25)]},
        {"kind": "csv", "name": "respondents.csv", "encoding": "utf-8",
         "rows": [["RID", "name", "kana", "birth", "zip", "address", "mail"]]
                 + [[f"R{i:04d}", p["name0"], p["kata"], p["dob"].isoformat(), p["zip"], p["addr"], p["mail"]]
                    for i, p in enumerate(_p)]},
    ]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP holding a respondent master CSV (25 people: name, DOB, address, e-mail)",
)

# 16 -- DOCX table of interview subjects
_p = people("docx-recruit", 8)
add(
    id="survey-docx-interview-schedule-table",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="訪問インタビュー 対象者確定表",
    charset="iso-2022-jp",
    body="フィールドアイ ご担当者様\n\n日の出産業の杉浦です。\n在宅訪問インタビューの対象者が確定しましたので、確定表（Word）を添付します。\n"
         "訪問時の道順確認のため住所も記載しています。\n\n" + sig("sugiura"),
    attachments=[{"kind": "docx", "name": "訪問インタビュー対象者確定表.docx",
                  "paragraphs": ["訪問インタビュー 対象者確定表", "実施期間：7月6日〜7月10日", ""],
                  "tables": [[["日時", "対象者", "年齢", "住所", "連絡先", "家族構成"]]
                             + [[f"7/{6 + i // 2} {'10:00' if i % 2 == 0 else '14:00'}", p["name"], f"{p['age']}",
                                 p["addr"] + " " + p["bldg"], p["tel"],
                                 _random.Random(i).choice(["夫婦＋子2人", "単身", "夫婦のみ", "三世代同居"])]
                                for i, p in enumerate(_p)]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 8 home-visit interviewees with address and phone",
)

# 17 -- PDF table of winners (2nd prize) to the shipping agent
_p = people("pdf-winners", 15)
add(
    id="survey-winners-pdf-table",
    sender=SENDER["hojo"], to=[LOGI],
    subject="2等賞品（オリジナル保冷バッグ）発送先一覧の件",
    charset="utf-8",
    body="ロジポスト 発送センター様\n\nお世話になっております。\n2等の発送先一覧をPDFでお送りします。1等分は別途お送り済みです。\n"
         "伝票番号が確定しましたらご返信ください。\n\n北条",
    attachments=[{"kind": "pdf", "name": "2等_発送先一覧.pdf", "title": "2等 発送先一覧",
                  "lines": ["日の出産業株式会社 販売促進部", "ご愛顧アンケート 2等賞品 発送先一覧（15件）", ""],
                  "table": [["No", "氏名", "郵便番号", "住所", "TEL"]]
                           + [[str(i + 1), p["name"], p["zip"], p["city"] + p["town"] + p["banchi"], p["tel"]]
                              for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 15 winners (addresses without the prefecture) to a shipping agent",
)

# 18 -- forward of a customer's mail disclosing a disability, to the survey-system vendor
add(
    id="survey-fw-customer-disability",
    sender=SENDER["sagara"], to=["ツバサシステム サポート 沢渡様 <sawatari@tsubasa-system.jp>"],
    subject="FW: Webアンケートが回答できません",
    charset="iso-2022-jp",
    body="ツバサシステム 沢渡様\n\nいつもお世話になっております。相良です。\n"
         "Webアンケートの画面についてお客様から下記のご意見がありました。読み上げソフト対応の改修をご検討ください。\n\n"
         "-----Original Message-----\nFrom: 百目鬼 直人 <naoto.domeki@outlook.jp>\nSent: Tuesday, May 12, 2026 9:41 PM\n"
         "To: info@hinode-sangyo.co.jp\nSubject: Webアンケートが回答できません\n\n"
         "日の出産業 ご担当者様\n\n先日届いたアンケートのURLから回答しようとしましたが、回答できませんでした。\n"
         "私は網膜色素変性症で視覚障害があり（身体障害者手帳1級）、スクリーンリーダーを使っています。\n"
         "選択肢の画像にテキストがなく、何を選んでいるのかわかりません。\n"
         "電話で回答することもできますので、090-5527-1846 までご連絡ください。\n\n百目鬼 直人\n",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded (new to recipient) customer mail: named person's visual disability grade and phone",
)

# 19 -- tasting panel list with religious dietary needs
_p = people("halal", 6)
_rel = ["イスラム教（ハラール食のみ）", "なし", "ヒンドゥー教（牛肉不可）", "イスラム教（ハラール食のみ）",
        "なし（ベジタリアン）", "ユダヤ教（コーシャ希望）"]
add(
    id="survey-tasting-panel-religion",
    sender=SENDER["sugiura"], to=["北国フーズ 開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    cc=["杉浦 大地 <sugiura.d@hinode-sangyo.co.jp>"],
    subject="試食調査（インバウンド向け）参加者の食事制限について",
    charset="utf-8",
    body="北国フーズ株式会社 開発部 御中\n\n日の出産業の杉浦です。\n来週の試食調査に参加いただく在日外国人モニターの食事制限を共有します。\n"
         "試作品の原材料との突き合わせをお願いします。\n\n"
         "参加者\t国籍\t宗教・信条による制限\t連絡先\n"
         + "\n".join(f"{p['romaji']}\t{nat}\t{r}\t{p['tel']}"
                     for p, nat, r in zip(_p, ["インドネシア", "ベトナム", "インド", "マレーシア", "台湾", "米国"], _rel))
         + "\n\n" + sig("sugiura"),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 named participants with religion and phone (religion is 要配慮)",
)

# 20 -- English mail with a UTF-8 CSV of respondents to a foreign partner
_p = people("en-csv", 12)
add(
    id="survey-en-respondents-csv",
    sender=SENDER["morishita"], to=[NORTH],
    subject="Japan leg - respondent file for the re-contact study",
    charset="utf-8",
    body="Hi Emma,\n\nAs discussed on Tuesday's call, please find attached the respondent file for the Japan leg of "
         "the re-contact study. These are the people who ticked 'OK to be contacted again' in wave 1.\n"
         "Dates of birth are in the file so your team can check the age quotas.\n\n" + sig("morishita"),
    attachments=[{"kind": "csv", "name": "JP_recontact_wave2.csv", "encoding": "utf-8",
                  "rows": [["resp_id", "full_name", "date_of_birth", "gender", "email", "mobile", "prefecture"]]
                          + [[f"JP-{7000 + i}", p["romaji"], en_date(p["dob"]), "F" if p["sex"] == "女" else "M",
                              p["mail"], "+81 " + p["tel"][1:], p["pref"]] for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail, CSV of 12 respondents with romaji names, English DOBs, e-mails, mobiles",
)

# 21 -- card number a customer typed into a free-text field
_cc = card_number(2101)
add(
    id="survey-freetext-card-number",
    sender=SENDER["sagara"], to=["ツバサシステム サポート 沢渡様 <sawatari@tsubasa-system.jp>"],
    subject="自由記述欄へのカード番号入力について（マスキングのご相談）",
    charset="iso-2022-jp",
    body="沢渡様\n\nお世話になっております。相良です。\n"
         "Webアンケートの自由記述欄に、お客様がクレジットカード番号を書き込んでしまった回答がありました。\n"
         "該当回答を以下に貼ります。管理画面とバックアップからの削除、および今後の入力チェックをご検討いただけますか。\n\n"
         f"回答ID：W-2026-118834\n回答者：小鳥遊 千尋 様\n自由記述：「定期便の支払いカードを変えたいです。新しいカードは "
         f"{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]} 有効期限 09/29 です。」\n\n" + sig("sagara"),
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full credit card number pasted from a free-text answer",
)

# 22 -- look-alike of the own domain (other TLD)
add(
    id="survey-lookalike-own-tld",
    sender=SENDER["yamagishi"], to=["西尾 健吾 <nishio.k@hinode-sangyo.jp>"],
    subject="CS調査 速報値の共有",
    charset="iso-2022-jp",
    body="西尾さん\n\nお疲れさまです。山岸です。\nCS調査の速報値です。明日の部会で使ってください。\n\n"
         "　総合満足度（5段階のTop2）　68.4％（前年 70.1％）\n　再購入意向（Top2）　　　　　74.0％（前年 73.2％）\n"
         "　NPS　　　　　　　　　　　　 +4（前年 +7）\n\nn=1,204。確報は来週金曜です。\n\n" + sig("yamagishi"),
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp instead of hinode-sangyo.co.jp: a colleague's address mistyped to an outside TLD",
)

# 23 -- look-alike of a partner (letter added)
add(
    id="survey-lookalike-tsubasa-extra-letter",
    sender=SENDER["yamagishi"], to=["ツバサシステム 小暮様 <kogure@tsubasa-systems.jp>"],
    subject="Webアンケート画面 設問ロジックの修正依頼",
    charset="utf-8",
    body="ツバサシステム株式会社\n小暮様\n\nいつもお世話になっております。日の出産業の山岸です。\n"
         "テスト画面を確認しましたところ、下記の分岐が仕様と異なっておりました。\n\n"
         "1. Q5で「購入したことがない」を選んだ場合、Q6〜Q9をスキップしQ10へ\n"
         "2. Q12のマトリクスは行のランダマイズをON\n3. 完了画面の文言を「ご協力ありがとうございました。」に変更\n\n"
         "修正後のテストURLをお送りいただけますと幸いです。\n\n" + sig("yamagishi"),
    expect="stop", entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systems.jp: a letter added to the partner tsubasa-system.jp",
)

# 24 -- look-alike carrier domain, with only 3 winners
_p = people("aoba-look", 3)
add(
    id="survey-lookalike-aoba-three-winners",
    sender=SENDER["hojo"], to=["青葉運輸 真壁様 <makabe@aoba-unyuu.co.jp>"],
    subject="追加発送3件のお願い",
    charset="iso-2022-jp",
    body="真壁様\n\nお世話になっております。北条です。\n繰上げ当選の3件、追加で発送をお願いします。\n\n"
         + "\n".join(f"{p['name']}様　〒{p['zip']} {p['addr']} {p['bldg']}　TEL {p['tel']}" for p in _p)
         + "\n\nよろしくお願いいたします。\n\n" + sig("hojo"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyuu.co.jp (letter added to the partner carrier); three winners' addresses go with it",
)

# 25 -- marking in subject and heading of aggregated results
add(
    id="survey-marking-subject-prelim",
    sender=SENDER["tsuge"], to=["川崎電機 商品企画部 長船様 <osafune@kawasaki-denki.co.jp>"],
    subject="【社外秘】共同調査 速報（家電使用実態）",
    charset="iso-2022-jp",
    body="川崎電機株式会社\n長船様\n\nお世話になっております。柘植です。\n共同調査の速報を以下のとおりお送りします。\n\n"
         "━━━━━━━━━━━━━━━━━━\n社外秘／取扱注意　共同調査 速報（n=3,000）\n━━━━━━━━━━━━━━━━━━\n"
         "・電気圧力鍋の保有率　18.2％（前回 12.5％）\n・購入検討層　24.6％\n・購入障壁の1位「置き場所がない」41.0％\n\n"
         "詳細版は月末の報告会でお渡しします。\n\n" + sig("tsuge"),
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="mail classified 社外秘／取扱注意 in subject and heading, to a partner",
)

# 26 -- workbook whose page header says Confidential
add(
    id="survey-crosstab-xlsx-confidential-header",
    sender=SENDER["morishita"], to=[NORTH],
    subject="Cross-tabs for the APAC snack study (Japan)",
    charset="utf-8",
    body="Hi Emma,\n\nAttached are the Japan cross-tabs by age and gender. Let me know if you need other banners.\n\n"
         + sig("morishita"),
    attachments=[{"kind": "xlsx", "name": "JP_crosstabs_v2.xlsx", "page_header": "CONFIDENTIAL - Hinode Sangyo",
                  "title": "Confidential - JP cross tabs",
                  "sheets": {"Q3": [["CONFIDENTIAL"], ["Q3. Purchase frequency", "Total", "M20-39", "M40-69", "F20-39", "F40-69"],
                                    ["n", 1000, 240, 260, 245, 255], ["Weekly+", "22.1%", "25.0%", "17.3%", "28.2%", "18.4%"],
                                    ["Monthly", "41.7%", "38.8%", "40.0%", "45.3%", "42.4%"],
                                    ["Less often", "36.2%", "36.2%", "42.7%", "26.5%", "39.2%"]]}}],
    expect="stop", entities=[],
    detectors=["confidential_marking"],
    note="spreadsheet classified CONFIDENTIAL (page header, first cell, title) sent outside",
)

# 27 -- corrupt workbook
add(
    id="survey-corrupt-xlsx",
    sender=SENDER["yamagishi"], to=[INSIGHT],
    subject="Re: 回収状況表の再送",
    charset="iso-2022-jp",
    body="小野寺様\n\n失礼しました、先ほどのファイルが開けないとのことで再送します。\n\n山岸\n\n"
         "> 山岸様\n> 添付のファイルが破損しているようで開けませんでした。お手数ですが再送いただけますか。\n> 小野寺",
    attachments=[{"kind": "corrupt", "name": "回収状況_0611.xlsx"}],
    expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="a corrupt XLSX that cannot be inspected",
)

# 28 -- password-protected PDF report
add(
    id="survey-protected-pdf-report",
    sender=SENDER["tsuge"], to=[TOTO],
    subject="共同研究 中間報告書（PDF）",
    charset="iso-2022-jp",
    body="久我先生\n\nいつも大変お世話になっております。日の出産業の柘植です。\n中間報告書をお送りします。PDFを開く際のパスワードは別途お電話でお伝えします。\n\n"
         + sig("tsuge"),
    attachments=[{"kind": "pdf", "name": "中間報告書_2026.pdf", "password": "kuga0715",
                  "lines": ["共同研究 中間報告書", "1. 調査概要", "2. 主要な結果"]}],
    expect="stop", entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF: its content cannot be inspected",
)

# 29 -- three interviewees on free mail, all in To
add(
    id="survey-interviewees-freemail-to",
    sender=SENDER["sugiura"],
    to=["春夏冬 奈々 <nana.akinashi@gmail.com>", "鶴来 健一 <k-tsurugi@yahoo.co.jp>",
        "漆原 沙織 <saori.u0612@icloud.com>"],
    subject="座談会ご参加のお礼と謝礼のお届けについて",
    charset="iso-2022-jp",
    body="皆さま\n\n先日は日の出産業の座談会にご参加いただき、誠にありがとうございました。\n"
         "いただいたご意見は新商品の開発に活かしてまいります。\n謝礼（Amazonギフトカード5,000円分）は、今週中にこのアドレス宛にお送りします。\n\n"
         + sig("sugiura"),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons in To see each other's addresses: should have been Bcc",
)

# 30 -- five panel members in Cc
_p = people("cc-five", 5)
add(
    id="survey-panel-members-cc",
    sender=SENDER["tsuge"], to=["tsuge.m@hinode-sangyo.co.jp"],
    cc=[f"{p['name']} <{p['mail']}>" for p in _p],
    subject="【日の出モニター】第3回オンライン座談会のご案内",
    charset="utf-8",
    body="日の出モニターの皆さま\n\nいつもご協力ありがとうございます。\n第3回オンライン座談会を7月25日（土）10時から開催します。\n"
         "参加URLは前日にお送りします。ご都合が悪くなった場合はご返信ください。\n\n" + sig("tsuge"),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private panel members in Cc can see each other",
)

# 31 -- arrest record disclosed by a recruit
add(
    id="survey-recruit-arrest-record",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="Re: 候補者 御手洗様の件",
    charset="iso-2022-jp",
    body="フィールドアイ ご担当者様\n\n杉浦です。ご連絡ありがとうございます。\n"
         "御手洗 悠真様（34歳、練馬区在住、携帯 070-2291-5538）については、スクリーニング時に"
         "「3年前に傷害事件で逮捕され、執行猶予中」とご本人から申告があったとのこと、承知しました。\n"
         "社内規定上、今回の訪問調査の対象からは外させていただき、代わりの方のリクルートをお願いします。\n\n"
         + sig("sugiura"),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named recruit's arrest and suspended sentence (criminal record) sent outside",
)

# 32 -- health check values per monitor to a university
_p = people("health-monitor", 10)
_rr = _random.Random("hm")
add(
    id="survey-monitor-health-values-university",
    sender=SENDER["sugiura"], to=[TOTO],
    subject="機能性表示食品 モニター調査 開始時データ",
    charset="utf-8",
    body="久我先生\n\nお世話になっております。日の出産業の杉浦です。\n"
         "モニター調査の開始時データを添付します。各モニターの健康診断結果（直近）を転記しています。\n\n" + sig("sugiura"),
    attachments=[{"kind": "xlsx", "name": "monitor_baseline.xlsx",
                  "sheets": {"baseline": [["No", "氏名", "生年月日", "性別", "HbA1c", "空腹時血糖", "収縮期血圧",
                                           "既往歴", "服薬"]]
                                         + [[i + 1, p["name"], wareki(p["dob"]), p["sex"],
                                             round(_rr.uniform(5.4, 7.2), 1), _rr.randrange(92, 150),
                                             _rr.randrange(112, 168),
                                             _rr.choice(["なし", "高血圧", "脂質異常症", "2型糖尿病", "なし"]),
                                             _rr.choice(["なし", "降圧剤", "なし", "メトホルミン"])]
                                            for i, p in enumerate(_p)]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="10 named monitors with wareki DOB, health-check values, medical history, medication",
)

# 33 -- driver's licence number in a fraud check of a panel registration
add(
    id="survey-panel-duplicate-license",
    sender=SENDER["tsuge"], to=[PANELW],
    subject="重複登録の疑いについて（本人確認書類）",
    charset="iso-2022-jp",
    body="パネル事務局 御中\n\n日の出産業の柘植です。\n謝礼の不正受給防止のため本人確認書類の提出を受けた方のうち、"
         "以下の2アカウントが同一人物と思われます。貴社側での登録状況をご確認ください。\n\n"
         "（1）登録名：栗花落 俊介　生年月日：1988年2月14日\n　　運転免許証番号：第 3034 1122 8760 号（東京都公安委員会）\n"
         "（2）登録名：つゆり しゅんすけ　生年月日：同上\n　　提出書類：同一の運転免許証画像\n\n" + sig("tsuge"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a panel member's driver's licence number with name and DOB",
)

# 34 -- residence card number of a foreign participant
add(
    id="survey-participant-residence-card",
    sender=SENDER["iwasa"], to=[FIELD],
    subject="謝礼支払いのための本人確認（外国籍の方）",
    charset="utf-8",
    body="フィールドアイ ご担当者様\n\n経理部の岩佐です。\n先日のインタビューに参加されたグエン・ティ・ラン様の謝礼支払いにつき、"
         "在留カードの情報を確認しました。貴社からの代理支払の記録に添付してください。\n\n"
         "　氏名：NGUYEN THI LAN\n　在留カード番号：UH48210375JA\n　在留期間満了日：2028年03月19日\n"
         "　住居地：埼玉県川口市芝新町8-3-11 芝ハイツ203\n\n" + sig("iwasa"),
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a residence card number with name and home address",
)

# 35 -- crime-victim free text tied to a respondent
add(
    id="survey-freetext-burglary-victim",
    sender=SENDER["yamagishi"], to=["川崎電機 スマートホーム事業部 <smarthome@kawasaki-denki.co.jp>"],
    subject="防犯カメラ共同モニター 気になる回答の共有",
    charset="iso-2022-jp",
    body="川崎電機 スマートホーム事業部 御中\n\nお世話になっております。日の出産業 CX推進課の山岸です。\n"
         "共同モニターの事前アンケートで、追加ヒアリングの候補になりそうな回答がありました。\n\n"
         "モニターNo.117　我妻 陽子様（神奈川県藤沢市鵠沼桜が岡2-6-9）\n"
         "「昨年11月に空き巣に入られ、警察に被害届を出しました。それ以来夜眠れず、心療内科に通っています。"
         "カメラがあれば安心できると思い応募しました。」\n\n"
         "ご本人はヒアリングに協力可とのことです。\n\n" + sig("yamagishi"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named respondent with address who was a burglary victim and sees a psychiatrist",
)

# 36 -- employee distribution list for the ES survey (UTF-8 CSV, 180 rows)
_p = people("es-targets", 180)
_depts = ["営業1部", "営業2部", "物流部", "製造管理部", "品質保証部", "経理部", "総務部", "人事部", "情報システム部", "商品企画部"]
add(
    id="survey-es-target-list-csv",
    sender=SENDER["usami"], to=[ENGAGE], cc=["人事部 組織開発G <soshiki@hinode-sangyo.co.jp>"],
    subject="ES調査 配信対象者リスト（東日本拠点分）",
    charset="iso-2022-jp",
    body="藤堂様\n\nお世話になっております。宇佐美です。\n回答URL配信用の対象者リストを送付します（東日本拠点の180名分、UTF-8）。\n"
         "西日本分は来週お送りします。\n\n" + sig("usami"),
    attachments=[{"kind": "csv", "name": "es2026_targets_east.csv", "encoding": "utf-8-sig",
                  "rows": [["emp_no", "氏名", "mail", "所属", "入社年月日", "雇用区分"]]
                          + [[f"{10000 + i * 7}", p["name"],
                              f"{p['romaji'].split()[1].lower()}.{p['romaji'][0].lower()}{i}@hinode-sangyo.co.jp",
                              _depts[i % 10], f"{2000 + i % 25}/04/01", "正社員" if i % 6 else "契約社員"]
                             for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="180 employees (name, work e-mail, department, hire date) sent to the survey vendor",
)

# 37 -- reply: quoted part harmless, new text adds five recruits in padded columns
_p = people("reply-new-list", 5)
add(
    id="survey-reply-new-recruits-padded",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="Re: 【ご確認】追加リクルートの条件",
    charset="utf-8",
    body="ご担当者様\n\n杉浦です。条件の件、承知しました。\n自社ルートで見つけた方を追加で5名お伝えしますので、スクリーニングをお願いします。\n\n"
         "Name                 Age  Sex  Mobile          Area\n"
         "-------------------  ---  ---  --------------  ----------------\n"
         + "\n".join(f"{p['romaji']:<20} {p['age']:>3}  {'F' if p['sex'] == '女' else 'M':<3}  {p['tel']:<14}  {p['city']}"
                     for p in _p)
         + "\n\n杉浦\n\n> 杉浦様\n> 追加リクルートの条件について、以下で進めてよろしいでしょうか。\n"
         "> ・30〜49歳の女性\n> ・週2回以上冷凍食品を購入\n> ・同業他社勤務者を除く\n> フィールドアイ 菅沼",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="new text of a reply lists 5 people (romaji name, age, mobile, area) in ASCII columns",
)

# 38 -- a forwarded mail (attached .eml) that carries the registrant list
_p = people("eml-forward", 9)
add(
    id="survey-forward-eml-registrants",
    sender=SENDER["tsuge"], to=[PANELW],
    subject="FW: 【日の出モニター】新規登録者（5月分）",
    charset="iso-2022-jp",
    body="パネル事務局 御中\n\n柘植です。社内で回付されていた5月の新規登録者のメールを転送します。\n"
         "貴社パネルとの重複チェックをお願いします。\n\n" + sig("tsuge"),
    attachments=[{"kind": "eml", "name": "新規登録者5月分.eml", "message": {
        "sender": "モニター事務局 <monitor@hinode-sangyo.co.jp>", "to": ["tsuge.m@hinode-sangyo.co.jp"],
        "subject": "【日の出モニター】新規登録者（5月分）", "charset": "iso-2022-jp",
        "body": "柘植さん\n\n5月の新規登録者です。\n\n"
                + "\n".join(f"{p['name']}／{p['kana']}／{p['dob']:%Y年%-m月%-d日}／{p['mail']}／{p['pref']}"
                            for p in _p) + "\n\nモニター事務局"}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded internal mail (as .eml) with 9 registrants' names, DOBs, e-mails: new to the recipient",
)

# 39 -- legacy XLS of winners for a regional dealer
_p = people("xls-dealer", 11)
add(
    id="survey-winners-legacy-xls-dealer",
    sender=SENDER["hojo"], to=["丸昌商事 販促課 <hansoku@marusho-shoji.co.jp>"],
    subject="店頭キャンペーン（東海地区）当選者 手渡し分",
    charset="cp932",
    body="丸昌商事株式会社 販促課御中\n\n日の出産業の北条です。\n東海地区の店頭アンケート当選者のうち、店頭での手渡しを希望された方の一覧です。\n"
         "ご来店時の本人確認にご利用ください。\n\n" + sig("hojo"),
    attachments=[{"kind": "xls", "name": "tokai_tewatashi.xls",
                  "sheets": {"手渡し": [["受取店舗", "氏名", "カナ", "電話", "生年月日"]]
                                       + [[_random.Random(i).choice(["豊橋花田店", "千種本山店", "岡崎南店"]), p["name"],
                                           p["kata"], p["tel"], p["dob"].strftime("%Y.%m.%d")]
                                          for i, p in enumerate(_p)]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy .xls with 11 winners (name, kana, phone, DOB) to a dealer",
)

# 40 -- pipe table of candidates
_p = people("pipe", 6)
add(
    id="survey-pipe-table-candidates",
    sender=SENDER["yamagishi"], to=["株式会社ユーザーテスト研究所 <ux@usertest-lab.jp>"],
    subject="ユーザビリティテスト 被験者リスト",
    charset="utf-8",
    body="ユーザーテスト研究所 御中\n\nCX推進課の山岸です。通販サイトのユーザビリティテストの被験者6名です。\n\n"
         "| # | 氏名 | 年齢 | メール | 電話 | スマホ機種 |\n|---|---|---|---|---|---|\n"
         + "\n".join(f"| {i+1} | {p['name']} | {p['age']} | {p['mail']} | {p['tel']} | "
                     f"{['iPhone 15', 'Pixel 8', 'Galaxy S23', 'iPhone SE', 'AQUOS sense8', 'iPhone 13'][i]} |"
                     for i, p in enumerate(_p))
         + "\n\n当日はテスト機ではなくご本人の端末で実施します。\n\n" + sig("yamagishi"),
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="markdown-style pipe table of 6 test participants with e-mail and phone",
)

# 41 -- English record blocks with DOBs
_p = people("en-blocks", 5)
add(
    id="survey-en-expat-blocks",
    sender=SENDER["morishita"], to=["Rahul Mehta <rahul.mehta@asiapanel-research.com>"],
    subject="Expat panel - profiles for the Tokyo focus group",
    charset="utf-8",
    body="Dear Rahul,\n\nThank you for your patience. Here are the five profiles from our own customer pool for the Tokyo "
         "focus group on 22 August.\n\n"
         + "\n".join(f"Participant {i+1}\n  Name: {n}\n  Born: {en_date(p['dob'])}\n  Nationality: {nat}\n"
                     f"  Phone: {p['tel']}\n  Lives in: {p['city']}, {p['pref']}\n"
                     for i, (p, n, nat) in enumerate(zip(_p, ["Laura Bennett", "Marco Rossi", "Chen Yuting",
                                                               "Olivia Park", "Daniel Schmidt"],
                                                         ["UK", "Italy", "Taiwan", "Korea", "Germany"])))
         + "\nAll five agreed to be recorded.\n\n" + sig("morishita"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five participant profiles in English blocks with DOB (e.g. 3 Nov 1990) and phone",
)

# 42 -- stress-check follow-up: three named employees with results, to an EAP provider
add(
    id="survey-stresscheck-followup-eap",
    sender=SENDER["kuwabara"], to=["ここからEAP 面談調整窓口 <chosei@kokokara-eap.jp>"],
    subject="高ストレス者面談の日程調整依頼（3名）",
    charset="iso-2022-jp",
    body="ここからEAP 面談調整窓口 御中\n\nお世話になっております。日の出産業 健康経営推進室の桑原です。\n"
         "ストレスチェックで高ストレスと判定され、面談を希望された3名の日程調整をお願いします。\n\n"
         "1) 宍戸 拓海（物流部）　判定：高ストレス（B領域68点）　希望：平日夜\n"
         "2) 九十九 由美子（経理部）　判定：高ストレス　既往：パニック障害で通院歴あり　希望：土曜\n"
         "3) 仁科 慎吾（営業2部）　判定：高ストレス　希望：オンライン\n\n"
         "連絡はご本人の社用携帯宛にお願いします。\n\n" + sig("kuwabara"),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employees' stress-check results and a panic-disorder history sent outside",
)

# 43 -- CATI call list without names
_rr = _random.Random("cati")
add(
    id="survey-cati-call-list-no-names",
    sender=SENDER["tsuge"], to=["テレリサーチ北海道 コールセンター <cc@teleresearch-hk.co.jp>"],
    subject="電話調査 架電リスト（道内・愛用者）",
    charset="utf-8",
    body="テレリサーチ北海道 御中\n\n日の出産業 調査室の柘植です。\n愛用者電話調査の架電リストを送ります（20件、氏名は伏せています）。\n\n"
         "ID,電話番号,性別,年代,市区町村,最終購入日\n"
         + "\n".join(f"T{300 + i},0{_rr.choice(['11', '138', '166', '90', '80'])}-{_rr.randrange(100, 1000)}-{_rr.randrange(1000, 10000)},"
                     f"{_rr.choice(['男', '女'])},{_rr.choice(['30代', '40代', '50代', '60代', '70代'])},"
                     f"{_rr.choice(['札幌市中央区', '札幌市北区', '函館市', '旭川市', '帯広市', '小樽市'])},2026/0{_rr.randrange(1, 6)}/{_rr.randrange(10, 28)}"
                     for i in range(20))
         + "\n\n架電時間は10時〜19時でお願いします。\n\n" + sig("tsuge"),
    expect="stop", entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="20 customers' phone numbers with sex/age/city: a list of people even without names",
)

# 44 -- bare e-mail distribution list
_p = people("mail-only", 60)
add(
    id="survey-invite-mail-list-bare",
    sender=SENDER["yamagishi"], to=["メール配信代行 ハイパーメール <ops@hypermail-service.jp>"],
    subject="アンケート依頼メール 配信先（追加60件）",
    charset="iso-2022-jp",
    body="ハイパーメール ご担当者様\n\n先日の配信の追加分です。1行1アドレスです。\n\n"
         + "\n".join(p["mail"] for p in _p) + "\n\n山岸",
    expect="stop", entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="60 customers' personal e-mail addresses, one per line, to a mailing vendor",
)

# 45 -- postal survey address list without prefectures, CSV
_p = people("postal-nopref", 30)
add(
    id="survey-postal-address-csv-nopref",
    sender=SENDER["yamagishi"], to=["錦印刷 平賀様 <hiraga@nishiki-insatsu.co.jp>"],
    subject="郵送調査 宛名ラベル用データ",
    charset="iso-2022-jp",
    body="平賀様\n\nお世話になっております。山岸です。\n宛名ラベル用のデータを添付します。都道府県は郵便番号から補完される仕様と伺ったので省いています。\n\n"
         + sig("yamagishi"),
    attachments=[{"kind": "csv", "name": "atena_label.csv",
                  "rows": [["郵便番号", "住所1", "住所2", "宛名"]]
                          + [[p["zip"], f"{p['city']}{p['town']}{p['banchi']}", p["bldg"], p["name"] + " 様"] for p in _p]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="30 names and addresses (city onward, no prefecture) in a CSV to the printer",
)

# 46 -- one recruit profile per slide
_p = people("pptx-profiles", 5)
add(
    id="survey-recruit-profiles-pptx",
    sender=SENDER["sugiura"], to=["北国フーズ マーケティング部 <mkt@kitaguni-foods.co.jp>"],
    subject="共同インタビュー 対象者プロフィール",
    charset="utf-8",
    body="北国フーズ マーケティング部 御中\n\n日の出産業の杉浦です。\n来週の共同インタビューの対象者プロフィールをお送りします。見学の際の参考にしてください。\n\n"
         + sig("sugiura"),
    attachments=[{"kind": "pptx", "name": "対象者プロフィール.pptx",
                  "slides": [[f"対象者{i+1}　{p['name']}さん",
                              f"{p['age']}歳・{p['sex']}性・{p['pref']}{p['city']}在住",
                              f"生年月日 {p['dob']:%Y/%m/%d}", f"連絡先 {p['tel']}",
                              "冷凍食品の購入：週2回", "家族：夫、子ども2人（小学生）"]
                             for i, p in enumerate(_p)]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX: one interviewee per slide (5) with DOB, phone and area",
)

# 47 -- two external organisations plus a winners list
_p = people("two-org-list", 6)
add(
    id="survey-two-orgs-winners-list",
    sender=SENDER["hojo"], to=[LOGI], cc=["錦印刷 宛名印字係 <atena@nishiki-insatsu.co.jp>"],
    subject="当選者への同梱物と発送先について",
    charset="iso-2022-jp",
    body="ロジポスト様、錦印刷様\n\nお世話になっております。北条です。\n"
         "同梱するお礼状は錦印刷様から直接ロジポスト様へ納品いただきます。発送先は下記6件です。\n\n"
         + "\n".join(f"{i+1}. {p['name']}様 {p['zip']} {p['addr']}{p['bldg']} {p['tel']}" for i, p in enumerate(_p))
         + "\n\n" + sig("hojo"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="six winners' addresses and phones to two outside companies",
)

# 48 -- bank accounts of interview participants
_p = people("bank", 6)
_rr = _random.Random("bank")
add(
    id="survey-honorarium-bank-accounts",
    sender=SENDER["iwasa"], to=["ビジネス経理サポート 振込代行 <furikomi@biz-keiri.co.jp>"],
    subject="謝礼振込データ（6月インタビュー分）",
    charset="iso-2022-jp",
    body="ビジネス経理サポート 御中\n\n日の出産業 経理部の岩佐です。\n6月のインタビュー謝礼の振込をお願いします。振込日は7月10日です。\n\n"
         "受取人\t銀行\t支店\t種別\t口座番号\t金額\n"
         + "\n".join(f"{p['kata'].replace(' ', '　')}\t{_rr.choice(['みどり銀行', 'ゆうちょ銀行', 'あさひ信用金庫', '東西銀行'])}\t"
                     f"{_rr.choice(['本店営業部', '柏支店', '川越支店', '〇一八支店', '西新支店'])}\t普通\t{_rr.randrange(1000000, 9999999)}\t10,000"
                     for p in _p)
         + "\n\n" + sig("iwasa"),
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="6 participants' bank accounts (katakana names) to a payment agent",
)

# 49 -- text + HTML alternative with the same winners table
_p = people("alt-html", 8)
add(
    id="survey-winners-text-and-html",
    sender=SENDER["hojo"], to=["さくらホテル 販売促進課 <promo@sakura-hotel.jp>"],
    subject="ペア宿泊券 当選者のご連絡",
    charset="utf-8",
    body="さくらホテル 販売促進課 御中\n\nペア宿泊券の当選者8名をご連絡します。予約受付時の照合用です。\n\n"
         + "\n".join(f"{p['name']}  {p['tel']}  {p['mail']}" for p in _p) + "\n\n北条",
    html="<p>さくらホテル 販売促進課 御中</p><p>ペア宿泊券の当選者8名をご連絡します。予約受付時の照合用です。</p>"
         "<table border=1><tr><td>氏名</td><td>電話</td><td>メール</td></tr>"
         + "".join(f"<tr><td>{p['name']}</td><td>{p['tel']}</td><td>{p['mail']}</td></tr>" for p in _p)
         + "</table><p>北条</p>",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="8 winners with phone and e-mail in both the text and the HTML part, to a partner hotel",
)

# 50 -- nested ZIP with a DOCX of screening answers including chronic illness
_p = people("nested-zip", 5)
_ill = ["特になし", "2型糖尿病で内服治療中", "高血圧（降圧剤服用）", "特になし", "クローン病で通院中"]
add(
    id="survey-nested-zip-screening-docx",
    sender=SENDER["sugiura"], to=[INSIGHT],
    subject="減塩食品 HUT 対象者スクリーニング結果",
    charset="iso-2022-jp",
    body="小野寺様\n\n杉浦です。ホームユーステストの対象者スクリーニング結果をフォルダごと圧縮してお送りします。\n\n" + sig("sugiura"),
    attachments=[{"kind": "zip", "name": "HUT_screening.zip", "files": [
        {"kind": "zip", "name": "HUT_screening/round1.zip", "files": [
            {"kind": "docx", "name": "スクリーニング回答.docx",
             "paragraphs": ["減塩食品HUT スクリーニング回答（通過者）"],
             "tables": [[["氏名", "年齢", "電話", "治療中の疾患"]]
                        + [[p["name"], str(p["age"]), p["tel"], ill] for p, ill in zip(_p, _ill)]]}]},
        {"kind": "txt", "name": "HUT_screening/readme.txt", "text": "round1.zip: 1次スクリーニング通過者"},
    ]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP in a ZIP: DOCX of 5 named people with phones and illnesses under treatment",
)

# 51 -- kana-only names and full-width phone numbers, space-aligned
_p = people("kana-fw", 5)
add(
    id="survey-kana-names-fullwidth-phones",
    sender=SENDER["sagara"], to=[FIELD],
    subject="電話ヒアリング 追加対象者",
    charset="iso-2022-jp",
    body="フィールドアイ ご担当者様\n\nお客様相談室の相良です。\nお問い合わせ時にヒアリング協力を承諾いただいた方を追加します。\n"
         "お名前は電話で伺ったためカナのみです。\n\n"
         + "\n".join(f"{p['kata']}" + "　" * 2 + fw(p["tel"]) + "　" * 2 + f"{p['age']}歳" + "　" + f"{p['pref']}"
                     for p in _p)
         + "\n\n" + sig("sagara"),
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 katakana-only names with full-width mobile numbers, ages, prefectures",
)

# 52 -- health insurance card numbers for the monitors' accident cover
_p = people("hokensho", 5)
_rr = _random.Random("hk")
add(
    id="survey-monitor-insurance-card-numbers",
    sender=SENDER["sugiura"], to=["みなと保険サービス 法人担当 <hojin@minato-hoken.co.jp>"],
    subject="モニター試験 傷害保険加入者名簿",
    charset="utf-8",
    body="みなと保険サービス 法人担当 御中\n\n日の出産業 商品企画部の杉浦です。\n試食モニター試験の期間中の傷害保険加入者名簿を送付します。\n"
         "ご指示のとおり、被保険者の確認のため健康保険証の記号・番号も記載しています。\n\n"
         + "\n\n".join(f"【{i+1}】{p['name']}（{p['dob']:%Y年%m月%d日}生）\n"
                       f"　健康保険被保険者証 記号 {_rr.randrange(100, 999)}{_rr.randrange(10, 99)} 番号 {_rr.randrange(1, 400)}"
                       for i, p in enumerate(_p))
         + "\n\n保険期間：8月1日〜8月31日\n\n" + sig("sugiura"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="5 monitors with DOB and health insurance card symbol/number",
)

# 53 -- a husband's dementia mentioned by a named customer
add(
    id="survey-family-dementia-note",
    sender=SENDER["sagara"], to=[TOWA],
    subject="訪問調査の対象者について（ご配慮のお願い）",
    charset="iso-2022-jp",
    body="東和マーケティングリサーチ 三好様\n\nいつもお世話になっております。相良です。\n"
         "来週訪問予定の纐纈 和子様（静岡県浜松市中央区佐鳴台4-19-2）について、事前にお電話した際に"
         "「夫がアルツハイマー型認知症で、訪問時に会話に割り込むことがあるかもしれない」と伺いました。\n"
         "調査員の方にご共有いただき、ご配慮をお願いいたします。\n\n" + sig("sagara"),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identifiable household member's dementia diagnosis with the customer's name and address",
)

# 54 -- student panel with full-width heisei DOBs
_p = people("student-fw", 6)
_schools = ["東都大学 経済学部", "青嶺女子大学", "北斗工業大学", "東都大学 文学部", "緑陵短期大学", "湊医療専門学校"]
add(
    id="survey-student-panel-fw-dob",
    sender=SENDER["yamagishi"], to=["キャンパスボイス 学生パネル係 <panel@campusvoice.jp>"],
    subject="学生モニター（Z世代調査）登録確認",
    charset="iso-2022-jp",
    body="キャンパスボイス 学生パネル係 御中\n\nCX推進課の山岸です。Z世代調査に参加する学生モニター6名の登録内容の確認をお願いします。\n\n"
         + "\n".join(f"{p['name']}　{_schools[i]}　生年月日：{wareki(p['dob'].replace(year=2003 + i % 3), 'fwshort')}　{fw(p['tel'])}"
                     for i, p in enumerate(_p))
         + "\n\n" + sig("yamagishi"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 students with full-width heisei DOBs (Ｈ１５．２．３) and full-width phones",
)

# 55 -- workbook: first sheet a summary, the third sheet the respondent list
_p = people("multi-sheet", 22)
_rr = _random.Random("ms")
add(
    id="survey-xlsx-summary-then-list",
    sender=SENDER["tsuge"], to=[TOWA],
    subject="店頭調査 集計結果と協力者一覧",
    charset="iso-2022-jp",
    body="三好様\n\nお世話になっております。柘植です。\n店頭調査の集計結果をお送りします。協力者一覧は謝礼発送のためのものです。\n\n" + sig("tsuge"),
    attachments=[{"kind": "xlsx", "name": "店頭調査_結果.xlsx", "sheets": {
        "集計": [["店頭調査 集計結果"], ["設問", "はい", "いいえ"], ["試食したことがある", "62%", "38%"],
                ["購入意向あり", "48%", "52%"]],
        "店舗別": [["店舗", "回収数"], ["豊洲店", 84], ["川崎駅前店", 102], ["大宮西口店", 77]],
        "協力者": [["協力者一覧（謝礼発送用）"], ["氏名", "郵便番号", "住所", "電話"]]
                  + [[p["name"], p["zip"], p["addr"], p["tel"]] for p in _p],
    }}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="third sheet of an otherwise aggregated workbook lists 22 people with address and phone",
)

# ======================================================================================
# EITHER
# ======================================================================================

# E1 -- pseudonymised microdata: attributes only, no names or contacts
_rr = _random.Random("micro")
add(
    id="survey-pseudonymised-microdata",
    sender=SENDER["tsuge"], to=[VOICE],
    subject="ウエイトバック再計算用 個票データ（属性のみ）",
    charset="iso-2022-jp",
    body="ボイスリサーチ 集計チーム御中\n\n柘植です。ウエイト再計算用に、属性項目だけを抜き出した個票データを貼ります。\n"
         "氏名・連絡先は含めていません。\n\n"
         "RID\t性別\t年齢\t都道府県\t職業\t世帯年収\t子ども\n"
         + "\n".join(f"{9000 + i}\t{_rr.choice(['男', '女'])}\t{_rr.randrange(20, 70)}\t"
                     f"{_rr.choice(['東京都', '大阪府', '北海道', '福岡県', '鳥取県', '高知県'])}\t"
                     f"{_rr.choice(['会社員', 'パート', '自営業', '学生', '無職', '公務員'])}\t"
                     f"{_rr.choice(['300万未満', '300-500万', '500-700万', '700-1000万', '1000万以上'])}\t"
                     f"{_rr.choice(['なし', '1人', '2人', '3人以上'])}" for i in range(24))
         + "\n\n" + sig("tsuge"),
    expect="either", entities=[],
    detectors=["personal_data"],
    note="24 pseudonymised rows of exact age/prefecture/job/income: attributes of people but no identifier",
)

# E2 -- ES comments by department, one self-identifying with a heart attack
add(
    id="survey-es-comments-self-identifying",
    sender=SENDER["usami"], to=[ENGAGE],
    subject="自由記述の抜粋（報告書掲載候補）",
    charset="utf-8",
    body="藤堂様\n\n宇佐美です。報告書に掲載する自由記述の候補を抜粋しました。表現の修正案をいただけますか。\n\n"
         "［営業部門］上司が忙しすぎて相談しにくい。\n"
         "［営業部門］営業3課の課長をしていますが、昨年心筋梗塞で入院してから業務量を減らしてもらえず不安です。\n"
         "［管理部門］評価面談が形式的。\n［物流部門］夏場の倉庫が暑すぎる。\n［製造部門］休憩室を広くしてほしい。\n\n"
         + sig("usami"),
    expect="either", entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="anonymous comment, but 'manager of sales section 3' plus a heart attack identifies one employee",
)

# E3 -- names and time slots only, for the venue's reception
add(
    id="survey-venue-names-and-slots",
    sender=SENDER["sugiura"], to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="7/3 個別インタビュー 来館者",
    charset="iso-2022-jp",
    body="宴会予約ご担当者様\n\n日の出産業の杉浦です。7月3日の来館予定者です。受付でお名前を伺った方を「楓の間」へご案内ください。\n\n"
         "10:00　左近充様\n11:30　廿日出様\n13:30　月見里様\n15:00　雲母様\n16:30　鬼頭様\n\n" + sig("sugiura"),
    expect="either", entities=["PERSON_NAME"],
    detectors=[],
    note="five surnames with appointment times only: names without contact data, a short list for reception",
)

# ======================================================================================
# MUST GO
# ======================================================================================

# P1 -- questionnaire draft with template questions about DOB and health
add(
    id="survey-questionnaire-draft-docx",
    sender=SENDER["yamagishi"], to=[INSIGHT],
    subject="調査票ドラフト v3 のご確認（秘密保持契約の範囲内で）",
    charset="iso-2022-jp",
    body="小野寺様\n\nいつもお世話になっております。日の出産業の山岸です。\n"
         "調査票ドラフトv3をお送りします。先月締結した秘密保持契約の範囲内でのご利用をお願いいたします。\n"
         "F1〜F4のフェイス項目と、Q18の健康意識の設問について、聞き方が適切かご意見をください。\n\n" + sig("yamagishi"),
    attachments=[{"kind": "docx", "name": "調査票_v3.docx", "paragraphs": [
        "2026年 食生活と健康意識に関する調査（ドラフトv3）",
        "F1 あなたの性別をお答えください。　1.男性　2.女性　3.回答しない",
        "F2 あなたの生年月日をお答えください。（例：1980年1月1日）　____年__月__日",
        "F3 お住まいの都道府県をお選びください。",
        "F4 同居しているご家族をすべてお選びください。",
        "Q18 現在、医師から治療を受けている病気はありますか。（任意回答）",
        "　1.ない　2.ある（高血圧・糖尿病・脂質異常症・その他）　3.答えたくない",
        "Q19 日頃の食事で気をつけていることを自由にお書きください。",
    ]}],
    expect="pass", entities=[], detectors=[],
    note="questionnaire template: DOB and illness are questions, not anyone's data; NDA only mentioned",
)

# P2 -- aggregated results workbook to a partner
add(
    id="survey-aggregate-results-xlsx",
    sender=SENDER["tsuge"], to=["川崎電機 商品企画部 長船様 <osafune@kawasaki-denki.co.jp>"],
    subject="共同調査 集計結果（GT表・クロス表）",
    charset="iso-2022-jp",
    body="長船様\n\nお世話になっております。柘植です。\n共同調査の集計結果（GT表と性年代クロス）を添付します。\n"
         "報告会は21日（月）15時から弊社7階会議室でお願いします。\n\n" + sig("tsuge"),
    attachments=[{"kind": "xlsx", "name": "共同調査_集計結果.xlsx", "title": "共同調査 集計結果",
                  "sheets": {"GT": [["家電使用実態調査 GT表（n=3,000）"], ["設問", "選択肢", "n", "%"],
                                    ["Q1 保有家電", "電気圧力鍋", 546, "18.2%"], ["", "食洗機", 1137, "37.9%"],
                                    ["", "ロボット掃除機", 702, "23.4%"], ["Q2 購入意向", "ある", 738, "24.6%"]],
                             "性年代クロス": [["Q2 購入意向あり", "全体", "男20-39", "男40-69", "女20-39", "女40-69"],
                                           ["n", 3000, 720, 780, 735, 765], ["%", "24.6", "27.1", "19.0", "31.2", "21.4"]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregated GT and cross tables: no individual data",
)

# P3 -- anonymised cross-tab pasted with padded columns
add(
    id="survey-crosstab-padded-body",
    sender=SENDER["yamagishi"], to=[VOICE],
    subject="Re: クロス集計の軸について",
    charset="utf-8",
    body="ご担当者様\n\n山岸です。軸の件、下記のような形で全設問を出していただけますか。\n\n"
         "年代      n      Top2    Top1    中間    Bottom2\n"
         "--------  -----  ------  ------  ------  -------\n"
         "20代        182   61.5%   22.0%   27.5%   11.0%\n"
         "30代        240   66.3%   25.4%   22.1%   11.6%\n"
         "40代        261   70.1%   28.0%   20.3%    9.6%\n"
         "50代        255   72.9%   30.6%   18.4%    8.7%\n"
         "60代以上    266   69.2%   27.8%   21.1%    9.7%\n"
         "--------  -----  ------  ------  ------  -------\n"
         "全体       1204   68.4%   27.0%   21.5%   10.1%\n\n"
         "nが30未満のセルは網掛けでお願いします。\n\n山岸\n\n"
         "> 山岸様\n> 軸は年代のみでよろしいでしょうか。性別×年代も作成可能です。\n> ボイスリサーチ 集計チーム 仲宗根",
    expect="pass", entities=[], detectors=[],
    note="an anonymised cross-tab in padded columns: looks like a list but holds no person",
)

# P4 -- quote revision with a price table
add(
    id="survey-quote-revision-table",
    sender=SENDER["tsuge"], to=[TOWA],
    subject="お見積り（No.TMR-26-0418）の修正のお願い",
    charset="iso-2022-jp",
    body="東和マーケティングリサーチ\n三好様\n\nお見積りありがとうございました。社内で検討し、下記の構成で再見積りをお願いできますでしょうか。\n\n"
         "項目　　　　　　　　　　単価　　　　数量　　金額\n"
         "スクリーニング調査　　　　　　30円　10,000　300,000円\n"
         "本調査（30問）　　　　　　　 450円　 1,000　450,000円\n"
         "自由回答コーディング　　　 80,000円　　  1　 80,000円\n"
         "報告書作成　　　　　　　　200,000円　　  1　200,000円\n"
         "合計（税別）　　　　　　　　　　　　　　　1,030,000円\n\n"
         "グループインタビューは今回は見送ります。\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="quote line items and a quote number",
)

# P5 -- fieldwork schedule
add(
    id="survey-fieldwork-schedule",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="訪問インタビュー 実施スケジュール（確定版）",
    charset="utf-8",
    body="フィールドアイ ご担当者様\n\n杉浦です。スケジュールを確定しました。\n\n"
         "6/22（月）　リクルート開始\n6/29（月）　リクルート締切・対象者確定\n7/1（水）　インタビューフロー最終版送付\n"
         "7/6（月）〜7/10（金）　訪問インタビュー（1日2件×5日）\n7/17（金）　速報レポート\n7/31（金）　最終報告会\n\n"
         "訪問には弊社から杉浦と商品企画部の1名が同行します。\n\n" + sig("sugiura"),
    expect="pass", entities=[], detectors=[],
    note="a schedule with dates only",
)

# P6 -- list of shops for the in-store survey (businesses)
add(
    id="survey-store-list-businesses",
    sender=SENDER["yamagishi"], to=[FIELD],
    subject="店頭調査 実施店舗一覧",
    charset="iso-2022-jp",
    body="フィールドアイ ご担当者様\n\n店頭調査を実施する8店舗の一覧です。各店への連絡は店舗代表番号にお願いします。\n\n"
         "店舗名　　　　　　　　住所　　　　　　　　　　　　　　　　　　代表電話\n"
         "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
         "スーパーひので 豊洲店　　東京都江東区豊洲3-4-8　　　　　　　　03-6219-4410\n"
         "スーパーひので 川崎駅前店　神奈川県川崎市川崎区駅前本町11-2　　044-201-7731\n"
         "スーパーひので 大宮西口店　埼玉県さいたま市大宮区桜木町2-3　　048-640-2205\n"
         "フレッシュマート 船橋本町店　千葉県船橋市本町7-1-1　　　　　047-420-8810\n"
         "フレッシュマート 柏店　　千葉県柏市柏1-4-3　　　　　　　　　04-7160-3321\n"
         "ひのでマルシェ 日吉店　　神奈川県横浜市港北区日吉2-1-1　　　045-560-1190\n"
         "ひのでマルシェ 吉祥寺店　東京都武蔵野市吉祥寺本町1-10-2　　0422-20-6671\n"
         "ひのでマルシェ 町田店　　東京都町田市原町田6-2-8　　　　　　042-710-3348\n\n"
         "調査員の方は各店のサービスカウンターで受付をお願いします。\n\n" + sig("yamagishi"),
    expect="pass", entities=[], detectors=[],
    note="list of shops with addresses and switchboards: businesses, not people",
)

# P7 -- internal: the full raw data to a colleague
_p = people("internal-raw", 30)
_rr = _random.Random("ir")
add(
    id="survey-internal-raw-data-colleague",
    sender=SENDER["yamagishi"], to=["西尾 健吾 <nishio.k@hinode-sangyo.co.jp>"],
    cc=["CX推進課 <cx@hinode-sangyo.co.jp>"],
    subject="郵送回収分ローデータ（社内確認用）",
    charset="iso-2022-jp",
    body="西尾さん\n\n山岸です。郵送回収分のローデータです。委託先に出す前に入力ミスがないか見てもらえますか。\n"
         "共有フォルダには置かず、確認後このメールは削除してください。\n\n山岸",
    attachments=[{"kind": "xlsx", "name": "郵送回収_raw.xlsx",
                  "sheets": {"raw": [["ID", "氏名", "生年月日", "住所", "電話", "総合満足度"]]
                                    + [[f"M{2600 + i}", p["name"], wareki(p["dob"]), p["addr"], p["tel"], _rr.randrange(1, 6)]
                                       for i, p in enumerate(_p)]}}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="all recipients internal: raw data may circulate inside the company",
)

# P8 -- internal: ES free text with health to the HR manager (subdomain included)
add(
    id="survey-internal-es-health-comments",
    sender=SENDER["usami"], to=["人事部長 早乙女 <saotome.t@hinode-sangyo.co.jp>"],
    cc=["桑原 史子 <kuwabara.f@mail.hinode-sangyo.co.jp>"],
    subject="ES調査 要フォロー回答（個別）",
    charset="utf-8",
    body="早乙女部長\n\n宇佐美です。ES調査の自由記述で個別フォローが必要と思われる回答です（記名式設問のため氏名が分かります）。\n"
         "桑原さんには産業保健の観点で見ていただいています。\n\n"
         "・物流部 宍戸 拓海さん：「腰椎椎間板ヘルニアの手術後も重量物の担当が続いている」\n"
         "・経理部 九十九 由美子さん：「パニック障害の通院のため定時で帰りたいが言い出せない」\n"
         "・営業2部 仁科 慎吾さん：「上司から人格を否定する発言がある」\n\n宇佐美",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health details of named employees, but every recipient is internal (incl. a subdomain)",
)

# P9 -- reply where the winners list is only in the quoted text
_p = people("quoted-winners", 10)
add(
    id="survey-reply-quoted-winners",
    sender=SENDER["hojo"], to=[LOGI],
    subject="Re: 【発送完了】春の愛用者アンケート 当選者分",
    charset="iso-2022-jp",
    body="ロジポスト 発送センター様\n\n発送完了のご連絡ありがとうございました。\n伝票番号一覧も確かに受領しました。引き続きよろしくお願いいたします。\n\n北条\n\n"
         "> 日の出産業 北条様\n>\n> 下記10件、本日発送いたしました。\n>\n"
         + "\n".join(f"> {p['name']}様　{p['addr']}　{p['tel']}" for p in _p)
         + "\n>\n> 株式会社ロジポスト 発送センター",
    expect="pass", entities=[], detectors=[],
    note="the 10 winners appear only in quoted text the recipient sent",
)

# P10 -- one participant on free mail
add(
    id="survey-single-participant-freemail",
    sender=SENDER["sugiura"], to=["廿日出 香織 <kaori.hatsukade@gmail.com>"],
    subject="グループインタビューご参加のご案内（6/14）",
    charset="iso-2022-jp",
    body="廿日出 香織 様\n\nこの度はグループインタビューへのご参加をご快諾いただき、ありがとうございます。\n"
         "日の出産業 商品企画部の杉浦でございます。当日のご案内をお送りします。\n\n"
         "日時：6月14日（日）13:30受付／14:00開始（16:00終了予定）\n会場：さくらホテル 2階「桔梗の間」\n"
         "　　　東京都中央区八丁堀3-15-2（八丁堀駅A4出口より徒歩3分）\n謝礼：8,000円（当日現金でお渡しします）\n\n"
         "当日ご連絡がある場合は、下記の担当携帯までお願いいたします。\n\n" + sig("sugiura"),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one private participant on gmail, her own invitation; the venue address is a business",
)

# P11 -- two external organisations, a normal three-way meeting mail
add(
    id="survey-two-orgs-meeting",
    sender=SENDER["yamagishi"], to=[INSIGHT], cc=["錦印刷 制作部 平賀様 <hiraga@nishiki-insatsu.co.jp>"],
    subject="郵送調査 三者打合せの日程調整",
    charset="iso-2022-jp",
    body="インサイトブリッジ 小野寺様\n錦印刷 平賀様\n\nお世話になっております。日の出産業の山岸です。\n"
         "郵送調査の発送・回収スキームについて、三者で打合せをお願いしたくご連絡しました。\n\n"
         "候補日：\n　①5月19日（火）10:00〜11:00\n　②5月20日（水）15:00〜16:00\n　③5月22日（金）13:00〜14:00\n\n"
         "場所は弊社本社7階、またはTeamsでも構いません。\n\n" + sig("yamagishi"),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two outside organisations (research firm and partner printer) in a meeting mail",
)

# P12 -- only four winners to the shipping agent
_p = people("four-winners", 4)
add(
    id="survey-four-winners-shipping",
    sender=SENDER["hojo"], to=[LOGI],
    subject="再発送のお願い（宛先不明で戻った4件）",
    charset="utf-8",
    body="ロジポスト 発送センター様\n\n北条です。宛先不明で戻ってきた4件、ご本人に住所を確認できましたので再発送をお願いします。\n\n"
         + "\n".join(f"{p['name']}様\n〒{p['zip']}\n{p['addr']} {p['bldg']}\n電話 {p['tel']}\n" for p in _p)
         + "\n" + sig("hojo"),
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four winners' addresses: under the five-person list threshold (may warn)",
)

# P13 -- three attendees with phones to the venue
_p = people("three-hotel", 3)
add(
    id="survey-three-attendees-hotel",
    sender=SENDER["sugiura"], to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 6/14 見学室のご利用者",
    charset="iso-2022-jp",
    body="宴会予約ご担当者様\n\n杉浦です。見学室（ミラールーム）に入る弊社・取引先の3名は以下のとおりです。\n"
         "遅れる場合はご本人から連絡が入ります。\n\n"
         + "\n".join(f"・{p['name']}（{org}）携帯 {p['tel']}"
                     for p, org in zip(_p, ["日の出産業", "北国フーズ", "日の出産業"]))
         + "\n\n" + sig("sugiura"),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three observers with mobile numbers: a short attendee list",
)

# P14 -- results summary with the standard disclaimer
add(
    id="survey-results-with-disclaimer",
    sender=SENDER["sugiura"], to=["北国フーズ マーケティング部 <mkt@kitaguni-foods.co.jp>"],
    subject="試食調査 結果サマリー",
    charset="iso-2022-jp",
    body="北国フーズ マーケティング部 御中\n\nお世話になっております。杉浦です。試食調査の結果サマリーです。\n\n"
         "・総合評価（7段階Top3）：試作A 71%、試作B 58%、現行品 63%\n・「また食べたい」：試作A 66%\n"
         "・自由回答では「塩味が強い」との指摘が試作Bで多数\n\n次回は試作Aの改良版で再テストを提案します。\n\n"
         + sig("sugiura") + DISCLAIMER_JA,
    expect="pass", entities=[], detectors=[],
    note="aggregated results and the standard confidentiality disclaimer (not a marking)",
)

# P15 -- NDA review with corporate numbers
add(
    id="survey-nda-review-docx",
    sender=SENDER["tsuge"], to=["株式会社インサイトブリッジ 法務担当 <legal@insightbridge.co.jp>"],
    cc=["白川法律事務所 <info@shirakawa-law.jp>"],
    subject="秘密保持契約書（案）のご確認",
    charset="iso-2022-jp",
    body="株式会社インサイトブリッジ 法務ご担当者様\n\nお世話になっております。日の出産業 経営企画部の柘植です。\n"
         "調査委託に先立つ秘密保持契約書の案を添付します。弊社顧問の白川法律事務所にもCcしております。\n"
         "第5条（秘密情報の返還・廃棄）と第8条（個人情報の取扱い）についてご意見をお聞かせください。\n\n" + sig("tsuge"),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案.docx", "paragraphs": [
        "秘密保持契約書（案）",
        f"日の出産業株式会社（法人番号 {corp_number('010001087231')}、以下「甲」）と株式会社インサイトブリッジ（法人番号 {corp_number('011001129843')}、以下「乙」）は、"
        "甲が乙に委託する市場調査業務に関し、次のとおり秘密保持契約を締結する。",
        "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
        "第5条（返還・廃棄）乙は、業務終了後30日以内に秘密情報を返還又は廃棄し、廃棄証明書を提出する。",
        "第8条（個人情報）乙は、調査対象者の個人情報を個人情報保護法及び甲の指示に従って取り扱う。",
        "甲　東京都中央区日本橋2-9-14　日の出産業株式会社　代表取締役　日向 誠一郎",
        "乙　東京都千代田区神田錦町1-6-3　株式会社インサイトブリッジ　代表取締役　桐生 美穂",
    ]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=["multiple_external_domains"],
    note="mail about an NDA (not a marking); company addresses and 法人番号; two outside organisations",
)

# P16 -- payment notice with company bank account and T-number
add(
    id="survey-payment-notice-company-account",
    sender=SENDER["iwasa"], to=["東和マーケティングリサーチ 経理部 <keiri@towa-mr.co.jp>"],
    subject="お支払いのご案内（請求書No.TMR-INV-2606-031）",
    charset="iso-2022-jp",
    body="東和マーケティングリサーチ株式会社 経理部 御中\n\nいつもお世話になっております。日の出産業 経理部の岩佐です。\n"
         "下記の請求書について、6月30日にお振込みいたしますのでご案内申し上げます。\n\n"
         "請求書番号：TMR-INV-2606-031\n件名：ブランド認知度調査（第2四半期）\n金額：1,133,000円（税込）\n"
         "振込先：みどり銀行 神田支店 普通 3319054 トウワマーケティングリサーチ（カ\n"
         f"貴社登録番号：T{corp_number('010401077124')}\n\n" + sig("iwasa"),
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice number, a company's bank account and T-number: business data",
)

# P17 -- English summary with a chart image and the English disclaimer
add(
    id="survey-en-summary-chart",
    sender=SENDER["morishita"], to=[NORTH],
    subject="APAC snack study - Japan topline",
    charset="utf-8",
    body="Hi Emma,\n\nHere is the Japan topline (n=1,000). The chart is attached.\n\n"
         "- Weekly snackers: 22%\n- Top purchase driver: taste (58%), then price (41%)\n"
         "- Awareness of our brand: 34% aided, 9% unaided\n\nHappy to walk your team through it on Thursday.\n\n"
         + sig("morishita") + DISCLAIMER_EN,
    attachments=[{"kind": "png", "name": "jp_topline_chart.png"}],
    expect="pass", entities=[], detectors=[],
    note="aggregated topline and a chart; the English disclaimer is not a marking",
)

# P18 -- screening criteria with generic health exclusions
add(
    id="survey-screening-criteria-generic-health",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="HUT リクルート条件（確定）",
    charset="iso-2022-jp",
    body="フィールドアイ ご担当者様\n\n杉浦です。ホームユーステストのリクルート条件を確定しました。\n\n"
         "【対象】\n・40〜64歳の男女\n・自宅で週3回以上調理する方\n\n"
         "【除外条件】\n・食物アレルギー（小麦・乳・卵）をお持ちの方\n・腎臓病などで医師から塩分・カリウム制限の指示を受けている方\n"
         "・妊娠中または授乳中の方\n・過去6か月以内に食品の調査に参加した方\n・食品メーカー・広告・調査会社にお勤めの方（ご家族含む）\n\n"
         "除外に該当するかどうかは「はい／いいえ」のみ確認し、病名は聞かないでください。\n\n" + sig("sugiura"),
    expect="pass", entities=[], detectors=[],
    note="health conditions as generic exclusion criteria, tied to nobody",
)

# P19 -- panel counts by prefecture
add(
    id="survey-panel-counts-by-prefecture",
    sender=SENDER["tsuge"], to=[PANELW],
    subject="Re: 出現率のご確認",
    charset="utf-8",
    body="パネル事務局 御中\n\n柘植です。ご回答ありがとうございます。いただいた登録者数をもとに、以下のサンプル割付で進めたいと思います。\n\n"
         "地域　　　登録者数　　想定出現率　　割付\n北海道　　 18,420　　　 6.1%　　　　 80\n東北　　　 21,305　　　 5.8%　　　　 90\n"
         "関東　　　142,880　　　 7.4%　　　　420\n中部　　　 48,110　　　 6.6%　　　　150\n近畿　　　 67,952　　　 7.0%　　　　170\n"
         "中国四国　 24,617　　　 5.5%　　　　 50\n九州沖縄　 31,204　　　 6.0%　　　　 40\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="counts and rates by region: statistics, no person",
)

# P20 -- free-text comments with no attributes at all
add(
    id="survey-freetext-anonymous-excerpts",
    sender=SENDER["usami"], to=[ENGAGE],
    subject="自由記述（全文）の共有：テキストマイニング用",
    charset="iso-2022-jp",
    body="藤堂様\n\n宇佐美です。テキストマイニング用に、自由記述を属性・社員番号を外した状態でお送りします。\n"
         "（順番もシャッフル済みです）\n\n"
         "・家族の介護と仕事の両立が難しい。介護休暇を取りやすくしてほしい。\n"
         "・持病の通院のために半休を使うことが多く、時間単位の有休があると助かる。\n"
         "・評価の基準がよく分からない。\n・子どもの急な発熱で休むときに気を使う。\n"
         "・若手の育成に時間を割く余裕がない。\n・もっと在宅勤務を認めてほしい。\n\n" + sig("usami"),
    expect="pass", entities=[], detectors=[],
    note="anonymous, attribute-free comments: health mentions tied to no identifiable person",
)

# P21 -- internal subdomain recipients with the full winners list
_p = people("internal-sub-winners", 14)
add(
    id="survey-internal-subdomain-winners",
    sender=SENDER["hojo"], to=["コールセンター管理 <cc-kanri@cs.hinode-sangyo.co.jp>"],
    cc=["販売促進部 <hansoku@hinode-sangyo.co.jp>"],
    subject="当選者からの問い合わせ対応用リスト",
    charset="iso-2022-jp",
    body="コールセンター管理ご担当\n\n販売促進部の北条です。\n当選者から「届かない」等の問い合わせがあった際の照合用リストです。社内限りでお願いします。\n\n"
         + "\n".join(f"{p['name']},{p['kata']},{p['tel']},{p['zip']},{p['addr']}" for p in _p)
         + "\n\n北条",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="internal only (cs.hinode-sangyo.co.jp is an internal subdomain)",
)

# P22 -- venue booking
add(
    id="survey-venue-booking-rooms",
    sender=SENDER["sugiura"], to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="グループインタビュー会場 仮予約のお願い",
    charset="iso-2022-jp",
    body="さくらホテル 宴会予約ご担当者様\n\nいつもお世話になっております。日の出産業 商品企画部の杉浦です。\n"
         "下記の日程で会議室の仮予約をお願いできますでしょうか。\n\n"
         "日程：6月14日（日）、6月21日（日）\n時間：12:30〜17:00（設営含む）\n"
         "部屋：インタビュー用 10名ロの字、見学用 6名（隣室）\n飲食：ペットボトルのお茶 16本、茶菓子\n"
         "機材：プロジェクター、ビデオカメラ用の電源\n\nお見積りも併せていただけますと幸いです。\n\n" + sig("sugiura"),
    expect="pass", entities=[], detectors=[],
    note="room booking with dates and headcounts",
)

# P23 -- moderator guide
add(
    id="survey-moderator-guide-docx",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="インタビューフロー（モデレーター用）",
    charset="utf-8",
    body="フィールドアイ ご担当者様\n\n杉浦です。モデレーター用のインタビューフローをお送りします。時間配分にご意見ください。\n\n" + sig("sugiura"),
    attachments=[{"kind": "docx", "name": "インタビューフロー_v2.docx",
                  "paragraphs": ["冷凍食品に関するデプスインタビュー フロー（90分）",
                                 "1. 導入・自己紹介（5分）：お名前（呼び名で可）、ご家族構成、お仕事",
                                 "2. 普段の食事づくり（15分）", "3. 冷凍食品の使い方（25分）",
                                 "4. 新商品コンセプト評価（30分）", "5. まとめ（15分）"],
                  "tables": [[["パート", "時間", "主な質問"], ["導入", "5分", "自己紹介"],
                              ["コンセプト評価", "30分", "A〜Cの3案について魅力度・購入意向"]]]}],
    expect="pass", entities=[], detectors=[],
    note="an interview guide: questions, no respondent",
)

# P24 -- weekly fieldwork progress
add(
    id="survey-fieldwork-progress-quota",
    sender=SENDER["tsuge"], to=[TOWA],
    subject="実査進捗（第2週）のご確認",
    charset="iso-2022-jp",
    body="三好様\n\n柘植です。第2週の進捗表ありがとうございました。割付セルごとの状況を下記のとおり確認しました。\n\n"
         "セル\t目標\t回収\t達成率\n男性20-34\t150\t97\t64.7%\n男性35-49\t150\t141\t94.0%\n男性50-69\t200\t206\t103.0%\n"
         "女性20-34\t150\t88\t58.7%\n女性35-49\t150\t133\t88.7%\n女性50-69\t200\t212\t106.0%\n\n"
         "若年層の回収が遅れていますので、追加配信をお願いします。\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="quota progress counts in a tab-separated table",
)

# P25 -- invitation to customers, all on Bcc
_p = people("bcc-invite", 12)
add(
    id="survey-invitation-bcc-customers",
    sender=SENDER["yamagishi"], to=["日の出産業 お客様アンケート事務局 <enquete@hinode-sangyo.co.jp>"],
    bcc=[p["mail"] for p in _p],
    subject="【日の出産業】商品アンケートご協力のお願い",
    charset="iso-2022-jp",
    body="お客様各位\n\n平素より日の出産業の商品をご愛顧いただき、誠にありがとうございます。\n"
         "今後の商品づくりの参考とするため、アンケートへのご協力をお願いいたします（所要時間 約5分）。\n\n"
         "回答URL：https://enquete.hinode-sangyo.co.jp/s/2026spring\n回答期限：4月30日（木）\n\n"
         "ご回答いただいた方の中から抽選で50名様にQUOカード1,000円分を差し上げます。\n\n"
         "日の出産業株式会社 お客様アンケート事務局\nenquete@hinode-sangyo.co.jp",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="customers in Bcc (hidden from each other), To is the company's own office",
)

# P26 -- reply quoting the vendor's mail (差出人/送信日時 header) that had the list
_p = people("quoted-outlook", 8)
add(
    id="survey-reply-outlook-quote-list",
    sender=SENDER["sugiura"], to=[FIELD],
    subject="RE: リクルート状況のご報告",
    charset="utf-8",
    body="ご担当者様\n\n杉浦です。ご報告ありがとうございます。\n8名とも条件に合致しているので、このまま確定で進めてください。\n"
         "7日の2件目は14時開始でお願いします。\n\n杉浦\n\n"
         "差出人: フィールドアイ リクルート担当 <recruit@field-eye.co.jp>\n送信日時: 2026年6月26日 18:04\n"
         "宛先: 杉浦 大地 <sugiura.d@hinode-sangyo.co.jp>\n件名: リクルート状況のご報告\n\n"
         "杉浦様\n\n下記8名のリクルートが完了しました。\n\n"
         + "\n".join(f"{p['name']}　{p['age']}歳　{p['tel']}　{p['city']}" for p in _p)
         + "\n\nフィールドアイ 菅沼",
    expect="pass", entities=[], detectors=[],
    note="the recruit list sits only under the quoted 差出人/送信日時 header of the vendor's own mail",
)

# P27 -- chart image and summary to a partner
add(
    id="survey-chart-png-partner",
    sender=SENDER["tsuge"], to=["川崎電機 商品企画部 長船様 <osafune@kawasaki-denki.co.jp>"],
    subject="報告会資料の図表（差し替え）",
    charset="iso-2022-jp",
    body="長船様\n\n柘植です。報告会資料のp.12のグラフを差し替えました。縦軸の単位を%に統一しています。\n\n" + sig("tsuge"),
    attachments=[{"kind": "png", "name": "p12_hoyuritsu.png"}, {"kind": "png", "name": "p13_konyu_shoheki.png"}],
    expect="pass", entities=[], detectors=[],
    note="chart images only",
)

# P28 -- department-level engagement scores
add(
    id="survey-es-department-scores",
    sender=SENDER["usami"], to=[ENGAGE],
    subject="部門別スコア表の体裁について",
    charset="utf-8",
    body="藤堂様\n\n宇佐美です。部門別スコアの表、社内向けに下記の体裁に直していただけますか。n<10の部門は非表示にしてください。\n\n"
         + sig("usami"),
    attachments=[{"kind": "xlsx", "name": "部門別スコア_修正依頼.xlsx",
                  "sheets": {"部門別": [["部門", "回答数", "総合", "仕事", "上司", "職場", "会社"],
                                       ["営業1部", 212, 63.1, 65.0, 60.2, 64.4, 62.7],
                                       ["営業2部", 198, 58.4, 61.3, 52.8, 59.0, 60.6],
                                       ["物流部", 341, 54.9, 55.2, 50.1, 57.3, 56.8],
                                       ["製造管理部", 276, 56.2, 58.0, 54.4, 55.9, 56.4],
                                       ["管理部門計", 244, 66.8, 68.1, 65.5, 67.2, 66.3]]}}],
    expect="pass", entities=[], detectors=[],
    note="department averages, no individual",
)

# P29 -- the word 社外秘 mentioned, nothing marked
add(
    id="survey-mention-shagaihi-not-marked",
    sender=SENDER["tsuge"], to=[TOWA],
    subject="報告書の社外提出版について",
    charset="iso-2022-jp",
    body="三好様\n\n柘植です。先日の報告書について、社内版には社外秘の経営数値が含まれているため、"
         "貴社には社外提出用に数値を差し替えた版をお送りします。\n"
         "社外秘の資料は今回添付しておりませんので、ご安心ください。\n\n"
         "差し替え版は来週月曜にお送りします。\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="社外秘 is only mentioned in a sentence; nothing is classified",
)

# P30 -- purchase order PDF
add(
    id="survey-purchase-order-pdf",
    sender=SENDER["tsuge"], to=[INSIGHT],
    subject="注文書送付（PO-2026-0733）",
    charset="iso-2022-jp",
    body="小野寺様\n\nお世話になっております。正式に発注いたしますので、注文書をお送りします。\n注文請書のご返送をお願いいたします。\n\n" + sig("tsuge"),
    attachments=[{"kind": "pdf", "name": "注文書_PO-2026-0733.pdf",
                  "lines": ["注文書", "注文番号：PO-2026-0733　発注日：2026年5月8日",
                            "株式会社インサイトブリッジ 御中", "日の出産業株式会社 経営企画部", ""],
                  "table": [["品名", "数量", "単価", "金額"],
                            ["顧客満足度調査 設計・実査・集計一式", "1", "2,480,000", "2,480,000"],
                            ["報告書作成", "1", "300,000", "300,000"], ["消費税", "", "", "278,000"],
                            ["合計", "", "", "3,058,000"]]}],
    expect="pass", entities=[], detectors=[],
    note="a purchase order with order number and amounts",
)

# P31 -- one customer's contact for a follow-up interview
add(
    id="survey-one-customer-followup",
    sender=SENDER["sagara"], to=[TOWA],
    subject="追加ヒアリング対象者（1名）",
    charset="iso-2022-jp",
    body="三好様\n\n相良です。アンケートで「詳しく話してもよい」とご回答いただいた方がいらっしゃいましたので、ヒアリングをお願いします。\n\n"
         "お名前：帷子 正樹 様\nご連絡先：080-6124-3907（平日18時以降希望）\nテーマ：定期便の解約理由\n\n" + sig("sagara"),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's name and phone for a follow-up call (may warn)",
)

# P32 -- two customers' details
add(
    id="survey-two-customers-details",
    sender=SENDER["yamagishi"], to=[INSIGHT],
    subject="Re: 回答内容の確認が必要な2件",
    charset="utf-8",
    body="小野寺様\n\n山岸です。ご指摘の2件、登録情報を確認しました。\n\n"
         "回答ID 1148：東海林 里美 様　shoji.satomi77@yahoo.co.jp　090-7745-2210\n"
         "回答ID 2093：猪狩 浩二 様　k.igari@ezweb.ne.jp　080-3390-6618\n\n"
         "いずれも二重回答ではなく、家族で別々に回答されたものでした。有効回答として扱ってください。\n\n" + sig("yamagishi"),
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two respondents' contacts: a short list under the threshold (may warn)",
)

# P33 -- tracking numbers keyed by winner number only
add(
    id="survey-tracking-numbers-only",
    sender=SENDER["hojo"], to=[LOGI],
    subject="伝票番号の照合結果",
    charset="iso-2022-jp",
    body="ロジポスト 発送センター様\n\n北条です。伝票番号一覧を当選No.と照合しました。以下3件の配達状況をご確認ください。\n\n"
         "当選No.　伝票番号　　　　状況\nA-007　　4418-2290-6631　持戻り\nA-015　　4418-2290-6705　調査中\n"
         "A-022　　4418-2290-6772　住所不明\n\n" + sig("hojo"),
    expect="pass", entities=[], detectors=[],
    note="tracking numbers and winner numbers: no personal data",
)

# P34 -- recruitment ad copy draft
add(
    id="survey-recruit-ad-copy",
    sender=SENDER["tsuge"], to=["クリエイティブ・ノース 制作担当 <create@creative-north.jp>"],
    subject="モニター募集バナーの文言案",
    charset="utf-8",
    body="制作ご担当者様\n\n日の出産業の柘植です。自社モニター募集のバナー文言案です。デザイン3案をお願いします。\n\n"
         "メイン：「あなたの声が、次の定番になる。」\nサブ：「日の出モニター 会員募集中／アンケート1回ごとにポイント進呈」\n"
         "注記：「ご登録には氏名・生年月日・メールアドレスの入力が必要です。」\nサイズ：300×250、728×90、スマホ用 320×100\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="ad copy that mentions the fields collected, no one's data",
)

# P35 -- internal forward of a health-related answer to the company doctor
add(
    id="survey-internal-forward-doctor",
    sender=SENDER["kuwabara"], to=["産業医 鷲尾先生 <washio.dr@hinode-sangyo.co.jp>"],
    subject="FW: ES調査 要フォロー回答（個別）",
    charset="iso-2022-jp",
    body="鷲尾先生\n\n保健師の桑原です。人事部から回ってきたES調査の回答です。次回の面談の参考にしてください。\n\n"
         "---------- 転送メッセージ ----------\n差出人：宇佐美 航平\n件名：ES調査 要フォロー回答（個別）\n\n"
         "・経理部 九十九 由美子さん（社員番号 E09955）：「パニック障害の通院のため定時で帰りたいが言い出せない」\n",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named employee's diagnosis forwarded, but only to the internal company doctor",
)

# P36 -- report meeting agenda with business attendees
add(
    id="survey-report-meeting-agenda",
    sender=SENDER["tsuge"], to=["川崎電機 商品企画部 長船様 <osafune@kawasaki-denki.co.jp>"],
    subject="共同調査 報告会のアジェンダ",
    charset="iso-2022-jp",
    body="長船様\n\n柘植です。21日の報告会のアジェンダと出席者です。\n\n"
         "15:00 開会・趣旨説明（日の出産業 経営企画部長 大曽根）\n15:10 調査結果報告（日の出産業 柘植）\n"
         "15:50 質疑・ディスカッション\n16:30 今後の進め方（川崎電機 長船様）\n\n"
         "出席者：\n　川崎電機　長船様、宇喜多様、他1名\n　日の出産業　大曽根、柘植、山岸\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="an agenda with business attendees' names and titles only",
)

# P37 -- data deletion certificate request
add(
    id="survey-deletion-certificate-request",
    sender=SENDER["tsuge"], to=[VOICE],
    subject="データ消去証明書のご提出のお願い",
    charset="iso-2022-jp",
    body="ボイスリサーチ 集計チーム御中\n\n柘植です。業務委託契約第12条に基づき、2025年度にお渡しした回答データ（個人情報を含む）について、"
         "消去証明書のご提出をお願いします。\n\n対象：2025年度 顧客満足度調査 ローデータ一式（受渡日 2025/06/02、2025/06/19）\n"
         "期限：7月15日\n書式：貴社様式で構いません（消去日・方法・責任者の記載をお願いします）。\n\n" + sig("tsuge"),
    expect="pass", entities=[], detectors=[],
    note="asks for a deletion certificate; mentions personal data but carries none",
)

# P38 -- translation request with the questionnaire
add(
    id="survey-translation-request",
    sender=SENDER["morishita"], to=["翻訳センター・アルファ 見積窓口 <quote@alpha-honyaku.co.jp>"],
    subject="調査票の英訳・中国語訳のお見積り依頼",
    charset="utf-8",
    body="見積窓口 ご担当者様\n\n日の出産業 グローバルマーケティングの森下です。\n添付の調査票（約4,200字）の英訳と簡体字中国語訳のお見積りをお願いします。"
         "納期は6月5日希望です。\n\n" + sig("morishita"),
    attachments=[{"kind": "docx", "name": "questionnaire_JP_for_translation.docx",
                  "paragraphs": ["インバウンド観光客向け 食品土産調査", "Q1 日本への訪問回数を教えてください。",
                                 "Q2 今回購入したお土産をすべてお選びください。", "Q3 購入時に重視した点は何ですか。"]}],
    expect="pass", entities=[], detectors=[],
    note="questionnaire for translation, no respondent data",
)

# P39 -- code book CSV
add(
    id="survey-codebook-csv",
    sender=SENDER["yamagishi"], to=[VOICE],
    subject="コードブック（最終）",
    charset="iso-2022-jp",
    body="集計チーム御中\n\n山岸です。コードブックの最終版です。Q7のその他（自由回答）は99でコーディングしてください。\n\n山岸",
    attachments=[{"kind": "csv", "name": "codebook_final.csv",
                  "rows": [["変数名", "設問", "コード", "ラベル"], ["SEX", "性別", "1", "男性"], ["SEX", "性別", "2", "女性"],
                           ["AGE", "年代", "1", "20代"], ["AGE", "年代", "2", "30代"], ["AGE", "年代", "3", "40代"],
                           ["PREF", "都道府県", "1-47", "JISコード順"], ["Q7", "購入場所", "1", "スーパー"],
                           ["Q7", "購入場所", "2", "コンビニ"], ["Q7", "購入場所", "99", "その他"]]}],
    expect="pass", entities=[], detectors=[],
    note="a code book: variable labels, no records",
)

# P40 -- prize items and quantities
add(
    id="survey-prize-items-quantities",
    sender=SENDER["hojo"], to=[LOGI],
    subject="賞品の入庫予定",
    charset="iso-2022-jp",
    body="ロジポスト 発送センター様\n\n北条です。賞品の入庫予定をお知らせします。\n\n"
         "・1等　北国フーズ詰合せ（冷蔵）　28セット　4/14入庫\n・2等　オリジナル保冷バッグ　　 150個　4/10入庫\n"
         "・3等　QUOカード1,000円　　　　　500枚　4/10入庫（金庫保管）\n\n保管料は前回と同条件でお願いします。\n\n" + sig("hojo"),
    expect="pass", entities=[], detectors=[],
    note="stock and delivery dates of prizes",
)

# P41 -- university ethics review document, methodology only
add(
    id="survey-ethics-review-methodology",
    sender=SENDER["sugiura"], to=[TOTO],
    subject="倫理審査申請書（案）の送付",
    charset="iso-2022-jp",
    body="久我先生\n\nお世話になっております。杉浦です。倫理審査の申請書案を作成しましたのでご確認ください。\n"
         "個人情報の管理方法（第6項）は弊社の規程に合わせています。\n\n" + sig("sugiura"),
    attachments=[{"kind": "docx", "name": "倫理審査申請書_案.docx",
                  "paragraphs": ["研究課題：機能性表示食品の継続摂取が食生活意識に与える影響",
                                 "1. 研究対象者：40〜64歳の一般消費者 60名（公募）",
                                 "2. 方法：12週間の摂取と、開始時・終了時の質問紙調査および健康診断値の提出",
                                 "6. 個人情報の管理：対象者は研究用IDで管理し、対応表は日の出産業が施錠保管する。",
                                 "7. 同意の撤回：対象者はいつでも同意を撤回できる。"]}],
    expect="pass", entities=[], detectors=[],
    note="a protocol describing health data collection, with no participant",
)

# P42 -- HTML newsletter-style results summary to a partner
add(
    id="survey-html-results-newsletter",
    sender=SENDER["yamagishi"], to=["北国フーズ 営業企画 <eigyo-kikaku@kitaguni-foods.co.jp>"],
    subject="共同キャンペーン アンケート結果のご報告",
    charset="utf-8",
    html="<html><body><p>北国フーズ 営業企画ご担当者様</p><p>共同キャンペーンのアンケート結果をご報告します（回答数 4,812件）。</p>"
         "<table border='1'><tr><th>項目</th><th>結果</th></tr><tr><td>キャンペーン認知経路 1位</td><td>店頭POP（38%）</td></tr>"
         "<tr><td>対象商品の購入経験</td><td>72%</td></tr><tr><td>今後の購入意向</td><td>81%</td></tr>"
         "<tr><td>応募者の平均年齢</td><td>46.3歳</td></tr></table>"
         "<p>当選者の個人情報は弊社にて管理しており、本メールには含めておりません。</p><pre>" + sig("yamagishi") + "</pre></body></html>",
    expect="pass", entities=[], detectors=[],
    note="HTML table of campaign statistics; says personal data is withheld",
)
