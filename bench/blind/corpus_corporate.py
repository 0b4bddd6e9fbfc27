"""Blind corpus: 日の出産業 経営企画部 (corporate planning / M&A).

Project AKATSUKI: the acquisition of 株式会社東雲精工 (shinonome-seiko.co.jp) with its
advisers (白川法律事務所, みどり銀行, 霞アドバイザリー, 常盤税理士法人, overseas counsel),
group companies (日の出ロジテック, 日の出商事) and the post-merger integration.
Written from BRIEF.md alone.
"""

import random

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# small helpers for realistic rows
# ---------------------------------------------------------------------------------------

_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")
_FW_JIS = str.maketrans("0123456789-./:()", "０１２３４５６７８９−．／：（）")


def fw(s: str, jis: bool = False) -> str:
    """full-width digits (jis=True uses the minus sign that ISO-2022-JP can carry)."""
    return s.translate(_FW_JIS if jis else _FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, k, e = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, k, e = "平成", "H", y - 1988
    else:
        era, k, e = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{e}年{m}月{d}日"
    if style == "short":
        return f"{k}{e}.{m}.{d}"
    if style == "shortfw":
        return fw(f"{k}{e}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace("R", "Ｒ")
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "jp":
        return f"{y}年{m}月{d}日"
    if style == "dot":
        return f"{y}.{m}.{d}"
    raise ValueError(style)


_DEPTS = ["製造部", "製造部", "製造部", "品質保証部", "技術開発部", "営業部", "総務部",
          "経理部", "生産管理部", "購買部"]


def census(seed: int, n: int, date_style: str = "slash", names: bool = False):
    """an anonymous employee census of the target: (no, dept, sex, dob, hired, grade, pay)."""
    rng = random.Random(f"census-{seed}")
    fam = ["小木曽", "唐沢", "百瀬", "小平", "宮坂", "両角", "藤森", "五味", "矢島", "北原",
           "伊東", "征矢", "牛山", "有賀", "笠原", "武居", "茅野", "今井", "花岡", "小口",
           "濱", "林", "樋口", "平林", "三澤", "胡桃沢", "降旗", "塩原"]
    giv_m = ["健太", "浩二", "大輔", "拓也", "誠", "翔", "隆", "直樹", "修", "康平", "勇気", "悠真"]
    giv_f = ["真由美", "沙織", "恵", "由紀", "美咲", "陽子", "彩", "千尋", "奈々", "光"]
    rows = []
    for i in range(n):
        y = rng.randrange(1961, 2002)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        hy = max(y + 18 + rng.randrange(0, 12), 1985)
        hy = min(hy, 2024)
        hm = rng.choice([4, 4, 4, 10, 7, 1])
        years = 2025 - hy
        pay = (200 + years * rng.randrange(6, 11) + rng.randrange(0, 30)) * 1000
        sex = rng.choice(["男", "男", "女"])
        grade = ("G1" if pay < 240000 else "G2" if pay < 290000 else "G3" if pay < 350000
                 else "G4" if pay < 400000 else rng.choice(["M1", "M2"]))
        row = {
            "no": f"S{rng.randrange(10000, 99999)}",
            "dept": rng.choice(_DEPTS),
            "sex": sex,
            "dob": wareki(y, m, d, date_style),
            "hired": f"{hy}/{hm:02d}/01",
            "grade": grade,
            "pay": pay,
            "bonus": int(pay * rng.choice([2.1, 2.5, 3.0, 3.3, 3.8])) // 1000 * 1000,
            "age": 2025 - y,
        }
        if names:
            row["name"] = rng.choice(fam) + " " + rng.choice(giv_m if sex == "男" else giv_f)
        rows.append(row)
    return rows


SIG_MAKABE = """
--
日の出産業株式会社 経営企画部 M&A推進グループ
真壁 俊介（まかべ しゅんすけ）
〒103-0027 東京都中央区日本橋2-14-7 日の出ビル8F
TEL 03-5299-4410（代表）/ 直通 03-5299-4431
makabe@hinode-sangyo.co.jp
"""

SIG_ASHIDA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
経営企画部　芦田 美緒
TEL：03-5299-4433　FAX：03-5299-4419
E-mail：ashida@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SETOGUCHI = """
----------------------------------------
瀬戸口 亮 / Ryo Setoguchi
日の出産業株式会社 経営企画部 PMI推進室
Corporate Planning Dept., Hinode Sangyo Co., Ltd.
Tel: +81-3-5299-4437  Mobile: +81-80-4172-5590
setoguchi@hinode-sangyo.co.jp
----------------------------------------
"""

SIG_SHIINA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　経営企画部
椎名 かおり
東京都中央区日本橋２－１４－７
電話　０３－５２９９－４４３５
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_WASHIO = """
日の出産業株式会社
執行役員 経営企画部長　鷲尾 隆之
washio@hinode-sangyo.co.jp / 03-5299-4401
"""

SIG_EN = """
Best regards,

Ryo Setoguchi
PMI Office, Corporate Planning Dept.
Hinode Sangyo Co., Ltd.
2-14-7 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
T +81 3 5299 4437
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者にご連絡のうえ本メールを削除してください。無断での複製・転送はご遠慮ください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
"""

MAKABE = "真壁 俊介 <makabe@hinode-sangyo.co.jp>"
ASHIDA = "芦田 美緒 <ashida@hinode-sangyo.co.jp>"
SETOGUCHI = "瀬戸口 亮 <setoguchi@hinode-sangyo.co.jp>"
SHIINA = "椎名 かおり <shiina@hinode-sangyo.co.jp>"
WASHIO = "鷲尾 隆之 <washio@hinode-sangyo.co.jp>"
KADOWAKI = "門脇 奈央 <kadowaki@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 拓 <saotome@hinode-sangyo.co.jp>"

SHIRAKAWA = "白川法律事務所 弁護士 水無瀬 透 <minase@shirakawa-law.jp>"
SHIRAKAWA2 = "白川法律事務所 加賀美 夏帆 <kagami@shirakawa-law.jp>"
MIDORI = "みどり銀行 法人営業部 二階堂様 <nikaido.k@midori-ginko.co.jp>"
MIDORI2 = "みどり銀行 ストラクチャードファイナンス部 <sf-desk@midori-ginko.co.jp>"
KASUMI = "霞アドバイザリー 久遠 様 <kuon@kasumi-advisory.co.jp>"
KASUMI2 = "霞アドバイザリー 蓮見 <hasumi@kasumi-advisory.co.jp>"
TOKIWA = "常盤税理士法人 乙部 <otobe@tokiwa-tax.jp>"
TARGET = "東雲精工 総務部 百瀬 様 <momose@shinonome-seiko.co.jp>"
TARGET2 = "東雲精工 経営企画室 <keiki@shinonome-seiko.co.jp>"
LOGI = "日の出ロジテック 管理部 <kanri@hinode-logitech.co.jp>"
SHOJI = "日の出商事 経営管理部 <keikan@hinode-shoji.co.jp>"
HARROW = "Eleanor Whitcombe <e.whitcombe@harrowgatefinch.com>"
PACIFICA = "Daniel Okafor <dokafor@pacificacap.com>"
MERIDIAN = "Wei Ling Tan <weiling.tan@meridianstrait.com.sg>"

MESSAGES = []


def M(**kw):
    MESSAGES.append(dict(**kw))


# =======================================================================================
# 001-020
# =======================================================================================

_c1 = census(1, 18, "slash")
M(
    id="cor-001",
    sender=MAKABE,
    to=[SHIRAKAWA],
    cc=[SHIRAKAWA2],
    subject="【AKATSUKI】人事DD用 従業員データ（第1回開示分）",
    charset="iso-2022-jp",
    body="""白川法律事務所
水無瀬先生

いつも大変お世話になっております。日の出産業の真壁です。

先日のキックオフでご依頼いただいた人事・労務DD用の従業員データについて、
対象会社より第1回分の開示がありましたので、共有いたします。

・対象：正社員のうち本社工場（諏訪）所属分
・氏名は対象会社側でマスキング済みとのことです
・基本給は2025年3月支給分、賞与は前年度支給実績

残りの営業所分・嘱託社員分は来週中に開示予定と聞いております。
未払残業代の試算にあたり不足項目があればお知らせください。

以上、よろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[dict(
        kind="csv", name="従業員データ_本社工場_202503.csv", encoding="cp932",
        rows=[["社員番号", "所属", "性別", "生年月日", "入社日", "等級", "基本給", "前年賞与"]]
        + [[r["no"], r["dept"], r["sex"], r["dob"], r["hired"], r["grade"], r["pay"], r["bonus"]]
           for r in _c1],
    )],
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="employee census of 18 rows (DOB + salary, names masked) in a CP932 CSV to outside counsel",
)

M(
    id="cor-002",
    sender=KADOWAKI,
    to=[SHIRAKAWA],
    subject="Re: 秘密保持契約書（東雲精工様）ドラフトへのコメント",
    charset="iso-2022-jp",
    body="""水無瀬先生

お世話になっております。日の出産業 法務部の門脇です。
秘密保持契約書ドラフトへのコメント、ありがとうございました。

先方から戻ってきた修正について、以下の点のみご相談させてください。

1. 第2条（秘密情報の定義）
   口頭開示情報について「開示後30日以内に書面で特定したもの」に限定する旨の修正が
   入っています。当社としては受け入れ可能と考えておりますが、いかがでしょうか。

2. 第5条（目的外使用の禁止）
   「本件取引の検討」に加え「統合後の事業計画策定」を目的に追加したいと考えております。

3. 第9条（有効期間）
   先方案は3年、当社案は2年です。残存条項の扱いも含めてご意見をいただけますと幸いです。

クリーンチームの運用ルールは別途、来週の定例でご相談できればと存じます。

よろしくお願いいたします。

日の出産業株式会社 法務部
門脇 奈央
TEL 03-5299-4460
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA draft with counsel: no personal data, no marking",
)

M(
    id="cor-003",
    sender=ASHIDA,
    to=[KASUMI],
    subject="キーパーソン一覧（リテンション検討用）",
    charset="utf-8",
    body="""久遠様

お世話になっております。日の出産業の芦田です。

リテンションプランの検討用に、対象会社のキーパーソン一覧を整理しましたので
お送りします。生年月日・連絡先は対象会社の総務部から頂いたものです。
報酬水準との比較をお願いできればと思います。

よろしくお願いいたします。
""" + SIG_ASHIDA,
    attachments=[dict(
        kind="xlsx", name="キーパーソン一覧_v2.xlsx",
        sheets={
            "キーパーソン": [
                ["東雲精工 キーパーソン一覧（2025年4月時点）"],
                [],
                ["No", "役職", "氏名", "ふりがな", "生年月日", "携帯電話", "年収（万円）", "在籍年数", "退職リスク"],
                [1, "代表取締役社長", "東雲 宗一郎", "しののめ そういちろう", "1954/11/23", "090-4417-2286", 3600, 41, "低"],
                [2, "専務取締役 製造本部長", "百目鬼 剛", "どうめき つよし", "1962/02/14", "080-3352-9071", 2100, 36, "中"],
                [3, "常務取締役 営業本部長", "五十嵐 千景", "いがらし ちかげ", "1966/08/30", "070-5521-0384", 1950, 30, "中"],
                [4, "技術開発部長", "忽那 遼平", "くつな りょうへい", "1978/03/09", "090-8813-6640", 1280, 19, "高"],
                [5, "品質保証部長", "薬袋 紗季", "みない さき", "1981/12/01", "080-6024-7719", 1100, 17, "高"],
                [6, "経理部長", "左右田 実", "そうだ みのる", "1963/05/17", "090-2290-5538", 1150, 28, "低"],
            ],
            "メモ": [["リテンション対象の優先度は 4,5 → 2,3 の順で検討"]],
        },
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six key persons with DOB, mobile and salary in an XLSX to the financial adviser",
)

M(
    id="cor-004",
    sender=SETOGUCHI,
    to=["日の出ロジテック 経営管理部 笹目 様 <sasame@hinode-logitech.co.jp>"],
    subject="統合後の組織体制（案）について",
    charset="cp932",
    body="""日の出ロジテック
笹目様

お疲れさまです。PMI推進室の瀬戸口です。

統合後（Day1時点）の組織体制案を作成しましたので、ご確認をお願いします。
物流機能は貴社に移管する前提で、現時点の想定は以下のとおりです。

■ 統合後 物流統括部（案）
　・統括部長　　　　百目鬼 剛（現 東雲精工 専務取締役）
　・物流企画課長　　小木曽 仁
　・配送管理課長　　有賀 ひとみ
　・倉庫運営課長　　笹目 慎吾（貴社より出向）

組織図はパワーポイントにまとめています。名前と役職だけの資料ですので、
貴社内での回覧は問題ありません。

ご意見は4/25（金）までにいただけますと助かります。
""" + SIG_SETOGUCHI,
    attachments=[dict(
        kind="pptx", name="Day1組織図_案.pptx",
        slides=[
            ["Day1 組織体制（案）", "物流統括部", "管理部門は当面現行体制を維持"],
            ["物流統括部", "統括部長：百目鬼 剛", "物流企画課：小木曽 仁", "配送管理課：有賀 ひとみ",
             "倉庫運営課：笹目 慎吾"],
            ["今後の進め方", "5月：各課長との面談", "6月：人事発令案の確定"],
        ],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="integration org chart with names and titles only, to a group company",
)

M(
    id="cor-005",
    sender=WASHIO,
    to=[MIDORI],
    subject="買収ファイナンスのご相談（取締役会資料の抜粋）",
    charset="iso-2022-jp",
    body="""みどり銀行
二階堂様

いつもお世話になっております。日の出産業の鷲尾でございます。

先日ご相談いたしました買収資金のファイナンスにつきまして、
来週の取締役会に付議予定の資料から、案件概要と資金計画の部分を抜粋してお送りいたします。

タームシートのご提示時期について、目処をお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_WASHIO,
    attachments=[dict(
        kind="pptx", name="取締役会資料_抜粋_0422.pptx",
        page_footer="極秘　日の出産業株式会社",
        slides=[
            ["案件概要", "対象：株式会社東雲精工", "スキーム：株式譲渡（100%取得）", "想定取得価額：85〜95億円"],
            ["資金計画", "手元資金：30億円", "借入：60億円（期間7年）", "クロージング予定：2025年9月"],
            ["シナジー", "調達コスト削減：年2.4億円", "物流統合：年1.1億円"],
        ],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="board-deck extract whose slides carry a 極秘 footer, sent to the bank; marking only in the attachment",
)

M(
    id="cor-006",
    sender=KADOWAKI,
    to=[SHIRAKAWA2],
    subject="クリーンチームの運用ルール（案）",
    charset="iso-2022-jp",
    body="""加賀美先生

お世話になっております。門脇です。

クリーンチームの運用ルール案をまとめました。ご確認をお願いできますでしょうか。

（1）メンバー
  当社経営企画部2名、外部アドバイザー（霞アドバイザリー）2名に限定します。
  営業部門・購買部門の者は含めません。

（2）閲覧対象情報
  顧客別の販売価格、仕入先別の購入単価、今後の価格戦略に関する情報。

（3）取扱い
  クリーンチーム限りの情報はデータルーム上の専用フォルダに格納し、
  ダウンロード不可・印刷不可の設定とします。
  集計・加工後の情報のみをクリーンチーム外に共有します。

（4）終了時の措置
  本件が中止となった場合は、クリーンチームメンバーが保有する情報を速やかに廃棄し、
  廃棄証明を提出します。

独禁法上の観点から、追加すべき点があればご指摘ください。

門脇
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="clean-team rules discussed with counsel: talk about confidentiality, no marking, no personal data",
)

M(
    id="cor-007",
    sender=SHIINA,
    to=[SHIRAKAWA],
    subject="東雲精工 株主名簿（個人株主分）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>白川法律事務所<br>水無瀬先生</p>
<p>お世話になっております。日の出産業 経営企画部の椎名です。</p>
<p>株式譲渡契約の当事者確認のため、対象会社の株主名簿のうち個人株主の部分を
下表のとおりお送りします。持株比率は発行済株式総数 120,000株に対する割合です。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>株主名</th><th>住所</th><th>所有株式数</th><th>比率</th></tr>
<tr><td>1</td><td>東雲 宗一郎</td><td>長野県諏訪市湖岸通り3丁目8-21</td><td>48,000</td><td>40.0%</td></tr>
<tr><td>2</td><td>東雲 房江</td><td>長野県諏訪市湖岸通り3丁目8-21</td><td>18,000</td><td>15.0%</td></tr>
<tr><td>3</td><td>東雲 陽介</td><td>東京都世田谷区奥沢5-31-9 ヴェルデ奥沢302</td><td>12,000</td><td>10.0%</td></tr>
<tr><td>4</td><td>茅野 佐和子</td><td>長野県茅野市ちの2904-5</td><td>9,600</td><td>8.0%</td></tr>
<tr><td>5</td><td>百目鬼 剛</td><td>長野県岡谷市郷田1-7-16</td><td>3,600</td><td>3.0%</td></tr>
<tr><td>6</td><td>五十嵐 千景</td><td>長野県松本市蟻ケ崎2-12-40</td><td>2,400</td><td>2.0%</td></tr>
<tr><td>7</td><td>藤森 義治</td><td>山梨県北杜市小淵沢町1186-3</td><td>2,400</td><td>2.0%</td></tr>
<tr><td>8</td><td>左右田 実</td><td>長野県諏訪郡下諏訪町東町中3370</td><td>1,200</td><td>1.0%</td></tr>
<tr><td>9</td><td>征矢 清美</td><td>神奈川県相模原市南区上鶴間本町4-22-8</td><td>1,200</td><td>1.0%</td></tr>
</table>
<p>法人株主（取引先持株会・金融機関）分は別途お送りいたします。</p>
<p>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 経営企画部<br>椎名 かおり<br>TEL 03-5299-4435</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="nine individual shareholders with home addresses in an HTML-only table to counsel",
)

M(
    id="cor-008",
    sender=ASHIDA,
    to=[TARGET2],
    cc=[KASUMI],
    subject="マネジメントインタビューの日程について",
    charset="iso-2022-jp",
    body="""東雲精工株式会社
経営企画室 御中

いつもお世話になっております。日の出産業の芦田でございます。

マネジメントインタビューの日程につきまして、以下のとおり調整させていただければと存じます。
会場は貴社本社 第2会議室をお借りできますと幸いです。

　5月13日（火）
　　10:00〜11:30　代表取締役社長　東雲様
　　13:00〜14:00　専務取締役　百目鬼様
　　14:30〜15:30　常務取締役　五十嵐様
　5月14日（水）
　　10:00〜11:00　技術開発部長　忽那様
　　11:15〜12:00　経理部長　左右田様

当社からは鷲尾・芦田の2名、霞アドバイザリー様から久遠様・蓮見様の2名が出席予定です。
ご都合の悪い枠がございましたらお知らせください。

何卒よろしくお願いいたします。
""" + SIG_ASHIDA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="interview schedule with names, titles and times only; target + FA (two external organisations)",
)

M(
    id="cor-009",
    sender=SHIINA,
    to=["東雲精工 広報担当 <pr@shinonome-seiko.co.jp>"],
    subject="プレスリリース文案（株式取得に関するお知らせ）",
    charset="utf-8",
    body="""東雲精工株式会社
広報ご担当者様

お世話になっております。日の出産業の椎名です。
契約締結日に同時開示するプレスリリースの文案をお送りします。
貴社側の表現についてご確認をお願いいたします。

==============================
2025年7月XX日
各位
　　　　　　　　　　　　　　　　　日の出産業株式会社
　　　　　　　　　　　　　　　　　代表取締役社長　朝比奈 一臣

株式会社東雲精工の株式取得（子会社化）に関するお知らせ

当社は、本日開催の取締役会において、株式会社東雲精工（本社：長野県諏訪市、
以下「東雲精工」）の発行済株式の全部を取得し、子会社化することについて決議いたしましたので、
お知らせいたします。

1．株式取得の理由
　東雲精工は精密切削加工に強みを持ち、当社グループの産業機器事業との
　シナジーが見込まれます。

2．異動する子会社の概要
　名称　株式会社東雲精工
　所在地　長野県諏訪市四賀2281番地
　事業内容　精密部品の製造・販売
　資本金　9,000万円

3．日程
　取締役会決議日　2025年7月XX日
　株式譲渡実行日　2025年9月1日（予定）

4．今後の見通し
　本件による当期業績への影響は軽微です。
【本件に関するお問い合わせ先】日の出産業株式会社 経営企画部 03-5299-4431
==============================

よろしくお願いいたします。
""" + SIG_SHIINA,
    expect="pass",
    entities=[],
    detectors=[],
    note="press-release draft: company facts, representative's name and a switchboard only",
)

M(
    id="cor-010",
    sender=MAKABE,
    to=[MIDORI],
    subject="対象会社 財務ハイライト（ご参考）",
    charset="cp932",
    body="""二階堂様

お世話になっております。日の出産業の真壁です。
ご依頼のあった対象会社の財務ハイライトです。（単位：百万円）

　　　　　　　　　FY2022　　FY2023　　FY2024
売上高　　　　　　 7,412　　 7,958　　 8,301
売上総利益　　　　 1,820　　 1,991　　 2,104
営業利益　　　　　　 512　　　 577　　　 640
EBITDA　　　　　　　 803　　　 871　　　 942
当期純利益　　　　　 331　　　 368　　　 415
有利子負債　　　　 1,540　　 1,310　　 1,120
純資産　　　　　　 4,015　　 4,352　　 4,738

※FY2024は決算確定前の数値です。監査済み財務諸表は6月上旬に受領予定です。

EBITDA倍率は現時点で9〜10倍のレンジで考えております。
""" + SIG_MAKABE,
    expect="pass",
    entities=[],
    detectors=[],
    note="financial table only, to the bank",
)

M(
    id="cor-011",
    sender=WASHIO,
    to=[SHIRAKAWA, KASUMI, TOKIWA],
    subject="Project AKATSUKI キックオフミーティングのご案内",
    charset="iso-2022-jp",
    body="""各位

いつもお世話になっております。日の出産業の鷲尾でございます。

このたびはProject AKATSUKIにご参画いただき、誠にありがとうございます。
下記のとおりキックオフミーティングを開催いたしますので、ご出席をお願い申し上げます。

　日時：2025年4月17日（木）15:00〜17:00
　場所：日の出産業 本社8階 大会議室（Teams併用）
　議題：
　　1. 案件概要・スケジュール
　　2. 各DDの範囲と分担（法務／財務・税務／事業）
　　3. データルームの運用
　　4. 報告書の様式と提出期限

ご出席者のお名前を4月15日までにお知らせください。

以上
""" + SIG_WASHIO,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three adviser firms (law, FA, tax) in To can see each other",
)

M(
    id="cor-012",
    sender=KADOWAKI,
    to=["水無瀬 透 <minase@shirakawa-law.co.jp>"],
    subject="株式譲渡契約書 当社修正案（第3版）",
    charset="iso-2022-jp",
    body="""水無瀬先生

お世話になっております。日の出産業の門脇です。

株式譲渡契約書の当社修正案（第3版）をお送りします。
表明保証（別紙4）と補償の上限について、前回の打合せ内容を反映しております。

・表明保証違反の補償上限：譲渡価額の20%
・補償請求期間：クロージング後18か月（税務は時効まで）
・特別補償：係争中の労働審判2件

明後日の先方との協議前にご確認いただけますと幸いです。

門脇
""",
    attachments=[dict(
        kind="docx", name="株式譲渡契約書_当社修正案_v3.docx",
        paragraphs=["株式譲渡契約書", "第1条（目的）", "売主は、本契約の定めに従い、本株式を買主に譲渡し…",
                    "第12条（補償）", "売主は、表明保証違反に起因して買主に生じた損害を補償する。ただし…"],
    )],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="counsel's domain shirakawa-law.jp mistyped as shirakawa-law.co.jp (extra co.)",
)

M(
    id="cor-013",
    sender=MAKABE,
    to=["二階堂 和真 <nikaido.k@midori-ginko.jp>"],
    subject="タームシート（買収ファイナンス）へのコメント",
    charset="utf-8",
    body="""二階堂様

お世話になっております。日の出産業の真壁です。
タームシートをご送付いただきありがとうございました。当社コメントは以下のとおりです。

1. 財務制限条項：純資産維持の基準を前期比75%から70%へご検討いただけないでしょうか。
2. 返済スケジュール：初年度は据置とさせていただきたく存じます。
3. 担保：対象会社株式への質権設定は承知しました。

来週中にお打合せの機会をいただけますと幸いです。
""" + SIG_MAKABE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="bank's domain midori-ginko.co.jp with the co. dropped (midori-ginko.jp)",
)

M(
    id="cor-014",
    sender=SETOGUCHI,
    to=[HARROW],
    subject="Project Akatsuki - call on the UK subsidiary",
    charset="utf-8",
    body="""Dear Eleanor,

Thank you for your note. We would be glad to have a call about the target's UK
distribution subsidiary (Shinonome Precision Europe Ltd.) next week.

Would Wednesday 21 May, 9:00 London / 17:00 Tokyo work for you? We will join from our
Tokyo office with our legal team.

On the NDA: the target has confirmed that your firm may be added as a permitted
recipient under clause 4.2, so you can be given access to the data room from Monday.
We will send the invitation link separately.

Agenda we have in mind:
  1. Scope of the UK legal due diligence
  2. Employment matters (TUPE is not expected to apply)
  3. Timeline and fee estimate
""" + SIG_EN + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English scheduling mail to overseas counsel with NDA talk and a standard disclaimer",
)

M(
    id="cor-015",
    sender=SETOGUCHI,
    to=[PACIFICA],
    subject="Litigation list - Shinonome Seiko (for the risk section of your memo)",
    charset="utf-8",
    body="""Dear Daniel,

As requested, please find below the list of pending and recent disputes disclosed by the
target, translated from the data room index (Q&A #58). Amounts in JPY.

No. | Forum                  | Claimant              | Nature                                          | Claim      | Status
----+------------------------+-----------------------+-------------------------------------------------+------------+---------------
1   | Nagano District Court  | Mr. Kenji Kobayashi   | unfair dismissal (former line leader)           | 8,400,000  | hearing 6/12
2   | Labour tribunal, Suwa  | Ms. Yuka Harada       | unpaid overtime 2021-2023                       | 2,150,000  | mediation
3   | Tokyo District Court   | Mr. Takeshi Nozawa    | workplace injury: lumbar disc herniation,        | 15,000,000 | evidence stage
    |                        |                       | crush injury to left hand (press machine)       |            |
4   | Labour tribunal, Suwa  | Ms. Mariko Ushiyama   | harassment; depression diagnosed Oct 2023       | 5,500,000  | settled 3/2025
5   | Matsumoto Summary Ct.  | Mr. Hiroshi Kasahara  | retirement allowance calculation                | 1,280,000  | pending

Items 3 and 4 involve medical records which the target will only disclose to the clean
team. Please let us know if you need more detail for the indemnity discussion.
""" + SIG_EN,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="litigation list naming five individual claimants, two with injury/diagnosis details, to a US adviser",
)

M(
    id="cor-016",
    sender=MAKABE,
    to=[SHIRAKAWA],
    subject="Re: 【AKATSUKI】退職者リスト（過去3年）",
    charset="iso-2022-jp",
    body="""水無瀬先生

ご確認ありがとうございます。ご指摘のとおり、No.3とNo.6は自己都合扱いで
問題ないと対象会社から回答を得ております。本件は以上で完了とさせてください。

真壁

> 真壁様
>
> 退職者リストを拝受しました。以下の8名について、退職理由の区分を確認させてください。
>
>  No 氏名        生年月日     退職日      退職理由   住所
>  1  小平 和也   1985/07/14   2022/03/31  会社都合   長野県岡谷市長地片間町1-3-8
>  2  牛山 由香   1990/01/22   2022/09/30  自己都合   長野県諏訪市中洲5211
>  3  北原 隆     1972/11/05   2023/01/31  自己都合   長野県茅野市宮川4411-2
>  4  武居 真理   1995/04/18   2023/06/30  自己都合   長野県諏訪郡富士見町落合1002
>  5  両角 修一   1968/08/09   2023/12/31  定年       長野県岡谷市川岸東2-15-6
>  6  花岡 優斗   1998/02/27   2024/03/31  自己都合   長野県伊那市西町5370
>  7  矢島 佳代   1979/10/12   2024/08/31  会社都合   長野県上伊那郡辰野町伊那富3361
>  8  三澤 昇     1964/06/03   2025/01/31  定年       長野県塩尻市大門七番町8-2
>
> No.1とNo.7の会社都合退職について、退職勧奨の経緯がわかる資料があればご共有ください。
>
> 白川法律事務所 水無瀬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list is quoted from counsel's own mail (> lines); new text has no data",
)

M(
    id="cor-017",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="転送: 管理職の報酬データ",
    charset="cp932",
    body="""蓮見様

お世話になっております。芦田です。
対象会社の総務から届いた管理職の報酬データを転送します。
報酬比較の分析にお使いください。

-------- 転送メッセージ --------
件名: 管理職の報酬データ
日付: 2025年5月8日 17:42
差出人: 百瀬 <momose@shinonome-seiko.co.jp>
宛先: 芦田様 <ashida@hinode-sangyo.co.jp>

芦田様

ご依頼の管理職（課長以上）の報酬データです。

氏名,役職,生年月日,年齢,月額基本給,役職手当,年間賞与
唐沢 勝也,製造一課長,S49.6.11,50,452000,60000,1850000
宮坂 ちはる,製造二課長,S53.9.28,46,431000,60000,1720000
笠原 正人,生産管理課長,S47.2.3,53,468000,60000,1900000
胡桃沢 忍,品質管理課長,H1.4.16,36,398000,50000,1510000
降旗 悟,購買課長,S56.12.20,43,420000,50000,1630000
今井 美穂,総務課長,S59.3.7,41,405000,50000,1580000
塩原 龍之介,営業一課長,S51.7.25,48,447000,60000,1960000

以上です。取扱いにはご注意ください。

東雲精工株式会社 総務部 百瀬
""" + SIG_ASHIDA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forward (転送) of the target's mail: seven managers with DOB and pay, comma-separated, to the FA",
)

M(
    id="cor-018",
    sender=SHIINA,
    to=[SHIRAKAWA2],
    subject="データルーム資料一式（追加開示分）",
    charset="cp932",
    body="""加賀美先生

お世話になっております。日の出産業の椎名です。

データルームにアップロードできなかった追加開示資料（契約書類・就業規則等）を
ZIPにまとめてお送りします。パスワードは別メールにてお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_SHIINA,
    attachments=[dict(
        kind="zip", name="追加開示_0509.zip", password="Akt#0509dr",
        files=[
            dict(kind="txt", name="資料一覧.txt", text="1. 取引基本契約書（川崎電機）\n2. 就業規則\n3. 賃金規程\n"),
            dict(kind="docx", name="就業規則.docx", paragraphs=["第1章 総則", "第1条 この規則は…"]),
        ],
    )],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP attachment (PPAP) to counsel",
)

M(
    id="cor-019",
    sender=SHIINA,
    to=[SHIRAKAWA2],
    subject="パスワードのご連絡（追加開示_0509.zip）",
    charset="iso-2022-jp",
    body="""加賀美先生

先ほどお送りしたファイルのパスワードをお知らせします。

　Akt#0509dr

よろしくお願いいたします。

椎名
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail: no attachment, no personal data",
)

M(
    id="cor-020",
    sender=MAKABE,
    to=[TOKIWA],
    subject="税務DD：人件費関連データ",
    charset="utf-8",
    body="""乙部先生

お世話になっております。日の出産業の真壁です。
税務DDの人件費分析用に、対象会社の人員一覧をお送りします。
（源泉所得税の確認にお使いいただく想定です）

ご不明点があればご連絡ください。
""" + SIG_MAKABE,
    attachments=[dict(kind="corrupt", name="DD_人員一覧_2024.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# =======================================================================================
# 021-040
# =======================================================================================

M(
    id="cor-021",
    sender=ASHIDA,
    to=[WASHIO, "真壁 俊介 <makabe@mail.hinode-sangyo.co.jp>"],
    cc=["人事部 早乙女 <saotome@hinode-sangyo.co.jp>"],
    subject="【社内限り】東雲精工 キーパーソン連絡先",
    charset="cp932",
    body="""鷲尾部長、真壁さん
（cc：人事部 早乙女さん）

お疲れさまです。芦田です。
面談設定用に、対象会社キーパーソンの連絡先を社内共有します。社外への転送は不可でお願いします。

■東雲 宗一郎（代表取締役社長）
　生年月日：昭和29年11月23日
　携帯：０９０－４４１７－２２８６
　自宅：長野県諏訪市湖岸通り３丁目８－２１

■百目鬼 剛（専務取締役）
　生年月日：昭和37年2月14日
　携帯：０８０－３３５２－９０７１
　自宅：長野県岡谷市郷田１－７－１６

■忽那 遼平（技術開発部長）
　生年月日：昭和53年3月9日
　携帯：０９０－８８１３－６６４０
　自宅：長野県諏訪市高島２－１４０５－３

■薬袋 紗季（品質保証部長）
　生年月日：昭和56年12月1日
　携帯：０８０－６０２４－７７１９
　自宅：長野県茅野市塚原１－９－２２ ハイツ塚原２０５

■左右田 実（経理部長）
　生年月日：昭和38年5月17日
　携帯：０９０－２２９０－５５３８
　自宅：長野県諏訪郡下諏訪町東町中３３７０

以上です。
""" + SIG_ASHIDA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="key-person contact blocks sent only to internal addresses (one on the mail. subdomain)",
)

M(
    id="cor-022",
    sender=SETOGUCHI,
    to=["日の出ロジテック 笹目 慎吾 <sasame@hinode-logitech.co.jp>"],
    subject="【社外秘】統合スケジュール（物流機能移管）v3",
    charset="iso-2022-jp",
    body="""笹目さん

お疲れさまです。瀬戸口です。
物流機能移管の統合スケジュールを更新しました（v3）。

　6月　　 移管対象業務の棚卸し／倉庫契約の確認
　7月　　 WMS移行方針の決定（ツバサシステム社と協議）
　8月　　 配送委託先（青葉運輸）との契約条件協議
　9/1　　 クロージング・Day1
　10月〜　段階的移管（諏訪倉庫 → 岡谷DC）

前回からの変更点は、WMS移行を10月から7月に前倒ししたことです。
ご確認よろしくお願いします。
""" + SIG_SETOGUCHI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject stamped 【社外秘】 and sent to a group company on its own (external) domain",
)

M(
    id="cor-023",
    sender=MAKABE,
    to=[TARGET2],
    subject="Re: 顧客別売上データのご提供について",
    charset="iso-2022-jp",
    body="""東雲精工株式会社
経営企画室 ご担当者様

お世話になっております。日の出産業の真壁です。

顧客別売上データをご提供いただきありがとうございました。
資料の表紙に「極秘」とのご記載がありましたので、秘密保持契約およびクリーンチーム
運用ルールに従い、当社では経営企画部のクリーンチームメンバー2名と外部アドバイザーのみで
閲覧いたします。営業部門には集計後の情報のみを共有する予定です。

なお、閲覧ログの提出が必要であればお申し付けください。

引き続きよろしくお願いいたします。
""" + SIG_MAKABE,
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions the word 極秘 about the target's document; no marking on this mail, nothing attached",
)

M(
    id="cor-024",
    sender=MAKABE,
    to=[MIDORI2],
    subject="株式価値算定モデル（LBO感応度分析つき）",
    charset="utf-8",
    body="""みどり銀行
ストラクチャードファイナンス部 ご担当者様

お世話になっております。日の出産業の真壁です。
ご依頼のバリュエーションモデルをお送りします。借入水準の感応度シートを追加しています。

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[dict(
        kind="xlsx", name="AKATSUKI_valuation_model_v7.xlsx",
        page_header="Strictly Confidential",
        sheets={
            "DCF": [["DCF法（単位：百万円）"], [],
                    ["", "FY25", "FY26", "FY27", "FY28", "FY29"],
                    ["売上高", 8650, 9020, 9410, 9800, 10150],
                    ["EBITDA", 1002, 1075, 1148, 1221, 1290],
                    ["FCF", 480, 520, 566, 601, 640],
                    ["WACC", "7.2%"], ["永久成長率", "1.0%"], ["株式価値", 9120]],
            "マルチプル": [["類似会社", "EV/EBITDA"], ["A社", 8.7], ["B社", 10.2], ["C社", 9.4]],
            "感応度": [["借入額＼金利", "1.2%", "1.5%", "1.8%"], [5000, 1.9, 2.0, 2.1],
                     [6000, 2.3, 2.4, 2.5], [7000, 2.7, 2.8, 3.0]],
        },
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="valuation model whose print header says Strictly Confidential, to the bank",
)

M(
    id="cor-025",
    sender=ASHIDA,
    to=[KASUMI],
    subject="株式価値レンジの整理（ご確認）",
    charset="utf-8",
    body="""久遠様

お世話になっております。芦田です。
先日の打合せを踏まえ、株式価値のレンジを当社側で整理しました。

【算定結果サマリー】（百万円）
  手法                 下限      上限      中央値
  -------------------  --------  --------  --------
  DCF法                 8,640     9,780     9,120
  類似会社比較法        8,210     9,950     9,050
  類似取引比較法        8,900    10,400     9,600
  純資産法（参考）      4,738     4,738     4,738

意向表明では 8,800〜9,300 のレンジで提示する方向で社内調整中です。
貴社の算定書ドラフトとの差異があればご指摘ください。

よろしくお願いいたします。
""" + SIG_ASHIDA + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="valuation table in the body with the standard 機密情報 disclaimer only; no stamp",
)

_c26 = [
    ("ｵｷﾞｿ ｼｮｳﾀ", wareki(1988, 4, 2, "kanji"), "平成23年4月1日", "278,000", "2"),
    ("ｶﾗｻﾜ ﾐﾎ", wareki(1993, 10, 15, "kanji"), "平成28年4月1日", "241,000", "0"),
    ("ﾓﾓｾ ｺｳｽｹ", wareki(1971, 1, 30, "kanji"), "平成3年4月1日", "402,000", "3"),
    ("ｺﾀﾞｲﾗ ｱﾔ", wareki(1999, 7, 7, "kanji"), "令和3年4月1日", "212,000", "0"),
    ("ﾐﾔｻｶ ﾀﾞｲｷ", wareki(1984, 12, 24, "kanji"), "平成19年10月1日", "305,000", "1"),
    ("ﾓﾛｽﾞﾐ ｹｲｺ", wareki(1966, 5, 5, "kanji"), "昭和60年4月1日", "388,000", "1"),
    ("ｺﾞﾐ ﾀｸﾏ", wareki(1996, 2, 29, "kanji"), "平成30年4月1日", "229,000", "0"),
    ("ﾔｼﾞﾏ ｱｷﾗ", wareki(1975, 8, 19, "kanji"), "平成10年4月1日", "356,000", "2"),
    ("ｷﾀﾊﾗ ﾕｳｺ", wareki(1981, 3, 3, "kanji"), "平成15年4月1日", "318,000", "2"),
    ("ｿﾔ ﾘｮｳｽｹ", wareki(1990, 11, 11, "kanji"), "平成25年4月1日", "263,000", "1"),
    ("ｳｼﾔﾏ ｼﾞｭﾝ", wareki(1969, 6, 21, "kanji"), "昭和63年4月1日", "394,000", "2"),
    ("ｱﾙｶﾞ ﾂﾊﾞｻ", wareki(2001, 9, 9, "kanji"), "令和5年4月1日", "205,000", "0"),
]
M(
    id="cor-026",
    sender=MAKABE,
    to=["常盤税理士法人 乙部 雅人 <otobe@tokiwa-tax.jp>"],
    subject="給与台帳（岡谷工場）抜粋",
    charset="cp932",
    body="""乙部先生

いつもお世話になっております。真壁です。
源泉徴収・扶養控除の確認用に、岡谷工場の給与台帳から抜粋したデータを貼り付けます。
（対象会社のシステムからの出力をそのまま貼っていますので、半角カナのままです）

氏名カナ\t生年月日\t入社年月日\t基本給\t扶養人数
""" + "\n".join("\t".join(r) for r in _c26) + """

扶養人数3名の方（ﾓﾓｾ）は、配偶者控除との重複がないかご確認をお願いします。

真壁
""" + SIG_MAKABE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="12 employees (kana names, 和暦 DOB, pay, dependants) tab-separated in the body to the tax firm",
)

M(
    id="cor-027",
    sender=KADOWAKI,
    to=[SHIRAKAWA],
    subject="役員退職慰労金の支給対象者について",
    charset="iso-2022-jp",
    body="""水無瀬先生

お世話になっております。門脇です。
クロージング時に退任予定の対象会社役員5名と、退職慰労金の概算を以下にまとめました。
株主総会決議の要否と、SPAでの手当てについてご相談させてください。

【1】東雲 宗一郎
　　役職：代表取締役社長
　　生年月日：1954年11月23日
　　住所：長野県諏訪市湖岸通り3丁目8番21号
　　就任：1984年6月　慰労金概算：2億1,000万円

【2】東雲 房江
　　役職：取締役（非常勤）
　　生年月日：1957年3月2日
　　住所：長野県諏訪市湖岸通り3丁目8番21号
　　就任：1990年6月　慰労金概算：3,800万円

【3】茅野 佐和子
　　役職：監査役
　　生年月日：1951年10月30日
　　住所：長野県茅野市ちの2904番地5
　　就任：2003年6月　慰労金概算：1,200万円

【4】藤森 義治
　　役職：取締役
　　生年月日：1959年7月7日
　　住所：山梨県北杜市小淵沢町1186番地3
　　就任：2008年6月　慰労金概算：2,400万円

【5】征矢 清美
　　役職：社外取締役
　　生年月日：1962年1月18日
　　住所：神奈川県相模原市南区上鶴間本町4丁目22番8号
　　就任：2016年6月　慰労金概算：600万円

以上、よろしくお願いいたします。

日の出産業 法務部 門脇
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five officers, one block each with DOB and home address, to counsel",
)

M(
    id="cor-028",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="インタビュー当日の連絡先",
    charset="cp932",
    body="""蓮見様

お疲れさまです。芦田です。
明日のインタビューで、当日何かあった場合の先方連絡先をお伝えしておきます。

・百瀬 浩介様（総務部長）　携帯 ０９０－３１８２－７７０４
・有賀 ひとみ様（総務課）　携帯 ０８０－５５３０－２１９８
・受付（本社代表）　　　　 ０２６６－５２－１１８０

当日は8:50に本社受付集合でお願いします。
""" + SIG_ASHIDA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two contact persons' mobiles plus a switchboard: under five people, may be warned",
)

M(
    id="cor-029",
    sender=MAKABE,
    to=["みどり銀行 諏訪支店 融資課 <suwa-yushi@midori-ginko.co.jp>"],
    subject="本人確認書類の写し（連帯保証人）",
    charset="utf-8",
    body="""みどり銀行 諏訪支店
融資課 ご担当者様

お世話になっております。日の出産業の真壁です。
ブリッジローン実行に伴う本人確認のため、対象会社の代表者2名の旅券情報を
下記のとおりお知らせします（写しはPDFで別途郵送いたします）。

1) 東雲 宗一郎（シノノメ ソウイチロウ）
   生年月日 1954年11月23日
   旅券番号 TK4821736　有効期限 2031年3月14日

2) 東雲 陽介（シノノメ ヨウスケ）
   生年月日 1983年6月5日
   旅券番号 TR0937251　有効期限 2029年10月2日

よろしくお願いいたします。
""" + SIG_MAKABE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers of two persons (identity documents) to the bank",
)

M(
    id="cor-030",
    sender=SHIINA,
    to=[TOKIWA],
    subject="株式譲渡に係る支払調書の件",
    charset="cp932",
    body="""乙部先生

お世話になっております。日の出産業 経営企画部の椎名です。

個人株主からの株式買取りに係る支払調書の作成にあたり、売主の情報を下記にお送りします。
残りの株主の方は書類回収中です。

　売主氏名：茅野 佐和子（ちの さわこ）
　住所：〒391-0001 長野県茅野市ちの２９０４－５
　個人番号：""" + my_number(3001)[:4] + " " + my_number(3001)[4:8] + " " + my_number(3001)[8:] + """
　譲渡株式数：9,600株
　譲渡価額：712,320,000円

お手数ですがよろしくお願いいたします。
""" + SIG_SHIINA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="an individual seller's My Number in the body to the tax firm",
)

M(
    id="cor-031",
    sender=SHIINA,
    to=[SHIRAKAWA2],
    subject="対象会社の拠点一覧（不動産DD用）",
    charset="utf-8",
    body="""加賀美先生

お世話になっております。椎名です。
不動産DDの対象となる拠点の一覧です。所有／賃借の区分は対象会社の回答によります。

拠点名           所在地                                   区分   電話
本社・諏訪工場   長野県諏訪市四賀2281                     所有   0266-52-1180
岡谷工場         長野県岡谷市長地柴宮3-11-5               所有   0266-27-4410
伊那工場         長野県伊那市西箕輪4120-7                 賃借   0265-72-9031
東京営業所       東京都港区芝大門1-9-12 芝大門ビル5F      賃借   03-5403-6672
名古屋営業所     愛知県名古屋市中村区名駅南2-8-3          賃借   052-581-3307
大阪営業所       大阪府大阪市淀川区西中島5-4-19           賃借   06-6305-8854

伊那工場の賃貸借契約にはチェンジオブコントロール条項があるとのことです。

椎名
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of the target's sites (business addresses and switchboards), not people",
)

M(
    id="cor-032",
    sender=SETOGUCHI,
    to=["鷲尾 隆之 <washio@hinode-sanygo.co.jp>"],
    subject="取締役会説明資料の構成案",
    charset="iso-2022-jp",
    body="""鷲尾部長

お疲れさまです。瀬戸口です。
来週の取締役会での説明資料の構成案です。ご確認ください。

　1. 本件の位置づけ（中期経営計画との関係）
　2. 対象会社の概要と業績推移
　3. DDで把握したリスクと対応
　4. 取得価額と算定根拠
　5. 資金調達
　6. PMIの進め方

3.のリスクについては、労働審判2件と伊那工場の土壌調査を取り上げる予定です。

瀬戸口
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="meant for an internal colleague but the domain is mistyped hinode-sanygo.co.jp (swapped letters)",
)

M(
    id="cor-033",
    sender=KADOWAKI,
    to=[KASUMI],
    subject="係争案件一覧（労務関係）",
    charset="iso-2022-jp",
    body="""久遠様

お世話になっております。日の出産業 法務部の門脇です。
事業計画上の引当の検討用に、対象会社の労務関係の係争一覧をPDFでお送りします。
金額は請求額ベースです。

門脇
""",
    attachments=[dict(
        kind="pdf", name="係争案件一覧_労務.pdf",
        lines=["東雲精工株式会社 係争案件一覧（労務関係） 2025年5月現在", ""],
        table=[
            ["No", "申立人", "申立人住所", "種別", "内容", "請求額"],
            ["1", "小林 健二", "長野県岡谷市銀座2-6-11", "訴訟", "解雇無効確認", "8,400,000"],
            ["2", "原田 由佳", "長野県諏訪市大和1-30-4", "労働審判", "未払残業代", "2,150,000"],
            ["3", "野沢 武", "長野県茅野市本町西7-2", "訴訟", "労災（腰椎椎間板ヘルニア）", "15,000,000"],
            ["4", "牛山 真理子", "長野県下諏訪町西四王4960", "労働審判", "パワハラ・うつ病による休職", "5,500,000"],
            ["5", "笠原 宏", "長野県松本市島内7110-3", "調停", "退職金算定", "1,280,000"],
            ["6", "平林 聡子", "長野県上田市常田3-4-29", "あっせん", "雇止め", "900,000"],
        ],
    )],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of six named claimants with addresses, two with medical details, to the FA",
)

M(
    id="cor-034",
    sender=SHIINA,
    to=[SHIRAKAWA],
    subject="RE: 株主名簿の記載について",
    charset="cp932",
    body="""水無瀬先生

ご連絡ありがとうございます。
藤森様の住所変更届は対象会社にて受領済みとのことですので、
名簿の更新版が届き次第お送りします。

椎名

-----Original Message-----
From: 水無瀬 透 <minase@shirakawa-law.jp>
Sent: Wednesday, May 14, 2025 10:12 AM
To: 椎名 かおり <shiina@hinode-sangyo.co.jp>
Subject: 株主名簿の記載について

椎名様

株主名簿を確認したところ、以下の記載が登記・印鑑証明と一致していないようです。

　株主名　　　株主名簿上の住所　　　　　　　　　　印鑑証明上の住所
　藤森 義治　山梨県北杜市小淵沢町1186-3　　　　　山梨県北杜市長坂町長坂上条2575-1
　征矢 清美　神奈川県相模原市南区上鶴間本町4-22-8　神奈川県相模原市南区上鶴間本町4-22-8 201号
　東雲 陽介　東京都世田谷区奥沢5-31-9　　　　　　東京都目黒区自由が丘2-17-3
　茅野 佐和子　長野県茅野市ちの2904-5　　　　　　長野県茅野市ちの2904-5
　左右田 実　長野県諏訪郡下諏訪町東町中3370　　　長野県諏訪市中洲3140-2

譲渡承認手続の前に名簿の書換えが必要かご確認ください。

白川法律事務所 水無瀬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the five shareholders' addresses sit only under -----Original Message----- from the recipient",
)

M(
    id="cor-035",
    sender=WASHIO,
    to=["日の出商事 経営管理部 東海林 様 <shoji@hinode-shoji.co.jp>"],
    subject="DD報告書（事業DDサマリー）送付",
    charset="iso-2022-jp",
    body="""東海林様

お世話になっております。鷲尾です。
販売チャネル統合のご検討用に、事業DDのサマリーをお送りします。
貴社の販売網との重複状況について、ご意見をいただけますと助かります。

鷲尾
""",
    attachments=[dict(
        kind="docx", name="事業DDサマリー.docx",
        page_header="取扱注意",
        paragraphs=["事業DDサマリー", "1. 市場環境：精密部品市場は年率3%成長",
                    "2. 顧客構成：上位5社で売上の58%", "3. 販売チャネル：直販7割、商社経由3割",
                    "4. 課題：価格改定の遅れ、伊那工場の稼働率低下"],
        tables=[[["顧客区分", "売上構成比"], ["自動車", "41%"], ["産業機械", "33%"], ["医療機器", "14%"], ["その他", "12%"]]],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX with a 取扱注意 page header sent to a group company on an external domain",
)

M(
    id="cor-036",
    sender=MAKABE,
    to=[MIDORI],
    subject="業績推移資料（PDF）",
    charset="iso-2022-jp",
    body="""二階堂様

お世話になっております。真壁です。
融資審査用の業績推移資料をPDFでお送りします。セグメント別の内訳も付けています。

よろしくお願いいたします。

真壁
""",
    attachments=[dict(
        kind="pdf", name="業績推移_セグメント別.pdf",
        lines=["株式会社東雲精工 業績推移（単位：百万円）", ""],
        table=[["セグメント", "FY2022", "FY2023", "FY2024"],
               ["自動車部品", "3,120", "3,270", "3,403"],
               ["産業機械部品", "2,410", "2,580", "2,739"],
               ["医療機器部品", "1,050", "1,121", "1,162"],
               ["その他", "832", "987", "997"],
               ["合計", "7,412", "7,958", "8,301"]],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="PDF of segment figures without any marking",
)

M(
    id="cor-037",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="役員報酬の比較データ",
    charset="utf-8",
    html="""<html><head><meta charset="utf-8"></head><body>
<div>蓮見様</div>
<div><br></div>
<div>お世話になっております。芦田です。</div>
<div>対象会社の役員報酬データです。氏名は伏せていますが、役職でご判断ください。</div>
<div><br></div>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>役職</th><th>生年月日</th><th>就任年月</th><th>月額報酬</th><th>賞与（前期）</th><th>自宅住所</th></tr></thead>
<tbody>
<tr><td>代表取締役社長</td><td>1954年11月23日</td><td>1984年6月</td><td>2,800,000</td><td>6,000,000</td><td>長野県諏訪市湖岸通り3-8-21</td></tr>
<tr><td>専務取締役</td><td>1962年2月14日</td><td>2005年6月</td><td>1,500,000</td><td>3,000,000</td><td>長野県岡谷市郷田1-7-16</td></tr>
<tr><td>常務取締役</td><td>1966年8月30日</td><td>2012年6月</td><td>1,350,000</td><td>2,500,000</td><td>長野県松本市蟻ケ崎2-12-40</td></tr>
<tr><td>取締役</td><td>1959年7月7日</td><td>2008年6月</td><td>800,000</td><td>1,000,000</td><td>山梨県北杜市小淵沢町1186-3</td></tr>
<tr><td>取締役（非常勤）</td><td>1957年3月2日</td><td>1990年6月</td><td>300,000</td><td>0</td><td>長野県諏訪市湖岸通り3-8-21</td></tr>
<tr><td>監査役</td><td>1951年10月30日</td><td>2003年6月</td><td>250,000</td><td>0</td><td>長野県茅野市ちの2904-5</td></tr>
</tbody></table>
<div><br></div>
<div>芦田</div>
</body></html>""",
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six officers without a name column (title, DOB, pay, home address) in an HTML-only table",
)

M(
    id="cor-038",
    sender=SETOGUCHI,
    to=[HARROW],
    subject="RE: Project Akatsuki - revised timetable",
    charset="utf-8",
    body="""Dear Eleanor,

Thank you for the call yesterday. For your planning, the revised timetable is:

  - 30 May      Data room closes for Phase 1
  - 6 June      Draft legal DD reports (Japan and UK)
  - 13 June     Red-flag meeting with the Board working group
  - 27 June     SPA signing (target)
  - 1 September Completion

Regarding your question on the NDA: the confidentiality obligations survive for three
years after termination, and the non-solicitation clause covers the target's managers
for 12 months. Information you receive through the data room is Confidential Information
under the NDA, so please keep it within the engagement team.

Kind regards,
Ryo
""" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English timetable mail discussing NDA confidentiality; the word is mentioned, not stamped",
)

M(
    id="cor-039",
    sender=SETOGUCHI,
    to=[HARROW, PACIFICA],
    cc=[SHIRAKAWA],
    subject="Project Akatsuki: coordination call for cross-border DD",
    charset="utf-8",
    body="""Dear all,

To coordinate the cross-border part of the due diligence, we would like to set up a
one-hour call among our advisers:

  - Harrowgate & Finch (UK legal)
  - Pacifica Capital Partners (financial)
  - Shirakawa Law Office (Japan legal, lead counsel)

Proposed slots (JST): 22 May 17:00, 23 May 16:30 or 26 May 17:00.
Please reply with your availability by Tuesday.
""" + SIG_EN,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external firms (two in To, one in Cc) can see each other's addresses",
)

M(
    id="cor-040",
    sender=ASHIDA,
    to=["東雲精工 総務部長 百瀬 浩介 様 <momose@shinonome-seiko.co.jp>"],
    cc=[KASUMI],
    subject="工場見学（5/20）の段取りについて",
    charset="iso-2022-jp",
    body="""百瀬様

いつもお世話になっております。日の出産業の芦田です。
5月20日の工場見学につきまして、当方の段取りをお送りします。

・到着予定：上諏訪駅 9:42着の特急あずさ → タクシーで貴社本社へ（10:00頃）
・見学順序：諏訪工場（午前） → 岡谷工場（午後）
・参加者：当社3名、霞アドバイザリー様2名、計5名
・ヘルメット・安全靴は当方で持参します

当日の緊急連絡先は私の携帯（080-6641-2290）にお願いいたします。

何卒よろしくお願いいたします。
""" + SIG_ASHIDA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="plant-visit logistics to the target with the FA in Cc: two external organisations, sender's own mobile",
)

# =======================================================================================
# 041-060
# =======================================================================================


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 base digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_MOCHI_ADDR = [
    "長野県諏訪市上川1-1644-12", "長野県岡谷市本町4-3-9", "長野県茅野市玉川2877-4",
    "長野県諏訪郡原村17217-1", "長野県諏訪市清水3-3570", "長野県岡谷市加茂町2-10-3",
    "長野県諏訪郡富士見町富士見3321-6", "長野県伊那市荒井3428-1", "長野県諏訪市渋崎1792-211",
    "長野県茅野市豊平4634", "長野県岡谷市川岸上1-22-17", "長野県塩尻市広丘高出1588-3",
    "長野県諏訪郡下諏訪町矢木町214", "長野県松本市笹部2-5-8", "長野県諏訪市湖南3147",
    "長野県上伊那郡箕輪町中箕輪10286", "長野県岡谷市神明町3-6-12", "長野県茅野市宮川5012-9",
    "山梨県北杜市白州町白須312", "長野県諏訪市豊田1011-4",
]
_c41 = census(41, 20, names=True)
M(
    id="cor-041",
    sender=SHIINA,
    to=["みどり銀行 証券代行部 持株会担当 <mochikabu@midori-ginko.co.jp>"],
    subject="東雲精工従業員持株会 会員一覧（持分精算用）",
    charset="cp932",
    body="""みどり銀行
証券代行部 持株会ご担当者様

お世話になっております。日の出産業の椎名でございます。
株式取得に伴う従業員持株会の解散・持分精算の件で、対象会社から提供を受けた
会員一覧をCSVでお送りいたします。精算金の振込手続についてご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_SHIINA,
    attachments=[dict(
        kind="csv", name="持株会会員一覧.csv", encoding="utf-8-sig",
        rows=[["会員番号", "氏名", "住所", "拠出口数", "持分株数"]]
        + [[f"M{1001 + i:04d}", r["name"], _MOCHI_ADDR[i], (i * 7) % 9 + 1, (i * 13) % 40 + 12]
           for i, r in enumerate(_c41)],
    )],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="20 employee-shareholders with home addresses in a UTF-8 CSV to the bank",
)

M(
    id="cor-042",
    sender=WASHIO,
    to=[KASUMI],
    subject="代表者の件（ご相談）",
    charset="iso-2022-jp",
    body="""久遠様

お世話になっております。鷲尾です。
電話でお話しした件、念のため文面でも共有いたします。

先方の東雲社長ですが、昨年12月に心筋梗塞で倒れられ、1か月ほど信州中央病院に
入院されていたとのことです。現在も月1回の通院と服薬を続けておられ、
ご本人はクロージング後1年程度は顧問として残る意向ですが、
健康面から長期の関与は難しいと見ております。

このため、アーンアウトを社長の続投前提で組むのは避け、
キーマン条項の対象は百目鬼専務に切り替える方向で検討したいと考えています。
次回の打合せでご意見をいただけますでしょうか。

鷲尾
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="prose on a named CEO's heart attack, hospitalisation and medication (要配慮) to the FA",
)

M(
    id="cor-043",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="インタビュー所感メモ",
    charset="iso-2022-jp",
    body="""蓮見様

お疲れさまです。芦田です。
昨日のインタビューの所感を簡単に共有します。

・技術開発部長の忽那氏は、新工法の開発を一人で主導しており、
　本人の退職が最大のリスクと感じました。処遇面の不満も口にされていました。
・品質保証部長の薬袋氏は、顧客監査対応の実務を一手に担っており、
　後任候補が社内にいない状況です。
・経理部長の左右田氏は定年が近く、PMI期間中の引継ぎ計画が必要です。

上記3名はリテンションボーナスの対象として検討したいと思います。
金額水準について、他案件の相場感を教えていただけますと助かります。

芦田
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="prose impressions of three named managers by title, no contact data or sensitive data",
)

_c44 = census(44, 16, "jp", names=True)
M(
    id="cor-044",
    sender=MAKABE,
    to=["青嵐監査法人 財務DDチーム <akatsuki-dd@seiran-kansa.or.jp>"],
    subject="財務DD依頼資料 No.21〜No.24",
    charset="utf-8",
    body="""青嵐監査法人
財務DDチーム 御中

お世話になっております。日の出産業の真壁です。
依頼資料リスト No.21〜No.24 について、対象会社から受領したものをZIPでお送りします。

No.21 退職給付債務の計算基礎データ
No.22 賞与引当金の計算資料
No.23 役員退職慰労引当金の内規
No.24 未払有給休暇の集計（該当なしとの回答）

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[dict(
        kind="zip", name="依頼資料_No21-24.zip",
        files=[
            dict(kind="csv", name="No21_退職給付計算基礎データ.csv", encoding="cp932",
                 rows=[["氏名", "性別", "生年月日", "入社日", "基本給", "退職金ポイント"]]
                 + [[r["name"], r["sex"], r["dob"], r["hired"], r["pay"], r["pay"] // 1000 * 3]
                    for r in _c44]),
            dict(kind="txt", name="No22_賞与引当金.txt", encoding="cp932",
                 text="賞与引当金 計算根拠\n支給見込額 192,400千円 × 支給対象期間 4/6\n"),
            dict(kind="docx", name="No23_役員退職慰労金内規.docx",
                 paragraphs=["役員退職慰労金内規", "第3条 慰労金の額は、最終報酬月額に在任年数と係数を乗じて算出する。"]),
        ],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="plain ZIP holding a CSV of 16 employees with DOB and salary, to the audit firm",
)

M(
    id="cor-045",
    sender=MAKABE,
    to=["二階堂 和真 <nikaido.k@midori-ginkou.co.jp>"],
    cc=[ASHIDA],
    subject="エスクロー口座開設の必要書類",
    charset="iso-2022-jp",
    body="""二階堂様

お世話になっております。日の出産業の真壁です。

クロージング時の譲渡代金の一部をエスクローとする件で、
口座開設に必要な書類を確認させてください。

　・エスクロー契約書（三者間）のひな形
　・当社の登記事項証明書、印鑑証明書
　・売主側の本人確認書類（個人株主分）

売主側の書類は白川法律事務所経由で回収予定です。
ご教示のほどよろしくお願いいたします。
""" + SIG_MAKABE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="bank domain with a letter added (midori-ginkou.co.jp instead of midori-ginko.co.jp)",
)

M(
    id="cor-046",
    sender=KADOWAKI,
    to=["加賀美 夏帆 <kagami@shirakawa.law.jp>"],
    subject="表明保証の開示別紙について",
    charset="cp932",
    body="""加賀美先生

お世話になっております。門脇です。

開示別紙（Disclosure Schedule）の第4項について、対象会社から追加の開示事項が
届きました。主な内容は以下のとおりです。

　（１）取引先A社との契約における最低購入数量の未達（2024年度）
　（２）伊那工場の消防設備点検の指摘事項（是正済み）
　（３）派遣社員の受入期間に関する労働局の指導（2023年）

これらを開示別紙に追記する場合の表現について、ご意見をお聞かせください。

門脇
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="counsel's domain written with a dot for the hyphen (shirakawa.law.jp)",
)

M(
    id="cor-047",
    sender=WASHIO,
    to=["東雲 陽介 <yosuke.shinonome1983@gmail.com>"],
    subject="ご面談のお願い（日の出産業 鷲尾）",
    charset="utf-8",
    body="""東雲 陽介 様

突然のご連絡失礼いたします。日の出産業株式会社の鷲尾と申します。
お父様の宗一郎様よりご紹介をいただき、ご連絡差し上げました。

当社と東雲精工様との資本提携の件で、株主のお一人である陽介様にも
一度ご説明の機会をいただきたく存じます。
6月上旬の平日夕方、都内でご都合のよい日時をお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_WASHIO,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private shareholder on gmail.com: a single free-mail recipient, ordinary content",
)

M(
    id="cor-048",
    sender=WASHIO,
    to=["茅野 佐和子 <sawako.chino@yahoo.co.jp>",
        "藤森 義治 <y-fujimori@icloud.com>",
        "征矢 清美 <kiyomi.soya@gmail.com>"],
    subject="株式譲渡に関するご説明会のご案内",
    charset="utf-8",
    body="""株主各位

拝啓　時下ますますご清祥のこととお慶び申し上げます。
日の出産業株式会社の鷲尾でございます。

東雲精工株式会社の株式譲渡につきまして、個人株主の皆様を対象とした
ご説明会を下記のとおり開催いたします。ご多用中恐縮ですが、ご出席を賜りますよう
お願い申し上げます。

　日時：2025年6月14日（土）13:30〜15:00
　会場：上諏訪温泉 ホテル湖泉閣 2階「白樺の間」
　内容：譲渡価格・手続・日程のご説明、質疑応答

ご出欠を6月6日までにご返信ください。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_WASHIO,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private shareholders in To on three free-mail services can see each other's addresses",
)

M(
    id="cor-049",
    sender=WASHIO,
    to=["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    cc=["社長室 <shachoshitsu@hinode-sangyo.co.jp>"],
    subject="【極秘】Project AKATSUKI 取締役会付議資料（最終版）",
    charset="iso-2022-jp",
    body="""経営会議メンバー各位

鷲尾です。
明日の取締役会に付議するProject AKATSUKIの資料（最終版）を送付します。
取扱いには十分ご注意ください。社外への転送は厳禁です。

主な変更点：
　・取得価額の上限を 92億円 に修正
　・借入額を 60億円 → 58億円 に修正
　・リスク項目に土壌汚染調査の結果を追記

鷲尾
""",
    attachments=[dict(
        kind="pptx", name="取締役会付議資料_AKATSUKI_final.pptx",
        page_footer="極秘",
        slides=[["Project AKATSUKI 株式取得の件", "付議事項：株式譲渡契約の締結"],
                ["取得価額", "上限 92億円", "算定：DCF・類似会社比較"],
                ["リスク", "労働審判2件", "伊那工場 土壌調査（基準値超過なし）"]],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="極秘 board material sent only to internal lists",
)

M(
    id="cor-050",
    sender=SETOGUCHI,
    to=["日の出ロジテック 人事総務部 <jinji@hinode-logitech.co.jp>"],
    subject="転籍候補者リスト（物流部門）",
    charset="iso-2022-jp",
    body="""日の出ロジテック
人事総務部 御中

お世話になっております。PMI推進室の瀬戸口です。

物流機能移管に伴う転籍候補者（対象会社 物流課所属）のリストを作成しましたので
お送りします。処遇の比較検討にご利用ください。

よろしくお願いします。
""" + SIG_SETOGUCHI,
    attachments=[dict(
        kind="xlsx", name="転籍候補者リスト.xlsx",
        sheets={
            "候補者": [
                ["転籍候補者リスト（東雲精工 物流課）", "", "", "", "", "", "作成：PMI推進室"],
                ["社員番号", "氏名", "生年月日", "現等級", "直近評価", "現月給", "転籍後想定"],
                ["S20417", "小木曽 仁", "S51.3.18", "M1", "A", 438000, "物流企画課長"],
                ["S31150", "有賀 ひとみ", "S58.11.2", "M1", "B+", 412000, "配送管理課長"],
                ["S40988", "平林 航", "H4.6.29", "G3", "A", 318000, "物流企画課"],
                ["S41203", "樋口 まどか", "H6.1.13", "G2", "B", 276000, "配送管理課"],
                ["S52671", "濱 拓海", "H10.8.8", "G2", "B", 254000, "倉庫運営課"],
                ["S53302", "三澤 七海", "H11.12.31", "G1", "B", 231000, "倉庫運営課"],
                ["S11829", "降旗 正", "S42.4.22", "G4", "C", 389000, "倉庫運営課（嘱託）"],
            ],
            "処遇比較": [["等級", "東雲精工", "日の出ロジテック"], ["G1", "210-240", "220-250"],
                       ["G2", "240-290", "245-300"], ["M1", "400-460", "420-480"]],
        },
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="seven transfer candidates with DOB, rating and pay in an XLSX to a group company",
)

M(
    id="cor-051",
    sender=SETOGUCHI,
    to=[TARGET2],
    subject="統合後組織図（管理部門）のご確認",
    charset="cp932",
    body="""東雲精工株式会社
経営企画室 御中

お世話になっております。日の出産業 PMI推進室の瀬戸口です。
統合後の管理部門の組織図（案）をExcelでお送りします。
氏名・役職のみの資料です。貴社側で配置に誤りがないかご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_SETOGUCHI,
    attachments=[dict(
        kind="xlsx", name="組織図_管理部門_案.xlsx",
        sheets={"管理部門": [
            ["部", "課", "役職", "氏名"],
            ["管理本部", "", "本部長", "左右田 実"],
            ["管理本部", "総務課", "課長", "今井 美穂"],
            ["管理本部", "総務課", "係長", "有賀 ひとみ"],
            ["管理本部", "人事課", "課長", "百瀬 浩介"],
            ["管理本部", "人事課", "主任", "宮坂 ちはる"],
            ["管理本部", "経理課", "課長", "胡桃沢 忍"],
            ["管理本部", "経理課", "主任", "小平 彩"],
            ["管理本部", "情報システム課", "課長", "征矢 亮介"],
            ["管理本部", "情報システム課", "担当", "牛山 純"],
        ]},
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="org chart XLSX with department, title and name only, to the target",
)

M(
    id="cor-052",
    sender=SAOTOME,
    to=["日の出ロジテック 人事総務部 笹目 <sasame@hinode-logitech.co.jp>"],
    subject="転籍者の社会保険手続き用データ",
    charset="utf-8",
    body="""笹目さん

お疲れさまです。日の出産業 人事部の早乙女です。
9/1付の転籍者について、社会保険の資格取得手続に必要な情報をWordにまとめました。
基礎年金番号は対象会社の届出控えから転記しています。

よろしくお願いします。

日の出産業株式会社 人事部
早乙女 拓
""",
    attachments=[dict(
        kind="docx", name="転籍者_社保手続データ.docx",
        paragraphs=["転籍者 社会保険資格取得用データ（2025年9月1日付）", "提出先：日の出ロジテック 人事総務部"],
        tables=[[
            ["氏名", "フリガナ", "生年月日", "基礎年金番号", "標準報酬月額"],
            ["小木曽 仁", "オギソ ジン", "1976/03/18", "4120-583917", "440,000"],
            ["有賀 ひとみ", "アルガ ヒトミ", "1983/11/02", "4271-096335", "410,000"],
            ["平林 航", "ヒラバヤシ ワタル", "1992/06/29", "4498-217604", "320,000"],
            ["樋口 まどか", "ヒグチ マドカ", "1994/01/13", "4503-660182", "280,000"],
            ["濱 拓海", "ハマ タクミ", "1998/08/08", "4637-405529", "260,000"],
            ["三澤 七海", "ミサワ ナナミ", "1999/12/31", "4652-118047", "240,000"],
        ]],
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six transferees with 基礎年金番号 and DOB to a group company",
)

_T_HINODE = "T" + corp_number("010401128765")
_T_KASUMI = corp_number("011001094432")
M(
    id="cor-053",
    sender=SHIINA,
    to=["霞アドバイザリー 経理部 <keiri@kasumi-advisory.co.jp>"],
    subject="ご請求書受領およびお支払予定日のご連絡",
    charset="cp932",
    body="""霞アドバイザリー株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経営企画部の椎名です。
下記ご請求書を受領いたしました。お支払予定日をご連絡いたします。

　請求書番号　　：KA-INV-2025-0412
　件名　　　　　：Project AKATSUKI ファイナンシャル・アドバイザリー業務（リテイナー 4月分）
　請求金額　　　：3,300,000円（税込）
　貴社法人番号　：""" + _T_KASUMI + """
　支払予定日　　：2025年5月30日
　振込元　　　　：みどり銀行 日本橋支店 当座 0128840 ヒノデサンギョウ（カ

なお、当社の適格請求書発行事業者登録番号は """ + _T_HINODE + """ です。
ご不明点があればお知らせください。
""" + SIG_SHIINA,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice/payment notice: invoice number, corporate numbers and the company's own account only",
)

M(
    id="cor-054",
    sender=KADOWAKI,
    to=[SHIRAKAWA],
    subject="退職勧奨の対象者（対象会社の計画）について",
    charset="iso-2022-jp",
    body="""水無瀬先生

お世話になっております。門脇です。
対象会社がクロージング前に実施を検討している早期退職の募集について、
個別に声をかける予定の対象者リストを入手しました。
手続の適法性と、SPA上の手当てについてご相談させてください。

氏名            年齢  勤続  所属        住所
--------------  ----  ----  ----------  ----------------------------------------
唐沢 勝也        50    27   製造一課    長野県岡谷市東銀座1-12-4
笠原 正人        53    31   生産管理課  長野県諏訪市小和田南14-8
北原 隆司        57    35   購買課      長野県茅野市塚原2-7-30
両角 恵子        58    38   総務課      長野県諏訪郡下諏訪町社982
牛山 淳一        56    33   製造二課    長野県岡谷市湊3-18-6
矢島 章          49    26   営業一課    長野県伊那市山寺1850-2
花岡 敏行        59    39   品質管理課  長野県上伊那郡南箕輪村3012
降旗 悟志        55    30   製造一課    長野県松本市寿北6-21-11

退職金の上乗せは基本給の24か月分を想定しているとのことです。

門脇
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="eight named employees with age and home address in a space-padded table to counsel",
)

M(
    id="cor-055",
    sender=KADOWAKI,
    to=[SHIRAKAWA2],
    subject="対象会社グループの子会社一覧",
    charset="iso-2022-jp",
    body="""加賀美先生

お世話になっております。門脇です。
対象会社の子会社・関連会社の一覧です。登記簿の取得をお願いできますでしょうか。

会社名                            所在地                          資本金      持分   代表者
--------------------------------  ------------------------------  ----------  -----  ------------
株式会社シノノメテクノ            長野県諏訪市四賀2281            30,000千円  100%   百目鬼 剛
東雲物流サービス株式会社          長野県岡谷市長地柴宮3-11-5      10,000千円  100%   小木曽 仁
有限会社すわ精密                  長野県茅野市米沢4012-3           3,000千円   80%   花岡 克己
Shinonome Precision Europe Ltd.   Birmingham, United Kingdom      GBP 200k    100%   Mark Ellison
Shinonome Precision (S) Pte. Ltd. Singapore                       SGD 500k    100%   忽那 遼平
蘇州東雲精密機械有限公司          中国江蘇省蘇州市                USD 2,000k   60%   王 建国

代表者は登記上の代表取締役（海外は Director）です。

門脇
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of subsidiaries (companies, registered offices, representatives) - businesses, not people",
)

M(
    id="cor-056",
    sender=MAKABE,
    to=[MIDORI],
    subject="統合後 中期事業計画（ドラフト）",
    charset="cp932",
    body="""二階堂様

お世話になっております。真壁です。
融資審査に必要とのことでしたので、統合後の中期事業計画のドラフトをPDFでお送りします。
確定版は取締役会決議後にあらためてお送りいたします。

よろしくお願いいたします。
""" + SIG_MAKABE,
    attachments=[dict(
        kind="pdf", name="統合後中期事業計画_draft.pdf",
        page_footer="社外秘",
        lines=["統合後 中期事業計画（2026〜2028年度）", "",
               "1. 基本方針：精密部品事業の拡大と物流機能の統合",
               "2. 数値目標：2028年度 連結売上高 1,420億円、営業利益率 7.5%",
               "3. 投資計画：伊那工場の自動化投資 18億円"],
        table=[["", "2026", "2027", "2028"], ["売上高（億円）", "1,310", "1,365", "1,420"],
               ["営業利益（億円）", "86", "97", "107"]],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF business plan stamped 社外秘 in its page footer, to the bank",
)

M(
    id="cor-057",
    sender=SETOGUCHI,
    to=[MERIDIAN],
    subject="Re: Key staff of Shinonome Precision (S)",
    charset="utf-8",
    body="""Hi Wei Ling,

Many thanks - this is exactly what we needed. We'll reflect the notice periods in the
retention plan and come back to you next week with a draft of the retention letters.

Best,
Ryo

On Tue, 20 May 2025 at 14:05, Wei Ling Tan <weiling.tan@meridianstrait.com.sg> wrote:
> Dear Ryo,
>
> As discussed, here are the key staff of the Singapore subsidiary:
>
> Name              DOB          NRIC/FIN      Position              Monthly salary (SGD)
> Lim Boon Keat     1979-04-12   S7912345D     General Manager       14,500
> Priya Raman       1986-09-03   S8634561B     Finance Manager        8,200
> Ahmad Faizal      1990-01-27   S9012876H     Production Lead        6,100
> Chen Xiaoyu       1992-07-15   G3345120K     QA Engineer            5,800
> Nurul Huda        1988-11-30   S8877410C     HR Executive           4,900
>
> Notice periods are 3 months for the GM and 1 month for the others.
>
> Regards,
> Wei Ling
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose staff list is only quoted from the recipient's own mail (On ... wrote:)",
)

M(
    id="cor-058",
    sender=SETOGUCHI,
    to=[PACIFICA],
    subject="FW: UK subsidiary - employee data for pension review",
    charset="utf-8",
    body="""Daniel,

Forwarding the employee data we received from the UK subsidiary for your pension
liability review. Let me know if anything is missing.

Ryo

---------- Forwarded message ---------
From: Mark Ellison <m.ellison@shinonome-precision.co.uk>
Date: Thu, 22 May 2025 at 09:31
Subject: UK subsidiary - employee data for pension review
To: Ryo Setoguchi <setoguchi@hinode-sangyo.co.jp>

Dear Ryo,

Please see the members of the defined benefit scheme below.

Name, Date of birth, NI number, Annual salary (GBP), Joined scheme
Gareth Pryce, 14/02/1966, QQ 12 34 56 C, 48,200, 1992
Sinead Kavanagh, 03/09/1971, QQ 23 45 67 A, 41,750, 1998
Thomas Whitlock, 27/06/1969, QQ 34 56 78 B, 52,900, 1995
Aisha Rahman, 11/12/1978, QQ 45 67 89 D, 38,300, 2004
Colin McBride, 30/01/1963, QQ 56 78 90 C, 44,100, 1989
Hannah Lowther, 08/05/1982, QQ 67 89 01 A, 36,900, 2007

Kind regards,
Mark Ellison
Director, Shinonome Precision Europe Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English forward of six UK employees with DOB, NI number and salary to a US adviser",
)

M(
    id="cor-059",
    sender=MAKABE,
    to=["青嵐監査法人 財務DDチーム <akatsuki-dd@seiran-kansa.or.jp>"],
    subject="FW: 嘱託社員の一覧",
    charset="iso-2022-jp",
    body="""財務DDチーム 御中

お世話になっております。真壁です。
対象会社総務部からのメールを添付で転送いたします。
嘱託社員の退職給付の扱いについてご確認をお願いします。

真壁
""",
    attachments=[dict(
        kind="eml", name="嘱託社員の一覧.eml",
        message=dict(
            sender="百瀬 浩介 <momose@shinonome-seiko.co.jp>",
            to=[MAKABE],
            subject="嘱託社員の一覧",
            charset="iso-2022-jp",
            body="""真壁様

お世話になっております。東雲精工の百瀬です。
定年後再雇用の嘱託社員の一覧をお送りします。

・両角 修一　昭和３８年８月９日生　岡谷市川岸東２−１５−６　時給1,450円
・三澤 昇　　昭和３４年６月３日生　塩尻市大門七番町８−２　時給1,380円
・征矢 勝　　昭和３６年１月２６日生　諏訪市上諏訪１０１３９　時給1,520円
・伊東 和子　昭和３７年９月１９日生　茅野市ちの３５０２−１　時給1,210円
・小口 栄一　昭和３５年１２月５日生　諏訪郡富士見町境７１９０　時給1,300円

以上、よろしくお願いいたします。
""",
        ),
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward-as-attachment (.eml) of five re-employed staff with 和暦 DOB and addresses to the audit firm",
)

M(
    id="cor-060",
    sender=ASHIDA,
    to=[KASUMI],
    subject="FW: 第2回マネジメントミーティングのご案内",
    charset="iso-2022-jp",
    body="""久遠様

お世話になっております。芦田です。
対象会社から届いた第2回マネジメントミーティングの案内を添付で転送します。
ご出席可否をお知らせください。

芦田
""",
    attachments=[dict(
        kind="eml", name="第2回マネジメントミーティングのご案内.eml",
        message=dict(
            sender="東雲精工 経営企画室 <keiki@shinonome-seiko.co.jp>",
            to=[ASHIDA],
            subject="第2回マネジメントミーティングのご案内",
            charset="iso-2022-jp",
            body="""日の出産業株式会社
芦田様

第2回マネジメントミーティングを下記のとおり開催いたします。

　日時：6月3日（火）13:00〜16:00
　場所：弊社本社 3階 大会議室
　議題：事業計画の前提条件、設備投資計画、人員計画

以上

東雲精工株式会社 経営企画室
""",
        ),
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="forwarded meeting notice as .eml: no personal data",
)

# =======================================================================================
# 061-080
# =======================================================================================

M(
    id="cor-061",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="個別面談の日程と連絡先（部長層6名）",
    charset="utf-8",
    body="""蓮見様

お世話になっております。芦田です。
来週の部長層面談、先方から個人の連絡先も頂けましたので一覧にしました。
社用の携帯を持っていない方が多く、個人携帯・個人アドレスでの連絡になります。

- 6/9(月) 10:00  忽那 遼平（技術開発部長） / 090-8813-6640 / r.kutsuna78@gmail.com
- 6/9(月) 13:30  薬袋 紗季（品質保証部長） / 080-6024-7719 / saki.minai@outlook.jp
- 6/9(月) 15:00  左右田 実（経理部長） / 090-2290-5538 / soda-minoru@yahoo.co.jp
- 6/10(火) 10:00 百瀬 浩介（総務部長） / 090-3182-7704 / momo.kosuke@docomo.ne.jp
- 6/10(火) 11:00 胡桃沢 忍（品質管理課長・部長代理） / 070-4406-1185 / kurumi.shinobu@icloud.com
- 6/10(火) 14:00 塩原 龍之介（営業部長代理） / 080-9157-3362 / r-shiobara@ezweb.ne.jp

面談は1名45分、場所は先方の本社2階応接室です。

芦田
""" + SIG_ASHIDA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six managers with private mobiles and private e-mail addresses in bullets to the FA",
)

M(
    id="cor-062",
    sender=SETOGUCHI,
    to=["東雲精工 経営企画室 小口 様 <oguchi@shinonome-seiko.co.jp>"],
    cc=[KASUMI2],
    subject="従業員説明会（9/1）の進行表",
    charset="cp932",
    body="""小口様

お世話になっております。日の出産業 PMI推進室の瀬戸口です。
9月1日（Day1）の従業員説明会の進行表を作成しました。

　09:00　開会　　　　　　　　　　　司会：東雲精工 経営企画室 小口様
　09:05　ご挨拶　　　　　　　　　　日の出産業 代表取締役社長 朝比奈
　09:15　統合の狙いと今後の方針　　日の出産業 執行役員 鷲尾
　09:35　新しい組織体制　　　　　　東雲精工 代表取締役社長 百目鬼様（就任予定）
　09:50　人事制度・処遇について　　日の出産業 人事部 早乙女
　10:10　質疑応答
　10:30　閉会

会場は諏訪工場の食堂、岡谷・伊那の両工場にはTeamsで中継します。
ご確認をお願いいたします。
""" + SIG_SETOGUCHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="town-hall running order (names and roles only) to the target with the FA in Cc",
)

M(
    id="cor-063",
    sender=KADOWAKI,
    to=[SHIRAKAWA2],
    subject="Q&Aシート更新（法務DD）",
    charset="iso-2022-jp",
    body="""加賀美先生

お世話になっております。門脇です。
法務DDのQ&Aシートを更新しました。No.41〜47が今回の回答分です。
No.45の回答内容について、補償の対象とすべきかご意見をいただけますでしょうか。

門脇
""",
    attachments=[dict(
        kind="xlsx", name="法務DD_QAシート_0526.xlsx",
        sheets={"Q&A": [
            ["No", "分類", "質問", "回答", "回答日"],
            [41, "契約", "主要取引先との契約にCOC条項はあるか", "川崎電機との取引基本契約に事前通知義務あり", "5/23"],
            [42, "許認可", "毒劇物の取扱いに関する登録の有無", "諏訪工場で登録済み（更新期限2026年3月）", "5/23"],
            [43, "知財", "職務発明規程の有無", "2015年制定、相当の利益の支払実績あり", "5/23"],
            [44, "労務", "36協定の締結状況", "全事業場で締結・届出済み", "5/26"],
            [45, "コンプライアンス", "役職員の不祥事の有無",
             "2024年11月、営業二課の元社員 矢島 章吾（当時38歳）が取引先への詐欺容疑で逮捕され、"
             "同年12月に懲戒解雇。現在公判中。", "5/26"],
            [46, "環境", "土壌汚染調査の実施状況", "伊那工場で2023年に実施、基準値超過なし", "5/26"],
            [47, "訴訟", "製品事故に関する請求の有無", "なし", "5/26"],
        ]},
    )],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one Q&A row names a former employee arrested for fraud (criminal record, 要配慮)",
)

M(
    id="cor-064",
    sender=MAKABE,
    to=[SHIRAKAWA, KASUMI],
    subject="DD質問リスト（第3回）の送付",
    charset="iso-2022-jp",
    body="""白川法律事務所 水無瀬先生
霞アドバイザリー 久遠様

お世話になっております。日の出産業の真壁です。
対象会社へ提出する第3回質問リストを取りまとめました。
各ご担当分野の質問に漏れがないか、5/28（水）正午までにご確認ください。

真壁
""" + SIG_MAKABE,
    attachments=[dict(
        kind="xlsx", name="DD質問リスト_第3回.xlsx",
        sheets={"質問リスト": [
            ["No", "担当", "分野", "質問内容", "優先度"],
            [101, "法務", "契約", "伊那工場の賃貸借契約の更新条件", "高"],
            [102, "法務", "許認可", "海外子会社の輸出管理体制", "中"],
            [103, "財務", "運転資本", "売掛金の年齢表（2025年3月末）", "高"],
            [104, "財務", "設備", "今後3年間の設備投資計画の内訳", "中"],
            [105, "事業", "顧客", "上位10社の取引条件の推移", "高"],
            [106, "事業", "調達", "主要原材料の調達先と単価推移", "中"],
        ]},
    ), dict(
        kind="html", name="データルーム_フォルダ構成.html",
        html="""<html><head><meta charset="utf-8"><title>Data room index</title></head><body>
<h3>Project AKATSUKI データルーム フォルダ構成（2025/05/26）</h3>
<ul><li>1 会社概要<ul><li>1.1 定款・登記</li><li>1.2 株主名簿</li></ul></li>
<li>2 契約<ul><li>2.1 取引基本契約</li><li>2.2 賃貸借契約</li></ul></li>
<li>3 財務<ul><li>3.1 決算書（FY2022-FY2024）</li><li>3.2 月次試算表</li></ul></li>
<li>4 人事（CT限定）</li><li>5 知財・許認可</li></ul></body></html>""",
    )],
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="DD question list (business questions only) to counsel and FA: two external organisations",
)

M(
    id="cor-065",
    sender=SHIINA,
    to=["みどり銀行 日本橋支店 振込ご担当 <nihonbashi-furikomi@midori-ginko.co.jp>"],
    subject="総合振込（株式譲渡代金）の振込先一覧",
    charset="cp932",
    body="""みどり銀行 日本橋支店
振込ご担当者様

いつもお世話になっております。日の出産業 経営企画部の椎名でございます。
9月1日実行予定の株式譲渡代金の振込先一覧をお送りいたします。
総合振込の事前登録をお願いいたします。

①東雲 宗一郎
　八ヶ岳信用金庫 上諏訪支店　普通　3310572　シノノメ ソウイチロウ
②東雲 房江
　八ヶ岳信用金庫 上諏訪支店　普通　3310589　シノノメ フサエ
③東雲 陽介
　みどり銀行 自由が丘支店　普通　6027413　シノノメ ヨウスケ
④茅野 佐和子
　信州中央銀行 茅野支店　普通　1184390　チノ サワコ
⑤百目鬼 剛
　信州中央銀行 岡谷支店　普通　2059918　ドウメキ ツヨシ
⑥五十嵐 千景
　ゆうちょ銀行 一一八支店　普通　4471265　イガラシ チカゲ

金額は別途、総合振込依頼書に記載してお届けします。
""" + SIG_SHIINA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six individual sellers' personal bank accounts to the bank",
)

M(
    id="cor-066",
    sender=SHIINA,
    to=["みどり銀行 日本橋支店 振込ご担当 <nihonbashi-furikomi@midori-ginko.co.jp>"],
    subject="外部専門家報酬の振込依頼",
    charset="iso-2022-jp",
    body="""みどり銀行 日本橋支店
振込ご担当者様

いつもお世話になっております。日の出産業の椎名でございます。
下記のとおり振込をお願いいたします。

　振込先：さくら台銀行 虎ノ門支店　当座　0093316
　受取人：ｼﾗｶﾜﾎｳﾘﾂｼﾞﾑｼｮ
　金額：4,620,000円
　摘要：法務DD報酬（請求書番号 SLO-2505-118）
　振込指定日：2025年6月10日

引落口座は当社当座預金（0128840）でお願いいたします。

日の出産業株式会社 経営企画部
椎名 かおり
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="payment to a law firm's business account with an invoice number: business data only",
)

M(
    id="cor-067",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="PMIワークショップ招待者（対象会社 課長層）",
    charset="utf-8",
    body="""蓮見様

お世話になっております。芦田です。
来月のPMIワークショップの招待者として、対象会社の課長層6名の連絡先をお送りします。
招待メールの発信は貴社からお願いできればと思います。

氏名　　　　　所属・役職　　　　　メール　　　　　　　　　　　　　　　内線
唐沢 勝也　　製造一課長　　　　　karasawa.k@shinonome-seiko.co.jp　　2105
宮坂 ちはる　製造二課長　　　　　miyasaka.c@shinonome-seiko.co.jp　　2140
笠原 正人　　生産管理課長　　　　kasahara.m@shinonome-seiko.co.jp　　2201
胡桃沢 忍　　品質管理課長　　　　kurumizawa.s@shinonome-seiko.co.jp　2310
降旗 悟　　　購買課長　　　　　　furihata.s@shinonome-seiko.co.jp　　2412
今井 美穂　　総務課長　　　　　　imai.m@shinonome-seiko.co.jp　　　　2007

よろしくお願いします。
""" + SIG_ASHIDA,
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six people's business e-mail and extension only: a list of people, but business contacts",
)

M(
    id="cor-068",
    sender=SETOGUCHI,
    to=[PACIFICA],
    subject="Board pack - synergy case (for your review)",
    charset="utf-8",
    body="""Daniel,

Attached are the synergy slides that will go to our Board next Thursday. We would
appreciate your challenge on the procurement savings assumption before then.

Thanks,
Ryo
""" + SIG_EN,
    attachments=[dict(
        kind="pptx", name="Board_pack_synergy_case.pptx",
        slides=[["CONFIDENTIAL - Board of Directors", "Project Akatsuki", "Synergy case, 29 May 2025"],
                ["Cost synergies", "Procurement: JPY 240m p.a. by FY27", "Logistics: JPY 110m p.a."],
                ["Revenue synergies", "Cross-selling to medical OEMs: JPY 500m by FY28"],
                ["One-off costs", "IT integration JPY 180m", "Severance JPY 320m"]],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="slide deck whose cover slide is stamped CONFIDENTIAL - Board of Directors, to a US adviser",
)

M(
    id="cor-069",
    sender=SHIINA,
    to=["錦印刷 営業部 宇佐美 様 <usami@nishiki-insatsu.co.jp>"],
    subject="グループ紹介パンフレット（改訂版）の入稿",
    charset="utf-8",
    body="""錦印刷株式会社
宇佐美様

いつもお世話になっております。日の出産業の椎名です。
東雲精工のグループ入りに伴うグループ紹介パンフレット改訂版の原稿をお送りします。

・仕様：A4 8ページ、中綴じ、4色
・部数：3,000部
・納品希望日：9月1日（月）午前中（本社1階受付まで）

写真データは別途ギガファイル便でお送りします。
お見積りをお願いいたします。
""" + SIG_SHIINA,
    attachments=[dict(
        kind="pptx", name="グループ紹介_原稿.pptx",
        slides=[["日の出産業グループ", "ものづくりと物流で、産業の明日を照らす"],
                ["グループ会社", "日の出ロジテック株式会社", "日の出商事株式会社", "株式会社東雲精工（2025年9月〜）"],
                ["東雲精工について", "1962年創業、精密切削加工のスペシャリスト", "本社：長野県諏訪市"]],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="brochure copy to the printer: company information only",
)

_c70 = census(70, 22, "short")
M(
    id="cor-070",
    sender=MAKABE,
    to=[TOKIWA],
    subject="伊那工場 人員データ（PDF）",
    charset="iso-2022-jp",
    body="""乙部先生

お世話になっております。真壁です。
伊那工場分の人員データがPDFで届きましたので、そのまま転送いたします。
（先方の都合でExcelでの提供は難しいとのことです）

真壁
""",
    attachments=[dict(
        kind="pdf", name="伊那工場_人員データ.pdf",
        lines=["伊那工場 在籍者データ（2025年4月1日現在）", "※氏名は社員番号に置換済み", ""],
        table=[["社員番号", "性別", "生年月日", "入社日", "等級", "月額基本給"]]
        + [[r["no"], r["sex"], r["dob"], r["hired"], r["grade"], f"{r['pay']:,}"] for r in _c70],
    )],
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of 22 employees (no names; 和暦 DOB and pay) to the tax firm",
)

_c71 = census(71, 15, "shortfw")
M(
    id="cor-071",
    sender=SAOTOME,
    to=["朝日年金数理 計算部 <keisan@asahi-nensu.co.jp>"],
    subject="退職給付債務の再計算用データ（対象会社分）",
    charset="cp932",
    body="""朝日年金数理株式会社
計算部 御中

いつもお世話になっております。日の出産業 人事部の早乙女です。
買収対象会社の退職給付債務の試算をお願いしたく、基礎データをお送りします。
対象会社の旧システムから出力したため、Excel 97-2003形式です。

割引率は0.9%、昇給率は貴社標準でお願いします。
""",
    attachments=[dict(
        kind="xls", name="退職給付基礎データ.xls",
        sheets={"基礎データ": [["従業員番号", "性別", "生年月日", "入社年月日", "基本給", "ポイント累計"]]
                + [[r["no"], r["sex"], r["dob"], r["hired"], r["pay"], r["pay"] // 900] for r in _c71]},
    )],
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of 15 employees (full-width 和暦 DOB, pay) to the actuarial firm",
)

M(
    id="cor-072",
    sender=MAKABE,
    to=[TOKIWA],
    subject="固定資産台帳（旧形式）",
    charset="cp932",
    body="""乙部先生

お世話になっております。真壁です。
償却資産税の確認用に、対象会社の固定資産台帳（主要設備のみ）をお送りします。

真壁
""",
    attachments=[dict(
        kind="xls", name="固定資産台帳_主要設備.xls",
        sheets={"台帳": [
            ["資産番号", "資産名", "設置場所", "取得年月", "取得価額", "期末簿価"],
            ["M-0102", "5軸マシニングセンタ", "諏訪工場", "2018/06", 84000000, 38400000],
            ["M-0117", "CNC自動旋盤", "岡谷工場", "2019/11", 36500000, 19100000],
            ["M-0133", "三次元測定機", "諏訪工場", "2021/03", 22800000, 15200000],
            ["M-0140", "ワイヤ放電加工機", "伊那工場", "2022/08", 41000000, 33300000],
            ["B-0008", "伊那工場 建屋増築", "伊那工場", "2016/04", 210000000, 152000000],
        ]},
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="fixed-asset register (XLS): equipment, no people",
)

M(
    id="cor-073",
    sender=SETOGUCHI,
    to=["ツバサシステム 岩佐 様 <iwasa@tsubasa-sytem.jp>"],
    subject="基幹システム統合の進め方（ご相談）",
    charset="utf-8",
    body="""ツバサシステム株式会社
岩佐様

いつもお世話になっております。日の出産業 PMI推進室の瀬戸口です。

東雲精工の基幹システム（販売・生産管理）を当社グループの標準システムへ統合する件で、
概算の工数と進め方についてご相談させてください。

　現行：東雲精工 独自開発の販売管理（2008年稼働）、生産管理はパッケージ
　移行先：当社グループ標準（貴社導入済みのERP）
　希望時期：2026年4月本番稼働

キックオフを6月第2週に行いたいと考えております。ご都合をお知らせください。
""" + SIG_SETOGUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp misspelt tsubasa-sytem.jp (a letter dropped)",
)

M(
    id="cor-074",
    sender=SETOGUCHI,
    to=["ツバサシステム 岩佐 様 <iwasa@tsubasa-system.jp>"],
    subject="Re: 基幹システム統合 キックオフ日程",
    charset="utf-8",
    body="""岩佐様

ご回答ありがとうございます。
キックオフは6月11日（水）14:00〜、当社本社8階会議室でお願いいたします。

当日の議題（案）
 1. 統合スコープ（販売管理／生産管理／会計）
 2. データ移行の方針（品目マスタ 約42,000件、取引先マスタ 約1,800件）
 3. 体制とスケジュール
 4. 概算見積りの前提

当社からは瀬戸口、情報システム部の2名が出席します。

瀬戸口

> 瀬戸口様
> キックオフの件、6/11午後または6/12午前でしたら伺えます。
> ツバサシステム 岩佐
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="kick-off mail to the correctly spelt partner domain; master-data counts only",
)

M(
    id="cor-075",
    sender=SAOTOME,
    to=["人材ラボ コンサルタント 真栄田 様 <maeda@jinzai-lab.co.jp>"],
    subject="リテンション施策の対象者について",
    charset="iso-2022-jp",
    body="""人材ラボ
真栄田様

お世話になっております。日の出産業 人事部の早乙女です。
リテンション施策の設計にあたり、対象者の状況を文章でまとめました。

まず技術開発部長の忽那遼平さん（47歳、長野県諏訪市高島2-1405-3在住）は
年収1,280万円で、競合からの引き抜きの噂があります。
品質保証部長の薬袋紗季さん（43歳、茅野市塚原1-9-22在住）は年収1,100万円、
お子さんの進学を機に首都圏への転居を考えているとのことです。
製造一課長の唐沢勝也さん（50歳、岡谷市東銀座1-12-4在住）は年収720万円で、
現場の信頼が厚く、退職すると若手の離職が連鎖する懸念があります。
購買課長の降旗悟さん（43歳、松本市寿北6-21-11在住）は年収690万円、
主要仕入先との関係を一人で維持しています。
最後に営業部長代理の塩原龍之介さん（48歳、諏訪市上川1-1644-12在住）は年収830万円で、
上位顧客3社の窓口を担当しています。

上記5名について、残留ボーナスと譲渡制限付株式の組合せ案をご提案いただけますと幸いです。

早乙女
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five named employees with age, home address and salary written as prose to an HR consultant",
)

M(
    id="cor-076",
    sender=KADOWAKI,
    to=[SHIRAKAWA],
    subject="まほろば化成の株主（個人）について",
    charset="utf-8",
    body="""水無瀬先生

お世話になっております。門脇です。
日の出商事による有限会社まほろば化成の持分取得の件、社員（出資者）名簿の写しを
テキストに起こしました。持分譲渡の承認手続についてご確認をお願いします。

出資者名,住所,出資口数,生年月日
纐纈 善治,岐阜県大垣市郭町2-41,400,1948/09/15
纐纈 とし子,岐阜県大垣市郭町2-41,200,1951/02/08
廿楽 伸也,岐阜県岐阜市長住町3-17 メゾン長住501,150,1975/12/19
王生 葉月,愛知県一宮市本町4-9-2,100,1980/05/26
一尺八寸 和馬,岐阜県各務原市那加桐野町1-88,100,1969/03/30
京極 紘子,三重県四日市市諏訪栄町7-5,50,1985/10/04

計1,000口。纐纈善治氏が代表取締役（特例有限会社の取締役）です。

門脇
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six individual investors with addresses and DOB as comma-separated lines to counsel",
)

M(
    id="cor-077",
    sender=KADOWAKI,
    to=[SHIRAKAWA2],
    subject="東雲精工 法人株主の一覧",
    charset="utf-8",
    body="""加賀美先生

お世話になっております。門脇です。
先日お送りした個人株主分に続き、法人株主の一覧です。

法人名,法人番号,本店所在地,所有株式数
株式会社信州中央銀行,""" + corp_number("100001008251") + """,長野県松本市中央2-1-5,6000
八ヶ岳信用金庫,""" + corp_number("100005006612") + """,長野県諏訪市諏訪1-2-8,3600
川崎電機株式会社,""" + corp_number("020001077439") + """,神奈川県川崎市幸区堀川町66-2,4800
東雲精工取引先持株会,,長野県諏訪市四賀2281,2400
株式会社すわ総合リース,""" + corp_number("100001021188") + """,長野県諏訪市大手1-10-3,1200
日本精密工具株式会社,""" + corp_number("120001119035") + """,大阪府東大阪市高井田元町1-7-14,1200

以上です。

門脇
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="corporate shareholders with 法人番号 and registered offices: businesses, not people",
)

M(
    id="cor-078",
    sender=SAOTOME,
    to=[SHIRAKAWA2],
    subject="海外籍技術者の在留資格について（ご相談）",
    charset="iso-2022-jp",
    body="""加賀美先生

お世話になっております。日の出産業 人事部の早乙女です。

対象会社の技術開発部に在籍する外国籍社員1名について、クロージング後に当社へ転籍させる
場合の在留資格の手続きをご相談させてください。

　氏名：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　国籍：ベトナム
　生年月日：1994年7月21日
　在留資格：技術・人文知識・国際業務
　在留カード番号：AB38472916CD
　在留期限：2026年2月14日

転籍の場合、所属機関の変更届で足りるのか、在留資格変更が必要になるのか、
ご教示いただけますと幸いです。

早乙女
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="one foreign employee's residence card number (identity document) to counsel",
)

M(
    id="cor-079",
    sender=MAKABE,
    to=[SHIRAKAWA],
    subject="RE: 係争案件の見通しについて",
    charset="iso-2022-jp",
    body="""水無瀬先生

詳細なご見解をありがとうございました。
特別補償の上限は、いただいた見通しを踏まえて2,500万円で先方と交渉いたします。
なお、本件に関する追加のご報酬は見積りの範囲内と理解しておりますが、
相違があればお知らせください。

真壁

差出人: 水無瀬 透 <minase@shirakawa-law.jp>
送信日時: 2025年5月27日 18:20
宛先: 真壁 俊介 <makabe@hinode-sangyo.co.jp>
件名: 係争案件の見通しについて

真壁様

労務関係の係争について、現時点での見通しは以下のとおりです。

1. 小林健二氏（解雇無効）：敗訴リスク中、解決金300〜600万円
2. 原田由佳氏（未払残業代）：和解見込み、150〜210万円
3. 野沢武氏（労災・腰椎椎間板ヘルニア）：安全配慮義務違反の認定可能性高、800〜1,200万円
4. 牛山真理子氏（パワハラ・うつ病）：和解済み
5. 笠原宏氏（退職金）：請求額満額に近い水準での解決を想定

白川法律事務所 水無瀬
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the claimant list (with medical details) is only in counsel's quoted mail under 差出人/送信日時",
)

M(
    id="cor-080",
    sender=SAOTOME,
    to=["日の出商事 人事部 <jinji@hinode-shoji.co.jp>"],
    subject="出向者2名の健康保険証の件",
    charset="cp932",
    body="""日の出商事
人事部 ご担当者様

お疲れさまです。日の出産業 人事部の早乙女です。
10月から貴社に出向する2名について、出向元（当社健保）の保険証情報をお知らせします。
出向中も当社健保に継続加入となりますので、控えとして保管をお願いします。

・四月一日 純平（わたぬき じゅんぺい）
　記号　４１２０　番号　８８３
　生年月日　平成３年９月１２日

・九十九 里奈（つくも りな）
　記号　４１２０　番号　１０５２
　生年月日　平成７年２月２日

よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health-insurance card symbol/number of two employees to a group company",
)

# =======================================================================================
# 081-100
# =======================================================================================

M(
    id="cor-081",
    sender=MAKABE,
    to=[KASUMI],
    subject="対象会社側の窓口変更について",
    charset="cp932",
    body="""久遠様

お世話になっております。真壁です。
対象会社側のDD窓口が、経営企画室から総務部に変更になったとの連絡がありました。
今後の資料依頼は下記までお願いいたします。

　東雲精工株式会社 総務部長　百瀬 浩介 様
　直通：0266-52-1187
　E-mail：momose@shinonome-seiko.co.jp

データルームの管理者権限も百瀬様に移っています。
引き続きよろしくお願いいたします。
""" + SIG_MAKABE,
    expect="pass",
    entities=[],
    detectors=[],
    note="one counterpart's business contact (direct line and company e-mail): ordinary business mail",
)

M(
    id="cor-082",
    sender=KADOWAKI,
    to=[TARGET2],
    cc=[KASUMI2],
    subject="クリーンチームメンバー登録のお願い",
    charset="utf-8",
    body="""東雲精工株式会社
経営企画室 御中

お世話になっております。日の出産業 法務部の門脇です。
クリーンチーム運用ルールに基づき、データルームの「CT限定フォルダ」へのアクセス権を
付与いただくメンバーを登録いたします。

【日の出産業】
 1. 真壁 俊介　経営企画部　makabe@hinode-sangyo.co.jp　携帯 090-6217-4403
 2. 芦田 美緒　経営企画部　ashida@hinode-sangyo.co.jp　携帯 080-6641-2290
 3. 門脇 奈央　法務部　　　kadowaki@hinode-sangyo.co.jp　携帯 070-2284-9156
【霞アドバイザリー】
 4. 久遠 拓真　マネージングディレクター　kuon@kasumi-advisory.co.jp　携帯 090-5531-8870
 5. 蓮見 彩花　ヴァイスプレジデント　hasumi@kasumi-advisory.co.jp　携帯 080-3369-0412
 6. 宇津木 慧　アソシエイト　utsugi@kasumi-advisory.co.jp　携帯 070-6618-2045
【白川法律事務所】
 7. 加賀美 夏帆　弁護士　kagami@shirakawa-law.jp　携帯 090-7042-1638

アクセス権の付与完了後、各メンバーに誓約書をご提出いただきます。
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="seven people with e-mail and personal mobile numbers, to the target with the FA in Cc",
)

M(
    id="cor-083",
    sender=WASHIO,
    to=[KASUMI],
    subject="【極秘】Project AKATSUKI 最終提案価格の考え方",
    charset="iso-2022-jp",
    body="""久遠様

鷲尾です。
最終提案に向けた当社の価格の考え方を、添付のとおり整理しました。
明日の電話会議の前にご一読いただけますと幸いです。

鷲尾
""",
    attachments=[dict(
        kind="pptx", name="最終提案価格の考え方.pptx",
        slides=[["最終提案価格の考え方", "提示レンジ：89〜92億円"],
                ["根拠", "DCF中央値 91.2億円", "シナジーの織込み：30%まで"],
                ["交渉方針", "価格よりも表明保証・補償の条件を優先", "アーンアウトは提案しない"]],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail subject stamped 【極秘】 sent to the external FA",
)

M(
    id="cor-084",
    sender=ASHIDA,
    to=[KASUMI],
    subject="Project AKATSUKI 週次進捗（5/30）",
    charset="iso-2022-jp",
    body="""久遠様

お世話になっております。芦田です。
今週の進捗を共有いたします。

■完了
　・第3回質問リスト提出（5/28）
　・マネジメントインタビュー（部長層）完了
■進行中
　・財務DD報告書ドラフトのレビュー（6/4締め）
　・SPA第3版の先方回答待ち
■来週の予定
　・6/3 第2回マネジメントミーティング
　・6/5 取締役会ワーキンググループ

特段の懸念事項はございません。引き続きよろしくお願いいたします。
""" + SIG_ASHIDA + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="weekly progress under a project codename with the standard disclaimer; no stamp, no personal data",
)

M(
    id="cor-085",
    sender=MAKABE,
    to=[KASUMI2],
    subject="株式価値算定メモ（当社内部検討用）",
    charset="utf-8",
    body="""蓮見様

お世話になっております。真壁です。
当社内部で作成した株式価値算定メモをお送りします。
貴社算定書との前提の違いを確認したいので、比較表の作成をお願いできますでしょうか。
""" + SIG_MAKABE,
    attachments=[dict(
        kind="docx", name="valuation_memo_0602.docx",
        title="【機密】株式価値算定メモ",
        paragraphs=["【機密】株式価値算定メモ", "作成：日の出産業 経営企画部 2025年6月2日",
                    "1. 前提：事業計画は対象会社提示の計画からEBITDAを年3%減額",
                    "2. WACC：7.2%（ベータ0.95、マーケットリスクプレミアム6.0%）",
                    "3. 結論：株式価値 88.6〜93.4億円"],
    )],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose title (property and heading) is stamped 【機密】, to the FA",
)

M(
    id="cor-086",
    sender=SHIINA,
    to=["錦印刷 営業部 宇佐美 様 <usami@nishiki-insatsu.co.jp>"],
    subject="従業員向けQ&A冊子の入稿",
    charset="cp932",
    body="""宇佐美様

いつもお世話になっております。日の出産業の椎名です。
東雲精工の従業員向けに配布するQ&A冊子の原稿（Word）をお送りします。
A5 12ページ、1,200部でお見積りをお願いいたします。

納品先は長野県諏訪市四賀2281 東雲精工株式会社 総務部（TEL 0266-52-1180）です。
""" + SIG_SHIINA,
    attachments=[dict(
        kind="docx", name="従業員向けQA冊子_原稿.docx",
        paragraphs=["日の出産業グループへようこそ", "Q1. 雇用条件は変わりますか？",
                    "A1. 当面、現在の雇用条件・就業規則は維持されます。",
                    "Q2. 勤務地は変わりますか？", "A2. 統合による勤務地の変更は予定していません。",
                    "Q3. 退職金制度はどうなりますか？", "A3. 勤続年数は通算され、不利益な変更は行いません。"],
    )],
    expect="pass",
    entities=[],
    detectors=[],
    note="employee FAQ booklet to the printer; delivery address is the target's office",
)

M(
    id="cor-087",
    sender=KADOWAKI,
    to=["神崎司法書士事務所 神崎 様 <kanzaki@kanzaki-shihoshoshi.jp>"],
    subject="東雲精工 役員変更登記（9/1付）の必要情報",
    charset="iso-2022-jp",
    body="""神崎先生

いつもお世話になっております。日の出産業 法務部の門脇です。
9月1日付で東雲精工の取締役・監査役に就任予定の5名の情報をお送りします。
就任承諾書・本人確認証明書の準備をお願いいたします。

・朝比奈 一臣（取締役）　昭和41年1月9日生　東京都文京区本駒込3−21−14
・鷲尾 隆之（取締役）　昭和45年6月27日生　神奈川県横浜市青葉区美しが丘2−40−7
・百目鬼 剛（代表取締役）　昭和37年2月14日生　長野県岡谷市郷田1−7−16
・左右田 実（取締役）　昭和38年5月17日生　長野県諏訪郡下諏訪町東町中3370
・御手洗 恭子（監査役）　昭和49年11月3日生　埼玉県さいたま市浦和区岸町5−8−12

辞任する役員の辞任届は、クロージング当日に対象会社から受領予定です。

門脇
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five incoming officers with 和暦 DOB and home address as ・ bullets to a judicial scrivener",
)

M(
    id="cor-088",
    sender=KADOWAKI,
    to=["神崎司法書士事務所 神崎 様 <kanzaki@kanzaki-shihoshoshi.jp>"],
    subject="日の出ロジテック 役員変更（取締役2名・監査役1名）",
    charset="iso-2022-jp",
    body="""神崎先生

お世話になっております。門脇です。
日の出ロジテックの役員変更登記もあわせてお願いいたします。今回は3名です。

就任：笹目 慎吾（取締役）　1972年8月4日生
　　　東京都江東区東雲1-9-31-1204
就任：小木曽 仁（取締役）　1976年3月18日生
　　　長野県岡谷市長地権現町2-7-25
退任：東海林 昌弘（監査役）　1955年4月30日生
　　　千葉県船橋市本町6-3-11

株主総会議事録は6月中にお送りします。

門脇
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three officers' DOB and addresses for a registration: under five people, may be warned",
)

_card89 = card_number(89)
M(
    id="cor-089",
    sender=SHIINA,
    to=["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    subject="宿泊予約（海外アドバイザー2名）と支払カードについて",
    charset="cp932",
    body="""さくらホテル
宿泊予約ご担当者様

いつもお世話になっております。日の出産業 経営企画部の椎名でございます。
下記のとおり宿泊の予約をお願いいたします。料金は当社法人カードでの決済でお願いします。

　宿泊者：Eleanor Whitcombe 様、Daniel Okafor 様
　日程：6月16日（月）〜6月19日（木）3泊
　部屋：デラックスツイン シングルユース ×2室（禁煙）

　カード番号：""" + " ".join(_card89[i:i + 4] for i in range(0, 16, 4)) + """
　有効期限：08/28
　名義：HINODE SANGYO / MIO ASHIDA

領収書は宛名「日の出産業株式会社」で2通に分けてください。
""" + SIG_SHIINA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a credit card number with expiry in the body to a hotel",
)

M(
    id="cor-090",
    sender=WASHIO,
    to=[WASHIO],
    bcc=["茅野 佐和子 <sawako.chino@yahoo.co.jp>", "藤森 義治 <y-fujimori@icloud.com>",
         "征矢 清美 <kiyomi.soya@gmail.com>", "東雲 陽介 <yosuke.shinonome1983@gmail.com>",
         "左右田 実 <soda-minoru@yahoo.co.jp>"],
    subject="ご説明会資料の送付（株式譲渡の件）",
    charset="cp932",
    body="""株主各位

先日はご多用のところ説明会にご出席いただき、誠にありがとうございました。
当日ご説明した資料をお送りいたします（BCCにて一斉送信しております）。

ご不明な点がございましたら、私までお気軽にお問い合わせください。
""" + SIG_WASHIO,
    attachments=[dict(
        kind="pdf", name="株主説明会資料.pdf",
        lines=["株式譲渡に関するご説明", "", "1. 譲渡価格：1株あたり 74,200円",
               "2. 日程：契約締結 6月27日／代金支払 9月1日", "3. 手続：株式譲渡承認請求書のご提出"],
    )],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="five private shareholders correctly in Bcc; deck without personal data",
)

M(
    id="cor-091",
    sender=SETOGUCHI,
    to=[MERIDIAN],
    subject="Singapore sub - staff census for the HR due diligence",
    charset="utf-8",
    body="""Dear Wei Ling,

Please find attached the staff census of Shinonome Precision (S) Pte. Ltd. that the
target uploaded to the Japanese data room. Could you check it against the CPF
contribution records and let us know of any gaps?

Many thanks,
""" + SIG_EN,
    attachments=[dict(
        kind="xlsx", name="SG_staff_census_Apr2025.xlsx",
        sheets={"Census": [
            ["Shinonome Precision (S) Pte. Ltd. - staff census as at 30 April 2025"],
            ["Employee ID", "Name", "Date of Birth", "Nationality", "Job title", "Basic salary (SGD)", "Join date"],
            ["SG001", "Lim Boon Keat", "12/04/1979", "Singaporean", "General Manager", 14500, "03/2011"],
            ["SG004", "Priya Raman", "03/09/1986", "Singaporean", "Finance Manager", 8200, "07/2015"],
            ["SG007", "Ahmad Faizal bin Osman", "27/01/1990", "Singaporean", "Production Lead", 6100, "01/2014"],
            ["SG011", "Chen Xiaoyu", "15/07/1992", "Chinese (EP)", "QA Engineer", 5800, "09/2019"],
            ["SG012", "Nurul Huda binte Yusof", "30/11/1988", "Singaporean", "HR Executive", 4900, "05/2018"],
            ["SG015", "Rajesh Subramaniam", "19/02/1983", "Malaysian (SPR)", "Maintenance Supervisor", 5200, "02/2016"],
            ["SG018", "Tan Mei Xuan", "08/08/1997", "Singaporean", "Buyer", 3900, "10/2021"],
            ["SG021", "Kumar Vijayan", "21/05/1975", "Indian (S Pass)", "CNC Technician", 3600, "06/2020"],
        ]},
    )],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="English XLSX census of eight staff with DOB, nationality and salary to an overseas adviser",
)

M(
    id="cor-092",
    sender=SETOGUCHI,
    to=[MERIDIAN],
    subject="Singapore sub - key financials",
    charset="utf-8",
    body="""Dear Wei Ling,

For the tax section of your report, the key financials of the Singapore subsidiary
(SGD thousands, FY ending March) are:

                     FY2023    FY2024    FY2025
  Revenue             9,840    10,420    11,050
  Gross profit        2,310     2,505     2,690
  Operating profit      712       790       866
  Tax expense           118       131       145
  Intercompany sales  4,120     4,380     4,610

Transfer pricing documentation for FY2024 is in folder 7.3 of the data room.
""" + SIG_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English financial table to the overseas adviser, no personal data",
)

M(
    id="cor-093",
    sender=ASHIDA,
    to=[KASUMI],
    subject="株式価値算定書（ドラフト）の当社コメント",
    charset="iso-2022-jp",
    body="""久遠様

お世話になっております。芦田です。
算定書ドラフトに当社コメントを書き込んだPDFをお送りします。
社内規程によりパスワードを設定しております。パスワードは後ほどお電話でお伝えします。

芦田
""",
    attachments=[dict(
        kind="pdf", name="算定書ドラフト_当社コメント.pdf", password="Kasumi0603",
        lines=["株式価値算定書（ドラフト）への当社コメント", "p.12 WACCの前提：ベータの採用期間を確認したい",
               "p.18 事業計画：FY27の売上成長率が高すぎる"],
    )],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF attachment cannot be inspected",
)

M(
    id="cor-094",
    sender=KADOWAKI,
    to=[SHIRAKAWA],
    subject="株式譲渡契約書（先方修正版）",
    charset="cp932",
    body="""水無瀬先生

お世話になっております。門脇です。
先方代理人から届いた株式譲渡契約書の修正版を転送します。
ファイルが開けない場合はお知らせください。

門脇
""",
    attachments=[dict(kind="corrupt", name="株式譲渡契約書_売主修正版.docx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt DOCX attachment",
)

M(
    id="cor-095",
    sender=ASHIDA,
    to=[KASUMI2],
    subject="伊那工場へのアクセス（地図）",
    charset="utf-8",
    body="""蓮見様

お疲れさまです。芦田です。
来週の伊那工場訪問について、アクセスをお送りします。

・JR飯田線 伊那市駅からタクシーで約15分
・中央道 伊那ICから約10分、来客用駐車場は正門右手（10台）
・住所：長野県伊那市西箕輪4120-7（工場代表 0265-72-9031）

地図を添付します。受付で「日の出産業の件」とお伝えください。
""" + SIG_ASHIDA,
    attachments=[dict(kind="png", name="伊那工場_地図.png")],
    expect="pass",
    entities=[],
    detectors=[],
    note="directions to a plant (business address and switchboard) with a map image",
)

M(
    id="cor-096",
    sender=MAKABE,
    to=[KASUMI],
    cc=["二階堂 和真 <nikaido.k@mid0ri-ginko.co.jp>"],
    subject="クロージング資金フローの確認",
    charset="utf-8",
    body="""久遠様
（cc：みどり銀行 二階堂様）

お世話になっております。真壁です。
クロージング当日の資金フローを下記のとおり整理しました。

 09:30  みどり銀行よりタームローン実行（58億円）→ 当社当座
 10:00  譲渡代金の支払（総合振込、個人株主6名・法人株主5社）
 10:30  エスクロー口座へ 5億円 送金
 11:00  株券の引渡し・株主名簿書換請求書の受領

各時刻の着金確認の担当を来週決めたいと思います。
""" + SIG_MAKABE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="the bank in Cc is addressed at mid0ri-ginko.co.jp (digit zero for o), a homoglyph look-alike",
)

M(
    id="cor-097",
    sender=ASHIDA,
    to=[KASUMI],
    subject="対象会社の役員構成",
    charset="iso-2022-jp",
    html="""<html><body>
<p>久遠様</p>
<p>お世話になっております。芦田です。<br>
ガバナンス体制の比較用に、対象会社の現任役員の一覧をお送りします。</p>
<table border="1" cellpadding="3">
<tr><th>氏名</th><th>役職</th><th>年齢</th><th>就任年</th><th>担当</th></tr>
<tr><td>東雲 宗一郎</td><td>代表取締役社長</td><td>70</td><td>1984</td><td>全般</td></tr>
<tr><td>百目鬼 剛</td><td>専務取締役</td><td>63</td><td>2005</td><td>製造</td></tr>
<tr><td>五十嵐 千景</td><td>常務取締役</td><td>58</td><td>2012</td><td>営業</td></tr>
<tr><td>藤森 義治</td><td>取締役</td><td>65</td><td>2008</td><td>管理</td></tr>
<tr><td>東雲 房江</td><td>取締役（非常勤）</td><td>68</td><td>1990</td><td>−</td></tr>
<tr><td>征矢 清美</td><td>社外取締役</td><td>63</td><td>2016</td><td>−</td></tr>
</table>
<p>芦田</p>
</body></html>""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six officers with title, age and term only (registered officers, no contact data): judgment call",
)

M(
    id="cor-098",
    sender=SETOGUCHI,
    to=["PMI推進メンバー <pmi-members@hinode-sangyo.co.jp>"],
    cc=["情報システム部 <is@jp.hinode-sangyo.co.jp>"],
    subject="PMI推進メンバー 緊急連絡網（社外秘）",
    charset="iso-2022-jp",
    body="""PMI推進メンバー各位

瀬戸口です。Day1当日の緊急連絡網を共有します。社内限りでお願いします。

氏名          所属                携帯
------------  ------------------  -------------
鷲尾 隆之      経営企画部          090-1148-3307
真壁 俊介      経営企画部          090-6217-4403
芦田 美緒      経営企画部          080-6641-2290
瀬戸口 亮      PMI推進室           080-4172-5590
椎名 かおり    経営企画部          070-3310-8824
門脇 奈央      法務部              070-2284-9156
早乙女 拓      人事部              090-5004-7731
相楽 圭吾      情報システム部      080-2236-1907
日下部 梢      総務部              090-8850-2264
穂積 大地      経理部              070-1192-6638

当日は7:30に諏訪工場の臨時本部に集合です。

瀬戸口
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="社外秘 roster of ten mobiles sent only to internal addresses (incl. a jp. subdomain)",
)

M(
    id="cor-099",
    sender=KADOWAKI,
    to=["水無瀬 透 <minase@shirakawa-iaw.jp>"],
    subject="取締役会議事録（承認決議）のドラフト",
    charset="cp932",
    body="""水無瀬先生

お世話になっております。門脇です。
株式譲渡契約の締結を承認する取締役会議事録のドラフトをお送りします。
特別利害関係取締役の扱いについてご確認いただけますでしょうか。

添付は本文と同じ内容です。

門脇
""",
    attachments=[dict(kind="txt", name="取締役会議事録_draft.txt", encoding="cp932",
                      text="取締役会議事録\n\n1. 日時 2025年6月26日 10時00分\n2. 場所 当社本店会議室\n"
                           "3. 議案 株式会社東雲精工の株式取得の件\n   議長は、…を説明し、…全員一致で承認可決した。\n")],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="counsel's domain with l replaced by i (shirakawa-iaw.jp), a homoglyph look-alike",
)

M(
    id="cor-100",
    sender=MAKABE,
    to=[SHIRAKAWA2],
    subject="PMI基本合意書（案）のご確認",
    charset="utf-8",
    body="""加賀美先生

お世話になっております。真壁です。
対象会社経営陣と締結予定のPMIに関する基本合意書の案をお送りします。
法的拘束力のある条項の範囲についてご確認いただけますと幸いです。

真壁
""",
    attachments=[dict(
        kind="docx", name="PMI基本合意書_案.docx",
        page_header="関係者限り",
        paragraphs=["PMIに関する基本合意書（案）",
                    "第1条（目的）本合意書は、統合後の事業運営に関する基本的事項を定める。",
                    "第3条（経営体制）統合後3年間、対象会社の代表取締役は現専務取締役とする。",
                    "第7条（法的拘束力）第5条および第6条を除き、法的拘束力を有しない。"],
    )],
    expect="either",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX header says 関係者限り: a distribution note that may or may not count as a confidentiality stamp",
)
