"""Blind evaluation corpus — area: kaifukuki (回復期リハビリテーション病棟 地域連携室).

The mail of the liaison office (地域連携室) of the rehabilitation wards run by the hospital
group of 日の出産業株式会社 (日の出リハビリテーション病院): transfer referrals from acute
hospitals, patients' functional scores (FIM), discharge planning with families and care
managers, home-modification contractors, welfare-equipment rental, plus ordinary
scheduling and vendor mail.

Every person, patient, family member, number, address and external organisation in this
file is invented (fictional but plausible); My Numbers and card numbers come from the
build.py helpers.  Written blind, from bench/blind/BRIEF.md, bench/blind/build.py and
shared/SPEC.md only — no product code, rules, tests or other corpus files were read.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 19401
rng = random.Random(SEED)

AREA = "kaifukuki"

# -- small helpers --------------------------------------------------------------------


def _dw(s) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in str(s))


def padded(rows, gap=2, rule="-", fill=" "):
    """Columns padded with spaces under a header and a rule, as people paste them."""
    n = max(len(r) for r in rows)
    widths = [max(_dw(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        cells = [str(c) + fill * ((widths[i] - _dw(c)) // (2 if fill == "　" else 1))
                 for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (min(sum(widths) + gap * (n - 1), 76) // _dw(rule)))
    return "\n".join(out)


_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_no(base12: str) -> str:
    """法人番号 with its check digit in front."""
    d = [int(c) for c in base12]
    s = sum(p * (1 if n % 2 else 2) for n, p in enumerate(reversed(d), start=1))
    return str(9 - s % 9) + base12


def mn(k: int, sep: str = "") -> str:
    v = my_number(SEED + k)
    return sep.join([v[:4], v[4:8], v[8:]]) if sep else v


def card(k: int, sep: str = "") -> str:
    v = card_number(SEED + k)
    return sep.join([v[:4], v[4:8], v[8:12], v[12:]]) if sep else v


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


_TOWNS = [
    ("埼玉県", "さいたま市浦和区", ["岸町", "常盤", "高砂", "北浦和", "針ヶ谷", "仲町"]),
    ("埼玉県", "さいたま市南区", ["南浦和", "別所", "曲本", "辻", "文蔵", "太田窪"]),
    ("埼玉県", "さいたま市中央区", ["鈴谷", "下落合", "上峰", "本町東", "桜丘"]),
    ("埼玉県", "川口市", ["芝新町", "青木", "西川口", "仲町", "本町", "戸塚東"]),
    ("埼玉県", "戸田市", ["新曽南", "喜沢", "本町", "下前"]),
    ("埼玉県", "蕨市", ["中央", "塚越", "錦町"]),
    ("東京都", "板橋区", ["成増", "高島平", "赤塚", "徳丸"]),
    ("埼玉県", "上尾市", ["緑丘", "柏座", "原市"]),
]


def address(with_pref: bool = True) -> str:
    pref, city, towns = rng.choice(_TOWNS)
    a = f"{city}{rng.choice(towns)}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    return pref + a if with_pref else a


SURNAMES = ["青柳", "秋庭", "朝比奈", "東", "阿部", "荒井", "飯塚", "五十嵐", "石動", "市毛",
            "稲垣", "今泉", "岩佐", "上杉", "宇治", "江頭", "大須賀", "大八木", "岡部", "小川",
            "押切", "鬼塚", "海江田", "笠原", "勝俣", "門脇", "金子", "鎌田", "神林", "菊地",
            "北条", "木村", "楠", "久保寺", "栗原", "黒沢", "小池", "香坂", "古賀", "小林",
            "近藤", "斉藤", "坂巻", "佐久間", "笹川", "設楽", "篠崎", "島袋", "清水", "白石",
            "新宮", "杉浦", "鈴木", "関口", "芹沢", "高木", "滝沢", "田島", "立花", "千葉",
            "塚越", "土屋", "手塚", "寺門", "徳永", "富樫", "中島", "永井", "並木", "西方",
            "沼田", "野々村", "萩原", "畠山", "馬場", "浜口", "早瀬", "比嘉", "日暮", "平塚",
            "深谷", "藤代", "古川", "星野", "堀之内", "前沢", "松浦", "三浦", "水野", "宮内",
            "村主", "望月", "森田", "八木橋", "柳沢", "山路", "湯浅", "吉岡", "米倉", "若林"]
GIVEN_F = ["ハル", "トメ", "キヨ", "フミ子", "和子", "節子", "幸子", "洋子", "恵子", "久美子",
           "美代子", "登美江", "千代", "ヨシ子", "絹江", "静江", "弘子", "悦子", "房江", "貞子"]
GIVEN_M = ["勝", "清", "正", "茂", "弘", "実", "進", "博", "隆", "昭二", "義雄", "健一",
           "武", "一郎", "秀夫", "光男", "修", "忠", "孝", "和夫"]


def person(sex: str | None = None) -> tuple[str, str]:
    sex = sex or rng.choice("MF")
    given = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
    return f"{rng.choice(SURNAMES)} {given}", sex


def showa_dob(lo: int = 8, hi: int = 28) -> tuple[str, str]:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return f"昭和{y}年{m}月{d}日", f"{1925 + y}/{m:02d}/{d:02d}"


# -- the people of the liaison office (senders) ----------------------------------------

HOSP = "日の出リハビリテーション病院"
ADDR = "〒338-0013 埼玉県さいたま市中央区鈴谷9-4-1"

KIRYU = "桐生 真帆 <kiryu.maho@hinode-sangyo.co.jp>"
OKOCHI = "大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>"
NISHINA = "仁科 さやか <nishina.sayaka@hinode-sangyo.co.jp>"
USAMI = "宇佐美 健吾 <usami.kengo@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 由香 <saotome.yuka@hinode-sangyo.co.jp>"
MAKABE = "真壁 透 <makabe.toru@hinode-sangyo.co.jp>"
SAGARA = "相楽 千尋 <sagara.chihiro@hinode-sangyo.co.jp>"
KURAMAE = "蔵前 奈緒 <kuramae.nao@hinode-sangyo.co.jp>"

SIG_KIRYU = f"""--
日の出産業株式会社 ヘルスケア事業本部
{HOSP} 地域連携室
医療ソーシャルワーカー　桐生 真帆（きりゅう まほ）
{ADDR}
TEL 048-851-7710（連携室直通）／FAX 048-851-7719
kiryu.maho@hinode-sangyo.co.jp"""

SIG_OKOCHI = f"""━━━━━━━━━━━━━━━━━━━━━━
{HOSP}
地域連携室　退院調整看護師　大河内 亮
TEL：048-851-7710　FAX：048-851-7719
Mail：okochi.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NISHINA = f"""----------------------------------------
{HOSP} リハビリテーション科
主任理学療法士　仁科 さやか
内線 3205 ／ 048-851-7700（代表）
----------------------------------------"""

SIG_USAMI = f"""*************************************
日の出産業株式会社
{HOSP} 医事・連携事務
宇佐美 健吾
{ADDR}
TEL 048-851-7700(代) FAX 048-851-7719
*************************************"""

SIG_SAOTOME = f"""--------------------------------------------------
日の出産業株式会社 ヘルスケア事業本部
{HOSP}　地域連携室 室長
早乙女 由香
{ADDR}
TEL 048-851-7710　/　携帯 070-3921-5580
--------------------------------------------------"""

SIG_MAKABE = f"""──
{HOSP} リハビリテーション科 作業療法士
真壁 透（まかべ とおる）
TEL 048-851-7700 内線3212"""

SIG_SAGARA = f"""＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
{HOSP} 地域連携室
MSW　相楽 千尋
〒338-0013 さいたま市中央区鈴谷9-4-1
TEL 048-851-7710 ／ FAX 048-851-7719
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KURAMAE = f"""{HOSP} 3階東病棟（回復期リハビリテーション病棟）
看護師長　蔵前 奈緒　（PHS 4301）"""

DISCLAIMER = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""

FIM_ITEMS = [
    ("運動", "食事"), ("運動", "整容"), ("運動", "清拭"), ("運動", "更衣（上半身）"),
    ("運動", "更衣（下半身）"), ("運動", "トイレ動作"), ("運動", "排尿管理"),
    ("運動", "排便管理"), ("運動", "ベッド・椅子・車椅子移乗"), ("運動", "トイレ移乗"),
    ("運動", "浴槽・シャワー移乗"), ("運動", "歩行・車椅子"), ("運動", "階段"),
    ("認知", "理解"), ("認知", "表出"), ("認知", "社会的交流"), ("認知", "問題解決"),
    ("認知", "記憶"),
]

MESSAGES: list[dict] = []


def add(**m) -> None:
    m["id"] = f"{AREA}-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# =====================================================================================
# 001 — acceptance of a transfer: one patient, diagnosis in running text
add(
    sender=KIRYU,
    to=["港中央病院 地域医療連携室 篠原様 <shinohara.m@minato-chuo-hp.or.jp>"],
    subject="転院受入れのご回答（鷲尾様）",
    charset="iso-2022-jp",
    body=f"""港中央病院
地域医療連携室　篠原 様

いつも大変お世話になっております。
日の出リハビリテーション病院 地域連携室の桐生です。

9月24日付でご依頼いただきました 鷲尾 トミ子 様（84歳・女性）の転院につきまして、
本日の入院判定会議で受入れ可となりましたのでご連絡いたします。

左被殻出血（9/2発症）による右片麻痺と失語症があるとのことでしたので、
回復期では PT・OT に加えて ST を毎日入れる予定です。
嚥下は現在ミキサー食とのこと、当院でも転院後すぐにVFで再評価いたします。

■転院日　　10月7日 10:00　正面玄関横 入退院窓口
■ご持参　　診療情報提供書、看護サマリー、リハビリサマリー、画像CD-R、お薬手帳
■病室　　　3階東病棟（女性4床室）

ご家族（長女様）へは、当方から入院のご案内を郵送いたします。
ご不明な点がございましたらお気軽にお問い合わせください。

よろしくお願いいたします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="external acute hospital; one named patient with diagnosis (被殻出血, 片麻痺, 失語) = 要配慮",
)

# 002 — internal weekly FIM table (all internal, incl. a subdomain)
_rows = [["氏名", "年齢", "疾患", "入院時FIM(運/認)", "10/5時点", "利得"]]
for nm, age, dx, a, b, g in [
    ("檜山 義男", 85, "脳梗塞", "37/21", "58/25", "+25"),
    ("鷲尾 トミ子", 84, "被殻出血", "24/12", "（10/7入院）", "—"),
    ("長谷部 勝", 81, "大腿骨頸部骨折", "45/30", "68/31", "+24"),
    ("雲井 澄江", 79, "脳梗塞", "38/25", "61/28", "+26"),
    ("四月一日 恵美子", 77, "廃用症候群", "40/19", "55/21", "+17"),
    ("小鳥遊 誠一", 72, "脊柱管狭窄症術後", "52/33", "70/34", "+19"),
    ("浦上 節子", 78, "くも膜下出血", "20/10", "35/16", "+21"),
    ("東海林 正", 84, "心原性脳塞栓", "29/20", "47/24", "+22"),
]:
    _rows.append([nm, str(age), dx, a, b, g])
add(
    sender=NISHINA,
    to=["3階東病棟 <3f-east@mail.hinode-sangyo.co.jp>", KURAMAE],
    cc=[SAOTOME],
    subject="【週次】FIM推移（10/5時点）3階東",
    charset="cp932",
    body=f"""3階東の皆さま

お疲れさまです。仁科です。今週分のFIM推移をまとめました。
カンファ資料にそのまま使ってください。

{padded(_rows)}

※ 鷲尾さんは10/7入院予定のため、入院時は紹介状ベースの参考値です。
※ 浦上さん、認知項目の伸びがまだ小さいのでST・OTで再評価予定。

{SIG_NISHINA}
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="all recipients internal (incl. mail. subdomain): patient FIM list may circulate",
)

# 003 — bed availability to three acute hospitals, all visible in To
add(
    sender=SAGARA,
    to=["shinohara.m@minato-chuo-hp.or.jp", "renkei@kitasogo-mc.jp",
        "地域連携室 <chiiki@sakuragaoka-kinen.or.jp>"],
    subject="空床状況のお知らせ（10月第2週）",
    charset="utf-8",
    body=f"""各病院 地域連携ご担当者様

いつもお世話になっております。日の出リハビリテーション病院 地域連携室の相楽です。
今週の回復期リハビリテーション病棟の空床状況をお知らせいたします。

{padded([["病棟", "男性", "女性", "個室", "受入れ可能時期"],
         ["3階東（脳血管中心）", "1", "2", "0", "10/12〜"],
         ["3階西（運動器中心）", "2", "1", "1", "即日可"],
         ["4階（回復期・地域包括）", "0", "1", "0", "10/19〜"]])}

・運動器疾患は術後2週程度での転院をご相談ください。
・脳血管疾患で経鼻経管栄養の方は、3階東で月2名まで受入れ可能です。
・土日の転院は原則お受けしておりませんのでご了承ください。

ご依頼は従来どおり FAX（048-851-7719）または連携システムにてお願いいたします。

{SIG_SAGARA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external hospitals in To can see each other: should have been Bcc",
)

# 004 — price list reply to the equipment rental vendor (product codes only)
add(
    sender=MAKABE,
    to=["ふくしレンタル 真田様 <sanada@fukushi-rental.co.jp>"],
    subject="Re: 2026年度下期 レンタル価格表送付のご案内",
    charset="iso-2022-jp",
    body=f"""ふくしレンタル株式会社
真田 様

お世話になっております。日の出リハビリテーション病院 OTの真壁です。
下期の価格表ありがとうございました。いくつか確認させてください。

  TAISコード        品名                              月額(税込)  変更
  ----------------  --------------------------------  ----------  ----
  00170-000452      3モーター介護ベッド 91cm幅         12,000円    据置
  00170-000618      エアマットレス（静止型）            6,800円    +300
  01044-000093      自走式車いす 軽量 40cm             5,500円    据置
  01044-000127      ティルト・リクライニング車いす     13,000円    新規
  00295-000041      歩行器（四輪・肘支持）              3,500円    据置

1. 00170-000618 の値上げは既存契約分にも適用されますか。
2. ティルト車いすのデモ機は11月中に借りられますか（病棟で2週間程度）。

お手数ですがご回答をお願いいたします。

{SIG_MAKABE}

> 平素より格別のお引き立てを賜り、厚く御礼申し上げます。
> 2026年度下期のレンタル価格表を添付にてお送りいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="vendor mail with product (TAIS) codes and prices: no personal data",
)

# 005 — FIM sheet of one named patient to his care manager (XLSX)
_fim_rows = [["FIM評価表（回復期リハビリテーション病棟）"],
             ["氏名", "檜山 義男 様", "生年月日", "S16.5.12", "性別", "男"],
             ["診断名", "脳梗塞（左中大脳動脈領域）・右片麻痺・構音障害"],
             [],
             ["区分", "項目", "入院時(8/28)", "中間(9/25)", "退院時予測"]]
_fa = [5, 4, 2, 3, 2, 2, 5, 5, 3, 3, 1, 1, 1, 5, 4, 5, 3, 4]
_fb = [6, 5, 3, 5, 4, 4, 6, 6, 5, 5, 3, 4, 2, 6, 5, 6, 4, 4]
_fc = [6, 6, 4, 6, 5, 5, 7, 7, 6, 6, 4, 5, 3, 6, 5, 6, 5, 5]
for (grp, item), a, b, c in zip(FIM_ITEMS, _fa, _fb, _fc):
    _fim_rows.append([grp, item, a, b, c])
_fim_rows.append(["", "合計", sum(_fa), sum(_fb), sum(_fc)])
add(
    sender=OKOCHI,
    to=["宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="檜山様 FIM評価表の送付",
    charset="cp932",
    body=f"""ケアプランセンターかぜ
宮坂 様

いつもお世話になっております。日の出リハビリテーション病院の大河内です。
先日お電話でお話しした檜山様のFIM評価表をお送りします。
退院後のサービス調整（通所リハの頻度など）の参考にしていただければ幸いです。

退院は11月中旬を予定しています。退院前カンファレンスの日程は追ってご連絡します。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "xlsx", "name": "FIM評価表_檜山様.xlsx",
                  "sheets": {"FIM": _fim_rows,
                             "所見": [["日付", "所見"],
                                      ["9/25", "右上肢はBrs III→IV。屋内はT字杖＋短下肢装具で見守り。"],
                                      ["9/25", "軽度の注意障害あり、服薬管理は家族の見守りが必要。"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX to external care manager: named patient, DOB, diagnosis and FIM scores (要配慮)",
)

# 006 — discharge conference invite: family (gmail) + CM + contractor all in To
add(
    sender=OKOCHI,
    to=["長谷部 和子 様 <kazuko.hasebe1962@gmail.com>",
        "宮坂 亜希 <miyasaka@kaze-care.jp>",
        "匠住宅リフォーム 小野寺様 <onodera@takumi-reform.co.jp>"],
    subject="退院前カンファレンスのご案内（10/21）",
    charset="utf-8",
    body=f"""長谷部 和子 様
ケアプランセンターかぜ 宮坂 様
匠住宅リフォーム 小野寺 様

お世話になっております。日の出リハビリテーション病院 退院調整看護師の大河内です。
長谷部 勝 様の退院前カンファレンスを下記のとおり開催いたします。

日時：10月21日 14:00〜15:00
場所：当院2階 カンファレンスルームB

お父様は右大腿骨頸部骨折の術後で、現在は病棟内を歩行器で見守り歩行されています。
ご自宅では浴槽のまたぎが一番の課題になりそうですので、小野寺様には浴室・トイレの
手すり位置についてご提案をお願いできればと思います。
宮坂様には退院後の福祉用具と通所リハの調整をお願いする予定です。

ご都合が悪い場合はご連絡ください。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["external_recipients_visible", "multiple_external_domains",
               "freemail_recipient", "personal_data"],
    note="three external parties visible (family gmail, CM, contractor) and the patient's fracture",
)

# 007 — ordinary scheduling with one hospital contact
add(
    sender=SAOTOME,
    to=["桜ヶ丘記念病院 地域連携室 <chiiki@sakuragaoka-kinen.or.jp>"],
    subject="次回 連携会議の日程について",
    charset="iso-2022-jp",
    body=f"""桜ヶ丘記念病院
地域連携室 御中

いつもお世話になっております。
日の出リハビリテーション病院の早乙女です。

次回の病院間連携会議ですが、以下の候補でいかがでしょうか。

　候補1：11月11日 15:00〜16:30
　候補2：11月13日 16:00〜17:30
　候補3：11月18日 15:00〜16:30

場所は前回同様、貴院の会議室をお借りできればありがたいです。
議題は「転院時の情報提供書式の統一」と「土曜転院の試行」を予定しています。

ご検討のほど、よろしくお願いいたします。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling with one external hospital office",
)

# 008 — home-modification survey request: patient, home address, daughter's mobile, paralysis
add(
    sender=MAKABE,
    to=["小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="住宅改修 事前訪問のお願い",
    charset="cp932",
    body=f"""匠住宅リフォーム
小野寺様

いつもお世話になります。日の出リハの真壁です。
また1件、退院前の家屋調査にご同行をお願いしたく連絡しました。

雲井 澄江さん（79歳）のご自宅です。
〒336-0017 埼玉県さいたま市南区南浦和4丁目22-9
当日の立会いは長女の理沙さん（携帯 090-4418-2093）です。

脳梗塞の後遺症で左半身に麻痺が残っていて、屋内はT字杖で何とか歩ける状態です。
玄関の上がり框（約25cm）と、トイレ・浴室の手すりがポイントになると思います。

候補日：10/27 午後、10/29 午前
ご都合をお知らせください。

{SIG_MAKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="external contractor: one patient's home address, family phone and hemiplegia (要配慮)",
)

# 009 — NDA for EHR data migration: about the NDA, not a marking
add(
    sender=USAMI,
    to=["ツバサシステム 営業部 北見様 <kitami@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）の修正について",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
営業部 北見 様

お世話になっております。日の出産業 医事・連携事務の宇佐美です。

地域連携システムのデータ移行に先立つ秘密保持契約書（案）につきまして、
当社法務の確認結果を反映した修正版をお送りします。

主な修正点：
　・第2条　秘密情報の範囲に「患者情報を含む個人情報」を明記
　・第7条　返還・廃棄の期限を「契約終了後30日以内」に変更
　・第10条　有効期間を3年に延長

ご確認のうえ、問題なければ押印版を郵送させていただきます。
なお、移行作業そのものは契約締結後、11月第3週からを想定しております。

{SIG_USAMI}

{DISCLAIMER}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_修正案_v3.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                      "地域連携システムのデータ移行業務に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                      "第2条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、甲が乙に開示した"
                      "技術上・営業上の情報及び患者情報を含む個人情報をいう。",
                      "第7条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還又は廃棄する。",
                      "第10条（有効期間）本契約の有効期間は締結日から3年間とする。",
                  ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA and its draft: the word 秘密 is content, not a classification stamp",
)

# 010 — rental order CSV for six patients going home
_csv010 = [["利用者氏名", "フリガナ", "納品先住所", "連絡先", "品目", "納品希望日"]]
for nm, kana, item, day in [
    ("青柳 フミ子", "アオヤギ フミコ", "介護ベッド(3M)＋サイドレール", "11/02"),
    ("岩佐 茂", "イワサ シゲル", "車いす(自走式)", "11/02"),
    ("押切 キヨ", "オシキリ キヨ", "歩行器(四輪)", "11/04"),
    ("笹川 博", "ササガワ ヒロシ", "介護ベッド(2M)", "11/05"),
    ("設楽 節子", "シタラ セツコ", "据置型手すり×2", "11/06"),
    ("富樫 一郎", "トガシ イチロウ", "スロープ(2m)", "11/09"),
]:
    _csv010.append([nm, kana, address(), mobile(), item, day])
add(
    sender=MAKABE,
    to=["ケアメイト 受注センター <juchu@care-mate.co.jp>"],
    subject="11月上旬 退院者分 福祉用具手配のお願い（6件）",
    charset="cp932",
    body=f"""ケアメイト株式会社
受注センター ご担当者様

お世話になっております。日の出リハビリテーション病院の真壁です。
11月上旬に退院予定の方の福祉用具手配をお願いします。
明細は添付のCSVのとおりです（計6件）。

各ケアマネジャーへは当院から連絡済みです。
納品時間は午前中でお願いできると助かります。

{SIG_MAKABE}
""",
    attachments=[{"kind": "csv", "name": "福祉用具手配_11月上旬.csv", "encoding": "cp932",
                  "rows": _csv010}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of six people's names, home addresses and phones to an external vendor",
)

# 011 — look-alike of the partner ツバサシステム (tsubasa-sytem.jp: letters dropped)
add(
    sender=USAMI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="地域連携モジュール 定期保守の日程確認",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
保守窓口 御中

いつもお世話になっております。日の出産業の宇佐美です。

11月の定期保守（地域連携モジュール v4.2 → v4.3）の件、以下で進めてよろしいでしょうか。

　作業日時：11月15日 22:00〜翌 2:00
　停止範囲：紹介状取込み、空床照会、FAX連携
　立会い　：当方 宇佐美（携帯は前回お伝えしたものと同じです）

作業手順書の最新版をいただけましたら、院内周知に使わせていただきます。

{SIG_USAMI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo look-alike of partner tsubasa-system.jp",
)

# 012 — internal forward of an acute hospital's referral (internal only)
add(
    sender=SAGARA,
    to=["判定会議メンバー <hantei@mail.hinode-sangyo.co.jp>"],
    cc=[KIRYU, OKOCHI],
    subject="FW: 転院依頼（北総合医療センター）柊 ハル様",
    charset="utf-8",
    body="""判定会議メンバー各位

相楽です。北総合医療センターから転院依頼が来ています。
明日の判定会議で検討をお願いします。

-------- 転送メッセージ --------
差出人: 県立北総合医療センター 患者支援センター <renkei@kitasogo-mc.jp>
件名: 転院依頼（回復期リハ）

日の出リハビリテーション病院 地域連携室 御中

下記患者様の転院をお願いしたくご連絡いたします。

患者氏名：柊 ハル（ひいらぎ はる）様　女性
生年月日：昭和12年2月19日（89歳）
診断名　：左大腿骨頸部骨折（9/28 人工骨頭置換術）
既往歴　：慢性心不全、心房細動（ワーファリン内服中）、軽度認知症
現在のADL：平行棒内歩行、移乗は軽介助、食事自立
家族　　：長男夫婦と同居（日中独居）
希望時期：10月中旬

よろしくお願いいたします。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="forward to internal recipients only: whatever it carries, the mail stays inside",
)

# 013 — 診療情報提供書 PDF stamped 取扱注意, to the family doctor
add(
    sender=OKOCHI,
    to=["吉川内科クリニック 吉川先生 <info@yoshikawa-naika.jp>"],
    subject="診療情報提供書送付のご連絡（東海林 正 様）",
    charset="cp932",
    body=f"""吉川内科クリニック
吉川 先生　御侍史

平素より大変お世話になっております。
日の出リハビリテーション病院 地域連携室の大河内でございます。

先生に外来でご加療いただいておりました東海林様が、本日当院を退院されました。
主治医からの診療情報提供書をPDFでお送りいたします。原本は本日郵送いたしました。

今後の内服管理および定期受診につきまして、何卒よろしくお願い申し上げます。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "pdf", "name": "診療情報提供書_東海林正様.pdf",
                  "title": "診療情報提供書", "page_header": "取扱注意",
                  "lines": [
                      "診療情報提供書",
                      "吉川内科クリニック 吉川 先生 御侍史",
                      "患者氏名：東海林 正　様（男）　生年月日：昭和17年3月8日（84歳）",
                      "住所：埼玉県蕨市塚越3-11-6",
                      "傷病名：心原性脳塞栓症（左中大脳動脈領域）、心房細動、高血圧症",
                      "経過：7/30 発症、港中央病院にて加療後、8/19 当院回復期病棟へ転院。",
                      "　　　FIM 入院時 49点 → 退院時 88点。屋内 T字杖歩行自立、屋外は見守り。",
                      "処方：エリキュース 5mg 2T 分2、アムロジピン 5mg 1T 分1 ほか",
                      "お願い：抗凝固療法の継続と血圧管理をお願いいたします。",
                      "日の出リハビリテーション病院　主治医 霧島 宗一郎",
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="PDF stamped 取扱注意 with a named patient's diagnoses, DOB and address to an external clinic",
)

# 014 — venue booking at partner さくらホテル
add(
    sender=SAOTOME,
    to=["さくらホテル 宴集会予約係 <banquet@sakura-hotel.jp>"],
    subject="11/28 地域連携研修会 会場予約のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴集会予約係 ご担当者様

いつもお世話になっております。日の出産業株式会社の早乙女と申します。
先日お電話でご相談した研修会の会場につき、正式にお願いいたします。

　名称　：第8回 回復期リハビリテーション地域連携研修会
　日時　：11月28日 13:30〜17:00（設営 12:30〜）
　人数　：80名程度（スクール形式）
　希望　：桜の間、プロジェクター2台、ワイヤレスマイク3本
　懇親会：なし（コーヒーブレイクのみ 15:00頃）

お見積りと請求書の宛名は「日の出産業株式会社 ヘルスケア事業本部」でお願いします。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary venue booking with a partner hotel",
)

# 015 — PPAP: password ZIP of transfer documents
add(
    sender=KIRYU,
    to=["日向大学医学部附属病院 患者支援センター <support-center@med.hyuga-u.ac.jp>"],
    subject="転院調整資料の送付（パスワードは別送）",
    charset="utf-8",
    body=f"""日向大学医学部附属病院
患者支援センター ご担当者様

お世話になっております。日の出リハビリテーション病院の桐生です。
先日ご相談いただいた転院調整の資料をお送りします。
添付ファイルにはパスワードを設定しております。パスワードは別メールでお知らせいたします。

ご確認のほどよろしくお願いいたします。

{SIG_KIRYU}
""",
    attachments=[{"kind": "zip", "name": "転院調整資料_1019.zip", "password": "Hn7710#rk",
                  "files": [{"kind": "xlsx", "name": "転院調整一覧.xlsx",
                             "sheets": {"一覧": [["氏名", "疾患", "希望日"],
                                                 ["御手洗 幸子", "脳出血", "10/26"],
                                                 ["勅使河原 実", "脊髄損傷", "11/02"]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external hospital cannot be inspected",
)

# 016 — one family member on free mail, interview scheduling only
add(
    sender=SAGARA,
    to=["ichinose.kaori@yahoo.co.jp"],
    subject="面談日程のご確認",
    charset="iso-2022-jp",
    body=f"""一ノ瀬 香織 様

いつもお世話になっております。日の出リハビリテーション病院 地域連携室の相楽です。
先ほどはお電話ありがとうございました。

お話しいたしました面談の件、下記で承りました。

　日時：11月12日 14:00〜（30分程度）
　場所：1階 相談室2（総合受付でお名前をお伝えください）

当日は介護保険証をお持ちいただけますと、手続きのご説明がスムーズです。
ご都合が変わりましたら、このメールか連携室（048-851-7710）までご連絡ください。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail family recipient, appointment only: no diagnosis or records",
)

# 017 — FW of an acute hospital's referral to a care manager (forward counts)
add(
    sender=KIRYU,
    to=["三ツ矢 直子 <mitsuya@hidamari-kyotaku.com>"],
    subject="FW: 【転院相談】百目鬼 清 様",
    charset="cp932",
    body=f"""ひだまり居宅介護支援事業所
三ツ矢さま

お世話になります。桐生です。
以前担当されていた百目鬼さんが当院に転院予定になりましたので、急性期からの情報を転送します。
退院後もまた三ツ矢さんにお願いできればとご家族もおっしゃっています。

---------- Forwarded message ---------
From: 東浦和脳神経外科病院 医療相談室 <soudan@higashiurawa-ns.jp>
Subject: 【転院相談】百目鬼 清 様

日の出リハビリテーション病院 地域連携室 桐生様

いつもお世話になっております。下記の方の回復期転院をご相談させてください。

　氏名：百目鬼 清（どうめき きよし）様　男性
　生年月日：昭和１３年１１月２日
　診断：右大腿骨転子部骨折（９／１５ γネイル固定）
　既往：２型糖尿病（インスリン自己注射）、高血圧症、前立腺肥大
　ADL：車椅子移乗は一部介助、歩行器で10m程度
　キーパーソン：次女（市内在住）

ご検討のほどよろしくお願いいたします。
東浦和脳神経外科病院 医療相談室 MSW 野島
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forward is new text to the CM: named patient, 和暦 DOB, fracture and diabetes",
)

# 018 — list of care-management offices (businesses) to a family member on gmail
_biz = [["事業所名", "所在地", "電話"],
        ["ケアプランセンターかぜ", "さいたま市南区別所5-2-14", "048-862-3301"],
        ["ひだまり居宅介護支援事業所", "さいたま市浦和区常盤8-7-1", "048-833-9021"],
        ["居宅介護支援 つばき", "さいたま市中央区下落合2-19-5", "048-854-2260"],
        ["ケアサポートみのり", "川口市芝新町11-3", "048-265-7711"],
        ["蕨市社協 居宅介護支援事業所", "蕨市中央4-21-8", "048-431-5504"],
        ["あおぞらケアプラン", "戸田市新曽南3-4-10", "048-447-1830"],
        ["星崎市地域包括支援センター（南部）", "さいたま市南区辻1-6-2", "048-839-0044"]]
add(
    sender=SAGARA,
    to=["saho.kinugasa@gmail.com"],
    subject="居宅介護支援事業所の一覧をお送りします",
    charset="utf-8",
    body=f"""衣笠 早穂 様

本日はご来院いただきありがとうございました。地域連携室の相楽です。
お話ししておりました、ご自宅の近くの居宅介護支援事業所（ケアマネジャーの事業所）の一覧です。

{padded(_biz)}

どちらも当院と連携実績のある事業所です。
お母様の退院後のケアマネジャーをお決めいただくにあたり、直接お電話いただいて
構いませんし、当院からご紹介することもできます。

ご不明な点があればいつでもご連絡ください。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of businesses (care offices with switchboards), not people, to one free-mail family",
)

# 019 — 介護タクシー bookings for five patients
_t019 = [["日付", "時刻", "ご利用者", "行き先（ご自宅）", "ご家族連絡先"]]
for day, tm, nm in [("10/30", "10:00", "朝比奈 トメ"), ("10/30", "13:30", "海江田 進"),
                    ("10/31", "10:30", "神林 絹江"), ("11/02", "10:00", "久保寺 隆"),
                    ("11/02", "14:00", "芹沢 房江")]:
    _t019.append([day, tm, nm + " 様", address(False), mobile()])
add(
    sender=SAGARA,
    to=["介護タクシーふれあい 配車係 <haisha@fureai-kaigotaxi.jp>"],
    subject="退院時の送迎予約（5件）",
    charset="iso-2022-jp",
    body=f"""介護タクシーふれあい 配車係様

お世話になっております。日の出リハの相楽です。
退院時の送迎を5件お願いします。いずれも当院正面玄関からのお迎えです。

{padded(_t019)}

・付添いのご家族が1名ずつ同乗されます。
・料金はご家族から直接お支払いの予定です。
確定しましたら返信をお願いします。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="padded list of five people with home addresses and phones to an external taxi firm",
)

# 020 — My Number of a patient to the city's long-term-care section
add(
    sender=USAMI,
    to=["星崎市 介護保険課 給付係 <kaigo-kyufu@city.hoshizaki.lg.jp>"],
    subject="負担限度額認定申請の件（柊 ハル様）",
    charset="cp932",
    body=f"""星崎市役所 介護保険課 給付係
ご担当者様

お世話になっております。日の出リハビリテーション病院 医事課の宇佐美です。
先ほどお電話でご相談した件、申請書の記載内容を念のためお送りします。
原本はご家族が窓口にお持ちになります。

　被保険者氏名　柊 ハル
　生年月日　　　昭和12年2月19日
　住所　　　　　埼玉県さいたま市南区文蔵2-8-13
　個人番号　　　{mn(1, ' ')}
　預貯金等　　　別紙（ご家族が持参）

申請書の「個人番号」欄はご家族の記入で問題ないか、ご確認をお願いいたします。

{SIG_USAMI}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a patient's My Number (with name, DOB, address) to an external city office",
)

# 021 — aggregate ward statistics to a consultant (no person)
add(
    sender=SAOTOME,
    to=["メドビジョン 菅野様 <kanno@medvision-consulting.co.jp>"],
    subject="回復期病棟 上期実績データの送付",
    charset="utf-8",
    body=f"""メドビジョン・コンサルティング
菅野 様

お世話になっております。早乙女です。
次回の経営会議用に、回復期リハビリテーション病棟の上期実績をまとめました。
患者単位のデータは含めておりません（集計値のみ）。

特に「運動器」の実績指数が下がっている点について、ご意見をいただけますと幸いです。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "xlsx", "name": "回復期_上期実績_集計.xlsx",
                  "sheets": {
                      "月次": [["2026年度上期 回復期リハビリテーション病棟 実績（集計）"],
                               ["月", "入院数", "退院数", "在宅復帰率", "平均FIM利得", "実績指数"],
                               ["4月", 31, 29, "86.2%", 21.4, 44.8],
                               ["5月", 28, 33, "84.8%", 22.9, 46.1],
                               ["6月", 34, 30, "90.0%", 20.1, 42.3],
                               ["7月", 30, 31, "87.1%", 23.5, 47.0],
                               ["8月", 27, 28, "82.1%", 19.8, 40.9],
                               ["9月", 33, 29, "89.7%", 21.0, 43.5]],
                      "疾患別": [["疾患区分", "件数", "平均在院日数", "平均FIM利得", "実績指数"],
                               ["脳血管", 88, 92.4, 25.3, 48.7],
                               ["運動器", 71, 58.1, 17.6, 36.2],
                               ["廃用", 24, 46.9, 15.2, 38.0]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics only (counts, averages): no identifiable person",
)

# 022 — health-insurance card symbol/number in full-width digits
add(
    sender=USAMI,
    to=["港中央病院 医事課 <iji@minato-chuo-hp.or.jp>"],
    subject="転院患者様の保険情報確認",
    charset="iso-2022-jp",
    body=f"""港中央病院 医事課 御中

いつもお世話になっております。日の出リハビリテーション病院 医事課の宇佐美です。
来週転院予定の小鳥遊様について、保険証の情報がこちらの控えと一致しているか
確認させてください。

　氏名：小鳥遊 誠一（タカナシ セイイチ）
　保険者番号：{zen('06135217')}
　記号：{zen('13-2208')}　番号：{zen('451')}（本人）
　限度額適用認定証：区分ウ

貴院で把握されている情報と異なる場合はご指摘ください。

{SIG_USAMI}
""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号 of a named patient (full-width digits) to an external hospital",
)

# 023 — reply, new text has no personal data; the referral is quoted
add(
    sender=KIRYU,
    to=["県立北総合医療センター 患者支援センター <renkei@kitasogo-mc.jp>"],
    subject="Re: 転院依頼（回復期リハ）",
    charset="cp932",
    body=f"""北総合医療センター 患者支援センター
ご担当者様

お世話になっております。日の出リハの桐生です。
ご依頼の件、本日の判定会議で受入れ可となりました。
転院日は10月16日 10時でいかがでしょうか。ご家族のご都合も伺えますと幸いです。

{SIG_KIRYU}

> 日の出リハビリテーション病院 地域連携室 御中
>
> 下記患者様の転院をお願いしたくご連絡いたします。
>
> 患者氏名：柊 ハル（ひいらぎ はる）様　女性
> 生年月日：昭和12年2月19日（89歳）
> 診断名　：左大腿骨頸部骨折（9/28 人工骨頭置換術）
> 既往歴　：慢性心不全、心房細動（ワーファリン内服中）、軽度認知症
> 希望時期：10月中旬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the patient data is only in '>' quoted text from the recipient; the new text is a date",
)

# 024 — a family member's credit card passed on to the vendor
add(
    sender=MAKABE,
    to=["ケアメイト 東浦和営業所 <higashiurawa@care-mate.co.jp>"],
    subject="特定福祉用具購入 お支払い方法の件",
    charset="utf-8",
    body=f"""ケアメイト株式会社 東浦和営業所
ご担当者様

お世話になっております。日の出リハの真壁です。
先日お見積りいただいたシャワーチェアとポータブルトイレの購入の件、
ご家族から「カード払いで」とのことで、電話でカード情報を預かりました。

　ご利用者：長谷部 勝 様
　カード名義：KAZUKO HASEBE
　カード番号：{card(1, '-')}
　有効期限：08/29

お手数ですが決済のお手続きをお願いします。
（本来は直接お伝えいただくべきところ、ご家族が電話が苦手とのことでしたので…）

{SIG_MAKABE}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a credit card number of a patient's family member to an external vendor",
)

# 025 — dysphagia-food samples from partner 北国フーズ
add(
    sender=NISHINA,
    to=["北国フーズ 病院栄養営業部 <byoin@kitaguni-foods.co.jp>"],
    cc=["栄養科 雨宮 <amamiya.riko@hinode-sangyo.co.jp>"],
    subject="嚥下調整食サンプルのお礼と追加のお願い",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
病院栄養営業部 ご担当者様

いつもお世話になっております。日の出リハの仁科です。
先日はサンプルをお送りいただきありがとうございました。
ST・栄養科で試食した結果、以下の2品を病棟で試用したいと考えています。

　KF-ENG-0312　ムース食 鶏肉（学会分類 2-1）　20食
　KF-ENG-0418　ゼリー飲料 りんご（とろみ中間）　30本

あわせて、KF-ENG-0520（ソフト食 煮魚）の規格書をお送りいただけますか。

{SIG_NISHINA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="partner vendor mail with product codes; internal Cc; no personal data",
)

# 026 — HTML-only table of five discharges to a visiting-nurse station
_h026 = []
for nm, day, dx, order in [
    ("御手洗 幸子", "10/28", "脳出血後遺症（右片麻痺）", "週2回 リハ・服薬確認"),
    ("鬼頭 忠", "10/30", "腰椎圧迫骨折・骨粗鬆症", "週1回 全身状態観察"),
    ("神楽坂 ヨシ子", "11/04", "脳梗塞・糖尿病（インスリン）", "週3回 血糖管理"),
    ("石動 修", "11/06", "パーキンソン病", "週2回 リハ"),
    ("市毛 千代", "11/10", "慢性心不全・廃用症候群", "週1回 体重・浮腫観察"),
]:
    _h026.append(f"<tr><td>{nm} 様</td><td>{day}</td><td>{address()}</td>"
                 f"<td>{mobile()}</td><td>{dx}</td><td>{order}</td></tr>")
add(
    sender=OKOCHI,
    to=["訪問看護ステーションあおぞら <office@aozora-houkan.jp>"],
    subject="11月 退院予定者（訪問看護ご依頼分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>訪問看護ステーションあおぞら<br>管理者 様</p>
<p>いつもお世話になっております。日の出リハビリテーション病院 退院調整看護師の大河内です。<br>
11月前後に退院予定で、訪問看護をお願いしたい方の一覧です。指示書は主治医から別途お送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>氏名</th><th>退院予定日</th><th>住所</th><th>連絡先</th><th>主病名</th><th>依頼内容</th></tr>
{''.join(_h026)}
</table>
<p>初回訪問の日程はご家族と直接ご調整いただけますと助かります。</p>
<p>{HOSP}<br>地域連携室　退院調整看護師　大河内 亮<br>TEL 048-851-7710</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of five patients with addresses, phones and diagnoses to an external station",
)

# 027 — English progress report to a foreign patient's son on outlook.com
add(
    sender=NISHINA,
    to=["Michael Brandt <m.brandt.family@outlook.com>"],
    subject="Update on your father's rehabilitation",
    charset="utf-8",
    body=f"""Dear Mr. Brandt,

Thank you for your call last week. As promised, here is a short update on your father,
Mr. Heinrich Brandt, from the rehabilitation team.

- Diagnosis on admission: right middle cerebral artery infarction with left hemiparesis
  and mild left-sided neglect.
- FIM (motor) has improved from 38 on admission to 61 this week; cognitive FIM from 24 to 29.
- He now walks about 40 m with a quad cane and supervision. Stairs are not yet safe.
- Swallowing is normal; he is on a regular diet.

We are aiming for discharge around the end of November. Because his wife lives alone,
we would like to discuss home care services and a possible short stay at a care facility.
Could you join a video meeting on 6 November at 9:00 (Japan time)?

Kind regards,

Sayaka Nishina, PT
Rehabilitation Department, Hinode Rehabilitation Hospital
Hinode Sangyo Co., Ltd.

{DISCLAIMER_EN}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="English mail to a free-mail family member: named patient's stroke diagnosis and FIM",
)

# 028 — one business contact (the new care manager) handed over to the contractor
add(
    sender=MAKABE,
    to=["小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="案件R-2410-07 ケアマネ変更のご連絡",
    charset="cp932",
    body=f"""小野寺様

お世話になります。真壁です。
案件番号 R-2410-07（手すり設置・段差解消）の件、担当ケアマネジャーが変更になりました。
今後の理由書作成や見積りのやり取りは、下記の方にお願いします。

　ひだまり居宅介護支援事業所
　主任介護支援専門員　三ツ矢 直子 さん
　TEL 048-833-9021（事業所）／ 080-6627-1045（業務用携帯）
　mitsuya@hidamari-kyotaku.com

前任の方からの引継ぎは済んでいるそうです。

{SIG_MAKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="one care manager's business contact details, no patient data",
)

# 029 — discharge conference minutes (DOCX) with dementia test scores and medication
add(
    sender=OKOCHI,
    to=["宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="退院前カンファレンス議事録（四月一日様）",
    charset="utf-8",
    body=f"""宮坂様

本日はお忙しいところカンファレンスにご参加いただきありがとうございました。
議事録をお送りします。修正点がありましたらお知らせください。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "docx", "name": "退院前カンファレンス議事録_1022.docx",
                  "title": "退院前カンファレンス議事録",
                  "paragraphs": [
                      "退院前カンファレンス議事録",
                      "日時：10月22日 15:00〜16:00　場所：当院 カンファレンスルームB",
                      "対象：四月一日 恵美子 様（わたぬき えみこ）77歳",
                      "出席：長男様、宮坂CM（ケアプランセンターかぜ）、主治医、大河内、仁科",
                      "1. 病状：廃用症候群。入院中の HDS-R は 18/30 点で、アルツハイマー型認知症の疑いあり。"
                      "退院後に物忘れ外来受診の予定。",
                      "2. 服薬：ドネペジル 5mg、ランソプラゾール 15mg、酸化マグネシウム。一包化済み。",
                      "3. ADL：屋内伝い歩き自立、入浴は一部介助。",
                      "4. サービス：通所リハ 週2回、訪問介護（服薬確認）週3回を検討。",
                  ],
                  "tables": [[["項目", "入院時", "現在"], ["FIM運動", "40", "55"],
                              ["FIM認知", "19", "21"], ["HDS-R", "16", "18"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX minutes to an external CM: named patient's suspected dementia, HDS-R, medication",
)

# 030 — look-alike of the organisation's own domain (hinode-sangyou.co.jp)
add(
    sender=KIRYU,
    to=["蔵前 奈緒 <kuramae.nao@hinode-sangyou.co.jp>"],
    subject="Re: 来週の病棟カンファ時間変更",
    charset="iso-2022-jp",
    body=f"""蔵前師長

桐生です。承知しました。
来週のカンファは水曜 15:30 からに変更で、連携室からは私と相楽が出ます。
判定会議と重なる場合はまたご相談させてください。

{SIG_KIRYU}

> 桐生さん
> 来週のカンファ、病棟の都合で15:30開始にずらしてもいいですか？
> 蔵前
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain hinode-sangyou.co.jp is a look-alike (letter added) of the own domain",
)

# 031 — My Number internally to the medical affairs section (internal only)
add(
    sender=SAGARA,
    to=[USAMI],
    subject="限度額認定の申請書（鷲尾様）マイナンバー控え",
    charset="cp932",
    body=f"""宇佐美さん

相楽です。鷲尾トミ子さんの限度額適用認定の件、長女さんから個人番号を聞き取りました。
申請書の作成をお願いします。

　鷲尾 トミ子さん　個人番号 {mn(2)}
　（長女 鷲尾 真理子さん 代理申請）

原本確認はマイナンバーカードで済んでいます。
控えは連携室の鍵付きキャビネットに入れておきます。

相楽
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Number sent only to an internal colleague: internal mail passes whatever it carries",
)

# 032 — refund transfers that failed: six persons' bank accounts to the partner bank
_b032 = [["No", "受取人（カナ）", "銀行", "支店", "種別", "口座番号", "金額"]]
for i, (kana, bank, br) in enumerate([
        ("ワシオ マリコ", "みどり銀行", "浦和支店"), ("ハセベ カズコ", "武蔵野信用金庫", "南浦和支店"),
        ("クモイ リサ", "みどり銀行", "川口支店"), ("ヒヤマ ヨシオ", "ゆうちょ銀行", "〇一八店"),
        ("トウカイリン ミチコ", "さいたま中央銀行", "蕨支店"), ("ウラカミ タケシ", "みどり銀行", "戸田支店")], 1):
    _b032.append([str(i), kana, bank, br, "普通", f"{rng.randrange(1000000, 9999999)}",
                  f"{rng.choice([30000, 50000, 100000, 12840, 8600])}"])
add(
    sender=USAMI,
    to=["みどり銀行 法人営業部 石黒様 <ishiguro.t@midori-ginko.co.jp>"],
    subject="入院保証金返金の総合振込 エラー分について",
    charset="utf-8",
    body=f"""みどり銀行 法人営業部
石黒 様

いつもお世話になっております。日の出産業株式会社 医事課の宇佐美です。
10/20 に依頼した入院保証金返金の総合振込のうち、下記6件が「口座不明」で戻ってきました。
当方の控えは以下のとおりです。どこが誤っているかご確認いただけますでしょうか。

{padded(_b032)}

お手数ですがよろしくお願いいたします。

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six private persons' bank accounts (a list) to an external bank",
)

# 033 — PPTX bed-management plan stamped 社外秘 to the consultant
add(
    sender=SAOTOME,
    to=["菅野 様 <kanno@medvision-consulting.co.jp>"],
    subject="病床運営計画（案）のご確認",
    charset="iso-2022-jp",
    body=f"""菅野様

お世話になっております。早乙女です。
来年度の病床運営計画（案）をお送りします。
12/3 の打合せまでにご覧いただき、ご意見をいただけますと幸いです。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "pptx", "name": "2027年度_病床運営計画_案.pptx",
                  "title": "2027年度 病床運営計画（案）", "page_footer": "社外秘",
                  "slides": [["【社外秘】2027年度 病床運営計画（案）", "日の出リハビリテーション病院",
                              "ヘルスケア事業本部 経営企画"],
                             ["現状", "回復期 120床（3病棟）・稼働率 91.4%",
                              "地域包括ケア病床 20床・稼働率 78.2%"],
                             ["方針", "4階を地域包括ケア病棟へ転換（40床）",
                              "回復期は 2病棟 80床＋入院料1 維持", "PT/OT 6名増員"],
                             ["収支見込み", "転換初年度 ▲2,400万円、3年目 +5,100万円"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attachment stamped 社外秘 (title slide and footer) sent to an external consultant",
)

# 034 — partner 青葉運輸: tracking numbers for equipment between hospitals
add(
    sender=MAKABE,
    to=["青葉運輸 さいたま営業所 <saitama@aoba-unyu.co.jp>"],
    subject="配送状況の確認（歩行器・平行棒部材）",
    charset="cp932",
    body=f"""青葉運輸株式会社 さいたま営業所 御中

お世話になります。日の出リハビリテーション病院 リハビリ科の真壁です。
10/23 に発送をお願いした備品2口について、配送状況を教えてください。

　お問合せ番号　4412-8830-5521　歩行器（2台）　→ 清涼会 あさひ病院 リハ室
　お問合せ番号　4412-8830-5538　平行棒部材　　 → 同上

先方から「まだ届いていない」と連絡がありました。
再配達が必要な場合は 11/1 午前指定でお願いします。

{SIG_MAKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="partner carrier, tracking numbers and equipment only",
)

# 035 — corrupt XLSX to the rental vendor
add(
    sender=MAKABE,
    to=["ふくしレンタル 真田様 <sanada@fukushi-rental.co.jp>"],
    subject="10月分 レンタル実績の照合ファイル",
    charset="utf-8",
    body=f"""真田様

お世話になっております。真壁です。
10月分のレンタル実績の照合ファイルを添付します。
差異がある行には黄色を付けています。ご確認お願いします。

{SIG_MAKABE}
""",
    attachments=[{"kind": "corrupt", "name": "レンタル実績照合_202610.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attachment is corrupt and cannot be inspected",
)

# 036 — reply to a care manager: quoted question, new text with discharge FIM + diagnosis
add(
    sender=OKOCHI,
    to=["三ツ矢 直子 <mitsuya@hidamari-kyotaku.com>"],
    subject="Re: 雲井様の退院予定について",
    charset="iso-2022-jp",
    body=f"""三ツ矢様

お世話になっております。大河内です。
雲井澄江さんは 10/31 退院で確定しました。

退院時の状態ですが、FIM は運動 62点／認知 28点です。
脳梗塞後の左片麻痺は残っていますが、屋内はT字杖で自立されています。
高血圧と心房細動で内服が続きますので、服薬カレンダーの導入をご検討ください。
入浴は一部介助が必要なため、通所での入浴を入れていただけると安心です。

住宅改修（手すり・上がり框の踏み台）は 10/29 に完了予定と匠住宅リフォームさんから聞いています。

{SIG_OKOCHI}

> 大河内様
> 雲井様の退院日は決まりましたでしょうか。
> サービス担当者会議の日程を組みたいので、分かり次第お知らせください。
> ひだまり居宅 三ツ矢
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the new (unquoted) text gives a named patient's FIM, hemiplegia and medication to a CM",
)

# 037 — blank referral form (labels only) to an acute hospital
add(
    sender=SAOTOME,
    to=["東浦和脳神経外科病院 医療相談室 <soudan@higashiurawa-ns.jp>"],
    subject="転院依頼書の新様式について",
    charset="cp932",
    body=f"""東浦和脳神経外科病院
医療相談室 御中

いつもお世話になっております。日の出リハビリテーション病院 地域連携室の早乙女です。
11月1日より、当院への転院依頼書の様式を一部変更いたします。
新様式（Word）を添付いたしますので、以後はこちらをご利用ください。

主な変更点
　・「FIM（運動／認知）」欄と「嚥下の状態（学会分類）」欄を追加
　・「キーパーソン」欄を「主たる介護者」に変更
　・感染症の記入欄をチェック式に変更

旧様式でいただいた場合も受付いたしますのでご安心ください。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "転院依頼書_2026年11月版.docx",
                  "title": "回復期リハビリテーション病棟 転院依頼書",
                  "paragraphs": ["回復期リハビリテーション病棟 転院依頼書（2026年11月版）",
                                 "※ 太枠内をご記入のうえ、FAX 048-851-7719 または連携システムでお送りください。"],
                  "tables": [[["患者氏名", "", "性別", "男・女"],
                              ["生年月日", "明・大・昭・平　　年　　月　　日", "年齢", "　　歳"],
                              ["住所", "", "電話", ""],
                              ["診断名", "", "発症日／手術日", ""],
                              ["FIM（運動／認知）", "　　／　　", "嚥下（学会分類）", ""],
                              ["主たる介護者", "", "続柄", ""],
                              ["感染症", "□MRSA □HBV □HCV □その他（　　）", "", ""]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="a blank form: field labels (氏名, 生年月日, 診断名) with no one's data",
)

# 038 — tab-separated family contacts for six patients to the community support centre
_t038 = ["患者氏名\t続柄\tご家族氏名\t電話番号"]
for pt, rel, fam in [("檜山 義男", "長男", "檜山 浩二"), ("雲井 澄江", "長女", "雲井 理沙"),
                     ("東海林 正", "妻", "東海林 道子"), ("浦上 節子", "夫", "浦上 武"),
                     ("柊 ハル", "長男", "柊 健一"), ("小鳥遊 誠一", "妻", "小鳥遊 悦子")]:
    _t038.append(f"{pt}\t{rel}\t{fam}\t{mobile()}")
add(
    sender=SAGARA,
    to=["星崎市南部地域包括支援センター <nanbu-houkatsu@city.hoshizaki.lg.jp>"],
    subject="見守り対象の方のご家族連絡先",
    charset="utf-8",
    body="""南部地域包括支援センター
ご担当 様

お世話になっております。日の出リハの相楽です。
先日の地域ケア会議でお話のあった、退院後に見守りをお願いしたい方々の
ご家族の連絡先です（Excelから貼り付けています）。

""" + "\n".join(_t038) + f"""

いずれも11月中の退院予定です。よろしくお願いします。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of six patients with family names and phones to an external centre",
)

# 039 — kana names + 和暦 DOB in full-width digits, seven rows, to a care office
_r039 = [["氏名（カナ）", "生年月日", "退院予定日", "担当CM"]]
for kana in ["アキバ　キヨ", "イマイズミ　ススム", "ウジ　トメ", "エガシラ　ヒロシ",
             "オオヤギ　フサエ", "カドワキ　ミツオ", "ヌマタ　シズエ"]:
    y, m, d = rng.randint(6, 22), rng.randint(1, 12), rng.randint(1, 28)
    _r039.append([kana, zen(f"S{y}.{m}.{d}"), zen(f"11/{rng.randint(2, 27)}"),
                  rng.choice(["三ツ矢", "佐伯", "未定"])])
add(
    sender=KIRYU,
    to=["ひだまり居宅介護支援事業所 <info@hidamari-kyotaku.com>"],
    subject="11月退院予定の方（貴事業所ご担当分）",
    charset="cp932",
    body=f"""ひだまり居宅介護支援事業所
管理者 佐伯様

いつもお世話になります。桐生です。
11月に退院予定で、貴事業所にケアプランをお願いしている（またはお願いしたい）方の一覧です。

{padded(_r039, fill="　", gap=2, rule="―")}

「未定」の方は、担当者を決めていただけましたらご連絡ください。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="seven people (kana names, 和暦 full-width DOBs) as a padded list to an external office",
)

# 040 — English vendor mail about a gait trainer (no person)
add(
    sender=NISHINA,
    to=["Laura Stein <l.stein@ergowalk-robotics.com>"],
    cc=["makabe.toru@hinode-sangyo.co.jp"],
    subject="RE: Demo of the EW-300 gait trainer",
    charset="utf-8",
    body=f"""Dear Ms. Stein,

Thank you for the quotation (Q-2026-1184) for the EW-300 robotic gait trainer.

We would like to arrange an on-site demonstration in our rehabilitation gym.
Possible dates are 17, 18 or 20 November, any time between 13:00 and 16:00.
Please let us know:
  1. the floor space and power supply required (we have 200 V outlets in the gym),
  2. whether the price includes the annual maintenance contract (EW-MNT-01),
  3. the lead time after order.

Best regards,
Sayaka Nishina
Chief Physical Therapist, Hinode Rehabilitation Hospital
Tel +81-48-851-7700

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English vendor mail with quotation and product codes; internal Cc",
)

# 041 — basic pension number and disability to a social-insurance office
add(
    sender=SAGARA,
    to=["柳田社会保険労務士事務所 柳田先生 <office@yanagida-sr.jp>"],
    subject="障害年金請求のご相談（ご紹介）",
    charset="iso-2022-jp",
    body=f"""柳田社会保険労務士事務所
柳田 先生

いつもお世話になっております。日の出リハビリテーション病院 MSWの相楽です。
障害年金の請求について、当院の入院患者様をご紹介させてください。

石動 修さん（58歳）は、昨年から若年性のパーキンソン病と診断されていたところ、
今年6月に転倒して頸髄損傷となり、現在は車椅子生活です。身体障害者手帳は申請中です。
会社は休職中で、ご本人は初診日の特定に不安があるとのことです。

基礎年金番号は {zen('4108-572316')} と伺っています（年金手帳で確認済み）。
ご本人の了解を得ておりますので、一度面談のお時間をいただけますでしょうか。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's 基礎年金番号 with Parkinson's and spinal injury to an external office",
)

# 042 — two external organisations in To: a study-meeting date
add(
    sender=SAOTOME,
    to=["篠原 美紀 <shinohara.m@minato-chuo-hp.or.jp>", "宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="合同勉強会（急性期・回復期・在宅）の日程",
    charset="cp932",
    body=f"""港中央病院 篠原様
ケアプランセンターかぜ 宮坂様

お世話になっております。早乙女です。
先日お話しした三者合同の勉強会、日程案をお送りします。

　テーマ：「退院後1か月の再入院を減らすには」
　日時案：12月9日 18:30〜20:00（オンライン併用）
　会場　：当院 2階 多目的ホール

それぞれの立場から15分ずつ事例（個人が特定されない形で）をご紹介いただければと思います。
ご都合はいかがでしょうか。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To (normal three-way meeting mail), no personal data",
)

# 043 — residence card number to an interpreter agency
add(
    sender=KIRYU,
    to=["メディリンゴ 通訳手配係 <haichi@medi-lingo.jp>"],
    subject="ベトナム語 医療通訳のご依頼（11/5）",
    charset="utf-8",
    body=f"""メディリンゴ株式会社
通訳手配係 ご担当者様

お世話になっております。日の出リハビリテーション病院 地域連携室の桐生です。
下記のとおりベトナム語の医療通訳をお願いしたく、ご連絡いたしました。

　日時：11月5日 13:30〜15:00（退院前の説明・家屋改修のご説明）
　場所：当院 1階 相談室1
　対象：NGUYEN VAN HUNG（グエン・ヴァン・フン）様　34歳
　在留カード番号：QK27380415EA（在留資格：技能実習）
　同席：勤務先の監理団体の方 1名

御社の規定で事前に在留カードの情報が必要とのことでしたので記載しております。
お見積りもあわせてお送りいただけますと幸いです。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named patient's 在留カード number to an external agency",
)

# 044 — EITHER: a case consult by initials and age band to a PT at another hospital
add(
    sender=NISHINA,
    to=["桜ヶ丘記念病院 リハビリテーション科 浅見様 <asami.pt@sakuragaoka-kinen.or.jp>"],
    subject="症例のご相談（研究会前に）",
    charset="iso-2022-jp",
    body=f"""浅見さん

お疲れさまです。日の出リハの仁科です。
来月の研究会で出そうと思っている症例について、事前に少し意見をください。

　K.S.さん　70代男性
　右被殻出血、発症後6週で当院へ。左片麻痺（Brs 上肢III・手指II・下肢IV）
　FIM 運動 35 → 現在 58、認知 27 → 30
　装具：KAFO から AFO へ移行中

膝折れが残っていて、AFO に切り替えるタイミングを悩んでいます。
浅見さんのところではどういう基準で切り替えていますか？

{SIG_NISHINA}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="clinical details of one case identified only by initials and age band: identifiable or not is arguable",
)

# 045 — passport number (patient without Japanese insurance) to an insurer
add(
    sender=USAMI,
    to=["東和損害保険 海外旅行保険 保険金サービス課 <claim-travel@towa-sonpo.co.jp>"],
    subject="保険金請求書類の送付（海外旅行保険・入院）",
    charset="iso-2022-jp",
    body=f"""東和損害保険株式会社
保険金サービス課 御中

お世話になっております。日の出リハビリテーション病院 医事課の宇佐美と申します。
当院に入院中の患者様の保険金請求につきまして、必要事項をお知らせいたします。

　被保険者：浅葱 隆史（アサギ タカシ）様
　生年月日：1961年7月14日
　旅券番号：TR4830217
　証券番号：TT-26-00918452
　傷病名　：脳梗塞（左放線冠）、右不全麻痺
　入院期間：急性期 9/12〜10/3（港中央病院）、当院 10/3〜入院中

シンガポール在住で一時帰国中の発症のため、国内の公的保険に加入されておりません。
診断書（当院様式）は郵送いたします。

{SIG_USAMI}
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="passport number, DOB and stroke diagnosis of a named patient to an external insurer",
)

# 046 — a training invitation that only mentions 機密 as a topic
add(
    sender=SAOTOME,
    to=["研修ナビ 法人研修担当 <houjin@kenshu-navi.co.jp>"],
    subject="個人情報・機密情報の取扱い研修 お申込み",
    charset="utf-8",
    body=f"""研修ナビ株式会社
法人研修ご担当者様

お世話になっております。日の出産業株式会社の早乙女です。
貴社の出張研修「医療機関における個人情報・機密情報の取扱い（基礎編）」について、
下記のとおり申し込みます。

　日時：12月16日 17:30〜19:00
　会場：日の出リハビリテーション病院 2階 多目的ホール
　対象：地域連携室・病棟・リハビリ科 職員 約40名
　特に扱ってほしい内容：メール誤送信の事例、FAX送信時の確認、家族への情報提供の範囲

請求書は研修後にお送りください。

{SIG_SAOTOME}

{DISCLAIMER}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the words 機密/個人情報 appear as a training topic and in the disclaimer, not as markings",
)

# 047 — driver's licence number and stroke details to a driving school (driving re-start)
add(
    sender=MAKABE,
    to=["南部自動車教習所 高齢者講習係 <koushu@nanbu-ds.co.jp>"],
    subject="運転再開に向けた実車評価のお願い",
    charset="cp932",
    body=f"""南部自動車教習所
高齢者講習係 ご担当者様

いつもお世話になっております。日の出リハビリテーション病院 作業療法士の真壁です。
運転再開を希望されている当院の患者様の実車評価をお願いします。

岩佐 茂さん（66歳）は、脳梗塞（右頭頂葉）で入院され、麻痺はほとんどありませんが
軽い左半側空間無視と注意障害が残っています。院内の机上検査（TMT-A 68秒、TMT-B 142秒）と
ドライビングシミュレーターの結果は添付のとおりです。

　運転免許証番号：第 302114567890 号（普通・AT限定なし）
　有効期限：令和9年8月14日まで

主治医の意見書は、実車評価の結果を見てから作成する予定です。

{SIG_MAKABE}
""",
    attachments=[{"kind": "txt", "name": "机上検査結果_岩佐様.txt", "encoding": "cp932",
                  "text": "机上検査結果（10/24実施）\n対象：岩佐 茂 様\nTMT-A：68秒\nTMT-B：142秒\n"
                          "BIT通常検査：131/146（カットオフ以下）\nSDSA：合格予測式 -0.42\n"
                          "所見：左側の見落としが散見される。\n"}],
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="driver's licence number and stroke sequelae of a named patient to an external school",
)

# 048 — 社外秘 document circulated internally only
add(
    sender=SAOTOME,
    to=["回復期病棟 師長会 <shichokai@mail.hinode-sangyo.co.jp>", KURAMAE],
    cc=[KIRYU],
    subject="【社外秘】診療報酬改定への対応方針（回復期）",
    charset="iso-2022-jp",
    body=f"""師長各位

早乙女です。来年度の診療報酬改定を見据えた回復期病棟の対応方針（案）です。
社外秘の扱いでお願いします。12/2 の師長会で議論します。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "改定対応方針_回復期_案.docx",
                  "page_header": "社外秘", "title": "改定対応方針（案）",
                  "paragraphs": ["診療報酬改定への対応方針（回復期リハビリテーション病棟）",
                                 "1. 入院料1の維持：実績指数40以上を継続、重症患者割合の確保",
                                 "2. 休日リハの提供体制：土日の PT・OT 出勤を各4名に",
                                 "3. 栄養管理：管理栄養士の病棟専任化"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 document, but every recipient is internal",
)

# 049 — unencrypted ZIP with a research CSV (DOB + diagnosis + FIM rows) to a university
_c049 = [["患者ID", "イニシャル", "生年月日", "性別", "疾患", "発症日", "FIM入院時", "FIM退院時"]]
for pid, ini, dx in [("R0231", "H.Y", "脳梗塞"), ("R0237", "W.T", "被殻出血"),
                     ("R0242", "K.S", "脳梗塞"), ("R0250", "S.T", "心原性脳塞栓"),
                     ("R0256", "U.S", "くも膜下出血"), ("R0261", "D.K", "視床出血"),
                     ("R0266", "M.S", "脳梗塞"), ("R0270", "N.V", "小脳出血")]:
    _, iso = showa_dob(10, 30)
    a = rng.randint(40, 75)
    _c049.append([pid, ini, iso, rng.choice(["M", "F"]), dx, f"2026/{rng.randint(5, 8)}/{rng.randint(1, 28)}",
                  a, a + rng.randint(10, 35)])
add(
    sender=NISHINA,
    to=["日向大学 リハビリテーション医学教室 <reha-lab@hyuga-u.ac.jp>"],
    subject="共同研究データ（脳卒中 8例）の送付",
    charset="utf-8",
    body=f"""日向大学 リハビリテーション医学教室
研究事務ご担当者様

お世話になっております。日の出リハの仁科です。
共同研究「回復期脳卒中患者のFIM利得の予測」の当院分データ（8例）を送付します。
ZIPの中にCSVが1つ入っています。

データクリーニングでご不明な点があればお知らせください。

{SIG_NISHINA}
""",
    attachments=[{"kind": "zip", "name": "hinode_stroke_8cases.zip",
                  "files": [{"kind": "csv", "name": "hinode_stroke_8cases.csv",
                             "encoding": "utf-8", "rows": _c049}]}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="eight patient rows with full dates of birth, diagnoses and FIM (inside a ZIP) to a university",
)

# 050 — English reply to the family on outlook.com; the medical details are only quoted
add(
    sender=NISHINA,
    to=["Michael Brandt <m.brandt.family@outlook.com>"],
    subject="Re: Update on your father's rehabilitation",
    charset="utf-8",
    body=f"""Dear Mr. Brandt,

Thank you for your reply. 6 November at 9:00 (Japan time) is confirmed; our medical
social worker will send you the video link the day before.

Regarding your question about the hospital bill: the accounts office will send the
October statement by post to your mother's address. Payment can be made by bank
transfer or at the cashier on the ground floor.

Kind regards,
Sayaka Nishina

On Tue, 28 Oct 2026 at 21:14, Michael Brandt <m.brandt.family@outlook.com> wrote:
> Dear Ms. Nishina,
> Thank you very much. I can join on 6 November.
> Could you also tell me how the hospital bill will be paid?
>
>> - Diagnosis on admission: right middle cerebral artery infarction with left hemiparesis
>>   and mild left-sided neglect.
>> - FIM (motor) has improved from 38 on admission to 61 this week.
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient; the diagnosis is only in quoted text, new text is billing",
)

# 051 — forwarded as an attached .eml: the CM's mail with patient details, to a contractor
add(
    sender=MAKABE,
    to=["あんしん住環境 工事部 <koji@anshin-jukankyo.jp>"],
    subject="FW: 住宅改修の相談（浦上様）",
    charset="cp932",
    body=f"""あんしん住環境 工事部
ご担当者様

お世話になります。日の出リハの真壁です。
ケアマネジャーさんから届いた相談メールを添付で転送します。
内容をご確認のうえ、現地調査の候補日をいただけますか。

{SIG_MAKABE}
""",
    attachments=[{"kind": "eml", "name": "住宅改修の相談（浦上様）.eml",
                  "message": {
                      "sender": "宮坂 亜希 <miyasaka@kaze-care.jp>",
                      "to": [MAKABE],
                      "subject": "住宅改修の相談（浦上様）",
                      "charset": "iso-2022-jp",
                      "body": """真壁さん

ケアプランセンターかぜの宮坂です。
浦上節子さん（78歳）の住宅改修の件でご相談です。

ご自宅：埼玉県川口市青木3-15-8（築40年の木造2階建て）
ご主人（浦上 武さん 090-3318-6672）と二人暮らしです。

くも膜下出血のあと、右の麻痺と高次脳機能障害（注意障害・記憶障害）が残っていて、
トイレの場所を忘れてしまうこともあるそうです。
寝室を1階に移し、寝室からトイレまでの動線に手すりを付けたいと考えています。

業者さんのご紹介をお願いできますか。
宮坂""",
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward as attached mail: new to the contractor, with address, phone and brain-injury sequelae",
)

# 052 — two external organisations coordinate a delivery; no personal data
add(
    sender=MAKABE,
    to=["真田 様 <sanada@fukushi-rental.co.jp>", "小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="中村様邸 ベッド搬入と手すり工事の順番",
    charset="iso-2022-jp",
    body=f"""ふくしレンタル 真田様
匠住宅リフォーム 小野寺様

お世話になっております。真壁です。
中村様邸の件、作業の順番を整理させてください。

　11/18（水）午前　小野寺様：寝室〜廊下の手すり取付け
　11/18（水）午後　真田様：介護ベッド搬入・設置（手すり工事完了後）

ベッドの位置は手すりの位置に合わせて決めたいので、午後は小野寺様にも30分ほど
残っていただけると助かります。鍵はご家族が立ち会われます。

{SIG_MAKABE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external companies in To; a surname and work dates only, no personal records",
)

# 053 — referring hospitals' liaison offices (a business list), as an HTML attachment
_h053 = "".join(
    f"<tr><td>{n}</td><td>{d}</td><td>{t}</td><td>{f}</td><td>{c}</td></tr>"
    for n, d, t, f, c in [
        ("港中央病院", "地域医療連携室", "048-861-1100", "048-861-1109", 64),
        ("県立北総合医療センター", "患者支援センター", "048-722-3300", "048-722-3319", 41),
        ("東浦和脳神経外科病院", "医療相談室", "048-875-2020", "048-875-2021", 38),
        ("日向大学医学部附属病院", "患者支援センター", "048-940-5511", "048-940-5520", 22),
        ("桜ヶ丘記念病院", "地域連携室", "048-831-7777", "048-831-7770", 17),
        ("川口整形外科クリニック", "受付", "048-256-3141", "048-256-3142", 9),
    ])
add(
    sender=SAOTOME,
    to=["菅野 様 <kanno@medvision-consulting.co.jp>"],
    subject="紹介元医療機関の一覧（上期）",
    charset="utf-8",
    body=f"""菅野様

早乙女です。お問い合わせのあった紹介元医療機関の一覧（上期の紹介件数つき）を
HTMLで添付します。連絡先は各病院の連携窓口の代表番号です。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "html", "name": "紹介元一覧_上期.html",
                  "html": "<html><body><h3>紹介元医療機関（2026年度上期）</h3>"
                          "<table border=1><tr><th>医療機関</th><th>窓口</th><th>TEL</th><th>FAX</th>"
                          f"<th>紹介件数</th></tr>{_h053}</table></body></html>"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hospitals with switchboard numbers: businesses, not people",
)

# 054 — look-alike of partner 北国フーズ (kitaguni-food.co.jp: 's' dropped)
add(
    sender=NISHINA,
    to=["北国フーズ 受注係 <order@kitaguni-food.co.jp>"],
    subject="11月分 治療食・嚥下調整食 発注",
    charset="cp932",
    body=f"""北国フーズ株式会社
受注係 御中

いつもお世話になっております。日の出リハビリテーション病院の仁科です。
11月分の発注をお願いいたします。

　品番　　　　　品名　　　　　　　　　　　数量
　KF-ENG-0312　ムース食 鶏肉　　　　　　　　120
　KF-ENG-0418　ゼリー飲料 りんご　　　　　　200
　KF-LSD-1102　減塩だし（6g×50）　　　　　　 10

納品は11/2 午前、栄養科 搬入口までお願いします。

{SIG_NISHINA}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp is a look-alike (letter dropped) of partner kitaguni-foods.co.jp",
)

# 055 — mental-health details of one person in running text, no labels
add(
    sender=OKOCHI,
    to=["訪問リハビリ さくらんぼ 井出さん <ide@sakuranbo-houmonreha.jp>"],
    subject="先日の件",
    charset="iso-2022-jp",
    body=f"""井出さん

お疲れさまです、大河内です。先日電話でご相談した件です。

山際さん（82）ですが、結局入院中にうつ症状がかなり強くなってしまって、
精神科の先生からセルトラリンが出ています。夜も眠れていないようで、
奥さんも「家に帰ってからが心配」とのことでした。

退院後の訪問リハでは、身体面よりもまず生活リズムと気分の様子を見ていただけると
ありがたいです。退院は11/14の予定です。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="depression and psychiatric medication of a named person in plain running text, external",
)

# 056 — product list with long TAIS / JAN codes (numbers that are not personal data)
_p056 = [["福祉用具 取扱品目一覧（病棟デモ用）"],
         ["TAISコード", "JANコード", "品名", "メーカー型番", "月額"]]
for tais, jan, name, model, fee in [
        ("00170-000452", "4589634210457", "3モーター介護ベッド", "HB-3M91", 12000),
        ("00170-000618", "4589634210618", "エアマットレス", "AM-S200", 6800),
        ("01044-000093", "4975231090931", "自走式車いす 軽量", "WC-LT40", 5500),
        ("01044-000127", "4975231101279", "ティルト車いす", "WC-TR42", 13000),
        ("00295-000041", "4901874300415", "四輪歩行器", "WK-4A", 3500),
        ("00388-000210", "4547328002106", "据置型手すり", "TS-SET2", 3000),
        ("00388-000255", "4547328002557", "スロープ 2m", "SL-200", 4000)]:
    _p056.append([tais, jan, name, model, fee])
add(
    sender=MAKABE,
    to=["ケアメイト 商品企画 <shohin@care-mate.co.jp>"],
    subject="デモ機リストの確認",
    charset="cp932",
    body=f"""ケアメイト株式会社
商品企画 ご担当者様

お世話になっております。真壁です。
病棟で家族向けに展示するデモ機のリストを作りました。
JANコード・型番に誤りがないか確認をお願いします。

{SIG_MAKABE}
""",
    attachments=[{"kind": "xlsx", "name": "デモ機リスト.xlsx",
                  "sheets": {"デモ機": _p056, "備考": [["展示期間", "11/1〜11/30"],
                                                      ["設置場所", "1階 家族相談コーナー"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes (TAIS, 13-digit JAN) and prices: numbers that are not personal data",
)

# 057 — PDF waiting list of ten patients to a sister hospital of another corporation
_t057 = [["No", "氏名", "年齢", "紹介元", "疾患", "発症日", "待機日数"]]
for i in range(1, 11):
    nm, _ = person()
    _t057.append([str(i), nm, str(rng.randint(62, 93)),
                  rng.choice(["港中央", "北総合", "東浦和脳外", "日向大"]),
                  rng.choice(["脳梗塞", "脳出血", "大腿骨頸部骨折", "腰椎圧迫骨折", "廃用症候群",
                              "くも膜下出血", "脊髄損傷"]),
                  f"{rng.randint(8, 10)}/{rng.randint(1, 28)}", str(rng.randint(3, 21))])
add(
    sender=SAOTOME,
    to=["医療法人清涼会 あさひ病院 地域連携室 <renkei@seiryokai.or.jp>"],
    subject="入院待機患者の受入れご協力のお願い",
    charset="utf-8",
    body=f"""医療法人清涼会 あさひ病院
地域連携室 御中

いつもお世話になっております。日の出リハビリテーション病院の早乙女です。
当院の回復期病棟が満床続きで、急性期からの転院待機が長くなっております。
貴院で受入れ可能な方がいらっしゃれば、ぜひご協力をお願いしたく、
待機中の方の一覧（PDF）をお送りします。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "pdf", "name": "入院待機患者一覧_1026.pdf",
                  "title": "入院待機患者一覧", "lines": ["回復期リハビリテーション病棟 入院待機患者一覧（10/26現在）", ""],
                  "table": _t057}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF list of ten named patients with diagnoses to another (external) hospital",
)

# 058 — invoice reply with the contractor's T-number (a company, not a person)
_t058 = "T" + corp_no("301100482715")
add(
    sender=USAMI,
    to=["匠住宅リフォーム 経理ご担当 <keiri@takumi-reform.co.jp>"],
    subject="Re: 請求書送付のご案内（10月分）",
    charset="iso-2022-jp",
    body=f"""匠住宅リフォーム株式会社
経理ご担当者様

お世話になっております。日の出産業株式会社 医事課の宇佐美です。
10月分の請求書（No. TR-202610-0331、金額 286,000円）を受領いたしました。

登録番号 {_t058} の記載も確認できましたので、11月末日に
ご指定の口座（みどり銀行 川口支店 当座 0048213 タクミジュウタクリフォーム(カ)）へ
お振込みいたします。

{SIG_USAMI}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice number, the company's T-number and its corporate bank account: business data",
)

# 059 — 部外秘 incident report to the liability insurer (fall and fracture of a patient)
add(
    sender=SAOTOME,
    to=["東和損害保険 医療機関賠償 担当 <iryo-baisho@towa-sonpo.co.jp>"],
    subject="【部外秘】院内転倒事故のご報告（第一報）",
    charset="cp932",
    body=f"""東和損害保険株式会社
医療機関賠償責任保険 ご担当者様

【部外秘】

お世話になっております。日の出産業株式会社 日の出リハビリテーション病院の早乙女です。
病院賠償責任保険の事故報告（第一報）をお送りいたします。

　発生日時：10月25日 5:40頃
　発生場所：3階東病棟 個室トイレ
　対象者　：芹沢 房江 様（86歳）
　状況　　：夜間に一人でトイレへ行こうとして転倒。レントゲンで左橈骨遠位端骨折を確認。
　　　　　　入院中の病名は脳梗塞・認知症で、離床センサーは作動していたが駆け付けが遅れた。
　対応　　：整形外科で保存的加療。ご家族（長女様）へは当日説明済み。

ご家族から損害賠償の申し出があるかは現時点で不明です。今後の手続きをご教示ください。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="marked 部外秘 and gives a named patient's injury and diagnoses to an external insurer",
)

# 060 — internal CSV of thirty outpatients for the transport team
_c060 = [["利用者ID", "氏名", "住所", "電話", "曜日", "迎え時刻"]]
for i in range(30):
    nm, _ = person()
    _c060.append([f"OP-{4100 + i}", nm, address(), mobile(), rng.choice(["月木", "火金", "水土", "月水金"]),
                  f"{rng.choice([8, 9])}:{rng.choice(['00', '15', '30', '45'])}"])
add(
    sender=SAGARA,
    to=["送迎チーム <sougei@mail.hinode-sangyo.co.jp>"],
    subject="外来リハ送迎 12月ルート用名簿",
    charset="utf-8",
    body="""送迎チームの皆さま

相楽です。12月からの送迎ルート作成用の名簿です（30名）。
新規の方は利用者IDが OP-4125 以降です。住所の変更が2件あるのでご注意ください。

相楽
""",
    attachments=[{"kind": "csv", "name": "送迎名簿_12月.csv", "encoding": "utf-8", "rows": _c060}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="a 30-person roster, but sent to an internal team only",
)

# 061 — partner law firm: an aspiration incident and the family's complaint
add(
    sender=SAOTOME,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="ご相談（誤嚥事故とご家族からの申入れ）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の早乙女です。
回復期病棟で発生した事案について、ご相談させてください。

入院中の 笠原 弘 様（83歳、脳梗塞後の嚥下障害あり）が、10月9日の昼食時に
ムース食を誤嚥し、その後 誤嚥性肺炎を発症して港中央病院へ転院となりました。
現在は回復傾向と聞いていますが、ご長男から「食形態の判断に誤りがあった」として
書面での説明と謝罪を求められております。

経過記録と当日の食事介助の記録は整理済みです。
面談の候補日をいただけますでしょうか。

{SIG_SAOTOME}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="partner is still external: named patient's dysphagia, aspiration pneumonia and stroke",
)

# 062 — four volunteers with their mobile numbers to an event company (1–4 people)
add(
    sender=KURAMAE,
    to=["まつり企画 担当 吉住様 <yoshizumi@matsuri-kikaku.co.jp>"],
    subject="病棟秋まつり 当日ボランティアの連絡先",
    charset="cp932",
    body=f"""まつり企画 吉住様

お世話になっております。3階東病棟の蔵前です。
11/3 の病棟秋まつり、当日お手伝いいただくボランティアの方の連絡先です。
搬入時の連絡用にお使いください。

　・小田切 正子さん　090-5521-8834（受付・案内）
　・米倉 大輔さん　　080-2219-4470（輪投げコーナー）
　・日暮 さつきさん　070-6613-0928（飲み物）
　・大八木 昭さん　　090-7745-2016（写真撮影）

設営は 9:30 から、1階ラウンジでお願いします。

{SIG_KURAMAE}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four people's names and mobiles to one external company: under five, may be warned",
)

# 063 — XLSX (title row, two sheets) of twelve patients' discharge status to the city centre
_x063 = [["退院調整状況一覧（10/27現在）　日の出リハビリテーション病院 地域連携室"],
         ["氏名", "生年月日", "主病名", "要介護度", "退院予定", "退院先", "キーパーソン連絡先"]]
for i in range(12):
    nm, sex = person()
    dob, _ = showa_dob(5, 25)
    _x063.append([nm, dob, rng.choice(["脳梗塞", "脳出血", "大腿骨頸部骨折", "腰部脊柱管狭窄症",
                                       "廃用症候群", "パーキンソン病", "頸髄損傷"]),
                  rng.choice(["申請中", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4"]),
                  f"11/{rng.randint(1, 30)}", rng.choice(["自宅", "自宅", "サ高住", "老健", "特養"]),
                  mobile()])
add(
    sender=SAGARA,
    to=["星崎市 高齢福祉課 地域包括ケア推進係 <houkatsu-care@city.hoshizaki.lg.jp>"],
    subject="【地域ケア会議資料】退院調整状況",
    charset="utf-8",
    body=f"""星崎市 高齢福祉課
地域包括ケア推進係 ご担当者様

お世話になっております。日の出リハの相楽です。
11/5 の地域ケア会議の資料として、当院の退院調整状況をお送りします。
2枚目のシートは各事業所の担当者一覧です。

{SIG_SAGARA}
""",
    attachments=[{"kind": "xlsx", "name": "退院調整状況_1027.xlsx", "title": "退院調整状況一覧",
                  "sheets": {"退院調整": _x063,
                             "担当事業所": [["事業所", "担当", "TEL"],
                                          ["ケアプランセンターかぜ", "宮坂", "048-862-3301"],
                                          ["ひだまり居宅介護支援事業所", "三ツ矢", "048-833-9021"],
                                          ["訪問看護ステーションあおぞら", "管理者", "048-866-1250"]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of twelve patients with DOB, diagnosis and contacts to an external city office",
)

# 064 — pamphlet proof from partner 錦印刷 (hospital contact numbers only)
add(
    sender=SAGARA,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="Re: 病棟案内パンフレット 初校",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 制作部
ご担当者様

お世話になっております。日の出リハの相楽です。
初校ありがとうございました。赤字を入れたPDFをお返しします。

・表紙の病院名のフォントを本文と揃えてください。
・裏表紙の電話番号：連携室直通は 048-851-7710 です（7701 になっています）。
・「1日最大9単位」の表記を「1日最大3時間」に変更。

再校は11/10頃にいただけると助かります。

{SIG_SAGARA}
""",
    attachments=[{"kind": "pdf", "name": "病棟案内_初校_赤字.pdf",
                  "lines": ["回復期リハビリテーション病棟のご案内（初校・赤字入り）",
                            "日の出リハビリテーション病院",
                            "ご相談窓口：地域連携室 TEL 048-851-7710 FAX 048-851-7719",
                            "面会時間 13:00〜19:00　　リハビリは1日最大3時間",
                            "〒338-0013 埼玉県さいたま市中央区鈴谷9-4-1"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="partner printer, pamphlet proof with the hospital's own contact details",
)

# 065 — English to an overseas patient coordinator: five inbound patients (romaji)
add(
    sender=KIRYU,
    to=["Priya Raman <priya.raman@medport-global.com>"],
    subject="Inbound rehabilitation patients - December admissions",
    charset="utf-8",
    body=f"""Dear Ms. Raman,

Thank you for your continued cooperation. Below are the five patients your office referred
for inpatient rehabilitation in December, with the details we hold. Please check that the
names and dates of birth match the passports before we issue the admission letters.

  Name                   DOB          Diagnosis                          Planned admission
  ---------------------  -----------  ---------------------------------  -----------------
  CHEN Wei-Ming          1958-03-21   Left MCA infarction, aphasia       2 Dec
  TAN Siew Ling          1949-11-07   Right hip fracture (post-op)       4 Dec
  Ahmad bin Rosli        1963-06-30   Spinal cord injury C5 (incomplete) 7 Dec
  NGUYEN Thi Mai         1971-01-15   Subarachnoid haemorrhage           9 Dec
  Somchai Wattanakul     1955-09-02   Parkinson's disease, falls         11 Dec

The estimated cost per patient is attached to our previous mail (quotation HR-Q-0412).

Best regards,
Maho Kiryu
Medical Social Worker, Regional Liaison Office
Hinode Rehabilitation Hospital (Hinode Sangyo Co., Ltd.)
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English list of five named patients with DOB and diagnoses to an external agency",
)

# 066 — one free-mail recipient: a PT student's ward visit
add(
    sender=NISHINA,
    to=["yuto.pt.student@gmail.com"],
    subject="病院見学の日程について",
    charset="cp932",
    body=f"""大和田 悠人 様

日の出リハビリテーション病院 リハビリテーション科の仁科です。
見学のお申込みありがとうございます。下記の日程でお待ちしております。

　日時：11月20日 9:30〜12:00
　集合：1階 総合受付前（「リハビリ科見学」とお伝えください）
　持ち物：上履き、筆記用具（白衣・ケーシーは不要です）

当日は回復期病棟のリハビリ見学と、PT・OT・ST の若手職員との座談会を予定しています。
患者様の個人情報に関わるため、院内での撮影はご遠慮ください。

{SIG_NISHINA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one free-mail recipient (a student), visit logistics only",
)

# 067 — the family carer's own illness (wife on dialysis) in running text
add(
    sender=KIRYU,
    to=["宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="檜山様 退院後の介護体制について",
    charset="iso-2022-jp",
    body=f"""宮坂さま

お世話になります。桐生です。
檜山義男さんの退院後の件で、一点共有させてください。

奥様の檜山 ミツさんですが、ご自身も慢性腎不全で週3回（月水金）透析に通われていて、
先日の面談でも「主人の入浴介助はとても無理」とおっしゃっていました。
透析の日は午後いっぱい不在になるので、その時間帯の見守りをどうするかが課題です。

短期入所の併用も含めて、サービス担当者会議でご検討いただけますでしょうか。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named family carer's chronic renal failure and dialysis (要配慮) to an external CM",
)

# 068 — reply under -----Original Message-----: the CM's list is only quoted
add(
    sender=OKOCHI,
    to=["三ツ矢 直子 <mitsuya@hidamari-kyotaku.com>"],
    subject="RE: 12月退院見込みの方の件",
    charset="utf-8",
    body=f"""三ツ矢様

お世話になっております。大河内です。
一覧ありがとうございます。受領しました。
病棟で確認のうえ、今週中に退院見込み日をお返しします。

{SIG_OKOCHI}

-----Original Message-----
From: 三ツ矢 直子 <mitsuya@hidamari-kyotaku.com>
Sent: Monday, November 2, 2026 9:12 AM
To: 大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>
Subject: 12月退院見込みの方の件

大河内様

当事業所の利用者で、現在貴院に入院中の方です。12月の退院見込みを教えてください。

・今泉 進 様（S12.4.3生）脳梗塞　090-2281-4453（長女）
・宇治 トメ 様（S8.10.21生）大腿骨頸部骨折　048-873-5521
・大須賀 光男 様（S20.1.9生）脊柱管狭窄症術後　080-4451-9920（妻）
・門脇 秀夫 様（S15.7.30生）脳出血　070-3318-2289（長男）
・沼田 静江 様（S11.12.2生）廃用症候群　048-862-0417

ひだまり居宅 三ツ矢
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the five-person list is only in quoted text from the recipient; new text is an acknowledgement",
)

# 069 — PPTX case presentation with a named patient, to an external study group
add(
    sender=MAKABE,
    to=["回復期リハ研究会 事務局 <jimukyoku@kaifuku-reha-kenkyukai.jp>"],
    subject="演題スライド提出（真壁・日の出リハ）",
    charset="cp932",
    body=f"""回復期リハ研究会 事務局 御中

お世話になっております。日の出リハビリテーション病院の真壁です。
12/6 の例会の演題スライドを提出いたします。
発表時間は7分で準備しています。よろしくお願いいたします。

{SIG_MAKABE}
""",
    attachments=[{"kind": "pptx", "name": "例会_真壁_症例報告.pptx",
                  "title": "重度失語症を呈した症例の自宅復帰",
                  "slides": [["重度失語症を呈した症例の自宅復帰に向けた OT 介入",
                              "日の出リハビリテーション病院 作業療法士 真壁 透"],
                             ["症例紹介", "浦上 節子 様　78歳 女性",
                              "診断：くも膜下出血（前交通動脈瘤破裂）、水頭症に対しVPシャント術",
                              "既往：高血圧、骨粗鬆症"],
                             ["評価（入院時→退院時）", "FIM 運動 20→45、認知 10→18",
                              "SLTA：聴く 40%→65%", "HDS-R 実施困難"],
                             ["考察", "環境調整とご主人への介助指導で自宅復帰が可能となった"]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="slides naming a patient with her diagnoses and scores, to an external study group",
)

# 070 — look-alike of the own domain (TLD swap .jp) AND patient data
add(
    sender=KURAMAE,
    to=["仁科 さやか <nishina.sayaka@hinode-sangyo.jp>"],
    subject="明日の病棟カンファ対象者",
    charset="utf-8",
    body=f"""仁科さん

蔵前です。明日のカンファ対象の4名です。リハの評価を準備しておいてください。

1) 檜山 義男さん　脳梗塞・右片麻痺　FIM 58/25　退院先：自宅（奥様透析中）
2) 長谷部 勝さん　右大腿骨頸部骨折　FIM 68/31　退院先：自宅
3) 御手洗 幸子さん　脳出血・失語　FIM 33/15　退院先：未定（施設検討）
4) 笠原 弘さん　脳梗塞・嚥下障害　→ 誤嚥性肺炎で転院中のため今回は経過報告のみ

{SIG_KURAMAE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp is a TLD-swap look-alike of the own domain; carries patients' diagnoses",
)

# 071 — FIM explained in general to a care manager (no person)
add(
    sender=NISHINA,
    to=["宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="FIMの見方について（資料）",
    charset="iso-2022-jp",
    body=f"""宮坂様

お世話になっております。仁科です。
先日ご質問いただいた「FIMの点数の見方」について、ケアマネジャーさん向けの説明資料を
作りましたのでお送りします。事業所内の勉強会でもお使いください。

ざっくり言うと、
　・7点＝完全自立、6点＝修正自立（補助具など）、5点＝見守り・準備
　・4点以下は介助量の多さを表します（4点：75%以上自分で、1点：25%未満）
　・運動13項目（91点満点）と認知5項目（35点満点）に分かれます
退院時の運動項目が 70点台なら屋内の生活はおおむね見守りで可能、というのが目安です。

{SIG_NISHINA}
""",
    attachments=[{"kind": "pdf", "name": "FIMの見方_ケアマネ向け.pdf",
                  "lines": ["FIM（機能的自立度評価法）の見方", "",
                            "採点：7 完全自立 / 6 修正自立 / 5 監視・準備 / 4 最小介助 / 3 中等度介助",
                            "　　　2 最大介助 / 1 全介助",
                            "運動項目：セルフケア6、排泄2、移乗3、移動2（13〜91点）",
                            "認知項目：コミュニケーション2、社会的認知3（5〜35点）",
                            "例）運動70点台：屋内生活はおおむね見守りで可能"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="general explanation of FIM scoring; no patient",
)

# 072 — creed: a Jehovah's Witness patient refusing transfusion, to an acute hospital
add(
    sender=KIRYU,
    to=["港中央病院 地域医療連携室 篠原様 <shinohara.m@minato-chuo-hp.or.jp>"],
    subject="再転院のお願い（神林 絹江様）",
    charset="cp932",
    body=f"""港中央病院 地域医療連携室
篠原様

いつもお世話になっております。日の出リハの桐生です。
先月貴院から転院された 神林 絹江 様（81歳）について、再転院のご相談です。

昨日から下血があり、Hb 7.2 まで低下しています。消化管出血の精査・加療をお願いしたく、
本日中の転院が可能かご検討いただけますでしょうか。

なお、ご本人はエホバの証人の信者で、輸血は拒否されています（無輸血治療の同意書あり）。
ご家族も同じ意向です。主治医からの紹介状は準備でき次第FAXいたします。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's religion (エホバの証人) and bleeding to an external hospital",
)

# 073 — EITHER: a name and a discharge date to the care manager, nothing medical
add(
    sender=OKOCHI,
    to=["宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="田中様 退院日",
    charset="utf-8",
    body=f"""宮坂さん

大河内です。田中 文子さん、来週月曜（11/16）の午前に退院で決まりました。
手すりの設置は先週完了済みと小野寺さんから伺っています。
初回のサービス担当者会議はご自宅で 11/17 14時でお願いできますか。

{SIG_OKOCHI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="only a name and discharge date to the CM: the fact of an inpatient stay may or may not be 要配慮",
)

# 074 — crime victim (assault) and brain injury of one patient, to a CM
add(
    sender=SAGARA,
    to=["ケアサポートみのり 管理者 戸田様 <toda@care-minori.jp>"],
    subject="新規ケアプランのご依頼（若年の方）",
    charset="iso-2022-jp",
    body=f"""ケアサポートみのり
戸田様

お世話になっております。日の出リハの相楽です。
新規でケアプランをお願いしたい方がいらっしゃいます。

鎌田 健一さん（41歳）は、7月に駅前で暴行事件の被害に遭い、急性硬膜下血腫で開頭術を
受けられました。現在は外傷性脳損傷による記憶障害と易怒性が残っています。
加害者は逮捕済みで、ご本人は警察の事情聴取のことを思い出すと不安定になるため、
面談ではその話題に触れないようお願いします。

外傷が原因のため介護保険（特定疾病）の対象にはならず、障害福祉サービスの利用になりますが、
相談支援専門員の方をご紹介いただくことは可能でしょうか。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person who was a crime victim, with brain injury sequelae (要配慮), external",
)

# 075 — partner ツバサシステム: downtime notice reply (correct domain)
add(
    sender=USAMI,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="Re: 【ご案内】11/15 定期保守に伴うシステム停止",
    charset="cp932",
    body=f"""ツバサシステム株式会社
保守窓口 御中

お世話になっております。日の出産業の宇佐美です。
ご案内ありがとうございます。11/15 22:00〜翌2:00 の停止、承知しました。
院内には本日付で周知いたします。

停止中に紹介状のFAXが届いた場合、復旧後の手動取込みで問題ないか
念のためご教示ください。

{SIG_USAMI}

> 作業日時：2026年11月15日 22:00 〜 11月16日 2:00
> 停止範囲：地域連携モジュール（紹介状取込み、空床照会、FAX連携）
> 作業内容：v4.3 へのバージョンアップ
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail to the correct partner domain; maintenance schedule only",
)

# 076 — disability certificate application to the city welfare office
add(
    sender=SAGARA,
    to=["星崎市 福祉事務所 障害福祉係 <shogai-fukushi@city.hoshizaki.lg.jp>"],
    subject="身体障害者手帳の申請について（ご相談）",
    charset="utf-8",
    body=f"""星崎市福祉事務所
障害福祉係 ご担当者様

お世話になっております。日の出リハビリテーション病院 MSWの相楽です。
当院入院中の方の身体障害者手帳の申請についてご相談です。

　氏名：御手洗 幸子 様（67歳）
　住所：埼玉県さいたま市浦和区高砂5-3-21
　障害：脳出血後の右片麻痺（上下肢機能障害）および失語症
　見込み等級：肢体不自由 2級程度（指定医の診断書を作成中）

退院前に手帳を取得して、車いすと住宅改修の給付に繋げたいと考えています。
審査にかかる期間の目安と、代理申請の可否を教えていただけますでしょうか。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named patient's disability and aphasia with home address to an external city office",
)

# 077 — seminar invitation to many external addresses, correctly in Bcc
add(
    sender=SAOTOME,
    to=[SAOTOME],
    bcc=["renkei@kitasogo-mc.jp", "shinohara.m@minato-chuo-hp.or.jp", "chiiki@sakuragaoka-kinen.or.jp",
         "soudan@higashiurawa-ns.jp", "miyasaka@kaze-care.jp", "info@hidamari-kyotaku.com",
         "toda@care-minori.jp", "office@aozora-houkan.jp", "nanbu-houkatsu@city.hoshizaki.lg.jp",
         "sanada@fukushi-rental.co.jp", "juchu@care-mate.co.jp", "onodera@takumi-reform.co.jp"],
    subject="【ご案内】第8回 回復期リハビリテーション地域連携研修会（11/28）",
    charset="iso-2022-jp",
    body=f"""関係機関の皆さま

（本メールは一斉送信のため、BCCでお送りしております）

平素より大変お世話になっております。日の出リハビリテーション病院 地域連携室です。
第8回 回復期リハビリテーション地域連携研修会を下記のとおり開催いたします。

　日時：11月28日 13:30〜17:00
　会場：さくらホテル 2階「桜の間」
　内容：基調講演「退院後の生活を見据えたリハビリテーション」
　　　　グループワーク「退院前カンファレンスの進め方」
　参加費：無料
　申込み：11/20 までに、返信メールで所属・お名前・参加人数をお知らせください。

皆さまのご参加をお待ちしております。

{SIG_SAOTOME}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mass mailing correctly in Bcc (To is the sender): recipients cannot see each other",
)

# 078 — CP932 CSV: twenty former clients' homes for follow-up handrail checks, to a new contractor
_c078 = [["No", "氏名", "ふりがな", "住所", "電話番号", "施工内容", "施工年月"]]
for i in range(1, 21):
    nm, _ = person()
    _c078.append([str(i), nm, "", address(), rng.choice([mobile(), f"048-{rng.randint(820, 890)}-{rng.randint(1000, 9999)}"]),
                  rng.choice(["手すり（トイレ・浴室）", "段差解消スロープ", "手すり（玄関・廊下）",
                              "和式→洋式便器", "引き戸へ変更", "浴室手すり・すのこ"]),
                  f"R{rng.randint(4, 7)}.{rng.randint(1, 12)}"])
add(
    sender=MAKABE,
    to=["ミナミ工務店 南様 <minami@minami-koumuten.co.jp>"],
    subject="手すり点検の引継ぎ対象一覧（20件）",
    charset="cp932",
    body=f"""株式会社ミナミ工務店
南 様

先日はありがとうございました。日の出リハの真壁です。
前の業者さんが廃業されたため、当院経由で住宅改修をされた方の「1年後点検」を
御社に引き継いでいただく件、対象の20件をCSVにまとめました。

ご本人・ご家族には、御社から点検のお電話が入る旨を順次お伝えしています。

{SIG_MAKABE}
""",
    attachments=[{"kind": "csv", "name": "点検引継ぎ対象_20件.csv", "encoding": "cp932", "rows": _c078}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of twenty private persons with addresses and phones to an external contractor",
)

# 079 — HTML-only: outpatient hours of partner clinics (a business list) to a CM office
add(
    sender=SAGARA,
    to=["ケアサポートみのり <info@care-minori.jp>"],
    subject="連携クリニックの外来リハ受付時間",
    charset="utf-8",
    html=f"""<div style="font-family:sans-serif">
<p>ケアサポートみのり 御中</p>
<p>お世話になっております。日の出リハの相楽です。<br>
退院後の外来リハビリの受け先として、当院と連携しているクリニックの受付時間をまとめました。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>医療機関</th><th>所在地</th><th>電話</th><th>外来リハ受付</th><th>送迎</th></tr>
<tr><td>川口整形外科クリニック</td><td>川口市本町2-4-11</td><td>048-256-3141</td><td>月〜土 9:00-11:30</td><td>なし</td></tr>
<tr><td>吉川内科クリニック</td><td>蕨市中央3-9-2</td><td>048-441-0708</td><td>火・木 14:00-16:30</td><td>なし</td></tr>
<tr><td>みなみ浦和リハビリクリニック</td><td>さいたま市南区南浦和2-30-6</td><td>048-883-2525</td><td>月〜金 9:00-17:00</td><td>あり</td></tr>
<tr><td>戸田中央通り整形外科</td><td>戸田市本町1-12-3</td><td>048-445-6011</td><td>月水金 15:00-18:00</td><td>なし</td></tr>
<tr><td>日の出リハビリテーション病院 外来</td><td>さいたま市中央区鈴谷9-4-1</td><td>048-851-7700</td><td>月〜土 8:30-11:00</td><td>あり</td></tr>
</table>
<p>相楽 千尋（地域連携室）</p></div>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only table of clinics (businesses with switchboards), no person",
)

# 080 — two family members on free mail and the CM, all visible in To
add(
    sender=OKOCHI,
    to=["長谷部 和子 <kazuko.hasebe1962@gmail.com>",
        "長谷部 浩之 <hasebe.hiro@docomo.ne.jp>",
        "宮坂 亜希 <miyasaka@kaze-care.jp>"],
    subject="サービス担当者会議の日程（ご自宅にて）",
    charset="iso-2022-jp",
    body=f"""長谷部 和子 様
長谷部 浩之 様
宮坂 様

お世話になっております。日の出リハビリテーション病院の大河内です。
退院後のサービス担当者会議ですが、ご自宅で 11/9 10:30 から行うことになりました。
病院からは私とリハビリ担当の仁科が伺います。

駐車場は1台分お借りできるとのこと、ありがとうございます。
ご都合が変わった場合は、私か宮坂さんまでご連絡ください。

{SIG_OKOCHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three external parties (two private persons on free mail and a CM office) visible in To",
)

# 081 — floor-plan image to a contractor, no personal data
add(
    sender=MAKABE,
    to=["小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="Re: 浴室手すり位置の図面",
    charset="cp932",
    body=f"""小野寺様

真壁です。図面ありがとうございました。
OTとして気になった点を書き込んだ画像を添付します。

・浴槽縁の縦手すりは、もう10cm洗い場側に寄せてください（立ち上がりで右手を使うため）。
・浴室入口の段差 12cm は、すのこで解消する案でお願いします。
・L型手すりの高さは床から 75cm で問題ありません。

{SIG_MAKABE}

> 真壁様
> A様邸の浴室図面を送ります。手すり位置をご確認ください。
> 匠住宅リフォーム 小野寺
""",
    attachments=[{"kind": "png", "name": "浴室手すり位置_修正.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="technical home-modification advice and an image; no personal data",
)

# 082 — XLSX of three patients' My Numbers for the national health insurance office
_x082 = [["限度額適用認定 代理申請一覧（日の出リハビリテーション病院 医事課）"],
         ["氏名", "生年月日", "住所", "個人番号", "被保険者記号番号"]]
for k, (nm, dob) in enumerate([("朝比奈 トメ", "昭和9年6月2日"), ("海江田 進", "昭和21年10月15日"),
                               ("久保寺 隆", "昭和18年1月30日")], start=3):
    _x082.append([nm, dob, address(), mn(k), f"星崎-{rng.randint(10, 99)}・{rng.randint(1000, 9999)}"])
add(
    sender=USAMI,
    to=["星崎市 国民健康保険課 <kokuho@city.hoshizaki.lg.jp>"],
    subject="限度額適用認定 代理申請（3件）の事前送付",
    charset="utf-8",
    body=f"""星崎市 国民健康保険課 御中

お世話になっております。日の出リハビリテーション病院 医事課の宇佐美です。
ご家族から委任を受けた限度額適用認定の代理申請3件について、
窓口でのお手続きを円滑にするため、申請内容を事前にお送りします。

委任状の原本は来週窓口に持参いたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "限度額代理申請_3件.xlsx",
                  "sheets": {"申請一覧": _x082}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="My Numbers (and insurance numbers) of three patients in an XLSX to an external office",
)

# 083 — the diagnosis is only in the subject line
add(
    sender=KIRYU,
    to=["日向大学医学部附属病院 患者支援センター <support-center@med.hyuga-u.ac.jp>"],
    subject="Re: 佐々木 恒夫様（パーキンソン病・大腿骨骨折術後）の入院日程",
    charset="iso-2022-jp",
    body=f"""日向大学医学部附属病院
患者支援センター ご担当者様

お世話になっております。日の出リハの桐生です。
ご連絡ありがとうございます。ご提示の 11/11 10時で承知いたしました。
当日は入退院窓口でお待ちしております。

{SIG_KIRYU}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the subject names the patient with Parkinson's disease and a fracture: subject counts",
)

# 084 — a family complaint forwarded internally (internal only)
add(
    sender=SAGARA,
    to=[SAOTOME, KURAMAE],
    subject="FW: ご意見（面会時の対応について）",
    charset="cp932",
    body="""早乙女室長、蔵前師長

相楽です。ホームページのご意見フォームから届いたものを転送します。
内容を確認のうえ、病棟と連携室で返答案を作りたいと思います。

----- Forwarded Message -----
差出人: 問い合わせフォーム <form@hinode-sangyo.co.jp>
件名: ご意見（面会時の対応について）

お名前：小田切 宏美
メール：hiromi.odagiri@icloud.com
電話：080-3341-7725
内容：
母（小田切 キヨ、3階東入院中）の面会に行った際、夕方のおむつ交換が長時間されていない
様子でした。認知症があり自分で訴えられないので、気にかけていただきたいです。
看護師さんに声をかけたところ、忙しいと言われて悲しくなりました。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="complaint with contact details and dementia, forwarded to internal staff only",
)

# 085 — reply to an acute hospital: new text reports five referred patients with diagnoses
add(
    sender=KIRYU,
    to=["篠原 美紀 <shinohara.m@minato-chuo-hp.or.jp>"],
    subject="Re: ご依頼中の転院の進捗について",
    charset="utf-8",
    body=f"""篠原様

お世話になっております。桐生です。
ご依頼いただいている5名の状況は以下のとおりです。

・阿部 貞子様（左大腿骨頸部骨折）…… 判定済・受入れ可、11/4 転院予定
・大八木 昭二様（脳梗塞・心房細動）…… 判定済・受入れ可、11/6 転院予定
・上杉 キヨ様（腰椎圧迫骨折・認知症）…… 個室希望のため空き待ち
・野々村 光男様（小脳出血・失調）…… 11/2 の判定会議で検討
・比嘉 洋子様（頸髄損傷不全型）…… 医学的に回復期適応外の判断（主治医より別途ご連絡）

変更があればまたご連絡いたします。

{SIG_KIRYU}

> 日の出リハ 桐生様
> 現在ご依頼中の5名について、進捗を教えていただけますか。
> 港中央病院 篠原
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="new text lists five named patients with diagnoses (quoted part is only the question)",
)

# 086 — forward of an internal mail to the contractor: only keys and measurements
add(
    sender=MAKABE,
    to=["小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="FW: 中村様邸 工事当日の段取り",
    charset="iso-2022-jp",
    body=f"""小野寺様

真壁です。病棟側で話していた段取りを転送します。
当日はこの流れでお願いします。

{SIG_MAKABE}

---------- 転送メッセージ ----------
From: 蔵前 奈緒 <kuramae.nao@hinode-sangyo.co.jp>
To: 真壁 透 <makabe.toru@hinode-sangyo.co.jp>
Subject: 中村様邸 工事当日の段取り

真壁さん
11/18 の工事、ご家族（ご長男）が 8:45 に現地で鍵を開けてくださるそうです。
廊下の手すりは 2.7m×2本、トイレは L 型 1本で見積りどおり。
作業車はご自宅前の道が狭いので、角のコインパーキングを使ってほしいとのことでした。
蔵前
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a forward (counts as new text) but it carries only logistics and measurements",
)

# 087 — catalogue request to a contractor (ordinary vendor mail)
add(
    sender=MAKABE,
    to=["あんしん住環境 営業部 <eigyo@anshin-jukankyo.jp>"],
    subject="Re: 手すり・スロープ 新カタログのご案内",
    charset="cp932",
    body=f"""あんしん住環境株式会社
営業部 ご担当者様

ご案内ありがとうございます。日の出リハの真壁です。
新カタログを 5部、リハビリ科宛にお送りいただけますか。

あわせて、次の品番のサンプル（端材で結構です）をお借りできると、
ご家族への説明に使えて助かります。
　AJ-HR-3210（木製手すり φ32 ナチュラル）
　AJ-SL-0900（段差解消スロープ 90cm）

送付先：{ADDR} 日の出リハビリテーション病院 リハビリテーション科 真壁

{SIG_MAKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary vendor mail; the only address is the hospital's own",
)

# 088 — two partner companies in To: nurse-call renewal meeting
add(
    sender=USAMI,
    to=["川崎電機 医療システム部 <iryo-sys@kawasaki-denki.co.jp>",
        "ツバサシステム 北見様 <kitami@tsubasa-system.jp>"],
    subject="ナースコール更新と連携システムの接続打合せ",
    charset="utf-8",
    body=f"""川崎電機株式会社 医療システム部 ご担当者様
ツバサシステム株式会社 北見様

お世話になっております。日の出産業の宇佐美です。
回復期病棟のナースコール更新（川崎電機様）に伴い、離床センサーの通知を
地域連携システム側の病棟ボードに表示する件で、三者の打合せをお願いしたく存じます。

　日時案：11月19日 10:00〜11:30 ／ 11月20日 14:00〜15:30
　場所　：当院 2階 会議室A（Web参加可）
　議題　：接続方式（HL7 / 独自API）、試験日程、費用負担

ご都合をお知らせください。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external partner companies in To for a meeting; no personal data",
)

# 089 — DOCX stamped 極秘 (planned prices for the ward renovation) to a contractor
add(
    sender=SAOTOME,
    to=["ミナミ工務店 南様 <minami@minami-koumuten.co.jp>"],
    subject="病棟改修工事の資料送付",
    charset="iso-2022-jp",
    body=f"""株式会社ミナミ工務店
南 様

お世話になっております。早乙女です。
先日お話しした4階病棟の改修工事について、社内検討用の資料をお送りします。
見積りの参考にしていただければと思います。

{SIG_SAOTOME}
""",
    attachments=[{"kind": "docx", "name": "4階病棟改修_予算資料.docx",
                  "page_header": "極秘", "title": "4階病棟改修 予算資料",
                  "paragraphs": ["【極秘】4階病棟改修工事 予算資料（社内検討用）",
                                 "工事範囲：4階 病室12室、浴室2、スタッフステーション",
                                 "予定価格（税抜）：84,500,000円　上限：91,000,000円",
                                 "入札参加予定：ミナミ工務店、匠住宅リフォーム、他1社"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attachment stamped 極秘 (planned prices) sent to an external contractor",
)

# 090 — a password-protected PDF referral letter
add(
    sender=OKOCHI,
    to=["東浦和脳神経外科病院 医療相談室 <soudan@higashiurawa-ns.jp>"],
    subject="診療情報提供書（再受診のお願い）",
    charset="cp932",
    body=f"""東浦和脳神経外科病院
医療相談室 御中

お世話になっております。日の出リハの大河内です。
貴院へ再受診をお願いする患者様の診療情報提供書をお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "pdf", "name": "診療情報提供書_1104.pdf", "password": "7710hinode",
                  "lines": ["診療情報提供書", "患者氏名：鬼塚 義雄 様", "傷病名：慢性硬膜下血腫疑い"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be inspected",
)

# 091 — legacy XLS: fifteen rental users for billing reconciliation, to the vendor
_x091 = [["利用者名", "住所", "品目", "開始日", "終了日", "請求月数"]]
for i in range(15):
    nm, _ = person()
    _x091.append([nm, address(), rng.choice(["介護ベッド", "車いす", "歩行器", "エアマット", "手すり"]),
                  f"2026/{rng.randint(4, 9)}/{rng.randint(1, 28)}", rng.choice(["", "2026/10/31", "2026/9/30"]),
                  rng.randint(1, 6)])
add(
    sender=USAMI,
    to=["ふくしレンタル 請求担当 <seikyu@fukushi-rental.co.jp>"],
    subject="請求照合：病院経由契約分（15件）",
    charset="utf-8",
    body=f"""ふくしレンタル株式会社
請求ご担当者様

お世話になっております。日の出産業 医事課の宇佐美です。
当院経由で契約した利用者様のレンタル分につき、当方の台帳（旧Excel形式）をお送りします。
御社の請求データと突き合わせをお願いいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "xls", "name": "レンタル台帳_病院経由.xls", "sheets": {"台帳": _x091}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLS list of fifteen private persons with home addresses to an external vendor",
)

# 092 — holiday notice to one care office
add(
    sender=SAGARA,
    to=["ケアプランセンターかぜ <info@kaze-care.jp>"],
    subject="年末年始の地域連携室の対応について",
    charset="iso-2022-jp",
    body=f"""ケアプランセンターかぜ 御中

いつもお世話になっております。日の出リハビリテーション病院 地域連携室です。
年末年始の連携室の対応についてお知らせいたします。

　12月29日〜1月3日：休業（転院・退院の調整は行いません）
　12月28日、1月4日：9:00〜15:00 の短縮対応

休業中の緊急のご連絡は、病院代表（048-851-7700）へお願いいたします。
本年も大変お世話になりました。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary notice to one external office",
)

# 093 — DOCX nursing summary to the visiting-nurse station
add(
    sender=OKOCHI,
    to=["訪問看護ステーションあおぞら <office@aozora-houkan.jp>"],
    subject="看護サマリー送付（神楽坂様）",
    charset="cp932",
    body=f"""訪問看護ステーションあおぞら 御中

お世話になっております。日の出リハの大河内です。
11/4 退院予定の神楽坂様の看護サマリーをお送りします。
初回訪問は 11/5 午後でご家族と調整済みです。

{SIG_OKOCHI}
""",
    attachments=[{"kind": "docx", "name": "看護サマリー_神楽坂様.docx", "title": "看護サマリー",
                  "paragraphs": ["看護サマリー（退院時）", "日の出リハビリテーション病院 3階東病棟"],
                  "tables": [[["氏名", "神楽坂 ヨシ子 様（カグラザカ ヨシコ）"],
                              ["生年月日", "昭和１５年９月２７日（８６歳）"],
                              ["主病名", "脳梗塞（右放線冠）、2型糖尿病"],
                              ["既往歴", "高血圧、白内障術後、うつ病（H28〜、内服継続）"],
                              ["インスリン", "ノボラピッド 朝4-昼4-夕4単位、トレシーバ 眠前8単位"],
                              ["ADL", "屋内 歩行器自立、入浴 一部介助、排泄 自立（夜間ポータブル）"],
                              ["注意点", "低血糖時の自覚症状が乏しい。家族はインスリン手技習得済み。"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX nursing summary (name, 和暦 DOB, diagnoses, depression) to an external station",
)

# 094 — one record per block: six discharged patients for follow-up calls by a call centre
_blocks = []
for i, (pt, fam) in enumerate([("青柳 フミ子", "青柳 大輔（長男）"), ("岩佐 茂", "岩佐 昌代（妻）"),
                               ("押切 キヨ", "押切 純（孫）"), ("笹川 博", "笹川 由美（長女）"),
                               ("設楽 節子", "設楽 弘（夫）"), ("富樫 一郎", "富樫 恵（妻）")], 1):
    _blocks.append(f"【{i}】\n　ご本人：{pt} 様\n　連絡先：{fam}\n　電話　：{mobile()}\n"
                   f"　退院日：11/{rng.randint(2, 9)}　　架電希望：{rng.choice(['午前', '午後', '夕方以降'])}")
add(
    sender=SAGARA,
    to=["コールパートナー 医療事業部 <iryo@callpartner.co.jp>"],
    subject="退院後フォローコール 12月分対象者",
    charset="utf-8",
    body="""コールパートナー株式会社
医療事業部 ご担当者様

お世話になっております。日の出リハの相楽です。
12月実施の退院1か月後フォローコールの対象者をお送りします（6名）。
質問票は前回と同じものでお願いします。

""" + "\n\n".join(_blocks) + f"""

以上、よろしくお願いいたします。

{SIG_SAGARA}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six records, one block each (names, family, phones) to an external call centre",
)

# 095 — three contractors asked for competing quotes, all in To, with the patient's address
add(
    sender=MAKABE,
    to=["onodera@takumi-reform.co.jp", "koji@anshin-jukankyo.jp", "minami@minami-koumuten.co.jp"],
    subject="住宅改修 相見積りのお願い（大須賀様邸）",
    charset="iso-2022-jp",
    body=f"""各社 ご担当者様

お世話になっております。日の出リハビリテーション病院の真壁です。
ご家族のご希望により、下記の住宅改修について3社に相見積りをお願いします。

　対象：大須賀 光男 様邸
　住所：埼玉県上尾市緑丘2-14-6
　内容：玄関アプローチのスロープ化、トイレ・浴室の手すり、廊下の段差解消
　現地確認：11/12 10時〜12時の間で各社30分ずつ

見積書は 11/20 までに当院宛にお送りください。

{SIG_MAKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["external_recipients_visible", "multiple_external_domains", "personal_data"],
    note="three competing contractors see each other in To (should be Bcc), plus a home address",
)

# 096 — hotels near the hospital (businesses) for a family on icloud.com
add(
    sender=SAGARA,
    to=["m.fujishiro@icloud.com"],
    subject="病院近くの宿泊施設のご案内",
    charset="cp932",
    body=f"""藤代 さま

地域連携室の相楽です。お電話でご相談のあった、病院近くの宿泊先です。
遠方からお越しの際にご利用ください（いずれも当院まで車で15分以内です）。

・さくらホテル 浦和
　さいたま市浦和区高砂2-1-8　TEL 048-822-3900　シングル 8,800円〜
・ビジネスホテル鈴谷
　さいたま市中央区鈴谷4-2-5　TEL 048-858-1212　シングル 6,200円〜
・ホテルセントラル与野
　さいたま市中央区本町東1-9-3　TEL 048-853-4411　シングル 7,500円〜

退院前カンファレンスの日程が決まりましたら、改めてご連絡いたします。

{SIG_SAGARA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="list of hotels (businesses) to one free-mail family recipient",
)

# 097 — EITHER: de-identified research rows (study IDs, age bands) to a university
_r097 = [["研究ID", "年代", "性別", "疾患", "FIM入院時", "FIM退院時", "在院日数", "転帰"]]
for i in range(1, 13):
    a = rng.randint(35, 80)
    _r097.append([f"HN-{i:03d}", f"{rng.choice([50, 60, 70, 80])}代", rng.choice(["男", "女"]),
                  rng.choice(["脳梗塞", "脳出血", "大腿骨骨折", "脊椎圧迫骨折"]),
                  a, min(a + rng.randint(8, 40), 126), rng.randint(40, 150),
                  rng.choice(["自宅", "自宅", "施設", "転院"])])
add(
    sender=NISHINA,
    to=["日向大学 リハビリテーション医学教室 <reha-lab@hyuga-u.ac.jp>"],
    subject="追加データ（匿名加工済み 12例）",
    charset="utf-8",
    body=f"""日向大学 リハビリテーション医学教室 御中

日の出リハの仁科です。追加分12例です。
前回のご指摘を受けて、生年月日・発症日を削除し、年代表記と研究IDのみにしています。
対応表は当院で保管しています。

{padded(_r097)}

{SIG_NISHINA}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=[],
    note="pseudonymised rows (study ID, age band, diagnosis): rows of a list, but no one is identifiable",
)

# 098 — general information about My Number health-insurance cards; no numbers
add(
    sender=USAMI,
    to=["港中央病院 医事課 <iji@minato-chuo-hp.or.jp>"],
    subject="転院時の保険証確認方法の変更について",
    charset="iso-2022-jp",
    body=f"""港中央病院 医事課 御中

いつもお世話になっております。日の出リハビリテーション病院 医事課の宇佐美です。
当院の転院受入れ時の保険確認について、運用を変更しますのでお知らせします。

・マイナンバーカード（マイナ保険証）をお持ちの方は、転院当日にカードリーダーで確認します。
　個人番号の控えや保険証のコピーを事前にお送りいただく必要はございません。
・資格確認書・従来の健康保険証の方は、当日原本を確認いたします。
・限度額適用認定証は、オンライン資格確認で取得できる場合は不要です。

ご家族への説明の際にご活用いただけますと幸いです。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions マイナンバー and 保険証 as procedures; no one's numbers",
)

# 099 — reply over an Outlook-style 差出人/送信日時 quote of the CM's care plan
add(
    sender=OKOCHI,
    to=["戸田 様 <toda@care-minori.jp>"],
    subject="RE: ケアプラン原案の送付",
    charset="cp932",
    body=f"""戸田様

お世話になっております。大河内です。
ケアプラン原案、拝見しました。病院側としては特に修正はありません。
通所リハの事業所への情報提供書は、退院日までにこちらから送ります。

{SIG_OKOCHI}

差出人: 戸田 <toda@care-minori.jp>
送信日時: 2026年11月6日 17:42
宛先: 大河内 亮 <okochi.ryo@hinode-sangyo.co.jp>
件名: ケアプラン原案の送付

大河内様
鎌田 健一様のケアプラン原案です。ご確認ください。
　長期目標：記憶障害を補う手段を使い、日中を自宅で安全に過ごせる
　短期目標：スケジュール帳とスマートフォンのアラームで服薬を忘れない
　サービス：就労移行支援（週3回）、訪問看護（週1回・精神症状の観察）
ケアサポートみのり 戸田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the care plan with health details is only in the quoted original from the recipient",
)

# 100 — internal To, but an external contractor in Cc by mistake, with a FIM list
add(
    sender=NISHINA,
    to=[MAKABE, KURAMAE],
    cc=["小野寺 様 <onodera@takumi-reform.co.jp>"],
    subject="住宅改修が必要そうな方（リハ評価まとめ）",
    charset="utf-8",
    body=f"""真壁さん、蔵前師長

仁科です。12月退院見込みで住宅改修が必要になりそうな方をまとめました。
家屋調査の日程を組むときに参考にしてください。

{padded([["氏名", "疾患", "FIM運動", "歩行", "課題"],
         ["大須賀 光男", "脊柱管狭窄症術後", "70", "T字杖自立", "玄関アプローチ"],
         ["門脇 秀夫", "脳出血・左片麻痺", "52", "四点杖見守り", "浴室・トイレ"],
         ["沼田 静江", "廃用症候群・心不全", "58", "歩行器", "段差全般"],
         ["今泉 進", "脳梗塞・失語", "61", "独歩見守り", "階段"]])}

小野寺さんにはこちらから個別にお願いします。

{SIG_NISHINA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="mostly internal, but an external contractor in Cc receives named patients' diagnoses",
)
