"""Blind corpus — 民間救急・介護タクシー (AREA = minkankyukyu, SEED = 11201).

日の出産業株式会社 民間救急事業部「ひので民間救急」(患者等搬送事業・介護タクシー) の送信メール:
病院の地域医療連携室や介護施設・ケアマネジャーからの転院／退院／通院搬送の依頼と回答、搬送中の
患者の容体報告、在宅酸素・ストレッチャー・車椅子の手配、ご家族への見積りや領収書、消防本部
(患者等搬送事業者の認定・119 番との連携) とのやり取り、運賃・請求・保険 (自動車保険・賠償・海外
旅行保険)、乗務員の勤務表・派遣・社労士手続き、配車システム (ツバサシステム) の移行など。
送信者はすべて @hinode-sangyo.co.jp (サブドメイン kyukyu.hinode-sangyo.co.jp /
mail.hinode-sangyo.co.jp も社内)。

Every person (patients, families, crew, contacts), every phone number, address, date of
birth, My Number, card number, licence / passport / residence-card / insurance / pension
number, and every external organisation and domain other than the partners named in
BRIEF.md is invented. Any resemblance to real people or organisations is coincidental.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 11201
rng = random.Random(SEED)
_seq = itertools.count(SEED)


def _mn() -> str:
    """next My Number (seeds go up by one per helper call, starting at SEED)."""
    return my_number(next(_seq))


def _cc() -> str:
    """next card number (same seed counter as _mn)."""
    return card_number(next(_seq))


def _corp(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_ZEN = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def _z(s: str) -> str:
    return s.translate(_ZEN)


def _wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1989:
        era, ab, ey = "平成", "H", y - 1988
    elif y >= 1926:
        era, ab, ey = "昭和", "S", y - 1925
    else:
        era, ab, ey = "大正", "T", y - 1911
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return _z(f"{era}{ey}年{m}月{d}日")
    return f"{y}/{m:02d}/{d:02d}"


_SURNAMES = [
    ("四十物", "アイモノ"), ("勅使河原", "テシガワラ"), ("小鳥遊", "タカナシ"), ("東海林", "ショウジ"),
    ("五百旗頭", "イオキベ"), ("百目鬼", "ドウメキ"), ("薬師寺", "ヤクシジ"), ("宇佐美", "ウサミ"),
    ("柳楽", "ナギラ"), ("比嘉", "ヒガ"), ("仲宗根", "ナカソネ"), ("轟", "トドロキ"),
    ("一ノ瀬", "イチノセ"), ("早乙女", "サオトメ"), ("鳥海", "トリウミ"), ("能登谷", "ノトヤ"),
    ("我妻", "ワガツマ"), ("及川", "オイカワ"), ("佐久間", "サクマ"), ("田所", "タドコロ"),
    ("吉備", "キビ"), ("御園", "ミソノ"), ("木暮", "コグレ"), ("桑折", "コオリ"),
    ("半田", "ハンダ"), ("三ッ木", "ミツギ"), ("杉浦", "スギウラ"), ("伊集院", "イジュウイン"),
    ("栗林", "クリバヤシ"), ("猪狩", "イガリ"), ("名嘉", "ナカ"), ("土師", "ハジ"),
    ("保坂", "ホサカ"), ("大喜多", "オオキタ"), ("相楽", "サガラ"), ("蛭田", "ヒルタ"),
    ("日下部", "クサカベ"), ("斑目", "マダラメ"), ("久保寺", "クボデラ"), ("向井", "ムカイ"),
    ("鬼頭", "キトウ"), ("雲野", "クモノ"), ("七尾", "ナナオ"), ("舟橋", "フナハシ"),
]
_OLD_GIVEN = [
    ("トシ子", "トシコ", "F"), ("繁", "シゲル", "M"), ("キヨ", "キヨ", "F"), ("正一", "ショウイチ", "M"),
    ("ハル", "ハル", "F"), ("勝利", "カツトシ", "M"), ("美代子", "ミヨコ", "F"), ("寅雄", "トラオ", "M"),
    ("千鶴", "チヅル", "F"), ("久雄", "ヒサオ", "M"), ("節子", "セツコ", "F"), ("政夫", "マサオ", "M"),
    ("フミ", "フミ", "F"), ("義明", "ヨシアキ", "M"), ("和子", "カズコ", "F"), ("栄作", "エイサク", "M"),
    ("ヨシエ", "ヨシエ", "F"), ("武", "タケシ", "M"), ("静江", "シズエ", "F"), ("源次郎", "ゲンジロウ", "M"),
    ("光代", "ミツヨ", "F"), ("清", "キヨシ", "M"), ("タマ", "タマ", "F"), ("幸吉", "コウキチ", "M"),
]
_YOUNG_GIVEN = [
    ("翔太", "ショウタ"), ("美穂", "ミホ"), ("大輝", "ダイキ"), ("沙織", "サオリ"), ("拓海", "タクミ"),
    ("遥", "ハルカ"), ("健吾", "ケンゴ"), ("真由", "マユ"), ("亮介", "リョウスケ"), ("彩花", "アヤカ"),
    ("隼人", "ハヤト"), ("詩織", "シオリ"), ("一馬", "カズマ"), ("奈々", "ナナ"), ("航", "ワタル"),
]
_TOWNS = ["緑ヶ丘", "港町", "汐見台", "本郷", "西浦", "桜木町", "若葉町", "北原", "浜田",
          "丸山", "東雲", "清水台", "中里", "柏木", "鶴見坂"]
_DX = ["脳梗塞後遺症（左片麻痺）", "慢性腎不全・維持透析", "COPD・在宅酸素療法", "大腿骨頸部骨折術後",
       "パーキンソン病", "アルツハイマー型認知症", "慢性心不全", "肺がん（緩和ケア）", "誤嚥性肺炎回復期",
       "頸髄損傷", "糖尿病性腎症", "ALS（筋萎縮性側索硬化症）"]


def _phone(mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.6
    if mobile:
        return f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return f"0465-{rng.randint(20, 89)}-{rng.randint(1000, 9999)}"


def _addr(city: str = "東浜市") -> tuple[str, str]:
    postal = f"250-0{rng.randint(100, 999)}"
    street = f"神奈川県{city}{rng.choice(_TOWNS)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    return postal, street


def _elder(n: int) -> list[dict]:
    names = rng.sample(_SURNAMES, n)
    out = []
    for sur, skana in names:
        given, gkana, sex = rng.choice(_OLD_GIVEN)
        y, m, d = rng.randint(1929, 1952), rng.randint(1, 12), rng.randint(1, 28)
        postal, street = _addr()
        out.append({"name": f"{sur} {given}", "kana": f"{skana} {gkana}", "sex": sex,
                    "dob": (y, m, d), "age": 2026 - y, "postal": postal, "street": street,
                    "tel": _phone(), "dx": rng.choice(_DX)})
    return out


def _crew(n: int) -> list[dict]:
    names = rng.sample(_SURNAMES, n)
    out = []
    for sur, skana in names:
        given, gkana = rng.choice(_YOUNG_GIVEN)
        y, m, d = rng.randint(1968, 2002), rng.randint(1, 12), rng.randint(1, 28)
        postal, street = _addr(rng.choice(["東浜市", "西浜市", "小田原市"]))
        out.append({"name": f"{sur} {given}", "kana": f"{skana} {gkana}", "dob": (y, m, d),
                    "postal": postal, "street": street, "tel": _phone(True)})
    return out


def _sig(name: str, email: str, role: str = "配車センター", tel: str = "0465-20-7110") -> str:
    return (
        "\n--\n"
        f"日の出産業株式会社 民間救急事業部 {role}\n"
        f"{name}\n"
        "〒250-0012 神奈川県東浜市港町2-14-8 ひので民間救急\n"
        f"TEL {tel}（24時間受付）　FAX 0465-20-7119\n"
        f"Mail {email}\n"
    )


def _sig2(name: str, email: str, title: str) -> str:
    return (
        "\n━━━━━━━━━━━━━━━━━━━━━━\n"
        f"　ひので民間救急（日の出産業株式会社）\n"
        f"　{title}　{name}\n"
        "　〒250-0012 東浜市港町2-14-8\n"
        "　フリーダイヤル 0120-37-1192 ／ 直通 0465-20-7125\n"
        f"　{email}\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
    )


def _sig_en(name: str, email: str, title: str) -> str:
    return (
        f"\nBest regards,\n\n{name}\n{title}\n"
        "Hinode Sangyo Co., Ltd. — Hinode Patient Transport Service\n"
        "2-14-8 Minatomachi, Higashihama, Kanagawa 250-0012, Japan\n"
        f"Tel +81-465-20-7110 | {email}\n"
    )


DISCLAIMER_JA = (
    "\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n"
)
DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information. If you are not "
    "the intended recipient, please notify the sender and delete it. Any unauthorised use "
    "is prohibited.\n"
)

HINODE_CORP = _corp("020001087312")

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

add(
    id="minkankyukyu-001",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["さくら台病院 地域医療連携室 <renkei@sakuradai-hp.or.jp>"],
    subject="転院搬送の手配完了のご連絡（4/18 さくら台病院→東和大学病院）",
    charset="iso-2022-jp",
    body="""医療法人社団青樹会 さくら台病院
地域医療連携室　仁科様

いつもお世話になっております。ひので民間救急の森永でございます。
昨日お電話でご依頼いただきました転院搬送につき、下記のとおり手配いたしました。

　患者様　　：四十物 繁 様（82歳・男性）
　搬送日時　：4月18日（土）10:30 3階東病棟にお迎え
　搬送先　　：東和大学医学部附属病院 整形外科病棟（11:30着予定）
　ご病状　　：右大腿骨頸部骨折 術後2週、アルツハイマー型認知症のため夜間不穏あり
　搬送方法　：ストレッチャー（仰臥位、患肢は枕で挙上）
　同乗　　　：ご長女様 1名

不穏がみられた場合に備えて、乗務員は救急救命士を含む2名体制といたします。
紹介状・画像CDはお迎え時に病棟でお預かりいたします。
変更がございましたら前日17時までにご連絡ください。
""" + _sig("森永 翔太", "s-morinaga@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's diagnosis (fracture, dementia) in new text to an external hospital: 要配慮個人情報",
)

add(
    id="minkankyukyu-002",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["特別養護老人ホーム ひだまりの里 生活相談員 <soudan@hidamari-kai.or.jp>"],
    subject="令和8年度 運賃・料金表の送付",
    charset="utf-8",
    body="""社会福祉法人ひだまり会
特別養護老人ホーム ひだまりの里
生活相談員 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ひので民間救急の桐谷でございます。

令和8年4月1日以降の運賃・料金表をPDFにてお送りいたします。
主な変更点は以下の2点です。
・深夜早朝加算（22時〜翌6時）を2割増から2割5分増へ改定
・ストレッチャー使用料を据え置き（3,300円）

施設内での掲示やご家族への説明にご活用いただけましたら幸いです。
ご不明点は配車センター（0465-20-7110）までお問い合わせください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    attachments=[{
        "kind": "pdf", "name": "ひので民間救急_運賃料金表_R8.pdf", "title": "運賃・料金表（令和8年度）",
        "lines": ["ひので民間救急　運賃・料金表（令和8年4月1日改定）", "",
                  "東浜市消防本部 患者等搬送事業者認定 第R2-017号", ""],
        "table": [["区分", "内容", "料金（税込）"],
                  ["迎車料金", "1回", "1,100円"],
                  ["運賃（時間制）", "30分ごと", "2,860円"],
                  ["運賃（距離制）", "初乗り2kmまで／以降283mごと", "730円／90円"],
                  ["ストレッチャー", "1回", "3,300円"],
                  ["車椅子（リクライニング）", "1回", "1,100円"],
                  ["酸素（ボンベ持参分）", "1Lあたり／分・時間", "550円"],
                  ["介助料（階段）", "1階層あたり", "1,650円"],
                  ["救急救命士同乗", "1時間ごと", "5,500円"],
                  ["深夜早朝加算", "22:00〜6:00", "25%増"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list PDF to a care home: business information, no people",
)

_p003 = _elder(6)
_rows003 = "\n".join(
    f"{d:<6}{t:<7}{p['name']:　<8}{p['street'][4:]:　<22}{p['tel']:<15}{memo}"
    for (d, t, memo), p in zip(
        [("5/12", "08:10", "透析通院・車椅子"), ("5/12", "13:30", "退院・ストレッチャー"),
         ("5/13", "09:00", "在宅酸素2L持参"), ("5/13", "10:45", "がん化学療法通院"),
         ("5/14", "07:50", "透析通院・車椅子"), ("5/14", "15:00", "精神科外来・付添あり")], _p003))
add(
    id="minkankyukyu-003",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 配車ご担当 <haisha@hokuto-iso.co.jp>"],
    subject="【応援依頼】5/12〜5/14 振替運行分のリスト",
    charset="cp932",
    body=f"""北斗ケア移送株式会社
配車ご担当者様

お世話になっております。ひので民間救急 配車センターの真壁です。
先日ご相談した車両入庫に伴う振替運行の件、ご快諾ありがとうございます。
お願いしたい6件を下記にまとめました。乗車地・連絡先は利用者様ご本人のものです。

日付  時刻   氏名            乗車地                                  電話           備考
------------------------------------------------------------------------------------------------
{_rows003}
------------------------------------------------------------------------------------------------

料金はこちらの料金表で精算し、月末締めで御社へお支払いします。
前日夕方に最終確認のお電話を差し上げます。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six patients' names, home addresses, phones and reasons (dialysis, chemo, psychiatry) in a padded list to another transport firm",
)

_p004 = _elder(5)
_blocks004 = "\n\n".join(
    f"■{i}便 {t}\n　利用者：{p['name']}（{p['age']}歳）\n　乗車地：{p['street']}\n"
    f"　連絡先：{p['tel']}\n　病状等：{p['dx']}\n　行先：{dest}"
    for i, (t, dest, p) in enumerate(zip(["07:40", "09:15", "11:00", "13:20", "16:00"],
                                         ["東浜中央クリニック（透析）", "市立みなと総合病院 外来",
                                          "さくら台病院 入院", "自宅（退院）", "東和大学病院 神経内科"],
                                         _p004), 1))
add(
    id="minkankyukyu-004",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["乗務員一同 <crew@kyukyu.hinode-sangyo.co.jp>"],
    cc=["桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>"],
    subject="明日（5/9）の配車表",
    charset="iso-2022-jp",
    body=f"""乗務員各位

お疲れさまです。真壁です。明日の配車表です。
2号車（ハイエース・ストレッチャー）は森永・杉浦ペア、3号車は単独運行です。

{_blocks004}

※4便は階段介助あり（2階、エレベーターなし）。2名で対応してください。
※酸素ボンベの残量は出庫前点検で必ず確認のこと。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="full dispatch sheet with diagnoses, but every recipient is internal (incl. the kyukyu. subdomain)",
)

_mn005 = _mn()
add(
    id="minkankyukyu-005",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["野々村社会保険労務士事務所 野々村先生 <office@nonomura-sr.jp>"],
    subject="新規採用者（民間救急事業部）の資格取得手続きのお願い",
    charset="utf-8",
    body=f"""野々村社会保険労務士事務所
野々村 先生

いつも大変お世話になっております。日の出産業 総務課の大城です。
6月1日付で民間救急事業部に乗務員1名を採用いたしましたので、
健康保険・厚生年金・雇用保険の資格取得手続きをお願いいたします。

　氏名（フリガナ）：轟 拓海（トドロキ タクミ）
　生年月日　　　　：平成9年2月23日
　個人番号　　　　：{_mn005[:4]} {_mn005[4:8]} {_mn005[8:]}
　基礎年金番号　　：2317-604815
　住所　　　　　　：神奈川県西浜市東雲3丁目7-12 コーポ汐見201
　報酬月額　　　　：248,000円（夜勤手当込み見込み）

扶養家族はおりません。雇用契約書の写しは別途郵送いたします。
よろしくお願いいたします。

日の出産業株式会社 総務課　大城 恵
TEL 0465-20-7001（代表）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new employee's My Number and basic pension number in the body to an outside labour-law office",
)

add(
    id="minkankyukyu-006",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["市立みなと総合病院 患者支援センター 砂川 <sunagawa.k@minato-gh.jp>"],
    subject="Re: 退院搬送のお願い（6/3 午後）",
    charset="iso-2022-jp",
    body="""砂川様

お世話になっております。ひので民間救急の森永です。
ご依頼ありがとうございます。6月3日 14:00 に5階西病棟へお迎えにあがります。
車両はストレッチャー対応の2号車、乗務員2名で伺います。
当日はナースステーションでお声がけいたします。

森永

> 森永様
>
> いつもありがとうございます。みなと総合病院 患者支援センターの砂川です。
> 下記の方の退院搬送をお願いできますでしょうか。
>
> 患者氏名：名嘉 光代 様（88歳）
> 病名：誤嚥性肺炎 回復期、脳梗塞後遺症で右片麻痺
> 退院先：東浜市鶴見坂2丁目11-4（ご自宅）
> 希望日：6月3日 午後
> ご家族連絡先：長男 名嘉 智史様 090-4417-2290
>
> よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient's data is only in the quoted request (> lines) from the same hospital; new text has none",
)

add(
    id="minkankyukyu-007",
    sender="システム担当 香坂 <t-kosaka@hinode-sangyo.co.jp>",
    to=["ツバサシステム 保守窓口 <support@tsubasa-sytem.jp>"],
    subject="配車システム v4.2 アップデート作業日程の件",
    charset="utf-8",
    body="""ツバサシステム株式会社
保守サポートご担当者様

お世話になっております。日の出産業 民間救急事業部の香坂です。
配車システム（DispaCare）v4.2 へのアップデート作業について、
作業日を下記いずれかでご調整いただけますでしょうか。

・6月10日（水）2:00〜5:00
・6月17日（水）2:00〜5:00

夜間も配車受付が止められないため、作業中は紙運用に切り替えます。
切替手順書の最新版があればご送付ください。
""" + _sig("香坂 俊", "t-kosaka@hinode-sangyo.co.jp", role="システム担当"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp: look-alike",
)

add(
    id="minkankyukyu-008",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["市立みなと総合病院 患者支援センター <shien@minato-gh.jp>",
        "ひだまりの里 施設長 <shisetsucho@hidamari-kai.or.jp>"],
    cc=["東浜市消防本部 救急課 <kyukyu@fire.city.higashihama.lg.jp>"],
    subject="第3回 東浜地区 転院搬送連絡会のご案内",
    charset="iso-2022-jp",
    body="""関係各位

いつもお世話になっております。ひので民間救急の桐谷です。
標記の連絡会を下記のとおり開催いたします。ご多忙のところ恐縮ですが、ご出席をお願いいたします。

日時：7月8日（水）15:00〜16:30
場所：東浜市総合福祉会館 2階 第1会議室
議題：
　1. 救急車の適正利用と民間救急への振り分け（消防本部様より）
　2. 夜間退院時の受け入れ体制（病院様・施設様）
　3. 酸素投与中の患者様の搬送手順の確認

出欠は7月1日までにご返信ください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (hospital, care home, fire department) see each other in To/Cc",
)

add(
    id="minkankyukyu-009",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["東邦メディカルガス 東浜営業所 <higashihama@toho-medgas.co.jp>"],
    subject="医療用酸素ボンベ 追加発注（6月分）",
    charset="cp932",
    body="""東邦メディカルガス株式会社
東浜営業所　ご担当者様

お世話になっております。日の出産業 民間救急事業部 車両管理の安達です。
6月分の医療用酸素を下記のとおり発注いたします。

品番　　　　　品名　　　　　　　　　　　数量　　納品希望
OX-500A　　　医療用酸素 500L（B型）　　 12本　　6/5
OX-1500C　　 医療用酸素 1500L（C型）　　 4本　　6/5
RG-22S　　　 酸素流量計（0〜15L/分）　　 2個　　6/12
NC-100　　　 経鼻カニューレ（成人用）　　50本　　6/12

空ボンベ16本は納品時にお引き取りをお願いします。
納品先：東浜市港町2-14-8 ひので民間救急 車庫（受取：安達または当直者）

注文番号：HN-PO-260601
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="pass",
    entities=[],
    detectors=[],
    note="an oxygen order with product codes and quantities: ordinary business mail",
)

_cc010 = _cc()
add(
    id="minkankyukyu-010",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["ペイステーション 加盟店サポート <merchant-support@paystation.co.jp>"],
    subject="電話受付分のカード決済（手入力）の代行依頼",
    charset="utf-8",
    body=f"""ペイステーション株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 経理課の岩淵です。
端末の不具合で当社側で手入力ができないため、下記1件の決済処理を代行いただけますでしょうか。

　ご利用者名義：YOSHIE TODOROKI（轟 ヨシエ様）
　カード番号　：{_cc010[:4]}-{_cc010[4:8]}-{_cc010[8:12]}-{_cc010[12:]}
　有効期限　　：09/28
　決済金額　　：38,720円（5/21 東浜→横浜 長距離搬送分）
　加盟店番号　：PS-0045127

処理完了後、承認番号をご返信ください。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number and expiry in the body to an external payment company",
)

add(
    id="minkankyukyu-011",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["鳥海 <toriumi.kazuya77@gmail.com>"],
    subject="長距離搬送のお見積り（東浜市→大阪府吹田市）",
    charset="iso-2022-jp",
    body="""鳥海 様

先ほどはお電話ありがとうございました。ひので民間救急の真壁です。
お問い合わせの長距離搬送について、概算のお見積りをお送りします。

　区間　　：東浜市内ご自宅 → 大阪府吹田市内の施設（約520km）
　想定時間：約8時間（休憩2回含む）
　車両　　：ストレッチャー対応車、乗務員2名（交代運転）

　運賃（時間制 8時間）　　　　45,760円
　迎車料金　　　　　　　　　　 1,100円
　ストレッチャー　　　　　　　 3,300円
　高速道路料金（実費見込み）　 12,900円
　乗務員帰路交通費（実費見込み）29,000円
　─────────────────────
　合計（税込・概算）　　　　　92,060円

ご家族の同乗は1名まで可能です（無料）。
日程が決まりましたら、1週間前までにご予約をお願いいたします。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a fare estimate to one private person on gmail; no health or personal data beyond the salutation",
)

_c012 = _crew(8)
add(
    id="minkankyukyu-012",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["大和安心損害保険 東浜支社 法人営業課 <fleet-higashihama@yamato-anshin-sonpo.co.jp>"],
    subject="フリート契約 運転者登録の更新（民間救急車両）",
    charset="utf-8",
    body="""大和安心損害保険株式会社 東浜支社
法人営業課　ご担当者様

お世話になっております。日の出産業の安達です。
7月1日更新のフリート契約について、運転者限定の登録者一覧をお送りします。
新たに2名（表の7・8行目）が加わっています。ご確認をお願いいたします。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    attachments=[{
        "kind": "xlsx", "name": "運転者登録一覧_2026.xlsx", "title": "運転者登録一覧",
        "sheets": {
            "運転者": [["民間救急車両 運転者登録一覧（2026年7月更新）"], [],
                       ["No", "氏名", "フリガナ", "生年月日", "運転免許証番号", "免許の色", "二種免許"]] + [
                [i, c["name"], c["kana"], f"{c['dob'][0]}/{c['dob'][1]}/{c['dob'][2]}",
                 f"30{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}",
                 rng.choice(["ゴールド", "ブルー"]), rng.choice(["有", "有", "無"])]
                for i, c in enumerate(_c012, 1)],
            "車両": [["登録番号", "車名", "用途"],
                     ["湘南 800 さ 11-92", "ハイエース（ストレッチャー）", "民間救急"],
                     ["湘南 800 さ 12-07", "ハイエース（ストレッチャー）", "民間救急"],
                     ["湘南 501 せ 46-10", "シエンタ（車椅子）", "介護タクシー"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="XLSX with eight drivers' names, dates of birth and driving-licence numbers to an insurer",
)

add(
    id="minkankyukyu-013",
    sender="香坂 俊 <t-kosaka@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業部 能登谷 <notoya@tsubasa-system.jp>"],
    subject="Re: 配車システム更改に伴う機密保持契約書（案）について",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
営業部　能登谷様

お世話になっております。日の出産業の香坂です。
機密保持契約書（案）をお送りいただきありがとうございました。
法務と確認し、以下2点の修正をお願いしたく、修正版を添付いたします。

1. 第2条（秘密情報の定義）に「利用者の個人情報」を明記すること
2. 第8条（有効期間）を契約終了後3年から5年に延長すること

データ移行の作業自体は、契約締結後に匿名化したテストデータで開始する想定です。
ご確認のほどよろしくお願いいたします。
""" + _sig("香坂 俊", "t-kosaka@hinode-sangyo.co.jp", role="システム担当"),
    attachments=[{
        "kind": "docx", "name": "機密保持契約書_案_日の出修正.docx", "title": "機密保持契約書（案）",
        "paragraphs": ["機密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」）とツバサシステム株式会社（以下「乙」）は、配車システムの更改に関し、以下のとおり契約を締結する。",
                       "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                       "第2条（秘密情報の定義）本契約において秘密情報とは、技術上・営業上の情報及び利用者の個人情報であって、開示の際に秘密である旨を明示したものをいう。",
                       "第8条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後5年間存続する。",
                       "（以下略）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA and its draft; the word 秘密情報 is contract text, not a classification stamp",
)

add(
    id="minkankyukyu-014",
    sender="事業部長 五十嵐 <h-igarashi@hinode-sangyo.co.jp>",
    to=["未来経営コンサルティング 佐伯様 <saeki@mirai-keiei.co.jp>"],
    subject="次回打合せ資料（増車計画）",
    charset="utf-8",
    body="""佐伯様

お世話になっております。日の出産業の五十嵐です。
来週の打合せで使う増車計画の表をお送りします。
西浜市への拠点展開と、夜間帯の2台体制化の試算を入れてあります。
数字の置き方にご意見いただければ幸いです。

五十嵐
""",
    attachments=[{
        "kind": "xlsx", "name": "増車計画_2026-2028.xlsx", "title": "民間救急事業 増車計画",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 民間救急事業部 社外秘",
        "sheets": {
            "計画": [["【社外秘】民間救急事業 増車・拠点計画（2026〜2028年度）"], [],
                     ["年度", "ストレッチャー車", "車椅子車", "拠点", "乗務員数", "売上見込（千円）", "営業利益（千円）"],
                     [2026, 3, 4, "東浜", 22, 168000, 9200],
                     [2027, 5, 5, "東浜・西浜", 31, 241000, 15800],
                     [2028, 6, 7, "東浜・西浜・小田原", 40, 322000, 24100]],
            "前提": [["項目", "値"], ["1台あたり月間運行件数", 118], ["平均単価（円）", 15400],
                     ["救命士人件費（月）", 410000], ["車両リース（月）", 186000]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the body is harmless but the attached workbook is stamped 社外秘 in title, header and footer",
)

add(
    id="minkankyukyu-015",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["介護付有料老人ホーム ゆうゆう苑 事務長 <jimu@yuyu-lifecare.co.jp>"],
    subject="東浜地区の主な受入医療機関（連携室直通）一覧",
    charset="iso-2022-jp",
    body="""ゆうゆう苑
事務長　向井様

先日はご来社いただきありがとうございました。ひので民間救急の桐谷です。
お話に出ました、当社がよく搬送でお伺いする医療機関の連携室窓口をまとめました。
入所者様の受診・入院調整の際にご活用ください。

医療機関名                      代表電話        連携室直通      受付時間
--------------------------------------------------------------------------------
市立みなと総合病院              0465-22-1101    0465-22-1180    平日 8:30-17:15
さくら台病院                    0465-34-7700    0465-34-7712    平日 9:00-17:00
東和大学医学部附属病院          0465-81-3000    0465-81-3144    平日 8:30-17:00
東浜中央クリニック（透析）      0465-20-5566    －              月〜土 7:00-21:00
西浜リハビリテーション病院      0465-47-2020    0465-47-2031    平日 9:00-17:30
浜田記念病院                    0465-63-0909    0465-63-0930    平日 9:00-16:30

夜間・休日の転院は各院とも当直医の判断となりますので、まず代表へおかけください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of hospitals with switchboard and department numbers: businesses, not people",
)

_p016 = _elder(7)
_tr016 = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{lv}</td><td>{dest}</td><td>{day}</td><td>{p['tel']}</td></tr>"
    for p, lv, dest, day in zip(
        _p016, ["要介護3", "要介護5", "要支援2", "要介護4", "要介護2", "要介護5", "要介護3"],
        ["東浜中央クリニック（透析）", "東和大学病院 腫瘍内科", "西浜リハビリ病院", "東浜中央クリニック（透析）",
         "みなと総合病院 精神科", "浜田記念病院 神経内科", "さくら台病院 循環器内科"],
        ["月水金", "第2・第4火", "毎週木", "火木土", "隔週月", "毎週水", "第1金"]))
add(
    id="minkankyukyu-016",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["居宅介護支援事業所つばき 相楽 <sagara@tsubaki-care.jp>"],
    subject="定期通院送迎の利用者様一覧（7月分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>居宅介護支援事業所つばき<br>相楽様</p>
<p>いつもお世話になっております。ひので民間救急の桐谷です。<br>
7月の定期通院送迎について、つばき様ご担当の利用者様を一覧にしました。<br>
曜日・行先に変更があれば、お手数ですが6/25までにお知らせください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>介護度</th><th>通院先</th><th>曜日</th><th>連絡先</th></tr>
{_tr016}
</table>
<p>引き続きよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 民間救急事業部 営業課<br>桐谷 美穂<br>TEL 0465-20-7110</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of seven users with care level, dialysis/oncology/psychiatry destinations and phones to an external care manager",
)

add(
    id="minkankyukyu-017",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["東和大学医学部附属病院 医事課 <iji-seikyu@towa-u-hosp.ac.jp>"],
    subject="5月分 搬送実績・請求明細の送付",
    charset="iso-2022-jp",
    body="""東和大学医学部附属病院
医事課　ご担当者様

いつもお世話になっております。日の出産業 経理課の岩淵です。
5月分の搬送実績と請求明細をお送りいたします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお知らせします。

ご確認のほどよろしくお願いいたします。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{
        "kind": "zip", "name": "搬送実績_202605.zip", "password": "Hn2605#tw",
        "files": [{"kind": "xlsx", "name": "搬送実績_202605.xlsx",
                   "sheets": {"5月": [["日付", "患者ID", "区間", "金額"],
                                      ["5/2", "TW-88120", "東和→自宅", 18400],
                                      ["5/9", "TW-90311", "東和→さくら台", 12650]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

add(
    id="minkankyukyu-018",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["市立みなと総合病院 救急外来 看護師長 <er-ns@minato-gh.jp>"],
    cc=["東浜市消防本部 救急課 <kyukyu@fire.city.higashihama.lg.jp>"],
    subject="転院搬送ガイドラインの改定案 打合せ日程",
    charset="iso-2022-jp",
    body="""みなと総合病院 救急外来 看護師長様
（cc：東浜市消防本部 救急課様）

お世話になっております。ひので民間救急の桐谷です。
先日の件、三者で改定案のすり合わせをさせていただきたく、日程をご相談させてください。

候補：
　① 6月24日（水）14:00〜
　② 6月26日（金）10:00〜
　③ 6月30日（火）15:30〜

場所は病院様の会議室をお借りできればと考えております。
ご都合のよい日をお知らせください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (hospital and fire department) in To/Cc: a normal three-way meeting mail",
)

_p019_spo2 = "88"
add(
    id="minkankyukyu-019",
    sender="乗務員 杉浦 大輝 <d-sugiura@kyukyu.hinode-sangyo.co.jp>",
    to=["ゆうゆう苑 看護職員 <kango@yuyu-lifecare.co.jp>"],
    subject="本日の搬送中の状態についてご報告",
    charset="utf-8",
    body=f"""ゆうゆう苑 看護ご担当者様

本日 14:05 にお迎えにあがりました、ひので民間救急の杉浦です。
搬送中の宇佐美 トシ子様のご様子についてご報告いたします。

出発時は SpO2 95%（酸素1L）でしたが、国道1号の渋滞中に {_p019_spo2}% まで低下し、
ご本人から息苦しさの訴えがありました。同乗の救命士の判断で酸素を2Lに上げ、
5分ほどで93%に回復しています。慢性心不全で利尿剤を服用中と伺っておりましたので、
念のため到着先のさくら台病院 循環器内科の外来看護師にも同じ内容を申し送りました。

帰りの便（16:30予定）は、病院の判断で入院となった場合はキャンセルと承知しております。

ひので民間救急 乗務員 杉浦 大輝（救急救命士）
配車センター 0465-20-7110
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="running text about one named resident's heart failure and oxygen drop, sent to a care home: health data of an identifiable person",
)

_c020 = _crew(14)
_roster020 = "\n".join(
    f"{c['name']}\t{c['kana']}\t{c['tel']}\t{rng.choice(['救命士', '2級ヘルパー', '初任者研修', '救命士', '介護福祉士'])}\t{rng.choice(['日勤', '夜勤', '日勤', '明け', '公休'])}"
    for c in _c020)
add(
    id="minkankyukyu-020",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["民間救急事業部 全員 <kyukyu-all@hinode-sangyo.co.jp>"],
    subject="7月第1週 勤務表と緊急連絡網",
    charset="cp932",
    body=f"""各位

7月第1週の勤務表と緊急連絡網です。携帯番号は連絡網用ですので社外には出さないでください。

氏名\tフリガナ\t携帯\t資格\t7/1
{_roster020}

当番の連絡がつかない場合は運行管理者の携帯（080-5513-0920）へ。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="a crew roster with private mobile numbers, but the only recipient is an internal list",
)
# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

add(
    id="minkankyukyu-021",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["青葉運輸 整備工場 <seibi@aoba-unyu.jp>"],
    subject="7月の定期点検・車検の入庫予定",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
整備工場　ご担当者様

いつもお世話になっております。日の出産業 車両管理の安達です。
7月の入庫予定をお知らせします。代車はストレッチャー固定装置付きでお願いできれば助かります。

・7/6（月）湘南800さ11-92 ハイエース　12か月点検＋ストレッチャーレール点検
・7/13（月）湘南501せ46-10 シエンタ　車検（リフト動作確認含む）
・7/21（火）湘南800さ12-07 ハイエース　オイル交換・タイヤローテーション

引取りは各日 9:00 に当社車庫までお願いします。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp: look-alike",
)

add(
    id="minkankyukyu-022",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["さくら台病院 事務部 経理係 <keiri@sakuradai-hp.or.jp>"],
    subject="請求書送付のご案内（請求番号 HK-2606-0142）",
    charset="utf-8",
    body=f"""医療法人社団青樹会 さくら台病院
事務部 経理係 御中

いつもお世話になっております。日の出産業 経理課の岩淵です。
6月分の病院負担分（転院搬送 11件）の請求書をお送りします。

　請求番号　：HK-2606-0142
　対象期間　：2026年6月1日〜6月30日
　件数　　　：11件（うちストレッチャー 7件、救命士同乗 3件）
　請求金額　：187,330円（うち消費税 17,030円）
　お支払期限：2026年7月31日

【お振込先】
　みどり銀行 東浜支店　普通 1187420
　口座名義　ヒノデサンギョウ（カ

適格請求書発行事業者 登録番号：T{HINODE_CORP}

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice: invoice number, company bank account and the company's T-number; no personal data",
)

_p023 = _elder(40)
_rows023 = [["利用者ID", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "既往歴・注意事項", "登録日"]]
for i, p in enumerate(_p023, 1):
    y, m, d = p["dob"]
    _rows023.append([f"HU{10230 + i * 7}", p["name"], p["kana"], "女" if p["sex"] == "F" else "男",
                     _wareki(y, m, d, "abbr") if i % 3 else f"{y}/{m}/{d}", p["postal"], p["street"],
                     p["tel"], p["dx"], f"2024/{rng.randint(1, 12)}/{rng.randint(1, 28)}"])
add(
    id="minkankyukyu-023",
    sender="香坂 俊 <t-kosaka@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
    subject="データ移行用 利用者台帳の抽出ファイル",
    charset="cp932",
    body="""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の香坂です。
旧システムから抽出した利用者台帳（CSV、Shift_JIS）を添付します。
文字化けの確認と、項目マッピング表の作成をお願いいたします。
既往歴の列は自由記述のため、長さの上限にご注意ください。
""" + _sig("香坂 俊", "t-kosaka@hinode-sangyo.co.jp", role="システム担当"),
    attachments=[{"kind": "csv", "name": "riyosha_daicho_20260610.csv", "encoding": "cp932", "rows": _rows023}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="CSV of 40 users with birth dates, addresses, phones and medical history to the system vendor",
)

add(
    id="minkankyukyu-024",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["浜田記念病院 地域連携室 <renkei@hamada-kinen.or.jp>"],
    subject="ご予約確認（7/2 10:00 浜田記念病院お迎え）",
    charset="iso-2022-jp",
    body="""浜田記念病院 地域連携室 ご担当者様

お世話になっております。ひので民間救急 配車センターの真壁です。
本日お電話でいただいたご予約の内容を確認のためお送りします。

　ご利用者：比嘉 源次郎 様
　日時　　：7月2日（木）10:00 お迎え（4階病棟）
　行先　　：西浜市内のご自宅
　ご用意　：ストレッチャー、酸素 2L/分（経鼻）、吸引器
　同乗　　：奥様

当日の酸素は当社ボンベを使用します。病棟からの酸素の切替は乗務員が行います。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient with oxygen, suction and stretcher but no diagnosis, to the discharging hospital: arguably health data, arguably just a booking",
)

add(
    id="minkankyukyu-025",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 運行管理 <unkou@hokuto-iso.co.jp>"],
    subject="お盆期間の夜間当番者（相互応援用）",
    charset="utf-8",
    body="""北斗ケア移送 運行管理ご担当者様

お世話になっております。ひので民間救急の桐谷です。
相互応援協定に基づき、お盆期間（8/12〜8/16）の当社夜間当番者をお知らせします。
御社側の応援要請はこちらへ直接お電話ください。

　8/12〜8/14　森永 翔太（救急救命士）　携帯 090-6624-3187
　8/15〜8/16　一ノ瀬 遥（運行管理補助者）携帯 080-2291-7746

御社の当番表も頂戴できれば幸いです。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two staff members' on-call mobile numbers to a partner firm: one to four people's records, may be warned",
)

add(
    id="minkankyukyu-026",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["西浜リハビリテーション病院 医事課 入院係 <nyuin@nishihama-reha.or.jp>"],
    subject="明日入院予定の方の保険証情報（事前連絡）",
    charset="cp932",
    body="""西浜リハビリテーション病院
医事課 入院係 ご担当者様

ひので民間救急の一ノ瀬です。明日 9:30 に搬送予定の方について、
ご家族から保険証情報を事前にお伝えするよう頼まれましたのでお送りします。

　氏名　　　：伊集院 寅雄 様
　生年月日　：昭和14年10月2日
　保険者番号：39141286
　被保険者番号：00482713
　（後期高齢者医療被保険者証、負担割合1割）

原本は当日ご家族がお持ちになります。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a patient's health-insurance card numbers with name and birth date to an external hospital",
)

add(
    id="minkankyukyu-027",
    sender="Ken Adachi <k-adachi@hinode-sangyo.co.jp>",
    to=["Nordvik Medical Sales <sales.apac@nordvikmedical.se>"],
    subject="Order: 2x NM-Glide 7 ambulance stretchers (quote NV-Q-44817)",
    charset="utf-8",
    body="""Dear Ms. Lindqvist,

Thank you for your quotation NV-Q-44817 dated 2 June.
We would like to place the following order:

  Item            Description                         Qty   Unit price (EUR)
  NM-GLIDE7-JP    NM-Glide 7 stretcher, JP rail kit    2     6,840.00
  NM-MTR-2        Mattress, antibacterial cover         2       312.00
  NM-FX-HA        Fastening set for Toyota HiAce        2       455.00

Delivery: DAP Yokohama, by end of August.
Please send the proforma invoice to our accounting team (keiri@hinode-sangyo.co.jp).
""" + _sig_en("Ken Adachi", "k-adachi@hinode-sangyo.co.jp", "Fleet Manager") + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English purchase order with product codes and the standard confidentiality disclaimer",
)

_p028 = _elder(6)
_fw028 = "\n".join(
    f"{i}）{p['name']}様　{p['age']}歳　{ward}　{p['dx']}　退院先：{p['street']}　希望 {when}"
    for i, (p, ward, when) in enumerate(zip(
        _p028, ["3東", "3東", "4西", "4西", "5北", "HCU"],
        ["7/6 午前", "7/6 午後", "7/7 午前", "7/7 午前", "7/8 終日可", "7/9 10時"]), 1))
add(
    id="minkankyukyu-028",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 配車ご担当 <haisha@hokuto-iso.co.jp>"],
    subject="FW: 来週の退院搬送のご依頼（6件）",
    charset="iso-2022-jp",
    body=f"""北斗ケア移送 配車ご担当者様

真壁です。みなと総合病院から下記のまとめ依頼が来ました。
当社だけでは回りきらないため、7/7・7/8の分をお願いできないでしょうか。
内容は転送のとおりです。

-------- Forwarded Message --------
差出人: 市立みなと総合病院 患者支援センター <shien@minato-gh.jp>
送信日時: 2026年7月1日 16:42
宛先: haisha@hinode-sangyo.co.jp
件名: 来週の退院搬送のご依頼（6件）

ひので民間救急 御中

来週の退院搬送をまとめてお願いいたします。
{_fw028}

いずれもストレッチャー希望です。よろしくお願いします。
患者支援センター 砂川
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward to a third company of a hospital's list of six patients with diagnoses and home addresses: forwarded text counts",
)

add(
    id="minkankyukyu-029",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["東和大学病院 緩和ケア病棟 MSW 小松 <komatsu-msw@towa-u-hosp.ac.jp>"],
    subject="RE: ご自宅への退院搬送について",
    charset="utf-8",
    body="""小松様

ご連絡ありがとうございます。ひので民間救急の森永です。
7月10日 13:00 で承りました。運賃は時間制で概算 9,800円（ストレッチャー・救命士同乗込み）、
お支払いはご家族様から当日現金またはカードでお願いいたします。

何かあれば配車センターまでお電話ください。

森永

差出人: 小松 真央 <komatsu-msw@towa-u-hosp.ac.jp>
送信日時: 2026年7月3日 11:20
宛先: 森永 翔太 <s-morinaga@hinode-sangyo.co.jp>
件名: ご自宅への退院搬送について

森永様
緩和ケア病棟の小松です。
七尾 政夫様（肺がん末期、在宅看取り予定）がご自宅へ退院されます。
ご住所は西浜市柏木2丁目5-9、キーパーソンは奥様（090-7731-5520）です。
7/10 午後で調整可能でしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the diagnosis and address are only in the quoted original (差出人/送信日時 block) from the same hospital; the new text is fare and time",
)

add(
    id="minkankyukyu-030",
    sender="ひので民間救急 <info@hinode-sangyo.co.jp>",
    to=["yamasaki.keiko@gmail.com", "t-kurebayashi@yahoo.co.jp", "minoru.hashiba@outlook.jp",
        "sachi-ono.0412@icloud.com"],
    subject="【ご案内】令和8年10月からの運賃改定について",
    charset="iso-2022-jp",
    body="""定期送迎をご利用のご家族の皆さまへ

いつもひので民間救急をご利用いただき、誠にありがとうございます。
燃料費・人件費の上昇に伴い、令和8年10月1日より運賃を改定させていただくこととなりました。

　迎車料金　　1,000円 → 1,100円
　時間制運賃　30分 2,600円 → 2,860円

定期送迎の回数券（10回券）は、9月末までのご購入分は旧料金でご利用いただけます。
ご不明な点は配車センター（0120-37-1192）までお問い合わせください。
""" + _sig2("桐谷 美穂", "info@hinode-sangyo.co.jp", "営業課"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private persons' addresses visible to each other in To: should have been Bcc",
)

add(
    id="minkankyukyu-031",
    sender="ひので民間救急 <info@hinode-sangyo.co.jp>",
    to=["ひので民間救急 <info@hinode-sangyo.co.jp>"],
    bcc=["kazuko.nanao@gmail.com", "f-higa.1950@yahoo.co.jp", "ryo.inokari@docomo.ne.jp",
         "m.tadokoro@outlook.jp", "sumire.kogure@icloud.com"],
    subject="台風接近に伴う送迎予定の変更について",
    charset="iso-2022-jp",
    body="""ご利用者様・ご家族様

ひので民間救急です。
台風10号の接近に伴い、9月4日（金）午後の送迎は安全確保のため運休とさせていただきます。
透析など振替が必要な方には、本日中に担当者からお電話で振替日をご相談いたします。

ご迷惑をおかけしますが、ご理解のほどお願い申し上げます。
""" + _sig2("真壁 亮介", "info@hinode-sangyo.co.jp", "配車センター"),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="private persons correctly in Bcc, To is the sender's own address; content is a general notice",
)

_c032 = _crew(6)
add(
    id="minkankyukyu-032",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["ケアスタッフ・ネクスト 派遣管理 <haken@carestaff-next.co.jp>"],
    subject="派遣スタッフの定期健康診断結果について",
    charset="utf-8",
    body="""ケアスタッフ・ネクスト株式会社
派遣管理ご担当者様

お世話になっております。日の出産業 総務課の大城です。
当社で実施した定期健康診断のうち、御社からの派遣スタッフ分の結果をまとめました。
要再検査・要治療の方について、御社からのフォローをお願いいたします。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    attachments=[{
        "kind": "xlsx", "name": "健診結果_派遣スタッフ_2026.xlsx",
        "sheets": {"結果": [["2026年度 定期健康診断 結果一覧（派遣スタッフ）"],
                            ["氏名", "生年月日", "血圧", "HbA1c", "判定", "所見"]] + [
            [c["name"], _wareki(*c["dob"], style="kanji"), bp, a1c, j, f]
            for c, bp, a1c, j, f in zip(
                _c032, ["168/102", "124/80", "142/94", "118/72", "131/85", "155/99"],
                ["5.4", "7.8", "5.9", "5.2", "6.6", "5.6"],
                ["要治療", "要治療", "要再検査", "異常なし", "要再検査", "要治療"],
                ["高血圧", "糖尿病疑い", "肝機能異常", "－", "空腹時血糖高値", "高血圧・脂質異常"])]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="six staff members' health-check results with names and birth dates in an XLSX to the staffing agency",
)

add(
    id="minkankyukyu-033",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["神奈川県西部民間救急事業者協議会 事務局 <jimukyoku@minkyu-kyogikai.or.jp>"],
    subject="上半期 搬送実績報告（ひので民間救急）",
    charset="iso-2022-jp",
    body="""協議会事務局 御中

ひので民間救急の桐谷です。上半期の搬送実績を所定の様式で提出いたします。
個人が特定される項目は含めておりません。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    attachments=[{
        "kind": "xlsx", "name": "搬送実績報告_2026上期_ひので.xlsx",
        "sheets": {
            "集計": [["搬送実績報告（2026年4月〜9月）　事業者名：ひので民間救急"], [],
                     ["区分", "4月", "5月", "6月", "7月", "8月", "9月", "計"],
                     ["転院搬送", 41, 38, 44, 47, 39, 42, 251],
                     ["退院搬送", 63, 59, 66, 70, 61, 64, 383],
                     ["通院（透析含む）", 212, 220, 218, 231, 209, 226, 1316],
                     ["長距離（100km超）", 4, 6, 3, 8, 11, 5, 37],
                     ["救急車からの振替", 2, 1, 3, 2, 4, 2, 14]],
            "装備": [["装備", "使用件数"], ["ストレッチャー", 402], ["酸素投与", 188], ["吸引", 27]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated monthly counts with no persons: statistics, not personal data",
)

add(
    id="minkankyukyu-034",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["NPO法人ひまわりの家 相談員 <soudan@himawari-npo.or.jp>"],
    subject="明日の移送について（ご本人確認事項）",
    charset="utf-8",
    body="""ひまわりの家　相談員　日下部様

ひので民間救急の森永です。市の女性相談窓口からのご紹介で、明日の移送を担当いたします。

　ご本人：蛭田 沙織 様（34歳）とお子様1名（6歳）
　お迎え：東浜市役所 本庁舎 地下駐車場 10:15
　ご本人携帯：070-8142-3365（非通知は出られないとのことです）

配偶者からの暴力により現在は市の一時保護中と伺っています。加害者が車両を追尾する可能性があるため、
社名表示のない車両（3号車）を使用し、高速経由で向かいます。到着予定は11:40頃です。
施設の正確な所在地は乗務員にも口頭でのみ伝えます。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person who is a victim of domestic violence (crime victim) with her phone: 要配慮個人情報 of one person",
)

add(
    id="minkankyukyu-035",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["大和安心損害保険 東浜支社 法人営業課 <fleet-higashihama@yamato-anshin-sonpo.co.jp>"],
    subject="フリート契約 車両明細（更新用）",
    charset="cp932",
    body="""ご担当者様

お世話になっております。日の出産業の安達です。
更新用の車両明細をCSVでお送りします。今回1台（シエンタ）増車しています。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    attachments=[{"kind": "csv", "name": "sharyo_meisai_2026.csv", "encoding": "cp932", "rows": [
        ["No", "登録番号", "車名", "型式", "初度登録", "車台番号", "用途", "装備"],
        [1, "湘南800さ11-92", "ハイエース", "3BF-TRH226K", "2021/03", "TRH226-0041287", "民間救急", "ストレッチャー・酸素・AED"],
        [2, "湘南800さ12-07", "ハイエース", "3BF-TRH226K", "2022/09", "TRH226-0052210", "民間救急", "ストレッチャー・酸素・AED"],
        [3, "湘南800さ13-55", "キャラバン", "3BF-VR2E26", "2023/05", "VR2E26-1180321", "民間救急", "ストレッチャー・吸引器"],
        [4, "湘南501せ46-10", "シエンタ", "5BA-NSP170G", "2020/11", "NSP170-7281044", "介護タクシー", "車椅子リフト"],
        [5, "湘南501せ47-33", "シエンタ", "5BA-NSP170G", "2024/02", "NSP170-7390128", "介護タクシー", "スロープ"],
        [6, "湘南501せ49-81", "シエンタ", "6AA-MXPL15G", "2026/06", "MXPL15-1012876", "介護タクシー", "スロープ"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a vehicle list (plates, chassis numbers, equipment): not people",
)

add(
    id="minkankyukyu-036",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["田所 航 <w-tadokoro@hinode-sanngyo.co.jp>"],
    subject="来週のシフト変更の件",
    charset="iso-2022-jp",
    body="""田所さん

お疲れさまです。桐谷です。
来週の木曜（7/16）を日勤から夜勤に変更させてください。
代わりに金曜は明け、土曜は公休になります。
夜勤は一ノ瀬さんとペアで、2号車です。問題があれば今日中に連絡ください。

桐谷
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sanngyo.co.jp adds a letter to the organisation's own domain: look-alike, the colleague's address was mistyped",
)

add(
    id="minkankyukyu-037",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["日本救護研修センター 受講受付 <uketsuke@kyugo-kenshu.or.jp>"],
    subject="患者等搬送乗務員 定期講習（9/14）受講申込",
    charset="utf-8",
    body="""日本救護研修センター 受講受付 御中

お世話になっております。日の出産業 総務課の大城です。
9月14日（月）の患者等搬送乗務員 定期講習に、下記4名の受講を申し込みます。

・早乙女 航（サオトメ ワタル）　携帯 080-3156-2274
・舟橋 詩織（フナハシ シオリ）　携帯 090-8840-6619
・鬼頭 一馬（キトウ カズマ）　　携帯 070-2219-4803
・雲野 奈々（クモノ ナナ）　　　携帯 090-1173-5592

受講料（4名分 26,400円）は請求書払いでお願いいたします。
当日の緊急連絡は各自の携帯へお願いします。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobile numbers to a training centre: under the five-person threshold, a warning at most",
)

add(
    id="minkankyukyu-038",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["ケアスタッフ・ネクスト 派遣管理 <haken@carestaff-next.co.jp>"],
    subject="Re: 派遣スタッフの在留期間更新について",
    charset="utf-8",
    body="""ケアスタッフ・ネクスト 派遣管理 ご担当者様

お世話になっております。大城です。
お問い合わせの件、本人から提示を受けた在留カードの内容は以下のとおりです。

　氏名　　　　：NGUYEN THI LAN（グエン ティ ラン）
　生年月日　　：1998年11月5日
　在留カード番号：RK40187362LA
　在留資格　　：特定技能1号（介護）
　在留期間満了日：2026年9月30日

更新申請の進捗がわかりましたら共有をお願いいたします。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a worker's residence-card number with name and birth date to an external agency: identity document number",
)

add(
    id="minkankyukyu-039",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["保坂 <hosaka-0827@docomo.ne.jp>"],
    subject="ご予約内容の確認（7/22 保坂様）",
    charset="iso-2022-jp",
    body="""保坂 様

ひので民間救急の一ノ瀬です。お電話でのご予約ありがとうございました。
内容をご確認ください。

　ご利用者　：保坂 フミ 様
　日時　　　：7月22日（水）8:45 ご自宅お迎え
　お迎え先　：東浜市北原3丁目18-2
　行先　　　：東和大学病院 正面玄関
　車両　　　：車椅子車（シエンタ）
　料金目安　：片道 約4,200円（当日現金またはカード）

変更・キャンセルは前日18時までにお電話ください。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="booking confirmation of one person to a family member on carrier mail; no diagnosis",
)

add(
    id="minkankyukyu-040",
    sender="事業部長 五十嵐 <h-igarashi@hinode-sangyo.co.jp>",
    to=["株式会社ケアムーブ西湘 代表 <daihyo@caremove-seisho.co.jp>"],
    subject="運行管理規程のご参考送付",
    charset="utf-8",
    body="""株式会社ケアムーブ西湘
代表取締役　長谷部様

先日は業務提携のご相談の機会をいただきありがとうございました。五十嵐です。
お話に出た当社の運行管理規程を参考までにお送りします。
提携の検討にあたり、御社の規程との違いをご確認いただければと存じます。

五十嵐
""",
    attachments=[{
        "kind": "docx", "name": "運行管理規程_v3.docx", "title": "運行管理規程",
        "page_header": "日の出産業株式会社 民間救急事業部", "page_footer": "取扱注意　無断複製・転送禁止",
        "paragraphs": ["運行管理規程（第3版）", "第1章 総則",
                       "第1条 本規程は、患者等搬送事業における運行の安全確保を目的とする。",
                       "第5条 運行管理者は、乗務前後に乗務員の健康状態及び酒気帯びの有無を確認する。",
                       "第12条 酸素ボンベは出庫前点検において残圧を記録し、5MPa未満のものは使用しない。",
                       "第18条 搬送中に容体が急変した場合は、直ちに119番通報し、最寄りの救急病院への搬送を優先する。"],
        "tables": [[["区分", "点呼方法", "記録"], ["出庫時", "対面", "点呼簿"], ["帰庫時", "対面又は電話", "点呼簿"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached DOCX carries 取扱注意 in its footer: a classification marking going outside",
)
# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

_p041 = _elder(8)
_fw041 = "\n".join(f"・{p['name']}（{p['kana']}）{_wareki(*p['dob'])}生　{p['dx']}　{p['tel']}" for p in _p041)
add(
    id="minkankyukyu-041",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["森永 翔太 <s-morinaga@hinode-sangyo.co.jp>", "杉浦 大輝 <d-sugiura@kyukyu.hinode-sangyo.co.jp>"],
    cc=["運行管理 <unkou@mail.hinode-sangyo.co.jp>"],
    subject="FW: 8月の定期透析送迎 対象者一覧（東浜中央クリニック）",
    charset="iso-2022-jp",
    body=f"""森永さん、杉浦さん

クリニックから来た8月分の一覧です。火木土の朝便の割り振りを明日までに決めたいので、
各自の担当希望を返信ください。

---------- 転送メッセージ ----------
From: 東浜中央クリニック 透析室 <toseki@higashihama-chuo-cl.jp>
Subject: 8月の定期透析送迎 対象者一覧

ひので民間救急 御中
8月分の送迎対象者です。

{_fw041}

以上8名、よろしくお願いいたします。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward of a clinic's patient list with diagnoses, but only to internal addresses (incl. subdomains)",
)

add(
    id="minkankyukyu-042",
    sender="Shota Morinaga <s-morinaga@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Front Office <frontoffice@sakura-hotel.jp>"],
    subject="Medical transfer to Narita for your guest (Room 1208) – tomorrow 07:00",
    charset="utf-8",
    body="""Dear Mr. Hamano,

Thank you for arranging tomorrow's transfer with us. To complete the airline's medical
clearance (MEDIF) form we need your front desk to confirm the details below with the guest.

  Guest name:      Mrs. Emiko HARGREAVES (Japanese national, resident in London)
  Date of birth:   14 March 1951
  Passport no.:    TR4418207 (Japan)
  Condition:       Mild ischaemic stroke on 2 July (treated at Minato General Hospital),
                   residual left-side weakness, uses a wheelchair, no oxygen required
  Flight:          BA006 NRT–LHR, departs 11:25

Our crew (one paramedic, one driver) will meet her in the lobby at 07:00.
Please let us know if her husband will also travel in the vehicle.
""" + _sig_en("Shota Morinaga", "s-morinaga@hinode-sangyo.co.jp", "Paramedic / Coordinator"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a guest's passport number, birth date and stroke diagnosis in English to the hotel partner",
)

_c043 = _crew(7)
_rows043 = [["派遣スタッフ マイナンバー提出一覧（年末調整用）"], ["No", "氏名", "フリガナ", "生年月日", "個人番号"]]
for i, c in enumerate(_c043, 1):
    _rows043.append([i, c["name"], c["kana"], f"{c['dob'][0]}年{c['dob'][1]}月{c['dob'][2]}日", _mn()])
add(
    id="minkankyukyu-043",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["ケアスタッフ・ネクスト 給与計算 <kyuyo@carestaff-next.co.jp>"],
    subject="年末調整書類（当社就業中の派遣スタッフ分）",
    charset="iso-2022-jp",
    body="""ケアスタッフ・ネクスト 給与計算ご担当者様

お世話になっております。日の出産業の大城です。
当社でお預かりしていた派遣スタッフ7名分の年末調整関係書類を、まとめてZIPでお送りします。
原本は本日レターパックで発送しました。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    attachments=[{"kind": "zip", "name": "nenmatsu_haken_2026.zip", "files": [
        {"kind": "xlsx", "name": "マイナンバー一覧.xlsx", "sheets": {"一覧": _rows043}},
        {"kind": "txt", "name": "送付状.txt", "text": "年末調整書類 送付状\n日の出産業株式会社 総務課\n同封：扶養控除等申告書 7通"},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="an unencrypted ZIP with an XLSX of seven people's My Numbers to an external agency",
)

add(
    id="minkankyukyu-044",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 経理 <keiri@hokuto-iso.co.jp>"],
    subject="6月分 振替運行の精算表",
    charset="cp932",
    body="""北斗ケア移送 経理ご担当者様

お世話になっております。ひので民間救急の真壁です。
6月分の振替運行の精算表を添付いたします。
金額にご異存なければ、請求書の発行をお願いいたします。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    attachments=[{"kind": "corrupt", "name": "振替運行精算_202606.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

add(
    id="minkankyukyu-045",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["ゆうゆう苑 事務長 向井様 <jimu@yuyu-lifecare.co.jp>"],
    subject="Re: 夜間の急変時対応フローについて",
    charset="utf-8",
    body="""向井様

お問い合わせありがとうございます。桐谷です。
当社の急変時対応マニュアルそのものは社外秘の扱いのためお渡しできないのですが、
施設様に関係する部分の流れを以下にまとめました。

1. 搬送中に容体が変化した場合、乗務員がバイタルを確認し配車センターへ報告
2. 救命士の判断で119番通報（救急車へ引き継ぎ）または予定先病院へ連絡
3. 配車センターから施設様の夜間連絡先へお電話（原則10分以内）
4. 後日、書面で経過をご報告

施設様の夜間連絡先（代表番号以外）があれば、改めてお知らせください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that a manual is 社外秘 and withholds it: a mention, not a marking on this mail",
)

_p046 = _elder(12)
_rows046 = "\n".join(f"{1040 + i * 13:>6}  〒{p['postal']}  {p['street']:　<24}  {p['tel']}" for i, p in enumerate(_p046))
add(
    id="minkankyukyu-046",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    subject="暑中見舞いはがき 宛先データ（第1便）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 DM事業部 ご担当者様

お世話になっております。日の出産業 ひので民間救急の桐谷です。
暑中見舞いはがきの宛先データ第1便です。宛名は後日別途お送りしますので、
まずは住所の表記ゆれ確認と郵便番号のチェックをお願いします。
（電話番号は不達時の確認用です）

 管理No  郵便番号   住所                                                  電話
----------------------------------------------------------------------------------------
{_rows046}

第2便（約80件）は来週お送りします。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="twelve customers' home addresses and phones without a name column, to the printing partner",
)

add(
    id="minkankyukyu-047",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["さくら台病院 地域医療連携室 <renkei@sakuradai-hp.or.jp>"],
    subject="搬送同意書の様式（改訂版）",
    charset="iso-2022-jp",
    body="""さくら台病院 地域医療連携室 ご担当者様

ひので民間救急の一ノ瀬です。
搬送同意書の様式を改訂しましたので、改訂版を添付いたします。
次回のご依頼分から、こちらの様式でご家族の署名をいただけますと助かります。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    attachments=[{"kind": "corrupt", "name": "搬送同意書_2026改訂.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt: it cannot be inspected",
)

_c048 = _crew(7)
_tab048 = "\n".join(
    f"{c['name']}\t{sz}\t{shoe}\t〒{c['postal']} {c['street']}\t{c['tel']}"
    for c, sz, shoe in zip(_c048, ["L", "M", "LL", "S", "M", "3L", "L"], ["26.5", "24.0", "27.5", "23.0", "25.0", "28.0", "26.0"]))
add(
    id="minkankyukyu-048",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["丸栄ユニフォーム 法人営業 <houjin@maruei-uni.co.jp>"],
    subject="夏用ユニフォーム 個別配送の依頼",
    charset="cp932",
    body=f"""丸栄ユニフォーム 法人営業ご担当者様

お世話になっております。日の出産業 総務課の大城です。
夏用ユニフォーム（注文番号 MU-88213）は、シフトの都合で各乗務員の自宅へ直接配送いただけますでしょうか。
サイズと配送先を貼り付けます（Excelからコピーしたためタブ区切りです）。

氏名\t上衣\t安全靴\t配送先\t連絡先
{_tab048}

配送料は別途ご請求ください。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven crew members' home addresses and mobiles in a tab-separated list to a uniform supplier",
)

add(
    id="minkankyukyu-049",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["居宅介護支援事業所つばき 管理者 <kanri@tsubaki-care.jp>"],
    subject="パンフレット一式（ケアマネジャー様向け）",
    charset="utf-8",
    body="""居宅介護支援事業所つばき 管理者様

いつもありがとうございます。ひので民間救急の桐谷です。
事業所内でご共有いただけるよう、パンフレットと料金表、予約用FAX用紙をZIPにまとめました。
パスワードは付けておりませんので、そのまま開いてご利用ください。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    attachments=[{"kind": "zip", "name": "hinode_pamphlet_set.zip", "files": [
        {"kind": "pdf", "name": "pamphlet.pdf", "lines": ["ひので民間救急のご案内", "24時間365日受付 0120-37-1192",
                                                          "ストレッチャー・車椅子・酸素対応", "救急救命士が同乗します"]},
        {"kind": "pdf", "name": "ryokin.pdf", "table": [["区分", "料金"], ["迎車", "1,100円"], ["30分", "2,860円"]]},
        {"kind": "docx", "name": "yoyaku_fax.docx", "paragraphs": ["ご予約FAX用紙（FAX 0465-20-7119）",
                                                                  "ご利用者名：＿＿＿＿　ご利用日時：＿＿＿＿",
                                                                  "お迎え先：＿＿＿＿　行先：＿＿＿＿"]},
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="an unencrypted ZIP of brochures, a price list and a blank booking form",
)

add(
    id="minkankyukyu-050",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["大和安心損害保険 賠償事故受付センター <baisho-uketsuke@yamato-anshin-sonpo.co.jp>"],
    subject="事業者賠償責任保険 事故報告（証券番号 BL-2207741）",
    charset="iso-2022-jp",
    body="""大和安心損害保険 賠償事故受付センター ご担当者様

日の出産業株式会社 民間救急事業部の桐谷です。
事業者賠償責任保険の対象となりうる事故が発生しましたので、ご報告いたします。

【事故日時】2026年7月14日 9:20頃
【場所】東浜市汐見台4丁目 利用者様ご自宅前
【被害者】舟橋 キヨ 様（昭和9年生、91歳）
【状況】車椅子から車両リフトへ移乗介助中、ブレーキ操作の不備により車椅子が後退し、
　ご本人が前方へ転倒。左手をついて受傷。
【受傷】東浜中央病院にて左橈骨遠位端骨折と診断、ギプス固定。
　既往にパーキンソン病があり、入院の要否は明日判断とのこと。
【対応】ご長男様に事情説明・謝罪済み。治療費は当社で立替中。

必要書類をご案内いただけますでしょうか。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report naming a user with her fracture diagnosis and Parkinson's history to an insurer",
)

add(
    id="minkankyukyu-051",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["大和安心損害保険 自動車事故センター <jiko-center@yamato-anshin-sonpo.co.jp>"],
    subject="車両事故の報告（物損のみ） 証券番号 FL-0918342",
    charset="utf-8",
    body="""ご担当者様

日の出産業 車両管理の安達です。フリート契約車両の物損事故をご報告します。

　発生日時　：2026年7月20日 16:05頃
　場所　　　：東浜市港町1丁目 港町交差点付近
　当方車両　：湘南800さ12-07（ハイエース・民間救急）、回送中で利用者の乗車なし
　相手方　　：株式会社西湘リース所有の営業車（運転者は同社社員）
　状況　　　：信号待ち停車中の相手車両に、当方が徐行中に後部バンパーを接触
　損害　　　：当方フロントバンパー擦過、相手方リアバンパー凹損
　負傷者　　：なし（警察届出済み、東浜警察署 受理番号 第2607-188号）

運転していた乗務員は社内で事情聴取済みです。相手方の連絡先は同社総務部の代表番号で承っています。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="pass",
    entities=[],
    detectors=[],
    note="a property-damage accident report: vehicles, places and a police reference, no injured person or personal data",
)

add(
    id="minkankyukyu-052",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["東和大学医学部附属病院 救命救急センター 看護師長 <eccm-ns@towa-u-hosp.ac.jp>"],
    subject="本日15時転院の患者様について（ご家族からの申し出）",
    charset="iso-2022-jp",
    body="""救命救急センター 看護師長様

ひので民間救急の森永です。本日15時にさくら台病院からお連れする百目鬼 光代様について、
お迎えの際にご家族から申し出があったため、事前にお伝えします。

ご本人・ご家族ともにエホバの証人の信者で、輸血は一切拒否されるとのことです。
ご本人署名の「医療に関する継続的委任状」を携行されています。
消化管出血の疑いでの転院と伺っておりますので、受け入れ時に医師の方へ共有をお願いいたします。

森永 翔太（救急救命士）
ひので民間救急 0465-20-7110
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's religion and suspected GI bleeding in running text to a hospital: 信条 and medical data",
)

add(
    id="minkankyukyu-053",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["車両管理 安達 <k-adachi@hinode-sangyo.co.jp>"],
    bcc=["法人営業部 <houjin@higashihama-motors.co.jp>", "フリート営業 <fleet@chuo-jidosha.co.jp>",
         "営業 <sales@carecars.jp>"],
    subject="【見積依頼】民間救急車両（ストレッチャー仕様）2台",
    charset="iso-2022-jp",
    body="""各社 ご担当者様

お世話になっております。日の出産業 民間救急事業部 車両管理の安達です。
下記仕様の車両について、お見積りをお願いいたします（同報のためBccにて失礼します）。

　ベース車両：ハイエース ワイド ハイルーフ 2WD ガソリン
　架装　　　：ストレッチャー固定装置、酸素ボンベラック（B型2本）、室内照明、
　　　　　　　サイドステップ、吸引器用電源（AC100V）
　台数　　　：2台
　納期　　　：2027年2月末まで
　回答期限　：2026年8月21日（金）

仕様書（PDF）が必要な場合はお知らせください。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="pass",
    entities=[],
    detectors=[],
    note="three dealers correctly in Bcc; To is the sender himself",
)

add(
    id="minkankyukyu-054",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["法人営業部 <houjin@higashihama-motors.co.jp>", "フリート営業 <fleet@chuo-jidosha.co.jp>"],
    cc=["営業 <sales@carecars.jp>", "総務課 大城 <m-oshiro@hinode-sangyo.co.jp>"],
    subject="【見積依頼】車椅子仕様車（スロープ付）1台",
    charset="utf-8",
    body="""各位

お世話になっております。日の出産業の安達です。
介護タクシー用の車椅子仕様車1台について、お見積りをお願いします。

・ベース：シエンタ（スロープタイプ）
・オプション：電動ウインチ、車椅子固定ベルト、後席手すり
・希望納期：12月中旬
・回答期限：8月28日

条件の比較表は後日共有いたします。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing dealers see each other in To/Cc: should have been Bcc",
)

add(
    id="minkankyukyu-055",
    sender="Misaki Kiritani <m-kiritani@hinode-sangyo.co.jp>",
    to=["Pacific Assist Network Japan Desk <japan.desk@pacificassist.com>"],
    subject="Provider agreement – ground medical transport in western Kanagawa",
    charset="utf-8",
    body="""Dear Ms. Oyelaran,

Thank you for your interest in adding Hinode Patient Transport to your provider network.
As requested, here is an overview of our service:

- Area: western Kanagawa (Higashihama, Nishihama, Odawara) and long-distance on request
- Fleet: 3 stretcher vehicles, 3 wheelchair vehicles, oxygen on all stretcher units
- Crew: paramedic-accompanied transfers available 24/7
- Languages: Japanese; English via our dispatch desk during business hours
- Rates: time-based, JPY 2,860 per 30 minutes, plus pick-up fee JPY 1,100
- Billing: monthly invoice in JPY, guarantee of payment (GOP) accepted

We would be happy to review your standard provider agreement.
""" + _sig_en("Misaki Kiritani", "m-kiritani@hinode-sangyo.co.jp", "Sales & Operations Manager") + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English business mail about a provider agreement: service overview and rates, no people",
)

add(
    id="minkankyukyu-056",
    sender="Shota Morinaga <s-morinaga@hinode-sangyo.co.jp>",
    to=["Pacific Assist Network Case Management <cases@pacificassist.com>"],
    subject="Case PA-JP-26-03318 – transfer completed, crew report",
    charset="utf-8",
    body="""Dear case manager,

Please find below our crew report for the transfer completed today.

  Case:        PA-JP-26-03318
  Patient:     Ms. Ingrid SOLBERG, born 22/08/1958
  From / to:   Nishihama Rehabilitation Hospital -> Sakura Hotel (convalescent stay)
  Diagnosis:   NSTEMI on 11 Aug, PCI with stent, now stable on dual antiplatelet therapy
  Vitals:      BP 128/76, HR 72 (sinus), SpO2 97% on room air throughout
  Remarks:     Mild anxiety during loading; no chest pain reported

Our invoice (JPY 21,450) will follow under separate cover.
""" + _sig_en("Shota Morinaga", "s-morinaga@hinode-sangyo.co.jp", "Paramedic"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English crew report with a named patient's birth date and cardiac diagnosis to an assistance company",
)

add(
    id="minkankyukyu-057",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["市立みなと総合病院 患者支援センター <shien@minato-gh.jp>"],
    subject="Re: 来週の退院搬送のご依頼（6件）",
    charset="iso-2022-jp",
    body="""患者支援センター 砂川様

お世話になっております。ひので民間救急の真壁です。
ご依頼の6件、以下のとおり対応いたします。

　1）2）　当社 2号車で対応（7/6 午前・午後）
　3）4）　当社 3号車で対応（7/7 午前、続けて2件）
　5）　　 提携先の北斗ケア移送が対応（7/8 10時）※費用は当社料金で変わりません
　6）　　 当社 2号車、救命士同乗（7/9 10時）

各日、前日夕方に病棟へ確認のお電話を入れます。

> ひので民間救急 御中
>
> 来週の退院搬送をまとめてお願いいたします。
> 1）勅使河原 和子様　84歳　3東　慢性心不全　退院先：東浜市本郷2丁目4-11
> 2）能登谷 栄作様　79歳　3東　脳梗塞後遺症　退院先：東浜市西浦1丁目19-3
> 3）久保寺 ハル様　91歳　4西　誤嚥性肺炎回復期　退院先：西浜市東雲5丁目2-8
> 4）斑目 清様　86歳　4西　大腿骨頸部骨折術後　退院先：東浜市柏木3丁目14-6
> 5）御園 節子様　88歳　5北　COPD・在宅酸素　退院先：東浜市丸山1丁目7-21
> 6）栗林 義明様　74歳　HCU　頸髄損傷　退院先：東浜市清水台2丁目9-1
>
> いずれもストレッチャー希望です。
> 患者支援センター 砂川
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of six patients is quoted (>) from the hospital's own request; the reply refers to rows by number only",
)

add(
    id="minkankyukyu-058",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["みどり銀行 東浜支店 法人営業 <higashihama-houjin@midori-glnko.co.jp>"],
    subject="口座振替サービス 申込書類の件",
    charset="iso-2022-jp",
    body="""みどり銀行 東浜支店 法人営業ご担当者様

いつもお世話になっております。日の出産業 経理課の岩淵です。
定期送迎のご利用者様向けに口座振替（集金代行）サービスを導入したく、
申込書類一式をお送りいただけますでしょうか。
委託者コードの取得までのスケジュールも併せて伺えれば幸いです。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-glnko.co.jp replaces the i of the partner bank's domain with l: homoglyph look-alike",
)

add(
    id="minkankyukyu-059",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["みどり銀行 東浜支店 法人営業 <higashihama-houjin@midori-ginko.co.jp>"],
    subject="Re: 口座振替サービス 委託者コードのご連絡",
    charset="utf-8",
    body=f"""みどり銀行 東浜支店　石動様

委託者コードのご連絡ありがとうございました。日の出産業の岩淵です。
引落口座・入金口座は以下でお願いいたします。

　委託者名　　：日の出産業株式会社（ひので民間救急）
　法人番号　　：{HINODE_CORP}
　委託者コード：0047718
　入金口座　　：みどり銀行 東浜支店 普通 1187420
　振替日　　　：毎月27日（休日の場合は翌営業日）
　初回振替　　：2026年11月27日

ご利用者様向けの口座振替依頼書（3枚複写）を200部お送りいただけますと助かります。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own bank account, corporate number and collection code to its real bank: business data",
)

_p060 = _elder(6)
_banks060 = ["みどり銀行", "みどり銀行", "湘南信用金庫", "ゆうちょ銀行", "みどり銀行", "西湘農業協同組合"]
add(
    id="minkankyukyu-060",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["みどり銀行 東浜支店 法人営業 <higashihama-houjin@midori-ginko.co.jp>"],
    subject="総合振込（返金分）の依頼データ",
    charset="utf-8",
    body="""石動様

いつもお世話になっております。岩淵です。
回数券の払戻し（6名分）を総合振込でお願いしたく、振込依頼データをお送りします。
振込指定日は10月23日です。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{
        "kind": "xlsx", "name": "総合振込_返金_20261023.xlsx",
        "sheets": {
            "表紙": [["総合振込依頼書"], ["依頼人", "日の出産業株式会社"], ["振込指定日", "2026/10/23"], ["件数", 6],
                     ["合計金額", 129800]],
            "明細": [["No", "受取人名（カナ）", "受取人（漢字）", "銀行", "支店", "種目", "口座番号", "金額"]] + [
                [i, p["kana"], p["name"], b, rng.choice(["東浜支店", "本店営業部", "西浜支店", "〇一八店"]),
                 "普通", f"{rng.randint(1000000, 9999999)}", amt]
                for i, (p, b, amt) in enumerate(zip(_p060, _banks060, [28600, 14300, 28600, 14300, 30000, 14000]), 1)],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six private persons' bank accounts with names in an XLSX to the bank: list of people (partner but external)",
)
# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

add(
    id="minkankyukyu-061",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["東浜市消防本部 警防課 救急係 <kyukyu@fire.city.higashihama.lg.jp>"],
    subject="救急隊からの引継ぎ（振替搬送）手順の確認について",
    charset="iso-2022-jp",
    body="""東浜市消防本部 警防課 救急係 御中

いつも大変お世話になっております。ひので民間救急の桐谷です。
先月の連絡会でご提案いただいた、救急隊から当社への振替搬送の引継ぎ手順について、
当社側の運用案をまとめましたのでご確認をお願いいたします。

1. 指令センターから当社配車センター（0465-20-7110）へ直通電話で依頼
2. 当社は10分以内に出動可否と到着予定時刻を回答
3. 現場では救急隊長から当社救命士へ口頭で申し送り（観察カードを使用）
4. 振替後の容体変化時は、当社が直ちに119番へ再要請
5. 月次で振替件数と所要時間を事務局へ報告（個人情報は含めない）

認定要件（患者等搬送事業者の指導基準）との整合についてもご指摘いただければ幸いです。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="pass",
    entities=[],
    detectors=[],
    note="procedure coordination with the fire department: no people, one external organisation",
)

add(
    id="minkankyukyu-062",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["東浜市消防本部 警防課 救急係 <kyukyu@fire.city.higashihama.lg.jp>"],
    subject="【報告】搬送中の心肺停止事案（8/3）",
    charset="utf-8",
    body="""東浜市消防本部 警防課 救急係 ご担当者様

ひので民間救急の森永です。患者等搬送事業者の報告義務に基づき、下記事案をご報告します。

発生日時：8月3日 10:52
場所：国道135号 汐見台トンネル手前（走行中）
患者：杉浦 栄作 様（81歳・男性、東浜市浜田在住）
既往：拡張型心筋症、心房細動（抗凝固薬内服）、2型糖尿病
経過：さくら台病院から自宅への退院搬送中、10:52 呼びかけに反応消失・呼吸停止を確認。
　　　車両を停車し同乗救命士がCPR開始、AED 1回作動。10:54 119番通報。
　　　10:59 救急隊到着・引継ぎ、東和大学病院へ搬送。同日 12:40 死亡確認とご家族より連絡。

乗務員2名の対応記録を添えて、正式な報告書は明日持参いたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="incident report with a named patient's cardiac history and death to the fire department: medical data of one person",
)

add(
    id="minkankyukyu-063",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["東和大学医学部附属病院 防災センター <bousai@towa-u-hosp.ac.jp>"],
    subject="夜間搬入口の入館者登録（8/12 ひので民間救急）",
    charset="iso-2022-jp",
    body="""防災センター ご担当者様

お世話になっております。ひので民間救急の一ノ瀬です。
8月12日 23:30頃、夜間搬入口から救命救急センターへ転院搬送で入館します。
入館者登録をお願いいたします。

　乗務員1：森永 翔太（救急救命士）社員番号 HK-0412
　乗務員2：田所 航（乗務員）社員番号 HK-0587
　車両：湘南800さ11-92（白ハイエース）

当日は社員証を提示いたします。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="two crew members' names and staff numbers for a hospital's entry register: business contact of two people",
)

add(
    id="minkankyukyu-064",
    sender="Hiroshi Igarashi <h-igarashi@hinode-sangyo.co.jp>",
    to=["Kestrel Mobility Partners <deals@kestrelmobility.com>"],
    subject="Follow-up: unit economics of our patient transport business",
    charset="utf-8",
    body="""Dear Mr. Achterberg,

Thank you for the call on Tuesday. As promised, I attach a short summary of the unit
economics of our patient transport division, which we discussed in the context of a
possible minority investment. Happy to walk you through it next week.
""" + _sig_en("Hiroshi Igarashi", "h-igarashi@hinode-sangyo.co.jp", "General Manager, Patient Transport Division"),
    attachments=[{
        "kind": "pdf", "name": "Hinode_PTS_unit_economics.pdf", "title": "Unit economics – Hinode PTS",
        "page_header": "CONFIDENTIAL – Hinode Sangyo Co., Ltd.", "page_footer": "Confidential. Do not distribute.",
        "lines": ["Hinode Patient Transport Service – unit economics FY2025", "",
                  "Average revenue per trip: JPY 15,400", "Trips per vehicle per month: 118",
                  "Crew cost ratio: 52%", "Vehicle lease + fuel ratio: 17%", "EBITDA margin: 8.9%", ""],
        "table": [["Segment", "Trips", "Revenue (JPY m)", "Margin"],
                  ["Hospital transfers", "2,140", "41.2", "11%"],
                  ["Dialysis commute", "7,310", "63.8", "6%"],
                  ["Long-distance", "74", "6.1", "19%"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF is stamped CONFIDENTIAL in its header and footer, sent to an outside investor",
)

add(
    id="minkankyukyu-065",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["西浜リハビリテーション病院 看護部 教育担当 <kyoiku@nishihama-reha.or.jp>"],
    subject="合同訓練（ストレッチャー移乗・酸素切替）の日程案",
    charset="iso-2022-jp",
    body="""西浜リハビリテーション病院 看護部 教育ご担当者様

お世話になっております。ひので民間救急の森永です。
先日ご相談した合同訓練について、日程案と内容をお送りします。

日時案：9月9日（水）または9月16日（水）13:30〜15:00
場所：貴院 1階 リハビリ室、および正面玄関車寄せ（車両を1台持ち込みます）
内容：
　・ベッド⇔ストレッチャーの移乗（スライディングシート使用）
　・病棟酸素から車載ボンベへの切替手順
　・車椅子の車両固定と乗降時の注意点
参加人数：貴院 看護師・介護職 10名程度、当社 乗務員3名

ご検討のほどよろしくお願いいたします。
""" + _sig("森永 翔太", "s-morinaga@hinode-sangyo.co.jp", role="救急救命士") + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="training arrangement ending with the standard Japanese confidentiality disclaimer: not a marking",
)

add(
    id="minkankyukyu-066",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["県立こころの医療センター 医療相談室 <soudan@kokoro-mc.pref-kanagawa.jp>"],
    subject="明朝の移送について（東浜警察署からの依頼分）",
    charset="utf-8",
    body="""県立こころの医療センター 医療相談室 ご担当者様

ひので民間救急の森永です。東浜市障害福祉課経由でご依頼をいただいた明朝の移送について確認させてください。

対象の薬師寺 隼人さん（42歳）は、昨夜自宅で家族に刃物を向けたとして東浜警察署に保護され、
統合失調症の急性増悪による措置診察の結果、貴センターへの措置入院が決定したと伺っています。
移送には警察官2名と市職員が同乗し、当社は救命士を含む2名で対応します。
到着は9:30頃、病棟側の受入口（東側救急入口）でよろしいでしょうか。

鎮静の状況により到着時刻が前後する可能性があります。
""" + _sig("森永 翔太", "s-morinaga@hinode-sangyo.co.jp", role="救急救命士"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's psychiatric diagnosis, involuntary admission and police custody in running text to an external hospital",
)

_c067 = _crew(9)
_lines067 = "\n".join(f"{c['name']:　<8} {_wareki(*c['dob'], style='abbr'):<12} {_mn()}" for c in _c067)
add(
    id="minkankyukyu-067",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>"],
    cc=["人事 <jinji@hinode-sangyo.co.jp>"],
    subject="【社内】年末調整 民間救急事業部 個人番号の突合結果",
    charset="iso-2022-jp",
    body=f"""岩淵さん

民間救急事業部の9名分、個人番号の突合が終わりました。
給与システムへの登録をお願いします。登録後はこのメールを削除してください。

氏名          生年月日     個人番号
-----------------------------------------------
{_lines067}
-----------------------------------------------

大城
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=[],
    note="nine employees' My Numbers, but sent only between internal departments",
)

_p068 = _elder(5)
_blocks068 = "\n".join(
    f"[{i}] {p['name']}（{p['kana']}）\n    住所：{p['street']}\n    身体障害者手帳：第{rng.randint(100000, 999999)}号　{grade}\n"
    f"    利用日：{day}　金額：{amt}円"
    for i, (p, grade, day, amt) in enumerate(zip(
        _p068, ["1級（肢体不自由）", "2級（視覚障害）", "1級（内部障害・じん臓）", "3級（肢体不自由）", "1級（呼吸器機能障害）"],
        ["10/2, 10/9", "10/14", "10/1, 10/3, 10/6", "10/20", "10/27"],
        ["6,400", "3,200", "9,600", "2,900", "3,800"]), 1))
add(
    id="minkankyukyu-068",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["東浜市 障害福祉課 給付係 <shogai-kyufu@city.higashihama.lg.jp>"],
    subject="福祉タクシー利用券 10月分請求の明細",
    charset="iso-2022-jp",
    body=f"""東浜市 障害福祉課 給付係 御中

日の出産業株式会社（ひので民間救急）経理課の岩淵です。
10月分の福祉タクシー利用券の請求明細をお送りします。利用券の原本は本日持参いたします。

{_blocks068}

合計 5名 25,900円
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named users' addresses with disability certificate numbers and grades (disability = 要配慮) to the city office",
)

add(
    id="minkankyukyu-069",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["東浜市 障害福祉課 給付係 <shogai-kyufu@city.higashihama.lg.jp>"],
    subject="福祉タクシー利用券 11月分 請求書",
    charset="utf-8",
    body="""東浜市 障害福祉課 給付係 御中

お世話になっております。日の出産業 経理課の岩淵です。
11月分の福祉タクシー利用券の請求書をお送りします。
今月から、市のご指示により個人別の明細はメールに記載せず、利用券原本の持参のみといたしました。

　請求件数　：利用券 38枚（延べ 21名）
　請求金額　：121,600円
　請求書番号：HK-FT-2611

原本は12月3日（木）午前に窓口へ持参いたします。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    expect="pass",
    entities=[],
    detectors=[],
    note="only totals (counts, amount, invoice number) to the city office: no individual data",
)

add(
    id="minkankyukyu-070",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["さくら台病院 事務部 経理係 <keiri@sakuradai-hp.or.jp>"],
    subject="7月分 請求明細（PDF）",
    charset="iso-2022-jp",
    body="""さくら台病院 事務部 経理係 御中

日の出産業 経理課の岩淵です。7月分の請求明細をお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{"kind": "pdf", "name": "請求明細_202607_さくら台病院.pdf", "password": "sk2607",
                  "lines": ["請求明細 2026年7月分", "さくら台病院 御中"],
                  "table": [["日付", "患者", "区間", "金額"], ["7/3", "A様", "さくら台→東和", "12,650"]]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected",
)

add(
    id="minkankyukyu-071",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["錦印刷 企画制作部 <kikaku@nishiki-insatsu.co.jp>"],
    subject="Re: 新パンフレット 初校のご確認",
    charset="utf-8",
    body="""錦印刷 企画制作部　ご担当者様

初校PDFをありがとうございました。桐谷です。修正点をまとめます。

・表紙：キャッチコピーを「病院へ、おうちへ。救命士がいっしょに。」に変更
・p.2 料金表：深夜早朝加算を「25%増」に修正（現在20%のまま）
・p.3 車両写真：2号車ではなく3号車の写真に差し替え（別途データ送付）
・裏表紙：認定番号「東浜市消防本部 第R2-017号」を追記
・フリーダイヤル 0120-37-1192 の書体を太字に

再校は9月5日までにいただけますと助かります。部数は3,000部で変更ありません。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    attachments=[{"kind": "pdf", "name": "初校_赤字入り.pdf",
                  "lines": ["ひので民間救急 パンフレット 初校（赤字入り）", "病院へ、おうちへ。救命士がいっしょに。",
                            "24時間受付 0120-37-1192", "料金表：迎車 1,100円／30分 2,860円／深夜早朝 25%増"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="brochure proof corrections with the company's own phone numbers: ordinary business mail",
)

_cm072 = [
    ("早乙女 千鶴", "サオトメ チヅル", "居宅介護支援事業所つばき", "chizuru.saotome@gmail.com", "090-3318-4407"),
    ("長谷部 美代子", "ハセベ ミヨコ", "ケアプランセンター若葉", "miyoko.hasebe@yahoo.co.jp", "080-1956-2208"),
    ("吉備 真由", "キビ マユ", "西浜市地域包括支援センター", "kibi-mayu@icloud.com", "070-4482-3190"),
    ("相楽 亮介", "サガラ リョウスケ", "居宅介護支援事業所つばき", "r.sagara.cm@gmail.com", "090-7710-5561"),
    ("三ッ木 静江", "ミツギ シズエ", "ケアマネ事務所しおさい", "shizue-m@outlook.jp", "080-6623-0148"),
    ("蛭田 奈々", "ヒルタ ナナ", "小田原みなみ居宅介護支援", "nana.hiruta@gmail.com", "090-2245-8873"),
    ("大喜多 久雄", "オオキタ ヒサオ", "ケアプランセンター若葉", "h-okita@ezweb.ne.jp", "070-3391-6627"),
    ("名嘉 遥", "ナカ ハルカ", "東浜社協 居宅介護支援", "haruka.naka.cm@gmail.com", "080-9014-2576"),
]
_blocks072 = "\n\n".join(
    f"■ {n}（{k}）\n　所属：{org}\n　連絡用メール：{mail}\n　携帯：{tel}" for n, k, org, mail, tel in _cm072)
add(
    id="minkankyukyu-072",
    sender="桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>",
    to=["イベントプランニング湘南 <info@event-shonan.co.jp>"],
    subject="ケアマネジャー向け見学会 招待者リスト",
    charset="iso-2022-jp",
    body=f"""イベントプランニング湘南 ご担当者様

お世話になっております。ひので民間救急の桐谷です。
10月の車両見学会の招待状送付をお願いしたく、招待者の連絡先をお送りします。
いずれも個人の携帯・メールでのやり取りを希望されている方です。

{_blocks072}

送付は9月20日までにお願いいたします。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="営業課"),
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight care managers' private e-mail addresses and mobiles, one block each, to an event company",
)

add(
    id="minkankyukyu-073",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["神奈川県西部民間救急事業者協議会 会報編集部 <kaiho@minkyu-kyogikai.or.jp>"],
    subject="会報 事例紹介の原稿（ひので民間救急）",
    charset="utf-8",
    body="""会報編集部 御中

ひので民間救急の森永です。次号の事例紹介の原稿をお送りします。

――――――――――――――――
【事例】在宅看取りを希望された方の長距離退院搬送

80代女性。膵がん末期で東浜市内の病院に入院中、「最後は生まれ育った長野の家で」との本人の強い希望があり、
8月下旬、主治医・訪問看護と連携して約260kmの退院搬送を行った。
オピオイド持続皮下注射と酸素3L/分を継続しながら、救命士1名・看護師1名が同乗。
途中2回の休憩でご家族と体位を整え、約5時間で到着。到着後11日目にご自宅で永眠されたと、
ご長男から丁寧なお手紙をいただいた。
――――――――――――――――

掲載に当たってはご家族の了承を得ています。
""" + _sig("森永 翔太", "s-morinaga@hinode-sangyo.co.jp", role="救急救命士"),
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="case study with diagnosis but no name (age band, month, origin city, destination prefecture): identifiability is debatable, family consent claimed",
)

add(
    id="minkankyukyu-074",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="利用規約のキャンセル料条項についてのご相談",
    charset="iso-2022-jp",
    body="""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 民間救急事業部の桐谷です。
当日キャンセル料（運賃の50%）について、ご家族から消費者契約法上問題ではないかとのご指摘を受けました。
現行の利用規約（第14条）を添付の上、来週ご相談のお時間をいただけないでしょうか。

候補：10月6日（火）15時、10月8日（木）10時
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp inserts co. into the law-firm partner's domain shirakawa-law.jp: look-alike",
)

add(
    id="minkankyukyu-075",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="Re: 利用規約の改定案（キャンセル料条項）",
    charset="utf-8",
    body="""白川先生

先日はありがとうございました。桐谷です。
ご助言を踏まえた第14条の改定案です。ご確認をお願いいたします。

（改定案）
第14条（キャンセル料）
1 利用者がご予約をキャンセルする場合、前日18時までは無料とする。
2 前日18時以降当日出発1時間前までのキャンセルは、迎車料金相当額（1,100円）とする。
3 出発1時間前以降又は車両到着後のキャンセルは、迎車料金及び実際に要した時間の運賃とし、
　運賃の50%を上限とする。
4 利用者の容体の急変・入院等やむを得ない事由による場合は、前各項にかかわらず無料とする。

なお、本件に関するやり取りは弁護士との秘密保持の対象と理解しております。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="pass",
    entities=[],
    detectors=[],
    note="contract wording to the real law-firm partner; mentions privilege but no marking, no personal data",
)

add(
    id="minkankyukyu-076",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["クリーンメディック 東浜営業所 <higashihama@clean-medic.co.jp>"],
    subject="【至急】車両消毒のお願い（結核患者搬送後）",
    charset="iso-2022-jp",
    body="""クリーンメディック 東浜営業所 ご担当者様

日の出産業の安達です。至急の車両消毒をお願いします。

本日午前、3号車（湘南800さ13-55）で搬送した柳楽 正一様（76歳）について、
搬送先の東和大学病院で喀痰塗抹検査の結果、肺結核（排菌あり）と判明したと連絡がありました。
搬送時間は約40分、乗務員はN95未着用でした（乗務員は保健所の指示で接触者健診を受けます）。

本日15時以降、当社車庫にて車内全体の消毒をお願いできますでしょうか。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's tuberculosis diagnosis to a cleaning contractor: the name was not needed",
)

add(
    id="minkankyukyu-077",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["クリーンメディック 東浜営業所 <higashihama@clean-medic.co.jp>"],
    subject="10月 定期車内消毒の日程",
    charset="cp932",
    body="""クリーンメディック 東浜営業所 ご担当者様

お世話になっております。日の出産業の安達です。
10月の定期消毒日程です。いずれも当社車庫での作業、1台あたり約60分の想定です。

　10/5（月）14:00　湘南800さ11-92（ハイエース）
　10/5（月）15:30　湘南800さ12-07（ハイエース）
　10/12（月）14:00　湘南800さ13-55（キャラバン）
　10/19（月）14:00　湘南501せ46-10／47-33／49-81（シエンタ3台）

作業報告書は従来どおり月末にまとめてお送りください。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="pass",
    entities=[],
    detectors=[],
    note="a disinfection schedule by vehicle plate: no people",
)

_c078 = _crew(6)
_rel078 = ["妻", "母", "夫", "父", "姉", "妻"]
_fam078 = [("恵子",), ("幸子",), ("誠",), ("茂",), ("由美",), ("智美",)]
add(
    id="minkankyukyu-078",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["日本救護研修センター 宿泊研修係 <shukuhaku@kyugo-kenshu.or.jp>"],
    subject="救命士 宿泊研修（11/10-11/12）参加者情報の提出",
    charset="utf-8",
    body="""日本救護研修センター 宿泊研修係 御中

お世話になっております。日の出産業 総務課の大城です。
宿泊研修の参加者情報（緊急連絡先を含む）を所定の様式で提出いたします。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    attachments=[{
        "kind": "docx", "name": "参加者情報_日の出産業.docx", "title": "宿泊研修 参加者情報",
        "paragraphs": ["救命士 宿泊研修（11/10-11/12） 参加者情報", "事業者名：日の出産業株式会社（ひので民間救急）"],
        "tables": [[["氏名", "生年月日", "携帯", "緊急連絡先（続柄）", "緊急連絡先 電話"]] + [
            [c["name"], f"{c['dob'][0]}.{c['dob'][1]}.{c['dob'][2]}", c["tel"],
             f"{c['name'].split()[0]} {g[0]}（{r}）", _phone()]
            for c, r, g in zip(_c078, _rel078, _fam078)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six staff with birth dates, mobiles and family emergency contacts to a training centre",
)

add(
    id="minkankyukyu-079",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["さくら台病院 地域医療連携室 <renkei@sakuradai-hp.or.jp>"],
    subject="Re: 看護師同乗の件（9/30 転院分）",
    charset="iso-2022-jp",
    body="""地域医療連携室 仁科様

お世話になっております。一ノ瀬です。
9/30の転院搬送に同乗する当社看護師についてのお問い合わせの件、以下のとおりです。

　氏名：鬼頭 彩花（キトウ アヤカ）
　資格：看護師（臨床経験 救命救急センター 7年）、BLS・ACLSプロバイダー
　当日の連絡先：配車センター経由（0465-20-7110）

病棟での申し送りは鬼頭が直接お受けします。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="one staff nurse's name and qualifications to a hospital: a single business contact",
)

_p080 = _elder(9)
add(
    id="minkankyukyu-080",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["湘南債権管理サービス 受託課 <jutaku@shonan-servicer.co.jp>"],
    subject="未収金 回収委託分（第3四半期）",
    charset="cp932",
    body="""湘南債権管理サービス 受託課 ご担当者様

お世話になっております。日の出産業 経理課の岩淵です。
督促後も入金のない未収運賃9件について、回収業務を委託いたします。
明細を添付します（古いシステムからの出力のため xls 形式です）。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{
        "kind": "xls", "name": "未収金明細_2026Q3.xls",
        "sheets": {"未収金": [["請求番号", "利用者氏名", "住所", "電話", "利用日", "金額", "督促回数"]] + [
            [f"HK-{2607 + i // 4}-{300 + i * 11}", p["name"], f"〒{p['postal']} {p['street']}", p["tel"],
             f"2026/{7 + i // 4}/{rng.randint(1, 28)}", rng.choice([4200, 8800, 12650, 21450, 38720]), rng.randint(2, 4)]
            for i, p in enumerate(_p080)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS of nine debtors with names, home addresses and phones to a collection agency",
)
# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

add(
    id="minkankyukyu-081",
    sender="Misaki Kiritani <m-kiritani@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Guest Relations <guestrelations@sakura-hotel.jp>"],
    cc=["Pacific Assist Network Japan Desk <japan.desk@pacificassist.com>"],
    subject="Re: Wheelchair transfer to Haneda – booking HN-EX-2611-07",
    charset="utf-8",
    body="""Dear Ms. Tanabe, dear Japan Desk team,

Thank you both. The transfer is confirmed as follows:

  Booking ref.:   HN-EX-2611-07 (Pacific Assist GOP no. GOP-44190)
  Pick-up:        Sakura Hotel main entrance, 26 Nov, 06:30
  Destination:    Haneda Airport Terminal 3, special assistance counter
  Vehicle:        wheelchair-accessible van, one driver and one care attendant
  Luggage:        up to 3 large suitcases

Pacific Assist will be invoiced directly, so nothing needs to be settled at the hotel.
Please call our dispatch (+81-465-20-7110) if the pick-up time changes.
""" + _sig_en("Misaki Kiritani", "m-kiritani@hinode-sangyo.co.jp", "Sales & Operations Manager"),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="English booking confirmation to two external organisations (hotel and assistance company); booking refs only",
)

add(
    id="minkankyukyu-082",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["東和大学病院 緩和ケア病棟 MSW 小松 <komatsu-msw@towa-u-hosp.ac.jp>",
        "訪問看護ステーションあおぞら 所長 <shocho@aozora-vnst.jp>"],
    cc=["居宅介護支援事業所つばき 相楽 <sagara@tsubaki-care.jp>"],
    subject="Re: 退院前カンファレンス日程変更の件",
    charset="iso-2022-jp",
    body="""皆さま

ひので民間救急の森永です。
カンファレンスが12日（木）14時に変更とのこと、承知いたしました。
当社は森永が出席いたします。場所は病棟の面談室でよろしいでしょうか。

森永
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="reply-all keeps three external organisations (hospital, visiting nurses, care manager) visible to each other",
)

add(
    id="minkankyukyu-083",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["我妻 <wagatsuma.hideki@gmail.com>"],
    cc=["ゆうゆう苑 生活相談員 <soudan@yuyu-lifecare.co.jp>", "さくら台病院 地域医療連携室 <renkei@sakuradai-hp.or.jp>"],
    subject="退院日の送迎時間のご連絡（11/18）",
    charset="utf-8",
    body="""我妻様（ご家族）
ゆうゆう苑 ご担当者様
さくら台病院 地域医療連携室 ご担当者様

ひので民間救急の一ノ瀬です。
11月18日（水）の退院送迎の時間が確定しましたので、皆さまにまとめてご連絡いたします。

　病院お迎え：10:30（2階病棟ナースステーション前）
　施設到着　：11:10頃（ゆうゆう苑 正面玄関）

ご家族様は病院で合流、車両に同乗されると伺っています。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="a private person plus two organisations in To/Cc: three external parties see each other",
)

add(
    id="minkankyukyu-084",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["七尾 <nanao.kazuko.0312@gmail.com>"],
    subject="領収書の再発行について",
    charset="iso-2022-jp",
    body="""七尾 様

ひので民間救急 経理課の岩淵です。
お電話でご依頼いただいた10月分の領収書を再発行いたしましたので、PDFでお送りします。
医療費控除の申告にお使いいただけます。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{"kind": "corrupt", "name": "領収書_再発行_202610.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="the PDF attachment is corrupt and cannot be inspected",
)

add(
    id="minkankyukyu-085",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["猪狩 <igari_tomomi@yahoo.co.jp>"],
    subject="領収書（11/5ご利用分）",
    charset="utf-8",
    body="""猪狩 様

このたびはひので民間救急をご利用いただき、ありがとうございました。
11月5日ご利用分の領収書をお送りします。

　領収書番号：R-2611-00518
　ご利用日　：2026年11月5日
　金額　　　：12,650円（うち消費税 1,150円）
　お支払方法：現金

紙の領収書が必要な場合はお申し付けください。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{"kind": "pdf", "name": "領収書_R-2611-00518.pdf",
                  "lines": ["領収書", "猪狩 様", "金額 12,650円（税込）", "但し 11/5 搬送運賃として",
                            "日の出産業株式会社 ひので民間救急", f"登録番号 T{HINODE_CORP}"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=["freemail_recipient"],
    note="a receipt to the paying customer on free mail: one private recipient, amount and receipt number only",
)

add(
    id="minkankyukyu-086",
    sender="事業部長 五十嵐 <h-igarashi@hinode-sangyo.co.jp>",
    to=["神奈川県西部民間救急事業者協議会 事務局 <jimukyoku@minkyu-kyogikai.or.jp>"],
    subject="理事会資料（ひので民間救急 報告分）",
    charset="utf-8",
    body="""協議会事務局 御中

日の出産業の五十嵐です。来週の理事会でご報告する資料をお送りします。
当日はこのスライドで10分ほどご説明します。
""",
    attachments=[{
        "kind": "pptx", "name": "理事会報告_ひので.pptx", "title": "理事会報告",
        "page_footer": "部外秘　日の出産業株式会社 民間救急事業部",
        "slides": [["ひので民間救急 事業報告", "2026年11月 理事会", "事業部長 五十嵐"],
                   ["振替搬送の状況", "救急車からの振替 上期14件", "平均到着時間 23分"],
                   ["課題と今後の方針", "夜間の救命士確保が困難", "西浜拠点の開設を2027年春に前倒し検討",
                    "他社との料金水準の調整（非公開）"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="every slide of the attached PPTX carries a 部外秘 footer",
)

add(
    id="minkankyukyu-087",
    sender="事業部長 五十嵐 <h-igarashi@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 代表取締役 <ceo@hokuto-iso.co.jp>"],
    subject="【取扱注意】相互応援の精算単価の見直し案",
    charset="iso-2022-jp",
    body="""【取扱注意】本メールの内容は関係者限りとしてください。

北斗ケア移送株式会社
代表取締役　御園様

いつもお世話になっております。日の出産業の五十嵐です。
相互応援協定の精算単価について、当社案をお送りします。

　現行：1件あたり 運賃の85%
　改定案：基本 運賃の80%、ただし夜間（22時〜6時）は90%
　適用：2027年1月運行分から

当社の原価構造から算出した数字ですので、社内のごく一部の方のみでご検討ください。
""" + _sig("五十嵐 浩", "h-igarashi@hinode-sangyo.co.jp", role="事業部長"),
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 【取扱注意】 in subject and first line, going to an external firm",
)

add(
    id="minkankyukyu-088",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Concierge <concierge@sakura-hotels.jp>"],
    subject="車椅子送迎のご予約確認（12/3 ロビー 9:00）",
    charset="iso-2022-jp",
    body="""さくらホテル コンシェルジュ ご担当者様

いつもお世話になっております。ひので民間救急の真壁です。
12月3日（木）9:00、ロビーにて車椅子送迎のお客様をお迎えにあがります。
行先は東浜駅南口の予定です。予約番号は HN-EX-2612-02 です。
お客様へのご案内をよろしくお願いいたします。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotels.jp adds an s to the partner domain sakura-hotel.jp: look-alike",
)

add(
    id="minkankyukyu-089",
    sender="総務課 大城 恵 <m-oshiro@hinode-sangyo.co.jp>",
    to=["ジョブナビかながわ 掲載担当 <keisai@jobnavi-kanagawa.co.jp>"],
    subject="求人原稿（民間救急 乗務員・救急救命士）の入稿",
    charset="utf-8",
    body="""ジョブナビかながわ 掲載ご担当者様

お世話になっております。日の出産業 総務課の大城です。
12月掲載分の求人原稿を入稿いたします。

【職種】民間救急 乗務員／救急救命士（正社員）
【仕事内容】病院間の転院搬送、退院・通院の送迎、ストレッチャー・車椅子の介助
【応募資格】普通自動車免許（AT限定可）、介護職員初任者研修以上。救急救命士は優遇
【給与】月給 23万円〜32万円＋夜勤手当（1回 8,000円）
【勤務地】東浜市港町2-14-8（東浜駅から徒歩12分）
【休日】4週8休、有給休暇、リフレッシュ休暇
【応募】TEL 0465-20-7001（総務課 大城）または recruit@hinode-sangyo.co.jp

写真は車両前での集合写真（別送）を使用してください。
""" + _sig("大城 恵", "m-oshiro@hinode-sangyo.co.jp", role="（総務課）", tel="0465-20-7001"),
    expect="pass",
    entities=[],
    detectors=[],
    note="job advertisement text with the company's own contacts: no personal data",
)

add(
    id="minkankyukyu-090",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["ケアスタッフ・ネクスト 派遣管理 <haken@carestaff-next.co.jp>"],
    subject="派遣スタッフ 田所さんの休業について",
    charset="iso-2022-jp",
    body="""ケアスタッフ・ネクスト 派遣管理 ご担当者様

いつもお世話になっております。ひので民間救急の桐谷です。
派遣いただいている田所 勝利さんですが、昨日の勤務後に腰痛を訴えて受診され、
腰椎椎間板ヘルニア（L4/5）で4週間の就労制限との診断書が出ました。
ストレッチャー介助が続いたことが原因の可能性があり、労災の扱いもご相談させてください。

その間の代替スタッフのご手配をお願いできますでしょうか。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named worker's diagnosis and work restriction in running text to the staffing agency",
)

add(
    id="minkankyukyu-091",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["ケアスタッフ・ネクスト 派遣管理 <haken@carestaff-next.co.jp>"],
    subject="1月の派遣依頼人数（日別）",
    charset="utf-8",
    body="""ケアスタッフ・ネクスト 派遣管理 ご担当者様

お世話になっております。桐谷です。
1月の派遣依頼人数を日別にお送りします（人選はお任せします）。

　日付　　　日勤（8-17）　夜勤（17-翌9）　備考
　1/4〜1/9　　2名　　　　 1名
　1/10〜1/12　3名　　　　 1名　　　　　 3連休・退院増見込み
　1/13〜1/23　2名　　　　 1名
　1/24〜1/31　2名　　　　 2名　　　　　 夜勤はうち1名 救命士希望

資格要件：介護職員初任者研修以上、普通免許（夜勤は運転可能な方）
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    expect="pass",
    entities=[],
    detectors=[],
    note="staffing request by head count per day: no named people",
)

_p092 = _elder(15)
_rows092 = [["搬送記録（抽出）2026年10月"], [],
            ["記録No", "搬送日", "氏名", "年齢", "生年月日", "乗車地", "行先", "病名・状態", "酸素", "ストレッチャー"]]
for i, p in enumerate(_p092, 1):
    _rows092.append([f"TR-2610-{i:03d}", f"2026/10/{rng.randint(1, 31)}", p["name"], p["age"],
                     _wareki(*p["dob"], style="kanji"), p["street"][4:],
                     rng.choice(["みなと総合病院", "さくら台病院", "東和大学病院", "自宅", "ゆうゆう苑"]), p["dx"],
                     rng.choice(["なし", "1L", "2L", "3L", "なし"]), rng.choice(["有", "無"])])
add(
    id="minkankyukyu-092",
    sender="運行管理者 桐谷 <m-kiritani@hinode-sangyo.co.jp>",
    to=["神奈川県西部民間救急事業者協議会 監査担当 <kansa@minkyu-kyogikai.or.jp>"],
    subject="相互監査（記録の抜取り確認）の提出資料",
    charset="iso-2022-jp",
    body="""協議会 監査ご担当者様

ひので民間救急の桐谷です。相互監査の提出資料をZIPでお送りします。
10月分の搬送記録から15件を抽出したもの、および点呼簿の写しです。
""" + _sig("桐谷 美穂", "m-kiritani@hinode-sangyo.co.jp", role="運行管理者"),
    attachments=[{"kind": "zip", "name": "相互監査_ひので_202610.zip", "files": [
        {"kind": "xlsx", "name": "搬送記録_抽出.xlsx", "sheets": {"記録": _rows092}},
        {"kind": "pdf", "name": "点呼簿_写し.pdf", "lines": ["点呼簿（2026年10月）", "10/1 出庫 7:00 森永 アルコール0.00 良好",
                                                             "10/1 帰庫 18:10 森永 アルコール0.00 良好"]},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP containing an XLSX of fifteen transport records with names, birth dates, addresses and diagnoses to an outside body",
)

add(
    id="minkankyukyu-093",
    sender="配車センター 一ノ瀬 <h-ichinose@hinode-sangyo.co.jp>",
    to=["浜田記念病院 地域連携室 <renkei@hamada-kinen.or.jp>"],
    subject="Re: 緊急時の連絡先（斑目様の件）",
    charset="utf-8",
    body="""地域連携室 ご担当者様

お世話になっております。一ノ瀬です。
明日の搬送に関して、当日連絡がつく方を確認いたしました。優先順に記載します。

1. ご長男　斑目 孝之 様　　090-5528-1460（平日日中も可）
2. ご長女　佐久間 和子 様　080-7763-2915（午後のみ）
3. 入所予定施設　ゆうゆう苑 生活相談員　0465-39-8820（代表）

当日は当社配車センター（0465-20-7110）からも病棟へ出発連絡を入れます。
""" + _sig("一ノ瀬 遥", "h-ichinose@hinode-sangyo.co.jp"),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two family contacts and a facility switchboard for one transport: under five people, no health data",
)

_fam094 = ["比嘉 千尋", "轟 正人", "一ノ瀬 光太郎", "宮良 杏奈", "向井 悠斗", "木暮 洋子"]
_list094 = "\n".join(f"・{f}様（{rel}）　{_z(_phone(True))}　{note}" for f, rel, note in zip(
    _fam094, ["利用者 比嘉様 ご長女", "利用者 轟様 ご主人", "利用者 一ノ瀬様 ご長男", "利用者 保坂様 姪",
              "利用者 向井様 ご次男", "利用者 木暮様 奥様"],
    ["平日18時以降", "日中可", "LINE不可", "土日のみ", "日中可", "携帯のみ"]))
add(
    id="minkankyukyu-094",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["北斗ケア移送 配車ご担当 <haisha@hokuto-iso.co.jp>"],
    subject="FW: 年末年始の応援便 ご家族連絡先",
    charset="iso-2022-jp",
    body="""北斗ケア移送 配車ご担当者様

真壁です。年末年始の応援便（6件）について、当日ご家族へ直接連絡いただけるよう、
社内で取りまとめたメールをそのまま添付します。よろしくお願いいたします。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    attachments=[{"kind": "eml", "name": "年末年始応援便_家族連絡先.eml", "message": {
        "sender": "一ノ瀬 遥 <h-ichinose@hinode-sangyo.co.jp>",
        "to": ["配車センター <haisha@hinode-sangyo.co.jp>"],
        "subject": "年末年始の応援便 ご家族連絡先",
        "charset": "iso-2022-jp",
        "body": f"""真壁さん

応援便6件のご家族連絡先をまとめました（電話で確認済み）。

{_list094}

一ノ瀬
""",
    }}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an internal mail with six family members' phone numbers (full-width digits) forwarded as an attachment to another company",
)

_p095 = _elder(3)
add(
    id="minkankyukyu-095",
    sender="森永 翔太 <s-morinaga@kyukyu.hinode-sangyo.co.jp>",
    to=["運行管理 <unkou@mail.hinode-sangyo.co.jp>"],
    cc=["桐谷 美穂 <m-kiritani@hinode-sangyo.co.jp>"],
    subject="本日の搬送でのヒヤリハット報告",
    charset="utf-8",
    body=f"""運行管理 各位

森永です。本日のヒヤリハットを報告します。

13:40 {_p095[0]['name']}様（{_p095[0]['age']}歳、{_p095[0]['dx']}）を自宅へ退院搬送中、
酸素ボンベの残量計が想定より早く低下（出発時 10MPa → 25分で 4MPa）。
予備ボンベに切り替えて問題なく到着しましたが、レギュレーターの接続部からの微量漏れと思われます。
ご本人の SpO2 は 94〜96% で推移、体調変化なし。

対策：出庫前点検に石けん水での漏れ確認を追加することを提案します。
該当レギュレーター（RG-22S #0713）は使用停止にしました。
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="near-miss report naming a patient and diagnosis, sent only within the organisation's subdomains",
)

_p096 = _elder(10)
add(
    id="minkankyukyu-096",
    sender="配車センター 真壁 <haisha@hinode-sangyo.co.jp>",
    to=["青葉運輸 福祉輸送事業部 <fukushi@aoba-unyu.co.jp>"],
    subject="共同運行の対象となる定期利用者の名簿（1月〜）",
    charset="utf-8",
    body="""青葉運輸株式会社 福祉輸送事業部 ご担当者様

お世話になっております。ひので民間救急 配車センターの真壁です。
1月から御社と共同運行する西浜エリアの定期利用者の名簿をお送りします。
シート「名簿」に基本情報、「曜日」に利用曜日をまとめています。
""" + _sig("真壁 亮介", "haisha@hinode-sangyo.co.jp"),
    attachments=[{
        "kind": "xlsx", "name": "共同運行_定期利用者名簿.xlsx", "title": "共同運行 定期利用者名簿",
        "sheets": {
            "名簿": [["西浜エリア 定期利用者名簿（2027年1月〜）"], ["作成：ひので民間救急 配車センター"], [],
                     ["No", "氏名", "フリガナ", "生年月日", "住所", "電話", "車両"]] + [
                [i, p["name"], p["kana"], _wareki(*p["dob"], style="zen"), f"〒{p['postal']} {p['street']}", p["tel"],
                 rng.choice(["車椅子", "車椅子", "ストレッチャー"])] for i, p in enumerate(_p096, 1)],
            "曜日": [["No", "月", "火", "水", "木", "金", "土"]] + [
                [i] + [rng.choice(["○", "", ""]) for _ in range(6)] for i in range(1, 11)],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX (title rows above the header, two sheets) of ten users with 和暦 birth dates, addresses and phones to a partner",
)

add(
    id="minkankyukyu-097",
    sender="森永 翔太 <s-morinaga@hinode-sangyo.co.jp>",
    to=["舟橋 <funahashi.takayuki@gmail.com>"],
    subject="本日の搬送中のお父様のご様子",
    charset="iso-2022-jp",
    body="""舟橋 孝之 様

本日お父様（舟橋 幸吉様）の搬送を担当いたしました、ひので民間救急の森永です。
お電話がつながらなかったため、メールで失礼いたします。

搬送中、お父様は何度か「家に帰る」とおっしゃり、シートベルトを外そうとされる場面がありました。
認知症の周辺症状と思われますので、施設の方にもその旨を申し送っております。
血圧・脈拍は安定しており、施設には 15:20 に無事到着されました。

ご不明な点があればお気軽にご連絡ください。
""" + _sig("森永 翔太", "s-morinaga@hinode-sangyo.co.jp", role="救急救命士"),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a patient's dementia symptoms reported to his own son on gmail: the family is entitled to it, but it is health data to a free-mail address",
)

_cc098 = _cc()
add(
    id="minkankyukyu-098",
    sender="経理課 岩淵 <p-iwabuchi@hinode-sangyo.co.jp>",
    to=["大和安心損害保険 保険金支払センター <shiharai@yamato-anshin-sonpo.co.jp>"],
    subject="海外旅行保険の保険金請求（搬送費用）にかかる領収書の写し",
    charset="utf-8",
    body="""大和安心損害保険 保険金支払センター ご担当者様

日の出産業 経理課の岩淵です。
ご契約者様から、当社搬送費用の領収書を保険会社へ直接送ってほしいとのご依頼がありましたので、
写しをお送りいたします。証券番号はご契約者様から伺った TR-5518203 です。
""" + _sig("岩淵 ぴあ", "p-iwabuchi@hinode-sangyo.co.jp", role="経理課", tel="0465-20-7003"),
    attachments=[{"kind": "pdf", "name": "領収書写し_R-2612-00044.pdf",
                  "lines": ["領収書（写）", "No. R-2612-00044",
                            "お名前：久保寺 遥 様", "金額：48,950円（税込）",
                            "但し 12/2 成田空港→東浜市 ストレッチャー搬送運賃として",
                            "お支払方法：クレジットカード",
                            f"カード番号：{_cc098[:4]} {_cc098[4:8]} {_cc098[8:12]} {_cc098[12:]}　承認番号 0481726",
                            "日の出産業株式会社 ひので民間救急"]}],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="the receipt PDF shows the customer's full card number: card data in an attachment to an insurer",
)

add(
    id="minkankyukyu-099",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["東浜市消防本部 警防課 救急係 <kyukyu@fire.city.higashihama.lg.jp>"],
    subject="患者等搬送用自動車 認定更新申請（車両・資器材一覧）",
    charset="iso-2022-jp",
    body="""東浜市消防本部 警防課 救急係 御中

日の出産業株式会社 車両管理の安達です。
患者等搬送事業者 認定（第R2-017号）の更新にあたり、車両と資器材の一覧をお送りします。
乗務員の講習修了証の写しは、窓口へ持参いたします。

車両　　　　　　　　　　　ストレッチャー　酸素（B型）　AED　吸引器　担架
湘南800さ11-92 ハイエース　　　1台　　　　　2本　　　 有　　有　　 1
湘南800さ12-07 ハイエース　　　1台　　　　　2本　　　 有　　有　　 1
湘南800さ13-55 キャラバン　　　1台　　　　　2本　　　 有　　有　　 1
湘南501せ46-10 シエンタ　　　　－　　　　　 1本　　　 有　　無　　 －

消毒実施記録（直近3か月）は別添PDFのとおりです。
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    attachments=[{"kind": "pdf", "name": "消毒実施記録_直近3か月.pdf",
                  "table": [["実施日", "車両", "実施者"], ["10/5", "11-92", "クリーンメディック"],
                            ["10/5", "12-07", "クリーンメディック"], ["10/12", "13-55", "クリーンメディック"],
                            ["11/9", "11-92", "クリーンメディック"], ["12/7", "全車", "クリーンメディック"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="vehicle and equipment list for the fire department's certification: no people",
)

add(
    id="minkankyukyu-100",
    sender="車両管理 安達 <k-adachi@hinode-sangyo.co.jp>",
    to=["川崎電機 医療機器営業部 <iryo-eigyo@kawasaki-denki-co.jp>"],
    subject="AED用バッテリー・電極パッドの注文",
    charset="utf-8",
    body="""川崎電機株式会社 医療機器営業部 ご担当者様

いつもお世話になっております。日の出産業 車両管理の安達です。
車載AEDの消耗品を下記のとおり注文いたします。

　KD-AED-BT3　バッテリーパック　　　　 3個
　KD-PAD-A1　 成人用電極パッド　　　　 6組
　KD-PAD-C1　 小児用電極パッド　　　　 3組

納品先：東浜市港町2-14-8 ひので民間救急（車両管理 安達）
注文番号：HN-PO-261208
""" + _sig("安達 健吾", "k-adachi@hinode-sangyo.co.jp", role="車両管理"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki-co.jp replaces the dot of the partner domain kawasaki-denki.co.jp with a hyphen: look-alike",
)
