"""Blind corpus — area: nyukan (在留資格・ビザ申請・外国人社員の受入れ).

日の出産業の人事部グローバル人材グループ・総務部・滋賀工場総務課・法務部・経理部が、
行政書士事務所、登録支援機関、監理団体、社会保険労務士、税理士、リロケーション会社、
賃貸・家賃保証会社、学校、クリニック、ホテル、海外の送出し元企業、外国籍の内定者と
その家族(フリーメール)とやり取りするメール。英文メールを含む。
ラベルは BRIEF.md の方針(止めるべき 7 つの理由/通すべき場合)による。
"""

from build import card_number, my_number

SEED = 43201


def _mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _cc(k: int, sep: str = " ") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:]))


_FW = str.maketrans("0123456789-", "０１２３４５６７８９−")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _corp(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


HINODE_CORP = _corp("010401087734")
YAMABUKI_CORP = _corp("011005003318")

SIG_MORISHITA = """\

------------------------------------------------------------
日の出産業株式会社
人事部 グローバル人材グループ
森下 彩（Aya Morishita）
〒105-0013 東京都港区浜松町三丁目14番2号 日の出ビル7階
TEL: 03-5402-7718（直通）  FAX: 03-5402-7720
E-mail: morishita.aya@hinode-sangyo.co.jp
------------------------------------------------------------"""

SIG_TAKASHINA = """\

--
Shunsuke Takashina（高階 俊介）
Manager, Global Talent Group, Human Resources
Hinode Sangyo Co., Ltd.
3-14-2 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5402-7715 / Mobile: +81-80-4417-2093
takashina.s@hinode-sangyo.co.jp"""

SIG_MIYAKE = """\

━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 グローバル人材G
三宅 亮  Ryo Miyake
TEL 03-5402-7716 / 内線 2716
miyake.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ENAMI = """\

**************************************************
日の出産業株式会社 滋賀工場 総務課
江波 奈央（えなみ なお）
〒520-3115 滋賀県湖南市石部南九丁目2番1号
TEL 0748-77-3120 ／ FAX 0748-77-3129
enami.nao@shiga.hinode-sangyo.co.jp
**************************************************"""

SIG_NGUYEN = """\

--
日の出産業株式会社 人事部 グローバル人材グループ
グエン ティ マイ（Nguyen Thi Mai）
TEL: 03-5402-7719
nguyen.mai@hinode-sangyo.co.jp
日本語 / English / Tiếng Việt"""

SIG_FUJIEDA = """\

------------------------------
日の出産業株式会社
人事部 人事企画課　藤枝 真理子
TEL：03-5402-7701
fujieda.m@hinode-sangyo.co.jp
------------------------------"""

SIG_TERASHIMA = """\

======================================
日の出産業株式会社 総務部 総務課
寺嶋 由香
〒105-0013 東京都港区浜松町3-14-2 日の出ビル6F
TEL 03-5402-7600（代表）
======================================"""

SIG_ONIZUKA = """\

----
日の出産業株式会社 法務部
鬼塚 恵
TEL 03-5402-7650 / onizuka.m@hinode-sangyo.co.jp"""

DISC_JA = """\

本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
無断での複製・転送・開示はご遠慮ください。"""

DISC_EN = """\

This e-mail and any attachments may contain confidential information and are intended
solely for the addressee(s). If you have received this e-mail in error, please notify
the sender immediately and delete it. Any unauthorised use, disclosure or copying is
prohibited."""


MESSAGES: list[dict] = []

# --------------------------------------------------------------------------- 001-020
MESSAGES += [
    {
        "id": "nyukan-001",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "cc": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>",
               "高階 俊介 <takashina.s@hinode-sangyo.co.jp>"],
        "subject": "【ご依頼】在留期間更新許可申請 対象者一覧（2026年4月～7月期限分）",
        "charset": "iso-2022-jp",
        "body": """\
やまぶき行政書士法人
桐生先生

いつも大変お世話になっております。
日の出産業 人事部の森下でございます。

標記の件、2026年4月〜7月に在留期限を迎える当社社員8名分の一覧を
お送りいたします。例年どおり、期限の3か月前から順次申請いただけますと幸いです。

・添付：在留期間更新_対象者一覧_202604-07.xlsx
・「備考」シートに、転居予定・扶養状況の変更がある方をメモしております。

各人の源泉徴収票・住民税の課税証明書は、揃い次第お送りいたします。
ご不明な点がございましたら、小松原様宛てでも結構ですのでお知らせください。

何卒よろしくお願い申し上げます。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "在留期間更新_対象者一覧_202604-07.xlsx",
            "title": "在留期間更新 対象者一覧",
            "sheets": {
                "対象者一覧": [
                    ["2026年4月～7月 在留期限到来者（日の出産業株式会社 人事部）"],
                    [],
                    ["No", "氏名（ローマ字）", "氏名（カナ）", "国籍", "生年月日", "在留資格",
                     "在留カード番号", "在留期限", "住居地"],
                    [1, "NGUYEN VAN HUNG", "グエン ヴァン フン", "ベトナム", "1994/03/17",
                     "技術・人文知識・国際業務", "RK73019246EA", "2026/05/31",
                     "埼玉県川口市芝新町4-8-11 ハイツ芝203"],
                    [2, "TRAN THI THU HA", "チャン ティ トゥ ハー", "ベトナム", "1997/11/02",
                     "技術・人文知識・国際業務", "TB58240317HC", "2026/06/14",
                     "東京都大田区西蒲田6-22-5 コーポ蒲田102"],
                    [3, "SHRESTHA BIKASH", "シュレスタ ビカス", "ネパール", "1991/07/25",
                     "技術・人文知識・国際業務", "NP20417739KD", "2026/04/30",
                     "東京都江戸川区西葛西7-3-19-405"],
                    [4, "LIU JIANING", "リュウ ジャニン", "中国", "1989/01/09",
                     "高度専門職1号ロ", "EQ11875402AB", "2026/07/22",
                     "神奈川県川崎市中原区新丸子東2-915-6"],
                    [5, "SANTOS MARIA CLARA REYES", "サントス マリア クララ", "フィリピン",
                     "1993/09/30", "技術・人文知識・国際業務", "PH90347128GM", "2026/06/01",
                     "千葉県市川市行徳駅前1-17-3 メゾン行徳301"],
                    [6, "PARK JIHOON", "パク ジフン", "韓国", "1990/12/12",
                     "技術・人文知識・国際業務", "KR66102395ZJ", "2026/05/09",
                     "東京都新宿区大久保2-31-8-602"],
                    [7, "ARIFIN RIZKY PRATAMA", "アリフィン リズキ プラタマ", "インドネシア",
                     "1998/04/08", "特定技能1号", "ID37720584SL", "2026/04/18",
                     "滋賀県湖南市石部東3-12-40 日の出寮B棟11号"],
                    [8, "KHAN AYESHA", "カーン アイシャ", "パキスタン", "1995/02/21",
                     "技術・人文知識・国際業務", "PK84051936WT", "2026/07/03",
                     "東京都板橋区大山東町52-7"],
                ],
                "備考": [
                    ["No", "備考"],
                    [2, "5月に川崎市へ転居予定（転居後に住居地届出）"],
                    [4, "配偶者・長女が家族滞在。同時申請希望"],
                    [7, "登録支援機関：ミライワークス支援"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "8名分の在留カード番号・生年月日・住居地の一覧(XLSX)を外部の行政書士へ: 理由1・2",
    },
    {
        "id": "nyukan-002",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "subject": "在留資格変更許可申請（留学→技術・人文知識・国際業務）のご依頼",
        "charset": "cp932",
        "body": """\
北浜国際法務事務所
行政書士 安曇 礼子 先生

お世話になっております。日の出産業の高階です。
先日お電話でご相談した内定者1名の在留資格変更について、正式にご依頼申し上げます。

【申請人】
　氏名　　　：WANG ZIHAN（ワン ズーハン）
　国籍　　　：中国
　生年月日　：2002年8月19日
　旅券番号　：EJ4471928
　在留カード：SE60392714GA（留学／在留期限 2026年9月30日）
　住居地　　：東京都豊島区池袋本町3-28-1 サンハイツ池袋506
　最終学歴　：東都情報大学 経営情報学部 2026年3月卒業見込み

【雇用条件】
　入社日 2026年4月1日、職種 海外営業（中国語圏担当）、月給 265,000円

卒業証明書は3月中旬の発行とのことですので、それまでに揃えられる書類を
先にお送りいたします。必要書類リストをいただけますと助かります。

よろしくお願いいたします。

高階 俊介
日の出産業株式会社 人事部 グローバル人材グループ
TEL 03-5402-7715
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD",
                     "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "内定者1名の旅券番号・在留カード番号を本文で外部へ: 理由2(1名でも止める)",
    },
    {
        "id": "nyukan-003",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["kiryu@yamabuki-gyosei.jp", "komatsubara@yamabuki-gyosei.jp"],
        "subject": "【送付】SHRESTHA様 在留期間更新 申請書類（パスワード別送）",
        "charset": "utf-8",
        "body": """\
やまぶき行政書士法人
桐生先生
小松原様

お世話になっております。日の出産業の三宅です。

SHRESTHA Bikashさんの在留期間更新について、当社作成分の書類一式を送付いたします。
社内規程により、添付ファイルはパスワード付きZIPとしております。
パスワードは別途メールにてお知らせいたします。

＜同封物＞
1. 申請書（所属機関等作成用）
2. 雇用契約書の写し
3. 在職証明書

ご査収のほどよろしくお願いいたします。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "zip", "name": "SHRESTHA_更新書類_20260212.zip", "password": "Hn7#kR2q",
            "files": [
                {"kind": "xlsx", "name": "申請書_所属機関等作成用.xlsx",
                 "sheets": {"所属機関": [["氏名", "SHRESTHA BIKASH"], ["生年月日", "1991/07/25"],
                                      ["在留カード番号", "NP20417739KD"],
                                      ["勤務先", "日の出産業株式会社 本社 技術開発部"]]}},
                {"kind": "pdf", "name": "在職証明書.pdf",
                 "lines": ["在職証明書", "氏名 SHRESTHA BIKASH", "生年月日 1991年7月25日",
                           "上記の者は当社に在職していることを証明します。"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP(PPAP)を外部へ。中身は検査できない: 理由7",
    },
    {
        "id": "nyukan-004",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["kiryu@yamabuki-gyosei.jp", "komatsubara@yamabuki-gyosei.jp"],
        "subject": "【パスワード】SHRESTHA様 在留期間更新 申請書類",
        "charset": "iso-2022-jp",
        "body": """\
桐生先生
小松原様

日の出産業の三宅です。
先ほどお送りしたZIPファイルのパスワードをお知らせいたします。

　パスワード：Hn7#kR2q

解凍できない場合はお手数ですがご連絡ください。
よろしくお願いいたします。
""" + SIG_MIYAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "別送のパスワード通知のみ。個人データも添付もない",
    },
    {
        "id": "nyukan-005",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "健康診断個人票の件（ARIFINさん／特定技能1号 更新）",
        "charset": "cp932",
        "body": """\
株式会社ミライワークス支援
有村様

いつもお世話になっております。
日の出産業 滋賀工場 総務課の江波です。

特定技能1号の更新に必要な健康診断個人票の件でご相談です。

対象：ARIFIN RIZKY PRATAMA さん（1998年4月8日生／第2製造課）

先月の定期健診で、胸部X線検査が「要精密検査」となりました。
ご本人からは、2021年に母国で肺結核の治療歴（6か月の服薬で完治）があると
聞いております。また血圧も「要経過観察（148/96）」の判定でした。

精密検査は湖南市内の病院で3月4日に予約済みです。
結果が出るまで申請を待つべきか、現時点の個人票で先に進めてよいか、
ご助言いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ENAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の社員の健診所見・結核の既往歴(要配慮個人情報)を外部の登録支援機関へ: 理由3",
    },
    {
        "id": "nyukan-006",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "April 2026 arrivals - assignee & family details",
        "charset": "utf-8",
        "html": """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Sarah,</p>
<p>As promised, here are the assignees and accompanying family members arriving in April.
Could your team start the housing search and book the orientation day for each family?</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f0"><th>Name</th><th>Relation</th><th>Date of birth</th>
<th>Arrival (NRT/HND)</th><th>Mobile</th><th>E-mail</th></tr>
<tr><td>Rahul MEHTA</td><td>Assignee</td><td>1986-05-14</td><td>Apr 3 / NRT</td>
<td>+91 98201 44735</td><td>rahul.mehta.pune@gmail.com</td></tr>
<tr><td>Priya MEHTA</td><td>Spouse</td><td>1988-10-02</td><td>Apr 3 / NRT</td>
<td>+91 98203 11862</td><td>priya.m.design@gmail.com</td></tr>
<tr><td>Aarav MEHTA</td><td>Son</td><td>2017-01-22</td><td>Apr 3 / NRT</td><td>-</td><td>-</td></tr>
<tr><td>Tomasz WIŚNIEWSKI</td><td>Assignee</td><td>1983-03-08</td><td>Apr 10 / HND</td>
<td>+48 601 552 870</td><td>t.wisniewski83@outlook.com</td></tr>
<tr><td>Anna WIŚNIEWSKA</td><td>Spouse</td><td>1985-07-19</td><td>Apr 10 / HND</td>
<td>+48 605 119 402</td><td>anna.wisniewska@wp.pl</td></tr>
<tr><td>Zofia WIŚNIEWSKA</td><td>Daughter</td><td>2014-12-01</td><td>Apr 10 / HND</td><td>-</td><td>-</td></tr>
<tr><td>Lena HOFFMANN</td><td>Assignee (single)</td><td>1992-09-27</td><td>Apr 6 / HND</td>
<td>080-6613-2958</td><td>lena.hoffmann@posteo.de</td></tr>
</table>
<p>Budgets and preferred areas are as per the relocation policy we shared in January.
Lena already has a Japanese SIM, hence the local number.</p>
<p>Best regards,<br>Shunsuke</p>
<p style="color:#555">Shunsuke Takashina | Global Talent Group, HR | Hinode Sangyo Co., Ltd.<br>
Tel +81-3-5402-7715</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールで赴任者と帯同家族7名の生年月日・携帯・メールの表をリロケーション会社へ: 理由1",
    },
    {
        "id": "nyukan-007",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["kiryu@yamabuki-gyosei.jp", "azumi@kitahama-visa.com",
               "info@hanamizuki-gyosei.jp"],
        "subject": "【相見積のお願い】特定技能外国人の在留諸申請業務について",
        "charset": "iso-2022-jp",
        "body": """\
各位

いつもお世話になっております。
日の出産業株式会社 人事部の森下でございます。

2026年度より滋賀工場で特定技能1号（工業製品製造業分野）の受入れ人数を
増やす予定のため、在留諸申請業務のお見積りをお願いしたく、ご連絡いたしました。

■想定件数（年間）
　・在留資格認定証明書交付申請　　12件
　・在留資格変更許可申請　　　　　 6件
　・在留期間更新許可申請　　　　　20件
■ご提出いただきたいもの
　・1件あたりの報酬額（印紙代・実費は別記）
　・オンライン申請への対応可否
■締切：2月27日（金）

ご多忙のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "相見積依頼を3つの行政書士事務所にToで一斉送信(互いに見える): 理由4",
    },
    {
        "id": "nyukan-008",
        "sender": "鬼塚 恵 <onizuka.m@hinode-sangyo.co.jp>",
        "to": ["白川 達彦 先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "技能実習生の所在不明時の対応についてご相談",
        "charset": "cp932",
        "body": """\
白川法律事務所
白川 達彦 先生

いつも大変お世話になっております。日の出産業 法務部の鬼塚です。

滋賀工場で受け入れている技能実習生について、万一所在不明となった場合の
社内対応フロー（監理団体・外国人技能実習機構への連絡、警察への相談の要否、
未払賃金・寮の私物の取扱い等）を整備したく、ご意見を伺えればと存じます。

現時点で具体的な事案が発生しているわけではございません。
来週中に30分ほどお時間をいただけますと幸いです。候補日は以下のとおりです。

　2月17日（火）14:00～／2月18日（水）10:00～／2月20日（金）16:00～

何卒よろしくお願いいたします。
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "提携先 shirakawa-law.jp の別TLD(shirakawa-law.co.jp)宛て: 理由5",
    },
    {
        "id": "nyukan-009",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "明日の打合せ資料（2026年度 受入れ計画）",
        "charset": "utf-8",
        "body": """\
ミライワークス支援
有村様

お世話になっております。日の出産業 人事企画課の藤枝です。
明日の打合せで使用する資料を先にお送りします。
4ページ目の人数計画は確定前の数字ですので、扱いにご注意ください。

よろしくお願いいたします。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "pptx", "name": "2026年度_外国人材受入れ計画_v3.pptx",
            "title": "【社外秘】2026年度 外国人材受入れ計画",
            "page_footer": "社外秘　日の出産業株式会社 人事部",
            "slides": [
                ["【社外秘】2026年度 外国人材受入れ計画", "人事部 人事企画課", "2026年2月"],
                ["背景", "滋賀工場の人員不足（充足率 86%）", "技能実習から特定技能への移行を推進"],
                ["受入れ方針", "特定技能1号：工業製品製造業分野",
                 "登録支援機関への支援委託を継続", "日本語教育費用は会社負担"],
                ["人数計画（案）", "2026年度 新規 18名（ベトナム 10／インドネシア 8）",
                 "2027年度 新規 15名", "※ 経営会議承認前"],
                ["予算", "支援委託費 月額 28,000円／人", "渡航費・住居初期費用 会社負担"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "「社外秘」表示のある計画資料(PPTX)を外部の登録支援機関へ: 理由6",
    },
    {
        "id": "nyukan-010",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["橘 先生 <tachibana@tachibana-sr.jp>"],
        "subject": "4月入社 外国籍社員5名 社会保険資格取得届の件",
        "charset": "iso-2022-jp",
        "body": """\
たちばな社会保険労務士事務所
橘先生

お世話になっております。日の出産業の森下です。

4月1日入社の外国籍社員5名について、健康保険・厚生年金保険の資格取得届の
作成をお願いいたします。個人番号・基礎年金番号（お持ちの方のみ）をCSVにまとめました。
ローマ字氏名は在留カードの表記どおりです。

COHEN さんは基礎年金番号がないとのことですので、個人番号での届出でお願いします。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "csv", "name": "資格取得届_202604入社.csv", "encoding": "cp932",
            "rows": [
                ["氏名（カナ）", "氏名（ローマ字）", "生年月日", "性別", "個人番号",
                 "基礎年金番号", "住所", "資格取得日", "報酬月額"],
                ["ワン ズーハン", "WANG ZIHAN", "2002/08/19", "男", _mn(1), "",
                 "東京都豊島区池袋本町3-28-1-506", "2026/04/01", "265000"],
                ["ドー ティ ラン", "DO THI LAN", "2001/06/03", "女", _mn(2), "4519-302817",
                 "東京都北区赤羽西1-40-2-301", "2026/04/01", "248000"],
                ["コーエン ダニエル", "COHEN DANIEL", "1996/12/28", "男", _mn(3), "",
                 "神奈川県横浜市港北区日吉本町2-18-9", "2026/04/01", "310000"],
                ["ラマン プリヤ", "RAMAN PRIYA", "1999/03/11", "女", _mn(4), "6702-114590",
                 "東京都江東区大島5-9-14-202", "2026/04/01", "255000"],
                ["キム ソヨン", "KIM SOYEON", "2000/10/05", "女", _mn(5), "1180-647233",
                 "東京都新宿区百人町1-12-3-803", "2026/04/01", "252000"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
                     "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5名の個人番号・基礎年金番号・住所のCSVを社労士へ: 理由1・2",
    },
    {
        "id": "nyukan-011",
        "sender": "Nguyen Thi Mai <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約課 <reservations@sakura-hotel.jp>"],
        "subject": "長期滞在プランのご予約（4/6～5/31）保証用カード情報",
        "charset": "utf-8",
        "body": f"""\
さくらホテル 予約課 御中

いつもお世話になっております。日の出産業 人事部のグエンです。
先日お電話で仮押さえいただいた長期滞在プランについて、ご本人のクレジットカードで
保証を入れたいとのことですので、カード情報をお知らせします。

　宿泊者　　：Lena HOFFMANN 様（1名）
　日程　　　：2026年4月6日（月）～5月31日（日）　55泊
　お部屋　　：スーペリアシングル（キッチン付き）
　カード番号：{_cc(6)}
　有効期限　：09/29
　名義　　　：LENA HOFFMANN

宿泊費は当社への請求書払いでお願いし、カードは保証のみとしてください。
ご確認のほど、よろしくお願いいたします。
""" + SIG_NGUYEN,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "赴任者本人のクレジットカード番号を本文でホテルへ: 理由2",
    },
    {
        "id": "nyukan-012",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業部 佐々木様 <sasaki.k@kitaguni-foods.co.jp>"],
        "subject": "4/10 新入社員歓迎会 お料理のご相談",
        "charset": "iso-2022-jp",
        "body": """\
北国フーズ株式会社
法人営業部 佐々木様

いつもお世話になっております。日の出産業 総務部の寺嶋です。

4月10日（金）の新入社員歓迎会（本社8階ホール、約90名）のケータリングについて
ご相談させてください。

今年は外国籍の新入社員が多く、そのうちムスリムの方が3名、
ベジタリアンの方が1名いらっしゃる見込みです。
ハラール対応のお料理を一部ご用意いただくことは可能でしょうか。
お料理の表示カード（日本語・英語）もあわせてお願いできると助かります。

ご予算は1名あたり4,500円（飲物別）で考えております。
お見積りとメニュー案をいただけましたら幸いです。
""" + SIG_TERASHIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "宗教への言及は人数のみで特定の個人に結びつかない。通常のケータリング相談",
    },
    {
        "id": "nyukan-013",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "cc": ["三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>"],
        "subject": "Re: 認定証明書交付申請（BAUTISTAさん）必要書類の件",
        "charset": "cp932",
        "body": """\
安曇先生

お世話になっております。高階です。
必要書類のリスト、ありがとうございました。

1点ご相談がございます。
BAUTISTA JOEL MENDOZA さん（フィリピン、機械設計職で内定）から、
2019年にマニラで交通事故を起こし、業務上過失傷害で罰金刑の有罪判決を
受けたことがあると申告がありました（NBIクリアランスにも記載あり）。

申請書の「犯罪を理由とする処分を受けたことの有無」欄は「有」として
記載すべきと理解していますが、審査への影響や、理由書での補足の要否について
ご見解をいただけますでしょうか。

よろしくお願いいたします。

高階

> 高階様
> 北浜国際法務事務所の安曇です。
> 認定証明書交付申請の必要書類をお送りします。
> 卒業証明書、職務経歴書、NBIクリアランスをご準備ください。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "内定者の犯罪歴(有罪判決)を名前付きで外部へ: 理由3",
    },
    {
        "id": "nyukan-014",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Ms. Pham Thu Trang <trang.pham@saigonprecision.com.vn>"],
        "subject": "Invitation letters for your technical team (March visit)",
        "charset": "utf-8",
        "body": """\
Dear Ms. Pham,

Thank you for confirming the members of your technical team for the line
installation at our Shiga plant (March 9-20).

Please find attached the list we will use for the invitation letters and the
letters of guarantee. Could you check the spelling and passport details against
each member's passport and let me know of any corrections by Friday?
The originals will be sent to you by EMS once everything is confirmed.

Kind regards,
""" + SIG_TAKASHINA,
        "attachments": [{
            "kind": "docx", "name": "Invitees_SaigonPrecision_March2026.docx",
            "title": "List of invitees",
            "paragraphs": ["LIST OF INVITEES (Short-term stay / business)",
                           "Inviting company: Hinode Sangyo Co., Ltd.",
                           "Purpose: installation and commissioning of press line No.4",
                           "Period of stay: 9 March 2026 - 20 March 2026"],
            "tables": [[
                ["No.", "Full name", "Sex", "Date of birth", "Passport No.", "Expiry",
                 "Position"],
                ["1", "NGUYEN DUC THANH", "M", "12/04/1981", "C3318204", "2031/07/15",
                 "Chief engineer"],
                ["2", "LE MINH QUAN", "M", "23/09/1987", "C5072941", "2032/02/03",
                 "Electrical engineer"],
                ["3", "PHAN THI NGOC ANH", "F", "05/01/1990", "C4409176", "2030/11/28",
                 "QA engineer"],
                ["4", "VO TAN PHAT", "M", "30/06/1992", "C6621058", "2033/05/10",
                 "Technician"],
                ["5", "HOANG VAN DUNG", "M", "17/08/1985", "C2980433", "2029/12/01",
                 "Technician"],
                ["6", "DANG THI MY LINH", "F", "11/11/1994", "C7155820", "2034/01/19",
                 "Interpreter"],
                ["7", "BUI QUOC HUY", "M", "02/02/1989", "C3864207", "2031/03/22",
                 "Technician"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "招へい予定者7名の旅券番号・生年月日の表(DOCX)を海外の取引先へ: 理由1・2",
    },
    {
        "id": "nyukan-015",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["協栄事業協同組合 指導員 石動様 <isurugi@kyoei-kanri.or.jp>"],
        "subject": "第3期 技能実習生 配属予定者一覧の送付",
        "charset": "iso-2022-jp",
        "body": """\
協栄事業協同組合
石動様

お世話になっております。日の出産業 滋賀工場の江波です。

5月入国予定の第3期技能実習生10名の配属先が決まりましたので、
一覧（PDF）をお送りします。入国後講習の修了後、5月26日からの配属を予定しています。

寮の部屋割りは別途ご連絡いたします。
よろしくお願いいたします。
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "pdf", "name": "第3期実習生_配属予定一覧.pdf",
            "title": "第3期 技能実習生 配属予定者一覧",
            "lines": ["第3期 技能実習生 配属予定者一覧", "日の出産業株式会社 滋賀工場 総務課",
                      "作成日：2026年2月10日", ""],
            "table": [
                ["No", "氏名", "性別", "生年月日", "出身", "配属", "職種"],
                ["1", "NGUYEN THI HOA", "女", "2003/02/14", "タイビン省", "第1製造課", "機械加工"],
                ["2", "TRAN VAN LONG", "男", "2002/07/30", "ゲアン省", "第1製造課", "機械加工"],
                ["3", "PHAM VAN TUAN", "男", "2004/01/08", "タインホア省", "第2製造課", "プレス"],
                ["4", "LE THI THUY", "女", "2001/12/21", "ハイズオン省", "第2製造課", "プレス"],
                ["5", "VU DUC MANH", "男", "2003/05/17", "ナムディン省", "第2製造課", "プレス"],
                ["6", "DO VAN KHOA", "男", "2002/10/02", "ハティン省", "第3製造課", "溶接"],
                ["7", "NGO THI HUONG", "女", "2004/03/26", "バクニン省", "検査課", "検査"],
                ["8", "BUI VAN HIEU", "男", "2001/08/11", "タイビン省", "第3製造課", "溶接"],
                ["9", "DINH THI MAI", "女", "2003/11/19", "フンイエン省", "検査課", "検査"],
                ["10", "TRINH VAN NAM", "男", "2002/04/05", "ゲアン省", "第1製造課", "機械加工"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "実習生10名の氏名・生年月日・出身地の一覧(PDF)を監理団体へ: 理由1",
    },
    {
        "id": "nyukan-016",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "Re: 【再送のお願い】一覧ファイルが開けません",
        "charset": "utf-8",
        "body": """\
小松原様

ご連絡ありがとうございます。三宅です。
ファイルが開けないとのこと、大変失礼いたしました。
保存し直したものを再送いたしますので、ご確認をお願いいたします。

三宅

-----Original Message-----
From: 小松原 千尋 <komatsubara@yamabuki-gyosei.jp>
Sent: Wednesday, February 11, 2026 5:42 PM
To: 三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>
Subject: 【再送のお願い】一覧ファイルが開けません

三宅様
昨日お送りいただいた一覧ファイルが破損しているようで開けません。
お手数ですが再送をお願いできますでしょうか。
""",
        "attachments": [{"kind": "corrupt", "name": "在留資格一覧_修正版.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "再送した添付XLSXが破損していて検査できない: 理由7",
    },
    {
        "id": "nyukan-017",
        "sender": "仲宗根 健 <nakasone.k@hinode-sangyo.co.jp>",
        "to": ["江波 奈央 <enami.nao@shiga.hinode-sangyo.jp>"],
        "subject": "日の出寮B棟 入居者連絡先（4月更新分）",
        "charset": "cp932",
        "body": """\
江波さん

お疲れさまです。総務部の仲宗根です。
寮の防災訓練の連絡網用に、B棟の入居者リストを更新しました。
4月から入る方も含めています。工場側で保管をお願いします。

部屋  氏名                      生年月日     携帯
----  ------------------------  -----------  -------------
B-03  NGUYEN THI HOA            2003/02/14   070-3418-2290
B-04  LE THI THUY               2001/12/21   070-3418-5517
B-07  ARIFIN RIZKY PRATAMA      1998/04/08   080-9921-0346
B-08  SETIAWAN BUDI             1997/06/29   080-2287-4410
B-11  TRAN VAN LONG             2002/07/30   070-1156-8803
B-12  PHAM VAN TUAN             2004/01/08   070-1156-9024

鍵の受け渡しは5月25日の予定です。
よろしくお願いします。

仲宗根
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "社内宛てのつもりが co. の抜けた hinode-sangyo.jp(自社のそっくりドメイン)宛て、6名の名簿付き: 理由5・1",
    },
    {
        "id": "nyukan-018",
        "sender": "Nguyen Thi Mai <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["wang.zihan0819@gmail.com", "dothilan.hn@yahoo.co.jp",
               "d.cohen.jp@outlook.jp", "priya.raman.k@icloud.com"],
        "subject": "入社前オリエンテーションのご案内 / Pre-joining orientation (March 19)",
        "charset": "utf-8",
        "body": """\
内定者のみなさま
Dear future colleagues,

日の出産業 人事部のグエンです。
入社前オリエンテーションを下記のとおり開催します。

日時：2026年3月19日（木）13:30～17:00
場所：本社 7階 第3会議室（東京都港区浜松町3-14-2 日の出ビル）
持ち物：在留カード、銀行口座のわかるもの、印鑑（お持ちの方）

Date: Thursday, 19 March, 13:30-17:00
Venue: Head office, 7F Meeting Room 3
Please bring your residence card and your bank account details.

出欠を3月6日までにこのメールへの返信でお知らせください。
Please reply to this e-mail by 6 March.
""" + SIG_NGUYEN,
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible",
                      "multiple_external_domains"],
        "note": "内定者4名の個人アドレスをToに並べて一斉送信(互いに見える): 理由4",
    },
    {
        "id": "nyukan-019",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>"],
        "subject": "帯同家族の情報（学校・保育園の手配用）",
        "charset": "iso-2022-jp",
        "body": """\
パシフィックブリッジ・リロケーション
杉本様

お世話になっております。日の出産業の三宅です。
4月・5月着任の3家族について、帯同家族の情報をお送りします。
学校・保育園探しのご参考にしてください（Excelから貼り付けています）。

赴任者	家族氏名	続柄	生年月日	学校・保育の希望
MEHTA Rahul	MEHTA Priya	妻	1988/10/02	（就労希望なし）
MEHTA Rahul	MEHTA Aarav	長男	2017/01/22	インターナショナルスクール G4
WISNIEWSKI Tomasz	WISNIEWSKA Anna	妻	1985/07/19	日本語教室
WISNIEWSKI Tomasz	WISNIEWSKA Zofia	長女	2014/12/01	インターナショナルスクール G6
WISNIEWSKI Tomasz	WISNIEWSKI Jan	長男	2022/03/15	保育園（0〜2歳クラス）
OKONKWO Chidi	OKONKWO Ngozi	妻	1990/05/08	（就労希望あり）
OKONKWO Chidi	OKONKWO Ada	長女	2020/08/30	保育園 or プリスクール

よろしくお願いいたします。
""" + SIG_MIYAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "帯同家族7名の氏名・生年月日のタブ区切り一覧をリロケーション会社へ: 理由1",
    },
    {
        "id": "nyukan-020",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["komatsubara@yamabuki-gyosei.jp"],
        "subject": "FW: 在留カード紛失について",
        "charset": "utf-8",
        "body": """\
小松原様

お世話になっております。三宅です。
社員から以下の相談が来ておりますので転送いたします。
再交付申請の手続きについてご指示いただけますでしょうか。

三宅

---------- Forwarded message ---------
From: Do Thi Lan <dothilan.hn@yahoo.co.jp>
Date: 2026年2月9日(月) 22:14
Subject: 在留カード紛失について
To: <miyake.ryo@hinode-sangyo.co.jp>

三宅さん

こんばんは。ドー ティ ランです。
きのう、電車の中で財布をなくして、在留カードもなくなりました。
赤羽警察署に遺失届を出しました（受理番号 第1182号）。

名前：DO THI LAN
生年月日：2001年6月3日
在留カード番号：TL50274418FE
電話：090-7732-4186

何をすればいいか教えてください。よろしくお願いします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "転送(FW)された社員のメールに在留カード番号。転送文は受信者にとって新しい内容: 理由2",
    },
]

# --------------------------------------------------------------------------- 021-040
MESSAGES += [
    {
        "id": "nyukan-021",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["人事部長 大曽根 <osone.t@hinode-sangyo.co.jp>"],
        "cc": ["給与チーム <kyuyo@hinode-sangyo.co.jp>",
               "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>"],
        "subject": "【社内】外国籍社員 在留資格・在留期限 管理台帳（2026年2月末時点）",
        "charset": "iso-2022-jp",
        "body": """\
大曽根部長

お疲れさまです。森下です。
2月末時点の在留資格管理台帳を更新しましたので共有します。
期限まで90日を切っている方は黄色、30日を切っている方は赤で塗っています。

滋賀工場分は江波さんにも確認いただいています。
行政書士法人への依頼状況は「依頼状況」シートをご覧ください。

森下
""",
        "attachments": [{
            "kind": "xlsx", "name": "在留資格管理台帳_202602末.xlsx",
            "sheets": {
                "台帳": [
                    ["外国籍社員 在留資格管理台帳（人事部）", "", "", "", "", "", ""],
                    ["社員番号", "氏名", "生年月日", "在留資格", "在留カード番号", "在留期限",
                     "所属"],
                    ["H10231", "NGUYEN VAN HUNG", "1994/03/17", "技術・人文知識・国際業務",
                     "RK73019246EA", "2026/05/31", "技術開発部"],
                    ["H10244", "TRAN THI THU HA", "1997/11/02", "技術・人文知識・国際業務",
                     "TB58240317HC", "2026/06/14", "海外営業部"],
                    ["H09987", "SHRESTHA BIKASH", "1991/07/25", "技術・人文知識・国際業務",
                     "NP20417739KD", "2026/04/30", "技術開発部"],
                    ["H09512", "LIU JIANING", "1989/01/09", "高度専門職1号ロ",
                     "EQ11875402AB", "2026/07/22", "生産技術部"],
                    ["H10388", "SANTOS MARIA CLARA REYES", "1993/09/30",
                     "技術・人文知識・国際業務", "PH90347128GM", "2026/06/01", "品質保証部"],
                    ["S20114", "ARIFIN RIZKY PRATAMA", "1998/04/08", "特定技能1号",
                     "ID37720584SL", "2026/04/18", "滋賀工場 第2製造課"],
                    ["S20121", "SETIAWAN BUDI", "1997/06/29", "特定技能1号",
                     "ID58830127KM", "2026/09/12", "滋賀工場 第1製造課"],
                ],
                "依頼状況": [
                    ["氏名", "依頼先", "依頼日", "状況"],
                    ["SHRESTHA BIKASH", "やまぶき行政書士法人", "2026/02/12", "書類送付済"],
                    ["ARIFIN RIZKY PRATAMA", "やまぶき行政書士法人", "2026/02/05",
                     "健診結果待ち"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "在留カード番号入りの台帳だが宛先はすべて社内(サブドメイン含む)",
    },
    {
        "id": "nyukan-022",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "Re: 5月・6月期限の方の必要書類について",
        "charset": "cp932",
        "body": """\
桐生先生

お世話になっております。森下です。
ご連絡ありがとうございます。承知いたしました。
各人の課税証明書・納税証明書は3月第2週までに回収してお送りします。

PARKさんは4月に大阪へ転勤予定のため、住居地の変更後に申請したほうが
よいか、別途ご相談させてください。

森下

> 森下様
>
> 5～6月に期限を迎える以下の方々について、追加でご準備いただきたい書類を
> まとめました。
>
> 氏名                生年月日      在留期限     追加書類
> NGUYEN VAN HUNG     1994/03/17    2026/05/31   住民税課税・納税証明書
> TRAN THI THU HA     1997/11/02    2026/06/14   同上＋転居予定先の賃貸借契約書
> SANTOS MARIA CLARA  1993/09/30    2026/06/01   同上
> PARK JIHOON         1990/12/12    2026/05/09   同上
> KIM SOYEON          2000/10/05    2026/06/20   同上＋卒業証明書（原本）
> DO THI LAN          2001/06/03    2026/06/28   同上
>
> やまぶき行政書士法人　桐生
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "6名の一覧は相手(行政書士)のメールを > で引用したもの。新たに書いた部分に個人データなし",
    },
    {
        "id": "nyukan-023",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "理由書の作成に必要な情報（KIMさん）",
        "charset": "utf-8",
        "body": """\
小松原様

お世話になっております。三宅です。
KIMさんの在留期間更新で、理由書に記載する情報をお送りします。

■申請人
　氏名　　　KIM SOYEON（キム ソヨン）
　生年月日　2000年10月5日
　住居地　　東京都新宿区百人町1-12-3 ハイム百人町803
　携帯　　　080-5521-9047
■学歴
　2023年3月　韓国・慶星大学 日本語日本文学科 卒業
　2025年3月　日本国内の大学院 修士課程（国際経営）修了
■職務内容
　海外営業部にて韓国・台湾向け電子部品の営業、契約書の翻訳、
　現地代理店との価格交渉および来日客のアテンド

不足がありましたらご指摘ください。
""" + SIG_MIYAKE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1名分の連絡先・生年月日(身分証番号・要配慮情報なし)を行政書士へ: 1～4名は通す(警告可)",
    },
    {
        "id": "nyukan-024",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Immigration offices near our sites (for the orientation pack)",
        "charset": "utf-8",
        "body": """\
Hi Sarah,

For the orientation pack, here are the immigration offices our people usually go to,
depending on where they live. Please double-check the opening hours before printing;
some branches changed them last year.

Office                                   Area covered            Phone          Hours
---------------------------------------  ----------------------  -------------  -----------
Tokyo Regional Immigration Services      Central Tokyo           03-5796-7112   9:00-16:00
  Bureau (Shinagawa)
Tachikawa Branch Office                  Tama area               042-528-7189   9:00-16:00
Yokohama District Immigration Office     Kanagawa                045-769-1720   9:00-16:00
Saitama Branch Office                    Saitama                 048-851-9671   9:00-16:00
Otsu Branch Office (Osaka Bureau)        Shiga                   077-511-4231   9:00-12:00,
                                                                                13:00-16:00

The Otsu office is the one for our Shiga plant staff (Konan City).

Thanks,
Shunsuke
""" + SIG_TAKASHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "入管の官署(事業所)の一覧で、人の一覧ではない",
    },
    {
        "id": "nyukan-025",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "cc": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>",
               "高階 俊介 <takashina.s@hinode-sangyo.co.jp>"],
        "subject": "【日程調整】4月赴任者の受入れに関する三者打合せ",
        "charset": "iso-2022-jp",
        "body": """\
やまぶき行政書士法人 桐生先生
パシフィックブリッジ・リロケーション 杉本様

いつもお世話になっております。日の出産業の森下です。

4月に着任予定の赴任者3家族について、在留資格認定証明書の進捗と
住居・学校手配のスケジュールをすり合わせたく、三者での打合せをお願いできればと存じます。

候補日（いずれも60分、オンライン）
　①2月24日（火）10:00～
　②2月25日（水）15:00～
　③2月27日（金）13:00～

ご都合のよい日程を返信でお知らせください。
Teamsの招待は確定後にお送りいたします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "外部2組織(行政書士とリロケーション会社)をTo/Ccに入れた通常の三者打合せ調整",
    },
    {
        "id": "nyukan-026",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["WANG ZIHAN <wang.zihan0819@gmail.com>"],
        "subject": "入社手続きのご案内（ご準備いただく書類）",
        "charset": "cp932",
        "body": """\
ワン ズーハン 様

日の出産業 人事部の高階です。
在留資格変更の申請は行政書士の先生に依頼済みです。結果が出るまで、
今の在留カードのまま大学に通っていただいて問題ありません。

入社手続きのため、以下を3月13日までにご準備ください。

　1. 在留カードの写し（表・裏）
　2. パスポートの写し（顔写真のページ）
　3. 卒業証明書（発行され次第）
　4. 給与振込口座の届出書（添付の様式は入社日に配布します）
　5. 扶養控除等申告書

ご不明な点があれば、お気軽にご連絡ください。
入社を心よりお待ちしています。

高階 俊介
日の出産業株式会社 人事部
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "内定者本人1名のフリーメール宛ての手続き案内。身分証番号などは含まない",
    },
    {
        "id": "nyukan-027",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Anand Krishnan <anand.krishnan@vistarasoft.in>"],
        "subject": "Re: Timeline for the Certificate of Eligibility - Bengaluru team",
        "charset": "utf-8",
        "body": """\
Hi Anand,

Thanks for your patience. Our administrative scrivener filed the COE applications on
6 February. The Immigration Services Agency currently quotes 1 to 3 months, so please
plan the flights for late April at the earliest. Once the COEs are issued we will send
them electronically and your team can apply for visas at the Consulate in Bengaluru.

Two reminders:
- Each engineer should keep the offer letter and the COE together when travelling.
- Residence cards are issued at Narita/Haneda on arrival; the address has to be
  registered at the city office within 14 days of moving in.

I'll keep you posted.

Best,
Shunsuke
""" + SIG_TAKASHINA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "海外取引先への英文の進捗連絡。末尾は定型の免責文(confidential)のみ",
    },
    {
        "id": "nyukan-028",
        "sender": "鬼塚 恵 <onizuka.m@hinode-sangyo.co.jp>",
        "to": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>"],
        "cc": ["三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """\
パシフィックブリッジ・リロケーション株式会社
杉本様

お世話になっております。日の出産業 法務部の鬼塚です。

リロケーション業務委託契約の締結に先立ち、当社ひな形による
秘密保持契約書（案）をお送りいたします。
赴任者とご家族の個人情報をお預けすることになりますので、第4条（個人情報の取扱い）を
追加しております。修正のご希望がございましたら、変更履歴付きでお戻しください。

よろしくお願いいたします。
""" + SIG_ONIZUKA,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書（案）_日の出産業_PBR.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）とパシフィックブリッジ・リロケーション株式会社"
                "（以下「乙」という。）は、甲の従業員の赴任支援業務に関し、次のとおり契約を締結する。",
                "第1条（機密情報の定義）本契約において機密情報とは、甲が乙に開示する技術上・営業上の"
                "情報であって、開示の際に秘密である旨を明示したものをいう。",
                "第2条（秘密保持）乙は、機密情報を善良な管理者の注意をもって管理し、第三者に開示しない。",
                "第3条（目的外使用の禁止）乙は、機密情報を本業務の目的以外に使用しない。",
                "第4条（個人情報の取扱い）乙は、甲から預託された個人情報を個人情報保護法その他の法令に"
                "従って取り扱い、業務終了後は速やかに返還または廃棄する。",
                "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約書の案文(機密情報・個人情報は条文中の語)。文書への機密表示ではない",
    },
    {
        "id": "nyukan-029",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "subject": "Re: 【お見積り】在留諸申請業務",
        "charset": "cp932",
        "body": """\
安曇先生

お見積りをお送りいただきありがとうございました。
社内で比較検討するため、いただいた内容を下記のとおり整理しました。
認識違いがないかご確認いただけますでしょうか。

申請種別                        報酬（税別）  収入印紙  備考
------------------------------  ------------  --------  -------------------
在留資格認定証明書交付申請        88,000円       -      オンライン申請可
在留資格変更許可申請              80,000円    4,000円
在留期間更新許可申請              45,000円    4,000円   10件以上で40,000円
家族滞在（同時申請1名あたり）      30,000円    4,000円
就労資格証明書交付申請            30,000円    1,200円

交通費は東京23区内は無料、滋賀工場への出張は実費精算との理解です。

よろしくお願いいたします。
森下
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "報酬額の表(価格表)で個人データなし",
    },
    {
        "id": "nyukan-030",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "2/26 東京出入国在留管理局への同行者について",
        "charset": "utf-8",
        "body": """\
小松原様

お世話になっております。日の出産業のグエンです。
2月26日の在留カード受領に同行する者と本人の連絡先をお知らせします。
当日、品川駅港南口に9時集合でお願いいたします。

・TRAN THI THU HA（本人）　携帯 070-4418-3325
・NGUYEN VAN HUNG（本人）　携帯 080-3092-7716
・グエン ティ マイ（人事・通訳）　携帯 090-2281-6604

遅れる場合は上記にお電話ください。
よろしくお願いいたします。
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "3名の携帯番号のみ(4名以下)。集合連絡として通す(警告可)",
    },
    {
        "id": "nyukan-031",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["人事部 全員 <jinji-all@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】2026年度 外国人材受入れ計画（経営会議提出版）",
        "charset": "iso-2022-jp",
        "body": """\
人事部各位

お疲れさまです。人事企画課の藤枝です。
経営会議に提出した受入れ計画の最終版を共有します。
社外秘資料のため、社外への転送・持ち出しはしないでください。
登録支援機関との打合せでは、別途作成する社外向け版を使います。

藤枝
""",
        "attachments": [{
            "kind": "pptx", "name": "2026年度_外国人材受入れ計画_経営会議版.pptx",
            "title": "【社外秘】2026年度 外国人材受入れ計画",
            "page_footer": "社外秘",
            "slides": [
                ["【社外秘】2026年度 外国人材受入れ計画", "経営会議 2026年2月16日"],
                ["人数計画（確定）", "特定技能 新規 16名", "技人国 新卒 6名／中途 3名"],
                ["費用", "支援委託費・渡航費・住居初期費用 合計 4,120万円"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘表示の資料だが宛先は社内のみ",
    },
    {
        "id": "nyukan-032",
        "sender": "柳瀬 透 <yanase.t@hinode-sangyo.co.jp>",
        "to": ["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
        "cc": ["森下 彩 <morishita.aya@hinode-sangyo.co.jp>"],
        "subject": "4月入社 外国籍社員 個人番号の登録用データ",
        "charset": "utf-8",
        "body": """\
給与チーム各位

経理部の柳瀬です。
4月入社の外国籍社員の個人番号を、人事から受領した確認書類と照合済みです。
給与システムへの登録をお願いします。登録後、このメールは削除してください。
""",
        "attachments": [{
            "kind": "csv", "name": "mynumber_202604_foreign.csv", "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名", "生年月日", "個人番号", "本人確認書類"],
                ["H10501", "WANG ZIHAN", "2002-08-19", _mn(7), "在留カード"],
                ["H10502", "DO THI LAN", "2001-06-03", _mn(8), "在留カード"],
                ["H10503", "COHEN DANIEL", "1996-12-28", _mn(9), "在留カード"],
                ["H10504", "RAMAN PRIYA", "1999-03-11", _mn(10), "在留カード"],
                ["H10505", "KIM SOYEON", "2000-10-05", _mn(11), "在留カード"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "個人番号入りCSVだが宛先はすべて社内",
    },
    {
        "id": "nyukan-033",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "旅券原本の返送について（追跡番号のお知らせ）",
        "charset": "iso-2022-jp",
        "body": """\
小松原様

お世話になっております。三宅です。
ご確認のためにお預かりしていた旅券原本2冊と、申請取次の委任状を
本日レターパックプラスで返送いたしました。

　追跡番号：3461-2287-0935
　到着予定：2月19日（木）

お受け取りになりましたら、念のためご一報いただけますと助かります。
よろしくお願いいたします。
""" + SIG_MIYAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "追跡番号の連絡のみで個人データなし",
    },
    {
        "id": "nyukan-034",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "個人情報の取扱いに関する同意書（ひな形）",
        "charset": "cp932",
        "body": """\
有村様

お世話になっております。滋賀工場の江波です。
先日の打合せで話題になりました、特定技能外国人から取得する
「個人情報の取扱いに関する同意書」のひな形をお送りします。
やさしい日本語版とインドネシア語版は現在翻訳中です。

内容についてご意見があればお知らせください。
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "docx", "name": "個人情報の取扱いに関する同意書_ひな形.docx",
            "paragraphs": [
                "個人情報の取扱いに関する同意書",
                "日の出産業株式会社 御中",
                "私は、貴社が私の個人情報を、以下の目的の範囲内で取り扱うことに同意します。",
                "1. 在留資格に関する申請・届出",
                "2. 登録支援機関による支援の実施",
                "3. 社会保険・労働保険の手続き",
                "",
                "署名：＿＿＿＿＿＿＿＿＿＿　日付：＿＿＿＿年＿＿月＿＿日",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「個人情報」は書式の名前として出てくるだけ。空欄の同意書ひな形",
    },
    {
        "id": "nyukan-035",
        "sender": "柳瀬 透 <yanase.t@hinode-sangyo.co.jp>",
        "to": ["やまぶき行政書士法人 経理担当 <keiri@yamabuki-gyosei.jp>"],
        "subject": "請求書 YG-2026-0412 のお支払いについて",
        "charset": "utf-8",
        "body": f"""\
やまぶき行政書士法人
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の柳瀬でございます。

下記請求書につきまして、2月27日にお振込みいたします。

　請求書番号：YG-2026-0412
　請求金額　：396,000円（税込）
　適格請求書発行事業者登録番号：T{YAMABUKI_CORP}

なお、当社の法人番号（{HINODE_CORP}）の記載が請求書の宛名欄に漏れておりましたので、
次回以降ご記載いただけますと幸いです。

よろしくお願いいたします。

日の出産業株式会社 経理部 柳瀬 透
TEL 03-5402-7630
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "請求書番号と法人番号・登録番号のみ。人の個人データなし",
    },
    {
        "id": "nyukan-036",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["Priya Mehta <priya.m.design@gmail.com>"],
        "subject": "International schools near Musashi-Kosugi",
        "charset": "utf-8",
        "body": """\
Dear Priya,

Following our call, here are the international schools within 40 minutes of the
apartments you are considering in Musashi-Kosugi. All of them accept mid-year
applications for Grade 4, but waiting lists vary.

- Greenhill International School (Setagaya)   Tel 03-6411-2780   IB PYP, school bus
- Tamagawa Bilingual Academy (Kawasaki)       Tel 044-712-5503   small classes
- Bayside International School (Yokohama)     Tel 045-662-9148   British curriculum
- Kohoku Global Kids Academy (Yokohama)       Tel 045-534-7201   up to Grade 6

Pacific Bridge Relocation can arrange school visits on 4 and 5 April.

Best regards,
Ryo Miyake
Global Talent Group, HR, Hinode Sangyo
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "学校(事業所)の一覧を赴任者の配偶者1名のフリーメールへ",
    },
    {
        "id": "nyukan-037",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>"],
        "bcc": ["wang.zihan0819@gmail.com", "dothilan.hn@yahoo.co.jp",
                "d.cohen.jp@outlook.jp", "priya.raman.k@icloud.com",
                "kimsoyeon1005@naver.com", "rahul.mehta.pune@gmail.com",
                "t.wisniewski83@outlook.com", "lena.hoffmann@posteo.de"],
        "subject": "【ご案内】住民登録と在留カードの住居地届出について / Registering your address",
        "charset": "utf-8",
        "body": """\
新しく入社・着任されるみなさま（BCCで送信しています）

日の出産業 人事部のグエンです。
日本に住所を定めてから14日以内に、お住まいの市区町村役所で住居地の届出が必要です。
在留カードを必ず持って行ってください。届出が終わると、カードの裏面に住所が記載されます。

Within 14 days of moving into your new home, please register your address at your
city/ward office, bringing your residence card. The address will be written on the
back of the card.

届出が終わったら、住民票の写し（マイナンバーの記載がないもの）を人事部へ提出してください。
Please then submit a copy of your residence certificate (without My Number) to HR.
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "個人アドレスは Bcc で互いに見えない。案内文のみ",
    },
    {
        "id": "nyukan-038",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["石動様 <isurugi@kyoei-kanri.or.jp>"],
        "subject": "RE: 第3期実習生の入国日確定のお知らせ",
        "charset": "iso-2022-jp",
        "body": """\
石動様

ご連絡ありがとうございます。江波です。
5月12日の関西空港着、承知いたしました。
当日は工場のマイクロバスでお迎えにあがります。到着ロビーでの待ち合わせ場所を
後ほどお知らせいただけますでしょうか。

江波

-----Original Message-----
From: 石動 <isurugi@kyoei-kanri.or.jp>
Sent: Thursday, February 12, 2026 11:08 AM
To: enami.nao@shiga.hinode-sangyo.co.jp
Subject: 第3期実習生の入国日確定のお知らせ

日の出産業 江波様

協栄事業協同組合の石動です。
第3期実習生の入国日が5月12日（火）に確定しました。便名はVN320（ハノイ発）です。

NGUYEN THI HOA   2003/02/14  旅券 C8820413
TRAN VAN LONG    2002/07/30  旅券 C9014527
PHAM VAN TUAN    2004/01/08  旅券 C8736690
LE THI THUY      2001/12/21  旅券 C9102284
VU DUC MANH      2003/05/17  旅券 C8958117
（以下5名は別便で5月14日入国）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "旅券番号入りの名簿は相手のメールの引用(Original Message 以下)で、新しい文に個人データなし",
    },
    {
        "id": "nyukan-039",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Ms. Pham Thu Trang <trang.pham@saigonprecision.com.vn>"],
        "subject": "Re: Corrections to the invitee list",
        "charset": "utf-8",
        "body": """\
Dear Ms. Pham,

Thank you - we have corrected both spellings and the letters of invitation will go
out by EMS tomorrow. I will send you the tracking number as soon as I have it.

Best regards,
Shunsuke

On Mon, 16 Feb 2026 at 10:21, Pham Thu Trang <trang.pham@saigonprecision.com.vn> wrote:
> Dear Mr. Takashina,
>
> Two corrections to the list:
> No.3 PHAN THI NGOC ANH, date of birth 05/01/1990, passport C4409176 -> name should be
>      "PHAN THI NGOC ANH" (no change) but passport expiry is 2030/11/29
> No.6 DANG THI MY LINH, born 11/11/1994, passport C7155820 -> please write
>      "DANG THI MY LINH" without the hyphen
>
> All other details are correct.
> Best regards,
> Trang
""" + SIG_TAKASHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "旅券番号は相手のメールの引用(On ... wrote: / >)のみ。新しい文に個人データなし",
    },
    {
        "id": "nyukan-040",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["朝日ケ丘市 市民課 <shimin@city.asahigaoka.lg.jp>"],
        "subject": "外国籍社員の転入届に関するお問い合わせ",
        "charset": "iso-2022-jp",
        "body": """\
朝日ケ丘市役所 市民課 御中

突然のご連絡失礼いたします。
日の出産業株式会社 総務部の寺嶋と申します。

4月に当社の外国籍社員とそのご家族（計9名程度）が市内の社宅へ転入する予定です。
転入届の手続きについて、以下を教えていただけますでしょうか。

1. 会社の担当者が同行・通訳することは可能か
2. 土曜開庁日に手続きができるか
3. 同時に国民健康保険ではなく社会保険加入となる旨の説明は必要か

お忙しいところ恐れ入りますが、ご回答いただけますと幸いです。
""" + SIG_TERASHIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "市役所(lg.jp)への一般的な手続きの問合せで個人データなし",
    },
]

# --------------------------------------------------------------------------- 041-060
MESSAGES += [
    {
        "id": "nyukan-041",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["石動様 <isurugi@kyoei-kanri.or.jp>"],
        "cc": ["協栄事業協同組合 事務局 <jimu@kyoei-kanri.or.jp>"],
        "subject": "監査前資料：第2期実習生 受入れ状況報告",
        "charset": "iso-2022-jp",
        "body": """\
石動様

お世話になっております。滋賀工場の江波です。
来週の定期監査に先立ち、第2期実習生の受入れ状況報告をお送りします。
3枚目に各実習生の連絡先と日本語の習得状況をまとめています。

当日はよろしくお願いいたします。
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "pptx", "name": "第2期実習生_受入れ状況報告_202602.pptx",
            "slides": [
                ["第2期 技能実習生 受入れ状況報告", "日の出産業株式会社 滋賀工場", "2026年2月"],
                ["概況", "在籍 6名（2号）", "失踪・途中帰国 なし", "時間外労働 月平均 12.5時間"],
                ["実習生一覧（連絡先・日本語）",
                 "SETIAWAN BUDI　1997/06/29　080-2287-4410　N3合格",
                 "WIJAYA DEWI LESTARI　1999/09/14　080-2287-4452　N4合格",
                 "NUGROHO AGUS　1996/02/03　080-2287-4476　N4受験予定",
                 "SARI PUTRI AYU　2000/12/25　080-2287-4501　N3合格",
                 "HIDAYAT RUDI　1998/07/07　080-2287-4523　N4合格",
                 "KURNIAWAN EKO　1997/04/19　080-2287-4548　N5"],
                ["今後の予定", "3号移行希望 3名", "特定技能への移行希望 2名"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTXのスライドに実習生6名の生年月日・携帯番号: 理由1",
    },
    {
        "id": "nyukan-042",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "subject": "在職証明書・雇用理由書の送付（BAUTISTAさん）",
        "charset": "cp932",
        "body": """\
安曇先生

お世話になっております。高階です。
BAUTISTAさんの認定証明書交付申請用に、在職証明書（フィリピンの前職分）の
スキャンデータをお送りします。ご本人から届いたPDFをそのまま添付しております。

雇用理由書は明日お送りします。
よろしくお願いいたします。

高階
""",
        "attachments": [{"kind": "corrupt", "name": "Certificate_of_Employment_BAUTISTA.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付PDFが壊れていて検査できない: 理由7",
    },
    {
        "id": "nyukan-043",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["グリーンリース 法人営業 村雨様 <murasame@green-lease.co.jp>"],
        "subject": "社有車 運転者追加登録のお願い（2名）",
        "charset": "iso-2022-jp",
        "body": """\
株式会社グリーンリース
村雨様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
外国免許からの切替えが完了した社員2名を、社有車（品川 300 そ 41-27）の
運転者として追加登録いただきたく、ご連絡いたしました。

①氏名：LIU JIANING（リュウ ジャニン）
　生年月日：1989年1月9日
　運転免許証番号：3031 1982 4407
　免許の色：ブルー　有効期限：2029年02月09日

②氏名：COHEN DANIEL（コーエン ダニエル）
　生年月日：1996年12月28日
　運転免許証番号：3026 2117 9850
　免許の色：グリーン　有効期限：2029年01月28日

任意保険の運転者範囲の変更もあわせてお願いいたします。
""" + SIG_TERASHIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "社員2名の運転免許証番号をリース会社へ: 理由2(人数に関係なく止める)",
    },
    {
        "id": "nyukan-044",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["東都ハウジング 法人社宅課 <shataku@toto-housing.co.jp>"],
        "subject": "社宅手配のお願い（4月入社 8名分）",
        "charset": "utf-8",
        "body": """\
東都ハウジング株式会社
法人社宅課 ご担当者様

いつもお世話になっております。日の出産業 人事部のグエンです。
4月入社の外国籍社員8名分の社宅手配をお願いいたします。
入居希望日・連絡先をCSVにまとめましたので、内見日程の調整はご本人と直接
お願いできますでしょうか（日本語で連絡可の方は「日本語」欄に○）。

家賃上限は単身 85,000円、世帯 130,000円です。
""" + SIG_NGUYEN,
        "attachments": [{
            "kind": "csv", "name": "shataku_202604.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "メール", "携帯", "入居希望日", "世帯", "日本語", "希望エリア"],
                ["WANG ZIHAN", "wang.zihan0819@gmail.com", "080-7714-2036", "2026-03-28",
                 "単身", "○", "池袋・赤羽"],
                ["DO THI LAN", "dothilan.hn@yahoo.co.jp", "090-7732-4186", "2026-03-25",
                 "単身", "○", "赤羽"],
                ["COHEN DANIEL", "d.cohen.jp@outlook.jp", "070-2209-6681", "2026-03-30",
                 "単身", "", "日吉・綱島"],
                ["RAMAN PRIYA", "priya.raman.k@icloud.com", "080-1147-5390", "2026-03-29",
                 "単身", "○", "大島・住吉"],
                ["KIM SOYEON", "kimsoyeon1005@naver.com", "080-5521-9047", "2026-03-27",
                 "単身", "○", "新大久保"],
                ["MEHTA RAHUL", "rahul.mehta.pune@gmail.com", "+91 98201 44735",
                 "2026-04-04", "世帯(3)", "", "武蔵小杉"],
                ["WISNIEWSKI TOMASZ", "t.wisniewski83@outlook.com", "+48 601 552 870",
                 "2026-04-11", "世帯(4)", "", "二子玉川"],
                ["HOFFMANN LENA", "lena.hoffmann@posteo.de", "080-6613-2958", "2026-06-01",
                 "単身", "", "三田・田町"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8名のメール・携帯の一覧(UTF-8 CSV)を不動産会社へ: 理由1",
    },
    {
        "id": "nyukan-045",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["Anna Wisniewska <anna.wisniewska85@icloud.com>"],
        "cc": ["Tomasz Wisniewski <wisniewski.t@hinode-sangyo.co.jp>"],
        "subject": "Japanese class registration confirmed / 日本語教室の登録完了",
        "charset": "utf-8",
        "body": """\
Dear Anna,

Your registration for the company-sponsored Japanese class is confirmed.

  Name:      Anna Wisniewska
  Class:     Beginner A1 (Tuesday & Thursday, 10:00-11:30)
  Start:     21 April 2026
  Place:     Kotoba Gakuin, Futako-Tamagawa school (5 min from the station)
  Your contact number on file: 080-4127-6630

The school will e-mail you the textbook list next week. If the number above is not
correct, please let me know.

Best regards,
Mai
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "本人1名の登録確認を本人のフリーメールへ(配偶者=社員は社内Cc)。1名分なので通す",
    },
    {
        "id": "nyukan-046",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際引越センター 田鍋様 <tanabe@aoba-unnyu.co.jp>"],
        "subject": "海外赴任者の引越し（搬入）日程のご連絡",
        "charset": "cp932",
        "body": """\
青葉運輸株式会社
国際引越センター 田鍋様

いつもお世話になっております。日の出産業の三宅です。
ポーランドから着任する社員の船便荷物の搬入先と日程が決まりましたので
ご連絡いたします。

　赴任者　：WISNIEWSKI Tomasz 様（ご家族4名）
　搬入先　：東京都世田谷区玉川3-41-8 パークコート玉川 1204号室
　搬入日　：4月18日（土）午前
　当日連絡先：080-4127-6629（ご本人）

通関書類の件は、別途ご本人から直接ご連絡があるかと思います。
よろしくお願いいたします。
""" + SIG_MIYAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "提携先 aoba-unyu.co.jp に n を1文字足した aoba-unnyu.co.jp 宛て: 理由5",
    },
    {
        "id": "nyukan-047",
        "sender": "鬼塚 恵 <onizuka.m@hinode-sangyo.co.jp>",
        "to": ["白川 達彦 先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["大曽根 <osone.t@hinode-sangyo.co.jp>"],
        "subject": "有期契約の外国籍社員の更新方針についてご相談",
        "charset": "iso-2022-jp",
        "body": """\
白川先生

いつもお世話になっております。法務部の鬼塚です。
先日ご相談した件、社内検討資料をお送りします。
在留資格への影響（契約終了後の在留期間、転職時の届出）も含めて、
雇止めの手続き上の留意点をご教示いただけますと幸いです。

資料は表紙のとおりの扱いのものですので、取扱いにはご留意ください。
""" + SIG_ONIZUKA,
        "attachments": [{
            "kind": "docx", "name": "有期契約更新方針_検討資料.docx",
            "title": "極秘 有期契約更新方針",
            "page_header": "極秘",
            "paragraphs": [
                "【極秘】有期契約社員（外国籍）の契約更新方針について（検討資料）",
                "1. 背景：2026年度の生産計画見直しにより、滋賀工場の一部ラインを縮小する。",
                "2. 方針：契約満了をもって更新しない候補者を下表のとおりとする（未確定）。",
                "3. 論点：更新期待の合理性、在留資格「特定技能」の支援計画との関係。",
            ],
            "tables": [[
                ["氏名", "在留資格", "契約満了日", "更新回数"],
                ["NUGROHO AGUS", "技能実習2号", "2026/07/31", "2"],
                ["HIDAYAT RUDI", "技能実習2号", "2026/07/31", "2"],
                ["KURNIAWAN EKO", "技能実習2号", "2026/08/31", "1"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "「極秘」表示の社内検討資料(DOCX)を外部の法律事務所へ: 理由6(人名3名の記録は単独なら通る範囲)",
    },
    {
        "id": "nyukan-048",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "LIUさんのご両親の短期滞在（出産・育児の手伝い）について",
        "charset": "utf-8",
        "body": """\
桐生先生

いつもお世話になっております。森下です。
高度専門職のLIU JIANINGさんから相談を受けましたので、ご助言をお願いいたします。

奥様のCHEN YUTINGさん（家族滞在）が現在妊娠30週で、切迫早産のため
2月5日から川崎市内の病院に入院されています。
出産は4月上旬の予定で、退院後の育児の手伝いのため、中国からご両親を
呼び寄せたいとのことです。

高度専門職の「親の帯同」の要件（世帯年収800万円以上、7歳未満の子の養育など）に
該当するか、また短期滞在で先に入国していただく方がよいか、ご意見を伺えますでしょうか。

医師の診断書の写しはご本人からお預かりしております。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の社員の配偶者の入院・切迫早産(病歴・診療情報)を名前付きで外部へ: 理由3",
    },
    {
        "id": "nyukan-049",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Airport pick-up & temporary housing - second wave (May)",
        "charset": "utf-8",
        "body": """\
Hi Sarah,

Here are the five people arriving in May. Please book the airport pick-ups and the
serviced apartments; passport numbers are for the landlord's foreign resident
register (they asked for them last time).

Name:      Chidi OKONKWO
DOB:       1987-11-23
Passport:  A09371582 (Nigeria)
Mobile:    +234 803 551 7204
E-mail:    chidi.okonkwo@yahoo.com
Arrival:   8 May, HND, EK312

Name:      Ngozi OKONKWO
DOB:       1990-05-08
Passport:  A10244709 (Nigeria)
Mobile:    +234 806 290 4417
E-mail:    ngozi.okonkwo90@gmail.com
Arrival:   8 May, HND, EK312

Name:      Ada OKONKWO (child)
DOB:       2020-08-30
Passport:  A11980321 (Nigeria)
Arrival:   8 May, HND, EK312

Name:      Mateus ALVES PEREIRA
DOB:       1991-02-17
Passport:  GH482119 (Brazil)
Mobile:    +55 11 98422-6130
E-mail:    mateus.apereira@gmail.com
Arrival:   15 May, NRT, QR806

Name:      Hannah SCHULTE
DOB:       1994-06-02
Passport:  C4LMN72P1 (Germany)
Mobile:    +49 1523 7741093
E-mail:    hannah.schulte@web.de
Arrival:   22 May, HND, LH714

Thanks!
Shunsuke
""" + SIG_TAKASHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER",
                     "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5名分のブロック(生年月日・旅券番号・携帯・メール)をリロケーション会社へ: 理由1・2",
    },
    {
        "id": "nyukan-050",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>"],
        "subject": "サービスアパートメント デポジットの決済について",
        "charset": "iso-2022-jp",
        "body": f"""\
杉本様

お世話になっております。高階です。
MEHTA様ご一家のサービスアパートメント（武蔵小杉）のデポジットについて、
先方が法人カードでの決済のみとのことですので、当社のコーポレートカード情報を
お知らせいたします。決済後、カード情報は破棄いただけますようお願いいたします。

　カード番号：{_cc(18, "-")}
　有効期限　：11/28
　名義　　　：HINODE SANGYO CO LTD / S TAKASHINA
　決済金額　：360,000円（家賃2か月分相当）

領収書は人事部宛てでお願いいたします。
""" + SIG_TAKASHINA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "コーポレートカードのカード番号を本文で外部へ: 理由2(カード番号は誰のものでも止める)",
    },
    {
        "id": "nyukan-051",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["ひかり寮管理 湖南営業所 <konan@hikari-ryokan-kanri.co.jp>"],
        "subject": "FW: 第3期実習生の入国日確定のお知らせ",
        "charset": "iso-2022-jp",
        "body": """\
ひかり寮管理 湖南営業所 御中

お世話になっております。日の出産業 滋賀工場の江波です。
入寮予定者について、監理団体からの連絡を転送します。
布団・家電のセットを5月12日までにA棟2階の5室にご用意ください。

----- Forwarded Message -----
From: 石動 <isurugi@kyoei-kanri.or.jp>
Sent: Thursday, February 12, 2026 11:08 AM
To: enami.nao@shiga.hinode-sangyo.co.jp
Subject: 第3期実習生の入国日確定のお知らせ

日の出産業 江波様

協栄事業協同組合の石動です。
第3期実習生の入国日が5月12日（火）に確定しました。便名はVN320（ハノイ発）です。

NGUYEN THI HOA   2003/02/14  旅券 C8820413  携帯（現地）+84 912 440 318
TRAN VAN LONG    2002/07/30  旅券 C9014527  携帯（現地）+84 988 107 265
PHAM VAN TUAN    2004/01/08  旅券 C8736690  携帯（現地）+84 976 332 840
LE THI THUY      2001/12/21  旅券 C9102284  携帯（現地）+84 903 218 557
VU DUC MANH      2003/05/17  旅券 C8958117  携帯（現地）+84 934 671 092
""" + SIG_ENAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "監理団体のメール(5名の旅券番号・生年月日)を寮管理会社へ転送。転送は新しい内容: 理由1・2",
    },
    {
        "id": "nyukan-052",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "cc": ["橘 先生 <tachibana@tachibana-sr.jp>"],
        "subject": "家族滞在の同時申請対象者と扶養状況（社労士の先生にも共有）",
        "charset": "utf-8",
        "body": """\
桐生先生
（cc：たちばな社労士事務所 橘先生）

お世話になっております。森下です。
在留期間更新と同時に家族滞在の更新を行う方の一覧です。
健康保険の被扶養者の状況と突き合わせたいので、橘先生にも共有しております。

シート「社員」「家族」に分けています。ご確認をお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "家族滞在_同時申請一覧.xlsx",
            "sheets": {
                "社員": [
                    ["家族滞在 同時申請対象 社員一覧", "", "", "", ""],
                    ["氏名", "生年月日", "在留カード番号", "在留期限", "住居地"],
                    ["LIU JIANING", "1989/01/09", "EQ11875402AB", "2026/07/22",
                     "神奈川県川崎市中原区新丸子東2-915-6"],
                    ["PARK JIHOON", "1990/12/12", "KR66102395ZJ", "2026/05/09",
                     "東京都新宿区大久保2-31-8-602"],
                ],
                "家族": [
                    ["家族氏名", "続柄", "生年月日", "在留カード番号", "被扶養者"],
                    ["CHEN YUTING", "LIUの妻", "1991/04/30", "EQ20938157CD", "○"],
                    ["LIU XINYI", "LIUの長女", "2021/09/12", "EQ31102784EF", "○"],
                    ["LEE MINJI", "PARKの妻", "1992/08/08", "KR72208516GH", "×（就労中）"],
                    ["PARK SEOJUN", "PARKの長男", "2019/03/03", "KR80012395JK", "○"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "社員と家族計6名の在留カード番号入りXLSX(複数シート)を行政書士と社労士へ: 理由1・2",
    },
    {
        "id": "nyukan-053",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "特定技能 定期届出用 健康診断結果一覧",
        "charset": "cp932",
        "body": """\
有村様

お世話になっております。江波です。
定期届出の添付資料として、特定技能の方々の健康診断結果を一覧にしました。
所見ありの方については、産業医面談の日程もあわせて記載しています。

ご確認のほどよろしくお願いいたします。
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "xlsx", "name": "特定技能_健診結果一覧_2026.xlsx",
            "sheets": {
                "健診結果": [
                    ["2026年1月 定期健康診断 結果一覧（特定技能）"],
                    ["氏名", "生年月日", "総合判定", "所見", "産業医面談"],
                    ["ARIFIN RIZKY PRATAMA", "1998/04/08", "D（要精密）",
                     "胸部X線 陳旧性結核疑い／高血圧", "2026/03/10"],
                    ["SETIAWAN BUDI", "1997/06/29", "A", "", ""],
                    ["WIJAYA DEWI LESTARI", "1999/09/14", "C（要経過観察）", "貧血（Hb 10.2）",
                     "2026/03/10"],
                    ["SARI PUTRI AYU", "2000/12/25", "B", "軽度脂質異常", ""],
                    ["RAHMAN FAISAL", "1995/10/30", "D（要治療）", "2型糖尿病（HbA1c 8.1）",
                     "2026/03/12"],
                    ["PUTRA DIMAS", "1999/01/16", "C（要経過観察）", "肝機能（ALT 68）", ""],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "6名の健診結果・所見(要配慮個人情報)の一覧XLSXを登録支援機関へ: 理由1・3",
    },
    {
        "id": "nyukan-054",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Anand Krishnan <anand.krishnan@vistarasoft.in>"],
        "subject": "Re: COE for Karthik SUBRAMANIAN (Passport No. V4418270)",
        "charset": "utf-8",
        "body": """\
Hi Anand,

Good news: the Certificate of Eligibility for Karthik has been issued.

  Name:            SUBRAMANIAN KARTHIK
  Date of birth:   14 July 1993
  Passport No.:    V4418270
  COE No.:         E-2026-0318-44
  Status:          Engineer/Specialist in Humanities/International Services

The electronic COE is attached to a separate mail to Karthik. He can apply for his visa
at the Consulate-General in Bengaluru from Monday.

Best,
Shunsuke

> Hi Shunsuke, any update on Karthik's COE? He is ready to book flights.
> Anand
""" + SIG_TAKASHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "件名と本文に1名の旅券番号: 理由2",
    },
    {
        "id": "nyukan-055",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Lease documents for the Mehta family (password to follow)",
        "charset": "utf-8",
        "body": """\
Dear Sarah,

Please find attached the signed company lease application and the employment
certificate for Mr. Mehta, which the landlord requested.
As per our company rules, the file is a password-protected ZIP; the password will
follow in a separate e-mail.

Kind regards,
Ryo Miyake
Global Talent Group, HR
Hinode Sangyo Co., Ltd.
""" + "\n" + DISC_EN,
        "attachments": [{
            "kind": "zip", "name": "Mehta_lease_docs.zip", "password": "pbr-0404-Mk",
            "files": [
                {"kind": "pdf", "name": "Employment_Certificate_Mehta.pdf",
                 "lines": ["Certificate of Employment", "Name: Rahul MEHTA",
                           "Date of birth: 14 May 1986", "Position: Senior Engineer"]},
                {"kind": "docx", "name": "Lease_application.docx",
                 "paragraphs": ["Company lease application", "Tenant: Hinode Sangyo Co., Ltd.",
                                "Occupants: Rahul, Priya and Aarav MEHTA"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIPを外部へ(英文PPAP): 理由7",
    },
    {
        "id": "nyukan-056",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "Re: 認定証明書（家族滞在）申請予定者のご確認",
        "charset": "iso-2022-jp",
        "body": """\
小松原様

お世話になっております。森下です。
ご依頼の件、呼び寄せ予定のご家族の情報を以下にまとめました。

■MEHTA Rahul さんのご家族
　MEHTA Priya　　　妻　　1988年10月2日生　インド
　MEHTA Aarav　　　長男　2017年1月22日生　インド
■WISNIEWSKI Tomasz さんのご家族
　WISNIEWSKA Anna　妻　　1985年7月19日生　ポーランド
　WISNIEWSKA Zofia　長女　2014年12月1日生　ポーランド
　WISNIEWSKI Jan　　長男　2022年3月15日生　ポーランド

各人の旅券の写しは、ご本人から届き次第お送りいたします。

森下

> 森下様
> やまぶき行政書士法人の小松原です。
> 家族滞在の認定証明書を申請するご家族の氏名・続柄・生年月日・国籍を
> お知らせいただけますでしょうか。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "返信の新しい文に家族5名の氏名・生年月日の一覧(引用部分は質問のみ): 理由1",
    },
    {
        "id": "nyukan-057",
        "sender": "久能 浩之 <kuno.h@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 日下部様 <kusakabe@tsubasa-systems.jp>"],
        "subject": "在留期限アラート機能の追加改修について",
        "charset": "cp932",
        "body": """\
株式会社ツバサシステム
開発部 日下部様

いつもお世話になっております。日の出産業 情報システム部の久能です。

人事システムの在留期限アラート機能について、人事部から以下の追加要望が出ています。
お見積りをいただけますでしょうか。

1. 期限の120日前・90日前・30日前にメール通知（現状は60日前のみ）
2. 通知先に本人の上長を追加
3. 行政書士法人への依頼状況（依頼日・申請日・結果）の入力欄追加

テスト環境にはダミーデータのみを使用する前提でお願いいたします。

久能 浩之
日の出産業株式会社 情報システム部
TEL 03-5402-7680
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "提携先 tsubasa-system.jp に s を足した tsubasa-systems.jp 宛て: 理由5",
    },
    {
        "id": "nyukan-058",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Anand Krishnan <anand.krishnan@vistarasoft.in>"],
        "subject": "Our visa sponsorship policy for seconded engineers",
        "charset": "utf-8",
        "body": """\
Classification: INTERNAL ONLY - Hinode Sangyo HR

Hi Anand,

Ahead of our contract renewal talks, here is a summary of how we currently handle visa
sponsorship for engineers seconded from Vistara:

1. We sponsor the COE only for secondments of 12 months or longer.
2. Application fees and scrivener fees are borne by Hinode; flights by Vistara.
3. Family members are sponsored (Dependent status) only for secondments over 24 months.
4. Our internal budget ceiling for 2026 is JPY 6.5 million for 14 engineers.

Please treat point 4 carefully - it has not been shared with the other vendors.

Best,
Shunsuke
""" + SIG_TAKASHINA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "本文冒頭に分類表示「INTERNAL ONLY」のある英文メールを社外へ: 理由6",
    },
    {
        "id": "nyukan-059",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "認定証明書 申請予定者（インドネシア 7名）",
        "charset": "utf-8",
        "body": """\
有村様

お世話になっております。人事企画課の藤枝です。
現地面接で内定した7名の情報を、現地送出機関から受領したとおり貼り付けます。
事前ガイダンスの日程調整のため、ご本人へ直接メールいただいて構いません。

氏名,性別,生年月日,最終学歴,メール
ANGGRAENI SITI NURHALIZA,女,2001-03-22,SMK Negeri 2 Bekasi,siti.anggraeni01@gmail.com
PRASETYO BAYU,男,1999-11-05,SMK Negeri 1 Cikarang,bayu.prasetyo99@gmail.com
LESTARI INDAH PERMATA,女,2002-06-14,SMK Mekanika Bandung,indahlestari.p@yahoo.com
SAPUTRA RIZAL,男,2000-01-30,SMK Negeri 5 Surabaya,rizal.saputra30@gmail.com
WIBOWO ARIF,男,1998-09-09,D3 Politeknik Bandung,arifwibowo.d3@gmail.com
HANDAYANI RINA,女,2001-12-02,SMK Negeri 3 Semarang,rinahandayani12@yahoo.co.id
FIRMANSYAH DENI,男,1999-04-18,SMK Negeri 1 Karawang,deni.firmansyah@gmail.com

よろしくお願いいたします。
""" + SIG_FUJIEDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "7名の生年月日・メールのカンマ区切り一覧を本文で登録支援機関へ: 理由1",
    },
    {
        "id": "nyukan-060",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["明和クリニック 健診センター <kenshin@meiwa-clinic.or.jp>"],
        "subject": "雇入時健康診断の予約（1名）",
        "charset": "iso-2022-jp",
        "body": """\
医療法人明和会 明和クリニック
健診センター ご担当者様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
4月入社の社員1名の雇入時健康診断を予約したく、ご連絡いたしました。

　受診者　　　：COHEN DANIEL（コーエン ダニエル）様
　生年月日　　：1996年12月28日
　被保険者証　：記号 7102438　番号 215
　希望日　　　：3月24日（火）午前
　コース　　　：雇入時健診（英語での問診票をご用意ください）

請求は従来どおり当社宛てでお願いいたします。
""" + SIG_TERASHIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "1名の健康保険証の記号・番号をクリニックへ: 理由2",
    },
]

# --------------------------------------------------------------------------- 061-080
MESSAGES += [
    {
        "id": "nyukan-061",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "在留カード再交付申請のお願い（盗難）",
        "charset": "cp932",
        "body": """\
小松原様

お世話になっております。日の出産業の三宅です。
急ぎのご相談です。

当社社員の RAMAN PRIYA さんが、2月14日夜、自宅近く（江東区大島）で
ひったくりに遭い、負傷はなかったものの、在留カードとパスポートの入ったバッグを
奪われました。城東警察署に被害届を提出済みで、受理番号も控えています。

　氏名　　　　　：RAMAN PRIYA
　生年月日　　　：1999年3月11日
　在留カード番号：LK29104837TM（盗難）
　在留期限　　　：2027年3月31日

在留カードの再交付申請を代理でお願いできますでしょうか。
ご本人はかなり動揺しているため、入管への出頭は最小限にしていただけると助かります。
旅券の再発給は大使館で手続き中です。
""" + SIG_MIYAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "犯罪被害(ひったくり)の事実と在留カード番号を名前付きで外部へ: 理由2・3",
    },
    {
        "id": "nyukan-062",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "住居地変更の届出について（特定技能 5名）",
        "charset": "iso-2022-jp",
        "body": """\
桐生先生

お世話になっております。滋賀工場の江波です。
寮の建替えに伴い、特定技能の5名が3月に新しい寮へ移ります。
本社総務からの連絡メールを添付しますので、住居地の届出と
所属機関の届出の要否についてご確認いただけますでしょうか。
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "eml", "name": "新寮への転居者一覧（総務部より）.eml",
            "message": {
                "sender": "仲宗根 健 <nakasone.k@hinode-sangyo.co.jp>",
                "to": ["江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>"],
                "subject": "新寮（日の出第二寮）への転居者一覧",
                "charset": "iso-2022-jp",
                "body": """\
江波さん

新寮への転居者一覧です。住所は3月7日から有効です。

氏名 / 新住所 / 携帯
SETIAWAN BUDI / 滋賀県湖南市平松北1-22-5 日の出第二寮101 / 080-2287-4410
WIJAYA DEWI LESTARI / 滋賀県湖南市平松北1-22-5 日の出第二寮102 / 080-2287-4452
SARI PUTRI AYU / 滋賀県湖南市平松北1-22-5 日の出第二寮103 / 080-2287-4501
RAHMAN FAISAL / 滋賀県湖南市平松北1-22-5 日の出第二寮201 / 080-2287-4566
PUTRA DIMAS / 滋賀県湖南市平松北1-22-5 日の出第二寮202 / 080-2287-4590

仲宗根
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "添付メール(.eml)に5名の住所・携帯の一覧: 理由1",
    },
    {
        "id": "nyukan-063",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["isurugi@kyoei-kanri.or.jp", "arimura@mirai-works-shien.co.jp",
               "kyomu@kotoba-gakuin.ac.jp"],
        "cc": ["kiryu@yamabuki-gyosei.jp"],
        "subject": "3/18 外国人材受入れ関係者連絡会のご案内",
        "charset": "iso-2022-jp",
        "body": """\
関係各位

いつもお世話になっております。日の出産業 人事企画課の藤枝です。

当社の外国人材受入れにご協力いただいている皆様にお集まりいただき、
2026年度の受入れ計画と支援体制についてご説明する連絡会を開催いたします。

　日時：2026年3月18日（水）14:00〜16:00
　場所：日の出産業 本社 8階 大会議室（オンライン併用）
　議題：受入れ計画／日本語教育／在留諸申請のスケジュール／意見交換

ご出席の可否を3月6日までにご返信ください。
""" + SIG_FUJIEDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "外部4組織(監理団体・登録支援機関・日本語学校・行政書士)がTo/Ccで互いに見える: 理由4",
    },
    {
        "id": "nyukan-064",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 浜松町支店 法人営業 <hamamatsucho@midori-glnko.co.jp>"],
        "subject": "新入社員の給与振込口座開設（出張受付）のお願い",
        "charset": "utf-8",
        "body": """\
みどり銀行 浜松町支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 人事部のグエンです。
4月入社の外国籍社員の口座開設について、昨年同様、本社での出張受付をお願いできればと
存じます。まず先行して3名分の情報をお送りします。

・DO THI LAN　　　2001年6月3日生　東京都北区赤羽西1-40-2-301
・COHEN DANIEL　　1996年12月28日生　神奈川県横浜市港北区日吉本町2-18-9
・KIM SOYEON　　　2000年10月5日生　東京都新宿区百人町1-12-3-803

在留期間が6か月以上残っている方のみ対象としております。
""" + SIG_NGUYEN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "提携先 midori-ginko.co.jp の i を l にした midori-glnko.co.jp 宛て: 理由5",
    },
    {
        "id": "nyukan-065",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Updated relocation policy (2026) for your reference",
        "charset": "utf-8",
        "body": """\
Hi Sarah,

Attached is the updated global mobility / relocation policy that applies from April.
The main changes are in housing allowances (section 4) and the school fee cap
(section 6). Please brief your consultants accordingly.

Thanks,
Shunsuke
""" + SIG_TAKASHINA,
        "attachments": [{
            "kind": "pdf", "name": "Hinode_Relocation_Policy_2026.pdf",
            "title": "Relocation Policy 2026",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "page_footer": "Confidential / Do not distribute",
            "lines": ["HINODE SANGYO - GLOBAL MOBILITY & RELOCATION POLICY (2026)",
                      "1. Scope: inbound assignees and new hires from overseas",
                      "2. Immigration: COE and visa costs borne by the company",
                      "3. Travel: economy class; business class for flights over 9 hours",
                      "4. Housing allowance: single JPY 180,000 / family JPY 320,000 per month",
                      "5. Home search: up to 2 days with relocation consultant",
                      "6. School fees: up to JPY 2,800,000 per child per year",
                      "7. Repatriation: on termination of assignment"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "ページヘッダに CONFIDENTIAL 表示のある方針PDFを外部へ: 理由6",
    },
    {
        "id": "nyukan-066",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["橘 先生 <tachibana@tachibana-sr.jp>"],
        "subject": "被扶養者異動届（PARKさん 配偶者の追加）",
        "charset": "cp932",
        "body": f"""\
橘先生

お世話になっております。森下です。
PARK JIHOONさんの奥様が3月末で退職され、4月1日から健康保険の被扶養者に
追加となりますので、被扶養者（異動）届の作成をお願いいたします。

　被扶養者氏名：LEE MINJI（イ ミンジ）
　続柄　　　　：妻
　生年月日　　：1992年8月8日
　個人番号　　：{_mn(12, " ")}
　収入見込み　：年額 0円（退職後、就労予定なし）
　在留資格　　：家族滞在へ変更申請中

退職証明書の写しは郵送いたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "社員の配偶者1名のマイナンバーを社労士へ: 理由2",
    },
    {
        "id": "nyukan-067",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "下期（8月～1月）在留期限到来者のご連絡",
        "charset": "iso-2022-jp",
        "body": f"""\
桐生先生

お世話になっております。三宅です。
少し先になりますが、下期に在留期限を迎える9名をお知らせします。
人事システムの画面からコピーしたため、全角になっております。

氏名　　　　　　　　　　　生年月日　　　　　在留資格　　　　　期限
ーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーー
ＳＥＴＩＡＷＡＮ　ＢＵＤＩ　　　　{_fw("1997-06-29")}　　特定技能１号　　　{_fw("2026-09-12")}
ＣＯＨＥＮ　ＤＡＮＩＥＬ　　　　　{_fw("1996-12-28")}　　技人国　　　　　　{_fw("2026-08-31")}
ＲＡＭＡＮ　ＰＲＩＹＡ　　　　　　{_fw("1999-03-11")}　　技人国　　　　　　{_fw("2027-01-15")}
ＷＩＪＡＹＡ　ＤＥＷＩ　　　　　　{_fw("1999-09-14")}　　特定技能１号　　　{_fw("2026-10-04")}
ＳＡＲＩ　ＰＵＴＲＩ　ＡＹＵ　　　{_fw("2000-12-25")}　　特定技能１号　　　{_fw("2026-10-04")}
ＲＡＨＭＡＮ　ＦＡＩＳＡＬ　　　　{_fw("1995-10-30")}　　特定技能１号　　　{_fw("2026-11-20")}
ＰＵＴＲＡ　ＤＩＭＡＳ　　　　　　{_fw("1999-01-16")}　　特定技能１号　　　{_fw("2026-11-20")}
ＨＯＦＦＭＡＮＮ　ＬＥＮＡ　　　　{_fw("1992-09-27")}　　高度専門職１号ロ　{_fw("2027-01-05")}
ＯＫＯＮＫＷＯ　ＣＨＩＤＩ　　　　{_fw("1987-11-23")}　　技人国　　　　　　{_fw("2026-12-18")}

スケジュール感だけ共有させてください。書類のご依頼は6月頃にさせていただきます。
""" + SIG_MIYAKE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "全角で桁揃えした9名の生年月日・在留資格・期限の一覧を行政書士へ: 理由1",
    },
    {
        "id": "nyukan-068",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["橘 先生 <tachibana@tachibana-sr.jp>"],
        "subject": "帰国した元社員の脱退一時金請求の代理について",
        "charset": "utf-8",
        "body": """\
橘先生

お世話になっております。森下です。
1月末で退職し帰国したTRAN THI THU HAさんから、脱退一時金の請求手続きを
手伝ってほしいと依頼がありました。代理請求をお願いできますでしょうか。
ご本人から受け取った情報は以下のとおりです。

　氏名　　　　：TRAN THI THU HA
　生年月日　　：1997年11月2日
　基礎年金番号：4407-218635
　旅券番号　　：C6042719
　帰国日　　　：2026年2月3日
　受取口座　　：みどり銀行 浜松町支店 普通 4418207（口座名義 チヤン テイ トウ ハー）
　※ 口座は解約せずに残しているとのことです。

委任状と旅券の写しはご本人から郵送で届く予定です。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_PASSPORT",
                     "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "元社員1名の基礎年金番号・旅券番号・口座を社労士へ: 理由2",
    },
    {
        "id": "nyukan-069",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "subject": "中途採用5名 認定証明書申請の基礎資料（ZIP）",
        "charset": "iso-2022-jp",
        "body": """\
安曇先生

お世話になっております。高階です。
海外から採用する中途5名分の基礎資料をZIPにまとめました。
一覧表（CSV）と、各人の職務内容説明書（Word）が入っています。

ご確認のうえ、追加で必要な情報があればお知らせください。

高階
""",
        "attachments": [{
            "kind": "zip", "name": "COE_中途5名_基礎資料.zip",
            "files": [
                {"kind": "csv", "name": "applicants.csv", "encoding": "cp932",
                 "rows": [
                     ["氏名", "国籍", "生年月日", "現住所（日本の連絡先）", "電話", "職種"],
                     ["BAUTISTA JOEL MENDOZA", "フィリピン", "1990-08-14",
                      "（海外在住）", "+63 917 224 8810", "機械設計"],
                     ["SUBRAMANIAN KARTHIK", "インド", "1993-07-14",
                      "（海外在住）", "+91 99001 36728", "組込みソフト"],
                     ["ALVES PEREIRA MATEUS", "ブラジル", "1991-02-17",
                      "東京都港区三田2-7-19 三田ハウス402（知人宅）", "070-5519-2284",
                      "生産技術"],
                     ["SCHULTE HANNAH", "ドイツ", "1994-06-02", "（海外在住）",
                      "+49 1523 7741093", "品質管理"],
                     ["OKONKWO CHIDI", "ナイジェリア", "1987-11-23", "（海外在住）",
                      "+234 803 551 7204", "設備保全"],
                 ]},
                {"kind": "docx", "name": "職務内容説明書_5名.docx",
                 "paragraphs": ["職務内容説明書", "BAUTISTA JOEL MENDOZA：プレス金型の3D設計",
                                "SUBRAMANIAN KARTHIK：制御基板のファームウェア開発",
                                "ALVES PEREIRA MATEUS：ライン設計・改善",
                                "SCHULTE HANNAH：品質マネジメント（IATF16949）",
                                "OKONKWO CHIDI：設備の予防保全計画"]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP(暗号化なし)内のCSVに5名の生年月日・電話の一覧: 理由1",
    },
    {
        "id": "nyukan-070",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "休職中の社員の在留期間更新について（ご相談）",
        "charset": "iso-2022-jp",
        "body": """\
桐生先生

いつもお世話になっております。森下です。
在留期間更新を控えているNGUYEN VAN HUNGさんの件でご相談です。

ご本人は昨年11月から、うつ病（適応障害を併発）の診断で休職しており、
主治医の意見では復職は早くても5月以降の見込みです。休職期間中は
傷病手当金を受給しています。

在留期限（5月31日）までに復職できない場合でも更新は可能でしょうか。
また、理由書や診断書の提出が必要になるか、ご教示いただけますと幸いです。

ご本人の了解を得たうえでご相談しております。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員の病名(うつ病)・休職を名前付きで外部へ(本人同意ありでも要配慮): 理由3",
    },
    {
        "id": "nyukan-071",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["青葉運輸 湖南営業所 <konan@aoba-unyu.co.jp>"],
        "subject": "寮移転に伴う荷物搬送の依頼（入居者一覧）",
        "charset": "cp932",
        "body": """\
青葉運輸株式会社 湖南営業所 御中

お世話になっております。日の出産業 滋賀工場の江波です。
寮移転（日の出寮B棟 → 日の出第二寮）の荷物搬送について、
入居者ごとの部屋番号と当日の連絡先を添付の表にまとめました。
各部屋の荷物は段ボール10箱程度＋自転車です。

作業日：3月7日（土）8:30～
""" + SIG_ENAMI,
        "attachments": [{
            "kind": "xls", "name": "寮移転_入居者一覧.xls",
            "sheets": {
                "移転一覧": [
                    ["旧部屋", "新部屋", "氏名", "携帯", "自転車"],
                    ["B-07", "第二寮103", "ARIFIN RIZKY PRATAMA", "080-9921-0346", "有"],
                    ["B-08", "第二寮101", "SETIAWAN BUDI", "080-2287-4410", "有"],
                    ["B-09", "第二寮102", "WIJAYA DEWI LESTARI", "080-2287-4452", "無"],
                    ["B-10", "第二寮104", "SARI PUTRI AYU", "080-2287-4501", "有"],
                    ["B-14", "第二寮201", "RAHMAN FAISAL", "080-2287-4566", "有"],
                    ["B-15", "第二寮202", "PUTRA DIMAS", "080-2287-4590", "無"],
                    ["B-16", "第二寮203", "HIDAYAT RUDI", "080-2287-4523", "有"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "7名の氏名・携帯番号の一覧(旧形式XLS)を運送会社へ: 理由1",
    },
    {
        "id": "nyukan-072",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["Admissions Office <admissions@greenhill-intl.ac.jp>"],
        "subject": "Mid-year application - Aarav Mehta (Grade 4), learning support",
        "charset": "utf-8",
        "body": """\
Dear Admissions Team,

I am writing on behalf of our employee, Mr. Rahul Mehta, who will relocate to Tokyo
in April with his family. His son would like to apply for a mid-year place in Grade 4.

  Student:        Aarav MEHTA
  Date of birth:  22 January 2017
  Current school: Orchid International School, Pune (Grade 3)

Aarav was diagnosed with autism spectrum disorder (ASD) and ADHD in 2022 and currently
receives one-to-one learning support for about five hours a week. The family would
like to know whether your Learning Support department could provide a similar level
of support, and whether an assessment visit can be arranged on 4 or 5 April.

The medical report and the current IEP can be provided on request.

Kind regards,
Ryo Miyake
Global Talent Group, HR
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "赴任者の子の発達障害の診断(要配慮)を名前・生年月日付きで学校へ: 理由3",
    },
    {
        "id": "nyukan-073",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["グローバル保証 審査課 <shinsa@global-hosho.co.jp>"],
        "subject": "家賃保証 審査申込書の送付（SUBRAMANIAN様）",
        "charset": "utf-8",
        "body": """\
グローバル保証株式会社
審査課 ご担当者様

お世話になっております。日の出産業 人事部のグエンです。
5月入社予定の社員の家賃保証審査について、申込書をPDFでお送りします。
在留カードは入国時の交付となるため、現時点では旅券番号のみの記載です。
入国後に在留カード番号をお知らせいたします。
""" + SIG_NGUYEN,
        "attachments": [{
            "kind": "pdf", "name": "家賃保証申込書_SUBRAMANIAN.pdf",
            "title": "家賃保証 審査申込書",
            "lines": ["家賃保証 審査申込書（外国籍の方用）",
                      "申込者氏名：SUBRAMANIAN KARTHIK",
                      "生年月日：1993年7月14日　国籍：インド",
                      "旅券番号：V4418270（有効期限 2033年6月30日）",
                      "在留資格（予定）：技術・人文知識・国際業務",
                      "入居予定物件：東京都品川区東大井5-21-3 レジデンス大井町 705",
                      "連絡先：+91 99001 36728 / karthik.s.blr@gmail.com",
                      "勤務先：日の出産業株式会社（年収 5,400,000円）",
                      "緊急連絡先：日の出産業 人事部 03-5402-7719"],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS",
                     "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDFの申込書に1名の旅券番号(と入居予定の住所・連絡先): 理由2",
    },
    {
        "id": "nyukan-074",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Anand Krishnan <anand.krishnan@vistarasoft.in>"],
        "cc": ["Meera Iyer <meera.iyer@vistarasoft.in>"],
        "subject": "Second batch - data for COE applications, please verify",
        "charset": "utf-8",
        "body": """\
Hi Anand, hi Meera,

Before our scrivener files the second batch, could you verify the data below against
the passports? Our scrivener needs exact matches.

| # | Surname      | Given name   | DOB        | Passport  | Expiry     | Role              |
|---|--------------|--------------|------------|-----------|------------|-------------------|
| 1 | NAIR         | ARJUN        | 1992-04-18 | U7730142  | 2032-05-02 | Embedded engineer |
| 2 | REDDY        | SAI PRANEETH | 1995-09-26 | W1187205  | 2034-01-10 | Test engineer     |
| 3 | CHATTERJEE   | ANUSHKA      | 1994-01-07 | T5529083  | 2031-08-19 | Firmware engineer |
| 4 | PATIL        | ROHAN        | 1990-12-03 | S8841370  | 2030-03-27 | Tech lead         |
| 5 | FERNANDES    | CLEO         | 1996-06-21 | V2096648  | 2033-11-14 | QA analyst        |
| 6 | BHATT        | KUNAL        | 1993-03-15 | U4471925  | 2032-09-30 | Embedded engineer |

Thanks a lot,
Shunsuke
""" + SIG_TAKASHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "6名の旅券番号・生年月日の表(パイプ区切り)を海外取引先へ: 理由1・2",
    },
    {
        "id": "nyukan-075",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["BAUTISTA JOEL <joel.bautista.m@gmail.com>"],
        "subject": "雇用条件書 / Terms of Employment (password-protected)",
        "charset": "utf-8",
        "body": """\
Dear Joel,

Please find attached your Terms of Employment (Japanese/English), which we need for
your Certificate of Eligibility application. The PDF is password-protected; the password
is your date of birth in the format YYYYMMDD.

Please sign, scan and return it by 27 February.

ジョエルさん
雇用条件書を添付します。パスワードは生年月日（YYYYMMDD）です。

Best regards,
Shunsuke Takashina
Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "pdf", "name": "雇用条件書_BAUTISTA.pdf", "password": "19900814",
            "lines": ["雇用条件書 / Terms of Employment", "氏名 Name: BAUTISTA JOEL MENDOZA",
                      "職種 Position: 機械設計 Mechanical design engineer",
                      "月給 Monthly salary: 320,000円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "unscannable_attachment"],
        "note": "パスワード保護されたPDFを内定者のフリーメールへ。検査できない: 理由7",
    },
    {
        "id": "nyukan-076",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["桐生 雅人 先生 <kiryu@yamabuki-gyosei.jp>"],
        "subject": "日本人と同等以上の報酬の疎明資料（賃金テーブル）",
        "charset": "iso-2022-jp",
        "body": """\
桐生先生

お世話になっております。三宅です。
特定技能の申請で求められている「日本人と同等以上の報酬」の説明資料として、
当社の技能職の賃金テーブルをお送りします。
資料のとおり部外秘扱いのものですので、申請書類以外へのご利用はお控えください。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "xlsx", "name": "技能職_賃金テーブル_2026.xlsx",
            "title": "部外秘 技能職 賃金テーブル",
            "page_header": "部外秘",
            "sheets": {
                "賃金テーブル": [
                    ["【部外秘】技能職 賃金テーブル（2026年4月改定）"],
                    ["等級", "基本給 下限", "基本給 上限", "職能手当", "想定年収"],
                    ["G1", 198000, 215000, 5000, 3150000],
                    ["G2", 212000, 236000, 10000, 3480000],
                    ["G3", 231000, 262000, 15000, 3860000],
                    ["G4", 255000, 290000, 20000, 4270000],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "「部外秘」表示の賃金テーブル(XLSX)を外部へ: 理由6",
    },
    {
        "id": "nyukan-077",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["国際ことば学院 教務課 <kyomu@kotoba-gakuin.ac.jp>"],
        "subject": "入社前日本語研修 受講者名簿（7名）",
        "charset": "utf-8",
        "body": """\
国際ことば学院 教務課 御中

お世話になっております。日の出産業 人事企画課の藤枝です。
入社前日本語研修（3月2日開講）の受講者名簿をお送りします。
レベル分けテストのご案内は、各自のメールアドレスへ直接お送りください。

氏名 / 生年月日 / メール / 日本語レベル（自己申告）
WANG ZIHAN / 2002-08-19 / wang.zihan0819@gmail.com / N2
DO THI LAN / 2001-06-03 / dothilan.hn@yahoo.co.jp / N2
COHEN DANIEL / 1996-12-28 / d.cohen.jp@outlook.jp / N4
RAMAN PRIYA / 1999-03-11 / priya.raman.k@icloud.com / N3
KIM SOYEON / 2000-10-05 / kimsoyeon1005@naver.com / N1
SUBRAMANIAN KARTHIK / 1993-07-14 / karthik.s.blr@gmail.com / N5
ALVES PEREIRA MATEUS / 1991-02-17 / mateus.apereira@gmail.com / N5
""" + SIG_FUJIEDA,
        "html": """\
<html><body>
<p>国際ことば学院 教務課 御中</p>
<p>お世話になっております。日の出産業 人事企画課の藤枝です。<br>
入社前日本語研修（3月2日開講）の受講者名簿をお送りします。<br>
レベル分けテストのご案内は、各自のメールアドレスへ直接お送りください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>氏名</th><th>生年月日</th><th>メール</th><th>日本語レベル</th></tr>
<tr><td>WANG ZIHAN</td><td>2002-08-19</td><td>wang.zihan0819@gmail.com</td><td>N2</td></tr>
<tr><td>DO THI LAN</td><td>2001-06-03</td><td>dothilan.hn@yahoo.co.jp</td><td>N2</td></tr>
<tr><td>COHEN DANIEL</td><td>1996-12-28</td><td>d.cohen.jp@outlook.jp</td><td>N4</td></tr>
<tr><td>RAMAN PRIYA</td><td>1999-03-11</td><td>priya.raman.k@icloud.com</td><td>N3</td></tr>
<tr><td>KIM SOYEON</td><td>2000-10-05</td><td>kimsoyeon1005@naver.com</td><td>N1</td></tr>
<tr><td>SUBRAMANIAN KARTHIK</td><td>1993-07-14</td><td>karthik.s.blr@gmail.com</td><td>N5</td></tr>
<tr><td>ALVES PEREIRA MATEUS</td><td>1991-02-17</td><td>mateus.apereira@gmail.com</td><td>N5</td></tr>
</table>
<p>人事部 人事企画課 藤枝 真理子<br>TEL：03-5402-7701</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "テキスト+HTML表で7名の生年月日・メールの名簿を日本語学校へ: 理由1",
    },
    {
        "id": "nyukan-078",
        "sender": "柳瀬 透 <yanase.t@hinode-sangyo.co.jp>",
        "to": ["奥田税理士事務所 奥田先生 <okuda@okuda-tax.jp>"],
        "subject": "年末調整 国外居住親族に係る扶養控除の確認資料",
        "charset": "cp932",
        "body": """\
奥田先生

お世話になっております。日の出産業 経理部の柳瀬です。
国外居住親族を扶養控除の対象としている外国籍社員について、
送金関係書類・親族関係書類の確認をお願いしたく、一覧をお送りします。
社員の個人番号は源泉徴収票作成用に記載しております。
""",
        "attachments": [{
            "kind": "xlsx", "name": "国外居住親族_扶養控除_確認一覧.xlsx",
            "sheets": {
                "社員": [
                    ["国外居住親族に係る扶養控除 確認一覧（2025年分）"],
                    ["社員番号", "氏名", "生年月日", "個人番号", "扶養親族数", "送金額合計"],
                    ["H10231", "NGUYEN VAN HUNG", "1994/03/17", _mn(13), 2, "1,080,000"],
                    ["H09987", "SHRESTHA BIKASH", "1991/07/25", _mn(14), 3, "1,440,000"],
                    ["H10388", "SANTOS MARIA CLARA REYES", "1993/09/30", _mn(15), 2,
                     "960,000"],
                    ["S20114", "ARIFIN RIZKY PRATAMA", "1998/04/08", _mn(16), 2, "720,000"],
                    ["S20121", "SETIAWAN BUDI", "1997/06/29", _mn(17), 1, "600,000"],
                ],
                "親族": [
                    ["社員番号", "親族氏名", "続柄", "生年月日", "居住国"],
                    ["H10231", "NGUYEN VAN BINH", "父", "1962/05/01", "ベトナム"],
                    ["H10231", "PHAM THI LOAN", "母", "1965/09/18", "ベトナム"],
                    ["H09987", "SHRESTHA RAM BAHADUR", "父", "1958/02/11", "ネパール"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "5名の個人番号と親族の生年月日の一覧(XLSX)を税理士へ: 理由1・2",
    },
    {
        "id": "nyukan-079",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>"],
        "cc": ["青葉運輸 国際引越センター 田鍋様 <tanabe@aoba-unyu.co.jp>"],
        "subject": "5月着任者の引越し・入居サポートの役割分担について",
        "charset": "iso-2022-jp",
        "body": """\
パシフィックブリッジ・リロケーション 杉本様
青葉運輸 国際引越センター 田鍋様

いつもお世話になっております。日の出産業の三宅です。

5月に着任する2家族について、船便の通関・搬入は青葉運輸様、
住居の契約・入居立会い・生活オリエンテーションはパシフィックブリッジ様に
お願いする形で進めたいと考えております。

搬入日と入居立会いの日程は、お二方で直接調整いただいて構いません。
ご本人の連絡先は、個別にそれぞれお送りいたします。

よろしくお願いいたします。
""" + SIG_MIYAKE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "外部2組織(リロケーション会社と運送会社)のTo/Cc。個人データなし",
    },
    {
        "id": "nyukan-080",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 社員食堂運営課 <shokudo@kitaguni-foods.co.jp>"],
        "subject": "社員食堂 個別対応食の対象者リスト（4月～）",
        "charset": "iso-2022-jp",
        "body": """\
北国フーズ株式会社
社員食堂運営課 御中

いつもお世話になっております。日の出産業 総務部の寺嶋です。
4月から本社食堂で個別対応食をお願いする社員のリストをお送りします。
IDカードをレジでかざした際に表示できるよう、登録をお願いいたします。
""" + SIG_TERASHIMA,
        "attachments": [{
            "kind": "xlsx", "name": "個別対応食_対象者.xlsx",
            "sheets": {
                "対象者": [
                    ["社員番号", "氏名", "対応内容", "理由"],
                    ["H10388", "SANTOS MARIA CLARA REYES", "金曜は肉類なし（四旬節期間）",
                     "宗教（カトリック）"],
                    ["H10512", "KHAN AYESHA", "ハラール食", "宗教（イスラム教）"],
                    ["H10506", "MEHTA RAHUL", "牛肉なし", "宗教（ヒンドゥー教）"],
                    ["H10503", "COHEN DANIEL", "コーシャ対応・豚肉なし", "宗教（ユダヤ教）"],
                    ["H10504", "RAMAN PRIYA", "ベジタリアン", "宗教（ジャイナ教）"],
                    ["H10244", "TRAN THI THU HA", "えび・かに除去", "食物アレルギー（甲殻類）"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "6名の氏名と宗教(信条)・アレルギーの一覧を給食会社へ: 理由1・3",
    },
]

# --------------------------------------------------------------------------- 081-100
MESSAGES += [
    {
        "id": "nyukan-081",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Dubois family - details for the home search",
        "charset": "utf-8",
        "body": """\
Hi Sarah,

One more family for June. Mr. Dubois will join our Yokohama R&D centre; the family
would prefer a house rather than an apartment, ideally near a French-speaking school.

  Julien DUBOIS    (assignee)   born 1984-02-09
  Camille DUBOIS   (spouse)     born 1986-10-21
  Léa DUBOIS       (daughter)   born 2016-05-30
  Hugo DUBOIS      (son)        born 2019-11-12

Budget: JPY 320,000/month (family rate). Pets: one cat.
Move-in: around 20 June.

Thanks,
Ryo
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "1家族4名の氏名・生年月日のみ(4名以下)。住居探しの依頼として通す(警告可)",
    },
    {
        "id": "nyukan-082",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>"],
        "subject": "FW: 【やまぶき】ARIFIN様 申請受付票の写し（パスワード別送）",
        "charset": "iso-2022-jp",
        "body": """\
江波さん

お疲れさまです。三宅です。
行政書士法人から、ARIFINさんの更新申請の受付票が届きましたので転送します。
パスワードは別メールで転送します。工場の保管ファイルに入れておいてください。

三宅

-----Original Message-----
From: 小松原 千尋 <komatsubara@yamabuki-gyosei.jp>
Sent: Tuesday, March 3, 2026 4:12 PM
To: 三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>
Subject: 【やまぶき】ARIFIN様 申請受付票の写し（パスワード別送）

三宅様
本日、大阪出入国在留管理局 大津出張所にて申請を受け付けられました。
受付票の写しをお送りします。パスワードは別途お送りします。
""",
        "attachments": [{
            "kind": "zip", "name": "ARIFIN_受付票.zip", "password": "yg0303ar",
            "files": [{"kind": "pdf", "name": "受付票.pdf",
                       "lines": ["申請受付票", "申請人 ARIFIN RIZKY PRATAMA",
                                 "受付番号 OSA-2026-031877"]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワード付きZIPだが宛先は社内(工場サブドメイン)のみ",
    },
    {
        "id": "nyukan-083",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["石動様 <isurugi@kyoei-kanri.or.jp>"],
        "subject": "組合員向け勉強会の資料（外国人雇用の基礎）",
        "charset": "cp932",
        "body": """\
石動様

お世話になっております。人事企画課の藤枝です。
来月の組合員企業向け勉強会でお話しする資料をお送りします。
一般的な制度の説明のみで、当社の個別の事例は含めておりません。
追加してほしいトピックがあればお知らせください。
""" + SIG_FUJIEDA,
        "attachments": [{
            "kind": "pptx", "name": "外国人雇用の基礎_勉強会資料.pptx",
            "title": "外国人雇用の基礎",
            "slides": [
                ["外国人雇用の基礎 ～在留資格と届出～", "日の出産業株式会社 人事部"],
                ["就労できる在留資格", "技術・人文知識・国際業務", "特定技能1号・2号",
                 "技能実習（育成就労へ移行予定）", "身分系の在留資格は就労制限なし"],
                ["会社が行う届出", "外国人雇用状況の届出（ハローワーク）",
                 "所属機関に関する届出（入管）", "特定技能の定期届出"],
                ["よくある失敗", "在留期限の管理漏れ", "資格外活動の範囲の誤解",
                 "在留カードの偽造の見落とし"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "制度説明の勉強会資料(PPTX)で個人データも機密表示もない",
    },
    {
        "id": "nyukan-084",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "subject": "Re: Housing shortlist for the Alves Pereira family",
        "charset": "utf-8",
        "body": """\
Hi Sarah,

Thanks for the shortlist. One more thing to factor in: Mateus told me his wife is
expecting their first baby in early September, so they would prefer a 2LDK with an
elevator and, if possible, within 15 minutes of a hospital with an obstetrics ward.
Could you re-rank the options with that in mind? The Mita and Shirokane-takanawa
properties look closest.

Best,
Ryo

> Hi Ryo,
> Attached is our shortlist of six properties for Mr. Alves Pereira.
> Sarah
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "特定の社員の配偶者の妊娠(出産予定)に触れる。病歴ではないが健康に関わる情報で、判断が分かれる",
    },
    {
        "id": "nyukan-085",
        "sender": "Nguyen Thi Mai <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["Sarah Whitfield <s.whitfield@pb-relocation.com>"],
        "cc": ["Sakura Hotel Front Office <frontdesk@sakura-hotel.jp>"],
        "subject": "Lena Hoffmann - arrival on 6 April and transfer to the hotel",
        "charset": "utf-8",
        "body": """\
Dear Sarah,
Dear Sakura Hotel front office team,

Ms. Lena Hoffmann arrives at Haneda on Monday 6 April on LH716 (scheduled 07:35).
Pacific Bridge will meet her at the arrival gate and bring her to the hotel; early
check-in has been arranged with the hotel for 10:00.

Her mobile number in Japan is 080-6613-2958, in case the flight is delayed.

Thank you both for your help.

Best regards,
Mai
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "外部2組織に1名の到着情報と携帯番号。1名・2組織なので通す(警告可)",
    },
    {
        "id": "nyukan-086",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Ms. Pham Thu Trang <trang.pham@saigonprecision.com.vn>"],
        "subject": "Programme for your team's stay in Shiga (9-20 March)",
        "charset": "utf-8",
        "body": """\
Dear Ms. Pham,

Here is the outline programme for your team's stay:

  9 Mar (Mon)   Arrival at Kansai Airport, bus to Konan (hotel: Sakura Hotel Kusatsu)
 10 Mar (Tue)   Safety induction, plant tour
 11-18 Mar      Installation and commissioning of press line No.4
 19 Mar (Thu)   Acceptance test, closing meeting, farewell dinner
 20 Mar (Fri)   Departure from Kansai Airport

Lunch will be provided at the plant canteen every working day. Please let us know if
any of your members have dietary requirements, and we will arrange them discreetly.

Kind regards,
Shunsuke
""" + SIG_TAKASHINA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "滞在日程の連絡。confidential の語は定型の免責文のみ",
    },
    {
        "id": "nyukan-087",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["東都ハウジング 法人社宅課 <shataku@toto-housing.co.jp>"],
        "subject": "当社の社宅・寮の一覧（借上げ契約の更新確認用）",
        "charset": "cp932",
        "body": """\
東都ハウジング株式会社
法人社宅課 御中

お世話になっております。総務部の寺嶋です。
借上げ契約の更新確認のため、当社が管理している社宅・寮の一覧をお送りします。
入居者情報は含めておりません。
""" + SIG_TERASHIMA,
        "attachments": [{
            "kind": "csv", "name": "社宅寮一覧_2026.csv", "encoding": "cp932",
            "rows": [
                ["施設名", "所在地", "戸数", "管理会社", "管理会社TEL", "契約更新月"],
                ["日の出寮A棟", "滋賀県湖南市石部東3-12-40", "24", "ひかり寮管理", "0748-71-2200",
                 "2026/10"],
                ["日の出寮B棟", "滋賀県湖南市石部東3-12-42", "20", "ひかり寮管理", "0748-71-2200",
                 "2026/10"],
                ["日の出第二寮", "滋賀県湖南市平松北1-22-5", "18", "ひかり寮管理", "0748-71-2200",
                 "2027/03"],
                ["浜松町借上げ社宅", "東京都港区芝大門2-8-11 芝大門レジデンス", "6",
                 "東都ハウジング", "03-5425-8800", "2026/09"],
                ["武蔵小杉借上げ社宅", "神奈川県川崎市中原区小杉町3-440", "4",
                 "東都ハウジング", "03-5425-8800", "2026/12"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社宅・寮(施設)の一覧で人の一覧ではない",
    },
    {
        "id": "nyukan-088",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "Re: DOさんの在留カード再交付 完了のご報告",
        "charset": "iso-2022-jp",
        "body": """\
小松原様

ご報告ありがとうございます。迅速にご対応いただき助かりました。
DOさんには新しいカードを明日お渡しし、社内の台帳も更新いたします。
請求書は経理部宛てにお送りください。

三宅

> 三宅様
>
> DO THI LAN様の在留カードの再交付が完了しました。
> 新しい在留カード番号：TL61830295GA（旧 TL50274418FE は失効）
> 在留期限に変更はございません（2026年6月28日）。
> 原本は本日、簡易書留で御社人事部宛てに発送いたしました。
>
> やまぶき行政書士法人 小松原
""" + SIG_MIYAKE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "在留カード番号は相手のメールの引用(>)のみ。新しい文に個人データなし",
    },
    {
        "id": "nyukan-089",
        "sender": "寺嶋 由香 <terashima.y@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 仙波様 <semba@nishiki-insatsu.co.jp>"],
        "subject": "名札・名刺の作成依頼（4月入社 外国籍社員6名）",
        "charset": "iso-2022-jp",
        "body": """\
錦印刷株式会社
営業部 仙波様

いつもお世話になっております。日の出産業 総務部の寺嶋です。
4月入社の社員6名分の名札と名刺（各100枚）の作成をお願いいたします。
名札はカタカナ表記、名刺は日英両面でお願いします。

カタカナ表記　　　　　　　英字表記　　　　　　　所属
ワン ズーハン　　　　　　 Zihan WANG　　　　　　海外営業部
ドー ティ ラン　　　　　　Thi Lan DO　　　　　　 海外営業部
コーエン ダニエル　　　　 Daniel COHEN　　　　　生産技術部
ラマン プリヤ　　　　　　 Priya RAMAN　　　　　 技術開発部
キム ソヨン　　　　　　　 Soyeon KIM　　　　　　海外営業部
スブラマニアン カルティク Karthik SUBRAMANIAN　 技術開発部

名刺の電話番号は部署の代表番号、メールは後日お知らせします。
3月27日納品でお願いできますと幸いです。
""" + SIG_TERASHIMA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "6名の氏名と所属部署のみ(連絡先・識別子なし)を印刷会社へ。名簿とみるか通常の発注とみるか分かれる",
    },
    {
        "id": "nyukan-090",
        "sender": "Shunsuke Takashina <takashina.s@hinode-sangyo.co.jp>",
        "to": ["Meera Iyer <meera.iyer@vistarasoft.in>"],
        "subject": "Arrival details - Arjun and Rohan (first week in Tokyo)",
        "charset": "utf-8",
        "body": """\
Hi Meera,

For the welcome team, here are the contact details of the two engineers arriving first:

- Arjun NAIR: mobile +91 98450 22718, arjun.nair.blr@gmail.com, arriving 27 April (JL754)
- Rohan PATIL: mobile +91 99860 41352, rohan.patil90@outlook.com, arriving 27 April (JL754)

Our driver will hold a sign with the Hinode logo at the Narita arrival hall.

Best,
Shunsuke
""" + SIG_TAKASHINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "2名分の連絡先のみ(4名以下)。出迎えの連絡として通す(警告可)",
    },
    {
        "id": "nyukan-091",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["有村 様 <arimura@mirai-works-shien.co.jp>"],
        "subject": "Re: 支援記録の様式変更について",
        "charset": "utf-8",
        "body": """\
有村様

ご連絡ありがとうございます。江波です。
新しい様式の件、承知しました。確認ですが、

・「在留カード番号」欄は、定期面談の記録では記載不要（初回のみ）
・「旅券番号」欄は削除
・相談内容の欄には、健康や家族に関する具体的な内容は書かず「生活相談」等の区分のみ記載

という理解でよろしいでしょうか。工場の担当者にもそのように周知します。

江波
""" + SIG_ENAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "様式の欄名として在留カード番号・旅券番号に触れるだけで値はない",
    },
    {
        "id": "nyukan-092",
        "sender": "森下 彩 <morishita.aya@hinode-sangyo.co.jp>",
        "to": ["小松原 千尋 様 <komatsubara@yamabuki-gyosei.jp>"],
        "subject": "更新申請の情報収集シート（空欄のひな形）",
        "charset": "cp932",
        "body": """\
小松原様

お世話になっております。森下です。
来期から、社員に記入してもらう情報収集シートを御社の様式に合わせたいと考えています。
当社で作成した空欄のひな形をお送りしますので、過不足をご指摘いただけますか。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "情報収集シート_ひな形.xlsx",
            "sheets": {
                "本人": [
                    ["在留期間更新 情報収集シート（社員記入用）"],
                    ["項目", "記入欄", "備考"],
                    ["氏名（ローマ字）", "", "在留カードの表記どおり"],
                    ["生年月日", "", "西暦で記入"],
                    ["在留カード番号", "", ""],
                    ["住居地", "", "在留カード裏面と一致しているか確認"],
                    ["電話番号", "", ""],
                ],
                "家族": [
                    ["氏名", "続柄", "生年月日", "在留資格", "同居の有無"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "見出しだけで値のない空欄のひな形(XLSX)",
    },
    {
        "id": "nyukan-093",
        "sender": "江波 奈央 <enami.nao@shiga.hinode-sangyo.co.jp>",
        "to": ["産業医 向坂先生 <sakisaka.dr@shiga.hinode-sangyo.co.jp>"],
        "cc": ["保健師 戸谷 <toya.h@hinode-sangyo.co.jp>"],
        "subject": "3月の産業医面談 対象者（特定技能・実習生）",
        "charset": "utf-8",
        "html": """\
<html><body style="font-family:'Meiryo',sans-serif">
<p>向坂先生</p>
<p>お疲れさまです。総務課の江波です。<br>
3月の面談対象者をお送りします。通訳は人事部のグエンが同席します。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>日時</th><th>氏名</th><th>生年月日</th><th>所見</th></tr>
<tr><td>3/10 13:00</td><td>ARIFIN RIZKY PRATAMA</td><td>1998/04/08</td><td>陳旧性結核疑い・高血圧</td></tr>
<tr><td>3/10 13:30</td><td>WIJAYA DEWI LESTARI</td><td>1999/09/14</td><td>貧血</td></tr>
<tr><td>3/12 13:00</td><td>RAHMAN FAISAL</td><td>1995/10/30</td><td>2型糖尿病</td></tr>
<tr><td>3/12 13:30</td><td>NUGROHO AGUS</td><td>1996/02/03</td><td>腰痛（労災ではない）</td></tr>
<tr><td>3/12 14:00</td><td>LE THI THUY</td><td>2001/12/21</td><td>睡眠障害の訴え</td></tr>
</table>
<p>江波</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "健康所見の一覧(HTMLのみ)だが宛先は社内の産業医・保健師のみ",
    },
    {
        "id": "nyukan-094",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約課 <reservations@sakura-hotel.jp>"],
        "subject": "Re: ご予約確認（予約番号 SKR-884120）",
        "charset": "iso-2022-jp",
        "body": """\
さくらホテル 予約課 御中

ご確認ありがとうございます。内容に相違ございません。
なお、到着が早朝になるため、アーリーチェックインの件をご本人の携帯
（080-6613-2958）へ直接ご連絡いただいても構いません。

　予約番号：SKR-884120
　ご宿泊者：Lena HOFFMANN 様
　ご到着　：4月6日（月）

よろしくお願いいたします。
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "宿泊者1名の予約番号と携帯番号。1名分なので通す(警告可)",
    },
    {
        "id": "nyukan-095",
        "sender": "久能 浩之 <kuno.h@hinode-sangyo.co.jp>",
        "to": ["三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>"],
        "subject": "Re: 在留資格台帳のバックアップが開けない件",
        "charset": "cp932",
        "body": """\
三宅さん

情報システム部の久能です。
ファイルサーバから復元したものを添付しますが、こちらも壊れているかもしれません。
開けなければ、前日分のスナップショットから戻しますので声をかけてください。

久能
""",
        "attachments": [{"kind": "corrupt", "name": "在留資格管理台帳_backup.xlsx"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "破損した添付だが宛先は社内のみ",
    },
    {
        "id": "nyukan-096",
        "sender": "藤枝 真理子 <fujieda.m@hinode-sangyo.co.jp>",
        "to": ["国際ことば学院 教務課 <kyomu@kotoba-gakuin.ac.jp>"],
        "subject": "Re: 4月からのクラス編成について",
        "charset": "iso-2022-jp",
        "body": """\
国際ことば学院 教務課 御中

お世話になっております。藤枝です。
クラス編成案をありがとうございました。
追加で受講を希望している社員が3名おりますので、中級クラスへの追加をお願いできますか。

・PARK JIHOON（N2）　park.jihoon@hinode-sangyo.co.jp
・LIU JIANING（N2）　liu.jianing@hinode-sangyo.co.jp
・HOFFMANN LENA（N3）lena.hoffmann@posteo.de

ご本人への連絡は上記アドレスにお願いいたします。
""" + SIG_FUJIEDA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "3名の氏名・メールのみ(4名以下)。受講申込として通す(警告可)",
    },
    {
        "id": "nyukan-097",
        "sender": "三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["森下 彩 <morishita.aya@hinode-sangyo.co.jp>"],
        "cc": ["高階 俊介 <takashina.s@hinode-sangyo.co.jp>"],
        "subject": "FW: 【やまぶき】4月申請分の進捗一覧",
        "charset": "utf-8",
        "body": """\
森下さん、高階さん

行政書士法人から進捗一覧が届いたので共有します。
LIUさんのご家族分だけ追加資料の依頼が来ています。

三宅

---------- 転送メッセージ ----------
差出人: 小松原 千尋 <komatsubara@yamabuki-gyosei.jp>
送信日時: 2026年3月5日 18:02
宛先: 三宅 亮 <miyake.ryo@hinode-sangyo.co.jp>
件名: 【やまぶき】4月申請分の進捗一覧

三宅様

4月申請分の進捗です。

氏名                  生年月日    在留カード番号  状況
SHRESTHA BIKASH       1991/07/25  NP20417739KD    申請済（2/20）
ARIFIN RIZKY PRATAMA  1998/04/08  ID37720584SL    申請済（3/3）
LIU JIANING           1989/01/09  EQ11875402AB    書類準備中
CHEN YUTING           1991/04/30  EQ20938157CD    追加資料依頼中
LIU XINYI             2021/09/12  EQ31102784EF    追加資料依頼中

やまぶき行政書士法人 小松原
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": [],
        "note": "在留カード番号入り5名の一覧の転送だが宛先はすべて社内",
    },
    {
        "id": "nyukan-098",
        "sender": "グエン ティ マイ <nguyen.mai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 浜松町支店 法人営業 <hamamatsucho@midori-ginko.co.jp>"],
        "subject": "外国籍社員の口座開設に必要な書類について",
        "charset": "iso-2022-jp",
        "body": """\
みどり銀行 浜松町支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 人事部のグエンです。
4月入社の外国籍社員の口座開設について、事前に社員へ案内したく、
必要書類を確認させてください。

1. 在留カード（在留期間が3か月を超えるもの）で足りるか、住民票も必要か
2. 在職証明書または雇用契約書の写しは必要か
3. 印鑑の代わりにサインでの届出は可能か
4. 来店予約は社員本人が行う必要があるか

出張受付の日程は、必要書類を確認したうえでご相談させてください。
""" + SIG_NGUYEN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "提携先の正しいドメインへの手続きの問合せ。個人データなし",
    },
    {
        "id": "nyukan-099",
        "sender": "Ryo Miyake <miyake.ryo@hinode-sangyo.co.jp>",
        "to": ["杉本 恵理 様 <e.sugimoto@pb-relocation.com>"],
        "subject": "提携不動産会社の一覧（法人契約実績あり）",
        "charset": "cp932",
        "body": """\
杉本様

お世話になっております。三宅です。
当社が過去に法人契約をした不動産会社の一覧をお送りします。
物件探しの際にご活用ください（旧形式のExcelですみません）。
""" + SIG_MIYAKE,
        "attachments": [{
            "kind": "xls", "name": "提携不動産会社一覧.xls",
            "sheets": {
                "一覧": [
                    ["会社名", "店舗", "所在地", "代表電話", "英語対応"],
                    ["東都ハウジング", "本店", "東京都港区芝大門2-3-6", "03-5425-8800", "可"],
                    ["みなとリアルティ", "田町店", "東京都港区芝5-29-11", "03-6435-1172", "可"],
                    ["こすぎ不動産", "武蔵小杉店", "神奈川県川崎市中原区小杉町1-403",
                     "044-733-5510", "一部可"],
                    ["玉川ホームズ", "二子玉川店", "東京都世田谷区玉川2-21-1", "03-3707-6624",
                     "可"],
                    ["湖南住宅センター", "石部店", "滋賀県湖南市石部中央1-5-2", "0748-77-0418",
                     "不可"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "不動産会社(事業所)の一覧(XLS)で人の一覧ではない",
    },
    {
        "id": "nyukan-100",
        "sender": "高階 俊介 <takashina.s@hinode-sangyo.co.jp>",
        "to": ["安曇 礼子 先生 <azumi@kitahama-visa.com>"],
        "subject": "雇用理由書（BAUTISTAさん）のドラフト",
        "charset": "iso-2022-jp",
        "body": """\
安曇先生

お世話になっております。高階です。
昨日お送りできなかった雇用理由書のドラフトを添付いたします。
前回ご指摘いただいた職務内容の記載を、できるだけ具体的に
書き直しております。

ご確認・ご修正をお願いいたします。
""",
        "attachments": [{
            "kind": "docx", "name": "雇用理由書_BAUTISTA_draft.docx",
            "title": "雇用理由書",
            "paragraphs": [
                "雇用理由書",
                "東京出入国在留管理局長 殿",
                f"日の出産業株式会社（法人番号 {HINODE_CORP}）",
                "代表取締役 日野 正道",
                "",
                "申請人 BAUTISTA JOEL MENDOZA（1990年8月14日生、フィリピン国籍）を、"
                "当社生産技術部の機械設計担当として雇用いたします。",
                "申請人はマニラの工科大学で機械工学を専攻し、現地の自動車部品メーカーにて"
                "8年間プレス金型の3D設計に従事してまいりました。",
                "当社は2026年度よりプレスライン増設を計画しており、申請人の知識と経験は"
                "不可欠であると考え、採用を決定した次第です。",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "申請人1名の氏名・生年月日・経歴の理由書(DOCX)と会社の法人番号。1名分なので通す(警告可)",
    },
]
