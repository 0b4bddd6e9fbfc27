"""給与改定・昇給・賞与の通知と計算 (kyuyokaitei): mail of 日の出産業's 人事部 給与課 about
yearly salary revisions, raises, bonuses and back-pay (差額支給) — wage ledgers (賃金台帳)
and bonus sheets sent to the 社会保険労務士法人 and the payroll outsourcer, bank transfer
data for the partner bank, 随時改定 / 賞与支払届 data with pension and insurance numbers,
My Numbers for 扶養控除 forms, questions to the lawyer and the tax office, individual
inquiries from current and former staff on free mail, notices to 内定者 and retirees, seconded
staff cost mails to partner companies, English mail to overseas payroll providers, and the
internal mail of the same work; as bodies, padded/full-width tables, tabs, CSV, bullets,
blocks, HTML tables, XLSX/XLS/DOCX/PDF/PPTX/ZIP/attached mail, encrypted and corrupt files,
reply threads and forwards.
"""

from build import card_number, my_number

SEED = 70601

_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _sp(n: str, sep: str = " ") -> str:
    return f"{n[:4]}{sep}{n[4:8]}{sep}{n[8:]}"


def _card(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


# -- people of 日の出産業 who write the mail ----------------------------------------------

MORISHITA = "森下 圭介 <morishita.k@hinode-sangyo.co.jp>"
ONODERA = "小野寺 真由美 <onodera.m@hinode-sangyo.co.jp>"
TSURUMI = "鶴見 俊彦 <tsurumi.t@hinode-sangyo.co.jp>"
CHIGA = "Yu Chiga <chiga.y@hinode-sangyo.co.jp>"
KYUYO = "日の出産業 給与課 <kyuyo@hinode-sangyo.co.jp>"
ETO = "江藤 大輔 <eto.d@hinode-sangyo.co.jp>"
ASHIDA = "芦田 さやか <ashida.s@hinode-sangyo.co.jp>"
HAGIWARA = "萩原 航 <hagiwara.w@hinode-sangyo.co.jp>"

SIG_MORISHITA = """
──────────────────────────
日の出産業株式会社　人事部 給与課
課長　森下 圭介（Morishita Keisuke）
〒140-0011 東京都品川区東大井3-14-9 日の出産業ビル5F
TEL 03-5471-2201（直通）／FAX 03-5471-2290
morishita.k@hinode-sangyo.co.jp
──────────────────────────"""

SIG_ONODERA = """--
日の出産業株式会社
人事部 給与課　小野寺 真由美
TEL: 03-5471-2208（内線2208）
Mail: onodera.m@hinode-sangyo.co.jp"""

SIG_TSURUMI = """
****************************************
日の出産業株式会社
執行役員 人事部長　鶴見 俊彦
〒140-0011 東京都品川区東大井3-14-9
TEL 03-5471-2100 / 携帯 080-6613-2457
****************************************"""

SIG_CHIGA = """--
Yu Chiga (千賀 悠)
HR Department, Hinode Sangyo Co., Ltd.
3-14-9 Higashi-Oi, Shinagawa-ku, Tokyo 140-0011, Japan
Tel: +81-3-5471-2215"""

SIG_KYUYO = """
=====================================
日の出産業株式会社 人事部 給与課
（給与・賞与のお問い合わせ窓口）
TEL 03-5471-2200　平日 9:30～17:00
kyuyo@hinode-sangyo.co.jp
====================================="""

SIG_ETO = """----
経理部 決算・資金グループ 江藤 大輔
日の出産業株式会社 内線 3312"""

SIG_ASHIDA = """
―――――――――――――――――
日の出産業株式会社 大阪支店 総務課
芦田 さやか
〒532-0011 大阪府大阪市淀川区西中島5-8-21 新大阪フロントビル7F
TEL 06-6305-4410
―――――――――――――――――"""

SIG_HAGIWARA = """-- 
萩原 航 / Wataru Hagiwara
日の出産業株式会社 人事部 人事課
03-5471-2219"""

DISC_JA = """
※本メールおよび添付ファイルには機密情報が含まれている場合があります。
　宛先に誤りがある場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

# -- outside ------------------------------------------------------------------------------

SR = "みなと労務パートナーズ 寺内様 <terauchi@minato-sr.jp>"           # 社会保険労務士法人
SR2 = "suzaki@minato-sr.jp"                                            # 同 須崎（担当補助）
PW = "株式会社ペイロールワークス 久我様 <kuga@payroll-works.co.jp>"     # 給与計算代行
PW2 = "hinode-team@payroll-works.co.jp"
TAX = "税理士法人 青稜会計 大庭様 <oba@seiryo-kaikei.jp>"
BANK = "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"
TSUBASA = "ツバサシステム サポートセンター <kyuyo-support@tsubasa-system.jp>"
LAW = "白川法律事務所 弁護士 白川 陽子 <y.shirakawa@shirakawa-law.jp>"
NISHIKI = "錦印刷 営業部 宇佐美様 <usami@nishiki-insatsu.co.jp>"
HLINK = "ヒューマンリンク総研 丹羽様 <niwa@humanlink-soken.co.jp>"
GYOSEI = "行政書士おおとり事務所 <info@ootori-gyosei.jp>"
ASIAPAY = "Somchai Ratanakul <somchai.r@asiapay-hr.com>"

MESSAGES = [
    # 001 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-001",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "2026年4月 定期昇給対象者（製造部）のご確認依頼",
        "body": """みなと労務パートナーズ
寺内様

いつもお世話になっております。日の出産業の森下です。

4月定期昇給のうち、製造部分の確定値をお送りします。
随時改定（月変）の該当有無の判定にご利用ください。

社員番号  氏名          生年月日     等級  旧基本給   新基本給   昇給額
--------  ------------  -----------  ----  ---------  ---------  ------
H10482    勅使河原 純    1986/07/14   S2    268,500    274,000    5,500
H10517    東海林 亜希子  1991/02/03   S1    241,000    246,200    5,200
H10533    栗栖 大悟      1979/11/29   M1    332,000    338,500    6,500
H10602    蓮見 朋美      1994/05/21   J3    223,400    228,100    4,700
H10618    忽那 拓郎      1983/09/08   S3    289,000    295,300    6,300
H10655    百々 奈緒      1997/12/16   J2    212,000    216,400    4,400
H10671    鬼頭 修平      1988/03/30   S2    265,700    271,200    5,500
H10703    杠 さくら      1999/08/02   J1    205,500    209,600    4,100

昇給差額（4月・5月分）は6月25日支給の給与で精算する予定です。
ご不明点があればお知らせください。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "8 employees' rows (name, date of birth, salary) in a padded table to the external 社労士: a list of people",
    },
    # 002 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-002",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [SR],
        "cc": [SR2],
        "subject": "Re: 月額変更届の対象者について",
        "body": """寺内様

ご確認ありがとうございます。小野寺です。
下記6名、当社でも同じ判定でした。届出のご準備をお願いいたします。
7月10日までに被保険者報酬月額変更届の控えをお送りいただけますと助かります。

""" + SIG_ONODERA + """

> 日の出産業 小野寺様
>
> いつもお世話になっております。みなと労務の寺内です。
> 4月昇給分について、3か月平均で2等級以上の変動が生じる方は以下のとおりです。
>
> H10482 勅使河原 純    S61.7.14生  従前 280千円 → 改定後 300千円
> H10533 栗栖 大悟      S54.11.29生 従前 340千円 → 改定後 360千円
> H10618 忽那 拓郎      S58.9.8生   従前 300千円 → 改定後 320千円
> H11020 八木橋 倫子    H2.4.11生   従前 260千円 → 改定後 280千円
> H11135 嘉数 亮介      S60.1.27生  従前 320千円 → 改定後 340千円
> H11207 御厨 千尋      H5.10.5生   従前 240千円 → 改定後 260千円
>
> 内容にお間違いがないかご確認ください。
> --
> 社会保険労務士法人 みなと労務パートナーズ 寺内 恵子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only quoted from the 社労士's own mail (> lines); the new text carries no personal data",
    },
    # 003 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-003",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [PW],
        "subject": "【9月入社】扶養控除等申告書の内容（1名）",
        "body": f"""株式会社ペイロールワークス
久我様

お世話になっております。日の出産業 給与課の小野寺です。
9月1日入社の中途採用者1名について、扶養控除等申告書の内容をお送りします。
9月度給与からの源泉計算にご反映ください。

　氏名　　　：汐見 和臣（しおみ かずおみ）
　生年月日　：平成元年6月18日
　住所　　　：〒231-0062 神奈川県横浜市中区桜木町2-41-3 ルミエール桜木町605
　個人番号　：{_sp(my_number(SEED + 1))}
　源泉控除対象配偶者：あり（所得見込 なし）
　基本給　　：318,000円（等級 S3-4）

前職分の源泉徴収票は後日郵送で届く予定です。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a new hire's My Number (with name, birth date, address) in the body to the payroll outsourcer",
    },
    # 004 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-004",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": ["鶴見 俊彦 <tsurumi.t@hinode-sangyou.co.jp>"],
        "subject": "冬季賞与 原資配分（部門別）のたたき台",
        "body": """鶴見部長

お疲れさまです。森下です。
冬季賞与の原資配分について、部門別のたたき台を作りました。

　部門　　　　　　対象人数　　原資（千円）　前年比
　営業本部　　　　　　 84　　　 71,400　　 +3.1%
　製造本部　　　　　　142　　　103,660　　 +2.4%
　管理本部　　　　　　 51　　　 38,250　　 +1.8%
　技術開発センター　　 37　　　 31,820　　 +4.0%
　合計　　　　　　　　314　　　245,130　　 +2.7%

支給月数は平均2.35か月で試算しています。
明日の部長会の前に一度お時間をいただけますでしょうか。

森下
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for the HR director but addressed to hinode-sangyou.co.jp, a one-letter look-alike of the own domain",
    },
    # 005 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-005",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [ETO],
        "cc": ["森下 圭介 <morishita.k@hinode-sangyo.co.jp>"],
        "subject": "6月度 賃金台帳（差額支給反映後）",
        "body": """江藤さん

お疲れさまです。給与課 小野寺です。
6月度の賃金台帳（昇給差額の精算を反映したもの）を添付します。
未払計上の確認にお使いください。部署別シートと全体シートがあります。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "賃金台帳_2026年6月度.xlsx",
            "title": "賃金台帳 2026年6月度",
            "sheets": {
                "全体": [
                    ["賃金台帳　2026年6月度（計算期間 5/16～6/15）"],
                    [],
                    ["社員番号", "氏名", "性別", "生年月日", "労働日数", "時間外", "基本給", "昇給差額", "総支給額", "健康保険", "厚生年金", "所得税", "差引支給額"],
                    ["H10482", "勅使河原 純", "男", "1986-07-14", 21, 18.5, 274000, 11000, 331240, 14850, 27450, 8630, 264410],
                    ["H10517", "東海林 亜希子", "女", "1991-02-03", 20, 6.0, 246200, 10400, 275380, 12870, 23790, 6010, 219360],
                    ["H10533", "栗栖 大悟", "男", "1979-11-29", 21, 22.0, 338500, 13000, 408770, 17820, 32940, 12450, 323880],
                    ["H10602", "蓮見 朋美", "女", "1994-05-21", 19, 3.5, 228100, 9400, 251990, 11880, 21960, 5120, 203760],
                    ["H10618", "忽那 拓郎", "男", "1983-09-08", 21, 15.0, 295300, 12600, 352120, 15840, 29280, 9780, 283220],
                    ["H10655", "百々 奈緒", "女", "1997-12-16", 21, 0, 216400, 8800, 229200, 10890, 20130, 4380, 184420],
                    ["H10671", "鬼頭 修平", "男", "1988-03-30", 20, 12.5, 271200, 11000, 318400, 14850, 27450, 8010, 260690],
                    ["H10703", "杠 さくら", "女", "1999-08-02", 21, 4.0, 209600, 8200, 236120, 10890, 20130, 4460, 191960],
                ],
                "部署別集計": [
                    ["部署", "人数", "総支給額計", "昇給差額計"],
                    ["製造部 第一課", 5, 1682460, 61400],
                    ["製造部 第二課", 3, 821700, 28800],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "a wage ledger of 8 employees, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    # 006 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-006",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "休職者の冬季賞与算定と傷病手当金について（ご相談）",
        "body": """寺内先生

いつも大変お世話になっております。日の出産業の森下でございます。
1名、賞与の扱いについてご相談させてください。

技術開発センターの五百旗頭 誠（いおきべ まこと、社員番号H09874）ですが、
7月22日から適応障害の診断書（3か月の療養を要する）が提出され休職しております。
主治医からはうつ状態の再燃もあり12月末までの延長の見込みと聞いております。

　・冬季賞与の算定期間（5/16～11/15）のうち出勤は約2か月
　・当社規程上は「算定期間の出勤率に応じて按分」
　・傷病手当金は8月分から申請済み

按分支給した場合に傷病手当金との調整が必要になるか、また
支給日在籍要件との関係で注意点があればご教示いただけますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_MORISHITA + DISC_JA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's diagnosis (適応障害, うつ状態) sent to the external 社労士: 要配慮個人情報 of one person",
    },
    # 007 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-007",
        "charset": "utf-8",
        "sender": KYUYO,
        "to": [
            "関谷 文雄 <fumio.sekiya1958@gmail.com>",
            "kazue-hirota@yahoo.co.jp",
            "Takayuki Oshima <t.oshima.home@icloud.com>",
            "mnk-tanabe@outlook.jp",
        ],
        "subject": "【日の出産業】2026年度 昇給差額のお支払いについて（退職された皆様へ）",
        "body": """退職された皆様

日の出産業株式会社 人事部 給与課です。
在職中は大変お世話になりました。

2026年度の給与改定（4月1日付）は6月に妥結したため、
4月1日以降に在籍されていた皆様にも4月分からの昇給差額をお支払いします。

　お支払日　：2026年7月24日（金）
　お振込先　：最終給与のお振込口座
　明細　　　：ご自宅宛てに郵送いたします

口座を解約・変更された方は、7月10日までに給与課までご連絡ください。

""" + SIG_KYUYO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four former employees on private free mail can all see each other in To: should have been Bcc",
    },
    # 008 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-008",
        "charset": "iso-2022-jp",
        "sender": KYUYO,
        "to": ["kyuyo@hinode-sangyo.co.jp"],
        "bcc": [
            "s.matsunaga.55@gmail.com", "yoshie.kondo@yahoo.co.jp", "hrk-nagai@docomo.ne.jp",
            "ryo.fujikake@icloud.com", "tamura-michiko@ezweb.ne.jp", "kenji.uwabe@outlook.jp",
        ],
        "subject": "冬季賞与の支給日在籍について（9月末退職予定の皆様へ）",
        "body": """9月末で退職予定の皆様

いつもお疲れさまです。給与課です。
退職に伴うお手続きのご案内の中で、冬季賞与についてお問い合わせを
多くいただいていますので、改めてご説明します。

当社の賃金規程 第38条により、賞与は「支給日に在籍する者」に支給します。
冬季賞与の支給日は12月10日のため、9月末で退職される方は支給対象外となります。
なお、夏季賞与の算定期間中に未精算の差額がある方には、10月分給与（最終給与）で
精算いたします。該当の方には個別にご連絡します。

本メールはBCCでお送りしています。
ご質問は給与課（内線2200／外線 03-5471-2200）までお願いします。
""" + SIG_KYUYO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to six leavers' private addresses sent correctly in Bcc, no personal data: goes (free-mail warning)",
    },
    # 009 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-009",
        "charset": "utf-8",
        "sender": TSURUMI,
        "to": [HLINK],
        "subject": "2026年度 賃金改定方針（案）の送付",
        "body": """ヒューマンリンク総研
丹羽様

いつもお世話になっております。日の出産業の鶴見です。
先日の打合せでお話しした2026年度賃金改定方針の案をお送りします。
来週の経営会議前に、ベースアップ幅と定昇の配分についてご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_TSURUMI,
        "attachments": [{
            "kind": "pdf",
            "name": "2026年度賃金改定方針_案_v3.pdf",
            "title": "2026年度 賃金改定方針（案）",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
            "lines": [
                "2026年度 賃金改定方針（案） 第3版",
                "",
                "1. 改定の基本方針",
                "  ・ベースアップ：月例賃金の 2.5%（平均 7,450円）",
                "  ・定期昇給：評価B標準 4,800円（J等級）～ 6,900円（M等級）",
                "  ・初任給：大卒 245,000円 → 258,000円、高専卒 225,000円 → 236,000円",
                "2. 原資",
                "  ・月例賃金原資 3.7%、年間影響額 約2億1,400万円",
                "3. 実施時期",
                "  ・4月1日付改定、6月支給で差額精算",
                "4. 労働組合への提示：5月第2週を予定",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF is stamped 社外秘 in its page header and footer, sent to an outside consultant",
    },
    # 010 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-010",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "労基署調査用 賃金台帳（直近3か月）送付の件",
        "body": """寺内様

お世話になっております。日の出産業の小野寺です。
来月の労働基準監督署の臨検に向けて、直近3か月分の賃金台帳をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "賃金台帳_2026_06-08.zip",
            "password": "Hn7#w2Qx",
            "files": [{
                "kind": "xlsx",
                "name": "賃金台帳_2026_06-08.xlsx",
                "sheets": {"6月": [["社員番号", "氏名", "総支給額"], ["H10482", "勅使河原 純", 331240],
                                   ["H10517", "東海林 亜希子", 275380], ["H10533", "栗栖 大悟", 408770],
                                   ["H10602", "蓮見 朋美", 251990], ["H10618", "忽那 拓郎", 352120]]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected ZIP (PPAP) to the 社労士: the content cannot be inspected",
    },
    # 011 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-011",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "【パスワード】労基署調査用 賃金台帳（直近3か月）送付の件",
        "body": """寺内様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn7#w2Qx

※次回からは御社の共有ストレージ（アップロード用URL）を利用させていただく方向で
　社内調整しております。

小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail of a PPAP pair: no attachment and no personal data",
    },
    # 012 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-012",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": [BANK],
        "subject": "夏季賞与 振込データ（大阪支店分・追加）",
        "body": """みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の江藤です。
夏季賞与の振込データのうち、大阪支店採用者分が漏れておりました。
追加分のCSVを添付いたしますので、7月10日指定で処理をお願いいたします。

件数：8件　合計金額：4,376,200円

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ETO,
        "attachments": [{
            "kind": "csv",
            "name": "shoyo_furikomi_osaka_add.csv",
            "encoding": "cp932",
            "rows": [
                ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額", "社員番号"],
                ["0398", "112", "1", "3047719", "ｱｼﾀﾞ ｻﾔｶ", "512400", "H20114"],
                ["0398", "115", "1", "1182650", "ﾔﾂﾊｼ ﾘｭｳｼﾞ", "604800", "H20126"],
                ["0171", "021", "1", "6620381", "ｵｵｸﾎﾞ ﾏﾅ", "488900", "H20131"],
                ["0398", "112", "2", "0093417", "ｻﾒｼﾞﾏ ｹﾝﾀﾛｳ", "571300", "H20140"],
                ["1205", "004", "1", "2751096", "ﾀｷﾓﾄ ﾁﾊﾙ", "463200", "H20152"],
                ["0398", "119", "1", "5408823", "ﾌｶﾎﾘ ﾕｳﾀ", "539700", "H20163"],
                ["0171", "031", "1", "7719054", "ｷﾉｼﾀ ｱﾔﾉ", "602100", "H20177"],
                ["0398", "112", "1", "4036612", "ﾆｼｶﾜ ｼｮｳﾍｲ", "593800", "H20185"],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a CSV of 8 employees' bank accounts and kana names to the bank: a list of people, even to a partner",
    },
    # 013 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-013",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": [BANK],
        "subject": "冬季賞与の総合振込予定について",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の江藤でございます。
冬季賞与の総合振込について、予定をお知らせいたします。

　振込指定日　　：2026年12月10日（木）
　データ送信予定：2026年12月7日（月）15時まで（法人インターネットバンキング経由）
　予定件数　　　：約 318件
　予定総額　　　：約 2億4,600万円
　振込元口座　　：本店営業部　当座　1029384

資金は12月9日中に当座へ移動いたします。
例年どおりの処理で問題ないか、念のためご確認をお願いできますでしょうか。

""" + SIG_ETO + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "schedule and totals of the bonus transfer to the partner bank; the only account is the company's own",
    },
    # 014 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-014",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "cc": [PW2],
        "subject": "夏季賞与 計算依頼データ（技術開発センター）",
        "body": """ペイロールワークス 久我様
ご担当チームの皆様

お世話になっております。日の出産業の小野寺です。
夏季賞与の計算依頼データ（技術開発センター分）を添付いたします。
「支給額」シートに査定後の金額、「控除」シートに財形・社内預金の控除額を入れています。

6月30日（火）までに計算結果をいただけますと助かります。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "夏季賞与_計算依頼_技術開発C.xlsx",
            "sheets": {
                "支給額": [
                    ["2026年 夏季賞与 計算依頼（技術開発センター）", "", "", "", "", ""],
                    ["算定期間 2025/11/16～2026/5/15　支給日 2026/7/10", "", "", "", "", ""],
                    ["社員番号", "氏名", "等級", "評価", "基準額", "支給額"],
                    ["H08812", "雲井 俊介", "M2", "A", 412000, 1030000],
                    ["H09133", "仁科 里穂", "S3", "B", 301000, 692300],
                    ["H09276", "御手洗 亮", "S2", "B+", 276000, 676200],
                    ["H09874", "五百旗頭 誠", "S3", "-", 298000, 0],
                    ["H10021", "湯浅 佳織", "J3", "B", 228000, 524400],
                    ["H10154", "錦織 陽太", "J2", "A", 215000, 537500],
                    ["H10369", "真壁 ゆり子", "S1", "C", 246000, 492000],
                ],
                "控除": [
                    ["社員番号", "氏名", "財形", "社内預金", "組合費"],
                    ["H08812", "雲井 俊介", 30000, 50000, 0],
                    ["H09133", "仁科 里穂", 20000, 0, 3000],
                    ["H09276", "御手洗 亮", 0, 30000, 3000],
                    ["H10021", "湯浅 佳織", 10000, 0, 3000],
                    ["H10154", "錦織 陽太", 0, 0, 3000],
                    ["H10369", "真壁 ゆり子", 15000, 20000, 3000],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an XLSX (two sheets, title rows) of 7 named employees' bonus amounts to the payroll outsourcer: a list",
    },
    # 015 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-015",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR, PW],
        "subject": "給与改定の実施スケジュール打合せ（三者）日程調整のお願い",
        "body": """みなと労務パートナーズ 寺内様
ペイロールワークス 久我様

いつもお世話になっております。日の出産業の森下です。

2026年度給与改定について、実施手順（改定データの受け渡し、差額計算、
月額変更届の判定）を三者ですり合わせたく、打合せの日程調整をお願いします。

　候補1：5月19日（火）14:00～15:00
　候補2：5月20日（水）10:00～11:00
　候補3：5月22日（金）16:00～17:00
　場所　：オンライン（Teams）

ご都合のよい候補をお知らせください。

""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an ordinary three-way meeting mail with two external organisations in To; no personal data",
    },
    # 016 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-016",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": [SR, PW, TAX],
        "cc": ["鶴見 俊彦 <tsurumi.t@hinode-sangyo.co.jp>"],
        "subject": "昇給差額の支給時期変更のご連絡",
        "body": """関係各位

いつもお世話になっております。日の出産業の森下です。

労使交渉の長期化に伴い、2026年度の昇給差額（4月分～）の支給時期を
6月25日支給分から7月24日支給分へ変更することになりました。

　・みなと労務パートナーズ様：月額変更届の起算月は当初どおり4月でお願いします
　・ペイロールワークス様　　：差額計算は7月度の給与計算でお願いします
　・青稜会計様　　　　　　　：差額は7月の源泉徴収に含めて納付予定です

ご迷惑をおかけしますが、どうぞよろしくお願いいたします。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (社労士, payroll outsourcer, tax firm) visible to each other in To",
    },
    # 017 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-017",
        "charset": "iso-2022-jp",
        "sender": TSURUMI,
        "to": [LAW],
        "subject": "社員の逮捕に伴う賞与減額・懲戒の可否について（ご相談）",
        "body": """白川先生

いつもお世話になっております。日の出産業の鶴見でございます。
至急ご相談したい件があり、ご連絡いたしました。

営業本部 第二営業部の主任 鮫島 健太郎（さめじま けんたろう、38歳）が、
9月27日の深夜、飲酒のうえ路上で他人に暴行を加えたとして傷害の容疑で
神奈川県警に逮捕されました。現在勾留中で、本人とは弁護人経由で連絡をとっています。

ご相談したいのは以下の2点です。
1. 起訴前の段階で、冬季賞与の査定を減額（または不支給）とすることは可能か
2. 勾留期間中の欠勤を無給とし、就業規則の懲戒規定を適用する時期

10月6日（火）午後にお電話でご相談できれば幸いです。

""" + SIG_TSURUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest (criminal record) sent to an outside lawyer: 要配慮個人情報, even to a partner",
    },
    # 018 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-018",
        "charset": "utf-8",
        "sender": TSURUMI,
        "to": [LAW],
        "subject": "Re: 固定残業代の見直しに関するご相談",
        "body": """白川先生

ご回答ありがとうございました。
ご指摘の「固定残業代に相当する時間数の明示」について、
給与規程の改定案（第24条）を以下のように修正しました。

　（改定案）営業職の職務手当は、時間外労働30時間分の割増賃金として支給する。
　　　　　　30時間を超える時間外労働については、別途割増賃金を支給する。

また、雇用契約書の「賃金」欄にも同じ内容を記載する予定です。
10月の改定に間に合うよう、今月中にもう一度ご確認いただけますでしょうか。

鶴見

-----Original Message-----
From: 白川 陽子 <y.shirakawa@shirakawa-law.jp>
Sent: Monday, September 14, 2026 6:12 PM
To: 鶴見 俊彦
Subject: RE: 固定残業代の見直しに関するご相談

鶴見様

お問い合わせの件、現行規程では固定残業代が何時間分に相当するかが明示されておらず、
判別要件を満たさないと判断されるおそれがあります。…（以下略）

白川法律事務所 弁護士 白川 陽子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal consultation about pay rules, no person's data; the quoted Original Message is the lawyer's own",
    },
    # 019 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-019",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [SR],
        "subject": "随時改定（7月改定）2名分の届出情報",
        "body": """寺内様

お世話になっております。小野寺です。
7月改定となる2名分の届出情報をお送りします（HTML版にも同じ表を入れています）。

■ 八木橋 倫子（やぎはし のりこ）
　生年月日：1990年4月11日
　健康保険証 記号：7104　番号：2318
　基礎年金番号：4170-582936
　従前標準報酬月額：260千円 → 4～6月平均：283,400円

■ 御厨 千尋（みくりや ちひろ）
　生年月日：1993年10月5日
　健康保険証 記号：7104　番号：2776
　基礎年金番号：5021-647718
　従前標準報酬月額：240千円 → 4～6月平均：259,100円

ご確認のほど、よろしくお願いいたします。
""" + SIG_ONODERA,
        "html": """<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>寺内様</p><p>お世話になっております。小野寺です。<br>7月改定となる2名分の届出情報です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>健保 記号</th><th>健保 番号</th><th>基礎年金番号</th><th>従前</th><th>4～6月平均</th></tr>
<tr><td>八木橋 倫子</td><td>1990/4/11</td><td>7104</td><td>2318</td><td>4170-582936</td><td>260千円</td><td>283,400円</td></tr>
<tr><td>御厨 千尋</td><td>1993/10/5</td><td>7104</td><td>2776</td><td>5021-647718</td><td>240千円</td><td>259,100円</td></tr>
</table>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 給与課　小野寺 真由美<br>TEL: 03-5471-2208</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two employees' health-insurance 記号・番号 and 基礎年金番号 (text + HTML) to the 社労士",
    },
    # 020 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-020",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": ["森下 圭介 <morishita.k@hinode-sangyo.co.jp>"],
        "subject": "FW: 【ペイロールワークス】扶養追加2名の個人番号について",
        "body": f"""森下課長

ペイロールワークスから、扶養追加2名の個人番号の確認依頼が来ています。
申告書の記載と一致しているか、原本の確認をお願いできますか。

---------- Forwarded message ---------
From: 久我 直人 <kuga@payroll-works.co.jp>
Date: 2026年8月18日(火) 11:02
Subject: 【ペイロールワークス】扶養追加2名の個人番号について
To: 小野寺 真由美 <onodera.m@hinode-sangyo.co.jp>

小野寺様

扶養控除等（異動）申告書で追加となった以下2名の個人番号について、
申告書の記載と当社取り込み値が一致しているかご確認ください。

・嘉数 亮介 様の配偶者　嘉数 美和（1988年2月9日生）　個人番号 {my_number(SEED + 2)}
・嘉数 亮介 様の長男　　嘉数 湊　（2026年6月30日生）　個人番号 {my_number(SEED + 3)}

ペイロールワークス 久我
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "a forward carrying two My Numbers, but only to an internal colleague",
    },
    # 021 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-021",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [PW],
        "subject": "FW: 営業本部 昇格者の差額（4～6月）",
        "body": """久我様

お世話になっております。小野寺です。
営業本部から昇格者の差額について連絡がありましたので、転送いたします。
7月度の計算で精算をお願いできますでしょうか。

-------- Original Message --------
Subject: 営業本部 昇格者の差額（4～6月）
Date: Wed, 1 Jul 2026 09:41:22 +0900
From: 稲垣 崇 <inagaki.t@hinode-sangyo.co.jp>
To: 小野寺 真由美 <onodera.m@hinode-sangyo.co.jp>

小野寺さん

4/1付昇格者の辞令反映が遅れていた件、差額は以下のとおりです。

社員番号,氏名,旧等級,新等級,月額差,差額(3か月)
H09512,小鳥遊 瑞穂,S1,S2,12000,36000
H09648,四十物 豊,S2,S3,15500,46500
H09730,月見里 直樹,J3,S1,18200,54600
H09811,八月朔日 千夏,S1,S2,12000,36000
H09902,神代 悠真,S2,S3,15500,46500
H10044,伊集院 楓,J3,S1,18200,54600

よろしくお願いします。
稲垣
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a forward of an internal mail listing 6 named employees' grade and back-pay: forwarded text is new to the outsourcer",
    },
    # 022 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-022",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
        "subject": "7月24日 昇給差額の総合振込について",
        "body": """みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の江藤です。
7月24日に昇給差額の総合振込を予定しております。

　件数：296件
　総額：18,742,600円
　データ送信：7月21日（火）午前中

通常の給与振込とは別データでお送りします。
手数料の扱いは給与振込と同じでよろしいでしょうか。

""" + SIG_ETO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp: a look-alike recipient",
    },
    # 023 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-023",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": [ASIAPAY],
        "subject": "FY2026 salary review timeline for our Bangkok office",
        "body": """Dear Somchai,

Thank you for your support with the monthly payroll of our Bangkok representative office.

Our head office has fixed the timeline of the FY2026 salary review:

  - 20 Mar   Evaluation results closed by line managers
  - 10 Apr   Merit increase matrix approved (average 4.2% for local staff)
  - 24 Apr   We send you the final increase file through your secure portal
  - 25 May   May payroll paid with the new salaries, April difference included

Could you confirm that the April difference can be paid as a separate line item on the
May payslip, and that the social security ceiling (THB 15,000) will be applied as before?

Best regards,
""" + SIG_CHIGA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English process mail to an overseas payroll provider: dates and an average rate, no one's data",
    },
    # 024 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-024",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": [ASIAPAY],
        "subject": "Expatriate allowance revision - file attached",
        "body": """Hi Somchai,

As discussed on the phone, please find attached the revised housing and hardship
allowances of our Japanese expatriates, effective 1 April 2026.
The date of birth is needed for the tax residency check you mentioned.

Kind regards,
Yu
""" + SIG_CHIGA,
        "attachments": [{
            "kind": "csv",
            "name": "expat_allowance_FY2026.csv",
            "encoding": "utf-8",
            "rows": [
                ["Employee ID", "Name", "Date of birth", "Position", "Housing (THB)", "Hardship (THB)", "Effective"],
                ["H07705", "Takeshi Hanabusa", "1975-03-12", "Managing Director", "95000", "18000", "2026-04-01"],
                ["H08246", "Miki Onozuka", "1982-08-27", "Finance Manager", "70000", "15000", "2026-04-01"],
                ["H08391", "Shohei Kamimura", "1984-01-19", "Plant Manager", "70000", "15000", "2026-04-01"],
                ["H09025", "Aya Tokitsu", "1989-06-04", "QA Engineer", "55000", "12000", "2026-04-01"],
                ["H09367", "Daiki Nishizono", "1990-11-30", "Production Engineer", "55000", "12000", "2026-04-01"],
                ["H09981", "Rena Iwatsubo", "1993-02-15", "Sales Coordinator", "48000", "12000", "2026-04-01"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a UTF-8 CSV of 6 expatriates (name, date of birth, allowances) to an overseas provider: a list",
    },
    # 025 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-025",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "Re: 6月賞与明細データの再送のお願い",
        "body": """久我様

失礼いたしました。ファイルを再送いたします。
前回のものは保存途中のものだったようです。

小野寺

> 小野寺様
> 先ほどいただいたファイルですが、こちらで開けない状態でした。
> お手数ですが再送をお願いできますでしょうか。
> ペイロールワークス 久我
""",
        "attachments": [{"kind": "corrupt", "name": "賞与明細_202606_再送.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the resent bonus workbook is corrupt: it cannot be inspected",
    },
    # 026 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-026",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": [PW],
        "subject": "7月度 個別差額の追加（3名）",
        "body": """久我様

お世話になっております。小野寺です。
7月度の給与計算に、以下3名の個別差額を追加でお願いします。
いずれも資格手当の申請遅れによるものです。

・H10533 栗栖 大悟　　 衛生管理者手当　5,000円×3か月＝15,000円
・H10671 鬼頭 修平　　 フォークリフト手当 3,000円×2か月＝6,000円
・H10703 杠 さくら　　 簿記2級手当　　 2,000円×3か月＝6,000円

よろしくお願いいたします。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "three named employees' allowance back-pay to the outsourcer: under five people, may be warned",
    },
    # 027 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-027",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [PW],
        "subject": "法人カード私的利用分の給与控除について",
        "body": f"""久我様

いつもお世話になっております。小野寺です。
法人カードの私的利用があり、本人同意のうえ9月度給与から控除することになりました。
控除項目「立替金返済」での処理をお願いします。

　対象者　　：営業本部 第一営業部　伊吹 正和（H08977）
　カード番号：{_card(card_number(SEED + 30))}
　利用日　　：2026年8月2日・8月9日
　控除額　　：38,640円（一括）

本人の同意書は当社で保管しております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number (with the holder's name) in the body to the payroll outsourcer",
    },
    # 028 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-028",
        "charset": "iso-2022-jp",
        "sender": TSURUMI,
        "to": [TAX],
        "subject": "【極秘】役員報酬改定（7月株主総会後）の件",
        "body": """青稜会計
大庭先生

【取扱区分：極秘】

いつもお世話になっております。鶴見です。
7月の定時株主総会後の取締役会で決議予定の役員報酬改定案をお送りします。
定期同額給与の要件を満たすかご確認ください。

　役職　　　　氏名　　　　　現行月額　　改定後月額
　代表取締役　日野出 宗一郎　2,100,000　 2,250,000
　専務取締役　久留島 敦　　 1,450,000　 1,520,000
　常務取締役　瀬戸口 美佐子 1,200,000　 1,260,000
　取締役　　　朝比奈 慎吾　　 980,000　 1,030,000

改定月は8月支給分からを予定しています。
""" + SIG_TSURUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking", "personal_data"],
        "note": "the mail is classified 【極秘】 in subject and body and goes to the external tax firm",
    },
    # 029 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-029",
        "charset": "utf-8",
        "sender": ETO,
        "to": [TAX],
        "subject": "期中の役員報酬増額と定期同額給与について（質問）",
        "body": """大庭先生

いつもお世話になっております。経理部の江藤です。
一般論として教えていただきたいのですが、

1. 株主総会（7月）から3か月以内の改定であれば、8月支給分からの増額で
   定期同額給与に該当するという理解でよいでしょうか。
2. 職務内容の変更がない場合でも、業績連動の増額は臨時改定事由に当たらない
   という理解でよいでしょうか。

社内の稟議書の記載に使いたく、根拠条文（法人税法施行令69条）の
該当箇所もご教示いただけますと助かります。

""" + SIG_ETO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general tax question about director pay rules: no person's data, no marking",
    },
    # 030 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-030",
        "charset": "utf-8",
        "sender": KYUYO,
        "to": [NISHIKI],
        "subject": "賞与明細 郵送分（休職者・育休者）の宛名データ",
        "body": """錦印刷株式会社
宇佐美様

いつもお世話になっております。日の出産業 給与課です。
冬季賞与明細の封入・郵送のうち、自宅宛て郵送分の宛名データをお送りします。
（休職中・育児休業中で出社していない社員分です）

発送日は12月8日（火）でお願いいたします。
""" + SIG_KYUYO,
        "attachments": [{
            "kind": "docx",
            "name": "賞与明細_郵送宛名一覧_202612.docx",
            "title": "郵送宛名一覧",
            "paragraphs": ["冬季賞与明細　自宅郵送分　宛名一覧（2026年12月）", "※簡易書留・親展でお願いします"],
            "tables": [[
                ["No", "社員番号", "氏名", "郵便番号", "住所"],
                ["1", "H09874", "五百旗頭 誠", "226-0025", "神奈川県横浜市緑区十日市場町1501-7"],
                ["2", "H10117", "大豆生田 香織", "335-0004", "埼玉県蕨市中央4-18-2 グランシャリオ蕨302"],
                ["3", "H10268", "京極 由紀", "270-0034", "千葉県松戸市新松戸2-96 ハイツ新松戸B-11"],
                ["4", "H10390", "羽生田 沙耶", "183-0022", "東京都府中市宮西町5-3-14"],
                ["5", "H10455", "長曽我部 恵美", "252-0303", "神奈川県相模原市南区相模大野6-2-8-401"],
                ["6", "H10731", "宗像 瞳", "146-0082", "東京都大田区池上3-27-11"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a DOCX table of 6 employees' home addresses to the printing partner: a list of people",
    },
    # 031 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-031",
        "charset": "iso-2022-jp",
        "sender": KYUYO,
        "to": [NISHIKI],
        "subject": "給与明細用 圧着はがき（2027年分）の発注",
        "body": """錦印刷株式会社 営業部
宇佐美様

いつもお世話になっております。日の出産業 給与課です。
お見積り（No. NI-26-1184）の内容で、2027年分の給与明細用圧着はがきを発注いたします。

　品名　　：給与・賞与明細書 圧着はがき（V型・3面）
　数量　　：4,200枚
　単価　　：18.5円（税抜）
　納期　　：2026年12月18日（金）
　納品先　：本社 5F 人事部 給与課

レイアウトは前回（2026年分）から変更ありません。
請求書は経理部 江藤宛てにお送りください。

""" + SIG_KYUYO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a purchase order for payslip forms to the printing partner: quote number, price, no person's data",
    },
    # 032 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-032",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["ツバサシステム サポート <kyuyo-support@tsubasa-sytem.jp>"],
        "subject": "【問合せ】差額計算で社会保険料が二重控除される",
        "body": """ツバサシステム サポートセンター御中

お世話になっております。日の出産業（契約番号 TS-40871）の小野寺です。

御社の「TSUBASA給与 Ver.8.2」で昇給差額の遡及計算を実行したところ、
差額分に対して健康保険料・厚生年金保険料が二重に控除されているように見えます。
画面のキャプチャを添付します。

再現手順：
1. 遡及計算 ＞ 対象期間 2026/04～2026/06 を指定
2. 「社会保険料を再計算する」にチェック
3. 7月度の計算を実行

回避方法があればご教示ください。
""" + SIG_ONODERA,
        "attachments": [{"kind": "png", "name": "sakyu_keisan_error.png"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp: a look-alike recipient",
    },
    # 033 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-033",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [TSUBASA],
        "subject": "【問合せ】遡及計算後に住民税が再計算されてしまう件",
        "body": """ツバサシステム サポートセンター御中

お世話になっております。日の出産業（契約番号 TS-40871）の小野寺です。

TSUBASA給与 Ver.8.2 で昇給差額の遡及計算を行うと、
住民税（特別徴収）の月額まで再計算されて6月の値に戻ってしまう現象が起きています。
対象は社員番号 H10482 の1件で確認しています（他の社員は未確認）。

エラーメッセージ：E-2207「住民税テーブルの参照に失敗しました」
画面キャプチャを添付しますのでご確認ください。
""" + SIG_ONODERA,
        "attachments": [{"kind": "png", "name": "E-2207.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a support question to the partner software vendor citing one employee number only",
    },
    # 034 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-034",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "随時改定 該当候補者（4月昇給反映後 3か月平均）",
        "body": """寺内様

お世話になっております。小野寺です。
4月昇給の反映後、4～6月の3か月平均で2等級以上の変動が見込まれる候補者を抽出しました。
（Excelから貼り付けたため、タブ区切りになっています）

社員番号\t氏名\t生年月日\t従前標準報酬\t4月\t5月\t6月\t平均
H10482\t勅使河原 純\t昭和61年7月14日\t280000\t331240\t318900\t326400\t325513
H10533\t栗栖 大悟\t昭和54年11月29日\t340000\t408770\t392100\t401200\t400690
H10618\t忽那 拓郎\t昭和58年9月8日\t300000\t352120\t338400\t347700\t346073
H11020\t八木橋 倫子\t平成2年4月11日\t260000\t289300\t280100\t280800\t283400
H11135\t嘉数 亮介\t昭和60年1月27日\t320000\t356200\t349800\t352600\t352866
H11207\t御厨 千尋\t平成5年10月5日\t240000\t263500\t256000\t257800\t259100
H11318\t真栄城 大和\t平成8年3月3日\t220000\t248600\t239900\t243100\t243866

固定的賃金の変動は全員4月昇給によるものです。
判定をお願いいたします。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a tab-separated list of 7 employees with 和暦 birth dates and pay to the 社労士",
    },
    # 035 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-035",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "障害者控除の追加（10月度から）",
        "body": """久我様

お世話になっております。小野寺です。
10月度の源泉計算から、障害者控除を1名追加でお願いします。

　社員番号：H10268
　氏名　　：京極 由紀
　区分　　：本人・一般の障害者
　根拠　　：身体障害者手帳 4級（下肢機能障害）、2026年9月交付

年の途中での異動のため、扶養控除等異動申告書の写しを郵送いたします。
年末調整でも同じ扱いでお願いいたします。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability (身体障害者手帳 4級, 下肢機能障害) to the outsourcer: 要配慮個人情報",
    },
    # 036 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-036",
        "charset": "utf-8",
        "sender": HAGIWARA,
        "to": ["森下 圭介 <morishita.k@hinode-sangyo.co.jp>", "小野寺 真由美 <onodera.m@hinode-sangyo.co.jp>"],
        "subject": "昇給通知書ドラフト（管理本部8名分）確認のお願い",
        "body": """森下さん、小野寺さん

人事課の萩原です。
管理本部8名分の昇給通知書ドラフトを作成しました。
金額と等級に誤りがないか、給与課側でも確認をお願いします。
問題なければ4月10日に各部長経由で本人へ手渡しします。

萩原
""" + SIG_HAGIWARA,
        "attachments": [{
            "kind": "docx",
            "name": "昇給通知書_管理本部_2026.docx",
            "paragraphs": [
                "昇給通知書（2026年4月1日付）",
                "下記のとおり、2026年4月1日付で基本給を改定します。",
            ],
            "tables": [[
                ["氏名", "所属", "等級", "改定前基本給", "改定後基本給", "生年月日"],
                ["蔦谷 康平", "総務部", "S2", "262,000", "268,300", "1987/02/11"],
                ["波多野 礼子", "総務部", "M1", "329,000", "336,200", "1978/06/05"],
                ["香月 翔", "経理部", "J3", "224,000", "228,900", "1995/09/23"],
                ["坪井 小百合", "経理部", "S1", "243,500", "248,400", "1990/12/01"],
                ["古閑 俊", "情報システム部", "S3", "291,000", "297,600", "1984/04/17"],
                ["沼尻 葵", "情報システム部", "J2", "213,000", "217,500", "1998/07/29"],
                ["蒲生 健吾", "人事部", "S2", "259,800", "265,900", "1986/10/08"],
                ["千賀 悠", "人事部", "J3", "221,500", "226,300", "1996/01/14"],
            ]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "8 employees' raise letters with birth dates, but sent between HR staff only (internal)",
    },
    # 037 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-037",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [
            "川崎電機 人事部 <jinji@kawasaki-denki.co.jp>",
            "青葉運輸 総務部 <somu@aoba-unyu.co.jp>",
            "北国フーズ 管理部 <kanri@kitaguni-foods.co.jp>",
        ],
        "subject": "出向者給与負担金の算定方法変更について（2026年度）",
        "body": """出向受入企業 ご担当者様

いつも当社出向者がお世話になっております。日の出産業 給与課の森下です。

2026年度の給与改定に伴い、出向者給与負担金の算定方法を下記のとおり変更いたします。

　1. 負担割合：基本給・諸手当の100%（変更なし）
　2. 賞与　　：算定期間の出向日数に応じた按分に変更（従来は支給月の在籍で全額）
　3. 昇給差額：4～6月分を7月請求分に合算してご請求
　4. 請求書　：毎月10日締め、月末お支払い（変更なし）

詳細は各社別に別途ご説明に伺います。
ご不明な点がございましたらお問い合わせください。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies in To see each other's addresses (and that each hosts our secondees): should be Bcc",
    },
    # 038 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-038",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": ["川崎電機 人事部 春日様 <kasuga.r@kawasaki-denki.co.jp>"],
        "subject": "出向者2名の7月分負担金（昇給差額含む）",
        "body": """川崎電機株式会社
人事部 春日様

いつもお世話になっております。日の出産業の森下です。
御社へ出向中の2名について、7月分の給与負担金をご連絡いたします。
4月昇給の差額（4～6月分）を含んでおります。

　・戸賀崎 誠司　基本給 312,400円＋差額 17,700円＋諸手当 28,000円
　・葛城 まどか　基本給 246,900円＋差額 14,100円＋諸手当 21,000円

請求書は8月10日付でお送りします。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two secondees' pay to the one partner that hosts them: under five people, may be warned",
    },
    # 039 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-039",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "是正勧告対応：物流センター 賃金台帳（8月度）",
        "body": """寺内様

お世話になっております。小野寺です。
是正勧告の対象となった物流センターについて、8月度の賃金台帳をPDFでお送りします。
割増賃金の単価に昇給差額が反映されているかのご確認をお願いいたします。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "pdf",
            "name": "賃金台帳_物流センター_202608.pdf",
            "lines": ["賃金台帳　2026年8月度（計算期間 7/16～8/15）　事業所：物流センター（千葉県市川市）", ""],
            "table": [
                ["社員番号", "氏名", "性別", "雇入日", "労働日数", "労働時間", "時間外", "深夜", "基本給", "時間外手当", "総支給額"],
                ["L20311", "畔柳 哲也", "男", "2012/04/01", "22", "176", "31.5", "8.0", "258,000", "61,250", "341,870"],
                ["L20348", "漆原 静香", "女", "2015/10/01", "21", "168", "12.0", "0", "231,000", "20,910", "268,400"],
                ["L20402", "舘野 剛", "男", "2017/04/01", "22", "176", "44.0", "12.5", "247,500", "86,930", "365,020"],
                ["L20455", "宍戸 由香里", "女", "2018/07/01", "20", "160", "6.5", "0", "219,800", "10,040", "242,310"],
                ["L20517", "鍋島 亮太", "男", "2020/04/01", "22", "176", "38.0", "10.0", "226,300", "67,210", "316,880"],
                ["L20583", "瓜生 美咲", "女", "2022/04/01", "21", "168", "9.0", "0", "208,400", "13,460", "234,150"],
                ["L20624", "饗庭 隼人", "男", "2023/10/01", "22", "176", "27.5", "6.0", "203,900", "43,680", "260,010"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a PDF wage ledger of 7 named employees (hire date, hours, pay) to the external 社労士: a list",
    },
    # 040 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-040",
        "charset": "utf-8",
        "sender": KYUYO,
        "to": ["nanami.sakakura0412@gmail.com"],
        "subject": "【日の出産業】8月分 給与明細書（PDF）の送付",
        "body": """坂倉 七海 様

日の出産業 人事部 給与課です。
育児休業中のため社内ポータルにログインできないとのことでしたので、
ご依頼のあった8月分の給与明細書（昇給差額の精算を含む）をPDFでお送りします。

PDFにはパスワードを設定しています。
パスワードは社員番号の後ろに生年月日（月日4桁）を続けたものです。

ご不明な点があればお問い合わせください。
""" + SIG_KYUYO,
        "attachments": [{
            "kind": "pdf",
            "name": "給与明細_202608_H10844.pdf",
            "password": "H108440412",
            "lines": ["給与明細書 2026年8月分", "氏名 坂倉 七海", "昇給差額 9,600円", "差引支給額 41,320円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "a password-protected PDF payslip: the attachment cannot be inspected (to an employee's free mail)",
    },
    # 041 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-041",
        "charset": "iso-2022-jp",
        "sender": KYUYO,
        "to": ["宮腰 達也 <t-miyakoshi@yahoo.co.jp>"],
        "subject": "Re: 退職後の昇給差額と源泉徴収票について",
        "body": """宮腰 様

お問い合わせいただきありがとうございます。日の出産業 給与課です。

ご質問の2点について回答いたします。

1. 昇給差額について
　宮腰様は6月30日付のご退職ですので、4～6月分の昇給差額（3か月分）が対象です。
　7月24日に、最終給与と同じ口座（末尾 ***219）へお振込みいたします。

2. 源泉徴収票について
　差額のお支払いが7月になるため、先にお送りした源泉徴収票は差額を含まないものでした。
　差額を含めた源泉徴収票を8月上旬にご自宅へ再発行いたします。
　転職先の年末調整には再発行分をご提出ください。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_KYUYO + """

-----Original Message-----
From: 宮腰 達也 <t-miyakoshi@yahoo.co.jp>
Sent: Monday, July 13, 2026 8:47 PM
To: kyuyo@hinode-sangyo.co.jp
Subject: 退職後の昇給差額と源泉徴収票について

6月末で退職した宮腰です（社員番号H09455）。
退職者にも昇給差額が出ると聞きましたが、いつ頃振り込まれますか。
また、すでにいただいた源泉徴収票はそのまま使ってよいでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a reply to a former employee about his own back-pay on free mail: one person, account masked",
    },
    # 042 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-042",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["芦田 さやか <ashida.s@hinode-sangyo.jp>"],
        "subject": "大阪支店 昇給額の修正（3名）",
        "body": """芦田さん

お疲れさまです。本社給与課の小野寺です。
先日お送りした大阪支店の昇給一覧に誤りがありました。申し訳ありません。
以下3名の新基本給を修正してください。

　H20126 八ッ橋 隆二　誤 271,300 → 正 273,800
　H20152 瀧本 千春　　誤 232,600 → 正 230,100
　H20177 木ノ下 綾乃　誤 248,000 → 正 249,500

辞令の差し替えは本社から再送します。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyo.jp drops the co. of the own domain: a colleague's address mistyped to a look-alike",
    },
    # 043 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-043",
        "charset": "cp932",
        "sender": ONODERA,
        "to": ["芦田 さやか <ashida.s@osaka.hinode-sangyo.co.jp>"],
        "subject": "大阪支店 昇給一覧と辞令の郵送先",
        "body": """芦田さん

お疲れさまです。給与課の小野寺です。
大阪支店の昇給一覧です。辞令は休職中・在宅勤務の方の分を自宅へ郵送しますので、
住所に変更がないか確認をお願いします。

社員番号  氏名            新基本給   郵送先
H20114    芦田 さやか     262,900    （支店で手渡し）
H20126    八ッ橋 隆二     273,800    〒560-0021 大阪府豊中市本町4-7-19
H20131    大久保 真菜     239,400    〒577-0011 大阪府東大阪市荒本北1-12-3-805
H20140    鮫島 健太郎     301,200    （支店で手渡し）
H20152    瀧本 千春       230,100    〒573-0032 大阪府枚方市岡東町22-6
H20163    深堀 勇太       255,000    〒662-0918 兵庫県西宮市六湛寺町9-15
H20177    木ノ下 綾乃     249,500    （支店で手渡し）
H20185    西川 翔平       266,700    〒530-0041 大阪府大阪市北区天神橋7-3-2-1104

よろしくお願いします。
小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "8 employees' salaries and home addresses, but to osaka.hinode-sangyo.co.jp, an internal subdomain",
    },
    # 044 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-044",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "退職者への昇給差額支給（5名）の振込情報",
        "body": """久我様

お世話になっております。小野寺です。
4～6月に退職した方への昇給差額について、振込先と郵送先をお送りします。
7月24日の振込データに含めてください。明細は各自宅へ郵送をお願いします。

【1】
氏名：宮腰 達也（ミヤコシ タツヤ）
住所：〒338-0001 埼玉県さいたま市中央区上落合8-4-11
電話：090-4718-2260
口座：かもめ銀行 浦和支店 普通 5520219
差額：15,600円

【2】
氏名：関谷 文雄（セキヤ フミオ）
住所：〒194-0013 東京都町田市原町田2-19-6
電話：042-728-5531
口座：みどり銀行 町田支店 普通 0841377
差額：6,900円

【3】
氏名：廣田 和恵（ヒロタ カズエ）
住所：〒238-0007 神奈川県横須賀市若松町1-14-2-303
電話：080-3391-6084
口座：東邦みらい銀行 横須賀中央支店 普通 3318605
差額：11,200円

【4】
氏名：大嶋 孝之（オオシマ タカユキ）
住所：〒260-0013 千葉県千葉市中央区中央3-9-27
電話：070-2256-9913
口座：みどり銀行 千葉支店 普通 7764102
差額：13,800円

【5】
氏名：田辺 美奈子（タナベ ミナコ）
住所：〒330-0063 埼玉県さいたま市浦和区高砂1-6-4
電話：090-8852-0147
口座：港北信用金庫 本店 普通 0209538
差額：4,500円

以上5名です。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "five former employees, one block each with address, phone and bank account, to the outsourcer: a list",
    },
    # 045 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-045",
        "charset": "utf-8",
        "sender": HAGIWARA,
        "to": [GYOSEI],
        "subject": "在留期間更新（技術・人文知識・国際業務）の書類について",
        "body": """行政書士おおとり事務所
ご担当者様

お世話になっております。日の出産業 人事課の萩原です。
当社社員1名の在留期間更新申請をお願いしたく、ご連絡いたしました。
4月の昇給後の年収で申請したいと考えています。

　氏名　　　　：NGUYEN VAN THANH（グエン ヴァン タイン）
　国籍　　　　：ベトナム
　生年月日　　：1996年8月21日
　在留カード番号：UH47302915EA
　在留期限　　：2026年11月30日
　職種　　　　：生産技術（設備保全）
　年収見込　　：4,386,000円（2026年4月昇給後、賞与込み）

在職証明書・給与所得の源泉徴収票は来週郵送いたします。
""" + SIG_HAGIWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a foreign employee's residence card number (with name and birth date) to an outside 行政書士",
    },
    # 046 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-046",
        "charset": "utf-8",
        "sender": HAGIWARA,
        "to": [GYOSEI],
        "subject": "Re: 在留期間更新の必要書類",
        "body": """ご回答ありがとうございます。萩原です。

昇給後の報酬額を示す書類として、「雇用条件の変更通知書（昇給通知書）」の写しで
足りるとのこと、承知しました。会社印のある原本証明付きで準備いたします。

本人との面談日程は、本人の勤務シフトを確認のうえ改めてご連絡します。

> 昇給後の年収で申請される場合、直近の源泉徴収票に加え、
> 変更後の報酬額がわかる書類（昇給通知書等）の写しをご用意ください。
> 行政書士おおとり事務所　大鳥
""" + SIG_HAGIWARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "follow-up about which documents to prepare: no personal data in the new text",
    },
    # 047 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-047",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [HLINK],
        "subject": "昇給原資シミュレーション（3パターン）",
        "body": """丹羽様

お世話になっております。森下です。
先日ご提案いただいた配分ロジックで、昇給原資のシミュレーションを3パターン作成しました。
等級別・評価別の平均額のみで、個人別のデータは含めていません。
ご確認のうえ、どのパターンが妥当かご意見をいただけますと幸いです。

""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx",
            "name": "昇給原資シミュレーション_2026.xlsx",
            "page_header": "部外秘",
            "sheets": {
                "パターンA": [
                    ["昇給原資シミュレーション　パターンA（定昇重視）"],
                    ["等級", "人数", "評価S", "評価A", "評価B", "評価C", "平均昇給額"],
                    ["J1-J3", 96, 7200, 6100, 4800, 2400, 5010],
                    ["S1-S3", 148, 8600, 7300, 5800, 2900, 6040],
                    ["M1-M2", 58, 10400, 8800, 6900, 3400, 7280],
                ],
                "パターンB": [
                    ["昇給原資シミュレーション　パターンB（メリハリ型）"],
                    ["等級", "人数", "評価S", "評価A", "評価B", "評価C", "平均昇給額"],
                    ["J1-J3", 96, 9000, 6800, 4500, 1200, 5030],
                    ["S1-S3", 148, 10800, 8100, 5400, 1500, 6010],
                    ["M1-M2", 58, 13000, 9700, 6400, 1800, 7250],
                ],
                "パターンC": [
                    ["昇給原資シミュレーション　パターンC（ベア一律＋定昇）"],
                    ["等級", "人数", "ベア", "定昇B", "平均昇給額"],
                    ["J1-J3", 96, 3000, 2100, 5100],
                    ["S1-S3", 148, 3000, 3000, 6000],
                    ["M1-M2", 58, 3000, 4300, 7300],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "aggregated figures only, but the workbook's page header classifies it 部外秘 and it goes outside",
    },
    # 048 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-048",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": [HLINK],
        "subject": "Re: 新しい給与テーブル（号俸表）のご確認",
        "body": """丹羽様

お世話になっております。森下です。
ご指摘いただいたS3等級の上限号俸を修正した給与テーブルを添付します。
ピッチは J等級 1,200円／S等級 1,500円／M等級 1,800円 で統一しています。

""" + SIG_MORISHITA + DISC_JA,
        "attachments": [{
            "kind": "xlsx",
            "name": "基本給テーブル_2026年度_rev2.xlsx",
            "sheets": {
                "号俸表": [
                    ["基本給テーブル（2026年4月改定）", "", "", "", ""],
                    ["号俸", "J1", "J2", "J3", "S1"],
                    [1, 205500, 212000, 221500, 241000],
                    [2, 206700, 213200, 222700, 242500],
                    [3, 207900, 214400, 223900, 244000],
                    [4, 209100, 215600, 225100, 245500],
                    [5, 210300, 216800, 226300, 247000],
                ],
                "改定履歴": [["版", "日付", "内容"], ["rev1", "2026-02-20", "初版"], ["rev2", "2026-03-04", "S3上限号俸の修正"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a salary grade table with no people and no classification stamp; the disclaimer is the standard one",
    },
    # 049 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-049",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "7月度 差額支給一覧（技術開発センター・中途入社者）",
        "html": """<html><head><meta charset="utf-8"></head><body style="font-family:'Yu Gothic',sans-serif">
<p>ペイロールワークス<br>久我様</p>
<p>お世話になっております。日の出産業の小野寺です。<br>
中途入社者の入社時等級の見直しに伴う差額支給の一覧です。7月度計算にご反映ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>社員番号</th><th>氏名</th><th>所属</th><th>差額（円）</th><th>振込先</th></tr></thead>
<tbody>
<tr><td>H11402</td><td>比嘉 竜之介</td><td>技術開発C 第一G</td><td>42,300</td><td>みどり銀行 川崎支店 普通 1193826</td></tr>
<tr><td>H11415</td><td>鰐部 花蓮</td><td>技術開発C 第一G</td><td>28,800</td><td>かもめ銀行 溝口支店 普通 4402817</td></tr>
<tr><td>H11433</td><td>乙部 海斗</td><td>技術開発C 第二G</td><td>35,100</td><td>みどり銀行 武蔵小杉支店 普通 2287103</td></tr>
<tr><td>H11440</td><td>上遠野 紗季</td><td>技術開発C 第二G</td><td>19,500</td><td>東邦みらい銀行 新百合ヶ丘支店 普通 6051934</td></tr>
<tr><td>H11458</td><td>及川 悠斗</td><td>技術開発C 評価G</td><td>31,600</td><td>みどり銀行 川崎支店 普通 3370418</td></tr>
<tr><td>H11461</td><td>猪狩 沙織</td><td>技術開発C 評価G</td><td>24,000</td><td>港北信用金庫 日吉支店 普通 0885216</td></tr>
<tr><td>H11479</td><td>都築 啓</td><td>技術開発C 第三G</td><td>38,700</td><td>みどり銀行 登戸支店 普通 5129460</td></tr>
<tr><td>H11486</td><td>天羽 心</td><td>技術開発C 第三G</td><td>22,200</td><td>かもめ銀行 鷺沼支店 普通 7740385</td></tr>
</tbody></table>
<p>よろしくお願いいたします。</p>
<p style="color:#666">日の出産業株式会社 人事部 給与課　小野寺 真由美<br>TEL 03-5471-2208</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "an HTML-only table of 8 named employees with bank accounts to the outsourcer: a list of people",
    },
    # 050 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-050",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": [PW],
        "subject": "検算のお願い（時間外単価・社員番号のみ）",
        "body": """久我様

小野寺です。昇給後の時間外単価の検算をお願いします。
氏名は伏せて社員番号のみでお送りします。

社員番号  等級  新基本給   職務手当  時間外単価(当社計算)
H10482    S2    274,000    15,000    2,176
H10533    M1    338,500    30,000    2,772
H10618    S3    295,300    20,000    2,374
H10671    S2    271,200    15,000    2,155
H10703    J1    209,600         0    1,572
H11135    S3    302,400    20,000    2,427

月平均所定労働時間は 166.0時間 で計算しています。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "6 rows of employee numbers with pay but no names: pseudonymous to the outsourcer, who can re-identify them",
    },
    # 051 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-051",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "賞与支払届 作成用データ（夏季・本社管理部門）",
        "body": """寺内様

いつもお世話になっております。日の出産業の小野寺です。
夏季賞与の賞与支払届作成用データをZIPでお送りします（パスワードなし）。
CSVはShift_JISです。電子申請での提出をお願いいたします。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "shoyo_shiharaitodoke_2026summer.zip",
            "files": [
                {
                    "kind": "csv",
                    "name": "賞与支払届_本社管理.csv",
                    "encoding": "cp932",
                    "rows": [
                        ["被保険者整理番号", "氏名", "生年月日", "基礎年金番号", "賞与支払日", "賞与額"],
                        ["118", "蔦谷 康平", "昭和62年2月11日", "3408-127756", "2026/07/10", "612000"],
                        ["124", "波多野 礼子", "昭和53年6月5日", "2917-440381", "2026/07/10", "803500"],
                        ["131", "香月 翔", "平成7年9月23日", "6103-285597", "2026/07/10", "498200"],
                        ["133", "坪井 小百合", "平成2年12月1日", "4725-903164", "2026/07/10", "552700"],
                        ["140", "古閑 俊", "昭和59年4月17日", "3861-017425", "2026/07/10", "684900"],
                        ["147", "沼尻 葵", "平成10年7月29日", "7294-661038", "2026/07/10", "436000"],
                    ],
                },
                {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                 "text": "賞与支払届 作成用データ\n支給日：2026年7月10日\n対象：本社管理部門 6名\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a CSV in a plain ZIP with 6 employees' 基礎年金番号 and birth dates to the 社労士: ID numbers and a list",
    },
    # 052 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-052",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": ["寺内 恵子 <terauchi@minato-sr.jp>"],
        "subject": "Re: 賞与支払届の提出期限",
        "body": """寺内様

承知いたしました。7月10日支給ですので、15日の期限に間に合うよう
7月13日（月）までにデータをお送りします。

小野寺

On 2026/07/01 10:15, 寺内 恵子 wrote:
> 小野寺様
>
> 賞与支払届は支給日から5日以内の提出が必要です。
> 昨年は支給日が土曜だったため翌週対応でしたが、今年は期限が厳しくなりますので、
> 対象者の基礎年金番号の一覧（例：蔦谷様 3408-127756 など）を早めにいただけますと助かります。
>
> 寺内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a short reply; the one pension number appears only in the quoted text from the 社労士's own mail",
    },
    # 053 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-053",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "労災休業中の社員の賞与査定と休業補償について",
        "body": """寺内先生

お世話になっております。森下です。
労災で休業中の社員について、賞与と給与の扱いをご相談させてください。

　対象者：物流センター　舘野 剛（L20402）
　経緯　：8月4日、フォークリフトからの荷下ろし作業中に転落し、
　　　　　右大腿骨骨折・腰椎圧迫骨折の診断。現在も入院中（リハビリ含め約4か月の見込み）
　給付　：休業補償給付を申請済み（待期3日分は会社負担で支給済み）

ご相談事項
1. 冬季賞与の算定期間における労災休業期間を「出勤扱い」とすることの可否
2. 休業中の定期昇給（来年4月）査定の扱い

当社規程では業務上の傷病による欠勤は出勤扱いとする旨の定めがございます。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's injury diagnosis and hospitalisation (medical information) to the 社労士",
    },
    # 054 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-054",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "賞与規程の改定案（欠勤控除の扱い）",
        "body": """寺内先生

お世話になっております。森下です。
来年度に向けて、賞与規程の欠勤控除の条文を見直したいと考えております。

（現行）第12条　算定期間中の欠勤日数に応じ、次の率を減じる。
（改定案）第12条　算定期間中の欠勤日数に応じ、次の率を減じる。ただし、以下の期間は出勤とみなす。
　　1. 業務上の負傷・疾病による休業期間
　　2. 年次有給休暇、特別休暇
　　3. 産前産後休業期間（※育児休業期間は除く）

育児休業期間を出勤とみなさない扱いについて、不利益取扱いの観点から問題がないか、
ご意見をいただけますでしょうか。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a rule-drafting question about bonus deductions: mentions illness and leave in general, no person",
    },
    # 055 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-055",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": [
            ASIAPAY,
            "HR Team <hr@bpp-thai.com>",
            "Tran Thi Lan <lan.tran@mekong-payroll.vn>",
        ],
        "subject": "Salary review FY2026 - calendar for all Asian sites",
        "body": """Dear all,

To align the FY2026 salary review across our Asian sites, please find below the common
calendar. Local increase budgets will be shared with each of you separately.

  1. 6 Mar   Local market data submitted to HQ
  2. 27 Mar  Budget approved by HQ HR committee
  3. 17 Apr  Individual proposals submitted (via your usual secure portal)
  4. 1 May   Effective date (Thailand) / 1 Jun effective date (Vietnam)

Please let me know by 20 February if any local regulation (e.g. minimum wage revision)
requires an earlier date.

Best regards,
""" + SIG_CHIGA + "\n" + DISC_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (two payroll providers and a subsidiary's partner) visible in To",
    },
    # 056 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-056",
        "charset": "utf-8",
        "sender": ASHIDA,
        "to": [ONODERA],
        "subject": "大阪支店 新規扶養分の個人番号（年末調整用）",
        "body": """小野寺さん

お疲れさまです。大阪支店総務の芦田です。
年末調整に向けて、今年扶養に追加となったご家族の個人番号を回収しました。
一覧にまとめましたのでご確認ください（本人確認書類は支店の金庫で保管しています）。

""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "xlsx",
            "name": "扶養追加_個人番号一覧_大阪.xlsx",
            "sheets": {
                "扶養追加": [
                    ["年末調整用　扶養追加者 個人番号一覧（大阪支店）"],
                    ["社員番号", "社員氏名", "扶養者氏名", "続柄", "生年月日", "個人番号", "住所"],
                    ["H20126", "八ッ橋 隆二", "八ッ橋 結衣", "長女", "2026-01-22", my_number(SEED + 10), "大阪府豊中市本町4-7-19"],
                    ["H20131", "大久保 真菜", "大久保 蒼", "長男", "2025-11-03", my_number(SEED + 11), "大阪府東大阪市荒本北1-12-3"],
                    ["H20152", "瀧本 千春", "瀧本 敏行", "父", "1956-09-14", my_number(SEED + 12), "大阪府枚方市岡東町22-6"],
                    ["H20163", "深堀 勇太", "深堀 里奈", "妻", "1995-03-08", my_number(SEED + 13), "兵庫県西宮市六湛寺町9-15"],
                    ["H20185", "西川 翔平", "西川 陽葵", "長女", "2026-05-30", my_number(SEED + 14), "大阪府大阪市北区天神橋7-3-2"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "five dependants' My Numbers in an XLSX, sent branch to head office: all recipients internal",
    },
    # 057 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-057",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [TSUBASA],
        "subject": "年俸制社員データの移行テスト用ファイル",
        "body": """ツバサシステム サポートセンター
移行ご担当 様

お世話になっております。日の出産業の小野寺です。
年俸制社員（研究職）の新システム移行テスト用に、現行システムから出力したファイルを
お送りします。旧形式（.xls）しか出力できないため、そのままお送りします。

移行後の年俸÷14（賞与2か月分含む）の月額計算が正しいかのご確認をお願いします。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xls",
            "name": "nenpou_export_20260305.xls",
            "sheets": {
                "export": [
                    ["EMP_NO", "NAME", "NAME_KANA", "BIRTH", "NENPOU", "BANK", "BRANCH", "ACCT_TYPE", "ACCT_NO"],
                    ["R00102", "雲井 俊介", "クモイ シュンスケ", "1977/05/09", 9240000, "みどり銀行", "川崎支店", "普通", "2018846"],
                    ["R00118", "仁科 里穂", "ニシナ リホ", "1985/12/24", 7140000, "かもめ銀行", "溝口支店", "普通", "3306172"],
                    ["R00125", "御手洗 亮", "ミタライ リョウ", "1987/03/02", 6860000, "みどり銀行", "登戸支店", "普通", "4471905"],
                    ["R00131", "小此木 陽介", "オコノギ ヨウスケ", "1981/08/15", 8120000, "東邦みらい銀行", "新百合ヶ丘支店", "普通", "5093388"],
                    ["R00147", "澁谷 茉莉", "シブヤ マリ", "1990/01/06", 6300000, "みどり銀行", "川崎支店", "普通", "6627014"],
                    ["R00153", "弓削 大志", "ユゲ タイシ", "1983/10/27", 7700000, "港北信用金庫", "日吉支店", "普通", "0719253"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "real staff data (6 people: birth date, salary, bank account) in a legacy XLS sent to the software vendor for testing",
    },
    # 058 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-058",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [TSUBASA],
        "subject": "Re: 移行テストのデータについて",
        "body": """ツバサシステム サポートセンター御中

ご指摘ありがとうございます。ご案内のとおり、実データではなく
項目の形式だけを合わせたテストデータに差し替えます。

EMP_NO,NAME,NENPOU,ACCT_TYPE
T00001,テスト社員01,6000000,普通
T00002,テスト社員02,7200000,普通
T00003,テスト社員03,8400000,当座

口座番号・生年月日の列は、ご提示いただいたダミー値（すべて0埋め）で作成します。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "obviously fictitious test records (テスト社員01…) with no real person's data",
    },
    # 059 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-059",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "休日振替と休日出勤手当の計算について（1名）",
        "body": """久我様

お世話になっております。小野寺です。
休日出勤手当の計算で1名、個別の扱いをお願いしたい方がいます。

製造部 第二課の アフマド・ラフマン（H11512）さんは、ムスリムのため
金曜日の正午から午後2時の集団礼拝に参加することを会社として認めており、
ラマダン期間中は勤務シフトを調整しています。
そのため、同氏については法定休日を金曜日とし、日曜日の勤務は
休日出勤手当（35%）ではなく時間外（25%）で計算をお願いします。

雇用契約書の該当部分（写し）は郵送いたします。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religion (ムスリム, 礼拝) sent to the payroll outsourcer: 要配慮個人情報",
    },
    # 060 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-060",
        "charset": "iso-2022-jp",
        "sender": TSURUMI,
        "to": ["白川 陽子 <y.shirakawa@shirakawa-law.co.jp>"],
        "subject": "賃金制度改定（職務給への移行）に伴う不利益変更の検討",
        "body": """白川先生

いつもお世話になっております。日の出産業の鶴見です。

来年4月に予定している職務給への移行について、
一部の社員（約40名）は基本給が最大で月1万5千円程度下がる見込みです。
経過措置として3年間の調整給を支給する案を検討していますが、
就業規則の不利益変更としての合理性が認められるか、ご意見を伺いたく存じます。

労働組合との協議は11月から開始予定です。
来週、30分ほどお時間をいただけますでしょうか。

""" + SIG_TSURUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp adds co. to the partner law firm's shirakawa-law.jp: a look-alike recipient",
    },
    # 061 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-061",
        "charset": "utf-8",
        "sender": TSURUMI,
        "to": [LAW],
        "subject": "給与計算業務委託契約・秘密保持契約（案）のリーガルチェック依頼",
        "body": """白川先生

いつもお世話になっております。日の出産業の鶴見です。

給与計算の委託先（株式会社ペイロールワークス）との契約更新にあたり、
先方から業務委託契約書と秘密保持契約書（NDA）の改定案が届きました。
特に以下の点についてご確認をお願いできますでしょうか。

　・再委託の可否と、再委託先に対する監督義務の範囲
　・個人番号を含む特定個人情報の取扱い（安全管理措置の明記）
　・秘密情報の返還・廃棄の期限と証明書の提出
　・漏えい時の損害賠償の上限（現案は年間委託料相当額）

契約開始は来年1月1日の予定です。

""" + SIG_TSURUMI + DISC_JA,
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_ペイロールワークス_案.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社ペイロールワークス（以下「乙」という。）は、"
                "甲が乙に委託する給与計算業務に関し、次のとおり秘密保持契約を締結する。",
                "第1条（秘密情報の定義）本契約において秘密情報とは、甲が乙に開示する従業員の個人情報、"
                "賃金に関する情報その他一切の情報をいう。",
                "第2条（目的外利用の禁止）乙は、秘密情報を本業務の遂行以外の目的で利用してはならない。",
                "第3条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還又は廃棄し、その旨を証する書面を甲に提出する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the payroll outsourcer and its draft; 秘密情報 is the subject, not a stamp",
    },
    # 062 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-062",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "FW: 大阪支店 時給者の時給改定（10月最低賃金対応）",
        "body": """寺内様

お世話になっております。森下です。
大阪支店から時給者の時給改定の連絡がありましたので、元のメールを添付で転送します。
最低賃金の改定（10月）に合わせた改定で、雇用契約書の変更で足りるか、
社会保険の資格に影響が出る方がいないかご確認いただけますでしょうか。

""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "eml",
            "name": "大阪支店_時給改定.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": ASHIDA,
                "to": [MORISHITA],
                "subject": "大阪支店 時給者の時給改定（10月最低賃金対応）",
                "body": """森下課長

お疲れさまです。大阪支店総務の芦田です。
10月1日からの大阪府最低賃金改定に伴い、下記のパート社員の時給を改定します。

・鶴田 加奈子（昭和47年3月18日生）　現行 1,120円 → 1,180円　週20時間
・宇治原 保（昭和32年11月2日生）　　現行 1,115円 → 1,180円　週28時間
・曽根 ひとみ（昭和55年7月9日生）　　現行 1,150円 → 1,200円　週30時間
・茨木 恒夫（昭和30年5月25日生）　　現行 1,114円 → 1,180円　週16時間
・北浜 由里（平成13年1月30日生）　　現行 1,125円 → 1,180円　週24時間
・門真 祐介（平成15年8月11日生）　　現行 1,114円 → 1,180円　週12時間

雇用契約書の再締結は9月中に行います。

芦田
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an attached mail (message/rfc822) listing 6 part-timers with birth dates and wages, forwarded to the 社労士",
    },
    # 063 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-063",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "賃金台帳（5月度）のPDF",
        "body": """寺内様

お世話になっております。小野寺です。
ご依頼の5月度賃金台帳をPDFでお送りします。
スキャナの調子が悪く、ファイルが開けない場合はお知らせください。

小野寺
""",
        "attachments": [{"kind": "corrupt", "name": "賃金台帳_2026年5月度.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the wage-ledger PDF is corrupt: it cannot be inspected before it leaves",
    },
    # 064 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-064",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "賃金規程（2026年10月1日改定版）の送付",
        "body": """寺内先生

いつもお世話になっております。森下です。
取締役会で承認された賃金規程の改定版（10月1日施行）をお送りします。
労働基準監督署への就業規則変更届の作成をお願いいたします。
過半数代表者の意見書は今週中に郵送します。

""" + SIG_MORISHITA + DISC_JA,
        "attachments": [{
            "kind": "pdf",
            "name": "賃金規程_20261001改定.pdf",
            "title": "賃金規程",
            "lines": [
                "賃金規程（2026年10月1日改定）",
                "第1章 総則",
                "第1条（目的）この規程は、就業規則第45条に基づき、従業員の賃金に関する事項を定める。",
                "第2章 基本給",
                "第10条（基本給）基本給は、別表1の基本給テーブルにより、等級及び号俸に応じて定める。",
                "第11条（昇給）昇給は、毎年4月1日に、人事評価の結果に基づいて行う。",
                "第3章 諸手当",
                "第24条（職務手当）営業職の職務手当は、時間外労働30時間分の割増賃金として支給する。",
                "第4章 賞与",
                "第38条（支給対象）賞与は、支給日に在籍する者に支給する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's revised pay rules as a PDF: no people, no marking; the disclaimer is standard",
    },
    # 065 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-065",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "運転手当の支給開始（免許確認済み2名）",
        "body": """久我様

お世話になっております。小野寺です。
10月度から運転手当（月額8,000円）の支給を開始する2名について、
免許証の確認が取れましたのでご連絡します。マスタへの登録をお願いします。

1) 饗庭 隼人（L20624）
   運転免許証番号：第 302218845170 号　中型（8t限定なし）　有効期限 2029年9月12日
2) 鍋島 亮太（L20517）
   運転免許証番号：第 301920773461 号　大型　有効期限 2028年3月30日

免許証の写しは当社で保管しております。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two employees' driving licence numbers (identity document numbers) to the outsourcer",
    },
    # 066 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-066",
        "charset": "iso-2022-jp",
        "sender": ONODERA,
        "to": [PW],
        "cc": [PW2],
        "subject": "運転手当 新設に伴うマスタ変更（4名）",
        "body": """久我様
ペイロールワークス ご担当チーム各位

小野寺です。10月度から運転手当（月額8,000円）を新設します。
支給対象は以下の4名です。支給コード「214 運転手当」での登録をお願いします。

　L20311　畔柳 哲也　　物流センター　8,000円
　L20402　舘野 剛　　　物流センター　8,000円（休業中のため支給は復職後）
　L20517　鍋島 亮太　　物流センター　8,000円
　L20624　饗庭 隼人　　物流センター　8,000円

手当は割増賃金の算定基礎に含めてください。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "four employees' new allowance to the outsourcer: under five people, may be warned",
    },
    # 067 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-067",
        "charset": "utf-8",
        "sender": HAGIWARA,
        "to": ["キャリアブリッジ 採用支援チーム 有村様 <arimura@career-bridge.co.jp>"],
        "subject": "初任給改定に伴う内定者へのご連絡のお願い",
        "body": """株式会社キャリアブリッジ
有村様

いつもお世話になっております。日の出産業 人事課の萩原です。
2027年4月入社の初任給を改定（大卒 245,000円 → 258,000円）しましたので、
御社経由でご紹介いただいた内定者の皆さまへ、面談時にご説明をお願いできますでしょうか。
連絡先は以下のとおりです。

・柚木 颯太　　090-6627-3018　yuzuki.sota@gmail.com　（理工学部 機械工学科）
・日置 千晶　　080-2291-7745　chiaki.hioki@yahoo.co.jp　（経済学部）
・檜垣 蓮　　　070-4418-9056　ren.higaki.0303@icloud.com　（工学部 電気電子）
・唐沢 美羽　　090-1183-6624　miu-karasawa@outlook.jp　（商学部）
・真田 大輝　　080-9075-2213　d.sanada.univ@gmail.com　（理学部 化学科）
・汐入 すみれ　090-3350-8871　sumire.shioiri@docomo.ne.jp　（文学部）

改定後の労働条件通知書は当社から11月中に郵送いたします。

""" + SIG_HAGIWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a bullet list of 6 job offerees with phone and private e-mail to a recruiting agency",
    },
    # 068 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-068",
        "charset": "iso-2022-jp",
        "sender": HAGIWARA,
        "to": [
            "yuzuki.sota@gmail.com",
            "chiaki.hioki@yahoo.co.jp",
            "sumire.shioiri@docomo.ne.jp",
            "miu-karasawa@outlook.jp",
        ],
        "subject": "【日の出産業】2027年4月入社 初任給改定のお知らせ",
        "body": """内定者の皆さま

こんにちは。日の出産業株式会社 人事課の萩原です。
内定者研修へのご参加、ありがとうございました。

このたび、2027年4月入社の皆さまの初任給を下記のとおり改定いたしましたので、お知らせします。

　大学卒　　：245,000円 → 258,000円
　大学院修了：263,000円 → 276,000円

改定後の労働条件通知書は11月中にご自宅へ郵送いたします。
ご不明な点がありましたら、萩原までご連絡ください。

""" + SIG_HAGIWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four job offerees' private addresses all in To: each can see the others' addresses",
    },
    # 069 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-069",
        "charset": "utf-8",
        "sender": HAGIWARA,
        "to": ["柚木 颯太 <yuzuki.sota@gmail.com>"],
        "subject": "Re: 初任給改定についての質問",
        "body": """柚木 様

ご質問ありがとうございます。人事課の萩原です。

1. 改定後の初任給（258,000円）は、2027年4月の入社時から適用されます。
2. 研修期間中（4～6月）も同じ金額で、研修手当などの減額はありません。
3. 固定残業代は含まれておらず、時間外勤務には別途割増賃金を支払います。

そのほか、住宅手当（月額15,000円、自宅外通勤の場合）についても
入社時の申請で支給となります。

引き続きよろしくお願いいたします。

""" + SIG_HAGIWARA + """

2026年10月19日(月) 22:14 柚木 颯太 <yuzuki.sota@gmail.com>:
> 人事課 萩原様
> 初任給改定のお知らせありがとうございます。
> 改定後の金額は研修期間中も同じでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a reply to one job offeree on free mail about the company's pay terms: no one else's data",
    },
    # 070 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-070",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": ["HR Team <hr@bpp-thai.com>"],
        "subject": "Compensation review guidelines FY2026",
        "body": """Dear HR Team,

Please find attached the compensation review guidelines for FY2026, which HQ would like
all affiliated sites to follow when preparing local salary proposals.

The guidelines include the merit matrix and the promotion budget rules.
Please come back to me with any questions before 13 March.

Best regards,
""" + SIG_CHIGA,
        "attachments": [{
            "kind": "docx",
            "name": "Compensation_Review_Guidelines_FY2026.docx",
            "title": "Compensation Review Guidelines FY2026",
            "page_header": "Hinode Sangyo Group - HR",
            "page_footer": "CONFIDENTIAL - Internal Use Only",
            "paragraphs": [
                "Compensation Review Guidelines FY2026",
                "1. Merit increase budget: 4.2% of base payroll (Thailand), 6.0% (Vietnam).",
                "2. Merit matrix: rating S 7-9%, A 5-7%, B 3-5%, C 0-2%.",
                "3. Promotion increases are funded separately (1.0% of base payroll).",
                "4. Proposals above the matrix require approval by the HQ HR committee.",
            ],
            "tables": [[["Rating", "Below midpoint", "At midpoint", "Above midpoint"],
                        ["S", "9%", "8%", "7%"], ["A", "7%", "6%", "5%"],
                        ["B", "5%", "4%", "3%"], ["C", "2%", "1%", "0%"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached DOCX carries a 'CONFIDENTIAL - Internal Use Only' footer and goes to an external company",
    },
    # 071 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-071",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": [ASIAPAY],
        "subject": "Re: Salary bands for the new Vietnam entity",
        "body": """Hi Somchai,

Thanks for the quick reply. As you guessed, our salary bands are treated as confidential
information inside the group, so I cannot share them until the NDA between Asiapay and
our Vietnam entity has been signed. Our legal team expects to sign it next week.

In the meantime, could you send us your standard data template so that we can prepare
the upload file in the right format?

Thanks,
Yu

> Hi Yu,
> Could you share the salary bands so that we can set up the validation rules?
> Somchai
""" + "\n" + SIG_CHIGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that the salary bands are confidential and an NDA, but carries no marked document or data",
    },
    # 072 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-072",
        "charset": "iso-2022-jp",
        "sender": TSURUMI,
        "to": [HLINK],
        "subject": "管理職昇格候補者のアセスメント資料",
        "body": """丹羽様

お世話になっております。鶴見です。
来月実施いただく管理職昇格アセスメントの対象者資料をお送りします。
評価履歴と年齢構成を踏まえてご講評いただけますと幸いです。

""" + SIG_TSURUMI,
        "attachments": [{
            "kind": "pptx",
            "name": "昇格候補者_2026.pptx",
            "title": "管理職昇格候補者",
            "slides": [
                ["2026年度 管理職（M1）昇格候補者", "対象者 6名／アセスメント 11月12日・13日"],
                ["候補者一覧（1/2）",
                 "栗栖 大悟　1979年11月29日生（46歳）　S3　評価 A/A/S　製造本部",
                 "忽那 拓郎　1983年9月8日生（43歳）　S3　評価 B+/A/A　製造本部",
                 "古閑 俊　　1984年4月17日生（42歳）　S3　評価 A/B+/A　情報システム部"],
                ["候補者一覧（2/2）",
                 "嘉数 亮介　1985年1月27日生（41歳）　S3　評価 A/A/A　営業本部",
                 "仁科 里穂　1985年12月24日生（40歳）　S3　評価 S/A/B+　技術開発センター",
                 "蔦谷 康平　1987年2月11日生（39歳）　S2　評価 A/S/A　総務部"],
                ["昇格後の処遇", "M1 基本給 336,000円～、役職手当 50,000円", "時間外手当は支給対象外"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a PPTX listing 6 named promotion candidates with birth dates and ratings to a consultant: a list",
    },
    # 073 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-073",
        "charset": "utf-8",
        "sender": TSURUMI,
        "to": [HLINK],
        "cc": [SR],
        "subject": "新賃金制度 社員説明会資料（最終版）",
        "body": """丹羽様
（cc：みなと労務パートナーズ 寺内様）

お世話になっております。鶴見です。
新賃金制度の社員説明会資料の最終版をお送りします。
寺内様には、規程条文との整合性の観点でご確認いただけますと幸いです。

説明会は11月24日（本社）、26日（大阪支店）、27日（物流センター）です。

""" + SIG_TSURUMI,
        "attachments": [{
            "kind": "pptx",
            "name": "新賃金制度_説明会資料_最終版.pptx",
            "slides": [
                ["新しい賃金制度について", "2027年4月施行／日の出産業株式会社 人事部"],
                ["改定の目的", "職務の大きさに応じた処遇", "若手層の処遇改善", "評価と報酬の連動強化"],
                ["基本給の構成", "職務給（等級別のレンジ）", "調整給（移行時の経過措置、3年間）"],
                ["スケジュール", "11月 説明会", "12月 個別面談", "2027年4月 施行"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a briefing deck without personal data to a consultant with the 社労士 in Cc: two external organisations",
    },
    # 074 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-074",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [PW],
        "subject": "就業制限者の時間外手当の上限設定について",
        "body": """久我様

お世話になっております。小野寺です。
産業医の意見により、10月から下記2名に時間外労働の制限がかかりました。
勤怠データ上、月10時間を超える時間外が入力された場合は
エラーとして当社に照会いただくよう、チェック設定をお願いできますか。

　・畔柳 哲也（L20311）：定期健診で血圧 186/112、要精密検査。降圧剤治療開始まで時間外原則禁止
　・瓜生 美咲（L20583）：妊娠中（つわりによる母性健康管理指導事項連絡カード提出）、時間外・深夜禁止

制限解除の際は改めてご連絡します。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named employees' health-check result and pregnancy-related medical guidance to the outsourcer",
    },
    # 075 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-075",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "扶養控除等（異動）申告書 転記データ（2名）",
        "body": """久我様

お世話になっております。小野寺です。
9月に扶養の異動があった2名分の申告書の内容をWordに転記しました。
原本は月末に簡易書留でお送りします。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "docx",
            "name": "扶養異動_転記_202609.docx",
            "paragraphs": ["給与所得者の扶養控除等（異動）申告書　転記（2026年9月異動分）"],
            "tables": [[
                ["区分", "氏名", "生年月日", "個人番号", "住所", "異動内容"],
                ["本人", "御厨 千尋", "1993/10/05", my_number(SEED + 20), "東京都世田谷区経堂4-31-8", "―"],
                ["配偶者", "御厨 航平", "1991/06/19", my_number(SEED + 21), "同上", "9/12 婚姻により追加"],
            ]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a DOCX table with two My Numbers (employee and spouse) to the payroll outsourcer",
    },
    # 076 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-076",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [ETO, TSURUMI],
        "subject": "昇給差額 支給総額と計算根拠（未払計上用）",
        "body": """江藤さん
（cc 鶴見部長）

お疲れさまです。森下です。
6月末の未払計上用に、昇給差額の支給総額と個人別の計算根拠を添付します。
総額 18,742,600円（296名）、うち社会保険料の会社負担増分は約 2,780,000円です。
個人別シートはサンプルとして製造部分のみ入れています。

森下
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "昇給差額_計算根拠_202606.xlsx",
            "sheets": {
                "総括": [["区分", "人数", "差額合計"], ["在籍者", 288, 18514900], ["退職者", 8, 227700], ["合計", 296, 18742600]],
                "個人別_製造": [
                    ["社員番号", "氏名", "生年月日", "月額差", "対象月数", "差額"],
                    ["H10482", "勅使河原 純", "1986-07-14", 5500, 3, 16500],
                    ["H10517", "東海林 亜希子", "1991-02-03", 5200, 3, 15600],
                    ["H10533", "栗栖 大悟", "1979-11-29", 6500, 3, 19500],
                    ["H10602", "蓮見 朋美", "1994-05-21", 4700, 3, 14100],
                    ["H10618", "忽那 拓郎", "1983-09-08", 6300, 3, 18900],
                    ["H10655", "百々 奈緒", "1997-12-16", 4400, 3, 13200],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "per-person back-pay workings for six employees, sent to internal finance and the HR director only",
    },
    # 077 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-077",
        "charset": "cp932",
        "sender": ASHIDA,
        "to": [SR],
        "subject": "大阪支店　パート社員の社会保険加入判定（時給改定後）",
        "body": """みなと労務パートナーズ
寺内様

いつもお世話になっております。日の出産業 大阪支店総務の芦田でございます。
１０月の時給改定後、月額賃金が８．８万円以上となる可能性のあるパート社員を
一覧にしました。加入要件の判定をお願いいたします。

　氏名　　　　　生年月日　　　　　電話番号　　　　　　週所定　改定後時給　見込月額
　鶴田　加奈子　昭和４７年３月１８日　０９０－３３１８－２７４５　２０ｈ　１，１８０　１０２，２６０
　宇治原　保　　昭和３２年１１月２日　０６－６３０８－１９５２　　２８ｈ　１，１８０　１４３，１６４
　曽根　ひとみ　昭和５５年７月９日　　０８０－５５２１－４０６３　３０ｈ　１，２００　１５６，０００
　茨木　恒夫　　昭和３０年５月２５日　０６－６８６２－０４１７　　１６ｈ　１，１８０　　８１，８０８
　北浜　由里　　平成１３年１月３０日　０７０－１１０６－８８２９　２４ｈ　１，１８０　１２２，７１２
　門真　祐介　　平成１５年８月１１日　０９０－７７４３－２０１６　１２ｈ　１，１８０　　６１，３５６

何卒よろしくお願いいたします。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a full-width table of 6 part-timers with 和暦 birth dates and phone numbers to the 社労士",
    },
    # 078 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-078",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": ["川崎電機 人事部 春日様 <kasuga.r@kawasaki-denkl.co.jp>"],
        "subject": "Re: 出向者2名の7月分負担金（昇給差額含む）",
        "body": """春日様

ご確認ありがとうございます。森下です。
ご指摘のとおり、葛城の諸手当に住宅手当の改定分が漏れておりました。
修正後の金額は以下のとおりです。

　・葛城 まどか　基本給 246,900円＋差額 14,100円＋諸手当 27,000円（修正前 21,000円）

請求書は修正後の金額で8月10日付にてお送りします。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "kawasaki-denkl.co.jp swaps the i of the partner kawasaki-denki.co.jp for an l (homoglyph look-alike)",
    },
    # 079 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-079",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": ["青葉運輸 総務部 甲斐様 <kai.m@aoba-unyu.co.jp>"],
        "subject": "出向者（三輪）の昇給反映について",
        "body": """青葉運輸株式会社
総務部 甲斐様

いつもお世話になっております。日の出産業の森下です。
御社に出向中の三輪 健司につきまして、4月1日付で下記のとおり昇給いたしました。

　基本給：284,600円 → 290,800円（差額 6,200円／月）
　4～6月分の差額 18,600円は、7月分の負担金請求に合算いたします。

ご不明な点がございましたらご連絡ください。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one secondee's raise to the partner that hosts him: one person, may be warned",
    },
    # 080 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-080",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": [TAX],
        "subject": "冬季賞与 源泉徴収一覧（確認用）",
        "body": """大庭先生

お世話になっております。経理部の江藤です。
冬季賞与の源泉徴収額の一覧をお送りします。
前月の社会保険料控除後の給与額を基に税率を決めていますので、ご確認をお願いします。
PDFは保護をかけています。パスワードは従来どおりお電話でお伝えします。

""" + SIG_ETO,
        "attachments": [{
            "kind": "pdf",
            "name": "冬季賞与_源泉徴収一覧_202612.pdf",
            "password": "seiryo2612",
            "lines": ["冬季賞与 源泉徴収一覧", "支給日 2026年12月10日"],
            "table": [["社員番号", "氏名", "賞与額", "税率", "源泉税"],
                      ["H10482", "勅使河原 純", "648,000", "8.168%", "46,010"],
                      ["H10517", "東海林 亜希子", "571,000", "6.126%", "30,260"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF to the tax firm: the content cannot be inspected",
    },
    # 081 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-081",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [PW],
        "subject": "RE: 7月度計算 差異のご確認（5件）",
        "body": """久我様

ご連絡ありがとうございます。小野寺です。
5件とも当社の入力漏れでした。ご指摘の金額で確定してください。
お手数をおかけしました。

小野寺

-----Original Message-----
From: 久我 直人 <kuga@payroll-works.co.jp>
Sent: Tuesday, July 21, 2026 4:58 PM
To: 小野寺 真由美 <onodera.m@hinode-sangyo.co.jp>
Subject: 7月度計算 差異のご確認（5件）

小野寺様

7月度の計算で、御社ご提示の差額と当社計算に差異が出ている方が5名いらっしゃいます。

社員番号　氏名　　　　　御社提示　当社計算　差異
H09512　　小鳥遊 瑞穂　36,000　　37,800　　1,800（資格手当の改定分）
H09648　　四十物 豊　　46,500　　46,500　　0（通勤手当の遡及）
H09730　　月見里 直樹　54,600　　56,700　　2,100
H10021　　湯浅 佳織　　14,100　　15,300　　1,200
H10369　　真壁 ゆり子　15,600　　14,700　　-900（欠勤控除）

ご確認をお願いいたします。
ペイロールワークス 久我
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 5-person list sits only under the quoted -----Original Message----- of the outsourcer's own mail",
    },
    # 082 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-082",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "RE: 8月度計算 差異のご確認",
        "body": """久我様

小野寺です。ご照会ありがとうございます。
社内で再計算した結果、当社側の一覧が誤っておりました。
正しい金額は以下のとおりです（いずれも生年月日で本人確認済み）。

H09902　神代 悠真　　1992/04/08生　差額 46,500 → 48,900
H10044　伊集院 楓　　1996/11/21生　差額 54,600 → 52,800
H10154　錦織 陽太　　1998/02/17生　差額 13,200 → 14,400
H11402　比嘉 竜之介　1990/07/30生　差額 42,300 → 44,100
H11458　及川 悠斗　　1997/09/02生　差額 31,600 → 31,100
H11479　都築 啓　　　1988/12/12生　差額 38,700 → 40,500

この内容で8月度を確定させてください。

小野寺

-----Original Message-----
From: 久我 直人 <kuga@payroll-works.co.jp>
Sent: Thursday, August 20, 2026 11:20 AM
Subject: 8月度計算 差異のご確認

小野寺様
8月度の差額に、当社計算と合わない方が6名おられます。ご確認ください。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "the new text of the reply lists 6 named employees with birth dates: a list of people to the outsourcer",
    },
    # 083 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-083",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [TSURUMI],
        "cc": ["hagiwara.w@hinode-sangyo.co.jp"],
        "subject": "休職者・障害者雇用者の冬季賞与の扱い（社内確認）",
        "body": """鶴見部長

お疲れさまです。森下です。
冬季賞与について、個別判断が必要な方を整理しました。社労士に相談する前に
社内の方針を確認させてください。

1. 五百旗頭 誠（技術開発C）：適応障害で7/22から休職中。出勤率約33%で按分支給案
2. 舘野 剛（物流C）：労災（骨折）で8/4から休業中。規程により出勤扱いで満額支給案
3. 京極 由紀（経理部）：身体障害者手帳4級。9月の通院による欠勤4日は特別休暇扱い案
4. 鮫島 健太郎（営業本部）：勾留中。処分確定まで支給保留案

ご確認をお願いいたします。
森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "sensitive data (diagnoses, disability, arrest) of named staff, but only between internal HR staff",
    },
    # 084 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-084",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "特別休暇（有給）の付与と給与保障について",
        "body": """寺内先生

お世話になっております。森下です。
1件、特別休暇と給与の扱いについてご相談させてください。

経理部の坪井 小百合さんが、10月2日の帰宅途中に元交際相手から暴行を受け、
現在は警察に被害届を提出、接近禁止命令の申立て中です。
本人からの申出で、10月中は出社を控えて在宅勤務と特別休暇を組み合わせる予定です。

ご相談事項：
　・特別休暇を有給（基本給100%保障）とした場合、賃金規程に根拠規定がなくても問題ないか
　・在宅勤務手当・通勤手当の日割りの扱い

本人のプライバシーに配慮し、社内でも知っているのは人事部の2名のみです。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee who was the victim of a crime (暴行, 被害届) described to the 社労士: 要配慮個人情報",
    },
    # 085 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-085",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "家族手当の改定に伴う被扶養者の確認（1名分）",
        "body": """寺内様

お世話になっております。小野寺です。
家族手当の改定（子1人目 10,000円 → 12,000円）に伴い、被扶養者異動届の確認をお願いしたい
社員が1名おります。ご家族の状況は以下のとおりです。

社員：嘉数 亮介（H11135）

　続柄　氏名　　　　生年月日　　　　同居　　収入
　妻　　嘉数 美和　昭和63年2月9日　同居　　なし
　長女　嘉数 凛　　平成26年5月3日　同居　　なし
　次女　嘉数 杏　　平成29年12月20日　同居　なし
　長男　嘉数 湊　　令和8年6月30日　同居　　なし
　母　　嘉数 節子　昭和33年8月14日　別居（沖縄県）　年金 年96万円

母の仕送りの実態について、証明書類が何で足りるかご教示ください。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one employee's family of five with birth dates: five people's rows, yet one household's 扶養 file for the 社労士",
    },
    # 086 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-086",
        "charset": "iso-2022-jp",
        "sender": MORISHITA,
        "to": [SR],
        "subject": "最低賃金改定の影響（事業所別）",
        "body": """寺内様

お世話になっております。森下です。
10月の地域別最低賃金改定の影響を事業所別にまとめました。
時給者の時給改定の要否判断にご意見をください。

事業所              所在地                               最低賃金(改定後)  影響人数
------------------  -----------------------------------  ----------------  --------
本社                東京都品川区東大井3-14-9             1,226円           0名
大阪支店            大阪府大阪市淀川区西中島5-8-21       1,177円           6名
物流センター        千葉県市川市塩浜2-11-4               1,140円           11名
川崎工場            神奈川県川崎市川崎区水江町7-3        1,225円           4名
仙台営業所          宮城県仙台市青葉区本町2-6-18         1,038円           0名

代表電話：本社 03-5471-2000／大阪 06-6305-4400／物流C 047-396-1120

""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own sites (addresses, switchboards) with head counts: businesses, not people",
    },
    # 087 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-087",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [PW],
        "subject": "9月度 変更データ（昇格・口座変更）",
        "body": """久我様

お世話になっております。小野寺です。
9月度の変更データをZIPにまとめてお送りします。
・promotion_202609.csv：9/1付昇格者の新等級・新基本給
・bank_change_202609.csv：振込口座の変更届が出た方

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "zip",
            "name": "henko_202609.zip",
            "files": [
                {"kind": "csv", "name": "promotion_202609.csv", "encoding": "utf-8",
                 "rows": [["社員番号", "氏名", "旧等級", "新等級", "新基本給"],
                          ["H10602", "蓮見 朋美", "J3", "S1", "243,500"],
                          ["H10655", "百々 奈緒", "J2", "J3", "221,500"],
                          ["H11207", "御厨 千尋", "S1", "S2", "262,000"]]},
                {"kind": "csv", "name": "bank_change_202609.csv", "encoding": "utf-8",
                 "rows": [["社員番号", "氏名", "銀行", "支店", "種目", "口座番号", "名義"],
                          ["H10517", "東海林 亜希子", "みどり銀行", "大森支店", "普通", "3390174", "ｼｮｳｼﾞ ｱｷｺ"],
                          ["H10618", "忽那 拓郎", "かもめ銀行", "蒲田支店", "普通", "8820563", "ｸﾂﾅ ﾀｸﾛｳ"],
                          ["H10703", "杠 さくら", "東邦みらい銀行", "大井町支店", "普通", "1047725", "ﾕｽﾞﾘﾊ ｻｸﾗ"],
                          ["H11020", "八木橋 倫子", "みどり銀行", "品川支店", "普通", "5561208", "ﾔｷﾞﾊｼ ﾉﾘｺ"],
                          ["H11318", "真栄城 大和", "港北信用金庫", "綱島支店", "普通", "0673149", "ﾏｴｼﾛ ﾔﾏﾄ"]]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a plain ZIP whose CSVs hold 8 named employees' records, 5 with bank accounts, to the outsourcer",
    },
    # 088 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-088",
        "charset": "utf-8",
        "sender": KYUYO,
        "to": ["栃尾 浩二 <koji.tochio.design@gmail.com>"],
        "cc": ["ayako-minase@yahoo.co.jp", "info@studio-kobushi.jp"],
        "subject": "業務委託報酬の単価改定と支払明細の送付方法変更について",
        "body": """業務委託契約者の皆様

いつもお世話になっております。日の出産業 給与課です。

2026年10月納品分より、技術文書作成業務の報酬単価を以下のとおり改定いたします。

　A4 1ページあたり：3,800円 → 4,100円（税抜）
　図版作成 1点あたり：2,500円 → 2,700円（税抜）

あわせて、支払明細書を郵送から電子交付（PDF）に変更いたします。
源泉徴収の扱いに変更はありません。

""" + SIG_KYUYO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three outside contractors (two private free-mail users and a studio) visible to each other in To/Cc",
    },
    # 089 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-089",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": ["ペイロールワークス 経理部 <keiri@payroll-works.co.jp>"],
        "subject": "ご請求書（PW-2026-0917）の内容確認",
        "body": """株式会社ペイロールワークス
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の江藤です。
9月分のご請求書について、以下の内容で処理いたします。

　請求書番号　：PW-2026-0917
　登録番号　　：T6020001093317
　内訳　　　　：給与計算基本料 320,000円／差額計算 追加 296件×150円＝44,400円
　　　　　　　　年末調整事前準備 80,000円
　合計（税込）：488,840円
　お支払日　　：2026年10月30日

差額計算の件数が当社集計と一致していることを確認しております。
""" + SIG_ETO,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice check with the vendor's invoice registration number (a company's, not a person's); nothing personal",
    },
    # 090 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-090",
        "charset": "utf-8",
        "sender": ETO,
        "to": [TAX],
        "subject": "海外赴任者の出国前後の給与・賞与の源泉について",
        "body": """大庭先生

お世話になっております。経理部の江藤です。
11月にベトナムへ赴任する社員について、出国前後の給与・賞与の源泉処理をご相談させてください。

　氏名　　：仁科 里穂（ニシナ リホ）
　旅券番号：TZ8830415
　出国予定：2026年11月14日
　赴任先　：Hinode Sangyo Vietnam（ハノイ）
　冬季賞与：12月10日支給（算定期間はすべて国内勤務）

非居住者となった後の賞与に対する20.42%の源泉と、年末調整（出国時）の範囲について
ご教示ください。
""" + SIG_ETO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a named employee's passport number sent to the tax firm: an identity document number",
    },
    # 091 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-091",
        "charset": "utf-8",
        "sender": MORISHITA,
        "to": [HLINK],
        "subject": "2026年度 昇給実績（部門別集計）",
        "body": """丹羽様

お世話になっております。森下です。
2026年度昇給の実績を部門別に集計しました（HTML版に表があります）。

営業本部 84名 平均 6,480円 (2.41%)
製造本部 142名 平均 5,730円 (2.26%)
管理本部 51名 平均 6,120円 (2.19%)
技術開発C 37名 平均 7,050円 (2.38%)
全社 314名 平均 6,140円 (2.31%)

森下
""",
        "html": """<html><body>
<p>丹羽様</p><p>お世話になっております。森下です。<br>2026年度昇給の実績を部門別に集計しました。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>部門</th><th>人数</th><th>平均昇給額</th><th>昇給率</th></tr>
<tr><td>営業本部</td><td>84</td><td>6,480円</td><td>2.41%</td></tr>
<tr><td>製造本部</td><td>142</td><td>5,730円</td><td>2.26%</td></tr>
<tr><td>管理本部</td><td>51</td><td>6,120円</td><td>2.19%</td></tr>
<tr><td>技術開発C</td><td>37</td><td>7,050円</td><td>2.38%</td></tr>
<tr><td><b>全社</b></td><td>314</td><td>6,140円</td><td>2.31%</td></tr>
</table>
<p>森下<br>日の出産業株式会社 人事部 給与課<br>TEL 03-5471-2201</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "department-level averages (text + HTML table): statistics, no individual",
    },
    # 092 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-092",
        "charset": "iso-2022-jp",
        "sender": HAGIWARA,
        "to": ["kyuyo@hinode-sangyo-co.jp"],
        "subject": "中途入社者の初任給決定（1名）",
        "body": """給与課 御中

人事課の萩原です。
10月1日入社の中途採用者1名の初任給が決定しましたので、給与マスタへの登録をお願いします。

　氏名　　：比留間 颯（ひるま はやて）
　生年月日：1992年3月26日
　入社日　：2026年10月1日
　等級　　：S2-3号俸　基本給 268,700円
　前職　　：大手電機メーカーで生産管理（年収 520万円）

住所・口座は入社手続きで回収後にお送りします。
""" + SIG_HAGIWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the own domain: the payroll mailbox mistyped to a look-alike",
    },
    # 093 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-093",
        "charset": "cp932",
        "sender": ETO,
        "to": [TAX],
        "subject": "賞与引当金の計算資料（部門別）",
        "body": """大庭先生

お世話になっております。江藤です。
中間決算の賞与引当金について、部門別の計算資料をお送りします。
支給見込額は支給対象期間（6～11月）のうち9月末までの経過分で按分しています。

""" + SIG_ETO,
        "attachments": [{
            "kind": "xlsx",
            "name": "賞与引当金_202609.xlsx",
            "sheets": {
                "引当金計算": [
                    ["賞与引当金 計算表（2026年9月末）"],
                    ["部門", "対象人数", "支給見込額", "経過月数", "引当額", "法定福利費"],
                    ["営業本部", 84, 71400000, 4, 47600000, 7235200],
                    ["製造本部", 142, 103660000, 4, 69106667, 10504213],
                    ["管理本部", 51, 38250000, 4, 25500000, 3876000],
                    ["技術開発C", 37, 31820000, 4, 21213333, 3224427],
                    ["合計", 314, 245130000, "", 163420000, 24839840],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bonus provision totals by department to the tax firm: no person, no classification",
    },
    # 094 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-094",
        "charset": "utf-8",
        "sender": KYUYO,
        "to": ["Kaori Omameuda <kaori.omameuda@icloud.com>"],
        "subject": "昇給通知書（PDF）の送付について",
        "body": """大豆生田 香織 様

日の出産業 人事部 給与課です。
育児休業中のため郵送をご希望されていましたが、お急ぎとのことでしたので、
昇給通知書の写しをPDFでお送りします。原本は後日ご自宅へ郵送いたします。

保育園の申込書類にご利用いただけます。

""" + SIG_KYUYO,
        "attachments": [{
            "kind": "pdf",
            "name": "昇給通知書_H10117.pdf",
            "lines": [
                "昇給通知書",
                "大豆生田 香織 殿（社員番号 H10117）",
                "住所：埼玉県蕨市中央4-18-2 グランシャリオ蕨302",
                "2026年4月1日付で基本給を次のとおり改定します。",
                "改定前 238,400円　→　改定後 243,600円",
                "日の出産業株式会社 代表取締役 日野出 宗一郎",
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one employee's own raise letter sent at her request to her private address: one person, may be warned",
    },
    # 095 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-095",
        "charset": "utf-8",
        "sender": ONODERA,
        "to": [SR],
        "cc": [SR2],
        "subject": "離職証明書 作成用データ（9月退職者）",
        "body": """寺内様、須崎様

お世話になっております。小野寺です。
9月末退職者の離職証明書作成用データ（CSV、UTF-8 BOM付き）を添付いたします。
賃金支払状況欄は、4月昇給の差額を支払対象月に振り分けて記載しています。

""" + SIG_ONODERA,
        "attachments": [{
            "kind": "csv",
            "name": "rishoku_202609.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "離職日", "離職理由", "直近6か月賃金合計"],
                ["H08140", "松永 修", "マツナガ オサム", "1971/04/22", "神奈川県横浜市港北区菊名6-2-19", "2026/09/30", "自己都合", "1,986,400"],
                ["H08533", "近藤 佳枝", "コンドウ ヨシエ", "1979/10/03", "東京都大田区大森北2-8-5", "2026/09/30", "自己都合", "1,544,800"],
                ["H09218", "永井 博", "ナガイ ヒロシ", "1966/01/15", "千葉県船橋市本町5-33-1", "2026/09/30", "定年", "2,403,600"],
                ["H09766", "藤掛 涼", "フジカケ リョウ", "1993/07/27", "東京都品川区戸越1-21-9-402", "2026/09/30", "自己都合", "1,452,000"],
                ["H10390", "羽生田 沙耶", "ハニュウダ サヤ", "1995/12/08", "東京都府中市宮西町5-3-14", "2026/09/30", "自己都合", "1,320,900"],
                ["H10822", "上部 健二", "ウワベ ケンジ", "1985/05/30", "神奈川県川崎市中原区小杉町1-403", "2026/09/30", "契約期間満了", "1,780,300"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a CSV of 6 leavers with birth dates and home addresses to the 社労士: a list of people",
    },
    # 096 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-096",
        "charset": "iso-2022-jp",
        "sender": KYUYO,
        "to": [NISHIKI],
        "subject": "昇給通知書・賞与明細 様式データ（2027年版）",
        "body": """錦印刷株式会社
宇佐美様

お世話になっております。日の出産業 給与課です。
来年の昇給通知書と賞与明細の様式データ（記入前のひな形）をZIPでお送りします。
ロゴの差し替えと、項目「調整給」の追加をお願いいたします。
校正は12月4日までにいただけますと幸いです。

""" + SIG_KYUYO,
        "attachments": [{
            "kind": "zip",
            "name": "yoshiki_2027.zip",
            "files": [
                {"kind": "docx", "name": "昇給通知書_様式.docx",
                 "paragraphs": ["昇給通知書", "　　　　　　殿（社員番号　　　　）",
                                "年　月　日付で基本給を次のとおり改定します。", "改定前　　　　円　→　改定後　　　　円"]},
                {"kind": "xlsx", "name": "賞与明細_様式.xlsx",
                 "sheets": {"様式": [["賞与明細書"], ["氏名", ""], ["支給", "賞与", "調整給"], ["控除", "健康保険", "厚生年金", "雇用保険", "所得税"]]}},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank forms in a plain ZIP to the printing partner: no person's data, readable",
    },
    # 097 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-097",
        "charset": "iso-2022-jp",
        "sender": ETO,
        "to": ["みどり銀行 川崎支店 法人課 <kawasaki-hojin@midori-ginko.co.jp>"],
        "subject": "Re: 7月24日振込分 不能返却（1件）のご連絡",
        "body": """みどり銀行 川崎支店 法人課
ご担当者様

ご連絡ありがとうございます。日の出産業 経理部の江藤です。
不能返却となった1件について、本人に確認し正しい口座がわかりましたので再振込をお願いします。

　受取人：ｾｷﾔ ﾌﾐｵ（関谷 文雄）
　誤：みどり銀行 町田支店 普通 0841377（解約済み）
　正：みどり銀行 相模原支店 普通 2206591
　金額：6,900円

再振込の手数料は当社負担で差し支えありません。
""" + SIG_ETO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one payee's account for a re-transfer to the partner bank: one person, may be warned",
    },
    # 098 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-098",
        "charset": "utf-8",
        "sender": CHIGA,
        "to": [ASIAPAY],
        "subject": "April salary difference for two expatriates",
        "body": """Hi Somchai,

Two of our expatriates were missed in the April increase file. Could you add the
difference to the June payroll?

  Takeshi Hanabusa (H07705): base THB 182,000 -> 189,300, difference Apr-May THB 14,600
  Aya Tokitsu (H09025):      base THB 96,500 -> 100,400,  difference Apr-May THB 7,800

Sorry for the late notice, and thank you for your help.

Best regards,
Yu
""" + SIG_CHIGA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two named expatriates' pay changes to the overseas payroll provider: under five people, may be warned",
    },
    # 099 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-099",
        "charset": "cp932",
        "sender": ONODERA,
        "to": [SR],
        "subject": "休職期間満了が近い社員の賞与・社会保険料の扱い",
        "body": """寺内様

お世話になっております。小野寺です。
品質保証部の雁部 誠一（H08361）について、私傷病による休職期間が
12月31日で満了となります。復職の可否は12月上旬に判断する予定です。

・冬季賞与：算定期間中の出勤がないため不支給の予定
・休職中の社会保険料本人負担分：毎月、指定口座への振込で回収中
・満了退職となった場合：12月分保険料の扱い

退職となった場合の手続きについて、事前に確認させてください。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a named employee on 私傷病休職 without diagnosis: that he is ill may itself be health information",
    },
    # 100 ---------------------------------------------------------------------------------
    {
        "id": "kyuyokaitei-100",
        "charset": "iso-2022-jp",
        "sender": TSURUMI,
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "cc": ["mgmt@mail.hinode-sangyo.co.jp"],
        "subject": "【全社】2026年度 給与改定のお知らせ",
        "body": """社員の皆さん

人事部長の鶴見です。
労働組合との協議がまとまり、2026年度の給与改定を下記のとおり実施します。

1. 改定日　　：2026年4月1日
2. 改定内容　：ベースアップ 月額一律 3,000円＋定期昇給（評価に応じて）
　　　　　　　 平均改定額 6,140円（2.31%）
3. 差額支給　：4～6月分の差額は7月24日支給の給与で精算します
4. 個別通知　：各自の昇給通知書は7月10日までに所属長から手渡しします
5. 冬季賞与　：支給月数の目安は2.35か月（業績により変動）

この内容は社外秘です。社外への転送はしないでください。
ご質問は人事部給与課（内線2200）までお願いします。
""" + SIG_TSURUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an all-staff announcement marked 社外秘 but sent only to internal addresses (incl. a subdomain)",
    },
]
