"""Blind evaluation corpus — area: jinjihyoka (人事評価・昇格).

The mail of 日の出産業株式会社's HR appraisal and promotion work: evaluation grades,
promotion exam scores, 360-degree feedback vendors, assessment-centre firms, salary
revisions, succession lists, external HR consultants, 社労士 and law firms, plus the
ordinary scheduling and vendor mail around them.

Every person, number and address in this file is invented (names, My Numbers, card
numbers, pension / passport / residence-card numbers, bank accounts, phone numbers,
addresses, domains other than the ones BRIEF.md gives).  The file was written blind,
from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without reading
mailguard's code, its tests or any other corpus file.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 18001
AREA = "jinjihyoka"
rng = random.Random(SEED)

# -- small helpers -------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def zen(s: str) -> str:
    """ASCII digits and separators to full width, as some people type them."""
    return s.translate(_ZEN)


def dispw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - dispw(s), 0)


def padded_table(rows: list[list[str]], gap: str = "  ", rule: str = "-") -> str:
    widths = [max(dispw(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = [gap.join(pad(str(c), widths[i]) for i, c in enumerate(rows[0])).rstrip()]
    out.append(gap.join(rule * w for w in widths))
    for r in rows[1:]:
        out.append(gap.join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    if y < 1989 or (y == 1989 and m == 1 and d < 8):
        era, short, ey = "昭和", "S", y - 1925
    else:
        era, short, ey = "平成", "H", y - 1988
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenshort":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{ey}年{m}月{d}日"


def ymd(dob: tuple[int, int, int], sep: str = "/") -> str:
    y, m, d = dob
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def corp_number(base12: str) -> str:
    """法人番号 (13 digits) with its leading check digit."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SEI = [
    ("東海林", "しょうじ", "Shoji"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("小鳥遊", "たかなし", "Takanashi"), ("五十嵐", "いがらし", "Igarashi"),
    ("長谷部", "はせべ", "Hasebe"), ("四方田", "よもだ", "Yomoda"),
    ("百目鬼", "どうめき", "Domeki"), ("栗林", "くりばやし", "Kuribayashi"),
    ("御手洗", "みたらい", "Mitarai"), ("水上", "みなかみ", "Minakami"),
    ("安齋", "あんざい", "Anzai"), ("的場", "まとば", "Matoba"),
    ("日下部", "くさかべ", "Kusakabe"), ("城戸", "きど", "Kido"),
    ("漆畑", "うるしはた", "Urushihata"), ("鬼頭", "きとう", "Kito"),
    ("大仏", "おさらぎ", "Osaragi"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("藤堂", "とうどう", "Todo"), ("真壁", "まかべ", "Makabe"),
    ("浜野", "はまの", "Hamano"), ("桐生", "きりゅう", "Kiryu"),
    ("三ツ矢", "みつや", "Mitsuya"), ("相馬", "そうま", "Soma"),
    ("設楽", "したら", "Shitara"), ("羽生", "はにゅう", "Hanyu"),
    ("小野寺", "おのでら", "Onodera"), ("雲母", "きら", "Kira"),
    ("蓮見", "はすみ", "Hasumi"), ("降旗", "ふりはた", "Furihata"),
    ("保科", "ほしな", "Hoshina"), ("綿貫", "わたぬき", "Watanuki"),
    ("廿日出", "はつかで", "Hatsukade"), ("宮路", "みやじ", "Miyaji"),
    ("舘野", "たての", "Tateno"), ("鴨志田", "かもしだ", "Kamoshida"),
    ("須永", "すなが", "Sunaga"), ("瀬古", "せこ", "Seko"),
    ("神代", "くましろ", "Kumashiro"), ("巽", "たつみ", "Tatsumi"),
]
MEI = [
    ("健太", "けんた", "Kenta"), ("美咲", "みさき", "Misaki"), ("翔", "しょう", "Sho"),
    ("由紀子", "ゆきこ", "Yukiko"), ("大輔", "だいすけ", "Daisuke"), ("彩花", "あやか", "Ayaka"),
    ("拓海", "たくみ", "Takumi"), ("真理", "まり", "Mari"), ("隆之", "たかゆき", "Takayuki"),
    ("千尋", "ちひろ", "Chihiro"), ("浩二", "こうじ", "Koji"), ("智也", "ともや", "Tomoya"),
    ("恵", "めぐみ", "Megumi"), ("航", "わたる", "Wataru"), ("沙織", "さおり", "Saori"),
    ("亮介", "りょうすけ", "Ryosuke"), ("佳奈", "かな", "Kana"), ("俊彦", "としひこ", "Toshihiko"),
    ("遥", "はるか", "Haruka"), ("麻衣", "まい", "Mai"), ("直樹", "なおき", "Naoki"),
    ("綾乃", "あやの", "Ayano"), ("昌平", "しょうへい", "Shohei"), ("葵", "あおい", "Aoi"),
    ("将吾", "しょうご", "Shogo"), ("紗希", "さき", "Saki"), ("陽介", "ようすけ", "Yosuke"),
    ("和美", "かずみ", "Kazumi"), ("悠真", "ゆうま", "Yuma"), ("里奈", "りな", "Rina"),
]
DEPTS = ["営業第一部", "営業第二部", "生産管理部", "品質保証部", "経理部", "情報システム部",
         "物流部", "大阪支店 営業課", "名古屋支店 営業課", "総務部", "技術開発部", "購買部"]
CITIES = [("東京都", "練馬区石神井台"), ("神奈川県", "川崎市中原区今井南町"),
          ("埼玉県", "さいたま市浦和区常盤"), ("千葉県", "船橋市前原西"),
          ("東京都", "調布市深大寺北町"), ("神奈川県", "横浜市港北区日吉本町"),
          ("大阪府", "吹田市千里山西"), ("兵庫県", "西宮市甲子園口"),
          ("愛知県", "名古屋市昭和区八事本町"), ("埼玉県", "川口市芝新町"),
          ("東京都", "杉並区下井草"), ("千葉県", "松戸市常盤平"),
          ("東京都", "江東区南砂"), ("神奈川県", "相模原市南区相模大野")]
BANKS = [("みどり銀行", "日本橋支店"), ("みどり銀行", "浦和支店"), ("東都信用金庫", "本店営業部"),
         ("さくら台銀行", "船橋支店"), ("中央ながれ銀行", "川崎支店"), ("ゆうちょ銀行", "〇一八支店")]

_used: set[tuple[str, str]] = set()


def people(n: int, y0: int = 1968, y1: int = 1996) -> list[dict]:
    """n invented employees (unique names across the file)."""
    out: list[dict] = []
    while len(out) < n:
        s, m = rng.choice(SEI), rng.choice(MEI)
        if (s[0], m[0]) in _used:
            continue
        _used.add((s[0], m[0]))
        y, mo, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
        pref, city = rng.choice(CITIES)
        bank, branch = rng.choice(BANKS)
        out.append({
            "name": f"{s[0]} {m[0]}", "sei": s[0], "mei": m[0],
            "kana": f"{s[1]} {m[1]}",
            "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                            for c in f"{s[1]}　{m[1]}"),
            "roma": f"{m[2]} {s[2]}", "ROMA": f"{s[2].upper()} {m[2].upper()}",
            "emp": str(rng.randint(200001, 219999)),
            "dob": (y, mo, d),
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": f"{s[2].lower()}.{m[2].lower()}@hinode-sangyo.co.jp",
            "dept": rng.choice(DEPTS),
            "zip": f"{rng.randint(100, 699)}-{rng.randint(0, 9999):04d}",
            "addr": f"{pref}{city}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
            "bank": bank, "branch": branch, "acct": f"{rng.randint(1000000, 9999999)}",
            "grade": rng.choice(["S", "A", "A", "B", "B", "B", "C"]),
            "score": rng.randint(48, 96),
        })
    return out


# -- signatures and disclaimers --------------------------------------------------------------

SIG_SAEKI = """
--
日の出産業株式会社 人事部 人材開発課
佐伯 真由美（さえき まゆみ）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル7F
TEL 03-5201-7730（直通） FAX 03-5201-7739
saeki.mayumi@hinode-sangyo.co.jp
"""

SIG_TOJO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 人事課 課長　東條 剛
〒103-0027 東京都中央区日本橋2-14-9
TEL:03-5201-7720 / 内線 2231
━━━━━━━━━━━━━━━━━━━━
"""

SIG_NONOMIYA = """
------------------------------------------
日の出産業株式会社　人事部 報酬グループ
野々宮 彩　Aya Nonomiya
TEL 03-5201-7725　nonomiya.aya@hinode-sangyo.co.jp
------------------------------------------
"""

SIG_MORI = """
****************************************
日の出産業株式会社 人事部
評価制度担当 森 健二
Tel: 03-5201-7728  Mobile: 080-4471-2093
****************************************
"""

SIG_MORI_EN = """
Best regards,

Kenji Mori
Performance Management, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7728
"""

SIG_KASHIWAGI = """
--------------------------------
日の出産業株式会社 経営企画室
柏木 怜（かしわぎ れい）
直通 03-5201-7610
--------------------------------
"""

SIG_HORINOUCHI = """
日の出産業（株）人事部 人事課（労務・社会保険）
堀之内 昇
TEL 03-5201-7722 FAX 03-5201-7739
"""

SIG_MIYOSHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 人事部 人材開発課
三好 千夏　Chinatsu Miyoshi
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル7F
TEL 03-5201-7731
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_KUWABARA = """
日の出産業株式会社 大阪支店 総務課
桑原 理沙
〒530-0001 大阪府大阪市北区梅田3-5-12 梅田センタービル14F
TEL 06-6345-2210
"""

SIG_OKOCHI = """
日の出産業株式会社
取締役 人事部長　大河内 誠
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

SAEKI = "佐伯 真由美 <saeki.mayumi@hinode-sangyo.co.jp>"
TOJO = "東條 剛 <tojo.tsuyoshi@hinode-sangyo.co.jp>"
NONOMIYA = "野々宮 彩 <nonomiya.aya@hinode-sangyo.co.jp>"
MORI = "森 健二 <k-mori@hinode-sangyo.co.jp>"
MORI_EN = "Kenji Mori <k-mori@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 怜 <kashiwagi.rei@hinode-sangyo.co.jp>"
HORINOUCHI = "堀之内 昇 <horinouchi.noboru@hinode-sangyo.co.jp>"
MIYOSHI = "三好 千夏 <miyoshi.chinatsu@hinode-sangyo.co.jp>"
KUWABARA = "桑原 理沙 <kuwabara.risa@hinode-sangyo.co.jp>"
OKOCHI = "大河内 誠 <okochi.makoto@hinode-sangyo.co.jp>"

IIKURA = "飯倉 様 <iikura@assessment-lab.co.jp>"
MATSUKAZE = "松風 様 <matsukaze@fb-compass.co.jp>"
MIKURIYA = "御厨 様 <mikuriya@kanade-consulting.co.jp>"
SHIRATORI = "白鳥 様 <shiratori@yamabuki-sr.jp>"
KASAI = "葛西 様 <kasai@shoshin-test.jp>"
NARUMI = "鳴海 様 <narumi@exec-bridge.com>"
USAMI = "宇佐美 様 <usami@tsubasa-system.jp>"
SAJIMA = "冴島 弁護士 <sajima@shirakawa-law.jp>"
OGURO = "小椋 様 <oguro@nishiki-insatsu.co.jp>"
BANQUET = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
SHINOHARA = "篠原 様 <shinohara@midori-ginko.co.jp>"
SUGITO = "杉戸 様 <sugito@aoba-unyu.co.jp>"
MASHIBA = "真柴 先生 <mashiba@tokai-keiei.ac.jp>"

MESSAGES: list[dict] = []


def add(n: int, **m) -> None:
    assert n == len(MESSAGES) + 1, n
    MESSAGES.append({"id": f"{AREA}-{n:03d}", **m})


# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

_p = people(8, 1978, 1989)
_rows = [["社員番号", "氏名", "所属", "現等級", "生年月日"]]
for _x in _p:
    _rows.append([_x["emp"], _x["name"], _x["dept"], rng.choice(["S3", "S4"]), ymd(_x["dob"])])
add(1,
    sender=SAEKI, to=[IIKURA], subject="10月アセスメント研修 受講者のご連絡（課長昇格候補）",
    charset="iso-2022-jp",
    body=f"""アセスメントラボ株式会社
飯倉様

いつもお世話になっております。日の出産業 人事部の佐伯です。
10月実施のアセスメント研修（課長昇格候補者向け）の受講者が確定しましたので
ご連絡いたします。事前課題の送付先として、下記のとおりご登録をお願いいたします。

{padded_table(_rows)}

事前課題の発送は9/20（金）までにお願いできますと幸いです。
ご不明点がございましたらお知らせください。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="8 promotion candidates with employee no. and birth date in a padded table to the assessment firm")

add(2,
    sender=SAEKI, to=[IIKURA], subject="Re: アセスメント研修 実施日程のご相談",
    charset="cp932",
    body=f"""飯倉様

お世話になっております。佐伯です。
日程案のご提示ありがとうございました。社内で調整した結果、以下でお願いできればと存じます。

　第1回　10月17日（金）9:30～18:00
　第2回　10月31日（金）9:30～18:00
　会場　　弊社本社 9階 大会議室（プロジェクター・ホワイトボード2台あり）
　受講者　各回6名（計12名）
　アセッサー　各回4名のご手配をお願いします

昼食は弊社で手配いたします（アセッサーの皆様の分も含めて10食）。
機材の搬入口は建物裏手、守衛室でお名前をお伝えください。

> 佐伯様
> いつもお世話になっております。アセスメントラボの飯倉です。
> 10月の実施日程につきまして、下記候補日で調整可能です。
>  ・10/17（金）、10/24（金）、10/31（金）
> アセッサーは1回あたり3～4名を想定しております。
> ご検討のほどよろしくお願いいたします。
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=[],
    note="scheduling mail to the assessment firm: dates, room, head counts, no personal data")

_targets = people(4, 1975, 1988)
_resp = people(14, 1970, 1998)
_csv = [["対象者社員番号", "対象者氏名", "回答者氏名", "回答者メールアドレス", "関係"]]
_k = 0
for _t in _targets:
    for _rel in ["上司", "同僚", "同僚", "部下"][: 3 + (_k % 2)]:
        _r = _resp[_k % len(_resp)]
        _csv.append([_t["emp"], _t["name"], _r["name"], _r["mail"], _rel])
        _k += 1
add(3,
    sender=MORI, to=[MATSUKAZE], subject="下期360度サーベイ 回答者登録ファイル",
    charset="utf-8",
    body=f"""株式会社フィードバックコンパス
松風様

お世話になっております、日の出産業の森です。
下期360度サーベイの回答者登録ファイルをお送りします。
フォーマットは前回いただいたテンプレートのままです。
取込後、対象者ごとの回答者数をご確認いただけますでしょうか。

よろしくお願いいたします。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "360_回答者登録_2025下期.csv", "encoding": "utf-8",
                  "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 360 targets and 14 respondents with names and mail addresses to the 360 vendor")

_p = people(10, 1970, 1994)
_rows = [["氏名", "所属", "一次", "二次", "最終", "昇給号俸"]]
for _x in _p:
    _g = _x["grade"]
    _rows.append([_x["name"], _x["dept"], rng.choice("SABBC"), _g, _g,
                  {"S": "+6", "A": "+4", "B": "+3", "C": "+1"}[_g]])
add(4,
    sender=TOJO,
    to=["鷹野 部長 <takano.shinji@hinode-sangyo.co.jp>",
        "西園寺 部長 <saionji.kaoru@hinode-sangyo.co.jp>",
        "奥寺 部長 <okudera.yasuo@hinode-sangyo.co.jp>"],
    cc=[OKOCHI],
    subject="【部外秘】2025年度上期 評価結果（一次集計）のご確認",
    charset="iso-2022-jp",
    body=f"""部長各位

お疲れさまです。人事課の東條です。
上期評価の一次集計がまとまりましたので、ご担当部門分をご確認ください。
最終欄は評価調整会議（10/8）前の仮置きです。修正がある場合は10/3までにご連絡ください。

【部外秘】
{padded_table(_rows, gap="   ")}

※ 昇給号俸は最終評価確定後に報酬グループで再計算します。
{SIG_TOJO}""",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="all recipients internal: ratings of 10 staff with a 部外秘 stamp stay inside the company")

add(5,
    sender=TOJO, to=[MIKURIYA], subject="評価制度の運用に関するご相談（休職者の取り扱い）",
    charset="utf-8",
    body=f"""かなで人事コンサルティング株式会社
御厨 様

いつもお世話になっております。日の出産業の東條です。
評価制度の運用について、個別のケースで1点ご相談させてください。

品質保証部の漆畑航（うるしはた わたる）さんが、今年3月から適応障害の診断を受けて
休職しており、7月1日に復職しました。現在は主治医の意見書に沿って短時間勤務です。
上期の評価期間（4月～9月）のうち3か月を休職していたため、
 ・評価対象期間が不足するとして「評価なし（前期評価据え置き）」とするか
 ・復職後3か月の実績のみで評価するか
で部内の意見が分かれています。

他社でどのような運用が多いか、また昇格要件（直近2期の評価）への影響の考え方について
ご意見をいただけますでしょうか。次回の定例（10/9）で伺えれば幸いです。

よろしくお願いいたします。
{SIG_TOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's diagnosis (適応障害) and sick leave told to an external consultant")

add(6,
    sender=NONOMIYA, to=["宇佐美 様 <usami@tsubasa-sytem.jp>"],
    subject="10月度給与 昇給データ取込テストの日程について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
宇佐美様

いつもお世話になっております。日の出産業 報酬グループの野々宮です。
10月度給与から昇給・昇格分を反映するにあたり、データ取込テストの日程をご相談させてください。

　9/24（水）　検証環境へ改定後の号俸テーブルを登録（弊社作業）
　9/25（木）　取込テスト（御社立会い希望）
　9/29（月）　本番環境へ反映

25日は10時から11時半でご都合いかがでしょうか。
オンライン会議のURLは弊社からお送りします。
{SIG_NONOMIYA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops an 's' from partner tsubasa-system.jp: look-alike recipient")

add(7,
    sender=HORINOUCHI, to=[SHIRATORI], subject="【送付】昇給査定結果（月額変更届 作成用）",
    charset="cp932",
    body=f"""山吹社会保険労務士法人
白鳥様

いつもお世話になっております。日の出産業の堀之内です。
10月昇給分のうち、固定的賃金が2等級以上変動する見込みの従業員の一覧をお送りします。
月額変更届の作成をお願いいたします。

添付ファイルはパスワード付きZIPです。パスワードは別途メールにてお送りします。

よろしくお願いいたします。
{SIG_HORINOUCHI}""",
    attachments=[{"kind": "zip", "name": "shokyu_satei_202510.zip", "password": "Ym7#kQ2x",
                  "files": [{"kind": "xlsx", "name": "月変対象者一覧.xlsx",
                             "sheets": {"対象者": [["社員番号", "氏名", "変更前", "変更後"],
                                                   ["204411", "保科 将吾", 288000, 331000],
                                                   ["207730", "蓮見 紗希", 265000, 302000]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the 社労士 office cannot be inspected")

add(8,
    sender=HORINOUCHI, to=[SHIRATORI], subject="【パスワード】昇給査定結果（月額変更届 作成用）",
    charset="cp932",
    body=f"""白鳥様

先ほどお送りしたファイルのパスワードをお知らせします。

　Ym7#kQ2x

お手数ですがよろしくお願いいたします。
{SIG_HORINOUCHI}""",
    expect="pass", entities=[], detectors=[],
    note="the follow-up password mail carries no attachment and no personal data")

add(9,
    sender=MORI, to=[MIKURIYA], cc=[TOJO],
    subject="次期人事制度（等級・評価）改定案 v0.3 の送付",
    charset="utf-8",
    body=f"""御厨様

お世話になっております。森です。
先日の打合せを踏まえて改定案を更新しましたのでお送りします。
主な変更点は、行動評価の項目を12から8に絞った点と、S評価の上限比率（10%）の明記です。

次回打合せ（10/21）までにコメントをいただけますと助かります。
{SIG_MORI}""",
    attachments=[{"kind": "docx", "name": "人事制度改定案_v0.3.docx", "title": "人事制度改定案",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部",
                  "paragraphs": ["人事制度改定案（等級・評価）v0.3",
                                 "1. 等級体系：管理職 M1～M3、一般職 S1～S4 の7等級とする。",
                                 "2. 評価構成：業績評価 60%、行動評価 40%。",
                                 "3. 評価分布の目安：S 10%以内、A 25%、B 50%、C・D 15%。",
                                 "4. 昇格要件：直近2期の総合評価がいずれもA以上、かつ昇格試験合格。"],
                  "tables": [[["等級", "呼称", "昇給率（B評価）", "昇給率（A評価）"],
                              ["M3", "部長", "1.5%", "2.5%"], ["M2", "次長", "1.8%", "2.8%"],
                              ["M1", "課長", "2.0%", "3.0%"], ["S4", "係長", "2.2%", "3.3%"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 社外秘 in its page header goes to an external consultant")

add(10,
    sender=MORI,
    to=["松風 様 <matsukaze@fb-compass.co.jp>", "営業ご担当者様 <sales@jinzai-scope.co.jp>",
        "info@360navi.jp"],
    subject="360度フィードバックサービス 提案依頼（RFP）のご案内",
    charset="cp932",
    body=f"""各社ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の森と申します。
このたび弊社では、管理職向け360度フィードバックの実施にあたり、
サービス提供会社様からのご提案を募ることといたしました。

　対象者　　管理職 約180名（回答者は1名あたり5～8名）
　実施時期　2026年2月～3月
　必要機能　Web回答、日英2言語、個人別レポート、組織別集計
　提案期限　2025年11月7日（金）17時

提案依頼書（RFP）は、秘密保持契約を締結いただいた後にお送りします。
ご参加いただける場合は、10月24日までに本メールへご返信ください。

何卒よろしくお願い申し上げます。
{SIG_MORI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing vendors of three organisations see each other in To: should have been Bcc")

add(11,
    sender=MORI, to=[MORI],
    bcc=["松風 様 <matsukaze@fb-compass.co.jp>", "sales@jinzai-scope.co.jp", "info@360navi.jp"],
    subject="【日の出産業】360度フィードバック 提案期限延長のお知らせ",
    charset="iso-2022-jp",
    body=f"""各社ご担当者様（Bccにて失礼いたします）

日の出産業の森です。先日ご案内した提案依頼の件で、
社内の予算確定が遅れておりますため、提案期限を下記のとおり延長いたします。

　旧）2025年11月7日（金）17時
　新）2025年11月21日（金）17時

ご質問は11月12日まで受け付けます。回答は全社に同内容でお送りします。
{SIG_MORI}""",
    expect="pass", entities=[], detectors=[],
    note="same vendors addressed correctly in Bcc; To is the sender himself")

_mn = my_number(SEED + 1)
add(12,
    sender=HORINOUCHI, to=[SHIRATORI], subject="随時改定（昇格者1名）の届出のお願い",
    charset="iso-2022-jp",
    body=f"""白鳥様

お世話になっております。堀之内です。
10月1日付の課長昇格に伴い固定的賃金が変動した1名について、
月額変更届の作成をお願いいたします。

　氏名　　　　十河 亮介（そごう りょうすけ）
　生年月日　　昭和60年8月14日
　個人番号　　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　基礎年金番号　4127-305918
　基本給　　　312,000円 → 338,000円
　役職手当　　なし → 30,000円（10月新設）

10月～12月の支給実績は確定次第お送りします。
{SIG_HORINOUCHI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one employee's My Number and 基礎年金番号 sent to the 社労士 office")

_q = people(6, 1976, 1990)
_quoted = "\n".join(
    f"> {i + 1}. {x['name']}（{x['kana']}） 受講者ID AC-25-{10 + i:03d}  {x['mail']}"
    for i, x in enumerate(_q))
add(13,
    sender=SAEKI, to=[IIKURA], subject="Re: 受講者登録内容のご確認",
    charset="iso-2022-jp",
    body=f"""飯倉様

ご確認ありがとうございます。佐伯です。
登録内容に相違ございません。当日はどうぞよろしくお願いいたします。

佐伯

-----
> 佐伯様
>
> アセスメントラボの飯倉です。
> 第1回受講者の登録が完了しましたので、内容をご確認ください。
>
{_quoted}
>
> 相違がなければ、このままログイン案内をお送りします。
""",
    expect="pass", entities=[], detectors=[],
    note="the six-person list is only quoted from the vendor's own mail; the new text is a one-line OK")

_k = people(9, 1980, 1992)
_c = people(12, 1984, 1997)
_sheet_k = [["2025年度 課長昇格試験 採点結果"], [],
            ["受験番号", "社員番号", "氏名", "所属", "論文", "択一", "面接", "合計", "判定"]]
for _i, _x in enumerate(_k):
    _a, _b, _m = rng.randint(18, 38), rng.randint(20, 40), rng.randint(10, 20)
    _sheet_k.append([f"K-{_i + 1:03d}", _x["emp"], _x["name"], _x["dept"], _a, _b, _m, _a + _b + _m,
                     "合格" if _a + _b + _m >= 70 else "不合格"])
_sheet_c = [["2025年度 係長昇格試験 採点結果"], [],
            ["受験番号", "社員番号", "氏名", "所属", "択一", "小論文", "合計"]]
for _i, _x in enumerate(_c):
    _a, _b = rng.randint(30, 58), rng.randint(15, 38)
    _sheet_c.append([f"C-{_i + 1:03d}", _x["emp"], _x["name"], _x["dept"], _a, _b, _a + _b])
add(14,
    sender=SAEKI, to=[KASAI], subject="2025年度 昇格試験 採点結果データの送付（項目分析のお願い）",
    charset="utf-8",
    body=f"""株式会社昇進テスト研究所
葛西様

いつもお世話になっております。日の出産業の佐伯です。
今年度の昇格試験の採点結果をお送りします。
例年どおり、択一問題の項目分析（正答率・識別力）と、論文との相関の確認をお願いできますでしょうか。
シートは課長試験・係長試験・集計の3つです。

{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "昇格試験_採点結果_2025.xlsx",
                  "sheets": {"課長試験": _sheet_k, "係長試験": _sheet_c,
                             "集計": [["区分", "受験者数", "合格者数", "平均点"],
                                      ["課長", 9, 5, 71.3], ["係長", 12, 8, 64.8]]}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="XLSX with 21 named candidates' exam scores (title row above header, three sheets) to the exam vendor")

add(15,
    sender=MORI, to=[MIKURIYA], subject="アセスメント会社の比較についてご意見をお願いします",
    charset="cp932",
    body=f"""御厨様

お世話になっております。森です。
来年度のアセスメント研修の委託先を見直すにあたり、下記5社から資料を取り寄せました。
各社の特徴や評判について、御厨様のご見解を伺えますでしょうか。

・アセスメントラボ株式会社（現委託先）　東京都千代田区神田小川町3-9　代表 03-3291-4410
・株式会社ヒューマンメトリクス　東京都港区芝公園1-2-8　代表 03-5425-8800
・日本行動評価センター株式会社　大阪府大阪市中央区本町2-6-10　代表 06-6262-3501
・株式会社リーダーズゲート　東京都新宿区西新宿6-14-1　代表 03-5322-7716
・コンピテンシー研究所株式会社　愛知県名古屋市中区栄4-1-1　代表 052-261-9080

見積の比較表は次回お持ちします。
{SIG_MORI}""",
    expect="pass", entities=[], detectors=[],
    note="a list of five businesses with switchboards and office addresses is not a list of people")

_s = people(6, 1966, 1980)
_tr = "".join(
    f"<tr><td>{x['name']}</td><td>{x['dept']} 部長</td><td>{wareki(x['dob'], 'short')}</td>"
    f"<td>{rng.randint(1989, 2003)}年</td><td>{rng.choice('SA')}/{rng.choice('SAA')}/{rng.choice('SAB')}</td>"
    f"<td>{rng.choice(['執行役員（営業）', '生産本部長', '管理本部長', '執行役員（技術）'])}</td></tr>\n"
    for x in _s)
add(16,
    sender=KASHIWAGI, to=[NARUMI], subject="次世代経営人材 候補者プロフィールの共有",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>エグゼブリッジ株式会社<br>鳴海様</p>
<p>いつもお世話になっております。日の出産業 経営企画室の柏木です。<br>
先日ご相談したサクセッション・プランの件で、社内候補者6名のプロフィールを共有いたします。<br>
外部候補との比較のご参考にしていただければ幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>現職</th><th>生年月日</th><th>入社</th><th>直近3期評価</th><th>後継対象ポスト</th></tr>
{_tr}</table>
<p>評価は S/A/B/C の4段階、左から2023・2024・2025年度です。</p>
<p>--<br>日の出産業株式会社 経営企画室<br>柏木 怜<br>直通 03-5201-7610</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="HTML-only table of six succession candidates with 和暦 birth dates and ratings to a search firm")

add(17,
    sender=SAEKI, to=[KASAI], subject="昇格試験における受験上の配慮について（1名）",
    charset="iso-2022-jp",
    body=f"""葛西様

お世話になっております。佐伯です。
11月の係長昇格試験について、受験上の配慮をお願いしたい方が1名いらっしゃいます。

生産管理部の城戸 千尋さん（受験番号 C-014）は聴覚障害があり、身体障害者手帳（4級）を
お持ちです。筆記試験は通常どおりで問題ありませんが、面接試験では
　・面接官の正面の席、口元が見える配置
　・質問の要点をホワイトボードに板書いただく（筆談の併用）
をお願いできますでしょうか。ご本人の了解は得ております。

面接官の皆様への事前共有もあわせてお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named candidate's hearing disability (障害者手帳4級) told to the exam vendor")

_p = people(4, 1982, 1990)
add(18,
    sender=MIYOSHI, to=[IIKURA], subject="追加受講者（4名）の登録依頼",
    charset="utf-8",
    body="飯倉様\n\nお世話になっております。日の出産業の三好です。\n"
         "第2回に追加で4名の受講が決まりましたので、登録をお願いいたします。\n\n"
         "氏名,フリガナ,所属,メールアドレス\n"
         + "\n".join(f"{x['name']},{x['kata']},{x['dept']},{x['mail']}" for x in _p)
         + f"\n\nログイン案内は各自のアドレス宛に直接お送りいただいて構いません。\n{SIG_MIYOSHI}",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four attendees' names and mail addresses to the vendor: under five people, a warning at most")

_p = people(7, 1972, 1990)
_fw = "\n".join(
    f"　{i + 1}) {x['name']}（{x['dept']}）　一次 {rng.choice('SAB')} → 調整後 {x['grade']}　"
    f"{rng.choice(['目標未達だが新規開拓の貢献大', '他部門比で厳しめ、1段階上げ', '期中異動のため前部署評価を加味', '据え置き', '重大クレーム対応を評価'])}"
    for i, x in enumerate(_p))
add(19,
    sender=TOJO, to=[MIKURIYA], subject="FW: 【評価調整会議】議事メモ（営業本部）",
    charset="cp932",
    body=f"""御厨様

お世話になっております。東條です。
先日の評価調整会議のメモを転送します。部門間の甘辛調整の進め方について、
次回、所見をいただけると助かります。

-------- 転送メッセージ --------
差出人: 東條 剛
宛先: 営業本部 部長各位
件名: 【評価調整会議】議事メモ（営業本部）

10/8 評価調整会議の結果、以下のとおり調整しました。

{_fw}

以上、最終評価として報酬グループに回します。
{SIG_TOJO}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="a forward (new text to the consultant) of meeting notes rating seven named employees")

add(20,
    sender=SAEKI, to=["三好 千夏 <miyoshi.chinatsu@hinode-sangyou.co.jp>"], cc=[TOJO],
    subject="評価者研修 講師打合せの件",
    charset="iso-2022-jp",
    body=f"""三好さん

お疲れさまです。佐伯です。
評価者研修の講師打合せですが、かなで人事コンサルの御厨様のご都合で
10/14（火）15:00～に変更になりました。場所は7F 第3会議室です。

当日までに、昨年度のアンケート結果を印刷しておいてもらえますか。
よろしくお願いします。

佐伯""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sangyou.co.jp (letter added): look-alike of the own domain")

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

_mn2, _mn3 = my_number(SEED + 2), my_number(SEED + 3)
add(21,
    sender=HORINOUCHI,
    to=["給与計算チーム <kyuyo@hr.hinode-sangyo.co.jp>"], cc=[NONOMIYA],
    subject="昇格者の個人番号（システム未登録分）",
    charset="utf-8",
    body=f"""給与計算チーム各位

お疲れさまです。堀之内です。
10月昇格者のうち、給与システムに個人番号が未登録だった2名分を確認しました。
本人から提出済みの番号確認書類と照合済みです。登録をお願いします。

　瀬古 陽介　{_mn2}
　舘野 里奈　{_mn3[:4]}-{_mn3[4:8]}-{_mn3[8:]}

登録後、このメールは削除してください。
{SIG_HORINOUCHI}""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers sent only to an internal subdomain (hr.hinode-sangyo.co.jp) and a colleague")

add(22,
    sender=NONOMIYA, to=[USAMI], subject="評価結果取込ファイル（エラー再現用）",
    charset="iso-2022-jp",
    body=f"""宇佐美様

お世話になっております。野々宮です。
昨日ご連絡した取込エラーの件、エラーになったファイルをそのまま添付します。
「シート形式が不正です」と表示され、取込が途中で止まります。
お手数ですがご確認をお願いいたします。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "corrupt", "name": "hyoka_import_202510.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

add(23,
    sender=MORI_EN, to=["Olivia Grant <olivia.grant@peerlens.com>"],
    subject="Renewal of 360 survey licence - FY2026",
    charset="utf-8",
    body=f"""Dear Olivia,

Thank you for your proposal for the FY2026 renewal.
We would like to go ahead with the following:

  - Seats: 220 (up from 180), Japanese and English questionnaires
  - Term: 1 April 2026 - 31 March 2027
  - Individual reports in PDF, plus the organisation summary for each division
  - Invoice in JPY, payment by bank transfer at the end of the following month

Could you send the revised quotation (ref. PL-Q-26-0113) reflecting the 220 seats?
Our purchasing team will then issue the PO.
{SIG_MORI_EN}
--
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English licence-renewal mail with a quotation reference and the standard disclaimer")

_e = people(9, 1976, 1990)
_csv = [["Employee ID", "Name", "Position", "Email", "Line manager", "Manager email"]]
_mgr = people(3, 1964, 1972)
for _i, _x in enumerate(_e):
    _m = _mgr[_i % 3]
    _csv.append([_x["emp"], _x["roma"], rng.choice(["Section Manager", "Assistant Manager", "Team Leader"]),
                 _x["mail"], _m["roma"], _m["mail"]])
add(24,
    sender=MORI_EN, to=["Rajesh Menon <rajesh.menon@talentaxis.com.sg>"],
    subject="Participant list - Leadership Assessment Centre (Singapore, Nov)",
    charset="utf-8",
    body=f"""Dear Rajesh,

Please find attached the participant list for the Leadership Assessment Centre
in Singapore (17-19 November). All nine participants will attend in person.
The line managers will complete the pre-centre questionnaire, so their addresses are
included as well.

Could you confirm receipt and send the joining instructions by 24 October?
{SIG_MORI_EN}""",
    attachments=[{"kind": "csv", "name": "LAC_participants_Nov.csv", "encoding": "utf-8", "rows": _csv}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of nine participants in romaji with their and their managers' mail addresses to a foreign firm")

add(25,
    sender=TOJO, to=[MIKURIYA], subject="産休に入る社員の上期評価について",
    charset="cp932",
    body=f"""御厨様

いつもお世話になっております。東條です。
もう1件、運用面でのご相談です。

経理部の鬼頭 葵さんが現在妊娠中で、11月から産前休業に入る予定です。
春先からつわりがひどく、上期は欠勤・時差出勤が多かったため、上長が評価を付けづらいと
言っております。出産・育児を理由に不利益な評価とならないよう留意しつつ、
どのような基準で評価するのがよいか、他社事例を教えていただけますか。

{SIG_TOJO}""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="one named employee's pregnancy and morning sickness: health-adjacent, arguably not 要配慮 under APPI")

_p = people(5, 1978, 1990)
_blk = "\n\n".join(
    f"（{i + 1}）{x['name']}\n　　{x['bank']} {x['branch']}　普通　{x['acct']}\n　　振込額　{rng.choice([50000, 100000, 100000, 150000]):,}円"
    for i, x in enumerate(_p))
add(26,
    sender=NONOMIYA, to=[SHINOHARA], subject="昇格者一時金の振込についてのご相談",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
篠原様

いつもお世話になっております。日の出産業 報酬グループの野々宮です。
昇格者一時金を給与とは別に振り込みたく、下記5名分、11月25日付での総合振込を
お願いできますでしょうか。FBでの登録が間に合わないため、ご相談させてください。

{_blk}

引落口座は、いつもの当座預金口座でお願いいたします。
{SIG_NONOMIYA}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five employees' personal bank accounts listed one block each to the bank")

add(27,
    sender=NONOMIYA, to=[SHINOHARA], subject="冬季賞与 振込日程のご連絡",
    charset="iso-2022-jp",
    body=f"""篠原様

お世話になっております。野々宮です。
冬季賞与の振込について、下記のとおりご連絡いたします。

　振込指定日　2025年12月10日（水）
　件数　　　　412件（うち他行 166件）
　総額　　　　約4億1,800万円（確定額は12/3にFBでデータ送信します）
　引落口座　　みどり銀行 日本橋支店 当座 0012345 日の出産業（カ

前日までの残高確保は弊社経理部で対応いたします。
{SIG_NONOMIYA}""",
    expect="pass", entities=[], detectors=[],
    note="bonus transfer schedule: counts, totals and the company's own account, no person's data")

add(28,
    sender=MIYOSHI, to=["芹沢 様 <serizawa@sakura-hotei.jp>"],
    subject="12月 昇格者研修の会場仮押さえのお願い",
    charset="utf-8",
    body=f"""さくらホテル
宴会営業 芹沢様

いつもお世話になっております。日の出産業の三好です。
12月の新任管理職研修（1泊2日）の会場を仮押さえいただけますでしょうか。

　日程　12月11日（木）～12日（金）
　人数　35名（研修生30名・講師2名・事務局3名）
　会場　スクール形式で40名入る宴会場1室、分科会用の小部屋3室
　宿泊　シングル35室（11日泊）
　食事　11日昼・夕、12日朝・昼

見積書もあわせてお送りいただけますと幸いです。
{SIG_MIYOSHI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotei.jp swaps l for i in partner sakura-hotel.jp: look-alike recipient")

_p = people(2, 1980, 1992)
add(29,
    sender=MIYOSHI, to=[BANQUET], subject="宿泊者名簿（講師・事務局分）",
    charset="utf-8",
    body=f"""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の三好です。
12/11の研修でお世話になる講師・事務局の宿泊者をお知らせします。
研修生分は後日まとめてお送りします。

・御厨 正臣 様（講師／かなで人事コンサルティング）　携帯 090-6613-2087
・{_p[0]['name']}（事務局）　携帯 {_p[0]['mobile']}
・{_p[1]['name']}（事務局）　携帯 {_p[1]['mobile']}

チェックインは3名とも18時頃の予定です。
{SIG_MIYOSHI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three guests' names and mobiles to the hotel: under five people, a warning at most")

add(30,
    sender=OKOCHI,
    to=["西脇 様 <nishiwaki.tatsuo@gmail.com>", "阿久津 様 <akutsu_h1952@yahoo.co.jp>",
        "ローレンス 様 <k.lawrence@icloud.com>"],
    subject="役員評価委員会（第2回）日程のご案内",
    charset="iso-2022-jp",
    body=f"""社外評価委員の皆様

平素より大変お世話になっております。日の出産業の大河内でございます。
第2回役員評価委員会を下記のとおり開催いたしますので、ご案内申し上げます。

　日時　2025年11月20日（木）14:00～16:30
　場所　弊社本社 10階 役員会議室（オンライン参加も可能です）
　議題　2025年度 取締役・執行役員の業績評価（中間）、報酬水準の見直し

資料は1週間前を目途にお送りいたします。
ご出欠を11月7日までにお知らせいただけますと幸いです。
{SIG_OKOCHI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons (outside committee members) on free mail see each other in To")

add(31,
    sender=OKOCHI, to=["阿久津 様 <akutsu_h1952@outlook.jp>"],
    subject="委員会資料のお受け取り方法について",
    charset="iso-2022-jp",
    body=f"""阿久津様

いつもお世話になっております。大河内でございます。
次回委員会の資料ですが、前回と同様に郵送がよろしいでしょうか、
それともPDFでお送りする形がよろしいでしょうか。
ご都合のよい方法をお知らせいただければ、そのように手配いたします。

{SIG_OKOCHI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one outside committee member on free mail, asking how to receive documents")

add(32,
    sender=MORI, to=[USAMI], cc=["情報システム部 <is-helpdesk@hinode-sangyo.co.jp>"],
    subject="評価システム改修 要件説明資料",
    charset="utf-8",
    body=f"""宇佐美様

お世話になっております。森です。
来週の要件定義打合せに先立ち、説明資料をお送りします。
承認ルートの変更（二次評価者の追加）と、評価分布のアラート表示が主な改修点です。
{SIG_MORI}""",
    attachments=[{"kind": "pptx", "name": "評価システム改修_要件説明.pptx",
                  "page_footer": "Confidential – Hinode Sangyo Co., Ltd.",
                  "slides": [["評価システム改修 要件説明", "2025年10月 人事部"],
                             ["現行の評価フロー", "本人入力 → 一次評価 → 二次評価 → 調整会議 → 確定"],
                             ["改修点1：承認ルート", "部長代理を二次評価者として追加可能にする",
                              "代理設定の期間指定"],
                             ["改修点2：分布アラート", "部門のS比率が10%を超えた場合に警告",
                              "C・D比率が0%の場合も警告"],
                             ["スケジュール", "12月 要件確定／2月 テスト／4月 本番"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX carries a Confidential footer on every slide, sent to the partner system vendor")

add(33,
    sender=MORI, to=[MASHIBA], subject="Re: 人事評価制度に関する資料のご依頼",
    charset="iso-2022-jp",
    body=f"""東海経営大学 経営学部
真柴先生

ご連絡ありがとうございます。日の出産業の森です。
ご依頼いただいた評価基準書の詳細版は社内規程上、社外秘扱いとなっておりますため、
お送りすることができません。申し訳ございません。

代わりに、採用サイトで公開している人事制度の概要資料を添付いたします。
インタビューのご依頼については、日程を調整のうえ対応させていただきます。
{SIG_MORI}""",
    attachments=[{"kind": "pdf", "name": "人事制度の概要_公開版.pdf", "title": "人事制度の概要",
                  "lines": ["日の出産業の人事制度（概要）", "",
                            "等級制度：職務と役割に応じた7等級制",
                            "評価制度：半期ごとの目標管理と行動評価",
                            "昇格：直近の評価と昇格試験により決定",
                            "育成：階層別研修、360度フィードバック、自己申告制度"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 is only mentioned (why the detailed document is not sent); the attached PDF is public")

_p = people(7, 1975, 1992)
add(34,
    sender=MIYOSHI, to=[BANQUET], subject="研修参加者 緊急連絡先一覧",
    charset="cp932",
    body="さくらホテル ご担当者様\n\nいつもお世話になっております。日の出産業の三好です。\n"
         "万一に備え、研修生の緊急連絡先をお知らせいたします（研修生の一部分です）。\n\n"
         + "\n".join(f"・{x['kata']}　{zen(x['mobile'])}" for x in _p)
         + "\n\n残りの方は確定次第お送りします。\n" + SIG_MIYOSHI,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven katakana names with full-width mobile numbers in bullets to the hotel")

add(35,
    sender=SAEKI, to=[IIKURA, BANQUET], cc=[OGURO],
    subject="【関係各社様】アセスメント研修当日の段取りについて",
    charset="utf-8",
    body=f"""アセスメントラボ 飯倉様
さくらホテル 宴会ご担当者様
錦印刷 小椋様

いつもお世話になっております。日の出産業の佐伯です。
10/31のアセスメント研修（会場：さくらホテル 2F 桜の間）の当日段取りを共有いたします。

　 8:00　錦印刷様 資料搬入（演習用冊子 8箱、搬入口は地下1階）
　 8:30　アセスメントラボ様 会場設営
　 9:15　受付開始
　12:00　昼食（ホテル様：お弁当20食、11:50に会場後方へ）
　18:00　終了、18:30までに撤収

変更がある場合は全員返信でご連絡をお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (assessment firm, hotel, printer) in To/Cc see each other")

add(36,
    sender=SAEKI, to=[KASAI], cc=[OGURO],
    subject="昇格試験 問題冊子の印刷入稿について",
    charset="iso-2022-jp",
    body=f"""葛西様
（cc：錦印刷 小椋様）

お世話になっております。佐伯です。
係長昇格試験の問題冊子について、入稿の段取りを確認させてください。

　・入稿：10/27（月）葛西様から錦印刷様へ直接データ入稿
　・部数：問題冊子 30部、解答用紙 40部
　・納品：11/4（火）午前、弊社本社7F 人事部宛

校正は1回、10/29に弊社で確認します。
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc (a normal three-way arrangement), no personal data")

_p = people(3, 1976, 1986)
_rows = [["氏名（旅券記載）", "生年月日", "旅券番号", "有効期限"]]
for _x in _p:
    _rows.append([_x["ROMA"], ymd(_x["dob"], "-"),
                  f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}",
                  f"20{rng.randint(27, 34)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
add(37,
    sender=MIYOSHI, to=["法人旅行デスク <corporate@tabi-planner.co.jp>"],
    subject="新任課長 海外研修（シンガポール）航空券の手配",
    charset="utf-8",
    body=f"""旅プランナー株式会社
法人旅行デスク ご担当者様

お世話になっております。日の出産業の三好です。
新任課長の海外研修について、航空券の手配をお願いいたします。

　往路　11月16日（日）羽田→シンガポール
　復路　11月20日（木）シンガポール→羽田

{padded_table(_rows)}

座席はいずれも通路側希望です。
{SIG_MIYOSHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers (identity documents) of three travellers sent to a travel agency")

_cc = card_number(SEED + 1)
add(38,
    sender=SAEKI, to=["受験受付 <exam@jmqa.or.jp>"],
    subject="受験料のお支払い（法人カード）について",
    charset="iso-2022-jp",
    body=f"""一般社団法人 日本マネジメント資格協会
受験受付ご担当者様

お世話になっております。日の出産業株式会社 人事部の佐伯と申します。
弊社の昇格要件となっております「マネジメント検定2級」の受験料（3名分 29,700円）を
法人カードでお支払いしたく、下記をお送りいたします。

　カード番号　{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　09/28
　名義人　　　MAYUMI SAEKI（日の出産業株式会社）

受験者の申込は、別途Webフォームから行っております。
{SIG_SAEKI}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number written in the body of a mail to an exam body")

add(39,
    sender="鷹野 真司 <takano.shinji@hinode-sangyo.co.jp>", to=[TOJO],
    subject="一次評価コメントの補足（鬼塚さん）",
    charset="iso-2022-jp",
    body="""東條さん

お疲れさまです。営業第二部の鷹野です。
一次評価のコメント欄に書ききれなかったので補足します。

鬼塚 昌平さんは5月に心筋梗塞で入院し、6・7月は医師の指示で外回りを控えて
内勤中心の軽減勤務でした。そのため売上目標は未達ですが、内勤期間中に
見積テンプレートを整備してくれた点は評価したいと考えています。
B評価で出していますが、調整会議では事情を説明させてください。

鷹野""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a subordinate's heart attack is discussed, but only between two internal addresses")

add(40,
    sender=HORINOUCHI, to=["みなと行政書士事務所 <info@minato-gyosei.jp>"],
    subject="在留資格変更許可申請のご依頼（昇格に伴う職務変更）",
    charset="utf-8",
    body=f"""みなと行政書士事務所 御中

お世話になっております。日の出産業の堀之内です。
技術開発部の外国籍社員が10月1日付で課長に昇格し、職務内容が変わるため、
在留資格の変更が必要か確認のうえ、申請手続きをお願いしたく存じます。

　氏名　　　　　グエン ヴァン ナム（NGUYEN VAN NAM）
　生年月日　　　1991年3月21日
　在留カード番号　UH48217305EN
　現在の在留資格　技術・人文知識・国際業務（期限 2026年6月14日）

雇用契約書・辞令の写しは郵送でお送りします。
{SIG_HORINOUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a named employee's residence card number (identity document) to an outside 行政書士")

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

add(41,
    sender=SAEKI, to=[OGURO], subject="評価シート用紙の増刷について",
    charset="cp932",
    body=f"""錦印刷株式会社
小椋様

いつもお世話になっております。日の出産業の佐伯です。
評価シート用紙の在庫が少なくなってきたため、下記の増刷をお願いいたします。

　品番　　　HS-HR-0231（目標管理シート A4 3枚複写）　500部
　品番　　　HS-HR-0236（行動評価シート A3 二つ折り）　300部
　注文番号　PO-2025-10-0448
　前回見積　NQ-88412（単価は前回と同じと伺っております）
　納品先　　〒103-0027 東京都中央区日本橋2-14-9 日の出ビル7F 人事部
　希望納期　11月14日（金）

版下の変更はありません。よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=[],
    note="print order with product codes, order numbers and the company's delivery address")

_p = people(12, 1970, 1992)
_rows = [["No.", "氏名", "新職位", "所属"]]
for _i, _x in enumerate(_p):
    _rows.append([str(_i + 1), _x["name"], rng.choice(["課長", "係長", "係長", "主任"]), _x["dept"]])
add(42,
    sender=SAEKI, to=["小椋 様 <oguro@nishiki-insatu.co.jp>"],
    subject="辞令書 印刷データ（10/1付 昇格者）",
    charset="iso-2022-jp",
    body=f"""小椋様

お世話になっております。佐伯です。
10月1日付の昇格辞令の印刷をお願いいたします。用紙は例年の賞状用紙（金枠）です。

{padded_table(_rows, gap="  ")}

発令日は「令和7年10月1日」、発令者は「代表取締役社長 日野 光太郎」でお願いします。
9/26（金）までに納品いただけますと助かります。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="nishiki-insatu.co.jp drops an 's' from partner nishiki-insatsu.co.jp, and the mail lists 12 promoted staff")

_p = people(3, 1975, 1990)
add(43,
    sender=SAEKI, to=[OGURO], subject="辞令書の差し替え（3名分）",
    charset="iso-2022-jp",
    body="小椋様\n\nお世話になっております。佐伯です。\n"
         "先日お願いした辞令書のうち、3名分の新職位に誤りがありました。\n"
         "大変お手数ですが、下記のとおり差し替えをお願いいたします。\n\n"
         + "\n".join(f"　{x['name']}　係長 → 課長代理" for x in _p)
         + "\n\nご迷惑をおかけし申し訳ございません。\n" + SIG_SAEKI,
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="three names with a corrected job title to the partner printer: under five people, no contact data")

add(44,
    sender=NONOMIYA, to=[SHIRATORI], subject="賃金規程改定案（昇給テーブル）のご確認",
    charset="utf-8",
    body=f"""白鳥様

お世話になっております。野々宮です。
来年4月施行予定の賃金規程改定案（昇給テーブル部分）をお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

労基署への届出スケジュールについても、あわせてご相談させてください。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "pdf", "name": "賃金規程改定案_昇給テーブル.pdf", "password": "sr2026apr",
                  "lines": ["賃金規程 改定案（第3章 昇給）", "第21条 昇給は毎年4月に行う。"],
                  "table": [["等級", "S", "A", "B", "C", "D"],
                            ["S1", "4,800", "3,600", "2,700", "1,500", "0"],
                            ["S2", "5,600", "4,200", "3,100", "1,700", "0"]]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

add(45,
    sender=KASHIWAGI, to=[NARUMI], subject="Re: 後任候補の件（ご参考）",
    charset="utf-8",
    body=f"""鳴海様

ご連絡ありがとうございます。柏木です。
ご質問の件、社内候補の鷲尾常務についてですが、ここだけの話として補足いたします。

鷲尾常務は昨年の人間ドックで2型糖尿病と診断され、現在も月1回通院されています。
ご本人は業務に支障はないとおっしゃっていますが、社長は海外出張の多い
CEO職への登用には慎重です。外部候補の方を並行して検討したいのはそのためです。

引き続きよろしくお願いいたします。

柏木

> 柏木様
> 先日のお打合せでは社内候補として鷲尾様のお名前が挙がっておりましたが、
> 外部候補の探索を並行される理由について、差し支えない範囲で伺えますでしょうか。
> 候補者要件の書き方に影響いたしますので。
> 鳴海
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text discloses a named executive's diabetes diagnosis to a search firm; the quote is harmless")

add(46,
    sender=MORI, to=[MATSUKAZE], subject="Re: 下期サーベイ 回答期間の件",
    charset="iso-2022-jp",
    body=f"""松風様

お世話になっております。森です。
回答期間は、ご提案いただいた 11/4（火）～11/15（土）で確定とさせてください。
リマインドメールは 11/10 と 11/13 の2回でお願いします。

-----Original Message-----
From: 松風 <matsukaze@fb-compass.co.jp>
Sent: Tuesday, October 14, 2025 10:12 AM
To: 森 健二
Subject: 下期サーベイ 回答期間の件

森様
下期の回答期間について、11/4～11/15 でいかがでしょうか。
祝日を挟みますので、リマインドは2回を推奨いたします。
{SIG_MORI}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary vendor reply about survey dates")

add(47,
    sender=HORINOUCHI, to=[SHIRATORI], subject="被保険者証の記号番号の照会",
    charset="cp932",
    body=f"""白鳥様

いつもお世話になっております。堀之内です。
月額変更届の件で、1名だけ被保険者証の情報が古いままになっておりました。
正しくは下記のとおりです。お手数ですが修正のうえ提出をお願いいたします。

　被保険者氏名　月岡 遥
　健康保険証　記号 1203　番号 457
　（旧：記号 1203　番号 412 は資格喪失済みの別人のものでした）

{SIG_HORINOUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a named employee's 健康保険証 記号・番号 sent to the 社労士 office")

_cn = corp_number("010401098765")
add(48,
    sender="経理部 支払担当 <ap@hinode-sangyo.co.jp>", to=["かなで人事コンサルティング 経理ご担当者様 <keiri@kanade-consulting.co.jp>"],
    subject="ご請求書受領のご連絡（9月分コンサルティング費用）",
    charset="iso-2022-jp",
    body=f"""かなで人事コンサルティング株式会社
経理ご担当者様

いつもお世話になっております。日の出産業 経理部でございます。
下記ご請求書を受領いたしました。10月31日にお振込みの予定です。

　請求書番号　KC-2025-0917
　件名　　　　人事制度改定コンサルティング（2025年9月分）
　金額　　　　1,320,000円（税込）
　登録番号　　T{_cn}
　お振込先　　みどり銀行 丸の内支店 普通 3456789 カナデジンジコンサルティング（カ

ご不明な点がございましたら経理部までお問い合わせください。

日の出産業株式会社 経理部 支払担当
TEL 03-5201-7650
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice acknowledgement: the consultant's T-number and company bank account are business data")

_p = people(30, 1966, 1995)
_rows = [["社員番号", "氏名", "メールアドレス", "所属", "役職"]]
for _x in _p:
    _rows.append([_x["emp"], _x["name"], _x["mail"], _x["dept"], rng.choice(["部長", "課長", "課長", "係長"])])
add(49,
    sender=MORI, to=[MATSUKAZE], subject="結果レポート配信先リストの送付",
    charset="iso-2022-jp",
    body=f"""松風様

お世話になっております。森です。
個人別レポートの配信先リストをZIPでお送りします（CSV 1ファイル）。
配信は11/28（金）10時でお願いします。
{SIG_MORI}""",
    attachments=[{"kind": "zip", "name": "report_delivery_list.zip",
                  "files": [{"kind": "csv", "name": "配信先リスト.csv", "encoding": "cp932", "rows": _rows}]}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP holding a CP932 CSV of 30 managers with mail addresses, to the 360 vendor")

add(50,
    sender=SAEKI, to=[IIKURA], subject="事前課題テンプレート一式",
    charset="utf-8",
    body=f"""飯倉様

お世話になっております。佐伯です。
事前課題のテンプレート一式を更新しましたのでお送りします。
記入例の人名は架空のものです。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "事前課題テンプレート_2025.zip",
                  "files": [{"kind": "txt", "name": "README.txt",
                             "text": "事前課題テンプレート 2025年版\n1. 職務経歴シート.docx\n2. 記入例.pdf\n提出期限は研修の1週間前です。\n"},
                            {"kind": "docx", "name": "職務経歴シート.docx",
                             "paragraphs": ["職務経歴シート", "1. 現在の職務と役割", "2. 直近3年間の主な成果",
                                            "3. 管理職として取り組みたいこと"]},
                            {"kind": "pdf", "name": "記入例.pdf",
                             "lines": ["記入例", "氏名：日野 太郎（例）", "1. 現在の職務：営業課 主任として5名のチームを担当",
                                       "2. 主な成果：新規顧客12社を開拓"]}]}],
    expect="pass", entities=[], detectors=[],
    note="blank templates and a fictional example in a plain ZIP, no one's real data")

_p = people(6, 1974, 1993)
_tbl = [["氏名", "所属", "面談日", "上司コメント", "本人コメント", "評価"]]
for _x in _p:
    _tbl.append([_x["name"], _x["dept"], f"9/{rng.randint(10, 30)}",
                 rng.choice(["後輩指導に積極的", "納期遵守に課題", "顧客評価が高い", "改善提案が多い"]),
                 rng.choice(["目標は概ね達成", "異動希望あり", "資格取得を目指す", "業務量が多い"]),
                 _x["grade"]])
add(51,
    sender=MORI, to=[MIKURIYA], subject="評価面談記録サンプル（ご分析用）",
    charset="cp932",
    body=f"""御厨様

お世話になっております。森です。
評価面談の記録のばらつきを見ていただくため、サンプルとして営業・管理部門から
6名分の面談記録を抜粋しました（Word）。フィードバックの質の評価をお願いします。
{SIG_MORI}""",
    attachments=[{"kind": "docx", "name": "面談記録サンプル.docx",
                  "paragraphs": ["2025年度上期 評価面談記録（抜粋）"], "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="DOCX table of six named employees' appraisal interview notes and ratings to the consultant")

add(52,
    sender=TOJO, to=[SAJIMA], cc=[OKOCHI], subject="昇格内定の取消しについてのご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
冴島先生

いつもお世話になっております。日の出産業の東條です。
至急ご相談したい案件があり、ご連絡いたしました。

物流部の宍戸 雄一郎（42歳、主任）が、9月28日に酒気帯び運転の疑いで逮捕されました。
現在は釈放されていますが、起訴されるかどうかはまだ分かりません。
同人は10月1日付で係長への昇格が内定しており、本人にも内示済みです。

　1. 内定の取消し（または発令の延期）は可能か
　2. 懲戒処分の検討は起訴・不起訴の判断を待つべきか

について、ご意見を伺えますでしょうか。明日午後にお電話してもよろしいでしょうか。
{SIG_TOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest (犯罪の嫌疑・逮捕) sent outside, even to the partner law firm")

add(53,
    sender=TOJO, to=[SAJIMA], subject="降格規定の整備に関するご相談（日程調整）",
    charset="utf-8",
    body=f"""冴島先生

いつもお世話になっております。東條です。
評価制度の改定にあわせて、降格（等級の引下げ）の規定を就業規則に明記したいと考えております。
　・2期連続D評価の場合に降格を可能とする規定の有効性
　・降格時の賃金減額幅の上限
について、一度ご相談の時間をいただけますでしょうか。

候補日：10/20（月）10時～、10/22（水）15時～、10/23（木）13時～
{SIG_TOJO}""",
    expect="pass", entities=[], detectors=[],
    note="general legal consultation request about demotion rules, no one named")

add(54,
    sender=TOJO, to=["冴島 弁護士 <sajima@shirakawa-1aw.jp>"],
    subject="就業規則（評価・降格条項）改定案へのコメント依頼",
    charset="iso-2022-jp",
    body=f"""冴島先生

お世話になっております。東條です。
先日ご相談した降格条項について、改定案の文言を作成しました。

　第38条の2（降格）
　　会社は、人事評価の結果が2期連続して最下位の評語であった者について、
　　等級を1段階引き下げることがある。

この書き方で足りるか、ご意見をいただけますと幸いです。
{SIG_TOJO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp uses the digit 1 for the l of partner shirakawa-law.jp: homoglyph look-alike")

add(55,
    sender=MIYOSHI, to=[MIKURIYA], subject="研修会場候補（5か所）",
    charset="utf-8",
    body="御厨様\n\nお世話になっております。三好です。\n"
         "新任管理職研修の会場候補を5か所に絞りました。講師のお立場から、使いやすさのご意見をください。\n\n"
         "会場名\t住所\t電話\t定員\n"
         "さくらホテル 桜の間\t東京都港区芝浦3-4-1\t03-5444-0081\t60\n"
         "日本橋研修センター\t東京都中央区日本橋本町1-7-2\t03-3241-5550\t40\n"
         "晴海カンファレンスホール\t東京都中央区晴海2-5-24\t03-6219-3300\t80\n"
         "横浜みなとセミナールーム\t神奈川県横浜市中区海岸通1-1-4\t045-227-6100\t36\n"
         "幕張ベイ研修所\t千葉県千葉市美浜区中瀬2-6-1\t043-296-7720\t120\n\n"
         "宿泊を伴うのはさくらホテルと幕張ベイの2か所です。\n" + SIG_MIYOSHI,
    expect="pass", entities=[], detectors=[],
    note="tab-separated list of five venues with switchboards and addresses: businesses, not people")

add(56,
    sender=TOJO, to=[MIKURIYA], subject="打合せ日程のご確認（10/15 14:00～）",
    charset="iso-2022-jp",
    body=f"""御厨様

お世話になっております。東條です。
次回の定例打合せについて、下記のとおり確定とさせてください。

　日時　10月15日（水）14:00～16:00
　場所　弊社本社 7F 第2会議室
　出席　弊社：大河内（人事部長）、東條、森、佐伯
　　　　御社：御厨様、アナリストの方1名
　議題　評価分布の分析結果、評価者研修の内容

受付で「人事部 東條」とお伝えください。
{SIG_TOJO}""",
    expect="pass", entities=[], detectors=[],
    note="meeting confirmation; staff names appear with no personal data")

add(57,
    sender="今泉 直樹 <imaizumi.naoki@hinode-sangyo.co.jp>",
    to=["神崎 様 <kanzaki.t@kawasaki-denki.co.jp>", "杉戸 様 <sugito@aoba-unyu.co.jp>",
        "長尾 様 <nagao@kitaguni-foods.co.jp>"],
    subject="【ご協力のお願い】弊社営業課長への360度フィードバック",
    charset="cp932",
    body="""神崎様、杉戸様、長尾様

いつも大変お世話になっております。日の出産業 営業第一部の今泉でございます。
弊社では今期から、営業管理職の360度フィードバックにお取引先様のご意見も
取り入れることになりました。つきましては、弊社営業第一部 課長の瀬川について、
5分程度のWebアンケートにご協力いただけませんでしょうか。

回答URLは、委託先の株式会社フィードバックコンパスから別途お送りいたします。
回答内容は匿名で集計され、個別の回答が弊社に開示されることはございません。

ご多用のところ恐縮ですが、何卒よろしくお願い申し上げます。

日の出産業株式会社 営業第一部 部長 今泉 直樹
TEL 03-5201-7401
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three customers of three companies (partners) put together in To: should have been Bcc")

add(58,
    sender="今泉 直樹 <imaizumi.naoki@hinode-sangyo.co.jp>",
    to=["長尾 様 <nagao@kitaguni-foods.co.jp>"],
    subject="360度アンケートご回答のお礼",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
長尾様

いつもお世話になっております。日の出産業の今泉です。
先日お願いしたアンケートにご回答いただき、誠にありがとうございました。
いただいたご意見は、課長の瀬川の育成に活かしてまいります。

今後ともよろしくお願い申し上げます。

日の出産業株式会社 営業第一部 今泉 直樹
""",
    expect="pass", entities=[], detectors=[],
    note="one-to-one thank-you note to a partner's contact")

_p = people(20, 1966, 1998)
_sh = [["2025年度冬季賞与 査定結果・振込口座変更者"], ["社員番号", "氏名", "査定", "支給額", "銀行", "支店", "口座番号"]]
for _x in _p:
    _sh.append([_x["emp"], _x["name"], _x["grade"], rng.randint(38, 120) * 10000, _x["bank"], _x["branch"], _x["acct"]])
add(59,
    sender=NONOMIYA, to=["給与計算センター ご担当 <tanto@kyuyo-center.co.jp>"],
    subject="賞与査定結果および振込口座変更者一覧",
    charset="cp932",
    body=f"""株式会社給与計算センター
ご担当者様

お世話になっております。日の出産業の野々宮です。
冬季賞与の査定結果と、今回口座変更のあった従業員の一覧をお送りします（Excel 97-2003形式）。
計算結果は12/2までにご返送をお願いいたします。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "xls", "name": "賞与査定_口座変更.xls", "sheets": {"賞与": _sh}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="legacy XLS of 20 employees' bonus ratings and bank accounts to the payroll outsourcer")

_p = people(6, 1976, 1988)
_rows = [["氏名", "所属", "生年月日", "試験", "面接"]]
for _x in _p:
    _rows.append([_x["name"], _x["dept"], wareki(_x["dob"]), str(rng.randint(70, 92)), rng.choice("AB")])
add(60,
    sender=TOJO, to=[OKOCHI], cc=["経営企画室 <keiki@hinode-sangyo.co.jp>"],
    subject="課長昇格試験 合格者一覧（役員会資料）",
    charset="iso-2022-jp",
    body=f"""大河内部長

お疲れさまです。東條です。
11/5の役員会に付議する課長昇格者6名の一覧です。ご確認をお願いします。

{padded_table(_rows, gap="　")}

発令は12月1日付を予定しています。
{SIG_TOJO}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="six successful candidates with 和暦 birth dates, sent only to internal addresses")

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

_p = people(6, 1980, 1994)
add(61,
    sender=SAEKI, to=[KASAI], subject="FW: 受験者連絡先（大阪支店分）",
    charset="utf-8",
    body=f"""葛西様

お世話になっております。佐伯です。
大阪会場の受験者の連絡先について、支店の桑原から届いたメールをそのまま添付で転送します。
当日、試験監督の方から遅刻者へ連絡いただく際にお使いください。
{SIG_SAEKI}""",
    attachments=[{"kind": "eml", "name": "受験者連絡先（大阪支店分）.eml", "message": {
        "sender": KUWABARA, "to": [SAEKI], "subject": "受験者連絡先（大阪支店分）",
        "charset": "iso-2022-jp",
        "body": "佐伯さん\n\nお疲れさまです。大阪支店の桑原です。\n"
                "係長昇格試験（大阪会場）の受験者の携帯番号をお送りします。\n\n"
                + "\n".join(f"{x['name']}　{x['mobile']}" for x in _p)
                + "\n\nよろしくお願いします。\n" + SIG_KUWABARA}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a mail attached as .eml (a forward) lists six candidates' mobile numbers, sent to the exam vendor")

add(62,
    sender=MORI_EN, to=["David Hartley <d.hartley@calibrate-partners.com>"],
    subject="Calibration workshop - draft agenda for 14 Nov",
    charset="utf-8",
    body=f"""Hi David,

Thanks for the call yesterday. Here is the draft agenda for the calibration workshop
with our division heads on 14 November (Tokyo, 13:00-17:30 JST):

  13:00  Opening - why calibration matters (Mr. Okochi, HR Director)
  13:20  Rating distribution by division: what the FY2025 H1 data says (Kenji)
  14:00  Common rater biases - exercise (David)
  15:15  Break
  15:30  Mock calibration session with anonymised cases (all)
  17:00  Wrap-up and next steps

For the mock session we will only use fictional cases, no real employee data.
Could you let me know if you need simultaneous interpretation for the exercise?
{SIG_MORI_EN}""",
    expect="pass", entities=[], detectors=[],
    note="English agenda for a workshop; explicitly no real employee data")

_s = people(5, 1965, 1978)
_slides = [["サクセッションプラン（部長職）検討資料", "2025年10月 経営企画室", "社内候補者5名の比較"]]
for _x in _s:
    _slides.append([f"候補者：{_x['name']}",
                    f"生年月日：{ymd(_x['dob'], '.')}　現職：{_x['dept']} 次長",
                    f"評価推移：{rng.choice('SA')}→{rng.choice('SAB')}→{rng.choice('SA')}",
                    f"強み：{rng.choice(['顧客基盤', '生産改善の実績', '部下育成', '財務知識'])}",
                    f"Readiness：{rng.choice(['Ready now', '1-2年', '3年以上'])}"])
add(63,
    sender=KASHIWAGI, to=[NARUMI], subject="サクセッションプラン（部長職）検討資料の送付",
    charset="iso-2022-jp",
    body=f"""鳴海様

お世話になっております。柏木です。
来週の検討会に向けて、部長職の社内候補者に関する資料（PowerPoint）をお送りします。
外部市場との比較の観点でコメントをいただけますと幸いです。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "pptx", "name": "サクセッションプラン_部長職.pptx", "slides": _slides}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="PPTX with one slide per candidate (name, birth date, ratings) for five people, to a search firm")

add(64,
    sender=SAEKI, to=[IIKURA], subject="受講日程の変更希望（1名）",
    charset="utf-8",
    body=f"""飯倉様

お世話になっております。佐伯です。
第3回（12/6・土曜実施）の受講者のうち、購買部の早乙女 綾乃さんから、
信仰上の理由（所属する教会の安息日にあたるため）で土曜日の受講が難しいとの申し出がありました。
平日実施の第2回（11/20）へ振り替えていただくことは可能でしょうか。

ご本人には、理由が研修の他の参加者に伝わらないよう配慮する旨を伝えております。
御社内でも取り扱いにご注意いただけますと幸いです。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's religious observance (信条) disclosed to the assessment firm")

add(65,
    sender=SAEKI, to=[IIKURA], subject="受講者1名の日程変更について",
    charset="iso-2022-jp",
    body=f"""飯倉様

お世話になっております。佐伯です。
受講者のうち1名（受講者ID AC-25-031）について、業務都合により
第2回（11/20）から第3回（12/6）への振替をお願いできますでしょうか。
事前課題の提出期限も第3回にあわせていただけると助かります。
{SIG_SAEKI}""",
    expect="pass", entities=[], detectors=[],
    note="a schedule change for one attendee identified only by the vendor's ID, no reason given")

add(66,
    sender=HORINOUCHI, to=[SHIRATORI], subject="取締役就任に伴う手続きのご確認",
    charset="cp932",
    body=f"""白鳥様

お世話になっております。堀之内です。
12月の株主総会後に取締役に就任する執行役員について、
社会保険の取扱い（資格の継続）を確認させてください。

柏原 俊彦 氏の基礎年金番号は　{zen('4519-027736')}　です
（年金手帳の写しは別途郵送いたします）。生年月日は昭和４１年１０月５日です。

役員報酬への切替えは1月支給分からの予定です。
{SIG_HORINOUCHI}""",
    expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="full-width 基礎年金番号 and 和暦 birth date of one named executive in running text")

add(67,
    sender=SAEKI, to=[KASAI], subject="試験当日の緊急連絡先",
    charset="iso-2022-jp",
    body=f"""葛西様

お世話になっております。佐伯です。
11/8（土）の昇格試験当日、私は大阪会場に詰めておりますので、
東京会場の事務局責任者は人材開発課の三好になります。
緊急時は三好の社用携帯 080-3306-1574 までご連絡ください。
{SIG_SAEKI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="one colleague's business mobile as the day's contact person: ordinary business contact")

_p = people(20, 1966, 1998)
_rows = [["社員番号", "性別", "生年月日", "入社年月日", "所属コード", "等級", "評価2023", "評価2024", "評価2025"]]
for _x in _p:
    _rows.append([_x["emp"], rng.choice("男女"), ymd(_x["dob"], "/"),
                  f"{_x['dob'][0] + rng.randint(22, 25)}/04/01", f"D{rng.randint(11, 48)}",
                  rng.choice(["S2", "S3", "S4", "M1", "M2"]), rng.choice("SABBC"), rng.choice("SABBC"), _x["grade"]])
add(68,
    sender=MORI, to=[MASHIBA], subject="共同研究用データ（評価×属性）の送付",
    charset="utf-8",
    body=f"""真柴先生

お世話になっております。森です。
共同研究用のデータをお送りします。氏名は削除済みですので、
そのまま研究室のサーバに置いていただいて問題ないかと思います。
列の定義は前回の打合せメモのとおりです。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "hyoka_kenkyu_2025.csv", "encoding": "utf-8-sig", "rows": _rows}],
    expect="stop", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="'name removed' but 20 rows still carry employee no., sex and full birth date: a list of people")

_rows = [["部門", "S", "A", "B", "C", "D", "計"],
         ["営業本部", 6, 22, 48, 9, 1, 86], ["生産本部", 4, 19, 61, 12, 2, 98],
         ["技術本部", 3, 14, 30, 5, 0, 52], ["管理本部", 2, 10, 27, 4, 1, 44]]
add(69,
    sender=MORI, to=[MASHIBA], subject="評価分布（部門別集計）",
    charset="utf-8",
    body=f"""真柴先生

追加でご依頼いただいた部門別の評価分布をお送りします。人数の集計値のみです。
{SIG_MORI}""",
    attachments=[{"kind": "csv", "name": "評価分布_部門別.csv", "encoding": "cp932", "rows": _rows}],
    expect="pass", entities=[], detectors=[],
    note="aggregate counts per department only")

add(70,
    sender="瀬川 佳奈 <segawa.kana@hinode-sangyo.co.jp>", to=["神崎 様 <kanzaki.t@kawasaki-denkl.co.jp>"],
    subject="360度フィードバックご回答のお願い",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
神崎様

いつもお世話になっております。日の出産業の瀬川です。
先日部長の今泉からお願いしたアンケートの件、回答期限が11/15となっております。
ご多用のところ恐縮ですが、ご協力いただけますと幸いです。

日の出産業株式会社 営業第一部 課長 瀬川 佳奈
TEL 03-5201-7412
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp replaces the i of partner kawasaki-denki.co.jp with l: look-alike")

_p = people(5, 1970, 1990)
_blk = "\n".join(
    f"■{x['name']}（社員番号 {x['emp']}）\n　出向先所属：{rng.choice(['東京配送センター', '川崎物流センター', '本社 業務部'])}\n"
    f"　上期評価：{x['grade']}　昇給：{rng.choice(['+3号俸', '+4号俸', '+2号俸'])}\n"
    for x in _p)
add(71,
    sender=TOJO, to=[SUGITO], subject="出向者の上期評価結果（確定）",
    charset="cp932",
    body=f"""青葉運輸株式会社 人事部
杉戸様

いつもお世話になっております。日の出産業の東條です。
御社へ出向中の弊社社員5名について、上期評価を下記のとおり確定いたしました。
御社でご記入いただいた評価シートをもとにしております。

{_blk}
賞与への反映は弊社規程に基づき行います。
{SIG_TOJO}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one block per secondee: five employees' numbers, ratings and pay steps to the partner company")

add(72,
    sender=TOJO, to=[SUGITO], subject="出向者評価シートご提出のお願い（2名分）",
    charset="iso-2022-jp",
    body=f"""杉戸様

お世話になっております。東條です。
上期の出向者評価シートのうち、蓮見さん・保科さんの2名分がまだ届いておりません。
お手数ですが、10/10（金）までにご提出いただけますでしょうか。
{SIG_TOJO}""",
    expect="pass", entities=[], detectors=[],
    note="reminder naming two secondees with no data about them")

_p = people(3, 1968, 1980)
add(73,
    sender=TOJO, to=[MIKURIYA], subject="管理職評価 分布表（ご参考）",
    charset="utf-8",
    body=f"""御厨様

お世話になっております。東條です。
管理職の評価分布をお送りします。「要確認者」シートは、評価者研修で扱う事例の候補です。
{SIG_TOJO}""",
    attachments=[{"kind": "xlsx", "name": "管理職評価分布_2025上期.xlsx",
                  "sheets": {"分布": [["【部外秘】2025年度上期 管理職評価分布"], [],
                                      ["等級", "S", "A", "B", "C", "D"],
                                      ["M3", 1, 4, 6, 1, 0], ["M2", 2, 7, 11, 2, 0], ["M1", 4, 13, 29, 5, 1]],
                             "要確認者": [["氏名", "等級", "一次", "最終", "備考"]]
                             + [[x["name"], "M1", "A", "C", "一次と最終の乖離大"] for x in _p]}}],
    expect="stop", entities=["PERSON_NAME"], detectors=["confidential_marking"],
    note="the workbook's title row is stamped 【部外秘】 (a classification); it also names three managers")

add(74,
    sender=TOJO, to=["ホールディングス人事部 <jinji@hinode-sangyo-hd.co.jp>"],
    subject="グループ共通評価制度の検討会について",
    charset="iso-2022-jp",
    body=f"""ホールディングス人事部 御中

お世話になっております。日の出産業 人事課の東條です。
グループ共通の評価制度の検討会について、事業会社側の出席者を下記のとおりお知らせします。

　大河内（人事部長）、東條（人事課長）、森（評価制度担当）

第1回は11/12（水）と伺っております。資料の事前送付をお願いいたします。
{SIG_TOJO}""",
    expect="either", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo-hd.co.jp may be a real group holding company or a look-alike of the own domain")

_p = people(10, 1968, 1988)
_b = people(3, 1962, 1972)
_txt = "\n".join(f"{x['name']}\t{x['mail']}\t{_b[i % 3]['name']}\t{_b[i % 3]['mail']}" for i, x in enumerate(_p))
_html = "".join(f"<tr><td>{x['name']}</td><td>{x['mail']}</td><td>{_b[i % 3]['name']}</td><td>{_b[i % 3]['mail']}</td></tr>"
                for i, x in enumerate(_p))
add(75,
    sender=MORI, to=[MATSUKAZE], subject="追加対象者（10名）の登録",
    charset="utf-8",
    body=f"""松風様

森です。下期サーベイの追加対象者10名と、その上司をお送りします。

対象者\tメール\t上司\t上司メール
{_txt}
{SIG_MORI}""",
    html=f"""<html><body><p>松風様</p><p>森です。下期サーベイの追加対象者10名と、その上司をお送りします。</p>
<table border="1"><tr><th>対象者</th><th>メール</th><th>上司</th><th>上司メール</th></tr>{_html}</table>
<p>日の出産業株式会社 人事部 森 健二</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="text+HTML mail listing ten survey targets and their managers with mail addresses")

_p = people(2, 1985, 1995)
add(76,
    sender=MIYOSHI, to=["セミナー事務局 <seminar@fb-compass.co.jp>"],
    subject="「評価者バイアス研修」オンラインセミナー申込",
    charset="utf-8",
    html=f"""<html><body>
<p>株式会社フィードバックコンパス セミナー事務局 御中</p>
<p>お世話になっております。日の出産業の三好です。<br>
11/19開催のオンラインセミナーに、下記2名で申し込みます。</p>
<table border="1" cellpadding="3">
<tr><th>氏名</th><th>部署</th><th>メールアドレス</th></tr>
<tr><td>{_p[0]['name']}</td><td>人事部 人材開発課</td><td>{_p[0]['mail']}</td></tr>
<tr><td>{_p[1]['name']}</td><td>人事部 人事課</td><td>{_p[1]['mail']}</td></tr>
</table>
<p>視聴URLは各自のアドレスへお送りください。</p>
<p>日の出産業株式会社 人事部 人材開発課 三好 千夏<br>TEL 03-5201-7731</p>
</body></html>""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only seminar registration of two staff: under five people, a warning at most")

_p = people(5, 1976, 1986)
_fm = ["gmail.com", "yahoo.co.jp", "icloud.com", "gmail.com", "outlook.jp"]
_blk = "\n".join(
    f"■ {x['name']}（{x['kana']}）\n　生年月日：{wareki(x['dob'], 'short')}\n　携帯：{x['mobile']}\n"
    f"　連絡用メール：{x['roma'].split()[1].lower()}{rng.randint(10, 99)}@{_fm[i]}\n"
    for i, x in enumerate(_p))
add(77,
    sender=SAEKI, to=[IIKURA], subject="【登録依頼】部長昇格アセスメント 受講者5名",
    charset="iso-2022-jp",
    body=f"""飯倉様

お世話になっております。佐伯です。
1月の部長昇格アセスメントの受講者5名をお知らせします。
年末年始に事前課題をご自宅で受け取りたいとの希望が多く、連絡先は個人のものを記載しています。

{_blk}
よろしくお願いいたします。
{SIG_SAEKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one block per person: five candidates with S/H birth dates, mobiles and private mail addresses")

_q = people(8, 1976, 1988)
_ql = "\n".join(f"  {x['name']}　総合 {rng.choice(['3.2', '3.6', '2.8', '4.1', '3.0'])}　判定 {rng.choice(['適', '条件付き適', '要再受講'])}"
                for x in _q)
add(78,
    sender=SAEKI, to=[IIKURA], subject="RE: 【アセスメントラボ】評価結果レポート送付のご案内",
    charset="cp932",
    body=f"""飯倉様

お世話になっております。佐伯です。
レポートを受領いたしました。迅速なご対応ありがとうございました。
内容を確認のうえ、個別フィードバックの日程をご相談させてください。

佐伯

-----Original Message-----
From: 飯倉 <iikura@assessment-lab.co.jp>
Sent: Friday, November 7, 2025 6:41 PM
To: 佐伯 真由美 <saeki.mayumi@hinode-sangyo.co.jp>
Subject: 【アセスメントラボ】評価結果レポート送付のご案内

佐伯様

第1回アセスメントの評価結果をご報告いたします。詳細は個人別レポートをご参照ください。

{_ql}

アセスメントラボ株式会社 飯倉
""",
    expect="pass", entities=[], detectors=[],
    note="the eight ratings are only in the quoted Original Message from the vendor itself")

_p = people(5, 1970, 1995)
add(79,
    sender=MORI, to=[MATSUKAZE], subject="Re: 回答者の追加について",
    charset="utf-8",
    body="松風様\n\n森です。ご連絡ありがとうございます。\n"
         "では、下記5名を回答者として追加してください。\n\n"
         + "\n".join(f"- {x['name']} <{x['mail']}>（{x['dept']}）" for x in _p)
         + """

よろしくお願いします。

On Wed, Oct 22, 2025 at 11:05 AM 松風 <matsukaze@fb-compass.co.jp> wrote:
> 森様
> 対象者 東海林様の回答者が3名のため、最低人数（5名）に届いておりません。
> 追加の回答者をご指定いただけますでしょうか。
""" + SIG_MORI,
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="the reply's new text (above the quote) adds five respondents with mail addresses")

_p = people(40, 1964, 1994)
_sh = [["2025年度 評価者研修 受講者一覧"], ["No.", "氏名", "所属", "内線", "メールアドレス", "座席"]]
for _i, _x in enumerate(_p):
    _sh.append([_i + 1, _x["name"], _x["dept"], str(rng.randint(2000, 4999)), _x["mail"],
                f"{'ABCDE'[_i // 8]}-{_i % 8 + 1}"])
add(80,
    sender=MIYOSHI, to=["管理職各位 <managers@hinode-sangyo.co.jp>"],
    subject="評価者研修 受講者一覧と座席表",
    charset="utf-8",
    body=f"""管理職各位

お疲れさまです。人材開発課の三好です。
10/28（火）の評価者研修の受講者一覧と座席表を添付します。
当日は筆記用具と、ご自身の部下の目標管理シート（写し）をご持参ください。
{SIG_MIYOSHI}""",
    attachments=[{"kind": "xlsx", "name": "評価者研修_受講者一覧.xlsx", "sheets": {"受講者": _sh}}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="a 40-person list, but addressed only to an internal distribution list")

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

add(81,
    sender=TOJO, to=[MIKURIYA], subject="評価期間中の長期欠勤者の扱い（個別相談）",
    charset="iso-2022-jp",
    body=f"""御厨様

いつもお世話になっております。東條です。
個別のご相談で恐縮ですが、1件お知恵を拝借できればと思います。

経理部の比嘉さん（比嘉 沙織、主任）は、今年6月に元交際相手からのストーカー被害に遭い、
警察に被害届を出したうえで、7月から8月にかけて約5週間欠勤しました。
現在は転居も済み、通常勤務に戻っています。

ご本人の事情を考えると欠勤期間を評価のマイナスにはしたくないのですが、
他の社員との公平性との兼ね合いをどう整理すべきか悩んでおります。
類似のケースでの考え方をご教示いただけますでしょうか。
{SIG_TOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee having been a crime victim (ストーカー被害・被害届) sent to the consultant")

_p = people(5, 1972, 1996)
_types = ["身体（下肢）", "精神", "知的", "身体（視覚）", "精神"]
_sh = [["定着支援対象者 面談予定"], ["氏名", "所属", "障害種別", "等級", "面談予定日", "同席希望"]]
for _i, _x in enumerate(_p):
    _sh.append([_x["name"], _x["dept"], _types[_i], rng.choice(["2級", "3級", "B2", "4級"]),
                f"11/{rng.randint(4, 28)}", rng.choice(["あり", "なし"])])
add(82,
    sender=MIYOSHI, to=["就労定着支援室 <teichaku@hataraku-support.or.jp>"],
    subject="定着支援対象者の評価面談への同席について",
    charset="cp932",
    body=f"""NPO法人はたらくサポート
就労定着支援室 ご担当者様

いつもお世話になっております。日の出産業の三好です。
下期の評価面談に、支援員の方の同席をお願いしたい社員の一覧をお送りします。
ご都合のつかない日程があればお知らせください。
{SIG_MIYOSHI}""",
    attachments=[{"kind": "xlsx", "name": "面談同席依頼_11月.xlsx", "sheets": {"11月": _sh}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX of five named employees with their disability type and grade, to an outside support body")

add(83,
    sender=MORI, to=[MATSUKAZE], subject="回答率の低い部署へのリマインドについて",
    charset="utf-8",
    body=f"""松風様

森です。中間時点の回答率を拝見しました。下記の部署だけ個別にリマインドを
お願いできますか（部署単位での送信で結構です）。

  部署            回答率
  --------------  ------
  物流部          41%
  名古屋支店      48%
  生産管理部      52%

それ以外の部署は通常のリマインドのみで問題ありません。
{SIG_MORI}""",
    html="""<html><body><p>松風様</p><p>森です。中間時点の回答率を拝見しました。下記の部署だけ個別にリマインドをお願いできますか（部署単位での送信で結構です）。</p>
<table border="1"><tr><th>部署</th><th>回答率</th></tr><tr><td>物流部</td><td>41%</td></tr>
<tr><td>名古屋支店</td><td>48%</td></tr><tr><td>生産管理部</td><td>52%</td></tr></table>
<p>日の出産業株式会社 人事部 森 健二</p></body></html>""",
    expect="pass", entities=[], detectors=[],
    note="department response rates only")

add(84,
    sender=SAEKI,
    to=["reina.k-0725@docomo.ne.jp", "t.hasumi.home@gmail.com", "kumashiro_family@yahoo.co.jp"],
    subject="【昇格試験】受験票の送付（休職・在宅中の方へ）",
    charset="iso-2022-jp",
    body=f"""受験者各位

人事部の佐伯です。
社内メールを確認できない状況の方へ、ご登録いただいた個人アドレス宛に
11/8（土）係長昇格試験の受験案内をお送りします。

　集合　8:45　本社 9階 大会議室
　持参物　社員証、筆記用具、腕時計（スマートフォンは不可）
　受験票は当日受付でお渡しします

ご不明な点は人事部（03-5201-7730）までお問い合わせください。
{SIG_SAEKI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three employees' private addresses (three free-mail persons) visible to each other in To")

add(85,
    sender=TOJO, to=["蓮見 様 <hasumi.saki.0312@icloud.com>"],
    subject="上期評価結果のご連絡",
    charset="utf-8",
    body=f"""蓮見さん

育休中のところ失礼します。人事課の東條です。
社内メールをご覧になれないとのことでしたので、ご登録の個人アドレスにお送りします。

上期の評価は、育休取得前の4月～6月の実績をもとに「B」となりました。
育休取得による不利益な取扱いはありません。復職後の目標設定は、
上長の設楽課長と面談のうえ決める予定です。

ご質問があれば、このアドレスにご返信ください。
{SIG_TOJO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one employee's own appraisal sent to her one private free-mail address")

add(86,
    sender=NONOMIYA, to=[MIKURIYA], subject="役職手当テーブル改定案（PDF）",
    charset="iso-2022-jp",
    body=f"""御厨様

お世話になっております。野々宮です。
役職手当の改定案をPDFでお送りします。水準感について、市場データとの比較で
ご意見をいただけますと幸いです。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "pdf", "name": "役職手当改定案.pdf", "title": "役職手当改定案",
                  "page_header": "取扱注意",
                  "lines": ["役職手当 改定案（2026年4月～）", ""],
                  "table": [["職位", "現行", "改定案", "差額"],
                            ["部長", "80,000", "95,000", "+15,000"],
                            ["次長", "60,000", "70,000", "+10,000"],
                            ["課長", "45,000", "52,000", "+7,000"],
                            ["係長", "15,000", "20,000", "+5,000"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the PDF carries a 取扱注意 stamp in its page header, sent outside")

add(87,
    sender=MORI_EN, to=["Rajesh Menon <rajesh.menon@talentaxis.com.sg>"],
    subject="Encrypted file - APAC successor pool",
    charset="utf-8",
    body=f"""Dear Rajesh,

As discussed, please find attached the successor pool for the APAC regional roles.
The file is encrypted; I will send the password in a separate e-mail.
{SIG_MORI_EN}
--
{DISC_EN}""",
    attachments=[{"kind": "zip", "name": "APAC_successor_pool.zip", "password": "Rj!2025apac",
                  "files": [{"kind": "xlsx", "name": "successor_pool.xlsx",
                             "sheets": {"pool": [["Name", "Role", "Readiness"],
                                                 ["Aoi Hasebe", "GM Singapore", "1-2 yrs"]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP to a foreign firm cannot be inspected")

add(88,
    sender=MORI, to=[MATSUKAZE], subject="社内告知用バナーの件",
    charset="iso-2022-jp",
    body=f"""松風様

森です。社内ポータルに掲載するサーベイ告知バナーの案を添付します。
御社ロゴの使用に問題がないか、ご確認いただけますでしょうか。
掲載期間は 11/1～11/15 の予定です。
{SIG_MORI}""",
    attachments=[{"kind": "png", "name": "survey_banner_draft.png"}],
    expect="pass", entities=[], detectors=[],
    note="ordinary vendor mail with an image attachment")

add(89,
    sender=NONOMIYA, to=["宇佐美 様 <usami@tsubasa-systern.jp>"],
    subject="評価システム 承認ボタン不具合のお問い合わせ",
    charset="cp932",
    body=f"""宇佐美様

お世話になっております。野々宮です。
評価システムで、二次評価者が「承認」ボタンを押しても画面が切り替わらない事象が
複数の部署から報告されています（ブラウザは Edge、10/20 頃から）。
ログの確認をお願いできますでしょうか。
{SIG_NONOMIYA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp writes rn for the m of partner tsubasa-system.jp: look-alike")

add(90,
    sender=NONOMIYA, to=[USAMI], cc=["情報システム部 <is-helpdesk@hinode-sangyo.co.jp>"],
    subject="評価システム 評価期間マスタ変更依頼（INC-2025-10-0231）",
    charset="utf-8",
    body=f"""宇佐美様

お世話になっております。野々宮です。
問い合わせ番号 INC-2025-10-0231 の件、評価期間マスタの変更をお願いいたします。

　期間コード　2025H2
　本人入力　　10/1 → 10/6 開始に変更
　一次評価　　締切 10/24 → 10/31
　二次評価　　締切 11/7 → 11/14

反映後、検証環境で画面を確認させてください。
{SIG_NONOMIYA}""",
    expect="pass", entities=[], detectors=[],
    note="system master change request to the correct partner domain, ticket number only")

_p = people(8, 1970, 1995)
_rows = [["社員番号", "氏名", "新等級", "郵便番号", "住所", "通勤経路"]]
for _x in _p:
    _rows.append([_x["emp"], _x["name"], rng.choice(["M1", "S4"]), _x["zip"], _x["addr"],
                  rng.choice(["JR", "東京メトロ", "都営線", "東急線"])])
add(91,
    sender=NONOMIYA, to=[USAMI], subject="昇格者マスタ更新データ（住所変更含む）",
    charset="utf-8",
    body=f"""宇佐美様

野々宮です。10/1付昇格者のマスタ更新データをお送りします。
今回は昇格に伴う転居者が多く、住所・通勤経路の変更も含めています。
取込をお願いいたします。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "csv", "name": "shokaku_master_20251001.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="UTF-8 CSV of eight employees with home addresses, even though it goes to a partner")

add(92,
    sender=TOJO, to=[MIKURIYA], cc=[SAJIMA],
    subject="評価制度改定に伴う就業規則の確認（三者打合せ）",
    charset="iso-2022-jp",
    body=f"""御厨様
（cc：白川法律事務所 冴島先生）

お世話になっております。東條です。
評価制度改定案について、就業規則・賃金規程への落とし込みを三者で確認したく、
打合せの場を設けさせてください。

　候補日　11/4（火）10:00～、11/6（木）15:00～
　場所　　弊社本社 7F またはオンライン

御厨様からは制度の全体像、冴島先生からは不利益変更の論点についてご説明いただければと思います。
{SIG_TOJO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (consultant and law firm) in To/Cc: a normal three-way meeting")

_p = people(6, 1986, 1995)
_lines = "\n".join(f"{zen(str(i + 1))}．{x['kata']}　{wareki(x['dob'], 'zenshort')}生　{x['dept']}"
                   for i, x in enumerate(_p))
add(93,
    sender=MIYOSHI, to=["研修プラス 受付 <uketsuke@kensyu-plus.co.jp>"],
    subject="新任管理職研修 申込（６名）",
    charset="cp932",
    body=f"""研修プラス株式会社
受付ご担当者様

お世話になっております。日の出産業の三好です。
１２月開催の新任管理職研修（公開コース）に、下記６名で申し込みます。
申込書の様式に合わせ、カナ氏名と生年月日を記載しております。

{_lines}

請求書は人事部 人材開発課 三好宛にお送りください。
{SIG_MIYOSHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six katakana names with full-width 和暦 birth dates (Ｈ２．１１．３ style) to a training company")

add(94,
    sender=MIYOSHI, to=["研修プラス 法人営業 <sales@kensyu-plus.co.jp>"],
    subject="新任管理職研修（社内開催）のお見積り依頼",
    charset="iso-2022-jp",
    body=f"""研修プラス株式会社
法人営業ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の三好と申します。
来年度、新任管理職研修を社内開催で実施したく、お見積りをお願いできますでしょうか。

　対象　新任課長 約25名
　期間　2日間（通い）
　内容　評価者としての基礎、面談スキル、労務管理の基礎
　時期　2026年5月～6月

講師のプロフィールもあわせてお送りいただけますと幸いです。
{SIG_MIYOSHI}""",
    expect="pass", entities=[], detectors=[],
    note="request for a quotation, no personal data")

_emp = people(1, 1983, 1987)[0]
add(95,
    sender=TOJO, to=[MIKURIYA], subject="転送: 評価結果に対する異議申立て",
    charset="utf-8",
    body=f"""御厨様

お世話になっております。東條です。
先日ご相談した異議申立ての件、本人から届いたメールを転送いたします。
苦情処理委員会の進め方についてご助言をお願いします。

---------- 転送されたメッセージ ----------
From: {_emp['name']} <{_emp['mail']}>
Date: 2025年10月20日(月) 9:12
Subject: 評価結果に対する異議申立て
To: 東條 剛 <tojo.tsuyoshi@hinode-sangyo.co.jp>

人事課 東條課長

{_emp['dept']}の{_emp['name']}です。上期の評価結果（C）について異議を申し立てます。
私は持病の腰椎椎間板ヘルニアの治療のため、上期は月2回通院しており、
そのことは上長にも伝えていました。外回りの件数が減ったのはそのためで、
通院による時間制約を考慮せずに「行動量不足」と評価されたことに納得できません。
面談の機会をお願いいたします。

{_emp['name']}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forwarding an employee's own mail (new text to the consultant) with his chronic illness and treatment")

add(96,
    sender=TOJO, to=[MIKURIYA], subject="Re: 復職者の評価について",
    charset="iso-2022-jp",
    body=f"""御厨様

ご助言ありがとうございました。東條です。
ご提案いただいた「復職後の実績期間で按分評価する」方式で、部内を調整いたします。
結果は次回の定例でご報告します。

東條

> 東條様
>
> ご相談の件、承知しました。
>
> > 品質保証部の漆畑さんは、適応障害の診断で3月から休職しており、
> > 7月に復職しました。上期の評価をどうすべきか……
>
> 復職後の実績期間で按分して評価する方式が、他社でも一般的です。
> 御厨
""",
    expect="pass", entities=[], detectors=[],
    note="the diagnosis appears only in quoted text the consultant already has; the new text is neutral")

add(97,
    sender=TOJO, to=[MIKURIYA], subject="評価結果サマリー（最終版）",
    charset="cp932",
    body=f"""御厨様

お世話になっております。東條です。
上期の評価結果サマリー（最終版）をお送りします。
分布の分析にお使いください。
{SIG_TOJO}""",
    attachments=[{"kind": "corrupt", "name": "評価結果サマリー_最終.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected")

_p = people(12, 1970, 1995)
_sh = [["2025年度 昇給シミュレーション（報酬グループ作成）"], ["社員番号", "氏名", "等級", "評価", "現基本給", "昇給額", "改定後"]]
for _x in _p:
    _base = rng.randint(240, 420) * 1000
    _up = {"S": 12000, "A": 9000, "B": 6500, "C": 3000}[_x["grade"]]
    _sh.append([_x["emp"], _x["name"], rng.choice(["S2", "S3", "S4", "M1"]), _x["grade"], _base, _up, _base + _up])
add(98,
    sender=NONOMIYA, to=[TOJO], cc=[OKOCHI],
    subject="【社外秘】2025年度 昇給シミュレーション",
    charset="utf-8",
    body=f"""東條課長
（cc：大河内部長）

お疲れさまです。野々宮です。
評価確定後の昇給シミュレーションを作成しました。原資は前年比 +3.1% に収まっています。
個人別の内訳は添付のとおりです。
{SIG_NONOMIYA}""",
    attachments=[{"kind": "xlsx", "name": "昇給シミュレーション_2025.xlsx", "page_header": "社外秘",
                  "sheets": {"個人別": _sh, "原資": [["区分", "金額"], ["昇給原資", 4_180_000], ["前年比", "3.1%"]]}}],
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="社外秘 salary simulation of 12 people, but both recipients are internal")

_p = people(6, 1960, 1970)
_rel = "\n".join(
    f"{rng.choice(['常務取締役', '取締役', '執行役員', '執行役員', '取締役', '執行役員'])}　{x['name']}"
    f"（{x['dob'][0]}年{x['dob'][1]}月{x['dob'][2]}日生）　旧：{x['dept']} 部長"
    for x in _p)
add(99,
    sender="広報室 <koho@hinode-sangyo.co.jp>", to=["編集部 <henshu@kogyo-times.co.jp>"],
    subject="【プレスリリース】役員人事に関するお知らせ",
    charset="iso-2022-jp",
    body=f"""日刊工業タイムズ 編集部 御中

いつもお世話になっております。日の出産業株式会社 広報室でございます。
本日開催の取締役会において、下記のとおり役員人事を決定いたしましたので、お知らせいたします。
（2026年1月1日付）

{_rel}

略歴の詳細は本日15時に弊社Webサイトに掲載いたします。

日の出産業株式会社 広報室
TEL 03-5201-7001
""",
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="six executives with birth dates, but in a press release meant to be published")

add(100,
    sender=HORINOUCHI, to=["ミナト商事 人事部 採用担当 <saiyo@minato-trading.co.jp>"],
    subject="Re: 在籍確認のご依頼（元従業員）",
    charset="cp932",
    body=f"""株式会社ミナト商事
人事部 採用ご担当者様

お世話になっております。日の出産業の堀之内です。
ご本人の同意書の写しを確認いたしましたので、在籍事実について下記のとおり回答いたします。

　氏名　　　丹羽 恵
　在籍期間　2012年4月1日～2024年3月31日
　最終職位　営業第二部 主任

評価内容や退職理由についてはお答えいたしかねますので、ご了承ください。
{SIG_HORINOUCHI}""",
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="employment confirmation of one former employee, with consent: a single person's record")
