"""Blind corpus: 人事部 海外人事 and 総務 travel desk (海外赴任・帰任, ビザ・在留資格, 海外出張手配,
帯同家族, 赴任前健診・予防接種, 現地法人, 行政書士, 引越し業者, 旅行代理店, 医療アシスタンス).

Written from BRIEF.md only. Every person, number and address is invented.
"""

from build import card_number, my_number


def corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # P_n: n-th digit from the right
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


def zen(s: str) -> str:
    """ASCII digits and '-' to full-width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def spaced(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def card_spaced(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


HINODE_CORP = corp_number("010401087715")

SIG_SAEKI = """--
日の出産業株式会社 人事部 海外人事グループ
佐伯 真理子（Saeki Mariko）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル9F
TEL 03-5401-7720（直通） FAX 03-5401-7729
saeki.mariko@hinode-sangyo.co.jp"""

SIG_OKONOGI = """────────────────────
日の出産業株式会社
人事部 海外人事グループ 課長代理
小此木 亮 / Ryo Okonogi
Tel: +81-3-5401-7721  Mobile: 非公開
E-mail: okonogi.ryo@hinode-sangyo.co.jp
────────────────────"""

SIG_KITO = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部　総務課（出張手配デスク）
鬼頭　さやか
〒105-0013　東京都港区浜松町２－４－１
ＴＥＬ：０３－５４０１－７７４０　内線：２３１４
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SHOJI = """==============================
 日の出産業（株） 総務部 東海林 誠
 TEL 03-5401-7741 / FAX 03-5401-7749
 shoji.makoto@hinode-sangyo.co.jp
=============================="""

SIG_WANIBUCHI_EN = """Best regards,

Chihiro Wanibuchi
Global HR Group, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5401-7723"""

SIG_IOKIBE = """--------------------------------
日の出産業株式会社 人事部
海外人事グループ 五百旗頭 奈央
直通：03-5401-7724
--------------------------------"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you have received it in error,
please notify the sender and delete it. Any unauthorised use is prohibited."""

MESSAGES = []

# ---------------------------------------------------------------- 001-020
MESSAGES += [
{
    "id": "expat-001",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "在留期間更新許可申請のご依頼（5名分）",
    "charset": "iso-2022-jp",
    "body": """行政書士法人みなとビザサポート
猪狩 健太 先生

いつも大変お世話になっております。
日の出産業 人事部の佐伯でございます。

今年度下期に在留期限を迎える外国籍社員について、在留期間更新許可申請の
取次をお願いしたく、対象者を下記にまとめました。

対象者一覧
氏名（ローマ字）          国籍        在留カード番号    在留期限      生年月日
------------------------------------------------------------------------------
NGUYEN THI LAN            ベトナム    UH48203917EN      2026/11/30    1994/03/18
SINGH ARJUN               インド      QK71550284RT      2026/12/14    1989/09/02
WANG LEI                  中国        PL30967412AA      2027/01/09    1991/12/25
PHAM MINH DUC             ベトナム    DW58813360GK      2027/01/22    1996/07/07
KAEWMANEE SIRIPORN        タイ        NS20471195VB      2027/02/03    1993/05/30
------------------------------------------------------------------------------

在留資格はいずれも「技術・人文知識・国際業務」です。
必要書類（住民税の課税証明書・納税証明書 等）は各自に取得を依頼済みで、
来週中に弊社でとりまとめて郵送いたします。

お見積りとスケジュール感をご教示いただけますと幸いです。
何卒よろしくお願いいたします。

""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five foreign employees' residence card numbers and birth dates in a padded table to an outside 行政書士",
},
{
    "id": "expat-002",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["ワールドブリッジ旅行 法人デスク <corp-desk@worldbridge-travel.co.jp>"],
    "subject": "航空券手配のお願い（シンガポール出張 1名）",
    "charset": "iso-2022-jp",
    "body": """ワールドブリッジ旅行株式会社
法人営業部 四十物様

いつもお世話になっております。日の出産業 総務の鬼頭です。
下記の通り航空券の手配をお願いいたします。

・出張者：蓮沼 拓海（HASUNUMA TAKUMI）様　※パスポート表記どおり
・行程：10/14(火) 羽田→シンガポール　10/18(土) シンガポール→羽田
・希望便：往路は午前発、復路は深夜便でも可
・座席：通路側希望
・マイレージ：JAL 会員番号は本人から直接お伝えします
・当日連絡先（本人携帯）：080-4417-2059

請求は通常どおり総務部宛でお願いします。
ホテルは現地法人側で手配済みのため不要です。

""" + SIG_KITO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one traveller's name and mobile to the travel agency: a single record, may be warned",
},
{
    "id": "expat-003",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["aimono.y@worldbridge-travel.co.jp"],
    "subject": "Re: ベトナム出張 e-visa申請代行の件",
    "charset": "cp932",
    "body": """四十物様

お世話になっております。日の出産業の東海林です。
e-visa申請代行の件、ご案内ありがとうございました。
申請に必要とのことでしたので、出張者の旅券情報をお送りします。

　氏名　　　　：纐纈　俊介（コウケツ　シュンスケ）
　ローマ字　　：KOKETSU SHUNSUKE
　旅券番号　　：ＴＺ１０４８２７３
　有効期限　　：令和１１年６月３０日
　生年月日　　：昭和６２年１１月３日
　入国予定　　：１１月４日　ハノイ（ノイバイ空港）

顔写真データとパスポートのスキャンは本人からアップロードしてもらいます。
よろしくお願いいたします。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one person's passport number (full-width) and 和暦 birth date to the travel agency: identity document",
},
{
    "id": "expat-004",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>"],
    "subject": "Hotel options near Amata City for the November visitors",
    "charset": "utf-8",
    "body": """Dear Khun Kanokwan,

Thank you for your help with the November plant audit. As discussed, could you
check availability at one of the hotels below? Any of them is fine with us.

Hotel                            Area             Phone              Rate (THB)
-------------------------------  ---------------  -----------------  ----------
Amata Garden Residence           Amata City       +66-38-457-210     2,400
Chonburi Riverside Hotel         Mueang Chonburi  +66-38-274-118     2,150
Bangsaen Ocean Inn               Bang Saen        +66-38-190-665     1,900
Sriracha Harbour View            Si Racha         +66-38-771-032     2,700

We need 4 single rooms from 17 to 21 November. The names of the travellers will
follow once the schedule is approved.

""" + SIG_WANIBUCHI_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels (businesses, not people) to the Thai subsidiary",
},
{
    "id": "expat-005",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["GlobalCare Assist Japan Desk <japandesk@globalcare-assist.com>"],
    "subject": "[Case request] Hospitalisation in Ho Chi Minh City - Member HSJ-20418",
    "charset": "utf-8",
    "body": """Dear GlobalCare Assist team,

We are writing on behalf of our employee assigned to Hinode Vietnam.

Member name: Mr. Daisuke TORIKAI
Member ID: HSJ-20418
Date of birth: 12 August 1982
Current location: Saigon International Hospital, District 7, HCMC (Room 512)

He was admitted last night with high fever and has been diagnosed with dengue
fever (platelet count 42,000). The attending doctor says he may need 4-5 days
of inpatient care. Could you please arrange a guarantee of payment with the
hospital and assign a Japanese-speaking coordinator?

His wife (Ms. Yuka Torikai) is with him; she can be reached via the hospital
ward. Please keep us informed in English or Japanese.

""" + SIG_OKONOGI + "\n" + DISC_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "diagnosis and hospitalisation of a named expatriate to the medical assistance company: 要配慮個人情報 of one person",
},
{
    "id": "expat-006",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["法人営業部 薬袋様 <minai@seiwa-intl-moving.co.jp>"],
    "subject": "秘密保持契約書（案）の送付について",
    "charset": "iso-2022-jp",
    "body": """星和インターナショナル引越株式会社
法人営業部　薬袋様

いつもお世話になっております。日の出産業の佐伯です。

来期からの海外引越サービス一括委託にあたり、先日お話しした
秘密保持契約書（案）を添付にてお送りいたします。
弊社法務部のひな形をベースにしておりますが、第３条（秘密情報の範囲）と
第８条（有効期間）について御社のご意見を伺えればと存じます。

ご確認のうえ、修正のご希望があれば変更履歴付きでご返送ください。
締結後に、赴任者情報の受け渡し方法（専用ストレージ）をご相談させてください。

""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_星和インターナショナル引越.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と星和インターナショナル引越株式会社（以下「乙」という。）は、甲の従業員の海外引越業務の委託に関し、以下のとおり秘密保持契約を締結する。",
            "第１条（目的） 本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第３条（秘密情報の範囲） 本契約において「秘密情報」とは、甲が乙に開示する甲の従業員及びその家族の個人情報、並びに甲の人事に関する情報をいう。",
            "第５条（目的外使用の禁止） 乙は、秘密情報を本業務の遂行以外の目的に使用してはならない。",
            "第８条（有効期間） 本契約の有効期間は締結日から３年間とする。",
            "（以下、署名欄）",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with a draft contract attached: talk of 秘密情報, no marking, no personal data",
},
{
    "id": "expat-007",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 <ikari@minato-visa.jp>",
           "薬袋 <minai@seiwa-intl-moving.co.jp>",
           "四十物 <aimono.y@worldbridge-travel.co.jp>"],
    "cc": ["佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    "subject": "【ご連絡】ドイツ赴任者キックオフ打合せの日程について",
    "charset": "iso-2022-jp",
    "body": """関係各位

いつもお世話になっております。日の出産業 海外人事の小此木です。

来年1月にデュッセルドルフへ赴任予定の社員1名（ご家族帯同）について、
ビザ・引越・渡航手配のキックオフ打合せを下記で行いたく、ご案内いたします。

　日時：10月9日（木）14:00～15:00
　場所：弊社本社 9F 第3会議室（オンライン参加可・Teamsリンクは別途）
　議題：滞在許可申請スケジュール／船便・航空便の搬出日／航空券・仮住まい

ご都合が悪い場合はご返信ください。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside firms (行政書士, 引越, 旅行代理店) in To see each other: should have been Bcc",
},
{
    "id": "expat-008",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 雲母先生 <kira@shirakawa-iaw.jp>"],
    "subject": "外国籍社員の就労資格に関するご相談",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
雲母 先生

いつもお世話になっております。日の出産業 人事部の五百旗頭です。

先日お電話でご相談しました件、概要を改めてお送りいたします。
当社の外国籍社員が、現在の在留資格のまま子会社へ出向する場合に
資格外活動の問題が生じるかどうか、ご見解を伺えれば幸いです。

出向先の業務内容と出向契約書の案は、来週のお打合せ時にお持ちします。
ご多忙のところ恐縮ですが、よろしくお願いいたします。

""" + SIG_IOKIBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-iaw.jp imitates the partner law firm shirakawa-law.jp (l→i homoglyph)",
},
{
    "id": "expat-009",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["corp-desk@worldbridge-travel.co.jp"],
    "subject": "下期 海外出張予定者の旅券情報（CSV）",
    "charset": "cp932",
    "body": """ワールドブリッジ旅行 法人デスク御中

お世話になっております。日の出産業 総務の鬼頭です。
下期の海外出張予定者の旅券情報を添付にてお送りします。
各便の予約時にご利用ください。変更が出た場合は都度ご連絡します。

よろしくお願いいたします。
""" + SIG_KITO,
    "attachments": [{
        "kind": "csv", "name": "海外出張予定者_旅券情報_下期.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "ローマ字", "旅券番号", "有効期限", "生年月日", "携帯"],
            ["H10382", "帷子 亜希", "KATABIRA AKI", "TK5530917", "2030/04/11", "1988/02/14", "090-3318-6620"],
            ["H10417", "鳥飼 大輔", "TORIKAI DAISUKE", "MU2286401", "2029/09/30", "1982/08/12", "080-2290-7714"],
            ["H11025", "栗花落 優", "TSUYURI YU", "TS8841265", "2031/01/19", "1995/06/01", "070-6612-0348"],
            ["H09766", "畔柳 修", "KUROYANAGI OSAMU", "TR0072359", "2028/12/05", "1976/10/28", "090-7745-1193"],
            ["H11208", "祝 千景", "HOURI CHIKAGE", "TH3319582", "2032/03/22", "1997/11/09", "080-5016-2287"],
            ["H10555", "左右田 健吾", "SOUDA KENGO", "MZ6620147", "2030/07/17", "1985/01/23", "090-2204-8861"],
            ["H10871", "月見里 咲", "YAMANASHI SAKI", "TN4175038", "2029/05/08", "1990/04/04", "070-3381-5502"],
            ["H09931", "御手洗 聡", "MITARAI SATOSHI", "TE9902716", "2027/11/29", "1979/12/16", "080-6673-4410"],
            ["H11340", "釈迦郡 玲奈", "SHAKAGORI RENA", "TG1367840", "2033/02/02", "1999/08/21", "090-1187-3026"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of nine travellers with passport numbers, birth dates and mobiles to the travel agency",
},
{
    "id": "expat-010",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>"],
    "cc": ["佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"],
    "subject": "出張者旅券台帳 更新版",
    "charset": "iso-2022-jp",
    "body": """東海林さん

出張者旅券台帳を更新しました（帷子さん・釈迦郡さんの新旅券を反映）。
共有フォルダにも置きましたが、念のため添付します。
旅行代理店へは下期分のみ別途CSVで送ります。

鬼頭
""",
    "attachments": [{
        "kind": "xlsx", "name": "出張者旅券台帳_20251001.xlsx",
        "sheets": {
            "台帳": [
                ["出張者旅券台帳（総務部管理）"],
                ["更新日", "2025/10/01"],
                [],
                ["社員番号", "氏名", "旅券番号", "有効期限", "生年月日"],
                ["H10382", "帷子 亜希", "TK5530917", "2030/04/11", "1988/02/14"],
                ["H10417", "鳥飼 大輔", "MU2286401", "2029/09/30", "1982/08/12"],
                ["H11025", "栗花落 優", "TS8841265", "2031/01/19", "1995/06/01"],
                ["H09766", "畔柳 修", "TR0072359", "2028/12/05", "1976/10/28"],
                ["H11208", "祝 千景", "TH3319582", "2032/03/22", "1997/11/09"],
                ["H11340", "釈迦郡 玲奈", "TG1367840", "2033/02/02", "1999/08/21"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "passport register, but every recipient is internal",
},
{
    "id": "expat-011",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["東邦海上 企業保険部 <kigyo-hoken@toho-kaijo.co.jp>"],
    "subject": "海外旅行保険（包括契約）付保者追加のお願い",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>東邦海上火災保険株式会社<br>企業保険部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の東海林です。<br>
包括契約（証券番号 KT-7730215）に、下記6名の付保をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>渡航先</th><th>期間</th></tr>
<tr><td>1</td><td>小鳥遊 伸也</td><td>タカナシ シンヤ</td><td>1984/05/09</td><td>米国</td><td>10/20～11/02</td></tr>
<tr><td>2</td><td>一尺八寸 遥</td><td>カマツカ ハルカ</td><td>1993/01/30</td><td>米国</td><td>10/20～11/02</td></tr>
<tr><td>3</td><td>蓮沼 拓海</td><td>ハスヌマ タクミ</td><td>1990/07/12</td><td>シンガポール</td><td>10/14～10/18</td></tr>
<tr><td>4</td><td>百目鬼 透</td><td>ドウメキ トオル</td><td>1971/03/03</td><td>ドイツ</td><td>11/05～11/15</td></tr>
<tr><td>5</td><td>薬師寺 絢子</td><td>ヤクシジ アヤコ</td><td>1987/10/19</td><td>ドイツ</td><td>11/05～11/15</td></tr>
<tr><td>6</td><td>舘野 圭</td><td>タテノ ケイ</td><td>1998/12/01</td><td>タイ</td><td>11/17～11/21</td></tr>
</table>
<p>補償内容はいずれもプランBでお願いします。<br>ご不明点がございましたらご連絡ください。</p>
<p>日の出産業株式会社 総務部<br>東海林 誠　TEL 03-5401-7741</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of six insured travellers and their birth dates to the insurer",
},
{
    "id": "expat-012",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["梶ヶ谷行政書士事務所 <office@kajigaya-gyosei.jp>"],
    "subject": "在留カード写し送付（家族滞在 申請分）",
    "charset": "iso-2022-jp",
    "body": """梶ヶ谷先生

お世話になっております。日の出産業の佐伯です。
家族滞在の申請に必要な在留カードの写しを、ZIPファイルにてお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "zairyu_card_copies.zip", "password": "Hn#2025kzk",
        "files": [
            {"kind": "pdf", "name": "zairyu_MEHTA_R.pdf",
             "lines": ["在留カード（写し）", "氏名 MEHTA RAHUL", "番号 RA22039187JP"]},
            {"kind": "pdf", "name": "zairyu_MEHTA_P.pdf",
             "lines": ["在留カード（写し）", "氏名 MEHTA PRIYA", "番号 RA22039188JP"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the 行政書士: the guard cannot read it",
},
{
    "id": "expat-013",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["梶ヶ谷行政書士事務所 <office@kajigaya-gyosei.jp>"],
    "subject": "パスワードのお知らせ",
    "charset": "iso-2022-jp",
    "body": """梶ヶ谷先生

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn#2025kzk

お手数ですがご確認ください。
日の出産業 人事部 佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up password mail: no attachment, no personal data",
},
{
    "id": "expat-014",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Jennifer Alvarez <j.alvarez@hinodeamerica.com>"],
    "subject": "Pre-assignment medical check - Mr. Kamatsuka",
    "charset": "utf-8",
    "body": """Hi Jennifer,

Quick update on Haruki Kamatsuka, who is due to start at the Columbus plant on
1 December.

His pre-assignment medical check was completed on 26 September. The occupational
physician has cleared him for the assignment with one condition: he has
hypertension and is on daily medication (amlodipine), so he needs a US primary
care physician within the first month and a follow-up blood pressure check every
three months. Could you add this to his onboarding checklist and confirm which
clinic in the company plan network is closest to his apartment?

Thanks as always,
Ryo

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named expatriate's health check result and medication to the US subsidiary (an external domain)",
},
{
    "id": "expat-015",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Jennifer Alvarez <j.alvarez@hinodeamerica.com>"],
    "subject": "Arrival details: H. Kamatsuka (Nov 29)",
    "charset": "utf-8",
    "body": """Hi Jennifer,

Haruki's flights are now confirmed:

  JL 8 / NH 114  HND 10:25 -> ORD 07:50 (Nov 29)
  UA 4821        ORD 11:40 -> CMH 14:05

Could the driver meet him at CMH arrivals? He will have two large suitcases.
Until he gets a US number, his Japanese mobile works on roaming:
+81 90-2871-4436.

Temporary housing (Short North serviced apartment) is booked from Nov 29 to
Dec 27 as you suggested.

Best,
Ryo
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one expatriate's flights and mobile to the US subsidiary: a single record",
},
{
    "id": "expat-016",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "Re: 【要返信】ドイツ出張 航空券 決済方法について",
    "charset": "iso-2022-jp",
    "body": """四十物様

お世話になっております。鬼頭です。
今回は請求書払いではなくカード決済とのことでしたので、
総務部の法人カード情報をお知らせします。

　カード名義：HINODE SANGYO CO LTD
　カード番号：""" + card_spaced(card_number(7101)) + """
　有効期限　：09/28

決済完了後、領収書のPDFをお送りください。
よろしくお願いいたします。

鬼頭

> 鬼頭様
> 今回の便はLCC区間を含むため、請求書払いがご利用いただけません。
> お手数ですが決済用のカード情報をご教示ください。
> ワールドブリッジ旅行 四十物
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number (the corporate card) typed into the mail to the travel agency",
},
{
    "id": "expat-017",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "Re: 決済完了のご連絡",
    "charset": "iso-2022-jp",
    "body": """四十物様

ご連絡ありがとうございます。カード明細でも確認できました。

　決済日　　：10月3日
　カード　　：**** **** **** 4821（法人カード）
　金額　　　：412,380円（税込）
　予約番号　：WB-25-118734

領収書の宛名は「日の出産業株式会社」でお願いいたします。

""" + SIG_KITO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "masked card number (last four digits only), amount and booking number: nothing to stop",
},
{
    "id": "expat-018",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["桐山税理士法人 国際税務チーム <intl@kiriyama-tax.jp>"],
    "subject": "出国時の年末調整のご依頼（帷子 亜希 さん）",
    "charset": "iso-2022-jp",
    "body": """桐山税理士法人
国際税務チーム 御中

いつもお世話になっております。日の出産業 人事部の五百旗頭です。
11月にタイへ赴任する社員の出国時年末調整をお願いいたします。
扶養控除等申告書の記載内容を転記します。

【本人】
　氏名　　：帷子 亜希（カタビラ アキ）
　生年月日：昭和６３年２月１４日
　個人番号：""" + spaced(my_number(1801)) + """
　住所　　：神奈川県川崎市中原区木月住吉町１８－２２－４０３
　出国予定：令和７年１１月１０日

【控除対象配偶者】
　氏名　　：帷子 亮太
　生年月日：昭和６０年９月２９日
　個人番号：""" + spaced(my_number(1802)) + """

【扶養親族（16歳未満）】
　氏名　　：帷子 芽衣
　生年月日：平成３０年５月６日
　個人番号：""" + spaced(my_number(1803)) + """

源泉徴収簿は別途郵送いたします。よろしくお願いいたします。

""" + SIG_IOKIBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "My Numbers of an expatriate and two family members in the body to the tax accountant",
},
{
    "id": "expat-019",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["はやて社会保険労務士法人 <info@hayate-sr.jp>"],
    "subject": "社会保障協定 適用証明書交付申請の件（ドイツ赴任者）",
    "charset": "iso-2022-jp",
    "body": """はやて社会保険労務士法人
ご担当　左近司様

お世話になっております。日の出産業の佐伯です。
日独社会保障協定に基づく適用証明書の交付申請をお願いしたく、
対象者の情報を添付のExcelにまとめました。

対象は本人2名と、任意で申請する配偶者1名です。
事業所整理記号等は前回と同じです。

よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "xlsx", "name": "適用証明書申請_対象者.xlsx",
        "sheets": {
            "対象者": [
                ["日独社会保障協定 適用証明書交付申請 対象者一覧"],
                ["事業所：日の出産業株式会社 本社", "", "", "作成：人事部 海外人事G"],
                [],
                ["氏名", "フリガナ", "生年月日", "基礎年金番号", "派遣期間", "区分"],
                ["百目鬼 透", "ドウメキ トオル", "S46.3.3", "4120-338751", "2026/1/5～2030/12/31", "被保険者"],
                ["薬師寺 絢子", "ヤクシジ アヤコ", "S62.10.19", "5307-211964", "2026/2/2～2029/3/31", "被保険者"],
                ["百目鬼 美紀", "ドウメキ ミキ", "S48.7.26", "4131-902275", "2026/1/5～2030/12/31", "配偶者（任意）"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three people's 基礎年金番号 in an XLSX with a title row, to the outside 社労士",
},
{
    "id": "expat-020",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "Re: Re: ベトナム出張 e-visa申請代行の件",
    "charset": "iso-2022-jp",
    "body": """四十物様

ご対応ありがとうございます。承知いたしました。
座席は往復とも通路側でお願いできればと思います。
e-visaの承認メールが届きましたら転送いたします。

東海林

> 東海林様
> 旅券情報を頂戴しました。下記内容で申請を進めます。
>
> 　氏名　　　　：纐纈　俊介（KOKETSU SHUNSUKE）
> 　旅券番号　　：ＴＺ１０４８２７３
> 　生年月日　　：昭和６２年１１月３日
>
> 承認まで通常３営業日ほどかかります。
> ワールドブリッジ旅行 四十物
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the passport details are only in the quoted reply: the agency already has them",
},
]

# ---------------------------------------------------------------- 021-040
MESSAGES += [
{
    "id": "expat-021",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["薬袋 <minai@seiwa-intl-moving.co.jp>"],
    "subject": "百目鬼さんご一家 海外引越（ドイツ）ご家族情報",
    "charset": "iso-2022-jp",
    "body": """星和インターナショナル引越
薬袋様

お世話になっております。日の出産業の小此木です。
通関書類の作成にご家族全員の情報が必要とのことでしたので、下記にお送りします。

■1
　氏名：百目鬼 透（ドウメキ トオル）
　続柄：本人
　生年月日：1971年3月3日

■2
　氏名：百目鬼 美紀（ドウメキ ミキ）
　続柄：妻
　生年月日：1973年7月26日

■3
　氏名：百目鬼 蒼（ドウメキ ソウ）
　続柄：長男
　生年月日：2009年4月15日

■4
　氏名：百目鬼 紬（ドウメキ ツムギ）
　続柄：長女
　生年月日：2012年11月2日

■5
　氏名：百目鬼 晴（ドウメキ ハル）
　続柄：次男
　生年月日：2016年8月30日

搬出は12月20日（土）午前を希望しております。
ご確認のほどよろしくお願いいたします。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five family members, one block each with name and birth date, to the moving company",
},
{
    "id": "expat-022",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["薬袋 <minai@seiwa-intl-moving.co.jp>"],
    "subject": "注文書送付（海外引越 見積No.SIM-25-0912）",
    "charset": "iso-2022-jp",
    "body": """星和インターナショナル引越株式会社
薬袋様

お世話になっております。日の出産業 総務部の東海林です。
お見積りいただいた内容で発注いたします。注文書を添付いたしますので、
ご査収ください。請求書には適格請求書発行事業者の登録番号の記載をお願いします。

""" + SIG_SHOJI,
    "attachments": [{
        "kind": "pdf", "name": "注文書_SIM-25-0912.pdf", "title": "注文書",
        "lines": [
            "注　文　書　　　　　　　　　　　　　　注文番号 PO-2025-10-0447",
            "星和インターナショナル引越株式会社　御中",
            "日の出産業株式会社　総務部",
            "法人番号 " + HINODE_CORP + "　／　登録番号 T" + HINODE_CORP,
            "東京都港区浜松町2-4-1　TEL 03-5401-7741",
            "",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["海上輸送（20ftコンテナ混載）", "8m3", "38,000", "304,000"],
            ["航空便（別送品）", "120kg", "1,450", "174,000"],
            ["梱包・搬出作業", "1式", "96,000", "96,000"],
            ["保険料（申告額 8,000,000円）", "1式", "24,000", "24,000"],
            ["小計", "", "", "598,000"],
            ["消費税（10%）", "", "", "59,800"],
            ["合計", "", "", "657,800"],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "purchase order with prices and the company's own 法人番号: business data only",
},
{
    "id": "expat-023",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 国際引越部 <kokusai@aoba-unyu.jp>"],
    "subject": "帰任引越 荷受け先のご連絡（蓮沼様）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社　国際引越部　御中

いつもお世話になっております。日の出産業の小此木です。
シンガポールから帰任する社員の荷受け先が確定しましたのでご連絡します。

　お名前　：蓮沼 拓海 様
　お届け先：〒272-0034 千葉県市川市市川2-17-9 ルミエール市川 702
　連絡先　：080-4417-2059
　希望日　：12月13日（土）午後

通関が終わり次第、配達日の調整をお願いいたします。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "aoba-unyu.jp drops the 'co.' of the partner aoba-unyu.co.jp: look-alike domain",
},
{
    "id": "expat-024",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 国際引越部 <kokusai@aoba-unyu.co.jp>"],
    "subject": "Re: 10月出荷分の船積み状況",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 国際引越部
畔上様

状況のご共有ありがとうございます。下記、当方の控えと一致しております。

見積No.        B/L No.           出港日    仕向地          ステータス
-----------    ---------------   -------   ------------    ----------
AU-25-3318     AYUS2510-00871    10/04     Hamburg         航海中
AU-25-3327     AYUS2510-00902    10/06     Laem Chabang    航海中
AU-25-3341     AYUS2510-00935    10/11     Long Beach      搬入待ち

3件目は書類不備とのことですが、必要なものがあればお知らせください。

小此木
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shipment status by estimate and B/L number to the real partner domain: no personal data",
},
{
    "id": "expat-025",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["東京トラベルクリニック 予約窓口 <yoyaku@tokyo-travel-clinic.jp>"],
    "subject": "赴任予定者の予防接種 一括予約のお願い",
    "charset": "utf-8",
    "body": """東京トラベルクリニック
予約ご担当者様

いつもお世話になっております。日の出産業 人事部の五百旗頭です。
来春の赴任予定者6名について、渡航前の予防接種をまとめて予約させていただきたく、
対象者と希望ワクチンを添付の表にまとめました。

接種日程のご提案をいただけますと幸いです。
費用は会社請求でお願いいたします。

""" + SIG_IOKIBE,
    "attachments": [{
        "kind": "docx", "name": "予防接種予約依頼_2026春赴任.docx",
        "paragraphs": ["予防接種 一括予約依頼票", "日の出産業株式会社 人事部 海外人事グループ", ""],
        "tables": [[
            ["No", "氏名", "生年月日", "赴任先", "希望ワクチン", "希望曜日"],
            ["1", "舘野 圭", "1998/12/01", "タイ", "A型肝炎・破傷風", "土"],
            ["2", "祝 千景", "1997/11/09", "ベトナム", "A型肝炎・B型肝炎・日本脳炎", "平日夕方"],
            ["3", "左右田 健吾", "1985/01/23", "インド", "A型肝炎・腸チフス・狂犬病", "土"],
            ["4", "月見里 咲", "1990/04/04", "インドネシア", "A型肝炎・B型肝炎", "平日午前"],
            ["5", "畔柳 修", "1976/10/28", "メキシコ", "A型肝炎・破傷風", "土"],
            ["6", "栗花落 優", "1995/06/01", "ケニア", "黄熱・A型肝炎・狂犬病", "平日夕方"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six employees with birth dates for a vaccination booking: a list of people",
},
{
    "id": "expat-026",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["yoyaku@tokyo-travel-clinic.jp"],
    "subject": "黄熱ワクチンの接種可能日について（お問い合わせ）",
    "charset": "iso-2022-jp",
    "body": """東京トラベルクリニック御中

お世話になっております。日の出産業の五百旗頭です。
ケニア赴任予定者がおり、黄熱ワクチンについて教えてください。

・貴院は黄熱ワクチンの指定接種機関でしょうか。
・接種証明書（イエローカード）は当日発行されますか。
・他のワクチンと同日接種は可能でしょうか。
・法人契約の場合の1回あたりの費用をご教示ください。

お手数ですがよろしくお願いいたします。

""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general question about yellow-fever vaccination, no person identified",
},
{
    "id": "expat-027",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>"],
    "subject": "FW: 【健診結果のご報告】舘野 圭 様",
    "charset": "utf-8",
    "body": """Dear Khun Kanokwan,

FYI - below is the clinic's report on Mr. Tateno's pre-assignment check.
He needs a follow-up test, so his start date in Chonburi may move by about
two weeks. I'll confirm once the result is in.

Chihiro

-------- Forwarded Message --------
From: 東京トラベルクリニック 健診センター <kenshin@tokyo-travel-clinic.jp>
To: wanibuchi.chihiro@hinode-sangyo.co.jp
Subject: 【健診結果のご報告】舘野 圭 様

日の出産業株式会社 人事部 鰐淵様

海外赴任前健康診断の結果をご報告いたします。

受診者：舘野 圭 様（平成１０年１２月１日生）
受診日：令和７年９月２２日
総合判定：Ｄ２（要精密検査）
所見：肝機能（ＡＬＴ ９８ U/L、γ-ＧＴＰ １５４ U/L）高値、脂肪肝の疑い
　　　腹部超音波・再採血による精密検査をお勧めします。

東京トラベルクリニック 健診センター
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of a clinic's health check result of a named employee to the Thai subsidiary: forwarded text counts",
},
{
    "id": "expat-028",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["GlobalCare Assist Japan Desk <japandesk@globalcare-assist.com>"],
    "subject": "RE: [Case HSJ-20418] Discharge and billing",
    "charset": "utf-8",
    "body": """GlobalCare Assist ジャパンデスク
ご担当者様

ご連絡ありがとうございます。無事退院できたとのことで安心いたしました。
病院からの請求書は、契約どおり弊社（人事部 海外人事グループ）宛にお願いします。
経理処理の都合上、11月20日までにお送りいただけますと助かります。

小此木

-----Original Message-----
From: GlobalCare Assist Japan Desk <japandesk@globalcare-assist.com>
Sent: Friday, October 17, 2025 6:12 PM
To: okonogi.ryo@hinode-sangyo.co.jp
Subject: [Case HSJ-20418] Discharge and billing

小此木様

鳥飼 大輔様（1982年8月12日生）は本日、デング熱の治療を終え退院されました。
血小板数は 168,000 まで回復しており、主治医からは3日間の自宅療養の指示が出ています。
入院費用 VND 86,400,000 は当社が病院へ立替払いいたしました。

GlobalCare Assist Japan Desk
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the diagnosis is only in the quoted Original Message from the assistance company itself",
},
{
    "id": "expat-029",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>"],
    "cc": ["Somchai R. <somchai.r@hinode-thailand.co.th>"],
    "subject": "【社外秘】2026年度 タイ赴任者 処遇条件（改定案）",
    "charset": "utf-8",
    "body": """Hinode Sangyo (Thailand) Co., Ltd.
Khun Kanokwan / Khun Somchai

いつもお世話になっております。本社人事部の佐伯です。
2026年度から適用予定の赴任者処遇条件（改定案）をお送りします。
本件は【社外秘】扱いでお願いいたします。

１．海外勤務手当（月額・円）
　　部長級　180,000　→　195,000
　　課長級　150,000　→　162,000
　　一般　　110,000　→　120,000
２．ハードシップ手当　チョンブリ地区　5%（据え置き）
３．住宅費上限（月額・THB）
　　単身 55,000／家族帯同 85,000
４．子女教育手当　日本人学校の授業料全額、インター校は上限 年 600,000 THB

ご意見は10月末までに頂けますと幸いです。

""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "【社外秘】 classification on the mail going to the subsidiary's own (external) domain",
},
{
    "id": "expat-030",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Lukas Brenner <l.brenner@hinode-europe.de>"],
    "subject": "Business trip of the procurement team - week 47",
    "charset": "utf-8",
    "body": """Dear Lukas,

Thank you for agreeing to host our procurement team in Düsseldorf in week 47.
The draft agenda is:

  Mon  arrival, hotel check-in (Hotel am Rhein, booked by us)
  Tue  supplier visits (Krefeld, Neuss)
  Wed  workshop at your office, 09:00-16:00
  Thu  plant tour in Bochum, return flight from DUS in the evening

Could you let us know whether a meeting room for eight people is available on
Wednesday? We will send the names of the team members next week.

""" + SIG_WANIBUCHI_EN + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary English trip planning with the standard confidentiality disclaimer at the end",
},
{
    "id": "expat-031",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Lukas Brenner <l.brenner@hinode-europe.de>"],
    "subject": "Housing budget table for 2026 assignees",
    "charset": "utf-8",
    "body": """Dear Lukas,

As promised on our call, please find attached the housing budget table we use
for assignees to Germany from next year. Let me know if the Düsseldorf figures
look realistic to you given the current market.

Best regards,
Chihiro
""",
    "attachments": [{
        "kind": "xlsx", "name": "Housing_Budget_DE_2026.xlsx",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Global HR",
        "title": "Housing budget 2026 (Confidential)",
        "sheets": {
            "Budget": [
                ["Housing budget for assignees - Germany - FY2026"],
                ["Classification: Confidential"],
                [],
                ["City", "Grade", "Single (EUR/month)", "Family (EUR/month)", "Deposit (months)"],
                ["Düsseldorf", "M3+", 2200, 3300, 3],
                ["Düsseldorf", "M1-M2", 1900, 2900, 3],
                ["Düsseldorf", "Staff", 1600, 2500, 3],
                ["Frankfurt", "M3+", 2400, 3600, 3],
                ["Frankfurt", "Staff", 1750, 2700, 3],
            ],
            "Notes": [
                ["Utilities are paid by the assignee above 250 EUR/month."],
                ["Furniture lease up to 150 EUR/month is covered."],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the Confidential classification is only inside the XLSX (header and title row), going to the German subsidiary",
},
{
    "id": "expat-032",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["人事部長 百目鬼 <domeki.toru@tokyo.hinode-sangyo.co.jp>"],
    "cc": ["小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>"],
    "subject": "赴任者処遇改定案（社外秘）ご確認のお願い",
    "charset": "iso-2022-jp",
    "body": """百目鬼部長

お疲れさまです。佐伯です。
2026年度の赴任者処遇改定案を添付します（社外秘）。
現地法人への展開前に、部長のご確認をお願いいたします。

佐伯
""",
    "attachments": [{
        "kind": "xlsx", "name": "赴任者処遇改定案_2026.xlsx", "page_header": "社外秘",
        "sheets": {
            "手当": [
                ["【社外秘】2026年度 海外勤務手当 改定案"],
                [],
                ["区分", "現行", "改定案"],
                ["部長級", 180000, 195000],
                ["課長級", 150000, 162000],
                ["一般", 110000, 120000],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 document, but the recipients are internal (a subdomain of hinode-sangyo.co.jp counts as internal)",
},
{
    "id": "expat-033",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["katabira.ryota0929@gmail.com", "miki.domeki@yahoo.co.jp",
           "ayako-yks@icloud.com", "hasunuma.mai@outlook.jp"],
    "subject": "【ご案内】帯同ご家族向け 赴任前説明会（11/8）",
    "charset": "iso-2022-jp",
    "body": """赴任予定社員のご家族の皆さま

いつも大変お世話になっております。
日の出産業株式会社 人事部 海外人事グループの五百旗頭でございます。

海外赴任にご帯同予定のご家族さまを対象に、赴任前説明会を開催いたします。

　日時：11月8日（土）10:00～12:00
　会場：本社 9F 大会議室（オンライン同時配信あり）
　内容：現地の生活・医療事情、海外旅行保険と医療アシスタンス、
　　　　子女教育（日本人学校・インター校）、引越しの流れ

ご出欠を10月31日までにご返信いただけますと幸いです。

""" + SIG_IOKIBE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four family members' private addresses visible to each other in To: should have been Bcc",
},
{
    "id": "expat-034",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>"],
    "bcc": ["katabira.ryota0929@gmail.com", "miki.domeki@yahoo.co.jp",
            "ayako-yks@icloud.com", "hasunuma.mai@outlook.jp"],
    "subject": "【再送】帯同ご家族向け 赴任前説明会 オンライン参加URL",
    "charset": "iso-2022-jp",
    "body": """赴任予定社員のご家族の皆さま

（本メールはBCCにてお送りしております）

11月8日（土）の説明会のオンライン参加URLをお送りします。
会場にお越しになる方は、1階受付で「海外人事の説明会」とお伝えください。

　URL：https://meet.hinode-sangyo.co.jp/j/8830215566
　パスコード：1108

当日の資料は説明会終了後にお送りします。

日の出産業株式会社 人事部 海外人事グループ 五百旗頭
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the family members are in Bcc, the To is the sender herself: nobody sees the others",
},
{
    "id": "expat-035",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["東海林 誠 <shoji.makoto@hinode-sangyo-co.jp>"],
    "subject": "ドイツ出張 仮予約一覧",
    "charset": "iso-2022-jp",
    "body": """東海林さん

お疲れさまです。ドイツ出張（11/5～11/15）の仮予約状況です。

・百目鬼 透　　LH715 羽田→フランクフルト　携帯 090-6604-1127
・薬師寺 絢子　LH715 羽田→フランクフルト　携帯 080-3172-5590

ホテルは両名ともHotel am Rheinで仮押さえ済みです。
確定でよければ旅行代理店に連絡します。

鬼頭
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo-co.jp (hyphen for the dot): look-alike of the own domain",
},
{
    "id": "expat-036",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["hasunuma.takumi.home@gmail.com"],
    "subject": "帰任手続きのご案内（個人アドレス宛）",
    "charset": "iso-2022-jp",
    "body": """蓮沼さん

お疲れさまです。海外人事の小此木です。
社用メールが12月で停止されるとのことでしたので、個人アドレスにお送りします。

帰任までの主な流れです。
　1. 現地での退去立会い（不動産会社と日程調整）
　2. 現地の銀行口座・携帯電話の解約
　3. 帰任引越（青葉運輸が対応、搬出日は別途）
　4. 帰国後2週間以内に転入届、社会保険の手続き

ご不明な点は私までご連絡ください。

小此木
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (the employee's own address), procedural content only",
},
{
    "id": "expat-037",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["薬袋 <minai@seiwa-intl-moving.co.jp>"],
    "subject": "2026年3月 帰任者一覧と帰任ガイド",
    "charset": "iso-2022-jp",
    "body": """薬袋様

お世話になっております。日の出産業の小此木です。
来年3月の帰任者一覧（7名）と、社内向けの帰任ガイドをまとめてお送りします。
各ご家庭への訪問見積の調整をお願いいたします。

""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "zip", "name": "帰任者資料_2026年3月.zip",
        "files": [
            {"kind": "xlsx", "name": "帰任者一覧.xlsx", "sheets": {"2026年3月": [
                ["氏名", "赴任国", "帰任日", "帰国後住所", "連絡先"],
                ["小鳥遊 伸也", "米国", "2026/03/14", "東京都大田区田園調布本町38-4", "090-4418-2230"],
                ["一尺八寸 遥", "米国", "2026/03/21", "神奈川県横浜市青葉区美しが丘2-15-7-201", "080-7731-0962"],
                ["鳥飼 大輔", "ベトナム", "2026/03/07", "埼玉県さいたま市浦和区岸町5-14-2-305", "080-2290-7714"],
                ["畔柳 修", "メキシコ", "2026/03/28", "愛知県名古屋市千種区覚王山通8-70", "090-7745-1193"],
                ["御手洗 聡", "中国", "2026/03/14", "大阪府吹田市千里山西3-22-11", "080-6673-4410"],
                ["纐纈 俊介", "ベトナム", "2026/03/21", "岐阜県岐阜市長良福光2580-3", "090-8812-4057"],
                ["帷子 亜希", "タイ", "2026/03/31", "神奈川県川崎市中原区木月住吉町18-22-403", "090-3318-6620"],
            ]}},
            {"kind": "pdf", "name": "帰任ガイド.pdf",
             "lines": ["帰任ガイド（社内向け）", "1. 帰任辞令の受領", "2. 現地の各種解約",
                       "3. 引越し（会社指定業者）", "4. 帰国後の手続き"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) holding an XLSX of seven returnees with home addresses and mobiles",
},
{
    "id": "expat-038",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["corp-desk@worldbridge-travel.co.jp"],
    "subject": "9月分 出張精算明細の照合結果",
    "charset": "iso-2022-jp",
    "body": """ワールドブリッジ旅行 法人デスク御中

お世話になっております。日の出産業の鬼頭です。
9月分の請求明細と当社精算データの照合結果をPDFでお送りします。
差異が3件ありましたので、ご確認をお願いいたします。

鬼頭
""",
    "attachments": [{"kind": "corrupt", "name": "照合結果_202509.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the PDF attachment is corrupt and cannot be inspected",
},
{
    "id": "expat-039",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["団体旅行課 <dantai@worldbridge-travel.co.jp>"],
    "subject": "ハノーバー展示会 団体手配 参加者データ",
    "charset": "utf-8",
    "body": """ワールドブリッジ旅行 団体旅行課
御担当者様

お世話になっております。日の出産業 総務部の東海林です。
ハノーバー展示会視察の参加者データです（Excelから貼り付けています）。
氏名はパスポートのコピーと一緒に別途お渡しします。

社員番号\t性別\t生年月日\t携帯番号\t出発空港
H08815\tM\t1968/06/14\t090-2215-7763\tHND
H09402\tM\t1974/02/28\t080-9930-1148\tHND
H10066\tF\t1983/09/05\t070-4426-8801\tNRT
H10391\tM\t1987/12/19\t090-6157-3320\tKIX
H10744\tF\t1991/03/11\t080-1803-6659\tHND
H11117\tM\t1996/08/24\t070-2291-4473\tNRT

お手数ですがよろしくお願いいたします。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six people's birth dates and mobiles, tab-separated, with no name column: still a list of people",
},
{
    "id": "expat-040",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "メキシコ工場立上げ支援 出張者5名の件",
    "charset": "iso-2022-jp",
    "body": """四十物様

お世話になっております。鬼頭です。
メキシコ工場の立上げ支援で、11月後半に5名が出張します。
文章で失礼しますが、順にご説明します。

まずリーダーの畔柳修さん（1976年10月28日生まれ、携帯090-7745-1193）が
11月16日に先発し、グアナファトで現地法人と打合せをします。
続いて設備担当の左右田健吾さん（1985年1月23日生まれ、携帯090-2204-8861）と
品質担当の月見里咲さん（1990年4月4日生まれ、携帯070-3381-5502）が18日に合流予定です。
最後に、生産技術の御手洗聡さん（1979年12月16日生まれ、携帯080-6673-4410）と
若手の栗花落優さん（1995年6月1日生まれ、携帯070-6612-0348）が20日に出発します。

帰国は全員11月29日の同じ便を希望しています。
航空券とレオン市内のホテル5室のお見積りをお願いいたします。

""" + SIG_KITO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five travellers' birth dates and mobiles written only in running text, no table",
},
]

# ---------------------------------------------------------------- 041-060
MESSAGES += [
{
    "id": "expat-041",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "ドイツ出張 1名分の日程変更のお願い（予約番号 WB-25-118734）",
    "charset": "iso-2022-jp",
    "body": """四十物様

お世話になっております。鬼頭です。
先日決済いたしましたドイツ出張の件で、1名分のみ日程変更をお願いします。

薬師寺さんが先週の定期健康診断で心電図の異常（不整脈）を指摘され、
11月10日に循環器内科で精密検査を受けることになりました。
そのため薬師寺さんのみ往路を11月12日発に変更し、百目鬼さんは当初どおりです。

変更手数料と差額が出る場合はお知らせください。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_KITO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named traveller's health check finding and upcoming cardiology test, mentioned in passing to the travel agency",
},
{
    "id": "expat-042",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "シンガポール出張 復路変更のお願い",
    "charset": "iso-2022-jp",
    "body": """四十物様

いつもお世話になっております。日の出産業の鬼頭です。

蓮沼の復路について、業務の都合により1日後ろ倒しをお願いできますでしょうか。
　現行：10/18(土) SQ634 シンガポール 23:55発
　希望：10/19(日) 同便または同時間帯の便

ホテルは現地法人側で延泊を手配済みです。
差額のご連絡をお待ちしております。

鬼頭
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a flight change for a traveller named only by surname, reason 業務の都合: no personal data",
},
{
    "id": "expat-043",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    "subject": "宿泊予約のお願い（インドネシア現地法人より来日 1名）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル浜松町
法人予約センター御中

いつもお世話になっております。日の出産業 総務部の東海林です。
下記の通り宿泊予約をお願いいたします。

　宿泊者：Dewi ANGGRAINI 様（インドネシア現地法人 経理マネージャー）
　日程　：11月24日（月）～11月28日（金）4泊
　部屋　：シングル禁煙

ご本人はイスラム教徒で、1日5回の礼拝をされます。
客室で礼拝ができるよう、キブラ（メッカの方角）の表示と礼拝用マットの
ご用意が可能かご確認ください。朝食はハラール対応メニューをお願いします。

請求は弊社総務部宛でお願いいたします。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the named guest's religion is stated to the hotel: 要配慮個人情報 (信条) of one person",
},
{
    "id": "expat-044",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    "subject": "宿泊予約（一時帰国者 2名）",
    "charset": "cp932",
    "body": """さくらホテル 法人予約センター御中

お世話になっております。日の出産業の東海林です。
一時帰国する赴任者2名の宿泊をお願いいたします。

1) 帷子 亜希 様　12/22～12/26（4泊）シングル　到着予定 21:30頃
2) 纐纈 俊介 様　12/23～12/27（4泊）シングル　到着予定 18:00頃

到着が遅れる場合の連絡先は、代表して帷子様の携帯（090-3318-6620）へお願いします。
法人契約料金にて、請求書払いでお願いいたします。

""" + SIG_SHOJI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two guests and one mobile to the partner hotel: below the list threshold, may be warned",
},
{
    "id": "expat-045",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["corporate@sakura-hotel.com"],
    "subject": "宿泊予約の追加（1名）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 法人予約センター御中

お世話になっております。日の出産業の東海林です。
先ほどの2名に加えて、1名追加をお願いいたします。

　舘野 圭 様　12/24～12/26（2泊）　携帯 070-5528-1904

よろしくお願いいたします。
東海林
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "sakura-hotel.com instead of the partner's sakura-hotel.jp: TLD-swap look-alike",
},
{
    "id": "expat-046",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "米国L-1ビザ申請 DS-160の質問事項について",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
小鳥遊の米国L-1ビザ申請の件でご相談です。

DS-160の「逮捕歴・有罪判決の有無」の設問について本人に確認したところ、
平成２７年に酒気帯び運転で検挙され、罰金刑（略式命令）を受けたとの申告がありました。
この場合、面接前に追加で準備すべき書類（警察証明等）があればご教示ください。
申請スケジュールへの影響も併せてお伺いできますと幸いです。

本件は本人の了承を得て先生にご相談しております。

""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "criminal record (arrest and fine) of an identifiable employee sent to the 行政書士",
},
{
    "id": "expat-047",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["東邦海上 海外旅行保険 事故受付 <kaigai-jiko@toho-kaijo.co.jp>"],
    "subject": "保険金請求のご相談（マニラ出張中の事故）証券番号 KT-7730215",
    "charset": "iso-2022-jp",
    "body": """東邦海上火災保険株式会社
海外旅行保険 事故受付センター御中

お世話になっております。日の出産業 人事部の小此木です。
包括契約の被保険者が出張先で被害に遭いましたので、保険金請求について
ご相談させてください。

　被保険者：祝 千景（ホウリ チカゲ）
　発生日時：10月12日 20時頃（現地時間）
　発生場所：フィリピン マニラ市マカティ地区の路上
　状況　　：２人組に刃物で脅され、バッグを奪われた際に転倒し、右手首を骨折。
　　　　　　現地警察に被害届を提出済み（受理番号は後日お知らせします）。
　治療　　：Makati General Hospital にて整復処置、ギプス固定

携行品損害と治療費用の請求に必要な書類をご教示ください。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee as a robbery victim with a fracture and treatment: crime victim and medical data to the insurer",
},
{
    "id": "expat-048",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Admissions Office <admissions@riverside-intl-school.ac.th>"],
    "subject": "Enquiry about learning support - Grade 3 applicant",
    "charset": "utf-8",
    "body": """Dear Admissions Team,

I am contacting you on behalf of our employee, Ms. Aki Katabira, who will be
assigned to our Thai subsidiary in Chonburi from November.

Her daughter, Mei Katabira (born 6 May 2018), will apply for Grade 3 for the
January intake. Mei was diagnosed with autism spectrum disorder (ASD) at the
age of four and currently attends a special support class in Kawasaki, with an
individual education plan. She also takes medication for ADHD.

Could you let us know whether your Learning Support Department can accept a
student with these needs, and what documentation (doctor's letter, IEP in
English) you would require at the application stage?

Kind regards,

Ryo Okonogi
Global HR Group, Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's diagnosis (ASD, ADHD) and birth date to an international school",
},
{
    "id": "expat-049",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "帯同家族の搭乗可否について（ご相談）",
    "charset": "iso-2022-jp",
    "body": """四十物様

いつもお世話になっております。鬼頭です。
来年1月にドイツへ赴任する社員のご家族の件でご相談です。

赴任者の奥様（薬師寺 瑞穂様）が現在妊娠中で、渡航予定日の1月20日時点で
妊娠30週となる見込みです。ルフトハンザ・全日空それぞれで、この週数の場合に
必要な書類（診断書の様式・取得時期）と座席の配慮についてご確認いただけますか。

必要であれば、往路のみ2週間前倒しも検討しています。

""" + SIG_KITO,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named spouse's pregnancy (not a disease) told to the travel agency: health information a privacy officer could weigh either way",
},
{
    "id": "expat-050",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "短期出張時の査証要否一覧（ご確認のお願い）",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
社内向けに、短期出張（商用・90日以内）の査証要否一覧を作成しました。
記載内容に誤りがないか、ご確認いただけますでしょうか。

国・地域　　　　　　査証　　　　　滞在可能日数　　備考
――――――――――――――――――――――――――――――――――
タイ　　　　　　　　不要　　　　　６０日　　　　　商談・会議のみ
ベトナム　　　　　　不要　　　　　４５日　　　　　就労を伴う場合は要
インド　　　　　　　要（e-Visa）　１８０日　　　　商用e-Visa
中国　　　　　　　　不要　　　　　３０日　　　　　期間限定措置
米国　　　　　　　　ESTA　　　　　９０日　　　　　研修・作業は不可
メキシコ　　　　　　不要　　　　　１８０日　　　　
ドイツ　　　　　　　不要　　　　　９０日　　　　　ETIAS導入予定
――――――――――――――――――――――――――――――――――

改定情報があれば随時お知らせいただけますと助かります。

""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a table of countries and visa rules (full-width padded): reference data, no people",
},
{
    "id": "expat-051",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["アジアビザサービス 申請受付 <apply@asia-visa-service.co.jp>"],
    "subject": "中国 商用ビザ（Mビザ）申請代行 6名分",
    "charset": "cp932",
    "body": """アジアビザサービス株式会社
申請受付ご担当者様

お世話になっております。日の出産業 総務部の東海林です。
蘇州の取引先訪問のため、下記6名のMビザ申請代行をお願いいたします。
申請書の下書き用データをカンマ区切りで貼り付けます。

氏名,ローマ字,旅券番号,旅券発行日,生年月日,本籍
御手洗 聡,MITARAI SATOSHI,TE9902716,2017/11/29,1979/12/16,大阪府
畔柳 修,KUROYANAGI OSAMU,TR0072359,2018/12/05,1976/10/28,愛知県
左右田 健吾,SOUDA KENGO,MZ6620147,2020/07/17,1985/01/23,静岡県
月見里 咲,YAMANASHI SAKI,TN4175038,2019/05/08,1990/04/04,山梨県
一尺八寸 遥,KAMATSUKA HARUKA,TF2054381,2021/08/14,1993/01/30,東京都
舘野 圭,TATENO KEI,TJ7718260,2023/02/27,1998/12/01,茨城県

旅券原本は10月20日に御社窓口へ持参いたします。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of six applicants with passport numbers and birth dates to a visa agent",
},
{
    "id": "expat-052",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "ドイツ 家族帯同の滞在許可 申請者情報",
    "charset": "utf-8",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
百目鬼ご一家の滞在許可申請について、申請者情報をお送りします。

氏名 / 続柄 / 旅券番号 / 有効期限 / 生年月日
百目鬼 透 / 本人 / TB3381920 / 2031-03-02 / 1971-03-03
百目鬼 美紀 / 妻 / TB3381921 / 2031-03-02 / 1973-07-26
百目鬼 紬 / 長女 / MK0925547 / 2028-08-10 / 2012-11-02
百目鬼 晴 / 次男 / MK0925548 / 2028-08-10 / 2016-08-30

長男の蒼は日本の高校に残るため、申請対象外です。

佐伯
""",
    "html": """<div style="font-family:sans-serif">
<p>猪狩先生</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
百目鬼ご一家の滞在許可申請について、申請者情報をお送りします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>氏名</th><th>続柄</th><th>旅券番号</th><th>有効期限</th><th>生年月日</th></tr></thead>
<tbody>
<tr><td>百目鬼 透</td><td>本人</td><td>TB3381920</td><td>2031-03-02</td><td>1971-03-03</td></tr>
<tr><td>百目鬼 美紀</td><td>妻</td><td>TB3381921</td><td>2031-03-02</td><td>1973-07-26</td></tr>
<tr><td>百目鬼 紬</td><td>長女</td><td>MK0925547</td><td>2028-08-10</td><td>2012-11-02</td></tr>
<tr><td>百目鬼 晴</td><td>次男</td><td>MK0925548</td><td>2028-08-10</td><td>2016-08-30</td></tr>
</tbody></table>
<p>長男の蒼は日本の高校に残るため、申請対象外です。</p>
<p>佐伯</p></div>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four family members' passport numbers (text and HTML table) to the 行政書士: identity documents",
},
{
    "id": "expat-053",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Tran Bao Ngoc <ngoc.tb@hinode.com.vn>"],
    "subject": "Emergency contact sheet for Japanese assignees (updated)",
    "charset": "utf-8",
    "body": """Dear Ngoc,

As requested for the BCP drill next month, attached is the updated emergency
contact sheet for our Japanese assignees in Vietnam and their families in Japan.
Sheet 2 lists the contacts in Japan (home address and phone of the next of kin).

Please store it on the HR drive only.

""" + SIG_WANIBUCHI_EN,
    "attachments": [{
        "kind": "xlsx", "name": "Emergency_Contacts_VN_2025Q4.xlsx",
        "sheets": {
            "Assignees": [
                ["Hinode Vietnam - Japanese assignees"],
                ["As of 2025-10-01"],
                [],
                ["Name", "Position", "VN mobile", "Blood type"],
                ["TORIKAI Daisuke", "Plant Manager", "+84 90 318 2277", "A"],
                ["KOKETSU Shunsuke", "QA Manager", "+84 93 551 6019", "O"],
                ["HOURI Chikage", "Production Engineer", "+84 97 204 8835", "B"],
                ["SOUDA Kengo", "Maintenance Lead", "+84 90 776 1402", "A"],
                ["TSUYURI Yu", "Purchasing", "+84 98 663 2190", "AB"],
            ],
            "Contacts in Japan": [
                ["Next of kin in Japan"],
                [],
                ["Assignee", "Contact", "Relation", "Address", "Phone"],
                ["TORIKAI Daisuke", "鳥飼 房子", "母", "埼玉県さいたま市浦和区岸町5-14-2-305", "048-822-6170"],
                ["KOKETSU Shunsuke", "纐纈 由美", "妻", "岐阜県岐阜市長良福光2580-3", "058-231-4408"],
                ["HOURI Chikage", "祝 正和", "父", "長野県松本市島内4170-2", "0263-47-2281"],
                ["SOUDA Kengo", "左右田 久美", "妻", "静岡県浜松市中央区佐鳴台3-41-9", "053-447-9012"],
                ["TSUYURI Yu", "栗花落 恵", "母", "宮城県仙台市青葉区八幡6-3-12", "022-271-5536"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with title rows on two sheets: five assignees and their next of kin with home addresses and phones, to the Vietnamese subsidiary",
},
{
    "id": "expat-054",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["関東製造業健康保険組合 給付課 <kyufu@kanto-mfg-kenpo.or.jp>"],
    "subject": "海外療養費の支給申請について（事前のご相談）",
    "charset": "iso-2022-jp",
    "body": """関東製造業健康保険組合
給付課 御中

いつもお世話になっております。日の出産業株式会社 人事部の小此木です。
米国赴任中の被保険者が現地で手術を受けましたので、海外療養費の申請について
事前にご相談させてください。

　被保険者氏名：小鳥遊 伸也
　保険証　記号：４７１２　番号：３８
　傷病名　　　：急性虫垂炎（腹腔鏡下虫垂切除術）
　入院期間　　：令和７年９月２日～９月５日（Ohio State 系列病院）
　支払額　　　：USD 31,480（本人立替）

診療内容明細書・領収明細書の翻訳は、会社で手配した翻訳でよろしいでしょうか。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health insurance card symbol and number plus a diagnosis and surgery of a named employee, to the (external) 健保組合",
},
{
    "id": "expat-055",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["梶ヶ谷行政書士事務所 <office@kajigaya-gyosei.jp>"],
    "subject": "国外運転免許証 申請代行のお願い",
    "charset": "iso-2022-jp",
    "body": """梶ヶ谷先生

お世話になっております。日の出産業の佐伯です。
メキシコ赴任者の国外運転免許証の申請代行をお願いいたします。

　氏名　　　：畔柳 修
　生年月日　：S51.10.28
　住所　　　：愛知県名古屋市千種区覚王山通８－７０
　免許証番号：第 ５３２１ ０７６４ ８８１９ 号
　免許の種類：中型（８ｔ限定）・普通二輪

写真（5cm×4cm）と旅券の写しは本人から直接お送りします。

""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number (full-width, grouped) with name, birth date and address to the 行政書士",
},
{
    "id": "expat-056",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["梶ヶ谷行政書士事務所 <office@kajigaya-gyosei.jp>"],
    "subject": "Re: 必要書類のお受け渡しについて",
    "charset": "iso-2022-jp",
    "body": """梶ヶ谷先生

ご案内ありがとうございます。
在留カードの写しや雇用契約書は当社では社外秘扱いとしておりますため、
メール添付ではなく、10月24日（金）の打合せの際に持参いたします。

なお、登記事項証明書と前期の決算書は原本を郵送いたしますので、
受領されましたらご一報ください。

日の出産業 人事部 佐伯
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned as a handling policy, the mail itself carries no marked document or personal data",
},
{
    "id": "expat-057",
    "sender": "鰐淵 千尋 <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>"],
    "cc": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>",
           "GlobalCare Assist Japan Desk <japandesk@globalcare-assist.com>"],
    "subject": "Emergency contact flow for Mr. Tateno's trip / 舘野さん出張時の緊急連絡体制",
    "charset": "utf-8",
    "body": """Dear Khun Kanokwan, 四十物様, GlobalCare Assist ご担当者様

To make sure everyone has the same information, I am writing to all three of you.

Traveller: Kei Tateno (Hinode Sangyo, Production Engineering)
Mobile (roaming): 070-5528-1904
Period: 17-21 November, Chonburi

In an emergency:
 1. Hinode Thailand HR (Khun Kanokwan) - first contact on site
 2. GlobalCare Assist - medical referral and payment guarantee
 3. WorldBridge Travel - flight changes
 4. Hinode Sangyo Global HR (me) - +81-3-5401-7723

Thank you for your cooperation.

""" + SIG_WANIBUCHI_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "three external organisations (subsidiary, travel agency, assistance company) see each other in To/Cc",
},
{
    "id": "expat-058",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "cc": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>",
           "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>"],
    "subject": "タイ ワークパーミット取得スケジュールのすり合わせ",
    "charset": "utf-8",
    "body": """猪狩先生
Khun Kanokwan

お世話になっております。日の出産業の佐伯です。
タイ赴任者のノンBビザ・ワークパーミットについて、日本側（猪狩先生）と
タイ側（現地法人人事）の作業分担を一度すり合わせたく、ご連絡しました。

　日本側：ノンBビザ申請書類の作成、大使館への申請
　タイ側：WP申請（入国後）、BOI関連書類、会社登記書類の準備

10月16日（木）15:00（日本時間）にオンラインで30分ほどいかがでしょうか。
English summary: Could we have a 30-minute call on 16 Oct at 13:00 Bangkok time
to align the Non-B visa and work permit steps?

""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (行政書士 and subsidiary) in a normal three-way coordination mail",
},
{
    "id": "expat-059",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "在留資格認定証明書交付申請 会社側資料のご送付",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
招へい予定者の在留資格認定証明書交付申請に使う会社側の資料（事業概要・
雇用理由）をPDFにまとめましたのでお送りいたします。

ご確認のほどよろしくお願いいたします。

""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf", "name": "会社概要_雇用理由.pdf",
        "page_header": "取扱注意　日の出産業株式会社 人事部",
        "lines": [
            "1. 事業概要",
            "  当社は産業用ポンプ・バルブの製造販売を行い、国内5工場、海外6拠点を有する。",
            "  売上高 84,250百万円（2025年3月期）、従業員数 2,318名（連結）。",
            "2. 雇用理由",
            "  東南アジア向け製品の品質保証体制強化のため、現地法人での実務経験を有する",
            "  技術者を本社品質保証部に受け入れ、現地との技術連携を担わせる。",
            "3. 受入体制",
            "  品質保証部 第2課に配属。日本語研修は入社後6か月間、週2回実施。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PDF carries a 取扱注意 page header; the mail text does not mention it",
},
{
    "id": "expat-060",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Lukas Brenner <l.brenner@hinode-europe.de>"],
    "subject": "Assignment letter - Mr. Domeki",
    "charset": "utf-8",
    "body": """Dear Lukas,

Please find attached the signed assignment letter for Toru Domeki. The PDF is
password-protected; I will send the password by a separate message.

Best regards,
Chihiro
""",
    "attachments": [{
        "kind": "pdf", "name": "Assignment_Letter_Domeki.pdf", "password": "DUS-2026-tb",
        "lines": ["Assignment Letter", "Employee: Toru Domeki", "Host entity: Hinode Europe GmbH",
                  "Start date: 5 January 2026", "Base salary: see Annex"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to the German subsidiary: cannot be inspected",
},
]

# ---------------------------------------------------------------- 061-080
MESSAGES += [
{
    "id": "expat-061",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Tran Bao Ngoc <ngoc.tb@hinode.com.vn>"],
    "subject": "Re: Work permit renewal - file re-sent",
    "charset": "utf-8",
    "body": """Hi Ngoc,

Sorry that the file did not open yesterday. I have exported it again from our
HR system - please try this one.

Chihiro

> Hi Chihiro, the Excel file you sent seems to be damaged, Excel cannot open it.
> Could you please send it again? Thanks, Ngoc
""",
    "attachments": [{"kind": "corrupt", "name": "WP_renewal_2026.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the re-sent XLSX is corrupt again: the guard cannot read it",
},
{
    "id": "expat-062",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["大阪工場 総務課 祝 <houri.masakazu@osaka.hinode-sangyo.co.jp>"],
    "subject": "外国籍社員 在留期限管理表（大阪工場分）",
    "charset": "iso-2022-jp",
    "body": """祝さん

お疲れさまです。本社人事の五百旗頭です。
大阪工場所属の外国籍社員の在留期限管理表を送ります。
期限３か月前になったら本人への声かけをお願いします。

氏名　　　　　　　　在留カード番号　　　在留期限　　　在留資格
ＢＵＩ ＴＨＡＮＨ ＴＵＮＧ　　ＫＦ３３０１８４７２ＷＳ　　２０２６／０２／１１　技人国
ＳＡＮＴＯＳ ＭＡＲＩＡ　　　ＹＰ６１７２９０５３ＬＣ　　２０２６／０４／０３　技人国
ＬＩ ＸＩＡＯＹＵ　　　　　　ＴＡ０９８４２６１７ＨＭ　　２０２６／０５／２０　家族滞在
ＫＩＭ ＳＯＹＥＯＮ　　　　　ＧＥ７２２５０３９１ＮＰ　　２０２６／０７／３１　技人国
ＭＥＨＴＡ ＲＡＨＵＬ　　　　ＲＡ２２０３９１８７ＪＰ　　２０２６／０９／１５　高度専門職

五百旗頭
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": [],
    "note": "residence card numbers of five people, but sent only to an internal subdomain (osaka.hinode-sangyo.co.jp)",
},
{
    "id": "expat-063",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "海外赴任者のVPNアカウント発行依頼（2名）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 総務部の東海林です。
海外赴任者2名分のリモートアクセス（VPN）アカウント発行をお願いします。

　1. 帷子 亜希　aki.katabira@hinode-sangyo.co.jp　接続元：タイ（チョンブリ）
　2. 百目鬼 透　toru.domeki@hinode-sangyo.co.jp　接続元：ドイツ（デュッセルドルフ）

利用開始はいずれも11月1日希望です。証明書の配布方法はいつもの手順でお願いします。

""" + SIG_SHOJI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two employees' names and mail addresses to the IT partner: below the list threshold",
},
{
    "id": "expat-064",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 外為担当 <gaitame@midori-ginkou.co.jp>"],
    "subject": "赴任者の国内口座からの海外送金（定例）について",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 法人営業部
外為ご担当者様

いつもお世話になっております。日の出産業の小此木です。
ドイツ赴任者の国内給与の一部を、毎月現地口座へ送金する定例送金の登録をお願いします。

　依頼人　　：百目鬼 透
　出金口座　：みどり銀行 浜松町支店 普通 ４４７１９０２
　送金先　　：Stadtbank Düsseldorf / IBAN DE27 3005 0110 1049 8822 71
　金額　　　：毎月 EUR 2,000
　開始　　　：2026年1月

必要書類をご教示ください。

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginkou.co.jp adds a letter to the partner bank's midori-ginko.co.jp",
},
{
    "id": "expat-065",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "留守宅手当 振込先口座一覧（11月支給分より）",
    "charset": "utf-8",
    "body": """みどり銀行 法人営業部 御中

お世話になっております。日の出産業の小此木です。
11月支給分から、留守宅手当の振込先を下記CSVのとおり登録願います。
総合振込の先方口座マスタに反映いただけますでしょうか。

""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "csv", "name": "rusutaku_furikomi_202511.csv", "encoding": "utf-8",
        "rows": [
            ["社員番号", "受取人名（カナ）", "銀行", "支店", "種別", "口座番号", "金額"],
            ["H10382", "カタビラ リヨウタ", "みどり銀行", "武蔵小杉支店", "普通", "3305871", "85000"],
            ["H10417", "トリカイ フサコ", "さいたま中央銀行", "浦和支店", "普通", "1128840", "60000"],
            ["H09766", "クロヤナギ ミツエ", "東海第一銀行", "覚王山支店", "普通", "0773152", "85000"],
            ["H11025", "ツユリ メグミ", "みどり銀行", "仙台支店", "普通", "5520193", "40000"],
            ["H10555", "ソウダ クミ", "浜名信用金庫", "佐鳴台支店", "普通", "0046281", "85000"],
            ["H09931", "ミタライ ヨシエ", "みどり銀行", "千里中央支店", "当座", "2210457", "85000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of six family members' bank accounts to the (real) partner bank: a list of people",
},
{
    "id": "expat-066",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "外貨送金手数料のご照会",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 法人営業部 御中

お世話になっております。日の出産業 人事部の小此木です。
赴任者向けの定例送金が増える見込みのため、手数料体系を確認させてください。

　・送金手数料（インターネットバンキング経由／窓口）
　・リフティングチャージの有無（EUR・THB・VND・USD）
　・為替優遇の条件（月間件数ベース）

現在は月20件程度、来年度は35件程度を見込んでいます。
ご回答は資料でも結構です。

""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a fee enquiry to the partner bank: no personal data",
},
{
    "id": "expat-067",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["産業医パートナーズ 久賀先生 <kuga@sangyoi-partners.jp>"],
    "subject": "FW: Concern about Mr. Takanashi / 赴任者の体調について",
    "charset": "utf-8",
    "body": """久賀先生

いつもお世話になっております。日の出産業 人事部の小此木です。
米国現地法人の人事から下記の連絡がありました。
早期帰任も含めて対応を検討したく、一度オンラインで面談いただけないでしょうか。

小此木

---------- Forwarded message ---------
From: Jennifer Alvarez <j.alvarez@hinodeamerica.com>
Date: Tue, Oct 14, 2025 at 4:32 PM
Subject: Concern about Mr. Takanashi
To: okonogi.ryo@hinode-sangyo.co.jp

Hi Ryo,

I wanted to let you know that Shinya Takanashi has been on sick leave since
last Thursday. He saw a psychiatrist here who diagnosed an adjustment disorder
with depressive symptoms and prescribed an antidepressant. He told me he is
not sleeping and is worried about his family back in Japan.

He agreed that I share this with you. Please let me know how you would like to
proceed.

Jennifer
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of the subsidiary's mail with a named expatriate's psychiatric diagnosis to an outside occupational physician",
},
{
    "id": "expat-068",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["四十物 祐子 <aimono.y@worldbridge-travel.co.jp>"],
    "subject": "Re: ベトナム出張 e-visa 承認のご連絡",
    "charset": "iso-2022-jp",
    "body": """四十物様

承認のご連絡ありがとうございました。
急で申し訳ないのですが、同じ出張にもう1名追加となりました。
同様にe-visaの申請をお願いできますでしょうか。

　氏名：祝 千景（HOURI CHIKAGE）
　旅券番号：TH3319582
　有効期限：2032年3月22日
　生年月日：平成9年11月9日

よろしくお願いいたします。
鬼頭

> 鬼頭様
> 纐纈様のe-visaが承認されましたので、承認書PDFをお送りします。
> 入国時に印刷したものをご提示ください。
> ワールドブリッジ旅行 四十物
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "the reply's new text adds another traveller's passport number above the quote",
},
{
    "id": "expat-069",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Kanokwan P. <kanokwan.p@hinode-thailand.co.th>"],
    "subject": "Re: Trainees for Japan - visa documents",
    "charset": "utf-8",
    "body": """Dear Khun Kanokwan,

Thank you, the list is complete. We will prepare the invitation letters and the
guarantee letters this week and courier them to you by 24 October.

Best regards,
Chihiro

On Mon, Oct 13, 2025 at 10:05 AM Kanokwan P. <kanokwan.p@hinode-thailand.co.th> wrote:
> Dear Chihiro,
>
> Here are the five trainees for the January program:
>
> 1. Mr. Anurak Thongdee    passport AC4418201  DOB 1997-02-11  +66 81 442 1907
> 2. Ms. Ploy Srisuk        passport AC5530918  DOB 1999-09-23  +66 86 019 2284
> 3. Mr. Narong Kaewsai     passport AA9012744  DOB 1995-06-30  +66 89 773 5561
> 4. Ms. Supaporn Chaiyo    passport AC6642107  DOB 1998-12-04  +66 82 660 4018
> 5. Mr. Wichai Boonmee     passport AB7720365  DOB 1994-03-17  +66 87 315 0092
>
> Best regards,
> Kanokwan
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list of trainees is only in the quoted text of the subsidiary's own mail",
},
{
    "id": "expat-070",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["GlobalCare Assist Japan Desk <japandesk@globalcare-assist.com>"],
    "subject": "会員登録データ（2025年度下期 追加・変更分）",
    "charset": "iso-2022-jp",
    "body": """GlobalCare Assist ジャパンデスク
ご担当者様

いつもお世話になっております。日の出産業の小此木です。
下期の会員登録データ（赴任者・帯同家族）をお送りします。
「既往歴・持病」欄は、現地での受診先紹介の参考としてご本人の同意を得て記載しています。

""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "xlsx", "name": "GCA_member_update_2025H2.xlsx",
        "sheets": {
            "追加": [
                ["GlobalCare Assist 会員登録（追加）", "", "", "", "", "", "日の出産業株式会社"],
                [],
                ["区分", "氏名", "ローマ字", "生年月日", "性別", "赴任地", "既往歴・持病"],
                ["本人", "帷子 亜希", "KATABIRA AKI", "1988/02/14", "F", "Chonburi", "なし"],
                ["配偶者", "帷子 亮太", "KATABIRA RYOTA", "1985/09/29", "M", "Chonburi", "気管支喘息（吸入薬使用）"],
                ["子", "帷子 芽衣", "KATABIRA MEI", "2018/05/06", "F", "Chonburi", "ASD・ADHD（服薬中）"],
                ["本人", "百目鬼 透", "DOMEKI TORU", "1971/03/03", "M", "Düsseldorf", "2型糖尿病"],
                ["配偶者", "百目鬼 美紀", "DOMEKI MIKI", "1973/07/26", "F", "Düsseldorf", "なし"],
                ["子", "百目鬼 紬", "DOMEKI TSUMUGI", "2012/11/02", "F", "Düsseldorf", "食物アレルギー（えび・かに）"],
                ["子", "百目鬼 晴", "DOMEKI HARU", "2016/08/30", "M", "Düsseldorf", "なし"],
                ["本人", "薬師寺 絢子", "YAKUSHIJI AYAKO", "1987/10/19", "F", "Düsseldorf", "不整脈（経過観察）"],
            ],
            "変更": [
                ["変更届"],
                [],
                ["氏名", "変更項目", "変更前", "変更後"],
                ["鳥飼 大輔", "赴任地", "Hanoi", "Ho Chi Minh City"],
                ["小鳥遊 伸也", "既往歴", "なし", "適応障害（通院中）"],
                ["纐纈 俊介", "帰任予定", "2026/09", "2026/03"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "multi-sheet XLSX of eight members with birth dates and medical history column, to the assistance company",
},
{
    "id": "expat-071",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["GlobalCare Assist 営業部 <sales@globalcare-assist.com>"],
    "subject": "Re: 2026年度 契約更新のお見積り",
    "charset": "iso-2022-jp",
    "body": """GlobalCare Assist 営業部
ご担当者様

お見積りありがとうございました。社内確認のため、内容を整理させてください。

プラン　　　　　　　　　年額／人（円）　　対象人数　　　小計（円）
-----------------------------------------------------------------
Standard（本人）　　　　　　 38,000　　　　　 42　　　 1,596,000
Family（帯同家族）　　　　　 21,000　　　　　 57　　　 1,197,000
出張者（年間包括）　　　　　　　　　　　　　　　　　　　　880,000
-----------------------------------------------------------------
合計（税別）　　　　　　　　　　　　　　　　　　　　 3,673,000

前年度比で約6%の増額となっておりますが、ボリュームディスカウントの
適用可否についてご検討いただけますでしょうか。

""" + SIG_OKONOGI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract pricing by plan with head counts: no individual's data",
},
{
    "id": "expat-072",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["バンコク日本人学校 事務室 <jimu@bkk-nihonjingakko.ac.th>"],
    "subject": "2026年1月 編入学申請（日の出産業 赴任者子女 5名）",
    "charset": "utf-8",
    "body": """バンコク日本人学校
事務室 御中

いつもお世話になっております。日の出産業株式会社 人事部の五百旗頭と申します。
来年1月にタイへ赴任する社員の子女5名について、編入学の申請をお願いいたします。
申請者一覧を添付いたしますので、ご確認のほどよろしくお願いいたします。

""" + SIG_IOKIBE,
    "attachments": [{
        "kind": "docx", "name": "編入学申請者一覧_日の出産業.docx",
        "paragraphs": ["編入学申請者一覧", "申請企業：日の出産業株式会社（チョンブリ）", ""],
        "tables": [[
            ["児童・生徒氏名", "ふりがな", "生年月日", "編入学年", "保護者氏名", "保護者携帯（日本）"],
            ["舘野 陽葵", "たての ひまり", "2016年7月3日", "小学4年", "舘野 圭", "070-5528-1904"],
            ["舘野 湊", "たての みなと", "2019年1月22日", "小学1年", "舘野 圭", "070-5528-1904"],
            ["雲母 朔", "きら さく", "2013年10月9日", "中学1年", "雲母 和也", "090-8316-2057"],
            ["左近司 乃愛", "さこんじ のあ", "2017年4月28日", "小学3年", "左近司 隆", "080-4471-3380"],
            ["左近司 快", "さこんじ かい", "2014年12月15日", "小学6年", "左近司 隆", "080-4471-3380"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five children with birth dates and parents' mobiles to the Japanese school abroad",
},
{
    "id": "expat-073",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["corp-desk@worldbridge-travel.co.jp"],
    "subject": "請求書送付先（海外拠点）の登録について",
    "charset": "utf-8",
    "body": """ワールドブリッジ旅行 法人デスク御中

お世話になっております。日の出産業の鬼頭です。
来期から現地手配分の請求書を各拠点宛に直接お送りいただくため、
送付先一覧をお送りします。

拠点名                              所在地                                  代表電話
--------------------------------    ------------------------------------    -----------------
Hinode Sangyo (Thailand) Co., Ltd.  Amata City, Chonburi, Thailand          +66-38-457-300
Hinode Vietnam Co., Ltd.            Long Hau IP, Long An, Vietnam           +84-272-3621-880
Hinode America Inc.                 Columbus, OH, USA                       +1-614-555-0142
Hinode Europe GmbH                  Düsseldorf, Germany                     +49-211-5589-200
Hinode Mexico S.A. de C.V.          León, Guanajuato, Mexico                +52-477-710-4400
日の出産業 大阪工場                 大阪府堺市西区築港浜寺町2-6             072-268-3100

宛名は「経理部 御中」でお願いいたします。

""" + SIG_KITO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of company sites with switchboard numbers and office addresses: businesses, not people",
},
{
    "id": "expat-074",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 国際引越部 畔上様 <azekami@aoba-unyu.co.jp>"],
    "subject": "帰任引越 配達先一覧（2026年3月帰任者）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸 国際引越部
畔上様

いつもお世話になっております。日の出産業の小此木です。
来年3月の帰任者8名分の国内配達先をPDFにまとめました。
配達日の調整は各自と直接行っていただいて構いません。

""" + SIG_OKONOGI,
    "attachments": [{
        "kind": "pdf", "name": "帰任者_配達先一覧_202603.pdf",
        "lines": ["2026年3月 帰任者 国内配達先一覧", "日の出産業株式会社 人事部 海外人事グループ", ""],
        "table": [
            ["氏名", "配達先住所", "携帯", "希望時期"],
            ["小鳥遊 伸也", "東京都大田区田園調布本町38-4", "090-4418-2230", "3月下旬"],
            ["一尺八寸 遥", "神奈川県横浜市青葉区美しが丘2-15-7-201", "080-7731-0962", "3月下旬"],
            ["鳥飼 大輔", "埼玉県さいたま市浦和区岸町5-14-2-305", "080-2290-7714", "3月中旬"],
            ["畔柳 修", "愛知県名古屋市千種区覚王山通8-70", "090-7745-1193", "4月上旬"],
            ["御手洗 聡", "大阪府吹田市千里山西3-22-11", "080-6673-4410", "3月下旬"],
            ["纐纈 俊介", "岐阜県岐阜市長良福光2580-3", "090-8812-4057", "3月下旬"],
            ["帷子 亜希", "神奈川県川崎市中原区木月住吉町18-22-403", "090-3318-6620", "4月上旬"],
            ["蓮沼 拓海", "千葉県市川市市川2-17-9-702", "080-4417-2059", "3月中旬"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of eight returnees' home addresses and mobiles to the moving partner",
},
{
    "id": "expat-075",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 国際引越部 畔上様 <azekami@aoba-unyu.co.jp>"],
    "subject": "一時保管品のお届け先変更（1名）",
    "charset": "iso-2022-jp",
    "body": """畔上様

お世話になっております。小此木です。
トランクルームで一時保管中の荷物について、1名分のお届け先が変わりました。

　纐纈 俊介 様
　新住所：〒502-0071 岐阜県岐阜市長良福光２５８０－３
　携帯　：０９０－８８１２－４０５７

お届けは帰任後の3月22日以降でお願いいたします。

小此木
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's new address and mobile (full-width digits) to the moving partner: a single record",
},
{
    "id": "expat-076",
    "sender": "百目鬼 透 <domeki.toru@hinode-sangyo.co.jp>",
    "to": ["川崎電機 海外事業部 栂尾様 <togao.k@kawasaki-denki.co.jp>"],
    "cc": ["鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>"],
    "subject": "タイ工場ご視察の御礼",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
海外事業部 栂尾様

先日はラヨーン工場をご案内いただき、誠にありがとうございました。
ライン自動化の取り組みは大変参考になりました。

ご視察の際にご説明いただいた内容については、先般締結いたしました
秘密保持契約の定めに従い、当社内でも関係者限りで取り扱ってまいります。

来春には当社チョンブリ工場にもお越しいただければ幸いです。
引き続きよろしくお願い申し上げます。

日の出産業株式会社
人事部長（前 タイ法人社長）百目鬼 透
""" + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a thank-you mail that refers to the NDA, with the standard Japanese disclaimer: no marking, no data",
},
{
    "id": "expat-077",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    "subject": "年末年始 延泊分のカード保証について",
    "charset": "utf-8",
    "html": """<html><body>
<p>さくらホテル 法人予約センター御中</p>
<p>お世話になっております。日の出産業の東海林です。<br>
年末年始の延泊分（12/27～12/30）は法人契約の対象外とのことでしたので、
宿泊者本人のクレジットカードで保証をお願いいたします。</p>
<table border="1" cellpadding="3">
<tr><td>宿泊者</td><td>帷子 亜希 様</td></tr>
<tr><td>カード種類</td><td>ＶＩＳＡ</td></tr>
<tr><td>カード番号</td><td>""" + zen(card_spaced(card_number(7702)).replace(" ", "-")) + """</td></tr>
<tr><td>有効期限</td><td>０７／２９</td></tr>
</table>
<p>ご本人の了承は得ております。よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部　東海林 誠</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a guest's credit card number in full-width digits, to the partner hotel",
},
{
    "id": "expat-078",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約センター <corporate@sakura-hotel.jp>"],
    "subject": "赴任前研修 参加者の宿泊（4名）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 法人予約センター御中

お世話になっております。日の出産業の東海林です。
地方拠点から赴任前研修に参加する4名の宿泊をお願いします（11/10～11/14、4泊）。

氏名　　　　　　所属　　　　　　　携帯
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
舘野　圭　　　　茨城工場　　　　　０７０－５５２８－１９０４
左近司　隆　　　大阪工場　　　　　０８０－４４７１－３３８０
雲母　和也　　　大阪工場　　　　　０９０－８３１６－２０５７
栂尾　拓真　　　九州営業所　　　　０８０－２６６９－７１４１

いずれもシングル禁煙、朝食付きでお願いいたします。

東海林
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four guests with mobiles in a full-width padded table: under the five-person threshold, may be warned",
},
{
    "id": "expat-079",
    "sender": "百目鬼 透 <domeki.toru@hinode-sangyo.co.jp>",
    "to": ["川崎電機 海外事業部 栂尾様 <togao.k@kawasaki-denki.co.jp>"],
    "subject": "ラヨーン工場 入構申請（当社5名）",
    "charset": "cp932",
    "body": """栂尾様

お世話になっております。日の出産業の百目鬼です。
12月のラヨーン工場ご訪問について、入構申請に必要な情報をお送りします。

１．百目鬼 透　　S46.3.3生　　携帯 090-6604-1127
２．薬師寺 絢子　S62.10.19生　携帯 080-3172-5590
３．帷子 亜希　　S63.2.14生　 携帯 090-3318-6620
４．舘野 圭　　　H10.12.1生　 携帯 070-5528-1904
５．左右田 健吾　S60.1.23生　 携帯 090-2204-8861

当日はチョンブリから社用車で伺います（車両ナンバーは別途）。
よろしくお願いいたします。

百目鬼
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five visitors with 和暦 birth dates and mobiles to a partner: a list of people",
},
{
    "id": "expat-080",
    "sender": "百目鬼 透 <domeki.toru@hinode-sangyo.co.jp>",
    "to": ["川崎電機 海外事業部 栂尾様 <togao.k@kawasaki-denki.co.jp>"],
    "subject": "Re: 来春のチョンブリ工場ご訪問について",
    "charset": "iso-2022-jp",
    "body": """栂尾様

ご検討いただきありがとうございます。
当日は下記の者がご案内いたします。

　帷子（タイ法人 生産管理部長）
　舘野（生産技術）

ご来訪の人数と日程が固まりましたらお知らせください。
アマタシティの工業団地入口で守衛に社名をお伝えいただければ結構です。

百目鬼
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "names with job titles only, no personal data of anyone",
},
]

# ---------------------------------------------------------------- 081-100
MESSAGES += [
{
    "id": "expat-081",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["旅館さくらや 団体係 <dantai@ryokan-sakuraya.jp>"],
    "subject": "赴任前合宿研修の団体予約について（お問い合わせ）",
    "charset": "iso-2022-jp",
    "body": """旅館さくらや
団体係 御中

はじめてご連絡いたします。日の出産業株式会社 人事部の五百旗頭と申します。
来年2月に、海外赴任予定者向けの1泊2日の合宿研修を計画しております。

　希望日：2026年2月13日（金）～14日（土）
　人数　：18名前後（講師2名を含む）
　会場　：30名程度が入れる研修室（プロジェクター使用）
　食事　：夕食・朝食、懇親会用の宴会場

空室状況とおおよそのご予算をお知らせいただけますでしょうか。

""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "first mail to an unrelated ryokan whose name shares a word with the partner hotel: not a look-alike, no personal data",
},
{
    "id": "expat-082",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["桐山税理士法人 国際税務チーム <intl@kiriyama-tax.jp>"],
    "subject": "非居住者となる赴任者の源泉徴収・住民税の確認資料",
    "charset": "iso-2022-jp",
    "body": """桐山税理士法人 国際税務チーム 御中

お世話になっております。日の出産業の五百旗頭です。
来年1月以降に非居住者となる赴任者について、確認資料をExcelにまとめました。
1枚目が赴任スケジュール、2枚目が法定調書作成用の個人情報です。

ご確認のほどよろしくお願いいたします。
""" + SIG_IOKIBE,
    "attachments": [{
        "kind": "xlsx", "name": "非居住者確認資料_2026.xlsx",
        "sheets": {
            "赴任スケジュール": [
                ["2026年1月～ 非居住者となる赴任者"],
                [],
                ["氏名", "赴任先", "出国日", "予定期間", "国内給与の有無"],
                ["百目鬼 透", "ドイツ", "2026/01/05", "5年", "あり（留守宅手当）"],
                ["薬師寺 絢子", "ドイツ", "2026/02/02", "3年", "なし"],
                ["舘野 圭", "タイ", "2026/01/12", "3年", "あり（留守宅手当）"],
            ],
            "法定調書用": [
                ["氏名", "個人番号", "住所（出国前）", "生年月日"],
                ["百目鬼 透", my_number(8201), "東京都杉並区浜田山3-28-6", "1971/03/03"],
                ["薬師寺 絢子", my_number(8202), "東京都江東区豊洲5-6-52-1411", "1987/10/19"],
                ["舘野 圭", my_number(8203), "茨城県水戸市見川2-117-4", "1998/12/01"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "My Numbers on the second sheet of an XLSX to the tax accountant",
},
{
    "id": "expat-083",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["桐山税理士法人 国際税務チーム <intl@kiriyama-tax.jp>"],
    "subject": "短期滞在者免税（183日ルール）の適用についてご質問",
    "charset": "iso-2022-jp",
    "body": """桐山税理士法人 国際税務チーム 御中

お世話になっております。日の出産業の五百旗頭です。
長期出張者の現地課税について一般論で構いませんので教えてください。

1) 日タイ租税条約の短期滞在者免税で、183日の判定期間は暦年か、
　 任意の12か月か。
2) 出張期間中の給与を日本本社が負担し、タイ法人へ付け替えない場合、
　 「恒久的施設が負担」に該当するリスクはあるか。
3) 出張が2回に分かれる場合、日数は通算されるか。

来年度、最長で150日程度の出張が数件見込まれております。
ご多忙のところ恐縮ですが、よろしくお願いいたします。

""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a general tax question with no person identified",
},
{
    "id": "expat-084",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 <ikari@minato-visa.jp>", "事務局 <office@minato-visa.jp>"],
    "cc": ["薬袋 <minai@seiwa-intl-moving.co.jp>", "星和 業務課 <gyomu@seiwa-intl-moving.co.jp>",
           "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>"],
    "subject": "ドイツ赴任 ビザ取得見込みと搬出日の調整",
    "charset": "iso-2022-jp",
    "body": """猪狩先生、薬袋様

お世話になっております。日の出産業の佐伯です。
ドイツ赴任者のビザ取得見込み日と、引越の搬出日を調整させてください。

　・滞在許可（事前承認）取得見込み：12月12日頃（猪狩先生）
　・搬出希望日：12月20日（星和様）
　・出国予定日：2026年1月5日

事前承認が遅れた場合、搬出日をどこまで後ろにずらせるか
星和様からご教示いただけますでしょうか。

""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "four external addresses but only two organisations (行政書士 and mover): a normal three-way mail",
},
{
    "id": "expat-085",
    "sender": "小此木 亮 <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["薬袋 <minai@seiwa-intl-moving.co.jp>"],
    "subject": "赴任内示書の写し（見積訪問の日程調整用）",
    "charset": "iso-2022-jp",
    "body": """薬袋様

お世話になっております。小此木です。
訪問見積の日程調整にあたり、赴任時期の確認資料として内示書の写しをお送りします。
連絡先も記載しておりますので、ご本人と直接調整いただけますと助かります。

小此木
""",
    "attachments": [{
        "kind": "docx", "name": "内示書_薬師寺.docx",
        "page_header": "部外秘",
        "paragraphs": [
            "海外赴任 内示書",
            "人事部 海外人事グループ",
            "氏名：薬師寺 絢子",
            "現所属：調達部 調達企画課",
            "赴任先：Hinode Europe GmbH（デュッセルドルフ）",
            "発令予定日：2026年2月1日",
            "連絡先（携帯）：080-3172-5590",
            "本内示は正式発令まで関係者限りとする。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "the DOCX carries a 部外秘 page header; the mail body only says 内示書の写し",
},
{
    "id": "expat-086",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["産業医 蔀 先生 <shitomi.dr@hinode-sangyo.co.jp>"],
    "cc": ["健康管理室 <kenko-kanri@hinode-sangyo.co.jp>"],
    "subject": "赴任前健診結果のご確認（就業判定のお願い）",
    "charset": "iso-2022-jp",
    "body": """蔀先生

お世話になっております。人事部の五百旗頭です。
来春赴任予定者6名の赴任前健診結果をまとめました。
赴任可否の就業判定をお願いいたします。

氏名　　　　　生年月日　　　総合判定　主な所見
舘野 圭　　　 1998/12/01　　Ｄ２　　　肝機能高値・脂肪肝疑い
祝 千景　　　 1997/11/09　　Ａ　　　　なし
左右田 健吾　 1985/01/23　　Ｃ　　　　脂質異常（LDL 182）
月見里 咲　　 1990/04/04　　Ｂ　　　　軽度貧血
畔柳 修　　　 1976/10/28　　Ｃ　　　　高血圧（服薬中）・尿酸高値
栗花落 優　　 1995/06/01　　Ａ　　　　なし

舘野さんは精密検査の結果待ちです。

五百旗頭
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health check results of six people, but only to the internal occupational physician and health office",
},
{
    "id": "expat-087",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "在留資格認定証明書交付申請（タイ法人からの転勤者 3名）",
    "charset": "utf-8",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
タイ法人から本社へ企業内転勤で受け入れる3名の申請資料をZIPでお送りします。
申請人情報（CSV）と、申請書の下書き（Word）が入っています。

よろしくお願いいたします。

""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "COE申請_企業内転勤_3名.zip",
        "files": [
            {"kind": "csv", "name": "applicants.csv", "encoding": "utf-8", "rows": [
                ["Surname", "Given name", "Nationality", "Passport No.", "Date of birth", "Sex"],
                ["THONGDEE", "ANURAK", "Thailand", "AC4418201", "1997-02-11", "M"],
                ["SRISUK", "PLOY", "Thailand", "AC5530918", "1999-09-23", "F"],
                ["KAEWSAI", "NARONG", "Thailand", "AA9012744", "1995-06-30", "M"],
            ]},
            {"kind": "docx", "name": "申請書下書き_THONGDEE.docx", "paragraphs": [
                "在留資格認定証明書交付申請書（下書き）",
                "国籍：タイ　氏名：THONGDEE ANURAK",
                "旅券番号：AC4418201　生年月日：1997年2月11日",
                "在留資格：企業内転勤　予定期間：3年",
            ]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with a CSV and a DOCX holding three people's passport numbers",
},
{
    "id": "expat-088",
    "sender": "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "会社側提出書類（カテゴリー判定用）",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。日の出産業の佐伯です。
所属機関のカテゴリー判定用の会社側書類をZIPにまとめてお送りします。
（パスワードは設定しておりません）

　・会社概要（法人番号記載）
　・前年分の給与所得の源泉徴収票等の法定調書合計表（写し）

""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "会社側書類.zip",
        "files": [
            {"kind": "pdf", "name": "会社概要.pdf", "lines": [
                "会社概要", "商号：日の出産業株式会社", "法人番号：" + HINODE_CORP,
                "本店：東京都港区浜松町2-4-1", "設立：1952年4月", "資本金：12,480百万円",
                "上場：東京証券取引所 プライム市場"]},
            {"kind": "pdf", "name": "法定調書合計表.pdf", "lines": [
                "給与所得の源泉徴収票等の法定調書合計表（令和6年分）",
                "法人番号 " + HINODE_CORP,
                "俸給・給与等　人員 2,318人　支払金額 14,886,204,110円",
                "源泉徴収税額 1,204,556,300円"]},
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "company documents with the 法人番号 and aggregate payroll figures in an open ZIP: no individual's data",
},
{
    "id": "expat-089",
    "sender": "Chihiro Wanibuchi <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["Grace Wanjiru <g.wanjiru@hinode-eastafrica.co.ke>"],
    "subject": "Yellow fever certificate - Mr. Tsuyuri",
    "charset": "utf-8",
    "body": """Dear Grace,

For the work permit file, here is the vaccination information for
Yu Tsuyuri (date of birth: 1 June 1995), who joins the Nairobi office in March.

  Yellow fever: vaccinated 14 Nov 2025, Tokyo Travel Clinic
                (certificate valid for life)
  Hepatitis A: 1st dose 14 Nov 2025, 2nd dose scheduled 12 Dec 2025
  Rabies (pre-exposure): 3 doses completed on 19 Dec 2025

A scan of the International Certificate of Vaccination will follow once he has
signed it.

""" + SIG_WANIBUCHI_EN,
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's vaccination record to the Kenyan subsidiary: health data that may or may not count as 要配慮",
},
{
    "id": "expat-090",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Siam Relocation Services <housing@siam-relocation.co.th>"],
    "subject": "Home search request - five assignee families (Jan 2026 arrivals)",
    "charset": "utf-8",
    "body": """Dear Siam Relocation team,

We would like to request home search support for the following assignees, all
arriving in January 2026. Please contact them directly on their Japanese
mobiles (LINE available) to schedule the viewing trips.

- Kei TATENO: family of 4 (children 9 and 6), Sriracha, budget 85,000 THB,
  mobile +81 70-5528-1904, kei.tateno.family@gmail.com
- Kazuya KIRA: family of 3 (child 12), Sriracha, budget 85,000 THB,
  mobile +81 90-8316-2057
- Takashi SAKONJI: family of 4 (children 11 and 8), Bangkok Sukhumvit 39,
  budget 85,000 THB, mobile +81 80-4471-3380
- Takuma TOGAO: single, Amata City, budget 55,000 THB, mobile +81 80-2669-7141
- Ayane HINOKIDA: single, Amata City, budget 55,000 THB, mobile +81 90-1542-8806

The company lease will be signed by Hinode Sangyo (Thailand) Co., Ltd.

""" + SIG_OKONOGI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five assignees' records with mobiles (one with a private e-mail) as bullets in English, to a relocation company",
},
{
    "id": "expat-091",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Siam Relocation Services <housing@siam-relocation.co.th>"],
    "subject": "Question about areas near Amata City",
    "charset": "utf-8",
    "body": """Dear Siam Relocation team,

One of our assignees arriving in March is a single employee who will work at
Amata City but prefers to live somewhere with restaurants and a gym nearby.

Could you advise:
 - typical commuting time from Sriracha vs. Bang Saen to Amata City,
 - whether serviced apartments in Sriracha accept 1-year company leases,
 - the usual deposit (months) for such apartments.

A rough answer is enough for now; we will send a formal request later.

Regards,
Ryo Okonogi (Hinode Sangyo, Global HR)
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a question about an unnamed assignee's housing area: no personal data",
},
{
    "id": "expat-092",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Siam Relocation Services <housing@siam-relocation.co.th>"],
    "cc": ["Sukhumvit Residence Leasing <leasing@sukhumvit-residence.com>",
           "kei.tateno.family@gmail.com"],
    "subject": "Viewing trip on 8 December - Tateno family",
    "charset": "utf-8",
    "body": """Dear all,

To save time I am putting everyone on one mail.

The Tateno family will do their viewing trip on Monday 8 December. Siam
Relocation will pick them up at the Marriott Sukhumvit at 09:00, and the first
viewing at Sukhumvit Residence is at 10:30.

Sukhumvit Residence: could you please prepare a 3-bedroom unit on a high floor?
Mr. Tateno: please reply-all if the pick-up time does not work for you.

Regards,
Ryo Okonogi
Global HR, Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two outside companies and the employee's private Gmail visible to each other: three external parties",
},
{
    "id": "expat-093",
    "sender": "Ryo Okonogi <okonogi.ryo@hinode-sangyo.co.jp>",
    "to": ["Siam Relocation Services <housing@siam-relocation.co.th>"],
    "cc": ["Sukhumvit Residence Leasing <leasing@sukhumvit-residence.com>"],
    "subject": "Lease terms for company-signed contracts",
    "charset": "utf-8",
    "body": """Dear Siam Relocation team, dear Sukhumvit Residence team,

Following our discussion, we would like to agree on standard lease terms for
units rented by Hinode Sangyo (Thailand) for our assignees:

  - lease period 1 year, renewable, diplomatic clause after 12 months
  - deposit 2 months, advance rent 1 month
  - utilities billed to the tenant at the official rate

Could Sukhumvit Residence send a draft contract reflecting these terms, and
Siam Relocation check it against your usual checklist?

Regards,
Ryo Okonogi
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc on contract terms: allowed",
},
{
    "id": "expat-094",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["東京トラベルクリニック 健診センター <kenshin@tokyo-travel-clinic.jp>"],
    "subject": "赴任前健診の予約（3名）保険証情報",
    "charset": "iso-2022-jp",
    "body": """東京トラベルクリニック 健診センター御中

お世話になっております。日の出産業の五百旗頭です。
赴任前健診の予約をお願いします。受付で必要とのことでしたので、
保険証の情報を記載いたします。

・雲母 和也（キラ カズヤ）　11/20（木）9:00
　　保険者番号 06139017　記号 4712　番号 112
・左近司 隆（サコンジ タカシ）　11/20（木）9:30
　　保険者番号 06139017　記号 4712　番号 87
・栂尾 拓真（トガオ タクマ）　11/21（金）9:00
　　保険者番号 06139017　記号 4730　番号 205

当日は問診票を記入のうえ持参させます。

""" + SIG_IOKIBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "three people's health insurance card symbols and numbers to the clinic: identity numbers, even below five people",
},
{
    "id": "expat-095",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["東京トラベルクリニック 健診センター <kenshin@tokyo-travel-clinic.jp>"],
    "subject": "赴任前健診 予約のお願い（1名）",
    "charset": "iso-2022-jp",
    "body": """東京トラベルクリニック 健診センター御中

お世話になっております。日の出産業の五百旗頭です。
下記1名の赴任前健診の予約をお願いいたします。

　受診者：檜木田 彩音（ヒノキダ アヤネ）
　生年月日：平成１１年３月１６日
　希望日：１２月３日（水）午前
　連絡先：０９０－１５４２－８８０６

コースはいつもの「海外赴任Ａ（英文診断書付き）」でお願いします。
費用は会社請求でお願いいたします。

""" + SIG_IOKIBE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's booking with birth date and phone (no results, no insurance number): a single record",
},
{
    "id": "expat-096",
    "sender": "鬼頭 さやか <kito.sayaka@hinode-sangyo.co.jp>",
    "to": ["ワールドブリッジ旅行 経理 <keiri@worldbridge-travel.co.jp>"],
    "subject": "上期 請求額の部署別集計（照合用）",
    "charset": "cp932",
    "body": """ワールドブリッジ旅行 経理ご担当者様

お世話になっております。日の出産業 総務の鬼頭です。
上期の御社請求額を部署別に集計しました（旧形式のExcelで失礼します）。
御社側の集計と突合のうえ、差異があればお知らせください。

鬼頭
""",
    "attachments": [{
        "kind": "xls", "name": "上期請求_部署別集計.xls",
        "sheets": {
            "集計": [
                ["部署コード", "部署名", "件数", "航空券", "ホテル", "手数料", "合計"],
                ["D110", "人事部", 38, 4120400, 882000, 76000, 5078400],
                ["D210", "調達部", 22, 3310200, 540300, 44000, 3894500],
                ["D320", "営業本部", 61, 7704800, 1622100, 122000, 9448900],
                ["D410", "生産技術部", 47, 6218300, 1304000, 94000, 7616300],
                ["", "合計", 168, 21353700, 4348400, 336000, 26038100],
            ],
            "請求書番号": [
                ["請求書番号", "請求日", "金額"],
                ["WB-INV-2504-0218", "2025/04/30", 4218800],
                ["WB-INV-2505-0311", "2025/05/31", 3907200],
                ["WB-INV-2506-0277", "2025/06/30", 5120400],
                ["WB-INV-2507-0359", "2025/07/31", 4488300],
                ["WB-INV-2508-0190", "2025/08/31", 3651000],
                ["WB-INV-2509-0402", "2025/09/30", 4652400],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS of amounts by department and invoice numbers: business figures only",
},
{
    "id": "expat-097",
    "sender": "五百旗頭 奈央 <iokibe.nao@hinode-sangyo.co.jp>",
    "to": ["リンガブリッジ 法人研修課 <hojin@lingua-bridge.jp>"],
    "subject": "赴任前語学研修 オリエンテーション資料のご確認",
    "charset": "iso-2022-jp",
    "body": """リンガブリッジ株式会社 法人研修課御中

お世話になっております。日の出産業の五百旗頭です。
来月の赴任前研修の冒頭で当社が使うオリエンテーション資料です。
語学研修パートとの重複がないか、ご確認いただけますと幸いです。

""" + SIG_IOKIBE,
    "attachments": [{
        "kind": "pptx", "name": "赴任前オリエンテーション_2025.pptx",
        "slides": [
            ["赴任前オリエンテーション", "日の出産業株式会社 人事部 海外人事グループ", "2025年11月"],
            ["スケジュール", "11/10 異文化理解", "11/11 安全対策・危機管理", "11/12-14 語学研修（リンガブリッジ）"],
            ["赴任までの手続き", "ビザ・滞在許可", "予防接種・健康診断", "引越し・住居", "海外旅行保険・医療アシスタンス"],
            ["緊急時の連絡", "現地法人人事 → 医療アシスタンス → 本社海外人事", "24時間窓口は別紙"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX orientation slides with no personal data to the language school",
},
{
    "id": "expat-098",
    "sender": "鰐淵 千尋 <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "FW: 来日研修生の短期滞在ビザ（招へい）について",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。日の出産業 海外人事の鰐淵です。
タイ法人から、来年1月に来日する研修生の情報が届きましたので、元のメールを
そのまま添付でお送りします。招へい理由書・身元保証書の作成をお願いいたします。

鰐淵
""",
    "attachments": [{
        "kind": "eml", "name": "Trainees for Japan - visa documents.eml",
        "message": {
            "sender": "Kanokwan P. <kanokwan.p@hinode-thailand.co.th>",
            "to": ["wanibuchi.chihiro@hinode-sangyo.co.jp"],
            "subject": "Trainees for Japan - visa documents",
            "charset": "utf-8",
            "body": """Dear Chihiro,

Here are the six trainees for the January program:

Name                 Passport No.  Date of birth  Mobile
-------------------  ------------  -------------  ---------------
Anurak THONGDEE      AC4418201     1997-02-11     +66 81 442 1907
Ploy SRISUK          AC5530918     1999-09-23     +66 86 019 2284
Narong KAEWSAI       AA9012744     1995-06-30     +66 89 773 5561
Supaporn CHAIYO      AC6642107     1998-12-04     +66 82 660 4018
Wichai BOONMEE       AB7720365     1994-03-17     +66 87 315 0092
Kittipong SAELIM     AC8105532     2000-07-08     +66 95 118 6473

Best regards,
Kanokwan
HR, Hinode Sangyo (Thailand) Co., Ltd.
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a mail forwarded as an .eml attachment with six trainees' passport numbers, birth dates and mobiles",
},
{
    "id": "expat-099",
    "sender": "鰐淵 千尋 <wanibuchi.chihiro@hinode-sangyo.co.jp>",
    "to": ["猪狩 健太 先生 <ikari@minato-visa.jp>"],
    "subject": "招へい理由書（案）のご確認",
    "charset": "iso-2022-jp",
    "body": """猪狩先生

お世話になっております。鰐淵です。
タイ法人幹部の来日（短期商用）について、招へい理由書の案を作成しました。
文言をご確認いただけますでしょうか。

鰐淵
""",
    "attachments": [{
        "kind": "docx", "name": "招へい理由書（案）.docx",
        "paragraphs": [
            "招へい理由書",
            "在タイ日本国大使館　御中",
            "招へい目的：本社との年度事業計画会議および国内工場の視察",
            "招へい予定期間：2026年2月16日～2026年2月20日",
            "招へい人：日の出産業株式会社 代表取締役社長 三ツ矢 弘道",
            "",
        ],
        "tables": [[
            ["被招へい人", "所属・役職"],
            ["Somchai R.", "Hinode Sangyo (Thailand) Managing Director"],
            ["Kanokwan P.", "Hinode Sangyo (Thailand) HR Manager"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an invitation letter draft with names and job titles only: no identifiers or personal data",
},
{
    "id": "expat-100",
    "sender": "東海林 誠 <shoji.makoto@hinode-sangyo.co.jp>",
    "to": ["ひかり不動産 法人賃貸課 <hojin-chintai@hikari-fudosan.co.jp>"],
    "subject": "借上社宅の入居者情報（外国籍社員 1名）",
    "charset": "iso-2022-jp",
    "body": """ひかり不動産株式会社
法人賃貸課　御中

いつもお世話になっております。日の出産業 総務部の東海林です。
借上社宅（リバーサイド東雲 1208号室）の入居者情報をお送りします。
保証会社の審査に在留カード情報が必要とのことでしたので記載いたします。

　入居者氏名　：ＫＩＭ　ＳＯＹＥＯＮ（キム　ソヨン）
　国籍　　　　：韓国
　生年月日　　：１９９２年８月１９日
　在留カード番号：ＧＥ７２２５０３９１ＮＰ
　在留期間満了日：２０２６年７月３１日
　入居予定日　：１１月１日

契約者は弊社（法人契約）です。よろしくお願いいたします。

""" + SIG_SHOJI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "one foreign employee's residence card number (full-width) to a real estate company",
},
]
