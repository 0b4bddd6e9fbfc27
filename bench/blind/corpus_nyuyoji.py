"""Blind evaluation corpus, area ``nyuyoji``: 乳幼児健診・保健師訪問の受託業務.

日の出産業株式会社 ヘルスケア事業部（みなと台母子保健センター）が、みなと台市から受託して
いる乳幼児健康診査（4か月児・10か月児・1歳6か月児・3歳児）と、保健師・助産師による
新生児／乳児家庭全戸訪問・産婦訪問の業務メール: 予約者一覧、発育・発達の所見、精密検査や
療育への紹介、予防接種歴、産後の母親の状態、外国人家庭の通訳手配、そして会場・人員・
請求のふつうの事務連絡。

Every person, number and address in this file is invented (みなと台市 and every
organisation not named in BRIEF.md are fictional too; My Numbers and card numbers come
from build.my_number / build.card_number). It was written blind, from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only: no code, rule or test
of the product was read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 19601
R = random.Random(SEED)

# -- invented people and places ---------------------------------------------------------

SURNAMES = [
    ("小野寺", "おのでら"), ("金城", "きんじょう"), ("比嘉", "ひが"), ("東海林", "しょうじ"),
    ("五十嵐", "いがらし"), ("勅使河原", "てしがわら"), ("鬼頭", "きとう"), ("百武", "ひゃくたけ"),
    ("宇佐美", "うさみ"), ("栗林", "くりばやし"), ("舘野", "たての"), ("一ノ瀬", "いちのせ"),
    ("我妻", "わがつま"), ("的場", "まとば"), ("鮫島", "さめじま"), ("蓮沼", "はすぬま"),
    ("保科", "ほしな"), ("早乙女", "さおとめ"), ("御手洗", "みたらい"), ("乙部", "おとべ"),
    ("猪股", "いのまた"), ("皆川", "みながわ"), ("嘉数", "かかず"), ("仲宗根", "なかそね"),
    ("望月", "もちづき"), ("千葉", "ちば"), ("柘植", "つげ"), ("鴨志田", "かもした"),
    ("新垣", "あらかき"), ("丸茂", "まるも"), ("雨宮", "あめみや"), ("荻原", "おぎわら"),
    ("薬師寺", "やくしじ"), ("園田", "そのだ"), ("間宮", "まみや"), ("綿貫", "わたぬき"),
    ("古志", "こし"), ("真栄田", "まえだ"), ("日下部", "くさかべ"), ("四十物", "あいもの"),
]
BOYS = [
    ("陽翔", "はると"), ("蒼", "あお"), ("湊斗", "みなと"), ("大和", "やまと"), ("律", "りつ"),
    ("朔", "さく"), ("悠真", "ゆうま"), ("蓮", "れん"), ("颯", "はやて"), ("樹", "いつき"),
    ("碧", "あおい"), ("暖", "だん"), ("伊吹", "いぶき"), ("陸", "りく"), ("旭", "あさひ"),
    ("奏太", "そうた"), ("晴", "はる"), ("絢斗", "あやと"),
]
GIRLS = [
    ("結菜", "ゆいな"), ("凛", "りん"), ("紬", "つむぎ"), ("芽依", "めい"), ("陽葵", "ひまり"),
    ("澪", "みお"), ("杏", "あん"), ("咲良", "さくら"), ("琴葉", "ことは"), ("葵", "あおい"),
    ("詩", "うた"), ("心春", "こはる"), ("翠", "みどり"), ("栞", "しおり"), ("環", "たまき"),
    ("莉子", "りこ"), ("柚", "ゆず"), ("千晴", "ちはる"),
]
MOMS = [
    ("美咲", "みさき"), ("彩花", "あやか"), ("千尋", "ちひろ"), ("友美", "ともみ"), ("麻衣", "まい"),
    ("香織", "かおり"), ("里奈", "りな"), ("真由", "まゆ"), ("奈緒子", "なおこ"), ("恵", "めぐみ"),
    ("沙織", "さおり"), ("佳奈", "かな"), ("瞳", "ひとみ"), ("明日香", "あすか"), ("有紀", "ゆき"),
    ("舞", "まい"), ("遥", "はるか"), ("梓", "あずさ"),
]
TOWNS = ["潮見町", "汐入町", "若宮", "東雲台", "北浜", "緑ケ丘", "本町", "桜木町", "浜野",
         "新田", "三ツ沢", "港南台", "高砂", "宮下"]
ZIPS = {t: f"236-00{i + 31:02d}" for i, t in enumerate(TOWNS)}

_ZEN = {c: chr(ord(c) + 0xFEE0) for c in "0123456789-.:/()ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _zen(s: str) -> str:
    """ASCII digits, capitals and separators to their full-width forms."""
    return "".join(_ZEN.get(c, c) for c in s)


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _wareki(y: int, m: int, d: int, style: int = 0) -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, ab, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return _zen(f"{era}{ey}年{m}月{d}日")
    if style == 2:
        return f"{ab}{ey}.{m}.{d}"
    return _zen(f"{ab}{ey}.{m}.{d}")


def _tel() -> str:
    return f"0{R.choice('789')}0-{R.randrange(1000, 10000)}-{R.randrange(1000, 10000)}"


def _kids(n: int, year: int, months: list[int]) -> list[dict]:
    out = []
    for sei in R.sample(SURNAMES, n):
        boy = R.random() < 0.5
        mei = R.choice(BOYS if boy else GIRLS)
        mom = R.choice(MOMS)
        town = R.choice(TOWNS)
        out.append({
            "sei": sei[0], "seik": sei[1], "mei": mei[0], "meik": mei[1],
            "sex": "男" if boy else "女", "y": year, "m": R.choice(months),
            "d": R.randrange(1, 29), "mom": mom[0], "momk": mom[1], "tel": _tel(),
            "town": town, "zip": ZIPS[town],
            "ban": f"{R.randrange(1, 6)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}",
        })
    return out


def _w(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def _table(rows: list[list[str]], sep: str = "  ", rule: str = "-") -> str:
    """A plain-text table padded with ASCII spaces, a rule under the header."""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip()
             for r in rows]
    return "\n".join([lines[0], rule * (sum(widths) + len(sep) * (len(widths) - 1))]
                     + lines[1:])


def _table_zen(rows: list[list[str]]) -> str:
    """A table padded with full-width spaces (as typed in a Japanese IME)."""
    widths = [max((_w(r[i]) + 1) // 2 for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            cells.append(c + "　" * (widths[i] - (_w(c) + 1) // 2))
        out.append("　".join(cells).rstrip("　 "))
    return "\n".join([out[0], "―" * (sum(widths) + len(widths) - 1)] + out[1:])


def _houjin(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


HINODE_T = "T" + _houjin("010401093575")

# -- addresses ----------------------------------------------------------------------------

CITY_KA = "みなと台市 母子保健課 <boshihoken@city.minatodai.lg.jp>"
KUROSAWA = "黒沢 美穂 <kurosawa-m@city.minatodai.lg.jp>"
ISHIZAKA = "石坂 隆 <ishizaka-t@city.minatodai.lg.jp>"
CITY_KEIYAKU = "みなと台市 契約担当 <keiyaku@city.minatodai.lg.jp>"
CITY_NAKAMURA = "中村 紗季 <nakamura-sa@city.minatodai.lg.jp>"
SHIOMI_CENTER = "潮見地区センター <shiomi-center@city.minatodai.lg.jp>"
ISHIKAI = "みなと台医師会 事務局 <jimukyoku@minatodai-ishikai.or.jp>"
DENTAL = "みなと台歯科医師会 <office@minatodai-dental.or.jp>"
TAGENGO = "多言語通訳サポート コーディネート係 <coordinate@tagengo-support.or.jp>"
KOKUSAI = "みなと台市国際交流協会 相談窓口 <soudan@minatodai-ia.or.jp>"
NURSEBRIDGE = "ナースブリッジ 派遣営業 <haken-eigyo@nurse-bridge.co.jp>"
MIDWIFE_A = "中川 綾子 <ayako.nakagawa.josan@gmail.com>"
MIDWIFE_B = "森本 佳代子 <k.morimoto.mw@yahoo.co.jp>"
MIDWIFE_C = "日向 まどか <hinata-josanshi@icloud.com>"

HAMAGUCHI = "浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>"
KOMATSUBARA = "小松原 由紀 <komatsubara.yuki@hinode-sangyo.co.jp>"
TAKAHATA = "高畑 早苗 <takahata.sanae@hinode-sangyo.co.jp>"
HASEBE = "長谷部 真理 <hasebe.mari@hinode-sangyo.co.jp>"
IWABUCHI = "岩渕 千景 <iwabuchi.chikage@hinode-sangyo.co.jp>"
LI = "李 美玲 <li.meiling@hinode-sangyo.co.jp>"
ANZAI = "安斎 智子 <anzai.tomoko@hinode-sangyo.co.jp>"
SUDO = "須藤 かおり <sudo.kaori@hinode-sangyo.co.jp>"
MAKABE = "真壁 亮 <makabe.ryo@hinode-sangyo.co.jp>"
OKOCHI = "大河内 翔 <okochi.sho@hinode-sangyo.co.jp>"

SIG_HAMAGUCHI = """--
日の出産業株式会社 ヘルスケア事業部
みなと台母子保健センター　浜口 健太（はまぐち けんた）
〒236-0041 神奈川県みなと台市潮見町1-8-2 潮見ビル3F
TEL 046-812-3340　FAX 046-812-3341
hamaguchi.kenta@hinode-sangyo.co.jp"""

SIG_KOMATSUBARA = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ヘルスケア事業部
みなと台母子保健センター　保健師リーダー
小松原 由紀
TEL 046-812-3340（代） 内線 214
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKAHATA = """──────────────────────────
日の出産業株式会社
ヘルスケア事業部 みなと台母子保健センター 所長
高畑 早苗　Sanae Takahata
〒236-0041 神奈川県みなと台市潮見町1-8-2 潮見ビル3F
TEL: 046-812-3340 / Mobile: 080-3391-2206
──────────────────────────"""

SIG_ANZAI = """=====================================
日の出産業株式会社 経理部 経理課
安斎 智子
〒105-0013 東京都港区浜松町3-4-1 日の出ビル8F
TEL 03-5403-7711（直通） FAX 03-5403-7720
====================================="""

SIG_LI = """-----
日の出産業株式会社 ヘルスケア事業部
多言語支援コーディネーター　李 美玲（り めいれい）
TEL 046-812-3340　/ 中文・English OK
li.meiling@hinode-sangyo.co.jp"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# == 001-020 =============================================================================

_k = _kids(16, 2026, [5, 6])
_rows = [["健診日", "受付時間", "児氏名", "ふりがな", "性別", "生年月日", "保護者氏名", "住所",
          "電話番号", "通訳"]]
for _i, k in enumerate(_k):
    _rows.append(["2026/10/14" if _i < 8 else "2026/10/28",
                  ["13:00", "13:15", "13:30", "13:45"][_i % 4],
                  f"{k['sei']} {k['mei']}", f"{k['seik']} {k['meik']}", k["sex"],
                  f"2026/{k['m']:02d}/{k['d']:02d}", f"{k['sei']} {k['mom']}",
                  f"みなと台市{k['town']}{k['ban']}", k["tel"],
                  "ベトナム語" if _i == 5 else ("英語" if _i == 11 else "")])
add(
    id="nyuyoji-001",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    cc=[KUROSAWA],
    subject="【みなと台市】10月 4か月児健診（10/14・10/28）予約者一覧の送付",
    charset="iso-2022-jp",
    body=f"""みなと台市 こども家庭部 母子保健課
黒沢様

いつもお世話になっております。日の出産業の浜口です。

10月実施分の4か月児健康診査について、予約システムから出力した
予約者一覧（10/14、10/28 の2回分、計16名）をお送りいたします。
キャンセル・日程変更は 10/7 17時時点の反映です。

通訳が必要なご家庭が2組ありますので、通訳の手配はこちらで進めます。
ご確認のほど、よろしくお願いいたします。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "csv", "name": "4か月児健診_予約者一覧_202610.csv",
                  "encoding": "cp932", "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 16 infants (name, DOB, parent, address, phone) to the city: a list of people",
)

add(
    id="nyuyoji-002",
    sender=HASEBE,
    to=[SHIOMI_CENTER],
    subject="11月18日(水) 1歳6か月児健診 会場使用のお願い",
    charset="iso-2022-jp",
    body="""みなと台市 潮見地区センター
ご担当者様

いつもお世話になっております。
みなと台市の乳幼児健診を受託しております、日の出産業の長谷部です。

11月の1歳6か月児健康診査の会場使用について、下記のとおりお願いいたします。

　日　時：令和8年11月18日（水）8:30〜16:30（健診受付 12:45〜13:45）
　使用室：多目的ホール、和室2（授乳・おむつ替え用）、会議室B（歯科指導）
　備　品：長机 20台、椅子 60脚、パーテーション 6枚
　その他：ベビーカー置き場として1階ロビー東側をお借りできますと助かります。
　　　　　搬入は当日8:30から、弊社の車両2台で行います。

駐車場は例月どおり来場者用に第2駐車場を開放いただけますでしょうか。
使用許可申請書は来週中に窓口へ持参いたします。

よろしくお願いいたします。

日の出産業株式会社 ヘルスケア事業部
みなと台母子保健センター　長谷部 真理
TEL 046-812-3340
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="venue booking with a city facility: ordinary business mail, no personal data",
)

add(
    id="nyuyoji-003",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="10/14 4か月児健診 股関節の件（ご報告）",
    charset="iso-2022-jp",
    body="""黒沢さん

お疲れさまです、小松原です。
昨日（10/14）の4か月児健診で要精検になったお子さんについて、取り急ぎご報告です。

潮見町の四十物 陽葵（あいもの ひまり）ちゃん、令和８年５月２１日生まれの女の子です。
診察で左股関節の開排制限があり、大腿皮膚溝も左右差があったため、
吉岡先生の判断で要精密検査（整形外科）となりました。
お母さんには市立みなと台病院の整形外科をご案内し、精密健康診査受診票をお渡し済みです。
かなり心配されていて「抱っこの仕方が悪かったのか」と何度も聞かれていたので、
市のほうでも一度お電話いただけると安心されると思います。

受診日が分かりましたら、またお知らせします。

小松原
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named infant's health-check finding (hip abduction limit, referral) in running text to the city",
)

add(
    id="nyuyoji-004",
    sender=ANZAI,
    to=[CITY_KEIYAKU],
    cc=[CITY_NAKAMURA],
    subject="9月分 乳幼児健康診査等業務委託料のご請求について",
    charset="cp932",
    body=f"""みなと台市 こども家庭部 契約担当 御中

いつも大変お世話になっております。
日の出産業株式会社 経理部の安斎でございます。

令和8年9月分の乳幼児健康診査等業務委託料につきまして、
請求書（PDF）を添付にてお送りいたします。
原本は本日付で郵送いたしました。

　請求番号：INV-2609-0412
　請求金額：3,412,650円（税込）
　お支払期限：令和8年10月31日

ご査収のほど、よろしくお願い申し上げます。

{SIG_ANZAI}
""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2609-0412.pdf", "title": "請求書",
                  "lines": [
                      "請 求 書", "",
                      "みなと台市長 殿                         令和8年9月30日",
                      "                                     日の出産業株式会社",
                      f"                                     登録番号 {HINODE_T}",
                      "                                     東京都港区浜松町3-4-1",
                      "", "件名：みなと台市乳幼児健康診査等業務委託（令和8年9月分）",
                      "請求番号：INV-2609-0412", ""],
                  "table": [
                      ["項目", "数量", "単価", "金額"],
                      ["4か月児健康診査（2回）", "2回", "412,000", "824,000"],
                      ["1歳6か月児健康診査（2回）", "2回", "438,000", "876,000"],
                      ["3歳児健康診査（2回）", "2回", "452,000", "904,000"],
                      ["新生児・乳児家庭訪問", "58件", "4,900", "284,200"],
                      ["通訳手配費", "6件", "8,250", "49,500"],
                      ["小計", "", "", "2,937,700"],
                      ["消費税（10%）", "", "", "293,770"],
                      ["前月調整分", "", "", "181,180"],
                      ["合計", "", "", "3,412,650"],
                      ["振込先：みどり銀行 浜松町支店 普通 1048823 ヒノデサンギヨウ（カ", "", "", ""],
                  ]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with counts only, the company's T-number and company bank account: business data",
)

add(
    id="nyuyoji-005",
    sender=IWABUCHI,
    to=[KUROSAWA],
    subject="【ご相談】産婦訪問　東雲台のお母さんについて",
    charset="cp932",
    body="""黒沢様

お世話になっております。日の出産業の助産師、岩渕です。
本日訪問したお母さんのことでご相談させてください。

東雲台２丁目の　さめじま　ゆかり　さん（第１子・赤ちゃんは生後５週）ですが、
ＥＰＤＳが１４点でした。夜ほとんど眠れていない、理由もなく涙が出る、と話されていて、
結婚前に心療内科へ通院していたことがある（抗うつ薬を服用していた）とのことです。
ご主人は単身赴任中で、実家も遠方とのことで日中はお一人です。

本人には市の保健師さんから連絡が行くことをお伝えし、了承をいただいています。
携帯：０８０－４４１７－２９０３（日中はつながりやすいそうです）

早めのフォローが必要と考えます。ご検討よろしくお願いいたします。

岩渕 千景（助産師）
日の出産業株式会社 ヘルスケア事業部
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named mother's EPDS score and psychiatric history, kana name, full-width phone, to the city",
)

_k = _kids(14, 2025, [2, 3])
_find = ["異常なし"] * 7 + ["言葉の遅れ（有意語1語）→要経過観察", "独歩未確立→要精密（小児神経）",
                            "アトピー性皮膚炎（治療中）", "斜視疑い→要精密（眼科）", "う蝕あり（C1×2）",
                            "体重 -2SD 以下→要経過観察", "熱性けいれん既往あり"]
R.shuffle(_find)
_sheet = [["1歳6か月児健康診査 結果一覧（令和8年9月24日 潮見地区センター）"], [],
          ["No", "児氏名", "性別", "生年月日", "身長cm", "体重kg", "所見・判定", "保護者"]]
for _i, k in enumerate(_k):
    _sheet.append([_i + 1, f"{k['sei']} {k['mei']}", k["sex"], _wareki(k["y"], k["m"], k["d"]),
                   round(R.uniform(76, 84), 1), round(R.uniform(9.0, 11.8), 1), _find[_i],
                   f"{k['sei']} {k['mom']}"])
add(
    id="nyuyoji-006",
    sender=KOMATSUBARA,
    to=[TAKAHATA, "健診チーム <kenshin-team@hinode-sangyo.co.jp>"],
    subject="1歳6か月児健診(9/24) 結果まとめ 共有",
    charset="utf-8",
    body="""チームの皆さん

9/24の1歳6か月児健診の結果一覧です（社内共有用）。
要精密・要経過観察の方は、来週のカンファで対応を確認します。
市への報告は集計表のみで出します。

小松原
""",
    attachments=[{"kind": "xlsx", "name": "1歳6か月_結果一覧_0924.xlsx",
                  "sheets": {"結果一覧": _sheet,
                             "集計": [["受診者数", 14], ["異常なし", 7], ["要経過観察", 3],
                                      ["要精密", 2], ["治療中", 2]]}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="full results list with findings, but every recipient is internal",
)

add(
    id="nyuyoji-007",
    sender=KOMATSUBARA,
    to=["市立みなと台病院 小児科外来 <shonika-gairai@minatodai-hp.jp>"],
    subject="精密健康診査のお願い（心雑音）",
    charset="iso-2022-jp",
    body="""市立みなと台病院 小児科外来
ご担当者様

いつもお世話になっております。
みなと台市の委託により乳幼児健診を実施しております日の出産業の小松原です。

1歳6か月児健診にて心雑音を指摘されたお子さんについて、
精密健康診査をお願いしたく、依頼書を添付いたします。
保護者の方からは、明日以降お電話で予約を入れていただく予定です。

どうぞよろしくお願いいたします。

日の出産業株式会社 みなと台母子保健センター
保健師　小松原 由紀　TEL 046-812-3340
""",
    attachments=[{"kind": "docx", "name": "精密健康診査依頼書_湊.docx",
                  "title": "精密健康診査依頼書",
                  "paragraphs": ["精密健康診査依頼書", "市立みなと台病院 小児科 御中",
                                 "下記の児について、精密健康診査をお願いいたします。"],
                  "tables": [[["児氏名", "湊 颯（みなと はやて）"], ["性別", "男"],
                              ["生年月日", "令和7年3月3日"], ["保護者氏名", "湊 千尋"],
                              ["連絡先", "070-5528-1946"],
                              ["健診名・日", "1歳6か月児健康診査　令和8年9月24日"],
                              ["所見", "収縮期心雑音（Levine 2/6、胸骨左縁第3肋間）。チアノーゼなし。"],
                              ["依頼事項", "心エコー等による精査をお願いします。"],
                              ["健診医", "吉岡 小児科医（みなと台医師会）"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX referral with one named child's heart murmur finding sent to an external hospital",
)

add(
    id="nyuyoji-008",
    sender=TAKAHATA,
    to=[NURSEBRIDGE],
    subject="11月 健診従事看護師の派遣依頼（人数・時間帯）",
    charset="utf-8",
    body=f"""ナースブリッジ株式会社
派遣営業ご担当 様

いつもお世話になっております。日の出産業の高畑です。
11月分の健診従事看護師について、下記のとおり派遣をお願いいたします。

{_table([["日付", "健診", "人数", "時間", "主な業務"],
         ["11/4(水)", "4か月児", "3", "12:00-16:30", "身体計測・問診補助"],
         ["11/11(水)", "3歳児", "4", "12:00-17:00", "視力・聴覚検査補助、尿検査受付"],
         ["11/18(水)", "1歳6か月児", "4", "12:00-16:30", "身体計測・歯科誘導"],
         ["11/25(水)", "4か月児", "3", "12:00-16:30", "身体計測・問診補助"]])}

単価は現行契約（時給 2,450円、交通費実費）のままでお願いします。
経験者の方を1名は必ず入れていただけると助かります。
人選が決まりましたら、お名前だけ先にご連絡ください。

{SIG_TAKAHATA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="staffing request with dates, headcounts and rates: no person's data",
)

_k = _kids(7, 2026, [8, 9])
_blocks = []
for _i, k in enumerate(_k):
    _blocks.append(
        f"{_i + 1}. {k['sei']} {k['mom']} 様（児：{k['mei']}　{_wareki(k['y'], k['m'], k['d'], 2)}生）\n"
        f"   {k['zip']}　みなと台市{k['town']}{k['ban']}\n"
        f"   TEL {k['tel']}" + ("　※第2子、上の子は4歳" if _i == 2 else "")
        + ("　※里帰りから10/20に戻られる予定" if _i == 5 else ""))
_fw = "\n\n".join(_blocks)
add(
    id="nyuyoji-009",
    sender=IWABUCHI,
    to=[MIDWIFE_A],
    subject="FW: 【新生児訪問】10月後半 依頼分（7件）",
    charset="utf-8",
    body=f"""中川さん

お疲れさまです、岩渕です。
市から来た10月後半の依頼分です。中川さんには全部で7件お願いしたいので
そのまま転送します。訪問日が決まったら、いつものシートに入力をお願いします。

---------- Forwarded message ---------
From: 黒沢 美穂 <kurosawa-m@city.minatodai.lg.jp>
Date: 2026年10月9日(金) 16:42
Subject: 【新生児訪問】10月後半 依頼分（7件）
To: 岩渕 千景 <iwabuchi.chikage@hinode-sangyo.co.jp>

日の出産業 岩渕様

10月後半の新生児訪問の依頼分です。出生連絡票の内容を転記しています。

{_fw}

よろしくお願いいたします。
みなと台市 母子保健課 黒沢
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="forward of 7 families' address/phone/DOB blocks to a freelance midwife's gmail: list of people",
)

add(
    id="nyuyoji-010",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="Re: 【ご相談】産婦訪問　東雲台のお母さんについて",
    charset="iso-2022-jp",
    body="""黒沢様

ご連絡ありがとうございます。承知いたしました。
来週の再訪問は岩渕が火曜午前で調整し、結果は市の様式でご報告します。
地区担当の保健師さんの同行日が決まりましたら教えてください。

小松原

> 小松原様、岩渕様
>
> ご報告ありがとうございます。地区担当からも本日中に電話を入れます。
> 再訪問は1週間後を目安にお願いできますでしょうか。
>
> 黒沢
>
>> 東雲台２丁目の　さめじま　ゆかり　さん（第１子・赤ちゃんは生後５週）ですが、
>> ＥＰＤＳが１４点でした。夜ほとんど眠れていない、理由もなく涙が出る、と話されていて、
>> 結婚前に心療内科へ通院していたことがある（抗うつ薬を服用していた）とのことです。
>> 携帯：０８０－４４１７－２９０３（日中はつながりやすいそうです）
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the sensitive details are only in quoted text the city already has; new text is scheduling",
)

add(
    id="nyuyoji-011",
    sender=IWABUCHI,
    to=[MIDWIFE_A, MIDWIFE_B, MIDWIFE_C],
    subject="11月の訪問担当日のご希望を教えてください",
    charset="utf-8",
    body="""中川さん、森本さん、日向さん

いつもありがとうございます。岩渕です。
11月分の新生児・産婦訪問の担当日を組みたいので、
訪問に入れる日と時間帯を 10/23(金) までに返信いただけますか。

・11月は依頼が多めで、60件前後になりそうです
・訪問単価（1件 6,800円）と交通費の扱いは10月と同じです
・12月から記録様式が一部変わるので、研修（11/27午後）もご予定ください

どうぞよろしくお願いします。

岩渕 千景
日の出産業株式会社 ヘルスケア事業部
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three freelance midwives (three private persons) visible to each other in To: should be Bcc",
)

add(
    id="nyuyoji-012",
    sender=LI,
    to=[TAGENGO],
    subject="通訳派遣依頼：10/14(水) 4か月児健診　ベトナム語",
    charset="iso-2022-jp",
    body=f"""多言語通訳サポート
コーディネート係 ご担当者様

いつもお世話になっております。日の出産業の李です。
下記のとおり、ベトナム語通訳の派遣をお願いいたします。

■日時　　令和8年10月14日（水）13:00〜15:00
■場所　　みなと台市 潮見地区センター 多目的ホール（受付横で待ち合わせ）
■言語　　ベトナム語
■内容　　4か月児健診の問診・計測・診察・保健指導の通訳（ご家族1組）
■保護者氏名　グエン・ティ・ラン 様
■保護者連絡先　080-6621-3094（当日、遅れる場合の連絡用）

通訳者さまのお名前が決まりましたらご連絡ください。
よろしくお願いいたします。

{SIG_LI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one parent's name and phone for an interpreter booking; no health detail: may warn, not hold",
)

_k = _kids(10, 2025, [2, 3])
_vac = [["予防接種歴確認表（1歳6か月児健診　令和8年9月24日実施分）"],
        ["※未接種・接種遅れのある児のみ抽出"],
        ["No", "児氏名", "生年月日", "ヒブ", "小児肺炎球菌", "五種混合", "BCG", "MR1期",
         "水痘", "備考"]]
_notes = ["", "", "卵アレルギーのため主治医と相談中", "", "川崎病治療後（γグロブリン投与）のためMR延期",
          "", "転入前の接種歴確認中", "", "", "保護者が接種に消極的"]
for _i, k in enumerate(_k):
    _vac.append([_i + 1, f"{k['sei']}　{k['mei']}", f"{k['y']}/{k['m']}/{k['d']}",
                 "済", "済", R.choice(["済", "3回目未", "4回目未"]), R.choice(["済", "済", "未"]),
                 R.choice(["未", "未", "済"]), R.choice(["未", "1回目済"]), _notes[_i]])
add(
    id="nyuyoji-013",
    sender=KOMATSUBARA,
    to=[CITY_KA],
    subject="1歳6か月児健診 予防接種歴確認結果（未接種・遅れのある児）",
    charset="utf-8",
    body="""みなと台市 母子保健課 御中

お世話になっております。日の出産業の小松原です。
9/24実施分の1歳6か月児健診で、母子健康手帳により確認した予防接種歴のうち、
未接種・接種遅れのあるお子さん10名分を一覧にしました。
勧奨通知の発送にお使いください。

日の出産業株式会社 みなと台母子保健センター
小松原
""",
    attachments=[{"kind": "xlsx", "name": "予防接種歴確認_1歳6か月_0924.xlsx",
                  "sheets": {"未接種者": _vac}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 10 named children with vaccination status and medical remarks to the city",
)

add(
    id="nyuyoji-014",
    sender=LI,
    to=[KOKUSAI],
    subject="通訳ボランティア派遣 利用登録のお願い（ファム様ご家族）",
    charset="utf-8",
    body=f"""みなと台市国際交流協会
相談窓口 ご担当者様

いつもお世話になっております。日の出産業の李でございます。
乳幼児健診で通訳ボランティアの派遣を受けたいご家族がいらっしゃるため、
利用登録をお願いいたします。登録票の項目を下記に記載します。

　氏名（ローマ字）：PHAM THI HOA
　氏名（カナ）　　：ファム・ティ・ホア
　生年月日　　　　：1996年2月9日
　在留カード番号　：RK48120593GA
　住所　　　　　　：神奈川県みなと台市汐入町3-11-2 汐入ハイツ205
　電話　　　　　　：090-3857-6610
　希望言語　　　　：ベトナム語
　利用予定　　　　：11/4 4か月児健診、その後の乳児訪問

ご本人の同意書（署名済み）は郵送いたします。

{SIG_LI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a mother's residence card number with address and DOB to an external association",
)

add(
    id="nyuyoji-015",
    sender=LI,
    to=[TAGENGO],
    subject="精密検査の委託医療機関一覧（通訳同行のご参考に）",
    charset="cp932",
    body=f"""多言語通訳サポート ご担当者様

お世話になっております。日の出産業の李です。
先日お話しした、健診後の精密検査で通訳同行をお願いする可能性のある
医療機関の一覧です（市の委託医療機関リストから抜粋）。

{_table([["医療機関", "診療科", "電話", "所在地"],
         ["市立みなと台病院", "小児科・整形外科", "046-811-2200", "みなと台市本町2-1-1"],
         ["星野こどもクリニック", "小児科", "046-815-0081", "みなと台市若宮4-7-3"],
         ["あおぞら眼科", "眼科", "046-812-7702", "みなと台市潮見町2-3-15"],
         ["しおみ小児外科クリニック", "小児外科・泌尿器", "046-819-3360", "みなと台市汐入町1-20-8"],
         ["みなと台療育センター", "発達相談", "046-818-5115", "みなと台市緑ケ丘6-2"]])}

いずれも平日のみ、予約制です。
同行の可否は、案件ごとにご相談させてください。

{SIG_LI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of clinics with switchboard numbers and addresses: businesses, not people",
)

add(
    id="nyuyoji-016",
    sender=HASEBE,
    to=["錦印刷 営業部 岡野様 <okano@nishiki-insatu.co.jp>"],
    subject="問診票（3歳児健診用）増刷のお願い",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部 岡野様

いつもお世話になっております。日の出産業の長谷部です。
3歳児健診用の問診票が残り少なくなってきたため、増刷をお願いいたします。

　品番：MQ-3Y-2026（3歳児問診票 A4両面・2枚複写）　3,000部
　品番：MQ-ENV-04（返信用封筒 長3）　　　　　　　 3,000部
　納品先：みなと台母子保健センター（潮見ビル3F）
　希望納期：11月6日（金）まで

版は9月に修正いただいた第3版のままで結構です。
お見積りをいただけますと幸いです。

長谷部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain nishiki-insatu.co.jp drops a letter of partner nishiki-insatsu.co.jp",
)

add(
    id="nyuyoji-017",
    sender=TAKAHATA,
    to=[KUROSAWA],
    cc=[ISHIKAI, ISHIZAKA],
    subject="12月 健診医の出務日程調整について",
    charset="iso-2022-jp",
    body=f"""みなと台市 母子保健課 黒沢様
みなと台医師会 事務局 ご担当者様

いつもお世話になっております。日の出産業の高畑です。
12月の乳幼児健診の健診医出務について、日程案をお送りします。

　12/2(水)  4か月児健診　　　 13:00〜16:00　小児科医1名
　12/9(水)  3歳児健診　　　　 13:00〜16:30　小児科医1名
　12/16(水) 1歳6か月児健診　 13:00〜16:00　小児科医1名・歯科医1名
　12/23(水) 4か月児健診　　　 13:00〜16:00　小児科医1名

年末のため、23日は開始を30分早めることも可能です。
医師会様で先生方のご都合を伺っていただき、11/13(金)までに
ご回答いただけますと助かります。

{SIG_TAKAHATA}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="scheduling mail to the city and the medical association: two external organisations only",
)

add(
    id="nyuyoji-018",
    sender=KOMATSUBARA,
    to=["しおみ小児外科クリニック 受付 <uketsuke@shiomi-shonigeka.jp>"],
    subject="精密検査の予約代行のお願い（1歳6か月児）",
    charset="cp932",
    body="""しおみ小児外科クリニック
受付ご担当者様

お世話になっております。日の出産業（みなと台市乳幼児健診受託）の小松原です。
保護者の方のご了承をいただき、精密検査のご予約を代わりにお願いいたします。

　お子さま：望月 大和（もちづき やまと）くん　男児
　生年月日：Ｒ７．２．１６
　健診所見：右停留精巣の疑い（1歳6か月児健診にて指摘）
　資格確認書：記号　１４２１０８７３　番号　２６（枝番０３）
　保護者：望月 梓さま（日中は保育園のお迎え前 15時頃までがつながりやすいです）
　ご希望：11月中の火曜または木曜午前

お手数ですが、予約日時を当方までお知らせください。保護者へお伝えいたします。

日の出産業株式会社 みなと台母子保健センター
小松原 由紀（保健師）　TEL 046-812-3340
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one child's insurance symbol/number plus a suspected diagnosis, sent to a clinic",
)

add(
    id="nyuyoji-019",
    sender=IWABUCHI,
    to=[MIDWIFE_A],
    subject="Re: 10月後半の訪問可能日",
    charset="utf-8",
    body="""中川さん

ありがとうございます！では 10/20(火) と 10/22(木) で組ませていただきます。
件数と訪問先は、市からの依頼が確定してから改めてお送りしますね。
交通費の精算書は月末締めで、いつもどおりで大丈夫です。

岩渕

On 2026/10/08 21:14, 中川 綾子 wrote:
> 岩渕さん
> お疲れさまです。10月後半は、20日と22日なら終日大丈夫です。
> 21日は午前だけなら行けます。
> 中川
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="scheduling reply to one freelance midwife on free mail; no family data",
)

add(
    id="nyuyoji-020",
    sender=KOMATSUBARA,
    to=[CITY_KA],
    subject="9月分 乳児家庭全戸訪問 実施報告（パスワード別送）",
    charset="iso-2022-jp",
    body="""みなと台市 母子保健課 御中

お世話になっております。日の出産業の小松原です。
9月分の乳児家庭全戸訪問の実施報告を送付いたします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

ご確認よろしくお願いいたします。

日の出産業株式会社 みなと台母子保健センター
小松原
""",
    attachments=[{"kind": "zip", "name": "全戸訪問実施報告_202609.zip", "password": "Mnd#2609kh",
                  "files": [{"kind": "xlsx", "name": "全戸訪問実施報告_202609.xlsx",
                             "sheets": {"9月": [["訪問日", "地区", "児", "判定"],
                                                ["9/2", "潮見町", "男", "継続支援"],
                                                ["9/3", "北浜", "女", "終了"]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the city: the attachment cannot be inspected",
)

# == 021-040 =============================================================================

add(
    id="nyuyoji-021",
    sender=MAKABE,
    to=[TAGENGO],
    subject="秘密保持契約書（案）送付の件",
    charset="iso-2022-jp",
    body="""多言語通訳サポート
事務局 ご担当者様

いつもお世話になっております。日の出産業 総務部の真壁です。
先日お打合せいたしました通訳派遣の継続契約に関連し、
秘密保持契約書（案）をお送りいたします。

乳幼児健診の通訳では、ご家族の健康に関する情報に触れることになるため、
第3条（秘密情報の範囲）と第6条（返還・廃棄）を従来の様式から修正しております。
ご確認のうえ、修正のご希望があれば変更履歴でお戻しください。

日の出産業株式会社 総務部 法務・契約課
真壁 亮　TEL 03-5403-7705
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_多言語通訳サポート.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と一般社団法人多言語通訳サポート"
                      "（以下「乙」という。）は、甲が乙に委託する通訳業務に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、通訳業務の遂行に際し相互に開示される秘密情報の取扱いを定める。",
                      "第3条（秘密情報の範囲）本契約において秘密情報とは、通訳業務の過程で知り得た"
                      "利用者及びその家族の氏名、健康状態その他一切の情報をいう。",
                      "第6条（返還・廃棄）乙は、業務終了後、甲の指示に従い秘密情報を返還又は廃棄する。",
                      "第9条（有効期間）本契約の有効期間は、締結日から1年間とする。",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA and its draft text: no marking, no personal data",
)

add(
    id="nyuyoji-022",
    sender=LI,
    to=[KUROSAWA, KOKUSAI, TAGENGO],
    subject="外国人家庭の健診受診支援　3者打合せの日程候補",
    charset="utf-8",
    body="""みなと台市 母子保健課 黒沢様
みなと台市国際交流協会 ご担当者様
多言語通訳サポート ご担当者様

お世話になっております。日の出産業の李です。
外国人家庭の乳幼児健診受診支援について、3者で一度お打合せをさせてください。

候補日：
　・10/27(火) 14:00〜15:30
　・10/29(木) 10:00〜11:30
　・11/2(月) 15:00〜16:30
場所：みなと台市役所 別館3階 会議室（オンライン参加も可）

議題：
　1. 通訳ボランティアと有償通訳の使い分け
　2. 多言語版 問診票（ベトナム語・ネパール語・ポルトガル語）の作成
　3. 未受診家庭への案内方法

ご都合のよい日を返信いただけますと幸いです。

李 美玲
日の出産業株式会社 ヘルスケア事業部
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (city, association, interpreter agency) visible to each other in To",
)

_k = _kids(6, 2023, [3, 4])
_dev = ["発語が二語文にならない、指示理解は可→言語発達の経過観察",
        "多動傾向、視線が合いにくい→発達相談へ",
        "構音の不明瞭（カ行・サ行）→経過観察",
        "落ち着きがなく集団指示に乗れない→発達相談へ",
        "言葉の遅れ（有意語10語程度）→療育センター紹介",
        "偏食が強く、感覚過敏あり→経過観察"]
_tr = "\n".join(
    f"<tr><td>{i + 1}</td><td>{k['sei']} {k['mei']}</td><td>{_wareki(k['y'], k['m'], k['d'])}</td>"
    f"<td>{k['sex']}</td><td>{_dev[i]}</td><td>{R.choice(['12月 電話', '1月 再相談', '2月 発達相談'])}</td></tr>"
    for i, k in enumerate(_k))
add(
    id="nyuyoji-023",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="3歳児健診 要経過観察児（発達面）一覧",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>黒沢様</p>
<p>お世話になっております。日の出産業の小松原です。<br>
10/7の3歳児健診で、発達面で経過観察・相談につなぐことになったお子さんの一覧です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde8f4"><th>No</th><th>氏名</th><th>生年月日</th><th>性別</th><th>所見・判定</th><th>次回フォロー</th></tr>
{_tr}
</table>
<p>フォローの担当割り振りは来週のカンファでご相談させてください。</p>
<p>小松原 由紀<br>日の出産業株式会社 みなと台母子保健センター</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 6 named children with developmental findings to the city",
)

add(
    id="nyuyoji-024",
    sender=SUDO,
    to=["田中医療機器 営業部 <sales@tanaka-iryoki.co.jp>"],
    subject="ご注文：ベビースケール他（お見積 Q-26-1187）",
    charset="cp932",
    body="""田中医療機器株式会社
営業部 ご担当者様

お世話になっております。日の出産業 総務部の須藤です。
先日お見積りいただいた件（Q-26-1187）、下記で正式に注文いたします。

  品番          品名                        数量   単価（税抜）
  ------------  --------------------------  -----  ------------
  BS-220E       デジタルベビースケール        2台    58,000
  HM-30N        乳児用身長計（仰臥位）         1台    46,500
  TM-150        頭囲・胸囲メジャー（布製）    20本       480
  BS-220E-CAL   校正証明書（JCSS）            2通     9,000

納品先：〒236-0041 神奈川県みなと台市潮見町1-8-2 潮見ビル3F
　　　　日の出産業 みなと台母子保健センター 宛
希望納期：11/2(月)（11/4の健診から使用予定）

請求書は本社経理部宛にお願いいたします。

日の出産業株式会社 総務部 須藤 かおり
TEL 03-5403-7702
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="equipment order with product codes and quote number: ordinary business mail",
)

add(
    id="nyuyoji-025",
    sender=LI,
    to=["RFSN Casework <casework@rfsn-japan.org>"],
    subject="Referral: developmental follow-up for a 1-year-old (Aziz family)",
    charset="utf-8",
    body=f"""Dear RFSN casework team,

I am the multilingual support coordinator for the infant health check programme that
Hinode Sangyo runs on behalf of Minatodai City.

I would like to ask for your support for the Aziz family (Dari-speaking), who arrived in
Japan this spring. At the 18-month health check on 24 September, their son
Yusuf AZIZ (born 12 March 2025) was not yet walking and has no words; the
paediatrician suspects a global developmental delay and referred him to the Minatodai
Rehabilitation and Development Centre. The mother was very anxious and did not fully
understand the referral letter.

Could one of your caseworkers accompany the family to the first appointment
(provisionally 10 November, 10:00) and help with Dari interpretation?

Kind regards,
Li Meiling
Multilingual Support Coordinator, Healthcare Division
Hinode Sangyo Co., Ltd. / +81-46-812-3340
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English referral naming one child with DOB and a suspected developmental delay, to an NGO",
)

add(
    id="nyuyoji-026",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    subject="9月分 乳幼児健診・訪問 実施状況報告（集計表）",
    charset="utf-8",
    body=f"""みなと台市 母子保健課 御中

お世話になっております。日の出産業の浜口です。
9月分の実施状況報告（集計表）を添付いたします。
個別の結果票は、例月どおり紙で保健センターへお届けします。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "実施状況報告_202609.xlsx",
                  "sheets": {
                      "健診": [["令和8年9月 乳幼児健康診査 実施状況"], [],
                               ["健診", "実施回数", "対象者数", "受診者数", "受診率", "要経過観察",
                                "要精密", "未受診"],
                               ["4か月児", 2, 66, 61, "92.4%", 4, 2, 5],
                               ["1歳6か月児", 2, 72, 65, "90.3%", 6, 3, 7],
                               ["3歳児", 2, 80, 71, "88.8%", 9, 4, 9]],
                      "訪問": [["区分", "件数", "うち継続支援"],
                               ["新生児訪問", 21, 3], ["乳児家庭全戸訪問", 37, 5],
                               ["産婦訪問（EPDS9点以上）", 6, 6]],
                  }}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts only; no person can be identified",
)

_k = _kids(12, 2023, [3, 4])
_pdf = [["No", "氏名", "生年月日", "視力 右", "視力 左", "屈折検査", "聴覚", "判定"]]
for _i, k in enumerate(_k):
    bad = _i in (2, 7, 10)
    _pdf.append([str(_i + 1), f"{k['sei']} {k['mei']}", f"R{k['y'] - 2018}.{k['m']}.{k['d']}",
                 "0.3" if bad else "0.5以上", "0.4" if bad else "0.5以上",
                 "遠視・乱視疑い" if bad else "異常なし",
                 "ささやき声 不通過" if _i == 5 else "通過",
                 "要精密（眼科）" if bad else ("要精密（耳鼻科）" if _i == 5 else "異常なし")])
add(
    id="nyuyoji-027",
    sender=KOMATSUBARA,
    to=[ISHIZAKA],
    subject="3歳児健診(10/7) 視覚・聴覚検査 結果表",
    charset="iso-2022-jp",
    body="""石坂係長

お世話になっております。小松原です。
10/7の3歳児健診のうち、視覚・聴覚検査を実施した12名分の結果表をPDFでお送りします。
要精密の4名には受診票をお渡し済みです。

小松原
""",
    attachments=[{"kind": "pdf", "name": "3歳児健診_視聴覚検査結果_1007.pdf",
                  "title": "視覚・聴覚検査結果",
                  "lines": ["3歳児健康診査　視覚・聴覚検査結果（令和8年10月7日）", ""],
                  "table": _pdf}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 12 named children with vision/hearing results to the city",
)

add(
    id="nyuyoji-028",
    sender=TAKAHATA,
    to=[ISHIKAI],
    subject="12/5 合同研修会 事例検討スライド（匿名化済み）",
    charset="utf-8",
    body=f"""みなと台医師会 事務局 御中

お世話になっております。日の出産業の高畑です。
12/5の合同研修会（健診医・保健師向け）で使用する事例検討のスライドをお送りします。
事例は年齢・地区・時期を変えて匿名化しております。
先生方に事前配布いただけますと幸いです。

{SIG_TAKAHATA}
""",
    attachments=[{"kind": "pptx", "name": "事例検討_体重増加不良.pptx",
                  "title": "事例検討 体重増加不良",
                  "slides": [
                      ["事例検討：4か月児の体重増加不良", "みなと台母子保健センター",
                       "令和8年度 合同研修会"],
                      ["事例の概要（A ちゃん・女児）", "4か月児健診で体重 -2SD 未満",
                       "母乳のみ、授乳間隔 4〜5時間", "母：初産、育児支援者なし"],
                      ["経過", "健診後1週間で保健師が訪問", "授乳指導と体重測定を2週ごとに実施",
                       "2か月後に成長曲線へ復帰"],
                      ["論点", "健診医と保健師の連携のタイミング", "母の不安への支援",
                       "医療機関紹介の判断基準"],
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymised case study (\"A ちゃん\", no name/DOB/address): nobody identifiable",
)

add(
    id="nyuyoji-029",
    sender=HAMAGUCHI,
    to=[NURSEBRIDGE],
    subject="11月シフト表（確定版）送付",
    charset="iso-2022-jp",
    body=f"""ナースブリッジ株式会社
派遣営業ご担当様

お世話になっております。日の出産業の浜口です。
11月の健診従事シフト表（確定版）をお送りします。
派遣スタッフの皆さまへの展開をお願いいたします。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "corrupt", "name": "11月シフト表_確定版.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read",
)

_mn = my_number(SEED + 1)
add(
    id="nyuyoji-030",
    sender=ANZAI,
    to=["菅野税理士事務所 <office@kanno-tax.jp>"],
    subject="支払調書作成用　業務委託助産師の個人番号について",
    charset="cp932",
    body=f"""菅野税理士事務所
担当 菅野様

いつもお世話になっております。日の出産業 経理部の安斎です。
報酬、料金、契約金及び賞金の支払調書の作成にあたり、
今年度から業務委託を開始した助産師の方の情報をお送りします。

　氏名　　：森本 佳代子（もりもと かよこ）
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　住所　　：神奈川県みなと台市若宮3丁目9番14号
　支払総額：令和8年1月〜9月分 1,142,400円（源泉徴収税額 116,612円）

本人確認書類の写しは、別途書留でお送りいたします。

{SIG_ANZAI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a contractor's My Number sent to an outside tax accountant",
)

add(
    id="nyuyoji-031",
    sender=KOMATSUBARA,
    to=["高畑 早苗 <takahata.sanae@mail.hinode-sangyo.co.jp>"],
    subject="転送: 【ご相談】産婦訪問　東雲台のお母さんについて",
    charset="cp932",
    body="""所長

岩渕さんが市に相談した件、念のため共有します。
EPDS高値で通院歴ありのため、次回カンファの優先ケースにします。

小松原

-------- 転送メッセージ --------
差出人: 岩渕 千景 <iwabuchi.chikage@hinode-sangyo.co.jp>
宛先: 黒沢 美穂 <kurosawa-m@city.minatodai.lg.jp>
件名: 【ご相談】産婦訪問　東雲台のお母さんについて

東雲台２丁目の　さめじま　ゆかり　さん（第１子・赤ちゃんは生後５週）ですが、
ＥＰＤＳが１４点でした。夜ほとんど眠れていない、理由もなく涙が出る、と話されていて、
結婚前に心療内科へ通院していたことがある（抗うつ薬を服用していた）とのことです。
携帯：０８０－４４１７－２９０３（日中はつながりやすいそうです）
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="sensitive details forwarded to an internal subdomain address only: all recipients internal",
)

_cc = card_number(SEED + 1)
add(
    id="nyuyoji-032",
    sender=SUDO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="12/5 合同研修会 会場予約の内金お支払いについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会予約ご担当 様

お世話になっております。日の出産業の須藤でございます。
12月5日（土）「桜の間」のご予約（予約番号 BQ-261205-07）につき、
内金 50,000円をカードでお支払いいたします。

　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　：09/29
　名義　　　：KAORI SUDO（法人カード）

決済が完了しましたら、領収書を総務部宛にお送りください。
よろしくお願いいたします。

日の出産業株式会社 総務部 須藤 かおり
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number in the body to a hotel",
)

add(
    id="nyuyoji-033",
    sender=SUDO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="Re: 12/5 合同研修会　当日の連絡先",
    charset="utf-8",
    body="""さくらホテル 宴会予約 ご担当様

ご確認ありがとうございます。
当日の弊社側の連絡先は下記の3名です。会場設営は 8:30 から伺います。

・高畑 早苗（責任者）　080-3391-2206
・長谷部 真理（受付）　090-7714-5820
・浜口 健太（機材）　　070-2286-9143

お弁当は 42 個（うちアレルギー対応はなし）で確定です。
よろしくお願いいたします。

須藤

-----Original Message-----
From: banquet@sakura-hotel.jp
Sent: Tuesday, November 24, 2026 3:02 PM
Subject: 12/5 合同研修会　当日の連絡先

日の出産業 須藤様
当日ご連絡のつく方のお名前と携帯番号をお知らせください。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three staff contacts with mobile numbers for an event: under five people, may warn",
)

_k = _kids(9, 2026, [7, 8])
_st = ["問題なし", "体重増加良好", "母：乳頭亀裂・授乳時痛", "母：EPDS 11点→継続支援",
       "児：湿疹（受診済み）", "母：産後の貧血（Hb 9.1）", "問題なし", "母：帝王切開後の創部痛",
       "児：臍ヘルニア"]
_csv = [["訪問日", "訪問者", "児氏名", "児生年月日", "保護者", "住所", "母の状態・児の状態", "判定"]]
for _i, k in enumerate(_k):
    _csv.append([f"2026/09/{R.randrange(1, 29):02d}", R.choice(["岩渕", "中川", "森本"]),
                 f"{k['sei']}{k['mei']}", f"{k['y']}-{k['m']:02d}-{k['d']:02d}",
                 f"{k['sei']}{k['mom']}", f"神奈川県みなと台市{k['town']}{k['ban']}", _st[_i],
                 "継続" if "→" in _st[_i] or "Hb" in _st[_i] else "終了"])
add(
    id="nyuyoji-034",
    sender=IWABUCHI,
    to=[KUROSAWA],
    subject="全戸訪問 9月後半分の記録データ",
    charset="utf-8",
    body="""黒沢様

お世話になっております。岩渕です。
9月後半の乳児家庭全戸訪問の記録をCSVにしてZIPでお送りします。
（市のシステムに取り込む形式に合わせています）

岩渕
""",
    attachments=[{"kind": "zip", "name": "zenko_houmon_2609b.zip",
                  "files": [{"kind": "csv", "name": "zenko_houmon_2609b.csv", "encoding": "utf-8",
                             "rows": _csv},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "文字コード UTF-8、カンマ区切り、1行目は見出しです。\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="plain ZIP with a CSV of 9 visited families incl. mothers' and infants' health states",
)

add(
    id="nyuyoji-035",
    sender=TAKAHATA,
    to=[NURSEBRIDGE],
    subject="来年度の人員配置について（ご相談）",
    charset="iso-2022-jp",
    body=f"""ナースブリッジ株式会社
派遣営業ご担当様

お世話になっております。日の出産業の高畑です。
来年度の健診体制について、早めにご相談したく資料をお送りします。
看護師の必要人数が月あたり延べ 8名ほど増える見込みです。

来週どこかでお時間をいただけますでしょうか。

{SIG_TAKAHATA}
""",
    attachments=[{"kind": "docx", "name": "令和9年度_人員配置計画_案.docx",
                  "page_header": "社外秘",
                  "title": "令和9年度 人員配置計画（案）",
                  "paragraphs": ["令和9年度 みなと台市乳幼児健診 人員配置計画（案）",
                                 "1. 健診回数：月8回（4か月児・1歳6か月児・3歳児・10か月児）",
                                 "2. 看護師：1回あたり3〜4名、うち派遣 2〜3名",
                                 "3. 単価前提：派遣看護師 時給 2,450円→2,600円（交渉予定）",
                                 "4. 受託価格に対する人件費率の目標：62%以下"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached DOCX carries a 社外秘 page header and goes to an external agency",
)

add(
    id="nyuyoji-036",
    sender=HASEBE,
    to=["青葉運輸 みなと台営業所 <minatodai@aoba-unyu.co.jp>"],
    subject="問診票の発送（送り状番号のご連絡）",
    charset="cp932",
    body="""青葉運輸株式会社 みなと台営業所 御中

いつもお世話になっております。日の出産業の長谷部です。
本日集荷いただいた荷物の送り状番号をお知らせします。

　送り状番号 4471-2290-8813　問診票（4か月児）3箱　→ みなと台市保健センター
　送り状番号 4471-2290-8824　問診票（3歳児）2箱　 → みなと台市保健センター
　送り状番号 4471-2290-8835　計測器具一式 1箱　　 → 潮見地区センター

保健センター宛は10/30(金)午前着でお願いしております。
よろしくお願いいたします。

長谷部 真理
日の出産業株式会社 みなと台母子保健センター
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and delivery to public facilities: business data only",
)

add(
    id="nyuyoji-037",
    sender=KOMATSUBARA,
    to=["ひだまり助産院 <info@hidamari-josanin.jp>"],
    subject="産後ケア（宿泊型）利用調整のお願い",
    charset="utf-8",
    body="""ひだまり助産院
院長 先生

お世話になっております。日の出産業の小松原です。
市の母子保健課から、産後ケア（宿泊型）の利用調整をお願いしたいお母さんがいると
連絡がありました。経緯は市からのメールをそのまま添付しますので、ご確認ください。

受け入れ可能な日程をお知らせいただけますと助かります。

小松原 由紀
日の出産業株式会社 みなと台母子保健センター
""",
    attachments=[{"kind": "eml", "name": "産後ケア利用調整_市からの依頼.eml",
                  "message": {
                      "sender": KUROSAWA,
                      "to": [KOMATSUBARA],
                      "subject": "産後ケア利用調整の件",
                      "charset": "iso-2022-jp",
                      "body": "小松原様\n\n"
                              "北浜在住の　蓮沼　香織　さん（産後6週）について、宿泊型の産後ケアの"
                              "利用調整をお願いします。\n"
                              "双極性障害で精神科に通院中で、出産後は服薬を再開しています。"
                              "睡眠がとれず、夫も夜勤があるため、数日の休息が必要と判断しました。\n"
                              "本人携帯：090-2648-7315\n\n黒沢\n",
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached original mail names a mother with a psychiatric diagnosis; attachment counts",
)

add(
    id="nyuyoji-038",
    sender=HASEBE,
    to=["みなと台母子保健センター <minatodai-boshi@hinode-sangyo.co.jp>"],
    bcc=["yuka.m0314@docomo.ne.jp", "aoi-mama.2026@gmail.com", "t.kakazu@icloud.com",
         "sora_haha@ezweb.ne.jp", "r.itinose@yahoo.co.jp", "mmm.hoshina@outlook.jp"],
    subject="【みなと台市】11月の離乳食教室のご案内",
    charset="utf-8",
    body="""離乳食教室にお申し込みの皆さま

みなと台市 離乳食教室（運営：日の出産業株式会社）です。
11月の教室の詳細をご案内します。

　日時：11月12日（木）10:00〜11:30（受付 9:45〜）
　会場：潮見地区センター 調理室
　内容：管理栄養士のお話、初期〜中期の離乳食の試食
　持ち物：母子健康手帳、バスタオル、お子さんの飲み物

お子さんの体調が悪いときは、無理をせずお休みください。
欠席のご連絡はこのメールへの返信か、046-812-3340 までお願いします。

みなと台母子保健センター（日の出産業株式会社）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to parents on free mail, all in Bcc: nobody sees the others",
)

_names = [("栗林", "恵美"), ("皆川", "由佳"), ("乙部", "直子"), ("雨宮", "絵里"), ("古志", "聡子"),
          ("日下部", "友香"), ("綿貫", "朋子"), ("荻原", "春菜")]
_ins = [["氏名", "生年月日", "住所", "携帯電話", "資格", "従事内容"]]
for sei, mei in _names:
    y = R.randrange(1968, 1996)
    _ins.append([f"{sei} {mei}", f"{y}/{R.randrange(1, 13)}/{R.randrange(1, 29)}",
                 f"神奈川県みなと台市{R.choice(TOWNS)}{R.randrange(1, 6)}-{R.randrange(1, 30)}-{R.randrange(1, 20)}",
                 _tel(), R.choice(["保健師", "看護師", "助産師"]), "家庭訪問"])
add(
    id="nyuyoji-039",
    sender=MAKABE,
    to=["あさひ保険サービス 法人担当 <hojin@asahi-hoken-svc.co.jp>"],
    subject="訪問従事者 賠償責任保険の追加加入（8名）",
    charset="iso-2022-jp",
    body=f"""あさひ保険サービス株式会社
法人担当 ご担当者様

お世話になっております。日の出産業 総務部の真壁です。
家庭訪問に従事するスタッフの賠償責任保険について、下記8名の追加加入をお願いいたします。
補償開始は11月1日希望です。

{_table(_ins)}

加入申込書の押印版は本日発送いたします。

真壁 亮
日の出産業株式会社 総務部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 staff records (DOB, home address, mobile) to an insurance agent: list of people",
)

add(
    id="nyuyoji-040",
    sender=HASEBE,
    to=["錦印刷 営業部 岡野様 <okano@nishiki-insatsu.co.jp>"],
    subject="Re: 4か月児健診 問診票 第4版 校正の件",
    charset="iso-2022-jp",
    body="""錦印刷株式会社 岡野様

校正紙ありがとうございました。下記2点だけ修正をお願いします。

　1. 表面「生年月日」欄の和暦・西暦の選択肢を削除し、記入欄のみに
　2. 裏面の問12「首がすわっていますか」の選択肢に「わからない」を追加

修正後は PDF で確認させてください。問題なければそのまま校了とします。
数量は前回どおり 品番 MQ-4M-2026 を 2,500部 でお願いします。

長谷部

>> 日の出産業 長谷部様
>> 第4版の初校をお送りします。ご確認のほどお願いいたします。
>> 錦印刷 岡野
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="proofreading of a blank questionnaire with a product code, to the real partner domain",
)

# == 041-060 =============================================================================

_k = _kids(9, 2026, [8, 9])
_inv = [["令和8年9月分 新生児・乳児家庭訪問 実績明細（請求書 INV-2609-0412 別紙）"],
        [f"日の出産業株式会社　登録番号 {HINODE_T}"], [],
        ["No", "訪問日", "児氏名", "生年月日", "保護者", "区分", "単価"]]
for _i, k in enumerate(_k):
    _inv.append([_i + 1, f"9/{R.randrange(1, 29)}", f"{k['sei']} {k['mei']}",
                 _wareki(k["y"], k["m"], k["d"], 2), f"{k['sei']} {k['mom']}",
                 R.choice(["新生児訪問", "乳児家庭全戸訪問"]), 4900])
add(
    id="nyuyoji-041",
    sender=ANZAI,
    to=[CITY_NAKAMURA],
    subject="Re: 9月分請求　訪問件数の内訳について",
    charset="cp932",
    body=f"""みなと台市 こども家庭部
中村様

お世話になっております。日の出産業 経理部の安斎です。
お問い合わせいただいた訪問件数の内訳について、
母子保健センターから受け取った明細を添付いたします（9月分のうち追加請求の9件）。

ご確認のほど、よろしくお願いいたします。

{SIG_ANZAI}

> 日の出産業 安斎様
> 9月分の請求書を拝受しました。訪問件数が事前報告より9件多いようですので、
> 内訳をお知らせいただけますでしょうか。
> 中村
""",
    attachments=[{"kind": "xlsx", "name": "訪問実績明細_202609_追加分.xlsx",
                  "sheets": {"明細": _inv}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    detectors=["personal_data"],
    note="invoice breakdown that lists 9 infants by name and DOB: a list of people behind an invoice",
)

add(
    id="nyuyoji-042",
    sender=SUDO,
    to=["宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="2月の研修会場について空き状況のお問い合わせ",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会予約ご担当 様

いつもお世話になっております。日の出産業の須藤です。
来年2月に保健師・看護師向けの研修会を予定しており、会場の空き状況を伺えますでしょうか。

　希望日：2月6日（土）または 2月13日（土）
　時間　：9:30〜17:00
　人数　：40名程度（スクール形式）
　その他：プロジェクター、マイク2本、昼食（お弁当）

お見積りもあわせていただけますと幸いです。

日の出産業株式会社 総務部 須藤 かおり
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is a TLD look-alike of partner sakura-hotel.jp",
)

add(
    id="nyuyoji-043",
    sender=OKOCHI,
    to=["ツバサシステム サポート窓口 <support@tsubasa-system.jp>"],
    subject="【問合せ】健診予約システムでCSV出力時にエラー（E-4012）",
    charset="utf-8",
    body="""ツバサシステム株式会社
サポート窓口 ご担当者様

お世話になっております。日の出産業 情報システム部の大河内です。
健診予約システム（契約番号 TS-MND-0087）について、問い合わせさせてください。

【事象】予約者一覧の CSV 出力で「E-4012：出力件数が上限を超えています」が表示される
【発生日時】10/8(木) 17:10 頃から
【環境】Windows 11 / Edge 129、拠点：みなと台母子保健センター
【操作】健診区分「4か月児」、期間 10/1〜10/31 を指定して出力
【試したこと】期間を 1 週間に絞ると出力できる

上限値の設定変更が可能かどうか、ご教示ください。
画面のキャプチャを添付します（個人情報の写っていない画面です）。

大河内 翔
日の出産業株式会社 情報システム部
TEL 03-5403-7730
""",
    attachments=[{"kind": "png", "name": "E-4012_画面.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="support request to the system vendor with an error code and a screenshot: no personal data",
)

add(
    id="nyuyoji-044",
    sender=SUDO,
    to=["ひかりレンタカー 法人窓口 <houjin@hikari-rentacar.co.jp>"],
    subject="11月 訪問用車両の貸出予約（運転者登録）",
    charset="cp932",
    body="""ひかりレンタカー 法人窓口 ご担当者様

お世話になっております。日の出産業の須藤です。
11月の家庭訪問用に、軽自動車 1台を月極でお借りしたく、運転者の登録をお願いします。

　期間：11/2(月)〜11/30(月)
　車種：軽自動車（ナビ付き）
　受取：みなと台駅前店

　運転者1
　　氏名　　　　　　：岩渕 千景
　　生年月日　　　　：昭和６３年７月１９日
　　運転免許証番号　：第 4 5 0 8 1 7 2 3 6 9 1 4 号

　運転者2
　　氏名　　　　　　：長谷部 真理
　　生年月日　　　　：平成４年１２月３日
　　運転免許証番号　：第 450920448372 号

契約書の控えは総務部宛にお送りください。

日の出産業株式会社 総務部 須藤 かおり
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="two staff members' driver's licence numbers with DOB to a rental company",
)

_k = _kids(4, 2026, [8, 9])
_four = "\n".join(f"　{d}　{k['sei']} {k['mom']} 様　みなと台市{k['town']}{k['ban']}"
                  for d, k in zip(["10/20(火) 10:00", "10/20(火) 14:00", "10/22(木) 10:30",
                                   "10/22(木) 14:30"], _k))
add(
    id="nyuyoji-045",
    sender=IWABUCHI,
    to=[KUROSAWA],
    subject="新生児訪問　10/20・10/22 の訪問予定",
    charset="iso-2022-jp",
    body=f"""黒沢様

お世話になっております。岩渕です。
今週の新生児訪問の予定が決まりましたので共有します（4件）。

{_four}

地区担当の保健師さんで同行を希望される方がいらっしゃいましたら、前日までにご連絡ください。

岩渕 千景
日の出産業株式会社 ヘルスケア事業部
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four families' names and addresses for a visit schedule: under five records, no health data",
)

add(
    id="nyuyoji-046",
    sender=KOMATSUBARA,
    to=["あおぞら眼科 受付 <uketsuke@aozora-ganka.jp>"],
    subject="潮見町 的場 律くん（１歳６か月）斜視疑い　受診予約のお願い",
    charset="utf-8",
    body="""あおぞら眼科 受付ご担当者様

お世話になっております。
みなと台市の乳幼児健診を受託しております、日の出産業の小松原です。

件名のお子さんについて、保護者の方のご了承を得て受診のご予約をお願いしたく、ご連絡しました。
11月の火曜日か木曜日の午前で、空いている枠はございますでしょうか。
当日は健診の受診票をお持ちいただく予定です。

お手数ですが、ご返信いただけますと幸いです。

日の出産業株式会社 みなと台母子保健センター
小松原 由紀（保健師）　TEL 046-812-3340
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new mail whose subject names a child with a suspected strabismus; the body itself is neutral",
)

add(
    id="nyuyoji-047",
    sender=TAKAHATA,
    to=[NURSEBRIDGE],
    subject="派遣スタッフ向け 個人情報保護研修のご案内",
    charset="iso-2022-jp",
    body=f"""ナースブリッジ株式会社
派遣営業ご担当様

お世話になっております。日の出産業の高畑です。
市との契約更新にあたり、健診に従事いただく派遣スタッフの方にも
個人情報保護研修の受講をお願いすることになりました。

　日時：11月20日（金）18:30〜19:30（オンライン）
　内容：母子保健情報の取扱い、社外秘資料・機密情報の持ち出し禁止、
　　　　問診票の保管と廃棄、SNS 投稿の注意
　対象：11月以降に健診に従事予定の方

受講者のお名前は、前日までに人数だけでも教えていただければ結構です。

{SIG_TAKAHATA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 社外秘/機密 as training topics; not a marking of this mail",
)

_k = _kids(5, 2025, [11, 12])
_tab = "\n".join(
    f"{_kata(k['seik'])} {_kata(k['meik'])}\t{_wareki(k['y'], k['m'], k['d'], 2)}\t{k['tel']}\t"
    f"{R.choice(['不在', '留守電', '番号不通', '不在（2回）', '折り返しなし'])}"
    for k in _k)
add(
    id="nyuyoji-048",
    sender=HAMAGUCHI,
    to=[KUROSAWA],
    subject="10か月児健診　未受診者の電話勧奨結果",
    charset="utf-8",
    body=f"""黒沢さん

お疲れさまです、浜口です。
10/21の10か月児健診の未受診者のうち、電話がつながらなかった方です。
あとは市のほうで郵送勧奨をお願いできればと思います。

カナ氏名\t生年月日\t電話\t結果
{_tab}

浜口
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 5 children (kana names, 和暦 DOB, phones) to the city",
)

add(
    id="nyuyoji-049",
    sender=KOMATSUBARA,
    to=["みなと台児童相談所 <sodan@minatodai-jisou.lg.jp>"],
    cc=[KUROSAWA],
    subject="【至急】10か月児健診での気になるお子さんについて（情報提供）",
    charset="iso-2022-jp",
    body="""みなと台児童相談所 ご担当者様
（cc：みなと台市 母子保健課 黒沢様）

日の出産業（みなと台市乳幼児健診受託）の小松原です。
本日の10か月児健診で気になるお子さんがいたため、市と相談のうえ情報提供いたします。

　児：御手洗 蒼（みたらい あお）くん　令和7年12月8日生
　住所：みなと台市浜野2丁目4-17 コーポ浜野102
　所見：右上腕と背部に、時期の異なるとみられる複数の皮下出血。
　　　　体重は前回から増加なし（-2SD 付近）。
　　　　母の説明（「ベビーベッドの柵にぶつけた」）と部位が一致しない。
　その他：母は終始硬い表情で、質問への返答が少なかった。父の同伴なし。

写真は撮影しておりません。詳細は電話でもご説明できます。

小松原 由紀（保健師）
日の出産業株式会社 みなと台母子保健センター　TEL 046-812-3340
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="suspected abuse report (to the child guidance centre, cc the city): a named child's injuries, address, DOB",
)

add(
    id="nyuyoji-050",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    subject="地区別受診率（令和8年4月〜9月）",
    charset="cp932",
    body=f"""みなと台市 母子保健課 御中

お世話になっております。日の出産業の浜口です。
先日の打合せでご依頼のあった、地区別の受診率（上半期）をCSVでお送りします。
対象者数は住民基本台帳の月初人数をもとにしています。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "csv", "name": "地区別受診率_R8上期.csv", "encoding": "cp932",
                  "rows": [["地区", "4か月児 対象", "4か月児 受診率", "1歳6か月児 対象",
                            "1歳6か月児 受診率", "3歳児 対象", "3歳児 受診率"]]
                  + [[t, R.randrange(18, 60), f"{R.uniform(84, 99):.1f}%", R.randrange(18, 60),
                      f"{R.uniform(82, 98):.1f}%", R.randrange(20, 64), f"{R.uniform(80, 97):.1f}%"]
                     for t in TOWNS]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="district-level aggregate rates: statistics, not people",
)

add(
    id="nyuyoji-051",
    sender=KOMATSUBARA,
    to=["みなと台療育センター 相談室 <soudan@minatodai-ryoiku.or.jp>"],
    subject="療育相談のご依頼（4か月児・ダウン症）",
    charset="utf-8",
    body="""みなと台療育センター
相談室 ご担当者様

お世話になっております。日の出産業 みなと台母子保健センターの小松原です。
市の母子保健課と相談のうえ、療育相談をお願いしたいお子さんがいます。

鬼頭 絢斗（きとう あやと）くんは令和8年6月2日生まれで、出生時にダウン症候群の診断を受け、
市立病院の小児科でフォローされています。心疾患はなく、4か月児健診では首のすわりが
まだ不十分でした。お母さん（鬼頭 麻衣さん、携帯 090-8120-3367）は
早めに理学療法を始めたいと希望されています。

初回面談の候補日をご連絡いただけますと幸いです。

小松原 由紀（保健師）
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named infant's diagnosis (Down syndrome) and development in running text",
)

add(
    id="nyuyoji-052",
    sender=LI,
    to=[KUROSAWA, TAGENGO],
    subject="健診当日の通訳手配フロー（案）のご確認",
    charset="utf-8",
    body=f"""黒沢様
多言語通訳サポート ご担当者様

お世話になっております。日の出産業の李です。
健診当日の通訳手配について、フロー案をまとめました。

　1. 予約時に通訳の要否・言語を確認（予約システムの備考欄）
　2. 健診の2週間前までに、弊社から多言語通訳サポートへ依頼
　3. 1週間前に通訳者名を市と弊社で共有
　4. 当日キャンセルの場合は、弊社から直接通訳者へ連絡
　5. 月末に弊社で件数をとりまとめ、市へ報告

手配が間に合わない場合は、タブレットの遠隔通訳で対応する想定です。
ご意見があれば 10/30 までにお知らせください。

{SIG_LI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="process proposal to the city and one interpreter agency: two external organisations",
)

add(
    id="nyuyoji-053",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="予防接種の勧奨について（桜木町の宇佐美さん宅）",
    charset="iso-2022-jp",
    body="""黒沢さん

お疲れさまです。小松原です。
桜木町の宇佐美さん宅（お子さんは 凛ちゃん、1歳6か月）ですが、
健診で接種歴を確認したところ、生後2か月以降の定期接種をすべて受けていませんでした。
お母さんのお話では、ご家族が信仰されている宗教の教えにより、
予防接種と輸血は受けない方針とのことです。

勧奨ハガキは今後送らないでほしい、というご要望もいただきました。
市としての対応をご相談させてください。

小松原
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named family's religious belief and the child's vaccination refusal: special-care data",
)

_staff = [("高畑 早苗", "保健師（責任者）"), ("小松原 由紀", "保健師"), ("岩渕 千景", "助産師"),
          ("栗林 恵美", "看護師"), ("皆川 由佳", "看護師"), ("乙部 直子", "看護師（派遣）"),
          ("雨宮 絵里", "管理栄養士"), ("古志 聡子", "歯科衛生士")]
add(
    id="nyuyoji-054",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    subject="11/18 1歳6か月児健診　従事者名簿の提出",
    charset="cp932",
    body=f"""みなと台市 母子保健課 御中

お世話になっております。日の出産業の浜口です。
仕様書第7条に基づき、11/18 の健診の従事者名簿を提出いたします。

{_table([["No", "氏名", "職種・資格", "担当"]] + [[str(i + 1), n, q, a] for i, ((n, q), a) in enumerate(zip(_staff, ["総括", "問診", "保健指導", "計測", "計測", "受付", "栄養相談", "歯科指導"]))])}

健診医は医師会からの派遣のため、記載しておりません。

{SIG_HAMAGUCHI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="staff roster of 8 names with job titles only (no contacts): a contractual business list or a list of people",
)

_k = _kids(10, 2026, [1, 2])
_gr = [["10か月児健康診査　身体計測結果（令和8年11月25日）"], [],
       ["受付番号", "児氏名", "性別", "生年月日", "身長(cm)", "体重(kg)", "頭囲(cm)", "カウプ指数",
        "発育評価"]]
for _i, k in enumerate(_k):
    h = round(R.uniform(68, 76), 1)
    w = round(R.uniform(7.0, 10.2), 2)
    _gr.append([f"10M-{_i + 101}", f"{k['sei']} {k['mei']}", k["sex"], f"{k['y']}/{k['m']}/{k['d']}",
                h, w, round(R.uniform(42, 47), 1), round(w / (h / 100) ** 2, 1),
                R.choice(["良好", "良好", "良好", "体重増加不良→要経過観察", "頭囲 +2SD→要精密"])])
add(
    id="nyuyoji-055",
    sender=HAMAGUCHI,
    to=[ISHIZAKA],
    subject="10か月児健診 計測結果データ",
    charset="utf-8",
    body="""石坂係長

お疲れさまです。浜口です。
ご依頼の10か月児健診の計測結果データを添付します。
「計測値」シートが個別データ、「グラフ用」シートが集計です。

浜口
""",
    attachments=[{"kind": "xlsx", "name": "10か月児_計測結果_1125.xlsx",
                  "sheets": {"計測値": _gr,
                             "グラフ用": [["評価", "人数"], ["良好", 7], ["要経過観察", 2],
                                          ["要精密", 1]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 10 named infants with growth measurements and evaluations to the city",
)

add(
    id="nyuyoji-056",
    sender=MAKABE,
    to=["看護求人ナビ 掲載窓口 <keisai@kango-kyujin-navi.jp>"],
    subject="求人掲載のお願い（保健師・パート／みなと台市）",
    charset="iso-2022-jp",
    body="""看護求人ナビ 掲載ご担当者様

お世話になっております。日の出産業 人事担当の真壁です。
下記の求人の掲載をお願いいたします（プランB・4週間）。

【職種】保健師（パート）
【勤務地】みなと台母子保健センター（神奈川県みなと台市潮見町1-8-2）
【業務内容】乳幼児健診の問診・保健指導、新生児訪問
【勤務日】週2〜3日、水曜必須（健診日）
【時給】2,300円〜2,700円（経験により）、交通費規定支給
【応募方法】弊社採用窓口（saiyo@hinode-sangyo.co.jp）へ履歴書を送付

原稿の確認用ゲラをお送りいただけますと幸いです。

真壁 亮
日の出産業株式会社 総務部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="job advertisement with the company's own contact details",
)

add(
    id="nyuyoji-057",
    sender=KOMATSUBARA,
    to=["みなと台療育センター 相談室 <soudan@minatodai-ryoiku.or.jp>"],
    subject="発達検査結果の情報提供",
    charset="utf-8",
    body="""みなと台療育センター 相談室 御中

お世話になっております。日の出産業の小松原です。
先日ご相談した3歳児健診後のお子さんについて、保護者の同意を得ましたので、
当センターで実施した発達検査の結果を情報提供書にてお送りします。

小松原
""",
    attachments=[{"kind": "docx", "name": "情報提供書_園田.docx", "title": "情報提供書",
                  "paragraphs": ["情報提供書", "令和8年10月26日",
                                 "みなと台療育センター 御中",
                                 "日の出産業株式会社 みなと台母子保健センター　保健師 小松原 由紀"],
                  "tables": [[["氏名", "園田 朔（そのだ さく）"], ["生年月日", "令和5年4月11日"],
                              ["保護者", "園田 里奈"],
                              ["検査", "新版K式発達検査2020（令和8年10月19日実施）"],
                              ["結果", "全領域 DQ 68（姿勢・運動 82、認知・適応 71、言語・社会 58）"],
                              ["所見", "言語・社会領域の遅れが顕著。こだわり行動、偏食あり。"],
                              ["依頼", "療育の要否判定と、保育園との連携についてご助言ください。"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX with one child's developmental test scores to an outside centre",
)

add(
    id="nyuyoji-058",
    sender=HASEBE,
    to=["北国フーズ 営業企画 <kikaku@kitaguni-foods.co.jp>"],
    subject="11/12 離乳食教室　試食品のご相談",
    charset="cp932",
    body="""北国フーズ株式会社
営業企画 ご担当者様

お世話になっております。日の出産業の長谷部です。
11/12 の離乳食教室でご提供いただく試食品（ベビーフード 7か月〜）について、ご相談です。

参加者のうち、仲宗根 心春ちゃん（8か月）が卵と乳の食物アレルギーで、
先月アナフィラキシーで救急受診されたとお母さんから伺っています。
卵・乳を含まない品目（品番 BF-07-R12 など）を1セット別にご用意いただけますでしょうか。

その他の参加者は 18組で、アレルギーの申告はありません。
よろしくお願いいたします。

長谷部 真理
日の出産業株式会社 みなと台母子保健センター
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named infant's food allergy and anaphylaxis history sent to a food partner",
)

add(
    id="nyuyoji-059",
    sender=HASEBE,
    to=["錦印刷 営業部 岡野様 <okano@nishiki-insatsu.co.jp>"],
    subject="10か月児健診 問診票（新規）の版下データ",
    charset="utf-8",
    body="""錦印刷株式会社 岡野様

お世話になっております。長谷部です。
来年度から始まる10か月児健診の問診票（新規）の原稿を Word でお送りします。
レイアウトは4か月児用（MQ-4M）に合わせていただければ結構です。
品番は MQ-10M-2027 でお願いします。

長谷部
""",
    attachments=[{"kind": "docx", "name": "10か月児問診票_原稿.docx", "title": "10か月児健康診査 問診票",
                  "paragraphs": ["10か月児健康診査 問診票",
                                 "※太枠内を保護者の方がご記入ください。"],
                  "tables": [[["お子さまの氏名", "", "性別", "男 ・ 女"],
                              ["生年月日", "　　年　　月　　日", "出生体重", "　　　　g"],
                              ["保護者氏名", "", "電話番号", "　　　－　　　　－"],
                              ["住所", "みなと台市", "", ""]],
                             [["質問", "はい", "いいえ"],
                              ["つかまり立ちをしますか", "□", "□"],
                              ["名前を呼ぶと振り向きますか", "□", "□"],
                              ["離乳食は1日3回ですか", "□", "□"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank form template: field labels with no one's data filled in",
)

add(
    id="nyuyoji-060",
    sender=LI,
    to=[TAGENGO],
    subject="FW: About my son's hearing test",
    charset="utf-8",
    body=f"""多言語通訳サポート ご担当者様

お世話になっております。李です。
4か月児健診を受けたご家庭のお父さまから、英語で下記の問い合わせがありました。
来週の耳鼻科受診にベトナム語通訳（お母さま用）の同行をお願いできますでしょうか。

-------- Forwarded Message --------
Subject: About my son's hearing test
Date: Mon, 19 Oct 2026 08:12:40 +0900
From: Tran Duc Minh <tran.duc.minh88@gmail.com>
To: li.meiling@hinode-sangyo.co.jp

Dear Ms. Li,

Thank you for your help at the check-up last week. The doctor said that my son
Tran Gia Bao failed the hearing screening on the right ear again and must see an ENT
specialist at Minatodai City Hospital on 27 October. My wife is very worried and
her Japanese is not good. Can someone come with her to explain?

Best regards,
Tran Duc Minh

{SIG_LI}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the agency) of a parent's mail naming his son's failed hearing screening",
)

# == 061-080 =============================================================================

add(
    id="nyuyoji-061",
    sender=LI,
    to=[ISHIZAKA],
    subject="通訳手配費の単価表（来年度見積用）",
    charset="utf-8",
    html="""<html><body>
<p>石坂係長</p>
<p>お世話になっております。日の出産業の李です。<br>
来年度のお見積りに向けて、通訳手配費の単価表をお送りします（税抜）。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>言語</th><th>対面（2時間まで）</th><th>延長30分ごと</th><th>遠隔（タブレット）</th><th>今年度実績（4〜9月）</th></tr>
<tr><td>ベトナム語</td><td>8,250円</td><td>1,800円</td><td>3,300円/回</td><td>14件</td></tr>
<tr><td>中国語</td><td>7,700円</td><td>1,650円</td><td>3,300円/回</td><td>9件</td></tr>
<tr><td>ネパール語</td><td>9,900円</td><td>2,200円</td><td>3,850円/回</td><td>6件</td></tr>
<tr><td>ポルトガル語</td><td>8,800円</td><td>1,800円</td><td>3,300円/回</td><td>4件</td></tr>
<tr><td>英語</td><td>6,600円</td><td>1,400円</td><td>2,750円/回</td><td>7件</td></tr>
</table>
<p>ネパール語は対応できる通訳者が少なく、遠隔での対応が増えています。</p>
<p>李 美玲<br>日の出産業株式会社 ヘルスケア事業部</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML price table by language with case counts: business data",
)

_moms = [("蓮沼", "香織", "はすぬま かおり"), ("早乙女", "沙織", "さおとめ さおり"),
         ("丸茂", "瞳", "まるも ひとみ"), ("間宮", "佳奈", "まみや かな"),
         ("薬師寺", "舞", "やくしじ まい"), ("新垣", "遥", "あらかき はるか")]
_cond = ["EPDS 13点、不眠。双極性障害で通院中", "授乳困難、乳腺炎を繰り返している",
         "産後の体力回復が遅い（出血量 1,200ml）", "EPDS 10点、育児不安が強い",
         "妊娠糖尿病の既往、産後の血糖フォロー中", "双胎育児で睡眠不足、支援者なし"]
_blk = "\n\n".join(
    f"【{i + 1}】{s} {m}（{k}）\n　産後週数：{R.randrange(3, 12)}週\n　携帯：{_tel()}\n　状態：{c}\n"
    f"　希望：{R.choice(['宿泊型 3泊', 'デイサービス型 週1回', '訪問型 2回', '宿泊型 2泊'])}"
    for i, ((s, m, k), c) in enumerate(zip(_moms, _cond)))
add(
    id="nyuyoji-062",
    sender=IWABUCHI,
    to=["ひだまり助産院 <info@hidamari-josanin.jp>"],
    subject="12月 産後ケア利用希望者（6名）のご連絡",
    charset="iso-2022-jp",
    body=f"""ひだまり助産院 院長先生

いつもお世話になっております。日の出産業の岩渕です。
12月の産後ケア利用を希望されている方の一覧です。市の利用決定は済んでいます。

{_blk}

受け入れ日程のご都合をお知らせください。

岩渕 千景
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="blocks for 6 mothers with phone and postpartum medical conditions to a midwifery home",
)

add(
    id="nyuyoji-063",
    sender=HASEBE,
    to=["yuka.m0314@docomo.ne.jp", "sora_haha@ezweb.ne.jp", "aoi-mama.2026@gmail.com"],
    subject="離乳食教室（11/12）開始時間変更のお知らせ",
    charset="iso-2022-jp",
    body="""離乳食教室にお申し込みの皆さま

みなと台母子保健センターの長谷部です。
11/12(木)の離乳食教室ですが、会場の都合により開始時間が変更になりました。

　（変更前）10:00〜11:30
　（変更後）10:30〜12:00　受付は 10:15 から

ご不便をおかけして申し訳ありません。
ご都合が悪くなった方はご連絡ください。

みなと台母子保健センター（日の出産業株式会社）
TEL 046-812-3340
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three parents' personal addresses visible to each other in To: should be Bcc",
)

_k = _kids(14, 2026, [1, 2])
_print = [["郵便番号", "住所1", "住所2", "保護者氏名", "児氏名", "健診日", "受付時間"]]
for _i, k in enumerate(_k):
    _print.append([k["zip"], f"神奈川県みなと台市{k['town']}", k["ban"],
                   f"{k['sei']} {k['mom']} 様", f"{k['sei']} {k['mei']} ちゃん",
                   "令和8年12月2日(水)" if _i < 7 else "令和8年12月16日(水)",
                   ["13:00", "13:20", "13:40"][_i % 3]])
add(
    id="nyuyoji-064",
    sender=HASEBE,
    to=["錦印刷 データ入稿 <nyuko@nishiki-insatsu.co.jp>"],
    cc=["錦印刷 営業部 岡野様 <okano@nishiki-insatsu.co.jp>"],
    subject="10か月児健診 個別通知ハガキ 宛名データ入稿",
    charset="cp932",
    body="""錦印刷株式会社
データ入稿ご担当者様（cc：岡野様）

お世話になっております。日の出産業の長谷部です。
12月分の10か月児健診 個別通知ハガキの宛名データを入稿いたします。
文面は前月と同じ（品番 PC-10M-01）で、差込項目は健診日と受付時間です。

発送は 11/20(金) 差出でお願いいたします。

長谷部 真理
日の出産業株式会社 みなと台母子保健センター
""",
    attachments=[{"kind": "csv", "name": "宛名データ_10か月_202612.csv", "encoding": "cp932",
                  "rows": _print}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="mail-merge CSV of 14 families (names, postal addresses) to the printing partner",
)

add(
    id="nyuyoji-065",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    subject="10/22 定例打合せ 議事録の送付",
    charset="utf-8",
    body=f"""みなと台市 母子保健課 御中

お世話になっております。日の出産業の浜口です。
10/22 の定例打合せの議事録をお送りします。
修正がございましたら、10/30 までにお知らせください。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "docx", "name": "議事録_定例打合せ_1022.docx", "title": "定例打合せ 議事録",
                  "paragraphs": [
                      "みなと台市乳幼児健診等業務 定例打合せ 議事録",
                      "日時：令和8年10月22日（木）14:00〜15:10　場所：市役所別館3階 会議室",
                      "出席：（市）石坂係長、黒沢保健師、中村主事　（日の出産業）高畑、小松原、浜口",
                      "1. 9月実施状況：受診率は前年同月比 +1.8pt。未受診者への電話勧奨を継続。",
                      "2. 10か月児健診の新設：問診票は錦印刷で作成中、12月から実施。",
                      "3. 通訳：ネパール語の手配が困難な場合は遠隔通訳で対応。",
                      "4. 次回：11月26日（木）14:00〜",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes naming the participants by business role only",
)

add(
    id="nyuyoji-066",
    sender=TAKAHATA,
    to=["ナースブリッジ 営業部長 木内様 <kiuchi@nurse-bridge.co.jp>"],
    subject="【極秘】次期入札に向けた人件費見積の内訳",
    charset="iso-2022-jp",
    body=f"""ナースブリッジ株式会社
営業部長 木内様

いつもお世話になっております。日の出産業の高畑です。
次期（令和9〜11年度）のみなと台市乳幼児健診業務の入札に向けて、
派遣看護師の人件費見積の内訳を共有いたします。入札前の情報ですので、お取扱いにご注意ください。

　・派遣看護師 時給 2,600円 × 年間 1,920時間
　・交通費 年間 384,000円
　・繁忙期（4月・10月）の増員 延べ 24人日

上記を前提に、年間の派遣料金のお見積りをいただけますでしょうか。

{SIG_TAKAHATA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the subject is stamped 【極秘】 and the mail goes to an outside agency",
)

add(
    id="nyuyoji-067",
    sender=LI,
    to=["Tran Duc Minh <tran.duc.minh88@gmail.com>"],
    subject="Re: About my son's hearing test",
    charset="utf-8",
    body="""Dear Mr. Tran,

Thank you for your message. Yes, a Vietnamese interpreter will go with your wife to the
hospital on 27 October. She will meet your wife at the main entrance at 9:40.
Please bring the referral letter and the Maternal and Child Health Handbook.

If you have any questions, please call us at 046-812-3340 (weekdays 9:00-17:00).

Kind regards,
Li Meiling
Hinode Sangyo Co., Ltd.

On Mon, 19 Oct 2026 at 08:12, Tran Duc Minh <tran.duc.minh88@gmail.com> wrote:
> Dear Ms. Li,
> The doctor said that my son Tran Gia Bao failed the hearing screening on the right ear
> again and must see an ENT specialist at Minatodai City Hospital on 27 October.
> Can someone come with her to explain?
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to the parent himself; the health detail is only in his own quoted text",
)

_k = _kids(7, 2025, [2, 3])
_ref = ["心雑音（Levine 2/6）", "独歩未確立・筋緊張低下", "斜視疑い（内斜視）", "停留精巣疑い（右）",
        "言葉の遅れ（有意語なし）", "体重 -2.5SD", "臍ヘルニア残存"]
_dest = ["市立病院 小児科", "療育センター", "あおぞら眼科", "しおみ小児外科", "療育センター",
         "市立病院 小児科", "しおみ小児外科"]
add(
    id="nyuyoji-068",
    sender=TAKAHATA,
    to=[ISHIKAI],
    subject="上半期 精密検査紹介状況のご報告（健診医の先生方へ）",
    charset="utf-8",
    body=f"""みなと台医師会 事務局 御中

お世話になっております。日の出産業の高畑です。
上半期の精密検査紹介状況をまとめましたので、健診医の先生方へご共有ください。
1枚目が集計、2枚目が紹介児の明細です。

{SIG_TAKAHATA}
""",
    attachments=[{"kind": "xlsx", "name": "精密検査紹介状況_R8上期.xlsx",
                  "sheets": {
                      "集計": [["令和8年度上半期 精密検査紹介状況"], [],
                               ["健診", "紹介数", "受診確認済", "未受診"],
                               ["4か月児", 9, 8, 1], ["1歳6か月児", 7, 5, 2], ["3歳児", 12, 10, 2]],
                      "紹介児明細（1歳6か月）": [["氏名", "生年月日", "所見", "紹介先", "受診結果"]]
                      + [[f"{k['sei']} {k['mei']}", _wareki(k["y"], k["m"], k["d"], 2), _ref[i],
                          _dest[i], R.choice(["異常なし", "経過観察", "治療中", "未受診"])]
                         for i, k in enumerate(_k)],
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="second sheet lists 7 named children with findings and referral results; first sheet is a decoy summary",
)

add(
    id="nyuyoji-069",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="Re: 10/28 4か月児健診 要精検者の確認",
    charset="iso-2022-jp",
    body="""黒沢様

ご確認ありがとうございます。一覧はそのとおりで間違いありません。

1点だけ追加です。10/28 受診の 早乙女 紬（さおとめ つむぎ）ちゃんも、
臍ヘルニアが大きく（直径約3cm）残っているため、健診医の判断で小児外科に紹介となりました。
お母さんは受診票を受け取り済みで、しおみ小児外科クリニックに予約を入れるそうです。

小松原

> 小松原様
>
> 10/28 の要精検者は下記の2名と理解していますが、よろしいでしょうか。
>   ・鮫島 樹くん　　股関節開排制限 → 市立病院 整形外科
>   ・比嘉 栞ちゃん　心雑音 → 市立病院 小児科
>
> 黒沢
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the quoted list doesn't count, but the new text adds one named infant's finding and referral",
)

add(
    id="nyuyoji-070",
    sender=LI,
    to=[TAGENGO],
    subject="乳幼児健診 会場一覧（通訳者さま向け）",
    charset="cp932",
    body=f"""多言語通訳サポート ご担当者様

お世話になっております。李です。
通訳者の皆さまにお渡しいただく、健診会場の一覧をお送りします。

{_table([["会場", "住所", "電話", "最寄り"],
         ["潮見地区センター", "みなと台市潮見町3-2-1", "046-812-0150", "潮見駅 徒歩5分"],
         ["北浜公民館", "みなと台市北浜1-14-6", "046-817-2231", "北浜駅 徒歩8分"],
         ["みなと台市保健センター", "みなと台市本町2-3-5", "046-811-4410", "みなと台駅 徒歩3分"],
         ["緑ケ丘コミュニティハウス", "みなと台市緑ケ丘2-8-11", "046-819-0772", "バス 緑ケ丘中央"]])}

いずれも駐車場は台数が少ないため、公共交通機関でお越しください。

{SIG_LI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of public venues with their addresses and switchboards: not people",
)

_fam = [("グエン・ヴァン・ナム", "ベトナム語", "汐入町3-11-2 汐入ハイツ205", "０８０－６６２１－３０９４"),
        ("グルン・シタ", "ネパール語", "浜野1-7-9 メゾン浜野302", "０９０－４１７２－８８５０"),
        ("サントス・マリア", "ポルトガル語", "新田4-2-16", "０７０－３３０８－１１７９"),
        ("王 麗", "中国語", "本町5-1-3-408", "０８０－９９１４－２６０２"),
        ("ラマ・ビシュヌ", "ネパール語", "高砂2-20-5 コーポ高砂101", "０９０－２２５６－７７３１")]
add(
    id="nyuyoji-071",
    sender=LI,
    to=[TAGENGO],
    subject="12月 通訳が必要なご家庭（5組）",
    charset="utf-8",
    body="""多言語通訳サポート ご担当者様

お世話になっております。李です。
12月の健診・訪問で通訳が必要なご家庭の一覧です。
通訳者さまから事前に連絡を入れていただく場合は、下記の番号にお願いします。

""" + "\n".join(f"・{n}様（{lang}）　みなと台市{a}　{t}" for n, lang, a, t in _fam) + f"""

健診日と時間は、確定次第あらためてお送りします。

{SIG_LI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 5 families with address and full-width phone numbers: a list of people",
)

add(
    id="nyuyoji-072",
    sender=KOMATSUBARA,
    to=["浜口 健太 <hamaguchi.kenta@hinode-sangyo.jp>"],
    subject="明日の健診 持ち物の確認",
    charset="iso-2022-jp",
    body="""浜口さん

お疲れさまです。明日の4か月児健診の持ち物、念のため確認です。

・ベビースケール（新しいBS-220E）と予備の電池
・身長計、頭囲メジャー 10本
・受付票、問診票の予備 20部
・通訳用タブレット（充電済みのもの）

8:45 に潮見地区センター集合でお願いします。

小松原
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sangyo.jp: the own domain with co. dropped",
)

add(
    id="nyuyoji-073",
    sender=KOMATSUBARA,
    to=["浜口 健太 <hamaguchi.kenta@hinode-sangyo.co.jp>", TAKAHATA],
    subject="カンファ資料（パスワード付き）",
    charset="utf-8",
    body="""浜口さん、所長

明日のケースカンファの資料です。パスワードはいつものものです。
印刷は各自1部まで、終わったらシュレッダーでお願いします。

小松原
""",
    attachments=[{"kind": "zip", "name": "case_conf_1029.zip", "password": "kc1029!mnd",
                  "files": [{"kind": "docx", "name": "ケース一覧.docx",
                             "paragraphs": ["ケースカンファレンス 10/29"]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="password ZIP but every recipient is internal",
)

add(
    id="nyuyoji-074",
    sender=IWABUCHI,
    to=[KUROSAWA],
    subject="産婦訪問記録（北浜・間宮さん）",
    charset="utf-8",
    body="""黒沢様

お世話になっております。岩渕です。
継続支援となった産婦さんの訪問記録をお送りします。
市の様式に転記して保管いただけますでしょうか。

岩渕
""",
    attachments=[{"kind": "docx", "name": "産婦訪問記録_間宮.docx", "title": "産婦訪問記録",
                  "paragraphs": ["産婦・新生児訪問指導記録票", "訪問日：令和8年10月16日　訪問者：岩渕（助産師）"],
                  "tables": [[["母氏名", "間宮 佳奈（まみや かな）"], ["母生年月日", "平成6年8月30日"],
                              ["住所", "みなと台市北浜3-5-12 北浜ガーデン203"],
                              ["児", "間宮 律（令和8年9月3日生、2,460g）"],
                              ["分娩", "緊急帝王切開（妊娠高血圧症候群のため）、出血量 1,150ml"],
                              ["母の状態", "Hb 8.7 で鉄剤内服中。創部痛あり。EPDS 8点。"],
                              ["判定", "継続支援（2週後に再訪問）"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX visit record of one mother with delivery complications and anaemia to the city",
)

add(
    id="nyuyoji-075",
    sender=TAKAHATA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="みなと台市との業務委託契約（変更契約）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業の高畑です。
みなと台市との乳幼児健診等業務委託契約について、10か月児健診の追加に伴う
変更契約書の案が市から届きました。
主に、再委託（通訳・助産師の個人委託）と損害賠償の上限の条項について、
当社として不利な点がないかご確認いただけますでしょうか。

お忙しいところ恐縮ですが、11/6(金)までにご意見をいただけますと幸いです。
変更契約書案は、市の了承を得て別途郵送いたします。

{SIG_TAKAHATA}
{DISCLAIMER}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary legal consultation mail ending with the standard confidentiality disclaimer",
)

add(
    id="nyuyoji-076",
    sender=HAMAGUCHI,
    to=[CITY_KEIYAKU],
    subject="10か月児健診 追加分の費用積算について",
    charset="cp932",
    body=f"""みなと台市 契約担当 御中

お世話になっております。日の出産業の浜口です。
10か月児健診の追加に伴う変更契約について、費用の積算表を添付いたします。
ご不明点がありましたらお知らせください。

{SIG_HAMAGUCHI}
""",
    attachments=[{"kind": "xlsx", "name": "10か月児健診_積算表.xlsx", "page_header": "部外秘",
                  "sheets": {"積算": [["部外秘　10か月児健診 費用積算（社内原価ベース）"], [],
                                      ["項目", "1回あたり", "年間（24回）", "備考"],
                                      ["保健師", 54000, 1296000, "2名"],
                                      ["看護師（派遣）", 36750, 882000, "3名"],
                                      ["管理栄養士", 15600, 374400, "1名"],
                                      ["消耗品", 8200, 196800, ""],
                                      ["一般管理費", 22900, 549600, "原価の 20%"],
                                      ["利益", 13700, 328800, "目標 8%"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX stamped 部外秘 (title row and page header) sent to the city",
)

add(
    id="nyuyoji-077",
    sender=ANZAI,
    to=[ISHIKAI],
    subject="健診医謝金 上半期支払明細の送付",
    charset="iso-2022-jp",
    body=f"""みなと台医師会 事務局 御中

いつもお世話になっております。日の出産業 経理部の安斎です。
上半期の健診医謝金の支払明細をお送りいたします。
PDF にはパスワードを設定しております。パスワードはお電話でお伝えします。

{SIG_ANZAI}
""",
    attachments=[{"kind": "pdf", "name": "健診医謝金_支払明細_R8上期.pdf", "password": "Ish2026h1",
                  "lines": ["健診医謝金 支払明細（令和8年4月〜9月）", "出務回数 合計 24回"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected",
)

add(
    id="nyuyoji-078",
    sender=HAMAGUCHI,
    to=[KUROSAWA],
    subject="4か月児健診の日程変更（1件）",
    charset="iso-2022-jp",
    body="""黒沢さん

お疲れさまです。浜口です。
保護者の方から予約センターに日程変更のご連絡があったので、共有します。

　児氏名：我妻 陽翔（わがつま はると）くん
　生年月日：令和8年6月12日
　変更：10/14(水) 13:30 → 10/28(水) 13:15
　保護者連絡先：090-5501-2784（我妻 友美さん）

理由は「上の子の行事と重なったため」とのことです。

浜口
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one child's appointment change with DOB and parent's phone: a single record, no health data",
)

add(
    id="nyuyoji-079",
    sender=OKOCHI,
    to=["ツバサシステム 保守担当 <hoshu@tsubasa-systen.jp>"],
    subject="健診予約システム 定期メンテナンス日程の件",
    charset="utf-8",
    body="""ツバサシステム株式会社
保守ご担当者様

お世話になっております。日の出産業 情報システム部の大河内です。
11月の定期メンテナンスについて、下記の日程でお願いできますでしょうか。

　候補1：11/7(土) 20:00〜24:00
　候補2：11/14(土) 20:00〜24:00

健診日（水曜）の前日は避けていただくようお願いします。
メンテナンス中は予約受付画面にお知らせを表示する運用で問題ありません。

大河内 翔
日の出産業株式会社 情報システム部
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systen.jp is a one-letter typo of partner tsubasa-system.jp",
)

add(
    id="nyuyoji-080",
    sender=TAKAHATA,
    to=[ISHIZAKA, ISHIKAI],
    cc=[DENTAL],
    subject="1月〜3月 健診医・歯科医の出務予定（確定版）",
    charset="utf-8",
    body=f"""みなと台市 母子保健課 石坂係長
みなと台医師会 事務局 ご担当者様
みなと台歯科医師会 ご担当者様

お世話になっております。日の出産業の高畑です。
1月〜3月の健診医・歯科医の出務予定が確定しましたので、お送りします。

　1/13(水) 4か月児　　 小児科医
　1/20(水) 1歳6か月児 小児科医・歯科医
　1/27(水) 3歳児　　　 小児科医・歯科医
　2/3 〜 3/24 は例月どおり（別表のとおり）

変更がある場合は、2週間前までに弊社までご連絡ください。

{SIG_TAKAHATA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="city, medical association and dental association all visible in To/Cc: three external organisations",
)

# == 081-100 =============================================================================

add(
    id="nyuyoji-081",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="10/28 4か月児健診 実施結果（速報）",
    charset="iso-2022-jp",
    body="""黒沢様

お世話になっております。小松原です。
本日の4か月児健診の速報です。

　対象 34名／受診 31名（未受診 3名、うち 1名は日程変更済み）
　判定：異常なし 25名、要経過観察 3名、要精密 3名（股関節 2、心雑音 1）
　通訳対応：ベトナム語 1組、英語 1組
　保健指導：離乳食の相談が多く、教室の案内を 12組にお渡ししました

個別の結果票は明日、保健センターにお届けします。

小松原
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="same-day aggregate counts with findings by category: nobody identifiable",
)

add(
    id="nyuyoji-082",
    sender=LI,
    to=[KOKUSAI],
    subject="転入されたネパールのご家族について（通訳登録）",
    charset="cp932",
    body=f"""みなと台市国際交流協会 相談窓口 御中

お世話になっております。日の出産業の李です。
先月ネパールから来日されたご家族について、在留カードの交付がまだのため、
旅券での本人確認で通訳ボランティアの登録をお願いできますでしょうか。

　氏名：GURUNG SITA（グルン・シタ）
　生年月日：1998年11月22日
　旅券番号：PA3817264（ネパール）
　電話：090-4172-8850
　状況：生後2か月の男児あり。12月の4か月児健診、その前の乳児訪問で通訳が必要です。

{SIG_LI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a mother's passport number with DOB and phone to an external association",
)

add(
    id="nyuyoji-083",
    sender=OKOCHI,
    to=["ツバサシステム 開発担当 <dev@tsubasa-system.jp>"],
    subject="予約システム改修：10か月児健診の区分追加（仕様メモ）",
    charset="utf-8",
    body="""ツバサシステム株式会社
開発ご担当者様

お世話になっております。大河内です。
10か月児健診の区分追加について、仕様メモをお送りします。

1. 健診区分マスタに「10M：10か月児」を追加（表示順は 4M の次）
2. 対象者抽出：生年月日が実施月の 9〜11か月前の児
3. 予約枠：1回あたり 36枠（13:00〜14:00、5分刻み）
4. CSV 出力の列順は 4か月児と同じ

テストデータの例（本番データは使わないでください）：
    氏名：テスト 太郎　／　生年月日：2000-01-01　／　電話：000-0000-0000

本番反映は 11/24(火) 夜を希望します。

大河内 翔
日の出産業株式会社 情報システム部
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="system spec with one obviously fake test record: no real person's data",
)

add(
    id="nyuyoji-084",
    sender=MAKABE,
    to=["しらいし社会保険労務士事務所 <info@shiraishi-sr.jp>"],
    subject="社会保険 資格取得届の手続き依頼（保健師 1名）",
    charset="iso-2022-jp",
    body="""しらいし社会保険労務士事務所
白石先生

いつもお世話になっております。日の出産業 総務部の真壁です。
11/1 付で常勤となる保健師 1名について、資格取得届の手続きをお願いいたします。

　氏名　　　　　：日下部 友香（くさかべ ゆか）
　生年月日　　　：平成２年４月２７日
　基礎年金番号　：４２１７－６０９３８５
　報酬月額　　　：310,000円
　被扶養者　　　：なし

雇用契約書の写しは別途お送りいたします。

真壁 亮
日の出産業株式会社 総務部
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new hire's basic pension number (full-width) with DOB to a labour consultant",
)

add(
    id="nyuyoji-085",
    sender=ANZAI,
    to=["みどり銀行 浜松町支店 法人営業 <hamamatsucho@midori-ginko.co.jp>"],
    subject="通訳者・助産師への報酬振込（総合振込）の件",
    charset="cp932",
    body=f"""みどり銀行 浜松町支店
法人営業ご担当 様

いつもお世話になっております。日の出産業 経理部の安斎です。
来月から、業務委託の通訳者・助産師への報酬を総合振込で支払う予定です。
以下についてご教示いただけますでしょうか。

　1. 当社口座（普通 1048823）からの総合振込の件数上限
　2. 振込手数料の法人向け割引の適用条件
　3. 振込データの締め時刻（25日払いの場合）

資料をお送りいただけますと幸いです。

{SIG_ANZAI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="question to the partner bank about the company's own account: business data",
)

add(
    id="nyuyoji-086",
    sender=ANZAI,
    to=["法人営業 <hamamatsucho@midori-glnko.co.jp>"],
    subject="Re: 総合振込の件　資料受領のお礼",
    charset="iso-2022-jp",
    body="""みどり銀行 浜松町支店
法人営業ご担当 様

資料をお送りいただき、ありがとうございました。
12月分から総合振込を利用する方向で社内調整いたします。
申込書は来週中に窓口へ持参いたします。

日の出産業株式会社 経理部　安斎
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-glnko.co.jp uses l for i: homoglyph look-alike of partner midori-ginko.co.jp",
)

add(
    id="nyuyoji-087",
    sender=IWABUCHI,
    to=[MIDWIFE_B],
    subject="11/5 産婦訪問の引き継ぎ（若宮・勅使河原さん）",
    charset="utf-8",
    body="""森本さん

お疲れさまです、岩渕です。
11/5(木) 10時の産婦訪問、急きょ私が行けなくなったので代わりにお願いします。

訪問先は若宮3丁目の勅使河原 明日香さん（35歳・初産）です。
妊娠中に妊娠高血圧症候群になり、37週で緊急帝王切開でした。
今も降圧剤を飲んでいて、血圧が 150 台になることがあるそうなので、
訪問時に測定をお願いします。甲状腺の既往もあります（橋本病、内服中）。
赤ちゃんは体重の増えは順調です。

ご本人の携帯：０９０－７３０６－１４２８
（訪問前に一度お電話すると安心されると思います）

よろしくお願いします。
岩渕
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="one named mother's obstetric and thyroid history in running text to a free-mail address",
)

add(
    id="nyuyoji-088",
    sender=LI,
    to=[KUROSAWA],
    subject="12/2 4か月児健診 当日の通訳者",
    charset="utf-8",
    body="""黒沢様

お世話になっております。李です。
12/2 の健診に来る通訳者が決まりましたので、一覧を添付します（3名）。
受付で名札をお渡しいただけますと助かります。

李
""",
    attachments=[{"kind": "xlsx", "name": "通訳者一覧_1202.xlsx",
                  "sheets": {"1202": [["12/2 4か月児健診 通訳者"], [],
                                      ["氏名", "言語", "携帯", "到着予定"],
                                      ["ド・ティ・マイ", "ベトナム語", "080-2719-4466", "12:40"],
                                      ["タパ・ラジュ", "ネパール語", "090-6631-0528", "12:40"],
                                      ["周 婷", "中国語", "070-4418-9902", "13:00"]]}}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three interpreters' names and mobiles for the day: under five people, may warn",
)

add(
    id="nyuyoji-089",
    sender=OKOCHI,
    to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="次期 健診予約システム 要件整理資料",
    charset="utf-8",
    body="""ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。大河内です。
次期システムの要件整理資料（社内検討版）をお送りします。
来週の打合せの前にご一読いただけますと幸いです。

大河内 翔
日の出産業株式会社 情報システム部
""",
    attachments=[{"kind": "pptx", "name": "次期予約システム_要件整理.pptx",
                  "title": "次期 健診予約システム 要件整理",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
                  "slides": [["次期 健診予約システム 要件整理", "情報システム部", "2026年11月"],
                             ["現状の課題", "CSV 出力の件数上限", "多言語の予約画面がない",
                              "通訳要否が備考欄の自由記述"],
                             ["要件（案）", "予約画面の多言語化（5言語）", "通訳手配の自動連携",
                              "市の基幹システムとの連携"],
                             ["予算感", "初期 1,200万円以内", "保守 月額 25万円以内"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX footer marks every slide CONFIDENTIAL / Internal Only; sent to a vendor",
)

add(
    id="nyuyoji-090",
    sender=LI,
    to=["LinguaPrint Quotes <quotes@linguaprint.co.uk>"],
    subject="Quotation request: translation of infant health check leaflets (5 languages)",
    charset="utf-8",
    body="""Dear LinguaPrint team,

We are a contractor running infant health checks for a city in Japan, and we would like a
quotation for translating our parent leaflets.

- Source: Japanese, 3 leaflets (A4, 2 pages each, about 2,400 characters per leaflet)
- Targets: Vietnamese, Nepali, Brazilian Portuguese, Simplified Chinese, Tagalog
- Format: InDesign files will be supplied; print-ready PDF expected
- Deadline: 15 January 2027

The leaflets contain only general information (schedule, what to bring, how to book).
Could you also tell us whether you can provide a certificate of translation accuracy?

Best regards,
Li Meiling
Multilingual Support Coordinator
Hinode Sangyo Co., Ltd., Healthcare Division
+81-46-812-3340
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English quotation request to a foreign vendor: ordinary business mail",
)

_k = _kids(8, 2026, [1, 2])
_zrows = [["受付", "児氏名", "ふりがな", "生年月日", "保護者", "電話"]]
for _i, k in enumerate(_k):
    _zrows.append([_zen(f"13:{_i * 5:02d}"), f"{k['sei']}　{k['mei']}", f"{k['seik']}　{k['meik']}",
                   _wareki(k["y"], k["m"], k["d"], 1), k["mom"], _zen(k["tel"])])
add(
    id="nyuyoji-091",
    sender=HASEBE,
    to=[SHIOMI_CENTER],
    cc=[KUROSAWA],
    subject="12/2 10か月児健診　受付名簿（会場用）",
    charset="cp932",
    body=f"""潮見地区センター ご担当者様
（cc：母子保健課 黒沢様）

お世話になっております。日の出産業の長谷部です。
12/2 の10か月児健診（試行実施）の受付名簿をお送りします。
当日、センターの窓口で来場者のお名前を確認していただくことになったため、
受付にお渡しいただけますでしょうか。

{_table_zen(_zrows)}

以上８名です。よろしくお願いいたします。

長谷部 真理
日の出産業株式会社 みなと台母子保健センター
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded table of 8 infants (和暦 DOB, parent, full-width phone) to a city facility",
)

_k = _kids(12, 2026, [9, 10])
_int = [["訪問予定", "担当", "保護者", "住所", "電話", "メモ"]]
for _i, k in enumerate(_k):
    _int.append([f"11/{R.randrange(2, 28)}", R.choice(["岩渕", "中川", "森本", "日向"]),
                 f"{k['sei']} {k['mom']}", f"{k['town']}{k['ban']}", k["tel"],
                 R.choice(["", "", "双子", "上の子2歳", "里帰り中（12月戻り）", "ペットあり（犬）"])])
add(
    id="nyuyoji-092",
    sender=IWABUCHI,
    to=["訪問チーム <houmon-team@hinode-sangyo.co.jp>", KOMATSUBARA],
    subject="11月 新生児訪問 割り振り表（社内）",
    charset="utf-8",
    body=f"""訪問チームの皆さん

11月前半の新生児訪問の割り振りです。外部の助産師さんへは各自の担当分だけ、
氏名と住所を伏せずに電話で伝えてください（メール転送はしないでください）。

{_table(_int)}

岩渕
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="12-family visit list sent only to internal addresses",
)

add(
    id="nyuyoji-093",
    sender=HAMAGUCHI,
    to=[CITY_KA],
    subject="健診アンケート結果（10月分・自由記述抜粋）",
    charset="utf-8",
    body=f"""みなと台市 母子保健課 御中

お世話になっております。浜口です。
10月の健診で実施した保護者アンケートの結果をお送りします（回収 158件）。

■満足度：とても満足 62%、満足 31%、普通 6%、不満 1%
■待ち時間：30分以内 71%、30〜60分 24%、60分以上 5%

■自由記述（抜粋・原文ママ）
・保健師さんが丁寧に話を聞いてくれて安心した
・駐車場が少なく、ベビーカーで雨の中歩くのが大変だった
・通訳の方がいてくれて助かった（ベトナム語）
・問診票の質問が多い。事前にWebで入力できるとよい
・授乳室が1つしかなく、待つことがあった

{SIG_HAMAGUCHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymous survey percentages and unattributed comments",
)

add(
    id="nyuyoji-094",
    sender=KOMATSUBARA,
    to=[ISHIKAI],
    subject="12/5 合同研修会 事例検討資料（差し替え版）",
    charset="utf-8",
    body="""みなと台医師会 事務局 御中

お世話になっております。日の出産業の小松原です。
先日お送りした事例検討資料について、健診医の先生方から
「実際のケースで振り返りたい」とのご意見をいただいたため、差し替え版をお送りします。

小松原
""",
    attachments=[{"kind": "pptx", "name": "事例検討_差し替え版.pptx", "title": "事例検討（差し替え）",
                  "slides": [["上半期 要精検ケースの振り返り", "みなと台母子保健センター"],
                             ["ケース1：的場 律くん（R7.3.14生）", "1歳6か月児健診で内斜視を指摘",
                              "あおぞら眼科で調節性内斜視と診断、眼鏡処方"],
                             ["ケース2：比嘉 栞ちゃん（R8.6.9生）", "4か月児健診で心雑音",
                              "市立病院で心室中隔欠損（小）、経過観察"],
                             ["ケース3：鮫島 樹くん（R8.5.30生）", "股関節開排制限",
                              "整形外科で臼蓋形成不全、リーメンビューゲル装着"]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slides name three real children with DOB and diagnoses (unlike the anonymised version)",
)

add(
    id="nyuyoji-095",
    sender=HASEBE,
    to=[KUROSAWA],
    subject="RE: 11/12 離乳食教室の参加者",
    charset="iso-2022-jp",
    body="""黒沢様

一覧ありがとうございました。確認いたしました。
会場には人数（5組）だけお伝えして、調理台を3台確保してもらいます。
当日の受付はこちらで行います。

長谷部

-----Original Message-----
From: 黒沢 美穂 <kurosawa-m@city.minatodai.lg.jp>
Sent: Wednesday, October 28, 2026 11:20 AM
To: 長谷部 真理 <hasebe.mari@hinode-sangyo.co.jp>
Subject: 11/12 離乳食教室の参加者

長谷部様

11/12 の離乳食教室、市の窓口で受け付けた参加者は下記の5組です。

  雨宮 詩ちゃん（7か月）　母：雨宮 明日香　090-3318-5072
  千葉 蒼くん（6か月）　　母：千葉 麻衣　　080-7741-0259
  柘植 杏ちゃん（8か月）　母：柘植 瞳　　　070-6120-8834
  丸茂 暖くん（7か月）　　母：丸茂 里奈　　090-9023-4417
  間宮 澪ちゃん（6か月）　母：間宮 有紀　　080-1186-3940

黒沢
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 5-family list is only in quoted text from the city; the new text gives a count",
)

_mn2 = my_number(SEED + 2)
add(
    id="nyuyoji-096",
    sender=LI,
    to=[TAGENGO],
    subject="FW: 妊娠届出 情報（通訳手配用）",
    charset="utf-8",
    body=f"""多言語通訳サポート ご担当者様

お世話になっております。李です。
市から届いた情報を転送します。出産後の新生児訪問でポルトガル語通訳が必要なご家庭です。

-----Forwarded Message-----
From: 黒沢 美穂 <kurosawa-m@city.minatodai.lg.jp>
Subject: 妊娠届出 情報（通訳手配用）

李様

新生児訪問でポルトガル語通訳が必要なご家庭です。妊娠届出書の内容を転記します。

　届出者氏名：SANTOS MARIA APARECIDA（サントス マリア アパレシーダ）
　生年月日：1993年5月4日
　個人番号：{_mn2}
　住所：みなと台市新田4丁目2番16号
　出産予定日：令和8年12月20日
　既往歴：なし　／　妊婦健診：新田レディースクリニック

黒沢
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded pregnancy notification carrying the mother's My Number to an outside agency",
)

add(
    id="nyuyoji-097",
    sender=KOMATSUBARA,
    to=[KUROSAWA],
    subject="BCG未接種のお子さん（4か月児健診）",
    charset="iso-2022-jp",
    body="""黒沢さん

お疲れさまです、小松原です。
今日の4か月児健診で、桜木町の丸茂 湊斗（まるも みなと）くん（令和8年6月生）の
BCG が未接種でした。お母さんは「予約を忘れていた」とのことで、
個別接種の医療機関リストをお渡ししています。
市の接種勧奨の対象に入れていただけますでしょうか。

小松原
""",
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one named infant's missing BCG shot: vaccination status may or may not be read as health data",
)

add(
    id="nyuyoji-098",
    sender=SUDO,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    cc=["錦印刷 営業部 岡野様 <okano@nishiki-insatsu.co.jp>"],
    subject="12/5 合同研修会　配布資料の搬入について",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約ご担当様
（cc：錦印刷 岡野様）

お世話になっております。日の出産業の須藤です。
12/5 の合同研修会の配布資料は、錦印刷様からホテルへ直接お届けいただきます。

　搬入日時：12/4(金) 15:00〜17:00
　荷物　　：段ボール 4箱（研修資料 45部、アンケート用紙）
　宛名　　：「日の出産業 合同研修会 桜の間」

ホテル様で前日保管いただけますでしょうか。
岡野様、搬入口はホテル裏手の通用口とのことです。

須藤
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="delivery arrangement between two partners (hotel and printer): two external organisations",
)

add(
    id="nyuyoji-099",
    sender=IWABUCHI,
    to=["yuka.m0314@docomo.ne.jp"],
    subject="みなと台市 新生児訪問の日時について",
    charset="iso-2022-jp",
    body="""鮫島 様

みなと台市の新生児訪問を担当しております、日の出産業の岩渕です。
先ほどはお電話ありがとうございました。

訪問は 10月21日（水）10時ごろ に伺います。
母子健康手帳と、赤ちゃんの体重を測るのでバスタオルを1枚ご用意ください。
都合が悪くなった場合は、このメールか 046-812-3340 までご連絡ください。

日の出産業株式会社 ヘルスケア事業部
助産師　岩渕 千景
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="visit time confirmation to the mother herself on a carrier address: no list, no health data",
)

add(
    id="nyuyoji-100",
    sender=HAMAGUCHI,
    to=[KUROSAWA],
    subject="11/4 4か月児健診 キャンセル1件（入院中のため）",
    charset="utf-8",
    body="""黒沢さん

お疲れさまです。浜口です。
11/4 の4か月児健診を予約していた 猪股 結菜（いのまた ゆいな）ちゃん のお母さんから、
現在入院中のためキャンセルしたいと予約センターに連絡がありました。
退院の時期は未定とのことです。

退院後に個別で受診案内をしていただけるよう、市のほうでフォローをお願いできますか。

浜口
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="a named infant is in hospital (no diagnosis): the bare fact of hospitalisation is borderline health data",
)
