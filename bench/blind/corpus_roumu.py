"""Blind evaluation corpus — area: roumu (労務管理).

勤怠管理, 残業・36協定, 労働基準監督署の調査, 社労士への相談, 就業規則の改定, 休職・復職の手続き,
安全衛生委員会 — mail from 日の出産業株式会社's 人事部 労務課 / 総務部 安全衛生課 to 社労士,
産業医, 健診機関, 派遣会社, 協力会社, 弁護士, 給与計算代行 and others.

Everything here is invented: every person, number, address and organisation (apart from
the organisation and partner domains given in the brief) is fictional. This file was
written blind, from BRIEF.md, build.py and SPEC.md only, without reading mailguard's code,
rules, tests or the other corpus files. This wave leans to ordinary mail that comes close
to the line without crossing it.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 34401
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(n, expect, sender, to, subject, body=None, *, cc=None, bcc=None, charset="utf-8",
        html=None, attachments=None, entities=(), detectors=(), note=""):
    m = {"id": f"roumu-{n:03d}", "sender": sender, "to": list(to), "subject": subject,
         "charset": charset, "expect": expect, "entities": list(entities),
         "detectors": list(detectors), "note": note}
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    MESSAGES.append(m)


# -- invented people and numbers ------------------------------------------------------

PEOPLE = [
    ("四方田", "智也", "ヨモダ トモヤ"), ("東海林", "さやか", "ショウジ サヤカ"),
    ("百目鬼", "健", "ドウメキ ケン"), ("比嘉", "遥", "ヒガ ハルカ"),
    ("宇佐美", "涼介", "ウサミ リョウスケ"), ("薬師寺", "真琴", "ヤクシジ マコト"),
    ("鬼頭", "大輝", "キトウ ダイキ"), ("二階堂", "舞", "ニカイドウ マイ"),
    ("五十嵐", "翔", "イガラシ ショウ"), ("勅使河原", "早苗", "テシガワラ サナエ"),
    ("小野寺", "拓海", "オノデラ タクミ"), ("上久保", "美月", "カミクボ ミヅキ"),
    ("栗林", "誠", "クリバヤシ マコト"), ("寒河江", "里奈", "サガエ リナ"),
    ("日比野", "隆之", "ヒビノ タカユキ"), ("御園生", "梓", "ミソノウ アズサ"),
    ("八木橋", "修", "ヤギハシ オサム"), ("城之内", "彩花", "ジョウノウチ アヤカ"),
    ("釘宮", "雄一", "クギミヤ ユウイチ"), ("汐見", "葵", "シオミ アオイ"),
    ("丹羽", "浩二", "ニワ コウジ"), ("生田目", "恵", "ナマタメ メグミ"),
    ("桑名", "陽介", "クワナ ヨウスケ"), ("福士", "千尋", "フクシ チヒロ"),
    ("能登", "和也", "ノト カズヤ"), ("杉浦", "由佳", "スギウラ ユカ"),
    ("相葉", "信吾", "アイバ シンゴ"), ("芦原", "七海", "アシハラ ナナミ"),
    ("宍戸", "勝", "シシド マサル"), ("今村", "沙織", "イマムラ サオリ"),
    ("毛利", "蓮", "モウリ レン"), ("砂田", "千晶", "スナダ チアキ"),
    ("幸田", "悠真", "コウダ ユウマ"), ("野々村", "香織", "ノノムラ カオリ"),
    ("飯干", "隼人", "イイボシ ハヤト"), ("鶴見", "詩織", "ツルミ シオリ"),
    ("阿久津", "直樹", "アクツ ナオキ"), ("猪瀬", "ひかり", "イノセ ヒカリ"),
    ("土橋", "啓太", "ツチハシ ケイタ"), ("蔵本", "莉子", "クラモト リコ"),
]

DEPTS = ["製造部第一課", "製造部第二課", "品質保証部", "物流センター", "営業一部", "営業二部",
         "技術開発部", "総務部", "経理部", "群馬工場 成形課", "群馬工場 保全課", "相模原事業所"]

TOWNS = ["埼玉県さいたま市北区宮原町", "埼玉県上尾市柏座", "埼玉県川越市新宿町",
         "群馬県太田市飯田町", "群馬県伊勢崎市連取町", "東京都板橋区坂下", "埼玉県鴻巣市本町",
         "埼玉県桶川市若宮", "群馬県館林市本町", "神奈川県相模原市中央区相生",
         "東京都北区赤羽西", "埼玉県春日部市粕壁東", "埼玉県熊谷市筑波", "群馬県高崎市下之城町"]

_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def zen(s: str) -> str:
    return s.translate(_FW)


def people(k: int, r: random.Random = rng):
    return r.sample(PEOPLE, k)


def mobile(r: random.Random = rng) -> str:
    return f"0{r.choice('789')}0-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}"


def address(r: random.Random = rng, zipcode: bool = True) -> str:
    town = r.choice(TOWNS)
    a = f"{town}{r.randrange(1, 6)}丁目{r.randrange(1, 30)}番{r.randrange(1, 20)}号"
    if r.random() < 0.3:
        a += f" {r.choice(['コーポ', 'ハイツ', 'メゾン', 'グランレーヴ'])}{r.choice(['桜', '若葉', '欅', '青葉'])}{r.randrange(1, 4)}0{r.randrange(1, 9)}"
    if zipcode:
        a = f"〒{r.randrange(300, 380)}-{r.randrange(0, 10000):04d} " + a
    return a


def dob(r: random.Random = rng, style: str = "iso") -> str:
    y, mo, d = r.randrange(1966, 2004), r.randrange(1, 13), r.randrange(1, 29)
    if style == "iso":
        return f"{y}/{mo:02d}/{d:02d}"
    if style == "kanji":
        return f"{y}年{mo}月{d}日"
    era, ey = ("昭和", y - 1925) if y <= 1988 else ("平成", y - 1988)
    if style == "wareki":
        return f"{era}{ey}年{mo}月{d}日"
    if style == "short":
        return f"{'S' if era == '昭和' else 'H'}{ey}.{mo}.{d}"
    if style == "zen":
        return zen(f"{era}{ey}年{mo}月{d}日")
    raise ValueError(style)


def emp_no(r: random.Random = rng) -> str:
    return f"{r.choice([10, 20, 30, 40])}{r.randrange(100, 1000)}"


def corp_number(base12: str) -> str:
    """法人番号: check digit first (9 - Σ Pn·Qn mod 9, Qn = 1 odd / 2 even from the right)."""
    s = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), 1))
    return str(9 - s % 9) + base12


HINODE_CORP_NO = corp_number("030001086427")
NAGOMI_CORP_NO = corp_number("030005012968")

# -- who writes ------------------------------------------------------------------------

HASEBE = "長谷部 明美 <hasebe.akemi@hinode-sangyo.co.jp>"
KOKUBU = "国分 達也 <kokubu.tatsuya@hinode-sangyo.co.jp>"
MIKOSHIBA = "御子柴 透 <mikoshiba.toru@hinode-sangyo.co.jp>"
KINOSHITA = "木ノ下 ゆかり <kinoshita.yukari@hinode-sangyo.co.jp>"
MITSUHASHI = "三橋 玲奈 <mitsuhashi.rena@hinode-sangyo.co.jp>"
OGURA = "小椋 健司 <ogura.kenji@hinode-sangyo.co.jp>"
SUNAGAWA = "砂川 恭平 <sunagawa.kyohei@hinode-sangyo.co.jp>"

SIG_HASEBE = """
――――――――――――――――――――――
日の出産業株式会社 人事部 労務課
長谷部 明美（Hasebe Akemi）
〒330-0854 埼玉県さいたま市大宮区桜木町二丁目7番地 日の出ビル5F
TEL：048-641-2270（代表）内線3152 ／ FAX：048-641-2279
Mail：hasebe.akemi@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_KOKUBU = """
--
日の出産業株式会社
人事部 人事労務課長　国分 達也
TEL 048-641-2270 / 直通 048-641-2281
〒330-0854 さいたま市大宮区桜木町2-7 日の出ビル"""

SIG_MIKOSHIBA = """
**************************************
 日の出産業株式会社 総務部 安全衛生課
 御子柴 透 （衛生管理者）
 〒330-0854 埼玉県さいたま市大宮区桜木町2-7
 TEL 048-641-2270（代） 携帯 080-3317-6624
 mikoshiba.toru@hinode-sangyo.co.jp
**************************************"""

SIG_KINOSHITA = """
----------------------------------------
日の出産業株式会社　人事部 人事課
木ノ下 ゆかり
TEL：048-641-2270（内線3140）
----------------------------------------"""

SIG_MITSUHASHI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部（給与・社会保険担当）
三橋 玲奈
〒330-0854 埼玉県さいたま市大宮区桜木町2-7-1
TEL 048-641-2270 内線3163
━━━━━━━━━━━━━━━━━━━━"""

SIG_SUNAGAWA = """
---------------------------
日の出産業(株) 群馬工場 総務課
砂川 恭平
〒373-0015 群馬県太田市東新町812
TEL 0276-30-5521 FAX 0276-30-5529
---------------------------"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
Any unauthorised use, disclosure or copying is prohibited."""

# external contacts (all invented; partner domains from the brief)
SERIZAWA = "芹沢 様 <serizawa@nagomi-sr.jp>"          # 社会保険労務士法人 なごみ労務パートナーズ
KIMURA_SR = "kimura@nagomi-sr.jp"                    # 同 補助者
MORIOKA = "森岡 社労士 <morioka@morioka-sr-office.com>"  # 森岡社会保険労務士事務所
TSUCHIYA = "土屋 弁護士 <tsuchiya@shirakawa-law.jp>"      # 白川法律事務所 (partner)
KASHIWAGI = "kashiwagi@minato-sanpo.jp"             # みなと産業保健クリニック 産業医
MINATO_OFFICE = "office@minato-sanpo.jp"
TOWA = "yoyaku@towa-kenshin.or.jp"                  # 東和健診センター
TSUBASA_SUPPORT = "support@tsubasa-system.jp"       # ツバサシステム (partner) 勤怠システム
PAYROLL = "hirano@payroll-ace.co.jp"                # ペイロールエース 給与計算代行
MIRAI = "k.segawa@mirai-jinji.co.jp"                # ミライ人事研究所
KOKORO = "eap-sales@kokoro-care.co.jp"              # こころケアサービス (EAP)
SA_ANZEN = "koshu@sa-anzen.or.jp"                   # さいたま安全衛生協会


# =====================================================================================
# 001–020
# =====================================================================================

# 001 — overtime list of 8 people, padded columns in the body, to the 社労士
_rows = []
for (sei, mei, _k) in people(8):
    ot = round(rng.uniform(45.5, 79.0), 1)
    hol = rng.choice([0, 0, 8.0, 7.5, 16.0])
    _rows.append(f"{emp_no():<8}  {sei} {mei:<6}\t{rng.choice(DEPTS):<12}  {ot:>6}  {hol:>5}  {round(ot * 4.2, 1):>7}")
add(1, "stop", HASEBE, [SERIZAWA], "【ご確認】4月度 時間外・休日労働の集計（特別条項該当者）",
    f"""なごみ労務パートナーズ
芹沢様

いつも大変お世話になっております。日の出産業の長谷部です。

4月度の勤怠を締めましたので、36協定の特別条項（月45時間超）に該当した社員の
集計をお送りします。今月は8名が該当しました。
うち2名は3か月連続となるため、年6回の上限に近づいております。

社員番号  氏名            所属            時間外  休日   年累計(見込)
--------  --------------  --------------  ------  -----  ----------
""" + "\n".join(_rows) + f"""
※時間外・休日の単位は時間。年累計は1〜4月実績からの単純推計です。

特別条項の発動手続き（労使協議の記録）は各月とも残しておりますが、
様式の不足がないかあわせてご確認いただけますと幸いです。

よろしくお願いいたします。
{SIG_HASEBE}""",
    cc=["国分 達也 <kokubu.tatsuya@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="8 employees' overtime records (name, dept, hours) in the body to an external 社労士: list of people")

# 002 — the same kind of list, 22 rows, tab separated, but only to internal managers
_rows = []
for (sei, mei, _k) in people(22):
    _rows.append(f"{emp_no()}\t{sei}　{mei}\t{rng.choice(DEPTS)}\t{round(rng.uniform(20, 78), 1)}\t{rng.choice(['', '', '★'])}")
add(2, "pass", MITSUHASHI,
    [OGURA, "製造部長 岩佐 <iwasa.hideo@hinode-sangyo.co.jp>"],
    "5月度 残業時間一覧（部長確認用）",
    "小椋部長、岩佐部長\n\nお疲れさまです。三橋です。\n5月度の残業時間一覧です（★は2か月平均80時間に近い者）。\n"
    "Excelに貼るときはそのままタブ区切りで貼り付けられます。\n\n"
    "社員番号\t氏名\t所属\t時間外(h)\t注意\n" + "\n".join(_rows) +
    "\n\n★の方は産業医面談の案内を出す予定です。今週中にご確認ください。\n" + SIG_MITSUHASHI,
    entities=["PERSON_NAME"], detectors=[],
    note="22 employees' overtime, but every recipient is internal (hinode-sangyo.co.jp)")

# 003 — one new hire's My Number (full-width) for 雇用保険 資格取得届, to the 社労士
_mn = my_number(SEED + 0)
add(3, "stop", MITSUHASHI, [KIMURA_SR], "雇用保険 資格取得届のお願い（6/1入社 1名）",
    f"""なごみ労務パートナーズ
木村様

お世話になっております。日の出産業の三橋です。
6月1日付で中途入社の社員が1名おりますので、雇用保険の資格取得届の
作成をお願いいたします。必要事項は以下のとおりです。

　氏名（フリガナ）：比嘉　遥（ヒガ　ハルカ）
　生年月日　　　　：平成１０年６月１４日
　性別　　　　　　：女
　住所　　　　　　：〒３３１－００４３　埼玉県さいたま市西区大野田町三丁目１２番地５
　個人番号　　　　：{zen(_mn[:4])}　{zen(_mn[4:8])}　{zen(_mn[8:])}
　雇用形態　　　　：正社員（週40時間）
　賃金　　　　　　：月給　２４５，０００円

前職の被保険者番号は、離職票が届き次第お知らせします。
お手数ですがよろしくお願いいたします。
{SIG_MITSUHASHI}""",
    charset="shift_jis",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a new hire's 個人番号 (full-width digits) with name, DOB and address to an external 社労士")

# 004 — question about 36協定 special clause limits: numbers, no people; standard disclaimer
add(4, "pass", KOKUBU, [MORIOKA], "36協定（特別条項）の上限時間についてのご相談",
    f"""森岡先生

いつもお世話になっております。日の出産業 人事部の国分でございます。

来期（2025年4月1日〜2026年3月31日）の36協定の更新にあたり、
特別条項の上限について社内で意見が分かれておりますので、ご相談させてください。

現行：
  ・限度時間　月45時間／年360時間
  ・特別条項　月80時間（休日労働含む）、年600時間、発動は年6回まで

製造部からは、繁忙期（10〜12月）に対応するため
  ・月95時間、年720時間
への引上げ要望が出ております。

法定の上限（年720時間以内、単月100時間未満、2〜6か月平均80時間以内）の範囲内
ではありますが、健康確保措置との関係で、どの水準が妥当か先生のご意見を伺えれば
と存じます。来週後半でお電話可能なお時間はございますでしょうか。

何卒よろしくお願い申し上げます。
{SIG_KOKUBU}
{DISCLAIMER_JA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="36協定 hours and legal limits only, no person; the standard disclaimer is not a marking")

# 005 — password ZIP (PPAP) of attendance data to the 社労士
add(5, "stop", HASEBE, [SERIZAWA], "勤怠データ送付（5月度）",
    f"""芹沢様

お世話になっております。日の出産業 長谷部です。
5月度の勤怠データ（全事業所分）を送付いたします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。
{SIG_HASEBE}""",
    attachments=[{"kind": "zip", "name": "kintai_202505.zip", "password": "Hnd#2505kt",
                  "files": [{"kind": "xlsx", "name": "勤怠集計_202505.xlsx",
                             "sheets": {"集計": [["社員番号", "氏名", "所定", "時間外"],
                                                 ["10233", "四方田 智也", 160, 52.5],
                                                 ["20418", "鬼頭 大輝", 160, 61.0]]}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external 社労士: content cannot be inspected")

# 006 — reply to the 社労士; their list is only quoted with '>' lines
_q = []
for (sei, mei, _k) in people(6):
    _q.append(f"> {emp_no()}  {sei} {mei}  {dob(style='short')}  {rng.randrange(220, 480) * 1000:,}円")
add(6, "pass", MITSUHASHI, [SERIZAWA], "Re: 算定基礎届（案）のご確認依頼",
    """芹沢様

ご送付ありがとうございます。三橋です。
ご指摘の3名分（通勤手当の遡及分）は、おっしゃるとおり5月支給に含めておりました。
こちらの修正で問題ございません。このまま提出をお願いいたします。

取り急ぎご返信まで。

三橋

> 日の出産業株式会社
> 三橋様
>
> お世話になっております。なごみ労務の芹沢です。
> 算定基礎届の案を作成しました。以下の方について、報酬月額の確認をお願いします。
>
""" + "\n".join(_q) + """
>
> 上から3名は4月に通勤手当の変更があったため、遡及分の扱いをご確認ください。
> よろしくお願いいたします。
""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="the list of six people is only in the quoted text of the 社労士's own mail; new text carries no personal data")

# 007 — 就業規則 改定案 stamped 社外秘 in the document header
add(7, "stop", KOKUBU, [MORIOKA], "就業規則改定案（第3稿）送付の件",
    f"""森岡先生

お世話になっております。国分です。
先日の打合せを反映した就業規則の改定案（第3稿）を添付いたします。
主な変更点は、フレックスタイム制の導入（第21条の2）と、休職期間の通算規定（第38条）です。

労働者代表への意見聴取は7月上旬を予定しております。
お手すきの際にご確認をお願いいたします。
{SIG_KOKUBU}""",
    attachments=[{"kind": "docx", "name": "就業規則改定案_第3稿.docx", "page_header": "社外秘",
                  "title": "就業規則改定案（第3稿）",
                  "paragraphs": ["日の出産業株式会社 就業規則（改定案）", "第21条の2（フレックスタイム制）",
                                 "会社は、労使協定により、フレックスタイム制を適用する従業員の範囲、清算期間、"
                                 "総労働時間その他必要な事項を定め、始業及び終業の時刻を従業員の決定に委ねる。",
                                 "第38条（休職期間の通算）",
                                 "復職後6か月以内に同一又は類似の事由により欠勤した場合は、前の休職期間と通算する。"]}],
    charset="iso-2022-jp", entities=[], detectors=["confidential_marking"],
    note="the attached rules draft carries a 社外秘 header stamp and goes to an external 社労士")

# 008 — rules draft without any stamp; the rules' own text talks about 機密情報
add(8, "pass", HASEBE, [SERIZAWA], "服務規律の改定案について",
    f"""芹沢様

いつもお世話になっております。長谷部です。
服務規律の章（第10条〜第15条）の改定案を添付します。
特に第12条（秘密保持）で、「機密情報」と「個人情報」の定義をどこまで規則本文に
書き込むべきか迷っております。別途、入社時の誓約書で定めるほうがよいでしょうか。

ご意見をいただけますと助かります。
{SIG_HASEBE}""",
    attachments=[{"kind": "docx", "name": "服務規律_改定案.docx",
                  "paragraphs": ["第10条（服務の基本原則）従業員は、会社の指示命令に従い、職務に専念しなければならない。",
                                 "第12条（秘密保持）従業員は、在職中及び退職後においても、業務上知り得た会社の機密情報、"
                                 "営業秘密及び個人情報を第三者に開示し、又は業務以外の目的で使用してはならない。",
                                 "2 前項の機密情報とは、会社が秘密として管理する技術上又は営業上の情報をいう。",
                                 "第13条（副業・兼業）従業員は、事前に会社へ届け出た場合に限り、副業・兼業を行うことができる。"]}],
    entities=[], detectors=[],
    note="rules text that uses the words 機密情報/営業秘密 is not a confidentiality stamp; no personal data")

# 009 — look-alike of the partner law firm's domain (co. added)
add(9, "stop", KOKUBU, ["土屋先生 <tsuchiya@shirakawa-law.co.jp>"], "元社員からの未払残業代請求の件（ご相談）",
    f"""白川法律事務所
土屋先生

お世話になっております。日の出産業の国分です。
昨日、元社員の宍戸 勝氏（2019年4月入社、本年3月末退職、物流センター所属）より、
内容証明郵便で未払残業代として約186万円の請求がありました。

本人は、始業前の朝礼（8:15〜8:30）と、退勤打刻後の片付け時間が労働時間に当たると
主張しております。タイムカードと入退館記録の写しはご用意できます。

一度打合せのお時間をいただけますでしょうか。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a look-alike of the partner shirakawa-law.jp (co. added)")

# 010 — the law firm (partner) and the 社労士: two external organisations, normal meeting mail
add(10, "pass", KOKUBU, [TSUCHIYA], "懲戒規程見直しの打合せ日程について",
    f"""土屋先生
（cc：なごみ労務 芹沢様）

お世話になっております。日の出産業の国分です。
懲戒規程の見直しについて、三者で打合せの機会をいただきたくご連絡いたしました。

候補日：
　6月18日（水）14:00〜15:30
　6月20日（金）10:00〜11:30
　6月24日（火）15:00〜16:30
場所：弊社本社 5階 第2会議室（オンライン参加も可）

論点は、けん責・減給の手続き、弁明の機会の付与、懲戒解雇時の退職金不支給条項の3点です。
ご都合をお知らせいただけますと幸いです。
{SIG_KOKUBU}""",
    cc=[SERIZAWA, HASEBE], charset="iso-2022-jp",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (law firm + 社労士) in To/Cc for a meeting: normal three-way mail")

# 011 — one employee's diagnosis (適応障害) to the 社労士 for 休職 and 傷病手当金
add(11, "stop", HASEBE, [KIMURA_SR], "休職発令と傷病手当金の手続きについて",
    f"""なごみ労務パートナーズ　木村様

お世話になっております。日の出産業の長谷部です。

製造部第二課の鬼頭 大輝（社員番号20418）より、本日主治医の診断書が提出されました。
診断書の内容は「適応障害。令和7年6月9日より約3か月間の休業加療を要する」です。
有給休暇の残日数が少ないため、6月16日付で休職発令とする予定です。

つきましては、
　1. 傷病手当金支給申請書（事業主記入欄）の作成
　2. 休職期間中の社会保険料の本人負担分の取扱い
についてご対応・ご助言をお願いできますでしょうか。
診断書の写しは社内便でお送りします。
{SIG_HASEBE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's diagnosis (適応障害) to an external 社労士: 要配慮個人情報 of one person")

# 012 — anonymous consultation about mental-health leave: no identifiable person
add(12, "pass", KOKUBU, [MORIOKA], "休職規程の運用についてご相談（個人は伏せています）",
    f"""森岡先生

いつもお世話になっております。国分です。
休職規程の運用について、一般論としてご相談させてください。
（個人が特定されないよう、部署・年齢・氏名等は伏せております。）

現在、うつ病との診断で欠勤が続いている社員がおり、当社規程では
「欠勤が連続1か月を超えたとき」に休職を命じることができるとしています。
一方で、断続的に出勤と欠勤を繰り返しており、「連続」の要件を満たしません。

  Q1. 断続欠勤を通算して休職を命じる規定に改めることは可能でしょうか。
  Q2. 改めた場合、現に欠勤中の社員にも適用してよいでしょうか（不利益変更の問題）。
  Q3. 試し出勤（リハビリ出勤）中の賃金はどう定めるのが一般的でしょうか。

お忙しいところ恐れ入りますが、ご教示いただけますと幸いです。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="health topic discussed in general terms, nobody identifiable: not 要配慮個人情報 of a person")

# 013 — health check findings of 7 employees in an XLSX to the external 産業医
_rows = [["2025年度 定期健康診断 有所見者一覧（就業判定用）"], [],
         ["社員番号", "氏名", "生年月日", "所属", "判定", "所見"]]
_finds = ["血圧 C（要再検査）", "肝機能 D（要精密検査）", "血糖 C（要再検査）", "脂質 C（要経過観察）",
          "心電図 D（要精密検査）", "貧血 C（要再検査）", "尿糖 D（要精密検査）"]
for (sei, mei, _k), f in zip(people(7), _finds):
    _rows.append([emp_no(), f"{sei} {mei}", dob(style="iso"), rng.choice(DEPTS), f.split()[1][0], f])
add(13, "stop", MIKOSHIBA, [f"柏木先生 <{KASHIWAGI}>"], "定期健康診断 有所見者の就業判定のお願い",
    f"""みなと産業保健クリニック
柏木先生

いつもお世話になっております。日の出産業 安全衛生課の御子柴です。
今年度の定期健康診断の結果がそろいましたので、有所見者一覧をお送りします。
就業上の措置（通常勤務／就業制限／要休業）のご意見を、一覧の右側にご記入いただけますでしょうか。

次回ご訪問（7月3日）の際に回収させていただければ結構です。
{SIG_MIKOSHIBA}""",
    attachments=[{"kind": "xlsx", "name": "有所見者一覧_2025.xlsx",
                  "sheets": {"有所見者": _rows,
                             "集計": [["区分", "人数"], ["受診者", 312], ["有所見者", 7], ["受診率", "98.4%"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="7 employees' health check findings (名前・生年月日・判定) to an external clinic: list + 要配慮個人情報")

# 014 — booking two 雇入時健診 at the health check centre (two people: may warn)
_p = people(2)
add(14, "pass", KINOSHITA, [TOWA], "雇入時健康診断の予約（2名）",
    f"""東和健診センター
ご予約ご担当者様

いつもお世話になっております。日の出産業株式会社 人事課の木ノ下です。
7月入社予定者2名の雇入時健康診断を、下記のとおり予約させてください。

■1人目
　氏名：{_p[0][0]} {_p[0][1]}（{_p[0][2]}）
　生年月日：{dob(style='wareki')}
　希望日：6月24日（火）午前
■2人目
　氏名：{_p[1][0]} {_p[1][1]}（{_p[1][2]}）
　生年月日：{dob(style='wareki')}
　希望日：6月26日（木）午前

コースは法定項目（雇入時）でお願いいたします。請求書は弊社人事課宛てでお願いします。
{SIG_KINOSHITA}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two people's name + DOB for a booking: under the five-person threshold, may be warned")

# 015 — 巡回健診 dates per site: headcounts only
add(15, "pass", MIKOSHIBA, [TOWA], "巡回健診の日程調整について",
    f"""東和健診センター
巡回健診ご担当 様

お世話になっております。日の出産業の御子柴です。
本年度の巡回健診について、事業所ごとの受診予定人数がまとまりましたのでご連絡します。

　事業所　　　　　所在地　　　　　　　　　　　　　　　予定人数　希望日
　本社　　　　　　さいたま市大宮区桜木町2-7　　　　　　　 84名　9/9（火）
　群馬工場　　　　群馬県太田市東新町812　　　　　　　　　176名　9/11（木）・9/12（金）
　相模原事業所　　相模原市中央区淵野辺本町3-14　　　　　　52名　9/17（水）

深夜業従事者（群馬工場 約40名）は特定業務従事者健診として年2回の実施となります。
バスの駐車位置は前年と同じです。ご確認をお願いいたします。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="sites, addresses and headcounts of the company's own workplaces: business data, no person")

# 016 — health findings list to the factory's 保健師 on an internal subdomain
_lines = []
for (sei, mei, kana) in people(9):
    _lines.append(f"・{sei}{mei}（{kana}）　{dob(style='short')}　{rng.choice(_finds)}")
add(16, "pass", MIKOSHIBA, ["保健師 菅原 <sugawara.noriko@gunma.hinode-sangyo.co.jp>"],
    "群馬工場 有所見者（再検査未受診）の件",
    "菅原さん\n\nお疲れさまです。御子柴です。\n群馬工場で再検査をまだ受けていない方の一覧です。"
    "面談の声かけをお願いできますか。\n\n" + "\n".join(_lines) +
    "\n\n産業医の柏木先生には、次回訪問時に私から状況を報告します。\n" + SIG_MIKOSHIBA,
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="health findings of 9 employees, but to an internal subdomain (gunma.hinode-sangyo.co.jp) only")

# 017 — 安全衛生協議会 notice with four subcontractors in To/Cc (should have been Bcc)
add(17, "stop", MIKOSHIBA, ["安全担当 各位 <anzen@yamabiko-kensetsu.co.jp>"],
    "【ご案内】第2四半期 安全衛生協議会の開催について",
    f"""協力会社 安全担当者 各位

平素より弊社構内作業における安全衛生活動にご協力いただき、誠にありがとうございます。
日の出産業 総務部 安全衛生課の御子柴でございます。

下記のとおり、第2四半期の安全衛生協議会を開催いたします。

　日時：2025年7月10日（木）13:30〜15:00
　場所：群馬工場 厚生棟2階 大会議室
　議題：1) 上期の災害発生状況と再発防止策
　　　　2) 熱中症予防対策（WBGT値の運用）
　　　　3) 構内フォークリフト通行ルールの見直し

ご出席の可否を7月3日（木）までにご返信ください。
{SIG_MIKOSHIBA}""",
    cc=["kouji@kanto-setsubi.co.jp", "safety@daiichi-denko.co.jp", "soumu@hayate-kogyo.co.jp"],
    charset="iso-2022-jp", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four subcontractor organisations see each other's addresses in To/Cc: should have been Bcc")

# 018 — the same kind of notice done right: subcontractors in Bcc
add(18, "pass", MIKOSHIBA, [MIKOSHIBA], "安全パトロール結果の共有（6月）",
    f"""協力会社 安全担当者 各位
（本メールはBCCにてお送りしております）

日の出産業 安全衛生課の御子柴です。
6月12日に実施した構内安全パトロールの結果を共有いたします。

【指摘事項】
　・資材置場（B棟北側）の通路確保が不十分　→ 白線の引き直しを実施済み
　・高所作業時の安全帯フック掛け忘れ 1件　→ 朝礼で周知済み
　・休憩所の熱中症対策用品（経口補水液）の補充漏れ

次回は7月17日を予定しております。引き続きご協力をお願いいたします。
{SIG_MIKOSHIBA}""",
    bcc=["anzen@yamabiko-kensetsu.co.jp", "kouji@kanto-setsubi.co.jp",
         "safety@daiichi-denko.co.jp", "soumu@hayate-kogyo.co.jp"],
    charset="iso-2022-jp", entities=[], detectors=[],
    note="external subcontractors are in Bcc, To is the sender: nobody sees anybody; no personal data")

# 019 — one new hire for 社会保険 取得; pension / My Number explicitly NOT in the mail
_p = people(1)[0]
add(19, "pass", MITSUHASHI, [KIMURA_SR], "社会保険 資格取得（7/1入社）のご依頼",
    f"""木村様

お世話になっております。日の出産業の三橋です。
7月1日入社予定の社員1名について、健康保険・厚生年金の資格取得届をお願いします。

　氏名：{_p[0]} {_p[1]}
　フリガナ：{_p[2]}
　生年月日：{dob(style='kanji')}
　報酬月額：268,000円（通勤手当 12,400円含む）
　被扶養者：なし

基礎年金番号とマイナンバーにつきましては、ご本人から簡易書留で貴事務所へ直接
お送りいただく段取りにしております（メールではお送りしません）。
到着しましたらご一報いただけますと助かります。
{SIG_MITSUHASHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one person's name and DOB; pension number and My Number are only mentioned, not given")

# 020 — list of the company's workplaces for 36協定 本社一括届出 (businesses), 法人番号
add(20, "pass", HASEBE, [SERIZAWA], "36協定 本社一括届出の対象事業場について",
    f"""芹沢様

お世話になっております。長谷部です。
36協定の本社一括届出について、対象となる事業場の一覧をお送りします。
いずれも協定内容は同一で、過半数組合（日の出産業労働組合）との締結です。

法人番号：{HINODE_CORP_NO}

・本社
　〒330-0854 埼玉県さいたま市大宮区桜木町2-7-1　TEL 048-641-2270　労働者数 84名
・群馬工場
　〒373-0015 群馬県太田市東新町812　TEL 0276-30-5521　労働者数 176名
・相模原事業所
　〒252-0206 神奈川県相模原市中央区淵野辺3-14-6　TEL 042-750-3311　労働者数 52名
・仙台営業所
　〒980-0811 宮城県仙台市青葉区一番町1-9-3 青葉一番町ビル7F　TEL 022-215-8840　労働者数 11名
・福岡営業所
　〒812-0011 福岡県福岡市博多区博多駅前4-2-10　TEL 092-433-6125　労働者数 9名

管轄の労基署が異なる事業場もありますが、電子申請での一括届出が可能と理解しております。
{SIG_HASEBE}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of the company's own workplaces (addresses, switchboards) and its 法人番号: businesses, not people")


# =====================================================================================
# 021–040
# =====================================================================================

# 021 — corrupt XLSX attached
add(21, "stop", SUNAGAWA, [MORIOKA], "タイムカード集計（群馬工場・5月分）",
    f"""森岡社労士事務所
森岡様

お世話になっております。群馬工場 総務課の砂川です。
5月分のタイムカード集計を添付します。深夜割増の計算根拠のシートも入れてあります。
ファイルが開けない場合はご連絡ください（先月、保存時にエラーが出たことがありました）。
{SIG_SUNAGAWA}""",
    attachments=[{"kind": "corrupt", "name": "タイムカード集計_2025年5月.xlsx"}],
    charset="shift_jis", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected")

# 022 — attendance-system vendor (partner): one employee ID and punch times
add(22, "pass", HASEBE, [TSUBASA_SUPPORT], "【問合せ】打刻データが日次集計に反映されない件（受付番号 TS-250611-0047）",
    f"""ツバサシステム株式会社
サポートセンター ご担当者様

お世話になっております。日の出産業 労務課の長谷部です。
標記の件、追加情報をお送りします。

　対象：社員番号 30112（群馬工場・2交替勤務）
　事象：6/10 22:04 の退勤打刻（ICカード）が、打刻履歴には残っているが
　　　　日次集計では「退勤打刻なし」と表示される
　端末：群馬工場 通用口 TR-03
　バージョン：ツバサ勤怠 Cloud 4.12.1

日付をまたぐシフト（22:00〜翌6:00）の勤務パターンでのみ発生しているようです。
ご確認をよろしくお願いいたします。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="support ticket with one employee ID and punch times, no name or contact data: ordinary vendor mail")

# 023 — CSV import spec: header row with personal-data column names, no data rows
add(23, "pass", HASEBE, ["岩瀬 様 <iwase@tsubasa-system.jp>"], "社員マスタ一括取込のCSVレイアウトについて",
    f"""ツバサシステム
岩瀬様

いつもお世話になっております。長谷部です。
社員マスタの一括取込について、弊社で準備しているCSVの列構成は下記のとおりです。

社員番号,氏名,フリガナ,生年月日,入社日,所属コード,雇用区分,勤務パターン

このうち、必須項目と任意項目を教えていただけますでしょうか。
また、生年月日は和暦（例：H2.11.3）でも取り込めますか。西暦のみの場合は
変換してからお送りします。データ本体は、テスト環境の準備ができてからの投入を予定しています。
{SIG_HASEBE}""",
    entities=[], detectors=[],
    note="only a CSV header of column names, no records; a sample date format is not anyone's DOB")

# 024 — document list for the upcoming labour inspection
add(24, "pass", KOKUBU, [SERIZAWA], "労基署の定期監督（7/8）の準備書類について",
    f"""なごみ労務パートナーズ
芹沢様

お世話になっております。国分です。
大宮労働基準監督署から、7月8日（火）10時に定期監督を行う旨の通知がありました。
通知書に記載の準備書類は以下のとおりです。

　1. 労働者名簿
　2. 賃金台帳（直近3か月分）
　3. 出勤簿・タイムカード（直近3か月分）
　4. 時間外・休日労働に関する協定届（36協定）
　5. 就業規則・賃金規程
　6. 健康診断個人票（定期健康診断の実施状況がわかるもの）
　7. 安全衛生委員会の議事録

当日は先生にもご同席いただけますでしょうか。
事前に、特別条項の発動記録と面接指導の実施記録の整え方をご相談させてください。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="names of documents (賃金台帳, 健康診断個人票) are mentioned, none is attached: no personal data")

# 025 — four employees' monthly overtime for the inspection: under the threshold
_p = people(4)
_t = "\n".join(f"　{s} {m}\t{rng.randrange(46, 70)}.{rng.choice([0, 5])}\t{rng.randrange(40, 80)}.{rng.choice([0, 5])}\t{rng.randrange(38, 76)}.{rng.choice([0, 5])}"
               for (s, m, _k) in _p)
add(25, "pass", HASEBE, [SERIZAWA], "Re: 監督署への説明資料（特別条項の該当者）",
    f"""芹沢様

長谷部です。ご依頼の件、3〜5月に月60時間を超えた4名の実績です。

　氏名\t3月\t4月\t5月
{_t}

いずれも面接指導の案内を出しており、うち2名は実施済みです（記録は別途お渡しします）。
{SIG_HASEBE}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="four employees' overtime hours: one to four people's records may be warned but must go")

# 026 — 算定基礎 data without a name column (社員番号・性別・生年月日・報酬), 9 rows, CSV
_rows = [["社員番号", "性別", "生年月日", "入社年月日", "4月報酬", "5月報酬", "6月報酬", "現等級"]]
for _ in range(9):
    base = rng.randrange(200, 520) * 1000
    _rows.append([emp_no(), rng.choice(["男", "女"]), dob(style="iso"), f"{rng.randrange(2000, 2024)}/04/01",
                  base, base + rng.randrange(0, 30) * 500, base + rng.randrange(0, 30) * 500, rng.randrange(14, 34)])
add(26, "stop", MITSUHASHI, [KIMURA_SR], "算定基礎届用データ（相模原事業所分）",
    f"""木村様

お世話になっております。三橋です。
相模原事業所分の算定基礎届用データをCSVでお送りします。
氏名は社員番号で照合いただく形にしております（社員番号は前回お渡しした対照表と同じです）。

よろしくお願いいたします。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "csv", "name": "santei_sagamihara_2025.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="nine employees' records (ID, sex, DOB, pay) without a name column in a CSV: still a list of people")

# 027 — reply; the 社労士's list of paid-leave balances only under -----Original Message-----
_q = "\n".join(f"{s}{m}様　残{rng.randrange(0, 5)}日（うち時季指定が必要：{rng.randrange(1, 5)}日）" for (s, m, _k) in people(5))
add(27, "pass", HASEBE, [SERIZAWA], "RE: 年5日の有給休暇取得義務の対象者について",
    f"""芹沢様

ご確認ありがとうございます。
ご指摘の5名には、今月中に所属長から時季指定の面談を行うよう手配しました。
結果は月末にご報告します。
{SIG_HASEBE}

-----Original Message-----
From: 芹沢 <serizawa@nagomi-sr.jp>
Sent: Wednesday, June 11, 2025 4:52 PM
To: 長谷部 明美 <hasebe.akemi@hinode-sangyo.co.jp>
Subject: 年5日の有給休暇取得義務の対象者について

日の出産業株式会社
長谷部様

基準日から9か月を経過して、年5日の取得が未達の方が以下のとおりです。

{_q}

時季指定の手続きをご検討ください。
""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="the five names are only in the quoted original from the recipient; the new text holds no personal data")

# 028 — retirees on free mail, all visible in To
add(28, "stop", KINOSHITA,
    ["yamamoto.kazuo1956@gmail.com", "t-haga@yahoo.co.jp", "m.ishizaka@docomo.ne.jp",
     "kurosawa.family@icloud.com", "hiro-n0712@ezweb.ne.jp"],
    "企業年金（確定給付）制度変更の説明会のご案内",
    f"""退職者の皆様

ご無沙汰しております。日の出産業株式会社 人事部の木ノ下でございます。
皆様にはお変わりなくお過ごしのことと存じます。

このたび、当社の確定給付企業年金の制度変更（給付利率の見直し）に伴い、
年金を受給中の皆様を対象とした説明会を開催いたします。

　日時：2025年7月26日（土）10:00〜11:30
　会場：日の出産業 本社 7階 大会議室（さいたま市大宮区桜木町2-7）

ご出欠を7月11日までに本メールへの返信でお知らせください。
ご欠席の方には資料を郵送いたします。
{SIG_KINOSHITA}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons on free mail see each other's addresses in To: should have been Bcc")

# 029 — one former employee on free mail: their own 離職票 mailing address
add(29, "pass", MITSUHASHI, ["八木橋 修 様 <yagi.osamu55@yahoo.co.jp>"], "離職票の送付先確認のお願い",
    f"""八木橋 修 様

在職中は大変お世話になりました。日の出産業 人事部の三橋です。
ハローワークから離職票が届きましたので、ご自宅へ郵送いたします。
送付先は、ご退職時にお届けいただいた下記のご住所でよろしいでしょうか。

　〒370-0071 群馬県高崎市小八木町1123-4

転居のご予定などがあれば、今週中にお知らせください。
離職理由は「自己都合」、離職日は5月31日となっております。
{SIG_MITSUHASHI}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one former employee's own address sent to that person on free mail: one record, may be warned")

# 030 — residence card number of a technical intern, to an administrative scrivener
add(30, "stop", KINOSHITA, ["林 行政書士 <hayashi@hayashi-gyosei.jp>"], "在留資格変更許可申請（特定技能1号）の件",
    f"""林行政書士事務所
林先生

お世話になっております。日の出産業 人事課の木ノ下です。
技能実習2号を修了する実習生1名について、特定技能1号への変更申請をお願いしたく、
必要事項をお送りします。

　氏名（ローマ字）：NGUYEN VAN THANH
　生年月日：1999年3月21日
　在留カード番号：UH48120937RE
　在留期限：2025年9月14日
　配属先：群馬工場 成形課（プラスチック成形）

技能評価試験の合格証明書と日本語能力試験（N4）の写しは、郵送でお送りします。
{SIG_KINOSHITA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a 在留カード number with name and DOB to an external office: identity document number")

# 031 — English mail to a foreign partner on Japanese overtime caps; English disclaimer
add(31, "pass", KOKUBU, ["Jenna Whitfield <j.whitfield@northbridge-hr.com>"],
    "Overtime limits for seconded engineers in Japan",
    f"""Dear Jenna,

Thank you for your question about working hours for the engineers you plan to second
to our Gunma plant from October.

In short, Japanese law (the Labour Standards Act, as amended in 2019) caps overtime
under our labour-management agreement (the "Article 36 agreement") at:
  - 45 hours a month and 360 hours a year as the normal limit;
  - under the special clause, up to 720 hours a year, less than 100 hours in any single
    month (including holiday work), and an average of 80 hours over any 2-6 months;
  - the special clause may be used in at most six months of a year.

Our plant currently applies 80 hours/month and 600 hours/year under the special clause.
Seconded staff on a Japanese employment contract fall under the same agreement.

I am happy to set up a call with our labour consultant if that would help.

Best regards,
Tatsuya Kokubu
HR Manager, Hinode Sangyo Co., Ltd.
+81-48-641-2281
{DISCLAIMER_EN}""",
    entities=[], detectors=[],
    note="English policy explanation with figures only; 'confidential' appears in the standard disclaimer")

# 032 — English: two seconded employees' passport numbers to the foreign partner
_p = people(2)
add(32, "stop", KINOSHITA, ["Jenna Whitfield <j.whitfield@northbridge-hr.com>"],
    "Visa support letters - our two engineers (Oct secondment)",
    f"""Dear Jenna,

As requested, here are the details of our two engineers for the invitation letters.

1) {_p[0][2].split()[1].title()} {_p[0][2].split()[0].title()} ({_p[0][0]} {_p[0][1]})
   Date of birth: 14 Feb 1987
   Passport No.: TK{rng.randrange(1000000, 9999999)}  (expires 2031-05-20)
2) {_p[1][2].split()[1].title()} {_p[1][2].split()[0].title()} ({_p[1][0]} {_p[1][1]})
   Date of birth: 2 Nov 1990
   Passport No.: TR{rng.randrange(1000000, 9999999)}  (expires 2029-08-03)

Both will stay from 6 October to 19 December. Please let me know if the consulate
needs anything else from our side.

Kind regards,
Yukari Kinoshita
HR Dept., Hinode Sangyo Co., Ltd.""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers of two employees to an external partner: identity document numbers")

# 033 — committee minutes PDF to the 産業医: aggregate figures, member names only
add(33, "pass", MIKOSHIBA, [f"柏木先生 <{KASHIWAGI}>"], "第5回 安全衛生委員会 議事録（案）のご確認",
    f"""柏木先生

お世話になっております。御子柴です。
先日の第5回安全衛生委員会の議事録（案）をお送りします。
先生のご発言部分に誤りがないか、ご確認いただけますでしょうか。
{SIG_MIKOSHIBA}""",
    attachments=[{"kind": "pdf", "name": "第5回安全衛生委員会_議事録案.pdf", "title": "第5回 安全衛生委員会 議事録（案）",
                  "lines": ["第5回 安全衛生委員会 議事録（案）", "日時：2025年5月22日（木）15:00〜16:10　場所：本社5階 第2会議室",
                            "出席：委員長 小椋（人事部長）、産業医 柏木、衛生管理者 御子柴、委員8名",
                            "1. 4月度の時間外労働の状況：月80時間超 3名、月100時間超 0名（前月比 −2名）",
                            "2. 長時間労働者への面接指導：対象3名のうち2名実施、1名は日程調整中",
                            "3. ストレスチェック集団分析：総合健康リスク 102（全国平均100）",
                            "4. 産業医より：熱中症予防のため、WBGT 28以上で作業中断の基準を設けることを推奨",
                            "5. 次回：6月26日（木）15:00"]}],
    charset="iso-2022-jp", entities=[], detectors=[],
    note="minutes with aggregate counts only; members named by role, no data about them")

# 034 — HTML-only table: committee members' mobile numbers and e-mail, 6 people, to the clinic
_trs = []
for (sei, mei, kana) in people(6):
    _trs.append(f"<tr><td>{sei} {mei}</td><td>{rng.choice(DEPTS)}</td><td>内線{rng.randrange(3100, 3999)}</td>"
                f"<td>{mobile()}</td><td>s{emp_no()}@hinode-sangyo.co.jp</td></tr>")
add(34, "stop", MIKOSHIBA, [MINATO_OFFICE], "安全衛生委員会 委員名簿（緊急連絡用）",
    html=f"""<html><body>
<p>みなと産業保健クリニック<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業の御子柴です。<br>
産業医の先生から、委員会メンバーの緊急連絡先をいただきたいとのことでしたので、お送りします。</p>
<table border="1" cellpadding="4">
<tr><th>氏名</th><th>所属</th><th>内線</th><th>携帯</th><th>メール</th></tr>
{''.join(_trs)}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 安全衛生課<br>御子柴 透<br>TEL 048-641-2270</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML table of six people's mobile numbers and e-mail addresses to an external clinic: list of people")

# 035 — committee notice, internal only (To + Cc across internal subdomains)
add(35, "pass", MIKOSHIBA,
    ["安全衛生委員 各位 <eisei-iinkai@hinode-sangyo.co.jp>"],
    "第6回 安全衛生委員会 開催のお知らせ（6/26）",
    f"""安全衛生委員の皆様

お疲れさまです。安全衛生課の御子柴です。
第6回安全衛生委員会を下記のとおり開催します。

日時：6月26日（木）15:00〜16:00
場所：本社5階 第2会議室／群馬・相模原はTeams参加
議題：
 (1) 5月度 時間外労働の状況（80h超・100h超の人数）
 (2) 面接指導の実施状況
 (3) 夏季の熱中症対策
 (4) 健康診断の事後措置の進捗

資料は前日までに共有フォルダに格納します。
{SIG_MIKOSHIBA}""",
    cc=["sunagawa.kyohei@gunma.hinode-sangyo.co.jp", "somu@sagamihara.hinode-sangyo.co.jp", OGURA],
    charset="iso-2022-jp", entities=[], detectors=[],
    note="meeting notice to internal addresses and internal subdomains only")

# 036 — workplace injury of one named employee (骨折) to the 社労士 for the 労災 forms
add(36, "stop", SUNAGAWA, [SERIZAWA], "労災（業務災害）発生のご報告と様式第5号のお願い",
    f"""なごみ労務パートナーズ
芹沢様

お世話になっております。群馬工場 総務課の砂川です。
本日午前、工場内で労働災害が発生しましたのでご報告いたします。

　被災者：汐見 葵（しおみ あおい）　成形課　生年月日 Ｈ８．１．２３
　発生日時：2025年6月12日（木）10時40分頃
　発生状況：成形機の金型交換作業中、金型と治具の間に右手を挟まれた
　傷病名：右手示指 末節骨骨折（太田中央病院 整形外科にて受診）
　見込み：全治約6週間、当面2週間は休業の見込み

療養補償給付（様式第5号）の作成と、休業4日以上となる場合の労働者死傷病報告について、
ご対応をお願いいたします。
{SIG_SUNAGAWA}""",
    charset="shift_jis", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's injury and diagnosis (骨折) to an external 社労士: medical information of one person")

# 037 — accident statistics: counts only
add(37, "pass", MIKOSHIBA, [SERIZAWA], "労働災害発生状況（上期）と報告要否の確認",
    f"""芹沢様

いつもお世話になっております。安全衛生課の御子柴です。
上期（4〜9月見込み）の労働災害の発生状況を整理しました。

　区分　　　　　　件数　主な型
　休業4日以上　　　1件　はさまれ・巻き込まれ（群馬工場）
　休業1〜3日　　　 1件　転倒（物流センター）
　不休災害　　　　 3件　切れ・こすれ 2件、腰痛 1件
　通勤災害　　　　 1件　自転車転倒

休業1〜3日の1件について、四半期ごとの死傷病報告の提出時期をご確認いただけますか。
（被災者の情報は、提出書類作成の段階で別途お渡しします。）
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="accident counts by type, no person identified: statistics, not personal data")

# 038 — My Numbers of employees and dependants in an XLSX to the payroll outsourcer
_rows = [["令和7年分 年末調整 扶養親族 個人番号一覧（給与計算代行 提出用）"], [],
         ["No", "社員番号", "氏名", "続柄", "生年月日", "個人番号"]]
_k = 1
for i, (sei, mei, _kana) in enumerate(people(5), 1):
    no = emp_no()
    y = rng.randrange(1968, 1990)
    _rows.append([len(_rows) - 2, no, f"{sei} {mei}", "本人", f"{y}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
                  my_number(SEED + _k)]); _k += 1
    rel = rng.choice(["配偶者", "長女", "長男"])
    dy = y + rng.randrange(-3, 4) if rel == "配偶者" else y + rng.randrange(26, 34)
    _rows.append([len(_rows) - 2, no, f"{sei} {rng.choice({'配偶者': ['薫', '忍', '晶'], '長女': ['陽菜', '結衣'], '長男': ['大和', '蓮']}[rel])}",
                  rel, f"{dy}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}", my_number(SEED + _k)]); _k += 1
add(38, "stop", MITSUHASHI, [PAYROLL], "年末調整用 個人番号データ（本社分）",
    f"""ペイロールエース株式会社
平野様

お世話になっております。日の出産業の三橋です。
年末調整に使用する個人番号データ（本社・第1回分）を添付いたします。
扶養控除等申告書の原本は、別途書留でお送りします。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "xlsx", "name": "個人番号一覧_本社_第1回.xlsx",
                  "sheets": {"個人番号": _rows, "備考": [["提出日", "2025/11/14"], ["件数", 10]]}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ten people's 個人番号 with names and DOB in an XLSX to an external payroll outsourcer")
_MN_NEXT = _k  # next free My Number offset

# 039 — My Number collection status, two numbers, internal only
_p = people(2)
_mn1, _mn2 = my_number(SEED + _MN_NEXT), my_number(SEED + _MN_NEXT + 1)
add(39, "pass", MITSUHASHI, ["経理部 戸塚 <totsuka.mai@hinode-sangyo.co.jp>"], "マイナンバー収集状況（未提出2名分が届きました）",
    f"""戸塚さん

お疲れさまです。三橋です。
未提出だった2名分の個人番号がそろいましたので、支払調書用に共有します。
（共有後、このメールは削除をお願いします。）

　{_p[0][0]} {_p[0][1]}　{_mn1[:4]}-{_mn1[4:8]}-{_mn1[8:]}
　{_p[1][0]} {_p[1][1]}　{_mn2[:4]}-{_mn2[4:8]}-{_mn2[8:]}

これで本社分は全員そろいました。
{SIG_MITSUHASHI}""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers of two employees, but the only recipient is internal")

# 040 — health insurance card symbol/number for a re-issue, one person, to the 社労士
_p = people(1)[0]
add(40, "stop", MITSUHASHI, [KIMURA_SR], "健康保険証（資格確認書）再交付申請のお願い",
    f"""木村様

お世話になっております。三橋です。
社員1名が健康保険証を紛失したとのことで、再交付申請をお願いいたします。

　被保険者氏名：{_p[0]} {_p[1]}
　生年月日：{dob(style='zen')}
　保険証の記号：４１２０７　番号：８８
　紛失日・状況：6月7日頃、通勤途中で紛失（警察に遺失届提出済み）

本人からの申請書（署名済み）はPDFでいただいておりますので、必要であれば転送します。
{SIG_MITSUHASHI}""",
    charset="shift_jis", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a health insurance card 記号・番号 of one named person to an external 社労士")


# =====================================================================================
# 041–060
# =====================================================================================

# 041 — one employee's change of address, to the 社労士
_p = people(1)[0]
add(41, "pass", MITSUHASHI, [KIMURA_SR], "住所変更届（1名）",
    f"""木村様

いつもお世話になっております。三橋です。
下記社員の住所変更がありましたので、年金事務所への届出をお願いします。

氏名　　：{_p[0]} {_p[1]}
新住所　：{address()}
電話　　：{mobile()}
変更日　：2025年6月1日

通勤経路の変更に伴う通勤手当の改定は7月支給分から反映します。
{SIG_MITSUHASHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's new address and phone to the 社労士: a single record, may be warned")

# 042 — 取扱注意 wage table draft to an HR consultancy (subject and sheet header)
add(42, "stop", KOKUBU, ["瀬川 様 <" + MIRAI + ">"], "【取扱注意】2026年度 賃金テーブル改定案",
    f"""株式会社ミライ人事研究所
瀬川様

お世話になっております。日の出産業の国分です。
2026年度の賃金テーブル改定案（経営会議提出前の段階）をお送りします。
等級別の昇給幅と、初任給引上げに伴う若手層の逆転現象の解消案をご確認ください。
{SIG_KOKUBU}""",
    attachments=[{"kind": "xlsx", "name": "賃金テーブル改定案_2026.xlsx", "page_header": "取扱注意",
                  "sheets": {"等級別": [["取扱注意"], ["等級", "現行下限", "現行上限", "改定下限", "改定上限"],
                                        ["J1", 228000, 252000, 240000, 262000],
                                        ["J2", 246000, 280000, 256000, 292000],
                                        ["S1", 285000, 340000, 294000, 352000],
                                        ["M1", 380000, 470000, 390000, 485000]]}}],
    charset="iso-2022-jp", entities=[], detectors=["confidential_marking"],
    note="the subject and the workbook are marked 取扱注意 and go to an external consultancy")

# 043 — mentions that a 社外秘 document is NOT being sent; public PDF attached instead
add(43, "pass", KOKUBU, ["瀬川 様 <" + MIRAI + ">"], "Re: 人事制度の現状資料について",
    f"""瀬川様

お世話になっております。国分です。
ご依頼の人事制度の現状資料ですが、評価分布と等級別人数の資料は社外秘の扱いとなっており、
メールではお送りできません。次回の打合せ（6/30）で画面共有にてご説明させてください。

取り急ぎ、採用サイトに掲載している制度概要の資料を添付いたします。
{SIG_KOKUBU}""",
    attachments=[{"kind": "pdf", "name": "人事制度の概要_採用サイト掲載版.pdf",
                  "lines": ["日の出産業の人事制度（概要）", "等級制度：職能等級 9段階（J1〜M3）",
                            "評価制度：年2回（目標管理＋行動評価）", "報酬制度：月給＋賞与（年2回）＋退職金（確定給付企業年金）",
                            "働き方：フレックスタイム制（一部部署）、在宅勤務制度"]}],
    charset="iso-2022-jp", entities=[], detectors=[],
    note="the word 社外秘 is mentioned about a document that is withheld; the attached PDF is public and unmarked")

# 044 — forward of an employee's own mail about their depression to the 社労士
_p = ("勅使河原", "早苗")
add(44, "stop", HASEBE, [KIMURA_SR], "FW: 休職についてのご相談",
    f"""木村様

お世話になっております。長谷部です。
社員本人から下記の相談がありました。休職の手続きと、傷病手当金の待期期間の数え方について
ご助言いただけますでしょうか。

----- Forwarded Message -----
差出人: {_p[0]} {_p[1]} <teshigawara.sanae@hinode-sangyo.co.jp>
送信日時: 2025年6月10日 8:12
宛先: 長谷部 明美
件名: 休職についてのご相談

長谷部さん

経理部の{_p[0]}です。朝早くに失礼します。
昨日、心療内科を受診し、うつ病と診断されました。主治医からは2か月程度の休養を勧められています。
今週いっぱいは有給で休ませていただき、来週以降のことをご相談できればと思います。
診断書は郵送いたします。

{_p[0]} {_p[1]}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward (new text to the 社労士) of an employee's mail naming her depression diagnosis")

# 045 — reply to the 産業医; his opinion about an employee is only in the quoted lines
add(45, "pass", HASEBE, [f"柏木先生 <{KASHIWAGI}>"], "Re: 復職可否に関する意見書",
    """柏木先生

意見書をお送りいただきありがとうございました。長谷部です。
ご意見のとおり、当面は残業なし・短時間勤務（6時間）からの開始で調整いたします。
来週中に本人と所属長を交えて面談し、結果をご報告します。

引き続きよろしくお願いいたします。
長谷部

On 2025/06/13 18:20, kashiwagi@minato-sanpo.jp wrote:
> 日の出産業 長谷部様
>
> 先日面談した製造部第一課の上久保美月さんについて、意見書を添付します。
> 抑うつ症状は改善傾向にあり、主治医の復職可の診断も妥当と考えます。
> ただし睡眠リズムが安定していないため、当面1か月は時間外労働を禁止とし、
> 短時間勤務から段階的に戻すことを推奨します。
>
> みなと産業保健クリニック 柏木
""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="the health information is only in the quoted mail of the 産業医 (the recipient); new text names nobody")

# 046 — two temp agencies in To/Cc: two external organisations, not three
add(46, "pass", HASEBE, ["スマイルスタッフ 営業ご担当 <eigyo-omiya@smile-staff.co.jp>"],
    "派遣社員の皆様の時間外労働について（お願い）",
    f"""株式会社スマイルスタッフ 御中
株式会社ワークブリッジ 御中

平素より大変お世話になっております。日の出産業 人事部の長谷部です。

弊社の36協定は派遣社員の皆様には適用されず、派遣元である貴社の36協定の範囲内での
時間外労働となることを、現場の管理職にあらためて周知いたしました。
つきましては、貴社36協定の限度時間（特別条項の有無を含む）を、改めてお知らせいただけますでしょうか。

繁忙期の7月は、物流センターで時間外が増える見込みです。
上限に近づいた方がいらっしゃる場合は、早めにご連絡いただけますと助かります。
{SIG_HASEBE}""",
    cc=["haken-support@workbridge.co.jp"], charset="iso-2022-jp",
    entities=[], detectors=["multiple_external_domains"],
    note="two temp agencies (two external organisations) in To/Cc: below the three-party line")

# 047 — four addresses, all at the same temp agency: one external organisation
add(47, "pass", HASEBE,
    ["小池 様 <koike@smile-staff.co.jp>", "コーディネーター 深田 様 <fukada@smile-staff.co.jp>",
     "kyuyo@smile-staff.co.jp", "omiya-branch@smile-staff.co.jp"],
    "勤怠締め日の変更について（8月分から）",
    f"""スマイルスタッフ
小池様、深田様、給与ご担当者様

いつもお世話になっております。日の出産業の長谷部です。
弊社の勤怠システム更新に伴い、8月分から派遣社員の皆様の勤怠締め日を
「毎月末日」から「毎月20日」に変更させていただきたく、ご連絡いたしました。

・7月分：7/1〜7/31（従来どおり）
・8月分：8/1〜8/20（移行月のため短縮）
・9月分以降：前月21日〜当月20日

タイムシートの承認フローに変更はございません。
ご不明点があればお知らせください。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="four recipients all at one external organisation: one party, no Bcc problem")

# 048 — look-alike of the partner bank domain, with one employee's account
_p = people(1)[0]
add(48, "stop", MITSUHASHI, ["法人営業部 ご担当 <kyuyo-furikomi@midori-ginkou.co.jp>"],
    "給与振込の組戻し依頼（6月25日振込分・1件）",
    f"""みどり銀行 大宮支店
法人営業部 ご担当者様

いつもお世話になっております。日の出産業株式会社の三橋です。
6月25日付の給与総合振込のうち1件について、振込先口座の登録誤りが判明しました。
お手数ですが組戻しのお手続きをお願いいたします。

　受取人名：{_p[2]}
　誤）さくら銀行 上尾支店 普通 3318274
　正）みどり銀行 浦和支店 普通 0762145
　金額：283,416円

組戻し依頼書は本日中に窓口へ持参いたします。
{SIG_MITSUHASHI}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp")

# 049 — the real bank domain: bonus transfer schedule, company account and totals only
add(49, "pass", MITSUHASHI, ["法人営業部 津田 様 <tsuda@midori-ginko.co.jp>"], "夏季賞与 総合振込データ伝送の予定について",
    f"""みどり銀行 大宮支店
津田様

いつもお世話になっております。日の出産業の三橋です。
夏季賞与の総合振込について、データ伝送の予定をお知らせします。

　振込指定日：2025年7月10日（木）
　データ伝送：7月7日（月）15時まで
　件数：318件　総額：187,452,300円（予定）
　引落口座：大宮支店 当座 0041127（日の出産業株式会社）

伝送後、受付結果の確認をお願いいたします。
{SIG_MITSUHASHI}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="company account and transfer totals to the partner bank: business data, no person")

# 050 — plain ZIP with a CSV of 15 employees' addresses and phones to the payroll outsourcer
_rows = [["社員番号", "氏名", "フリガナ", "住所", "電話番号", "入社日"]]
for (sei, mei, kana) in people(15):
    _rows.append([emp_no(), f"{sei} {mei}", kana, address(zipcode=rng.random() < 0.5), mobile(),
                  f"{rng.randrange(1995, 2025)}/{rng.choice(['04', '10'])}/01"])
add(50, "stop", MITSUHASHI, [PAYROLL], "給与計算移行用 社員マスタ（相模原・群馬の一部）",
    f"""平野様

お世話になっております。三橋です。
給与計算の移行テスト用に、社員マスタの一部（15名分）をZIPにまとめてお送りします。
文字コードはShift_JISです。

よろしくお願いいたします。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "zip", "name": "master_test_0612.zip",
                  "files": [{"kind": "csv", "name": "shain_master_test.csv", "encoding": "cp932", "rows": _rows}]}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a CSV of 15 employees' addresses and phones inside a (readable) ZIP, to an external outsourcer")

# 051 — plain ZIP of rule documents: no personal data
add(51, "pass", HASEBE, [SERIZAWA], "現行規程一式の送付（改定作業用）",
    f"""芹沢様

お世話になっております。長谷部です。
改定作業用に、現行の規程一式をZIPにまとめました（パスワードはかけておりません）。

　・就業規則（2023年4月改定版）
　・賃金規程
　・育児・介護休業規程
　・休職規程

最新版はこちらになります。旧版との差分が必要でしたらお申し付けください。
{SIG_HASEBE}""",
    attachments=[{"kind": "zip", "name": "kitei_2023.zip", "files": [
        {"kind": "pdf", "name": "就業規則_2023.pdf", "lines": ["就業規則", "第1章 総則", "第1条（目的）この規則は、日の出産業株式会社の従業員の労働条件、服務規律その他の就業に関する事項を定める。"]},
        {"kind": "pdf", "name": "賃金規程.pdf", "lines": ["賃金規程", "第3条（賃金の構成）賃金は、基本給、諸手当及び割増賃金とする。"]},
        {"kind": "docx", "name": "育児介護休業規程.docx", "paragraphs": ["育児・介護休業規程", "第2条（育児休業の対象者）1歳に満たない子と同居し、養育する従業員は、申出により育児休業をすることができる。"]},
        {"kind": "txt", "name": "休職規程.txt", "text": "休職規程\n第2条（休職事由）業務外の傷病により欠勤が1か月を超え、なお療養を要するとき。\n"}]}],
    entities=[], detectors=[],
    note="readable ZIP of rule documents; 傷病 appears in rule text only, no person")

# 052 — PDF table: five long-hour workers with fatigue self-check results, to the 産業医
_tbl = [["氏名", "所属", "3月", "4月", "5月", "疲労蓄積度", "本人申出"]]
for (sei, mei, _kana) in people(5):
    _tbl.append([f"{sei} {mei}", rng.choice(DEPTS), str(rng.randrange(70, 96)), str(rng.randrange(75, 99)),
                 str(rng.randrange(72, 98)), rng.choice(["高い", "やや高い", "高い"]), rng.choice(["有", "無"])])
add(52, "stop", MIKOSHIBA, [f"柏木先生 <{KASHIWAGI}>"], "長時間労働者 面接指導の対象者について",
    f"""柏木先生

お世話になっております。御子柴です。
3〜5月の実績から、面接指導の対象となる5名の一覧（PDF）をお送りします。
疲労蓄積度は、厚労省の自己診断チェックリストの結果です。
面接の順番についてご指示いただけますと幸いです。
{SIG_MIKOSHIBA}""",
    attachments=[{"kind": "pdf", "name": "面接指導対象者_2025-05.pdf", "lines": ["長時間労働者 面接指導対象者一覧（2025年5月末時点）", ""],
                  "table": _tbl}],
    charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="five named employees' overtime and fatigue check results in a PDF table to an external 産業医")

# 053 — interview scheduling with the clinic: names deliberately left out
add(53, "pass", MIKOSHIBA, [MINATO_OFFICE], "面接指導の日程について（7月訪問日）",
    f"""みなと産業保健クリニック
事務ご担当者様

お世話になっております。日の出産業の御子柴です。
7月3日（木）の訪問日に、長時間労働者の面接指導を2件お願いしたく存じます。

　13:30〜14:00　1件目
　14:00〜14:30　2件目
　14:40〜15:30　職場巡視（群馬工場 成形課・保全課）

対象者の氏名と勤務状況の資料は、当日、先生に直接お渡しいたします。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="scheduling of two interviews, nobody named: no personal data")

# 054 — emergency contacts of five employees, one block per person, full-width digits
_blocks = []
for (sei, mei, kana) in people(5):
    _blocks.append(f"""【{sei}　{mei}】（{kana}）
　携帯：{zen(mobile())}
　自宅：{address(zipcode=False)}
　緊急連絡先：{rng.choice(['妻', '夫', '母', '父'])}　{zen(mobile())}""")
add(54, "stop", MIKOSHIBA, ["防災サポート 中条 様 <nakajo@bousai-support.co.jp>"], "安否確認システム 初期登録データ（夜間責任者分）",
    f"""株式会社防災サポート
中条様

お世話になっております。日の出産業の御子柴です。
安否確認システムの初期登録について、まずは夜間・休日の責任者5名分をお送りします。
残りの社員分は、CSVの様式をいただいてから一括でお送りします。

""" + "\n\n".join(_blocks) + f"""

以上です。よろしくお願いいたします。
{SIG_MIKOSHIBA}""",
    charset="shift_jis", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="five employees' mobile numbers, home addresses and emergency contacts (one block each) to an external vendor")

# 055 — subcontractors' switchboards: a list of businesses
add(55, "pass", MIKOSHIBA, ["中条 様 <nakajo@bousai-support.co.jp>"], "Re: 構内常駐の協力会社の連絡先について",
    f"""中条様

御子柴です。ご質問の件、構内に常駐している協力会社の代表連絡先は以下のとおりです。
（各社の個人の連絡先は、各社の安否確認の仕組みで管理いただくことになっています。）

　会社名　　　　　　　　代表電話　　　　所在地
　山彦建設株式会社　　　0276-22-4150　　群馬県太田市本町18-3
　関東設備工業株式会社　048-652-7781　　埼玉県さいたま市北区宮原町2-44
　第一電工株式会社　　　027-361-9020　　群馬県高崎市問屋町3-7-1
　疾風工業有限会社　　　0276-45-3368　　群馬県太田市新井町561
　青葉運輸株式会社　　　048-871-2200　　埼玉県さいたま市中央区上落合5-1

よろしくお願いいたします。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="five companies' switchboards and office addresses: a list of businesses, not people")

# 056 — card number in the body for a training course fee
_cc = card_number(SEED + 0)
_p = people(1)[0]
add(56, "stop", KINOSHITA, [SA_ANZEN], "フォークリフト運転技能講習 申込（カード払い）",
    f"""一般社団法人 さいたま安全衛生協会
講習受付ご担当者様

お世話になっております。日の出産業株式会社 人事課の木ノ下です。
7月22日〜25日のフォークリフト運転技能講習（31時間コース）に1名申込みます。

　受講者：{_p[0]} {_p[1]}（{_p[2]}）　物流センター
　受講料：41,800円（テキスト代込み）

受講料はクレジットカードでお支払いします。
　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限：09/28
　名義：YUKARI KINOSHITA

受講票の送付先は弊社人事課でお願いいたします。
{SIG_KINOSHITA}""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number in the body to an external training body")

# 057 — one candidate's registration for a 衛生管理者 prep course, paid by invoice
_p = people(1)[0]
add(57, "pass", KINOSHITA, [SA_ANZEN], "第一種衛生管理者 受験準備講習の申込",
    f"""さいたま安全衛生協会
講習受付ご担当者様

日の出産業株式会社 人事課の木ノ下と申します。
8月開催の第一種衛生管理者 受験準備講習（2日間）に、下記1名の申込をお願いします。

　氏名：{_p[0]} {_p[1]}
　フリガナ：{_p[2]}
　生年月日：{dob(style='wareki')}
　連絡先（携帯）：{mobile()}
　所属：総務部

受講料は請求書払いでお願いいたします（請求書宛名：日の出産業株式会社 人事課）。
{SIG_KINOSHITA}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's course registration (name, DOB, mobile): a single record, may be warned")

# 058 — arrest of a named employee, to the partner law firm (correct domain)
add(58, "stop", KOKUBU, [TSUCHIYA], "社員の逮捕に関するご相談（至急）",
    f"""白川法律事務所
土屋先生

至急のご相談で失礼いたします。日の出産業の国分です。
営業二部の桑名 陽介（入社7年目）が、昨晩、通勤電車内での迷惑防止条例違反の容疑で
逮捕されたと、本日朝ご家族から連絡がありました。本人は容疑を否認しているとのことです。

　・勾留中の欠勤の取扱い（有給休暇の申出があった場合を含む）
　・報道された場合の社内外への対応
　・起訴・不起訴が決まるまでの懲戒処分の保留

について、本日中にお電話でご助言をいただけないでしょうか。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest (criminal record / 逮捕) to an external law firm: 要配慮個人情報")

# 059 — disciplinary rule drafting in general terms (刑事事件 in rule text)
add(59, "pass", KOKUBU, [TSUCHIYA], "懲戒事由の条文案について",
    f"""土屋先生

お世話になっております。国分です。
先日の打合せを踏まえ、懲戒事由の条文案を修正しました。

第62条（懲戒の事由）従業員が次の各号のいずれかに該当するときは、情状に応じ、けん責、
減給、出勤停止又は降格とする。
　(5) 刑罰法規に違反する行為により、会社の名誉又は信用を毀損したとき
第63条（懲戒解雇）
　(3) 刑事事件で有罪の判決を受け、その事実が会社の業務に重大な影響を及ぼしたとき

「逮捕された段階」では処分を行わない旨を、運用マニュアル側に明記する方針でよいか、
ご確認いただけますでしょうか。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="rule text about criminal cases in general, nobody concerned: not 要配慮個人情報")

# 060 — a named employee's religion (prayer times, Ramadan), to the 社労士
add(60, "stop", KINOSHITA, [MORIOKA], "礼拝時間の確保とラマダン期間中の勤務について",
    f"""森岡先生

いつもお世話になっております。日の出産業 人事課の木ノ下です。
群馬工場 成形課のアフマド・ハキミさん（インドネシア出身、特定技能）から、
イスラム教の礼拝のため、勤務時間中に1日2回（各10分程度）の時間を確保したいとの申出がありました。
また、来年3月のラマダン期間中は、日中の断食のため夜勤への固定を希望しています。

休憩時間の分割や、勤務シフトの固定で対応する場合に、労働時間管理上の留意点があれば
ご教示いただけますでしょうか。
{SIG_KINOSHITA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's religion (イスラム教, prayer and fasting) to an external 社労士")


# =====================================================================================
# 061–080
# =====================================================================================

# 061 — disability employment report: aggregate figures only
add(61, "pass", KINOSHITA, [SERIZAWA], "障害者雇用状況報告書（6/1現在）の数値確認",
    f"""芹沢様

お世話になっております。人事課の木ノ下です。
6月1日現在の障害者雇用状況報告書の数値をまとめましたので、ご確認をお願いします。

　常用労働者数：　　　　　 334人
　うち短時間労働者：　　　　 18人
　障害者である労働者数：　　  8.5人（重度カウント含む）
　実雇用率：　　　　　　　　2.62％（法定 2.5％）

前年からの増減は＋1名（4月採用）です。提出はe-Govで7月10日までに行う予定です。
{SIG_KINOSHITA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="disability employment statistics with counts only: no identifiable person")

# 062 — reasonable-accommodation question about a future hire, nobody identifiable
add(62, "pass", KINOSHITA, [SERIZAWA], "合理的配慮の進め方についてのご相談",
    f"""芹沢様

お世話になっております。木ノ下です。
来春の新卒採用で、聴覚に障害のある方を1名採用する予定です（内定者の氏名等は控えます）。
入社前に、本人と配慮内容を話し合う場を設けたいと考えております。

　・配慮内容の合意書のような書面を作ったほうがよいか
　・安全衛生上（構内の警報音など）、どこまで会社側で整備すべきか
　・助成金（障害者作業施設設置等助成金）の対象になり得るか

一般的な進め方をご教示いただけますと幸いです。
{SIG_KINOSHITA}""",
    entities=[], detectors=[],
    note="a disability mentioned about an unnamed future hire; the 社労士 cannot identify the person")

# 063 — キャリアアップ助成金: three employees converted to regular staff (names, dates)
_t = "\n".join(f"  {i}. {s} {m}（{k}）　有期→正社員　転換日 2025年{mo}月1日" for i, ((s, m, k), mo) in enumerate(zip(people(3), [4, 4, 5]), 1))
add(63, "pass", HASEBE, [SERIZAWA], "キャリアアップ助成金（正社員化コース）の対象者",
    f"""芹沢様

お世話になっております。長谷部です。
キャリアアップ助成金の申請対象となる3名は以下のとおりです。

{_t}

転換後6か月分の賃金支払いが完了した時点で、申請書類の作成をお願いします。
就業規則（転換制度の規定）は2024年10月改定版をお送り済みです。
{SIG_HASEBE}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="three employees' names with contract conversion dates: one to four people's records, may be warned")

# 064 — XLSX of overtime aggregated by department (several sheets, title rows)
add(64, "pass", MITSUHASHI, [PAYROLL], "部署別 勤怠集計（5月度）の送付",
    f"""平野様

いつもお世話になっております。三橋です。
5月度の部署別勤怠集計をお送りします。給与計算のチェック用にご利用ください。
個人別のデータは、従来どおり勤怠システムから直接連携されます。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "xlsx", "name": "部署別勤怠集計_202505.xlsx",
                  "sheets": {"時間外": [["2025年5月度 部署別 時間外労働集計"], [],
                                        ["部署", "人数", "時間外合計(h)", "1人平均(h)", "45h超(人)"],
                                        ["製造部第一課", 42, 1386.5, 33.0, 3], ["製造部第二課", 38, 1102.0, 29.0, 2],
                                        ["品質保証部", 15, 318.5, 21.2, 0], ["物流センター", 27, 1215.0, 45.0, 5],
                                        ["営業一部", 19, 456.0, 24.0, 1]],
                             "休日・深夜": [["部署", "休日労働(h)", "深夜(h)"], ["製造部第一課", 210.0, 640.5],
                                           ["物流センター", 96.0, 118.0]],
                             "有給": [["部署", "取得日数", "取得率"], ["製造部第一課", 61, "8.2%"], ["営業一部", 22, "6.9%"]]}}],
    entities=[], detectors=[],
    note="department totals and averages across several sheets: aggregate figures, no person")

# 065 — company-wide announcement of a rules briefing, internal
add(65, "pass", OGURA, ["全社員 <all-staff@hinode-sangyo.co.jp>"], "【全社】就業規則改定に関する説明会のお知らせ",
    """社員各位

人事部長の小椋です。
10月1日施行予定の就業規則改定について、説明会を開催します。

主な改定内容
 1. フレックスタイム制の導入（本社・技術開発部から先行）
 2. 休職期間の通算規定の新設
 3. 副業・兼業の届出制の明文化
 4. 育児・介護休業規程の法改正対応

日程
 ・本社　　　 9月2日（火）12:15〜12:45
 ・群馬工場　 9月3日（水）12:15〜12:45（食堂）
 ・相模原　　 9月4日（木）12:15〜12:45
 ・オンライン 9月5日（金）17:30〜18:00（録画あり）

改定案は社内ポータルの「人事・労務」ページに掲載しています。
意見は9月12日まで、各職場の労働組合代表を通じてお寄せください。

日の出産業株式会社 人事部""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="company-wide notice to an internal list only")

# 066 — company-car insurance quote: no licence numbers, driver conditions only
add(66, "pass", SUNAGAWA, ["ひかり損害保険 法人営業 大沢 様 <osawa@hikari-sonpo.co.jp>"], "社用車の自動車保険（フリート契約）見積のお願い",
    f"""ひかり損害保険株式会社
大沢様

お世話になっております。日の出産業 群馬工場 総務課の砂川です。
10月更新の社用車フリート契約について、見積をお願いいたします。

　台数：軽貨物 6台、普通乗用 4台、2tトラック 3台
　運転者：従業員限定、年齢条件 26歳以上
　前年の事故件数：2件（いずれも物損、構内）

運転者の免許証情報は、契約手続きの段階で別途ご提出します（本メールには含めておりません）。
構内でのフォークリフト事故は対象外と理解していますが、念のためご確認ください。
{SIG_SUNAGAWA}""",
    charset="shift_jis", entities=[], detectors=[],
    note="fleet insurance quote; driver licences are only mentioned, not given")

# 067 — partner transport company: 2024 driving-hour rules, no persons
add(67, "pass", HASEBE, ["青葉運輸 労務ご担当 菊池 様 <kikuchi@aoba-unyu.co.jp>"], "改善基準告示（2024年4月改正）を踏まえた構内待機時間について",
    f"""青葉運輸株式会社
菊池様

いつもお世話になっております。日の出産業 労務課の長谷部です。
改善基準告示の改正で、ドライバーの皆様の1日の拘束時間が原則13時間（最大15時間）、
1年の拘束時間が原則3,300時間となったことを受け、弊社物流センターでの荷待ち時間の
削減についてご相談させてください。

弊社で計測したところ、午前便の平均荷待ち時間は約52分でした。
予約受付システムの導入で30分以内を目指したいと考えております。
貴社側で把握されている実績値があれば、共有いただけますでしょうか。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="regulatory discussion with a partner, figures only, no persons")

# 068 — password-protected PDF (賃金台帳) to the 社労士
add(68, "stop", MITSUHASHI, [MORIOKA], "賃金台帳（4〜5月）の送付",
    f"""森岡先生

お世話になっております。三橋です。
監督署対応のため、4〜5月分の賃金台帳をPDFでお送りします。
PDFにはパスワードを設定しています。パスワードはお電話でお伝えします。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "pdf", "name": "賃金台帳_2025-04_05.pdf", "password": "chingin0605",
                  "lines": ["賃金台帳 2025年4月〜5月", "社員番号 10233 四方田 智也 基本給 312,000 時間外 62,480"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="a password-protected PDF: its content cannot be inspected")

# 069 — filed 36協定 copy (PDF) to the 社労士: corporate number, workers' representative by role
add(69, "pass", HASEBE, [SERIZAWA], "36協定届（控）のPDF送付",
    f"""芹沢様

お世話になっております。長谷部です。
電子申請で受理された36協定届の控えをPDFでお送りします。
社内保管用の原本とあわせて、顧問先ファイルに綴じていただければ幸いです。
{SIG_HASEBE}""",
    attachments=[{"kind": "pdf", "name": "36協定届_控_2025.pdf", "title": "時間外労働・休日労働に関する協定届（控）",
                  "lines": ["時間外労働・休日労働に関する協定届（様式第9号の2）",
                            "事業の種類：プラスチック製品製造業　事業の名称：日の出産業株式会社 本社",
                            f"法人番号：{HINODE_CORP_NO}",
                            "所在地：埼玉県さいたま市大宮区桜木町2-7-1　電話 048-641-2270",
                            "協定の有効期間：2025年4月1日から1年間",
                            "延長することができる時間数：1日 5時間、1か月 45時間、1年 360時間",
                            "特別条項：1か月 80時間（休日労働含む）、1年 600時間、限度時間を超えることができる回数 6回",
                            "協定の当事者（労働者の過半数で組織する労働組合）：日の出産業労働組合 執行委員長",
                            "使用者：代表取締役社長　　　　受付：2025年3月24日（電子申請）"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own filed 36協定 copy with its 法人番号 and switchboard: business data, nobody's personal data")

# 070 — look-alike of the organisation's own domain (y → v)
_t = "\n".join(f"・{s} {m}さん　復職予定日 7月{d}日　短時間勤務（{h}）" for (s, m, _k), d, h in
               zip(people(3), [1, 7, 14], ["9:00-15:00", "9:00-16:00", "8:30-15:30"]))
add(70, "stop", HASEBE, ["砂川 恭平 <sunagawa.kyohei@hinode-sangvo.co.jp>"], "7月の復職予定者（群馬工場）",
    f"""砂川さん

お疲れさまです。長谷部です。
7月に群馬工場で復職予定の方は以下の3名です。
配属先の課長への事前説明をお願いできますか。

{_t}

産業医面談の結果は、各人の復職日の前週にお伝えします。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangvo.co.jp (v for y) is a look-alike of the organisation's own domain")

# 071 — leave-of-absence status with diagnoses, to an internal subdomain
_t = "\n".join(f"{s}{m}\t{d}\t{x}\t{y}" for (s, m, _k), d, x, y in zip(
    people(4), ["技術開発部", "相模原事業所", "相模原事業所", "品質保証部"],
    ["適応障害", "腰椎椎間板ヘルニア", "うつ病", "乳がん（治療中）"],
    ["2025/02/03〜", "2025/04/14〜", "2024/11/18〜", "2025/05/07〜"]))
add(71, "pass", HASEBE, ["相模原 総務 吉永 <yoshinaga.jun@sagamihara.hinode-sangyo.co.jp>"], "相模原事業所関係の休職者の状況（共有）",
    f"""吉永さん

お疲れさまです。長谷部です。
相模原事業所に関係する休職者の状況を共有します。取扱いには十分ご注意ください。

氏名\t所属\t傷病名\t休職期間
{_t}

復職の見込みが立った方がいれば、本社人事へご連絡ください。
{SIG_HASEBE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnoses of four employees, but the recipient is on an internal subdomain (sagamihara.hinode-sangyo.co.jp)")

# 072 — return-to-work programme flow to the 社労士 and the 産業医: two organisations, no person
add(72, "pass", HASEBE, [SERIZAWA, f"柏木先生 <{KASHIWAGI}>"], "職場復帰支援プログラム（案）のご確認",
    f"""芹沢様
柏木先生

お世話になっております。日の出産業の長谷部です。
厚労省の「心の健康問題により休業した労働者の職場復帰支援の手引き」を参考に、
当社の職場復帰支援プログラム（案）を作成しました。

　第1ステップ　休業開始及び休業中のケア
　第2ステップ　主治医による職場復帰可能の判断
　第3ステップ　職場復帰の可否の判断及び職場復帰支援プランの作成
　第4ステップ　最終的な職場復帰の決定
　第5ステップ　職場復帰後のフォローアップ

規程との整合（芹沢様）と、産業医面談の位置づけ（柏木先生）について、
それぞれご意見をいただけますと幸いです。
{SIG_HASEBE}""",
    attachments=[{"kind": "docx", "name": "職場復帰支援プログラム_案.docx",
                  "paragraphs": ["職場復帰支援プログラム（案）", "1. 目的", "2. 対象者：業務外の傷病により休職した従業員",
                                 "3. 試し出勤制度：復職前に最長4週間、賃金は支給しない（交通費のみ実費支給）"],
                  "tables": [[["ステップ", "担当", "書式"], ["1", "人事・所属長", "休職発令通知"],
                              ["2", "本人・主治医", "診断書"], ["3", "産業医・人事", "復職支援プラン"]]]}],
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (社労士 and clinic) on one process document, no person")

# 073 — reply to the labour inspector on the corrective report: totals only
add(73, "pass", KOKUBU, ["大宮労働基準監督署 第一方面 高村 監督官 <takamura.s@saitama-roudoukyoku.go.jp>"],
    "是正報告書の提出時期について（日の出産業株式会社）",
    f"""大宮労働基準監督署
第一方面 高村様

お世話になっております。日の出産業株式会社 人事部の国分でございます。
6月17日付の是正勧告書につきまして、是正報告書の提出時期をご相談させてください。

ご指摘いただいた3項目のうち、
　1. 時間外労働の上限超過（特別条項の回数超過）：6月度から管理方法を改善済み
　2. 割増賃金の未払い（始業前の朝礼時間）：対象者31名、総額 約412万円を7月25日に遡及支払い予定
　3. 面接指導の未実施：7月3日に実施予定
となっており、遡及支払いの完了を待って、7月31日までに報告書を提出したいと考えております。

ご確認のほど、よろしくお願い申し上げます。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="reply to a labour inspector with corrective-action totals (31名, 412万円), nobody identified")

# 074 — e-Gov filing numbers and the company's insurance numbers: long digit strings, no person
add(74, "pass", HASEBE, [SERIZAWA], "電子申請の到達番号について（労働保険 年度更新）",
    f"""芹沢様

お世話になっております。長谷部です。
労働保険の年度更新を電子申請で提出しました。控えとして番号をお知らせします。

　到達番号：202506301452087391
　労働保険番号：11-1-03-512384-000
　雇用保険適用事業所番号：1107-512384-6
　申告額（概算）：　8,416,220円
　問合せ番号：3101 2506 1187

納付書は第1期分のみ口座振替となります。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="filing and insurance numbers of the company (18- and 12-digit strings); none is a person's number")

# 075 — acknowledgement of the 社労士's invoice: T-number and office bank account
add(75, "pass", MITSUHASHI, ["なごみ労務パートナーズ 経理ご担当 <keiri@nagomi-sr.jp>"], "請求書受領のご連絡（顧問料 6月分）",
    f"""社会保険労務士法人 なごみ労務パートナーズ
経理ご担当者様

いつもお世話になっております。日の出産業の三橋です。
6月分の請求書を受領いたしました。

　請求書番号：NG-2025-06-0418
　登録番号：T{NAGOMI_CORP_NO}
　金額：165,000円（税込）
　振込先：みどり銀行 さいたま支店 普通 1408836 シャロウシホウジン ナゴミロウムパートナーズ

7月末日にお振込みいたします。
{SIG_MITSUHASHI}""",
    charset="iso-2022-jp", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice number, the firm's T-number and the firm's bank account: business data")

# 076 — stress check group analysis by department
add(76, "pass", MIKOSHIBA, [KOKORO], "ストレスチェック集団分析結果の読み方について",
    f"""こころケアサービス
ご担当者様

お世話になっております。日の出産業の御子柴です。
先日納品いただいた集団分析結果について、いくつか質問させてください。

　部署　　　　　　受検者数　総合健康リスク
　製造部第一課　　　 41　　　 118
　物流センター　　　 25　　　 124
　営業一部　　　　　 18　　　  96
　技術開発部　　　　 22　　　 101

物流センターの「仕事のコントロール度」が特に低く出ています。
職場環境改善のワークショップを企画いただくことは可能でしょうか。
なお、10人未満の部署は集計対象外とする取扱いで問題ありません。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="stress-check results aggregated by department (10 or more each): no individual")

# 077 — proofreading the EAP poster: the counselling line is a business number
add(77, "pass", MIKOSHIBA, [KOKORO], "Re: 相談窓口ポスターの校正",
    f"""ご担当者様

校正紙を確認しました。御子柴です。
以下2点の修正をお願いします。

　1. 「24時間電話相談」の番号は、0120-556-318（こころケア 相談センター）で正しいです。
　　 ただし、受付時間の表記を「年中無休・24時間」に統一してください。
　2. 社内窓口の欄は、個人名ではなく「人事部 健康推進窓口（内線3199）」としてください。

修正後のPDFをいただければ、各事業所に掲示します。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="a poster's service hotline and an internal department extension: business contacts only")

# 078 — mail about the NDA / data-processing memorandum with the EAP provider
add(78, "pass", KOKUBU, [KOKORO], "秘密保持契約書・個人情報取扱覚書のドラフト送付",
    f"""こころケアサービス株式会社
ご担当者様

お世話になっております。日の出産業の国分です。
ストレスチェック実施業務の委託にあたり、弊社の秘密保持契約書と
個人情報の取扱いに関する覚書のドラフトをお送りします。

特に、個人の結果を本人の同意なく弊社へ提供しないこと（第5条）、
再委託の禁止（第8条）、契約終了時のデータ消去証明（第11条）をご確認ください。
修正のご希望があれば、変更履歴付きでお戻しいただけますと幸いです。
{SIG_KOKUBU}
{DISCLAIMER_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト.docx",
                  "paragraphs": ["秘密保持契約書（案）", "日の出産業株式会社（以下「甲」という）と、こころケアサービス株式会社（以下「乙」という）は、"
                                 "甲が乙に委託するストレスチェック実施業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
                                 "第5条（結果の取扱い）乙は、受検者の同意なく、個人の検査結果を甲に提供してはならない。"]}],
    charset="iso-2022-jp", entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with a draft contract attached: no marking stamp, no personal data")

# 079 — EITHER: to the employee on leave, at their own free-mail address, about their illness benefit
add(79, "either", HASEBE, ["上久保 美月 様 <mizuki.kamikubo.0611@gmail.com>"], "傷病手当金の申請書類について",
    f"""上久保 美月 様

ご療養中のところ失礼いたします。日の出産業 人事部の長谷部です。
ご体調はいかがでしょうか。

5月分の傷病手当金の申請書類を、ご自宅宛てに郵送いたしました。
「療養担当者記入用」のページは、通院先の心療内科で主治医の先生にご記入いただき、
「被保険者記入用」とあわせて返信用封筒でお送りください。

また、復職に向けた産業医面談について、ご体調のよいときに日程をご相談できればと思います。
ご無理のない範囲でお返事いただければ結構です。
{SIG_HASEBE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["freemail_recipient", "personal_data"],
    note="health information (心療内科, 傷病手当金) sent only to the person concerned at her own free mail: arguable")

# 080 — to a future hire on free mail: documents list mentions My Number etc., no numbers
add(80, "pass", KINOSHITA, ["相葉 信吾 様 <shingo.aiba.job@gmail.com>"], "入社手続き書類のご案内",
    f"""相葉 信吾 様

このたびは内定のご承諾をいただき、誠にありがとうございます。
日の出産業株式会社 人事課の木ノ下です。

入社日（7月1日）に、以下の書類をご持参ください。
　1. 雇用契約書（署名・捺印のうえ）
　2. 身元保証書
　3. 給与振込口座の届出書
　4. 扶養控除等（異動）申告書
　5. マイナンバー確認書類（マイナンバーカード、または通知カード＋運転免許証等）
　6. 年金手帳または基礎年金番号通知書
　7. 前職の源泉徴収票（本年分）

※マイナンバーや基礎年金番号は、メールでお送りいただかないようお願いいたします。
書類のひな形は、郵送でお送りしました。ご不明点はお気軽にお問い合わせください。
{SIG_KINOSHITA}""",
    charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient; My Number and pension documents are only named, no numbers")


# =====================================================================================
# 081–100
# =====================================================================================

# 081 — EITHER: return-to-work interview booking with the external clinic, employee named, no diagnosis
add(81, "either", HASEBE, [MINATO_OFFICE], "復職面談の日程調整（御園生さん）",
    f"""みなと産業保健クリニック
事務ご担当者様

お世話になっております。日の出産業の長谷部です。
現在休職中の品質保証部 御園生 梓さんについて、主治医から復職可の診断書が出ましたので、
柏木先生による復職面談をお願いしたく存じます。

候補日：7月8日（火）15時以降／7月10日（木）終日
場所：本社 健康相談室

先生のご都合をお知らせいただけますでしょうか。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="a named employee on sick leave (休職・主治医の診断書) to the company's own 産業医 clinic; no diagnosis: arguable")

# 082 — one temp worker's overtime to the temp agency
_p = people(1)[0]
add(82, "pass", HASEBE, ["小池 様 <koike@smile-staff.co.jp>"], "派遣社員の時間外実績（上限接近のご連絡）",
    f"""スマイルスタッフ
小池様

お世話になっております。長谷部です。
物流センターに派遣いただいている{_p[0]} {_p[1]}さんの6月の時間外労働が、
20日時点で38.5時間となっております。月末までに貴社協定の45時間に達する見込みです。

6/23以降は残業なしのシフトに調整しましたが、念のため貴社側でも管理をお願いいたします。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one temp worker's overtime hours to their agency: a single person's record, may be warned")

# 083 — EITHER: a temp worker's vague health-related absences to the agency
_p = people(1)[0]
add(83, "either", HASEBE, ["haken-support@workbridge.co.jp"], "派遣社員の勤怠についてのご相談",
    f"""株式会社ワークブリッジ
派遣サポートご担当者様

お世話になっております。日の出産業の長谷部です。
品質保証部に派遣いただいている{_p[0]} {_p[1]}さんですが、6月に入ってから
「体調がすぐれない」とのことで、欠勤と早退が合わせて6回となっております。

現場では作業の割り振りに苦慮しており、今後の就業継続について、
貴社から本人のご意向を確認いただけますでしょうか。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="named temp worker with vague 体調不良 absences: whether this is health information is arguable")

# 084 — request for quotations to three 社労士 offices at once, all in To
add(84, "stop", KOKUBU,
    ["info@aozora-sr.jp", "contact@kinoshita-roumu.com", "office@sr-hoshino.jp"],
    "給与計算・社会保険手続き代行のお見積りのお願い",
    f"""社会保険労務士事務所 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の国分と申します。

当社では、2026年1月より給与計算および社会保険手続きの外部委託を検討しております。
つきましては、下記条件でお見積りをいただけますでしょうか。

　対象人数：約330名（正社員 290名、パート・有期 40名）
　事業所：本社（さいたま市）、群馬工場、相模原事業所、営業所2か所
　委託範囲：月次給与計算、賞与計算、年末調整、社会保険・雇用保険の各種手続き
　勤怠システム：ツバサ勤怠 Cloud（CSV連携可）

7月18日（金）までにご回答いただけますと幸いです。
{SIG_KOKUBU}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three different 社労士 offices (competing bidders) see each other in To: should have been Bcc")

# 085 — 社労士 and payroll outsourcer in one thread (two organisations)
add(85, "pass", MITSUHASHI, [SERIZAWA, PAYROLL], "給与計算移行 キックオフ会議の議題について",
    f"""なごみ労務 芹沢様
ペイロールエース 平野様

お世話になっております。日の出産業の三橋です。
来週のキックオフ会議（6/27 14:00〜、オンライン）の議題案をお送りします。

　1. 移行スケジュール（並行稼働：10月〜12月）
　2. 役割分担（手続き：なごみ労務様／計算：ペイロールエース様）
　3. 勤怠データの連携方法（ツバサ勤怠 → CSV → 給与システム）
　4. 個人番号の受け渡し方法（原則、委託先間でのメール送付は行わない）

追加したい議題があれば、前日までにお知らせください。
{SIG_MITSUHASHI}""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To for a kick-off agenda: normal three-way mail; My Number only mentioned")

# 086 — text + HTML: the committee's annual plan as an HTML table (months and themes)
_plan = [("4月", "年間計画の確認、新入社員の安全教育"), ("5月", "健康診断の実施計画"), ("6月", "熱中症予防対策"),
         ("7月", "全国安全週間の取組み"), ("9月", "ストレスチェック実施計画"), ("10月", "全国労働衛生週間"),
         ("12月", "年末年始の交通安全・転倒災害防止"), ("2月", "次年度計画の検討")]
add(86, "pass", MIKOSHIBA, [f"柏木先生 <{KASHIWAGI}>"], "今年度の安全衛生委員会 年間計画",
    "柏木先生\n\nお世話になっております。御子柴です。\n今年度の委員会の年間計画をお送りします。\n\n" +
    "\n".join(f"{m}\t{t}" for m, t in _plan) + "\n\n各回、先生から10分程度の講話をお願いできれば幸いです。\n" + SIG_MIKOSHIBA,
    html="<html><body><p>柏木先生</p><p>お世話になっております。御子柴です。<br>今年度の委員会の年間計画をお送りします。</p>"
         "<table border='1' cellspacing='0' cellpadding='3'><tr><th>月</th><th>テーマ</th></tr>" +
         "".join(f"<tr><td>{m}</td><td>{t}</td></tr>" for m, t in _plan) +
         "</table><p>各回、先生から10分程度の講話をお願いできれば幸いです。</p>"
         "<p>日の出産業株式会社 総務部 安全衛生課<br>御子柴 透</p></body></html>",
    entities=[], detectors=[],
    note="HTML table of months and themes: a schedule, not people")

# 087 — forward of a public seminar notice from the labour bureau
add(87, "pass", KOKUBU, [MORIOKA], "FW: 【埼玉労働局】働き方改革セミナー（7/29）のご案内",
    """森岡先生

お世話になっております。国分です。
労働局からこのような案内が届きました。先生もご参加のご予定はありますでしょうか。
当社からは長谷部が参加予定です。

国分

-------- 転送メッセージ --------
差出人: 埼玉働き方改革推進支援センター <seminar@saitama-hatarakikata.jp>
件名: 【埼玉労働局】働き方改革セミナー（7/29）のご案内

事業主・人事労務ご担当者の皆様

「時間外労働の上限規制と勤務間インターバル制度」をテーマに、無料セミナーを開催します。

日時：2025年7月29日（火）14:00〜16:00
会場：さいたま市大宮区 ソニックシティ 会議室904（オンライン同時配信）
定員：80名（先着順）
お申込み：https://saitama-hatarakikata.jp/seminar/0729
お問い合わせ：埼玉働き方改革推進支援センター　TEL 0120-610-778（平日9:00〜17:00）
""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="forward of a public seminar notice; only an organisation's helpline, no personal data")

# 088 — blank employment-conditions template (labelled fields, no values)
add(88, "pass", KINOSHITA, [SERIZAWA], "労働条件通知書ひな形（有期雇用・改正対応版）のご確認",
    f"""芹沢様

お世話になっております。木ノ下です。
2024年4月の労働条件明示ルール改正に対応した、有期雇用者向けの労働条件通知書のひな形を
作成しました。就業場所・業務の変更の範囲、更新上限の記載に漏れがないかご確認ください。
{SIG_KINOSHITA}""",
    attachments=[{"kind": "docx", "name": "労働条件通知書_有期_ひな形.docx",
                  "paragraphs": ["労働条件通知書", "年　　月　　日", "氏名：＿＿＿＿＿＿＿＿＿＿　殿",
                                 "生年月日：＿＿＿＿年＿＿月＿＿日", "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                                 "契約期間：期間の定めあり（　　年　　月　　日〜　　年　　月　　日）",
                                 "更新上限：有（更新回数 ＿＿回まで／通算契約期間 ＿＿年まで）",
                                 "就業の場所（雇入れ直後）：＿＿＿＿＿＿＿　（変更の範囲）：会社の定める事業所"]}],
    entities=[], detectors=[],
    note="a blank template with labelled fields (氏名・生年月日・住所) but no values")

# 089 — DOCX table of three employees on childcare / nursing-care leave, to the 社労士
_p = people(3)
add(89, "pass", MITSUHASHI, [KIMURA_SR], "育児・介護休業取得者の給付金手続き（3名）",
    f"""木村様

いつもお世話になっております。三橋です。
7月に育児休業・介護休業を開始する3名について、給付金の手続きをお願いします。
詳細は添付の一覧をご確認ください。
{SIG_MITSUHASHI}""",
    attachments=[{"kind": "docx", "name": "休業取得者一覧_2025年7月.docx",
                  "paragraphs": ["育児・介護休業 取得者一覧（2025年7月開始分）"],
                  "tables": [[["社員番号", "氏名", "休業の種類", "開始日", "終了予定日", "子の生年月日"],
                              [emp_no(), f"{_p[0][0]} {_p[0][1]}", "育児休業", "2025/07/01", "2026/04/30", "2025/04/28"],
                              [emp_no(), f"{_p[1][0]} {_p[1][1]}", "出生時育児休業", "2025/07/07", "2025/07/27", "2025/07/02"],
                              [emp_no(), f"{_p[2][0]} {_p[2][1]}", "介護休業", "2025/07/14", "2025/10/13", "—"]]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="three employees' leave records in a DOCX table: one to four people, may be warned; childcare leave is not sensitive")

# 090 — leave-of-absence list with diagnoses, internal only (DOCX)
_p = people(5)
add(90, "pass", HASEBE, [OGURA], "休職者一覧（6月末時点）",
    "小椋部長\n\nお疲れさまです。長谷部です。\n6月末時点の休職者一覧を添付します。経営会議資料の人数欄はこの一覧に基づいています。\n" + SIG_HASEBE,
    attachments=[{"kind": "docx", "name": "休職者一覧_2025-06.docx", "page_header": "人事部限り",
                  "tables": [[["氏名", "所属", "事由", "休職開始", "満了日"]] +
                             [[f"{s} {m}", rng.choice(DEPTS), d, a, b] for (s, m, _k), d, a, b in zip(
                                 _p, ["うつ病", "適応障害", "脳梗塞後のリハビリ", "腰椎椎間板ヘルニア", "自律神経失調症"],
                                 ["2024/11/18", "2025/02/03", "2025/03/10", "2025/04/14", "2025/05/26"],
                                 ["2025/11/17", "2026/02/02", "2026/03/09", "2026/04/13", "2026/05/25"])]]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnoses of five employees marked 人事部限り, but sent only to an internal manager")

# 091 — election of the workers' representative: a name with a role, nothing else
add(91, "pass", HASEBE, [SERIZAWA], "相模原事業所の過半数代表者の選出結果",
    f"""芹沢様

お世話になっております。長谷部です。
相模原事業所（労働組合の組合員が過半数に満たない事業場）について、
36協定締結のための過半数代表者の選出が終わりましたのでご報告します。

　選出方法：候補者の立候補を受け付けたうえで、職場ごとの挙手による信任
　結果：技術開発部 能登 和也 さんが信任（在籍52名中、信任41名）
　管理監督者でないことの確認：済（主任、非管理職）

選出の経緯を記録した書面は、協定書とあわせて保管いたします。
{SIG_HASEBE}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="the representative is named with his role only (no contact or other personal data); the rest is counts")

# 092 — three participants' mobiles for the course day (under the threshold)
_t = "\n".join(f"　{s} {m}（{k}）　当日連絡先 {mobile()}" for (s, m, k) in people(3))
add(92, "pass", MIKOSHIBA, [SA_ANZEN], "Re: 玉掛け技能講習 受講者の当日連絡先",
    f"""さいたま安全衛生協会
講習受付ご担当者様

御子柴です。ご依頼の、受講者の当日連絡先は以下のとおりです。

{_t}

当日は社用車で直接会場に向かいます。よろしくお願いいたします。
{SIG_MIKOSHIBA}""",
    charset="iso-2022-jp", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three course participants' mobile numbers: under the five-person line, may be warned")

# 093 — an internal mail with a night-shift contact list, attached as .eml and sent outside
_t = "\n".join(f"{s} {m}\t{rng.choice(['A班', 'B班', 'C班'])}\t{mobile()}" for (s, m, _k) in people(7))
add(93, "stop", SUNAGAWA, ["青葉運輸 太田営業所 配車係 <haisha-ota@aoba-unyu.co.jp>"], "夜間入荷時の連絡先について",
    f"""青葉運輸株式会社 太田営業所
配車ご担当者様

お世話になっております。日の出産業 群馬工場の砂川です。
夜間入荷の際の連絡先について、社内で回覧したメールを添付します。
到着が遅れる場合は、その日の班のリーダーへ直接ご連絡ください。
{SIG_SUNAGAWA}""",
    attachments=[{"kind": "eml", "name": "夜勤リーダー連絡網.eml",
                  "message": {"sender": SUNAGAWA, "to": ["成形課 各位 <seikei@gunma.hinode-sangyo.co.jp>"],
                              "subject": "夜勤リーダー連絡網（7月〜）", "charset": "iso-2022-jp",
                              "body": "成形課の皆さん\n\n7月からの夜勤リーダー連絡網です。\n\n氏名\t班\t携帯\n" + _t +
                                      "\n\n変更があれば砂川まで。\n"}}],
    charset="shift_jis", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an attached internal mail carries seven employees' mobile numbers; it goes to an external partner")

# 094 — attached internal meeting notes (.eml): no personal data
add(94, "pass", HASEBE, [SERIZAWA], "説明会の質疑メモ（ご参考）",
    f"""芹沢様

お世話になっております。長谷部です。
先日の就業規則改定説明会（群馬工場）で出た質問を、社内でまとめたメールを添付します。
Q3とQ5の回答に誤りがないか、ご確認いただけますと助かります。
{SIG_HASEBE}""",
    attachments=[{"kind": "eml", "name": "説明会質疑メモ_群馬.eml",
                  "message": {"sender": SUNAGAWA, "to": [HASEBE], "subject": "群馬工場 説明会の質疑", "charset": "iso-2022-jp",
                              "body": "長谷部さん\n\n昨日の説明会の質疑です。\n\n"
                                      "Q1 フレックスは工場にも適用されるか → 当面は本社・技術開発部のみ\n"
                                      "Q2 コアタイムは → 11:00〜14:00\n"
                                      "Q3 休職期間の通算はいつから適用か → 施行日以降に開始した休職から\n"
                                      "Q4 副業の届出は様式があるか → ポータルに掲載予定\n"
                                      "Q5 育児短時間勤務は小学校入学まで延長されるか → 法改正に合わせて検討中\n\n砂川\n"}}],
    entities=[], detectors=[],
    note="attached internal mail with Q&A only; colleagues' work addresses in its headers are not personal records")

# 095 — a dependant change for one employee; My Number deliberately not included
_p = people(1)[0]
add(95, "pass", MITSUHASHI, [KIMURA_SR], "被扶養者異動届（出生による追加）",
    f"""木村様

お世話になっております。三橋です。
社員に子が生まれましたので、被扶養者（異動）届をお願いいたします。

　被保険者：{_p[0]} {_p[1]}（社員番号 {emp_no()}）
　追加する被扶養者：{_p[0]} {rng.choice(['蒼', '陽葵', '湊', '紬'])}（長男）
　生年月日：令和7年5月30日
　同居の有無：同居

お子様の個人番号は、ご本人から番号確認書類とあわせて別途ご提出いただきます。
出生届の受理証明が必要でしたらお知らせください。
{SIG_MITSUHASHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one employee and one newborn dependant (name, DOB); the My Number is withheld: may be warned")

# 096 — paid-leave uptake by department to a sole-practitioner 社労士 on free mail
add(96, "pass", KOKUBU, ["大槻 社労士 <otsuki.sr.office@outlook.jp>"], "年休取得率の推移（セミナー資料用にご提供）",
    f"""大槻先生

お世話になっております。日の出産業の国分です。
先日ご依頼のあった、当社の年次有給休暇の取得率の推移をお送りします。
社名を伏せていただく前提で、セミナー資料にご利用いただいて構いません。

　年度　　　取得率　平均取得日数
　2021年度　 52.3%　 9.4日
　2022年度　 58.1%　10.6日
　2023年度　 63.7%　11.8日
　2024年度　 68.2%　12.7日

計画的付与（夏季3日）の導入が大きかったと考えています。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
    note="aggregate leave statistics to one recipient on free mail")

# 097 — briefing slides on the rules revision, footer with the department name only
add(97, "pass", HASEBE, [SERIZAWA], "説明会スライド（就業規則改定）のご確認",
    f"""芹沢様

お世話になっております。長谷部です。
9月の社員説明会で使用するスライドを添付します。
法的に不正確な表現がないか、特に休職期間の通算のページをご確認いただけますと幸いです。
{SIG_HASEBE}""",
    attachments=[{"kind": "pptx", "name": "就業規則改定_説明会資料.pptx", "page_footer": "日の出産業株式会社 人事部",
                  "slides": [["就業規則の改定について", "2025年10月1日施行", "人事部"],
                             ["改定のポイント", "フレックスタイム制の導入", "休職期間の通算", "副業・兼業の届出制"],
                             ["休職期間の通算", "復職後6か月以内に同一・類似の事由で欠勤した場合", "前の休職期間と通算します"],
                             ["スケジュール", "9月：説明会・意見聴取", "9月末：労基署へ届出", "10月1日：施行"]]}],
    entities=[], detectors=[],
    note="slides with a plain department footer: no marking, no personal data")

# 098 — HR-system slides with a Confidential / Internal Only footer, to the consultancy
add(98, "stop", KOKUBU, ["瀬川 様 <" + MIRAI + ">"], "人事制度改定の経営会議資料（ドラフト）",
    f"""瀬川様

お世話になっております。国分です。
来週の経営会議に向けた資料のドラフトです。構成と論点の立て方についてご意見をください。
{SIG_KOKUBU}""",
    attachments=[{"kind": "pptx", "name": "人事制度改定_経営会議_draft.pptx", "page_footer": "Confidential - Internal Only",
                  "slides": [["人事制度改定の方向性", "経営会議 2025年7月", "人事部"],
                             ["現状の課題", "若手層の賃金逆転", "管理職の評価のばらつき", "専門職のキャリアパス不在"],
                             ["改定案", "役割等級制度への移行", "評価の5段階化", "専門職コースの新設"]]}],
    charset="iso-2022-jp", entities=[], detectors=["confidential_marking"],
    note="the slides carry a 'Confidential - Internal Only' footer on every page and go to an external consultancy")

# 099 — the inspector's business contact passed on to the 社労士
add(99, "pass", KOKUBU, [SERIZAWA], "監督署のご担当者について",
    f"""芹沢様

お世話になっております。国分です。
是正報告の件で、監督署のご担当は下記のとおりです。
提出前に先生から事前にお電話いただけるとのことで、ありがとうございます。

　大宮労働基準監督署 第一方面
　高村 監督官
　TEL 048-600-4801（第一方面 直通）
　受付時間 8:30〜17:15

よろしくお願いいたします。
{SIG_KOKUBU}""",
    charset="iso-2022-jp", entities=[], detectors=[],
    note="one public official's business contact (office line): not personal data to list")

# 100 — English reply; the partner's overtime figures are only in the quoted text
add(100, "pass", KOKUBU, ["Jenna Whitfield <j.whitfield@northbridge-hr.com>"], "Re: October secondees - working hours report",
    """Hi Jenna,

Thanks for the report. Agreed: we will keep both engineers on the standard 8-hour
pattern for the first month and revisit in November. I'll confirm the shift plan by Friday.

Best,
Tatsuya

On Mon, 16 Jun 2025 at 09:41, Jenna Whitfield <j.whitfield@northbridge-hr.com> wrote:
> Hi Tatsuya,
>
> Overtime logged by our staff at your plant in May:
>   Daniel Brooks    (DOB 1988-03-14)  overtime 31.5 h   mobile +44 7700 900417
>   Priya Raman      (DOB 1991-10-02)  overtime 44.0 h   mobile +44 7700 900862
>   Marek Nowak      (DOB 1985-06-27)  overtime 12.0 h   mobile +44 7700 900135
>   Sofia Lindqvist  (DOB 1993-01-19)  overtime 27.5 h   mobile +44 7700 900554
>   Tom Achterberg   (DOB 1990-08-08)  overtime 39.0 h   mobile +44 7700 900291
>
> Can we agree to keep the October secondees below 40 hours?
> Jenna
""",
    entities=[], detectors=[],
    note="the five-person list is only in the quoted mail of the recipient; new text carries no personal data")
