"""Blind evaluation corpus — AREA: gyoseishoshi (行政書士・在留資格の実務).

日の出産業株式会社の人事部グローバル人材課・総務部が、外国籍社員（自社の社員と、取引先＝
顧客企業へ出向・紹介する外国籍人材）の在留資格手続きで、行政書士法人・翻訳者・登録支援機関・
監理団体・社労士・弁護士・顧客企業・本人や家族とやり取りするメール：在留カード、旅券、
無犯罪証明書、婚姻と家族滞在、出入国在留管理局、雇用主、翻訳。

Every person, every number and every address in this file is invented (fictional people,
fictional residence-card / passport / licence / pension / insurance numbers; My Numbers and
card numbers come from build.my_number / build.card_number, counting up from SEED).
Organisations other than those named in BRIEF.md are fictional too.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 14501
rng = random.Random(SEED)

_counter = {"mn": SEED, "card": SEED}


def next_my_number() -> str:
    n = my_number(_counter["mn"])
    _counter["mn"] += 1
    return n


def next_card() -> str:
    n = card_number(_counter["card"])
    _counter["card"] += 1
    return n


_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def zairyu() -> str:
    """在留カード番号: 英字2 + 数字8 + 英字2."""
    return (rng.choice(_LETTERS) + rng.choice(_LETTERS)
            + "".join(str(rng.randrange(10)) for _ in range(8))
            + rng.choice(_LETTERS) + rng.choice(_LETTERS))


def digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{digits(4)}-{digits(4)}"


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """半角数字とハイフンを全角に."""
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: 検査用数字 + 12桁 (check digit = 9 - Σ(Pn×Qn) mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


# -- signatures and disclaimers -------------------------------------------------------------

SIG_NONOMIYA = """
--
日の出産業株式会社
人事部 グローバル人材課　野々宮 千尋（Nonomiya Chihiro）
〒103-0027 東京都中央区日本橋3-4-5 日の出ビル7F
TEL: 03-5201-7730（代表）　内線: 4417
E-mail: nonomiya@hinode-sangyo.co.jp
"""

SIG_CHIHAYA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　人事部 グローバル人材課 課長
申請取次担当　千早 玲（ちはや れい）
〒103-0027 東京都中央区日本橋三丁目4番5号 日の出ビル7階
TEL 03-5201-7731（直通）　FAX 03-5201-7799
chihaya@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_KIRYU = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 総務部 外国人材サポートチーム
桐生 真琴 / KIRYU Makoto
TEL 03-5201-7740 / 携帯 080-4417-2086（社用）
kiryu@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_ASHIYA = """
---------------------------------
日の出産業（株）人事部 採用グループ
芦屋 秀平
03-5201-7735 / ashiya@hinode-sangyo.co.jp
---------------------------------
"""

SIG_SAMEJIMA = """
*************************************
日の出産業株式会社 人事部 労務グループ
鮫島 穂乃香（さめじま ほのか）
TEL：03-5201-7738　FAX：03-5201-7799
Mail：samejima@hinode-sangyo.co.jp
*************************************
"""

SIG_KAI = """
--
甲斐 竜之介 / KAI Ryunosuke
日の出産業株式会社 海外事業部
TEL 03-5201-7820 | kai@hinode-sangyo.co.jp
"""

SIG_EN = """
Best regards,

Chihiro Nonomiya
Global Talent Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 3-4-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7730 | nonomiya@hinode-sangyo.co.jp
"""

DISC_JA = """
――――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
――――――――――――――――――――――――――――――
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited.
"""

HINODE_CORP = corp_number("010401087653")

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------------
# 001 stop: 更新申請の依頼、1名分の在留カード番号・旅券番号（本文ブロック）
_thanh_card = zairyu()
_thanh_pp = "C" + digits(7)
MESSAGES.append({
    "id": "gyoseishoshi-001",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "cc": ["千早 玲 <chihaya@hinode-sangyo.co.jp>"],
    "subject": "【更新申請依頼】NGUYEN VAN THANH様 在留期間更新（技術・人文知識・国際業務）",
    "charset": "iso-2022-jp",
    "body": f"""行政書士法人みなと国際事務所
柏木 先生

いつも大変お世話になっております。
日の出産業 人事部の野々宮です。

標記の件、下記社員の在留期間更新許可申請をお願いしたくご連絡いたしました。
在留期限まで3か月を切りましたので、お手数ですが必要書類のリストを
来週中にお送りいただけますと幸いです。

■対象者
　氏名　　　　　：NGUYEN VAN THANH（グエン・ヴァン・タン）
　生年月日　　　：1994年3月12日
　国籍　　　　　：ベトナム
　在留資格　　　：技術・人文知識・国際業務
　在留期限　　　：2026年8月31日
　在留カード番号：{_thanh_card}
　旅券番号　　　：{_thanh_pp}
　住所　　　　　：東京都江東区東陽二丁目14番3号 サンハイツ東陽205
　所属　　　　　：生産技術部 設計課（2021年4月入社）

雇用契約書の写しと源泉徴収票は当方で用意いたします。
住民税の証明書は本人に取得させる予定です。

何卒よろしくお願いいたします。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one employee's residence card and passport numbers to an external scrivener office: identity documents stop",
})

# 002 pass: 返信。個人情報は引用部分（>）のみ
MESSAGES.append({
    "id": "gyoseishoshi-002",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "Re: 【更新申請依頼】NGUYEN VAN THANH様 在留期間更新（技術・人文知識・国際業務）",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生

お世話になっております。日の出産業の野々宮です。
必要書類リストをお送りいただき、ありがとうございます。

本人にも共有し、課税・納税証明書は来週火曜までに区役所で取得させます。
揃い次第、レターパックプラスでお送りいたします。

引き続きよろしくお願いいたします。

野々宮

> 野々宮様
>
> いつもお世話になっております。みなと国際事務所の柏木です。
> グエン様の更新申請の件、承知いたしました。必要書類は以下のとおりです。
>
> 　1. 在留期間更新許可申請書（所属機関作成用・申請人作成用）
> 　2. 写真（縦4cm×横3cm）1葉
> 　3. 住民税の課税（又は非課税）証明書及び納税証明書（直近1年分）
> 　4. 在留カード・旅券（申請時に原本提示）
>
> 期限が2026年8月31日ですので、6月中の申請をおすすめします。
>
> > ■対象者
> > 　氏名　　　　　：NGUYEN VAN THANH（グエン・ヴァン・タン）
> > 　生年月日　　　：1994年3月12日
> > 　在留カード番号：{_thanh_card}
> > 　旅券番号　　　：{_thanh_pp}
> > 　住所　　　　　：東京都江東区東陽二丁目14番3号 サンハイツ東陽205
""",
    "entities": [],
    "detectors": [],
    "note": "the identifiers appear only in '>' quoted text the scrivener already has; the new text is ordinary",
})

# 003 stop: XLSX 在留期限管理表（複数シート、タイトル行あり）
_rows_gijinkoku = [
    ["在留期限管理表（2026年度上期）", "", "", "", "", "", "", "", ""],
    ["作成：人事部グローバル人材課　2026/04/01時点", "", "", "", "", "", "", "", ""],
    [],
    ["No", "社員番号", "氏名（ローマ字）", "国籍", "生年月日", "在留資格", "在留カード番号", "在留期限", "所属"],
]
for i, (nm, nat, dob, dept) in enumerate([
        ("WANG HAORAN", "中国", "1990/07/21", "品質保証部"),
        ("LIU JING", "中国", "1993/11/02", "経理部"),
        ("TRAN VAN DUC", "ベトナム", "1995/01/30", "生産技術部"),
        ("SANTOS MARIA CLARA", "フィリピン", "1992/05/17", "海外事業部"),
        ("RAHUL SHARMA", "インド", "1989/09/09", "情報システム部"),
        ("KIM SOOYEON", "韓国", "1996/12/24", "営業企画部"),
        ("PERERA KASUN", "スリランカ", "1991/03/03", "設計課"),
        ("BATBAYAR ENKHJARGAL", "モンゴル", "1994/08/15", "物流管理部")], start=1):
    _rows_gijinkoku.append([i, f"H{20170 + i * 7}", nm, nat, dob, "技術・人文知識・国際業務",
                            zairyu(), f"2026/{(i % 9) + 4:02d}/{(i * 3) % 27 + 1:02d}", dept])
_rows_tokutei = [["No", "社員番号", "氏名", "国籍", "生年月日", "分野", "在留カード番号", "在留期限"]]
for i, (nm, nat, dob) in enumerate([
        ("GURUNG BIKASH", "ネパール", "1998/02/11"),
        ("SITI RAHAYU", "インドネシア", "2000/06/06"),
        ("AUNG KO KO", "ミャンマー", "1997/10/28"),
        ("NGUYEN THI LAN", "ベトナム", "1999/04/19"),
        ("THAPA SARITA", "ネパール", "2001/01/08")], start=1):
    _rows_tokutei.append([i, f"T{3300 + i}", nm, nat, dob, "飲食料品製造業", zairyu(),
                          f"2026/{(i % 6) + 6:02d}/15"])
MESSAGES.append({
    "id": "gyoseishoshi-003",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "上期の更新対象者一覧の送付（在留期限管理表）",
    "charset": "cp932",
    "body": f"""早瀬先生

お世話になっております。日の出産業の千早でございます。

上期（4月～9月）に在留期限を迎える社員の一覧をお送りします。
シート「技人国」「特定技能」に分けてございます。
特定技能の5名は登録支援機関経由の支援計画の見直しもありますので、
別途お打ち合わせの時間をいただけますと助かります。

ご確認のほど、よろしくお願い申し上げます。
{SIG_CHIHAYA}""",
    "attachments": [{
        "kind": "xlsx", "name": "在留期限管理表_2026上期.xlsx",
        "sheets": {"技人国": _rows_gijinkoku, "特定技能": _rows_tokutei,
                   "メモ": [["更新手続は期限の3か月前から可能"], ["特定技能は支援計画書を添付"]]},
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a 13-person list with residence card numbers and dates of birth in an XLSX to an external scrivener",
})

# 004 pass: 社内のみ（サブドメイン含む）。マイナンバーと在留カード番号の CSV
_csv4 = [["社員番号", "氏名", "カナ", "個人番号", "在留カード番号", "在留期限"]]
for emp, nm, kana in [("H20177", "王 浩然", "ワン ハオラン"), ("H20184", "劉 静", "リュウ ジン"),
                      ("H20191", "チャン・ヴァン・ドゥック", "チャン ヴァン ドゥック"),
                      ("H20198", "サントス マリア クララ", "サントス マリア クララ"),
                      ("H20205", "シャルマ ラフル", "シャルマ ラフル"),
                      ("H20212", "金 秀妍", "キム スヨン")]:
    _csv4.append([emp, nm, kana, next_my_number(), zairyu(), "2027/03/31"])
MESSAGES.append({
    "id": "gyoseishoshi-004",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["桐生 真琴 <kiryu@hinode-sangyo.co.jp>"],
    "cc": ["給与チーム <kyuyo@mail.hinode-sangyo.co.jp>"],
    "subject": "外国籍社員 台帳更新用データ（個人番号・在留カード）",
    "charset": "utf-8",
    "body": f"""桐生さん、給与チームの皆さま

お疲れさまです。野々宮です。
4月の台帳更新用に、外国籍社員の個人番号と在留カード番号をCSVにまとめました。
社内共有フォルダではなくメールで、とのことでしたので添付します。
取込み後、このメールは削除をお願いします。

野々宮
""",
    "attachments": [{"kind": "csv", "name": "gaikokuseki_daicho_202604.csv", "encoding": "utf-8", "rows": _csv4}],
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_RESIDENCE_CARD"],
    "detectors": [],
    "note": "every recipient is internal (hinode-sangyo.co.jp and its subdomain): may go whatever it carries",
})

# 005 stop: 1名の前科（罰金刑）を相談 — 要配慮個人情報
MESSAGES.append({
    "id": "gyoseishoshi-005",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "更新申請前のご相談（営業部社員の件）",
    "charset": "utf-8",
    "body": f"""早瀬先生

いつもお世話になっております。日の出産業の千早です。
次回更新予定の社員について、事前にご相談させてください。

営業部の PARK JIHOON（朴 智勲）さんですが、本人からの申告によると、
昨年11月に酒気帯び運転で検挙され、12月に略式命令で罰金30万円の刑を受けたとのことです。
その後は違反もなく勤務態度も良好で、本人も深く反省しております。

今回の在留期間更新（技術・人文知識・国際業務、期限は本年9月）の申請書には
「犯罪を理由とする処分を受けたことの有無」の欄がありますが、
記載の仕方や、反省文・上司の意見書を添付すべきかどうかご助言いただけますでしょうか。

お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's criminal record (fine for drink-driving) in a sentence to an external office: 要配慮個人情報",
})

# 006 pass: 顧客企業へ料金表（プレーンテキストの桁揃え）
MESSAGES.append({
    "id": "gyoseishoshi-006",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["本庄 和臣 <honjo@kitaguni-foods.co.jp>"],
    "subject": "外国人材受入れサポート 料金のご案内",
    "charset": "cp932",
    "body": f"""北国フーズ株式会社
人事総務部　本庄様

いつもお世話になっております。日の出産業の芦屋でございます。
先日お問い合わせいただいた、外国人材受入れサポートの料金表をお送りします。
（行政書士報酬は提携事務所の標準額で、実費・印紙代は別途となります）

サービス                              料金（税別）    標準期間
------------------------------------  --------------  ----------
在留資格認定証明書交付申請            150,000円       1～3か月
在留資格変更許可申請（技人国）        120,000円       1～2か月
在留期間更新許可申請                   50,000円       2週間～1か月
特定技能 支援計画作成                  80,000円       2～3週間
登録支援機関 支援委託（月額/1名）      25,000円       ―
在留カード受領代行                     10,000円       ―

※ 5名以上まとめてのご依頼は10%お値引きいたします。
※ 見積番号 QT-2026-0418 でお問い合わせください。

ご不明点がございましたら、お気軽にお申し付けください。
{SIG_ASHIYA}{DISC_JA}""",
    "entities": [],
    "detectors": [],
    "note": "a price list and a quotation number to a partner client: ordinary business mail with the standard disclaimer",
})

# 007 stop: 顧客企業3社の人事担当を To に並べたセミナー案内
MESSAGES.append({
    "id": "gyoseishoshi-007",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 長谷部様 <hasebe@kawasaki-denki.co.jp>",
           "青葉運輸 総務部 玉置様 <tamaki@aoba-unyu.co.jp>",
           "北国フーズ 人事総務部 本庄様 <honjo@kitaguni-foods.co.jp>"],
    "subject": "【ご案内】特定技能制度の改正ポイント解説セミナー（5/22開催）",
    "charset": "iso-2022-jp",
    "body": f"""各位

平素より大変お世話になっております。日の出産業株式会社 人事部の芦屋です。

外国人材を受け入れていらっしゃるお取引先さま向けに、
提携の行政書士法人みなと国際事務所を講師に迎え、下記のセミナーを開催いたします。

　日時：2026年5月22日（金）14:00～16:00
　会場：日の出ビル 8階 大会議室（オンライン併用）
　内容：育成就労制度への移行スケジュール／特定技能の対象分野追加／
　　　　所属機関の届出義務と罰則の整理
　定員：30名（先着順）

ご参加いただける場合は、5月15日までに本メールへご返信ください。
{SIG_ASHIYA}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external client organisations can see each other in To: should have been Bcc",
})

# 008 stop: 取引先ドメインの look-alike（i → l）
MESSAGES.append({
    "id": "gyoseishoshi-008",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["長谷部 恭子 <hasebe@kawasaki-denkl.co.jp>"],
    "subject": "外国籍新入社員の受入れ説明会 日程候補",
    "charset": "utf-8",
    "body": f"""川崎電機株式会社
人事部 長谷部様

お世話になっております。日の出産業 総務部の桐生です。

10月入社予定の外国籍新卒者（御社へ出向予定の3名）向けの受入れ説明会について、
日程候補をお送りします。

　・9月24日（木）10:00～11:30
　・9月25日（金）15:00～16:30
　・9月29日（火）10:00～11:30

会場は御社川崎工場の研修室をお借りできればと考えております。
ご都合のよい日をお知らせください。
{SIG_KIRYU}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denkl.co.jp is a look-alike (l for i) of the partner kawasaki-denki.co.jp",
})

# 009 pass: 本人の Gmail へ在留カード受領の案内（番号なし）、日英併記
MESSAGES.append({
    "id": "gyoseishoshi-009",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["Le Hoang Nam <lehoangnam.1997@gmail.com>"],
    "subject": "在留カードの受け取りについて / Collecting your new Residence Card",
    "charset": "utf-8",
    "body": f"""レ・ホアン・ナムさん

お疲れさまです。総務部の桐生です。
在留期間更新の許可が出ました。新しい在留カードを受け取りに行きましょう。

　日時：6月10日（水）9:30　東京出入国在留管理局 1階ロビー集合
　持ち物：パスポート、今の在留カード、はがき（通知書）、手数料納付書（会社で用意します）
　当日は出勤扱いです。

Dear Nam,

Your extension of period of stay has been approved.
Please meet me at the 1st floor lobby of the Immigration Services Bureau at 9:30 on
Wednesday, June 10. Bring your passport, your current residence card and the postcard
you received. The revenue stamp will be prepared by the company.
{SIG_KIRYU}""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (the employee himself), only a date and a place: ordinary mail",
})

# 010 stop: PPAP（パスワード付き ZIP）
MESSAGES.append({
    "id": "gyoseishoshi-010",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "申請書類一式（認定申請 3名分）送付",
    "charset": "iso-2022-jp",
    "body": f"""みなと国際事務所
堀北様

お世話になっております。日の出産業の野々宮です。
在留資格認定証明書交付申請（3名分）の書類一式をZIPでお送りします。
パスワードは別メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。
{SIG_NONOMIYA}""",
    "attachments": [{
        "kind": "zip", "name": "nintei_3mei_20260512.zip", "password": "Hn#2x9Lq",
        "files": [
            {"kind": "xlsx", "name": "申請人一覧.xlsx", "sheets": {"一覧": [
                ["氏名", "国籍", "生年月日", "旅券番号"],
                ["DELA CRUZ JOHN PAUL", "フィリピン", "1997/02/14", "P" + digits(7) + "B"],
                ["REYES ANGELICA", "フィリピン", "1999/09/30", "P" + digits(7) + "A"],
                ["BAUTISTA MARK ANTHONY", "フィリピン", "1996/06/01", "P" + digits(7) + "C"]]}},
            {"kind": "pdf", "name": "雇用条件書_3名.pdf", "lines": ["雇用条件書", "（3名分）"]},
        ]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): its content cannot be inspected",
})

# 011 pass: 別送パスワードのみ
MESSAGES.append({
    "id": "gyoseishoshi-011",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "【パスワード】申請書類一式（認定申請 3名分）送付",
    "charset": "iso-2022-jp",
    "body": """堀北様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn#2x9Lq

日の出産業 野々宮
""",
    "entities": [],
    "detectors": [],
    "note": "the follow-up password mail alone carries no attachment and no personal data",
})

# 012 stop: 住民票の写し（個人番号記載）PDF
_mn_12a, _mn_12b = next_my_number(), next_my_number()
MESSAGES.append({
    "id": "gyoseishoshi-012",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "陳様 家族滞在申請用 住民票の写し",
    "charset": "utf-8",
    "body": f"""柏木先生

お世話になっております。日の出産業の桐生です。
陳様の奥様の家族滞在（変更申請）用に、世帯全員の住民票の写しをスキャンして添付します。
本人が「個人番号入り」で取得してしまったようで、差し替えが必要でしたらおっしゃってください。
{SIG_KIRYU}""",
    "attachments": [{
        "kind": "pdf", "name": "juminhyo_chen.pdf", "title": "住民票の写し",
        "lines": [
            "住　民　票　の　写　し",
            "住所　埼玉県川口市芝新町8番21号 グランシャトー芝203",
            "世帯主　陳　思遠",
            "",
            "氏名　陳　思遠（チン　シエン）　　　　生年月日　1988年10月5日　性別　男",
            f"個人番号　{_mn_12a}　　　続柄　世帯主　　国籍・地域　中国",
            "在留資格　技術・人文知識・国際業務",
            "",
            "氏名　張　雪梅（チョウ　セツバイ）　　生年月日　1990年2月18日　性別　女",
            f"個人番号　{_mn_12b}　　　続柄　妻　　　　国籍・地域　中国",
            "在留資格　短期滞在",
            "",
            "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
            "令和8年4月20日　川口市長",
        ]}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a resident record PDF carrying two My Numbers sent outside",
})

# 013 pass: 顧客企業 + 行政書士（2組織）への日程調整
MESSAGES.append({
    "id": "gyoseishoshi-013",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["吉永 美鈴 <yoshinaga@sakura-hotel.jp>"],
    "cc": ["柏木 遼 <kashiwagi@minato-gyosei.jp>", "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>"],
    "subject": "特定技能（宿泊）受入れに関するお打合せ日程",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル
人事部 吉永様
（cc：みなと国際事務所 柏木先生）

いつもお世話になっております。日の出産業の千早です。

宿泊分野の特定技能外国人の受入れについて、協議会への加入手続と
支援計画の内容を三者で確認させていただきたく、打合せをお願いできますでしょうか。

　候補① 6月3日（水）13:00～14:00
　候補② 6月4日（木）10:00～11:00
　候補③ 6月8日（月）16:00～17:00

Teams で URL をお送りいたします。
{SIG_CHIHAYA}""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (client hotel and scrivener) in To/Cc: a normal three-way meeting mail",
})

# 014 stop: DOCX のヘッダーに「社外秘」
MESSAGES.append({
    "id": "gyoseishoshi-014",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["大迫 修一 <osako@globalcareer-jinzai.com>"],
    "subject": "来期の外国籍人材採用計画（たたき台）",
    "charset": "utf-8",
    "body": f"""グローバルキャリア株式会社
大迫様

お世話になっております。日の出産業の芦屋です。
来期の採用計画のたたき台を添付いたします。
職種別の人数感と時期をご覧いただき、母集団形成のご提案をいただけますと幸いです。
{SIG_ASHIYA}""",
    "attachments": [{
        "kind": "docx", "name": "2027年度_外国籍人材採用計画_v0.3.docx",
        "page_header": "社外秘", "title": "2027年度 外国籍人材採用計画",
        "paragraphs": ["2027年度 外国籍人材採用計画（案）", "人事部 採用グループ",
                       "1. 方針：設計・品質保証部門の技術者を中心に採用を拡大する。",
                       "2. 予算：紹介手数料は年収の30%を上限とする。"],
        "tables": [[["職種", "在留資格", "人数", "入社時期"],
                    ["機械設計", "技人国", "4", "2027年4月"],
                    ["品質保証", "技人国", "2", "2027年10月"],
                    ["食品製造（出向）", "特定技能1号", "6", "2027年7月"]]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached plan carries a 社外秘 stamp in its page header",
})

# 015 stop: 本文に空白揃えの候補者一覧（6名、生年月日・携帯）
_rows15 = [("THAPA SARITA", "2001/01/08", "合格(2025/11)", "N3", mobile()),
           ("RAI SURESH", "1999/07/22", "合格(2025/11)", "N4", mobile()),
           ("TAMANG PEMA", "2000/03/15", "合格(2026/01)", "N3", mobile()),
           ("DO THI HUONG", "1998/12/01", "合格(2025/09)", "N3", mobile()),
           ("VU MINH TUAN", "1997/05/27", "受験予定", "N4", mobile()),
           ("ZAW MIN HTET", "1999/10/10", "合格(2026/02)", "N3", mobile())]
_tbl15 = "\n".join(f"{i:<3} {n:<16} {d:<12} {s:<14} {j:<4} {p}" for i, (n, d, s, j, p) in enumerate(_rows15, 1))
MESSAGES.append({
    "id": "gyoseishoshi-015",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["三上 由紀 <mikami@ajia-kyosei.or.jp>"],
    "subject": "技能実習2号修了者 特定技能移行候補の件",
    "charset": "iso-2022-jp",
    "body": f"""一般社団法人アジア人材共生機構
三上様

お世話になっております。日の出産業の桐生です。
技能実習2号を修了予定の実習生のうち、特定技能1号への移行を希望している
6名の一覧です。事前ガイダンスの日程調整をお願いいたします。

No  氏名             生年月日     技能試験       日本語 携帯
--- ---------------- ------------ -------------- ------ -------------
{_tbl15}

※ VU MINH TUAN さんは7月の技能評価試験を受験予定です。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six trainees' names, dates of birth and mobiles in space-padded columns to a support organisation",
})

# 016 pass: 婚姻証明の翻訳依頼（2名分）
MESSAGES.append({
    "id": "gyoseishoshi-016",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["リンガブリッジ 翻訳受付 <order@lingua-bridge.co.jp>"],
    "subject": "翻訳のご依頼：婚姻届受理証明書（日→英）",
    "charset": "cp932",
    "body": f"""株式会社リンガブリッジ
翻訳受付ご担当者様

いつもお世話になっております。日の出産業の桐生です。
フィリピン大使館への婚姻報告に使用するため、添付の婚姻届受理証明書の
英訳（翻訳証明書付き）をお願いいたします。

　・納期：5月20日（水）希望
　・部数：原本1部＋PDF
　・請求先：日の出産業株式会社 総務部（発注番号 PO-26-0733）

よろしくお願いいたします。
{SIG_KIRYU}""",
    "attachments": [{
        "kind": "docx", "name": "婚姻届受理証明書_書き起こし.docx",
        "paragraphs": ["婚姻届受理証明書", "下記の婚姻届は令和8年3月14日に受理したことを証明する。",
                       "令和8年3月16日　東京都江東区長"],
        "tables": [[["", "夫になる人", "妻になる人"],
                    ["氏名", "宇佐美 健吾", "SANTOS MARIA CLARA"],
                    ["生年月日", "平成元年6月9日", "1992年5月17日"],
                    ["本籍・国籍", "千葉県船橋市本町四丁目18番", "フィリピン共和国"],
                    ["住所", "東京都江東区南砂三丁目9番2-1104", "東京都江東区南砂三丁目9番2-1104"]]],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a marriage certificate of two people (no ID numbers, no sensitive data) for translation: under the 5-person threshold, may warn",
})

# 017 stop: 健康保険証の記号・番号（被扶養者異動届）
MESSAGES.append({
    "id": "gyoseishoshi-017",
    "expect": "stop",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["水城 透 <mizuki@sr-mizuki.jp>"],
    "subject": "被扶養者（異動）届の作成依頼／LIU JING さん",
    "charset": "utf-8",
    "body": f"""社会保険労務士事務所みずき
水城先生

お世話になっております。日の出産業 労務グループの鮫島です。
経理部の LIU JING（劉 静）さんのご主人が、家族滞在で来日されましたので、
被扶養者異動届の作成をお願いいたします。

【被保険者】
氏名：劉 静（リュウ ジン）
健康保険証　記号 {digits(4)}　番号 {rng.randrange(10, 999)}
基礎年金番号：{digits(4)}-{digits(6)}

【被扶養者】
氏名：孫 立偉（ソン リーウェイ）
生年月日：1989年4月27日
続柄：夫
住所：東京都墨田区錦糸四丁目6番11号 錦糸パレス502（同居）
来日日：2026年4月8日　収入：なし

在留カード（家族滞在）の写しは郵送いたします。
{SIG_SAMEJIMA}""",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "health insurance 記号・番号 and a basic pension number of an employee to an external labour consultant",
})

# 018 stop: HTML のみのテーブル、家族滞在8名の旅券番号
_tr18 = "".join(
    f"<tr><td>{n}</td><td>{r}</td><td>{d}</td><td>{pp}</td><td>{emp}</td></tr>"
    for n, r, d, pp, emp in [
        ("WANG YUTONG", "子", "2019-08-02", "E" + digits(8), "WANG HAORAN"),
        ("ZHAO LI", "妻", "1991-03-11", "E" + digits(8), "WANG HAORAN"),
        ("NGUYEN THI HANH", "妻", "1996-07-07", "C" + digits(7), "TRAN VAN DUC"),
        ("TRAN GIA BAO", "子", "2022-01-19", "C" + digits(7), "TRAN VAN DUC"),
        ("PRIYA SHARMA", "妻", "1992-11-23", "R" + digits(7), "RAHUL SHARMA"),
        ("AARAV SHARMA", "子", "2018-05-05", "R" + digits(7), "RAHUL SHARMA"),
        ("ANIKA SHARMA", "子", "2021-09-14", "R" + digits(7), "RAHUL SHARMA"),
        ("BOLORMAA DORJ", "妻", "1995-02-28", "E" + digits(7), "BATBAYAR ENKHJARGAL")])
MESSAGES.append({
    "id": "gyoseishoshi-018",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "家族滞在 更新対象のご家族一覧",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>早瀬先生</p>
<p>いつもお世話になっております。日の出産業の千早です。<br>
社員の更新に合わせて、家族滞在のご家族8名分も同時申請をお願いしたく、一覧をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>続柄</th><th>生年月日</th><th>旅券番号</th><th>扶養者（社員）</th></tr>
{_tr18}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 グローバル人材課<br>千早 玲　TEL 03-5201-7731</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of eight family members with passport numbers and dates of birth",
})

# 019 pass: 入管の窓口一覧（事業所リスト）
MESSAGES.append({
    "id": "gyoseishoshi-019",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["玉置 誠 <tamaki@aoba-unyu.co.jp>"],
    "subject": "Re: 各営業所の最寄りの入管窓口について",
    "charset": "utf-8",
    "html": """<html><body>
<p>青葉運輸株式会社<br>総務部 玉置様</p>
<p>お世話になっております。日の出産業の桐生です。<br>
ご質問いただいた、各営業所から最寄りの申請窓口をまとめました（受付時間は平日9:00～16:00）。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>御社営業所</th><th>最寄り窓口</th><th>所在地</th><th>代表電話</th></tr>
<tr><td>大井営業所</td><td>東京出入国在留管理局（本局）</td><td>東京都港区港南五丁目7番12号</td><td>03-6455-8120</td></tr>
<tr><td>横浜営業所</td><td>横浜支局</td><td>神奈川県横浜市金沢区鳥浜町12番4号</td><td>045-770-3318</td></tr>
<tr><td>千葉営業所</td><td>千葉出張所</td><td>千葉県千葉市中央区問屋町2番18号</td><td>043-238-4406</td></tr>
<tr><td>川口営業所</td><td>さいたま出張所</td><td>埼玉県さいたま市中央区新都心3番地2</td><td>048-852-1175</td></tr>
<tr><td>立川営業所</td><td>立川出張所</td><td>東京都立川市緑町6番9号</td><td>042-529-0362</td></tr>
<tr><td>宇都宮営業所</td><td>宇都宮出張所</td><td>栃木県宇都宮市中央2丁目7番10号</td><td>028-611-2843</td></tr>
</table>
<p>混雑するため、午前中の来庁をおすすめします。</p>
<p>--<br>日の出産業株式会社 総務部 外国人材サポートチーム 桐生 真琴<br>TEL 03-5201-7740</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a table of government offices with their addresses and switchboards: a list of businesses, not people",
})

# 020 stop: 1名の宗教（ムスリム）を出向先へ
MESSAGES.append({
    "id": "gyoseishoshi-020",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["本庄 和臣 <honjo@kitaguni-foods.co.jp>"],
    "subject": "7月からの出向者 受入れにあたってのお願い",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
人事総務部 本庄様

お世話になっております。日の出産業の野々宮です。
7月1日から御社札幌工場へ出向予定の AGUS SETIAWAN さん（インドネシア国籍、特定技能1号）
について、受入れ前にお伝えしておきたいことがございます。

アグスさんはイスラム教徒で、1日5回の礼拝を欠かさない方です。
つきましては、
　・昼休憩と15時休憩の際に、5分ほど礼拝できる静かな場所（会議室の一角など）
　・社員食堂での豚由来食品を避けたメニュー表示
　・金曜の集団礼拝のため、月1回程度の昼休み延長（30分）
についてご配慮いただけないでしょうか。
ラマダン期間（来年2月頃）の勤務シフトについては、改めてご相談させてください。

どうぞよろしくお願いいたします。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's religion sent to a client company: 要配慮個人情報 even for one person",
})

# 021 pass: 秘密保持契約書（案）のやり取り — 「機密」は言及のみ
MESSAGES.append({
    "id": "gyoseishoshi-021",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生

お世話になっております。日の出産業の千早です。

来月からの包括委任契約に先立ち、秘密保持契約を締結させていただきたく、
当社法務部で作成した契約書案を添付いたします。
第2条の「機密情報」の定義に、申請人の個人情報を明示的に含めております。
第7条（返還・廃棄）の期間について、貴事務所の保存義務との関係で
ご意見があればお聞かせください。

ご確認のほど、よろしくお願い申し上げます。
{SIG_CHIHAYA}""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_みなと国際事務所.docx",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）と行政書士法人みなと国際事務所（以下「乙」という。）は、"
            "次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲が乙に委任する在留資格関連手続に関し、相互に開示する情報の取扱いを定める。",
            "第2条（機密情報）本契約において機密情報とは、開示の方法を問わず、甲が乙に開示した技術上・営業上の情報"
            "及び申請人の個人情報をいう。",
            "第7条（返還・廃棄）乙は、委任業務終了後○年以内に機密情報を返還又は廃棄する。",
            "（以下略）",
        ]}],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA; the words 機密情報 are the subject of the contract, not a classification stamp",
})

# 022 stop: 本人からのメールを .eml で転送（旅券・在留カード番号入り）
_eml22_card, _eml22_pp = zairyu(), "E" + digits(8)
MESSAGES.append({
    "id": "gyoseishoshi-022",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "FW: 転職に伴う届出について（陳 思遠）",
    "charset": "utf-8",
    "body": f"""堀北様

お世話になっております。日の出産業の野々宮です。
中途入社の陳さんから届いたメールを転送します（添付）。
前職の退職日と当社入社日は本人の記載どおりです。
契約機関に関する届出の代理提出をお願いできますでしょうか。
{SIG_NONOMIYA}""",
    "attachments": [{
        "kind": "eml", "name": "転職に伴う届出について.eml",
        "message": {
            "sender": "Chen Siyuan <chensiyuan.jp@outlook.jp>",
            "to": ["nonomiya@hinode-sangyo.co.jp"],
            "subject": "転職に伴う届出について",
            "charset": "utf-8",
            "body": f"""野々宮さん

お世話になっております。陳です。
入管への届出に必要な情報をお送りします。

氏名：CHEN SIYUAN（陳 思遠）
生年月日：1988年10月5日
国籍：中国
在留カード番号：{_eml22_card}
旅券番号：{_eml22_pp}
前の会社：株式会社ミツボシ精工（2026年3月31日 退職）
日の出産業 入社日：2026年4月1日

よろしくお願いします。
陳
""",
        }}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a forwarded mail (attached .eml) is new content to the recipient and carries residence card and passport numbers",
})

# 023 pass: 英語の返信、"On ... wrote:" 以下に6名の一覧（引用のみ）
MESSAGES.append({
    "id": "gyoseishoshi-023",
    "expect": "pass",
    "sender": "Chihiro Nonomiya <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Maria Reyes <mreyes.honyaku@gmail.com>"],
    "subject": "Re: Translation of NBI clearances - delivery date",
    "charset": "utf-8",
    "body": f"""Dear Maria,

Thank you for the quick reply. Friday, May 29 is fine for us.
Please send the invoice to our accounts payable team as before (PO-26-0761).
{SIG_EN}
On Tue, May 19, 2026 at 10:42 AM Maria Reyes <mreyes.honyaku@gmail.com> wrote:
> Hi Chihiro,
>
> I received the six documents. I can deliver the Japanese translations by May 29.
> For my checklist, these are the names as they appear on the documents:
>
>   DELA CRUZ, JOHN PAUL     born 14 Feb 1997
>   REYES, ANGELICA          born 30 Sep 1999
>   BAUTISTA, MARK ANTHONY   born 01 Jun 1996
>   GARCIA, KRISTINE JOY     born 11 Nov 1998
>   MENDOZA, RICO            born 25 Mar 1995
>   AQUINO, LORRAINE         born 08 Aug 2000
>
> Best,
> Maria
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the list of six names and birthdays is only in the quoted text the translator wrote; one free-mail recipient",
})

# 024 stop: 名前の列がない CSV（社員番号＋在留カード番号）
_csv24 = [["emp_no", "card_no", "status", "expiry", "work_limit"]]
for i in range(10):
    _csv24.append([f"H{20300 + i * 11}", zairyu(), rng.choice(["技術・人文知識・国際業務", "特定技能1号", "家族滞在", "永住者"]),
                   f"2027-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", rng.choice(["就労制限なし", "在留資格に基づく就労活動のみ可", "指定書により指定された就労活動のみ可"])])
MESSAGES.append({
    "id": "gyoseishoshi-024",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "失効情報照会のお願い（10件）",
    "charset": "utf-8",
    "body": f"""早瀬先生

お世話になっております。千早です。
定期の在留カード失効情報照会をお願いします。
今回は社員番号と在留カード番号のみのCSVにしました（氏名は省いています）。
照会結果は社員番号で突合いたします。

千早
""",
    "attachments": [{"kind": "csv", "name": "shikkou_shokai_10ken.csv", "encoding": "utf-8", "rows": _csv24}],
    "entities": ["JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "ten residence card numbers with employee numbers, without a name column: still identity documents and a list",
})

# 025 pass: オンライン申請ヘルプデスクへの一般的な質問（自社の法人番号のみ）
MESSAGES.append({
    "id": "gyoseishoshi-025",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["在留申請オンラインシステム ヘルプデスク <support@zairyu-online-help.jp>"],
    "subject": "所属機関の利用者登録（追加職員）について",
    "charset": "iso-2022-jp",
    "body": f"""在留申請オンラインシステム ヘルプデスク御中

お世話になっております。日の出産業株式会社 人事部の千早と申します。

当社は所属機関として利用者登録済みですが、担当職員を1名追加したいと考えております。
追加の場合も、登記事項証明書の再提出が必要でしょうか。

　所属機関名：日の出産業株式会社
　法人番号　：{HINODE_CORP}
　利用者ID　：KB-20240613-0281

お手数ですがご教示ください。
{SIG_CHIHAYA}""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a procedural question carrying only the company's own corporate number and a user id: ordinary business mail",
})

# 026 stop: クレジットカード番号（招へい者の航空券・査証代行）
_card26 = next_card()
MESSAGES.append({
    "id": "gyoseishoshi-026",
    "expect": "stop",
    "sender": "甲斐 竜之介 <kai@hinode-sangyo.co.jp>",
    "to": ["トラベルアシスト 法人デスク <corporate@travel-assist.co.jp>"],
    "subject": "招へい者の航空券手配とお支払いについて",
    "charset": "cp932",
    "body": f"""株式会社トラベルアシスト
法人デスク ご担当者様

お世話になっております。日の出産業 海外事業部の甲斐です。
先日ご相談した、ハノイ工場の研修生（短期滞在査証で招へい）の航空券について、
下記カードで決済をお願いします。

　カード番号：{_card26[:4]}-{_card26[4:8]}-{_card26[8:12]}-{_card26[12:]}
　有効期限　：09/28
　名義　　　：RYUNOSUKE KAI（法人カード）
　便　　　　：6月14日 HAN→NRT 午前便、エコノミー3名

査証申請用の日程表は明日お送りします。
{SIG_KAI}""",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number in the body to a travel agency",
})

# 027 stop: 全角数字の基礎年金番号（脱退一時金）
MESSAGES.append({
    "id": "gyoseishoshi-027",
    "expect": "stop",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["水城 透 <mizuki@sr-mizuki.jp>"],
    "subject": "帰国社員の脱退一時金請求について",
    "charset": "cp932",
    "body": f"""水城先生

いつもお世話になっております。日の出産業の鮫島です。
6月末で退職・帰国予定の社員について、脱退一時金の請求手続きをお願いしたく存じます。

　氏名　　　　：ＧＵＲＵＮＧ　ＢＩＫＡＳＨ（グルン　ビカス）
　生年月日　　：{zen("1998")}年{zen("2")}月{zen("11")}日
　基礎年金番号：{zen(digits(4) + "-" + digits(6))}
　日本の住所　：埼玉県戸田市美女木東一丁目３番５号　日の出寮１１２号
　帰国予定日　：{zen("2026")}年{zen("7")}月{zen("3")}日

送金先口座（ネパールの銀行）は本人から聞き取り中です。
{SIG_SAMEJIMA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a basic pension number written in full-width digits, with name and birth date, to an outside office",
})

# 028 pass: 入管同行者4名と連絡先
MESSAGES.append({
    "id": "gyoseishoshi-028",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "6/10 入管同行の参加者",
    "charset": "utf-8",
    "body": f"""堀北様

お世話になっております。桐生です。
6月10日の在留カード受領の件、当日伺うメンバーと連絡先は以下のとおりです。

・レ・ホアン・ナム（本人）　{mobile()}
・ド・ティ・フオン（本人）　{mobile()}
・ヴー・ミン・トゥアン（本人）　{mobile()}
・桐生 真琴（引率）　080-4417-2086

9:30 に1階ロビーでお待ちしております。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and phones for a visit: under the five-person threshold, may be warned",
})

# 029 stop: 取引先法律事務所の TLD 違い look-alike
MESSAGES.append({
    "id": "gyoseishoshi-029",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["江藤 亜希子 <eto@shirakawa-law.co.jp>"],
    "subject": "不法就労助長罪に関する社内研修の打合せ",
    "charset": "utf-8",
    "body": f"""白川法律事務所
江藤先生

お世話になっております。日の出産業の千早です。
来月の管理職向け研修（外国人雇用のコンプライアンス）について、
事前打合せのアジェンダを共有いたします。

1. 不法就労助長罪の成立要件と過失の考え方
2. 在留カードの確認方法（ICチップ読取アプリの運用）
3. 派遣・業務委託で受け入れる場合の注意点
4. 質疑応答の想定

ご都合のよい日時を2～3候補いただけますと幸いです。
{SIG_CHIHAYA}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.co.jp is a look-alike (another TLD) of the partner law firm shirakawa-law.jp",
})

# 030 pass: 社内のみ、タブ区切りの在留カード一覧
_tab30 = "\n".join(f"{e}\t{n}\t{zairyu()}\t{x}" for e, n, x in [
    ("T3301", "GURUNG BIKASH", "2026/07/15"), ("T3302", "SITI RAHAYU", "2026/08/15"),
    ("T3303", "AUNG KO KO", "2026/09/15"), ("T3304", "NGUYEN THI LAN", "2026/10/15"),
    ("T3305", "THAPA SARITA", "2026/11/15"), ("T3306", "DEWI LESTARI", "2026/12/15")])
MESSAGES.append({
    "id": "gyoseishoshi-030",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["千早 玲 <chihaya@hinode-sangyo.co.jp>"],
    "cc": ["野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>"],
    "subject": "【社内】特定技能 定期届出用 在留カード番号",
    "charset": "cp932",
    "body": f"""千早課長

お疲れさまです。桐生です。
四半期の定期届出（受入れ・活動状況）用に、在留カード番号を確認しました。
Excelに貼り付けられるようタブ区切りにしています。

社員番号\t氏名\t在留カード番号\t在留期限
{_tab30}

DEWI さんのみ6月に更新済みのため新番号です。
桐生
""",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": [],
    "note": "internal-only mail: residence card list between colleagues may go",
})

# 031 stop: PDF のページヘッダーに「取扱注意」
MESSAGES.append({
    "id": "gyoseishoshi-031",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["坂巻 純一 <sakamaki@higashi-gino.or.jp>"],
    "subject": "技能実習生 受入れ計画（来年度分）の送付",
    "charset": "iso-2022-jp",
    "body": f"""東日本技能協同組合
坂巻様

お世話になっております。日の出産業の桐生です。
来年度の技能実習生受入れ計画（人数・職種・配属工場）をPDFでお送りします。
監理費のお見積りもあわせてお願いいたします。
{SIG_KIRYU}""",
    "attachments": [{
        "kind": "pdf", "name": "受入れ計画_2027.pdf", "page_header": "取扱注意",
        "lines": ["技能実習生 受入れ計画（2027年度）", "日の出産業株式会社",
                  "1. 受入れ人数：食品製造 8名、機械加工 4名",
                  "2. 配属先：戸田工場、札幌工場（北国フーズへの出向なし）",
                  "3. 入国時期：2027年5月・10月の2回",
                  "4. 宿舎：日の出寮（戸田）を改修して使用"],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PDF is stamped 取扱注意 in its page header",
})

# 032 stop: DV 被害（犯罪被害）の相談
MESSAGES.append({
    "id": "gyoseishoshi-032",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["白川 総一郎 <shirakawa@shirakawa-law.jp>"],
    "subject": "社員の在留資格（配偶者）に関するご相談",
    "charset": "utf-8",
    "body": f"""白川先生

いつもお世話になっております。日の出産業の千早です。
急ぎご相談したい件がございます。

品質保証部の TRAN THI HOA（チャン・ティ・ホア）さん（日本人の配偶者等）が、
夫から継続的に暴力を受けており、先週警察に相談して保護命令の申立てを行ったとのことです。
現在は市の配偶者暴力相談支援センターの紹介で一時的に別居しています。

在留期限は来年2月で、離婚となった場合に「定住者」への変更が可能かどうか、
また会社として在籍証明や勤務状況の資料をどのように用意すべきか、ご助言をお願いできますでしょうか。
本人は会社に知られることに不安を感じておりますので、取扱いには十分注意しております。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee being a victim of domestic violence (crime victim) sent outside: 要配慮個人情報",
})

# 033 pass: 英語、海外の送出機関＋登録支援機関（2組織）
MESSAGES.append({
    "id": "gyoseishoshi-033",
    "expect": "pass",
    "sender": "Chihiro Nonomiya <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Ramon Villanueva <r.villanueva@luzon-manpower.com.ph>"],
    "cc": ["三上 由紀 <mikami@ajia-kyosei.or.jp>"],
    "subject": "Online interviews for Specified Skilled Worker (hotel) - schedule",
    "charset": "utf-8",
    "body": f"""Dear Mr. Villanueva,

Thank you for shortlisting the candidates. We would like to hold the online
interviews on the following dates (Japan time):

  - Tue, June 16: 10:00-12:00
  - Wed, June 17: 14:00-16:00

Ms. Mikami of the Asia Jinzai Kyosei Organization (cc) will join as our registered
support organization. We will send the Teams link once you confirm the slots.
{SIG_EN}{DISC_EN}""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc, no personal data, standard English disclaimer",
})

# 034 stop: 健診結果（名前の列なし、有所見）XLSX
_rows34 = [["技能実習生 雇入時健康診断 結果一覧（2026年5月）"], [],
           ["管理番号", "性別", "年齢", "国籍", "BMI", "血圧", "胸部X線", "判定", "備考"]]
for i, (sex, age, nat, bmi, bp, xray, res, memo) in enumerate([
        ("男", 23, "ベトナム", 21.4, "118/72", "異常なし", "A", ""),
        ("女", 21, "ベトナム", 19.8, "104/66", "異常なし", "A", ""),
        ("男", 25, "ネパール", 24.9, "142/91", "異常なし", "C", "高血圧 要再検"),
        ("男", 22, "ミャンマー", 20.3, "121/75", "陳旧性結核病変の疑い", "D", "要精密検査（結核）"),
        ("女", 24, "インドネシア", 22.7, "110/70", "異常なし", "B", "貧血傾向"),
        ("男", 26, "ベトナム", 27.8, "135/88", "異常なし", "C", "肝機能 要再検"),
        ("女", 20, "ネパール", 18.2, "98/60", "異常なし", "A", "")], start=1):
    _rows34.append([f"J-{2605}{i:02d}", sex, age, nat, bmi, bp, xray, res, memo])
MESSAGES.append({
    "id": "gyoseishoshi-034",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["坂巻 純一 <sakamaki@higashi-gino.or.jp>"],
    "subject": "5月入国 実習生の健康診断結果",
    "charset": "cp932",
    "body": f"""坂巻様

お世話になっております。日の出産業の桐生です。
5月入国の実習生7名の雇入時健診の結果をお送りします。
氏名は管理番号に置き換えています（対応表は別途お渡しした名簿のとおりです）。
J-260504 の方は結核の精密検査が必要とのことで、通訳の手配をお願いできますでしょうか。
{SIG_KIRYU}""",
    "attachments": [{"kind": "xlsx", "name": "健診結果_2026年5月入国.xlsx", "sheets": {"結果": _rows34}}],
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health check results of seven trainees, rows keyed by an id that maps to the roster: health data tied to list rows",
})

# 035 pass: 顧客企業の一覧（法人番号・所在地・代表電話）＝事業者リスト
_corp35 = [("川崎電機株式会社", corp_number("020001045521"), "神奈川県川崎市幸区堀川町580番地", "044-520-1100", "カテゴリー1"),
           ("青葉運輸株式会社", corp_number("040001078832"), "宮城県仙台市若林区卸町二丁目3番", "022-235-4400", "カテゴリー2"),
           ("北国フーズ株式会社", corp_number("043001061147"), "北海道札幌市東区苗穂町十丁目2番1号", "011-742-3300", "カテゴリー3"),
           ("錦印刷株式会社", corp_number("013001027719"), "東京都新宿区市谷田町一丁目10番", "03-3268-5500", "カテゴリー3"),
           ("さくらホテル株式会社", corp_number("020001090358"), "神奈川県箱根町宮ノ下398番地", "0460-82-4100", "カテゴリー2")]
MESSAGES.append({
    "id": "gyoseishoshi-035",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "出向先企業の所属機関区分（カテゴリー）一覧",
    "charset": "utf-8",
    "body": "柏木先生\n\nお世話になっております。千早です。\n"
            "出向先となる取引先5社の基本情報と、当方で判断した所属機関カテゴリーの一覧です。\n"
            "区分の判断に誤りがないかご確認いただけますでしょうか。\n\n"
            + "\n".join(f"■{n}\n　法人番号：{c}\n　本店所在地：{a}\n　代表電話：{t}\n　区分：{k}\n"
                        for n, c, a, t, k in _corp35)
            + "\nカテゴリー2の2社は前年分の法定調書合計表を取り寄せ済みです。\n" + SIG_CHIHAYA,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a list of companies (corporate numbers, head-office addresses, switchboards), not of people",
})

# 036 stop: DOCX 理由書に精神疾患（適応障害）の記載
MESSAGES.append({
    "id": "gyoseishoshi-036",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "KIM SOOYEON さん 更新申請 理由書（案）",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生

お世話になっております。野々宮です。
ご指示いただいた理由書の案を作成しました。休職期間の説明部分を中心に、
表現を整えていただけますでしょうか。
{SIG_NONOMIYA}""",
    "attachments": [{
        "kind": "docx", "name": "理由書_KIM_SOOYEON_案.docx",
        "paragraphs": [
            "理　由　書",
            "出入国在留管理局長　殿",
            "申請人　KIM SOOYEON（金 秀妍）　1996年12月24日生",
            "申請人は、2025年9月から2026年1月まで、医師から適応障害との診断を受け休職しておりました。",
            "休職期間中は通院治療を継続し、主治医の復職可能との意見書を得て、2026年2月に営業企画部へ復職しております。",
            "復職後は短時間勤務から段階的に通常勤務へ移行しており、今後も当社で継続して雇用する予定です。",
            "日の出産業株式会社　人事部長",
        ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the DOCX names one employee and her diagnosis (adjustment disorder) and sick leave: medical history",
})

# 037 pass: 候補者1名のプロフィール（学歴・職歴）— 番号なし
MESSAGES.append({
    "id": "gyoseishoshi-037",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "内定者の在留資格該当性についてご相談",
    "charset": "cp932",
    "body": f"""早瀬先生

お世話になっております。日の出産業 採用グループの芦屋です。
海外在住の内定者について、技人国での認定申請が可能か事前にご意見をいただけますでしょうか。

－－－－－－－－－－－－－－－－－－－－
氏名　　：KARIMOV JASUR（カリモフ・ジャスル）
生年月日：1997年4月3日
国籍　　：ウズベキスタン
学歴　　：タシケント工科大学 機械工学部 卒業（2019年6月）
職歴　　：現地自動車部品メーカーで生産技術（2019年8月～現在）
日本語　：N2（2025年12月）
予定職務：機械設計課にて治具設計・CAD
－－－－－－－－－－－－－－－－－－－－

職務内容と専攻の関連性は十分と考えておりますが、念のため確認させてください。
{SIG_ASHIYA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one candidate's profile (name, birth date, career), no identity numbers or sensitive data: one person's record may go",
})

# 038 stop: 運転免許証番号（外免切替後）
_lic38 = "30" + digits(10)
MESSAGES.append({
    "id": "gyoseishoshi-038",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["玉置 誠 <tamaki@aoba-unyu.co.jp>"],
    "subject": "Re: 出向ドライバーの免許情報（外免切替完了）",
    "charset": "utf-8",
    "body": f"""玉置様

お世話になっております。日の出産業の桐生です。
OLIVEIRA LUCAS（オリベイラ・ルーカス）さんの外国免許切替が完了しましたので、
御社の運転者台帳用に免許情報をお知らせします。

　氏名：OLIVEIRA LUCAS
　免許証番号：第{_lic38}号
　種類：普通・準中型
　交付：2026年5月8日　有効期限：2029年6月21日まで

中型の取得は来年を予定しています。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number of a named person to a client company",
})

# 039 stop: 個人のフリーメール3名を To に並べて一斉送信
MESSAGES.append({
    "id": "gyoseishoshi-039",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["Dewi Lestari <dewi.lestari.jp@gmail.com>",
           "Rizky Pratama <rizkyp0707@yahoo.co.jp>",
           "Siti Rahayu <sitirahayu2000@icloud.com>"],
    "subject": "在留カード更新 説明会のお知らせ / Informasi perpanjangan izin tinggal",
    "charset": "utf-8",
    "body": f"""デウィさん、リズキーさん、シティさん

おつかれさまです。総務部の桐生です。
在留期間の更新について、説明会をします。かならず来てください。

　日にち：6月5日（金）　17:30～18:00
　場所：戸田工場 2階 休憩室
　もってくるもの：在留カード、パスポート

Mohon hadir di sesi penjelasan perpanjangan izin tinggal pada hari Jumat, 5 Juni,
pukul 17.30 di ruang istirahat lantai 2 pabrik Toda. Bawa kartu izin tinggal dan paspor.
{SIG_KIRYU}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons' free-mail addresses visible to each other in To: should have been Bcc",
})

# 040 pass: PPTX セミナー資料（マーキングなし）
MESSAGES.append({
    "id": "gyoseishoshi-040",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["本庄 和臣 <honjo@kitaguni-foods.co.jp>"],
    "subject": "先日のセミナー資料をお送りします",
    "charset": "iso-2022-jp",
    "body": f"""本庄様

先日はセミナーにご参加いただき、ありがとうございました。
当日の投影資料をお送りします。社内でのご共有もご自由にどうぞ。
{SIG_ASHIYA}""",
    "attachments": [{
        "kind": "pptx", "name": "外国人雇用の基礎_2026.pptx", "title": "外国人雇用の基礎",
        "slides": [["外国人雇用の基礎", "日の出産業株式会社 人事部", "提携：行政書士法人みなと国際事務所"],
                   ["在留資格の確認", "在留カードの表面・裏面を確認", "就労制限の有無", "在留期限"],
                   ["雇入れ時の届出", "外国人雇用状況届出（ハローワーク）", "中長期在留者の受入れに関する届出"],
                   ["よくある質問", "資格外活動許可の範囲", "転職時の14日以内の届出"]],
    }],
    "entities": [],
    "detectors": [],
    "note": "general seminar slides without personal data or markings",
})

# 041 stop: 暗号化なし ZIP の中の CSV（日本人出張者の旅券番号 12名）
_csv41 = [["No", "氏名", "ローマ字", "生年月日", "旅券番号", "旅券有効期限", "渡航先", "渡航期間"]]
for i, (kj, ro, dob) in enumerate([
        ("甲斐 竜之介", "KAI RYUNOSUKE", "1984/06/30"), ("小田切 蓮", "ODAGIRI REN", "1990/01/12"),
        ("東海林 理沙", "SHOJI RISA", "1993/08/08"), ("百目鬼 学", "DODOMEKI MANABU", "1979/11/19"),
        ("八木橋 陽菜", "YAGIHASHI HINA", "1996/04/25"), ("勅使河原 徹", "TESHIGAWARA TORU", "1982/02/02"),
        ("相良 圭介", "SAGARA KEISUKE", "1988/09/17"), ("五十嵐 萌", "IGARASHI MOE", "1995/12/31"),
        ("日下部 亮", "KUSAKABE RYO", "1986/07/07"), ("四方田 碧", "YOMODA AOI", "1991/03/21"),
        ("御手洗 翔", "MITARAI SHO", "1989/05/15"), ("宍戸 紗季", "SHISHIDO SAKI", "1994/10/03")], start=1):
    _csv41.append([i, kj, ro, dob, rng.choice(["TZ", "TR", "TK", "MZ"]) + digits(7),
                   f"20{rng.randrange(28, 35)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
                   "インド（チェンナイ）", "2026/07/06-07/24"])
MESSAGES.append({
    "id": "gyoseishoshi-041",
    "expect": "stop",
    "sender": "甲斐 竜之介 <kai@hinode-sangyo.co.jp>",
    "to": ["旅ビザサポート 法人窓口 <houjin@tabi-visa.co.jp>"],
    "subject": "インド 業務ビザ（e-Business Visa）申請代行のお願い 12名",
    "charset": "utf-8",
    "body": f"""株式会社旅ビザサポート
法人窓口ご担当者様

お世話になっております。日の出産業 海外事業部の甲斐です。
チェンナイ工場立上げ支援のため、12名分の業務ビザ申請代行をお願いいたします。
出張者リストをZIPにまとめました。顔写真と旅券スキャンは別途お送りします。
{SIG_KAI}""",
    "attachments": [{"kind": "zip", "name": "india_visa_12mei.zip", "files": [
        {"kind": "csv", "name": "出張者リスト.csv", "encoding": "cp932", "rows": _csv41},
        {"kind": "txt", "name": "readme.txt", "text": "出張者リスト.csv の文字コードは Shift_JIS です。"}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "12 employees' passport numbers in a CSV inside an unencrypted ZIP to a visa agency",
})

# 042 pass: 「-----Original Message-----」以下の引用だけに在留カード番号と病名
_q42_card = zairyu()
MESSAGES.append({
    "id": "gyoseishoshi-042",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "RE: 更新申請の進捗について（RAI SURESH様）",
    "charset": "cp932",
    "body": f"""早瀬先生

承知いたしました。追加資料の提出期限（6/19）までに、
診断書の写しと会社の意見書をお届けします。

取り急ぎお礼まで。
千早

-----Original Message-----
From: 早瀬 真澄 <hayase@hayase-office.jp>
Sent: Monday, June 8, 2026 4:12 PM
To: 千早 玲 <chihaya@hinode-sangyo.co.jp>
Subject: RE: 更新申請の進捗について（RAI SURESH様）

千早様

いつもお世話になっております。早瀬です。
RAI SURESH様（在留カード番号 {_q42_card}）の更新申請について、入管から資料提出通知が届きました。
昨年の腰椎椎間板ヘルニアによる休職期間（3か月）の収入減について、
診断書の写しと、会社としての今後の雇用継続に関する意見書を求められています。

提出期限は6月19日です。よろしくお願いいたします。

早瀬行政書士事務所　行政書士　早瀬 真澄
""",
    "entities": [],
    "detectors": [],
    "note": "the residence card number and the diagnosis are only in the quoted original the scrivener wrote",
})

# 043 stop: 本文中に社内メールを転送（5名の在留期限と携帯）
_fw43 = "\n".join(f"　{n}　（{d}）　在留期限 {x}　携帯 {mobile()}" for n, d, x in [
    ("ブイ・ティ・ゴック", "戸田工場", "2026/07/31"), ("ホアン・ヴァン・ロン", "戸田工場", "2026/08/05"),
    ("タパ・サリタ", "札幌出向", "2026/08/12"), ("アウン・コー・コー", "戸田工場", "2026/08/20"),
    ("シティ・ラハユ", "札幌出向", "2026/09/02")])
MESSAGES.append({
    "id": "gyoseishoshi-043",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "FW: 【社内連絡】7～9月 在留期限到来者",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生

お世話になっております。野々宮です。
社内で回っていた連絡を転送いたします。下記5名の更新をまとめてお願いできますか。

---------- Forwarded message ---------
From: 桐生 真琴 <kiryu@hinode-sangyo.co.jp>
Date: 2026年5月25日(月) 9:14
Subject: 【社内連絡】7～9月 在留期限到来者
To: 野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>

野々宮さん

7～9月に在留期限を迎える特定技能の方です。本人へは連絡済みです。

{_fw43}

桐生
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward (not a reply) of an internal mail: five people's visa expiry and mobiles are new text to the scrivener",
})

# 044 stop: ホモグリフ（キリル文字 о）の look-alike を punycode で
_aoba_homoglyph = "aoba-unyu".replace("o", "\u043e", 1).encode("idna").decode("ascii") + ".co.jp"
MESSAGES.append({
    "id": "gyoseishoshi-044",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": [f"玉置 誠 <tamaki@{_aoba_homoglyph}>"],
    "subject": "ドライバー寮の入居日について",
    "charset": "utf-8",
    "body": f"""玉置様

お世話になっております。日の出産業の桐生です。
出向ドライバー2名の寮への入居日ですが、6月27日（土）午後でお願いできますでしょうか。
鍵の受け渡しは当方が立ち会います。
{SIG_KIRYU}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "the recipient domain is an IDN homoglyph (Cyrillic о) of the partner aoba-unyu.co.jp",
})

# 045 pass: 社宅手配、新入社員1名の氏名と携帯
MESSAGES.append({
    "id": "gyoseishoshi-045",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["住まいサポート 法人営業部 <houjin@sumai-support.co.jp>"],
    "subject": "借上げ社宅の入居者について（7月入社）",
    "charset": "cp932",
    "body": f"""住まいサポート株式会社
法人営業部 御中

お世話になっております。日の出産業の桐生です。
先日お申込みした「メゾン東陽 302号室」の入居者が決まりましたのでお知らせします。

　入居者：AUNG KO KO（アウン・コー・コー）様
　入居日：2026年7月1日
　連絡先：{mobile()}（日本語は日常会話程度）

契約者は当社、賃料は当社口座からの引落しで変更ありません。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one tenant's name and phone to the estate agent: one person's contact may go",
})

# 046 stop: 壊れた XLSX
MESSAGES.append({
    "id": "gyoseishoshi-046",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "所属機関等に関する届出 対象者一覧（再送）",
    "charset": "utf-8",
    "body": f"""柏木先生

先ほどのファイルが開けないとのことで、再送いたします。
もしまた開けないようでしたらお知らせください。

野々宮
""",
    "attachments": [{"kind": "corrupt", "name": "shozoku_todokede_taishosha.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})

# 047 stop: 難民認定申請（民族的出身と宗教）
MESSAGES.append({
    "id": "gyoseishoshi-047",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["相談窓口 <soudan@nanmin-forum.or.jp>"],
    "subject": "在留資格についてのご相談（当社アルバイト従業員）",
    "charset": "utf-8",
    "body": f"""NPO法人 難民フォーラム
相談窓口 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の千早と申します。

当社物流センターでアルバイト勤務（資格外活動許可あり）をしている
MOHAMMED RAFIQ さん（ミャンマー出身、ロヒンギャ）についてご相談させてください。
ご本人はイスラム教徒であることを理由に本国で迫害を受けたとして難民認定申請中で、
特定活動の在留期限が8月に迫っています。
会社としてどのような書類（雇用証明、勤務実績等）を用意すれば支援になるか、
ご教示いただけますと幸いです。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's ethnic origin and religion (refugee claim) to an NPO: 要配慮個人情報",
})

# 048 pass: タブ区切りの日本語学校の校舎一覧（事業所）
MESSAGES.append({
    "id": "gyoseishoshi-048",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["小鳥遊 涼子 <takanashi@nishiki-insatsu.co.jp>"],
    "subject": "Re: 社員向け日本語研修の委託先候補",
    "charset": "iso-2022-jp",
    "body": f"""小鳥遊様

お世話になっております。芦屋です。
当社が委託している日本語学校の校舎一覧です。御社の新宿・板橋の事業所からですと、
高田馬場校か池袋校が通いやすいかと思います。

校舎\t所在地\t電話\t夜間クラス
高田馬場校\t東京都新宿区高田馬場一丁目28番3号\t03-5272-1180\tあり
池袋校\t東京都豊島区東池袋三丁目9番7号\t03-5956-2241\tあり
船橋校\t千葉県船橋市本町二丁目5番1号\t047-460-3302\tなし
川口校\t埼玉県川口市栄町三丁目12番4号\t048-255-7713\tあり
横浜校\t神奈川県横浜市西区北幸二丁目8番19号\t045-312-6620\tあり

詳しくは学校法人あさひ学院の法人窓口（代表 03-5272-1100）へどうぞ。
{SIG_ASHIYA}""",
    "entities": [],
    "detectors": [],
    "note": "a list of school campuses with addresses and phones: businesses, not people",
})

# 049 stop: タブ区切りの受講者6名（携帯・メール）
_tab49 = "\n".join(f"{n}\t{d}\t{mobile()}\t{m}" for n, d, m in [
    ("NGUYEN THI LAN", "戸田工場", "lan.nguyen99@gmail.com"),
    ("TRAN VAN DUC", "生産技術部", "duc.tran.vn@yahoo.co.jp"),
    ("SITI RAHAYU", "札幌出向", "siti.r2000@gmail.com"),
    ("RAI SURESH", "戸田工場", "suresh.rai.np@outlook.jp"),
    ("ZAW MIN HTET", "物流管理部", "zawminhtet.mm@gmail.com"),
    ("OLIVEIRA LUCAS", "青葉運輸出向", "lucas.oliveira.br@icloud.com")])
MESSAGES.append({
    "id": "gyoseishoshi-049",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["あさひ学院 法人研修担当 <houjin-kenshu@asahi-gakuin.ac.jp>"],
    "subject": "7月期 夜間日本語クラス 受講者名簿",
    "charset": "utf-8",
    "body": f"""学校法人あさひ学院
法人研修ご担当者様

お世話になっております。日の出産業の芦屋です。
7月期の夜間クラス（N3対策）の受講者6名をお知らせします。
レベルチェックの案内は各自の携帯・メールへ直接お送りください。

氏名\t所属\t携帯\tメール
{_tab49}
{SIG_ASHIYA}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six employees' mobiles and private e-mails, tab-separated, to a language school",
})

# 050 pass: 社内のみ、病状と在留の相談
MESSAGES.append({
    "id": "gyoseishoshi-050",
    "expect": "pass",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["千早 玲 <chihaya@hinode-sangyo.co.jp>", "産業保健室 <sangyo-hoken@hinode-sangyo.co.jp>"],
    "subject": "【社内限り】RAI SURESH さんの休職と更新申請",
    "charset": "iso-2022-jp",
    "body": f"""千早課長、産業保健室 各位

お疲れさまです。労務の鮫島です。
RAI SURESH さん（戸田工場）ですが、腰椎椎間板ヘルニアの手術のため
6月から3か月の休職に入ります（主治医の診断書を受領済み）。
在留期限が10月のため、休職中に更新申請を行う必要があります。
傷病手当金の申請と並行して、申請書類の準備を進めたいと思います。

鮫島
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a diagnosis discussed between internal departments only: internal mail may go",
})

# 051 stop: CP932、「・」箇条書きの家族呼び寄せ（旅券番号）
MESSAGES.append({
    "id": "gyoseishoshi-051",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "家族滞在 認定申請（シャルマ家 4名）",
    "charset": "cp932",
    "body": f"""早瀬先生

お世話になっております。日の出産業の野々宮です。
情報システム部の RAHUL SHARMA さんがご家族を呼び寄せたいとのことで、
在留資格認定証明書交付申請をお願いいたします。

・申請人1：PRIYA SHARMA（妻）　1992年11月23日生　旅券 R{digits(7)}
・申請人2：AARAV SHARMA（長男）　2018年5月5日生　旅券 R{digits(7)}
・申請人3：ANIKA SHARMA（長女）　2021年9月14日生　旅券 R{digits(7)}
・申請人4：KAVYA SHARMA（次女）　2024年2月29日生　旅券 R{digits(7)}
・扶養者：RAHUL SHARMA　技人国（在留期限 2028年3月31日）

出生証明書・婚姻証明書はアポスティーユ付きで取り寄せ中です。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "four family members' passport numbers and birth dates as 「・」 bullets to an external scrivener",
})

# 052 pass: 申請受付番号と追跡番号
MESSAGES.append({
    "id": "gyoseishoshi-052",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["長谷部 恭子 <hasebe@kawasaki-denki.co.jp>"],
    "subject": "出向者の更新申請 受付完了のご報告",
    "charset": "utf-8",
    "body": f"""川崎電機株式会社
人事部 長谷部様

お世話になっております。日の出産業の野々宮です。
御社に出向中の社員の在留期間更新申請について、本日受付が完了しました。

　申請受付番号：東京局 第2026-0561234号
　申請日　　　：2026年6月2日
　審査期間目安：約1か月

原本書類は本日、レターパックプラス（追跡番号 3821-4470-9156）で御社宛に返送しました。
結果が出ましたら改めてご連絡いたします。
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": [],
    "note": "an application receipt number and a tracking number: ordinary business data",
})

# 053 stop: 本文冒頭に機密区分「社外秘」
MESSAGES.append({
    "id": "gyoseishoshi-053",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "【社外秘】来期の委任見込み件数について",
    "charset": "iso-2022-jp",
    "body": f"""機密区分：社外秘
━━━━━━━━━━━━━━━━

柏木先生

お世話になっております。千早です。
来期の包括委任契約の見積りにあたり、当社の採用計画から見込み件数をお伝えします。
（採用計画は取締役会前のため、取扱いにご注意ください）

　認定申請　　：約14件（うち特定技能6件）
　変更申請　　：約5件（留学からの新卒）
　更新申請　　：約40件
　永住申請支援：約3件

上記を前提に、年間の報酬見積りをお願いできますでしょうか。
{SIG_CHIHAYA}""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 社外秘 (subject and header line), not just a mention of the word",
})

# 054 either: 無犯罪証明書（記載なし）の翻訳依頼、番号なし
MESSAGES.append({
    "id": "gyoseishoshi-054",
    "expect": "either",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["Yang Li <yangli.trans@yahoo.co.jp>"],
    "subject": "翻訳のお願い（無犯罪証明書 1通）",
    "charset": "utf-8",
    "body": f"""楊さん

いつもありがとうございます。日の出産業の桐生です。
中国から来日予定の内定者、WANG YUTING さんの無犯罪証明書（公証書）の和訳をお願いできますか。
内容は「犯罪記録なし」の一般的な様式です。スキャンは明日お送りします。
納期は来週末、料金はいつもの単価でお願いします。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME"],
    "detectors": ["freemail_recipient"],
    "note": "a named person's certificate of no criminal record: about criminal history yet says 'none'; a privacy officer could go either way",
})

# 055 stop: パスワード保護 PDF を本人の Gmail へ
MESSAGES.append({
    "id": "gyoseishoshi-055",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["Karimov Jasur <jasur.karimov97@gmail.com>"],
    "subject": "雇用契約書・雇用条件書の送付 / Employment contract",
    "charset": "utf-8",
    "body": f"""カリモフ・ジャスル様

日の出産業の芦屋です。内定承諾ありがとうございました。
雇用契約書と雇用条件書（日英併記）を送付します。
PDFのパスワードは、あなたの生年月日8桁です。

Dear Mr. Karimov,
Please find attached your employment contract (password: your date of birth, 8 digits).
Sign both copies and return the originals by EMS.
{SIG_ASHIYA}""",
    "attachments": [{"kind": "pdf", "name": "Employment_Contract_KARIMOV.pdf", "password": "19970403",
                     "lines": ["雇用契約書 / Employment Contract", "氏名 / Name: KARIMOV JASUR",
                               "年俸 / Annual salary: 4,800,000 JPY"]}],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "a password-protected PDF cannot be inspected; one free-mail recipient",
})

# 056 pass: 英語の返信、引用部分に候補者自身の旅券番号
MESSAGES.append({
    "id": "gyoseishoshi-056",
    "expect": "pass",
    "sender": "Shuhei Ashiya <ashiya@hinode-sangyo.co.jp>",
    "to": ["Jasur Karimov <jasur.karimov97@gmail.com>"],
    "subject": "Re: Documents for Certificate of Eligibility",
    "charset": "utf-8",
    "body": f"""Dear Jasur,

Thank you, we have received everything. The application for your Certificate of
Eligibility will be filed next week by our scrivener. Processing usually takes one to
three months; we will let you know as soon as it is issued.

Kind regards,
Shuhei Ashiya
Recruitment Group, HR Dept., Hinode Sangyo Co., Ltd.

On Mon, Jun 1, 2026, 21:03 Jasur Karimov <jasur.karimov97@gmail.com> wrote:
> Dear Mr. Ashiya,
>
> I attach my diploma and the photo. My passport details are:
> Passport No: FA{digits(7)}
> Date of issue: 12.03.2024, Date of expiry: 11.03.2034
> Date of birth: 03.04.1997
>
> Best regards,
> Jasur
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the passport number is only in the quoted text the candidate himself wrote; one free-mail recipient",
})

# 057 stop: 1人1ブロックの候補者5名（カナ氏名、メール・携帯）
_blocks57 = "\n".join(f"""【{i}】{kana}
　　国籍：{nat}　　年齢：{age}歳
　　メール：{mail}
　　携帯：{mobile()}
　　希望：{wish}
""" for i, (kana, nat, age, mail, wish) in enumerate([
    ("ファム・ティ・マイ", "ベトナム", 26, "phamthimai.0312@gmail.com", "食品製造／関東"),
    ("ホアン・ヴァン・ロン", "ベトナム", 29, "hoangvanlong.hn@gmail.com", "機械加工／関東・東北"),
    ("タマン・ペマ", "ネパール", 24, "pema.tamang24@gmail.com", "宿泊／箱根"),
    ("ティン・ティン・エー", "ミャンマー", 27, "thinthinaye.ygn@outlook.jp", "介護"),
    ("デウィ・レスタリ", "インドネシア", 25, "dewi.lestari.jp@gmail.com", "食品製造／北海道")], start=1))
MESSAGES.append({
    "id": "gyoseishoshi-057",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["大迫 修一 <osako@globalcareer-jinzai.com>"],
    "subject": "特定技能 国内在住の転職希望者（当社登録者）のご紹介",
    "charset": "iso-2022-jp",
    "body": f"""大迫様

お世話になっております。芦屋です。
当社の登録者のうち、御社の求人にマッチしそうな方を5名ご紹介します。
ご本人からは情報提供の同意を得ています。

{_blocks57}
面談の可否をお知らせください。
{SIG_ASHIYA}""",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people's records, one block each with katakana names, e-mail and mobile, to a recruitment agency",
})

# 058 pass: 行政書士1名の連絡先を顧客へ（1名の連絡先）
MESSAGES.append({
    "id": "gyoseishoshi-058",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["本庄 和臣 <honjo@kitaguni-foods.co.jp>"],
    "subject": "担当行政書士のご紹介",
    "charset": "cp932",
    "body": f"""本庄様

お世話になっております。千早です。
札幌工場の特定技能外国人の手続きは、下記の行政書士が直接担当します。
急ぎの場合は携帯にご連絡いただいて構いません、とのことです。

　行政書士法人みなと国際事務所　札幌オフィス
　特定行政書士　柏木 遼
　携帯：080-3312-5407
　メール：kashiwagi@minato-gyosei.jp

今後ともよろしくお願いいたします。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one partner professional's business contact passed to a client: one person's contact may go",
})

# 059 stop: 配偶者ビザ用の質問書 DOCX（妻の旅券番号）
MESSAGES.append({
    "id": "gyoseishoshi-059",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "宇佐美さんご夫妻 配偶者ビザ 質問書（下書き）",
    "charset": "utf-8",
    "body": f"""柏木先生

お世話になっております。野々宮です。
当社社員の宇佐美が、奥様（フィリピン国籍、現在は当社の技人国社員）の在留資格を
「日本人の配偶者等」に変更したいとのことで、質問書の下書きを預かりました。
ご確認をお願いいたします。
{SIG_NONOMIYA}""",
    "attachments": [{
        "kind": "docx", "name": "質問書_下書き_宇佐美.docx",
        "paragraphs": ["質問書（下書き）", "1 夫婦の経緯",
                       "2019年に当社の海外事業部の出張でマニラを訪れた際、現地法人で通訳をしていた妻と知り合う。"
                       "2021年に妻が当社に入社し来日、2026年3月に婚姻。"],
        "tables": [[["", "配偶者（日本人）", "申請人"],
                    ["氏名", "宇佐美 健吾", "SANTOS MARIA CLARA"],
                    ["生年月日", "平成元年6月9日", "1992年5月17日"],
                    ["旅券番号", "", "P" + digits(7) + "B"],
                    ["電話", "080-2291-6634", "070-5518-2047"],
                    ["住所", "東京都江東区南砂三丁目9番2-1104", "同左"]]],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a DOCX table with the applicant's passport number (identity document) sent outside",
})

# 060 pass: 英語のニュースレター（法改正の概要）
MESSAGES.append({
    "id": "gyoseishoshi-060",
    "expect": "pass",
    "sender": "Rei Chihaya <chihaya@hinode-sangyo.co.jp>",
    "to": ["David Hoffmann <d.hoffmann@kawasaki-denki.co.jp>"],
    "subject": "Update: Employment for Skill Development system (summary)",
    "charset": "utf-8",
    "body": """Dear David,

As promised at our last meeting, here is a short summary of the upcoming changes:

* The Technical Intern Training Program will be replaced by the new "Employment for
  Skill Development" system (育成就労).
* Transfers to another employer will be allowed after one to two years in the same field.
* Japanese language requirements will apply at entry (A1 level) and later stages.
* Support organisations will be re-licensed with stricter independence rules.

We expect no impact on your engineers under the Engineer/Specialist in Humanities/
International Services status. Happy to discuss in detail at the next quarterly review.

Best regards,
Rei Chihaya
Manager, Global Talent Section, HR Dept.
Hinode Sangyo Co., Ltd.  |  +81-3-5201-7731
""",
    "entities": [],
    "detectors": [],
    "note": "general legal update in English to a partner, no personal data",
})

# 061 pass: HTML のみ、4名の試験日と携帯（5名未満）
MESSAGES.append({
    "id": "gyoseishoshi-061",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["玉置 誠 <tamaki@aoba-unyu.co.jp>"],
    "subject": "外免切替 技能確認の日程（4名）",
    "charset": "utf-8",
    "html": f"""<div style="font-family:sans-serif">
<p>青葉運輸株式会社 総務部<br>玉置様</p>
<p>お世話になっております。日の出産業の桐生です。<br>
御社へ出向予定のドライバー4名の、運転免許試験場での技能確認の日程が決まりました。
当日、御社の営業所から直接向かう場合の連絡先も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>氏名</th><th>試験場</th><th>日時</th><th>携帯</th></tr></thead>
<tbody>
<tr><td>OLIVEIRA LUCAS</td><td>府中</td><td>6/16 8:30</td><td>{mobile()}</td></tr>
<tr><td>SOUZA GABRIEL</td><td>府中</td><td>6/16 8:30</td><td>{mobile()}</td></tr>
<tr><td>BATBAYAR ENKHJARGAL</td><td>鮫洲</td><td>6/18 8:30</td><td>{mobile()}</td></tr>
<tr><td>KARIMOV BOBUR</td><td>鮫洲</td><td>6/18 8:30</td><td>{mobile()}</td></tr>
</tbody></table>
<p>よろしくお願いいたします。<br>桐生</p>
</div>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and mobiles in an HTML table: below the five-person threshold, may warn",
})

# 062 stop: 和暦の生年月日、カナ氏名の扶養家族一覧（5名）
MESSAGES.append({
    "id": "gyoseishoshi-062",
    "expect": "stop",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["水城 透 <mizuki@sr-mizuki.jp>"],
    "subject": "家族手当・被扶養者 年次確認の対象者",
    "charset": "cp932",
    "body": f"""水城先生

お世話になっております。鮫島です。
外国籍社員の配偶者のうち、今年度の被扶養者確認（収入要件）の対象となる方の一覧です。
課税証明書の回収状況もあわせて記載しています。

社員番号　配偶者氏名（カナ）　　　　生年月日　　　　　　続柄　年収見込　　課税証明
－－－－　－－－－－－－－－－－－　－－－－－－－－－　－－　－－－－－　－－－－
H20177　　チョウ　リ　　　　　　　　平成３年３月１１日　　妻　　０円　　　　回収済
H20191　　グエン　ティ　ハイン　　　平成８年７月７日　　　妻　　９６万円　　未
H20205　　シャルマ　プリヤ　　　　　Ｈ４．１１．２３　　　妻　　０円　　　　回収済
H20246　　ウサミ　ケンゴ　　　　　　平成元年６月９日　　　夫　　―　　　　　対象外確認中
H20253　　ヤマウチ　サオリ　　　　　昭和６２年１２月１日　妻　　１０３万円　回収済
H20260　　ドルジ　ボロルマー　　　　Ｈ７．２．２８　　　　妻　　４８万円　　未

未回収の2名には今週中に再依頼します。
{SIG_SAMEJIMA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six spouses' katakana names with 和暦 birth dates (full-width) and income in padded columns to an outside office",
})

# 063 pass: 所属機関としての会社情報（法人番号・決算）
MESSAGES.append({
    "id": "gyoseishoshi-063",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "所属機関の資料（登記・決算）について",
    "charset": "iso-2022-jp",
    "body": f"""早瀬先生

お世話になっております。千早です。
認定申請に添付する当社資料の数字を先にお知らせします。原本は郵送いたします。

　商号　　　　　　：日の出産業株式会社
　法人番号　　　　：{HINODE_CORP}
　資本金　　　　　：4億8,000万円
　売上高（前期）　：612億3,400万円
　従業員数　　　　：1,284名（うち外国籍 57名）
　前年分の給与所得の源泉徴収票等の法定調書合計表：源泉徴収税額 9億1,200万円

カテゴリー2に該当すると認識しております。
{SIG_CHIHAYA}""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own corporate number and financial figures: company data, not personal",
})

# 064 stop: 自社ドメインの look-alike（co. 抜け）へ在留カード一覧
_rows64 = "\n".join(f"- {n} / {zairyu()} / 期限 {x}" for n, x in [
    ("BUI THI NGOC", "2026/07/31"), ("HOANG VAN LONG", "2026/08/05"), ("THAPA SARITA", "2026/08/12"),
    ("AUNG KO KO", "2026/08/20"), ("SITI RAHAYU", "2026/09/02")])
MESSAGES.append({
    "id": "gyoseishoshi-064",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["高須 勇人 <takasu@hinode-sangyo.jp>"],
    "subject": "札幌出向者を含む在留カード番号（確認用）",
    "charset": "utf-8",
    "body": f"""高須さん

お疲れさまです。桐生です。
札幌の寮の入退去管理用に、在留カード番号の一覧を送ります。
番号は在留カード等番号失効情報照会で確認済みです。

{_rows64}

桐生
""",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo.jp (dropped co.), a look-alike of the own domain, with residence card numbers",
})

# 065 pass: 社内（サブドメイン）向け XLSX、健康情報
MESSAGES.append({
    "id": "gyoseishoshi-065",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["戸田工場 総務 <toda-soumu@toda.hinode-sangyo.co.jp>"],
    "subject": "実習生 健診フォローアップ表（戸田工場分）",
    "charset": "cp932",
    "body": """戸田工場 総務ご担当者様

お疲れさまです。本社総務の桐生です。
5月入国の実習生の健診フォローアップ表です。再検・精検の受診日を記入して返送してください。

桐生
""",
    "attachments": [{"kind": "xlsx", "name": "健診フォロー_戸田.xlsx", "sheets": {
        "フォロー": [["氏名", "管理番号", "所見", "対応", "受診予定日"],
                    ["RAI SURESH", "J-260503", "高血圧", "再検", ""],
                    ["ZAW MIN HTET", "J-260504", "結核の疑い", "精密検査", ""],
                    ["HOANG VAN LONG", "J-260506", "肝機能異常", "再検", ""]]}}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health findings sent to an internal subdomain (toda.hinode-sangyo.co.jp): internal mail may go",
})

# 066 stop: 英語、海外送出機関へ合格者8名の CSV（番号なし・電話と住所）
_csv66 = [["No", "Full name", "Gender", "Date of birth", "Hometown", "Mobile (VN)", "Result"]]
for i, (nm, g, dob, town) in enumerate([
        ("NGUYEN VAN HIEU", "M", "1999-03-02", "Nam Dinh"), ("TRAN THI THU", "F", "2000-10-14", "Thai Binh"),
        ("LE VAN PHUC", "M", "1998-06-21", "Nghe An"), ("PHAM THI YEN", "F", "2001-01-30", "Ha Tinh"),
        ("DANG VAN KHOA", "M", "1997-12-05", "Hai Duong"), ("VO THI KIM", "F", "1999-08-18", "Quang Ngai"),
        ("HUYNH VAN TAI", "M", "2000-04-09", "Can Tho"), ("NGO THI LINH", "F", "1998-11-27", "Bac Ninh")], start=1):
    _csv66.append([i, nm, g, dob, town, f"+84 9{digits(2)} {digits(3)} {digits(3)}", "PASS"])
MESSAGES.append({
    "id": "gyoseishoshi-066",
    "expect": "stop",
    "sender": "Chihiro Nonomiya <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Ms. Pham Thu Trang <trang.pham@songhong-hr.com.vn>"],
    "subject": "Interview results - Food manufacturing (8 candidates selected)",
    "charset": "utf-8",
    "body": f"""Dear Ms. Trang,

Thank you for arranging the interviews last week. We are pleased to inform you that
the following 8 candidates have been selected (see attached CSV).
Please start the pre-departure Japanese training and the health checks.
{SIG_EN}""",
    "attachments": [{"kind": "csv", "name": "selected_candidates_202606.csv", "encoding": "utf-8", "rows": _csv66}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight candidates with dates of birth and mobile numbers in a CSV to an overseas agency",
})

# 067 pass: 同じ事務所の2名＋社内 Cc（外部は1組織）
MESSAGES.append({
    "id": "gyoseishoshi-067",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>", "堀北 梓 <horikita@minato-gyosei.jp>"],
    "cc": ["千早 玲 <chihaya@hinode-sangyo.co.jp>", "桐生 真琴 <kiryu@hinode-sangyo.co.jp>"],
    "subject": "定例打合せ（6月）のアジェンダ",
    "charset": "iso-2022-jp",
    "body": f"""柏木先生、堀北様

お世話になっております。野々宮です。
6月の定例打合せのアジェンダをお送りします。

　1. 申請中案件の進捗（更新12件、認定3件）
　2. 特定技能の定期届出（4～6月分）の提出方法
　3. オンライン申請への切替スケジュール
　4. 請求書の締め日変更について

6月11日（木）15時から、当社7階会議室でお待ちしております。
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": [],
    "note": "two addresses of the same external office plus internal Cc: one external organisation, ordinary mail",
})

# 068 stop: 本人の Gmail + 行政書士 + 出向先（3者が互いに見える）
MESSAGES.append({
    "id": "gyoseishoshi-068",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Rahul Sharma <rahul.sharma.blr@gmail.com>"],
    "cc": ["柏木 遼 <kashiwagi@minato-gyosei.jp>", "長谷部 恭子 <hasebe@kawasaki-denki.co.jp>"],
    "subject": "更新申請の面談日程 / Interview schedule for your visa renewal",
    "charset": "utf-8",
    "body": f"""Rahul-san
（cc：みなと国際事務所 柏木先生、川崎電機 長谷部様）

お疲れさまです。野々宮です。
在留期間更新の書類確認のため、柏木先生との面談を設定しました。

　日時：6月9日（火）12:15～12:45
　場所：川崎電機 本社 3階 小会議室（出向先のため長谷部様に会議室をご用意いただきました）

Rahul-san, the meeting with Mr. Kashiwagi (scrivener) is on Tuesday, June 9,
12:15-12:45, at Kawasaki Denki HQ, 3F small meeting room.
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "a private person and two external organisations see each other in To/Cc: three external parties",
})

# 069 pass: Bcc で一斉送信（To は自分）
MESSAGES.append({
    "id": "gyoseishoshi-069",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["芦屋 秀平 <ashiya@hinode-sangyo.co.jp>"],
    "bcc": ["hasebe@kawasaki-denki.co.jp", "tamaki@aoba-unyu.co.jp", "honjo@kitaguni-foods.co.jp",
            "yoshinaga@sakura-hotel.jp", "takanashi@nishiki-insatsu.co.jp", "jinji@minami-kouki.co.jp"],
    "subject": "【お知らせ】夏季休業期間中の在留手続き受付について",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
誠に勝手ながら、当社は8月8日（土）～8月16日（日）を夏季休業とさせていただきます。
休業期間中に在留期限を迎える方の更新申請は、7月31日までにご依頼ください。

※本メールは Bcc にて一斉送信しております。
{SIG_ASHIYA}""",
    "entities": [],
    "detectors": [],
    "note": "external clients only in Bcc, To is the sender himself: nobody sees anyone else",
})

# 070 stop: 社員の子の障害（療育手帳）
MESSAGES.append({
    "id": "gyoseishoshi-070",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "WANG HAORAN さん 長男の在留について",
    "charset": "cp932",
    "body": f"""早瀬先生

お世話になっております。千早です。
品質保証部の WANG HAORAN さんから相談を受けました。

長男の WANG YUTONG くん（6歳、家族滞在）が自閉スペクトラム症と診断され、
先月、療育手帳（B2）の交付を受けたそうです。
特別支援学校への就学にあたり、今後も日本で治療と教育を続けたいとのことで、
将来的に本人（父）が永住申請をする際、子の障害や通院状況がどう評価されるか、
また家族滞在のままで支障がないかご助言ください。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's diagnosis and disability certificate sent outside: 要配慮個人情報",
})

# 071 pass: 「社外秘」の言及のみ（資料は添付しない）
MESSAGES.append({
    "id": "gyoseishoshi-071",
    "expect": "pass",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["大迫 修一 <osako@globalcareer-jinzai.com>"],
    "subject": "Re: 採用計画の共有について",
    "charset": "utf-8",
    "body": f"""大迫様

お世話になっております。芦屋です。
ご依頼の採用計画ですが、社内規程上、社外秘の資料をそのままお渡しすることができません。
申し訳ございませんが、概要を口頭でご説明させていただければと思います。
来週のお打合せの冒頭で15分ほどお時間をいただけますでしょうか。
{SIG_ASHIYA}""",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned (the document is withheld), not a marking on the mail",
})

# 072 stop: 旧形式 XLS、寮の入居者名簿（住所・携帯）
_xls72 = [["日の出寮（戸田） 入居者名簿", "", "", "", ""], ["部屋", "氏名", "国籍", "携帯", "緊急連絡先（母国）"]]
for room, nm, nat in [("101", "NGUYEN VAN HIEU", "ベトナム"), ("102", "LE VAN PHUC", "ベトナム"),
                      ("103", "DANG VAN KHOA", "ベトナム"), ("105", "GURUNG BIKASH", "ネパール"),
                      ("106", "RAI SURESH", "ネパール"), ("201", "TRAN THI THU", "ベトナム"),
                      ("202", "PHAM THI YEN", "ベトナム"), ("203", "SITI RAHAYU", "インドネシア")]:
    _xls72.append([room, nm, nat, mobile(), f"+{rng.choice(['84', '977', '62'])} {digits(3)} {digits(3)} {digits(3)}"])
_xls72.append(["住所：埼玉県戸田市美女木東一丁目3番5号 日の出寮", "", "", "", ""])
MESSAGES.append({
    "id": "gyoseishoshi-072",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["坂巻 純一 <sakamaki@higashi-gino.or.jp>"],
    "subject": "巡回指導用 寮名簿",
    "charset": "iso-2022-jp",
    "body": f"""坂巻様

お世話になっております。桐生です。
来週の巡回指導で使用する寮の入居者名簿をお送りします（古いExcel形式ですみません）。
{SIG_KIRYU}""",
    "attachments": [{"kind": "xls", "name": "ryou_meibo_toda.xls", "sheets": {"名簿": _xls72}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight residents' names, mobiles and emergency numbers in a legacy XLS to a supervising organisation",
})

# 073 stop: PPTX のフッターに "Internal Only"
MESSAGES.append({
    "id": "gyoseishoshi-073",
    "expect": "stop",
    "sender": "Shuhei Ashiya <ashiya@hinode-sangyo.co.jp>",
    "to": ["Ramon Villanueva <r.villanueva@luzon-manpower.com.ph>"],
    "subject": "Our hiring roadmap for hotel staff (FY2027)",
    "charset": "utf-8",
    "body": """Dear Mr. Villanueva,

Ahead of our call on Thursday, please find our hiring roadmap for the hotel sector.
Slide 3 shows the headcount per quarter we discussed.

Best regards,
Shuhei Ashiya
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{
        "kind": "pptx", "name": "Hiring_Roadmap_FY2027.pptx", "page_footer": "Internal Only",
        "slides": [["Hiring Roadmap FY2027", "Global Talent Section"],
                   ["Background", "Sakura Hotel expansion (2 new properties)", "Staff shortage: 35 FTE"],
                   ["Headcount per quarter", "Q1: 6", "Q2: 8", "Q3: 10", "Q4: 6"],
                   ["Budget", "Recruitment fee cap: USD 1,800 per hire"]],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide carries an 'Internal Only' footer: a classification marking inside the attachment",
})

# 074 pass: 1名の在留期限のみ（番号なし）
MESSAGES.append({
    "id": "gyoseishoshi-074",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "追加のご依頼（更新1件）",
    "charset": "iso-2022-jp",
    "body": f"""堀北様

お世話になっております。野々宮です。
更新のご依頼を1件追加させてください。

　ZAW MIN HTET さん（物流管理部）
　技術・人文知識・国際業務　在留期限 2026年10月14日

書類は来週まとめてお送りします。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one employee's name with a visa expiry date and department: one person, no identifiers",
})

# 075 stop: 全角の個人番号（年金機構の手続き）
_mn75 = next_my_number()
MESSAGES.append({
    "id": "gyoseishoshi-075",
    "expect": "stop",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["水城 透 <mizuki@sr-mizuki.jp>"],
    "subject": "Re: 脱退一時金 — 基礎年金番号が不明の件",
    "charset": "iso-2022-jp",
    "body": f"""水城先生

お世話になっております。鮫島です。
ご指摘のとおり、BUI THI NGOC さんは基礎年金番号通知書を紛失しておりましたので、
個人番号で請求する形でお願いいたします。

　氏名：ＢＵＩ　ＴＨＩ　ＮＧＯＣ（ブイ・ティ・ゴック）
　個人番号：{zen(spaced(_mn75))}
　退職日：令和８年７月３１日

通知カードの写しは本人から受領済みです。
{SIG_SAMEJIMA}""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a My Number in full-width digits with the person's name, to an outside office",
})

# 076 either: 妊娠（健康情報か微妙）を理由に出頭の代理を相談
MESSAGES.append({
    "id": "gyoseishoshi-076",
    "expect": "either",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "在留カード受領の代理について",
    "charset": "utf-8",
    "body": f"""堀北様

お世話になっております。桐生です。
来月、在留カードを受け取る予定の NGUYEN THI LAN さんですが、現在妊娠8か月で、
医師から長時間の外出を控えるよう言われているそうです。
本人が出頭せず、申請取次の先生に代理で受領いただくことは可能でしょうか。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named employee's pregnancy and doctor's advice: health-related but not a diagnosis; could be judged either way",
})

# 077 stop: 社員の逮捕（弁護士へ）
MESSAGES.append({
    "id": "gyoseishoshi-077",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["白川 総一郎 <shirakawa@shirakawa-law.jp>"],
    "cc": ["江藤 亜希子 <eto@shirakawa-law.jp>"],
    "subject": "【至急】社員の身柄拘束について",
    "charset": "iso-2022-jp",
    "body": f"""白川先生、江藤先生

夜分に失礼いたします。日の出産業の千早です。
本日夕方、戸田警察署から連絡があり、当社工場勤務の HOANG VAN LONG（ホアン・ヴァン・ロン）が
傷害の疑いで逮捕されたとのことです。寮の近くの飲食店での口論が発端と聞いております。

本人は特定技能1号で、在留期限は8月5日です。
接見と今後の見通し（在留資格への影響、会社としての対応）について、
明朝お電話でご相談させていただけますでしょうか。
{SIG_CHIHAYA}""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest sent to a law firm: criminal proceedings are 要配慮個人情報",
})

# 078 pass: 打合せ議事録（出席者の氏名のみ）
MESSAGES.append({
    "id": "gyoseishoshi-078",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["吉永 美鈴 <yoshinaga@sakura-hotel.jp>"],
    "subject": "6/3 打合せ議事録",
    "charset": "utf-8",
    "body": f"""吉永様

先日はお時間をいただきありがとうございました。議事録をお送りします。

■日時：2026年6月3日（水）13:00～14:00（Teams）
■出席：さくらホテル 吉永様、人事部 大貫様／みなと国際事務所 柏木先生／当社 千早、野々宮
■決定事項
　・宿泊分野特定技能協議会への加入申請は、さくらホテルにて6月中に行う
　・支援計画は当社（登録支援機関委託）案をベースに、生活オリエンテーションを追加
　・受入れ人数は初年度4名、2年目以降は状況を見て判断
■次回：7月上旬（日程別途）
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": [],
    "note": "minutes listing attendees' names only, no other data about them",
})

# 079 stop: CP932 の CSV、入居予定者10名（住所・在留資格）
_csv79 = [["氏名", "フリガナ", "国籍", "在留資格", "在留期限", "現住所", "入居希望日"]]
for nm, kana, nat, st in [
        ("NGUYEN VAN HIEU", "グエン ヴァン ヒエウ", "ベトナム", "特定技能1号"),
        ("TRAN THI THU", "チャン ティ トゥ", "ベトナム", "特定技能1号"),
        ("LE VAN PHUC", "レ ヴァン フック", "ベトナム", "特定技能1号"),
        ("PHAM THI YEN", "ファム ティ イエン", "ベトナム", "特定技能1号"),
        ("DANG VAN KHOA", "ダン ヴァン コア", "ベトナム", "特定技能1号"),
        ("VO THI KIM", "ヴォ ティ キム", "ベトナム", "特定技能1号"),
        ("HUYNH VAN TAI", "フイン ヴァン タイ", "ベトナム", "特定技能1号"),
        ("NGO THI LINH", "ゴ ティ リン", "ベトナム", "特定技能1号"),
        ("KARIMOV BOBUR", "カリモフ ボブル", "ウズベキスタン", "技術・人文知識・国際業務"),
        ("SOUZA GABRIEL", "ソウザ ガブリエル", "ブラジル", "定住者")]:
    _csv79.append([nm, kana, nat, st, "2027/09/30",
                   f"東京都足立区{rng.choice(['梅島', '西新井', '竹の塚', '千住'])}{rng.randrange(1, 5)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
                   "2026/09/01"])
MESSAGES.append({
    "id": "gyoseishoshi-079",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["住まいサポート 法人営業部 <houjin@sumai-support.co.jp>"],
    "subject": "9月入居の社宅 10名分の入居者情報",
    "charset": "cp932",
    "body": f"""住まいサポート株式会社 法人営業部 御中

お世話になっております。日の出産業の桐生です。
9月からの借上げ社宅（4物件）の入居者情報をCSVでお送りします。
保証会社の審査にお回しください。
{SIG_KIRYU}""",
    "attachments": [{"kind": "csv", "name": "入居者情報_9月.csv", "encoding": "cp932", "rows": _csv79}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ten people's names, visa status and home addresses in a CP932 CSV to an estate agent",
})

# 080 pass: 社宅物件の一覧 CSV（建物、人ではない）
MESSAGES.append({
    "id": "gyoseishoshi-080",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["住まいサポート 法人営業部 <houjin@sumai-support.co.jp>"],
    "subject": "Re: 借上げ社宅 候補物件の比較",
    "charset": "utf-8",
    "body": f"""住まいサポート株式会社 法人営業部 御中

ご提案ありがとうございました。当社で条件を整理した表を添付します。
★印の3物件で内見の手配をお願いします。
{SIG_KIRYU}""",
    "attachments": [{"kind": "csv", "name": "候補物件比較.csv", "encoding": "utf-8", "rows": [
        ["", "物件名", "所在地", "間取り", "賃料", "管理会社電話", "最寄駅"],
        ["★", "メゾン東陽", "東京都江東区東陽三丁目5番8号", "1K", "78,000", "03-5634-2210", "東陽町 徒歩6分"],
        ["", "グリーンコート梅島", "東京都足立区梅島二丁目14番1号", "2DK", "92,000", "03-3887-4410", "梅島 徒歩4分"],
        ["★", "シャルム西新井", "東京都足立区西新井本町一丁目7番3号", "1LDK", "85,000", "03-3898-1022", "西新井 徒歩9分"],
        ["★", "ラフィーネ竹ノ塚", "東京都足立区竹の塚六丁目20番5号", "3DK（シェア可）", "120,000", "03-3850-7781", "竹ノ塚 徒歩7分"],
        ["", "コーポ千住", "東京都足立区千住旭町33番2号", "1K", "71,000", "03-3881-9045", "北千住 徒歩10分"],
        ["", "サンハイツ戸田", "埼玉県戸田市美女木東二丁目8番6号", "2K", "64,000", "048-421-3307", "北戸田 徒歩12分"]]}],
    "entities": [],
    "detectors": [],
    "note": "a list of rental buildings with addresses and agents' phones: property data, not people",
})

# 081 stop: 取引先ホテルの look-alike（l → 1）
MESSAGES.append({
    "id": "gyoseishoshi-081",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    "subject": "生活オリエンテーション会場のご予約（7/4）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の野々宮です。
7月に入社する特定技能外国人向けの生活オリエンテーションの会場として、
下記のとおり会議室を予約させてください。

　日時：7月4日（土）9:30～16:30
　人数：12名（講師・通訳含む）
　レイアウト：スクール形式、プロジェクター使用
　昼食：お弁当12個（うちハラール対応2個）

お見積りをお送りいただけますと幸いです。
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp swaps l for 1: a look-alike of the partner sakura-hotel.jp",
})

# 082 stop: 取引先ホテルへ研修生5名の旅券番号
_rows82 = "\n".join(f"{i}. {n}（{nat}） Passport No. {pp}  {g}" for i, (n, nat, pp, g) in enumerate([
    ("NGUYEN VAN HIEU", "ベトナム", "C" + digits(7), "男"),
    ("TRAN THI THU", "ベトナム", "C" + digits(7), "女"),
    ("PHAM THI YEN", "ベトナム", "C" + digits(7), "女"),
    ("TAMANG PEMA", "ネパール", "PA" + digits(7), "男"),
    ("THIN THIN AYE", "ミャンマー", "MH" + digits(6), "女")], 1))
MESSAGES.append({
    "id": "gyoseishoshi-082",
    "expect": "stop",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservations@sakura-hotel.jp>"],
    "subject": "研修生の宿泊予約（6/29～7/3）宿泊者名簿",
    "charset": "utf-8",
    "body": f"""さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の桐生です。
予約番号 SKR-884120 の宿泊者名簿をお送りします。
宿泊者はいずれも入国直後の外国籍研修生のため、旅券番号を併記いたします。

{_rows82}

チェックインは6月29日 18時頃、当社の引率者が同行します。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "five guests' passport numbers in a numbered list to a partner hotel: identity documents stop",
})

# 083 pass: ホテル予約、2名の氏名と代表者の携帯
MESSAGES.append({
    "id": "gyoseishoshi-083",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservations@sakura-hotel.jp>"],
    "subject": "宿泊予約の追加（2名、7/15-7/16）",
    "charset": "cp932",
    "body": f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の桐生です。
7月15日から1泊、ツインを1室追加でお願いします（法人契約料金）。

　宿泊者：PHAM THI MAI 様、THIN THIN AYE 様
　代表者連絡先：PHAM THI MAI 様 {mobile()}
　到着予定：19:00頃

お支払いは当社への請求書払いでお願いします。
{SIG_KIRYU}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two guests' names and one phone for a booking: under five people, may warn",
})

# 084 stop: 件名に旅券番号
_pp84 = "TR" + digits(7)
MESSAGES.append({
    "id": "gyoseishoshi-084",
    "expect": "stop",
    "sender": "甲斐 竜之介 <kai@hinode-sangyo.co.jp>",
    "to": ["旅ビザサポート 法人窓口 <houjin@tabi-visa.co.jp>"],
    "subject": f"Re: 旅券番号 {_pp84} の査証欄不足について",
    "charset": "utf-8",
    "body": f"""旅ビザサポート ご担当者様

ご連絡ありがとうございます。甲斐です。
小田切の旅券の査証欄が残り2ページとのこと、承知しました。
本人に新しい旅券の切替申請をさせますので、インドのビザ申請は新旅券の発給後
（6月22日の予定）に改めてお願いいたします。
{SIG_KAI}""",
    "entities": ["JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a passport number in the subject line, tied to a named traveller in the body",
})

# 085 pass: 在留資格と就労可否の一般的な表（HTML）
MESSAGES.append({
    "id": "gyoseishoshi-085",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["小鳥遊 涼子 <takanashi@nishiki-insatsu.co.jp>"],
    "subject": "在留資格ごとの就労可否（早見表）",
    "charset": "utf-8",
    "body": "小鳥遊様\n\nご依頼の早見表をお送りします（HTML版をご覧ください）。\n\n日の出産業 千早\n",
    "html": """<html><body>
<p>小鳥遊様</p><p>ご依頼の早見表です。アルバイト採用時の確認にご利用ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>在留資格</th><th>就労</th><th>備考</th></tr>
<tr><td>永住者・日本人の配偶者等・定住者</td><td>制限なし</td><td>職種・時間の制限なし</td></tr>
<tr><td>技術・人文知識・国際業務</td><td>一部可</td><td>許可された範囲の業務のみ</td></tr>
<tr><td>留学</td><td>原則不可</td><td>資格外活動許可で週28時間まで</td></tr>
<tr><td>家族滞在</td><td>原則不可</td><td>資格外活動許可で週28時間まで</td></tr>
<tr><td>特定活動</td><td>指定による</td><td>指定書を必ず確認</td></tr>
<tr><td>短期滞在</td><td>不可</td><td>―</td></tr>
</table>
<p>日の出産業株式会社 人事部 グローバル人材課 千早</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a general reference table of visa categories, no people",
})

# 086 stop: 永住申請、1人1ブロックの家族と身元保証人（5名）DOCX
MESSAGES.append({
    "id": "gyoseishoshi-086",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["早瀬 真澄 <hayase@hayase-office.jp>"],
    "subject": "永住許可申請 ヒアリングシート（劉さん世帯）",
    "charset": "iso-2022-jp",
    "body": f"""早瀬先生

お世話になっております。野々宮です。
経理部の劉さんの永住許可申請について、ヒアリングシートを作成しました。
世帯全員と身元保証人の情報を記載しています。
{SIG_NONOMIYA}""",
    "attachments": [{
        "kind": "docx", "name": "永住申請ヒアリングシート_劉.docx",
        "paragraphs": [
            "永住許可申請 ヒアリングシート",
            "【申請人】劉 静（LIU JING）　1993年11月2日生　経理部　年収 612万円",
            f"　住所：東京都墨田区錦糸四丁目6番11号 錦糸パレス502　電話：{mobile()}",
            "【配偶者】孫 立偉（SUN LIWEI）　1989年4月27日生　家族滞在（資格外活動：週20時間）",
            f"　電話：{mobile()}",
            "【長男】孫 浩宇（SUN HAOYU）　2020年6月18日生　墨田区立錦糸保育園",
            "【長女】孫 可欣（SUN KEXIN）　2023年1月9日生",
            "【身元保証人】萩原 健司（はぎわら けんじ）　昭和47年8月15日生　日の出産業 経理部長",
            f"　住所：千葉県市川市八幡二丁目15番3号　電話：{mobile()}",
        ]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people's records (household and guarantor) with birth dates, addresses and phones in a DOCX",
})

# 087 pass: 身元保証人1名の情報
MESSAGES.append({
    "id": "gyoseishoshi-087",
    "expect": "pass",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "身元保証書の記載事項（PERERA さんの件）",
    "charset": "utf-8",
    "body": f"""柏木先生

お世話になっております。野々宮です。
PERERA KASUN さんの永住申請の身元保証人は、設計課長の鬼頭が引き受けることになりました。
身元保証書の記載事項は以下のとおりです。

　氏名：鬼頭 誠一郎
　生年月日：1975年2月14日
　住所：神奈川県川崎市中原区木月三丁目22番8号
　電話：{mobile()}
　職業：会社員（日の出産業株式会社 設計課長）

住民票と在職証明書は本人から提出を受けています。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one guarantor's record (address, birth date, phone) for a residence application: one person may go with a warning",
})

# 088 stop: 開けない（パスワード保護で壊れた）Word
MESSAGES.append({
    "id": "gyoseishoshi-088",
    "expect": "stop",
    "sender": "鮫島 穂乃香 <samejima@hinode-sangyo.co.jp>",
    "to": ["水城 透 <mizuki@sr-mizuki.jp>"],
    "subject": "雇用契約書（特定技能）ひな形の修正版",
    "charset": "cp932",
    "body": f"""水城先生

修正版のひな形をお送りします。
読み取りパスワードは、いつものものを設定しています。
{SIG_SAMEJIMA}""",
    "attachments": [{"kind": "corrupt", "name": "特定技能_雇用契約書_ひな形_v5.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the Word attachment cannot be opened (protected / damaged): unscannable",
})

# 089 pass: フリーメールの通訳者へ日程のみ
MESSAGES.append({
    "id": "gyoseishoshi-089",
    "expect": "pass",
    "sender": "桐生 真琴 <kiryu@hinode-sangyo.co.jp>",
    "to": ["Yang Li <yangli.trans@yahoo.co.jp>"],
    "subject": "6/24 通訳のご依頼（中国語）",
    "charset": "iso-2022-jp",
    "body": f"""楊さん

お世話になっております。日の出産業の桐生です。
6月24日（水）14時から、入社予定者の生活オリエンテーションで
中国語の通訳をお願いできますでしょうか。

　場所：日の出ビル 8階 研修室
　時間：14:00～16:30（2.5時間）
　謝礼：いつもの時間単価＋交通費実費

ご都合をお知らせください。
{SIG_KIRYU}""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a freelance interpreter), schedule only",
})

# 090 stop: XLSX のページヘッダーに「部外秘」
MESSAGES.append({
    "id": "gyoseishoshi-090",
    "expect": "stop",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["大迫 修一 <osako@globalcareer-jinzai.com>"],
    "subject": "紹介手数料の実績と来期予算",
    "charset": "utf-8",
    "body": f"""大迫様

お世話になっております。芦屋です。
今期の紹介実績と、来期の予算枠を表にまとめました。
来期の料率見直しのご提案の参考にしてください。
{SIG_ASHIYA}""",
    "attachments": [{
        "kind": "xlsx", "name": "紹介手数料_実績と予算.xlsx", "page_header": "部外秘",
        "sheets": {"実績": [["紹介会社別 実績（2025年度）"], [], ["紹介会社", "採用数", "手数料合計（円）"],
                           ["グローバルキャリア", 7, 10920000], ["A社", 3, 4230000], ["B社", 2, 2400000]],
                   "予算": [["2026年度 予算"], ["採用予定数", 14], ["手数料予算（円）", 19600000]]},
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the spreadsheet's page header carries the classification 部外秘",
})

# 091 stop: PDF の表、12名の在留カード番号と就労制限
_pdf91 = [["No", "氏名", "在留カード番号", "在留資格", "就労制限", "期限"]]
for i, nm in enumerate(["WANG HAORAN", "LIU JING", "TRAN VAN DUC", "SANTOS MARIA CLARA", "RAHUL SHARMA",
                        "KIM SOOYEON", "PERERA KASUN", "BATBAYAR ENKHJARGAL", "CHEN SIYUAN", "PARK JIHOON",
                        "ZAW MIN HTET", "LE HOANG NAM"], 1):
    _pdf91.append([str(i), nm, zairyu(), "技人国", "在留資格に基づく就労活動のみ可",
                   f"20{rng.randrange(26, 30)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"])
MESSAGES.append({
    "id": "gyoseishoshi-091",
    "expect": "stop",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["監査法人あおい 労務監査チーム <roumu-audit@aoi-kansa.or.jp>"],
    "subject": "外国人雇用に関する監査資料（在留カード確認記録）",
    "charset": "utf-8",
    "body": f"""監査法人あおい 労務監査チーム 御中

お世話になっております。日の出産業の千早です。
ご依頼いただいた在留カードの確認記録（技人国の12名）をPDFでお送りします。
{SIG_CHIHAYA}""",
    "attachments": [{"kind": "pdf", "name": "在留カード確認記録_2026Q1.pdf",
                     "lines": ["在留カード確認記録（2026年第1四半期）", "確認者：人事部 グローバル人材課", ""],
                     "table": _pdf91}],
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a PDF table of twelve residence card numbers with names to an external auditor",
})

# 092 pass: 行政書士事務所のニュースレターを .eml で転送（個人情報なし）
MESSAGES.append({
    "id": "gyoseishoshi-092",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["玉置 誠 <tamaki@aoba-unyu.co.jp>"],
    "subject": "FW: 【みなと国際ニュース】自動車運送業分野の特定技能について",
    "charset": "iso-2022-jp",
    "body": f"""玉置様

お世話になっております。千早です。
提携先の行政書士事務所から届いたニュースレターです。
自動車運送業分野の特定技能について分かりやすくまとまっていましたので転送します。
{SIG_CHIHAYA}""",
    "attachments": [{"kind": "eml", "name": "みなと国際ニュース_6月号.eml", "message": {
        "sender": "みなと国際ニュース <news@minato-gyosei.jp>",
        "to": ["chihaya@hinode-sangyo.co.jp"],
        "subject": "【みなと国際ニュース】自動車運送業分野の特定技能について",
        "charset": "iso-2022-jp",
        "body": """みなと国際ニュース 2026年6月号

■自動車運送業分野の特定技能
・トラック、タクシー、バスの運転者が対象
・日本の運転免許の取得が必要（外免切替可）
・タクシー・バスは第二種免許が必要

■お知らせ
7月のセミナーは「在留カードの偽造対策」がテーマです。

配信停止はこちら：news@minato-gyosei.jp
行政書士法人みなと国際事務所
"""}}],
    "entities": [],
    "detectors": [],
    "note": "a forwarded newsletter: new content to the recipient, but it carries no personal data",
})

# 093 stop: 翻訳会社＋行政書士＋顧客企業（3組織が To/Cc で見える）
MESSAGES.append({
    "id": "gyoseishoshi-093",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["リンガブリッジ 翻訳受付 <order@lingua-bridge.co.jp>", "堀北 梓 <horikita@minato-gyosei.jp>"],
    "cc": ["小鳥遊 涼子 <takanashi@nishiki-insatsu.co.jp>"],
    "subject": "翻訳スケジュールの共有（錦印刷様 出向者の申請書類）",
    "charset": "cp932",
    "body": f"""関係者各位

お世話になっております。日の出産業の野々宮です。
錦印刷様へ出向予定の方の申請書類について、翻訳と申請のスケジュールを共有します。

　6/15　卒業証明書・成績証明書の原本を翻訳会社へ送付
　6/22　翻訳納品（リンガブリッジ様 → みなと国際様へ直送）
　6/26　申請書類の最終確認（錦印刷様の押印）
　6/30　申請

不明点があれば全員返信でお願いします。
{SIG_NONOMIYA}""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations see each other in To/Cc",
})

# 094 pass: テキスト＋HTML のお礼メール（免責文つき）
MESSAGES.append({
    "id": "gyoseishoshi-094",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["長谷部 恭子 <hasebe@kawasaki-denki.co.jp>"],
    "subject": "ご来社のお礼",
    "charset": "iso-2022-jp",
    "body": f"""長谷部様

本日はご来社いただき、誠にありがとうございました。
出向者の受入れ体制について、貴重なご意見をいただきました。
いただいた宿題（届出の分担表）は来週中にお送りいたします。

今後ともよろしくお願い申し上げます。
{SIG_CHIHAYA}{DISC_JA}""",
    "html": f"""<html><body>
<p>長谷部様</p>
<p>本日はご来社いただき、誠にありがとうございました。<br>
出向者の受入れ体制について、貴重なご意見をいただきました。<br>
いただいた宿題（届出の分担表）は来週中にお送りいたします。</p>
<p>今後ともよろしくお願い申し上げます。</p>
<p>日の出産業株式会社 人事部 グローバル人材課 課長<br>千早 玲　TEL 03-5201-7731</p>
<hr><p style="font-size:8pt;color:#666">本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a thank-you mail with the standard confidentiality disclaimer: a disclaimer is not a marking",
})

# 095 stop: 英語、入国前結核スクリーニングで所見（1名）
MESSAGES.append({
    "id": "gyoseishoshi-095",
    "expect": "stop",
    "sender": "Chihiro Nonomiya <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Mr. Krishna Adhikari <krishna@himal-overseas.com.np>"],
    "subject": "Re: Pre-entry TB screening - candidate No. 4",
    "charset": "utf-8",
    "body": f"""Dear Mr. Adhikari,

Thank you for forwarding the screening results.
We understand that Mr. BAHADUR THAPA (born 14 May 1998) was not issued the pre-entry TB
screening certificate because his chest X-ray showed a shadow suspected to be pulmonary
tuberculosis, and that the sputum culture will take about eight weeks.

We will keep his offer open. Please let us know the culture result as soon as it is
available; if he needs treatment, we will postpone his entry to the October intake.
{SIG_EN}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named candidate's suspected tuberculosis (medical result) sent abroad: 要配慮個人情報",
})

# 096 pass: 英語、3名の面接時間（氏名のみ）
MESSAGES.append({
    "id": "gyoseishoshi-096",
    "expect": "pass",
    "sender": "Chihiro Nonomiya <nonomiya@hinode-sangyo.co.jp>",
    "to": ["Ms. Pham Thu Trang <trang.pham@songhong-hr.com.vn>"],
    "subject": "Second interviews - time slots",
    "charset": "utf-8",
    "body": f"""Dear Ms. Trang,

Here are the time slots for the second interviews on Thursday, June 25 (Vietnam time):

    09:00  NGUYEN VAN HIEU
    09:40  TRAN THI THU
    10:20  LE VAN PHUC

Each interview takes 30 minutes with our factory manager. An interpreter will join.
{SIG_EN}""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "three candidates' names with interview times only: few people, no contact details or identifiers",
})

# 097 either: 顧客企業の人事担当者5名の業務連絡先（名札・名簿用）
MESSAGES.append({
    "id": "gyoseishoshi-097",
    "expect": "either",
    "sender": "芦屋 秀平 <ashiya@hinode-sangyo.co.jp>",
    "to": ["堀北 梓 <horikita@minato-gyosei.jp>"],
    "subject": "5/22 セミナー 参加者（お取引先ご担当者）",
    "charset": "cp932",
    "body": f"""堀北様

お世話になっております。芦屋です。
5/22のセミナーにご参加のお取引先ご担当者です。名札と受付名簿の作成をお願いします。

・川崎電機株式会社　人事部　長谷部 恭子 様　044-520-1134　hasebe@kawasaki-denki.co.jp
・青葉運輸株式会社　総務部　玉置 誠 様　022-235-4412　tamaki@aoba-unyu.co.jp
・北国フーズ株式会社　人事総務部　本庄 和臣 様　011-742-3321　honjo@kitaguni-foods.co.jp
・錦印刷株式会社　総務部　小鳥遊 涼子 様　03-3268-5518　takanashi@nishiki-insatsu.co.jp
・南光機株式会社　管理部　猪股 大輝 様　048-965-2207　jinji@minami-kouki.co.jp
{SIG_ASHIYA}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five business contacts (work phone and e-mail) of client staff: a list of people, yet only business contact data; either",
})

# 098 stop: 日本人配偶者（Ｈ２．１１．３）と妻の在留カード番号
MESSAGES.append({
    "id": "gyoseishoshi-098",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["柏木 遼 <kashiwagi@minato-gyosei.jp>"],
    "subject": "配偶者等 更新／身元保証人（夫）の情報",
    "charset": "cp932",
    "body": f"""柏木先生

お世話になっております。野々宮です。
山内さんの奥様（DO THI HUONG さん）の「日本人の配偶者等」更新について、
身元保証人となるご主人の情報をいただきました。

　＜身元保証人＞
　　氏名　　：山内 拓真（やまうち たくま）
　　生年月日：Ｈ２．１１．３
　　住所　　：埼玉県川口市並木三丁目１７番２号
　　電話　　：{zen(mobile())}
　　勤務先　：日の出産業株式会社 戸田工場
　＜申請人＞
　　氏名　　：DO THI HUONG
　　在留カード番号：{zairyu()}

よろしくお願いいたします。
{SIG_NONOMIYA}""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence card number, plus a 和暦 birth date and full-width phone of the guarantor, sent outside",
})

# 099 pass: 社内宛てのパスワード付き ZIP
MESSAGES.append({
    "id": "gyoseishoshi-099",
    "expect": "pass",
    "sender": "千早 玲 <chihaya@hinode-sangyo.co.jp>",
    "to": ["人事部長 萩原 <hagiwara@hinode-sangyo.co.jp>"],
    "subject": "外国籍社員 在留状況一覧（部長会資料）",
    "charset": "utf-8",
    "body": """萩原部長

お疲れさまです。千早です。
部長会用の在留状況一覧です。パスワードは口頭でお伝えします。

千早
""",
    "attachments": [{"kind": "zip", "name": "zairyu_joukyou_202606.zip", "password": "bucho-2606",
                     "files": [{"kind": "xlsx", "name": "在留状況一覧.xlsx",
                                "sheets": {"一覧": [["氏名", "在留資格", "期限"], ["WANG HAORAN", "技人国", "2027/03/31"]]}}]}],
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP sent only to an internal colleague: internal mail may go",
})

# 100 stop: 暗号化なし ZIP、PDF（案内）＋ XLSX の2枚目のシートに参加者9名
_sheet100 = [["生活オリエンテーション 参加者", "", "", "", ""], ["No", "氏名", "国籍", "携帯", "メール"]]
for i, (nm, nat, mail) in enumerate([
        ("NGUYEN VAN HIEU", "ベトナム", "hieu.nguyen.nd@gmail.com"), ("TRAN THI THU", "ベトナム", "thu.tran2000@gmail.com"),
        ("LE VAN PHUC", "ベトナム", "phuc.le.na@yahoo.co.jp"), ("PHAM THI YEN", "ベトナム", "yen.pham.ht@gmail.com"),
        ("DANG VAN KHOA", "ベトナム", "khoa.dang97@gmail.com"), ("VO THI KIM", "ベトナム", "kim.vo.qn@outlook.jp"),
        ("HUYNH VAN TAI", "ベトナム", "tai.huynh.ct@gmail.com"), ("NGO THI LINH", "ベトナム", "linh.ngo.bn@gmail.com"),
        ("TAMANG PEMA", "ネパール", "pema.tamang24@gmail.com")], 1):
    _sheet100.append([i, nm, nat, mobile(), mail])
MESSAGES.append({
    "id": "gyoseishoshi-100",
    "expect": "stop",
    "sender": "野々宮 千尋 <nonomiya@hinode-sangyo.co.jp>",
    "to": ["本庄 和臣 <honjo@kitaguni-foods.co.jp>"],
    "subject": "7/4 生活オリエンテーションのご案内資料",
    "charset": "utf-8",
    "body": f"""本庄様

お世話になっております。野々宮です。
7月4日の生活オリエンテーションの案内資料一式をZIPでお送りします。
当日の受付でご活用ください。
{SIG_NONOMIYA}""",
    "attachments": [{"kind": "zip", "name": "orientation_0704.zip", "files": [
        {"kind": "pdf", "name": "案内.pdf", "lines": ["生活オリエンテーションのご案内", "日時：7月4日（土）9:30～16:30",
                                                     "内容：ごみの出し方、銀行口座、医療機関のかかり方、防災"]},
        {"kind": "xlsx", "name": "受付表.xlsx", "sheets": {
            "概要": [["受付表"], ["受付開始", "9:00"], ["会場", "さくらホテル 2F 桔梗の間"]],
            "参加者": _sheet100}}]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "nine participants' mobiles and private e-mails on the second sheet of an XLSX inside a ZIP",
})
