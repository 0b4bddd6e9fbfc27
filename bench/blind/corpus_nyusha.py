"""Blind evaluation corpus — area: nyusha (入社手続き / new-hire onboarding at HR).

Mail of 日の出産業株式会社's 人事部 (and 総務・情報システム when they equip new staff):
入社手続き, 雇用契約書, 身元保証書, 入社時健康診断, 社会保険・雇用保険の加入手続きを社労士へ,
制服・PC の手配, 内定者への連絡.

Everything here is invented: every person, address, phone number, identifier and
organisation outside the brief's fixed list is fictional.  The file was written blind,
from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without reading
mailguard's code, rules or tests.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from datetime import date

from build import card_number, my_number

SEED = 32201
rng = random.Random(SEED)

_mn_iter = (my_number(SEED + k) for k in itertools.count())
_card_iter = (card_number(SEED + k) for k in itertools.count())


def next_mn() -> str:
    return next(_mn_iter)


def next_card() -> str:
    return next(_card_iter)


def corp_no(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def fw(s: str) -> str:
    return s.translate(_FW)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def wareki(d: date, style: str = "long") -> str:
    if d >= date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "pad":
        return f"{short}{y:02d}.{d.month:02d}.{d.day:02d}"
    return f"{era}{y}年{d.month}月{d.day}日"


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


SURNAMES = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("東海林", "しょうじ", "Shoji"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("御子柴", "みこしば", "Mikoshiba"), ("比嘉", "ひが", "Higa"), ("知念", "ちねん", "Chinen"),
    ("長谷川", "はせがわ", "Hasegawa"), ("渡辺", "わたなべ", "Watanabe"),
    ("鈴木", "すずき", "Suzuki"), ("加藤", "かとう", "Kato"), ("伊藤", "いとう", "Ito"),
    ("水野", "みずの", "Mizuno"), ("服部", "はっとり", "Hattori"), ("丹羽", "にわ", "Niwa"),
    ("纐纈", "こうけつ", "Koketsu"), ("杉浦", "すぎうら", "Sugiura"), ("神谷", "かみや", "Kamiya"),
    ("都築", "つづき", "Tsuzuki"), ("鬼頭", "きとう", "Kito"), ("大羽", "おおば", "Oba"),
    ("榊原", "さかきばら", "Sakakibara"), ("平松", "ひらまつ", "Hiramatsu"),
    ("安藤", "あんどう", "Ando"), ("浅井", "あさい", "Asai"), ("日比野", "ひびの", "Hibino"),
    ("野々山", "ののやま", "Nonoyama"), ("早川", "はやかわ", "Hayakawa"),
    ("牧野", "まきの", "Makino"), ("深谷", "ふかや", "Fukaya"), ("宇佐美", "うさみ", "Usami"),
    ("蟹江", "かにえ", "Kanie"), ("祖父江", "そぶえ", "Sobue"), ("間瀬", "ませ", "Mase"),
    ("稲垣", "いながき", "Inagaki"), ("桑山", "くわやま", "Kuwayama"),
]
GIVEN = [
    ("陽菜", "ひな", "Hina", "女"), ("結衣", "ゆい", "Yui", "女"), ("美月", "みづき", "Mizuki", "女"),
    ("彩花", "あやか", "Ayaka", "女"), ("葵", "あおい", "Aoi", "女"), ("真央", "まお", "Mao", "女"),
    ("千尋", "ちひろ", "Chihiro", "女"), ("菜々子", "ななこ", "Nanako", "女"),
    ("亜美", "あみ", "Ami", "女"), ("紗季", "さき", "Saki", "女"), ("芽衣", "めい", "Mei", "女"),
    ("悠斗", "ゆうと", "Yuto", "男"), ("大翔", "ひろと", "Hiroto", "男"), ("蓮", "れん", "Ren", "男"),
    ("湊", "みなと", "Minato", "男"), ("颯太", "そうた", "Sota", "男"), ("拓海", "たくみ", "Takumi", "男"),
    ("健太郎", "けんたろう", "Kentaro", "男"), ("翔", "しょう", "Sho", "男"),
    ("康介", "こうすけ", "Kosuke", "男"), ("直樹", "なおき", "Naoki", "男"),
    ("智也", "ともや", "Tomoya", "男"), ("隼人", "はやと", "Hayato", "男"),
]
ADDRS = [
    ("464-0841", "愛知県名古屋市千種区覚王山通{a}丁目{b}番地"),
    ("466-0015", "愛知県名古屋市昭和区御器所{a}丁目{b}-{c}"),
    ("487-0016", "愛知県春日井市高蔵寺町{a}丁目{b}-{c}"),
    ("491-0859", "愛知県一宮市本町{a}丁目{b}-{c}"),
    ("471-0026", "愛知県豊田市若宮町{a}丁目{b}番{c}号"),
    ("444-0052", "愛知県岡崎市康生通南{a}丁目{b}"),
    ("500-8367", "岐阜県岐阜市宇佐南{a}丁目{b}-{c}"),
    ("510-0086", "三重県四日市市諏訪栄町{b}-{c}"),
    ("432-8021", "静岡県浜松市中央区佐鳴台{a}丁目{b}-{c}"),
    ("446-0032", "愛知県安城市御幸本町{b}-{c}"),
    ("470-0125", "愛知県日進市赤池{a}丁目{b}{c}"),
    ("468-0009", "愛知県名古屋市天白区元植田{a}丁目{b}-{c}"),
    ("448-0028", "愛知県刈谷市桜町{a}丁目{b}"),
    ("503-0887", "岐阜県大垣市郭町{a}丁目{b}"),
    ("470-2102", "愛知県知多郡東浦町大字緒川字寿久茂{b}"),
    ("453-0015", "愛知県名古屋市中村区椿町{b}-{c}"),
]
BUILDINGS = ["", "", "", " コーポ栄 203", " サンハイツ覚王山 1F", " レジデンス桜 405",
             " メゾン御幸 102", " グランシャトー 7階", "-301", " ハイツ若宮 B棟"]
FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
        "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"]


def landline() -> str:
    area = rng.choice(["052", "052", "0566", "058", "059", "0565", "0532", "0568"])
    mid = 10 ** (8 - len(area) - 3)  # 10 digits in all
    return f"{area}-{rng.randint(mid, mid * 10 - 1)}-{rng.randint(1000, 9999)}"


def make_people(n: int, grad: int | None = None) -> list[dict]:
    """n invented people; the first `grad` are new graduates (default: all)."""
    grad = n if grad is None else grad
    out = []
    for i, (sei, skana, srom) in enumerate(rng.sample(SURNAMES, n)):
        mei, mkana, mrom, sex = rng.choice(GIVEN)
        if i < grad:
            dob = date(rng.randint(2001, 2004), rng.randint(1, 12), rng.randint(1, 28))
        else:
            dob = date(rng.randint(1979, 1997), rng.randint(1, 12), rng.randint(1, 28))
        zipc, tmpl = rng.choice(ADDRS)
        addr = tmpl.format(a=rng.randint(1, 5), b=rng.randint(1, 30), c=rng.randint(1, 20))
        addr += rng.choice(BUILDINGS)
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "name_nospace": sei + mei,
            "kana": f"{kata(skana)} {kata(mkana)}", "hira": f"{skana} {mkana}",
            "romaji": f"{mrom} {srom}", "ROMAJI": f"{srom.upper()} {mrom.upper()}",
            "sex": sex, "dob": dob, "zip": zipc, "addr": addr,
            "phone": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": f"{mrom.lower()}.{srom.lower()}{rng.randint(1, 99)}@{rng.choice(FREE)}",
            "work": f"{srom.lower()}.{mrom.lower()}@hinode-sangyo.co.jp",
            "pension": f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            "empno": f"26{rng.randint(1000, 9999)}",
        })
    return out


# -- people of Hinode Sangyo who write the mail (their signatures are never labelled) ---
ISHIKURA = "石倉 由紀子 <ishikura.yukiko@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美咲 <onodera.misaki@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 健太 <imaizumi.kenta@hinode-sangyo.co.jp>"
TODO = "藤堂 誠 <todo.makoto@hinode-sangyo.co.jp>"
HASEBE = "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>"
IWASA = "岩佐 千尋 <iwasa.chihiro@hinode-sangyo.co.jp>"
SAIYO = "日の出産業 採用チーム <saiyo@hinode-sangyo.co.jp>"

SIG_ISHIKURA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 人事部 労務グループ
石倉 由紀子（いしくら ゆきこ）
〒460-0008 名古屋市中区栄3-14-7 日の出ビル5F
TEL 052-261-4475（直通）／FAX 052-261-4471
ishikura.yukiko@hinode-sangyo.co.jp
"""
SIG_ONODERA = """
--
日の出産業株式会社 人事部 人事課
小野寺 美咲 / Misaki Onodera
TEL: 052-261-4470（代）内線 5123
Mail: onodera.misaki@hinode-sangyo.co.jp
"""
SIG_IMAIZUMI = """
━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社　人事部 採用チーム
 今泉 健太
 〒460-0008 愛知県名古屋市中区栄三丁目14番7号
 TEL：052-261-4470　FAX：052-261-4471
 Mail：imaizumi.kenta@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_TODO = """
-----------------------------------
総務部 総務課　藤堂 誠
日の出産業株式会社
〒460-0008 名古屋市中区栄3-14-7
Tel: 052-261-4470 / Fax: 052-261-4471
-----------------------------------
"""
SIG_HASEBE = """
--
情報システム部 長谷部 亮
日の出産業株式会社 / Hinode Sangyo Co., Ltd.
052-261-4480 (ext. 7702)
"""
SIG_IWASA = """
------------------------------
経理部 給与チーム 岩佐 千尋
日の出産業株式会社（内線 3310）
------------------------------
"""
SIG_SAIYO = """
==============================
日の出産業株式会社 人事部 採用チーム
saiyo@hinode-sangyo.co.jp
TEL 052-261-4470（平日9:00〜17:30）
==============================
"""
SIG_EN = """
Best regards,

Kenta Imaizumi
Recruiting Team, Human Resources
Hinode Sangyo Co., Ltd.
3-14-7 Sakae, Naka-ku, Nagoya 460-0008, Japan
Tel: +81-52-261-4470
"""
DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""
DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

# -- outside parties (all invented except the brief's partners) -------------------------
SR = "山吹社会保険労務士法人 柏木様 <kashiwagi@yamabuki-sr.jp>"
SR2 = "山吹社会保険労務士法人 手続きチーム <tetsuzuki@yamabuki-sr.jp>"
KENSHIN = "さかえ健診クリニック 予約係 <yoyaku@sakae-kenshin.or.jp>"
SANGYOI = "森下クリニック 森下先生 <morishita@morishita-clinic.jp>"
UNIFORM = "ユニフォームささき 岡田様 <okada@uniform-sasaki.co.jp>"
TSUBASA = "ツバサシステム 野々村様 <nonomura@tsubasa-system.jp>"
LAW = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"
LEARN = "ラーニングゲート 研修事業部 <kenshu@learninggate.co.jp>"
BLDG = "栄ビルマネジメント 管理事務所 <kanri@sakae-bm.co.jp>"
AGENT1 = "キャリアリンク 坂口様 <sakaguchi@careerlink-agent.co.jp>"
AGENT2 = "ジョブステップ 松浦様 <matsuura@jobstep.jp>"
AGENT3 = "ネクストワーク 大久保様 <okubo@nextwork-hr.com>"
RELOC = "GlobalMove Japan <relocation@globalmove-japan.com>"
GYOSEI = "行政書士法人みなと国際 吉永様 <yoshinaga@minato-gyosei.jp>"

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw["id"] = f"nyusha-{n:03d}"
    MESSAGES.append(kw)

# ---------------------------------------------------------------------------------------
# 001 社労士へ 資格取得データ（XLSX 2シート・タイトル行・個人番号・基礎年金番号）
p = make_people(6, grad=4)
rows = [["2026年4月1日付 入社者 資格取得データ（健康保険・厚生年金・雇用保険）"], [],
        ["No", "氏名", "フリガナ", "性別", "生年月日", "〒", "住所", "基礎年金番号",
         "個人番号", "報酬月額(見込)"]]
for i, x in enumerate(p, 1):
    rows.append([i, x["name"], x["kana"], x["sex"], ymd(x["dob"]), x["zip"], x["addr"],
                 x["pension"], next_mn(), rng.choice([215000, 223000, 231500, 298000, 340000])])
sp4 = ("由香", "妻") if p[4]["sex"] == "男" else ("亮介", "夫")
sp5 = ("紀子", "妻") if p[5]["sex"] == "男" else ("信也", "夫")
dep = [["被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "個人番号", "収入"],
       [p[4]["name"], p[4]["sei"] + " " + sp4[0], sp4[1], "1990/08/19", next_mn(), "なし"],
       [p[4]["name"], p[4]["sei"] + " 陽向", "長男", "2019/02/03", next_mn(), "なし"],
       [p[5]["name"], p[5]["sei"] + " " + sp5[0], sp5[1], "1984/11/30", next_mn(), "パート 年収90万"]]
add(1, sender=ISHIKURA, to=[SR], charset="iso-2022-jp",
    subject="【日の出産業】4/1入社者 6名 資格取得届の作成依頼",
    body=f"""山吹社会保険労務士法人
柏木様

いつも大変お世話になっております。
日の出産業の石倉です。

4月1日付の入社者6名について、健康保険・厚生年金保険の資格取得届、
および雇用保険の資格取得届の作成をお願いしたく、データをお送りします。

　・対象：6名（新卒4名、中途2名）
　・資格取得日：2026年4月1日
　・被扶養者ありの方が2名おりますので、2枚目のシートもご確認ください

報酬月額は見込み額で記載しております。通勤手当の確定後に差し替えが
必要でしたらお知らせください。
電子申請の控えは、従来どおり共有フォルダ経由でいただけますと幸いです。

よろしくお願いいたします。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "xlsx", "name": "資格取得データ_20260401入社.xlsx",
                  "sheets": {"資格取得": rows, "被扶養者": dep}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
              "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="6 new hires' records with My Numbers and pension numbers to an outside 社労士 office")

# 002 社労士からの通知への返信（引用部分に一覧）— 新しい本文はお礼のみ
p = make_people(6, grad=5)
quoted = "\n".join(f">  {pad(x['name'], 14)}{ymd(x['dob'], '.')}  被保険者番号 {rng.randint(1000,9999)}-{rng.randint(100000,999999)}-{rng.randint(0,9)}" for x in p)
add(2, sender=ISHIKURA, to=[SR2], cc=[SR], charset="iso-2022-jp",
    subject="Re: 【山吹SR】資格取得確認通知書のご送付（4月入社分）",
    body=f"""手続きチーム ご担当者様
（cc：柏木様）

お世話になっております。日の出産業の石倉です。
確認通知書、6名分たしかに受領いたしました。迅速なご対応ありがとうございます。
本人への被保険者証の配布は4/10を予定しております。

引き続きよろしくお願いいたします。
{SIG_ISHIKURA}
-----Original Message-----
From: 山吹社会保険労務士法人 手続きチーム
Sent: Tuesday, April 7, 2026 4:12 PM
To: 石倉 由紀子
Subject: 【山吹SR】資格取得確認通知書のご送付（4月入社分）

> 日の出産業株式会社
> 石倉様
>
> いつもお世話になっております。
> 4月1日付資格取得分につき、雇用保険の資格取得等確認通知書が
> 交付されましたのでお知らせいたします。
>
{quoted}
>
> 原本は本日郵送いたしました。
""",
    expect="pass", entities=[], detectors=[],
    note="reply to the 社労士; the list of people is only in the quoted original mail")

# 003 健診クリニックへ 入社時健診の予約（本文・スペース揃えの表・和暦・携帯）
p = make_people(8)
lines = [f"{'No':<4}{pad('氏名', 16)}{pad('フリガナ', 22)}{pad('性別', 6)}{pad('生年月日', 12)}携帯電話",
         "-" * 78]
for i, x in enumerate(p, 1):
    lines.append(f"{i:<4}{pad(x['name'], 16)}{pad(x['kana'], 22)}{pad(x['sex'], 6)}"
                 f"{pad(wareki(x['dob'], 'pad'), 12)}{x['phone']}")
add(3, sender=ONODERA, to=[KENSHIN], charset="cp932",
    subject="雇入時健康診断の予約（日の出産業・8名）",
    body=f"""さかえ健診クリニック
予約係 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事課の小野寺でございます。

先日お電話でご相談いたしました雇入時健康診断につきまして、
受診者8名の情報をお送りいたします。
受診日は3月18日（水）午前、コースは「雇入時Aコース（胸部X線・血液・心電図）」で
お願いできればと存じます。

{chr(10).join(lines)}

※当日ご不明点がある場合は、各本人の携帯へ直接ご連絡いただいて差し支えありません。
※請求書は弊社人事課宛にお願いいたします。

何卒よろしくお願い申し上げます。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 内定者 with 和暦 birth dates and mobile numbers in a padded table to a clinic")

# 004 健診クリニックへ 中途4名の追加予約（タブ区切り）— 4名なので警告まで
p = make_people(4, grad=0)
tsv = "氏名\t生年月日\t性別\t希望日\n" + "\n".join(
    f"{x['name']}\t{ymd(x['dob'], '-')}\t{x['sex']}\t{rng.choice(['3/24', '3/25', '3/27'])}" for x in p)
add(4, sender=ONODERA, to=[KENSHIN], charset="utf-8",
    subject="Re: 雇入時健康診断の予約（日の出産業・8名）追加分",
    body=f"""予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
8名分のご予約、ありがとうございました。

追加で、4月入社の中途採用者4名分もお願いできますでしょうか。
コースは同じくAコースです。

{tsv}

ご都合の悪い日がありましたら調整いたしますので、お知らせください。
{SIG_ONODERA}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's names and birth dates to the clinic: under the five-person threshold")

# 005 FW: 健診結果（要精密検査）を社外の産業医クリニックへ転送 — 1名でも要配慮
x = make_people(1)[0]
add(5, sender=ISHIKURA, to=[SANGYOI], charset="iso-2022-jp",
    subject="FW: 【さかえ健診】雇入時健康診断 結果ご報告（至急）",
    body=f"""森下先生

お世話になっております。日の出産業 人事部の石倉です。
健診機関から下記の連絡がありました。4月配属前に就業上の配慮が必要か、
ご意見をいただけますでしょうか。面談の日程もご相談させてください。

石倉

---------- Forwarded message ---------
From: さかえ健診クリニック <kekka@sakae-kenshin.or.jp>
Date: 2026年3月23日(月) 15:40
Subject: 【さかえ健診】雇入時健康診断 結果ご報告（至急）
To: 石倉 由紀子 <ishikura.yukiko@hinode-sangyo.co.jp>

日の出産業株式会社 人事ご担当 石倉様

3月18日に受診された下記の方について、至急のご報告です。

　受診者氏名：{x['name']}（{x['kana']}）
　生年月日　：{wareki(x['dob'])}
　判定　　　：D2（要精密検査）
　所見　　　：血圧 174/106 mmHg、尿糖（2+）、HbA1c 8.1%
　問診　　　：既往歴 1型糖尿病（16歳〜 インスリン治療中）

早期に専門医の受診をおすすめください。

さかえ健診クリニック 結果報告係
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward of one named person's health-check findings and diabetes history to an outside clinic")

# 006 健診の枠確保（人数のみ）
add(6, sender=ONODERA, to=[KENSHIN], charset="iso-2022-jp",
    subject="4月入社者の雇入時健診 枠の仮押さえについて",
    body=f"""さかえ健診クリニック 予約係様

いつもお世話になっております。日の出産業の小野寺です。

今年度も4月入社者の雇入時健康診断をお願いしたく、ご連絡いたしました。
現時点の見込みは以下のとおりです。

　・人数　　：12名前後（確定は3月上旬）
　・希望日　：3月18日（水）または3月19日（木）の午前
　・コース　：雇入時Aコース　8,800円（税込）／人
　・オプション：なし

受診者の氏名等は確定後に改めてお送りします。
まずは枠だけ仮押さえいただけますと助かります。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[],
    note="booking health-check slots by head-count and price only")

# 007 制服業者へ 自宅配送先つきサイズ表（CSV CP932）
p = make_people(7)
rows = [["氏名", "性別", "上着サイズ", "パンツ/スカート", "安全靴", "配送先〒", "配送先住所", "電話番号"]]
for x in p:
    rows.append([x["name"], x["sex"], rng.choice(["S", "M", "L", "LL", "9号", "11号"]),
                 rng.choice(["W73", "W76", "W79", "W82", "9号", "11号"]),
                 rng.choice(["23.5", "24.5", "25.5", "26.0", "27.0"]), x["zip"], x["addr"], x["phone"]])
add(7, sender=TODO, to=[UNIFORM], charset="cp932",
    subject="新入社員用 作業服・安全靴の発注（自宅直送分）",
    body=f"""株式会社ユニフォームささき
岡田様

お世話になっております。日の出産業 総務の藤堂です。
見積書（No. US-26-0214）の内容で、新入社員7名分を発注いたします。

今回は工場配属者の入社前研修に間に合わせるため、各自の自宅へ
直送をお願いしたく、配送先の一覧を添付いたしました。
3月20日必着でお願いできますでしょうか。

納品書は弊社総務宛にお送りください。
{SIG_TODO}""",
    attachments=[{"kind": "csv", "name": "作業服_配送先一覧.csv", "rows": rows, "encoding": "cp932"}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 new hires' home addresses and phones in a CSV to the uniform supplier")

# 008 制服サイズ表（社員番号とサイズのみ・氏名なし）— 判断が分かれる
lines = ["社員番号　性別　上着　パンツ　帽子", "―――――――――――――――――――"]
for _ in range(9):
    lines.append(f"26{rng.randint(1000,9999)}　{rng.choice(['男', '女'])}　　"
                 f"{rng.choice(['S ', 'M ', 'L ', 'LL'])}　 {rng.choice(['W73', 'W76', 'W82', 'W85'])}　 "
                 f"{rng.choice(['M', 'L'])}")
add(8, sender=TODO, to=[UNIFORM], charset="iso-2022-jp",
    subject="Re: 新入社員用 事務服サイズ",
    body=f"""岡田様

お世話になっております。藤堂です。
事務所配属の9名分のサイズが揃いましたのでお知らせします。
名前の刺繍は不要です（配属後に名札を付けます）。

{chr(10).join(lines)}

納品は本社総務課へ一括でお願いします。
{SIG_TODO}""",
    expect="either", entities=[], detectors=[],
    note="nine rows of employee number + sex + clothing size, no names: a list of people or just an order?")

# 009 制服 サイズ別数量のみ
add(9, sender=TODO, to=[UNIFORM], charset="utf-8",
    subject="発注書送付：夏季作業服（4月入社分）",
    body=f"""ユニフォームささき 岡田様

いつもお世話になっております。
4月入社分の夏季作業服について、下記のとおり発注いたします。

  品番 HS-2201 半袖ブルゾン（紺）
    S:2 / M:5 / L:4 / LL:2 / 3L:1   計14着
  品番 HS-2230 スラックス（紺）
    W73:3 / W76:4 / W79:3 / W82:3 / W88:1   計14本

  単価・納期は見積書 Q-2026-0312 のとおり
  発注番号：HNS-PO-260315-07

よろしくお願いいたします。
{SIG_TODO}""",
    expect="pass", entities=[], detectors=[],
    note="uniform order by size counts, order and quote numbers only")

# 010 ツバサシステムへ アカウント作成依頼（・箇条書き、氏名＋社員番号＋メール）
p = make_people(6, grad=5)
bul = "\n".join(f"・{x['name']}（{x['romaji']}）　社員番号 {x['empno']}　{x['work']}　{rng.choice(['営業一課', '営業二課', '生産管理課', '経理課', '品質保証課'])}"
                for x in p)
add(10, sender=HASEBE, to=[TSUBASA], charset="utf-8",
    subject="【依頼】4/1入社者 M365アカウント・PC初期設定",
    body=f"""ツバサシステム株式会社
野々村様

お世話になっております。日の出産業 情報システム部の長谷部です。
4月1日入社者のアカウント作成とPCキッティングをお願いします。

{bul}

・ライセンスは全員 E3
・PCは先日納品いただいた ThinkPad E14 をそのまま使用
・初期パスワードは別途お電話でお伝えします

3/27までに設定完了いただけると助かります。
{SIG_HASEBE}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six new hires' names, employee numbers and mail addresses to the IT vendor")

# 011 PCキッティング（台数・仕様のみ）
add(11, sender=HASEBE, to=[TSUBASA], charset="iso-2022-jp",
    subject="新入社員用PC 5台 キッティング日程",
    body=f"""野々村様

お世話になっております。長谷部です。
新入社員用PCのキッティング日程について確認させてください。

　機種　　：ThinkPad E14 Gen 6（Core i5 / 16GB / 512GB）× 5台
　資産番号：HNS-PC-26041 〜 HNS-PC-26045
　作業場所：本社5F 会議室B
　希望日　：3月26日(木) 13:00〜

ユーザー割当は入社日当日にこちらで行います。
{SIG_HASEBE}""",
    expect="pass", entities=[], detectors=[], note="PC set-up schedule and asset numbers; no people")

# 012 内定式の案内を内定者8名に To で一斉送信
p = make_people(8)
add(12, sender=SAIYO, to=[f"{x['name']} <{x['mail']}>" for x in p], charset="iso-2022-jp",
    subject="【日の出産業】内定式のご案内（10月1日）",
    body=f"""内定者の皆さま

こんにちは。日の出産業 採用チームです。
このたびは内定のご承諾、誠にありがとうございました。
下記のとおり内定式を行いますので、ご出席をお願いいたします。

　日時：2025年10月1日（水）13:30〜16:00（受付 13:00〜）
　場所：本社 10階 大会議室（名古屋市中区栄3-14-7）
　服装：スーツ
　持ち物：筆記用具、内定承諾書（未提出の方のみ）、印鑑

式のあとに懇親会（軽食）がございます。
出欠は9月19日（金）までにこのメールへの返信でお知らせください。
{SIG_SAIYO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="eight 内定者' private addresses visible to each other in To (should be Bcc)")

# 013 内定者へ e-learning の案内（Bcc）
p = make_people(9)
add(13, sender=SAIYO, to=[SAIYO], bcc=[x["mail"] for x in p], charset="utf-8",
    subject="入社前 e-ラーニング受講のお願い（〜3/13）",
    body=f"""内定者の皆さま（Bccにて一斉送信しています）

日の出産業 採用チームです。
入社前学習として、以下のe-ラーニングの受講をお願いします。

 ■ 受講期間：2月16日（月）〜3月13日（金）
 ■ 内容　　：ビジネスマナー基礎／情報セキュリティ入門／個人情報保護の基礎
 ■ URL　　：https://learn.hinode-sangyo.co.jp/pre-entry
 ■ ID　　 ：内定通知書に記載の受験番号

情報セキュリティ入門では、メール誤送信（To/Ccの一斉送信など）の事例も
扱っています。入社後すぐに役立ちますので、ぜひ丁寧に受講してください。
{SIG_SAIYO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="mass mail to 内定者 correctly in Bcc")

# 014 内定者1名へ 入社手続き書類の案内（リスクのある語の言及のみ）
x = make_people(1)[0]
add(14, sender=ONODERA, to=[f"{x['name']} 様 <{x['mail']}>"], charset="iso-2022-jp",
    subject="入社手続き書類のご案内",
    body=f"""{x['name']} 様

日の出産業 人事課の小野寺です。
4月1日のご入社に向けて、以下の書類のご提出をお願いいたします。

　1. 雇用契約書（2部に署名・押印のうえ1部返送）
　2. 身元保証書（保証人様の署名・押印）
　3. 個人番号（マイナンバー）届出書 ＋ 番号確認書類のコピー
　4. 基礎年金番号がわかるもの（年金手帳 または 基礎年金番号通知書のコピー）
　5. 雇用保険被保険者証（前職がある方のみ）
　6. 給与振込口座届
　7. 健康診断書（3か月以内のもの。当社指定の健診を受ける場合は不要）

マイナンバーや口座番号はメールでは送らず、同封の返信用封筒（簡易書留）で
ご返送ください。提出期限は3月6日（金）必着です。

ご不明な点はお気軽にお問い合わせください。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="document checklist naming My Number, pension and insurance documents, but no numbers")

# 015 内定者本人へ マイナンバーの記載誤りを指摘（番号を本文に記載）
x = make_people(1)[0]
mn = next_mn()
add(15, sender=ONODERA, to=[f"{x['mail']}"], charset="utf-8",
    subject="個人番号届出書の記載内容のご確認",
    body=f"""{x['sei']}様

日の出産業 人事課の小野寺です。
ご提出いただいた個人番号届出書について、1点確認させてください。

■届出書の記載内容
　氏名　　：{x['name']}
　個人番号：{mn[:4]} {mn[4:8]} {mn[8:]}

同封いただいた通知カードのコピーと末尾の数字が異なっているように見えます。
お手数ですが、マイナンバーカードを再度ご確認のうえ、正しい番号をお電話で
お知らせいただけますでしょうか（メールでのご返信はご遠慮ください）。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="a My Number written in the body, even though it goes to its owner's private address")

# 016 雇用契約書をパスワード付きPDFで内定者へ
x = make_people(1, grad=0)[0]
add(16, sender=ONODERA, to=[f"{x['name']} 様 <{x['mail']}>"], charset="iso-2022-jp",
    subject="雇用契約書（電子版）送付の件",
    body=f"""{x['name']} 様

お世話になっております。日の出産業 人事課の小野寺です。
先日の面談でお話しした条件で、雇用契約書を作成いたしました。
PDFにはパスワードを設定しております。パスワードは別メールでお送りします。

内容をご確認のうえ、問題なければ署名欄にご記入いただき、
原本は入社日にご持参ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "pdf", "name": "雇用契約書_日の出産業.pdf", "password": "Hn0401keiyaku",
                  "title": "雇用契約書",
                  "lines": ["雇用契約書", f"氏名 {x['name']}", "就業場所 本社 営業一課",
                            "賃金 月給 298,000円", "契約期間 期間の定めなし（試用期間3か月）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF employment contract: the attachment cannot be inspected")

# 017 パスワード通知メール（別送）
add(17, sender=ONODERA, to=[f"{x['name']} 様 <{x['mail']}>"], charset="iso-2022-jp",
    subject="【パスワード】雇用契約書（電子版）送付の件",
    body=f"""{x['name']} 様

先ほどお送りした雇用契約書のパスワードをお知らせします。

　パスワード：Hn0401keiyaku

開けない場合はご連絡ください。
人事課 小野寺
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the separate password mail of a PPAP pair: no personal data, no attachment")

# 018 社労士へ 暗号化ZIP（PPAP）で入社書類データ
p = make_people(5)
add(18, sender=ISHIKURA, to=[SR], charset="cp932",
    subject="入社書類データ送付（3月16日入社分）",
    body=f"""柏木様

お世話になっております。日の出産業 労務の石倉です。
3月16日入社の5名分の入社書類データを、パスワード付きZIPでお送りします。
パスワードは追ってお電話でお伝えいたします。

ご確認のほどよろしくお願いいたします。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "zip", "name": "入社書類_0316.zip", "password": "Yb#2026-0316",
                  "files": [{"kind": "csv", "name": "入社者.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "住所", "個人番号"]] +
                             [[x["name"], ymd(x["dob"]), x["addr"], next_mn()] for x in p]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP (PPAP): contents cannot be inspected")

# 019 健診クリニックへ 壊れたXLSX
add(19, sender=ONODERA, to=[KENSHIN], charset="iso-2022-jp",
    subject="受診者一覧（差し替え版）",
    body=f"""予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
先日お送りした受診者一覧に誤りがありましたので、差し替え版をお送りします。
お手数ですが旧ファイルは破棄をお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "corrupt", "name": "受診者一覧_差替.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached spreadsheet is corrupt and cannot be read")

# 020 法律事務所の類似ドメイン（.jp → .co.jp）
add(20, sender=ISHIKURA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    charset="iso-2022-jp",
    subject="雇用契約書ひな形（2026年度版）のリーガルチェックのお願い",
    body=f"""白川先生

いつもお世話になっております。日の出産業 人事部の石倉です。
2026年度入社者向けの雇用契約書ひな形を改訂いたしました。
主な変更点は、試用期間の延長規定と、副業・兼業の届出に関する条項です。

お忙しいところ恐縮ですが、3月上旬までにご確認いただけますと幸いです。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "docx", "name": "雇用契約書ひな形_2026改訂案.docx",
                  "paragraphs": ["雇用契約書（ひな形）", "第1条（契約期間）期間の定めのない契約とする。",
                                 "第3条（試用期間）入社日から3か月とし、必要に応じ3か月を限度に延長することがある。",
                                 "第15条（副業・兼業）事前に所定の届出を行うものとする。"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike (TLD swap) of the partner shirakawa-law.jp")

# 021 正しい法律事務所へ 秘密保持条項の相談（機密の語は言及のみ）
add(21, sender=ISHIKURA, to=[LAW], charset="utf-8",
    subject="Re: 雇用契約書ひな形 — 秘密保持条項と競業避止について",
    body=f"""白川先生

ご確認ありがとうございました。
ご指摘いただいた第12条（秘密保持）と第13条（競業避止）について、
以下のとおり修正しましたので再度ご確認ください。

・第12条：在職中に知り得た機密情報の範囲を「営業上・技術上の情報で、会社が秘密として
  管理するもの」に限定
・第13条：退職後の競業避止期間を2年→1年に短縮、対象地域を東海3県に限定
・別紙として「秘密保持誓約書」を入社時に取り交わす運用とする

機密保持契約（NDA）の書式は従来のものを継続使用の予定です。
{SIG_ISHIKURA}
{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "雇用契約書ひな形_修正版.docx",
                  "paragraphs": ["第12条（秘密保持）従業員は、在職中及び退職後において、会社が秘密として管理する営業上・技術上の情報を第三者に開示してはならない。",
                                 "第13条（競業避止）従業員は、退職後1年間、東海3県において会社と競業する事業を営んではならない。"]}],
    expect="pass", entities=[], detectors=[],
    note="contract clauses about confidentiality and an NDA mention, plus the standard disclaimer")

# 022 ツバサシステムの類似ドメイン（文字脱落）
add(22, sender=HASEBE, to=["野々村様 <nonomura@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    subject="新入社員用PC 追加見積のお願い",
    body=f"""ツバサシステム 野々村様

お世話になっております。長谷部です。
中途入社が2名増えたため、PCの追加見積をお願いできますでしょうか。

　ThinkPad E14 Gen 6 × 2台（前回と同構成）
　ドッキングステーション × 2台
　納期：4月10日まで

よろしくお願いします。
{SIG_HASEBE}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp")

# 023 内部のつもりが類似ドメイン（hinode-sangyou）— 工場配属者の一覧
p = make_people(6, grad=6)
blk = "\n".join(f"{x['name']}　{fw(ymd(x['dob']))}生　{fw(x['phone'])}　{x['addr']}" for x in p)
add(23, sender=ONODERA, to=["名古屋工場 総務 桑原さん <kuwabara.jun@hinode-sangyou.co.jp>"],
    charset="cp932",
    subject="4月工場配属の新入社員（6名）の情報",
    body=f"""桑原さん

お疲れさまです。人事課の小野寺です。
4月から名古屋工場に配属となる新入社員6名の情報を共有します。
寮の手配と通勤経路の確認をお願いします。

{blk}

寮希望は上から3名です。よろしくお願いします。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp imitates the internal domain; the mail carries six people's records")

# 024 銀行の類似ドメイン（midori-ginkou）— 給与口座開設の一覧 XLSX
p = make_people(5)
rows = [["給与振込口座 新規開設 申込者一覧（日の出産業株式会社）"],
        ["氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話"]]
rows += [[x["name"], x["kana"], wareki(x["dob"]), x["zip"], x["addr"], x["phone"]] for x in p]
add(24, sender=IWASA, to=["みどり銀行 栄支店 法人営業 <eigyo-sakae@midori-ginkou.co.jp>"],
    charset="iso-2022-jp",
    subject="新入社員 給与振込口座の一括開設について",
    body=f"""みどり銀行 栄支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部 給与チームの岩佐です。
先日ご案内いただいた新入社員向けの口座一括開設について、
申込者5名の一覧をお送りします。必要書類は本人から直接お持ちする予定です。
{SIG_IWASA}""",
    attachments=[{"kind": "xlsx", "name": "口座開設申込者一覧.xlsx", "sheets": {"申込者": rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp; five people's records")

# 025 正しい銀行へ 振込スケジュールの確認
add(25, sender=IWASA, to=["みどり銀行 栄支店 <eigyo-sakae@midori-ginko.co.jp>"], charset="utf-8",
    subject="4月給与 新規振込先の登録締切について",
    body=f"""みどり銀行 栄支店 法人営業ご担当者様

いつもお世話になっております。日の出産業 給与チームの岩佐です。

4月入社者の初回給与（4月24日支給）について、総合振込データへの
新規振込先の追加は何営業日前まで可能でしょうか。
例年どおり4月20日（月）にデータ伝送の予定です。

また、でんさい／総合振込の手数料改定のご案内をいただいておりましたが、
適用開始日を改めてご教示いただけますと幸いです。
{SIG_IWASA}""",
    expect="pass", entities=[], detectors=[],
    note="question to the partner bank about deadlines; no personal data")

# 026 ホテルの類似ドメイン（l → 1）— 研修宿泊3名と携帯
p = make_people(3)
add(26, sender=ONODERA, to=["さくらホテル 宿泊予約 <reserve@sakura-hote1.jp>"], charset="iso-2022-jp",
    subject="新入社員研修 宿泊予約（4/6〜4/10）",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の小野寺です。
新入社員研修の遠方組の宿泊をお願いいたします。

　期間：4月6日（月）〜4月10日（金）4泊
　部屋：シングル（禁煙）× 3室、朝食付き
　宿泊者：
　　{p[0]['name']}　携帯 {p[0]['phone']}
　　{p[1]['name']}　携帯 {p[1]['phone']}
　　{p[2]['name']}　携帯 {p[2]['phone']}

お支払いは法人契約（請求書払い）でお願いします。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sakura-hote1.jp uses the digit 1 for l (partner sakura-hotel.jp); three guests' phones only warn")

# 027 正しいホテルへ 懇親会の宴会見積
add(27, sender=ONODERA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"], charset="utf-8",
    subject="入社式後の懇親会（4/1・約40名）お見積りのお願い",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業 人事課の小野寺です。
本年も入社式後の懇親会でお世話になりたく、お見積りをお願いいたします。

  日時  ：4月1日（水）18:00〜20:00
  人数  ：40名前後（新入社員14名＋役員・配属先上長）
  形式  ：立食ビュッフェ、飲み放題付き
  ご予算：お一人様 7,000円前後
  その他：マイク・プロジェクター使用、ノンアルコール飲料を多めに

昨年の請求書番号（SH-2025-04-0117）と同条件で問題ございません。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[], note="banquet quote request to the partner hotel")

# 028 印刷会社の類似ドメイン（insatsu → insatu）— 名刺発注1名
add(28, sender=TODO, to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"], charset="iso-2022-jp",
    subject="名刺作成のお願い（新入社員1名）",
    body=f"""錦印刷株式会社 営業部御中

お世話になっております。日の出産業 総務の藤堂です。
4月入社の中途社員1名分の名刺作成をお願いします。

　所属：営業本部 営業一課
　役職：主任
　氏名：間瀬 智也（Tomoya Mase）
　連絡先：会社代表番号・代表アドレスのみ（前回テンプレートB）
　枚数：100枚

校正は総務宛にPDFでお送りください。
{SIG_TODO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops an s of the partner nishiki-insatsu.co.jp")

# 029 正しい印刷会社へ 名刺6名分（社用携帯・メール）
p = make_people(6, grad=4)
blocks = "\n\n".join(
    f"【{i}】{x['name']}（{x['romaji']}）\n　所属：{rng.choice(['営業一課', '営業二課', '物流管理課', '購買課'])}\n"
    f"　携帯：{x['phone']}\n　E-mail：{x['work']}" for i, x in enumerate(p, 1))
add(29, sender=TODO, to=["錦印刷 営業部 小島様 <kojima@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="新入社員 名刺作成（6名分）",
    body=f"""錦印刷株式会社
小島様

いつもお世話になっております。日の出産業 総務の藤堂です。
4月配属の営業職6名分の名刺作成をお願いいたします。
各100枚、テンプレートA（携帯番号入り）でお願いします。

{blocks}

校正PDFは3月25日頃までにいただけますと幸いです。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six people's blocks with mobile numbers and mail addresses to a printer")

# 030 内部のつもりが co. 抜けドメイン — 内定者1名の情報
x = make_people(1)[0]
add(30, sender=IMAIZUMI, to=["大阪支店 総務 楠本さん <kusumoto.emi@hinode-sangyo.jp>"],
    charset="iso-2022-jp",
    subject="大阪支店配属予定の内定者について",
    body=f"""楠本さん

お疲れさまです。採用チームの今泉です。
4月から大阪支店に配属予定の内定者の情報です。入社前の面談をお願いします。

　氏名：{x['name']}（{x['kana']}）
　現住所：〒{x['zip']} {x['addr']}
　携帯：{x['phone']}

来週中に一度ご本人へ電話していただけると助かります。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp drops the co. of the internal domain")

# 031 人材紹介会社3社に To で一斉連絡
add(31, sender=IMAIZUMI, to=[AGENT1, AGENT2, AGENT3], charset="iso-2022-jp",
    subject="【日の出産業】営業職（中途）募集終了のお知らせ",
    body=f"""人材紹介ご担当者各位

いつも大変お世話になっております。日の出産業 採用チームの今泉です。

ご紹介いただいておりました営業職（中途・名古屋勤務）につきまして、
4月入社で予定人数が充足いたしましたため、本日をもって募集を終了いたします。
選考中の方については、引き続き個別にご連絡いたします。

これまでのご支援に心より御礼申し上げます。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three recruiting agencies see each other in To")

# 032 社労士と法律事務所（2社）で打合せ日程
add(32, sender=ISHIKURA, to=[SR], cc=[LAW], charset="utf-8",
    subject="雇用契約書・就業規則改定の三者打合せ日程",
    body=f"""柏木様
（cc：白川先生）

お世話になっております。日の出産業の石倉です。
雇用契約書と就業規則の改定について、三者で一度打合せをお願いしたく存じます。

候補日（いずれも弊社本社5F会議室、1時間程度）
  ① 2月24日（火）10:00〜
  ② 2月26日（木）15:00〜
  ③ 3月2日（月）13:30〜

ご都合のよい日をお知らせください。Teams 参加でも構いません。
{SIG_ISHIKURA}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="an ordinary meeting mail with two outside organisations")

# 033 業者3社（制服・PC・ビル管理）に To/Cc で入社準備スケジュール
add(33, sender=TODO, to=[UNIFORM], cc=[TSUBASA, BLDG], charset="iso-2022-jp",
    subject="4/1入社に向けた搬入スケジュールのご連絡",
    body=f"""関係各社 ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
4月1日の入社に向けた搬入・作業のスケジュールを共有いたします。

　3/26(木) 13:00　ツバサシステム様　PCキッティング（5F 会議室B）
　3/27(金) 10:00　ユニフォームささき様　作業服納品（1F 搬入口）
　3/30(月) 09:00　栄ビルマネジメント様　入館証の発行・ゲート登録

搬入口の利用はビル管理規約により事前申請が必要です。
ご不明点は藤堂までお願いいたします。
{SIG_TODO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three outside vendors visible to each other in To/Cc")

# 034 大学キャリアセンター3校に To でお礼
add(34, sender=IMAIZUMI,
    to=["東海工業大学 キャリアセンター <career@tokai-kogyo-u.ac.jp>",
        "名城学院大学 就職課 <shushoku@meijo-gakuin.ac.jp>",
        "中部文化大学 キャリア支援室 <career-support@chubu-bunka.ac.jp>"],
    charset="utf-8",
    subject="2026年度 入社式のご報告と御礼",
    body=f"""各大学 キャリアセンターご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部 採用チームの今泉でございます。

おかげさまで、4月1日に2026年度入社式を執り行い、
新入社員14名を迎えることができました。
貴学からご紹介いただいた学生の皆さまも、元気に研修に取り組んでおります。

来年度も学内説明会等でお世話になりますが、引き続きよろしくお願い申し上げます。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three universities see each other's addresses in To")

# 035 内定者2名に To で面談日程（2名のみ）
p = make_people(2)
add(35, sender=IMAIZUMI, to=[f"{p[0]['name']}さん <{p[0]['mail']}>",
                            f"{p[1]['name']}さん <{p[1]['mail']}>"],
    charset="iso-2022-jp",
    subject="配属先との面談日程について（経理課）",
    body=f"""{p[0]['sei']}さん、{p[1]['sei']}さん

こんにちは。日の出産業 採用チームの今泉です。
お二人とも4月から経理課への配属が決まりましたので、配属先の課長との
顔合わせ面談を設定したいと思います。同じ課の同期なので、お二人一緒の予定です。

　候補：3月9日（月）14:00〜／3月11日（水）10:00〜
　場所：本社5F 応接室

どちらかご都合のよい日をお知らせください。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="two 内定者 addressed together in To: below the three-party threshold")

# 036 内定者3名（懇親会幹事）に To/Cc
p = make_people(3)
add(36, sender=SAIYO, to=[p[0]["mail"]], cc=[p[1]["mail"], p[2]["mail"]], charset="utf-8",
    subject="内定者懇親会の幹事のお願い",
    body=f"""{p[0]['sei']}さん（cc：{p[1]['sei']}さん、{p[2]['sei']}さん）

採用チームです。先日は幹事を引き受けてくださりありがとうございました。
内定者懇親会（12月13日・土）の予算は1人4,000円までで会社負担です。
お店が決まったら、このメールに返信でお知らせください。

三人で相談しやすいように、このメールは全員宛にしています。
{SIG_SAIYO}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons see each other's addresses in To/Cc")

# 037 研修会社へ 社外秘ヘッダの研修カリキュラム（DOCX）
add(37, sender=ONODERA, to=[LEARN], charset="iso-2022-jp",
    subject="新入社員研修カリキュラム（社内版）のご共有",
    body=f"""株式会社ラーニングゲート 研修事業部 ご担当者様

お世話になっております。日の出産業の小野寺です。
研修内容のすり合わせのため、弊社内で使用しているカリキュラム表をお送りします。
講義パートの重複がないかご確認いただけますでしょうか。
{SIG_ONODERA}""",
    attachments=[{"kind": "docx", "name": "2026新入社員研修カリキュラム.docx",
                  "page_header": "社外秘　日の出産業株式会社 人事部",
                  "paragraphs": ["2026年度 新入社員研修カリキュラム",
                                 "第1週：会社概要・就業規則・情報セキュリティ",
                                 "第2週：工場実習（名古屋工場）",
                                 "第3週：ビジネスマナー（外部講師）",
                                 "第4週：部門別OJT・配属面談"],
                  "tables": [[["日", "内容", "講師"], ["4/2", "経営方針", "社長"],
                              ["4/3", "原価管理の基礎", "経理部長"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="a document stamped 社外秘 in its header goes to an outside training company")

# 038 研修会社へ 日程調整（定型の免責文のみ）
add(38, sender=ONODERA, to=[LEARN], charset="utf-8",
    subject="Re: ビジネスマナー研修 日程のご相談",
    body=f"""ラーニングゲート 研修事業部 ご担当者様

お世話になっております。日の出産業の小野寺です。
ビジネスマナー研修は 4月14日（火）・15日（水）の2日間でお願いできればと存じます。
受講者は新入社員14名、会場は弊社本社10F 大会議室です。
講師の方の昼食はこちらでご用意いたします。
{SIG_ONODERA}{DISC_JA}
> 4月第3週でしたら、14日〜16日のいずれか2日間で講師の手配が可能です。
> ご希望をお知らせください。
""",
    expect="pass", entities=[], detectors=[],
    note="schedule mail ending with the standard confidentiality disclaimer")

# 039 研修会社へ【部外秘】配属案（XLSX ヘッダ部外秘・生年月日つき）
p = make_people(7)
rows = [["2026年度 新入社員 配属案（人事部案・3/2時点）"], [],
        ["氏名", "生年月日", "出身校", "配属案", "研修班"]]
rows += [[x["name"], ymd(x["dob"]), rng.choice(["東海工業大学", "名城学院大学", "中部文化大学", "岐阜理科大学"]),
          rng.choice(["営業一課", "営業二課", "生産管理課", "品質保証課"]), rng.choice(["A", "B"])] for x in p]
add(39, sender=ONODERA, to=[LEARN], charset="iso-2022-jp",
    subject="【部外秘】研修班分けの参考資料",
    body=f"""ラーニングゲート ご担当者様

お世話になっております。小野寺です。
グループワークの班分けの参考に、配属案の一覧をお送りします。
まだ本人には未通知の内容ですので、お取扱いにご注意ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "配属案_20260302.xlsx", "page_header": "部外秘",
                  "sheets": {"配属案": rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["confidential_marking", "personal_data"],
    note="部外秘 in the subject and the sheet header; seven people's names with birth dates")

# 040 リロケーション会社へ CONFIDENTIAL の社内規程PDF（英語）
add(40, sender=IMAIZUMI, to=[RELOC], charset="utf-8",
    subject="Relocation support policy for our new overseas hire",
    body=f"""Dear GlobalMove Japan team,

Thank you for the call yesterday. As discussed, I attach our internal relocation
support policy so that you can prepare a quotation for the move of our new engineer
joining in June. Please treat it carefully.
{SIG_EN}""",
    attachments=[{"kind": "pdf", "name": "Relocation_Support_Policy_2026.pdf",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                  "lines": ["Relocation Support Policy (FY2026)",
                            "1. Temporary housing: up to 30 nights",
                            "2. Household goods shipment: up to 10 m3",
                            "3. Home-finding support and initial rent deposit",
                            "4. Family support: school search for dependents"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="a PDF marked CONFIDENTIAL on every page goes to an outside agency")

# 041 リロケーション会社へ 旅券番号・生年月日（英語）
add(41, sender=IMAIZUMI, to=[RELOC], charset="utf-8",
    subject="Re: Flight and temporary housing for Mr. Nguyen",
    body=f"""Dear Ms. Walker,

Thank you for arranging the temporary apartment. For the flight booking and the
apartment contract, here are the details of our new hire:

  Name:            NGUYEN VAN THANH
  Date of birth:   14 March 1994
  Passport No.:    C4817265 (Viet Nam), expires 2031-08-09
  Arrival:         NGO, 28 May 2026

The Certificate of Eligibility was issued last week; I will send a copy by courier.
{SIG_EN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a passport number with name and birth date goes to an outside agency")

# 042 行政書士へ 在留カード番号
add(42, sender=ISHIKURA, to=[GYOSEI], charset="iso-2022-jp",
    subject="在留資格変更許可申請（4月入社予定者）の件",
    body=f"""行政書士法人みなと国際
吉永様

お世話になっております。日の出産業 人事部の石倉です。
4月入社予定の留学生について、「技術・人文知識・国際業務」への
在留資格変更の申請をお願いしたく、ご本人の情報をお送りします。

　氏名　　　　：LI MEIHUA（李 美華）
　生年月日　　：2001年9月22日
　在留カード番号：UH73918254FA
　現在の在留資格：留学（期限 2026年9月30日）
　最終学歴　　：名城学院大学 経営学部（3月卒業見込）

雇用契約書の写しと会社案内は別便で郵送いたします。
{SIG_ISHIKURA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a residence card number of one new hire goes to an outside office")

# 043 保険代理店へ 運転免許証番号（社用車の運転者追加）
x = make_people(1, grad=0)[0]
add(43, sender=TODO, to=["東海損保サービス 山際様 <yamagiwa@tokai-sonpo-svc.co.jp>"], charset="cp932",
    subject="社用車 運転者追加のお願い（中途入社者）",
    body=f"""東海損保サービス株式会社
山際様

お世話になっております。日の出産業 総務の藤堂です。
4月入社の営業職1名を、社用車（フリート契約）の運転者に追加したく存じます。

　氏名：{x['name']}
　生年月日：{wareki(x['dob'])}
　運転免許証番号：第 {rng.randint(30, 54)}{rng.randint(10, 99)}{rng.randint(10000000, 99999999)} 号
　免許の色：ゴールド　有効期限：令和10年{x['dob'].month}月{x['dob'].day}日

追加日は4月1日付でお願いします。手続き書類があればお送りください。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a driving-licence number of one person goes to an insurance agency")

# 044 健診クリニックへ 保険証の記号・番号
x = make_people(1, grad=0)[0]
add(44, sender=ONODERA, to=[KENSHIN], charset="utf-8",
    subject="受診票の保険証情報について（日の出産業）",
    body=f"""予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
3/24受診予定の中途入社者について、受診票の保険証欄が未記入でしたので
お知らせします。

  受診者：{x['name']}（{x['kana']}）
  生年月日：{ymd(x['dob'])}
  保険者：全国健康保険協会 愛知支部
  記号：{rng.randint(10000000, 99999999)}　番号：{rng.randint(10, 300)}

当日はマイナ保険証をお持ちいただく予定です。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="health-insurance card 記号・番号 of one person to a clinic")

# 045 社労士へ 基礎年金番号（1名）
x = make_people(1, grad=0)[0]
add(45, sender=ISHIKURA, to=[SR], charset="iso-2022-jp",
    subject="Re: 資格取得届 — 基礎年金番号の件",
    body=f"""柏木様

お世話になっております。石倉です。
ご指摘の件、ご本人に確認が取れました。
年金手帳を紛失されているとのことで、ねんきんネットで確認した番号をお知らせします。

　{x['name']}（{wareki(x['dob'], 'short')}生）
　基礎年金番号：{x['pension']}

基礎年金番号通知書の再交付は、ご本人が年金事務所で手続きされるそうです。
{SIG_ISHIKURA}
> 中途入社の方1名、基礎年金番号の記載がございませんでした。
> ご確認をお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one person's basic pension number in the new text of a reply")

# 046 ホテルへ 法人カード番号（研修宿泊の保証）
card = next_card()
add(46, sender=ONODERA, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"], charset="utf-8",
    subject="Re: 新入社員研修 宿泊予約（4/6〜4/10）ギャランティについて",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の小野寺です。
ご依頼いただいたギャランティ用のカード情報をお送りします。

  カード番号：{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}
  有効期限　：09/29
  名義　　　：HINODE SANGYO CO LTD

請求書払いの手続きが間に合わない場合はこちらで決済してください。
{SIG_ONODERA}""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number in the body, even a corporate card")

# 047 ビル管理会社へ 障害者手帳の情報（氏名つき）
x = make_people(1, grad=0)[0]
add(47, sender=TODO, to=[BLDG], charset="iso-2022-jp",
    subject="入館証発行とバリアフリー対応のご相談",
    body=f"""栄ビルマネジメント 管理事務所 ご担当者様

いつもお世話になっております。日の出産業 総務の藤堂です。
4月1日入社の社員について、入館証の発行と設備面のご相談です。

　氏名：{x['name']}
　身体障害者手帳 1種2級（両下肢機能障害）、車椅子を使用

つきましては、
　・地下駐車場の車椅子用区画の利用
　・5F 多目的トイレの扉の自動化の可否
についてご検討いただけますでしょうか。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's disability (障害者手帳) goes to the building manager")

# 048 ビル管理会社へ 車椅子利用者1名（氏名なし）
add(48, sender=TODO, to=[BLDG], charset="utf-8",
    subject="5F 多目的トイレの改修について",
    body=f"""栄ビルマネジメント ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
4月に営業二課へ入社予定の社員1名が車椅子を利用されるため、
5F 多目的トイレの扉を自動ドアに改修できないかご相談させてください。
工事費の負担区分についてもご教示いただけますと幸いです。
{SIG_TODO}""",
    expect="either", entities=[], detectors=[],
    note="wheelchair use of one unnamed but identifiable new hire: disability or just a facilities request?")

# 049 ホテルへ 宗教上の配慮（氏名つき）
add(49, sender=ONODERA, to=["さくらホテル 料飲部 <fb@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="研修期間中のお食事について（ハラール対応）",
    body=f"""さくらホテル 料飲部 ご担当者様

お世話になっております。日の出産業 人事課の小野寺です。
4月6日からの新入社員研修でご宿泊の
アフマド・ビン・ハリド（AHMAD BIN KHALID）さんはイスラム教を信仰されており、
豚肉・アルコールを含まないお食事をご用意いただきたく存じます。
また、日中に礼拝のため小会議室を15分ほどお借りできれば幸いです。

ラマダン期間とは重なりませんが、念のためご本人にも確認しております。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named new hire's religion goes to the hotel")

# 050 法律事務所へ 内定者の逮捕歴
x = make_people(1)[0]
add(50, sender=ISHIKURA, to=[LAW], charset="iso-2022-jp",
    subject="【ご相談】内定者の経歴に関する件",
    body=f"""白川先生

お世話になっております。日の出産業 人事部の石倉です。
急ぎご相談させてください。

2026年4月入社予定の内定者 {x['name']}（{x['dob'].year}年生）について、
昨年11月に傷害の容疑で逮捕され、その後不起訴となっていたことが、
本人からの申告で判明しました。履歴書の賞罰欄には記載がありませんでした。

内定取消しの可否、あるいは入社後の対応について、ご見解をいただけますでしょうか。
{SIG_ISHIKURA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named 内定者's arrest goes outside, even to the company's lawyer")

# 051 研修会社へ 持病（てんかん）の配慮依頼
x = make_people(1)[0]
add(51, sender=ONODERA, to=["ラーニングゲート 講師 村瀬様 <murase@learninggate.co.jp>"], charset="utf-8",
    subject="研修受講者1名についての配慮のお願い",
    body=f"""村瀬様

お世話になっております。日の出産業の小野寺です。
来週の研修について、事前に共有させてください。

受講者の {x['name']} さんはてんかんの持病があり、服薬でコントロールされていますが、
強い光の点滅や睡眠不足で発作が起きる可能性があるとのことです。
動画教材の使用時はご配慮いただき、万一の際は以下の対応をお願いします。

　・周囲の物をどけ、横向きに寝かせる
　・5分以上続く場合は119番通報
　・人事課 小野寺（052-261-4470 内線5123）へ連絡

ご本人の了承を得て共有しております。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named trainee's epilepsy goes to an outside trainer")

# 052 研修会社へ 配慮一般の言及（個人なし）
add(52, sender=ONODERA, to=[LEARN], charset="iso-2022-jp",
    subject="Re: 研修当日の運営について",
    body=f"""ラーニングゲート ご担当者様

お世話になっております。小野寺です。
当日の運営について承知いたしました。

健康上の理由やアレルギー等で配慮が必要な受講者がいる場合は、
個人情報のため、詳細はメールではなく当日朝に口頭でお伝えいたします。
昼食のお弁当は、こちらで個別に手配済みです。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[],
    note="mentions health and allergies in general, no person")

# 053 社労士へ 氏名列のないCSV（生年月日・住所・電話）
p = make_people(6, grad=3)
rows = [["管理No", "性別", "生年月日", "郵便番号", "住所", "電話番号", "雇用形態"]]
for i, x in enumerate(p, 1):
    rows.append([f"N-{i:03d}", x["sex"], ymd(x["dob"], "-"), x["zip"], x["addr"], x["phone"],
                 rng.choice(["正社員", "正社員", "契約社員", "パート"])])
add(53, sender=ISHIKURA, to=[SR2], charset="utf-8",
    subject="4月入社 パート・契約社員を含む6名分の基本情報",
    body=f"""山吹社会保険労務士法人 手続きチーム ご担当者様

お世話になっております。日の出産業 労務の石倉です。
4月入社者の基本情報（CSV）をお送りします。
氏名は管理Noとの対応表を別途お送りしますので、先に加入要否の判定を
お願いできますでしょうか。パートの方は週20時間勤務の予定です。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "csv", "name": "入社者基本情報_0401.csv", "rows": rows, "encoding": "utf-8"}],
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six people's records without a name column: birth dates, addresses, phones")

# 054 健診クリニックへ 文章中に5名の生年月日と電話
p = make_people(5, grad=2)
prose = (f"まず、{p[0]['name']}さん（{wareki(p[0]['dob'])}生、携帯 {p[0]['phone']}）と"
         f"{p[1]['name']}さん（{wareki(p[1]['dob'])}生、携帯 {p[1]['phone']}）は3月24日午前を希望しています。\n"
         f"次に、中途の{p[2]['name']}さんは{wareki(p[2]['dob'])}生まれで、平日夕方のみ可とのこと"
         f"（連絡先 {p[2]['phone']}）。\n"
         f"{p[3]['name']}さん（{ymd(p[3]['dob'], '.')}生）は前職の健診結果を提出予定でしたが、"
         f"受診日が4か月前のため、やはり受診をお願いしたいです。携帯は {p[3]['phone']} です。\n"
         f"最後に{p[4]['name']}さん（{wareki(p[4]['dob'], 'short')}生／{p[4]['phone']}）は、"
         f"土曜日の受診が可能であれば土曜を希望されています。")
add(54, sender=ONODERA, to=[KENSHIN], charset="iso-2022-jp",
    subject="中途・追加入社者5名の健診日程について",
    body=f"""さかえ健診クリニック 予約係 ご担当者様

お世話になっております。日の出産業の小野寺です。
追加の5名について、それぞれのご希望をお伝えします。

{prose}

日程が確定しましたら、ご本人へ直接ご連絡いただいて構いません。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's birth dates and mobiles written in running text")

# 055 社宅管理会社へ 1人1ブロックの入居者情報（5名・緊急連絡先）
p = make_people(5)
blocks = []
for x in p:
    pgiven, parent = rng.choice([("正樹", "父"), ("和子", "母"), ("浩二", "父"), ("恵美", "母"),
                                 ("隆", "父"), ("裕子", "母")])
    blocks.append(f"""■ {x['name']}（{x['kana']}）
　生年月日：{wareki(x['dob'])}
　携帯電話：{fw(x['phone'])}
　入居日　：4月{rng.randint(1, 5)}日
　緊急連絡先：{x['sei']} {pgiven}（{parent}）{landline()}""")
add(55, sender=TODO, to=["中部住宅管理 社宅担当 <shataku@chubu-jutaku-kanri.co.jp>"], charset="cp932",
    subject="独身寮 入居者情報のご連絡（4月入社5名）",
    body=f"""中部住宅管理株式会社
社宅担当 ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
千種寮に入居予定の新入社員5名の情報をお送りします。
鍵の受け渡しは各入居日の10時に寮管理人室でお願いします。

{chr(10).join(blocks)}

以上、よろしくお願いいたします。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five one-record-per-block entries with birth dates, mobiles and family contacts")

# 056 社内：給与チーム→人事（マイナンバー・口座を含む一覧）
p = make_people(7, grad=5)
rows = [["社員番号", "氏名", "生年月日", "個人番号", "振込銀行", "支店", "種別", "口座番号"]]
for x in p:
    rows.append([x["empno"], x["name"], ymd(x["dob"]), next_mn(), "みどり銀行",
                 rng.choice(["栄支店", "名駅支店", "千種支店", "本店営業部"]), "普通",
                 f"{rng.randint(1000000, 9999999)}"])
add(56, sender=IWASA, to=[ISHIKURA], cc=[ONODERA], charset="iso-2022-jp",
    subject="4月入社者 給与マスタ登録内容の確認依頼",
    body=f"""石倉さん
（cc 小野寺さん）

お疲れさまです。給与チームの岩佐です。
4月入社者7名の給与マスタ登録内容を添付します。
個人番号・口座番号を本人提出書類と突合していただけますか。
4/10までに戻していただければ初回給与に間に合います。
{SIG_IWASA}""",
    attachments=[{"kind": "xlsx", "name": "給与マスタ登録_4月入社.xlsx", "sheets": {"登録内容": rows}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=[], note="all recipients internal: My Numbers and accounts may circulate inside")

# 057 社内（サブドメイン）：健診結果の要再検査者一覧
p = make_people(5, grad=3)
findings = ["血圧高値（要再検査）", "肝機能 ALT 高値（要精密）", "胸部X線 要精密", "貧血（要再検査）", "心電図 所見あり（要精密）"]
lines = "\n".join(f"  {pad(x['name'], 14)} {findings[i]}" for i, x in enumerate(p))
add(57, sender=ISHIKURA, to=["産業保健スタッフ 川口 <kawaguchi.nao@mail.hinode-sangyo.co.jp>"],
    charset="utf-8",
    subject="雇入時健診 有所見者のフォローについて",
    body=f"""川口さん

お疲れさまです。石倉です。
雇入時健診で所見のあった5名です。保健指導の日程調整をお願いします。

{lines}

森下先生との面談が必要な方がいれば教えてください。
{SIG_ISHIKURA}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health findings sent only to an internal subdomain address")

# 058 社内：身元保証書の回収状況（保証人住所）
p = make_people(5)
lines = []
for x in p:
    gz, gt = rng.choice(ADDRS)
    lines.append(f"{x['name']}\t保証人：{x['sei']} {'（'.join(rng.choice([('博之', '父'), ('幸子', '母'), ('誠一', '叔父'), ('美代子', '母')]))}）\t"
                 f"{gt.format(a=rng.randint(1, 5), b=rng.randint(1, 30), c=rng.randint(1, 20))}\t"
                 f"{landline()}\t"
                 f"{rng.choice(['回収済', '回収済', '未回収'])}")
add(58, sender=ONODERA, to=[ISHIKURA, IMAIZUMI], charset="utf-8",
    subject="身元保証書 回収状況（3/20時点）",
    body=f"""石倉さん、今泉さん

お疲れさまです。小野寺です。
身元保証書の回収状況です。未回収の方には今週中に再度連絡します。

氏名\t保証人\t保証人住所\t電話\t状況
{chr(10).join(lines)}

極度額の記載漏れがあった2通は差し戻し済みです。
{SIG_ONODERA}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="guarantors' addresses, but every recipient is internal")

# 059 社内：パスワード付きPDFの雇用契約書（内部宛て）
add(59, sender=ONODERA, to=[ISHIKURA], cc=[IMAIZUMI], charset="iso-2022-jp",
    subject="雇用契約書（締結済み）スキャンデータ",
    body=f"""石倉さん

締結済みの雇用契約書14名分をスキャンしました。
パスワードはいつものものです（人事共有の鍵管理表を参照）。
原本は人事キャビネットに保管しています。
{SIG_ONODERA}""",
    attachments=[{"kind": "pdf", "name": "雇用契約書_2026新卒_締結済.pdf", "password": "jinji-2026",
                  "lines": ["雇用契約書（締結済）14名分"]}],
    expect="pass", entities=[], detectors=[],
    note="an encrypted PDF, but all recipients are internal")

# 060 社内：社外秘の採用計画（内部宛て）
add(60, sender=IMAIZUMI, to=["人事部長 佐久間 <sakuma.hideo@hinode-sangyo.co.jp>"], cc=[ONODERA],
    charset="utf-8",
    subject="【社外秘】2027年度 採用計画（案）",
    body=f"""佐久間部長

お疲れさまです。今泉です。
2027年度の採用計画案を作成しましたのでご確認ください。
新卒16名・中途8名、うち技術系を10名とする案です。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "docx", "name": "2027採用計画案.docx", "page_header": "社外秘",
                  "paragraphs": ["2027年度 採用計画（案）", "新卒：16名（技術10／事務6）", "中途：8名"]}],
    expect="pass", entities=[], detectors=[],
    note="a 社外秘 document, but only to internal recipients")

# 061 内定者への返信（引用に本人のマイナンバー・口座）
x = make_people(1)[0]
mn = next_mn()
add(61, sender=ONODERA, to=[f"{x['name']} <{x['mail']}>"], charset="iso-2022-jp",
    subject="Re: 入社書類について質問です",
    body=f"""{x['sei']}様

ご連絡ありがとうございます。人事課の小野寺です。
メールに番号を書いていただいた分は、こちらで削除いたしました。
お手数ですが、書類の原本は同封の封筒で郵送してください。
今後は番号類をメールに記載しないようお願いいたします。

人事課 小野寺

On Thu, 26 Feb 2026 at 21:14, {x['name']} <{x['mail']}> wrote:
> 日の出産業 人事課 小野寺様
>
> お世話になっております。{x['name']}です。
> 書類の書き方が分からなかったので、先にメールでお伝えします。
> マイナンバー：{mn}
> 給与振込口座：みどり銀行 千種支店 普通 {rng.randint(1000000, 9999999)}
> これで大丈夫でしょうか。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="the My Number and account are only in the quoted mail of the recipient herself")

# 062 社労士への返信：新しい本文で個人番号を訂正
x = make_people(1, grad=0)[0]
mn = next_mn()
add(62, sender=ISHIKURA, to=[SR], charset="cp932",
    subject="RE: 【山吹SR】個人番号の不一致について",
    body=f"""柏木様

お世話になっております。石倉です。
ご本人に確認したところ、届出書の転記ミスでした。正しくは以下のとおりです。

　{x['name']}　個人番号 {mn}

大変失礼いたしました。再申請のほどよろしくお願いいたします。

石倉

差出人: 柏木 <kashiwagi@yamabuki-sr.jp>
送信日時: 2026年4月3日 10:05
宛先: 石倉 由紀子
件名: 【山吹SR】個人番号の不一致について

石倉様
資格取得届のうち1名、個人番号が住基ネットの照会結果と一致しませんでした。
ご確認をお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="the corrected My Number is in the new text of the reply, not the quote")

# 063 FW: 内定者本人のメール（通院歴）を社外の産業医へ転送
x = make_people(1)[0]
add(63, sender=ISHIKURA, to=[SANGYOI], charset="iso-2022-jp",
    subject="FW: 入社前のご相談",
    body=f"""森下先生

いつもお世話になっております。石倉です。
内定者からこのような相談が届きました。入社後の配属先や勤務時間について、
産業医のお立場からご助言いただけますでしょうか。

-------- 転送メッセージ --------
差出人: {x['name']} <{x['mail']}>
件名: 入社前のご相談
日付: 2026/02/18 22:31

日の出産業 人事部 石倉様

内定者の{x['name']}です。入社前にお伝えしておきたいことがあり、ご連絡しました。
大学3年の秋からうつ病で心療内科に通院しており、現在も月1回通院して
服薬を続けています。主治医からは就労可能と言われていますが、
当面は残業の少ない部署を希望したいと考えております。
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward of a 内定者's own mail about depression treatment to an outside doctor")

# 064 紹介会社の内定者リスト（メール添付）を研修会社へ転送
p = make_people(6)
inner_lines = "\n".join(f"{i}. {x['name']}　{x['mail']}　{x['phone']}" for i, x in enumerate(p, 1))
add(64, sender=ONODERA, to=[LEARN], charset="utf-8",
    subject="FW: 【キャリアリンク】内定者連絡先一覧（事前課題配信用）",
    body=f"""ラーニングゲート ご担当者様

お世話になっております。小野寺です。
事前課題の配信先として、紹介会社経由の内定者6名の連絡先を
転送いたします（元メールを添付しています）。配信をお願いします。
{SIG_ONODERA}""",
    attachments=[{"kind": "eml", "name": "内定者連絡先一覧.eml", "message": {
        "sender": AGENT1, "to": [ONODERA], "charset": "iso-2022-jp",
        "subject": "【キャリアリンク】内定者連絡先一覧（事前課題配信用）",
        "body": f"""日の出産業 小野寺様

いつもお世話になっております。キャリアリンクの坂口です。
弊社経由でご入社予定の6名の連絡先をお送りいたします。

{inner_lines}

よろしくお願いいたします。
キャリアリンク株式会社 坂口
"""}}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded mail (attached .eml) with six people's private mail and phones")

# 065 制服業者の見積を運送会社へ転送（配送相談）
add(65, sender=TODO, to=["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="FW: 【お見積】作業服・安全靴 一式",
    body=f"""青葉運輸 名古屋営業所 ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
下記の納品物を名古屋工場から各営業所（豊橋・岐阜・四日市）へ
分納したいので、運賃のお見積りをお願いできますでしょうか。
段ボール計6箱、総重量およそ48kgです。

----- Forwarded Message -----
From: ユニフォームささき 岡田
Subject: 【お見積】作業服・安全靴 一式

見積番号：Q-2026-0312
　作業服上下（HS-2201/2230）14組　単価 8,400円
　安全靴（SF-77）14足　単価 6,200円
　合計　204,400円（税別）
""",
    expect="pass", entities=[], detectors=[],
    note="forward of a price quote with product codes and amounts only")

# 066 社労士へ 一般的な質問
add(66, sender=ISHIKURA, to=[SR], charset="utf-8",
    subject="試用期間中の社会保険加入についてのご質問",
    body=f"""柏木様

お世話になっております。日の出産業の石倉です。
新任の課長から質問を受けたので、確認させてください。

1. 試用期間中（3か月）の社員も、入社日から健康保険・厚生年金の加入が必要、
   という理解でよろしいでしょうか。
2. 週20時間未満のパートで、2か月以内の契約の場合の雇用保険の扱い。
3. 資格取得届の提出期限（5日以内）に土日祝は含まれるか。

社内説明資料を作るため、根拠条文もあわせて教えていただけると助かります。
{SIG_ISHIKURA}""",
    expect="pass", entities=[], detectors=[], note="general procedural questions to the 社労士")

# 067 社労士へ 人数の集計のみ
add(67, sender=ISHIKURA, to=[SR2], charset="iso-2022-jp",
    subject="4月入社者の概要（手続き件数のご連絡）",
    body=f"""手続きチーム ご担当者様

お世話になっております。石倉です。
4月の手続き件数の見込みをお知らせします（個人データは後日お送りします）。

　正社員（新卒）　　　 9名
　正社員（中途）　　　 3名
　契約社員　　　　　　 1名
　パート（社保対象外） 2名
　―――――――――――――
　合計　　　　　　　　15名

被扶養者の届出は3件の見込みです。
{SIG_ISHIKURA}""",
    expect="pass", entities=[], detectors=[], note="head-counts only, no records")

# 068 社労士へ 雇用保険 4名（タブ区切り）— 閾値未満
p = make_people(4, grad=1)
tsv = "\n".join(f"{x['name']}\t{x['kana']}\t{ymd(x['dob'])}\t{rng.choice(['あり', 'なし'])}" for x in p)
add(68, sender=ISHIKURA, to=[SR2], charset="utf-8",
    subject="雇用保険 資格取得（4/16入社 4名）",
    body=f"""手続きチーム ご担当者様

お世話になっております。石倉です。
4月16日入社の4名分です。前職の被保険者証は本人から回収次第お送りします。

氏名\tフリガナ\t生年月日\t前職の雇用保険
{tsv}

よろしくお願いします。
{SIG_ISHIKURA}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's records: under the five-person threshold, may be warned")

# 069 社労士へ 被扶養者異動届のデータ（旧形式XLS・個人番号）
p = make_people(3, grad=0)
rows = [["被保険者", "被扶養者氏名", "続柄", "生年月日", "個人番号", "同居"]]
rel = [("妻", 1986, "和美"), ("長女", 2014, "咲良"), ("長男", 2017, "陽太"), ("妻", 1990, "智子"),
       ("長男", 2021, "悠真"), ("母", 1958, "芳江")]
for i, (r, y, g) in enumerate(rel):
    holder = p[0] if i < 3 else (p[1] if i < 5 else p[2])
    if r == "妻" and holder["sex"] == "女":
        r, g = "夫", {"和美": "和也", "智子": "智之"}[g]
    rows.append([holder["name"], f"{holder['sei']} {g}", r,
                 f"{y}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}", next_mn(), "同居"])
add(69, sender=ISHIKURA, to=[SR], charset="cp932",
    subject="被扶養者（異動）届 作成用データ",
    body=f"""柏木様

お世話になっております。石倉です。
中途入社3名の被扶養者届の作成用データです（Excel 97-2003形式ですみません）。
続柄の確認書類は郵送いたします。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "xls", "name": "被扶養者届データ.xls", "sheets": {"被扶養者": rows}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="six dependants' My Numbers and birth dates in a legacy XLS")

# 070 生命保険会社へ 団体保険加入者（HTMLのみ・表）
p = make_people(6, grad=4)
trs = "\n".join(f"<tr><td>{x['name']}</td><td>{x['kana']}</td><td>{x['sex']}</td><td>{wareki(x['dob'])}</td>"
                f"<td>〒{x['zip']} {x['addr']}</td></tr>" for x in p)
add(70, sender=ISHIKURA, to=["東海生命 団体保険部 <dantai@tokai-seimei.co.jp>"], charset="utf-8",
    subject="団体定期保険 新規加入者のご連絡（4月入社分）",
    html=f"""<html><body>
<p>東海生命保険株式会社 団体保険部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 人事部の石倉です。<br>
団体定期保険（総合福祉団体定期）の新規加入者をご連絡いたします。加入日は2026年4月1日です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>性別</th><th>生年月日</th><th>住所</th></tr>
{trs}
</table>
<p>保険料の精算は5月分からでお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 労務グループ 石倉 由紀子<br>TEL 052-261-4475</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six people's birth dates and addresses")

# 071 内定者へ 入社日スケジュール（HTMLのみ・予定表）
x = make_people(1)[0]
add(71, sender=SAIYO, to=[x["mail"]], charset="utf-8",
    subject="4月1日（入社日）のスケジュール",
    html=f"""<html><body>
<p>{x['name']} さん</p>
<p>日の出産業 採用チームです。入社日当日のスケジュールをお送りします。</p>
<table border="1" cellpadding="3">
<tr><th>時間</th><th>内容</th><th>場所</th></tr>
<tr><td>8:40</td><td>集合・受付</td><td>本社1F ロビー</td></tr>
<tr><td>9:00</td><td>入社式</td><td>10F 大会議室</td></tr>
<tr><td>10:30</td><td>入社手続き（書類提出・社員証撮影）</td><td>5F 人事部</td></tr>
<tr><td>13:00</td><td>PC配布・アカウント設定</td><td>5F 会議室B</td></tr>
<tr><td>15:00</td><td>制服の受け取り・試着</td><td>1F 更衣室</td></tr>
</table>
<p>持ち物：印鑑、筆記用具、雇用契約書（署名済み）、身元保証書</p>
</body></html>""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a schedule table in HTML mail to one 内定者")

# 072 イベント会社へ 取扱注意フッタのPPTX（入社式の進行）
add(72, sender=ONODERA, to=["イベント工房 ディレクター 新美様 <niimi@event-kobo.co.jp>"], charset="iso-2022-jp",
    subject="入社式 進行台本（最新版）",
    body=f"""イベント工房 新美様

お世話になっております。日の出産業の小野寺です。
入社式の進行台本の最新版をお送りします。
社長挨拶の原稿は当日まで変更の可能性があります。
{SIG_ONODERA}""",
    attachments=[{"kind": "pptx", "name": "入社式_進行台本_v3.pptx", "page_footer": "取扱注意",
                  "slides": [["2026年度 入社式 進行", "9:00 開式の辞", "9:05 社長挨拶", "9:25 辞令交付"],
                             ["社長挨拶（原稿）", "今期の業績見通しと中期計画の要点", "新工場計画について"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides stamped 取扱注意 go to an outside event company")

# 073 内定者へ 会社紹介スライド（マークなし）
x = make_people(1)[0]
add(73, sender=IMAIZUMI, to=[x["mail"]], charset="utf-8",
    subject="先日の内定者座談会の資料です",
    body=f"""{x['sei']}さん

こんにちは、採用チームの今泉です。
座談会では質問をたくさんありがとうございました。
当日お見せしたスライドをお送りしますので、ご家族にも見せてあげてください。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "pptx", "name": "会社紹介_内定者座談会.pptx",
                  "slides": [["日の出産業ってどんな会社？", "創業1962年", "従業員数 820名"],
                             ["入社1年目の流れ", "4月 全体研修", "5月〜 配属・OJT"]]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="public company-introduction slides to one 内定者")

# 074 印刷会社へ 式次第（来賓＝企業の役職者の一覧）PDF
add(74, sender=ONODERA, to=["錦印刷 営業部 小島様 <kojima@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="入社式 式次第の印刷のお願い",
    body=f"""錦印刷 小島様

お世話になっております。小野寺です。
入社式の式次第（A4二つ折り・60部）の印刷をお願いします。
データをPDFでお送りします。3月27日納品でお願いできますでしょうか。
{SIG_ONODERA}""",
    attachments=[{"kind": "pdf", "name": "式次第_2026入社式.pdf", "title": "2026年度 入社式 式次第",
                  "lines": ["2026年度 日の出産業株式会社 入社式", "日時 2026年4月1日 9:00", "ご来賓"],
                  "table": [["ご来賓", "会社", "役職"],
                            ["川崎 一郎 様", "川崎電機株式会社", "代表取締役社長"],
                            ["青山 修 様", "青葉運輸株式会社", "常務取締役"],
                            ["緑川 聡 様", "株式会社みどり銀行 栄支店", "支店長"],
                            ["北村 彩 様", "北国フーズ株式会社", "取締役"],
                            ["錦織 亮介 様", "錦印刷株式会社", "営業部長"]]}],
    expect="pass", entities=[], detectors=[],
    note="a programme listing guests by company and title: business people, no personal records")

# 075 印刷会社へ 入社案内パンフ（請求書の登録番号に言及）
tno = "T" + corp_no("180001046112")
add(75, sender=TODO, to=["錦印刷 経理 <keiri@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="入社案内パンフレット 請求書の登録番号について",
    body=f"""錦印刷株式会社 経理ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
入社案内パンフレット（発注番号 HNS-PO-260128-02、500部）の請求書を
受領いたしました。

請求書に記載の適格請求書発行事業者登録番号（{tno}）が、
弊社の取引先マスタの番号と異なっておりました。
社名変更等に伴う変更でしょうか。ご確認をお願いいたします。
{SIG_TODO}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice question quoting the printer's T-number: a company's number, not personal data")

# 076 社労士へ 暗号化なしZIP（CSV＋DOCX）入社書類一式 5名
p = make_people(5, grad=2)
csv_rows = [["氏名", "ﾌﾘｶﾞﾅ", "生年月日", "住所", "電話", "基礎年金番号"]]
csv_rows += [[x["name"], x["kana"], ymd(x["dob"]), x["addr"], x["phone"], x["pension"]] for x in p]
doc_tables = [[["氏名", "前職", "前職退職日", "雇用保険被保険者番号"]] +
              [[x["name"], rng.choice(["株式会社東邦精機", "丸栄商事株式会社", "―"]), rng.choice(["2026/02/28", "2026/03/15", "―"]),
                f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}-{rng.randint(0, 9)}"] for x in p]]
add(76, sender=ISHIKURA, to=[SR2], charset="iso-2022-jp",
    subject="入社書類一式（4/16入社 5名）",
    body=f"""手続きチーム ご担当者様

お世話になっております。日の出産業の石倉です。
4月16日入社の5名分の入社書類データを1つのZIPにまとめてお送りします。

　・入社者基本情報.csv
　・前職情報.docx

不足があればご連絡ください。
{SIG_ISHIKURA}""",
    attachments=[{"kind": "zip", "name": "入社書類_0416.zip", "files": [
        {"kind": "csv", "name": "入社者基本情報.csv", "rows": csv_rows, "encoding": "cp932"},
        {"kind": "docx", "name": "前職情報.docx", "paragraphs": ["前職情報（4/16入社）"], "tables": doc_tables}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a plain ZIP holding a CSV and a DOCX with five people's records and pension numbers")

# 077 内定者へ 空の様式をZIPで（暗号化なし）
x = make_people(1)[0]
add(77, sender=ONODERA, to=[f"{x['name']} 様 <{x['mail']}>"], charset="iso-2022-jp",
    subject="入社書類の様式（ダウンロード版）",
    body=f"""{x['name']} 様

日の出産業 人事課の小野寺です。
郵送した書類を紛失されたとのことでしたので、様式一式をお送りします。
印刷してご記入のうえ、郵送でご提出ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "zip", "name": "入社書類様式一式.zip", "files": [
        {"kind": "docx", "name": "身元保証書.docx",
         "paragraphs": ["身元保証書", "日の出産業株式会社 代表取締役 殿",
                        "本人氏名：＿＿＿＿＿＿　生年月日：＿＿年＿＿月＿＿日",
                        "保証人 住所：＿＿＿＿＿＿＿＿＿＿　氏名：＿＿＿＿＿＿　印",
                        "極度額：金300万円", "保証期間：5年"]},
        {"kind": "docx", "name": "給与振込口座届.docx",
         "paragraphs": ["給与振込口座届", "銀行名：＿＿＿＿　支店名：＿＿＿＿", "口座番号：＿＿＿＿＿＿＿"]},
        {"kind": "txt", "name": "記入上の注意.txt",
         "text": "・個人番号は同封の届出書にのみ記入してください。\n・保証人は独立して生計を営む成年者としてください。\n"}]}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="blank forms in a plain ZIP: field labels but no data")

# 078 紹介会社へ 壊れたPDF（入社承諾書）
add(78, sender=IMAIZUMI, to=[AGENT2], charset="utf-8",
    subject="入社承諾書（写し）送付の件",
    body=f"""ジョブステップ 松浦様

お世話になっております。日の出産業の今泉です。
ご紹介いただいた方の入社承諾書の写しをお送りします。
紹介手数料のご請求は入社日以降にお願いいたします。
{SIG_IMAIZUMI}""",
    attachments=[{"kind": "corrupt", "name": "入社承諾書_写し.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

# 079 内定者（キャリアメール）へ 持ち物のテキスト添付
add(79, sender=SAIYO, to=["hinata-s.0517@docomo.ne.jp"], charset="iso-2022-jp",
    subject="入社日の持ち物について",
    body=f"""内定者の皆さまへお送りしている持ち物リストを添付します。
スマートフォンで開けない場合はご連絡ください。
{SIG_SAIYO}""",
    attachments=[{"kind": "txt", "name": "mochimono.txt", "encoding": "utf-8",
                  "text": "入社日の持ち物\n1. 印鑑（シャチハタ不可）\n2. 雇用契約書（署名済み）\n3. 身元保証書\n"
                          "4. 年金手帳または基礎年金番号通知書\n5. 通勤経路届\n6. 上履き\n"}],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a checklist to one 内定者 on a carrier address")

# 080 研修施設へ 緊急連絡先一覧（TXT CP932）
p = make_people(6)
txt = "新入社員研修 緊急連絡先一覧（宿泊者）\r\n\r\n" + "\r\n".join(
    f"{x['name']}（{x['hira']}）　本人携帯：{x['phone']}　緊急連絡先：{x['sei']}（{rng.choice(['父', '母'])}）"
    f"{rng.choice(['090', '080'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for x in p)
add(80, sender=ONODERA, to=["三河研修センター 受付 <uketsuke@mikawa-kenshu.or.jp>"], charset="cp932",
    subject="宿泊研修 参加者の緊急連絡先",
    body=f"""三河研修センター 受付ご担当者様

お世話になっております。日の出産業の小野寺です。
4月20日からの宿泊研修について、施設規程により緊急連絡先一覧の
提出が必要とのことでしたので、添付にてお送りします。
{SIG_ONODERA}""",
    attachments=[{"kind": "txt", "name": "緊急連絡先一覧.txt", "text": txt, "encoding": "cp932"}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six trainees' and their families' phones in a Shift_JIS text file")

# 081 ホテルへ 研修参加者一覧（XLSX・タイトル行・食物アレルギー）
p = make_people(10)
allergy = ["", "", "卵", "", "そば", "", "", "えび・かに", "", "乳"]
rows = [["新入社員研修（4/6〜4/10）参加者一覧"], ["作成：日の出産業株式会社 人事課"], [],
        ["No", "氏名", "ﾌﾘｶﾞﾅ", "性別", "携帯", "食物アレルギー", "部屋割"]]
for i, x in enumerate(p, 1):
    rows.append([i, x["name"], x["kana"], x["sex"], x["phone"], allergy[i - 1] or "なし", f"{6}{rng.randint(10, 30)}"])
add(81, sender=ONODERA, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    cc=["さくらホテル 料飲部 <fb@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="研修参加者一覧（部屋割・アレルギー）",
    body=f"""さくらホテル 宿泊予約ご担当者様
（cc：料飲部様）

お世話になっております。日の出産業の小野寺です。
研修参加者の一覧をお送りします。食物アレルギーのある方が4名おりますので、
料飲部様でお食事のご対応をお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "研修参加者一覧.xlsx",
                  "sheets": {"参加者": rows, "日程": [["日付", "内容"], ["4/6", "チェックイン 17:00"], ["4/10", "チェックアウト 10:00"]]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ten trainees' mobiles with food-allergy notes in an XLSX")

# 082 ホテルへ 4名の宿泊者と携帯（閾値未満）
p = make_people(4, grad=0)
add(82, sender=ONODERA, to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"], charset="utf-8",
    subject="中途入社者研修 宿泊者のご連絡",
    body=f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の小野寺です。
中途入社者研修（4/20〜4/21、1泊）の宿泊者4名です。

 {p[0]['name']} 様　{p[0]['phone']}
 {p[1]['name']} 様　{p[1]['phone']}
 {p[2]['name']} 様　{p[2]['phone']}
 {p[3]['name']} 様　{p[3]['phone']}

チェックインが遅くなる方がいる場合、ご本人から直接連絡させます。
{SIG_ONODERA}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four guests with phone numbers: under the five-person threshold")

# 083 川崎電機の類似ドメイン（i → l）— 工場見学の日程
add(83, sender=IMAIZUMI, to=["川崎電機 総務部 <soumu@kawasaki-denkl.co.jp>"], charset="iso-2022-jp",
    subject="新入社員の工場見学のお願い",
    body=f"""川崎電機株式会社 総務部 ご担当者様

いつも大変お世話になっております。日の出産業の今泉です。
例年お願いしております新入社員の工場見学について、本年もお願いできますでしょうか。

　希望日：4月16日（木）または17日（金）の午後
　人数　：新入社員14名＋引率2名
　移動　：貸切バス

ご都合をお聞かせいただけますと幸いです。
{SIG_IMAIZUMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp puts an l for the i of the partner kawasaki-denki.co.jp")

# 084 正しい川崎電機へ 工場見学の確定連絡
add(84, sender=IMAIZUMI, to=["川崎電機 総務部 原田様 <harada@kawasaki-denki.co.jp>"], charset="utf-8",
    subject="Re: 新入社員の工場見学（4/17）",
    body=f"""原田様

ご快諾いただきありがとうございます。
4月17日（金）13:30 正門到着でお伺いいたします。

　人数：新入社員14名、引率 今泉・小野寺
　バス：名鉄観光バス 中型1台
　ヘルメットと安全靴は各自持参いたします

当日は何卒よろしくお願いいたします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[], note="visit confirmation to the partner, counts only")

# 085 青葉運輸へ 制服の自宅配送先（6名）
p = make_people(6, grad=4)
lines = "\n".join(f"{x['name']}様　〒{fw(x['zip'])}　{x['addr']}　TEL {x['phone']}　{rng.randint(1, 2)}個" for x in p)
add(85, sender=TODO, to=["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>"], charset="cp932",
    subject="集荷・配送依頼（新入社員 作業服 個人宅宛）",
    body=f"""青葉運輸 名古屋営業所 ご担当者様

お世話になっております。日の出産業 総務の藤堂です。
3月18日（水）午後に本社1F搬入口で集荷をお願いします。
配送先は新入社員の自宅6件です。時間指定は不要です。

{lines}

運賃は月末締めの請求でお願いします。
{SIG_TODO}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six private delivery addresses with phones to the carrier")

# 086 内部のつもりがハイフン区切りの類似ドメイン
add(86, sender=ONODERA, to=["人事部 今泉 <imaizumi.kenta@hinode-sangyo-co.jp>"], charset="iso-2022-jp",
    subject="入社書類チェックリスト（最新版）",
    body=f"""今泉さん

お疲れさまです。小野寺です。
入社書類チェックリストを更新しました。
「身元保証書の極度額」と「通勤経路届の地図添付」の項目を追加しています。
内定者へのメール送付前に一度ご確認ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "入社書類チェックリスト_v5.xlsx",
                  "sheets": {"チェックリスト": [["書類", "提出方法", "確認者"],
                                          ["雇用契約書", "原本", "人事課"],
                                          ["身元保証書（極度額記載）", "原本", "人事課"],
                                          ["通勤経路届（地図添付）", "原本", "総務課"]]}}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp replaces the dot of the internal domain with a hyphen")

# 087 北国フーズの類似ドメイン（s 脱落）— 研修弁当
add(87, sender=ONODERA, to=["北国フーズ 法人受注 <order@kitaguni-food.co.jp>"], charset="utf-8",
    subject="研修用お弁当の注文（4/2〜4/3）",
    body=f"""北国フーズ 法人受注ご担当者様

お世話になっております。日の出産業の小野寺です。
新入社員研修のお弁当を下記のとおり注文いたします。

  4/2（木）幕の内弁当 18食
  4/3（金）幕の内弁当 18食
  お届け：本社10F 大会議室、11:45

請求書は人事課宛でお願いします。
{SIG_ONODERA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp")

# 088 正しい北国フーズへ アレルギー対応数のみ
add(88, sender=ONODERA, to=["北国フーズ 法人受注 <order@kitaguni-foods.co.jp>"], charset="iso-2022-jp",
    subject="Re: 研修用お弁当の注文 アレルギー対応",
    body=f"""北国フーズ ご担当者様

お世話になっております。小野寺です。
先ほどの注文に、アレルギー対応食を追加させてください。

　卵不使用　　　：各日1食
　えび・かに不使用：各日1食

通常食はその分減らして、各日16食でお願いします。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[], note="allergy-free meal counts, nobody named")

# 089 大学キャリアセンター1校へ 入社報告
add(89, sender=IMAIZUMI, to=["東海工業大学 キャリアセンター 三輪様 <career@tokai-kogyo-u.ac.jp>"],
    charset="iso-2022-jp",
    subject="入社のご報告（貴学ご出身の2名）",
    body=f"""東海工業大学 キャリアセンター
三輪様

平素より大変お世話になっております。日の出産業の今泉です。
本年4月、貴学ご出身の2名が無事入社いたしましたのでご報告いたします。
2名とも生産技術部に配属となり、現在工場実習に取り組んでおります。

来年度の学内説明会にも、ぜひ参加させていただければ幸いです。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=[], note="a courtesy report to one university, no personal data")

# 090 市役所へ 住民税特別徴収の切替（1名）
x = make_people(1, grad=0)[0]
add(90, sender=IWASA, to=["名古屋市 市民税課 特別徴収係 <tokucho@city.nagoya.lg.jp>"], charset="utf-8",
    subject="特別徴収への切替申請（中途入社者）について",
    body=f"""名古屋市 財政局 市民税課 特別徴収係 ご担当者様

日の出産業株式会社（特別徴収義務者指定番号 0012345678）給与担当の岩佐と申します。
4月入社の中途社員について、普通徴収から特別徴収への切替を申請いたします。
申請書は本日郵送いたしましたが、念のため対象者をお知らせします。

  氏名　　：{x['name']}（{x['kana']}）
  生年月日：{wareki(x['dob'])}
  住所　　：{x['addr']}
  切替月　：2026年5月分から

お手数をおかけしますが、よろしくお願いいたします。
{SIG_IWASA}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one person's record to the city tax office: a single record may be warned")

# 091 身元保証人（内定者の父）へ 受領のお礼
add(91, sender=ONODERA, to=["祖父江 正樹 様 <m.sobue1964@yahoo.co.jp>"], charset="iso-2022-jp",
    subject="身元保証書ご提出の御礼",
    body=f"""祖父江 正樹 様

突然のご連絡失礼いたします。日の出産業株式会社 人事課の小野寺と申します。
このたびはご子息のご入社にあたり、身元保証書をご提出いただき、
誠にありがとうございました。確かに受領いたしました。

身元保証書の保証期間は5年、極度額は300万円となっております。
ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a thank-you to one guarantor on free mail")

# 092 社労士へ 身元保証人5名分の一覧（極度額の確認）
p = make_people(5)
lines = [f"{pad('本人', 12)}{pad('保証人', 14)}{pad('続柄', 6)}{pad('住所', 44)}電話",
         "-" * 90]
for x in p:
    gz, gt = rng.choice(ADDRS)
    gname, grel = rng.choice([("正樹", "父"), ("和子", "母"), ("浩二", "兄"), ("恵美", "母"), ("隆", "叔父")])
    lines.append(f"{pad(x['name'], 12)}{pad(x['sei'] + ' ' + gname, 14)}"
                 f"{pad(grel, 6)}{pad(gt.format(a=rng.randint(1, 5), b=rng.randint(1, 30), c=rng.randint(1, 20)), 44)}"
                 f"{landline()}")
add(92, sender=ISHIKURA, to=[SR], charset="utf-8",
    subject="身元保証書の極度額記載についてのご相談",
    body=f"""柏木様

お世話になっております。石倉です。
今年の入社者の身元保証書のうち、下記5名分について、極度額の記載欄が
旧様式のまま（空欄）で提出されていました。民法改正後の扱いとして、
再提出が必要か、補充で足りるかご教示いただけますでしょうか。

{chr(10).join(lines)}

再提出が必要な場合は、保証人様へ当社から直接ご連絡する予定です。
{SIG_ISHIKURA}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five guarantors' addresses and phones in a padded table to the 社労士")

# 093 法律事務所へ 身元保証人1名の情報（紛争相談）
x = make_people(1, grad=0)[0]
add(93, sender=ISHIKURA, to=[LAW], charset="iso-2022-jp",
    subject="身元保証人への請求の可否について",
    body=f"""白川先生

お世話になっております。石倉です。
先日ご相談した、入社3か月で退職した元社員の件です。
身元保証人の情報は以下のとおりです。

　保証人氏名：{x['name']}（本人の叔父）
　住所：〒{x['zip']} {x['addr']}
　電話：{x['phone']}
　保証書の極度額：200万円（2025年4月1日付）

請求の可否と、送付する書面の文案についてご助言をお願いいたします。
{SIG_ISHIKURA}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guarantor's contact details to the company's lawyer: a single record")

# 094 社労士へ 内定者の妊娠と産休予定
x = make_people(1, grad=0)[0]
add(94, sender=ISHIKURA, to=[SR], charset="utf-8",
    subject="入社直後の産前休業の取扱いについて",
    body=f"""柏木様

お世話になっております。石倉です。
4月入社予定の中途社員 {x['name']} さんから、現在妊娠中で、
7月下旬から産前休業に入りたいとの申し出がありました。

入社後すぐの産休となるため、以下をご教示いただけますでしょうか。
　1. 出産手当金の支給要件（被保険者期間）
　2. 育児休業の労使協定で「入社1年未満の者」を除外している場合の扱い
　3. 社会保険料免除の手続き時期
{SIG_ISHIKURA}""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="a named person's pregnancy to the 社労士: health-related, but not clearly 要配慮 under APPI")

# 095 研修会社へ 修了証の氏名のみ（8名）
p = make_people(8)
names = "、".join(x["name"] for x in p)
add(95, sender=ONODERA, to=[LEARN], charset="iso-2022-jp",
    subject="修了証の氏名表記について",
    body=f"""ラーニングゲート ご担当者様

お世話になっております。小野寺です。
ビジネスマナー研修の修了証について、氏名の表記をお送りします（旧字体にご注意ください）。

{names}

以上8名です。6名は研修当日欠席のため、後日の補講受講後に発行をお願いします。
{SIG_ONODERA}""",
    expect="pass", entities=[], detectors=[],
    note="a list of names with no other data about them")

# 096 社内宛てのはずが社労士が Cc に残ったまま（個人番号一覧）
p = make_people(5)
lines = "\n".join(f"{x['name']}　{ymd(x['dob'], '.')}　{next_mn()}" for x in p)
add(96, sender=ONODERA, to=[ISHIKURA, IWASA], cc=[SR], charset="iso-2022-jp",
    subject="Re: 個人番号の収集状況（新卒5名）",
    body=f"""石倉さん、岩佐さん

お疲れさまです。小野寺です。
新卒5名分の個人番号、全員分そろいました。番号確認書類とも突合済みです。

{lines}

給与システムへの登録は岩佐さんの方でお願いします。
{SIG_ONODERA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="internal thread, but the outside 社労士 is still in Cc: My Numbers leave the company")

# 097 リロケーション会社への返信（英語・引用に旅券番号）
add(97, sender=IMAIZUMI, to=[RELOC], charset="utf-8",
    subject="Re: Temporary apartment contract - signature needed",
    body=f"""Dear Ms. Walker,

Thank you. The contract looks fine; we will sign and return it by Friday.
Could you also send the invoice for the deposit to our accounting team
(keiri@hinode-sangyo.co.jp)?
{SIG_EN}
On Mon, 18 May 2026 at 10:02, Emma Walker <relocation@globalmove-japan.com> wrote:
> Dear Mr. Imaizumi,
>
> Please find the lease contract for the temporary apartment.
> Tenant: NGUYEN VAN THANH, passport C4817265, DOB 14 March 1994.
> Move-in: 28 May 2026. Please sign page 3.
""",
    expect="pass", entities=[], detectors=[],
    note="the passport data is only in the quoted mail from the recipient")

# 098 内定者（au）へ 課題提出のリマインド
add(98, sender=IMAIZUMI, to=["kanie-ren.7@ezweb.ne.jp"], charset="iso-2022-jp",
    subject="入社前課題の提出について（リマインド）",
    body=f"""蟹江さん

採用チームの今泉です。
入社前課題（レポート「社会人として大切にしたいこと」800字）の提出期限が
3月13日（金）となっております。提出はe-ラーニングのページからお願いします。

卒業論文でお忙しい時期かと思いますが、無理のない範囲で取り組んでください。
{SIG_IMAIZUMI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="a reminder to one 内定者 on a carrier address")

# 099 紹介会社へ 内定辞退の理由（適応障害の診断）
x = make_people(1, grad=0)[0]
add(99, sender=IMAIZUMI, to=[AGENT3], charset="utf-8",
    subject="【ご報告】{0}様 内定辞退の件".format(x["name"]),
    body=f"""ネクストワーク株式会社
大久保様

お世話になっております。日の出産業の今泉です。
ご紹介いただいた {x['name']} 様（{x['dob'].year}年生・営業職）より、本日内定辞退の連絡がありました。
ご本人の説明では、前職在籍中に適応障害と診断されて休職しており、
医師から当面は転職を控えるよう言われたとのことです。

残念ではございますが、ご本人の健康を第一に考え、了承いたしました。
後任候補のご紹介について、改めてご相談させてください。
{SIG_IMAIZUMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's diagnosis (適応障害) goes to the recruiting agency")

# 100 紹介会社へ 紹介手数料の請求書確認（登録番号）
tno = "T" + corp_no("301001093475")
add(100, sender=IMAIZUMI, to=[AGENT1], charset="iso-2022-jp",
    subject="紹介手数料 ご請求書の受領について",
    body=f"""キャリアリンク株式会社
坂口様

お世話になっております。日の出産業の今泉です。
4月1日入社の方の紹介手数料について、ご請求書を受領いたしました。

　請求書番号：CL-INV-2604-0213
　金額　　　：1,386,000円（税込）
　登録番号　：{tno}

4月30日に、ご指定の口座へお振込みいたします。
{SIG_IMAIZUMI}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice receipt with an invoice number and the agency's T-number")
