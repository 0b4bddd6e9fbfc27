"""Blind evaluation corpus — area "clinic".

日の出産業株式会社 runs internal-medicine clinics (日の出内科クリニック 蒲田・川崎) and a company
health-check programme (日の出健診センター): appointments, referral letters to hospitals,
lab results from outsourced labs, vaccination lists for client companies, health-check
results to employers (and what employers may receive), online-consultation vendors,
prescription pharmacies, receipt (レセプト) processing, patients' complaints and staff
recruitment.

Every person, patient, number, address, phone number, e-mail address and organisation
other than those named in BRIEF.md is invented; any resemblance to real ones is chance.
My Numbers and card numbers come from build.my_number() / build.card_number() with seeds
starting at 8001 (8001, 8002, … in order of use, one counter for both helpers).
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

MESSAGES: list[dict] = []

_SEED = [8001]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mn() -> str:
    return my_number(_next_seed())


def cc() -> str:
    return card_number(_next_seed())


def add(**m) -> None:
    m["id"] = f"clinic-{len(MESSAGES) + 1:03d}"
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    if m.get("charset") == "iso-2022-jp":  # as a JIS mailer would send it: FULLWIDTH TILDE → WAVE DASH
        for k in ("subject", "body", "html"):
            if m.get(k):
                m[k] = m[k].replace("\uff5e", "\u301c")
    MESSAGES.append(m)


R = random.Random(8001)

_SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("九十九", "ツクモ", "Tsukumo"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("纐纈", "コウケツ", "Koketsu"), ("鬼頭", "キトウ", "Kito"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("月見里", "ヤマナシ", "Yamanashi"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("釜萢", "カマヤチ", "Kamayachi"), ("轟", "トドロキ", "Todoroki"), ("比嘉", "ヒガ", "Higa"),
    ("知念", "チネン", "Chinen"), ("阿久津", "アクツ", "Akutsu"), ("大門", "ダイモン", "Daimon"),
    ("真栄城", "マエシロ", "Maeshiro"), ("花畑", "ハナバタケ", "Hanabatake"), ("皆川", "ミナガワ", "Minagawa"),
    ("筒井", "ツツイ", "Tsutsui"), ("土門", "ドモン", "Domon"), ("桑名", "クワナ", "Kuwana"),
    ("羽柴", "ハシバ", "Hashiba"), ("宍戸", "シシド", "Shishido"), ("相楽", "サガラ", "Sagara"),
    ("設楽", "シタラ", "Shitara"), ("能登", "ノト", "Noto"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("及川", "オイカワ", "Oikawa"), ("馬場", "ババ", "Baba"), ("榊原", "サカキバラ", "Sakakibara"),
    ("雲母", "キララ", "Kirara"), ("帯刀", "タテワキ", "Tatewaki"), ("源", "ミナモト", "Minamoto"),
]
_GIVEN_M = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("隆之", "タカユキ", "Takayuki"),
    ("悠斗", "ユウト", "Yuto"), ("勝", "マサル", "Masaru"), ("直樹", "ナオキ", "Naoki"),
    ("修", "オサム", "Osamu"), ("蓮", "レン", "Ren"), ("和彦", "カズヒコ", "Kazuhiko"),
    ("智也", "トモヤ", "Tomoya"), ("哲郎", "テツロウ", "Tetsuro"), ("光太郎", "コウタロウ", "Kotaro"),
    ("稔", "ミノル", "Minoru"), ("拓真", "タクマ", "Takuma"), ("昭夫", "アキオ", "Akio"),
]
_GIVEN_F = [
    ("陽子", "ヨウコ", "Yoko"), ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"),
    ("恵", "メグミ", "Megumi"), ("千尋", "チヒロ", "Chihiro"), ("さくら", "サクラ", "Sakura"),
    ("久美子", "クミコ", "Kumiko"), ("彩", "アヤ", "Aya"), ("真理", "マリ", "Mari"),
    ("奈々", "ナナ", "Nana"), ("静香", "シズカ", "Shizuka"), ("結衣", "ユイ", "Yui"),
    ("芳子", "ヨシコ", "Yoshiko"), ("明日香", "アスカ", "Asuka"), ("ひとみ", "ヒトミ", "Hitomi"),
    ("文子", "フミコ", "Fumiko"), ("莉子", "リコ", "Riko"), ("節子", "セツコ", "Setsuko"),
]
_PLACES = [
    ("144-0051", "東京都", "大田区", "西蒲田"), ("146-0082", "東京都", "大田区", "池上"),
    ("211-0063", "神奈川県", "川崎市中原区", "小杉町"), ("210-0005", "神奈川県", "川崎市川崎区", "東田町"),
    ("143-0016", "東京都", "大田区", "大森北"), ("140-0011", "東京都", "品川区", "東大井"),
    ("332-0012", "埼玉県", "川口市", "本町"), ("230-0051", "神奈川県", "横浜市鶴見区", "鶴見中央"),
    ("152-0004", "東京都", "目黒区", "鷹番"), ("273-0005", "千葉県", "船橋市", "本町"),
    ("186-0002", "東京都", "国立市", "東"), ("252-0231", "神奈川県", "相模原市中央区", "相模原"),
    ("212-0016", "神奈川県", "川崎市幸区", "南幸町"), ("145-0071", "東京都", "大田区", "田園調布"),
    ("224-0003", "神奈川県", "横浜市都筑区", "中川中央"), ("335-0004", "埼玉県", "蕨市", "中央"),
]
_BLDG = ["", "", "", "コーポ若葉201", "グランメゾン蒲田302", "サンハイツ105", "パークサイド小杉1208",
         "メゾン・ド・ソレイユ403", "第二松風荘2号室", "ライオンズ池上506"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]

_USED: set[str] = set()


def person(rng: random.Random = R, sex: str | None = None, born: tuple[int, int] = (1952, 2003)) -> dict:
    while True:
        s = rng.choice(_SURNAMES)
        sx = sex or rng.choice("男女")
        g = rng.choice(_GIVEN_M if sx == "男" else _GIVEN_F)
        key = s[0] + g[0]
        if key not in _USED:
            _USED.add(key)
            break
    y = rng.randint(*born)
    dob = _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    pc, pref, city, town = rng.choice(_PLACES)
    chome = rng.randint(1, 6)
    ban, go = rng.randint(1, 30), rng.randint(1, 25)
    bldg = rng.choice(_BLDG)
    addr = f"{pref}{city}{town}{chome}-{ban}-{go}" + (f" {bldg}" if bldg else "")
    addr_kanji = f"{pref}{city}{town}{chome}丁目{ban}番{go}号" + (f" {bldg}" if bldg else "")
    phone = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    email = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREEMAIL)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nosp": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "sex": sx, "dob": dob, "age": 2025 - y - (1 if (dob.month, dob.day) > (6, 1) else 0),
        "postal": pc, "addr": addr, "addr_kanji": addr_kanji, "phone": phone, "email": email,
    }


def people(n: int, rng: random.Random = R, **kw) -> list[dict]:
    return [person(rng, **kw) for _ in range(n)]


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zshort":
        return zen(f"{short}{y}.{d.month}.{d.day}")
    if style == "zlong":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


_ZEN = str.maketrans("0123456789-.:/()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－．：／（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def wlen(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - wlen(s), 0)


def table(rows: list[list[str]], rule: str = "-") -> str:
    ws = [max(wlen(str(r[i])) for r in rows) + 2 for i in range(len(rows[0]))]
    out = ["".join(pad(str(c), ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    out.append(rule * ((sum(ws) - 2) // wlen(rule)))
    for r in rows[1:]:
        out.append("".join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# -- senders, signatures, disclaimers ------------------------------------------------------

IKA = "嶋村 拓海 <shimamura.t@hinode-sangyo.co.jp>"          # 医事課 (蒲田)
UKE = "石渡 真由美 <ishiwata.m@hinode-sangyo.co.jp>"         # 受付 (蒲田)
INCHO = "東條 啓介 <tojo.k@hinode-sangyo.co.jp>"             # 院長
KENSHIN = "大迫 さやか <osako.s@hinode-sangyo.co.jp>"        # 健診センター
SAIYO = "鷲見 友梨 <sumi.y@hinode-sangyo.co.jp>"             # 人事 採用担当
NS = "國分 恵子 <kokubun.k@hinode-sangyo.co.jp>"             # 看護師長
JIMU = "早乙女 隆 <saotome.t@hinode-sangyo.co.jp>"           # 事務長
KOBAI = "丹羽 俊介 <niwa.s@hinode-sangyo.co.jp>"             # 購買・薬剤
EIGYO = "新発田 亮 <shibata.r@hinode-sangyo.co.jp>"          # 健診営業
KAWA = "檜山 紗季 <hiyama.s@hinode-sangyo.co.jp>"            # 川崎院 医事

SIG_IKA = """
--------------------------------------------------
日の出産業株式会社 ヘルスケア事業部
日の出内科クリニック蒲田　医事課
嶋村 拓海（しまむら たくみ）
〒144-0052 東京都大田区蒲田5-27-3 日の出蒲田ビル2F
TEL 03-5714-2260 / FAX 03-5714-2261
Mail: shimamura.t@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_KENSHIN = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出健診センター（日の出産業株式会社）
健診業務課　大迫 さやか
〒210-0007 川崎市川崎区駅前本町11-2 日の出川崎ビル5階
TEL：044-276-8830（健診予約直通）　FAX：044-276-8831
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SAIYO = """
==============================
日の出産業株式会社
人事部 採用グループ（医療職採用）
鷲見 友梨 / Yuri Sumi
TEL 03-5714-2200（代表）
==============================="""

SIG_JIMU = """
----
日の出内科クリニック蒲田 事務長
早乙女 隆
日の出産業株式会社 ヘルスケア事業部
TEL 03-5714-2260（代）"""

SIG_EN = """
--
Sayaka Osako
Health Check Center, Hinode Sangyo Co., Ltd.
5F Hinode Kawasaki Bldg., 11-2 Ekimae-honcho, Kawasaki-ku, Kawasaki 210-0007, Japan
Tel +81-44-276-8830"""

DISC_JA = """
※本メールおよび添付ファイルには機密情報が含まれている場合があります。
　誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""


# ==========================================================================================
# 001 stop — next week's online-consultation bookings pasted to the vendor, with 主訴
_p = people(8, born=(1948, 1995))
_rows = [["予約日時", "氏名", "生年月日", "電話番号", "主訴・区分"]]
_why = ["高血圧 再診", "2型糖尿病 定期", "脂質異常症 再診", "不眠・抑うつ 相談", "高血圧 再診",
        "痛風 再診", "甲状腺機能低下症", "喘息 定期"]
_slots = ["11/10 10:00", "11/10 10:15", "11/10 10:30", "11/11 14:00", "11/11 14:15", "11/12 09:30",
          "11/12 09:45", "11/13 16:00"]
for i, p in enumerate(_p):
    _rows.append([_slots[i], p["name"], ymd(p["dob"]), p["phone"], _why[i]])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="8 patients' bookings with DOB, phone and chief complaint pasted to an external online-consultation vendor",
    charset="iso-2022-jp",
    sender=IKA,
    to=["メディコールリンク サポート <support@medicall-link.jp>"],
    subject="来週分オンライン診療予約の事前登録について",
    body=f"""メディコールリンク株式会社
カスタマーサポート ご担当者様

いつもお世話になっております。日の出内科クリニック蒲田の嶋村です。

管理画面の一括登録がエラーになるため、来週分の予約を下記に貼り付けます。
お手数ですがそちらで事前登録をお願いできますでしょうか。

{table(_rows)}

登録完了後、ご一報いただけますと幸いです。
よろしくお願いいたします。
{SIG_IKA}""",
)

# 002 pass — the same kind of list, but only to colleagues inside the company
_p = people(7, born=(1945, 1998))
_lines = []
for i, p in enumerate(_p):
    _lines.append(f"{9 + i // 2}:{'00' if i % 2 == 0 else '30'}\t{p['name']}\t{p['kana']}\t{ymd(p['dob'], '-')}\t{p['phone']}\t"
                  + ["HbA1c再検", "初診（動悸）", "インフル予防接種", "CKD 経過観察", "高血圧 処方", "健診後精査（肝機能）", "禁煙外来"][i])
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="patient appointment list with diagnoses, but all recipients are internal",
    charset="cp932",
    sender=UKE,
    to=["國分 恵子 <kokubun.k@hinode-sangyo.co.jp>", "東條 啓介 <tojo.k@hinode-sangyo.co.jp>"],
    cc=["kamata-clinic@hinode-sangyo.co.jp"],
    subject="明日（土）午前の予約患者一覧",
    body="""師長、院長

お疲れさまです。受付の石渡です。
明日午前の予約一覧です（タブ区切りで貼っています）。
禁煙外来の方は初回なので問診票を多めに用意しておきます。

時間\t氏名\tフリガナ\t生年月日\t電話\t内容
""" + "\n".join(_lines) + """

石渡
内線 204""",
)

# 003 stop — flu vaccination roster for a client company, CSV attachment
_p = people(24, born=(1962, 2002))
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "所属", "接種日", "ワクチンロット", "接種医"]]
_dept = ["製造一課", "製造二課", "品質保証", "総務", "設計", "物流"]
for i, p in enumerate(_p):
    _csv.append([f"K{30412 + i * 7}", p["name"], p["kana"], ymd(p["dob"]), R.choice(_dept),
                 "2025/10/21" if i < 13 else "2025/10/22", "HN-243A" if i % 3 else "HN-244C", "東條"])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="24-row vaccination roster (names, kana, DOB) attached as CSV to a client company",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["川崎電機 総務課 近藤様 <kondo.a@kawasaki-denki.co.jp>"],
    subject="【ご報告】インフルエンザ予防接種 実施者名簿（10/21・10/22）",
    body=f"""川崎電機株式会社
総務課 近藤様

いつも大変お世話になっております。日の出健診センターの大迫でございます。

先日の事業所内インフルエンザ予防接種につきまして、
実施者名簿（2日間合計 24名）を添付いたします。
費用精算の際の突合にご利用ください。

なお、当日欠席された3名様は11月中であれば当院で接種可能です。
{SIG_KENSHIN}""",
    attachments=[{"kind": "csv", "name": "接種者名簿_川崎電機_2025.csv", "rows": _csv}],
)

# 004 pass — arranging the vaccination day with the same client, no personal data
add(
    expect="pass",
    note="scheduling an on-site vaccination day with one client contact; dates, headcount and price only",
    charset="cp932",
    sender=KENSHIN,
    to=["kondo.a@kawasaki-denki.co.jp"],
    subject="Re: 出張インフルエンザ予防接種の日程",
    body=f"""近藤様

お世話になっております。大迫です。
日程のご返信ありがとうございました。下記で確定とさせていただきます。

　・実施日：10月21日（火）・22日（水）　13:30～16:30
　・会場　：本社3階 大会議室（パーテーションをお借りできれば幸いです）
　・予定人数：約60名（各日30名程度）
　・費用　：お一人 3,300円（税込）、出張費なし
　・当日持参いただくもの：予診票（事前配布分）、社員証

予診票は来週月曜に60部お送りします。
ほかにご不明点があればお気軽にお知らせください。

大迫

> 近藤です。21日と22日の午後でお願いできますでしょうか。
> 人数は確定次第お知らせします。
{SIG_KENSHIN}""",
)

# 005 stop — health-check attendee list, XLSX with a title row and two sheets
_p = people(15, born=(1960, 2001))
_s1 = [["2025年度 定期健康診断 受診予定者一覧（青葉運輸株式会社 様）"], [],
       ["No", "社員番号", "氏名", "カナ", "性別", "生年月日", "携帯番号", "受診日"]]
for i, p in enumerate(_p):
    _s1.append([i + 1, f"A-{5120 + i * 3}", p["name"], p["kana"], p["sex"], wareki(p["dob"], "short"),
                p["phone"], f"2025/11/{4 + i // 4:02d}"])
_s2 = [["氏名", "胃部検査", "腹部エコー", "婦人科", "備考"]]
for p in _p[:9]:
    _s2.append([p["name"], R.choice(["胃カメラ", "バリウム", "なし"]), R.choice(["希望", "—"]),
                "—" if p["sex"] == "男" else R.choice(["乳がん・子宮がん", "—"]), ""])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 employees with DOB (和暦) and mobile numbers in an XLSX sent to the employer's contact",
    charset="utf-8",
    sender=KENSHIN,
    to=["青葉運輸 人事部 村岡様 <muraoka@aoba-unyu.co.jp>"],
    subject="受診予定者一覧のご確認のお願い",
    body=f"""青葉運輸株式会社
人事部 村岡様

お世話になっております。日の出健診センターの大迫です。

11月実施分の受診予定者一覧を作成しましたので、添付にてお送りします。
「オプション申込」シートもあわせて、記載内容に誤りがないかご確認ください。
修正があれば直接ファイルに赤字でご記入いただければ結構です。

よろしくお願いいたします。
{SIG_KENSHIN}""",
    attachments=[{"kind": "xlsx", "name": "受診予定者一覧_青葉運輸_202511.xlsx",
                  "sheets": {"受診予定者": _s1, "オプション申込": _s2}}],
)

# 006 stop — a referral letter (診療情報提供書) to a hospital, DOCX
_p = person(R, sex="男", born=(1950, 1958))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="referral letter for one named patient (DOB, address, diagnosis, history) e-mailed to an external hospital",
    charset="iso-2022-jp",
    sender=INCHO,
    to=["港中央病院 地域医療連携室 <renkei@minato-chuo-hp.or.jp>"],
    subject=f"診療情報提供書送付のお願い（{_p['sei']}様 循環器内科ご紹介）",
    body=f"""港中央病院
地域医療連携室 御中

いつも大変お世話になっております。
日の出内科クリニック蒲田の東條でございます。

労作時胸部圧迫感で通院中の{_p['name']}様につき、循環器内科へのご紹介をお願いしたく、
診療情報提供書を添付いたします。
ご本人は来週前半の受診を希望されています。予約が取れましたらご連絡ください。

日の出内科クリニック蒲田　院長　東條 啓介
TEL 03-5714-2260""",
    attachments=[{"kind": "docx", "name": f"診療情報提供書_{_p['sei']}.docx", "title": "診療情報提供書",
                  "paragraphs": [
                      "診療情報提供書",
                      "港中央病院 循環器内科 担当先生 御侍史",
                      f"患者氏名：{_p['name']}（{_p['kana']}）　男性",
                      f"生年月日：{wareki(_p['dob'])}（{_p['age']}歳）",
                      f"住所：〒{_p['postal']} {_p['addr_kanji']}",
                      f"電話：{_p['phone']}",
                      "傷病名：労作性狭心症の疑い、高血圧症、脂質異常症",
                      "紹介目的：精査加療のお願い",
                      "既往歴：2018年 胆嚢摘出術。喫煙 20本/日×35年（現在も喫煙）。",
                      "現病歴：本年9月頃より階段昇降時に胸部圧迫感が出現し、5分程度の安静で軽快。"
                      "安静時心電図で V4-6 に軽度 ST 低下を認めます。",
                      "現処方：アムロジピン5mg 1T、ロスバスタチン2.5mg 1T",
                      "ご高診のほど、よろしくお願い申し上げます。",
                  ]}],
)

# 007 pass — reply to the hospital; the patient details are only in the quoted text
add(
    expect="pass",
    note="short reply; the patient details exist only in the quoted mail from the hospital itself",
    charset="cp932",
    sender=IKA,
    to=["renkei@minato-chuo-hp.or.jp"],
    subject="Re: ご紹介患者さまの予約について",
    body=f"""港中央病院 地域医療連携室
堀内様

お世話になっております。日の出内科クリニック蒲田の嶋村です。
ご調整いただきありがとうございました。
ご本人には当方から日時をお伝えし、紹介状原本は当日持参いただくようご案内いたします。

引き続きよろしくお願いいたします。

-----Original Message-----
差出人: 港中央病院 地域医療連携室 堀内
送信日時: 2025年11月6日 15:42
宛先: shimamura.t@hinode-sangyo.co.jp
件名: ご紹介患者さまの予約について

日の出内科クリニック蒲田 嶋村様

ご紹介いただきました 桑名 稔 様（昭和29年7月14日生、労作性狭心症疑い）の
循環器内科初診予約を 11月11日（火）10:30 にお取りしました。
当日は保険証・お薬手帳・紹介状原本をお持ちいただくようお伝えください。

港中央病院 地域医療連携室 堀内
{SIG_IKA}""",
)

# 008 stop — additional lab tests for six patients, tab-separated, to the outsourced lab
_p = people(6, born=(1950, 1999))
_t = ["依頼番号\t患者ID\t氏名（カナ）\t性別\t生年月日\t追加項目"]
_adds = ["HBs抗原・HCV抗体", "HIV抗体（本人同意済）", "HbA1c・グリコアルブミン", "TSH・FT4",
         "梅毒TPHA", "BNP"]
for i, p in enumerate(_p):
    _t.append(f"25110{3 + i}-{17 + i}\t{20481 + i * 13}\t{p['kana']}\t{p['sex']}\t{ymd(p['dob'])}\t{_adds[i]}")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six patients with DOB and tests such as HIV/hepatitis sent to the outsourced lab by mail",
    charset="utf-8",
    sender=NS,
    to=["東海臨床検査センター 大森営業所 <omori-eigyo@tokai-rinsho.co.jp>"],
    subject="本日提出検体の追加オーダーについて",
    body="""東海臨床検査センター
大森営業所 ご担当者様

いつもお世話になっております。日の出内科クリニック蒲田 看護師長の國分です。

本日午前の集配分について、下記6件の追加オーダーをお願いします。
（依頼書への追記が間に合わなかったため、メールで失礼します）

""" + "\n".join(_t) + """

検体量が不足する場合はお電話ください。
よろしくお願いいたします。

國分 恵子
日の出内科クリニック蒲田 看護部
TEL 03-5714-2260（内線 210）""",
)

# 009 pass — supplies order to the lab, product codes and order number only
add(
    expect="pass",
    note="ordering blood-collection tubes from the lab: product codes, quantities, an order number",
    charset="iso-2022-jp",
    sender=NS,
    to=["omori-eigyo@tokai-rinsho.co.jp"],
    subject="採血管・検体容器の補充依頼（発注番号 TR-251104-03）",
    body="""東海臨床検査センター 大森営業所
ご担当者様

お世話になっております。國分です。
下記の容器類の補充をお願いいたします。次回集配時にお届けいただけますと助かります。

　品目コード　品名　　　　　　　　　　　数量
　----------------------------------------------
　TC-102　　　生化学用 分離剤入り 9mL　　200本
　TC-205　　　EDTA-2K 2mL　　　　　　　 100本
　TC-311　　　血糖用 NaF 2mL　　　　　　 50本
　UC-010　　　尿スピッツ 10mL　　　　　　300本
　BX-004　　　検体搬送用ボックス（中）　　 2箱

発注番号：TR-251104-03
納品先：日の出内科クリニック蒲田 2F 検査室

よろしくお願いいたします。
國分""",
)

# 010 stop — the employer asks about one driver; the clinic answers with his results
_p = person(R, sex="男", born=(1966, 1975))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's blood pressure / ECG findings and treatment advice sent to his employer",
    charset="cp932",
    sender=KENSHIN,
    to=["muraoka@aoba-unyu.co.jp"],
    cc=["青葉運輸 運行管理 <unkou-kanri@aoba-unyu.co.jp>"],
    subject="Re: ドライバー健診結果の件",
    body=f"""村岡様

お世話になっております。大迫です。
お問い合わせの{_p['name']}様（第二営業所）の結果についてご連絡いたします。

・血圧　　　：182/108 mmHg（再測定 176/104）→ 要治療（D判定）
・心電図　　：左室肥大、ST-T変化 → 要精密検査
・空腹時血糖：132 mg/dL → 要再検

医師からは、降圧治療が開始されるまでは長距離運行を控えることが望ましい、
とのコメントが出ております。ご本人には受診勧奨の通知を郵送済みです。

> 先日受診した{_p['sei']}の結果について、運行可否を判断したいので
> 概要だけでも教えていただけますか。
{SIG_KENSHIN}""",
)


# 011 either — only the 就業判定 (fitness-for-work opinion) for one employee, no findings
_p = person(R, sex="女", born=(1975, 1990))
add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="only the occupational physician's work-restriction opinion for one employee — what the employer may receive, yet health-derived",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"],
    subject="就業判定結果のご連絡（1名分）",
    body=f"""川崎電機株式会社
健康管理室 御中

お世話になっております。日の出健診センターの大迫です。
10月受診分のうち、就業上の措置が必要と判定された方についてご連絡いたします。
（労働安全衛生法第66条の4に基づく医師意見。検査値・所見はご本人にのみ通知しています）

　氏名：{_p['name']}（設計部）
　就業区分：就業制限
　措置内容：深夜業の禁止、時間外労働は月20時間以内（期間：3か月、再評価 2026年2月）

ご不明点は産業医の東條までお問い合わせください。
{SIG_KENSHIN}""",
)

# 012 stop — stress-check high-stress list sent to the employer's HR (HTML-only)
_p = people(6, born=(1968, 1999))
_tr = "".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{R.choice(['営業部', '商品開発', '工場 包装課', '経理部'])}</td>"
    f"<td>{R.randint(77, 95)}</td><td>{R.randint(40, 60)}</td><td>高ストレス（面接指導対象）</td></tr>"
    for i, p in enumerate(_p))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six named high-stress individuals from the stress check sent to the employer's HR (HTML table)",
    charset="utf-8",
    sender=KENSHIN,
    to=["北国フーズ 人事課 <jinji@kitaguni-foods.co.jp>"],
    subject="ストレスチェック 高ストレス者一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北国フーズ株式会社<br>人事課 御中</p>
<p>いつもお世話になっております。日の出健診センターの大迫です。<br>
今年度ストレスチェックの高ストレス者について、下表のとおりご報告いたします。<br>
面接指導の日程調整をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>所属</th><th>ストレス反応</th><th>支援</th><th>判定</th></tr>
{_tr}
</table>
<p>大迫 さやか<br>日の出健診センター 健診業務課<br>TEL 044-276-8830</p>
</body></html>""",
)

# 013 pass — the group analysis the employer may receive, aggregate only
add(
    expect="pass",
    note="stress-check group analysis by department (aggregates only, no individual) sent to the employer",
    charset="cp932",
    sender=KENSHIN,
    to=["jinji@kitaguni-foods.co.jp"],
    subject="ストレスチェック集団分析結果のご送付",
    body=f"""北国フーズ株式会社
人事課 御中

お世話になっております。日の出健診センターの大迫です。

2025年度ストレスチェックの集団分析結果（部署別）をお送りします。
個人の結果は、ご本人の同意がない限り事業者様へはお渡しできない決まりのため、
本資料は10名以上の集団ごとの集計値のみとしております。
10名未満の部署は「本社その他」にまとめています。

ご説明の機会をいただければ、衛生委員会で15分ほどお時間を頂戴できれば幸いです。
{SIG_KENSHIN}""",
    attachments=[{"kind": "pdf", "name": "集団分析_北国フーズ_2025.pdf", "title": "ストレスチェック集団分析",
                  "lines": ["2025年度 ストレスチェック 集団分析結果（北国フーズ株式会社 様）",
                            "受検率 93.4%（受検者 214名 / 対象者 229名）", ""],
                  "table": [["部署", "受検者数", "仕事の量的負担", "コントロール", "上司の支援", "同僚の支援", "総合健康リスク"],
                            ["営業部", "38", "9.1", "7.4", "7.2", "8.0", "108"],
                            ["商品開発部", "22", "8.7", "8.1", "7.9", "8.3", "97"],
                            ["工場 製造課", "71", "8.2", "6.5", "6.8", "7.7", "112"],
                            ["工場 包装課", "46", "7.9", "6.9", "7.5", "8.1", "101"],
                            ["物流センター", "19", "8.8", "7.0", "6.6", "7.4", "115"],
                            ["本社その他", "18", "7.5", "7.8", "8.2", "8.4", "92"],
                            ["全体", "214", "8.3", "7.0", "7.2", "7.9", "104"]]}],
)

# 014 stop — returned receipts list to the claims agency, XLSX with insurance numbers
_p = people(7, born=(1940, 2010))
_s = [["2025年9月診療分 返戻レセプト一覧（日の出内科クリニック蒲田）"],
      ["レセプト番号", "患者氏名", "生年月日", "保険者番号", "記号", "番号", "傷病名", "返戻事由"]]
_dx = ["2型糖尿病", "慢性C型肝炎", "うつ病", "高血圧症", "気管支喘息", "逆流性食道炎", "慢性腎臓病"]
_rs = ["資格喪失後受診", "記号番号誤り", "病名漏れ", "資格喪失後受診", "算定要件不備", "記号番号誤り", "重複請求"]
for i, p in enumerate(_p):
    _s.append([f"0{213 + i * 11}", p["name"], ymd(p["dob"]), R.choice(["06132871", "01130012", "06273914", "138057"]),
               str(R.randint(1000, 9999)) if i % 2 else f"{R.randint(10, 99)}-{R.randint(100, 999)}",
               str(R.randint(1, 480)), _dx[i], _rs[i]])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="7 returned claims with insurance 記号・番号 and diagnoses attached for an external claims agency",
    charset="iso-2022-jp",
    sender=IKA,
    to=["レセプトアシスト 請求代行課 <seikyu@rezept-assist.co.jp>"],
    subject="9月診療分 返戻分の再請求対応のお願い",
    body=f"""株式会社レセプトアシスト
請求代行課 御中

いつもお世話になっております。日の出内科クリニック蒲田 医事課の嶋村です。
9月診療分で返戻となった7件の一覧を添付いたします。
資格確認が取れたものから順次再請求をお願いできますでしょうか。
{SIG_IKA}""",
    attachments=[{"kind": "xlsx", "name": "返戻一覧_202509.xlsx", "sheets": {"返戻": _s}}],
)

# 015 pass — monthly receipt summary to the same agency, counts only
add(
    expect="pass",
    note="monthly claim totals and receipt serial numbers only, no patient identifiers",
    charset="cp932",
    sender=IKA,
    to=["seikyu@rezept-assist.co.jp"],
    subject="10月診療分 レセプト件数のご連絡",
    body=f"""レセプトアシスト 請求代行課
ご担当者様

お世話になっております。嶋村です。
10月診療分の件数を取り急ぎお知らせします。

　　　　　　　件数　　　点数合計
　社保　　　1,284件　　1,906,552点
　国保　　　　612件　　　984,210点
　後期高齢　　398件　　　811,407点
　合計　　　2,294件　　3,702,169点

前月分の返戻は3件（レセプト番号 0012 / 0047 / 0103）で、いずれも院内で修正済みです。
オンライン請求は11月10日までに送信予定です。
{SIG_IKA}""",
)

# 016 stop — one patient's insurance card numbers pasted for an eligibility check
_p = person(R, sex="女", born=(1985, 1996))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one patient's health-insurance card 保険者番号・記号・番号 with name and DOB sent to the claims agency",
    charset="utf-8",
    sender=KAWA,
    to=["seikyu@rezept-assist.co.jp"],
    subject="資格確認エラーの患者について（川崎院）",
    body=f"""レセプトアシスト ご担当者様

日の出内科クリニック川崎の檜山です。
オンライン資格確認でエラーになる患者さんがいらっしゃいます。
保険証の券面は下記のとおりで、ご本人は10月に転職したとのことです。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['dob'])}
　保険者番号：０６１３９８７５
　記号　　　：４１２７　　番号：５８　　枝番：０１

新しい保険者での請求方法についてご教示ください。

檜山 紗季
日の出内科クリニック川崎　医事
TEL 044-211-5566""",
)

# 017 stop — a new nurse's My Number to the labour-and-social-security attorney
_p = person(R, sex="女", born=(1990, 1999))
add(
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="new employee's My Number with name, DOB and address mailed to an external 社労士 office",
    charset="iso-2022-jp",
    sender=JIMU,
    to=["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
    subject="新規採用者の雇用保険資格取得手続きについて",
    body=f"""田中社会保険労務士事務所
田中先生

いつもお世話になっております。日の出内科クリニック蒲田の早乙女です。
11月1日付で看護師を1名採用しましたので、資格取得の手続きをお願いします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{ymd(_p['dob'], '.')}
　住所：〒{_p['postal']} {_p['addr']}
　個人番号：{mn()}
　雇用形態：正職員（週40時間）　月給 298,000円

前職の離職票はご本人から後日郵送いたします。
{SIG_JIMU}""",
)

# 018 pass — My Number inside the company only
_p = person(R, sex="男", born=(1988, 1998))
add(
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="a staff member's My Number sent only to the internal HR mailbox",
    charset="cp932",
    sender=JIMU,
    to=["人事部 労務G <jinji-romu@hinode-sangyo.co.jp>"],
    subject="臨床検査技師 入職者のマイナンバー",
    body=f"""労務G 各位

お疲れさまです。早乙女です。
11/1入職の臨床検査技師のマイナンバーをお送りします。
本人確認書類（運転免許証）の写しは社内便で送付済みです。

{_p['name']}　個人番号 {mn()}

登録後、このメールは削除いたします。
早乙女""",
)

# 019 stop — a patient's card number dictated over the phone, forwarded to the vendor
_p = person(R, sex="男", born=(1970, 1985))
_c = cc()
_cz = zen(f"{_c[0:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:16]}")
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a patient's full credit-card number (full-width digits) sent to the online-consultation vendor",
    charset="cp932",
    sender=UKE,
    to=["support@medicall-link.jp"],
    subject="オンライン診療の決済エラー（患者さまカード再登録のお願い）",
    body=f"""メディコールリンク サポートご担当者様

いつもお世話になっております。日の出内科クリニック蒲田 受付の石渡です。

11/5のオンライン診療分で決済エラーとなった患者さまから、お電話でカード情報を伺いました。
アプリからの再登録がうまくいかないとのことですので、代理で登録いただけますでしょうか。

　患者名　　：{_p['name']} 様
　カード番号：{_cz}
　有効期限　：０８／２８
　名義　　　：{_p['ROMAJI'].upper()}

ご対応可否をご連絡いただけますと幸いです。
石渡""",
)

# 020 stop — vaccination announcement to four client companies, all in To
add(
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four client companies' contacts put in To: each can see the others (should have been Bcc)",
    charset="iso-2022-jp",
    sender=EIGYO,
    to=["kondo.a@kawasaki-denki.co.jp", "muraoka@aoba-unyu.co.jp",
        "総務部 <soumu@hoshizora-seiko.co.jp>", "安全衛生課 <anzen@minami-kensetsu.co.jp>"],
    subject="【ご案内】2025-26シーズン 出張インフルエンザ予防接種の受付開始",
    body="""お取引先各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出健診センター 法人営業の新発田でございます。

今シーズンの出張インフルエンザ予防接種の受付を開始いたしました。

■実施期間　2025年10月14日（火）～12月19日（金）
■料金　　　お一人 3,300円（税込）／20名様以上で出張費無料
■お申込み　添付不要、本メールへのご返信で仮予約いたします

ワクチンの供給状況により、ご希望日に添えない場合がございます。
お早めにお申し込みください。

日の出健診センター 法人営業 新発田 亮
TEL 044-276-8835""",
)


# 021 pass — the same kind of announcement done right: clients in Bcc
add(
    expect="pass",
    note="announcement to many client companies with every client in Bcc; To is the sender's own team",
    charset="utf-8",
    sender=EIGYO,
    to=["日の出健診センター 法人営業 <kenshin-eigyo@hinode-sangyo.co.jp>"],
    bcc=["kondo.a@kawasaki-denki.co.jp", "muraoka@aoba-unyu.co.jp", "soumu@hoshizora-seiko.co.jp",
         "anzen@minami-kensetsu.co.jp", "jinji@kitaguni-foods.co.jp", "somu@tamagawa-kogyo.co.jp"],
    subject="年末年始の健診センター休業および予約受付について",
    body="""お取引先各位
（本メールは Bcc にて一斉送信しております）

平素は日の出健診センターをご利用いただき、誠にありがとうございます。
年末年始の休業日についてご案内いたします。

　休業期間：2025年12月27日（土）～2026年1月4日（日）
　Web予約：休業期間中も受付いたします（確定のご連絡は1月5日以降）
　結果報告書：12月20日以降の受診分は1月中旬の発送となります

2026年度の定期健診のご予約は、1月13日より受付を開始いたします。
今後ともよろしくお願い申し上げます。

日の出健診センター 法人営業 新発田""",
)

# 022 stop — colleague's address mistyped: hinode-sangyou.co.jp
add(
    expect="stop",
    detectors=["lookalike_domain"],
    note="recipient domain hinode-sangyou.co.jp is a one-letter look-alike of the company's own domain",
    charset="cp932",
    sender=IKA,
    to=["大迫 さやか <osako.s@hinode-sangyou.co.jp>"],
    subject="来月の巡回健診バス 配車表",
    body="""大迫さん

お疲れさまです。医事課の嶋村です。
来月の巡回健診バスの配車表、こちらで確定版にしました。

　12/2（火）川崎電機 本社　　　　　　1号車
　12/4（木）青葉運輸 平和島営業所　　1号車・2号車
　12/9（火）星空精工 相模原工場　　　2号車
　12/11（木）南建設 本社　　　　　　1号車

運転手の手配は総務経由で済んでいます。
修正あればこのまま返信ください。

嶋村""",
)

# 023 stop — an internal pricing sheet stamped 社外秘 sent to a client
add(
    expect="stop",
    detectors=["confidential_marking"],
    note="XLSX stamped 社外秘 in its page header (internal cost/price plan) attached to a client company",
    charset="iso-2022-jp",
    sender=EIGYO,
    to=["kondo.a@kawasaki-denki.co.jp"],
    subject="2026年度 健診料金のご提案",
    body="""近藤様

お世話になっております。日の出健診センターの新発田です。
2026年度の健診料金についてご提案資料をお送りします。
ご検討のほどよろしくお願いいたします。

新発田""",
    attachments=[{"kind": "xlsx", "name": "2026料金改定案_原価内訳.xlsx", "page_header": "社外秘",
                  "sheets": {"料金案": [["【社外秘】2026年度 健診料金改定案（営業部内検討用）"],
                                       ["コース", "現行価格", "改定案", "原価", "粗利率", "値引下限"],
                                       ["法定健診A", 8800, 9350, 5120, "45%", 8400],
                                       ["法定健診B（35・40歳以上）", 13200, 13750, 7980, "42%", 12600],
                                       ["生活習慣病予防健診", 18700, 19800, 11260, "43%", 18000],
                                       ["人間ドック（日帰り）", 44000, 46200, 27900, "40%", 42000]],
                             "値引方針": [["取引先", "年間受診者", "値引率"],
                                       ["川崎電機", 410, "8%"], ["青葉運輸", 260, "6%"],
                                       ["北国フーズ", 230, "6%"]]}}],
)

# 024 stop — PPAP: health-check results in a password ZIP
add(
    expect="stop",
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (health-check results) cannot be inspected",
    charset="cp932",
    sender=KENSHIN,
    to=["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="定期健康診断結果（10月受診分）の送付",
    body=f"""北国フーズ株式会社
総務部 御中

お世話になっております。日の出健診センターの大迫です。
10月受診分の定期健康診断結果（個人票および一覧）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別途メールにてお知らせします。
{SIG_KENSHIN}""",
    attachments=[{"kind": "zip", "name": "kenshin_kekka_202510.zip", "password": "Kf#2510nH",
                  "files": [{"kind": "csv", "name": "結果一覧.csv",
                             "rows": [["氏名", "判定"], ["東海林 誠", "C"], ["比嘉 彩", "B"]]}]}],
)

# 025 pass — the separate password mail (PPAP second half)
add(
    expect="pass",
    note="the follow-up mail carrying only a ZIP password; no personal data, no attachment",
    charset="cp932",
    sender=KENSHIN,
    to=["soumu@kitaguni-foods.co.jp"],
    subject="Re: 定期健康診断結果（10月受診分）の送付 [パスワード]",
    body="""北国フーズ株式会社
総務部 御中

日の出健診センターの大迫です。
先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Kf#2510nH

※当センターでは来年度より、ファイル送付をクラウドストレージでの共有に切り替える予定です。
　詳細は追ってご案内いたします。

大迫""",
)

# 026 stop — the lab order file got damaged
add(
    expect="stop",
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
    charset="utf-8",
    sender=KAWA,
    to=["東海臨床検査センター 川崎営業所 <kawasaki-eigyo@tokai-rinsho.co.jp>"],
    subject="11月分 外注検査依頼書（川崎院）",
    body="""東海臨床検査センター 川崎営業所
ご担当者様

お世話になっております。日の出内科クリニック川崎の檜山です。
11月第1週の外注検査依頼書を添付します。ご確認よろしくお願いします。

檜山""",
    attachments=[{"kind": "corrupt", "name": "外注検査依頼書_川崎_1111.xlsx"}],
)

# 027 stop — closure notice to patients with every address visible
add(
    expect="stop",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="six patients' private addresses in To: they can all see each other (and that they are patients)",
    charset="iso-2022-jp",
    sender=UKE,
    to=["takuma.tsutsui55@gmail.com", "y-minagawa@yahoo.co.jp", "akio_kito@icloud.com",
        "shizuka.higa.0403@docomo.ne.jp", "fumiko-noto@outlook.jp", "ren.sagara2@gmail.com"],
    subject="【日の出内科クリニック蒲田】11月15日（土）臨時休診のお知らせ",
    body="""患者さま各位

いつも日の出内科クリニック蒲田をご利用いただきありがとうございます。
院内設備点検のため、11月15日（土）は臨時休診とさせていただきます。

同日にご予約をいただいていた皆さまには、
・11月14日（金）午後
・11月17日（月）午前
のいずれかへの振替をお願いしております。
本メールにご希望の日時をご返信いただくか、お電話（03-5714-2260）でお知らせください。

ご迷惑をおかけし申し訳ございません。

日の出内科クリニック蒲田 受付""",
)

# 028 pass — one patient, one appointment confirmation
add(
    expect="pass",
    detectors=["freemail_recipient"],
    note="appointment confirmation to one patient's private address; date, time and what to bring only",
    charset="cp932",
    sender=UKE,
    to=["y-minagawa@yahoo.co.jp"],
    subject="ご予約日時変更のご確認",
    body="""皆川様

日の出内科クリニック蒲田 受付の石渡です。
ご連絡ありがとうございました。ご予約を以下のとおり変更いたしました。

　変更後：11月17日（月）10:30

当日はマイナ保険証（または保険証）とお薬手帳をお持ちください。
ご不明な点がございましたらお電話ください。

日の出内科クリニック蒲田
TEL 03-5714-2260（受付時間 9:00～18:00）""",
)

# 029 either — sending a patient her own lab results at her request, to her free-mail
_p = person(R, sex="女", born=(1978, 1988))
add(
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="the patient asked for her own results by e-mail: sensitive, but sent to the data subject herself",
    charset="utf-8",
    sender=INCHO,
    to=[_p["email"]],
    subject="先日の血液検査結果について",
    body=f"""{_p['name']} 様

日の出内科クリニック蒲田の東條です。
ご希望により、先日（11/4）の血液検査の結果をお知らせします。

　LDLコレステロール　182 mg/dL（基準 60-139）高値
　中性脂肪　　　　　 210 mg/dL（基準 30-149）高値
　HbA1c　　　　　　  5.9 %（基準 4.6-6.2）
　AST/ALT　　　　　  28 / 41 U/L（ALT軽度高値）

脂質異常症として、まずは食事療法を3か月続け、その後再検査をおすすめします。
詳しくは次回受診時にご説明いたします。

日の出内科クリニック蒲田 院長 東條 啓介""",
)

# 030 stop — applicants list, tab-separated, to a recruitment agency
_p = people(6, born=(1978, 2001))
_rows = ["応募日\t氏名\t年齢\t電話\tメール\t現職\t希望"]
for i, p in enumerate(_p):
    _rows.append(f"10/{12 + i * 3}\t{p['name']}\t{p['age']}\t{p['phone']}\t{p['email']}\t"
                 f"{R.choice(['総合病院 病棟', '訪問看護', '美容クリニック', '離職中', '健診センター'])}\t"
                 f"{R.choice(['常勤', 'パート（週3）', '常勤・夜勤なし'])}")
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six nurse applicants' phones and e-mail addresses pasted to an external recruitment agency",
    charset="iso-2022-jp",
    sender=SAIYO,
    to=["ナースナビ 法人担当 <corp@nurse-navi.jp>"],
    subject="自社応募者との重複確認のお願い",
    body=f"""株式会社ナースナビ
法人担当 御中

お世話になっております。日の出産業 人事部の鷲見です。
ご紹介いただいた候補者と自社サイト経由の応募者が重複していないか確認したく、
10月以降の自社応募者を下記にお送りします。重複があればお知らせください。

""" + "\n".join(_rows) + f"""

よろしくお願いいたします。
{SIG_SAIYO}""",
)


# 031 pass — job posting draft for a recruitment medium
add(
    expect="pass",
    note="job-posting conditions sent to a recruitment medium; no person's data",
    charset="utf-8",
    sender=SAIYO,
    to=["医療キャリアネット 掲載担当 <keisai@iryo-career.co.jp>"],
    subject="求人原稿のご確認（日の出内科クリニック川崎 看護師）",
    body=f"""医療キャリアネット
掲載担当 ご担当者様

お世話になっております。日の出産業 人事部の鷲見です。
先日ご相談した求人原稿、以下の内容で掲載をお願いします。

【職種】看護師（正職員）／日の出内科クリニック川崎
【業務】外来診療補助、採血・点滴、健診業務（心電図・問診）、オンライン診療の準備
【勤務】8:45～17:45（休憩60分）、土曜は月2回（8:45～13:00）、日祝休み
【給与】月給 27万～33万円（経験による）＋賞与年2回（昨年度実績 3.6か月）
【応募】Web応募フォームより（書類選考のうえ面接日をご連絡します）

掲載期間は11/17からの4週間でお願いします。
{SIG_SAIYO}""",
)

# 032 stop — a candidate's disability passed to the agency
_p = person(R, sex="男", born=(1985, 1995))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a job candidate and his mental-health disability certificate to an external agency",
    charset="cp932",
    sender=SAIYO,
    to=["医療キャリアネット 小野寺様 <onodera@iryo-career.co.jp>"],
    subject="Re: 医事課スタッフ候補者の面接結果",
    body=f"""小野寺様

お世話になっております。鷲見です。
{_p['name']}様の面接結果についてご連絡いたします。
結論として、二次面接に進んでいただきたいと考えております。

面接の中でご本人から、精神障害者保健福祉手帳（3級）をお持ちで、
うつ病の治療のため現在も月1回通院されているとのお話がありました。
当社としては障害者雇用枠での採用も含めて検討しますので、
通院日の配慮など、ご本人のご希望を事前に伺っておいていただけますでしょうか。

二次面接は 11/20（木）15:00 を候補にしています。
{SIG_SAIYO}""",
)

# 033 pass — interview date with one applicant on free mail
add(
    expect="pass",
    detectors=["freemail_recipient"],
    note="interview arrangements with one applicant at her private address; nothing beyond the date",
    charset="iso-2022-jp",
    sender=SAIYO,
    to=["chihiro.iokibe@gmail.com"],
    subject="面接日程のご案内（日の出産業 人事部）",
    body="""五百旗頭 千尋 様

このたびは日の出内科クリニックの看護師求人にご応募いただき、誠にありがとうございます。
日の出産業 人事部の鷲見と申します。

書類選考の結果、ぜひ面接にお越しいただきたく、ご連絡いたしました。
下記の日程でご都合はいかがでしょうか。

　11月18日（火）14:00～15:00
　場所：日の出内科クリニック蒲田（東京都大田区蒲田5-27-3 日の出蒲田ビル2F）
　持ち物：看護師免許証の写し

ご都合が合わない場合は、候補日をいくつかお知らせください。
何卒よろしくお願いいたします。

日の出産業株式会社 人事部 鷲見 友梨
TEL 03-5714-2200""",
)

# 034 stop — answering a pharmacy query with the patient's diagnosis and DOB
_p = person(R, sex="女", born=(1960, 1970))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's DOB, psychiatric diagnosis and prescription sent to an outside pharmacy",
    charset="utf-8",
    sender=INCHO,
    to=["ひかり薬局 蒲田駅前店 <kamata@hikari-yakkyoku.co.jp>"],
    subject="疑義照会への回答（処方変更）",
    body=f"""ひかり薬局 蒲田駅前店
薬剤師 ご担当先生

お問い合わせありがとうございました。東條です。
本日処方分の疑義照会について、下記のとおり回答いたします。

患者：{_p['name']} 様（{wareki(_p['dob'], 'short')}生）
病名：うつ病、不眠症、2型糖尿病
照会内容：エスシタロプラムとトラゾドンの併用について
回答：併用継続で問題ありません。ただしトラゾドンは 25mg → 50mg へ増量のため、
　　　ふらつきに注意するよう服薬指導をお願いします。
　　　メトホルミンは腎機能（eGFR 52）を考慮し 1000mg/日 のままとします。

日の出内科クリニック蒲田 東條 啓介""",
)

# 035 pass — stock inquiry to the pharmacy, drug names only
add(
    expect="pass",
    note="asking a pharmacy about generic drug stock; drug names and codes only",
    charset="cp932",
    sender=KOBAI,
    to=["kamata@hikari-yakkyoku.co.jp"],
    subject="後発品の在庫状況のお問い合わせ",
    body="""ひかり薬局 蒲田駅前店
ご担当者様

いつもお世話になっております。日の出内科クリニック蒲田 購買担当の丹羽です。
出荷調整が続いている下記品目について、御店での在庫状況を教えていただけますでしょうか。
在庫が難しいものは、院内で一般名処方への切り替えを検討します。

・アムロジピンOD錠5mg「トーワ」
・カルボシステイン錠500mg
・デキストロメトルファン錠15mg
・ツロブテロールテープ2mg（小児用 0.5mg も）
・ロスバスタチン錠2.5mg

お忙しいところ恐縮ですが、よろしくお願いいたします。

丹羽 俊介
日の出内科クリニック蒲田 購買・薬剤管理
TEL 03-5714-2260""",
)

# 036 stop — forwarding the complaint record, with the complainant's psychiatric history, to the law firm
_p = person(R, sex="男", born=(1958, 1968))
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded complaint record naming the complainant with phone, address and psychiatric treatment history",
    charset="iso-2022-jp",
    sender=JIMU,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="FW: 患者クレーム対応記録（11/5 受付）",
    body=f"""白川先生

いつもお世話になっております。早乙女です。
先日お電話でご相談した件、院内の記録を転送いたします。
来週のご相談時にご確認いただけますと幸いです。

-------- 転送メッセージ --------
From: 石渡 真由美 <ishiwata.m@hinode-sangyo.co.jp>
To: 早乙女 隆 <saotome.t@hinode-sangyo.co.jp>
Subject: 患者クレーム対応記録（11/5 受付）

事務長

11/5 午後の件、記録をまとめました。

■申出人　{_p['name']} 様（{_p['age']}歳）
■連絡先　{_p['phone']}
■住所　　{_p['addr']}
■内容　　待ち時間（約2時間）への不満から受付で大声を出され、院長の謝罪を要求。
　　　　　「薬を間違えられた」との主張あり（処方記録上は誤りなし）。
■背景　　当院には高血圧で通院中。別の精神科クリニックで双極性障害の治療中と
　　　　　ご本人が以前話していた（問診票にも記載あり）。
■対応　　事務長より電話で説明予定。再度来院の際は2名で対応。

石渡
-------------------------------
{SIG_JIMU}""",
)

# 037 pass — scheduling the consultation with the law firm, NDA mention
add(
    expect="pass",
    note="arranging a meeting with the law firm and mentioning the confidentiality agreement; no patient data",
    charset="cp932",
    sender=JIMU,
    to=["shirakawa@shirakawa-law.jp"],
    subject="ご相談日程と顧問契約の更新について",
    body=f"""白川法律事務所
白川先生

お世話になっております。日の出内科クリニック蒲田の早乙女です。

患者さまからの申し出の件、11月13日（木）16時に貴事務所へ伺います。
院長の東條も同席の予定です。

また、来年1月で顧問契約が更新となりますので、あわせて
・顧問契約書（第8条 秘密保持）の文言見直し
・オンライン診療の利用規約のリーガルチェック
についてもご相談させてください。
{SIG_JIMU}""",
)

# 038 stop — the law firm's domain mistyped: shirakawa-1aw.jp
add(
    expect="stop",
    detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp (digit 1 for l) is a look-alike of the partner law firm's domain",
    charset="utf-8",
    sender=JIMU,
    to=["白川先生 <shirakawa@shirakawa-1aw.jp>"],
    subject="Re: ご相談日程と顧問契約の更新について",
    body="""白川先生

早乙女です。ご返信ありがとうございます。
13日は16時から1時間程度でお願いいたします。
資料（経緯メモ、院内の対応マニュアル）は当日紙でお持ちします。

引き続きよろしくお願いいたします。
早乙女

> 早乙女様
> 13日16時で承知しました。念のため経緯のメモをお持ちください。
> 白川""",
)

# 039 stop — expatriate employees' passport numbers to an assistance company (English)
_rng = random.Random(80391)
_ex = [("Lars", "Henriksen", "Denmark"), ("Priya", "Raghunathan", "India"), ("Tomasz", "Wieczorek", "Poland"),
       ("Amelia", "Okonkwo", "United Kingdom"), ("Diego", "Fernández Ruiz", "Spain"), ("Mei-Ling", "Chou", "Taiwan")]
_rows = [["Name", "Nationality", "Passport No.", "Date of Birth", "Check-up date"]]
for g, s, n in _ex:
    _rows.append([f"{s.upper()}, {g}", n, f"{_rng.choice('TMRNPE')}{_rng.choice('KZAHS')}{_rng.randint(1000000, 9999999)}",
                  f"{_rng.randint(1, 28):02d} {_rng.choice(['Jan', 'Mar', 'Apr', 'Jul', 'Sep', 'Nov'])} {_rng.randint(1972, 1994)}",
                  f"2025-11-{_rng.randint(10, 21)}"])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six expatriates' passport numbers and dates of birth sent to an external assistance company",
    charset="utf-8",
    sender=KENSHIN,
    to=["Global Medical Assist – Tokyo desk <tokyo@globalmed-assist.com>"],
    subject="Health check-ups for Kawasaki Denki expatriates – insurance verification",
    body="""Dear Tokyo desk team,

We will be providing annual health check-ups for six expatriate employees of
Kawasaki Denki next month. To verify their international medical cover before the
appointments, please find their details below (as requested by your claims team).

""" + table(_rows) + f"""

Could you confirm the coverage for each by Friday 7 November?
Invoices will be addressed to your Tokyo desk as in previous years.

Kind regards,
{SIG_EN}""",
)

# 040 pass — English mail to an overseas vendor about an API, NDA and disclaimer
add(
    expect="pass",
    note="technical English mail to a foreign telemedicine vendor about API access and the NDA; disclaimer only",
    charset="utf-8",
    sender="Tomoya Kuze <kuze.t@hinode-sangyo.co.jp>",
    to=["Integration Team <integrations@carebridge-health.com>"],
    subject="Re: API sandbox access for appointment sync",
    body=f"""Hi Rachel,

Thanks for the call yesterday. To summarise what we agreed:

1. You will open a sandbox tenant for Hinode Naika Clinic (two sites) by 14 Nov.
2. We only sync slot availability and booking IDs – no patient demographics leave
   our EMR during the pilot.
3. Our legal team is reviewing the mutual NDA you sent; the only open point is the
   governing law clause (we proposed Japanese law, Tokyo District Court).

Could you also send the rate limits for the /bookings endpoint?

Best regards,
Tomoya Kuze
IT Planning, Healthcare Division
Hinode Sangyo Co., Ltd.
{DISC_EN}""",
)


# 041 stop — a foreign patient's residence card number to the interpreter service
_rc = "UH" + "".join(str(R.randint(0, 9)) for _ in range(8)) + "FK"
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a foreign patient's residence-card number with name and DOB sent to an outside interpreter service",
    charset="utf-8",
    sender=KAWA,
    to=["医療通訳ネットワーク かわさき <request@iryo-tsuyaku.or.jp>"],
    subject="ベトナム語通訳の派遣依頼（11/19 午前）",
    body=f"""医療通訳ネットワーク かわさき
派遣コーディネーター様

いつもお世話になっております。日の出内科クリニック川崎の檜山です。
下記のとおりベトナム語通訳の派遣をお願いいたします。

日時：11月19日（水）9:30～11:00
内容：初診・健康診断の問診と結果説明
患者さま：NGUYEN THI HOA（グエン・ティ・ホア）様
生年月日：1996年3月12日
在留カード番号：{_rc}
在留資格：技能実習（北国フーズ 川崎工場）

派遣の可否をご連絡いただけますと幸いです。

檜山 紗季（日の出内科クリニック川崎 医事）
TEL 044-211-5566""",
)

# 042 stop — today's outside prescriptions for five patients to the pharmacy (HTML only)
_p = people(5, born=(1940, 1985))
_rx = ["インスリン グラルギン 16単位/日、メトホルミン 500mg", "タクロリムス軟膏 0.1%",
       "エンテカビル 0.5mg（B型慢性肝炎）", "ドネペジル 5mg（アルツハイマー型認知症）",
       "テルミサルタン 40mg、アムロジピン 5mg"]
_tr = "\n".join(f"<tr><td>{p['name']}</td><td>{wareki(p['dob'], 'short')}</td><td>{_rx[i]}</td><td>{R.choice(['持参', '配達希望', '持参'])}</td></tr>"
                for i, p in enumerate(_p))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of five patients with DOB, drugs and diagnoses sent to an outside pharmacy",
    charset="cp932",
    sender=NS,
    to=["駅前ファーマシー 蒲田西口店 <nishiguchi@ekimae-pharmacy.jp>"],
    subject="本日午後の院外処方（事前準備のお願い）",
    html=f"""<div style="font-family:'MS PGothic';font-size:10.5pt">
<p>駅前ファーマシー 蒲田西口店 御中</p>
<p>お世話になっております。日の出内科クリニック蒲田の國分です。<br>
本日午後に処方箋をお持ちになる予定の患者さまです。在庫の事前確認をお願いします。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>氏名</th><th>生年月日</th><th>処方内容</th><th>受取</th></tr>
{_tr}
</table>
<p>國分 恵子<br>日の出内科クリニック蒲田 看護部</p></div>""",
)

# 043 pass — doctors' timetable to a client company (HTML only, a business table)
add(
    expect="pass",
    note="HTML table of outpatient doctors' timetable sent to a client; doctors' names only, no personal data",
    charset="iso-2022-jp",
    sender=EIGYO,
    to=["soumu@kitaguni-foods.co.jp"],
    subject="12月の外来担当医表（社員の皆さまへの周知用）",
    html="""<html><body>
<p>北国フーズ株式会社 総務部 御中</p>
<p>いつもお世話になっております。日の出健診センターの新発田です。<br>
健診後の二次検査で当院を受診される社員の方向けに、12月の外来担当医表をお送りします。<br>
社内掲示板などでご活用ください。</p>
<table border="1" cellpadding="3">
<tr><th></th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>
<tr><td>蒲田 午前</td><td>東條</td><td>東條</td><td>羽柴（循環器）</td><td>東條</td><td>設楽（糖尿病）</td><td>交代制</td></tr>
<tr><td>蒲田 午後</td><td>羽柴（循環器）</td><td>東條</td><td>休診</td><td>設楽（糖尿病）</td><td>東條</td><td>休診</td></tr>
<tr><td>川崎 午前</td><td>城之内</td><td>城之内</td><td>城之内</td><td>榊原（消化器）</td><td>城之内</td><td>交代制</td></tr>
<tr><td>川崎 午後</td><td>榊原（消化器）</td><td>休診</td><td>城之内</td><td>城之内</td><td>榊原（消化器）</td><td>休診</td></tr>
</table>
<p>※胃カメラは川崎院の木・金のみ（要予約 044-211-5566）</p>
<p>日の出健診センター 法人営業 新発田 亮</p>
</body></html>""",
)

# 044 stop — specific health guidance targets with insurance numbers, DOCX table, to the health insurance society
_p = people(8, born=(1961, 1985))
_tb = [["氏名", "保険証 記号-番号", "年齢", "BMI", "腹囲", "血圧", "HbA1c", "支援区分"]]
for p in _p:
    _tb.append([p["name"], f"{R.randint(10, 99)}-{R.randint(1, 999)}", str(p["age"]),
                f"{R.uniform(25.1, 33.9):.1f}", f"{R.randint(86, 108)}cm", f"{R.randint(132, 168)}/{R.randint(84, 104)}",
                f"{R.uniform(5.6, 7.4):.1f}", R.choice(["積極的支援", "動機付け支援"])])
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eight insured persons with card 記号-番号 and health-check values in a DOCX table to the insurance society",
    charset="utf-8",
    sender=KENSHIN,
    to=["北国フーズ健康保険組合 保健事業課 <hoken@kitaguni-kenpo.or.jp>"],
    subject="特定保健指導 対象者名簿（10月受診分）",
    body=f"""北国フーズ健康保険組合
保健事業課 御中

お世話になっております。日の出健診センターの大迫です。
10月受診分の特定保健指導対象者名簿を添付いたします。
初回面談は12月から順次、当センターで実施予定です。
{SIG_KENSHIN}""",
    attachments=[{"kind": "docx", "name": "特定保健指導対象者名簿_202510.docx",
                  "paragraphs": ["特定保健指導 対象者名簿（2025年10月受診分）",
                                 "実施機関：日の出健診センター　　作成日：2025年11月7日"],
                  "tables": [_tb]}],
)

# 045 pass — the same insurance society, counts only
add(
    expect="pass",
    note="specific health guidance implementation counts for the insurance society; aggregates only",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["hoken@kitaguni-kenpo.or.jp"],
    subject="特定保健指導 実施状況報告（上期）",
    body="""北国フーズ健康保険組合 保健事業課 御中

日の出健診センターの大迫です。上期（4～9月）の実施状況をご報告します。

　区分　　　　　対象者　初回面談　継続中　終了　終了率
　積極的支援　　　 41　　　 36　　　 22　　 14　　34%
　動機付け支援　　 58　　　 55　　　 12　　 43　　74%
　合計　　　　　　 99　　　 91　　　 34　　 57　　58%

下期はオンライン面談を導入し、初回面談率90%以上を目指します。
個別の進捗は、通常どおり特定健診等データ管理システムでご確認ください。

大迫""",
)

# 046 stop — PDF of employees needing detailed examination, to the employer's health office
_p = people(9, born=(1963, 1996))
_find = ["胸部X線 E（要精密）", "便潜血 陽性（要精密）", "心電図 E（心房細動）", "肝機能 E（AST 142）",
         "眼底 E（高血圧性変化）", "腹部エコー E（膵のう胞）", "尿蛋白 3+（要精密）", "胃部X線 E（要内視鏡）",
         "血糖 E（空腹時 214）"]
_tb = [["社員番号", "氏名", "所属", "要精密検査項目", "紹介先"]]
for i, p in enumerate(_p):
    _tb.append([f"K{20118 + i * 41}", p["name"], R.choice(["本社", "溝口工場", "研究所"]), _find[i],
                R.choice(["当院", "港中央病院", "かかりつけ医"])])
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF listing nine named employees with abnormal findings needing detailed examination, to the employer",
    charset="cp932",
    sender=KENSHIN,
    to=["kenko-kanri@kawasaki-denki.co.jp"],
    subject="要精密検査者一覧（10月受診分）",
    body=f"""川崎電機株式会社 健康管理室 御中

いつもお世話になっております。大迫です。
10月受診分のうち、要精密検査と判定された方の一覧をお送りします。
受診勧奨のご協力をお願いいたします。
{SIG_KENSHIN}""",
    attachments=[{"kind": "pdf", "name": "要精密検査者一覧_202510.pdf", "title": "要精密検査者一覧",
                  "lines": ["要精密検査者一覧（川崎電機株式会社 2025年10月受診分）", "日の出健診センター", ""],
                  "table": _tb}],
)

# 047 stop — subject and body carry 【取扱注意】
add(
    expect="stop",
    detectors=["confidential_marking"],
    note="mail marked 【取扱注意】 in subject and body sent to an outside consultant",
    charset="iso-2022-jp",
    sender=JIMU,
    to=["開業支援パートナーズ 中条様 <chujo@kaigyo-partners.co.jp>"],
    subject="【取扱注意】新規クリニック出店計画（横浜・都筑）",
    body="""中条様

お世話になっております。日の出産業 ヘルスケア事業部の早乙女です。

【取扱注意】
先日お話しした3院目の出店計画の概要です。経営会議前のため、取扱いにご注意ください。

・候補地：横浜市都筑区 センター北駅 徒歩3分（医療モール 2F 区画、約180平米）
・診療科：内科・糖尿病内科、健診（企業健診の受け皿）
・開院目標：2026年10月
・投資額：内装・医療機器で約1億2千万円（リース含む）
・収支：開業3年目で単月黒字化の想定

立地調査の追加をお願いできればと思います。お見積りをお送りください。

早乙女""",
)

# 048 stop — password-protected PDF referral to a hospital
add(
    expect="stop",
    detectors=["unscannable_attachment"],
    note="the referral letter is a password-protected PDF: it cannot be inspected",
    charset="utf-8",
    sender=INCHO,
    to=["桜ヶ丘医科大学附属病院 患者支援センター <shien@sakuragaoka-med.ac.jp>"],
    subject="紹介状送付（消化器内科）",
    body="""桜ヶ丘医科大学附属病院
患者支援センター 御中

お世話になっております。日の出内科クリニック蒲田の東條です。
消化器内科へのご紹介状をパスワード付きPDFでお送りします。
パスワードは貴センター宛てにお電話でお伝えします。

東條 啓介""",
    attachments=[{"kind": "pdf", "name": "shokaijo_20251107.pdf", "password": "sakura1107",
                  "lines": ["診療情報提供書", "傷病名：膵頭部腫瘤の疑い"]}],
)

# 049 pass — two staff names for a hospital seminar
add(
    expect="pass",
    note="registering two staff members for a hospital seminar; names only, no other data",
    charset="cp932",
    sender=NS,
    to=["renkei@minato-chuo-hp.or.jp"],
    subject="Re: 地域連携研修会（12/3）参加申込",
    body="""港中央病院 地域医療連携室 御中

お世話になっております。日の出内科クリニック蒲田の國分です。
12/3（水）18:30からの研修会「心不全の在宅管理」に、下記2名で参加いたします。

　・國分 恵子（看護師長）
　・知念 美咲（看護師）

駐車場は利用しません。よろしくお願いいたします。

國分

> 12月3日（水）18:30～20:00 当院講堂にて地域連携研修会を開催します。
> 参加ご希望の方は11月21日までにご返信ください。""",
)

# 050 stop — three hospitals' liaison offices in To
add(
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three hospitals' liaison offices in To can all see each other's addresses",
    charset="iso-2022-jp",
    sender=INCHO,
    to=["renkei@minato-chuo-hp.or.jp", "shien@sakuragaoka-med.ac.jp", "地域連携課 <chiiki@keiyu-kai.or.jp>"],
    subject="病診連携の情報交換会のご案内",
    body="""各病院 地域医療連携ご担当者様

いつも大変お世話になっております。日の出内科クリニック蒲田の東條です。

日頃の紹介・逆紹介の運用について意見交換の場を設けたく、下記のとおりご案内いたします。

　日時：2025年12月10日（水）19:00～20:30
　場所：日の出蒲田ビル 5F 会議室（オンライン併用）
　議題：紹介状の電子化、検査結果の共有方法、逆紹介時の情報提供

ご出席の可否を11月28日までにお知らせいただけますと幸いです。

日の出内科クリニック蒲田 院長 東條 啓介""",
)


# 051 pass — three-way meeting: a vendor and a client company (two organisations)
add(
    expect="pass",
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail with two external organisations in To/Cc; no personal data",
    charset="utf-8",
    sender=EIGYO,
    to=["kondo.a@kawasaki-denki.co.jp"],
    cc=["みらいテレメド 営業部 相沢様 <aizawa@mirai-telemed.com>"],
    subject="社員向けオンライン診療の導入打合せ（11/21）",
    body="""川崎電機株式会社 近藤様
みらいテレメド株式会社 相沢様

お世話になっております。日の出健診センターの新発田です。
先日お話しした、社員向けオンライン診療（健診後のフォロー）の件で、
三者で打合せの場を設けたくご連絡しました。

　日時：11月21日（金）10:00～11:00
　場所：川崎電機様 本社 3F 会議室B（相沢様はオンライン参加）
　議題：導入範囲（対象者・診療科）、費用負担、予約導線、個人情報の取扱い

資料は前日までに共有いたします。
よろしくお願いいたします。

新発田 亮
日の出健診センター 法人営業""",
)

# 052 stop — unencrypted ZIP with a UTF-8 CSV of 30 patients for a vendor migration
_p = people(30, born=(1942, 2004))
_csv = [["patient_no", "name", "name_kana", "tel", "email", "last_visit"]]
for i, p in enumerate(_p):
    _csv.append([f"{100234 + i * 17}", p["name"], p["kana"], p["phone"], p["email"],
                 f"2025-{R.randint(6, 10):02d}-{R.randint(1, 28):02d}"])
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) with a 30-patient CSV of phones and e-mails sent to an online-consultation vendor",
    charset="iso-2022-jp",
    sender="久世 智也 <kuze.t@hinode-sangyo.co.jp>",
    to=["みらいテレメド 導入支援 <onboarding@mirai-telemed.com>"],
    subject="患者データ移行テスト用ファイル",
    body="""みらいテレメド株式会社
導入支援チーム ご担当者様

お世話になっております。日の出産業 情報システム課の久世です。
患者アカウントの移行テスト用に、オンライン診療利用中の患者データ（30件）をお送りします。
文字コードは UTF-8、カンマ区切りです。
テスト完了後はデータの削除をお願いいたします。

久世 智也
日の出産業株式会社 ヘルスケア事業部 IT企画
TEL 03-5714-2205""",
    attachments=[{"kind": "zip", "name": "migration_test_20251107.zip",
                  "files": [{"kind": "csv", "name": "patients_online.csv", "rows": _csv, "encoding": "utf-8"},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "patients_online.csv: UTF-8, header row, 30 records\n"}]}],
)

# 053 pass — unencrypted ZIP of brochures for a client
add(
    expect="pass",
    note="ZIP of health-check brochures and a price sheet for a client; business documents only",
    charset="cp932",
    sender=EIGYO,
    to=["安全衛生課 <anzen@minami-kensetsu.co.jp>"],
    subject="健診コースのご案内資料一式",
    body="""南建設株式会社
安全衛生課 御中

お世話になっております。日の出健診センターの新発田です。
先日の打合せでご依頼いただいた資料を一式お送りいたします（ZIPにまとめています）。

・健診コース案内（パンフレット）
・2026年度 料金表
・受診の流れ（社員配布用）

ご不明点がございましたらお気軽にお問い合わせください。

新発田 亮
日の出健診センター 法人営業　TEL 044-276-8835""",
    attachments=[{"kind": "zip", "name": "hinode_kenshin_annai.zip", "files": [
        {"kind": "pdf", "name": "course_annai.pdf", "title": "健診コースのご案内",
         "lines": ["日の出健診センター 健診コースのご案内", "法定健診A / 法定健診B / 生活習慣病予防健診 / 人間ドック",
                   "オプション：腫瘍マーカー、胃カメラ、乳がん検診、子宮がん検診"]},
        {"kind": "xlsx", "name": "ryokin_2026.xlsx", "sheets": {"料金表": [
            ["コース", "料金（税込）"], ["法定健診A", 9350], ["法定健診B", 13750],
            ["生活習慣病予防健診", 19800], ["人間ドック（日帰り）", 46200]]}},
        {"kind": "txt", "name": "jushin_no_nagare.txt",
         "text": "1. 予約（Web または電話）\n2. 問診票・検査キットの受け取り\n3. 当日受付（8:30～）\n4. 結果は約3週間後に郵送\n"}]}],
)

# 054 stop — forwarding an internal mail (attached .eml) with a retest list to an outside occupational physician
_p = people(7, born=(1965, 1995))
_inner = "\n\n".join(
    f"{i + 1}) {p['name']}（{p['kana']}）\n   生年月日：{wareki(p['dob'])}\n   再検項目：{_f}"
    for i, (p, _f) in enumerate(zip(_p, ["血糖・HbA1c（HbA1c 7.1%）", "肝機能（γ-GTP 288）", "血圧（168/102）",
                                        "尿潜血 2+", "LDL 212", "貧血（Hb 9.4）", "尿酸 9.8"])))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached forwarded mail lists seven employees with DOB and abnormal results, sent to an outside physician's office",
    charset="utf-8",
    sender=KENSHIN,
    to=["さがみ産業医事務所 宍戸先生 <shishido@sagami-sangyoui.jp>"],
    subject="FW: 星空精工 再検対象者（面談前の共有）",
    body="""宍戸先生

お世話になっております。日の出健診センターの大迫です。
来週の星空精工様での面談に先立ち、院内で共有した再検対象者のメールを添付でお送りします。
面談の優先順位づけにお使いください。

大迫""",
    attachments=[{"kind": "eml", "name": "再検対象者_星空精工.eml", "message": {
        "charset": "utf-8", "sender": NS, "to": ["osako.s@hinode-sangyo.co.jp"],
        "subject": "星空精工 再検対象者（10月巡回分）",
        "body": f"""大迫さん

星空精工さん 10月巡回健診分の再検対象者です。
産業医面談の前に先生に見てもらってください。

{_inner}

國分"""}}],
)

# 055 pass — forwarding a vendor's maintenance notice (attached .eml) to the IT partner
add(
    expect="pass",
    note="forwarding an EMR vendor's maintenance notice to the IT partner; no personal data",
    charset="iso-2022-jp",
    sender="久世 智也 <kuze.t@hinode-sangyo.co.jp>",
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="FW: 【メンテナンスのお知らせ】電子カルテ連携サーバ 11/16",
    body="""ツバサシステム 保守窓口 御中

お世話になっております。日の出産業の久世です。
電子カルテベンダーからメンテナンスの案内が届きましたので転送します。
院内ネットワーク側の作業（VPN再接続の確認）をお願いできますでしょうか。

久世""",
    attachments=[{"kind": "eml", "name": "maintenance_notice.eml", "message": {
        "charset": "iso-2022-jp", "sender": "カルテクラウド サポート <noreply@karte-cloud.jp>",
        "to": ["kuze.t@hinode-sangyo.co.jp"], "subject": "【メンテナンスのお知らせ】電子カルテ連携サーバ 11/16",
        "body": """お客様各位

平素よりカルテクラウドをご利用いただき誠にありがとうございます。
下記日程でサーバメンテナンスを実施いたします。

　日時：2025年11月16日（日）2:00～6:00
　影響：外注検査結果の取込、オンライン資格確認連携が停止します
　作業後：各院のVPNルータにて再接続をご確認ください

カルテクラウド サポートセンター"""}}],
)

# 056 stop — annual report PPTX whose last slide names employees needing treatment
_p = people(5, born=(1960, 1990))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="annual report slides whose last slide names five employees with their untreated conditions",
    charset="cp932",
    sender=EIGYO,
    to=["kondo.a@kawasaki-denki.co.jp"],
    cc=["kenko-kanri@kawasaki-denki.co.jp"],
    subject="2025年度 健診実施報告（衛生委員会用資料）",
    body="""近藤様

お世話になっております。日の出健診センターの新発田です。
来週の衛生委員会でご説明する実施報告の資料をお送りします。
内容にご意見がございましたらお知らせください。

新発田""",
    attachments=[{"kind": "pptx", "name": "2025健診実施報告_川崎電機.pptx", "slides": [
        ["2025年度 定期健康診断 実施報告", "川崎電機株式会社 様", "日の出健診センター"],
        ["受診状況", "対象者 412名 / 受診者 405名（受診率 98.3%）", "未受診 7名：11月中に個別案内済み"],
        ["有所見率", "全体 54.1%（前年 52.7%）", "血中脂質 31% / 肝機能 18% / 血圧 15%"],
        ["要治療・未受診者（フォロー対象）",
         f"{_p[0]['name']}：糖尿病 HbA1c 9.2% 未治療", f"{_p[1]['name']}：高血圧 184/110 未受診",
         f"{_p[2]['name']}：C型肝炎抗体陽性 未受診", f"{_p[3]['name']}：心房細動 未受診",
         f"{_p[4]['name']}：うつ症状の訴え（問診）"],
        ["来年度に向けて", "オンライン診療による受診勧奨の導入", "特定保健指導の職場内実施"]]}],
)

# 057 pass — a proposal deck to a client, no individuals
add(
    expect="pass",
    note="PPTX proposal for an online-consultation service to a client; aggregate figures only",
    charset="utf-8",
    sender=EIGYO,
    to=["muraoka@aoba-unyu.co.jp"],
    subject="ドライバー向けオンライン診療サービスのご提案",
    body="""村岡様

いつもお世話になっております。日の出健診センターの新発田です。
先日お話ししたドライバー向けオンライン診療のご提案資料をお送りします。
運行の合間でも受診できる仕組みとして、ご検討いただけますと幸いです。

新発田 亮""",
    attachments=[{"kind": "pptx", "name": "オンライン診療ご提案_青葉運輸.pptx", "page_footer": "日の出健診センター",
                  "slides": [["ドライバーの健康起因事故を防ぐために", "青葉運輸株式会社 様 ご提案資料"],
                             ["現状の課題", "要治療者の受診率 38%（業界平均 45%）", "夜間・早朝運行で通院が困難"],
                             ["ご提案", "健診結果に基づくオンライン受診勧奨", "血圧・睡眠時無呼吸のフォロー",
                              "月額 1名あたり 550円（税込）"],
                             ["導入スケジュール", "2026年1月 試行（平和島営業所）", "2026年4月 全営業所展開"]]}],
)

# 058 stop — staff emergency contact list (full-width, space-padded) sent to a temp agency
_p = people(7, born=(1965, 2000))
_rows = [["氏名", "職種", "携帯", "自宅住所"]]
for p in _p:
    _rows.append([p["name"], R.choice(["看護師", "医療事務", "臨床検査技師", "看護助手"]), zen(p["phone"]),
                  p["addr_kanji"]])
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven staff members' mobile numbers (full-width) and home addresses sent to an outside temp agency",
    charset="cp932",
    sender=NS,
    to=["メディカルスタッフ派遣 コーディネーター <coordinator@medistaff-haken.co.jp>"],
    subject="緊急連絡網（派遣スタッフ様用）の送付",
    body="""メディカルスタッフ派遣株式会社
コーディネーター様

お世話になっております。日の出内科クリニック蒲田の國分です。
来月から来ていただく派遣看護師さん用に、当院の緊急連絡網をお送りします。
災害時・急な休診時はこの順で連絡が回りますので、お渡しいただけますでしょうか。

""" + table(_rows, "－") + """

國分 恵子
日の出内科クリニック蒲田 看護師長""",
)

# 059 pass — the same sort of roster, internal only (HTML)
_p = people(8, born=(1965, 2000))
_tr = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['phone']}</td><td>{p['email']}</td></tr>"
              for i, p in enumerate(_p))
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="staff emergency contact roster sent only to internal recipients",
    charset="utf-8",
    sender=NS,
    to=["kamata-clinic@hinode-sangyo.co.jp"],
    cc=["早乙女 隆 <saotome.t@hinode-sangyo.co.jp>"],
    subject="【更新】看護部 緊急連絡網（11月版）",
    body="看護部の皆さん\n\n緊急連絡網を更新しました（HTML版をご覧ください）。\n連絡先が変わった人は國分まで。\n",
    html=f"""<p>看護部の皆さん</p><p>緊急連絡網を更新しました。連絡先が変わった人は國分まで。</p>
<table border="1"><tr><th>順</th><th>氏名</th><th>携帯</th><th>個人メール</th></tr>{_tr}</table>
<p>國分</p>""",
)

# 060 stop — legacy XLS with pre-vaccination questionnaire answers for a client company
_p = people(12, born=(1960, 2002))
_rows = [["氏名", "生年月日", "体温", "基礎疾患", "アレルギー", "接種可否"]]
_kiso = ["なし", "なし", "気管支喘息", "なし", "糖尿病", "なし", "関節リウマチ（免疫抑制剤）", "なし", "なし", "妊娠中（16週）", "なし", "高血圧"]
for i, p in enumerate(_p):
    _rows.append([p["name"], ymd(p["dob"], "."), f"36.{R.randint(1, 9)}" if i != 4 else "37.6", _kiso[i],
                  R.choice(["なし", "なし", "卵", "なし"]), "見合わせ" if i == 4 else "可"])
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="12 employees' pre-vaccination questionnaire (diseases, pregnancy) in a legacy XLS sent to the client",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["soumu@hoshizora-seiko.co.jp"],
    subject="予防接種当日の予診結果（相模原工場分）",
    body=f"""星空精工株式会社 総務部 御中

お世話になっております。日の出健診センターの大迫です。
11/6 相模原工場での予防接種について、予診結果の控えをお送りします。
発熱のため見合わせとなった1名の方は、後日当院での接種をご案内しています。
{SIG_KENSHIN}""",
    attachments=[{"kind": "xls", "name": "yoshin_sagamihara_1106.xls", "sheets": {"予診結果": _rows}}],
)


# 061 stop — 「・」 bullets: five employees to urge to see a doctor, with phones and findings
_p = people(5, born=(1962, 1992))
_f = ["便潜血 陽性", "胸部X線 要精密（右上肺野結節影）", "HbA1c 8.4%", "心電図 完全左脚ブロック", "腹部エコー 胆のうポリープ 12mm"]
_b = "\n".join(f"・{p['name']}（{R.choice(['製造課', '包装課', '物流センター'])}）　{p['phone']}　{_f[i]}" for i, p in enumerate(_p))
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="bullet list of five named employees with mobile numbers and abnormal findings sent to the employer",
    charset="cp932",
    sender=KENSHIN,
    to=["soumu@kitaguni-foods.co.jp"],
    subject="二次検査未受診の方への受診勧奨のお願い",
    body=f"""北国フーズ株式会社
総務部 御中

お世話になっております。日の出健診センターの大迫です。
要精密検査と判定され、まだ二次検査を受けられていない方が5名いらっしゃいます。
当センターから携帯にお電話してもつながらないため、社内からお声がけいただけますでしょうか。

{_b}

二次検査は当院でも受け付けております（予約 044-276-8830）。
{SIG_KENSHIN}""",
)

# 062 pass — 「・」 bullets: what to bring on the check-up day
add(
    expect="pass",
    note="bullet list of instructions for the check-up day sent to a client; no personal data",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["soumu@hoshizora-seiko.co.jp"],
    subject="巡回健診（12/9 相模原工場）当日のご案内",
    body=f"""星空精工株式会社 総務部 御中

お世話になっております。日の出健診センターの大迫です。
12/9 の巡回健診について、社員の皆さまへのご案内文をお送りします。
社内掲示やメールでの周知にご利用ください。

――――――――――――――――
【健康診断を受ける皆さまへ】
・前日21時以降は食事をしないでください（水・お茶は可）
・当日の朝は、糖尿病・血圧のお薬以外は服用を控えてください
・問診票は記入のうえ、当日お持ちください
・検便容器は2日分採取してご提出ください
・バリウム検査のある方は、検査後に下剤を必ず服用してください
・受付時間：8:30～11:30（部署ごとの時間割は別紙）
――――――――――――――――
{SIG_KENSHIN}""",
)

# 063 stop — comma-separated list of unpaid patients to a debt-collection company
_p = people(7, born=(1950, 1998))
_l = ["患者番号,氏名,住所,電話,未収額,最終来院"]
for i, p in enumerate(_p):
    _l.append(f"{30877 + i * 29},{p['name']},{p['addr']},{p['phone']},{R.choice([4380, 12650, 2210, 8900, 31420, 6540, 1980])},"
              f"2025/{R.randint(2, 8)}/{R.randint(1, 28)}")
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven patients' names, home addresses and phones (comma-separated) sent to a debt-collection company",
    charset="utf-8",
    sender=IKA,
    to=["ミナト債権管理 回収業務部 <kaishu@minato-saiken.co.jp>"],
    subject="未収金回収業務の委託対象（第3四半期）",
    body=f"""ミナト債権管理株式会社
回収業務部 御中

いつもお世話になっております。日の出内科クリニック蒲田の嶋村です。
督促状を2回送付しても入金のない患者さまについて、回収業務の委託をお願いします。

""" + "\n".join(_l) + f"""

委託契約書の別紙3の様式にしていないため、必要であれば作り直します。
{SIG_IKA}""",
)

# 064 stop — one record per block, 和暦 DOB: home-visit patients to a visiting-nurse station
_p = people(5, born=(1930, 1950))
_dx = ["慢性心不全（NYHA III）、心房細動", "パーキンソン病、嚥下障害", "COPD（在宅酸素 2L）",
       "末期膵がん（緩和ケア）", "脳梗塞後遺症（右片麻痺）、2型糖尿病"]
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(f"【{i + 1}】{p['name']}（{p['kana']}）様\n"
                   f"　生年月日：{wareki(p['dob'], 'zlong' if i % 2 else 'long')}\n"
                   f"　住所：{p['addr_kanji']}\n"
                   f"　連絡先（ご家族）：{p['phone']}\n"
                   f"　主病名：{_dx[i]}")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five home-visit patients, one block each, with 和暦 DOB, address, family phone and diagnoses",
    charset="iso-2022-jp",
    sender=INCHO,
    to=["ひかり訪問看護ステーション 管理者 <kanri@hikari-houkan.jp>"],
    subject="12月から訪問看護をお願いしたい方々（5名）",
    body="""ひかり訪問看護ステーション
管理者 小鳥遊様

いつもお世話になっております。日の出内科クリニック蒲田の東條です。
12月から当院の訪問診療に移行する方のうち、訪問看護もお願いしたい5名です。
指示書は別途お送りします。

""" + "\n\n".join(_blocks) + """

ご対応可能か、ご検討いただけますと幸いです。
東條 啓介""",
)

# 065 pass — reply to the visiting-nurse station; the patient details are only quoted
add(
    expect="pass",
    note="scheduling reply; patient details appear only in the quoted mail from the station",
    charset="cp932",
    sender=INCHO,
    to=["kanri@hikari-houkan.jp"],
    subject="Re: 担当者会議の日程",
    body="""小鳥遊様

東條です。ご連絡ありがとうございます。
担当者会議は 11/26（水）14:00、ご自宅で承知しました。
ケアマネジャーさんへは当方から連絡しておきます。

東條

On 2025/11/10 9:12, ひかり訪問看護ステーション 小鳥遊 wrote:
> 東條先生
> 雲母 昭夫様（昭和8年2月3日生、パーキンソン病）の担当者会議ですが、
> ご家族の都合で 11/26（水）14:00 ご自宅（大田区池上4-12-8）でいかがでしょうか。
> 長女様の携帯 090-6612-4407 にもご連絡済みです。
> 小鳥遊""",
)

# 066 stop — a retiring nurse's basic pension number to the 社労士
_p = person(R, sex="女", born=(1962, 1966))
add(
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a retiring employee's 基礎年金番号 with name and DOB sent to the external 社労士",
    charset="utf-8",
    sender=JIMU,
    to=["office@tanaka-sr.jp"],
    subject="退職者の資格喪失手続き（12/31付）",
    body=f"""田中先生

お世話になっております。早乙女です。
12月31日付で定年退職する看護師の資格喪失手続きをお願いいたします。

　氏名　　　　：{_p['name']}
　生年月日　　：{wareki(_p['dob'], 'short')}
　基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}
　退職理由　　：定年（再雇用なし）
　最終給与　　：12月25日支給分

離職票の交付を希望しています。
早乙女""",
)

# 067 stop — a patient's driver's licence number for identity verification, to the vendor
_p = person(R, sex="男", born=(1980, 1992))
add(
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a patient's driver's licence number and DOB sent to the online-consultation vendor for ID checks",
    charset="iso-2022-jp",
    sender=UKE,
    to=["support@medicall-link.jp"],
    subject="本人確認が完了しない患者さまについて",
    body=f"""メディコールリンク サポート御中

いつもお世話になっております。日の出内科クリニック蒲田 受付の石渡です。
オンライン診療の初回登録で、本人確認書類の読み取りが何度も失敗する患者さまがいます。
ご本人から伺った免許証の情報をお送りしますので、手動での確認をお願いできますか。

　氏名：{_p['name']}
　生年月日：{ymd(_p['dob'], '/')}
　運転免許証番号：第 {R.randint(30, 31)}{R.randint(1000000000, 9999999999)} 号
　有効期限：2028年{_p['dob'].month}月{_p['dob'].day}日まで

石渡""",
)

# 068 stop — XLSX with staff and dependents' My Numbers for year-end adjustment
_hd = person(R, sex="男", born=(1975, 1982))
_fam = [person(R, sex="女", born=(1977, 1984)), person(R, born=(2008, 2015)), person(R, born=(2012, 2018))]
_st = person(R, sex="女", born=(1988, 1995))
_st_f = person(R, sex="男", born=(1986, 1993))
_rows = [["令和7年分 扶養控除等申告 マイナンバー一覧（日の出内科クリニック蒲田）"],
         ["区分", "氏名", "続柄", "生年月日", "個人番号"],
         ["本人", _hd["name"], "本人", ymd(_hd["dob"]), mn()]]
for f, rel in zip(_fam, ["配偶者", "子", "子"]):
    _rows.append(["扶養", _hd["sei"] + " " + f["mei"], rel, ymd(f["dob"]), mn()])
_rows.append(["本人", _st["name"], "本人", ymd(_st["dob"]), mn()])
_rows.append(["扶養", _st["sei"] + " " + _st_f["mei"], "配偶者", ymd(_st_f["dob"]), mn()])
add(
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX of six people's My Numbers (staff and dependants) with DOB sent to the external 社労士",
    charset="cp932",
    sender=JIMU,
    to=["田中社会保険労務士事務所 <office@tanaka-sr.jp>"],
    subject="年末調整資料（蒲田院 追加分）",
    body="""田中先生

お世話になっております。早乙女です。
年末調整の追加分（2名とそのご家族）のマイナンバー一覧をお送りします。
申告書の原本は本日発送しました。

早乙女""",
    attachments=[{"kind": "xlsx", "name": "扶養控除_マイナンバー_追加.xlsx", "sheets": {"一覧": _rows}}],
)

# 069 stop — English: an expatriate's diagnosis to the parent company's HR abroad
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named expatriate's diagnosis and treatment plan sent to his employer's HR abroad",
    charset="utf-8",
    sender=INCHO,
    to=["HR Business Partner <hrbp@nordvik-maritime.no>"],
    subject="Re: Mr Henriksen – fitness for the December assignment",
    body="""Dear Ms Solberg,

Thank you for your message. As requested, here is a short update on Mr Lars Henriksen,
whom we saw at our Kamata clinic on 4 November.

- Diagnosis: type 2 diabetes (HbA1c 9.6%) and hypertensive heart disease
- Treatment started: metformin and an ARB; review in four weeks
- Opinion: he should not travel to the offshore site in December; a desk-based
  assignment in Tokyo is acceptable until his next review.

Please let me know if your occupational health provider in Oslo needs a formal letter.

Kind regards,
Keisuke Tojo, MD
Director, Hinode Naika Clinic Kamata

On Mon, 3 Nov 2025, Ingrid Solberg wrote:
> Dr Tojo, could you let us know whether Lars is fit for the December rotation?""",
)

# 070 stop — an arrest after violence at the clinic, reported to the security company
_p = person(R, sex="男", born=(1970, 1980))
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names a patient arrested for assault at the clinic, with his address, to the security contractor",
    charset="iso-2022-jp",
    sender=JIMU,
    to=["安全警備保障 蒲田営業所 <kamata@anzen-keibi.co.jp>"],
    subject="11/8 院内暴力事案の報告と巡回強化のお願い",
    body=f"""安全警備保障株式会社
蒲田営業所 ご担当者様

いつもお世話になっております。日の出内科クリニック蒲田 事務長の早乙女です。

11月8日（土）11時頃、受付で患者が職員を突き飛ばす事案があり、
通報により駆けつけた蒲田警察署に暴行の容疑で現行犯逮捕されました。

　氏名：{_p['name']}（{_p['age']}歳）
　住所：{_p['addr']}
　当院受診歴：2023年より糖尿病で通院

釈放後に来院する可能性があるため、当面の間、土曜午前の巡回強化と
非常ボタン押下時の駆け付け時間の確認をお願いいたします。
{SIG_JIMU}""",
)


# 071 stop — a pregnancy revealed to the employer while explaining a skipped X-ray
_p = person(R, sex="女", born=(1990, 1997))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tells the employer a named employee is pregnant (health information) to explain a skipped X-ray",
    charset="cp932",
    sender=KENSHIN,
    to=["anzen@minami-kensetsu.co.jp"],
    subject="Re: 胸部X線未実施者について",
    body=f"""南建設株式会社 安全衛生課
ご担当者様

お世話になっております。日の出健診センターの大迫です。
お問い合わせの胸部X線未実施の件ですが、
{_p['name']}様（経理部）は問診で妊娠中（12週）との申告があったため、医師判断で省略しております。
そのほかの項目は実施済みで、法定項目の不足扱いにはなりません。

大迫

> 11月受診分のうち、経理部の{_p['sei']}さんだけ胸部X線が未実施になっていますが
> 理由を教えていただけますか。
{SIG_KENSHIN}""",
)

# 072 stop — the quoted question is harmless; the new reply adds hepatitis B status
_p = person(R, sex="男", born=(1980, 1990))
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new reply text (not the quote) names an employee as a hepatitis B carrier to his employer",
    charset="iso-2022-jp",
    sender=INCHO,
    to=["kenko-kanri@kawasaki-denki.co.jp"],
    subject="Re: 海外赴任前の予防接種について",
    body=f"""川崎電機 健康管理室
ご担当者様

東條です。ご照会の件、回答いたします。

{_p['name']}様は赴任前健診でHBs抗原陽性（B型肝炎キャリア）と判明しております。
このためB型肝炎ワクチンは不要です。A型肝炎・破傷風・狂犬病は予定どおり接種可能です。
赴任先での定期的な肝機能検査について、ご本人には専門医受診をすすめております。

東條 啓介

-----Original Message-----
From: 川崎電機 健康管理室
Sent: Thursday, November 6, 2025 10:20 AM
To: tojo.k@hinode-sangyo.co.jp
Subject: 海外赴任前の予防接種について

東條先生
来年1月にベトナムへ赴任予定の{_p['sei']}さんの予防接種について、
B型肝炎ワクチンも接種が必要でしょうか。スケジュールを組みたいのでご教示ください。""",
)

# 073 stop — invitation to five applicants, all visible in To
add(
    expect="stop",
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five job applicants' private addresses in To: each sees the others' addresses",
    charset="utf-8",
    sender=SAIYO,
    to=["aya.tsuyuri@gmail.com", "kumiko_maeshiro@yahoo.co.jp", "nana.shitara22@icloud.com",
        "m-akutsu@ezweb.ne.jp", "hitomi.koketsu@outlook.jp"],
    subject="【日の出内科クリニック】看護師向け職場見学会のご案内",
    body="""応募者の皆さま

このたびは日の出内科クリニックの求人にご応募いただき、ありがとうございます。
日の出産業 人事部の鷲見です。

選考に先立ち、職場見学会を下記のとおり開催いたします。

　日時：11月22日（土）13:30～15:00
　場所：日の出内科クリニック川崎（川崎市川崎区駅前本町11-2 日の出川崎ビル3F）
　内容：院内見学、看護師長との座談会、質疑応答

ご参加の可否を11月19日までにご返信ください。

日の出産業株式会社 人事部 採用グループ 鷲見""",
)

# 074 stop — RFP to three telemedicine vendors, all in To
add(
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="request for proposal to three competing vendors with everyone in To",
    charset="cp932",
    sender="久世 智也 <kuze.t@hinode-sangyo.co.jp>",
    to=["support@medicall-link.jp", "aizawa@mirai-telemed.com", "sales@curemeet.co.jp"],
    subject="オンライン診療システム更新に関する提案依頼（RFP）",
    body="""各社 ご担当者様

お世話になっております。日の出産業 ヘルスケア事業部 IT企画の久世です。
当社クリニック2院のオンライン診療システム更新にあたり、ご提案をお願いしたくご連絡しました。

【要件概要】
・2院・医師6名・月間約600件の診療
・電子カルテ（カルテクラウド）との予約連携
・クレジット決済、処方箋の薬局送付機能
・健診センター利用企業向けの法人アカウント

【スケジュール】
・質問受付：11月14日まで
・提案書提出：11月28日まで
・プレゼン：12月上旬

詳細なRFP資料は、秘密保持契約の締結後にお送りいたします。

久世 智也""",
)

# 075 stop — kawasaki-denki.jp (the co. dropped)
add(
    expect="stop",
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the co. of the partner domain kawasaki-denki.co.jp",
    charset="iso-2022-jp",
    sender=KENSHIN,
    to=["近藤様 <kondo.a@kawasaki-denki.jp>"],
    subject="巡回健診の会場レイアウトについて",
    body="""近藤様

お世話になっております。大迫です。
12/2の巡回健診について、会場レイアウト案をお送りします。
大会議室に受付・問診・身体計測、駐車場に健診バス2台（胸部X線・胃部X線）を配置する想定です。
電源（100V・20A×2系統）のご用意をお願いできますでしょうか。

大迫""",
)

# 076 stop — aoba-unyu-co.jp (hyphen for the dot)
add(
    expect="stop",
    detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp replaces a dot with a hyphen: look-alike of the partner aoba-unyu.co.jp",
    charset="utf-8",
    sender=EIGYO,
    to=["muraoka@aoba-unyu-co.jp"],
    subject="Re: ドライバー向けオンライン診療サービスのご提案",
    body="""村岡様

ご検討ありがとうございます。新発田です。
平和島営業所での試行について、1月第2週にキックオフを行う方向で準備いたします。
ご担当者様のご都合のよい日時をいくつか頂けますでしょうか。

新発田

> 新発田様
> 社内で前向きに検討することになりました。まずは平和島で試行したいです。
> 村岡""",
)

# 077 stop — midori-ginkou.co.jp (a letter added) for the clinic's bank business
add(
    expect="stop",
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp adds a letter to the partner bank's domain midori-ginko.co.jp",
    charset="cp932",
    sender=JIMU,
    to=["みどり銀行 蒲田支店 法人営業 <houjin-kamata@midori-ginkou.co.jp>"],
    subject="診療報酬の入金口座変更について",
    body="""みどり銀行 蒲田支店
法人営業 ご担当者様

いつもお世話になっております。日の出産業 ヘルスケア事業部の早乙女です。
社会保険診療報酬支払基金からの入金口座を、来年1月分より下記へ変更予定です。
必要書類をご教示ください。

　変更後：みどり銀行 蒲田支店 当座 0042817　日の出産業株式会社

早乙女""",
)

# 078 stop — internal address typed with the wrong TLD (hinode-sangyo.jp), carrying a shift list
_p = people(6, born=(1970, 2000))
_sh = "\n".join(f"{p['name']}　{R.choice(['早番', '遅番', '日勤', '早番'])}　{p['phone']}" for p in _p)
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp (wrong TLD) looks like the own domain; the mail carries six staff mobiles",
    charset="iso-2022-jp",
    sender=NS,
    to=["檜山 紗季 <hiyama.s@hinode-sangyo.jp>"],
    subject="12月 応援シフトと連絡先",
    body=f"""檜山さん

お疲れさまです。國分です。
12月に蒲田から川崎へ応援に行くメンバーと連絡先です。
当日何かあれば直接携帯に連絡してください。

{_sh}

國分""",
)

# 079 stop — DOCX with a Confidential footer to an overseas vendor
add(
    expect="stop",
    detectors=["confidential_marking"],
    note="attached DOCX carries a 'Confidential – Internal Only' footer and goes to an external vendor",
    charset="utf-8",
    sender="Tomoya Kuze <kuze.t@hinode-sangyo.co.jp>",
    to=["integrations@carebridge-health.com"],
    subject="Network design for the pilot",
    body="""Hi Rachel,

Attached is our network design for the pilot, so your engineers can plan the VPN.
Let me know if anything is unclear.

Best,
Tomoya""",
    attachments=[{"kind": "docx", "name": "Hinode_clinic_network_design_v3.docx",
                  "page_footer": "Confidential – Internal Only", "page_header": "Hinode Sangyo IT Planning",
                  "paragraphs": ["Hinode Naika Clinic – network design for the telemedicine pilot (v3)",
                                 "Sites: Kamata (2F) and Kawasaki (3F), each with a UTM appliance and an EMR gateway.",
                                 "Site-to-site IPsec to the datacentre; the EMR cloud is reached through a closed network.",
                                 "Vendor access: jump host only, MFA, session recording."],
                  "tables": [[["Segment", "VLAN", "Subnet"], ["EMR terminals", "10", "10.20.10.0/24"],
                              ["Medical devices", "20", "10.20.20.0/24"], ["Guest Wi-Fi", "99", "192.168.99.0/24"]]]}],
)

# 080 stop — PDF of the pay rules stamped 部外秘 sent to a recruitment agency
add(
    expect="stop",
    detectors=["confidential_marking"],
    note="PDF whose header is stamped 部外秘 (internal pay rules) attached for an external agency",
    charset="iso-2022-jp",
    sender=SAIYO,
    to=["onodera@iryo-career.co.jp"],
    subject="看護師の給与条件について（ご参考）",
    body="""小野寺様

お世話になっております。鷲見です。
候補者の方への条件提示の参考に、当社の医療職給与規程の抜粋をお送りします。
オファー金額のご相談の際にご覧ください。

鷲見""",
    attachments=[{"kind": "pdf", "name": "医療職給与規程_抜粋.pdf", "page_header": "部外秘",
                  "title": "医療職給与規程（抜粋）",
                  "lines": ["部外秘", "医療職給与規程（抜粋） 2025年4月改定", "",
                            "第12条 看護師の基本給は、別表2の等級・号俸による。",
                            "第15条 夜勤手当は1回あたり 8,500円とする。", "第18条 資格手当（認定看護師）月額 15,000円。"],
                  "table": [["等級", "初任号俸", "基本給"], ["N1", "1", "228,000"], ["N2", "9", "256,000"],
                            ["N3", "17", "289,000"], ["主任", "1", "318,000"]]}],
)

# 081 stop — damaged PDF to the pharmacy
add(
    expect="stop",
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
    charset="cp932",
    sender=KOBAI,
    to=["nishiguchi@ekimae-pharmacy.jp"],
    subject="院内採用薬リスト（2025年11月版）",
    body="""駅前ファーマシー 蒲田西口店 御中

お世話になっております。丹羽です。
院内採用薬リストを更新しましたのでお送りします。
後発品の切替分を黄色で示しています。

丹羽""",
    attachments=[{"kind": "corrupt", "name": "saiyo_yakuhin_202511.pdf"}],
)

# 082 stop — damaged DOCX referral
add(
    expect="stop",
    detectors=["unscannable_attachment"],
    note="the referral DOCX is damaged and cannot be read",
    charset="utf-8",
    sender=KAWA,
    to=["chiiki@keiyu-kai.or.jp"],
    subject="ご紹介の件（川崎院 城之内より）",
    body="""恵友会病院 地域連携課 御中

いつもお世話になっております。日の出内科クリニック川崎の檜山です。
医師 城之内からの紹介状を添付いたします。
ご確認のうえ、受診日のご連絡をお願いいたします。

檜山 紗季""",
    attachments=[{"kind": "corrupt", "name": "紹介状_城之内.docx"}],
)

# 083 pass — internal subdomain: receipt list with insurance numbers
_p = people(6, born=(1945, 2010))
_rows = [["患者名", "保険者番号", "記号・番号", "病名", "状況"]]
for p in _p:
    _rows.append([p["name"], R.choice(["39131156", "06132871", "138057", "01130012"]),
                  f"{R.randint(100, 999)}・{R.randint(1, 900)}", R.choice(["高血圧症", "2型糖尿病", "不眠症", "気管支喘息"]),
                  R.choice(["資格確認済", "要確認", "再請求"])])
add(
    expect="pass",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="returned-claims work list with insurance numbers sent to an internal subdomain address only",
    charset="iso-2022-jp",
    sender=IKA,
    to=["医事課 川崎 <iji-kawasaki@mail.hinode-sangyo.co.jp>"],
    subject="返戻分 作業リスト（川崎院分）",
    body="""川崎院 医事課 各位

嶋村です。返戻分のうち川崎院で受診された方の作業リストです。
保険証の再確認をお願いします。

""" + table(_rows) + """

嶋村（蒲田 医事課）""",
)

# 084 pass — three attendees with mobiles to the partner hotel
_p = people(3, born=(1970, 1995))
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff travelling to a seminar: names and mobiles to the partner hotel (under five people)",
    charset="cp932",
    sender=NS,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="宿泊予約（12/5-6 学会参加 3名）",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業株式会社の國分と申します。
12/5（金）から1泊、下記3名でシングル3室の予約をお願いいたします。
到着は各自20時頃の予定です。

1. {_p[0]['name']}　携帯 {_p[0]['phone']}
2. {_p[1]['name']}　携帯 {_p[1]['phone']}
3. {_p[2]['name']}　携帯 {_p[2]['phone']}

お支払いは法人請求（日の出産業株式会社 ヘルスケア事業部宛て）でお願いします。

國分 恵子
日の出産業株式会社 ヘルスケア事業部　TEL 03-5714-2260""",
)

# 085 pass — four employees' check-up dates with DOB to the partner client (under five)
_p = people(4, born=(1965, 1998))
_l = "\n".join(f"　{p['name']}　{wareki(p['dob'], 'short')}生　→ 11/{18 + i} 8:45受付" for i, p in enumerate(_p))
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="four employees' rebooked dates with DOB to the client contact; fewer than five records, no findings",
    charset="utf-8",
    sender=UKE,
    to=["muraoka@aoba-unyu.co.jp"],
    subject="健診日程の振替（4名様）",
    body=f"""青葉運輸株式会社 村岡様

お世話になっております。日の出健診センター予約係の石渡です。
先日ご連絡いただいた4名様の振替日が決まりましたのでお知らせします。

{_l}

ご本人様へのご連絡をお願いできますでしょうか。

石渡（日の出健診センター 予約係）
TEL 044-276-8830""",
)


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) over the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# 086 pass — invoice with the company's T-number and bank account
_T = "T" + corp_number("010401087362")
add(
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice for health checks: invoice number, company registration (T) number and company bank account only",
    charset="iso-2022-jp",
    sender="経理 宮城 <miyagi.n@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】10月分 定期健康診断費用（請求番号 HK-2510-0184）",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業株式会社 経理の宮城です。
10月分の定期健康診断費用につきまして、請求書をお送りいたします。

　請求番号　：HK-2510-0184
　ご請求金額：2,154,670円（税込、うち消費税 195,879円）
　内訳　　　：法定健診B 118名、生活習慣病予防健診 41名、オプション一式
　お支払期日：2025年11月30日
　お振込先　：みどり銀行 蒲田支店 普通 1183904　ヒノデサンギョウ（カ
　登録番号　：{_T}

請求書原本（PDF）はWeb請求書サービスからダウンロードいただけます。

日の出産業株式会社 経理部 宮城 直子
TEL 03-5714-2210""",
)

# 087 pass — price list PDF to a client
add(
    expect="pass",
    note="health-check course price list (PDF) to a client; product data only",
    charset="cp932",
    sender=EIGYO,
    to=["soumu@hoshizora-seiko.co.jp"],
    subject="2026年度 健診料金表のご送付",
    body="""星空精工株式会社 総務部 御中

いつもお世話になっております。日の出健診センターの新発田です。
2026年度の料金表をお送りします。契約更新の際のご参考になさってください。
数量割引（年間200名以上）は従来どおり適用いたします。

新発田 亮""",
    attachments=[{"kind": "pdf", "name": "料金表_2026.pdf", "title": "2026年度 健診料金表",
                  "lines": ["日の出健診センター 2026年度 健診料金表（税込）", ""],
                  "table": [["コード", "コース", "料金", "備考"],
                            ["KA-01", "法定健診A（35歳未満）", "9,350円", ""],
                            ["KA-02", "法定健診B（35・40歳以上）", "13,750円", "心電図・血液"],
                            ["SL-10", "生活習慣病予防健診", "19,800円", "協会けんぽ補助対象"],
                            ["DK-01", "人間ドック（日帰り）", "46,200円", "胃カメラ選択可"],
                            ["OP-21", "腫瘍マーカー3種", "4,400円", "オプション"],
                            ["OP-35", "乳がん検診（マンモ）", "5,500円", "オプション"]]}],
)

# 088 pass — list of partner hospitals: businesses, not people
add(
    expect="pass",
    note="list of cooperating hospitals with switchboards and addresses: businesses, not people",
    charset="utf-8",
    sender=KENSHIN,
    to=["anzen@minami-kensetsu.co.jp"],
    subject="二次検査の受診先リスト（協力医療機関）",
    body="""南建設株式会社 安全衛生課 御中

お世話になっております。日の出健診センターの大迫です。
二次検査の受診先について、社員の方々へご案内いただける協力医療機関の一覧です。

医療機関名                    診療科             代表電話        所在地
--------------------------------------------------------------------------------------------
港中央病院                    循環器・消化器     03-5493-1100    東京都大田区大森北2-9-1
桜ヶ丘医科大学附属病院        全科               03-3721-8000    東京都目黒区鷹番4-1-10
恵友会病院                    呼吸器・泌尿器     044-333-4500    神奈川県川崎市幸区南幸町3-15
日の出内科クリニック蒲田      内科・糖尿病       03-5714-2260    東京都大田区蒲田5-27-3
日の出内科クリニック川崎      内科・消化器       044-211-5566    神奈川県川崎市川崎区駅前本町11-2
かわさき眼科クリニック        眼科               044-201-7788    神奈川県川崎市川崎区東田町5-4

受診の際は、健診結果票と紹介状（同封）をお持ちいただくようお伝えください。
大迫""",
)

# 089 pass — EMR update mail to the IT partner, with a disclaimer mentioning 機密情報
add(
    expect="pass",
    note="routine IT mail to the partner; the standard disclaimer mentions 機密情報 but is not a marking",
    charset="iso-2022-jp",
    sender="久世 智也 <kuze.t@hinode-sangyo.co.jp>",
    to=["ツバサシステム 小田切様 <odagiri@tsubasa-system.jp>"],
    subject="受付端末のOS更新作業の日程",
    body=f"""ツバサシステム株式会社
小田切様

お世話になっております。日の出産業の久世です。
蒲田院・川崎院の受付端末（計8台）のOS更新作業について、下記日程でお願いいたします。

　蒲田院：11月24日（月・祝）9:00～（休診日）
　川崎院：11月30日（日）9:00～（休診日）

作業後、レセコン・自動精算機・予約システムの動作確認をあわせてお願いします。
作業報告書は従来の様式で結構です。

久世 智也
日の出産業株式会社 ヘルスケア事業部 IT企画
TEL 03-5714-2205
{DISC_JA}""",
)

# 090 pass — NDA draft for a telemedicine vendor (DOCX, no marking)
add(
    expect="pass",
    note="mail about a 秘密保持契約 draft; the contract text defines confidential information but is not marked",
    charset="cp932",
    sender=JIMU,
    to=["aizawa@mirai-telemed.com"],
    subject="秘密保持契約書（案）の送付",
    body="""みらいテレメド株式会社
相沢様

お世話になっております。日の出産業の早乙女です。
RFP資料の開示に先立ち、秘密保持契約書（案）をお送りします。
当社法務の確認済みの文案です。修正のご希望があれば、変更履歴でお戻しください。

早乙女""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_みらいテレメド.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とみらいテレメド株式会社（以下「乙」という。）は、"
                                 "オンライン診療システムの導入検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、本目的のために開示された技術上・営業上の情報をいう。",
                                 "第2条（秘密保持）乙は、秘密情報を第三者に開示・漏えいしてはならない。",
                                 "第3条（個人情報）甲が開示する情報には患者の個人情報を含まないものとする。",
                                 "第4条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
)

# 091 pass — vaccine purchase order to the wholesaler
add(
    expect="pass",
    note="purchase order to the drug wholesaler: product codes, lots, order number",
    charset="utf-8",
    sender=KOBAI,
    to=["三和医薬 蒲田営業所 <kamata@sanwa-iyaku.co.jp>"],
    subject="インフルエンザワクチン追加発注（注文番号 SW-88213）",
    body="""三和医薬株式会社 蒲田営業所
ご担当 MS 様

お世話になっております。日の出内科クリニック蒲田の丹羽です。
企業出張接種の追加に伴い、下記を追加発注いたします。

　注文番号：SW-88213
　品名：インフルエンザHAワクチン 0.5mL シリンジ
　JANコード：4987123456782
　数量：200本（前回分 HN-243A ロットと同一を希望）
　納品：11/12（水）午前 蒲田院 2F 薬剤庫

あわせて、川崎院向け 100本（注文番号 SW-88214）も同日納品でお願いします。

丹羽 俊介""",
)

# 092 pass — courier tracking number for specimens
add(
    expect="pass",
    note="tracking number for a specimen shipment to the lab; no patient data",
    charset="iso-2022-jp",
    sender=NS,
    to=["omori-eigyo@tokai-rinsho.co.jp"],
    subject="冷凍検体の発送（追跡番号のご連絡）",
    body="""東海臨床検査センター 大森営業所 御中

お世話になっております。國分です。
集配時間に間に合わなかった冷凍検体（3本）を、本日クール便で発送しました。

　運送会社：青葉運輸 クール便
　追跡番号：4471-2290-6638
　到着予定：明日午前

依頼書は箱の中に同封しています（依頼番号 2511-0307 ～ 0309）。

國分""",
)

# 093 pass — reply to the lab's notice about test-code changes, quoted
add(
    expect="pass",
    note="reply about lab test-code changes; codes and dates only, notice quoted",
    charset="cp932",
    sender=KAWA,
    to=["kawasaki-eigyo@tokai-rinsho.co.jp"],
    subject="Re: 【重要】検査項目コード変更のお知らせ（2026年1月）",
    body="""東海臨床検査センター 川崎営業所
ご担当者様

日の出内科クリニック川崎の檜山です。ご案内ありがとうございます。
電子カルテ側のマスタ更新は、ツバサシステムさんに12月中旬の作業で依頼済みです。
新コードでの依頼書が届くのはいつ頃になりますでしょうか。

檜山

> 2026年1月5日受付分より、下記項目のコードを変更いたします。
>   HbA1c（NGSP）      0315 → 1315
>   シスタチンC        0688 → 1688
>   BNP                2104 → 3104
> 旧コードでのご依頼は1月末まで読み替えて受け付けます。""",
)

# 094 pass — English inquiry from a foreign partner about expat packages
add(
    expect="pass",
    note="English mail to a foreign client's HR about English-language check-up packages; no individual data",
    charset="utf-8",
    sender=KENSHIN,
    to=["Ingrid Solberg <hrbp@nordvik-maritime.no>"],
    subject="English-language health check packages for your Tokyo staff",
    body=f"""Dear Ms Solberg,

Thank you for your interest in our English-language health check-ups.

- Standard package (statutory items + blood tests): JPY 16,500
- Comprehensive package (adds gastroscopy and abdominal ultrasound): JPY 52,800
- Results are issued in English within three weeks; a physician explains them in
  English on request (online or at the clinic).

Appointments can be made for individual employees through our booking page, or we can
reserve a block of dates for your team. We are happy to sign your standard data
processing agreement if required.

Kind regards,
{SIG_EN}""",
)

# 095 pass — internal-only XLSX vaccination roster
_p = people(18, born=(1960, 2002))
_rows = [["2025 職員インフルエンザ予防接種 記録（蒲田院・川崎院）"], ["職員番号", "氏名", "カナ", "生年月日", "接種日", "ロット"]]
for i, p in enumerate(_p):
    _rows.append([f"H{7100 + i * 3}", p["name"], p["kana"], ymd(p["dob"]), f"2025/10/{6 + i % 5:02d}", "HN-243A"])
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="staff vaccination roster (18 people with DOB) shared only inside the company",
    charset="iso-2022-jp",
    sender=NS,
    to=["安全衛生事務局 <eisei@hinode-sangyo.co.jp>"],
    subject="職員予防接種記録の提出",
    body="""安全衛生事務局 御中

お疲れさまです。國分です。
今年度の職員インフルエンザ予防接種の記録を提出します。
未接種の職員（2名）は個別に確認中です。

國分""",
    attachments=[{"kind": "xlsx", "name": "職員接種記録_2025.xlsx", "sheets": {"蒲田・川崎": _rows}}],
)

# 096 pass — internal discussion of a complaint, with patient details, internal only
_p = person(R, sex="女", born=(1950, 1960))
add(
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="internal complaint handling with the patient's phone and condition; every recipient is internal",
    charset="utf-8",
    sender=UKE,
    to=["早乙女 隆 <saotome.t@hinode-sangyo.co.jp>"],
    cc=["東條 啓介 <tojo.k@hinode-sangyo.co.jp>"],
    subject="ご意見箱への投書（対応方針のご相談）",
    body=f"""事務長、院長

お疲れさまです。石渡です。
ご意見箱に記名の投書がありました。対応方針をご相談させてください。

　投書者：{_p['name']} 様（{_p['phone']}）
　内容：「関節リウマチで手が不自由なのに、自動精算機の操作を手伝ってもらえなかった」
　希望：電話での説明

受付での声かけ手順を見直す必要があると思います。
お電話は事務長からがよいか、院長からがよいかご指示ください。

石渡""",
)

# 097 pass — reply to the agency; the candidate's résumé data is only in the quote
add(
    expect="pass",
    note="new text only fixes an interview time; the candidate's details are in the agency's own quoted mail",
    charset="iso-2022-jp",
    sender=SAIYO,
    to=["onodera@iryo-career.co.jp"],
    subject="Re: 候補者ご推薦（看護師・川崎院）",
    body="""小野寺様

ご推薦ありがとうございます。鷲見です。
ぜひ面接させてください。11/25（火）10:00、川崎院でいかがでしょうか。
当日は看護師長の國分が同席します。

鷲見

> 日の出産業 鷲見様
> 下記の候補者をご推薦いたします。
> 　氏名：土門 由美（ドモン ユミ）　1991年6月22日生
> 　連絡先：080-3317-5529 / yumi.domon@gmail.com
> 　経歴：総合病院 内科病棟 8年、現在は健診センター勤務
> 　希望：常勤、夜勤なし、年収 420万円以上
> 医療キャリアネット 小野寺""",
)

# 098 pass — telemedicine usage statistics from the clinic to the vendor
add(
    expect="pass",
    note="monthly online-consultation usage figures sent to the vendor; counts only",
    charset="cp932",
    sender=IKA,
    to=["support@medicall-link.jp"],
    subject="10月のオンライン診療 利用実績と不具合報告",
    body=f"""メディコールリンク サポート御中

お世話になっております。嶋村です。
10月の利用実績と、気になった点をご報告します。

■利用実績（蒲田院）
　予約件数 312件 / 実施 287件 / キャンセル 25件
　平均待ち時間 6.4分、決済エラー 4件

■不具合
　・iOS 18 で通話開始時に音声が出ないことがある（10/14, 10/22 に各1件）
　・管理画面のCSV出力で、日付が文字化けする

ご確認のほどよろしくお願いいたします。
{SIG_IKA}""",
)

# 099 pass — two pharmacies in To about a fax number change (two organisations)
add(
    expect="pass",
    detectors=["multiple_external_domains"],
    note="notice to two neighbouring pharmacies (two external organisations) about a new fax number",
    charset="utf-8",
    sender=IKA,
    to=["kamata@hikari-yakkyoku.co.jp", "nishiguchi@ekimae-pharmacy.jp"],
    subject="疑義照会用FAX番号の変更について",
    body=f"""近隣保険薬局 ご担当者様

いつも大変お世話になっております。日の出内科クリニック蒲田 医事課の嶋村です。
12月1日より、疑義照会・トレーシングレポート用のFAX番号を変更いたします。

　旧：03-5714-2261
　新：03-5714-2269（医事課直通）

11月中は旧番号でも受信いたします。お手数ですが登録の変更をお願いいたします。
{SIG_IKA}""",
)

# 100 either — a case for the district medical association's study group, initials and age only
add(
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="case summary with initials, age band and diagnosis for a medical-association study group: identifiability debatable",
    charset="iso-2022-jp",
    sender=INCHO,
    to=["大田区医師会 学術部 <gakujutsu@ota-ishikai.or.jp>"],
    subject="症例検討会（12月）の演題抄録",
    body="""大田区医師会 学術部 御中

いつもお世話になっております。日の出内科クリニック蒲田の東條です。
12月の症例検討会の演題抄録をお送りします。

演題：健診を契機に診断された原発性アルドステロン症の一例
症例：S.K.さん、40代男性、運輸業（ドライバー）
経過：企業健診で血圧 172/104、血清K 3.1 を指摘され当院受診。
　　　ARR 高値で原発性アルドステロン症を疑い、港中央病院へ紹介。
　　　副腎静脈サンプリングで右副腎腺腫と診断、腹腔鏡下副腎摘出術を施行。
考察：健診での低K血症の拾い上げと、職域での受診勧奨の重要性について。

東條 啓介""",
)
