"""Blind corpus, area: donor — blood donation drives (献血) and bone-marrow donor
registration (骨髄バンク ドナー登録会) run for companies: donor lists, health
questionnaires (問診), donation events at offices, coordination with the blood centre,
the marrow registry, hospitals, venues, caterers and printers.

Every person, number, address and organisation outside the brief's fixed names is
invented (fictional but plausible); My Numbers and card numbers come from build.py's
helpers with n counting up from SEED.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 11701
rng = random.Random(SEED)
_counter = [SEED]


def _next_n() -> int:
    n = _counter[0]
    _counter[0] += 1
    return n


def next_my_number() -> str:
    return my_number(_next_n())


def next_card() -> str:
    return card_number(_next_n())


# -- invented people ---------------------------------------------------------------------

_SURNAMES = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"),
    ("鷲尾", "ワシオ", "Washio"), ("安曇", "アズミ", "Azumi"),
    ("榊原", "サカキバラ", "Sakakibara"), ("御手洗", "ミタライ", "Mitarai"),
    ("五十嵐", "イガラシ", "Igarashi"), ("芦屋", "アシヤ", "Ashiya"),
    ("雲母", "キララ", "Kirara"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("長谷部", "ハセベ", "Hasebe"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("設楽", "シタラ", "Shitara"), ("宍戸", "シシド", "Shishido"),
    ("蓮見", "ハスミ", "Hasumi"), ("神楽坂", "カグラザカ", "Kagurazaka"),
    ("大豆生田", "オオマミュウダ", "Omamyuda"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("真壁", "マカベ", "Makabe"), ("羽生", "ハニュウ", "Hanyu"),
    ("月岡", "ツキオカ", "Tsukioka"), ("樋渡", "ヒワタシ", "Hiwatashi"),
    ("相楽", "サガラ", "Sagara"), ("野々村", "ノノムラ", "Nonomura"),
    ("乙部", "オトベ", "Otobe"), ("久我", "クガ", "Kuga"),
    ("金城", "キンジョウ", "Kinjo"), ("浅葱", "アサギ", "Asagi"),
    ("早乙女", "サオトメ", "Saotome"), ("舘野", "タテノ", "Tateno"),
    ("伊集院", "イジュウイン", "Ijuin"), ("鶴見", "ツルミ", "Tsurumi"),
    ("八重樫", "ヤエガシ", "Yaegashi"), ("古閑", "コガ", "Koga"),
    ("波多野", "ハタノ", "Hatano"), ("日下部", "クサカベ", "Kusakabe"),
]
_GIVEN = [
    ("美咲", "ミサキ", "Misaki", "F"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("千夏", "チナツ", "Chinatsu", "F"), ("亮", "リョウ", "Ryo", "M"),
    ("陽菜", "ヒナ", "Hina", "F"), ("航", "ワタル", "Wataru", "M"),
    ("志保", "シホ", "Shiho", "F"), ("健吾", "ケンゴ", "Kengo", "M"),
    ("琴音", "コトネ", "Kotone", "F"), ("隼人", "ハヤト", "Hayato", "M"),
    ("真由", "マユ", "Mayu", "F"), ("拓真", "タクマ", "Takuma", "M"),
    ("早苗", "サナエ", "Sanae", "F"), ("修一", "シュウイチ", "Shuichi", "M"),
    ("由紀子", "ユキコ", "Yukiko", "F"), ("誠", "マコト", "Makoto", "M"),
    ("彩花", "アヤカ", "Ayaka", "F"), ("剛", "ツヨシ", "Tsuyoshi", "M"),
    ("綾乃", "アヤノ", "Ayano", "F"), ("慎太郎", "シンタロウ", "Shintaro", "M"),
    ("佳奈", "カナ", "Kana", "F"), ("英樹", "ヒデキ", "Hideki", "M"),
    ("杏", "アン", "An", "F"), ("雄大", "ユウダイ", "Yudai", "M"),
]
_DEPTS = ["営業一部", "営業二部", "経理部", "人事部", "総務部", "品質保証部", "生産管理部",
          "情報システム部", "購買部", "物流企画部", "開発部", "法務部"]
_BLOOD = ["A型", "O型", "B型", "AB型", "A型", "O型", "A型", "B型"]
_PLACES = [
    ("135-0061", "東京都江東区豊洲", "五丁目"), ("136-0071", "東京都江東区亀戸", "三丁目"),
    ("211-0004", "神奈川県川崎市中原区新丸子東", "二丁目"),
    ("272-0021", "千葉県市川市八幡", "四丁目"), ("330-0063", "埼玉県さいたま市浦和区高砂", "一丁目"),
    ("143-0016", "東京都大田区大森北", "六丁目"), ("170-0013", "東京都豊島区東池袋", "二丁目"),
    ("224-0003", "神奈川県横浜市都筑区中川中央", "一丁目"),
    ("279-0012", "千葉県浦安市入船", "三丁目"), ("182-0026", "東京都調布市小島町", "一丁目"),
    ("203-0053", "東京都東久留米市本町", "四丁目"), ("343-0845", "埼玉県越谷市南越谷", "二丁目"),
]


def _phone() -> str:
    return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def _dob() -> _dt.date:
    return _dt.date(1964, 1, 1) + _dt.timedelta(days=rng.randrange(365 * 38))


def _person(sei, mei) -> dict:
    place = rng.choice(_PLACES)
    d = _dob()
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
        "ROMAJI": f"{sei[2].upper()} {mei[2]}", "sex": mei[3],
        "dob": d, "tel": _phone(),
        "mail": f"{sei[2].lower()}.{mei[2].lower()}@hinode-sangyo.co.jp",
        "zip": place[0],
        "addr": f"{place[1]}{place[2]}{rng.randint(1, 28)}-{rng.randint(1, 30)}"
                + rng.choice(["", f"-{rng.randint(101, 1208)}", "",
                              f" メゾン{rng.choice(['桜', '青葉', '若草'])}{rng.randint(101, 508)}"]),
        "empno": f"H{rng.randint(10000, 79999)}",
        "blood": rng.choice(_BLOOD), "dept": rng.choice(_DEPTS),
    }


def _people(k: int) -> list[dict]:
    pairs = [(s, g) for s in _SURNAMES for g in _GIVEN]
    return [_person(s, g) for s, g in rng.sample(pairs, k)]


POOL = _people(260)
_pool_i = [0]


def take(k: int) -> list[dict]:
    i = _pool_i[0]
    _pool_i[0] += k
    return POOL[i:i + k]


_FW = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "fwshort":
        return "ＳＨ"[short == "H"] + fw(f"{y}.{d.month}.{d.day}")
    raise ValueError(style)


def iso(d: _dt.date) -> str:
    return d.strftime("%Y/%m/%d")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 1)


def columns(header: list[str], rows: list[list[str]], rule: str = "-") -> str:
    widths = [max(_w(str(r[i])) for r in [header] + rows) + 2 for i in range(len(header))]
    out = ["".join(pad(h, w) for h, w in zip(header, widths)).rstrip()]
    out.append("".join(pad(rule * (w - 2), w) for w in widths).rstrip())
    for r in rows:
        out.append("".join(pad(str(c), w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12 base digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- the organisations in this area --------------------------------------------------------

D = "hinode-sangyo.co.jp"
BC = "tokyobay-bc.or.jp"          # 東京ベイ血液センター (blood centre, fictional)
MB = "komorebi-marrow.or.jp"      # こもれび骨髄バンク (marrow registry, fictional)
HP1 = "sakuragaoka-gh.or.jp"      # 桜ヶ丘総合病院
HP2 = "wangan-mc.jp"              # 湾岸医療センター
CITY = "city.minatogawa.lg.jp"    # 港川市役所

ME_YAMAGUCHI = f"山口 恵子 <yamaguchi.keiko@{D}>"
ME_HASEBE = f"長谷部 亮 <hasebe.ryo@{D}>"
ME_MINASE = f"水無瀬 千夏 <minase.chinatsu@{D}>"
ME_SHOJI = f"東海林 大輔 <shoji.daisuke@{D}>"
ME_EISEI = f"安全衛生委員会事務局 <eisei-jimu@{D}>"

SIG_YAMAGUCHI = """
──────────────────────────
日の出産業株式会社 総務部 CSR推進課
山口 恵子（やまぐち けいこ）
〒135-0061 東京都江東区豊洲七丁目3番1号 日の出豊洲ビル8F
TEL 03-5534-2210（代表）／内線 4127
yamaguchi.keiko@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HASEBE = """
--
日の出産業株式会社
総務部 総務課  長谷部 亮
TEL: 03-5534-2215  FAX: 03-5534-2299
〒135-0061 東京都江東区豊洲7-3-1"""

SIG_MINASE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 人事部 健康管理室
保健師 水無瀬 千夏
内線 4410 ／ 直通 03-5534-2240
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SHOJI = """
------------------------------------------------
 日の出産業株式会社 人事部 労務課
 東海林 大輔 / Daisuke Shoji
 Tel 03-5534-2230 (ext. 4302)
------------------------------------------------"""

SIG_EN = """
Best regards,
Keiko Yamaguchi
CSR Promotion Section, General Affairs Dept.
Hinode Sangyo Co., Ltd.
7-3-1 Toyosu, Koto-ku, Tokyo 135-0061, Japan
Tel: +81-3-5534-2210"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""


MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"donor-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ========================================================================================
# 001 S — pre-booked donors, padded columns
_p = take(10)
_times = ["10:00-10:30", "10:30-11:00", "11:00-11:30", "13:00-13:30", "13:30-14:00",
          "14:00-14:30", "14:30-15:00", "15:00-15:30", "10:00-10:30", "13:00-13:30"]
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"堀之内 様 <horinouchi@{BC}>"],
    subject="6/12 豊洲本社 献血 事前予約者一覧の送付",
    charset="iso-2022-jp",
    body="東京ベイ血液センター\n事業推進課 献血推進係\n堀之内 様\n\n"
         "いつもお世話になっております。\n日の出産業 総務部の山口です。\n\n"
         "6月12日（木）の弊社豊洲本社での献血について、事前予約の方の一覧をお送りします。\n"
         "受付順のご参考にしていただければ幸いです。\n\n"
         + columns(["氏名", "所属", "血液型", "携帯電話", "希望時間帯"],
                   [[p["name"], p["dept"], p["blood"], p["tel"], t] for p, t in zip(_p, _times)])
         + "\n\n以上10名です。当日飛び込みの方も数名見込んでおります。\n"
           "よろしくお願いいたします。\n" + SIG_YAMAGUCHI,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ten employees' names and mobile numbers in padded columns to the blood centre",
)

# 002 P — bus logistics, no personal data
add(
    expect="pass", sender=ME_HASEBE, to=[f"献血バス配車担当 <kenketsu-bus@{BC}>"],
    cc=[f"yamaguchi.keiko@{D}"],
    subject="献血バス受入れについて（電源・駐車位置）",
    charset="cp932",
    body="東京ベイ血液センター 配車ご担当者様\n\n"
         "お世話になっております。日の出産業総務課の長谷部です。\n"
         "6/12の献血バス受入れについて、ビル管理会社と調整がつきましたのでご連絡します。\n\n"
         "■到着時刻　　8:30（正面ロータリー経由で地下1階 荷捌き場へ）\n"
         "■駐車位置　　B1 荷捌き場 3番・4番（車高制限 3.8m）\n"
         "■電源　　　　100V 15A × 2口（荷捌き場東側の外部コンセント）\n"
         "■受付会場　　3階 大会議室A（問診・休憩スペースを併設）\n"
         "■撤収　　　　16:30 目安\n\n"
         "バス2台の場合は3番・4番を縦列でお使いください。\n"
         "不明点がございましたらご連絡ください。\n" + SIG_HASEBE,
    entities=[], detectors=[],
    note="event logistics with the blood centre; only the sender's signature",
)

# 003 S — questionnaire pre-check xlsx with medical history
_p = take(8)
_hist = ["なし", "高血圧（降圧剤服用中）", "気管支喘息（吸入薬使用）", "なし",
         "甲状腺機能低下症（チラーヂン服用）", "3年前 胃潰瘍（治癒）", "B型肝炎キャリア", "なし"]
_med = ["なし", "アムロジピン", "吸入ステロイド", "なし", "レボチロキシン", "なし", "なし", "花粉症薬"]
add(
    expect="stop", sender=ME_MINASE, to=[f"医務課 <imu@{BC}>"],
    cc=[f"yamaguchi.keiko@{D}"],
    subject="事前問診チェック結果のご確認のお願い（6/12 日の出産業）",
    charset="iso-2022-jp",
    body="東京ベイ血液センター 医務課 御中\n\n"
         "いつもお世話になっております。日の出産業 健康管理室の水無瀬です。\n"
         "6/12の社内献血に向けて、事前問診シートで気になる回答のあった方を添付にまとめました。\n"
         "当日の検診医の先生に事前にご確認いただけますと助かります。\n\n"
         "よろしくお願いいたします。\n" + SIG_MINASE,
    attachments=[{
        "kind": "xlsx", "name": "事前問診チェック_0612.xlsx",
        "sheets": {
            "要確認者": [["2025年度 第2回 社内献血 事前問診チェック結果（健康管理室）"], [],
                      ["No", "氏名", "生年月日", "体重(kg)", "服薬", "既往歴・治療中の疾患", "メモ"]]
                     + [[i + 1, p["name"], iso(p["dob"]), rng.randint(46, 88), m, h, ""]
                        for i, (p, m, h) in enumerate(zip(_p, _med, _hist))],
            "集計": [["区分", "人数"], ["事前問診回答", 64], ["要確認", 8], ["辞退", 3]],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="xlsx rows of eight named employees with medications and medical history to the blood centre",
)

# 004 P — reply, quoted list only
_p = take(6)
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"堀之内 様 <horinouchi@{BC}>"],
    subject="Re: 予約者一覧 受領しました",
    charset="iso-2022-jp",
    body="堀之内様\n\nご確認ありがとうございます。\n"
         "飛び込みの方の受付は12時までとし、社内掲示にもその旨記載いたします。\n"
         "引き続きよろしくお願いいたします。\n\n山口\n\n"
         "> 日の出産業 山口様\n>\n> お世話になっております。血液センターの堀之内です。\n"
         "> 一覧を受領しました。以下の方々は午前枠でお受けします。\n>\n"
         + "\n".join(f"> {p['name']}　{p['tel']}　{p['blood']}" for p in _p)
         + "\n>\n> 当日はよろしくお願いいたします。\n",
    entities=[], detectors=[],
    note="reply; the donors' phone list appears only in quoted text the recipient already has",
)

# 005 S — one person's cancer history in a sentence
add(
    expect="stop", sender=ME_MINASE, to=[f"地域連携室 <renkei@{HP1}>"],
    subject="骨髄バンクドナー登録の可否についてご相談",
    charset="iso-2022-jp",
    body="桜ヶ丘総合病院 地域連携室 ご担当者様\n\n"
         "突然のご連絡失礼いたします。日の出産業株式会社 健康管理室の水無瀬と申します。\n\n"
         "来月、社内で骨髄バンクのドナー登録会を予定しております。\n"
         "その中で、経理部の雲母 真由さん（42歳）から、昨年貴院血液内科で悪性リンパ腫の"
         "化学療法を終え、現在も経過観察中であるが登録できるかとの相談がありました。\n"
         "主治医の先生のご意見を伺えればと存じますが、どのような手続きがよろしいでしょうか。\n\n"
         "ご多忙のところ恐縮ですが、ご教示いただけますと幸いです。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's lymphoma treatment history in a sentence to a hospital",
)

# 006 P — list of branch offices (business)
add(
    expect="pass", sender=ME_HASEBE, to=[f"kenketsu-bus@{BC}"],
    subject="巡回献血 候補事業所一覧（下期）",
    charset="cp932",
    body="配車ご担当者様\n\nお世話になっております。\n"
         "下期の巡回献血の候補として、弊社の事業所一覧をお送りします。\n\n"
         + columns(["事業所", "所在地", "代表電話", "従業員数"], [
             ["豊洲本社", "東京都江東区豊洲7-3-1", "03-5534-2210", "620"],
             ["亀戸物流センター", "東京都江東区亀戸9-12-4", "03-3681-5520", "210"],
             ["川崎工場", "神奈川県川崎市川崎区千鳥町2-8", "044-287-3301", "480"],
             ["横浜営業所", "神奈川県横浜市西区みなとみらい3-6-1", "045-228-7710", "55"],
             ["市川倉庫", "千葉県市川市塩浜1-5-9", "047-359-1180", "90"],
             ["さいたま営業所", "埼玉県さいたま市大宮区桜木町1-7-5", "048-645-3320", "40"],
             ["立川技術センター", "東京都立川市曙町2-31-7", "042-548-6650", "130"],
             ["千葉営業所", "千葉県千葉市中央区新町18-14", "043-246-0081", "35"],
         ])
         + "\n\n従業員50名未満の拠点は近隣事業所との合同開催も検討しています。\n" + SIG_HASEBE,
    entities=[], detectors=[],
    note="list of the company's own branches with switchboard numbers: business data, not people",
)

# 007 S — CSV without a name column
_p = take(12)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="予約者データ（CSV）送付",
    charset="cp932",
    body="堀之内様\n\nお世話になっております。日の出産業の山口です。\n"
         "予約システムへの取込用に、CSVで予約者データをお送りします。\n"
         "氏名は社内規程により社員番号に置き換えてあります。\n\nよろしくお願いいたします。\n"
         + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "csv", "name": "yoyaku_0612.csv", "encoding": "cp932",
        "rows": [["社員番号", "性別", "生年月日", "血液型", "携帯電話", "前回献血日"]]
                + [[p["empno"], "男" if p["sex"] == "M" else "女", iso(p["dob"]), p["blood"],
                    p["tel"], rng.choice(["", "2024/11/20", "2025/01/15", "2024/06/05"])]
                   for p in _p],
    }],
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of twelve donors (employee no., DOB, mobile) with no name column, to the blood centre",
)

# 008 P — internal only, sensitive list
_p = take(7)
add(
    expect="pass", sender=ME_MINASE, to=[f"産業医 <sangyoi@{D}>"], cc=[f"kenko-kanri@{D}"],
    subject="献血当日の要配慮者リスト（社内限り）",
    charset="iso-2022-jp",
    body="先生\n\nお疲れさまです。水無瀬です。\n当日、採血後の体調に注意が必要な方を共有します。\n\n"
         "氏名\t所属\t留意事項\n"
         + "\n".join(f"{p['name']}\t{p['dept']}\t{x}" for p, x in zip(_p, [
             "過去に採血後の迷走神経反射あり", "貧血治療歴（鉄剤）", "てんかん（服薬中・発作なし3年）",
             "低血圧", "糖尿病（食事療法のみ）", "妊娠の可能性ありと申告", "採血後に失神歴"]))
         + "\n\n休憩スペースでの経過観察を長めにとる予定です。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health notes on seven named employees, but every recipient is internal",
)

# 009 S — look-alike of the own domain
add(
    expect="stop", sender=ME_HASEBE, to=[f"総務課 <soumu-ka@hinode-sangyou.co.jp>"],
    subject="献血会 当日タイムテーブル（最終版）",
    charset="cp932",
    body="総務課各位\n\nお疲れさまです。長谷部です。\n献血会当日のタイムテーブル最終版です。\n\n"
         "  8:30  献血バス到着・設営\n  9:30  受付開始\n 12:00  飛び込み受付締切\n"
         " 12:00〜13:00  休憩（採血停止）\n 15:30  受付終了\n 16:30  撤収完了\n\n"
         "受付当番表は別途回します。\n" + SIG_HASEBE,
    entities=[], detectors=["lookalike_domain"],
    note="meant for colleagues but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
)

# 010 P — two external organisations
add(
    expect="pass", sender=ME_YAMAGUCHI,
    to=[f"堀之内 様 <horinouchi@{BC}>", f"さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="秋の献血・ドナー登録イベント 会場下見の日程",
    charset="iso-2022-jp",
    body="東京ベイ血液センター 堀之内様\nさくらホテル 宴会予約ご担当 様\n\n"
         "お世話になっております。日の出産業の山口です。\n"
         "10月の献血・骨髄ドナー登録イベントについて、会場の下見を下記日程で調整させてください。\n\n"
         "　候補1：9月2日（火）14:00〜\n　候補2：9月4日（木）10:00〜\n\n"
         "献血バスの停車位置と、登録ブースの動線を確認させていただく予定です。\n"
         "ご都合をお知らせいただけますでしょうか。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="normal three-way scheduling mail: two external organisations in To",
)

# 011 S — three external organisations can see each other
add(
    expect="stop", sender=ME_YAMAGUCHI,
    to=[f"総務部 岩城様 <iwaki.t@kawasaki-denki.co.jp>", f"総務課 <soumu@aoba-unyu.co.jp>",
        f"人事総務部 辻本様 <tsujimoto@kitaguni-foods.co.jp>"],
    subject="豊洲地区 企業合同献血会のご案内",
    charset="iso-2022-jp",
    body="各社 ご担当者様\n\n"
         "平素より大変お世話になっております。日の出産業株式会社 総務部の山口でございます。\n\n"
         "昨年好評をいただきました豊洲地区の企業合同献血会を、今年も下記のとおり開催いたします。\n"
         "ぜひ貴社の皆様にもご参加いただきたく、ご案内申し上げます。\n\n"
         "　日時：2025年11月6日（木）9:30〜15:30\n"
         "　場所：日の出豊洲ビル 1階エントランス前（献血バス2台）\n"
         "　協力：東京ベイ血液センター\n\n"
         "参加見込み人数を10月24日までにお知らせください。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies in To can see each other's addresses; should have been Bcc",
)

# 012 P — mail about an NDA
add(
    expect="pass", sender=ME_SHOJI, to=[f"渉外課 芹沢様 <serizawa@{MB}>"],
    subject="秘密保持契約書（ドナー登録会共催）押印版の送付",
    charset="iso-2022-jp",
    body="こもれび骨髄バンク 渉外課\n芹沢 様\n\nいつもお世話になっております。日の出産業の東海林です。\n\n"
         "先日ご調整いただいた秘密保持契約書について、弊社押印版をPDFでお送りします。\n"
         "原本2部は本日郵送いたしましたので、1部にご押印のうえご返送ください。\n\n"
         "第4条（秘密情報の範囲）の文言は前回ご提示いただいた修正案のとおりです。\n"
         "よろしくお願いいたします。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "pdf", "name": "秘密保持契約書_押印版.pdf", "title": "秘密保持契約書",
        "lines": ["秘密保持契約書", "",
                  "日の出産業株式会社（以下「甲」という。）と公益財団法人こもれび骨髄バンク"
                  "（以下「乙」という。）は、",
                  "骨髄バンクドナー登録会の共同開催に関し、次のとおり秘密保持契約を締結する。", "",
                  "第1条（目的）本契約は、登録会の企画・運営のために開示される情報の取扱いを定める。",
                  "第2条（秘密情報）開示当事者が秘密である旨を明示して開示した情報をいう。",
                  "第3条（目的外使用の禁止）受領当事者は秘密情報を本目的以外に使用しない。",
                  "第4条（秘密情報の範囲）公知の情報、独自に開発した情報はこれに含まない。",
                  "第5条（有効期間）本契約の有効期間は締結日から3年間とする。", "",
                  "2025年8月1日",
                  "甲　東京都江東区豊洲七丁目3番1号　日の出産業株式会社　代表取締役 日向 正隆",
                  "乙　東京都千代田区神田錦町二丁目9番　公益財団法人こもれび骨髄バンク　理事長 古賀 紀子"],
    }],
    entities=[], detectors=[],
    note="mail about an NDA; the contract names only company officers and office addresses",
)

# 013 S — password ZIP (PPAP)
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="ドナー登録会 申込者一覧（パスワード別送）",
    charset="iso-2022-jp",
    body="芹沢様\n\nお世話になっております。東海林です。\n"
         "7/5のドナー登録会の申込者一覧をお送りします。\n"
         "ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。\n\n"
         "よろしくお願いいたします。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "donor_moushikomi_0705.zip", "password": "Hn7#q2Lx",
        "files": [{"kind": "xlsx", "name": "申込者一覧.xlsx",
                   "sheets": {"申込者": [["氏名", "生年月日", "電話"]]
                              + [[p["name"], iso(p["dob"]), p["tel"]] for p in take(9)]}}],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 014 P — the password mail
add(
    expect="pass", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="【パスワード】ドナー登録会 申込者一覧",
    charset="iso-2022-jp",
    body="芹沢様\n\n先ほどお送りしたファイルのパスワードをお知らせします。\n\n"
         "　パスワード：Hn7#q2Lx\n\n"
         "※次回からはクラウドストレージでの共有に切り替えたいと考えております。\n" + SIG_SHOJI,
    entities=[], detectors=[],
    note="separate password mail: no personal data, no attachment",
)

# 015 S — HTML-only table with e-mails and phones
_p = take(7)
_rows = "".join(
    f"<tr><td>{p['name']}</td><td>{p['dept']}</td><td>{p['mail']}</td><td>{p['tel']}</td></tr>"
    for p in _p)
add(
    expect="stop", sender=ME_SHOJI, to=[f"登録会事務局 <event@{MB}>"],
    subject="説明員ボランティア 連絡先一覧",
    charset="utf-8",
    html="<html><body><p>こもれび骨髄バンク 登録会事務局 御中</p>"
         "<p>いつもお世話になっております。日の出産業 人事部の東海林です。<br>"
         "登録会で説明員をお手伝いする弊社社員の連絡先を下表のとおりお知らせします。"
         "事前研修のご案内を直接お送りいただいて構いません。</p>"
         "<table border='1' cellpadding='4'><tr><th>氏名</th><th>所属</th><th>メール</th>"
         f"<th>携帯</th></tr>{_rows}</table>"
         "<p>よろしくお願いいたします。</p>"
         "<p>日の出産業株式会社 人事部 労務課<br>東海林 大輔<br>Tel 03-5534-2230</p>"
         "</body></html>",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of seven employees with e-mail and mobile to the registry",
)

# 016 P — English, no personal data
add(
    expect="pass", sender=f"Keiko Yamaguchi <yamaguchi.keiko@{D}>",
    to=["Priya Raman <priya.raman@lifeline-asia.org>"],
    subject="Workplace blood drive - sharing our checklist",
    charset="utf-8",
    body="Dear Ms. Raman,\n\nThank you for the call last week. As promised, here is the outline "
         "we use when we host a blood drive at our Tokyo head office:\n\n"
         "  1. Book the mobile unit 8 weeks ahead with the regional blood centre\n"
         "  2. Internal sign-up opens 4 weeks ahead (target: 60 donors per bus)\n"
         "  3. Reminder on the intranet 3 days before; snacks and drinks ordered\n"
         "  4. On the day: reception, questionnaire, rest area with a nurse on call\n"
         "  5. Thank-you note and headcount report to management within a week\n\n"
         "Happy to compare notes on how you handle walk-ins in Singapore.\n" + SIG_EN,
    entities=[], detectors=[],
    note="English mail to a foreign NGO with a process checklist; no personal data",
)

# 017 S — DOCX table of five registrants (和暦, address)
_p = take(5)
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="ドナー登録 追加申込者（5名）",
    charset="iso-2022-jp",
    body="芹沢様\n\nお世話になっております。\n登録会後に追加で申込のあった5名分の申込内容を添付いたします。\n"
         "登録キットの送付をお願いできますでしょうか。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "docx", "name": "追加申込者.docx",
        "paragraphs": ["骨髄バンク ドナー登録 追加申込者", "日の出産業株式会社 人事部"],
        "tables": [[["氏名", "生年月日", "郵便番号", "住所", "電話"]]
                   + [[p["name"], wareki(p["dob"]), "〒" + p["zip"], p["addr"], p["tel"]]
                      for p in _p]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of five people with 和暦 DOB, home address and phone to the registry",
)

# 018 P — one free-mail recipient
add(
    expect="pass", sender=ME_YAMAGUCHI, to=["波多野 様 <hatano.shige1955@gmail.com>"],
    subject="献血会 受付ボランティアのお願い",
    charset="iso-2022-jp",
    body="波多野様\n\nご無沙汰しております。総務部の山口です。\n"
         "今年も11/6に本社で献血会を行います。昨年に続き、受付のお手伝いをお願いできませんでしょうか。\n"
         "時間は9:00〜12:00、昼食をご用意いたします。\n\n"
         "ご都合をお聞かせいただけますと幸いです。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["freemail_recipient"],
    note="one retiree on free mail, asked to volunteer; no personal data beyond the salutation",
)

# 019 S — My Number in a subsidy application
_p = take(1)[0]
_mn = next_my_number()
add(
    expect="stop", sender=ME_SHOJI, to=[f"健康推進課 <kenko-suishin@{CITY}>"],
    subject="骨髄ドナー助成金 交付申請（代理提出）",
    charset="iso-2022-jp",
    body="港川市 健康推進課 ご担当者様\n\n"
         "お世話になっております。日の出産業株式会社 人事部の東海林です。\n"
         "弊社社員が骨髄提供を行いましたので、本人の委任を受け、ドナー助成金の申請内容をお送りします。\n\n"
         f"【申請者（ドナー本人）】\n　氏名　　　：{_p['name']}（{_p['kana']}）\n"
         f"　生年月日　：{wareki(_p['dob'])}\n　住所　　　：〒{_p['zip']} {_p['addr']}\n"
         f"　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
         "　提供日　　：2025年9月9日（入院 9/8〜9/12）\n"
         f"【振込先】\n　みどり銀行 豊洲支店 普通 {rng.randint(1000000, 9999999)}"
         f"　名義 {_p['kana']}\n\n委任状と通院証明書の原本は郵送いたします。\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="a donor's My Number, address and bank account sent to the city office",
)

# 020 P — internal, My Number
_p = take(1)[0]
_mn = next_my_number()
add(
    expect="pass", sender=ME_SHOJI, to=[f"給与グループ <kyuyo@{D}>"],
    subject="ドナー休暇取得者の個人番号確認",
    charset="cp932",
    body="給与グループ 各位\n\nお疲れさまです。東海林です。\n"
         "ドナー休暇（特別有給）取得者の給与処理にあたり、個人番号の突合をお願いします。\n\n"
         f"　社員番号 {_p['empno']}　{_p['name']}\n　個人番号 {_mn}\n"
         "　休暇期間 9/8〜9/12（5日間）\n\n社内限りでお願いします。\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Number of one employee, but the mail is internal only",
)

# 021 S — PDF stamped 社外秘
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="2025年度 献血推進計画（案）",
    charset="iso-2022-jp",
    body="堀之内様\n\nお世話になっております。\n来年度の献血推進計画の案を添付します。"
         "年4回開催と目標人数についてご意見をいただけますと幸いです。\n" + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "pdf", "name": "献血推進計画_2025.pdf", "page_header": "社外秘",
        "title": "2025年度 献血推進計画",
        "lines": ["2025年度 献血推進計画（案）", "日の出産業株式会社 総務部 CSR推進課", "",
                  "1. 開催回数：年4回（5月・8月・11月・2月）",
                  "2. 目標献血者数：延べ240名（前年比 +15%）",
                  "3. 予算：1,850,000円（補食・ノベルティ・広報物）",
                  "4. 施策：部署対抗キャンペーン、初回献血者へのノベルティ",
                  "5. 骨髄バンクドナー登録会：年1回（10月）"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="PDF page header carries the 社外秘 stamp; sent to the blood centre",
)

# 022 P — mentions 社外秘 handling, sends only counts
add(
    expect="pass", sender=ME_MINASE, to=[f"imu@{BC}"],
    subject="Re: 不採用理由の内訳について",
    charset="iso-2022-jp",
    body="医務課 ご担当者様\n\nお世話になっております。健康管理室の水無瀬です。\n"
         "お問い合わせの件、社員個々の問診内容は弊社規程で社外秘扱いとしておりますので、"
         "集計値のみご報告させてください。\n\n"
         "・受付者数　　　　　　　　71名\n・採血者数　　　　　　　　58名\n"
         "・不採用（血色素量）　　　 7名\n・不採用（血圧）　　　　　 3名\n"
         "・不採用（服薬・その他）　 3名\n\n"
         "次回は事前の食事・睡眠の呼びかけを強化します。\n" + SIG_MINASE,
    entities=[], detectors=[],
    note="the word 社外秘 is only mentioned; the mail carries aggregate counts, no person",
)

# 023 S — corrupt xlsx
add(
    expect="stop", sender=ME_MINASE, to=[f"宇佐美 様 <usami@{HP2}>"],
    subject="術前検査日程の取りまとめ",
    charset="cp932",
    body="湾岸医療センター 宇佐美様\n\nお世話になっております。\n"
         "ご依頼の日程取りまとめファイルを添付いたします。\n" + SIG_MINASE,
    attachments=[{"kind": "corrupt", "name": "術前検査_取りまとめ.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached xlsx is corrupt and cannot be read",
)

# 024 P — catering quote reply, product codes and prices
add(
    expect="pass", sender=ME_HASEBE, to=[f"営業部 辻本様 <tsujimoto@kitaguni-foods.co.jp>"],
    subject="Re: 献血会用 補食・飲料のお見積り",
    charset="cp932",
    body="北国フーズ 辻本様\n\nお見積りありがとうございます。下記内容で発注させてください。\n\n"
         "品番           品名                        単価    数量   金額\n"
         "-------------  --------------------------  ------  -----  --------\n"
         "KF-DR-500      スポーツドリンク 500ml        120円   240    28,800円\n"
         "KF-OJ-200      果汁100% オレンジ 200ml        95円   120    11,400円\n"
         "KF-CK-12       ミニクッキー 個包装            48円   300    14,400円\n"
         "KF-YK-01       ようかん ミニ                  85円   150    12,750円\n\n"
         "納品日：11/5（水）午後　発注番号：HS-PO-2025-0917\n"
         "納品先：弊社本社 B1 荷捌き場（総務課 長谷部宛）\n\n"
         "> 日の出産業 長谷部様\n> 標記の件、お見積書を添付いたします。\n" + SIG_HASEBE,
    entities=[], detectors=[],
    note="purchase order with product codes and prices to a partner",
)

# 025 S — forwarded .eml with a partner's participant list
_p = take(6)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="FW: 合同献血会 川崎電機様の参加者",
    charset="iso-2022-jp",
    body="堀之内様\n\n川崎電機様から参加者の連絡がありましたので、元のメールを添付で転送します。\n"
         "弊社分と合わせて受付表にご反映ください。\n" + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "eml", "name": "川崎電機_参加者.eml",
        "message": {
            "sender": "岩城 徹 <iwaki.t@kawasaki-denki.co.jp>", "to": [f"yamaguchi.keiko@{D}"],
            "subject": "合同献血会 参加者のご連絡", "charset": "iso-2022-jp",
            "body": "日の出産業 山口様\n\nお世話になっております。川崎電機の岩城です。\n"
                    "弊社からの参加者は以下の6名です。\n\n"
                    + "\n".join(f"{i + 1}. {p['name']}（{p['blood']}） 携帯：{p['tel']}"
                                for i, p in enumerate(_p))
                    + "\n\nよろしくお願いいたします。\n川崎電機株式会社 総務部 岩城",
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forwarded mail (attached .eml) lists six people with mobiles; a forward is new text",
)

# 026 P — reply above -----Original Message----- with a patient's details quoted
add(
    expect="pass", sender=ME_MINASE, to=[f"usami@{HP2}"],
    subject="RE: 術前健診の日程について",
    charset="cp932",
    body="宇佐美様\n\nご連絡ありがとうございます。\n"
         "ご提示の8/26（火）9:00で本人の勤務調整がつきました。当日は直接外来受付へ伺います。\n\n"
         "水無瀬\n\n-----Original Message-----\n"
         "From: 宇佐美 梨沙 <usami@wangan-mc.jp>\nSent: Monday, August 18, 2025 5:12 PM\n"
         "To: 水無瀬 千夏\nSubject: 術前健診の日程について\n\n"
         "日の出産業 水無瀬様\n\n"
         "ドナー候補の相楽 航様ですが、確認検査の結果、軽度の肝機能値上昇が見られたため、"
         "術前健診で再検査を行います。\n8/26（火）9:00はいかがでしょうか。\n\n"
         "湾岸医療センター 造血細胞移植コーディネーター 宇佐美\n",
    entities=[], detectors=[],
    note="health details of a donor appear only in the quoted hospital mail; new text is scheduling",
)

# 027 S — tab-separated kana-only reception list
_p = take(6)
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="受付用名簿（ドナー登録ブース）",
    charset="cp932",
    body="さくらホテル 宴会予約ご担当様\n\nいつもお世話になっております。\n"
         "当日、受付でお名前を確認いただくための名簿です。表記はカナのみとしています。\n\n"
         "フリガナ\t携帯番号\t受付時間\n"
         + "\n".join(f"{p['kana']}\t{p['tel']}\t{t}" for p, t in
                     zip(_p, ["13:00", "13:00", "13:30", "14:00", "14:00", "14:30"]))
         + "\n\n当日はクロークの前に受付机を1台ご用意ください。\n" + SIG_HASEBE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six people in katakana with mobile numbers, tab-separated, to the hotel",
)

# 028 P — aggregate statistics by department
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="献血実績 部署別集計（上期）",
    charset="iso-2022-jp",
    body="堀之内様\n\nお世話になっております。\n上期の部署別実績をお送りします。表彰の参考資料です。\n\n"
         "部署            受付  採血  400mL  成分\n"
         "--------------  ----  ----  -----  ----\n"
         "営業本部          34    29     22     7\n"
         "管理本部          21    18     15     3\n"
         "生産本部          45    37     30     7\n"
         "開発本部          16    14     10     4\n"
         "合計             116    98     77    21\n\n"
         "引き続きよろしくお願いいたします。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=[],
    note="counts per department only; looks like a table but holds no person",
)

# 029 S — one employee's health-insurance card number
_p = take(1)[0]
add(
    expect="stop", sender=ME_SHOJI, to=[f"入院受付 <nyuin@{HP2}>"],
    subject="骨髄採取に伴う入院手続き（日の出産業 社員）",
    charset="iso-2022-jp",
    body="湾岸医療センター 入院受付 ご担当者様\n\n"
         "お世話になっております。日の出産業 人事部の東海林です。\n"
         "コーディネーターの宇佐美様よりご案内いただいた件で、入院予定者の保険情報をお知らせします。\n\n"
         f"　氏名　　　{_p['name']}\n　生年月日　{iso(_p['dob'])}\n"
         f"　保険者番号　0613{rng.randint(1000, 9999)}\n"
         f"　被保険者証 記号 {rng.randint(100, 999)}  番号 {rng.randint(1000, 9999)}\n"
         "　入院予定　9月8日（月）〜9月12日（金）\n\n"
         "保険証の写しは本人が当日持参いたします。\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one employee's health insurance card symbol and number sent to a hospital",
)

# 030 P — thank-you via Bcc
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"yamaguchi.keiko@{D}"],
    bcc=["tsukioka.m55@yahoo.co.jp", "ijuin_sanae@gmail.com", "k-yaegashi@docomo.ne.jp",
         "hiwatashi.go@icloud.com", "otobe1958@outlook.jp", "nono-mura@ezweb.ne.jp"],
    subject="献血会ボランティアの皆様へ 御礼",
    charset="iso-2022-jp",
    body="ボランティアの皆様\n\n（Bccにて失礼いたします）\n\n"
         "先日の献血会では受付・誘導にご協力いただき、誠にありがとうございました。\n"
         "おかげさまで当日は過去最多の84名の方に受付いただきました。\n"
         "次回は2月を予定しております。またご案内させてください。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["freemail_recipient"],
    note="thank-you to private volunteers correctly in Bcc; nobody sees the others",
)

# 031 S — full-width blocks, one record per block
_p = take(5)
add(
    expect="stop", sender=ME_MINASE, to=[f"成分献血予約 <seibun@{BC}>"],
    subject="成分献血 予約希望者のご連絡",
    charset="cp932",
    body="東京ベイ血液センター 成分献血予約ご担当様\n\n"
         "お世話になっております。日の出産業 健康管理室です。\n"
         "献血ルームでの成分献血を希望する社員がおりますので、ご連絡いたします。\n\n"
         + "\n".join(
             f"【{fw(str(i + 1))}】\n　氏　名：{p['name']}\n　生年月日：{wareki(p['dob'], 'fwshort')}\n"
             f"　電　話：{fw(p['tel'])}\n　希望日：{fw(d)}\n"
             for i, (p, d) in enumerate(zip(_p, ["9/3", "9/3", "9/10", "9/17", "9/17"])))
         + "\nご本人へ直接ご連絡いただいて問題ございません。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five records in blocks with full-width digits and 和暦 DOB to the blood centre",
)

# 032 P — poster PPTX draft
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="献血会ポスター 原稿のご送付",
    charset="iso-2022-jp",
    body="錦印刷 制作部 御中\n\nお世話になっております。\nポスター原稿（A2・B3共通）を添付いたします。"
         "初校は9/20頃にいただけますと助かります。\n" + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "pptx", "name": "献血ポスター_原稿.pptx",
        "slides": [["あなたの400mLが、誰かの明日に。", "日の出産業 秋の献血会",
                    "11月6日（木）9:30〜15:30", "本社1階エントランス前 献血バス"],
                   ["裏面：献血の流れ", "受付 → 問診 → 血液検査 → 採血 → 休憩（10分）",
                    "所要時間 約40分", "主催：総務部CSR推進課 協力：東京ベイ血液センター"]],
    }],
    entities=[], detectors=[],
    note="poster artwork text for a partner printer; no personal data",
)

# 033 S — PPTX report with named deferral reasons
_p = take(5)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="合同献血会 振り返り資料",
    charset="iso-2022-jp",
    body="川崎電機 岩城様\n\nお世話になっております。\n先日の振り返り会の資料をお送りします。\n"
         "次回の事前案内に活かせればと思います。\n" + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "pptx", "name": "合同献血会_振り返り.pptx",
        "slides": [["合同献血会 振り返り", "受付 96名 / 採血 79名", "2社合同・献血バス2台"],
                   ["不採用となった方（日の出産業分）"]
                   + [f"{p['name']}：{r}" for p, r in zip(_p, [
                       "血色素量不足（12.1g/dL）", "抗生物質服用中", "最高血圧 172",
                       "1か月以内に歯科治療（抜歯）", "海外渡航歴（4週間以内）"])],
                   ["次回への改善", "前日の食事・睡眠の呼びかけ", "服薬中の方向けQ&Aを配布"]],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PPTX names five employees with their medical deferral reasons, sent to a partner",
)

# 034 P — tracking number
add(
    expect="pass", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="ドナー登録キット返送のご連絡（追跡番号）",
    charset="iso-2022-jp",
    body="芹沢様\n\nお世話になっております。\n登録会で使用しなかった登録キット（32セット）を本日返送しました。\n\n"
         "　運送会社：青葉運輸\n　お問い合わせ番号：4417-2290-8835\n　到着予定：7月9日（水）午前\n\n"
         "ご確認のほどよろしくお願いいたします。\n" + SIG_SHOJI,
    entities=[], detectors=[],
    note="shipment of unused kits with a tracking number",
)

# 035 S — 【社外秘】 in the subject
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="【社外秘】合同献血会 費用分担案",
    charset="iso-2022-jp",
    body="【社外秘】\n\n岩城様\n\nお世話になっております。\n"
         "合同献血会の費用分担について、弊社内で整理した案をお送りします。\n\n"
         "　補食・飲料　　　67,350円 → 参加人数比で按分\n"
         "　テント・机借用　38,000円 → 折半\n"
         "　ポスター印刷　　52,800円 → 弊社負担\n\n"
         "社内決裁前の数字のため、取扱いにご注意ください。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["confidential_marking"],
    note="the mail is classified 社外秘 in the subject and body header, sent to a partner",
)

# 036 P — invoice with a T-number and the printer's company account
_cn = corp_number("%012d" % rng.randrange(10 ** 11, 10 ** 12))
add(
    expect="pass", sender=ME_HASEBE, to=[f"経理課 <keiri@nishiki-insatsu.co.jp>"],
    subject="請求書受領のご連絡（献血ポスター印刷）",
    charset="cp932",
    body="錦印刷株式会社 経理課 御中\n\nお世話になっております。日の出産業 総務課の長谷部です。\n"
         "下記の請求書を受領いたしました。9月末日にお振込みいたします。\n\n"
         "　請求書番号：NI-2025-08-0412\n"
         f"　登録番号　：T{_cn}\n"
         "　金額　　　：58,080円（税込）\n"
         "　振込先　　：みどり銀行 神田支店 当座 0048215 ニシキインサツ（カ\n\n"
         "よろしくお願いいたします。\n" + SIG_HASEBE,
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice confirmation: company T-number and company bank account, no person",
)

# 037 S — plain ZIP of a UTF-8 CSV with twenty applicants
_p = take(20)
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="ドナー登録会 申込データ（20名）",
    charset="utf-8",
    body="芹沢様\n\nお世話になっております。\n登録会の申込データを圧縮してお送りします。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "touroku_0705.zip",
        "files": [{"kind": "csv", "name": "moushikomi.csv", "encoding": "utf-8",
                   "rows": [["氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話", "メール"]]
                   + [[p["name"], p["kana"], p["sex"], iso(p["dob"]), p["zip"], p["addr"],
                       p["tel"], p["mail"]] for p in _p]}],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a CSV of twenty applicants' contact data",
)

# 038 P — three staff contacts to the venue
_p = take(3)
add(
    expect="pass", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="当日運営スタッフの連絡先",
    charset="iso-2022-jp",
    body="さくらホテル ご担当様\n\n当日の弊社運営スタッフの連絡先です。何かあればいずれかにご連絡ください。\n\n"
         + "\n".join(f"・{p['name']}（{r}）　{p['tel']}" for p, r in
                     zip(_p, ["責任者", "受付", "会場設営"]))
         + "\n\nよろしくお願いいたします。\n" + SIG_HASEBE,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three staff contacts to the venue: under five people, may warn but must go",
)

# 039 S — look-alike of a partner (co. added)
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.co.jp"],
    subject="会場レイアウト図の送付",
    charset="iso-2022-jp",
    body="さくらホテル 宴会予約ご担当様\n\nいつもお世話になっております。\n"
         "10/18 ドナー登録イベントの会場レイアウト案をお送りします。\n\n"
         "　・受付：ホワイエ入口左手（長机2台）\n　・説明ブース：鳳凰の間 前方（パーテーション3枚）\n"
         "　・採血（口腔粘膜）スペース：後方（椅子12脚）\n　・休憩スペース：ホワイエ右手\n\n"
         "ご確認をお願いいたします。\n" + SIG_HASEBE,
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a look-alike of the partner sakura-hotel.jp",
)

# 040 P — generic eligibility guidance
add(
    expect="pass", sender=ME_MINASE, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="献血できない場合の目安（社内案内用）",
    charset="iso-2022-jp",
    body="岩城様\n\nお問い合わせの件、弊社で社内案内に使っている目安をお送りします。"
         "血液センターの公開情報をもとにしたものです。\n\n"
         "・服薬中の方は、薬の種類によって献血できない場合があります\n"
         "・抜歯などの歯科治療後3日間は献血できません\n"
         "・海外から帰国後4週間以内の方はご遠慮ください\n"
         "・体重50kg未満の方は400mL献血ができません\n"
         "・前日は十分な睡眠と食事をとってください\n\n"
         "詳細は当日の検診医の判断となります。\n" + SIG_MINASE,
    entities=[], detectors=[],
    note="general eligibility rules with health words but about no identifiable person",
)

# 041 S — passport numbers (English)
_p = take(2)
add(
    expect="stop", sender=f"Daisuke Shoji <shoji.daisuke@{D}>", to=[f"International Desk <intl@{MB}>"],
    subject="ID check for two registrants (passport)",
    charset="utf-8",
    body="Dear International Desk,\n\nTwo of our employees who registered at the 5 July drive "
         "do not hold a driver's licence, so we send their passport details for the ID check "
         "you asked for:\n\n"
         + "\n".join(f"- {p['ROMAJI']}, born {p['dob'].strftime('%d %b %Y')}, "
                     f"passport No. T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
                     for p in _p)
         + "\n\nPlease let me know if you need copies.\n\nBest regards,\nDaisuke Shoji\n"
           "Labor Affairs Section, HR Dept., Hinode Sangyo Co., Ltd.",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers of two named employees in English to the registry",
)

# 042 P — English reply, roster only in quoted text
_p = take(6)
add(
    expect="pass", sender=f"Keiko Yamaguchi <yamaguchi.keiko@{D}>",
    to=["Priya Raman <priya.raman@lifeline-asia.org>"],
    subject="Re: Volunteer roster for the Singapore drive",
    charset="utf-8",
    body="Hi Priya,\n\nThanks, the roster looks right. Our colleagues will arrive by 8:45.\n\n"
         "Keiko\n\nOn Tue, 9 Sep 2025 at 10:14, Priya Raman <priya.raman@lifeline-asia.org> wrote:\n"
         "> Dear Keiko,\n> Here is the roster we have on file:\n>\n"
         + "\n".join(f"> {p['romaji']:<22} +81-{p['tel'][1:]}  {p['mail']}" for p in _p)
         + "\n>\n> Regards,\n> Priya\n",
    entities=[], detectors=[],
    note="the six-person roster is only quoted from the recipient's own mail",
)

# 043 S — one person's haemoglobin result
_p = take(1)[0]
add(
    expect="stop", sender=ME_MINASE, to=[f"seibun@{BC}"],
    subject="成分献血の可否について（社員1名）",
    charset="iso-2022-jp",
    body="ご担当者様\n\nお世話になっております。日の出産業 健康管理室の水無瀬です。\n"
         f"{_p['dept']}の{_p['name']}さんが成分献血を希望しております。\n"
         "ただ、今年4月の定期健康診断でヘモグロビン値が11.6g/dLと基準値を下回っており、"
         "前回の献血会でも血色素量不足で不採用となっています。\n"
         "現在は鉄剤の服用を終えていますが、献血ルームでの受付は可能でしょうか。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's health check result and treatment to the blood centre",
)

# 044 P — internal subdomain, marked list
_p = take(9)
add(
    expect="pass", sender=ME_MINASE, to=[f"健康管理室 <kenko@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】献血当日 要観察者一覧",
    charset="iso-2022-jp",
    body="健康管理室 各位\n\n当日の要観察者一覧を添付します。社外秘です。\n" + SIG_MINASE,
    attachments=[{
        "kind": "xlsx", "name": "要観察者一覧.xlsx", "page_header": "社外秘",
        "sheets": {"一覧": [["氏名", "内線", "携帯", "留意点"]]
                   + [[p["name"], str(rng.randint(4000, 4999)), p["tel"],
                       rng.choice(["VVR既往", "低体重", "貧血傾向", "降圧剤服用", "初回"])]
                      for p in _p]},
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="marked sensitive list, but sent to an internal subdomain only",
)

# 045 S — three private persons in To
add(
    expect="stop", sender=ME_YAMAGUCHI,
    to=["栗林 様 <kuribayashi.hideki@yahoo.co.jp>", "真壁 様 <makabe-ayano@docomo.ne.jp>",
        "鶴見 様 <tsurumi.kotone@icloud.com>"],
    subject="OB会 献血ボランティア説明会のご案内",
    charset="iso-2022-jp",
    body="OB会の皆様\n\nご無沙汰しております。日の出産業 総務部の山口です。\n"
         "献血会の受付ボランティアにお申し出いただいた皆様向けに、説明会を行います。\n\n"
         "　日時：10月28日（火）14:00〜15:00\n　場所：本社3階 小会議室C\n\n"
         "お手数ですがご出欠をご返信ください。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains",
                            "freemail_recipient"],
    note="three private persons on free mail in To see each other's addresses",
)

# 046 P — list of donation rooms (businesses)
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="近隣の献血ルーム一覧",
    charset="cp932",
    body="岩城様\n\n社員の方への案内用に、近隣の献血ルームをまとめました。\n\n"
         "・献血ルーム 豊洲ベイサイド　江東区豊洲3-2-20 2F　03-6910-4471　10:00〜17:30\n"
         "・献血ルーム 有明テラス　　　江東区有明1-4-11 4F　03-6457-2208　9:30〜17:00\n"
         "・献血ルーム 門前仲町　　　　江東区富岡1-13-6 3F　03-5639-7714　10:00〜18:00（木休）\n"
         "・献血ルーム 川崎駅前　　　　川崎市川崎区駅前本町8-3 6F　044-211-6602　10:00〜17:30\n"
         "・献血ルーム 武蔵小杉　　　　川崎市中原区小杉町3-264 5F　044-711-0930　10:00〜17:00\n\n"
         "成分献血は予約優先とのことです。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=[],
    note="addresses and phones of donation rooms: businesses, not people",
)

# 047 S — corporate card number for a deposit
_cc = next_card()
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="会場予約金のお支払い（カード決済）",
    charset="iso-2022-jp",
    body="さくらホテル 宴会予約ご担当様\n\nお世話になっております。\n"
         "鳳凰の間（10/18）の予約金について、法人カードでの決済をお願いいたします。\n\n"
         f"　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}\n"
         "　有効期限：08/28\n　名義：HINODE SANGYO CO LTD\n　金額：110,000円\n\n"
         "領収書は総務課 長谷部宛でお願いいたします。\n" + SIG_HASEBE,
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number in the body to an external recipient",
)

# 048 P — routine confirmation with the standard disclaimer
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="Re: 11/6 献血バス2台の件",
    charset="iso-2022-jp",
    body="堀之内様\n\n承知いたしました。2台体制でお願いいたします。\n"
         "受付の机を1台追加で用意しておきます。\n\n" + SIG_YAMAGUCHI + "\n" + DISC_JA,
    entities=[], detectors=[],
    note="short confirmation; the only 機密 wording is the standard disclaimer",
)

# 049 S — encrypted PDF
add(
    expect="stop", sender=ME_MINASE, to=[f"renkei@{HP1}"],
    subject="問診票（回収分）のご送付",
    charset="iso-2022-jp",
    body="桜ヶ丘総合病院 地域連携室 御中\n\nお世話になっております。\n"
         "先日ご相談した件の問診票をPDFでお送りします。パスワードは別途お電話でお伝えします。\n"
         + SIG_MINASE,
    attachments=[{
        "kind": "pdf", "name": "問診票_回収分.pdf", "password": "kenko0912",
        "lines": ["問診票", "氏名 芦屋 隼人", "既往歴：心房細動（服薬中）"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 050 S — 「・」 bullets with e-mail addresses
_p = take(6)
add(
    expect="stop", sender=ME_SHOJI, to=[f"event@{MB}"],
    subject="オンライン説明会 招待者リスト",
    charset="utf-8",
    body="登録会事務局 ご担当者様\n\nお世話になっております。\n"
         "オンライン説明会の招待URLを以下の社員へ直接お送りください。\n\n"
         + "\n".join(f"・{p['name']}（{p['dept']}） {p['mail']}" for p in _p)
         + "\n\n開催：9/24（水）12:15〜12:45\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="bullet list of six employees with their e-mail addresses to the registry",
)

# 051 P — internal, one person's medical information
add(
    expect="pass", sender=ME_MINASE, to=[f"産業医 <sangyoi@{D}>"], cc=[f"shoji.daisuke@{D}"],
    subject="ドナー候補者の就業配慮について",
    charset="iso-2022-jp",
    body="先生、東海林さん\n\nお疲れさまです。水無瀬です。\n"
         "ドナー候補の月岡 拓真さん（開発部）ですが、術前健診で軽度の貧血を指摘され、"
         "鉄剤の服用を開始したとのことです。\n採取後2週間は残業なしの配慮をお願いできればと思います。\n"
         + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="one employee's health information, internal recipients only",
)

# 052 S — disability of one named person to the venue
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="当日来場者の介助についてのお願い",
    charset="iso-2022-jp",
    body="さくらホテル ご担当様\n\nお世話になっております。\n"
         "10/18のイベントに、品質保証部の舘野 慎太郎が説明員として参加します。\n"
         "舘野は脊髄損傷による下肢障害（身体障害者手帳1種2級）があり、車椅子を使用しております。\n"
         "鳳凰の間までのエレベーター動線と、多目的トイレの位置をご案内いただけますでしょうか。\n\n"
         "よろしくお願いいたします。\n" + SIG_HASEBE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's disability sent to the hotel",
)

# 053 E — surname-only slot list
add(
    expect="either", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="午後枠の割り振り",
    charset="iso-2022-jp",
    body="堀之内様\n\n午後枠は以下のとおり割り振りました。\n\n"
         "13:00 鷲尾様\n13:15 設楽様\n13:30 蓮見様\n13:45 乙部様\n14:00 久我様\n14:15 古閑様\n\n"
         "以上です。\n" + SIG_YAMAGUCHI,
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six surnames with appointment slots only: a schedule or a list of people, arguable",
)

# 054 S — look-alike of a partner (TLD swap)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"岩城 様 <iwaki.t@kawasaki-denki.com>"],
    subject="合同献血会 次回日程のご相談",
    charset="iso-2022-jp",
    body="岩城様\n\nお世話になっております。\n次回の合同献血会について、2月19日（木）または2月26日（木）で"
         "血液センターに打診しようと考えております。\n貴社のご都合はいかがでしょうか。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.com is a TLD-swap look-alike of the partner kawasaki-denki.co.jp",
)

# 055 P — blank questionnaire template for legal review
add(
    expect="pass", sender=ME_SHOJI, to=[f"白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="事前問診シート（ひな形）のリーガルチェックのお願い",
    charset="iso-2022-jp",
    body="白川法律事務所 白川先生\n\nいつもお世話になっております。\n"
         "社内献血で使用予定の事前問診シートのひな形です。要配慮個人情報の取得にあたり、"
         "同意文言が十分かご確認いただけますでしょうか。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "docx", "name": "事前問診シート_ひな形.docx",
        "paragraphs": ["社内献血 事前問診シート（記入例なし）",
                       "本シートに記載いただいた内容は、献血の可否確認のためにのみ利用し、"
                       "健康管理室が厳重に管理します。",
                       "□ 上記の利用目的に同意します"],
        "tables": [[["項目", "回答"], ["氏名", ""], ["生年月日", ""], ["服薬中の薬", ""],
                    ["これまでにかかった病気", ""], ["最近の歯科治療", "□あり □なし"]]],
    }],
    entities=[], detectors=[],
    note="blank form template with empty fields sent to the law firm; no person's data",
)

# 056 S — reply whose new text adds five people with DOB
_p = take(5)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="Re: 追加の予約者について",
    charset="iso-2022-jp",
    body="堀之内様\n\nお世話になっております。追加の5名は以下のとおりです。\n\n"
         + "\n".join(f"{p['name']}／{iso(p['dob'])}生／{p['blood']}" for p in _p)
         + "\n\nよろしくお願いいたします。\n山口\n\n"
           "> 山口様\n> 追加の予約者がいらっしゃればお名前と生年月日をお知らせください。\n"
           "> 東京ベイ血液センター 堀之内\n",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="reply; the new text above the quote lists five people with dates of birth",
)

# 057 S — DOCX footer 部外秘
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="当日運営マニュアルの共有",
    charset="iso-2022-jp",
    body="さくらホテル ご担当様\n\n当日の運営マニュアルを共有いたします。ホテル側の動きに関わる部分は"
         "3章です。\n" + SIG_HASEBE,
    attachments=[{
        "kind": "docx", "name": "運営マニュアル_v3.docx", "page_footer": "部外秘　総務部",
        "paragraphs": ["ドナー登録イベント 運営マニュアル", "1章 体制", "2章 タイムテーブル",
                       "3章 会場との連携（搬入・動線・館内放送）", "4章 緊急時対応（体調不良者の搬送手順）"],
    }],
    entities=[], detectors=["confidential_marking"],
    note="DOCX footer marks the manual 部外秘; sent outside",
)

# 058 P — English with disclaimer to a partner
add(
    expect="pass", sender=f"Keiko Yamaguchi <yamaguchi.keiko@{D}>",
    to=["Marco Bellini <m.bellini@tsubasa-system.jp>"],
    subject="Sign-up form for the donor registration event",
    charset="utf-8",
    body="Dear Marco,\n\nThank you for the demo of the sign-up form. A few requests:\n\n"
         "  - Time slots of 15 minutes, max 4 people per slot\n"
         "  - A consent checkbox before the health questions\n"
         "  - No free-text field for medical history; yes/no only\n"
         "  - Data kept for 90 days, then deleted\n\n"
         "Could you send an estimate by Friday?\n" + SIG_EN + "\n" + DISC_EN,
    entities=[], detectors=[],
    note="English requirements mail to a partner with the standard confidentiality disclaimer",
)

# 059 S — inline forward of an employee's own diagnosis
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="FW: ドナー登録について相談です",
    charset="iso-2022-jp",
    body="芹沢様\n\n社員から下記の相談がありました。登録可否についてご教示いただけますでしょうか。\n\n"
         "---------- 転送メッセージ ----------\n"
         f"From: 八重樫 健吾 <yaegashi.kengo@{D}>\nDate: 2025/07/01 18:42\n"
         "Subject: ドナー登録について相談です\n\n"
         "東海林さん\n\n登録会に申し込みたいのですが、私は2型糖尿病でインスリン治療中です。"
         "また5年前に C型肝炎の治療歴があります。\nこの場合でも登録できるのでしょうか。\n\n八重樫\n",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forward of an employee's mail stating his diagnoses: new text to the registry",
)

# 060 P — registration counts
add(
    expect="pass", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="登録会 実施報告",
    charset="iso-2022-jp",
    body="芹沢様\n\n先日はありがとうございました。実施結果をご報告します。\n\n"
         "　説明を聞いた人数　　41名\n　新規登録者　　　　　23名\n"
         "　（うち20代 9名、30代 10名、40代 4名）\n　既登録者の住所変更　2名\n\n"
         "来年度も開催したいと考えております。\n" + SIG_SHOJI,
    entities=[], detectors=[],
    note="aggregate figures only",
)

# 061 S — crime victim, directed appeal
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"renkei@{HP1}"],
    subject="入院中の弊社社員について（献血協力のご相談）",
    charset="iso-2022-jp",
    body="桜ヶ丘総合病院 地域連携室 御中\n\n"
         "日の出産業株式会社 総務部の山口と申します。\n"
         "先週、帰宅途中に強盗傷害事件の被害に遭い、貴院に救急搬送された弊社の早乙女 彩花について、"
         "同僚から献血で協力したいという声が多く上がっております。\n"
         "輸血に関する協力の仕方について、病院として受け付けている方法があればご教示ください。\n"
         + SIG_YAMAGUCHI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names an employee who was a crime victim and is hospitalised",
)

# 062 P — ZIP of images
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"seisaku@nishiki-insatsu.co.jp"],
    subject="ポスター用素材（画像）",
    charset="iso-2022-jp",
    body="錦印刷 制作部 御中\n\nポスターに使用する画像素材をZIPでお送りします。\n" + SIG_YAMAGUCHI,
    attachments=[{"kind": "zip", "name": "poster_images.zip",
                  "files": [{"kind": "png", "name": "bus.png"}, {"kind": "png", "name": "heart.png"},
                            {"kind": "png", "name": "logo_hinode.png"}]}],
    entities=[], detectors=[],
    note="ZIP of image files; nothing personal",
)

# 063 S — XLSX header Confidential
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="献血会 参加率の推移",
    charset="iso-2022-jp",
    body="岩城様\n\n参加率の推移をまとめました。ご参考まで。\n" + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "xlsx", "name": "参加率推移.xlsx", "page_header": "Confidential",
        "sheets": {"推移": [["CONFIDENTIAL - 日の出産業 社内資料"], [],
                          ["年度", "開催回数", "受付", "採血", "参加率"],
                          ["2022", 3, 182, 150, "24.1%"], ["2023", 4, 236, 198, "31.3%"],
                          ["2024", 4, 271, 229, "35.0%"]]},
    }],
    entities=[], detectors=["confidential_marking"],
    note="spreadsheet is marked Confidential in its header and title row",
)

# 064 P — 差出人/送信日時 quote with a list
_p = take(6)
add(
    expect="pass", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="RE: クローク利用者の件",
    charset="cp932",
    body="ご担当者様\n\n承知しました。クロークは13時から開けていただければ結構です。\n長谷部\n\n"
         "差出人: さくらホテル 宴会予約 <banquet@sakura-hotel.jp>\n送信日時: 2025年10月10日 15:20\n"
         "宛先: 長谷部 亮\n件名: クローク利用者の件\n\n"
         "長谷部様\n事前にお荷物をお預かりする方は以下で承っております。\n"
         + "\n".join(f"{p['name']}様　{p['tel']}" for p in _p) + "\n",
    entities=[], detectors=[],
    note="the six-person list sits only in quoted text from the hotel",
)

# 065 S — CSV with volunteers' bank accounts
_p = take(5)
add(
    expect="stop", sender=ME_HASEBE, to=[f"精算代行 <seisan@keiri-assist.co.jp>"],
    subject="OBボランティア交通費の振込依頼",
    charset="cp932",
    body="ケイリアシスト株式会社 ご担当者様\n\nお世話になっております。\n"
         "献血会ボランティアの交通費振込データを添付します。9/30振込でお願いいたします。\n" + SIG_HASEBE,
    attachments=[{
        "kind": "csv", "name": "furikomi_volunteer.csv", "encoding": "cp932",
        "rows": [["受取人名（カナ）", "銀行名", "支店名", "種別", "口座番号", "金額"]]
                + [[p["kana"], rng.choice(["みどり銀行", "あおぞら信金", "ゆうちょ銀行"]),
                    rng.choice(["豊洲支店", "本店営業部", "亀戸支店", "〇一八支店"]), "普通",
                    f"{rng.randint(1000000, 9999999)}", rng.choice(["1,240", "860", "2,100"])]
                   for p in _p],
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five private persons' bank accounts in a CSV to an outsourced accounting firm",
)

# 066 P — two organisations with an internal Cc
add(
    expect="pass", sender=ME_YAMAGUCHI,
    to=[f"horinouchi@{BC}", "iwaki.t@kawasaki-denki.co.jp"],
    cc=[f"hasebe.ryo@{D}", f"csr@{D}"],
    subject="合同献血会 打合せ議事メモ",
    charset="iso-2022-jp",
    body="堀之内様、岩城様\n\n本日はありがとうございました。議事メモを共有します。\n\n"
         "1. 開催日：11/6（木）で確定\n2. バス：2台（1台目 日の出産業前、2台目 川崎電機前）\n"
         "3. 補食：日の出産業で一括手配し、費用は按分\n4. 次回打合せ：10/20（月）15:00 オンライン\n\n"
         + SIG_YAMAGUCHI,
    entities=[], detectors=["multiple_external_domains"],
    note="meeting notes to two external organisations plus internal Cc",
)

# 067 S — HLA typing of one person
_p = take(1)[0]
add(
    expect="stop", sender=ME_MINASE, to=[f"usami@{HP2}"],
    subject="HLA確認検査結果の照会",
    charset="iso-2022-jp",
    body="宇佐美様\n\nお世話になっております。\n"
         f"ドナー候補の{_p['name']}さん（{iso(_p['dob'])}生）から、確認検査の結果を会社でも"
         "把握しておいてほしいとの申し出があり、以下の内容で相違ないかご確認ください。\n\n"
         "　HLA-A 24:02 / 26:01　HLA-B 52:01 / 40:06　HLA-DRB1 15:02 / 09:01\n"
         "　感染症検査：陰性\n\nよろしくお願いいたします。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named donor's HLA typing and test results sent to a hospital",
)

# 068 S — ZIP with a DOCX headed 機密
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="ドナー休暇制度の資料",
    charset="iso-2022-jp",
    body="芹沢様\n\n講演で紹介いただける範囲で、弊社のドナー休暇制度の資料をお送りします。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "zip", "name": "donor_kyuka.zip",
        "files": [{"kind": "docx", "name": "ドナー休暇規程_改定案.docx",
                   "page_header": "機密 / CONFIDENTIAL",
                   "paragraphs": ["ドナー休暇規程（改定案）",
                                  "第1条 骨髄等の提供に必要な日数について、特別有給休暇を付与する。",
                                  "第2条 付与日数の上限は年10日とする。",
                                  "第3条 取得にあたっては所定の申請書を提出する。"]},
                  {"kind": "txt", "name": "readme.txt", "text": "改定案は役員会承認前です。"}],
    }],
    entities=[], detectors=["confidential_marking"],
    note="DOCX inside a ZIP is stamped 機密 / CONFIDENTIAL in its header",
)

# 069 S — residence card numbers (English)
_names = ["NGUYEN Van Thanh", "SANTOS Maria Clara", "KUMAR Arjun"]
add(
    expect="stop", sender=f"Daisuke Shoji <shoji.daisuke@{D}>", to=[f"intl@{MB}"],
    subject="Residence card details - foreign national registrants",
    charset="utf-8",
    body="Dear International Desk,\n\nPlease find below the residence card details of our three "
         "foreign-national employees who wish to register as donors.\n\n"
         + "\n".join(f"  {n:<22} Residence Card No. "
                     f"{rng.choice('ABCDEFGH')}{rng.choice('HJKLMN')}{rng.randint(10000000, 99999999)}"
                     f"{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('BCDFGHJKLMNPQRSTUVWXYZ')}"
                     f"  valid until {rng.randint(2026, 2029)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                     for n in _names)
         + "\n\nKind regards,\nDaisuke Shoji\nHR Dept., Hinode Sangyo Co., Ltd.",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="residence card numbers of three named employees to the registry",
)

# 070 P — internal reply-all with a sensitive list
_p = take(6)
add(
    expect="pass", sender=ME_MINASE,
    to=[f"yamaguchi.keiko@{D}", f"shoji.daisuke@{D}"], cc=[f"sangyoi@{D}"],
    subject="Re: 不採用者フォローの件",
    charset="cp932",
    body="山口さん、東海林さん\n\n不採用となった方のフォロー先を整理しました（社内限り）。\n\n"
         + columns(["氏名", "不採用理由", "フォロー"], [
             [p["name"], r, f] for p, r, f in zip(_p, [
                 "血色素量 11.8", "最高血圧 168", "服薬（抗不安薬）",
                 "血色素量 12.0", "体重不足", "不整脈の申告"],
                 ["保健指導", "受診勧奨", "産業医面談", "保健指導", "なし", "受診勧奨"])])
         + "\n\n> 水無瀬さん\n> フォローが必要な方の一覧をお願いできますか。\n> 山口\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="named deferral reasons, but all recipients are internal",
)

# 071 S — plain ZIP of a multi-sheet XLSX roster
_p = take(14)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="2月献血会 受付表データ",
    charset="utf-8",
    body="堀之内様\n\n2月の献血会の受付表データをお送りします（ZIP圧縮のみ、パスワードなし）。\n"
         + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "zip", "name": "uketsuke_feb.zip",
        "files": [{"kind": "xlsx", "name": "受付表_2月.xlsx",
                   "sheets": {
                       "表紙": [["2026年2月 社内献血 受付表"], ["作成：総務部CSR推進課"]],
                       "午前": [["受付No", "氏名", "フリガナ", "生年月日", "連絡先"]]
                              + [[i + 1, p["name"], p["kana"], iso(p["dob"]), p["tel"]]
                                 for i, p in enumerate(_p[:7])],
                       "午後": [["受付No", "氏名", "フリガナ", "生年月日", "連絡先"]]
                              + [[i + 8, p["name"], p["kana"], iso(p["dob"]), p["tel"]]
                                 for i, p in enumerate(_p[7:])],
                   }}],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP holding a multi-sheet XLSX with fourteen donors' DOB and phones",
)

# 072 P — four people with DOB
_p = take(4)
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="当日キャンセル分の差し替え（4名）",
    charset="iso-2022-jp",
    body="堀之内様\n\nキャンセルが出た枠に、以下の4名を差し替えでお願いします。\n\n"
         + "\n".join(f"  {p['name']}  {iso(p['dob'])}  {p['blood']}" for p in _p)
         + "\n\nよろしくお願いいたします。\n" + SIG_YAMAGUCHI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's dates of birth: under the five-record threshold, may warn",
)

# 073 S — four people, but with medication
_p = take(4)
add(
    expect="stop", sender=ME_MINASE, to=[f"imu@{BC}"],
    subject="服薬中の予約者について（4名）",
    charset="iso-2022-jp",
    body="医務課 ご担当者様\n\n以下の4名は服薬中と申告がありました。当日の判断をお願いします。\n\n"
         + "\n".join(f"- {p['name']}：{m}" for p, m in zip(_p, [
             "抗アレルギー薬（フェキソフェナジン）", "抗うつ薬（SSRI）", "痛風治療薬", "睡眠導入剤"]))
         + "\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="only four people, but each with medication: 要配慮個人情報",
)

# 074 P — drinks order with delivery address (business)
add(
    expect="pass", sender=ME_HASEBE, to=[f"受注センター <juchu@kitaguni-foods.co.jp>"],
    subject="追加発注（献血会 2月分）",
    charset="cp932",
    body="北国フーズ 受注センター御中\n\n下記のとおり追加で発注いたします。\n\n"
         "　KF-DR-500 スポーツドリンク 500ml　×96\n　KF-CK-12 ミニクッキー　×150\n\n"
         "　納品先：〒135-0061 東京都江東区豊洲7-3-1 日の出豊洲ビル B1 荷捌き場\n"
         "　納品日：2/18（水）14:00〜16:00\n　発注番号：HS-PO-2026-0112\n" + SIG_HASEBE,
    entities=[], detectors=[],
    note="order to a partner with the company's delivery address",
)

# 075 S — look-alike: hyphen for a dot
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"csr@mail-hinode-sangyo.co.jp"],
    subject="献血会アンケート結果（速報）",
    charset="iso-2022-jp",
    body="CSR推進課 各位\n\nアンケートの速報です。\n\n"
         "　満足度：とても良い 62% / 良い 31% / 普通 7%\n"
         "　要望：待ち時間の短縮（14件）、午後枠の拡大（9件）\n\n山口\n",
    entities=[], detectors=["lookalike_domain"],
    note="mail-hinode-sangyo.co.jp (hyphen for a dot) is not the internal subdomain",
)

# 076 P — thank-you letter naming one staff member
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"], cc=[f"jigyo-suishin@{BC}"],
    subject="献血会へのご協力の御礼",
    charset="iso-2022-jp",
    body="東京ベイ血液センター 事業推進課\n課長 仲宗根 様\n堀之内 様\n\n"
         "先日の献血会では、悪天候の中ご対応いただき誠にありがとうございました。\n"
         "とくに看護師の比嘉様には、体調を崩した社員へ丁寧にご対応いただき、社内でも感謝の声が"
         "多く寄せられております。\n今後ともよろしくお願い申し上げます。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=[],
    note="thank-you letter; names carry no data about the persons",
)

# 077 S — PDF table of long-term donors with addresses for certificates
_p = take(15)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"seisaku@nishiki-insatsu.co.jp"],
    subject="感謝状 宛名印刷データ",
    charset="iso-2022-jp",
    body="錦印刷 制作部 御中\n\n感謝状と封筒の宛名印刷をお願いします。自宅送付分のデータをPDFで添付します。\n"
         + SIG_YAMAGUCHI,
    attachments=[{
        "kind": "pdf", "name": "感謝状_宛名.pdf",
        "lines": ["献血50回以上 表彰者 宛名一覧"],
        "table": [["氏名", "郵便番号", "住所", "献血回数"]]
                 + [[p["name"], p["zip"], p["addr"], str(rng.randint(50, 120))] for p in _p],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="PDF table of fifteen people's home addresses to the printer",
)

# 078 E — small-cell aggregate with medical reasons
add(
    expect="either", sender=ME_MINASE, to=[f"imu@{BC}"],
    subject="不採用の内訳（部署・年代別）",
    charset="iso-2022-jp",
    body="医務課 ご担当者様\n\nご依頼の内訳です。\n\n"
         "品質保証部　50代女性　1名　服薬（抗凝固薬）\n"
         "法務部　　　30代男性　1名　最高血圧 170以上\n"
         "購買部　　　20代女性　2名　血色素量不足\n"
         "開発本部　　40代男性　3名　前日の睡眠不足\n\n" + SIG_MINASE,
    entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="aggregate cells of one person in a small department with a medical reason: arguably identifiable",
)

# 079 S — corrupt DOCX
add(
    expect="stop", sender=ME_SHOJI, to=[f"event@{MB}"],
    subject="登録会 当日の役割分担表",
    charset="iso-2022-jp",
    body="登録会事務局 御中\n\n当日の役割分担表をお送りします。\n" + SIG_SHOJI,
    attachments=[{"kind": "corrupt", "name": "役割分担表.docx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the DOCX is corrupt and cannot be inspected",
)

# 080 P — CSV of bus dispatch schedule (sites only)
_sites = ["豊洲本社", "亀戸物流センター", "川崎工場", "横浜営業所", "市川倉庫", "立川技術センター"]
_rows = [["日付", "事業所", "到着", "受付開始", "受付終了", "バス台数"]]
_d = _dt.date(2025, 10, 1)
for i in range(30):
    _rows.append([(_d + _dt.timedelta(days=i * 3)).isoformat(), _sites[i % 6],
                  "8:30", "9:30", rng.choice(["15:00", "15:30", "16:00"]), str(rng.choice([1, 1, 2]))])
add(
    expect="pass", sender=ME_HASEBE, to=[f"kenketsu-bus@{BC}"],
    subject="下期 巡回献血 配車希望スケジュール",
    charset="cp932",
    body="配車ご担当者様\n\n下期の配車希望をCSVでお送りします。調整可否をご連絡ください。\n" + SIG_HASEBE,
    attachments=[{"kind": "csv", "name": "haisha_2025H2.csv", "encoding": "cp932", "rows": _rows}],
    entities=[], detectors=[],
    note="30-row CSV of dates and sites: a schedule, not people",
)

# 081 S — driver's licence number in full-width digits
_p = take(1)[0]
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="本人確認書類の記載事項（ドナー登録）",
    charset="cp932",
    body="芹沢様\n\nお世話になっております。\n先日の登録会で本人確認が未了だった1名について、"
         "本人から預かった運転免許証の記載事項をお知らせします。\n\n"
         f"　氏名：{_p['name']}\n　生年月日：{wareki(_p['dob'], 'fw')}\n"
         f"　運転免許証番号：{fw(str(rng.randint(10, 99)) + str(rng.randint(10 ** 9, 10 ** 10 - 1)))}\n\n"
         "よろしくお願いいたします。\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="one person's driver's licence number (full-width digits) to the registry",
)

# 082 S — basic pension number to a labour consultant
_p = take(1)[0]
add(
    expect="stop", sender=ME_SHOJI, to=[f"小川先生 <ogawa@ogawa-sr.jp>"],
    subject="ドナー入院期間中の社会保険手続きについて",
    charset="iso-2022-jp",
    body="小川社会保険労務士事務所\n小川先生\n\nいつもお世話になっております。\n"
         "骨髄提供で入院する社員について、休業期間中の手続きのご相談です。\n\n"
         f"　氏名　　　　　{_p['name']}\n"
         f"　基礎年金番号　{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}\n"
         "　入院期間　　　9/8〜9/12（ドナー休暇・有給扱い）\n\n"
         "有給扱いのため手続き不要との理解でよいか、ご確認いただけますでしょうか。\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="an employee's basic pension number sent to an outside labour consultant",
)

# 083 S — three organisations in To/Cc
add(
    expect="stop", sender=ME_YAMAGUCHI,
    to=[f"horinouchi@{BC}", f"serizawa@{MB}"], cc=[f"renkei@{HP1}"],
    subject="献血・骨髄ドナー登録 合同説明会の打合せ",
    charset="iso-2022-jp",
    body="東京ベイ血液センター 堀之内様\nこもれび骨髄バンク 芹沢様\n桜ヶ丘総合病院 地域連携室 御中\n\n"
         "お世話になっております。日の出産業の山口です。\n"
         "10月の合同説明会に向けた打合せを、9/16（火）15:00からオンラインで行いたく存じます。\n"
         "ご都合が悪い場合はお知らせください。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc see each other",
)

# 084 P — two organisations
add(
    expect="pass", sender=ME_MINASE, to=[f"imu@{BC}"], cc=[f"renkei@{HP1}"],
    subject="献血後の体調不良時の搬送先について",
    charset="iso-2022-jp",
    body="東京ベイ血液センター 医務課様\n桜ヶ丘総合病院 地域連携室様\n\n"
         "当日、採血後に体調を崩された方が出た場合の搬送先として、桜ヶ丘総合病院様に"
         "ご了承いただきました。連絡フローを以下のとおり整理します。\n\n"
         "　1) 血液センター看護師が判断 → 2) 弊社健康管理室が救急要請 → 3) 病院救急外来へ連絡\n\n"
         + SIG_MINASE,
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc; emergency flow with no person",
)

# 085 S — look-alike of a partner (letter dropped)
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"seisaku@nishiki-insatu.co.jp"],
    subject="ポスター 初校戻し",
    charset="iso-2022-jp",
    body="錦印刷 制作部 御中\n\n初校を確認しました。修正点は以下です。\n\n"
         "・日付の曜日を「（木）」に統一\n・ロゴを右下に移動\n・協力団体名の表記を正式名称に\n\n"
         "再校をお待ちしております。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of the partner nishiki-insatsu.co.jp",
)

# 086 P — one day-of contact person
_p = take(1)[0]
add(
    expect="pass", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="当日の連絡窓口",
    charset="iso-2022-jp",
    body="堀之内様\n\n当日は私が別会場のため、下記の者が窓口となります。\n\n"
         f"　総務部 {_p['name']}　携帯 {_p['tel']}\n\nよろしくお願いいたします。\n" + SIG_YAMAGUCHI,
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one colleague's mobile as day-of contact: a single business contact",
)

# 087 S — forwarded .eml whose own subject is 【社外秘】
add(
    expect="stop", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="FW: 来期イベント予算について",
    charset="iso-2022-jp",
    body="さくらホテル ご担当様\n\n来期の会場予算の考え方が分かるよう、社内の連絡を転送します。\n" + SIG_HASEBE,
    attachments=[{
        "kind": "eml", "name": "来期予算.eml",
        "message": {
            "sender": ME_YAMAGUCHI, "to": [f"hasebe.ryo@{D}"],
            "subject": "【社外秘】来期イベント予算について", "charset": "iso-2022-jp",
            "body": "【社外秘】\n長谷部さん\n\n来期の会場費は上限45万円で承認されました。"
                    "ホテルとの交渉は40万円を目標にしてください。\n山口",
        },
    }],
    entities=[], detectors=["confidential_marking"],
    note="attached internal mail is classified 社外秘 and forwarded to the hotel",
)

# 088 S — HTML table without a name column
_p = take(6)
_rows = "".join(
    f"<tr><td>R-{1040 + i}</td><td>{iso(p['dob'])}</td><td>{p['tel']}</td><td>{p['mail']}</td></tr>"
    for i, p in enumerate(_p))
add(
    expect="stop", sender=ME_SHOJI, to=[f"event@{MB}"],
    subject="登録キット未着者の照会",
    charset="utf-8",
    html="<html><body><p>登録会事務局 ご担当者様</p>"
         "<p>登録キットが届いていないとの連絡があった方の一覧です。受付番号でご照会ください。</p>"
         "<table border='1'><thead><tr><th>受付番号</th><th>生年月日</th><th>電話</th>"
         f"<th>メール</th></tr></thead><tbody>{_rows}</tbody></table>"
         "<p>日の出産業 人事部 東海林</p></body></html>",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML table of six people's DOB, phone and e-mail without a name column",
)

# 089 P — English, generic mention of medical questions
add(
    expect="pass", sender=f"Daisuke Shoji <shoji.daisuke@{D}>", to=[f"intl@{MB}"],
    subject="Question about the registration process for non-Japanese staff",
    charset="utf-8",
    body="Dear International Desk,\n\nSome of our non-Japanese staff have asked whether the health "
         "questionnaire is available in English, and whether questions about medical history can be "
         "answered with an interpreter present. Could you let us know what you usually offer?\n\n"
         "Best regards,\nDaisuke Shoji\nHR Dept., Hinode Sangyo Co., Ltd.\n" + DISC_EN,
    entities=[], detectors=[],
    note="English question about the process; health words but no person",
)

# 090 S — religion of one named person
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"horinouchi@{BC}"],
    subject="予約枠の変更（1名）",
    charset="utf-8",
    body="堀之内様\n\nお世話になっております。\n"
         "開発部のアフマド・ラシードさんはイスラム教徒で、当日はラマダン期間中の断食にあたるため、"
         "日没後の対応ができないか相談がありました。難しければ次回に回したいとのことです。\n"
         "ご検討いただけますでしょうか。\n" + SIG_YAMAGUCHI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's religion sent to the blood centre",
)

# 091 E — the employee's own result to her private address
add(
    expect="either", sender=ME_MINASE, to=["百目鬼 様 <domeki.kana88@gmail.com>"],
    subject="先日の献血の結果について",
    charset="iso-2022-jp",
    body="百目鬼 佳奈 様\n\n健康管理室の水無瀬です。ご自宅のアドレス宛に失礼します。\n"
         "先日の献血で血色素量が11.3g/dLと基準に達せず不採用となった件、念のため"
         "内科の受診をお勧めします。受診結果はご本人の判断で共有いただければ結構です。\n" + SIG_MINASE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="the person's own health result sent to her own private address: policy says stop, purpose says go",
)

# 092 S — romaji list in English to a partner
_p = take(6)
add(
    expect="stop", sender=f"Keiko Yamaguchi <yamaguchi.keiko@{D}>",
    to=["Alex Turner <a.turner@tsubasa-system.jp>"],
    subject="Test data for the sign-up form import",
    charset="utf-8",
    body="Hi Alex,\n\nFor the import test, here are the real entries from last month's drive:\n\n"
         "Name                  Email                                      Mobile\n"
         "--------------------  -----------------------------------------  -------------\n"
         + "\n".join(f"{p['romaji']:<22}{p['mail']:<43}{p['tel']}" for p in _p)
         + "\n\nPlease delete after the test.\n" + SIG_EN,
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six real people in romaji with e-mail and mobile sent as test data",
)

# 093 P — flyer DOCX with the registry's public contact
add(
    expect="pass", sender=ME_SHOJI, to=[f"iwaki.t@kawasaki-denki.co.jp"],
    subject="骨髄バンク説明会 チラシ（貴社掲示用）",
    charset="iso-2022-jp",
    body="岩城様\n\n貴社でも掲示いただけるよう、説明会のチラシをお送りします。\n" + SIG_SHOJI,
    attachments=[{
        "kind": "docx", "name": "説明会チラシ.docx",
        "paragraphs": ["骨髄バンク ドナー登録説明会", "日時：10月18日（土）13:00〜16:00",
                       "会場：さくらホテル 鳳凰の間", "対象：18歳〜54歳の健康な方",
                       "お問い合わせ：こもれび骨髄バンク 登録会事務局 03-3291-5570（平日10時〜17時）"],
    }],
    entities=[], detectors=[],
    note="flyer with the registry's public office number; no person",
)

# 094 S — comma list with 和暦 (Ｈ style) and addresses
_p = take(7)
add(
    expect="stop", sender=ME_SHOJI, to=[f"serizawa@{MB}"],
    subject="住所変更の届出（登録者7名）",
    charset="cp932",
    body="芹沢様\n\n既登録の社員から住所変更の申し出がありましたので、まとめてお知らせします。\n\n"
         "氏名,生年月日,新住所\n"
         + "\n".join(f"{p['name']},{wareki(p['dob'], 'short')},{p['zip']} {p['addr']}" for p in _p)
         + "\n\n" + SIG_SHOJI,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="seven registrants with 和暦 short DOB and new home address, comma-separated",
)

# 095 P — reply, sensitive detail only quoted
add(
    expect="pass", sender=ME_HASEBE, to=[f"renkei@{HP1}"],
    subject="Re: ご来院時の付き添いについて",
    charset="iso-2022-jp",
    body="地域連携室 ご担当者様\n\n承知いたしました。当日は弊社から1名付き添います。\n長谷部\n\n"
         "> 日の出産業 長谷部様\n> 鬼塚 雄大様はてんかんの既往があるため、採取後の経過観察中は\n"
         "> ご家族または会社の方の付き添いをお願いしております。\n> 桜ヶ丘総合病院 地域連携室\n",
    entities=[], detectors=[],
    note="the medical detail is only in the hospital's own quoted text",
)

# 096 S — 【極秘】 stamp at the top of the body
add(
    expect="stop", sender=ME_YAMAGUCHI, to=[f"seisaku@nishiki-insatsu.co.jp"],
    subject="社長メッセージ入りノベルティの件",
    charset="iso-2022-jp",
    body="【極秘】\n\n錦印刷 制作部 御中\n\n"
         "創業70周年の発表前のため取扱いにご注意ください。\n"
         "献血会ノベルティ（クリアファイル）に、70周年ロゴと社長メッセージを入れる予定です。\n"
         "数量5,000部、納期は12月第1週を想定しております。お見積りをお願いいたします。\n" + SIG_YAMAGUCHI,
    entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 【極秘】",
)

# 097 S — homoglyph look-alike of a partner (l for i)
add(
    expect="stop", sender=ME_HASEBE, to=[f"juchu@kitagunl-foods.co.jp"],
    subject="発注内容の変更",
    charset="cp932",
    body="北国フーズ 受注センター御中\n\n発注番号 HS-PO-2026-0112 の数量を変更させてください。\n"
         "　KF-DR-500：96 → 120\n\n" + SIG_HASEBE,
    entities=[], detectors=["lookalike_domain"],
    note="kitagunl-foods.co.jp swaps an i for an l: look-alike of the partner",
)

# 098 S — legacy XLS of donors with phones
_p = take(8)
add(
    expect="stop", sender=ME_HASEBE, to=[f"kenketsu-bus@{BC}"],
    subject="川崎工場 巡回献血 予約者",
    charset="cp932",
    body="配車ご担当者様\n\n川崎工場の予約者一覧です（旧形式のExcelで失礼します）。\n" + SIG_HASEBE,
    attachments=[{
        "kind": "xls", "name": "kawasaki_yoyaku.xls",
        "sheets": {"予約者": [["氏名", "フリガナ", "携帯", "血液型"]]
                   + [[p["name"], p["kana"], p["tel"], p["blood"]] for p in _p]},
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS with eight donors' names and mobiles",
)

# 099 S — look-alike: co. dropped
add(
    expect="stop", sender=ME_SHOJI, to=[f"集荷センター <shuka@aoba-unyu.jp>"],
    subject="集荷依頼（登録キット返送）",
    charset="iso-2022-jp",
    body="青葉運輸 集荷センター御中\n\n下記のとおり集荷をお願いいたします。\n\n"
         "　集荷先：日の出産業株式会社 本社 B1 荷捌き場\n　日時：7/8（火）15:00以降\n"
         "　個数：段ボール2箱（80サイズ）\n" + SIG_SHOJI,
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp",
)

# 100 P — lost item, one name only
add(
    expect="pass", sender=ME_HASEBE, to=[f"banquet@sakura-hotel.jp"],
    subject="イベント御礼と忘れ物の件",
    charset="iso-2022-jp",
    body="さくらホテル ご担当様\n\n先日はありがとうございました。来場者は延べ118名でした。\n\n"
         "なお、弊社の蓮見より、鳳凰の間に紺色の折りたたみ傘を置き忘れたとの申し出がありました。\n"
         "お手数ですが、見つかりましたら総務課 長谷部までご連絡ください。\n" + SIG_HASEBE,
    entities=[], detectors=[],
    note="thanks and a lost umbrella; a colleague's surname carries no personal data",
)

assert len(MESSAGES) == 100, len(MESSAGES)
